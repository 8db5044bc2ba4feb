"""SIGKILL a real `rejectwatch scan` at random moments while it works; nothing is lost or doubled.

Each run is a separate `python -m rejectwatch scan` process in its own process group, killed
with SIGKILL a random moment after it has visibly started handling messages (its first
`message.handled` or `scan.resume` log event). Small batches make kills land between and
inside the plan -> draft -> move steps; more than 4 batches of work make the scan fork parse
workers, which must exit by themselves once their parent is gone. After at least 20 kills a
last run finishes the job, and the folders, drafts and CRM are compared with what the model
says about each seeded message.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from rejectwatch.mail.message import parse
from rejectwatch.model.classifier import Document
from rejectwatch.pipeline import wiring
from rejectwatch.settings import load_settings
from rejectwatch.state import DONE, IN_REVIEW, Store
from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer

REPO = Path(__file__).resolve().parents[1]
REJECTIONS = 170
OTHERS = 250
MIN_KILLS = 20
FOLDERS = ("INBOX", "Rejections", "Rejections.Review")


def seed_messages() -> list[bytes]:
    rng = random.Random(4)
    rejections = samples.read_records([REPO / "data" / "rejections.jsonl"])
    others = samples.read_records(
        [REPO / "data" / "ham-spamassassin.jsonl", REPO / "data" / "application_received.jsonl"]
    )
    chosen = rng.sample(rejections, REJECTIONS) + rng.sample(others, OTHERS)
    rng.shuffle(chosen)
    return samples.messages(chosen)


def message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=default)["Message-ID"])


def folder_ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        return [message_id(r) for r in server.list_folder(user, folder)]
    except RuntimeError:  # the folder does not exist (yet)
        return []


def process_groups_alive(groups: set[int]) -> list[str]:
    """Processes (pid and command line) still in any of these process groups."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            state, pgrp = fields[0], int(fields[2])
            if pgrp in groups and state != "Z":
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                alive.append(f"{entry.name}: {cmd}")
        except (OSError, ValueError):
            continue
    return alive


def start_scan(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "rejectwatch", "scan"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: forked workers are findable
        )


def wait_for_work(proc: subprocess.Popen[bytes], log_path: Path, timeout: float) -> bool:
    """True once the scan logs handling (not start-up); False if it exited first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log_path.read_bytes()
        if b'"message.handled"' in text or b'"scan.resume"' in text:
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    raise AssertionError(f"scan showed no progress in {timeout} s:\n{log_path.read_text()}")


def kill_then_finish(
    env: dict[str, str], tmp_path: Path, kills_wanted: int, rng: random.Random, spread: float
) -> tuple[int, int, set[int]]:
    """SIGKILL `kills_wanted` scans a random moment (up to `spread` s) after they start work,
    then let one run finish and one more find nothing: (kills, runs, process groups)."""
    kills = runs = 0
    groups: set[int] = set()
    while kills < kills_wanted:
        assert runs < 4 * kills_wanted, f"only {kills} kills landed in {runs} runs"
        log_path = tmp_path / f"scan-{runs}.log"
        proc = start_scan(env, log_path)
        groups.add(proc.pid)
        runs += 1
        if not wait_for_work(proc, log_path, timeout=60):
            pytest.fail(f"the scan finished before {kills_wanted} kills (only {kills}); seed more")
        time.sleep(rng.uniform(0, spread))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
    for final in ("final", "again"):
        log_path = tmp_path / f"scan-{final}.log"
        proc = start_scan(env, log_path)
        groups.add(proc.pid)
        assert proc.wait(timeout=120) == 0, log_path.read_text()
    return kills, runs, groups


@pytest.mark.imap
@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str], tmp_path: Path
) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find leftover worker processes")
    raws = seed_messages()
    seeded = [message_id(r) for r in raws]
    assert len(set(seeded)) == len(seeded) >= 200
    dovecot.append(imap_user, "INBOX", raws)

    # The control: what the model makes of each message, computed in this process.
    settings = load_settings()
    model = wiring.load_model(settings)
    mails = [parse(r) for r in raws]
    scores = model.scores([Document(m.subject, m.text, m.sender_line) for m in mails])
    to_file = {
        m.message_id for m, s in zip(mails, scores, strict=True) if s >= model.filing_threshold
    }
    to_review = {
        m.message_id
        for m, s in zip(mails, scores, strict=True)
        if model.review_threshold <= s < model.filing_threshold
    }
    assert len(to_file) >= 100, "the seed should hold clear rejections"

    env = {**os.environ, **imap_env, "REJECTWATCH_BATCH_SIZE": "5", "REJECTWATCH_USER_NAME": "Sam"}
    started = time.monotonic()
    kills, runs, groups = kill_then_finish(env, tmp_path, MIN_KILLS, random.Random(20), 0.04)
    elapsed = time.monotonic() - started
    print(f"{kills} SIGKILLs in {runs} runs, then finished; {elapsed:.1f} s")

    # Orphaned parse workers must notice their parent is gone and exit by themselves.
    deadline = time.monotonic() + 20
    while (left := process_groups_alive(groups)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, "processes left behind by killed scans:\n" + "\n".join(left)

    # No message lost or duplicated, in any folder.
    found = {f: folder_ids(dovecot, imap_user, f) for f in FOLDERS}
    everywhere = Counter(mid for ids in found.values() for mid in ids)
    assert everywhere == Counter(seeded)
    # Every rejection filed exactly once; the uncertain ones stay in the inbox, tagged.
    assert Counter(found["Rejections"]) == Counter(to_file)
    assert found["Rejections.Review"] == []
    tagged = {
        mid
        for mid, (_, flags) in zip(
            found["INBOX"], dovecot.folder_flags(imap_user, "INBOX"), strict=True
        )
        if b"$RejectwatchReview" in flags
    }
    assert tagged == to_review

    # Never two drafts for one message; a draft for every filed one with a reply address.
    store = Store(Path(imap_env["REJECTWATCH_DATA_DIR"]) / "state.sqlite3")
    crm = store.rejections()
    assert Counter(r["message_id"] for r in crm) == Counter(to_file)
    replyable = {r["message_id"] for r in crm if r["status"] != "no reply address"}
    drafts = [
        message_from_bytes(r, policy=default) for r in dovecot.list_folder(imap_user, "Drafts")
    ]
    in_reply_to = Counter(str(d["In-Reply-To"]) for d in drafts)
    assert max(in_reply_to.values(), default=1) == 1, in_reply_to.most_common(3)
    assert set(in_reply_to) == replyable
    assert Counter(str(d["Message-ID"]) for d in drafts).most_common(1)[0][1] == 1
    assert store.open_entries(settings.account) == []
    states = {e["message_id"]: e["state"] for e in store.db.execute("SELECT * FROM ledger")}
    assert {m for m, state in states.items() if state == IN_REVIEW} == to_review
    assert {m for m, state in states.items() if state == DONE} == to_file
    store.close()
