"""Write data/blind/blind-slice-2.jsonl: a second sealed blind slice (issue 11, helper h11c).

Written before any model change of the second pass, after the first slice had been read.
Names, companies, sentences and message shapes are new: nothing is taken from make_blind.py
or scripts/corpus. It is NEVER trained on (the loader reads data/*.jsonl only). Its
aggregate figures are measured once before the pass; its per-message errors are read once,
at the end.

    python data/blind/make_blind2.py
"""

# Long prose lines are the point of this file (the slice's hand-written mail).
# ruff: noqa: E501

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind-slice-2.jsonl"
rng = random.Random(2222)  # noqa: S311 - a fixed seed for byte-identical output

FIRST = [
    "Leonie",
    "Babajide",
    "Saoirse",
    "Haruto",
    "Ximena",
    "Oskar",
    "Thandiwe",
    "Caspian",
    "Ilse",
    "Rohan",
    "Marguerite",
    "Eun-ji",
    "Declan",
    "Paloma",
    "Anders",
    "Wanjiru",
    "Fintan",
    "Soraya",
    "Matteo",
    "Kalani",
    "Ruairi",
    "Esme",
    "Dmitri",
    "Nadia",
]
LAST = [
    "Voss",
    "Adebayo",
    "Kavanagh",
    "Sato",
    "Echeverria",
    "Lund",
    "Mokoena",
    "Ferreira",
    "Drummond",
    "Bose",
    "Aucoin",
    "Park",
    "Gallagher",
    "Ibarra",
    "Nygaard",
    "Kamau",
    "Ostrowski",
    "Rahimi",
    "Conti",
    "Akana",
    "Doyle",
    "Whitlock",
]
COMPANIES = [
    ("Cinderpath Studios", "cinderpath.com"),
    ("Moorland Water", "moorlandwater.co.uk"),
    ("Aster & Vane", "astervane.com"),
    ("Plumbline Software", "plumbline.dev"),
    ("Redshank Freight", "redshank-freight.com"),
    ("Talisker Biotech", "taliskerbio.com"),
    ("Juniper Ridge Credit Union", "juniperridgecu.org"),
    ("Orrery Labs", "orrerylabs.ai"),
    ("Bellweather Media", "bellweather.media"),
    ("Quarrystone Homes", "quarrystone.com"),
    ("Hexfield Semiconductors", "hexfield.com"),
    ("Wrenfold Care", "wrenfoldcare.org.uk"),
    ("Sablecrest Capital", "sablecrest.com"),
    ("Nimbus Ferries", "nimbusferries.no"),
]
ROLES = [
    "Platform Engineer",
    "Senior UX Researcher",
    "Payroll Specialist",
    "Data Engineer II",
    "Regional Sales Manager",
    "Biostatistician",
    "Frontend Developer (React)",
    "Operations Analyst",
    "Grants Officer",
    "Security Analyst",
    "Content Strategist",
    "Mechanical Design Engineer",
    "Paralegal",
    "Finance Business Partner",
    "Community Nurse",
    "Solutions Architect",
    "Logistics Coordinator",
    "Data Scientist",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["January", "February", "May", "July", "August", "November"]


def pick(seq: Sequence[str]) -> str:
    return rng.choice(list(seq))


def ctx() -> dict[str, str]:
    company, domain = rng.choice(COMPANIES)
    return {
        "first": pick(FIRST),
        "last": pick(LAST),
        "hm": pick(FIRST),
        "hml": pick(LAST),
        "company": company,
        "domain": domain,
        "role": pick(ROLES),
        "role2": pick(ROLES),
        "req": f"{pick(['R', 'JR', 'REQ-', 'VAC'])}{rng.randint(1000, 99999)}",
        "date": f"{rng.randint(2, 27)} {pick(MONTHS)}",
        "time": f"{rng.randint(9, 16)}:{pick(['00', '15', '30', '45'])}",
    }


def para(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p.strip())


def fill(text: str, c: dict[str, str]) -> str:
    return text.format(**c)


def person(c: dict[str, str]) -> str:
    return f"{c['hm']} {c['hml']} <{c['hm'].lower()}{pick(['.', '_', ''])}{c['hml'].lower()}@{c['domain']}>"


def outlook_quote(c: dict[str, str], text: str) -> str:
    head = (
        f"From: {c['first']} {c['last']} <{c['first'].lower()}.{c['last'].lower()}"
        f"{rng.randint(1, 90)}@outlook.com>\nSent: {pick(DAYS)}, {c['date']} 2025 {c['time']}\n"
        f"To: {c['hm']} {c['hml']} <{c['hm'].lower()}@{c['domain']}>\nSubject: {pick(['Re: ', ''])}"
        f"{c['role']} - thank you"
    )
    return "-----Original Message-----\n" + head + "\n\n" + text


def gmail_quote(c: dict[str, str], text: str) -> str:
    lines = "\n".join(">" + (" " + ln if ln else "") for ln in text.splitlines())
    return f"On {pick(DAYS)}, {c['date']}, {c['first']} {c['last']} wrote:\n{lines}"


def quote(c: dict[str, str], text: str) -> str:
    return outlook_quote(c, text) if rng.random() < 0.5 else gmail_quote(c, text)


def person_sig(c: dict[str, str]) -> str:
    title = pick(
        [
            "Lead Recruiter",
            "VP Engineering",
            "Talent Acquisition",
            "Studio Director",
            "Hiring Lead",
            "Founder",
            "Senior Manager, Data",
            "Clinical Lead",
        ]
    )
    sign = pick(
        ["Speak soon,", "Thanks so much,", "With warm wishes,", "Regards,", "Best wishes,", "--"]
    )
    return f"{sign}\n{c['hm']}\n{title}, {c['company']}"


CANDIDATE_ASKS = [
    "Hi {hm},\n\nHope your week is going well. I wondered whether there was any update on the {role} role after Thursday's panel?\n\nMany thanks,\n{first}",
    "Dear {hm},\n\nThank you for the chat with the team - I really enjoyed meeting everyone. Please let me know if you need anything else from me.\n\nKind regards,\n{first} {last}",
    "Hello {hm}, just nudging on this one - I have another process moving and would love to hear where things stand with {company}. Cheers, {first}",
    "Hi {hm} - sending over the references you asked for. Looking forward to hearing back.\n{first}",
]

# ------------------------------------------------------------------ rejections

THREAD_OPEN = [
    "Thanks so much for following up, and apologies for the radio silence - the last fortnight got away from us.",
    "I wanted to come back to you personally rather than have you hear it from the system.",
    "First of all, thank you. The panel really enjoyed the afternoon with you and your whiteboard session got a lot of nods.",
    "Really appreciate you checking in, and sorry to have kept you waiting longer than I said I would.",
    "Good to hear from you, and thanks for all the energy you brought to the interviews.",
    "I've been meaning to write since Friday - thank you for being so generous with your time.",
]
THREAD_DECISION = [
    "We've landed on someone whose day-to-day experience with clinical trial data is a touch deeper, and they start next month.",
    "The team has gone with a person who has already led a migration like ours end to end.",
    "We ended up hiring a colleague from our Lisbon office who knew the product inside out.",
    "Our pick in the end was someone with a few more years in regulated environments.",
    "After comparing notes, we've made the call to bring on another finalist for the {role} seat.",
    "We've now filled the {role} position with an applicant whose background matched the roadmap a little more closely.",
    "The hiring manager settled on a candidate who had run a similar team before, and the offer has been signed.",
    "We're moving forward with a different person for this opening, someone with more field experience.",
    "We have made a hire for the role - a candidate who had worked with our customers for years.",
    "Long story short, the seat went to an internal transfer.",
]
THREAD_CLOSE = [
    "If you'd find notes from the panel useful, I'm glad to share them over a short call.",
    "Please keep an eye on our openings - I'd be happy to see you apply again.",
    "I genuinely think you'll land somewhere great soon.",
    "Thanks again, and let's keep in touch.",
    "Do reach out if there's anything I can do to help with your search.",
]


def rej_thread(c: dict[str, str]) -> tuple[str, str, str]:
    subj = pick(
        [
            "RE: [EXT] Re: {role} - thank you",
            "Re: [EXTERNAL] Re: Update?",
            "RE: Re: Panel follow-up",
            "RE: [EXT] RE: Checking in on {role}",
            "Re: Re: Re: Thursday",
        ]
    )
    greet = pick(["Hi {first},", "{first},", "Hey {first},", "Dear {first},"])
    body = para(
        greet,
        pick(THREAD_OPEN),
        pick(THREAD_DECISION),
        pick(THREAD_CLOSE),
        person_sig(c),
        quote(c, fill(pick(CANDIDATE_ASKS), c)),
    )
    return fill(subj, c), fill(body, c), person(c)


ATS_SENDERS = [
    "no-reply@careers.{domain}",
    "{company} Talent <donotreply@ats-mailer.net>",
    "notifications@hirequarry.com",
    "{company} Recruiting <jobs@{domain}>",
]
ATS_REJ = [
    "{role} ({req}) - your application stage is now: Not selected.",
    "Application status: Closed - position filled by another applicant.",
    "Application {req} ({role}): inactive - declined by employer.",
    "Status change for requisition {req}: Candidate not progressed.",
    "We moved your {role} candidacy to: Archived - not under consideration.",
    "Current status: Unsuccessful\nRole: {role}\nReference: {req}",
    "We've updated your application: {role} - no longer being considered.",
]


def rej_ats(c: dict[str, str]) -> tuple[str, str, str]:
    subj = pick(
        [
            "Application status update",
            "Your application status has changed",
            "{company}: update on {role}",
            "Status change - {req}",
            "Candidate portal notification",
        ]
    )
    body = para(
        pick(["Hello {first},", "{first} {last}", "Dear candidate,", ""]),
        pick(ATS_REJ),
        pick(
            [
                "Log in to your candidate portal to view your applications.",
                "This is an automated message; replies are not monitored.",
                "View all your applications in the {company} careers portal.",
                "",
            ]
        ),
    )
    return fill(subj, c), fill(body, c), fill(pick(ATS_SENDERS), c)


HEDGES = [
    "Other applicants in the pool lined up more closely with what the team needs right now.",
    "We've chosen to pursue profiles that sit a little nearer to the brief.",
    "We took the process in a different direction and will be continuing with other people.",
    "On balance, the shortlist ended up favouring people with more direct sector exposure.",
    "We've decided the fit is stronger elsewhere for this particular opening.",
    "Our priorities for the hire shifted and we're focusing on other candidates whose experience is more aligned.",
    "The team felt other people were better placed for this one, given where the product is heading.",
    "The next stage will be with a handful of people whose backgrounds are closer to the role.",
]


def rej_hedged(c: dict[str, str]) -> tuple[str, str, str]:
    subj = pick(
        [
            "Your application - {role}",
            "{role} at {company}",
            "Thank you from {company}",
            "Update regarding your application",
            "Re: {role}",
        ]
    )
    body = para(
        pick(["Hi {first},", "Dear {first} {last},", "Hello {first},"]),
        pick(
            [
                "Thank you for putting yourself forward for the {role} role and for your patience while we reviewed things.",
                "Thanks for the time you've invested in applying to {company}.",
                "We've now had a chance to go through everyone who applied for {role}.",
            ]
        ),
        pick(HEDGES),
        pick(
            [
                "Grateful you considered us - do look at us again in future.",
                "Thanks once more, and all the best with what comes next.",
                "We appreciate you thinking of us.",
            ]
        ),
        pick(["The {company} hiring team", "{hm} at {company}", "Talent team, {company}"]),
    )
    return (
        fill(subj, c),
        fill(body, c),
        fill(pick(["{company} Careers <careers@{domain}>", "talent@{domain}"]), c)
        if rng.random() < 0.5
        else person(c),
    )


FOOTERS = [
    "-- \nWhy {company}? Hybrid working, a paid volunteering week and a pension match up to 8%. Browse open roles: https://{domain}/careers",
    "RECOMMENDED FOR YOU\n* {role2} - Manchester\n* Junior {role2} - Remote\n* Senior {role} - Leeds\nView more matches",
    "Stay connected: sign up to our talent community and be the first to hear about new vacancies, insight days and webinars.",
    "This message was sent by {company} via the HireQuarry platform. To stop receiving candidate emails, manage your notification settings.",
    "{company} Ltd, registered in England and Wales no. {req}. Registered office: 14 Tanner Street, Bristol.",
    "Privacy: we keep unsuccessful candidates' data for twelve months unless you ask us to erase it sooner. See our recruitment privacy statement.",
    "Download our app to track applications on the go. Available on iOS and Android.",
    "Read the latest from our engineering blog: 'How we cut our build times in half'.",
    "We're proud to be a Disability Confident employer and a Living Wage Foundation member.",
]


def rej_footer(c: dict[str, str]) -> tuple[str, str, str]:
    core = pick(
        [
            "We've now completed shortlisting for {role}, and your application stops at this stage.",
            "I'm afraid your {role} application ends here.",
            "Regrettably, the interview list for this role is complete and does not include you.",
            "After review by the hiring team, your application for {role} has not been successful.",
        ]
    )
    foot = rng.sample(FOOTERS, rng.randint(4, 7))
    body = para(
        pick(["Dear {first},", "Hi {first},"]),
        "Thank you for applying to {company}.",
        core,
        "Best of luck in your search.",
        "The Recruitment Team",
        *foot,
    )
    return (
        fill(pick(["Your {company} application", "{role} ({req})", "Application outcome"]), c),
        fill(body, c),
        fill("{company} Recruitment <recruitment@{domain}>", c),
    )


def rej_recruiter(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        pick(["Hi {first},", "{first} - "]),
        pick(
            [
                "Great talking earlier. As promised, the written version:",
                "Thanks for jumping on the phone this morning.",
                "Following our call, a quick recap so you have it in writing.",
            ]
        ),
        pick(
            [
                "The client has passed on you for the second stage of {role}; they want someone with hands-on payments experience.",
                "{company} are pressing on with two other shortlisted people for the {role} job, so that one is closed for you.",
                "Feedback from the hiring manager is that they're going with a candidate who's already in the industry, so we won't be progressing {role}.",
            ]
        ),
        pick(
            [
                "That said, I've got a {role2} opening with a fintech in Clerkenwell that I think suits you better - shall I send the spec?",
                "I've a {role2} role I'm working on that I'd rather submit you for; are you happy for me to share your CV?",
                "There's another brief on my desk ({role2}, hybrid, up to 70k) that I'd love to talk to you about this week.",
            ]
        ),
        "Cheers,\n{hm}\n{hm} {hml} | Senior Consultant | Lodestar Talent",
    )
    return (
        fill(pick(["{role} - feedback", "Re: our call today", "Quick update + another role"]), c),
        fill(body, c),
        fill("{hm} {hml} <{hm}@lodestartalent.co.uk>", c).lower(),
    )


def rej_public(c: dict[str, str]) -> tuple[str, str, str]:
    notice = pick(
        [
            "Vacancy announcement {req} ({role}, GS-0343-11): You were rated qualified but were not among the best qualified candidates and your name was not forwarded to the selecting official.",
            "Following assessment of your application against the essential criteria for post {req}, you have not met the required standard at sift and will not proceed to the interview stage.",
            "Your application for announcement {req} was reviewed. You were found not eligible because you did not provide proof of the required specialised experience.",
            "We are writing to advise that recruitment for {role} (ref {req}) has been cancelled and no appointment will be made. All applications have been closed.",
            "The selection panel has completed its work for {role}. We are sorry to advise that you have not been recommended for appointment.",
        ]
    )
    body = para(
        "Dear {first} {last},",
        notice,
        pick(
            [
                "You may request a review of this decision within 10 working days by contacting the HR shared service centre.",
                "For information on how your application was rated, sign in to your account and select 'Application Status'.",
                "Please do not reply to this message.",
            ]
        ),
        pick(
            [
                "Moorland County Council Recruitment",
                "Department of Transport - Human Resources",
                "Office of Personnel Services",
                "Regional Health Board Workforce Team",
            ]
        ),
    )
    return (
        fill(
            pick(
                [
                    "Notice of results - {req}",
                    "Application update: {role}",
                    "Recruitment outcome {req}",
                    "Vacancy {req} cancelled",
                ]
            ),
            c,
        ),
        fill(body, c),
        "no-reply@jobs.publicsector-recruit.gov",
    )


def rej_intern(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        "Dear {first},",
        pick(
            [
                "Thank you for applying to the {company} Summer Internship Programme 2026.",
                "Thank you for your interest in our Industrial Placement Year.",
                "We received more than 4,000 applications to this year's Graduate Academy.",
            ]
        ),
        pick(
            [
                "A decision has been made and there is no place for you in this year's cohort.",
                "Places were extremely limited and your application has not been selected to continue.",
                "Following the online assessment, you have not been selected for the assessment centre.",
                "The programme is now fully allocated, so there is no placement for you this year.",
            ]
        ),
        pick(["We encourage you to apply again next cycle.", "Good luck with your studies.", ""]),
        "Early Careers Team, {company}",
    )
    return (
        fill(
            pick(
                [
                    "Internship Programme 2026 - decision",
                    "Your placement application",
                    "Graduate Academy: outcome",
                ]
            ),
            c,
        ),
        fill(body, c),
        fill("earlycareers@{domain}", c),
    )


def rej_misc(c: dict[str, str]) -> tuple[str, str, str]:
    body = pick(
        [
            "hi {first}, quick one - we're not going to move ahead on the {role} role. thanks for talking with us, good luck!\n{hm}",
            "{first},\n\nAppreciate you applying. We've closed the {role} search and filled it.\n\n{hm}",
            "Dear {first},\n\nI'm writing about your application for {role}. I'm sorry to say we've decided to offer the position to a colleague who applied internally.\n\nYours sincerely,\n{hm} {hml}",
            "Hello {first}, the hiring freeze announced this week means the {role} vacancy has been withdrawn, and we won't be continuing with any applicants. Apologies for the disappointment.\n\n{hm}",
        ]
    )
    return fill(pick(["{role}", "Re: {role}", "", "Your application"]), c), fill(body, c), person(c)


# ------------------------------------------------------------------ not rejections


def conf_conditional(c: dict[str, str]) -> tuple[str, str, str]:
    cond = pick(
        [
            "Should your experience not match what the team is looking for, we'll still hold onto your CV for similar openings.",
            "In the event that you're not shortlisted, you won't hear from us individually - please assume that after four weeks.",
            "If it turns out that we don't take your application forward, we'd love to keep you in mind for future vacancies.",
            "Whatever the outcome, we'll write to you once the hiring manager has decided.",
            "Because of the volume we receive, we can only get in touch with applicants who move to the next stage.",
            "If you haven't heard back within 21 days, your application has probably not been progressed on this occasion.",
            "Regardless of the result, you'll receive an update from us by email.",
            "Not every application can move forward, but every one is read by a member of the team.",
        ]
    )
    body = para(
        pick(["Hi {first},", "Dear {first} {last},", "Hello {first},"]),
        pick(
            [
                "We've received your application for {role} ({req}) - thank you!",
                "Thanks for applying to {company}. This note confirms we have your application for {role}.",
                "Your application for the {role} vacancy has been submitted successfully.",
            ]
        ),
        pick(
            [
                "Our team is reviewing applications now and we aim to respond within two weeks.",
                "What happens next: a recruiter reviews your profile, then the hiring manager.",
                "We review every application against the role requirements.",
            ]
        ),
        cond,
        pick(
            [
                "Thanks again for your interest.",
                "Good luck!",
                "We appreciate you considering {company}.",
            ]
        ),
        pick(["{company} Talent Acquisition", "The {company} team"]),
        pick(["", rng.choice(FOOTERS)]),
    )
    return (
        fill(
            pick(
                [
                    "Application received: {role}",
                    "Thanks for applying to {company}",
                    "We've got your application",
                    "Confirmation - {req}",
                ]
            ),
            c,
        ),
        fill(body, c),
        fill(pick(ATS_SENDERS), c),
    )


def ats_neutral(c: dict[str, str]) -> tuple[str, str, str]:
    status = pick(
        [
            "Under review",
            "In progress - hiring manager review",
            "Submitted",
            "Interview stage",
            "Application complete",
            "Screening",
        ]
    )
    body = para(
        pick(["Hello {first},", "Dear candidate,"]),
        f"{{role}} ({{req}}) - your application stage is now: {status}.",
        "Log in to your candidate portal to view your applications.",
    )
    return (
        fill(pick(["Application status update", "Your application status has changed"]), c),
        fill(body, c),
        fill(pick(ATS_SENDERS), c),
    )


def thread_interview(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        pick(["Hi {first},", "{first},", "Dear {first},"]),
        pick(THREAD_OPEN),
        pick(
            [
                "The team would love to have you back for the final round with our CTO - could you do {date} at {time}?",
                "We're keen to keep going with you - the onsite stage is next, and I'll send a calendar invite for next week.",
                "Good news: the panel wants to continue, and the next step is a 45-minute chat with the hiring manager. What times suit you?",
                "We'd like to progress you to the case study interview; please share your availability for the coming week.",
                "You're through to the last stage! Our COO would like to meet you in person on {date}.",
            ]
        ),
        pick([*THREAD_CLOSE[:2], "Looking forward to it.", "Shout if anything's unclear."]),
        person_sig(c),
        quote(c, fill(pick(CANDIDATE_ASKS), c)),
    )
    return (
        fill(
            pick(
                [
                    "RE: [EXT] Re: {role} - thank you",
                    "Re: [EXTERNAL] Re: Update?",
                    "RE: Re: Panel follow-up",
                    "Re: Re: next round",
                ]
            ),
            c,
        ),
        fill(body, c),
        person(c),
    )


def next_steps(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        "Hi {first},",
        pick(
            [
                "Thanks for your application for {role}. The next step is a short online assessment; please complete it by {date}.",
                "As discussed, here's the take-home exercise. You have 72 hours from opening the link.",
                "Action required: please upload your right-to-work documents before {date} so we can start the background check.",
                "We've reached the reference stage - could you send us contact details for two referees?",
                "Please complete the video interview through the link below; it closes on {date} at {time}.",
            ]
        ),
        pick(
            [
                "If you can't make the deadline, let us know and we'll find an alternative.",
                "Candidates who don't complete the task can't be considered further, so please don't miss it.",
                "Any questions, just reply to this email.",
            ]
        ),
        "{company} Recruitment",
    )
    return (
        fill(
            pick(
                [
                    "Next steps: {role}",
                    "Action required - {req}",
                    "Your assessment for {role}",
                    "References",
                ]
            ),
            c,
        ),
        fill(body, c),
        fill("{company} Recruitment <recruitment@{domain}>", c),
    )


def offer(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        pick(["Hi {first},", "Dear {first},"]),
        pick(
            [
                "I'm thrilled to say we want you on the team as our {role}!",
                "After talking it through, the team chose you - we want to bring you on board as our new {role}.",
                "We've decided to go with you for the {role} role, and we couldn't be happier.",
                "Please find attached your formal offer for {role}. We've not had a candidate impress the panel this much in a while.",
                "We'd love you to take the {role} job - formal offer attached, start date {date}.",
            ]
        ),
        pick(
            [
                "I'll call you tomorrow to talk through salary and start date.",
                "The contract will follow from HR; let me know if you have questions.",
                "Please sign and return by Friday.",
            ]
        ),
        person_sig(c),
        quote(c, fill(pick(CANDIDATE_ASKS), c)) if rng.random() < 0.5 else "",
    )
    return (
        fill(
            pick(
                [
                    "RE: [EXT] Re: {role} - thank you",
                    "Offer - {role}",
                    "Re: Re: Update?",
                    "Great news from {company}",
                ]
            ),
            c,
        ),
        fill(body, c),
        person(c),
    )


def other_job(c: dict[str, str]) -> tuple[str, str, str]:
    subj, text = rng.choice(
        [
            (
                "Your withdrawal has been processed",
                "Hi {first},\n\nDone - your {role} application is withdrawn, as you asked. You can reapply whenever you like.\n\n{company} Careers",
            ),
            (
                "New jobs matching 'data'",
                "{first}, 6 new roles match your alert:\n{role2} - {company}\n{role} - Aster & Vane\nManage alerts",
            ),
            (
                "Reference request for {first} {last}",
                "Dear {hm},\n\n{first} {last} has applied for {role} and named you as a referee. Could you complete the short form below by {date}?\n\nThanks,\nPeople Team, {company}",
            ),
            (
                "Invitation: {company} careers evening",
                "Hi {first},\n\nJoin us on {date} for an evening with our engineering team. Places are limited, so RSVP soon.\n\n{company} Early Careers",
            ),
            (
                "Verify your candidate account",
                "Hello {first},\n\nPlease confirm your email address to finish setting up your {company} candidate profile.\n\nIf you didn't request this, you can ignore this email.",
            ),
            (
                "Opportunity: {role2}",
                "Hi {first}, I came across your profile and think you'd be a great fit for a {role2} role at {company}. Open to a quick chat this week?\n\n{hm}",
            ),
        ]
    )
    return fill(subj, c), fill(text, c), fill(pick(ATS_SENDERS), c)


def conf_public(c: dict[str, str]) -> tuple[str, str, str]:
    body = para(
        "Dear {first} {last},",
        pick(
            [
                "We have received your application for vacancy announcement {req} ({role}).",
                "Thank you for applying for {role}, reference {req}. Your application has been received.",
                "Your application to the {company} Summer Internship Programme has been submitted.",
            ]
        ),
        pick(
            [
                "Applications will be assessed after the closing date. If you are found ineligible, you will be notified through your account.",
                "Only candidates who meet the minimum qualifications will be referred to the selecting official; you can track your status online.",
                "Shortlisting will take place in the week of {date}. Please check your account for updates.",
            ]
        ),
        pick(["Recruitment Services", "Early Careers Team, {company}"]),
    )
    return (
        fill(
            pick(
                [
                    "Application received - {req}",
                    "Acknowledgement of application",
                    "Thank you for applying",
                ]
            ),
            c,
        ),
        fill(body, c),
        "no-reply@jobs.publicsector-recruit.gov",
    )


Maker = Callable[[dict[str, str]], tuple[str, str, str]]
SPEC: list[tuple[str, str, str, Maker, int]] = [
    ("thread-hire", "rejection", "rejection", rej_thread, 26),
    ("ats-status", "rejection", "rejection", rej_ats, 14),
    ("hedged", "rejection", "rejection", rej_hedged, 16),
    ("footer", "rejection", "rejection", rej_footer, 10),
    ("recruiter-other-role", "rejection", "rejection", rej_recruiter, 10),
    ("public-sector", "rejection", "rejection", rej_public, 10),
    ("internship", "rejection", "rejection", rej_intern, 8),
    ("misc", "rejection", "rejection", rej_misc, 6),
    ("conf-conditional", "not_rejection", "application_received", conf_conditional, 30),
    ("ats-neutral", "not_rejection", "application_received", ats_neutral, 10),
    ("conf-public", "not_rejection", "application_received", conf_public, 10),
    ("thread-interview", "not_rejection", "interview", thread_interview, 14),
    ("next-steps", "not_rejection", "next_steps", next_steps, 12),
    ("offer", "not_rejection", "offer", offer, 12),
    ("other-job", "not_rejection", "other_job", other_job, 12),
]


def main() -> None:
    rows = []
    for family, label, kind, make, count in SPEC:
        for i in range(count):
            subject, body, sender = make(ctx())
            rows.append(
                {
                    "id": f"blind2-{family}-{i + 1:03d}",
                    "subject": subject,
                    "body": body,
                    "sender": sender,
                    "label": label,
                    "kind": kind,
                    "family": f"blind2-{family}",
                    "provenance": "written for rejectwatch issue 11 (second pass) as a sealed blind slice; never trained on",
                }
            )
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} messages -> {OUT}")


if __name__ == "__main__":
    main()
