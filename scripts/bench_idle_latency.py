"""How long a new message waits before the daemon files it, on each server of the matrix.

For each server (Dovecot, Cyrus with "." and "/", Courier; the last three need the package
root `.ci/run` unpacks, Courier also root), starts a throwaway server and a real
`rejectwatch run --interval 300` process, lets it settle into IDLE, then delivers a few
rejections some seconds apart and prints the seconds from APPEND to the message being in the
Rejections folder. The 300 s interval means any figure well below it came from IDLE or the
daemon's 5 s probe (used while IDLE is unproven or measured to lag).

Usage: python scripts/bench_idle_latency.py [--messages 3] [--gap 12] [--servers dovecot,...]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes
from email.policy import default
from email.utils import make_msgid
from pathlib import Path

from rejectwatch.testing.dovecot import DovecotServer, TestServer
from rejectwatch.testing.unpacked import CourierServer, CyrusServer

SERVERS = {
    "dovecot": DovecotServer,
    "cyrus-dot": lambda: CyrusServer(unix_separator=False),
    "cyrus-slash": lambda: CyrusServer(unix_separator=True),
    "courier": CourierServer,
}


def rejection(number: int) -> tuple[str, bytes]:
    message_id = make_msgid(f"bench{number}", "fernhill.example")
    raw = (
        f"From: Maya Chen <maya.chen@fernhill.example>\r\nTo: sam@example.org\r\n"
        f"Subject: Your application to Fernhill Analytics ({number})\r\n"
        f"Message-ID: {message_id}\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Dear Sam,\r\n\r\nThank you for your interest in the Junior Data Engineer position at "
        "Fernhill Analytics. After careful consideration, we regret to inform you that we will "
        "not be moving forward with your application. We wish you every success in your job "
        "search.\r\n\r\nBest regards,\r\nMaya Chen\r\nTalent Acquisition\r\n"
    )
    return message_id, raw.encode()


def filed(server: TestServer, user: str) -> set[str]:
    try:
        raws = server.list_folder(user, server.folder("Rejections"))
    except RuntimeError:
        return set()
    return {str(message_from_bytes(r, policy=default)["Message-ID"]) for r in raws}


def measure(kind: str, messages: int, gap: float) -> list[float]:
    with SERVERS[kind]() as server, tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "daemon.log"
        env = {
            **os.environ,
            **server.settings_env("bench", Path(tmp) / "state"),
            "REJECTWATCH_USER_NAME": "Sam Lee",
            "REJECTWATCH_USER_EMAIL": "sam@example.org",
        }
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "rejectwatch", "run", "--interval", "300"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        latencies = []
        try:
            deadline = time.monotonic() + 60
            while b'"idle' not in log.read_bytes() and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(3)
            for number in range(messages):
                message_id, raw = rejection(number)
                server.append("bench", "INBOX", [raw])
                started = time.monotonic()
                while message_id not in filed(server, "bench"):
                    if time.monotonic() - started > 120:
                        raise SystemExit(f"{kind}: not filed within 120 s\n{log.read_text()}")
                    time.sleep(0.1)
                latencies.append(time.monotonic() - started)
                time.sleep(gap)
            lagging = b'"idle.lagging"' in log.read_bytes()
            prompt = b'"idle.prompt"' in log.read_bytes()
            print(f"  (daemon log: idle.lagging={lagging} idle.prompt={prompt})")
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
        return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3)
    parser.add_argument("--gap", type=float, default=12.0, help="seconds between deliveries")
    parser.add_argument("--servers", default=",".join(SERVERS))
    args = parser.parse_args()
    for kind in args.servers.split(","):
        figures = measure(kind, args.messages, args.gap)
        shown = ", ".join(f"{f:.1f}" for f in figures)
        print(f"{kind:12s} seconds from delivery to filed: {shown} (max {max(figures):.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
