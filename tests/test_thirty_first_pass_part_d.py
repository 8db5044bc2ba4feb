"""Thirty-first pass, part D (issue 11): a refusal named among the outcomes that may come is no
decision (negation._CONDITIONAL).

Confirmations list what the reader may hear ("an interview invitation, a waitlist place, or word
that the places have gone to others"; "either an invite or a note that the role has been
filled"; "one of three answers"; "any change to your status, including a decision not to
progress, shows up in the portal") or what follows a step not taken by a date ("profiles without
a demo lesson by then are closed"). Each gave a decision token to mail with no decision in it.
Every sentence here is written for these tests; the refusals keep their token."""

from __future__ import annotations

import pytest

from readings import decision

OUTCOMES_THAT_MAY_COME = [
    "Everyone hears back by the end of March: an interview invitation, a place on the waitlist, "
    "or word that the places have gone to others.",
    "You will get one of three answers by Friday: an invitation to interview, a hold, or a note "
    "that we have chosen another candidate.",
    "Either an interview invite or a note that the role has been filled will reach you within a "
    "fortnight.",
    "Any change to your status, including a decision not to progress, shows up in your candidate "
    "portal.",
    "Updates such as a decision not to move forward appear on your dashboard.",
    "Please upload your demo lesson by Monday. Profiles without a demo lesson by then are closed.",
    "Applications without the signed form by the deadline will not be considered.",
    "We reply to everyone, with an invitation or an email saying that we have gone with someone "
    "else.",
    # (lead's probe: a question's answer in a confirmation's FAQ)
    "Thanks for applying. Can you apply for two roles at once? The answer is no, so pick one.",
    # (the last note's left fault: an upload that failed, read as a refusal of "it")
    "Your application for the clerk role was submitted. It was not successful: the upload of "
    "your CV failed, so please try again.",
]

REFUSALS = [
    "We have now reviewed everyone: you were not shortlisted, and the places have gone to others.",
    "Unfortunately we won't be offering you either role.",
    "We have decided not to proceed with your application, including the second role you asked "
    "about.",
    "Please take this email as a note that we have chosen another candidate.",
    "Thanks for asking about the role. The answer is no this time.",
    "We have filled the role with a candidate who had more experience, so we cannot offer you "
    "either post.",
]


@pytest.mark.parametrize("text", OUTCOMES_THAT_MAY_COME)
def test_an_outcome_that_may_come_is_no_decision(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_the_refusal_keeps_its_decision(text: str) -> None:
    assert decision(text), text
