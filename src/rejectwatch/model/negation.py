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
* **Outcome readings** (fourth pass): plain outcome wording is read by rule whether or not
  its sentence holds a cue (see _OUTCOMES): a refusal in a status or outcome field
  ("Current status: Rejected", "Outcome: Unsuccessful") gives ``xstatusrefused``; a closing
  verb on the reader's application ("we will close your application", "it will go no
  further"), a pass ("we'll pass on this one") or an offer refused ("we cannot offer you
  employment") ``xreaderout``; a post cancelled or nobody appointed ``xrolegone``; a hedge
  preferring others ("candidates with more hands-on experience") ``xchoseother``. None in a
  conditional or still-to-come sentence, nor in mail about someone else's candidacy (a
  referred friend's "Status: Not selected") or a withdrawal the reader asked for.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from rejectwatch.model.phrases import Phrases

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
# Outcome readings (issue 11, fourth pass): plain outcome wording read by rule, whether or not
# the sentence holds a cue, each giving one of the shared tokens above:
# * a status or outcome field whose value is a refusal ("Current status: Rejected", "Outcome:
#   Unsuccessful", "Application status - not progressed") gives STATUS_REFUSED;
# * a closing verb on the reader's application ("we will close your application", "it will go
#   no further", "we won't be progressing you"), a pass ("we'll pass on this one") or an offer
#   refused ("we cannot offer you employment") gives READER_OUT;
# * a post cancelled or withdrawn, or nobody appointed, gives ROLE_GONE.
# None fires in a conditional sentence, one still to come, or in a message about someone
# else's candidacy (a referred friend's "Status: Not selected") or a withdrawal the reader
# asked for.
_REFUSAL_VALUE = (
    r"(?:rejected|unsuccessful|declined|turned down|ineligible|not eligible|"
    r"not (?:selected|progressed|progressing|shortlisted|successful|proceeding|suitable|"
    r"appointed|offered|taken forward|moved forward|moving forward)|"
    r"no longer (?:under consideration|being considered|considered|in consideration|active)|"
    r"(?:closed|withdrawn) by (?:the )?(?:employer|company|recruiter|hiring team|organi[sz]ation)|"
    r"did not (?:progress|proceed|pass))\b"
    r"(?!\s+(?:applicants|candidates|applications)\b)"
)
_STATUS_FIELD = re.compile(
    r"\b(?:status|outcome|result|decision|stage)\s*"
    r"(?:[:\-\u2013\u2014]|\bis now\b|\bis\b|\bwas\b|\bhas been (?:set|changed|updated|moved) to\b"
    r"|\b(?:changed|updated|set|moved) to\b)\s*[\"\u201c']?\s*" + _REFUSAL_VALUE
)
_ARTICLE = r"(?:(?:a|an|the|this|that|any) )?"
_READER_CLOSED = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:close|closing|closed) (?:your|this) (?:application|candidacy)\b"
        r"(?! (?:window|period|round|form|deadline))",
        r"\b(?:your application|your candidacy|this application|it) (?:will|would|can|is going to|"
        r"is to) (?:go|move|progress|proceed) no further\b",
        r"\b(?:your application|your candidacy|this application|it) (?:will|would|can|is going to)"
        r"(?: not|n['\u2019]t) (?:go|move|progress|proceed|be progressed|be taken) "
        r"(?:any )?(?:further|forward)\b",
        r"(?:\bnot|n['\u2019]t) be (?:progressing|taking|moving|advancing) you\b",
        r"\bpass(?:ing)? on (?:this one|you\b|your (?:application|candidacy|profile)|"
        r"this (?:time|occasion|application|candidacy))(?!\s+(?:to|with|onto)\b)",
        r"(?:\bcannot|\bcan['\u2019]t|\bunable to|\bnot able to|\bnot in a position to) "
        r"(?:make you an offer|offer you " + _ARTICLE + r"(?:(?!for\b)[a-z\-]+ ){0,3}?"
        r"(?:employment|role|position|job|post|place|placement|interview|contract|offer)\b)",
    )
)
_NOBODY_APPOINTED = re.compile(
    r"\b(?:nobody|no one|no-one|no candidate|no applicant)s? (?:will be|has been|was|is being|"
    r"would be|will) (?:selected|appointed|hired|chosen|offered|recruited)\b"
    r"|\bno (?:appointment|selection|hire)s? (?:will be|has been|was|is being) made\b"
    r"|\b(?:vacancy|vacancy announcement|post|position|role|requisition|opening)\b[^.!?\n]{0,60}"
    r"\b(?:has been|was|is being|have been|is) (?:cancell?ed|canceled|withdrawn)\b"
)
# * a hedge comparing the reader with others ("we are looking for candidates with more
#   hands-on experience", "applicants who had stronger portfolios") gives CHOSE_OTHER.
_OTHERS_PREFERRED = re.compile(
    r"\b(?:candidates?|applicants?|someone|somebody|people|profiles?|individuals?) "
    r"(?:with|who (?:have|had|has|bring|brought|showed|show)) (?:a |an )?"
    r"(?:more|stronger|closer|deeper|broader|greater|better|further|additional)\b(?! than)"
)
_NOT_ABOUT_POST = re.compile(r"\b(?:interview|meeting|call|event|fair|webinar|session|visit)\b")
# (token, words one of which each match needs, pattern): a pattern runs only on text that
# holds one of its words, so a message with none costs a few substring tests, not a regex scan
_NOT_GOING = tuple(
    f"{negation} {verb}"
    for negation in ("not", "n't", "n\u2019t")
    for verb in ("go", "move", "progress", "proceed", "be progressed", "be taken")
)
_REFUSAL_WORDS = (
    "reject",
    "unsuccessful",
    "declined",
    "turned down",
    "eligible",
    "no longer",
    "closed by",
    "withdrawn by",
    "did not",
    *(
        f"not {word}"
        for word in (
            "selected",
            "progress",
            "shortlisted",
            "successful",
            "proceeding",
            "suitable",
            "appointed",
            "offered",
            "taken forward",
            "moved forward",
            "moving forward",
        )
    ),
)
_OTHERS = tuple(
    f"{noun} {joiner} "
    for noun in (
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "someone",
        "somebody",
        "people",
        "profile",
        "profiles",
        "individual",
        "individuals",
    )
    for joiner in ("with", "who")
)
_NOBODY_WORDS = (
    "nobody",
    "no one",
    "no-one",
    "no candidate",
    "no applicant",
    "no appointment",
    "no selection",
    "no hire",
    "cancel",
    "withdrawn",
)
# (token, word groups, pattern): a pattern runs only on text that holds a word of each group
# (every match needs one), so most messages cost a few substring tests, not a regex scan.
_OUTCOMES: tuple[tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    (
        STATUS_REFUSED,
        (("status", "outcome", "result", "decision", "stage"), _REFUSAL_WORDS),
        _STATUS_FIELD,
    ),
    (
        READER_OUT,
        (
            (
                "close your",
                "close this",
                "closing your",
                "closing this",
                "closed your",
                "closed this",
            ),
        ),
        _READER_CLOSED[0],
    ),
    (READER_OUT, (("no further",),), _READER_CLOSED[1]),
    (READER_OUT, (_NOT_GOING,), _READER_CLOSED[2]),
    (
        READER_OUT,
        (("be progressing you", "be taking you", "be moving you", "be advancing you"),),
        _READER_CLOSED[3],
    ),
    (READER_OUT, (("pass on", "passing on"),), _READER_CLOSED[4]),
    (READER_OUT, (("offer you", "make you an offer"),), _READER_CLOSED[5]),
    (ROLE_GONE, (_NOBODY_WORDS,), _NOBODY_APPOINTED),
    (CHOSE_OTHER, (_OTHERS,), _OTHERS_PREFERRED),
)
# A message about someone else's candidacy, or a withdrawal the reader asked for.
_ABOUT_OTHER = re.compile(
    r"\breferrals?\b|\b(?:you|you['\u2019]ve|you have) (?:referred|recommended|nominated|"
    r"put forward|introduced)\b|\b(?:referred|recommended|nominated|put forward) by you\b"
    r"|\byour (?:friend|colleague|nominee)s?\b|\bwhom you\b"
    r"|\bat your request\b|\bas you (?:asked|requested)\b|\byou asked us\b"
)
_ABOUT_OTHER_WORDS = (
    "referr",
    "recommended",
    "nominated",
    "put forward",
    "introduced",
    "your friend",
    "your colleague",
    "your nominee",
    "whom you",
    "your request",
    "you asked",
    "you requested",
)
_OUTCOME_NOT_YET = re.compile(r"\b(?:once|until|when|before|yet)\b")
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


def _automaton(
    groups: tuple[tuple[tuple[str, ...], int], ...],
) -> tuple[Phrases, tuple[tuple[int, ...], ...]]:
    """One Aho-Corasick automaton over every cue (rejectwatch.model.phrases), and each cue's
    kinds by its index; the contracted negations ("can't", "won\u2019t", ...) are cues too.
    One pass over a message finds them all: 56 str.find passes cost three times as much."""
    table: dict[str, list[int]] = {}
    for cues, kind in groups:
        for cue in cues:
            table.setdefault(cue, []).append(kind)
    for stem in _CONTRACTED:
        for apostrophe in _APOSTROPHES:
            table.setdefault(f"{stem}{apostrophe}t", []).append(_NEGATION)
    return Phrases(list(table)), tuple(tuple(sorted(set(kinds))) for kinds in table.values())


_CUE_AUTOMATON, _CUE_KINDS = _automaton(
    ((_CUES, _NEGATION), (_DECISION_CUES, _DECISION), (_FOR_READER_CUES, _YES))
)


def _cue_ends(lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, kind) of every whole-word cue in ``lowered``, in text order; kind is
    _NEGATION, _DECISION or _YES."""
    found: list[tuple[int, int, int]] = []
    size = len(lowered)
    for start, end, index in _CUE_AUTOMATON.find(lowered):
        # whole words only
        if (start == 0 or not lowered[start - 1].isalnum()) and (
            end >= size or not lowered[end].isalnum()
        ):
            found.extend((start, end, kind) for kind in _CUE_KINDS[index])
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


def _gate_automaton() -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over the words that gate the outcome readings (_OUTCOMES,
    _ABOUT_OTHER_WORDS), found anywhere, even inside a word ("reject" in "rejected")."""
    automaton = ahocorasick.Automaton()
    for _, groups, _ in _OUTCOMES:
        for words in groups:
            for word in words:
                automaton.add_word(word, word)
    for word in _ABOUT_OTHER_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_GATE_AUTOMATON = _gate_automaton()


def _outcomes(lowered: str) -> dict[tuple[int, int], str] | None:
    """The sentences of ``lowered`` (by (start, end)) that an outcome reading (_OUTCOMES)
    finds, each with its token, none in a sentence that is conditional, still to come,
    reported in quotes or the reader's own decision; None for a message about someone else's
    candidacy (or a withdrawal the reader asked for), where no status is the reader's."""
    present = {word for _, word in _GATE_AUTOMATON.iter(lowered)}
    if present.intersection(_ABOUT_OTHER_WORDS) and _ABOUT_OTHER.search(lowered):
        return None
    found: dict[tuple[int, int], str] = {}
    for token, groups, pattern in _OUTCOMES:
        if not all(present.intersection(words) for words in groups):
            continue
        for match in pattern.finditer(lowered):
            left = _sentence_start(lowered, match.start())
            right = _sentence_end(lowered, match.start())
            if (left, right) in found or _quoted(lowered, left, match.start()):
                continue
            if (
                _CONDITIONAL.search(lowered, left, right)
                or _PENDING.search(lowered, left, right)
                or _OUTCOME_NOT_YET.search(lowered, left, right)
                or _READER_DECIDED.search(lowered, left, right)
                or (token == ROLE_GONE and _NOT_ABOUT_POST.search(lowered, left, right))
                # "candidates with stronger profiles will be contacted": still to come
                or (token == CHOSE_OTHER and _NOT_YET.search(lowered, left, right))
            ):
                continue
            found[(left, right)] = token
    return found


def _sentence_line(
    lowered: str, left: int, right: int, state: list[Any], about_other: bool
) -> tuple[str, str]:
    """The refusal-block line of the cue sentence lowered[left:right] and its shared token
    ("" for none); ``state`` is read_cues' [first cue conditional?, any negation?, any cue of
    a decision for the reader?, first decision cue (-1: none), first cue]."""
    conditional, negation, for_reader, decision, first = state
    sentence = lowered[left:right]
    if conditional:
        return _prefixed(HYPOTHETICAL, sentence), ""
    if _READER_DECIDED.search(lowered, left, right):
        return f"{sentence.strip()} {READER_DECIDED}", READER_DECIDED
    if for_reader and not negation:
        return _prefixed(FOR_READER, sentence), ""
    if (
        (negation or decision >= 0)
        and not about_other
        and _STATUS.search(lowered, left, first)
        # "your status will change to Rejected if ...": not a status given
        and not _CONDITIONAL.search(lowered, left, right)
        and not _NOT_YET.search(lowered, left, right)
    ):
        return f"{sentence.strip()} {STATUS_REFUSED}", STATUS_REFUSED
    if (
        decision >= 0
        and not _NOT_YET.search(lowered, left, decision)
        and not _UNDECIDED.search(lowered, left, right)
        and (token := _decided(lowered, left, right, negation))
    ):
        return f"{sentence.strip()} {token}", token
    return sentence.strip(), ""


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
    outcomes = _outcomes(lowered)
    about_other = outcomes is None
    if outcomes is None:
        outcomes = {}
    lines = []
    for (left, right), state in spans.items():
        line, token = _sentence_line(lowered, left, right, state, about_other)
        if token:
            marks.append(token)
        # an outcome reading of the same sentence adds its token, unless conditional
        outcome = outcomes.pop((left, right), "")
        if outcome and not state[0] and outcome not in line.split():
            line = f"{line} {outcome}"
            marks.append(outcome)
        lines.append(line)
    # outcome sentences that hold no cue ("we are sorry to say it will go no further")
    for (left, right), token in sorted(outcomes.items()):
        lines.append(f"{lowered[left:right].strip()} {token}")
        marks.append(token)
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
