"""The voice of the w2-pub-* families: public-sector notices (helper W2, issue 11; written for
rejectwatch). US federal-style notices of results, UK civil-service-style sift results, and
council / NHS / university letters; the outcome sentences are in public_notices.py in
rejections/, confirmations/ and interviews/. Agencies, councils, trusts and universities are
invented.
"""

from __future__ import annotations

from ..engine import R
from ..fragments import slug
from .portal_letters import HELLO_FORMAL

US_ROLES = [
    "Program Analyst",
    "Management Analyst",
    "IT Specialist (INFOSEC)",
    "Contract Specialist",
    "Human Resources Assistant",
    "Budget Analyst",
    "Fishery Biologist",
    "Archives Technician",
    "Administrative Officer",
    "Program Support Assistant",
    "Grants Management Specialist",
    "Safety Inspector",
]

US_PLACES = [
    "Washington, DC",
    "Denver, CO",
    "Kansas City, MO",
    "Atlanta, GA",
    "Seattle, WA",
    "Anchorage, AK",
    "Norfolk, VA",
    "Albuquerque, NM",
    "Multiple locations",
    "Remote (nationwide)",
]

UK_ROLES = [
    "Policy Adviser",
    "Caseworker",
    "Operational Delivery Officer",
    "Data Analyst",
    "Project Support Officer",
    "Digital Content Designer",
    "Finance Business Partner",
    "Executive Assistant",
    "Assistant Economist",
    "Correspondence Officer",
    "Senior Policy Officer",
]

LOCAL_ROLES = [
    "Environmental Health Officer",
    "Library Assistant",
    "Staff Nurse \u2013 Band 5",
    "Healthcare Support Worker",
    "Research Associate",
    "Lecturer in Nursing",
    "Planning Officer",
    "Social Worker",
    "Administrator \u2013 Estates",
    "Teaching Assistant",
    "Finance Officer",
    "Ward Clerk",
    "Waste Services Operative",
    "Postdoctoral Research Fellow",
]

LOCAL_TEAMS = [
    "Adult Social Care",
    "Planning",
    "Estates",
    "Emergency Department",
    "School of Engineering",
    "Library",
    "Housing",
    "Children's Services",
    "Finance",
    "Outpatients",
    "Student Services",
]


def as_public(r: R, which: str) -> None:
    """Make the public body the sender everywhere (padding uses {company} and {cdomain} too)
    and give it roles and places of its own."""
    c = r.c
    org, dom = {"us": ("usorg", "usdom"), "uk": ("ukorg", "ukdom"), "local": ("local", "ldom")}[
        which
    ]
    c["company"], c["cdomain"], c["cslug"] = c[org], c[dom], slug(c[org])[:14]
    for key in ("rmail", "rinit"):  # the recruiter writes from the public body's domain
        c[key] = f"{c[key].split('@')[0]}@{c[dom]}"
    if which == "us":
        c["role"], c["location"] = r.choice(US_ROLES), r.choice(US_PLACES)
        initials = "".join(w[0] for w in c["usorg"].replace(".", "").split() if w[0].isupper())
        c["ann"] = (
            f"{r.choice(['', 'DE-', 'MP-', 'ST-'])}{initials}-{c['year'][2:]}-{r.rng.randint(10000000, 99999999)}"
        )
    elif which == "uk":
        c["role"] = r.choice(UK_ROLES)
    else:
        c["role"], c["team"] = r.choice(LOCAL_ROLES), r.choice(LOCAL_TEAMS)


US_SENDERS = [
    "{usorg} Human Resources <hr-notices@{usdom}>",
    "no-reply@{usdom}",
    "Staffing Office <staffing@{usdom}>",
    "Applicant Notification System <notifications@{usdom}>",
    "{usorg} <careers@{usdom}>",
]

US_SUBJECTS = [
    "Notice of Results \u2013 {ann}",
    "Application status for announcement {ann}",
    "Your application status has changed",
    "{ann}: {role}, {grade}",
    "Notification of applicant status",
    "Results of your application to {usorg}",
]

US_HEAD = [
    "Announcement Number: {ann}\nPosition: {role}, {grade}\nAgency: {usorg}\nLocation: {location}",
    "Vacancy: {ann}\nTitle/Series/Grade: {role} / {grade}\nApplication number: {appno}",
    "RE: {role}, {grade}\nAnnouncement {ann} (closed {ndate})",
    "Position Title | {role}\nPay Plan/Series/Grade | {grade}\nAnnouncement | {ann}\nStatus | STATUS",
]

US_OPEN = [
    "Thank you for your interest in employment with {usorg}.",
    "We have completed our review of your application for the position listed above.",
    "This notice is to inform you of the status of your application.",
    "Your application for the above announcement has been reviewed by the Human Resources office.",
    "The review of applications received under this announcement is now complete.",
]

US_CLOSE = [
    "Sign in to your account on the federal jobs site whenever you like to see where your application stands.",
    "This is an automated message. Please do not reply to this e-mail.",
    "If you have questions about this notice, please contact the HR specialist named in the announcement.",
    "For more information on how applications are rated, see the \u201cHow You Will Be Evaluated\u201d section of the announcement.",
    "",
]


def us_notice(pool: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "us")
        status = r.choice(list(pool))
        head = r(US_HEAD)
        label = (
            ""
            if "STATUS" in head
            else r(
                [
                    "Status: SSS",
                    "Result: SSS",
                    "Application status: SSS",
                    "Referral status: SSS",
                    "",
                    "",
                ]
            ).replace("SSS", status)
        )
        body = r.body(
            r(HELLO_FORMAL),
            r(US_OPEN),
            head.replace("STATUS", status),
            label,
            r(pool[status]),
            r(US_CLOSE),
            r(US_CLOSE),
            r(
                [
                    "Sincerely,\nHuman Resources Office\n{usorg}",
                    "{usorg} Staffing",
                    "Human Resources Specialist\n{usorg}",
                    "",
                ]
            ),
        )
        return r(US_SUBJECTS), body, r(US_SENDERS)

    return write


UK_SENDERS = [
    "{ukorg} Recruitment <recruitment@{ukdom}>",
    "Civil Service Jobs <noreply@{ukdom}>",
    "Resourcing Team <resourcing@{ukdom}>",
    "{ukorg} <vacancies@{ukdom}>",
]

UK_SUBJECTS = [
    "Sift outcome: {role} ({vac})",
    "Your application for {role} \u2013 {vac}",
    "Vacancy {vac}: result of the sift",
    "Application update \u2013 {ukorg}",
    "{ukgrade} {role} \u2013 update",
]

BEHAVIOURS = [
    "Delivering at Pace",
    "Working Together",
    "Communicating and Influencing",
    "Making Effective Decisions",
    "Seeing the Big Picture",
    "Managing a Quality Service",
    "Changing and Improving",
    "Developing Self and Others",
]


def scores(r: R, passed: bool) -> str:
    names = r.rng.sample(BEHAVIOURS, r.rng.randint(2, 4))
    need = int(r.c["needed"])
    lines = []
    for i, name in enumerate(names):
        if passed:
            score = r.rng.randint(need, 7)
        else:
            score = (
                r.rng.randint(need - 2, need - 1)
                if i == 0 or r.chance(0.4)
                else r.rng.randint(need, 6)
            )
        lines.append(
            r(["NNN: SSS", "NNN \u2013 SSS/7", "NNN | SSS"])
            .replace("NNN", name)
            .replace("SSS", str(score))
        )
    lines.insert(
        0,
        r(["Your scores:", "Sift scores", "Behaviour | Score", "Assessment of your application:"]),
    )
    return "\n".join(lines)


UK_OPEN = [
    "Thank you for applying for the role of {role} ({ukgrade}), vacancy reference {vac}.",
    "Thank you for your interest in working for {ukorg}.",
    "The sift for vacancy {vac}, {role}, has now been completed.",
    "We have now assessed all the applications received for {role}.",
]


def sift_result(decision: list[str], after: list[str], passed: bool):  # type: ignore[no-untyped-def]
    """A civil-service-style sift result; ``passed`` decides whether the scores meet the bar."""

    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "uk")
        body = r.body(
            r(HELLO_FORMAL),
            r(UK_OPEN),
            scores(r, passed) if r.chance(0.6) else "",
            r(decision),
            r(after),
            r(
                [
                    "Yours sincerely,\n{ukorg} Recruitment Team",
                    "Kind regards,\nResourcing Team\n{ukorg}",
                    "Many thanks,\n{rfull}\nVacancy Holder, {ukorg}",
                    "Best wishes\nCivil Service Resourcing on behalf of {ukorg}",
                ]
            ),
            r(["", "", "Please do not reply to this automated e-mail.", "OFFICIAL"]),
        )
        return r(UK_SUBJECTS), body, r(UK_SENDERS)

    return write


LOCAL_SENDERS = [
    "{local} Recruitment <recruitment@{ldom}>",
    "{local} HR <hr.jobs@{ldom}>",
    "Jobs at {local} <jobs@{ldom}>",
    "{rfull} <{rfirst}.{rlast}@{ldom}>",
    "noreply@{ldom}",
]

LOCAL_SUBJECTS = [
    "Post of {role} \u2013 ref {vac}",
    "Your application \u2013 {role}",
    "Shortlisting outcome: {vac}",
    "{local}: your job application",
    "Vacancy {vac}",
    "Application reference {appno}",
]

LOCAL_OPEN = [
    "Thank you for applying for the post of {role}, reference {vac}.",
    "Re: {role}, {local} (closing date {ndate})",
    "Thank you for your recent application to {local}.",
    "Thank you for your interest in the {role} post in our {team} service.",
]


def local_letter(decision: list[str], after: list[str]):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        as_public(r, "local")
        body = r.body(
            r(HELLO_FORMAL),
            r(LOCAL_OPEN),
            r(decision),
            r(after),
            r(
                [
                    "Yours sincerely,\n{rfull}\nRecruitment Officer, {local}",
                    "Kind regards,\nHR Recruitment Team\n{local}",
                    "With thanks,\n{rfull}\n{local}",
                    "Recruitment Services\n{local}",
                ]
            ),
            r(
                [
                    "",
                    "{local} \u2013 working together for a healthier community.",
                    "This e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender.",
                    "Please consider the environment before printing this e-mail.",
                ]
            ),
        )
        return r(LOCAL_SUBJECTS), body, r(LOCAL_SENDERS)

    return write
