"""Whom to thank for a rejection: the person it names, else one from the mailbox's own history.

An applicant-tracking system's rejection (``acme@myworkday.com``) names nobody a reply can
reach; the person is usually in the mailbox already: the recruiter who scheduled the interview,
the address the user wrote to, the organiser of the calendar invitation. The pure part decides
what to look for (:func:`query`), what a found message tells (:func:`candidates_in`) and who
wins (:func:`choose`). Nothing here does I/O: :mod:`rejectwatch.pipeline.history` asks the server.
"""

from __future__ import annotations

import base64
import binascii
import functools
import quopri
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rejectwatch.crm import names, senders
from rejectwatch.crm.extract import Facts
from rejectwatch.crm.records import company_key
from rejectwatch.crm.reply import DRAFT_FOR_HEADER
from rejectwatch.mail.message import Address, Mail, normalise_address, parse

__all__ = [
    "CALENDAR",
    "HEADER_FIELDS",
    "HISTORY",
    "NONE",
    "SENDER",
    "SENT",
    "SIGNATURE",
    "SOURCES",
    "TEAM_INBOX",
    "Candidate",
    "Contact",
    "Query",
    "candidates_in",
    "choose",
    "choose_with",
    "named_in",
    "organizer",
    "people_in",
    "query",
    "whom_to_ask",
]

# Where the contact came from (the CRM's contact_source).
SENDER = "sender"  # the rejection's From / Reply-To
SIGNATURE = "signature"  # an address in the rejection's text
HISTORY = "history"  # an earlier message in the mailbox (contact_message_id says which)
SENT = "sent"  # the user's own mail to the company
CALENDAR = "calendar"  # the ORGANIZER of a calendar invitation
TEAM_INBOX = "team_inbox"  # careers@ / recruiting@ at the employer: a last resort
NONE = "none"  # nobody to write to: no draft
SOURCES = (SENDER, SIGNATURE, HISTORY, SENT, CALENDAR, TEAM_INBOX, NONE)

HEADER_FIELDS = ("From", "Reply-To", "To", "Cc", "Date", "Message-ID", "Subject", DRAFT_FOR_HEADER)
_OUR_DRAFT_RE = re.compile(rb"^x-rejectwatch-draft-for[ \t]*:", re.I | re.M)
WINDOW_DAYS = 365  # how far back before the rejection to look
_FOLD_RE = re.compile(r"[^\w]+")
_TEXT_DOMAIN_RE = re.compile(
    r"(?:https?://|www\.|@)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.I
)
_TEXT_ADDRESS_RE = re.compile(r"[\w.+'-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}", re.I)
_LABEL_PREFIXES = ("get", "join", "team", "try", "use", "go", "work")
_LABEL_SUFFIXES = (
    *("hq", "inc", "group", "corp", "global", "labs", "careers", "jobs", "team"),
    *("talent", "app", "io", "tech", "hr", "recruiting"),
)


@dataclass(frozen=True, slots=True)
class Contact:
    """Whom the reply goes to; ``address`` "" when nobody can be written to."""

    name: str
    address: str
    source: str
    message_id: str = ""  # the message it was found in (history, sent, calendar)
    title: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person (or team inbox) at the company, seen in one message of the mailbox."""

    name: str
    address: str
    source: str  # HISTORY, SENT or CALENDAR
    message_id: str
    subject: str
    date: datetime | None
    role: int  # 2: wrote or organised it, 1: addressed, 0: copied


@dataclass(frozen=True, slots=True)
class Query:
    """What to look for: the company's own domains and the words of its name."""

    company: str
    domains: tuple[str, ...]  # base domains, e.g. ("acme.example",)
    names: tuple[str, ...]  # search terms from the company's name, e.g. ("acme",)
    since: date | None

    @property
    def key(self) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        return (company_key(self.company), self.domains, self.names)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.domains, *self.names)))


# --------------------------------------------------------------------------- pure: the query


def base_domain(domain: str) -> str:
    """``mail.acme.co.uk`` -> ``acme.co.uk``: the one list of two-level suffixes, the
    senders' (a shorter copy here made every ``*.gouv.fr`` one employer)."""
    return senders.registrable_domain(domain)


def _words(company: str) -> list[str]:
    return [w for w in (company_key(part) for part in company.split()) if w]


@functools.lru_cache(maxsize=1024)
def _labels(company: str) -> frozenset[str]:
    """The first labels of the company's plausible own domains: acme, getacme, acmehq..."""
    key = company_key(company)
    words = _words(company)
    if len(key) < 2:
        return frozenset()
    wanted = {key}
    if words and len(words[0]) >= 3:
        wanted.add(words[0])
    if len(words) >= 2:
        wanted.add("".join(w[0] for w in words))
    wanted |= {p + key for p in _LABEL_PREFIXES} | {key + s for s in _LABEL_SUFFIXES}
    return frozenset(wanted)


def _plain_words(company: str) -> list[str]:
    """The name's words folded as :func:`company_key` does, legal forms kept ("co")."""
    parts = re.split(r"[^\w]+", company.replace("&", " and "))
    return [company_key(p) or p.casefold() for p in parts if p]


def _abbreviates(label: str, company: str) -> bool:
    """The first word in full, then the start, the initials or a short abbreviation of the
    rest: "parallaxsec" (Parallax Security), "summitridge" (Summit Ridge Insurance),
    "clearwaterag" (Clearwater Analytics Group), "helixtx" (Helix Therapeutics)."""
    words = _plain_words(company)
    if len(words) < 2 or len(words[0]) < 4 or not label.startswith(words[0]):
        return False
    suffix = label[len(words[0]) :]
    rest = [w for w in words[1:] if w != "and"]
    if not suffix or not rest:
        return False
    return (
        "".join(words[1:]).startswith(suffix)
        or "".join(rest).startswith(suffix)
        or "".join(w[0] for w in rest).startswith(suffix)
        or (len(suffix) <= 3 and suffix[0] == rest[0][0])
    )


def names_domain(domain: str, company: str) -> bool:
    """Whether *domain* is plausibly the company's own: ``acme.example`` for "Acme Inc"."""
    label = base_domain(domain).split(".")[0].replace("-", "")
    return label in _labels(company) or _abbreviates(label, company)


def query(mail: Mail, facts: Facts) -> Query:
    """What to search the mailbox for, from the rejection and what was extracted from it."""
    domains: list[str] = []
    for who in (mail.reply_to, mail.sender):
        if who is not None and who.address and not senders.is_machine(who.address):
            own = senders.employer_domain(who.address)
            if own:
                domains.append(base_domain(own))
    for found in _TEXT_DOMAIN_RE.findall(mail.text[:20_000]):
        base = base_domain(found)
        if senders.employer_domain("x@" + base) and names_domain(base, facts.company):
            domains.append(base)
    key = company_key(facts.company)
    words = _words(facts.company)
    names = [key] if len(key) >= 3 else []
    if words and len(words[0]) >= 4 and words[0] != key:
        names.append(words[0])
    when = mail.date or None
    since = (when.date() - timedelta(days=WINDOW_DAYS)) if when else None
    return Query(
        company=facts.company,
        domains=tuple(dict.fromkeys(domains))[:3],
        names=tuple(names),
        since=since,
    )


@functools.lru_cache(maxsize=4096)
def _own_base(address: str) -> str:
    own = senders.employer_domain(address)
    return base_domain(own) if own else ""


def at_company(address: str, q: Query, subject: str = "") -> bool:
    """An address at the company's own domain (never a hiring tool's or free mail). A domain
    that starts with the name's first word but abbreviates the rest some other way
    ("willowcreekrx" for Willow Creek Pharmacy) counts when the message's *subject* names the
    company in full."""
    base = _own_base(address)
    if not base:
        return False
    if base in q.domains or names_domain(base, q.company):
        return True
    words = _plain_words(q.company)
    label = base.split(".")[0].replace("-", "")
    named = len(words) >= 2 and f" {_fold(q.company)} " in f" {_fold(subject)} "
    return named and len(words[0]) >= 4 and label.startswith(words[0])


# --------------------------------------------------------------------------- pure: messages


_FIELD_RE = re.compile(rb"^([!-9;-~]+)[ \t]*:", re.M)


def _as_to(header: bytes, name: bytes) -> bytes:
    """The *name* fields of a header block renamed To:, so :func:`parse` reads them."""
    out = []
    fields = list(_FIELD_RE.finditer(header))
    for i, match in enumerate(fields):
        if match.group(1).lower() == name:
            end = fields[i + 1].start() if i + 1 < len(fields) else len(header)
            out.append(b"To:" + header[match.end() : end].rstrip(b"\r\n") + b"\r\n")
    return b"".join(out) + b"\r\n"


def _pairs(addresses: Iterable[Address | None]) -> list[tuple[str, str]]:
    return [(a.name, a.address) for a in addresses if a is not None and a.address]


def _name_for(display: str, address: str) -> str:
    """A person's name from a display name ("Doe, Jane" -> "Jane Doe", "García López, María"
    -> "María García López", "JANE DOE" -> "Jane Doe", see :mod:`rejectwatch.crm.names`) or
    jane.doe@..."""
    display = " ".join(display.replace('"', "").split())
    if len(display) <= 60:
        display = names.without_asides(display)
        display = names.proper_case(
            names.surnames_first(display, address) or names.reading_order(display)
        )
        if display:
            return display
    local = address.split("@", 1)[0]
    parts = re.fullmatch(r"([a-z]{2,})[._]([a-z]{2,})", local, re.I)
    return f"{parts[1].title()} {parts[2].title()}" if parts else ""


def candidates_in(
    header: bytes,
    organizers: Sequence[tuple[str, str]],
    q: Query,
    *,
    sent_folder: bool,
    user_addresses: frozenset[str],
) -> list[Candidate]:
    """The people at the company one message shows (see :func:`people_in`)."""
    found = people_in(header, organizers, sent_folder=sent_folder, user_addresses=user_addresses)
    return [c for c in found if at_company(c.address, q, c.subject)]


def people_in(
    header: bytes,
    organizers: Sequence[tuple[str, str]],
    *,
    sent_folder: bool,
    user_addresses: frozenset[str],
) -> list[Candidate]:
    """The people at an employer's own domain one message shows: its From, Reply-To, To, Cc
    and the organiser of its calendar invitation; machines, free mail and the user are left
    out, and so is a draft of ours (Gmail's All Mail holds Drafts too)."""
    if _OUR_DRAFT_RE.search(header):
        return []
    mail = parse(header)
    copied = parse(_as_to(header, b"cc")).to
    users = {a.casefold() for a in user_addresses}  # a local part's case is the client's whim
    from_user = sent_folder or mail.sender.address.casefold() in users
    source = SENT if from_user else HISTORY
    seen: list[tuple[str, str, str, int]] = []
    if not from_user:
        seen += [(n, a, HISTORY, 2) for n, a in _pairs((mail.sender, mail.reply_to))]
    seen += [(n, a, source, 1) for n, a in _pairs(mail.to)]
    seen += [(n, a, source, 0) for n, a in _pairs(copied)]
    seen += [(n, a, CALENDAR, 2) for n, a in organizers]
    out: dict[str, Candidate] = {}
    for name, address, how, role in seen:
        if address.casefold() in users or senders.is_machine(address) or not _own_base(address):
            continue
        if address in out and out[address].role >= role:
            continue
        out[address] = Candidate(
            name=_name_for(name, address),
            address=address,
            source=how,
            message_id=mail.message_id,
            subject=mail.subject,
            date=_aware(mail.date),
            role=role,
        )
    return list(out.values())


def _aware(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


_ORGANIZER_RE = re.compile(r"^ORGANIZER((?:;[^:\n]*)?):(?:mailto:)?(\S+)\s*$", re.I | re.M)
_CN_RE = re.compile(r';CN=(?:"([^"]*)"|([^;:]*))', re.I)


def organizer(raw: bytes, encoding: str) -> tuple[str, str] | None:
    """``(name, address)`` of the ORGANIZER in a text/calendar part, None without one."""
    try:
        if encoding == "base64":
            raw = base64.b64decode(raw, validate=False)
        elif encoding == "quoted-printable":
            raw = quopri.decodestring(raw)
    except (binascii.Error, ValueError):
        return None
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n")
    text = re.sub(r"\n[ \t]", "", text)  # unfold (RFC 5545 section 3.1)
    match = _ORGANIZER_RE.search(text)
    if match is None:
        return None
    address = normalise_address(match.group(2))
    if not address:
        return None
    cn = _CN_RE.search(match.group(1) or "")
    name = (cn.group(1) or cn.group(2) or "").strip() if cn else ""
    return name, address


# --------------------------------------------------------------------------- pure: the choice


def _fold(text: str) -> str:
    return _FOLD_RE.sub(" ", text.casefold()).strip()


def _same_person(c: Candidate, wanted: str) -> bool:
    tokens = [t for t in _fold(wanted).split() if len(t) >= 2]
    if not tokens:
        return False
    have = set(_fold(c.name).split())
    local = c.address.split("@", 1)[0].casefold()
    return set(tokens) <= have or all(t in local for t in tokens)


def _about(c: Candidate, position: str, requisition: str) -> bool:
    subject = f" {_fold(c.subject)} "
    if requisition and _fold(requisition) and f" {_fold(requisition)} " in subject:
        return True
    words = [w for w in _fold(position).split() if len(w) >= 3]
    return bool(words) and all(f" {w} " in subject for w in words)


def rank(
    found: Sequence[Candidate], *, position: str, requisition: str = "", signed_by: str = ""
) -> list[Candidate]:
    """Best first: a person before a team inbox; the one the rejection is signed by; who wrote
    about the same position; the most recent; who wrote rather than was copied."""
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(
        found,
        key=lambda c: (
            not senders.is_team_inbox(c.address),
            _same_person(c, signed_by),
            _about(c, position, requisition),
            c.date or oldest,
            c.role,
        ),
        reverse=True,
    )


def named_in(mail: Mail, facts: Facts) -> Contact | None:
    """The person (or team inbox) the rejection itself gives an address for."""
    return _named(mail, facts)[0]


def whom_to_ask(mail: Mail, facts: Facts) -> tuple[Contact | None, Query | None]:
    """:func:`named_in`, and the history look-up it leaves to do (None: none is needed),
    each worked out once: pass the first to :func:`choose_with`, ask the second of the
    mailbox's history."""
    own, q = _named(mail, facts)
    if not needs_history(own):
        return own, None
    return own, q if q is not None else query(mail, facts)


def _named(mail: Mail, facts: Facts) -> tuple[Contact | None, Query | None]:
    """:func:`named_in`, with the :func:`query` it made on the way (None if it made none).

    A name goes only with an address that is plausibly that person's (see :func:`_theirs`):
    the signer of an ATS rejection is never given an address of someone else's that the text
    mentions, nor a From address that is another person's."""
    q: Query | None = None
    name, title = facts.contact_name, facts.contact_title
    address = normalise_address(facts.contact_address)
    if not address or senders.is_machine(address):
        q = query(mail, facts)
        address = _text_address(mail, q, name)
    if not address:
        return None, q
    if senders.is_team_inbox(address):
        return Contact("", address, TEAM_INBOX), q
    header = {a.address: a.name for a in (mail.sender, mail.reply_to) if a is not None}
    if address in header and name and not _theirs(name, address, header[address]):
        name, title = "", ""  # From <bob.roe@...>, signed by Jane Doe: not her address
    source = SENDER if address in header else SIGNATURE
    return Contact(name, address, source, title=title), q


_PERSONAL_LOCAL_RE = re.compile(r"[a-z]{2,}[._-][a-z]{2,}", re.I)


def _theirs(name: str, address: str, display: str) -> bool:
    """Whether a header *address* may carry *name*: the address fits the name, the header
    gives it that name, or its local part is no other person's ("hiring2024@": a mailbox
    the signer writes from)."""
    if names.fits_address(name, address) or _fold(_name_for(display, "")) == _fold(name):
        return True
    return not _PERSONAL_LOCAL_RE.fullmatch(address.split("@", 1)[0].split("+", 1)[0])


def _text_address(mail: Mail, q: Query, name: str = "") -> str:
    """A person's address at the company written in the rejection (its signature).

    With the signer's *name* known, only an address that is plausibly theirs: one that fits
    the name (names.fits_address), else the only personal address in their signature block;
    else a team inbox (which carries no name); else none."""
    tail = mail.text[-6000:]
    found = [
        address
        for address in dict.fromkeys(normalise_address(a) for a in _TEXT_ADDRESS_RE.findall(tail))
        if address and not senders.is_machine(address) and at_company(address, q)
    ]
    if not name:
        return found[0] if found else ""
    people = [a for a in found if not senders.is_team_inbox(a)]
    theirs = [a for a in people if names.fits_address(name, a)]
    if theirs:
        return theirs[0]
    block = _signature_block(tail, name)
    in_block = [a for a in people if a in block]
    if len(in_block) == 1:
        return in_block[0]
    teams = [a for a in found if senders.is_team_inbox(a)]
    return teams[0] if teams else ""


def _signature_block(text: str, name: str, lines: int = 6) -> frozenset[str]:
    """The addresses written in the few lines from the last place *name* is written."""
    at = text.rfind(name)
    if at < 0:
        return frozenset()
    block = "\n".join(text[at:].splitlines()[:lines])
    return frozenset(
        a for a in (normalise_address(f) for f in _TEXT_ADDRESS_RE.findall(block)) if a
    )


def needs_history(own: Contact | None) -> bool:
    return own is None or own.source == TEAM_INBOX


def _may_be_thanked(c: Candidate) -> bool:
    """A person or the hiring team: never a machine, never another department's inbox
    (events@, billing@), which the mailbox's history may hold for reasons unrelated to a job."""
    return (
        not senders.is_machine(c.address)
        and not senders.is_other_department(c.address)
        and bool(_own_base(c.address))
    )


def choose(mail: Mail, facts: Facts, found: Sequence[Candidate]) -> Contact:
    """The rejection's own person; else the best person from history; else a team inbox."""
    return choose_with(named_in(mail, facts), facts, found)


def choose_with(own: Contact | None, facts: Facts, found: Sequence[Candidate]) -> Contact:
    """:func:`choose` with the rejection's own person (:func:`named_in`) already known."""
    if own is not None and own.source != TEAM_INBOX:
        return own
    requisition = facts.requisition
    ranked = rank(
        [c for c in found if _may_be_thanked(c)],
        position=facts.position,
        requisition=requisition,
        signed_by=facts.contact_name,
    )
    people = [c for c in ranked if not senders.is_team_inbox(c.address)]
    if people:
        best = people[0]
        title = facts.contact_title if _same_person(best, facts.contact_name) else ""
        return Contact(best.name, best.address, best.source, best.message_id, title)
    if own is not None:
        return own
    if ranked:
        return Contact("", ranked[0].address, TEAM_INBOX, ranked[0].message_id)
    return Contact(facts.contact_name, "", NONE, title=facts.contact_title)
