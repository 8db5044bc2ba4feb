"""Retrain the shipped classifier from data/*.jsonl and write models/rejectwatch.{npz,card.json}.

    python scripts/retrain.py [--data DIR] [--out DIR] [--folds N] [--seed N]

Training is deterministic: the same data and seed give the same model bytes. Only the card's
``created`` field records when it ran.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from rejectwatch.errors import RejectwatchError
from rejectwatch.model import classifier

REPO = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data", help="directory of *.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "models", help="where to write")
    parser.add_argument("--folds", type=int, default=5, help="grouped CV folds (default 5)")
    parser.add_argument(
        "--seed", type=int, default=0, help="random_state; CV runs seeds N, N+1, N+2 (default 0)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    files = classifier.default_data_files(args.data)
    if not files:
        print(f"no *.jsonl training files in {args.data}", file=sys.stderr)
        return 2
    try:
        started = time.perf_counter()
        examples = classifier.training_examples(files)
        model = classifier.train(
            examples,
            random_state=args.seed,
            cv_folds=args.folds,
            data_files=files,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        trained = time.perf_counter() - started
        model_path, card_path = classifier.save(model, args.out)
    except RejectwatchError as e:
        print(f"retrain failed: {e}", file=sys.stderr)
        return e.exit_code

    card = json.loads(card_path.read_text())
    cv = card["cv"]
    print(
        f"examples     {card['examples']['total']} in {len(files)} files, "
        f"{card['examples']['families']} families, by label {card['examples']['by_label']}"
    )
    print(
        f"training     {trained:.1f} s ({len(cv['seeds'])} x {cv['folds']} grouped folds, "
        f"seeds {cv['seeds']}, + final fit)"
    )
    print(
        f"thresholds   filing {card['thresholds']['filing']:.4f}, "
        f"review {card['thresholds']['review']:.4f} ({card['thresholds']['how_chosen']})"
    )
    for name in ("at_filing", "at_review"):
        m = cv[name]
        print(
            f"cv {name:10} precision {m['precision']:.4f} recall {m['recall']:.4f} "
            f"f1 {m['f1']:.4f}  tp {m['true_positives']} fp {m['false_positives']} "
            f"fn {m['false_negatives']}"
        )
        print(f"             filed by kind {m['filed_by_kind']}")
        print(f"             false positives by kind {m['false_positives_by_kind']}")
    for run in cv["per_seed"]:
        print(
            f"cv seed {run['seed']:<3} "
            + "  ".join(
                f"{band}: precision {run[band]['precision']:.4f} "
                f"(mix {run[band]['precision_realistic_mix']:.4f}) recall {run[band]['recall']:.4f}"
                for band in ("at_filing", "at_review")
            )
        )
        for ham_id in run.get("ham_filed", []):
            print(f"             everyday mail filed out of fold: {ham_id}")
    print(f"model        {model_path} ({model_path.stat().st_size / 1e6:.2f} MB)")
    print(f"card         {card_path} (sha256 {card['sha256'][:16]}...)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
