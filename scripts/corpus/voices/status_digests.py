"""The voice of the w5-board-*, w5-digest-*, w5-multi-* and w5-disposition-* families (helper
W5, issue 11; written for rejectwatch): a job board or aggregator relaying what an employer
did with an application; a weekly digest listing several applications with one status each;
one employer's letter about several positions the candidate applied for; and an ATS record
block with unusual field names ("Disposition", "Stage", "Workflow step").

Rejections, confirmations, invitations, next steps, a referrer's update and job alerts all use
these skeletons; the status words and the decision sentences are in status_digests.py in each
kind's folder, so only they tell the kinds apart.
"""

from __future__ import annotations

from ..engine import R
from .portal_letters import Writer, jobs_you_may_like

BOARDS = [
    "Jobharvest|jobharvest.com",
    "Hireloop|hireloop.io",
    "WorkWharf|workwharf.co.uk",
    "Stellenfuchs|stellenfuchs.de",
    "CareerLattice|careerlattice.com",
    "Applyboard Pro|applyboardpro.net",
    "Gradbridge|gradbridge.org",
]

OTHER_COMPANIES = [
    "Bramble Analytics",
    "Tidewater Logistics",
    "Northgate Housing",
    "Copperleaf Bank",
    "Juniper Robotics",
    "Harrow & Vale",
    "Lumen Pharmacy",
    "Kestrel Games",
    "Orchard Schools Trust",
    "Meridian Freight",
    "Saltmarsh Energy",
    "Quarry Lane Studio",
]

OTHER_ROLES = [
    "Data Analyst",
    "Operations Coordinator",
    "Junior Product Manager",
    "Customer Success Associate",
    "Finance Assistant",
    "Marketing Executive",
    "QA Tester",
    "Graduate Engineer",
    "HR Administrator",
    "Sales Development Rep",
    "Project Officer",
    "Technical Support Specialist",
]


def board_setup(r: R) -> None:
    r.c["board"], r.c["bdom"] = r.choice(BOARDS).split("|")


def board_sender(r: R) -> str:
    return r(
        [
            "{board} <notifications@{bdom}>",
            "{board} Applications <updates@{bdom}>",
            "{company} via {board} <no-reply@{bdom}>",
            "{board} <hello@{bdom}>",
        ]
    )


BOARD_FOOT = [
    "You're receiving this because you applied through {board}. Manage notifications in Settings.",
    "{board} passes on employer updates as they arrive. We do not take hiring decisions.",
    "Download the {board} app to track every application in one place.",
    "\u00a9 {year} {board} \u00b7 Privacy \u00b7 Terms \u00b7 Unsubscribe",
    "Tip: a complete profile gets up to 3x more employer views.",
]


def board_relay(
    news: list[str],
    after: list[str],
    subjects: list[str] | None = None,
    intros: list[str] | None = None,
    jobs: float = 0.6,
) -> Writer:
    """A job board passing on an employer's action on one application, with a list of similar
    jobs and the board's own footer."""

    def write(r: R) -> tuple[str, str, str]:
        board_setup(r)
        intro = r(
            intros
            or [
                "Here's an update from {company} on your application for {role}.",
                "Your application for {role} at {company} ({city}) has a new update.",
                "We heard back from {company} about the {role} job you applied to on {board}.",
                "An employer responded to your application.\n\n{role}\n{company} \u00b7 {city}",
                "",
            ]
        )
        parts = [r(["Hi {first},", "Hello {first},", "{first},", ""]), intro, r(news), r(after)]
        if r.chance(jobs):
            parts.append(jobs_you_may_like(r))
        parts.append("\n".join(r.rng.sample([r(x) for x in BOARD_FOOT], r.rng.randint(1, 3))))
        subj = r(
            subjects
            or [
                "Update on your application to {company}",
                "{company} responded to your application",
                "Application update: {role}",
                "News about your {role} application",
                "{company} \u2013 {role}",
            ]
        )
        return subj, r.body(*parts), board_sender(r)

    return write


def _positions(r: R, n: int) -> list[tuple[str, str]]:
    roles = r.rng.sample(OTHER_ROLES, n - 1) + [r.c["role"]]
    cos = r.rng.sample(OTHER_COMPANIES, n - 1) + [r.c["company"]]
    pairs = list(zip(roles, cos, strict=True))
    r.rng.shuffle(pairs)
    return pairs


def _row(r: R, style: int, role: str, co: str, status: str) -> str:
    if style == 0:
        return f"\u2022 {role} \u2013 {co}: {status}"
    if style == 1:
        return f"{role}\n{co}\nStatus: {status}"
    if style == 2:
        return f"| {role} | {co} | {status} |"
    if style == 3:
        return f"{co} \u00b7 {role} \u2192 {status}"
    return f"- {role} at {co} ({status})"


def digest(
    base: list[str], special: list[str] | None = None, summary: list[str] | None = None
) -> Writer:
    """A board's digest of two to five applications. Every row gets a status from ``base``;
    with ``special``, one row (the employer of the context) gets a status from it instead."""

    def write(r: R) -> tuple[str, str, str]:
        board_setup(r)
        n = r.rng.randint(2, 5)
        style = r.rng.randint(0, 4)
        rows = []
        for role, co in _positions(r, n):
            pool = special if special and co == r.c["company"] else base
            rows.append(_row(r, style, role, co, r(pool)))
        if style == 2:
            rows.insert(0, "| Role | Employer | Status |\n|---|---|---|")
        head = r(
            [
                f"{n} of your applications were updated this week.",
                "Here's where your applications stand.",
                "Your weekly application summary",
                "Application tracker \u2013 week of {date}",
                "Latest from the employers you applied to:",
            ]
        )
        joiner = "\n" if style in (0, 2, 3, 4) else "\n\n"
        parts = [r(["Hi {first},", "Hello {first},", ""]), head, joiner.join(rows)]
        if summary:
            parts.append(r(summary))
        parts.append(
            r(
                [
                    "See all applications on {board}",
                    "Open your tracker \u203a",
                    "Log in to see details.",
                    "",
                ]
            )
        )
        if r.chance(0.5):
            parts.append(jobs_you_may_like(r))
        parts.append(r(BOARD_FOOT))
        subj = r(
            [
                "Your applications: weekly update",
                f"{n} application updates",
                "Application digest \u2013 {date}",
                "What's new with your applications",
                "{board} weekly summary",
            ]
        )
        return (
            subj,
            r.body(*parts),
            r(["{board} Digest <digest@{bdom}>", "{board} <updates@{bdom}>"]),
        )

    return write


def employer_multi(outcomes: list[str], close: list[str]) -> Writer:
    """One employer about the several positions a candidate applied for: the roles are named,
    then one outcome paragraph from ``outcomes`` (which uses {role}, {role2}, {role3})."""

    def write(r: R) -> tuple[str, str, str]:
        others = r.rng.sample([x for x in OTHER_ROLES if x != r.c["role"]], 2)
        r.c["role2"], r.c["role3"] = others
        listing = r(
            [
                "You applied for three positions with us: {role}, {role2} and {role3}.",
                "Thanks for your applications to {company} ({role}, {role2}, {role3}).",
                "We have now reviewed all of your applications:\n\u2022 {role}\n\u2022 {role2}\n\u2022 {role3}",
                "I'm writing about the roles you applied for with us \u2013 {role2}, {role3} and {role}.",
            ]
        )
        parts = [
            r(["Dear {first},", "Hi {first},", "Hello {first},", "Dear {first} {last},"]),
            listing,
            r(outcomes),
            r(close),
            r(
                [
                    "Kind regards,\n{rfull}\n{rtitle}, {company}",
                    "Best,\n{rfirst}",
                    "Thanks,\n{company} Recruiting",
                ]
            ),
        ]
        subj = r(
            [
                "Your applications to {company}",
                "Update on your {company} applications",
                "{role}, {role2} and {role3}",
                "Your recent applications",
            ]
        )
        return (
            subj,
            r.body(*parts),
            r(["{rfull} <{rmail}>", "{company} Recruiting <jobs@{cdomain}>"]),
        )

    return write


FIELDS = {
    "cand": ["Candidate", "Applicant", "Name"],
    "req": ["Requisition", "Req #", "Job", "Posting", "Vacancy"],
    "upd": ["Updated", "Last change", "Date", "Modified"],
}


def record(
    lines: list[str],
    meanings: list[str],
    *,
    who: str = "{full}",
    head: list[str] | None = None,
    subjects: list[str] | None = None,
) -> Writer:
    """An ATS record block as its notification shows it (Candidate / Requisition / one or two
    status lines from ``lines`` / Updated), with an optional sentence from ``meanings``."""

    def write(r: R) -> tuple[str, str, str]:
        status = r(lines)
        block = "\n".join(
            [
                f"{r.choice(FIELDS['cand'])}: {r(who)}",
                f"{r.choice(FIELDS['req'])}: {r('{req}')} \u2013 {r.c['role']}",
                status,
                f"{r.choice(FIELDS['upd'])}: {r('{ndate}')}",
            ]
        )
        if r.chance(0.3):
            block = block.upper() if r.chance(0.2) else block.replace(": ", "\t")
        intro = r(
            head
            or [
                "Your application record has changed.",
                "The following update was made to your candidate record:",
                "Application activity",
                "A recruiter updated your application.",
                "",
            ]
        )
        parts = [r(["Hi {first},", "Dear {first},", "Hello,", ""]), intro, block, r(meanings)]
        parts.append(
            r(
                [
                    "Log in to {portal} for details.",
                    "This is an automated notification from {portal}.",
                    "Do not reply to this e-mail.",
                    "",
                ]
            )
        )
        subj = r(
            subjects
            or [
                "Candidate record updated",
                "[{portal}] Application activity",
                "Record change: {req}",
                "Your application: status change",
                "Disposition update",
            ]
        )
        return (
            subj,
            r.body(*parts),
            r(
                [
                    "{portal} <notify@{pdomain}>",
                    "{company} Talent Systems <ats@{cdomain}>",
                    "no-reply@{pdomain}",
                ]
            ),
        )

    return write
