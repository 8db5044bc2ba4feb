"""The voice of the w5-note-*, w5-subject-* and w5-terse-* families (helper W5, issue 11;
written for rejectwatch): a person's note about one application (after a final round, from an
agency, about an offer, a paused or closed search, the talent community), sometimes with a
feedback block, another role pitched, or the candidate's earlier mail quoted; a mail whose
subject says it all and whose body is one line; a reply typed on a phone.

Each kind's folder holds the sentences that carry the news (decision_notes.py); this module
holds only what they share, so the skeleton says nothing about the outcome.
"""

from __future__ import annotations

from ..engine import R
from . import international_threads as intl
from .portal_letters import Writer

HELLO = [
    "Hi {first},",
    "Dear {first},",
    "Hello {first},",
    "{first} \u2013",
    "Hey {first},",
    "Dear {title} {last},",
    "Good morning {first},",
]

SIGN = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}\n{rtitle} | {company}",
    "Thanks again,\n{rfirst} {rlast}",
    "Warmly,\n{rfirst}",
    "All the best,\n{rfull}\n{company}",
    "Regards,\n{rfull}",
]

AGENCY_SIGN = [
    "Speak soon,\n{rfirst}\n{agency}",
    "Best,\n{rfull}\nPrincipal Consultant | {agency}\n{amail}",
    "Cheers,\n{rfirst} @ {agency}",
]

# subjects of the final-round and agency notes, the same whatever the news
FINAL_SUBJECTS = [
    "{role} \u2013 final round outcome",
    "Following up on your final interview",
    "Your interviews with {company}",
    "{role}: decision and feedback",
]
AGENCY_SUBJECTS = [
    "{company} \u2013 feedback",
    "Update from {company}",
    "{role} @ {company}",
    "Quick update after your interview",
]

FEEDBACK = [
    "What the panel liked:\n- your structured answers in the case discussion\n- clear, calm communication with the panel\n- good questions about the team's roadmap\n\nWhere they wanted more:\n- depth in {area}\n- concrete examples of leading without authority",
    "Some notes from the debrief, in case they help:\n1. Technical round: strong on fundamentals, a little rushed on trade-offs.\n2. Values interview: very positive.\n3. Presentation: well paced; the numbers section could have been tighter.",
    "The interviewers' comments were consistent: you prepared thoroughly and were easy to talk to. The main gap they saw was hands-on experience with {area}.",
    "Feedback summary \u2013 Strengths: stakeholder management, written communication. Development areas: {area}, commercial framing.",
]

AREAS = [
    "data modelling",
    "people management",
    "regulated environments",
    "B2B sales cycles",
    "cloud cost control",
    "clinical audit",
    "public procurement",
    "mobile release pipelines",
]

PITCH = [
    "Separately, I'm working on a {role2} role with another client in {city} ({salary}). I think it could suit you well \u2013 shall I send the spec?",
    "On a brighter note, there's a {role2} opening I'm recruiting for that's closer to your background. Free for a quick call this week?",
    "I've also got a {role2} vacancy ({salary}) that I'd like to put you forward for, if you're open to it.",
]


def setup(r: R, *, agency: bool = False) -> None:
    intl.setup(r, agency=agency)
    r.c["area"] = r.choice(AREAS)


def note(
    subjects: list[str],
    openers: list[str],
    cores: list[str],
    closers: list[str],
    *,
    feedback: float = 0.0,
    pitch: float = 0.0,
    agency: bool = False,
    quote_p: float = 0.3,
) -> Writer:
    """A person's note: greeting, opener, the news, maybe a feedback block and another role,
    a closer, a signature; sometimes the candidate's earlier mail quoted below."""

    def write(r: R) -> tuple[str, str, str]:
        setup(r, agency=agency)
        parts = [r(HELLO), r(openers), r(cores)]
        if r.chance(feedback):
            parts.append(r(FEEDBACK))
        if r.chance(pitch):
            parts.append(r(PITCH))
        parts += [r(closers), r(AGENCY_SIGN if agency else SIGN)]
        subj = r(subjects)
        body = r.body(*parts)
        if r.chance(quote_p):  # a reply to the candidate's chaser, under its own subject
            base = r(
                ["{role}", "Following up – {role}", "{role} interview", "Thank you", "Checking in"]
            )
            subj = ("RE: " if r.chance(0.6) else "Re: ") + base
            body = body + "\n\n" + intl.quote(r, r(intl.CAND), base)
        sender = (
            r(["{rfull} <{amail}>"])
            if agency
            else r(
                [
                    "{rfull} <{rmail}>",
                    '"{rlast}, {rfirst}" <{rmail}>',
                    "{rfirst} {rlast} ({company}) <{rinit}>",
                ]
            )
        )
        return subj, body, sender

    return write


def subject_only(subjects: list[str], bodies: list[str]) -> Writer:
    """The news is in the subject; the body is one short line and a name."""

    def write(r: R) -> tuple[str, str, str]:
        setup(r)
        body = r.body(
            r(["", "", "Hi {first},", "{first},"]),
            r(bodies),
            r(["{rfirst}", "\u2013 {rfirst}", "{company} Recruiting", "", "Sent from my iPhone"]),
        )
        return r(subjects), body, r(["{rfull} <{rmail}>", "{company} Careers <careers@{cdomain}>"])

    return write


def terse(lines: list[str], quote_p: float = 0.5) -> Writer:
    """A reply typed on a phone: one or two lines, an initial, a device line, sometimes typos,
    often the candidate's last mail quoted below."""

    def write(r: R) -> tuple[str, str, str]:
        setup(r)
        text = r(lines)
        if r.chance(0.3):
            text = intl.typos(r.rng, text, 1)
        hello = r(["", "", "{first} -", "Hi {first},", "Hey {first}"])
        together = bool(hello) and r.chance(0.5)
        body = r.body(
            f"{hello}\n{text}" if together else hello,
            "" if together else text,
            r(
                [
                    "Best, {rfirst}",
                    "{rfirst}",
                    "{rfirst[0]}",
                    "Thx, {rfirst}",
                    "Cheers {rfirst}",
                    "- {rfirst}",
                ]
            ),
            r(intl.MOBILE) if r.chance(0.6) else "",
        )
        subj = r(
            [
                "Re: {role}",
                "RE: {role} - follow up",
                "Re: Following up",
                "Re: Thanks for today",
                "Re: Checking in on {role}",
            ]
        )
        if r.chance(quote_p):
            body = (
                body
                + "\n\n"
                + intl.quote(
                    r,
                    r(intl.CAND),
                    subj[4:],
                    style=r.choice(["gmail_us", "gmail_uk", "apple", "mobile"]),
                )
            )
        return subj, body, r(["{rfull} <{rmail}>", "{rfirst} <{rinit}>"])

    return write
