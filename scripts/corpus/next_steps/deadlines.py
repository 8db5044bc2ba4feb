"""Next steps with a deadline for an assessment (families b5-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/agencies_and_portals.py.
"""

from __future__ import annotations

from ..voices.agencies_and_portals import NXT
from ..voices.house_styles import family

FAMILIES = [
    family(
        "b5-deadline-assessment",
        14,
        ["{company} Talent <talent@{cdomain}>", "{company} Recruiting <no-reply@{cdomain}>"],
        ["Action needed: your assessment", "Next stage for {role}", "Complete by {date}"],
        ["Dear {first},", "Hi {first},"],
        [
            "Thanks for applying for {role}; the next step is a short online test.",
            "You've been invited to complete a recorded video interview for {role}.",
        ],
        ["Please complete it by {date} at 23:59.", "The link expires in {days} days."],
        (
            0.7,
            [
                "If it isn't completed by then, we won't be able to take your application forward.",
                "Unfortunately we can't grant extensions.",
                "Should you not finish in time, your application will be closed.",
            ],
        ),
        ["Good luck,\n{company} Talent"],
        kind=NXT,
    ),
]
