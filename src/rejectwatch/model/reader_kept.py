"""The reader still wanted or moved, a choice only on a condition, a treat passed on (issue 11,
twenty-third pass, part Q).

Parts K and L left the older readings reading as refusals sentences that refuse nobody:

* **others fit better, the reader still wanted, moved or chosen**: "other applicants may fit
  more closely on paper, but we'd love to meet you", "someone else's CV suits the night shift
  better, so we've moved you to days", "the project is going another way, and we need you on
  it", "the other finalist was great too, but you're our pick" (READER_KEPT; not the reader
  moved to a pool, a list or a file, nor met "for future roles");
* **a choice only on a condition after it**: "the post goes to an internal candidate only if no
  one outside applies", "... to a colleague unless the advert brings someone stronger"
  (CHOICE_ON_CONDITION: the condition in the choice's own clause, not after "and", "but" or a
  comma: "we've appointed another candidate and will only contact you if ..." stays read);
* **the writer passing on a treat the reader offered**: "thanks for the offer of a coffee, but
  I'm passing" (treat_passed: a pass whose sentence names a drink, a meal, a party or a lift
  before it and no application, CV or post).

rejectwatch.model.negation reads them: READER_KEPT and CHOICE_ON_CONDITION in the cue reading's
choice of someone else (_decided) and in the outcome readings' CHOSE_OTHER, treat_passed in the
outcome readings' READER_OUT.

Twenty-seventh pass, part K3: **a current worker's rota** (on_the_rota): mail to someone who
already works there, read as a refusal by every token: "we picked someone who knows the till to
train you on Saturday", "we're fully staffed for the season but could still use you on Sundays",
"your Sunday job has gone to a colleague while you're on leave", "this week's bank shift has gone
to another nurse, but your contract stays as it is". The reader trained, used on named days or
shifts, put on a shift, keeping their hours or contract (none of them negated before it in the
sentence, none for "next year" or "if"), or the reader's own round, classes or desk covered while
the reader is away (no application, candidate or interview in the sentence). negation reads it
in _kept (someone else chosen) and beside every outcome reading and the cue reading's tokens.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re

__all__ = ["CHOICE_ON_CONDITION", "READER_KEPT", "on_the_rota", "treat_passed"]

# the reader still wanted ("we'd love to meet you", "we still need you on it") or moved to
# another shift, site or team ("so we've moved you to days"); not met or kept for later, nor
# moved to a pool, a list, a file or a status
READER_KEPT = re.compile(
    r"\b(?:we|i)(?:['\u2019]d| would)(?: still| really| very much)? (?:love|like) to (?:meet|see|"
    r"interview|invite|have|talk to|speak to|speak with|chat with|get to know) you\b"
    r"(?![^.!?\n]*\b(?:future|another|other|different|next time|down the line|later|again|"
    r"event|open (?:day|evening)|fair|webinar|talent|pool|keep in touch|new|vacanc(?:y|ies)|"
    r"openings?|opportunit(?:y|ies)|apply|re-?apply|bank|coffee|newsletter)\b)"
    r"|\b(?:we|i)(?:['\u2019]ve| have)? (?:moved|switched|transferred|put|swapped|shifted) you "
    r"(?:to|on|onto|over to|across to|into) "
    r"(?!(?:our |the |a |an |your )?(?:[a-z\-]+ ){0,2}?(?:pool|list|file|database|bank|register|"
    r"archive|reserve|waiting|talent|records?|folder|system|status|unsuccessful|rejected|declined|"
    r"archived|inactive|closed|withdrawn|not selected)\b)"
    r"|\b(?:we|i)(?: still| really| definitely)? (?:need|want) you (?:on|for|in|with) (?:it|this|"
    r"that|the|our|board)\b"
    # (twenty-sixth pass, part F: the reader chosen beside the other finalist praised, "the
    # other finalist was great too, but you're our pick"; never a choice for later roles)
    r"|\byou(?:['\u2019]re| are) (?:still |definitely )?our (?:pick|choice|first choice|top "
    r"choice|preferred (?:candidate|applicant|choice)|number one)\b"
    r"(?![^.!?\n]*\b(?:future|another|other (?:roles?|posts?|openings?|vacanc)|next time|later)\b)"
)
# a choice of someone only on a condition in its own clause ("the post goes to an internal
# candidate only if no one outside applies")
CHOICE_ON_CONDITION = re.compile(
    r"\b(?:candidates?|applicants?|someone|somebody|person|people|internally|colleagues?|"
    r"others|finalists?|individuals?)\b"
    r"(?:(?! (?:and|but|so|though|although|while|as) )[^,;:.!?\n]){0,60}?"
    r"\b(?:only (?:if|when|once|after|in the event|should)|unless|provided (?:that )?|as long as|"
    r"on condition)\b"
)
# a treat the reader offered or asked the writer to, before a pass in its sentence, and no
# application in it
_TREAT = re.compile(
    r"\b(?:coffee|coffees|tea|drinks?|pints?|beers?|lunch|dinner|breakfast|brunch|party|quiz|"
    r"game|match|raffle|sweepstake|lift|ride|cake|biscuits?|tickets?|barbecue|bbq|picnic|"
    r"walk|curry|takeaway|karaoke)\b"
)
_PASS = re.compile(r"\bpass(?:ing)?\b")
_APPLICATION = re.compile(
    r"\b(?:applica\w+|candidacy|candidature|cv|resume|profile|portfolio|role|post|position|job|"
    r"vacancy|interview|shortlist|submission|audition)\b"
)


def treat_passed(lowered: str, left: int, right: int, match: re.Match[str]) -> bool:
    """Is ``match`` (a reading of the reader passed on, in the sentence lowered[left:right]) the
    writer passing on a treat the reader offered: a pass, a treat before it in the sentence, and
    no application, CV or post in the sentence?"""
    return (
        _PASS.search(match.group()) is not None
        and _TREAT.search(lowered, left, match.start()) is not None
        and _APPLICATION.search(lowered, left, right) is None
    )


# (twenty-seventh pass, part K3) the days and shifts of a rota
_DAYS = (
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|"
    r"weekdays?|nights?|evenings?|mornings?|afternoons?|lates?|earl(?:y|ies)|shifts?|trips?|"
    r"sessions?|close|opens?|bank holidays?)"
)
# the reader trained, used on named days or shifts, put on a shift, keeping hours or a contract
_KEPT_ON = re.compile(
    r"\b(?:to|will|['\u2019]ll|can|could) (?:train|mentor|coach|induct|supervise|shadow|buddy up "
    r"with) you\b|\bto show you (?:the ropes|round|around|how)\b"
    r"|\b(?:use|need|want|keep|book|roster) you (?:on|for|at) (?:the |our |your )?"
    r"(?:[a-z0-9\-'\u2019]+ ){0,4}?" + _DAYS + r"\b"
    r"|\byou(?:['\u2019]re| are|['\u2019]ll be| will be)(?: still| now)? (?:on|down for|rostered "
    r"(?:on|for)|booked (?:on|for)|scheduled (?:on|for)) (?:the )?(?:[a-z0-9\-'\u2019]+ ){0,2}?"
    + _DAYS
    + r"\b"
    r"|\byou keep your (?:[a-z0-9\-'\u2019]+ ){0,2}?(?:hours|contract|slots?|rounds?|route|"
    + _DAYS
    + r")\b"
    r"|\byour (?:[a-z\-'\u2019]+ ){0,2}?(?:contract|hours|job|post|shifts?) (?:stays?|remains?|"
    r"will stay|will remain)(?: exactly)? (?:the same|as (?:it is|they are|before|normal|agreed)|"
    r"unchanged|unaffected|in place|safe)\b"
    r"|\byour (?:[a-z\-'\u2019]+ ){0,2}?(?:contract|hours|job|post|shifts?) (?:is|are) "
    r"(?:unaffected|unchanged|safe|not affected)\b"
)
# ... but not negated, before it in its sentence ("we don't have time to train you"), nor for
# later or on a condition after it ("could use you on weekends next year")
_NOT_KEPT_BEFORE = re.compile(
    r"\b(?:not|never|no|unable|cannot|rather than|instead of|without)\b|n['\u2019]t\b"
)
_LATER_AFTER = re.compile(
    r"\b(?:next (?:year|season|summer|winter|spring|autumn|term|time)|future|later|again|if|once|"
    r"when|unless)\b"
)
# the reader away for now: on leave, on holiday, off, until back
_AWAY = re.compile(
    r"\b(?:while|whilst) you(?:['\u2019]re| are) (?:away|off|out|on (?:[a-z\-]+ ){0,2}?(?:leave|"
    r"holidays?|vacation|break|sabbatical|secondment|course|training))\b"
    r"|\bduring your (?:[a-z\-]+ ){0,2}?(?:leave|holidays?|vacation|absence|sabbatical|time off)\b"
    r"|\buntil you(?:['\u2019]re| are)? (?:back|return)\b"
    r"|\bfor the (?:[a-z]+ )?(?:days?|weeks?|fortnight|month) you(?:['\u2019]re| are) "
    r"(?:away|off)\b"
)
# ... with the reader's own work (their round, classes, desk) in the sentence
_OWN_WORK = re.compile(
    r"\byour (?:[a-z0-9\-'\u2019]+ ){0,3}?(?:job|shifts?|rounds?|route|slots?|hours|rota|duties|"
    r"class(?:es)?|patients|ward|section|stall|pitch|desk|tills?|counter|clients|customers|"
    r"caseload|list|area|beat|run|lessons?|" + _DAYS + r")\b(?! (?:application|advert|ad|search|"
    r"hunt|enquiry|inquiry))"
)
_APPLYING = re.compile(
    r"\b(?:applica\w*|applicants?|candida\w*|interview\w*|cv|resume|shortlist\w*|vacanc\w*)\b"
)


def on_the_rota(lowered: str, left: int, right: int) -> bool:
    """Is the sentence lowered[left:right] a current worker's rota (part K3): the reader trained,
    used on named days or shifts, keeping hours or a contract, not negated before it nor for
    later after it; or the reader's own work covered while the reader is away, and no
    application in the sentence?"""
    for found in _KEPT_ON.finditer(lowered, left, right):
        if not _NOT_KEPT_BEFORE.search(lowered, left, found.start()) and not _LATER_AFTER.search(
            lowered, found.end(), right
        ):
            return True
    return (
        _AWAY.search(lowered, left, right) is not None
        and _OWN_WORK.search(lowered, left, right) is not None
        and _APPLYING.search(lowered, left, right) is None
    )
