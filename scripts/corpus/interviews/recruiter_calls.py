"""Recruiter call notes and thread replies that move the reader on to the next round (families b5-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/agencies_and_portals.py.
"""

from __future__ import annotations

from ..voices.agencies_and_portals import (
    AGENCIES,
    INT,
    THREAD_FROM,
    THREAD_SUBJECTS,
    WARM_NEXT,
    person_sig,
    quoted,
)
from ..voices.house_styles import family

FAMILIES = [
    family(
        "b5-recruiter-call-moving-on",
        14,
        ["{rfull} <{rfirst}@{agdom}>"],
        ["Our call today", "Re: {role} with {company}", "Next stage!"],
        ["Hi {first},", "{first},"],
        ["Thanks for taking my call earlier.", "Nice to catch up by phone just now."],
        [
            "To confirm: {company} would like to meet you for {role} - I'll send over slots.",
            "{company} have decided to take you through to the second interview for {role}.",
        ],
        (0.6, ["I also have another opening in {city} if you'd like a second option."]),
        ["Speak soon,\n{rfirst}\n{agency}"],
        orgs={"agency|agdom": AGENCIES},
        kind=INT,
    ),
    family(
        "b5-thread-next-round",
        16,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Dear {first},"],
        WARM_NEXT,
        [
            "We'd like you to meet our VP for a final conversation - could you do {weekday} at "
            "{time}?",
            "The team has decided to move you to the final round, which is a one-hour session "
            "with the director.",
            "We've chosen you as one of two finalists and would love to set up a last chat.",
        ],
        person_sig,
        (0.7, quoted("next")),
        kind=INT,
    ),
]
