"""`rejectwatch demo`: one scan of sample mail in a throwaway local Dovecot.

Everything happens on 127.0.0.1 in a temporary directory that is removed afterwards; no real
mailbox is touched and nothing is sent.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import TextIO

from rejectwatch.cli.output import print_report
from rejectwatch.crm import records, tables
from rejectwatch.errors import ConfigError
from rejectwatch.model import classifier
from rejectwatch.pipeline import wiring
from rejectwatch.settings import load_settings

USER = "alex.applicant@example.test"


def run(out: TextIO, *, data_dir: Path | None = None) -> int:
    # The throwaway server and the sample mail are test tooling: only the demo reaches them.
    from rejectwatch.testing import samples  # noqa: PLC0415
    from rejectwatch.testing.dovecot import DovecotServer, find_dovecot  # noqa: PLC0415

    if find_dovecot() is None:
        raise ConfigError(
            "the demo needs Dovecot: install it with `apt-get install dovecot-imapd` "
            "(in a source checkout, scripts/demo.sh does this for you)"
        )
    data_dir = data_dir or classifier.shipped_data_dir()
    files = sorted(data_dir.glob("*.jsonl")) if data_dir is not None else []
    if not files:
        raise ConfigError(f"no sample mail: no *.jsonl files in {data_dir or 'this installation'}")
    chosen = samples.pick(samples.read_records(files), samples.DEMO_MIX)
    with (
        tempfile.TemporaryDirectory(prefix="rejectwatch-demo-") as state,
        DovecotServer() as server,
    ):
        # Dated over the last few days, as a real inbox's recent mail is: rejections older
        # than REJECTWATCH_DRAFT_MAX_AGE_DAYS are filed without a draft, and the demo is
        # meant to show the drafts.
        start = datetime.now(UTC) - timedelta(hours=3 * len(chosen) + 24)
        server.append(USER, "INBOX", samples.messages(chosen, start))
        print(
            f"Demo inbox: {len(chosen)} sample messages on a throwaway Dovecot at "
            f"{server.host}:{server.port} (user {USER}).\n",
            file=out,
        )
        settings = load_settings(
            None,
            imap_host=server.host,
            imap_port=server.port,
            imap_username=USER,
            imap_password=server.password,
            imap_security="plain",
            data_dir=Path(state),
            user_name="Alex Applicant",
        )
        store = wiring.open_store(settings)
        model = wiring.load_model(settings)
        with wiring.open_mailbox(settings) as mailbox:
            report = wiring.scanner(settings, mailbox, store, model).scan()
        print_report(report, out)
        print("\nThe CRM (`rejectwatch rejections`):", file=out)
        out.write(records.render(tables.rejections(store), "table"))
        store.close()
        drafts = server.list_folder(USER, "Drafts")
        first = " The first one:\n" if drafts else ""
        print(f"\nDrafts folder: {len(drafts)} reply draft(s), none sent.{first}", file=out)
        if drafts:
            draft = message_from_bytes(drafts[0], policy=default)
            for name in ("To", "Subject", "In-Reply-To"):
                print(f"  {name}: {draft[name]}", file=out)
            body = draft.get_body(("plain",))
            text = body.get_content() if body is not None else ""
            print("\n" + "\n".join("  | " + line for line in text.strip().splitlines()), file=out)
    return 0
