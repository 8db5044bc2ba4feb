"""Offers in the skeletons of the w6 soft rejections (helper w6, issue 11, sixth corpus pass;
written for rejectwatch): a programme place offered, and a warm thread reply choosing the
reader, each with a hedge or an "unfortunately" about a detail (families w6-off-*).
"""

from __future__ import annotations

from ..voices.soft_decisions import BYE, HI, PERSON, SETUP, fam, quoted, thread_subject

OFF = "offer"

PLACE = [
    "We're delighted to offer you a place on our {year} Summer Internship Programme.",
    "Following the assessment centre, we're pleased to offer you a place on the Graduate Scheme starting in September.",
    "Congratulations - the selection panel has recommended you for a place on this year's apprenticeship intake.",
]
PLACE_DETAIL = [
    "Unfortunately we can't offer relocation support for this programme, but the London weighting applies.",
    "Places are confirmed once your references are in; please accept within seven days.",
    "Your contract and start pack will follow this week.",
]
CHOSEN = [
    "After a long debrief the team was unanimous, and we'd love to offer you the {role} role. The formal offer letter will come from HR tomorrow.",
    "I'm really happy to be writing this: we'd like to offer you the position, and the offer letter is attached.",
    "We're delighted to offer you the {role} job. Unfortunately the start date has to be {date2} rather than earlier, but everything else is as we discussed.",
    "Good news - the role is yours if you want it! Unfortunately we couldn't move on the base salary, but we've added a signing bonus; details in the attached offer.",
]

FAMILIES = [
    fam(
        "w6-off-programme-place",
        18,
        ["{company} Early Careers <earlycareers@{cdomain}>"],
        [
            "Your application to the {year} Summer Internship Programme",
            "Graduate Scheme {year} - offer",
        ],
        HI,
        ["Thank you for applying to {company}.", ""],
        PLACE,
        PLACE_DETAIL,
        ["The Early Careers Team"],
        setup=SETUP,
        kind=OFF,
    ),
    fam(
        "w6-off-thread-chosen",
        18,
        PERSON,
        [thread_subject],
        HI,
        [
            "Thank you for your patience while we finished the last round.",
            "It was a real pleasure talking with you on {weekday}.",
        ],
        CHOSEN,
        ["Let me know if you have any questions.", ""],
        BYE,
        quoted,
        setup=SETUP,
        kind=OFF,
    ),
]
