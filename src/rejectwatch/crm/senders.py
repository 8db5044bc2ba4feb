"""Who wrote a message: a person, a shared team inbox at the employer, or a machine.

Pure, and driven by data: the catalogue of hiring tools, job boards, schedulers and mail relays
(with the domains they send from and where they write the hiring company's name) lives in
``senders.toml`` next to this module; this code only reads it.

Public API (other modules call these):

* ``is_machine(address)``: nobody reads replies to it (an applicant-tracking system, a job
  board, a scheduler, a relay, a no-reply or notification mailbox, or "").
* ``is_team_inbox(address)``: a shared inbox at the employer's own domain (careers@,
  recruiting@): a last resort for a reply, never preferred to a person.
* ``employer_domain(address)``: the employer's own mail domain for an address (its registrable
  part: talent.acme.com -> acme.com), "" when the domain belongs to a hiring tool, a relay or a
  free-mail provider.
* ``is_automated_local(address)``: the local part alone says "machine" (noreply@, alerts@).
* ``system_for(address)``: the catalogue entry of the tool an address belongs to, or None.
* ``tenant(address)``: the hiring company's name as the tool spells it in the address
  (acme.wd5.myworkday.com, acme+autoreply@talent.icims.com -> "acme"), "" when it has none.
* ``tool_names()``: every way the catalogue's tools are named in display names (lower case).
* ``is_free_mail(address)``, ``registrable_domain(domain)``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "System",
    "employer_domain",
    "is_automated_local",
    "is_free_mail",
    "is_machine",
    "is_team_inbox",
    "registrable_domain",
    "system_for",
    "tenant",
    "tool_names",
]

_WORD_SPLIT_RE = re.compile(r"[-_.+\d]+")
_TWO_LEVEL_SUFFIXES = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "com.au", "net.au",
        "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "co.jp", "ne.jp", "or.jp", "co.in",
        "org.in", "com.br", "co.za", "org.za", "com.mx", "com.sg", "com.cn", "co.kr", "com.tr",
        "co.il", "com.hk", "com.tw", "com.ar", "com.co", "com.my", "com.ph", "com.pk", "com.ng",
        "com.eg", "com.sa", "co.th", "co.id", "com.vn", "com.ua", "com.pl", "co.at", "or.at",
        # public bodies and universities: each trust, ministry or university is its own employer
        "nhs.uk", "police.uk", "sch.uk", "ac.nz", "govt.nz", "gouv.fr", "gob.es", "gob.mx",
        "gv.at", "ac.at", "ac.jp", "go.jp", "ac.za", "gov.za", "edu.sg", "gov.sg", "ac.in",
        "gov.in", "ac.il", "gov.il", "ac.kr", "go.kr", "edu.mx", "gov.br", "edu.br", "gov.ar",
        "edu.ar", "gov.pl", "edu.pl", "com.es", "org.es", "com.pe", "gob.pe", "gov.co",
        "edu.co", "gov.ie",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class System:
    """One hiring tool, job board, scheduler or relay from the catalogue."""

    name: str
    kind: str  # ats | board | scheduler | relay
    domains: tuple[str, ...]
    tenant: tuple[str, ...]  # "subdomain" and/or "local": where the company's name is written
    names: tuple[str, ...]  # how display names call the tool


@dataclass(frozen=True, slots=True)
class _Catalogue:
    systems: tuple[System, ...]
    by_domain: dict[str, System]
    automated_words: frozenset[str]
    automated_re: re.Pattern[str]
    team_words: frozenset[str]
    team_fillers: frozenset[str]
    other_department_words: frozenset[str]
    not_tenants: frozenset[str]
    free_mail: frozenset[str]
    tool_names: frozenset[str]


@cache
def _catalogue() -> _Catalogue:
    text = resources.files("rejectwatch.crm").joinpath("senders.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    addresses = data["addresses"]
    systems = tuple(
        System(
            name=str(s["name"]),
            kind=str(s["kind"]),
            domains=tuple(str(d).lower() for d in s["domains"]),
            tenant=tuple(str(t) for t in s.get("tenant", ())),
            names=tuple(str(n) for n in s.get("names", ())),
        )
        for s in data["system"]
    )
    by_domain = {domain: system for system in systems for domain in system.domains}
    names = {n.lower() for s in systems for n in (*s.names, s.name)}
    return _Catalogue(
        systems=systems,
        by_domain=by_domain,
        automated_words=frozenset(w.lower() for w in addresses["automated_words"]),
        automated_re=re.compile("|".join(addresses["automated_patterns"]), re.IGNORECASE),
        team_words=frozenset(w.lower() for w in addresses["team_words"]),
        team_fillers=frozenset(w.lower() for w in addresses["team_fillers"]),
        other_department_words=frozenset(w.lower() for w in addresses["other_department_words"]),
        not_tenants=frozenset(w.lower() for w in addresses["not_tenants"]),
        free_mail=frozenset(d.lower() for d in addresses["free_mail"]),
        tool_names=frozenset(names),
    )


def _split(address: str) -> tuple[str, str]:
    address = address.strip().strip("<>").lower()
    if "@" not in address:
        return "", address  # a bare domain
    local, _, domain = address.rpartition("@")
    return local, domain.strip(".")


def _words(local: str) -> list[str]:
    return [w for w in _WORD_SPLIT_RE.split(local.lower()) if w]


def _suffixes(domain: str) -> list[str]:
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels) - 1)]


def system_for(address_or_domain: str) -> System | None:
    """The catalogue entry for an address or domain (subdomains included), or None."""
    _, domain = _split(address_or_domain)
    by_domain = _catalogue().by_domain
    for suffix in _suffixes(domain):
        system = by_domain.get(suffix)
        if system is not None:
            return system
    return None


def is_free_mail(address_or_domain: str) -> bool:
    _, domain = _split(address_or_domain)
    return any(s in _catalogue().free_mail for s in _suffixes(domain))


def is_automated_local(address: str) -> bool:
    """True when the local part (before "@") is a machine's: noreply, alerts, bounces..."""
    local, _ = _split(address) if "@" in address else (address.strip().lower(), "")
    if not local:
        return True
    cat = _catalogue()
    base = local.split("+", 1)[0]
    return bool(cat.automated_re.search(local)) or any(
        w in cat.automated_words for w in _words(base)
    )


def is_machine(address: str) -> bool:
    """True when a reply to *address* reaches no person."""
    local, domain = _split(address)
    if not local or not domain or "." not in domain:
        return True
    return is_automated_local(address) or system_for(domain) is not None


def is_team_inbox(address: str) -> bool:
    """True for a shared inbox (careers@, recruiting@...) at the employer's own domain."""
    return _shared_inbox_of(address, _catalogue().team_words)


def is_other_department(address: str) -> bool:
    """True for another department's shared inbox (events@, sales@, billing@...): not a person
    and not the hiring team."""
    return _shared_inbox_of(address, _catalogue().other_department_words)


def _shared_inbox_of(address: str, kind_words: frozenset[str]) -> bool:
    local, domain = _split(address)
    if not local or not domain or is_machine(address) or is_free_mail(domain):
        return False
    fillers = _catalogue().team_fillers
    words = _words(local.split("+", 1)[0])
    return (
        bool(words)
        and all(w in kind_words or w in fillers for w in words)
        and any(w in kind_words for w in words)
    )


def registrable_domain(domain: str) -> str:
    """The part of *domain* an organisation registers: mail.acme.co.uk -> acme.co.uk."""
    labels = domain.strip(".").lower().split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def employer_domain(address: str) -> str:
    """The employer's own domain for *address*; "" for hiring tools, relays and free mail."""
    _, domain = _split(address)
    if not domain or "." not in domain or system_for(domain) is not None:
        return ""
    if is_free_mail(domain):
        return ""
    return registrable_domain(domain)


def _tenant_word(value: str) -> str:
    """ "careers-acme" -> "acme"; "" when only team or tool words are left."""
    cat = _catalogue()
    parts = [p for p in re.split(r"[-_.]+", value.lower()) if p]
    kept = [
        p
        for p in parts
        if p not in cat.team_words
        and p not in cat.team_fillers
        and p not in cat.not_tenants
        and p not in cat.automated_words
        and not re.fullmatch(r"wd\d+|[a-z]{0,2}\d+[a-z]?", p)
    ]
    token = "-".join(kept)
    if len(token) < 2 or sum(ch.isdigit() for ch in token) >= 3 or len(token) > 40:
        return ""
    return token


def tenant(address: str) -> str:
    """The company's name as a hiring tool writes it in *address*, lower case; "" if none."""
    local, domain = _split(address)
    system = system_for(domain)
    if system is None:
        return ""
    if "subdomain" in system.tenant:
        root = next(d for d in _suffixes(domain) if d in system.domains)
        labels = domain[: -len(root)].strip(".").split(".") if domain != root else []
        for label in labels:
            word = _tenant_word(label)
            if word:
                return word
    base = local.split("+", 1)[0]  # acme+autoreply@talent.icims.com: the tenant is "acme"
    if "local" in system.tenant and base and not is_automated_local(base):
        return _tenant_word(base)
    return ""


def tool_names() -> frozenset[str]:
    """How display names call the catalogue's tools ("workday", "via greenhouse"), lower case."""
    return _catalogue().tool_names
