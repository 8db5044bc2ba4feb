"""Twenty-seventh pass, part C (issue 11): non-refusals that written-42 showed read as a
decision, marked as mail about the reader's own withdrawal or someone else's appointment
(negation._ABOUT_OTHER), with refusal twins that must still be read.

The reader's own withdrawal confirmed in words the readings did not know: the reader's letter
or email withdrawing, "sorry to lose you from the process", "you're pulling out of", "thanks for
informing us. We have withdrawn your application"; staff news thanking the colleagues who met or
interviewed candidates. Every sentence is written for these tests, in several trades and
countries."""

from __future__ import annotations

import pytest

from readings import message_decisions, message_marks
from rejectwatch.model.negation import ABOUT_OTHER

NOT_REFUSALS = [
    (
        "Re: withdrawal",
        "Dear Ifeoma, we acknowledge your letter withdrawing from the recruitment for the "
        "internal auditor post. Your name has been removed from the shortlist. We wish you well.",
    ),
    (
        "Re: Store supervisor",
        "Thanks for your email of withdrawal, Priya. I've taken your name off the interview "
        "list for the store supervisor job.",
    ),
    (
        "Re: Driver role",
        "No worries at all Kane, sorry to lose you from the process but I get it with the "
        "distance. I've taken your name off the list for the driver role. Cheers.",
    ),
    (
        "Re: your application",
        "Hi Marco, noted and thanks for the heads-up. I've told the director you're pulling "
        "out of the process, so we've taken you off the shortlist.",
    ),
    (
        "Re: Withdrawal from the process",
        "Hi Wen, thanks for informing us. We have withdrawn your application for the analyst "
        "role. Good luck in the new job.",
    ),
    (
        "Re: Withdrawal",
        "Thank you for telling us, Aidan. Your application is now withdrawn and the second "
        "interview will not go ahead.",
    ),
    (
        "Our new finance lead",
        "Hi team, we've found our new finance lead! Dara starts on Monday and will sit with "
        "the payroll team. Thanks to everyone who interviewed candidates for us.",
    ),
    (
        "Head chef",
        "Everyone, we've appointed Tomasz as head chef after a long search. Thank you to all "
        "of you who sat on the interview panels.",
    ),
]

# the subject line is read with the body: a subject saying who was hired, in staff news
SUBJECT_NEWS = [
    (
        "We've hired a new finance lead",
        "Hi all, Dara starts on Monday and will sit with the payroll team. Thanks to everyone "
        "who interviewed candidates for us.",
    ),
]

REFUSAL_TWINS = [
    (
        "We've hired a new finance lead",
        "Thank you to everyone who applied for the finance lead role. We've appointed another "
        "candidate and will not be taking your application further.",
    ),
    (
        "Internal auditor post",
        "Dear Ifeoma, thank you for your letter. Your name has been removed from the shortlist, "
        "as the panel has chosen another candidate for the internal auditor post.",
    ),
    (
        "Driver role",
        "Hi Kane, sorry, we've found our new driver, someone who lives closer to the depot.",
    ),
    (
        "Analyst role",
        "Hi Wen, thanks for letting us know. Unfortunately we have withdrawn your application "
        "as the analyst role has been filled.",
    ),
    (
        "Head chef",
        "Thank you to everyone who applied. We have appointed another candidate as head chef "
        "and your application was unsuccessful.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS + SUBJECT_NEWS)
def test_the_non_refusals_are_marked_and_unread(subject: str, body: str) -> None:
    assert ABOUT_OTHER in message_marks(subject, body)
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSAL_TWINS)
def test_the_refusal_twins_are_still_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert ABOUT_OTHER not in message_marks(subject, body)
