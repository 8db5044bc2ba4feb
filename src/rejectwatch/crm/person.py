"""Pure: the person who wrote a rejection: a human name in a display name or under a
sign-off ("Kind regards,\nPriya Shah\nRecruiter"), never a team or the company, and a
personal address written in the signature."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rejectwatch.crm import names, senders
from rejectwatch.crm.domains import (
    domain_label,
    is_ats_domain,
    is_no_reply,
    is_service_host,
    reply_candidates,
)
from rejectwatch.crm.position import looks_like_title
from rejectwatch.crm.text import compact, fold
from rejectwatch.mail.message import Address, Mail

__all__ = [
    "HR_TITLE_RE",
    "ORG_WORDS",
    "VIA_RE",
    "fits_sender",
    "is_organisation",
    "is_recipient",
    "looks_like_person",
    "names_domain_start",
    "person_name",
    "signature_address",
    "signed_block",
    "signer_line",
    "split_signer",
    "without_quoted",
]


ORG_WORDS = frozenset(
    {
        "team",
        "recruiting",
        "recruitment",
        "recruiter",
        "recruiters",
        "careers",
        "career",
        "talent",
        "acquisition",
        "hr",
        "jobs",
        "job",
        "hiring",
        "people",
        "notifications",
        "notification",
        "noreply",
        "no-reply",
        "reply",
        "no",
        "do",
        "not",
        "support",
        "info",
        "inc",
        "llc",
        "ltd",
        "gmbh",
        "corp",
        "corporation",
        "company",
        "group",
        "the",
        "via",
        "applications",
        "application",
        "department",
        "office",
        "services",
        "system",
        "admin",
        "workday",
        "greenhouse",
        "lever",
        "linkedin",
        "mail",
        "human",
        "resources",
        "staffing",
        "operations",
        "partners",
        "foundation",
        "university",
        "labs",
        "technologies",
        "bot",
        "analytics",
        "agency",
        "architects",
        "bank",
        "bio",
        "capital",
        "care",
        "civic",
        "clinic",
        "college",
        "consulting",
        "digital",
        "energy",
        "engineering",
        "estates",
        "finance",
        "foods",
        "games",
        "health",
        "holdings",
        "homes",
        "hospital",
        "industries",
        "insurance",
        "institute",
        "logistics",
        "media",
        "motors",
        "network",
        "pharma",
        "plc",
        "properties",
        "rail",
        "realty",
        "retail",
        "robotics",
        "schools",
        "school",
        "software",
        "solutions",
        "studio",
        "studios",
        "systems",
        "tech",
        "travel",
        "trust",
        "ventures",
        "ag",
        "bv",
        "sa",
        "ab",
        "oy",
    }
)
# The same in the other languages rejectwatch reads: German, French, Spanish, Portuguese, Dutch
# ("Acme Karriere", "Acme Recrutement", "Acme Selección" are teams, not people).
ORG_WORDS |= frozenset(
    {
        "karriere", "karrieren", "bewerbung", "bewerbungen", "bewerbermanagement", "personal",
        "personalabteilung", "stellen", "recrutement", "carrière", "carrières", "carriere",
        "carrieres", "emploi", "emplois", "rh", "drh", "ressources", "humaines", "rrhh",
        "empleo", "selección", "seleccion", "reclutamiento", "talento", "carreira",
        "carreiras", "recrutamento", "werving", "selectie", "vacatures", "loopbaan", "nv",
        "kg", "sarl", "sas", "srl", "ug", "ufficio", "risorse", "umane", "personale",
        "selezione", "departamento", "departament", "recursos", "humanos", "equipe", "équipe",
        "equipo", "talentos", "talenti", "servicio", "abteilung", "afdeling", "direction",
        "service", "accountants", "solicitors", "ihr", "dein", "euer", "unser", "votre", "uw",
        "jouw", "vuestro", "nuestro", "vostro", "nostro", "alliance", "association", "council",
        "society", "federation", "charity", "nonprofit",
    }
)  # fmt: skip
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def looks_like_person(name: str, *, allow_single: bool = False) -> bool:
    words = name.split()
    if not words or len(words) > 4 or (len(words) == 1 and not allow_single):
        return False
    if any(ch.isdigit() or ch in '@&|/()[]:;!?,"' for ch in name):
        return False
    for index, word in enumerate(words):
        if not _NAME_WORD_RE.fullmatch(word) or any(
            part in ORG_WORDS for part in word.lower().strip(".").split("-")
        ):  # "Ihr Recruiting-Team"
            return False
        if index and index < len(words) - 1 and names.is_particle(word):
            continue  # "Jan van Dijk"
        if not word[0].isupper() or (len(word) > 3 and word.isupper()):
            return False
    return True


VIA_RE = re.compile(r"\s*(?:\(via [^)]*\)|\bvia\s+\S.*)$", re.IGNORECASE)


def person_name(display: str, company: str, address: str) -> str:
    """The human name in a display name, or "" when it names a team or a company."""
    name = VIA_RE.sub("", display).strip(" \"'")
    parts = re.split(r"\s+(?:at|from|@|-|\||\u2013)\s+", name, maxsplit=1)
    name = names.without_asides(parts[0])  # "(she/her)"
    signed_for_company = len(parts) == 2  # "Sarah from Acme": a person speaking for a company
    # "Shah, Priya", "Priya Shah, PhD", "PRIYA SHAH", "Jean DUPONT"
    name = names.proper_case(
        names.surnames_first(name, address, company) or names.reading_order(name)
    )
    if is_organisation(name, company, address):
        return ""
    local = fold(address.split("@", 1)[0])
    single_ok = len(name) > 1 and (signed_for_company or local.startswith(fold(name)))
    return name if looks_like_person(name, allow_single=single_ok) else ""


def is_organisation(name: str, company: str, address: str) -> bool:
    """A display or signed name that is really the company ("Amberley Estates <jobs@...>")."""
    squashed = compact(name)
    if not squashed:
        return True
    if company and squashed == compact(company):
        return True
    domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
    if domain and not is_service_host(domain):
        labels = domain.split(".")
        if squashed in labels or any(squashed == compact(label) for label in labels[:-1]):
            return True
    elif domain and is_ats_domain(domain):
        local = compact(address.split("@", 1)[0])
        # ATS addresses carry the employer's name ("amberleyestate@taleo.net"), not a person's
        if len(local) >= 5 and (squashed.startswith(local) or local.startswith(squashed)):
            return True
    return False


# Where a quoted earlier message starts (the applicant's own mail, signed by the applicant):
# "-----Original Message-----", "From: ... <a@b>" / "Von:", "On ... wrote:", "Am ... schrieb",
# "Le ... a écrit", "El ... escribió", "Op ... schreef".
_QUOTED_START_RE = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|oorspronkelijk bericht)|(?:from|von|de|van|da)\s*:.*@"
    r"|(?:on|am|le|el|op) .{4,120}(?:wrote|schrieb|a écrit|escribió|schreef)\s*:\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


def without_quoted(text: str) -> str:
    """*text* before a quoted earlier message, if one is quoted below the answer."""
    match = _QUOTED_START_RE.search(text)
    return text[: match.start()] if match and match.start() > 0 else text


def fits_sender(name: str, mail: Mail) -> bool:
    """*name* fits the local part of the From or Reply-To address ("Kavya Sharma" and
    kavya.sharma@..., ksharma@...)."""
    words = [fold(w) for w in name.split()]
    if len(words) < 2:
        return False
    for who in reply_candidates(mail):
        local = fold(who.address.split("@", 1)[0])
        if local.startswith(words[0][:4]) or words[-1] in local:
            return True
    return False


def is_recipient(name: str, recipients: tuple[Address, ...]) -> bool:
    """*name* is the reader's own ("Sam Lee", to Sam Lee or sam.lee@...): not whom to thank."""
    words = [w for w in fold(name).replace("-", " ").split() if len(w) >= 2]
    for to in recipients:
        if words and fold(to.name).split() == words:
            return True
        local = fold(to.address.split("@", 1)[0])
        if len(words) >= 2 and all(w in local for w in words):
            return True
    return False


def names_domain_start(name: str, address: str) -> bool:
    """*name*'s first word starts the sender's domain: "Helix Diagnostics" for helixdx.com is
    the company signing, not a person."""
    domain = senders.employer_domain(address)
    first = fold(name.split(maxsplit=1)[0]) if name.split() else ""
    return len(first) >= 4 and bool(domain) and domain_label(domain).startswith(first)


_SIGNOFF_RE = re.compile(
    r"^(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|warmly|regards"
    r"|sincerely(?: yours)?|yours sincerely|many thanks|thanks(?: again)?|thank you"
    r"|cheers|all the best|with best wishes|respectfully"
    # German, French, Spanish, Portuguese, Dutch, Italian
    r"|mit (?:den )?(?:freundlichen|besten|herzlichen) gr[üu](?:ß|ss)en|(?:viele|beste|freundliche"
    r"|herzliche|liebe) gr[üu](?:ß|ss)e|(?:bien )?cordialement|bien à vous|(?:avec nos |mes )?"
    r"salutations(?: distinguées)?|(?:un )?saludos?(?: cordiales)?|atentamente|cordialmente"
    r"|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|atenciosamente|cumprimentos"
    r"|(?:cordiali|distinti) saluti)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


_SIGNER_SPLIT_RE = re.compile(r"\s*(?:,|\||\s-\s|\u2013)\s*")  # "Priya Shah, Globex"


def split_signer(line: str) -> tuple[str, str]:
    """*line* split at its first comma, bar or dash: "Priya Shah | Globex" -> ("Priya Shah",
    "Globex"); ("Priya Shah", "") for a line without one."""
    first, _, rest = _SIGNER_SPLIT_RE.sub("\x00", line, count=1).partition("\x00")
    return first, rest


def _under_signoffs(text: str) -> Iterator[list[str]]:
    """The lines with text among the four under each sign-off in the last 40 lines of *text*,
    the last sign-off first."""
    lines = [line.strip() for line in text.splitlines()[-40:]]
    for i in range(len(lines) - 1, -1, -1):
        if _SIGNOFF_RE.match(lines[i]):
            yield [line for line in lines[i + 1 : i + 5] if line]


def signer_line(text: str) -> tuple[str, str]:
    """:func:`split_signer` of the line under the last sign-off: "Kind regards,\nPriya Shah,
    Globex" -> ("Priya Shah", "Globex"); ("", "") without a sign-off."""
    rest = next(_under_signoffs(text), [])
    return split_signer(rest[0]) if rest else ("", "")


def signed_block(text: str, person: Callable[[str], bool] = bool) -> tuple[str, str]:
    """(name, title) under the last sign-off whose name is a *person*: "Kind regards,\nPriya
    Shah\nRecruiter, Acme". A bilingual mail signed "Best regards,\nHassan Bianchi" above and
    "Bien cordialement,\nNimbus Cloud" below is Hassan's."""
    for rest in _under_signoffs(text):
        if not rest:
            return "", ""
        first_line = re.sub(r"\s*\((?:she|he|they|ze)/\w+\)", "", rest[0], flags=re.IGNORECASE)
        first_line = re.sub(r"^(?:i\.\s?A\.|i\.\s?V\.|p\.\s?o\.)\s+", "", first_line)  # "i.A. Hans"
        parts = _SIGNER_SPLIT_RE.split(first_line, maxsplit=1)
        name = parts[0]
        if not person(name):
            continue
        title = parts[1] if len(parts) > 1 else (rest[1] if len(rest) > 1 else "")
        title = _SIGNER_SPLIT_RE.split(title, maxsplit=1)[0]
        is_title = looks_like_title(title) or HR_TITLE_RE.search(title)
        if not is_title or "@" in title or len(title) > 60:
            title = ""
        return name, title
    return "", ""


HR_TITLE_RE = re.compile(
    r"^(?:talent acquisition|recruiting|recruitment|people (?:team|operations|partner)"
    r"|human resources|hr)\b",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


_ADDRESSED_TO_RE = re.compile(
    r"(?:intended for|sent to|was sent to|delivered to|addressed to|unsubscribe|to:)\s*\S*$",
    re.IGNORECASE,
)


def signature_address(text: str, name: str, recipients: frozenset[str] = frozenset()) -> str:
    """A personal address written in the signature, when the headers only have no-reply ones.

    Never the recipient's own ("This email was intended for you@example.org")."""
    tail = text[-800:]
    if "@" not in tail:
        return ""
    words = [fold(w) for w in name.split()] if name else []
    first, last = (words[0], words[-1]) if words else ("", "")
    found = ""
    for match in _EMAIL_RE.finditer(tail):
        address = match.group(0).rstrip(".").lower()
        local, domain = address.rsplit("@", 1)
        if is_no_reply(address) or is_service_host(domain) or address in recipients:
            continue
        if _ADDRESSED_TO_RE.search(tail[max(0, match.start() - 40) : match.start()]):
            continue  # "this message was sent to you@...": the reader, not the writer
        local = fold(local)
        if first and (local.startswith(first[:4]) or (len(words) > 1 and last in local)):
            return address  # "priya.shah@", "pshah@", "shah.p@" for Priya Shah
        found = found or address
    return found if not name else ""
