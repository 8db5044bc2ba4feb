"""Other job mail: a hiring process paused by the employer, the reader still in it (families
d13-paused-*; written for rejectwatch, issue 11, fifty-fourth pass).

Read slice 100 had portal status mails whose only news was a stage set to "On hold" (the
hiring manager away); every model filed them, because a status line next to words of stopping
reads like a closed application. Here the hold is the employer's and temporary, and the reader
keeps their place: a portal's status-change record, and a recruiter's or manager's own note.
The twin, a hold that ends with the post closed, is rejections/paused_then_closed.py.
Every sentence here was written fresh for this module; portals and employers are invented.
"""

from __future__ import annotations

from ..engine import R

OTHER = "other_job"

REASONS = [
    "hiring manager on leave",
    "hiring manager travelling",
    "awaiting budget sign-off",
    "headcount under review",
    "team restructure in progress",
    "panel unavailable until {month}",
    "office move",
    "recruiter handover",
    "year-end freeze on scheduling",
    "funding confirmation pending",
]
STATUS_LABEL = [
    "Stage",
    "Status",
    "Current step",
    "Application status",
    "Progress",
    "Where things stand",
]
STATUS_VALUE = ["On hold", "Paused", "On hold (temporary)", "Hiring paused", "Waiting", "Held"]
KEEP = [
    "Your application stays active and keeps its place in the queue.",
    "Nothing about your application has changed apart from the timing.",
    "This is not a decision about you: every candidate for this vacancy is paused at the same point.",
    "You don't need to do anything. Your answers and documents stay saved.",
    "Your place at the {stage} stage is kept for you while the hold lasts.",
    "No one has been appointed and no candidate has been turned down.",
    "We have not closed any applications for this role.",
]
RESUME = [
    "When the process restarts we'll update this status and write to you.",
    "We expect to pick things up again in {month}; you'll hear from us before then either way.",
    "As soon as the hold lifts, the next step will show here and we'll email you.",
    "We can't give a firm restart date yet, sorry. We will be in touch the moment we can.",
    "Unfortunately this adds a few weeks to the timeline. We'll let you know as soon as interviews can be booked.",
    "We hope to resume by {date2}.",
]
WITHDRAW = [
    "If you would rather withdraw in the meantime, you can do so from your account at any point.",
    "If your circumstances change while we wait, just reply and let us know.",
    "",
    "",
]
STAGES = ["interview", "assessment", "shortlist", "screening", "second round", "review"]
PORTALS = [
    "Hirebridge",
    "Talentloft",
    "Applytrack",
    "Rolepath",
    "Vacancy Desk",
    "Candidate Hub",
]


def _setup(r: R) -> None:
    r.c["stage"] = r.choice(STAGES)
    r.c["reason"] = r(REASONS)
    r.c["portal"] = r.choice(PORTALS)


def portal_record(rng, c):  # type: ignore[no-untyped-def]
    """An ATS status-change notice: a record block with the stage set to a hold."""
    r = R(rng, c)
    _setup(r)
    label, value = r.choice(STATUS_LABEL), r.choice(STATUS_VALUE)
    block = "\n".join(
        line
        for line in [
            r(["Position: {role}", "Vacancy: {role} ({req})", "Role: {role}, {location}"]),
            f"{label}: {value}" + r([" - {reason}", " ({reason})", "", " | reason: {reason}"]),
            r(["Updated: {date}", "Last change: {date}", ""]),
        ]
        if line
    )
    head = r(
        [
            "There's been a change to your application with {company}.",
            "The status of your application has been updated.",
            "An update on the {role} vacancy you applied for:",
            "Your candidate record at {company} changed today.",
        ]
    )
    body = r.body(
        r(["Hi {first},", "Dear {first},", "Hello {first} {last},", ""]),
        head,
        block,
        r(KEEP),
        r(RESUME),
        r(WITHDRAW),
        r(
            [
                "{company} Recruitment",
                "The {company} hiring team",
                "Sent via {portal} for {company}",
            ]
        ),
    )
    subject = r(
        [
            "Application update: {role}",
            "Status change - {role} ({req})",
            "Your application is on hold",
            "{company}: {role} paused",
            "Update on your {role} application",
        ]
    )
    sender = r(["{company} Careers <no-reply@{cdomain}>", "{portal} <notifications@{cdomain}>"])
    return subject, body, sender


def person_note(rng, c):  # type: ignore[no-untyped-def]
    """A recruiter's or manager's own note that the process is paused, the reader kept in it."""
    r = R(rng, c)
    _setup(r)
    opening = r(
        [
            "I wanted to let you know personally that we've had to pause the {role} process for now ({reason}).",
            "Quick heads-up: the {role} search is on hold for a little while - {reason}.",
            "Sorry for the silence since your {stage}. The honest reason is that the whole process is on hold: {reason}.",
            "We've put the {role} hiring on pause while we wait for a decision above us.",
        ]
    )
    body = r.body(
        r(["Hi {first},", "Hello {first},", "{first} -", "Dear {first},"]),
        opening,
        r(
            [
                "You're still very much in the running, and I don't want you to read the quiet as a no.",
                "This isn't a no. You're one of the people we most want to see when things restart.",
                "Your application stays with me and nothing has been decided on anyone.",
                "Unfortunately I can't give you a date, but you haven't lost your place.",
            ]
        ),
        r(RESUME),
        r(["Thanks for bearing with us.", "Thanks for your patience.", "Speak soon.", ""]),
        r(["{rfirst}", "{rfull}\n{rtitle}, {company}", "Best,\n{rfirst} {rlast}"]),
    )
    subject = r(
        [
            "RE: {role} - timing",
            "{role}: a short pause",
            "Where things are with {role}",
            "Re: following up on my {stage}",
            "Hold on the {role} process",
        ]
    )
    return subject, body, r(["{rfull} <{rmail}>"])


FAMILIES = [
    ("d13-paused-portal-record", portal_record, 36, OTHER),
    ("d13-paused-person-note", person_note, 30, OTHER),
]
