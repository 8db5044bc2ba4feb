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
from rejectwatch.crm.text import guarded
from rejectwatch.mail.message import Mail

__all__ = ["Application", "application_received", "reads_as_receipt", "sender_domain"]

GATE_CHARS = 600

_GATE_RE = guarded(
    r"(?:received|receipt of|got) your (?:\w+ )?application"
    r"|applica\w*(?: has been| was| is)? (?:received|submitted|is in\b|complete\b)"
    r"|application (?:confirmation|acknowledg)|successfully (?:applied|submitted)"
    r"|confirm(?:s|ing)? (?:that )?(?:we(?:'ve| have) )?(?:received|receipt)"
    r"|received your (?:resume|résumé|cv|details|submission)|application was sent to"
    r"|(?:will|'ll) (?:carefully )?review (?:your|all|every) (?:application|profile)"
    r"|application is (?:now )?(?:under review|being reviewed)"
    # German, French, Spanish / Portuguese, Dutch: "Wir haben Ihre Bewerbung (gut) erhalten",
    # "Ihre Bewerbung ist bei uns eingegangen", "Nous avons bien reçu votre candidature",
    # "Hemos recibido tu candidatura", "We hebben je sollicitatie in goede orde ontvangen"
    r"|(?:haben|habe) (?:ihre|deine|eure) bewerbung (?:[\w()/-]+ ){0,6}?(?:erhalten|bekommen)"
    r"|bewerbung (?:ist )?(?:\w+ ){0,3}?eingegangen|eingang ihrer bewerbung|eingangsbest[äa]tigung"
    r"|(?:avons|ai) bien re[çc]u (?:votre|ta) candidature|accus[ée] de r[ée]ception"
    r"|candidature (?:a bien été|a été) (?:re[çc]ue|enregistr[ée]e)"
    r"|(?:hemos|he) recibido (?:tu|su) (?:candidatura|solicitud|postulaci[óo]n)"
    r"|(?:candidatura|solicitud|postulaci[óo]n) (?:ha sido|fue) (?:recibida|registrada)"
    r"|recebemos (?:a )?(?:sua|tua) candidatura"
    r"|(?:hebben|heb) (?:je|jouw|uw) sollicitatie (?:\w+ ){0,3}?ontvangen"
    r"|sollicitatie is (?:\w+ ){0,3}?ontvangen|ontvangstbevestiging",
    re.IGNORECASE,
)
# Words every confirmation above has in its subject or first lines (lower case).
_CHEAP_WORDS = ("applica", "receipt", "bewerbung", "candidat", "solicitud", "postula", "sollicit")
# Not a confirmation after all: a decision, an invitation or an offer (stated, not "if ...").
_NOT_CONFIRMATION_RE = guarded(
    r"decided not to|(?:not|n't) be (?:moving|taking|progressing) (?:forward|your)"
    r"|will not be (?:progressing|proceeding|moving)|regret to inform|unable to offer you"
    r"|not to proceed|decided to (?:move forward|proceed|go) (?:with|in)|pleased to offer"
    r"|offer of employment"
    r"|\bleider\b|\babsage\b|malheureusement|ne pas donner suite|lamentablemente"
    r"|desafortunadamente|infelizmente|\bhelaas\b",
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


def reads_as_receipt(subject: str, text: str) -> bool:
    """Whether a message of *subject* and *text* reads as a confirmation of receipt (whatever
    its company): the test application_received makes before it looks for the company."""
    head = text[:GATE_CHARS]
    lowered = head.lower()
    lowered_subject = subject.lower()
    if not any(word in lowered or word in lowered_subject for word in _CHEAP_WORDS):
        return False  # the cheap exit most mail takes
    if not (_GATE_RE.search(lowered_subject) or _GATE_RE.search(head)):
        return False
    return not (_NOT_CONFIRMATION_RE.search(subject) or _NOT_CONFIRMATION_RE.search(text[:3000]))


def application_received(mail: Mail) -> Application | None:
    """The application *mail* confirms, or None (also when the company cannot be told)."""
    if not reads_as_receipt(mail.subject, mail.text):
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
