"""Write blind-slice-4.jsonl: mail no rejectwatch model has seen (issue 11, fourth slice).

Stdlib only, fixed seed: two runs write byte-identical files. ``--check`` runs a 6-word-shingle
overlap check of this slice's bodies against data/*.jsonl and the earlier blind slices; the other
files are read only as shingle sets and only our side is printed.
"""

# Long prose lines are the point of this file (the slice's hand-written mail).
# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

SEED = 40412
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-4.jsonl"

FIRST = ["Oluwaseun", "Marit", "Declan", "Priyanka", "Tomasz", "Ines", "Reuben", "Hana",
         "Caoimhe", "Vikram", "Lucía", "Bartholomew", "Sunniva", "Kwabena", "Elodie", "Fergus",
         "Yuki", "Aurelio", "Thandiwe", "Mirela", "Cormac", "Anouk", "Deshawn", "Petra"]
LAST = ["Adeyemi", "Lindqvist", "Fairweather", "Raghunathan", "Wojcik", "Carvalho", "Ashdown",
        "Okonkwo", "Brennan", "Malhotra", "Echeverría", "Pennington", "Haugland", "Mensah",
        "Girard", "MacAulay", "Tanabe", "Ferraro", "Dlamini", "Popescu", "Quigley", "Visser"]
STAFF = ["Rosalind Crane", "Imogen Thackeray", "Desmond Achterberg", "Farah Siddiqui",
         "Ludovic Marchetti", "Gwen Trelawney", "Amadou Sy", "Harriet Blackwood", "Kenji Morimoto",
         "Beatriz Salgado", "Otis Fernsby", "Nadia Kowalczyk", "Callum Rees", "Wren Abernethy",
         "Shirin Bahrami", "Lars Nyberg", "Mercy Owusu", "Ignatius Pell", "Zofia Brandt",
         "Augustin Leroux"]
COMPANIES = [("Quillfeather Analytics", "quillfeather.io"), ("Brackenridge Logistics", "brackenridge.co.uk"),
             ("Saltmarsh Energy", "saltmarsh-energy.com"), ("Ottoline Health", "ottolinehealth.com"),
             ("Copperbeam Robotics", "copperbeam.ai"), ("Harrowgate Insurance", "harrowgate.co.uk"),
             ("Lumenvale Studios", "lumenvale.tv"), ("Peregrine Freight", "peregrinefreight.com"),
             ("Tidewell Water", "tidewell.co.uk"), ("Kestrel Pay", "kestrelpay.com"),
             ("Marrowbone Foods", "marrowbonefoods.com"), ("Inkwell Legal", "inkwell-legal.com"),
             ("Northgale Software", "northgale.dev"), ("Velvetine Cosmetics", "velvetine.fr"),
             ("Stonecrop Architects", "stonecrop.archi"), ("Halyard Marine", "halyardmarine.no"),
             ("Foxglove Biotech", "foxglovebio.com"), ("Gantry Construction", "gantry-build.com"),
             ("Orchard Lane Schools Trust", "orchardlane.org.uk"), ("Brightwater Retail", "brightwater.shop")]
ROLES = ["Data Engineer", "Junior Product Designer", "Logistics Coordinator", "Staff Nurse (Band 5)",
         "Backend Developer (Go)", "Claims Handler", "Video Editor", "Customer Success Manager",
         "Graduate Civil Engineer", "Payroll Administrator", "QA Analyst", "Paralegal",
         "Site Reliability Engineer", "Marketing Executive", "Research Assistant",
         "Warehouse Team Leader", "Frontend Engineer (React)", "Finance Business Partner",
         "Teaching Assistant", "IT Support Technician", "Supply Chain Analyst", "UX Researcher"]
AGENCIES = [("Talentbridge Partners", "talentbridge.co.uk"), ("Halcyon Search", "halcyonsearch.com"),
            ("Ridgeway Recruitment", "ridgewayrec.com"), ("Meridian People", "meridianpeople.io")]
ATS = [("no-reply@hire.workablemail.com", "Workable"), ("notifications@app.jobvite-mail.com", "Jobvite"),
       ("donotreply@myworkday-jobs.com", "Workday"), ("careers-noreply@smartrecruiters.email", "SmartRecruiters"),
       ("jobs@mail.teamtailor.com", "Teamtailor"), ("no-reply@ashbyhq-mail.com", "Ashby")]


class Slots(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def slots(rng: random.Random) -> Slots:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    co, dom = rng.choice(COMPANIES)
    person = rng.choice(STAFF)
    agency, adom = rng.choice(AGENCIES)
    other_co = rng.choice([c for c, _ in COMPANIES if c != co])
    role = rng.choice(ROLES)
    other_role = rng.choice([r for r in ROLES if r != role])
    when = datetime(2025, 1, 6, 8, 0, tzinfo=UTC) + timedelta(
        days=rng.randrange(0, 320), minutes=rng.randrange(0, 600))
    return Slots(
        first=first, last=last, full=f"{first} {last}", co=co, dom=dom, person=person,
        pfirst=person.split()[0], agency=agency, adom=adom, other_co=other_co, role=role,
        other_role=other_role, ref=f"{rng.choice('JRQV')}{rng.randrange(10000, 99999)}",
        days=str(rng.choice([10, 14, 21, 28, 30])), weeks=str(rng.choice([2, 3, 4, 6])),
        day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        dnum=str(rng.randrange(2, 28)), month=rng.choice(["March", "April", "June", "September", "October", "November"]),
        time=rng.choice(["9:30", "10:00", "11:15", "13:45", "14:30", "16:00"]),
        salary=rng.choice(["£38,500", "$92,000", "€54,000", "£31,200", "$71,500", "£46,750"]),
        score=str(rng.randrange(41, 63)), bar=str(rng.choice([65, 70, 75])),
        when=when, email=f"{first.lower().replace('í', 'i').replace('ú', 'u')}.{last.lower().replace('í', 'i')}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'fastmail.com'])}",
    )


# ---------------------------------------------------------------------------- wrappers
FOOTERS = [
    "\n\n----\nLife at {co}\nWe're building the future of our industry, one team at a time. Explore "
    "open roles, meet our people and read about our benefits at careers.{dom}.\nSay hello on "
    "LinkedIn or Instagram, where our teams post what a working week here really looks like.\nAt {co}, "
    "people of every background, age, faith and ability get a fair look. Need an adjustment "
    "to take part? Write to talent@{dom} and we will sort it out with you.\n"
    "This message went to you as a {co} applicant. Manage preferences | "
    "Privacy notice | Unsubscribe",
    "\n\n═══════════════\nJOB ALERTS\nNew roles that match your profile are published every week. "
    "Set up an alert and be first in line: Software, Operations, Finance, People.\n\nTHE {co_up} "
    "NEWSLETTER\nThis month: our sustainability report is out, meet the apprentices of 2025, and "
    "what our graduates wish they had known in week one.\n\nRegistered office: 4 Wharf Street, Leeds LS2 7EQ. "
    "Registered in England and Wales No. 08812345.\nThis message is confidential; if it reached "
    "you in error, please delete it.",
    "\n\n__________________________________\nWhy work with us? Flexible hours · Private medical cover · "
    "25 days' leave plus your birthday · Learning budget of £1,000 a year\nSee every vacancy: "
    "{dom}/jobs    Talent Community: {dom}/join\nPowered by {ats}\nTo stop receiving candidate "
    "emails, update your communication settings in your candidate home.",
]

SIGNOFFS = ["Kind regards", "Best wishes", "Warm regards", "All the best", "Many thanks", "Cheers",
            "Best", "Regards", "With best wishes", "Thanks again"]


def html(body: str, s: Slots) -> str:
    paras = "".join(f"<p style=\"margin:0 0 12px\">{p.replace(chr(10), '<br>')}</p>"
                    for p in body.split("\n\n"))
    return (f"<html><body><table width=\"600\" cellpadding=\"0\"><tr><td style=\"font-family:Arial\">"
            f"<img src=\"https://{s['dom']}/email/logo.png\" alt=\"{s['co']}\">{paras}"
            f"</td></tr></table></body></html>")


def gmail_quote(body: str, quoted: str, s: Slots, who: str) -> str:
    stamp = (s["when"] - timedelta(days=6)).strftime("%a, %-d %b %Y at %H:%M")
    q = "\n".join("> " + line if line else ">" for line in quoted.split("\n"))
    return f"{body}\n\nOn {stamp}, {who} wrote:\n{q}"


def outlook_quote(body: str, quoted: str, s: Slots, frm: str, to: str, subj: str) -> str:  # noqa: PLR0917 - positional like its callers
    stamp = (s["when"] - timedelta(days=5)).strftime("%A, %B %-d, %Y %-I:%M %p")
    return (f"{body}\n\n________________________________\nFrom: {frm}\nSent: {stamp}\nTo: {to}\n"
            f"Subject: {subj}\n\n{quoted}")


# ---------------------------------------------------------------------------- templates
# Each template: (id, label, kind, count, sender, wrap, variants); a variant is (subject, body).
# sender: ats | person | agency | inst:<name>:<address> | other:<name>:<address>
# wrap: "" | footer | html | thread-gmail | thread-outlook | mixed
R, N = "rejection", "not_rejection"

T: list[tuple[str, str, str, int, str, str, list[tuple[str, str]]]] = []

T.append(("status", R, "rejection", 15, "ats", "", [
    ("Update on your application – {role}",
     "Candidate: {full}\nRequisition: {ref} – {role}\nStatus: Rejected\nUpdated: {dnum} {month}"),
    ("{co}: application status changed",
     "Hi {first},\n\nSomething moved on your application.\n\nPosition: {role}\nNew status: Unsuccessful\n\n"
     "Your account lists every application you have made."),
    ("Your application {ref}",
     "Application {ref} ({role}, {co})\nCurrent stage: Closed - not selected\n\nAutomated message; replies are not read."),
    ("Application update",
     "Dear {first},\n\nStatus for {role}: Declined.\n\nYou may apply for other vacancies at any time.\n\n{co} Recruitment"),
    ("[{co}] {role} – status",
     "{role} | {co}\nYour progress: Applied ✓ → Screening ✓ → Not progressed\n\nView details in your account."),
    ("Candidate portal notification",
     "Hello {full},\n\nA recruiter has updated your application for {role} (ref. {ref}).\n\n"
     "Outcome: unsuccessful at shortlisting\n\nThank you, {co} Talent Team"),
    ("Status change: {role}",
     "Application status: Withdrawn by employer – candidate not selected\nJob: {role}\nCompany: {co}"),
]))

T.append(("test", R, "rejection", 12, "ats", "mixed", [
    ("Your assessment results – {role}",
     "Dear {first},\n\nThanks for sitting the numeracy and logic tests for {role}. Your combined score was {score}%. The threshold for progressing to the next stage is {bar}%, "
     "so your application ends at this stage.\n\nYou are welcome to reapply after six months.\n\n"
     "{co} Early Careers"),
    ("Coding challenge outcome",
     "Hi {first},\n\nOur engineers reviewed your submission for the {role} challenge. It passed {score} of 100 "
     "hidden test cases, and we need at least {bar} for the onsite loop. That means we won't be moving forward "
     "this time round.\n\nAppreciate the hours that went into it.\n{person}"),
    ("Online test – result",
     "Hello {full},\n\nUnfortunately your result in the situational judgement test did not reach the level "
     "required, and your application for {role} has now been closed.\n\nRegards,\nResourcing, {co}"),
    ("{role}: skills test feedback",
     "Dear candidate,\n\nThank you for sitting our typing and data-entry test. The role needs 55 words per "
     "minute at 98% accuracy; you recorded {score} wpm. As the test is the first sift, your application stops "
     "here.\n\n{co}"),
    ("Result of your HireVue / game-based assessment",
     "Hi {first}, thanks for playing through our game-based assessment. After scoring, your profile was not "
     "among those invited to the assessment centre for {role}, and your application is now closed. We wish "
     "you every success."),
]))

T.append(("short", R, "rejection", 15, "person", "", [
    ("Re: {role}", "Hi {first}, thanks for coming in. We'll pass. Good luck out there.\n{pfirst}"),
    ("Re: quick chat", "Not this time I'm afraid, {first}. Team has picked someone with more agency experience. {pfirst}"),
    ("{role}", "Hey {first} - we're going a different direction on the hire. Appreciate your time!"),
    ("Re: Re: Portfolio", "{first}, we've had a look and we'll pass for now. Keep in touch though.\n\nSent from my iPhone"),
    ("Re: your application", "hi {first}, sorry, the position is gone already. best {pfirst}"),
    ("Following up", "Hello {first}, I regret to say my colleagues choose another applicant. Thank you for your time, and I wish "
     "you a good result in your job search.\n{person}"),
    ("Re: Freelance {role}", "Thanks {first}, lovely work but it's a no from the client this round. Cheers, {pfirst}"),
    ("RE: Tuesday", "Hi {first},\nJust a quick one: the panel have gone with an internal candidate. Hugely grateful for "
     "Tuesday afternoon.\n{pfirst}"),
    ("Re: {role} – decision", "{first} — short answer: no offer from us this time. Happy to give feedback on a call "
     "if useful.\n\n{pfirst}"),
]))

T.append(("footer", R, "rejection", 15, "ats", "footer", [
    ("Your application to {co}",
     "Hi {first},\n\nThank you for applying for {role}. We've now reviewed all applications and, "
     "after a lot of weighing up, we're continuing with applicants whose recent work maps more tightly "
     "onto what this squad needs today.\n\nIt meant a lot that you considered {co}.\n\n{sign},\nThe {co} Talent Team"),
    ("{role} at {co}",
     "Dear {full},\n\nWe're writing about your application for {role}. The hiring team has filled the "
     "vacancy, so your application will not be taken forward.\n\n{sign}\n{co} People"),
    ("An update from {co}",
     "Hello {first},\n\nSorry for the wait on {role}. The field was deep, and you're not one of the people we'll "
     "interview this time.\n\nWhy not set up a job alert below so "
     "you hear about future roles first?\n\n{sign},\n{person}, Talent Acquisition"),
    ("Regarding {role} (ref {ref})",
     "Dear {first},\n\nWe're sorry to say your candidacy for {role} ends here. We "
     "received an exceptional number of applications, and the decision was a difficult one.\n\n{sign},\n{co} Careers"),
    ("Thank you from {co}",
     "Hi {first},\n\nThanks for giving us so many hours across the {role} interviews. They're all done now, "
     "and the job has been accepted by a different applicant.\n\n{sign},\n{person}"),
]))

T.append(("cancel", R, "rejection", 10, "ats", "mixed", [
    ("Vacancy withdrawn – {role}",
     "Dear {first},\n\nPlease note that the vacancy for {role} (ref. {ref}) has been withdrawn "
     "following an internal restructure. All applications have been closed and will not be considered further.\n\n"
     "We apologise for any disappointment.\n\n{co} HR"),
    ("{role}: recruitment cancelled",
     "Hello {full},\n\nDue to a change in budget priorities, {co} has cancelled recruitment for {role}. Your "
     "application will not proceed. Should the post be re-advertised, you would need to apply again.\n\nKind regards,\nRecruitment"),
    ("Update: {role} on hold",
     "Hi {first},\n\nI'm sorry to tell you the {role} position is frozen with no restart date. We've closed "
     "the process for all candidates, including yours, and there is no date for reopening it.\n\n{person}"),
    ("Position no longer available",
     "Dear Applicant,\n\nThe position of {role} will not now be filled; the business has chosen to leave it vacant. "
     "Your application has therefore been closed.\n\nThank you for your interest in {co}."),
    ("Re: {role} process",
     "Hi {first}, bad news I'm afraid - leadership froze hiring until further notice, so the {role} role "
     "is cancelled and we're closing out every application. Really sorry after the two interviews. {pfirst}"),
]))

T.append(("agency", R, "rejection", 12, "agency", "mixed", [
    ("{role} – feedback from {client_short}",
     "Hi {first},\n\nGood to talk just now. Like I mentioned when we spoke, {other_co} have decided to offer the {role} role to "
     "a candidate who had more sector experience. Their feedback on you was very positive though.\n\nOn that note, I'm "
     "working on a {other_role} position with a client in the same area, paying {salary}. Shall I send you the spec?\n\n"
     "{sign},\n{person}\nSenior Consultant | {agency}"),
    ("Update re {other_co}",
     "Hello {first},\n\nI've heard back from {other_co}: the {role} job went to another person on their list. "
     "I know you were keen, sorry.\n\nI've got another one landing tomorrow – a {other_role} job, hybrid, 3 days in office. "
     "Free for a 10 min chat on {day}?\n\n{pfirst}"),
    ("{other_co} decision",
     "{first}, quick update - client picked their other finalist for {role}. Not a reflection on you, "
     "it came down to notice period. I have two similar roles I think you'd suit, will email details tonight. {pfirst} @ {agency}"),
    ("Your interview with {other_co}",
     "Dear {first},\n\nMany thanks for meeting {other_co}. I've now debriefed with their hiring manager and, regrettably, "
     "they're stopping there with you; they have selected a candidate further along in the process.\n\n"
     "I would still very much like to represent you. We currently have a {other_role} vacancy at {salary} which fits your "
     "background well - say the word and I'll submit you.\n\nKind regards\n{person}\n{agency}"),
    ("Re: {role} - {other_co}",
     "Hiya {first}, heard back today. They've offered it to the other finalist, who had done the exact system migration "
     "they're planning. Gutted for you. Keep your phone on though, I've a {other_role} contract (6 months, day rate "
     "negotiable) that's a strong match.\n{pfirst}"),
]))

T.append(("thread", R, "rejection", 15, "person", "thread", [
    ("RE: [EXT] Re: Next steps – {role}",
     "Hi {first},\n\nThank you again for meeting the team last week and for the thoughtful presentation. Everyone enjoyed "
     "the conversation.\n\nAfter a lot of discussion we have chosen to offer the role to another candidate whose background "
     "in regulated markets matched our immediate roadmap a little more closely. I'd be glad to stay in touch.\n\n{sign},\n{person}"),
    ("Re: Final interview follow-up",
     "{first},\n\nApologies for the slower reply than promised. The decision is in: we've appointed a candidate "
     "who will start in {month}. I know you put real work into the case study and it showed.\n\nWishing you the best,\n{pfirst}"),
    ("Re: Thank you!",
     "Hi {first},\n\nLikewise, a real pleasure. Personally passing on the news that the hiring committee selected "
     "a colleague from our Rotterdam office for this position. Do look us up in future.\n\nBest,\n{person}"),
    ("RE: {role} – second interview",
     "Dear {first},\n\nThanks so much for your patience. The panel met on {day} and another applicant has since "
     "accepted our offer. Please don't hesitate to apply for future openings here.\n\nWarm regards,\n{person}"),
    ("Re: Checking in",
     "Hey {first} — thanks for nudging me. We ended up hiring someone who'd run a very similar platform migration before, "
     "so they could hit the ground running. Honestly it was close. Good luck, and let's grab a coffee sometime.\n{pfirst}"),
    ("RE: RE: Interview on {day}",
     "Hello {first},\n\nThank you for your kind note. Our choice for the position has now been made: we are moving ahead "
     "with a candidate with longer line-management experience. Our conversation was a real pleasure.\n\nKind regards\n{person}"),
]))

T.append(("formal", R, "rejection", 14, "inst", "", [
    ("University of Wexcombe – Application for {role}",
     "Dear {title}{last},\n\nPost: {role}, School of Earth Sciences (Ref: {ref})\n\nThank you for your application for the "
     "above post. The selectors have met; your name was not among those chosen "
     "for the interview list.\n\nCompetition for the post was considerable. "
     "Comments on individual applications are not available before interview.\n\nYours sincerely,\n\n{person}\nHR Services, "
     "University of Wexcombe"),
    ("Outcome of your application – Harbourside NHS Foundation Trust",
     "Dear {full},\n\nJob reference: {ref}\nJob title: {role}\n\nThank you for attending for interview on {dnum} {month}. "
     "The panel has now decided, and your application was unsuccessful. Their thanks for your time go with this letter.\n\n"
     "Feedback can be requested from the recruiting manager for four weeks from this letter.\n\nYours sincerely\nRecruitment "
     "Team, Harbourside NHS Foundation Trust"),
    ("Kelmoor District Council – {role}",
     "Dear {title}{last},\n\nThank you for applying for the post of {role} with Kelmoor District Council.\n\nThe panel scored "
     "every form against the job profile. Yours did not show enough evidence for criteria E2 and E4, "
     "so you will not be asked to the selection day.\n\nYours faithfully,\nHuman Resources"),
    ("Army Officer Selection – outcome",
     "Dear {full},\n\nFollowing your attendance at the Army Officer Selection Board, I am writing to advise you that the "
     "Board has assessed you as Not Suitable at this time. You may reapply after a period of 12 months.\n\nYours sincerely,\n"
     "Officer Recruiting, Army Recruiting Group"),
    ("Your application to Riverside Refuge Trust",
     "Dear {first},\n\nThank you for your interest in the {role} role at Riverside Refuge Trust and for such a thoughtful "
     "letter. As a small charity we received far more applications than we expected. Yours has not made it "
     "through, and I'm sorry.\n\nWith warm wishes,\n{person}\nOperations Manager"),
    ("Royal Navy application – eligibility",
     "Dear Applicant,\n\nReference: {ref}\n\nThanks for your interest in serving with the Royal Navy. After the medical review, you "
     "do not meet the entry standard for the branch you selected, and your application has been closed.\n\nNavy Recruiting"),
    ("Graduate Teacher Training – Institute of Education decision",
     "Dear {title}{last},\n\nWe have considered your application for the PGCE Secondary (Chemistry) programme. Regrettably "
     "no place can be offered to you on the course for the coming intake.\n\nDecision: Unsuccessful\n\nAdmissions Office"),
]))

T.append(("other", R, "rejection", 12, "mixed", "", [
    ("Your speculative application",
     "Dear {first},\n\nYour CV came through, thanks. We don't have an opening that matches your experience at the moment "
     "and won't be taking this further. We don't keep speculative CVs on file.\n\n{co}"),
    ("Visa sponsorship – {role}",
     "Hi {first},\n\nThank you for applying. This role cannot offer visa sponsorship and your application shows you would "
     "need it, so we are unable to consider you for {role}.\n\nBest regards,\n{co} Recruiting"),
    ("Offer withdrawn – {role}",
     "Dear {first},\n\nI am very sorry to write this. Because of an unexpected freeze on headcount, {co} has to withdraw the "
     "offer we made you for {role} on {dnum} {month}. The position will not be filled.\n\n{person}, Head of People"),
    ("References – {role}",
     "Dear {full},\n\nFollowing the pre-employment checks, your appointment as {role} cannot go ahead, "
     "and the conditional offer lapses from today.\n\nHR Operations, {co}"),
    ("Trial day at {co}",
     "Thanks for spending Saturday in the studio, {first}. The team liked you, but we've given the junior spot to someone "
     "else. All the best, {pfirst}"),
    ("Talent pool update",
     "Hi {first},\n\nA while ago you applied for {role}. That position has since been filled, and we've now archived your "
     "application.\n\nThe {co} team"),
    ("Application incomplete – closed",
     "Dear {first},\n\nYour application for {role} was not completed before the closing date, so it has been removed from "
     "consideration.\n\n{co} Careers"),
]))

# ---- not rejections
T.append(("conf", N, "application_received", 45, "ats", "mixed", [
    ("Thanks for applying to {co}",
     "Hi {first},\n\nWe've received your application for {role}. Our team reads every application carefully.\n\n"
     "If you don't hear from us within {weeks} weeks, please take it that we have gone ahead without you this time. "
     "Thanks for understanding how busy the inbox gets.\n\nThe {co} Recruitment Team"),
    ("Application received: {role}",
     "Dear {full},\n\nYour application (ref. {ref}) arrived safely and is logged. People we'd like to meet will hear by "
     "{dnum} {month}. Unsuccessful candidates will be notified by email when the role is closed.\n\nRegards,\n{co} HR"),
    ("We got it! Your application for {role}",
     "Hey {first} 👋\n\nThanks for throwing your hat in the ring. A real human will look at your application soon.\n\n"
     "Heads-up: we get a lot of applications, so we may not be able to respond individually to everyone. If we think "
     "there's a match, you'll hear from us.\n\nTeam {co}"),
    ("{co} – application acknowledgement",
     "Dear Applicant,\n\nThanks for applying for {role}. Given how many people apply, "
     "we write only to those we'd like to interview. No message from us {days} days after the advert "
     "closes means your application will not be going further.\n\nHuman Resources"),
    ("Your application has been submitted",
     "Hi {first},\n\nThank you for applying for {role} at {co}. It's sitting with the people who will manage the role.\n\n"
     "You'll get an answer either way. Should it not go your way, we'd like to hang on to your profile "
     "for later vacancies — delete it whenever you wish under Settings.\n\nBest,\n{co} Talent"),
    ("Confirmation of application – {ref}",
     "Dear {title}{last},\n\nWe confirm receipt of your application for {role}. The closing date is {dnum} {month}. "
     "Regrettably, applicants left off the shortlist cannot be given individual comments.\n\nYours faithfully,\nRecruitment Office"),
    ("Application received",
     "Hello {first},\n\nThanks – we have your application for {role}.\n\nWhat happens next? Our recruiters review applications "
     "in the order they arrive. Where the experience lines up, we'll ring you for an intro chat. Where it doesn't, you'll get "
     "a short note telling you so.\n\n{co}"),
    ("Thank you for your interest, {first}",
     "Dear {first},\n\nYour application for {role} is successfully registered by us. In case we decide not to go on with "
     "your candidature, we hold your data six months and then erase it, if you do not give permission for more.\n\n"
     "Kind regards,\nHR Team {co}"),
    ("Re: CV for {role}",
     "Hi {first}, got your CV, thanks! Will pass it to the hiring manager this week. No fit? You'll still hear from me, "
     "I hate ghosting folks. {pfirst}"),
    ("Your {co} application",
     "Dear {first},\n\nThank you for applying. Please note: with several hundred replies to each advert, a personal "
     "answer to each applicant is beyond us. Applicants who are not invited to interview by {dnum} {month} should assume they "
     "have not been selected.\n\nSincerely,\n{co} Careers"),
    ("Application confirmation",
     "Dear {full},\n\nMany thanks for applying to the post {role}. We study it with care and answer "
     "you in approximately {weeks} weeks. Sadly not all candidates can be invited, but every application gets an answer.\n\n"
     "With kind regards,\n{person}\nPersonalabteilung"),
]))

T.append(("interview", N, "interview", 20, "person", "mixed", [
    ("Interview invitation – {role}",
     "Dear {first},\n\nThank you for your application for {role}. The team hopes to see you for a first conversation on "
     "{day} {dnum} {month} at {time}, via Microsoft Teams. It will last about 45 minutes with {person} and a member of "
     "the team.\n\nPlease confirm whether this time suits you.\n\n{sign},\n{co} Recruitment"),
    ("Re: {role} – next round",
     "Hi {first},\n\nGreat speaking yesterday! Everyone wants you in for the technical round. Could you "
     "share three slots next week that work for you?\n\n{pfirst}"),
    ("Rescheduled: interview with {co}",
     "Hello {first},\n\nUnfortunately {person} is unwell on {day}, so your interview has to shift. Would {time} on "
     "the following {day} work instead? Apologies for the change.\n\nBest regards,\nTalent team"),
    ("RE: [EXT] Re: availability",
     "Hi {first}, that's confirmed for {day} at {time}. You'll meet {person} (Head of Engineering) and me. Calendar invite "
     "to follow. Ask for me at reception.\n{pfirst}"),
    ("Invitation to assessment centre and interview",
     "Dear {title}{last},\n\nGood news: the panel has put you on the shortlist for {role} (ref. {ref}). "
     "Interviews run on {dnum} {month}. On the day, have a passport or driving licence with you.\n\n"
     "Can't make it? Tell us quickly so we can offer another slot.\n\nYours sincerely,\nHR"),
    ("Phone screen?",
     "Hi {first} — I'm the recruiter for {role} at {co}. Your CV stood out; free for a 20 min call this week? "
     "Here's my calendar link, grab any slot.\n\n{person}"),
]))

T.append(("nextsteps", N, "next_steps", 20, "ats", "mixed", [
    ("Next step: online assessment for {role}",
     "Hi {first},\n\nGood news — you've moved on. Your next task is the online assessment; finish it using the "
     "link below by {day} {dnum} {month}, 23:59 (UK time). It takes about 40 minutes.\n\nIf you need an adjustment, reply "
     "to this email.\n\n{co} Early Careers"),
    ("Your take-home exercise",
     "Hi {first},\n\nAs discussed, attached is the take-home exercise for {role}. Please send your solution back within "
     "{days} days. Please cap your time at about half a day.\n\nShout if anything's unclear!\n{pfirst}"),
    ("Action required: references",
     "Dear {first},\n\nTo move your application for {role} forward, please provide the contact details of two referees "
     "through the portal by {dnum} {month}.\n\nThank you,\nPeople Team, {co}"),
    ("Video interview – please record by {day}",
     "Hello {full},\n\nThe next step for {role} is a recorded video interview with no live interviewer. There are five questions and "
     "you will have 2 minutes per answer. The link expires in {days} days.\n\nGood luck!\n{co}"),
    ("Background check – consent needed",
     "Hi {first},\n\nWe're nearly there. Please complete the background screening form (right to work, DBS and employment "
     "history) within 5 working days so we can keep things moving.\n\n{person}"),
    ("Re: {role} – task brief",
     "Hi {first}, thanks for the chat today. As promised, here's the brief for the presentation: 10 minutes on how you'd "
     "grow our B2B channel. Please email slides to me by {day} noon. {pfirst}"),
]))

T.append(("offer", N, "offer", 12, "person", "mixed", [
    ("Offer of employment – {role}",
     "Dear {first},\n\nI am delighted to offer you the position of {role} at {co}, with a starting salary of {salary} per "
     "annum. Your contract is attached. Please sign and return it by {dnum} {month}.\n\nWe're really looking forward to "
     "working with you.\n\n{sign},\n{person}"),
    ("Re: decision", "Hi {first} — great news, we'd love you to join us! I'll send the paperwork tomorrow. {pfirst}"),
    ("Conditional offer – {ref}",
     "Dear {title}{last},\n\nFollowing your interview, the panel has agreed to make you a conditional offer for {role}; "
     "it becomes final once your references and vetting come back clear.\n\nYours sincerely,\nHR"),
    ("Welcome aboard!",
     "{first}! The team voted unanimously. Offer letter attached - {salary} plus bonus. Any questions before you sign, just ring.\n\n{pfirst}"),
    ("Verbal offer follow-up",
     "Hi {first},\n\nGreat to speak earlier. As promised, confirming the offer in writing: {role}, {salary}, start date "
     "to be agreed. Formal letter to follow from HR.\n\nBest,\n{person}"),
]))

T.append(("status-neutral", N, "other_job", 5, "ats", "", [
    ("Application status: {role}", "Hello {first},\n\nYour application for {role} is now: Under review.\n\n{co}"),
    ("Update: you've been shortlisted",
     "Hi {first}, your application for {role} has been shortlisted. The hiring manager will be in touch about interview "
     "dates.\n\n{co} Recruitment"),
    ("Withdrawal confirmed",
     "Dear {first},\n\nDone: your {role} application is withdrawn at your request. We hope to see you apply again.\n\n{co}"),
]))
T.append(("alert", N, "job_alert", 4, "other:Job alerts:alerts@jobsradar.co.uk", "", [
    ("7 new jobs for '{role}'",
     "New jobs matching your search\n\n{role} – {co} – {salary}\n{other_role} – {other_co}\n\nSee all jobs\n\n"
     "Not interested anymore? Stop this alert."),
    ("Jobs you might like",
     "Hi {first}, based on your profile: {other_role} at {other_co}, {role} at {co} (Easy Apply).\n\nUnsubscribe"),
]))
T.append(("pitch", N, "recruiter_outreach", 4, "agency", "", [
    ("{other_role} opportunity",
     "Hi {first},\n\nYour background jumped out at me for a {other_role} brief I'm running at the "
     "moment. Salary up to {salary}, hybrid. Open to a chat?\n\n{person}, {agency}"),
    ("Quick question", "Hey {first} - are you open to new roles at the moment? I have something in {other_role} that "
     "could be interesting. {pfirst}"),
]))

T.append(("nonjob", N, "non_job_rejection_words", 10, "nonjob", "", [
    ("Your mortgage application",
     "Dear {first},\n\nThank you for applying for a mortgage with Hollybank Building Society. On the information provided, "
     "we cannot lend on this property just now.\n\nMortgage Services"),
    ("Re: flat on Alder Road", "Hi {first}, sorry, the landlord chose other tenants for the flat. Will let you "
     "know if anything else comes up. Jo, Parkside Lettings"),
    ("Your proposal for PyCon", "Dear {first},\n\nThank you for submitting a talk. With over 600 proposals in hand, "
     "the committee had to leave yours out of this year's schedule.\n\nThe Programme Committee"),
    ("Payment declined", "Your payment of £42.99 to StreamBox was declined. Please update your card details to avoid "
     "interruption to your service."),
    ("Allotment waiting list", "Dear {first}, unfortunately we have no plots available and your application remains on "
     "the waiting list. Greenfields Allotment Society"),
    ("Grant application outcome", "Dear {full},\n\nThe panel has reviewed your application to the Community Arts Fund. "
     "We regret that it has not been successful in this round.\n\nArts Council Grants Team"),
]))

INST_SENDERS = ["HR Services <recruitment@wexcombe.ac.uk>", "Harbourside NHS Jobs <noreply@harbourside.nhs.uk>",
                "Kelmoor DC Recruitment <jobs@kelmoor.gov.uk>", "Army Officer Selection <aosb-noreply@armyrecruiting.mod.uk>",
                "Riverside Refuge Trust <hello@riversiderefuge.org.uk>", "Royal Navy Recruiting <no-reply@navyrecruiting.mod.uk>",
                "IOE Admissions <admissions@ioe-wexcombe.ac.uk>"]
NONJOB_SENDERS = ["Hollybank Building Society <mortgages@hollybank.co.uk>", "Jo Parry <jo@parksidelettings.co.uk>",
                  "PyCon Programme Committee <program@pycon.example.org>", "StreamBox <billing@streambox.tv>",
                  "Greenfields Allotments <secretary@greenfieldsallot.org.uk>", "Community Arts Fund <grants@artsfund.org.uk>"]
APPLICANT_NOTES = [
    "Hi {pfirst},\n\nThank you for the interview on {day}. I really enjoyed hearing about the team's plans. "
    "Is there any update on the timeline?\n\nBest regards,\n{first}",
    "Dear {pfirst},\n\nJust following up on my final interview for {role}. I'm still very keen and can send over "
    "samples of my work if that helps the panel.\n\nKind regards,\n{full}",
    "Hello {pfirst}, thanks again for your time. Please find attached the references you asked for.\n{first}",
]


def sender_for(kind: str, variant: int, s: Slots, rng: random.Random) -> str:
    if kind == "ats" or (kind == "mixed" and rng.random() < 0.5):
        addr, ats = rng.choice(ATS)
        s["ats"] = ats
        return f"{s['co']} {rng.choice(['Careers', 'Recruiting', 'Talent', 'Jobs'])} <{addr}>"
    if kind in ("person", "mixed"):
        p = s["person"].lower().split()
        return f"{s['person']} <{p[0]}.{p[1]}@{s['dom']}>"
    if kind == "agency":
        p = s["person"].lower().split()
        return f"{s['person']} | {s['agency']} <{p[0][0]}{p[1]}@{s['adom']}>"
    if kind == "inst":
        return INST_SENDERS[variant % len(INST_SENDERS)]
    if kind == "nonjob":
        return NONJOB_SENDERS[variant % len(NONJOB_SENDERS)]
    return kind.split(":", 1)[1] + " <" + kind.split(":", 2)[2] + ">" if kind.count(":") == 2 else kind


def wrap(mode: str, body: str, subject: str, sender: str, s: Slots, rng: random.Random) -> tuple[str, str]:  # noqa: PLR0917 - positional like its callers
    if mode == "mixed":
        mode = rng.choice(["", "", "footer", "html", "outlook-sig"])
    if mode == "footer":
        body += rng.choice(FOOTERS).format(**s)
    elif mode == "html":
        brand = Slots(s, co=s["agency"], dom=s["adom"]) if " | " in sender else s
        body = html(body, brand)
    elif mode == "outlook-sig":
        machine = any(addr in sender for addr, _ in ATS)
        body += rng.choice([*["\n\nGet Outlook for Android", "\n\nSent from my iPhone"][2 if machine else 0:], "\n\n--\nThis message may hold privileged content. Received it by mistake? Tell us by reply " "and then erase it, thank you."])
    elif mode == "thread":
        note = rng.choice(APPLICANT_NOTES).format(**s)
        base = re.sub(r"^(RE|Re|AW|Fwd)[:\s\[\]EXT]*", "", subject).strip() or s["role"]
        who = f"{s['full']} <{s['email']}>"
        if rng.random() < 0.5:
            body = gmail_quote(body, note, s, who)
        else:
            body = outlook_quote(body, note, s, who, sender.split(" <", maxsplit=1)[0], base)
    return subject, body


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for byte-identical output
    records: list[dict[str, str]] = []
    for tid, label, kind, count, sender_kind, mode, variants in T:
        for i in range(count):
            v = i % len(variants)
            s = slots(rng)
            s["sign"] = rng.choice(SIGNOFFS)
            s["title"] = rng.choice(["Mr ", "Ms ", "Dr ", "Mx ", ""])
            s["client_short"] = s["other_co"].split()[0]
            s["co_up"] = s["co"].upper()
            s.setdefault("ats", rng.choice(ATS)[1])
            subj_t, body_t = variants[v]
            who = "person" if sender_kind == "ats" and "{pfirst}" in body_t else sender_kind
            sender = sender_for(who, v, s, rng)
            subject, body = subj_t.format(**s), body_t.format(**s)
            if sender_kind == "ats" and rng.random() < 0.3:
                body = body.replace("Hi ", "Hello ", 1)
            if rng.random() < 0.15 and "color" not in body:
                body = body.replace("organisation", "organization").replace("apologise", "apologize")
            subject, body = wrap(mode, body, subject, sender, s, rng)
            if mode == "thread" and not subject.lower().startswith("re"):
                subject = "Re: " + subject
            records.append({
                "id": f"blind4:{tid}-{i:03d}",
                "subject": subject,
                "body": body,
                "sender": sender,
                "label": label,
                "kind": kind,
                "family": f"blind4-{tid}-{v}",
                "provenance": "written for rejectwatch issue 11 blind slice 4 (make_blind4.py); never trained on",
                "to": f"{s['full']} <{s['email']}>",
                "date": format_datetime(s["when"]),
            })
    rng.shuffle(records)
    return records


def shingles(text: str, n: int = 6) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def check(records: list[dict[str, str]]) -> None:
    root = HERE.parent
    others: set[str] = set()
    files = sorted(root.glob("*.jsonl")) + [p for p in sorted(HERE.glob("blind-slice*.jsonl")) if p != OUT]
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    others |= shingles(json.loads(line).get("body", ""))
    shared: dict[str, int] = {}
    hit = 0
    for r in records:
        common = shingles(r["body"]) & others
        if common:
            hit += 1
        for c in common:
            shared[c] = shared.get(c, 0) + 1
    print(f"{hit} of {len(records)} bodies share a 6-word shingle with {len(files)} other files; "
          f"{len(shared)} distinct shared shingles (our side):")
    for c, k in sorted(shared.items(), key=lambda kv: -kv[1]):
        print(f"  {k:3d}  {c}")


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    if "--check" in sys.argv[1:]:
        check(records)


if __name__ == "__main__":
    main()
