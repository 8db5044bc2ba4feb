"""The same shapes as the tr-* rejections, choosing the reader or rescheduling (families tr-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/threads.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.threads import AGENCIES, FROM, HELLO, INT, SUBJECTS, WARMTH, quoted, sig

FAMILIES = [
    family(
        "tr-recruiter-good-news-and-pitch",
        16,
        ["{rfull} <{rfirst}@{adomain}>", "{rfull} | {agency} <{rfirst}.{rlast}@{adomain}>"],
        ["{company} - feedback", "Following our call", "Re: {role} update"],
        ["Hi {first},", "{first} -", "Hello {first},"],
        ["As discussed on the phone [[just now|this afternoon|earlier]]:", ""],
        [
            "{company} [[loved|liked]] your [[CV|profile]] and [[want to meet you|would like a "
            "first interview]] for {role} - [[are you free|could you do]] {weekday} at {time}?",
            "Great news from {company}: you're [[through to|invited to]] the [[second|final]] "
            "stage for {role}.",
        ],
        (
            0.6,
            [
                "[[Separately|Also]], I'm [[recruiting|working on]] a {team} role [[in "
                "{city}|remote]] that could suit you too."
            ],
        ),
        ["Speak soon,\n{rfirst}", "{rfirst}\n{agency}"],
        kind=INT,
        orgs={"agency|adomain": AGENCIES},
    ),
    family(
        "tr-thread-chose-you-next",
        26,
        FROM,
        SUBJECTS,
        HELLO,
        (0.8, WARMTH),
        [
            "[[We've|The team has|{mfirst} has|The panel has]] [[picked|chosen|selected]] you "
            "[[for the final round|to come back for a last conversation|for the onsite day]].",
            "You're [[one of two|one of three|among the few]] people [[going through|we're "
            "taking forward]] to the last stage.",
            "We'd [[love|like]] to bring you back to meet {mfirst} - [[could you do|are you free]] "
            "{weekday} at {time}?",
            "Good news - [[we're|the team is]] keen to keep going with you, and the next "
            "conversation is with {mfirst}.",
        ],
        [
            "I'll send [[an invite|the details]] once you confirm a time.",
            "[[Reply with|Send over]] a few slots that work and I'll [[book it|set it up]].",
        ],
        sig,
        (0.8, quoted),
        kind=INT,
    ),
    family(
        "tr-thread-reschedule",
        16,
        FROM,
        SUBJECTS,
        HELLO,
        [
            "Could we move {weekday}'s [[call|interview|chat]] to {time2}? {mfirst} has a clash.",
            "Small change: the [[final|second]] interview will be [[on video|in "
            "person]] rather than [[in person|on video]], same time.",
            "I've [[sent|re-sent]] the calendar invite for {date} at {time} - let me know if it "
            "didn't arrive.",
        ],
        (0.5, ["Sorry for the shuffle.", "Thanks for being flexible."]),
        sig,
        (0.8, quoted),
        kind=INT,
    ),
]
