"""Where a first scan's worker time goes: parsing, scoring, extraction, the confirmation check.

Seeds a throwaway local Dovecot with the `scripts/bench_cli.py` mix, fetches every message's
preview as a scan does (`ImapMailbox.fetch` with the scan's default preview), then times, in
this one process (CPU time, best of --rounds), each step a worker (`pipeline/workers.analyse`)
takes on them:

- parsing (`mail.message.parse`);
- scoring (`Model.scores`, in batches of 200 as a scan sends them);
- the facts of the messages scored into the review band or above (`crm.extract.extract`);
- the confirmation check of the rest (`crm.applications.application_received`);
- `workers.analyse` itself, which does all of these (what is left over is its own cost);

and, for the scan's own process, the FETCHes of the previews (CPU, not the server's time).

Usage: python scripts/bench_workers.py [--size 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from bench_cli import build_mail
from rejectwatch.crm.applications import application_received
from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import parse
from rejectwatch.model import classifier
from rejectwatch.model.features import Document
from rejectwatch.pipeline import workers
from rejectwatch.pipeline.scan import ScanConfig
from rejectwatch.testing.dovecot import DovecotServer

BATCH = 200


def best(step: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        step()
        times.append(time.process_time() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="messages in the mailbox")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (best is shown)")
    args = parser.parse_args()
    config = ScanConfig(account="bench")
    with DovecotServer() as server:
        server.append("bench", "INBOX", build_mail(args.size))
        with server.mailbox("bench") as box:
            box.select("INBOX", readonly=True)
            uids = box.uids_after(0)
            batches = [uids[i : i + BATCH] for i in range(0, len(uids), BATCH)]

            def fetch_all() -> list[tuple[bytes, bool]]:
                return [
                    (f.raw, f.truncated)
                    for batch in batches
                    for f in box.fetch(batch, config.max_fetch_bytes, preview=config.preview_bytes)
                ]

            items = fetch_all()
            fetch_cpu = best(fetch_all, args.rounds)
    model = classifier.load()
    mails = [parse(raw, truncated=cut) for raw, cut in items]
    docs = [Document(m.subject, m.text, m.sender_line) for m in mails]
    chunks = [docs[i : i + BATCH] for i in range(0, len(docs), BATCH)]
    scores = [s for chunk in chunks for s in model.scores(chunk)]
    bar = min(model.filing_threshold, model.review_threshold)
    acted = [m for m, s in zip(mails, scores, strict=True) if s >= bar]
    kept = [m for m, s in zip(mails, scores, strict=True) if s < bar]
    steps: dict[str, Callable[[], object]] = {
        "parse": lambda: [parse(raw, truncated=cut) for raw, cut in items],
        "score": lambda: [model.scores(chunk) for chunk in chunks],
        f"extract ({len(acted)} at or above the review band)": lambda: [extract(m) for m in acted],
        f"confirmation check ({len(kept)} left alone)": lambda: [
            application_received(m) for m in kept
        ],
        "workers.analyse (all of the above)": lambda: [
            workers.analyse(model, items[i : i + BATCH], preview=True, observe=True)
            for i in range(0, len(items), BATCH)
        ],
    }
    size_mb = sum(len(raw) for raw, _ in items) / 1e6
    print(f"{len(items)} previews, {size_mb:.1f} MB; CPU seconds, best of {args.rounds}")
    print(f"{'scan process: the FETCHes of the previews':<52} {fetch_cpu:7.3f} s")
    for label, step in steps.items():
        spent = best(step, args.rounds)
        per = spent / max(len(items), 1) * 1e3
        print(f"{'worker: ' + label:<52} {spent:7.3f} s  ({per:.3f} ms a message)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
