"""Plain non-job mail with rejection words: housing, loans, scholarships, calendar declines,
cancelled orders (families plain-nonjob-*).

Greetings, sign-offs and senders are in
scripts/corpus/voices/plain.py.
"""

from __future__ import annotations

from ..engine import R
from ..voices.plain import _hi

NONJOB = {
    "housing": (
        [
            "Thank you for your application for the apartment at {street}. Unfortunately we have decided to go with another applicant.",
            "The landlord has accepted another offer on {street}, so your rental application was not successful.",
            "We regret that your tenancy application for {street} has not been approved.",
        ],
        "{city} Lettings <lettings@{cdomain}>",
        ["Your rental application", "Application for {street}", ""],
    ),
    "loan": (
        [
            "We are unable to approve your credit application at this time.",
            "After reviewing your request, we cannot offer you the loan you applied for.",
            "Your application for a credit limit increase has been declined.",
        ],
        "Customer Service <service@{cdomain}>",
        ["Your application decision", "About your credit application", ""],
    ),
    "scholarship": (
        [
            "Thank you for applying for the {year} travel grant. We received many strong applications and your proposal was not selected for funding.",
            "We are sorry to tell you that your scholarship application was not successful this year.",
            "The committee was unable to award you a bursary in this round.",
        ],
        "Awards Office <awards@{cdomain}>",
        ["Scholarship decision", "Grant application outcome", ""],
    ),
    "calendar": (
        [
            "{rfull} has declined this invitation.\nWeekly sync\n{date} {time}\nJoin online",
            "Declined: {team} planning. {rfull} will not attend.",
            "This event has been cancelled. {team} offsite, {date}.",
        ],
        "{rfull} <{rmail}>",
        ["Declined: {team} sync", "Cancelled: {team} offsite", ""],
    ),
    "orders": (
        [
            "We're sorry, your order #{ref} has been cancelled because the item is out of stock. You will not be charged.",
            "Your return request for order {ref} was not accepted as it is outside the return window.",
            "Your payment could not be processed and the booking was not confirmed.",
        ],
        "Orders <orders@{cdomain}>",
        ["Your order {ref}", "Order cancelled", "Return request update", ""],
    ),
    "club": (
        [
            "Thanks for applying to volunteer at the {city} marathon. We have filled all volunteer places for this year.",
            "Your membership application to the {city} rowing club could not be accepted as the waiting list is full.",
            "We had more entries than spaces, and your submission to the {city} art show was not selected.",
        ],
        "{city} Events <info@{cdomain}>",
        ["Your application", "Volunteer update", "Entry results", ""],
    ),
}


def make_nonjob(key: str):
    lines, sender, subjects = NONJOB[key]

    def fam(rng, c):
        r = R(rng, c)
        body = r.body(
            _hi(r),
            r(lines),
            r.maybe(
                0.5,
                [
                    "If you have questions, reply to this email.",
                    "Thank you for your understanding.",
                ],
            ),
            r(["Regards,\n{company}", "Thanks,\n{rfirst}", ""]),
        )
        return r(subjects), body, r(sender)

    fam.__name__ = f"plain-nonjob-{key}"
    return fam


FAMILIES = [
    *[(f"plain-nonjob-{key}", make_nonjob(key), 14, "non_job_rejection_words") for key in NONJOB],
]
