"""message.parse: golden .eml fixtures, invariants under hypothesis, and hostile inputs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejectwatch.mail.message import (
    Address,
    Mail,
    decode_bytes,
    decode_header_value,
    html_to_text,
    normalise_message_id,
    parse,
)

FIXTURES = Path(__file__).parent / "fixtures" / "eml"
CASES = sorted(FIXTURES.glob("*.eml"))


def load_case(path: Path) -> tuple[Mail, dict[str, Any]]:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return parse(path.read_bytes(), **expected.get("parse_kwargs", {})), expected


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 12
    for path in CASES:
        assert path.with_suffix(".expected.json").exists(), path.name


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_fixture(path: Path) -> None:
    mail, expected = load_case(path)
    assert mail.subject == expected["subject"]
    assert mail.sender == Address(**expected["sender"])
    assert mail.message_id == expected["message_id"]
    for snippet in expected["text_contains"]:
        assert snippet in mail.text
    for snippet in expected.get("text_excludes", []):
        assert snippet not in mail.text
    for defect in expected.get("defects_contains", []):
        assert defect in mail.defects
    if "reply_to" in expected:
        assert mail.reply_to == Address(**expected["reply_to"])
    if "references" in expected:
        assert list(mail.references) == expected["references"]
    if "date" in expected:
        assert mail.date == expected["date"]
    assert mail.truncated == expected.get("truncated", False)
    assert_mail_invariants(mail)


def assert_mail_invariants(mail: Mail) -> None:
    one_line = [
        mail.subject,
        mail.sender.name,
        mail.sender.address,
        mail.message_id,
        mail.in_reply_to,
        *mail.references,
        *mail.headers.values(),
    ]
    one_line += [a.name for a in mail.to] + [a.address for a in mail.to]
    if mail.reply_to is not None:
        one_line += [mail.reply_to.name, mail.reply_to.address]
    for value in one_line:
        assert isinstance(value, str)
        assert "\r" not in value
        assert "\n" not in value
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in value), repr(value)
    for message_id in (mail.message_id, mail.in_reply_to, *mail.references):
        assert message_id == "" or (message_id.startswith("<") and message_id.endswith(">"))
        assert " " not in message_id
    if mail.date is not None:
        assert mail.date.tzinfo is not None
    for header in ("\r", "\n"):
        assert header not in mail.sender.formatted()
    assert isinstance(mail.text, str)
    assert all(isinstance(d, str) and d for d in mail.defects)


def test_plain_message_fields() -> None:
    mail, _ = load_case(FIXTURES / "plain_rejection.eml")
    assert mail.date == datetime.fromisoformat("2024-06-04T09:12:44-07:00")
    assert mail.to == (Address("Sam Lee", "sam@example.org"),)
    assert mail.sender_line == "Priya Shah <priya.shah@acme.com>"
    assert mail.sender.formatted() == "Priya Shah <priya.shah@acme.com>"
    assert mail.defects == ()


def test_naive_date_is_utc_and_garbage_date_is_none() -> None:
    naive = parse(b"Date: Mon, 3 Jun 2024 10:00:00\n\nx")
    assert naive.date is not None
    assert naive.date.utcoffset() is not None
    assert naive.date.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert parse(b"Date: 31 Febtember 99999 99:99\n\nx").date is None
    assert parse(b"Date: Mon, 3 Jun 2024 10:00:00 +9999\n\nx").date is None


@pytest.mark.parametrize(
    "value",
    [
        "Mon, 3 Jun 0201 10:00:00 +0000",  # a three-digit year: no real date
        "Mon, 3 Jun 0024 10:00:00 +0000",  # four digits, read as a two-digit year: 2024
        "Mon, 1 Jan 0001 00:00:00 +0100",  # read as 2001
        "Mon, 3 Jun 124 10:00:00 +0000",  # years since 1900, as old Y2K bugs wrote them
        "Fri, 31 Dec 9999 23:59:59 +0000",
        "Thu, 01 Jan 1970 00:00:00 +0000",  # a zero timestamp from a broken mailer
        "Sat, 3 Jun 1882 10:00:00 +0000",
        "Sun, 3 Jun 2125 10:00:00 +0000",  # a century ahead
    ],
)
def test_a_date_far_outside_any_plausible_range_is_no_date(value: str) -> None:
    """parsedate_tz reads any year, so these came out as dates in year 201 or 9999, which
    the CRM recorded and the draft age was judged by. Now they are treated as unreadable:
    the scan then uses the server's INTERNALDATE (for the draft age and the CRM date)."""
    assert parse(f"Date: {value}\n\nx".encode()).date is None


def test_a_plausible_date_is_kept_even_with_a_two_digit_year_or_a_little_ahead() -> None:
    assert parse(b"Date: Mon, 3 Jun 24 10:00:00 +0000\n\nx").date == datetime.fromisoformat(
        "2024-06-03T10:00:00+00:00"
    )
    assert parse(b"Date: Fri, 3 Jan 1997 10:00:00 +0100\n\nx").date is not None
    ahead = datetime.now(UTC) + timedelta(hours=20)  # a sender whose clock runs fast
    header = f"Date: {format_datetime(ahead)}\n\nx".encode()
    assert parse(header).date is not None
    far = datetime.now(UTC) + timedelta(days=40)
    assert parse(f"Date: {format_datetime(far)}\n\nx".encode()).date is None


def test_extra_headers_are_kept_lowercase_and_read_only() -> None:
    mail = parse(b"List-Id: <news.acme.com>\nPrecedence: bulk\nX-Mailer: Foo 1.0\n\nhi")
    assert dict(mail.headers) == {
        "list-id": "<news.acme.com>",
        "precedence": "bulk",
        "x-mailer": "Foo 1.0",
    }
    with pytest.raises(TypeError):
        mail.headers["x"] = "y"  # type: ignore[index]


def test_html_to_text_drops_noise_and_keeps_structure() -> None:
    html = (
        "<html><head><title>T</title><style>.a{}</style></head><body>"
        "<script>alert(1)</script><p>First   line</p><div>Second<br>Third "
        "<a href='https://x'>link text</a></div><table><tr><td>a</td><td>b</td></tr></table>"
        "</body></html>"
    )
    assert html_to_text(html) == "First line\n\nSecond\nThird link text\n\na b"
    assert html_to_text("") == ""
    assert html_to_text("   ") == ""


def test_decode_header_value_variants() -> None:
    assert decode_header_value("=?utf-8?q?caf=C3=A9?= =?utf-8?q?_bar?=") == "café bar"
    # a multi-byte character split across two encoded words
    assert decode_header_value("=?utf-8?b?w6k=?= =?utf-8?q?=C3?= =?utf-8?q?=A9?=") == "éé"
    assert decode_header_value("=?x-nonsense?q?abc?=") == "abc"
    assert decode_header_value("=?utf-8?b?not base64!!?=") == "=?utf-8?b?not base64!!?="
    assert decode_header_value("=?utf-8?b?@@@?=") == ""
    assert decode_header_value(b"Bj\xf6rn") == "Björn"
    assert decode_header_value(b"Bj\xc3\xb6rn") == "Björn"
    assert decode_header_value("plain") == "plain"
    assert decode_header_value("=?utf-8*en?q?Hi?=") == "Hi"


def test_decode_bytes_fallbacks() -> None:
    assert decode_bytes(b"caf\xe9", "utf-8") == ("café", "charset-mismatch:utf-8")
    assert decode_bytes("café".encode(), "x-foo") == ("café", "unknown-charset:x-foo")
    assert decode_bytes(b"abc", "idna")[1] == "unknown-charset:idna"
    assert decode_bytes(b"abc", "base64")[1] == "unknown-charset:base64"
    assert decode_bytes("日本".encode("shift_jis"), "shift_jis") == ("日本", None)
    assert decode_bytes(b"\x81\x8d", None)[0]  # undefined in cp1252: replaced, not raised


def test_message_id_normalisation() -> None:
    assert normalise_message_id("  <a@b>  ") == "<a@b>"
    assert normalise_message_id("a@b") == "<a@b>"
    assert normalise_message_id("garbage") == ""
    assert normalise_message_id("<a b@c>") == ""
    assert normalise_message_id("") == ""
    assert normalise_message_id("<ünï@code>") == ""


def test_text_is_capped() -> None:
    mail = parse(b"Subject: x\n\n" + b"word " * 1000, max_text_chars=100)
    assert len(mail.text) == 100
    assert "text-truncated" in mail.defects


def test_huge_subject_is_capped_on_one_line() -> None:
    mail = parse(b"Subject: " + b"A" * 50_000 + b"\n " + b"B" * 50_000 + b"\n\nbody")
    assert len(mail.subject) <= 1000
    assert mail.text == "body"


def test_deep_nesting_is_capped() -> None:
    depth = 100
    raw = b"Content-Type: multipart/mixed; boundary=b0\n\n"
    for i in range(1, depth):
        raw += f"--b{i - 1}\nContent-Type: multipart/mixed; boundary=b{i}\n\n".encode()
    raw += f"--b{depth - 1}\nContent-Type: text/plain\n\ndeep text\n".encode()
    mail = parse(raw)
    assert "too-deep" in mail.defects
    assert mail.text == ""


def test_very_deep_nesting_does_not_raise() -> None:
    raw = b"".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n".encode() for i in range(3000)
    )
    mail = parse(b"Subject: nested\nMessage-ID: <n@x>\n" + raw)
    assert mail.subject == "nested"
    assert mail.message_id == "<n@x>"
    assert mail.defects[0] == "parse-failed:RecursionError"


def test_huge_address_list_is_bounded() -> None:
    mail = parse(b"To: " + b"someone@example.com, " * 20_000 + b"\n\nx")
    assert 0 < len(mail.to) <= 100
    assert "long-address-header" in mail.defects


def test_named_inline_text_file_is_not_the_body() -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary=M\n\n--M\nContent-Type: text/plain\n"
        b"Content-Disposition: inline; filename=log.txt\n\nLOG\n--M\n"
        b"Content-Type: text/plain\n\nReal body\n--M--\n"
    )
    assert parse(raw).text == "Real body"


def test_many_parts_are_capped() -> None:
    parts = b"".join(b"--B\nContent-Type: image/png\n\nx\n" for _ in range(500))
    mail = parse(b"Content-Type: multipart/mixed; boundary=B\n\n" + parts + b"--B--\n")
    assert "too-many-parts" in mail.defects


def test_plain_preferred_but_html_used_when_plain_is_a_stub() -> None:
    raw = (
        b"Content-Type: multipart/alternative; boundary=A\n\n--A\nContent-Type: text/plain\n\n"
        b"View in HTML.\n--A\nContent-Type: text/html\n\n<p>The real message is here.</p>\n--A--\n"
    )
    assert parse(raw).text == "The real message is here."


def test_multipart_without_boundary_keeps_its_text() -> None:
    mail = parse(b"Content-Type: multipart/mixed\n\nJust text here.\n")
    assert mail.text == "Just text here."


# --------------------------------------------------------------------------- hypothesis


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_parse_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    assert_mail_invariants(parse(raw))


HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Reply-To",
        "Subject",
        "Message-ID",
        "Date",
        "References",
        "In-Reply-To",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "MIME-Version",
        "List-Id",
        "X-Mailer",
        "Cc",
        "subject",
        "FROM",
    ]
)
CHARSETS = st.sampled_from(
    [
        "utf-8",
        "UTF-8",
        "iso-8859-1",
        "windows-1252",
        "x-unknown",
        "us-ascii",
        "shift_jis",
        "koi8-r",
        "utf-7",
        "idna",
        "base64",
        "rot13",
        "",
        '"utf-8"',
        "utf-16",
        "gb2312",
    ]
)
_TOKENS = st.sampled_from(
    [
        "=?utf-8?b?w6k=?=",
        "=?iso-8859-1?q?Andr=E9?=",
        "=?",
        "?=",
        "<a@b>",
        "<",
        ">",
        "@",
        ",",
        ";",
        '"',
        "\\",
        "\r\n",
        "\n",
        " ",
        "\t",
        "\x00",
        "\xff",
        "boundary=X",
        "charset=",
        "multipart/mixed",
        "text/html",
        "base64",
        "quoted-printable",
        "--X",
        "--X--",
        "=ZZ",
        "Jane Doe",
        "(comment)",
        "\u00e9",
        "\u2028",
        "Mon, 3 Jun 2024 10:00:00 +0200",
    ]
)
header_values = st.lists(st.one_of(_TOKENS, st.text(max_size=20)), max_size=12).map("".join)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    lines: list[bytes] = []
    for name, value in draw(st.lists(st.tuples(HEADER_NAMES, header_values), max_size=12)):
        encoding = draw(st.sampled_from(["utf-8", "latin-1"]))
        lines.append(f"{name}: {value}".encode(encoding, errors="replace"))
    charset = draw(CHARSETS)
    cte = draw(st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", ""]))
    body = draw(st.one_of(st.binary(max_size=300), header_values.map(str.encode)))
    if draw(st.booleans()):
        part = (
            f"Content-Type: text/{draw(st.sampled_from(['plain', 'html']))};"
            f" charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
        ).encode() + body
        closing = draw(st.sampled_from([b"\n--X--\n", b"", b"\n--X\n"]))
        lines.append(b"Content-Type: multipart/alternative; boundary=X")
        body = b"--X\n" + part + closing
    else:
        lines.append(f"Content-Type: text/plain; charset={charset}".encode())
        lines.append(f"Content-Transfer-Encoding: {cte}".encode())
    sep = draw(st.sampled_from([b"\n", b"\r\n"]))
    return sep.join(lines) + sep + sep + body


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_parse_never_raises_on_generated_messages(raw: bytes) -> None:
    assert_mail_invariants(parse(raw))


@given(st.text(max_size=200))
def test_decode_header_value_never_raises(value: str) -> None:
    assert isinstance(decode_header_value(value), str)


@given(st.text(max_size=300))
def test_html_to_text_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_parse_accepts_stdlib_generated_message() -> None:
    message = EmailMessage()
    message["From"] = "Zoë Ångström <zoe@example.com>"
    message["Subject"] = "Ünïcode subject " * 8
    message["Message-ID"] = "<gen@example.com>"
    message.set_content("Grüße\n")
    mail = parse(message.as_bytes())
    assert mail.sender == Address("Zoë Ångström", "zoe@example.com")
    assert mail.subject == ("Ünïcode subject " * 8).strip()
    assert mail.text == "Grüße"


def test_encoded_word_inside_an_address_is_not_an_address() -> None:
    raw = (
        b"From: =?utf-8?q?Luc=C3=ADa?= Kaur <=?utf-8?q?luc=C3=ADa?=.kaur@gmail.com>\r\n"
        b"Subject: x\r\n\r\nbody\r\n"
    )
    mail = parse(raw)
    assert mail.sender.name == "Lucía Kaur"
    assert mail.sender.address == ""
