"""The command line, run in-process: help, config, classify's contract, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rejectwatch import cli
from rejectwatch.cli.main import build_parser
from rejectwatch.crm.records import STATUSES


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(args), stdout=out), out.getvalue()


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    assert set(helps) == set(subcommands())
    assert all(helps.values())
    for name in subcommands():
        with pytest.raises(SystemExit) as info:
            cli.main([name, "--help"])
        assert info.value.code == 0
        assert "usage: rejectwatch" in capsys.readouterr().out


def test_python_dash_m_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "scan" in done.stdout


def test_config_masks_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("REJECTWATCH_IMAP_USERNAME", "sam@example.org")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "pw-do-not-print")
    code, out = run("config")
    assert code == 0
    assert "pw-do-not-print" not in out
    assert 'imap_password = "********"' in out


def test_bad_settings_exit_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "carrier-pigeon")
    code, _ = run("config")
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("rejectwatch: REJECTWATCH_IMAP_SECURITY")


def no_mailbox(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """No server settings at all, and a fresh data folder."""
    for name in ("HOST", "USERNAME", "PASSWORD", "PASSWORD_COMMAND"):
        monkeypatch.delenv(f"REJECTWATCH_IMAP_{name}", raising=False)
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(data_dir))


def test_scan_without_server_settings_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_mailbox(monkeypatch, tmp_path)
    code, _ = run("scan")
    assert code == 2
    assert "REJECTWATCH_IMAP_HOST" in capsys.readouterr().err


def test_classify_contract(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a",
            "subject": "Your application to Brightwave",
            "body": "Thank you for your interest in the Analyst role. Unfortunately, we have "
            "decided not to move forward with your application at this time.",
            "sender": "Brightwave Careers <no-reply@brightwave.example>",
        },
        {
            "id": 2,
            "subject": "Interview invitation",
            "body": "We'd love to invite you to interview next Tuesday. Please pick a time.",
            "sender": "Jo <jo@firm.example>",
        },
        {"id": "c", "subject": "Lunch", "body": "Tacos?", "sender": "pal@example.org"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    code, out = run("classify", str(src))
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", 2, "c"]
    for r in results:
        assert set(r) == {"id", "label", "score"}
        assert r["label"] in {"rejection", "not_rejection"}
        assert 0.0 <= r["score"] <= 1.0
    assert results[0]["label"] == "rejection"
    assert results[1]["label"] == "not_rejection"
    assert results[2]["label"] == "not_rejection"


def test_classify_bad_line_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1, "subject": "x", "body": "y", "sender": ""}\n{oops\n')
    code, out = run("classify", str(src))
    assert code != 0
    assert out == ""
    assert f"{src}:2" in capsys.readouterr().err


def test_classify_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("classify", "/nonexistent/x.jsonl")
    assert code != 0
    assert "cannot read" in capsys.readouterr().err


def test_rejections_on_empty_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path / "fresh"))
    assert run("rejections") == (0, "no rejections recorded yet\n")
    code, out = run("rejections", "--format", "json")
    assert (code, json.loads(out)) == (0, [])
    assert not (tmp_path / "fresh").exists()


@pytest.fixture
def no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in [k for k in os.environ if k.startswith("REJECTWATCH_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path / "state"))
    return tmp_path


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_config_file_before_or_after_the_subcommand(no_settings: Path, before: bool) -> None:
    toml = no_settings / "rw.toml"
    toml.write_text('imap_host = "imap.example.org"\nimap_username = "sam@example.org"\n')
    argv = ["--config", str(toml), "config"] if before else ["config", "--config", str(toml)]
    code, out = run(*argv)
    assert 'imap_host = "imap.example.org"' in out
    assert f"# toml ({toml} line 1)" in out
    assert code == 2  # no password yet


def test_config_says_where_each_value_came_from_and_fails_when_incomplete(
    no_settings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = no_settings / "rw.toml"
    toml.write_text('imap_host = "imap.example.org"\n')
    (no_settings / ".env").write_text("DATABASE_URL=postgres://x\nREJECTWATCH_IMAP_USERNAME=sam\n")
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURTY", "plain")
    code, out = run("config", "--config", str(toml))
    lines = {line.split(" = ")[0]: line for line in out.splitlines()}
    assert lines["imap_host"].endswith(f"# toml ({toml} line 1)")
    assert lines["imap_username"].endswith("# .env (.env line 2)")
    assert lines["data_dir"].endswith("# environment (REJECTWATCH_DATA_DIR)")
    assert lines["batch_size"].endswith("# default")
    err = capsys.readouterr().err
    assert code == 2
    assert "missing settings: REJECTWATCH_IMAP_PASSWORD or REJECTWATCH_IMAP_PASSWORD_COMMAND" in err
    assert "REJECTWATCH_IMAP_HOST" not in err.split("missing settings:")[1]
    assert "did you mean REJECTWATCH_IMAP_SECURITY?" in err
    assert "DATABASE_URL" not in err
    # No From address: the login is not an address and no user_email is set.
    assert "REJECTWATCH_USER_EMAIL is not set" in err

    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "printf x")
    monkeypatch.setenv("REJECTWATCH_USER_EMAIL", "sam@example.org")
    code, out = run("config", "--config", str(toml))
    assert code == 0
    assert "# drafts' From: sam@example.org (REJECTWATCH_USER_EMAIL)" in out
    assert "REJECTWATCH_USER_EMAIL is not set" not in capsys.readouterr().err


@pytest.mark.parametrize("top", ["0", "-1", "x"])
def test_explain_top_must_be_a_positive_whole_number(
    top: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "--top -1" once showed every feature but the last, as a slice would.
    with pytest.raises(SystemExit) as info:
        cli.main(["explain", "--top", top, "-"])
    assert info.value.code == 2
    assert "--top" in capsys.readouterr().err


def test_rejections_help_names_every_follow_up_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["rejections", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for status in STATUSES:
        assert status in shown, status


@pytest.mark.parametrize("command", [["rejections"], ["status"], ["mark", "1", "connected"]])
def test_a_damaged_state_database_is_explained_in_one_line(
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "state.sqlite3").write_bytes(b"not a database, whatever it was " * 40)
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path))
    code, _ = run(*command)
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("rejectwatch: the state database ")
    assert str(tmp_path / "state.sqlite3") in err[0]
    assert "not a database" in err[0]


def test_status_without_a_mailbox_says_it_is_not_configured(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # It once showed the account "@:993".
    no_mailbox(monkeypatch, tmp_path)
    code, out = run("status")
    assert code == 0
    account = dict(line.split("  ", 1) for line in out.splitlines())["account"].strip()
    assert account == "not configured (REJECTWATCH_IMAP_HOST, REJECTWATCH_IMAP_USERNAME)"
