"""Issue 11, twentieth pass, part L: negation marks for words outside ASCII.

The words a negation or a conditional governs are marked (``neg_<word>``, ``hyp_<word>``) in
letters of any script: a German, Polish, Russian, Greek or Hindi word is marked whole, where
[a-z]{3,} cut "können" to "nnen" and dropped Cyrillic, Greek and Devanagari words. ASCII words
are marked exactly as before, and every scorer's token path reads such a mark as one token.
"""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.model import negation
from rejectwatch.model.features import INDIC_MARKS, words, words_and_pairs
from rejectwatch.model.negation import read_cues
from rejectwatch.model.plain import HashStep
from rejectwatch.model.token_hashes import hashed_tokens, token_columns


def _marks(text: str) -> list[str]:
    return read_cues(text)[0].split()


def _block_words(text: str) -> set[str]:
    return set(read_cues(text)[1].split())


def test_german_words_are_marked_whole() -> None:
    marks = _marks("Unfortunately, wir können Ihnen die Stelle in München nicht anbieten.")
    assert "neg_können" in marks
    assert "neg_nnen" not in marks
    # a rule sentence's words enter the refusal block as hyp_ words (part I), umlauts and all
    rule = (
        "Zwei Wochen Funkstille nach Fristende bedeuten, dass wir uns für andere Bewerber "
        "entschieden haben."
    )
    assert {"hyp_für", "hyp_funkstille", "hyp_entschieden"} <= _block_words(rule)


def test_polish_words_are_marked_whole() -> None:
    marks = _marks("Unfortunately, niestety zdecydowaliśmy się na innego kandydata.")
    assert marks[:3] == ["neg_niestety", "neg_zdecydowaliśmy", "neg_się"]
    rule = "Brak odpowiedzi w ciągu miesiąca oznacza, że nie zakwalifikowałeś się dalej."
    block = _block_words(rule)
    assert {"hyp_ciągu", "hyp_miesiąca", "hyp_zakwalifikowałeś"} <= block
    assert "hyp_miesi" not in block


def test_russian_words_are_marked() -> None:
    marks = _marks("Unfortunately, мы не можем предложить вам эту должность.")
    assert marks[:5] == ["neg_можем", "neg_предложить", "neg_вам", "neg_эту", "neg_должность"]
    rule = "Если мы не свяжемся с вами в течение двух недель, значит, мы выбрали других кандидатов."
    assert {"hyp_если", "hyp_недель", "hyp_выбрали", "hyp_кандидатов"} <= _block_words(rule)


def test_greek_words_are_marked() -> None:
    marks = _marks("Unfortunately, δεν μπορούμε να προχωρήσουμε την αίτησή σας.")
    assert marks[:3] == ["neg_δεν", "neg_μπορούμε", "neg_προχωρήσουμε"]
    rule = (
        "Αν δεν επικοινωνήσουμε μαζί σας μέσα σε τρεις εβδομάδες, σημαίνει ότι προχωρήσαμε με "
        "άλλους υποψηφίους."
    )
    assert {"hyp_δεν", "hyp_εβδομάδες", "hyp_υποψηφίους"} <= _block_words(rule)


def test_hindi_words_are_marked_with_their_vowel_signs() -> None:
    # (a vowel sign or a nukta is no \w to re: a word is not cut at it, as features.words)
    marks = _marks("Unfortunately, आपका आवेदन इस बार आगे नहीं बढ़ाया जाएगा.")
    assert marks[:5] == ["neg_आपका", "neg_आवेदन", "neg_बार", "neg_आगे", "neg_नहीं"]
    assert negation._WORD.findall("बढ़ाया जाएगा") == ["बढ़ाया", "जाएगा"]


def test_scripts_without_spaces_get_no_marks_as_before() -> None:
    """A run of Han and kana (a whole clause) or of Thai is no word to mark."""
    assert negation._WORD.findall("残念ながら今回は見送ります") == []
    assert negation._WORD.findall("ขอแสดงความเสียใจ") == []
    # Korean writes spaces: its words are marked
    assert negation._WORD.findall("선택하지 않았습니다") == ["선택하지", "않았습니다"]


def test_the_vowel_signs_are_the_token_paths() -> None:
    assert "".join(map(chr, INDIC_MARKS)) == negation._INDIC_MARKS


def test_ascii_marks_are_unchanged() -> None:
    assert _marks("Unfortunately we cannot offer you the role.") == [
        *("neg_cannot", "neg_offer", "neg_role", "neg_offer", "neg_role", "xreaderout"),
    ]
    assert read_cues("If you are not selected, we will keep your CV on file.") == (
        "hyp_selected hyp_keep hyp_file",
        "hyp_you hyp_are hyp_not hyp_selected hyp_will hyp_keep hyp_your hyp_file",
    )


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=80))
def test_ascii_words_are_the_old_pattern(text: str) -> None:
    lowered = text.lower()
    assert negation._WORD.findall(lowered) == re.findall(r"[a-z]{3,}", lowered)


MARKED = [
    "neg_können neg_zdecydowaliśmy hyp_если hyp_недель neg_δεν hyp_υποψηφίους",
    "neg_नहीं neg_आवेदन hyp_बढ़ाया neg_선택하지 neg_café",
    "wir können nicht\nneg_können neg_ihnen xreaderout",
    # twenty-first pass, part F: the marks of other languages' negations (negations_abroad)
    "neg_anbieten neg_retenue neg_seleccionado neg_możemy neg_должность neg_μπορούμε neg_αίτησή "
    "hyp_berücksichtigen hyp_получите neg_ansøgning neg_berücksichtigen",
    "neg_बढ़ा neg_सकते hyp_मिलता",
]


def test_a_mark_is_one_token() -> None:
    assert words("neg_können hyp_если neg_δεν neg_नहीं") == [
        "neg_können",
        "hyp_если",
        "neg_δεν",
        "neg_नहीं",
    ]


def test_marks_hash_alike_in_the_batch_and_one_by_one() -> None:
    """The array path (training, a scan) and the token-by-token one (a message alone) put
    non-ASCII marks in the same columns."""
    width = 2**18
    rows, columns = hashed_tokens([*MARKED, "plain ascii text"], width)
    got = sorted(zip(rows.tolist(), columns.tolist(), strict=True))
    expected = sorted(
        (i, int(column))
        for i, text in enumerate([*MARKED, "plain ascii text"])
        for column in token_columns(words_and_pairs(text), width)
    )
    assert got == expected


def test_marks_hash_as_scikit_learn_hashes_them() -> None:
    """plain's HashStep (both scorers) gives scikit-learn's default token pattern's matrix for
    marks without an Indic vowel sign (with one, the eighteenth pass's INDIC_MARKS differ from
    \\w by design: test_features_fast)."""
    texts = [text for text in MARKED if not any(ord(c) in INDIC_MARKS for c in text)]
    plain = HashStep((2**12,)).transform([texts])
    vectorizer = HashingVectorizer(
        n_features=2**12, ngram_range=(1, 2), alternate_sign=False, norm=None, dtype=np.float32
    )
    slow = sp.csr_matrix(vectorizer.transform(texts))
    assert np.array_equal(plain.indptr, slow.indptr)
    assert np.array_equal(plain.indices, slow.indices)
    assert np.array_equal(plain.data, slow.data)
