"""Pure: small text helpers the readers of a rejection share (crm.extract and its parts)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["compact", "fold", "prose_of", "title_cased"]


def compact(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).casefold()


def fold(value: str) -> str:
    """Lower case without accents: "Chloé" ~ "chloe"."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def prose_of(text: str) -> str:
    """Body text with line breaks inside paragraphs joined, for phrase matching."""
    return re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text[:6000].replace("\r", ""))


# Words a title joins its capitalised words with: "Head of Sales", "Minister for Health",
# "Chargé de Mission", "Leiter für Vertrieb", "R&D / QA Lead".
_JOINING = frozenset({"of", "and", "in", "for", "&", "-", "\u2013", "/", "de", "du", "des", "la"})
_JOINING |= {"le", "y", "en", "van", "voor", "und", "für"}


def title_cased(value: str) -> bool:
    """*value* is written as a title: at most six words, each a joining word or with a capital
    in its first two letters ("Data Analyst", "iOS Developer", "(Remote)") or in brackets
    ("(contract)"), the last no joining word ("Head of"), the first with no digit ("2nd Line")."""
    words = value.split()
    return (
        0 < len(words) <= 6
        and all(
            w.lower() in _JOINING or w[0] == "(" or any(ch.isupper() for ch in w[:2]) for w in words
        )
        and words[-1].lower() not in _JOINING
        and not any(ch.isdigit() for ch in words[0])
    )
