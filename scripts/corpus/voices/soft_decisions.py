"""The voice of the w6-* families (helper w6, issue 11, sixth corpus pass; written for
rejectwatch): greetings and sign-offs in several registers (British, American, Indian and
non-native English), quoted thread histories, ATS senders, long newsletter / careers footers,
and the setup values the families share ({area}, {score}, {cut}, {other_role}, {vac}, ...).

The families are in the ``soft_decisions.py`` module of rejections/, confirmations/,
interviews/, next_steps/, offers/ and outreach/, and in ``world_letters.py`` (Italian,
Portuguese, German, French, Spanish, Dutch) of rejections/, confirmations/ and interviews/.
A rejection and its hard negatives share these skeletons, so the model has to read the
decision sentence. Every sentence was written for rejectwatch; names are invented.
"""

from __future__ import annotations

from ..engine import R
from .base_letters import fam

__all__ = ["fam"]  # re-exported: the w6 families build with it

SETUP = {
    "area": [
        "regulated environments",
        "large-scale data migration",
        "people management",
        "B2B sales cycles",
        "clinical audit",
        "Kubernetes in production",
        "public procurement",
        "early-years settings",
        "warehouse automation",
        "SAP finance modules",
    ],
    "score": ["41", "48", "52", "55", "58", "61", "37", "63"],
    "cut": ["65", "70", "72", "75", "80"],
    "goodscore": ["78", "81", "84", "88", "91"],
    "other_role": [
        "Business Analyst",
        "Customer Success Lead",
        "Project Coordinator",
        "Data Engineer",
        "Operations Manager",
        "QA Analyst",
        "Account Executive",
    ],
    "vac": ["VN-{ref}", "{ref}/26", "CAN-{ref}", "Vacancy {ref}", "JR{ref}"],
    "stage": [
        "the online assessment",
        "the case study",
        "the video interview",
        "the assessment centre",
        "the technical test",
    ],
}

HI = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hi {first} -",
    "Hey {first},",
    "Morning {first},",
    "Good afternoon {first},",
]
HI_FORMAL = ["Dear {first} {last},", "Dear {title} {last},", "Dear Applicant,", "Dear {first},"]
HI_IN = [
    "Dear {first},",
    "Dear {first} {last},",
    "Hi {first},",
    "Dear Candidate,",
    "Respected {first},",
]

BYE = [
    "Best,\n{rfirst}",
    "Thanks again,\n{rfirst}",
    "Warm regards,\n{rfull}",
    "Take care,\n{rfirst}",
    "All the best,\n{rfirst}\n{rtitle} | {company}",
    "Cheers,\n{rfirst}",
    "Kind regards,\n{rfull}\n{rtitle}\n{company}",
    "{rfirst}\n\nSent from my phone",
    "Speak soon,\n{rfirst}",
]
BYE_FORMAL = [
    "Yours sincerely,\n{rfull}\n{rtitle}",
    "Kind regards,\nRecruitment Team\n{company}",
    "Regards,\nPeople Services, {company}",
    "With best wishes,\nThe Resourcing Team",
]
BYE_IN = [
    "Thanks & Regards,\n{rfull}\nTalent Acquisition | {company}",
    "Warm Regards,\n{rfull}\nHR Team",
    "Regards,\nTeam HR\n{company}",
    "Thanks and regards,\n{rfirst}",
]

PERSON = ["{rfull} <{rmail}>", "{rfirst} {rlast} <{rinit}>", "{rfull} via {company} <{rmail}>"]
ATS = [
    "{company} Careers <careers@{cdomain}>",
    "{company} Talent Acquisition <no-reply@{cdomain}>",
    "{company} Recruiting <jobs@{cdomain}>",
    "{company} via Workstream <notifications@workstream-mail.com>",
    "{company} Hiring Team <hiring@{cdomain}>",
]
AGENCY = [
    "{rfull} | Harrowgate Search <consultants@harrowgate-search.co.uk>",
    "{rfull} (Tallis & Reed Recruitment) <desk@tallisreed.com>",
    "{rfull} <talent@northquay-talent.com>",
]

QUOTED_ASKS = [
    "Thanks so much for the chat on {weekday}. I really enjoyed hearing about the team's plans for next year. Is there anything else you need from me?",
    "Just checking in on the {role} role - happy to share anything else that would help.",
    "Thank you again for having me in. Looking forward to hearing how things go.",
    "Hope you had a good weekend. Any news on the {role} position?",
    "Following up on my interview last week. I'm still very keen on the role!",
]


def quoted(r: R) -> str:
    """A quoted message from the candidate under the reply (half of the time)."""
    if not r.chance(0.5):
        return ""
    head = r(
        [
            "On {date}, {full} <{cmail}> wrote:",
            "From: {full} <{cmail}>\nSent: {date}\nTo: {rfull}\nSubject: RE: {role}",
            "-----Original Message-----\nFrom: {full}\nSent: {date2}",
            "{full} wrote on {date}:",
        ]
    )
    lines = [r(QUOTED_ASKS), "", "Best,", "{first}".format_map(r.c)]
    return head + "\n" + "\n".join(("> " + line).rstrip() for line in lines)


FOOTERS = [
    "Follow us on LinkedIn and Instagram for life at {company}.\nNever miss a role: set up a job alert at careers.{cdomain}/alerts.",
    "{company} is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.",
    "Read our candidate privacy notice at {cdomain}/privacy. We keep applicant data for 12 months unless you ask us to delete it sooner.",
    "THE {company} NEWSLETTER - monthly stories from our teams, new roles and events. Subscribe at {cdomain}/news.\nUnsubscribe | Manage preferences | Help",
    "You are receiving this email because you applied for a role at {company}. {company}, {street}, {city}.",
    "Trending roles this week: Senior Analyst (Hybrid) - Store Supervisor - Graduate Engineer - Payroll Officer\nSee all jobs",
    "This message was sent by an unmonitored mailbox. For help with your candidate account visit support.{cdomain}.",
    "CONFIDENTIALITY: This e-mail and any attachments are for the named addressee only. If you received it in error, please delete it and tell the sender.",
]


def footer(r: R) -> str:
    """One to three footer paragraphs."""
    n = r.choice([1, 1, 2, 3])
    items = r.shuffled(list(FOOTERS))[:n]
    return "\n\n".join(r(item) for item in items)


THREAD = [
    "RE: [EXT] Re: {role}",
    "Re: [External] {role} - next steps",
    "RE: Re: {role} interview",
    "Re: Following up",
    "RE: {role} ({company})",
    "Re: Thank you!",
]


def thread_subject(r: R) -> str:
    return r(THREAD)


def lang_family(name: str, count: int, kind: str, languages: list[dict[str, list[str]]]):  # type: ignore[no-untyped-def]
    """A family entry whose mail is written in one language at a time: each message picks
    one of ``languages`` (a dict of "senders", "subjects", "bodies", "signoffs") and takes
    every part from it, so a subject, body and sign-off never mix languages."""

    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        for key, alts in SETUP.items():
            c[key] = r(alts)
        lang = r.choice(languages)
        body = r.body(r(lang["bodies"]), r(lang["signoffs"]))
        return r(lang["subjects"]), body, r(lang["senders"])

    fn.__name__ = name
    return (name, fn, count, kind)
