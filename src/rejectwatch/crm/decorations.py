"""Pure: what hiring mail wraps around a company name or a job title, and how to take it off.

* ``strip_display(display)``: "Acme HR", "Acme Workday", "ACME (NYSE: ACM)", "Acme Careers
  (Talent Inbox)", "Workday_no_reply acme", "The Acme Talent Acquisition Team" -> the name.
* ``company_from_signature(text)``: "The Acme Talent Acquisition Team", "Recruiting | Acme",
  "Senior Recruiter, Acme" at the end of a mail -> "Acme".
* ``split_requisition(title)``: "JR-0090067 Data Analyst" -> ("Data Analyst", "JR-0090067").
* ``find_requisition(subject, text)``: the requisition code a mail quotes, "" when none.
* ``unshouted(title)``: "SENIOR DATA ANALYST" -> "Senior Data Analyst", "QA ENGINEER" -> "QA
  Engineer", "HEAD OF DATA" -> "Head of Data"; a title with any lower-case letter is left.
* ``without_gender_marker(title)``: "Data Analyst (m/w/d)", "Juriste (H/F)", "Data-analist
  (m/v/x)", "Engineer (all genders)" -> the title alone, for prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rejectwatch.crm import senders

__all__ = [
    "company_from_signature",
    "find_requisition",
    "requisition_next_to",
    "split_requisition",
    "strip_display",
    "unshouted",
    "without_gender_marker",
]

# Words that decorate a sender's name without being part of the company's name. Words that
# end real company names too ("Acme Staffing", "Fox News", "Health System") are not here.
_TEAM = (
    r"hr|human resources|notifications?|careers?|jobs|job alerts|recruiting"
    r"|recruiters?|talent(?: acquisition)?|hiring|people(?: (?:&|and) culture| ops| operations)?"
    r"|team|mailbox|inbox|alerts|karriere|recrutement|jobb"
    # the same in German, French, Spanish, Portuguese, Dutch
    r"|rh|drh|rrhh|recursos humanos|ressources humaines|personalabteilung|bewerbermanagement"
    r"|carri[èe]res?|carreiras?|recrutamento|reclutamiento|selecci[óo]n|werving(?: en selectie)?"
    r"|empleos?|vagas|stellenangebote|talentos"
    r"|campus recruiting|university recruiting|university relations|early careers"
    r"|do not reply|no-?reply|do-not-reply|candidate experience"
    r"|talent (?:community|network|pool)|careers? site|candidate (?:care|support|services)"
)
# ...and words that make a whole display a label when nothing else is there ("Updates").
_LABEL_ONLY = r"|recruitment|staffing|department|dept|updates|automated|system|applications?"
_LABEL_ONLY += r"|opportunities|mail|e-?mail|news"
# ...and the audience a hiring team serves: "The Graduate Recruitment Team", "Early Careers
# Team", "Campus Recruiting" sign for a programme's team, never name the company.
_LABEL_ONLY += r"|graduates?|early|campus|students?|universit(?:y|ies)|emerging|internships?"
_LABEL_ONLY += r"|interns?|apprenticeships?|apprentices?|trainees?|entry[- ]level|school leavers?"
_LABEL_ONLY += r"|future|experienced|global|resourcing|acquisition"
_TEAM_TAIL_RE = re.compile(r"(?:^|\s+|[-_])(?:" + _TEAM + r")\.?$", re.IGNORECASE)
_TEAM_ONLY_RE = re.compile(
    r"^(?:(?:the|and|&|at|of|" + _TEAM + _LABEL_ONLY + r")\s*)+$", re.IGNORECASE
)
# The audience word left at the end once the team word is off ("Acme Graduate [Recruitment]",
# "Acme Early [Careers Team]"); "Boston University" and "Acme Global" keep theirs.
_AUDIENCE_TAIL_RE = re.compile(
    r"(?<=\w)(?:\s+(?:graduates?|early|campus|students?|emerging|internships?|interns?"
    r"|apprenticeships?|apprentices?|trainees?|entry[- ]level))+$",
    re.IGNORECASE,
)
_LEAD_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
# A team word written before the name in other languages: "Recrutamento Summit Outdoor Co.",
# "RRHH Acme", "Karriere bei Acme", "Recrutement chez Acme".
_LEAD_TEAM_ABROAD_RE = re.compile(
    r"^(?:recrutamento|recrutement|reclutamiento|rrhh|rh|karriere|werving|empleo|selecci[óo]n"
    r"|recursos humanos|ressources humaines|personalabteilung)\s+(?:(?:de|da|do|bei|chez|en|bij"
    r"|at)\s+)?(?=\S)",
    re.IGNORECASE,
)
_LEAD_TEAM_AT_RE = re.compile(
    r"^(?:the\s+)?(?:" + _TEAM + r")(?:\s+team)?\s+(?:at|@|of|for)\s+", re.IGNORECASE
)
_NO_REPLY_LEAD_RE = re.compile(
    r"^(?:[a-z]+[_ -])?(?:no[-_ ]?reply|do[-_ ]?not[-_ ]?reply|donotreply|noreply)"
    r"(?:[_ -]+|$)",
    re.IGNORECASE,
)
_BRACKETS_RE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>)")
_LABEL_WORDS_RE = re.compile(
    r"\b(?:mailbox|inbox|communications?|notifications?|external|candidates?|no.?reply"
    r"|do not reply|automated|alerts?|updates?|portal|system)\b",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*|\s+::\s+")
_LEGAL_RE = re.compile(
    r",?\s+(?:inc|llc|l\.l\.c|ltd|gmbh|plc|corp|s\.?a|ag|b\.?v"
    r"|n\.?v|oy|ab|as|s\.?a\.?s|pty(?: ltd)?|pvt(?: ltd)?|s\.?r\.?l|sp\. z o\.o)\.?$",
    re.IGNORECASE,
)
_VIA_RE = re.compile(r"\s+via\s+\S.*$", re.IGNORECASE)


@cache
def _tool_tail_re(names: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"[ _]+(?:" + alternatives + r")$", re.IGNORECASE)


def _strip_tools(value: str, tools: frozenset[str]) -> str:
    """Take the hiring tool's name off the end: "Acme Workday" -> "Acme". Only the names in
    *tools* (the sender's own tool): "Blue Gem" from a Workday address keeps its "Gem"."""
    if value.lower() in tools:
        return ""
    return _tool_tail_re(tools).sub("", value).strip(" _-") if tools else value


def _drop_label_part(value: str) -> str:
    """ "Acme Careers | Recruiting Mailbox" -> "Acme Careers"; "Recruiting | Acme" -> "Acme"."""
    parts = [p.strip() for p in _SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) < 2:
        return value
    kept = [p for p in parts if not _LABEL_WORDS_RE.search(p) and not _TEAM_ONLY_RE.match(p)]
    if len(kept) == 1:
        return kept[0]
    return value


def strip_display(display: str, tools: Iterable[str] | None = None) -> tuple[str, bool]:
    """(the name left once decorations are off, whether anything was taken off).

    *tools*: the names of hiring tools that may end the display ("Acme Workday"); default
    every catalogued name. The name may still be a person's ("Jane Doe") or a division's
    ("Acme Cloud"): callers decide. "" when nothing but decorations was there ("No Reply",
    "Talent Acquisition", a tool's own name).
    """
    names = senders.tool_names() if tools is None else frozenset(t.lower() for t in tools)
    original = " ".join(display.replace('"', " ").split()).strip(" '")
    value = original.strip(" ,-_|–—·•:/")  # "Acme | Personalabteilung /"
    value = _BRACKETS_RE.sub("", value).strip()
    value = _VIA_RE.sub("", value).strip()
    value = _drop_label_part(value)
    value = _NO_REPLY_LEAD_RE.sub("", value).strip()
    value = _LEAD_TEAM_AT_RE.sub("", value).strip()
    value = _LEAD_TEAM_ABROAD_RE.sub("", value).strip()
    value = _LEAD_THE_RE.sub("", value).strip()
    for _ in range(6):
        before = value
        value = _strip_tools(value, names)
        value = _LEGAL_RE.sub("", value).strip(" ,-_")
        value = _TEAM_TAIL_RE.sub("", value).strip(" ,-_")
        if value != before:
            value = _AUDIENCE_TAIL_RE.sub("", value).strip(" ,-_")
        if value == before:
            break
    # "Acme | Talent" once "Talent" is off: the separator goes with it
    value = _LEAD_THE_RE.sub("", value).strip(" ,-_.|–—·•:/")
    if not value or _TEAM_ONLY_RE.match(value) or value.lower() in senders.tool_names():
        return "", True
    return value, value != original


# --------------------------------------------------------------------------- signatures

_SIG_TEAM = (
    r"(?:global |campus |university |early careers? )?(?:talent acquisition|recruiting"
    r"|recruitment|recruiters|careers|hiring|people(?: (?:&|and) culture)?|hr|human resources"
    r"|talent)"
)
_SIG_GROUP = r"(?: team| department| group)?"
_SIGNATURE_RES = (
    re.compile(r"^(?:the |your )?(.+?) " + _SIG_TEAM + _SIG_GROUP + r"\.?$", re.I),
    re.compile(r"^(?:the |your )?" + _SIG_TEAM + _SIG_GROUP + r" (?:at|@|of|for) (.+?)\.?$", re.I),
    re.compile(r"^" + _SIG_TEAM + r"(?: team)? ?[|,\u2013-] ?(.+?)\.?$", re.I),
)
# "The Acme Team" (the whole team signing): a company, unless it names a department
_BARE_TEAM_RE = re.compile(r"^(?:[Tt]he |[Yy]our )?((?:[A-Z0-9&][\w&'’.-]*\s?){1,4}) [Tt]eam[.!]?$")
_DEPARTMENTS = frozenset(
    [
        "data",
        "engineering",
        "product",
        "platform",
        "design",
        "marketing",
        "sales",
        "support",
        "customer",
        "success",
        "finance",
        "legal",
        "operations",
        "security",
        "research",
        "analytics",
        "growth",
        "brand",
        "content",
        "editorial",
        "infrastructure",
        "mobile",
        "web",
        "backend",
        "frontend",
        "it",
        "admin",
        "leadership",
        "management",
        "hiring",
        "recruiting",
        "talent",
        "people",
        "hr",
        "careers",
        "university",
        "campus",
    ]
)
_TITLE_COMPANY_RE = re.compile(r"^(.{3,60}?)\s*(?:,|\||\u2013| - | at | @ )\s*(.{2,60})$")
_TITLEISH_RE = re.compile(
    r"\b(?:recruiter|recruiting|talent|partner|coordinator|manager|specialist|lead|director"
    r"|sourcer|hr|people|acquisition|business partner|head of|generalist|assistant)\b",
    re.IGNORECASE,
)
_SIGNER_OR_ROLE_RE = re.compile(r"[|,]|\bhead of$", re.IGNORECASE)
_NOT_SIGNATURE_RE = re.compile(
    r"https?:|www\.|@|\d{3}|unsubscribe|preferences|privacy|copyright|©|\bthis (?:e-?mail|message)",
    re.IGNORECASE,
)


def company_from_signature(text: str) -> str:
    """The company a mail's sign-off names ("The Acme Talent Team", "Recruiter, Acme")."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "").splitlines()[-25:]]
    lines = [line for line in lines if line]
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip(" -—*")
        if len(line) > 80 or _NOT_SIGNATURE_RE.search(line) or line.count("|") >= 2:
            continue  # a table row ("| Analyst | Acme | Unsuccessful |") signs nothing
        for pattern in _SIGNATURE_RES:
            match = pattern.match(line)
            if match:
                name, _ = strip_display(_AUDIENCE_TAIL_RE.sub("", match.group(1)), ())
                # not "Priya Shah, Head of" from "Priya Shah, Head of Talent"
                if name and len(name.split()) <= 5 and not _SIGNER_OR_ROLE_RE.search(name):
                    return name
        match = _BARE_TEAM_RE.match(line)
        if match and not _DEPARTMENTS.intersection(match.group(1).lower().split()):
            name, _ = strip_display(match.group(1), ())
            if name:
                return name
        match = _TITLE_COMPANY_RE.match(line)
        title_first = match and _TITLEISH_RE.search(match.group(1))
        if match and title_first and not _TITLEISH_RE.search(match.group(2)):
            name, _ = strip_display(match.group(2), ())
            if name and len(name.split()) <= 5 and "|" not in name:
                return name
        if re.fullmatch(_SIG_TEAM + r"(?: team)?", line, re.IGNORECASE) and index + 1 < len(lines):
            follower = lines[index + 1]
            if not _NOT_SIGNATURE_RE.search(follower) and len(follower.split()) <= 5:
                name, _ = strip_display(follower, ())
                if name:
                    return name
    return ""


# --------------------------------------------------------------------------- requisitions

_CODE = r"#?\s*(?P<code>[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)"
# The same labels in the other languages rejectwatch reads: French "Réf." / "Référence",
# German "Referenz" / "Kennziffer" / "Stellen-ID", Spanish "Referencia", Dutch "Referentie" /
# "Vacaturenummer".
_OTHER_LABELS = (
    r"|r[ée]f(?:[ée]rence)?|referenz(?:nummer)?|kennziffer|stellen-?(?:id|nummer)|referencia"
    r"|referentie|vacature(?:nummer|-id)"
)
_LABELLED_RE = re.compile(
    r"\b(?:req(?:uisition)?|job|position|posting|vacancy|ref(?:erence)?"
    + _OTHER_LABELS
    + r")\.?\s*"
    r"(?:id|#|no\.?|number|code|ref(?:erence)?)?\s*[:#.]?\s*" + _CODE + r"(?![\w/])",
    re.IGNORECASE,
)
_BARE_RE = re.compile(
    r"(?<![\w/-])(?P<code>(?:JR|REQ|R|P|SR|VAC)-?\d{3,}(?:-\d+)*|\d{4,}BR)(?![\w/])"
)
_LEADING_NUMBER_RE = re.compile(r"^\s*(?P<code>\d[\d-]{3,}\d)\s*[-:|,]?\s+(?=[A-Za-z])")
_TRAILING_NUMBER_RE = re.compile(r"(?:,|\s[-|\u2013])\s*(?P<code>\d{5,})\s*$")
# What a code's removal can leave: "()", "[ ]", or the label alone, "(Job )", "(Req #)",
# "(Job ID:", "- Ref." (the code went, its label stayed).
_LABEL_LEFT = (
    r"(?:\s|[,;:#.]|\b(?:job|req(?:uisition)?|ref(?:erence)?|id|no|number|posting|code"
    + _OTHER_LABELS
    + r")\b)*"
)
_EMPTY_BRACKETS_RE = re.compile(
    r"\(" + _LABEL_LEFT + r"\)|\[" + _LABEL_LEFT + r"\]|\s*[(\[]" + _LABEL_LEFT + r"$",
    re.IGNORECASE,
)
_EDGE_RE = re.compile(r"^[\s,;:|\u2013\u2014(-]+|[\s,;:|\u2013\u2014(-]+$")


def split_requisition(title: str) -> tuple[str, str]:
    """("Data Analyst", "JR-0090067") from "JR-0090067 Data Analyst" and the like."""
    code = ""
    for pattern in (_LABELLED_RE, _BARE_RE, _LEADING_NUMBER_RE, _TRAILING_NUMBER_RE):
        match = pattern.search(title)
        if match is None:
            continue
        code = code or match.group("code").strip("#-_/")
        title = (title[: match.start()] + " " + title[match.end() :]).strip()
    title = _EMPTY_BRACKETS_RE.sub("", title)
    title = re.sub(r"\s*[,|\u2013]\s*[,|\u2013]\s*", ", ", title)
    title = _EDGE_RE.sub("", " ".join(title.split()))
    if title.endswith(")") and title.count("(") < title.count(")"):
        title = title[:-1].rstrip()
    return title, code


def find_requisition(subject: str, text: str) -> str:
    """The requisition code quoted in the subject or the first part of the body; "" if none."""
    for source in (subject, text[:4000]):
        for pattern in (_LABELLED_RE, _BARE_RE):
            match = pattern.search(source)
            if match:
                return match.group("code").strip("#-_/")
    return ""


def requisition_next_to(title: str, text: str) -> str:
    """A bare number written against the title: "2020-45452 Software Engineer", "Data
    Analytics Intern, 1765077"; "" when none."""
    if not title:
        return ""
    escaped = re.escape(title)
    match = re.search(r"(?<![\w-])(\d[\d-]{3,}\d)\s*[-:|,]?\s+" + escaped, text) or re.search(
        escaped + r"\s*(?:,|\s[-|\u2013])\s*(\d{5,})(?!\w)", text
    )
    return match.group(1) if match else ""


# --------------------------------------------------------------------------- gender markers

# What job ads in German, French, Dutch and Spanish add to a title: "(m/w/d)", "(H/F)",
# "(m/v/x)", "(h/m)", "(all genders)"; in brackets or bare at the end.
_SEX = r"(?:m|w|f|h|d|v|x|i|div|\*)"
_GENDER_MARKER_RE = re.compile(
    r"\s*(?:[(\[]\s*(?:" + _SEX + r"(?:\s*/\s*" + _SEX + r"){1,3}"
    r"|all genders|alle geschlechter|gn\*?)\s*[)\]]\*?"
    r"|\s" + _SEX + r"(?:/" + _SEX + r"){1,3}\*?$)",
    re.IGNORECASE,
)


def without_gender_marker(title: str) -> str:
    """The title without the gender marker a job ad adds: "Data Analyst (m/w/d)" -> "Data
    Analyst"; a title with nothing else is returned as it is."""
    stripped = " ".join(_GENDER_MARKER_RE.sub(" ", title).split()).strip(" ,-")
    return stripped or title


# --------------------------------------------------------------------------- capitals

_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "to", "at", "de", "du", "des", "la"})
_SMALL_WORDS |= {"le", "et", "und", "für", "der", "die", "das", "y", "en", "van", "voor", "het"}


def unshouted(title: str) -> str:
    """A title written in capitals, in title case: words of four letters or more get a capital
    and small letters ("Senior", "Analyst"), joining words go small ("of", "und"), and short
    words stay as written, since they are mostly acronyms ("QA", "SRE", "BI", "HR")."""
    if not any(ch.isalpha() for ch in title) or any(ch.islower() for ch in title):
        return title
    words = title.split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif len(word) >= 4:
            out.append(word.capitalize() if word.isalpha() else word.title())
        else:
            out.append(word)
    return " ".join(out)
