"""Retrain without groups of template families, or with other sample weights, and print
aggregate figures only (issue 11, sixth pass; docs/model.md section 7).

    python scripts/ablate_families.py VARIANT [--repeats N] [--dev-eval FILE]

VARIANT is one of: base, no-w5, no-nj, no-eu, no-eu-neg, no-eu-pos, no-digest, no-notes,
cap14, cap20, nj0, nj-half. A ``no-group`` variant leaves that group of W5 families out of
training and CV; ``capK`` weighs each template family at most K messages (real mail
uncapped); ``nj0`` gives the W5 non-job declines weight 0 in every fit (they are still scored
out of fold, so they still set the thresholds); ``nj-half`` weighs every non-job decline 0.5
in every fit. Nothing is written to models/. dev-eval and the blind slices are only scored,
and only their aggregates (precision and recall at filing) are printed; blind slice 5 is
never read.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rejectwatch.model import classifier, measure
from rejectwatch.model.corpus import Example
from rejectwatch.model.features import Document

REPO = Path(__file__).resolve().parents[1]
SLICES = {
    "slice 1": "blind-slice.jsonl",
    "slice 2": "blind-slice-2.jsonl",
    "slice 3": "blind-slice-3.jsonl",
    "slice 4": "blind-slice-4.jsonl",
}
EU_REFUSALS = frozenset(
    {
        "w5-eu-agency-client-decided",
        "w5-eu-bilingual-refusal",
        "w5-eu-de-absage",
        "w5-eu-es-descarte",
        "w5-eu-fr-refus",
        "w5-eu-nl-afwijzing",
        "w5-eu-portal-status-refused",
        "w5-eu-terse-decision",
    }
)
DIGESTS = ("w5-digest", "w5-multi", "w5-board", "w5-disposition", "w5-alert")
DROPS = {
    "base": (),
    "no-w5": ("nj", "eu-pos", "eu-neg", "digest", "notes"),
    "no-nj": ("nj",),
    "no-eu": ("eu-pos", "eu-neg"),
    "no-eu-neg": ("eu-neg",),
    "no-eu-pos": ("eu-pos",),
    "no-digest": ("digest",),
    "no-notes": ("notes",),
}
Weights = Callable[[Sequence[Example]], list[float]]


def group(family: str) -> str:
    """Which W5 group a family belongs to ("old" for the families before W5)."""
    if not family.startswith("w5-"):
        return "old"
    if family.startswith("w5-nj-"):
        return "nj"
    if family.startswith("w5-eu-"):
        return "eu-pos" if family in EU_REFUSALS else "eu-neg"
    return "digest" if family.startswith(DIGESTS) else "notes"


def capped(cap: float) -> Weights:
    def weights(examples: Sequence[Example]) -> list[float]:
        sizes = Counter(e.family for e in examples)
        return [
            1.0 if e.family.startswith("ham:") else min(1.0, cap / sizes[e.family])
            for e in examples
        ]

    return weights


def no_w5_non_job(examples: Sequence[Example]) -> list[float]:
    return [0.0 if e.family.startswith("w5-nj-") else 1.0 for e in examples]


def document(record: dict[str, Any]) -> Document:
    return Document(
        str(record.get("subject") or ""),
        str(record.get("body") or ""),
        str(record.get("sender") or ""),
    )


def half_non_job(examples: Sequence[Example]) -> list[float]:
    return [0.5 if e.kind == "non_job_rejection_words" else 1.0 for e in examples]


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", choices=[*DROPS, "cap14", "cap20", "nj0", "nj-half"])
    parser.add_argument("--repeats", type=int, default=1, help="CV repetitions (shipped: 3)")
    parser.add_argument(
        "--dev-eval", type=Path, default=REPO.parent.parent / "shared/corpus/dev-eval.jsonl"
    )
    args = parser.parse_args()
    drop = DROPS.get(args.variant, ())
    weigh: Weights | None = None
    if args.variant.startswith("cap"):
        weigh = capped(float(args.variant[3:]))
    elif args.variant == "nj0":
        weigh = no_w5_non_job
    elif args.variant == "nj-half":
        weigh = half_non_job
    examples = [
        e
        for e in classifier.read_examples(classifier.default_data_files(REPO / "data"))
        if group(e.family) not in drop
    ]
    started = time.perf_counter()
    model = classifier.train(
        examples,
        cv_repeats=args.repeats,
        sample_weights=None if weigh is None else weigh(examples),
    )
    cv = model.card["cv"]["at_filing"]
    line = [
        args.variant,
        f"{len(examples)} examples",
        f"CV {cv['precision']:.3f}/{cv['recall']:.3f}",
        f"filing {model.filing_threshold:.3f}",
    ]
    sets = {"dev-eval": args.dev_eval} | {k: REPO / "data/blind" / v for k, v in SLICES.items()}
    for name, path in sets.items():
        if not path.exists():
            continue
        records = read(path)
        at = measure.evaluate_records(model, records)["at_filing"]
        line.append(f"{name} {at['precision']:.3f}/{at['recall']:.3f}")
        if name == "dev-eval":
            # recall at the shipped model's filing threshold: did the scores move, or the bar?
            scores = np.asarray(model.scores([document(r) for r in records]))
            positive = np.array([r["label"] == "rejection" for r in records])
            line.append(f"dev-eval recall at 0.961 {np.mean(scores[positive] >= 0.961):.3f}")
    line.append(f"{time.perf_counter() - started:.0f} s")
    print(" | ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
