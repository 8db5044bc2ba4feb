"""`rejectwatch review`: list the uncertain messages left in place; confirm or dismiss one."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from rejectwatch.cli.support import positive, settings_from
from rejectwatch.mail.review_marks import Mark
from rejectwatch.pipeline import wiring
from rejectwatch.state import ReviewItem

if TYPE_CHECKING:  # listing the queue needs neither the scanner nor the mailbox
    from rejectwatch.pipeline.review_queue import Done


def register(sub: Any) -> None:
    p = sub.add_parser(
        "review",
        help="the review queue: uncertain messages left in the inbox; confirm or dismiss them",
        description="Messages the classifier was unsure about stay where they are, marked "
        "with a keyword (or, on Gmail, a label). Without an action: list them. `confirm ID` "
        "files one as a rejection (CRM row, reply draft, moved to the rejections folder); "
        "`dismiss ID` leaves it where it is and takes the mark off. Both are remembered as "
        "corrections for `train --from-imap`. `forget ID` only drops it from the queue (for "
        "a message you deleted).",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    actions = p.add_subparsers(dest="review_action", metavar="ACTION")
    for name, text in (
        ("confirm", "it is a rejection: file it and draft a reply"),
        ("dismiss", "it is not a rejection: leave it where it is, unmarked"),
        ("forget", "drop it from the queue, asking the server nothing (e.g. you deleted it)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("item_id", metavar="ID", type=positive, help="the id from the list")
        # Also accepted after the action; the parent's value stands when not given here.
        action.add_argument("--format", choices=["table", "json"], default=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_review)


def cmd_review(args: argparse.Namespace, out: TextIO) -> int:
    settings = settings_from(args)
    if args.review_action is None:
        store = wiring.open_store(settings, read_only=True)
        try:
            items = store.review_items(settings.account)
        finally:
            store.close()
        print_queue(items, out, as_json=args.format == "json")
        return 0
    from rejectwatch.pipeline import review_queue  # noqa: PLC0415 - not needed to list the queue

    if args.review_action == "forget":
        store = wiring.open_store(settings)
        try:
            done = review_queue.forget(store, settings.account, args.item_id)
        finally:
            store.close()
        print_done(done, out, as_json=args.format == "json")
        return 0
    settings.require_server()
    config = wiring.scan_config(settings)
    model = wiring.load_model(settings)
    store = wiring.open_store(settings)
    try:
        with wiring.open_mailbox(settings) as mailbox:
            scanner = wiring.scanner(settings, mailbox, store, model, config=config)
            act = review_queue.confirm if args.review_action == "confirm" else review_queue.dismiss
            done = act(scanner, args.item_id)
    finally:
        store.close()
    print_done(done, out, as_json=args.format == "json")
    return 0


def item_dict(item: ReviewItem) -> dict[str, Any]:
    e = item.entry
    return {
        "id": item.id,
        "message_id": e.message_id,
        "subject": item.subject,
        "sender": item.sender,
        "date": item.date,
        "score": round(e.score, 4),
        "folder": e.folder,
        "uid": e.uid,
        "uidvalidity": e.uidvalidity,
        "state": e.state,
        "mark": str(Mark.parse(item.mark)) or "queue only",
        "queued": item.created,
    }


def print_queue(items: list[ReviewItem], out: TextIO, *, as_json: bool) -> None:
    if as_json:
        out.write(json.dumps([item_dict(i) for i in items], indent=2, ensure_ascii=False) + "\n")
        return
    if not items:
        out.write("the review queue is empty\n")
        return
    rows = [
        (
            str(i.id),
            f"{i.entry.score:.2f}",
            i.date[:10],
            i.sender[:30],
            i.subject[:60],
        )
        for i in items
    ]
    header = ("ID", "SCORE", "DATE", "FROM", "SUBJECT")
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    for row in [header, *rows]:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(
        f"{len(items)} message(s) waiting, left where they were.\n"
        "`rejectwatch review confirm ID`: a rejection, file it; "
        "`rejectwatch review dismiss ID`: not one, keep it.\n"
    )


def print_done(done: Done, out: TextIO, *, as_json: bool) -> None:
    from rejectwatch.pipeline import review_queue  # noqa: PLC0415 - loaded by then

    if as_json:
        payload = {**item_dict(done.item), "action": done.action, "drafted": done.drafted}
        out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    item = done.item
    what = f"review item {item.id} ({item.subject[:60]!r} from {item.sender})"
    if done.action == review_queue.FILED:
        draft = "a reply draft saved in Drafts" if done.drafted else "no draft (no reply address)"
        out.write(f"{what}: filed as a rejection; {draft}\n")
    elif done.action == review_queue.DISMISSED_NOW:
        out.write(f"{what}: dismissed; left in {item.entry.folder}, mark removed\n")
    elif done.action == review_queue.FORGOTTEN_NOW:
        out.write(f"{what}: dropped from the queue; nothing on the server was touched\n")
    else:
        out.write(f"{what}: {done.action}; nothing to do\n")
