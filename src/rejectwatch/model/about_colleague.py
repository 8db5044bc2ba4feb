"""Mail between colleagues about a third person's hire (issue 11, twenty-sixth pass, part R).

A job seeker who also hires, recruits or works in HR gets mail where someone else is chosen and
the reader is no candidate: a requisition closed after an offer was accepted ("we've gone with
Marcus for the backend role, so please close req R18240"), the panel's choice with the regret
mails to send ("the panel has selected Karthik … kindly issue the offer letter and send regret
mails to the remaining four candidates"), a pick announced with the others already told ("Sales
leadership picked Brianna … The other two finalists have heard from HR already"), a friend's
nomination declined to the colleague who made it ("thanks for the suggestion of Janet …, but the
board has already co-opted someone"), a supplier chosen with the losing bidders to be told. The
decision readings of rejectwatch.model.negation read the choice of someone else in them as the
reader's refusal; :func:`between_colleagues`, asked by negation's ``_unread`` for every decision
token, leaves it unread when

* the sentence holding it speaks to no "you" but a colleague asked to act ("can you …", "could
  you …", "thank you"): the decision is told in the third person;
* the mail never speaks to the reader as a candidate (no "your application", "your interview",
  "you applied", "thank you for your time / interest / applying", "we enjoyed meeting you"), nor
  with a regret ("sorry", "unfortunately", "sadly", "I'm afraid"; not the "regret mails" a
  coordinator is to send); and
* it holds a colleague's part in the hiring (:data:`_COLLEAGUE`): a requisition or an ATS to
  close or update, regret or offer letters to send, the other candidates to ring or tell, a start
  to make ready (access, a laptop, the rota, an invoice for the placement fee), a note for filing
  or the minutes, the other candidates told already ("the other two finalists have heard from
  HR", "I've told the other two we put forward"), or a candidate someone suggested ("thanks for
  the suggestion of Janet").

A thread reply to the applicant that names the chosen person ("we've decided to go with Priya;
thank you for your time") and a forward to the applicant ("sorry, see below - they went with
someone internal") stay read: the one thanks the reader as a candidate, the other says sorry,
and neither asks the reader to act on anyone's hire. negation marks the sentence set aside as a
thing refused, so gate.no_job_decision still holds the mail below filing.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.last_text import per_text

__all__ = ["between_colleagues", "colleagues_only"]

# The reader as a candidate, or a regret, anywhere in the mail.
_TO_THE_CANDIDATE = re.compile(
    r"\byour (?:[a-z\-]+ )?(?:application|candidacy|candidature|cv|résumé|resume|interviews?|"
    r"submission|profile|status|assessment|test|references?|availability)\b"
    r"|\byou(?:rself)?\b[^.!?\n]{0,40}\b(?:applied|interviewed|came in|met (?:with )?"
    r"(?:us|the|our|me))\b"
    r"|\b(?:meeting|meet|met|speaking (?:with|to)|spoke (?:with|to)|talking (?:with|to)|having) "
    r"you\b|\bthank(?:s| you) (?:again )?for (?:applying|your (?:interest|time|patience|effort)|"
    r"coming in|meeting)\b"
    r"|\b(?:sorry|unfortunately|sadly|afraid|bad news|disappoint\w*|commiserat\w*|"
    r"regret(?:fully|tably|s)?\b(?! (?:letters?|mails?|e-?mails?|notes?|calls?)\b))"
)
# "you" as no colleague asked to act ("can you close …", "thank you") and no hirer ("your
# team", "your vacancy", "your shortlist", "for your records"; part K2: "your records" and "your
# file" only next to "your", never "keep your details on file", said to a candidate).
# (twenty-sixth pass, part S2: opened by the literal "you" its every match starts with, so the
# engine skips to each "you"; the word's start tested after it, "(?<!\wyou)" for "\byou", and
# each "(?<!\bcan )" before it as "(?<!\bcan you)" after it: the same matches, where eight
# look-behinds tried at every character cost about 1 ms a long ham message)
_YOU = re.compile(
    r"you(?<!\wyou)(?:(?<!\bcan you)(?<!\bcould you)(?<!\bwould you)(?<!\bwill you)"
    r"(?<!\bthank you)(?<!\bthank-you)(?<!\bif you)(?<!\bdo you)"
    r"(?:rs|rself|['\u2019](?:ve|re|ll|d))?\b"
    r"|r\b(?! (?:records|files?)\b)(?! (?:[a-z\-]+ ){0,2}?(?:team|teams|board|vacanc(?:y|ies)|"
    r"shortlist|client|desk|department|opening|reqs?|requisition|search|hires?|nominations?|"
    r"panel|candidates|applicants|interviewees|list)\b))"
)
_ASK = (
    r"(?:\bplease|\bpls|\bkindly|\b(?:can|could|would|will) you|\bcan we|\bcould we)"
    r"(?: please| also| just)?"
    # (the gap to the verb holds no "you"/"your": "please book your induction" is an offer's)
    r"(?:(?!\byour?\b)[^.!?\n]){0,40}?"
)
_PEOPLE = (
    r"(?:candidates?|finalists?|applicants?|interviewees|bidders?|tenderers?|suppliers?|vendors?|"
    r"contractors?|ones?|people|two|three|four|five|six|\d+)"
)
_OTHERS = r"(?:other|remaining|unsuccessful|rest of the|two|three|four|five|\d+)"
_COLLEAGUE = re.compile(
    # a requisition or an ATS to close or update
    _ASK + r"\b(?:close|archive|cancel|withdraw|update|log|mark)\b[^.!?\n]{0,40}?"
    r"\b(?:reqs?|requisitions?|r\d+|the ats|workday|greenhouse|taleo|icims|the tracker|"
    r"the (?:vendor )?register|the shortlist|the posting)\b"
    r"|\bclose (?:down )?(?:req|requisition|r\d)"
    # regret or offer letters to send, the others to ring or tell
    # (twenty-sixth pass, part K2: and "send her the offer letter")
    r"|" + _ASK + r"\b(?:send|issue|draft|prepare|get)(?: out)? (?:(?:her|him|them) )?"
    r"(?:the |our )?(?:regrets?|regret (?:letters?|mails?|e-?mails?|notes?)|rejection "
    r"(?:letters?|mails?|e-?mails?|notes?)|offer letters?)\b"
    r"|" + _ASK + r"\b(?:let|tell|inform|notify|ring|call|phone|e-?mail|contact|advise|update) "
    r"(?:the |our |both |all )?" + _OTHERS + r"(?: (?:[a-z\-]+ ){0,2}?" + _PEOPLE + r")?\b"
    # a start made ready, a placement invoiced
    r"|" + _ASK + r"\b(?:set up|get|order|add|book|arrange|sort out|create|raise)\b"
    r"(?:(?!\byour?\b)[^.!?\n]){0,40}?\b(?:access|logins?|laptop|badge|desk|seat|rota|roster|"
    r"payroll|induction|onboarding|invoice|placement fee|crm|pipeline call|diary)\b"
    # a note for filing or the minutes
    r"|\bfor (?:filing|the minutes)\b"
    # the other candidates told already
    r"|\b(?:the )?" + _OTHERS + r" (?:[a-z\-]+ ){0,2}?" + _PEOPLE + r"\b[^.!?\n]{0,30}?"
    r"(?:\b(?:have|has|had|were|was)|['\u2019]ve)(?: all| already)? (?:been )?(?:told|informed|"
    r"notified|heard|had (?:calls?|a call|e-?mails?)|called|contacted)\b"
    r"|\b(?:i|we)(?:['\u2019]ve| have)? (?:already )?(?:told|informed|notified|called|rung|"
    r"e-?mailed) (?:the|all the|both) (?:other|remaining|unsuccessful)\b"
    # a candidate someone suggested
    r"|\bthanks? (?:you )?for (?:the suggestion of|suggesting|the recommendation of|"
    r"recommending|putting forward|the introduction to) (?!you|your|me|us)[a-z]"
)


# (twenty-sixth pass, part S2: worked out once a text, last_text.per_text: negation asks it for
# each decision token of a message)
@per_text
def colleagues_only(lowered: str) -> bool:
    """Is ``lowered`` mail between colleagues about a third person's hire: no "you" but a
    colleague asked to act or a hirer's ("your team", "your shortlist"), no word to the reader
    as a candidate and no regret, and a colleague's part in the hiring (_COLLEAGUE) in it?"""
    return (
        _YOU.search(lowered) is None
        and _TO_THE_CANDIDATE.search(lowered) is None
        and _COLLEAGUE.search(lowered) is not None
    )


def between_colleagues(lowered: str, left: int, right: int) -> bool:
    """Is the decision read in the (English) sentence lowered[left:right] one told between
    colleagues about a third person's hire (colleagues_only)?"""
    return lowered[left:right].isascii() and colleagues_only(lowered)
