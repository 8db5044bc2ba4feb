"""Thread replies after an interview that say nobody has been chosen yet ("we haven't filled
the role yet", "the panel hasn't settled on anyone") (family w1-thread-no-decision-yet; helper
W1, issue 11 third pass; written for rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

RCV = "application_received"

WAITING = [
    "The decision about the position is not taken yet; we will inform you latest on {date2}.",
    "No decision yet, I'm afraid - {mfirst} is seeing two more applicants this week, and we "
    "want to be fair to everyone before we choose.",
    "We haven't filled the role yet. The panel meets again on {weekday}, and I'll update you "
    "straight after.",
    "The panel hasn't settled on anyone so far; there's one internal applicant still to interview.",
    "The role is still open and you're very much in the mix. I expect to have news by {date2}.",
    "Nothing to report yet, sorry! Budget sign-off is holding everything up, including the "
    "decision on who we hire.",
    "We're still weighing things up - nobody has been offered the job, and your application is "
    "with {mfirst} for a final look.",
    "We've filled this week's interview slots, but no decision will be made before {date2}.",
    "We haven't offered it to anyone yet; there's an internal applicant the panel still has to "
    "see on {weekday}.",
]


FAMILIES = [
    (
        "w1-thread-no-decision-yet",
        intl.thread(intl.plain(WAITING, intl.GENERIC_EXTRA, 0.5)),
        35,
        RCV,
    ),
]
