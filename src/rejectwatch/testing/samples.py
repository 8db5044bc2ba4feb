"""Turn labelled JSONL records (data/*.jsonl) into RFC 822 messages, for the demo and tests."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from rejectwatch.model.corpus import read_jsonl

# How many of each kind a demo inbox gets: mostly ordinary mail, as in a real inbox.
DEMO_MIX = {
    "rejection": 8,
    "application_received": 6,
    "interview": 4,
    "next_steps": 2,
    "offer": 2,
    "recruiter_outreach": 2,
    "job_alert": 2,
    "non_job_rejection_words": 3,
    "ham": 6,
}


# Where sender-less records come from: corpus records without a sender are mostly the mail an
# applicant-tracking system sends, so the demo gives them such an address (never a placeholder
# a reply draft could be saved to). All are machine senders in senders.toml.
ATS_SENDERS = (
    "Careers <no-reply@us.greenhouse-mail.io>",
    "Recruiting <donotreply@myworkday.com>",
    "Talent Acquisition <no-reply@hire.lever.co>",
    "Hiring Team <noreply@smartrecruiters.com>",
    "Recruiting <no-reply@ashbyhq.com>",
    "Careers <noreply@candidates.workablemail.com>",
)


def automated_sender(record: Mapping[str, Any]) -> str:
    """A no-reply ATS address chosen from the record's id: the same record, the same sender."""
    key = str(record.get("id") or record.get("subject") or "")
    index = int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(ATS_SENDERS)
    return ATS_SENDERS[index]


def to_message(
    record: Mapping[str, Any], *, to: str = "alex.applicant@example.test", when: datetime
) -> bytes:
    """An RFC 822 message carrying the record's subject, body and sender."""
    # SMTPUTF8-style raw UTF-8 headers, as servers deliver mail from non-ASCII addresses.
    msg = EmailMessage(policy=SMTP.clone(utf8=True))
    sender = str(record.get("sender") or automated_sender(record)).replace("\n", " ")
    # A display name with specials in it ("Keisha @ Tidewater People <k@t.example>") must be
    # quoted, as a mail client would, or the header parses as a different address.
    name, bracket, rest = sender.rpartition("<")
    address = rest.rstrip().removesuffix(">")
    named = bracket and "@" in address and address.isascii() and rest.rstrip().endswith(">")
    msg["From"] = formataddr((name.strip().strip('"'), address)) if named else sender
    msg["To"] = to
    if record.get("subject"):
        msg["Subject"] = str(record["subject"]).replace("\n", " ")
    digest = hashlib.sha256(str(record.get("id", sender)).encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{digest}@sample.rejectwatch.test>"
    msg["Date"] = format_datetime(when)
    msg.set_content(str(record.get("body") or ""))
    return msg.as_bytes()


def read_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [record for path in paths for record in read_jsonl(path)]


def pick(
    records: list[dict[str, Any]], mix: Mapping[str, int], seed: int = 7
) -> list[dict[str, Any]]:
    """A deterministic sample with `mix[kind]` records of each kind, shuffled."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not cryptography
    chosen: list[dict[str, Any]] = []
    for kind, count in mix.items():
        pool = [r for r in records if r.get("kind") == kind]
        chosen += rng.sample(pool, min(count, len(pool)))
    rng.shuffle(chosen)
    return chosen


def messages(records: Iterable[Mapping[str, Any]], start: datetime | None = None) -> list[bytes]:
    when = start or datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    return [to_message(r, when=when + timedelta(hours=3 * i)) for i, r in enumerate(records)]
