"""Benchmark a first scan against a bare FETCH, and the cost of a poll with no new mail.

Seeds a throwaway local Dovecot with N messages (default 10,000) built from data/*.jsonl in a
realistic mix (mostly ordinary mail and job alerts, ~2% rejections), then prints:

- the time of a bare `UID FETCH <all uids> (BODY.PEEK[])` of all of them (imapclient, one
  command);
- the time of a first scan (rejectwatch's Scanner with the shipped model: fetch, parse,
  classify, and for each rejection a CRM row, a draft and a move);
- their ratio (target: scan <= 3 x bare fetch), and the bytes fetched per message;
- the median and p95 time of a poll with no new mail, at 1k and at N messages (target <= 20 ms).

Usage: python scripts/bench_scan.py [--messages 10000] [--polls 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_cli import bare_fetch  # scripts/ is on the path when a script runs
from rejectwatch import logs
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.model import classifier
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import Store
from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer

REPO = Path(__file__).resolve().parents[1]
MIX = {  # per 1,000 messages
    "ham": 700,
    "job_alert": 60,
    "recruiter_outreach": 40,
    "application_received": 80,
    "interview": 30,
    "next_steps": 20,
    "offer": 5,
    "non_job_rejection_words": 40,
    "rejection": 25,
}


def corpus_messages(count: int) -> list[bytes]:
    records = samples.read_records(sorted((REPO / "data").glob("*.jsonl")))
    by_kind: dict[str, list[dict[str, object]]] = {}
    for r in records:
        by_kind.setdefault(str(r["kind"]), []).append(r)
    chosen: list[dict[str, object]] = []
    i = 0
    while len(chosen) < count:
        for kind, per_thousand in MIX.items():
            pool = by_kind.get(kind, [])
            for _ in range(per_thousand):
                if pool and len(chosen) < count:
                    record = dict(pool[i % len(pool)])
                    record["id"] = f"bench-{len(chosen)}-{record['id']}"  # unique Message-ID
                    chosen.append(record)
                    i += 7
    return samples.messages(chosen)


def empty_polls(scanner: Scanner, polls: int) -> tuple[float, float]:
    times = []
    for _ in range(polls):
        started = time.perf_counter()
        report = scanner.scan()
        times.append(time.perf_counter() - started)
        if not report.nothing_new:
            raise RuntimeError(
                "an empty poll found work: the benchmark is not measuring what it says"
            )
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def connect(server: DovecotServer, user: str) -> ImapMailbox:
    return server.mailbox(user)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--polls", type=int, default=50)
    args = parser.parse_args()
    # Log as a real run does (JSON lines, one event per message), to a file in a temp dir.
    log_file = tempfile.NamedTemporaryFile("w", suffix=".log", delete=True)  # noqa: SIM115
    logs.configure("INFO", stream=log_file, json=True)

    model = classifier.load()
    messages = corpus_messages(args.messages)
    print(f"messages: {len(messages)}, {sum(map(len, messages)) / 1e6:.1f} MB, mix per 1000: {MIX}")
    with DovecotServer() as server, tempfile.TemporaryDirectory() as state:
        # Empty poll with 1k messages already handled.
        small = "bench-small"
        server.append(small, "INBOX", messages[:1000])
        store_small = Store(Path(state) / "small.sqlite3")
        mailbox_small = connect(server, small)
        scanner_small = Scanner(mailbox_small, model, store_small, ScanConfig(account=small))
        scanner_small.scan()
        poll_1k = empty_polls(scanner_small, args.polls)
        mailbox_small.close()

        user = "bench-large"
        started = time.perf_counter()
        server.append(user, "INBOX", messages)
        print(f"seeded {len(messages)} messages in {time.perf_counter() - started:.1f} s")

        fetch_s, sizes = bare_fetch(server, user)
        fetched_bytes = sum(sizes)
        print(
            f"bare FETCH of all {len(messages)} UIDs in one command (BODY.PEEK[]): "
            f"{fetch_s:.2f} s ({fetched_bytes / 1e6:.1f} MB)"
        )

        store = Store(Path(state) / "large.sqlite3")
        mailbox = connect(server, user)
        scanner = Scanner(mailbox, model, store, ScanConfig(account=user))
        cpu_before = os.times()
        started = time.perf_counter()
        report = scanner.scan()
        scan_s = time.perf_counter() - started
        cpu_after = os.times()
        main_cpu = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
        worker_cpu = (cpu_after.children_user - cpu_before.children_user) + (
            cpu_after.children_system - cpu_before.children_system
        )
        print(
            f"first scan: {scan_s:.2f} s for {report.examined} messages "
            f"(filed {report.count('file')}, review {report.count('review')}, "
            f"kept {report.count('keep')}, failed {report.count('failed')})"
        )
        print(f"ratio scan / bare fetch: {scan_s / fetch_s:.2f} (target <= 3)")
        fetched = sorted(o.fetched for o in report.outcomes)
        print(
            f"bytes fetched per message: mean {statistics.fmean(fetched) / 1e3:.1f} KB, "
            f"p95 {fetched[int(0.95 * (len(fetched) - 1))] / 1e3:.1f} KB (target mean <= 16 KB)"
        )
        print(
            f"scan CPU: {main_cpu:.2f} s in this process, {worker_cpu:.2f} s in worker "
            f"processes; load average before: {os.getloadavg()[0]:.2f}"
        )
        poll_10k = empty_polls(scanner, args.polls)
        mailbox.close()

    for label, (median, p95) in (("1k", poll_1k), (f"{len(messages) // 1000}k", poll_10k)):
        print(
            f"empty poll at {label}: median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms "
            f"over {args.polls} polls (target <= 20 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
