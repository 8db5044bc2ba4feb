"""The voice of the d11-* families (helper d11, issue 11, eleventh pass): quoted history in
the ways Outlook, Gmail, Apple Mail and phones quote it, long careers-site / job-alert /
newsletter / privacy footers, person and team signatures, and ``letter``, the family builder.

The families are in d11_*.py of rejections/, confirmations/, interviews/, next_steps/,
offers/, outreach/ and non_job/. Every sentence was written for rejectwatch in this pass. The
quoted history and the footers are shared by the rejections and their negatives alike, so that
neither tells a refusal from anything else: only the decision sentence does.
"""

from __future__ import annotations

from ..engine import R
from .base_letters import fam

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OFF = "offer"
NJ = "non_job_rejection_words"
OTHER = "other_job"
ALERT = "job_alert"

# --- what the candidate wrote before (quoted under a person's reply) ------------------------
CANDIDATE_NOTES = [
    "Hi {rfirst},\n\nThank you for arranging {weekday}'s interviews. It was great to meet "
    "{mfirst} and hear how the {team} team works. I'm very keen on the role.\n\nBest wishes,\n{first}",
    "Hello {rfirst},\n\nJust checking in to see whether there is any news on the {role} "
    "position. Happy to answer anything else the panel needs.\n\nKind regards,\n{full}",
    "Hi {rfirst}, hope your week is going well! Any update from the hiring manager? "
    "No rush, just keen to know where things stand.\n\nCheers,\n{first}",
    "Dear {rfirst},\n\nPlease find attached the case study slides I presented on {date2}, as "
    "requested. Let me know if anything is unclear.\n\nMany thanks,\n{first} {last}",
    "{rfirst} - thanks for the chat earlier. I've updated my CV with the project dates we "
    "talked about; new version attached.\n\n{first}",
    "Hi {rfirst},\n\nI really enjoyed the final round. Could you let me know the expected "
    "timeline for a decision? I have another process moving along.\n\nThanks,\n{first}",
    "Hello {rfirst},\n\nMy referees are happy to be contacted whenever suits you: details "
    "below. Thanks for everything so far.\n\nBest,\n{full}",
]

# what the recruiter wrote before that (a second level of quoting)
RECRUITER_NOTES = [
    "Hi {first},\n\nLovely to speak today. I've booked you in with {mfirst} on {date2} at "
    "{time2} {tz}; the invite is on its way.\n\n{rfirst}",
    "Hi {first}, thanks for completing the exercise. The panel will meet you on {date2}. "
    "Shout if the time doesn't work.\n{rfirst}",
    "Hello {first},\n\nConfirming your final interview at our {city} office on {date2}. "
    "Ask for me at reception.\n\nRegards,\n{rfull}",
]


def _gt(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def gmail_quote(r: R, text: str, who: str) -> str:
    head = r(
        [
            "On {date2}, {year} at {time2}, " + who + " wrote:",
            "On {date2} {year}, at {time2}, " + who + " wrote:",
            "On {date2}, " + who + " wrote:",
            "Le {date2}, " + who + " a écrit :",
            "Am {date2} schrieb " + who + ":",
        ]
    )
    return head + "\n" + _gt(text)


def outlook_quote(r: R, text: str, who: str, to: str, subject: str) -> str:
    head = r(
        [
            "________________________________\nFrom: " + who + "\nSent: {date2}, {year} "
            "{time2}\nTo: " + to + "\nSubject: " + subject,
            "-----Original Message-----\nFrom: "
            + who
            + "\nSent: {date2} {time2}\nTo: "
            + to
            + "\nSubject: "
            + subject,
            "From: "
            + who
            + "\nDate: {date2}, {year} at {time2}\nTo: "
            + to
            + "\nSubject: "
            + subject,
            "*From:* " + who + "\n*Sent:* {date2} {time2}\n*To:* " + to + "\n*Subject:* " + subject,
        ]
    )
    return head + "\n\n" + text


def forwarded_from_client(r: R, notes: list[str]) -> str:
    """The hiring manager's note to the agency recruiter, as the recruiter forwards it."""
    head = r(
        [
            "---------- Forwarded message ---------\nFrom: {mfirst} {mlast} "
            "<{mfirst}.{mlast}@{cdomain}>\nDate: {date2}, {year}\nSubject: RE: {first} {last} "
            "- {role}\nTo: {rfull} <{rfirst}@{rlast}-talent.co.uk>",
            "Begin forwarded message:\n\nFrom: {mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>\n"
            "Date: {date2} at {time2}\nTo: {rfull}\nSubject: {role} candidate",
        ]
    )
    return head + "\n\n" + r(notes)


def history(r: R, notes: list[str] | None = None, depth: float = 0.35) -> str:
    """The candidate's last message (and sometimes the recruiter's before it), quoted."""
    cand = r(notes or CANDIDATE_NOTES)
    cand_who = r(["{full} <{cmail}>", "{first} {last} <{cmail}>", "{cmail}"])
    rec_who = r(["{rfull} <{rmail}>", "{rfull}", '"{rlast}, {rfirst}" <{rmail}>'])
    subject = r(["{role}", "RE: {role} - next steps", "Re: Interview {date2}", "{role}{reqtxt}"])
    if r.chance(0.5):
        inner = gmail_quote(r, cand, cand_who)
        if r.chance(depth):
            inner += "\n>\n" + _gt(gmail_quote(r, r(RECRUITER_NOTES), rec_who))
        return inner
    inner = outlook_quote(r, cand, cand_who, rec_who, subject)
    if r.chance(depth):
        inner += "\n\n" + outlook_quote(r, r(RECRUITER_NOTES), rec_who, cand_who, subject)
    return inner


THREAD_SUBJECTS = [
    "RE: [EXT] Re: {role}",
    "Re: [External] Re: {role} interview",
    "RE: RE: Final round - {company}",
    "Re: Re: Following up",
    "RE: [EXTERNAL] Re: {role}{reqtxt}",
    "Re: Thank you!",
    "RE: Catching up",
    "Re: Fwd: {role} - {first} {last}",
    "RE: [EXT] Update?",
    "Re: Next steps",
]
PERSON_FROM = ["{rfull} <{rmail}>", "{rfull} <{rinit}>", '"{rlast}, {rfirst}" <{rmail}>']
MANAGER_FROM = ["{mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>", "{mfirst} <{mfirst}@{cdomain}>"]


def person_sig(r: R) -> str:
    name = r(["{rfirst}", "{rfull}", "{rfirst} {rlast}"])
    extra = r(
        [
            "",
            "{rtitle}\n{company}",
            "{rtitle} | {company}\nM: +44 7700 {ref}",
            "{rtitle}, {company}\n{city}",
            "{company} | {rtitle}\nPronouns: she/her",
            "{rtitle}\nDirect: +1 415 {ref}",
        ]
    )
    closing = r(
        [
            "Best,",
            "Kind regards,",
            "All the best,",
            "Warmly,",
            "Thanks,",
            "Cheers,",
            "Best wishes,",
            "Take care,",
            "Regards,",
        ]
    )
    device = r.maybe(0.2, ["Sent from my iPhone", "Get Outlook for Android", "Sent from my phone"])
    return "\n".join(p for p in (closing, name, extra, device) if p)


def manager_sig(r: R) -> str:
    return r(
        [
            "{mfirst}",
            "Best,\n{mfirst}",
            "Thanks again,\n{mfirst} {mlast}\nHead of {team}, {company}",
            "{mfirst} {mlast}\n{team} lead",
        ]
    )


def team_sig(r: R) -> str:
    return r(
        [
            "The {company} Talent Team",
            "Talent Acquisition\n{company}",
            "{company} Recruitment",
            "People & Culture | {company}",
            "Kind regards,\nThe Hiring Team at {company}",
            "Best regards,\n{company} Careers",
        ]
    )


# --- system senders and status updates (shared by rejections and confirmations) ---------
ATS_FROM = [
    "{company} Careers <no-reply@careers.{cdomain}>",
    "{company} Recruiting <notifications@{cslug}.myworkdayjobs.com>",
    "{company} <{cslug}@hire.lever.co>",
    "Talent Team <jobs@{cdomain}>",
    "{company} via SmartHire <donotreply@smarthire.io>",
]

PUBLIC_FROM = [
    "Recruitment Team <recruitment@{cslug}.gov.uk>",
    "HR Shared Services <no-reply@jobs.{cslug}.gov>",
    "{company} Human Resources <hr.vacancies@{cdomain}>",
    "Staffing Office <staffing@{cslug}.state.us>",
]

STATUS_HEAD = [
    "There's an update on your application.",
    "Your application has been updated.",
    "Application update",
    "{company} has updated the status of your application.",
    "Status change for application #{ref}",
]

STATUS_BLOCK = [
    "Position: {role}\nRequisition: {req}\n\u2022 {status}",
    "\u2022 {status}\n\u2022 Job: {role} ({location})",
    "{role} - {location}\n| {status} |\nUpdated: {date2}",
    "{role} ({req})\n    {status}",
]
"""A status update's record block; {status} is drawn per message by the family's setup."""


# --- long footers (careers site, job alerts, newsletter, privacy) ---------------------------
FOOTER_PARTS = [
    "Explore life at {company}: careers.{cdomain} | Our values | Benefits | Offices",
    "Never miss a role: set up job alerts at careers.{cdomain}/alerts and we'll email you "
    "when something matching your skills opens.",
    "Follow us on LinkedIn, Instagram and YouTube for stories from our teams.",
    "The {company} Bulletin: our monthly newsletter with product news, engineering blogs and "
    "upcoming events. Subscribe at {cdomain}/bulletin.",
    "PRIVACY NOTICE: We process the personal data you submitted with your application in line "
    "with our Candidate Privacy Statement. You can ask to see, correct or erase it at any time "
    "by writing to privacy@{cdomain}.",
    "Your data is retained for up to 24 months after the end of a recruitment campaign and "
    "then deleted automatically.",
    "{company} is an equal opportunity employer and welcomes applications from every "
    "background. Need an adjustment? Tell us at accessibility@{cdomain}.",
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you received it in error, please notify the sender and delete it.",
    "You are receiving this message because you created a candidate profile at "
    "careers.{cdomain}. Manage your email preferences | Unsubscribe",
    "{company} Ltd, registered in England and Wales, company number 0{ref}. Registered "
    "office: {street}, {city}.",
    "Refer a friend: know someone great? Our referral programme is open to everyone.",
    "Download the {company} Careers app to track applications on the go.",
    "Rated a Top Employer {year}. Read what our people say on our careers blog.",
    "Please consider the environment before printing this email.",
]


def long_footer(r: R, lo: int = 3, hi: int = 7) -> str:
    n = r.rng.randint(lo, hi)
    parts = r.rng.sample(FOOTER_PARTS, n)
    sep = r(["", "--", "———", "_____", "* * *", "-- \n"])
    body = "\n\n".join(r(p) for p in parts)
    return (sep + "\n" + body) if sep else body


def letter(name, count, kind, senders, subjects, *slots, sector=None, setup=None):
    """A family entry of ``kind``: base_letters.fam, whose slots are a list of templates (one
    chosen), a callable taking the renderer, or ``(p, slot)`` (included with probability p);
    ``setup`` puts more values in the context first ({"status": [...]}: one drawn per
    message)."""
    return fam(name, count, senders, subjects, *slots, setup=setup, sector=sector, kind=kind)


def lang_letter(name, count, kind, spec, quote_p=0.0):
    """A family written in one language: ``spec`` has "senders", "subjects", "hello",
    "opening" (optional), "core" (the sentence that decides the kind), "close" (optional) and
    "signoff", each a list of templates. ``quote_p`` adds the candidate's earlier message in
    the same language ("notes") under the reply."""

    def fn(rng, c):
        r = R(rng, c)
        c["ndate"] = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."
        c["ntime"] = rng.choice(["9:00", "10:30", "13:00", "14:15", "15:30", "16:00"])
        parts = [r(spec["hello"])]
        if spec.get("opening") and r.chance(0.7):
            parts.append(r(spec["opening"]))
        parts.append(r(spec["core"]))
        if spec.get("close") and r.chance(0.6):
            parts.append(r(spec["close"]))
        parts.append(r(spec["signoff"]))
        if spec.get("notes") and r.chance(quote_p):
            parts.append(gmail_quote(r, r(spec["notes"]), r(["{full} <{cmail}>", "{cmail}"])))
        return r(spec["subjects"]), r.body(*parts), r(spec["senders"])

    fn.__name__ = name.replace("-", "_")
    return (name, fn, count, kind)


def status_update(name, count, kind, statuses):
    """An ATS status update in one skeleton for every kind; only the status line, drawn from
    ``statuses``, tells a refusal ("Not selected") from a process going on ("In review")."""
    return letter(
        name,
        count,
        kind,
        ATS_FROM,
        [
            "Application status update",
            "{company}: status change",
            "Update on application {ref}",
            "[{company}] {role}",
        ],
        STATUS_HEAD,
        STATUS_BLOCK,
        (
            0.5,
            [
                "Log in to your candidate home to see all your applications.",
                "View your application: https://careers.{cdomain}/me/{tok}",
            ],
        ),
        (0.5, lambda r: long_footer(r, 1, 3)),
        setup={"status": statuses},
    )
