#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/blind/written-16.jsonl: the fourth batch of hand-written TRAINING mail (issue 11,
fifteenth pass), aimed at recall: rejections of the kinds real mail has and the model misses,
each decision sentence in its own words, beside hard negatives written as their twins (same
sender, frame and voice; the sentence is a confirmation, a status, an invitation, a next step or
an offer, never a decision).

Not a blind slice and never a test: listed in ``corpus.READ_SLICES``, families ``blindw16-``.
stdlib only; a fixed seed, so two runs write byte-identical files.

``python data/blind/make_written16.py`` writes the file; ``--check`` prints our side of any
6-word shingle these bodies share with data/*.jsonl and the read slices / earlier written
batches, which are read only as sets of shingles and never printed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SEED = 160116
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-16.jsonl"
PROV = "written for rejectwatch issue 11 fifteenth pass as training mail, fourth batch (make_written16.py)"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
NOT = "not_rejection"

# ---------------------------------------------------------------- people, employers, slots
FIRST = ["Aoife", "Tomasz", "Priyanka", "Lars", "Chiamaka", "Benedikt", "Marisol", "Oskar", "Farah",
         "Jun", "Clodagh", "Mehmet", "Ilse", "Kofi", "Saoirse", "Dmitri", "Leilani", "Rohan", "Annika",
         "Thabo", "Giulia", "Emeka", "Freya", "Hamza", "Beatriz", "Niamh", "Yuki", "Callum", "Zsofia",
         "Arjun", "Maren", "Tendai", "Colette", "Ruairi", "Mei", "Bastien", "Olumide", "Katarzyna",
         "Hugo", "Siobhan", "Anders", "Parveen", "Eleni", "Joaquin", "Tamsin", "Rhys", "Adaeze", "Linnea"]
LAST = ["Fitzgerald", "Wiśniewski", "Raghunathan", "Lindqvist", "Eze", "Hofbauer", "Castellanos",
        "Nyberg", "Qureshi", "Takeda", "Brennan", "Yıldız", "Vermeulen", "Mensah", "Gallagher",
        "Sokolov", "Kahale", "Menon", "Halvorsen", "Dlamini", "Rinaldi", "Obi", "Marsh", "Siddiqui",
        "Carvalho", "Doyle", "Nakamura", "Mackie", "Farkas", "Iyer", "Aune", "Moyo", "Girard"]
OTHER_NAMES = ["Róisín", "Bogdan", "Shreya", "Torbjørn", "Yetunde", "Gerhard", "Pilar", "Fintan",
               "Hyun-woo", "Margit", "Delroy", "Ottilie", "Sandeep", "Mairead", "Viktor", "Nomvula"]
SIGNERS = [("Bríd", "Cassidy"), ("Jasper", "Whitlock"), ("Meenakshi", "Rao"), ("Fredrik", "Holm"),
           ("Lerato", "Khumalo"), ("Costas", "Petridis"), ("Wren", "Albright"), ("Ifeoma", "Nwosu"),
           ("Grzegorz", "Mazur"), ("Harriet", "Pryce"), ("Dev", "Malhotra"), ("Solveig", "Rask"),
           ("Nuala", "Keane"), ("Ignacio", "Bermúdez"), ("Tariq", "Aziz"), ("Rosalind", "Tebbutt"),
           ("Kenji", "Morimoto"), ("Maeve", "Dunne"), ("Anouk", "de Graaf"), ("Winston", "Achebe")]
TITLES = ["Talent Partner", "Head of Operations", "Engineering Manager", "People & Culture Lead",
          "Recruitment Coordinator", "Senior Recruiter", "Practice Manager", "Director of Finance",
          "HR Business Partner", "Co-founder", "Studio Manager", "Hiring Manager", "Talent Acquisition Specialist"]
EMPLOYERS = [
    ("Fernhollow Logistics", "fernhollow"), ("Tidewater Analytics", "tidewater-analytics"),
    ("Brackenridge Foods", "brackenridge"), ("Quillon Health", "quillonhealth"),
    ("Marrowby & Sons", "marrowby"), ("Lumen Harbour Energy", "lumenharbour"),
    ("Kestrel Yard Architects", "kestrelyard"), ("Orrin Bay Insurance", "orrinbay"),
    ("Calder Forge Robotics", "calderforge"), ("Sunnage Media", "sunnage"),
    ("Pellworth Pharmaceuticals", "pellworth"), ("Highcairn Hotels", "highcairn"),
    ("Drumlin Software", "drumlin"), ("Vantry Retail Group", "vantry"),
    ("Ashgrove Housing Trust", "ashgrove-housing"), ("Northmere Water", "northmere"),
    ("Bellspring Labs", "bellspring"), ("Corvane Aerospace", "corvane"),
    ("Glasswick Publishing", "glasswick"), ("Redhythe Capital", "redhythe"),
    ("Thornleigh Care Homes", "thornleigh"), ("Saltmarsh Studio", "saltmarsh"),
    ("Yarrowdale Farms", "yarrowdale"), ("Oakhurst Legal LLP", "oakhurstlegal"),
]
AGENCIES = [("Brightline Talent", "brightline-talent"), ("Keystone Search", "keystonesearch"),
            ("Harbourside Recruitment", "harbourside-rec"), ("Meridian People", "meridianpeople")]
ROLES = ["Data Engineer", "Customer Success Manager", "Warehouse Shift Lead", "Payroll Officer",
         "Product Designer", "Site Reliability Engineer", "Marketing Coordinator", "Staff Nurse",
         "Quantity Surveyor", "Account Executive", "Procurement Analyst", "Junior Copywriter",
         "Laboratory Technician", "Head Chef", "Business Analyst", "Operations Manager",
         "Backend Developer", "Finance Business Partner", "Learning Designer", "Field Service Engineer",
         "Compliance Officer", "UX Researcher", "Supply Chain Planner", "Front of House Manager",
         "Mechanical Design Engineer", "Grants Officer", "Paralegal", "Social Media Executive"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CITIES = ["Leeds", "Cork", "Rotterdam", "Pune", "Calgary", "Brisbane", "Glasgow", "Austin",
          "Manchester", "Durban", "Wellington", "Bristol", "Toronto", "Dublin", "Nottingham"]
ATS = [("TalentDock", "talentdock"), ("Hirebird", "hirebird"), ("PeopleGate", "peoplegate"),
       ("Candidex", "candidex"), ("Roster Recruit", "rosterrecruit")]
ZONES = [-7, -6, -5, -4, 0, 1, 2, 3, 5.5, 8, 9, 10, 12]
ASCII = str.maketrans({"ó": "o", "í": "i", "ø": "o", "ú": "u", "ś": "s", "ı": "i", "-": ""})
MAILHOSTS = ["gmail.example", "outlook.example", "proton.example", "yahoo.example", "hey.example"]


def slots(rng: random.Random) -> dict[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    sfirst, slast = rng.choice(SIGNERS)
    company, dom = rng.choice(EMPLOYERS)
    company2, _ = rng.choice([e for e in EMPLOYERS if e[0] != company])
    agency, adom = rng.choice(AGENCIES)
    hm = rng.choice(OTHER_NAMES)
    role = rng.choice(ROLES)
    ats, atsdom = rng.choice(ATS)
    return {
        "name": first, "cand": f"{first} {last}",
        "cand_email": f"{first.lower()}.{last.lower()}@{rng.choice(MAILHOSTS)}".replace("ś", "s").replace("ı", "i"),
        "signer": sfirst, "signer_full": f"{sfirst} {slast}", "title": rng.choice(TITLES),
        "signer_email": f"{sfirst.lower()}@{dom}.example".replace("í", "i").replace("ø", "o").replace("ú", "u"),
        "company": company, "domain": f"{dom}.example", "company2": company2,
        "agency": agency, "adomain": f"{adom}.example", "hm": hm, "role": role,
        "role2": rng.choice([r for r in ROLES if r != role]),
        "day": rng.choice(DAYS), "city": rng.choice(CITIES), "ats": ats, "atsdomain": f"{atsdom}.example",
        "ref": f"{rng.choice(['REQ', 'JR', 'VAC', 'R', ''])}{rng.randint(10000, 99999)}",
        "hex": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
        "phone": f"+44 7700 9{rng.randint(10000, 99999)}",
        "regno": f"{rng.randint(1000000, 9999999):08d}",
        "hm_email": f"{hm.lower()}@{dom}.example".translate(ASCII),
    }


def fill(text: str, s: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: s[m.group(1)], text)


def mail_date(rng: random.Random) -> datetime:
    start = datetime(2025, 6, 2, tzinfo=UTC)
    day = start + timedelta(days=rng.randint(0, 540))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    return datetime(day.year, day.month, day.day, rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def outlook_date(d: datetime) -> str:
    return d.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ", 1)


def gmail_date(d: datetime) -> str:
    return d.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ", 1)


# ---------------------------------------------------------------- frames (shared by both labels)
OPEN_PERSON = [
    "Thanks for coming in on {day} to meet {hm} and me.",
    "Three weeks is a long stretch to give a hiring process - thank you for giving it to us.",
    "Hope the week treated you kindly after our call.",
    "Appreciate you making the trip to {city} for the final round.",
    "Thanks for sticking with us through four conversations and a take-home.",
    "Good to finally meet you properly on {day}, even if the video kept freezing.",
]
CLOSE_PERSON = ["Thanks again,", "All the best,", "Kind regards,", "Cheers,", "Warm wishes,", "Best,"]
CAND_MSG = [
    "Just checking in on timing after the final round last week. Happy to send anything else you need.",
    "Hope all's good. Has anything moved on the {role} job? No pressure - I'm just trying to plan my notice.",
    "Thanks again for {day}. I wondered whether the panel had reached a view yet.",
    "Quick one - a second process of mine is picking up speed, so a rough idea of your dates would help.",
    "Following up on our chat - loved meeting everyone. Happy to line up referees whenever useful.",
]
RECRUITER_OLD = [
    "Thanks for today - {hm} enjoyed it. We're seeing one more person on Thursday and will come back to you after that.",
    "Confirming your final interview with {hm} at 2pm on {day}, room 4B. Bring photo ID for the front desk.",
    "Good talking this morning. Your notes go to the panel tonight, and I'll come back once they've seen all four people.",
]
SIG_MOBILE = ["Sent from my iPhone", "Get Outlook for Android", "Sent from my Galaxy", "Sent from Proton Mail mobile", "-- sent on the go, excuse typos"]
PS = [
    "P.S. The book I mentioned is 'The Goal' - worth an evening.",
    "P.S. Parking refund for {day} has gone through to your account.",
    "P.S. {hm} says thanks for the tip about the bakery on Mill Lane.",
    "P.S. Your umbrella is still in our reception if you want it back!",
]
WARM_THANKS = [
    "This deserved a real letter instead of a two-sentence email, given the work you put in.",
    "First, a thank-you for the way you handled each stage, the awkward {day} panel included.",
    "I'm later writing than I said I'd be, and I apologise for that.",
]
WARM_PRAISE = [
    "Your presentation on reducing returns was the one people were still talking about at lunch, and {hm} has already borrowed two of your ideas for the quarterly plan.",
    "The way you handled the stakeholder role-play stood out - calm, curious, and you asked the question none of us had thought to ask.",
    "Every interviewer mentioned your preparation - you'd plainly read our annual report more closely than half the board.",
    "Your written exercise was tidy and well argued, and the section on supplier risk was genuinely useful to us.",
]
WARM_AFTER = [
    "I know the process asked a lot of you, and I hope at least the conversations were worth your time.",
    "If a call to walk through the panel's notes would help, say the word.",
    "We'll be advertising all year as the team grows, so check back on the jobs site now and then.",
    "Whatever comes next, I think you'll be a great addition to whichever team is lucky enough to get you.",
]
FOOTERS = [
    "--\nLife at {company}: https://careers.{domain}/life\nFollow us: LinkedIn | Instagram | YouTube\n\nCandidate privacy: we hold the information you gave us to run this recruitment and for up to 12 months afterwards. To see what we hold or to have it erased, write to privacy@{domain}.\n\n{company} hires on merit and wants its teams to look like the places we work in. If an interview or test needs changing for you to take part, tell us and we'll sort it.\n\nThis message was sent by {ats} on behalf of {company}. Email preferences: https://{atsdomain}/prefs/{hex}",
    "______________________________________\n{company} Ltd - company number {regno} (England & Wales) - Unit 9, Keel Row Business Park, {city}\n\nOnly the addressee may read this e-mail and its attachments. Anyone else who gets it should tell us by return e-mail and then delete every copy, without passing it on. {company} accepts no liability for viruses; please run your own checks.\n\nThink before you print.",
    "--\nWE'RE HIRING ACROSS {city}\n  * Shift supervisors - nights and weekends\n  * Apprentice electricians (2026 intake)\n  * Customer advisers, hybrid\nSee every open role: https://jobs.{domain}/?utm_source=ats&utm_medium=email&utm_campaign={hex}\n\nKnow someone brilliant? Successful referrals get £500 once the new starter passes probation.\n\nPowered by {ats} | Unsubscribe from job news: https://{atsdomain}/u/{hex}",
    "---\nTHIS MONTH AT {company}\n- Our {city} team moved into the refurbished mill building\n- Volunteering week: 312 hours given to local food banks\n- Meet Ottilie from Finance, who swapped spreadsheets for a 10k run\nRead the full newsletter: https://news.{domain}/issue-{ref}\n\nThis footer appears because you hold a {company} candidate login. Settings: https://careers.{domain}/account",
]
HTML_TOP = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0">\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px 0"><img src="https://cdn.{atsdomain}/logos/{hex}.png" alt="{company}" width="140"></td></tr>\n<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333">\n'
HTML_BOTTOM = '</td></tr>\n<tr><td style="font-size:11px;color:#999999;padding-top:30px">&copy; {company} &middot; <a href="https://click.{atsdomain}/ls/click?upn={hex}">Privacy</a> &middot; <a href="https://click.{atsdomain}/ls/click?upn={hex}x">Unsubscribe</a></td></tr></table>\n<img src="https://open.{atsdomain}/o/{hex}.gif" width="1" height="1" alt="">\n</body></html>'


def sender_person(s: dict[str, str]) -> str:
    return f"{s['signer_full']} <{s['signer_email']}>"


def sender_ats(s: dict[str, str]) -> str:
    return f"{s['company']} Careers <no-reply@{s['atsdomain']}>"


def sender_agency(s: dict[str, str]) -> str:
    return f"{s['signer_full']} <{s['signer'].lower()}@{s['adomain']}>".replace("í", "i").replace("ø", "o")


def f_plain(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Your application - {role}", "{role} at {company}", "Following our conversation", "Update on the {role} role", "Catching up after {day}"])
    body = f"Hi {{name}},\n\n{rng.choice(OPEN_PERSON)}\n\n{t}\n\n{rng.choice(CLOSE_PERSON)}\n{{signer}}\n{{title}}, {{company}}\n"
    return subj, body, sender_person(s)


def f_thread(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    base = rng.choice(["{role} - final interview", "Interview follow-up", "{role} next steps", "Catch-up on {day}"])
    subj = rng.choice(["RE: [EXT] Re: ", "RE: [EXTERNAL] RE: ", "Re: Re: ", "RE: "]) + base
    d1 = d - timedelta(days=rng.randint(1, 4), hours=rng.randint(1, 9))
    d2 = d1 - timedelta(days=rng.randint(3, 9), hours=rng.randint(1, 5))
    body = (f"Hi {{name}},\n\n{t}\n\n{rng.choice(CLOSE_PERSON)}\n{{signer}}\n\n{{signer_full}}\n{{title}} | {{company}}\n"
            f"M: {{phone}}\n\n________________________________\nFrom: {{cand}} <{{cand_email}}>\nSent: {outlook_date(d1)}\n"
            f"To: {{signer_full}} <{{signer_email}}>\nSubject: Re: {base}\n\nHi {{signer}},\n\n{rng.choice(CAND_MSG)}\n\nThanks,\n{{name}}\n\n"
            f"-----Original Message-----\nFrom: {{signer_full}} <{{signer_email}}>\nSent: {outlook_date(d2)}\nTo: {{cand}}\n"
            f"Subject: {base}\n\nHi {{name}},\n\n{rng.choice(RECRUITER_OLD)}\n\n{{signer}}\n")
    return subj, body, sender_person(s)


def f_gmail(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Re: {role}", "Re: Thank you!", "Re: Following up", "Re: Quick question about timing"])
    d1 = d - timedelta(days=rng.randint(1, 6), hours=rng.randint(1, 9))
    quoted = "\n".join("> " + line if line else ">" for line in f"Hi {{signer}},\n\n{rng.choice(CAND_MSG)}\n\nBest,\n{{name}}".split("\n"))
    body = f"{{name}} -\n\n{t}\n\n{{signer}}\n\nOn {gmail_date(d1)}, {{cand}} <{{cand_email}}> wrote:\n{quoted}\n"
    return subj, body, sender_person(s)


def f_warm(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Your interviews with {company}", "{role} - a proper update", "Thank you, {name}"])
    body = (f"Dear {{name}},\n\n{rng.choice(WARM_THANKS)}\n\n{rng.choice(WARM_PRAISE)}\n\n{t}\n\n"
            f"{rng.choice(WARM_AFTER)}\n\nWarmly,\n{{signer}}\n\n{rng.choice(PS)}\n")
    return subj, body, sender_person(s)


def f_mobile(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Re: {role}", "quick update", "Re: Friday", "{role}"])
    body = f"Hi {{name}}, {t}\n\n{{signer}}\n\n{rng.choice(SIG_MOBILE)}\n"
    return subj, body, sender_person(s)


def f_forward(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Fwd: {role} - from {hm}", "FW: Your interview", "Fwd: Re: {role} debrief"])
    d1 = d - timedelta(hours=rng.randint(2, 30))
    body = (f"Hi {{name}},\n\n{{hm}} asked me to pass this on as written - it went to an old address of yours.\n\n{{signer}}\n\n"
            f"---------- Forwarded message ---------\nFrom: {{hm}} <{{hm_email}}>\nDate: {gmail_date(d1)}\n"
            f"Subject: {{role}}\nTo: {{cand}}\nCc: {{signer_full}} <{{signer_email}}>\n\nHello {{name}},\n\n{t}\n\n{{hm}}\n")
    return subj, body, sender_person(s)


def f_footer(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Your application to {company}", "{role} ({ref})", "An update on your application"])
    body = f"Dear {{name}},\n\n{t}\n\nWe're glad you considered us.\n\n{{company}} Talent Team\n\n{rng.choice(FOOTERS)}\n"
    return subj, body, sender_ats(s) if rng.random() < 0.5 else sender_person(s)


def f_html(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Your application for {role}", "{company} | application update", "Regarding {role}"])
    paras = t.replace("\n\n", "</p>\n<p>")
    body = (HTML_TOP + "<p>Dear {name},</p>\n<p>" + paras + "&nbsp;</p>\n<p>Best regards,<br>\n{signer}<br>\n{company}</p>\n"
            '<p><a href="https://click.{atsdomain}/ls/click?upn={hex}" style="color:#0b6">View your candidate profile</a></p>\n' + HTML_BOTTOM)
    return subj, body, sender_ats(s)


def f_formal(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Application for {role} - reference {ref}", "Post {ref}: {role}", "Your application ({ref})"])
    body = (f"Dear {{cand}},\n\nApplication for {{role}} - reference {{ref}}\n\nMany thanks for applying; the post is named above.\n\n{t}\n\n"
            "Queries about this letter can go to the recruitment team; please give the reference above.\n\n"
            "Yours sincerely,\n\n{signer_full}\n{title}\n{company}\n")
    return subj, body, sender_person(s)


def f_legal(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj, body, snd = f_formal(t, s, rng, d)
    return subj, body + "\n" + FOOTERS[1] + "\n", snd


def f_portal(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Notification of application status - {ref}", "New message in your applicant account", "Vacancy {ref}: status notice"])
    body = (f"Notification of application status\n\nVacancy: {{ref}} - {{role}}\nOrganisation: {{company}}\nApplicant: {{cand}}\n\n{t}\n\n"
            "You can view your application and any messages by signing in to your account.\n\n"
            "Sent automatically. Nobody monitors this mailbox, so please don't reply to it.\n")
    return subj, body, sender_ats(s)


def f_digest(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Application update: {role}", "[{company}] Your application status", "Status change - {role} ({ref})"])
    body = (f"Application update\n\nCandidate: {{cand}}\nPosition: {{role}} ({{ref}})\nLocation: {{city}}\n\n{t}\n\n"
            "Thanks for your interest in {company}.\n\n--\nSent by {ats} on behalf of {company} · Manage email preferences: https://{atsdomain}/p/{hex}\n")
    return subj, body, sender_ats(s)


def f_table(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["Your applications at {company}", "Candidate portal: status update"])
    body = (HTML_TOP + "<p>Hello {name},</p><p>There is an update to one of your applications.</p>\n"
            '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Position</th><th>Ref</th><th>Status</th></tr>\n'
            f"<tr><td>{{role}}</td><td>{{ref}}</td><td>{t}</td></tr></table>\n"
            '<p><a href="https://click.{atsdomain}/c/{hex}">Sign in to the portal</a></p>\n' + HTML_BOTTOM)
    return subj, body, sender_ats(s)


def f_oneliner(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["{role}", "Application {ref}", "Your application"])
    body = f"{t}\n\n{{company}} Talent Acquisition\n"
    return subj, body, sender_ats(s)


PITCH = [
    "While I have you: I'm working on a {role2} opening at {company2} - hybrid, two days in {city}, and a hiring manager who actually replies. Open to me sending your CV? I can ring at lunch.",
    "Separately, {company2} have just briefed me on a {role2} role that looks a better fit for your CV. Fancy a ten-minute call tomorrow?",
    "I've also got a {role2} contract with {company2} (six months, likely to extend) landing this week. Shall I put you forward?",
]


def f_pitch(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = rng.choice(["{company} - {role}", "Update + another role", "After our call", "Re: {role} with {company}"])
    body = (f"Hi {{name}},\n\nGood to speak on {{day}}. {t}\n\n{rng.choice(PITCH)}\n\n{{signer}}\n"
            f"{{title}} | {{agency}}\nM: {{phone}}\nwww.{{adomain}}\n")
    return subj, body, sender_agency(s)


def f_sms(t: str, s: dict[str, str], rng: random.Random, d: datetime) -> tuple[str, str, str]:
    subj = "New text message from {signer} ({agency})"
    body = f"Hi {{name}}, {{signer}} @ {{agency}} here. {t} Will call later about a couple of other bits.\n\n--\nThis text was delivered to your inbox by your phone carrier's message forwarding.\n"
    return subj, body, sender_agency(s)


FRAMES = {
    "person": [("plain", f_plain), ("thread", f_thread), ("gmail", f_gmail), ("warm", f_warm),
               ("mobile", f_mobile), ("forward", f_forward), ("footer", f_footer), ("html", f_html)],
    "recruiter": [("pitch", f_pitch), ("sms", f_sms), ("gmail", f_gmail), ("pitch2", f_pitch)],
    "formal": [("formal", f_formal), ("legal", f_legal), ("html", f_html), ("footer", f_footer), ("portal", f_portal)],
    "status": [("digest", f_digest), ("table", f_table), ("oneliner", f_oneliner), ("portal", f_portal), ("footer", f_footer)],
}


# ---------------------------------------------------------------- English decision sentences (rejections)
P, REC, F, ST = "person", "recruiter", "formal", "status"
REJ = [
    # someone else's hire, no negation
    (P, "On {day} the other finalist got our offer, and she said yes this morning."),
    (P, "{hm} went with the candidate who has already run a warehouse migration like ours; the contract went out today."),
    (P, "The team picked someone whose last two years were spent on exactly our stack."),
    (P, "After a long debrief we chose to move ahead with another finalist for the {role} post."),
    (P, "The job has gone to an applicant who already covers our night rota through the agency."),
    (P, "We've appointed someone from the second round, who starts at the beginning of next month."),
    (P, "In the end the hiring group settled on a person with more hands-on plant experience."),
    (P, "Our offer went to someone who already looks after our biggest client, and that tipped it."),
    (P, "The decision landed on another candidate - five years in the identical job at a competitor."),
    (P, "We've signed someone whose notice period lined up with the launch date."),
    (P, "Better you hear this from me than from the portal: the panel chose the person who covered maternity leave here last year."),
    (P, "The board confirmed its choice for {role} last night, and it's one of the other two finalists."),
    (P, "Someone from the final three has taken the role, so I'm closing your file for this one."),
    (P, "Ana from our Lisbon office put her name forward late in the process and the panel backed her."),
    (P, "The position was accepted by another applicant on Monday."),
    (P, "{hm} has made an offer to the candidate who presented after you, and it's been signed."),
    (P, "We've gone with a candidate who speaks Polish, because half the new accounts are in Gdańsk."),
    (P, "The person we hired has just finished a very similar rollout at a hospital trust, which made the difference."),
    (P, "Congratulations on making the final two. The panel's vote went against you, though only just."),
    (P, "Our new {role} joins on the 3rd - it was close, and I'm sorry it wasn't you."),
    (P, "We made an offer yesterday to someone else and they said yes within the hour."),
    (P, "The partners have picked the other trainee for the seat in {city}."),
    (P, "After sleeping on it, {hm} has chosen the applicant with the longer clinical background."),
    (P, "So the short version is that the job's gone to the guy from the Thursday session."),
    (P, "Someone with prior bid-writing experience has been appointed, and we've let the rest of the shortlist know today."),
    (P, "I'm writing to let you know we have appointed to the {role} vacancy."),
    (P, "The founders went with the second engineer they met, mainly because she has shipped firmware before."),
    (P, "We chose an applicant already based in {city}, which matters for the on-call side."),
    (P, "Both {hm} and I came out of the debrief preferring the other candidate, so that's the way we've gone."),
    (P, "The offer has been made to a candidate who had run a kitchen of similar size."),
    # hedged refusals
    (P, "A couple of the others we met fit next year's plans for the team a bit more snugly."),
    (P, "For this hire we've picked a different sort of profile, one heavier on field sales."),
    (P, "We're taking this position in another direction."),
    (P, "Others in the pool aligned more closely with the brief, and the process carries on with them."),
    (P, "On balance the group felt another candidate's background sat nearer to what the job needs day to day."),
    (P, "We're going to pursue applicants whose history sits squarely in regulated environments."),
    (P, "Having weighed it all up, we'll be progressing with candidates who bring more line-management history."),
    (P, "This time the balance tipped toward someone with more years in agency settings."),
    (P, "It came down to how the team is already made up, and we've gone with someone else."),
    (P, "For this particular opening the match feels a little off, so we'll leave it here."),
    (P, "The hiring team's preference ended up with a candidate from the logistics side of the business."),
    (P, "We'll be taking the search forward with a smaller group, which doesn't include your application."),
    (P, "We're moving ahead with others whose skills are a closer match to this quarter's priorities."),
    (P, "We're prioritising applicants who can be on site four days a week, so we won't take yours further."),
    (P, "Your background is impressive, just aimed at a different problem than the one we're hiring for, so we're going to pass."),
    (P, "Our needs have shifted toward a more senior hire, and we'll be looking for that profile instead of continuing with you."),
    (P, "It was a hard one to call and this time it fell the other way."),
    (P, "We're going to call it here for this role - the others at final stage brought more direct B2B experience."),
    (P, "Given where the product is right now, we think someone with more zero-to-one experience is the better bet, so we won't be moving to an offer with you."),
    (P, "The panel felt your strengths point to a more strategic post than this hands-on one, so we're going to close things on this vacancy."),
    (P, "I'll be honest: the group leaned toward a candidate who needed less ramp-up, and that's who we've gone with."),
    (P, "We're choosing to keep looking for someone with deeper Kubernetes experience rather than make an offer from this round."),
    (P, "We have concluded the process and another applicant was a stronger match against the essential criteria."),
    (P, "While we enjoyed speaking with you, we've decided your application won't move on to the next stage."),
    (P, "We went back and forth on this, but ultimately we've opted for someone with more client-facing years."),
    (P, "I have to give you the news that your candidacy stops here."),
    (P, "We've made our decision for the {role} role and will be moving on with a different applicant."),
    (P, "Sadly we've decided to stop the process with you at this stage."),
    (P, "You were very close, but we'll not be offering you the position."),
    (P, "For your application, the {role} opening is the end of the road."),
    (P, "There won't be an offer this time, though I'd honestly like us to keep in touch."),
    (P, "The role needs someone who can run the Spanish market from day one, so we're going with a candidate who already does."),
    (P, "We need someone a bit further along in their career for this one, so we'll wrap things up here."),
    (P, "This one is a no from us, I'm afraid - but not a reflection on how you interviewed."),
    (P, "This time round it won't be you, and I'd rather say so fast than keep you waiting."),
    (P, "The role is going to someone else, and I'd rather tell you straight than dress it up."),
    # decisions after assessments / final rounds with feedback
    (P, "The reviewers liked the structure of your take-home, but the data-model section fell short of what the role needs, so we'll stop here."),
    (P, "Your case-study presentation was clear; the panel felt the commercial reasoning was lighter than the other finalists', and we have offered elsewhere."),
    (P, "Feedback from the pairing session: strong testing habits, slower on the design questions. Overall the panel decided not to go to an offer."),
    (P, "Your trial shift went fine on the floor, but the kitchen needs someone quicker on the pass right now, so we're not taking it further."),
    (P, "From the panel's notes: great energy, good examples, but less evidence of budget ownership than the job calls for. The post has gone to another candidate."),
    (P, "On the technical round you were solid on SQL and less sure on streaming, which is most of this job, so we've decided to end the process here."),
    (P, "The assessors scored your in-tray exercise just below the line we set for this level, which means this is where the process finishes for you."),
    (P, "Thank you for the portfolio review. The team loved the illustration work but needs more product-UI depth, so we won't progress you to the final round."),
    # role cancelled / frozen / filled internally
    (P, "The {role} opening is paused with no restart date, and every application against it is closed, yours included."),
    (P, "Head office froze external hiring on {day}, which means this vacancy is withdrawn and the process stops here."),
    (P, "We ended up filling the post through an internal transfer, so the external process is closed."),
    (P, "The team was restructured last week and this role no longer exists as advertised; I'm sorry to end things this way."),
    (P, "Our funding round slipped, and we've had to pull the {role} job for now - no one from the shortlist is moving forward."),
    (P, "One of our existing analysts asked to move into the role, and we've said yes to her."),
    (P, "The client scrapped the project behind this role, so the position is withdrawn."),
    (P, "Budget for the post was cut at the planning meeting; we're closing the vacancy rather than leaving you hanging."),
    # talent pool
    (P, "We won't be going further with you for this role; your profile now sits in our talent pool for later openings."),
    (P, "Rather than moving you forward here, we'd like to hold your CV in our talent community for a year, if that's all right."),
    (P, "The current vacancy went to someone else; your details now sit in our pool of silver-medal candidates and we'll look there first next time."),
    # non-native English
    (P, "We inform you that we have selected other candidate for this position and we thank you for participation."),
    (P, "Unfortunately your profile is not matching with requirement of the project at this moment."),
    (P, "The company decided to continue with another persons for this job, sorry for the late answer."),
    (P, "After discussion with the team, we will not continue further with your candidature, we wish you success in future."),
    (P, "Management has chosen one candidate with more years in automotive, so for you the process is finish."),
    (P, "I am sorry to write you that the position is given to another applicant which is already known to our company."),
    # recruiters / agencies after a call
    (REC, "Just off a call with {company}: they've picked a candidate put forward by another agency."),
    (REC, "Feedback from {company} is in: two others go to the final, and you aren't one of them."),
    (REC, "The client liked you but wants someone who has already held a P&L, so they're passing."),
    (REC, "{company} have closed the role on their side with an internal move."),
    (REC, "They felt your salary expectation sits above their band, so they won't take it further."),
    (REC, "The hiring manager wants to choose from the three she's already met, so it ends there for you."),
    (REC, "I pushed hard for you, but {company} have made their offer to the other shortlisted name."),
    (REC, "Bad news on {company}: they've filled it, with someone who could start immediately."),
    (REC, "{hm} at {company} has come back to say it's a no after the second interview - too light on stakeholder management, in her words."),
    (REC, "{company} have put the role on ice until next year, so that process is dead for now."),
    (REC, "They've gone with a contractor they used last year, so we're out of that one."),
    (REC, "I'm afraid {company} won't be progressing you after the technical test."),
    (REC, "Client's decision is in and they picked the other finalist - very close, apparently."),
    (REC, "{company} say they're stopping with your application, mostly over the commute."),
    (REC, "The client has decided on a candidate with a CIPD qualification, so we're unsuccessful on that one."),
    (REC, "Quick one: {company} have chosen not to interview you for the {role} position."),
    (REC, "The feedback from {company} was positive overall, but the job has gone to someone with more sector experience."),
    (REC, "{company} have let me know the {role} job has been filled, so I've withdrawn your CV from their system."),
    # public sector and formal notices
    (F, "Measured against the minimum qualifications, your application falls short, and your name will not be sent to the selecting official."),
    (F, "Category rating put you below the best-qualified group, so your name did not go forward on the referral list."),
    (F, "You are ineligible: nothing you uploaded shows a full year of specialised experience one grade down."),
    (F, "The announcement for this vacancy is cancelled; nobody will be selected from it."),
    (F, "At the sift stage your score for the lead behaviour was 3 against a required 4, so your application will not progress."),
    (F, "Shortlisting is finished, and your name is not among those called to interview."),
    (F, "The recruitment for this post has been withdrawn after a review of the staffing establishment."),
    (F, "Your application gave no evidence for the essential criterion on supervising staff, so it was screened out."),
    (F, "The eligibility list for this classification has been established, and you did not attain a passing score on the examination."),
    (F, "The merit assessment did not result in a recommendation to appoint you."),
    (F, "The council has chosen to leave this post empty for now, and every application against it is closed."),
    (F, "You did not meet the nationality requirements for this post, so your application cannot be considered further."),
    (F, "Having looked closely at your application, we regret that it will not go forward to the assessment stage."),
    (F, "This application of yours has been unsuccessful."),
    (F, "The panel has made a conditional offer to another candidate and your application is now closed."),
    (F, "The firm will not be offering you a training contract for the 2027 intake."),
    (F, "The assessment centre did not end in a graduate programme place for you."),
    (F, "Your summer internship application has been read, and this year's programme will go ahead without you."),
    (F, "Your graduate-scheme application did not reach the benchmark in the situational judgement test, so it will not continue."),
    (F, "The placement-year programme is now fully allocated, and your application will go no further."),
    (F, "Your online test results were below the cut-off for this round, so we are unable to move your application forward."),
    (F, "The reference checks are complete, and as a result the conditional offer to you is withdrawn."),
    (F, "Because you told us you lack UK work rights, which this post needs, your application has stopped here."),
    (F, "This position was filled internally and the external advertisement has been closed."),
    (F, "The post has been frozen pending a departmental review, and the recruitment has been stopped."),
    (F, "You were not successful in the second-stage interview for the studentship, and the award has been made to another applicant."),
    (F, "This year's apprenticeship intake will not include your application."),
    (F, "Your knockout answers show you cannot work the required rotating shifts, so the application has been closed automatically."),
    (F, "The search committee has completed its work and has invited other candidates to campus; your file is now closed."),
    (F, "You were held on the reserve list, which has now lapsed with no further appointment, so the competition is closed for you."),
    # bare ATS statuses
    (ST, "Status: No longer under consideration"),
    (ST, "Your application for {role} ({ref}) has been moved to Not Selected."),
    (ST, "This position has been filled. Thank you for your interest."),
    (ST, "The hiring team has archived your application for {role}."),
    (ST, "Application status changed: Rejected"),
    (ST, "Disposition: Other candidate selected"),
    (ST, "Your candidacy for {role} has been closed by the recruiting team."),
    (ST, "Current stage: Declined"),
    (ST, "Outcome: unsuccessful at screening"),
    (ST, "Requisition {ref} closed - position cancelled. Your application is no longer active."),
    (ST, "Not progressing"),
    (ST, "Closed - not selected for interview"),
    (ST, "Your application is no longer being considered for this role."),
    (ST, "Withdrawn by employer (vacancy closed)"),
    (ST, "Unsuccessful - position filled internally"),
    (ST, "The recruiter has marked your application as Not a fit."),
    (ST, "Application closed: the team has moved forward with other candidates."),
    (ST, "Stage: Rejected after assessment"),
    (ST, "Candidate not selected - requisition on hold"),
    (ST, "Your application was declined at the hiring manager review stage."),
]

# more person-written decisions: longer, several sentences, the decision not first
REJ += [
    (P, "I've been putting off this email because I liked our conversations. The panel met again on {day} and agreed to offer the job to the internal candidate, who has covered it on an acting basis since spring."),
    (P, "Quick context first: we had 140 applications and met six people. Of those, we've offered to one, and it's somebody who has run the exact reporting suite we use. That means we'll leave things here for you."),
    (P, "Two things. Your travel claim is approved and should land by Friday. And on the role itself, we've picked someone else - a close call, and I'm happy to explain over the phone."),
    (P, "Thanks for waiting. The second interviews are done, and I'm afraid the team has decided to continue with two candidates whose experience in retail banking is deeper."),
    (P, "Your references came back glowing, which made this harder. Still, the director has decided to hire the other finalist, and she has accepted."),
    (P, "we've gone with someone else for the barista spot, sorry!! you were lovely on the trial, pop in for a coffee on us"),
    (P, "Short and honest: the role has been offered to another person. Long version on the phone whenever suits."),
    (P, "Our MD read all the final-stage notes last night and decided on the candidate with the export background. I know you were hoping for better news after the second visit."),
    (P, "I'm sorry to be the bearer of this news, but after the final round the panel preferred a candidate whose teaching experience was all in Key Stage 2."),
    (P, "We really enjoyed meeting you, and it was genuinely close. In the end we've made an offer to someone with a few more years on the tools, and they've accepted."),
    (P, "The committee met on {day}. It recommended another applicant for the fellowship, and the dean has approved that recommendation."),
    (P, "Looking at where the roadmap is going, we've decided the hire needs to be more ML-heavy than we first wrote, so we're re-opening the search with a new spec rather than continuing with the current shortlist."),
]

# ---------------------------------------------------------------- twin sentences (not rejections)
TWINS = [
    (P, INT, "Could you come back for one last conversation with {hm} - could you do {day} afternoon?"),
    (P, INT, "The panel wants a second meeting; an invite for a 45-minute second round is on its way."),
    (P, INT, "You're one of three we'd like to bring to the final stage, on site in {city} next {day}."),
    (P, INT, "{hm} enjoyed the first chat and wants to do a technical session with you next week - send me a few slots?"),
    (P, INT, "Unfortunately {hm} is off sick on {day}, so could we move your final interview to the following Tuesday at 10?"),
    (P, INT, "Good news: the field is down to you after the other finalist pulled out, so the founders want to meet you on {day}."),
    (P, NEXT, "Next up is a take-home of roughly three hours, due back five days after you open it."),
    (P, NEXT, "Please send two referees and a copy of your passport by Friday so we can start the checks."),
    (P, NEXT, "To keep things moving, please do the online assessment; its link stops working after 72 hours."),
    (P, NEXT, "The panel has asked for a 10-minute presentation on how you'd run the first 90 days. Brief attached."),
    (P, NEXT, "We'd like to book a paid trial shift next week - how does Wednesday from 4pm look?"),
    (P, OFFER, "Delighted to say the panel wants you as our next {role}."),
    (P, OFFER, "We'd like to make you an offer - formal paperwork will follow from HR this afternoon."),
    (P, OFFER, "It was close between you and one other candidate, and we've chosen you. Can I call later with the details?"),
    (P, OFFER, "The board met last night and confirmed your appointment as {role}. Welcome aboard!"),
    (P, OTHER, "Nothing decided so far - the panel reconvenes {day} and you'll get an update from me that evening."),
    (P, OTHER, "We're still interviewing and hope to have news in about two weeks. Thanks for bearing with us."),
    (P, OTHER, "The decision has slipped because {hm} is travelling; you remain firmly in contention."),
    (P, OTHER, "We haven't made a call yet. I know waiting is awful, so I'll ring you either way by the end of next week."),
    (P, OTHER, "Your travel claim is approved and should land by Friday. On the job itself, no meeting yet - I'll write the moment the panel sits."),
    (P, OTHER, "Thanks for waiting. The second interviews are done, and the team is writing up notes; I expect to have an answer for you on {day}."),
    (P, APP, "Your application for {role} has reached us and is with the hiring team now."),
    (P, APP, "Got your CV, thanks - I'll give it a proper read before next Friday and reply whatever I decide."),
    (P, APP, "If the panel doesn't shortlist you, I'll still write, so there's no guessing on your side."),
    (P, APP, "Thanks for sending the portfolio. We'll review everything after the closing date on the 14th."),
    (REC, APP, "I've sent your CV across to {company} this morning and flagged that you can start in four weeks."),
    (REC, INT, "{company} are keen on a second round on {day} - does 11 work?"),
    (REC, INT, "Great feedback from {hm}: they'd like you in for the final panel next week."),
    (REC, OFFER, "{company} are making you a verbal offer - base salary sits at the upper end of what we talked about."),
    (REC, OTHER, "{company} have gone quiet this week because of their year-end, so no news yet; I'll chase on {day}."),
    (REC, NEXT, "The client has asked for proof of your degree and two references before the final round."),
    (REC, OTHER, "{company} are still seeing two more people, and they'll decide after that. You're in a good spot."),
    (F, APP, "Your application is in, and after the closing date it will be scored against the essential criteria."),
    (F, APP, "Should four weeks pass after the closing date with no word from us, you may take it that no interview is coming this time."),
    (F, APP, "All applicants will be told the outcome of shortlisting, whether or not they are invited to interview."),
    (F, OTHER, "Your application meets the eligibility requirements, and your name is on the certificate going to the selecting official."),
    (F, OTHER, "You were rated best qualified and your name is on the list sent to the hiring manager."),
    (F, INT, "The selection panel has completed shortlisting and you are invited to interview on {day} at 10:30."),
    (F, INT, "You passed the sift and are invited to the assessment centre; pick a date in your account."),
    (F, NEXT, "After your interview the panel recommended you, and a conditional offer now waits in your account, subject to pre-employment checks."),
    (F, NEXT, "Your application moves on once you finish the situational judgement test, which is open for seven days."),
    (F, OFFER, "The firm would like you to join as a trainee, with the training contract starting in September 2027."),
    (F, OFFER, "After the assessment centre, the graduate programme has a place for you, and we hope you'll take it."),
    (F, OFFER, "There is a place for you on this summer's internship programme - congratulations."),
    (F, OTHER, "The closing date for this vacancy has been extended by two weeks. Your application remains under consideration."),
    (F, OTHER, "You are on the reserve list, which runs for twelve months; if a post comes up in that time, we'll write."),
    (F, APP, "Thank you for applying for the apprenticeship scheme. Applications are reviewed in the order received."),
    (ST, OTHER, "Status: Under review"),
    (ST, OTHER, "Your application for {role} ({ref}) has been moved to Hiring Manager Review."),
    (ST, APP, "Application received"),
    (ST, INT, "Current stage: Interview scheduled"),
    (ST, NEXT, "Stage: Assessment - action required"),
    (ST, OFFER, "Offer extended - please review in the portal"),
    (ST, OTHER, "In progress"),
    (ST, APP, "Submitted - awaiting screening"),
    (ST, OTHER, "Your application is being considered for this role."),
    (ST, NEXT, "The recruiter has requested additional documents from you."),
    (ST, OTHER, "Shortlisted - the team will contact you about next steps."),
    (ST, OTHER, "Requisition {ref} reopened - your application is active again."),
]

# ---------------------------------------------------------------- whole English letters
# (label, kind, template, sender: person|ats|agency, subject, body)
LETTERS = [
    (R, R, "usajobs-notreferred", "ats", "Your application status for {role}, announcement {ref}",
     "Hello {cand},\n\nThank you for your interest in the {role} position, announcement {ref}, with the Bureau of Land Management.\n\nApplications were rated by category. Enough Best Qualified applicants were sent forward to fill the vacancy, and yours was not among those passed to the hiring official.\n\nYour status on the announcement: Not Referred\n\nYou can track your other applications by signing in to your account.\n\nAutomated message; replies go nowhere.\n"),
    (R, R, "county-cancelled", "ats", "Recruitment cancelled: {role} ({ref})",
     "Dear Applicant,\n\nThe county has cancelled recruitment {ref} for {role}. The position was eliminated in the adopted budget for the coming fiscal year, and no eligible list will be established.\n\nAll applications received for this recruitment are closed. Other openings are on the county jobs page.\n\nHuman Resources Department\n"),
    (R, R, "nhs-notshortlisted", "ats", "Application update for {role} ({ref})",
     "Dear {cand},\n\nThank you for your application for the post of {role} at Riverbank Community NHS Trust.\n\nThe shortlisting panel has gone through every application, and yours is not on the shortlist.\n\nThe panel noted that your supporting information did not give enough evidence of band 5 experience in an acute setting, which is an essential requirement in the person specification.\n\nThe Trust advertises new posts every week; do look again.\n\nRecruitment Services\nRiverbank Community NHS Trust\n\nThis email was sent by the Trac-style recruitment system. Please do not reply.\n"),
    (R, R, "civil-sift", "ats", "Civil Service Jobs - application {ref}",
     "Dear {cand},\n\nApplication outcome: {role}, Ministry of Justice, reference {ref}\n\nYour application has been through the sift, and here are the marks.\n\nScores (out of 7):\n- Behaviour: Delivering at Pace - 3\n- Behaviour: Working Together - 4\n- Experience statement - 3\n\nThe minimum score needed to move on was 4 for each element. That means your application stops before interview.\n\nCivil Service Resourcing\n"),
    (R, R, "aps-merit", "ats", "Merit list outcome - {role}",
     "Dear {name},\n\nThanks for sitting the selection process for the APS 5 {role} vacancy in Canberra.\n\nThe panel assessed all candidates against the work-level standards. While you were considered suitable, you were not ranked highly enough to be placed on the merit list, which has now been finalised.\n\nAs such, you will not be offered a position from this process.\n\nPeople Services Branch\n"),
    (R, R, "school-governors", "person", "Teaching post - outcome",
     "Dear {name},\n\nThanks for teaching the Year 4 lesson and meeting the governors on {day}.\n\nThe panel much appreciated how carefully your lesson was planned. After much discussion they have offered the post to a candidate with experience of leading maths across the school, and that candidate has accepted.\n\nI hope you will not be put off from applying to us in the future.\n\nYours sincerely,\n\n{signer_full}\nHeadteacher\nSt Ninian's Primary School\n"),
    (R, R, "uni-postdoc", "person", "Re: Postdoctoral position in my group",
     "Dear {name},\n\nThanks for your patience while I met the other applicants. I've now offered the postdoc to someone who has worked with cryo-EM data for three years, which is what the grant needs most in the first year.\n\nYour thesis work is really nice, and if you apply for a fellowship I would be glad to talk about hosting it.\n\nBest wishes,\n{signer}\n\n--\nProfessor {signer_full}\nSchool of Biosciences\n"),
    (R, R, "calendar-cancel", "person", "Cancelled: Final interview - {role} ({day} 14:00)",
     "The organiser cancelled this event.\n\nFinal interview - {role}\n{day} 14:00 - 15:00 (GMT)\nLocation: Teams meeting\n\nMessage from the organiser:\n\"Hi {name}, I'm cancelling this slot because we made an offer to another candidate yesterday and it has been accepted. Sorry for the short notice, and thank you for everything so far. - {signer}\"\n\nOrganiser: {signer_full}\nInvitees: {cand}, {hm}\n\nMicrosoft Teams - Need help? | Meeting options\n"),
    (R, R, "teams-relay", "ats", "You have 1 unread message in Teams",
     "{signer_full} sent you a message\n\n\"hi {name} - closing the loop: the panel picked the other candidate for {role}. you were a pleasure to deal with the whole way through\"\n\nReply in Teams\n\nYou're getting this email because you have unread messages. Change notification settings.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n"),
    (R, R, "voicemail", "ats", "Voicemail from {signer_full} (1 min 12 s)",
     "Voicemail transcript (may contain errors):\n\n\"Hi {name} it's {signer} from {company} um just calling about the {role} interview we had last week so I'm afraid we've decided not to go ahead with your application the team went with someone who's a bit closer to the role but I really did want to thank you for coming in um ring me back if some feedback would help my number's on the email bye\"\n\nListen to the message in the app.\n"),
    (R, R, "multi-role", "ats", "Update on your applications at {company}",
     "Hi {name},\n\nYou applied to two roles with us. Here is where each one stands:\n\n1. {role} ({ref}) - we will not be moving forward with your application for this role.\n2. {role2} - still under review; we'll update you within two weeks.\n\nThanks for your interest in {company}.\n\nTalent Team\n"),
    (R, R, "survey", "ats", "Your application to {company} - and a 2-minute survey",
     "Hi {name},\n\nThank you for applying for {role}. The team read your application and is taking other people forward, whose backgrounds sit nearer the role.\n\nWe're trying to make our hiring process better. How did it feel from your side? The survey takes two minutes and is anonymous: https://survey.{atsdomain}/s/{hex}\n\nRate your experience:  1  2  3  4  5\n\n{company} Recruiting\nPowered by {ats}\n"),
    (R, R, "subject-only", "ats", "Application {ref}: not successful",
     "You have a new message about your application.\n\nSign in to read it: https://careers.{domain}/messages/{hex}\n\n{company} Recruitment\n"),
    (R, R, "offer-withdrawn-budget", "person", "Your offer - {role}",
     "Dear {name},\n\nI'm writing with news I never like to send. Last week the executive team reforecast the year after losing a major contract, and every offer not yet started has been reviewed.\n\nI'm very sorry: the {role} offer we made you is withdrawn. You may have made plans around it, and I want to talk about what help we can give - please ring me on {phone}.\n\nWith apologies,\n{signer_full}\n{title}, {company}\n"),
    (R, R, "visa", "person", "Your application - sponsorship",
     "Hi {name},\n\nThanks for your application and the call on {day}. HR confirmed today that this role can't come with visa sponsorship, which ends your application here. I should have spotted that sooner - sorry.\n\nRegards,\n{signer}\n"),
    (R, R, "reapply-cooldown", "ats", "Your application for {role}",
     "Hi {name},\n\nYou finished the coding assessment for {role}; the score came in under the bar for this role, so the process ends here.\n\nA new application to {company} is possible six months from today. Your assessment result is valid for one year for other roles at the same level.\n\nBest,\n{company} University Recruiting\n"),
    (R, R, "group-bcc", "person", "{role} - to all applicants not shortlisted",
     "Dear applicant,\n\nThank you for applying for {role} at {company}. More than 300 people applied, and this note goes to all who did not make the interview shortlist - you among them.\n\nWe cannot give individual feedback at this volume, but we read every application and we are grateful for yours.\n\n{company} HR\n"),
    (R, R, "intern-hybrid", "ats", "{company} Summer Analyst Programme 2026",
     "Hi {name},\n\nThanks for your interest in the {company} Summer Analyst Programme and for recording the video interview.\n\nThe class for this year is full, and it does not include you. We received more than 9,000 applications for 60 places.\n\nSpring Week and off-cycle roles open in January if you'd like another go.\n\nCampus Recruiting Team\n\nFollow us on LinkedIn for campus events near you.\n"),
    (R, R, "grad-reserve", "ats", "Graduate Scheme 2026 - reserve list update",
     "Dear {cand},\n\nYou have been on our Graduate Scheme reserve list since the spring. Every place is now taken and the list has been shut.\n\nSo there is no place for you in this year's intake. We hope you will apply again for the 2027 intake.\n\nEarly Careers Team, {company}\n"),
    (R, R, "coop-match", "ats", "Co-op match results - {role}",
     "Hi {name},\n\nThe employer match for the winter work term has run. You were not matched with {company} for the {role} position.\n\nYou can still apply to jobs in the continuous round, which opens Monday at 9am.\n\nCo-operative Education Office\n"),
    (R, R, "trade-note", "person", "job",
     "hi {name} thanks for coming out to the site on saturday. weve gone with another lad who has his CSCS card already so we dont have to wait on that. keep in touch if youre still looking in the spring\n\n{signer}\n{company}\n"),
    (R, R, "feedback-bullets", "person", "Feedback from your final interview",
     "Hi {name},\n\nHere, as promised, are the panel's notes:\n\nWhat went well\n- clear structure in the presentation\n- good questions about team rituals\n\nWhere others were stronger\n- depth on pricing strategy\n- examples of managing senior stakeholders\n\nWeighing those up, the panel chose another finalist for the role. Use the notes however helps with the next one.\n\n{signer}\n"),
    (R, R, "nonnative-letter", "person", "Answer to your application",
     "Dear Mr./Ms. {cand},\n\nMany thanks for your interest to our company and for the time you gave to the interviews.\n\nAfter evaluation of all profiles, we have to inform that the position is assigned to other candidate with more years on the german market.\n\nWe keep your data in our database and maybe we contact you in future for other position.\n\nBest regards\n{signer_full}\nHR Department\n{company}\n"),
    (R, R, "nonnative-short", "person", "About {role} position",
     "Hello {name},\n\nThank you for the interview. Our team decided for candidate who is living nearer to the factory. We hope you find good position soon.\n\nRegards,\n{signer}\n"),
    (R, R, "internal-promo", "person", "{role} - update",
     "Hi {name},\n\nThanks for your patience. We've promoted one of our current team leads into the {role} position, so the external search has closed.\n\nI'll keep your details in mind - we expect a second team lead vacancy by the summer.\n\n{signer}\n"),
    (R, R, "screening-failed", "ats", "Pre-employment screening - {company}",
     "Dear {cand},\n\nThank you for completing the pre-employment screening for {role}.\n\nThe screening result falls short of what this position requires, so your appointment cannot go ahead and the conditional offer is withdrawn.\n\nIf you think the report is wrong, you can ask the screening provider for a copy of your report within 30 days.\n\nPeople Operations\n"),
    (R, R, "freelance-bid", "ats", "Your proposal for \"{role} - website rebuild\"",
     "Hi {name},\n\nThe client picked a different freelancer, and your proposal for this project is closed. The connects you spent have not been refunded.\n\nKeep going - similar jobs are waiting below:\n- Shopify theme fixes (fixed price)\n- WordPress migration, 2 weeks\n\nSent to you because you bid on this job. Notification settings\n"),
    # negative letters, twins of the above
    (NOT, OTHER, "usajobs-referred", "ats", "Your application status for {role}, announcement {ref}",
     "Hello {cand},\n\nThank you for your interest in the {role} position, announcement {ref}, with the Bureau of Land Management.\n\nApplications were rated by category. Yours was rated Best Qualified and has gone on to the hiring official.\n\nYour status on the announcement: Referred\n\nInterview invitations come straight from the hiring office.\n\nAutomated message; replies go nowhere.\n"),
    (NOT, INT, "nhs-shortlisted", "ats", "Application update for {role} ({ref})",
     "Dear {cand},\n\nThank you for your application for the post of {role} at Riverbank Community NHS Trust.\n\nThe shortlisting panel has gone through every application, and yours is on the shortlist. Book an interview slot in your account before Friday.\n\nRecruitment Services\nRiverbank Community NHS Trust\n\nThis email was sent by the Trac-style recruitment system. Please do not reply.\n"),
    (NOT, INT, "calendar-move", "person", "Updated: Final interview - {role} ({day} 14:00)",
     "This event has been updated.\n\nFinal interview - {role}\n{day} 15:00 - 16:00 (GMT)\nLocation: Teams meeting\n\nMessage from the organiser:\n\"Hi {name}, moving us an hour later as {hm} has a clash. Unfortunately the earlier slot is gone. Everything else stays the same. - {signer}\"\n\nOrganiser: {signer_full}\nInvitees: {cand}, {hm}\n\nMicrosoft Teams - Need help? | Meeting options\n"),
    (NOT, OTHER, "teams-relay-twin", "ats", "You have 1 unread message in Teams",
     "{signer_full} sent you a message\n\n\"hi {name} - panel meets tomorrow for {role}, you'll hear from me by friday either way. you've been a pleasure to deal with the whole way through\"\n\nReply in Teams\n\nYou're getting this email because you have unread messages. Change notification settings.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n"),
    (NOT, INT, "voicemail-twin", "ats", "Voicemail from {signer_full} (0 min 58 s)",
     "Voicemail transcript (may contain errors):\n\n\"Hi {name} it's {signer} from {company} um just calling about the {role} interview last week good news the team want a second round with you so ring me back and we'll pick a time bye\"\n\nListen to the message in the app.\n"),
    (NOT, APP, "survey-twin", "ats", "Your application to {company} - and a 2-minute survey",
     "Hi {name},\n\nThank you for applying for {role}. Your application is with the team, and an answer should reach you inside three weeks.\n\nWe're trying to make our hiring process better. How did applying feel from your side? The survey takes two minutes and is anonymous: https://survey.{atsdomain}/s/{hex}\n\nRate your experience:  1  2  3  4  5\n\n{company} Recruiting\nPowered by {ats}\n"),
    (NOT, OTHER, "subject-only-twin", "ats", "Application {ref}: new message",
     "You have a new message about your application.\n\nSign in to read it: https://careers.{domain}/messages/{hex}\n\n{company} Recruitment\n"),
    (NOT, NEXT, "reapply-twin", "ats", "Your application for {role}",
     "Hi {name},\n\nThank you for applying for {role}. Next comes a 90-minute coding assessment, open for a week; an unfinished assessment after that closes the application.\n\nBest,\n{company} University Recruiting\n"),
    (NOT, OFFER, "intern-offer", "ats", "{company} Summer Analyst Programme 2026",
     "Hi {name},\n\nThanks for recording your video interview for the {company} Summer Analyst Programme.\n\nYou're in - there's a seat for you in this year's class! Your offer letter is in the portal and is open for 14 days.\n\nCampus Recruiting Team\n"),
    (NOT, OTHER, "multi-role-twin", "ats", "Update on your applications at {company}",
     "Hi {name},\n\nYou applied to two roles with us. Here is where each one stands:\n\n1. {role} ({ref}) - with the hiring manager; we expect to decide on interviews next week.\n2. {role2} - still under review; we'll update you within two weeks.\n\nThanks for your interest in {company}.\n\nTalent Team\n"),
    (NOT, APP, "group-bcc-twin", "person", "{role} - to all applicants",
     "Dear applicant,\n\nThank you for applying for {role} at {company}. More than 300 people applied, and shortlisting runs to the end of the month. Everyone will get an email once it is done, whether or not they are invited to interview.\n\n{company} HR\n"),
    (NOT, OFFER, "school-appointed", "person", "Teaching post - outcome",
     "Dear {name},\n\nThanks for teaching the Year 4 lesson and meeting the governors on {day}.\n\nThe panel were grateful for the care you had taken with the lesson plan, and the governors have asked me to offer you the post, starting in September, subject to the usual checks.\n\nYours sincerely,\n\n{signer_full}\nHeadteacher\nSt Ninian's Primary School\n"),
]

# ---------------------------------------------------------------- other languages
# (label, kind, lang, template, sender, subject, body)
FOREIGN = [
    # German
    (R, R, "de", "formal", "person", "Ihre Bewerbung als {role}",
     "Guten Tag {cand},\n\ndanke, dass Sie zweimal zu uns nach Bremen gekommen sind.\n\nDie Wahl ist auf eine Kandidatin gefallen, die seit Jahren Zollabwicklung macht - genau das, was uns im Moment am meisten fehlt.\n\nBeruflich weiterhin viel Erfolg!\n\nMit freundlichen Grüßen\n{signer_full}\nPersonalabteilung, {company}\n"),
    (R, R, "de", "thread", "person", "AW: Gespräch am Dienstag",
     "Hallo {name},\n\nkurze Rückmeldung nach unserem Termin: Das Team hat sich für jemanden entschieden, der schon zwei Jahre mit SAP EWM arbeitet. Ich hätte dich gern im Team gehabt, ehrlich.\n\nViele Grüße\n{signer}\n\nVon: {cand} <{cand_email}>\nGesendet: Montag, 9. März 2026 08:14\nAn: {signer_full}\nBetreff: Gespräch am Dienstag\n\nHallo {signer}, gibt es schon Neuigkeiten? Danke und Gruß, {name}\n"),
    (R, R, "de", "portal", "ats", "Statusänderung Ihrer Bewerbung - Kennziffer {ref}",
     "Guten Tag,\n\ndie Stelle {role} (Kennziffer {ref}) ist inzwischen besetzt. Ihre Bewerbung wird deshalb nicht weiter berücksichtigt.\n\nIhre Daten werden nach einem halben Jahr automatisch entfernt.\n\nDies ist eine automatisch erzeugte Nachricht.\n"),
    (R, R, "de", "ausbildung", "person", "Ausbildung 2026 bei {company}",
     "Hallo {name},\n\ndanke für deine Bewerbung um einen Ausbildungsplatz als Industriekauffrau/-mann und für den Einstellungstest im Februar.\n\nFür das Ausbildungsjahr 2026 sind alle Plätze vergeben, und wir können dir leider keine Zusage geben.\n\nNächstes Jahr gern wieder!\n\nDein Ausbildungsteam\n{company}\n"),
    (R, R, "de", "zurueckgezogen", "ats", "Ausschreibung {ref} - Einstellung des Verfahrens",
     "Sehr geehrte/r {cand},\n\nwir teilen Ihnen mit, dass die Ausschreibung {ref} ({role}) aus organisatorischen Gründen zurückgezogen wurde. Das Auswahlverfahren wird nicht fortgesetzt; eine Besetzung findet nicht statt.\n\nMit freundlichen Grüßen\nMagistrat der Stadt, Personalreferat\n"),
    # French
    (R, R, "fr", "note", "person", "Suite à nos échanges",
     "Bonjour {name},\n\nMerci pour le temps passé avec l'équipe mardi. Nous avons retenu une autre candidature pour le poste de {role}, dont le parcours correspond davantage aux besoins immédiats de l'équipe.\n\nJe vous souhaite une très belle continuation.\n\nBien à vous,\n{signer}\n"),
    (R, R, "fr", "formel", "person", "Votre candidature - {role}",
     "Madame, Monsieur,\n\nÀ l'issue de l'entretien final, le comité a fait le choix d'un autre profil. Nous ne donnerons donc pas suite à votre candidature pour le poste de {role}.\n\nNous conservons vos coordonnées, avec votre accord, pour de prochaines opportunités.\n\nCordialement,\n{signer_full}\nResponsable recrutement\n"),
    (R, R, "fr", "stage", "ats", "Votre candidature de stage",
     "Bonjour {name},\n\nVotre candidature au stage de fin d'études (septembre 2026) n'a pas pu aboutir : toutes les places de la promotion sont désormais attribuées.\n\nMerci d'avoir pensé à {company}.\n\nL'équipe Relations Écoles\n"),
    (R, R, "fr", "canada", "ats", "Processus de sélection {ref}",
     "Bonjour {cand},\n\nNous vous remercions de votre intérêt pour le processus {ref}. Après examen, vous n'avez pas été retenu(e) à l'étape de la présélection : votre candidature ne démontre pas clairement le critère de mérite essentiel portant sur l'expérience en gestion de projets.\n\nVous pouvez demander une discussion informelle dans les cinq jours ouvrables.\n\nRessources humaines\n"),
    (R, R, "fr", "cabinet", "agency", "Retour client",
     "Bonjour {name},\n\nPetit retour de mon client : ils ont préféré avancer avec une personne déjà en poste chez un concurrent. Dommage, j'y croyais !\n\nPar contre, j'ai une mission de six mois à Lyon qui pourrait vous plaire. On s'appelle demain ?\n\n{signer}\n{agency}\n"),
    # Spanish
    (R, R, "es", "formal", "person", "Proceso de selección - {role}",
     "Estimado/a {cand}:\n\nGracias por las tres entrevistas. Al final el proceso sigue con otras personas, con más recorrido en distribución farmacéutica, que es lo que más pesa ahora mismo.\n\nUn cordial saludo,\n{signer_full}\nDepartamento de Personas\n"),
    (R, R, "es", "mexico", "person", "Re: Entrevista del jueves",
     "Qué tal {name},\n\nPaso a contarte que el equipo se decidió por otra persona para la vacante. Me gustó mucho platicar contigo y te deseo lo mejor.\n\nSaludos,\n{signer}\n\nEl mar, 3 feb 2026 a las 10:02, {cand} escribió:\n> Hola {signer}, ¿hay alguna novedad? Gracias.\n"),
    (R, R, "es", "ats", "ats", "Estado de tu candidatura",
     "Hola {name}:\n\nEl estado de tu candidatura a {role} ha cambiado a: Descartada.\n\nGracias por tu interés en {company}.\n\nEste correo se ha generado automáticamente.\n"),
    (R, R, "es", "practicas", "ats", "Programa de prácticas 2026",
     "Hola {name}:\n\nGracias por presentarte al programa de prácticas. Las plazas ya están asignadas y tu nombre no está entre los elegidos esta vez.\n\nTe animamos a volver a intentarlo en la próxima convocatoria.\n\nEquipo de Talento Joven\n"),
    (R, R, "es", "argentina", "person", "Búsqueda {role}",
     "Hola {name}, ¿cómo andás?\n\nTe cuento que la búsqueda quedó cerrada: la posición se cubrió con alguien de adentro de la empresa. Te agradezco muchísimo el tiempo.\n\nAbrazo,\n{signer}\n"),
    # Dutch
    (R, R, "nl", "formeel", "person", "Uw sollicitatie - {role}",
     "Beste {cand},\n\nDank voor het tweede gesprek van dinsdag. De keuze is gevallen op iemand die al jaren in de zorglogistiek werkt.\n\nHet ga je goed.\n\nMet vriendelijke groet,\n{signer_full}\n"),
    (R, R, "nl", "thread", "person", "Re: Vervolg",
     "Hoi {name},\n\nWe gaan verder met iemand anders, excuus voor de stilte. Je casus was echt sterk.\n\nGroet,\n{signer}\n\nOp wo 11 mrt 2026 om 09:40 schreef {cand}:\n> Hoi {signer}, weet je al iets over de functie?\n"),
    (R, R, "nl", "gemeente", "ats", "Vacature {ref} ingetrokken",
     "Geachte heer/mevrouw,\n\nDe vacature {role} ({ref}) is ingetrokken na een herziening van de formatie. De procedure wordt beëindigd en uw sollicitatie wordt niet verder in behandeling genomen.\n\nMet vriendelijke groet,\nTeam Werving, Gemeente\n"),
    (R, R, "nl", "stage", "person", "Stageplek najaar",
     "Hoi {name},\n\nBedankt voor je sollicitatie. De stageplek voor dit najaar is vergeven aan een student die al bij ons heeft gewerkt als bijbaan. Succes met zoeken!\n\n{signer}\n"),
    # Italian
    (R, R, "it", "formale", "person", "Candidatura {role}",
     "Gentile {cand},\n\ngrazie per i due colloqui. Il team ha preferito una persona con più anni nel settore alimentare, e la selezione si chiude qui per lei.\n\nCordiali saluti,\n{signer_full}\nRisorse Umane\n"),
    (R, R, "it", "interno", "ats", "Aggiornamento sulla tua candidatura",
     "Ciao {name},\n\nla posizione di {role} è stata coperta internamente, quindi la selezione esterna è chiusa.\n\nGrazie per l'interesse verso {company}.\n"),
    (R, R, "it", "informale", "person", "Re: colloquio",
     "Ciao {name},\n\nalla fine abbiamo preso un'altra persona, che aveva già lavorato in una cucina di quelle dimensioni. Mi spiace, sei stato/a bravissimo/a nella prova.\n\nUn saluto,\n{signer}\n"),
    (R, R, "it", "tirocinio", "ats", "Tirocinio curriculare 2026",
     "Gentile {name},\n\nla informiamo che la sua candidatura per il tirocinio non è stata selezionata. I posti disponibili sono stati assegnati.\n\nUfficio Stage\n"),
    # Portuguese
    (R, R, "pt", "brasil", "person", "Processo seletivo - {role}",
     "Olá {name}, tudo bem?\n\nObrigado por ter passado por todas as etapas. A vaga ficou com outra pessoa, que já trabalha com varejo há anos.\n\nDesejamos sucesso na sua jornada!\n\nAbraços,\n{signer}\n"),
    (R, R, "pt", "portugal", "ats", "Candidatura {ref}",
     "Caro/a {cand},\n\nInformamos que a vaga de {role} já foi preenchida. Por isso, a sua candidatura fica encerrada.\n\nCumprimentos,\nRecursos Humanos\n"),
    (R, R, "pt", "estagio", "ats", "Programa de estágio",
     "Oi {name}!\n\nObrigado por se inscrever no nosso programa de estágio. Nesta edição seu nome não avançou para a próxima fase.\n\nFique de olho nas nossas redes!\n\nTime de Atração\n"),
    (R, R, "pt", "status", "ats", "Atualização da candidatura",
     "Olá {name},\n\nStatus da sua candidatura para {role}: Encerrada - a empresa seguiu com outros perfis.\n\nEsta é uma mensagem automática.\n"),
    # Polish
    (R, R, "pl", "formal", "person", "Rekrutacja - {role}",
     "Dzień dobry,\n\ndziękuję za obie rozmowy. Ostatecznie stanowisko obejmie inna osoba, z dłuższym stażem w księgowości.\n\nPozdrawiam serdecznie,\n{signer_full}\n"),
    (R, R, "pl", "wstrzymana", "ats", "Proces rekrutacyjny {ref}",
     "Szanowni Państwo,\n\nrekrutacja na stanowisko {role} została wstrzymana i nie będziemy jej kontynuować. Dziękujemy za przesłane zgłoszenie.\n\nDział HR\n"),
    (R, R, "pl", "staz", "person", "Staż letni",
     "Cześć {name},\n\ndzięki za rozmowę. Tym razem nie mamy dla Ciebie miejsca na stażu - wybraliśmy osoby z trzeciego roku. Powodzenia!\n\n{signer}\n"),
    # Swedish
    (R, R, "sv", "formell", "person", "Din ansökan - {role}",
     "Hej {name},\n\nTack för båda samtalen. Vi har landat i en annan kandidat, som redan har jobbat med liknande system.\n\nLycka till framöver!\n\nVänliga hälsningar,\n{signer_full}\n"),
    (R, R, "sv", "tillsatt", "ats", "Tjänsten är tillsatt",
     "Hej,\n\nNu har vi anställt någon som {role}. Tack för att du sökte hos {company}.\n\nDetta mejl går inte att svara på.\n"),
    (R, R, "sv", "informell", "person", "Sv: Provdag",
     "Hej {name}! Vi tog in en annan person till tjänsten till slut, någon som redan bor i stan. Tack för provdagen, det var kul att ha dig här.\n\n/{signer}\n"),
    # Danish
    (R, R, "da", "formel", "person", "Vedr. din ansøgning",
     "Kære {name},\n\nTak for samtalen i torsdags. Stillingen som {role} er gået til en anden, så din ansøgning stopper her.\n\nVenlig hilsen\n{signer_full}\n"),
    (R, R, "da", "besat", "ats", "Stillingen er besat",
     "Hej {name},\n\nVi har nu ansat en person i jobbet. Tak fordi du søgte.\n\nHR, {company}\n"),
    (R, R, "da", "praktik", "person", "Praktikplads",
     "Hej {name},\n\nDer kom over hundrede ansøgninger til praktikpladsen, og pladsen fik en anden studerende. Tak fordi du søgte!\n\n{signer}\n"),
    # Norwegian
    (R, R, "no", "formell", "person", "Søknad - {role}",
     "Hei {name},\n\nTakk for praten på tirsdag. Jobben gikk til en annen kandidat denne gangen.\n\nMed vennlig hilsen\n{signer_full}\n"),
    (R, R, "no", "trukket", "ats", "Stillingen er trukket tilbake",
     "Hei,\n\nStillingen som {role} er trukket tilbake, og rekrutteringen avsluttes. Søknaden din blir derfor ikke behandlet videre.\n\nHilsen HR\n"),
    (R, R, "no", "sommerjobb", "person", "Sommerjobb",
     "Hei {name}! Sommerjobbene er fordelt nå, og du fikk dessverre ikke plass i år. Søk gjerne igjen til neste sommer.\n\n{signer}\n"),
    # Finnish
    (R, R, "fi", "virallinen", "person", "Hakemuksesi - {role}",
     "Hei {name},\n\nKiitos keskustelusta. Tehtävään valittiin toinen henkilö, jolla on pidempi kokemus varastojärjestelmistä.\n\nYstävällisin terveisin\n{signer_full}\n"),
    (R, R, "fi", "keskeytetty", "ats", "Rekrytointi keskeytetty",
     "Hei,\n\nTehtävän {role} rekrytointi on lopetettu, ja paikka jää nyt täyttämättä. Kiitos hakemuksestasi.\n\nHenkilöstöpalvelut\n"),
    (R, R, "fi", "kesatyo", "person", "Kesätyö",
     "Moi {name}! Kesätyöpaikat on nyt täytetty, etkä valitettavasti tullut valituksi tänä vuonna. Kiitos kun hait!\n\n{signer}\n"),
    # Czech
    (R, R, "cs", "formalni", "person", "Výběrové řízení - {role}",
     "Dobrý den,\n\nděkujeme za obě kola pohovorů. Místo nakonec dostal jiný uchazeč, který má za sebou delší praxi ve výrobě.\n\nS pozdravem\n{signer_full}\n"),
    (R, R, "cs", "obsazeno", "ats", "Pozice {role}",
     "Dobrý den,\n\npozice {role} byla obsazena. Děkujeme za Váš zájem o práci v naší společnosti.\n\nPersonální oddělení\n"),
    (R, R, "cs", "staz", "person", "Stáž",
     "Ahoj {name},\n\nna stáž jsme nakonec vybrali někoho jiného. Díky za pohovor a drž se!\n\n{signer}\n"),
    # Turkish
    (R, R, "tr", "resmi", "person", "{role} başvurunuz",
     "Merhaba {name},\n\nİki görüşmeye de katıldığınız için teşekkürler. Bu rolde sektör deneyimi daha uzun olan bir adayı tercih ettik.\n\nSize kariyerinizde başarılar dileriz.\n\nSaygılarımızla,\n{signer_full}\n"),
    (R, R, "tr", "donduruldu", "ats", "Başvuru durumu",
     "Merhaba,\n\n{role} pozisyonu için işe alım süreci durdurulmuştur. Bu nedenle başvurunuz değerlendirmeye alınmayacaktır.\n\nİnsan Kaynakları\n"),
    (R, R, "tr", "staj", "person", "Staj programı",
     "Merhaba {name},\n\nYaz staj programımız için seçim süreci tamamlandı. Bu yıl seni programa dahil edemiyoruz; kontenjan doldu.\n\nİyi şanslar,\n{signer}\n"),
    # Japanese
    (R, R, "ja", "seishiki", "person", "選考結果のご連絡（{role}）",
     "{cand} 様\n\nこの度は弊社の{role}職にご応募いただき、誠にありがとうございました。\n\n社内で慎重に検討いたしました結果、今回は別の方を採用させていただくことになりました。\n\n末筆ながら、{name}様の今後のご活躍を心よりお祈り申し上げます。\n\n{company} 人事部\n"),
    (R, R, "ja", "kekka", "ats", "【{company}】選考結果について",
     "{cand} 様\n\n先日は最終面接にお越しいただきありがとうございました。\n\n誠に恐縮ながら、今回は採用を見送らせていただくこととなりました。\n\n採用担当\n"),
    (R, R, "ja", "intern", "ats", "サマーインターンシップ選考結果",
     "{cand} 様\n\nサマーインターンシップへのご応募ありがとうございました。厳正な選考の結果、今回はご参加いただく枠をご用意することができませんでした。\n\n新卒採用チーム\n"),
    # Chinese
    (R, R, "zh", "zhengshi", "person", "关于{role}职位的面试结果",
     "{cand}您好，\n\n感谢您参加我们的面试。经过慎重考虑，我们决定与另一位候选人继续推进该职位。\n\n祝您求职顺利！\n\n{company} 人力资源部\n"),
    (R, R, "zh", "zhaoman", "ats", "职位状态更新",
     "您好，\n\n您申请的{role}职位已招满，您的简历将不再进入后续流程。感谢您的关注。\n\n此邮件为系统自动发送，请勿回复。\n"),
    (R, R, "zh", "shixi", "person", "实习申请结果",
     "{name}同学你好，\n\n谢谢你申请我们的暑期实习。很遗憾，这次没有安排你进入下一轮。欢迎明年再来申请！\n\n校园招聘组\n"),
    # Hungarian
    (R, R, "hu", "hivatalos", "person", "Pályázata - {role}",
     "Kedves {name}!\n\nKöszönjük a két beszélgetést. Végül olyan jelöltet választottunk, aki már vezetett hasonló csapatot.\n\nMinden jót!\n\nÜdvözlettel:\n{signer_full}\n"),
    (R, R, "hu", "belso", "ats", "Értesítés a pozícióról",
     "Tisztelt Pályázó!\n\nA {role} pozíciót belső jelölttel töltöttük be, ezért a kiválasztási folyamatot lezártuk.\n\nHR osztály\n"),
    (R, R, "hu", "gyakornok", "person", "Gyakornoki program",
     "Szia {name}!\n\nKöszi a jelentkezést a gyakornoki programra. Most sajnos nem tudunk helyet adni neked, a csapat betelt.\n\n{signer}\n"),
    # Romanian
    (R, R, "ro", "formal", "person", "Candidatura pentru {role}",
     "Bună ziua, {name},\n\nMulțumim pentru cele două discuții. Postul va fi ocupat de o altă persoană, cu mai multă experiență în logistică.\n\nCu stimă,\n{signer_full}\n"),
    (R, R, "ro", "ocupat", "ats", "Actualizare candidatură",
     "Bună ziua,\n\nPostul de {role} a fost ocupat. Vă mulțumim pentru interesul arătat companiei noastre.\n\nDepartamentul HR\n"),
    (R, R, "ro", "internship", "person", "Programul de internship",
     "Salut {name},\n\nMulțumim că ai aplicat la internship. Locurile s-au ocupat, iar tu nu treci mai departe de data aceasta.\n\nMult succes,\n{signer}\n"),
    # twins in other languages (not rejections)
    (NOT, INT, "de", "einladung", "person", "AW: Gespräch am Dienstag",
     "Hallo {name},\n\nkurze Rückmeldung nach unserem Termin: Das Team möchte dich gern ein zweites Mal sehen, diesmal mit der Bereichsleitung. Geht bei dir Donnerstagvormittag?\n\nViele Grüße\n{signer}\n"),
    (NOT, APP, "de", "eingang", "ats", "Eingangsbestätigung - Kennziffer {ref}",
     "Guten Tag,\n\nIhre Unterlagen für die Stelle {role} (Kennziffer {ref}) sind angekommen. Sobald die Frist abgelaufen ist, hören Sie von uns.\n\nDies ist eine automatisch erzeugte Nachricht.\n"),
    (NOT, INT, "fr", "entretien", "person", "Suite à nos échanges",
     "Bonjour {name},\n\nMerci pour le temps passé avec l'équipe mardi. Nous aimerions vous proposer un second entretien avec la directrice des opérations, mardi ou mercredi prochain.\n\nBien à vous,\n{signer}\n"),
    (NOT, OFFER, "es", "oferta", "person", "Proceso de selección - {role}",
     "Estimado/a {cand}:\n\nGracias por las tres entrevistas. Nos complace ofrecerle el puesto de {role}; le enviaremos la propuesta por escrito esta semana.\n\nUn cordial saludo,\n{signer_full}\n"),
    (NOT, OTHER, "nl", "status", "person", "Re: Vervolg",
     "Hoi {name},\n\nNog geen besluit, sorry - de manager is een week op vakantie. Ik laat het je uiterlijk vrijdag de 20e weten.\n\nGroet,\n{signer}\n"),
    (NOT, NEXT, "it", "test", "ats", "Aggiornamento sulla tua candidatura",
     "Ciao {name},\n\nil prossimo passo è un test online di 45 minuti. Il link resta attivo per cinque giorni.\n\nGrazie per l'interesse verso {company}.\n"),
    (NOT, INT, "pt", "entrevista", "person", "Processo seletivo - {role}",
     "Olá {name}, tudo bem?\n\nObrigado por ter passado pela primeira etapa. Queremos marcar uma conversa com a gestora da área na próxima semana. Qual horário funciona para você?\n\nAbraços,\n{signer}\n"),
    (NOT, APP, "pl", "potwierdzenie", "ats", "Potwierdzenie aplikacji",
     "Dzień dobry,\n\nTwoje zgłoszenie na stanowisko {role} dotarło do nas. Odezwiemy się w ciągu dwóch tygodni.\n\nDział HR\n"),
    (NOT, INT, "sv", "intervju", "person", "Din ansökan - {role}",
     "Hej {name},\n\nTack för din ansökan. Vi skulle vilja ses på en intervju nästa vecka - funkar tisdag efter lunch?\n\nVänliga hälsningar,\n{signer_full}\n"),
    (NOT, OFFER, "da", "tilbud", "person", "Vedr. din ansøgning",
     "Kære {name},\n\nTak for samtalen. Vi vil rigtig gerne have dig som {role}. Kontrakten kommer i løbet af ugen.\n\nVenlig hilsen\n{signer_full}\n"),
    (NOT, OTHER, "no", "status", "ats", "Søknaden din er under behandling",
     "Hei,\n\nSøknaden din på stillingen som {role} er under behandling. Vi tar kontakt når intervjuene er planlagt.\n\nHilsen HR\n"),
    (NOT, NEXT, "fi", "jatko", "person", "Hakemuksesi - {role}",
     "Hei {name},\n\nKiitos keskustelusta. Seuraavaksi pyytäisimme sinulta kahden suosittelijan yhteystiedot perjantaihin mennessä.\n\nYstävällisin terveisin\n{signer_full}\n"),
    (NOT, INT, "cs", "pohovor", "person", "Výběrové řízení - {role}",
     "Dobrý den,\n\nděkujeme za Váš životopis. Mohl/a byste přijít na osobní schůzku příští středu v deset?\n\nS pozdravem\n{signer_full}\n"),
    (NOT, APP, "tr", "alindi", "ats", "Başvurunuz alındı",
     "Merhaba,\n\n{role} pozisyonu için başvurunuz bize ulaştı. İki hafta içinde size dönüş yapacağız.\n\nİnsan Kaynakları\n"),
    (NOT, INT, "ja", "mensetsu", "person", "選考結果のご連絡（{role}）",
     "{cand} 様\n\nこの度は弊社の{role}職にご応募いただき、誠にありがとうございました。\n\n書類選考の結果、ぜひ一次面接にお越しいただきたく存じます。ご都合のよい日時を三つほどお知らせください。\n\n{company} 人事部\n"),
    (NOT, OFFER, "zh", "luyong", "person", "关于{role}职位的面试结果",
     "{cand}您好，\n\n感谢您参加我们的面试。我们很高兴通知您，您已通过全部面试，正式录用通知书将在三个工作日内发出。\n\n{company} 人力资源部\n"),
    (NOT, OTHER, "hu", "folyamatban", "person", "Pályázata - {role}",
     "Kedves {name}!\n\nKöszönjük a türelmét. A döntés még nem született meg, jövő héten jelentkezünk.\n\nÜdvözlettel:\n{signer_full}\n"),
    (NOT, NEXT, "ro", "test", "ats", "Actualizare candidatură",
     "Bună ziua,\n\nVă invităm să completați testul online pentru postul de {role} în următoarele cinci zile.\n\nDepartamentul HR\n"),
]


# ---------------------------------------------------------------- building the records
SENDERS = {"person": sender_person, "ats": sender_ats, "agency": sender_agency}


def record(rng: random.Random, *, label: str, kind: str, family: str, subj: str, body: str, sender: str,
           s: dict[str, str], d: datetime) -> dict[str, str]:
    return {"id": "", "subject": fill(subj, s), "body": fill(body, s), "sender": sender, "label": label,
            "kind": kind, "family": f"blindw16-{family}", "provenance": PROV,
            "to": f"{s['cand']} <{s['cand_email']}>", "date": format_datetime(d)}


def from_sentence(rng: random.Random, *, label: str, kind: str, template: str, voice: str, text: str, turn: int) -> dict[str, str]:
    frames = FRAMES[voice]
    name, frame = frames[turn % len(frames)]
    s, d = slots(rng), mail_date(rng)
    subj, body, sender = frame(text, s, rng, d)
    return record(rng, label=label, kind=kind, family=f"{template}-{name}", subj=subj, body=body, sender=fill(sender, s), s=s, d=d)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for byte-identical output, not security
    rows: list[dict[str, str]] = []
    turns: Counter[str] = Counter()
    for i, (voice, text) in enumerate(REJ):
        copies = 2 if i % 4 == 1 else 1
        for _ in range(copies):
            rows.append(from_sentence(rng, label=R, kind=R, template=f"dec{i:03d}", voice=voice, text=text, turn=turns[voice]))
            turns[voice] += 1
    twin_turns: Counter[str] = Counter()
    for i, (voice, kind, text) in enumerate(TWINS):
        copies = 3 if i % 8 == 3 else 2
        for _ in range(copies):
            rows.append(from_sentence(rng, label=NOT, kind=kind, template=f"twin{i:03d}", voice=voice, text=text, turn=twin_turns[voice]))
            twin_turns[voice] += 1
    for label, kind, template, who, subj, body in LETTERS:
        s, d = slots(rng), mail_date(rng)
        rows.append(record(rng, label=label, kind=kind, family=f"{template}-letter", subj=subj, body=body, sender=fill(SENDERS[who](s), s), s=s, d=d))
    for label, kind, lang, template, who, subj, body in FOREIGN:
        s, d = slots(rng), mail_date(rng)
        rows.append(record(rng, label=label, kind=kind, family=f"{lang}_{template}-{lang}", subj=subj, body=body, sender=fill(SENDERS[who](s), s), s=s, d=d))
    rows.sort(key=lambda r: (r["label"] != R, r["family"], r["date"]))
    n = Counter[str]()
    for row in rows:
        prefix = "rej" if row["label"] == R else "not"
        n[prefix] += 1
        row["id"] = f"written16:{prefix}-{n[prefix]:03d}"
    return rows


# ================================================================ shingle check
READ = ["blind-slice.jsonl"] + [f"blind-slice-{k}.jsonl" for k in range(2, 13)] + \
    ["written-13.jsonl", "written-14.jsonl", "written-15.jsonl"]


def shingles(text: str, size: int = 6) -> set[str]:
    words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def others() -> set[str]:
    seen: set[str] = set()
    paths = sorted(HERE.parent.glob("*.jsonl")) + [HERE / name for name in READ]
    for path in paths:
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        seen |= shingles(json.loads(line).get("body", ""))
    return seen


def check(rows: list[dict[str, str]]) -> None:
    other = others()
    bodies: Counter[str] = Counter()
    shared_all: Counter[str] = Counter()
    for row in rows:
        shared = shingles(row["body"]) & other
        if shared:
            bodies[row["label"]] += 1
            shared_all.update(shared)
    total = sum(bodies.values())
    print(f"{total} of {len(rows)} bodies share a shingle ({bodies[R]} rejections, "
          f"{bodies[NOT]} others); {len(shared_all)} distinct shared shingles")
    for sh, count in shared_all.most_common():
        print(f"  {count:3d}  {sh}")


def main(argv: list[str]) -> int:
    rows = build()
    bodies = [r["body"] for r in rows]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("duplicate body")
    if "--check" in argv:
        check(rows)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by = Counter((r["label"], r["kind"]) for r in rows)
    print(f"wrote {len(rows)} records to {OUT.name}: " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(by.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
