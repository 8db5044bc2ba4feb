"""Twenty-first pass, part P (issue 11): a question is not a decision. A sentence that asks
about a refusal ("has the post been filled?", "did you mean the role is already spoken for?",
an ATS's FAQ "can I reapply if I'm not selected?", the reader's own question quoted in a reply)
gives no decision token, in English and in the languages read, whose question marks differ
(¿…?, the full-width mark of Chinese and Japanese, the Arabic one, the Greek ";"). A rhetorical
question before the decision leaves the decision's own sentence read, and a statement before a
question's last comma keeps its decision (rejectwatch.model.negation._only_asked). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

ASKED = [
    # a recruiter or the reader asking
    "Did you mean the role is already spoken for?",
    "The invite list doesn't include you?",
    "Has the role already been filled?",
    "> Has the post been filled?",
    "Thanks for your note, did you mean the role is already spoken for?",
    "Has the role been filled, or are you still looking?",
    "Is it true that the role has been filled and you're hiring for another team now?",
    # Spanish, Italian, French, German, Portuguese
    "¿No ha sido seleccionado?",
    "¿El puesto ya ha sido cubierto?",
    "Non entri nella squadra?",
    "Le poste a déjà été pourvu ?",
    "Votre candidature n'a pas été retenue ?",
    "Wurde die Stelle bereits besetzt?",
    "Ihre Bewerbung wurde nicht berücksichtigt?",
    "A vaga já foi preenchida?",
    # the question marks that end no sentence in the reading's stops
    "很遗憾，您未被录用？",
    "Η θέση έχει ήδη καλυφθεί;",
    "Η θέση έχει ήδη καλυφθεί\u037e",
    "لم يتم اختيارك؟",
]

# the same words stated: each gives a decision (so the question is what takes it away)
STATED = [
    "The role has already been filled.",
    "No ha sido seleccionado.",
    "El puesto ya ha sido cubierto.",
    "Non entri nella squadra.",
    "Le poste a déjà été pourvu.",
    "Votre candidature n'a pas été retenue.",
    "Die Stelle wurde bereits besetzt.",
    "Ihre Bewerbung wurde nicht berücksichtigt.",
    "A vaga já foi preenchida.",
    "很遗憾，您未被录用。",
    "Η θέση έχει ήδη καλυφθεί.",
    "لم يتم اختيارك.",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_gives_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", STATED)
def test_the_same_words_stated_give_one(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize(
    "text",
    [
        # the rhetorical question, then the decision in a sentence of its own
        "Why am I writing? We have decided not to progress your application.",
        "¿Por qué le escribo? El puesto ya ha sido cubierto.",
        # a statement before the question's last comma keeps its decision
        "We have decided to go with another candidate, would you like some feedback?",
        "Unfortunately the role has been filled, shall I keep your details on file?",
    ],
)
def test_a_decision_beside_a_question_is_read(text: str) -> None:
    assert decision(text)


def test_an_ats_faq_under_an_acknowledgement_gives_no_decision() -> None:
    body = (
        "Thank you for applying for the Payroll Administrator role. We have received your "
        "application and will review it shortly.\n\n"
        "Frequently asked questions\n"
        "Why was my application unsuccessful?\n"
        "What happens if I am not shortlisted?\n"
        "Has the position already been filled?\n"
        "Can I reapply if I'm not selected?\n"
    )
    assert not message_decisions("Application received", body)


def test_the_readers_quoted_question_gives_no_decision() -> None:
    body = (
        "Hi Dana,\n\nNot yet - the panel meets on Thursday and I'll write straight after.\n\n"
        "On Mon, Priya wrote:\n> Has the post been filled? I haven't heard anything since "
        "the interview.\n"
    )
    assert not message_decisions("Re: Logistics Coordinator", body)


def test_a_question_sentence_whose_statement_refuses_keeps_its_token() -> None:
    # the token is the sentence's own reading, kept whole
    found = negation.read_cues(
        "We won't be taking your application further, would you like feedback?"
    )[0].split()
    assert negation.READER_OUT in found


def test_an_invitation_asked_as_a_question_stays_held() -> None:
    # the guard reads invitations apart from the decisions: a question inviting the reader is
    # one and is held below filing
    doc = Document(
        "Your application", "Would you like to come for an interview next week?", "hr@firm.example"
    )
    assert held_back(doc)


@pytest.mark.parametrize(
    "text",
    [
        "We have filled the role - could we keep your CV on file?",
        "The panel chose another candidate: would a call about other openings help?",
        "We went with another candidate and I wonder if you'd consider our graduate scheme?",
    ],
)
def test_a_statement_before_a_dash_or_colon_keeps_its_decision(text: str) -> None:
    assert decision(text)


def test_a_question_after_a_colon_gives_none() -> None:
    assert not decision("Quick question: has the role already been filled?")


# Twenty-first pass, part V (the third re-read): a clause of the statement that opens with an
# auxiliary and no subject ("..., sadly, won't be taking you forward") is no question's opening
@pytest.mark.parametrize(
    "text",
    [
        "We have chosen another candidate and, sadly, won't be taking you forward - shall I send "
        "feedback?",
        "We interviewed a strong field and, unfortunately, will not be offering you the post - "
        "would you like feedback?",
    ],
)
def test_a_statement_clause_opening_with_a_bare_auxiliary_keeps_its_decision(text: str) -> None:
    assert decision(text)


def test_a_question_opening_with_a_negated_auxiliary_still_asks() -> None:
    assert not decision("Sorry to chase, but won't you be filling the post with someone else?")
