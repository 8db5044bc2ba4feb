"""Thread replies naming someone else's hire with the decision sentence built from parts,
hedges, bare ATS statuses, recruiter decisions with a pitch, public notices (families tr-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/threads.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.threads import (
    AFTER,
    AGENCIES,
    FROM,
    HEDGE,
    HELLO,
    OFFICES,
    PORTALS,
    REJ,
    STATUS_HEAD,
    STATUS_NEG,
    STATUS_TAIL,
    SUBJECTS,
    WARMTH,
    choice_of_other,
    choice_of_other_past,
    quoted,
    sig,
    status_line,
)

FAMILIES = [
    family(
        "tr-thread-choice-built",
        30,
        FROM,
        SUBJECTS,
        HELLO,
        (0.8, WARMTH),
        choice_of_other,
        (0.7, AFTER),
        sig,
        (0.8, quoted),
        kind=REJ,
    ),
    family(
        "tr-thread-choice-past",
        24,
        FROM,
        SUBJECTS,
        HELLO,
        (0.6, WARMTH),
        choice_of_other_past,
        (0.6, AFTER),
        sig,
        (0.8, quoted),
        kind=REJ,
    ),
    family(
        "tr-thread-choice-long",
        18,
        FROM,
        SUBJECTS,
        HELLO,
        WARMTH,
        [
            "The decision came down to [[the last two|a small number of]] people and it was "
            "[[not easy|genuinely hard|very close]].",
            "I wanted you to hear this from me.",
        ],
        choice_of_other,
        [
            "Your [[questions about the roadmap|case study|answers on stakeholder work]] "
            "[[stood out|were excellent|impressed {mfirst}]], and I'd be glad to be a referee "
            "for you informally.",
            "There will be more roles on the team later in the year.",
        ],
        AFTER,
        sig,
        (0.7, quoted),
        kind=REJ,
    ),
    family(
        "tr-hedge",
        26,
        ["{company} Talent <talent@{cdomain}>", "{rfull} <{rmail}>", "careers@{cdomain}"],
        [
            "About your application",
            "{role} - update",
            "Re: {role}",
            "Your {company} application",
            "Following up on {role}",
        ],
        HELLO,
        [
            "Thanks for your interest in the {role} role and for the time you gave us.",
            "We've now [[looked at|reviewed]] every application for {role}.",
            "",
        ],
        HEDGE,
        [
            "Thank you again for thinking of {company}.",
            "We wish you well with the search.",
            "Do keep an eye on our careers page.",
        ],
        ["{rfull}", "The {company} team", "{rfirst}, Talent Team"],
        kind=REJ,
    ),
    family(
        "tr-ats-status-neg",
        24,
        *STATUS_HEAD,
        status_line(STATUS_NEG),
        STATUS_TAIL,
        kind=REJ,
        orgs={"portal|pdomain": PORTALS},
    ),
    family(
        "tr-recruiter-decision-and-pitch",
        22,
        ["{rfull} <{rfirst}@{adomain}>", "{rfull} | {agency} <{rfirst}.{rlast}@{adomain}>"],
        [
            "{company} - feedback",
            "Following our call",
            "Re: {role} update",
            "Feedback + a different role",
        ],
        ["Hi {first},", "{first} -", "Hello {first},"],
        [
            "As discussed on the phone [[just now|this afternoon|earlier]]:",
            "Putting what we talked about in writing:",
            "",
        ],
        [
            "{company} [[have fed back|came back to me]] and [[they're not taking your "
            "application further|it's a no for the {role} role]] - they [[want|need]] someone "
            "with [[more|longer]] [[people management|client-facing|sector]] experience.",
            "The hiring manager at {company} [[has chosen|went with]] another candidate from "
            "the shortlist, so the {role} [[process has ended|vacancy is closed]] for you.",
            "{company} [[have decided|decided]] to [[pursue|progress]] other applicants for "
            "{role}.",
        ],
        [
            "[[Separately|On a brighter note|That said]], I'm [[recruiting|working on]] a "
            "[[contract|permanent]] {team} role [[nearby|in {city}|remote]] that [[fits your "
            "background|could suit you]] - [[fancy|want]] a [[chat|call]] [[tomorrow|this "
            "week]]?",
            "I'll [[keep you posted|be in touch]] about [[two|a couple of]] other briefs "
            "[[landing|arriving]] [[next week|soon]] that look [[closer|a better match]].",
        ],
        ["Speak soon,\n{rfirst}", "{rfirst}\n{agency}", "Cheers,\n{rfull}\n{agency}"],
        kind=REJ,
        orgs={"agency|adomain": AGENCIES},
    ),
    family(
        "tr-public-notice",
        22,
        [
            "{office} <no-reply@{odomain}>",
            "no-reply@{odomain}",
            "Recruitment, {office} <jobs@{odomain}>",
        ],
        [
            "Notice of Results - announcement {req}",
            "Your application: {role} ({req})",
            "Referral notice {req}",
            "Job opportunity {req} - update",
        ],
        ["Dear {first} {last}:", "Dear Applicant,", "{first} {last},"],
        [
            "Your application was [[not referred|not forwarded]] to the hiring manager for "
            "[[further consideration|selection]].",
            "You were [[determined|found]] [[not qualified|to not meet the minimum "
            "qualifications]] for this [[announcement|position]].",
            "The [[job opportunity announcement|vacancy]] {req} has been [[cancelled|withdrawn]] "
            "and no [[selection|appointment]] will be made.",
            "Based on your [[responses|score]], you were [[not placed|not listed]] on the "
            "[[certificate|eligible list]] for this [[position|announcement]].",
        ],
        (
            0.7,
            [
                "For more information, [[sign in to|log on to]] your applicant account.",
                "[[Questions|Enquiries]] about this [[notice|decision]] can be directed to the "
                "[[HR office|servicing personnel office]] listed in the announcement.",
            ],
        ),
        ["{office}", "Staffing Unit, {office}"],
        kind=REJ,
        orgs={"office|odomain": OFFICES},
    ),
]
