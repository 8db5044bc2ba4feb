"""Thread replies and bare statuses, sixth wave (issue 11, second pass; written for rejectwatch).

The kinds of mail the model still misses after the fifth wave, and the mail that shares their
shape but must stay in the inbox, in wording of their own (not the blind slices', not earlier
waves'). The decision sentences are assembled from parts (who decided, the verb, the person
chosen, why), so a held-out family still shares the *shape* of the decision with the others
rather than its exact words:

* rejections: a person's reply in a thread that names someone else's hire, in short and long
  letters; hedged refusals that only say others fit better or the search went elsewhere; bare
  ATS status lines ("Stage: Not progressing");
* hard negatives in the same shapes: thread replies that choose the reader (next round,
  offer), that ask for references or reschedule, that tell the reader other people are still
  being seen; and neutral ATS status lines.
"""

from __future__ import annotations

from .breadth2 import family
from .engine import R

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OFF = "offer"

SUBJECTS = [
    "RE: [EXT] Re: {role}",
    "RE: [EXT] RE: Quick question",
    "Re: [External] Re: Thanks for your time",
    "RE: [EXTERNAL] RE: Final conversation",
    "RE: Re: {company} - {role}",
    "Re: Re: Fw: {role} next steps?",
    "RE: [EXT] Re: Touching base",
    "AW: Re: {role}",
]
FROM = ["{rfull} <{rmail}>", "{rfull} <{rinit}>", '"{rlast}, {rfirst}" <{rmail}>']
HELLO = [
    "Hi {first},",
    "{first},",
    "Hey {first} -",
    "Dear {first},",
    "Morning {first},",
    "Hi again {first},",
]

ASKS = [
    "Hi {rfirst},\nI hope all is well. Is there any news from the hiring team?\nBest,\n{first}",
    "Dear {rfirst},\nMany thanks for organising {weekday}'s conversations. I came away even "
    "keener on the role.\nWarm regards,\n{first} {last}",
    "{rfirst} - thanks again. Let me know if a second reference would help.\n{first}",
    "Hi {rfirst}, circling back on the {role} opening; I'm weighing up another offer and "
    "would value an update.\nThanks!\n{first}",
    "Hello {rfirst},\nAttaching the writing sample we discussed. Have a good weekend.\n{first}",
]


def quoted(r: R) -> str:
    ask = r(ASKS)
    if r.chance(0.5):
        lines = "\n".join("> " + ln if ln else ">" for ln in ask.split("\n"))
        return r("On {date2}, {full} <{cmail}> wrote:\n") + lines
    return (
        r(
            "________________________________\nFrom: {full} <{cmail}>\nSent: {date2} {time2}\n"
            "To: {rfull}\nSubject: {role}\n\n"
        )
        + ask
    )


def sig(r: R) -> str:
    return r(
        [
            "All best,\n{rfirst}",
            "Thanks again,\n{rfull}\n{rtitle} | {company}",
            "Take care,\n{rfirst}\n\n{rfull}\n{rtitle}",
            "Best regards,\n{rfull}",
            "{rfirst}\nSent from my phone",
        ]
    )


WARMTH = [
    "Thank you for the care you put into every stage - the [[written exercise|portfolio "
    "review|systems discussion|presentation]] in particular gave us a lot to talk about.",
    "I'm sorry this has taken a while; we wanted to be sure before coming back to you.",
    "It's been a real pleasure getting to know you over these [[three|four|few]] conversations.",
    "Thanks for nudging - you deserved an answer sooner.",
    "Before anything else: thank you for how open you were with us throughout.",
    "I know you've been waiting on us, so I'll get straight to it.",
]

# Who decided - the verb - the person chosen - (why)
CHOSEN = [
    "another candidate",
    "one of the other finalists",
    "an applicant with [[more|deeper|longer]] [[domain|sector|leadership|hands-on]] experience",
    "a person who had [[done|held]] the same job [[at a competitor|elsewhere|for several years]]",
    "someone already working in [[our team|the business|a sister company]]",
    "an internal candidate",
    "a candidate from [[the other shortlist|an earlier round|our talent pool]]",
    "somebody whose background [[overlaps more|lines up better]] with the [[next year's|immediate]] work",
]


def choice_of_other(r: R) -> str:
    lead = r(
        [
            "",
            "",
            "After a lot of deliberation, ",
            "In the end, ",
            "This time round, ",
            "Having compared everyone we met, ",
            "It was very close, but ",
        ]
    )
    who = r(
        [
            "we've",
            "we have",
            "the team has",
            "{mfirst} has",
            "the panel has",
            "the hiring group has",
        ]
    )
    verb = r(
        [
            "gone with",
            "opted for",
            "hired",
            "appointed",
            "brought on",
            "made an offer to",
            "given the role to",
            "offered the job to",
            "picked",
            "selected",
        ]
    )
    tail = r(
        [
            "",
            "",
            " - they [[start|join]] [[next month|in the new year|in a few weeks]]",
            ", and they've [[accepted|said yes|signed]]",
            " for the {role} [[position|opening|post]]",
        ]
    )
    sentence = f"{lead}{who} {verb} {r(CHOSEN)}{tail}."
    return sentence[0].upper() + sentence[1:]


def choice_of_other_past(r: R) -> str:
    who = r(["We", "The team", "{mfirst}", "The panel", "Our director"])
    verb = r(
        [
            "went with",
            "chose",
            "hired",
            "appointed",
            "picked",
            "settled on",
            "offered the role to",
            "decided on",
        ]
    )
    return r(f"{who} {verb} ") + r(CHOSEN) + r(["", " in the end", " after the final round"]) + "."


AFTER = [
    "I'd be happy to [[pass on the panel's notes|talk through feedback]] if you want it.",
    "You were a strong contender and I hope we get another chance to work together.",
    "I'll keep your details to hand for anything similar.",
    "Good luck with the other processes you mentioned.",
    "",
]

HEDGE = [
    "We felt [[other applicants|a few other people|candidates further along in their careers]] "
    "[[were better suited to|matched more closely with|had the edge for]] [[this role|what the "
    "team needs right now|the brief]].",
    "Our search has [[moved|gone|headed]] in a [[different|new]] direction, and we'll "
    "[[carry on|continue]] with [[other profiles|a different set of people]].",
    "On reflection, [[the fit isn't quite there|this isn't the right match]] for [[this opening|"
    "the {role} role]], and we're [[concentrating on|focusing on]] other applicants.",
    "The [[shortlist|final group]] [[leaned|tilted]] towards people with [[more direct|closer]] "
    "experience, so we'll [[leave it here|close things off]] for now.",
    "We've decided to [[prioritise|pursue]] candidates whose experience sits closer to "
    "[[our stack|the sector|the role's focus]].",
]

STATUS_WORD = [
    "Status",
    "Application status",
    "Current stage",
    "Stage",
    "Outcome",
    "Candidate status",
    "Decision",
]
STATUS_NEG = [
    "Not progressing",
    "Rejected",
    "Not selected",
    "Closed - not selected",
    "Unsuccessful",
    "Declined by employer",
    "No longer under consideration",
    "Archived (not selected)",
    "Position filled",
    "Did not advance",
    "Application not taken forward",
]
STATUS_NEUTRAL = [
    "Under review",
    "Received",
    "In review with hiring team",
    "Shortlisted",
    "Interview requested",
    "Assessment sent",
    "New",
    "Screening",
    "Awaiting hiring manager",
    "Offer stage",
]


def status_line(values: list[str]):  # type: ignore[no-untyped-def]
    def block(r: R) -> str:
        value = r.choice(values)
        if r.chance(0.5):
            return r(
                f"{r(STATUS_WORD)}: {value}\n[[Role|Position|Job]]: {{role}}\n"
                "[[Reference|Job ID|Req]]: {req}"
            )
        return r(
            f"[[Your|The]] application for {{role}} [[is now|was set to|has moved to|now "
            f"shows]]: {value}."
        )

    return block


STATUS_HEAD = (  # senders, subjects, greetings of a portal's status mail, either way
    [
        "no-reply@{pdomain}",
        "{company} via {portal} <notifications@{pdomain}>",
        "{portal} <status@{pdomain}>",
    ],
    [
        "Status update: {role}",
        "Your application has been updated",
        "{company} - application status",
        "Update on {req}",
        "Notification from {portal}",
    ],
    ["", "Hello {first},", "{first} {last}"],
)
STATUS_TAIL = (
    0.7,
    [
        "Sign in to {portal} to see all your applications.",
        "This is an automatic notification from {portal}; please do not reply.",
        "Manage notification settings in your {portal} profile.",
    ],
)
PORTALS = [
    "Rosterly|rosterly.io",
    "Pipehire|pipehire.com",
    "Staffwise|staffwise.net",
    "Applyflow|applyflow.app",
]


AGENCIES = [
    "Harbourline Talent|harbourline.co.uk",
    "Keystone Search|keystonesearch.com",
    "Bright Arc Recruitment|brightarc.io",
    "Fieldstone People|fieldstonepeople.com",
]
OFFICES = [
    "Office of Human Capital|humancapital.gov",
    "State Personnel Board|spb.state.gov",
    "County Civil Service Commission|countycivil.gov",
    "Department of Veterans Services|vetservices.gov",
]

_REJ = [
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

_RCV = [
    family(
        "tr-public-receipt",
        20,
        ["{office} <no-reply@{odomain}>", "no-reply@{odomain}"],
        [
            "Application received - {req}",
            "Acknowledgement: {role}",
            "{req}: we have your application",
        ],
        ["Dear {first} {last}:", "Dear Applicant,"],
        [
            "Your application for {role} ({req}) [[has been received|was submitted on {date}]].",
            "[[Thank you for applying|We have received your application]] for announcement {req}.",
        ],
        [
            "[[Qualified applicants|Applicants found qualified]] will be referred to the hiring "
            "manager [[after the closing date|once rating is complete]]; you will be notified "
            "[[either way|of the outcome]] through your applicant account.",
            "Eligibility is [[reviewed|assessed]] after the announcement closes. [[You can "
            "check|Check]] your status [[at any time|online]].",
        ],
        ["{office}", "Staffing Unit, {office}"],
        kind=RCV,
        orgs={"office|odomain": OFFICES},
    ),
    family(
        "tr-ats-status-neutral",
        30,
        *STATUS_HEAD,
        status_line(STATUS_NEUTRAL),
        STATUS_TAIL,
        kind=RCV,
        orgs={"portal|pdomain": PORTALS},
    ),
    family(
        "tr-thread-still-deciding",
        18,
        FROM,
        SUBJECTS,
        HELLO,
        (0.6, WARMTH),
        [
            "We're still seeing [[a couple of|two more|the last few]] [[candidates|people]] "
            "[[this week|before the end of the month]], so we haven't made a decision yet.",
            "The team hasn't picked anyone yet - {mfirst} is [[away|travelling]] until {weekday}.",
            "No decision yet, I'm afraid: we're [[meeting|interviewing]] one other finalist on "
            "{weekday}.",
        ],
        ["I'll come back to you as soon as I know more.", "Thanks for your patience."],
        sig,
        (0.8, quoted),
        kind=RCV,
    ),
]

_INT = [
    family(
        "tr-recruiter-good-news-and-pitch",
        16,
        ["{rfull} <{rfirst}@{adomain}>", "{rfull} | {agency} <{rfirst}.{rlast}@{adomain}>"],
        ["{company} - feedback", "Following our call", "Re: {role} update"],
        ["Hi {first},", "{first} -", "Hello {first},"],
        ["As discussed on the phone [[just now|this afternoon|earlier]]:", ""],
        [
            "{company} [[loved|liked]] your [[CV|profile]] and [[want to meet you|would like a "
            "first interview]] for {role} - [[are you free|could you do]] {weekday} at {time}?",
            "Great news from {company}: you're [[through to|invited to]] the [[second|final]] "
            "stage for {role}.",
        ],
        (
            0.6,
            [
                "[[Separately|Also]], I'm [[recruiting|working on]] a {team} role [[in "
                "{city}|remote]] that could suit you too."
            ],
        ),
        ["Speak soon,\n{rfirst}", "{rfirst}\n{agency}"],
        kind=INT,
        orgs={"agency|adomain": AGENCIES},
    ),
    family(
        "tr-thread-chose-you-next",
        26,
        FROM,
        SUBJECTS,
        HELLO,
        (0.8, WARMTH),
        [
            "[[We've|The team has|{mfirst} has|The panel has]] [[picked|chosen|selected]] you "
            "[[for the final round|to come back for a last conversation|for the onsite day]].",
            "You're [[one of two|one of three|among the few]] people [[going through|we're "
            "taking forward]] to the last stage.",
            "We'd [[love|like]] to bring you back to meet {mfirst} - [[could you do|are you free]] "
            "{weekday} at {time}?",
            "Good news - [[we're|the team is]] keen to keep going with you, and the next "
            "conversation is with {mfirst}.",
        ],
        [
            "I'll send [[an invite|the details]] once you confirm a time.",
            "[[Reply with|Send over]] a few slots that work and I'll [[book it|set it up]].",
        ],
        sig,
        (0.8, quoted),
        kind=INT,
    ),
    family(
        "tr-thread-reschedule",
        16,
        FROM,
        SUBJECTS,
        HELLO,
        [
            "Could we move {weekday}'s [[call|interview|chat]] to {time2}? {mfirst} has a clash.",
            "Small change: the [[final|second]] interview will be [[on video|in "
            "person]] rather than [[in person|on video]], same time.",
            "I've [[sent|re-sent]] the calendar invite for {date} at {time} - let me know if it "
            "didn't arrive.",
        ],
        (0.5, ["Sorry for the shuffle.", "Thanks for being flexible."]),
        sig,
        (0.8, quoted),
        kind=INT,
    ),
]

_NXT = [
    family(
        "tr-thread-references",
        18,
        FROM,
        SUBJECTS,
        HELLO,
        (0.6, WARMTH),
        [
            "We're at the reference stage: could you send [[two|a couple of]] referees, "
            "ideally [[a recent manager|someone you reported to]]?",
            "The last step before we [[decide|finalise things]] is [[references|a background "
            "check]] - the form is linked below and takes ten minutes.",
            "{mfirst} would like to [[run references|speak to a referee]] before [[the final "
            "decision|we make a decision]]; could you [[share contacts|send details]] by "
            "{weekday}?",
        ],
        ["Thanks so much.", "Shout if anything's unclear."],
        sig,
        (0.8, quoted),
        kind=NXT,
    ),
]

_OFF = [
    family(
        "tr-thread-chose-you-offer",
        22,
        FROM,
        SUBJECTS,
        HELLO,
        (0.8, WARMTH),
        [
            "[[We've|The team has|{mfirst} has]] [[gone with|chosen|picked]] you - [[we'd "
            "like|we want]] you to [[join us|take the role|come on board]] as {role}.",
            "Out of [[everyone we met|a strong group]], [[you were the one|you stood out]], and "
            "we'd like to hire you.",
            "It's a yes from all of us: [[the job's|the role's]] yours if you want it.",
            "We met [[several|many]] strong candidates, but the panel chose you, and an offer "
            "letter is on its way.",
        ],
        [
            "[[HR|Our people team]] will send the [[paperwork|contract]] [[today|tomorrow|this "
            "week]].",
            "Let's talk salary and a start date [[on {weekday}|this week]].",
        ],
        sig,
        (0.8, quoted),
        kind=OFF,
    ),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "interviews.jsonl": (_INT, "int"),
    "next_steps.jsonl": (_NXT, "nxt"),
    "offers.jsonl": (_OFF, "off"),
}
