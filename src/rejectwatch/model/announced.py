"""Someone else chosen, announced in the present or the future (issue 11, tenth pass).

The structural reading of rejectwatch.model.third_party wants a verb in a past or perfect
form ("we've given the post to a colleague who ..."), and every sentence with "will" or
"going to" before its choice counts as still to come. Blind slice 8's thread replies gave the
decision as it happens or is about to: "the role is going to somebody else", "the permanent
post is going to a different applicant", "the full-time role will go elsewhere", "they will
be continuing with two other finalists", "the team is going ahead with someone who has done
more React Native", "the director is keeping on another editor whose pacing ...". What these
share is again a shape:

* **the post as the subject**, handed on: "the role / post / position / job / vacancy /
  contract is going / will go / is being given / will be offered ... to" someone marked as
  other, or "elsewhere";
* **the employer going on with others**: "is / are / will be going ahead / moving forward /
  continuing / proceeding / keeping on / bringing on / taking on / hiring ... with" someone
  marked as other ("another X" where X is no thing, "the other X", "two other finalists",
  "someone (else)"); in the present progressive also a person described by a clause ("someone
  who has done more ...").

Not read: the reader among them ("we'll be continuing with the other finalists and you"), a
thing ("another round", "the other day"), a negation before the verb, and (the caller's
checks, as for every outcome reading) a conditional, a decision still pending, a quote, a
question. Only the words before the verb are searched for "will", "once", "until": the verb
phrase itself may be future, since the announcement is the decision.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered, openers
from rejectwatch.model.third_party import THINGS

__all__ = ["WORDS", "choice"]

# Words one of which every match holds besides those rejectwatch.model.third_party's reading
# already looks for ("another ", "the other ", "someone"): the sentences holding one are read.
_WORDS = (
    "elsewhere",
    "other candidates",
    "other applicants",
    "other finalists",
    "other people",
    "other profiles",
    "other individuals",
    "other shortlisted",
)
_BE = r"(?:is|are|am|['\u2019]re|['\u2019]s|will be|['\u2019]ll be|will now be|is now|are now)"
_POST = r"(?:role|roles|post|posts|position|positions|job|vacancy|place|opening|contract|offer)"
# someone marked as other (explicitly: never "you")
_COUNT = r"(?:two|three|four|five|six|several|some|a few|a couple of|\d+)"
# eleventh pass: people counted, or one of a group, are others too ("carrying on with two
# people who both come from banking", "the job's going to one of the blokes on nights")
_COUNTED = (
    r"(?:two|three|four|five|six|several|a few|a couple of) (?:people|candidates|applicants|"
    r"finalists|individuals|others|colleagues)\b"
    r"|one of (?:the|our|their) (?:[a-z\-]+ )?(?:people|candidates|applicants|finalists|"
    r"individuals|others|colleagues|team|staff|crew|blokes|lads|guys|team members|internals|"
    r"interns|students|graduates|contractors|temps|volunteers|regulars|freelancers)\b"
)
_OTHER = (
    r"(?:someone|somebody)(?: else)?\b"
    r"|elsewhere\b"
    r"|" + _COUNTED + r"|(?:another|the other|one other|a different|" + _COUNT + r" "
    r"other|other) (?P<who>[a-z'\u2019\-]+)(?: (?P<who2>[a-z'\u2019\-]+))?"
)
# ... and the words of the others counted after "to" or "with", read off their pattern ("one
# of the" alone stands in most long mail)
WORDS = (*_WORDS, *openers(re.compile(r"(?:to|with) (?:" + _COUNTED + r")"))[0])
_HANDED = re.compile(
    r"\b(?:the|this|that|our|their) (?:[a-z\-]+ ){0,3}?" + _POST + r"(?: |(?=['\u2019]))"
    r"(?:is going|will go|is going to go|is to go|goes|will be going|is being given|will be given|"
    r"is being offered|will be offered|is being filled|will be filled|['\u2019]s going|"
    r"['\u2019]ll go|['\u2019]s being given|['\u2019]s being offered)(?: to| by)? (?:"
    + _OTHER
    + r")"
)
_GOING_ON = re.compile(
    r"\b" + _BE + r" (?:now )?(?:(?:going|moving|pressing|pushing|forging) (?:ahead|forward|on) "
    r"with|(?:continuing|proceeding|progressing|going) (?:on )?with|keeping on|bringing on|"
    r"carrying on with|carrying forward with|"
    r"bringing in|taking on|hiring|appointing|promoting|going with|going for|offering (?:it|the "
    + _POST
    + r") to|giving (?:it|the "
    + _POST
    + r") to) (?:"
    + _OTHER
    + r")"
)
# fifteenth pass: the hire announced in the future, "going to" or "will" with a hiring verb, of
# someone described or counted, never "someone" alone ("we're going to bring on someone who's
# already been through a scale-up", "they'll take on a candidate with more site experience"; not
# a job advert's "we will hire someone to lead the team")
_TO_BRING_ON = re.compile(
    r"\b(?:going to|gonna|will|['\u2019]ll) (?:now )?(?:bring on|bring in|bring aboard|take on|"
    r"hire|appoint|go with|go ahead with|move forward with|continue with|proceed with|keep on) "
    r"(?:(?:someone|somebody) (?:else|who|whose|with|that|from|already)\b|elsewhere\b|"
    + _COUNTED
    + r"|(?:another|the other|one other|a different|"
    + _COUNT
    + r" other) (?P<who>[a-z'\u2019\-]+)(?: (?P<who2>[a-z'\u2019\-]+))?)"
)
# in the present progressive, a person described by a clause ("someone who has done more")
_PERSON_CLAUSE = re.compile(
    r"\b(?:is|are|['\u2019]re|['\u2019]s) (?:now )?(?:going ahead|moving ahead|moving forward|"
    r"going|continuing|proceeding) with (?:an? |the )(?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:who|whose)\b"
)
# each searched only where a string its matches need stands (rejectwatch.model.prefilter)
_PATTERNS = tuple(
    Prefiltered(pattern) for pattern in (_HANDED, _GOING_ON, _TO_BRING_ON, _PERSON_CLAUSE)
)
_READER = re.compile(r"\byou(?:rs?|rself)?\b")
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n['\u2019]t\b")


def _a_thing(match: re.Match[str]) -> bool:
    words = {match.groupdict().get("who"), match.groupdict().get("who2")}
    return not words.isdisjoint(THINGS)


def choice(lowered: str, left: int, right: int) -> tuple[int, int]:
    """(where its verb starts, where it ends) of a choice of someone else announced in the
    sentence lowered[left:right] (see the module's doc); (-1, -1) for none."""
    for pattern in _PATTERNS:
        match = pattern.search(lowered, left, right)
        if match is None or _a_thing(match):
            continue
        if _READER.search(lowered, match.start(), right):
            continue
        clause_left = max(left, *(lowered.rfind(c, left, match.start()) for c in (",", ";", ":")))
        if _NEGATED.search(lowered, clause_left, match.end()):
            continue
        return match.start(), match.end()
    return -1, -1
