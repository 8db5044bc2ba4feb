"""Pure: why a rejection says we were turned down (one of REASONS), and whether it speaks of
an interview that took place."""

from __future__ import annotations

import re

from rejectwatch.crm.text import guarded
from rejectwatch.crm.vocabulary import REASONS

__all__ = ["REASONS", "mentions_interview", "reason_in"]


_ROLE = r"(?:position|role|opening|requisition|vacancy|job|internship|program(?:me)?|post(?:ing)?)"
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
_RULES: tuple[tuple[str, str], ...] = (
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
        r"|(?:cancel+ed|closed|withdrawn) (?:the|this) (?-i:(?:[A-Z][\w'&/-]* ){0,5})"
        + _ROLE
        + r"|decided not to hire anyone",
    ),
    (
        "role_cancelled",
        # "we've paused hiring for HR Assistant", "hiring for the role has been paused",
        # "we have put recruitment for this vacancy on hold", "put on hold the vacancy"
        r"\bpaused (?:all |our |the )?(?:external |new )?(?:hiring|recruitment|recruiting)\b"
        r"|\b(?:hiring|recruitment|recruiting)(?: (?:for|on) [^.;]{1,60}?)? (?:has been"
        r"|have been|is being|is now|is|was) (?:paused|put on hold|placed on hold|on hold"
        r"|frozen|suspended|stopped|cancel+ed)"
        r"|\b(?:put|placed|putting|placing) (?:the |our |all )?(?:hiring|recruitment"
        r"|recruiting)(?: (?:for|on) [^.;]{1,60}?)? on hold"
        r"|\b(?:put|placed|putting|placing) on hold (?:the|this|our) (?:\w+ )?"
        + _ROLE
        + r"|\bwithdrawing (?:all|every) (?:applications|application|candidates)"
        # "requisition 36780, Seasonal Sales Associate, has been closed by the business",
        # "the job Frontend Developer in Remote - EMEA was canceled", "requisition cancelled"
        r"|\b(?:requisition|job|vacancy|posting)(?: (?:for )?[^.;]{1,60}?)? (?:has been|was) "
        r"(?:cancel+ed|closed|withdrawn)(?: by the (?:business|company|employer|organi[sz]ation"
        r"|hiring team))?"
        r"|\b(?:requisition|vacancy|posting) (?:cancel+ed|withdrawn)\b",
    ),
    (
        "position_filled",
        _ROLE + r"(?:s)?(?: (?:you applied for|you applied to))? (?:has|have|had|was|were)"
        r" (?:now |already |recently |just )?(?:been )?filled"
        r"|(?:we|we've|we have|we had) (?:now |already |recently |just recently |just )?filled"
        r" (?:the|this|that|all|our|each)|filled the remainder of"
        r"|is (?:now )?at (?:full )?capacity|filled (?:this|the) " + _ROLE + r" with",
    ),
    (
        "position_filled",
        # "the Customer Success Manager spot is taken now", "all places on the programme
        # have now been filled", "it has already been filled", "Position filled"
        r"\b(?:spot|place|position|role|job|post|vacancy|opening)s? (?:is|are|has been"
        r"|have been|was|were) (?:now |already )?(?:taken|filled)\b"
        r"|\b(?:it|this|that) (?:has|had) (?:now |already |just )?been filled"
        r"|\b(?:places|spots|positions|roles|vacancies|openings|seats)\b[^.;]{0,60}? (?:are"
        r"|have|has|were) (?:now |currently |already |all )*(?:been )?(?:filled|taken)\b"
        r"|\b(?:class|cohort|intake|programme|program|scheme)\b[^.;]{0,30}? is (?:now )?"
        r"full\b"
        r"|\b(?:appointment|hire) has (?:now |already )?been made"
        r"|\bmade (?:an|the|a) (?:appointment|hire)\b|\bposition filled\b"
        r"|\b(?:the|our) (?:employer|client|company) (?:has |have |had )?filled\b"
        r"|(?<!you )\b(?:has|have|had) (?:now |already )?filled (?:it with|(?:the|this|that"
        r"|our) (?:[\w'&/-]+ ){0,4}" + _ROLE + r"s?\b)",
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
        r"|move ahead|moved forward) with (?:\w+ ){0,3}(?:candidates|applicants)"
        # "the panel has chosen the other finalist", "we choose somebody else", "they offered
        # it to someone with more B2B experience"
        r"|\b(?:another|other) (?:finalist|shortlisted candidate)\b"
        r"|\b(?:chose|chosen|choose|selected|picked|hired|went with|gone with|going with"
        r"|moving (?:ahead|forward) with|move (?:ahead|forward) with|proceed(?:ing)? with)"
        r" (?:someone|somebody) else\b"
        r"|\boffered (?:it|the (?:role|job|position|post)) to (?:someone|somebody)\b",
    ),
    (
        "kept_on_file",
        r"keep (?:your|you) (?:candidate )?(?:resume|résumé|cv|application|details|information"
        r"|profile|in mind)|\b(?:on file|on record|(?:in|to|into) our (?:talent pool|database"
        r"|system|records|talent community))"
        r"|(?:retain|hang on to) your (?:resume|information|details|cv)",
    ),
    (
        "not_shortlisted",
        r"\bnot (?:been )?(?:shortlisted|short-listed)\b"
        r"|\bnot (?:been )?(?:selected|invited|chosen|taken forward|put forward|progressed"
        r"|included) (?:for|to|in|on) (?:an? |the |this )?(?:interview|shortlist|short-list)\b"
        r"|\bnot (?:be )?invit(?:ed|ing you) (?:for|to) (?:an? |the )?interview\b"
        r"|\bnot (?:on|in) the (?:shortlist|interview list)\b",
    ),
    (
        "application_closed",
        r"\b(?:application|candidacy|candidature)\b(?: (?:for|to) [^.;]{1,60}?)? (?:is|was"
        r"|has been|is now|has now been) (?:no longer active|closed|archived|inactive)\b"
        r"|\b(?:closed|archived) your (?:application|candidacy)\b"
        r"|\bapplication (?:was )?closed by (?:the )?employer\b",
    ),
)


# Words without which a rule cannot match, looked for first (a plain substring test is much
# cheaper than the rule's alternation): only for the rules that are slow to fail. Written by
# hand: model.prefilter reads such words off a pattern, but crm may not import model, and it
# reads no case-insensitive pattern. Every word a branch of the rule must hold belongs here
# (tests/test_extract_stated_facts.py checks the rule's sentences read the same without them).
_GATES = {
    # ("frozen", "suspended", "stopped" were missing: "hiring has been suspended" read unknown)
    r"\bpaused": (
        "paus",
        "hold",
        "withdrawing",
        "cancel",
        "closed",
        "withdrawn",
        "frozen",
        "suspended",
        "stopped",
    ),
    r"\b(?:spot": ("taken", "fill", "full", "appointment", "hire"),
}
_REASON_RULES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (
        reason,
        guarded(pattern, re.IGNORECASE),
        next((g for start, g in _GATES.items() if pattern.startswith(start)), ()),
    )
    for reason, pattern in _RULES
)
_INTERVIEWED_RE = guarded(_AFTER_INTERVIEW, re.IGNORECASE)


def mentions_interview(text: str) -> bool:
    """The start of *text* speaks of an interview (or a meeting) that took place."""
    return bool(_INTERVIEWED_RE.search(re.sub(r"\s+", " ", text[:6000])))


def _holds(reason: str, found: re.Match[str], head: str) -> bool:
    """Whether *found* (a match of *reason*'s rule in *head*) says what the reason means."""
    if reason == "role_cancelled":
        if _CLOSED_ONLY_RE.search(found.group(0)) and _FILLED_RE.search(head):
            return False  # "closed" after someone was chosen is no cancelled role
        # "your application for the Data Analyst role has been closed": the application was
        return not _APPLICATION_BEFORE_RE.search(head[max(0, found.start() - 80) : found.start()])
    if reason == "kept_on_file":  # "we will not keep your details on file" is no promise
        return not _negated(head, found.start(), found.end())
    if reason in ("not_shortlisted", "application_closed"):
        # "if you have not heard from us in 14 days, assume you have not been shortlisted"
        return not _CONDITIONAL_RE.search(_clause_before(head, found.start()))
    return True


def reason_in(text: str) -> str:
    head = re.sub(r"\s+", " ", text[:6000])
    lower = head.lower()
    for reason, pattern, gate in _REASON_RULES:
        if gate and not any(word in lower for word in gate):
            continue
        if any(_holds(reason, m, head) for m in pattern.finditer(head)):
            return reason
    return "unknown"


_CLOSED_ONLY_RE = re.compile(r"\bclosed\b", re.IGNORECASE)
_FILLED_RE = re.compile(
    "|".join(p for r, p in _RULES if r in ("position_filled", "another_candidate")),
    re.IGNORECASE,
)
_APPLICATION_BEFORE_RE = re.compile(
    r"\b(?:application|candidacy)s? (?:for|to) (?:the |this |our )?[^.;]{0,60}$", re.IGNORECASE
)
_CONDITIONAL_RE = re.compile(r"\b(?:if|unless|assume|whether|should)\b", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:not|never|no longer|won't|don't|doesn't|cannot|can't)\b|n't\b")


_CLAUSE_END_RE = re.compile(r"[.!?;|–—]|\bbut\b")


def _clause_before(text: str, start: int, reach: int = 80) -> str:
    """The clause of *text* that ends at *start*, looking back at most *reach* characters."""
    return _CLAUSE_END_RE.split(text[max(0, start - reach) : start])[-1]


def _negated(text: str, start: int, end: int) -> bool:
    """A negation in the clause before text[start:end], or in it ("are not kept on file")."""
    before = _clause_before(text, start, reach=60)
    if re.search(r"\b(?:if|unless)\b", before, re.IGNORECASE):
        return False  # "if you'd rather we didn't keep your details, reply": they keep them
    return bool(_NEGATION_RE.search(before) or _NEGATION_RE.search(text[start:end]))
