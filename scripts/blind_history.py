"""Every shipped model on the blind slice it had never seen, from the git history.

    python scripts/blind_history.py [--last N] [--factors 1,0.9,0.8,0.7]

For each of the last N commits that changed ``models/rejectwatch.card.json``, the slice that was
sealed at that commit (the lowest-numbered ``data/blind/blind-slice-K.jsonl`` in its tree that
its ``corpus.READ_SLICES`` does not list) is classified by that commit's own code and model
(``python -m rejectwatch classify`` over its ``src/`` and ``models/``, exported to a temporary
directory as ``bench_classify.py --baseline`` exports them). Prints, per
commit, filed rejections / filed others / filed interview-next-step-offer mail at the card's
filing threshold and at that threshold times each factor (a message the decided gate files
stays filed), then the pooled precision and recall. Aggregates only: no message is printed.
Commits whose tree has no sealed slice are skipped, and so is an older commit whose sealed slice a
newer one already measured (a pass that retrained twice counts once, by its last model).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CARD = "models/rejectwatch.card.json"
PROTECTED = frozenset({"interview", "next_steps", "offer"})
_SLICE = re.compile(r"blind-slice(?:-(\d+))?\.jsonl")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout


def slice_number(name: str) -> int | None:
    match = _SLICE.fullmatch(name)
    return None if match is None else int(match.group(1) or 1)


def sealed_slice(commit: str) -> int | None:
    """The lowest-numbered slice in the commit's tree that its READ_SLICES does not list."""
    names = git("ls-tree", "--name-only", commit, "data/blind/").split()
    present = {n for n in (slice_number(Path(p).name) for p in names) if n is not None}
    try:
        source = git("show", f"{commit}:src/rejectwatch/model/corpus.py")
    except subprocess.CalledProcessError:
        source = ""
    read = {int(m.group(1) or 1) for m in _SLICE.finditer(source)}
    sealed = sorted(present - read)
    return sealed[0] if sealed else None


def drop_sentence_model(model_file: Path) -> bool:
    """Rewrite a plain model file without its sentence model (rejectwatch.model.sentence_gate),
    and the sha256 its card beside it vouches for; True if it had one. A file without one is
    what every commit before the gate reads, and it scores as the Pipeline alone."""
    from rejectwatch.model.plain import from_bytes, to_bytes  # noqa: PLC0415 - this tree's code

    plain = from_bytes(model_file.read_bytes())
    if plain.sentence_model is None:
        return False
    plain.sentence_model = None
    data = to_bytes(plain)
    card_file = model_file.with_name(f"{model_file.stem}.card.json")
    card = json.loads(card_file.read_text(encoding="utf-8"))
    card["sha256"] = hashlib.sha256(data).hexdigest()
    card_file.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    model_file.write_bytes(data)
    return True


def classify(
    commit: str, number: int, *, without_gate: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The slice's records and the commit's classify answers: its src/ and models/ exported
    as bench_classify exports a baseline, the slice read from the commit; ``without_gate``:
    its model file's sentence model left out (drop_sentence_model), so that its answers are
    the Pipeline's and the readings' alone."""
    from bench_classify import export_baseline  # noqa: PLC0415 - scripts/ is on the path when it runs

    name = "blind-slice.jsonl" if number == 1 else f"blind-slice-{number}.jsonl"
    blob = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{commit}:data/blind/{name}"],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        tree = export_baseline(commit, Path(tmp))
        model_file = tree / "models" / "rejectwatch.npz"
        if without_gate and model_file.exists():
            drop_sentence_model(model_file)
        path = tree / name
        path.write_bytes(blob)
        run = subprocess.run(
            [sys.executable, "-m", "rejectwatch", "classify", str(path)],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree / "src")},
            check=True,
            capture_output=True,
            text=True,
        )
    records = [json.loads(line) for line in blob.decode("utf-8").splitlines() if line]
    answers = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return records, answers


def tally(
    records: list[dict[str, Any]], answers: list[dict[str, Any]], filing: float
) -> Counter[str]:
    by_id = {answer["id"]: answer for answer in answers}
    counts: Counter[str] = Counter()
    for record in records:
        answer = by_id[record["id"]]
        filed = answer["label"] == "rejection" or answer["score"] >= filing
        rejection = record["label"] == "rejection"
        counts["rejections"] += rejection
        counts["tp"] += filed and rejection
        counts["fp"] += filed and not rejection
        counts["protected"] += filed and record.get("kind") in PROTECTED
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--last", type=int, default=20, help="how many model commits (20)")
    parser.add_argument("--factors", default="1,0.9,0.8,0.7", help="filing threshold factors")
    args = parser.parse_args(argv)
    factors = [float(f) for f in args.factors.split(",")]
    commits = git("log", f"-{args.last}", "--format=%h", "--", CARD).split()
    pooled: dict[float, Counter[str]] = {f: Counter() for f in factors}
    print("commit  slice  filing  " + "  ".join(f"x{f}: tp/fp/protected" for f in factors))
    seen: set[int] = set()
    for commit in commits:
        number = sealed_slice(commit)
        if number is None or number in seen:
            continue
        seen.add(number)
        filing = float(json.loads(git("show", f"{commit}:{CARD}"))["thresholds"]["filing"])
        records, answers = classify(commit, number)
        cells = []
        for factor in factors:
            counts = tally(records, answers, filing * factor)
            pooled[factor] += counts
            cells.append(f"{counts['tp']}/{counts['fp']}/{counts['protected']}")
        rejections = sum(r["label"] == "rejection" for r in records)
        print(f"{commit}  {number:5d}  {filing:.4f}  " + "  ".join(cells) + f"  of {rejections}")
    for factor, counts in pooled.items():
        tp, fp = counts["tp"], counts["fp"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / counts["rejections"] if counts["rejections"] else 0.0
        print(
            f"pooled x{factor}: precision {precision:.4f} recall {recall:.4f} "
            f"(tp {tp}, fp {fp}, protected {counts['protected']}, of {counts['rejections']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
