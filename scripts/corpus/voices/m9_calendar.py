"""The voice of the m9-calendar-* families (helper m9, issue 11, ninth pass; written for
rejectwatch): calendar notifications — an event cancelled or moved, with the organiser's note
— the way Google Calendar and Outlook send them. A rejection sometimes arrives only as the
note on a cancelled interview; an interview is cancelled and moved the same way, so every kind
shares this frame and only the note says which it is.
"""

from __future__ import annotations

from ..engine import R

CANCELLED = [
    "This event has been canceled.",
    "{rfull} has canceled this meeting.",
    "Event cancelled: {role} - interview",
    "The organizer has cancelled this event.",
]
MOVED = [
    "This event has been updated.",
    "{rfull} has updated this meeting.",
    "Updated invitation: {role} - interview",
]
WHEN = [
    "When: [[Monday|Tuesday|Wednesday|Thursday|Friday]] [[9:00|10:30|14:00|15:30]] - [[10:00|11:30|15:00|16:30]] ([[GMT|Central European Time|Eastern Time]])",
    "{date}, [[09:00|11:00|13:30|16:00]]",
]
WHERE = [
    "Where: {street}, {city}",
    "Joining info: meet.google.com/[[abc|kqz|rtw]]-[[pqrs|mnop|wxyz]]-[[tuv|fgh|jkl]]",
    "Microsoft Teams meeting - Join on your computer or mobile app",
]
FOOTER = [
    "Invitation from Google Calendar",
    "You are receiving this email because you are an attendee of the event.",
    "Reply for {cmail}",
    "",
]
SUBJECT_CANCELLED = [
    "Canceled event: {role} interview",
    "Canceled: Interview - {role}",
    "Cancelled: {role} - final interview @ [[Mon|Tue|Wed|Thu|Fri]]",
]
SUBJECT_MOVED = [
    "Updated invitation: {role} interview",
    "Rescheduled: Interview - {role}",
    "Updated: {role} - final interview",
]


def calendar(notes: list[str], *, moved: bool = False):
    """A family builder: the calendar frame around one organiser's note from ``notes``."""

    def build(rng, c):
        r = R(rng, c)
        head = r(MOVED if moved else CANCELLED)
        note = r(["Note from organizer: ", "Message from the organiser: ", ""]) + r(notes)
        body = r.body(
            head,
            note,
            f"{r(['Interview', 'Final interview', 'Onsite'])} - {c['role']}",
            r(WHEN),
            r(WHERE),
            r(FOOTER),
        )
        subject = r(SUBJECT_MOVED if moved else SUBJECT_CANCELLED)
        return (
            subject,
            body,
            r(
                [
                    "{rfull} <{rmail}>",
                    "{rfull} (Google Calendar) <calendar-notification@google.com>",
                ]
            ),
        )

    return build
