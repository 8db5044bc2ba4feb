"""Write blind slice 5 for issue 11: mail the model has never seen, sealed before the fifth pass.

Stdlib only and seeded, so two runs write byte-identical ``blind-slice-5.jsonl``. Every name,
company and sentence here was written for this slice. ``--check`` compares 6-word shingles
with ``data/*.jsonl`` and the earlier slices, reading those files only as shingle sets and
printing this slice's side of any overlap.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SEED = 51130
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-5.jsonl"
PROVENANCE = "written for rejectwatch issue 11 blind slice 5 (make_blind5.py); never trained on"

CANDIDATES = [
    ("Priya", "Raghunathan", "gmail.com"),
    ("Oluwaseun", "Adeyemi", "outlook.com"),
    ("Hannah", "Whitcombe", "yahoo.co.uk"),
    ("Mateo", "Ferreira", "proton.me"),
    ("Siobhan", "Kearney", "gmail.com"),
    ("Daniel", "Okafor", "hotmail.com"),
    ("Mei Lin", "Tan", "gmail.com"),
    ("Rahul", "Deshpande", "rediffmail.com"),
    ("Jonas", "Albrecht", "gmx.de"),
    ("Fatima", "Benali", "outlook.fr"),
    ("Connor", "McAllister", "icloud.com"),
    ("Ingrid", "Solberg", "proton.me"),
    ("Kwame", "Mensah", "gmail.com"),
    ("Lucia", "Navarro", "hotmail.es"),
    ("Tom", "Ashdown", "btinternet.com"),
    ("Ayesha", "Siddiqui", "gmail.com"),
    ("Kenji", "Watanabe", "outlook.com"),
    ("Bethany", "Cole", "icloud.com"),
    ("Arjun", "Nair", "yahoo.in"),
    ("Marta", "Kowalczyk", "wp.pl"),
    ("Finn", "de Groot", "ziggo.nl"),
    ("Grace", "Oyelaran", "gmail.com"),
    ("Liam", "Thistlewood", "bigpond.com"),
    ("Sofia", "Marchetti", "libero.it"),
]

COMPANIES = [
    ("Bramblewick Analytics", "bramblewick.io"),
    ("Harrowgate Freight", "harrowgatefreight.co.uk"),
    ("Tidewell Health", "tidewellhealth.com"),
    ("Copperline Systems", "copperline.dev"),
    ("Osprey & Vale", "ospreyvale.com"),
    ("Kestrel Ridge Energy", "kestrelridge-energy.com"),
    ("Lumenfold", "lumenfold.ai"),
    ("Marrowby Foods", "marrowbyfoods.com"),
    ("Nettlefield Insurance", "nettlefield.co.uk"),
    ("Pallister Robotics", "pallisterrobotics.com"),
    ("Quenby Publishing", "quenby.co.uk"),
    ("Saltmarsh Games", "saltmarshgames.com"),
    ("Thornbury Capital", "thornburycap.com"),
    ("Umberlight Media", "umberlight.tv"),
    ("Wrenfield Bank", "wrenfieldbank.com.au"),
    ("Yarrowtech Solutions", "yarrowtech.in"),
    ("Zephyrine Logistics", "zephyrine.nl"),
    ("Ashgrove Learning", "ashgrovelearning.org"),
    ("Bellcourt Retail", "bellcourt.com"),
    ("Cindermoor Labs", "cindermoor.com"),
    ("Fernhollow Pharma", "fernhollowpharma.com"),
    ("Glasswing Travel", "glasswing.travel"),
]

STAFF = [
    ("Aisling", "Brennan", "Talent Partner"),
    ("Marcus", "Delacroix", "Engineering Manager"),
    ("Nadia", "Hussain", "Senior Recruiter"),
    ("Gareth", "Pryce", "Head of Operations"),
    ("Yuki", "Morimoto", "People Operations Lead"),
    ("Deepa", "Iyer", "HR Executive"),
    ("Rosalind", "Fairweather", "Recruitment Adviser"),
    ("Chidi", "Nwosu", "Hiring Manager, Data"),
    ("Brent", "Halvorsen", "Technical Recruiter"),
    ("Céline", "Marchand", "Chargée de recrutement"),
    ("Wiebke", "Hartmann", "Recruiting"),
    ("Shane", "O'Rourke", "Director of Product"),
    ("Tamsin", "Greaves", "Resourcing Coordinator"),
    ("Vikram", "Bhatt", "Lead - Talent Acquisition"),
    ("Lorna", "McTavish", "Practice Manager"),
    ("Ellis", "Kavanagh", "Design Lead"),
]

ROLES = [
    "Data Analyst", "Senior Backend Engineer", "Product Designer", "Marketing Coordinator",
    "Financial Analyst", "Customer Success Manager", "Operations Associate",
    "Clinical Research Associate", "DevOps Engineer", "Content Strategist",
    "HR Business Partner", "Junior Solicitor", "Supply Chain Planner", "QA Engineer",
    "Account Executive", "Business Analyst", "UX Researcher", "Project Coordinator",
    "Machine Learning Engineer", "Graphic Designer", "Payroll Officer", "Site Reliability Engineer",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TZS = [0, 0, 60, -300, -480, 330, 600, 120, 60, -240]
Row = tuple[str, str, str]  # sender, subject, body templates


class Maker:
    """Holds the seeded generator and the records written so far."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - a fixed seed for byte-identical output
        self.records: list[dict[str, str]] = []
        self.numbers: Counter[str] = Counter()

    def ctx(self) -> dict[str, str]:
        rng = self.rng
        first, last, mail = rng.choice(CANDIDATES)
        co, dom = rng.choice(COMPANIES)
        me_first, me_last, title = rng.choice(STAFF)
        role, alt_role = rng.sample(ROLES, 2)
        offset = rng.choice(TZS)
        tz = timezone(timedelta(minutes=offset))
        start = datetime(2025, 3, 3, 7, 0, tzinfo=tz)
        when = start + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 11 * 60))
        before = when - timedelta(days=rng.randint(2, 9), minutes=rng.randint(0, 300))
        deadline = when + timedelta(days=rng.randint(3, 10))
        while deadline.weekday() >= 5:
            deadline += timedelta(days=1)
        addr_first = first.lower().replace(" ", "")
        addr_last = last.lower().replace(" ", "").replace("'", "")
        addr_me_last = me_last.lower().replace("'", "")
        slug = re.sub(r"[^a-z]", "", co.lower())[:14]
        c = {
            "cand": first,
            "cand_last": last,
            "cand_full": f"{first} {last}",
            "cand_addr": f"{addr_first}.{addr_last}@{mail}",
            "co": co,
            "CO": co.upper(),
            "dom": dom,
            "slug": slug,
            "role": role,
            "alt_role": alt_role,
            "me": me_first,
            "me_full": f"{me_first} {me_last}",
            "me_low": me_first.lower().replace("é", "e"),
            "me_addr": f"{me_first.lower().replace('é', 'e')}.{addr_me_last}@{dom}",
            "me_title": title,
            "ref": f"{rng.choice(['R', 'REQ', 'JR', 'VAC'])}-{rng.randint(10000, 99999)}",
            "req": f"{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}",
            "ann": "-".join([
                rng.choice(["DE", "MP", "ST", "CA"]),
                str(rng.randint(12, 26)),
                str(rng.randint(100000, 999999)),
            ]),
            "day": rng.choice(WEEKDAYS),
            "date": format_datetime(when),
            "deadline": f"{deadline:%A} {deadline.day} {deadline:%B}",
            "deadline_us": deadline.strftime("%B %d, %Y").replace(" 0", " "),
            "weeks": rng.choice(["three", "four", "six"]),
            "year": str(when.year + (1 if when.month > 8 else 0)),
            "n_apps": str(rng.choice([340, 612, 1180, 2400, 4150])),
        }
        c["gmail_on"] = _gmail_on(before, c["cand_full"], c["cand_addr"], rng.random() < 0.5)
        c["outlook_sent"] = _outlook_sent(before)
        return c

    def add(self, template: str, variant: int, kind: str, c: dict[str, str], row: Row) -> None:
        sender, subject, body = row
        label = "rejection" if kind == "rejection" else "not_rejection"
        self.numbers[template] += 1
        self.records.append({
            "id": f"blind5:{template}-{self.numbers[template]:03d}",
            "subject": subject.format_map(c),
            "body": body.format_map(c).strip("\n"),
            "sender": sender.format_map(c),
            "label": label,
            "kind": kind,
            "family": f"blind5-{template}-{variant}",
            "provenance": PROVENANCE,
            "to": "{cand_full} <{cand_addr}>".format_map(c),
            "date": c["date"],
        })

    def run(
        self,
        template: str,
        kind: str,
        variants: list[Row],
        count: int,
        extra: dict[str, list[str]] | None = None,
    ) -> None:
        """Write ``count`` records cycling through ``variants`` (sender, subject, body)."""
        for i in range(count):
            variant = i % len(variants)
            c = self.ctx()
            for key, options in (extra or {}).items():
                c[key] = self.rng.choice(options).format_map(c)
            self.add(template, variant, kind, c, variants[variant])


def _gmail_on(when: datetime, name: str, addr: str, american: bool) -> str:
    if american:
        stamp = when.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")
    else:
        stamp = when.strftime("%a, %d %b %Y at %H:%M,").replace(", 0", ", ")
    return f"On {stamp} {name} <{addr}> wrote:"


def _outlook_sent(when: datetime) -> str:
    return when.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")


def quoted(lines: str) -> str:
    return "\n".join("> " + line if line else ">" for line in lines.split("\n"))


PERSON = "{me_full} <{me_addr}>"
CAREERS = "{co} Careers <careers@{dom}>"
NOREPLY = "no-reply@{dom}"
TALENT = "{co} Talent Acquisition <talent@{dom}>"


CAND_NOTES = [
    "Hi {me},\n\nThanks a lot for meeting me on {day}. It was great to hear how\n"
    "the team is rebuilding the reporting stack, and it made me even keener on the {role} role.\n"
    "Please let me know if there's anything else you need from me.\n\nBest wishes,\n{cand}",
    "Dear {me},\n\nJust a short note to say thanks for the conversation yesterday, and to the\n"
    "panel too. I've attached the sample I mentioned. Looking forward to hearing from you.\n\n"
    "Kind regards,\n{cand_full}",
    "Hello {me}, hope all's well. Is there any news on the {role} position\n"
    "yet? No rush at all, I just wanted to check in.\n\nThanks,\n{cand}",
    "Hi {me}!\n\nGreat to finally meet the whole squad in person. The whiteboard exercise was\n"
    "fun (and hard). Thanks for organising everything so smoothly.\n\nCheers,\n{cand}",
]
INVITES = [
    "Hi {cand},\n\nWe'd love you to come in for the final stage on {day} at 2pm: a 45-minute\n"
    "conversation with the team and a short walk through your portfolio. Does that work?\n\n{me}",
    "Dear {cand},\n\nConfirming your panel interview for {role} on {day}, 10:30 at our office.\n"
    "Please bring photo ID for reception.\n\nRegards,\n{me_full}",
]


def thread_quotes() -> list[str]:
    out = []
    for note in CAND_NOTES:
        out.append("\n\n{gmail_on}\n" + quoted(note))
        out.append(
            "\n\n________________________________\nFrom: {cand_full} <{cand_addr}>\n"
            "Sent: {outlook_sent}\nTo: {me_full} <{me_addr}>\nSubject: Re: {thread_subj}\n\n" + note
        )
    for invite in INVITES:
        out.append(
            "\n\n-----Original Message-----\nFrom: {cand_full} <{cand_addr}>\n"
            "Sent: {outlook_sent}\nTo: {me_full} <{me_addr}>\nSubject: RE: {thread_subj}\n\n"
            "Thanks {me}, that works"
            " perfectly. See you then!\n{cand}\n\n-----Original Message-----\nFrom: {me_full}\n"
            "Subject: {thread_subj}\n\n" + invite
        )
    return out


THREAD_SUBJECTS = [
    "{role} interview – follow up", "{role} - final stage", "Thank you - {role}",
    "Our chat on {day}", "{co} / {cand_full} – {role}", "Next steps for {role}?",
]
SIGS = [
    "{me_full}\n{me_title} | {co}\nM: +44 7700 900{n3}",
    "{me_full}\n{me_title}\n{dom}\n\nConfidential: written for the named recipient only. Got "
    "this in error? Let the writer know by replying, then bin it and any copies. Views here are "
    "the writer's own, not necessarily {co}'s, and we can't promise attachments are "
    "virus-free.",
    "{me}\n\nSent from my iPhone",
    "{me_full} (she/her)\n{me_title}\nI work flexibly and sometimes send email outside usual "
    "hours; please reply whenever suits you.",
    "{me_full}\n{me_title}, {co}\nT +1 (512) 555-01{n2} | {dom}\n[EXTERNAL SENDER NOTICE: "
    "verify before clicking links]",
    "{me}\n\nGet Outlook for Android",
]


def thread_extra() -> dict[str, list[str]]:
    return {
        "n3": [str(n) for n in range(100, 999, 37)],
        "n2": [str(n) for n in range(10, 99, 7)],
        "thread_subj": THREAD_SUBJECTS,
        "sig": SIGS,
        "quote": thread_quotes(),
    }


def rejections(m: Maker) -> None:
    threads = [
        (PERSON, "RE: [EXT] Re: {thread_subj}",
         "Hi {cand},\n\nHuge thanks for making the trip on {day}, and for the sharp questions you "
         "asked the panel; Jo in particular loved your take on the onboarding problem. I "
         "wanted to tell you myself that the job has been offered to someone else on the "
         "shortlist, and she's accepted. It was close, and I'd honestly like to work with you "
         "some day.\n\nWarm regards,\n{sig}"
         "{quote}"),
        (PERSON, "Re: {thread_subj}",
         "Hey {cand} - hope you're surviving the heatwave. Quick update from our end: the team "
         "picked someone whose background maps more tightly onto where the product goes next "
         "year. Our chats were a highlight of my month, and you should be proud of that case "
         "study. Let's stay connected.\n\n"
         "Best,\n{sig}{quote}"),
        (PERSON, "RE: {thread_subj}",
         "Dear {cand},\n\nApologies for the wait while the second interviews ran their course. "
         "The panel met yesterday afternoon and has appointed an internal colleague to the post. "
         "I know that will sting after how much work went into your presentation, which was "
         "honestly among the strongest we saw.\n\nWith kind regards,\n{sig}{quote}"),
        (PERSON, "RE: [EXT] Re: {thread_subj}",
         "Dear {cand},\n\nGreetings from {co}! Thank you for giving your time for the technical "
         "and managerial rounds last week. After discussion with the hiring manager, we have gone "
         "ahead with another profile whose experience suits the current project requirement more "
         "closely. We truly appreciated your patience and wish you good luck ahead.\n\nThanks "
         "& Regards,\n{me_full}\nTalent Acquisition | {co}{quote}"),
        (PERSON, "Re: [External] {thread_subj}",
         "{cand},\n\nAppreciate you making the time for the onsite. We extended an offer to "
         "someone who'd been in our pipeline longer and they've signed. I'll keep your "
         "info handy for the next opening on the team.\n\n-{me}{quote}"),
        (PERSON, "Re: {thread_subj}",
         "Hi {cand},\n\nThanks heaps for popping in on {day}, the team really enjoyed chatting "
         "with you. We've now wrapped things up and the position has gone to someone who's spent "
         "more time on the tools in this sector. Happy to give you a ring with some "
         "thoughts if that'd help.\n\nCheers,\n{sig}{quote}"),
        (PERSON, "AW: {thread_subj}",
         "Dear {cand},\n\nthank you again for the nice talk with me and my colleague Sven. We had "
         "many good candidates and at the end the choice of the team fell on a person who has "
         "already worked with our ERP system since years. Surely you find soon a good "
         "position, your profile is really interesting.\n\nBest regards\n{me_full}{quote}"),
        (PERSON, "RE: [EXT] RE: {thread_subj}",
         "Hi {cand},\n\nI promised I'd come back to you before the end of the week, so here it "
         "is. The hiring committee went with someone who has spent longer in regulated "
         "environments, and the vacancy is now filled. The effort you brought to each round "
         "didn't go unnoticed.\n\nAll the best,\n{sig}"
         "{quote}"),
        (PERSON, "Re: {thread_subj}",
         "Hi {cand},\n\nIt was lovely to meet you properly after all those emails. Closing the "
         "loop: our director made her call on Friday and selected another applicant for this "
         "one. Please don't be a stranger. We hire for similar roles twice a year or so "
         "and I'd be happy to flag you when the next comes up.\n\n{sig}{quote}"),
        (PERSON, "RE: {thread_subj}",
         "Good afternoon {cand},\n\nThank you for your follow-up note. The panel has completed "
         "its deliberations and the post has been accepted by another candidate. On behalf of "
         "all of us, thanks for every hour you spent on our process and for travelling in to see "
         "us.\n\nKind regards,\n{sig}{quote}"),
    ]
    m.run("thread", "rejection", threads, 18, thread_extra())

    footers = [
        "\n\n\u2014\u2014\u2014\nDISCOVER LIFE AT {CO}\nRead stories from our teams, see where we "
        "work, and browse every open position at careers.{dom}\n\nFeatured roles this week\n"
        "\u2022 Senior Data Engineer \u2013 Remote (UK)\n\u2022 Payroll Specialist \u2013 Leeds\n"
        "\u2022 Store Manager \u2013 Bristol\n\u2022 Graduate Software Engineer \u2013 Manchester\n"
        "View all 142 jobs \u2192\n\nWe're @{slug} on LinkedIn, Instagram and YouTube\n\nYou "
        "get this "
        "email because you made a candidate account on careers.{dom}. You can change your "
        "settings or erase your data whenever you like from your profile page.\n{co} Ltd, 4 "
        "Mercer Yard, Leeds LS1 4QT. Company no. 09128834.",
        "\n\n----------------------------------------\nNEW JOBS FOR YOU: saved search "
        "\"{alt_role}\"\n\n{alt_role} \u00b7 {co} \u00b7 Austin, TX \u00b7 Full-time \u00b7 "
        "2 days ago\nSenior {alt_role} \u00b7 Harbourline Tech \u00b7 Remote (US) \u00b7 "
        "$118k-$140k\n{alt_role} II \u00b7 Pemberton Health \u00b7 Denver, CO \u00b7 Hybrid\n\n"
        "See 37 more matches >\n\nYou can change how often these alerts arrive, or switch them "
        "off, under Settings > Notifications. Not quite right? Rate these jobs and we'll sharpen "
        "your matches.",
        "\n\n=====================================\nTHE {CO} BULLETIN \u00b7 Issue 37\nIn this "
        "issue: how our logistics crew cut delivery times by a fifth; meet the apprentices of "
        "the year; our new Rotterdam office opens its doors on the 14th.\nRead the bulletin \u2192"
        "\n\nWant first sight of new vacancies? Join our talent newsletter at {dom}/join\n\n"
        "Privacy notice | Accessibility | Cookie settings | Unsubscribe from marketing\n\u00a9 "
        "{co}. All rights reserved. 221 Wharf Street, Brisbane QLD 4000",
        "\n\n<hr><table width=\"100%\"><tr><td><b>Why work at {co}?</b><br>Private medical, 30 "
        "days' leave, a four-day week pilot and an annual learning budget of \u00a31,500."
        "</td></tr><tr><td><a href=\"https://{dom}/jobs\">Search jobs</a> | <a href=\"https://"
        "{dom}/alerts\">Set up job alerts</a> | <a href=\"https://{dom}/events\">Meet us at a "
        "careers fair</a></td></tr><tr><td style=\"font-size:10px\">This message was sent by "
        "an automated system. To stop receiving recruitment emails, update your communication "
        "preferences. {co} welcomes applications from everyone, whatever their background."
        "</td></tr></table>",
    ]
    refusals = [
        (CAREERS, "Your application to {co}",
         "Dear {cand},\n\nThanks for your interest in the {role} position. Having gone through "
         "your application carefully, we've decided it stops at this stage. Thank you for the "
         "hours you put into it, and all the luck for the hunt.\n\nThe {co} Recruitment Team"),
        (NOREPLY, "{role} at {co}",
         "Hello {cand},\n\nWe've looked through your application for {role} and it won't be "
         "going further, unfortunately. Thanks for thinking of us."),
        (TALENT, "Application {ref}: outcome",
         "Hi {cand},\n\nShort note on your application for {role} (ref {ref}): it was "
         "unsuccessful this time round. Lots of roles open up here each month, so "
         "do keep an eye out."),
        (CAREERS, "Regarding your application",
         "<p>Dear {cand_full},</p><p>We're sorry, but we can't take your application for the "
         "{role} vacancy through to interview.</p><p>Kind regards,<br>Resourcing, {co}</p>"),
    ]
    footer_rows = [
        (s, subj, body + footers[(i + i // 4) % len(footers)])
        for i, (s, subj, body) in enumerate(refusals * 4)
    ]
    m.run("footer", "rejection", footer_rows[:12], 12)

    hedged = [
        (PERSON, "{role} - update",
         "Thanks for your patience, {cand}. We had a very strong field for {role}, and in the end "
         "other applicants matched this team's immediate needs a bit more closely. We'd welcome an "
         "application from you in future.\n\n{me}"),
        (PERSON, "Update on {role}",
         "Hi {cand},\n\nWe talked it over at length, and the company went in another direction "
         "for this hire. I'm sorry the news isn't happier, and thanks for all those hours on "
         "calls with us.\n\n{me_full}"),
        (CAREERS, "{role} (ref {ref})",
         "Dear {cand},\n\nWe have now concluded our review for {role}. On this occasion we have "
         "chosen candidates whose experience aligns more closely with the brief.\n\nYours "
         "sincerely,\nRecruitment, {co}"),
        (TALENT, "Your {co} application",
         "Hi {cand},\n\nYour background is impressive, but we felt other profiles were a "
         "stronger match for the scope of this particular position, and we're focusing our "
         "attention on them.\n\nThanks again,\n{co} Talent"),
        (PERSON, "{role}",
         "{cand}, I'll be straight with you: it came down to the mix of skills the team already "
         "has, and we've opted for applicants who cover the gaps we have today. Genuinely "
         "enjoyed talking.\n\n{me}"),
        (CAREERS, "Application update - {role}",
         "Dear {cand_full},\n\nThe hiring manager is prioritising candidates with more direct "
         "agency-side experience. Your application will therefore stop here.\n\nBest "
         "regards,\n{co}"),
        (NOREPLY, "Thank you for applying to {co}",
         "Hi {cand},\n\nWe're pursuing other candidates for {role} for now."
         "\n\n{co} Recruiting"),
        (TALENT, "About your application for {role}",
         "Dear {cand},\n\nWe've decided to concentrate on a shortlist of people whose track "
         "record is nearer the requirements, and your application closes here. Thanks for "
         "everything you put in.\n\nWarmly,\nThe {co} team"),
    ]
    m.run("hedged", "rejection", hedged, 10)

    recruiter = [
        ("{me_full} <{me_low}@brightmoorsearch.co.uk>", "Following our call",
         "Hi {cand}, great speaking earlier. As mentioned on the phone, the hiring manager for "
         "{role} has picked someone with a deeper fintech background, so that one's closed off "
         "for you. The good news: I've a {alt_role} role at a Series B in Shoreditch that I "
         "reckon is a closer fit, 65-75k, hybrid two days. Shall I send the spec?\n\n{me}\n"
         "Brightmoor Search"),
        (PERSON, "Re: our call today",
         "Hi {cand},\n\nFollowing up on our call, and for the record: we won't be taking you "
         "forward for {role}. That said, the same team has a {alt_role} opening "
         "and they liked you enough to suggest you for it. Let me know by Thursday if you'd "
         "like me to put you forward.\n\nThanks,\n{me_full}"),
        ("{me_full} <{me_low}.hr@talentvista.in>", "Feedback - {role} | {co}",
         "Hi {cand},\n\nAs discussed over call, client has shortlisted other profiles for the "
         "{role} requirement and your candidature will not be taken ahead for this position. "
         "However I have one more opening with a product company in Pune for {alt_role}, "
         "12-16 LPA, notice up to 60 days. Kindly share updated CV if interested.\n\nRegards,\n"
         "{me_full}\nTalentVista Consulting"),
        (PERSON, "Sorry it wasn't better news",
         "Thanks for picking up this morning, {cand}. Sorry again it wasn't better news on "
         "{role}. While I have you: we're hiring a contract-to-perm {alt_role} for six months "
         "starting in January. Want me to book you in for a chat with that manager?\n\n{me}"),
        ("{me} @ Redgum Talent <{me_low}@redgumtalent.com.au>", "{co} - {role}",
         "Good to catch up before, {cand}. So it's officially a no from {co} on the {role} gig; "
         "they've gone with someone local to Perth. Got another one on the go though, a "
         "12-month contract with a state agency, fully remote. Keen? Flick me an updated resume "
         "and I'll get it across today.\n\n{me}\nRedgum Talent"),
    ]
    m.run("recruiter", "rejection", recruiter, 10)

    public = [
        ("USAStaffing Notifications <notify@usastaffing-mail.gov>",
         "Application Status Update - {role}, Announcement {ann}",
         "Dear {cand_full},\n\nYour application for {role}, announcement number {ann}, was "
         "reviewed against the position's requirements. You were rated qualified. However, your "
         "name did not go forward to the selecting official, as other applicants were placed "
         "in a higher quality category.\n\nYou do not need "
         "to take any action. Check your applicant account for updates on other announcements."
         "\n\nHuman Resources Office\nDepartment of the Interior"),
        ("HR Office <hr-staffing@dva-region4.gov>", "Notice of Results - {ann}",
         "{cand_full}:\n\nYour application was rated ineligible for the vacancy.\n\n"
         "Reason: You did not provide a document showing that you met the one-year time-in-grade "
         "requirement by the closing date of the announcement.\n\nThis determination is final "
         "for this announcement only."),
        ("No-Reply Jobs <jobs-noreply@state.mn.example.gov>",
         "Vacancy {ann} cancelled",
         "Dear Applicant,\n\nThe posting for {role} (vacancy {ann}) has been cancelled by the "
         "hiring agency. Nobody will be selected from this posting. If the position is "
         "advertised again, you will need to submit a new application.\n\nThank you for your "
         "interest in state employment."),
        ("Civil Service Jobs <noreply@csjobs-mail.service.gov.uk>",
         "{role} ({ref}) - sift outcome",
         "Dear {cand_full},\n\nThank you for applying for {role} (reference {ref}).\n\nYour "
         "application was assessed at the sift stage against the experience and behaviours in "
         "the advert. Unfortunately it fell short of the required standard, so you "
         "won't be invited to interview.\n\nYour sift scores:\nExperience: 3\nChanging and "
         "Improving: 3\n(Pass mark: 4 in each)\n\nCivil Service Resourcing"),
        ("APS Recruitment <recruitment@finance-dept.example.gov.au>",
         "Outcome - {role} (Vacancy {ref})",
         "Dear {cand},\n\nThe selection panel has finished assessing applications for {role} "
         "(Vacancy {ref}). Your application was not assessed as suitable to go any further, "
         "and an order of merit has been finalised without it.\n\nFeedback is available from "
         "the contact officer named in the advertisement.\n\n"
         "People Branch"),
        ("GC Jobs <no-reply@jobs-emplois.example.gc.ca>", "Process {ann}: message",
         "Dear {cand_full},\n\nThank you for applying to selection process {ann} ({role}). We "
         "have screened your application. You were screened out because your application did "
         "not clearly show that you meet essential qualification EX2: experience leading a team "
         "of three or more employees.\n\nYou may request an informal discussion within 5 days."),
        ("State Recruitment Board <recruitment@sspc.example.gov.in>",
         "Candidature status - Advt. No. {req}",
         "Dear Candidate,\n\nWith reference to your online application for the post of {role} "
         "against Advt. No. {req}, it is informed that your candidature has been rejected as the "
         "experience certificate in the prescribed format was not uploaded.\n\nThis is a system "
         "generated mail. Do not reply.\n\nSecretary"),
        ("Recruitment <recruitment@northvale.gov.uk>", "Application for {role} - post {ref}",
         "Dear {cand_full},\n\nFollowing the shortlisting meeting, your application for the "
         "above post will not be taken forward to interview. We receive too many applications "
         "to offer feedback to each person.\n\nYours sincerely,\n"
         "HR Service Centre\nNorthvale Borough Council"),
        ("County Personnel <personnel@countyhr.example.gov>",
         "Eligible list results - {role}",
         "Dear {cand_full},\n\nYour application for {role} has been placed in the Qualified "
         "category. Only the Best Qualified group is being referred for interview now; "
         "yours will not be referred.\n\nCounty Personnel "
         "Department"),
    ]
    m.run("public", "rejection", public, 11)

    ats = [
        ("{slug}@myworkday.com", "Update on your application",
         "Hello {cand_full},\n\nThere is an update to your application for {role} (Job "
         "Requisition {ref}).\n\nStatus: No Longer Under Consideration\n\nThis inbox doesn't "
         "accept replies. Your candidate home lists every application you've made."),
        ("{co} <no-reply@us.greenhouse-mail.io>", "{co} - {role}",
         "Hi {cand},\n\nThanks for your interest in {co}. Your application for {role} is no "
         "longer being considered, and we wanted you to hear that from us.\n\nRegards,\n{co} "
         "Recruiting"),
        ("{co} <no-reply@hire.lever.co>", "Your application to {co}",
         "{cand}, your application to {role} has been archived.\n\nWe archive an application "
         "when the role moves forward with other people. You can still apply to any of our open "
         "jobs.\n\n\u2014 {co}"),
        ("{co} Talent Acquisition <{slug}@talent.icims.com>", "Requisition {req} - {role}",
         "Dear {cand_full}:\n\nThis message is about Requisition {req} - {role}.\n\nYour "
         "application has moved to the status: Not Selected - Other Candidate Hired\n\n"
         "Sincerely,\n{co} Talent Acquisition\n\n***Automated notice. Nobody reads this "
         "address.***"),
        ("{co} <noreply@smartrecruiters.com>", "Application status: {role}",
         "<table><tr><td><h2>{co}</h2></td></tr><tr><td>Hi {cand},</td></tr><tr><td>Your "
         "application status: <b>Rejected</b></td></tr><tr><td>Position: {role}</td></tr><tr>"
         "<td><a href=\"#\">View job</a></td></tr></table>"),
        ("{co} <{slug}@taleo.net>", "Job {req} - application status",
         "Job Number: {req}\nJob Title: {role}\nLocation: Chicago, IL\nApplication Status: "
         "Candidate Not Selected\n\nThis mailbox cannot receive replies."),
        (NOREPLY, "Status change: {role}",
         "Status change on your application\n\n{role} \u2192 Closed (position filled)\n\n"
         "Candidate portal: https://jobs.{dom}/me"),
    ]
    m.run("ats", "rejection", ats, 11)

    intern = [
        (CAREERS, "Summer Internship Programme {year} - outcome",
         "Dear {cand},\n\nThank you for applying to our Summer Internship Programme. We received "
         "more than {n_apps} applications for 60 places, and I'm afraid you're not one of the "
         "sixty "
         "this year.\n\nOur graduate intake opens in "
         "September; do look at it.\n\nEarly Careers Team, {co}"),
        (TALENT, "Graduate Scheme assessment centre - your result",
         "Hi {cand},\n\nThanks for joining our virtual assessment centre. Your overall score "
         "across the group task, the presentation and the interview placed you below the line for "
         "an offer this year, so your application for the {year} Graduate Scheme ends here.\n\n"
         "Detailed feedback is attached.\n\nEarly Talent, {co}"),
        (NOREPLY, "Regarding your application to the {co} Summer Analyst Program",
         "Dear {cand_full},\n\nThank you for your interest in the {co} Summer Analyst Program. "
         "We have now filled every spot in our summer class and are not in a position to "
         "extend you an offer.\n\nGood luck with your final year.\n\nCampus "
         "Recruiting"),
        ("Campus Hiring <campus@{dom}>", "Results of Online Test - Campus Hiring {year}",
         "Dear Student,\n\nThe results of the online aptitude test held on {day} are out. Regret "
         "to inform that your name is not there in the shortlist for the technical "
         "interview round.\n\nBest wishes for your future,\nCampus Hiring Team, {co}"),
        (CAREERS, "{co} Vacation Program - decision",
         "Hi {cand},\n\nThanks for applying. Unfortunately you haven't made it into the {year} "
         "Summer Vacation Program. Competition was fierce and we "
         "hope you'll try again next round.\n\nCheers,\nGrad Team"),
    ]
    m.run("intern", "rejection", intern, 10)

    foreign = [
        (PERSON, "Ihre Bewerbung als {role}",
         "Guten Tag {cand_full},\n\nvielen Dank für Ihre Bewerbung als {role} und Ihr Interesse "
         "an {co}. Nach eingehender Prüfung haben wir uns für eine Kandidatin entschieden, deren "
         "Erfahrung noch genauer zu unseren Anforderungen passt. Ihre Unterlagen löschen wir "
         "gemäß Datenschutz nach sechs Monaten.\n\nFür Ihren weiteren Weg alles Gute!\n\n"
         "Mit freundlichen Grüßen\n{me_full}\nPersonalabteilung"),
        (PERSON, "AW: Unser Gespräch",
         "Hallo {cand},\n\ndanke nochmal für das angenehme Gespräch letzte Woche. Wir haben uns "
         "inzwischen für jemand anderen entschieden, der schon im Team mitgearbeitet hat. Das "
         "hatte nichts mit deinem Auftritt zu tun, der war richtig gut.\n\nViele Grüße\n{me}"),
        (CAREERS, "Absage: {role} ({ref})",
         "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\ndie Stelle {role} ist inzwischen "
         "besetzt. Wir bedauern, Ihnen keine positive Nachricht geben zu können.\n\nIhr "
         "Recruiting-Team"),
        (PERSON, "Votre candidature - {role}",
         "Bonjour {cand},\n\nNous vous remercions pour l'intérêt porté à {co}. Après une étude "
         "attentive de votre dossier, nous sommes au regret de vous annoncer que votre "
         "candidature n'a pas été retenue pour ce poste.\n\nBien cordialement,\n{me_full}"),
        (PERSON, "RE: Notre entretien",
         "Bonjour {cand},\n\nMerci encore pour votre venue et pour la qualité de nos échanges. "
         "Nous avons finalement choisi un autre profil, plus expérimenté sur la partie "
         "logistique. Je garde vos coordonnées avec plaisir.\n\nBelle journée,\n{me}"),
        (CAREERS, "Suite à votre candidature",
         "Madame, Monsieur,\n\nLe poste de {role} pour lequel vous aviez postulé a été pourvu. "
         "Nous vous souhaitons pleine réussite dans vos recherches.\n\nService recrutement"),
        (PERSON, "Tu candidatura para {role}",
         "Hola {cand}:\n\nGracias por participar en nuestro proceso. Lamentamos comunicarte que "
         "en esta ocasión no continuarás a la siguiente fase. Guardaremos tu CV por si surge "
         "algo adecuado.\n\nUn saludo,\n{me_full}"),
        (PERSON, "RE: Entrevista {role}",
         "Hola {cand}, ¿qué tal? Te escribo para contarte que hemos decidido seguir adelante "
         "con otra candidata para el puesto. Nos gustó mucho conocerte y te deseamos mucha "
         "suerte.\n\nAbrazo,\n{me}"),
        (CAREERS, "Proceso de selección {ref}",
         "Estimado/a {cand_full}:\n\nLe informamos de que la vacante de {role} ha sido cubierta."
         " Agradecemos el tiempo dedicado a su candidatura.\n\nAtentamente,\nDepartamento de "
         "Personas"),
        (PERSON, "Je sollicitatie als {role}",
         "Beste {cand},\n\nBedankt voor je sollicitatie. Helaas moeten we je laten weten dat we "
         "je sollicitatie niet verder in behandeling nemen. We wensen je veel succes.\n\n"
         "Met vriendelijke groet,\n{me_full}"),
        (PERSON, "RE: Ons gesprek",
         "Hoi {cand},\n\nDank voor het fijne gesprek. We hebben na lang wikken en wegen gekozen "
         "voor een andere kandidaat met meer ervaring in de zorg. Ik had het je graag anders "
         "verteld.\n\nGroet,\n{me}"),
        (CAREERS, "Vacature {ref} ingevuld",
         "Beste sollicitant,\n\nDe vacature {role} is inmiddels ingevuld. Daarom sluiten wij "
         "de procedure af, ook voor jouw sollicitatie.\n\nHR {co}"),
    ]
    m.run("foreign", "rejection", foreign, 12)

    board = [
        ("JobHarbour <notifications@jobharbour.com>", "An update from {co} about your application",
         "{co} has read your application for {role}, and it's a no from them for this role.\n\n"
         "Keep going: 214 new {role} jobs were posted near you this week.\n\nThis message was "
         "sent by JobHarbour on behalf of the employer. Reply to reach {co} directly."),
        ("CareerLoop <messages@careerloop.co.uk>", "{co} has responded to your application",
         "Hi {cand},\n\nYou have a new message from {co} about {role}:\n\n\"Thank you for "
         "applying. This time around we've picked other applicants.\"\n\nView "
         "the message on CareerLoop. Find similar jobs >"),
    ]
    m.run("board", "rejection", board, 4)

    multi = [
        (TALENT, "Update on your applications",
         "Dear {cand},\n\nThank you for your interest in {co}. We are writing about your "
         "applications for the following positions:\n\n- {role} ({ref})\n- {alt_role} (R-"
         "{req})\n\nWe have filled both positions with other candidates. Any other "
         "applications you hold with us are not affected.\n\nRegards,\nTalent Acquisition"),
        (NOREPLY, "Your {co} applications",
         "Hi {cand},\n\nFor the following roles:\n\u2022 {role}\n\u2022 {alt_role}\n\u2022 "
         "Senior {alt_role}\nwe've chosen to go on with other applicants. Thank you for "
         "applying more than once; we noticed."),
    ]
    m.run("multi", "rejection", multi, 4)

    closed = [
        (TALENT, "{role} - requisition closed",
         "Dear {cand},\n\nWe've closed the {role} requisition without hiring, as the business "
         "has shifted its priorities. Every application, yours included, is now closed. Thanks "
         "for your time.\n\n{co} Talent Acquisition"),
        (PERSON, "{role} on hold",
         "Hi {cand},\n\nI'm afraid the {role} position has been paused with no restart date after "
         "this quarter's budget review. We won't be continuing the recruitment, so I've "
         "withdrawn your application from consideration. Sorry to bring it to an end like this."
         "\n\n{me}"),
        (CAREERS, "Position withdrawn: {role}",
         "Hello {cand},\n\nThe vacancy for {role} (ref {ref}) has been withdrawn and will not be "
         "filled. Your application will not be processed any further.\n\nHR, {co}"),
    ]
    m.run("closed", "rejection", closed, 5)

    final = [
        (PERSON, "{role} - decision and feedback",
         "Hi {cand},\n\nYou were one of two finalists, and I wish I had two headcounts. The "
         "other finalist is getting the offer. Feedback from the panel, since you "
         "asked: your system design round was excellent, but we wanted more depth on how you'd "
         "handle disagreement with stakeholders.\n\n{me}"),
        (PERSON, "Final interview outcome",
         "Dear {cand},\n\nThanks for coming to the final interview for {role}. I'm sorry to "
         "say you have not been successful. The panel were impressed by your presentation; where "
         "you lost ground was the budgeting question, where other candidates gave more concrete "
         "examples.\n\nRegards,\n{me_full}"),
        (PERSON, "Re: final round",
         "Hey {cand},\n\nAfter the final round we're not going to extend an offer. Candid "
         "feedback: the coding was solid, but the team felt the product sense conversation "
         "stayed quite high level.\n\n{me}"),
    ]
    m.run("final", "rejection", final, 5)

    agency = [
        ("{me_full} <{me_low}@harbourlinerecruit.com>", "{co} feedback",
         "Hi {cand},\n\nThe client's come back to me on {role}: they've picked another "
         "candidate. Their feedback was positive about your energy but "
         "they wanted someone who'd used Salesforce daily.\n\nSpeak soon,\n{me}"),
        ("{me_full} <{me_low}@northstaffing.com>", "Re: {role} submission",
         "{cand}, client came back: they're passing on your profile for {role}. Not a skills "
         "thing, they want someone who can be onsite 4 days. I'll keep looking.\n\n{me}"),
        ("{me_full} <{me_low}@quaysiderecruitment.co.uk>", "{role} with our client",
         "Morning {cand},\n\nUnfortunately the client is not putting you through to "
         "interview. They had over 90 applicants via three agencies.\n\nKind "
         "regards,\n{me_full}\nQuayside Recruitment Ltd | Registered in Scotland SC412208"),
    ]
    m.run("agency", "rejection", agency, 5)

    rescind = [
        (PERSON, "Your offer of employment",
         "Dear {cand},\n\nThis is a hard email to write. Because of a restructuring announced "
         "this morning, we have to withdraw the offer of employment for {role} that we made to "
         "you. I know you may have made plans around it, and I'd like to call you to talk it "
         "through.\n\n{me_full}\n{me_title}"),
        (TALENT, "Offer rescinded - {role}",
         "Dear {cand_full},\n\nFurther to our conversation, this letter confirms that the "
         "conditional offer dated earlier this month is rescinded, as the pre-employment "
         "reference checks were not completed to a satisfactory standard.\n\nHR, {co}"),
    ]
    m.run("rescind", "rejection", rescind, 3)

    community = [
        (TALENT, "Thanks for applying - and staying in touch",
         "Hi {cand},\n\nYour application for {role} ends here, but we've copied your profile "
         "into our Talent Community so our recruiters can reach you about "
         "future openings. You can leave it at any time.\n\n{co} Talent"),
        (NOREPLY, "You're now in the {co} talent pool",
         "Dear {cand},\n\nWe've now filled {role}. Rather than closing your file, we've "
         "moved your profile into our talent pool for the next 12 months.\n\nCareers at {co}"),
    ]
    m.run("community", "rejection", community, 4)

    subject_only = [
        ("HR <hr@{dom}>", "Unsuccessful application - {role}",
         "Dear {cand},\n\nPlease see the attached letter about your application.\n\nKind "
         "regards,\nHR"),
        (NOREPLY, "Your application was not successful: {role} ({ref})",
         "Sign in to the careers portal to read what the recruiter wrote.\n\n"
         "https://jobs.{dom}/login"),
        ("HR Team <hrteam@{dom}>", "Regret - {role}",
         "Dear Candidate,\n\nKindly refer the subject.\n\nThanks,\nHR Team"),
    ]
    m.run("subject", "rejection", subject_only, 3)

    short = [
        (PERSON, "Re: {role}",
         "Hi {cand}, sorry - we went with someone else. Really appreciated you coming in.\n{me}\n\n"
         "Sent from my iPhone"),
        (PERSON, "Re: Friday",
         "Not this time mate, they picked an internal. Cheers for your time\n\nSent from my "
         "Galaxy"),
        (PERSON, "Re: {role} chat",
         "Decided to go another direction on the role. Appreciate you!\n\nGet Outlook for iOS"),
        (PERSON, "Re: trial shift",
         "hi {cand} thanks for sat. we wont be offering u the job sorry. good luck x"),
        (PERSON, "RE: application",
         "Dear {cand}, position is closed now, we selected other person. Thank you.\n\nSent "
         "from my Huawei phone"),
        (PERSON, "Re: Quick one",
         "Hey {cand} - they've filled it, sorry. Will shout if anything else pops up.\n{me}"),
    ]
    m.run("short", "rejection", short, 6)


def confirmations(m: Maker) -> None:
    rows = [
        (NOREPLY, "Thanks for applying to {co}!",
         "Hi {cand},\n\nThanks for applying for {role} at {co}! A real person reads each "
         "application. If your experience looks like a match, someone from the team will get in "
         "touch to set up a call. If it isn't the right fit, your details stay with us and a "
         "recruiter may reach out when a similar role opens.\n\n{co} Recruiting"),
        ("Recruitment <recruitment@{dom}>", "Application received - {role} ({ref})",
         "Dear {cand_full},\n\nYour application for {role} has reached us. We get a great many "
         "applications for each post, so only shortlisted candidates will be contacted. Silence "
         "from us by {weeks} weeks past the closing date is, I'm afraid, your answer: it means "
         "no interview this time.\n\nThanks for applying.\n\nRecruitment Team"),
        (TALENT, "We've got your application",
         "Hi {cand},\n\nYour application for {role} is safely with us. Our recruiters will look "
         "at it over the next fortnight. Whatever the outcome, your details stay on our system "
         "for 12 months in case a role that suits you opens later.\n\nBest,\n{co} Talent"),
        (CAREERS, "Thank you for your application",
         "Dear {cand},\n\nThank you for applying. A quick word before you wait: we receive many "
         "applications and sadly turn down far more people than we hire. Please don't be "
         "discouraged if it doesn't work out this time. Our recruiters read every CV by hand and "
         "you will hear from us.\n\n{co} Careers"),
        ("{slug}@myworkday.com", "Thank you for applying: {role}",
         "Hello {cand_full},\n\nThank you for applying for {role} (Job Requisition {ref}).\n\n"
         "What happens next:\n1. Our recruiters review your application.\n2. If selected, you "
         "will be invited to an interview.\n3. Should you not be selected, you will be notified "
         "by email.\n\nTrack your application status in your candidate home.\n\nThis is an "
         "automated message. Please do not reply."),
        ("HR <hr@{dom}>", "Acknowledgement - {role}",
         "Dear {cand},\n\nWe acknowledge receipt of your profile for the {role} position. Our "
         "team will evaluate the same and in case your profile is shortlisted, we will contact "
         "you for further process. If not shortlisted, your CV will sit in our resume bank for "
         "upcoming openings.\n\nThanks & Regards,\nHR Team\n{co}"),
        ("Jobs <jobs@{dom}>", "Application received: {role}",
         "Dear {cand_full},\n\nThanks, your application is in. We start reading applications "
         "once the advert closes. Unsuccessful applicants will be advised by email once "
         "the selection process is complete, which may take up to eight weeks.\n\nPeople and "
         "Culture"),
        (PERSON, "Eingangsbestätigung Ihrer Bewerbung",
         "Guten Tag {cand_full},\n\nvielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen "
         "sind vollständig bei uns eingegangen. Wir melden uns innerhalb von drei Wochen bei "
         "Ihnen, egal ob mit einer Einladung zum Gespräch oder einer Absage.\n\nFreundliche "
         "Grüße\n{me_full}"),
        (CAREERS, "Confirmation de réception de votre candidature",
         "Bonjour {cand},\n\nNous avons bien reçu votre candidature au poste de {role}. Si votre "
         "profil ne correspond pas à nos besoins actuels, nous conserverons votre CV pendant "
         "deux ans, sauf opposition de votre part.\n\nL'équipe recrutement"),
        ("{co} <no-reply@us.greenhouse-mail.io>", "Thank you for applying to {co}",
         "Hi {cand},\n\nThanks for your interest in {co}! We've received your application for "
         "{role} and the hiring team will take a look shortly. Should your experience match what "
         "they need, expect a note about next steps. We can't write back to every applicant one "
         "by one, as there are a lot of you."
         "\n\nBest,\n{co} Recruiting"),
        (NOREPLY, "Internship Programme {year}: application complete",
         "Dear {cand},\n\nYour application to the {year} Internship Programme is complete. The "
         "outcome of the online test stage, positive or negative, will be emailed to every "
         "applicant by 15 January.\n\nEarly Careers, {co}"),
        ("Brightmoor Search <jobs@brightmoorsearch.co.uk>", "Thanks for applying via Brightmoor",
         "Hi {cand},\n\nThanks for applying through our website for {role}. One of our "
         "consultants will look at your CV within 48 hours. If you're not suitable for this one, "
         "we'll still keep you in mind for similar roles.\n\nBrightmoor Search"),
        (NOREPLY, "Application received \u2714",
         "<div><p>Hi {cand},</p><p><b>Application received</b> for {role}.</p><p>If it's not a "
         "match this time, we'll tell you \u2013 no ghosting, promise. If it is, expect a "
         "calendar link from our team.</p><p>\u2014 The {co} people team</p></div>"),
        ("USAStaffing Notifications <notify@usastaffing-mail.gov>",
         "Application received - Announcement {ann}",
         "Dear {cand_full},\n\nYour application for {role}, announcement {ann}, has been "
         "received.\n\nStatus: Received\n\nAfter the announcement closes, your application will "
         "be reviewed. If HR rates you ineligible, or your name isn't passed to the selecting "
         "manager, a notice will follow then.\n\nHuman Resources Office"),
        (CAREERS, "Your application to {co}",
         "Dear {cand},\n\nThank you for applying for {role}.\n\n{co} is an equal opportunity "
         "employer. We process your personal data to assess your application. Data retention: "
         "if your application is unsuccessful, your data will be deleted six months after the "
         "process closes, unless you tell us we may keep it longer.\n\nKind regards,\nResourcing"),
        (PERSON, "your CV",
         "Hello {cand},\n\nwe have receive your CV, thank you. Our HR will check it and answer "
         "you in next 2 weeks. If the answer is negative we keep your CV for other position, if "
         "you agree with this.\n\nBest regards\n{me_full}"),
        ("Recruitment <recruitment@{dom}>", "Thanks for your application",
         "G'day {cand},\n\nThanks for your application for {role}. You'll hear from us whatever "
         "happens once the panel has finished shortlisting, normally three weeks after the "
         "close date.\n\nCheers,\nThe {co} recruitment team"),
    ]
    m.run("confirm", "application_received", rows, 50)


def interviews(m: Maker) -> None:
    rows = [
        (PERSON, "Interview invitation - {role}",
         "Dear {cand},\n\nThank you for your application for {role}. We'd like to meet you over "
         "video on {deadline} at 11:00, for roughly three quarters of an hour with me and two "
         "colleagues. Please confirm whether that works.\n\nKind regards,\n{me_full}"),
        (PERSON, "RE: [EXT] Re: {thread_subj}",
         "Hi {cand},\n\nGood news: the team wants a second conversation with you. "
         "Unfortunately Dana is away on {day}, so could we do {deadline} instead, any time "
         "after 1pm?\n\n{sig}{quote}"),
        (PERSON, "Re: {thread_subj}",
         "Thanks {cand}, you're confirmed for {deadline} at 3pm. I'll send the Teams link the "
         "day before. Don't worry about preparing slides.\n\n{sig}{quote}"),
        (NOREPLY, "Interview scheduled: {role}",
         "Your interview has been scheduled.\n\nRole: {role}\nWhen: {deadline}, 09:30 "
         "(your local time)\nFormat: Google Meet\nInterviewers: {me_full}, Raj Patel\n\nNeed "
         "to reschedule? Use the link in your candidate portal."),
        ("Recruitment <recruitment@northvale.gov.uk>", "Invitation to interview - post {ref}",
         "Dear {cand_full},\n\nGood news: you are on the shortlist for the post of {role}. "
         "Your interview will be held on {deadline} at the Civic Centre. Please bring your "
         "passport or another document showing you may work here.\n\nYours sincerely,\nHR Service "
         "Centre"),
        (PERSON, "Quick call about {role}?",
         "Hi {cand}, thanks for applying to {co}! Are you free for a 20-minute phone screen "
         "this week? My calendar is linked below, pick whatever slot suits.\n\n{me}"),
        ("HR <hr@{dom}>", "Shortlisted for F2F interview - {role}",
         "Dear {cand},\n\nCongratulations! You are shortlisted for the face to face "
         "interview round on {deadline} at our Bengaluru office, 10 AM. Kindly carry two "
         "copies of your resume and a government ID.\n\nRegards,\nHR Team"),
        (PERSON, "Rescheduling our interview",
         "Hi {cand},\n\nI'm so sorry, I have to move our interview. Something came up with a "
         "client. Could we do {deadline}, same time? Apologies for the shuffle.\n\n{sig}"),
        (PERSON, "Panel interview details",
         "Dear {cand},\n\nAhead of {deadline}: you'll meet {me_full} ({me_title}) and our "
         "finance director. The first 30 minutes are competency questions, then a 15-minute "
         "discussion of a short case we'll hand you on the day. Not everyone gets to this stage"
         ", well done.\n\nBest,\n{me}"),
        (PERSON, "Re: {role}",
         "Hey {cand}, we'd love you to come do the onsite. How's {deadline}? Four sessions, "
         "lunch with the team included.\n\n{me}\n\nSent from my iPhone"),
    ]
    m.run("interview", "interview", rows, 20, thread_extra())


def next_steps(m: Maker) -> None:
    rows = [
        (NOREPLY, "Your {co} coding assessment",
         "Hi {cand},\n\nThe next step for {role} is a 90-minute online coding assessment. Please "
         "complete it by {deadline}, 23:59 your time. The link can only be opened once.\n\n{co} "
         "Recruiting"),
        (PERSON, "Take-home task - {role}",
         "Hi {cand},\n\nThanks again for Tuesday. As the next stage, here's a small take-home: "
         "build a dashboard from the attached CSV. Cap it at four hours, and email it over by "
         "{deadline}.\n\n{me}"),
        (TALENT, "Reference request - action needed",
         "Dear {cand},\n\nWe're moving to the reference stage for {role}. Please send contact "
         "details for two referees, one of them your current or most recent manager, "
         "by {deadline}.\n\nThank you,\n{co} Talent"),
        ("Verifyline Screening <no-reply@verifyline-checks.com>",
         "{co} has requested a background check",
         "Hello {cand_full},\n\n{co} has asked Verifyline to screen your history before they "
         "can finalise your hire. Please fill in the consent form and upload ID within 5 "
         "business days"
         " (by {deadline_us}). Your application can't continue until this is done."),
        (CAREERS, "Right to work documents",
         "Dear {cand},\n\nBefore we can move forward, we need to see your right to work "
         "documents. Please bring your passport or share code to the office by {deadline}."
         "\n\nResourcing Team"),
        (NOREPLY, "Next step: online assessments for {role}",
         "Hi {cand},\n\nCongratulations on passing the first stage. Next, please complete two "
         "short tests (numerical and situational judgement). Deadline: {deadline}. If you miss "
         "it, we can't move your application forward, so please leave yourself time.\n\nEarly "
         "Careers"),
        (NOREPLY, "Record your video interview",
         "Hi {cand},\n\nYou're invited to record a one-way video interview for {role}: five "
         "questions, two minutes each. The link expires on {deadline}.\n\nGood luck!"),
        (PERSON, "Case study for Thursday",
         "Hi {cand},\n\nAttached is the case for your final-round presentation. Please send your "
         "slides by {deadline} noon; you'll present for 15 minutes then take questions.\n\n"
         "{sig}"),
        ("Occupational Health <oh@{dom}>", "Pre-employment health questionnaire",
         "Dear {cand_full},\n\nOne of our pre-employment checks for {role} is a confidential "
         "health questionnaire; please fill it in by {deadline}.\n\nOccupational Health"),
        ("HR <hr@{dom}>", "DBS application - please complete",
         "Hi {cand},\n\nPlease complete your enhanced DBS application online by {deadline} and "
         "bring three forms of ID to reception for verification.\n\nThanks,\nHR"),
    ]
    m.run("nextsteps", "next_steps", rows, 20, thread_extra())


def offers(m: Maker) -> None:
    rows = [
        (PERSON, "Re: {role}",
         "{cand}, the panel was unanimous, so consider this your offer. Paperwork lands "
         "tonight!\n\n{me}"),
        (TALENT, "Offer of employment - {role}",
         "Dear {cand_full},\n\nI am delighted to offer you the position of {role} at {co}, "
         "starting on {deadline}. Your annual salary will be \u00a352,500. The attached contract "
         "sets out your terms; please sign and return it within seven days.\n\nYours sincerely,"
         "\n{me_full}\n{me_title}"),
        (CAREERS, "Conditional offer - {role}",
         "Dear {cand},\n\nCongratulations! We're pleased to offer you the {role} role on a "
         "conditional basis, provided your references and background check come back "
         "clear.\n\nBest,\n{co}"),
        (PERSON, "Following up on today's call",
         "Hi {cand},\n\nAs promised, here's the verbal offer in writing: {role}, $128,000 base, "
         "10% bonus, start {deadline_us}. Shout with any questions before the formal letter "
         "arrives.\n\n{me}"),
        (TALENT, "Your graduate offer from {co}",
         "Hi {cand},\n\nWe're thrilled to offer you a place on our {year} Graduate Programme! "
         "Please accept the offer in your portal by {deadline}.\n\nEarly Talent"),
        ("HR <hr@{dom}>", "Offer Letter - {role}",
         "Dear {cand},\n\nFurther to your interview with us, we are happy to appoint you as "
         "{role} at a CTC of INR 14,50,000 per annum. Kindly share your acceptance and "
         "date of joining.\n\nRegards,\nHR Team, {co}"),
        ("{me_full} <{me_low}@harbourlinerecruit.com>", "Offer!",
         "{cand}! The client wants you! Offer in for {role}: \u00a3450/day outside "
         "IR35, six months. Call me!\n\n{me}"),
        (PERSON, "Zusage: {role}",
         "Hallo {cand},\n\nwir freuen uns sehr, dir die Stelle als {role} anbieten zu können! "
         "Den Vertrag schicke ich dir morgen zu.\n\nViele Grüße\n{me}"),
    ]
    m.run("offer", "offer", rows, 12)


def other_job(m: Maker) -> None:
    outreach = [
        (PERSON, "{role} opportunity at {co}",
         "Hi {cand},\n\nI found you through a GitHub project you contributed to, and your "
         "background looks close to what our {role} opening needs. Any chance of 15 minutes "
         "on the phone this "
         "week?\n\n{me_full}\n{me_title}"),
        ("{me_full} <{me_low}@quaysiderecruitment.co.uk>", "Exclusive {role} role",
         "Morning {cand}, I'm working an exclusive {role} role with a fast-growing fintech, "
         "up to 80k. If now's not the right time, no worries at all, just let me know.\n\n{me}"),
    ]
    m.run("outreach", "recruiter_outreach", outreach, 4)
    alerts = [
        ("JobHarbour <alerts@jobharbour.com>", "12 new {role} jobs for you",
         "{role} \u00b7 {co} \u00b7 Manchester\n{role} \u00b7 Pemberton Health \u00b7 Remote\n"
         "Senior {role} \u00b7 Orchid Lane \u00b7 Leeds\n\nNot a match? Update your preferences "
         "so we can send better jobs.\n\nUnsubscribe"),
        ("CareerLoop <alerts@careerloop.co.uk>", "Jobs you might like",
         "Hi {cand},\n\nBased on your profile: {role} at {co}, {alt_role} at Marlow & Finch.\n\n"
         "Not interested? Tell us why and we'll stop showing jobs like these. Rejected by "
         "recruiters too often? Try our CV review.\n\nManage alerts"),
    ]
    m.run("alert", "job_alert", alerts, 4)
    other = [
        (NOREPLY, "Application status: Under review",
         "Hi {cand},\n\nStatus of your {role} application: Under review by the hiring team. "
         "We'll update you when there's news.\n\nCandidate portal"),
        (TALENT, "Your referral's status",
         "Hi {cand},\n\nThanks for referring a friend for {alt_role}! Their application has "
         "moved to the interview stage. If they're hired, your referral bonus will be paid "
         "after 90 days.\n\n{co} Talent"),
        (NOREPLY, "Withdrawal confirmed",
         "Dear {cand},\n\nYour application for {role} has been withdrawn, as you asked. We "
         "wish you well and you're welcome to apply again.\n\n{co} Careers"),
        (NOREPLY, "Finish your application",
         "Hi {cand}, you started applying for {role} but didn't finish. Your draft will be "
         "saved for 14 days.\n\nContinue application"),
        (NOREPLY, "Welcome to {co} Careers",
         "Your candidate account has been created. You can now apply for jobs and set up alerts."),
        (TALENT, "Timeline update - {role}",
         "Hi {cand},\n\nA quick note that the hiring team needs another two weeks to review "
         "applications for {role}. You're still in the running and don't need to do "
         "anything.\n\n{co} Talent"),
        (PERSON, "Re: {role} question",
         "Hi {cand}, yes, the role is open to people outside London. The salary band is 55-62k. "
         "Applications close on {deadline}.\n\n{me}"),
    ]
    m.run("otherjob", "other_job", other, 7)


def non_job(m: Maker) -> None:
    rows = [
        ("Monzark Bank <alerts@monzark.example>", "Payment declined",
         "Your card payment of \u00a342.80 to Railway Tickets Ltd was declined because the "
         "card is frozen. Unfreeze it in the app and try again."),
        ("Research Office <research@uni-greyfield.ac.uk>", "Outcome of your grant application",
         "Dear Dr {cand_last},\n\nThe panel met on {day}. Regrettably, your proposal "
         "was not funded in this round; 14% of applications were successful.\n\n"
         "Research Office"),
        ("Programme Chairs <chairs@dataweek-conf.org>", "Submission #412 decision",
         "Dear {cand_full},\n\nUnfortunately your paper did not make it into the main-track "
         "programme. "
         "Reviews are attached below.\n\nThe Programme Committee"),
        ("Lettings <lettings@harlandhomes.co.uk>", "Flat 3, 27 Cavendish Road",
         "Hi {cand},\n\nSorry, the flat has gone to another tenant who could move in sooner. "
         "We have two similar flats coming up next month.\n\nHarland Homes"),
        ("School Admissions <admissions@county.example.gov.uk>", "Secondary school offer",
         "Dear Parent/Carer,\n\nYour application for a place at Hollybank Academy has been "
         "refused because the school is oversubscribed. You have been offered a place at your "
         "second preference and may appeal within 20 school days.\n\nAdmissions"),
        ("Planning <planning@northvale.gov.uk>", "Decision notice - 25/01873/HH",
         "The application for a rear extension at 9 Orchard Close has been refused. Reasons are "
         "set out in the decision notice."),
        ("Claims <claims@nettlefield.co.uk>", "Your claim CLM-88213",
         "Dear {cand},\n\nWe've reviewed your claim for water damage and are unable to accept "
         "it, as the policy excludes gradual leaks.\n\nClaims Team"),
        ("City Marathon <ballot@citymarathon.example>", "Ballot result",
         "Sorry, {cand}, you were unsuccessful in this year's ballot. Charity places are still "
         "available."),
        ("Wrenfield Bank <cards@wrenfieldbank.com.au>", "Your credit card application",
         "Hi {cand}, we're unable to approve your credit card application at this time. This "
         "won't affect your existing accounts."),
        ("Travel Grants <grants@acm-sig.example.org>", "Student travel bursary",
         "Dear {cand},\n\nThanks for your bursary application. We had 300 applications "
         "for 40 awards and unfortunately yours was not selected."),
        ("GitHub <notifications@github.com>", "Re: [quenby/inkwell] Add dark mode (#217)",
         "Thanks for the PR! We won't merge this one, as theming is out of scope for "
         "now. Closing, but feel free to open an issue to discuss.\n\n\u2014\nReply to this "
         "email directly or view it on GitHub."),
        ("Allotments <allotments@northvale.gov.uk>", "Allotment waiting list",
         "Dear {cand}, no plot is available this year and your request has been declined. You "
         "remain on the waiting list at position 46."),
    ]
    m.run("nonjob", "non_job_rejection_words", rows, 12)


def build(seed: int = SEED) -> list[dict[str, str]]:
    m = Maker(seed)
    rejections(m)
    confirmations(m)
    interviews(m)
    next_steps(m)
    offers(m)
    other_job(m)
    non_job(m)
    records = m.records
    m.rng.shuffle(records)
    return records


def write(records: list[dict[str, str]], path: Path = OUT) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def shingles(text: str, size: int = 6) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def others_shingles() -> set[str]:
    """Shingles of the training files and earlier slices, kept only as a set (never printed)."""
    data = HERE.parent
    paths = sorted(data.glob("*.jsonl")) + sorted(
        p for p in HERE.glob("blind-slice*.jsonl") if p.name != OUT.name
    )
    seen: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    seen |= shingles(json.loads(line).get("body", ""))
    return seen


def check(records: list[dict[str, str]]) -> int:
    seen = others_shingles()
    shared: Counter[str] = Counter()
    bodies = 0
    for record in records:
        hits = shingles(record["body"]) & seen
        if hits:
            bodies += 1
            shared.update(hits)
    for shingle, count in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{count:4d}  {shingle}")
    print(f"{bodies} of {len(records)} bodies share a shingle; {len(shared)} shared shingles")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="print the shingles this slice shares with data/ and earlier slices")
    args = parser.parse_args(argv)
    records = build()
    if args.check:
        return check(records)
    write(records)
    kinds = Counter((r["label"], r["kind"]) for r in records)
    for (label, kind), count in sorted(kinds.items()):
        print(f"{label:14s} {kind:26s} {count}")
    print(f"{len(records)} records, {len({r['family'] for r in records})} families -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
