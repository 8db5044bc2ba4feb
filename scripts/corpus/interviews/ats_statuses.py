"""Bare ATS status updates that invite to an interview (family w2-ats-status-interview; voice in
voices/w2_ats.py). Hard negatives for rejections/ats_statuses.py.
"""

from __future__ import annotations

from ..voices.w2 import family
from ..voices.w2_ats import NEUTRAL_AFTER, status_mail

INTERVIEW_VALUES = [
    "Interview scheduled",
    "Interview",
    "Interview \u2013 round 2",
    "Phone screen scheduled",
    "Invited to interview",
    "Final interview",
]

INTERVIEW_MEANING = [
    "Your interview [[is booked|has been scheduled]] for {date} at {time} {tz}. [[The calendar invitation|A calendar invite|Joining details]] [[is attached|will follow separately]].",
    "The hiring team would like to [[meet you|speak with you]]. Please [[choose a time|pick a slot]] in your candidate account by {date2}.",
    "You are invited to a [[{dur}-minute|short]] [[video|phone|on-site]] interview with {mfirst} {mlast}. Details are in your candidate home.",
]

FAMILIES = [
    family(
        "w2-ats-status-interview",
        24,
        "interview",
        status_mail(INTERVIEW_VALUES, INTERVIEW_MEANING, NEUTRAL_AFTER[2:], 0.3),
    ),
]
