"""Bare ATS status updates that invite to an interview (family w2-ats-status-interview; voice in
voices/ats_status_lines.py). Hard negatives for rejections/ats_statuses.py.
"""

from __future__ import annotations

from ..voices.ats_status_lines import NEUTRAL_AFTER, status_mail
from ..voices.portal_letters import family

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
# apologetic statuses that keep the candidate in the process (interview moved, not cancelled)
MOVED_VALUES = [
    "Interview rescheduled",
    "Interview moved",
    "Interview \u2013 new time needed",
    "Rebooking required",
    "Interview postponed",
]
MOVED_MEANING = [
    "We're sorry, but your interview on {date} has to move. [[Please choose a new slot in your candidate account.|A new invitation will follow within [[two|three]] working days.]]",
    "Unfortunately {mfirst} is unavailable on {date}. Your application is not affected, and we will offer you a new time [[this week|shortly]].",
    "We regret the short notice: the [[panel|hiring team]] had to cancel the slot on {date}. You stay in the process and can pick another time [[by {date2}|below]].",
    "Apologies \u2013 the interview booked for {date} at {time} was cancelled by mistake. It has been restored; nothing changes for you.",
    "Your interview could not go ahead as planned. Sorry for the inconvenience; please rebook using the link in your account.",
]

FAMILIES = [
    family(
        "w2-ats-status-interview",
        24,
        "interview",
        status_mail(INTERVIEW_VALUES, INTERVIEW_MEANING, NEUTRAL_AFTER[2:], 0.3),
    ),
    family(
        "w2-ats-status-interview-moved",
        24,
        "interview",
        status_mail(MOVED_VALUES, MOVED_MEANING, NEUTRAL_AFTER[2:], 0.3),
    ),
]
