"""The header digest: a SEARCH of From/To/Cc/Subject restricted to the UIDs it names gives the
server's own answer, on every server of the matrix, for headers the server reads otherwise
than as their bytes (encoded words, comments, quoted pairs, folding, an address without a
domain, 8-bit text); and a scan's look-ups of the watched folder are restricted that way."""

from __future__ import annotations

from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.crm.contacts import Query
from rejectwatch.mail.header_digest import FolderDigest, digest, usable_term
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.pipeline.history import HistoryLookup
from rejectwatch.testing.dovecot import DovecotServer, TestServer

ADDRESS = ("FROM", "TO", "CC")


def raw(*fields: bytes, body: bytes = b"Hello.\r\n") -> bytes:
    return b"\r\n".join(fields) + b"\r\n\r\n" + body


# The messages the servers read in their own ways; each names "acme" somewhere, or nearly.
HOSTILE = [
    raw(b"From: =?utf-8?q?Acme_Talent?= <talent@ats.example>", b"Subject: hi"),
    raw(b"From: jane@ac(a comment)me.example", b"Subject: hi"),
    raw(b"From: Jane (Acme recruiting) <jane@example.org>", b"Subject: hi"),
    raw(b'From: "Ac\\me Careers" <x@example.org>', b"Subject: hi"),
    raw(b"From: someone@example.org", b"To: acme", b"Subject: an address with no domain"),
    raw(b"From: x@example.org", b"Cc: Jane\r\n Doe <jane@\r\n acme.example>", b"Subject: folded"),
    raw(b"From: x@example.org", b"Subject: =?utf-8?b?SW50ZXJ2aWV3IGF0IEFjbWU=?="),
    raw(b"From: x@example.org", b"Subject: Interview at ACME Corp"),
    raw(b"From: x@example.org", "Subject: Intervju hos Åcme".encode()),
    raw("From: Åse Acme <ase@example.org>".encode(), b"Subject: hi"),
    raw(b"FROM : Acme <hr@acme.example>", b"Subject: hi"),
    raw(b"fRoM: hr@ACME.example", b"sUbJeCt: acme"),
    raw(b"From: x@example.org", b"Reply-To: acme@acme.example", b"Subject: hi"),
    raw(b"From: x@example.org", b"Subject: hi", body=b"From: acme@acme.example\r\n"),
    raw(b"From: undisclosed:;", b"To: Acme Group: jane@acme.example, bob@example.org;"),
    raw(b"From: <@route.acme.example:jane@example.org>", b"Subject: hi"),
    raw(b"From: x@example.org", b"Subject: hi"),
]
TERMS = ["acme", "acme.example", "ac", "talent", "doe", "jane", "corp", "example.org", "route"]


def test_usable_terms() -> None:
    assert all(usable_term(t) for t in ("acme", "acme-labs.co.uk"))
    # look-up terms are lower case; anything else goes unrestricted
    assert not any(usable_term(t) for t in ("Acme", "nørdlys", "acme_labs", ""))
    # a word a server writes into an address it cannot read (Dovecot's MISSING_DOMAIN)
    assert not any(usable_term(t) for t in ("domain", "main", "error"))


def test_the_digest_of_a_header() -> None:
    kept = digest(raw(b"From: Jane Doe <jane@Acme.example>", b"Subject: Hi (Acme)!"))
    assert kept == b"janedoejaneacme.examplehiacme"
    assert digest(raw(b"From: =?utf-8?q?Acme?= <a@b.example>")) is None  # an encoded word
    assert digest(raw(b"From: a@b.example (Acme)")) is None  # a comment the server drops
    assert digest(raw("Subject: Åcme".encode())) is None  # 8-bit
    assert digest(b"From: a@b.example\r\nSubject: no end of header") is None  # cut short
    assert digest(raw(b"Received: from x (y)", b"From: a@b.example")) == b"ab.example"
    # the header ends at the first empty line, CRLF or bare LF, and nothing after it counts
    assert digest(b"From: a@b.example\n\nFrom: c@d.example\r\n\r\n") == b"ab.example"
    assert (
        digest(b"To: a@b.example\r\nCc: c@d.example\n\r\nTo: x@y.z\n\n") == b"ab.examplecd.example"
    )
    assert digest(b"\r\nFrom: a@b.example\r\n\r\n") == b""  # no header at all


def test_the_uid_set_names_what_the_digest_has_not_seen() -> None:
    plain = raw(b"From: x@example.org", b"Subject: hi")
    acme = raw(b"From: jane@acme.example", b"Subject: hi")
    # A scan without a window: UIDs 11..20 are all there is above the checkpoint 10.
    found = FolderDigest(list(range(11, 21)), complete_after=10)
    found.add([(11, plain), (12, acme), (13, raw(b"From: =?x?q?y?= <a@b.c>")), (14, plain)])
    assert found.within(["acme"], ADDRESS) == b"1:10,12:13,15:*"  # 15..20 not fetched yet
    found.add([(u, plain) for u in range(15, 21)])
    assert found.within(["acme"], ADDRESS) == b"1:10,12:13,21:*"
    assert found.within(["nothing"], ADDRESS) == b"1:10,13,21:*"
    assert found.within(["Acme"], ADDRESS) is None  # a term it does not answer for
    assert found.within(["acme"], ("BODY",)) is None
    # A window: the folder may hold any UID the digest has not seen.
    windowed = FolderDigest([5, 9], complete_after=None)
    windowed.add([(5, plain), (9, acme)])
    assert windowed.within(["acme"], ADDRESS) == b"1:4,6:*"


@pytest.mark.imap
def test_a_restricted_search_is_the_servers_own_answer(
    imap_server: TestServer, imap_user: str
) -> None:
    refused = []
    for message in HOSTILE:  # Cyrus refuses some (8-bit headers, "FROM :"): the rest are used
        try:
            imap_server.append(imap_user, "INBOX", [message])
        except RuntimeError as error:
            refused.append(str(error))
    assert len(refused) <= 3, refused
    with imap_server.mailbox(imap_user) as box:
        box.select("INBOX", readonly=True)
        uids = box.uids_after(0)
        found = FolderDigest(uids, complete_after=0)
        found.add((f.uid, f.raw) for f in box.fetch(uids, 262_144, preview=1024))
        restricted = 0
        for term in TERMS:
            for fields, subjects in ((ADDRESS, ()), (("SUBJECT",), ()), (ADDRESS, (term,))):
                within = found.within([term, *subjects], (*fields, "SUBJECT")) or b""
                assert bool(within) == usable_term(term)  # "route": Dovecot's INVALID_ROUTE
                restricted += within.count(b",") < len(uids)
                expected = box.search_terms([term], fields, None, subjects=subjects)
                assert box.search_terms([term], fields, None, subjects=subjects, within=within) == (
                    expected
                ), (term, fields, within)
        assert restricted  # the digest did leave messages out


class Recording:
    """A real mailbox that records the UID sets its SEARCHes were restricted to."""

    def __init__(self, inner: ImapMailbox) -> None:
        self._inner = inner
        self.within: list[tuple[str, bytes]] = []
        self.selected = "INBOX"

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def select(self, folder: str, *, readonly: bool = False) -> Any:
        self.selected = folder
        return self._inner.select(folder, readonly=readonly)

    def search_terms(self, *args: Any, **kwargs: Any) -> list[int]:
        self.within.append((self.selected, kwargs.get("within", b"")))
        return self._inner.search_terms(*args, **kwargs)


@pytest.mark.imap
def test_the_look_up_restricts_only_the_folder_it_has_a_digest_of(
    imap_server: TestServer, imap_user: str
) -> None:
    scheduling = make_message("Interview", "Tuesday?", "Jane Doe <jane.doe@acme.example>")
    other = make_message("Lunch", "Friday?", "Bob <bob@example.org>")
    imap_server.append(imap_user, "INBOX", [scheduling, other])
    archive = imap_server.folder("Archive")
    imap_server.append(imap_user, archive, [scheduling])
    with imap_server.mailbox(imap_user) as inner:
        box = Recording(inner)
        box.select("INBOX")
        uids = inner.uids_after(0)
        found = FolderDigest(uids, complete_after=0)
        found.add((f.uid, f.raw) for f in inner.fetch(uids, 262_144, preview=1024))
        digests: list[FolderDigest | None] = [found]
        lookup = HistoryLookup(
            box,  # type: ignore[arg-type]
            lambda: [("INBOX", False), (archive, False)],
            lambda: box.select("INBOX"),
            ("sam@example.test",),
            selected="INBOX",
            digest=lambda: digests[0],
        )
        people = lookup.candidates(Query("Acme", ("acme.example",), ("acme",), None))
        assert {c.address for c in people} == {"jane.doe@acme.example"}
        assert len(people) == 2  # one in each folder
        searched = dict(box.within)
        assert searched["INBOX"] == b"1,3:*"  # not Bob's message
        assert searched[archive] == b""  # no digest of it: unrestricted
        digests[0] = None  # after the scan: no restriction at all
        box.within.clear()
        lookup.candidates(Query("Beta", ("beta.example",), ("beta",), None))
        assert all(within == b"" for _, within in box.within)


def test_a_long_uid_set_is_sent_in_parts() -> None:
    from rejectwatch.mail.mailbox import _set_parts  # noqa: PLC0415 - the private helper

    uid_set = b",".join(str(u).encode() for u in range(1, 3001, 2)) + b",4000:*"
    parts = list(_set_parts(uid_set, 100))
    assert all(len(p) <= 100 for p in parts)
    assert b",".join(parts) == uid_set
    assert list(_set_parts(b"1:*", 100)) == [b"1:*"]


@pytest.mark.imap
def test_a_search_restricted_by_a_long_set_finds_the_same(
    dovecot: DovecotServer, imap_user: str
) -> None:
    notes = [make_message(f"Note {n}", "Hi.", f"x{n}@example.org") for n in range(60)]
    acme = [make_message(f"Acme {n}", "Hi.", f"jane{n}@acme.example") for n in range(6)]
    dovecot.append(imap_user, "INBOX", [*notes[:30], *acme, *notes[30:]])
    with dovecot.mailbox(imap_user) as box:
        box.select("INBOX", readonly=True)
        every = b",".join(str(u).encode() for u in box.uids_after(0))  # one part per few UIDs
        expected = box.search_terms(["acme"], ADDRESS, None)
        assert expected == list(range(31, 37))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("rejectwatch.mail.mailbox.SET_PART_CHARS", 12)
            assert box.search_terms(["acme"], ADDRESS, None, within=every) == expected
