"""Person-written thread replies after an interview whose decision is somebody else's hire,
with no negation ("we've filled the role with an applicant whose...", "the panel went with a
candidate who...", "we offered it to someone internal"), in short, long, non-native and phone
registers (families w1-thread-*; helper W1, issue 11 third pass; written for rejectwatch). The
thread frame, quoted history and sign-offs are in voices/international_threads.py, shared with the next-round,
reference and still-deciding replies of the other kinds.
"""

from __future__ import annotations

from ..engine import R
from ..voices import international_threads as intl

REJ = "rejection"

# --- the reasons a person gives for somebody else's hire -------------------------------------
WHOSE = [
    "background is closer to the day-to-day of the role",
    "last job was almost a mirror image of this one",
    "experience lines up with the migration we're about to start",
    "notice period suits the timeline we're working to",
    "portfolio leans heavily on the kind of work we do most",
    "track record with enterprise clients was a little longer",
    "previous team was about the size of ours",
    "references came from two people we already know well",
]


WHO = [
    "has run two projects very like ours",
    "already knows several of our clients",
    "covered this role on a contract last year",
    "brings more hands-on leadership experience",
    "can start in a fortnight",
    "has worked with our exact tooling for years",
    "comes from a competitor and knows the market inside out",
    "had been temping with us since the summer",
]


WITH = [
    "a few more years in a comparable post",
    "direct experience of the ERP system we use",
    "a longer record of managing people",
    "the specific accreditation our client asks for",
    "more time in front-line service",
    "deeper knowledge of the local market",
]


INTERNAL = [
    "has been covering the work since the spring",
    "knows the systems and the people already",
    "came through our internal mobility programme",
    "ran the pilot this role grew out of",
    "has been with us for six years in the {team} team",
]


FEEL = [
    "It was close, and I realise that's cold comfort after three rounds.",
    "You made it a hard call for us, honestly.",
    "Please take it as a very close second, because that's what it was.",
    "I'm sorry to be writing with this after all the time you gave us.",
    "I wanted you to hear it from me rather than from a system email.",
    "{mfirst} asked me to pass on how much the panel enjoyed your session.",
    "Thank you for your patience while we got here.",
]


AFTER = [
    "If a debrief would help, I'm happy to set up fifteen minutes next week.",
    "I'll keep your CV front of mind for the {role2} opening we expect later this year.",
    "Let's stay in touch - do connect with me on LinkedIn.",
    "Wishing you the very best with whatever comes next.",
    "You'd be a great addition to any team and I hope our paths cross again.",
    "Feel free to reach out if there's anything I can do to help with your search.",
]


def _reasons(r: R) -> None:
    c = r.c
    c["whose"], c["who"], c["with"] = r(WHOSE), r(WHO), r(WITH)
    c["internal"] = r(INTERNAL)


def decision(pool: list[str]):  # type: ignore[no-untyped-def]
    """A core: opener?, decision from ``pool``, feeling?, after?"""

    def core(r: R) -> str:
        _reasons(r)
        opener = r.maybe(
            0.5,
            [
                "I wanted to let you know where we've landed.",
                "Thanks for your note, and for bearing with us.",
                "Quick update from our side.",
                "We met as a panel yesterday afternoon.",
                "The decision was made on {weekday}, so I can finally update you.",
                "Apologies for going quiet; the last fortnight got away from me.",
            ],
        )
        parts = [opener + (" " if opener else "") + r(pool)]
        if r.chance(0.55):
            parts.append(r(FEEL))
        if r.chance(0.6):
            parts.append(r(AFTER))
        if r.chance(0.3):
            return " ".join(parts)
        return "\n\n".join(parts)

    return core


FILLED = [
    "We've filled the role with an applicant whose {whose}.",
    "The {role} post has now been filled by someone whose {whose}.",
    "We have now filled the position - the person we hired {who}.",
    "We've filled the vacancy, and the offer went to an applicant who {who}.",
    "The role was filled on {weekday}: we hired a candidate whose {whose}.",
    "I can let you know that the {role} job has been filled by an applicant who {who}.",
    "We've now filled the {role} role with someone who has {with}.",
]


PANEL = [
    "The panel went with a candidate who {who}.",
    "After comparing notes, {mfirst} and the panel went for the other finalist, who {who}.",
    "The interview panel chose another applicant, someone whose {whose}.",
    "The panel's decision went to a candidate with {with}.",
    "The panel settled on a candidate with {with}, and they have accepted our offer.",
    "When we sat down on {weekday}, the panel leaned towards a candidate whose {whose}, and "
    "that's who we've offered the role to.",
    "Our panel picked the candidate who {who}; they start next month.",
]


INSIDE = [
    "We've offered it to someone internal who {internal}.",
    "In the end the role went to an internal candidate who {internal}.",
    "The job has gone to a colleague from our {team} team who {internal}.",
    "We decided to promote from within: {mfirst}'s deputy, who {internal}, takes the role over next month.",
    "We've given the position to a member of staff who {internal}.",
    "An internal applicant came forward late in the process and we've offered them the post; "
    "they {internal}.",
    "We offered the role to someone already on the team - they {internal}.",
]


NONNATIVE = [
    "We have decided for another candidate whose profile is more close to the requirements of the team.",
    "The choice has fallen on an applicant with {with}.",
    "We have chosen for a candidate who {who}.",
    "We retained another profile, with {with}.",
    "The position is now occupied by a colleague from inside the company who {internal}.",
    "Our management has selected an other applicant which has {with}.",
    "After the second round the department head decided for the candidate who {who}.",
    "We have given the job to a person whose {whose}.",
]


SHORT = [
    "We went with the other finalist.",
    "Role's been filled - we hired someone with {with}.",
    "Panel picked another candidate, it was close.",
    "Offered it to an internal person in the end.",
    "We've given it to someone who can start straight away.",
    "We hired the person who {who}.",
    "{mfirst} went with the candidate whose {whose}.",
]


SHORT_EXTRA_REJ = [
    "Really enjoyed meeting you though.",
    "Thanks for all your time, genuinely.",
    "Happy to chat about feedback if useful.",
    "Good luck out there!",
    "Will keep you in mind for the next one.",
]


FAMILIES = [
    ("w1-thread-filled", intl.thread(decision(FILLED)), 45, REJ),
    ("w1-thread-panel-chose", intl.thread(decision(PANEL)), 45, REJ),
    ("w1-thread-internal-hire", intl.thread(decision(INSIDE)), 40, REJ),
    (
        "w1-thread-nonnative-choice",
        intl.thread(
            decision(NONNATIVE),
            hello=intl.HELLO_FORMAL,
            sign=intl.SIGN_FORMAL,
            slips=0.35,
        ),
        35,
        REJ,
    ),
    (
        "w1-thread-mobile-choice",
        intl.thread(
            intl.short_core(SHORT, SHORT_EXTRA_REJ, prepare=_reasons),
            sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"],
            mobile=0.8,
            history=0.7,
            slips=0.35,
        ),
        30,
        REJ,
    ),
]
