"""The voice of the b3-* families: greetings, sign-offs, invented job boards and campus platforms, their footers.

The families are in rejections/relays_and_status_notes.py and job_boards.py in confirmations/, next_steps/, interviews/. The note of the pass that wrote them follows.

Breadth families, third wave (written for rejectwatch).

Adds rejection house styles that the first two waves lack: job-board relays that name the
employer in the third person, bare one- and two-sentence status notes, eligibility refusals,
searches paused or cancelled for business reasons, long warm early-careers letters with the
refusal in one clause, "limited interview capacity" letters, take-home feedback, "this season
is full", European replies that quote the original application, "not quite the match",
referral outcomes and replies to speculative CVs.

Hard negatives in the same job-board style ("{company} has received / viewed your
application", "{company} moved you to the next stage", "{company} wants to schedule an
interview") share the boards, footers and "similar jobs" blocks with the rejections, so the
model cannot learn "third-person employer + status update = rejection".

Every sentence here was written fresh for this module; boards, schools and employers named
here are invented. Families are declared with voices.base_letters.fam (see voices/base_letters.py for the slot
syntax) and carry their kind as the 4th element.
"""

from __future__ import annotations

import re

from ..engine import R

REJ = "rejection"
INT = "interview"
RCV = "application_received"
NXT = "next_steps"


# --- greetings and sign-offs written for this module -------------------------------------------
GREET = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hi there,",
    "Good morning {first},",
    "Hello,",
    "",
]
GREET_FORMAL = [
    "Dear {first} {last},",
    "Dear {title} {last},",
    "Dear Applicant,",
    "Dear {first},",
    "Dear {full},",
]
SIGN_ME = [
    "Kind regards,\n{rfull}",
    "With best wishes,\n{rfirst}",
    "Thanks again,\n{rfull}\n{rtitle}",
    "Best of luck,\n{rfirst} at {company}",
    "Yours,\n{rfirst}",
    "All best,\n{rfull}\n{rtitle} | {company}",
]
SIGN_US = [
    "The Recruiting Team at {company}",
    "Best regards,\nTalent Acquisition | {company}",
    "Kind regards,\n{company} People Team",
    "Sincerely,\nHuman Resources, {company}",
    "With thanks,\nThe {company} Careers Team",
    "Regards,\n{company} Talent",
]
CO_FROM = [
    "{company} Careers <careers@{cdomain}>",
    "{rfull} <{rmail}>",
    "{company} Recruiting <recruiting@{cdomain}>",
    "Talent at {company} <talent@{cdomain}>",
]

# --- invented job boards, shared by the rejections and the negatives ---------------------------
BOARDS_A = [
    "Jobwick|jobwick.com",
    "Tallyjobs|tallyjobs.io",
    "Hirequay|hirequay.co.uk",
    "Postmarq|postmarq.jobs",
]
BOARDS_B = [
    "Careerkite|careerkite.com",
    "Plinthjobs|plinthjobs.net",
    "Laddervale|laddervale.io",
    "Workfinch|workfinch.co",
]
CAMPUS = [
    "Gownpath|gownpath.com|Northgate University",
    "Unitrail|unitrail-mail.net|Ashcombe Institute of Technology",
    "Cloisterjobs|cloisterjobs.org|Kingsmere College",
    "Gownpath|gownpath.com|University of Larchfield",
]
BOARD_FROM = [
    "{board} <no-reply@{boarddom}>",
    "{board} Applications <applications@{boarddom}>",
    "{board} <updates@mail.{boarddom}>",
    "no-reply@{boarddom}",
]
CAMPUS_FROM = [
    "{cboard} <no-reply@{cboarddom}>",
    "{cboard} for {school} <notify@{cboarddom}>",
    "{school} Careers via {cboard} <careers@{cboarddom}>",
]


_LEVELS = "Senior|Junior|Lead|Associate|Graduate|Trainee|Assistant"
_LEVEL = re.compile(rf"\b(?:{_LEVELS}) (?=(?:{_LEVELS}) )")


def similar(r: R) -> str:
    """A 'similar jobs' block from a job board, rendered as text."""
    head = r(
        [
            "Similar jobs you might like",
            "Jobs like this one",
            "More roles near {city}",
            "Because you applied to {role}",
            "Recommended for you",
            "People who applied to this job also viewed",
        ]
    )
    pool = [
        "{role} - Brackwater Logistics - {city}",
        "[[Senior|Junior|Lead|Associate]] {role} - Greyfield Analytics - [[Remote|Hybrid|On-site]]",
        "{role} ([[contract|permanent|part-time|fixed term]]) - Tamsin & Cole - {city}",
        "[[Junior|Graduate|Trainee]] {role} - Vireo Health Partners - [[£|$|€]][[28|34|41|52]]k",
        "{role} - Ironleaf Software - posted [[2|3|5]] days ago",
        "{role} - Morrow & Daughters - {location}",
        "[[Associate|Assistant]] {role} - Corvid Lane Studios - [[Easy apply|Quick apply|Apply in one click]]",
        "{role} - Hollin Street Partners - [[new|actively hiring|urgently hiring]]",
    ]
    # drop our prefix when the role already carries one ("Junior Senior Backend Engineer")
    rows = [_LEVEL.sub("", r(p)) for p in pool]
    r.rng.shuffle(rows)
    rows = rows[: r.rng.randint(2, 4)]
    bullet = r.choice(["• ", "- ", "> ", ""])
    tail = r.maybe(0.5, ["[ See all jobs ]", "View more jobs >", "[ Browse {role} jobs ]"])
    return "\n".join([head, *[bullet + row for row in rows], tail]).strip()


def board_foot(r: R) -> str:
    return r(
        [
            "You're receiving this because you applied for a job through {board}.\nManage notifications · Unsubscribe · Help centre\n{board}, {city}",
            "{board} sends application updates on behalf of employers. Replies to this e-mail are not passed on.\nPrivacy · Terms · Email settings",
            "© {year} {board}. This e-mail was sent to {cmail}.\nChange your alert settings or unsubscribe at any time.",
            "{board} is not involved in employers' hiring decisions. For questions about a job, contact the employer directly.\nHelp · Privacy notice · Cookies",
            "Download the {board} app to track every application in one place.\nUnsubscribe from application updates",
        ]
    )


def campus_foot(r: R) -> str:
    return r(
        [
            "{cboard} | {school} Careers Service\nNotification preferences · Unsubscribe",
            "This message was sent by {cboard} on behalf of {school}. Do not reply to this address.",
            "Need help? Book a 1:1 appointment with a {school} careers adviser through {cboard}.\n{cboard} · Privacy · Accessibility",
        ]
    )


def legal_long(r: R) -> str:
    """Long corporate footer in new wording, used by the early-careers letters."""
    parts = [
        r(
            [
                "{company} is proud to be an equal opportunity employer. We consider qualified applicants regardless of race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other status protected by law.",
                "We are committed to an inclusive recruitment process. If you need an adjustment at any stage, contact our accessibility team and we will do our best to help.",
                "{company} and its subsidiaries hire on merit and welcome applicants from all backgrounds, including those with disabilities and those returning to work after a career break.",
            ]
        ),
        r(
            [
                "Your personal data is handled in line with the {company} Candidate Privacy Statement. You can ask us to access, correct or delete your information by e-mailing privacy@{cdomain}.",
                "We will keep your application data for [[12|24|18]] months so that we can contact you about future opportunities, unless you ask us to delete it sooner.",
                "This is a system-generated message. Please do not reply; this inbox is not monitored.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "© {year} {company}. All rights reserved.",
                "{company}, {street}, {city}",
                "Careers · Students & Graduates · Privacy · Terms of use · Cookie preferences",
            ],
        ),
    ]
    return "\n\n".join(p for p in parts if p)


_TECH_NOTES = [
    "Your solution handled the main path well, but it failed on empty input and on the malformed rows in the sample file.",
    "There were no automated tests, so the reviewers couldn't tell which behaviour was intended and which was accidental.",
    "The core logic mixed data access, business rules and output formatting in one long function; splitting those apart would make it much easier to follow.",
    "The README explained how to run the project clearly, which the reviewers appreciated, though it didn't mention the trade-offs you made.",
    "Querying the database inside a loop means the endpoint will slow down badly as data grows; a single join or a batched query would avoid that.",
    "Your commit history was tidy and the messages were descriptive - a genuine strength.",
    "Hard-coded file paths and magic numbers made the code awkward to run on another machine.",
    "Error handling mostly swallowed exceptions, so failures would have been silent in production.",
]
_CASE_NOTES = [
    "Your market sizing started from a sensible top-down figure but was never sanity-checked from the bottom up.",
    "The recommendation only appeared on the last slide; leading with it would have made the deck far stronger.",
    "The financial model had a circular reference in the cost tab that inflated margins in years two and three.",
    "You identified the right customer segments, and the panel liked your use of interview evidence.",
    "The implementation plan had no owners or dates, which made it hard to judge how realistic it was.",
    "The charts were clear, though several slides carried too much text to read during a presentation.",
    "The risks section listed the obvious risks but didn't say how you'd mitigate any of them.",
]


def _takehome_open(r: R) -> str:
    tech = r.c["sector"] in ("tech", "data")
    r.c["exercise"] = r.choice(
        ["coding exercise", "take-home assignment", "technical task", "take-home project"]
        if tech
        else ["case study", "written case exercise", "take-home case", "presentation task"]
    )
    return r(
        [
            "Thank you for completing the {exercise} for the {role} role.",
            "Thanks for the work you put into the {exercise} - the reviewers could see the effort.",
            "The panel has now gone through the {exercise} you sent us last [[week|Thursday|Monday]].",
        ]
    )


def _takehome_verdict(r: R) -> str:
    tech = r.c["sector"] in ("tech", "data")
    notes = list(_TECH_NOTES if tech else _CASE_NOTES)
    r.rng.shuffle(notes)
    notes = notes[: r.rng.randint(3, 4)]
    intro = r(
        [
            "Here's what the reviewers said:",
            "Some specific feedback from the panel:",
            "I've summarised the reviewers' notes below.",
            "The main points from the review:",
        ]
    )
    style = r.choice(["- ", "• ", "", "num"])
    if style == "num":
        lines = [f"{i}. {n}" for i, n in enumerate(notes, 1)]
    elif style:
        lines = [style + n for n in notes]
    else:
        lines = [" ".join(notes)]
    block = intro + "\n\n" + "\n".join(lines)
    verdict = r(
        [
            "Based on the review, we've decided not to move you forward to the next stage.",
            "The panel felt the submission wasn't strong enough to progress to the final interview, so we won't be continuing with your application.",
            "We're not going to take your application further this time, but I wanted to give you more than a one-line answer.",
            "Unfortunately it's a no from us for this role, and I'm sorry to be the bearer of that news.",
        ]
    )
    if r.chance(0.5):
        return verdict + "\n\n" + block
    return block + "\n\n" + verdict
