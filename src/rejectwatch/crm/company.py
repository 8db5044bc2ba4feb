"""Pure: the company that rejected us, from every source a mail gives, most explicit first:
a recruiter's client, the sender's display name, a named scheme, the subject, the body and
the signature (reconciled), a hiring tool's tenant, the sender's own domain."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rejectwatch.crm import decorations, names, places, senders
from rejectwatch.crm.company_prose import (
    COMPANY,
    clean_company,
    company_from_body,
    company_from_subject,
    spelled_in_text,
)
from rejectwatch.crm.domains import (
    company_from_address,
    domain_label,
    domain_of,
    is_ats_domain,
    reply_candidates,
)
from rejectwatch.crm.person import (
    HR_TITLE_RE,
    ORG_WORDS,
    VIA_RE,
    looks_like_person,
    signer_line,
    split_signer,
    without_quoted,
)
from rejectwatch.crm.position import looks_like_title
from rejectwatch.crm.schemes import named_scheme
from rejectwatch.crm.text import compact, fold, prose_of
from rejectwatch.mail.message import Address, Mail, clean_header_text

__all__ = ["company_of"]


_DISPLAY_COMPANY_RES = (
    re.compile(
        r"^(?:the\s+)?(.+?)\s+(?:recruiting|recruitment|careers|career|talent acquisition|talent"
        r"|talent team|hiring team|hiring|hr|jobs|people team|people|recruiting team"
        r"|talent acquisition team)(?:\s+team)?$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:careers|recruiting|jobs|talent|hiring)\s+(?:at|@)\s+(.+)$", re.IGNORECASE),
    re.compile(r"^[^\s@]+(?:\s+[^\s@]+){0,2}\s+(?:at|from|@)\s+(.+)$", re.IGNORECASE),
)


def _company_from_display(display: str) -> str:
    display = VIA_RE.sub("", display).strip(" \"'")
    for pattern in _DISPLAY_COMPANY_RES:
        match = pattern.match(display)
        if match:
            company = clean_company(match.group(1))
            if company and len(company.split()) <= 4:
                return company
    return ""


def _named_as_company(name: str, subject: str, text: str) -> bool:
    """*name* used as an organisation: in the subject, or "at/joining/... NAME" in the body."""
    if name in subject:
        return True
    at = text.find(name, 0, 4000)
    while at >= 0:
        before = text[max(0, at - 12) : at].lower()
        after = text[at + len(name) : at + len(name) + 12].lower()
        if re.search(r"\b(?:at|with|in|joining|join|to|for|considering)\s+$", before) or re.match(
            r"\s*(?:team|talent|recruit|careers|hr\b|people|is\b|has\b|as a)", after
        ):
            return True
        at = text.find(name, at + 1, 4000)
    return False


def _company_equal_to_domain(display: str, address: str) -> str:
    """A display name that simply is the company ("Acme" from jobs@acme.com)."""
    from_domain = company_from_address(address)
    if not from_domain or not display:
        return ""
    squash = compact(display)
    if squash and squash == compact(from_domain):
        return clean_header_text(display, 80)
    words = display.split()
    # "Kinsale Architects" <jobs@kinsale.ie>: the domain's name plus a business word
    if (
        1 < len(words) <= 4
        and compact(words[0]) == compact(from_domain)
        and all(w.lower() in ORG_WORDS for w in words[1:])
        and not _DISPLAY_TEAM_RE.search(display)
    ):
        return clean_header_text(display, 80)
    return ""


_DISPLAY_TEAM_RE = re.compile(
    r"\b(?:team|recruiting|recruitment|careers?|talent|hr|jobs|hiring|people|karriere|rh|rrhh"
    r"|recrutement|recrutamento|reclutamiento|empleos?|werving|vagas|personalabteilung"
    r"|carri[èe]res?|carreiras?)\b",
    re.IGNORECASE,
)


_CLIENT_RE = re.compile(r"\b(?:our|my) client,? " + COMPANY)


def _only_team_words(name: str) -> bool:
    words = name.lower().split()
    return not words or ORG_WORDS.issuperset(w.strip(".,") for w in words)


def _tool_or_team(name: str) -> bool:
    """A name that is a hiring tool's or only team words: never the company a sender's
    display or address gives (prose may still name Workday or LinkedIn as the employer)."""
    return _only_team_words(name) or name.lower() in senders.tool_names()


def _proper_case(name: str, text: str) -> str:
    """ "cadence" from "Workday_no_reply cadence" -> "Cadence" (as the text writes it)."""
    if name.islower():
        return spelled_in_text(name, text) or name.title()
    if name.isupper() and len(name) > 3:  # "ACME (NYSE: ACM)": as the letter writes it
        return spelled_in_text(name, text) or name
    return name


def _person_part(value: str) -> str:
    return re.sub(r"\s*\((?:she|he|they|ze)/\w+\)", "", value, flags=re.IGNORECASE)


def _company_beside_person(display: str, address: str) -> str | None:
    """ "Sarah from Acme", "Careers at Acme", "Jane Doe - Acme Recruiting" -> "Acme"; "Jane
    Doe, Recruiter" and "García López, María" (surnames first) -> ""; None when the display
    is not a name next to a company or title."""
    if names.surnames_first(display, address):
        return ""
    company = _company_from_display(display)
    if company and re.search(r"\s(?:at|from|@)\s", display, re.IGNORECASE):
        name, _ = decorations.strip_display(company, ())
        return name if name and not _tool_or_team(name) else ""
    parts = [p.strip() for p in re.split(r"\s*[,|]\s*|\s+[-\u2013]\s+", display) if p.strip()]
    people = [p for p in parts if looks_like_person(_person_part(p))]
    if len(parts) != 2 or len(people) != 1:
        return None
    other = next(p for p in parts if p not in people)
    if looks_like_title(other) or HR_TITLE_RE.search(other) or names.is_suffix(other):
        return ""  # "Jane Doe, Recruiter", "Jane Doe, PhD"
    name, _ = decorations.strip_display(other, ())
    return name if name and not _tool_or_team(name) else ""


# Roles a signer line may hold that position.looks_like_title leaves to the prose
_ROLE_RE = re.compile(
    r"\b(?:co-?founder|founder|ceo|cto|cfo|coo|cpo|chief|chair(?:man|woman|person)?|publisher"
    r"|president|partner|owner|principal|head)\b",
    re.IGNORECASE,
)
_NOT_COMPANY_RE = re.compile(r"@|https?:|www\.|\d{3}|\b(?:she|he|they|ze)/", re.IGNORECASE)


def _is_role(value: str) -> bool:
    return bool(
        looks_like_title(value)
        or HR_TITLE_RE.search(value)
        or _ROLE_RE.search(value)
        or names.is_suffix(value)
    )


def _company_beside_signer(text: str) -> str:
    """ "Best regards,\nPriya Shah, Globex" -> "Globex": the signer's name and company on one
    line (often the only place a recruiter writing from free mail names the company); "Priya
    Shah, Recruiter | Globex" -> "Globex"; "" for a role, a degree or a place alone."""
    name, rest = signer_line(without_quoted(text))
    if not rest or not looks_like_person(_person_part(name)):
        return ""
    first, other = split_signer(rest)
    candidate = split_signer(other)[0] if _is_role(first) else first
    if not candidate or _is_role(candidate) or _NOT_COMPANY_RE.search(candidate):
        return ""
    if places.is_place(candidate, text) or len(candidate.split()) > 5:
        return ""
    company, _ = decorations.strip_display(candidate, ())
    return company if company and not _tool_or_team(company) else ""


def _company_from_sender_display(sender: Address, subject: str, text: str) -> str:
    """The company in a sender's display name, once its decorations are off."""
    display = sender.name.strip(" \"'")
    beside = _company_beside_person(display, sender.address) if display else ""
    if beside is not None:
        return beside
    system = senders.system_for(sender.address)
    tools = (*system.names, system.name) if system is not None else ()
    name, decorated = decorations.strip_display(display, tools)
    if not name or _tool_or_team(name) or len(name.split()) > 5:
        return ""
    machine = senders.is_machine(sender.address) or senders.is_team_inbox(sender.address)
    if not decorated and not (machine and is_ats_domain(domain_of(sender.address))):
        return ""  # a plain display at the employer's own address: a person, or the domain's name
    teamed = bool(_DISPLAY_TEAM_RE.search(display))  # "Acme Cloud Recruiting": not a person
    if re.search(r"[|,]", name) or (
        not teamed and looks_like_person(name) and not _named_as_company(name, subject, text)
    ):
        return ""  # "Tanisha Rossi <no-reply@greenhouse.io>": a recruiter, not the employer
    return _proper_case(clean_company(name) or name, text)


_URL_HOST_RE = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)


def _company_from_tenant(mail: Mail) -> str:
    """The employer a hiring tool's address names (acme.wd5.myworkday.com), or failing that a
    link to the tool's pages for it (https://acme.icims.com/...), as the text spells it."""
    hosts = [c.address for c in reply_candidates(mail)]
    hosts += ["x@" + h for h in _URL_HOST_RE.findall(mail.text[:20_000])]
    text = mail.subject + "\n" + mail.text
    for address in hosts:
        token = senders.tenant(address)
        spelled = spelled_in_text(token, text) if token else ""
        if spelled:
            return spelled
    return ""


def _reconcile(display: str, prose: Iterable[str], tenant: Callable[[], str]) -> str:
    """The display's company, unless the mail's prose names the same employer more fully.

    "Acme Cloud" (a division in the display) or "Cadence" (a tenant) against "Acme Corp" or
    "Cadence Biolabs" in the subject, body or signature: the prose wins when both start with
    the same word. Prose is compared without its decorations ("Acme Careers" is "Acme"). The
    tenant as the text spells it is the last resort.

    *prose* is read in order and only as far as needed (each reading costs a search of the
    text): with no display, the first company the prose names; with one, up to the first
    reading that agrees with it. *tenant* is read only if nothing else settles it.
    """
    pairs = []
    for other in prose:
        core = decorations.strip_display(other, ())[0] if other else ""
        if not core or _only_team_words(core):
            continue
        if not display:
            return other
        if compact(core) == compact(display):
            return display  # the prose agrees
        pairs.append((other, core))
    if not display:
        return tenant()
    first = fold(display.split(maxsplit=1)[0])
    spelled = tenant()
    candidates = [*pairs, (spelled, spelled)] if spelled else pairs
    for other, core in candidates:
        if fold(core.split(maxsplit=1)[0]) == first and len(core) > len(display):
            return other
    for other, core in pairs:
        if fold(core.split(maxsplit=1)[0]) == first:
            return other
    return display


def company_of(mail: Mail) -> str:
    sender = mail.sender
    client = _CLIENT_RE.search(prose_of(mail.text[:3000]))
    if client:  # a recruitment agency writing for the employer
        return clean_company(client.group(1))
    display = _company_from_sender_display(sender, mail.subject, mail.text)
    readings: tuple[Callable[[], str], ...] = (
        lambda: named_scheme(mail.subject, mail.text)[0],
        lambda: company_from_subject(mail.subject, mail.text),
        lambda: company_from_body(mail.text),
        lambda: decorations.company_from_signature(mail.text),
        lambda: _company_beside_signer(mail.text),
    )
    prose = (read() for read in readings)
    company = _reconcile(display, prose, lambda: _company_from_tenant(mail))
    company = company or _company_equal_to_domain(sender.name, sender.address)
    if company:
        return company
    for candidate in reply_candidates(mail):
        if "@" not in candidate.address:
            continue
        from_domain = company_from_address(candidate.address)
        domain = senders.employer_domain(candidate.address)
        spelled = spelled_in_text(domain_label(domain), mail.text) if domain else ""
        # "Waypoint Maps via Opalhire <ne-pas-repondre@opalhire.net>": a machine's address
        # behind a "via" may be a relay's that the catalogue does not know; only a name the
        # mail itself spells is taken from it. A person's own address ("Ji-woo Tesfaye via
        # Deloitte <jiwootesfaye@deloitte.com>") is at the employer.
        relayed = bool(VIA_RE.search(candidate.name)) and (
            senders.is_machine(candidate.address) or senders.is_team_inbox(candidate.address)
        )
        if spelled or (from_domain and not relayed):
            return spelled or from_domain
    return ""
