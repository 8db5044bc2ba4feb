"""The scan's CRM side against the real Dovecot: replies seen in Sent, ghosting, templates."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer

REJECTION = make_message(
    "Your application for Data Analyst at Nordlys",
    "Hi Sam,\n\nThank you for applying for the Data Analyst role at Nordlys. After careful "
    "review we have decided not to move forward with your application. We wish you the best "
    "in your search.\n\nKind regards,\nIngrid Solberg\nTalent Acquisition, Nordlys",
    "Ingrid Solberg <ingrid.solberg@nordlys.example>",
    message_id="<crm-rej-1@nordlys.example>",
)


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(args), stdout=out), out.getvalue()


def scan_then_ghosted(
    dovecot: DovecotServer, imap_user: str, confirmation: bytes
) -> list[dict[str, object]]:
    """Scan one confirmation (left alone), then what `ghosted --format json` lists."""
    dovecot.append(imap_user, "INBOX", [confirmation])
    code, out = run("scan", "--json")
    assert code == 0
    assert [o["action"] for o in json.loads(out)["outcomes"]] == ["keep"]
    code, out = run("ghosted", "--format", "json")
    assert code == 0
    ghosted: list[dict[str, object]] = json.loads(out)
    return ghosted


def crm_rows() -> list[dict[str, object]]:
    code, out = run("rejections", "--format", "json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


@pytest.mark.imap
def test_reply_in_sent_marks_reply_sent(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [REJECTION])
    assert run("scan")[0] == 0
    [row] = crm_rows()
    assert row["status"] == "draft saved"

    # The user sends the draft: their client files a copy, threaded to the original, in Sent.
    draft = message_from_bytes(dovecot.list_folder(imap_user, "Drafts")[0], policy=default)
    sent = make_message(
        str(draft["Subject"]),
        "Thanks Ingrid!",
        "sam@example.test",
        to="ingrid.solberg@nordlys.example",
        extra_headers={
            "In-Reply-To": "<crm-rej-1@nordlys.example>",
            "References": "<crm-rej-1@nordlys.example>",
        },
    )
    dovecot.append(imap_user, "Sent", [sent], flags=[r"\Seen"])
    assert run("scan")[0] == 0
    [row] = crm_rows()
    assert row["status"] == "reply sent"

    # "connected" is set by the user and never goes back.
    assert run("mark", "<crm-rej-1@nordlys.example>", "connected")[0] == 0
    dovecot.append(imap_user, "Sent", [sent], flags=[r"\Seen"])
    assert run("scan")[0] == 0
    assert crm_rows()[0]["status"] == "connected"


@pytest.mark.imap
def test_confirmation_without_an_answer_is_ghosted(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    confirmation = make_message(
        "Thank you for applying to Brightwave",
        "Hi Sam,\n\nThank you for applying for the Backend Engineer position at Brightwave. "
        "We have received your application and our team will review it. If your experience "
        "matches what we need, we will be in touch.\n\nThe Brightwave Recruiting Team",
        "Brightwave Careers <careers@brightwave.example>",
        message_id="<conf-1@brightwave.example>",
        date=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
    )
    ghosted = scan_then_ghosted(dovecot, imap_user, confirmation)
    assert [g["company"] for g in ghosted] == ["Brightwave"]

    # A later message from the company's own domain is an answer: no longer ghosted.
    follow_up = make_message(
        "Quick question about your availability",
        "Hi Sam, could you tell me when you would be free for a short call next week?\n\nAlex",
        "Alex Moreau <alex@brightwave.example>",
        date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )
    dovecot.append(imap_user, "INBOX", [follow_up])
    assert run("scan")[0] == 0
    code, out = run("ghosted", "--format", "json")
    assert code == 0
    assert json.loads(out) == []


@pytest.mark.imap
def test_users_own_template_is_used(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = tmp_path / "reply.txt"
    template.write_text("$greeting\n\nThanks for the note about $role. Onwards!\n\n$signature\n")
    monkeypatch.setenv("REJECTWATCH_REPLY_TEMPLATE", str(template))
    monkeypatch.setenv("REJECTWATCH_USER_NAME", "Sam Applicant")
    dovecot.append(imap_user, "INBOX", [REJECTION])
    assert run("scan")[0] == 0
    draft = message_from_bytes(dovecot.list_folder(imap_user, "Drafts")[0], policy=default)
    body = draft.get_body(("plain",)).get_content()
    assert "Onwards!" in body
    assert "Ingrid" in body
    assert "$" not in body


def test_broken_template_is_a_settings_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "reply.txt"
    template.write_text("Hello $nosuchfield\n")
    for name, value in {
        "REJECTWATCH_REPLY_TEMPLATE": str(template),
        "REJECTWATCH_IMAP_HOST": "127.0.0.1",
        "REJECTWATCH_IMAP_USERNAME": "u",
        "REJECTWATCH_IMAP_PASSWORD": "pw-123456",
        "REJECTWATCH_IMAP_SECURITY": "plain",
        "REJECTWATCH_DATA_DIR": str(tmp_path / "state"),
    }.items():
        monkeypatch.setenv(name, value)
    code, _ = run("scan")
    assert code == 2
    assert "nosuchfield" in capsys.readouterr().err


@pytest.mark.imap
def test_dry_run_leaves_an_existing_database_alone(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    path = Path(imap_env["REJECTWATCH_DATA_DIR"]) / "state.sqlite3"
    Store(path).close()  # a database from before the CRM tables existed
    before = path.read_bytes()
    dovecot.append(imap_user, "INBOX", [REJECTION])
    code, out = run("scan", "--dry-run", "--json")
    assert code == 0
    assert json.loads(out)["counts"]["file"] == 1
    assert path.read_bytes() == before


@pytest.mark.imap
def test_no_draft_to_a_no_reply_address_in_another_language(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    # "ne-pas-repondre@" is French for no-reply: a draft to it would reach nobody.
    rejection = make_message(
        "Your application for Data Analyst at Atlas Freight",
        "Hi Sam,\n\nThank you for applying for the Data Analyst role at Atlas Freight. After "
        "careful review we have decided not to move forward with your application. We wish "
        "you the best in your search.\n\nThe Atlas Freight Recruiting Team",
        "Atlas Freight <ne-pas-repondre@atlas-freight.example>",
        message_id="<fr-noreply-1@atlas-freight.example>",
    )
    dovecot.append(imap_user, "INBOX", [rejection])
    code, out = run("scan", "--json")
    assert code == 0
    [outcome] = json.loads(out)["outcomes"]
    assert outcome["action"] == "file"
    assert not outcome["drafted"]
    assert dovecot.list_folder(imap_user, "Drafts") == []
    [row] = crm_rows()
    assert row["status"] == "no reply address"
    assert row["contact_address"] == ""


@pytest.mark.imap
def test_a_german_confirmation_without_an_answer_is_ghosted(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    confirmation = make_message(
        "Eingangsbestätigung Ihrer Bewerbung als Data Analyst (m/w/d)",
        "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihr Interesse an der Kestrel Dynamics GmbH. "
        "Wir haben Ihre Bewerbung als Data Analyst (m/w/d) gut erhalten und prüfen sie "
        # (the usual promise to write: without it, two sentences of thanks sat at the review
        # threshold, 0.185 against 0.189 and then 0.203 against 0.195, a retrain's width apart;
        # this test is about ghosting, not about that edge)
        "sorgfältig. Sobald wir Ihre Unterlagen gesichtet haben, melden wir uns bei Ihnen."
        "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        "Kestrel Dynamics Karriere <karriere@kestrel-dynamics.example>",
        message_id="<conf-de-1@kestrel-dynamics.example>",
        date=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
    )
    [ghost] = scan_then_ghosted(dovecot, imap_user, confirmation)
    assert (ghost["company"], ghost["position"]) == ("Kestrel Dynamics", "Data Analyst")


@pytest.mark.imap
def test_the_applicants_quoted_signature_is_never_whom_to_thank(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    # The recruiter answers above the applicant's own mail, which ends "Best regards, Sam Lee".
    rejection = make_message(
        "RE: Data Analyst application",
        "Hi Sam,\n\nThank you for following up. Unfortunately we have decided not to move "
        "forward with your application for the Data Analyst role.\n\nKind regards,\nPriya "
        "Shah\n\nFrom: Sam Lee <sam.lee@example.test>\nSent: Monday, 3 June 2024 10:00\n"
        "To: Nordlys Careers <careers@nordlys.example>\nSubject: Data Analyst application\n\n"
        "Dear Nordlys team,\n\nI wanted to follow up on my application.\n\nBest regards,\n"
        "Sam Lee",
        "priya.shah@nordlys.example",  # a client that sends no display name
        to="Sam Lee <sam.lee@example.test>",
        message_id="<quoted-1@nordlys.example>",
    )
    dovecot.append(imap_user, "INBOX", [rejection])
    code, out = run("scan", "--json")
    assert code == 0
    assert [o["action"] for o in json.loads(out)["outcomes"]] == ["file"]
    [row] = crm_rows()
    assert "Sam" not in str(row["contact_name"])
    assert "Sam" not in str(row["linkedin_note"])
    assert "Sam" not in str(row["linkedin"])
    [raw] = dovecot.list_folder(imap_user, "Drafts")
    body = message_from_bytes(raw, policy=default).get_body(("plain",))
    assert body is not None
    assert body.get_content().startswith("Hi Priya,")


@pytest.mark.imap
def test_a_draft_never_thanks_for_an_interview_that_did_not_happen(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    rejection = make_message(
        "Your application for Data Analyst at Nordlys",
        "Hi Sam,\n\nThank you for applying for the Data Analyst role at Nordlys. We had a very "
        "strong response and, on this occasion, we won't be inviting you to interview. We "
        "wish you the best in your search.\n\nKind regards,\nIngrid Solberg\nTalent "
        "Acquisition, Nordlys",
        "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        message_id="<no-interview-1@nordlys.example>",
    )
    dovecot.append(imap_user, "INBOX", [rejection])
    assert run("scan")[0] == 0
    [raw] = dovecot.list_folder(imap_user, "Drafts")
    body = message_from_bytes(raw, policy=default).get_body(("plain",))
    assert body is not None
    text = " ".join(body.get_content().split())
    assert text.startswith("Hi Ingrid,")
    for claim in ("meeting", "your time", "enjoyed"):
        assert claim not in text, claim
    [row] = crm_rows()
    assert "your time" not in str(row["linkedin_note"])


@pytest.mark.imap
def test_a_german_rejection_gets_a_german_draft(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """The draft a scan saves answers in the rejection's language, threaded as ever."""
    rejection = make_message(
        "Ihre Bewerbung als Data Analyst bei Nordlys",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Data Analyst und Ihr Interesse an "
        "Nordlys. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
        "entschieden haben. Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit "
        "freundlichen Grüßen\nIngrid Solberg\nTalent Acquisition, Nordlys",
        "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        message_id="<de-rej-1@nordlys.example>",
    )
    dovecot.append(imap_user, "INBOX", [rejection])
    code, out = run("scan", "--json")
    assert code == 0
    [outcome] = json.loads(out)["outcomes"]
    assert outcome["action"] == "file"
    assert outcome["drafted"]
    [raw] = dovecot.list_folder(imap_user, "Drafts")
    draft = message_from_bytes(raw, policy=default)
    assert draft["X-Rejectwatch-Draft-For"] == "<de-rej-1@nordlys.example>"
    body = draft.get_body(("plain",))
    assert body is not None
    text = " ".join(body.get_content().split())
    assert text.startswith("Hallo Ingrid, vielen Dank für Ihre Rückmeldung")
    assert "Data Analyst bei Nordlys" in text
    assert "Viele Grüße" in text
    assert "Thank you" not in text
