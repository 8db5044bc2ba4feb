"""The corpus generator's family rules (scripts/build_corpus.py, scripts/corpus/): families
with a generator of their own don't depend on each other, the w1 refusals that name someone
else's hire or hedge say no "not" and no "unfortunately", and boilerplate padding stays above a
quoted Outlook-style or German Outlook message."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

from scriptmod import SCRIPTS, load_script

sys.path.insert(0, str(SCRIPTS))

build = load_script("build_corpus")

from corpus.build_order import Part  # noqa: E402
from corpus.fragments import make_ctx  # noqa: E402
from corpus.padding import boilerplate as padding  # noqa: E402
from corpus.rejections import choice_of_other, hedged  # noqa: E402


def _own_rows(parts: list[Part]) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Rows of ``parts`` (own-generator families), generated as the whole build order."""
    saved = build.BUILD_ORDER
    build.BUILD_ORDER = parts
    try:
        stats = {"raw": Counter(), "dup": Counter()}
        out = build.generate(random.Random(build.SEED), set(), stats)
    finally:
        build.BUILD_ORDER = saved
    by_family: dict[str, list[dict]] = {}
    for rows in out.values():
        for row in rows:
            by_family.setdefault(row["family"], []).append(row)
    return by_family


def test_a_family_with_its_own_generator_does_not_depend_on_the_others() -> None:
    parts = [p for p in build.BUILD_ORDER if p.own_seed]
    assert parts
    backwards = [
        Part(p.file, list(reversed(p.families)), p.kind, p.prefix, own_seed=True)
        for p in reversed(parts)
    ]
    first = parts[0]
    alone = [Part(first.file, first.families[:1], first.kind, first.prefix, own_seed=True)]
    full = _own_rows(parts)
    assert full == _own_rows(backwards)
    ((name, rows),) = _own_rows(alone).items()
    assert full[name] == rows


HEDGE_AND_CHOICE = {
    "w1-thread-filled",
    "w1-thread-panel-chose",
    "w1-thread-internal-hire",
    "w1-hedge-aligned",
    "w1-hedge-another-way",
    "w1-hedge-pursue-profiles",
}
NEGATION = re.compile(r"\b(unfortunately|regret|unsuccessful|not)\b|n't\b", re.IGNORECASE)


def _above_quote(body: str) -> str:
    """``body`` without the quoted message below it (the candidate's mail and its banner)."""
    paras = body.split("\n\n")
    cut = next((i for i, p in enumerate(paras) if i > 0 and padding._QUOTED.match(p)), len(paras))
    return "\n\n".join(paras[:cut])


def test_w1_refusals_give_the_decision_without_negation() -> None:
    found = set()
    for name, fn, _count, kind in choice_of_other.FAMILIES + hedged.FAMILIES:
        if name not in HEDGE_AND_CHOICE:
            continue
        found.add(name)
        assert kind == "rejection"
        rng = random.Random(name)
        for _ in range(60):
            _subject, body, _sender = fn(rng, make_ctx(rng))
            reply = _above_quote(body)
            assert "\n" in reply
            assert not NEGATION.search(reply), (name, body)
    assert found == HEDGE_AND_CHOICE


def test_padding_stays_above_an_outlook_style_quoted_message() -> None:
    quoted = (
        "________________________________\nFrom: Ana Ruiz <ana@example.org>\n"
        "Sent: Monday, May 6, 2024 9:12 AM\nTo: Sam Lee\nSubject: Interview\n\nAny news?"
    )
    german = "Von: Ana Ruiz <ana@example.org>\nGesendet: Montag, 6. Mai 2024 09:12\n\nNeuigkeiten?"
    for tail in (quoted, german):
        body = f"Hi Ana,\n\nThe panel went with another finalist.\n\nBest,\nSam\n\n{tail}"
        for seed in range(20):
            rng = random.Random(seed)
            out = padding.pad(rng, make_ctx(rng), body, [padding.SHARED], 3)
            assert out.endswith(tail)
            assert len(out) > len(body)
