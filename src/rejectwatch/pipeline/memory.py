"""Pure: a memory of the user's corrections, by template (issue 11, twenty-third pass, part O).

Retraining (rejectwatch.pipeline.retrain) moves later mail only when it shares wording the
model can use; a user who said "this is a rejection" or "this is not one" expects the next
message of the same template to go the same way. The memory holds the messages the user
labelled (the store's corrections: review items confirmed or dismissed, filed mail moved back;
and the ``train --from-imap`` examples) and says which of them a new message repeats.

A message **matches** an entry when

* its sender is the entry's employer (sender_key): the same registrable domain (mail.acme.co.uk
  and acme.co.uk are one), or, for an address of a hiring tool, job board, scheduler or relay
  many employers share (myworkdayjobs.com, greenhouse-mail.io, hire.lever.co ...), the same
  tool and the same employer on it: the tenant the tool writes in the address
  (rejectwatch.crm.senders.tenant: acme.wd5.myworkdayjobs.com -> "acme"), else the name its
  display shows ("Acme Talent <no-reply@greenhouse-mail.io>" -> "acme"); a tool's address with
  neither keys nothing (one employer's confirmed template never files another's mail on the
  same tool: twenty-fourth pass, part G), and
* their normalised texts are near-duplicates: the Jaccard similarity of their sets of
  SHINGLE-word shingles is at least NEAR, and neither holds more than MAX_APART shingles the
  other lacks (a long paragraph both share must not hide that their own sentences differ), and
  they hold the same POLAR words (a negation or a regret one has and the other lacks turns a
  sentence round: "is no longer being considered" / "is now being considered").

Normalising keeps the template and drops what a template fills in: what the sender wrote for
this message (no quoted history, no footers: rejectwatch.model.trim), the greeting line,
links and addresses gone, lower case, and every run of numbers and capitalised words inside
a sentence (a name, a role, a company, a date) one placeholder, with the small words that
join a name's parts (NAME_JOINS: "Assistant Professor of Nursing", "Técnico de Laboratorio";
twenty-eighth pass, part G: read as "_ of _", two employers' copies of one template filled
with other roles fell under CROSS_NEAR). So "Dear Anna,
... for the Data Analyst role ... on 3 March" and "Hi Bilal, ... for the Senior Backend
Engineer role ... on 14 May" read the same, while a hiring tool's refusal and its own
confirmation of receipt, which share the greeting, the company and the footer but not the
sentences in between, do not (see tests/test_memory.py: same-template pairs score 1.0 or
close; an ATS's refusal and its confirmation fail MAX_APART or score well under NEAR; NEAR =
0.8 leaves room for an edited phrase either way). A text of fewer than MIN_SHINGLES shingles
matches nothing: too little to tell templates apart.

**Another sender's template** (twenty-fourth pass, part Q). Hiring tools' default templates
go out from many employers nearly word for word, so an entry also matches a message from any
other sender (or from a shared tool's address that names no employer) when their texts are
the same template under a stricter bar: Jaccard at least CROSS_NEAR (0.9), at most
CROSS_APART (3) shingles apart either way, the same POLAR words, and both texts at least
CROSS_MIN_SHINGLES (10 shingles: 13 words) long. Since a word changed inside a text makes
SHINGLE (4) shingles of its own on each side, CROSS_APART = 3 lets no word differ anywhere
but in the first or last three words once names, roles, companies, dates and numbers are
placeholders: the two employers sent the same sentences. (The read slice 22's 70 two-copy
families, 68 of them from two employers: same-template pairs score 0.5 to 1.0, 20 of them
clear this bar; a tool's refusal and its own confirmation score 0.71 with different POLAR
words; no two different templates of the slice or the corpus clear it, see docs/model.md
section 7, part Q.) Another sender's subject line must hold the same SUBJECT_TURNS words as
the entry's (twenty-fourth pass, part U): a covering note ("please find attached a letter
about your application") is one body under "Unsuccessful application" and "Interview
invitation". A same-sender match is preferred: another sender's entries are asked only
when none of the message's own sender matches. What the scan does with either is the same
(workers.recall_for: a rejection's match is dropped when the guard or the gate protects the
message; a dismissed template's sibling stays in the inbox); the log says which it was
(Match.describe: "... another sender's template ...").

When several entries match, the most similar wins; at equal similarity, the newest (the
user's latest word). What the scan does with a match is pipeline/scan.py's business.

**One frame, two meanings** (twenty-fifth pass, part M). A hiring tool's receipt and its refusal
may share every sentence but one ("Your application ... has been received" / "... has been
rejected. We will keep your details in our talent pool ..."): 0.88 by the lenient bar, the same
POLAR words, and neither the guard nor the gate holds the receipt. So a match also needs the two
messages to read alike: the rules read a decision token in both or in neither (`decided`: the
reader out, another chosen, the role gone, a status refused; an entry's is read the first time
it is matched, a message's by workers.recall_for in the views it reads anyway), whichever
sender's the entry is. A
receipt the user confirmed by mistake still files its own sender's copies (neither reads a
decision); a refusal the rules miss matches its copies as before. What the rules miss in both
(a refusal in words they do not read, one sentence from a receipt) this cannot tell apart.

**The sender's own names** (twenty-fifth pass, part M2). A short template's sign-off names the
company, and often the signer, at a line's start, where they read as words: two employers'
copies of one refusal then differ only there, a few shingles that weigh a lot in a short text
(under CROSS_NEAR for a text of fewer than 57 shingles), or one word inside ("... your
interest in Acme."). So a message is read with its own sender's names as placeholders too
(`own_names`: the From display name's words, the domain's own name or a shared tool's tenant,
a word that begins it): a template filled with two employers' names reads as one text. Every
other guard stands: the same SUBJECT_TURNS words, the same decision reading, CROSS_MIN_SHINGLES,
CROSS_APART and CROSS_NEAR, and no receipt filed by another sender's template (workers.recall_for).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rejectwatch.crm import senders
from rejectwatch.crm.decorations import strip_display
from rejectwatch.crm.senders import registrable_domain
from rejectwatch.model.corpus import NEGATIVE, POSITIVE

__all__ = [
    "CROSS_APART",
    "CROSS_MIN_SHINGLES",
    "CROSS_NEAR",
    "MAX_APART",
    "MIN_SHINGLES",
    "NAME_JOINS",
    "NEAR",
    "NOT_REJECTION",
    "POLAR",
    "REJECTION",
    "SHINGLE",
    "SUBJECT_TURNS",
    "Entry",
    "Match",
    "Memory",
    "OwnNames",
    "Reading",
    "decided",
    "entry",
    "own_names",
    "read",
    "reads_decision",
    "sender_domain",
    "sender_key",
    "similarity",
    "subject_turns",
]

REJECTION = POSITIVE  # the labels of the user's word: the classifier's
NOT_REJECTION = NEGATIVE
SHINGLE = 4  # words a shingle
NEAR = 0.8  # Jaccard similarity of two texts' shingles from which they are one template
MIN_SHINGLES = 3  # a text with fewer matches nothing
# ... and at most this many shingles of either text may be missing from the other: a long
# shared paragraph (an "about us", a legal notice trim does not know) cannot lift a refusal
# and a confirmation of one tool over NEAR when their own sentences differ (a changed run of
# k words makes k + SHINGLE - 1 shingles of its own: 8 is a changed run of five words)
MAX_APART = 8
# Another sender's template (part Q, see the module's doc): nearer, closer and longer
CROSS_NEAR = 0.9
CROSS_APART = 3  # fewer than SHINGLE: no word changed inside the text
CROSS_MIN_SHINGLES = 10

_ADDRESS = re.compile(r"[^\s<>\"'(),;:@]+@([^\s<>\"'(),;:@]+)")
# a word (letters, or a number: "14/05/2026" is one), or a sentence's end
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,:/-]\d+)*|[.!?:;\n]")
_ENDS = frozenset(".!?:;\n")
_GREETING = re.compile(
    r"^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|hallo|hej|bonjour"
    r"|beste|liebe|lieber|sehr geehrte|cher|chère|estimad[oa]|hola|olá|caro|cara|ciao)\b",
    re.I,
)
_PLACEHOLDER = "_"
# Small words that join the parts of one name inside a sentence ("Assistant Professor of
# Nursing", "Head of Student Services", "Lecturer in Economics and Finance", "Técnico de
# Laboratorio"): between two placeholders of one sentence, the three are one placeholder, as a
# name without one is (twenty-eighth pass, part G).
NAME_JOINS = frozenset(
    {"of", "in", "for", "and", "de", "del", "della", "di", "da", "do", "du", "des", "la", "le"}
    | {"der", "den", "van", "von", "voor", "für", "y", "e", "et", "und", "og", "och"}
)
_LINKS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+", re.I)
# The words that turn a sentence round: two texts whose sets of them differ never match, however
# alike ("your application is no longer being considered" / "is now being considered" differ
# by two words, in three shingles of each). Negations and regrets, in the languages the model
# reads most; a word ending in "n't" counts too.
POLAR = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "none",
        "nothing",
        "cannot",
        "unable",
        "unfortunately",
        "regret",
        "regrettably",
        "regretfully",
        "unsuccessful",
        "longer",
        "declined",
        "decline",
        "sadly",
        "instead",
        "other",
        "others",
        "nicht",
        "kein",
        "keine",
        "keinen",
        "leider",
        "absage",
        "pas",
        "ne",
        "malheureusement",
        "aucune",
        "niet",
        "geen",
        "helaas",
        "lamentablemente",
        "ningún",
        "ninguna",
        "non",
        "purtroppo",
        "inte",
        "tyvärr",
        "ikke",
        "desværre",
        "dessverre",
        "ej",
    ]
)


# The subject's words that say what a covering note's body does not (twenty-fourth pass, part U):
# "Please find attached a letter about your application" is one body under "Unsuccessful
# application" and under "Interview invitation". Another sender's template matches only when
# the two subjects hold the same of these (its own sender's subject lines are its business).
SUBJECT_TURNS = POLAR | frozenset(
    [
        "interview",
        "interviews",
        "invitation",
        "invite",
        "invited",
        "offer",
        "assessment",
        "shortlisted",
        "congratulations",
        "successful",
        "next",
    ]
)


def subject_turns(subject: str) -> frozenset[str]:
    """The SUBJECT_TURNS words of a subject line (a word ending in "n't" counts too)."""
    words = (token.lower() for token in _TOKEN.findall(subject))
    return frozenset(w for w in words if w in SUBJECT_TURNS or w.endswith(("n't", "n’t")))


class Reading(NamedTuple):
    """What the memory reads of a text: its shingles, and which POLAR words it holds."""

    shingles: frozenset[int]
    polar: frozenset[str]


@dataclass(frozen=True, slots=True)
class Entry:
    """One labelled message, as the memory keeps it."""

    label: str  # REJECTION or NOT_REJECTION
    domain: str  # whom it stands for (sender_key): a registrable domain, or "tool:employer"
    reading: Reading
    when: str = ""  # when the user said so (ISO date), "" when unknown (training folders)
    source: str = ""  # "review" (confirmed, dismissed, moved back) or "training"
    subject: str = ""
    # what the message said, for `decides` (read only once the entry is matched)
    body: str = field(default="", repr=False, compare=False)
    sender: str = field(default="", repr=False, compare=False)
    # the subject's SUBJECT_TURNS words, read once (twenty-fifth pass, part M)
    turns: frozenset[str] = field(init=False, repr=False, compare=False)
    _decides: list[bool] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "turns", subject_turns(self.subject))
        object.__setattr__(self, "_decides", [])

    @property
    def decides(self) -> bool:
        """Whether the rules read a decision token in the message (`decided`);
        read the first time it is asked, then kept."""
        if not self._decides:
            self._decides.append(decided(self.subject, self.body, self.sender))
        return self._decides[0]

    def describe(self) -> str:
        """ "like a message you confirmed on 2026-11-03", for the log."""
        said = "confirmed" if self.label == REJECTION else "dismissed"
        if self.source == "training":
            folder = "rejections" if self.label == REJECTION else '"not a rejection"'
            return f"like a message you sorted into your {folder} folder"
        return (
            f"like a message you {said} on {self.when[:10]}"
            if self.when
            else (f"like a message you {said}")
        )


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    similarity: float
    foreign: bool = False  # the entry is another sender's: the same template, another employer

    @property
    def label(self) -> str:
        return self.entry.label

    @property
    def is_rejection(self) -> bool:
        """Whether the message it repeats is one the user called a rejection."""
        return self.entry.label == REJECTION

    def describe(self) -> str:
        if self.foreign:
            return (
                f"{self.entry.describe()}, another sender's template "
                f"({self.entry.domain}; similarity {self.similarity:.2f})"
            )
        return f"{self.entry.describe()} (similarity {self.similarity:.2f})"


def sender_domain(sender: str) -> str:
    """The registrable domain of the address in *sender* (an address or a "Name <addr>"
    line); "" without one."""
    found = _ADDRESS.findall(sender)
    if not found:
        return ""
    domain = found[-1].strip(".").lower()
    return registrable_domain(domain) if "." in domain else ""


def sender_key(sender: str) -> str:
    """Whom a message from *sender* (an address or a "Name <addr>" line) speaks for, as the
    memory keys it: the registrable domain of its address; for an address of a tool many
    employers share (rejectwatch.crm.senders.system_for), "tool:employer" with the employer
    the tool writes in the address (senders.tenant), else the one its display name shows
    (decorations.strip_display: "Acme via Greenhouse", "Acme Talent" -> "acme"); "" when there
    is no address, or a shared tool's address names no employer."""
    domain = sender_domain(sender)
    if not domain:
        return ""
    address = [m.group(0) for m in _ADDRESS.finditer(sender)][-1]  # as sender_domain reads it
    system = senders.system_for(address)
    if system is None:
        return domain
    employer = senders.tenant(address)
    if not employer and "<" in sender:
        name, _ = strip_display(sender.rsplit("<", 1)[0])
        employer = " ".join(name.lower().split())
    return f"{system.name.lower()}:{employer}" if employer else ""


class OwnNames(NamedTuple):
    """A sender's own names, as its mail may write them (see `own_names`)."""

    words: frozenset[str]  # the display name's words, the domain's name, a tool's tenant
    labels: tuple[str, ...]  # the domain's name and the tenant, as the address writes them


_NO_OWN = OwnNames(frozenset(), ())
# a word that turns a sentence or a subject round is never a name to hide ("Not Ltd"), nor is
# a team's word a display may keep ("Wattle Creek Recruitment"): another employer's copy of the
# template writes it too
_NEVER_OWN = (
    POLAR
    | SUBJECT_TURNS
    | frozenset(
        [
            "recruitment",
            "recruiting",
            "recruiter",
            "recruiters",
            "staffing",
            "employment",
            "careers",
            "career",
            "talent",
            "acquisition",
            "hiring",
            "jobs",
            "job",
            "team",
            "people",
            "human",
            "resources",
            "hr",
            "the",
        ]
    )
)


def own_names(sender: str) -> OwnNames:
    """The words by which a message from *sender* (a "Name <addr>" line) names its own
    sender (twenty-fifth pass, part M2): the words of the display name once decorations are
    off (decorations.strip_display: "Jasper Oduro", "Quenby Health" of "Quenby Health
    Recruiting"; capitalised words only, so no "of"), and the domain's own name (acme of
    careers.acme.co.uk; for a shared tool's address the tenant it writes, senders.tenant:
    acme of acme.wd5.myworkdayjobs.com, never the tool's). A word of four letters or more that
    begins the domain's name counts too: "Dawes" of dawesroofing. Hiding a word in one text
    only makes it differ from another employer's copy the more; POLAR and SUBJECT_TURNS words
    are no one's name (and the decision tokens are read from the message as it came)."""
    found = list(_ADDRESS.finditer(sender))
    if not found:
        return _NO_OWN
    labels: list[str] = []
    domain = sender_domain(sender)
    if domain:
        address = found[-1].group(0)
        if senders.system_for(address) is None:
            labels += re.split(r"[\W\d_]+", domain.split(".", 1)[0])
        else:
            labels += re.split(r"[\W\d_]+", senders.tenant(address))
    named = tuple(label for label in labels if len(label) >= 3)
    words = set(named)
    if "<" in sender:
        name, _ = strip_display(sender.rsplit("<", 1)[0])
        words |= {t.lower() for t in _TOKEN.findall(name) if len(t) > 1 and t[0].isupper()}
    words -= _NEVER_OWN
    return OwnNames(frozenset(words), named)


def _is_own(word: str, own: OwnNames) -> bool:
    base = re.split(r"['’]", word, maxsplit=1)[0]  # "orchardly's"
    if base in _NEVER_OWN:
        return False
    return base in own.words or (
        len(base) >= 4 and any(label.startswith(base) for label in own.labels)
    )


def _without_greeting(text: str) -> str:
    lines = text.lstrip().split("\n", 1)
    if lines and _GREETING.match(lines[0]) and len(lines[0].split()) <= 6:
        return lines[1] if len(lines) > 1 else ""
    return text


def _words(text: str, own: OwnNames = _NO_OWN) -> list[str]:
    """The normalised words of *text* (see the module's doc); *own*: its sender's own names,
    placeholders too (`own_names`)."""
    out: list[str] = []
    start = True  # at the start of a sentence
    joining = False  # out[-1] is a NAME_JOINS word after a placeholder of this sentence
    for token in _TOKEN.findall(_LINKS.sub(" ", text)):
        if token in _ENDS:
            start, joining = True, False
            continue
        if token[0].isdigit() or (token[0].isupper() and not start):
            word = _PLACEHOLDER  # a number, a name, a role, a date: what a template fills in
        else:
            word = token.lower()
            if own.words and _is_own(word, own):
                word = _PLACEHOLDER  # the sender's own name: what another employer's copy fills
        first, start = start, False
        if word == _PLACEHOLDER and joining:
            out.pop()  # "Professor of Nursing", "Técnico de Laboratorio": one name
            joining = False
            continue
        if word == _PLACEHOLDER and out and out[-1] == _PLACEHOLDER:
            continue  # "Senior Backend Engineer", "3 March 2026", "14/05/2026": one
        joining = not first and word in NAME_JOINS and bool(out) and out[-1] == _PLACEHOLDER
        out.append(word)
    return out


def read(body: str, subject: str = "", *, sender: str = "") -> Reading:
    """The shingles (as stable hashes) and POLAR words of what the sender wrote in *body*;
    *sender*: its "Name <addr>" line, whose own names are placeholders (`own_names`)."""
    # the readings (numpy and the model's readers, 0.3 s), imported once there is a text to
    # read: a scan whose memory is empty (no corrections, no training folders) never needs
    # them in its own process, where importing them would hold back its first worker
    from rejectwatch.model.features import BODY_CHARS  # noqa: PLC0415
    from rejectwatch.model.markup import readable  # noqa: PLC0415
    from rejectwatch.model.trim import new_text  # noqa: PLC0415

    written = new_text(readable(body, BODY_CHARS), subject)[0]
    words = _words(_without_greeting(written), own_names(sender) if sender else _NO_OWN)
    shingles = frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    )
    polar = frozenset(w for w in words if w in POLAR or w.endswith(("n't", "n’t")))
    return Reading(shingles, polar)


def decided(subject: str, body: str, sender: str) -> bool:
    """Whether the model's rules read a decision in a message: a decision token (gate.DECISIONS:
    the reader out, another chosen, the role gone, a status refused) among the marks of its
    text view. A same-template match holds only between two messages that agree on it
    (workers.recall_for; twenty-fifth pass, part M)."""
    from rejectwatch.model.features import Document, documents_to_views  # noqa: PLC0415

    return reads_decision(documents_to_views([Document(subject, body, sender)])[0][0])


def reads_decision(text: str) -> bool:
    """`decided`, of a message's text view as features.documents_to_views makes it (its marks
    are its last line)."""
    from rejectwatch.model.gate import DECISIONS  # noqa: PLC0415

    return not DECISIONS.isdisjoint(text.rsplit("\n", 1)[-1].split())


def similarity(a: Reading, b: Reading, *, foreign: bool = False) -> float:
    """Jaccard similarity of two texts' shingles; 0.0 when either is too short to tell, when
    either holds more than MAX_APART shingles the other lacks (see MAX_APART), or when their
    POLAR words differ. *foreign*: by the bar for another sender's template, CROSS_MIN_SHINGLES
    and CROSS_APART instead (the caller compares with CROSS_NEAR)."""
    x, y = a.shingles, b.shingles
    least, apart = (CROSS_MIN_SHINGLES, CROSS_APART) if foreign else (MIN_SHINGLES, MAX_APART)
    if len(x) < least or len(y) < least or a.polar != b.polar:
        return 0.0
    if len(x - y) > apart or len(y - x) > apart:
        return 0.0
    return len(x & y) / len(x | y)


def entry(
    label: str, sender: str, subject: str, body: str, *, when: str = "", source: str = ""
) -> Entry | None:
    """An entry for a labelled message; None when it cannot match anything (no sender
    key, no label, too little text)."""
    domain = sender_key(sender)
    if label not in (REJECTION, NOT_REJECTION) or not domain:
        return None
    found = read(body, subject, sender=sender)
    if len(found.shingles) < MIN_SHINGLES:
        return None
    return Entry(
        label, domain, found, when=when, source=source, subject=subject, body=body, sender=sender
    )


class Memory:
    """The entries, by sender_key: a message from a domain (or a shared tool's employer) the
    user never labelled is read only when some entry is long enough to stand for another
    sender's template (CROSS_MIN_SHINGLES), and compared only with entries of about its size."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._by_domain: dict[str, list[Entry]] = {}
        for item in entries:
            self._by_domain.setdefault(item.domain, []).append(item)
        # the entries another sender's message may match, by their number of shingles
        self._by_size: dict[int, list[Entry]] = {}
        for items in self._by_domain.values():
            for item in items:
                size = len(item.reading.shingles)
                if size >= CROSS_MIN_SHINGLES:
                    self._by_size.setdefault(size, []).append(item)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_domain.values())

    @staticmethod
    def key(sender: str) -> str:
        """sender_key(*sender*): whom the memory takes a message from *sender* to speak for."""
        return sender_key(sender)

    def knows(self, sender: str, *, key: str | None = None) -> bool:
        """Whether any entry comes from *sender*'s domain (or shared tool's employer: pass the
        "Name <addr>" line, the display may name the employer). *key*: sender_key(sender),
        when the caller has worked it out (a scan asks `knows` and `match` of one message)."""
        if not self._by_domain:
            return False
        return (sender_key(sender) if key is None else key) in self._by_domain

    def foreign(self) -> bool:
        """Whether any entry may match another sender's message (see the module's doc): then
        every message is worth asking about, not only those of the senders it knows."""
        return bool(self._by_size)

    def match(
        self, sender: str, body: str, subject: str = "", *, key: str | None = None
    ) -> Match | None:
        """The entry the message repeats, if any (see the module's doc): of its own sender's
        entries, else of another sender's by the stricter bar. *key*: as for `knows`."""
        if not self._by_domain:
            return None
        if key is None:
            key = sender_key(sender)
        own = self._by_domain.get(key, []) if key else []
        if not own and not self._by_size:
            return None
        mine = read(body, subject, sender=sender)
        best = _best(mine, own, NEAR, foreign=False)
        if best is not None or len(mine.shingles) < CROSS_MIN_SHINGLES:
            return best
        size = len(mine.shingles)
        others = [
            item
            for n in range(size - CROSS_APART, size + CROSS_APART + 1)
            for item in self._by_size.get(n, ())
            if not key or item.domain != key
        ]
        turns = subject_turns(subject)
        others = [item for item in others if item.turns == turns]
        return _best(mine, others, CROSS_NEAR, foreign=True)


def _best(mine: Reading, candidates: Iterable[Entry], bar: float, *, foreign: bool) -> Match | None:
    """The most similar of *candidates* at *bar* or above (the newest at equal similarity)."""
    best: Match | None = None
    for item in candidates:
        score = similarity(mine, item.reading, foreign=foreign)
        if score < bar:
            continue
        if best is None or (score, item.when) >= (best.similarity, best.entry.when):
            best = Match(item, score, foreign)
    return best
