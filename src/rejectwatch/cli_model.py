"""Commands about the classifier: train, classify."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from rejectwatch import app, classifier
from rejectwatch.cli_support import settings_from
from rejectwatch.errors import InputError


def register(sub: Any) -> None:
    p = sub.add_parser("train", help="train the classifier from labelled JSONL and save it")
    p.add_argument("--data", type=Path, help="folder of *.jsonl (default: the repo's data/)")
    p.add_argument("--out", type=Path, help="where to write the model (default: models/)")
    p.set_defaults(handler=cmd_train)

    p = sub.add_parser("classify", help="score messages from a JSONL file (- for stdin)")
    p.add_argument("file", help="one JSON object a line with id, subject, body, sender")
    p.set_defaults(handler=cmd_classify)


def cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = args.data or app.repo_root() / "data"
    out_dir = args.out or app.repo_root() / "models"
    files = classifier.default_data_files(data_dir)
    if not files:
        raise InputError(f"no *.jsonl training files in {data_dir}")
    model = classifier.train(classifier.read_examples(files), data_files=files)
    model_path, card_path = classifier.save(model, out_dir)
    cv = model.card.get("cv", {})
    print(
        f"trained on {model.card['examples']['total']} examples from {len(files)} files", file=out
    )
    print(
        f"cross-validated at the filing threshold {model.filing_threshold:.3f}: "
        f"precision {cv.get('precision', float('nan')):.3f}, "
        f"recall {cv.get('recall', float('nan')):.3f}",
        file=out,
    )
    print(f"wrote {model_path} and {card_path}", file=out)
    return 0


def cmd_classify(args: argparse.Namespace, out: TextIO) -> int:
    settings = settings_from(args)
    records = read_jsonl_input(args.file)
    model = app.load_model(settings)
    docs = [
        classifier.Document(
            str(r.get("subject") or ""), str(r.get("body") or ""), str(r.get("sender") or "")
        )
        for r in records
    ]
    scores = model.scores(docs) if docs else []
    for record, score in zip(records, scores, strict=True):
        line = {"id": record.get("id"), "label": model.label(score), "score": round(score, 6)}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def read_jsonl_input(name: str) -> list[dict[str, Any]]:
    """Every line must be a JSON object; the first bad line stops everything, with its number."""
    try:
        stream: TextIO = (
            sys.stdin if name == "-" else open(name, encoding="utf-8", errors="replace")  # noqa: SIM115
        )
    except OSError as e:
        raise InputError(f"cannot read {name}: {e.strerror}") from None
    records: list[dict[str, Any]] = []
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{name}:{number}: not valid JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{name}:{number}: expected a JSON object")
            records.append(record)
    return records
