"""Write data/blind/blind-slice.jsonl: a sealed, blind test slice (issue 11).

Written for rejectwatch before any model change of issue 11, in the styles the issue lists,
with its own names, companies and sentences (nothing imported from scripts/corpus).
It is NEVER trained on: classifier.default_data_files reads data/*.jsonl only (not
subdirectories) and the wheel leaves data/blind out. Its per-message errors are read once,
at the end of the issue.

    python data/blind/make_blind.py
"""

# Long prose lines are the point of this file (the slice's hand-written mail).
# ruff: noqa: E501

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind-slice.jsonl"
rng = random.Random(1111)  # noqa: S311 - a fixed seed for byte-identical output

FIRST = [
    "Ingrid", "Tomasz", "Priyanka", "Obinna", "Marisol", "Henrik", "Yuki", "Dervla", "Kwame",
    "Solveig", "Rafael", "Ayesha", "Lorcan", "Mei", "Bartholomew", "Zainab", "Teodor", "Imogen",
    "Chidi", "Annika", "Santiago", "Farah", "Ewan", "Noor", "Vikram", "Greta", "Malik", "Odette",
]
LAST = [
    "Halvorsen", "Okonkwo", "Delacroix", "Brennan", "Nakamura", "Szymanski", "Achterberg",
    "Quiroga", "Mbeki", "Lindqvist", "Farrow", "Castellanos", "Iyer", "Whitcombe", "Adeyemi",
    "Rosenthal", "Kowalczyk", "Thackeray", "Onyango", "Vasquez", "Pemberton", "Haddad",
]
COMPANIES = [
    ("Brightwater Analytics", "brightwater-analytics.com"),
    ("Corvid Systems", "corvidsys.io"),
    ("Halden & Price LLP", "haldenprice.co.uk"),
    ("Northgate Logistics", "northgatelogistics.com"),
    ("Pellucid Health", "pellucidhealth.org"),
    ("Tessellate Games", "tessellate.gg"),
    ("Oakmere Energy", "oakmere-energy.com"),
    ("Quillon Insurance", "quillon.com"),
    ("Saltmarsh Robotics", "saltmarshrobotics.ai"),
    ("Verity Bank", "veritybank.com"),
    ("Ironbark Foods", "ironbarkfoods.com.au"),
    ("Lumen Civic Labs", "lumencivic.org"),
    ("Marrow & Finch", "marrowfinch.com"),
    ("Kestrel Aerospace", "kestrel-aero.com"),
    ("Fennimore Publishing", "fennimorebooks.com"),
    ("Glasswing Security", "glasswing.security"),
]
ROLES = [
    "Senior Data Analyst", "Backend Engineer (Go)", "Product Designer", "Associate Solicitor",
    "Supply Chain Planner", "Clinical Data Manager", "Technical Writer", "Site Reliability Engineer",
    "Marketing Operations Lead", "Junior Accountant", "Customer Success Manager",
    "Machine Learning Researcher", "Project Coordinator", "HR Business Partner",
    "QA Automation Engineer", "Policy Officer", "Research Assistant", "Account Executive",
]
AGENCIES = ["Talentbridge Partners", "Harrow Search", "Meridian Recruitment", "Apex People"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ATS_HOSTS = ["hire.jobpulse.net", "apply.talentloop.io", "notifications.recruitwise.com",
             "mail.hiringdesk.app"]


def pick(seq):  # type: ignore[no-untyped-def]
    return rng.choice(seq)


def maybe(p: float, text: str) -> str:
    return text if rng.random() < p else ""


def ctx() -> dict[str, str]:
    first, last = pick(FIRST), pick(LAST)
    rfirst, rlast = pick(FIRST), pick(LAST)
    company, domain = pick(COMPANIES)
    return {
        "first": first,
        "last": last,
        "rfirst": rfirst,
        "rlast": rlast,
        "company": company,
        "domain": domain,
        "role": pick(ROLES),
        "other_role": pick(ROLES),
        "day": pick(WEEKDAYS),
        "agency": pick(AGENCIES),
        "ats": pick(ATS_HOSTS),
        "ref": f"{rng.randint(10000, 99999)}",
    }


def join(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def person_sender(c: dict[str, str]) -> str:
    return f"{c['rfirst']} {c['rlast']} <{c['rfirst'].lower()}.{c['rlast'].lower()}@{c['domain']}>"


def quoted(c: dict[str, str], text: str) -> str:
    lines = "\n".join("> " + line for line in text.splitlines())
    date = f"{pick(WEEKDAYS)[:3]}, {rng.randint(1, 28)} {pick(['Mar', 'Apr', 'Jun', 'Sep', 'Oct'])}"
    return f"On {date} 2025 at {rng.randint(8, 17)}:{rng.choice(['04', '19', '32', '47'])}, " \
        f"{c['first']} {c['last']} <{c['first'].lower()}{rng.randint(1, 99)}@gmail.com> wrote:\n{lines}"


def sig_person(c: dict[str, str]) -> str:
    title = pick(["Talent Partner", "Engineering Manager", "Head of Design", "Recruiting Lead",
                  "Director, Operations", "People Partner", "Hiring Manager"])
    return f"{pick(['Best', 'Warmly', 'All the best', 'Kind regards', 'Cheers', 'Take care'])},\n" \
        f"{c['rfirst']}\n\n{c['rfirst']} {c['rlast']} | {title} | {c['company']}"


# ------------------------------------------------------------------ rejections

def rej_thread_after_interview(c: dict[str, str]) -> tuple[str, str, str]:
    warm = pick([
        "Thank you again for giving us so much of your time over the last few weeks. Everyone "
        "who met you enjoyed the conversations, and the way you walked us through the pricing "
        "migration stuck with the whole panel.",
        "I really appreciated you coming in on {day} and for the thoughtful questions you asked "
        "the team. It was a pleasure getting to know you through this process.",
        "Thanks for your patience while we wrapped things up. I know the process ran longer "
        "than we promised and I'm grateful you stuck with us.",
        "It was lovely to finally meet in person, and the case study you prepared was one of "
        "the most carefully argued we saw.",
    ])
    decision = pick([
        "After a lot of discussion, the team has decided to move ahead with another candidate "
        "whose background lines up a little more closely with where the team is heading this year.",
        "We have now offered the position to someone who has spent several years running exactly "
        "this kind of programme, and they have accepted.",
        "In the end the hiring manager chose a finalist with more hands-on experience in our "
        "stack, so we'll be closing out your application for the {role} role.",
        "We've extended an offer to another finalist, and they've said yes.",
        "The panel went with an internal applicant who had been covering the role on an interim basis.",
        "We decided to go with a candidate who brings deeper regulatory experience, which "
        "turned out to be the deciding factor for this particular hire.",
        "Ultimately we've chosen to hire someone else for this one, as their experience was a "
        "slightly better match for the immediate priorities.",
    ])
    close = pick([
        "I'd genuinely like to stay in touch, and if something opens up that fits I'll reach "
        "out directly. Please feel free to connect on LinkedIn.",
        "Happy to jump on a quick call if you'd like feedback - just say the word.",
        "I hope our paths cross again; you'd be great on a lot of teams here.",
        "Wishing you every success in the search, and thanks again.",
    ])
    prev = pick([
        "Hi {rfirst},\nI hope you're well! Just wanted to check in on the timeline for the "
        "{role} position.\nThanks,\n{first}",
        "Hello {rfirst}, thank you again for the final interview on {day}. Any news on next "
        "steps?\nBest,\n{first}",
        "Hi {rfirst} - following up on my conversation with the team last week. Very excited "
        "about the role.\n{first}",
    ])
    subject = pick(["RE: [EXT] Re: {role} - final interview", "RE: [EXT] Re: Following up",
                    "Re: [External] Re: Next steps", "RE: Re: {role} interview",
                    "RE: [EXTERNAL] Checking in"])
    body = join("Hi {first},", warm, decision, close, sig_person(c), quoted(c, prev.format(**c)))
    return subject.format(**c), body.format(**c), person_sender(c)


FOOTER_BLOCKS = [
    "Explore more opportunities at careers.{domain} - new roles are added every week.",
    "Create a job alert: get matching roles in your inbox as soon as they are posted. "
    "Manage your alerts and preferences in your candidate profile.",
    "Follow us on LinkedIn, Instagram and YouTube for stories from our teams.",
    "Subscribe to our Life at {company} newsletter for events, open days and hiring news.",
    "Your personal data is processed in line with our Candidate Privacy Notice. You can ask us "
    "to delete your data at any time by replying to this message.",
    "{company} is an equal opportunity employer. We celebrate diversity and are committed to "
    "creating an inclusive environment for all employees.",
    "You are receiving this email because you applied for a position at {company}. "
    "Unsubscribe from recruiting updates | Update email preferences",
    "Top jobs for you this week: Data Engineer (Remote), Product Analyst (Hybrid), Finance "
    "Associate (London). See all jobs.",
    "Did you know? We offer flexible working, 30 days' holiday and a learning budget to every "
    "employee. Read more on our benefits page.",
]


def rej_with_footer(c: dict[str, str]) -> tuple[str, str, str]:
    greeting = pick(["Dear {first},", "Hi {first},", "Hello {first} {last},"])
    lead = pick([
        "Thank you for your application for the {role} position at {company}.",
        "Thanks for your interest in {company} and for applying to the {role} role.",
        "We appreciate the time you took to apply for {role} (ref {ref}).",
    ])
    refusal = pick([
        "We have reviewed your application and regret to let you know that we will not be "
        "taking it further.",
        "Having considered your application carefully, we have decided not to progress it to "
        "the next stage.",
        "We're sorry to tell you that your application was not successful this time.",
        "Following review, we will not be moving forward with your candidacy for this role.",
        "Unfortunately you have not been shortlisted for interview.",
    ])
    wish = pick(["We wish you the very best in your job search.", "Good luck with your search.",
                 "Thank you again for considering us."])
    footer = rng.sample(FOOTER_BLOCKS, rng.randint(4, 7))
    sender = pick([
        f"{c['company']} Careers <careers@{c['domain']}>",
        f"{c['company']} Talent Acquisition <no-reply@{c['ats']}>",
        f"no-reply@{c['ats']}",
    ])
    subject = pick(["Your application to {company}", "{role} - application update",
                    "Update on your application", "{company} | {role}"])
    body = join(greeting, lead, refusal, wish, f"The {c['company']} Recruiting Team",
                "-----", *footer)
    return subject.format(**c), body.format(**c), sender


def rej_hedged(c: dict[str, str]) -> tuple[str, str, str]:
    core = pick([
        "We had a lot of strong applicants, and some of them fit what we need right now a bit "
        "better.",
        "We went another way with this hire.",
        "The team decided to go in a different direction for this role.",
        "Other applicants were a closer fit for the specific mix of skills this position needs.",
        "We've found someone whose experience lines up more closely with the brief.",
        "We've decided to pursue applicants whose profiles more closely match the requirements.",
        "After comparing everyone we spoke to, we've gone with a different profile for this one.",
        "We'll be continuing the process with a smaller group of applicants whose experience is "
        "closer to what the team needs.",
    ])
    before = pick([
        "Thanks for applying for the {role} role and for your patience.",
        "Thank you for your interest in joining {company}.",
        "I appreciate you taking the time to apply.",
        "",
    ])
    after = pick([
        "Thanks again, and best of luck.",
        "We're grateful for your interest and hope you'll look at future openings.",
        "All the best for what comes next.",
        "Feel free to apply for other roles that catch your eye.",
    ])
    short = rng.random() < 0.4
    sender = person_sender(c) if rng.random() < 0.5 else f"Recruiting at {c['company']} <jobs@{c['domain']}>"
    subject = pick(["{role}", "Re: {role} application", "Your application", "",
                    "Thanks from {company}"])
    body = join(pick(["Hi {first},", "{first},", "Hello,"]), before if not short else "", core,
                after, f"{c['rfirst']}" if short else sig_person(c))
    return subject.format(**c), body.format(**c), sender


def rej_recruiter_other_role(c: dict[str, str]) -> tuple[str, str, str]:
    opener = pick([
        "Great to speak earlier today.",
        "Thanks for the chat this afternoon.",
        "Good talking to you on {day}.",
        "Thanks for picking up the phone earlier - as promised, a quick note.",
    ])
    decision = pick([
        "As I mentioned, {company} have decided to proceed with other candidates for the {role} "
        "role, so that one is closed on their side.",
        "Just to confirm in writing what I said on the call: the client has chosen to go with "
        "another applicant for {role}.",
        "Following the feedback from {company}, they won't be taking your application forward "
        "for the {role} position.",
        "The hiring team came back and they're moving ahead with someone else for {role}.",
    ])
    pivot = pick([
        "That said, I have a {other_role} role with a different client that I think could suit "
        "you really well - are you free for 15 minutes on {day}?",
        "I'd love to put you forward for a {other_role} opening I'm working on instead; shall I "
        "send over the spec?",
        "On a more positive note, there's a {other_role} position I'm recruiting for that is a "
        "strong match. Let me know if you'd like me to submit your CV.",
    ])
    body = join("Hi {first},", opener, decision, pivot,
                f"Speak soon,\n{{rfirst}} {{rlast}}\nSenior Consultant | {{agency}}\n"
                f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}")
    sender = f"{c['rfirst']} {c['rlast']} <{c['rfirst'].lower()}@{c['agency'].split()[0].lower()}.co.uk>"
    subject = pick(["Following our call", "{role} update", "Re: {role} - {company}",
                    "Quick follow-up + another role"])
    return subject.format(**c), body.format(**c), sender


def rej_public_sector(c: dict[str, str]) -> tuple[str, str, str]:
    agency = pick(["Department of Transportation", "Office of Regional Planning",
                   "Veterans Affairs Medical Center", "County Health Services",
                   "Environmental Protection Office", "State Revenue Department"])
    ann = f"{pick(['DOT', 'ORP', 'VA', 'CHS', 'EPO', 'SRD'])}-{rng.randint(2024, 2025)}-{rng.randint(1000, 9999)}"
    status = pick([
        "Your application was reviewed and you were found qualified; however, you were not "
        "referred to the hiring official for further consideration because you were not among "
        "the best qualified applicants.",
        "Based on the information you provided, you have been found ineligible for this "
        "position. You did not meet the minimum time-in-grade requirement.",
        "This vacancy announcement has been cancelled. No selection will be made from this "
        "announcement.",
        "You were found to be not qualified for this position because your application did not "
        "show the specialized experience described in the announcement.",
        "Your application was referred to the selecting official, but another candidate was "
        "selected for this position.",
        "Status: Not Referred. Your rating did not place you in the referral category.",
    ])
    body = join(
        f"Dear {c['first']} {c['last']},",
        f"This notice concerns your application for {c['role']}, Announcement Number {ann}, "
        f"with the {agency}.",
        status,
        "You may review the status of this and your other applications at any time by signing "
        "in to your applicant account. Please do not reply to this message; this mailbox is "
        "not monitored.",
        maybe(0.6, "If you believe an error was made in rating your application, you may request "
                   "a reconsideration within 10 calendar days of this notice."),
        f"Human Resources Office\n{agency}",
    )
    subject = pick([f"Notice of Results - {ann}", f"Application Status Update: {ann}",
                    f"Your application for {c['role']} ({ann})", "Notification of Applicant Status"])
    return subject, body, pick(["no-reply@applicantportal.gov", f"hr-notices@{agency.split()[0].lower()}.gov"])


def rej_ats_status(c: dict[str, str]) -> tuple[str, str, str]:
    line = pick([
        "Your application is no longer being considered.",
        "Status: No longer under consideration",
        "The status of your application has changed to: Not selected.",
        "Your application for this job is no longer under consideration.",
        "Application status: Closed - not progressing",
        "Your candidacy for this requisition is no longer active.",
    ])
    body = join(
        pick(["Hello {first},", "Dear Candidate,", "Hi {first},", ""]),
        pick(["There has been an update to your application.",
              "Your application status has been updated.",
              "We wanted to let you know about a change to your application."]),
        f"Job: {c['role']} (Req {c['ref']})\n{line}",
        maybe(0.5, "Sign in to your candidate home to see all of your applications."),
        maybe(0.5, "This is an automated message. Please do not reply."),
    )
    subject = pick(["Status update on your application", "Application status update",
                    "Update: {role}", "Your application status has changed"])
    return subject.format(**c), body.format(**c), f"{c['company']} <donotreply@{c['ats']}>"


def rej_internship(c: dict[str, str]) -> tuple[str, str, str]:
    prog = pick(["Summer Analyst Programme 2026", "Engineering Internship 2025",
                 "Spring Insight Week", "Industrial Placement Year 2025/26",
                 "Graduate Leadership Scheme", "Research Internship Program"])
    decision = pick([
        f"We are sorry to tell you that we are unable to offer you a place on the {prog} this year.",
        f"After reviewing your online assessments, we will not be progressing your application "
        f"for the {prog}.",
        f"Competition for the {prog} was fierce this year, and on this occasion your application "
        f"has not been successful.",
        f"We have now filled all places on the {prog}, and regrettably you were not among the "
        f"applicants selected.",
    ])
    body = join(
        f"Dear {c['first']},",
        f"Thank you for applying to the {prog} at {c['company']}.",
        pick(["We received more than 6,000 applications for around 80 places.",
              "This year's intake was our most competitive yet.", ""]),
        decision,
        pick(["We encourage you to apply again next cycle; applications reopen in September.",
              "Keep an eye on our early careers page for insight days and events.",
              "Please do consider applying to future programmes."]),
        f"Best wishes,\nEarly Careers Team\n{c['company']}",
    )
    subject = pick([f"{prog} - Decision", f"Your {prog} application", "Application outcome",
                    f"{c['company']} Early Careers: update"])
    return subject, body, f"{c['company']} Early Careers <earlycareers@{c['domain']}>"


def rej_misc(c: dict[str, str]) -> tuple[str, str, str]:
    variant = rng.randint(0, 7)
    if variant == 0:  # role closed / filled internally
        body = join("Hi {first},", "Thanks for applying for {role}. We've decided to fill the "
                    "position internally, so we're closing all external applications, including "
                    "yours.", "Appreciate your interest,\n{rfirst}")
        subj = "{role} - closing the loop"
    elif variant == 1:  # after a take-home
        body = join("Dear {first},", "Thank you for completing the technical exercise. The team "
                    "reviewed your submission in detail. While there was a lot to like, we've "
                    "decided not to continue with your application at this point.",
                    "Some feedback: the solution lacked tests and the README didn't explain the "
                    "trade-offs. We hope that helps.", sig_person(c))
        subj = "Your take-home exercise"
    elif variant == 2:  # terse
        body = join("{first} - we've decided to pass on this one. Thanks for the time.",
                    "{rfirst}")
        subj = pick(["", "re: chat", "{role}"])
    elif variant == 3:  # non-native phrasing
        body = join("Dear Mr./Ms. {last},", "Thank you for your kind application to our company. "
                    "We have to inform you that we have decided for another applicant. We thank "
                    "you for the interest and wish you all best for future.",
                    "With kind regards\nPersonnel department\n{company}")
        subj = "Your application as {role}"
    elif variant == 4:  # hiring paused
        body = join("Hello {first},", "I'm writing with an update on the {role} search. Due to a "
                    "change in our budget for the year, we've paused hiring for this position "
                    "and are withdrawing it, which means we can't continue with your application.",
                    "I'm sorry for the disappointing news after all your effort.", sig_person(c))
        subj = "Update on the {role} search"
    elif variant == 5:  # after final round with feedback offer, formal
        body = join("Dear {first},", "Thank you for attending the final assessment centre. We "
                    "regret to inform you that we will not be making you an offer on this "
                    "occasion.", "If you would like feedback on your performance, please reply "
                    "to this email within two weeks.", "Yours sincerely,\n{rfirst} {rlast}\n"
                    "Resourcing Team, {company}")
        subj = "Assessment centre outcome"
    elif variant == 6:  # academic
        body = join("Dear Dr {last},", "Thank you for your application for the post of "
                    "{role} in the School of Computing. The shortlisting panel met last week and "
                    "I am sorry to say that you have not been shortlisted for interview.",
                    "We are grateful for the interest you have shown in the University.",
                    "Yours sincerely,\nHR Services")
        subj = "Post ref {ref}: {role}"
    else:  # agency short
        body = join("Hi {first},", "Feedback from {company}: they liked your background but felt "
                    "you are a bit too senior for the role, so they won't be inviting you to "
                    "interview.", "I'll keep you in mind for other roles.\n{rfirst} ({agency})")
        subj = "Feedback - {company}"
    return subj.format(**c), body.format(**c), person_sender(c) if variant != 6 else f"HR Services <hr@{c['domain']}>"


# ------------------------------------------------------------------ confirmations

def conf_conditional(c: dict[str, str]) -> tuple[str, str, str]:
    cond = pick([
        "If you are not selected for this role, we will keep your CV on file and may be in "
        "touch about similar positions in the future.",
        "Should we not be able to offer you an interview this time, we will hold your details "
        "for twelve months in case something suitable comes up.",
        "If you are not shortlisted, we'll keep your application in our talent pool for future "
        "vacancies.",
        "In the event that your application is unsuccessful, your profile will remain in our "
        "database so we can match you with future roles.",
        "If we don't move forward with you for this position, we may still reach out about "
        "other openings that suit your profile.",
    ])
    body = join(
        pick(["Dear {first},", "Hi {first},", "Hello {first} {last},"]),
        pick(["Thank you for applying for the {role} position at {company}. We have received "
              "your application.",
              "This is to confirm that your application for {role} reached us safely.",
              "Thanks for your interest in {company}! Your application for {role} has been "
              "submitted."]),
        pick(["Our team will review it over the coming weeks and contact you about next steps.",
              "We review every application personally and aim to reply within three weeks.",
              "The hiring manager will look at applications once the posting closes."]),
        cond,
        pick(["Best regards,\nTalent Acquisition\n{company}", "Thanks,\nThe {company} Recruiting Team"]),
    )
    subject = pick(["Application received - {role}", "Thank you for applying to {company}",
                    "We've got your application", "Your application: {role}"])
    return subject.format(**c), body.format(**c), f"{c['company']} Careers <careers@{c['domain']}>"


def conf_either_way(c: dict[str, str]) -> tuple[str, str, str]:
    line = pick([
        "Either way, we will keep your details and let you know the outcome once the process "
        "has finished.",
        "Whatever the outcome, you will hear from us - we reply to every applicant.",
        "Whether or not you're invited to interview, we'll be in touch by the end of the month.",
        "Either way, we'll update you as soon as a decision has been made.",
    ])
    body = join(
        pick(["Hi {first},", "Dear {first},"]),
        "Thanks for sending through your application for {role}.",
        pick(["We're reviewing applications on a rolling basis.",
              "The closing date is the end of next week, after which we'll shortlist.",
              "Interviews are expected to take place in about three weeks."]),
        line,
        pick(["Speak soon,\n{rfirst}", "Kind regards,\n{rfirst} {rlast}\nPeople Team"]),
    )
    subject = pick(["Re: {role} application", "Application for {role}", "Thanks for applying"])
    return subject.format(**c), body.format(**c), person_sender(c)


def conf_only_if_match(c: dict[str, str]) -> tuple[str, str, str]:
    line = pick([
        "We'll only contact you if there is a match between your profile and our requirements.",
        "Please note that we will only get in touch if your application is shortlisted.",
        "Due to the high volume of applications, only successful candidates will be contacted.",
        "If you have not heard from us within 21 days, please assume that your application has "
        "not been successful on this occasion.",
        "Regrettably we are unable to respond to every applicant individually; we will contact "
        "you if you are selected for the next stage.",
        "Unfortunately we cannot provide feedback at the application stage, but we will be in "
        "touch if you are shortlisted.",
    ])
    body = join(
        pick(["Dear Applicant,", "Hello {first},", "Dear {first} {last},"]),
        pick(["Thank you for your application (reference {ref}).",
              "We confirm receipt of your application for the role of {role}.",
              "Your application for {role} at {company} has been received."]),
        line,
        pick(["We appreciate your interest in working with us.",
              "Good luck, and thank you for thinking of {company}."]),
        pick(["{company} Recruitment", "HR Team\n{company}"]),
        maybe(0.5, "This mailbox is not monitored. Please do not reply to this email."),
    )
    subject = pick(["Application acknowledgement", "Receipt of your application",
                    "{role} (ref {ref}) - acknowledgement", "Thank you for applying"])
    return subject.format(**c), body.format(**c), f"{c['company']} Recruitment <recruitment@{c['domain']}>"


def conf_ats_status(c: dict[str, str]) -> tuple[str, str, str]:
    line = pick(["Status: Under review", "Your application is now being reviewed by the hiring team.",
                 "Status changed to: Application submitted",
                 "Your application has moved to: In review"])
    body = join(
        pick(["Hello {first},", "Hi {first},", "Dear Candidate,"]),
        pick(["There has been an update to your application.", "Your application status has "
              "been updated."]),
        f"Job: {c['role']} (Req {c['ref']})\n{line}",
        maybe(0.6, "We'll let you know when there is another update. We cannot provide status "
                   "updates by phone."),
        "Sign in to your candidate home to see your applications.",
        maybe(0.5, "This is an automated message. Please do not reply."),
    )
    subject = pick(["Status update on your application", "Application status update",
                    "Update: {role}"])
    return subject.format(**c), body.format(**c), f"{c['company']} <donotreply@{c['ats']}>"


def conf_public_sector(c: dict[str, str]) -> tuple[str, str, str]:
    ann = f"ANN-{rng.randint(2024, 2025)}-{rng.randint(1000, 9999)}"
    body = join(
        f"Dear {c['first']} {c['last']},",
        f"Your application for {c['role']}, Announcement {ann}, has been received.",
        pick([
            "After the announcement closes, applications will be rated. You will be notified "
            "whether or not you are referred to the hiring official.",
            "If you are found ineligible or not qualified, you will receive a notice explaining "
            "why. Otherwise you will be told whether your application has been referred.",
            "Not all applicants will be referred. You will receive a further notice once a "
            "decision has been made.",
        ]),
        "You may check the status of your application at any time in your applicant account.",
        "Human Resources Office",
    )
    return f"Application Received - {ann}", body, "no-reply@applicantportal.gov"


def conf_internship(c: dict[str, str]) -> tuple[str, str, str]:
    prog = pick(["Summer Internship 2026", "Graduate Programme 2026", "Placement Year 2025/26"])
    body = join(
        f"Dear {c['first']},",
        f"Thank you for applying to the {prog} at {c['company']}.",
        pick(["Your next step is our online assessment, which will arrive separately.",
              "We review applications in rounds; the next round closes at the end of the month.",
              "Decisions for this cycle will be released in March."]),
        pick(["Unfortunately we aren't able to give individual feedback at this stage.",
              "If you are not successful this year, you're very welcome to apply again next cycle.",
              "Please don't worry if you don't hear from us straight away."]),
        f"Best wishes,\nEarly Careers Team, {c['company']}",
    )
    return f"{prog} - application received", body, f"earlycareers@{c['domain']}"


def conf_thread(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Hi {first},",
        pick(["Thanks for sending your CV over. I've passed it to the hiring manager; "
              "unfortunately she's travelling this week so it may be a few days before I have "
              "an answer.",
              "Got it, thank you! I'll share your portfolio with the team. Not sure yet when "
              "they'll get to it - no promises on timing, sorry.",
              "Thanks - received. We're not reviewing applications until the posting closes on "
              "Friday, but I'll come back to you either way."]),
        "{rfirst}",
        quoted(c, "Hi {rfirst},\nAs discussed, please find my CV attached for the {role} role.\n{first}"),
    )
    return "RE: [EXT] Re: {role}".format(**c), body.format(**c), person_sender(c)


def conf_with_footer(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Hi {first},",
        "Thanks for applying for {role}! Your application is in, and our recruiting team will "
        "review it soon.",
        pick(["If your experience is a match, we'll reach out to schedule a first conversation.",
              "We aim to respond to all applicants within two weeks.",
              "We can't respond to every application individually, but we do read them all."]),
        "The {company} Recruiting Team",
        "-----",
        *rng.sample(FOOTER_BLOCKS, rng.randint(3, 6)),
    )
    return pick(["Thanks for applying to {company}", "Application received: {role}"]).format(**c), \
        body.format(**c), f"{c['company']} <no-reply@{c['ats']}>"


# ------------------------------------------------------------------ protected kinds

def interview(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Hi {first},",
        pick(["Thanks for your application for {role} - we'd love to meet you.",
              "Good news: the team would like to invite you to a first interview for {role}.",
              "I enjoyed reading your application and would like to set up a call."]),
        pick(["Unfortunately the hiring manager is away next week, so could we do {day} the "
              "week after at 2pm?",
              "Please pick a slot that suits you using the link below. Sorry that we can't offer "
              "evening times.",
              "Would {day} at 10:30 work? If not, send me a few times that suit."]),
        sig_person(c),
    )
    subject = pick(["Interview invitation - {role}", "RE: [EXT] Re: {role}", "Let's talk!",
                    "Invitation: first interview"])
    return subject.format(**c), body.format(**c), person_sender(c)


def next_steps(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Dear {first},",
        pick(["Thank you for your application for {role}. The next step is an online "
              "assessment, which must be completed by {day} 11:59pm.",
              "As the next stage of the process we'd like you to complete a short take-home "
              "task; please return it within five days.",
              "Congratulations on progressing to the next stage. Please complete the video "
              "interview at the link below by {day}."]),
        pick(["If you do not complete it by the deadline, we will not be able to progress your "
              "application.",
              "Unfortunately we can't extend the deadline, so please plan accordingly.",
              "Candidates who don't submit in time won't be considered further."]),
        pick(["Good luck!\n{company} Recruiting", "Best wishes,\nTalent Team, {company}"]),
    )
    subject = pick(["Next steps: {role}", "Action required: complete your assessment",
                    "Your {company} application - next stage"])
    return subject.format(**c), body.format(**c), f"{c['company']} Talent <talent@{c['domain']}>"


def offer(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Hi {first},",
        pick(["I'm delighted to let you know that we'd like to offer you the {role} position!",
              "After much discussion, we've decided to move forward with you - congratulations, "
              "the offer letter is attached.",
              "We were not able to stop talking about your final interview, so I'm very happy to "
              "make you an offer for {role}."]),
        pick(["Unfortunately we can't go above the top of the band on base salary, but we can "
              "look at the signing bonus.",
              "We've decided not to go with the other finalists; the role is yours if you want it.",
              "Please let me know by {day} whether you'd like to accept."]),
        sig_person(c),
    )
    subject = pick(["Offer - {role}", "RE: [EXT] Re: {role} - good news", "Your offer from {company}"])
    return subject.format(**c), body.format(**c), person_sender(c)


def recruiter_follow_up_positive(c: dict[str, str]) -> tuple[str, str, str]:
    body = join(
        "Hi {first},",
        pick(["Great to speak earlier today.", "Thanks for the chat this afternoon."]),
        pick(["As discussed, {company} would like to meet you for the {role} role - I'll send "
              "times shortly.",
              "Good news: {company} are keen to move you to the second round for {role}."]),
        "I also have a {other_role} opening with another client if you want a back-up option.",
        "Speak soon,\n{rfirst} {rlast}\nSenior Consultant | {agency}",
    )
    return "Following our call", body.format(**c), \
        f"{c['rfirst']} {c['rlast']} <{c['rfirst'].lower()}@{c['agency'].split()[0].lower()}.co.uk>"


SPEC: list[tuple[str, str, str, Callable[[dict[str, str]], tuple[str, str, str]], int]] = [
    ("thread-after-interview", "rejection", "rejection", rej_thread_after_interview, 22),
    ("refusal-long-footer", "rejection", "rejection", rej_with_footer, 20),
    ("hedged", "rejection", "rejection", rej_hedged, 22),
    ("recruiter-other-role", "rejection", "rejection", rej_recruiter_other_role, 14),
    ("public-sector", "rejection", "rejection", rej_public_sector, 14),
    ("ats-status-no-longer", "rejection", "rejection", rej_ats_status, 12),
    ("internship-decision", "rejection", "rejection", rej_internship, 12),
    ("misc-rejection", "rejection", "rejection", rej_misc, 16),
    ("conditional-keep-cv", "not_rejection", "application_received", conf_conditional, 24),
    ("either-way", "not_rejection", "application_received", conf_either_way, 16),
    ("only-if-match", "not_rejection", "application_received", conf_only_if_match, 22),
    ("ats-status-review", "not_rejection", "application_received", conf_ats_status, 14),
    ("public-sector-received", "not_rejection", "application_received", conf_public_sector, 10),
    ("internship-received", "not_rejection", "application_received", conf_internship, 12),
    ("thread-cv-received", "not_rejection", "application_received", conf_thread, 12),
    ("confirmation-long-footer", "not_rejection", "application_received", conf_with_footer, 16),
    ("interview", "not_rejection", "interview", interview, 14),
    ("next-steps", "not_rejection", "next_steps", next_steps, 12),
    ("offer", "not_rejection", "offer", offer, 10),
    ("recruiter-positive", "not_rejection", "interview", recruiter_follow_up_positive, 8),
]


def main() -> None:
    rows = []
    for family, label, kind, make, count in SPEC:
        for i in range(count):
            subject, body, sender = make(ctx())
            rows.append({
                "id": f"blind-{family}-{i + 1:03d}",
                "subject": subject,
                "body": body,
                "sender": sender,
                "label": label,
                "kind": kind,
                "provenance": "written for rejectwatch issue 11 as a sealed blind slice; never trained on",
                "family": f"blind-{family}",
            })
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} messages -> {OUT}")


if __name__ == "__main__":
    main()
