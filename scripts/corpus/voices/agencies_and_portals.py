"""The voice of the b5-* families: agencies, portals, public bodies, thread subjects and senders, warm lines, careers footers.

The families are in rejections/real_mail_misses.py, confirmations/conditional_holds.py, interviews/recruiter_calls.py, next_steps/deadlines.py, offers/in_thread.py. The note of the pass that wrote them follows.

Breadth families, fifth wave (issue 11; written for rejectwatch).

The kinds of real mail issue 11 reports the model missing or misfiling, in wording of their
own (not the blind slice's, not earlier waves'):

* rejections: a person's reply deep in a thread after interviews, the decision given as a
  choice of someone else with no negation; a plain refusal under a long careers-site,
  newsletter and job-alert footer; hedged refusals ("others were a closer match", "we took it
  another way"); a recruiter's note after a call that gives the decision and pitches another
  role; public-sector notices (not referred, ineligible, announcement cancelled); bare ATS
  status lines; internship and graduate-programme decision letters;
* hard negatives: confirmations that talk about a refusal that has not happened ("if we do
  not take you forward, we'll hold your CV", "either way you'll hear from us", "we only reply
  when there's a match"); neutral ATS status lines and public-sector receipts; and the
  protected kinds in the same shapes: a recruiter's call note that moves the candidate on, a
  thread reply inviting to the next round, an assessment with a deadline, an offer in a
  thread that says the team chose the reader.
"""

from __future__ import annotations

from ..engine import R

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OFF = "offer"

AGENCIES = [
    "Lattice Talent|latticetalent.co.uk",
    "Brookline Search|brooklinesearch.com",
    "Northpoint Resourcing|northpoint-resourcing.com",
    "Keel & Compass|keelcompass.io",
]
PORTALS = [
    "Rosterly|rosterly.io",
    "Hirebook|hirebook.net",
    "Candidly|candidly-mail.com",
    "Talentwell|talentwell.app",
]
PUBLIC = [
    "Department of Housing and Works|housingworks.gov",
    "Regional Water Authority|regionalwater.gov",
    "Office of the State Auditor|stateauditor.gov",
    "Bureau of Land Records|landrecords.gov",
    "Metropolitan Transit Commission|metrotransit.gov",
]


ASKS = {
    "choice": [
        "Hi {rfirst},\nHope your week is going well. I wondered if there was any update "
        "after the panel on {date2}?\nMany thanks,\n{first}",
        "Hello {rfirst} - just a gentle nudge on the {role} process.\nBest wishes,\n{first}",
    ],
    "manager": [
        "Dear {rfirst},\nThank you for arranging the final conversations. I remain very "
        "interested in the {role} post.\n{first}",
        "Hi {rfirst}, happy to provide references if useful.\n{first} {last}",
    ],
    "short": [
        "Hi {rfirst}, any news on the {role} role? Thanks, {first}",
        "Hello, checking in on timing for a decision. {first}",
    ],
    "next": [
        "Hi {rfirst}, I'm free most afternoons next week if that helps with scheduling.\n{first}",
        "Thanks {rfirst} - great to meet the team today. Looking forward to hearing more.\n{first}",
    ],
    "offer": [
        "Hi {rfirst}, thanks for the call. I'd be glad to hear where things land.\n{first}",
        "Dear {rfirst}, references are on their way to you. Kind regards, {first}",
    ],
}


def quoted(pool: str):  # type: ignore[no-untyped-def]
    """The candidate's earlier message, quoted below a reply (each family its own asks)."""

    def block(r: R) -> str:
        ask = r(ASKS[pool])
        lines = "\n".join("> " + ln if ln else ">" for ln in ask.split("\n"))
        return r("On {date2} at {time2}, {full} <{cmail}> wrote:\n") + lines

    return block


def person_sig(r: R) -> str:
    return r(
        [
            "Warm wishes,\n{rfirst}\n\n{rfull}\n{rtitle}, {company}",
            "Thanks so much,\n{rfull}",
            "Best,\n{rfirst}\n--\n{rfull} · {rtitle} · {company}\nM: +44 7700 9[[00|11|42]] [[318|507|226]]",
            "Speak soon,\n{rfirst}",
            "Kind regards,\n{rfull}\n{rtitle}",
        ]
    )


THREAD_SUBJECTS = [
    "RE: [EXT] Re: {role} - panel follow up",
    "RE: [EXT] RE: Thank you",
    "Re: [External] Re: {role} at {company}",
    "RE: [EXTERNAL] Re: Final stage",
    "RE: Re: Catching up",
    "Re: Re: Re: {role}",
]
THREAD_FROM = ["{rfull} <{rmail}>", "{rfull} <{rinit}>", '"{rlast}, {rfirst}" <{rmail}>']

WARM = [  # the choice-of-other rejections' own; every thread family has its own warm lines
    "I wanted to thank you properly for all the time you've put into this process. The team "
    "spoke really highly of your session with them.",
    "Thanks for bearing with us - I know we went quiet for longer than I'd like.",
    "Apologies for the slow reply; I wanted to give you a proper answer rather than another "
    "holding note.",
]
WARM_NEXT = [
    "Thanks for your time on {weekday} - the panel came away with a lot to think about.",
    "Sorry for the radio silence; it's been a hectic few weeks on our side.",
    "Everyone enjoyed your presentation, and your ideas on onboarding sparked a good debate.",
]
WARM_OFFER = [
    "Thank you for your patience over what has been a long process.",
    "It was a pleasure to spend time with you over the last few rounds.",
    "Thanks for meeting so many of us, and for the great questions you asked.",
]
CHOICE_OF_OTHER = [
    "We've now made our hire: the team picked a candidate who has led a very similar migration "
    "before, and they start next month.",
    "The panel has settled on another finalist, mostly because of their years in a regulated "
    "environment.",
    "The role has gone to a colleague from another office who knows our systems inside out.",
    "We're offering the position to a candidate with a few more years of team leadership, and "
    "they've accepted.",
    "In the end we've gone with the other person on the shortlist, whose background is a touch "
    "closer to the immediate needs of the team.",
    "The hiring manager has made the call to appoint someone who's done this exact job at a "
    "competitor.",
    "We've selected another candidate for the role, which I know isn't the news you hoped for.",
]
AFTER_CHOICE = [
    "I'd love to keep in touch and will flag you if anything comparable comes up.",
    "If it helps, I'm happy to share the panel's notes on a short call.",
    "You should be proud of how you came across, and I'm sure you'll land somewhere great.",
    "Please don't hesitate to apply again - I mean that.",
]

FOOT_CAREERS = [
    "Discover life at {company}: our careers site has team stories, benefits and every open "
    "role. Visit careers.{cdomain}.",
    "Never miss a role: set up job alerts and we'll e-mail you new vacancies that match your "
    "skills, location and interests.",
    "Join our talent newsletter for hiring events, open days and behind-the-scenes stories "
    "from our teams - sign up in your candidate account.",
    "Recommended roles for you: {role} (Hybrid) · Operations Analyst ({city}) · Graduate "
    "Trainee (Remote). View all.",
    "Connect with us on LinkedIn, Glassdoor and Instagram.",
    "We handle your personal information under our Recruitment Privacy Notice; to access, "
    "correct or erase it, e-mail privacy@{cdomain}.",
    "{company} hires on merit and welcomes applications from every background, including "
    "people with disabilities, carers and those returning from a career break.",
    "You received this e-mail because you applied through the {company} careers site. Email "
    "settings · Unsubscribe · Help",
    "Download our app to follow every application from your phone.",
]


def careers_footer(r: R) -> str:
    blocks = list(FOOT_CAREERS)
    r.rng.shuffle(blocks)
    return "-- \n" + "\n\n".join(r(b) for b in blocks[: r.rng.randint(4, 7)])
