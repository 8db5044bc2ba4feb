"""A recruiter's note after a phone call or an interview (agency or in-house) that gives the
decision and, in the same breath, offers another role (families w1-recruiter-*-decline-pitch,
w1-recruiter-agency-client-chose; helper W1, issue 11 third pass; written for rejectwatch).
Intros, pitches and signatures are in voices/international_threads.py, shared with the recruiter's cold pitch
(outreach/recruiter_pitches.py) and good news (interviews/good_news.py).
"""

from __future__ import annotations

from ..voices import international_threads as intl

REJ = "rejection"

AG_DECLINE = [
    "{company} have decided to go with a candidate who has more {area} behind them, so we'll "
    "close that one off.",
    "the feedback from {company} is that they've offered the {role} role to someone with a "
    "longer run in {area}.",
    "{company} have filled the {role} position with an applicant who was a little further along "
    "in {area}.",
    "{company}'s hiring manager has gone for the other finalist, mainly on {area} experience.",
    "the client moved someone across internally, so the {role} job is off the table.",
    "as I said, {company} have made their choice for {role} and it's the other candidate.",
    "{company} came back to me and they're proceeding with a candidate from another agency.",
]


AG_RELAY = [
    "I've had feedback from {company} after Thursday's interview. They've gone with a "
    "candidate whose background is heavier on {area}, and they've accepted.",
    "{company} have come back to me: the {role} role went to an applicant who had done the "
    "same job at a competitor.",
    "Feedback's in from {company}. {mfirst} liked you a lot, but the offer went to the other "
    "finalist, who could start sooner.",
    "{company} have hired someone already on their temp team for the {role} job.",
    "The client has chosen a candidate with more {area} for the {role} post; they said it "
    "was very close between the last two.",
    "Straight to it: {company} offered the job to the person they saw on Monday, who has a "
    "longer track record in {area}.",
]


RELAY_FEEDBACK = [
    "What they liked: your preparation and the way you handled the case questions. What "
    "tipped it: depth in {area}.",
    "{mfirst} said you came across really well and asked me to pass on their thanks.",
    "Their notes mention your communication as a real strength.",
    "",
]


IH_DECLINE = [
    "To confirm what I said: the hiring team for {role} have chosen to continue with another "
    "candidate.",
    "As we discussed, {mfirst}'s team have made an offer to another applicant for {role}.",
    "the {role} position has been filled by a candidate with more {area} experience.",
    "the team went with an internal applicant for {role}, as I explained.",
    "{mfirst} has decided to move ahead with the other shortlisted candidate for {role}.",
    "the panel selected someone whose background is heavier on {area}, so that one is closed.",
]


FAMILIES = [
    (
        "w1-recruiter-agency-decline-pitch",
        intl.recruiter(intl.CALL_INTRO, AG_DECLINE, agency=True, pitch_p=0.9),
        50,
        REJ,
    ),
    (
        "w1-recruiter-agency-client-chose",
        intl.recruiter(
            ["Hi again -", "Hope the week's treating you well.", "As promised, an update."],
            AG_RELAY,
            agency=True,
            pitch_p=0.5,
            extra=RELAY_FEEDBACK,
        ),
        35,
        REJ,
    ),
    (
        "w1-recruiter-inhouse-decline-pitch",
        intl.recruiter(intl.CALL_INTRO, IH_DECLINE, agency=False, pitch_p=0.9),
        35,
        REJ,
    ),
]
