"""The sentence gate held out on the blind slices of the git history (issue 11, thirty-second pass).

    PYTHONPATH=src python scripts/sentence_gate_history.py [--last N] [--mins 0.8,0.85,0.9,0.95]
        [--floors 0,0.2]

For each model commit blind_history.py measures (the slice sealed at that commit, classified by
that commit's own code and model), a sentence model (rejectwatch.model.sentence_gate, this
tree's code) is trained on this tree's training files without that slice or any later one, and
each message of the slice that the old model left in its review band, and that this tree's
guard (classifier.held_back) does not hold, is counted as filed when its strongest sentence
scores at least each GATE_MIN tried. A model shipped with a sentence model of its own (from
the thirty-second pass) classifies its slice without it, so "without the gate" is the
Pipeline's and the readings' alone. Prints, per slice and pooled, the rejections filed and the
other mail filed (protected: interview, next steps, offer) without and with the gate, and the
rejections of each slice's mix and wide halves. Aggregates only: no message is printed.

What it cannot show: the training files of this tree include batches written after some of
the slices were read (never the slice's own text: every batch is checked for shared 6-word
shingles with the slices), and the guard is this tree's, stronger than the old ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import blind_history  # scripts/ is on the path when it runs
from rejectwatch.model import corpus
from rejectwatch.model.classifier import _document, held_back
from rejectwatch.model.features import Document
from rejectwatch.model.sentence_gate import fit_sentence_model

REPO = Path(__file__).resolve().parents[1]


def _trained_without(first: int) -> list[corpus.Example]:
    files = corpus.default_data_files(REPO / "data")
    kept = [p for p in files if (n := blind_history.slice_number(p.name)) is None or n < first]
    return corpus.training_examples(kept)


def _parse(argv: list[str] | None) -> tuple[argparse.Namespace, list[tuple[float, float]]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--last", type=int, default=20, help="how many model commits (20)")
    parser.add_argument("--mins", default="0.8,0.85,0.9,0.95", help="GATE_MIN values to try")
    parser.add_argument(
        "--floors",
        default="0",
        help="gate floors to try, as fractions of the old card's band [review, filing) "
        "(0: the whole band; thirty-fourth pass)",
    )
    args = parser.parse_args(argv)
    cells_tried = [
        (float(m), float(f)) for m in args.mins.split(",") for f in args.floors.split(",")
    ]
    return args, cells_tried


def main(argv: list[str] | None = None) -> int:
    args, cells_tried = _parse(argv)
    mins = [f"{m}" if f == 0 else f"{m} from {f}" for m, f in cells_tried]
    commits = blind_history.git("log", f"-{args.last}", "--format=%h", "--", blind_history.CARD)
    pooled: Counter[str] = Counter()
    seen: set[int] = set()
    print("slice  rejections  filed  +gate at " + " / ".join(map(str, mins)) + "  (others filed)")
    for commit in commits.split():
        number = blind_history.sealed_slice(commit)
        if number is None or number in seen:
            continue
        seen.add(number)
        card = json.loads(blind_history.git("show", f"{commit}:{blind_history.CARD}"))
        review = float(card["thresholds"]["review"])
        filing = float(card["thresholds"]["filing"])
        records, answers = blind_history.classify(commit, number, without_gate=True)
        examples = _trained_without(number)
        weights = corpus.example_weights(examples)
        gate = fit_sentence_model(
            [_document(e) for e in examples], [e.label == "rejection" for e in examples], weights
        )
        by_id = {a["id"]: a for a in answers}
        counts: Counter[str] = Counter()
        for record in records:
            answer = by_id[record["id"]]
            rejection = record["label"] == "rejection"
            half = "mix" if "-mix-" in record.get("family", "") else "wide"
            filed = answer["label"] == "rejection"
            counts["rejections"] += rejection
            counts[f"rejections {half}"] += rejection
            counts["tp"] += filed and rejection
            counts[f"tp {half}"] += filed and rejection
            counts["fp"] += filed and not rejection
            counts["protected"] += filed and record.get("kind") in blind_history.PROTECTED
            doc = Document(record["subject"], record["body"], record.get("sender", ""))
            if filed or answer["score"] < review or held_back(doc):
                continue
            strongest = gate.strongest(doc)[0]
            for m, (least, fraction) in zip(mins, cells_tried, strict=True):
                floor = review + fraction * (filing - review)
                if strongest >= least and answer["score"] >= floor:
                    counts[f"tp@{m}"] += rejection
                    counts[f"tp {half}@{m}"] += rejection
                    counts[f"fp@{m}"] += not rejection
                    counts[f"protected@{m}"] += record.get("kind") in blind_history.PROTECTED
        pooled += counts
        cells = " / ".join(f"+{counts[f'tp@{m}']} ({counts[f'fp@{m}']})" for m in mins)
        print(
            f"{number:5d}  {counts['rejections']:10d}  {counts['tp']:5d} ({counts['fp']})  {cells}",
            flush=True,
        )
    tp, fp, n = pooled["tp"], pooled["fp"], pooled["rejections"]
    print(
        f"pooled without the gate: P {tp / max(tp + fp, 1):.4f} R {tp / max(n, 1):.4f} "
        f"(tp {tp}, fp {fp}, protected {pooled['protected']}, of {n})"
    )
    for m in mins:
        tp_m, fp_m = tp + pooled[f"tp@{m}"], fp + pooled[f"fp@{m}"]
        halves = ", ".join(
            f"{h} {pooled[f'tp {h}'] + pooled[f'tp {h}@{m}']}/{pooled[f'rejections {h}']}"
            for h in ("mix", "wide")
        )
        print(
            f"pooled with GATE_MIN {m}: P {tp_m / max(tp_m + fp_m, 1):.4f} "
            f"R {tp_m / max(n, 1):.4f} "
            f"(tp {tp_m}, fp {fp_m}, protected {pooled['protected'] + pooled[f'protected@{m}']}; "
            f"{halves})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
