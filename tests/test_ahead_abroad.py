"""Twentieth pass, part I (issue 11): part E's kinds in the other languages, and a decision
hidden by an apology for a silence.

* a hiring paused in the languages read ("das Verfahren ist auf Eis gelegt", "el proceso está en
  pausa", "rekryteringen är pausad"), the post not filled for now, in a letter that keeps the
  reader's application open in a sentence of its own, is no post gone
  (rules_ahead.paused_kept_open); a post cancelled, withdrawn or closed in those languages
  stays one, and so does an application kept only for other posts;
* an apology for a silence past is no rule: the decision after it is read ("Apologies for three
  weeks of silence, which means you've waited far too long: we have chosen another candidate";
  told_ahead.NOT_APOLOGISED); a silence apologised for that means the decision is still to come
  reads none;
* a sentence a reading finds a refusal in, turned away as a rule and holding no cue (a
  stretch of silence in German, Spanish or Swedish), enters the refusal block as a rule's
  words (hyp_), as a conditional sentence does.

Every sentence is written for these tests (none is a slice's or the corpus's).
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions
from rejectwatch.model.negation import read_cues

# --- a hiring paused abroad, the application kept open --------------------------------------

PAUSED = [
    "Die Stelle wird vorerst nicht besetzt, das Verfahren ist auf Eis gelegt. Ihre Bewerbung "
    "bleibt offen.",
    "Die Stelle wird derzeit nicht besetzt; das Auswahlverfahren ist ausgesetzt. Es wurde "
    "niemand eingestellt, und Ihre Bewerbung bleibt weiterhin offen.",
    "El puesto no se cubrirá por ahora: el proceso está en pausa. Su candidatura sigue abierta.",
    "Tjänsten kommer inte att tillsättas just nu, rekryteringen är pausad. Din ansökan ligger "
    "kvar.",
    "Stillingen blir ikke besatt nå, rekrutteringen er satt på pause. Søknaden din er fortsatt "
    "aktiv.",
    "Stillingen bliver ikke besat lige nu, rekrutteringen er sat i bero. Din ansøgning er "
    "stadig aktiv.",
]

# the same words with the post closed, or the application kept for other posts only, or a turn
CLOSED = [
    "Die Stelle wurde gestrichen und das Verfahren ist ausgesetzt. Ihre Bewerbung bleibt offen.",
    "Die Stelle wird nicht besetzt, das Verfahren ist endgültig beendet. Ihre Bewerbung ist "
    "damit geschlossen.",
    "El puesto ha sido cancelado y el proceso suspendido. Su candidatura sigue abierta.",
    "Le poste a été supprimé et le recrutement est suspendu. Votre candidature reste ouverte.",
    "La posizione è stata annullata e la selezione è sospesa. La sua candidatura resta aperta.",
    "A vaga foi cancelada e o processo está suspenso. A sua candidatura continua aberta.",
    "De vacature is ingetrokken en de werving is opgeschort. Uw sollicitatie blijft open.",
    "Rekrutacja została anulowana i wstrzymana. Pana aplikacja pozostaje otwarta.",
    "Stillingen blir ikke besatt, rekrutteringen er avlyst. Søknaden din er fortsatt aktiv.",
    "Die Stelle wird vorerst nicht besetzt, das Verfahren ruht. Ihre Bewerbung bleibt offen für "
    "künftige Stellen.",
    "Die Stelle wird vorerst nicht besetzt, das Verfahren ist auf Eis gelegt. Ihre Bewerbung "
    "bleibt offen, aber wir haben uns für eine andere Kandidatin entschieden.",
    "Stillingen blir ikke besatt nå, rekrutteringen er satt på pause. Søknaden din er fortsatt "
    "aktiv, men vi har valgt en annen kandidat.",
]


@pytest.mark.parametrize("body", PAUSED)
def test_a_hiring_paused_abroad_with_the_application_kept_open_is_no_post_gone(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", CLOSED)
def test_a_post_closed_abroad_stays_a_decision(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Stelle vorerst nicht besetzt – Verfahren ausgesetzt",
            "Guten Tag, die Stelle wird vorerst nicht besetzt, das Verfahren ist auf Eis gelegt, "
            "bis das Budget steht. Es wurde noch niemand eingestellt. Ihre Bewerbung bleibt "
            "offen, und wir melden uns, sobald es weitergeht.",
        ),
        (
            "Puesto en pausa",
            "Hola: el puesto no se cubrirá por ahora, el proceso está en pausa hasta enero. Su "
            "candidatura sigue abierta y le escribiremos cuando se reanude.",
        ),
    ],
)
def test_a_whole_letter_pausing_abroad_reads_no_decision(subject: str, body: str) -> None:
    assert message_decisions(subject, body) == set()


def test_a_letter_cancelling_abroad_reads_the_post_gone() -> None:
    assert message_decisions(
        "Stelle gestrichen",
        "Guten Tag, die Stelle wurde gestrichen und wir werden niemanden einstellen; Ihre "
        "Bewerbung ist damit geschlossen.",
    )


# --- a decision after an apology for a silence ------------------------------------------------

APOLOGISED = [
    "Apologies for three weeks of silence, which means you've waited far too long: we have "
    "chosen another candidate.",
    "Sorry for the long silence, which means we kept you waiting: the role has gone to someone "
    "else.",
    "Please excuse our silence; it means you've waited, but we have decided to go with another "
    "applicant.",
    "Apologies for two months of silence, which means we owe you an answer: we've appointed "
    "someone else.",
    "So sorry about the radio silence, which means you've been left hanging. The position has "
    "been filled by another candidate.",
]

# a silence apologised for that means the decision is still to come, and silences that are rules
STILL_AHEAD = [
    "Sorry for the silence — it means we're still deciding.",
    "Apologies for the silence: it means the panel hasn't met yet.",
    "Sorry for two weeks of silence, which means the shortlist is still being drawn up.",
    "We can't reply to everyone, so three weeks of silence means we have chosen another candidate.",
    "Silence from us after the 20th means the role has gone to someone else.",
    "Thanks for applying. If you hear nothing, silence means we have chosen another candidate.",
]


@pytest.mark.parametrize("body", APOLOGISED)
def test_a_decision_after_an_apology_for_a_silence_is_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize("body", STILL_AHEAD)
def test_a_silence_that_means_a_decision_ahead_reads_none(body: str) -> None:
    assert not decision(body)


# --- a rule's refusal words, in a language without cues, in the block -------------------------

RULES = [
    (
        "Leider können wir nicht jedem antworten: zwei Wochen Funkstille nach Fristende "
        "bedeuten, dass wir uns für andere Bewerber entschieden haben.",
        "hyp_entschieden",
    ),
    (
        "Por desgracia no podemos contestar a todos: tres semanas de silencio tras el cierre "
        "significan que hemos elegido a otras personas.",
        "hyp_elegido",
    ),
    (
        "Tyvärr kan vi inte svara alla: tre veckors tystnad efter sista ansökningsdag betyder "
        "att vi har valt andra kandidater.",
        "hyp_valt",
    ),
]


@pytest.mark.parametrize(("body", "word"), RULES)
def test_a_rule_without_cues_enters_the_block_as_a_rule(body: str, word: str) -> None:
    _, block = read_cues(body)
    assert word in block.split()
    assert all(token.startswith("hyp_") for token in block.split())
    assert not decision(body)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        ("Leider haben wir uns für andere Bewerber entschieden.", "xchoseother"),
        ("Hemos elegido a otras personas para el puesto.", "xchoseother"),
    ],
)
def test_a_plain_refusal_abroad_enters_the_block_as_one(body: str, token: str) -> None:
    _, block = read_cues(body)
    assert token in block.split()
    assert not any(word.startswith("hyp_") for word in block.split())


def test_an_apology_for_a_silence_before_a_reader_still_in_the_running_gives_no_refusal() -> None:
    # (the apology no longer makes the sentence a rule; "still in the running" says the
    # decision is still to come, so its negation is no refusal given)
    found = read_cues(
        "Apologies for the silence; we haven't forgotten you and you're still in the running."
    )[0].split()
    assert not any(mark.startswith("neg_") for mark in found)
    assert not decision("Sorry for the silence, you are very much in the running.")


# --- a stretch of silence in more languages (told_ahead.stretch_means) -----------------------

MORE_STRETCHES = [
    "Nie odpowiadamy wszystkim: miesiąc ciszy oznacza, że wybraliśmy innych kandydatów.",
    "Nemůžeme odpovědět všem: tři týdny ticha znamenají, že jsme vybrali jiné uchazeče.",
    "Nem tudunk mindenkinek válaszolni: három hét csend azt jelenti, hogy más jelöltet "
    "választottunk.",
]


@pytest.mark.parametrize("body", MORE_STRETCHES)
def test_a_stretch_of_silence_in_more_languages_is_a_rule(body: str) -> None:
    assert not decision(body)


def test_a_silence_apologised_for_in_polish_stays_decided() -> None:
    assert decision(
        "Przepraszamy za miesiąc ciszy, co oznacza długie czekanie: wybraliśmy innych kandydatów."
    )
