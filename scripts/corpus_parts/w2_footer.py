"""A clear decision above a long careers-site / newsletter / job-alert footer (helper W2,
issue 11; written for rejectwatch).

Rejections: a short refusal, sometimes a banner and a "view in browser" line, then a footer
several times longer than the letter (jobs you may like, follow us, privacy, EEO,
unsubscribe, address) in many layouts. Hard negatives wear the very same footers: application
confirmations, job alerts and "complete your profile" nudges.
"""

from __future__ import annotations

from .engine import R
from .w2_pieces import HELLO, bye, family, jobs_you_may_like, long_footer, no_reply

REJ = "rejection"
RCV = "application_received"
ALERT = "job_alert"

BANNERS = [
    "View this email in your browser",
    "[image: {company} logo]",
    "{company} | Careers",
    "Having trouble viewing this e-mail? Open it online.",
    "[{company}]",
    "CAREERS AT {company}",
    "",
    "",
]

REFUSALS = [
    "We've [[now|]] reviewed your application for {role}, and we won't be taking it further.",
    "After looking closely at your experience against what the {role} role needs, we've decided not to move forward with your application.",
    "Your application for {role} [[has not been successful|was not successful]] [[this time|on this occasion]].",
    "We have decided to progress [[other candidates|a small number of other applicants]] whose experience is closer to the brief for {role}.",
    "The {team} team has finished reviewing applications for {role}, and yours will not go through to the [[next stage|interview stage]].",
    "We're sorry, but we won't be inviting you to interview for {role}.",
    "Thank you for applying, but we have [[chosen|decided]] to [[pursue|go ahead with]] other profiles for this [[job|opening]].",
    "We regret that we cannot offer you the {role} position.",
    "Following review of your application we [[have to inform you|must tell you]] that we will not continue with your candidacy for the position of {role}.",
    "Please be informed that your application for {role} was not retained for the next step of our selection process.",
    "The role of {role} has [[now|]] been filled, so we won't be progressing your application.",
]
THANKS = [
    "Thank you for applying to {company}.",
    "Thanks for your interest in joining {company} as {arole}.",
    "Thank you for the time you invested in your application{reqtxt}.",
    "We appreciate you considering {company} for the next step in your career.",
    "Many thanks for your application for the position {role}.",
    "",
]
AFTER_REFUSAL = [
    "We know this isn't the answer you were hoping for, and we wish you every success.",
    "Feel free to apply for other roles with us in the future.",
    "We'd love to stay in touch \u2013 take a look at the roles below.",
    "Because of the number of applications we receive we can't give individual feedback at this stage.",
    "",
]

CONFIRM = [
    "We've received your application for {role}[[ and it is now with our {team} team| and passed it to the hiring team|]].",
    "Your application for {role}{reqtxt} has been submitted successfully.",
    "Thanks! We got your application for {role} at {company}.",
    "This is to confirm that we received your application for the position {role}.",
    "Your application has [[arrived|reached us]] safely. [[Our recruiters|The hiring team]] will review it [[over the coming weeks|shortly|as soon as possible]].",
    "We are happy to confirm receipt of your candidacy for {role}.",
]
CONFIRM_NEXT = [
    "We will only get back to you if your experience matches the role; otherwise your details stay in our talent pool.",
    "Whatever the outcome, you'll hear from us once the hiring team has made a decision.",
    "Please note that we contact shortlisted candidates only within [[two|three]] weeks.",
    "If your profile matches what we're looking for, a recruiter will contact you to arrange a first conversation.",
    "You can follow the progress of your application in your candidate account at any time.",
    "We aim to respond to every applicant within [[two|three|four]] weeks of the closing date.",
    "[[While you wait,|In the meantime,]] why not explore what it's like to work here?",
    "Because of the volume of applications, reviews may take a little longer than usual.",
    "",
]

ALERT_HEAD = [
    "New jobs matching your alert \u201c{role}\u201d",
    "[[{n}|Several|A few]] new roles [[match|fit]] your preferences",
    "Your weekly job alert from {company}",
    "Fresh openings at {company} this week",
    "We found jobs you might like",
]
ALERT_INTRO = [
    "Hi {first}, here are the latest openings that match your saved search.",
    "Based on your profile and saved searches, these [[positions|vacancies]] were posted [[this week|in the last 7 days]].",
    "You asked us to let you know when new roles in {city} are posted. Here they are:",
    "Good news \u2013 new jobs have been published that fit your alert.",
]


def _refusal(r: R) -> tuple[str, str, str]:
    parts = [
        r(BANNERS),
        r(HELLO),
        r(THANKS),
        r(REFUSALS),
        r(AFTER_REFUSAL),
        bye(r),
        long_footer(r, jobs=0.7),
    ]
    if r.chance(0.3):  # footer first, e.g. a digest header above the letter
        parts.insert(1, jobs_you_may_like(r))
    subj = r(
        [
            "Your application to {company}",
            "Update on your application: {role}",
            "{role} at {company}",
            "Thank you for your application",
            "Regarding your application",
            "{company} Careers \u2013 application update",
            "Your candidacy \u2013 {role}",
        ]
    )
    return subj, r.body(*parts), no_reply(r)


def _refusal_minimal(r: R) -> tuple[str, str, str]:
    """Two lines of letter, then a footer in a narrow 'mobile' layout with a line per item."""
    foot = long_footer(r, jobs=0.9).replace(" | ", "\n").replace(" \u00b7 ", "\n")
    parts = [
        r(["Hi {first},", "{first},", ""]),
        r(REFUSALS),
        r(["Best of luck with your search.", "Good luck!", "Thanks for applying.", ""]),
        r(["\u2013 {company} Recruiting", "{company}", "Team {company}"]),
        foot,
    ]
    return r(["", "{company}", "Re: {role}", "About your application"]), r.body(*parts), no_reply(r)


def _confirm(r: R) -> tuple[str, str, str]:
    parts = [
        r(BANNERS),
        r(HELLO),
        r(CONFIRM),
        r(CONFIRM_NEXT),
        r(THANKS[:4]),
        bye(r),
        long_footer(r, jobs=0.7),
    ]
    if r.chance(0.3):
        parts.insert(1, jobs_you_may_like(r))
    subj = r(
        [
            "Your application to {company}",
            "Application received: {role}",
            "{role} at {company}",
            "Thank you for your application",
            "We've got your application",
            "{company} Careers \u2013 application confirmation",
            "Your candidacy \u2013 {role}",
        ]
    )
    return subj, r.body(*parts), no_reply(r)


def _confirm_minimal(r: R) -> tuple[str, str, str]:
    foot = long_footer(r, jobs=0.9).replace(" | ", "\n").replace(" \u00b7 ", "\n")
    parts = [
        r(["Hi {first},", "{first},", ""]),
        r(CONFIRM),
        r(["We'll be in touch.", "Good luck!", "Thanks for applying.", ""]),
        r(["\u2013 {company} Recruiting", "{company}", "Team {company}"]),
        foot,
    ]
    return r(["", "{company}", "Re: {role}", "About your application"]), r.body(*parts), no_reply(r)


def _alert(r: R) -> tuple[str, str, str]:
    r.c["n"] = str(r.rng.randint(2, 9))
    listing = jobs_you_may_like(r)
    parts = [
        r(BANNERS),
        r(ALERT_INTRO),
        listing,
        r(
            [
                "",
                "Not quite right? Edit your alert to get better matches.",
                "Apply in two minutes with your saved profile.",
            ]
        ),
        long_footer(r, jobs=0.2),
    ]
    return r(ALERT_HEAD), r.body(*parts), no_reply(r)


_REJ = [
    family("w2-footer-refusal-long", 46, REJ, _refusal),
    family("w2-footer-refusal-mobile", 30, REJ, _refusal_minimal),
]
_RCV = [
    family("w2-footer-confirmation-long", 40, RCV, _confirm),
    family("w2-footer-confirmation-mobile", 24, RCV, _confirm_minimal),
]
_ALERT = [family("w2-footer-job-alert", 30, ALERT, _alert)]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "outreach_alerts.jsonl": (_ALERT, "out"),
}
