"""A thread reply asking for references (families tr-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/threads.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.threads import FROM, HELLO, NXT, SUBJECTS, WARMTH, quoted, sig

FAMILIES = [
    family(
        "tr-thread-references",
        18,
        FROM,
        SUBJECTS,
        HELLO,
        (0.6, WARMTH),
        [
            "We're at the reference stage: could you send [[two|a couple of]] referees, "
            "ideally [[a recent manager|someone you reported to]]?",
            "The last step before we [[decide|finalise things]] is [[references|a background "
            "check]] - the form is linked below and takes ten minutes.",
            "{mfirst} would like to [[run references|speak to a referee]] before [[the final "
            "decision|we make a decision]]; could you [[share contacts|send details]] by "
            "{weekday}?",
        ],
        ["Thanks so much.", "Shout if anything's unclear."],
        sig,
        (0.8, quoted),
        kind=NXT,
    ),
]
