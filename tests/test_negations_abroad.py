"""Issue 11, twenty-first pass, part F: negation marks in the other languages read.

A refusal's negation or regret in German, French, Spanish, Polish, Russian, Greek, Hindi (and
the other languages of rejectwatch.model.negations_abroad) gives ``neg_<word>`` marks for the
words it governs, as the English one does; behind a conditional of its language the marks are
``hyp_``. A short cue that is another language's common word gives no mark there, English
marks are unchanged. (Every scorer's token path reads the new marks alike: their line of
test_marks_outside_ascii.MARKED.)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model import lazy_re as re
from rejectwatch.model import negations_abroad
from rejectwatch.model.negation import _conditional_at, read_cues


def _marks(text: str) -> list[str]:
    return read_cues(text)[0].split()


REFUSALS = [
    ("Leider können wir Ihnen keine Stelle anbieten.", ["neg_stelle", "neg_anbieten"]),
    (
        "Nous ne pouvons pas donner une suite favorable à votre candidature.",
        ["neg_donner", "neg_suite", "neg_favorable", "neg_candidature"],
    ),
    ("Votre candidature n'a pas été retenue.", ["neg_retenue"]),
    (
        "Lamentablemente no hemos seleccionado tu candidatura para la siguiente fase.",
        ["neg_seleccionado", "neg_candidatura"],
    ),
    ("Niestety nie możemy zaprosić Pana na rozmowę.", ["neg_możemy", "neg_zaprosić"]),
    (
        "К сожалению, мы не можем предложить вам эту должность.",
        ["neg_можем", "neg_предложить", "neg_должность"],
    ),
    (
        "Δυστυχώς δεν μπορούμε να προχωρήσουμε με την αίτησή σας.",
        ["neg_μπορούμε", "neg_προχωρήσουμε", "neg_αίτησή"],
    ),
    ("हम आपको आगे नहीं बढ़ा सकते।", ["neg_बढ़ा", "neg_सकते"]),
    ("Helaas is uw sollicitatie niet geselecteerd.", ["neg_geselecteerd"]),
    ("Vi har valgt ikke at gå videre med din ansøgning.", ["neg_videre", "neg_ansøgning"]),
    ("Purtroppo non possiamo proseguire con la sua candidatura.", ["neg_possiamo"]),
    ("Infelizmente você não foi selecionado para a próxima etapa.", ["neg_selecionado"]),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_a_refusal_in_another_language_is_marked(text: str, expected: list[str]) -> None:
    marks = _marks(text)
    for mark in expected:
        assert mark in marks


def test_a_verb_final_negation_marks_the_words_before_it() -> None:
    """German main clauses put "nicht" last: nothing follows it in its clause, so the words
    before it are marked; Turkish "değil" likewise."""
    marks = _marks("Wir berücksichtigen Ihre Bewerbung nicht.")
    assert marks[-2:] == ["neg_berücksichtigen", "neg_bewerbung"]
    assert "neg_uygun" in _marks("Profiliniz bu pozisyon için uygun değil.")


CONDITIONALS = [
    ("Falls wir Sie nicht berücksichtigen können, melden wir uns.", "berücksichtigen"),
    ("Si votre candidature n'est pas retenue, nous conserverons votre CV.", "retenue"),
    ("Si no has sido seleccionado, te escribiremos.", "seleccionado"),
    ("Jeśli nie otrzyma Pan odpowiedzi w ciągu 30 dni, prosimy uznać to za odmowę.", "otrzyma"),
    ("Если вы не получите ответа в течение двух недель, мы выбрали другого.", "получите"),
    ("Αν δεν λάβετε απάντηση μέσα σε δύο εβδομάδες, δεν προχωρήσατε.", "λάβετε"),
    ("अगर आपको दो सप्ताह में जवाब नहीं मिलता है, तो हमने किसी और को चुना है।", "मिलता"),
    ("Wir haben noch nicht entschieden.", "entschieden"),
]


@pytest.mark.parametrize(("text", "word"), CONDITIONALS)
def test_a_conditional_refusal_is_marked_hypothetical(text: str, word: str) -> None:
    marks = _marks(text)
    assert f"hyp_{word}" in marks
    assert f"neg_{word}" not in marks


RULES = [
    "Keine Nachricht von uns bis Freitag = wir haben uns für jemand anderen entschieden.",
    "Geen bericht van ons binnen twee weken = we hebben voor een andere kandidaat gekozen.",
    "Tyvärr kan vi inte svara alla: tre veckors tystnad efter sista ansökningsdag betyder att vi "
    "har valt andra kandidater.",
    "Das Portal zeigt dann 'Nicht berücksichtigt' an, und wir schreiben Ihnen.",
]


@pytest.mark.parametrize("text", RULES)
def test_a_rule_or_a_quoted_label_abroad_gives_no_refusal_mark(text: str) -> None:
    """negation's own reading of the sentence (a rule about silence, a label quoted) holds for
    these cues too: their marks are hyp_."""
    assert not any(mark.startswith("neg_") for mark in _marks(text))


CLASHES = [
    "Recebemos a sua candidatura no processo seletivo.",  # Portuguese "no": in the
    "We hebben je cv pas ontvangen en nodigen je uit.",  # Dutch "pas": only just
    "Echipa ei vă invităm la un interviu.",  # Romanian "ei": her, their
    "Ne ju ftojmë në një intervistë pas shqyrtimit.",  # Albanian "ne": we; "pas": after
    "We hebben nu besloten je uit te nodigen.",  # Dutch "nu": now
    "Your application fee of £15 is non-refundable.",  # the English prefix
    "Que la réponse soit positive ou non, nous vous tiendrons informé.",  # whether or not
    "There is no position for the moment, sadly the net plus is small.",
]


@pytest.mark.parametrize("text", CLASHES)
def test_a_short_cue_in_another_language_gives_no_mark(text: str) -> None:
    assert negations_abroad.marks(text.lower(), _conditional_at) == []


ENGLISH = [
    (
        "Unfortunately we will not be progressing your application.",
        "neg_not neg_progressing neg_application neg_progressing neg_application",
    ),
    ("There is no position for you at the moment, and no one else has been hired.", "xreaderout"),
    ("If you are not selected, we will keep your CV on file.", "hyp_selected hyp_keep hyp_file"),
    (
        "Sadly the team has decided not to move forward, and the fee is non-refundable.",
        "neg_team neg_decided neg_not neg_move neg_forward neg_fee xreaderout",
    ),
]


@pytest.mark.parametrize(("text", "marks"), ENGLISH)
def test_english_marks_are_unchanged(text: str, marks: str) -> None:
    """The marks main (105c169) gives these English sentences."""
    assert read_cues(text)[0] == marks


def test_the_marks_add_no_sentence_to_the_refusal_block() -> None:
    assert read_cues("Wir berücksichtigen Ihre Bewerbung nicht.")[1] == ""


# Each cue alone, or with the word its own language puts after it
_CUES = [
    *(
        word
        for word in re.findall(r"[^\W\d_]+", negations_abroad._CUE.pattern)
        if negations_abroad._CUE.fullmatch(word)
    ),
    "к сожалению",
    "на жаль",
    "за съжаление",
    "din păcate",
    "rất tiếc",
    "दुर्भाग्य से",
    "no hemos",
    "nu putem",
    "ne pas",
    "n'a pas",
    "n\u2019a pas",
    "नहीं",
    "नाही",
    "खेद",
]


@pytest.mark.parametrize("cue", _CUES)
def test_the_words_test_lets_every_cue_through(cue: str) -> None:
    """marks() reads no further a text that holds none of _FIRST's words: each cue's first."""
    text = f"xxx {cue} stelle."
    assert negations_abroad._CUE.search(text)
    assert (
        negations_abroad.marks(text, _conditional_at)
        == negations_abroad._marks_of(text, _conditional_at)
        != []
    )


def test_the_cue_list_reaches_the_words_test() -> None:
    assert len(_CUES) > 100


# Twenty-first pass, part T: the words test finds an ASCII text's first words by one automaton
# pass over the text with every byte but [A-Za-z0-9_] a space (no list of its words). It must
# answer as re's \w+ words intersected with _FIRST, on every text.
def _words_reference(lowered: str) -> set[str]:
    return negations_abroad._FIRST.intersection(re.findall(r"\w+", lowered))


_PIECES = [
    *sorted(word for word in negations_abroad._FIRST if word.isascii()),
    "companies",
    "internet",
    "their",
    "including",
    "nothing",
    "nice",
    "xno",
    "non-refundable",
    "_",
    "5",
    "A",
    "é",
    "«",
    "\u00a0",
    " ",
    "  ",
    ",",
    ".",
    "\n",
    "-",
    "'",
    "/",
]


@pytest.mark.parametrize(
    "text",
    [
        "nicht",
        "nicht.",
        " nicht",
        "(nicht)",
        "we are nie.",
        "ikke,din",
        "n/a",
        "n'a pas",
        "no no no",
        "no\nno",
        "5nicht _nicht nicht_ nicht5 nichts anicht",
        "companies internet their including nothing nice",
        "Nicht",
        "",
        " ",
    ],
)
def test_the_words_test_answers_as_the_split_of_the_text(text: str) -> None:
    assert negations_abroad._first_words(text) == _words_reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_words_test_answers_as_the_split_of_any_text(text: str) -> None:
    assert negations_abroad._first_words(text) == _words_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leider passt Ihr Profil nicht",  # the cue last, no stop after it
        "nicht berücksichtigt werden konnte Ihre Bewerbung.",  # first
        "Ergebnis:(nicht berücksichtigt)",  # between signs
        "ref 42\n\nhelaas,geen plaats voor u.",
        "we regret. tyvärr kan vi inte erbjuda dig tjänsten",
    ],
)
def test_a_cue_anywhere_in_the_text_gets_its_marks(text: str) -> None:
    lowered = text.lower()
    assert (
        negations_abroad.marks(lowered, _conditional_at)
        == negations_abroad._marks_of(lowered, _conditional_at)
        != []
    )


@pytest.mark.parametrize(
    "text",
    [
        # "nie", "inte", "ei", "din", "ej", "nu" inside English words
        "the companies on the internet, including their sites, are nice to work with.",
        "we hold your details; the panel is unanimous and the menu is set.",
        # a cue joined to a digit or an underscore is no word of its own
        "ref 5nicht and _geen_ in the subject line.",
    ],
)
def test_a_cue_inside_another_word_gives_no_mark(text: str) -> None:
    assert negations_abroad.marks(text, _conditional_at) == []
