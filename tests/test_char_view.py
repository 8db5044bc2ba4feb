"""The optional char view (nineteenth pass, part E; features.CHAR_VIEW): character 3-5 grams of
the head of mail that is not ASCII, a third hashed block. Off, a model and its file are what
they were; on, the plain twin scores what scikit-learn computes."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.model import classifier, features, plain
from rejectwatch.model.classifier import Document, Example, Model
from rejectwatch.model.features import (
    CHAR_FEATURES,
    HEAD_CHARS,
    documents_to_blocks,
    documents_to_views,
)
from rejectwatch.model.hashing import DocumentHasher
from rejectwatch.model.token_hashes import SPACES, hashed_char_grams
from test_classifier import make_examples

# non-ASCII heads in several scripts (Latin with diacritics, Cyrillic, Greek, Thai, Bengali
# with its vowel signs, Japanese, an emoji outside the BMP), and ASCII mail
TEXTS = [
    "Pieteikums saņemts\nDiemžēl mēs esam izvēlējušies citu kandidātu.",
    "Одговор на пријавата\nЗа жал, избравме друг кандидат.",
    "Η αίτησή σας\nΔυστυχώς επιλέξαμε άλλον υποψήφιο.",
    "ผลการสมัครงาน ขอบคุณที่สนใจ",
    "আপনার আবেদন সম্পর্কে দুঃখিত",
    "選考結果のご連絡 慎重に選考を重ねました結果",
    "Your application 🎉 — we’ve   decided\tnot to proceed",
    "Unfortunately we will not be moving forward.",
    "a b cd",
    "",
    "   \n ",
    # every kind of space str.split splits on (token_hashes.SPACES), two of them side by side
    "Merci\x1cbeaucoup\u3000спасибо\x85ok\u2028ça\xa0\u205f\x0bİstanbul ΟΔΟΣ",
]


def _sklearn_counts(texts: list[str], width: int = CHAR_FEATURES) -> sp.csr_matrix:
    vectorizer = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        n_features=width,
        alternate_sign=False,
        norm=None,
        dtype=np.float64,
    )
    return vectorizer.transform(texts).tocsr()


def _counts(texts: list[str], width: int = CHAR_FEATURES) -> sp.csr_matrix:
    rows, columns = hashed_char_grams(texts, width)
    ones = np.ones(len(rows))
    return sp.csr_matrix((ones, (rows, columns)), shape=(len(texts), width))


@pytest.mark.parametrize("width", [CHAR_FEATURES, 7])
def test_char_grams_are_hashed_as_scikit_learn_hashes_them(width: int) -> None:
    got, want = _counts(TEXTS, width), _sklearn_counts(TEXTS, width)
    assert want.sum() > 300  # grams counted, repeats included
    assert (got != want).nnz == 0


def test_a_batch_longer_than_a_chunk_is_hashed_the_same() -> None:
    texts = TEXTS * 120  # over token_hashes._TEXTS
    assert (_counts(texts) != _sklearn_counts(texts)).nnz == 0


def test_the_spaces_the_char_grams_are_cut_at_are_what_str_split_splits_on() -> None:
    assert sorted(SPACES) == [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_the_char_view_is_the_head_of_mail_that_is_not_ascii() -> None:
    body = "Diemžēl mēs izvēlējāmies citu kandidātu. " * 40
    docs = [
        Document("Pieteikums", body, "hr@firma.example"),
        Document("Your application", "We will not be moving forward. " * 40, "hr@a.example"),
        Document("Re: your CV – thanks", "Plain text only.", ""),
    ]
    texts, sentences, chars = documents_to_blocks(docs, char_view=True)
    assert [texts, sentences] == list(documents_to_views(docs))
    assert documents_to_blocks(docs) == [texts, sentences]
    assert chars[0] == f"Pieteikums\n{body.strip()[:HEAD_CHARS]}"
    assert chars[1] == ""  # ASCII mail has no char view
    assert chars[2].startswith("Re: your CV – thanks\n")  # a dash is not ASCII either


def test_a_hasher_without_the_char_view_is_the_two_blocks_as_before() -> None:
    step = DocumentHasher().to_plain()
    assert step.char_width == 0
    assert step.views == 2
    assert step.params() == {"widths": [features.N_FEATURES, features.CUE_FEATURES]}
    with pytest.raises(Exception, match="3 views for 2"):
        step.transform([["a"], ["b"], ["c"]])


def test_the_shipped_model_file_is_saved_again_byte_for_byte() -> None:
    """A model file from before the char view loads without one, and its twin writes the same
    bytes back: nothing about the two word blocks changed."""
    model = classifier.load()
    assert model.scorer.hasher.char_width == 0
    with zipfile.ZipFile(classifier.shipped_model_dir() / "rejectwatch.npz") as archive:
        layout = json.loads(archive.read("layout.json"))
    assert "char_width" not in layout["steps"][0]["params"]
    shipped = (classifier.shipped_model_dir() / "rejectwatch.npz").read_bytes()
    assert plain.to_bytes(model.scorer) == shipped


LATVIAN = (
    "Pieteikums: {c}",
    "Paldies par jūsu pieteikumu. Diemžēl esam izvēlējušies citu kandidātu amatam {r}.",
)
LATVIAN_RECEIVED = (
    "Pieteikums saņemts: {c}",
    "Paldies, jūsu pieteikums amatam {r} ir saņemts. Mēs sazināsimies nākamnedēļ.",
)


def _with_other_languages() -> list[Example]:
    examples = make_examples()
    for label, kind, (subject, body) in (
        ("rejection", "rejection", LATVIAN),
        ("not_rejection", "application_received", LATVIAN_RECEIVED),
    ):
        for i, company in enumerate(["Ābols", "Zīle", "Ērglis", "Straume"]):
            examples.append(
                Example(
                    id=f"lv-{kind}-{i}",
                    subject=subject.format(c=company),
                    body=body.format(r="grāmatvedis"),
                    sender=f"{company} <hr@firma{i}.example>",
                    label=label,
                    kind=kind,
                    family=f"lv-{kind}-{i}",  # four writers: min_sources 3
                )
            )
    return examples


@pytest.fixture(scope="module")
def with_chars() -> Model:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(features, "CHAR_VIEW", True)
        return classifier.train(_with_other_languages(), cv_folds=3)


DOCS = [
    Document("Pieteikums: Vējš", "Diemžēl esam izvēlējušies citu kandidātu.", "hr@v.example"),
    Document("Pieteikums saņemts", "Jūsu pieteikums ir saņemts.", "hr@v.example"),
    Document("Одговор", "За жал, избравме друг кандидат.", ""),
    Document("選考結果", "慎重に選考を重ねました結果、誠に残念ながら", "jinji@k.example"),
    Document("Your application", "We will not be moving forward with your application.", ""),
    Document("Interview", "We would like to invite you to an interview.", "hr@x.example"),
    Document("", "", ""),
]


def test_a_model_with_the_char_view_says_so_in_its_file_and_card(
    with_chars: Model, tmp_path: Path
) -> None:
    assert with_chars.scorer.hasher.char_width == CHAR_FEATURES
    assert with_chars.card["params"]["hash__char_features"] == CHAR_FEATURES
    model_path, _ = classifier.save(with_chars, tmp_path)
    with zipfile.ZipFile(model_path) as archive:
        layout = json.loads(archive.read("layout.json"))
    assert layout["steps"][0]["params"]["char_width"] == CHAR_FEATURES
    # the file, loaded where CHAR_VIEW is off, still reads the view: the file decides
    assert features.CHAR_VIEW is False
    loaded = classifier.load(tmp_path)
    assert loaded.pipeline is None
    assert loaded.scores(DOCS) == with_chars.scores(DOCS)


def test_the_plain_twin_scores_what_scikit_learn_computes(with_chars: Model) -> None:
    """Within 1e-9 of the fitted Pipeline's predict_proba, and of its learned steps applied
    to the word blocks beside scikit-learn's own HashingVectorizer(char_wb) counts."""
    pipeline = with_chars.pipeline
    assert pipeline is not None
    views = documents_to_blocks(DOCS, char_view=True)
    assert [bool(v) for v in views[2]] == [True, True, True, True, False, False, False]
    twin = np.array(with_chars.scorer.positive(views))
    column = list(pipeline.classes_).index("rejection")
    whole = pipeline.predict_proba(DOCS)[:, column]
    words = DocumentHasher().hash_views(*views[:2])
    chars = _sklearn_counts(views[2]).astype(np.float32)
    by_sklearn = pipeline[1:].predict_proba(sp.hstack([words, chars], format="csr"))[:, column]
    assert np.allclose(twin, whole, rtol=0, atol=1e-9)
    assert np.allclose(twin, by_sklearn, rtol=0, atol=1e-9)
    # the char block is read: without it, the mail that is not ASCII scores otherwise
    blank = np.array(with_chars.scorer.positive([*views[:2], [""] * len(DOCS)]))
    assert not np.allclose(blank[:4], twin[:4], rtol=0, atol=1e-6)
    assert np.array_equal(blank[4:], twin[4:])
