"""What the job factor costs: for a model and some mail, how often the job model's log-odds is
the lowest of the three factors (rejectwatch.model.factors) on the rejections not filed, and
what filing would do if each message's job log-odds were raised to at least the median of the
filed rejections' (or ``--median``; rejections gained; other mail newly filed, by kind).

    python scripts/job_factor.py [--model DIR] [--misses IDS_FILE]... [--median Z] FILE.jsonl ...

``--misses`` files list message ids in their third tab-separated column (the errors files of
the read slices); when given, only those ids' rejections are counted as "misses" for the
lowest-factor count, but every message of the files is scored for the what-if. Prints figures
only (aggregates and kinds; no message text).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from rejectwatch.model import classifier
from rejectwatch.model.corpus import POSITIVE, read_examples
from rejectwatch.model.features import Document, documents_to_blocks
from rejectwatch.model.plain import FACTORS


def _lifted_scores(model: classifier.Model, docs: list[Document], floor: float) -> np.ndarray:
    """model.scores(docs) with every job log-odds raised to at least ``floor``."""
    plain = model.scorer.classifier
    original = plain.factor_logits

    def lifted(rows: object) -> np.ndarray:
        logits = original(rows)  # type: ignore[arg-type]
        logits[:, 1] = np.maximum(logits[:, 1], floor)
        return logits

    plain.factor_logits = lifted  # type: ignore[method-assign]
    try:
        return np.array(model.scores(docs))
    finally:
        del plain.factor_logits


def _listed_misses(paths: list[Path]) -> set[str]:
    """The ids an errors file tags MISS or MISS(review) (third tab-separated column)."""
    ids: set[str] = set()
    for path in paths:
        for line in path.read_text().splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].startswith("MISS"):
                ids.add(cols[2])
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--misses", type=Path, action="append", default=[])
    parser.add_argument("--median", type=float, default=None, help="job log-odds to lift to")
    args = parser.parse_args(argv)
    model = classifier.load(args.model) if args.model else classifier.load()
    examples = read_examples(args.files)
    docs = [Document(e.subject, e.body, e.sender) for e in examples]
    plain = model.scorer
    views = documents_to_blocks(docs, plain.hasher.char_width > 0)
    z = plain.classifier.factor_logits(plain.rows(views))
    scores = np.array(model.scores(docs))
    filing, review = model.filing_threshold, model.review_threshold
    rejection = np.array([e.label == POSITIVE for e in examples])
    kinds = [e.kind for e in examples]
    filed = scores >= filing
    median_job = float(np.median(z[rejection & filed, 1])) if args.median is None else args.median

    what_if = _lifted_scores(model, docs, median_job)
    filed_if = what_if >= filing

    miss_ids = _listed_misses(args.misses)
    missed = rejection & ~filed
    if miss_ids:
        listed = np.array([e.id in miss_ids for e in examples])
        still = int((missed & listed).sum())
        print(f"listed misses {int((rejection & listed).sum())}, still missed {still}")
    lowest = np.argmin(z, axis=1)
    p_median = 1 / (1 + np.exp(-median_job))
    print(f"median job log-odds of filed rejections {median_job:.3f} (p={p_median:.3f})")
    n_filed = int((rejection & filed).sum())
    print(f"rejections {int(rejection.sum())}, filed {n_filed}, missed {int(missed.sum())}")
    for name, mask in (("missed", missed), ("filed", rejection & filed)):
        counts = dict(Counter(FACTORS[i] for i in lowest[mask]))
        mean = z[mask].mean(axis=0) if mask.any() else np.zeros(3)
        means = ", ".join(f"{n} {m:.2f}" for n, m in zip(FACTORS, mean, strict=True))
        binding = int((mask & (z[:, 1] < z[:, 2])).sum())
        print(f"  {name:6} lowest factor {counts}; job < refusal {binding}; mean log-odds {means}")
    gained = rejection & ~filed & filed_if
    job_lowest = int((missed & (lowest == 1)).sum())
    print(
        f"job lifted to the median: rejections filed {int((rejection & filed_if).sum())} "
        f"(+{int(gained.sum())}; of the missed with job lowest "
        f"{int((gained & (lowest == 1)).sum())}/{job_lowest})"
    )
    other = ~rejection
    newly = Counter(kinds[i] for i in np.flatnonzero(other & filed_if & ~filed))
    before, after = int((other & filed).sum()), int((other & filed_if).sum())
    print(f"other mail {int(other.sum())}: filed {before} -> {after}; newly filed {dict(newly)}")
    band = other & (what_if >= review) & (scores < review)
    print(f"other mail newly at or above the review threshold {int(band.sum())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
