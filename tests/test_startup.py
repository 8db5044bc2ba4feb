"""Commands that never classify import no machine-learning library and load no model.

Each command runs in a fresh interpreter (as a user types it); a small runner calls the CLI
and then reports which of the heavy modules ended up in sys.modules. Speed itself is
measured by scripts/bench_cli.py, not asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch.crm import records
from rejectwatch.state import PLANNED, LedgerEntry, RejectionRecord, Store
from rejectwatch.testing.dovecot import DovecotServer

HEAVY = ("sklearn", "scipy", "numpy", "joblib", "tqdm")
RUNNER = """
import json, sys
from rejectwatch import cli
try:
    code = cli.main(sys.argv[2:])
except SystemExit as e:  # argparse's --help
    code = e.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1].split(",")))
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def run(args: list[str], env: dict[str, str], cwd: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, ",".join(HEAVY), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    result: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    return result


def base_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path])
    env["REJECTWATCH_DATA_DIR"] = str(tmp_path / "state")
    return env


def test_the_runner_sees_a_heavy_import(tmp_path: Path) -> None:
    """The check can fail: `classify` does load the model, and the runner reports it (numpy:
    the model scores without scikit-learn, rejectwatch.model.plain)."""
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "1", "subject": "Your application", "body": "No.", "sender": ""}\n')
    result = run(["classify", str(data)], base_env(tmp_path), tmp_path)
    assert result["code"] == 0
    assert result["heavy"] == ["numpy"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--help"], 0),
        (["scan", "--help"], 0),
        (["config"], 2),  # no host, login or password set: answered, and says so
        (["rejections"], 0),
        (["rejections", "--format", "json"], 0),
        (["ghosted"], 0),
        (["mark", "<r1@test>", "connected"], 0),
        (["status"], 0),
        (["health"], 1),  # no daemon heartbeat: unhealthy, but answered
        (["report", "--out", "{tmp}/r.html"], 0),
        (["export", "--vcard", "{tmp}/c.vcf"], 0),
        (["review"], 0),
        (["review", "--format", "json"], 0),
        (["review", "forget", "99"], 8),  # no such review item
    ],
)
def test_commands_that_do_not_classify_import_no_ml(
    tmp_path: Path, args: list[str], code: int
) -> None:
    env = base_env(tmp_path)
    seed_one_rejection(tmp_path)
    result = run([a.replace("{tmp}", str(tmp_path)) for a in args], env, tmp_path)
    assert result == {"code": code, "heavy": []}


def seed_one_rejection(tmp_path: Path) -> None:
    """One CRM row, planned the way a scan plans it, for `mark`, `report` and `export`."""
    store = Store(tmp_path / "state" / "state.sqlite3")
    entry = LedgerEntry(
        account="acct",
        message_key="<r1@test>",
        message_id="<r1@test>",
        folder="INBOX",
        uidvalidity=1,
        uid=1,
        score=0.97,
        action="file",
        state=PLANNED,
        target_folder="Rejections",
        draft_message_id="",
    )
    record = RejectionRecord(
        message_key="<r1@test>",
        message_id="<r1@test>",
        received="2026-11-01T09:00:00+00:00",
        contact_name="Priya Shah",
        contact_address="priya@acme.example",
        company="Acme",
        position="Analyst",
        reason="",
        subject="Your application",
        score=0.97,
        draft_message_id="",
        status=records.NO_REPLY_ADDRESS,
    )
    store.plan(entry, record)
    store.close()


@pytest.mark.imap
def test_a_second_scan_with_nothing_new_loads_no_model(
    dovecot: DovecotServer, imap_env: dict[str, str], imap_user: str, tmp_path: Path
) -> None:
    dovecot.append(
        imap_user,
        "INBOX",
        [make_message("Lunch on Friday?", "Shall we?", "pat@example.net", message_id="<l@t>")],
    )
    env = {**base_env(tmp_path), **imap_env}
    first = run(["scan"], env, tmp_path)
    # the model scores with numpy alone (rejectwatch.model.plain)
    assert first == {"code": 0, "heavy": ["numpy"]}
    second = run(["scan"], env, tmp_path)
    assert second == {"code": 0, "heavy": []}
    dovecot.append(
        imap_user,
        "INBOX",
        [make_message("Dinner?", "Shall we?", "pat@example.net", message_id="<d@t>")],
    )
    third = run(["scan"], env, tmp_path)  # new mail: the model is loaded again
    assert third == {"code": 0, "heavy": ["numpy"]}
