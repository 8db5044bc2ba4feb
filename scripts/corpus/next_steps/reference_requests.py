"""Thread replies after an interview that ask for references (family w1-thread-references;
helper W1, issue 11 third pass; written for rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

NXT = "next_steps"

REFS = [
    "We're taking up references for our preferred candidate, and that's you - could you send "
    "the names and email addresses of two referees?",
    "Before we finalise anything, could you send two references, ideally one a line manager?",
    "The panel was very positive. The next step is references and a quick right-to-work check; "
    "the form is linked in the invitation you'll get from our system today.",
    "{mfirst} would like to speak to one of your former managers before {weekday}. Could you "
    "let me know who we may contact, and whether they know to expect us?",
    "Could you fill in the reference consent form I've attached? Once we have it we can move "
    "quickly.",
]


FAMILIES = [
    (
        "w1-thread-references",
        intl.thread(intl.plain(REFS, intl.GENERIC_EXTRA, 0.5)),
        30,
        NXT,
    ),
]
