#!/usr/bin/env python3
# ruff: noqa: E501
"""Write data/blind/written-17.jsonl: the fifth batch of hand-written TRAINING mail (issue 11,
fifteenth pass), aimed at precision.

Most of it is mail a job seeker's inbox holds that uses refusal words without being a job
refusal: non-job declines (loans, cards, mortgages, claims, lettings, manuscripts, journals,
grants, talks, admissions, visas, squads, rotas, stalls, listings, app reviews, refunds, clubs,
awards, accelerators, supplier quotes ...), application confirmations that talk about a refusal
that has not happened, interview / next-step / offer mail that says "unfortunately" or "regret"
about a slot, a room or a delay, and neutral statuses, withdrawals, alerts and holds. About a
third are rejections written as their twins: the same sender, format and voice, but a real
decision on a job or internship application, so that the model learns the decision rather than
the topic.

Stdlib only; fixed seed; two runs write byte-identical files. ``--check`` reports 6-word-shingle
overlap against data/*.jsonl and the read slices and written batches (read only as shingle sets;
only our side is printed). It never opens a sealed slice (13 and later).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 170117
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-17.jsonl"
PROVENANCE = "written for rejectwatch issue 11 fifteenth pass as training mail, fifth batch (make_written17.py)"
NOT_COPIES = 3
REJ_COPIES = 4

FIRST = [
    "Aoife", "Bartek", "Chiara", "Devika", "Efua", "Fionn", "Greta", "Hamza", "Ines", "Jonah",
    "Kirsty", "Laszlo", "Maren", "Nnamdi", "Orla", "Pavel", "Quinn", "Rosalind", "Soren", "Tamsin",
    "Umar", "Vanya", "Wren", "Ximena", "Yusuf", "Zofia", "Callum", "Delphine", "Ravi", "Hollie",
    "Teodor", "Saanvi", "Mairead", "Kwame", "Ilse", "Bronwen", "Tariq", "Noelia", "Euan", "Priyanka",
    "Lorcan", "Anneliese", "Obinna", "Catrin", "Mateus", "Yara", "Florin", "Hester", "Jude", "Keziah",
]
SURNAMES = [
    "Achterberg", "Bellweather", "Cosgrove", "Dunmore", "Esposito", "Fairclough", "Gallagher",
    "Haverford", "Iwu", "Jaskolski", "Kavanagh", "Lindqvist", "Mbeki", "Nakamura", "Okonedo",
    "Pritchard", "Quayle", "Rahman", "Szabo", "Trelawney", "Upton", "Varga", "Whitlock", "Yilmaz",
    "Zielinski", "Abernethy", "Brannigan", "Castellanos", "Dufresne", "Ellery", "Fenwick-Hart",
    "Goswami", "Hollingworth", "Ingleby", "Kerrigan", "Lowther", "Moreau", "Nightingale",
]
SIGNERS = [
    "Harriet", "Marcus", "Niamh", "Olusegun", "Beatrix", "Conor", "Dagny", "Esme", "Gideon",
    "Imogen", "Joaquin", "Leontine", "Matthias", "Philippa", "Rhodri", "Sunita", "Tobias",
    "Valentina", "Winifred", "Agnieszka", "Bram", "Clodagh", "Desmond", "Farah", "Griff", "Hana",
]
CITIES = ["Leeds", "Norwich", "Cardiff", "Dundee", "Bristol", "Preston", "Exeter", "Galway", "Derby", "Swansea", "Aberdeen", "Bath", "Lincoln", "York"]
STREETS = ["Albion Terrace", "Quarry Lane", "Mill Race Road", "Tanners Row", "Orchard Walk", "Beacon Street", "Coldharbour Lane", "Weavers Yard", "Sandpiper Close", "Holloway Rise"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EMAIL_DOMAINS = ["mailbox.example", "inbox.example", "postbox.example", "fastmail.example", "letterbox.example"]
ZONES = ["+0000", "+0100", "+0200", "-0500", "-0400", "+0530", "+1000", "+1200", "-0700", "+0800"]
FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# Organisations by category: (name, domain).
ORGS: dict[str, list[tuple[str, str]]] = {
    "bank": [("Harrowgate Mutual", "harrowgatemutual.example"), ("Northvale Bank", "northvalebank.example"), ("Clement & Rowe Building Society", "clementrowe.example"), ("Brightwater Finance", "brightwaterfinance.example")],
    "broker": [("Keystone Mortgage Partners", "keystonemortgages.example"), ("Hearth & Home Mortgages", "hearthhome.example"), ("Lantern Financial Advice", "lanternfa.example")],
    "insurer": [("Tollard Insurance", "tollard-insurance.example"), ("Kestrel Home & Motor", "kestrelhm.example"), ("Ashgrove Assurance", "ashgroveassurance.example")],
    "letting": [("Pemberton Lettings", "pembertonlettings.example"), ("Canal Quarter Homes", "canalquarterhomes.example"), ("Red Door Residential", "reddoorresidential.example")],
    "literary": [("Halloran Marsh Literary", "halloranmarsh.example"), ("The Quillon Agency", "quillonagency.example"), ("Bexley & Strand Associates", "bexleystrand.example")],
    "journal": [("Journal of Coastal Ecology", "jcoastecol.example"), ("Urban History Review", "urbanhistoryreview.example"), ("Applied Acoustics Letters", "aal-journal.example"), ("Northern Review of Linguistics", "nrlinguistics.example")],
    "funder": [("Lydgate Foundation", "lydgatefoundation.example"), ("Harbour Arts Trust", "harbourartstrust.example"), ("Fenwick Community Fund", "fenwickfund.example"), ("Marram Science Trust", "marramtrust.example")],
    "conference": [("PyNorth 2026", "pynorth.example"), ("DesignOps Summit", "designopssummit.example"), ("Data Kitchen Conf", "datakitchenconf.example"), ("RustBelt Days", "rustbeltdays.example")],
    "university": [("University of Wrexford", "wrexford.ac.example"), ("Thamesmead University", "thamesmead.ac.example"), ("St Columba's College", "stcolumbas.ac.example"), ("Kingsholm Institute of Technology", "kingsholm.ac.example")],
    "council": [("Marlow Vale District Council", "marlowvale.gov.example"), ("Eastwick Borough Council", "eastwick.gov.example"), ("Carrick Moor County Council", "carrickmoor.gov.example")],
    "consulate": [("Visa Processing Centre", "visa-centre.example"), ("Consular Appointments Service", "consular-appointments.example")],
    "football": [("Ashby Rangers FC", "ashbyrangers.example"), ("Millbrook Athletic", "millbrookathletic.example"), ("Harbourside Hockey Club", "harboursidehockey.example")],
    "amateur": [("Riverside Players", "riversideplayers.example"), ("Brackenfield Choral Society", "brackenfieldchoral.example"), ("Old Mill Operatic Society", "oldmilloperatic.example")],
    "theatre": [("Lantern Street Theatre Company", "lanternstreettheatre.example"), ("The Glasshouse Playhouse", "glasshouseplayhouse.example")],
    "charity": [("Southside Food Bank", "southsidefoodbank.example"), ("Open Door Community Kitchen", "opendoorkitchen.example"), ("Riverbank Parkrun Volunteers", "riverbankvols.example")],
    "market": [("Cathedral Square Christmas Market", "cathedralsquaremarket.example"), ("Saltgate Makers Market", "saltgatemakers.example"), ("Wharfside Night Market", "wharfsidenight.example")],
    "marketplace": [("Swapnest", "swapnest.example"), ("Attic & Co", "atticandco.example"), ("Rehome Market", "rehomemarket.example")],
    "appstore": [("AppMarket Review", "appmarket-review.example"), ("Playfield Developer Console", "playfield-dev.example")],
    "retail": [("Hollis & Vane", "hollisvane.example"), ("Greenleaf Outdoor", "greenleafoutdoor.example"), ("Porter & Finch Home", "porterfinch.example")],
    "dating": [("Kindred", "kindred-app.example"), ("Slowburn", "slowburn-app.example")],
    "club": [("Larchmont Golf Club", "larchmontgolf.example"), ("Whitecross Lawn Tennis Club", "whitecrosstennis.example"), ("Ferrybridge Rowing Club", "ferrybridgerowing.example")],
    "awards": [("Northern Digital Awards", "northerndigitalawards.example"), ("Harrier Short Story Prize", "harrierprize.example"), ("Green Shoots Photography Open", "greenshootsopen.example")],
    "festival": [("Hollow Meadow Festival", "hollowmeadowfest.example"), ("Brightwater Folk Weekend", "brightwaterfolk.example")],
    "accelerator": [("Launchyard", "launchyard.example"), ("Foundry North", "foundrynorth.example"), ("Seedbed Ventures", "seedbedventures.example")],
    "supplier": [("Marlowe Print Co", "marloweprint.example"), ("Tallow & Thyme Catering", "tallowthyme.example"), ("Brightsign Displays", "brightsigndisplays.example")],
    "oss": [("tidewater-orm", "github.example"), ("fernlog", "github.example"), ("quokka-cli", "github.example")],
    "employer": [("Corvid Analytics", "corvidanalytics.example"), ("Mercer & Hale Logistics", "mercerhale.example"), ("Tidewell Energy", "tidewellenergy.example"), ("Ostara Health", "ostarahealth.example"), ("Bramblecote Foods", "bramblecote.example"), ("Halcyon Software", "halcyonsoftware.example"), ("Wayfarer Travel Group", "wayfarertravel.example"), ("Pellucid Labs", "pellucidlabs.example")],
    "hospital": [("North Lanark Health Trust", "northlanark.nhs.example"), ("Severnside Community Hospitals", "severnside.nhs.example"), ("Kingfisher Care Partnership", "kingfishercare.example")],
    "agency": [("Talentbridge Recruitment", "talentbridge.example"), ("Keel & Compass Search", "keelcompass.example"), ("Northpoint Staffing", "northpointstaffing.example")],
    "school": [("Beechwood Academy", "beechwoodacademy.example"), ("St Aidan's Primary School", "staidans.sch.example"), ("Highfield Park School", "highfieldpark.sch.example")],
    "smallbiz": [("Crumb & Kettle Cafe", "crumbkettle.example"), ("Lowfield Bike Workshop", "lowfieldbikes.example"), ("The Fig Tree Deli", "figtreedeli.example")],
    "publicjobs": [("Civil Service Recruitment", "csr-jobs.example"), ("State Personnel Board", "statepersonnel.example"), ("Regional Fire & Rescue Service", "regionalfire.example")],
    "airline": [("Skylark Airways", "skylarkairways.example"), ("Corran Air", "corranair.example")],
    "law": [("Ainsworth Pryce LLP", "ainsworthpryce.example"), ("Delacourt Vane Solicitors", "delacourtvane.example")],
    "jobboard": [("JobHarbour", "jobharbour.example"), ("Hirewell", "hirewell.example")],
}

ROLES: dict[str, list[str]] = {
    "bank": ["Graduate Credit Analyst", "Branch Customer Adviser", "Financial Crime Analyst", "Mortgage Administrator"],
    "broker": ["Trainee Mortgage Adviser", "Client Services Administrator", "Protection Adviser"],
    "insurer": ["Claims Handler", "Underwriting Assistant", "Customer Service Adviser (Claims)"],
    "letting": ["Lettings Negotiator", "Property Manager", "Lettings Administrator"],
    "literary": ["Agent's Assistant", "Rights Assistant", "Submissions Reader (part-time)"],
    "journal": ["Editorial Assistant", "Production Editor", "Peer Review Coordinator"],
    "funder": ["Grants Officer", "Programme Manager", "Finance and Grants Assistant"],
    "conference": ["Event Coordinator", "Sponsorship Manager", "Speaker Liaison (contract)"],
    "university": ["Research Assistant", "Graduate Teaching Assistant", "Laboratory Technician", "Admissions Officer"],
    "council": ["Planning Officer", "Housing Support Worker", "Parking Services Officer"],
    "football": ["Community Coach", "Academy Sports Scientist", "Matchday Operations Assistant"],
    "theatre": ["Assistant Stage Manager", "Box Office Supervisor", "Technical Apprentice"],
    "charity": ["Warehouse Coordinator", "Warehouse and Logistics Assistant", "Stock and Distribution Officer"],
    "amateur": ["Company Stage Manager", "Touring Wardrobe Assistant", "Tour Production Assistant"],
    "market": ["Market Assistant", "Events Officer", "Trader Liaison Officer"],
    "retail": ["Customer Service Adviser", "Sales Assistant", "Visual Merchandiser"],
    "club": ["Bar Supervisor", "Assistant Greenkeeper", "Junior Coach"],
    "accelerator": ["Programme Associate", "Investment Analyst Intern", "Community Manager"],
    "marketplace": ["Trust & Safety Analyst", "Customer Support Specialist"],
    "appstore": ["App Review Specialist"],
    "employer": ["Data Analyst", "Operations Coordinator", "Junior Software Engineer", "Payroll Assistant", "Marketing Executive", "Supply Chain Planner", "UX Researcher", "Business Analyst"],
    "hospital": ["Band 5 Staff Nurse", "Healthcare Assistant", "Medical Secretary", "Physiotherapy Assistant"],
    "agency": ["Accounts Assistant", "Warehouse Team Leader", "Office Manager", "Logistics Planner"],
    "school": ["Teaching Assistant", "Teacher of Science", "School Business Manager"],
    "smallbiz": ["Barista", "Bike Mechanic", "Counter Assistant"],
    "publicjobs": ["Executive Officer", "Administrative Officer", "Firefighter (On-call)"],
    "airline": ["Cabin Crew", "Cabin Crew (seasonal)", "Cabin Crew - Short Haul"],
    "law": ["Trainee Solicitor", "Paralegal", "Legal Secretary"],
    "jobboard": ["Warehouse Operative", "Receptionist"],
}

TITLES: dict[str, list[str]] = {
    "person": ["Talent Acquisition Partner", "HR Adviser", "Office Manager", "Recruitment Officer", "People Team"],
}

FOOTERS: dict[str, str] = {
    "finance": "{org} - authorised and regulated by the Financial Conduct Authority, firm ref. {fr}. Head office: 4 {street}, {city}. We may record phone calls for quality and training.\nNobody reads replies sent here. How we handle customer data: {dom}/privacy.\nWorried about money? Free, independent debt advice is available - search 'MoneyHelper'.",
    "academic": "Confidentiality: this message is for its named recipient only. If this reached the wrong person, tell whoever wrote it and delete it and any copies.\n{org} is an exempt charity under the Charities Act. Applicant privacy statement: {dom}/privacy-applicants.\nThink before you print.",
    "council": "This message comes from an unmonitored address. For help, use the contact form at {dom}/contact or call our customer centre on 0300 555 {fr}.\nWe will use your information in line with our privacy notice. Mail to or from this organisation may be monitored and can be disclosed under freedom of information law.",
    "commerce": "{org} account mail. Email settings | Help centre | Terms\n(c) 2026 {org} Ltd, company no. {fr}0, Unit 7, {street}, {city}.\nThis inbox isn't read by a person - use the help centre to reach us.",
    "club": "{org} | Affiliated to the county association | Charity no. {fr}\nFollow us for fixtures and news. Our privacy policy explains how we hold members' and applicants' details.\nClubhouse opening hours: Tue-Sun 10:00-22:00.",
    "careers": "---\nGet openings before they're advertised: {dom}/careers/alerts\nAt {org} we hire on merit, and any part of the process can be adjusted on request - just tell your recruiter what helps.\nApplicant data is held under our candidate privacy statement and deleted after 12 months. Sent from an unattended mailbox.\nHireflow ATS | {org} Careers",
    "charity": "{org} is a registered charity, no. {fr}. We keep volunteers' and applicants' details only as long as we need them.\nGive, volunteer or fundraise: {dom}/get-involved",
    "publishing": "{org}\nRegistered in England and Wales, company no. {fr}1. We read every submission we receive, but we cannot enter into correspondence about our decisions.\nThis email and anything attached to it is confidential to the person named above.",
}

CAT_FOOTER = {
    "bank": "finance", "broker": "finance", "insurer": "finance", "letting": "commerce", "literary": "publishing",
    "journal": "publishing", "funder": "academic", "conference": "commerce", "university": "academic",
    "council": "council", "consulate": "council", "football": "club", "amateur": "club", "theatre": "club",
    "charity": "charity", "market": "commerce", "marketplace": "commerce", "appstore": "commerce",
    "retail": "commerce", "dating": "commerce", "club": "club", "awards": "commerce", "festival": "commerce", "accelerator": "commerce",
    "supplier": "commerce", "oss": "commerce", "employer": "careers", "hospital": "careers", "agency": "careers",
    "school": "academic", "smallbiz": "commerce", "publicjobs": "council", "airline": "careers", "law": "careers",
    "jobboard": "commerce",
}

FORWARD_NOTES = [
    "This came to the old address, forwarding it on. x",
    "FYI - Mum said this landed in the family inbox.",
    "Sending this over so you have it in your own mail.",
    "fwd from my work account, sorry it's late",
    "Passing this on - it was in the shared inbox.",
]
MOBILE_TAILS = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Pixel - short replies, sorry", "-- sent on the move"]
CHOICE = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


def t(key: str, kind: str, cat: str, who: str, subject: str, *, body: str, title: str = "",
      twin: tuple[str, str] | None = None, ask: str = "", frames: tuple[str, ...] = ()) -> dict:
    """One template; ``twin`` is (subject, body) of its rejection twin in the same voice."""
    return {"key": key, "kind": kind, "cat": cat, "who": who, "subject": subject, "body": body,
            "title": title, "twin": twin, "ask": ask, "frames": frames}


NJ = "non_job_rejection_words"

# ---------------------------------------------------------------- non-job declines (and twins)
NON_JOB = [
    t("loan", NJ, "bank", "noreply", "Your personal loan application {ref}",
      body="Dear {full},\n\nThank you for applying for a personal loan of £{amount} with {org}.\n\n[[We have looked carefully at the details you gave us and at your credit file, and||Having checked your application against our lending criteria,]] we are unable to offer you this loan at the moment. [[We know this is disappointing.||We appreciate this isn't the answer you hoped for.]]\n\nThis decision doesn't stop you applying with another lender. You can ask a credit reference agency for a free copy of your report if you think something on it is wrong.\n\n{org} Personal Lending",
      twin=("Your application {ref} - {role}",
            "Dear {full},\n\nThank you for applying for the {role} role with {org}.\n\n[[We have looked carefully at your application and your online test results, and||Having assessed your application against the criteria for this intake,]] we are unable to offer you a place at the next stage of our recruitment process.\n\nThis decision applies to this intake only; you are welcome to apply again when the next one opens.\n\n{org} Early Careers")),
    t("card", NJ, "bank", "noreply", "About your {org} credit card application",
      body="Hello {name},\n\nWe're sorry - we can't open a credit card account for you right now.\n\nWe based our decision partly on information from a credit reference agency and partly on what you told us about your income and outgoings. [[We don't hold a full list of reasons, but common ones include a short address history or recent applications elsewhere.||Please wait at least three months before applying again, as each application may leave a mark on your file.]]\n\nYour existing current account with us is not affected.\n\nThe Cards Team"),
    t("limit", NJ, "bank", "noreply", "Credit limit request: our answer",
      body="Hi {name},\n\nYou asked us to raise the limit on your card ending {n}4 to £{amount}. We've reviewed your account and we can't increase it this time. Your current limit stays the same and nothing else about your account changes.\n\nYou can ask again in six months.\n\n{org}"),
    t("mortgage", NJ, "broker", "person", "Re: AIP for {street}",
      body="Hi {name},\n\n[[I've had the underwriter's answer back on the agreement in principle for the flat on {street}.||Quick update on the mortgage for {street} - the lender's underwriting team came back this morning.]] Unfortunately they've declined it. The sticking point is the length of time you've been self-employed: they want two full years of accounts and you have one.\n\nIt's not the end of the road. There are two lenders on my panel who will look at a single year's figures, at a slightly higher rate. Shall I run it past them? I'd need your latest SA302.",
      title="Mortgage Adviser", ask="Hi, any news from the lender on the AIP? The seller's agent keeps chasing.",
      twin=("Re: Trainee Mortgage Adviser - {org}",
            "Hi {name},\n\n[[Thanks again for coming in on Thursday to meet the team.||Thanks for your time at the office on Thursday.]] I'm sorry to say we won't be offering you the Trainee Mortgage Adviser role. The sticking point was regulated experience: the partners want someone who already holds their CeMAP, and one of the other candidates does.\n\nIf you do finish the qualification, do get back in touch - I'd be glad to hear from you.")),
    t("claim", NJ, "insurer", "noreply", "Claim {ref}: our decision",
      body="Dear {full},\n\nWe've finished assessing your claim for water damage to the kitchen at your home.\n\n[[Unfortunately we're unable to accept the claim.||We're sorry, but we won't be paying this claim.]] Your policy covers sudden escapes of water, and the loss adjuster's report found the damage was caused by a leak that had been going on for some months, which the policy excludes (section 3, page 14).\n\nIf you disagree with our decision, send us any new evidence and it will go to a colleague who wasn't involved the first time. You can also refer the matter to the Financial Ombudsman Service within six months.\n\nClaims Team, {org}",
      twin=("Your application for {role} ({ref})",
            "Dear {full},\n\nWe've finished assessing your application for the {role} position.\n\n[[Unfortunately we're unable to take your application any further.||We're sorry, but we won't be inviting you to the next stage.]] The role needs recent experience of handling customer calls, and the assessor felt your application didn't show enough of it.\n\nIf you'd like feedback, just ask and someone from resourcing will write it up for you.\n\nResourcing Team, {org}")),
    t("claim_travel", NJ, "insurer", "noreply", "Travel claim {ref} - declined",
      body="Hello {name},\n\nThanks for sending the receipts for the cancelled trip to Lisbon. We've been through them and can't pay this claim: the reason for cancelling (a change in work plans) isn't one of the insured reasons listed in your policy wording.\n\nWe've closed the claim. Your cover for future trips continues as normal.\n\n{org} Travel Claims"),
    t("rental", NJ, "letting", "person", "{street} - update on your application",
      body="Hi {name},\n\nThanks for coming to view the two-bed on {street} on Saturday and for getting your referencing form back so quickly.\n\n[[The landlord is going ahead with another applicant who can move in a fortnight earlier,||The landlord has accepted an offer from another applicant who can take the flat from the first of the month,]] so we won't be progressing your application for this property. I know it's frustrating in this market.\n\nI've added you to our new-instructions list for two-beds under £{amount} pcm, so you'll hear about anything before it goes on the portals.",
      title="Senior Lettings Negotiator", ask="Hi, just wondering if the landlord has made a decision on {street}? We're ready to pay the holding deposit.",
      twin=("Lettings Negotiator - update on your application",
            "Hi {name},\n\nThanks for coming into the branch on Saturday and for getting your right-to-work documents over so quickly.\n\n[[The branch manager is going ahead with another applicant who can start a fortnight earlier,||We have offered the Lettings Negotiator job to another applicant who can start at the beginning of the month,]] so we won't be progressing your application for the role. I know it's frustrating after a good interview.\n\nWe'll keep your CV on file in case another branch is hiring.")),
    t("referencing", NJ, "letting", "noreply", "Tenancy referencing outcome - {street}",
      body="Referencing for Flat {n}, {street} is complete.\n\nApplicant: {full}\nOutcome: Declined\nReason: income could not be verified at 30x monthly rent\n\nThe letting agent has been told. If you can provide a guarantor, the agent may be able to re-run referencing. This is not a credit rating and it does not affect any other application.\n\n{org} Referencing"),
    t("manuscript", NJ, "literary", "person", "Re: Submission - {book}",
      body="Dear {name},\n\nThank you for sending me the opening chapters of {book}, and for your patience while I read them.\n\n[[I enjoyed the voice, but I didn't fall for the story in the way I need to in order to take it on,||There's a lot to admire here, but I didn't feel sure enough about where the story goes to represent it,]] so I'm going to step aside. This business is very subjective, and another agent may feel quite differently - please do keep sending it out.\n\nWith best wishes,",
      title="Literary Agent",
      twin=("Re: Application - {role}",
            "Dear {name},\n\nThank you for applying for the {role} post here, and for your patience while we read the applications.\n\n[[We enjoyed your letter, but we didn't find enough agency or publishing experience in it for this particular post,||There's a lot to admire in your application, but we need someone who has already worked with contracts,]] so I'm sorry to say we won't be inviting you to interview. Other agencies may well see it differently, so keep at it.\n\nWith best wishes,")),
    t("query_noreply", NJ, "literary", "noreply", "Your query to {org}",
      body="Dear Author,\n\nThank you for querying us with {book}. We read every submission carefully. Regrettably, this project is not right for our list, and we will not be requesting the full manuscript.\n\nBecause of the number of queries we receive, we are unable to give individual feedback. We wish you every success in finding the right home for your writing.\n\nThe Submissions Team"),
    t("journal_desk", NJ, "journal", "noreply", "Decision on manuscript {ref}",
      body="Dear Dr {surname},\n\nThank you for submitting your manuscript \"{paper}\" to the {org}.\n\nThe handling editor has read it, and [[I regret to tell you that we have decided not to send it out for external review.||I am sorry to say that we will not be considering it further.]] Although the work is competently done, its scope is narrower than the general readership of the journal expects, and a more specialist venue would suit it better.\n\nWe appreciate you thinking of the journal for your work.\n\nYours sincerely,\nEditorial Office",
      twin=("Editorial Assistant vacancy - {ref}",
            "Dear {full},\n\nThank you for applying for the post of Editorial Assistant at the {org}.\n\nThe managing editor has read all applications, and [[I regret to tell you that we have decided not to shortlist you for interview.||I am sorry to say that we will not be taking your application further.]] Although your application was well put together, we are looking for someone with direct experience of a manuscript tracking system.\n\nWe appreciate your interest in working with us.\n\nYours sincerely,\nEditorial Office")),
    t("journal_reviewed", NJ, "journal", "person", "Manuscript {ref}: reviewer reports",
      body="Dear Dr {surname},\n\nTwo reviewers have now reported on your submission \"{paper}\", and their comments are copied below.\n\nOn the basis of these reports the paper cannot be accepted, and I have to reject it in its current form. I would not rule out a new submission if the sampling concerns raised by Reviewer 2 can be addressed with additional sites.\n\nReviewer 1: The question is interesting, but the discussion overstates what a single season of data can show.\nReviewer 2: The sample is too small for the model fitted, and Table 3 needs confidence intervals.\n\nSincerely,",
      title="Associate Editor"),
    t("grant", NJ, "funder", "noreply", "Outcome of your application to the {org} small grants round",
      body="Dear {name},\n\nThe grants panel met last week to consider 212 applications for 31 awards.\n\n[[We're sorry to tell you that your project, {project}, was not recommended for funding this time.||Unfortunately, {project} has not been offered a grant in this round.]] Competition was very strong, and the panel had to turn down many applications it would have liked to support.\n\nYou are welcome to apply again in the spring round. Short written feedback is available on request until the end of {month}.\n\nGrants Team, {org}",
      twin=("Your application for {role} - {org}",
            "Dear {name},\n\nThe interview panel met this week to consider applications for the post of {role}.\n\n[[We're sorry to tell you that you have not been selected for interview this time.||Unfortunately, your application has not been taken forward to interview.]] Competition was very strong, and the panel had to leave out several applicants with relevant experience.\n\nShort written feedback is available on request until the end of {month}.\n\nHR, {org}")),
    t("grant_research", NJ, "funder", "noreply", "Proposal {ref} - panel result",
      body="Dear Dr {surname},\n\nYour proposal \"{paper}\" was considered at the {month} panel.\n\nPanel rank: 19 of 40\nFunding line: rank 11\nOutcome: Not funded\n\nThe panel's written feedback is attached to the proposal record. Resubmission of substantially the same proposal is not permitted for twelve months.\n\nResearch Funding Office, {org}"),
    t("cfp", NJ, "conference", "person", "Your talk proposal for {org}",
      body="Hi {name},\n\nThank you for submitting \"{talk}\" to {org}. We had more than 400 proposals for 58 slots this year, and [[unfortunately yours didn't make it into the programme.||I'm sorry to say the programme committee didn't select it.]]\n\nWe scored every proposal blind, with three reviewers each. A few notes from yours: the topic was popular, and two similar talks scored a little higher on audience fit.\n\nCome along anyway if you can - here's a 25% off code for a ticket: CFP-THANKS.",
      title="Programme Chair",
      twin=("Your application - {role}, {org}",
            "Hi {name},\n\nThank you for applying for the {role} role with the {org} organising team. We had more than 90 applications, and [[unfortunately yours didn't make it onto the interview list.||I'm sorry to say we won't be taking your application forward.]]\n\nWe scored every application against the same four criteria. A note from yours: we needed someone who has run a venue contract before, and the shortlisted people all have.\n\nThanks again for wanting to work with us.")),
    t("workshop", NJ, "conference", "noreply", "[{org}] Paper #{n}12 notification",
      body="Dear author(s),\n\nWe regret to inform you that your paper #{n}12, \"{paper}\", has not been accepted to the workshop. This year we accepted 23 of 97 submissions.\n\nThe reviews are below. We hope you find them useful for revising the work.\n\n--- Review 1 ---\nOverall evaluation: -1 (weak reject)\nThe related work section misses the most recent benchmarks.\n\n--- Review 2 ---\nOverall evaluation: 0 (borderline)\nClear writing, but the evaluation is on one dataset only.\n\nThe Workshop Chairs"),
    t("scholarship", NJ, "university", "noreply", "Your {org} scholarship application",
      body="Dear {full},\n\nThank you for applying for a Global Futures Scholarship for 2026/27.\n\n[[We are sorry to let you know that you have not been awarded a scholarship.||The scholarship panel has now met, and on this occasion your application was unsuccessful.]] We received over 1,800 applications for 40 awards.\n\nPlease note that this decision does not affect your offer of a place on the MSc, which remains valid. If you would still like to join us, please accept your offer in the applicant portal by {date}.\n\nScholarships Office"),
    t("admission", NJ, "university", "noreply", "Decision on your application: MA {subject}",
      body="Dear {full},\n\nThank you for your application to study for the MA in {subject} at {org}.\n\nThe selectors have considered it carefully, and [[I am sorry to tell you that they are unable to offer you a place on the programme for entry in September.||I regret that we cannot offer you a place on the programme this year.]] The number of well-qualified applicants was far higher than the places available.\n\nYou may reapply for a future year of entry.\n\nPostgraduate Admissions",
      twin=("Decision on your application: {role}",
            "Dear {full},\n\nThank you for your application for the post of {role} in the Department of {subject} at {org}.\n\nThe selection panel has considered it carefully, and [[I am sorry to tell you that they are unable to offer you an interview.||I regret that your application will not be taken further.]] The number of well-qualified applicants was far higher than we could interview.\n\nThank you for your interest in working at the University.\n\nHR Recruitment")),
    t("school_place", NJ, "council", "noreply", "Secondary school place for {child}",
      body="Dear Parent/Carer,\n\nWe have now processed the application you made for {child}.\n\nWe were not able to offer a place at any of the three schools you named as preferences, because each was oversubscribed and other children ranked higher under the admission rules. {child} has been offered a place at Holm Lane High School, the nearest school with space.\n\nYou have the right to appeal for any preference school, and {child} has been added to the waiting lists for all three.\n\nSchool Admissions Team"),
    t("visa", NJ, "consulate", "noreply", "Decision on your visitor visa application {ref}",
      body="Dear {full},\n\nThe decision on your application for a Standard Visitor visa is ready.\n\nYour application has been refused. The officer was not satisfied, on the evidence provided, that you would leave at the end of your visit, because the bank statements did not show the source of a recent large deposit.\n\nThere is no right of appeal against this decision, but you may make a new application at any time. Collect your passport from the centre that took your biometrics.\n\nVisa Processing Centre"),
    t("appointment", NJ, "consulate", "noreply", "Appointment request not confirmed",
      body="Hello {name},\n\nYour request for a biometrics appointment on {date} could not be confirmed: the slot was taken before your payment cleared. No fee has been charged.\n\nPlease log back in and choose another time. Slots for the next four weeks are released every morning at 8:00 local time.\n\nConsular Appointments Service"),
    t("squad", NJ, "football", "person", "Trials - squad news",
      body="Hi {name},\n\nThanks for coming along to the open trials on Sunday - the standard was really high and we've had some hard calls to make.\n\n[[I'm sorry to say you haven't made the first-team squad for the new season.||Unfortunately we won't be offering you a place in the squad this season.]] You did well in the small-sided games; the coaches felt your fitness over ninety minutes isn't there yet.\n\nThe development side trains Tuesday nights and there's a spot for you there if you'd like it.\n\nCheers,",
      title="Head Coach",
      twin=("Community Coach - your application",
            "Hi {name},\n\nThanks for coming along to the coaching session assessment on Sunday - the standard was really high and we've had some hard calls to make.\n\n[[I'm sorry to say we won't be offering you the Community Coach job.||Unfortunately your application for the Community Coach role won't be going any further.]] You did well with the under-9s; we went with someone who already holds the UEFA C licence.\n\nKeep an eye on the club website for the summer camp roles.\n\nCheers,")),
    t("junior_squad", NJ, "football", "noreply", "U14 regional squad selection",
      body="Dear Parent/Guardian,\n\nThank you for bringing {child} to the regional assessment day. After watching 160 players across three sessions, the selectors have picked the squad for this season, and we're sorry to say {child} has not been selected.\n\nWe'd encourage {child} to keep playing at club level; the selectors will look again at the spring assessment.\n\nRegional Performance Programme"),
    t("amateur", NJ, "amateur", "person", "{show} - casting",
      body="Dear {name},\n\nThank you so much for auditioning for our spring production of {show}. We saw 48 people for 14 parts, and [[I'm afraid we haven't been able to cast you this time.||regrettably you weren't cast on this occasion.]]\n\nWe would love you to stay involved - we always need help backstage, and the chorus rehearsals start on {date}. Subs for the season are £40.\n\nBreak a leg,",
      title="Director",
      twin=("{role} - your application",
            "Dear {name},\n\nThank you so much for applying for the paid {role} post on our spring tour. We saw 11 people for the job, and [[I'm afraid we haven't been able to offer it to you this time.||regrettably you weren't successful on this occasion.]]\n\nWe went with someone who has toured with a mid-scale company before. Thank you for your time at interview.\n\nBest wishes,")),
    t("choir", NJ, "amateur", "person", "Choir membership",
      body="Hi {name},\n\nLovely to hear you sing on Wednesday. The altos are full at the moment, so we can't take you on as a member this term - sorry! I've put you top of the waiting list, and we often get a space after the Christmas concert.\n\nDo come to the open rehearsal on {date}.\n\nWarmly,",
      title="Membership Secretary"),
    t("volunteer", NJ, "charity", "person", "Saturday shifts",
      body="Hi {name},\n\nThanks so much for putting your name down for Saturday morning shifts at the warehouse. We've had an amazing response since the local paper ran the story, and the rota for {month} is already full, so [[I'm not able to give you a slot this month.||unfortunately there isn't a spare shift for you just yet.]]\n\nI've kept your details and I'll message you as soon as someone drops out - it happens most weeks.\n\nThanks again,",
      title="Volunteer Coordinator",
      twin=("{role} - thank you for applying",
            "Hi {name},\n\nThanks so much for applying for our paid {role} post. We've had an amazing response since the advert went out, and [[I'm sorry to say you haven't been shortlisted for interview.||unfortunately we won't be taking your application forward.]]\n\nThe shortlisted people all have forklift tickets and warehouse systems experience. If you'd still like to volunteer with us, the Saturday rota is always open.\n\nThanks again,")),
    t("stall", NJ, "market", "noreply", "Your stall application for {org}",
      body="Dear {name},\n\nThank you for applying for a pitch at this year's {org}.\n\nWe received 640 applications for 110 pitches, and [[unfortunately we are unable to offer you a pitch this year.||we are sorry to tell you that your application for a stall has not been successful.]] Our selection panel aims for a balance of products, and we already had a number of traders selling candles and soaps.\n\nYour application fee of £15 is non-refundable. Applications for the summer market open in {month}.\n\nMarket Team",
      twin=("Your application for {role} - {org}",
            "Dear {name},\n\nThank you for applying for the seasonal {role} position at this year's {org}.\n\nWe received 85 applications for 6 posts, and [[unfortunately we are unable to offer you a position this year.||we are sorry to tell you that your application has not been successful.]] Our panel looked for people who have managed traders on site before.\n\nApplications for summer market jobs open in {month}.\n\nMarket Team")),
    t("listing", NJ, "marketplace", "noreply", "Your listing was not approved",
      body="Hi {name},\n\nYour listing \"{item}\" was not approved and is not visible to buyers.\n\nReason: the photos appear to come from a retailer's website. We ask sellers to use their own photos of the actual item.\n\nYou can edit the listing and submit it again; most reviews take under an hour.\n\nThe {org} team"),
    t("listing_offer", NJ, "marketplace", "noreply", "Your offer on \"{item}\" was declined",
      body="Hi {name},\n\nThe seller has declined your offer of £{small} for \"{item}\". The item is still available at the listed price.\n\nMake another offer, or save the search to hear about similar items.\n\n{org}"),
    t("appreview", NJ, "appstore", "noreply", "Submission rejected: {app} 2.{n}.1",
      body="Hello,\n\nWe reviewed {app} version 2.{n}.1 and found that it does not comply with our guidelines.\n\nGuideline 5.1.1 - Data collection and storage\nYour app asks for location access at launch, before the user has reached any feature that needs it. Please request permission only when the feature is used.\n\nOnce you've made the change, upload a new build and reply in the resolution centre. We are unable to approve this submission.\n\nApp Review"),
    t("refund", NJ, "retail", "noreply", "Your refund request #{ref}",
      body="Hi {name},\n\nThanks for getting in touch about order {ref}.\n\n[[We're sorry, but we can't approve a refund for this order,||Unfortunately this return doesn't qualify for a refund,]] because it arrived with us 41 days after delivery, and our returns window is 30 days. We've sent the jacket back to you at no charge.\n\nIf the item is faulty, you may still be covered by our 12-month quality promise - reply with photos of the fault and we'll take a look.\n\nCustomer Care, {org}",
      twin=("Your application #{ref} - {role}",
            "Hi {name},\n\nThanks for applying to join {org} as a {role}.\n\n[[We're sorry, but we can't offer you an interview this time,||Unfortunately your application hasn't been successful on this occasion,]] because the role needs weekend availability, and your application said you can work weekdays only.\n\nIf your availability changes, we'd be glad to see another application from you.\n\nRecruitment, {org}")),
    t("dating", NJ, "dating", "noreply", "Your new photo wasn't approved",
      body="Hi {name},\n\nThe photo you added to your profile today wasn't approved. Photos need to show your face clearly and can't include other people who haven't agreed to be on {org}.\n\nYour other photos are still live. Try another one whenever you like.\n\nTeam {org}"),
    t("club_membership", NJ, "club", "person", "Membership application",
      body="Dear {name},\n\nThe committee met on Tuesday and considered your application for full playing membership.\n\n[[I'm afraid we are unable to accept any new full members this year,||Regrettably the club cannot offer you full membership at present,]] as our numbers are capped at 650 and the waiting list is around eighteen months. We can offer you twilight membership straight away, which gives you course access after 4pm.\n\nPlease let me know if you would like to go on the list.\n\nYours sincerely,",
      title="Club Secretary",
      twin=("Bar Supervisor vacancy",
            "Dear {name},\n\nThe house committee met on Tuesday and considered the applications for the Bar Supervisor vacancy.\n\n[[I'm afraid we are unable to offer you the position,||Regrettably the committee has decided not to take your application further,]] as we have appointed a member of our existing bar staff. Thank you for coming in to meet the steward.\n\nYours sincerely,")),
    t("award", NJ, "awards", "noreply", "{org} 2026: shortlist announced",
      body="Dear {name},\n\nThank you for entering the {org}. The judges have now chosen this year's shortlist from 1,240 entries, and we're sorry to say that your entry was not among them.\n\nThe shortlist is on our website, and the winners will be announced on {date}. Every entrant gets a discounted ticket to the ceremony.\n\nWe hope you'll enter again next year."),
    t("accelerator", NJ, "accelerator", "noreply", "Your application to {org} Cohort {n}",
      body="Hi {name},\n\nThanks for applying to {org} with {startup}. We read every one of the 1,100 applications for this cohort.\n\n[[We won't be inviting {startup} to interview this time.||We've decided not to move {startup} forward to the interview stage.]] We usually look for some evidence of paying customers at this point, and we'd love to hear how the pilot goes.\n\nApplications for the next cohort open in {month}.\n\nThe {org} team",
      twin=("Your application for {role} - {org}",
            "Hi {name},\n\nThanks for applying to join the {org} team as {role}. We read every one of the 300 applications.\n\n[[We won't be inviting you to interview this time.||We've decided not to move your application forward to interviews.]] We looked for people who have worked inside an early-stage startup, and the shortlist all have.\n\nThanks for wanting to work with us.\n\nThe {org} team")),
    t("supplier_quote", NJ, "supplier", "person", "Re: Quote Q-{ref}",
      body="Hi {name},\n\nThanks for your quote for the 300 printed tote bags for our open day. We've decided to go with another supplier whose price included delivery, so we won't be placing the order with you this time.\n\nThe samples were lovely and we'll definitely ask you to quote next year.\n\nThanks,",
      title="Events Lead"),
    t("catering", NJ, "supplier", "person", "Wedding catering enquiry",
      body="Dear {name},\n\nThank you for the enquiry about catering for your wedding on {date}. I'm so sorry, but we're already booked for that Saturday, so we're unable to take your booking.\n\nI can recommend two caterers we trust - details below - and if your date moves, please come back to us.\n\nKind regards,",
      title="Owner"),
    t("oss", NJ, "oss", "noreply", "Re: [{org}] Add {feature} (#{n}41)",
      body="Closed #{n}41.\n\nThanks for putting this together, and sorry for the slow reply. We've talked it through among the maintainers and decided not to merge it: we'd rather keep {feature} outside the core library and point people to a plugin. Closing for now - the code itself was tidy, so this isn't a judgement on it.\n\n--\nReply to this email directly or view it on the web.\nYou are getting this because you opened the pull request."),
    t("planning", NJ, "council", "noreply", "Planning application {ref}: decision notice",
      body="Dear {full},\n\nTown and Country Planning Act 1990\nApplication: {ref}\nProposal: single-storey rear extension and loft dormer\nSite: {n}7 {street}\n\nThe Council has REFUSED permission for the development described above for the following reason: the dormer, by reason of its size and position, would be an overbearing addition to the roofscape.\n\nYou may appeal to the Planning Inspectorate within 12 weeks of the date of this notice.\n\nDevelopment Management"),
    t("permit", NJ, "council", "noreply", "Resident parking permit application",
      body="Dear {name},\n\nWe have been unable to approve your application for a resident parking permit for zone C. The proof of address you uploaded is more than three months old.\n\nPlease upload a council tax bill or tenancy agreement dated within the last three months; you won't need to pay again.\n\nParking Services"),
    t("jury", NJ, "council", "noreply", "Request to defer jury service",
      body="Dear {full},\n\nWe have considered your request to defer your jury service. Your request has not been granted, because the reason given (a planned holiday) can be accommodated by moving your service to the week of {date}, which we have done.\n\nYour new summons is attached. If you cannot attend that week, you must tell us within 7 days.\n\nJury Central Summoning Bureau"),
    t("reservation", NJ, "smallbiz", "person", "Your booking request for Saturday",
      body="Hi {name},\n\nThank you for your booking request for six on Saturday evening. Unfortunately we're fully booked that night and can't take your reservation. We could do a table for six at 5:30pm or any time on Sunday - just let me know.\n\nBest,",
      title="Front of House"),
    t("rsvp", NJ, "smallbiz", "person", "Re: Save the date!",
      body="Oh {name}, I'm gutted - we're so sorry, but we won't be able to make it. We'll be in Canada visiting Tom's dad that whole fortnight and the flights are booked. Please send us a photo of the two of you on the day and we'll take you out for dinner when we're back!\n\nLots of love,",
      frames=("plain", "mobile")),
    t("course", NJ, "university", "noreply", "Evening class enrolment - waiting list",
      body="Hello {name},\n\nThank you for enrolling on Beginners' Pottery (Thursday evenings). The class filled within an hour of opening, so we're unable to give you a place this term. You are number 4 on the waiting list, and we'll refund your fee in full within 5 working days.\n\nAdult Learning Team"),
    t("adoption", NJ, "charity", "person", "Your application to adopt Biscuit",
      body="Hi {name},\n\nThank you for your application to adopt Biscuit and for having us round for the home visit. It was a really hard choice, but we've decided he'll go to a family with a secure garden, as he's a bolter. I'm sorry it isn't better news.\n\nWe have two other lurchers coming in next month who would love a flat with a walker like you - shall I send you their profiles?\n\nBest wishes,",
      title="Rehoming Officer"),
    t("ballot", NJ, "festival", "noreply", "Festival ticket ballot: your result",
      body="Hi {name},\n\nThe ballot for weekend tickets has now been drawn. We're sorry - your entry wasn't successful this time. No money has been taken from your card.\n\nReturned tickets go back on sale in {month}; we'll email you the date.\n\nBox Office"),
    t("payment", NJ, "retail", "noreply", "Payment declined - order {ref}",
      body="Hi {name},\n\nWe tried to take payment for your order, but your bank declined the card. Your order is on hold for 48 hours.\n\nPlease update your payment details in your account to complete it. If the payment doesn't go through by then, the order will be cancelled automatically.\n\n{org}"),
    t("podcast", NJ, "conference", "person", "Re: Guest pitch",
      body="Hey {name},\n\nThanks for pitching yourself as a guest. We're going to pass for this season - we've already got two episodes on freelancing lined up and don't want to double up. Try me again in the autumn if you've got a different angle.\n\nCheers,",
      title="Producer"),
    t("poems", NJ, "literary", "person", "Your submission",
      body="Dear {name},\n\nThank you for sending us your poems. We've read them with real interest, but they're not quite right for the next issue, so we won't be taking any of them. We hope you'll find homes for them elsewhere and that you'll try us again in the next reading window.\n\nWith thanks,",
      title="Poetry Editor"),
    t("nursery", NJ, "school", "noreply", "Nursery place for {child}",
      body="Dear Parent,\n\nThank you for applying for a place for {child} in our Toddler Room from September. Unfortunately we have no places in that room for September. {child} is on our waiting list, and we'll contact you if a space becomes available.\n\nNursery Office"),
    t("account", NJ, "bank", "noreply", "We can't open your account",
      body="Dear {name},\n\nThank you for applying to open a current account online. We're sorry, but we've been unable to confirm your identity from the documents uploaded, so we can't open an account for you at this time.\n\nYou can visit any branch with your passport and a recent utility bill and we'll try again there.\n\n{org}"),
    t("smallbiz_grant", NJ, "council", "noreply", "High Street Improvement Grant - outcome",
      body="Dear {name},\n\nThank you for applying to the High Street Improvement Grant for a new shopfront at {n}2 {street}.\n\nThe scheme was heavily oversubscribed, and we are sorry to tell you that your application has not been approved. The panel prioritised listed buildings and vacant units.\n\nEconomic Development Team"),
]

AR = "application_received"

# ------------------------------------------- confirmations with conditional refusal talk (and twins)
CONFIRMATIONS = [
    t("c_ats_hand", AR, "employer", "noreply", "We've got your application - {role}",
      body="Hi {name},\n\nThanks for applying for {role} at {org}. A person on our team reads every application - no keyword filters.\n\nIf your experience lines up with what the hiring manager needs, a recruiter will be in touch to set up a first chat. [[If we decide not to move forward, we'll tell you by email; we don't leave people wondering.||And if it's not a match this time, an email will still come - nobody gets left in limbo.]]\n\nThe {org} Talent Team",
      twin=("Your application - {role}",
            "Hi {name},\n\nThanks for applying for {role} at {org}. A person on our team read your application - no keyword filters.\n\n[[We've decided not to move forward with it this time,||After reading it we've decided it isn't a match for this role,]] and we didn't want to leave you wondering. The hiring manager was looking for more hands-on experience in the core tools listed in the advert.\n\nThe {org} Talent Team")),
    t("c_nhs", AR, "hospital", "noreply", "Application received: {role} ({ref})",
      body="Dear {full},\n\nThank you for your application for {role}, reference {ref}.\n\nWe shortlist once the advert closes on {date}. [[Anyone not contacted within three weeks of that date should take it that they haven't been shortlisted this time.||With so many applicants we can't always write to those who aren't shortlisted; three weeks of silence after {date} means this one hasn't gone your way.]]\n\nTrack progress from your dashboard.\n\nRecruitment Services, {org}",
      twin=("Update on your application: {role} ({ref})",
            "Dear {full},\n\nThank you for your application for {role}, reference {ref}.\n\nWe shortlisted once the advert closed on {date}, [[and I am sorry to tell you that you haven't been shortlisted this time.||and unfortunately your application hasn't been taken forward to interview.]]\n\nYour dashboard shows the outcome too.\n\nRecruitment Services, {org}")),
    t("c_cafe", AR, "smallbiz", "person", "Re: barista job",
      body="hi {name}, got your CV, thanks! going through them all this weekend with my partner. if it's not a yes I'll still text you, promise - I hate being left hanging myself",
      frames=("plain", "mobile"),
      twin=("Re: barista job",
            "hi {name}, went through the CVs at the weekend. it's not a yes this time I'm afraid - I've picked someone who can cover the weekday 6am opens. sorry, and thanks for coming in")),
    t("c_agency_sent", AR, "agency", "person", "Your CV - {role}",
      body="Hi {name},\n\nGreat speaking earlier. I've sent your CV over to the client this morning for the {role} role. They're seeing a few people so there are no guarantees, but [[if they pass I'll tell you straight and we'll look at the next one.||if it's a no from them you'll hear it from me, not silence.]]\n\nI'd expect feedback by {day}.",
      title="Senior Consultant",
      twin=("Your CV - {role}",
            "Hi {name},\n\nFeedback in from the client on the {role} role. [[They've decided to pass on your CV,||I'm afraid it's a no from them at CV stage,]] as they're seeing people with more SAP experience. Sorry it isn't better news.\n\nLet's speak Monday about the two roles I mentioned.")),
    t("c_uni", AR, "university", "noreply", "Your application for {role}",
      body="Dear {full},\n\nThank you for your application for the post of {role} (ref {ref}).\n\n[[Due to the volume of applications we are unable to give feedback to candidates who are not shortlisted.||We regret that we cannot offer feedback at the shortlisting stage.]] Shortlisted candidates will be contacted by {date}. If you have not heard by then, please assume your application has not been successful on this occasion.\n\nHR Recruitment, {org}",
      twin=("Your application for {role}",
            "Dear {full},\n\nThank you for your application for the post of {role} (ref {ref}).\n\nThe shortlisting panel has now met, and [[I am sorry to tell you that you have not been shortlisted for interview.||I regret that your application has not been successful on this occasion.]] Due to the volume of applications we are unable to give individual feedback.\n\nHR Recruitment, {org}")),
    t("c_sift", AR, "publicjobs", "noreply", "Application submitted - {role}",
      body="Dear {full},\n\nYour application for {role} ({ref}) has been submitted.\n\nWhat happens next\n- The sift will be completed by {date}.\n- Candidates who meet the required standard will be invited to interview.\n- If you don't meet the required standard at sift, a notification will appear in your account and you'll get an email.\n\n{org}",
      twin=("Update on your application - {role}",
            "Dear {full},\n\nThe sift for {role} ({ref}) is complete.\n\nUnfortunately your application did not meet the required standard, so you won't be invited to interview.\n\nBehaviour - Working Together: 3 (required 4)\nBehaviour - Delivering at Pace: 4 (required 4)\n\n{org}")),
    t("c_bigtech", AR, "employer", "noreply", "Thanks for applying to {org}",
      body="Hi {name},\n\nThanks for applying to {org}! We've received your application for {role}.\n\nSo many people apply that a personal reply to each one isn't possible. Where a profile fits an opening, a recruiter gets in touch. Whatever happens with this one, we hold your profile for a year and match it against new openings."),
    t("c_charity", AR, "charity", "person", "Thank you for applying - {role}",
      body="Dear {name},\n\nThank you for your application for our {role} post. There are only four of us in the office, and we know how long a good application takes.\n\n[[We regret that we may not be able to reply to everyone.||Regrettably we can't always reply to every applicant.]] Interviews will be held on {date}; silence from us by then means we won't be inviting you on this occasion.\n\nWith thanks,",
      title="Operations Manager",
      twin=("Thank you for applying - {role}",
            "Dear {name},\n\nThank you for your application for our {role} post. There are only four of us in the office, and we know how long a good application takes.\n\nWe have now completed shortlisting, and [[I'm sorry to say we won't be inviting you to interview this time.||regret that your application has not been successful on this occasion.]] Interviews are being held on {date}.\n\nWith thanks,")),
    t("c_school", AR, "school", "person", "Application: {role}",
      body="Dear {full},\n\nThank you for applying for the post of {role} at {org}. Interviews will be held in the week beginning {date}, and shortlisted candidates will be contacted by phone.\n\nShould you not be invited to interview, please accept our thanks for your interest in the school.\n\nYours sincerely,",
      title="School Business Manager"),
    t("c_hospitality", AR, "retail", "noreply", "Your application is in!",
      body="Hi {name},\n\nGood news: your application for {role} at our {city} store is in!\n\nStore managers look at new applications every week. Not every application leads to an interview, but every one gets read, and you'll get an update from us whatever the outcome.\n\nTeam {org}"),
    t("c_intern", AR, "law", "noreply", "Summer internship application received",
      body="Dear {full},\n\nThank you for applying for our summer internship programme.\n\nWe review applications on a rolling basis and places may fill before the closing date of {date}. If you are not selected for the assessment centre, the status of your application in the portal will change to 'Closed' and we will email you.\n\nGraduate Recruitment, {org}",
      twin=("Summer internship application - update",
            "Dear {full},\n\nThank you for applying for our summer internship programme.\n\nThe status of your application in the portal has changed to 'Closed': [[you have not been selected for the assessment centre.||we will not be inviting you to the assessment centre this year.]]\n\nGraduate Recruitment, {org}")),
    t("c_chase", AR, "employer", "person", "Re: Following up - {role}",
      body="Hi {name},\n\nNo news yet I'm afraid - we're still working through a long list, and [[nobody has been turned away at this point.||we haven't ruled anyone out yet.]] You'll hear from me either way by the end of next week.\n\nThanks for your patience,",
      title="Hiring Manager", ask="Hi, I applied for the {role} role three weeks ago and wondered if there was any news?",
      twin=("Re: Following up - {role}",
            "Hi {name},\n\nThanks for your patience. We've now finished going through the long list, and [[I'm sorry to say we won't be taking your application further.||I'm afraid you haven't made it onto the interview list.]] It was a very strong field.\n\nAll the best,")),
    t("c_sms_driver", AR, "employer", "noreply", "{org}: application received",
      body="{org}: Thanks for applying to drive with us, {name}. We'll text you within 5 days if there's a route near you. No text means no routes free right now - we keep your details for 6 months and will be in touch when one opens. Reply STOP to opt out.",
      frames=("plain",)),
    t("c_jobboard", AR, "jobboard", "noreply", "Your application was sent to {company}",
      body="Hi {name},\n\nYour application for {role} was sent to {company}.\n\nMost employers reply in around ten working days. If this one comes to nothing, you've got options - a few similar jobs are below.\n\n- Stock Controller, {city}\n- Warehouse Operative (nights), {city}\n- Goods-in Assistant, {city}\n\n{org}",
      twin=("An update on your application to {company}",
            "Hi {name},\n\n{company} has decided not to move forward with your application for {role}. It happens to everyone - don't be discouraged. We've picked out a few similar jobs below.\n\n- Stock Controller, {city}\n- Warehouse Operative (nights), {city}\n\n{org}")),
    t("c_law", AR, "law", "noreply", "Training contract application - acknowledgement",
      body="Dear {full},\n\nThank you for your application for a training contract starting in September 2028.\n\nAll applications will be read after the deadline on {date}. Unsuccessful applicants will be notified by the end of {month}, and successful applicants will be invited to our assessment day.\n\nGraduate Recruitment"),
    t("c_retail_cv", AR, "retail", "person", "CV drop-in",
      body="Hi {name},\n\nThanks for leaving your CV at the {city} store on Saturday. Our store manager keeps CVs for three months and calls people when shifts come up. Regrettably we can't reply to everyone who leaves one, so no news doesn't mean you've been forgotten.\n\nThanks,",
      title="Assistant Manager"),
    t("c_consent", AR, "employer", "noreply", "Action needed: your details",
      body="Hi {name},\n\nBefore we can review your application for {role}, please tick the box agreeing that we can hold your details for a year. Should this role not work out, that lets us contact you about other openings in that time.\n\nConfirm here: {dom}/consent\n\n{org} Recruitment"),
    t("c_bank_staff", AR, "hospital", "noreply", "Staff bank application complete",
      body="Dear {name},\n\nYour application to join the staff bank as a {role} is complete.\n\nPre-employment checks can take up to six weeks. If any check comes back unsatisfactory, we will contact you to talk it through before any decision is made.\n\nBank Office, {org}"),
    t("c_founder", AR, "employer", "person", "Re: Junior dev role",
      body="Hey {name} - thanks for the note and the GitHub link. I'm drowning this week but I'll get back to you by Friday, yes or no. Not going to ghost you.",
      frames=("plain", "mobile"),
      twin=("Re: Junior dev role",
            "Hey {name} - as promised, a yes or no by Friday: it's a no on this one, sorry. We've decided to hire someone more senior first. Really liked the side project though.")),
    t("c_state", AR, "publicjobs", "noreply", "Application received - {role}",
      body="Dear {full},\n\nWe have your application for {role}. An analyst will now check it against the minimum qualifications for the examination.\n\nAnyone judged not to meet them gets a written notice giving the reason and the appeal route. Everyone who meets them is ranked on the list by score.\n\n{org}",
      twin=("Notice of results - {role}",
            "Dear {full},\n\nYour application for {role} has been reviewed against the minimum qualifications.\n\nResult: NOT QUALIFIED. You do not meet the requirement of two years of experience at the entry level. You will not be placed on the eligible list for this examination. You may appeal this decision within 10 days.\n\n{org}")),
    t("c_airline", AR, "airline", "noreply", "Cabin crew application - thank you",
      body="Dear {name},\n\nThank you for applying to join {org} as {role}.\n\nOur recruiters reply only to the applicants they want to see. No message from us 28 days after you applied means this campaign hasn't worked out for you, and you're free to try the next one.\n\nTalent Acquisition, {org}",
      twin=("Cabin crew application - outcome",
            "Dear {name},\n\nThank you for applying to join {org} as {role}.\n\nWe've reviewed your application for the {month} campaign, and [[we're sorry to say it has been unsuccessful.||unfortunately we won't be progressing it to the video interview stage.]] You're welcome to apply for the next campaign.\n\nTalent Acquisition, {org}")),
    t("c_faculty", AR, "university", "person", "Search for Assistant Professor - acknowledgement",
      body="Dear Dr {surname},\n\nOn behalf of the search committee, thank you for applying for the Assistant Professor position in {subject}.\n\nThe committee will begin reviewing applications on {date} and will continue until the position is filled. We expect to contact a shortlist for video interviews in early spring. All candidates will be told the outcome of the search.\n\nSincerely,",
      title="Chair, Search Committee"),
    t("c_apprentice", AR, "employer", "noreply", "Apprenticeship application - status: Submitted",
      body="Hi {name},\n\nYour application for the {role} apprenticeship is now with the employer.\n\nStatus: Submitted\n\nEmployer feedback will show here. If the employer decides not to take your application further, you'll see it in your account and we'll email you too.\n\nApprenticeship Service",
      twin=("Apprenticeship application - status: Unsuccessful",
            "Hi {name},\n\nThe employer has updated your application for the {role} apprenticeship.\n\nStatus: Unsuccessful\n\nEmployer feedback: we have chosen applicants who live within commuting distance of the site.\n\nApprenticeship Service")),
    t("c_hedged_ack", AR, "employer", "person", "Thanks for your application",
      body="Hi {name},\n\nJust a quick note to say thanks for applying for {role} - it came in at a busy time, so apologies if we're slow. We're not rushing this hire. Some people won't hear back for a couple of weeks, and that's no reflection on them.\n\nBest,",
      title="Head of Operations"),
    t("c_html_portal", AR, "employer", "noreply", "Application {ref} - received",
      body="Application reference: {ref}\nPosition: {role}\nStatus: Under review\n\nThank you for your application. A decision on shortlisting is expected within 15 working days. Unsuccessful candidates will be told via this portal.\n\n{org} Careers",
      twin=("Application {ref} - status changed",
            "Application reference: {ref}\nPosition: {role}\nStatus: Unsuccessful\n\nThank you for your application. The shortlisting panel has decided not to progress it.\n\n{org} Careers")),
    t("c_reassure", AR, "agency", "person", "Registration complete",
      body="Hi {name},\n\nYou're all registered with us. I'll be honest: the market for {role} jobs is slow right now and you may hear 'no' from a few clients before a 'yes'. That's normal, and it isn't a reflection on you. I'll call you before I send your CV anywhere.",
      title="Recruitment Consultant"),
    t("c_police", "next_steps", "publicjobs", "noreply", "Eligibility check passed - next step",
      body="Dear {full},\n\nYour application has passed the eligibility check. The next step is the online assessment, which you must complete by {date}.\n\nIf you do not pass the online assessment, you will need to wait six months before applying again. If you need adjustments, please tell us before you start.\n\nRecruitment Team, {org}",
      twin=("Online assessment result",
            "Dear {full},\n\nThank you for completing the online assessment. Unfortunately you did not reach the pass mark, so we cannot progress your application. You may apply again after six months.\n\nRecruitment Team, {org}")),
    t("c_grad_tests", "next_steps", "bank", "noreply", "Next step: your online tests",
      body="Hi {name},\n\nThanks for applying to the {org} Graduate Programme. Next, please complete the online tests within five days.\n\nCandidates who don't reach the benchmark won't progress this year, and we'll let you know either way within a fortnight of your tests.\n\nEarly Careers, {org}"),
]

# ------------------------------------- interview / next steps / offers that say "unfortunately"
INTERVIEW = [
    t("i_slot", "interview", "employer", "person", "Re: Interview - {role}",
      body="Hi {name},\n\n[[Unfortunately the 10am slot on {day} has gone to another candidate since I last wrote - could you do 2pm the same day instead?||Apologies - the morning slot I offered on {day} was taken by another candidate before your reply came in. Would 2pm work?]] It'll be the same panel, 45 minutes, and we'll send a Teams link.\n\nLooking forward to meeting you,",
      title="Talent Partner", ask="Hi, thanks so much - 10am on {day} works for me.",
      twin=("Re: Interview - {role}",
            "Hi {name},\n\nThanks again for meeting the panel on {day}. [[Unfortunately we've decided to offer the role to another candidate,||I'm sorry to say the panel has chosen another candidate for the role,]] whose background in customer data platforms is a better match for the platform work planned this year.\n\nI'd be happy to share more feedback on a short call.")),
    t("i_room", "interview", "hospital", "person", "Interview arrangements - {role}",
      body="Dear {name},\n\nWe regret that the room booked for your interview on {date} is being refurbished, so the interview will now take place in the Education Centre, Level 2. The time is unchanged.\n\nPlease bring photo ID and the original of your registration certificate.\n\nKind regards,",
      title="Recruitment Coordinator"),
    t("i_sick", "interview", "employer", "person", "Final interview - new date",
      body="Hi {name},\n\nUnfortunately our hiring manager is off sick this week, so we need to push your final interview back by a week, to {date}. Nothing has changed on our side - you're still one of our finalists, and I'm sorry for the shuffle.\n\nSame time, same link.",
      title="Recruiter",
      twin=("Final interview - decision",
            "Hi {name},\n\nOur hiring manager is back, and the panel has now made its decision. [[I'm sorry to say we've offered the role to someone else.||Unfortunately it won't be you this time - we've offered the job to another finalist.]] It was close, and I know you'd been waiting an extra week for this.\n\nThank you for your patience with us.")),
    t("i_ac_dates", "next_steps", "bank", "noreply", "Assessment centre booking",
      body="Dear {name},\n\nCongratulations on reaching the assessment centre for the {role} programme.\n\nWe had more candidates than seats this round, so regrettably we couldn't give everyone their first choice of date. Yours is {date}, 9:00-16:00, at our {city} office. If you genuinely cannot attend, tell us within 48 hours and we'll try to move you.\n\nEarly Careers, {org}"),
    t("i_takehome", "next_steps", "employer", "person", "Take-home exercise",
      body="Hi {name},\n\nAttached is the take-home for the {role} process. Please send it back by {day} 9am.\n\nUnfortunately we're not able to extend the deadline, as the panel reviews all submissions together on {day} afternoon. Budget three hours; a longer answer won't earn extra credit.",
      title="Engineering Manager",
      twin=("Take-home exercise - outcome",
            "Hi {name},\n\nThanks for the {role} take-home you sent over. The panel reviewed all submissions together on {day} afternoon, and [[unfortunately yours didn't reach the level we need to move you to the final round.||I'm sorry to say we won't be moving you on to the final round.]] The main gap was test coverage on the edge cases.\n\nThanks for the time you put in.")),
    t("i_referee", "next_steps", "employer", "person", "References",
      body="Hi {name},\n\nSorry to chase - we haven't been able to reach your second referee, and the email we have keeps bouncing. Could you send another contact, or a different referee? We can't finalise anything until we have two references, but there's no problem otherwise.",
      title="HR Coordinator"),
    t("o_delay", "offer", "employer", "person", "Offer - {role}",
      body="Dear {name},\n\nI'm sorry this has taken so long - I regret the delay, which was entirely down to our approval process, not anything on your side.\n\nI'm delighted to offer you the position of {role} at {org}, starting on {date}, on a salary of £{salary}. HR will send the contract separately.\n\nWelcome aboard,",
      title="Head of Department"),
    t("o_others", "offer", "employer", "person", "Good news",
      body="Hi {name},\n\nYou were up against some very strong other candidates, and the panel was unanimous that you were the one. We'd love to offer you the {role} job.\n\nCould we have a quick call tomorrow to talk through the details?",
      title="Director",
      twin=("Following your interview",
            "Hi {name},\n\nYou were up against some very strong other candidates, and on balance the panel chose one of them for the {role} job. I know how much you wanted this one.\n\nI'd be glad to talk through feedback tomorrow if it would help.")),
    t("o_deadline", "offer", "employer", "noreply", "Your offer from {org}",
      body="Dear {full},\n\nFurther to your conversation with the hiring manager, we are pleased to confirm our offer of employment as {role}.\n\nUnfortunately the offer lapses after seven days, so please accept or decline in the portal by {date}.\n\nPeople Team, {org}"),
    t("i_travel", "interview", "university", "person", "Invitation to interview - {role}",
      body="Dear {full},\n\nI am pleased to invite you to interview for the post of {role} on {date}.\n\nRegrettably we are not able to reimburse travel costs for first-stage interviews. If you would prefer to be interviewed online, please let me know.\n\nYours sincerely,",
      title="HR Administrator"),
    t("i_parking", "interview", "employer", "person", "See you {day}!",
      body="Hi {name},\n\nLooking forward to seeing you on {day} at 11.\n\nUnfortunately the building has no visitor parking - the nearest car park is on {street}, about five minutes' walk. Ask for me at reception.",
      title="Team Lead"),
    t("i_agency_move", "interview", "agency", "person", "Change of plan - {role}",
      body="Hi {name},\n\nBad news first: the client has had to cancel Thursday's slot. Good news: they want to see you on Friday at 10 instead, and they've told me they aren't looking at anyone else until they've met you.\n\nCan you confirm?",
      title="Consultant",
      twin=("Change of plan - {role}",
            "Hi {name},\n\nBad news I'm afraid: before Thursday's slot came round, the client filled the role with someone they'd seen earlier in the week, so they've cancelled your interview. I'm sorry - I know you'd prepared.\n\nI've got another client in the same sector who I think would be a good fit; can I call you?")),
    t("o_salary", "offer", "employer", "person", "Re: Offer",
      body="Hi {name},\n\nThanks for coming back to us. We're not able to go to £{salary}, I'm sorry, but we can offer £{salary2} plus an extra five days' leave, and a review at six months.\n\nI really hope that works for you - we'd love to have you.",
      title="CTO"),
    t("n_assess_reminder", "next_steps", "employer", "noreply", "Reminder: complete your assessment",
      body="Hi {name},\n\nYou haven't finished your online assessment for {role} yet.\n\nPlease complete it by {date}. If it isn't completed by then, unfortunately we won't be able to progress your application.\n\n{org} Recruitment",
      twin=("Your assessment for {role}",
            "Hi {name},\n\nThe deadline for the online assessment for {role} passed on {date} without a completed assessment, so unfortunately we won't be able to progress your application.\n\n{org} Recruitment")),
    t("i_videofail", "interview", "employer", "noreply", "New link for your video interview",
      body="Hi {name},\n\nSorry - your video interview link failed yesterday. Unfortunately that was a fault in our system, not anything you did. Here is a new link, valid for five days.\n\n{org} Recruitment"),
    t("n_after_int", "other_job", "employer", "person", "Thank you for today",
      body="Hi {name},\n\nThanks for your time today - the team enjoyed meeting you. We've got two other candidates to see on {day} and hope to make a decision by the following Monday. Whatever happens, I'll call you myself.\n\nBest,",
      title="Hiring Manager",
      twin=("Thank you for your time",
            "Hi {name},\n\nThanks again for your time last week. We've now seen everyone, and I'm sorry to say we've decided to go with one of the other candidates. I said I'd let you know myself, and I wanted to keep that promise.\n\nBest,")),
    t("i_shortlist", "interview", "charity", "person", "You've been shortlisted",
      body="Hi {name},\n\nOut of 140 applicants we've narrowed it down to six, and you're one of them. Sadly we can't offer interviews at weekends, so please pick a weekday slot from the link.\n\nWell done!",
      title="CEO"),
    t("o_onboarding", "other_job", "employer", "person", "Your first day",
      body="Hi {name},\n\nUnfortunately your laptop won't arrive before your first day, so for the first two days you'll use a loan machine from IT. Sorry about that! Everything else is ready for {date}.",
      title="Office Manager"),
    t("o_intern_housing", "offer", "law", "person", "Your internship offer",
      body="Dear {name},\n\nWe regret to say that our summer intern housing is fully booked, but your internship offer stands and we will help you find accommodation near the office. We'll cover up to £{small} a week towards it.\n\nWe look forward to welcoming you in June.",
      title="Graduate Recruitment Manager"),
    t("i_noquestions", "interview", "employer", "person", "Interview prep",
      body="Hi {name},\n\nThanks for asking. We're not able to share the questions in advance, sorry, but I can tell you the format: 15 minutes on your background, 30 on a case, and 15 for your questions. No one is expected to know our systems.",
      title="Recruiter", ask="Hi, is there anything I should prepare for {day}?"),
]

# ------------------------------------------------- neutral statuses, withdrawals, alerts, outreach
NEUTRAL = [
    t("n_withdrawn", "other_job", "employer", "noreply", "Application withdrawn - {role}",
      body="Hi {name},\n\nDone - your application for {role} has been withdrawn at your request. Congratulations on the new job, and good luck with it.\n\nIf you'd like to apply for something else in future, your account is still open.\n\n{org} Careers"),
    t("n_hold", "other_job", "employer", "person", "Update: {role} on hold",
      body="Hi {name},\n\nA quick update: the {role} vacancy has been put on hold while next year's budget is confirmed. Your application remains active and you're still in the process - we haven't made a decision on anyone. I expect to restart in {month} and will be in touch then.\n\nSorry for the wait,",
      title="Talent Acquisition",
      twin=("Update: {role} cancelled",
            "Hi {name},\n\nI'm sorry to tell you that after the budget review the {role} vacancy has been cancelled, so we won't be continuing with any of the applications, yours included. This isn't a reflection on you.\n\nIf the role comes back next year I'll get in touch.")),
    t("n_alert", "job_alert", "jobboard", "noreply", "12 new jobs for \"{role}\" in {city}",
      body="Hi {name},\n\nNew this week for your saved search:\n\n{role} - {company}, {city}\nSenior {role} - Pellworth Ltd, {city}\n{role} (12-month FTC) - County Hospital, {city}\n\nFeeling knocked back? One 'no' doesn't define your search. Our five-minute guide to keeping going after a knock-back is on the blog.\n\nManage alerts | Unsubscribe"),
    t("n_alert_closed", "job_alert", "jobboard", "noreply", "A job you saved has closed",
      body="Hi {name},\n\nThe job you saved, {role} at {company}, has stopped taking applications. These similar ones haven't:\n\n- {role}, {city}\n- Assistant {role}, remote\n\n{org}"),
    t("n_leave", "other_job", "employer", "noreply", "Leave request declined",
      body="Hi {name},\n\nYour annual leave request for {date} (3 days) has been declined by your manager.\n\nComment: 'Sorry - month-end close that week. Can we look at the week after?'\n\nYou can submit a new request in the HR portal."),
    t("n_expenses", "other_job", "employer", "noreply", "Expense report ER-{n}183 was rejected",
      body="Expense report ER-{n}183 (Client visit, {city}) was rejected by the approver.\n\nReason: receipt missing for the train ticket.\n\nAdd the receipt and resubmit the report before the payroll cut-off on the 20th."),
    t("n_timesheet", "other_job", "agency", "noreply", "Timesheet rejected - week ending {date}",
      body="Hi {name},\n\nYour timesheet for the week ending {date} was rejected by the client.\n\nReason: hours on Wednesday don't match the site sign-in sheet.\n\nPlease correct and resubmit by 12 noon Tuesday so you're paid on time.\n\n{org} Payroll"),
    t("n_outreach", "recruiter_outreach", "agency", "person", "A role you might like",
      body="Hi {name},\n\nI know the market's been tough and you've probably had more rejections than you'd like this year. I've got a {role} role with a client in {city} that I think suits your background - hybrid, good team, and they're moving quickly.\n\nFancy a 10-minute call?",
      title="Principal Consultant"),
    t("n_careers_event", "other_job", "university", "noreply", "This week at the Careers Service",
      body="Hi {name},\n\nThis week at the Careers Service:\n\n- Tue: CV clinic, drop in 12-2\n- Wed: Handling rejection and staying motivated in your job search (workshop)\n- Thu: Employer panel - getting into the charity sector\n\nBook on the careers portal."),
    t("n_manager_side", "other_job", "employer", "noreply", "Action required: disposition reason",
      body="Hi {name},\n\nYou rejected candidate {other} for requisition {ref} ({role}) in the hiring portal but did not choose a disposition reason. Please select one so the candidate's notification can be sent.\n\nThis is an automated reminder."),
    t("n_incomplete", "other_job", "employer", "noreply", "You haven't finished your application",
      body="Hi {name},\n\nYou started an application for {role} but haven't submitted it yet. The advert closes on {date}. Incomplete applications can't be considered, so pick up where you left off: {dom}/apply\n\n{org} Careers"),
    t("n_review", "other_job", "employer", "noreply", "Status update - {role}",
      body="Application: {role} ({ref})\nStatus: With the hiring team for review\n\nNothing has been decided yet; you'll get an email the moment that changes.\n\n{org}",
      twin=("Status update - {role}",
            "Application: {role} ({ref})\nStatus: Not progressed\n\nThe hiring team has reviewed your application and decided not to progress it.\n\n{org}")),
    t("n_survey", "other_job", "employer", "noreply", "How was your interview?",
      body="Hi {name},\n\nYou recently interviewed with us for {role}. While the team makes its decision, we'd love to hear how the process felt for you - good or bad. The survey takes two minutes and doesn't affect the outcome.\n\n{org} Talent"),
    t("n_reference_other", "other_job", "employer", "noreply", "Reference request for {other}",
      body="Dear {name},\n\n{other} is applying for a job with us and gave your name for a reference. The form takes ten minutes; we'd be grateful for it by {date}. Whether or not we can offer the role does not depend on a single reference.\n\nReferences Team, {org}"),
]

BOOKS = ["The Salt Orchard", "A Winter of Small Lights", "Ferryman's Daughter", "Nobody Counts the Gulls", "The Glass Allotment", "Tidewrack"]
PAPERS = ["Seasonal variation in intertidal invertebrate counts", "Tram depots and the shaping of interwar suburbs", "Low-frequency noise in timber-framed flats", "Code-switching in bilingual primary classrooms", "Sediment transport after managed realignment"]
TALKS = ["Type hints in a ten-year-old codebase", "What our on-call rota taught us", "Designing forms people finish", "Shipping a data pipeline on a shoestring", "Accessibility audits without tears"]
PROJECTS = ["Stories from the Allotments", "the Riverside Heritage Trail", "Saturday Sound Lab", "the Tenants' Oral History Project", "Repair Café on Wheels"]
STARTUPS = ["Lumenleaf", "Parcelpod", "Tutorly", "Grainwise", "Kettlebell Data"]
ITEMS = ["Mid-century teak sideboard", "Road bike, 54cm, barely used", "Set of 6 enamel mugs", "Vintage film camera with case", "Child's balance bike"]
APPS = ["Tideline", "PlotPal", "Walkabout Notes", "Budgetbee"]
SHOWS = ["The Importance of Being Earnest", "Guys and Dolls", "Blithe Spirit", "Into the Woods"]
SUBJECTS = ["Environmental Humanities", "Medieval History", "Applied Linguistics", "Marine Biology", "Urban Planning"]
CHILDREN = ["Maisie", "Ollie", "Ayaan", "Freya", "Leo", "Isla", "Kofi"]
FEATURES = ["a YAML config loader", "Windows path handling", "a Welsh locale", "async retries"]
COMPANIES = ["Drayton Freight", "Meadowgate Supplies", "Pellworth Ltd", "Cobble Lane Bakery", "Arbour Logistics"]
SIGNOFFS = ["Best", "Kind regards", "Thanks", "Best wishes", "All the best", "Regards", "Many thanks"]
NOREPLY = ["no-reply", "noreply", "notifications", "donotreply", "updates"]

DEFAULT_FRAMES = {"noreply": ("plain", "footer", "html", "fwd"), "person": ("plain", "footer", "mobile", "html")}


def pick(rng: random.Random, seq: list | tuple):
    return seq[rng.randrange(len(seq))]


def rfc_date(dt, zone: str) -> str:
    return f"{WEEKDAY_ABBR[dt.weekday()]}, {dt.day:02d} {MONTH_ABBR[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {zone}"


def make_slots(rng: random.Random, cat: str) -> dict[str, str]:
    first, sur = pick(rng, FIRST), pick(rng, SURNAMES)
    org, dom = pick(rng, ORGS[cat])
    when = _dt.datetime(2025, 3, 1, 7, 0, 0) + _dt.timedelta(days=rng.randrange(630), hours=rng.randrange(14), minutes=rng.randrange(60), seconds=rng.randrange(60))
    later = when + _dt.timedelta(days=rng.randrange(3, 40))
    salary = rng.randrange(28, 70) * 1000
    signer = pick(rng, SIGNERS)
    return {
        "name": first, "full": f"{first} {sur}", "surname": sur, "signer": signer,
        "signer_full": f"{signer} {pick(rng, SURNAMES)}", "org": org, "dom": dom,
        "role": pick(rng, ROLES.get(cat, ROLES["employer"])), "ref": f"{pick(rng, 'ABCDHKMRT')}{rng.randrange(10000, 99999)}",
        "date": f"{FULL_DAYS[later.weekday()]} {later.day} {FULL_MONTHS[later.month - 1]}",
        "month": pick(rng, MONTHS), "day": pick(rng, DAYS), "city": pick(rng, CITIES), "street": pick(rng, STREETS),
        "amount": f"{rng.randrange(3, 25) * 500:,}", "small": str(rng.randrange(4, 30) * 5),
        "salary": f"{salary:,}", "salary2": f"{salary - rng.randrange(2, 5) * 1000:,}", "n": str(rng.randrange(1, 9)),
        "book": pick(rng, BOOKS), "paper": pick(rng, PAPERS), "talk": pick(rng, TALKS), "project": pick(rng, PROJECTS),
        "startup": pick(rng, STARTUPS), "item": pick(rng, ITEMS), "app": pick(rng, APPS), "show": pick(rng, SHOWS),
        "subject": pick(rng, SUBJECTS), "child": pick(rng, CHILDREN), "feature": pick(rng, FEATURES),
        "company": pick(rng, COMPANIES), "other": f"{pick(rng, FIRST)} {pick(rng, SURNAMES)}", "fr": str(rng.randrange(100000, 999999)),
        "email": f"{first.lower()}.{sur.lower()}@{pick(rng, EMAIL_DOMAINS)}",
        "when": rfc_date(when, pick(rng, ZONES)), "qwhen": rfc_date(when - _dt.timedelta(days=rng.randrange(1, 9), hours=rng.randrange(5)), "+0000"),
    }


def fill(rng: random.Random, text: str, slots: dict) -> str:
    text = CHOICE.sub(lambda m: pick(rng, m.group(1).split("||")), text)
    return text.format_map(slots)


def signature(rng: random.Random, tpl: dict, body: str, slots: dict, short: bool) -> str:
    if tpl["who"] != "person":
        return body
    title = tpl["title"] or pick(rng, TITLES["person"])
    if short or tpl["key"] in SHORT_SIG:
        return f"{body}\n\n{slots['signer']}"
    close = "" if body.rstrip().endswith(",") else f"\n\n{pick(rng, SIGNOFFS)},"
    return f"{body.rstrip()}{close}\n{slots['signer_full']}\n{title}{pick(rng, [', ', ' | ', chr(10)])}{slots['org']}"


SHORT_SIG = {"c_cafe", "rsvp", "c_founder"}


HTML_SKINS = [
    ('<!DOCTYPE html><html><body bgcolor="#f4f1ea"><table role="presentation" width="620" align="center"><tr><td class="w17card">\n', '<div class="w17para">{p}</div>', '\n<img src="https://{dom}/o/{fr}.gif" width="1" height="1" alt="">\n</td></tr></table></body></html>'),
    ('<html><body><div class="mailbody" style="color:#222;line-height:1.5">\n', '{p}<br><br>', '\n</div></body></html>'),
    ('<div dir="auto"><span class="note-text">\n', '<span>{p}</span><br>&nbsp;<br>', '\n</span></div>'),
]


def to_html(rng: random.Random, body: str, slots: dict) -> str:
    head, para, tail = pick(rng, HTML_SKINS)
    paras = [p.replace("&", "&amp;").replace("\n", "<br>\n") for p in body.split("\n\n")]
    return head + "\n".join(para.format(p=p) for p in paras) + tail.format_map(slots)


def render(rng: random.Random, tpl: dict, text: tuple[str, str], frame: str, slots: dict) -> tuple[str, str, str]:
    """(subject, body, sender) of one copy in one frame."""
    subject, body = fill(rng, text[0], slots), fill(rng, text[1], slots)
    if tpl["who"] == "person":
        local = slots["signer_full"].lower().replace(" ", ".").replace("'", "")
        sender = f"{slots['signer_full']} <{local}@{slots['dom']}>"
    else:
        sender = f"{slots['org']} <{pick(rng, NOREPLY)}@{slots['dom']}>"
    body = signature(rng, tpl, body, slots, short=frame == "mobile")
    if frame == "mobile":
        body = f"{body}\n\n{pick(rng, MOBILE_TAILS)}"
    elif frame == "footer":
        body = f"{body}\n\n{FOOTERS[CAT_FOOTER[tpl['cat']]].format_map(slots)}"
    elif frame == "html":
        body = to_html(rng, body, slots)
    elif frame == "quoted":
        ask = fill(rng, tpl["ask"], slots)
        quoted = "\n".join("> " + line if line else ">" for line in f"{ask}\n\nThanks,\n{slots['name']}".split("\n"))
        if rng.random() < 0.5:
            body = f"{body}\n\nOn {slots['qwhen']}, {slots['full']} <{slots['email']}> wrote:\n{quoted}"
        else:
            plain = f"{ask}\n\nThanks,\n{slots['name']}"
            body = f"{body}\n\n-----Original Message-----\nFrom: {slots['full']} <{slots['email']}>\nSent: {slots['qwhen']}\nTo: {sender}\nSubject: {subject}\n\n{plain}"
        if not subject.lower().startswith("re:"):
            subject = f"Re: {subject}"
    elif frame == "fwd":
        fwd_first = pick(rng, FIRST)
        note = pick(rng, FORWARD_NOTES)
        body = f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: {slots['qwhen']}\nSubject: {subject}\nTo: {slots['full']} <{slots['email']}>\n\n{body}"
        sender = f"{fwd_first} {slots['surname']} <{fwd_first.lower()}.{slots['surname'].lower()}@{pick(rng, EMAIL_DOMAINS)}>"
        subject = f"Fwd: {subject}"
    return subject, body, sender


def frames_for(tpl: dict) -> tuple[str, ...]:
    if tpl["frames"]:
        return tpl["frames"]
    frames = DEFAULT_FRAMES[tpl["who"]]
    if tpl["ask"]:
        frames = ("plain", "quoted", *frames[1:])
    return frames


def build() -> list[dict]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed, not security
    rows: list[dict] = []
    for group in (NON_JOB, CONFIRMATIONS, INTERVIEW, NEUTRAL):
        for tpl in group:
            # A non-job decline with no twin is written twice; everything else three times.
            copies = NOT_COPIES - 1 if group is NON_JOB and not tpl["twin"] else NOT_COPIES
            variants = [(tpl["kind"], "not_rejection", tpl["key"], tpl["subject"], tpl["body"], copies)]
            if tpl["twin"]:
                variants.append(("rejection", "rejection", f"{tpl['key']}_rej", *tpl["twin"], REJ_COPIES))
            for kind, label, key, subject, body, copies in variants:
                frames = frames_for(tpl)
                offset = rng.randrange(len(frames))
                for i in range(copies):
                    frame = frames[(offset + i) % len(frames)]
                    slots = make_slots(rng, tpl["cat"])
                    subj, text, sender = render(rng, tpl, (subject, body), frame, slots)
                    rows.append({
                        "subject": subj, "body": text if text.endswith("\n") else text + "\n", "sender": sender,
                        "label": label, "kind": kind, "family": f"blindw17-{key.replace('_', '')}-{frame}",
                        "provenance": PROVENANCE, "to": f"{slots['full']} <{slots['email']}>", "date": slots["when"],
                    })
    rng.shuffle(rows)
    counters: Counter[str] = Counter()
    out = []
    for row in rows:
        short = "rej" if row["label"] == "rejection" else "not"
        counters[short] += 1
        out.append({"id": f"written17:{short}-{counters[short]:03d}", **row})
    seen = set()
    for row in out:
        sig = (row["subject"], row["body"])
        if sig in seen:
            raise ValueError(f"two identical records: {sig[0]}")
        seen.add(sig)
    return out


def shingles(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """data/*.jsonl, the read slices 1-12 and the other written batches; never slice 13 or later."""
    read = ["blind-slice.jsonl", *(f"blind-slice-{i}.jsonl" for i in range(2, 13))]
    read += sorted(p.name for p in HERE.glob("written-*.jsonl") if p.name != OUT.name)
    return sorted(HERE.parent.glob("*.jsonl")) + [HERE / name for name in read if (HERE / name).exists()]


def check(rows: list[dict]) -> None:
    theirs: set[str] = set()
    for path in other_files():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    theirs |= shingles(json.loads(line).get("body", ""))
    shared_by: Counter[str] = Counter()
    hit = Counter()
    for row in rows:
        common = shingles(row["body"]) & theirs
        if common:
            hit[row["label"]] += 1
            shared_by.update(common)
    print(f"{sum(hit.values())} of {len(rows)} bodies share a 6-word shingle ({dict(sorted(hit.items()))}); {len(shared_by)} distinct shared shingles")
    for shingle, count in shared_by.most_common(60):
        print(f"{count:4d}  {shingle}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report shingle overlap instead of writing")
    args = parser.parse_args(argv)
    rows = build()
    if args.check:
        check(rows)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((row["label"], row["kind"]) for row in rows)
    print(f"wrote {len(rows)} messages to {OUT.name}")
    for (label, kind), n in sorted(counts.items()):
        print(f"  {label:14s} {kind:26s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
