"""Pure: a :class:`Mail` and what we know about it -> the reply draft, threaded, never sent.

Every header value that comes from the original mail is cleaned of CR/LF and control
characters before it reaches the draft, and addresses are set through
:class:`email.headerregistry.Address`, so that a hostile display name cannot add headers.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from rejectwatch.errors import ConfigError, MessageError
from rejectwatch.extract import Facts
from rejectwatch.message import (
    Mail,
    clean_header_text,
    normalise_address,
    normalise_message_id,
)

__all__ = ["Profile", "build_draft", "render_body", "reply_subject"]

DRAFT_FOR_HEADER = "X-Rejectwatch-Draft-For"
MAX_SUBJECT_CHARS = 200
MAX_REFERENCES = 11  # the first id and the last ten, as RFC 5322 section 3.6.4 suggests
WIDTH = 72


@dataclass(frozen=True, slots=True)
class Profile:
    """The user on whose behalf the draft is written."""

    name: str
    email: str
    signature: str


# --------------------------------------------------------------------------- subject

_REPLY_PREFIX_RE = re.compile(
    r"^(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|odp|atb)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
    re.IGNORECASE | re.ASCII,
)


def reply_subject(subject: str) -> str:
    """``Re: <original>`` with any existing reply prefixes collapsed; idempotent.

    ``Fwd:`` is kept as part of the original subject. An empty subject becomes
    ``Re: Your application``.
    """
    core = clean_header_text(subject, 10_000)
    core = _REPLY_PREFIX_RE.sub("", core).strip()
    if len(core) > MAX_SUBJECT_CHARS:
        core = core[: MAX_SUBJECT_CHARS - 1].rstrip() + "…"
    return f"Re: {core or 'Your application'}"


# --------------------------------------------------------------------------- body

_BRACES_RE = re.compile(r"[{}<>]")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof"})


def _field(value: str, limit: int) -> str:
    """A fact made safe to put in prose: one line, no braces, no stray punctuation."""
    value = clean_header_text(_BRACES_RE.sub("", value), limit)
    value = value.strip(" ,.;:!-\"'")
    return "" if value.lower() in {"none", "null", "n/a", "unknown"} else value


def _first_name(full_name: str) -> str:
    words = _field(full_name, 80).split()
    while len(words) > 1 and words[0].lower().strip(".") in _TITLES:
        if len(words) == 2:  # "Dr. Shah": keep the title with the surname
            return f"{words[0]} {words[1]}"
        words = words[1:]
    return words[0] if words else ""


def _paragraph(text: str) -> str:
    return textwrap.fill(
        re.sub(r"\s+", " ", text).strip(),
        width=WIDTH,
        break_long_words=True,
        break_on_hyphens=True,
    )


def render_body(mail: Mail, facts: Facts, profile: Profile) -> str:
    """The text of the draft: short, warm, and with no gaps where facts are missing."""
    del mail  # the wording depends only on what we extracted; kept for a future quote
    first = _first_name(facts.contact_name)
    company = _field(facts.company, 80)
    position = _field(facts.position, 120)

    if first:
        greeting = f"Hi {first},"
    elif company:
        greeting = f"Hello {company} team,"
    else:
        greeting = "Hello,"

    role = f"the {position} role" if position else "the role"
    where = f" at {company}" if company else ""
    about = f"about {role}{where}" if position or company else "about my application"
    opening = (
        f"Thank you for letting me know {about}. I'm sorry to hear it didn't work out this "
        "time, but I understand, and I appreciate you telling me."
    )

    if facts.reason == "after_interview":
        time_spent = "the time you spent interviewing me and getting to know me"
    else:
        time_spent = "the time you spent considering my application"
    team = f"the {company} team" if company else "the team"
    middle = f"Thank you, and {team}, for {time_spent}."
    if facts.reason == "role_cancelled":
        middle += " I know plans change, and I appreciate the update."

    future = (
        f"If another role{where} comes up that you think could suit me, I would be glad "
        "if you kept me in mind. I hope we get the chance to speak again."
    )
    if facts.reason == "kept_on_file":
        future = (
            "Thank you also for keeping my details on file; I would be glad to hear about "
            "future roles. I hope we get the chance to speak again."
        )

    closing = _signature(profile)
    paragraphs = [greeting, _paragraph(opening), _paragraph(middle), _paragraph(future)]
    return "\n\n".join([*paragraphs, closing]) + "\n"


def _signature(profile: Profile) -> str:
    lines = [
        line.rstrip()
        for line in _BRACES_RE.sub("", profile.signature).replace("\r\n", "\n").split("\n")
    ]
    lines = [re.sub(r"[^\S\n]+", " ", clean_header_text(line, 500)) for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if lines and lines[0] == "--":  # the usual "-- " separator; our sign-off replaces it
        lines.pop(0)
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, width=78, break_long_words=True) or [""])
    name = _field(profile.name, 80)
    if not wrapped:
        return f"Best wishes,\n{name}" if name else "Best wishes."
    return "Best wishes,\n" + "\n".join(wrapped)


# --------------------------------------------------------------------------- draft


def _references(mail: Mail) -> list[str]:
    ids = [normalise_message_id(r) for r in (*mail.references, mail.message_id)]
    unique = list(dict.fromkeys(i for i in ids if i))
    if len(unique) > MAX_REFERENCES:
        unique = [unique[0], *unique[-(MAX_REFERENCES - 1) :]]
    return unique


def _to_display_name(mail: Mail, facts: Facts, address: str) -> str:
    for candidate in (mail.reply_to, mail.sender):
        if candidate is not None and candidate.address == address and candidate.name:
            return clean_header_text(candidate.name, 200)
    return clean_header_text(facts.contact_name, 200)


def _header_address(name: str, address: str) -> HeaderAddress:
    try:
        return HeaderAddress(display_name=name, addr_spec=address)
    except (ValueError, IndexError, HeaderParseError) as e:
        raise MessageError(f"cannot use {address!r} in a header: {e}") from e


def build_draft(
    mail: Mail, facts: Facts, profile: Profile, *, draft_message_id: str, now: datetime
) -> EmailMessage:
    """The reply draft for *mail*, threaded under it. Raises MessageError when nobody can get it.

    The message is plain UTF-8 text, serialises with ``policy.SMTP`` and re-parses to the same
    headers. Nothing is sent: the caller stores it in the Drafts folder.
    """
    to_address = normalise_address(facts.contact_address)
    if not to_address:
        raise MessageError(
            f"no address to reply to for message {mail.message_id or '(no Message-ID)'}"
        )
    draft_id = normalise_message_id(draft_message_id)
    if not draft_id:
        raise MessageError(f"unusable draft Message-ID {draft_message_id!r}")

    draft = EmailMessage(policy=policy.default)
    if profile.email:
        from_address = normalise_address(profile.email)
        if not from_address:
            raise ConfigError(f"the profile email {profile.email!r} is not a usable address")
        draft["From"] = _header_address(clean_header_text(profile.name, 200), from_address)
    draft["To"] = _header_address(_to_display_name(mail, facts, to_address), to_address)
    draft["Subject"] = reply_subject(mail.subject)
    draft["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=UTC))
    draft["Message-ID"] = draft_id
    original_id = normalise_message_id(mail.message_id)
    if original_id:
        draft["In-Reply-To"] = original_id
        draft[DRAFT_FOR_HEADER] = original_id
    references = _references(mail)
    if references:
        draft["References"] = " ".join(references)
    draft.set_content(render_body(mail, facts, profile), subtype="plain", charset="utf-8")
    return draft
