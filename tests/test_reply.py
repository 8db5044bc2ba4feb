"""reply: subjects, the body's wording, and drafts that are threaded and injection-safe."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm import senders
from rejectwatch.crm.extract import REASONS, Facts, extract
from rejectwatch.crm.reply import Profile, build_draft, render_body, reply_subject
from rejectwatch.errors import ConfigError, MessageError
from rejectwatch.mail.message import Address, Mail, parse

FIXTURES = Path(__file__).parent / "fixtures" / "eml"
NOW = datetime(2024, 6, 20, 9, 30, tzinfo=UTC)
PROFILE = Profile(name="Sam Lee", email="sam@example.org", signature="")


PRIYA = Address("Priya Shah", "priya@acme.com")


def make_mail(
    *,
    message_id: str = "<orig@acme.com>",
    subject: str = "Your application to Acme",
    sender: Address = PRIYA,
    reply_to: Address | None = None,
    references: tuple[str, ...] = (),
) -> Mail:
    return mail_value(
        message_id=message_id,
        subject=subject,
        sender=sender,
        reply_to=reply_to,
        references=references,
    )


FACTS = Facts("Acme", "Senior Data Analyst", "Priya Shah", "priya@acme.com", "another_candidate")


def reparse(draft: EmailMessage) -> EmailMessage:
    raw = draft.as_bytes(policy=policy.SMTP)
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    return parsed


# --------------------------------------------------------------------------- subject


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Your application", "Re: Your application"),
        ("Re: Your application", "Re: Your application"),
        ("RE: re: Your application", "Re: Your application"),
        ("Re[2]: Your application", "Re: Your application"),
        ("AW: Ihre Bewerbung", "Re: Ihre Bewerbung"),
        ("Fwd: Your application", "Re: Your application"),  # a forward mark is not stacked
        ("", "Re: Your application"),
        ("   ", "Re: Your application"),
        ("Re:", "Re: Your application"),
        ("Hello\r\nBcc: x@y", "Re: Hello Bcc: x@y"),
        ("Regarding your application", "Re: Regarding your application"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_reply_subject_caps_length() -> None:
    assert len(reply_subject("x" * 100_000)) <= 210


@given(st.text(max_size=300))
def test_reply_subject_adds_re_once_and_is_idempotent(subject: str) -> None:
    once = reply_subject(subject)
    assert once.startswith("Re: ")
    assert not once[4:].lower().startswith("re:")
    assert reply_subject(once) == once
    assert "\n" not in once
    assert "\r" not in once


# --------------------------------------------------------------------------- body


def test_body_with_everything_known() -> None:
    body = render_body(make_mail(), FACTS, PROFILE)
    assert body.startswith("Hi Priya,\n\n")
    assert "Senior Data Analyst role at\nAcme" in body or "Senior Data Analyst role at Acme" in body
    assert body.rstrip().endswith("Best wishes,\nSam Lee")
    assert "keep me in mind" in body or "kept me in mind" in body


def test_body_greetings() -> None:
    only_company = Facts("Acme", "", "", "careers@acme.com", "unknown")
    assert render_body(make_mail(), only_company, PROFILE).startswith("Hello Acme team,\n")
    nothing = Facts("", "", "", "x@y.com", "unknown")
    body = render_body(make_mail(), nothing, Profile("", "", ""))
    assert body.startswith("Hello,\n")
    assert "about my application" in body
    assert "Dr. Shah" in render_body(make_mail(), Facts("", "", "Dr. Shah", "", "unknown"), PROFILE)


def test_body_uses_signature_when_given() -> None:
    profile = Profile("Sam Lee", "sam@example.org", "-- \nSam Lee\nData person | sam.example.org")
    body = render_body(make_mail(), FACTS, profile)
    assert body.endswith("Best wishes,\nSam Lee\nData person | sam.example.org\n")


FIELD_VALUES = st.sampled_from(
    [
        "",
        " ",
        "Acme",
        "Zoë Ångström",
        "O'Brien & Co.",
        "Senior Data Analyst, Platform",
        "A" * 150,
        "Priya",
        "Priya Shah",
        "Dr. Priya Shah",
        "  spaced   out  ",
        "None",
        ",",
        "Acme,",
        "{position}",
        "Ünïcödé GmbH",
    ]
)


@settings(max_examples=300)
@given(
    company=FIELD_VALUES,
    position=FIELD_VALUES,
    name=FIELD_VALUES,
    reason=st.sampled_from(REASONS),
    user=FIELD_VALUES,
    signature=st.sampled_from(["", "Sam\nsam.example", "-- \nSam", "x" * 120]),
)
def test_body_has_no_gaps_for_any_combination(
    *, company: str, position: str, name: str, reason: str, user: str, signature: str
) -> None:
    body = render_body(
        make_mail(), Facts(company, position, name, "a@b.com", reason), Profile(user, "", signature)
    )
    assert "None" not in body
    assert "{" not in body
    assert "}" not in body
    assert "Dear ," not in body
    assert "Hi ," not in body
    assert " ," not in body
    assert "  " not in body
    assert " ." not in body
    for line in body.splitlines():
        assert len(line) <= 78, line
        assert line == line.rstrip()


# --------------------------------------------------------------------------- draft


def test_long_message_ids_are_folded_not_encoded() -> None:
    long_id = "<AM6PR04MB1234567890ABCDEF1234567890ABCDEF12@AM6PR04MB12.eurprd04.prod.outlook.com>"
    refs = tuple(f"<ref{i}@mail.example.com>" for i in range(8))
    mail = make_mail(message_id=long_id, references=refs)
    raw = build_draft(mail, FACTS, PROFILE, draft_message_id=long_id, now=NOW).as_bytes(
        policy=policy.SMTP
    )
    assert b"=?" not in raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert parsed["In-Reply-To"] == long_id
    assert parsed["References"].split() == [*refs, long_id]


def test_draft_headers_and_threading() -> None:
    mail = make_mail(references=("<a@x>", "<b@x>"))
    draft = build_draft(mail, FACTS, PROFILE, draft_message_id="<d1@rejectwatch>", now=NOW)
    parsed = reparse(draft)
    assert parsed["To"] == "Priya Shah <priya@acme.com>"
    assert parsed["From"] == "Sam Lee <sam@example.org>"
    assert parsed["Subject"] == "Re: Your application to Acme"
    assert parsed["In-Reply-To"] == "<orig@acme.com>"
    assert parsed["References"] == "<a@x> <b@x> <orig@acme.com>"
    assert parsed["Message-ID"] == "<d1@rejectwatch>"
    assert parsed["X-Rejectwatch-Draft-For"] == "<orig@acme.com>"
    assert parsed["Date"].datetime == NOW
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().startswith("Hi Priya,")


def test_draft_prefers_reply_to() -> None:
    mail = make_mail(
        reply_to=Address("Priya Shah", "priya@acme.com"),
        sender=Address("Acme", "no-reply@greenhouse.io"),
    )
    facts = extract(mail)
    draft = build_draft(mail, facts, PROFILE, draft_message_id="<d@r>", now=NOW)
    assert reparse(draft)["To"] == "Priya Shah <priya@acme.com>"


def test_draft_without_contact_address_is_refused() -> None:
    facts = Facts("Acme", "", "", "", "unknown")
    with pytest.raises(MessageError):
        build_draft(make_mail(), facts, PROFILE, draft_message_id="<d@r>", now=NOW)


def test_draft_with_bad_profile_email_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        build_draft(
            make_mail(),
            FACTS,
            Profile("Sam", "not an address", ""),
            draft_message_id="<d@r>",
            now=NOW,
        )


def test_draft_without_profile_email_has_no_from() -> None:
    draft = build_draft(
        make_mail(), FACTS, Profile("Sam", "", ""), draft_message_id="<d@r>", now=NOW
    )
    assert "From" not in reparse(draft)


def test_draft_references_are_capped_and_deduplicated() -> None:
    refs = (*(f"<r{i}@x>" for i in range(30)), "<r3@x>")
    draft = build_draft(
        make_mail(references=refs), FACTS, PROFILE, draft_message_id="<d@r>", now=NOW
    )
    ids = reparse(draft)["References"].split()
    assert ids[0] == "<r0@x>"
    assert ids[-1] == "<orig@acme.com>"
    assert len(ids) == 11
    assert len(set(ids)) == len(ids)


def test_draft_without_original_id_has_no_threading_headers() -> None:
    draft = build_draft(make_mail(message_id=""), FACTS, PROFILE, draft_message_id="<d@r>", now=NOW)
    parsed = reparse(draft)
    assert "In-Reply-To" not in parsed
    assert "References" not in parsed
    assert "X-Rejectwatch-Draft-For" not in parsed


def test_draft_naive_now_is_utc() -> None:
    draft = build_draft(
        make_mail(), FACTS, PROFILE, draft_message_id="<d@r>", now=datetime(2024, 6, 20, 9, 30)
    )  # naive on purpose
    assert reparse(draft)["Date"].datetime == NOW


def test_header_injection_fixture_gives_a_safe_draft() -> None:
    path = FIXTURES / "header_injection.eml"
    mail = parse(path.read_bytes())
    draft = build_draft(mail, extract(mail), PROFILE, draft_message_id="<d@r>", now=NOW)
    raw = draft.as_bytes(policy=policy.SMTP)
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    names = [
        line.split(b":", 1)[0]
        for line in header_block.split(b"\r\n")
        if line and not line[:1].isspace()
    ]
    assert b"Bcc" not in names
    assert b"X-Injected" not in names
    assert reparse(draft)["Subject"] == "Re: Hello X-Injected: yes"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.eml")), ids=lambda p: p.stem)
def test_every_fixture_gives_a_draft_or_a_message_error(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    mail = parse(path.read_bytes(), **expected.get("parse_kwargs", {}))
    facts = extract(mail)
    if not facts.contact_address or senders.is_machine(facts.contact_address):
        with pytest.raises(MessageError):
            build_draft(mail, facts, PROFILE, draft_message_id="<d@r>", now=NOW)
        return
    draft = build_draft(mail, facts, PROFILE, draft_message_id="<d@r>", now=NOW)
    assert reparse(draft)["Subject"] == reply_subject(mail.subject)


header_text = st.lists(
    st.one_of(
        st.text(max_size=10),
        st.sampled_from(
            [
                "\r",
                "\n",
                "\r\n",
                "\x00",
                "=?",
                "?=",
                "=?utf-8?q?=0D=0A?=",
                " ",
                "Bcc: x@y",
                "\u2028",
                "é",
                "<",
                ">",
                ",",
                '"',
                "A" * 90,
            ]
        ),
    ),
    max_size=12,
).map("".join)
message_ids = st.one_of(
    st.just(""),
    st.builds(
        lambda a, b: f"<{a}@{b}>",
        st.sampled_from(["a", "x.y", "CAK" + "q" * 60]),
        st.sampled_from(["h", "mail.example.com", "eurprd04.prod.outlook.com"]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    subject=header_text,
    sender_name=header_text,
    contact_name=header_text,
    company=header_text,
    position=header_text,
    message_id=message_ids,
    references=st.lists(message_ids, max_size=15),
    user=header_text,
)
def test_draft_headers_are_single_line_and_round_trip(
    *,
    subject: str,
    sender_name: str,
    contact_name: str,
    company: str,
    position: str,
    message_id: str,
    references: list[str],
    user: str,
) -> None:
    mail = make_mail(
        message_id=message_id,
        subject=subject,
        sender=Address(sender_name, "priya@acme.com"),
        references=tuple(r for r in references if r),
    )
    facts = Facts(company, position, contact_name, "priya@acme.com", "unknown")
    draft = build_draft(
        mail, facts, Profile(user, "sam@example.org", ""), draft_message_id="<d@r>", now=NOW
    )
    for name, value in draft.items():
        assert "\r" not in str(value), name
        assert "\n" not in str(value), name
    parsed = reparse(draft)
    assert parsed.keys() == draft.keys()
    for name in ("Subject", "To", "From", "In-Reply-To", "References", "Message-ID"):
        assert str(parsed.get(name)) == str(draft.get(name)), name
    if message_id:
        assert parsed["In-Reply-To"] == message_id
    assert parsed["Subject"] == reply_subject(subject)
