# ruff: noqa: E501, S311
"""Write data/blind/written-22.jsonl: training mail, tenth batch (English, in new words, as twins).

Nineteenth pass, part C. On each new sealed slice the model misses 15-20 % of the rejections and
files 4-6 other mails; real mail it is judged on (issue 11) is mostly English. This batch writes
English mail of the issue's kinds and the long tail in words and voices the earlier batches do
not use, most of it as **twins**: two messages from the same sender, in the same frame (footer,
ATS shape, thread, phone, HTML table, portal, letter, undecoded quoted-printable, an unfilled mail
merge), with the same words around one sentence that decides the opposite:

* rejections: thread replies after interviews that name someone else's hire and hold no negation,
  refusals under long footers, hedged refusals, recruiter follow-ups with the decision and another
  role, public-sector notices, bare ATS statuses (HTML and tab-separated tables), internship
  decisions, short notes; a decision only in the subject, "the search is now complete", "the spot
  is taken now", a score under a pass mark, not matched / placed / allocated, a portfolio, demo or
  audition not taken forward, trade tests, licences and clearances not held, misspelt phone notes,
  mail-merge leftovers, undecoded quoted-printable;
* hard negatives: confirmations that talk about a refusal that has not happened (conditionals,
  silence rules, "either way", "only if there's a match", "pass or fail"), next steps with a
  deadline and what missing it costs, interviews and offers with "unfortunately" about logistics,
  vacancies paused or cancelled with nobody appointed, withdrawals confirmed, job alerts,
  recruiter outreach, and refusals of things that are not jobs (loans, card limits, permits, clubs,
  tickets).

Label rule: ``rejection`` only when the message tells the reader their application or candidacy
for a job, placement, internship or apprenticeship will not go on (a post withdrawn or cancelled
for them counts).

    python data/blind/make_written22.py           # writes the file (seed 220221)
    python data/blind/make_written22.py --langs   # make-up by label/kind and label/frame
    python data/blind/make_written22.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 220221
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import run, sealed  # noqa: E402

OUT = HERE / "written-22.jsonl"
SEALED = sealed(18)  # never opened, skipped by name (an earlier first, as when written)
PROVENANCE = "written for rejectwatch issue 11 nineteenth pass as training mail, tenth batch, English in new words as twins (make_written22.py)"
PREFIX = "blindw22"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
ZONES = ("+0000", "+0100", "-0500", "-0600", "-0800", "+1000", "+1200", "+0530", "+0200", "-0330")

# People and places, all invented: (first name, surname) of readers; signers; others hired.
READERS = (
    ("Tamsin", "Quarrie"), ("Obinna", "Eze"), ("Rhiannon", "Vaughan-Lloyd"), ("Declan", "Furey"),
    ("Yusra", "Mahmood"), ("Piotr", "Walczyk"), ("Esme", "Holloway"), ("Kofi", "Mensah-Boateng"),
    ("Ingrid", "Solberg"), ("Rafael", "Quintero"), ("Bronwen", "Tasker"), ("Hamza", "Siddiqui"),
    ("Cerys", "Ambrose"), ("Joaquin", "Ferrante"), ("Lottie", "Pemberton"), ("Tendai", "Moyo-Clarke"),
    ("Saoirse", "Kinsella"), ("Vikram", "Nair"), ("Delphine", "Aubert"), ("Marlon", "Greaves"),
    ("Ottilie", "Brandt"), ("Jude", "Okonjo"), ("Harriet", "Voss"), ("Emre", "Yilmazer"),
)
SIGNERS = (
    ("Fenella", "Gorse"), ("Ambrose", "Tilley"), ("Nkechi", "Obi"), ("Leopold", "Frain"),
    ("Wren", "Castellan"), ("Dmitri", "Hale"), ("Marguerite", "Oyelaran"), ("Seamus", "Latchford"),
    ("Paloma", "Reyes-Hart"), ("Crispin", "Dade"), ("Zainab", "Kareem"), ("Rolf", "Ekdahl"),
)
PROFS = ("Achterlonie", "Mbeki-Shaw", "Ravensworth", "Okri-Dunne", "Sallis", "Thorvaldsen")
OTHERS = ("Ulrika", "Benedikt", "Marisol", "Thaddeus", "Anouk", "Cosmo", "Philippa", "Ravindra", "Sunniva", "Ezekiel", "Clementine", "Lachlan")
CITIES = ("Darlington", "Geelong", "Kitchener", "Tauranga", "Limerick", "Pietermaritzburg", "Dundee", "Spokane", "Wollongong", "Halifax")
ORGS = (
    ("Ashcombe Freight", "ashcombe-freight.example"), ("Pellworth Analytics", "pellworth.example"),
    ("Corran Housing Trust", "corran-housing.example"), ("Sallowfield Studios", "sallowfield.example"),
    ("Tarnbeck Foods", "tarnbeck-foods.example"), ("Quillon Legal", "quillon-legal.example"),
    ("Merrow Robotics", "merrow-robotics.example"), ("Blackthorn Arts Centre", "blackthorn-arts.example"),
    ("Veldt & Ivory", "veldt-ivory.example"), ("Harrowgate Water", "harrowgate-water.example"),
    ("Kestle Engineering", "kestle-eng.example"), ("Orrin Health Partners", "orrin-health.example"),
    ("Calder Mutual", "calder-mutual.example"), ("Fennick Outdoor", "fennick-outdoor.example"),
)
AGENCIES = (("Brightwater Talent", "brightwater-talent.example"), ("Keelson Recruitment", "keelson-rec.example"), ("Marrowby People", "marrowby.example"))
PUBLIC = (("Westmarch County Council", "westmarch.gov.example"), ("Department of Land Records", "landrecords.gov.example"), ("Riverain Regional Authority", "riverain.gov.example"))

# Long footers, each written for this file. {org} and {domain} are filled per message.
FOOTERS = (
    "----\n{org} | People Team\nHiring fairly: disabled applicants who meet the essentials are guaranteed an interview, and every role here pays at least the real Living Wage.\nOpen roles: https://jobs.{domain}/open-roles\nOur blog on working here: https://{domain}/inside\nTeam news: @{handle}\nFor the addressee's eyes. If that isn't you, bin it, drop the sender a line and keep it to yourself.\n{org} Ltd \u00b7 company no. 0{regno} \u00b7 Unit 4, Cressbrook Yard, {city}",
    "___\nRecruiting at {org} runs on Lanternhire.\nAlerts | Profile | Privacy | Stop job e-mails\nNobody reads this mailbox. Stuck? https://{domain}/candidate-help\nPopular this week: Warehouse Operative (nights) \u00b7 Customer Adviser \u00b7 Payroll Assistant \u00b7 Junior Data Engineer\nSent to you as the holder of a Lanternhire login with {org}.",
    "-- \n{org}\nProud sponsor of the {city} Riverside Half Marathon\nIn the news: our apprentices were up for a regional skills award this year.\nPodcast: 'Shift Change', a new episode every other Thursday.\nCareful: this message may hold confidential or privileged material. Opinions are the author's, not the firm's, unless it says so. Attachments are virus-checked on the way out, though we can't promise they're harmless on arrival.",
)
CHASES = (
    "Hi {hm}, wondering if the {role} decision has been made yet? Grateful again for {wd}'s conversation.",
    "Hello {hm} - hope all is well your end. Is there a rough timeline for the {role} decision? Glad to pass on anything extra.",
    "Hi {hm}, thank you again for meeting me. I came away keen on the team and thought I'd ask where things have got to.",
    "Morning {hm}, nudging about last week's {role} interview. If a reference would speed things up, say the word.",
)
MOBILE_SIGS = ("Sent from my iPhone", "Sent from Outlook for Android", "-- sent from my phone, sorry for typos", "Get Outlook for iOS", "Sent from my Galaxy")

# ---------------------------------------------------------------------------------------------
# The groups. Each group is one sender's shape: a template name, two frames (copy 0 and copy 1;
# twins share them), the roles it is about, optionally its own organisations ("orgs") and its
# messages: (variant, kind, subject, core). A core holds {first} {org} {role} {hm} {other} {wd}
# {date} {ref} {city} {client}; kind "rejection" is a rejection, any other kind is not.
# ---------------------------------------------------------------------------------------------

R = "rejection"
GROUPS: list[dict] = [
    # -- thread replies after interviews: someone else's hire, no negation ----------------------
    {"t": "thread-dispatch", "frames": ("outlook", "gmail"), "roles": ("Dispatch Supervisor", "Fleet Planner"), "msgs": (
        ("r1", R, "{role} - interview", "Thanks for waiting while we worked through the last two conversations. {other} has accepted the {role} job and starts with us on the 3rd.\n\nI really enjoyed our chat about the night-shift rota and I'd be glad to cross paths again some day."),
        ("n1", "interview", "{role} - interview", "Thanks for waiting while we work through the last two conversations. {other} and you are the pair we'd like back for a final chat with our operations director - would {wd} at 2pm work?\n\nI really enjoyed our chat about the night-shift rota."),
    )},
    {"t": "thread-archive", "frames": ("outlook", "outlook"), "roles": ("Collections Archivist", "Digital Records Officer"), "msgs": (
        ("r1", R, "Archive post - next steps", "Where things stand: the trustees approved {other}'s appointment as {role} at last night's meeting.\n\nYour session on the cataloguing backlog was among the most thoughtful we heard, and several of us said so afterwards."),
        ("n1", "other_job", "Archive post - next steps", "Where things stand: the trustees meet on {wd} evening to sign off the {role} appointment, and until they do nothing is settled for anyone.\n\nYour session on the cataloguing backlog was among the most thoughtful we heard, and several of us said so afterwards."),
    )},
    {"t": "thread-migration", "frames": ("gmail", "outlook"), "roles": ("Data Migration Lead", "Platform Engineer"), "msgs": (
        ("r1", R, "Following up", "We've given the {role} seat to a candidate who ran almost the same migration at her last firm, and she said yes this morning. Better you hear it in my words than in a portal e-mail.\n\nThanks for all the evenings that exercise must have taken."),
        ("n1", "offer", "Following up", "We'd like to give you the {role} seat - you ran almost the same migration at your last firm and that settled it for the panel. Better you hear it in my words before the formal letter lands.\n\nThanks for all the evenings that exercise must have taken."),
    )},
    {"t": "thread-welcome", "frames": ("outlook", "gmail"), "roles": ("Practice Manager", "Office Coordinator"), "msgs": (
        ("r1", R, "Closing the loop", "Writing to close the loop properly. We welcomed {other} into the {role} role on Monday, so our search has wrapped up.\n\nThe case study you did was careful and thorough, and we noticed."),
        ("n1", "other_job", "Keeping you posted", "Writing to keep you posted. {other}, whom we had lined up for the {role} role, has accepted a post elsewhere, so our search is open again and you are very much still part of it.\n\nThe case study you did was careful and thorough, and we noticed."),
    )},
    {"t": "thread-engine", "frames": ("gmail", "gmail"), "roles": ("Gameplay Programmer", "Technical Artist"), "msgs": (
        ("r1", R, "your interview", "Apologies for the slow reply! We went with someone who'd already shipped two titles on the engine we use. It was close, and the team liked your prototype a lot."),
        ("n1", "interview", "your interview", "Apologies for the slow reply! The team is split between you and someone who'd already shipped two titles on our engine, so we'd love one more short call - {wd} morning any good? They liked your prototype a lot."),
    )},
    {"t": "thread-lecturer", "frames": ("outlook", "letter"), "roles": ("Lecturer in Hydrology", "Teaching Fellow in Statistics"), "orgs": (("University of Carrowmore", "carrowmore.ac.example"), ("Stennet College", "stennet.ac.example")), "msgs": (
        ("r1", R, "{role}", "The search committee has settled on its choice for the {role} post and the offer has been accepted, so I am writing to everyone who came to campus.\n\nThank you for the research talk; the question about sediment records is still being argued over in our corridor."),
        ("n1", "other_job", "{role}", "The search committee will make its choice for the {role} post at the end of the month; until then every candidate who came to campus remains under consideration.\n\nThank you for the research talk; the question about sediment records is still being argued over in our corridor."),
    )},
    # -- refusals under long footers ---------------------------------------------------------------
    {"t": "footer-read", "frames": ("footer0", "footer2"), "roles": ("Community Fundraiser", "Tenancy Sustainment Officer"), "msgs": (
        ("r1", R, "Your application - {role}", "Dear {first},\n\nThank you for applying to be our {role}. Each application got a proper read, and on this occasion yours will not be going forward to interview."),
        ("n1", "application_received", "Your application - {role}", "Dear {first},\n\nThank you for applying to be our {role}. Each application gets a proper read; shortlisting finishes on {date} and whichever way it goes you'll hear from this address."),
    )},
    {"t": "footer-closed", "frames": ("footer1", "footer1"), "roles": ("Payroll Assistant", "Inventory Controller"), "msgs": (
        ("r1", R, "Update on your application ({ref})", "Hello {first},\n\nYour application for {role} (ref {ref}) has been looked at by the hiring team and has now been closed."),
        ("n1", "next_steps", "Update on your application ({ref})", "Hello {first},\n\nYour application for {role} (ref {ref}) has been looked at by the hiring team and moved on to the assessment stage. Please complete the online task by {date}; the link expires after that and the application cannot move on without it."),
    )},
    {"t": "footer-another", "frames": ("footer2", "footer0"), "roles": ("Site Administrator", "Customer Experience Lead"), "msgs": (
        ("r1", R, "{role} vacancy", "Hi {first},\n\nWe're sorry to tell you that the {role} vacancy went to another applicant, who said yes. Thank you for your time with us."),
        ("n1", "application_received", "{role} vacancy", "Hi {first},\n\nWe're sorry our careers page went down on {wd} while you were applying. Your application for the {role} vacancy did reach us in one piece and it is with the hiring manager now."),
    )},
    # -- hedged refusals ---------------------------------------------------------------------------
    {"t": "hedged-mapped", "frames": ("note", "footer0"), "roles": ("Grants Manager", "Policy Adviser"), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nHaving compared the shortlist side by side, the panel felt that others' experience mapped more closely onto what the unit is short of this year, and we'll be going ahead on that basis.\n\nThank you for the time and thought you gave us."),
        ("n1", "interview", "{role}", "Hi {first},\n\nHaving compared the shortlist side by side, the panel felt that your experience mapped closely onto what the unit is short of this year, and we'd like you to meet our director on {wd}.\n\nThank you for the time and thought you gave us."),
    )},
    {"t": "hedged-direction", "frames": ("note", "mobile"), "roles": ("Brand Designer", "Content Strategist"), "msgs": (
        ("r1", R, "re {role}", "Hey {first}, after plenty of to-ing and fro-ing we went another direction for this hire - towards someone with more agency-side time. Your book is lovely, for what it's worth."),
        ("n1", "other_job", "re {role}", "Hey {first}, after plenty of to-ing and fro-ing we've taken the role itself in another direction: it's now a hybrid post based in {city}. Let me know if you'd still like to be considered under the new brief."),
    )},
    {"t": "hedged-brief", "frames": ("outlook", "note"), "roles": ("Procurement Manager", "Category Buyer"), "msgs": (
        ("r1", R, "Where we've got to", "The brief shifted while we were interviewing, and the person we've landed on brings the public-procurement background the board now wants. That's no reflection on how you came across, which was very well."),
        ("n1", "other_job", "Where we've got to", "The brief shifted while we were interviewing, so the board wants to see every finalist again against the new outline. No one has been picked and no one has been dropped - I'll send a date shortly."),
    )},
    {"t": "hedged-timing", "frames": ("gmail", "note"), "roles": ("Operations Analyst", "Lab Technician"), "msgs": (
        ("r1", R, "Decision", "In truth timing decided it as much as skills did: the candidate we chose can start in January, and in the end that weighed more with us than it probably should have."),
        ("n1", "offer", "Decision", "In truth timing decided it as much as skills did, and it fell your way: you can start in January. The written offer for {role} will follow this afternoon."),
    )},
    {"t": "hedged-bench", "frames": ("note", "portal"), "roles": ("Quality Technician", "Research Assistant"), "msgs": (
        ("r1", R, "Your application", "Dear {first},\n\nThank you for the practical session. We think the other finalists have more hands-on hours at the bench, and that is where we have settled for the {role} post."),
        ("n1", "interview", "Your application", "Dear {first},\n\nThanks for applying. We'd like to see your hands-on hours at the bench for ourselves, so we are inviting you to a practical session for the {role} post on {wd} at 9:30."),
    )},
    {"t": "hedged-grounding", "frames": ("letter", "footer1"), "roles": ("Clinical Coder", "Medical Secretary"), "orgs": (("Orrin Health Partners", "orrin-health.example"), ("Fellside Surgery", "fellside-surgery.example")), "msgs": (
        ("r1", R, "{role} - outcome", "Thank you for coming to interview. The panel judged that other candidates showed the competencies in the person specification more fully, and it has decided to appoint from among them."),
        ("n1", "application_received", "{role} - received", "Thank you for applying. The panel will assess every application against the competencies in the person specification after the closing date. Should you not be shortlisted, we will write to you by {date}."),
    )},
    # -- recruiter follow-ups: decision + another role ---------------------------------------------
    {"t": "recruiter-call", "frames": ("agency", "agency"), "roles": ("Finance Business Partner", "Management Accountant"), "msgs": (
        ("r1", R, "{client} - {role}", "Hi {first},\n\nThanks for picking up earlier. Like I mentioned on our call, {client} have gone with their internal person for the {role} job.\n\nSeparate thing: I've a six-month contract with a housing association that fits you well and is a similar commute. OK if I pass your CV to them?"),
        ("n1", "other_job", "{client} - {role}", "Hi {first},\n\nThanks for picking up earlier. Like I mentioned on our call, {client} haven't made a call on the {role} job yet; their hiring manager returns from leave on the {date}.\n\nSeparate thing: I've a six-month contract with a housing association that fits you well and is a similar commute. OK if I pass your CV to them?"),
    )},
    {"t": "recruiter-feedback", "frames": ("agency", "agency"), "roles": ("ERP Analyst", "Supply Chain Planner"), "msgs": (
        ("r1", R, "Feedback from {client}", "Morning {first},\n\nFeedback's in from {client}: they liked you, but the hiring manager wants more hours on SAP than you've got, so it stops there with them. I've two similar roles in {city} that are less fussy about that - free for ten minutes tomorrow?"),
        ("n1", "interview", "Feedback from {client}", "Morning {first},\n\nFeedback's in from {client}: they liked you and want to take it further with a second meeting. Unfortunately their hiring manager is off until the {date}, so it will be the week after - I'll confirm a time."),
    )},
    {"t": "recruiter-text", "frames": ("mobile", "mobile"), "roles": ("warehouse team lead", "yard shunter"), "msgs": (
        ("r1", R, "client update", "hi {first}, client came back, they've placed someone else on the {role} job. got a nights supervisor going in {city} if you fancy it? let me know"),
        ("n1", "interview", "client update", "hi {first}, client came back, they want you in for a walk round for the {role} job {wd} 9am. if that's no good let me know and i'll move it"),
    )},
    {"t": "recruiter-shortlist", "frames": ("agency", "note"), "roles": ("Site Manager", "Quantity Surveyor"), "msgs": (
        ("r1", R, "{role} with {client}", "Hi {first},\n\n{client} have finalised their shortlist for the {role} position and I'm afraid you're not on it - they've prioritised people with tier-one contractor backgrounds. A regional builder has a {role} opening with me that fits you more naturally. Are you free for a call?"),
        ("n1", "recruiter_outreach", "{role} opportunity", "Hi {first},\n\nI found your profile while looking for people with a regional builder background. One of my clients is hiring a {role} and I think you'd suit it well. No pressure at all if the timing is wrong - are you free for a call this week?"),
    )},
    # -- public-sector notices ---------------------------------------------------------------------
    {"t": "public-referral", "frames": ("portal", "portal"), "roles": ("Program Analyst", "Contract Specialist"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Notice of results - announcement {ref}", "Notice of results for announcement {ref}, {role}.\n\nYou were rated eligible, but your score did not place you among the candidates passed to the hiring official. Your application under this announcement is now closed."),
        ("n1", "application_received", "Notice of results - announcement {ref}", "Notice of results for announcement {ref}, {role}.\n\nYou were rated eligible and your name has been passed to the hiring official. If you are chosen for interview the hiring office will contact you; if not, a final notice will follow when the announcement closes."),
    )},
    {"t": "public-panel", "frames": ("letter", "letter"), "roles": ("Environmental Health Officer", "Building Control Surveyor"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Post of {role}", "I write to advise you that, following interview, the selection panel has decided to recommend another candidate for appointment to the post of {role}.\n\nWe are grateful that you considered a career with the Council."),
        ("n1", "offer", "Post of {role}", "I write to advise you that, following interview, the selection panel has decided to recommend you for appointment to the post of {role}, subject to satisfactory references and an occupational health questionnaire.\n\nA formal offer will follow."),
    )},
    {"t": "public-campaign", "frames": ("portal", "letter"), "roles": ("Revenue Officer", "Licensing Assistant"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Recruitment campaign {ref}", "The recruitment campaign for {role} (ref {ref}) has been cancelled following the department's budget review. No appointment will be made, and all applications, yours included, are now closed."),
        ("n1", "other_job", "Recruitment campaign {ref}", "The recruitment campaign for {role} (ref {ref}) has been paused while the department reviews its budget. No appointment has been made; your application is held and will be picked up again if the campaign resumes."),
    )},
    {"t": "public-experience", "frames": ("portal", "portal"), "roles": ("Budget Analyst", "Grants Management Specialist"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Application review - {role}", "Our review found that your application shows less than a year of specialized experience one grade below this post. For that reason it cannot be considered further for this vacancy."),
        ("n1", "next_steps", "Application review - {role}", "Our review found that your application does not yet show a year of specialized experience one grade below this post. If you have it, upload a revised résumé by {date}; after that date your application will be rated as it stands."),
    )},
    {"t": "public-merit", "frames": ("letter", "portal"), "roles": ("Assistant Engineer", "Junior Surveyor"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Merit list - {role}", "The merit list for {role} has now been finalised. Your overall score of 61 fell below the qualifying mark of 65, and your name therefore does not appear on the list."),
        ("n1", "other_job", "Merit list - {role}", "The merit list for {role} has now been finalised. Your overall score of 71 is above the qualifying mark of 65. Appointments are made from the top of the list as posts fall vacant, and we cannot yet say when your turn may come."),
    )},
    # -- bare ATS statuses -------------------------------------------------------------------------
    {"t": "ats-html", "frames": ("html", "html"), "roles": ("Junior Buyer", "Field Service Engineer"), "msgs": (
        ("r1", R, "Something changed on your application", "Your application, at a glance\nPosition: {role}\nRequisition: {ref}\nStage: Closed - position filled\nThank you for your interest in {org}."),
        ("n1", "application_received", "Something changed on your application", "Your application, at a glance\nPosition: {role}\nRequisition: {ref}\nStage: Shortlisting - awaiting panel\nThank you for your interest in {org}."),
    )},
    {"t": "ats-digest", "frames": ("auto", "footer1"), "roles": ("Service Desk Analyst", "Accounts Assistant"), "msgs": (
        ("r1", R, "Candidate update: {ref}", "Candidate update\nRequisition: {ref} - {role}\nDisposition: Not selected (another candidate hired)\nNo reply is needed."),
        ("n1", "application_received", "Candidate update: {ref}", "Candidate update\nRequisition: {ref} - {role}\nDisposition: Active (hiring manager review)\nNo reply is needed."),
    )},
    {"t": "ats-oneliner", "frames": ("auto", "portal"), "roles": ("Store Colleague", "Delivery Driver"), "msgs": (
        ("r1", R, "Application status changed", "The status of your application for {role} is now: Unsuccessful."),
        ("n1", "next_steps", "Application status changed", "The status of your application for {role} is now: Assessment invited. Book a slot by {date}."),
    )},
    {"t": "ats-tabs", "frames": ("auto", "portal"), "roles": ("Claims Handler", "Underwriting Assistant"), "msgs": (
        ("r1", R, "{role} - application summary", "Application summary\n\nField\tValue\nRole\t{role}\nReference\t{ref}\nStatus\tDisqualified\nUpdated\t{date}"),
        ("n1", "application_received", "{role} - application summary", "Application summary\n\nField\tValue\nRole\t{role}\nReference\t{ref}\nStatus\tIn review\nUpdated\t{date}"),
    )},
    {"t": "ats-archived", "frames": ("footer1", "html"), "roles": ("Product Analyst", "Growth Marketer"), "msgs": (
        ("r1", R, "About your candidacy", "Hi {first},\n\nYour candidacy for {role} was archived by the hiring team today. Archived applications are not reviewed again for this opening."),
        ("n1", "other_job", "About your candidacy", "Hi {first},\n\nAs requested, your candidacy for {role} is now withdrawn. Good luck with the new job - you can apply again whenever you like."),
    )},
    # -- internship decisions ----------------------------------------------------------------------
    {"t": "intern-cohort", "frames": ("footer0", "html"), "roles": ("Summer Internship 2026", "Spring Insight Programme"), "msgs": (
        ("r1", R, "{role}: your application", "Dear {first},\n\nThank you for applying to our {role}. We received 840 applications for 30 places this year and have not been able to offer you one of them."),
        ("n1", "application_received", "{role}: your application", "Dear {first},\n\nThank you for applying to our {role}. We received 840 applications for 30 places, so decisions will take until {date}. Successful applicants get a video-interview invitation; either way, we'll write to you."),
    )},
    {"t": "intern-lab", "frames": ("note", "outlook"), "roles": ("summer lab placement", "undergraduate research placement"), "orgs": (("University of Carrowmore", "carrowmore.ac.example"), ("Stennet College", "stennet.ac.example")), "msgs": (
        ("r1", R, "{role}", "Dear {first},\n\nProfessor {prof} has now filled both of this year's {role}s and asked me to let the remaining applicants know. She wished you well with your final year."),
        ("n1", "application_received", "{role}", "Dear {first},\n\nProfessor {prof} will fill this year's two {role}s at the end of the month and asked me to tell applicants there is no need to chase before then. She was glad to see your application."),
    )},
    {"t": "intern-newsroom", "frames": ("mobile", "note"), "roles": ("data desk internship", "features internship"), "msgs": (
        ("r1", R, "{role}", "Hi {first} - we've picked this summer's {role} intake and you weren't among them, I'm sorry. The standard was high; apply again next year."),
        ("n1", "interview", "{role}", "Hi {first} - we're picking this summer's {role} intake next week and you're on the list to meet the desk editor. Can you do {wd} at 4?"),
    )},
    # -- short notes -------------------------------------------------------------------------------
    {"t": "short-appointed", "frames": ("note", "mobile"), "roles": ("Groundsperson", "Caretaker"), "msgs": (
        ("r1", R, "{role}", "We've appointed. Thanks for applying and good luck."),
        ("n1", "next_steps", "{role}", "We've shortlisted and you're on it. Reply with two referees by {wd}, please."),
    )},
    {"t": "short-sorry", "frames": ("mobile", "note"), "roles": ("bar job", "kitchen porter job"), "msgs": (
        ("r1", R, "{role}", "Sorry {first}, not this time for the {role}. All the best."),
        ("n1", "interview", "{role}", "Sorry {first}, running late today - I'll ring about the {role} tomorrow morning instead. Still keen to meet you."),
    )},
    # -- long tail ---------------------------------------------------------------------------------
    {"t": "subject-only", "frames": ("subjonly", "subjonly"), "roles": ("Estimator", "Dental Nurse"), "msgs": (
        ("r1", R, "Unsuccessful - {role} ({ref})", "Please see the subject line."),
        ("n1", "interview", "Interview booked - {role} ({ref}), {wd} 10:00", "Please see the subject line. The calendar invitation is attached."),
    )},
    {"t": "search-complete", "frames": ("letter", "outlook"), "roles": ("Head of Finance", "Development Director"), "msgs": (
        ("r1", R, "{role} search", "I'm pleased to say that the search for our {role} is now complete, and I wanted to thank you personally for taking part in it and for the generosity of your time."),
        ("n1", "interview", "{role} search", "I'm pleased to say that the search for our {role} has reached its final stage, and I wanted to thank you personally for making the last three. Our chair hopes to meet you on {wd}."),
    )},
    {"t": "spot-taken", "frames": ("mobile", "note"), "roles": ("Saturday assistant", "front desk cover"), "msgs": (
        ("r1", R, "{role}", "Just a quick one {first} - the {role} spot is taken now, sorry! We've got your number for next time."),
        ("n1", "interview", "{role}", "Just a quick one {first} - the 10:30 spot is taken now, sorry! Could you do 11:15 instead for the {role} chat?"),
    )},
    {"t": "pass-mark", "frames": ("portal", "letter"), "roles": ("Trainee Air Traffic Assistant", "Customs Officer"), "orgs": PUBLIC, "msgs": (
        ("r1", R, "Written assessment result", "Your score in the written assessment was 47%. This campaign's pass mark is set at 55%, so we are unable to take your application forward to interview."),
        ("n1", "interview", "Written assessment result", "Your score in the written assessment was 68%. This campaign's pass mark is set at 55%, so you will be invited to interview; dates follow next week."),
    )},
    {"t": "match", "frames": ("portal", "portal"), "roles": ("Foundation Programme", "Residency Programme"), "orgs": (("National Placement Service", "placements.example"), ("Training Match Board", "matchboard.example")), "msgs": (
        ("r1", R, "{role} match outcome", "The {role} match has run. You have not been matched to a post in this round. Information on the clearing round is in your account."),
        ("n1", "application_received", "{role} match timetable", "The {role} match runs on {date} and outcomes appear in your account at noon. Whether or not you are matched, that page will show your result and what to do next."),
    )},
    {"t": "placed", "frames": ("note", "footer2"), "roles": ("spring work placement", "teaching placement"), "msgs": (
        ("r1", R, "Your {role}", "Hi {first},\n\nThe placements office has finished allocating the {role}s for this term and we were unable to place you with a host organisation. I'm sorry - the numbers were against us."),
        ("n1", "application_received", "Your {role}", "Hi {first},\n\nThe placements office starts allocating the {role}s on {date}. If we can't place you with a host organisation, we'll tell you straight away and look at the next round with you."),
    )},
    {"t": "portfolio", "frames": ("note", "footer0"), "roles": ("Junior Illustrator", "Motion Designer"), "orgs": (("Sallowfield Studios", "sallowfield.example"), ("Pinfold Animation", "pinfold-anim.example")), "msgs": (
        ("r1", R, "Your portfolio", "Hi {first},\n\nThe creative team has been through your portfolio and won't be taking it forward for the {role} opening. The character sheets were a real pleasure."),
        ("n1", "interview", "Your portfolio", "Hi {first},\n\nThe creative team has been through your portfolio and would like to take it forward for the {role} opening: please prepare a twenty-minute walk-through for {wd}."),
    )},
    {"t": "audition", "frames": ("note", "note"), "roles": ("session horn player", "touring keyboardist"), "msgs": (
        ("r1", R, "Audition tape", "Hi {first},\n\nThanks for sending your audition tape for the {role} role on the spring tour. The musical director has chosen another player and the band is now complete."),
        ("n1", "non_job_rejection_words", "Audition tape", "Hi {first},\n\nThanks for sending your audition tape for the community wind orchestra. Unfortunately every seat in the section is taken this season, but we've added you to the waiting list."),
    )},
    {"t": "voice-demo", "frames": ("footer2", "note"), "roles": ("narrator for the e-learning series", "station voice"), "msgs": (
        ("r1", R, "Your voice demo", "Dear {first},\n\nThank you for the demo for our {role}. The producers listened to every read and have cast another voice for this project."),
        ("n1", "next_steps", "Your voice demo", "Dear {first},\n\nThank you for the demo for our {role}. The producers would like a second read of the attached script by {date}; reads that arrive later can't be included in the final listen."),
    )},
    {"t": "trade-weld", "frames": ("mobile", "note"), "roles": ("fabricator welder", "pipe welder"), "msgs": (
        ("r1", R, "weld test", "{first}, afraid your test pieces didn't hold on the bend test so we can't offer you the {role} job. Practise the root runs and try us again in the new year."),
        ("n1", "offer", "weld test", "{first}, your test pieces passed the bend test. Unfortunately the workshop's shut Friday so paperwork will be Monday - {role} job is yours if you want it."),
    )},
    {"t": "trade-electric", "frames": ("note", "note"), "roles": ("approved electrician", "maintenance electrician"), "msgs": (
        ("r1", R, "Practical assessment", "Hi {first},\n\nThanks for doing the practical on {wd}. The fault-finding part wasn't finished inside the time, which the assessor has to mark as a fail, so your application for {role} stops here."),
        ("n1", "next_steps", "Practical assessment", "Hi {first},\n\nYour practical is on {wd} at 8am. You'll have ninety minutes for fault-finding; if it isn't finished inside the time the assessor has to stop it, so please be on site by 7:45."),
    )},
    {"t": "licence", "frames": ("letter", "footer2"), "roles": ("HGV Class 2 Driver", "Tipper Driver"), "orgs": (("Ashcombe Freight", "ashcombe-freight.example"), ("Corlett Haulage", "corlett-haulage.example")), "msgs": (
        ("r1", R, "{role} application", "The {role} position needs a full Category C licence and a Driver CPC card from the first day. As you hold neither yet, we are unable to take your application further."),
        ("n1", "next_steps", "{role} application", "The {role} position needs a full Category C licence and a Driver CPC card from the first day. Please bring both to the assessment on {wd}; without them we cannot go ahead with the drive."),
    )},
    {"t": "clearance", "frames": ("letter", "portal"), "roles": ("Systems Administrator", "Security Analyst"), "msgs": (
        ("r1", R, "Conditional offer - {role}", "The vetting unit has informed us that your security clearance application was not approved. The conditional offer for {role} is therefore withdrawn."),
        ("n1", "next_steps", "Conditional offer - {role}", "The vetting unit needs your completed clearance forms by {date}. Without them we cannot proceed, and the conditional offer for {role} would lapse."),
    )},
    {"t": "misspelt", "frames": ("mobile", "mobile"), "roles": ("tills", "stockroom"), "msgs": (
        ("r1", R, "the job", "hey {first} sory for the late reply. we decieded to go with somone who has more expereince on the {role}. thanks for comming in tho"),
        ("n1", "interview", "the job", "hey {first} sory for the late reply. can u come in thurs for a trial on the {role}? 10am. thanks for comming in tho"),
    )},
    {"t": "merge", "frames": ("merge", "merge"), "roles": ("Customer Adviser", "Trainee Estate Agent"), "msgs": (
        ("r1", R, "Your application", "Thank you for your interest in the role. After reviewing your application, it won't be moving forward at this stage, New roles go up on our vacancies page every week."),
        ("n1", "application_received", "Your application", "Thank you for your interest in the role. We are reviewing applications now and will get back to everyone, whether we move forward with them or not, within ten working days."),
    )},
    {"t": "qp", "frames": ("qp", "qp"), "roles": ("Events Coordinator", "Marketing Executive"), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nWe’ve now made an appointment to the {role} role and I’m sorry it isn’t you. Thank you – really – for coming in on {wd}."),
        ("n1", "application_received", "{role}", "Hi {first},\n\nWe’ve now received your application for the {role} role. We’ll be in touch by {date} whether or not you’re shortlisted – thank you for applying."),
    )},
    # -- confirmations about a refusal not (yet) made, and their decided twins ---------------------
    {"t": "conf-should", "frames": ("footer0", "footer1"), "roles": ("HR Administrator", "Facilities Coordinator"), "msgs": (
        ("r1", R, "{role}", "Dear {first},\n\nYour application for {role} has not progressed. Under our privacy notice your details are erased six months on."),
        ("n1", "application_received", "{role}", "Dear {first},\n\nWe've received your application for {role}. Should it not progress, we'll e-mail you, and under our privacy notice your details are erased six months on."),
    )},
    {"t": "conf-silence", "frames": ("note", "footer2"), "roles": ("Care Assistant", "Night Support Worker"), "orgs": (("Larkspur Care Homes", "larkspur-care.example"), ("Heathervale Support", "heathervale.example")), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nThe closing date was three weeks back and I'm afraid the {role} post has gone to someone else. Thank you for applying to us."),
        ("n1", "application_received", "{role}", "Hi {first},\n\nThanks for applying. Nothing from us inside three weeks of the closing date? Then take it that the {role} post has gone to someone else."),
    )},
    {"t": "conf-match", "frames": ("agency", "footer1"), "roles": ("Legal Secretary", "Conveyancing Assistant"), "msgs": (
        ("r1", R, "{role} - {client}", "Hi {first},\n\nHaving compared your CV with the {role} brief from {client}, I don't think there's a match, so I won't be sending your details to them on this one."),
        ("n1", "application_received", "Registration received", "Hi {first},\n\nThanks for registering with us. You'll hear from us only when one of our live {role} vacancies fits you, so silence for a few weeks is normal."),
    )},
    {"t": "conf-pass-fail", "frames": ("portal", "note"), "roles": ("Call Handler", "Control Room Operator"), "orgs": (("Eastvale Ambulance Service", "eastvale-ambulance.example"), ("Northridge Police", "northridge-police.example")), "msgs": (
        ("r1", R, "Online test result", "You have not passed the online situational test for {role}, so your application stops before the assessment day."),
        ("n1", "application_received", "Online test result", "Thank you for completing the online situational test for {role}. Pass or fail, you will hear from us within five working days."),
    )},
    {"t": "conf-either", "frames": ("mobile", "note"), "roles": ("sous chef", "line cook"), "msgs": (
        ("r1", R, "trial shift", "Thanks for the trial shift {first}. Chef's decided to go with the other lad for the {role} job, sorry - it was close."),
        ("n1", "application_received", "trial shift", "Thanks for the trial shift {first}. Chef's deciding on the {role} job this weekend - either way one of us will ring you by Monday."),
    )},
    {"t": "conf-individual", "frames": ("footer2", "footer0"), "roles": ("Retail Supervisor", "Visual Merchandiser"), "msgs": (
        ("r1", R, "{role}", "Hello {first},\n\nThank you for applying for {role}. We've now filled every vacancy in this round, and we're writing to let the rest of our applicants know."),
        ("n1", "application_received", "{role}", "Hello {first},\n\nThank you for applying for {role}. The volume of applications means we can't always write to each person; if you're shortlisted, we'll call you within a fortnight."),
    )},
    {"t": "conf-talentpool", "frames": ("html", "footer1"), "roles": ("Software Tester", "Data Analyst"), "msgs": (
        ("r1", R, "{role} at {org}", "Hi {first},\n\nWe're not going forward with your application for {role}. With your consent we'll keep your CV in our talent pool until next autumn."),
        ("n1", "application_received", "{role} at {org}", "Hi {first},\n\nYour application for {role} is with our recruiters. If this role isn't the one, with your consent we'll keep your CV in our talent pool until next autumn."),
    )},
    # -- next steps with deadlines and consequences ------------------------------------------------
    {"t": "steps-documents", "frames": ("letter", "footer0"), "roles": ("Teaching Assistant", "School Business Manager"), "orgs": (("Hollins Park Academy", "hollinspark.sch.example"), ("St Aldhelm's Primary", "staldhelm.sch.example")), "msgs": (
        ("r1", R, "Pre-employment checks - {role}", "We wrote to you on two occasions asking for your proof of identity and qualification certificates. As we have not received them, we have withdrawn the offer of the {role} post and closed your application."),
        ("n1", "next_steps", "Pre-employment checks - {role}", "Please bring your passport, proof of address and qualification certificates to the school office by {date}. Without these documents we cannot proceed with your appointment as {role}, and the start date would have to move."),
    )},
    {"t": "steps-references", "frames": ("footer1", "portal"), "roles": ("Support Worker", "Housing Officer"), "msgs": (
        ("r1", R, "{role} - references", "Following the references we received, we have decided to withdraw our offer for the {role} position. We know this is not what you hoped to read."),
        ("n1", "next_steps", "{role} - references", "One of your two references still hasn't reached us for the {role} position. Please chase your referee: we can only confirm the start date once both references have arrived, and the offer is held until {date}."),
    )},
    {"t": "steps-courier", "frames": ("html", "note"), "roles": ("courier", "grocery shopper"), "orgs": (("Zipline Couriers", "zipline-couriers.example"), ("Basketful", "basketful.example")), "msgs": (
        ("r1", R, "Your {role} application", "Hi {first},\n\nWe've reviewed your {role} application and can't activate an account for you in {city}. This decision is final for the current sign-up round."),
        ("n1", "next_steps", "Your {role} application", "Hi {first},\n\nWe've reviewed your {role} application. Your account will be switched on once your ID check clears, normally within 48 hours - upload a clear photo of your licence by {date} or the check will time out."),
    )},
    # -- interviews and offers with "unfortunately" about logistics --------------------------------
    {"t": "logistics-lift", "frames": ("footer0", "note"), "roles": ("Finance Officer", "Bid Writer"), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nThank you for coming in on {wd}. Unfortunately the {role} post isn't coming your way; the panel appointed someone with more bid experience."),
        ("n1", "interview", "{role} interview", "Hi {first},\n\nUnfortunately the lift in our building is out of action on {wd}, so your {role} interview will be on the ground floor, meeting room 2. Same time, 11am."),
    )},
    {"t": "logistics-start", "frames": ("letter", "outlook"), "roles": ("Pharmacy Technician", "Radiographer"), "orgs": (("Orrin Health Partners", "orrin-health.example"), ("Cliftmoor Hospital", "cliftmoor-hosp.example")), "msgs": (
        ("r1", R, "{role}", "Unfortunately we cannot offer you the {role} post. It was a strong field, and the post has gone to someone with longer aseptic experience."),
        ("n1", "offer", "{role}", "Unfortunately the start date is fixed, but we are delighted to offer you the {role} post from {date}. Please sign and return the enclosed copy."),
    )},
    {"t": "logistics-parking", "frames": ("note", "gmail"), "roles": ("Account Manager", "Sales Executive"), "msgs": (
        ("r1", R, "{role}", "Hi {first}, sadly we've gone with another candidate for the {role} role. Thanks for making the trip across to us."),
        ("n1", "interview", "{role}", "Hi {first}, sadly there's no visitor parking at our office, so use the multi-storey on Quay Street for your {role} interview on {wd}. We'll reimburse the ticket."),
    )},
    # -- vacancies paused / withdrawn / withdrawals confirmed --------------------------------------
    {"t": "vacancy-hold", "frames": ("footer1", "outlook"), "roles": ("UX Researcher", "Scrum Master"), "msgs": (
        ("r1", R, "{role} vacancy", "Hello {first},\n\nWe've withdrawn the {role} vacancy for good after the restructure. Nobody will be appointed, and your application has been closed."),
        ("n1", "other_job", "{role} vacancy", "Hello {first},\n\nWe've put the {role} vacancy on hold until the new financial year. Nobody has been appointed, and your application stays active in the meantime."),
    )},
    {"t": "withdraw", "frames": ("portal", "note"), "roles": ("Estates Officer", "Library Assistant"), "msgs": (
        ("r1", R, "Application withdrawn", "Your application for {role} has been withdrawn by the employer. The hiring manager has chosen to continue with other applicants."),
        ("n1", "other_job", "Application withdrawn", "Your application for {role} has been taken out of the process, as you asked. You can apply again for any open role at any time."),
    )},
    {"t": "two-roles", "frames": ("note", "footer0"), "roles": ("Bookkeeper", "Payroll Officer"), "msgs": (
        ("r1", R, "Your two applications", "Hi {first},\n\nYou applied for two of our roles. For the {role} job we've chosen someone else; the evening administrator post, your other application, is still live and we'll come back to you on it."),
        ("n1", "interview", "Your two applications", "Hi {first},\n\nYou applied for two of our roles. For the {role} job we'd like to interview you on {wd}; the evening administrator post, which you also applied for, is still being shortlisted."),
    )},
    # -- more rejection kinds in new voices --------------------------------------------------------
    {"t": "internal-cover", "frames": ("gmail", "note"), "roles": ("Support Team Lead", "Shift Manager"), "msgs": (
        ("r1", R, "{role}", "Hi {first}, we've given the {role} job to {other} from our own support desk, who's been covering it since March. Thanks for coming in; your questions were good ones."),
        ("n1", "other_job", "{role}", "Hi {first}, {other} from our own support desk has been covering the {role} job since March, and we're still seeing outside candidates before we choose. You'll hear from me by {wd}."),
    )},
    {"t": "apprentice-intake", "frames": ("letter", "note"), "roles": ("plumbing apprenticeship", "electrical apprenticeship"), "orgs": (("Kestle Engineering", "kestle-eng.example"), ("Brantwood Building Services", "brantwood-bs.example")), "msgs": (
        ("r1", R, "{role} intake", "The college has now confirmed its intake for the {role} and I'm sorry to say your name isn't on this year's list. We'd be glad to see you apply for the January start."),
        ("n1", "application_received", "{role} intake", "The college confirms its intake for the {role} on {date}. If your name isn't on the list, we will let you know and help you look at the January start."),
    )},
    {"t": "calendar", "frames": ("calendar", "calendar"), "roles": ("Final interview - Senior Accountant", "Panel interview - Project Officer"), "msgs": (
        ("r1", R, "Cancelled: {role}", "This event has been cancelled by the organiser.\n\nNote from the organiser: we're going ahead with another candidate, so I've taken the slot out of the diary. Thanks for all your time."),
        ("n1", "interview", "Updated invitation: {role}", "This event has been updated by the organiser.\n\nNote from the organiser: unfortunately the third floor is closed that day, so we've moved to the boardroom on the first floor. Same time."),
    )},
    {"t": "relay", "frames": ("relay", "relay"), "roles": ("Junior Copywriter", "Social Media Executive"), "msgs": (
        ("r1", R, "{hm} sent you a message", "Hi {first}, thanks for applying for the {role} role with us. We've hired for it now, but I liked your writing samples and you'll be on my radar."),
        ("n1", "interview", "{hm} sent you a message", "Hi {first}, thanks for applying for the {role} role with us. I liked your writing samples - could we do a video call on {wd}?"),
    )},
    {"t": "postscript", "frames": ("note", "outlook"), "roles": ("Volunteer Coordinator", "Events Officer"), "orgs": (("Blackthorn Arts Centre", "blackthorn-arts.example"), ("Ferrymead Trust", "ferrymead.example")), "msgs": (
        ("r1", R, "Thank you", "Dear {first},\n\nThank you for the lovely card, and for coming to the open day with the family. The volunteers are still talking about the quiz.\n\nWarm wishes,\n{hm}\n\nP.S. I should have said first - the {role} job went to someone already on the staff in the end. I'm sorry."),
        ("n1", "other_job", "Thank you", "Dear {first},\n\nThank you for the lovely card, and for coming to the open day with the family. The volunteers are still talking about the quiz.\n\nWarm wishes,\n{hm}\n\nP.S. The {role} interviews have slipped to after half term; nothing is decided yet."),
    )},
    {"t": "sooner", "frames": ("footer2", "gmail"), "roles": ("Cabinet Maker", "Joinery Setter-Out"), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nWe've decided to carry on with the candidates who can start before Christmas, as the order book won't wait. Thanks for coming to see the workshop."),
        ("n1", "next_steps", "{role}", "Hi {first},\n\nThe order book won't wait, so we'd like candidates who can start before Christmas. Can you confirm your notice period by {wd}? If we don't hear, we'll assume January is the earliest."),
    )},
    {"t": "part-ways", "frames": ("note", "note"), "roles": ("Studio Assistant", "Property Manager"), "msgs": (
        ("r1", R, "{role}", "Hi {first},\n\nThe hiring plan has changed under us and I think we should call it a day on your {role} application. Apologies that this took so long to come."),
        ("n1", "non_job_rejection_words", "Your tenancy", "Hi {first},\n\nThe landlord has decided to sell, and I think we should call it a day when your fixed term ends. Not the news you wanted, I know - the notice is attached."),
    )},
    {"t": "feedback-bullets", "frames": ("note", "footer1"), "roles": ("Backend Developer", "Site Reliability Engineer"), "msgs": (
        ("r1", R, "{role} - feedback", "Hi {first},\n\nThanks for the pairing session. The team's notes:\n- clear thinking about the failure cases\n- the caching change needed more tests than we had time for\n- the design discussion was the strongest part\n\nOn balance they've chosen a candidate with more on-call experience. Happy to talk it through."),
        ("n1", "next_steps", "{role} - next stage", "Hi {first},\n\nThanks for the pairing session. The team's notes:\n- clear thinking about the failure cases\n- the caching change could do with more tests\n- the design discussion was the strongest part\n\nThey'd like you in for the system-design round. Please pick a slot in the link by {date}; after that the round closes."),
    )},
    {"t": "nonnative", "frames": ("note", "note"), "roles": ("Export Sales Coordinator", "Import Clerk"), "orgs": (("Veldt & Ivory", "veldt-ivory.example"), ("Tarnbeck Foods", "tarnbeck-foods.example")), "msgs": (
        ("r1", R, "Your application", "Dear Mr/Ms {surname},\n\nWe thank you kindly for the application to {role}. After the evaluation we must inform that the position has went to other candidate having Gulf market experience. We wish you success in the future career."),
        ("n1", "interview", "Your application", "Dear Mr/Ms {surname},\n\nWe thank you kindly for the application to {role}. After the evaluation we are pleased to invite you to online interview on {wd} at 14:00 CET. Unfortunately our director can join only 30 minutes."),
    )},
    {"t": "allocated", "frames": ("portal", "note"), "roles": ("relief shifts", "bank shifts"), "orgs": (("Calder Leisure", "calder-leisure.example"), ("Harrowgate Water", "harrowgate-water.example")), "msgs": (
        ("r1", R, "Your application for {role}", "All of this season's {role} have been allocated to the staff who worked them last year, so we won't be taking on new relief staff and your application has been closed."),
        ("n1", "next_steps", "Your application for {role}", "This season's {role} will be allocated on {date}. To be included you need to finish the online induction by then; anyone without it can't be put on the rota."),
    )},
    # -- job alerts, outreach and non-job refusals -------------------------------------------------
    {"t": "alert", "frames": ("footer1", "html"), "roles": ("warehouse supervisor", "bookkeeper"), "msgs": (
        ("n1", "job_alert", "3 new jobs for '{role}'", "New this week for '{role}' near {city}:\n\n- Night Shift Lead, Carrow Distribution - apply by {date}\n- Team Supervisor, Penhallow Retail Park\n- Goods-In Coordinator, Merrow Robotics\n\nOne job you applied to is no longer taking applications."),
        ("n2", "job_alert", "Jobs you might like", "Knock-backs are part of every search - keep going. Here are roles like the {role} job you viewed last week:\n\n- Stock Controller, Tarnbeck Foods\n- Logistics Administrator, Ashcombe Freight\n\nYou can change how often you get these e-mails in your settings."),
    )},
    {"t": "outreach", "frames": ("note", "relay"), "roles": ("Product Owner", "Delivery Manager"), "msgs": (
        ("n1", "recruiter_outreach", "Quick question", "Hi {first},\n\nI know a job search can feel like a string of polite no's. I'm hiring a {role} for a scale-up in {city} and your background caught my eye - open to a quick chat?"),
        ("n2", "recruiter_outreach", "{role} - worth a look?", "Hi {first}, I'm filling a {role} role for a client who turned down every candidate from the big firms: they want someone with your start-up years. Worth ten minutes on {wd}?"),
    )},
    {"t": "nonjob-money", "frames": ("note", "html"), "roles": ("-", "-"), "orgs": (("Calder Mutual", "calder-mutual.example"), ("Fernbank Card Services", "fernbank-cards.example")), "msgs": (
        ("n1", "non_job_rejection_words", "Your credit limit request", "Dear {first},\n\nThank you for asking us to raise your credit limit. We've looked at your account and are unable to increase it at this time. Another request can be made after six months."),
        ("n2", "non_job_rejection_words", "Your loan application", "Dear {first},\n\nWe're sorry, but your application for a personal loan of 7,500 has not been approved. This decision was based on the information held by the credit reference agencies."),
    )},
    {"t": "nonjob-civic", "frames": ("letter", "note"), "roles": ("-", "-"), "orgs": PUBLIC, "msgs": (
        ("n1", "non_job_rejection_words", "Residents' parking permit", "Your application for a residents' parking permit for zone {ref} has been refused: the car is registered to a different address. You may reapply with a V5C in your name."),
        ("n2", "non_job_rejection_words", "Market pitch application", "Your application for a Saturday pitch at the {city} farmers' market was unsuccessful this quarter: all pitches have gone to existing traders. Your details stay on file for the next allocation."),
    )},
    {"t": "nonjob-leisure", "frames": ("note", "html"), "roles": ("-", "-"), "orgs": (("Fennick Outdoor Club", "fennick-outdoor.example"), ("Kingsmead Stadium", "kingsmead-stadium.example")), "msgs": (
        ("n1", "non_job_rejection_words", "Membership application", "Dear {first},\n\nThe committee considered your membership application on {wd}. Regretfully the club is full for this year and we cannot accept new members; you are on the waiting list."),
        ("n2", "non_job_rejection_words", "Ticket ballot result", "Dear {first},\n\nThanks for entering the cup final ballot. Unfortunately you weren't drawn this time. No payment has been taken."),
    )},
]


def qp(text: str) -> str:
    """Quoted-printable left undecoded: UTF-8 bytes of non-ASCII as =XX, '=' as =3D, soft line
    breaks ('=' at the end) after 72 characters."""
    out = []
    for line in text.split("\n"):
        enc = "".join(ch if (ord(ch) < 128 and ch != "=") else "".join(f"={b:02X}" for b in ch.encode("utf-8")) for ch in line)
        while len(enc) > 73:
            cut = 72
            while enc[cut - 1] == "=" or enc[cut - 2] == "=":  # never split an =XX escape
                cut -= 1
            out.append(enc[:cut] + "=")
            enc = enc[cut:]
        out.append(enc)
    return "\n".join(out)


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.frames: Counter[tuple[str, str]] = Counter()

    def when(self, zone: str) -> tuple[str, datetime]:
        r = self.rng
        sent = datetime(2025, 2, 1, r.randint(6, 21), r.randint(0, 59), r.randint(0, 59)) + timedelta(days=r.randint(0, 660))
        return f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {zone}", sent

    def context(self, group: dict, copy: int, seat: int) -> dict:
        """The people, organisation, role and dates of one copy. ``seat`` is drawn once per group
        and copy, so twins share everything but the decision."""
        r = random.Random(f"{SEED}-{group['t']}-{copy}-{seat}")
        first, surname = READERS[r.randrange(len(READERS))]
        hm, hm_surname = SIGNERS[r.randrange(len(SIGNERS))]
        orgs = group.get("orgs", ORGS)
        org, domain = orgs[(copy + r.randrange(len(orgs))) % len(orgs)]
        client = r.choice([o for o in ORGS if o[0] != org])[0]
        agency = r.choice(AGENCIES)
        roles = group["roles"]
        role = roles[copy % len(roles)]
        day = r.randint(2, 27)
        month = LONG_MONTHS[r.randrange(12)]
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_surname}",
            "org": org, "domain": domain, "client": client, "agency": agency[0], "agency_domain": agency[1],
            "role": role, "other": r.choice(OTHERS), "prof": r.choice(PROFS), "wd": r.choice(WEEKDAYS), "date": f"{day} {month}",
            "ref": f"{r.choice(('REQ', 'VAC', 'JR', 'R'))}-{r.randint(1000, 99999)}", "city": r.choice(CITIES),
            "handle": re.sub(r"\W", "", org.lower())[:14], "regno": r.randint(1000000, 9999999),
            "zone": r.choice(ZONES), "sig": r.choice(MOBILE_SIGS), "chase": r.choice(CHASES), "footer": r.randrange(len(FOOTERS)),
            "back": r.randint(1, 9), "back_h": r.randint(0, 20),
        }

    def frame(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per frame
        """(subject, body, sender) of one copy of a core in one frame."""
        sign = f"{c['hm']}\n{c['org']}"
        if code == "note":
            body = core if core.startswith(("Hi ", "Dear ", "Hello ", "Hey ")) else f"Hi {c['first']},\n\n{core}"
            close = "" if "\nP.S. " in body else f"\n\nBest,\n{sign}"  # a letter with a P.S. is signed already
            return subject, f"{body}{close}", f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "mobile":
            return subject, f"{core}\n\n{c['sig']}", f"{c['hm']} <{c['hm'].lower()}.{c['org'].split()[0].lower()}@mailbox.example>"
        if code in ("outlook", "gmail"):
            back = c["sent"] - timedelta(days=c["back"], hours=c["back_h"])
            sent = f"{DAYS[back.weekday()]}, {back.day} {MONTHS[back.month - 1]} {back.year} {back:%H:%M:%S} {c['zone']}"
            chase = c["chase"].format(**c)
            greeted = core if core.startswith(("Hi ", "Dear ", "Hello ", "Hey ")) else f"Hi {c['first']},\n\n{core}"
            if code == "outlook":
                quoted = f"From: {c['full']} <{c['first'].lower()}.{c['surname'].lower()}@inbox.example>\nSent: {sent[:-6]}\nTo: {c['hm_full']} <{c['hm'].lower()}@{c['domain']}>\nSubject: Re: {subject}\n\n{chase}"
                signed = "" if "\nP.S. " in core else f"\n\nKind regards,\n{c['hm_full']}\n{c['org']}"
                body = f"{greeted}{signed}\n\n-----Original Message-----\n{quoted}"
                return f"RE: [EXT] Re: {subject}", body, f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
            quoted = "\n".join("> " + line if line else ">" for line in chase.split("\n"))
            signed = "" if "\nP.S. " in core else f"\n\n{c['hm']}"
            body = f"{greeted}{signed}\n\nOn {sent[:-15]} at {sent[-14:-9]}, {c['full']} <{c['first'].lower()}{c['surname'][0].lower()}@inbox.example> wrote:\n{quoted}"
            return f"Re: {subject}", body, f"{c['hm']} <{c['hm'].lower()}@{c['domain']}>"
        if code.startswith("footer"):
            body = core if core.startswith(("Hi ", "Dear ", "Hello ")) else f"Dear {c['first']},\n\n{core}"
            foot = FOOTERS[int(code[-1])].format(**c)
            return subject, f"{body}\n\nWith best wishes,\nThe {c['org']} recruitment team\n\n{foot}", f"{c['org']} Careers <careers@{c['domain']}>"
        if code == "subjonly":
            foot = FOOTERS[c["footer"]].format(**c)
            return subject, f"{core}\n\n{foot}", f"{c['org']} Recruitment <no-reply@{c['domain']}>"
        if code == "agency":
            body = f"{core}\n\nCheers,\n{c['hm_full']}\nSenior Consultant | {c['agency']}\nm: 07700 9{c['regno'] % 100000:05d}"
            return subject, body, f"{c['hm_full']} <{c['hm'].lower()}@{c['agency_domain']}>"
        if code == "letter":
            body = f"Our ref: {c['ref']}\n{c['date']}\n\nDear {c['full']},\n\n{core}\n\nYours sincerely,\n\n{c['hm_full']}\n{'Customer Services' if c['non_job'] else 'Recruitment Manager'}\n{c['org']}"
            return subject, body, f"{c['org']} <enquiries@{c['domain']}>" if c["non_job"] else f"{c['org']} Recruitment <recruitment@{c['domain']}>"
        if code == "portal":
            body = f"There's an update waiting in your applicant account.\n\nApplication: {c['ref']}\nPosition: {c['role']}\n\n{core}\n\nThis sender can't take replies. Everything that has happened on your file is at https://apply.{c['domain']}."
            return subject, body, f"{c['org']} Applicant Portal <portal@{c['domain']}>"
        if code == "html":
            rows, paras = [], []
            for line in core.split("\n"):
                m = re.match(r"^([A-Z][A-Za-z ]{1,20}): (.+)$", line)
                if m:
                    rows.append(f'<tr><td style="padding:4px 12px;color:#666">{m.group(1)}</td><td style="padding:4px 12px"><b>{m.group(2)}</b></td></tr>')
                elif line.strip():
                    paras.append(f'<p style="font-family:Arial,sans-serif;font-size:14px">{line}</p>')
            table = f'<table role="presentation" cellpadding="0" cellspacing="0" border="0">{"".join(rows)}</table>' if rows else ""
            body = f'<html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff"><tr><td style="padding:24px">{"".join(paras)}{table}<p style="font-size:11px;color:#999">{c["org"]} &middot; <a href="https://click.{c["domain"]}/u/{c["ref"]}">Manage e-mail preferences</a></p></td></tr></table></td></tr></table><img src="https://click.{c["domain"]}/o/{c["ref"]}.gif" width="1" height="1" alt=""></body></html>'
            return subject, body, f"{c['org']} <hello@{c['domain']}>" if c["non_job"] else f"{c['org']} Talent <talent@{c['domain']}>"
        if code in ("merge", "auto"):
            if code == "auto":
                return subject, f"{core}\n\nThis message was generated automatically.", f"{c['org']} HR System <hr-system@{c['domain']}>"
            tags = random.Random(f"{SEED}-{c['ref']}").choice((("{{first_name}}", "{{job_title}}"), ("<<First Name>>", "<<Position>>"), ("%FIRSTNAME%", "%JOBTITLE%"), ("[Candidate Name]", "[Role]")))
            body = f"Dear {tags[0]},\n\nRe: {tags[1]}\n\n{core}\n\nKind regards,\nTalent Acquisition\n{c['org']}"
            return subject.replace(c["role"], tags[1]), body, f"{c['org']} <jobs@{c['domain']}>"
        if code == "qp":
            return subject, qp(f"{core}\n\n{c['hm']}\n{c['org']}"), f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "calendar":
            body = f"{core}\n\nWhen: {c['wd']} {c['date']}, 14:00-15:00\nWhere: {c['org']}, {c['city']}\nOrganiser: {c['hm_full']}\n\nCalendar notice: you're getting this as a guest on the event."
            return subject, body, f"{c['hm_full']} <calendar-notification@{c['domain']}>"
        if code == "relay":
            body = f"{c['hm_full']} sent you a message\n\n\"{core}\"\n\nReply in the app: https://talentlink.example/messages/{c['ref']}\nYou're receiving message notifications. Unsubscribe."
            return subject, body, f"{c['hm_full']} via TalentLink <messages-noreply@talentlink.example>"
        raise ValueError(code)

    def add(self, group: dict, msg: tuple[str, str, str, str], copy: int, seat: int) -> None:
        variant, kind, subject, core = msg
        c = self.context(group, copy, seat)
        c["non_job"] = kind == "non_job_rejection_words"
        date, c["sent"] = self.when(c["zone"])
        code = group["frames"][copy]
        subj, body, sender = self.frame(code, subject.format(**c), core.format(**c), c)
        label = "rejection" if kind == "rejection" else "not_rejection"
        self.frames[(label, code.rstrip("0123456789"))] += 1
        self.records.append({
            "id": "", "subject": subj, "body": body + "\n", "sender": sender, "label": label, "kind": kind,
            "family": f"{PREFIX}-{group['t']}-{variant}", "provenance": PROVENANCE,
            "to": f"{c['full']} <{c['first'].lower()}.{c['surname'].lower().replace(chr(39), '')}@inbox.example>", "date": date,
        })


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for group in GROUPS:
        for copy in (0, 1):
            seat = maker.rng.randrange(10_000)
            for msg in group["msgs"]:
                maker.add(group, msg, copy, seat)
    records = maker.records
    maker.rng.shuffle(records)
    counts: Counter[str] = Counter()
    for rec in records:
        side = "rej" if rec["label"] == "rejection" else "oth"
        counts[side] += 1
        rec["id"] = f"written22:{side}-{counts[side]:03d}"
    bodies = Counter(rec["body"] for rec in records)
    if max(bodies.values()) > 1:
        raise SystemExit("two records share a body")
    return records


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by label/kind and label/frame (no message text)."""
    print("label / kind")
    for (label, kind), n in sorted(Counter((r["label"], r["kind"]) for r in records).items()):
        print(f"  {label:14s} {kind:26s} {n}")
    print("label / frame")
    for (label, code), n in sorted(maker.frames.items()):
        print(f"  {label:14s} {code:26s} {n}")
    lengths = sorted(len(r["body"]) for r in records)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; groups {len(GROUPS)}; bodies {lengths[0]}-{lengths[-1]} characters (median {lengths[len(lengths) // 2]})")
    return 0


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
