"""An offer made inside a reply thread (families b5-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/agencies_and_portals.py.
"""

from __future__ import annotations

from ..voices.agencies_and_portals import (
    OFF,
    THREAD_FROM,
    THREAD_SUBJECTS,
    WARM_OFFER,
    person_sig,
    quoted,
)
from ..voices.house_styles import family

FAMILIES = [
    family(
        "b5-offer-in-thread",
        12,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},"],
        WARM_OFFER,
        [
            "The team has decided, and we'd like you to join us as {role}!",
            "We've chosen you for the role - the formal offer letter will follow from HR today.",
            "I'm thrilled to say we're offering you the position.",
        ],
        [
            "The offer is a base salary of [[£|$|€]][[52|61|78]],000 with a start date of "
            "{date} - congratulations!",
            "HR will send the contract and the details of salary and benefits; please let me know "
            "if you'd like to talk anything through before you sign.",
            "Unfortunately we can't move on the start date, but everything else in the offer is "
            "open to discussion.",
        ],
        person_sig,
        (0.6, quoted("offer")),
        kind=OFF,
    ),
]
