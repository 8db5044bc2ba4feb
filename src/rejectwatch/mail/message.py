"""Pure: raw RFC 822 bytes -> an immutable :class:`Mail` value.

Nothing here does I/O. :func:`parse` accepts any bytes at all and never raises: problems it
meets (bad MIME, broken transfer encodings, unknown charsets, ...) are recorded by short name
in :attr:`Mail.defects` so that callers can log them, instead of being swallowed.

We parse with the stdlib ``compat32`` policy because it is several times faster than
``policy.default`` and never raises on malformed input; header values are decoded by our own
tolerant RFC 2047 decoder (:func:`decode_header_value`).
"""

from __future__ import annotations

import binascii
import codecs
import dataclasses
import email
import email.errors
import email.message
import email.parser
import email.utils
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.policy import compat32
from types import MappingProxyType
from typing import Any

from selectolax.lexbor import LexborHTMLParser

__all__ = [
    "Address",
    "Mail",
    "clean_header_text",
    "decode_bytes",
    "decode_header_value",
    "html_to_text",
    "normalise_address",
    "normalise_message_id",
    "parse",
]

MAX_DEPTH = 20
MAX_PARTS = 200
MAX_HEADER_CHARS = 1000  # subject / display names longer than this are cut
MAX_ADDRESSES = 100
MAX_ADDRESS_HEADER_CHARS = 8000
MAX_REFERENCES = 100
MAX_DEFECTS = 50
EXTRA_HEADERS = ("list-id", "list-unsubscribe", "auto-submitted", "precedence", "x-mailer")
SINGLETON_HEADERS = ("from", "subject", "message-id", "date", "reply-to", "in-reply-to")


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: a cleaned display name and a conservative addr-spec ("" when unusable)."""

    name: str
    address: str

    def formatted(self) -> str:
        """``Name <addr>`` (RFC 2047-encoded when needed) or ``addr``; safe inside a header."""
        if not self.address:
            return clean_header_text(self.name)
        return email.utils.formataddr((clean_header_text(self.name), self.address))


@dataclass(frozen=True, slots=True)
class Mail:
    """The parts of one message that rejectwatch reasons about. Immutable; no I/O behind it."""

    message_id: str
    subject: str
    sender: Address
    reply_to: Address | None
    to: tuple[Address, ...]
    date: datetime | None
    in_reply_to: str
    references: tuple[str, ...]
    text: str
    truncated: bool
    defects: tuple[str, ...]
    headers: Mapping[str, str]
    # The message was truncated inside the part the text comes from (so more text may follow);
    # False when the cut fell in a later part, e.g. an attachment after the text.
    text_cut: bool = False

    @property
    def sender_line(self) -> str:
        """Readable ``Name <addr>`` (not RFC 2047-encoded) for the classifier."""
        name, addr = self.sender.name, self.sender.address
        if name and addr:
            return f"{name} <{addr}>"
        return name or addr

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle support (the scan's worker processes return Mail values)."""
        values = [getattr(self, name) for name in _MAIL_FIELDS]
        values[_HEADERS_AT] = dict(self.headers)
        return _rebuild_mail, tuple(values)


def _rebuild_mail(*values: Any) -> Mail:
    fields = dict(zip(_MAIL_FIELDS, values, strict=True))
    fields["headers"] = MappingProxyType(fields["headers"])
    return Mail(**fields)


_MAIL_FIELDS = tuple(f.name for f in dataclasses.fields(Mail))
_HEADERS_AT = _MAIL_FIELDS.index("headers")


# --------------------------------------------------------------------------- text cleaning

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")
_WS_RE = re.compile(r"\s+")


def clean_header_text(value: str, limit: int = MAX_HEADER_CHARS) -> str:
    """One line, no control characters, single spaces, at most *limit* characters."""
    value = _CONTROL_RE.sub("", value)
    value = _WS_RE.sub(" ", value).strip()
    if len(value) > limit:
        value = value[:limit].rstrip()
    return value


# --------------------------------------------------------------------------- charsets

_CHARSET_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "us-ascii": "utf-8",  # mislabelled 8-bit text is usually UTF-8; ASCII is a subset anyway
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "iso-8859-1": "cp1252",  # as browsers do (WHATWG): latin-1 labels mean windows-1252
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "big5": "big5hkscs",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "",
    "unknown-8bit": "",
}
# Text codecs that are not mail charsets or do not honour errors="replace".
_REFUSED_CODECS = frozenset(
    {"idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined", "mbcs", "oem"}
)


@functools.lru_cache(maxsize=256)
def _codec_for(charset: str) -> str:
    """Python codec name for a declared charset, or "" when unknown/unusable."""
    label = charset.strip().strip("\"'").lower()
    if label in _CHARSET_ALIASES:
        return _CHARSET_ALIASES[label]
    if not label or len(label) > 40:
        return ""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return ""
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return ""
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode *data*: declared charset -> utf-8 -> windows-1252 (replace).

    Returns the text and a defect name (``unknown-charset:X`` or ``charset-mismatch:X``) or None.
    """
    declared = (charset or "").strip().lower()
    codec = _codec_for(declared) if declared else "utf-8"
    defect: str | None = None
    if declared and not codec:
        defect = f"unknown-charset:{clean_header_text(declared, 40)}"
    if codec:
        try:
            return data.decode(codec), None
        except (UnicodeError, LookupError, ValueError):
            defect = f"charset-mismatch:{clean_header_text(declared or 'none', 40)}"
    if codec != "utf-8":
        try:
            return data.decode("utf-8"), defect
        except UnicodeError:
            pass
    if codec and codec not in ("utf-8", "cp1252"):
        try:
            return data.decode(codec, errors="replace"), defect
        except (UnicodeError, LookupError, ValueError):
            pass
    return data.decode("cp1252", errors="replace"), defect


def _unsurrogate(value: str) -> str:
    """Turn the surrogate-escaped raw 8-bit bytes the stdlib parser leaves into text."""
    if not _SURROGATE_RE.search(value):
        return value
    try:
        raw = value.encode("utf-8", errors="surrogateescape")
    except UnicodeError:  # lone surrogates that did not come from raw bytes
        return _SURROGATE_RE.sub("\ufffd", value)
    return decode_bytes(raw, None)[0]


_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


# --------------------------------------------------------------------------- RFC 2047

_ENCODED_WORD_RE = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS_RE = re.compile(r"[ \t\r\n]*")
_QP_HEADER_RE = re.compile(rb"=([0-9A-Fa-f]{2})")


def _decode_word(encoding: str, payload: str) -> bytes:
    data = payload.encode("ascii", errors="ignore")
    if encoding in "bB":
        data = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
        data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data
        data += b"=" * (-len(data) % 4)
        try:
            return binascii.a2b_base64(data)
        except (binascii.Error, ValueError):
            return b""
    data = data.replace(b"_", b" ")
    return _QP_HEADER_RE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def decode_header_value(value: str | bytes) -> str:
    """Decode an RFC 2047 header value tolerantly; also handles raw 8-bit bytes.

    Whitespace between adjacent encoded words is dropped, as the RFC says; adjacent words in the
    same charset are decoded together so that a character split between two words survives.
    The result is *not* cleaned: callers decide whether to fold it (see clean_header_text).
    """
    value = decode_bytes(value, None)[0] if isinstance(value, bytes) else _unsurrogate(value)
    if "=?" not in value:
        return value
    out: list[str] = []
    pos = 0
    pending: list[bytes] = []
    pending_charset = ""

    def flush() -> None:
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset.split("*", 1)[0])[0])
            pending.clear()

    for match in _ENCODED_WORD_RE.finditer(value):
        gap = value[pos : match.start()]
        if gap and not (pending and _BETWEEN_WORDS_RE.fullmatch(gap)):
            flush()
            out.append(gap)
        charset = match.group(1).lower()
        if pending and charset != pending_charset:
            flush()
        pending_charset = charset
        pending.append(_decode_word(match.group(2), match.group(3)))
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- ids, addresses

_MSGID_RE = re.compile(r"<([^<>\s]{1,500})>")
_MSGID_CHARS_RE = re.compile(r"[!-~]+")  # printable ASCII, no space


def normalise_message_id(value: str) -> str:
    """``<id@host>`` from a Message-ID-ish value, or "" when there is nothing usable."""
    ids = _message_ids(value, limit=1)
    return ids[0] if ids else ""


def _message_ids(value: str, limit: int) -> list[str]:
    value = _CONTROL_RE.sub("", value)
    found: list[str] = []
    for match in _MSGID_RE.finditer(value):
        inner = match.group(1)
        # An encoded word is legal in an id but decodes (stdlib, some clients) to anything,
        # CR/LF included: it would hide a header in a reply's In-Reply-To.
        if _MSGID_CHARS_RE.fullmatch(inner) and not _ENCODED_WORD_RE.search(inner):
            found.append(f"<{inner}>")
            if len(found) >= limit:
                break
    if not found:
        bare = value.strip()
        if (
            bare
            and "@" in bare
            and len(bare) <= 500
            and "<" not in bare
            and ">" not in bare
            and _MSGID_CHARS_RE.fullmatch(bare)
            and not _ENCODED_WORD_RE.search(bare)
        ):
            found.append(f"<{bare}>")
    return found


_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?")


def normalise_address(value: str) -> str:
    """A conservative, header-safe addr-spec with a lowercased domain, or ""."""
    value = value.strip()
    if value.count("@") != 1 or len(value) > 254:
        return ""
    local, domain = value.split("@")
    domain = domain.rstrip(".")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    if not _LOCAL_RE.fullmatch(local) or not _DOMAIN_RE.fullmatch(domain):
        return ""
    if "=?" in local:  # an RFC 2047 encoded-word is never allowed inside an addr-spec
        return ""
    return f"{local}@{domain.lower()}"


# The common shapes, `Name <a@b>`, `"Name" <a@b>` and `a@b`, parsed without the general parser.
_SIMPLE_ADDRESS_RE = re.compile(
    r'\s*(?:"([^"\\]*)"|([^"<>,;:\\()@]*?))\s*<([^<>\s@,;"]+@[^<>\s@,;"]+)>\s*'
    r'|\s*([^<>\s@,;"()]+@[^<>\s@,;"()]+)\s*'
)


# The same From and To values come back message after message (the To is the user's own
# address): each is read once. An Address is frozen, so a kept one is as good as a new one.
@functools.lru_cache(maxsize=4096)
def _simple_address(value: str) -> Address | None:
    match = _SIMPLE_ADDRESS_RE.fullmatch(value)
    if match is None:
        return None
    quoted, bare, bracketed, alone = match.groups()
    name = quoted if quoted is not None else bare or ""
    if "=?" in name:
        name = decode_header_value(name)
    clean_name = clean_header_text(name).strip("\"' ")
    clean_addr = normalise_address(bracketed or alone or "")
    return Address(clean_name, clean_addr)


def _addresses(values: list[str], defects: list[str]) -> list[Address]:
    if not values:
        return []
    if len(values) == 1 and len(values[0]) < 400:
        simple = _simple_address(_unsurrogate(values[0]))
        if simple is not None:
            return [simple] if simple.name or simple.address else []
    texts = [_unsurrogate(v) for v in values]
    if sum(map(len, texts)) > MAX_ADDRESS_HEADER_CHARS:  # keep getaddresses' time bounded
        joined = ", ".join(texts)[:MAX_ADDRESS_HEADER_CHARS]
        texts = [joined.rsplit(",", 1)[0]]
        defects.append("long-address-header")
    try:
        pairs = email.utils.getaddresses(texts)
    except (ValueError, IndexError, TypeError) as e:  # the stdlib parser has had such bugs
        defects.append(f"bad-address-header:{type(e).__name__}")
        return []
    result: list[Address] = []
    for name, addr in pairs[:MAX_ADDRESSES]:
        clean_name = clean_header_text(decode_header_value(name)).strip("\"' ")
        clean_addr = normalise_address(_CONTROL_RE.sub("", addr))
        if clean_name or clean_addr:
            result.append(Address(clean_name, clean_addr))
    return result


# --------------------------------------------------------------------------- dates


# A Date header outside these bounds is a broken mailer's (year 201 or 9999, the zero
# timestamp of 1970, a clock a month fast), read as no date: the scan then goes by the
# server's INTERNALDATE, as for an unreadable one. A little ahead is a sender's clock.
EARLIEST_DATE = datetime(1980, 1, 1, tzinfo=UTC)
AHEAD_AT_MOST = timedelta(days=2)
# A four-digit year with a leading zero ("0024"), which parsedate would read as 2024.
_ZERO_YEAR_RE = re.compile(r"(?<![\d:+-])0\d{3}(?![\d:])")


def _parse_date(value: str) -> datetime | None:
    """The Date header's moment; None when it is unreadable or not plausibly a real one."""
    when = None if _ZERO_YEAR_RE.search(value) else _read_date(value)
    if when is None or when < EARLIEST_DATE or when > datetime.now(UTC) + AHEAD_AT_MOST:
        return None
    return when


# The common RFC 5322 form, "Tue, 04 Jun 2024 09:12:44 -0700": read directly, as
# email.utils.parsedate_tz reads it (the tuple's fields as it builds them), without its
# general tokenising (two thirds of the date's cost). Anything else goes to parsedate_tz.
_PLAIN_DATE_RE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) "
    r"(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)",
    re.ASCII,
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def _read_date(value: str) -> datetime | None:
    plain = _PLAIN_DATE_RE.fullmatch(value)
    if plain is not None:
        day, month, year, hour, minute, second, sign, tz_hours, tz_minutes = plain.groups()
        east = (int(tz_hours) * 3600 + int(tz_minutes) * 60) * (-1 if sign == "-" else 1)
        try:
            tz = UTC if east == 0 else timezone(timedelta(seconds=east))
            return datetime(
                int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=tz
            )
        except (ValueError, OverflowError):
            return None
    value = _CONTROL_RE.sub("", _unsurrogate(value))[:200]
    try:
        parts = email.utils.parsedate_tz(value)
    except (ValueError, IndexError, TypeError, OverflowError):
        return None
    if parts is None:
        return None
    try:
        offset = parts[9]
        tz = UTC if offset is None else timezone(timedelta(seconds=offset))
        return datetime(*parts[:6], tzinfo=tz)
    except (ValueError, OverflowError, TypeError):
        return None


# --------------------------------------------------------------------------- HTML

_DROP_TAGS = ["script", "style", "head", "noscript", "template", "title", "svg", "iframe"]
_BLOCK_SELECTOR = (
    "p,div,li,tr,h1,h2,h3,h4,h5,h6,table,ul,ol,dl,dt,dd,blockquote,section,article,"
    "header,footer,nav,aside,main,hr,pre,address,form,fieldset,figure,figcaption"
)
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")
# The characters _CONTROL_RE matches, as a str.translate table that deletes them.
_CONTROL_TABLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        0x0B,
        0x0C,
        *range(0x0E, 0x20),
        *range(0x7F, 0xA0),
        0x2028,
        0x2029,
        0xFEFF,
        *range(0xD800, 0xE000),
    ]
)


def html_to_text(html: str) -> str:
    """Readable text from HTML: no script/style/head, blocks on their own lines, link text kept."""
    if not html.strip():
        return ""
    tree = LexborHTMLParser(html)
    tree.strip_tags(_DROP_TAGS)
    for node in tree.css(_BLOCK_SELECTOR):
        node.insert_before("\n")
        node.insert_after("\n")
    for node in tree.css("br"):
        node.insert_after("\n")
    for node in tree.css("td,th"):
        node.insert_after(" ")
    root = tree.body or tree.root
    text = root.text(separator="") if root is not None else ""
    return _tidy_text(text)


def _tidy_text(text: str) -> str:
    """Control characters out, runs of whitespace to one space, lines stripped, at most one
    blank line in a row. str.translate and str.split do this in C; per-character regexes
    were the slowest part of parse. Each step is skipped when a C-level test shows it would
    change nothing (most mail is ASCII with tidy lines)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:  # a lone CR (rare): a memchr, not another pass of replace
            text = text.replace("\r", "\n")
    if text.isascii():
        # deleting with bytes.translate and comparing lengths is 4x faster than a regex search
        encoded = text.encode("ascii")
        kept = encoded.translate(None, _ASCII_CONTROL_BYTES)
        if len(kept) != len(encoded):
            text = kept.decode("ascii")
        untidy = False
    else:
        if _CONTROL_RE.search(text):
            text = text.translate(_CONTROL_TABLE)
        untidy = _WIDE_SPACE_RE.search(text) is not None
    # the tests cheapest first; a two-character `in` scans every character (about 1 ns
    # each), a one-character `in` or a regex that starts with a rare literal uses memchr
    if (
        untidy
        or "\t" in text
        or _BLANK_AFTER_EOL_RE.search(text) is not None
        or "  " in text
        or text.startswith(" ")
        or text.endswith(" ")
    ):
        text = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    elif " \n" in text:  # single trailing blanks only (half of all mail): what the above does
        text = text.replace(" \n", "\n")
    if _THREE_EOL_RE.search(text) is not None:
        text = _MANY_NEWLINES_RE.sub("\n\n", text)
    return text.strip()


# The ASCII characters of _CONTROL_RE, for bytes.translate, and the whitespace beyond ASCII
# that str.split() splits on (and _CONTROL_TABLE keeps).
_ASCII_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_BLANK_AFTER_EOL_RE = re.compile("\n ")  # "\n " in text, by memchr for the line ends
_THREE_EOL_RE = re.compile("\n\n\n")
_WIDE_SPACE_RE = re.compile(r"[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")


# --------------------------------------------------------------------------- MIME walking

_BAD_QP_RE = re.compile(rb"=(?![0-9A-Fa-f]{2}|\r?\n|\s*$)")


def _walk(root: email.message.Message, defects: list[str]) -> Iterator[email.message.Message]:
    """Depth-first leaf parts, iteratively, with caps on depth and number of parts."""
    stack: list[tuple[email.message.Message, int]] = [(root, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            defects.append("too-many-parts")
            return
        payload = part.get_payload()
        if isinstance(payload, list):
            if depth >= MAX_DEPTH:
                defects.append("too-deep")
                continue
            children = [p for p in payload if isinstance(p, email.message.Message)]
            stack.extend((child, depth + 1) for child in reversed(children))
        else:
            yield part


def _is_attachment(part: email.message.Message) -> bool:
    """Declared an attachment, or a named file (a .txt shown inline is still a file)."""
    header = str(part.get("content-disposition", ""))
    if header.split(";", 1)[0].strip().lower() == "attachment":
        return True
    # get_filename reads a "filename" or "name" parameter: with neither word in the headers
    # there is none, and the stdlib's parameter parsing is skipped.
    if "name" not in header.lower() and "name" not in str(part.get("content-type", "")).lower():
        return False
    return part.get_filename() is not None


def _part_text(part: email.message.Message, defects: list[str]) -> str:
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    for problem in part.defects:
        if "Base64" in type(problem).__name__:
            defects.append("bad-base64")
    if cte == "quoted-printable":
        raw = part.get_payload(decode=False)
        if isinstance(raw, str) and _BAD_QP_RE.search(raw.encode("utf-8", "surrogateescape")):
            defects.append("bad-quoted-printable")
    text, defect = decode_bytes(data, _charset(part))
    if defect:
        defects.append(defect)
    return text


# A Content-Type of a type and at most one parameter, charset, in the plainest form (ASCII
# tokens, blanks, an optional pair of quotes): what get_content_charset reads from it, without
# the stdlib's general parameter parsing (a third of the cost of a text part's decoding).
_PLAIN_CONTENT_TYPE = re.compile(
    r"[ \t]*[\w.+-]+/[\w.+-]+[ \t]*"
    r"(?:;[ \t]*(?i:charset)[ \t]*=[ \t]*(?:\"([\w.:+-]+)\"|([\w.:+-]+))[ \t]*)?",
    re.ASCII,
)


def _charset(part: email.message.Message) -> str | None:
    """part.get_content_charset(), read directly from a plain Content-Type."""
    value = part.get("content-type")
    if value is None:
        return None
    plain = _PLAIN_CONTENT_TYPE.fullmatch(value) if isinstance(value, str) else None
    if plain is None:
        return part.get_content_charset()
    charset = plain.group(1) or plain.group(2)
    return charset.lower() if charset else None


def _body_text(msg: email.message.Message, defects: list[str]) -> tuple[str, bool]:
    """The readable text, and whether it came from the last part (where a cut would fall)."""
    plain: str | None = None
    html: str | None = None
    plain_part = html_part = last = None
    for part in _walk(msg, defects):
        last = part
        if _is_attachment(part) or (plain is not None and html is not None):
            continue
        ctype = part.get_content_type()
        maintype = ctype.split("/", 1)[0]
        if ctype == "text/html":
            if html is None:
                html, html_part = _part_text(part, defects), part
        elif plain is None and (
            # a "multipart" whose boundary never appears is left as one text payload
            ctype == "text/plain" or (maintype == "multipart" and part is msg)
        ):
            plain, plain_part = _part_text(part, defects), part
    plain_text = _tidy_text(plain) if plain is not None else ""
    if html is not None and len(plain_text) < 20:  # the text is (or would be) the HTML's
        html_text = html_to_text(html)
        return max(plain_text, html_text, key=len), html_part is last
    return plain_text, plain_part is last


# --------------------------------------------------------------------------- parse


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
_STRAY_EOL_RE = re.compile(r"[\r\n]")


# The header fields parse reads; the rest (Received, DKIM-Signature, ...) are never unfolded.
_USED_HEADERS = frozenset({*SINGLETON_HEADERS, *EXTRA_HEADERS, "to", "references"})


def _collect_headers(msg: email.message.Message) -> dict[str, list[str]]:
    """The used header fields' raw values, unfolded, by lowercase name, in order."""
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = str(name).strip().lower()
        if key in _USED_HEADERS:
            unfolded = str(value)
            if "\n" in unfolded or "\r" in unfolded:  # most fields are one line
                unfolded = _STRAY_EOL_RE.sub(" ", _FOLD_RE.sub("", unfolded))
            headers.setdefault(key, []).append(unfolded)
    return headers


def _message_from_bytes(raw: bytes) -> email.message.Message:
    """email.message_from_bytes (compat32), faster for mail with CRLF line ends.

    The stdlib parser walks the body line by line, matching every line against the
    boundaries, even where a part's text (or a 200 KB attachment) is kept as it is. When the
    header block ends at the first CRLF CRLF with only CRLF line ends before it:

    * a message of one part (no multipart or message/* content): only the header block is
      parsed and the body is set as the payload, what the stdlib would have set;
    * a multipart with CRLF line ends throughout: the parts are cut at their boundary lines
      with str.find and each part's header block is parsed alone (_split_multipart), giving
      the tree the stdlib gives; anything it is not sure of (a missing or doubled boundary,
      a part without a blank line after its headers, message/* or digest parts, a stray
      "From " line, bare CR or LF) is left to the stdlib parser.
    """
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    end = text.find("\r\n\r\n")
    if end > 0 and "\r" not in (head := text[: end + 2].replace("\r\n", "")) and "\n" not in head:
        msg = _header_block(text[: end + 2])
        maintype = msg.get_content_maintype()
        if not msg.defects and maintype not in ("multipart", "message"):
            msg.set_payload(text[end + 4 :])
            return msg
        if not msg.defects and maintype == "multipart":
            tree = _fast_multipart(msg, text[: end + 2], text[end + 4 :])
            if tree is not None:
                return tree
    return email.parser.Parser().parsestr(text)


def _header_block(head: str) -> email.message.Message:
    """The header lines ``head`` (each ending in a line end, the blank line after them left
    out) parsed as the stdlib's parser does (compat32, headers only), in one pass of
    str.split when every line ends in CRLF and is a plain field or a continuation: what
    the stdlib's line-by-line parser makes of them (name as written, value with the blanks
    after the colon and the final line end removed, folds kept). Anything else (a unix-from
    line, a line that is not a field, a first line that continues nothing, bare CR or LF)
    goes to the stdlib parser, which records its defects."""
    msg = _plain_header_block(head)
    return msg if msg is not None else email.parser.Parser().parsestr(head, headersonly=True)


class _FieldTable(email.message.Message):
    """An email.message.Message whose get() finds a field in a table of the first value of
    each name, made at the first get() and again whenever the field list is replaced or grows
    (or replace_header changes it): the stdlib's get() lower-cases every field name on each
    call, and parse asks a part for its fields about eight times. The same values as get()."""

    _table: dict[str, tuple[str, Any]]
    _table_of: object = None
    _table_len = -1

    def get(self, name: str, failobj: Any = None) -> Any:
        headers: list[tuple[str, Any]] = self._headers  # type: ignore[attr-defined]
        if self._table_of is not headers or self._table_len != len(headers):
            table: dict[str, tuple[str, Any]] = {}
            for key, value in headers:
                table.setdefault(key.lower(), (key, value))
            self._table, self._table_of, self._table_len = table, headers, len(headers)
        found = self._table.get(name.lower())
        if found is None:
            return failobj
        value = found[1]
        if self.policy is compat32 and isinstance(value, str) and value.isascii():
            return value  # what compat32's header_fetch_parse returns for it
        return self.policy.header_fetch_parse(*found)

    def replace_header(self, _name: str, _value: Any) -> None:
        self._table_of = None
        super().replace_header(_name, _value)


# A header block of plain fields only: each line a field (a name as the stdlib's header
# regex takes it before the colon, [!-9;-~]+, then a colon and the value) or a fold (a blank,
# then anything but CR and LF) continuing the field before it, every line ending in CRLF.
# Every repeat is possessive (it never gives back) and each step has one way to go (a fold
# starts with a blank, a field with a name character), so the engine never backtracks: linear
# time on any input, hostile runs of blanks included (a greedy form was quadratic on them,
# s16). _FIELD_RE reads the same fields: (name, value without the blanks after the colon,
# folds kept).
_VALUE = r"[^\r\n]*+(?:\r\n[ \t][^\r\n]*+)*+"
_PLAIN_BLOCK_RE = re.compile(rf"(?:[!-9;-~]++:{_VALUE}\r\n)*+")
_FIELD_RE = re.compile(rf"([!-9;-~]++):[ \t]*+({_VALUE})\r\n")


def _plain_header_block(head: str) -> email.message.Message | None:
    """The stdlib's headers-only parse of ``head`` when it is plain (see _PLAIN_BLOCK_RE: no
    unix-from line, no line that is not a field, no first line that continues nothing, no bare
    CR or LF), else None. One regex pass checks the block and one reads its fields: 0.11 ->
    0.08 s for the 10,000 header blocks of the bench_cli mix, against a loop over the lines."""
    if not head.endswith("\r\n") or _PLAIN_BLOCK_RE.fullmatch(head) is None:
        return None
    msg = _FieldTable()
    msg._headers = _FIELD_RE.findall(head)  # type: ignore[attr-defined] # what set_raw builds
    msg.set_payload("")  # what a headers-only parse leaves
    return msg


class _NotSureError(Exception):
    """_split_multipart met something the stdlib parser must decide."""


def _fast_multipart(
    msg: email.message.Message, head: str, body: str
) -> email.message.Message | None:
    """The stdlib's tree for a multipart message (its header block ``head`` parsed into
    ``msg``, CRLF line ends, ``body`` after the blank line), or None when the stdlib must
    parse it."""
    if _has_unixfrom_line(head, 1):
        return None
    try:
        return _split_multipart(msg, body, depth=0, parts=[0])
    except _NotSureError:
        return None


def _has_unixfrom_line(head: str, first: int) -> bool:
    """Does a line of ``head`` from line number ``first`` (0 or 1) on start with "From " (a
    unix-from line, which the stdlib treats by where it stands)?"""
    return (first == 0 and head.startswith("From ")) or "\nFrom " in head or "\rFrom " in head


# What follows the separator on a boundary line (the stdlib's boundary regex, with the line
# end that universal newlines would split at), a line end, and a blank line after a line end.
_BOUNDARY_REST = re.compile(r"(--)?[ \t]*(?:\r\n|\r|\n|\Z)")
_EOL = re.compile(r"\r\n|\r|\n")
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r|\n)")


def _boundary_lines(body: str, separator: str) -> list[tuple[int, int, bool]]:
    """(start, end with its line end, closing?) of each boundary line up to the closing one:
    a line that is the separator, optionally "--", optionally blanks (as the stdlib reads
    them, with any of CRLF, CR, LF as line ends)."""
    found: list[tuple[int, int, bool]] = []
    start = body.find(separator)
    while start >= 0:
        if start == 0 or body[start - 1] in "\r\n":
            rest = _BOUNDARY_REST.match(body, start + len(separator))
            if rest is not None:
                closing = rest.group(1) is not None
                found.append((start, rest.end(), closing))
                if closing or rest.end() == len(body):
                    break
        start = body.find(separator, start + len(separator))
    return found


def _split_multipart(
    msg: email.message.Message, body: str, *, depth: int, parts: list[int]
) -> email.message.Message:
    """One multipart (its headers in ``msg``, ``body`` after its blank line) made into the
    tree the stdlib's feedparser would build; raises _NotSureError where it might build another."""
    boundary = msg.get_boundary()
    cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
    if (
        boundary is None
        or depth >= MAX_DEPTH
        or cte not in ("7bit", "8bit", "binary")
        or msg.get_content_type() == "multipart/digest"
    ):
        raise _NotSureError
    lines = _boundary_lines(body, "--" + boundary)
    # a start boundary, and no two boundary lines in a row. Without a closing boundary (a
    # fetch cut short) the last part runs to the end, as the stdlib reads it, and the
    # multipart gets the stdlib's CloseBoundaryNotFoundDefect.
    if not lines or lines[0][2]:
        raise _NotSureError
    closed = lines[-1][2]
    if closed:
        ends = [start for start, _, _ in lines[1:]]
    elif lines[-1][1] < len(body):
        ends = [start for start, _, _ in lines[1:]] + [len(body)]
    else:
        raise _NotSureError  # the text ends with a boundary line
    children: list[email.message.Message | str] = []
    for (_, after, _), end in zip(lines, ends, strict=False):
        parts[0] += 1
        if end <= after or parts[0] > MAX_PARTS:
            raise _NotSureError
        children.append(_part(body[after:end], depth=depth + 1, parts=parts))
    preamble = body[: lines[0][0]]
    msg.preamble = _drop_eol(preamble) if preamble else None
    msg.set_payload(children)
    if closed:
        msg.epilogue = body[lines[-1][1] :]
    else:
        msg.defects.append(email.errors.CloseBoundaryNotFoundDefect())
    return msg


def _part(segment: str, *, depth: int, parts: list[int]) -> email.message.Message:
    """One body part: the text between two boundary lines (ending in the line end that
    belongs to the boundary after it), or after the last one to the end of a text cut short."""
    first = _EOL.match(segment)
    if first is not None:  # a blank first line: no header block
        msg: email.message.Message = _FieldTable()
        content = segment[first.end() :]
    else:
        blank = _BLANK_LINE.search(segment)
        if blank is None:  # header lines only, up to the next boundary or the end of the text
            head, content = segment, ""
        else:
            head = segment[: _EOL.match(segment, blank.start()).end()]  # type: ignore[union-attr]
            content = segment[blank.end() :]
        if _has_unixfrom_line(head, 0):
            raise _NotSureError
        msg = _header_block(head)
        if msg.defects or msg.get_payload():
            raise _NotSureError
    maintype = msg.get_content_maintype()
    if maintype == "message":
        raise _NotSureError
    if maintype == "multipart":
        inner = _split_multipart(msg, content, depth=depth, parts=parts)
        # the line end before the outer boundary is not the inner epilogue's
        epilogue = inner.epilogue
        inner.epilogue = _drop_eol(epilogue) if epilogue else None
        return inner
    msg.set_payload(_drop_eol(content))
    return msg


def _drop_eol(text: str) -> str:
    """The stdlib drops the line end before a boundary line: it belongs to the boundary."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\r", "\n")) else text


def _first(headers: dict[str, list[str]], name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


def parse(raw: bytes, *, truncated: bool = False, max_text_chars: int = 200_000) -> Mail:
    """Parse raw RFC 822 bytes into a :class:`Mail`. Never raises on any ``bytes`` input.

    A failure of the stdlib parser itself (which we have not seen, but cannot rule out) is not
    hidden: the result then has only what could be salvaged and a ``parse-failed:...`` defect.
    """
    try:
        return _parse(raw, truncated=truncated, max_text_chars=max_text_chars)
    except _STDLIB_FAILURES as e:
        # e.g. RecursionError from the stdlib parser on thousands of nested multiparts:
        # keep the headers, give up on the body, and say so.
        failure = f"parse-failed:{type(e).__name__}"
    try:
        return _parse(raw, truncated=truncated, max_text_chars=0, failure=failure)
    except _STDLIB_FAILURES as e:
        return Mail(
            message_id="",
            subject="",
            sender=Address("", ""),
            reply_to=None,
            to=(),
            date=None,
            in_reply_to="",
            references=(),
            text="",
            truncated=truncated,
            defects=(failure, f"headers-failed:{type(e).__name__}"),
            headers=MappingProxyType({}),
        )


_STDLIB_FAILURES = (RecursionError, LookupError, ValueError, TypeError, AttributeError, IndexError)


def _parse(raw: bytes, *, truncated: bool, max_text_chars: int, failure: str = "") -> Mail:
    if failure:
        msg = email.parser.BytesParser().parsebytes(raw, headersonly=True)
        defects = [failure]
    else:
        msg = _message_from_bytes(raw)  # compat32: fast and tolerant
        defects = []
    defects += [type(d).__name__ for d in msg.defects]
    headers = _collect_headers(msg)

    for name in SINGLETON_HEADERS:
        if len(headers.get(name, ())) > 1:
            defects.append(f"repeated-header:{name}")

    subject = clean_header_text(decode_header_value(_first(headers, "subject")))
    senders = _addresses(headers.get("from", [])[:1], defects)
    reply_tos = _addresses(headers.get("reply-to", [])[:1], defects)
    to = tuple(_addresses(headers.get("to", []), defects))
    refs: list[str] = []
    for value in headers.get("references", []):
        refs.extend(_message_ids(value, MAX_REFERENCES))
    date_value = _first(headers, "date")

    text, in_last_part = _body_text(msg, defects) if not failure else ("", False)
    if len(text) > max_text_chars:
        text = text[:max_text_chars]
        defects.append("text-truncated")

    extra = {
        name: clean_header_text(decode_header_value(_first(headers, name)))
        for name in EXTRA_HEADERS
        if name in headers
    }
    reply_to = next((a for a in reply_tos if a.address), None)
    return Mail(
        message_id=normalise_message_id(_first(headers, "message-id")),
        subject=subject,
        sender=senders[0] if senders else Address("", ""),
        reply_to=reply_to,
        to=to,
        date=_parse_date(date_value) if date_value else None,
        in_reply_to=normalise_message_id(_first(headers, "in-reply-to")),
        references=tuple(dict.fromkeys(refs))[:MAX_REFERENCES],
        text=text,
        truncated=truncated,
        defects=tuple(dict.fromkeys(defects))[:MAX_DEFECTS],
        headers=MappingProxyType(extra),
        text_cut=truncated and in_last_part,
    )
