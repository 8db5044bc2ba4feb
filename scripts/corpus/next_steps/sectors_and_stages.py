"""Assessments, take-home briefs, references, right-to-work checks (families br-nxt-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import ORG, bye, bye_team, fam, footer, hi, kind_of, person

_FAMILIES = [
    # --- next steps ------------------------------------------------------------------------
    fam(
        "br-nxt-online-assessment",
        14,
        [
            "{company} Talent Acquisition <talent@{cdomain}>",
            "{company} Assessments <assessments@{cdomain}>",
        ],
        [
            "Next step: online assessment",
            "Action required: complete your assessment",
            "{role} - assessment invitation",
        ],
        hi,
        [
            "Thank you for applying for {role}. The next step in our process is an online assessment.",
            "We'd like to invite you to complete our [[numerical|logical|coding|situational judgement]] assessment.",
        ],
        [
            "Please complete it within {days} days. If we do not receive your assessment by the deadline, unfortunately we will not be able to progress your application.",
            "The test takes about [[30|45|60]] minutes. Results are reviewed together with your application.",
        ],
        ["Start assessment: https://assess.{cdomain}/{tok}", "[ Begin assessment ]"],
        bye_team,
    ),
    fam(
        "br-nxt-takehome-brief",
        12,
        [person],
        ["{company} take-home exercise", "Next step: take-home", "Re: {role} - exercise"],
        hi,
        [
            "Thanks for the great chat! As a next step we'd like you to complete a short take-home exercise.",
            "Attached is the brief for the take-home part of our process.",
        ],
        [
            "Please spend no more than [[3|4]] hours on it and send it back by {date2}.",
            "We'll review it as a team and follow up within a week.",
        ],
        bye,
    ),
    fam(
        "br-nxt-references",
        12,
        [person, "{company} HR <hr@{cdomain}>"],
        ["Reference request", "References - {role}", "Next steps: references"],
        hi,
        [
            "We're moving to the final stage for {role} and would like to take up references.",
            "Could you send the names and contact details of two referees?",
        ],
        [
            "Please include your most recent manager. We'll only contact them with your consent.",
            "Unfortunately we can't finalise anything until references are in, so the sooner the better.",
        ],
        bye,
    ),
    fam(
        "br-nxt-incomplete-action",
        12,
        ORG,
        [
            "Action required: your application is incomplete",
            "Incomplete application - {role}",
            "Please complete your application",
        ],
        hi,
        [
            "Unfortunately your application for {role} is missing some information.",
            "We noticed you started an application for {role} but did not submit it.",
        ],
        [
            "Please log in and upload your [[CV|cover letter|transcript|right-to-work document]] before {date2}, otherwise we will not be able to consider it.",
            "Complete the remaining questions to submit your application.",
        ],
        footer,
    ),
    fam(
        "br-nxt-assessment-centre-invite",
        12,
        ["{company} Graduate Recruitment <graduates@{cdomain}>"],
        ["Invitation to our assessment centre", "Graduate scheme - final stage"],
        hi,
        [
            "Congratulations on passing the video interview stage of the {company} graduate scheme.",
            "We're pleased to invite you to our assessment centre.",
        ],
        [
            "It will take place on {date2} and includes a group exercise, a presentation and an interview.",
            "Please book your place using the link below. Places are limited, so unfortunately we cannot guarantee late bookings.",
        ],
        bye_team,
    ),
    fam(
        "br-nxt-right-to-work",
        10,
        ["{company} HR <hr@{cdomain}>", person],
        ["Pre-employment checks", "Right to work documents needed"],
        hi,
        [
            "As part of your pre-employment checks we need to verify your right to work.",
            "To complete your onboarding, please share the following documents.",
        ],
        [
            "Please upload your passport or share code by {date2}. Unfortunately we cannot confirm your start date until this is done.",
            "Bring the originals on your first day.",
        ],
        bye,
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
