"""Prove that source trees scan alike: first scans of the same mail, every outcome compared.

    python scripts/compare_scans.py --size 10000 --src OLD/src --src src

Seeds a throwaway Dovecot with the `scripts/bench_cli.py` mix once per tree (the same
messages), runs `python -m rejectwatch scan --json` with each tree, then compares, against
the first tree: the JSON report (every outcome: UID, action, score, company, whom to thank,
bytes fetched), every row of every table in the state database, and the messages in INBOX,
Rejections and Drafts. What differs by account or by clock is left out: the Date header and
the timestamps, UIDVALIDITY, and the account part of a draft's Message-ID. Exit status 1 on
any difference. Meant for changes that must not change behaviour (speed work).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_cli import build_mail, environment
from rejectwatch.testing.dovecot import DovecotServer

DATE_HEADER = re.compile(rb"^Date: .*\r?\n", re.MULTILINE)
DRAFT_ID = re.compile(r"rejectwatch\.[0-9a-f]{32}@")  # digest of account and message key
SKIPPED_COLUMNS = {"created", "updated", "noticed", "id", "account", "uidvalidity"}
FOLDERS = ("INBOX", "Rejections", "Drafts")


def plain(value: Any) -> Any:
    if isinstance(value, bytes):
        value = DATE_HEADER.sub(b"", value).decode("utf-8", "replace")
    return DRAFT_ID.sub("rejectwatch.X@", value) if isinstance(value, str) else value


def state(server: DovecotServer, user: str, data_dir: Path, report: str) -> dict[str, Any]:
    """Everything a scan decided and did, keyed by where it is."""
    out: dict[str, Any] = {"report": plain(report)}
    [database] = [p for p in data_dir.rglob("*") if p.suffix in (".db", ".sqlite3")]
    with sqlite3.connect(database) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(tables):
            cursor = db.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cursor.description]
            keep = [i for i, n in enumerate(names) if n not in SKIPPED_COLUMNS]
            rows = [[plain(row[i]) for i in keep] for row in cursor]
            if table == "meta":  # the last scan's time
                rows = [r for r in rows if r[0] != "last_scan"]
            out[f"table {table}"] = sorted(json.dumps(r) for r in rows)
    for folder in FOLDERS:
        out[f"folder {folder}"] = sorted(plain(m) for m in server.list_folder(user, folder))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="messages in the mailbox")
    parser.add_argument("--src", action="append", required=True, help="a tree's src (repeat)")
    args = parser.parse_args()
    srcs = [str(Path(s).resolve()) for s in args.src]
    found: list[dict[str, Any]] = []
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        mail = build_mail(args.size)
        users = [f"compare{n}" for n in range(len(srcs))]
        for user in users:
            server.append(user, "INBOX", mail)
        del mail
        for user, src in zip(users, srcs, strict=True):
            data_dir = Path(tmp) / user
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "rejectwatch", "scan", "--json"],
                env=environment(server, user, src, data_dir),
                cwd=tmp,
                capture_output=True,
                text=True,
                check=False,
            )
            print(f"{src}: exit {done.returncode}, {time.perf_counter() - started:.1f} s")
            if done.returncode:
                print(done.stderr[-2000:])
                return 1
            found.append(state(server, user, data_dir, done.stdout))
    first, differ = found[0], False
    print("report:", {k: v for k, v in json.loads(first["report"]).items() if k != "outcomes"})
    for src, other in zip(srcs[1:], found[1:], strict=True):
        for key, value in first.items():
            if other[key] == value:
                continue
            differ = True
            if key == "report":
                pairs = zip(*(json.loads(r)["outcomes"] for r in (value, other[key])), strict=False)
                print(f"DIFFERENT report in {src}:", next((p for p in pairs if p[0] != p[1]), ""))
                continue
            mine, theirs = set(value), set(other[key])
            print(f"DIFFERENT {key} in {src}: {len(value)} vs {len(other[key])} entries")
            print("  only in the first:", sorted(mine - theirs)[:2])
            print("  only in this one:", sorted(theirs - mine)[:2])
        sizes = {key: len(value) for key, value in other.items() if key != "report"}
        print(f"{src}: {'DIFFERENT' if differ else 'identical'} {sizes}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
