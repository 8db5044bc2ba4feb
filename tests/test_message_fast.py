"""The fast MIME path of rejectwatch.mail.message builds the stdlib parser's tree, exactly.

message._message_from_bytes cuts multiparts at their boundary lines itself instead of letting
the stdlib walk every line; whatever it builds must be what email.message_from_bytes
(compat32) builds, on well-formed mail and on every damaged variant it takes rather than
leaving to the stdlib.
"""

from __future__ import annotations

import email
import email.message
import email.parser
import email.utils
import re._constants as sre_constants
import re._parser as sre_parser
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejectwatch.mail import message
from rejectwatch.mail.message import parse


def tree(msg: email.message.Message) -> tuple[Any, ...]:
    """Everything the parser decided about a message, recursively."""
    payload = msg._payload  # type: ignore[attr-defined]  # the raw payload, not decoded
    return (
        tuple(msg.raw_items()),
        [type(d).__name__ for d in msg.defects],
        msg.get_unixfrom(),
        msg.get_default_type(),
        msg.preamble,
        msg.epilogue,
        [tree(p) for p in payload] if isinstance(payload, list) else payload,
    )


def assert_same_tree(raw: bytes) -> None:
    assert tree(message._message_from_bytes(raw)) == tree(email.message_from_bytes(raw))


EOL = st.sampled_from(["\r\n"] * 8 + ["\n", "\r"])
WORDS = st.sampled_from(
    ["Hello", "there", "--", "From me", ">From", "Subject: no", " ", "\t", "=20", "caf\u00e9", ""]
)


@st.composite
def lines(draw: st.DrawFn, boundaries: list[str]) -> str:
    out = []
    for _ in range(draw(st.integers(0, 4))):
        line = " ".join(draw(st.lists(WORDS, max_size=4)))
        if boundaries and draw(st.integers(0, 12)) == 0:  # a line that looks like a boundary
            line = "--" + draw(st.sampled_from(boundaries)) + draw(st.sampled_from(["", "x", " "]))
        out.append(line + draw(EOL))
    return "".join(out)


@st.composite
def entity(draw: st.DrawFn, depth: int, boundaries: list[str], top: bool = False) -> str:
    """Headers, a blank line and a body: a leaf or (while depth allows) a multipart; a
    multipart with a boundary when ``top``."""
    kind = (
        "multipart/mixed"
        if top
        else draw(
            st.sampled_from(
                ["text/plain", "text/html", "application/pdf", "message/rfc822", "multipart/mixed"]
                if depth < 3
                else ["text/plain", "text/html"]
            )
        )
    )
    headers: list[str] = []
    eol = "\r\n" if top else draw(EOL)  # the top header block is CRLF (else: the stdlib's)
    if not top and draw(st.integers(0, 20)) == 0:
        headers.append("From someone@example Mon Jan  1 00:00:00 2024")
    if not top and draw(st.booleans()):
        headers.append(f"Content-Type: {kind}")
    if draw(st.integers(0, 20)) == 0:
        headers.append("not a header")
    if draw(st.integers(0, 20)) == 0:
        headers.append(" continued")
    if draw(st.integers(0, 20)) == 0:
        headers.append("Content-Transfer-Encoding: base64")
    if kind.startswith("multipart") and (top or (headers and draw(st.integers(0, 9)))):
        boundary = draw(st.sampled_from(["B1", "B2", "B1x", "=_b"]))
        headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        known = [*boundaries, boundary]
        body = draw(lines(known))  # preamble
        for _ in range(draw(st.integers(1 if top else 0, 3))):
            blanks = draw(st.sampled_from(["", "", " ", "\t"]))
            body += f"--{boundary}{blanks}{draw(EOL)}"
            if draw(st.integers(0, 9)):
                body += draw(entity(depth + 1, known))
        if draw(st.integers(0, 12)):
            body += f"--{boundary}--{draw(st.sampled_from(['', ' ']))}"
            body += draw(st.sampled_from(["", "\r\n", "\n"])) + draw(lines(known))
    else:
        body = draw(lines(boundaries))
    head = "".join(h + (eol if top else draw(EOL)) for h in headers)
    return head + (eol if top else draw(st.sampled_from([eol, "\r\n", "\r\n", ""]))) + body


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity(0, [], top=True))
def test_fast_path_builds_the_stdlib_tree(text: str) -> None:
    raw = "From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n" + text
    assert_same_tree(raw.encode("utf-8", "surrogateescape"))


def test_fast_path_is_taken_for_ordinary_multiparts(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = (
        b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=OUT\r\n\r\n"
        b"preamble\r\n--OUT\r\nContent-Type: multipart/alternative; boundary=IN\r\n\r\n"
        b"--IN\r\nContent-Type: text/plain\r\n\r\nplain text\nwith a bare LF\r\n"
        b"--IN\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--IN--\r\n\r\n"
        b"--OUT\r\nContent-Type: application/pdf; name=a.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--OUT--\r\nepilogue\r\n"
    )
    calls = []
    original = message._split_multipart

    def spy(*args: Any, **kwargs: Any) -> email.message.Message:
        calls.append(1)
        built: email.message.Message = original(*args, **kwargs)
        return built

    monkeypatch.setattr(message, "_split_multipart", spy)
    assert_same_tree(raw)
    assert len(calls) == 2  # the outer and the inner multipart, not the stdlib's line walk
    assert parse(raw).text == "plain text\nwith a bare LF"


def test_unsure_multiparts_are_left_to_the_stdlib() -> None:
    head = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n"
    part = b"Content-Type: text/plain\r\n\r\ntext\r\n"
    for body in (
        b"--X\r\n" + part + b"--X",  # cut right after a boundary line
        part + b"--X--\r\n",  # no start boundary
        b"--X\r\n--X\r\n" + part + b"--X--\r\n",  # two boundary lines in a row
        b"--X\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nhi\r\n--X--\r\n",
        b"--X\r\nFrom x\r\n" + part + b"--X--\r\n",
    ):
        raw = head + body
        text = raw.decode("ascii")
        top = text[: len(head) - 2]
        msg = email.parser.Parser().parsestr(top, headersonly=True)
        assert message._fast_multipart(msg, top, text[len(head) :]) is None
        assert_same_tree(raw)


HEADER_LINE = st.one_of(
    st.sampled_from(
        [
            "Subject: hello",
            "Subject:",
            "Subject:   ",
            "X-Odd:value",
            "To: a@b.example,\t",
            " folded on",
            "\tfolded with a tab",
            "  ",
            "Subject:" + " " * 30,
            "Subject:" + " \t" * 20 + "x",
            "From someone Mon Jan 1 00:00:00 2024",
            "From: someone",
            ": no name",
            "no colon at all",
            "Bad Name: x",
            "caf\u00e9: x",
            "Na\u00efve: caf\u00e9",
            "Stray: cr\rhere",
            "Stray: lf\nhere",
        ]
    ),
    st.builds(
        lambda n, v: f"{n}:{v}",
        st.from_regex(r"[!-9;-~]{1,8}", fullmatch=True),
        st.text(max_size=12),
    ),
)


@settings(max_examples=1500)
@given(st.lists(HEADER_LINE, min_size=1, max_size=6), st.sampled_from(["\r\n", "\n"]))
def test_header_block_is_the_stdlib_parse(lines: list[str], eol: str) -> None:
    head = "".join(line + eol for line in lines)
    assert tree(message._header_block(head)) == tree(
        email.parser.Parser().parsestr(head, headersonly=True)
    )


def _repeats_and_branches(items: Any) -> list[Any]:
    """Every repeat and branch opcode in a parsed pattern (re._parser), nested ones too."""
    found = []
    for op, arg in items:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            found.append(op)
            found += _repeats_and_branches(arg[2])
        elif op is sre_constants.POSSESSIVE_REPEAT:
            found += _repeats_and_branches(arg[2])
        elif op is sre_constants.BRANCH:
            found.append(op)
        elif op is sre_constants.SUBPATTERN:
            found += _repeats_and_branches(arg[3])
    return found


def test_the_plain_header_regexes_never_backtrack() -> None:
    """Linear time by construction: every repeat possessive, no alternation (s16's greedy
    one-regex block was quadratic on runs of blanks)."""
    for pattern in (message._PLAIN_BLOCK_RE, message._FIELD_RE):
        assert _repeats_and_branches(sre_parser.parse(pattern.pattern)) == []


@pytest.mark.parametrize(
    "head",
    [
        "Subject:" + " " * 50_000 + "\r\n",
        "Subject:" + " \t" * 25_000 + "x\r\n",
        "Subject:" + " " * 50_000 + "\rx\r\n",  # a bare CR after the blanks: not plain
        "Subject: a\r\n" + " " * 50_000 + "\r\n",  # a fold of blanks
        "Subject: a\r\n" + " \r\n" * 20_000 + "x\r\n",  # folds, then a line that is not one
        "X" * 50_000 + "\r\n",  # a name without its colon
    ],
)
def test_hostile_header_blocks_are_the_stdlib_parse(head: str) -> None:
    """Long runs of blanks and name characters, read as the stdlib reads them (a pattern that
    backtracked on them would take minutes here, not milliseconds)."""
    assert tree(message._header_block(head)) == tree(
        email.parser.Parser().parsestr(head, headersonly=True)
    )


def test_a_multipart_cut_short_is_read_as_the_stdlib_reads_it() -> None:
    """A fetch of the first few KB cuts most multiparts before their closing boundary."""
    head = b"From: a@b.example\r\nContent-Type: multipart/alternative; boundary=X\r\n\r\n"
    body = (
        b"--X\r\nContent-Type: text/plain\r\n\r\nWe regret to say\r\n--X\r\nContent-Type: text/ht"
    )
    for cut in range(len(body) + 1):
        assert_same_tree(head + body[:cut])
    raw = head + body[:-3]  # cut inside the second part's text
    text = raw.decode("ascii")
    top = text[: len(head) - 2]
    msg = email.parser.Parser().parsestr(top, headersonly=True)
    assert message._fast_multipart(msg, top, text[len(head) :]) is not None
    assert "CloseBoundaryNotFoundDefect" in parse(raw).defects
    assert parse(raw, truncated=True).text.startswith("We regret to say")


FIELD_NAMES = ["Content-Type", "content-type", "CONTENT-TRANSFER-ENCODING", "X-Other", "To"]


@settings(max_examples=800)
@given(
    st.lists(
        st.tuples(st.sampled_from(FIELD_NAMES), st.text(max_size=10)),
        max_size=6,
    ),
    st.sampled_from([n.swapcase() for n in FIELD_NAMES] + ["missing"]),
)
def test_field_table_get_is_the_stdlib_get(fields: list[tuple[str, str]], asked: str) -> None:
    """The parser's own Message class answers get() as the stdlib's does, also after its fields
    change (surrogate-escaped 8-bit values included, which compat32 turns into a Header)."""
    fast, slow = message._FieldTable(), email.message.Message()
    for name, value in fields:
        for msg in (fast, slow):
            msg.set_raw(name, value)
    assert str(fast.get(asked, "-")) == str(slow.get(asked, "-"))
    assert type(fast.get(asked)) is type(slow.get(asked))
    for msg in (fast, slow):
        msg["To"] = "added@example.org"
    assert str(fast.get("to")) == str(slow.get("to"))  # the table is made again here
    for msg in (fast, slow):
        if "content-type" in msg:
            msg.replace_header("Content-Type", "text/plain; charset=\udce9")
    for name in FIELD_NAMES:
        assert str(fast.get(name)) == str(slow.get(name))
    del fast["to"], slow["to"]
    assert fast.get("to") == slow.get("to") is None


@settings(max_examples=1500)
@given(
    st.one_of(
        st.text(alphabet="text/plain; charset=\"UTF-8=*'\\\t,\u00e9", max_size=30),
        st.builds(
            lambda base, at, extra: base[:at] + extra + base[at:],
            st.sampled_from(
                ["text/plain; charset=utf-8", 'text/html;Charset="ISO-8859-1"', "text/plain"]
            ),
            st.integers(0, 30),
            st.sampled_from(['"', ";", "*", " ", "\t", "=", "x", "\u00e9", "\r\n "]),
        ),
    )
)
def test_charset_is_get_content_charset(content_type: str) -> None:
    msg = email.message.Message()
    msg.set_raw("Content-Type", content_type)
    assert message._charset(msg) == msg.get_content_charset()


def _stdlib_date(value: str) -> datetime | None:
    """What _read_date made of every Date value before its fast path: parsedate_tz's reading."""
    parts = email.utils.parsedate_tz(value)
    if parts is None:
        return None
    try:
        offset = parts[9]
        tz = UTC if offset is None else timezone(timedelta(seconds=offset))
        return datetime(*parts[:6], tzinfo=tz)
    except (ValueError, OverflowError):
        return None


@settings(max_examples=400, deadline=None)
@given(
    day_name=st.sampled_from(["", "Mon, ", "Sun, "]),
    day=st.integers(0, 39),
    month=st.sampled_from(["Jan", "Feb", "Jun", "Dec"]),
    year=st.integers(1000, 9999),
    hms=st.tuples(st.integers(0, 29), st.integers(0, 69), st.integers(0, 69)),
    sign=st.sampled_from("+-"),
    zone=st.tuples(st.integers(0, 99), st.integers(0, 99)),
)
def test_plain_date_is_read_as_parsedate_tz_reads_it(
    day_name: str,
    day: int,
    month: str,
    year: int,
    hms: tuple[int, int, int],
    sign: str,
    zone: tuple[int, int],
) -> None:
    value = (
        f"{day_name}{day} {month} {year} {hms[0]:02d}:{hms[1]:02d}:{hms[2]:02d} "
        f"{sign}{zone[0]:02d}{zone[1]:02d}"
    )
    assert message._PLAIN_DATE_RE.fullmatch(value)  # the fast path, not the fallback
    got, expected = message._read_date(value), _stdlib_date(value)
    assert got == expected
    assert repr(got) == repr(expected)  # the same tzinfo too
