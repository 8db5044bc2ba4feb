"""Pure: who rejected us, for which role, whom to answer, and why, from a :class:`Mail`.

Precision over recall: every rule here would rather return "" than a wrong value, because a
wrong company name in a draft is worse than none. Rules are tried from the most explicit source
(the sender's display name, fixed phrases) to the least (the sender's domain).

The readers live beside it, one concern each: :mod:`rejectwatch.crm.company` (with
:mod:`~rejectwatch.crm.company_prose` and :mod:`~rejectwatch.crm.schemes`),
:mod:`~rejectwatch.crm.position` (with :mod:`~rejectwatch.crm.position_labels`),
:mod:`~rejectwatch.crm.person`,
:mod:`~rejectwatch.crm.reason`, and what addresses tell in :mod:`~rejectwatch.crm.domains`.
This module puts their answers together into :class:`Facts`; callers import only from here.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rejectwatch.crm import decorations, subjects
from rejectwatch.crm.company import company_of
from rejectwatch.crm.domains import is_no_reply, is_service_domain, reply_candidates
from rejectwatch.crm.person import (
    fits_sender,
    is_organisation,
    is_recipient,
    looks_like_person,
    names_domain_start,
    person_name,
    signature_address,
    signed_block,
    without_quoted,
)
from rejectwatch.crm.position import position_from_body, position_from_subject
from rejectwatch.crm.position_labels import position_from_labels
from rejectwatch.crm.reason import REASONS, mentions_interview, reason_in
from rejectwatch.crm.schemes import named_scheme
from rejectwatch.crm.text import fold, guarded
from rejectwatch.mail.message import Address, Mail

__all__ = [
    "REASONS",
    "Facts",
    "extract",
    "is_no_reply",
    "is_service_domain",
    "role",
    "says_do_not_reply",
]


@dataclass(frozen=True, slots=True)
class Facts:
    """What we could tell from one rejection; "" for anything we are not sure of."""

    company: str
    position: str
    contact_name: str
    contact_address: str
    reason: str
    contact_title: str = ""
    interviewed: bool = False
    requisition: str = ""  # the employer's job code ("JR-0090067"), kept out of the position


_UNMONITORED_RE = guarded(
    r"(?:do not|don't|please don't|cannot|can't) (?:reply|respond) (?:to )?(?:this|directly)"
    r"|(?:mailbox|inbox|address) (?:is )?not (?:monitored|checked)|unmonitored|automatically"
    r" generated (?:e-?mail|message)"
    # German, French, Spanish / Portuguese, Dutch
    r"|antworten sie (?:bitte )?nicht|bitte nicht (?:auf diese|antworten)"
    r"|automatisch (?:erstellt|generiert|versendet|versandt)|wird nicht (?:überwacht|gelesen)"
    r"|ne (?:pas )?r[ée]pond(?:re|ez) pas|ne pas r[ée]pondre"
    r"|(?:g[ée]n[ée]r[ée]e?|envoy[ée]e?) automatiquement|(?:n'est|ne sont) pas (?:lue?s?|consult)"
    r"|no (?:responda|respondas|conteste|contestes) (?:a )?(?:este|esta)"
    r"|(?:generad[oa]|enviad[oa]) autom[áa]ticamente|n[ãa]o responda"
    r"|niet (?:te )?(?:reageren|antwoorden) op|reageer niet op"
    r"|automatisch (?:gegenereerd|verzonden|verstuurd)",
    re.IGNORECASE,
)


def says_do_not_reply(text: str) -> bool:
    """True when the end of a mail's text says its From address is not read ("please do not
    reply to this e-mail", "this inbox is not monitored")."""
    return bool(_UNMONITORED_RE.search(text[-1500:]))


def _plain(address: Address) -> Address:
    if "&" not in address.name and "=?" not in address.name:
        return address
    return dataclasses.replace(address, name=subjects.decoded(address.name))


def _plain_names(mail: Mail) -> Mail:
    """*mail* with HTML entities and twice-encoded words in its display names decoded: an
    ATS that writes "Smith &amp; Jones Recruiting" means "Smith & Jones Recruiting"."""
    sender = _plain(mail.sender)
    reply_to = None if mail.reply_to is None else _plain(mail.reply_to)
    if sender is mail.sender and reply_to is mail.reply_to:
        return mail
    return dataclasses.replace(mail, sender=sender, reply_to=reply_to)


def role(mail: Mail) -> tuple[str, str]:
    """The company and the position *mail* is about (what :func:`extract` says of them), for
    a caller that needs no more: the confirmation check reads hundreds of messages a scan."""
    mail = _plain_names(mail)
    company = company_of(mail)
    position = next(
        (
            p
            for p in (
                position_from_body(mail.text),
                position_from_labels(mail.text),  # "Vacancy: Staff Nurse"
                position_from_subject(mail.subject),
            )
            if p and fold(p) != fold(company)  # "your interest in Ridgeway Accountants"
        ),
        "",
    )
    scheme_company, scheme = named_scheme(mail.subject, mail.text)
    if scheme and (not position or position.startswith(scheme_company) or position in scheme):
        position = scheme  # "2024 Graduate Scheme", not "Harbor & Pine Financial 2024 Graduate"
    return company, position


def _signs_in_reading_order(signed: str, name: str) -> bool:
    """*signed* is *name* without a word before it: the header's "Name, Word" was read
    surnames first ("Globex Priya Shah") where the signer writes "Priya Shah"."""
    words, read = fold(signed).split(), fold(name).split()
    return len(words) < len(read) and read[-len(words) :] == words


def extract(mail: Mail) -> Facts:
    """Company, position, contact and reason from *mail*; "" (or "unknown") where unsure."""
    mail = _plain_names(mail)
    company, position = role(mail)
    requisition = decorations.find_requisition(mail.subject, mail.text) or (
        decorations.requisition_next_to(position, mail.subject + "\n" + mail.text)
    )

    contact_address = ""
    contact_name = ""
    display = ""  # the display name the contact's name was read from
    unmonitored = says_do_not_reply(mail.text)
    for candidate in reply_candidates(mail):
        if is_no_reply(candidate.address):
            continue
        if unmonitored and candidate is mail.sender:
            continue  # "please do not reply to this e-mail": the From address is not read
        contact_address = contact_address or candidate.address
        contact_name = person_name(candidate.name, company, candidate.address)
        if contact_name:
            display = candidate.name
            break
    if not contact_name and mail.sender.address and is_no_reply(mail.sender.address):
        # "Sarah from Acme <no-reply@ashbyhq.com>": the name is still hers
        name = person_name(mail.sender.name, company, mail.sender.address)
        contact_name = name if re.search(r"\s(?:from|at)\s", mail.sender.name) else ""

    def person(n: str) -> bool:
        return (
            looks_like_person(n)
            and not is_organisation(n, company, "")
            and not names_domain_start(n, mail.sender.address)
            and not is_recipient(n, mail.to)
        )

    own = without_quoted(mail.text)
    signed, title = signed_block(own, person)
    if not signed and own != mail.text:
        # "Best,\nKavya" above a quoted thread: a full name signed lower down counts only
        # when it is the sender's own (kavya.sharma@...), never the applicant's quoted mail
        signed, title = signed_block(mail.text, lambda n: person(n) and fits_sender(n, mail))
    if not contact_name:
        contact_name = signed
    elif (
        signed
        and len(contact_name.split()) == 1
        and fold(signed).startswith(fold(contact_name) + " ")
    ):
        contact_name = signed  # "Mateo" in the header, "Mateo Lindqvist" under the sign-off
    elif signed and "," in display and _signs_in_reading_order(signed, contact_name):
        contact_name = signed  # "Priya Shah, Globex" in the header, "Priya Shah" signing
    if contact_name and contact_name != signed:
        title = ""
    if not contact_address:
        recipients = frozenset(a.address.lower() for a in mail.to)
        contact_address = signature_address(mail.text, contact_name, recipients)

    reason = reason_in(mail.text)
    return Facts(
        company=company,
        position=position,
        contact_name=contact_name,
        contact_address=contact_address,
        reason=reason,
        contact_title=title,
        requisition=requisition,
        interviewed=reason == "after_interview" or mentions_interview(mail.text),
    )
