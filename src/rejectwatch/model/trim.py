"""What a message says itself: its text without the quoted thread below it and the footers
around it (issue 11).

A person's reply in a thread carries the whole conversation underneath ("On Fri, Ilse
wrote:", an Outlook "From: / Sent: / To: / Subject:" block, "-----Original Message-----",
"> " lines); a careers-site mail carries an app advert, a job-alert list, a privacy notice
and an unsubscribe line. The classifier reads a bag of words, so the candidate's own quoted
"any update on the role?" or the employer's "jobs you may like" counts as much as the one
sentence that gives the decision, and pulls a refusal towards a follow-up or a job alert.
``new_text`` keeps what the sender wrote for this message:

* **quoted history**: everything from the first reply header on, and every line that starts
  with ">", is cut, provided what is left still says something (at least MIN_NEW_WORDS
  words). A forward is left whole: its point is the forwarded text (an agency recruiter
  passing on the hiring manager's decision with "see below, sorry!"). A forward is a
  "Forwarded message" / "Begin forwarded message" header in the body or a "Fw:"/"Fwd:"
  subject (Outlook forwards quote with the same From:/Sent: block as replies);
* **footers**: a paragraph (lines between blank lines) after the first that names the
  machinery of mass mail (unsubscribe, notification settings, privacy notice, copyright,
  "you are receiving this", "recommended for you", "jobs you may like", registered office,
  app-store adverts, talent-community sign-ups) is dropped, with a list paragraph (every line
  a bullet) right after a dropped one. A footer never follows a decision in its own
  paragraph, and a letter often closes its refusal paragraph with "follow us for future
  roles": a paragraph whose marker comes after a negation or decision cue
  (rejectwatch.model.negation), or a decision its readings give (a text message's plain
  "no start date for you this time" before "Txt STOP to opt out"), or that runs past
  FOOTER_MAX_WORDS words, is kept unless the marker opens it.

Pure functions over str; cheap substring checks first, so mail without quotes or footers
costs a few ``in`` tests.
"""

from __future__ import annotations

import re

from rejectwatch.model import negation
from rejectwatch.model.negation import has_cue
from rejectwatch.model.phrases import Phrases

__all__ = [
    "FOOTER",
    "FOOTER_MAX_WORDS",
    "MIN_NEW_WORDS",
    "QUOTED",
    "is_forward",
    "new_text",
    "strip_footers",
    "strip_quoted",
]

MIN_NEW_WORDS = 5
FOOTER_MAX_WORDS = 60

# A header that starts quoted history: Gmail/Apple ("On <date>, <name> wrote:", possibly
# wrapped over two lines), Outlook's "-----Original Message-----" and its From:/Sent: block
# (with or without the underscore rule above it), forwards.
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"(?:on|am|le|el|il|op) [^\n]{0,200}(?:\n[^\n]{0,120})?"
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)[ \t]*:[ \t]*$"
    r"|-{2,}[ \t]*(?:original message|forwarded message|message transféré)[ \t]*-{2,}"
    r"|begin forwarded message:"
    r"|_{10,}[ \t]*\n[ \t]*\*?(?:from|von|de|van):"
    # twenty-ninth pass, part T: not a text's own "From: 07700 900417" / "Sent: <date>" lines
    # (a landline's text mailed when nobody answered, an SMS gateway): a sender that is a
    # phone number and nothing else is no mail reply's header, and the text below is the message
    r"|\*?(?:from|von|de|van):\*?(?![ \t]*\+?[\d(][\d ().\-]{5,}[ \t]*\n)[^\n]*\n"
    r"(?:[^\n]*\n){0,2}[ \t]*\*?"
    r"(?:sent|date|gesendet|datum|envoy\u00e9|verzonden):"
    # seventeenth pass: a helpdesk ticket's earlier comment, under a rule and a line of its
    # author and time ("-----\nKeziah Haverford, Tuesday 20 January 2026 11:10", "Jane Doe,
    # Mar 3, 2024, 10:14 GMT+1"): the applicant's own "I haven't heard back" read as a refusal
    r"|-{10,}[ \t]*\n(?:[ \t]*\n)?[ \t]*(?-i:[A-Z][a-z'\u2019\-]+(?: [A-Z][a-z'\u2019\-]+){1,3})"
    r"(?: \([^)\n]{1,30}\))?, (?:[a-z]+,? )?(?:\d{1,2} [a-z]{3,9}\.?,? "
    r"\d{4}|[a-z]{3,9}\.? \d{1,2},? \d{4}),?(?: at)? \d{1,2}:\d{2}\b[^\n]{0,20}$"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
# Eighteenth pass: the same header after a line break, the break first. re finds no first
# character to skip ahead to in a pattern that opens with ^ (it tries every position of the
# text); one that opens with "\n" it looks for as a character (6.6 -> 3.6 us a message of
# ordinary mail). A header at the very start of the body is matched where it stands.
_HEADER_AFTER_BREAK = re.compile("\n" + _QUOTE_HEADER.pattern, _QUOTE_HEADER.flags)
# Cheap tests that a quote header may be there (most mail has none): "From:", "FROM:",
# "wrote:", the dashes of "-----Original Message-----", Outlook's underscore rule.
_QUOTE_HINTS = ("rom:", "ROM:", "wrote", "-----", "____", "orwarded", "schrieb", "crit", "Von:")
# ... all looked for in one pass (s15: the nine ``in`` tests, each a pass over the body, cost
# 4.5 us a message; the automaton 1.6 us)
_HINTS = Phrases(_QUOTE_HINTS)
# Only a subject that starts with Fw: is a forward: "Re: FW: ..." is a reply to one.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg)\s*:", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.MULTILINE)

# What marks a footer paragraph: plain lower-case substrings, found in one Aho-Corasick pass
# (rejectwatch.model.phrases; a regex alternation cost 0.25 ms a message, a str.find each 12 us).
_FOOTER_MARKERS = (
    "unsubscribe",
    "opt out",
    "opt-out",
    "preferences",
    "notification settings",
    "email settings",
    "privacy",  # policy, notice, statement
    "\u00a9",
    "copyright",
    "rights reserved",
    "follow us",
    "stay connected",
    # (thirty-seventh pass: the notice's own wording, never a deadline's "within seven days of
    # receiving this e-mail": that paragraph, dropped as a footer, hid a next step from the guard;
    # "re receiving this" stands in "you're", "you\u2019re" and "you are receiving this")
    "re receiving this",
    "receiving this because",
    "receiving this email because",
    "receiving this e-mail because",
    "receiving this message because",
    "why am i receiving",
    "this email was",
    "this message was",
    "registered office",
    "registered in",
    "jobs you m",  # may / might like
    "recommended for you",
    "recommended jobs",
    "similar jobs",
    "view more",
    "download",  # our app
    "app store",
    "talent community",
    "browser",  # view in browser
    "powered by",
    "equal opportunit",
    "browse",  # our open roles
    "read the latest",
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^[ \t]*(?:[*\-\u2022\u00b7>]|\d+[.)])[ \t]")


def is_forward(subject: str) -> bool:
    """Does ``subject`` mark a forward ("Fw:", "FWD:", "Re: Fwd:")?"""
    return _FORWARD_SUBJECT.search(subject) is not None


def _has_hint(body: str) -> bool:
    """Does one of _QUOTE_HINTS stand in ``body``? (Phrases takes lone surrogates too.)"""
    return _HINTS.occurs_in(body)


def _quote_header(body: str) -> tuple[int, int] | None:
    """(start, end) of the first match of _QUOTE_HEADER in ``body``, None if there is none."""
    found = _QUOTE_HEADER.match(body)
    if found is not None:
        return found.span()
    found = _HEADER_AFTER_BREAK.search(body)
    return None if found is None else (found.start() + 1, found.end())


def strip_quoted(body: str) -> str:
    """``body`` without the quoted history below a reply header and without "> " lines,
    unless that would leave fewer than MIN_NEW_WORDS words; a forward is left whole."""
    cut = body
    if _has_hint(body):
        header = _quote_header(body)
        if header is not None:
            start, end = header
            if "orward" in body[start:end]:
                return body
            cut = body[:start]
    if ">" in cut:
        cut = _QUOTED_LINE.sub("", cut)
    if cut is body:
        return body
    return cut if len(cut.split(maxsplit=MIN_NEW_WORDS)) > MIN_NEW_WORDS else body


def _is_list(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return bool(lines) and all(_BULLET.match(line) for line in lines[1:] or lines)


_FOOTER_AUTOMATON = Phrases(_FOOTER_MARKERS)


# (thirty-eighth pass, second round) A paragraph that opens on a signature rule, a line of two
# or three hyphens or a dash alone ("--", "-- ", "—"), and holds a footer marker is the footer
# however long it runs: a shop's or a broadcaster's footer of offers, alerts and notices after
# "--" kept a clear refusal above it under filing
_SIGNATURE_RULE = re.compile(r"[ \t]*(?:-{2,3}|\u2014|\u2013)[ \t]*\n")


def _footer_hits(lowered: str) -> list[int]:
    """Where each footer marker starts in ``lowered``, in text order."""
    return sorted(start for start, _, _ in _FOOTER_AUTOMATON.find(lowered))


def _gives_decision(text: str) -> bool:
    """Does ``text`` (what stands before a footer marker in a short paragraph with no cue
    phrase) give a decision read_cues reads? (twenty-fifth pass, part B: a text message's
    refusal in plain words, "our picking crew is full, no start date for you this time", in
    the one paragraph that ends "Txt STOP to opt out"). The reader's own outcome or the
    post's (READER_OUT, ROLE_GONE, STATUS_REFUSED); not another chosen, whose structural
    reading finds "another" beside a verb in any prose: a mailing list's "I performed another
    test copying the file to /root/Download" is no refusal. (Part S2: read by
    negation.reads_a_reader_decision, which answers a text with no cue and no outcome
    reading's gate word without reading its sentences.)"""
    return negation.reads_a_reader_decision(text)


def strip_footers(body: str) -> str:
    """``body`` without its footer paragraphs (see the module's docstring)."""
    lowered = body.lower()
    hits = _footer_hits(lowered)
    if not hits:
        return body
    # paragraph spans: (start, end) between blank lines
    spans, start = [], 0
    for gap in _PARAGRAPH.finditer(body):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(body)))
    kept: list[str] = []
    dropped_last = False
    hit = 0
    for index, (left, right) in enumerate(spans):
        while hit < len(hits) and hits[hit] < left:
            hit += 1
        paragraph = body[left:right]
        drop = False
        if index > 0 and hit < len(hits) and hits[hit] < right:
            before = body[left : hits[hit]]
            drop = (
                not before.strip()
                or _SIGNATURE_RULE.match(paragraph) is not None
                or (
                    len(paragraph.split()) <= FOOTER_MAX_WORDS
                    and not has_cue(before)
                    and not _gives_decision(before)
                )
            )
        elif index > 0 and dropped_last:
            drop = _is_list(paragraph)
        if not drop:
            kept.append(paragraph)
        dropped_last = drop
    if len(kept) == len(spans):
        return body
    return "\n\n".join(kept)


# Tokens that say what was cut, so the model still knows a reply quoted its thread or a
# mass mail carried footers (a newsletter's unsubscribe line is evidence too).
QUOTED = "xquoted"
FOOTER = "xfooter"


def new_text(body: str, subject: str = "") -> tuple[str, str]:
    """``(text, marks)``: what the sender wrote for this message (``body`` without quoted
    history and footers; a forward, by its ``subject`` or its header, keeps what it
    forwards), and the tokens QUOTED and FOOTER for what was cut."""
    unquoted = body if is_forward(subject) else strip_quoted(body)
    text = strip_footers(unquoted)
    marks = (QUOTED if unquoted is not body else "", FOOTER if text is not unquoted else "")
    return text, " ".join(mark for mark in marks if mark)
