"""The voice of the w2-* families (helper W2, issue 11; written for rejectwatch): the family
builder, portals, public bodies, programmes, dates and reference numbers, greetings and
sign-offs, status blocks, long careers-site / newsletter / job-alert footers. The skeletons of
each style are in voices/ats_status_lines.py, w2_footer.py, w2_public.py and w2_programmes.py; the
families, with the sentences that carry the decision, in the folder of their kind
(ats_statuses.py, careers_footers.py, public_notices.py, programme_decisions.py).

Rejections and their hard negatives share all of this, so a model trained on them has to
read the decision and not the house style. Every sentence was written for rejectwatch;
portal, agency, public-body and university names are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from ..engine import R

Writer = Callable[[R], tuple[str, str, str]]


def family(name: str, count: int, kind: str, write: Writer, sector: str | None = None):  # type: ignore[no-untyped-def]
    """A corpus family entry ``(name, fn, count, kind)`` whose mail comes from ``write(r)``.

    Listed in build_order.py with ``own_seed=True``, so ``rng`` is the family's own generator."""

    def fn(rng: random.Random, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r)
        return write(r)

    fn.__name__ = name
    if sector is not None:
        fn.sector = sector  # type: ignore[attr-defined]
    return (name, fn, count, kind)


PORTALS = [
    "Quillhire|quillhire.io",
    "Cedar Talent Cloud|cedartalent.cloud",
    "Fernbook Careers|fernbook-careers.com",
    "Opalhire|opalhire.net",
    "Northwind Talent Suite|northwind-ts.com",
    "Brightpath Recruit|brightpath-recruit.app",
    "Marlow ATS|marlowats.eu",
    "TalentHarbor|talentharbor.io",
]


PUBLIC_US = [
    "Federal Aviation Safety Office|fasa.gov",
    "Department of Rural Broadband|ruralbroadband.gov",
    "U.S. Coastal Survey Agency|coastalsurvey.gov",
    "Office of Grants Integrity|grantsintegrity.gov",
    "National Archives Field Service|archivesfield.gov",
    "Veterans Benefits Processing Center|vbpc.gov",
    "Bureau of Inland Fisheries|inlandfisheries.gov",
]


PUBLIC_UK = [
    "Department for Coastal Communities|coastal.gov.uk",
    "Office for Rail Standards|railstandards.gov.uk",
    "HM Land Valuation Service|landvaluation.gov.uk",
    "Ministry of Digital Public Services|mdps.gov.uk",
    "Border Data Agency|borderdata.gov.uk",
    "Pensions Casework Service|pensionscase.gov.uk",
]


LOCAL = [
    "Ashbury Borough Council|ashbury.gov.uk",
    "North Fenwick District Council|northfenwick.gov.uk",
    "Kelderby City Council|kelderby.gov.uk",
    "Hollins Valley NHS Foundation Trust|hollinsvalley.nhs.uk",
    "St Brannock's Hospitals NHS Trust|stbrannocks.nhs.uk",
    "University of Westmere|westmere.ac.uk",
    "Carrow University|carrow.ac.uk",
    "Lintonshire County Council|lintonshire.gov.uk",
    "Brennan County Public Schools|brennancps.org",
    "City of Harlow Springs|harlowsprings.gov",
]


PROGRAMMES = [
    "Graduate Programme",
    "Graduate Scheme",
    "Summer Internship",
    "Summer Analyst Programme",
    "Industrial Placement Year",
    "Degree Apprenticeship",
    "Higher Apprenticeship",
    "Technology Graduate Programme",
    "Finance Rotational Programme",
    "Spring Week",
    "Engineering Apprenticeship",
    "Early Talent Programme",
    "Co-op Term",
    "Trainee Programme",
]


GRADES_US = [
    "GS-0343-11",
    "GS-0201-09",
    "GS-2210-12",
    "GS-1102-07/09",
    "GS-0560-11",
    "GS-1801-09",
    "GS-0301-05/07",
]


GRADES_UK = [
    "Executive Officer (EO)",
    "Higher Executive Officer (HEO)",
    "Senior Executive Officer (SEO)",
    "Administrative Officer (AO)",
    "Grade 7",
]


def setup(r: R) -> None:
    """Extra context keys every W2 family can use (portal, public body, dates, numbers)."""
    c, rng = r.c, r.rng
    c["portal"], c["pdomain"] = rng.choice(PORTALS).split("|")
    c["usorg"], c["usdom"] = rng.choice(PUBLIC_US).split("|")
    c["ukorg"], c["ukdom"] = rng.choice(PUBLIC_UK).split("|")
    c["local"], c["ldom"] = rng.choice(LOCAL).split("|")
    c["prog"] = rng.choice(PROGRAMMES)
    c["grade"] = rng.choice(GRADES_US)
    c["ukgrade"] = rng.choice(GRADES_UK)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = c["year"]
    c["ndate"] = rng.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}.{month}.{year}",
            f"{day:02d}-{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}-{year}",
        ]
    )
    c["ann"] = (
        rng.choice(["", "DE-", "MP-", "ST-"])
        + f"{rng.choice(['FASA', 'RBB', 'CSA', 'OGI', 'NAFS', 'VBPC', 'BIF'])}-{year[2:]}-{rng.randint(10000000, 99999999)}"
    )
    c["appno"] = f"{rng.randint(100000000, 999999999)}"
    c["vac"] = f"{rng.choice(['', 'REF-', 'V', 'JOB'])}{rng.randint(100000, 499999)}"
    c["score"] = str(rng.choice([2, 3, 3, 3, 4]))
    c["needed"] = str(rng.choice([4, 4, 5]))


HELLO = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Dear {first} {last},",
    "Hey {first},",
    "Good day {first},",
    "{first},",
    "",
]


HELLO_FORMAL = [
    "Dear Sir or Madam,",
    "Dear Mr./Ms. {last},",
    "Dear {title} {last},",
    "Dear {first} {last},",
    "Dear Applicant,",
    "Dear Candidate,",
    "Dear {first},",
    "To {first} {last},",
]


BYE_TEAM = [
    "Kind regards,\n{company} Talent Acquisition",
    "Best wishes,\nThe Recruiting Team at {company}",
    "Sincerely,\n{company} Human Resources",
    "Thanks again,\nTeam {company}",
    "Warm regards,\nPeople Team | {company}",
    "With best regards\n{company} HR Services",
    "Regards,\nEarly Careers, {company}",
]


BYE_PERSON = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}\n{rtitle}",
    "All the best,\n{rfirst} {rlast} | {company}",
    "Many thanks,\n{rfull}",
    "Cheers,\n{rfirst}",
]


def bye(r: R, person: float = 0.35) -> str:
    return r(BYE_PERSON if r.chance(person) else BYE_TEAM)


def status_block(r: R, value: str) -> str:
    """The status of one application as a portal's HTML mail looks once flattened to text."""
    layouts = [
        "Application status update\n\nPosition | {role}\nJob ID | {req}\nLocation | {location}\nStatus | VALUE\nUpdated | {ndate}",
        "Job title: {role}\nRequisition: {req}\nCurrent status: VALUE\nLast updated: {ndate}",
        "[[The status of your application for|Your application for]] {role} ({req}) [[has changed to|is now|has been set to]] \u201cVALUE\u201d.",
        "Status change \u00b7 {company}\n{role}\nVALUE\nView application >",
        "Job\tLocation\tStatus\n{role}\t{location}\tVALUE",
        "| Role | Reference | Status |\n|------|-----------|--------|\n| {role} | {req} | VALUE |",
        "{role}\n{company} \u2013 {location}\nApplied {date2}\n\nVALUE",
        "REQUISITION\n{req} \u2013 {role}\n\nAPPLICATION STATUS\nVALUE",
        "Your application\n-----------------\nRole: {role}\nStage: VALUE\nDate: {ndate}",
    ]
    return r(r.choice(layouts)).replace("VALUE", value)


JOBS = [
    "Data Analyst",
    "Customer Success Manager",
    "Junior Accountant",
    "Site Reliability Engineer",
    "Operations Associate",
    "Payroll Specialist",
    "UX Researcher",
    "Warehouse Team Leader",
    "Product Marketing Manager",
    "Clinical Coordinator",
    "Graduate Buyer",
    "Technical Writer",
    "Field Service Engineer",
    "Business Analyst",
    "Procurement Officer",
    "QA Engineer",
]


def jobs_you_may_like(r: R) -> str:
    n = r.rng.randint(2, 5)
    picks = r.rng.sample(JOBS, n)
    head = r(
        [
            "Jobs you may like",
            "Recommended for you",
            "Other roles at {company}",
            "Roles similar to the one you applied for",
            "You might also be interested in",
            "Open positions near {city}",
            "JOBS FOR YOU",
        ]
    )
    style = r.rng.randint(0, 3)
    rows = []
    for job in picks:
        where = r(["{city}", "Remote", "Hybrid \u00b7 {city}", "{location}", "{city} (on-site)"])
        if style == 0:
            rows.append(f"\u2022 {job} \u2014 {where}")
        elif style == 1:
            rows.append(f"{job}\n{where}\nApply now")
        elif style == 2:
            rows.append(f"{job} | {where} | View job")
        else:
            rows.append(f"- {job} ({where}) \u00bb")
    tail = r(
        [
            "See all jobs",
            "View more jobs >",
            "Browse all open roles at careers.{cdomain}",
            "",
            "Update your job preferences",
        ]
    )
    return "\n".join([head, *rows, tail]).strip()


FOOTER_BLOCKS: dict[str, list[str]] = {
    "follow": [
        "Follow us\nLinkedIn | Instagram | YouTube | Facebook",
        "Stay connected with {company}: [LinkedIn] [X] [Instagram] [TikTok]",
        "Find us on social media @{cslug}careers",
        "[image: LinkedIn] [image: Instagram] [image: Glassdoor]",
    ],
    "newsletter": [
        "Get the {company} Careers newsletter: stories from our people, hiring events and early notice of new openings. Sign up in one click from your candidate profile.",
        "Our monthly talent bulletin is out! Read how our {team} team works, meet our new graduates and find upcoming open evenings.",
        "Did you know? You can subscribe to job alerts for any team or location and we'll e-mail you as soon as something new is posted.",
    ],
    "privacy": [
        "Privacy notice: {company} processes the information in your application to run its recruitment process. We keep it for [[six|twelve|24]] months and then delete it. You can ask for a copy, a correction or deletion at any time via privacy@{cdomain}.",
        "How we use your data: your candidate record is held on {portal} on behalf of {company}, as controller. Details of your rights, including how to complain to a supervisory authority, are in our candidate privacy statement.",
        "Data protection: under applicable law you may request access to, rectification of or erasure of your personal data. Write to our Data Protection Officer, {street}, {city}.",
    ],
    "eeo": [
        "{company} is an equal opportunity employer. All qualified applicants receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
        "We are committed to a diverse and inclusive workplace and we welcome applications from people of all backgrounds. Reasonable adjustments are available at every stage \u2013 just ask.",
        "{company} is proud to be a Disability Confident employer and a signatory of the Armed Forces Covenant.",
    ],
    "unsubscribe": [
        "You are receiving this e-mail because you have an account on the {company} careers site. Unsubscribe | Manage preferences",
        "To stop receiving messages like this, update your notification settings or unsubscribe here.",
        "This mailbox is not monitored. Please do not reply to this e-mail.",
        "Sent by {portal} on behalf of {company}. Unsubscribe from job alerts.",
    ],
    "address": [
        "{company} \u00b7 {street} \u00b7 {city}",
        "\u00a9 {year} {company}. All rights reserved.\n{street}, {city}",
        "{company} Ltd, registered in England and Wales (no. {ref}). Registered office: {street}, {city}.",
        "{company} Inc. | {street} | {city}",
    ],
    "app": [
        "Get the {company} Careers app on iOS and Android and track your applications on the go.",
        "Download our app \u2013 App Store | Google Play",
    ],
    "help": [
        "Need help? Visit our candidate FAQ or contact the recruitment helpdesk, Monday\u2013Friday 9:00\u201317:00.",
        "Was this e-mail helpful? Yes / No",
        "Questions about your account? Visit help.{pdomain}",
    ],
    "powered": [
        "Powered by {portal}",
        "Sent via {portal} \u2022 Terms \u2022 Privacy",
        "{portal} \u2013 recruiting software",
    ],
}
RULES = [
    "",
    "\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014",
    "________________________________",
    "* * *",
    "-- ",
    "\u2500" * 20,
    "=====================",
]


def long_footer(r: R, jobs: float = 0.6) -> str:
    """A long footer in one of many layouts: several blocks, shuffled, with or without rules,
    often a 'jobs you may like' list."""
    names = list(FOOTER_BLOCKS)
    r.rng.shuffle(names)
    chosen = names[: r.rng.randint(4, len(names))]
    blocks = [r(FOOTER_BLOCKS[n]) for n in chosen]
    if r.chance(jobs):
        blocks.insert(r.rng.randint(0, min(2, len(blocks))), jobs_you_may_like(r))
    rule = r.choice(RULES)
    joiner = f"\n\n{rule}\n\n" if rule and r.chance(0.4) else "\n\n"
    head = f"{rule}\n\n" if rule else ""
    return head + joiner.join(blocks)


def no_reply(r: R) -> str:
    return r(
        [
            "{company} Careers <careers-noreply@{cdomain}>",
            "{company} Recruiting <no-reply@{pdomain}>",
            "{company} via {portal} <notifications@{pdomain}>",
            "no-reply@{cslug}.{pdomain}",
            "{portal} <donotreply@{pdomain}>",
            "{company} Talent <talent@{cdomain}>",
            "Careers at {company} <jobs@{cdomain}>",
        ]
    )
