"""Tenth pass (issue 11): the readings of blind slice 8's kinds of miss, each with the negatives
it must leave alone. The sentences are written for these tests, not copied from the slice."""

from __future__ import annotations

import pytest

from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.negation import read_cues


def marks(text: str) -> list[str]:
    return read_cues(text)[0].split()


def chose_other(text: str) -> bool:
    return negation.CHOSE_OTHER in marks(text)


def reader_out(text: str) -> bool:
    return negation.READER_OUT in marks(text)


def decided(text: str) -> bool:
    return decided_for_reader([Document("", text, "")])[0]


@pytest.mark.parametrize(
    "text",
    [
        # the post as the subject, handed on now or soon
        "Quick update: the warehouse supervisor role is going to someone internal.",
        "Once more thanks for the trial shift; the barista job will go elsewhere.",
        "The senior post is being given to a different applicant.",
        # the employer going on with others, in the present or the future
        "The board will be continuing with three other finalists.",
        "We're moving ahead with another applicant for the Leeds opening.",
        "The studio is keeping on another animator whose reel was closer to the brief.",
        "The panel is going ahead with someone who has run a ward before.",
    ],
)
def test_someone_else_chosen_as_it_is_announced(text: str) -> None:
    assert chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # the reader among them
        "We'll be continuing with the other finalists and you next week.",
        # a thing, not a person
        "We're going ahead with another round of interviews on Monday.",
        # conditional or still to come before the verb
        "If the role goes to someone else, we will let you know.",
        "Once the post is going to another candidate, we'll tell everyone.",
        # negated
        "We're not going ahead with another candidate; the search continues.",
    ],
)
def test_no_announced_choice_in_these(text: str) -> None:
    assert not chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # a result below a bar
        "Your overall mark was 41 and the pass mark 50; as your score fell short, this ends "
        "your application.",
        "Your results fell below the line for a place on the scheme.",
        "Yours did not score high enough to progress to the interview stage.",
        "You were eliminated at the paper sift.",
        # not among those chosen
        "The coaches picked six trainees and your name isn't one of them.",
        "I'm sorry, but your form was not among those shortlisted.",
        "We read every CV and yours didn't make the final shortlist.",
        "Sifting finished on Monday and you haven't made the cut for the assessment day.",
        # no place for the reader
        "There isn't a seat for you on this year's programme.",
        "We're unable to offer you one of the summer placements.",
        "The assessment day did not end in an offer.",
        # the application ended in other words
        "I am sorry to say yours will go no further this time.",
        "We think others are a closer fit, so we're going to let this one go.",
        "This application is now no longer being considered.",
    ],
)
def test_the_reader_out_in_new_shapes(text: str) -> None:
    assert reader_out(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditional or still to come
        "If your score falls below the pass mark, we will let you know.",
        "Should you not make the cut, we'll keep your CV on file.",
        # a decision not yet made is still pending: "haven't made a decision"
        "We haven't made a decision yet and will write next week.",
        # an interview moved, not a place refused
        "Unfortunately we can't offer you a slot on Tuesday, but Thursday works.",
        # "let it go" of something else
        "Let it go of the past and enjoy the weekend.",
    ],
)
def test_no_reader_out_in_these(text: str) -> None:
    assert not reader_out(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disposition: Not Selected - another candidate hired",
        "Archive reason: Not a fit for this requisition",
    ],
)
def test_a_refusal_under_any_label(text: str) -> None:
    assert negation.STATUS_REFUSED in marks(f"Application ID 1234\n{text}\n"), read_cues(text)


def test_a_label_with_a_pending_value_is_no_refusal() -> None:
    assert negation.STATUS_REFUSED not in marks("Application ID 1234\nDisposition: In review\n")


@pytest.mark.parametrize(
    "text",
    [
        "The partners asked Joanna, who has covered the desk all winter, to take the role on, "
        "and she has accepted.",
        "The clinic has asked a locum who already knows the system to step into the post.",
        "Sorry - my cousin has run our other café for years and she's taking this one from June.",
    ],
)
def test_the_post_taken_by_someone_else(text: str) -> None:
    assert chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to invite you to take the role from March.",
        "Our recruiter Sam is taking the role of your main contact.",
        "If she's taking the post, you'll hear from us.",
    ],
)
def test_no_post_taken_in_these(text: str) -> None:
    assert not chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "La dirección se ha inclinado por otra candidata con más experiencia.",
        "Il posto è andato a un'altra candidata del nostro vivaio.",
        "A equipe acabou preferindo outra pessoa com mais vivência.",
        "Na rozmowy zaprosiliśmy inne osoby.",
    ],
)
def test_another_person_in_other_languages_whatever_the_verb(text: str) -> None:
    assert chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # a conditional or a future comparison
        "Si elegimos a otra persona, te lo diremos.",
        "Valuteremo il tuo profilo insieme a un'altra candidata.",
        # the reader spoken to in the same sentence
        "Vamos a entrevistar a otra candidata y a ti el lunes.",
    ],
)
def test_no_other_person_chosen_in_these(text: str) -> None:
    assert not chose_other(text), read_cues(text)


def test_the_italian_reflexive_is_no_conditional() -> None:
    text = "La selezione si è chiusa e il ruolo è andato a un altro candidato."
    assert chose_other(text), read_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying. Three weeks with no call means another applicant was preferred.",
        "We try to answer everyone; a month without news means it's a no for now.",
    ],
)
def test_silence_over_a_stretch_of_time_is_a_condition(text: str) -> None:
    assert not decided(f"Thanks for applying for the Night Porter job. {text}"), read_cues(text)
    assert not any(
        m in negation.CHOSE_OTHER + negation.READER_OUT for m in marks(text) if m[0] == "x"
    )


def test_the_digests_step_and_the_interview_invitation_are_held_back() -> None:
    tracker = Document(
        "",
        "Here's your tracker.\n\nRole | Company | Status\nCook | Harbour Grill | Not selected\n"
        "Porter | Glenview Hotel | Written task in progress - submit by Friday 3 May\n",
        "",
    )
    digest = Document(
        "",
        "We won't be taking Bar Staff further, but the manager for Host would like to "
        "interview you. Could you send your availability?",
        "",
    )
    assert held_back(tracker)
    assert held_back(digest)
    refused = Document("", "Role | Company | Status\nCook | Harbour Grill | Not selected\n", "")
    assert not held_back(refused)


@pytest.mark.parametrize(
    "text",
    [
        "We are not able to offer you a time on Tuesday, but Wednesday works.",
        "We are not able to reply to you individually.",
        "Without answer from us within two weeks, please consider that your candidature was "
        "not retained.",
        "You have not yet passed the probation review; it is scheduled for May.",
        "The 10am interview slot is taken, so please pick another.",
    ],
)
def test_no_plain_refusal_in_these(text: str) -> None:
    found = [m for m in marks(text) if m in ("xreaderout", "xstatusrefused", "xrolegone")]
    assert not found, read_cues(text)
