"""Negation marks: the words a negation governs, as extra ``neg_<word>`` tokens.

A bag of words sees "we will not be progressing your application" and "we are progressing
your application" as nearly the same. Marking the few words after a negation or a regret cue
("not", "no longer", "unable", "unfortunately", "declined", ...) gives the model features such
as ``neg_progressing`` and ``neg_considering`` that recur across very different phrasings of a
rejection, where the surrounding word pairs do not. The scope is the rest of the clause, at most
five content words: the usual heuristic of sentiment analysis, cheap enough for every message.

Two refinements (issue 11):

* **Decisions without a negation.** "We have offered the role to another candidate" or "the
  team went another way" carry no "not"; a few decision cues ("decided", "another candidate",
  "someone else", "ineligible", ...) put such sentences in the refusal-sentence block too,
  without marks. A sentence with a cue of a decision *for* the reader ("invite you", "move
  you", "delighted") and no negation enters with its words prefixed ``yes_``, so "we'd like
  to move you to the next round" is read apart from "we will not be moving you on".
* **Hypotheticals.** "If you are not selected, we will keep your CV on file" talks about a
  refusal that has not happened. A cue preceded in its sentence by a conditional ("if",
  "should", "unless", "in the event", "either way", "whether", "assume") gets ``hyp_`` marks
  instead of ``neg_`` ones, and a sentence whose first cue is conditional enters the block
  with every word prefixed ``hyp_``, so the model learns a conditional refusal apart from a
  real one. A refusal in quotation marks (a newsletter's "we have decided to move forward
  with other candidates") is reported, not given, and is read the same way.
  A sentence that says the decision is still to be made ("no decision yet", "we're still
  interviewing") is read the same way: the refusal it mentions has not happened.
* **Verb classes** (third pass): a decision sentence is classified by rule, not by phrase:
  a choice (went/moved forward/pressing on with, hired, made a hire, went to, favoured,
  better placed, ...) naming a third party (someone, another, other people, an internal
  transfer, ...) gets ``xchoseother``; the post itself gone (eliminated, cancelled, on hold,
  filled, fully allocated) gets ``xrolegone``; the reader left out ("no place for you",
  "your application ends here", "passed on you") gets ``xreaderout``; none when the
  sentence is conditional,
  negated by "yet"/"still", or still to come.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

__all__ = [
    "CHOSE_OTHER",
    "FOR_READER",
    "HYPOTHETICAL",
    "MARK",
    "READER_DECIDED",
    "READER_OUT",
    "ROLE_GONE",
    "STATUS_REFUSED",
    "has_cue",
    "offers_the_job",
    "read_cues",
]

MARK = "neg_"
HYPOTHETICAL = "hyp_"
FOR_READER = "yes_"
_NEGATION, _DECISION, _YES = 0, 1, 2
_CONTRACTED = (
    "can",
    "won",
    "wouldn",
    "isn",
    "aren",
    "don",
    "didn",
    "couldn",
    "haven",
    # issue 11, third pass: "hasn't picked anyone yet", "wasn't successful" were unread
    "hasn",
    "hadn",
    "doesn",
    "wasn",
    "weren",
    "shouldn",
)
_APOSTROPHES = ("'", "\u2019")
_CUES = (
    "not",
    "no longer",
    "never",
    "unable",
    "cannot",
    "unfortunately",
    "unsuccessful",
    "decline",
    "declined",
    "regret",
    "sadly",
    # issue 11, third pass: the other ways of saying so
    "afraid",
    "regrettably",
    "regretfully",
)
# Cues of a decision that need no negation: the sentence enters the refusal block, no marks.
_DECISION_CUES = (
    "decided",
    "decision",
    "chosen",
    "another candidate",
    "other candidates",
    "another applicant",
    "other applicants",
    "someone else",
    "someone whose",
    "another direction",
    "different direction",
    "another way",
    "ineligible",
    "cancelled",
    "canceled",
    "closer match",
    "closer fit",
    "better fit",
    "better match",
    # a choice made (issue 11, second pass): the sentence is a decision; whether it chose the
    # reader or someone else is read in read_cues (_THIRD_PARTY, the for-reader cues)
    "went with",
    "gone with",
    "go with",
    "going with",
    "opted for",
    "hired",
    "appointed",
    "selected",
    "picked",
    "settled on",
    "filled",
    "brought on",
    "made an offer",
    "offered the",
    "offered it",
    "finalist",
    "finalists",
    "rejected",
    "internal candidate",
    # issue 11, third pass: the verb classes of a choice, read as one rule (_CHOICE_VERB x
    # _THIRD_PARTY, see read_cues) rather than phrase by phrase: going on with someone ...
    "moved forward with",
    "moving forward with",
    "move forward with",
    "proceed with",
    "proceeded with",
    "proceeding with",
    "progressing with",
    "progressed with",
    "pressing on with",
    "pressing ahead with",
    "continue with",
    "continuing with",
    # ... giving the job to someone ...
    "made a hire",
    "went to",
    "gone to",
    "our pick",
    # ... preferring someone ...
    "favouring",
    "favoring",
    "favoured",
    "favored",
    "better placed",
    "better suited",
    "more suitable",
    "more closely",
    "more aligned",
    # ... or the job itself gone (_ROLE_GONE, see read_cues)
    "eliminated",
    "on hold",
    "off the table",
    "closed",
    "fully allocated",
    # ... or the reader left out (_EXCLUDED, see read_cues)
    "no place",
    "no placement",
    "no space",
    "no spot",
    "passed on",
    "ends here",
    "ended here",
    "stops here",
    "stops at this",
    "stopped at this",
    "closed for you",
    "not include you",
    "not including you",
    # a decision looked back on ("we ended up hiring a colleague")
    "ended up",
    "in the end",
)
# Cues of a decision for the reader: a sentence with one and no negation enters the block
# with its words prefixed ``yes_``, so "we'd like to move you to the next round" does not
# share its features with "we will not be moving you to the next round".
_FOR_READER_CUES = (
    "invite you",
    "offer you",
    "move you",
    "moving you",
    "take you",
    "like you to",
    "pleased",
    "delighted",
    "congratulations",
    "chose you",
    "chosen you",
    "picked you",
    "selected you",
    "hire you",
    "forward with you",
    "go with you",
    "gone with you",
    "went with you",
    "going with you",
    "continue with you",
    # issue 11, third pass: the choice verbs with the reader's own application as object
    # ("we'll be moving ahead with your application", "our preferred candidate - that's you")
    "ahead with you",
    "ahead with your",
    "forward with your",
    "progress your",
    "progressing your",
    "advance your",
    "advancing your",
    "that's you",
    "that\u2019s you",
    "that is you",
    # the reader among those chosen ("a small group of candidates, and you're one of them")
    "you're one of",
    "you\u2019re one of",
    "you are one of",
    "you're among",
    "you are among",
    "including you",
    "include you",  # "the panel would like to include you in the list of candidates"
)
# Who a choice went to when it was not the reader: a decision sentence with one of these, no
# negation, no conditional and no cue of a decision for the reader also gets the token
# CHOSE_OTHER (in the sentence block and among the marks), shared by every wording of "we
# went with / hired / appointed someone else".
_THIRD_PARTY = re.compile(
    r"\b(?:someone|somebody|candidates?|applicants?|finalists?|colleagues?|person|people|"
    r"internal|internally|profiles?|others|another|individuals?|transfer)\b"
)
# A choice still to come ("once we have selected a candidate", "successful applicants will be
# selected", "only candidates selected for interview will be contacted") is not one made: these
# before the sentence's first decision cue withhold the token.
_NOT_YET = re.compile(r"\b(?:once|until|when|will|going to|yet|before|only)\b|['\u2019]ll\b")
# ... and these anywhere in it ("no decision yet: we're still meeting one other finalist").
_UNDECIDED = re.compile(r"\b(?:yet|still)\b")
# A decision not made yet ("no decision yet, I'm afraid: we're meeting one other finalist",
# "we haven't decided", "still interviewing"): every cue in such a sentence is read as
# hypothetical (hyp_), like a conditional's, since the refusal it talks about has not happened.
_PENDING = re.compile(
    r"\bno (?:final )?decision\b|(?:\bnot|n['\u2019]t) (?:yet )?(?:made|reached|taken|decided)\b"
    r"|\byet to (?:decide|make|reach)\b|\bstill (?:deciding|considering|reviewing|"
    r"interviewing|meeting|assessing|weighing)\b|\bbefore (?:we|the panel|the team) decide"
    r"|\b(?:are|is|['\u2019]re|currently) (?:now )?(?:reviewing|considering|assessing)\b"
)
CHOSE_OTHER = "xchoseother"
# The job itself gone: a decision sentence naming the post and what became of it ("this role
# has been eliminated", "the vacancy is on hold", "the programme is fully allocated") gets
# ROLE_GONE, under the same conditions as CHOSE_OTHER (nothing conditional or still to come).
_ROLE = re.compile(
    r"\b(?:role|roles|position|positions|post|vacancy|vacancies|opening|job|requisition|req|"
    r"seat|programme|program|cohort|placement|opportunity|search|hire|hiring|recruitment)\b"
)
_GONE = re.compile(
    r"\b(?:eliminated|cancell?ed|canceled|closed|on hold|off the table|filled|fully allocated|"
    r"no longer (?:open|available|recruiting|hiring|needed|required|going ahead))\b"
)
ROLE_GONE = "xrolegone"
# The reader left out, whoever was chosen: "there is no place for you in this cohort", "your
# application ends here", "the client has passed on you", "the list does not include you".
# A decision sentence with one of these gets READER_OUT (negated or not).
_EXCLUDED = re.compile(
    r"\bno (?:place|placement|space|spot|room|role|position|offer)s? for you\b"
    r"|\byour\b[^.!?\n]{0,60}\b(?:ends?|ended|stops?|stopped|concludes?|concluded) "
    r"(?:here|at this (?:stage|point))\b"
    r"|\bpass(?:ed|ing)? on you\b|\bclosed for you\b"
    r"|(?:\bnot|n['\u2019]t) (?:include|includes|including) you\b"
)
READER_OUT = "xreaderout"
# A status line ("Status: Not selected", "your application was set to: Rejected"): a refusal
# or decision cue after one of these in its sentence adds the token STATUS_REFUSED, shared by
# every portal's wording of a bare status update.
_STATUS = re.compile(
    r"\b(?:status|stage|outcome|set to|moved to|updated to|marked as|now shows|changed to)\b"
    r"|\bto:"
)
STATUS_REFUSED = "xstatusrefused"
# A decision the reader made ("we're sorry you've decided not to continue", "thanks for
# letting me know you'd rather not go ahead"): a cue after one of these in its sentence adds
# READER_DECIDED, so withdrawals and declined offers are read apart from refusals.
_READER_DECIDED = re.compile(
    r"\byou(?:['\u2019]ve| have|['\u2019]d| would)? (?:decided|chosen|rather|withdrawn|"
    r"withdrew|declined)\b|\byour decision\b"
)
READER_DECIDED = "xreaderdecided"
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|should|in the event|either way|whether|assume|in case|otherwise)\b"
    # a refusal that may happen ("we may not be able to reply to everyone")
    r"|\b(?:may|might)\b"
)
_UNTIL = re.compile(r"\b(?:until|unless)\b")
_CLAUSE = re.compile(r"[^.!?\n;:]{0,60}")
_WORD = re.compile(r"[a-z]{3,}")
_SKIP_WORDS = (
    "the and that this with for your you our are was were been have has had will would able "
    "any these those from into about its their them they which who whom"
)
_SKIP = frozenset(_SKIP_WORDS.split())
_SCOPE = 5
_STOPS = (".", "!", "?", "\n")  # where a sentence ends, roughly


def _automaton(groups: tuple[tuple[tuple[str, ...], int], ...]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over every cue, each mapped to (its length, its kinds); the
    contracted negations ("can't", "won\u2019t", ...) are cues too. One pass of C over a
    message finds them all: 56 str.find passes cost three times as much."""
    table: dict[str, list[int]] = {}
    for cues, kind in groups:
        for cue in cues:
            table.setdefault(cue, []).append(kind)
    for stem in _CONTRACTED:
        for apostrophe in _APOSTROPHES:
            table.setdefault(f"{stem}{apostrophe}t", []).append(_NEGATION)
    automaton = ahocorasick.Automaton()
    for cue, kinds in table.items():
        automaton.add_word(cue, (len(cue), tuple(sorted(set(kinds)))))
    automaton.make_automaton()
    return automaton


_CUE_AUTOMATON = _automaton(
    ((_CUES, _NEGATION), (_DECISION_CUES, _DECISION), (_FOR_READER_CUES, _YES))
)


def _whole_word(lowered: str, start: int, end: int) -> bool:
    return (start == 0 or not lowered[start - 1].isalnum()) and (
        end == len(lowered) or not lowered[end].isalnum()
    )


def _cue_ends(lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, kind) of every whole-word cue in ``lowered``, in text order; kind is
    _NEGATION, _DECISION or _YES."""
    found: list[tuple[int, int, int]] = []
    size = len(lowered)
    for last, (length, kinds) in _CUE_AUTOMATON.iter(lowered):
        end = last + 1
        start = end - length
        # whole words only (spelt out rather than _whole_word: the hot path)
        if (start == 0 or not lowered[start - 1].isalnum()) and (
            end >= size or not lowered[end].isalnum()
        ):
            found.extend((start, end, kind) for kind in kinds)
    found.sort()
    return found


def has_cue(text: str) -> bool:
    """Does ``text`` hold any cue (negation, decision, decision for the reader)? What
    read_cues would find a sentence for, without reading the sentences."""
    return bool(_cue_ends(text.lower()))


def _sentence_start(lowered: str, at: int) -> int:
    """Where the sentence holding position ``at`` starts (see _STOPS; spelt out: hot path)."""
    return (
        max(
            lowered.rfind(".", 0, at),
            lowered.rfind("!", 0, at),
            lowered.rfind("?", 0, at),
            lowered.rfind("\n", 0, at),
        )
        + 1
    )


def _sentence_end(lowered: str, at: int) -> int:
    """Where the sentence holding position ``at`` ends: the next stop, or the text's end."""
    end = len(lowered)
    for stop in _STOPS:
        found = lowered.find(stop, at, end)
        if found != -1:
            end = found
    return end


def _prefixed(prefix: str, sentence: str) -> str:
    return " ".join(prefix + word for word in _WORD.findall(sentence))


def _quoted(lowered: str, left: int, at: int) -> bool:
    """Does position ``at`` sit inside quotation marks opened in its sentence, not as a
    status label? ("Every job seeker hears "unfortunately, we have decided to move forward
    with other candidates"" reports a refusal, it gives none; 'Status: "Not selected"' is
    one.)"""
    straight = lowered.count('"', left, at)
    curly = lowered.count("\u201c", left, at) - lowered.count("\u201d", left, at)
    if straight % 2 == 0 and curly <= 0:
        return False
    return _STATUS.search(lowered, left, at) is None


def _decided(lowered: str, left: int, right: int, negation: bool) -> str:
    """The token of a decision sentence that is not conditional nor still to come: CHOSE_OTHER
    for a choice naming a third party (and no negation), READER_OUT for the reader left out,
    ROLE_GONE for the post gone, else ""."""
    if not negation and _THIRD_PARTY.search(lowered, left, right):
        return CHOSE_OTHER
    if _EXCLUDED.search(lowered, left, right):
        return READER_OUT
    if _GONE.search(lowered, left, right) and _ROLE.search(lowered, left, right):
        return ROLE_GONE
    return ""


def _first_conditional(lowered: str, left: int, right: int) -> int:
    """Where the first conditional of the sentence lowered[left:right] starts (``right`` if it
    has none; -1 when the whole sentence says the decision is still to be made)."""
    if _PENDING.search(lowered, left, right):
        return -1
    found = _CONDITIONAL.search(lowered, left, right)
    return found.start() if found else right


def read_cues(text: str) -> tuple[str, str]:
    """``(marks, sentences)`` from one scan for the cues: ``neg_<word>`` for each content word
    in the scope of each negation cue, space-joined in the order the cues appear; and the
    sentences that hold a cue, lower-cased, one a line, each once. A rejection is usually one
    such sentence in a long letter; the classifier reads these sentences as a block of their
    own (rejectwatch.model.features), so the refusal weighs the same however much thanks and
    boilerplate surround it."""
    lowered = text.lower()
    marks: list[str] = []
    spans: dict[tuple[int, int], list[Any]] = {}
    left, right, first_conditional = 0, -1, 0  # the sentence of the previous cue
    for start, end, kind in _cue_ends(lowered):
        if start > right:  # a cue in a new sentence (cues come in text order)
            left = _sentence_start(lowered, start)
            right = _sentence_end(lowered, end)
            first_conditional = _first_conditional(lowered, left, right)
        conditional = first_conditional < start or _quoted(lowered, left, start)
        if kind == _NEGATION:
            clause = _CLAUSE.match(lowered, end)
            scope = clause.group() if clause else ""
            # "not your current employer until an offer is accepted": a negation that lasts
            # only until something happens is a condition, not a refusal
            if "until" in scope or "unless" in scope:
                conditional = conditional or _UNTIL.search(scope) is not None
            words = _WORD.findall(scope)
            mark = HYPOTHETICAL if conditional else MARK
            marks.extend(mark + word for word in words[:_SCOPE] if word not in _SKIP)
        # sentence -> [first cue conditional?, any negation?, any cue of a decision for the
        # reader?, where its first decision cue starts (-1: none), where its first cue starts]
        state = spans.setdefault((left, right), [conditional, False, False, -1, start])
        state[1] = state[1] or kind == _NEGATION
        state[2] = state[2] or kind == _YES
        if kind == _DECISION and state[3] < 0:
            state[3] = start
    lines = []
    for (left, right), (conditional, negation, for_reader, decision, first) in spans.items():
        if conditional:
            lines.append(_prefixed(HYPOTHETICAL, lowered[left:right]))
        elif _READER_DECIDED.search(lowered, left, right):
            lines.append(f"{lowered[left:right].strip()} {READER_DECIDED}")
            marks.append(READER_DECIDED)
        elif for_reader and not negation:
            lines.append(_prefixed(FOR_READER, lowered[left:right]))
        elif (negation or decision >= 0) and _STATUS.search(lowered, left, first):
            lines.append(f"{lowered[left:right].strip()} {STATUS_REFUSED}")
            marks.append(STATUS_REFUSED)
        elif (
            decision >= 0
            and not _NOT_YET.search(lowered, left, decision)
            and not _UNDECIDED.search(lowered, left, right)
            and (token := _decided(lowered, left, right, negation))
        ):
            lines.append(f"{lowered[left:right].strip()} {token}")
            marks.append(token)
        else:
            lines.append(lowered[left:right].strip())
    return " ".join(marks), "\n".join(lines)


# A job offer to the reader, in words no rejection uses outside a negation.
_OFFER = re.compile(
    r"\b(?:make|making|extend|extending|give|giving) you (?:an? )?"
    r"(?:formal |verbal |written |job )?offer\b"
    r"|\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?offer you\b"
    r"|\b(?:like|love) to offer you\b"
    r"|\bwe(?:'re|\u2019re| are) offering you\b"
    r"|\bthe (?:role|job|position|post) is yours\b"
    r"|\boffer of employment\b"
    r"|\b(?:go|gone|going|went) with you\b"
    r"|\b(?:chose|chosen|picked) you\b"
)
_CLAUSE_NEGATION = re.compile(
    r"\b(?:not|no longer|never|unable|cannot|unfortunately|regret|sadly|against|rather than)\b"
    r"|n['\u2019]t\b"
)
_CLAUSE_STOPS = (".", "!", "?", "\n", ";", ",")


def offers_the_job(text: str) -> bool:
    """Does ``text`` offer the reader the job ("we'd like to offer you", "make you an offer",
    "the role is yours") with no negation earlier in that clause? A safety net under the
    model: an offer that also declines the other finalists ("we've decided not to go with
    the other finalists") reads like a rejection to a bag of words, and an offer must never
    be filed away (rejectwatch.model.classifier.Model.scores holds such mail below filing)."""
    lowered = text.lower()
    if "offer" not in lowered and "yours" not in lowered and " you" not in lowered:
        return False
    for match in _OFFER.finditer(lowered):
        left = max(lowered.rfind(stop, 0, match.start()) for stop in _CLAUSE_STOPS) + 1
        if not _CLAUSE_NEGATION.search(lowered, left, match.start()):
            return True
    return False
