"""Next steps with deadlines that carry the words of a refusal (families d11-*; helper d11,
issue 11, eleventh pass; voice: voices/d11_mail.py): assessments whose deadline cannot move,
reference requests after a final interview, programme next stages.
"""

from __future__ import annotations

from ..voices.d11_mail import NXT, PERSON_FROM, history, letter, long_footer, person_sig, team_sig

ASSESS = [
    "The next step is a {dur}-minute online assessment. Please complete it by {date2}; "
    "unfortunately we can't extend the deadline, as the panel meets the day after.",
    "You've been invited to a written exercise. The link expires at {time2} on {date2} and, "
    "regrettably, late submissions cannot be scored.",
    "Please record your video answers by {date2}. If you don't complete them in time we won't "
    "be able to move your application forward, so do get in touch if anything gets in the way.",
    "Action required: finish the skills test before {date2}. Applications without a test "
    "score are not passed to the hiring team.",
]
REFS = [
    "Thanks for a great final interview. Before we go further, could you send us the details "
    "of two referees, one of them your current manager, by {date2}?",
    "The panel would like to take up references. Please fill in the referee form by {date2} - "
    "unfortunately we can't make an offer until both are back.",
    "We're at the reference stage now. Could you let your referees know to expect an email "
    "from us this week?",
]
PROGRAMME = [
    "Congratulations - you have progressed to the video interview stage of the {company} "
    "Summer Internship. Please complete it by {date2}.",
    "You've passed the online tests for the Graduate Scheme. The next stage is an assessment "
    "centre; please book a slot before {date2}, as places are limited.",
    "The committee would like you to submit a short research proposal (two pages) by {date2} "
    "so it can be considered at the shortlisting meeting.",
]

FAMILIES = [
    letter(
        "d11-nxt-assessment-deadline",
        16,
        NXT,
        ["{company} Careers <no-reply@careers.{cdomain}>", "Talent Team <jobs@{cdomain}>"]
        + PERSON_FROM,
        [
            "Next step: assessment",
            "Action required: {role}",
            "Your assessment link",
            "Deadline {date2} - {role}",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first} {last},"],
        ASSESS,
        (
            0.4,
            [
                "Should you not complete it, your application will be closed automatically.",
                "Good luck - most candidates finish in under an hour.",
            ],
        ),
        team_sig,
        (0.4, lambda r: long_footer(r, 2, 5)),
    ),
    letter(
        "d11-nxt-references-after-final",
        14,
        NXT,
        PERSON_FROM,
        ["References", "RE: Final interview", "Next steps - {role}"],
        ["Hi {first},", "Dear {first},"],
        REFS,
        person_sig,
        (0.5, history),
    ),
    letter(
        "d11-nxt-programme-next-stage",
        14,
        NXT,
        [
            "Early Careers at {company} <earlycareers@{cdomain}>",
            "{company} Graduate Programme <graduates@{cdomain}>",
            "Admissions Office <pgr-admissions@{cslug}.ac.uk>",
        ],
        ["Next stage of your application", "{year} programme: next steps", "Action needed"],
        ["Dear {first},", "Hi {first},"],
        PROGRAMME,
        (0.5, ["We regret that we cannot accept submissions after the deadline."]),
        team_sig,
    ),
]
