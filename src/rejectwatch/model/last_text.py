"""One answer per text, kept for the next question about the same text.

The readings ask some whole-text questions once for every sentence (or decision token) of a
message: is a colleague's start made ready anywhere in it, is it mail between colleagues, does
the letter refuse anyway. The answer is the same for each sentence, so :func:`per_text` keeps
the last text's answer and works it out again only for another text (one equal to the last,
not only the same object, counts as the same: the guard's readers each lower-case the message
afresh).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["per_text"]

T = TypeVar("T")


def per_text(answer: Callable[[str], T]) -> Callable[[str], T]:
    """``answer`` worked out once for each text asked in turn: the last text and its answer
    are held, and a question about the same text is answered from them."""
    held: list[object] = [None, None]

    def asked(text: str) -> T:
        last = held[0]
        if last is not text and last != text:
            held[1] = answer(text)
            held[0] = text
        return held[1]  # type: ignore[return-value]

    asked.__doc__ = answer.__doc__
    asked.__name__ = answer.__name__
    asked.__qualname__ = answer.__qualname__
    return asked
