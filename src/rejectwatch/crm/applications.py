"""Pure: recognise an "we received your application" confirmation, for ghosting.

The scan calls :func:`application_received` on every message the classifier did not file, so
the common case must be cheap: a regex gate over the subject and the first ~600 characters
rejects most mail in a few microseconds; only what passes it is read properly (with
:func:`rejectwatch.crm.extract.extract` for the company and position).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from rejectwatch.crm.extract import is_service_domain, role
from rejectwatch.mail.message import Mail

__all__ = ["Application", "application_received", "sender_domain"]

GATE_CHARS = 600

_GATE_RE = re.compile(
    r"(?:received|receipt of|got) your (?:\w+ )?application"
    r"|applica\w*(?: has been| was| is)? (?:received|submitted|is in\b|complete\b)"
    r"|application (?:confirmation|acknowledg)|successfully (?:applied|submitted)"
    r"|confirm(?:s|ing)? (?:that )?(?:we(?:'ve| have) )?(?:received|receipt)"
    r"|received your (?:resume|résumé|cv|details|submission)|application was sent to"
    r"|(?:will|'ll) (?:carefully )?review (?:your|all|every) (?:application|profile)"
    r"|application is (?:now )?(?:under review|being reviewed)",
    re.IGNORECASE,
)
# Not a confirmation after all: a decision, an invitation or an offer (stated, not "if ...").
_NOT_CONFIRMATION_RE = re.compile(
    r"decided not to|(?:not|n't) be (?:moving|taking|progressing) (?:forward|your)"
    r"|will not be (?:progressing|proceeding|moving)|regret to inform|unable to offer you"
    r"|not to proceed|decided to (?:move forward|proceed|go) (?:with|in)|pleased to offer"
    r"|offer of employment",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Application:
    """One application the employer confirmed receiving."""

    message_id: str
    company: str
    position: str
    sender_domain: str  # the employer's own mail domain; "" for an ATS or free-mail sender
    applied: datetime | None


def sender_domain(address: str) -> str:
    """The employer's mail domain from an address, or "" for an ATS / free-mail / no domain."""
    if "@" not in address:
        return ""
    domain = address.rsplit("@", 1)[1].strip().lower()
    return "" if not domain or is_service_domain(domain) else domain


def application_received(mail: Mail) -> Application | None:
    """The application *mail* confirms, or None (also when the company cannot be told)."""
    head = mail.text[:GATE_CHARS]
    lowered = head.lower()
    subject = mail.subject.lower()
    if "applica" not in lowered and "applica" not in subject and "receipt" not in lowered:
        return None  # the cheap exit most mail takes
    if not (_GATE_RE.search(subject) or _GATE_RE.search(head)):
        return None
    if _NOT_CONFIRMATION_RE.search(mail.subject) or _NOT_CONFIRMATION_RE.search(mail.text[:3000]):
        return None
    company, position = role(mail)
    if not company:
        return None
    return Application(
        message_id=mail.message_id,
        company=company,
        position=position,
        sender_domain=sender_domain(mail.sender.address),
        applied=mail.date,
    )
