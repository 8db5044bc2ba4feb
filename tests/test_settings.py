"""Settings: sources and their precedence, validation, secrets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rejectwatch.errors import ConfigError
from rejectwatch.settings import load_settings, unknown_names


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("REJECTWATCH_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_environment_names_are_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "REJECTWATCH_IMAP_HOST": "imap.example.org",
        "REJECTWATCH_IMAP_PORT": "1993",
        "REJECTWATCH_IMAP_USERNAME": "me@example.org",
        "REJECTWATCH_IMAP_PASSWORD": "hunter2-long",
        "REJECTWATCH_IMAP_AUTH": "xoauth2",
        "REJECTWATCH_IMAP_SECURITY": "starttls",
        "REJECTWATCH_WATCH_FOLDER": "Jobs",
        "REJECTWATCH_REJECTIONS_FOLDER": "Jobs/No",
        "REJECTWATCH_DATA_DIR": "/tmp/rw-state",
        "REJECTWATCH_USER_NAME": "Sam Lee",
        "REJECTWATCH_USER_SIGNATURE": "Sam\n+1 555 0100",
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    s = load_settings()
    assert (s.imap_host, s.port, s.imap_username) == ("imap.example.org", 1993, "me@example.org")
    assert s.secret() == "hunter2-long"
    assert (s.imap_auth, s.imap_security) == ("xoauth2", "starttls")
    assert (s.watch_folder, s.rejections_folder) == ("Jobs", "Jobs/No")
    assert s.data_dir == Path("/tmp/rw-state")
    assert (s.user_name, s.user_signature) == ("Sam Lee", "Sam\n+1 555 0100")
    assert s.draft_from == "me@example.org"


def test_defaults() -> None:
    s = load_settings()
    assert s.imap_security == "ssl"
    assert s.port == 993
    assert s.watch_folder == "INBOX"
    assert s.rejections_folder == "Rejections"
    assert s.poll_interval_seconds == 300
    assert "rejectwatch" in str(s.data_dir)


def test_precedence_env_over_dotenv_over_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "rw.toml"
    toml.write_text('imap_host = "from-toml"\nwatch_folder = "TomlFolder"\nuser_name = "Toml"\n')
    (tmp_path / ".env").write_text(
        "REJECTWATCH_WATCH_FOLDER=DotenvFolder\nREJECTWATCH_USER_NAME=Dotenv\n"
    )
    monkeypatch.setenv("REJECTWATCH_USER_NAME", "Env")
    s = load_settings(toml)
    assert s.imap_host == "from-toml"
    assert s.watch_folder == "DotenvFolder"
    assert s.user_name == "Env"


def test_plain_refused_for_remote_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "plain")
    with pytest.raises(ConfigError, match="unencrypted"):
        load_settings()
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "127.0.0.1")
    assert load_settings().port == 143
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "localhost")
    assert load_settings().imap_security == "plain"


def test_explicit_opt_in_allows_remote_plaintext(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "plain")
    monkeypatch.setenv("REJECTWATCH_ALLOW_PLAINTEXT_REMOTE", "true")
    assert load_settings().imap_security == "plain"


def test_bad_values_name_the_variable_and_hide_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PORT", "not-a-port-s3cret")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "REJECTWATCH_IMAP_PORT" in str(info.value)
    assert "s3cret" not in str(info.value)


def test_unknown_security_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "tls1.0")
    with pytest.raises(ConfigError, match="REJECTWATCH_IMAP_SECURITY"):
        load_settings()


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_broken_toml_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('watch_folder = "INBOX"\nimap_host = \n')
    with pytest.raises(ConfigError) as info:
        load_settings(bad)
    assert str(bad) in str(info.value)
    assert "line 2" in str(info.value)


def test_bad_values_name_their_file_and_line(tmp_path: Path) -> None:
    toml = tmp_path / "rw.toml"
    toml.write_text('imap_host = "h"\nimap_port = "nine-nine-three"\n')
    with pytest.raises(ConfigError, match=r"^imap_port \(.*rw.toml line 2\): "):
        load_settings(toml)
    (tmp_path / ".env").write_text("# mine\nREJECTWATCH_IMAP_HOST=h\nREJECTWATCH_IMAP_PORT=abc\n")
    with pytest.raises(ConfigError, match=r"REJECTWATCH_IMAP_PORT \(\.env line 3\)"):
        load_settings()


def test_misspelt_names_are_reported_with_the_nearest_valid_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURTY", "plain")
    (tmp_path / ".env").write_text("DATABASE_URL=x\nREJECTWATCH_WACH_FOLDER=Jobs\n")
    toml = tmp_path / "rw.toml"
    toml.write_text('imap_hots = "h"\n')
    warnings = unknown_names(load_settings(toml))
    assert warnings == [
        "unknown environment variable REJECTWATCH_IMAP_SECURTY "
        "(did you mean REJECTWATCH_IMAP_SECURITY?)",
        ".env line 2: unknown setting REJECTWATCH_WACH_FOLDER "
        "(did you mean REJECTWATCH_WATCH_FOLDER?)",
        f"{toml} line 1: unknown setting 'imap_hots' (did you mean imap_host?)",
    ]
    assert not any("REJECTWATCH_REJECTWATCH" in w for w in warnings)


def test_other_programs_keys_in_dotenv_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=x\nSECRET_KEY=y\nREJECTWATCH_USER_NAME=Sam\n")
    settings = load_settings()
    assert settings.user_name == "Sam"
    assert unknown_names(settings) == []
    assert os.environ.get("REJECTWATCH_TRACE_IMAP") is None
    os.environ["REJECTWATCH_TRACE_IMAP"] = "1"  # read by logs.py, not a Settings field
    try:
        assert unknown_names(load_settings()) == []
    finally:
        del os.environ["REJECTWATCH_TRACE_IMAP"]


def test_an_empty_value_means_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PORT", "")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "printf tok-9")
    (tmp_path / ".env").write_text("REJECTWATCH_USER_EMAIL=\nREJECTWATCH_IMAP_HOST=h\n")
    settings = load_settings()
    assert settings.port == 993
    assert settings.imap_password is None
    assert settings.secret() == "tok-9"  # an empty password and a command are not "both"
    assert settings.user_email == ""
    assert settings.origin("imap_port").kind == "default"
    # The one documented exception: an empty review folder turns the review band off.
    monkeypatch.setenv("REJECTWATCH_REVIEW_FOLDER", "")
    assert load_settings().review_folder == ""


def test_origin_of_each_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "rw.toml"
    toml.write_text('\nimap_host = "from-toml"\nuser_name = "Toml"\n')
    (tmp_path / ".env").write_text("REJECTWATCH_USER_NAME=Dotenv\n")
    monkeypatch.setenv("REJECTWATCH_WATCH_FOLDER", "Jobs")
    s = load_settings(toml)
    assert str(s.origin("imap_host")) == f"toml ({toml} line 2)"
    assert str(s.origin("user_name")) == ".env (.env line 1)"
    assert str(s.origin("watch_folder")) == "environment (REJECTWATCH_WATCH_FOLDER)"
    assert str(s.origin("batch_size")) == "default"


def test_password_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "printf 'tok-123\\nignored'")
    assert load_settings().secret() == "tok-123"


def test_password_command_failure_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "exit 3")
    with pytest.raises(ConfigError, match="exit code 3"):
        load_settings().secret()


def test_password_command_error_output_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "pass-not-installed-xyz show mail")
    with pytest.raises(ConfigError) as info:
        load_settings().secret()
    message = str(info.value)
    assert "exit code 127" in message
    assert "pass-not-installed-xyz: not found" in message  # the shell's own words


def test_password_and_command_are_exclusive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "pw-abcdef")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "echo x")
    with pytest.raises(ConfigError, match="not both"):
        load_settings()


def test_masked_never_shows_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "pw-very-secret")
    masked = load_settings().masked()
    assert masked["imap_password"] == "********"
    assert "pw-very-secret" not in repr(masked)


def test_require_server_lists_what_is_missing() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings().require_server()
    message = str(info.value)
    for name in ("REJECTWATCH_IMAP_HOST", "REJECTWATCH_IMAP_USERNAME", "REJECTWATCH_IMAP_PASSWORD"):
        assert name in message
