"""Person-written thread replies after an interview (helper W1, issue 11; written for
rejectwatch).

One builder, :func:`thread`, writes a reply from a recruiter or hiring manager on top of the
candidate's quoted mail (Gmail, Outlook, German/French Outlook, Apple Mail, Outlook mobile),
under a RE:/AW:/SV:/[EXT] subject chain, sometimes from a phone, sometimes with a slip or two.
The rejection families give the decision as somebody else's hire with no negation; the hard
negatives use the very same frame to invite to the next round, propose times, ask for
references or say that nobody has been chosen yet.
"""

from __future__ import annotations

from .engine import R
from .w1_mail import MOBILE, quote, setup, subject_chain, typos

BASES = [
    "{role} - interview",
    "Interview follow-up",
    "Thank you!",
    "{role} ({company})",
    "Final interview - {role}",
    "Checking in",
    "Following up",
    "Catch up re {role}",
    "Your application - {role}",
    "{role} position",
    "Second interview",
    "Thanks for today",
]

HELLO = [
    "Hi {first},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hey {first},",
    "Hi {first} -",
    "Good afternoon {first},",
    "Morning {first} -",
    "Dear {full},",
    "",
]
HELLO_FORMAL = [
    "Dear {first},",
    "Dear {full},",
    "Dear Mr./Ms. {last},",
    "Hello {first},",
    "Dear {first} {last},",
]

SIGN = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}",
    "Thanks again,\n{rfirst}",
    "All the best,\n{rfull}\n{rtitle}\n{company}",
    "Warmly,\n{rfirst}",
    "Cheers,\n{rfirst}",
    "Many thanks\n{rfirst} {rlast} | {rtitle} | {company}\nT: +{tel}",
    "Best wishes,\n{rfull}\n{company} | {city}",
    "{rfirst}",
    "Regards,\n\n{rfull}\n{rtitle}\n\n{company}\n{cdomain}",
]
SIGN_FORMAL = [
    "Mit freundlichen Grüßen / Kind regards\n{rfull}\n{company}",
    "Met vriendelijke groet,\n{rfull}",
    "Best regards / Cordialement,\n{rfull}\n{rtitle}",
    "Med vänlig hälsning\n{rfull}",
    "With best regards,\n{rfull}\nHR Department, {company}",
    "Kind regards\n{rfirst} {rlast}",
]

CAND = [
    "Hi {rfirst},\n\nThank you again for {weekday}. It was great to meet {mfirst} and hear about "
    "the plans for next year. Do you have a sense of when the team will decide?\n\nBest wishes,\n{first}",
    "Hello {rfirst}, just checking in on the {role} process - no rush, I have another "
    "conversation coming up and wanted to plan around it. Thanks, {first}",
    "Dear {rfirst},\nI hope you had a good weekend. I wanted to follow up after my final "
    "interview last week. Please let me know if you need anything else from me (references, "
    "certificates, work samples).\nKind regards\n{full}",
    "Hi {rfirst}!\nAttached are the slides from my presentation, as promised. Looking forward "
    "to hearing from you.\n{first}",
    "Hey {rfirst}, any news? :) {first}",
    "Dear Mr./Ms. {rlast},\nI would like to kindly ask about the status of my application for "
    "the position {role}. I am still very interested in joining {company}.\nWith best regards\n{full}",
    "{rfirst} - thanks for the tour of the office yesterday, I really enjoyed meeting the team. "
    "Speak soon,\n{first}",
    "Hi {rfirst},\nSorry to chase! I was told I'd hear by the end of last week and wondered if "
    "there was an update on the {role} role.\nMany thanks,\n{first} {last}",
    "Hello {rfirst},\nthank you for the nice conversation today. As discussed I send you my "
    "portfolio link again: {cslug}-{last}.work\nBest,\n{first}",
]

EARLIER = [
    "Thanks for coming in today, {first}. We're seeing the last candidates this week and "
    "will be in touch early next week.\n\n{rfirst}",
    "Lovely to speak earlier. I'll share your notes with {mfirst} and come back to you.\n{rfirst}",
    "Hi {first}, confirming your final interview on {date} at {time} with {mfirst} and "
    "{mlast}. The address is on the invite.\nBest,\n{rfirst}",
    "Dear {first},\nthank you for your application. We would like to meet you for an "
    "interview on {date}.\nKind regards\n{rfull}",
]


def quoted_history(r: R, subject: str) -> str:
    """The candidate's mail, sometimes with the recruiter's earlier mail quoted inside it."""
    text = r(CAND)
    if r.chance(0.35):
        earlier = r(EARLIER)
        text += "\n\n" + quote(
            r,
            earlier,
            subject,
            who="{rfull}",
            addr="{rmail}",
            to="{full}",
            back=r.choice([1, 2, 3]),
        )
    return quote(r, text, subject)


def thread(core, *, hello=HELLO, sign=SIGN, bases=BASES, history=0.85, mobile=0.2, slips=0.25):
    """A family function: a person's reply whose middle paragraphs come from ``core(r)``."""

    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r)
        c["tel"] = (
            f"{rng.choice(['44 7700', '1 303 555', '49 151', '31 6', '353 87'])} {rng.randint(100000, 999999)}"
        )
        chain = subject_chain(r, r.choice(bases))
        subject = " ".join(chain)
        middle = core(r)
        if r.chance(slips):
            middle = typos(rng, middle, rng.choice([1, 1, 2]))
        closing = r(sign)
        if r.chance(mobile):
            closing = f"{closing}\n\n{r(MOBILE)}"
        parts = [r(hello), middle, closing]
        if r.chance(history):
            parts.append(quoted_history(r, " ".join(chain[1:])))
        sender = r(
            ["{rfull} <{rmail}>", "{rmail}", '"{rlast}, {rfirst}" <{rmail}>', "{rfull} <{rinit}>"]
        )
        return subject, r.body(*parts), sender

    return fn


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


def decision(pool: list[str]):  # type: ignore[no-untyped-def]
    """A core: opener?, decision from ``pool``, feeling?, after?"""

    def core(r: R) -> str:
        c = r.c
        c["whose"], c["who"], c["with"] = r(WHOSE), r(WHO), r(WITH)
        c["internal"] = r(INTERNAL)
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


def short_core(pool: list[str], extra: list[str]):  # type: ignore[no-untyped-def]
    def core(r: R) -> str:
        c = r.c
        c["whose"], c["who"], c["with"] = r(WHOSE), r(WHO), r(WITH)
        c["internal"] = r(INTERNAL)
        lead = r.maybe(
            0.5, ["Sorry for the slow reply.", "Quick one -", "Thanks for chasing.", "Hi!"]
        )
        tail = r.maybe(0.7, extra)
        return " ".join(x for x in (lead, r(pool), tail) if x)

    return core


SHORT_EXTRA_REJ = [
    "Really enjoyed meeting you though.",
    "Thanks for all your time, genuinely.",
    "Happy to chat about feedback if useful.",
    "Good luck out there!",
    "Will keep you in mind for the next one.",
]

# --- the same frame choosing the reader, asking, or still deciding -----------------------------
NEXT = [
    "The panel would like to see you again for a final conversation with {mfirst}.",
    "Good news: you're through to the next round, together with one other applicant.",
    "We've narrowed the shortlist to two and you're on it.",
    "{mfirst} and the panel went with you as one of the two finalists, so the last step is a "
    "meeting with our managing director.",
    "After comparing notes, we'd like to invite you to the second stage - a short case "
    "exercise and a chat with the team.",
    "The panel picked you for the final round; it'll be ninety minutes on site in {city}.",
    "We've filled our first-round slots and you are one of the people we'd like to bring back.",
    "The panel went with two candidates for the final round, and you're one of them.",
    "We'd love to take things further with you - next up is a conversation with {mfirst}.",
    "The panel would like you at the last stage, which is a short presentation - "
    "I'll send the brief for it tomorrow.",
    "We'll be moving ahead with you to the final round, along with one other applicant.",
]
SLOTS = [
    "Could you do {weekday} at {time}, or {date2} in the morning?",
    "Would any of these work?\n- {date} at {time}\n- {date2} at {time2}\n- {weekday} afternoon, any time after 2",
    "Send me two or three slots for next week and I'll lock one in.",
    "I've pencilled in {date} at {time} - shout if that's awkward and we'll move it.",
    "Let me know what suits and I'll send a calendar invite.",
]
TIMES = [
    "Thanks for your note. To get the next conversation booked, are any of these any good?\n- {date}, {time} ({tz})\n- {date2}, {time2} ({tz})",
    "{mfirst} has freed up some time for the follow-up chat: {weekday} at {time} or {date2} at {time2}. Which suits?",
    "Could we move our call to {date2} at {time2}? Something came up on {mfirst}'s side. Apologies for the shuffle.",
    "I'm setting up the final-stage interviews now. We have {date} at {time} or {date2} at {time2} free; video or in person, your choice.",
    "Happy to work around your notice period - would early next week work for the last round? Mornings are easiest for {mfirst}.",
]
REFS = [
    "We're taking up references for our preferred candidate, and that's you - could you send "
    "the names and email addresses of two referees?",
    "Before we finalise anything, could you send two references, ideally one a line manager?",
    "The panel was very positive. The next step is references and a quick right-to-work check; "
    "the form is linked in the invitation you'll get from our system today.",
    "{mfirst} would like to speak to one of your former managers before {weekday}. Could you "
    "let me know who we may contact, and whether they know to expect us?",
    "Could you fill in the reference consent form I've attached? Once we have it we can move "
    "quickly.",
]
WAITING = [
    "No decision yet, I'm afraid - {mfirst} is seeing two more applicants this week, and we "
    "want to be fair to everyone before we choose.",
    "We haven't filled the role yet. The panel meets again on {weekday}, and I'll update you "
    "straight after.",
    "The panel hasn't settled on anyone so far; there's one internal applicant still to interview.",
    "The role is still open and you're very much in the mix. I expect to have news by {date2}.",
    "Nothing to report yet, sorry! Budget sign-off is holding everything up, including the "
    "decision on who we hire.",
    "We're still weighing things up - nobody has been offered the job, and your application is "
    "with {mfirst} for a final look.",
    "We've filled this week's interview slots, but no decision will be made before {date2}.",
    "We haven't offered it to anyone yet; there's an internal applicant the panel still has to "
    "see on {weekday}.",
]
NN_NEXT = [
    "We would like to invite you to a second talk at our office in {city}, together with our "
    "department head.",
    "Please send us your certificates and your salary expectation, so we can prepare the next "
    "step.",
    "We have chosen you for the next round. Is {date} at {time} possible for you?",
    "Our management would like to meet you personally. Can you tell us your availability in "
    "the next two weeks?",
    "The decision about the position is not taken yet; we will inform you latest on {date2}.",
]
SHORT_POS = [
    "Panel loved you - can you come back {weekday}?",
    "Still deciding, should know by {weekday}.",
    "Good news, you're through! Will send times tonight.",
    "Can we grab 20 min tomorrow to talk next steps?",
    "{mfirst} wants a second chat - are you free {weekday} pm?",
    "No decision yet - one more person to see.",
]
SHORT_EXTRA_POS = [
    "Really enjoyed meeting you.",
    "Sorry for the slow reply!",
    "Will call you later.",
    "More soon.",
    "Thanks for your patience!",
    "Speak soon.",
]


def plain(pool: list[str], extra: list[str], p_extra: float = 0.6):  # type: ignore[no-untyped-def]
    """A core: opener?, one sentence from ``pool``, one from ``extra``?"""

    def core(r: R) -> str:
        opener = r.maybe(
            0.5,
            [
                "Thanks for your note, and for bearing with us.",
                "Quick update from our side.",
                "We met as a panel yesterday afternoon.",
                "Apologies for going quiet; the last fortnight got away from me.",
                "Thank you for your patience.",
            ],
        )
        parts = [opener, r(pool), r.maybe(p_extra, extra), r.maybe(0.3, SHARED_WARMTH)]
        sep = " " if r.chance(0.3) else "\n\n"
        return sep.join(x for x in parts if x)

    return core


NEXT_EXTRA = SLOTS + [
    "{mfirst} is really keen to continue the conversation.",
    "Unfortunately the room we normally use is booked, so it'll be on video.",
    "Sorry it's taken a while to get back to you.",
]
GENERIC_EXTRA = [
    "Thanks again for your time so far.",
    "Any questions in the meantime, just reply here.",
    "Speak soon.",
    "Hope the rest of your week goes well.",
    "Unfortunately {mfirst} is travelling next week, so the earliest we can do is {date2}.",
    "I'm sorry this has dragged on - hiring over the holidays is never quick.",
    "Unfortunately I can't share more than that yet, but I'll be in touch.",
    "Let's stay in touch - do connect with me on LinkedIn.",
    "Thank you for your patience while we got here.",
    "{mfirst} asked me to pass on how much the panel enjoyed your session.",
    "Feel free to reach out if there's anything you need from me.",
]
# Pleasantries that real mail uses whichever way the decision went.
SHARED_WARMTH = [
    "Really appreciated the conversation.",
    "Thanks so much for your time - it was great getting to know you.",
    "Thank you for your patience while we got here.",
    "Let's stay in touch - do connect with me on LinkedIn.",
]
