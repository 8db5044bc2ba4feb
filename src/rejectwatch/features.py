"""Engineered features: whether a message states a DECISION against this application.

Rejections in every phrasing share a core: a decision that the applicant will not progress
("we will not be moving forward", "you have not been successful", "the position has been
filled"), stated as a fact about this application. Confirmations use the same words in
conditional or general form ("if we decide not to proceed we will let you know", "candidates
who are unsuccessful will be notified"); invitations and offers are about progressing. A bag of
n-grams learns the phrasings it has seen; these features name the structure, so that a new
phrasing of the same decision still lights up the same few columns.

``DecisionFeatures`` is a stateless scikit-learn transformer (Documents in, a dense float32
matrix of values in [0, 1] out) meant to sit beside the n-gram block in a FeatureUnion. Only
the subject, the sender and the head of the body (``FEATURE_BODY_CHARS``) are read; every
pattern is a precompiled regular expression, so the block costs a few tens of microseconds
per message.

Status: NOT part of the shipped Pipeline. Tried beside the n-grams in a FeatureUnion (weight
0.5, LR C=4), grouped 5-fold CV over seeds 0/1/2: filing recall 0.517/0.479/0.497 (br-* families
0.352/0.316/0.347) against 0.499/0.415/0.487 (0.285/0.184/0.262) without them, review recall
~0.83 against ~0.72, but weighted precision at filing 0.990-0.991 against 0.991-0.993 (the top of
the ranking is non-job mail with rejection words that passes the job gate) and ~65 us per job
mail, which takes job-mail throughput just under 5,000/s. Not shipped for those reasons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, TransformerMixin

__all__ = [
    "FEATURE_BODY_CHARS",
    "FEATURE_NAMES",
    "DecisionFeatures",
    "document_features",
]

FEATURE_BODY_CHARS = 2500  # decisions are stated early; footers hold the conditional boilerplate


class _Doc(Protocol):
    subject: str
    body: str
    sender: str


# --- decision patterns: each may be stated as a fact, or conditionally / in general ---------
# Every pattern starts with a literal (no leading \\b or alternation), which lets the regex
# engine jump between occurrences of that literal instead of trying every position: ~1 us per
# pattern on a 2.5 KB body where a leading alternation costs ten times that.
_PROGRESS = (
    r"(?:mov(?:e|ing)|progress\w*|proceed\w*|continu\w*|advanc\w*|pursu\w*|invit\w*|offer\w*"
    r"|consider\w*|extend\w*|tak(?:e|ing) (?:\w+ )?(?:forward|further)|go(?:ing)? (?:forward"
    r"|ahead|further))"
)
_NEGATIONS = ("not ", "n't ", "no longer ", "unable to ", "cannot ", "can not ")
_DECISIONS: dict[str, tuple[str, ...]] = {
    # a negated progression verb: "not be moving forward", "won't progress", "can't continue"
    "progress": tuple(f"{neg}(?:\\w+ ){{0,3}}?{_PROGRESS}" for neg in _NEGATIONS),
    # "decided to pursue other candidates", "another applicant", "candidates who more closely"
    "others": (
        r"other (?:\w+ )?(?:candidate|applicant|individual|profile|person)",
        r"another (?:\w+ )?(?:candidate|applicant|individual|person)",
        r"candidates? (?:who|whose) (?:\w+ )?(?:more|better|closer)",
        r"more closely (?:match|align|fit)",
        r"someone (?:else|who|whose)",
    ),
    # "the position has been filled", "the role is now closed", "the vacancy was withdrawn"
    "filled": (
        r"(?:has|have|is|was|were|are)(?: now)?(?: been)? (?:filled|closed|cancel+ed|withdrawn"
        r"|put on hold|paused|frozen)",
        r"filled (?:the|this|that) ",
        r"hiring freeze",
        r"paused (?:all )?(?:\w+ )?hiring",
        r"no longer (?:hiring|recruiting|available|open)",
    ),
    # "unsuccessful" as a predicate, "not successful", "did not reach the level"
    "unsuccessful": (
        r"unsuccessful",
        r"not (?:been )?successful",
        r"did not (?:reach|meet|pass|achieve)",
        r"didn't (?:reach|meet|pass|achieve)",
    ),
    # "not selected", "not shortlisted", "not chosen"
    "selected": (
        r"not (?:been |be )?(?:\w+ )?(?:selected|shortlisted|chosen|short-listed)",
        r"n't (?:been )?(?:selected|shortlisted|chosen)",
    ),
    # "unable to offer you", "decided not to", "no longer under consideration"
    "decline": (
        r"decided (?:not to|against|to (?:go|move|proceed|pursue|continue) (?:with|in) "
        r"(?:a |an |another|other|someone|different))",
        r"no longer (?:being )?(?:under )?consider",
        r"(?:unable|not able) to (?:offer|extend)",
        r"cannot (?:offer|extend)",
        r"can't (?:offer|extend)",
        r"turn(?:ed)? down your",
        r"declin(?:e|ed) your",
        r"clos(?:e|ed) your application",
        r"not (?:a |the )?(?:\w+ )?(?:fit|match)\b",
        r"isn't (?:a |the )?(?:\w+ )?(?:fit|match)\b",
    ),
    # "regret to inform", "unfortunately", "sadly", "not the news you were hoping for"
    "regret": (
        r"regret",
        r"unfortunate",
        r"sadly",
        r"disappoint",
        r"not the news",
        r"sorry to (?:say|inform|tell|let)",
    ),
}

# A decision inside a clause like these is not a decision about this application.
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|should|unless|in case|in the event|whether|once|where|when|until)\b"
    r"|\b(?:candidates|applicants|those|anyone|everyone|people|all applicants) (?:who|that|whose)"
    r"|\bwill be (?:notified|informed|contacted|told|advised)\b|\bconsider (?:your|the|this) "
    r"\w+ (?:to be |as )?unsuccessful|\bunsuccessful (?:applicants|candidates|applications)"
)
_WE_RE = re.compile(r"\b(?:we|we've|we're|we'll|we'd|our team|our|the team|the panel|i|i've)\b")
_YOU_RE = re.compile(r"\b(?:you|your|you've|you're)\b")
_NOUN_RE = re.compile(r"\b(?:application|candidacy|candidature|cv|resume|profile|submission)\b")

# --- progressing, confirming, context ---------------------------------------------------------
_OTHERS: dict[str, tuple[str, ...]] = {
    "invite": (
        r"invit(?:e|ing|ation)",
        r"pleased to (?:invite|offer|move|let you know that you|confirm your|inform you that you)",
        r"to (?:invite|offer you|move forward with you|meet you|speak with you|chat with you"
        r"|schedule|arrange|set up|progress you|move you)",
        r"congratulation",
    ),
    "schedule": (
        r"schedul",
        r"availab",
        r"calendar",
        r"time slot",
        r"calendly",
        r"zoom",
        r"book a (?:time|slot|call)",
    ),
    "offer": (
        r"offer (?:letter|of employment|pack)",
        r"start date",
        r"compensation",
        r"salary",
        r"sign the contract",
    ),
    "next": (r"next (?:step|stage|round|phase)", r"forward to the next", r"on to the next"),
    "received": (
        r"received (?:\w+ )?(?:application|cv|resume|submission)",
        r"receipt of (?:\w+ )?(?:application|cv|resume|submission)",
        r"application (?:\w+ )?(?:has been|was|is) (?:received|submitted|complete)",
        r"thank(?:s| you) for (?:applying|your application|your interest|submitting)",
    ),
    "review": (
        r"will (?:\w+ )?(?:review|be in touch|get back|contact|reach out|be reviewing"
        r"|let you know|update you)",
        r"under review",
        r"being reviewed",
        r"in the coming (?:days|weeks)",
        r"as soon as",
    ),
    "not_heard": (
        r"if you (?:do not|don't|have not|haven't|did not|didn't) (?:\w+ )?(?:hear|receive)",
        r"respond to (?:every|all|each)",
        r"reply to (?:every|all|each)",
        r"respond individually",
        r"only (?:be )?(?:contact|respond|reply)",
        r"volume of applications",
    ),
    "future": (
        r"on file",
        r"future (?:opportunit|role|opening|vacanc|position)",
        r"apply again",
        r"reapply",
        r"wish you",
        r"wishing you",
        r"endeavo",
        r"best of luck",
    ),
    "decision": (
        r"decid",
        r"decision",
        r"careful consideration",
        r"carefully",
        r"competitive",
        r"strong candidates",
        r"strong applicants",
    ),
}
_DECISION_RES = tuple(
    (kind, re.compile(pattern)) for kind, patterns in _DECISIONS.items() for pattern in patterns
)
_OTHER_RES = tuple(
    (kind, re.compile(pattern)) for kind, patterns in _OTHERS.items() for pattern in patterns
)

_NOREPLY_RE = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?@|mailer|bounce")
_ATS_RE = re.compile(
    r"greenhouse|lever\.co|hire\.lever|workday|myworkday|icims|smartrecruiters|ashby|taleo"
    r"|workable|bamboohr|jobvite|teamtailor|personio|linkedin|indeed|successfactors|recruitee"
    r"|jazzhr|breezy|pinpoint|talent|careers|recruit|jobs|hiring|hr@|people@"
)
_SUBJECT_APPLICATION_RE = re.compile(
    r"\b(?:application|candidacy|applying|your (?:\w+ )?application|update|regarding|status)\b"
)
_SUBJECT_PROGRESS_RE = re.compile(
    r"\b(?:interview|offer|invitation|invite|next steps?|schedul\w*|assessment|congratulations)\b"
)
_JOB_ANCHORS = (
    "candida",
    "interview",
    "recruit",
    "hiring",
    "vacanc",
    "position",
    "role",
    "job",
    "career",
    "talent",
    "resume",
    " cv",
    "applying",
    "applied",
)
_SENTENCE_END = ".!?\n;"

_DECISION_KINDS = tuple(_DECISIONS)
_OTHER_KINDS = tuple(_OTHERS)
FEATURE_NAMES: tuple[str, ...] = (
    *(f"decision:{k}" for k in _DECISION_KINDS),
    *(f"conditional:{k}" for k in _DECISION_KINDS),
    "decision stated as fact",
    "decision stated conditionally",
    "decision about you",
    "decision by we",
    "decision about your application",
    *(f"mentions:{k}" for k in _OTHER_KINDS),
    "sender no-reply",
    "sender recruiting system",
    "subject empty",
    "subject about application",
    "subject about progressing",
    "body length",
    "about a job",
)
_N = len(FEATURE_NAMES)
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
_FACT_INDEX = {k: _INDEX[f"decision:{k}"] for k in _DECISION_KINDS}
_COND_INDEX = {k: _INDEX[f"conditional:{k}"] for k in _DECISION_KINDS}
_OTHER_INDEX = {k: _INDEX[f"mentions:{k}"] for k in _OTHER_KINDS}
_CAP = 3.0  # counts saturate: a third mention says little more than the second


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The part of the sentence around text[start:end] before the match, and the whole sentence."""
    left = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    rights = [r for r in (text.find(c, end) for c in _SENTENCE_END) if r >= 0]
    right = min(rights) if rights else len(text)
    return text[left:start], text[left:right]


def _bounded(count: float) -> float:
    return min(count, _CAP) / _CAP


def document_features(subject: str, body: str, sender: str) -> NDArray[np.float32]:
    """The engineered features of one message, each in [0, 1], in FEATURE_NAMES order."""
    row = np.zeros(_N, dtype=np.float32)
    text = f"{subject}\n{body[:FEATURE_BODY_CHARS]}".lower().replace("\u2019", "'")
    counts = [0.0] * _N
    fact = cond = about_you = by_we = about_application = 0
    if not any(anchor in text for anchor in _JOB_ANCHORS):
        return _fill(row, subject, body, sender)
    row[_INDEX["about a job"]] = 1.0
    for kind, regex in _DECISION_RES:
        for match in regex.finditer(text):
            before, sentence = _sentence(text, match.start(), match.end())
            if kind != "regret" and _CONDITIONAL_RE.search(sentence):
                counts[_COND_INDEX[kind]] += 1
                cond += 1
                continue
            counts[_FACT_INDEX[kind]] += 1
            if kind == "regret":
                continue
            fact += 1
            about_you += bool(_YOU_RE.search(sentence))
            by_we += bool(_WE_RE.search(before))
            about_application += bool(_NOUN_RE.search(sentence))
    for kind, regex in _OTHER_RES:
        found = len(regex.findall(text))
        if found:
            counts[_OTHER_INDEX[kind]] += found
    for i, value in enumerate(counts):
        if value:
            row[i] = _bounded(value)
    row[_INDEX["decision stated as fact"]] = _bounded(fact)
    row[_INDEX["decision stated conditionally"]] = _bounded(cond)
    row[_INDEX["decision about you"]] = _bounded(about_you)
    row[_INDEX["decision by we"]] = _bounded(by_we)
    row[_INDEX["decision about your application"]] = _bounded(about_application)
    return _fill(row, subject, body, sender)


def _fill(row: NDArray[np.float32], subject: str, body: str, sender: str) -> NDArray[np.float32]:
    """The features read from the sender, the subject and the body's length."""
    lowered_sender = sender.lower()
    row[_INDEX["sender no-reply"]] = bool(_NOREPLY_RE.search(lowered_sender))
    row[_INDEX["sender recruiting system"]] = bool(_ATS_RE.search(lowered_sender))
    lowered_subject = subject.strip().lower()
    row[_INDEX["subject empty"]] = not lowered_subject
    row[_INDEX["subject about application"]] = bool(_SUBJECT_APPLICATION_RE.search(lowered_subject))
    row[_INDEX["subject about progressing"]] = bool(_SUBJECT_PROGRESS_RE.search(lowered_subject))
    row[_INDEX["body length"]] = min(len(body), 3000) / 3000
    return row


class DecisionFeatures(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Stateless: Documents (anything with subject, body, sender) -> FEATURE_NAMES columns."""

    def fit(self, docs: Sequence[_Doc], y: Any = None) -> DecisionFeatures:
        return self

    def transform(self, docs: Sequence[_Doc]) -> NDArray[np.float32]:
        matrix = np.zeros((len(docs), _N), dtype=np.float32)
        for i, doc in enumerate(docs):
            matrix[i] = document_features(doc.subject, doc.body, doc.sender)
        return matrix

    def get_feature_names_out(self, input_features: Any = None) -> NDArray[np.object_]:
        return np.asarray(FEATURE_NAMES, dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags
