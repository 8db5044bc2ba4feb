"""Job-board interview requests (families b3-int-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/job_boards.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.job_boards import BOARD_FROM, BOARDS_A, BOARDS_B, INT, board_foot, similar

FAMILIES = [
    family(
        "b3-int-board-schedule-interview",
        11,
        BOARD_FROM,
        [
            "{company} wants to schedule an interview",
            "Interview request from {company}",
            "{role}: pick an interview time",
            "An update from {company}",
            "",
        ],
        (0.7, ["Hi {first},", "Congratulations, {first}!", "Hello {first},"]),
        [
            "{company} would like to interview you for {role}.",
            "Good news - {company} has reviewed your application for {role} and wants to schedule an interview.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Interview requested|Invited to interview]]",
        ],
        [
            "Interview type: [[Phone|Video|In person]] · {dur} minutes\nChoose a time that suits you from the slots they've offered.\n\n[ Pick a time ]",
            "{company} has offered [[three|four|five]] slots between {date} and {date2}. Slots are taken on a first-come basis.\n\n[ See available times ]",
            "Select a slot by {date2}. If none of the times work, you can message {company} through {board}.\n\n[ Schedule interview ]",
        ],
        (
            0.5,
            [
                "Not every applicant is invited to interview, so this is a great sign.",
                "Tip: read the job description again and prepare two or three examples from your experience.",
                "You'll get a calendar invite and a reminder the day before.",
            ],
        ),
        (0.3, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=INT,
    ),
]
