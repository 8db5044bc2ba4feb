"""Job-board next steps: the employer moves you on or asks a question (families b3-nxt-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/job_boards.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.job_boards import BOARD_FROM, BOARDS_A, BOARDS_B, NXT, board_foot, similar

FAMILIES = [
    family(
        "b3-nxt-board-next-stage",
        11,
        BOARD_FROM,
        [
            "{company} moved your application forward",
            "Next step: {role} at {company}",
            "{company} would like you to complete an assessment",
            "Action needed: {company}",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "Good news, {first}!", "An update from {company}"]),
        [
            "{company} has moved your application for {role} to the next stage: [[Assessment|Screening call|Skills test|Work sample]].",
            "{company} would like you to complete a short [[skills assessment|work-style questionnaire|coding challenge|typing test]] before deciding who to interview.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Assessment requested|Next stage|Shortlisted]]",
        ],
        [
            "It takes about {dur} minutes. Please complete it by {date2}.\n\n[ Start now ]",
            "You can complete it on your phone or computer. The link expires on {date2}.\n\n[ Continue ]",
            "Applicants who don't finish the step by {date2} may not be considered further.\n\n[ Open assessment ]",
        ],
        (
            0.5,
            [
                "Employers don't always share how they use results, and {board} can't see your answers.",
                "If you have a disability and need more time, you can request it from {company} before starting.",
            ],
        ),
        (0.4, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=NXT,
    ),
    family(
        "b3-nxt-board-employer-question",
        11,
        BOARD_FROM,
        [
            "{company} has a question for you",
            "New message from {company}",
            "{company} requested more information",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "{first},"]),
        [
            "{company} has a question about your application for {role}:",
            "The hiring team at {company} sent you a message about {role}:",
            "{company} needs a little more information before reviewing your application for {role}:",
        ],
        [
            '"[[Are you able to start within four weeks?|What are your salary expectations for this role?|Do you hold a full driving licence?|Could you share a link to your portfolio?|Are you available to work alternate weekends?|Do you have the right to work in this country?]]"',
        ],
        [
            "Reply on {board} so the employer sees your answer. Applicants who respond within [[48 hours|two days|a week]] are more likely to be considered.",
            "Answer directly from your {board} inbox. {company} will not see replies sent to this e-mail.\n\n[ Reply now ]",
            "If you don't reply by {date2}, {company} may move on without your answer.\n\n[ Answer question ]",
        ],
        (0.4, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_B + BOARDS_A},
        kind=NXT,
    ),
]
