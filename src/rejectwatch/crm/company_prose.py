"""Pure: the company a rejection's subject or text names ("Thank you for applying to Acme",
"Your application at Acme - Data Analyst"), and how the text spells a domain's name."""

from __future__ import annotations

import re

from rejectwatch.crm import places, subjects
from rejectwatch.crm.position import SUBJECT_NOT_TITLE_RE, looks_like_title, pipe_parts
from rejectwatch.crm.text import compact, prose_of
from rejectwatch.mail.message import clean_header_text

__all__ = [
    "COMPANY",
    "clean_company",
    "company_from_body",
    "company_from_subject",
    "is_phrase",
    "spelled_in_text",
]


COMPANY = r"([A-Z0-9][\w&'’.-]*(?: (?:& )?[A-Z0-9][\w&'’.-]*){0,3})"
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
_BODY_COMPANY_RES = tuple(
    re.compile(p)
    for p in (
        r"\b(?:[Tt]hank you|[Tt]hanks) for (?:your )?(?:applying|application|apply) (?:to|at|with) "
        + COMPANY,
        r"\binterest in (?:joining |working (?:at|for|with) |a career (?:at|with) )?" + COMPANY,
        r"\b(?:position|role|job|opportunity|opportunities|opening|career|careers|employment)"
        r" (?:at|with) (?:the )?" + COMPANY,
        r"\b[Uu]nfortunately,? " + COMPANY + r" (?:has|have) (?:decided|moved|chosen|selected)",
        r"\b(?:[Tt]he|[Aa]ll of us at|[Ee]veryone at) " + COMPANY + r" (?:[Tt]alent|[Rr]ecruit"
        r"|[Hh]iring|[Pp]eople|HR|[Cc]areers)",
        r"\b(?:applying|application) (?:to|at|with) " + COMPANY,
        r"\b[Aa]pplication (?:was |has been )?(?:sent|submitted) to " + COMPANY,
        r"\bposition of [^.\n]{2,80}? (?:at|with) " + COMPANY,
        r"\b[Tt]hank you for considering " + COMPANY + r" as\b",
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


def clean_company(value: str) -> str:
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


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,3}")


def spelled_in_text(label_name: str, text: str) -> str:
    """How the text spells a domain's company: "cobaltharbor.com" -> "Cobalt Harbor"."""
    target = compact(label_name)
    if len(target) < 3:
        return ""
    head = text[:3000] + "\n" + text[-800:] if len(text) > 3800 else text
    if target not in compact(head):
        return ""
    for match in _CAPITALISED_RUN_RE.finditer(head):
        words = match.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                candidate = " ".join(words[start:end])
                if compact(candidate) == target:
                    return candidate
    return ""


def company_from_subject(subject: str, text: str = "") -> str:
    """The company a subject names; a fragment beside a title that says where the job is
    ("Data Analyst - London", "... | Remote") is no company (see :mod:`places`)."""
    subject = subjects.core(subject)  # "RE: [EXT] Réf :" and the like off
    for pattern in _SUBJECT_COMPANY_RES:
        match = pattern.search(subject)
        if match:
            company = _subject_company(match.group(1), named=True)
            if company and len(company.split()) <= 4 and not looks_like_title(company):
                return company
    parts = pipe_parts(subject)
    if parts is not None:
        first, second = parts
        if looks_like_title(second) and not looks_like_title(first):
            other = first
        elif looks_like_title(first) and not looks_like_title(second):
            other = second
        else:
            return ""
        if SUBJECT_NOT_TITLE_RE.search(other) or places.is_place(other, text):
            return ""
        return _subject_company(other)
    return ""


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


def is_phrase(value: str) -> bool:
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
    company = clean_company(value)
    return "" if is_phrase(company) else company


def company_from_body(text: str) -> str:
    head = prose_of(text)
    for pattern in _BODY_COMPANY_RES:
        for match in pattern.finditer(head):
            company = clean_company(match.group(1))
            if company and not looks_like_title(company):
                return company
    return ""
