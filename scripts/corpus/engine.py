"""Tiny template engine used by all families.

Template syntax (applied before ``str.format_map``):

* ``[[a|b|c]]``  choose one alternative uniformly;
* ``[[?text]]``  include ``text`` half of the time;
* ``{key}``      a value from the context (candidate name, company, role, ...).

Alternatives may nest; the innermost bracket is expanded first.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

_ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


class Ctx(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        raise KeyError(f"template uses unknown key {{{key}}}")


def expand(rng: random.Random, text: str) -> str:
    while True:
        m = _ALT.search(text)
        if m is None:
            return text
        inner = m.group(1)
        if inner.startswith("?"):
            rep = inner[1:] if rng.random() < 0.5 else ""
        else:
            rep = rng.choice(inner.split("|"))
        text = text[: m.start()] + rep + text[m.end() :]


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"(?<=\S)[ ]{2,}(?=\S)", " ", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")


class R:
    """Renderer bound to one random generator and one context."""

    def __init__(self, rng: random.Random, ctx: Ctx) -> None:
        self.rng = rng
        self.c = ctx

    def __call__(self, tpl: str | Sequence[str] | None) -> str:
        if tpl is None:
            return ""
        if not isinstance(tpl, str):
            tpl = self.rng.choice(list(tpl))
        return expand(self.rng, tpl).format_map(self.c)

    def maybe(self, p: float, tpl: str | Sequence[str]) -> str:
        return self(tpl) if self.rng.random() < p else ""

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(list(seq))

    def body(self, *parts: str) -> str:
        """Join already rendered paragraphs with blank lines, skipping empty ones."""
        return tidy("\n\n".join(p.strip("\n") for p in parts if p and p.strip()))

    def shuffled(self, items: list[str], keep_first: int = 0) -> list[str]:
        head, tail = items[:keep_first], items[keep_first:]
        self.rng.shuffle(tail)
        return head + tail


Family = Callable[[random.Random, Ctx], tuple[str, str, str]]
