"""Pure: a mail's subject without the marks mail clients and mail gateways put in front of it.

``core("RE: [EXT] Réf : AW: Ihre Bewerbung")`` -> ``"Ihre Bewerbung"``: reply and forward
prefixes in the languages rejectwatch reads (English, German, French, Spanish, Dutch) and a
few more that reach the same inboxes, with counters ("Re[2]:", "Re(3):", "Re^2:") and the
French space before the colon ("RE :", "Réf. :"); the tags a company's mail gateway adds
("[EXT]", "[External]", "EXTERNAL:", "*CAUTION*"); HTML entities an ATS left in ("&amp;");
an encoded word that was encoded twice; edge punctuation and empty brackets left behind.
What the subject says (a role, a requisition number) is kept: the reply is about it.

The reply draft's subject is ``"Re: " + core(subject)`` (RFC 5322 section 3.6.5: one "Re: ",
never stacked); :mod:`rejectwatch.crm.extract` reads company and role from the same core.
"""

from __future__ import annotations

import html
import re

from rejectwatch.mail.message import clean_header_text, decode_header_value

__all__ = ["core", "decoded"]

# Reply and forward prefixes. English re/fw/fwd; German aw/antwort/wg (weitergeleitet); French
# re/réf/tr (transféré); Spanish re/rv (reenviado)/res/resp; Dutch antw/doorst; Scandinavian
# sv/vs/vb/vl; Italian rif and Outlook's r (risposta) / i (inoltro); Polish odp/pd; Latvian
# atb; Turkish ynt/ilt; Portuguese enc; Chinese.
_WORDS = (
    r"re|aw|antw|antwort|sv|vs|vb|vl|ref|réf|rif|odp|atb|res|resp|ynt|fw|fwd|wg|tr|rv|doorst"
    r"|enc|r|i|pd|ilt|İlt|回复|答复|转发"
)
_PREFIX_RE = re.compile(
    r"^(?:" + _WORDS + r")\.?[ \t]*(?:\[\d+\]|\(\d+\)|\^\d+)?[ \t]*[:：][ \t]*", re.IGNORECASE
)
# A mail gateway's warning tag: "[EXT]", "[External]", "(EXTERNAL)", "*CAUTION*", "[SPAM]".
_GATEWAY = (
    r"ext|extern|external|external email|external e-mail|external sender|external message"
    r"|caution|caution external|warning|warning external|spam|suspected spam|possible spam"
    r"|suspicious|suspicious email|extern(?:e)? e-?mail|externe"
)
_TAG_RE = re.compile(
    r"^(?:\[(?:" + _GATEWAY + r")\]|\((?:" + _GATEWAY + r")\)|\*(?:" + _GATEWAY + r")\*)"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# ...or the same in capitals with a colon: "EXTERNAL: Your application" (capitals only, so
# that "External candidates: an update" stays).
_SHOUTED_TAG_RE = re.compile(r"^(?:EXTERNAL|EXT|CAUTION|WARNING|SPAM)[ \t]*[:：][ \t]*")
_TRAILING_FWD_RE = re.compile(r"[ \t]*[(\[](?:fwd|fw)[)\]]$", re.IGNORECASE)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
_EMPTY_BRACKETS_RE = re.compile(r"[ \t]*(?:\([\s\-–—:;,./|]*\)|\[[\s\-–—:;,./|]*\])")
_LEAD_RE = re.compile(r"^[\s\-–—|:;,./\\·•>]+")
_TRAIL_RE = re.compile(r"[\s\-–—|:;,/\\·•(\[<]+$")


def _strip_marks(value: str) -> str:
    """Take prefixes and gateway tags off the front, and what dangles off either end, until
    nothing more comes off."""
    while True:
        before = value
        for pattern in (_PREFIX_RE, _TAG_RE, _SHOUTED_TAG_RE, _LEAD_RE):
            value = pattern.sub("", value)
        value = _EMPTY_BRACKETS_RE.sub("", value)
        value = _TRAIL_RE.sub("", _TRAILING_FWD_RE.sub("", value))
        if value == before:
            return value


def decoded(value: str) -> str:
    """Undo what an ATS did twice: an encoded word inside the decoded text, an HTML entity
    ("&amp;", "&#39;"); repeated until nothing changes, so that :func:`core` is idempotent."""
    for _ in range(8):
        before = value
        if "=?" in value:
            value = clean_header_text(decode_header_value(value), 10_000)
        if "&" in value and _ENTITY_RE.search(value):
            value = clean_header_text(html.unescape(value), 10_000)
        if value == before:
            break
    return value


def core(subject: str, limit: int = 1000) -> str:
    """The subject without prefixes, gateway tags, entities and edge punctuation; may be "".

    At most *limit* characters, cut at the end (and the cut's edge punctuation taken off).
    """
    value = _strip_marks(decoded(clean_header_text(subject, 10_000)))
    return _strip_marks(clean_header_text(value, limit))
