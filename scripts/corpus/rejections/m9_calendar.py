"""Rejections that arrive as the note on a cancelled interview (families m9-calendar-*; helper
m9, issue 11, ninth pass; voice: voices/m9_calendar.py)."""

from __future__ import annotations

from ..voices.m9_calendar import calendar

DECIDED = [
    "Hi {first}, sorry for the late notice - we've [[made a hiring decision|closed the search]] and [[offered the role to another finalist|gone with a candidate who was further along]], so I'm cancelling [[our|this]] slot.",
    "Hi {first} - [[apologies|sorry]], the {role} position has [[now been filled|been filled internally]], so there's no need to come in. Thanks for your time so far.",
    "{first}, we [[won't be moving forward|have decided not to move forward]] with your application, so I've cancelled the final round. I'm sorry it isn't better news.",
]
ROLE_GONE = [
    "Hi {first}, the {role} [[requisition|opening]] was [[cancelled|closed]] this morning after a budget review, so I'm taking this off both our calendars. I'm sorry - you were a strong candidate.",
    "Sorry {first} - the hiring manager has [[put the role on hold indefinitely|withdrawn the vacancy]], so this interview won't go ahead and the process is closed.",
]

FAMILIES = [
    ("m9-calendar-decision-note", calendar(DECIDED), 14, "rejection"),
    ("m9-calendar-role-gone-note", calendar(ROLE_GONE), 12, "rejection"),
]
