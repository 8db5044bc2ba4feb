"""Score rejectwatch.crm.extract on the labelled set: accuracy and precision per field.

    python scripts/eval_extraction.py [--errors] [FILE.jsonl]

Accuracy: the share of messages where the field equals the label (case and spacing aside;
"" counts when the label is "" too). Precision: of the messages where extract() said
something, the share it got right -- a wrong company in a draft is worse than none. A file may
label only some of the fields (ats_golden.jsonl, stated_facts.jsonl): only those are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import Mail, parse

FIELDS = ("company", "position", "contact_name", "contact_address", "reason")
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "extraction"
DEFAULT = FIXTURES / "labelled.jsonl"


def to_mail(record: dict[str, Any]) -> Mail:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = record["from"]
    if record.get("reply_to"):
        msg["Reply-To"] = record["reply_to"]
    msg["To"] = "applicant@example.org"
    msg["Subject"] = record["subject"]
    msg["Message-ID"] = f"<{record['id']}@labelled.test>"
    msg.set_content(record["body"])
    return parse(msg.as_bytes())


def _norm(value: str) -> str:
    return " ".join(value.casefold().split())


def evaluate(path: Path = DEFAULT) -> dict[str, Any]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    mails = [to_mail(r) for r in records]
    correct = dict.fromkeys(FIELDS, 0)
    said = dict.fromkeys(FIELDS, 0)
    said_right = dict.fromkeys(FIELDS, 0)
    scored = dict.fromkeys(FIELDS, 0)
    errors: list[str] = []
    start = time.perf_counter()
    predictions = [extract(m) for m in mails]
    elapsed = time.perf_counter() - start
    for record, facts in zip(records, predictions, strict=True):
        for field in FIELDS:
            if field not in record["expected"]:
                continue  # a file labelled for some fields only (ats_golden.jsonl)
            scored[field] += 1
            got, want = _norm(getattr(facts, field)), _norm(record["expected"][field])
            empty = got in {"", "unknown"}
            if not empty:
                said[field] += 1
            if got == want:
                correct[field] += 1
                said_right[field] += not empty
            else:
                errors.append(f"{record['id']:48s} {field:15s} got {got!r} want {want!r}")
    n = len(records)
    fields = [f for f in FIELDS if scored[f]]
    return {
        "messages": n,
        "accuracy": {f: correct[f] / scored[f] for f in fields},
        "precision": {f: (said_right[f] / said[f] if said[f] else 1.0) for f in fields},
        "coverage": {f: said[f] / scored[f] for f in fields},
        "microseconds_per_message": elapsed / n * 1e6,
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    result = evaluate(args.file)
    print(f"{result['messages']} labelled messages ({args.file.name})")
    print(f"{'field':16s} accuracy  precision  coverage")
    for field in result["accuracy"]:
        print(
            f"{field:16s} {result['accuracy'][field]:8.1%}  {result['precision'][field]:9.1%}"
            f"  {result['coverage'][field]:8.1%}"
        )
    print(f"extract(): {result['microseconds_per_message']:.0f} µs per message")
    if args.errors:
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
