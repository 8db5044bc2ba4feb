"""A thread reply choosing the reader and making an offer (families tr-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/threads.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.threads import FROM, HELLO, OFF, SUBJECTS, WARMTH, quoted, sig

FAMILIES = [
    family(
        "tr-thread-chose-you-offer",
        22,
        FROM,
        SUBJECTS,
        HELLO,
        (0.8, WARMTH),
        [
            "[[We've|The team has|{mfirst} has]] [[gone with|chosen|picked]] you - [[we'd "
            "like|we want]] you to [[join us|take the role|come on board]] as {role}.",
            "Out of [[everyone we met|a strong group]], [[you were the one|you stood out]], and "
            "we'd like to hire you.",
            "It's a yes from all of us: [[the job's|the role's]] yours if you want it.",
            "We met [[several|many]] strong candidates, but the panel chose you, and an offer "
            "letter is on its way.",
        ],
        [
            "[[HR|Our people team]] will send the [[paperwork|contract]] [[today|tomorrow|this "
            "week]].",
            "Let's talk salary and a start date [[on {weekday}|this week]].",
        ],
        sig,
        (0.8, quoted),
        kind=OFF,
    ),
]
