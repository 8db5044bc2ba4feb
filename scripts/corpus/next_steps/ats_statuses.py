"""Bare ATS status updates that ask for an action (assessment, documents, references; family
w2-ats-status-action; voice in voices/ats_status_lines.py). Hard negatives for rejections/ats_statuses.py.
"""

from __future__ import annotations

from ..voices.ats_status_lines import NEUTRAL_AFTER, status_mail
from ..voices.portal_letters import family

NEXT_VALUES = [
    "Assessment",
    "Assessment sent",
    "Online test",
    "Action required",
    "Documents required",
    "Reference check",
]

NEXT_MEANING = [
    "Please complete the [[online assessment|skills test|questionnaire]] [[linked in your account|via the link below]] [[within {days} days|by {date2}]].",
    "We need [[a copy of your right-to-work document|two referees|your certificates]] before we can continue. Please upload [[it|them]] in your candidate account.",
    "Your [[assessment|video interview]] invitation is waiting for you. The link expires on {date2}.",
]

FAMILIES = [
    family(
        "w2-ats-status-action",
        20,
        "next_steps",
        status_mail(NEXT_VALUES, NEXT_MEANING, NEUTRAL_AFTER[2:], 0.3),
    ),
]
