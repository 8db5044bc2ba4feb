"""The voice of the br-* families: ``fam`` (the slot-based family builder every later prefix uses), greetings, sign-offs, footers, senders and ``kind_of``.

The families are in rejections/sectors_and_stages.py and the sectors_and_stages.py of confirmations/, interviews/, next_steps/, offers/, outreach/ and non_job/. The note of the pass that wrote them follows.

Breadth families (written for rejectwatch, issue 3, second pass).

Each family below has its OWN sentences, written fresh for that family: nothing comes from
phrases.py or from the other modules' sentence lists, so a family held out in grouped
cross-validation is phrasing the model has not seen. Only greetings, sign-offs and the
footer snippets in this module are reused between families (as real mail reuses them), and
the footers are used by the br-* negatives as often as by the rejections.

A family is declared with ``fam(name, count, senders, subjects, *slots, ...)``: every slot
is a list of alternative templates (one is chosen), ``(p, [...])`` (included with
probability p), or a callable taking the renderer. Templates use the engine's
``[[a|b]]`` / ``[[?x]]`` syntax and context keys ({first}, {company}, {role}, ...).
"""

from __future__ import annotations

from ..engine import R


def pick(r: R, alts) -> str:
    """Render a template, a callable, or one choice from a list of templates/callables."""
    if callable(alts):
        return alts(r)
    if not isinstance(alts, str):
        alts = r.choice(alts)
        if callable(alts):
            return alts(r)
    return r(alts)


def fam(name, count, senders, subjects, *slots, setup=None, sector=None, kind=None):
    def fn(rng, c):
        r = R(rng, c)
        for key, alts in (setup or {}).items():
            c[key] = r(alts)
        parts = []
        for slot in slots:
            if isinstance(slot, tuple):
                parts.append(pick(r, slot[1]) if r.chance(slot[0]) else "")
            else:
                parts.append(pick(r, slot))
        return pick(r, subjects), r.body(*parts), pick(r, senders)

    fn.__name__ = name
    if sector is not None:
        fn.sector = sector
    return (name, fn, count) if kind is None else (name, fn, count, kind)


# --- small shared pieces (greetings, sign-offs, footers) -------------------------------------
def hi(r: R) -> str:
    return r(
        [
            "Hi {first},",
            "Hello {first},",
            "Dear {first},",
            "Dear {first} {last},",
            "{first},",
            "Hi {first}!",
            "Hey {first},",
            "Hi,",
            "",
        ]
    )


def hi_formal(r: R) -> str:
    return r(
        [
            "Dear {first} {last},",
            "Dear {title} {last},",
            "Dear Candidate,",
            "Dear Applicant,",
            "Dear {first},",
        ]
    )


def bye(r: R) -> str:
    return r(
        [
            "Best,\n{rfirst}",
            "Thanks,\n{rfirst}",
            "All the best,\n{rfull}",
            "Regards,\n{rfull}\n{rtitle}, {company}",
            "Warmly,\n{rfirst}",
            "Cheers,\n{rfirst}",
            "{rfirst}",
            "Many thanks,\n{rfull}",
            "",
        ]
    )


def bye_team(r: R) -> str:
    return r(
        [
            "Kind regards,\nThe {company} Recruitment Team",
            "Best wishes,\n{company} Talent Acquisition",
            "Sincerely,\n{company} Human Resources",
            "Thank you,\n{company} Careers",
            "Regards,\nResourcing Team\n{company}",
            "The {company} Hiring Team",
        ]
    )


def footer(r: R) -> str:
    """Plain-text rendering of an HTML footer: legal, privacy, unsubscribe, address."""
    parts = [
        r(
            [
                "This message was sent to {cmail}. If you no longer wish to receive these emails, [[unsubscribe|update your preferences|manage your subscriptions]] here.",
                "You are receiving this email because you created a candidate profile with {company}. Manage email settings | Unsubscribe",
                "Please do not reply directly to this message; the mailbox is not monitored.",
                "Sent from an automated address. Replies are not read.",
            ]
        ),
        r(
            [
                "Privacy: we process candidate data as described in our Applicant Privacy Notice, available on our careers site. You may request access to or deletion of your data at any time by writing to privacy@{cdomain}.",
                "Your data will be retained for [[6|12|18|24]] months in line with our recruitment data retention policy, after which it is deleted automatically.",
                "{company} is an equal opportunity employer and values diversity at every level. We do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status, veteran status or disability.",
                "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain confidential information. If you received it in error, please delete it and notify the sender.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "{company} | [[1200 Market Street, Suite 400|14 Quay Road|Unit 3, Riverside Park|88 King Street West|Kaiserstrasse 19]], {city}",
                "(c) {year} {company}. All rights reserved.",
                "{company}, registered in England and Wales, company no. {ref}. Registered office: {street}, {city}.",
            ],
        ),
        r.maybe(
            0.5,
            [
                "Privacy Policy | Terms of Use | Careers Home | Help",
                "View in browser | Privacy | Contact",
                "Follow us: LinkedIn | Instagram | X",
                "Careers | Benefits | Our Values | FAQ",
            ],
        ),
    ]
    return "\n\n".join(p for p in parts if p)


def header(r: R) -> str:
    return r(
        [
            "View this email in your browser",
            "[{company}]\nCareers",
            "{company} Careers\n========================",
            "[Image: {company} logo]",
            "Having trouble reading this email? View it online.",
            "CAREERS AT {company}",
        ]
    )


def person(r: R) -> str:
    return r(["{rfull} <{rmail}>", "{rfirst} {rlast} <{rmail}>", "{rmail}", "{rfirst} <{rinit}>"])


def quoted(text_alts, who="{rfull} <{rmail}>"):
    def slot(r: R) -> str:
        text = r(text_alts)
        lines = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return r("[[On|On|Le]] {date}[[, at {time2}|]] " + who + " wrote:\n") + lines

    return slot


ORG = [
    "{company} Careers <careers@{cdomain}>",
    "{company} Recruitment <recruitment@{cdomain}>",
    "no-reply@{cdomain}",
    "{company} <jobs@{cdomain}>",
    "{company} Talent <talent@{cdomain}>",
]
NOSUBJ = [""]

# --- kinds of the br-* hard negatives (scripts/corpus/*/sectors_and_stages.py) ---------------
RCV, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
ALERT, OTHER, OUTREACH, NJ = (
    "job_alert",
    "other_job",
    "recruiter_outreach",
    "non_job_rejection_words",
)

_KIND_BY_PREFIX = {
    "br-rcv-": RCV,
    "br-int-": INT,
    "br-nxt-": NXT,
    "br-off-": OFF,
    "br-alert-": ALERT,
    "br-other-": OTHER,
    "br-outreach-": OUTREACH,
    "br-nj-": NJ,
}


def kind_of(name: str) -> str:
    """The kind of a br-* negative family, from its name."""
    return next(k for prefix, k in _KIND_BY_PREFIX.items() if name.startswith(prefix))
