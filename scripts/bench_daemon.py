"""The daemon's memory (RSS after 1,000 handled messages and over an idle stretch) and its
empty poll.

Starts a throwaway local Dovecot and a real `rejectwatch run` process (IDLE on, poll every
10 s), delivers N messages (default 1,000; a realistic mix with ~25% rejections) in chunks while
it runs, waits until every one was handled, then leaves it idle for a while (IDLE plus polls),
sampling its RSS from /proc. Target: <= 200 MB and not growing. Then, the daemon stopped,
times its own poll with nothing new (the Watcher that `rejectwatch run` builds, in a fresh
process on the same account and data, after one warm-up poll): wall and CPU per poll, median
and worst. Target: <= 20 ms.

Usage: python scripts/bench_daemon.py [--messages 1000] [--chunks 10] [--idle 60] [--polls 50]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer

REPO = Path(__file__).resolve().parents[1]
MIX = {"rejection": 250, "application_received": 100, "interview": 50, "ham": 600}
LIMIT_MB = 200.0


def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def time_polls(count: int) -> None:
    """In a process of its own (settings from the environment): `count` empty polls of the
    daemon's Watcher, built as cmd_run builds it; prints their times as JSON."""
    from rejectwatch.pipeline import daemon, wiring  # noqa: PLC0415
    from rejectwatch.settings import load_settings  # noqa: PLC0415

    settings = load_settings(None)
    store = wiring.open_store(settings)
    config = wiring.scan_config(settings)
    model = wiring.model_loader(settings)
    current: list[object] = []

    def scan(mailbox: object, should_stop: object) -> object:
        if not current:
            current.append(
                wiring.scanner(  # as cmd_run builds it
                    settings,
                    mailbox,  # type: ignore[arg-type]
                    store,
                    model,
                    config=config,
                    sender_when_needed=True,
                )
            )
        return current[0].scan()  # type: ignore[attr-defined]

    watcher = daemon.Watcher(settings, store, scan=scan, connect=wiring.open_mailbox)  # type: ignore[arg-type]
    watcher.poll()  # connects; nothing new since the daemon handled everything
    times = []
    for _ in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        report = watcher.poll()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
        if report is None or not report.nothing_new:
            raise SystemExit(f"not an empty poll: {report}")
    watcher.close()
    store.close()
    print(json.dumps(times))


def report_polls(env: dict[str, str], count: int) -> bool:
    """Time `count` empty polls in a child process (time_polls) and print the figures."""
    polled = subprocess.run(
        [sys.executable, __file__, "--time-polls", str(count)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if polled.returncode:
        print(polled.stdout[-2000:], polled.stderr[-2000:])
        return False
    walls, cpus = zip(*json.loads(polled.stdout.splitlines()[-1]), strict=True)
    print(
        f"empty poll ({len(walls)} of them): wall median {statistics.median(walls) * 1e3:.1f} "
        f"ms, worst {max(walls) * 1e3:.1f} ms; CPU median {statistics.median(cpus) * 1e3:.1f} "
        f"ms (load average {os.getloadavg()[0]:.2f})"
    )
    return True


def handled(log: Path) -> int:
    return log.read_bytes().count(b'"message.handled"')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--chunks", type=int, default=10)
    parser.add_argument("--idle", type=int, default=60, help="seconds of idling to watch")
    parser.add_argument("--polls", type=int, default=50, help="empty polls to time")
    parser.add_argument("--time-polls", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.time_polls:
        time_polls(args.time_polls)
        return 0

    records = samples.read_records(sorted((REPO / "data").glob("*.jsonl")))
    scale = args.messages / sum(MIX.values())
    mix = {k: round(v * scale) for k, v in MIX.items()}
    raws = samples.messages(samples.pick(records, mix, seed=5))[: args.messages]
    with DovecotServer() as server, tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "daemon.log"
        env = {
            **os.environ,
            **server.settings_env("bench", Path(tmp) / "state"),
            "REJECTWATCH_USER_NAME": "Sam Lee",
        }
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "rejectwatch", "run", "--interval", "10"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            time.sleep(3)
            print(f"started:             RSS {rss_mb(proc.pid)[0]:6.1f} MB")
            size = max(1, len(raws) // args.chunks)
            started = time.monotonic()
            for start in range(0, len(raws), size):
                server.append("bench", "INBOX", raws[start : start + size])
                time.sleep(1.0)
            while handled(log) < len(raws):
                if proc.poll() is not None or time.monotonic() - started > 600:
                    print(log.read_text()[-3000:])
                    return 1
                time.sleep(0.5)
            took = time.monotonic() - started
            after, peak = rss_mb(proc.pid)
            print(
                f"after {len(raws):,} handled: RSS {after:6.1f} MB (peak {peak:.1f} MB), "
                f"{took:.1f} s incl. {args.chunks} s of pauses between deliveries"
            )
            samples_mb = []
            for second in range(0, args.idle + 1, 10):
                if second:
                    time.sleep(10)
                samples_mb.append(rss_mb(proc.pid)[0])
                print(f"idle {second:4d} s:          RSS {samples_mb[-1]:6.1f} MB")
            growth = samples_mb[-1] - samples_mb[0]
            peak = rss_mb(proc.pid)[1]
            ok = peak <= LIMIT_MB and growth <= 2.0
            print(
                f"idle growth {growth:+.1f} MB; peak {peak:.1f} MB; limit {LIMIT_MB:.0f} MB: "
                + ("OK" if ok else "OVER")
            )
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=20)
            print(f"SIGTERM: exit {code}")
            if not report_polls(env, args.polls):
                return 1
            return 0 if ok and code == 0 else 1
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    sys.exit(main())
