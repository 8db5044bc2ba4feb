"""A recruiter's good news after a call (agency and in-house), and invitation letters that use
the hedges' words for the reader ("we'd like to move your application forward", "yours aligned
most closely with the brief") and go on to the next step (families
w1-recruiter-good-news-*, w1-letter-moving-ahead-with-you; helper W1, issue 11 third pass;
written for rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

INT = "interview"

AG_GOOD = [
    "{company} came back very positive and want to see you for a second interview on {weekday}.",
    "the hiring manager at {company} has chosen you for the final stage, along with one other "
    "candidate.",
    "{company} have shortlisted you for {role} - they'd like to meet in person next week.",
    "great news from {company}: they're keen to move forward and have asked for two references.",
    "{company} loved your case study and want to get you in front of the director.",
    "the client has picked you for the last round, which is a panel and a short presentation.",
    "{company} are keen to take your application further and want to meet you in {city}.",
    "{company} shortlisted you from a long list and would like a first interview.",
]


IH_GOOD = [
    "To confirm: the hiring team for {role} would like you back for the final round.",
    "As we discussed, {mfirst} wants to move ahead with you - next up is a meeting with the team.",
    "you're through to the next stage for {role}. I'll send over a couple of times.",
    "the panel went with you and one other candidate for the final interviews.",
    "you've been shortlisted for the next round and the team would like to meet on {weekday}.",
    "we'll be moving ahead with your application - {mfirst} wants a second conversation.",
    "unfortunately {mfirst} is away next week, but the team would like you back for the final "
    "round the week after.",
]


GOOD_NEWS_STEP = [
    "Are you free {weekday} at {time}? I'll send the invite as soon as you confirm.",
    "I'll forward the interview details and a prep pack tonight.",
    "Can you send me a couple of times that work next week?",
    "They've suggested {date} at {time} - does that suit?",
]


MOVING_AHEAD = [
    "Your experience aligned closely with the requirements, and we'd like to move ahead with "
    "your profile: the next step is a 30-minute call with {mfirst}.",
    "We'd like to move your application forward and invite you to a video interview. "
    "Please choose a slot using the link below.",
    "Good news: your profile has been shortlisted for an interview. Our coordinator will be "
    "in touch to arrange a time.",
    "We'll be moving ahead with your application to the assessment stage - a short online "
    "exercise that takes about forty minutes.",
    "Of all the applications we reviewed, yours aligned most closely with the brief, so we'd "
    "love to meet you on {date}.",
    "We're progressing with a small group of candidates who bring strong {area} experience, "
    "and you're one of them. Can you do {weekday} at {time}?",
]


# What a real invitation goes on to say: the concrete next step.
NEXT_STEP = [
    "Book a time that suits you here: https://{cdomain}/interview/{tok}",
    "The interview will last about {dur} minutes on video; the link follows once you've picked "
    "a slot.",
    "Please reply with your availability for next week and we'll send a calendar invitation.",
    "[ Choose your interview slot ]",
    "Attached is a short guide to what the next stage involves and how to prepare.",
    "{mfirst} will lead the conversation; expect questions about your recent projects.",
]


FAMILIES = [
    (
        "w1-recruiter-good-news-agency",
        intl.recruiter(
            intl.CALL_INTRO,
            AG_GOOD,
            agency=True,
            pitch_p=0.4,
            extra=GOOD_NEWS_STEP,
        ),
        20,
        INT,
    ),
    (
        "w1-recruiter-good-news-inhouse",
        intl.recruiter(
            intl.CALL_INTRO,
            IH_GOOD,
            agency=False,
            pitch_p=0.4,
            extra=GOOD_NEWS_STEP,
        ),
        15,
        INT,
    ),
    (
        "w1-letter-moving-ahead-with-you",
        intl.letter(
            intl.HEDGE_OPEN,
            MOVING_AHEAD,
            [
                "We look forward to speaking with you.",
                "Thank you again for your interest in {company}.",
            ],
            frame_p=0.4,
            subjects=intl.HEDGE_SUBJECTS,
            then=NEXT_STEP,
        ),
        30,
        INT,
    ),
]
