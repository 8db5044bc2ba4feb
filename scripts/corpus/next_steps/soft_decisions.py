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
    "Action required: your application for {role} is incomplete. Please finish the missing sections by {date2}; incomplete applications are withdrawn after the closing date.",
    "Please upload your right-to-work documents by {date2}. We need them before we can continue with your application.",
    "Action needed: record your video interview before the link expires on {date2}. Applications without a recorded interview by then are archived automatically.",
    "We tried to reach you to book an interview. Please reply by {date2} and choose a time that suits you, otherwise we'll have to close your application.",
]

DIGEST_OPEN = [
    "Here's your weekly application summary.",
    "Your applications at a glance:",
    "Updates on {first}'s applications this week",
    "",
]
DIGEST_DONE = [
    "Payroll Officer at Harrow & Vale - Not selected",
    "Data Analyst, Linden Health - Closed: position filled",
    "Project Coordinator (Marlow Group) - No longer under consideration",
    "Store Supervisor at Quarry Lane Foods - Declined by employer",
]
DIGEST_TODO = [
    "{role} at {company} - Action needed: complete {stage} by {date2}",
    "{role}, {company} - Invited to interview: choose a time",
    "{role} ({company}) - Action required: record your video interview by {date2}",
    "{role} at {company} - 1 task to complete (due {date2})",
]


def one_waiting(r, waiting, closed, counts):  # type: ignore[no-untyped-def]
    """One application waiting for the reader's step among a few closed ones, shuffled."""
    lines = [r(waiting)] + [r(line) for line in r.shuffled(list(closed))[: r.choice(counts)]]
    return r.shuffled(lines)


def digest(r):  # type: ignore[no-untyped-def]
    """Several applications: one to three closed, one waiting for the reader's step."""
    return "\n".join("- " + line for line in one_waiting(r, DIGEST_TODO, DIGEST_DONE, [1, 2, 3]))


TABLE_WAITING = [
    "{role} | {company} | Assessment sent - complete by {date2}",
    "{role} | {company} | Next: online test (due {date2})",
    "{role} | {company} | Your move: record the video interview",
    "{role} | {company} | Case study in progress - submit by {date2}",
]
TABLE_CLOSED = [
    "Payroll Officer | Harrow & Vale | Unsuccessful",
    "Data Analyst | Linden Health | Position filled",
    "Project Coordinator | Marlow Group | Not progressed",
    "Store Supervisor | Quarry Lane Foods | Closed",
    "Graduate Engineer | Copperleaf Bank | Not selected",
]


def table(r):  # type: ignore[no-untyped-def]
    """A tracker table: two to four closed applications and one waiting for the reader."""
    rows = one_waiting(r, TABLE_WAITING, TABLE_CLOSED, [2, 3, 4])
    return "Role | Company | Status\n" + "\n".join(rows)


FAMILIES = [
    fam(
        "w6-nxt-tracker-step-waiting",
        18,
        ["Applytrack <digest@applytrack.io>", "Careerloop <updates@careerloop.app>"],
        ["Your tracker this week", "Application tracker: 1 waiting on you", ""],
        ["Hi {first}, here's your tracker.", "Your applications, updated {date}:", ""],
        table,
        [
            "Complete the pending step before it expires.",
            "Tip: employers see completed steps first.",
            "",
        ],
        setup=SETUP,
        kind=NXT,
    ),
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
        "w6-nxt-digest-pending-step",
        20,
        [
            "Hirelane <alerts@hirelane.io>",
            "Worklist App <no-reply@worklist.app>",
            "JobSwift <notify@jobswift-mail.com>",
        ],
        ["Your application summary", "1 step waiting, 2 updates", "Weekly applications digest"],
        DIGEST_OPEN,
        digest,
        ["Open the app to finish the pending step.", "Manage notifications in Settings.", ""],
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
