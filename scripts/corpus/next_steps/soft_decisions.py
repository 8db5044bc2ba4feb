"""Next-steps mail in the skeletons of the w6 soft rejections (helper w6, issue 11, sixth
corpus pass; written for rejectwatch): an assessment passed with its score and the next task,
and a warning that an incomplete application will be withdrawn (families w6-nxt-*).
"""

from __future__ import annotations

from ..voices.soft_decisions import ATS, BYE, BYE_FORMAL, HI, PERSON, SETUP, fam

NXT = "next_steps"

SCORE_PASS = [
    "Your overall result was {goodscore}%, above the pass mark of {cut}%, so we'd like you to complete the next stage: a one-hour case study, due by {date2}.",
    "You scored {goodscore} out of 100 (threshold {cut}). The next step is a video interview, which you can record any time this week.",
    "Result: {goodscore}% (required to progress: {cut}%). Outcome: progressed. Please book your assessment centre slot using the link below.",
    "The reviewers gave your submission {goodscore}/100 against a bar of {cut}. Next, please complete the personality questionnaire.",
]
WARN = [
    "Your application for {role} is incomplete. If we don't receive the missing sections by {date2}, it will be withdrawn from the process.",
    "We still need your right-to-work documents. Without them by {date2} we won't be able to continue with your application.",
    "Your video interview link expires on {date2}. Applications without a recorded interview by then are archived automatically.",
    "We tried to reach you to book an interview. Please reply by {date2}, otherwise we'll have to close your application.",
]

FAMILIES = [
    fam(
        "w6-nxt-score-passed",
        22,
        ATS + PERSON,
        ["Assessment result - {role}", "Your {role} assessment", "Outcome of {stage}"],
        HI,
        [
            "Thank you for completing {stage} for the {role} position.",
            "Our assessors have now marked {stage}.",
        ],
        SCORE_PASS,
        ["Good luck!", "A breakdown of your scores by section is attached.", ""],
        [*BYE_FORMAL, *BYE],
        setup=SETUP,
        kind=NXT,
    ),
    fam(
        "w6-nxt-lapse-warning",
        20,
        ATS,
        ["Action required: {role}", "Your application - incomplete", "Reminder: {role}"],
        HI,
        WARN,
        ["If you need help, reply to this email.", ""],
        BYE_FORMAL,
        setup=SETUP,
        kind=NXT,
    ),
]
