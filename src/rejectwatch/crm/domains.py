"""Pure: what an address or a domain tells: a machine or a person, a hiring tool's, the
company its domain (or a hiring tool's tenant) names. Which addresses are machines, and how
hiring tools write the employer's name in them, is data: see senders.py and senders.toml.
"""

from __future__ import annotations

import re

from rejectwatch.crm import senders
from rejectwatch.mail.message import Address, Mail

__all__ = [
    "company_from_address",
    "domain_label",
    "domain_of",
    "is_ats_domain",
    "is_no_reply",
    "is_service_domain",
    "is_service_host",
    "reply_candidates",
]


def is_no_reply(address: str) -> bool:
    """True when nobody reads replies to *address*: a no-reply or notification mailbox, a hiring
    tool, job board, scheduler or relay (acme@myworkday.com), or "" (see senders.is_machine)."""
    return senders.is_machine(address)


def domain_of(address_or_domain: str) -> str:
    return address_or_domain.rsplit("@", 1)[-1].strip().strip("<>").lower()


def is_service_host(domain: str) -> bool:
    return senders.system_for(domain) is not None or senders.is_free_mail(domain)


def is_service_domain(address_or_domain: str) -> bool:
    """True for a hiring tool, job board, scheduler, mail relay or free-mail domain (or address)."""
    return is_service_host(domain_of(address_or_domain))


def is_ats_domain(domain: str) -> bool:
    """A hiring tool's domain: its display names name the employer."""
    system = senders.system_for(domain)
    # people write through LinkedIn in their own name ("Jane Doe via LinkedIn")
    return system is not None and system.name != "LinkedIn"


_GENERIC_LOCALS = frozenset(
    {"jobs", "careers", "career", "recruiting", "recruitment", "talent", "hr", "hiring", "people"}
    | {"info", "mail", "email", "team", "apply", "applications", "workday"}
)
_BUSINESS_SUFFIX_RE = re.compile(
    r"^([a-z]{4,}?)(analytics|architects|bank|bio|capital|civic|consulting|digital|energy"
    r"|estates|foods|games|health|holdings|homes|insurance|labs|logistics|media|motors"
    r"|partners|pharma|properties|rail|robotics|schools|software|solutions|studios|systems"
    r"|travel|ventures|group)$"
)


def _label_to_name(label: str) -> str:
    label = label.strip("-_.")
    if not label or label.isdigit() or len(label) < 2 or label.lower() in _GENERIC_LOCALS:
        return ""
    if label.lower() in senders.tool_names():
        return ""  # the hiring tool is never the company
    parts = [part for part in re.split(r"[-_.]+", label) if part]
    if len(parts) == 1:
        split = _BUSINESS_SUFFIX_RE.match(label.lower())
        if split and len(split.group(1)) <= 10:
            parts = [split.group(1), split.group(2)]
        elif split or len(label) > 10:
            return ""
    return " ".join(part.capitalize() for part in parts)


def domain_label(domain: str) -> str:
    """The name-bearing label of a domain: mail.acme.co.uk -> "acme"."""
    return senders.registrable_domain(domain).split(".", 1)[0]


def company_from_address(address: str) -> str:
    """The company an address names: the employer's domain, or a hiring tool's tenant."""
    if "@" not in address:
        return ""
    if senders.system_for(address) is not None:
        return _label_to_name(senders.tenant(address))
    domain = senders.employer_domain(address)
    return _label_to_name(domain_label(domain)) if domain else ""


def reply_candidates(mail: Mail) -> list[Address]:
    return [a for a in (mail.reply_to, mail.sender) if a is not None and a.address]
