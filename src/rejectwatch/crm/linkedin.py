"""Pure: a ready-to-paste LinkedIn invitation note, for when no address reaches the person.

In the spirit of the reply draft (thank them, keep the door open) and personalised like it,
never longer than LinkedIn's 300 characters (counted as UTF-16 code units, the stricter way).
"""

from __future__ import annotations

from rejectwatch.crm.reply import first_name, prose_field, role_field

__all__ = ["MAX_NOTE", "invitation_note", "note_length"]

MAX_NOTE = 300


def note_length(text: str) -> int:
    """Characters as LinkedIn's web form counts them at worst (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def invitation_note(
    *, contact_name: str, company: str, position: str, interviewed: bool, user_name: str
) -> str:
    """A short note: greeting, thanks for the news about the role, an open door, a sign-off.

    Richer wordings are tried first; a fact that does not fit is dropped rather than cut, so
    the note never shows a gap ("Hi ,") or half a name.
    """
    first = first_name(contact_name)
    company = prose_field(company, 60)
    position = role_field(position, 80)
    me = first_name(user_name)
    hello = f"Hi {first}," if first else "Hello,"
    sign = f" Best wishes, {me}" if me else " Best wishes"
    for pos, comp in ((position, company), ("", company), (position, ""), ("", "")):
        role = f"the {pos} role" if pos else "the role"
        role += f" at {comp}" if comp else ""
        if not pos and not comp:
            role = "my application"
        thanks = "your time and for letting" if interviewed else "letting"
        door = (
            f"I enjoyed learning about {comp} and would be glad to stay in touch"
            if comp and interviewed
            else "I would be glad to stay in touch"
        )
        text = (
            f"{hello} thank you for {thanks} me know about {role}. "
            f"{door}; please keep me in mind for future roles.{sign}"
        )
        if note_length(text) <= MAX_NOTE:
            return text
    return "Hello, thank you for letting me know. I would be glad to stay in touch." + sign
