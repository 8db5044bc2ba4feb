"""The voice of the tr-* families: thread subjects, senders, greetings, the parts decision sentences are built from, status lines.

The families are in thread_replies.py in rejections/, confirmations/, interviews/, next_steps/, offers/. The note of the pass that wrote them follows.

Thread replies and bare statuses, sixth wave (issue 11, second pass; written for rejectwatch).

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

from ..engine import R

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
