# ruff: noqa: E501, S311
"""Write the eighteenth sealed blind slice for issue 11 (blind-slice-18.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Every name, company, role and
sentence is invented for rejectwatch. ``--langs`` prints the make-up (no text); ``--check``
prints how many of our bodies share a 6-word shingle with the other .jsonl files in data/ and
data/blind/ (read only as shingle sets; only our side is printed).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SEED = 180181
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-18.jsonl"
PROVENANCE = "written for rejectwatch issue 11, eighteenth blind slice (make_blind18.py), sealed"

FIRST = [
    "Ottoline", "Kwabena", "Marisol", "Teodor", "Yusra", "Blessing", "Caoimhe", "Ravindra",
    "Hollis", "Ingrid", "Temitope", "Anselm", "Noor", "Leopoldine", "Desmond", "Farida",
    "Jorunn", "Casimir", "Phoebe", "Mthunzi", "Eulalia", "Tarquin", "Saoirse", "Bartholomew",
    "Nkechi", "Wilhelmina", "Darius", "Ysolde", "Kenji", "Perpetua", "Lachlan", "Zainab",
    "Fenella", "Oluwaseun", "Gideon", "Marguerite", "Ruairi", "Esperanza", "Tobias", "Hyacinth",
    "Imogen", "Cormac", "Shirin", "Augustin", "Delphine", "Ezekiel", "Roswitha", "Tendai",
]
LAST = [
    "Pettigrew", "Asante", "Valdivia", "Hollowell", "Barzani", "Okafor", "Ní Bhriain", "Sundaram",
    "Cartwright", "Lindqvist", "Adeyemi", "Brackwater", "Haddad", "Vasseur", "Mulcahy", "Rahimi",
    "Eikeland", "Wojcik", "Tremayne", "Dlamini", "Quiroga", "Fairbrother", "Keogh", "Ashdown",
    "Nwosu", "Van Heerden", "Farrokh", "Penhaligon", "Morikawa", "Osei-Bonsu", "McPhail", "Chaudhry",
    "Greatorex", "Abiodun", "Rosenthal", "Delacroix", "Ó Dónaill", "Montalbán", "Kettering", "Blackwood",
]
MAILHOSTS = ["postbox.example", "mailhub.example.net", "inbox.example.org", "fastmail.example", "homemail.example.com"]
TZS = [
    ("+0000", 0), ("+0100", 60), ("+0200", 120), ("-0500", -300), ("-0400", -240), ("-0700", -420),
    ("+1000", 600), ("+1200", 720), ("+0530", 330), ("+0800", 480), ("+0900", 540), ("-0300", -180),
    ("+0300", 180), ("-0600", -360), ("+0630", 390), ("+1300", 780),
]
MOBILE = [
    "Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
    "Sent from my Galaxy — excuse the brevity", "sent from phone, typos likely",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

GENERIC_CO = [
    "Harrowgate Systems", "Bellfounder Analytics", "Copperkettle Foods", "Northmere Housing",
    "Silverbirch Logistics", "Kilnworth Ceramics", "Dunmore Civil", "Alderwick Health",
    "Marrowfield Energy", "Sablecrest Insurance", "Tidewater Labs", "Oakhollow Media",
    "Greystone Retail", "Fennick & Rowe", "Lowther Software", "Brambledene Care",
]
GENERIC_ROLE = [
    "Operations Coordinator", "Data Analyst", "Customer Success Lead", "Finance Assistant",
    "Junior Product Designer", "Facilities Supervisor", "Payroll Officer", "Marketing Executive",
    "Backend Developer", "Procurement Officer", "Quality Technician", "Office Manager",
]

TEMPLATES: list[dict] = []


def add(label: str, kind: str, key: str, subject: str, body: str, *, sender: str = "person",
        copies: int = 2, lang: str = "en", co: list[str] | None = None,
        role: list[str] | None = None, to: str | None = None, tz: str | None = None,
        mobile: bool = False, group: str = "") -> None:
    TEMPLATES.append({
        "label": label, "kind": kind, "key": key, "subject": subject, "body": body,
        "sender": sender, "copies": copies, "lang": lang, "co": co, "role": role, "to": to,
        "tz": tz, "mobile": mobile, "group": group,
    })


def rej(key: str, subject: str, body: str, group: str, **kw) -> None:
    add("rejection", "rejection", key, subject, body, group=group, **kw)


def oth(kind: str, key: str, subject: str, body: str, **kw) -> None:
    add("not_rejection", kind, key, subject, body, **kw)


# Long footers, each under refusals and under other mail.
FOOT_WREN = (
    "\n\n—\nYou applied through the {co} careers site, run on Wrenlatch Talent Cloud.\n"
    "Need this message in large print, audio or Easy Read? Reply with 'FORMAT' and tell us which.\n"
    "Reasonable adjustments: tell us at any stage what would help you take part.\n"
    "Your data: the candidate privacy notice lives at careers.{dom}/privacy (last updated 3 February).\n"
    "Follow us: LinkedIn · Instagram · Mastodon\n"
    "Wrenlatch Talent Cloud 4.2 · Message ref {ref}"
)
FOOT_NEWS = (
    "\n\n====================\nTHE {CO} NOTICEBOARD\n"
    "• Our bike-to-work week raised £2,140 for the food bank — thank you, everyone who pedalled.\n"
    "• New: the staff choir meets on Thursdays in the atrium, no audition.\n"
    "• We're hiring in Leeds, Cardiff and Belfast — look under 'Open roles'.\n"
    "The noticeboard goes to everyone holding a {co} candidate login. Manage mail settings | Leave the list\n"
    "===================="
)
FOOT_LEGAL = (
    "\n\n{co} LLP is a firm overseen by the Solicitors Regulation Authority (SRA no. {ref}).\n"
    "CYBER-FRAUD WARNING: we will never tell you by e-mail that our bank details have changed. If you get such a message, ring us on the number on our website before you send anything.\n"
    "This message may be privileged. Got this in error? Bin it and drop the sender a line; do not forward, copy or act on it.\n"
    "A list of members is open for inspection at our registered office, 14 Quarry Lane."
)
FOOT_APP = (
    "\n\n📱 Get the {co} Jobs app — swipe through shifts near you.\n"
    "[App Store]  [Google Play]\n"
    "Jobs near you this week: Picker (nights) · Van Driver · Team Leader (weekends) · Returns Clerk\n"
    "Alerts are powered by Pebblequeue. Pause alerts · Change your radius · Delete my account\n"
    "© {co}. All rights reserved. Registered office: Unit 9, Fairground Way."
)


# ---------------------------------------------------------------- rejections, issue kinds
# Person-written thread replies after interviews: someone else's hire, no negation.
rej("thr-lighting", "RE: [EXT] Re: Stage electrician — follow up",
    "Hi {first},\n\nThanks for your patience on this one. Our head of lighting has gone with Rhodri, who toured with us last autumn and already knows the rig, so he'll take the chair from the next production.\n\nNice meeting you at the get-in, and I've kept your details for the panto season.\n\n{sigf}\n\nFrom: {first} {last}\nSent: {day} 09:41\nTo: {sig}\nSubject: Re: Stage electrician — follow up\n\nHi {sigf}, just wondering whether there's any news after Tuesday? Happy to send over my lighting desk certificates if useful.",
    "thread", co=["Gaslight Playhouse", "Tollbridge Theatre Company"], role=["Stage Electrician", "Stage Electrician"])
rej("thr-pharmacy", "Re: [EXTERNAL] Re: Locum cover, Saturdays",
    "Morning {first},\n\nQuick one from me before clinic. We've offered the Saturday sessions to a pharmacist who covered for us over Easter and she's said yes, so the rota is sorted until March.\n\nThanks for coming in to chat — really appreciated.\n\nBest,\n{sigf}\n{co}\n\nOn {day}, {first} {last} wrote:\n> Thanks for showing me round the dispensary. I can do alternate Saturdays from next month if that helps.",
    "thread", co=["Crowfoot Pharmacy", "Wellmeadow Chemists"], mobile=True)
rej("thr-surveyor", "RE: [EXT] RE: Graduate building surveyor — interview 2",
    "{first},\n\nApologies for the slow reply; the partners only met on Friday. They've appointed Ffion Ellery, whose dissertation on damp in solid-wall terraces is close to half our current caseload, and she starts on the 3rd.\n\nBoth rounds took time out of your week — thank you.\n\nRegards\n{sig}\nAssociate, {co}\n\n-----Original Message-----\nFrom: {first} {last}\nSent: {day} 17:02\nSubject: RE: Graduate building surveyor — interview 2\n\nDear {sigf}, thank you for the second interview. I enjoyed the site visit and hope to hear soon.",
    "thread", co=["Pargeter Lowe Surveyors", "Castleford Reade Partnership"])
rej("thr-ux", "re: re: UX researcher chat",
    "hey {first} — circling back on this. we ended up bringing in someone who ran the diary studies at our old agency, so that's the research seat filled for this year.\n\nreally enjoyed your portfolio walk-through, the card sort on the pension app was sharp.\n\n{sigf}\n\n> On {day} {first} wrote:\n> Hi {sigf}, good chatting yesterday! Shout if you need more samples.",
    "thread", co=["Kitefield Studio", "Moth & Lantern Digital"], role=["UX Researcher", "User Researcher"])
rej("thr-warehouse", "RE: Shift manager – second interview",
    "Hi {first}\n\nThanks again for coming down to the depot. The shift manager job has gone to Callum from our Doncaster site, who's relocating with his family and can start on nights straight away.\n\nAll the best,\n{sig}\nSite Manager\n{co}\n\n________________________________\nFrom: {first} {last}\nSent: {day}\nTo: {sig}\nSubject: Shift manager – second interview\n\nHi {sigf}, just confirming I can make 2pm on Thursday. Is there parking on site?",
    "thread", co=["Silverbirch Logistics", "Redgrave Distribution"])
rej("thr-ecology", "Re: [EXT] Re: Seasonal ecologist (bats)",
    "Dear {first},\n\nI appreciated your time at interview and on the transect exercise last week. Our bat lead has taken on Niamh Corrigan, who holds the class 2 licence already, so the survey season is staffed.\n\nWith thanks and best wishes,\n{sig}\nPrincipal Ecologist, {co}\n\nOn {day} at 08:15, {first} {last} <{addr}> wrote:\n> Dear {sigf}, I'm available for the dusk survey training on the 14th if that would be helpful before a decision.",
    "thread", co=["Hedgerow Ecology", "Brockwell Environmental"])

# Clear refusals under long footers.
rej("foot-wren-a", "Your application to {co}",
    "Dear {first},\n\nThanks for your {role} application. Every application was read against the role profile, and yours stops at this point.\n\nWe know that's disappointing to read. Do try for other openings here.\n\n{co} Recruitment Team" + FOOT_WREN,
    "footer", sender="careers")
rej("foot-news", "{role}: an update on your application",
    "Hi {first},\n\nThanks for going for {role}. Someone has now been hired for that post and are letting everyone else who applied know.\n\nOther openings go up on the site most weeks.\n\nKind regards,\n{sig}\nPeople Team" + FOOT_NEWS,
    "footer")
rej("foot-legal", "Trainee legal executive — outcome",
    "Dear {first} {last},\n\nThank you for joining us for the assessment morning. Now the outcome: a trainee legal executive place with the firm isn't one we can give you this year.\n\nIf feedback would help you, please reply and I will arrange a call.\n\nYours sincerely\n{sig}\nHR Manager, {co}" + FOOT_LEGAL,
    "footer", co=["Ravenhill Atwood", "Thistlewood Mercer"])
rej("foot-app", "Your shift application",
    "Hi {first},\n\nYour application for {role} at our {co} site has been checked. It can't go any further — all the shifts have been allocated.\n\nThanks for thinking of us." + FOOT_APP,
    "footer", sender="careers", co=["Pennyhill Fulfilment", "Larkrise Parcels"], role=["Warehouse Picker (nights)", "Returns Clerk"])

# Hedged refusals.
rej("hedge-portfolio", "{role} — thank you",
    "Dear {first},\n\nYour application and portfolio were clearly put together with care. The panel found much to admire, though in the end they felt another candidate's recent work sat a little nearer to where the studio wants to head next year.\n\nPerhaps we'll work together another time.\n\nWarmly,\n{sig}",
    "hedge", co=["Fieldfare Architects", "Ochre & Slate Design"], role=["Part II Architectural Assistant", "Interior Designer"])
rej("hedge-fit", "Following up on your interview",
    "Hi {first},\n\nI've talked it through with the hiring team. They're proceeding with someone whose years in regulated manufacturing sit slightly nearer to what the plant needs right now.\n\nDisappointing, I realise, and I appreciate the hours you gave us.\n\n{sig}\nTalent Partner, {co}",
    "hedge", co=["Tidewater Labs", "Kestrelmoor Biologics"])
rej("hedge-timing", "Thanks for talking with us",
    "Hello {first},\n\nWe've gone round in circles on this, and concluded that now is the wrong moment to hire you as {role}. Our priorities shifted towards someone who can lead the migration from day one.\n\nThank you, genuinely, for the conversations.\n\nBest wishes,\n{sig}",
    "hedge")
rej("hedge-close", "Your application – {role}",
    "Dear {first},\n\nIt was a close call. A number of strong people applied, and the candidate we have asked to join us had a little more hands-on time with the systems we run. Should another role suit you, do write again.\n\nKind regards,\n{sig}\n{co}",
    "hedge")
rej("hedge-direction", "An update from {co}",
    "Hi {first},\n\nWe've thought carefully about the {role} role since we spoke. The team has opted for a profile with deeper agency experience, so we'll be pausing the conversation with you here.\n\nThanks for being so open about your plans, and every luck finding the right next thing.\n\n{sigf}",
    "hedge")

# Recruiter follow-ups after a call: decision plus another role.
rej("agency-other", "Feedback from {co} + something else",
    "Hi {first},\n\nGood to speak on Tuesday. News from the client on {role}: an internal applicant has got it, so we can stop waiting on that one.\n\nSeparately, a Salford landlord needs nine months of maternity cover, which might fit you even better — £38k pro rata, hybrid. Fancy a quick call tomorrow? I'll need an updated CV by Friday.\n\nCheers,\n{sig}\nSenior Consultant, Brightsill Recruitment",
    "agency", co=["a Manchester insurer", "a Salford housing group"], sender="{sig} <{sigaddr}@brightsill.example>")
rej("agency-inhouse", "Re: our call",
    "Hi {first},\n\nThanks for making time for the call. Having spoken to the hiring manager, the {role} post won't go your way — she wants a person who has run a team of five or more.\n\nThat said, our payments squad has an opening for a senior analyst and I think you'd do well there. Can I send your profile across? A one-word reply is enough and I'll book the intro.\n\n{sig}\nTalent Acquisition, {co}",
    "agency")
rej("agency-aus", "Quick update re the Brisbane role",
    "G'day {first},\n\nWord from the client: they've offered the project engineer job to another candidate they'd met earlier in the process. Sorry mate.\n\nI've got a site engineer contract in Toowoomba, 12 months with an extension likely, that fits your civil background. Keen? Send me your availability and your name goes to them this week.\n\n{sig}\nKookaburra Technical Recruitment", "agency", tz="+1000", co=["Kookaburra Technical Recruitment", "Kookaburra Technical Recruitment"])

# Public-sector notices.
rej("pub-notreferred", "Notice of results — Vacancy {ref}",
    "Applicant: {full}\nPosition: Contract Specialist, GS-1102-11\nAnnouncement: {ref}\n\nHR rated you as qualified. Those rated in a higher quality band went to the selecting official first; your name did not go with them.\n\nThis notice is for your records. This mailbox is unattended.\n\nDPW Human Resources Office",
    "public", sender="DPW Human Resources <hr-notices@dpw.gov.example>", tz="-0500")
rej("pub-ineligible", "Application status: ineligible",
    "Dear {first} {last},\n\nYour application for Environmental Health Officer (ref {ref}) has been assessed as ineligible. The role requires registration with the Environmental Health Registration Board, and no registration number was supplied.\n\nA fresh application to a later round is possible once you hold registration.\n\nRecruitment Services\n{co}",
    "public", co=["Westbrook District Council", "Harrowfield Borough Council"])
rej("pub-cancelled", "Vacancy cancelled — {role}",
    "Dear applicant,\n\nThe {role} vacancy (ref {ref}) is cancelled: the service's budget was cut at review. No one is being appointed, and all applications — yours too — are closed.\n\nOur thanks for applying.\n\nCounty HR Shared Services",
    "public", sender="County HR Shared Services <jobs@shiredale.gov.uk.example>", role=["Highways Inspector", "Libraries Outreach Officer"])
rej("pub-sift", "Campaign {ref}: sift outcome",
    "Dear {full},\n\nThanks for applying in the Policy Adviser campaign ({ref}). Assessors marked it on the behaviours and experience in the advert. Progressing needed a 4 or higher in every behaviour; you received 3 for Communicating and Influencing, so an interview won't follow.\n\nCivil Service Recruitment (on behalf of the department)",
    "public", sender="Civil Service Recruitment <noreply@csr.gov.uk.example>")

# Bare ATS statuses.
rej("ats-marrow", "Application {ref} – status change",
    "Marrowdesk | {co}\n\nRequisition: {role}\nCandidate: {full}\nStatus: Rejected – did not meet requirements\nUpdated: {day}\n\nAutomated message from Marrowdesk — replies are not read.",
    "ats", sender="Marrowdesk Notifications <notify@marrowdesk.example>")
rej("ats-pebble", "Update on {role}",
    "Your application for {role} at {co} has been moved to: Not Progressing.\n\nView your candidate dashboard: https://candidates.pebblequeue.example/c/{ref}\n\nPowered by Pebblequeue",
    "ats", sender="{co} (via Pebblequeue) <mailer@pebblequeue.example>")
rej("ats-wren-html", "Application update",
    "<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\"><h3>{co}</h3><p>Hello {first},</p><p>Something changed on your application.</p><table border=\"1\" cellpadding=\"4\"><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td><b>Position filled</b></td></tr></table><p style=\"font-size:11px\">Wrenlatch Talent Cloud</p></td></tr></table></body></html>",
    "ats", sender="careers")
rej("ats-oneline", "Application {ref}",
    "Candidate {full}: application for {role} closed (not shortlisted).",
    "ats", sender="Hiring System <donotreply@{dom}>")

# Internship decisions.
rej("intern-museum", "Summer internship 2026 — outcome",
    "Dear {first},\n\nYour collections-care internship application was read with interest. We received 341 applications for eight places and have now made our offers. We regret that yours was not among them.\n\nThe learning team runs free volunteer days through the autumn, and you would be very welcome.\n\n{sig}\nInternship Coordinator, {co}",
    "intern", co=["Museum of Salt and Seafaring", "Hollins Textile Museum"])
rej("intern-bank", "Spring Insight Week: your application",
    "Hi {first},\n\nThanks for taking the online tests for our Spring Insight Week. Your results fell short of the mark for the video interview stage, so this year's week will go ahead without you.\n\nThe summer internship opens in October and you can try for it then.\n\nEarly Careers Team, {co}",
    "intern", co=["Aldermoor Capital", "Fenwick Harcourt Bank"], sender="careers")
rej("intern-lab", "Re: undergraduate research placement",
    "Dear {first},\n\nMany thanks for asking about a summer placement with my group. I've had many more enquiries than I can take this year and have already filled the two funded places with students from the department.\n\nBest of luck with your studies,\n{sig}\nReader in Plant Sciences",
    "intern")

# Short notes.
rej("short-cafe", "Re: barista",
    "hi {first}, we've got someone now, thanks tho!", "short", copies=1, mobile=True, co=["Bean There Café"])
rej("short-farm", "picking job",
    "Sorry {first}, all full up for the season now. Try us again in spring. {sigf}", "short", copies=1, co=["Pippin Hill Fruit Farm"])
rej("short-nonnative", "About your apply",
    "Dear Mr/Ms {last},\n\nThank you for apply our company. We are sorry but this position is now close and we choose other person. We wish you good lucky in future.\n\nBest regard\n{sig}\nHR Department", "short", copies=1)


# ---------------------------------------------------------------- rejections, new kinds (one each)
def new(key: str, subject: str, body: str, **kw) -> None:
    rej(key, subject, body, "new", copies=1, **kw)


new("steno", "[Ticket #{ref}] Re: Stenographer speed assessment",
    "— write your reply above this line —\n\nHi {first},\n\nThe scoring for Saturday's speed assessment is back. Your transcript of the 225 wpm testimony passage came in at 94.1 % accuracy; the court reporting pool takes writers at 97.5 % or higher, so the roster stays closed to you this round.\n\nThe next sitting is in four months.\n\n{sigf} (Court Reporting Services)\n\nThis ticket was updated by our support desk. Answer this e-mail to add to the ticket.", co=["Court Reporting Services"])
new("ski", "Winter season — instructor hiring",
    "Hi {first},\n\nThanks for coming up for the clinic on the nursery slope. We've finished picking this season's team. With a Level 1 and no teaching hours logged yet, we've gone for instructors who hold at least their Level 2, as most of our bookings are private adult lessons.\n\nCome and do the shadowing programme next year — it would count towards your hours.\n\n{sig}\nSnowsports School Director", co=["Glen Corrach Snowsports"])
new("locksmith", "Apprentice locksmith",
    "Hello {first},\n\nThanks for popping into the shop and for the letter. I've taken my nephew on as the apprentice after all, so the job's gone. Apologies for the wait on an answer.\n\nAll the best,\n{sig}\nKeywise Locks & Safes", co=["Keywise Locks & Safes"])
new("bees", "Honey farm season crew",
    "Hi {first},\n\nMany thanks for asking to be on the seasonal crew at the apiary. We need every crew member to be able to work inside the hives from the first week, and the allergy question on your form means it wouldn't be safe to bring you on. Sorry — this says nothing about you as a worker.\n\nBest,\n{sig}\nHeatherbrae Honey Farm", co=["Heatherbrae Honey Farm"])
new("piano", "Re: trainee piano technician",
    "Dear {first},\n\nThank you for your letter and for playing the tuning exercise so patiently at the workshop. After a lot of thought I've offered the traineeship to a young man who has spent two years in a harp maker's shop. Your ear is good, and the college course in Newark might suit you.\n\nYours,\n{sig}\nPiano Restorer", co=["Marchbank Pianos"])
new("zoo", "Animal Keeper (Primates) – your application",
    "Dear {first},\n\nYour application for the primate section's Animal Keeper post has been through shortlisting. The field was strong and have shortlisted applicants who hold the Level 3 diploma in animal management alongside paid experience with great apes. On this occasion you haven't been shortlisted.\n\nWe wish you well.\n\nPeople & Culture, Ashcombe Wildlife Park", sender="careers", co=["Ashcombe Wildlife Park"])
new("crossing", "School Crossing Patrol – St Brendan's Road",
    "Dear {full},\n\nRe: School Crossing Patrol Officer, St Brendan's Road\n\nFollowing your interview, the panel chose another applicant for the post, who lives nearer the crossing point and can cover both the morning and afternoon sessions.\n\nThank you for wanting to help children cross safely.\n\nRoad Safety Team\nShiredale County Council", sender="Road Safety Team <roadsafety@shiredale.gov.uk.example>")
new("pollclerk", "Poll clerk appointments – May elections",
    "Dear {first},\n\nThank you for offering to work as a poll clerk at the May elections. Every polling station in your ward is now fully staffed, so there's no post for you this time. We'll keep your name on the reserve list and may get in touch if someone drops out in the final week.\n\nElections Office", sender="Elections Office <elections@kettleby.gov.uk.example>")
new("arborist", "Climbing arborist – aerial rescue",
    "{first},\n\nThanks for the day on the oak at Burnham. The aerial rescue didn't come together in the time we set — you had the casualty down in just over six minutes and we work to four — so I can't put you on the crew.\n\nGet some more rescue practice in and ring me in the new year.\n\n{sigf}\nCanopy Tree Care\n\nSent from my Galaxy — excuse the brevity", co=["Canopy Tree Care"])
new("farrier", "Approved Training Farrier vacancy",
    "Dear {first},\n\nThank you for the two days you spent with us at the forge. I've thought hard about it and have chosen another apprentice, who already has the Level 2 in blacksmithing and has shod with her father for a year.\n\nYou'd be welcome at the forge for the odd day if you want the experience.\n\nKind regards,\n{sig} DipWCF", co=["Anvil Lane Forge"])
new("conservator", "Paintings Conservator (fixed term)",
    "Dear {full},\n\nWe appreciated your day in the studio for the practical. The panel has picked a conservator with more experience of structural lining on large canvases, which the project needs in its first phase.\n\nWe were impressed by your retouching test and hope we may call on you when later projects come up, if you're willing.\n\nSincerely,\n{sig}\nHead of Conservation, Calderbridge Gallery", co=["Calderbridge Gallery"])
new("residency", "Writer-in-residence 2026/27",
    "Dear {first},\n\nYour residency proposal reached us — thanks. Our readers went through 412 submissions and the residency has been awarded to a poet from Orkney. Your proposal was on the long list of thirty.\n\nNext autumn's call is open to you too.\n\nThe Residency Committee\nSaltmarsh Writers' House", co=["Saltmarsh Writers' House"])
new("vetnurse", "Registered Veterinary Nurse – Ridgeway",
    "Hi {first},\n\nThanks for coming for the working interview. The job is going to someone else — we need a nurse who's comfortable running the exotics clinic on her own, and you said yourself that rabbits and reptiles aren't your area yet.\n\nThanks again, and the team really liked you.\n\n{sig}\nHead Nurse, Ridgeway Vets", co=["Ridgeway Vets"])
new("dogwalk", "Your Pawpath walker profile",
    "Hi {first},\n\nThanks for signing up to walk with Pawpath. We've finished reviewing your profile and, for now, we can't approve it: we require at least one reference from someone whose dog you've looked after, and both of yours were from employers.\n\nYou can reapply after 90 days.\n\nThe Pawpath Trust & Safety team", sender="Pawpath <trust@pawpath.example>")
new("puppet", "Cancelled: Callback – puppeteer (Mossy Bottom series 3)",
    "This event has been cancelled.\n\nCallback – puppeteer (Mossy Bottom series 3)\nWhen: {day} 10:30–11:15\nWhere: Studio 2, Dockside\n\nNote from organiser: Hi {first}, sorry to do this by calendar. The producers have cast the role of Nettle from the first round, so the callback is off. Thanks for the self-tape — the voice was lovely.\n\nInvitation from Google Calendar", sender="{sig} <{sigaddr}@{dom}>", co=["Kettle Lane Productions"])
new("circus", "aerial tryout",
    "[14/03, 21:07] Mirela Dobos: Hi {first}! was great having u at the tryout\n[14/03, 21:08] Mirela Dobos: the directors decided on the duo from Budapest for the hoop act\n[14/03, 21:08] Mirela Dobos: so not this tour sorry 😕\n[14/03, 21:09] Mirela Dobos: keep training your drops, they were beautiful\n\n-- exported chat, forwarded by {first} to self", sender="{first} {last} <{addr}>")
new("stunt", "Register application — outcome",
    "Dear {full},\n\nYour application to the stunt performers' register went before the grading panel. To join at probationary grade you need evidence in six disciplines, two of them from a group including combat. Your file shows five disciplines and no combat qualification, so it cannot be accepted at this stage.\n\nSend it again when the gaps are filled.\n\nRegister Secretary", co=["Stunt Performers Register"])
new("funeral", "Funeral Arranger",
    "Dear {first},\n\nWe were grateful to meet you at the Harcourt Road branch. This is a role that needs a particular kind of steadiness, and we were moved by the story of your grandmother. We've decided to appoint someone who has worked in bereavement services before.\n\nWith every good wish,\n{sig}\nFuneral Director, Mossgiel & Daughters", co=["Mossgiel & Daughters"])
new("pcv", "Bus driver trainee — not successful",
    "Hello {first},\n\nThank you for attending our bus driver trainee day. Unfortunately, you did not pass the assessed drive around the depot, and the application closes here.\n\nYou can apply again after six months.\n\nDriver Recruitment, Lowmoor Buses", sender="Driver Recruitment <drive@lowmoorbuses.example>")
new("crane", "TXT: crane op",
    "SMS from +44 7700 900184 (forwarded by TextBridge):\n\nHi {first} its Dean from Apex Lifting. Client went with a lad whos already on their site induction so the tower crane job's gone. Sorry pal. Will ring if another comes up\n\n--\nTextBridge: answer this e-mail and it goes out as a text.", sender="TextBridge <sms-gateway@textbridge.example>")
new("welder", "Welder coding test – results",
    "Page 1 of 1\n\nCANDIDATE: {full}\nTEST: 6G MMA, 10 mm plate\nRESULT: Fail — root penetration inconsistent on bend test (2 of 4 bends rejected)\n\nOutcome: the candidate is not offered employment at this time. Re-test available after 4 weeks.\n\nWelding Inspector: G. Harwood\n[Text extracted from the attached PDF]", sender="QA Office <qa@northyard.example>")
new("carto", "Cartographer — application update",
    "Dear {first},\n\nThanks for your Cartographer application. We were looking for evidence of producing print-ready maps in a GIS package, and your application describes mostly web mapping, so you won't be among those interviewed.\n\nRecruitment, National Mapping Agency", sender="careers", co=["National Mapping Agency"])
new("moderator", "Trust & Safety Specialist – your application",
    "Hi {first},\n\nThanks for completing the policy-labelling exercise. Your accuracy on the graphic-content set was below the threshold we require for the Portuguese-language queue, so your application for this project stops here.\n\nYou can apply to other projects on our careers page.\n\nVettify Trust Services", sender="Vettify Recruiting <recruiting@vettify.example>")
new("labeller", "Your Taskhive qualification result",
    "Hi {first},\n\nThanks for taking the qualification for the 'Medical image annotation' project. Your score was 71 %. Contributors need 85 % to be admitted, so this project isn't open to you. New projects that match your skills will show up in your inbox.\n\n— Taskhive", sender="Taskhive <hello@taskhive.example>")
new("umpire", "County umpires' panel",
    "Dear {first},\n\nThe appointments committee met on Monday to consider applications to the county umpires' panel. Because you have not yet umpired a full season in the league's second division, the committee has not added you to the panel this year. Please keep sending your match reports — they count.\n\nHon. Secretary, Umpires' Association", co=["County Umpires Association"])
new("jockey", "Racing academy — residential course",
    "Dear {first},\n\nWe enjoyed having you at the assessment days. The course places have been filled. Your riding was good, but at the medical your weight was above the limit we can accept for the apprentice flat programme. You may wish to think about the jump racing route, and we'd talk that through with you.\n\nAdmissions, Newmarsh Racing Academy", co=["Newmarsh Racing Academy"])
new("ferry", "Deckhand – Harbour launch service",
    "Dear {full},\n\nYour application for the seasonal deckhand post has been looked at on the harbour launches. The company has appointed a candidate who already holds a Boatmaster's licence, which lets the company roster them as relief skipper.\n\nYours sincerely,\nMarine Operations Manager\nPortcullis Harbour Authority", co=["Portcullis Harbour Authority"])
new("forestry", "Forest worker vacancies",
    "Hi {first},\n\nThanks for your interest. The forest worker posts are filled now — we took on people who already hold the chainsaw felling tickets, since we're short of time to train before the thinning contract starts. Get the CS30/31 done and get back in touch.\n\n{sig}\nHighwood Forestry Co-op", co=["Highwood Forestry Co-op"])
new("fishobs", "Fisheries Observer Programme",
    "Dear {first},\n\nThanks for putting in for the Fisheries Observer Programme. Selection for the spring training course is finished. Your sea survival certificate had lapsed before the course dates, so no course place can go to you.\n\nObserver Programme Office", sender="Observer Programme <observers@marinescience.gov.example>", tz="+1200")
new("meteo", "Weather observer — remote station",
    "Dear {first},\n\nThank you for volunteering yourself as a weather observer at the Eilean Fada station. Because the posting is a single-handed twelve-month contract, the medical officer's advice after your screening was that we should not offer you the post. I am sorry; we know you had set your heart on it.\n\nRegards,\nStation Staffing, Met Services", co=["Met Services"])
new("speechwriter", "Fwd: Speechwriter role",
    "{first} — forwarding this from my work account since you said your inbox was being weird. Sorry love. x\n\n---------- Forwarded message ---------\nFrom: Private Office\nDate: {day}\nSubject: Speechwriter role\nTo: {full}\n\nDear {first},\n\nThank you for coming in. The Minister's office has appointed a speechwriter from within the department. Thank you for the time given.\n\nPrivate Office", sender="Ewan {last} <ewan.fam@{mailhost}>")
new("consulate", "Local staff vacancy – Driver/Messenger",
    "Dear Mr/Ms {last},\n\nRegarding your application as Driver/Messenger at the Consulate, we wish to inform you that the selection process has been completed and the post is now occupied.\n\nThe Consulate appreciates your interest.\n\nAdministration Section\nConsulate of the Republic of Valdoria", tz="+0300", co=["Consulate of Valdoria"])
new("lighthouse", "Lighthouse guide (seasonal)",
    "Hi {first},\n\nThanks a million for offering to guide at the lighthouse this summer. All eight guiding spots are spoken for now, and I'm sorry there's no room this year. Do come and climb the 116 steps as a visitor — on us.\n\n{sigf}\nVolunteer & Seasonal Coordinator, Skerrypoint Lighthouse Trust", co=["Skerrypoint Lighthouse Trust"])
new("glass", "Studio assistant",
    "Hiya {first},\n\nI should have written sooner. I've taken on Tamsin as studio assistant — she has the gathering down already and I can't spare the time to train someone from scratch at the moment. Really sorry, your pieces in the little portfolio were lovely.\n\n{sigf} @ Furnace Lane Glass", co=["Furnace Lane Glass"])
new("bsl", "BSL interpreter – booking panel",
    "Dear {first},\n\nThanks for your wish to be on our interpreting panel. We only book interpreters who are fully registered, and your registration is still at trainee level. We cannot add you to the panel until you qualify, but please send us your new registration details when you do.\n\nBookings Team, Handshape Access", co=["Handshape Access"])
new("escape", "Game Master role",
    "Hey {first}!\n\nThanks for running the test room with us — the hint you gave during the cipher puzzle was spot on. In the end we gave the weekend slot to someone who'd done front of house at a theatre; the owner liked the performance side. Hope to see you in as a player!\n\nTeam Lockstep Escape Rooms", co=["Lockstep Escape Rooms"])
new("wrongname", "Your application",
    "Dear Hana,\n\nThanks for coming to interview. The panel's choice was another candidate.\n\nKind regards,\n{sig}\n\n---\nFollow-up sent 11 minutes later:\n\nDear {first}, my apologies — the message above went out with the wrong name. It was meant for you and the outcome is the same.\n\n{sig}")
new("placeholder", "Outcome of your application for [JOB TITLE]",
    "Dear {first},\n\nEvery application for [JOB TITLE] has now been read; [INSERT REASON], so we will not be calling you for interview.\n\nBest wishes for your search.\n\n{co} Recruitment", sender="careers")
new("allcaps", "RE: APPLICATION - CARETAKER",
    "DEAR {LAST},\n\nTHANK YOU FOR YOUR LETTER ABOUT THE CARETAKER JOB AT THE CHAPEL HALL. THE TRUSTEES HAVE GIVEN THE JOB TO MR PRYCE WHO HAS HELPED AT THE HALL FOR MANY YEARS.\n\nYOURS FAITHFULLY\nD. MORGAN (SECRETARY)", co=["Chapel Hall Trustees"], sender="D. Morgan <secretary@{dom}>")


# ---------------------------------------------------------------- rejections, other languages (one each)
def lrej(lang: str, key: str, subject: str, body: str, *who: str, **kw) -> None:
    sender, to, tz = who
    rej(f"{lang}-{key}", subject, body, "lang", copies=1, lang=lang, sender=sender, to=to, tz=tz, **kw)


lrej("be", "biblijateka", "Вынікі конкурсу на пасаду бібліятэкара",
     "Паважаная спадарыня Вольга,\n\nДзякуем за ўдзел у конкурсе на пасаду бібліятэкара аддзела краязнаўства. Камісія разгледзела ўсе заявы і абрала іншага кандыдата, які мае вопыт працы з архіўнымі фондамі.\n\nКалі вы не супраць, мы захаваем вашы дакументы на паўгода.\n\nЗ павагай,\nАддзел кадраў\nГарадская бібліятэка імя Ф. Скарыны",
     "Аддзел кадраў <kadry@biblijateka.by.example>", "Volha Kavalenka <volha.kavalenka@postbox.example>", "+0300")
lrej("eo", "redaktoro", "Via kandidatiĝo ĉe Verda Ponto",
     "Kara Tomaso,\n\nKoran dankon pro via kandidatiĝo por la posteno de helpa redaktoro ĉe nia revuo. Post longa pripensado ni elektis alian kandidaton, kiu jam havas plurjaran sperton pri enpaĝigo. Ni ŝatis viajn specimenajn tekstojn kaj esperas legi pliajn en nia forumo.\n\nAmike,\nLidia Kornfeld\nnome de la redakcio",
     "Lidia Kornfeld <lidia@verdaponto.example.org>", "Tomaso Brenner <tomaso.brenner@inbox.example.org>", "+0100")
lrej("lb", "baeckerei", "Är Kandidatur als Verkeeferin",
     "Léif Madame Schmit,\n\nMir soen Iech Merci fir Är Kandidatur als Verkeeferin an eiser Bäckerei zu Dikrech. Mir hunn eis no de Gespréicher fir eng aner Persoun entscheet, déi schonn an enger Bäckerei geschafft huet.\n\nMir wënschen Iech vill Gléck fir d'Zukunft.\n\nMat beschte Gréiss\nFamill Hoffmann\nBäckerei Hoffmann",
     "Bäckerei Hoffmann <info@baeckerei-hoffmann.lu.example>", "Carole Schmit <carole.schmit@postbox.example>", "+0100")
lrej("gd", "oifigear", "Dreuchd: Oifigear Leasachaidh Gàidhlig",
     "A Mhàiri, a charaid,\n\nTapadh leibh airson ur n-iarrtas airson dreuchd Oifigear Leasachaidh na Gàidhlig. Tha sinn duilich innse dhuibh nach deach ur taghadh airson agallamh an turas seo. Bha mòran thagraichean làidir ann.\n\nMa tha sibh ag iarraidh beachdan air an iarrtas agaibh, cuiribh post-d thugainn.\n\nLe deagh dhùrachd,\nSeonag NicLeòid\nComann Cànain an Eilein",
     "Seonag NicLeoid <seonag@comanncanain.scot.example>", "Màiri Dhòmhnallach <mairi.dhomhnallach@mailhub.example.net>", "+0000")
lrej("ht", "chofe", "Aplikasyon pou pòs chofè",
     "Bonjou Jean-Robert,\n\nMèsi paske ou te aplike pou pòs chofè a nan konpayi nou an. Nou te chwazi yon lòt moun ki gen lisans pou gwo kamyon, kidonk nou pa ka kontinye ak aplikasyon ou kounye a.\n\nNou swete w bòn chans nan rechèch ou.\n\nBiwo Resous Imen\nTranspò Lakay",
     "Transpò Lakay <rh@transpolakay.ht.example>", "Jean-Robert Pierre-Louis <jr.pierrelouis@homemail.example.com>", "-0500")
lrej("ku", "werger", "Serlêdana we ya ji bo karê wergêr",
     "Birêz Rojda Xanim,\n\nSpas ji bo serlêdana we ya ji bo karê wergêr li navenda me. Piştî hevpeyvînan, me biryar da ku em bi berendamek din re bixebitin ku ezmûna wî ya wergera dadgehê heye.\n\nEm ji we re serkeftinê dixwazin.\n\nBi rêz,\nBeşa Karmendan\nNavenda Ziman a Amedê",
     "Navenda Ziman <karmend@navendaziman.example>", "Rojda Aydin <rojda.aydin@fastmail.example>", "+0300")
lrej("am", "hisab", "የሥራ ማመልከቻዎን በተመለከተ",
     "ውድ አቶ ዳዊት፣\n\nለሂሳብ ሠራተኛ የሥራ መደብ ስላመለከቱ እናመሰግናለን። ሁሉንም ማመልከቻዎች ከገመገምን በኋላ ለዚህ መደብ ሌላ ተወዳዳሪ መርጠናል።\n\nወደፊት ክፍት የሥራ ቦታ ሲኖር እናሳውቅዎታለን።\n\nከሰላምታ ጋር፣\nየሰው ሀብት ክፍል\nአዲስ ንጋት ትሬዲንግ",
     "Addis Nigat HR <hr@addisnigat.et.example>", "Dawit Tesfaye <dawit.tesfaye@postbox.example>", "+0300")
lrej("ml", "accountant", "അപേക്ഷയെക്കുറിച്ച്",
     "പ്രിയ അനുപമ,\n\nഞങ്ങളുടെ സ്ഥാപനത്തിലെ അക്കൗണ്ടന്റ് തസ്തികയിലേക്ക് അപേക്ഷിച്ചതിനും അഭിമുഖത്തിൽ പങ്കെടുത്തതിനും നന്ദി. ഖേദപൂർവ്വം അറിയിക്കട്ടെ, ഈ തസ്തികയിലേക്ക് നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ല.\n\nഭാവിയിലേക്ക് എല്ലാ ആശംസകളും.\n\nവിശ്വസ്തതയോടെ,\nഎച്ച്.ആർ. വിഭാഗം\nകായൽ ട്രേഡേഴ്സ്, കൊച്ചി",
     "Kayal Traders HR <hr@kayaltraders.in.example>", "Anupama Nair <anupama.nair@inbox.example.org>", "+0530")
lrej("si", "gabada", "රැකියා අයදුම්පත",
     "හිතවත් නිමල් මහතා,\n\nඅපගේ ආයතනයේ ගබඩා සහායක තනතුර සඳහා ඔබ ඉදිරිපත් කළ අයදුම්පතට ස්තූතියි. කණගාටුවෙන් දන්වන්නේ, මෙවර ඔබව එම තනතුරට තෝරා ගැනීමට නොහැකි වූ බවයි.\n\nඔබට සුබ අනාගතයක් ප්‍රාර්ථනා කරමු.\n\nමානව සම්පත් අංශය\nලංකා පැකේජිං සමාගම",
     "Lanka Packaging HR <hr@lankapack.lk.example>", "Nimal Perera <nimal.perera@homemail.example.com>", "+0530")
lrej("zu", "umabhalane", "Isicelo sakho somsebenzi",
     "Sawubona Thandeka,\n\nSiyabonga ngokufaka isicelo sesikhundla somabhalane ehhovisi lethu. Ngeshwa asikwazanga ukukukhetha kulokhu, ngoba sikhethe omunye umfakisicelo onolwazi oluningi lwezimali.\n\nSikufisela inhlanhla.\n\nOzithobayo,\nUMnyango Wezabasebenzi\nUmgeni Hardware",
     "Umgeni Hardware <abasebenzi@umgenihw.za.example>", "Thandeka Mthembu <thandeka.mthembu@mailhub.example.net>", "+0200")
lrej("mi", "kaiawhina", "Tō tono mō te tūranga kaiāwhina",
     "Kia ora Aroha,\n\nNgā mihi nui mō tō tono mō te tūranga kaiāwhina akomanga. Kua whiriwhiria e mātou tētahi atu kaitono mō tēnei tūranga, he tangata kua roa e mahi ana i te kura.\n\nE mihi ana ki a koe mō tō hiahia ki te mahi tahi me mātou. Kia kaha tonu.\n\nNāku noa, nā\nHēmi Tūhoe\nTumuaki, Te Kura o Wharekauri",
     "Hemi Tuhoe <tumuaki@wharekauri.nz.example>", "Aroha Ngata <aroha.ngata@postbox.example>", "+1300")
lrej("ceb", "cashier", "Bahin sa imong aplikasyon",
     "Maayong adlaw Ma'am Liza,\n\nSalamat sa imong aplikasyon isip cashier sa among tindahan sa Mandaue. Ikasubo namo nga ipahibalo nga wala ka mapili niining higayona. Padayon lang ug hinaot makakita ka og maayong trabaho sa dili madugay.\n\nHR Office\nSugbo Mart",
     "Sugbo Mart HR <hr@sugbomart.ph.example>", "Liza Cabahug <liza.cabahug@fastmail.example>", "+0800", mobile=True)
lrej("fr", "commune", "Votre candidature — ouvrier polyvalent",
     "Madame,\n\nLe dossier que vous aviez envoyé pour l'emploi d'ouvrier polyvalent au service des travaux a été examiné avec attention. À l'issue des entretiens, le Collège communal a désigné un autre candidat.\n\nVotre dossier restera un an dans notre réserve de recrutement.\n\nNous vous prions de croire, Madame, à nos sentiments les meilleurs.\n\nPour le Collège,\nLe Directeur général\nAdministration communale de Florennes-sur-Meuse",
     "Administration communale <personnel@florennes-sur-meuse.be.example>", "Sandrine Lemaire <sandrine.lemaire@homemail.example.com>", "+0100")
lrej("fr", "dakar", "Re: poste community manager",
     "Salut Awa,\n\nMerci pour notre discussion de mardi, on a adoré ton énergie. On est finalement partis sur un profil qui gère déjà des comptes en wolof et en anglais, c'est ce qui a fait pencher la balance.\n\nOn garde ton contact pour la prochaine campagne !\n\nModou\nÉquipe Teranga Digital",
     "Modou Sarr <modou@terangadigital.sn.example>", "Awa Ndiaye <awa.ndiaye@postbox.example>", "+0000")
lrej("de", "gemeinde", "Ihre Bewerbung als Bauhofmitarbeiter",
     "Sehr geehrter Herr Wimmer,\n\nwir danken Ihnen für Ihre Bewerbung als Mitarbeiter am Bauhof der Marktgemeinde. Der Gemeindevorstand hat sich in seiner Sitzung vom 12. des Monats für einen anderen Bewerber entschieden.\n\nIhre Unterlagen senden wir Ihnen auf Wunsch gerne zurück.\n\nHochachtungsvoll\nFür den Bürgermeister\nAmtsleitung\nMarktgemeinde St. Kolomann",
     "Marktgemeinde St. Kolomann <amt@st-kolomann.at.example>", "Florian Wimmer <florian.wimmer@mailhub.example.net>", "+0100")
lrej("de", "radladen", "Werkstattjob",
     "Hey Jonas,\n\nsorry, dass es so lang gedauert hat. Wir haben die Stelle in der Werkstatt jetzt an jemanden vergeben, der schon E-Bike-Motoren reparieren kann. Das brauchen wir gerade am dringendsten.\n\nWenn im Frühjahr wieder mehr los ist, melde ich mich vielleicht nochmal.\n\nGruß\nBenni\nSpeiche & Kette\n\nVon meinem iPhone gesendet",
     "Benni Kraus <benni@speiche-kette.de.example>", "Jonas Albrecht <jonas.albrecht@inbox.example.org>", "+0200")
lrej("es", "bolsa", "Resolución provisional — bolsa de celadores",
     "Estimada Sra. Gallardo:\n\nLe comunicamos que, tras la revisión de la documentación presentada para la bolsa de empleo temporal de celadores, figura usted como EXCLUIDA provisionalmente por no haber acreditado la titulación exigida (causa 03).\n\nDispone de diez días hábiles para presentar alegaciones a través de la sede electrónica.\n\nServicio de Selección de Personal\nServicio Regional de Salud",
     "Selección de Personal <seleccion@srs.es.example>", "Inmaculada Gallardo <inma.gallardo@postbox.example>", "+0100")
lrej("es", "lima", "sobre la chamba de mozo",
     "hola Diego, qué tal. oye ya conseguimos a alguien para el turno de noche, un pata que ya trabajaba en una cevichería de Miraflores. igual gracias por venir, bacán conocerte\n\nsaludos\nRenzo",
     "Renzo Quispe <renzo.quispe@mailhub.example.net>", "Diego Huamán <diego.huaman@fastmail.example>", "-0500", mobile=True)
lrej("ja", "ramen", "アルバイト応募の結果について",
     "佐藤 美咲 様\n\nこのたびは当店のアルバイト募集にご応募いただき、誠にありがとうございました。\n店長と相談のうえ、今回は採用を見送らせていただくことになりました。\nご希望の曜日が平日の夜に限られていたため、土日に入れる方を優先いたしました。\n\nまたのご縁がありましたら、よろしくお願いいたします。\n\nらーめん 麦と湯気 本店",
     "らーめん 麦と湯気 <saiyo@mugitoyuge.jp.example>", "Misaki Sato <misaki.sato@postbox.example>", "+0900")
lrej("ja", "shoruikou", "【株式会社青嶺エンジニアリング】書類選考結果のご連絡",
     "高橋 健太 様\n\n株式会社青嶺エンジニアリング 採用担当でございます。\nこの度は当社の中途採用（設備保全エンジニア）にご応募いただき、ありがとうございました。\n\n慎重に選考いたしました結果、誠に残念ながら今回はご期待に沿えない結果となりました。\n応募書類は当社にて責任をもって破棄いたします。\n\n高橋様の今後のご活躍をお祈り申し上げます。",
     "青嶺エンジニアリング 採用担当 <recruit@seirei-eng.jp.example>", "Kenta Takahashi <kenta.takahashi@inbox.example.org>", "+0900")
lrej("pt", "lisboa", "Candidatura — Técnico de Manutenção",
     "Exmo. Senhor Rui Antunes,\n\nObrigado pelo tempo que dedicou ao nosso processo de recrutamento. Informamos que a vaga de Técnico de Manutenção foi preenchida por outro candidato, com experiência em sistemas AVAC.\n\nOs seus dados ficarão na nossa base durante 12 meses, salvo indicação em contrário.\n\nCom os melhores cumprimentos,\nDepartamento de Recursos Humanos\nTejo Facility Services",
     "Tejo Facility Services RH <rh@tejofs.pt.example>", "Rui Antunes <rui.antunes@homemail.example.com>", "+0000")
lrej("it", "ticino", "Esito candidatura — Impiegata di commercio",
     "Gentile signora Bernasconi,\n\nla ringraziamo per il colloquio e per l'interesse verso la nostra fiduciaria. Alla fine la scelta è caduta su una candidata che conosce già il programma di contabilità che usiamo.\n\nLe auguriamo molto successo nella sua ricerca.\n\nCordiali saluti\nFiduciaria Ceresio SA\nLugano",
     "Fiduciaria Ceresio <personale@ceresio.ch.example>", "Lara Bernasconi <lara.bernasconi@postbox.example>", "+0100")
lrej("nl", "gemeente", "Uw sollicitatie naar de functie van handhaver",
     "Geachte heer Verhoeven,\n\nHartelijk dank voor uw sollicitatie naar de functie van handhaver openbare ruimte. De selectiecommissie heeft alle brieven zorgvuldig gelezen. Omdat u nog geen BOA-certificaat heeft, gaat u niet door naar de gespreksronde.\n\nGroet,\nTeam Werving en Selectie\nGemeente Oudewater-Lek",
     "Werving & Selectie <werving@oudewater-lek.nl.example>", "Bram Verhoeven <bram.verhoeven@fastmail.example>", "+0200")
lrej("pl", "magazyn", "Re: praca na magazynie",
     "Cześć Kamil,\n\ndzięki za przyjście na rozmowę. Na tę zmianę wzięliśmy już kogoś z uprawnieniami na wózek widłowy, więc na razie nic dla Ciebie nie mamy. Jak zrobisz UDT, odezwij się.\n\nPozdro\nMarek, kierownik zmiany",
     "Marek Zieliński <marek.zielinski@logipol.pl.example>", "Kamil Nowicki <kamil.nowicki@inbox.example.org>", "+0100", mobile=True)
lrej("ko", "seoryu", "[한빛물산] 서류전형 결과 안내",
     "김지훈 님, 안녕하세요.\n\n한빛물산 2026년 하반기 경력직 채용에 관심을 가지고 지원해 주신 점 감사드립니다.\n\n아쉽게도 이번 서류전형에서는 함께하지 못하게 되었음을 알려 드립니다. 많은 분들이 지원해 주셔서 부득이하게 제한된 인원만 선발할 수밖에 없었습니다.\n\n앞으로의 앞날에 좋은 일이 가득하기를 바랍니다.\n\n한빛물산 인사팀 드림",
     "한빛물산 인사팀 <recruit@hanbit-trade.kr.example>", "Kim Jihoon <jihoon.kim@postbox.example>", "+0900")
lrej("zh", "hk", "有關閣下應徵會計文員一職",
     "陳嘉欣小姐：\n\n多謝閣下應徵本公司會計文員一職，並抽空出席面試。經慎重考慮後，我們已聘請另一位具備審計經驗的人士。\n\n閣下的資料將保留六個月，如有合適空缺，我們會再與閣下聯絡。\n\n順祝 安好\n\n人力資源部\n恒暉貿易有限公司",
     "恒暉貿易人力資源部 <hr@hangfai.hk.example>", "Chan Ka Yan <kayan.chan@mailhub.example.net>", "+0800")
lrej("vi", "ketoan", "Thông báo kết quả ứng tuyển",
     "Chào chị Lan,\n\nCảm ơn chị đã quan tâm và tham gia phỏng vấn vị trí Kế toán tổng hợp tại công ty chúng tôi. Rất tiếc, sau khi cân nhắc, chúng tôi quyết định tuyển một người khác phù hợp hơn với yêu cầu hiện tại.\n\nChúc chị nhiều thành công.\n\nPhòng Nhân sự\nCông ty TNHH Sông Hồng Logistics",
     "Phòng Nhân sự <tuyendung@songhong.vn.example>", "Nguyen Thi Lan <lan.nguyen@homemail.example.com>", "+0700")
lrej("uk", "shkola", "Щодо вашої заявки на посаду вчителя",
     "Шановний пане Андрію,\n\nДякуємо за вашу заявку на посаду вчителя інформатики та за пробний урок. Після обговорення педагогічна рада обрала іншого кандидата, який уже має досвід роботи з молодшими класами.\n\nБажаємо успіхів!\n\nЗ повагою,\nДиректорка ліцею № 7\nОксана Гнатюк",
     "Ліцей № 7 <lyceum7@osvita.ua.example>", "Andrii Melnyk <andrii.melnyk@fastmail.example>", "+0200")
lrej("fi", "kesatyo", "Kesätyöhakemuksesi",
     "Hei Aino,\n\nkiitos hakemuksestasi kaupunkimme puistojen kesätöihin. Hakijoita oli tänä vuonna yli 600 ja paikkoja 45. Valitettavasti et tullut valituksi tällä kertaa.\n\nToivotamme sinulle mukavaa kesää!\n\nKaupunkiympäristön toimiala\nKesätyöt",
     "Kesätyöt <kesatyot@kaupunki.fi.example>", "Aino Lehtonen <aino.lehtonen@postbox.example>", "+0300")
lrej("hi", "bank", "आपके आवेदन के संबंध में",
     "नमस्ते राहुल जी,\n\nग्राहक सेवा अधिकारी वाले इंटरव्यू में आने का शुक्रिया। बोर्ड ने यह पद एक अन्य आवेदक को सौंपा है, इसलिए इस बार नियुक्ति पत्र आपको नहीं जा पाएगा।\n\nधन्यवाद सहित,\nकार्मिक विभाग\nगंगा सहकारी बैंक",
     "Ganga Sahkari Bank HR <hr@gangabank.in.example>", "Rahul Verma <rahul.verma@inbox.example.org>", "+0530")


# ---------------------------------------------------------------- confirmations (twins of the refusals' shapes)
def rcv(key: str, subject: str, body: str, **kw) -> None:
    oth("application_received", f"rcv-{key}", subject, body, **kw)


rcv("wren", "We've received your application to {co}",
    "Dear {first},\n\nThanks for your {role} application — the hiring team has it now. Shortlisting runs for about a fortnight once applications close; not shortlisted means a message from us all the same, so you won't be left wondering.\n\n{co} Recruitment Team" + FOOT_WREN, sender="careers")
rcv("news", "Thanks for applying — {role}",
    "Hi {first},\n\nThanks — your {role} application has landed. Each one is read by us personally. With only four of us, we can't always answer each person, so three silent weeks after the deadline mean the role has gone elsewhere.\n\nKind regards,\n{sig}\nPeople Team" + FOOT_NEWS)
rcv("legal", "Trainee legal executive programme — application received",
    "Dear {first} {last},\n\nYour application for the trainee legal executive programme has arrived. Once the deadline passes we shortlist, and those shortlisted come in for an assessment morning. Invited or not, you'll have a letter from us within six weeks.\n\nYours sincerely\n{sig}\nHR Manager, {co}" + FOOT_LEGAL, co=["Ravenhill Atwood", "Thistlewood Mercer"])
rcv("app", "Application received ✅",
    "Hi {first},\n\nYou're in the queue for {role} at our {co} site. Shifts are offered in the order people apply; if every shift is taken before we reach you, the app will say so and your application will close automatically." + FOOT_APP, sender="careers", co=["Pennyhill Fulfilment", "Larkrise Parcels"], role=["Warehouse Picker (nights)", "Returns Clerk"])
rcv("marrow", "Application {ref} – received",
    "Marrowdesk | {co}\n\nRequisition: {role}\nCandidate: {full}\nStatus: Received – awaiting screening\nUpdated: {day}\n\nNext statuses can be: Screening, Interview, Offer or Rejected.\n\nAutomated message from Marrowdesk — replies are not read.", sender="Marrowdesk Notifications <notify@marrowdesk.example>")
rcv("pebble", "Application submitted: {role}",
    "Your application for {role} at {co} has been submitted.\n\nCurrent stage: Under review. A no from the team would arrive from this address and the dashboard will show 'Not Progressing'.\n\nView your candidate dashboard: https://candidates.pebblequeue.example/c/{ref}\n\nPowered by Pebblequeue", sender="{co} (via Pebblequeue) <mailer@pebblequeue.example>")
rcv("wren-html", "Application received",
    "<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\"><h3>{co}</h3><p>Hello {first},</p><p>Thank you — we have your application.</p><table border=\"1\" cellpadding=\"4\"><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td><b>Submitted</b></td></tr></table><p>Not chosen this time? The status will read 'Position filled' or 'Not progressing' and we'll send a note.</p><p style=\"font-size:11px\">Wrenlatch Talent Cloud</p></td></tr></table></body></html>", sender="careers")
rcv("ticket", "[Ticket #{ref}] Application received",
    "— write your reply above this line —\n\nHi {first},\n\nThanks for sending your application in. We've logged it as ticket {ref}. A recruiter will pick it up within five working days. A no will be posted on this ticket before it's closed so you know either way.\n\nCandidate Support\n\nThis ticket was created by our support desk. Answer this e-mail to add to the ticket.")
rcv("sms", "TXT: application",
    "SMS from +44 7700 900531 (forwarded by TextBridge):\n\nHi {first} got ur CV thanks. Client reviewing this wk. If its a no ill text u, if its a yes ill ring. {sigf}\n\n--\nTextBridge: answer this e-mail and it goes out as a text.", sender="TextBridge <sms-gateway@textbridge.example>")
rcv("mailmerge", "Application received: [JOB TITLE]",
    "Dear {first},\n\nYour [JOB TITLE] application is with us. Every application is read once the deadline passes. Unsuccessful applicants will hear from us by e-mail; we don't leave anyone without an answer.\n\nBest wishes,\n{co} Recruitment", sender="careers")
rcv("dpw", "Application received — Announcement {ref}",
    "Applicant: {full}\nAnnouncement: {ref}\nPosition: Budget Analyst, GS-0560-09\n\nYour application has been received. HR will review it for minimum qualifications. Should HR rate you ineligible, or rate you qualified without passing your name to the hiring manager, you'll get a notice of results at this address.\n\nThis mailbox is unattended.\n\nDPW Human Resources Office", sender="DPW Human Resources <hr-notices@dpw.gov.example>", tz="-0500")
rcv("council", "Thank you for your application (ref {ref})",
    "Dear {first} {last},\n\nThank you for applying for {role}. Shortlisting happens the week after the closing date. We get too many applications to write to everyone who isn't shortlisted, so if that week goes by in silence, you haven't been chosen this time.\n\nRecruitment Services\n{co}", co=["Westbrook District Council", "Harrowfield Borough Council"], role=["Environmental Health Officer", "Licensing Officer"])
rcv("csr", "Campaign {ref}: application submitted",
    "Dear {full},\n\nYour application to campaign {ref} has been submitted. The sift will score your behaviour statements; you need at least 4 in each to progress. Results, pass or fail, are released on the candidate portal about three weeks after the close.\n\nCivil Service Recruitment", sender="Civil Service Recruitment <noreply@csr.gov.uk.example>")
rcv("museum", "Summer internship 2026 — application received",
    "Dear {first},\n\nYour summer internship application is safely in. We expect several hundred applications for eight places. We will contact every applicant with an outcome by the end of April, including those we can't offer a place.\n\n{sig}\nInternship Coordinator, {co}", co=["Museum of Salt and Seafaring", "Hollins Textile Museum"])
rcv("pawpath", "Your Pawpath walker profile is in review",
    "Hi {first},\n\nThanks for signing up to walk with Pawpath! We're checking your ID and references now. Most reviews finish within 5 days. If we can't approve your profile, we'll tell you why and when you can reapply.\n\nThe Pawpath Trust & Safety team", sender="Pawpath <trust@pawpath.example>")
rcv("taskhive", "Qualification submitted",
    "Hi {first},\n\nYour qualification for the 'Street-scene labelling' project is submitted and being scored. Scores under 85 % don't unlock the project, but you can try other qualifications straight away. We'll e-mail your result within 48 hours.\n\n— Taskhive", sender="Taskhive <hello@taskhive.example>")
rcv("elections", "Poll staff application received",
    "Dear {first},\n\nThanks for volunteering as poll staff. We will match applicants to polling stations in March. If every station near you is already staffed, we will let you know and keep you on the reserve list.\n\nElections Office", sender="Elections Office <elections@kettleby.gov.uk.example>")
rcv("agency", "Got your CV — {role}",
    "Hi {first},\n\nCheers for the CV — {role} vacancy noted. I'm putting together a shortlist for the client on Thursday. Whatever they decide, I'll call you myself — no ghosting from me.\n\nCheers,\n{sig}\nSenior Consultant, Brightsill Recruitment", sender="{sig} <{sigaddr}@brightsill.example>")
rcv("zoo", "Application received – Animal Keeper",
    "Dear {first},\n\nThanks for your {role} application. The section heads shortlist once the deadline has passed. Sadly we only contact those on the shortlist: a month of silence means your application stops there this time.\n\nPeople & Culture, {co}", sender="careers", co=["Ashcombe Wildlife Park", "Ashcombe Wildlife Park"], role=["Animal Keeper (Carnivores)", "Animal Keeper (Birds)"])
rcv("bus", "Bus driver trainee application",
    "Hello {first},\n\nYour bus driver trainee application has arrived. Next comes a trainee day with an assessed drive around the depot. Places are offered in batches; if the current batch fills before we get to you, we'll carry your application over rather than close it.\n\nDriver Recruitment, Lowmoor Buses", sender="Driver Recruitment <drive@lowmoorbuses.example>")


def lrcv(lang: str, key: str, subject: str, body: str, *who: str) -> None:
    sender, to, tz = who
    oth("application_received", f"{lang}-rcv-{key}", subject, body, copies=1, lang=lang, sender=sender, to=to, tz=tz)


lrcv("de", "eingang", "Eingangsbestätigung Ihrer Bewerbung",
     "Sehr geehrte Frau Hörmann,\n\nwir haben Ihre Unterlagen für die Stelle als Sachbearbeiterin im Bürgerservice erhalten. Wir prüfen alle Unterlagen nach Ende der Frist. Falls es am Ende nicht für Sie reicht, schreiben wir Ihnen trotzdem – niemand bleibt ohne Antwort.\n\nMit freundlichen Grüßen\nPersonalamt der Stadt Weilburg an der Lahn",
     "Personalamt <personal@weilburg-lahn.de.example>", "Katrin Hörmann <katrin.hoermann@postbox.example>", "+0100")
lrcv("fr", "accuse", "Accusé de réception — candidature spontanée",
     "Bonjour Madame Girard,\n\nVotre candidature spontanée est arrivée chez nous et partira vers le service concerné. Passé trente jours sans réponse de notre part, considérez qu'aucun poste ne correspond pour le moment.\n\nCordialement,\nService Recrutement\nCoopérative Laitière du Haut-Jura",
     "Recrutement <recrutement@laitiere-hautjura.fr.example>", "Mélanie Girard <melanie.girard@inbox.example.org>", "+0200")
lrcv("es", "recibida", "Hemos recibido tu postulación",
     "Hola Valentina:\n\n¡Gracias por postular a Asistente de Bodega! Vamos a mirar tu postulación esta semana. Si pasas a la siguiente etapa te llamamos; si no, te escribimos igual por acá.\n\nEquipo de Personas\nAndes Vinos",
     "Andes Vinos <personas@andesvinos.cl.example>", "Valentina Rojas <valentina.rojas@fastmail.example>", "-0300")
lrcv("ja", "uketsuke", "ご応募ありがとうございます（受付完了）",
     "山本 翔太 様\n\nこの度は、当社パート・アルバイト募集にご応募いただきありがとうございます。\n応募内容を確認のうえ、1週間以内に採否にかかわらずご連絡いたします。\n\n株式会社みどり青果 採用窓口",
     "みどり青果 採用窓口 <saiyo@midori-seika.jp.example>", "Shota Yamamoto <shota.yamamoto@postbox.example>", "+0900")
lrcv("eo", "ricevis", "Ni ricevis vian kandidatiĝon",
     "Kara Marta,\n\nDankon! Ni ricevis vian kandidatiĝon por la volontula posteno en la junulara kongreso. Ni respondos al ĉiuj kandidatoj ĝis la fino de majo, ĉu jes, ĉu ne.\n\nAmike,\nla organiza teamo",
     "Organiza teamo <teamo@junakongreso.example.org>", "Marta Kowalczyk <marta.kowalczyk@homemail.example.com>", "+0200")
lrcv("lb", "kritt", "Mir hunn Är Kandidatur kritt",
     "Moien Här Weber,\n\nMerci fir Är Kandidatur als Chauffeur. Mir kucken all d'Dossieren bis Enn vum Mount duerch. Wann Dir bis dohinner näischt vun eis héiert, ass d'Plaz un een aneren gaangen.\n\nMat beschte Gréiss\nTransports Schanen (Personal)",
     "Personal <personal@schanen-transports.lu.example>", "Luc Weber <luc.weber@mailhub.example.net>", "+0100")


# ---------------------------------------------------------------- interviews
def itv(key: str, subject: str, body: str, **kw) -> None:
    oth("interview", f"itv-{key}", subject, body, **kw)


itv("lighting", "RE: [EXT] Re: Stage electrician — follow up",
    "Hi {first},\n\nThanks for your patience. Our head of lighting wants you back in for a practical on the rig — Thursday at 10, focusing the overheads for the next show. Bring steel toecaps.\n\n{sigf}\n\nFrom: {first} {last}\nSent: {day} 09:41\nTo: {sig}\nSubject: Re: Stage electrician — follow up\n\nHi {sigf}, just wondering whether there's any news after Tuesday?", co=["Gaslight Playhouse", "Tollbridge Theatre Company"])
itv("surveyor", "RE: [EXT] RE: Graduate building surveyor",
    "{first},\n\nApologies for the slow reply; the partners only met on Friday. They'd like a second meeting with you plus a short site visit on the 3rd, 2pm, meeting at our office. Unfortunately there's no parking, so the station is your best bet.\n\nRegards\n{sig}\nAssociate, {co}\n\n-----Original Message-----\nFrom: {first} {last}\nSent: {day} 17:02\nSubject: RE: Graduate building surveyor\n\nDear {sigf}, thank you for the first interview. Hope to hear soon.", co=["Pargeter Lowe Surveyors", "Castleford Reade Partnership"])
itv("ux", "re: re: UX researcher chat",
    "hey {first} — circling back on this. we'd love to do a proper round two: 45 mins with our head of design, you walk us through one study end to end. any chance next wed or thu?\n\n{sigf}\n\n> On {day} {first} wrote:\n> Hi {sigf}, good chatting yesterday!", co=["Kitefield Studio", "Moth & Lantern Digital"])
itv("ecology", "Re: [EXT] Re: Seasonal ecologist (bats)",
    "Dear {first},\n\nYour application caught our eye. Could you come for an interview on Tuesday at 16:00, followed by a dusk transect at 19:30 so we can see you with a detector in the field. Please let me know if the evening part is difficult.\n\nBest wishes,\n{sig}\nPrincipal Ecologist, {co}", co=["Hedgerow Ecology", "Brockwell Environmental"])
itv("puppet", "Invitation: Callback – puppeteer (series 3)",
    "Invitation: you've been added to this event.\n\nCallback – puppeteer (series 3)\nWhen: {day} 10:30–11:15\nWhere: Studio 2, Dockside\n\nNote from organiser: Hi {first}, great self-tape. Please bring a sock puppet or anything you can animate for the improvisation bit. If the time doesn't suit, reply and we'll move you.\n\nInvitation from Google Calendar", sender="{sig} <{sigaddr}@{dom}>", co=["Kettle Lane Productions", "Bramble Box Television"])
itv("vetnurse", "Working interview – RVN",
    "Hi {first},\n\nThanks for your CV. Are you free for a working interview next week — a morning shadowing in theatre and a chat with the clinical director afterwards. Would Tuesday or Friday suit?\n\n{sig}\nHead Nurse, {co}", co=["Ridgeway Vets", "Brookside Animal Hospital"])
itv("pcv", "Bus driver trainee day – booking",
    "Hello {first},\n\nGood news — you've got a slot at our trainee day. It includes an eyesight check, a short assessed drive around the depot in one of our training buses, and an interview. Please book your slot using the link below by Sunday.\n\nDriver Recruitment, Lowmoor Buses", sender="Driver Recruitment <drive@lowmoorbuses.example>")
itv("zoo", "Interview – Animal Keeper",
    "Dear {first},\n\nThanks for your {role} application. You're invited for interview on the 18th at 11:00 at the park. The day includes a practical session in the section, so please wear outdoor clothing and closed shoes.\n\nPeople & Culture, {co}", sender="careers", co=["Ashcombe Wildlife Park", "Ashcombe Wildlife Park"], role=["Animal Keeper (Primates)", "Animal Keeper (Reptiles)"])
itv("consulate", "Interview invitation – local staff vacancy",
    "Dear Mr/Ms {last},\n\nRegarding your application as Administrative Assistant, you are invited to a written test and interview at the Consulate on {day} at 09:00. Please bring your identity document and original certificates.\n\nAdministration Section\nConsulate of the Republic of Valdoria", tz="+0300", co=["Consulate of Valdoria", "Consulate of Valdoria"])


def litv(lang: str, key: str, subject: str, body: str, *who: str) -> None:
    sender, to, tz = who
    oth("interview", f"{lang}-itv-{key}", subject, body, copies=1, lang=lang, sender=sender, to=to, tz=tz)


litv("nl", "gesprek", "Uitnodiging sollicitatiegesprek",
     "Beste Sanne,\n\nBedankt voor je sollicitatie als doktersassistente. Zou je donderdag om 14.00 uur in de praktijk langs kunnen komen voor een eerste gesprek? Helaas is er weinig parkeerruimte, dus kom liever met de fiets.\n\nGroet,\nHuisartsenpraktijk De Linde",
     "Praktijk De Linde <info@praktijkdelinde.nl.example>", "Sanne de Groot <sanne.degroot@postbox.example>", "+0200")
litv("pt", "entrevista", "Convite para entrevista — Assistente Administrativo",
     "Olá Camila,\n\nGostamos muito do seu currículo! Queremos convidá-la para uma entrevista online na quarta-feira, às 10h (horário de Brasília). O link do Meet segue abaixo. Se o horário não funcionar, é só responder este e-mail.\n\nAbraços,\nTime de Gente\nCaju Contabilidade",
     "Time de Gente <gente@cajucontabil.br.example>", "Camila Ferreira <camila.ferreira@inbox.example.org>", "-0300")


# ---------------------------------------------------------------- next steps (deadlines)
def nxt(key: str, subject: str, body: str, **kw) -> None:
    oth("next_steps", f"nxt-{key}", subject, body, **kw)


nxt("steno", "[Ticket #{ref}] Speed assessment booking",
    "— write your reply above this line —\n\nHi {first},\n\nYou're booked onto Saturday's speed assessment. Bring your own writer and a charged laptop with your CAT software. Please send a scan of your training certificate by Wednesday; without it we can't let you sit.\n\nCourt Reporting Services\n\nThis ticket was updated by our support desk.", co=["Court Reporting Services", "Court Reporting Services"])
nxt("marrow", "Application {ref} – action required",
    "Marrowdesk | {co}\n\nRequisition: {role}\nCandidate: {full}\nStatus: Assessment\nAction: complete the online assessment by 23:59 on Sunday. After that the link expires and the application cannot move on.\n\nAutomated message from Marrowdesk — replies are not read.", sender="Marrowdesk Notifications <notify@marrowdesk.example>")
nxt("pebble", "Next step: references for {role}",
    "Hi {first},\n\nGreat news — you've reached the reference stage for {role} at {co}. Please add two referees on your dashboard within 5 working days. Nothing gets finalised until both are in.\n\nhttps://candidates.pebblequeue.example/c/{ref}\n\nPowered by Pebblequeue", sender="{co} (via Pebblequeue) <mailer@pebblequeue.example>")
nxt("legal", "Trainee programme — written exercise",
    "Dear {first} {last},\n\nThanks for applying. Stage two: a written exercise, which you'll find on the portal from 9am on Monday. You will have 48 hours to submit it. Late submissions are not marked.\n\nYours sincerely\n{sig}\nHR Manager, {co}" + FOOT_LEGAL, co=["Ravenhill Atwood", "Thistlewood Mercer"])
nxt("news", "Right to work documents — {role}",
    "Hi {first},\n\nBefore you start, your right-to-work papers must be checked. Upload them through the link by Friday the 12th, or bring the originals to reception. If we don't have them by then, your start date will have to move.\n\nKind regards,\n{sig}\nPeople Team" + FOOT_NEWS)
nxt("welder", "Welder coding test – booking",
    "Page 1 of 1\n\nCANDIDATE: {full}\nTEST: 6G MMA, 10 mm plate\nDATE: {day}, 07:30, Bay 4\nBRING: PPE, photo ID, existing coding certificates\n\nCandidates arriving after 07:45 cannot be tested that day.\n\nWelding Inspector: G. Harwood\n[Text extracted from the attached PDF]", sender="QA Office <qa@northyard.example>")
nxt("moderator", "Next step: policy-labelling exercise",
    "Hi {first},\n\nThanks for your Trust & Safety Specialist application. What comes next is a policy-labelling exercise (about 60 minutes). Please finish it within 72 hours of this e-mail. It includes distressing content; you can stop at any time and contact us.\n\nVettify Trust Services", sender="Vettify Recruiting <recruiting@vettify.example>")
nxt("fishobs", "Observer course – documents needed",
    "Dear {first},\n\nYou have a provisional place on the spring observer training course. We need copies of your sea survival certificate and medical fitness certificate by the 28th. Both must be valid for the whole course; places without documents by that date are released to the reserve list.\n\nObserver Programme Office", sender="Observer Programme <observers@marinescience.gov.example>", tz="+1200")
nxt("dbs", "Consent for background check – {role}",
    "Hi {first},\n\nBecause your offer is conditional, we need your consent for a background check. You'll receive a link from our screening partner today. Fill it in within a week; if the check isn't started by then we'll have to pause your onboarding.\n\nThanks,\n{sig}\nOnboarding, {co}")


def lnxt(lang: str, key: str, subject: str, body: str, *who: str) -> None:
    sender, to, tz = who
    oth("next_steps", f"{lang}-nxt-{key}", subject, body, copies=1, lang=lang, sender=sender, to=to, tz=tz)


lnxt("it", "test", "Prossimo passo: test online",
     "Gentile Davide,\n\ngrazie per la candidatura come tecnico di laboratorio. Adesso le chiediamo di svolgere un test online (circa 40 minuti), da completare entro venerdì alle 18:00. Purtroppo dopo quella data il link non sarà più attivo.\n\nCordiali saluti,\nUfficio Personale\nLaboratori Adriatica",
     "Ufficio Personale <personale@labadriatica.it.example>", "Davide Russo <davide.russo@postbox.example>", "+0100")
lnxt("pl", "dokumenty", "Dokumenty do umowy",
     "Dzień dobry Pani Agnieszko,\n\nprosimy o przesłanie skanu dyplomu i aktualnego orzeczenia lekarskiego do piątku. Bez tych dokumentów nie możemy przygotować umowy na 1. dzień miesiąca.\n\nPozdrawiam,\nDział Kadr\nMiejskie Wodociągi Sp. z o.o.",
     "Dział Kadr <kadry@wodociagi-miejskie.pl.example>", "Agnieszka Wróbel <agnieszka.wrobel@inbox.example.org>", "+0100")


# ---------------------------------------------------------------- offers
def off(key: str, subject: str, body: str, **kw) -> None:
    oth("offer", f"off-{key}", subject, body, **kw)


off("pharmacy", "Re: [EXTERNAL] Re: Locum cover, Saturdays",
    "Morning {first},\n\nQuick one before clinic. The Saturday sessions are yours from next month, alternate weeks to start. Contract coming your way tonight.\n\nBest,\n{sigf}\n{co}\n\nOn {day}, {first} {last} wrote:\n> Thanks for showing me round the dispensary.", co=["Crowfoot Pharmacy", "Wellmeadow Chemists"], mobile=True)
off("farrier", "Approved Training Farrier",
    "Dear {first},\n\nThank you for the two days at the forge. I'm offering you the apprenticeship, starting on the first Monday of next month. Unfortunately the college block release dates are fixed, so you'll be away for three weeks in November.\n\nKind regards,\n{sig} DipWCF", co=["Anvil Lane Forge", "Tarrant Forge"])
off("wren", "Your offer from {co}",
    "Dear {first},\n\nGood news: the {role} role is yours. Letter and contract are waiting on your candidate page. Please accept within five working days.\n\n{co} Recruitment Team" + FOOT_WREN, sender="careers")
off("kennels", "job!",
    "Hi {first}, thanks for the trial — the dogs loved you. The job's there for you if you fancy it, weekends from the 6th. Let me know!\n\n{sigf}", co=["Foxglove Boarding Kennels", "Hillside Kennels"], mobile=True)
off("glass", "Studio assistant",
    "Hiya {first},\n\nI'd love you to come and be my studio assistant. Start on three days a week, and I'll teach you the gathering. Can you start after Easter?\n\n{sigf} @ Furnace Lane Glass", copies=1, co=["Furnace Lane Glass"])
off("ski", "Winter season — welcome aboard",
    "Hi {first},\n\nGreat to have you up for the clinic. You're on this season's team if you want it as a Level 2 instructor, 1 December to mid-April, with staff accommodation. Contract attached.\n\n{sig}\nSnowsports School Director", copies=1, co=["Glen Corrach Snowsports"])
off("cond", "Conditional offer – {role}",
    "Dear {first},\n\nFollowing your interview, I'm writing with a conditional offer of the post of {role}. Two good references and an enhanced background check are the conditions. Reply to accept.\n\nYours sincerely,\n{sig}\nHR Business Partner, {co}", copies=1)
oth("offer", "sv-off-erbjudande", "Erbjudande om anställning",
    "Hej Elin,\n\nTack för en trevlig intervju! Nu kan vi erbjuda dig jobbet som undersköterska på avdelning 4 med start den 1 mars. Anställningsavtalet kommer med posten. Hör av dig senast fredag om du tackar ja.\n\nVänliga hälsningar\nMaria Lindholm\nEnhetschef, Solgläntans äldreboende",
    copies=1, lang="sv", sender="Maria Lindholm <maria.lindholm@solglantan.se.example>", to="Elin Johansson <elin.johansson@postbox.example>", tz="+0100")


# ---------------------------------------------------------------- other job mail
oth("other_job", "oj-warehouse", "RE: Shift manager – second interview",
    "Hi {first}\n\nThanks again for coming down to the depot. No decision yet on the shift manager job — the regional director wants to meet the last two candidates himself, and he's away until the 20th. I'll update you after that, good news or not.\n\nAll the best,\n{sig}\nSite Manager\n{co}\n\n________________________________\nFrom: {first} {last}\nSent: {day}\nTo: {sig}\nSubject: Shift manager – second interview\n\nHi {sigf}, just confirming I can make 2pm on Thursday.", co=["Silverbirch Logistics", "Redgrave Distribution"])
oth("other_job", "oj-withdrawn", "Application {ref} – withdrawn",
    "Marrowdesk | {co}\n\nRequisition: {role}\nCandidate: {full}\nStatus: Withdrawn by candidate\nUpdated: {day}\n\nDone: we've pulled your application, as you asked. Other roles stay open to you. Automated message from Marrowdesk — replies are not read.", sender="Marrowdesk Notifications <notify@marrowdesk.example>")
oth("other_job", "oj-paused", "{role}: recruitment on hold",
    "Dear {first},\n\nA quick note: recruitment for the {role} post is on hold while the board reviews next year's budget. Nobody has been appointed, and your application stays open as it is. We expect to pick things up again in the new year and will write to you then.\n\nWith thanks for your patience,\n{sig}\n{co}")
oth("job_alert", "ja-app", "New shifts near you",
    "Hi {first},\n\n4 new shifts match your search:\n• Picker (nights) — 2.1 miles\n• Van Driver — 3.8 miles\n• Team Leader (weekends) — 5.0 miles\n• Returns Clerk — 6.4 miles\n\nTap a shift to apply in one step." + FOOT_APP, sender="careers", co=["Pennyhill Fulfilment", "Larkrise Parcels"])
oth("recruiter_outreach", "ro-brightsill", "{role} — open to a chat?",
    "Hi {first},\n\nI found you in a search this morning; your background looks a close match for a {role} opening I'm handling — permanent, hybrid, up to £52k. If it's not for you, no worries at all, just tell me and I won't chase.\n\n{sig}\nSenior Consultant, Brightsill Recruitment", sender="{sig} <{sigaddr}@brightsill.example>")
oth("other_job", "oj-reference", "Reference request: Ms Ilse Tamboer",
    "Dear {first},\n\nIlse Tamboer has named you as a referee in her application for Senior Administrator with us. Could you fill in the attached form by next Friday? What you write stays confidential.\n\nWith thanks,\n{sig}\nHR Officer, {co}", copies=1)
oth("job_alert", "ja-digest", "Your weekly roles: welding & fabrication",
    "Hi {first},\n\nThis week's roles for 'welder' within 25 miles:\n\nMIG Welder — Hartwell Fabrications — £15.50/hr\nPipe Welder (6G) — North Yard Marine — £42k\nFabricator Welder — Kestrel Trailers — £34k\n\nNot right? Change your search or unsubscribe below.\n\nJobtide", sender="Jobtide Alerts <alerts@jobtide.example>", copies=1)
oth("recruiter_outreach", "ro-headhunter", "Confidential: Head of Finance search",
    "Dear {first},\n\nI am leading a confidential search for a Head of Finance at a family-owned food manufacturer in the Midlands. Your time at {co} caught my eye. Might you have time for a short, no-commitment conversation next week? If the timing is wrong, a one-line reply is perfectly fine.\n\nKind regards,\n{sig}\nPartner, Ashgrove Search", copies=1, sender="{sig} <{sigaddr}@ashgrovesearch.example>")
oth("other_job", "oj-delayed", "Your application – a delay",
    "Hi {first},\n\nA quick note to say we haven't forgotten you. Interviews for the {role} post have dragged on because two panel members fell ill. We'll have news for everyone before the month is out.\n\n{sig}\n{co}", copies=1)


# ---------------------------------------------------------------- non-job mail with rejection words
def nonjob(key: str, subject: str, body: str, sender: str, **kw) -> None:
    oth("non_job_rejection_words", f"nj-{key}", subject, body, copies=1, sender=sender, **kw)


nonjob("loan", "Your loan application",
       "Dear {first},\n\nThanks for asking us for a personal loan. Having checked your application, including data a credit reference agency holds on you, we've said no to the loan for now.\n\nRing us if you'd like the reasons explained.\n\nHarbourside Bank", "Harbourside Bank <no-reply@harbourside-bank.example>")
nonjob("permit", "Planning application {ref}: decision notice",
       "Decision: REFUSED\n\nApplication {ref}: single-storey rear extension and roof terrace.\nReason for refusal: the roof terrace would result in unacceptable overlooking of neighbouring gardens.\n\nYou may appeal against this decision within 12 weeks.\n\nDevelopment Management, Westbrook District Council", "Planning <planning@westbrook.gov.uk.example>")
nonjob("choir", "Choir membership",
       "Hi {first},\n\nLovely that you'd like to sing with us. Sadly the altos are at capacity this season — we simply can't fit more on the risers. You're pencilled onto the waiting list and will get in touch in September.\n\nWarm wishes,\nRuth (membership secretary)\nRiverside Community Choir", "Riverside Choir <membership@riversidechoir.example.org>")
nonjob("visa", "Visitor visa application — decision",
       "Dear applicant,\n\nA decision has been made on your visitor visa application: refused. Sign in to your online account to read the decision letter with the reasons and what you can do next. Your passport is on its way back by courier.\n\nVisa Processing Centre", "Visa Processing <donotreply@visas.gov.example>")
nonjob("card", "Payment declined",
       "Hi {first},\n\nA €86.40 payment to SKYLINE RAIL on your card ending 4417 didn't go through — it was declined. Not you? Lock the card from the app home screen.\n\nNova Money", "Nova Money <alerts@novamoney.example>")
nonjob("abstract", "Submission #{ref} — decision",
       "Dear {first} {last},\n\nYour abstract to the annual meeting has been reviewed. We received 1,204 submissions and could accept only 310 for oral presentation. Yours didn't make the cut for a talk this year.\n\nProgramme Committee", "Programme Committee <programme@soilscience-meeting.example.org>")
nonjob("adoption", "About Biscuit",
       "Hi {first},\n\nThanks for wanting to give Biscuit a home. We've chosen a family with older children and a secure garden, as that suits his needs best. We'd love to help you find the right dog — there are several new arrivals on the website this week.\n\nRehoming Team, Dales Dog Rescue", "Dales Dog Rescue <rehoming@dalesdogrescue.example.org>")
nonjob("pr", "Re: [pattern-lint] Add YAML support (#412)",
       "@{first} appreciate the PR! Closing it though: YAML parsing sits outside what the core package should do, and we'd prefer it as a plugin. Publish one and we'll link it from the docs.\n\n—\nNotification sent to the PR author.", "pattern-lint maintainers <notifications@codehub.example>")
nonjob("claim", "Claim {ref} — outcome",
       "Dear {first},\n\nOur assessor has looked at the storm damage to your garden wall. Unfortunately we're unable to pay this claim, because the policy excludes walls and fences damaged by wind.\n\nUnhappy with this? The link below explains how to complain.\n\nClaims Team, Greenwell Home Insurance", "Greenwell Claims <claims@greenwell.example>")
nonjob("allotment", "Allotment waiting list",
       "Dear {first},\n\nWe've received your request for an allotment. Every plot at Hollybush Lane are currently let, and the waiting list is about three years. You have been added at position 47.\n\nParks & Allotments", "Parks & Allotments <allotments@kettleby.gov.uk.example>")
nonjob("rental", "Flat 3, Marlow Court",
       "Hi {first},\n\nThanks for the viewing at Flat 3. Another applicant's offer has been taken by the landlord, and the flat is let. Similar places nearby will come your way from me.\n\nKind regards,\nLettings, Parkside Homes", "Parkside Lettings <lettings@parksidehomes.example>")
nonjob("marathon", "Ballot result",
       "Hi {first},\n\nBad luck in the draw: 412,000 entries chased 17,000 places and yours wasn't picked. Charity places remain open if you still want to run.\n\nCity Marathon", "City Marathon <ballot@citymarathon.example>")
nonjob("refund", "Your refund request",
       "Hi {first},\n\nAbout the refund you asked for on order #{ref}. As the item was returned 41 days after delivery, outside our 30-day returns window, we can't issue a refund on this occasion. We'll send the parcel back to you at no cost.\n\nCustomer Care, Threadbare Outfitters", "Threadbare Customer Care <care@threadbare.example>")
nonjob("party", "re: saturday",
       "ah I'm gutted, we're away that weekend so we'll have to say no this time 😢 have the best birthday and save me some cake!! x", "Phoebe Tremayne <phoebe.t@postbox.example>", mobile=True)
nonjob("grant", "Community fund — your application",
       "Dear {first},\n\nThanks for the repair café's bid to the Community Fund. Requests far outran the money when the panel sat last week, and the café's bid missed out this round. The next round opens in spring.\n\nGrants Officer, Ferncliffe Community Foundation", "Ferncliffe Community Foundation <grants@ferncliffe.example.org>")
oth("non_job_rejection_words", "zh-nj-daikuan", "貸款申請結果通知",
    "林先生您好：\n\n感謝您申請本行個人信用貸款。經審核後，很遺憾本次申請未能核准。如有疑問，歡迎致電客服中心。\n\n祥和商業銀行 敬上",
    copies=1, lang="zh", sender="祥和商業銀行 <service@xianghe-bank.tw.example>", to="Lin Wei-Ting <weiting.lin@inbox.example.org>", tz="+0800")
oth("non_job_rejection_words", "hi-nj-ration", "राशन कार्ड आवेदन की स्थिति",
    "प्रिय आवेदक,\n\nआपका राशन कार्ड आवेदन (संख्या 58213) अस्वीकृत कर दिया गया है, क्योंकि निवास प्रमाण पत्र संलग्न नहीं था। कृपया दस्तावेज़ के साथ दोबारा आवेदन करें।\n\nखाद्य एवं आपूर्ति विभाग",
    copies=1, lang="hi", sender="Khadya Vibhag <noreply@khadya.gov.in.example>", to="Sunita Yadav <sunita.yadav@postbox.example>", tz="+0530")
oth("non_job_rejection_words", "ht-nj-lekol", "Enskripsyon lekòl",
    "Bonjou Madanm Joseph,\n\nMèsi paske ou te vle enskri pitit ou a nan twazyèm ane. Malerezman, klas la plen pou ane sa a. Nou mete non li sou lis datant lan.\n\nDireksyon Lekòl Nasyonal Bèlvi",
    copies=1, lang="ht", sender="Lekol Nasyonal Belvi <direksyon@lekolbelvi.ht.example>", to="Marie-Claude Joseph <mc.joseph@homemail.example.com>", tz="-0500")


# ---------------------------------------------------------------- building the records
SUFFIXES = [".example", ".example.com", ".example.org", ".co.uk.example"]
EU_LANGS = {"en", "be", "eo", "lb", "gd", "fr", "de", "it", "nl", "pl", "pt", "fi", "uk", "sv", "es", "ku"}


def fold(text: str) -> str:
    """ASCII local part for an address."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]", "", flat.lower().replace(" ", "."))


def slug(company: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(company)) or "employer"


def when(rng: random.Random, lang: str, tz: str | None) -> datetime:
    start = datetime(2025, 3, 3)
    moment = start + timedelta(days=rng.randrange(0, 627), hours=rng.randrange(6, 22),
                               minutes=rng.randrange(60), seconds=rng.randrange(60))
    label = tz or rng.choice(TZS)[0]
    minutes = int(label[1:3]) * 60 + int(label[3:5])
    offset = minutes if label[0] == "+" else -minutes
    summer = 4 <= moment.month <= 10
    if summer and lang in EU_LANGS and label in ("+0000", "+0100", "+0200"):
        offset += 60
    return moment.replace(tzinfo=timezone(timedelta(minutes=offset)))


def build() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    for tpl in TEMPLATES:
        for copy in range(tpl["copies"]):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            sfirst, slast = rng.choice([f for f in FIRST if f != first]), rng.choice(LAST)
            company = tpl["co"][copy] if tpl["co"] else rng.choice(GENERIC_CO)
            role = tpl["role"][copy] if tpl["role"] else rng.choice(GENERIC_ROLE)
            dom = slug(company) + SUFFIXES[sum(map(ord, company)) % len(SUFFIXES)]
            host = rng.choice(MAILHOSTS)
            addr = f"{fold(first)}.{fold(last)}@{host}"
            moment = when(rng, tpl["lang"], tpl["tz"])
            earlier = moment - timedelta(days=rng.randrange(1, 7))
            slots = {
                "first": first, "last": last, "full": f"{first} {last}", "LAST": last.upper(),
                "co": company, "CO": company.upper(), "role": role, "dom": dom,
                "sig": f"{sfirst} {slast}", "sigf": sfirst, "sigaddr": f"{fold(sfirst)}.{fold(slast)}",
                "ref": f"{rng.choice('ABCDEFGHJKMNPRSTUVWXYZ')}{rng.randrange(10000, 99999)}",
                "day": f"{earlier.strftime('%A')} {earlier.day} {MONTHS[earlier.month - 1]}",
                "addr": addr, "mailhost": host,
            }
            style = tpl["sender"]
            if style == "person":
                sender = f"{sfirst} {slast} <{slots['sigaddr']}@{dom}>"
            elif style == "careers":
                sender = f"{company} Careers <careers@{dom}>"
            else:
                sender = style.format(**slots)
            body = tpl["body"].format(**slots)
            if tpl["mobile"]:
                body += "\n\n" + rng.choice(MOBILE)
            records.append({
                "subject": tpl["subject"].format(**slots),
                "body": body,
                "sender": sender,
                "label": tpl["label"],
                "kind": tpl["kind"],
                "family": f"blind18-{tpl['key']}",
                "provenance": PROVENANCE,
                "to": tpl["to"] or f"{first} {last} <{addr}>",
                "date": format_datetime(moment),
                "_lang": tpl["lang"],
                "_group": tpl["group"],
            })
    rng.shuffle(records)
    counters = {"rejection": 0, "not_rejection": 0}
    out = []
    for record in records:
        counters[record["label"]] += 1
        prefix = "rej" if record["label"] == "rejection" else "oth"
        out.append({"id": f"blind18:{prefix}-{counters[record['label']]:03d}", **record})
    return out


def public(record: dict) -> dict:
    return {key: value for key, value in record.items() if not key.startswith("_")}


def langs(records: list[dict]) -> None:
    by_kind = Counter((r["label"], r["kind"]) for r in records)
    by_lang = Counter((r["label"], r["_lang"]) for r in records)
    by_group = Counter(r["_group"] for r in records if r["label"] == "rejection")
    print(f"{len(records)} messages, {len({r['family'] for r in records})} families")
    for (label, kind), n in sorted(by_kind.items()):
        print(f"  {label:14} {kind:26} {n}")
    print("rejection groups:", ", ".join(f"{g} {n}" for g, n in sorted(by_group.items())))
    for label in ("rejection", "not_rejection"):
        row = sorted(((lang, n) for (lab, lang), n in by_lang.items() if lab == label), key=lambda x: (-x[1], x[0]))
        print(f"  {label}: " + ", ".join(f"{lang} {n}" for lang, n in row) + f"  ({len(row)} languages)")


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict]) -> None:
    others: set[int] = set()
    files = sorted((HERE.parent).glob("*.jsonl")) + sorted(HERE.glob("*.jsonl"))
    files = [path for path in files if path.resolve() != OUT.resolve()]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    others.update(hash(s) for s in shingles(json.loads(line).get("body", "")))
    shared: Counter[str] = Counter()
    bodies = Counter()
    for record in records:
        hits = {s for s in shingles(record["body"]) if hash(s) in others}
        if hits:
            bodies[record["label"]] += 1
            shared.update(hits)
    print(f"{len(files)} other files, {len(others)} distinct shingles")
    print(f"bodies sharing a shingle: {sum(bodies.values())} of {len(records)} "
          f"(rejections {bodies['rejection']}, others {bodies['not_rejection']}); "
          f"{len(shared)} distinct shared shingles")
    for text, n in shared.most_common():
        print(f"  {n:3}  {text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", action="store_true", help="print the make-up (no text)")
    parser.add_argument("--check", action="store_true", help="6-word shingles shared with other files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(public(record), ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
