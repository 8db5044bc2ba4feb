"""Rejections: a hiring process that was on hold and has now ended without the reader (family
d13-hold-closed; written for rejectwatch, issue 11, fifty-fourth pass).

The twin of outreach/paused_status.py: the same status blocks and notes, but the hold ended
with the vacancy withdrawn or filled, and the reader's application closed. The words "on hold"
appear in both; what decides is whether the reader's application is still open.
Every sentence here was written fresh for this module; portals and employers are invented.
"""

from __future__ import annotations

from ..engine import R
from ..outreach.paused_status import PORTALS, REASONS

ENDINGS = [
    "The hold has now ended with the vacancy withdrawn, so your application has been closed.",
    "We've now heard that the role will not be reopened, and I'm sorry to say that means your application ends here.",
    "After the pause the team decided to fill the post internally, so we won't be taking your application further.",
    "The position was on hold and has now been cancelled. Your application is closed and no further action will be taken on it.",
    "When hiring restarted, the panel chose to go ahead with other candidates, so we will not be inviting you back.",
    "The requisition came off hold only to be cancelled; we're closing every application for it, yours included.",
]
REGRETS = [
    "I'm sorry this took so long and ended this way.",
    "Thank you for your patience while it was on hold; I wish the outcome had been different.",
    "Apologies for the long wait for such disappointing news.",
    "",
]
AFTER = [
    "You're welcome to apply for other roles with us.",
    "Please keep an eye on our vacancies; we'd be glad to hear from you again.",
    "We will keep your details on file for twelve months.",
    "",
]


def hold_closed(rng, c):  # type: ignore[no-untyped-def]
    r = R(rng, c)
    r.c["reason"] = r(REASONS)
    r.c["portal"] = r.choice(PORTALS)
    if r.chance(0.5):
        block = "\n".join(
            [
                r(["Position: {role}", "Vacancy: {role} ({req})"]),
                r(["Previous status: On hold ({reason})", "Was: Paused"]),
                r(
                    [
                        "Status: Closed - not progressing",
                        "Status: Vacancy withdrawn",
                        "Stage: Unsuccessful",
                        "Status: Closed",
                    ]
                ),
            ]
        )
        body = r.body(
            r(["Dear {first},", "Hi {first},", ""]),
            r(["Your application record has changed:", "An update on the {role} vacancy:"]),
            block,
            r(ENDINGS),
            r(AFTER),
            r(["{company} Recruitment", "Sent via {portal} for {company}"]),
        )
        sender = r(["{company} Careers <no-reply@{cdomain}>", "{portal} <notifications@{cdomain}>"])
    else:
        body = r.body(
            r(["Hi {first},", "Hello {first},", "{first} -"]),
            r(
                [
                    "You'll remember the {role} process went on hold a while back ({reason}).",
                    "I promised to come back to you once the pause on the {role} search was over.",
                ]
            ),
            r(ENDINGS),
            r(REGRETS),
            r(AFTER),
            r(["{rfirst}", "{rfull}\n{rtitle}, {company}"]),
        )
        sender = r(["{rfull} <{rmail}>"])
    subject = r(
        [
            "Update: {role}",
            "RE: {role} - after the pause",
            "Your application for {role}",
            "{role} ({req}): status change",
        ]
    )
    return subject, body, sender


FAMILIES = [("d13-hold-closed", hold_closed, 30, "rejection")]
