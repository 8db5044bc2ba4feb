"""Twenty-first pass, part A (issue 11): blind slice 19's English misses (first half), read by
kind (rejectwatch.model.decisions_in_passing): decisions told in passing — the places gone to
those coming back, the post going to someone with more or going elsewhere, the reader not put
on the books, the work given to someone else on the list, a refusal in machine-translated
English, "found someone" in three words, a rule missed and "we'll have to leave it", the
decision in a postscript after "should have said", and a letter whose UTF-8 was read as
Windows-1252 (rejectwatch.model.mojibake). Each kind in several wordings and sectors, with twins
in the same words that carry no decision. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.markup import readable
from rejectwatch.model.mojibake import mend
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT


@pytest.mark.parametrize(
    "body",
    [
        # the places gone to those coming back, nothing left for the reader
        "All eight summer ferry places went to crew returning from last season.",
        "The seasonal ranger posts have all gone to last year's team.",
        "Every one of the festival bar jobs went to our regulars this time.",
        "I'm afraid there is nothing left to offer you this summer.",
        "We've got nothing else we can offer you at the moment.",
        # the post going to someone with more, or elsewhere with a word between
        "The job is going to a plasterer with more heritage work behind them.",
        "The apprenticeship goes to an applicant who already holds the CSCS card.",
        "The role is going to someone with a bit more front-of-house time.",
        "The traineeship therefore goes elsewhere.",
        "After the trial day the contract is now going elsewhere.",
        # not put on the books
        "Your set is lovely, but we're not going to add you to our books.",
        "I'm not adding you to the relief drivers' rota.",
        "We won't be putting you on the panel of assessors.",
        "We are not taking you onto the supply register.",
        "So we're not going to take you on.",
        "We will not employ you this time.",
        # not through to a trial shift
        "We've read all the forms and yours won't go forward to a trial shift.",
        "Your application will not be put through to a taster day.",
        "You won't be invited to a trial session at the bakery.",
        # the work given to someone else on the list
        "This memoir will be written by someone else on our list.",
        "The translation will be done by another translator on our books.",
        "The cover will now be illustrated by one of our other artists.",
        # a trial piece judged, or short of the standard
        "Several clues leaned on indirect anagrams, so the puzzle is not one we could run.",
        "Your sample chapter isn't something we can use.",
        "On both tasks the work was some way from where a first-year welder needs to begin.",
        "Your test piece fell well short of the standard we need.",
        # a refusal in machine-translated English
        "As a result of careful consideration, we regret that we will decline to meet your hope "
        "this time.",
        "We could not respond to your wish on this occasion.",
        "We have decided to refrain from adopting you.",
        "After selection, we must forgo the adoption this time.",
        "We regret that your application was not adopted this time.",
        "As a result of selection, we decided to see off the hiring this time.",
        # "found someone" in three words
        "No thanks, found someone. Good luck",
        "Sorry, already got somebody!",
        "Thanks but we've found someone, all the best.",
        # a rule the reader misses, then "we'll have to leave it"
        "You passed your test in 2024, so we'll have to leave it for the moment.",
        "You've only got a provisional licence, so I'll have to say no for this season.",
        "Your CSCS card has lapsed, which means we will have to pass this time.",
    ],
)
def test_decisions_in_passing_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # places going to the reader, a policy, a sales line
        "The places went to people returning from last year, and to you.",
        "There is nothing left to do: just turn up on Monday.",
        "There's nothing else for you to bring.",
        # a print job, a meeting going somewhere, an offer going to the reader
        "The print job is going to a printer with more toner.",
        "The job is going to a second round next week.",
        "Your file goes elsewhere for checking first.",
        # not put on a mailing list, next week's rota, not yet
        "We're not adding you to the mailing list.",
        "I'm not putting you on the rota next week as you're on leave.",
        "We're not adding you to the panel yet: your references are still out.",
        "I'm not adding you to the team chat until Monday.",
        "If we're not going to take you on, we'll tell you by Friday.",
        # a project handed over, an interview led by another
        "Your onboarding will be handled by someone else in the team.",
        "The interview will be run by someone else from the panel.",
        # a pet's adoption refused (the gate's other refusals), a standard adopted
        "We're sorry, but your adoption of Biscuit was not possible as we need a garden.",
        "The panel has adopted a new standard for interviews.",
        # feedback refused, a clip to send again, a piece short of the standard but through
        "Feedback isn't something we can give at this stage.",
        "The work was some way from where we'd like it, but you're through to round two.",
        "The venue was some way from the station, so we'll send a taxi.",
        # a wish about a date or a salary
        "We cannot meet your wish to start in March, but June works.",
        "We are unable to meet your expectations for salary, so here is our best offer.",
        # "found someone" to do a thing, a question
        "Sorry, found someone who can lend you the ladder after all?",
        "Sorry, have you found someone to take the keys?",
        # leaving a thing for now, not the application
        "We'll leave it there for today and pick up the interview on Tuesday.",
        # a requirement in "should have"
        "Applicants should have three years' experience in retail.",
        # slice 19's confirmation twins
        "Before we add anyone to the rota, we ask for a trial cryptic on our 15x15 grid. Send "
        "the filled grid and clues by Monday the 9th; I'll test-solve it with two setters.",
        "Your steward application is in the allocation for Fernhollow. Place or no place, "
        "everyone gets an email on allocation day, 3 March.",
    ],
)
def test_their_twins_are_not(body: str) -> None:
    assert not decision(body)


def test_a_decision_in_a_postscript_after_should_have_said_is_read() -> None:
    """A chatty note with the decision in its P.S.: "should have said first" is an apology for
    the order, not a condition; a "should" before anything else still is one."""
    body = (
        "Hi Tamsin,\n\nLovely to see you at the quiz night - the team still talks about your "
        "round on rivers. Hope the new flat is warm.\n\nSee you at the market?\n\nIlse\n\nP.S. "
        "Sorry, should have said first - about the café job, it's gone to somebody else in the "
        "end. Didn't want you hearing it from anyone else."
    )
    assert CHOSE_OTHER in message_decisions("Catching up!", body, "ilse@post.example")
    assert decision("I should have told you sooner: the role went to another candidate.")
    assert decision("We should've let you know then - the post was filled in March.")
    conditional = marks("Should the role not be filled, we will not contact you again.")
    assert "hyp_filled" in conditional


def test_a_faxed_letter_and_a_licence_passed_are_read_and_not_held() -> None:
    """A fax gateway's text of a joinery's note; a chase crew's rule on licences held: "you
    passed your test" is the reader's licence once the sentence turns to "so we'll have to
    leave it" (rejectwatch.model.steps_ahead's turn), and a stage passed is still held."""
    fax = (
        "FAXMAIL delivery - 1 page\nFrom: +44 1632 960000\n\n--- page 1 (text recognised) ---\n"
        "HOLLINS BOATYARD\nTO: Anya Brook\nRE: Rigger vacancy\nThanks for coming down. The job "
        "is going to a rigger with more offshore time behind them.\nSigned, Petra Lund"
    )
    assert CHOSE_OTHER in message_decisions("FAXMAIL from +44 1632 960000", fax, "fax@x.example")
    crew = (
        "Hi Oona,\n\nWe can only put drivers on the support van who have held a full licence for "
        "three years; you passed your test in 2025, so we'll have to leave it for now. Try us "
        "again next year!"
    )
    assert READER_OUT in message_decisions("Support crew", crew, "crew@x.example")
    assert not held_back(Document("Support crew", crew, "crew@x.example"))
    moved_on = "Hi Oona,\n\nGood news: you passed the sift. Please book your interview slot."
    assert held_back(Document("Support crew", moved_on, "crew@x.example"))


def test_utf8_read_as_windows_1252_is_mended() -> None:
    """The mended text of a double-encoded letter, and texts left alone: plain ASCII, real
    accents, an accented capital before a curly quote."""
    assert mend("We\u00e2\u20ac\u2122ve now read it (\u00c2\u00a311.80), caf\u00c3\u00a9") == (
        "We\u2019ve now read it (\u00a311.80), caf\u00e9"
    )
    assert mend("\u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d") == "\u201cquoted\u201d"
    assert (
        mend("Za\u00c5\u00bc\u00c3\u00b3\u00c5\u201a\u00c4\u2021") == "Za\u017c\u00f3\u0142\u0107"
    )
    for kept in ("plain text", "na\u00efve caf\u00e9 \u2013 done", "CAF\u00c9\u2019S"):
        assert mend(kept) == kept
    # the text view reads the mended letter, and its decision
    letter = (
        "Dear Jun,\n\nMany thanks for your form for Pot Washer (\u00c2\u00a312.10 an hour). "
        "We\u00e2\u20ac\u2122ve now read all the forms and yours won\u00e2\u20ac\u2122t go "
        "forward to a trial shift.\n\nKind regards,\nHR"
    )
    assert "won\u2019t go forward" in readable(letter, 4000)
    assert READER_OUT in message_decisions("Regarding your application", letter)
