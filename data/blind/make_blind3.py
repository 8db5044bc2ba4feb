"""Write blind-slice-3.jsonl: a third sealed batch of mail the classifier has never seen.

Issue 11, third pass. Written before this session's model changes, by a writer who did not read
scripts/corpus_parts/, the training files or the two earlier slices (only their record format).
Stdlib only, fixed seed: two runs write byte-identical files.

    python data/blind/make_blind3.py [--check]

``--check`` also prints the 6-word-shingle overlap with data/*.jsonl and the earlier slices
(shingle sets only; nothing of theirs is printed) and fails on any match that is not a stock
phrase or a slot frame.

Records use the corpus keys (id, subject, body, sender, label, kind, family, provenance) plus
``to`` and ``date`` for the reader's benefit; corpus.read_examples ignores the extra two.
Ids are ``blind3-<kind>-NNN``; ``family`` names the template, so grouped figures are possible.
"""

# Long prose lines and a seeded (non-crypto) generator are the point of this file.
# ruff: noqa: E501, S311, S101, PLR0917, RUF005

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 20261130
OUT = Path(__file__).with_name("blind-slice-3.jsonl")
PROVENANCE = "written for rejectwatch issue 11 (blind slice 3, make_blind3.py); sealed"

FIRST = [
    "Ottilie",
    "Kwame",
    "Soren",
    "Marisol",
    "Tadeusz",
    "Ingrid",
    "Raffaele",
    "Chiamaka",
    "Lachlan",
    "Yusra",
    "Benedikt",
    "Paloma",
    "Hiroshi",
    "Aoife",
    "Dmitri",
    "Lucinda",
    "Emeka",
    "Freya",
    "Anand",
    "Rosalind",
    "Matteo",
    "Zofia",
    "Cormac",
    "Adaeze",
    "Jonah",
    "Svetlana",
    "Idris",
    "Hattie",
    "Nikhil",
    "Marguerite",
    "Tobias",
    "Lerato",
    "Ewan",
    "Mirela",
    "Casimir",
    "Bethany",
    "Rashida",
    "Florian",
    "Niamh",
    "Augustin",
]
LAST = [
    "Vantongeren",
    "Okonkwo-Reyes",
    "Halvorsen",
    "Pendlebury",
    "Castellanos",
    "Wierzbicki",
    "Abernethy",
    "Nakashima",
    "Drummond",
    "Oyelaran",
    "Fitzwilliam",
    "Ruokonen",
    "Baptiste",
    "Kowalczyk",
    "Ashdown",
    "Menon",
    "Lindqvist",
    "Harrowgate",
    "Delacroix",
    "Mbatha",
    "Quennell",
    "Sandoval",
    "Trevelyan",
    "Achterberg",
    "Iqbal",
    "Colquhoun",
    "Ferreira",
]
COMPANIES = [
    ("Brackenridge Analytics", "brackenridge.io"),
    ("Tidewater Freight", "tidewaterfreight.com"),
    ("Lumenfold", "lumenfold.co"),
    ("Corvid Health", "corvidhealth.com"),
    ("Hollin & Marsh", "hollinmarsh.co.uk"),
    ("Northgate Mutual", "northgatemutual.com"),
    ("Pebblestack", "pebblestack.dev"),
    ("Aldermoor Energy", "aldermoor-energy.com"),
    ("Kestrel Biosystems", "kestrelbio.com"),
    ("Saltmarsh Games", "saltmarshgames.com"),
    ("Vireo Payments", "vireopay.com"),
    ("Quillon Legal", "quillonlegal.co.uk"),
    ("Ferncliff Robotics", "ferncliffrobotics.ai"),
    ("Orrin Media Group", "orrinmedia.com"),
    ("Glasshouse Logistics", "glasshouselogistics.eu"),
    ("Harbinger Insurance", "harbinger.ie"),
    ("Tamsin Foods", "tamsinfoods.com"),
    ("Wrenfield University Press", "wrenfieldpress.org"),
    ("Caldera Cloud", "calderacloud.io"),
    ("Moorcroft Architects", "moorcroft-arch.co.uk"),
    ("Silverbirch Retail", "silverbirch.com"),
    ("Penhallow Capital", "penhallowcap.com"),
]
ROLES = [
    "Data Analyst",
    "Senior Backend Engineer",
    "Product Designer",
    "Finance Business Partner",
    "Customer Success Manager",
    "Site Reliability Engineer",
    "Marketing Coordinator",
    "Clinical Research Associate",
    "Junior Solicitor",
    "Supply Chain Planner",
    "QA Automation Engineer",
    "Technical Writer",
    "HR Generalist",
    "Frontend Developer",
    "Operations Lead",
    "Machine Learning Engineer",
    "Account Executive",
    "UX Researcher",
    "Payroll Specialist",
    "Embedded Software Engineer",
]
SKILLS = [
    "payments infrastructure",
    "regulated clinical trials",
    "large-scale Terraform estates",
    "B2B SaaS onboarding",
    "Salesforce administration",
    "forecasting in Python",
    "design systems",
    "enterprise procurement",
    "safety-critical firmware",
    "IFRS reporting",
    "Kubernetes operations",
    "field research with older users",
    "freight brokerage",
]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ATS = [
    "Greenhouse",
    "Lever",
    "Workday",
    "SmartRecruiters",
    "Teamtailor",
    "Ashby",
    "iCIMS",
    "Personio",
    "Recruitee",
    "Workable",
]

R = random.Random(SEED)


def pick(seq):  # type: ignore[no-untyped-def]
    return seq[R.randrange(len(seq))]


class Ctx:
    """One message's cast: the candidate, the sender, the company and the role."""

    def __init__(self) -> None:
        self.cand_first = pick(FIRST)
        self.cand_last = pick(LAST)
        self.first = pick([f for f in FIRST if f != self.cand_first])
        self.last = pick(LAST)
        self.company, self.domain = pick(COMPANIES)
        self.role = pick(ROLES)
        self.skill = pick(SKILLS)
        self.ats = pick(ATS)
        self.day = pick(LONG_DAYS)
        self.req = f"{pick(['R', 'JR', 'REQ-', ''])}{R.randrange(1000, 99999)}"
        self.to = f"{self.cand_first.lower()}.{self.cand_last.lower()}@{pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'fastmail.com'])}"
        zone = pick([0, 60, -300, -480, 120, 330])
        tz = timezone(timedelta(minutes=zone))
        start = datetime(2025, 1, 6, tzinfo=tz)
        when = start + timedelta(
            days=R.randrange(680),
            hours=R.randrange(7, 19),
            minutes=R.randrange(60),
            seconds=R.randrange(60),
        )
        sign = "+" if zone >= 0 else "-"
        offset = f"{sign}{abs(zone) // 60:02d}{abs(zone) % 60:02d}"
        self.date = (
            f"{WEEKDAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} "
            f"{when.year} {when:%H:%M:%S} {offset}"
        )
        before = when - timedelta(days=R.randrange(2, 10), hours=R.randrange(0, 5))
        self.gmail_earlier = (
            f"{WEEKDAYS[before.weekday()]}, {before.day} "
            f"{MONTHS[before.month - 1]} {before.year} at {before:%H:%M}"
        )
        self.outlook_earlier = f"{before:%A}, {before.day} {before:%B %Y %H:%M}"

    @property
    def person(self) -> str:
        return f"{self.first} {self.last}"

    def person_from(self) -> str:
        return f"{self.person} <{self.first.lower()}.{self.last.lower()}@{self.domain}>"

    def robot_from(self, local: str = "no-reply", name: str = "") -> str:
        return f"{name or self.company + ' Careers'} <{local}@{self.domain}>"


def gmail_quote(c: Ctx, who: str, addr: str, text: str) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\nOn {c.gmail_earlier}, {who} <{addr}> wrote:\n{quoted}"


def outlook_quote(c: Ctx, who: str, addr: str, subject: str, text: str) -> str:
    return (
        "\n\n________________________________\n"
        f"From: {who} <{addr}>\nSent: {c.outlook_earlier}\n"
        f"To: {c.person} <{c.first.lower()}.{c.last.lower()}@{c.domain}>\nSubject: {subject}\n\n{text}"
    )


def htmlish(body: str) -> str:
    parts = [p.replace("\n", "<br>") for p in body.split("\n\n")]
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in parts) + "</body></html>"


def candidate_nudge(c: Ctx) -> str:
    return pick(
        [
            f"Hi {c.first},\n\nHope things are good on your end. Is there any movement on the {c.role} "
            f"position since I met the team on {c.day}? Happy to send anything else "
            f"that would help.\n\nBest,\n{c.cand_first}",
            f"Hello {c.first},\n\nThank you again for arranging the panel. I really enjoyed meeting "
            f"everyone and hearing about the roadmap. Is there any news on timing?\n\nKind regards,\n"
            f"{c.cand_first} {c.cand_last}",
            f"Hi {c.first} - just a quick one: did the team reach a view on the {c.role} role? "
            f"No rush, I know these things take time.\n\nThanks!\n{c.cand_first}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------


def rej_thread(c: Ctx, v: int) -> tuple[str, str, str]:
    """A person's reply in a thread after interviews; the decision is someone else's hire."""
    decision = [
        f"The panel met yesterday and the offer has gone to a candidate who has spent the last "
        f"few years running {c.skill}, which is right where the team needs help first.",
        f"It came down to two people, and we have chosen the other finalist for the {c.role} "
        f"role; they signed this morning.",
        "Our hiring manager ultimately picked a colleague from inside the organisation who "
        "already covers part of the remit.",
        f"We're proceeding with another finalist whose background in {c.skill} "
        f"maps more directly onto the first six months of the job.",
        f"Wish I had better news: the team has selected another person for the "
        f"position, someone with a longer track record in {c.skill}.",
        "Our leadership group settled on a candidate who interviewed the week after you, and "
        "we have now filled the seat.",
    ][v]
    warm = pick(
        [
            "Thanks for bearing with us, and for how much care went into your case-study deck.",
            "Above all, thanks for the hours you gave us across four rounds.",
            "Really appreciate you chasing, and apologies that it took us this long to come back.",
            "The whole panel came away with good things to say, and your questions about on-call "
            "were among the sharpest we got.",
        ]
    )
    after = pick(
        [
            "Let's keep in contact; should another opening come up on the platform side next year, "
            "you'll hear from me before it is advertised.",
            "I expect another wave of hiring in the spring, so our careers page will be worth a look then.",
            "If some feedback would help, I can set aside twenty minutes for a call.",
            "Wishing you the very best with the search.",
        ]
    )
    sign = pick(
        [
            f"Best,\n{c.first}",
            f"Cheers,\n{c.first}",
            f"Warm regards,\n{c.person}\n{c.role.split()[-1]} Hiring Lead | {c.company}",
            f"All the best,\n{c.first} {c.last[0]}.",
        ]
    )
    greet = pick(
        [f"Hi {c.cand_first},", f"Hey {c.cand_first}!", f"Dear {c.cand_first},", f"{c.cand_first},"]
    )
    subj = pick(
        [
            f"RE: [EXT] Re: {c.role} - next steps",
            "Re: Interview follow-up",
            f"RE: Re: {c.company} / {c.cand_first} {c.cand_last}",
            "Re: Thanks for today",
            f"RE: [External] Re: {c.role} ({c.req})",
        ]
    )
    body = f"{greet}\n\n{warm} {decision}\n\n{after}\n\n{sign}"
    if R.random() < 0.55:
        body += gmail_quote(c, f"{c.cand_first} {c.cand_last}", c.to, candidate_nudge(c))
    else:
        body += outlook_quote(
            c, f"{c.cand_first} {c.cand_last}", c.to, subj.split("Re: ")[-1], candidate_nudge(c)
        )
    return subj, body, c.person_from()


FOOTERS = [
    lambda c: (
        f"\n\n----------\nDISCOVER MORE AT {c.company}\n"
        "Roles we're hiring for right now:\n"
        "  * Senior Payments Engineer - Remote (EU)\n  * Warehouse Shift Supervisor - Leeds\n"
        "  * Graduate Analyst Programme 2027 - London\n  * Brand Partnerships Manager - Dublin\n"
        f"See all 214 openings: https://careers.{c.domain}/jobs\n\n"
        "Join our Talent Network and be first to hear about new jobs, events and stories from "
        f"our people. Sign up: https://careers.{c.domain}/talent-network\n\n"
        "Follow us on LinkedIn | Instagram | YouTube\n"
        f"You got this message as someone who applied to {c.company}. "
        f"Manage your email preferences or unsubscribe: https://careers.{c.domain}/prefs\n"
        f"{c.company} Ltd, 14 Harbour Row, Bristol BS1 4QA. Registered in England No. 08812733.\n"
        f"Privacy notice: https://{c.domain}/privacy"
    ),
    lambda c: (
        "\n\n==============================\n"
        "YOUR WEEKLY JOB MATCHES\n"
        "Based on your profile, you might like:\n"
        "Operations Analyst · Manchester · Posted 2 days ago\n"
        "Customer Insight Manager · Hybrid · Posted 5 days ago\n"
        "Category Buyer · Glasgow · Posted 1 week ago\n"
        "[View all matches]\n\n"
        f"Life at {c.company}: read how our teams volunteered 3,100 hours this year -> https://{c.domain}/stories\n"
        f"Powered by {c.ats}. This message was sent to {c.to}. "
        "Don't want job alerts? Update your settings. Terms | Privacy | Cookie policy"
    ),
    lambda c: (
        f"\n\n___\n{c.company} | Careers Newsletter - Issue 37\n\n"
        "IN THIS ISSUE\n"
        "- Meet Priyanka, who moved from our call centre into data engineering\n"
        "- Five tips for a great video interview\n"
        "- Our 2026 benefits: enhanced parental leave, four-day summer Fridays\n"
        "- Upcoming virtual open evening, 18:00 GMT on the 12th - register now\n\n"
        "Explore Careers  |  Students & Graduates  |  Diversity & Inclusion  |  FAQ\n"
        f"(c) 2026 {c.company}. All rights reserved. At {c.company}, selection is based on merit; people of every "
        "background, faith, ethnicity, gender identity, age and ability are welcome.\n"
        "Unsubscribe from careers communications."
    ),
]


def rej_footer(c: Ctx, v: int) -> tuple[str, str, str]:
    core = [
        f"Dear {c.cand_first},\n\nThanks for your application for {c.role} at {c.company}. "
        f"Having read it closely, we are sorry to say it will go no further for now.\n\n"
        f"Every success with your search.\n\nThe {c.company} Talent Team",
        f"Hi {c.cand_first},\n\nUnfortunately your application for {c.role} ({c.req}) has not been "
        f"successful on this occasion; we're grateful for the work that went into it.\n\nKind regards,\nRecruitment",
        f"Hello {c.cand_first} {c.cand_last},\n\nThis is to let you know we won't be progressing "
        f"your candidacy for the {c.role} opening. Thanks for considering us.\n\n"
        f"Best wishes,\n{c.company} People Team",
    ][v]
    subj = pick(
        [
            f"Your application to {c.company}",
            f"{c.role} - application outcome",
            f"Update from {c.company} Careers",
            f"{c.company}: {c.role}",
        ]
    )
    body = core + FOOTERS[(v + R.randrange(3)) % 3](c)
    if R.random() < 0.4:
        body = htmlish(body)
    return subj, body, c.robot_from(pick(["careers", "no-reply", "talent", "jobs-noreply"]))


def rej_hedged(c: Ctx, v: int) -> tuple[str, str, str]:
    line = [
        "We had a strong field, and other applicants aligned more closely with the brief "
        "for this particular role.",
        "After some discussion, the team went another way on this one.",
        f"We've chosen to focus on profiles with deeper hands-on experience in {c.skill}.",
        "On this occasion we're taking forward applicants whose track record sits nearer to "
        "the job description.",
        "The hiring team felt that other candidates were a better match at this stage.",
    ][v]
    greet = pick(
        [
            f"Dear {c.cand_first},",
            f"Hi {c.cand_first},",
            "Hello,",
            f"Dear {c.cand_first} {c.cand_last},",
        ]
    )
    open_ = pick(
        [
            f"Thank you for your interest in the {c.role} position.",
            f"Many thanks for applying to {c.company}.",
            f"It was good to talk with you about the {c.role} role.",
            f"Thanks for waiting while we sifted the {c.role} applications.",
        ]
    )
    close = pick(
        [
            "Do check back for future vacancies; new ones go up every week.",
            "We'll hold your details for six months in line with our privacy policy.",
            "Good luck with whatever comes next for you.",
            "Thanks again - good luck out there.",
        ]
    )
    sign = pick(
        [
            f"Regards,\n{c.person}\nTalent Acquisition, {c.company}",
            f"Kind regards,\nThe Recruiting Team at {c.company}",
            f"Best,\n{c.first}",
        ]
    )
    subj = pick(
        [
            f"Your {c.company} application",
            f"{c.role} application update",
            f"Re: {c.role}",
            f"Regarding your application ({c.req})",
            "An update on your candidacy",
        ]
    )
    body = f"{greet}\n\n{open_} {line}\n\n{close}\n\n{sign}"
    return subj, body, pick([c.person_from(), c.robot_from()])


def rej_recruiter(c: Ctx, v: int) -> tuple[str, str, str]:
    other = pick([r for r in ROLES if r != c.role])
    body = [
        f"Hi {c.cand_first},\n\nGreat speaking earlier. As promised, a written note: the client "
        f"has picked a different candidate for the {c.role} role. That said, I have a "
        f"{other} brief with a fintech in Shoreditch that is honestly a better fit for you - same "
        f"salary band, two days in office. Want me to forward the job spec?\n\n{c.first}\n{c.first} {c.last} | "
        f"Principal Consultant | {c.company} Search",
        f"Hey {c.cand_first}, thanks for picking up on {c.day}. Just to recap what I said on the "
        f"phone, {c.company} have chosen another person for {c.role}. I know that's "
        f"disappointing. Separately, their sister team is opening a {other} req next week and I'd "
        f"like to submit you for it if you're up for it - let me know!\n\nThanks,\n{c.first}",
        f"Hello {c.cand_first},\n\nFollowing our call this afternoon: the hiring manager has "
        f"given the {c.role} job to an internal applicant, so that process is closed for you. "
        f"I'd still like to introduce you for the {other} vacancy we talked about - if you can send "
        f"an updated CV by Friday I'll get it in front of them.\n\nBest regards,\n{c.person}\n"
        f"Talent Partner",
        f"{c.cand_first} - good to catch up. Sadly the feedback on {c.role} was that they'd go "
        f"with a candidate with more {c.skill}. But! A contract role came in "
        f"today - {other}, 6 months, outside IR35. Interested? Can chat tomorrow.\n\n{c.first}",
    ][v]
    subj = pick(
        [
            f"Re: {c.role} - feedback",
            "Following up on our call",
            f"{c.role} update + another opportunity",
            "RE: Catch up",
            "Quick follow up",
        ]
    )
    return subj, body, c.person_from()


def rej_public(c: Ctx, v: int) -> tuple[str, str, str]:
    agency = pick(
        [
            "Department of Veterans Affairs",
            "Bureau of Land Management",
            "Ministry of Justice",
            "HM Revenue & Customs",
            "Department of the Interior",
            "State Department of Transportation",
            "City of Riverside Human Resources",
            "Defence Equipment & Support",
        ]
    )
    ann = f"{pick(['ST', 'MP', 'DE', 'IN'])}-{R.randrange(10, 27)}-{R.randrange(100000, 999999)}"
    body, subj = [
        (
            f"Dear {c.cand_first} {c.cand_last},\n\nThis notice concerns what you submitted for "
            f"{c.role}, GS-{R.randrange(7, 14)}, announcement {ann}.\n\n"
            f"You met the basic qualifications for this grade; however, your name was not "
            f"referred to the selecting official for further consideration.\n\n"
            f"Your application status can be viewed at any time on your profile.\n\n{agency}\n"
            f"Human Resources Office\n\nThis mailbox does not accept replies.",
            f"Application status for announcement {ann}",
        ),
        (
            f"Dear Applicant:\n\nWe have reviewed your submission for vacancy {ann} ({c.role}). "
            f"You have been rated ineligible for this position: your resume did not show the one "
            f"year of specialized experience at the next lower grade.\n\n"
            f"Qualification requirements are set out in the announcement.\n\nSincerely,\n{agency}",
            f"Notice of Results - {ann}",
        ),
        (
            f"Dear {c.cand_first} {c.cand_last},\n\nVacancy announcement {ann} for {c.role} has been "
            f"cancelled; nobody will be selected under it. Thank you for wanting to work "
            f"for the {agency}.\n\nHuman Resources",
            f"Vacancy {ann} cancelled",
        ),
        (
            f"Dear {c.cand_first},\n\nYour application for {c.role} (ref {ann}) was assessed against "
            f"the criteria in the job advert. It was not placed among the best qualified, so it "
            f"will not progress to interview.\n\nYou may request feedback within 14 "
            f"days by replying to this message.\n\nYours sincerely,\nResourcing Team\n{agency}",
            f"Outcome of your application - {ann}",
        ),
        (
            f"Dear {c.cand_first},\n\nThanks for applying for {c.role}. I'm sorry to let you know "
            f"that your application did not pass the sift this time. The sift panel scored your statement of suitability at 3 against a pass mark "
            f"of 4.\n\nKind regards,\nGovernment Recruitment Service on behalf of {agency}",
            f"{c.role}: sift result",
        ),
        (
            f"Hello {c.cand_first},\n\nThe {agency} has completed its review for job opening {ann}. "
            f"Your application was eligible but was not selected for an interview. This vacancy is now "
            f"closed.\n\nRespectfully,\nStaffing Division",
            f"Job opening {ann} - status update",
        ),
    ][v]
    return (
        subj,
        body,
        f"{agency} <noreply@{pick(['jobs.example.gov', 'hr.example.gov.uk', 'careers.example.gov'])}>",
    )


def rej_ats(c: Ctx, v: int) -> tuple[str, str, str]:
    body = [
        f"Your application status has changed\n\nPosition: {c.role}\nRequisition: {c.req}\n"
        f"New status: No longer under consideration\n\nLog in to the candidate home page for more.\n\n"
        f"{c.company} | Powered by {c.ats}",
        f"Hi {c.cand_first},\n\nThere's an update to your application for {c.role} at {c.company}.\n\n"
        f"Status: Not selected\n\nView application >\n\nThis is an automated notification from {c.ats}.",
        f"Application update\n\n{c.role} - {c.company}\nStage: Closed\nReason: Position filled\n\n"
        f"You can review your other applications in your dashboard.",
        f"Dear {c.cand_first},\n\nThe status of your application for job {c.req} ({c.role}) has "
        f"been updated to: Candidate not selected.\n\nThank you,\n{c.company} Recruiting\n\n"
        f"This inbox is unattended.",
        f"{c.company} candidate portal\n\nApplication: {c.role}\nCurrent status: Rejected\n"
        f"Last updated: {c.date[:16]}\n\nLog in to see all your applications.",
    ][v]
    subj = pick(
        [
            "Your application status has changed",
            f"Application update: {c.role}",
            f"Status update - {c.company}",
            "Candidate status notification",
            f"{c.req} - status changed",
        ]
    )
    if R.random() < 0.3:
        body = htmlish(body)
    return (
        subj,
        body,
        c.robot_from(pick(["no-reply", "notifications", "donotreply"]), f"{c.company} via {c.ats}"),
    )


def rej_intern(c: Ctx, v: int) -> tuple[str, str, str]:
    prog = pick(
        [
            "Summer Internship 2026",
            "Graduate Programme 2026",
            "Industrial Placement Year",
            "Spring Insight Week",
            "Engineering Co-op (Fall term)",
        ]
    )
    body = [
        f"Dear {c.cand_first},\n\nThanks for your interest in the {c.company} {prog}, with "
        f"over 6,000 students applying for 80 places this year. Having looked at your online "
        f"assessment and application, we're sorry that we can't make you an offer for this "
        f"year's intake.\n\nApplications for the next intake open in September.\n\n"
        f"Early Careers Team",
        f"Hi {c.cand_first},\n\nThanks for taking part in our assessment centre for the {prog}. "
        f"Places have now been allocated and yours was not among the offers made. Your scores "
        f"were close, so please don't be discouraged.\n\nBest wishes,\n{c.company} Student Recruitment",
        f"Dear {c.cand_first} {c.cand_last},\n\nWe have completed the selection process for the "
        f"{prog}. The cohort is now full and we have offered the remaining places to other "
        f"students. All the best with your final year.\n\nKind regards,\n"
        f"{c.person}\nUniversity Relations",
        f"Hello {c.cand_first},\n\nDecision on your application: {prog}\n\nOutcome: Unsuccessful\n\n"
        f"Two graduate recruiters read each application. Feedback is available on "
        f"request via the portal.\n\n{c.company} Early Careers",
    ][v]
    subj = pick(
        [
            f"{prog} - your application",
            f"{c.company} {prog}: decision",
            f"Your {prog} application",
            "Application decision",
        ]
    )
    return subj, body, c.robot_from("earlycareers", f"{c.company} Early Careers")


def rej_short(c: Ctx, v: int) -> tuple[str, str, str]:
    body = [
        f"Hi {c.cand_first}, thanks for applying. We've filled the role. Good luck!\n\n{c.first}",
        f"We'll pass on this one, sorry {c.cand_first}. Thanks for your time.\n\n- {c.first}",
        f"Dear {c.cand_first},\n\nThanks you for your application to our company. After the review "
        f"we decided not continue with your profile for this position. We are wishing you much "
        f"success for your future.\n\nWith best regards\n{c.person}\nHR",
        f"Hello {c.cand_first},\n\nThe result of the technical test you completed was below the "
        f"level we need for {c.role}, so we will close your application here. Thank you for the "
        f"effort.\n\n{c.company} Engineering Hiring",
        f"Hi {c.cand_first},\n\nI've heard back from the client. They've decided against taking your "
        f"application further this time round. Sorry it's not better news.\n\n{c.first}",
        f"Dear Mr/Ms {c.cand_last},\n\nWe regret we cannot offer you employment following the "
        f"trial day. We thank you for your attendance.\n\nManagement\n{c.company}",
        f"{c.cand_first}, I'm afraid the team said no for {c.role}. Thanks for all the time "
        f"you put in - truly.\n\nSent from my iPhone",
        f"Dear candidate,\n\nWe inform you that your candidature for the position {c.role} was "
        f"evaluated and unfortunately it was not retained. Many thanks for the interest shown to "
        f"our group.\n\nCordial greetings,\nHuman Resources Department\n{c.company}",
    ][v]
    subj = pick(
        [
            f"{c.role}",
            "Your application",
            f"Re: {c.role}",
            f"Application {c.req}",
            "Feedback",
            "Outcome",
        ]
    )
    return subj, body, pick([c.person_from(), c.robot_from("hr")])


# ---------------------------------------------------------------------------------------------
# Not rejections
# ---------------------------------------------------------------------------------------------


def conf(c: Ctx, v: int) -> tuple[str, str, str]:
    core = [
        f"Your application for {c.role} has arrived and is in the queue for review. Should "
        f"you not be chosen for interview, your CV stays on our system and a recruiter might get "
        f"back to you about a similar role.",
        f"Submission complete: {c.role}. Either way, we'll retain your details for a year in "
        f"case a future opening suits you.",
        "Thanks for applying! Because so many people apply, we can't answer each one "
        "personally. If your experience fits, a recruiter will get in touch within about three "
        "weeks.",
        f"This confirms we have your application (ref {c.req}). You'll only hear from us if your "
        f"profile matches what the {c.role} team needs.",
        f"Thank you for your interest in {c.company}. Your application for {c.role} is now with "
        f"the hiring team. Should your application be unsuccessful, you will receive an email "
        f"from us letting you know.",
        f"We confirm receipt of your application for the {c.role} vacancy. Whether or not you "
        f"progress, you'll hear the result from us after the closing date.",
        f"Application received: {c.role}. If 30 days go by with no word from us, please take it "
        f"that you weren't shortlisted for this role.",
        f"Thank you for applying to {c.role}. Our recruiters read every application themselves, "
        f"which takes a little time. In case we don't take you forward, we'll still "
        f"write to you - nobody gets left hanging.",
        "Thanks for submitting your application. Applications are read as they come "
        "in. Unsuccessful applicants will not be contacted individually, so please keep an "
        "eye on your candidate portal for updates.",
        f"Hi! We got your application for {c.role}. What happens next: (1) a recruiter screens "
        f"your CV, (2) if it's a fit, a 30-minute call, (3) a panel with the team. If it isn't a "
        f"fit this time, we'll tell you and keep your profile in our talent pool.",
    ][v]
    greet = pick(
        [
            f"Dear {c.cand_first},",
            f"Hi {c.cand_first},",
            "Hello,",
            f"Dear {c.cand_first} {c.cand_last},",
            "",
        ]
    )
    sign = pick(
        [
            f"Kind regards,\nTalent Acquisition\n{c.company}",
            f"The {c.company} Careers Team",
            f"Best,\n{c.company} Recruiting",
            "Many thanks,\nRecruitment Team",
        ]
    )
    body = (f"{greet}\n\n" if greet else "") + f"{core}\n\n{sign}"
    if R.random() < 0.35:
        body += f"\n\n--\nPowered by {c.ats} | Privacy policy | This mailbox is not monitored."
    if R.random() < 0.25:
        body = htmlish(body)
    subj = pick(
        [
            f"Thank you for applying to {c.company}",
            f"Application received - {c.role}",
            "We've got your application!",
            f"{c.company} | Application confirmation",
            f"Your application for {c.role} ({c.req})",
            "Thanks for your application",
        ]
    )
    return subj, body, c.robot_from(pick(["no-reply", "careers", "recruiting", "talent"]))


def interview(c: Ctx, v: int) -> tuple[str, str, str]:
    slot = f"{c.day} at {pick(['10:00', '11:30', '14:00', '15:45', '9:15'])} {pick(['GMT', 'BST', 'ET', 'PT', 'CET'])}"
    body, subj = [
        (
            f"Hi {c.cand_first},\n\nThanks for getting back to me so quickly. {slot} works for "
            f"{c.first} and the team - I've sent a calendar invite with the video link. The session "
            f"is 45 minutes: a bit about your background and a walk-through of a recent project.\n\n"
            f"Talk soon,\n{c.first}"
            + gmail_quote(
                c,
                f"{c.cand_first} {c.cand_last}",
                c.to,
                f"Hi {c.first},\n\nThanks for the invitation. I could do {c.day} or Thursday afternoon.\n\n{c.cand_first}",
            ),
            f"Re: Interview for {c.role}",
        ),
        (
            f"Dear {c.cand_first},\n\nYour application stood out and we'd love to meet you for a "
            f"first interview ({c.role}). Pick a slot on our calendar here:\n\nhttps://{c.domain}/schedule/{c.req}\n\nBest regards,\n{c.person}",
            f"Invitation to interview - {c.role}",
        ),
        (
            f"Hey {c.cand_first}! The team loved chatting with you. We'd like to bring you in for "
            f"the final round - four short conversations on site, lunch included. Does {slot} "
            f"work?\n\n{c.first}",
            "RE: [EXT] Re: Final round",
        ),
        (
            f"Hi {c.cand_first},\n\nJust confirming your phone screen with {c.person} on {slot}. "
            f"They'll call you on the number in your application. If you need to reschedule, reply "
            f"to this email.\n\n{c.company} Recruiting Coordination",
            f"Confirmed: phone screen {c.day}",
        ),
        (
            f"Hello {c.cand_first},\n\nUnfortunately our hiring manager is unwell so we need to move "
            f"tomorrow's interview. Would {slot} suit instead? Sorry for the disruption.\n\n"
            f"Kind regards,\n{c.first}"
            + outlook_quote(
                c,
                f"{c.cand_first} {c.cand_last}",
                c.to,
                f"Interview {c.role}",
                f"Hi {c.first}, confirming I'll be there tomorrow. Thanks, {c.cand_first}",
            ),
            f"RE: Interview {c.role} - change of time",
        ),
    ][v]
    return (
        subj,
        body,
        pick([c.person_from(), c.robot_from("scheduling", f"{c.company} Recruiting")]),
    )


def next_steps(c: Ctx, v: int) -> tuple[str, str, str]:
    body, subj = [
        (
            f"Hi {c.cand_first},\n\nGood talking today. Next up is a take-home task of roughly "
            f"three hours. Please send your solution by "
            f"{c.day} 17:00 your time. Instructions are attached.\n\n{c.first}",
            f"{c.role}: take-home exercise",
        ),
        (
            f"Dear {c.cand_first},\n\nFor your {c.role} application, the next stage is an online "
            f"assessment (numerical and situational judgement). The link expires "
            f"in 5 days. Tell us before it lapses if the timing is a problem.\n\n"
            f"{c.company} Assessment Team",
            "Action required: complete your online assessment",
        ),
        (
            f"Hello {c.cand_first},\n\nYou've made it to the last stage. Please share two referees "
            f"(name, email, phone) by Friday; we won't reach out to them without checking with you "
            f"first.\n\nBest wishes,\n{c.person}",
            f"References - {c.role}",
        ),
        (
            f"Hi {c.cand_first},\n\nA recorded video interview is waiting for you ({c.role}). "
            f"There are five questions, each with two minutes to answer. Please complete it by "
            f"{c.day}. Reminder: you can practise first.\n\nPowered by {c.ats}",
            "Your video interview is ready",
        ),
        (
            f"Dear {c.cand_first},\n\nBefore we can go further, please fill in "
            f"the background check form and upload proof of right to work. This must be done within "
            f"72 hours. If you're not able to complete it in time, contact us and we'll pause "
            f"the clock.\n\nPeople Operations\n{c.company}",
            "Next steps: background screening",
        ),
    ][v]
    return subj, body, pick([c.person_from(), c.robot_from("talent")])


def offer(c: Ctx, v: int) -> tuple[str, str, str]:
    body, subj = [
        (
            f"Hi {c.cand_first}, we'd like to go with you. Can I call you this afternoon?\n\n{c.first}",
            f"Re: {c.role}",
        ),
        (
            f"Dear {c.cand_first},\n\nI'm really pleased to confirm we're offering you the {c.role} "
            f"role at {c.company}, starting on a date we agree together. Your written offer and contract are "
            f"attached. Please let us know your decision within a week.\n\nWarm regards,\n{c.person}",
            f"Offer of employment - {c.role}",
        ),
        (
            f"{c.cand_first}! The team was unanimous - we want you on board. Formal offer coming "
            f"from HR tomorrow; wanted you to hear it from me first.\n\n{c.first}"
            + gmail_quote(
                c,
                f"{c.cand_first} {c.cand_last}",
                c.to,
                f"Hi {c.first}, any news after Friday? {c.cand_first}",
            ),
            "RE: [EXT] Re: Friday",
        ),
        (
            f"Hello {c.cand_first},\n\nCongratulations! You have been selected for the {c.role} "
            f"role. Please review and e-sign your offer letter in the portal by {c.day}.\n\n"
            f"{c.company} HR | Powered by {c.ats}",
            "Your offer letter is ready to sign",
        ),
        (
            f"Dear {c.cand_first},\n\nFurther to your interview, we are pleased to tell you the "
            f"panel has recommended your appointment, subject to satisfactory references.\n\nYours sincerely,\n"
            f"{c.person}\nHead of Resourcing",
            "Conditional offer",
        ),
    ][v]
    robot = c.robot_from("people", f"{c.company} HR")
    return subj, body, robot if v == 3 else c.person_from()


def other_job(c: Ctx, v: int) -> tuple[str, str, str, str]:
    items = [
        (
            "recruiter_outreach",
            f"Hi {c.cand_first},\n\nYour profile popped up while I was searching and it looks like "
            f"a great match for a {c.role} role I'm hiring for at {c.company}. Fully remote, competitive equity. Open "
            f"to a 15-minute chat this week?\n\n{c.person}\nTalent Partner",
            f"{c.role} opportunity at {c.company}",
        ),
        (
            "job_alert",
            f'New jobs matching "{c.role}"\n\n{c.role} - {c.company} - Remote\n'
            f"{pick(ROLES)} - Hollin & Marsh - Cardiff\n{pick(ROLES)} - Lumenfold - Berlin\n\n"
            f"See all 23 new jobs. You're receiving this alert because you saved a search. "
            f"Unsubscribe anytime.",
            f"23 new {c.role} jobs for you",
        ),
        (
            "other_job",
            f"Hi {c.cand_first},\n\nYour application for {c.role} is under review. The hiring team will "
            f"contact you when they have decided on next steps.\n\n{c.company} Recruiting",
            "Your application is under review",
        ),
        (
            "other_job",
            f"Application status update\n\n{c.role} ({c.req})\nStatus: In review - hiring manager\n\n"
            f"Nothing for you to do at the moment.\n\nPowered by {c.ats}",
            "Your application status has changed",
        ),
        (
            "other_job",
            f"Hello {c.cand_first},\n\nThis confirms that you've withdrawn your application for "
            f"{c.role}. Thanks for letting us know, and best of luck.\n\n{c.company} Careers",
            "Application withdrawn",
        ),
    ]
    kind, body, subj = items[v]
    sender = c.person_from() if v == 0 else c.robot_from("alerts", f"{c.company} Jobs")
    return kind, subj, body, sender


def non_job(c: Ctx, v: int) -> tuple[str, str, str]:
    body, subj, sender = [
        (
            f"Dear {c.cand_first} {c.cand_last},\n\nThank you for your recent loan application. After "
            f"careful review, we can't approve the personal loan you asked for at this "
            f"time. This decision was based on information from a credit reference agency.\n\n"
            f"Lending Team",
            "Your loan application",
            "Fernbank Credit Union <lending@fernbank.coop>",
        ),
        (
            f"Hi {c.cand_first},\n\nThanks for viewing the flat on Alma Road. The landlord has "
            f"accepted another tenant's application, so the property is no longer available. We have "
            f"two similar one-beds coming on next week if you'd like details.\n\nLettings, Parkway Homes",
            "Re: 14B Alma Road application",
            "Parkway Homes <lettings@parkwayhomes.co.uk>",
        ),
        (
            f'Dear {c.cand_first},\n\nThanks for sending your talk "Queues without tears" to '
            f"DevHarbour 2026. We received 640 proposals for 48 slots and regret that yours was not "
            f"accepted. We'd love to see you at the conference - speakers' discount code inside.\n\n"
            f"Programme Committee",
            "DevHarbour 2026 CFP decision",
            "DevHarbour CFP <cfp@devharbour.org>",
        ),
        (
            f"Dear Dr {c.cand_last},\n\nYour proposal to the Small Research Grants scheme has not "
            f"been funded in this round. You can read the reviewers' comments in the portal.\n\nGrants Office",
            "Small Research Grants - outcome",
            "Grants Office <grants@wrenfield.ac.uk>",
        ),
        (
            f"Hi {c.cand_first}, your payment of £42.10 at Tamsin Foods was declined. Check your "
            f"balance or try another card.\n\nNettle Bank",
            "Card payment declined",
            "Nettle Bank <alerts@nettlebank.com>",
        ),
    ][v]
    return subj, body, sender


# ---------------------------------------------------------------------------------------------

Builder = Callable[[Ctx, int], tuple[str, str, str]]

REJECTIONS: list[tuple[str, Builder, int, int]] = [
    # (family tag, builder, variants, count)
    ("thread", rej_thread, 6, 30),
    ("footer", rej_footer, 3, 15),
    ("hedged", rej_hedged, 5, 20),
    ("recruiter", rej_recruiter, 4, 12),
    ("public", rej_public, 6, 12),
    ("ats", rej_ats, 5, 15),
    ("intern", rej_intern, 4, 10),
    ("short", rej_short, 8, 16),
]
OTHERS: list[tuple[str, str, Builder, int, int]] = [
    ("application_received", "confirm", conf, 10, 50),
    ("interview", "interview", interview, 5, 20),
    ("next_steps", "next", next_steps, 5, 20),
    ("offer", "offer", offer, 5, 15),
    ("non_job_rejection_words", "nonjob", non_job, 5, 10),
]


def records() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    counters: Counter[str] = Counter()
    seen: set[str] = set()

    def add(kind: str, label: str, family: str, subj: str, body: str, sender: str, c: Ctx) -> None:
        counters[kind] += 1
        seen.add(body)
        out.append(
            {
                "id": f"blind3-{kind}-{counters[kind]:03d}",
                "subject": subj,
                "body": body,
                "sender": sender,
                "label": label,
                "kind": kind,
                "family": family,
                "provenance": PROVENANCE,
                "to": c.to,
                "date": c.date,
            }
        )

    def fresh(build: Builder, v: int) -> tuple[Ctx, tuple[str, str, str]]:
        """A new cast until the body is one not written yet (short notes can repeat)."""
        while True:
            c = Ctx()
            made = build(c, v)
            if made[1] not in seen:
                return c, made

    for tag, build, variants, count in REJECTIONS:
        for i in range(count):
            v = i % variants
            c, (subj, body, sender) = fresh(build, v)
            add("rejection", "rejection", f"blind3-rej-{tag}-{v}", subj, body, sender, c)
    for kind, tag, build, variants, count in OTHERS:
        for i in range(count):
            v = i % variants
            c, (subj, body, sender) = fresh(build, v)
            add(kind, "not_rejection", f"blind3-{tag}-{v}", subj, body, sender, c)
    for i in range(15):
        v = i % 5
        while True:
            c = Ctx()
            kind, subj, body, sender = other_job(c, v)
            if body not in seen:
                break
        add(kind, "not_rejection", f"blind3-otherjob-{v}", subj, body, sender, c)
    return out


# Phrases real mail uses verbatim, allowed to match the corpus; and the slot frames around a role
# or a name ("your application for <role>"), which match only because the slot does.
STOCK = re.compile(
    r"thanks? (you )?for (your interest|applying|your application)|your interest in the|"
    r"your application for|not been successful on this occasion|let you know|"
    r"(has )?not been successful on this|successful on this occasion|not referred to the selecting|"
    r"confirm receipt of your application|status of your application|powered by|"
    r"referred to the selecting official|this mailbox does not accept replies"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _shingles(text: str, n: int = 6) -> set[str]:
    w = _words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def overlap_check(recs: list[dict[str, str]]) -> int:
    """6-word shingles our bodies share with data/*.jsonl and the earlier slices. Reads the
    other files only as shingle sets and prints our side. Returns the non-stock matches."""
    root = Path(__file__).resolve().parents[1]
    paths = sorted(root.glob("*.jsonl")) + [
        OUT.with_name("blind-slice.jsonl"),
        OUT.with_name("blind-slice-2.jsonl"),
    ]
    theirs: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                theirs |= _shingles(json.loads(line)["body"])
    slots = {" ".join(_words(x)) for x in ROLES + FIRST}
    slots |= {" ".join(_words(r)[:2]) for r in ROLES if len(_words(r)) > 2}
    shared: dict[str, set[str]] = {}
    for r in recs:
        for sh in _shingles(r["body"]) & theirs:
            shared.setdefault(sh, set()).add(r["id"])
    stock = {sh for sh in shared if STOCK.search(sh) or any(x in sh for x in slots)}
    rest = sorted(set(shared) - stock)
    touched = {i for ids in shared.values() for i in ids}
    print(
        f"overlap: {len(touched)} of {len(recs)} bodies share a 6-word shingle; "
        f"{len(shared)} shared shingles, {len(stock)} stock phrases or slot frames, "
        f"{len(rest)} other"
    )
    for sh in rest:
        print(f"  {sh!r}: {sorted(shared[sh])[:4]}")
    return len(rest)


def main() -> None:
    recs = records()
    bodies = [r["body"] for r in recs]
    assert len(set(bodies)) == len(bodies), "duplicate bodies"
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["label"], r["kind"]) for r in recs)
    fams = Counter(r["family"].rsplit("-", 1)[0] for r in recs)
    print(f"wrote {len(recs)} records to {OUT.name}")
    for key, n in sorted(counts.items()):
        print(f"  {key[0]:14} {key[1]:26} {n}")
    for fam, n in sorted(fams.items()):
        print(f"  {fam:30} {n}")
    if "--check" in sys.argv[1:]:
        sys.exit(1 if overlap_check(recs) else 0)


if __name__ == "__main__":
    main()
