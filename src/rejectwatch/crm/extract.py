"""Pure: who rejected us, for which role, whom to answer, and why, from a :class:`Mail`.

Precision over recall: every rule here would rather return "" than a wrong value, because a
wrong company name in a draft is worse than none. Rules are tried from the most explicit source
(the sender's display name, fixed phrases) to the least (the sender's domain).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from rejectwatch.crm import decorations, names, places, senders, subjects
from rejectwatch.mail.message import Address, Mail, clean_header_text

__all__ = [
    "REASONS",
    "Facts",
    "extract",
    "is_no_reply",
    "is_service_domain",
    "role",
    "says_do_not_reply",
]

REASONS = (
    "position_filled",
    "another_candidate",
    "experience_skills",
    "role_cancelled",
    "after_interview",
    "kept_on_file",
    "eligibility",  # work authorisation, visa sponsorship, location
    "unknown",
)


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


# --------------------------------------------------------------------------- addresses
# Which addresses are machines, and how hiring tools write the employer's name in them, is
# data: see senders.py and senders.toml.


def is_no_reply(address: str) -> bool:
    """True when nobody reads replies to *address*: a no-reply or notification mailbox, a hiring
    tool, job board, scheduler or relay (acme@myworkday.com), or "" (see senders.is_machine)."""
    return senders.is_machine(address)


def _domain_of(address_or_domain: str) -> str:
    return address_or_domain.rsplit("@", 1)[-1].strip().strip("<>").lower()


def _is_service_domain(domain: str) -> bool:
    return senders.system_for(domain) is not None or senders.is_free_mail(domain)


def is_service_domain(address_or_domain: str) -> bool:
    """True for a hiring tool, job board, scheduler, mail relay or free-mail domain (or address)."""
    return _is_service_domain(_domain_of(address_or_domain))


def _is_ats_domain(domain: str) -> bool:
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


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).casefold()


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


def _domain_label(domain: str) -> str:
    """The name-bearing label of a domain: mail.acme.co.uk -> "acme"."""
    return senders.registrable_domain(domain).split(".", 1)[0]


def _company_from_address(address: str) -> str:
    """The company an address names: the employer's domain, or a hiring tool's tenant."""
    if "@" not in address:
        return ""
    if senders.system_for(address) is not None:
        return _label_to_name(senders.tenant(address))
    domain = senders.employer_domain(address)
    return _label_to_name(_domain_label(domain)) if domain else ""


# --------------------------------------------------------------------------- names

_ORG_WORDS = frozenset(
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
_ORG_WORDS |= frozenset(
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


def _looks_like_person(name: str, *, allow_single: bool = False) -> bool:
    words = name.split()
    if not words or len(words) > 4 or (len(words) == 1 and not allow_single):
        return False
    if any(ch.isdigit() or ch in '@&|/()[]:;!?,"' for ch in name):
        return False
    for index, word in enumerate(words):
        if not _NAME_WORD_RE.fullmatch(word) or any(
            part in _ORG_WORDS for part in word.lower().strip(".").split("-")
        ):  # "Ihr Recruiting-Team"
            return False
        if index and index < len(words) - 1 and names.is_particle(word):
            continue  # "Jan van Dijk"
        if not word[0].isupper() or (len(word) > 3 and word.isupper()):
            return False
    return True


_VIA_RE = re.compile(r"\s*(?:\(via [^)]*\)|\bvia\s+\S.*)$", re.IGNORECASE)


def _person_name(display: str, company: str, address: str) -> str:
    """The human name in a display name, or "" when it names a team or a company."""
    name = _VIA_RE.sub("", display).strip(" \"'")
    parts = re.split(r"\s+(?:at|from|@|-|\||\u2013)\s+", name, maxsplit=1)
    name = names.without_asides(parts[0])  # "(she/her)"
    signed_for_company = len(parts) == 2  # "Sarah from Acme": a person speaking for a company
    # "Shah, Priya", "Priya Shah, PhD", "PRIYA SHAH", "Jean DUPONT"
    name = names.proper_case(_surnames_first(name, address) or names.reading_order(name))
    if _is_organisation(name, company, address):
        return ""
    local = _fold(address.split("@", 1)[0])
    single_ok = len(name) > 1 and (signed_for_company or local.startswith(_fold(name)))
    return name if _looks_like_person(name, allow_single=single_ok) else ""


def _surnames_first(name: str, address: str) -> str:
    """ "García López, María" -> "María García López" when the address is hers (maria.garcia@,
    mgarcia@); "" otherwise: "Priya Shah, Acme" is a name and a company (see
    :func:`rejectwatch.crm.names.reading_order`, which reads one surname before a comma)."""
    before, comma, after = name.partition(",")
    surnames, given = before.split(), after.split()
    if not comma or not 2 <= len(surnames) <= 3 or not 1 <= len(given) <= 2 or "," in after:
        return ""
    local = _fold(address.split("@", 1)[0])
    first = _fold(given[0])
    if len(first) < 2 or names.is_suffix(after) or _looks_like_title(after):
        return ""
    if first in local or (
        local.startswith(first[0]) and any(len(s) > 2 and _fold(s) in local for s in surnames)
    ):
        return f"{after.strip()} {before.strip()}"
    return ""


def _fold(value: str) -> str:
    """Lower case without accents: "Chloé" ~ "chloe"."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _is_organisation(name: str, company: str, address: str) -> bool:
    """A display or signed name that is really the company ("Amberley Estates <jobs@...>")."""
    squashed = _squash(name)
    if not squashed:
        return True
    if company and squashed == _squash(company):
        return True
    domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
    if domain and not _is_service_domain(domain):
        labels = domain.split(".")
        if squashed in labels or any(squashed == _squash(label) for label in labels[:-1]):
            return True
    elif domain and _is_ats_domain(domain):
        local = _squash(address.split("@", 1)[0])
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


def _without_quoted(text: str) -> str:
    """*text* before a quoted earlier message, if one is quoted below the answer."""
    match = _QUOTED_START_RE.search(text)
    return text[: match.start()] if match and match.start() > 0 else text


def _fits_sender(name: str, mail: Mail) -> bool:
    """*name* fits the local part of the From or Reply-To address ("Kavya Sharma" and
    kavya.sharma@..., ksharma@...)."""
    words = [_fold(w) for w in name.split()]
    if len(words) < 2:
        return False
    for who in _reply_candidates(mail):
        local = _fold(who.address.split("@", 1)[0])
        if local.startswith(words[0][:4]) or words[-1] in local:
            return True
    return False


def _is_recipient(name: str, recipients: tuple[Address, ...]) -> bool:
    """*name* is the reader's own ("Sam Lee", to Sam Lee or sam.lee@...): not whom to thank."""
    words = [w for w in _fold(name).replace("-", " ").split() if len(w) >= 2]
    for to in recipients:
        if words and _fold(to.name).split() == words:
            return True
        local = _fold(to.address.split("@", 1)[0])
        if len(words) >= 2 and all(w in local for w in words):
            return True
    return False


def _names_domain_start(name: str, address: str) -> bool:
    """*name*'s first word starts the sender's domain: "Helix Diagnostics" for helixdx.com is
    the company signing, not a person."""
    domain = senders.employer_domain(address)
    first = _fold(name.split(maxsplit=1)[0]) if name.split() else ""
    return len(first) >= 4 and bool(domain) and _domain_label(domain).startswith(first)


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


def _signed_block(text: str, person: Callable[[str], bool] = bool) -> tuple[str, str]:
    """(name, title) under the last sign-off whose name is a *person*: "Kind regards,\nPriya
    Shah\nRecruiter, Acme". A bilingual mail signed "Best regards,\nHassan Bianchi" above and
    "Bien cordialement,\nNimbus Cloud" below is Hassan's."""
    lines = [line.strip() for line in text.splitlines()[-40:]]
    for i in range(len(lines) - 1, -1, -1):
        if not _SIGNOFF_RE.match(lines[i]):
            continue
        rest = [line for line in lines[i + 1 : i + 5] if line]
        if not rest:
            return "", ""
        first_line = re.sub(r"\s*\((?:she|he|they|ze)/\w+\)", "", rest[0], flags=re.IGNORECASE)
        first_line = re.sub(r"^(?:i\.\s?A\.|i\.\s?V\.|p\.\s?o\.)\s+", "", first_line)  # "i.A. Hans"
        parts = re.split(r"\s*(?:,|\||\s-\s|\u2013)\s*", first_line, maxsplit=1)
        name = parts[0]
        if not person(name):
            continue
        title = parts[1] if len(parts) > 1 else (rest[1] if len(rest) > 1 else "")
        title = re.split(r"\s*(?:,|\||\s-\s|\u2013)\s*", title, maxsplit=1)[0]
        is_title = _looks_like_title(title) or _HR_TITLE_RE.search(title)
        if not is_title or "@" in title or len(title) > 60:
            title = ""
        return name, title
    return "", ""


_HR_TITLE_RE = re.compile(
    r"^(?:talent acquisition|recruiting|recruitment|people (?:team|operations|partner)"
    r"|human resources|hr)\b",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


_ADDRESSED_TO_RE = re.compile(
    r"(?:intended for|sent to|was sent to|delivered to|addressed to|unsubscribe|to:)\s*\S*$",
    re.IGNORECASE,
)


def _signature_address(text: str, name: str, recipients: frozenset[str] = frozenset()) -> str:
    """A personal address written in the signature, when the headers only have no-reply ones.

    Never the recipient's own ("This email was intended for you@example.org")."""
    tail = text[-800:]
    if "@" not in tail:
        return ""
    words = [_fold(w) for w in name.split()] if name else []
    first, last = (words[0], words[-1]) if words else ("", "")
    found = ""
    for match in _EMAIL_RE.finditer(tail):
        address = match.group(0).rstrip(".").lower()
        local, domain = address.rsplit("@", 1)
        if is_no_reply(address) or _is_service_domain(domain) or address in recipients:
            continue
        if _ADDRESSED_TO_RE.search(tail[max(0, match.start() - 40) : match.start()]):
            continue  # "this message was sent to you@...": the reader, not the writer
        local = _fold(local)
        if first and (local.startswith(first[:4]) or (len(words) > 1 and last in local)):
            return address  # "priya.shah@", "pshah@", "shah.p@" for Priya Shah
        found = found or address
    return found if not name else ""


# --------------------------------------------------------------------------- company

_COMPANY = r"([A-Z0-9][\w&'’.-]*(?: (?:& )?[A-Z0-9][\w&'’.-]*){0,3})"
_NOT_COMPANY = frozenset(
    {
        "this",
        "the",
        "our",
        "we",
        "unfortunately",
        "thank",
        "thanks",
        "please",
        "hi",
        "job",
        "req",
        "requisition",
        "ref",
        "reference",
        "dear",
        "hello",
        "your",
        "you",
        "i",
        "it",
        "a",
        "an",
        "at",
        "present",
        "team",
        "us",
        "greenhouse",
        "linkedin",
        "workday",
        "lever",
        "careers",
        "recruiting",
        "talent",
        "hr",
        "jobs",
        "indeed",
        "position",
        "role",
        "application",
        "senior",
        "junior",
        "after",
        "while",
        "as",
        "in",
    }
)
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
_BODY_COMPANY_RES = tuple(
    re.compile(p)
    for p in (
        r"\b(?:[Tt]hank you|[Tt]hanks) for (?:your )?(?:applying|application|apply) (?:to|at|with) "
        + _COMPANY,
        r"\binterest in (?:joining |working (?:at|for|with) |a career (?:at|with) )?" + _COMPANY,
        r"\b(?:position|role|job|opportunity|opportunities|opening|career|careers|employment)"
        r" (?:at|with) (?:the )?" + _COMPANY,
        r"\b[Uu]nfortunately,? " + _COMPANY + r" (?:has|have) (?:decided|moved|chosen|selected)",
        r"\b(?:[Tt]he|[Aa]ll of us at|[Ee]veryone at) " + _COMPANY + r" (?:[Tt]alent|[Rr]ecruit"
        r"|[Hh]iring|[Pp]eople|HR|[Cc]areers)",
        r"\b(?:applying|application) (?:to|at|with) " + _COMPANY,
        r"\b[Aa]pplication (?:was |has been )?(?:sent|submitted) to " + _COMPANY,
        r"\bposition of [^.\n]{2,80}? (?:at|with) " + _COMPANY,
        r"\b[Tt]hank you for considering " + _COMPANY + r" as\b",
    )
)
_SUBJECT_COMPANY_RES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?:application|applying) (?:to|at|with) (.+?)(?:\s*[-|:,\u2013(]|\s+for\s|$)",
        r"interest in (?:joining )?(.+?)(?:\s*[-|:,\u2013(]|\s+for\s|$)",
        r"\bat (.+?)(?:\s*[-|:,\u2013(]|$)",
        r"^(.+?)\s+(?:recruitment|recruiting|careers|talent acquisition|hiring team)$",
        r"^(.+?)\s*:\s*(?:your|about your) (?:application|candidacy)\b",
        r"(?:application|applied|submitted) (?:was |has been )?(?:sent |submitted )?to (.+?)"
        r"(?:\s*[-|:,\u2013(]|$)",
    )
)


def _clean_company(value: str) -> str:
    value = _SENTENCE_END_RE.split(clean_header_text(value, 80), maxsplit=1)[0]
    value = re.sub(r"['’]s$", "", value).strip(" .,;:!-\"'")
    words = value.split()
    while words and words[-1].lower() in {"team", "talent", "recruiting", "hr", "and", "&"}:
        words.pop()
    value = " ".join(words)
    if not value or value.lower() in _NOT_COMPANY or value.split()[0].lower() in _NOT_COMPANY:
        return ""
    if len(value) < 3 and not value.isupper():
        return ""
    return value


# "St. Brigid's" and "Acme Co. Ltd" do not end a sentence
_SENTENCE_END_RE = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bCo)(?<!\bDr)(?<!\bNo)[.!?;:](?:\s|$)")


def _company_from_display(display: str) -> str:
    display = _VIA_RE.sub("", display).strip(" \"'")
    for pattern in _DISPLAY_COMPANY_RES:
        match = pattern.match(display)
        if match:
            company = _clean_company(match.group(1))
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


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,3}")


def _spelled_in_text(label_name: str, text: str) -> str:
    """How the text spells a domain's company: "cobaltharbor.com" -> "Cobalt Harbor"."""
    target = _squash(label_name)
    if len(target) < 3:
        return ""
    head = text[:3000] + "\n" + text[-800:] if len(text) > 3800 else text
    if target not in _squash(head):
        return ""
    for match in _CAPITALISED_RUN_RE.finditer(head):
        words = match.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                candidate = " ".join(words[start:end])
                if _squash(candidate) == target:
                    return candidate
    return ""


def _company_from_subject(subject: str, text: str = "") -> str:
    """The company a subject names; a fragment beside a title that says where the job is
    ("Data Analyst - London", "... | Remote") is no company (see :mod:`places`)."""
    subject = subjects.core(subject)  # "RE: [EXT] Réf :" and the like off
    for pattern in _SUBJECT_COMPANY_RES:
        match = pattern.search(subject)
        if match:
            company = _subject_company(match.group(1), named=True)
            if company and len(company.split()) <= 4 and not _looks_like_title(company):
                return company
    parts = _pipe_parts(subject)
    if parts is not None:
        first, second = parts
        if _looks_like_title(second) and not _looks_like_title(first):
            other = first
        elif _looks_like_title(first) and not _looks_like_title(second):
            other = second
        else:
            return ""
        if _SUBJECT_NOT_TITLE_RE.search(other) or places.is_place(other, text):
            return ""
        return _subject_company(other)
    return ""


# "Harbor & Pine Financial 2024 Graduate Scheme", "Acme Summer Internship Programme": the
# company, then the programme's words, then Scheme/Programme/Program.
_SCHEME_END_RE = re.compile(r"\b(?:Scheme|Programme|Program)\b")
_SCHEME_WORDS = frozenset(
    [
        "graduate",
        "graduates",
        "summer",
        "winter",
        "spring",
        "autumn",
        "internship",
        "internships",
        "intern",
        "interns",
        "apprenticeship",
        "apprenticeships",
        "apprentice",
        "degree",
        "trainee",
        "traineeship",
        "early",
        "careers",
        "career",
        "rotational",
        "leadership",
        "placement",
        "placements",
        "industrial",
        "insight",
        "undergraduate",
        "campus",
        "future",
        "leaders",
        "work",
        "experience",
        "vacation",
        "year",
        "student",
        "students",
        "entry-level",
        "development",
        "analyst",
        "associate",
        "fellowship",
    ]
)

# "Operations Graduate Scheme", "Investment Banking Summer Analyst Programme": the scheme's
# field, not its company.
_FUNCTION_WORDS = frozenset(
    [
        "operations",
        "technology",
        "tech",
        "finance",
        "financial",
        "engineering",
        "software",
        "data",
        "marketing",
        "sales",
        "legal",
        "hr",
        "risk",
        "audit",
        "tax",
        "consulting",
        "actuarial",
        "investment",
        "banking",
        "commercial",
        "digital",
        "business",
        "management",
        "supply",
        "chain",
        "it",
        "law",
        "research",
        "science",
        "product",
        "design",
        "retail",
        "corporate",
        "global",
        "markets",
        "cyber",
        "security",
    ]
)


def _scheme(subject: str, text: str) -> tuple[str, str]:
    """(company, programme) from a named scheme: ("Harbor & Pine Financial", "2024 Graduate
    Scheme"); ("", "") when no scheme is named after a company."""
    for source in (subject, _prose(text[:3000])):
        for end in _SCHEME_END_RE.finditer(source):
            words = source[: end.start()].split()
            cut = len(words)
            while cut and (
                words[cut - 1].lower() in _SCHEME_WORDS
                or re.fullmatch(r"20\d\d(?:[/-]\d{2,4})?", words[cut - 1])
            ):
                cut -= 1
            if cut == len(words):
                continue  # "the Scheme": no programme words
            start = cut
            while (
                start
                and len(words) - start < 12
                and (words[start - 1][:1].isupper() or words[start - 1] == "&")
            ):
                start -= 1
            company = _clean_company(" ".join(words[start:cut]))
            if (
                company
                and not _FUNCTION_WORDS.issuperset(company.lower().split())
                and len(company.split()) <= 5
                and not _looks_like_title(company)
                and not _is_phrase(company)
            ):
                return company, " ".join([*words[cut:], end.group(0)])
    return "", ""


# A subject fragment that is a phrase, not a name: "Checking in", "Following up", "Quick
# update", "Your application", "Action Required", "Next steps".
_PHRASE_WORDS = frozenset(
    [
        "checking",
        "following",
        "follow",
        "touching",
        "circling",
        "quick",
        "update",
        "updates",
        "your",
        "my",
        "our",
        "required",
        "action",
        "next",
        "steps",
        "step",
        "status",
        "news",
        "reminder",
        "regarding",
        "re",
        "fwd",
        "hello",
        "hi",
        "thank",
        "thanks",
        "thankyou",
        "decision",
        "outcome",
        "feedback",
        "notice",
        "important",
        "invitation",
        "filled",
        "closed",
        "message",
        "note",
        "question",
        "just",
        "catch-up",
        "application",
        "applications",
        "candidacy",
        "received",
        "confirmation",
        "response",
        "reply",
    ]
)
_CONNECTORS = frozenset({"&", "and", "of", "de", "du", "la", "le", "der", "von", "van", "y"})


def _is_phrase(value: str) -> bool:
    """ "Checking in", "Quick update", "Action Required": words of a message, not a name."""
    words = [w.strip(".,!?:;'\"") for w in value.split()]
    if any(w.lower() in _PHRASE_WORDS for w in words):
        return True
    # a name is capitalised throughout ("Harbor & Pine", "Bank of Ireland"); "Checking in" is not
    return any(w[:1].islower() and w.lower() not in _CONNECTORS for w in words if w)


def _subject_company(value: str, *, named: bool = False) -> str:
    """A subject fragment as a company; *named*: it follows "application to/at ...", so the
    name ends where the sentence goes on ("Tessellate has been submitted" -> "Tessellate")."""
    if named:
        words = value.split()
        cut = next(
            (i for i, w in enumerate(words) if w[:1].islower() and w not in _CONNECTORS),
            len(words),
        )
        value = " ".join(words[:cut])
    company = _clean_company(value)
    return "" if _is_phrase(company) else company


def _prose(text: str) -> str:
    """Body text with line breaks inside paragraphs joined, for phrase matching."""
    return re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text[:6000].replace("\r", ""))


def _company_from_body(text: str) -> str:
    head = _prose(text)
    for pattern in _BODY_COMPANY_RES:
        for match in pattern.finditer(head):
            company = _clean_company(match.group(1))
            if company and not _looks_like_title(company):
                return company
    return ""


def _company_equal_to_domain(display: str, address: str) -> str:
    """A display name that simply is the company ("Acme" from jobs@acme.com)."""
    from_domain = _company_from_address(address)
    if not from_domain or not display:
        return ""
    squash = _squash(display)
    if squash and squash == _squash(from_domain):
        return clean_header_text(display, 80)
    words = display.split()
    # "Kinsale Architects" <jobs@kinsale.ie>: the domain's name plus a business word
    if (
        1 < len(words) <= 4
        and _squash(words[0]) == _squash(from_domain)
        and all(w.lower() in _ORG_WORDS for w in words[1:])
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


# --------------------------------------------------------------------------- position

_TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|analyst|manager|designer|scientist|intern|internship"
    r"|lead|director|specialist|consultant|associate|coordinator|architect|administrator"
    r"|officer|representative|assistant|executive|head of|product|sales|marketing|researcher"
    r"|programmer|technician|accountant|writer|editor|advisor|adviser|strategist|sre|devops|qa"
    r"|recruiter|partner|owner|principal|staff|backend|frontend|full[- ]stack|vp|president"
    r"|planner|nurse|teacher|buyer|clerk|surveyor|paralegal|pharmacist|therapist|chef"
    r"|receptionist|fellow|apprentice|trainee|graduate|generalist|sourcer|auditor|supervisor"
    r"|operator|mechanic|electrician|technologist|werkstudent|praktikant|stagiaire|cashier"
    r"|driver|attendant|agent|controller|economist|statistician|librarian|tutor|lecturer)\b",
    re.IGNORECASE,
)
_ROLE_NOUN_RE = re.compile(
    r"\b(?:engineer|developer|analyst|manager|designer|scientist|intern|lead|director"
    r"|specialist|consultant|associate|coordinator|architect|administrator|officer"
    r"|representative|assistant|executive|researcher|programmer|technician|accountant"
    r"|writer|editor|advisor|adviser|strategist|recruiter|sre|planner|nurse|teacher|buyer|clerk"
    r"|surveyor|paralegal|pharmacist|therapist|chef|receptionist|apprentice|trainee|generalist"
    r"|sourcer|auditor|supervisor|operator|mechanic|electrician|technologist|controller"
    r"|economist|statistician|librarian|lecturer)s?$",
    re.IGNORECASE,
)
_SUBJECT_NOT_TITLE_RE = re.compile(
    r"\b(?:your|our|application|update|status|thank|thanks|regarding|news|newsletter"
    r"|opportunity|opportunities|jobs|alert|invitation|interview)\b",
    re.IGNORECASE,
)
# a title, maybe in quotes: 'the "Data Analyst" role', "the “Data Analyst” role"
_POS = r"[\"“‘«]?([A-Za-z0-9][\w/&+#,.():'’“”\"» -]{1,80}?)"
_BODY_POSITION_RES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:for|to|in) (?:the|our) " + _POS + r" (?:position|role|opening|opportunity|job"
        r"|vacancy|scheme|programme|program)\b",
        r"\b(?:the|our) (?:position|role|post) of "
        + _POS
        + r"(?=\s+(?:at|with|here)\b|[.,;!\n]|$)",
        r"\b(?:application|applying|candidacy) (?:for|to) (?:the )?"
        + _POS
        + r"(?:\s+(?:position|role|opening|job|vacancy|scheme|programme|program))?"
        r"(?=\s+(?:at|with|here|has|was|is)\b|[.,;!\n]|$)",
        r"\bthe " + _POS + r" (?:position|role|opening|vacancy)\b",
    )
)
_SUBJECT_POSITION_RES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?:application|applying|candidacy) for (?:the )?(.+?)(?:\s+(?:position|role))?"
        r"(?:\s+at\s|\s+with\s|\s*[-|\u2013(]|$)",
        r"(?:application|applying)[^:]*:\s*(.+?)(?:\s+at\s|\s*[-|\u2013(]|$)",
        r"^(.+?)\s+at\s+\S",
    )
)
# German, French, Spanish / Portuguese and Dutch subjects: "Ihre Bewerbung als Data Analyst",
# "Votre candidature au poste de Chargé de projet", "Tu candidatura para el puesto de Analista",
# "Uw sollicitatie voor de functie van Data Analist". After a word that makes what follows a
# role ("als", "poste de", "puesto de") the title is taken as written; after a weaker one
# ("für", "para", "pour", "voor", ":") only when it names a job (_TITLE_ABROAD_RE).
_TITLE_END = r"(?=\s+(?:bei|chez|en|bij|at|in|im)\s|\s+[-|\u2013\u2014]\s|\s*[|(]|\s*$)"
_APPLICATION_ABROAD = r"(?:bewerbung|candidature|candidatura|solicitud|postulaci[oó]n|sollicitatie)"
_STRONG_ABROAD_RE = re.compile(
    _APPLICATION_ABROAD + r"(?:\s+spontan[ée]e?)?\s+"
    r"(?:als|(?:auf|um|für) (?:die|eine) (?:stelle|position) als"
    r"|(?:au|pour le|pour un) poste (?:de |d'|d’)|pour l'emploi de"
    r"|(?:para|a|al|à) (?:el |la |a |o )?(?:puesto|cargo|vacante|vaga|posici[oó]n|empleo) de"
    r"|(?:voor|naar) de (?:functie|vacature|positie) (?:van|als))"
    r"\s*(.+?)" + _TITLE_END,
    re.IGNORECASE,
)
_WEAK_ABROAD_RE = re.compile(
    _APPLICATION_ABROAD
    + r"\s*(?:für|para|pour|voor|a|à|:)\s*(?:die |el |la |le |de )?(.+?)"
    + _TITLE_END,
    re.IGNORECASE,
)
_TITLE_ABROAD_RE = re.compile(
    r"\b(?:analista|analist|ingenier[oa]s?|ingénieure?|ingenieur(?:in)?|desarroll\w+"
    r"|développeu(?:r|se)|entwickler(?:in)?|ontwikkelaar|programador[a]?|gerente|jef[ea]"
    r"|t[ée]cnic[oa]|técnico|coordinador[a]?|coordinat(?:eur|rice)|consultor[a]?|berater(?:in)?"
    r"|adviseur|asistente|assistante?|responsable|charg[ée]e?|chef|directeur|directrice"
    r"|director[a]?|gestionnaire|referent(?:in)?|sachbearbeiter(?:in)?|leiter(?:in)?"
    r"|medewerker|beheerder|stagiai?re?|praktikant(?:in)?|werkstudent(?:in)?|kauf(?:mann|frau)"
    r"|comercial|vendedor[a]?|enfermer[oa]|profesor[a]?|docente|redact(?:or|eur|rice)"
    r"|diseñador[a]?|concepteur|administrat(?:eur|rice|ivo|iva))\b",
    re.IGNORECASE,
)


def _position_abroad(subject: str) -> str:
    """The role a German, French, Spanish, Portuguese or Dutch subject names, or ""."""
    strong = _STRONG_ABROAD_RE.search(subject)
    if strong:
        return _clean_position(strong.group(1))
    weak = _WEAK_ABROAD_RE.search(subject)
    if weak:
        position = _clean_position(weak.group(1))
        if _looks_like_title(position) or _TITLE_ABROAD_RE.search(position):
            return position
    return ""


_NOT_POSITION = frozenset(
    {
        "this",
        "that",
        "the",
        "a",
        "an",
        "our",
        "your",
        "open",
        "above",
        "aforementioned",
        "same",
        "position",
        "role",
        "job",
        "opportunity",
        "following",
        "next",
        "current",
    }
)


def _looks_like_title(value: str) -> bool:
    return bool(_TITLE_WORDS.search(value))


_QUOTES_AND_STOPS = " .,;:!-\"'“”‘’«»„"  # "the “Data Analyst” role"


def _clean_position(value: str) -> str:
    value, _ = decorations.split_requisition(clean_header_text(value, 120))
    value = re.sub(r"\s*\((?:[^)]*\d[^)]*)\)$", "", value)  # "(R-12345)"
    value = re.sub(
        r"\s*[-#,]?\s*(?:req(?:uisition)?|job)\s*(?:id|#|no\.?)?\s*[:#]?\s*\S*\d\S*$",
        "",
        value,
        flags=re.IGNORECASE,
    )
    value = value.strip(_QUOTES_AND_STOPS)
    # "for the final interview for the Product Analyst position": the title is what follows
    # the last "for the/our"; a real title never contains one.
    value = re.split(r"\bfor (?:the|our) ", value, flags=re.IGNORECASE)[-1]
    value = re.sub(r"^(?:the|a|an)\s+", "", value, flags=re.IGNORECASE).strip(_QUOTES_AND_STOPS)
    if not value or value.lower() in _NOT_POSITION or value.split()[0].lower() in _NOT_POSITION:
        return ""
    if len(value.split()) > 8:
        return ""
    return value


def _position_from_body(text: str) -> str:
    head = _prose(text)
    for pattern in _BODY_POSITION_RES:
        at = 0
        for _ in range(8):  # a too-long match may hide a good one that starts inside it
            match = pattern.search(head, at)
            if match is None:
                break
            position = _clean_position(match.group(1))
            if position and _looks_like_title(position):
                return position
            at = match.start() + 1
    return ""


_JOB_NUMBER_TAIL_RE = re.compile(
    r"\s+[-|\u2013]\s+(?:job|req(?:uisition)?|ref(?:erence)?)\s*(?:number|no\.?|id|ref|#)?\s*:?"
    r"\s*\S*\d\S*$",
    re.IGNORECASE,
)


def _pipe_parts(subject: str) -> tuple[str, str] | None:
    subject = _JOB_NUMBER_TAIL_RE.sub("", subject)
    parts = [p.strip() for p in re.split(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*", subject) if p.strip()]
    if len(parts) != 2:
        return None
    return parts[0], parts[1]


def _position_from_subject(subject: str) -> str:
    subject = subjects.core(subject)  # "RE: [EXT] Réf :" and the like off
    for pattern in _SUBJECT_POSITION_RES:
        match = pattern.search(subject)
        if match:
            position = _clean_position(match.group(1))
            if position and _looks_like_title(position):
                return position
    abroad = _position_abroad(subject)
    if abroad:
        return abroad
    parts = _pipe_parts(subject)
    if parts is not None:
        for part in parts:
            if _looks_like_title(part):
                return _clean_position(part)
    bare = subject.rsplit(": ", 1)[-1]  # "Ansökan: Frontend Developer"
    bare = re.sub(r"\s+(?:application|candidacy)$", "", bare, flags=re.IGNORECASE)
    if (
        len(bare.split()) <= 6
        and _ROLE_NOUN_RE.search(bare)
        and not _SUBJECT_NOT_TITLE_RE.search(bare)
    ):
        return _clean_position(bare)
    return ""


# --------------------------------------------------------------------------- reason

_ROLE = r"(?:position|role|opening|requisition|vacancy|job|internship|program(?:me)?)"
# An interview (or a conversation) that took place: "thank you for interviewing with us",
# "following your final interview", "it was a pleasure to meet you". Never a mention of
# interviews that did not happen: "we will not be inviting you to interview", "contacted for
# an interview", "to the interview stage", "our interview process is complete".
_AFTER_INTERVIEW = (
    r"(?:after|following|since) (?:careful consideration of )?(?:your|the|our) (?:recent |final "
    r"|second |first |technical |onsite |on-site |panel |phone )?(?:interview|conversation"
    r"|meeting)s?\b(?! (?:stage|process|invitation|slot))"
    r"|for (?:taking the time to |your time )?interview(?:ing)? with|for interviewing\b"
    r"|(?:met|meeting|speaking|spoke|talking) with (?:you\b|our team)"
    r"|(?:time to |for )(?:speak|talk|speaking|talking) (?:with|to) (?:us|me|our (?:hiring )?team)"
    r"|(?:your|the) (?:final |onsite |on-site |technical |recent |panel |second )?interviews? "
    r"(?:with us|with me|with the|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d)|last|yesterday|earlier|today|this week)"
    r"|for meeting with (?:us|me|the team)|(?:pleasure|great|lovely|nice) (?:to meet|meeting"
    r"|to get to know|getting to know)|(?:enjoyed|appreciated) (?:getting to know|meeting"
    r"|speaking|talking)|getting to know you"
    r"|(?:enjoyed|appreciated) (?:our|the|your) (?:conversations?|meetings?|chats?|discussions?"
    r"|interviews?|time with)|(?:for|thanks for) coming in\b|came in (?:to meet|for)"
    r"|(?:the )?time you (?:spent|took) (?:with|to meet)"
    r"|(?:attending|participating in|taking part in) (?:the |your |our )?(?:[\w-]+ ){0,2}"
    r"interviews?\b|you interviewed\b|your interviewers?\b|interviews? you (?:had|attended)"
    r"|(?:during|in) (?:your|the|our) (?:[\w-]+ )?(?:interview|conversation|call)\b"
    r"(?! (?:stage|process|invitation|slot))"
    r"|\byour (?:onsite|on-site|final round|panel|superday)\b|\binterview day\b"
    r"|\byour interviews? (?:was|were|went)\b"
    r"|\bmy (?:recent |final |second |first )?interview\b"
    r"|(?:effort|work|time) you put into (?:[\w,-]+ ){0,6}interviews?\b"
)
_REASON_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        (
            "role_cancelled",
            _ROLE + r"(?: (?:you applied for|you applied to|in question))? (?:has been|was"
            r"|is being|is now|is|will be|have been|had been) (?:\w+ )?(?:cancel+ed|put on hold"
            r"|placed on hold|on hold|closed|eliminated|withdrawn|removed|suspended|frozen)"
            r"|(?:putting|put|placing|placed) (?:this|the|our) (?:\w+ )?" + _ROLE + r" on hold"
            r"|no longer (?:hiring|recruiting|interviewing|moving forward) for|hiring freeze"
            r"|decided not to (?:fill|hire (?:anyone )?for|proceed with (?:filling|hiring for))"
            r"|(?:we are|we're) no longer (?:recruiting|hiring)\b"
            r"|(?:this|the) " + _ROLE + r" will not be (?:moving ahead|going ahead|filled)"
            r"|(?:cancel+ed|closed|withdrawn) (?:the|this) "
            + _ROLE
            + r"|decided not to hire anyone",
        ),
        (
            "position_filled",
            _ROLE + r"(?:s)?(?: (?:you applied for|you applied to))? (?:has|have|had|was|were)"
            r" (?:now |already |recently |just )?(?:been )?filled"
            r"|(?:we|we've|we have|we had) (?:now |already |recently |just recently |just )?filled"
            r" (?:the|this|that|all|our|each)|filled the remainder of"
            r"|is (?:now )?at (?:full )?capacity|filled (?:this|the) " + _ROLE + r" with",
        ),
        ("after_interview", _AFTER_INTERVIEW),
        (
            "eligibility",
            r"(?:work|employment) (?:authori[sz]ation|permit)|right to work|visa sponsorship"
            r"|sponsor (?:\w+ )?(?:employment |work )?visas?"
            r"|(?:unable|not able) to (?:offer|provide) (?:\w+ )?sponsorship"
            r"|(?:not|in)eligible (?:for|to)|are not eligible"
            r"|(?:open|available) only to (?:candidates|applicants|students|residents)"
            r"|only (?:open|available) to (?:candidates|applicants|students|residents)"
            r"|(?:to be|must be) (?:based|located|living) (?:in|within|near)|commuting distance"
            r"|looking for (?:someone|a candidate|candidates) (?:who is |who are )?(?:local|based)"
            r"|condition for (?:these|this|the) [\w ]{0,40}? is to be"
            r"|requires? (?:an? |active |current |valid )*(?:licen[cs]e|registration"
            r"|certification|security clearance|clearance)\b",
        ),
        (
            "experience_skills",
            r"(?:experience|skills|background|qualifications|profile)(?: and (?:\w+ )?"
            r"(?:experience|skills|qualifications|background))? (?:do|does|did)(?: not|n't)"
            r" (?:quite |yet |fully |closely )?(?:match|align|meet|fit)"
            r"|(?:experience|skills|background|qualifications)(?: and \w+)? (?:is|are|was|were)"
            r" not (?:a |quite a |quite |the )?(?:strong |good |close )?(?:fit|match|aligned)"
            r"|(?:is|are) not (?:the )?(?:strongest|right|best) match (?:with|for) your"
            r"|not (?:a )?(?:strong |good )?match (?:with|for) your (?:skills|experience|background"
            r"|qualifications)|looking for (?:someone|a candidate|candidates) with"
            r" (?:more|different|deeper|additional|specific)|(?:more|additional) (?:years of )?"
            r"(?:hands-on |relevant |direct )?experience (?:in|with|than)"
            r"|not (?:yet )?have the (?:experience|skills)|minimum (?:qualifications|requirements)"
            r"|(?:do|does|did) not meet (?:the|our) (?:\w+ )?"
            r"(?:qualifications|requirements|criteria)"
            r"|not (?:been )?referred (?:to|for)|compared your skills|did not find a strong match"
            r"|(?:skills|experience) (?:are|is) not quite a match",
        ),
        (
            "another_candidate",
            r"(?:offered|given|awarded) (?:the |this |that )?(?:\w+ )?(?:job|role|position|post"
            r"|place) to someone else|(?:gone|went|going|go) with someone else"
            r"|(?:another|other|different|stronger|internal) (?:candidate|applicant|individual)s?"
            r"|(?:selected|chosen|hired|identified|shortlisted) (?:someone|a candidate|an applicant"
            r"|others|those|other|applicants|candidates)"
            r"|(?:candidates?|applicants?) (?:whose|who|that|whom) (?:\w+ ){0,4}"
            r"(?:more closely|better|best|closer)|(?:more|better) (?:closely )?(?:aligned|suited"
            r"|matched) (?:candidate|applicant)|(?:extend|extended) an offer (?:out )?to"
            r"|most competitive candidate|other applicants|(?:proceed|move forward|moving forward"
            r"|move ahead|moved forward) with (?:\w+ ){0,3}(?:candidates|applicants)",
        ),
        (
            "kept_on_file",
            r"keep (?:your|you) (?:candidate )?(?:resume|résumé|cv|application|details|information"
            r"|profile|in mind)|(?:on file|on record|(?:in|to|into) our (?:talent pool|database"
            r"|system|records|talent community))"
            r"|(?:retain|hang on to) your (?:resume|information|details|cv)",
        ),
    )
)


# --------------------------------------------------------------------------- extract


_INTERVIEWED_RE = re.compile(_AFTER_INTERVIEW, re.IGNORECASE)


def _reason(text: str) -> str:
    head = re.sub(r"\s+", " ", text[:6000])
    for reason, pattern in _REASON_RULES:
        if reason == "role_cancelled":
            found = pattern.search(head)
            if found and not (_CLOSED_ONLY_RE.search(found.group(0)) and _FILLED_RE.search(head)):
                return reason  # "closed" after someone was chosen is no cancelled role
        elif reason == "kept_on_file":  # "we will not keep your details on file" is no promise
            if any(not _negated(head, m.start(), m.end()) for m in pattern.finditer(head)):
                return reason
        elif pattern.search(head):
            return reason
    return "unknown"


_CLOSED_ONLY_RE = re.compile(r"\bclosed\b", re.IGNORECASE)
_FILLED_RE = re.compile(
    "|".join(p.pattern for r, p in _REASON_RULES if r in ("position_filled", "another_candidate")),
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(r"\b(?:not|never|no longer|won't|don't|doesn't|cannot|can't)\b|n't\b")


def _negated(text: str, start: int, end: int) -> bool:
    """A negation in the clause before text[start:end], or in it ("are not kept on file")."""
    before = re.split(r"[.!?;|–—]|\bbut\b", text[max(0, start - 60) : start])[-1]
    if re.search(r"\b(?:if|unless)\b", before, re.IGNORECASE):
        return False  # "if you'd rather we didn't keep your details, reply": they keep them
    return bool(_NEGATION_RE.search(before) or _NEGATION_RE.search(text[start:end]))


_UNMONITORED_RE = re.compile(
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


def _reply_candidates(mail: Mail) -> list[Address]:
    return [a for a in (mail.reply_to, mail.sender) if a is not None and a.address]


_CLIENT_RE = re.compile(r"\b(?:our|my) client,? " + _COMPANY)


def _only_team_words(name: str) -> bool:
    words = name.lower().split()
    return not words or _ORG_WORDS.issuperset(w.strip(".,") for w in words)


def _tool_or_team(name: str) -> bool:
    """A name that is a hiring tool's or only team words: never the company a sender's
    display or address gives (prose may still name Workday or LinkedIn as the employer)."""
    return _only_team_words(name) or name.lower() in senders.tool_names()


def _proper_case(name: str, text: str) -> str:
    """ "cadence" from "Workday_no_reply cadence" -> "Cadence" (as the text writes it)."""
    if name.islower():
        return _spelled_in_text(name, text) or name.title()
    if name.isupper() and len(name) > 3:  # "ACME (NYSE: ACM)": as the letter writes it
        return _spelled_in_text(name, text) or name
    return name


def _person_part(value: str) -> str:
    return re.sub(r"\s*\((?:she|he|they|ze)/\w+\)", "", value, flags=re.IGNORECASE)


def _company_beside_person(display: str) -> str | None:
    """ "Sarah from Acme", "Careers at Acme", "Jane Doe - Acme Recruiting" -> "Acme"; "Jane
    Doe, Recruiter" -> ""; None when the display is not a name next to a company or title."""
    company = _company_from_display(display)
    if company and re.search(r"\s(?:at|from|@)\s", display, re.IGNORECASE):
        name, _ = decorations.strip_display(company, ())
        return name if name and not _tool_or_team(name) else ""
    parts = [p.strip() for p in re.split(r"\s*[,|]\s*|\s+[-\u2013]\s+", display) if p.strip()]
    people = [p for p in parts if _looks_like_person(_person_part(p))]
    if len(parts) != 2 or len(people) != 1:
        return None
    other = next(p for p in parts if p not in people)
    if _looks_like_title(other) or _HR_TITLE_RE.search(other) or names.is_suffix(other):
        return ""  # "Jane Doe, Recruiter", "Jane Doe, PhD"
    name, _ = decorations.strip_display(other, ())
    return name if name and not _tool_or_team(name) else ""


def _company_from_sender_display(sender: Address, subject: str, text: str) -> str:
    """The company in a sender's display name, once its decorations are off."""
    display = sender.name.strip(" \"'")
    beside = _company_beside_person(display) if display else ""
    if beside is not None:
        return beside
    system = senders.system_for(sender.address)
    tools = (*system.names, system.name) if system is not None else ()
    name, decorated = decorations.strip_display(display, tools)
    if not name or _tool_or_team(name) or len(name.split()) > 5:
        return ""
    machine = senders.is_machine(sender.address) or senders.is_team_inbox(sender.address)
    if not decorated and not (machine and _is_ats_domain(_domain_of(sender.address))):
        return ""  # a plain display at the employer's own address: a person, or the domain's name
    teamed = bool(_DISPLAY_TEAM_RE.search(display))  # "Acme Cloud Recruiting": not a person
    if re.search(r"[|,]", name) or (
        not teamed and _looks_like_person(name) and not _named_as_company(name, subject, text)
    ):
        return ""  # "Tanisha Rossi <no-reply@greenhouse.io>": a recruiter, not the employer
    return _proper_case(_clean_company(name) or name, text)


_URL_HOST_RE = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)


def _company_from_tenant(mail: Mail) -> str:
    """The employer a hiring tool's address names (acme.wd5.myworkday.com), or failing that a
    link to the tool's pages for it (https://acme.icims.com/...), as the text spells it."""
    hosts = [c.address for c in _reply_candidates(mail)]
    hosts += ["x@" + h for h in _URL_HOST_RE.findall(mail.text[:20_000])]
    text = mail.subject + "\n" + mail.text
    for address in hosts:
        token = senders.tenant(address)
        spelled = _spelled_in_text(token, text) if token else ""
        if spelled:
            return spelled
    return ""


def _reconcile(display: str, prose: list[str], tenant: str) -> str:
    """The display's company, unless the mail's prose names the same employer more fully.

    "Acme Cloud" (a division in the display) or "Cadence" (a tenant) against "Acme Corp" or
    "Cadence Biolabs" in the subject, body or signature: the prose wins when both start with
    the same word. Prose is compared without its decorations ("Acme Careers" is "Acme"). The
    tenant as the text spells it is the last resort.
    """
    pairs = [(o, decorations.strip_display(o, ())[0]) for o in prose if o]
    pairs = [(o, core) for o, core in pairs if core and not _only_team_words(core)]
    if not display:
        return pairs[0][0] if pairs else tenant
    if any(_squash(core) == _squash(display) for _, core in pairs):
        return display  # the prose agrees
    first = _fold(display.split(maxsplit=1)[0])
    candidates = [*pairs, (tenant, tenant)] if tenant else pairs
    for other, core in candidates:
        if _fold(core.split(maxsplit=1)[0]) == first and len(core) > len(display):
            return other
    for other, core in pairs:
        if _fold(core.split(maxsplit=1)[0]) == first:
            return other
    return display


def _company(mail: Mail) -> str:
    sender = mail.sender
    client = _CLIENT_RE.search(_prose(mail.text[:3000]))
    if client:  # a recruitment agency writing for the employer
        return _clean_company(client.group(1))
    display = _company_from_sender_display(sender, mail.subject, mail.text)
    prose = [
        _scheme(mail.subject, mail.text)[0],
        _company_from_subject(mail.subject, mail.text),
        _company_from_body(mail.text),
        decorations.company_from_signature(mail.text),
    ]
    company = _reconcile(display, prose, _company_from_tenant(mail))
    company = company or _company_equal_to_domain(sender.name, sender.address)
    if company:
        return company
    for candidate in _reply_candidates(mail):
        if "@" not in candidate.address:
            continue
        from_domain = _company_from_address(candidate.address)
        domain = senders.employer_domain(candidate.address)
        spelled = _spelled_in_text(_domain_label(domain), mail.text) if domain else ""
        # "Waypoint Maps via Opalhire <ne-pas-repondre@opalhire.net>": a machine's address
        # behind a "via" may be a relay's that the catalogue does not know; only a name the
        # mail itself spells is taken from it. A person's own address ("Ji-woo Tesfaye via
        # Deloitte <jiwootesfaye@deloitte.com>") is at the employer.
        relayed = bool(_VIA_RE.search(candidate.name)) and (
            senders.is_machine(candidate.address) or senders.is_team_inbox(candidate.address)
        )
        if spelled or (from_domain and not relayed):
            return spelled or from_domain
    return ""


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
    company = _company(mail)
    position = _position_from_body(mail.text) or _position_from_subject(mail.subject)
    scheme_company, scheme = _scheme(mail.subject, mail.text)
    if scheme and (not position or position.startswith(scheme_company) or position in scheme):
        position = scheme  # "2024 Graduate Scheme", not "Harbor & Pine Financial 2024 Graduate"
    return company, position


def extract(mail: Mail) -> Facts:
    """Company, position, contact and reason from *mail*; "" (or "unknown") where unsure."""
    mail = _plain_names(mail)
    company, position = role(mail)
    requisition = decorations.find_requisition(mail.subject, mail.text) or (
        decorations.requisition_next_to(position, mail.subject + "\n" + mail.text)
    )

    contact_address = ""
    contact_name = ""
    unmonitored = says_do_not_reply(mail.text)
    for candidate in _reply_candidates(mail):
        if is_no_reply(candidate.address):
            continue
        if unmonitored and candidate is mail.sender:
            continue  # "please do not reply to this e-mail": the From address is not read
        contact_address = contact_address or candidate.address
        contact_name = _person_name(candidate.name, company, candidate.address)
        if contact_name:
            break
    if not contact_name and mail.sender.address and is_no_reply(mail.sender.address):
        # "Sarah from Acme <no-reply@ashbyhq.com>": the name is still hers
        name = _person_name(mail.sender.name, company, mail.sender.address)
        contact_name = name if re.search(r"\s(?:from|at)\s", mail.sender.name) else ""

    def person(n: str) -> bool:
        return (
            _looks_like_person(n)
            and not _is_organisation(n, company, "")
            and not _names_domain_start(n, mail.sender.address)
            and not _is_recipient(n, mail.to)
        )

    own = _without_quoted(mail.text)
    signed, title = _signed_block(own, person)
    if not signed and own != mail.text:
        # "Best,\nKavya" above a quoted thread: a full name signed lower down counts only
        # when it is the sender's own (kavya.sharma@...), never the applicant's quoted mail
        signed, title = _signed_block(mail.text, lambda n: person(n) and _fits_sender(n, mail))
    if not contact_name:
        contact_name = signed
    elif (
        signed
        and len(contact_name.split()) == 1
        and _fold(signed).startswith(_fold(contact_name) + " ")
    ):
        contact_name = signed  # "Mateo" in the header, "Mateo Lindqvist" under the sign-off
    if contact_name and contact_name != signed:
        title = ""
    if not contact_address:
        recipients = frozenset(a.address.lower() for a in mail.to)
        contact_address = _signature_address(mail.text, contact_name, recipients)

    reason = _reason(mail.text)
    return Facts(
        company=company,
        position=position,
        contact_name=contact_name,
        contact_address=contact_address,
        reason=reason,
        contact_title=title,
        requisition=requisition,
        interviewed=reason == "after_interview"
        or bool(_INTERVIEWED_RE.search(re.sub(r"\s+", " ", mail.text[:6000]))),
    )
