"""Pure: small text helpers the readers of a rejection share (crm.extract and its parts)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["compact", "fold", "prose_of"]


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
