"""SharedWordsTfidf: a feature only a few writers used carries no weight."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from rejectwatch.model.shared_words import SharedWordsTfidf, source_counts, sources


def _counts(texts: list[str]) -> tuple[CountVectorizer, Any]:
    vectorizer = CountVectorizer()
    return vectorizer, vectorizer.fit_transform(texts).astype(np.float32)


def test_real_mail_counts_each_message_and_templates_count_once() -> None:
    keys = sources(["tpl-a", "tpl-a", "ham:easy-ham-1", "ham:easy-ham-1", "user:Rejections"])
    assert keys[0] == keys[1] == "tpl-a"
    assert len(set(keys[2:])) == 3


def test_source_counts_counts_distinct_writers_per_feature() -> None:
    vectorizer, x = _counts(["quirk shared", "quirk shared", "shared", "shared other"])
    counts = dict(
        zip(vectorizer.get_feature_names_out(), source_counts(x, ["a", "a", "b", "c"]), strict=True)
    )
    assert counts == {"quirk": 1, "shared": 3, "other": 1}


def test_features_from_too_few_writers_get_no_idf_and_no_weight() -> None:
    texts = ["house quirk regret", "house quirk regret", "regret", "regret thanks", "thanks"]
    families = ["fam-1", "fam-1", "fam-2", "fam-3", "fam-4"]
    vectorizer, x = _counts(texts)
    tfidf = SharedWordsTfidf(min_sources=3).fit(x, sources=sources(families))
    idf = dict(zip(vectorizer.get_feature_names_out(), tfidf.idf_, strict=True))
    assert idf["house"] == 0.0
    assert idf["quirk"] == 0.0
    assert idf["regret"] > 0.0  # three families used it
    assert idf["thanks"] == 0.0  # only two
    assert tfidf.rare_features_ == 3
    row = tfidf.transform(vectorizer.transform(["house quirk regret"])).toarray()[0]
    assert row[vectorizer.vocabulary_["regret"]] == pytest.approx(1.0)  # all the norm is its
    assert row[vectorizer.vocabulary_["house"]] == 0.0


def test_the_same_words_from_real_mail_count_message_by_message() -> None:
    texts = ["list footer", "list footer", "list footer"]
    _, x = _counts(texts)
    as_template = SharedWordsTfidf(min_sources=3).fit(x, sources=sources(["tpl"] * 3))
    as_ham = SharedWordsTfidf(min_sources=3).fit(x, sources=sources(["ham:easy-ham-1"] * 3))
    assert not as_template.idf_.any()
    assert as_ham.idf_.all()


def test_sources_must_match_the_rows() -> None:
    _, x = _counts(["alpha beta", "beta gamma"])
    with pytest.raises(ValueError, match="2 rows"):
        SharedWordsTfidf().fit(x, sources=["only-one"])
