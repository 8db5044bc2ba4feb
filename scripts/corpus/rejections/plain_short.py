"""Plain, short, real-world-shaped rejections (families plain-*): short notes, internships
and graduate programmes, career portals, filled positions, mismatches, long ATS text with the
decision buried in it, short thread replies.

Greetings, sign-offs and senders are in
scripts/corpus/voices/plain.py.
"""

from __future__ import annotations

from ..engine import R
from ..voices.plain import _bye, _hi, _org, _person

PURSUE = [
    "we have decided to pursue other candidates for this position.",
    "we've decided to pursue other candidates whose experience is a closer match.",
    "we'll be moving ahead with another candidate.",
    "we went with another candidate for the {role} role.",
    "we have decided to go in a different direction for this role.",
    "we've chosen to go in a different direction.",
    "the team has decided to move ahead with someone else.",
    "we decided to pursue candidates with more [[direct|hands-on]] experience in this area.",
    "we will not be moving forward with your candidacy.",
    "we won't be moving forward with you for this one.",
    "we are not able to move you forward in the process.",
    "we're going to pass for now.",
    "we have offered the role to another applicant, who has accepted.",
]


def short_note(rng, c):
    r = R(rng, c)
    opener = r(
        [
            "Thanks for your interest in {company}. ",
            "Thank you for applying. ",
            "Thanks for taking the time to talk with us. ",
            "Appreciate you reaching out. ",
            "",
        ]
    )
    lead = r(["After review, ", "After some thought, ", "Just a quick note: ", "", "", "Sorry, "])
    s = lead + r(PURSUE)
    core = opener + s[0].upper() + s[1:]
    tail = r.maybe(
        0.5, ["Good luck with your search.", "Best of luck.", "All the best!", "Take care."]
    )
    subject = r(
        ["", "", "Re: {role}", "{role}", "Your application", "Quick update", "Re: Application"]
    )
    return subject, r.body(_hi(r), core + (" " + tail if tail else ""), _bye(r)), _person(r)


INTERN_DECISION = [
    "we are unable to offer you a place in our {year} summer internship program.",
    "you have not been selected for the {year} {role} Intern position.",
    "we will not be extending an internship offer to you this summer.",
    "your application for the {season} internship was not selected to move forward.",
    "we are not able to offer you a spot in this year's graduate program.",
    "we are unable to progress your application to the next stage of the graduate scheme.",
    "we won't be inviting you to interview for the internship.",
    "the internship positions have now been filled.",
    "you were not among the candidates selected for our co-op program.",
]


def internship(rng, c):
    r = R(rng, c)
    c["season"] = r(["Summer", "Fall", "Spring", "Winter", "{year} Summer"])
    intro = r(
        [
            "Thank you for your interest in the {company} {season} Internship Program.",
            "Thanks for applying to the {role} Intern role at {company}.",
            "Thank you for applying to our Early Careers program.",
            "We received [[thousands|a record number|an overwhelming number]] of applications from students this year.",
            "Thank you for applying to the {company} Graduate Program and for your patience.",
            "",
        ]
    )
    s = r(
        ["Unfortunately, ", "At this time ", "We're sorry to share that ", "", "", "After review, "]
    ) + r(INTERN_DECISION)
    extra = r.maybe(
        0.6,
        [
            "We encourage you to apply again next recruiting season.",
            "Please keep an eye on our university page for future opportunities.",
            "We hope you will consider applying to future programs while you are still a student.",
            "Feel free to apply for other openings on our campus site.",
        ],
    )
    subject = r(
        [
            "Your application for {role} Intern",
            "{company} Internship Application",
            "Update - {season} Internship",
            "{company} {season} Internship",
            "Your {company} application",
            "Graduate Program application",
            "Thank you for your interest in {company}",
            "",
        ]
    )
    return subject, r.body(_hi(r), intro, s[0].upper() + s[1:], extra, _bye(r)), _org(r)


def career_portal(rng, c):
    r = R(rng, c)
    portal = r(["CareerLink", "CampusConnect", "Career Hub", "JobNet", "HireRight Campus"])
    status = r(
        [
            "Not Selected",
            "Not selected for interview",
            "No longer under consideration",
            "Declined",
            "Position filled",
            "Not moving forward",
        ]
    )
    body = r.body(
        r(["Hi {first},", "Hello {first},", ""]),
        r(f"{company_or(r)} has updated the status of your application for {{role}} to: {status}."),
        r.maybe(
            0.6,
            [
                "The employer may not contact you further about this position.",
                "You can view all your applications on your {portal} dashboard.".replace(
                    "{portal}", portal
                ),
                "Don't be discouraged: there are new jobs posted every day.",
            ],
        ),
        f"{portal} | University Career Services\nManage notification settings",
    )
    subject = r(
        [
            "Application status update: {role}",
            f"{portal}: your application was updated",
            "Your application to {company} was updated",
            "",
        ]
    )
    return subject, body, f"{portal} <notifications@{portal.lower().replace(' ', '')}.edu>"


def company_or(r: R) -> str:
    return r(["{company}", "The employer", "{company} (employer)"])


FILLED = [
    "The position has been filled.",
    "This position has now been filled.",
    "The role has been filled internally.",
    "We have filled the {role} position.",
    "The {role} opening is now closed and has been filled.",
    "The vacancy you applied for has been filled.",
]


def filled_short(rng, c):
    r = R(rng, c)
    body = r.body(
        _hi(r),
        r(["Thank you for your interest in the {role} position. ", "Thanks for applying. ", ""])
        + r(FILLED),
        r.maybe(0.5, ["We will keep your resume for future openings.", "Thank you again."]),
        _bye(r),
    )
    return (
        r(["", "{role}", "{role} position", "Position filled", "Re: {role}"]),
        body,
        r([_person(r), _org(r)]),
    )


MISMATCH = [
    "after reviewing your profile, it does not match what we are looking for at the moment.",
    "your profile does not match the requirements of this position.",
    "we feel your experience does not fully match this role.",
    "your qualifications do not meet the needs of the position at this time.",
    "we are unable to offer you the position.",
    "we are unable to offer you an interview on this occasion.",
    "you were not selected for this position.",
    "your application was not successful this time.",
]


def mismatch(rng, c):
    r = R(rng, c)
    s = r(
        ["We have reviewed your application and ", "Thanks for applying. ", "Dear applicant, ", ""]
    )
    s += r(MISMATCH)
    body = r.body(
        _hi(r),
        s[0].upper() + s[1:],
        r.maybe(0.4, ["Thank you for the time you invested.", "We wish you success."]),
        _bye(r),
    )
    return (
        r(["", "Application", "{role}", "Your application - {company}", "RE: {role} ({req})"]),
        body,
        r([_person(r), _org(r)]),
    )


def buried_ats(rng, c):
    """Long ATS text: navigation, legal and EEO paragraphs, the decision in one sentence."""
    r = R(rng, c)
    nav = r(
        [
            "View this email in your browser\n{company} | Careers | Life at {company} | Benefits",
            "[{company} logo]\nCareers Home  >  My Applications  >  {role}",
            "Having trouble viewing this message? Open it online.\nJOBS AT {company}",
        ]
    )
    eeo = r(
        [
            "{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
            "We are committed to building a diverse team and to an inclusive hiring process. If you need an accommodation at any stage, please tell us.",
        ]
    )
    privacy = r(
        [
            "Your personal data is processed in line with our candidate privacy notice. We retain candidate data for [[12|24|6]] months unless you ask us to delete it.",
            "To update your communication preferences or withdraw your consent to data processing, visit the candidate portal.",
        ]
    )
    decision = r(
        [
            "Following review, your application for {role} (Req {req}) will not be progressed.",
            "We regret that we will not be moving forward with your application for {role}.",
            "The hiring team has selected other candidates for {role}.",
            "Your candidacy for {role} is no longer being considered.",
            "We have decided not to continue with your application for {role}.",
        ]
    )
    parts = [nav, _hi(r), "Thank you for applying to {role} at {company}.", decision, eeo, privacy]
    if r.chance(0.5):
        parts = [nav, _hi(r), eeo, "Regarding {role} (Req {req}): " + decision, privacy]
    parts.append("(c) {year} {company}. All rights reserved. Unsubscribe | Privacy | Terms")
    return (
        r(["{company} - {role}", "Your application ({req})", "{company} Careers", ""]),
        r.body(*[r(p) for p in parts]),
        _org(r),
    )


def thread_short(rng, c):
    r = R(rng, c)
    ask = r(
        [
            "Hi {rfirst}, just checking in on the {role} role. Any news?",
            "Hello, I wanted to follow up on my application for {role}. Thanks!",
            "Hi {rfirst}, thanks again for the chat last week. Is there an update?",
        ]
    )
    reply = r(
        [
            "Hi {first}, thanks for following up. We've filled the role, sorry I didn't get back sooner.",
            "Hey {first} - apologies for the silence. We ended up going with another candidate.",
            "Hi {first}, the team decided not to move forward. Thanks for your patience.",
            "Thanks {first}. Unfortunately it's a no this time: we chose someone with more [[sales|backend|clinical]] experience.",
        ]
    )
    quoted = "\n".join("> " + line for line in r(ask).split("\n"))
    return (
        r(["Re: {role}", "RE: Follow up", "Re: Application - {role}", ""]),
        r.body(reply, r("On {date}, {full} <{cmail}> wrote:\n") + quoted),
        _person(r),
    )


FAMILIES = [
    ("plain-short-note", short_note, 40),
    ("plain-internship-graduate", internship, 40),
    ("plain-career-portal-status", career_portal, 24),
    ("plain-position-filled", filled_short, 24),
    ("plain-profile-mismatch", mismatch, 30),
    ("plain-buried-in-ats-text", buried_ats, 24),
    ("plain-thread-reply", thread_short, 24),
]
