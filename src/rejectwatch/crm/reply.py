"""Pure: a :class:`Mail` and what we know about it -> the reply draft, threaded, never sent.

Every header value that comes from the original mail is cleaned of CR/LF and control
characters before it reaches the draft, and addresses are set through
:class:`email.headerregistry.Address`, so that a hostile display name cannot add headers.
"""

from __future__ import annotations

import re
import string
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.header import Header
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from rejectwatch.crm import decorations, names, reply_languages, senders, subjects
from rejectwatch.crm.extract import Facts
from rejectwatch.crm.person import without_quoted
from rejectwatch.errors import ConfigError, MessageError
from rejectwatch.mail.message import (
    Mail,
    clean_header_text,
    normalise_address,
    normalise_message_id,
)

__all__ = [
    "TEMPLATE_FIELDS",
    "Profile",
    "ReplyTemplate",
    "build_draft",
    "clean_rendered",
    "first_name",
    "header_text",
    "load_template",
    "person_name",
    "prose_field",
    "render_body",
    "reply_address",
    "reply_subject",
    "role_field",
    "should_draft",
    "template_fields",
]

DRAFT_FOR_HEADER = "X-Rejectwatch-Draft-For"
MAX_SUBJECT_CHARS = 200
MAX_REFERENCES = 11  # the first id and the last ten, as RFC 5322 section 3.6.4 suggests
WIDTH = 72


@dataclass(frozen=True, slots=True)
class Profile:
    """The user on whose behalf the draft is written."""

    name: str
    email: str
    signature: str


# --------------------------------------------------------------------------- subject


def header_text(value: str, limit: int = 200) -> str:
    """Text from the original mail made safe for a draft header.

    Besides CR/LF and control characters, a literal ``=?`` is broken up: the email package
    decodes encoded words in header strings it is given, so a subject that *decodes to*
    ``=?utf-8?q?=0D=0A?=`` would otherwise smuggle a line break into the draft.
    """
    return clean_header_text(value, limit).replace("=?", "= ?")


def reply_subject(subject: str) -> str:
    """``Re: <original>``: one "Re: " in front of the subject's core (see
    :func:`rejectwatch.crm.subjects.core`: the reply, forward and gateway marks of any
    language taken off, never stacked); idempotent. An empty subject becomes
    ``Re: Your application``.
    """
    core = subjects.core(subject, 10_000)
    if len(core) > MAX_SUBJECT_CHARS:
        core = subjects.core(core, MAX_SUBJECT_CHARS - 1) + "…"
    return f"Re: {header_text(core, MAX_SUBJECT_CHARS) or 'Your application'}"


# --------------------------------------------------------------------------- body

_SPACE_BEFORE_STOP_RE = re.compile(r"\s+([,.;:!?])")  # a folded line: "0\n.0"
_BRACES_RE = re.compile(r"[{}<>]")
_EDGE_CHARS = " ,.;:!-\"'«»“”‘’„‹›"  # what a field may carry at its ends: quotes, stray stops


def prose_field(value: str, limit: int) -> str:
    """A fact made safe to put in prose: one line, no braces, no stray punctuation or quotes,
    HTML entities ("&amp;") and twice-encoded words decoded."""
    value = subjects.decoded(clean_header_text(_BRACES_RE.sub("", value), max(limit, 1000)))
    value = clean_header_text(_BRACES_RE.sub("", value), limit)
    value = _SPACE_BEFORE_STOP_RE.sub(r"\1", value).strip(_EDGE_CHARS)
    return "" if value.lower() in {"none", "null", "n/a", "unknown"} else value


def role_field(value: str, limit: int) -> str:
    """A job title for prose: :func:`prose_field` without a job ad's gender marker ("Data
    Analyst (m/w/d)" -> "Data Analyst") and not in capitals ("SENIOR DATA ANALYST" ->
    "Senior Data Analyst"); see :mod:`rejectwatch.crm.decorations`."""
    title = decorations.without_gender_marker(prose_field(value, 1000))
    return prose_field(decorations.unshouted(title), limit)


def person_name(full_name: str) -> str:
    """A person's name as a greeting would write it: "Shah, Priya" -> "Priya Shah", "PRIYA
    SHAH" -> "Priya Shah", "Priya Shah, PhD" -> "Priya Shah", "Priya Shah (she/her)" ->
    "Priya Shah"; "" for an e-mail address (see :mod:`rejectwatch.crm.names`)."""
    name = names.without_asides(subjects.decoded(clean_header_text(full_name)))
    name = prose_field(name, 80)
    # the reordered name may end in what ended the surname ("Shah Jr., Priya"): cleaned again
    return names.proper_case(prose_field(names.reading_order(name), 80))


def first_name(full_name: str) -> str:
    words = person_name(full_name).split()
    while len(words) > 1 and names.is_honorific(words[0]):
        if len(words) == 2:  # "Dr. Shah": keep the title with the surname
            return f"{words[0]} {words[1]}"
        words = words[1:]
    first = words[0].strip(_EDGE_CHARS) if words else ""
    if _INITIALS_RE.fullmatch(first) and len(words) > 1:
        # "J. Smith", "J. R. R. Tolkien", "J.R. Smith": initials are no name to greet alone
        rest = next((i for i, w in enumerate(words) if not _INITIALS_RE.fullmatch(w)), 0)
        greeting = " ".join(words[: rest + 1]) if rest else ""
        return greeting if len(greeting) <= 40 else ""
    return first if len(first) <= 40 else ""  # longer is not a name we should greet


_INITIALS_RE = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.){1,3}[^\W\d_]?")  # J, J., J.R, J.R.


def _paragraph(text: str) -> str:
    return "\n".join(line.rstrip() for line in _fill(text).split("\n"))


def _fill(text: str) -> str:
    return textwrap.fill(
        re.sub(r"\s+", " ", text).strip(),
        width=WIDTH,
        break_long_words=True,
        break_on_hyphens=True,
    )


def _interviewed(facts: Facts) -> bool:
    return facts.interviewed or facts.reason == "after_interview"


def _greeting(first: str, company: str) -> str:
    if first:
        return f"Hi {first},"
    if company and len(company) <= 60:
        return f"Hello {company} team,"
    return "Hello,"


def render_body(
    mail: Mail, facts: Facts, profile: Profile, template: ReplyTemplate | None = None
) -> str:
    """The text of the draft: short, warm, and with no gaps where facts are missing.

    With *template* (the user's own, see :func:`load_template`) its text is used instead of
    the built-in wording, filled with the same facts and cleaned of any gap a missing fact
    would leave.
    """
    if template is not None:
        return template.render(template_fields(facts, profile))
    first = first_name(facts.contact_name)
    company = prose_field(facts.company, 80)
    position = role_field(facts.position, 120)
    interviewed = _interviewed(facts)
    # In the rejection's language when it is clearly one we write (see reply_languages)
    lang = reply_languages.language_of(f"{mail.subject}\n{without_quoted(mail.text)}")
    local = reply_languages.wording(
        lang,
        first=first,
        company=company,
        position=position,
        interviewed=interviewed,
        reason=facts.reason,
    )
    if local is not None:
        paragraphs = [local.greeting, *(_paragraph(p) for p in local.paragraphs)]
        return "\n\n".join([*paragraphs, _signature(profile, local.closing)]) + "\n"
    where = f" at {company}" if company else ""
    about = f"about the {position} role{where}" if position else f"about the role{where}"
    if not position and not company:
        about = "about my application"

    if interviewed:
        opening = (
            f"Thank you for your time, and for letting me know {about}. I'm disappointed, "
            "of course, but I understand the decision."
        )
        team = f"the {company} team" if company else "the team"
        who = f"you and {team}" if first else team
        middle = (
            f"I really enjoyed meeting {who} and learning more about the work you do, and I "
            "appreciated the care you took over the process."
        )
    else:
        consider = "to consider it" if about == "about my application" else "over my application"
        opening = (
            f"Thank you for letting me know {about}, and for taking the time {consider}. "
            "I'm disappointed, but I understand."
        )
        middle = ""
    if facts.reason == "role_cancelled":
        middle = (middle + " I know plans change, and I appreciate you telling me.").strip()

    future = (
        f"Please keep me in mind for future roles{where} that could suit me; I would be very "
        "glad to hear from you. I hope our paths cross again."
    )
    if facts.reason == "kept_on_file":
        future = (
            "Thank you also for keeping my details on file; please do keep me in mind for "
            "future roles. I hope our paths cross again."
        )

    paragraphs = [_greeting(first, company), _paragraph(opening)]
    if middle:
        paragraphs.append(_paragraph(middle))
    paragraphs.append(_paragraph(future))
    return "\n\n".join([*paragraphs, _signature(profile)]) + "\n"


# --------------------------------------------------------------------------- user templates

TEMPLATE_FIELDS = (
    "first_name",
    "contact_name",
    "company",
    "position",
    "reason",
    "interviewed",
    "user_name",
    "signature",
    "greeting",
    "role",
    "interview_line",
)


def template_fields(facts: Facts, profile: Profile) -> dict[str, str | bool]:
    """What a user template can use; every value is a string ("" when unknown) but
    ``interviewed``, a bool (in a ``.txt`` template: "yes" or "")."""
    first = first_name(facts.contact_name)
    company = prose_field(facts.company, 80)
    position = role_field(facts.position, 120)
    interviewed = _interviewed(facts)
    role = f"the {position} role" if position else "the role"
    if company:
        role += f" at {company}"
    team = f"the {company} team" if company else "the team"
    sign = _signature(profile).split("\n", 1)
    return {
        "first_name": first,
        "contact_name": person_name(facts.contact_name),
        "company": company,
        "position": position,
        "reason": facts.reason if facts.reason != "unknown" else "",
        "interviewed": interviewed,
        "user_name": prose_field(profile.name, 78),
        "signature": sign[1] if len(sign) > 1 else "",
        "greeting": _greeting(first, company),
        "role": role,
        "interview_line": f"I really enjoyed meeting you and {team}." if interviewed else "",
    }


_GREETING_GAP_RE = re.compile(r"^(Dear|Hi|Hello|Hey)\s*,", re.IGNORECASE | re.MULTILINE)
# "role at ." : the word before the gap an empty field left. The space before the stop is what
# tells a gap from the user's own "a team I would love to work with." (left alone).
_DANGLING_RE = re.compile(r"\s+(?:at|with|for|from|to|in|of|the|and|as)(?=\s+[,.;:!?])")


def clean_rendered(text: str) -> str:
    """Remove the gaps an empty field leaves: "Dear ,", "role at .", double spaces, ...

    Applied to a user template's output, so that a missing fact never shows.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _GREETING_GAP_RE.sub(
        lambda m: "Dear Hiring Team," if m.group(1) == "Dear" else "Hello,", text
    )
    lines = []
    for raw in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", raw).strip(" \t") if raw.strip() else ""
        line = re.sub(r"\(\s*\)|\[\s*\]", "", line)
        for _ in range(3):
            line = _DANGLING_RE.sub("", line)
        line = re.sub(r"\s+([,.;:!?])", r"\1", line)
        line = re.sub(r"([,;:])(?=[,.;:!?])", "", line)
        line = re.sub(r"^[,.;:]\s*", "", line)
        lines.append(re.sub(r" {2,}", " ", line).rstrip())
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return out + "\n"


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    """A user's reply template, checked at load: ``.j2`` (Jinja2) or ``.txt`` ($-placeholders)."""

    path: str
    source: str
    kind: str  # "jinja" or "string"

    def render(self, fields: dict[str, str | bool]) -> str:
        if self.kind == "jinja":
            env = _jinja_env()
            try:
                text = env.from_string(self.source).render(**fields)
            except Exception as e:  # a template error is the user's to fix, with the file named
                raise ConfigError(f"reply template {self.path}: cannot render: {e}") from e
        else:
            values = {
                k: ("yes" if v else "") if isinstance(v, bool) else v for k, v in fields.items()
            }
            text = string.Template(self.source).substitute(values)
        return clean_rendered(text)


def _jinja_env() -> Any:
    from jinja2 import StrictUndefined  # noqa: PLC0415 - only a user's .j2 template needs it
    from jinja2.sandbox import SandboxedEnvironment  # noqa: PLC0415

    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        finalize=_shown,
    )


def _shown(value: object) -> object:
    """What a ``{{ ... }}`` prints: nothing for None (``{{ none }}``), never the word "None"."""
    return "" if value is None else value


def load_template(path: Path) -> ReplyTemplate:
    """Read and check a reply template; raises ConfigError naming the file and the problem.

    ``.j2``/``.jinja``/``.jinja2``: Jinja2 (``{{ first_name }}``, ``{% if interviewed %}``);
    ``.txt``/``.tmpl``: :class:`string.Template` (``$first_name``). Only the names in
    :data:`TEMPLATE_FIELDS` may be used.
    """
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as e:
        raise ConfigError(f"reply template {path}: cannot read it: {e}") from e
    if not source.strip():
        raise ConfigError(f"reply template {path}: the file is empty")
    allowed = ", ".join(TEMPLATE_FIELDS)
    suffix = path.suffix.lower()
    if suffix in {".j2", ".jinja", ".jinja2"}:
        from jinja2 import TemplateSyntaxError, meta  # noqa: PLC0415

        env = _jinja_env()
        try:
            names = meta.find_undeclared_variables(env.parse(source))
        except TemplateSyntaxError as e:
            raise ConfigError(f"reply template {path}, line {e.lineno}: {e.message}") from e
        unknown = sorted(set(names) - set(TEMPLATE_FIELDS))
        if unknown:
            raise ConfigError(
                f"reply template {path}: unknown field(s) {', '.join(unknown)}; use {allowed}"
            )
        _refuse_foreign_slots(path, source, _DOLLAR_SLOT_RE, "{{ %s }}", "a .j2")
        return ReplyTemplate(str(path), source, "jinja")
    if suffix in {".txt", ".tmpl", ".template"}:
        template = string.Template(source)
        if not template.is_valid():
            raise ConfigError(
                f"reply template {path}: a '$' that is not a field; write '$$' for a dollar sign"
            )
        unknown = sorted(set(template.get_identifiers()) - set(TEMPLATE_FIELDS))
        if unknown:
            raise ConfigError(
                f"reply template {path}: unknown field(s) {', '.join(unknown)}; use {allowed}"
            )
        _refuse_foreign_slots(path, source, _BRACE_SLOT_RE, "$%s", "a .txt")
        return ReplyTemplate(str(path), source, "string")
    raise ConfigError(
        f"reply template {path}: use a .j2 (Jinja2) or .txt (string.Template) file, not {suffix!r}"
    )


# A field written the other kind's way ("{first_name}" or "{{ first_name }}" in a .txt,
# "$first_name" in a .j2) would reach the draft as written.
_BRACE_SLOT_RE = re.compile(r"(?<!\$)\{\{?\s*([A-Za-z_]\w*)\s*\}?\}")
_DOLLAR_SLOT_RE = re.compile(r"\$\{?([A-Za-z_]\w*)\}?")


def _refuse_foreign_slots(
    path: Path, source: str, slot: re.Pattern[str], spelling: str, kind: str
) -> None:
    for match in slot.finditer(source):
        if match.group(1) in TEMPLATE_FIELDS:
            raise ConfigError(
                f"reply template {path}: {match.group(0)!r} would reach the draft as written; "
                f"in {kind} template write {spelling % match.group(1)}"
            )


# --------------------------------------------------------------------------- should we draft


def should_draft(mail: Mail, facts: Facts) -> bool:
    """True when a human can receive the reply: the contact found, or a Reply-To/From address
    that is not a no-reply one. False means: no draft, flag the CRM row "no reply address"."""
    return bool(reply_address(mail, facts))


def reply_address(mail: Mail, facts: Facts) -> str:
    """Where the reply goes: the extracted contact unless nobody reads it (a no-reply or a
    hiring tool's address, see :func:`rejectwatch.crm.senders.is_machine`); else ""."""
    if facts.contact_address and not senders.is_machine(facts.contact_address):
        return normalise_address(facts.contact_address)
    del mail  # extract() already looked at Reply-To and From and the signature
    return ""


def _signature(profile: Profile, closing: str = "Best wishes,") -> str:
    lines = [
        line.rstrip()
        for line in _BRACES_RE.sub("", profile.signature).replace("\r\n", "\n").split("\n")
    ]
    lines = [re.sub(r"[^\S\n]+", " ", clean_header_text(line, 500)) for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if lines and lines[0] == "--":  # the usual "-- " separator; our sign-off replaces it
        lines.pop(0)
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, width=78, break_long_words=True) or [""])
    name = prose_field(profile.name, 78)
    if not wrapped:
        return f"{closing}\n{name}" if name else closing.rstrip(",") + "."
    return f"{closing}\n" + "\n".join(wrapped)


# --------------------------------------------------------------------------- draft


def _references(mail: Mail) -> list[str]:
    ids = [normalise_message_id(r) for r in (*mail.references, mail.message_id)]
    unique = list(dict.fromkeys(i for i in ids if i))
    if len(unique) > MAX_REFERENCES:
        unique = [unique[0], *unique[-(MAX_REFERENCES - 1) :]]
    return unique


class _ReadyHeader(str):
    """A header value the email package stores and folds as we say, without re-parsing it.

    The email package accepts any str with ``name`` and ``fold`` as a ready-made header. We
    need that because its own folder (CPython 3.11) RFC 2047-encodes message ids longer than
    a line, which breaks threading, and can drop a space between two encoded words of a long
    non-ASCII subject, so the draft would not re-parse to the same subject.
    """

    name: str

    def __new__(cls, name: str, value: str) -> _ReadyHeader:
        self = super().__new__(cls, value)
        self.name = name
        return self

    def fold(self, *, policy: Policy) -> str:
        limit = policy.max_line_length or 998
        words = self.split(" ")
        if not self.isascii() or any(len(word) > 900 for word in words):
            encoded = Header(str(self), "utf-8", header_name=self.name).encode(
                linesep=policy.linesep, maxlinelen=min(limit, 78)
            )
            return f"{self.name}: {encoded}{policy.linesep}"
        lines = [f"{self.name}:"]
        on_line = 0
        for word in words:
            if on_line and len(lines[-1]) + 1 + len(word) > limit:
                lines.append("")
                on_line = 0
            lines[-1] = f"{lines[-1]} {word}"
            on_line += 1
        return policy.linesep.join(lines) + policy.linesep


def _set_ids(draft: EmailMessage, name: str, ids: list[str]) -> None:
    draft[name] = _ReadyHeader(name, " ".join(ids))


def _display_name(value: str) -> str:
    """A display name short enough to stay one encoded word, without quotes or entities
    around or in it, and none when it is an e-mail address.

    CPython's folder splits longer non-ASCII names into several encoded words that do not
    re-parse to the same text; names that long are not names anyway.
    """
    name = subjects.decoded(clean_header_text(value))
    name = names.without_asides(name) if "@" in name else name  # "a@b.com" <a@b.com>
    name = header_text(name, 64).strip(_EDGE_CHARS.replace(".", ""))
    while len(name.encode("utf-8")) > 40 and not name.isascii():
        name = name[:-1].rstrip()
    return name


def _to_display_name(mail: Mail, facts: Facts, address: str) -> str:
    for candidate in (mail.reply_to, mail.sender):
        if candidate is not None and candidate.address == address and candidate.name:
            return _display_name(candidate.name)
    return _display_name(facts.contact_name)


def _header_address(name: str, address: str) -> HeaderAddress:
    try:
        return HeaderAddress(display_name=name, addr_spec=address)
    except (ValueError, IndexError, HeaderParseError) as e:
        raise MessageError(f"cannot use {address!r} in a header: {e}") from e


def build_draft(
    mail: Mail,
    facts: Facts,
    profile: Profile,
    *,
    draft_message_id: str,
    now: datetime,
    template: ReplyTemplate | None = None,
) -> EmailMessage:
    """The reply draft for *mail*, threaded under it. Raises MessageError when nobody can get it.

    The message is plain UTF-8 text, serialises with ``policy.SMTP`` and re-parses to the same
    headers. Nothing is sent: the caller stores it in the Drafts folder.
    """
    to_address = normalise_address(facts.contact_address)
    if not to_address:
        raise MessageError(
            f"no address to reply to for message {mail.message_id or '(no Message-ID)'}"
        )
    if senders.is_machine(to_address):  # a backstop: the scan never gets here with one
        raise MessageError(f"{to_address} is a hiring tool's or no-reply address: no draft")
    draft_id = normalise_message_id(draft_message_id)
    if not draft_id:
        raise MessageError(f"unusable draft Message-ID {draft_message_id!r}")

    draft = EmailMessage(policy=policy.default)
    if profile.email:
        from_address = normalise_address(profile.email)
        if not from_address:
            raise ConfigError(f"the profile email {profile.email!r} is not a usable address")
        draft["From"] = _header_address(_display_name(profile.name), from_address)
    draft["To"] = _header_address(_to_display_name(mail, facts, to_address), to_address)
    draft["Subject"] = _ReadyHeader("Subject", reply_subject(mail.subject))
    draft["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=UTC))
    _set_ids(draft, "Message-ID", [draft_id])
    original_id = normalise_message_id(mail.message_id)
    if original_id:
        _set_ids(draft, "In-Reply-To", [original_id])
        _set_ids(draft, DRAFT_FOR_HEADER, [original_id])
    references = _references(mail)
    if references:
        _set_ids(draft, "References", references)
    body = render_body(mail, facts, profile, template)
    draft.set_content(body, subtype="plain", charset="utf-8")
    return draft
