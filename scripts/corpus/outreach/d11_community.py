"""Job mail that is neither a decision nor a confirmation but shares their words (families
d11-*; helper d11, issue 11, eleventh pass; voice: voices/d11_mail.py): a welcome to a talent
community the reader joined, and a job alert listing roles that are closed or filled.
"""

from __future__ import annotations

from ..voices.d11_mail import ALERT, OTHER, letter, long_footer

WELCOME = [
    "Welcome to the {company} talent community! You'll be the first to hear about roles that "
    "match the interests you selected.",
    "Thanks for joining our talent network. We'll send you jobs in {team} and {city} as they "
    "open, and you can update your preferences at any time.",
    "You're in! Members of the {company} talent community get early invitations to hiring "
    "events and a monthly careers newsletter.",
]
ALERT_ROLES = [
    "Operations Analyst",
    "Junior Product Designer",
    "Payroll Officer",
    "Site Reliability Engineer",
    "Events Coordinator",
    "Clinical Coder",
    "Account Executive",
    "Research Assistant",
]
OPEN_ROWS = [
    "{r} - {company} - {location}\nNew - posted 2 days ago - Easy apply",
    "{r} (contract) - {company}\nApplications close {date2}",
    "{r} - {location}\n12 applicants - Actively recruiting",
    "Senior {r} - {company}\nSalary listed - apply on company site",
]
CLOSED_ROWS = [
    "{r} - {company} - {location}\nThis position is no longer accepting applications.",
    "{r} at {company} ({location}) - Filled\nSimilar jobs near you: 14",
    "{r} - {company}\nClosed: the employer has stopped recruiting for this job.",
]


def alert_rows(r):
    """Three to five listings, at most one of them closed or filled."""
    roles = r.rng.sample(ALERT_ROLES, r.rng.randint(3, 5))
    closed = r.rng.randrange(len(roles)) if r.chance(0.7) else -1
    rows = []
    for i, role in enumerate(roles):
        tpl = r.choice(CLOSED_ROWS if i == closed else OPEN_ROWS)
        rows.append(r(tpl.replace("{r}", role)))
    return "\n\n".join(rows)


FAMILIES = [
    letter(
        "d11-out-talent-community-welcome",
        12,
        OTHER,
        ["{company} Careers <careers@{cdomain}>", "{company} Talent Network <talent@{cdomain}>"],
        [
            "Welcome to our talent community",
            "You've joined {company} Talent",
            "Thanks for signing up",
        ],
        ["Hi {first},", "Hello {first},", "Welcome, {first}!"],
        WELCOME,
        (0.5, ["Not ready to apply? No problem - just keep an eye on your inbox."]),
        ["The {company} Talent Team"],
        (0.6, lambda r: long_footer(r, 2, 5)),
    ),
    letter(
        "d11-out-alert-closed-roles",
        12,
        ALERT,
        [
            "JobFinder Alerts <alerts@jobfinder.example>",
            "Jobs for you <jobs-noreply@workscout.example>",
        ],
        ["{role} jobs in {city}", "Your saved search: {role}", "Updates to jobs you viewed"],
        [
            "Hi {first}, here are updates to jobs you saved:",
            "Your daily job alert",
            "Jobs matching '{role}'",
        ],
        alert_rows,
        ["Manage alerts | Unsubscribe", "You are receiving this because you created a job alert."],
    ),
]
