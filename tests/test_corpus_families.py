"""The corpus generator's family rules (scripts/build_corpus.py): families with a generator of
their own don't depend on each other, W1's refusals say no "not" and no "unfortunately", and
boilerplate padding stays above a quoted Outlook-style message."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

from scriptmod import SCRIPTS, load_script

sys.path.insert(0, str(SCRIPTS))

build = load_script("build_corpus")

from corpus_parts import padding, w1_families  # noqa: E402
from corpus_parts.common import make_ctx  # noqa: E402


def _own_rows(plan: list) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Rows of the own-generator families only, generated with ``plan`` as PLAN_OWN_RNG."""
    saved = build.PLAN, build.PLAN_EXTRA, build.PLAN_OWN_RNG
    build.PLAN, build.PLAN_EXTRA, build.PLAN_OWN_RNG = [], [], plan
    try:
        stats = {"raw": Counter(), "dup": Counter()}
        out = build.generate(random.Random(build.SEED), set(), stats)
    finally:
        build.PLAN, build.PLAN_EXTRA, build.PLAN_OWN_RNG = saved
    by_family: dict[str, list[dict]] = {}
    for rows in out.values():
        for row in rows:
            by_family.setdefault(row["family"], []).append(row)
    return by_family


def test_a_family_with_its_own_generator_does_not_depend_on_the_others() -> None:
    plan = build.PLAN_OWN_RNG
    reordered = [
        (fname, [(build._Families(list(reversed(mods[0][0].FAMILIES))), *mods[0][1:])])
        for fname, mods in reversed(plan)
    ]
    alone = [
        (fname, [(build._Families(mods[0][0].FAMILIES[:1]), *mods[0][1:])])
        for fname, mods in plan[:1]
    ]
    full, backwards, single = _own_rows(plan), _own_rows(reordered), _own_rows(alone)
    assert full == backwards
    ((name, rows),) = single.items()
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
    for name, fn, _count, kind in w1_families.REJECTIONS:
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
