"""Score the whole pipeline on eval/contacts/mailboxes.jsonl, through a real Dovecot.

    python scripts/eval_contacts.py [--errors] [--only mb001,mb002] [--json]
    python scripts/eval_contacts.py --dev-eval /work/wt/dev-eval-labels.jsonl

Each labelled mailbox is seeded into a throwaway Dovecot on 127.0.0.1 (its own IMAP user:
INBOX, and Sent with the \\Sent flag; Date headers and APPEND internal dates set to "now
minus days_ago"), then `rejectwatch scan` runs through the CLI entry (in-process, with
REJECTWATCH_DRAFT_MAX_AGE_DAYS large and REJECTWATCH_FIRST_SCAN_DAYS=0), and the script reads
Drafts (To, X-Rejectwatch-Draft-For) and the CRM (`rejections --format json`). It prints the
accuracy per field: the draft goes to the right person (or no draft where none is expected),
company, position, requisition, reason, contact source; and the number of drafts addressed to
a machine (any address that is not a person's or a team inbox's in that mailbox; must be 0).
A field the CRM does not have counts as wrong. It also prints what rejectwatch.crm.extract alone
gets from each rejection (company, position, requisition, reason), filed or not.

With --dev-eval LABELS it instead scores rejectwatch.crm.extract's company and reason on the
messages of ../shared/corpus/dev-eval.jsonl that LABELS (hand-made, kept outside the project:
one JSON object a line with id, company (a name or a list of accepted spellings), reason)
names. Only the figures are printed, never
the errors: the rules are not tuned on that set.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "eval" / "contacts" / "mailboxes.jsonl"
# ../shared next to a checkout (or next to the folder of worktrees)
DEFAULT_CORPUS = next(
    (
        p / "shared" / "corpus" / "dev-eval.jsonl"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "corpus" / "dev-eval.jsonl").exists()
    ),
    ROOT.parent / "shared" / "corpus" / "dev-eval.jsonl",
)
USER_NAME, USER_EMAIL = "Alex Morgan", "alex.morgan@mailbox.example"
FIELDS = ("draft", "company", "position", "requisition", "reason", "contact_source")
EXTRACT_FIELDS = ("company", "position", "requisition", "reason")
_LEGAL_FORM_RE = re.compile(r"\b(?:inc|ltd|llc|gmbh|plc|corp|co)$")
_HUMAN_KINDS = {"scheduling", "scheduling_old", "noise_recruiter"}


# --------------------------------------------------------------------------- building mail


def _ics(calendar: dict[str, Any], now: datetime, uid: str) -> str:
    start = now - timedelta(days=float(calendar["starts_days_ago"]))
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//rejectwatch eval//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{now.strftime(stamp)}",
        f"DTSTART:{start.strftime(stamp)}",
        f"DTEND:{(start + timedelta(minutes=30)).strftime(stamp)}",
        f"SUMMARY:{calendar['summary']}",
        f"ORGANIZER;CN={calendar['organizer_name']}:mailto:{calendar['organizer']}",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f":mailto:{USER_EMAIL}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def to_bytes(message: dict[str, Any], now: datetime) -> tuple[bytes, datetime]:
    """The RFC 5322 bytes of one labelled message, and its date."""
    when = now - timedelta(days=float(message["days_ago"]))
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = message["from"]
    msg["To"] = message["to"]
    if message.get("cc"):
        msg["Cc"] = message["cc"]
    if message.get("reply_to"):
        msg["Reply-To"] = message["reply_to"]
    msg["Subject"] = message["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message["message_id"]
    if message.get("in_reply_to"):
        msg["In-Reply-To"] = message["in_reply_to"]
        msg["References"] = message["in_reply_to"]
    msg.set_content(message["body"])
    if message.get("calendar"):
        msg.add_alternative(
            _ics(message["calendar"], now, message["message_id"].strip("<>")),
            subtype="calendar",
            params={"method": "REQUEST"},
        )
    return msg.as_bytes(), when


# --------------------------------------------------------------------------- the pipeline


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _cli(argv: list[str]) -> tuple[int, str]:
    from rejectwatch.cli.main import main  # noqa: PLC0415 - after PYTHONPATH and env are set

    out = io.StringIO()
    code = main(argv, stdout=out)
    return code, out.getvalue()


def run_mailbox(server: Any, box: dict[str, Any], state: Path) -> dict[str, Any]:
    """Seed one mailbox, scan it, return its drafts and CRM rows."""
    user = f"eval-{box['mailbox']}-{os.getpid()}"
    now = datetime.now(UTC)
    with server.connect(user) as imap:
        for folder in ("INBOX", "Sent"):
            imap.create(folder)  # NO when it exists already: fine
        for message in box["messages"]:
            data, when = to_bytes(message, now)
            flags = "(\\Seen)" if message["folder"] == "Sent" else ""
            typ, detail = imap.append(message["folder"], flags, when, data)
            if typ != "OK":
                raise RuntimeError(f"APPEND failed for {message['message_id']}: {detail!r}")
    env = {
        **server.settings_env(user, state / box["mailbox"]),
        "REJECTWATCH_USER_NAME": USER_NAME,
        "REJECTWATCH_USER_EMAIL": USER_EMAIL,
        "REJECTWATCH_DRAFT_MAX_AGE_DAYS": "36500",
        "REJECTWATCH_FIRST_SCAN_DAYS": "0",
    }
    with _environment(env):
        code, scan_out = _cli(["scan", "--json"])
        rows: list[dict[str, Any]] = []
        if code == 0:
            _, crm_out = _cli(["rejections", "--format", "json"])
            with contextlib.suppress(ValueError):
                rows = json.loads(crm_out or "[]")
    drafts = []
    for raw in server.list_folder(user, "Drafts"):
        parsed = email.message_from_bytes(raw, policy=policy.default)
        to = [a for _, a in getaddresses([str(parsed.get("To", ""))]) if a]
        drafts.append(
            {"to": [a.lower() for a in to], "for": str(parsed.get("X-Rejectwatch-Draft-For", ""))}
        )
    from rejectwatch.crm.extract import extract  # noqa: PLC0415
    from rejectwatch.mail.message import parse  # noqa: PLC0415

    rejection = next(m for m in box["messages"] if m["message_id"] == box["expected"]["rejection"])
    facts = extract(parse(to_bytes(rejection, now)[0]))
    extracted = {f: str(getattr(facts, f, "<missing>")) for f in EXTRACT_FIELDS}
    confirmations = [  # the same extraction names the company on the ghosting list
        extract(parse(to_bytes(m, now)[0])).company
        for m in box["messages"]
        if m["kind"] == "confirmation"
    ]
    return {
        "scan_exit": code,
        "scan": scan_out,
        "drafts": drafts,
        "rows": rows,
        "extracted": extracted,
        "confirmations": confirmations,
    }


# --------------------------------------------------------------------------- scoring


def norm_company(value: str) -> str:
    value = re.sub(r"[^\w\s]", " ", value.casefold())
    value = " ".join(value.split())
    while _LEGAL_FORM_RE.search(value) and len(value.split()) > 1:
        value = _LEGAL_FORM_RE.sub("", value).strip()
    return value


def norm_text(value: str) -> str:
    return " ".join(value.casefold().split())


def norm_requisition(value: str) -> str:
    return re.sub(r"[\s#]", "", value.casefold())


def norm_source(value: str) -> str:
    """ "history: <id>" -> "history"; a team inbox that sent the rejection is its sender."""
    word = re.split(r"[\s:(]", value.strip().casefold(), maxsplit=1)[0] if value.strip() else ""
    if "sent" in value.casefold():
        return "sent"
    if word in {"team_inbox", "team", "reply_to", "reply-to", "from"}:
        return "sender"
    if word in {"calendar", "invitation", "organizer", "organiser"}:
        return "history"  # an invitation's organiser is found in the mailbox's history
    return word or "none"


def humans(box: dict[str, Any]) -> set[str]:
    """Addresses in the mailbox that reach a person or a team inbox: drafts may go there."""
    found = {box["expected"]["draft_to"].lower()} - {""}
    for message in box["messages"]:
        if message["kind"] in _HUMAN_KINDS:
            found |= {a.lower() for _, a in getaddresses([message["from"]])}
        if message["folder"] == "Sent":
            found |= {a.lower() for _, a in getaddresses([message["to"]])}
        if message.get("calendar"):
            found.add(message["calendar"]["organizer"].lower())
        if message["kind"] == "rejection":  # a person's or a team inbox's own address
            found |= {a.lower() for _, a in getaddresses([message["reply_to"]]) if a}
            if box["display_kind"] in {"person", "team_inbox"}:
                found |= {a.lower() for _, a in getaddresses([message["from"]])}
    return found


def score(box: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    want = box["expected"]
    mine = [d for d in result["drafts"] if d["for"] == want["rejection"]]
    row = next((r for r in result["rows"] if r.get("message_id") == want["rejection"]), None)
    got: dict[str, str] = {}
    ok: dict[str, bool] = {}
    got["draft"] = ",".join(sorted({a for d in mine for a in d["to"]}))
    if want["draft_to"]:
        ok["draft"] = len(mine) == 1 and mine[0]["to"] == [want["draft_to"].lower()]
    else:
        ok["draft"] = not mine
    checks = {
        "company": norm_company,
        "position": norm_text,
        "requisition": norm_requisition,
        "reason": norm_text,
        "contact_source": norm_source,
    }
    for field, norm in checks.items():
        if row is None or field not in row:
            got[field] = "<missing>"
            ok[field] = False
            continue
        got[field] = str(row.get(field) or "")
        ok[field] = norm(got[field]) == norm(str(want[field]))
    extract_ok = {
        f: checks[f](result["extracted"][f]) == checks[f](str(want[f])) for f in EXTRACT_FIELDS
    }
    allowed = humans(box)
    machine = sum(1 for d in result["drafts"] for a in d["to"] if a not in allowed)
    confirmed = [norm_company(c) == norm_company(want["company"]) for c in result["confirmations"]]
    return {
        "confirmations_right": (sum(confirmed), len(confirmed)),
        "ok": ok,
        "got": got,
        "filed": row is not None,
        "machine_drafts": machine,
        "extract_ok": extract_ok,
    }


def load(path: Path, only: Collection[str] = ()) -> list[dict[str, Any]]:
    """The labelled mailboxes of *path* (only those named in *only*, when given)."""
    boxes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [b for b in boxes if b["mailbox"] in only] if only else boxes


def evaluate(path: Path, only: Collection[str] = (), server: Any = None) -> dict[str, Any]:
    """Score the mailboxes of *path* (those in *only*, if given) on *server* or a new Dovecot."""
    from rejectwatch.testing.dovecot import DovecotServer, dovecot_available  # noqa: PLC0415

    boxes = load(path, only)
    with contextlib.ExitStack() as stack:
        if server is None:
            if not dovecot_available():
                raise SystemExit("dovecot is not installed (apt-get install -y dovecot-imapd)")
            server = stack.enter_context(DovecotServer())
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="rw-eval-"))
        cwd = Path.cwd()
        os.chdir(tmp)  # no stray .env or rejectwatch.toml from the caller's directory
        try:
            scored = [(box, score(box, run_mailbox(server, box, Path(tmp)))) for box in boxes]
        finally:
            os.chdir(cwd)
    return summarise(scored)


def summarise(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    n = len(scored)
    accuracy = {f: sum(s["ok"][f] for _, s in scored) / n for f in FIELDS} if n else {}
    by_scenario: dict[str, dict[str, float]] = {}
    for scenario in sorted({b["scenario"] for b, _ in scored}):
        part = [s for b, s in scored if b["scenario"] == scenario]
        by_scenario[scenario] = {"n": len(part)} | {
            f: sum(s["ok"][f] for s in part) / len(part) for f in FIELDS
        }
    with_person = [s for b, s in scored if b["expected"]["draft_to"]]
    errors = [
        f"{b['mailbox']} {b['scenario']:18s} {f:14s} got {s['got'][f]!r} want "
        f"{b['expected'][{'draft': 'draft_to'}.get(f, f)]!r}"
        for b, s in scored
        for f in FIELDS
        if not s["ok"][f]
    ]
    return {
        "rejections": n,
        "filed": sum(s["filed"] for _, s in scored),
        "accuracy": accuracy,
        "person_found": (
            sum(s["ok"]["draft"] for s in with_person) / len(with_person) if with_person else 0.0
        ),
        "drafts_to_machines": sum(s["machine_drafts"] for _, s in scored),
        "extract_accuracy": (
            {f: sum(s["extract_ok"][f] for _, s in scored) / n for f in EXTRACT_FIELDS} if n else {}
        ),
        "confirmation_company": (
            sum(s["confirmations_right"][0] for _, s in scored)
            / max(1, sum(s["confirmations_right"][1] for _, s in scored))
        ),
        "by_scenario": by_scenario,
        "sources": dict(Counter(s["got"]["contact_source"] for _, s in scored)),
        "errors": errors,
    }


# --------------------------------------------------------------------------- dev-eval


def evaluate_dev(labels_path: Path, corpus: Path) -> dict[str, Any]:
    """Company and reason accuracy of extract() on hand-labelled dev-eval messages."""
    from rejectwatch.crm.extract import extract  # noqa: PLC0415
    from rejectwatch.mail.message import parse  # noqa: PLC0415

    labels = {}
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            labels[record["id"]] = record
    texts = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] in labels:
            texts[record["id"]] = record
    correct: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for ident, label in labels.items():
        record = texts.get(ident)
        if record is None:
            continue
        msg = EmailMessage(policy=policy.SMTP)
        if record.get("sender"):
            msg["From"] = record["sender"]
        msg["To"] = USER_EMAIL
        msg["Subject"] = " ".join((record.get("subject") or "").split())
        msg["Message-ID"] = f"<dev-{len(counted)}@eval.invalid>"
        msg.set_content(record["body"])
        facts = extract(parse(msg.as_bytes()))
        group = "rejection" if record["label"] == "rejection" else "confirmation"
        for field in ("company", "reason"):
            if field not in label or (field == "reason" and group != "rejection"):
                continue
            key = f"{group}.{field}"
            counted[key] += 1
            wanted = label[field] if isinstance(label[field], list) else [label[field]]
            norm = norm_company if field == "company" else norm_text
            correct[key] += norm(getattr(facts, field)) in {norm(str(w)) for w in wanted}
    return {key: {"n": counted[key], "accuracy": correct[key] / counted[key]} for key in counted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    parser.add_argument("--only", default="", help="comma-separated mailbox ids")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--dev-eval", type=Path, metavar="LABELS", help="hand labels (JSONL)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dev-eval.jsonl")
    args = parser.parse_args(argv)
    if args.dev_eval:
        result = evaluate_dev(args.dev_eval, args.corpus)
        print(json.dumps(result, indent=2))
        return 0
    result = evaluate(args.file, {x for x in args.only.split(",") if x})
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2))
    else:
        print(f"rejections {result['rejections']}, filed {result['filed']}")
        for field, value in result["accuracy"].items():
            print(f"  {field:15s} {value:6.1%}")
        print(
            f"  {'person found':15s} {result['person_found']:6.1%} (draft right where one is due)"
        )
        print(f"  drafts addressed to a machine: {result['drafts_to_machines']}")
        cells = ", ".join(f"{f} {v:.1%}" for f, v in result["extract_accuracy"].items())
        print(f"  extract() alone on each rejection (filed or not): {cells}")
        print(f"  company on the ATS confirmations: {result['confirmation_company']:.1%}")
        print("  by scenario (n, then the fields above):")
        for scenario, figures in result["by_scenario"].items():
            cells = " ".join(f"{figures[f]:5.0%}" for f in FIELDS)
            print(f"    {scenario:20s} {int(figures['n']):3d}  {cells}")
    if args.errors:
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
