"""Training copies of the rejections the rules read, with the rules' decision tokens taken out.

Thirtieth pass (issue 11). On every fresh blind slice since the twenty-first, each rejection
that carried a decision token (rejectwatch.model.negation: xreaderout, xchoseother, xrolegone,
xstatusrefused) was filed, and every one missed carried none: recall on new mail was the share
the hand-written readings reach. The models learned the tokens so well that they gave the
refusal's own words little weight (a rejection in the corpus nearly always has a token to
explain it), and a refusal worded in a way no reading knows was left to words the models had
barely learned.

So training adds, for each rejection that carries a decision token, a copy whose two word
blocks lose those tokens (nothing else changes: same words, family, kind and, times
COPY_WEIGHT, weight). The models must then also tell a refusal from a confirmation by its
words. A copy is never scored in grouped CV and joins a fold's training side exactly when its
original does (same family), so the thresholds and CV figures stay the corpus's own. Scoring
is untouched: a copy exists only in training.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rejectwatch.model.features import Document
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED

__all__ = ["COPY_WEIGHT", "Undecided", "strip_decisions", "with_undecided_copies"]

DECISION_TOKENS = (READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED)
# Each copy's weight, as a share of its original's.
COPY_WEIGHT = 1.0
_TOKENS = re.compile(r"(?<!\S)(?:" + "|".join(DECISION_TOKENS) + r")(?!\S)")


class Undecided(Document):
    """A training copy whose blocks are read without their decision tokens
    (rejectwatch.model.hashing.DocumentHasher strips them)."""

    __slots__ = ()


def strip_decisions(text: str) -> str:
    """*text* (a block as features.documents_to_blocks makes it) without the decision tokens."""
    return _TOKENS.sub("", text)


def carries_decision(text: str) -> bool:
    """Does a message block's marks line (its last line) hold a decision token?"""
    return _TOKENS.search(text.rsplit("\n", 1)[-1]) is not None


def with_undecided_copies(
    docs: Sequence[Document], texts: Sequence[str], positive: Sequence[bool]
) -> list[int]:
    """The indices of the documents to copy: the rejections (``positive``) whose message block
    (``texts``, from features.documents_to_views) carries a decision token."""
    return [
        i
        for i, (text, yes) in enumerate(zip(texts, positive, strict=True))
        if yes and carries_decision(text) and not isinstance(docs[i], Undecided)
    ]
