"""Job-board and campus-platform confirmations: received, viewed, sent (families b3-rcv-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/job_boards.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.job_boards import (
    BOARD_FROM,
    BOARDS_A,
    BOARDS_B,
    CAMPUS,
    CAMPUS_FROM,
    RCV,
    board_foot,
    campus_foot,
    similar,
)

# --- hard negatives in the same job-board style --------------------------------------------------
FAMILIES = [
    family(
        "b3-rcv-board-received",
        12,
        BOARD_FROM,
        [
            "{company} has received your application",
            "Application sent: {role} at {company}",
            "Your application to {company}",
            "{role} - application received",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "{first}, you're all set", "Hi {first}!"]),
        [
            "{company} has received your application for {role}[[ in {location}|]].",
            "Your application for {role} was delivered to {company} on {date}.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Application received|Submitted|Awaiting review]]",
        ],
        [
            "What happens next: {company} will review applications and contact the candidates they'd like to speak with.",
            "Not every applicant hears back, so we'd suggest you keep applying to other roles in the meantime.",
            "If {company} wants to move forward, they'll contact you directly or through {board}. Some employers don't reply to every applicant.",
            "Employers on {board} usually review new applications within [[one|two|three]] weeks.",
        ],
        (
            0.5,
            [
                "Employers don't always share updates, and {board} isn't able to chase them on your behalf.",
                "This application now appears in the 'Applied' tab of your {board} account.",
                "Keep your profile up to date so recruiters can find you.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=RCV,
    ),
    family(
        "b3-rcv-board-viewed",
        11,
        BOARD_FROM,
        [
            "Your application was viewed by {company}",
            "{company} viewed your application",
            "Good news: an employer looked at your application",
            "",
        ],
        ["Hi {first},", "An update from {company}", "{company} | {role} | {location}", ""],
        [
            "{company} viewed your application for {role}[[ today| on {date}|]].",
            "The hiring team at {company} has opened your application for {role}.",
            "Your application for {role} was viewed by a recruiter at {company}.",
        ],
        [
            "This means your CV has been seen; {company} hasn't made a decision yet.",
            "Employers often look at an application several times before deciding who to interview, so there's nothing you need to do right now.",
            "We'll let you know if the status of your application changes. Not every employer updates applicants, though.",
        ],
        (
            0.5,
            [
                "Employers usually decide within [[one|two|three]] weeks, though some take longer.",
                "Tip: applicants who complete every section of their profile are contacted more often.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_B + BOARDS_A},
        kind=RCV,
    ),
    family(
        "b3-rcv-campus-sent",
        11,
        CAMPUS_FROM,
        [
            "Your application was sent to {company}",
            "Application submitted - {role}",
            "{cboard}: application confirmation",
        ],
        ["Hi {first},", "Hey {first},", "Hello {first},", ""],
        [
            "Your application for the {role} [[internship|graduate role|placement|part-time job]] was sent to {company}.",
            "Nice work - you applied to {company} through {school}'s {cboard} account.",
            "{company} has received the application you submitted on {cboard}.",
        ],
        [
            "{company} will review it and contact you if they'd like to move forward. Not every employer responds to every student, so keep applying.",
            "The employer will update the status of your application on {cboard} once they've reviewed it.",
            "Postings close on {date2}; {company} usually shortlists after the closing date.",
        ],
        (
            0.6,
            [
                "Want a second opinion on your CV? {school} careers advisers run drop-in sessions every week.",
                "There are [[35|58|112]] more postings on {cboard} that match your course.",
            ],
        ),
        (0.4, similar),
        campus_foot,
        orgs={"cboard|cboarddom|school": CAMPUS},
        kind=RCV,
    ),
]
