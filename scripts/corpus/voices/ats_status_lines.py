"""The voice of the w2-ats-* families: bare ATS status updates (helper W2, issue 11; written for
rejectwatch). A portal notification whose only content is a status ("Your application status
has been updated", a status block, a line of explanation), and a short letter about the
requisition itself. The status values and explanations that carry the decision are in
ats_statuses.py in rejections/, confirmations/, interviews/ and next_steps/.
"""

from __future__ import annotations

from ..engine import R
from .portal_letters import HELLO, bye, long_footer, no_reply, status_block

SUBJECTS = [
    "Your application status has been updated",
    "Application status update \u2013 {role}",
    "Update on your application ({req})",
    "{company}: a change to your application",
    "Status change for {role}",
    "Your {company} application",
    "Notification: application {appno}",
    "[{portal}] Status updated",
    "{role} - {req}",
    "Candidate update from {company}",
]

OPENERS = [
    "[[The status of your application has been updated.|Your application status has been updated.|There has been a change to your application.|We're writing with an update on your application.]]",
    "This is an automated message to let you know that your application [[for {role}|to {company}]] has been updated.",
    "[[You have a new notification|One of your applications has changed]] in your {company} candidate account.",
    "Thank you for your interest in {company}. [[Please see below for the current status of your application.|Below is the latest status of your application.]]",
    "We [[inform you|would like to inform you]] that there is a new status for your application in our system.",
    "",
]

CLOSERS = [
    "[[Sign in to|Log in to|Visit]] your candidate [[home|portal|account]] to see [[all your applications|more details]].",
    "You can review your applications at any time on {portal}.",
    "Please do not reply to this message; it was sent from an unattended mailbox.",
    "Questions? Contact [[talent|recruiting|careers]]@{cdomain}.",
    "",
]
# what follows a status that leaves the application open (confirmations, interviews, next steps)
NEUTRAL_AFTER = [
    "Reviews usually take [[one to two|two to three|up to four]] weeks.",
    "Thank you for your patience while we review applications.",
    "In the meantime, make sure your contact details in your profile are up to date.",
    "",
    "",
]


def status_mail(values: list[str], meaning: list[str], after: list[str], footer: float):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        value = r.choice(values)
        order = [r(HELLO), r(OPENERS), status_block(r, value)]
        if r.chance(0.5):
            order += [r(meaning), r(after)]
        else:
            order.insert(2, r(meaning))
            order.append(r(after))
        order += [r(CLOSERS), bye(r, person=0.1) if r.chance(0.6) else ""]
        if r.chance(footer):
            order.append(long_footer(r, jobs=0.4))
        return r(SUBJECTS), r.body(*order), no_reply(r)

    return write


def short_status(values: list[str], lines: list[str]):  # type: ignore[no-untyped-def]
    """A bare one- or two-line status note, the way mobile and digest notifications read."""

    def write(r: R) -> tuple[str, str, str]:
        value = r.choice(values)
        line = r(r.choice(lines)).replace("VALUE", value)
        extra = r(
            [
                "",
                "",
                "Log in for details.",
                "\u2192 View in {portal}",
                "Reply STOP to opt out.",
                "{company} Careers",
            ]
        )
        return (
            r(SUBJECTS + ["{company} \u2013 {role}", "Status: VALUE"]).replace("VALUE", value),
            r.body(r(["", "", "Hi {first},"]), line, extra),
            no_reply(r),
        )

    return write


def requisition_letter(lines: list[str], after: list[str]):  # type: ignore[no-untyped-def]
    """A short letter about the requisition itself (closed or cancelled; reopened, extended,
    still open): ``lines`` says which, ``after`` is the line that follows it."""

    def write(r: R) -> tuple[str, str, str]:
        body = r.body(
            r(HELLO),
            r(
                [
                    "Thank you for applying to {company}.",
                    "Thank you for your application.",
                    "",
                    "We appreciate your interest in our company.",
                ]
            ),
            r(lines),
            r(after),
            r(CLOSERS),
            bye(r, person=0.3),
            long_footer(r, jobs=0.3) if r.chance(0.35) else "",
        )
        subj = r(
            [
                "Requisition {req} update",
                "Update: {role}",
                "Change to the vacancy {role}",
                "Your application to {company}",
                "Important: {role} ({req})",
            ]
        )
        return subj, body, no_reply(r)

    return write
