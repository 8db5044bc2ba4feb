"""Build RFC 822 test messages the way a real mail client would send them.

Messages are serialised with ``email.policy.SMTP`` (CRLF line endings), which is what an
IMAP server stores and hands back, so a message appended and fetched again is
byte-identical.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from types import MappingProxyType
from typing import Any

from rejectwatch.mail.message import Address, Mail

__all__ = ["mail_value", "make_message"]

_FIXED_DATE = datetime(2024, 5, 6, 9, 30, 0, tzinfo=UTC)


def make_message(
    subject: str,
    body: str,
    sender: str,
    to: str = "me@example.test",
    message_id: str | None = None,
    date: datetime | str | None = None,
    html: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> bytes:
    """One message as bytes with CRLF line endings.

    ``sender`` and ``to`` may carry display names (``"Acme HR <hr@acme.test>"``).
    ``message_id`` defaults to a fresh unique ``<...@mailgen.test>``; ``date`` defaults to
    a fixed moment (so tests are deterministic) and may be a datetime or a ready header.
    With ``html`` the message is multipart/alternative: ``body`` as text/plain, ``html``
    as text/html.  Non-ASCII text is encoded the way mail clients do: RFC 2047 headers,
    quoted-printable bodies.
    """
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if isinstance(date, str):
        msg["Date"] = date
    else:
        msg["Date"] = format_datetime(date or _FIXED_DATE)
    msg["Message-ID"] = message_id or f"<{uuid.uuid4().hex}@mailgen.test>"
    for name, value in (extra_headers or {}).items():
        msg[name] = value
    msg.set_content(body, cte=_cte(body))
    if html is not None:
        msg.add_alternative(html, subtype="html", cte=_cte(html))
    return msg.as_bytes()


def _cte(text: str) -> str:
    if text.isascii() and all(len(line) <= 900 for line in text.splitlines()):
        return "7bit"
    return "quoted-printable"


_BLANK = Mail(
    message_id="<m@x>",
    subject="",
    sender=Address("", ""),
    reply_to=None,
    to=(),
    date=None,
    in_reply_to="",
    references=(),
    text="",
    truncated=False,
    defects=(),
    headers=MappingProxyType({}),
)


def mail_value(**fields: Any) -> Mail:
    """A parsed-looking Mail for pure tests: blank fields, overridden by keyword."""
    return dataclasses.replace(_BLANK, **fields)
