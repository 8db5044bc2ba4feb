"""What the guard holds back (classifier.held_back), by kind and by language, over the training
files (and the read blind slices among them), and what it leaves unheld that the model scores
at or above the decided threshold (issue 11, seventeenth pass, part D; docs/model.md § 7).

    python scripts/guard_held.py [--data DIR] [--model DIR] [--out FILE] [--compare FILE]
    python scripts/guard_held.py --time N [--rounds R]   (held_back's CPU time a message)

``--out`` keeps each message's kind, language, score and held (JSON); ``--compare`` reads a file
kept so by another tree's run (``PYTHONPATH=<other>/src python scripts/guard_held.py --out ...``)
and prints the two side by side, with the ids and families of the messages that changed. The
language is read off the script (Han, kana, Hangul, Cyrillic, Greek, Arabic), else English where
English function words make 8% of the words, else off the family name where it carries a code
("blindw19-ca-warm", "d12-lang-sv-task"), else by crm.reply_languages.language_of.
``--time N`` only times held_back over the first N rejections and the first N protected
messages (best of ``--rounds``, CPU time of this process); run it under each tree's PYTHONPATH
in turn to compare the guard's speed side by side. Prints aggregates, kinds, ids and family
names, never a message's text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rejectwatch.crm.reply_languages import language_of
from rejectwatch.model import classifier, corpus
from rejectwatch.model.features import documents_to_views

REPO = Path(__file__).resolve().parents[1]
PROTECTED = ("offer", "interview", "next_steps")
_CODE_RE = re.compile(
    r"(?:^|[-_:])(ar|bg|ca|cs|da|de|el|es|et|fi|fr|he|hi|hr|hu|id|it|ja|ko|lt|lv|ms|nl|no|pl|pt|"
    r"ro|ru|sk|sl|sr|sv|th|tl|tr|uk|vi|zh)(?=$|[-_])"
)
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru/uk", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
)


_ENGLISH = frozenset(
    ("the", "and", "you", "your", "we", "to", "of", "for", "with", "this", "that", "our", "is",
     "are", "have", "be")
)  # fmt: skip
_WORDS_RE = re.compile(r"[^\W\d_]+")


def language(example: corpus.Example) -> str:
    text = f"{example.subject}\n{example.body}"
    for name, script in _SCRIPTS:
        if len(script.findall(text)) >= 5:
            return name
    words = _WORDS_RE.findall(text.lower())
    if sum(w in _ENGLISH for w in words) >= 0.08 * max(len(words), 1):
        return "en"
    found = _CODE_RE.search(example.family.lower())
    return found.group(1) if found else language_of(text)


def measure(data: Path, model_dir: Path | None) -> dict[str, Any]:
    examples = corpus.training_examples(classifier.default_data_files(data))
    docs = [classifier._document(e) for e in examples]
    started = time.perf_counter()
    held = [classifier.held_back(d) for d in docs]
    seconds = time.perf_counter() - started
    scores: list[float | None] = [None] * len(docs)
    if model_dir is not None:
        model = classifier.load(model_dir)
        texts, sentences = documents_to_views(docs)
        scores = [float(s) for s in model.scorer.positive([texts, sentences])]
        decided = model.decided_threshold
    else:
        decided = None
    return {
        "decided": decided,
        "held_seconds": seconds,
        "rows": [
            {
                "id": e.id,
                "family": e.family,
                "kind": e.kind,
                "lang": language(e),
                "held": h,
                "score": s,
            }
            for e, h, s in zip(examples, held, scores, strict=True)
        ],
    }


def _kind_group(kind: str) -> str:
    return kind if kind in PROTECTED or kind == "rejection" else "other"


def report(now: dict[str, Any], before: dict[str, Any] | None) -> None:
    rows = now["rows"]
    old = {r["id"]: r for r in before["rows"]} if before else {}
    print(f"{len(rows)} messages; held_back {now['held_seconds']:.1f} s")
    if before:
        # (twentieth pass: a batch added since the earlier run is not compared, as in
        # decisions_gained.py --compare: only the messages both runs hold)
        added = [r for r in rows if r["id"] not in old]
        rows = [r for r in rows if r["id"] in old]
        if added:
            held = sum(r["held"] for r in added)
            print(f"{len(added)} messages not in the earlier run, not compared ({held} held)")
    head = "before -> now" if before else "now"
    print(f"\nheld, by kind ({head}):")
    totals: Counter[str] = Counter(_kind_group(r["kind"]) for r in rows)
    for kind in (*PROTECTED, "rejection", "other"):
        n = sum(r["held"] for r in rows if _kind_group(r["kind"]) == kind)
        was = (
            sum(old[r["id"]]["held"] for r in rows if _kind_group(r["kind"]) == kind)
            if before
            else 0
        )
        shown = f"{was} -> {n}" if before else f"{n}"
        print(f"  {kind:12} {shown:>14} of {totals[kind]}")
    print(f"\nprotected held, by language ({head}), and rejections held:")
    langs = sorted({r["lang"] for r in rows})
    for lang in langs:
        mine = [r for r in rows if r["lang"] == lang]
        prot = [r for r in mine if r["kind"] in PROTECTED]
        rej = [r for r in mine if r["kind"] == "rejection"]
        if not prot and not any(r["held"] for r in rej):
            continue
        n = sum(r["held"] for r in prot)
        was = sum(old[r["id"]]["held"] for r in prot) if before else 0
        rh = sum(r["held"] for r in rej)
        shown = f"{was} -> {n}" if before else f"{n}"
        print(f"  {lang:6} {shown:>14} of {len(prot):5}   rejections held {rh} of {len(rej)}")
    if before:
        print("\nchanged (id, family, kind, lang):")
        for r in rows:
            o = old.get(r["id"])
            if o is not None and o["held"] != r["held"]:
                sign = "+" if r["held"] else "-"
                print(f"  {sign} {r['id']}  {r['family']}  {r['kind']}  {r['lang']}")
    decided = now["decided"]
    if decided is not None:
        print(f"\nprotected not held, scored >= decided {decided:.4f} by the model:")
        for kind in PROTECTED:
            left = [r for r in rows if r["kind"] == kind and not r["held"]]
            high = [r for r in left if r["score"] >= decided]
            print(f"  {kind:12} {len(high)} of {len(left)} not held")
            for r in sorted(high, key=lambda r: -r["score"]):
                print(f"      {r['score']:.3f}  {r['id']}  {r['family']}  {r['lang']}")


def time_guard(data: Path, n: int, rounds: int) -> None:
    examples = corpus.training_examples(classifier.default_data_files(data))
    for name, kinds in (("rejections", ("rejection",)), ("protected", PROTECTED)):
        docs = [classifier._document(e) for e in examples if e.kind in kinds][:n]
        best = float("inf")
        for _ in range(rounds):
            started = time.process_time()
            for doc in docs:
                classifier.held_back(doc)
            best = min(best, time.process_time() - started)
        print(f"held_back, {len(docs)} {name}: {best / len(docs) * 1e6:.0f} us a message")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data", help="directory of *.jsonl")
    parser.add_argument(
        "--model", type=Path, default=REPO / "models", help="model directory (scores)"
    )
    parser.add_argument("--no-scores", action="store_true", help="held only, no model")
    parser.add_argument("--out", type=Path, help="keep each message's figures here (JSON)")
    parser.add_argument("--compare", type=Path, help="a file kept by --out, shown as before")
    parser.add_argument("--read", type=Path, help="report a file kept by --out, measure nothing")
    parser.add_argument("--time", type=int, default=0, help="only time held_back on N of each")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (best kept)")
    args = parser.parse_args(argv)
    if args.time:
        time_guard(args.data, args.time, args.rounds)
        return 0
    if args.read:
        now = json.loads(args.read.read_text(encoding="utf-8"))
    else:
        now = measure(args.data, None if args.no_scores else args.model)
    if args.out:
        args.out.write_text(json.dumps(now), encoding="utf-8")
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    if before and now["decided"] is None:
        # the scores of the earlier run serve (the model is the same file)
        scores = {r["id"]: r["score"] for r in before["rows"]}
        for r in now["rows"]:
            r["score"] = scores.get(r["id"])
        now["decided"] = before["decided"]
    report(now, before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
