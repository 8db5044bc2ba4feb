"""mail.fetch_response reads a scan's FETCH answers as imapclient's generic parser does.

The oracle is imapclient's own parser (``parse_fetch_response``) on the same input: responses
built in the shape imaplib hands over (a line, or a (line, literal) pair per literal), in any
item order, with literals, quoted strings (escapes included), NIL and FLAGS lists; and the
raw answers of every server the suite starts (Dovecot, Cyrus, Courier) to the FETCHes a scan
sends. What the reader does not take, it refuses (the mailbox then uses imapclient's).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from imapclient.response_parser import parse_fetch_response

from mailgen import make_message
from rejectwatch.logs import TRACE_LOGGER
from rejectwatch.mail.fetch_response import UnreadableError, read_fetch
from rejectwatch.mail.mailbox import HEADER_CAP
from rejectwatch.testing.dovecot import DovecotServer, TestServer

Item = tuple[bytes, tuple[str, Any]]  # (key, (kind, value))


def imaplib_shape(seq: int, items: list[Item]) -> list[bytes | tuple[bytes, bytes]]:
    """One untagged FETCH response as imaplib stores it (without "* " and "FETCH")."""
    out: list[bytes | tuple[bytes, bytes]] = []
    line = f"{seq} (".encode()
    for n, (key, (kind, value)) in enumerate(items):
        line += (b" " if n else b"") + key + b" "
        if kind == "literal":
            out.append((line + b"{%d}" % len(value), value))
            line = b""
        elif kind == "quoted":
            line += b'"' + value.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'
        elif kind == "nil":
            line += b"NIL"
        elif kind == "number":
            line += str(value).encode()
        else:  # a list of atoms
            line += b"(" + b" ".join(value) + b")"
    out.append(line + b")")
    return out


def uid_keyed(data: list[Any]) -> dict[int, dict[bytes, Any]]:
    parsed = parse_fetch_response(data, True, True)
    return {uid: dict(values) for uid, values in parsed.items()}


SAFE_TEXT = st.binary(max_size=60).filter(lambda b: b"\r" not in b and b"\n" not in b)
VALUES = st.one_of(
    st.tuples(st.just("literal"), st.binary(max_size=300)),
    st.tuples(st.just("quoted"), SAFE_TEXT.filter(lambda b: b.isascii())),
    st.tuples(st.just("nil"), st.none()),
)
FLAGS = st.lists(st.sampled_from([b"\\Seen", b"\\Draft", b"$Label1", b"\\Flagged"]), max_size=3)


@st.composite
def responses(draw: st.DrawFn) -> tuple[list[Any], dict[int, dict[bytes, Any]]]:
    """Responses for distinct UIDs, items in any order; the expected reading beside them."""
    uids = draw(st.lists(st.integers(1, 10**6), min_size=1, max_size=5, unique=True))
    data: list[Any] = []
    expected: dict[int, dict[bytes, Any]] = {}
    for seq, uid in enumerate(uids, 1):
        items: list[Item] = [
            (b"UID", ("number", uid)),
            (b"RFC822.SIZE", ("number", draw(st.integers(0, 10**7)))),
            (b"BODY[HEADER]<0>", draw(VALUES)),
            (b"BODY[TEXT]<0>", draw(VALUES)),
        ]
        if draw(st.booleans()):
            items.append((b"FLAGS", ("list", draw(FLAGS))))
        items = draw(st.permutations(items))
        data += imaplib_shape(seq, items)
        expected[uid] = {b"SEQ": seq}
        for key, (kind, value) in items:
            if key == b"UID":
                continue
            expected[uid][key] = tuple(value) if kind == "list" else value
    return data, expected


@given(responses())
def test_reads_what_imapclient_reads_in_any_order(case: tuple[list[Any], dict[int, Any]]) -> None:
    data, expected = case
    assert read_fetch(data) == expected
    assert read_fetch(data) == uid_keyed(data)


def test_escapes_nil_lowercase_keys_and_a_response_split_over_literals() -> None:
    data: list[Any] = [
        (b"7 (uid 42 BODY[HEADER]<0> {5}", b"ab\r\nc"),
        (b" BODY[TEXT]<0> {0}", b""),
        b' RFC822.SIZE 99 FLAGS (\\Seen $X) BODY[HEADER.FIELDS (MESSAGE-ID)] "say \\"hi\\" \\\\")',
        b'8 (UID 43 BODY[TEXT]<0> NIL MODSEQ (12345) BODY[HEADER]<0> "")',
    ]
    expected = {
        42: {
            b"SEQ": 7,
            b"BODY[HEADER]<0>": b"ab\r\nc",
            b"BODY[TEXT]<0>": b"",
            b"RFC822.SIZE": 99,
            b"FLAGS": (b"\\Seen", b"$X"),
            b"BODY[HEADER.FIELDS (MESSAGE-ID)]": b'say "hi" \\',
        },
        43: {b"SEQ": 8, b"BODY[TEXT]<0>": None, b"MODSEQ": (12345,), b"BODY[HEADER]<0>": b""},
    }
    assert read_fetch(data) == expected == uid_keyed(data)


def test_an_unsolicited_flags_update_is_skipped_and_split_responses_merge() -> None:
    data: list[Any] = [
        b"3 (FLAGS (\\Seen))",  # another session changed message 3: no UID, not asked for
        b"4 (UID 10 RFC822.SIZE 5)",
        (b"4 (UID 10 BODY[]<0> {5}", b"hello"),
        b")",
    ]
    assert read_fetch(data) == {10: {b"SEQ": 4, b"RFC822.SIZE": 5, b"BODY[]<0>": b"hello"}}
    assert read_fetch([None]) == {} == read_fetch([])


@pytest.mark.parametrize(
    "data",
    [
        [b'1 (UID 1 BODYSTRUCTURE ("text" "plain" NIL NIL NIL "7bit" 3 1))'],
        [b'1 (UID 1 INTERNALDATE "06-May-2024 10:00:00 +0000")'],
        [b'1 (UID 1 X-GM-LABELS ("\\\\Inbox" "a b"))'],
        [b"1 (UID 1 RFC822.SIZE 5"],  # cut short
        [(b"1 (UID 1 BODY[]<0> {9}", b"short")],  # a literal of the wrong size
        [b"garbage"],
        [b'1 (UID 1 BODY[TEXT]<0> "a\\b")'],  # an escape IMAP does not have
    ],
)
def test_refuses_what_it_does_not_take(data: list[Any]) -> None:
    with pytest.raises(UnreadableError):
        read_fetch(data)


# --- the servers' own answers -------------------------------------------------------------


TRICKY = [
    make_message("Plain", "Hello there.\n" * 50, "a@example.net", message_id="<p@t>"),
    make_message("Empty body", "", "b@example.net", message_id="<e@t>"),
    make_message('Quotes " and \\ backslash', 'He said "no" \\ twice', "c@example.net"),
    make_message("Long", "x" * 40_000, "d@example.net", message_id="<l@t>"),
    "From: e@example.net\r\nSubject: Gr\u00fc\u00dfe\r\n\r\n8-bit body \u00e9\r\n".encode(),
]
SCAN_FETCHES = [
    [b"RFC822.SIZE", f"BODY.PEEK[HEADER]<0.{HEADER_CAP}>".encode(), b"BODY.PEEK[TEXT]<0.4096>"],
    [b"RFC822.SIZE", b"BODY.PEEK[]<0.262144>"],
    [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)]"],
]


@pytest.mark.imap
@pytest.mark.parametrize("items", SCAN_FETCHES, ids=["preview", "whole", "header-fields"])
def test_every_server_s_answer_is_read_as_imapclient_reads_it(
    imap_server: TestServer, imap_user: str, items: list[bytes]
) -> None:
    imap_server.append(imap_user, "INBOX", TRICKY)
    with imap_server.mailbox(imap_user) as box:
        box.select("INBOX")
        uids = box.uids_after(0)
        data = box.client._raw_command_untagged(
            b"FETCH", [b",".join(b"%d" % u for u in uids), b"(" + b" ".join(items) + b")"]
        )
        read = read_fetch(data)  # the fast reader takes every server's answer...
        assert sorted(read) == uids
        assert read == uid_keyed(data)  # ... and reads it as imapclient does
        # The scan's own path gives what imapclient's fetch() gives, and marks nothing read.
        ours = {f.uid: (f.raw, f.truncated, f.size) for f in box.fetch(uids, 262_144, preview=4096)}
        assert [ours[u][0][:20] for u in uids] == [m[:20] for m in TRICKY]
    assert all(b"\\Seen" not in flags for _, flags in imap_server.folder_flags(imap_user, "INBOX"))


@pytest.mark.imap
def test_imaplib_formats_no_wire_trace_unless_the_trace_is_on(
    dovecot: DovecotServer, imap_user: str
) -> None:
    # At imapclient's debug level 5 imaplib builds a repr of every literal it reads, for a
    # logger that drops it: the trace logger's level decides (REJECTWATCH_TRACE_IMAP, logs.py).
    wire = logging.getLogger(TRACE_LOGGER)
    before = wire.level
    try:
        wire.setLevel(logging.WARNING)
        with dovecot.mailbox(imap_user) as box:
            assert box.client._imap.debug == 0
        wire.setLevel(logging.DEBUG)
        with dovecot.mailbox(imap_user) as box:
            assert box.client._imap.debug > 0
    finally:
        wire.setLevel(before)
