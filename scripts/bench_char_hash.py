"""The char view's hasher alone: token_hashes.hashed_char_grams over the char view of the corpus
mix, CPU time on one core (issue 11, twentieth pass, part G; docs/model.md § 7).

    python scripts/bench_char_hash.py [--n N] [--rounds R] [--baseline REF]

The char view (features.CHAR_VIEW) of ``N`` messages drawn (seed 0) from the training files:
the subject and the first HEAD_CHARS characters of the body when they hold a non-ASCII
character, else "" (features.documents_to_blocks). Each is hashed in chunks of
plain.ROW_CHUNK, as the plain scorer hashes a batch; for scale, the same messages' word
blocks (token_hashes.hashed_tokens) are timed too. ``--baseline REF`` (default ``main``) also
times the hasher of that git revision (exported to a temporary directory, as
scripts/bench_classify.py exports one) on the same texts, in alternating rounds, each in a
fresh one-core subprocess, and says whether both give the same (text, column) pairs.
``--baseline ''`` skips it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_classify import export_baseline, run_worker  # scripts/ is on the path when it runs

REPO = Path(__file__).resolve().parents[1]

# Run in a subprocess with PYTHONPATH set to one revision's src/. Prints one JSON object.
WORKER = """
import hashlib, json, os, sys, time
import numpy as np
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from rejectwatch.model.plain import ROW_CHUNK
from rejectwatch.model.token_hashes import hashed_char_grams, hashed_tokens
views = json.loads(open(sys.argv[1], encoding="utf-8").read())
chars, texts = views["chars"], views["texts"]
width = 2**18
def chunks(hashed, batch):
    return [hashed(batch[i : i + ROW_CHUNK], width) for i in range(0, len(batch), ROW_CHUNK)]
def best(hashed, batch):
    fastest = float("inf")
    for _ in range(3):
        started = time.process_time()
        chunks(hashed, batch)
        fastest = min(fastest, time.process_time() - started)
    return fastest * 1000
pairs = np.sort(np.concatenate([
    rows * width + columns + i * ROW_CHUNK * width
    for i, (rows, columns) in enumerate(chunks(hashed_char_grams, chars))
]))
print(json.dumps({
    "char_ms": best(hashed_char_grams, chars),
    "words_ms": best(hashed_tokens, texts),
    "grams": len(pairs),
    "digest": hashlib.sha256(pairs.tobytes()).hexdigest()[:16],
}))
"""


def views(n: int) -> dict[str, list[str]]:
    """The char view and the message block's text of ``n`` messages drawn from the corpus."""
    import numpy as np  # noqa: PLC0415

    from rejectwatch.model import classifier, corpus  # noqa: PLC0415
    from rejectwatch.model.features import documents_to_blocks  # noqa: PLC0415

    examples = corpus.read_examples(classifier.default_data_files(REPO / "data"))
    chosen = np.random.default_rng(0).choice(len(examples), size=min(n, len(examples)))
    docs = [classifier._document(examples[int(i)]) for i in chosen]
    texts, _, chars = documents_to_blocks(docs, char_view=True)
    return {"chars": chars, "texts": texts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="messages drawn (default 5000)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument(
        "--baseline", default="main", help="git revision to compare with ('' to skip)"
    )
    args = parser.parse_args(argv)
    drawn = views(args.n)
    chars = drawn["chars"]
    other = [text for text in chars if text]
    print(
        f"{len(chars)} messages, {len(other)} with a char view "
        f"(mean {sum(map(len, other)) / max(len(other), 1):.0f} characters); "
        f"CPU time, best of 3 per round, best of {args.rounds} rounds"
    )
    with tempfile.TemporaryDirectory(prefix="bench-char-hash-") as tmp:
        views_file = Path(tmp) / "views.json"
        views_file.write_text(json.dumps(drawn), encoding="utf-8")
        contenders = {"this tree": REPO / "src"}
        if args.baseline:
            base = export_baseline(args.baseline, Path(tmp) / "base") / "src"
            contenders = {f"baseline {args.baseline}": base, **contenders}
        best: dict[str, dict[str, Any]] = {}
        for _ in range(args.rounds):
            for label, src in contenders.items():
                got = run_worker(WORKER, src, views_file)
                kept = best.setdefault(label, got)
                for key in ("char_ms", "words_ms"):
                    kept[key] = min(kept[key], got[key])
    for label, got in best.items():
        print(
            f"  {label:20} char grams {got['char_ms']:6.1f} ms "
            f"({got['char_ms'] * 1000 / max(len(other), 1):.1f} us a message with a view; "
            f"{got['grams']:,} grams, digest {got['digest']}); "
            f"word blocks' message text {got['words_ms']:6.1f} ms"
        )
    if len(best) == 2:
        base, this = best.values()
        same = "the same" if base["digest"] == this["digest"] else "DIFFERENT"
        print(
            f"  char grams: {this['char_ms'] / base['char_ms'] - 1:+.0%} time; "
            f"(text, column) pairs {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
