"""Commands about the classifier: train (also --from-imap), classify (also --explain),
explain, evaluate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rejectwatch.cli import progress
from rejectwatch.cli.support import positive, settings_from
from rejectwatch.errors import InputError
from rejectwatch.model.corpus import json_objects
from rejectwatch.pipeline import wiring

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rejectwatch.mail.mailbox import Fetched, ImapMailbox
    from rejectwatch.model.classifier import Document

# The commands below import scikit-learn (through classifier, evaluate, explain, retrain) in
# their own bodies: registering them must not slow down `--help` or the CRM commands.


def register(sub: Any) -> None:
    p = sub.add_parser("train", help="train the classifier from labelled JSONL and save it")
    p.add_argument("--data", type=Path, help="folder of *.jsonl (default: the shipped data)")
    p.add_argument(
        "--out",
        type=Path,
        help="where to write the model (default: models/ in a source checkout; installed, "
        "DATA_DIR/model, which rejectwatch then uses instead of the shipped model)",
    )
    p.add_argument(
        "--from-imap",
        action="store_true",
        help="learn from your mailbox: the rejections folder, the not-a-rejection folder and "
        "messages you moved back; keeps the new model only if it is not worse",
    )
    p.set_defaults(handler=cmd_train)

    p = sub.add_parser("classify", help="score messages from a JSONL file (- for stdin)")
    p.add_argument("file", help="one JSON object a line with id, subject, body, sender")
    p.add_argument(
        "--explain", action="store_true", help="add the words that pushed each score up or down"
    )
    p.set_defaults(handler=cmd_classify)

    p = sub.add_parser("explain", help="show the words that pushed each message's score")
    p.add_argument("file", help="one JSON object a line with id, subject, body, sender")
    p.add_argument("--top", type=positive, default=8, help="features shown each way (default 8)")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.set_defaults(handler=cmd_explain)

    p = sub.add_parser(
        "evaluate", help="precision, recall and F1 (with 95%% intervals) on a labelled JSONL file"
    )
    p.add_argument("file", help="one JSON object a line with subject, body, sender, label")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.add_argument(
        "--record",
        metavar="NAME",
        help="also store the result in the model card under evaluations.NAME (measure only)",
    )
    p.add_argument(
        "--sealed",
        action="store_true",
        help="aggregates only: name no message (for a sealed blind slice, whose errors must "
        "stay unread until a pass declares it read)",
    )
    p.set_defaults(handler=cmd_evaluate)


def cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.model import classifier  # noqa: PLC0415 - scikit-learn

    if args.from_imap:
        return train_from_imap(args, out)
    data_dir = args.data or classifier.shipped_data_dir()
    if data_dir is None:
        raise InputError("no shipped training data here: pass --data DIR (labelled *.jsonl)")
    out_dir = args.out or classifier.default_train_dir(settings_from(args).user_model_dir)
    files = classifier.default_data_files(data_dir)
    if not files:
        raise InputError(f"no *.jsonl training files in {data_dir}")
    with progress.bar("train", unit="step", total=3) as shown:
        shown.stage("train: reading examples")
        examples = classifier.training_examples(files)
        shown.update(1)
        shown.stage("train: cross-validating and fitting")
        model = classifier.train(examples, data_files=files)
        shown.update(2)
        shown.stage("train: saving")
        model_path, card_path = classifier.save(model, out_dir)
        shown.update(3)
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
    from rejectwatch.model import explain  # noqa: PLC0415 - scikit-learn

    settings = settings_from(args)
    records = read_jsonl_input(args.file)
    model = wiring.load_model(settings)
    docs = _documents(records)
    scores = model.scores(docs) if docs else []
    for record, doc, score in zip(records, docs, scores, strict=True):
        line: dict[str, Any] = {
            "id": record.get("id"),
            "label": model.label(score),
            "score": round(score, 6),
        }
        if args.explain:
            found = explain.explain(model, doc).as_dict()
            line["explain"] = {k: found[k] for k in ("factors", "up", "down")}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def _documents(records: list[dict[str, Any]]) -> list[Document]:
    from rejectwatch.model import classifier  # noqa: PLC0415 - scikit-learn

    return [
        classifier.Document(
            str(r.get("subject") or ""), str(r.get("body") or ""), str(r.get("sender") or "")
        )
        for r in records
    ]


def cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.model import explain  # noqa: PLC0415 - scikit-learn

    settings = settings_from(args)
    records = read_jsonl_input(args.file)
    model = wiring.load_model(settings)
    for number, (record, doc) in enumerate(zip(records, _documents(records), strict=True), 1):
        found = explain.explain(model, doc, top=args.top)
        if args.json:
            out.write(json.dumps({"id": record.get("id"), **found.as_dict()}) + "\n")
            continue
        ident = record.get("id", f"#{number}")
        print(f"{ident}: {found.label} (score {found.score:.4f})", file=out)
        parts = ", ".join(f"{name} {p:.2f}" for name, p in found.factors.items())
        print(f"  models: {parts}", file=out)
        if found.sentence is not None:
            chance, sentence = found.sentence
            print(f"  strongest sentence ({chance:.2f}): {sentence}", file=out)
        for title, items in (("towards rejection", found.up), ("away from it", found.down)):
            shown = ", ".join(f"{c.feature!r} {c.weight:+.2f}" for c in items) or "-"
            print(f"  {title}: {shown}", file=out)
    return 0


def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.model import classifier, measure  # noqa: PLC0415 - scikit-learn

    settings = settings_from(args)
    records = read_jsonl_input(args.file)
    if not records:
        raise InputError(f"{args.file}: no records to evaluate")
    model = wiring.load_model(settings)
    result = measure.evaluate_records(model, records)
    if args.sealed:
        result = measure.without_messages(result)
    if args.json:
        out.write(json.dumps(result, indent=2, sort_keys=True) + "\n")
    else:
        measure.print_evaluation(result, out)
    if args.record:
        directory = settings.model_dir or classifier.shipped_model_dir()
        summary = {
            "file": Path(args.file).name,
            "messages": result["messages"],
            "rejections": result["rejections"],
            "at_filing": result["at_filing"],
            "at_review": result["at_review"],
            "bootstrap": result["bootstrap"],
            "note": "measured with `rejectwatch evaluate`; never used for training or thresholds",
        }
        classifier.record_evaluation(directory, args.record, summary)
        print(f"recorded as evaluations.{args.record} in {directory}", file=out)
    return 0


def train_from_imap(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.model import classifier  # noqa: PLC0415 - scikit-learn
    from rejectwatch.pipeline import retrain  # noqa: PLC0415 - scikit-learn

    settings = settings_from(args)
    settings.require_server()
    shipped_dir = args.data or classifier.shipped_data_dir()
    if shipped_dir is None:
        raise InputError(
            "the shipped training corpus (data/*.jsonl) is not installed; pass --data DIR"
        )
    current = wiring.load_model(settings)
    store = wiring.open_store(settings, read_only=True)
    try:
        corrections = store.corrections(settings.account)
    finally:
        store.close()
    with wiring.open_mailbox(settings) as mailbox, progress.bar("fetch", unit="msg") as shown:
        folders = [settings.rejections_folder, settings.not_rejection_folder]
        total = len(corrections) + sum(
            mailbox.status(f).messages for f in folders if f and mailbox.folder_exists(f)
        )
        shown.update(0, total)
        examples = retrain.gather(
            _Counted(mailbox, shown),
            rejections_folder=settings.rejections_folder,
            not_rejection_folder=settings.not_rejection_folder,
            corrections=corrections,
            max_bytes=settings.max_fetch_bytes,
        )
    user_dir = settings.data_dir / "training"
    user_files = retrain.write_user_examples(examples, user_dir)
    positives = sum(e.label == "rejection" for e in examples)
    print(
        f"gathered {len(examples)} labelled messages ({positives} rejections, "
        f"{len(examples) - positives} not) into {user_dir}",
        file=out,
    )
    with progress.bar("retrain", unit="step", total=2) as shown:
        shown.stage("retrain: fitting on the shipped corpus and yours")
        candidate, shipped, user = retrain.retrain_from_examples(
            classifier.default_data_files(shipped_dir), user_files
        )
        shown.update(1)
        weight = candidate.card["user_examples"]["weight_each"]
        print(
            f"each of your {len(user)} messages counts as {weight:g} corpus examples "
            f"({len(shipped)} in the corpus)",
            file=out,
        )
        shown.stage("retrain: comparing with the current model")
        comparison = retrain.compare(current, candidate, shipped, user)
        shown.update(2)
    for line in comparison.lines():
        print(line, file=out)
    if not comparison.candidate_not_worse:
        print("kept the current model: the new one is worse on held-out data", file=out)
        return 0
    out_dir = args.out or settings.user_model_dir
    model_path, _ = classifier.save(candidate, out_dir)
    print(f"replaced the model: wrote {model_path}", file=out)
    return 0


class _Counted:
    """The mailbox, counting fetched messages on a progress bar (train --from-imap)."""

    def __init__(self, mailbox: ImapMailbox, shown: progress.Shown) -> None:
        self._mailbox = mailbox
        self._shown = shown
        self._count = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._mailbox, name)

    def fetch(self, uids: Sequence[int], max_bytes: int, *, preview: int = 0) -> Iterator[Fetched]:
        for item in self._mailbox.fetch(uids, max_bytes, preview=preview):
            self._count += 1
            self._shown.update(self._count)
            yield item


def read_jsonl_input(name: str) -> list[dict[str, Any]]:
    """Every line must be a JSON object; the first bad line stops everything, with its number."""
    try:
        stream: TextIO = (
            sys.stdin if name == "-" else open(name, encoding="utf-8", errors="replace")  # noqa: SIM115
        )
    except OSError as e:
        raise InputError(f"cannot read {name}: {e.strerror}") from None
    with stream:
        return [record for _, record in json_objects(stream, name)]
