"""Pure: a named graduate scheme or programme ("Harbor & Pine Financial 2024 Graduate
Scheme"): the company before it and the programme, which is the position."""

from __future__ import annotations

import re

from rejectwatch.crm.company_prose import clean_company, is_phrase
from rejectwatch.crm.position import looks_like_title
from rejectwatch.crm.text import prose_of

__all__ = ["named_scheme"]


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


def named_scheme(subject: str, text: str) -> tuple[str, str]:
    """(company, programme) from a named scheme: ("Harbor & Pine Financial", "2024 Graduate
    Scheme"); ("", "") when no scheme is named after a company."""
    for source in (subject, prose_of(text[:3000])):
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
            company = clean_company(" ".join(words[start:cut]))
            if (
                company
                and not _FUNCTION_WORDS.issuperset(company.lower().split())
                and len(company.split()) <= 5
                and not looks_like_title(company)
                and not is_phrase(company)
            ):
                return company, " ".join([*words[cut:], end.group(0)])
    return "", ""
