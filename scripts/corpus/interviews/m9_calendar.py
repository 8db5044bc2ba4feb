"""Interviews cancelled and moved, in the calendar frame of the rejections that arrive that way
(families m9-calendar-*; helper m9, issue 11, ninth pass; voice: voices/m9_calendar.py): the
same "cancelled", "sorry", "unfortunately" with a new time or a step still to come."""

from __future__ import annotations

from ..voices.m9_calendar import calendar

CANCELLED_RESET = [
    "Hi {first}, unfortunately [[the hiring manager|one of the panel]] is [[off sick|travelling]], so I've cancelled this slot - I'll send a new invitation for next week shortly.",
    "Sorry {first}, we have to cancel [[today|Thursday]] because of a clash; you're still very much in the process and I'll rebook us as soon as I can.",
    "{first}, apologies - I've cancelled this one as the room fell through. A new invite for the same day, on Teams instead, is on its way.",
]
MOVED = [
    "Hi {first}, unfortunately we need to move this to [[Tuesday|Friday]] at [[10:00|14:00]] - I hope that still works. Let me know if not.",
    "Moving our final interview by an hour, sorry for the shuffle, {first} - see the new time above.",
]

FAMILIES = [
    ("m9-calendar-interview-cancelled", calendar(CANCELLED_RESET), 14, "interview"),
    ("m9-calendar-interview-moved", calendar(MOVED, moved=True), 12, "interview"),
]
