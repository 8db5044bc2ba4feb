"""A search paused for everyone, the reader kept for when it restarts (issue 11, twenty-second
pass, part D).

Four slices running filed a paused hiring (slices 17 to 20): each pass read the kept-in words of
its letter and the next letter kept the reader in other words. Blind slice 20's "Recruitment for
vacancy HPA-07 is on hold while the marine budget is revised. No one has been appointed and no
applications have been turned down. Yours stays on file and we will write again when
shortlisting restarts." read the pause as the post gone (``xrolegone``, filed 0.66):
rules_ahead._KEPT_OPEN keeps "your application stays open" but not "yours stays on file" (a
rejection keeps a CV "on file" for other posts), and other_cases.kept_in knew no write-again.

The kind, as a general form: a search paused, frozen, on hold or withdrawn for the time being
for everyone, and a letter that says no decision has fallen on the reader in any of three
ways, read here (rules_ahead.paused_kept_open asks them beside its kept-open and kept-in words):

* **the reader's application kept**, said of "yours" or with the sender holding it ("Yours
  stays on file", "yours is kept", "we still hold your application"), not for other or future
  posts;
* **the reader taken up again when this search restarts**: the sender will write, be in touch,
  pick it up, look at or consider it "when", "once" or "as soon as" the search restarts,
  resumes, reopens, comes off hold or the freeze is lifted ("we will write again when
  shortlisting restarts", "your application will be considered once the freeze is lifted",
  "once hiring resumes, we'll be in touch"); not "if" it reopens, and never where the sentence
  asks the reader to apply again (a search closed and advertised anew: "we'll be in touch when
  recruitment resumes so that you can apply again");
* **nobody refused** (none_refused's reading, in a sentence of its own): "no applications have
  been turned down", "nobody's been turned away".

A pause alone stays a refusal ("we have decided to put this role on hold", "the role is on hold
and we will not be progressing your application"), and a turn after the kept words keeps it one
("…, but we won't be taking your application forward"): rules_ahead reads the turn.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered
from rejectwatch.model.said_plainly import bounds

__all__ = ["FOR_NOW", "kept_again", "refused_anyway"]

# The search starting again: "restarts", "resumes", "reopens", "comes off hold", "the freeze is
# lifted", "is advertised again", "we start up again"
_RESTART = (
    r"(?:re-?starts?|resumes?|re-?opens?|starts? (?:up )?again|picks? (?:back )?up(?: again)?|"
    r"gets? going again|(?:is|are) back on|comes? off hold|(?:is|are) taken off hold|"
    r"(?:is|are) (?:un-?frozen|lifted|unpaused)|(?:is|are) (?:re-?advertised|advertised again)|"
    r"(?:we|things) (?:start|get going|move)(?: up)? again)\b"
)
# ... told as certain, "when", "once", "as soon as" (not "if")
_WHEN = r"\b(?:when|once|as soon as|the moment|the day)\b[^.!?\n]{0,60}?\b"
# What the sender will do for the reader then: write, be in touch, pick it up, look at it
_TAKE_UP = (
    r"(?:write(?: to you)?(?: again)?|be (?:back )?in touch|get (?:back )?in touch|"
    r"contact you|get back to you|come back to you|update you|let you know|"
    r"pick (?:it|things|this|your application|you|yours) (?:back )?up(?: again)?|"
    r"(?:re-?)?consider (?:it|yours|your application|you)|look at (?:it|yours|your application)|"
    r"review (?:it|yours|your application))\b"
)
_KEPT_AGAIN = re.compile(
    # the reader's application kept: "yours stays on file", "yours is kept"
    r"\byours (?:stays|remains|is still|will stay|will remain|is kept|is being kept|will be kept|"
    r"is held|is safe)\b"
    # ... held by the sender: "we still hold your application", "we're keeping your CV"
    r"|\bwe(?:['\u2019]re| are| will| still| will still|['\u2019]ll still)? ?(?:still )?(?:hold|"
    r"keep|keeping|have) your (?:application|cv|candidacy|file)\b"
    r"(?! (?:on file )?(?:for|in|on) (?:other|future|similar|new|our|any)\b)"
    # the reader taken up again when the search restarts
    r"|\b(?:we|i)(?:['\u2019]ll| will| shall| would)(?: then)? "
    + _TAKE_UP
    + r"[^.!?\n]{0,50}?"
    + _WHEN
    + _RESTART
    + r"|\b(?:your application|yours|it) (?:will|would) be (?:re-?considered|considered|"
    r"looked at|reviewed|picked up)(?: again)?\b[^.!?\n]{0,40}?"
    + _WHEN
    + _RESTART
    # (sixty-third pass: or news that follows it, "an update follows when it reopens", slice
    # 173's paused requisition)
    + r"|\b(?:an update|updates|news|word|a note|a letter|an e-?mail) (?:follows|will follow|"
    r"comes|will come|will be sent|is sent)\b[^.!?\n]{0,20}?"
    + _WHEN
    + _RESTART
    # ... the restart first: "once recruitment resumes, we'll be in touch"
    + r"|"
    + _WHEN
    + _RESTART
    + r",? (?:we|i)(?:['\u2019]ll| will| shall) "
    + _TAKE_UP
)
_KEPT_AGAIN_FAST = Prefiltered(_KEPT_AGAIN)
# a search closed and advertised anew: the reader asked to apply again
_APPLY_AGAIN = re.compile(r"\b(?:re-?apply|apply (?:again|afresh|anew)|submit a new application)")
_STOPS = (".", "!", "?", "\n", ";")

# A closure that lasts only for now ("withdrawn for the time being", "temporarily closed"): a
# pause, for rules_ahead's pause words and its closures
FOR_NOW = (
    r"(?:withdrawn|closed|stopped|halted|cancelled|canceled) (?:for now|for the time being|"
    r"temporarily|until further notice)|temporarily (?:withdrawn|closed|stopped|halted)"
)


def kept_again(lowered: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first place in lowered[start:end] that keeps the reader for the search's restart
    ("Yours stays on file", "we will write again when shortlisting restarts"), not in a
    sentence asking the reader to apply again; or None."""
    stop = len(lowered) if end is None else end
    found = _KEPT_AGAIN_FAST.search(lowered, start, stop)
    while found is not None:
        left, right = bounds(lowered, found.start(), found.end(), _STOPS)
        if _APPLY_AGAIN.search(lowered, left, right) is None:
            return found
        found = _KEPT_AGAIN_FAST.search(lowered, right, stop)
    return None


# A letter that pauses the search and refuses the applications all the same (twenty-second pass,
# part H): "We will not be proceeding with any applications, including yours", "no applications
# will be taken forward", "None of the current applications will be progressed", "All current
# applications have been declined, yours included", "We still hold your application, but it
# won't go forward in this round", "we have, however, decided not to shortlist you". Its kept
# words ("we will write when the post is advertised again", "Nobody has been turned down") keep
# the reader for another search or tell of the others: the letter refuses the reader.
# ... told as decided, for good: "will not", "won't", "decided not to", "no applications will
# be", "did not meet" (not a pause's "no candidates have been shortlisted", nor "you won't need
# to do anything further")
_FOR_GOOD = (
    r"\b(?:will not|won['\u2019]t|shall not|cannot|can['\u2019]t|unable to|decided not to|"
    r"decided against|no longer)\b(?! (?:need|have to|hesitate|worry)\b)"
)
_NONE_WILL = r"\b(?:no|none of)\b(?! need\b)[^.!?\n;]{0,40}?\b(?:will|shall|can)(?: not)? be\b"
_ONWARD = (
    r"\b(?:proceed\w*|progress\w*|forward|further|shortlist\w*|consider\w*|select\w*|"
    r"success\w*)\b"
)
_REFUSED_ANYWAY = re.compile(
    r"(?:"
    + _FOR_GOOD
    + r"|"
    + _NONE_WILL
    + r")[^.!?\n;]{0,50}?"
    + _ONWARD
    + r"|\b(?:did not|didn['\u2019]t) meet\b"
    # ... or refused, the reader among all: "all current applications have been declined,
    # yours included"
    + r"|\b(?:declined|rejected|turned down|unsuccessful|closed)\b[^.!?\n]{0,30}?"
    r"\b(?:yours included|including yours|yours too|yours as well|as has yours)\b"
)
# ... about the reader or the applications
_WHOSE = re.compile(r"\b(?:you|your|yours|applications?|candidates?|candidac(?:y|ies)|cvs?)\b")
# ... not only while the pause lasts ("we will not progress any applications until the freeze
# is lifted", "no candidate will be interviewed before March"), nor a refusal denied ("yours
# hasn't been rejected")
_ONLY_WHILE = re.compile(
    r"\b(?:until|till|before|while|whilst|during|meantime|meanwhile|yet|for now|"
    r"for the time being|at the moment|at present|currently|once|when|as soon as)\b"
)

# (the time of the pause itself, "withdrawn for now, and no applications will be taken forward")
_PAUSE_BEFORE = re.compile(
    r"\b(?:withdrawn|closed|stopped|halted|cancell?ed|canceled|on hold|paused|frozen|suspended) $"
)


def refused_anyway(lowered: str) -> bool:
    """Does a sentence of the letter refuse the reader or all the applications for good ("We
    will not be proceeding with any applications, including yours"), not only while the search
    is paused?"""
    for found in _REFUSED_ANYWAY.finditer(lowered):
        left, right = bounds(lowered, found.start(), found.end(), _STOPS)
        if _WHOSE.search(lowered, left, right) is not None and not any(
            _PAUSE_BEFORE.search(lowered, left, time.start()) is None
            for time in _ONLY_WHILE.finditer(lowered, left, right)
        ):
            return True
    return False
