"""End to end against the real Dovecot the suite starts: scan, file, draft, record, rescan."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.crm import senders
from rejectwatch.crm.extract import is_no_reply, says_do_not_reply
from rejectwatch.settings import load_settings
from rejectwatch.state import Store
from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer

REPO = Path(__file__).resolve().parents[1]
NEVER_FILED = {"interview", "offer", "next_steps", "application_received"}
E2E_MIX = {
    "rejection": 20,
    "application_received": 10,
    "interview": 6,
    "next_steps": 3,
    "offer": 3,
    "recruiter_outreach": 3,
    "job_alert": 2,
    "non_job_rejection_words": 3,
    "ham": 6,
}


def hand_written() -> list[tuple[bytes, str]]:
    """A few messages built here, with the shapes real clients send (HTML, RFC 2047, threads)."""
    return [
        (
            make_message(
                "=?utf-8?q?Your_application_to_N=C3=B8rdlys_=E2=80=93_Data_Analyst?=",
                "Hi Sam,\n\nThank you for taking the time to apply for the Data Analyst role at "
                "Nørdlys. After careful review we have decided not to move forward with your "
                "application. We wish you the best in your search.\n\nKind regards,\n"
                "Ingrid Solberg\nTalent Acquisition, Nørdlys",
                "Ingrid Solberg <ingrid.solberg@nordlys.example>",
                message_id="<hand-1@nordlys.example>",
                html="<html><body><p>Hi Sam,</p><p>Thank you for taking the time to apply for "
                "the Data Analyst role at Nørdlys. After careful review we have decided not to "
                "move forward with your application.</p></body></html>",
            ),
            "rejection",
        ),
        (
            make_message(
                "Re: Final interview - Product Analyst",
                "Hi Sam,\n\nThank you for coming in last Thursday for the final interview for "
                "the Product Analyst position at Tidewater Labs, and for the time you spent with "
                "the team. We enjoyed our conversations, but after careful consideration we have "
                "decided to move forward with another candidate whose experience more closely "
                "matches the role. We wish you every success.\n\nBest regards,\n"
                "Daniel Okafor\nHead of Product, Tidewater Labs",
                "Daniel Okafor <daniel.okafor@tidewaterlabs.example>",
                message_id="<hand-4@tidewaterlabs.example>",
            ),
            "rejection",
        ),
        (
            make_message(
                "Interview invitation: Backend Engineer at Quillfeather",
                "Hi Sam,\n\nThanks for applying! We'd love to invite you to a 45 minute video "
                "interview with our engineering manager next week. Please pick a slot using "
                "the scheduling link below.\n\nBest,\nTomás Ruiz\nRecruiter, Quillfeather",
                "Tomás Ruiz <tomas@quillfeather.example>",
                message_id="<hand-2@quillfeather.example>",
            ),
            "interview",
        ),
        (
            make_message(
                "We received your application",
                "Thank you for applying to the Product Designer position at Larkspur Labs. "
                "Our team is reviewing applications and will be in touch if your background "
                "matches what we are looking for.\n\nThe Larkspur Labs Recruiting Team",
                "Larkspur Labs <no-reply@larkspur.example>",
                message_id="<hand-3@larkspur.example>",
            ),
            "application_received",
        ),
    ]


def seed_inbox(server: DovecotServer, user: str) -> dict[str, str]:
    """Seed ≥ 50 varied messages; returns Message-ID -> kind."""
    records = samples.read_records(sorted((REPO / "data").glob("*.jsonl")))
    chosen = samples.pick(records, E2E_MIX, seed=11)
    raws = samples.messages(chosen)
    kinds = {}
    for raw, record in zip(raws, chosen, strict=True):
        kinds[_parse(raw)["Message-ID"]] = record["kind"]
    for raw, kind in hand_written():
        raws.append(raw)
        kinds[_parse(raw)["Message-ID"]] = kind
    assert len(raws) >= 50
    server.append(user, "INBOX", raws)
    return kinds


def _parse(raw: bytes) -> Message:
    return message_from_bytes(raw, policy=default)


class _NoAddresses:
    addresses: tuple[()] = ()


_NO = _NoAddresses()
# Reply prefixes in the languages the corpus uses (Re, German AW, Nordic SV, Dutch Antw).
# reply and forward marks, and mail gateways' tags, as the sample mail writes them
_REPLY_CHAIN = re.compile(
    r"^(?:\s*(?:(?:re|aw|sv|antw|vs|fwd?|wg|tr|rv|réf)\s*:|\[ext(?:ernal)?\])\s*)+",
    re.IGNORECASE,
)


def snapshot(server: DovecotServer, user: str) -> dict[str, list[bytes]]:
    folders = ("INBOX", "Rejections", "Rejections.Review", "Drafts")
    return {f: _safe_list(server, user, f) for f in folders}


def _safe_list(server: DovecotServer, user: str, folder: str) -> list[bytes]:
    try:
        return server.list_folder(user, folder)
    except Exception:
        return []


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(args), stdout=out)
    return code, out.getvalue()


def ids(messages: list[bytes]) -> list[str]:
    return [_parse(m)["Message-ID"] for m in messages]


@pytest.mark.imap
def test_scan_files_drafts_records_and_is_idempotent(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REJECTWATCH_USER_NAME", "Sam Applicant")
    kinds = seed_inbox(dovecot, imap_user)
    before = snapshot(dovecot, imap_user)
    state_db = Path(imap_env["REJECTWATCH_DATA_DIR"]) / "state.sqlite3"

    # A dry run changes nothing: no folder, no draft, no database.
    code, out = run_cli("scan", "--dry-run")
    assert code == 0, out
    assert "dry run" in out
    assert snapshot(dovecot, imap_user) == before
    assert not dovecot.maildir(imap_user).joinpath(".Rejections").exists()
    assert not state_db.exists()

    code, out = run_cli("scan", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["examined"] == len(kinds)
    after = snapshot(dovecot, imap_user)

    # Nothing lost, nothing duplicated: every seeded message is in exactly one place.
    placed = ids(after["INBOX"]) + ids(after["Rejections"]) + ids(after["Rejections.Review"])
    assert Counter(placed) == Counter(list(kinds))
    # Only filed rejections left the inbox: the uncertain ones stay, tagged and unread, queued.
    assert after["Rejections.Review"] == []
    assert set(ids(after["Rejections"])) == {
        o["message_id"] for o in report["outcomes"] if o["action"] == "file"
    }
    in_review = {o["message_id"] for o in report["outcomes"] if o["action"] == "review"}
    print(f"\n{len(in_review)} message(s) in the review band")
    inbox_flags = dict(
        zip(ids(after["INBOX"]), dovecot.folder_flags(imap_user, "INBOX"), strict=True)
    )
    for message_id in in_review:
        assert set(inbox_flags[message_id][1]) == {b"$RejectwatchReview"}
    assert {i["message_id"] for i in json.loads(run_cli("review", "--format", "json")[1])} == (
        in_review
    )

    filed = ids(after["Rejections"])
    filed_kinds = Counter(kinds[m] for m in filed)
    assert not (set(filed_kinds) & NEVER_FILED), filed_kinds
    assert set(filed_kinds) <= {"rejection"}
    rejections = [m for m, k in kinds.items() if k == "rejection"]
    assert len(filed) >= 0.8 * len(rejections)
    assert "<hand-1@nordlys.example>" in filed
    assert "<hand-2@quillfeather.example>" in ids(after["INBOX"])

    # Exactly one draft per filed rejection that has an address to reply to, threaded to it.
    code, out = run_cli("rejections", "--format", "json")
    rows = json.loads(out)
    unreachable = {r["message_id"] for r in rows if r["status"] == "no reply address"}
    originals_by_id = {m["Message-ID"]: m for m in map(_parse, after["Rejections"])}
    for message_id in unreachable:  # only senders nobody reads, and no human contact in the text
        original = originals_by_id[message_id]
        sender = original["From"].addresses[0].addr_spec
        text = original.get_body(("plain", "html")).get_content()
        assert senders.is_machine(sender) or not str(sender).isascii() or says_do_not_reply(text)
    drafts = [_parse(d) for d in after["Drafts"]]
    assert sorted(d["In-Reply-To"] for d in drafts) == sorted(set(filed) - unreachable)
    originals = {m["Message-ID"]: m for m in map(_parse, after["Rejections"])}
    for draft in drafts:
        original = originals[draft["In-Reply-To"]]
        subject = str(original["Subject"] or "")
        assert draft["Subject"].startswith("Re: ")
        assert not draft["Subject"].lower().startswith("re: re:")
        core = _REPLY_CHAIN.sub("", subject).strip()
        if core:  # "Re: AW: RE: X", "[EXTERNAL] Re: X" and "X" all give "Re: X"
            assert draft["Subject"] == f"Re: {core}"
        assert draft["References"].split()[-1] == original["Message-ID"]
        # A human contact: Reply-To or From, or an address the text itself gives.
        to = draft["To"].addresses[0].addr_spec
        headers = [
            a.addr_spec for h in ("From", "Reply-To") for a in (original[h] or _NO).addresses
        ]
        text = original.get_body(("plain", "html")).get_content()
        row = next(r for r in rows if r["message_id"] == draft["In-Reply-To"])
        if row["contact_source"] in {"history", "sent", "calendar"}:
            # A person at the same company, found in another message of the mailbox.
            seen = {m["Message-ID"] for f in after.values() for m in map(_parse, f)}
            assert row["contact_message_id"] in seen
            # the same domain, or its parent: a person at shopify.com for mail from
            # hiring@mail.shopify.com
            domain = to.split("@")[1]
            assert any(
                h.split("@")[1] == domain or h.split("@")[1].endswith("." + domain) for h in headers
            ), (to, headers)
        elif row["contact_source"] == "team_inbox" and row["contact_message_id"]:
            # contacts.choose's last resort: the employer's team inbox (recruiting@, jobs@),
            # found in another message of the mailbox, whose Message-ID the row keeps.
            seen = {m["Message-ID"]: m for f in after.values() for m in map(_parse, f)}
            where = seen[row["contact_message_id"]]
            named = [
                a.addr_spec
                for h in ("From", "Reply-To", "To", "Cc")
                for a in (where[h] or _NO).addresses
            ]
            assert to in named or to in where.get_body(("plain", "html")).get_content()
        else:
            assert to in headers or to in text
        assert not is_no_reply(to)
        assert not senders.is_machine(to)
        body = draft.get_body(("plain",)).get_content()
        assert "None" not in body
        assert "{" not in body
        # asks to be kept in mind, in the rejection's language (see crm/reply_languages.py)
        assert any(w in body.lower() for w in ("in mind", "futur", "künftig", "toekomstig"))
        assert body.rstrip().endswith("Sam Applicant")
    nordlys = next(d for d in drafts if d["In-Reply-To"] == "<hand-1@nordlys.example>")
    nordlys_body = nordlys.get_body(("plain",)).get_content()
    assert "Ingrid" in nordlys_body
    assert "Data Analyst" in nordlys_body
    assert "meeting" not in nordlys_body  # an application only: no interview to thank for
    after_interview = next(
        d for d in drafts if d["In-Reply-To"] == "<hand-4@tidewaterlabs.example>"
    )
    interview_body = after_interview.get_body(("plain",)).get_content()
    assert "Daniel" in interview_body
    assert "Tidewater Labs" in interview_body
    assert "meeting" in interview_body  # the after-interview variant
    for draft in (nordlys, after_interview):  # shown by `pytest -s` (examples for the notes)
        print(f"\n--- draft To: {draft['To']} Subject: {draft['Subject']}\n")
        print(draft.get_body(("plain",)).get_content())
    draft_flags = [set(f) for _, f in dovecot.folder_flags(imap_user, "Drafts")]
    assert draft_flags == [{b"\\Draft", b"\\Seen"}] * len(drafts)

    # Nothing was marked read by the scan.
    for folder in ("INBOX", "Rejections"):
        assert all(b"\\Seen" not in f for _, f in dovecot.folder_flags(imap_user, folder))

    # The CRM has one row per filed rejection.
    assert code == 0
    assert sorted(r["message_id"] for r in rows) == sorted(filed)
    row = next(r for r in rows if r["message_id"] == "<hand-1@nordlys.example>")
    assert row["contact_name"] == "Ingrid Solberg"
    assert row["contact_address"] == "ingrid.solberg@nordlys.example"
    assert "Nørdlys" in row["company"]
    assert row["position"] == "Data Analyst"

    # A second scan changes nothing.
    code, out = run_cli("scan", "--json")
    assert code == 0
    assert json.loads(out)["examined"] == 0
    assert snapshot(dovecot, imap_user) == after
    assert json.loads(run_cli("rejections", "--format", "json")[1]) == rows


@pytest.mark.imap
def test_user_moving_a_message_back_is_respected(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    raw, _ = hand_written()[0]
    dovecot.append(imap_user, "INBOX", [raw])
    assert run_cli("scan")[0] == 0
    assert ids(dovecot.list_folder(imap_user, "Rejections")) == ["<hand-1@nordlys.example>"]
    # The user disagrees and puts it back into the inbox (a new UID there).
    dovecot.append(imap_user, "INBOX", [raw])
    code, out = run_cli("scan", "--json")
    assert code == 0
    assert [o["action"] for o in json.loads(out)["outcomes"]] == ["known"]
    store = Store(Path(imap_env["REJECTWATCH_DATA_DIR"]) / "state.sqlite3")
    assert [c["message_id"] for c in store.corrections(store_account(imap_env))] == [
        "<hand-1@nordlys.example>"
    ]
    store.close()
    assert ids(dovecot.list_folder(imap_user, "INBOX")) == ["<hand-1@nordlys.example>"]
    assert len(dovecot.list_folder(imap_user, "Drafts")) == 1


@pytest.mark.imap
def test_wrong_password_exits_non_zero_with_one_line_reason(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "not-the-password")
    code, _ = run_cli("scan")
    err = capsys.readouterr().err
    assert code == 4
    reason = [line for line in err.splitlines() if line.startswith("rejectwatch:")]
    assert len(reason) == 1
    assert "refused the login" in reason[0]
    assert "not-the-password" not in err


def test_unreachable_server_exits_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "127.0.0.1")
    monkeypatch.setenv("REJECTWATCH_IMAP_PORT", "1")  # nothing listens on port 1
    monkeypatch.setenv("REJECTWATCH_IMAP_USERNAME", "someone")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "pw-123456")
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "plain")
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path))
    code, _ = run_cli("scan")
    assert code == 3
    assert "cannot reach IMAP server 127.0.0.1:1" in capsys.readouterr().err


@pytest.mark.imap
def test_move_fallback_without_move_capability(
    dovecot_factory, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = dovecot_factory(disable_capabilities={"MOVE"})
    _point_at(monkeypatch, server, imap_user, tmp_path)
    raw, _ = hand_written()[0]
    other = next(raw for raw, kind in hand_written() if kind == "interview")
    server.append(imap_user, "INBOX", [raw, other])
    assert run_cli("scan")[0] == 0
    assert ids(server.list_folder(imap_user, "INBOX")) == ["<hand-2@quillfeather.example>"]
    assert ids(server.list_folder(imap_user, "Rejections")) == ["<hand-1@nordlys.example>"]
    assert len(server.list_folder(imap_user, "Drafts")) == 1


@pytest.mark.imap
def test_drafts_found_by_name_without_special_use(
    dovecot_factory, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = dovecot_factory(special_use=False)
    _point_at(monkeypatch, server, imap_user, tmp_path)
    raw, _ = hand_written()[0]
    server.append(imap_user, "INBOX", [raw])
    assert run_cli("scan")[0] == 0
    drafts = server.list_folder(imap_user, "Drafts")
    assert [_parse(d)["In-Reply-To"] for d in drafts] == ["<hand-1@nordlys.example>"]


def _point_at(
    monkeypatch: pytest.MonkeyPatch, server: DovecotServer, user: str, tmp_path: Path
) -> None:
    for name, value in {
        "IMAP_HOST": server.host,
        "IMAP_PORT": str(server.port),
        "IMAP_USERNAME": user,
        "IMAP_PASSWORD": server.password,
        "IMAP_SECURITY": "plain",
        "DATA_DIR": str(tmp_path / "state"),
        "DRAFT_MAX_AGE_DAYS": "36500",  # mailgen's mail is from 2024
    }.items():
        monkeypatch.setenv(f"REJECTWATCH_{name}", value)


def store_account(env: dict[str, str]) -> str:
    return load_settings().account


@pytest.mark.imap
def test_gmail_style_drafts_folder_found_by_name(
    dovecot_factory, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = dovecot_factory(special_use=False)
    _point_at(monkeypatch, server, imap_user, tmp_path)
    # No folder carries \Drafts; Gmail's name is "[Gmail]/Drafts" ("." is this server's delimiter).
    server.append(imap_user, "[Gmail].Drafts", [])
    raw, _ = hand_written()[0]
    server.append(imap_user, "INBOX", [raw])
    assert run_cli("scan")[0] == 0
    drafts = server.list_folder(imap_user, "[Gmail].Drafts")
    assert [_parse(d)["In-Reply-To"] for d in drafts] == ["<hand-1@nordlys.example>"]
    assert _safe_list(server, imap_user, "Drafts") == []


@pytest.mark.imap
def test_xoauth2_with_a_token_command(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REJECTWATCH_IMAP_PASSWORD")
    monkeypatch.setenv("REJECTWATCH_IMAP_AUTH", "xoauth2")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", f"printf '%s\\n' {dovecot.oauth_token}")
    raw, _ = hand_written()[0]
    dovecot.append(imap_user, "INBOX", [raw])
    code, _ = run_cli("scan")
    assert code == 0
    assert ids(dovecot.list_folder(imap_user, "Rejections")) == ["<hand-1@nordlys.example>"]
    # The same command printing a wrong token is refused as a login failure.
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD_COMMAND", "printf 'wrong-token'")
    assert run_cli("scan")[0] == 4
