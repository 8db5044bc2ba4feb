"""Which training messages gain or lose a decision reading between two code trees.

    PYTHONPATH=<old>/src python scripts/decisions_gained.py --write old.jsonl
    PYTHONPATH=src python scripts/decisions_gained.py --write new.jsonl
    python scripts/decisions_gained.py --compare old.jsonl new.jsonl

``--write`` reads every message of the training files (corpus.default_data_files of data/, with
the left-out families) and writes, one a line, its id, label, the decision tokens read_cues
gives it (rejectwatch.model.negation: xreaderout, xchoseother, xrolegone, xstatusrefused), and
the answers of gate.no_job_decision and classifier.held_back. ``--compare`` prints, over the ids
both files hold, every message that gains or loses a token or changes either answer, and the
counts by label (eighteenth pass, part C: 25,906 messages, 2 rejections gain, no other does).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def write(out: Path) -> None:
    from rejectwatch.model import corpus, negation  # noqa: PLC0415 - the tree on PYTHONPATH
    from rejectwatch.model.classifier import held_back  # noqa: PLC0415
    from rejectwatch.model.features import Document, documents_to_views  # noqa: PLC0415
    from rejectwatch.model.gate import no_job_decision  # noqa: PLC0415

    decisions = {
        negation.READER_OUT,
        negation.CHOSE_OTHER,
        negation.ROLE_GONE,
        negation.STATUS_REFUSED,
    }
    with out.open("w", encoding="utf-8") as handle:
        for e in corpus.read_examples(corpus.default_data_files(DATA)):
            doc = Document(e.subject, e.body, e.sender)
            texts, cues = documents_to_views([doc])
            tokens = sorted(decisions.intersection(texts[0].rsplit("\n", 1)[-1].split()))
            row = [e.id, e.label, tokens, no_job_decision(texts[0], cues[0]), held_back(doc)]
            handle.write(json.dumps(row) + "\n")


def compare(old: Path, new: Path) -> None:
    def rows(path: Path) -> dict[str, list]:
        with path.open(encoding="utf-8") as handle:
            return {row[0]: row for row in map(json.loads, handle)}

    before, after = rows(old), rows(new)
    counts: Counter[str] = Counter()
    for key in before.keys() & after.keys():
        (_, label, was, gate_was, held_was), (_, _, now, gate_now, held_now) = (
            before[key],
            after[key],
        )
        changes = [
            (f"gain {label}", set(now) - set(was)),
            (f"lose {label}", set(was) - set(now)),
            (f"no_job_decision {label}", gate_was != gate_now),
            (f"held_back {label}", held_was != held_now),
        ]
        for name, changed in changes:
            if changed:
                counts[name] += 1
                print(name, key, was, now)
    shared = len(before.keys() & after.keys())
    print(
        f"{shared} messages in both; "
        + (", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no change")
    )


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--write":
        write(Path(argv[1]))
        return 0
    if len(argv) == 3 and argv[0] == "--compare":
        compare(Path(argv[1]), Path(argv[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
