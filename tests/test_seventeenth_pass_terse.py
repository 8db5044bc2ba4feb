"""Seventeenth pass, part H (issue 11): terse and relayed refusals, each kind read, each with
twins in the same words that carry no decision. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader


def gate(subject: str, body: str, sender: str = "jobs@employer.example") -> bool:
    return decided_for_reader([Document(subject, body, sender)])[0]


@pytest.mark.parametrize(
    "body",
    [
        # the post taken, said in a line
        "Role's been taken. Sorry!",
        "Hi Jo, the spot is taken now. Good luck with the search.",
        "Quick update: that job's gone, I'm afraid.",
        "The delivery driver position has already been taken, sorry.",
        # a job board relaying the employer's archive
        "Oak Cafe archived your application for Barista.",
        "The employer has archived your application for Store Clerk.",
        "Your application for Night Porter was archived by the hiring team.",
        # a status trail that ends closed
        "Barista at Oak Cafe\nApplied \u2192 Reviewed \u2192 Closed (unsuccessful)",
        # a requirement the reader doesn't meet, said as a limit with regret
        "Unfortunately we're only able to consider people living within commuting distance "
        "of the Derby site.",
        "Sadly we can only interview applicants who already hold a forklift licence.",
        # not retained
        "Your application was not retained for the next step of the process.",
        "I'm sorry to tell you that your profile hasn't been retained.",
        # not moving forward, said bare
        "Thanks for the time you gave us. We will not be moving forward.",
        "We've talked it over and we're not moving ahead at this time.",
    ],
)
def test_a_terse_or_relayed_refusal_is_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # a confirmation's conditional; a time slot; a table; a phrase
        "We have your application. If the role is taken before we reach you, we'll write.",
        "The 2pm spot is taken, so could you do 3pm instead?",
        "The table by the window is taken, let's sit outside.",
        "Your experience in retail will be taken into account.",
        "You've archived your application for Barista; it no longer shows on your list.",
        # the reader's or a document's archive; a rule about archiving
        "Your draft was archived after 30 days without edits.",
        "You archived your application for Barista; restore it from the Archive tab.",
        "Applications are archived after six months.",
        # a status trail still open
        "Barista at Oak Cafe\nApplied \u2192 Reviewed \u2192 Interview booked",
        # an advert's or a confirmation's plain rule, no regret
        "Please note we can only consider applicants who live in the UK.",
        "We only hire people based near the office, which is why we asked for your postcode.",
        # kept on file; still to come
        "Your CV has not been retained on file, as you asked us to delete it.",
        "If your application is not retained, we'll keep your details for six months.",
        # a step moved, not the reader; still to come
        "We won't be moving forward until your references are in.",
        "We will not be moving forward with the Friday slot, so let's meet on Monday.",
        "If we are not moving forward, we'll tell you by the end of the week.",
        # an offer, an interview, next steps, still under review
        "We're delighted to offer you the role of Barista at Oak Cafe.",
        "We'd like to invite you to an interview on Tuesday at 10am.",
        "Next step: a short video call with the hiring manager.",
        "Your application is still under review; we'll be in touch soon.",
    ],
)
def test_the_same_words_without_a_refusal_are_not_read(body: str) -> None:
    assert not decision(body)


def test_a_forwarded_refusal_opens_the_gate() -> None:
    body = (
        "Hi Sam, the client came back on the Planner role - their note is below.\n\n"
        "---------- Forwarded message ---------\nFrom: Dana Lee <dana@client.example>\n"
        "Date: Mon, 2 Mar 2026 at 09:10\nSubject: Planner shortlist\n\n"
        "Hi Priya,\n\nThanks for sending Sam over. We will not be moving forward at this "
        "time.\n\nDana\n"
    )
    assert gate("Fwd: Planner shortlist", body)


def test_a_board_relay_of_an_archive_opens_the_gate() -> None:
    body = (
        "Hi Jo,\n\nAn update on an application you sent through our site:\n\n"
        "Fern & Co archived your application for Store Clerk.\n\n"
        "Keep going - 42 new jobs match your search.\n"
    )
    assert gate("Update on your application", body, "alerts@board.example")


def test_a_terse_note_that_the_post_is_taken_opens_the_gate() -> None:
    assert gate("Re: Weekend cook", "Hi Jo,\n\nRole's been taken, sorry.\n\nMo")


def test_a_confirmation_with_a_conditional_post_taken_stays_shut() -> None:
    body = (
        "Hi Jo,\n\nThanks for applying for Weekend Cook. We read every application; if the "
        "role is taken before we reach yours, we'll let you know.\n\nMo"
    )
    assert not gate("Your application", body)


@pytest.mark.parametrize(
    "subject",
    ["Unsuccessful application", "Application outcome: not progressed"],
)
def test_a_decision_only_in_the_subject_opens_the_gate(subject: str) -> None:
    assert gate(subject, "Dear Sam,\n\nPlease see subject.\n\nRegards,\nHR")


@pytest.mark.parametrize(
    "subject", ["Application received", "Application outcome: interview", "Your draft is ready"]
)
def test_a_subject_without_a_decision_keeps_the_gate_shut(subject: str) -> None:
    assert not gate(subject, "Dear Sam,\n\nPlease see subject.\n\nRegards,\nHR")
