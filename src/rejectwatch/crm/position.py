"""Pure: the position a rejection is about, from its subject or its text ("your application
for the Data Analyst role", "Ihre Bewerbung als Data Analyst"), and what looks like a job
title (the other readers ask that too)."""

from __future__ import annotations

import re

from rejectwatch.crm import decorations, subjects
from rejectwatch.crm.text import prose_of, title_cased
from rejectwatch.mail.message import clean_header_text

__all__ = [
    "SUBJECT_NOT_TITLE_RE",
    "clean_position",
    "looks_like_title",
    "pipe_parts",
    "position_from_body",
    "position_from_subject",
    "title_abroad",
]


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
SUBJECT_NOT_TITLE_RE = re.compile(
    r"\b(?:your|our|application|update|status|thank|thanks|regarding|news|newsletter"
    r"|opportunity|opportunities|jobs|alert|invitation|interview)\b",
    re.IGNORECASE,
)
# a title, maybe in quotes: 'the "Data Analyst" role', "the “Data Analyst” role"
_POS = r"[\"“‘«]?([A-Za-z0-9][\w/&+#,.():'’“”\"» \u2013-]{1,80}?)"
_BODY_POSITION_RES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:for|to|in) (?:the|our) " + _POS + r" (?:position|role|opening|opportunity|job"
        r"|vacancy|scheme|programme|program)\b",
        r"\b(?:the|our) (?:position|role|post) (?:of|as) "
        + _POS
        + r"(?=\s+(?:at|with|here)\b|[.,;!\n]|$)",
        r"\b(?:application|applying|candidacy) (?:for|to) (?:the )?"
        + _POS
        + r"(?:\s+(?:position|role|post|opening|job|vacancy|scheme|programme|program))?"
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


def title_abroad(value: str) -> bool:
    """*value* names a job in German, French, Spanish, Portuguese or Dutch ("Analista")."""
    return bool(_TITLE_ABROAD_RE.search(value))


def _position_abroad(subject: str) -> str:
    """The role a German, French, Spanish, Portuguese or Dutch subject names, or ""."""
    strong = _STRONG_ABROAD_RE.search(subject)
    if strong:
        return clean_position(strong.group(1))
    weak = _WEAK_ABROAD_RE.search(subject)
    if weak:
        position = clean_position(weak.group(1))
        if looks_like_title(position) or _TITLE_ABROAD_RE.search(position):
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


def looks_like_title(value: str) -> bool:
    return bool(_TITLE_WORDS.search(value))


_QUOTES_AND_STOPS = " .,;:!-\"'“”‘’«»„"  # "the “Data Analyst” role"


_JOIN_AS_RE = re.compile(
    r"^(?:join\b[^,.;]{0,40}?\bas|be)\s+(?:an?|our|the)\s+(?:next\s+|new\s+)?", re.IGNORECASE
)

_WHEN_RE = re.compile(
    r"\s+(?:this|next|for the) (?:year|summer|autumn|fall|winter|spring|term|semester|season)$",
    re.IGNORECASE,
)


def clean_position(value: str) -> str:
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
    # "applying to join us as a Store Supervisor", "applying to be our next ML Engineer"
    value = _JOIN_AS_RE.sub("", value)
    value = _WHEN_RE.sub("", value)  # "to be a Residence Assistant this year"
    if not value or value.lower() in _NOT_POSITION or value.split()[0].lower() in _NOT_POSITION:
        return ""
    if len(value.split()) > 8:
        return ""
    return value


# A title named without "role" or "position" after it: "your interest in HR Assistant.", "the
# Customer Success Manager spot is taken", "we won't be taking things further for Patient
# Services Coordinator.", "your Electrical Engineer application", "to join us as a Store
# Supervisor". These words say less that a title follows, so the title must be written as one:
# capitals on its words (text.title_cased) and a job noun at its end (_ROLE_END_RE).
_TITLE = r"([A-Z(][\w/&+#().'’-]*(?: (?:[A-Z(][\w/&+#().'’-]*|of|and|in|&|[-\u2013/]))*)"
_TITLE_END_AHEAD = r"(?=\s*[.!;:,]|\s+(?:and|but|so|at|with|in)\b|\s*$)"
_NAMED_TITLE_RES = tuple(
    re.compile(p, re.MULTILINE)
    for p in (
        r"\b(?i:interest in)(?: (?i:the))? " + _TITLE + _TITLE_END_AHEAD,
        r"\b(?i:the) " + _TITLE + r" (?i:spot|post|job|place)\b",
        r"\b(?i:your) " + _TITLE + r" (?i:application|candidacy)\b",
        r"\b(?i:apply|applying|applied|join|joining)\b[^.\n]{0,60}?\b(?i:as (?:a|an|our)) "
        + _TITLE
        + _TITLE_END_AHEAD,
        r"\b(?i:to be (?:our|the))(?: (?i:next|new))? " + _TITLE + _TITLE_END_AHEAD,
        # a sentence's end, never a line's: "Posted 3 weeks ago on Upward.net\nFull-Stack ..."
        r"\b(?i:for|on) " + _TITLE + r"(?=[.!;:,]|\s+(?:and|but|so|at|with|in)\b)",
    )
)
_FOR_TITLE_RE = _NAMED_TITLE_RES[-1]
_ROLE_END_RE = re.compile(
    _ROLE_NOUN_RE.pattern.removesuffix(")s?$")
    + r"|worker|cook|chef|crew|copywriter|barista|cleaner|carer|porter|steward|housekeeper"
    r"|bartender|waiter|waitress|instructor|coach|counsell?or|practitioner|inspector|biologist"
    r"|chemist|physicist|surgeon|physician|doctor|midwife|paramedic|pilot|attorney|solicitor"
    r"|lawyer|secretary|underwriter|actuary|investigator|producer|animator|illustrator"
    r"|photographer|journalist|publicist|translator|interpreter|tester|dispatcher|courier"
    r"|fellow|intern|associate|partner|owner|head|principal|executive)$",  # "Ridgeway Accountants"
    re.IGNORECASE,
)
# Who writes a rejection, not the job it is about: "I've passed your notes on for Hiring Manager."
_WRITER_RE = re.compile(
    r"^(?:hiring (?:manager|team|lead)|recruit\w*(?: (?:coordinator|partner|lead|team))?"
    r"|talent (?:acquisition )?(?:partner|team|lead|specialist)|(?:hr|people) (?:business )?partner"
    r"|hr (?:team|department))$",
    re.IGNORECASE,
)


def _named_as_title(value: str) -> bool:
    """*value* written as a title: "Barista", "Cabin Crew Member"; not "Acme Accountants".
    Never with "for" in it, though a label's title may have one ("Minister for Health"): in
    prose, "applying to Acme Council for Barista" names a council, then a title."""
    return title_cased(value) and "for" not in value.split() and bool(_ROLE_END_RE.search(value))


def _named_title(head: str) -> str:
    for pattern in _NAMED_TITLE_RES:
        for match in pattern.finditer(head):
            position = clean_position(match.group(1))
            if (
                position
                and _named_as_title(position)
                and not _WRITER_RE.search(position)
                # "one for Associates and one for Analyst.": one word after "for" is too little
                and (pattern is not _FOR_TITLE_RE or len(position.split()) > 1)
                and not _another_title_follows(head, match.end())
            ):
                return position
    return ""


_NEXT_TITLE_RE = re.compile(r"(?:\s*,\s*|\s+and\s+)" + _TITLE)


def _another_title_follows(head: str, end: int) -> bool:
    """ "for Customer Success Associate and Finance Assistant we have chosen...": a list of
    roles, and no telling which one this letter is about."""
    following = _NEXT_TITLE_RE.match(head, end)
    return following is not None and _named_as_title(clean_position(following.group(1)))


def position_from_body(text: str) -> str:
    head = prose_of(text)
    for pattern in _BODY_POSITION_RES:
        at = 0
        for _ in range(8):  # a too-long match may hide a good one that starts inside it
            match = pattern.search(head, at)
            if match is None:
                break
            position = clean_position(match.group(1))
            if position and (looks_like_title(position) or _named_as_title(position)):
                return position  # "the Data Analyst role", "your application for Barista."
            at = match.start() + 1
    return _named_title(head)


_JOB_NUMBER_TAIL_RE = re.compile(
    r"\s+[-|\u2013]\s+(?:job|req(?:uisition)?|ref(?:erence)?)\s*(?:number|no\.?|id|ref|#)?\s*:?"
    r"\s*\S*\d\S*$",
    re.IGNORECASE,
)


def pipe_parts(subject: str) -> tuple[str, str] | None:
    subject = _JOB_NUMBER_TAIL_RE.sub("", subject)
    parts = [p.strip() for p in re.split(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*", subject) if p.strip()]
    if len(parts) != 2:
        return None
    return parts[0], parts[1]


def position_from_subject(subject: str) -> str:
    subject = subjects.core(subject)  # "RE: [EXT] Réf :" and the like off
    for pattern in _SUBJECT_POSITION_RES:
        match = pattern.search(subject)
        if match:
            position = clean_position(match.group(1))
            if position and looks_like_title(position):
                return position
    abroad = _position_abroad(subject)
    if abroad:
        return abroad
    parts = pipe_parts(subject)
    if parts is not None:
        for part in parts:
            if looks_like_title(part):
                return clean_position(part)
    bare = subject.rsplit(": ", 1)[-1]  # "Ansökan: Frontend Developer"
    bare = re.sub(
        r"\s+(?:application|candidacy|role|position|post|vacancy)$", "", bare, flags=re.IGNORECASE
    )
    if (
        len(bare.split()) <= 6
        and _ROLE_NOUN_RE.search(bare)
        and not SUBJECT_NOT_TITLE_RE.search(bare)
    ):
        return clean_position(bare)
    return ""
