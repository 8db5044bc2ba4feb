# ruff: noqa: E501
"""Write blind slice 7 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed; two runs write byte-identical output. ``--check`` prints our side of any
6-word shingle shared with ``data/*.jsonl`` or the earlier slices (read only as shingle sets).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 71130
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-7.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 7 (make_blind7.py); never trained on"

FIRST = ["Oisin", "Priyanka", "Tendai", "Marguerite", "Kwabena", "Solveig", "Darius", "Imelda", "Chidi", "Rosalind", "Hamish", "Anjali", "Benedikt", "Xiu Ling", "Thabo", "Carys", "Emeka", "Lorcan", "Valentina", "Yusuf"]
LAST = ["Brannigan", "Raghunathan", "Moyo", "Leclerc", "Asante", "Lindqvist", "Farahani", "Quispe", "Okafor", "Penhaligon", "McTavish", "Deshpande", "Vogl", "Tan", "Nkosi", "Pryce", "Eze", "Fitzmaurice", "Russo", "Demir"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "hotmail.ie", "rediffmail.com"]
ZONES = ["-0700", "-0500", "-0400", "+0000", "+0100", "+0200", "+0530", "+0800", "+1000", "+0100"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# (template, kind, label, sender, subject, body); {n} = first name, {r} = role
Tpl = tuple[str, str, str, str, str, str]
TEMPLATES: list[Tpl] = [
    ("trialshift", "rejection", "rejection", "Maeve at Kiln & Crumb <maeve@kilnandcrumb.ie>", "Saturday trial",
     "Hi {n},\n\nThanks a million for giving us Saturday. The lads enjoyed working beside you and you were paid for the shift as agreed. Maeve and Colm talked it over on Sunday and they're going with a baker who has more sourdough hours behind her.\n\nMind yourself,\nMaeve"),
    ("volunteer", "rejection", "rejection", "Harbourlight Trust <people@harbourlighttrust.org.uk>", "Your application for the paid Outreach Worker post",
     "Dear {n},\n\nWe know how much the drop-in owes to your Tuesday evenings, which made this letter harder to write. The panel has appointed another applicant to the paid Outreach Worker post. We very much hope you will keep volunteering with us.\n\nWarm regards,\nPeople Team, Harbourlight Trust\nRegistered charity no. 1187342"),
    ("probation", "rejection", "rejection", "Jurgen Pfaff <j.pfaff@meridanlogistics.de>", "Outcome of your probation review",
     "Dear {n},\n\nFollowing our probation review meeting on Thursday, I am writing to confirm that your fixed-term contract as {r} will end on its current end date and will not be extended. Your final payslip and P45 will follow from payroll.\n\nKind regards,\nJurgen Pfaff\nSite Manager"),
    ("freelance", "rejection", "rejection", "Bree Halvorsen <bree@quillpointstudio.com>", "Re: Proposal - brand refresh",
     "Hey {n},\n\nThanks for the thoughtful proposal and the moodboards. We've decided to give the refresh to a studio that's already done a couple of projects for our investors, so we'll be passing this time.\n\nBree\n\nSent from my iPhone"),
    ("postdoc", "rejection", "rejection", "Prof. Aurelie Dantec <a.dantec@univ-lumiere-research.fr>", "Postdoctoral position in soil microbiology",
     "Dear Dr {n},\n\nThank you for your interest in the postdoctoral position in my group. The position has now been filled, and I wanted to let you know personally rather than leave you waiting.\n\nWith best wishes for your research,\nAurelie Dantec"),
    ("calendar", "rejection", "rejection", "Nadia Ferreira (via Google Calendar) <calendar-notification@google.com>", "Canceled event: Final interview - {r} @ Thu 14:00",
     "This event has been canceled.\n\nNote from organizer: Hi {n}, apologies for the late notice. We have made a hiring decision in favour of another finalist, so I'm cancelling Thursday's slot.\n\nFinal interview - {r}\nThursday 14:00 - 15:00 (Central European Time)\nJoining info: meet.google.com/xbq-pwte-kaz\n\nInvitation from Google Calendar"),
    ("internal", "rejection", "rejection", "Siobhan Keohane <siobhan.keohane@ardtalent.ie>", "RE: [EXT] Re: {r} - next steps",
     "Hi {n},\n\nI said I'd come back to you once the business had decided. They've offered the role to someone already in the team who applied internally, and she's accepted.\n\nIt was a pleasure getting to know you.\nSiobhan\n\nFrom: {n}\nSent: 03 March 2026 09:12\nTo: Siobhan Keohane\nSubject: Re: {r} - next steps\n\nHi Siobhan, just wondering if there is any update?"),
    ("delay", "rejection", "rejection", "Recruitment Office <recruitment@pinewoodcollege.ac.za>", "Application: {r}",
     "Dear {n}\n\nPlease accept our sincere apologies for taking nearly five months to respond. The selection committee has concluded its process and you were not among the candidates appointed.\n\nYours faithfully\nRecruitment Office"),
    ("sport", "rejection", "rejection", "Academy Operations <academy@eastvaleunited.co.uk>", "U16 Lead Coach vacancy",
     "Dear {n},\n\nThank you for delivering the session on Wednesday night. After watching all four candidates on the pitch, the Academy Manager has decided to appoint another coach. Your session plan is attached with her notes.\n\nEastvale United Academy"),
    ("sms", "rejection", "rejection", "Tomasz <tomasz.w@brightcutjoinery.co.uk>", "joiner job",
     "hi {n} its Tomasz. gave the job to the other lad sorry. good luck"),
    ("discount", "rejection", "rejection", "Fennick Outdoor Careers <careers@fennickoutdoor.com>", "Your Fennick application",
     "Hi {n},\n\nWe loved hearing from you, but we've filled the {r} role with another candidate.\n\n---\nAs a thank-you for applying, here's 15% off your next order: use code TRAILHEAD15 at checkout.\nShop new arrivals | Store finder | Unsubscribe"),
    ("de", "rejection", "rejection", "Personalabteilung Hollweg GmbH <bewerbung@hollweg-gmbh.de>", "Ihre Bewerbung als {r}",
     "Sehr geehrte/r {n},\n\nnach sorgfältiger Durchsicht haben wir uns für eine andere Kandidatin entschieden. Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    ("sv", "rejection", "rejection", "Rekrytering Norrbacka <jobb@norrbacka.se>", "Angående din ansökan",
     "Hej {n},\n\nTack för din ansökan. Vi har nu gått vidare med andra kandidater och kommer inte att gå vidare med din ansökan.\n\nVänliga hälsningar\nNorrbacka"),
    ("da", "rejection", "rejection", "HR Skovlund <hr@skovlund.dk>", "Din ansøgning",
     "Kære {n}\n\nTak for din ansøgning. Vi har valgt en anden kandidat til stillingen.\n\nMed venlig hilsen\nHR"),
    ("conf-either", "application_received", "not_rejection", "Talent Team <no-reply@careers.orrinbank.com.sg>", "We've got your application - {r}",
     "Hi {n},\n\nYour application for {r} is in. Either way, you'll hear from us within three weeks; if there's no fit this time, we'll say so rather than leave you hanging.\n\nOrrin Bank Talent Team"),
    ("conf-silence", "application_received", "not_rejection", "HR Desk <hr@lagosfreightlines.com.ng>", "Acknowledgement of Application",
     "Dear {n},\n\nWe acknowledge receipt of your application for {r}. Due to the large number of applications, only shortlisted candidates will be contacted. If you do not hear from us within four weeks, kindly consider your application unsuccessful.\n\nHR Desk"),
    ("interview-resched", "interview", "not_rejection", "Grace Mwangi <grace.m@tallowcreek.com.au>", "Interview time change",
     "Hi {n},\n\nUnfortunately our panel chair is off sick on Tuesday, so could we move your interview to Friday at 10:30 AEST? Same video link.\n\nCheers,\nGrace"),
    ("next-credit", "next_steps", "not_rejection", "Onboarding <onboarding@castlereaghfinance.co.uk>", "Action needed: credit and background check",
     "Dear {n},\n\nPlease complete the credit and background check form by 5pm on Monday. Unfortunately we can't progress your file without it.\n\nOnboarding Team"),
    ("offer-counter", "offer", "not_rejection", "Rahul Menon <rahul.menon@kestrelsoft.in>", "Revised offer",
     "Hi {n},\n\nWe went back to finance and can match your counter: CTC of 24 LPA with the joining bonus. Revised letter attached, please sign by Friday.\n\nRahul"),
    ("forwarded-other", "other_job", "not_rejection", "Lena Hartwig <lena.hartwig@pemberfield.com>", "Fwd: Your application",
     "Oops, {n}, that was meant for another candidate, please ignore and delete. Your interview is still on for Monday!\n\nLena\n\n---------- Forwarded message ---------\nDear applicant, we will not be moving forward with your application."),
    ("visa", "non_job_rejection_words", "not_rejection", "Visa Application Centre <noreply@visacentre-info.org>", "Update on your visa application",
     "Dear {n},\n\nYour visitor visa application has been refused. The refusal letter is available in your online account with the grounds and your right to review.\n\nVisa Application Centre"),
    ("tenancy", "non_job_rejection_words", "not_rejection", "Kerrigan Lettings <lettings@kerriganlets.ie>", "Apartment 4, Quay Street",
     "Hi {n},\n\nThanks for viewing on Saturday. Unfortunately the landlord has gone with another applicant. We'll send you anything similar that comes up.\n\nKerrigan Lettings"),
]

ROLES = ["Data Analyst", "Staff Nurse", "Junior Designer", "Maths Teacher", "Site Engineer", "Product Manager", "Lab Technician", "Payroll Officer"]


def render() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311
    out: list[dict[str, str]] = []
    counters: dict[str, int] = {}
    for variant in (1, 2):
        for name, kind, label, sender, subject, body in TEMPLATES:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            role = rng.choice(ROLES)
            key = "rej" if label == "rejection" else kind
            counters[key] = counters.get(key, 0) + 1
            zone = rng.choice(ZONES)
            date = f"{rng.choice(DAYS)}, {rng.randint(1, 28):02d} {rng.choice(MONTHS)} 2026 {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00 {zone}"
            out.append({
                "id": f"blind7:{key}-{counters[key]:03d}",
                "subject": subject.format(n=first, r=role),
                "body": body.format(n=first, r=role),
                "sender": sender,
                "label": label,
                "kind": kind,
                "family": f"blind7-{name}-{variant}",
                "provenance": PROV,
                "to": f"{first} {last} <{first.lower().replace(' ', '')}.{last.lower()}@{rng.choice(DOMAINS)}>",
                "date": date,
            })
    return out


def shingles(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)?", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> int:
    theirs: set[str] = set()
    paths = sorted(HERE.parent.glob("*.jsonl")) + [p for p in sorted(HERE.glob("blind-slice*.jsonl")) if p != OUT]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                theirs |= shingles(str(json.loads(line).get("body", "")))
    shared = 0
    for rec in records:
        common = sorted(shingles(rec["body"]) & theirs)
        if common:
            shared += 1
            print(rec["id"], "|", " || ".join(common))
    print(f"{shared} of {len(records)} bodies share a shingle")
    return 0


def main(argv: list[str]) -> int:
    records = render()
    if "--check" in argv:
        return check(records)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
