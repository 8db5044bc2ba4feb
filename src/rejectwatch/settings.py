"""Settings from the environment, a `.env` file and an optional TOML file.

Read once, in the CLI, and passed down. Environment names are a contract:
`REJECTWATCH_` followed by the field name in upper case. An empty value means "not set"
(except review_folder and review_keyword, where empty turns the review band off / sets no
keyword). Keys in `.env` without the prefix belong to other programs and are ignored; a
`REJECTWATCH_*` name no setting has is reported with the nearest valid name (see
settings_sources).
"""

from __future__ import annotations

import ipaddress
import shlex
import subprocess
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field, PrivateAttr, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from rejectwatch.errors import ConfigError
from rejectwatch.settings_sources import Origin, Sources, read_sources, read_toml

SECRET_FIELDS = frozenset({"imap_password"})
# Empty is a value here: it turns the review band off / sets no review keyword.
KEEP_EMPTY = frozenset({"review_folder", "review_keyword"})
PASSWORD_COMMAND_TIMEOUT = 60
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "plain": 143}


def is_loopback(host: str) -> bool:
    """True for localhost and addresses in 127.0.0.0/8 or ::1."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Settings(BaseSettings):
    """Everything rejectwatch can be told. Field names map to REJECTWATCH_<NAME>."""

    model_config = SettingsConfigDict(
        env_prefix="REJECTWATCH_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",  # unknown REJECTWATCH_* names are reported by settings_sources
        validate_default=True,
    )

    imap_host: str = Field("", description="IMAP server host name, e.g. imap.gmail.com")
    imap_port: int | None = Field(
        None, ge=1, le=65535, description="default: 993 for ssl, else 143"
    )
    imap_username: str = Field("", description="login name, usually the e-mail address")
    imap_password: SecretStr | None = Field(None, description="password or app password")
    imap_password_command: str = Field(
        "", description="command whose output is the password or OAuth2 access token"
    )
    imap_auth: Literal["password", "xoauth2"] = "password"
    imap_security: Literal["ssl", "starttls", "plain"] = "ssl"
    allow_plaintext_remote: bool = Field(
        False, description="permit security=plain to a host that is not loopback (unsafe)"
    )
    imap_timeout_seconds: float = Field(
        10.0, gt=0, description="give up connecting (or waiting for the greeting) after this"
    )

    watch_folder: str = "INBOX"
    rejections_folder: str = "Rejections"
    review_folder: str = Field(
        "Rejections/Review",
        description="uncertain scores stay in the inbox (never moved): on Gmail this label is "
        "added; empty turns the review band off",
    )
    review_keyword: str = Field(
        "$RejectwatchReview",
        pattern=r"^[A-Za-z0-9$_.+\-]{0,64}$",
        description="IMAP keyword (a tag in Thunderbird) set on uncertain messages where the "
        "server allows one; empty: none",
    )
    drafts_folder: str = Field("", description="override; default: the \\Drafts special-use folder")
    sent_folder: str = Field("", description="override; default: the \\Sent special-use folder")
    not_rejection_folder: str = Field(
        "Not a rejection",
        description="move a wrongly filed message here to teach `train --from-imap`",
    )

    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("rejectwatch")),
        description="where the state database lives",
    )
    model_dir: Path | None = Field(None, description="default: the model shipped with rejectwatch")

    user_name: str = Field("", description="your name, for signing drafts")
    user_email: str = Field("", description="From address of drafts; default: imap_username")
    user_signature: str = Field("", description="signature block for drafts; default: your name")
    reply_template: Path | None = Field(
        None, description="your own reply template (Jinja2 .j2 or string.Template .txt)"
    )
    draft_max_age_days: int = Field(
        14, ge=0, description="no reply draft for a rejection older than this when scanned"
    )
    memory_max_age_days: int = Field(
        730,
        ge=0,
        description="the correction memory forgets what you said (review, train --from-imap) "
        "longer ago than this (0: never)",
    )
    ghosted_after_days: int = Field(
        21, ge=1, description="silence after which an application counts as ghosted"
    )

    poll_interval_seconds: int = Field(300, ge=10)
    max_fetch_bytes: int = Field(262_144, ge=4096, description="fetch at most this much body")
    batch_size: int = Field(200, ge=1, le=5000)
    first_scan_days: int = Field(
        180,
        ge=0,
        description="a first scan takes mail of the last N days only (0: the whole history)",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls),
            file_secret_settings,
        )

    _sources: Sources | None = PrivateAttr(None)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_unset(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v != "" or k in KEEP_EMPTY}
        return data

    @model_validator(mode="after")
    def _check_transport(self) -> Settings:
        if (
            self.imap_host
            and self.imap_security == "plain"
            and not is_loopback(self.imap_host)
            and not self.allow_plaintext_remote
        ):
            raise ValueError(
                f"imap_security=plain would send your password unencrypted to {self.imap_host}; "
                "use ssl or starttls (plain is only for 127.0.0.1/localhost, "
                "or set allow_plaintext_remote=true if you really mean it)"
            )
        if self.imap_password is not None and self.imap_password_command:
            raise ValueError("set imap_password or imap_password_command, not both")
        return self

    @property
    def port(self) -> int:
        return self.imap_port or DEFAULT_PORTS[self.imap_security]

    @property
    def account(self) -> str:
        """A stable name for this mailbox, used to key checkpoints and the ledger."""
        return f"{self.imap_username}@{self.imap_host}:{self.port}"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "state.sqlite3"

    @property
    def user_model_dir(self) -> Path:
        """Where `train --from-imap` keeps a model retrained on the user's own mail."""
        return self.data_dir / "model"

    @property
    def draft_from(self) -> str:
        if self.user_email:
            return self.user_email
        return self.imap_username if "@" in self.imap_username else ""

    @property
    def draft_from_origin(self) -> str:
        """Where drafts' From comes from, in words (for `config` and the scan's warning)."""
        if self.user_email:
            return f"{self.user_email} (REJECTWATCH_USER_EMAIL)"
        if self.draft_from:
            return f"{self.draft_from} (the login name)"
        return "the From of your latest sent messages (the scan reads the Sent folder)"

    def missing(self) -> list[str]:
        """The settings needed to log in that are not set, by environment name."""
        missing = [
            f"REJECTWATCH_{name}"
            for name, value in (
                ("IMAP_HOST", self.imap_host),
                ("IMAP_USERNAME", self.imap_username),
            )
            if not value
        ]
        if self.imap_password is None and not self.imap_password_command:
            missing.append("REJECTWATCH_IMAP_PASSWORD or REJECTWATCH_IMAP_PASSWORD_COMMAND")
        return missing

    def require_server(self) -> None:
        """Raise ConfigError unless enough is set to log in."""
        missing = self.missing()
        if missing:
            raise ConfigError(f"missing settings: {', '.join(missing)}")

    def secret(self) -> str:
        """The password or token: the configured one, or the password command's output.

        Called at every (re)connect so a rotated OAuth2 token is picked up.
        """
        if self.imap_password is not None:
            return self.imap_password.get_secret_value()
        if not self.imap_password_command:
            raise ConfigError("no REJECTWATCH_IMAP_PASSWORD or REJECTWATCH_IMAP_PASSWORD_COMMAND")
        argv0 = (shlex.split(self.imap_password_command)[:1] or [""])[0]
        try:
            # The user's own command, run through the shell as mbsync's PassCmd is.
            done = subprocess.run(  # noqa: S602
                self.imap_password_command,
                shell=True,
                capture_output=True,
                timeout=PASSWORD_COMMAND_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as e:
            raise ConfigError(
                f"password command {argv0!r} did not finish in {PASSWORD_COMMAND_TIMEOUT} s"
            ) from e
        if done.returncode != 0:
            said = _last_lines(done.stderr)
            raise ConfigError(
                f"password command {argv0!r} failed with exit code {done.returncode}"
                + (f": {said}" if said else " and printed nothing on stderr")
            )
        secret = done.stdout.decode("utf-8", "replace").strip().splitlines()
        if not secret or not secret[0]:
            said = _last_lines(done.stderr)
            raise ConfigError(
                f"password command {argv0!r} printed nothing"
                + (f" (stderr: {said})" if said else "")
            )
        return secret[0]

    def origin(self, field: str) -> Origin:
        """Where a field's value came from (environment, .env, toml or default)."""
        if self._sources is None:
            return Origin("given") if field in self.model_fields_set else Origin("default")
        return self._sources.origin(field, keep_empty=KEEP_EMPTY)

    def masked(self) -> dict[str, Any]:
        """The effective settings with secrets masked, for `rejectwatch config`."""
        out: dict[str, Any] = {}
        for name, value in self.model_dump().items():
            if name in SECRET_FIELDS:
                out[name] = "********" if value is not None else None
            elif isinstance(value, Path):
                out[name] = str(value)
            else:
                out[name] = value
        out["effective_port"] = self.port
        out["database"] = str(self.database_path)
        return out


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Read the settings; environment beats `.env` beats the TOML file.

    Reports (by ConfigError) a bad value with its source: the variable, or the file and line.
    Names that no setting has are not errors: `unknown_names` lists them for a warning.
    """
    table = read_toml(config_file) if config_file is not None else {}
    sources = read_sources(config_file, table.keys())
    try:
        if config_file is None:
            settings = Settings(**overrides)
        else:

            class _FromFile(Settings):
                model_config = SettingsConfigDict(toml_file=config_file)

            settings = _FromFile(**overrides)
    except ValidationError as e:
        raise ConfigError(_describe(e, sources)) from None
    except ValueError as e:  # pydantic-settings' own parse errors
        raise ConfigError(f"cannot read settings: {e}") from None
    if not overrides:  # values given in code (the demo) have no place to point at
        settings._sources = sources
    return settings


def unknown_names(settings: Settings) -> list[str]:
    """Warnings for REJECTWATCH_* names (environment, .env, TOML) that no setting has."""
    if settings._sources is None:
        return []
    return settings._sources.unknown(Settings.model_fields)


def _describe(error: ValidationError, sources: Sources) -> str:
    parts = []
    for item in error.errors():
        message = str(item["msg"]).removeprefix("Value error, ")
        field = str(item["loc"][0]) if item["loc"] else ""
        if field in Settings.model_fields:
            origin = sources.origin(field, keep_empty=KEEP_EMPTY)
            # The name as the user wrote it: the variable, or the TOML key and its line.
            # Never echo the input value: it may be a password.
            if origin.kind == "toml":
                parts.append(f"{field} ({origin.where}): {message}")
            elif origin.kind == ".env":
                parts.append(f"REJECTWATCH_{field.upper()} ({origin.where}): {message}")
            else:
                parts.append(f"REJECTWATCH_{field.upper()}: {message}")
        else:
            parts.append(message)
    return "; ".join(parts)


def _last_lines(stderr: bytes, limit: int = 300) -> str:
    text = " ".join(stderr.decode("utf-8", "replace").split())
    return text[-limit:]
