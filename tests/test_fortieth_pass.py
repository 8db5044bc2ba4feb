"""Fortieth pass (issue 11): blind slice 44's misses and other mail filed, read as kinds
(rejectwatch.model.insiders_abroad, insiders_chosen, scores_below, shortfalls, and the sentence
a title's dot no longer ends in negation and sentence_gate).

Refusals that must carry a decision token: the post handed to someone with a title ("Mr. Rana,
who …": the title's dot ended the sentence before the name), the post going to someone "whose
…", a post given to a relative of someone named or to the writer's own kin, someone's mate
started, the interview list full without the reader's name, the reader's score under the lowest
that went through, and the same choice by name in German, French, Italian, Portuguese, Spanish
and Russian. Twins that must stay unread: the reader chosen in each language, a sister asked to
look over a CV, a trial started, a score above the lowest that went through, and a rule about a
class of candidates ("candidates whose marks fall under the cut-off will not be called"), an
acknowledgement's. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.sentence_gate import sentences

REFUSALS = [
    "The kiln post has been handed to Mr. Rana, who fired our glazes for six winters.",
    "The stable lad's place for the summer is going to Aoife, whose uncle shod our ponies.",
    "the scorer role for the juniors, the club's given it to Priya's mum, she did it at school.",
    "For the rickshaw job we already take my nephew, he know every lane of the old town.",
    "Cheers for coming down to the site. We've started Dale's mate this morning.",
    "Every applicant was marked on the criteria. The shortlist is now complete, without your name.",
    "Your total was 19 out of 40; the lowest score shortlisted was 26.",
    "Den Platz in der Backstube bekommt Herr Öztürk, der bei uns schon die Brezeln dreht.",
    "Wir haben uns für Marlene entschieden, die uns seit dem Frühjahr samstags hilft.",
    "Pour le poste de tailleur, nous avons retenu Madame Diallo, qui coud chez nous depuis 2019.",
    "Per il banco del pesce abbiamo preso Salvatore, che ci dà una mano da tre anni.",
    "Quem vai ficar com a vaga de cozinheiro é o Sr. Baptista, que já faz os nossos jantares.",
    "Para la plaza de ayudante hemos contratado a Inés, que ya nos cubre los domingos.",
    "Работу сторожа мы отдали Степану — он уже год живёт при мастерской.",
]
TWINS = [
    "The kiln post has been handed to you, Mr. Rana, and we start Monday.",
    "I've asked my sister to look over your CV before the interview.",
    "We've started the trial this morning and it is going well so far.",
    "Your total was 31 out of 40; the lowest score shortlisted was 26.",
    "Wir haben uns für Sie entschieden, die Stelle ist Ihre.",
    "Per il banco del pesce abbiamo scelto lei, che ha più esperienza.",
    "Quem vai ficar com a vaga é você, que mostrou muito talento.",
    "Para la plaza de ayudante hemos contratado a usted, que ya conoce la casa.",
]
CLASS_RULE = (
    "Your form for Assistant Surveyor is received (Roll No. 4411). A written test will follow; "
    "applicants whose marks fall below the category cut-off will not be called for interview."
)


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_rule_about_a_class_of_applicants_is_no_decision() -> None:
    assert not message_decisions("Application received", CLASS_RULE, "psc@board.example")
    # ... while the reader's own marks below the cut are one
    assert decision("Your marks fall under the category cut-off, so we cannot call you.")


def test_a_titles_dot_ends_no_sentence() -> None:
    text = "We met Dr. Okafor. Sadly the role went to Ms. Lund, our intern."
    lowered = text.lower()
    at = lowered.index("lund")
    assert lowered[negation._sentence_start(lowered, at) :].startswith(" sadly")
    assert lowered[: negation._sentence_end(lowered, at)].endswith("our intern")
    # a title's dot at a line's end, and a word ending in a title's letters, still end one
    assert negation._sentence_end("ask for Jones Dr.\nthen", 0) == len("ask for Jones Dr")
    assert negation._sentence_start("it was summer. then", 17) == len("it was summer.")
    doc = Document(subject="Trial", body=text, sender="x@shop.example")
    assert sentences(doc) == ["We met Dr. Okafor.", "Sadly the role went to Ms. Lund, our intern."]
