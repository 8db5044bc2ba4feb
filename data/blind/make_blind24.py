# ruff: noqa: E501, S311
"""Write the twenty-fourth sealed blind slice for issue 11 (blind-slice-24.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets; our side printed)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

SEED = 240241
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-24.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")

RECIPIENTS = [
    "Adaeze Wolstenholme", "Fionnuala Pillai", "Kgosi Rutherford", "Meenakshi Dunleavy", "Obinna Castleton",
    "Xin Yi Abernethy", "Thandiwe Morrow", "Rhys Adebayo-Kent", "Lakshmi Harrowby", "Declan Osei",
    "Yusuf Penberthy", "Niamh Varadarajan", "Sipho Kettering", "Temitope Ashdown", "Grainne Mukherjee",
    "Bongani Lovell", "Shreya Dalrymple", "Eoin Babatunde", "Jia Hui Westbrook", "Chinedu Rossiter",
    "Mbali Thornbury", "Vikram Ellsworth", "Clodagh Nnamdi", "Zinhle Oakley", "Aditya Fairweather",
    "Ngozi Hollingsworth", "Padraig Venkatesh", "Wen Xuan Kilbride", "Amara Fitzwilliam", "Tshepo Ravenhill",
    "Nkechi Sandford", "Rory Balakrishnan", "Siobhan Oyelaran", "Kabelo Winterbottom", "Divya McCreery",
    "Olamide Ferncliffe", "Ciaran Mahlangu", "Mei Ling Blackwood", "Hamza Treloar", "Ayesha Gunnarsdottir",
]
SIGNERS = [
    "Rosamund Keeble", "Ikechukwu Danvers", "Fenella Crabtree", "Hennie du Plessis", "Abimbola Stroud",
    "Lorcan Fitzgibbon", "Tamsin Ogilvy", "Kwame Hetherington", "Bronwyn Caldicott", "Desmond Achterberg",
    "Yolanda Mokoena", "Hamish Widdowson", "Precious Ndlovu", "Gareth Pennington", "Maeve Kinsella",
    "Segun Abernathy", "Cressida Lowther", "Jolene Strydom", "Wilfred Osagie", "Harriet Vance-Oduya",
    "Mackenzie Thorold", "Priscilla Annan", "Toby Earnshaw", "Delphine Marchbank", "Nnenna Lockhart",
]
SIGNERS_IN = ["Ananya Deshpande", "Rahul Venugopal", "Swati Chaturvedi", "Nikhil Ranganathan", "Meera Sastry", "Vivek Pillay"]
PROVIDERS = ["quillbox", "pigeonmail", "harbourpost", "mossmail", "kestrelbox", "tidemail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "eu2": ("+0200", "+0300", "n"), "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"),
    "usm": ("-0700", "-0600", "n"), "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"),
    "cap": ("-0800", "-0700", "n"), "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"),
    "auw": ("+0800", None, ""), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "nz": ("+1200", "+1300", "s"), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "cn": ("+0800", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ke": ("+0300", None, ""), "br": ("-0300", None, ""),
    "mx": ("-0600", None, ""), "sr": ("-0300", None, ""), "sl": ("+0000", None, ""),
    "sc": ("+0400", None, ""), "ph": ("+0800", None, ""), "id": ("+0700", None, ""),
    "vn": ("+0700", None, ""), "ro": ("+0200", "+0300", "n"),
}


@dataclass
class T:
    part: str
    label: str
    kind: str
    fam: str
    subject: str
    body: str
    co: tuple[str, ...]
    dom: tuple[str, ...]
    frm: str
    role: tuple[str, ...]
    tz: str
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, label: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str = "uk", copies: int = 1, lang: str = "en") -> None:  # noqa: PLR0917
    if copies == 2 and isinstance(co, str):
        co = (co, co)
    TEMPLATES.append(T(part, label, kind, fam, subject, body, _tup(co), _tup(dom), frm, _tup(role), tz, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("mix", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("mix", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("wide", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("wide", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- mix: ordinary template rejections
mr("wd-req-inactive", "Update on requisition {ref} at {co}",
   "Hello {name},\n\nWe've completed our look at applicants for {role} (requisition {ref}). Your profile won't be progressing for this one, and the requisition is now marked inactive against your name.\n\nYour candidate account remains open; anything else you've applied to here is unaffected.\n\nWarm regards,\nPeople Team, {co}\n\nNobody reads replies sent here. Manage alerts at careers.{dom}.",
   ("Brackenfield Water", "Ostler Freight Group"), ("brackenfieldwater", "ostlerfreight"), frm="{co} Talent <noreply@wd5.{dom}>", role=("Network Planning Analyst", "Customs Entry Clerk"), tz="uk", copies=2)
mr("gh-decided-elsewhere", "{co} | {role}",
   "Hi {name},\n\nThank you for the effort behind your {role} application. The team has picked its person, and this round it's someone else. Not the news anyone hopes to open.\n\nWe're a small company and hire in bursts, so do look at our openings page again later in the year.\n\nAll the best,\n{sig}\nRecruiting at {co}",
   ("Lumenhaus", "Quayside Analytics"), ("lumenhaus", "quaysideanalytics"), frm="{sig} <no-reply@greenhouse-mail.{dom}>", role=("Product Designer, Growth", "Analytics Engineer"), tz="usp", copies=2)
mr("lever-short", "{co} application",
   "{name} — quick note: your application for {role} stops here. Appreciate you thinking of us.\n\n{sig}, {co}",
   ("Tinderbox Robotics", "Harvestline"), ("tinderboxrobotics", "harvestline"), frm="{sig} <{sl}@hire.lever-mail.{dom}>", role=("Firmware Engineer", "Field Sales Lead"), tz="use", copies=2)
mr("smartr-card", "Application status changed: {role}",
   "<html><body><table><tr><td><b>{co}</b></td></tr><tr><td>Hi {name},</td></tr><tr><td>Status for <b>{role}</b>: <span>Not progressing</span></td></tr><tr><td>Shortlisting is done and your application sits outside the group being taken forward. Your profile remains in our system for other openings.</td></tr><tr><td><a href=\"https://jobs.{dom}/me\">Open my applications</a></td></tr></table></body></html>",
   ("Ferrovia Components", "Maplestone Retail"), ("ferrovia", "maplestoneretail"), frm="{co} <mail@smartr.{dom}>", role=("Quality Inspector", "Area Visual Merchandiser"), tz="eu", copies=2)
mr("icims-long", "Regarding your application with {co}",
   "Dear {full},\n\nWe appreciate the interest you showed in {co} and in the {role} opening.\n\nHaving weighed your experience against what the department requires, we are proceeding with applicants whose background sits nearer to the position. This outcome reflects the pool for this particular opening, not a judgement of your abilities.\n\nYou are welcome to create job alerts on our site.\n\nSincerely,\nHuman Resources\n{co}\n\n{co} hires on merit; applicants are considered without regard to any status protected under federal or state law.",
   ("Cedar Ridge Health System", "Valleybrook School District"), ("cedarridgehealth", "valleybrookschools"), frm="{co} <careers@icims.{dom}>", role=("Patient Access Representative", "Paraprofessional, Grade 3"), tz="usc", copies=2)
mr("taleo-university", "{co} - Posting {ref}",
   "Dear {full},\n\nThe search committee for posting {ref}, {role}, has concluded its work. We regret that your application ends its progress at this point.\n\nThe committee had many strong submissions and its decision was difficult. We thank you for the care taken with your materials.\n\nOffice of Human Resources\n{co}\n\n{co} is an Affirmative Action / Equal Opportunity institution. Individuals from under-represented groups are encouraged to apply.",
   ("Northgate State University", "Prairie Hollow College"), ("northgatestate", "prairiehollow"), frm="{co} HR <hr-noreply@taleo.{dom}>", role=("Assistant Registrar", "Laboratory Coordinator, Chemistry"), tz="usc", copies=2)
mr("ashby-warm", "Your {co} application",
   "Hey {name},\n\nI read through everything you sent for {role} and I'd rather be plain about it: this hire is heading elsewhere. The portfolio piece on onboarding flows was genuinely lovely though.\n\nThanks for applying,\n{sig}\n{co}",
   ("Pocketgrove", "Stackwise"), ("pocketgrove", "stackwise"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Senior UX Writer", "Developer Advocate"), tz="cap", copies=2)
mr("workable-plain", "{role} at {co}",
   "Dear {name},\n\nYou put yourself forward for {role}, and we compared all applications. We won't be asking you into the next stage.\n\nWe hope you find the right position soon.\n\nThe {co} hiring team\n\nPowered by Workable",
   ("Saltmarsh Hospitality", "Kilnworth Studios"), ("saltmarshhotels", "kilnworth"), frm="{co} <noreply@workablemail.{dom}>", role=("Night Auditor", "Junior Motion Designer"), tz="ie", copies=2)
mr("bamboo-smallbiz", "About the {role} opening",
   "Hi {name},\n\nJust letting you know the {role} spot has gone to someone else. Appreciate you applying to {co} - hope something good turns up soon.\n\n{sig}\nOffice Manager",
   ("Brightwater Dental", "Hollins & Crewe Accountants"), ("brightwaterdental", "hollinscrewe"), frm="{co} <notifications@bamboohr.{dom}>", role=("Dental Receptionist", "Payroll Assistant"), tz="au", copies=2)
mr("jazz-oneliner", "{co}",
   "Thank you {name}. The {role} vacancy has been filled. - {co}",
   ("Redgum Landscapes", "Pitstop Tyres"), ("redgumlandscapes", "pitstoptyres"), frm="{co} <jobs@jazzhrmail.{dom}>", role=("Landscape Labourer", "Tyre Fitter"), tz="au", copies=2)
mr("recruitee-eu", "Your application: {role}",
   "Dear {name},\n\nThank you for applying to {co}. Your application for {role} has been read carefully and will not go further. We received many applications from across Europe and could only invite a few.\n\nFriendly greetings from Rotterdam,\nTalent team {co}",
   ("Havenlicht BV", "Koggeschip Logistics"), ("havenlicht", "koggeschip"), frm="{co} <jobs@recruitee-mail.{dom}>", role=("Partner Success Lead (EN/DE)", "Transport Planner"), tz="eu", copies=2)
mr("in-portal", "Application Status - {role} - {co}",
   "Dear {full},\n\nGreetings from {co}!\n\nYour profile for {role} has been reviewed by our recruitment panel. At present the requirement stands closed with other profiles, so your candidature stops at this stage.\n\nAll success in your career.\n\nRegards,\n{sig}\nTalent Acquisition Group\n{co}",
   ("Sahyadri Infotech Pvt Ltd", "Kaveri Fintech Solutions"), ("sahyadriinfotech", "kaverifintech"), frm="{sig} <{sl}@{dom}>", role=("Associate Software Engineer", "Credit Analyst"), tz="in", copies=2)
mr("ng-bank", "Your Application - {co}",
   "Dear {name},\n\nSelection for the {role} role at {co} is complete, and regrettably the final list doesn't include you.\n\nFresh vacancies appear on our careers page from time to time.\n\nYours faithfully,\nHuman Capital Management\n{co}",
   ("Ikoyi Trust Bank", "Delta Crest Insurance"), ("ikoyitrust", "deltacrest"), frm="{co} HCM <recruitment@{dom}>", role=("Relationship Officer", "Underwriting Trainee"), tz="ng", copies=2)
mr("sg-logistics", "{co} - {role}",
   "Hi {name},\n\nWe've gone through your application and it won't be proceeding further for {role}. Wishing you the best.\n\nRegards\nHR, {co}",
   ("Pasir Link Logistics Pte Ltd", "Merlion Facilities Pte Ltd"), ("pasirlink", "merlionfacilities"), frm="HR {co} <hr@{dom}>", role=("Warehouse Supervisor", "Facilities Executive"), tz="sg", copies=2)
# singles
mr("ca-bilingual", "{co}: {role} / {role}",
   "Hello {name} / Bonjour {name},\n\nYour application for {role} with {co} has been looked at. The hiring committee has selected other candidates to move forward and will not be interviewing you for this posting.\n\nMerci d'avoir postulé. Le comité a retenu d'autres personnes pour la suite du processus.\n\nHuman Resources / Ressources humaines",
   "Rivière-Rouge Credit Union", "riviererouge", frm="{co} <rh-hr@{dom}>", role="Member Service Advisor", tz="cae")
mr("za-retail", "{co} Careers: {role}",
   "Dear {name}\n\nShortlisting for {role} at {co} is concluded and you are not among those shortlisted. For other vacancies, a month's silence after closing carries the same answer.\n\nKind regards\n{co} Recruitment",
   "Karoo Fresh Markets", "karoofresh", frm="{co} Recruitment <careers@{dom}>", role="Store Bookkeeper", tz="za")
mr("au-council-agency", "Outcome: {role}",
   "G'day {name},\n\nCheers for the phone chat last week. The client's decided on another person for the {role} temp role, so I'll close this one off on my end.\n\nCheers,\n{sig}\n{co}",
   "Southern Cross Staffing", "southerncrossstaffing", role="Rates Officer (temp)", tz="au")
mr("ie-charity", "Your application to {co}",
   "Dear {name},\n\nMany thanks for going for the {role} post. The field was a strong one and, after shortlisting, the panel has not chosen to bring your application to interview.\n\nWe really value the interest in our work.\n\nIs mise le meas,\n{sig}\nHR & Volunteering, {co}",
   "Cairde Cois Cósta", "cairdecoiscosta", role="Community Outreach Worker", tz="ie")
mr("us-nonprofit-letter", "{role} - application outcome",
   "Dear {full},\n\nOn behalf of everyone at {co}, thank you for your wish to join our mission of getting fresh food to families across the county.\n\nWe were fortunate to hear from a great many applicants for the {role} role. After much deliberation, the position went to a candidate whose experience most closely fits where we are, and they have accepted.\n\nEvery page of your application was read by our hiring committee.\n\nWith gratitude,\n{sig}\nDirector of Operations\n\n{co} is committed to fairness in hiring and does not discriminate.",
   "Harvest Table Food Bank", "harvesttable", role="Volunteer Program Coordinator", tz="usm")
mr("de-nonnative", "Your application as {role}",
   "Dear Mr./Ms. {full},\n\nmany thanks for the application and your interest to our company. After careful check of the documents, our choice fell on another applicant. Following GDPR, your papers are erased after half a year.\n\nFor your further way we wish you much success.\n\nWith friendly greetings\n{sig}\nHuman Resources\n{co}",
   "Brenner Antriebstechnik GmbH", "brenner-antrieb", role="Export Sales Engineer", tz="eu")
mr("it-nonnative", "Application {role}",
   "Dear {name},\n\nwe thank you for considering our company. We have evaluated your profile with attention but at the moment it is not matching with the needs of the position of {role}. We remain available for possible future collaborations.\n\nBest regards\n{sig}\nHR Office - {co}",
   "Officine Valtrebbia S.r.l.", "valtrebbia", role="Mechanical Draftsperson", tz="eu")
mr("after-screen-pharma", "Following our call - {role}",
   "Hi {name},\n\nThanks again for chatting with me on Tuesday about the {role} role. I've compared notes with the hiring lead and, with GMP batch-record review being a big slice of the job from week one, we're going to progress candidates who've done that day to day. I appreciated your openness on the call.\n\nAll the best,\n{sig}\nTalent Partner, {co}",
   "Medwyn Biologics", "medwynbio", role="QA Associate", tz="uk")
mr("after-screen-tax", "{role}: after our screening call",
   "Hi {name},\n\nGood to speak yesterday. Having talked it over with the partner, the seat needs a person with a full cycle of US-Canada cross-border returns already behind them, run solo, so interviews are off the table from our side. Genuinely wish you well.\n\n{sig}\n{co}",
   "Whitlock Bower CPA", "whitlockbower", role="Senior Tax Associate", tz="cae")
mr("sms-cafe", "Re: job",
   "hi {name} its {sfirst} from {co}, sorry we gave the weekend shifts to someone else. thanks for dropping the cv in x",
   "The Copper Kettle", "copperkettlecafe", frm="{sig} <{sl}@{dom}>", tz="uk")
mr("ph-bpo-noted", "{co} Application Result",
   "Hello {name},\n\nGood day! Please be informed you did not pass the final interview for the {role} position. You may reapply after 90 days from today.\n\nThank you and God bless.\n\n{co} Recruitment",
   "Luzon Contact Hub", "luzoncontacthub", frm="{co} Recruitment <recruit@{dom}>", role="Customer Service Representative (Voice)", tz="ph")
mr("uk-uni-support", "Vacancy {ref}: {role}",
   "Dear {name},\n\nRe: {role}, vacancy reference {ref}\n\nShortlisting took place on {qday}. I'm sorry that your name wasn't among those called to interview this time.\n\nOur vacancies attract many applicants and the panel can only shortlist those who most fully meet the essential criteria.\n\nYours sincerely,\nRecruitment Team\n{co}",
   "University of Wexcombe", "wexcombe", frm="{co} Recruitment <jobs@{dom}>", role="Research Finance Officer", tz="uk")
# ---------------------------------------------------------------- mix: issue 11's kinds
# thread replies after interviews: someone else's hire, no negation
mr("thread-climbing", "RE: [EXT] Re: Route setter chat",
   "Hi {name},\n\nThanks for coming in and setting that problem on the training wall, the lads are still arguing about the crux. We've offered the route setter job to one of our regular members who's been volunteering on resets for two years, and she's said yes.\n\nCome climb with us anyway, first session's on me.\n\n{sfirst}\n\nFrom: {full}\nSent: {qday}\nTo: {sig}\nSubject: Re: Route setter chat\n\nThanks {sfirst}, really enjoyed today.",
   ("Gritstone Bouldering", "Overhang Climbing Centre"), ("gritstonebouldering", "overhangclimbing"), tz="uk", copies=2)
mr("thread-garden-centre", "Re: [EXT] Re: Plant area assistant",
   "Morning {name},\n\nSo nice meeting you on Saturday. We've gone with Margaret, who ran the houseplant corner at the old Wilkins nursery for years, so she'll be starting on the plant area next month.\n\nDo pop in for a coffee when you're passing.\n\n{sig}\n{co}\n\nOn {qday}, {full} wrote:\n> Really enjoyed walking the glasshouses with you!",
   ("Thornfield Garden Centre", "Meadowsweet Nurseries"), ("thornfieldgc", "meadowsweetnurseries"), tz="uk", copies=2)
mr("thread-startup-ops", "RE: [EXT] RE: [EXT] Ops lead - final round",
   "Hi {name},\n\nWriting personally rather than letting the system send something. After the final round we've asked Tomasz to join as our first operations lead; his background standing up a warehouse from zero was the deciding factor for where we are this year.\n\nI enjoyed every conversation and I'd happily make an intro or two if useful.\n\n{sig}\nCo-founder, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {qday}\nSubject: RE: [EXT] Ops lead - final round\n\nThanks for the chat with the board today.",
   ("Parcelkind", "Loopcrate"), ("parcelkind", "loopcrate"), tz="use", copies=2)
mr("thread-pharmacy", "Re: Re: Dispensary assistant",
   "Hi {name},\n\nThank you for the trial morning. Priya, our Saturday girl, has now finished her NVQ and we've given the dispensary assistant hours to her.\n\nAll the best with everything,\n{sig}\n{co}\n\nOn {qday} {full} <applicant@mail.example> wrote:\n> Just checking in after Thursday.",
   ("Hillcrest Pharmacy", "Bridge Street Chemist"), ("hillcrestpharmacy", "bridgestreetchemist"), tz="ie", copies=2)
mr("thread-orchestra", "RE: [EXT] Re: Orchestra librarian",
   "Dear {name},\n\nThank you for your day with us and for the marking-up exercise. The panel has appointed Eleanor Grisedale, who has been deputising in the library for the last season.\n\nWith every good wish,\n{sig}\nOrchestra Manager, {co}\n\n________________________________\nFrom: {full}\nSent: {qday}\nSubject: Re: Orchestra librarian",
   ("Northern Sinfonia Players", "Coastline Chamber Orchestra"), ("northernsinfonia", "coastlinechamber"), tz="uk", copies=2)
mr("thread-fwd-school", "Fwd: RE: [EXT] Re: Science technician",
   "{name} - see below from the head of science, sorry to be the bearer.\n\n{sig}\nSchool Business Manager\n\n---------- Forwarded message ---------\nFrom: Dr A. Whelan\nDate: {qday}\nSubject: RE: [EXT] Re: Science technician\n\nThanks all. We'll appoint Jordan, who already knows the prep room from covering Mrs Hale's leave. Please let the other two know.",
   ("Ashbourne Academy", "St Columba's College"), ("ashbourneacademy", "stcolumbas"), tz="uk", copies=2)
mr("thread-ng-clinic", "RE: [EXT] Re: Physiotherapist interview",
   "Dear {name},\n\nWe appreciated your visit to the clinic on Tuesday. Management has settled on Dr. Ifeanyi, who did his NYSC posting with us, for the physiotherapist role.\n\nWe wish you success.\n\n{sig}\nAdmin Officer, {co}",
   "Lekki Bone & Joint Clinic", "lekkibonejoint", tz="ng")
mr("thread-sg-tuition", "Re: [EXT] Re: Maths tutor (Sec 3/4)",
   "Hi {name},\n\nThanks for doing the demo lesson. Our centre director decided on Ms Tan, who's already teaching our Sec 1 classes, to take over the upper sec groups.\n\nCheers,\n{sig}\n{co}",
   "Bright Bridge Learning Centre", "brightbridgelearning", tz="sg")
mr("thread-in-agency", "RE: [EXT] RE: Content strategist - round 2",
   "Hi {name},\n\nThank you for the round 2 conversation with our head of content. The team has finalised an internal candidate from the Pune office for this position, who will be moving to Bengaluru next month.\n\nRegards,\n{sig}\n{co}",
   "Inkpot Digital Pvt Ltd", "inkpotdigital", tz="in")
mr("thread-au-winery", "Re: Cellar hand - vintage",
   "Hey {name},\n\nThanks heaps for coming out to the winery. We've locked in the two backpackers who did vintage with us last year for the cellar hand spots, they know the press already.\n\nEnjoy the vintage wherever you land,\n{sig}\n{co}\n\nOn {qday}, {full} wrote:\n> Keen to hear how you went with the decision.",
   "Ironbark Ridge Wines", "ironbarkridge", tz="au")
# clear refusals under long footers
mr("footer-uk-supermarket", "Your application to {co}",
   "Hi {name},\n\nAbout your application to be a {role}: every place at this store has now been filled, so this is where it ends for now.\n\nThanks,\n{co} Resourcing\n\n-----\nWhy work with us? Staff discount from your first shift | Matched pension | Free eye tests | Paid volunteering day\nLooking for something else? Switch on alerts to get new roles near you in your inbox.\nNeed this message in another format? Reply and ask for braille, audio or easy read.\n{co} Stores Ltd. Company no. 04418822. Registered office: Unit 4, Wharf Road, Doncaster.\nUnsubscribe | Privacy | Cookie settings",
   ("Greengage Foodstores", "Parkway Grocers"), ("greengagefood", "parkwaygrocers"), frm="{co} Resourcing <jobs@{dom}>", role=("Night Shelf Filler", "Bakery Colleague"), tz="uk", copies=2)
mr("footer-us-bank", "Update from {co} Careers",
   "Hi {name},\n\nHaving reviewed your qualifications for {role}, we're closing your application without an interview. Thanks for considering {co}.\n\nSign up to our Talent Network for matched openings.\nRecruiting scams: {co} never asks for payment or banking details during hiring. Report suspicious messages to fraud@{dom}.\n{co}: EOE, including disability and veterans. E-Verify participant.\nMember FDIC. Equal Housing Lender.\nSent by {co}, 200 Grand Ave, Des Moines, IA. Manage preferences.",
   ("Heartland Plains Bank", "Riverbend Savings"), ("heartlandplains", "riverbendsavings"), frm="{co} Careers <careers@{dom}>", role=("Universal Banker", "Loan Servicing Specialist"), tz="usc", copies=2)
mr("footer-in-it", "Application Update | {co}",
   "Dear {name},\n\nYour application for {role} will not move forward; the team has completed its selection.\n\n===\nLife at {co}: 40,000+ people | 22 countries | Great Place to Work certified\nUpcoming hiring drives: Chennai (Saturday), Hyderabad (next month)\nBEWARE OF FAKE OFFERS: {co} does not charge any fee at any stage. Verify openings only at careers.{dom}\nFind us on LinkedIn and Instagram\nAuto-generated mail, replies are not monitored.",
   ("Vyom Technologies Ltd", "Nalanda Systems"), ("vyomtech", "nalandasystems"), frm="{co} Careers <no-reply@{dom}>", role=("Cloud Support Engineer", "QA Automation Lead"), tz="in", copies=2)
mr("footer-ca-hospital", "{co} - {role}",
   "Dear {name},\n\nAbout {role}: someone has been hired and the posting is closing.\n\n---\n{co} is committed to an inclusive, barrier-free recruitment process. Accommodation is available upon request at every stage.\nWe respectfully acknowledge that we work on the traditional territories of the Musqueam, Squamish and Tsleil-Waututh Nations.\nCurrent openings | Life at {co} | Student placements | Privacy",
   "Fraser Delta Health", "fraserdeltahealth", frm="{co} Talent <talent@{dom}>", role="Unit Clerk", tz="cap")
mr("footer-za-board", "{role} - your application",
   "Hi {name},\n\nThe employer for {role} has reviewed applications and yours was unsuccessful.\n\nMore jobs matching your profile:\n- Debtors Clerk, Germiston\n- Admin Assistant, Centurion\n- Receptionist, Bryanston\nUpdate your CV | Career advice | Salary checker\nSent to registered {co} members. Unsubscribe.",
   "JobVeld", "jobveld", frm="{co} <alerts@{dom}>", role="Creditors Clerk", tz="za")
# hedged
mr("hedge-closer-shape", "{role} - {co}",
   "Hi {name},\n\nAppreciate your patience. Every shortlisted person for {role} has now been met, and a couple of people's experience is simply closer in shape to this year's workload. We'll be going with one of them.\n\nWarmly,\n{sig}\n{co}",
   ("Fairlight Publishing", "Oakleaf Learning"), ("fairlightpub", "oakleaflearning"), role=("Editorial Assistant", "Learning Designer"), tz="uk", copies=2)
mr("hedge-other-route", "Your {co} application",
   "Hi {name},\n\nA quick update on {role}: after some back and forth, leadership has opted to solve this one by extending an existing contractor's remit rather than adding a hire. Thanks again for the hours you put in with us.\n\n{sig}\n{co}",
   ("Bluewren Software", "Kestrel Civic Tech"), ("bluewrensoftware", "kestrelcivic"), role=("Technical Writer", "Data Analyst"), tz="au", copies=2)
mr("hedge-nonnative-es", "Process {role}",
   "Hello {name},\n\nwe thank you for participate in our selection process for {role}. The profiles of other candidates adjust more to the requirements that we are searching in this moment, for this reason we continue the process with them.\n\nMuch success to you in what comes next.\n\n{sig}\nTalent Team {co}",
   ("Grupo Almendral", "Tecnoplus Ibérica"), ("grupoalmendral", "tecnoplusiberica"), role=("Export Coordinator", "Support Engineer"), tz="eu", copies=2)
mr("hedge-ng-better", "Re: {role}",
   "Dear {name},\n\nThanks for your application. Other applicants presented profiles that suit the brief better, so we will be concluding with them.\n\nRegards,\n{sig}\n{co}",
   "Ajoke Foods Plc", "ajokefoods", role="Brand Executive", tz="ng")
mr("hedge-role-merged", "{role} update",
   "Hi {name},\n\nSmall update from our side: the {role} post has been folded into a wider role that one of our current team has picked up, so we're closing the recruitment. Thank you for applying.\n\nBest wishes,\n{sig}\n{co}",
   "Heddon Valley Trust", "heddonvalleytrust", role="Membership Officer", tz="uk")
mr("hedge-sg-suited", "Application for {role}",
   "Dear {name},\n\nThank you. We find that other candidates are better suited for the {role} role at this time and will be proceeding accordingly.\n\nBest regards,\n{sig}\nHR, {co}",
   "Kallang Medical Group", "kallangmedical", role="Clinic Assistant", tz="sg")
# recruiter follow-ups: decision plus another role
mr("rec-client-plus-role", "Following up - {role}",
   "Hi {name},\n\nGood chatting earlier. Like I mentioned on the phone, the client has gone with someone with more SAP FICO exposure for the {role} contract. But there's a 6-month finance systems role in Bristol that suits you better I think - hybrid, day rate a bit higher. Shall I put you forward?\n\n{sig}\n{co}",
   ("Hartwell Search", "Ledgerline Recruitment"), ("hartwellsearch", "ledgerline"), role=("Finance Systems Analyst", "Management Accountant"), tz="uk", copies=2)
mr("rec-ca-another", "Re: our call",
   "Hi {name}, after our call today: the hiring manager decided on an internal transfer for the {role} position, so that one's done. I do have a Calgary client looking for a scheduler on a pipeline project starting in six weeks, want me to send over the details?\n\n{sig}\n{co}",
   ("Maple North Talent", "Prairie Staffing Partners"), ("maplenorthtalent", "prairiestaffing"), role=("Project Controls Analyst", "Planner/Scheduler"), tz="cap", copies=2)
mr("rec-in-notice", "Regarding {role} requirement",
   "Hi {name},\n\nAs discussed on call, the client has closed the {role} position with a candidate who could join immediately - your 90 days notice was the issue. I have another opening with a Hyderabad product firm that can buy out notice, sharing JD shortly.\n\nThanks,\n{sig}\n{co}",
   "TalentKraft Consulting", "talentkraft", role="Java Backend Developer", tz="in")
mr("rec-za-another", "{role} feedback",
   "Hi {name}\n\nThanks for the call this morning. Unfortunately the client has offered the {role} role to another candidate. I have a similar opportunity in Durban with a logistics company, I'll WhatsApp you the spec.\n\n{sig}\n{co}",
   "Umhlanga Talent", "umhlangatalent", role="Fleet Controller", tz="za")
mr("rec-ie-another", "Quick update",
   "Hi {name}, as chatted, the bank went with their internal person for {role}. There's a Galway fintech looking for similar, shall I send your CV?\n\n{sig}\n{co}",
   "Shannonside Recruitment", "shannonsiderec", role="KYC Analyst", tz="ie")
# public sector
mr("pub-usajobs-minq", "Application status: {role}",
   "Dear {full},\n\nAnnouncement number: {ref}\nPosition: {role}\n\nHR has rated your application. From the answers you gave, you fall short of the basic qualification standard for this position: a year of specialized work equivalent to the grade below. This announcement is now closed to you.\n\nHR Office\n{co}",
   ("Department of Veterans Affairs Medical Center, Tomah", "US Forest Service, Region 6"), ("vahr", "fsjobs"), frm="{co} <no-reply@usajobs.{dom}>", role=("Supply Technician GS-2005-6", "Forestry Technician GS-0462-5"), tz="usc", copies=2)
mr("pub-nhs-interview", "Outcome of interview - {role}",
   "Dear {name},\n\nFollowing your interview for {role}, a different interviewee has been offered the post. If feedback would help, ask the recruiting manager within four weeks of this letter.\n\nRecruitment Services\n{co}",
   ("Northwold NHS Foundation Trust", "Fenland Community Health NHS Trust"), ("northwold-nhs", "fenland-nhs"), frm="{co} <recruitment@{dom}>", role=("Healthcare Assistant, Band 3", "Ward Clerk, Band 2"), tz="uk", copies=2)
mr("pub-au-state", "Recruitment outcome - {role}",
   "Dear {name},\n\nThe selection panel for {role} (reference {ref}) has completed its assessment. You were assessed as suitable but not recommended for appointment. Suitable applicants are kept in a pool for twelve months and may be offered similar roles.\n\nTalent Acquisition\n{co}",
   ("Department of Transport and Main Roads", "Department of Education Victoria"), ("tmr-jobs", "educationvic"), frm="{co} <recruitment@{dom}>", role=("Administration Officer AO3", "Business Support Officer VPS 3"), tz="au", copies=2)
mr("pub-ie-cancelled", "Competition {ref} - {role}",
   "Dear {name},\n\nA staffing review has led us to withdraw the competition for {role} (ref {ref}), and no one is to be appointed from it. We appreciate you applying to {co}.\n\nRecruitment Unit",
   "Local Authority of Laois-Offaly", "laoisoffaly", frm="{co} Recruitment <recruit@{dom}>", role="Clerical Officer", tz="ie")
mr("pub-ca-not-meet", "Process {ref}",
   "Dear {name},\n\nSelection process {ref}, {role}: after screening, your application does not meet the essential education criterion and has been screened out.\n\nPublic Service Resourcing\n{co}",
   "Fisheries and Oceans Canada", "dfo-recruit", frm="{co} <no-reply@gcjobs.{dom}>", role="Aquatic Science Technician", tz="cae")
# bare ATS statuses
mr("ats-bare-rejected", "Application status update",
   "Your application for {role} at {co} has been updated.\n\nCurrent status: Closed - not selected\n\nSee all of your applications at https://jobs.{dom}/candidate",
   ("Meridian Mobility", "Cobaltline Energy"), ("meridianmobility", "cobaltline"), frm="{co} <noreply@{dom}>", role=("Fleet Analyst", "Site Administrator"), tz="use", copies=2)
mr("ats-bare-closed", "{role} ({ref})",
   "Hi {name},\n{role}: your application's status now reads Unsuccessful.\n{co} Careers",
   ("Greyfriars Housing", "Kinloch Leisure"), ("greyfriarshousing", "kinlochleisure"), frm="{co} Careers <careers@{dom}>", role=("Lettings Negotiator", "Duty Manager"), tz="uk", copies=2)
mr("ats-in-status", "Candidate Status: {role}",
   "Dear Candidate,\n\nStatus: Rejected - Profile Not Matching\nJob: {role}\nReq ID: {ref}\n\n{co} Talent Acquisition",
   "Sunderban Pharma Ltd", "sunderbanpharma", frm="{co} <ta-noreply@{dom}>", role="Production Chemist", tz="in")
mr("ats-filled-line", "{co}",
   "Position filled. Your application for {role} is closed.",
   "Brindle Hotels", "brindlehotels", frm="{co} <noreply@{dom}>", role="Breakfast Chef", tz="uk")
# internship / graduate
mr("intern-us-engineering", "{co} Summer Internship Decision",
   "Hi {name},\n\nMore than 9,000 students applied for roughly 80 places in the {co} {year} summer engineering internship. After reviewing yours, we're unable to make you an offer this summer.\n\nDo try again next cycle.\n\nUniversity Recruiting, {co}",
   ("Altitude Aerospace", "Bright Meridian Semiconductors"), ("altitudeaero", "brightmeridian"), frm="{co} University Recruiting <campus@{dom}>", tz="usp", copies=2)
mr("grad-uk-scheme", "{co} Graduate Programme {year}",
   "Dear {name},\n\nWe've watched your video interview for the {co} Graduate Programme, and your journey ends before the assessment centre this year. The programme is highly competitive and we appreciate your effort.\n\nEarly Careers Team\n{co}",
   ("Harlow Rail Engineering", "Severn Utilities"), ("harlowrail", "severnutilities"), frm="{co} Early Careers <earlycareers@{dom}>", tz="uk", copies=2)
mr("intern-ng-it", "SIWES Placement - {co}",
   "Dear {name},\n\nWe got your request for a SIWES industrial training placement with {co}. Our slots for this session have been taken up and we are unable to place you.\n\nWishing you the best in your studies.\n\nHR Department",
   "Abuja Geodata Services", "abujageodata", frm="{co} HR <hr@{dom}>", tz="ng")
mr("intern-sg-poly", "Internship application - {co}",
   "Hi {name},\n\nOur mentors have gone through every polytechnic application this term, and yours isn't one we can place this round.\n\nAll the best for your studies,\n{co} Talent",
   "Tanjong Creative Labs", "tanjongcreative", frm="{co} Talent <talent@{dom}>", tz="sg")
# ---------------------------------------------------------------- mix: confirmations (refusal talk that has not happened)
mo("application_received", "wd-received-cond", "We have your application: {role}",
   "Hello {name},\n\nYour application for {role} (requisition {ref}) is in. The hiring team works through applicants in batches; if they decide not to go further with you, this requisition shows as inactive on your candidate home page and an email follows.\n\nPeople Team, {co}\n\nNobody reads replies sent here.",
   ("Brackenfield Water", "Ostler Freight Group"), ("brackenfieldwater", "ostlerfreight"), frm="{co} Talent <noreply@wd5.{dom}>", role=("Asset Data Officer", "Import Coordinator"), tz="uk", copies=2)
mo("application_received", "gh-received-either", "Thanks for applying to {co}",
   "Hi {name},\n\nYour {role} application is in! Someone on the team reads each one by hand. Whether it turns into a chat or a no, expect word from us in about three weeks.\n\nRecruiting at {co}",
   ("Lumenhaus", "Quayside Analytics"), ("lumenhaus", "quaysideanalytics"), frm="{co} Recruiting <no-reply@greenhouse-mail.{dom}>", role=("Brand Designer", "Data Platform Engineer"), tz="usp", copies=2)
mo("application_received", "lever-received-match", "{co}: application received",
   "Hi {name}, your {role} application is in. We reach out only where the team sees a fit; otherwise please take this as our thanks.\n\n{co}",
   ("Tinderbox Robotics", "Harvestline"), ("tinderboxrobotics", "harvestline"), frm="{co} <no-reply@hire.lever-mail.{dom}>", role=("Controls Engineer", "Account Executive"), tz="use", copies=2)
mo("application_received", "smartr-received-card", "Application received: {role}",
   "<html><body><table><tr><td><b>{co}</b></td></tr><tr><td>Hi {name},</td></tr><tr><td>Status for <b>{role}</b>: <span>Received</span></td></tr><tr><td>If the hiring manager doesn't shortlist you, this card will change to Not progressing. Nothing to do for now.</td></tr></table></body></html>",
   ("Ferrovia Components", "Maplestone Retail"), ("ferrovia", "maplestoneretail"), frm="{co} <mail@smartr.{dom}>", role=("Process Technician", "Store Planner"), tz="eu", copies=2)
mo("application_received", "icims-received-eeo", "Thank you for applying - {co}",
   "Dear {full},\n\nYour application for {role} is on file. Should the department not pick you for an interview, we email you once someone is hired. Status is visible in the candidate portal meanwhile.\n\nHuman Resources\n{co}\n\n{co}: equal opportunity employer.",
   ("Cedar Ridge Health System", "Valleybrook School District"), ("cedarridgehealth", "valleybrookschools"), frm="{co} <careers@icims.{dom}>", role=("Instrument Decontamination Tech", "Bus Aide"), tz="usc", copies=2)
mo("application_received", "taleo-received-committee", "{co} - Posting {ref} received",
   "Dear {full},\n\nYour materials for posting {ref}, {role}, were received. The search committee begins its review after the closing date. Candidates the committee passes over will be told once a hire is made; those selected will be contacted for a campus visit.\n\nOffice of Human Resources, {co}",
   ("Northgate State University", "Prairie Hollow College"), ("northgatestate", "prairiehollow"), frm="{co} HR <hr-noreply@taleo.{dom}>", role=("Academic Advisor", "Library Technician"), tz="usc", copies=2)
mo("application_received", "ashby-received-silence", "Got it - {role}",
   "Hey {name},\n\nGot your application for {role}, thanks! Honest heads-up: there are five of us, so a month of quiet most likely means the role went elsewhere. We'll try to send a note regardless.\n\n{sig}\n{co}",
   ("Pocketgrove", "Stackwise"), ("pocketgrove", "stackwise"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Content Designer", "Solutions Engineer"), tz="cap", copies=2)
mo("application_received", "workable-received-pool", "{co} received your application",
   "Dear {name},\n\nYour application for {role} reached us and gets a look within two weeks. If this one falls through, your profile could sit in our talent pool, ready for similar openings (reply STOP if not).\n\nThe {co} hiring team",
   ("Saltmarsh Hospitality", "Kilnworth Studios"), ("saltmarshhotels", "kilnworth"), frm="{co} <noreply@workablemail.{dom}>", role=("Front Office Agent", "3D Generalist"), tz="ie", copies=2)
mo("application_received", "bamboo-received-small", "Thanks for applying - {co}",
   "Hi {name},\n\nYour application for the {role} job landed safely. We're a small practice and only reply to those we're inviting in. Good luck!\n\n{co}",
   ("Brightwater Dental", "Hollins & Crewe Accountants"), ("brightwaterdental", "hollinscrewe"), frm="{co} <notifications@bamboohr.{dom}>", role=("Trainee Dental Nurse", "Bookkeeper"), tz="au", copies=2)
mo("application_received", "recruitee-received", "We received your application",
   "Dear {name},\n\nThanks for your application for {role} at {co}. Within ten working days you'll have our answer, positive or negative.\n\nFriendly greetings,\nTalent team {co}",
   ("Havenlicht BV", "Koggeschip Logistics"), ("havenlicht", "koggeschip"), frm="{co} <jobs@recruitee-mail.{dom}>", role=("Partner Manager", "Customs Specialist"), tz="eu", copies=2)
mo("application_received", "in-portal-received", "Application Acknowledgement - {co}",
   "Dear {full},\n\nGreetings from {co}!\n\nYour application for {role} has reached us. Shortlisted candidates will be intimated by email; others may not get separate intimation. This mailbox is unattended.\n\nTalent Acquisition Group",
   ("Sahyadri Infotech Pvt Ltd", "Kaveri Fintech Solutions"), ("sahyadriinfotech", "kaverifintech"), frm="{co} <careers@{dom}>", role=("Graduate Engineer Trainee", "Collections Risk Analyst"), tz="in", copies=2)
mo("application_received", "ng-bank-received", "Application Received - {co}",
   "Dear {name},\n\nYour {role} application has been received. The aptitude test invitation goes to shortlisted applicants alone; six weeks of silence means it was not taken further this time.\n\nHuman Capital Management",
   ("Ikoyi Trust Bank", "Delta Crest Insurance"), ("ikoyitrust", "deltacrest"), frm="{co} HCM <recruitment@{dom}>", role=("Graduate Trainee", "Claims Officer"), tz="ng", copies=2)
mo("application_received", "footer-received-uk", "Your store application is with us",
   "Hello {name},\n\nYour application to join us as a {role} is with the store team this week. If they decide against an interview, we'll write, and your details are removed after 6 months.\n\n{co} Resourcing\n-----\nStaff discount from your first shift | Pension | Job alerts\n{co} Stores Ltd, company no. 05527310.",
   ("Greengage Foodstores", "Parkway Grocers"), ("greengagefood", "parkwaygrocers"), frm="{co} Resourcing <jobs@{dom}>", role=("Customer Assistant", "Delivery Driver"), tz="uk", copies=2)
mo("application_received", "usajobs-received", "Application received: {role}",
   "Dear {full},\n\nAnnouncement {ref}: we have your application for {role}. Once the announcement closes, HR rates eligibility and qualifications and decides whether to refer your name to the selecting official. Status shows in your USAJOBS account, and a notice follows whichever way it goes.\n\nHuman Resources Office, {co}",
   ("Department of Veterans Affairs Medical Center, Tomah", "US Forest Service, Region 6"), ("vahr", "fsjobs"), frm="{co} <no-reply@usajobs.{dom}>", role=("Medical Records Technician GS-0675-5", "Biological Science Technician GS-0404-5"), tz="usc", copies=2)
mo("application_received", "nhs-received", "Application received - {role}",
   "Dear {name},\n\nYour application for {role} is safely with us. Shortlisting follows the closing date. Three weeks after closing with no word from us means you were not shortlisted this time.\n\nRecruitment Services, {co}",
   ("Northwold NHS Foundation Trust", "Fenland Community Health NHS Trust"), ("northwold-nhs", "fenland-nhs"), frm="{co} <recruitment@{dom}>", role=("Phlebotomist, Band 2", "Receptionist, Band 2"), tz="uk", copies=2)
mo("application_received", "intern-received", "We've received your internship application",
   "Hi {name},\n\nYour {co} {year} summer internship application is in. Decisions go out by the end of January; you'll get an interview invitation or a final decision by email, never both at once, and not before then.\n\nUniversity Recruiting",
   ("Altitude Aerospace", "Bright Meridian Semiconductors"), ("altitudeaero", "brightmeridian"), frm="{co} University Recruiting <campus@{dom}>", tz="usp", copies=2)
mo("application_received", "rec-received-client", "CV sent to client - {role}",
   "Hi {name},\n\nConfirming your CV is with the client for {role}. If they pass, I'll phone you personally - no wondering where things stand - no ghosting from me.\n\n{sig}\n{co}",
   ("Hartwell Search", "Ledgerline Recruitment"), ("hartwellsearch", "ledgerline"), role=("Finance Business Partner", "Credit Controller"), tz="uk", copies=2)
# singles
mo("application_received", "ca-bilingual-received", "{co}: application received / candidature reçue",
   "Hello {name},\n\nYour application for {role} reached us. Applicants left out of interviews get an email from us once the posting has closed.\n\nVotre dossier nous est parvenu. Nous vous écrirons quelle que soit l'issue.\n\nHuman Resources / Ressources humaines",
   "Rivière-Rouge Credit Union", "riviererouge", frm="{co} <rh-hr@{dom}>", role="Financial Services Officer", tz="cae")
mo("application_received", "za-received-30days", "{co} Careers: we've received your CV",
   "Dear {name}\n\nYour CV for {role} is in. Please note: no contact within 30 days of closing means the application was unsuccessful.\n\n{co} Recruitment",
   "Karoo Fresh Markets", "karoofresh", frm="{co} Recruitment <careers@{dom}>", role="Receiving Clerk", tz="za")
mo("application_received", "ie-charity-received", "Application received - {co}",
   "Dear {name},\n\nThanks a million for your application for {role}. The panel will shortlist in a fortnight. Called to interview or not, a letter reaches you - nobody here likes leaving people guessing.\n\n{sig}, {co}",
   "Cairde Cois Cósta", "cairdecoiscosta", role="Youth Worker", tz="ie")
mo("application_received", "de-nonnative-received", "Confirmation of your application",
   "Dear Mr./Ms. {full},\n\nhereby we confirm your application as {role} arrived. We will check the documents and answer you during the coming weeks. In case of a refusal, your papers are erased after half a year.\n\nWith friendly greetings\nHuman Resources, {co}",
   "Brenner Antriebstechnik GmbH", "brenner-antrieb", role="Service Technician", tz="eu")
mo("application_received", "sg-received", "Application received - {co}",
   "Hi {name},\n\nYour application for {role} is in. We contact shortlisted candidates only, and hold resumes for half a year for other suitable positions.\n\nHR, {co}",
   "Pasir Link Logistics Pte Ltd", "pasirlink", frm="HR {co} <hr@{dom}>", role="Inventory Executive", tz="sg")
mo("application_received", "au-state-received", "Application lodged - {role}",
   "Dear {name},\n\nYour application for {role} (reference {ref}) has been lodged. The panel will assess applications after closing; applicants found suitable but not appointed may be placed in a talent pool. A letter with the outcome follows whatever it is.\n\nTalent Acquisition, {co}",
   "Department of Transport and Main Roads", "tmr-jobs", frm="{co} <recruitment@{dom}>", role="Customer Service Officer AO2", tz="au")
mo("application_received", "ie-council-received", "Competition {ref}: application received",
   "Dear {name},\n\nYour application for {role} has arrived. Shortlisting may be carried out using the information you supplied. Those who don't progress will be informed after shortlisting.\n\nRecruitment Unit, {co}",
   "Local Authority of Laois-Offaly", "laoisoffaly", frm="{co} Recruitment <recruit@{dom}>", role="Executive Engineer", tz="ie")
mo("application_received", "grad-received", "{co} Graduate Programme - next steps after you apply",
   "Dear {name},\n\nYour application to the {co} Graduate Programme is complete. Your online test results decide whether you progress to the video interview; an answer follows, good or bad, ten working days after you finish them.\n\nEarly Careers Team",
   "Harlow Rail Engineering", "harlowrail", frm="{co} Early Careers <earlycareers@{dom}>", tz="uk")
mo("application_received", "ph-bpo-received", "{co} Application Received",
   "Hello {name}! Good day! Your application for {role} has been received. Our recruiters will text you if you qualify for initial interview. No text within 7 days means we have no matching opening yet.\n\n{co} Recruitment",
   "Luzon Contact Hub", "luzoncontacthub", frm="{co} Recruitment <recruit@{dom}>", role="Technical Support Representative", tz="ph")
mo("application_received", "uni-received", "Vacancy {ref}: application received",
   "Dear {name},\n\nYour application for {role} has been received. Shortlisting happens in the fortnight following the close. We cannot always write to applicants who aren't shortlisted; if that fortnight passes quietly, take it that the answer is no.\n\nRecruitment Team, {co}",
   "University of Wexcombe", "wexcombe", frm="{co} Recruitment <jobs@{dom}>", role="Student Records Assistant", tz="uk")
mo("application_received", "cafe-received", "Re: job",
   "hi {name} got your cv thanks! we'll let u know by friday, if u don't hear it's prob cos we've filled it x {sfirst}",
   "The Copper Kettle", "copperkettlecafe", tz="uk")
mo("application_received", "startup-received-founder", "Re: Ops lead",
   "Hi {name},\n\nThanks for sending this across. I'm reading every application myself this week. If we decide not to meet, I'll tell you directly rather than let you wonder.\n\n{sig}\nCo-founder, {co}",
   "Loopcrate", "loopcrate", tz="use")
mo("application_received", "nonprofit-received", "We received your application",
   "Dear {name},\n\nYour application for {role} at {co} is with us. We will close the loop with every applicant, whatever the outcome, once the position is filled.\n\nWith gratitude,\n{sig}",
   "Harvest Table Food Bank", "harvesttable", role="Warehouse Coordinator", tz="usm")
mo("application_received", "in-it-received-footer", "Application Received | {co}",
   "Dear {name},\n\nRegistered: your {role} application. Our team will go through it; a profile that doesn't suit the present requirement stays with us for later openings.\n\n===\nBEWARE OF FAKE OFFERS: {co} does not charge any fee at any stage.\nAuto-generated mail, replies are not monitored.",
   "Vyom Technologies Ltd", "vyomtech", frm="{co} Careers <no-reply@{dom}>", role="Platform Reliability Engineer", tz="in")
mo("application_received", "ats-bare-received", "Application status update",
   "Your application for {role} at {co} has been updated.\n\nCurrent status: Submitted\n\nView your applications: https://jobs.{dom}/candidate",
   "Meridian Mobility", "meridianmobility", frm="{co} <noreply@{dom}>", role="Pricing Analyst", tz="use")
mo("application_received", "rec-in-received", "Profile shared - {role}",
   "Hi {name},\n\nYour profile is shared with the client for {role}. If the client says no, I'll tell you myself and we'll go through other openings together.\n\n{sig}\n{co}",
   "TalentKraft Consulting", "talentkraft", role="Data Engineer", tz="in")
# ---------------------------------------------------------------- mix: interview / next steps / offer / other
mo("interview", "thread-climbing-invite", "RE: [EXT] Re: Route setter chat",
   "Hi {name},\n\nLoved your application. Are you free on {due} around 10 and set one problem on the training wall while we watch? Bring shoes, we've got chalk.\n\n{sfirst}\n\nFrom: {full}\nSent: {qday}\nSubject: Re: Route setter chat",
   ("Gritstone Bouldering", "Overhang Climbing Centre"), ("gritstonebouldering", "overhangclimbing"), tz="uk", copies=2)
mo("interview", "gh-schedule", "Let's talk: {role} at {co}",
   "Hi {name},\n\nThe team would like a conversation with you about {role}. Please pick a 45-minute slot before {due} using the link below. Unfortunately we can't hold slots after that date as the panel travels.\n\nhttps://schedule.{dom}/{ref}\n\n{sig}, Recruiting",
   ("Lumenhaus", "Quayside Analytics"), ("lumenhaus", "quaysideanalytics"), frm="{sig} <no-reply@greenhouse-mail.{dom}>", role=("Product Designer, Growth", "Analytics Engineer"), tz="usp", copies=2)
mo("interview", "nhs-invite", "Invitation to interview - {role}",
   "Dear {name},\n\nYou have been shortlisted for {role}. Interviews take place on {due}. Please confirm your attendance within 48 hours; if we don't hear from you, the slot may be offered to another candidate.\n\nRecruitment Services, {co}",
   ("Northwold NHS Foundation Trust", "Fenland Community Health NHS Trust"), ("northwold-nhs", "fenland-nhs"), frm="{co} <recruitment@{dom}>", role=("Healthcare Assistant, Band 3", "Ward Clerk, Band 2"), tz="uk", copies=2)
mo("interview", "in-round2", "Interview Schedule - {role} - {co}",
   "Dear {full},\n\nGreetings! Your profile is shortlisted for the technical round for {role} on {due}, 11:00 AM IST via Teams. Unfortunately rescheduling will not be possible as panel availability is limited. Kindly confirm.\n\nRegards,\n{sig}",
   ("Sahyadri Infotech Pvt Ltd", "Kaveri Fintech Solutions"), ("sahyadriinfotech", "kaverifintech"), role=("Associate Software Engineer", "Credit Analyst"), tz="in", copies=2)
mo("interview", "rec-reschedule-unfortunately", "Re: interview time",
   "Hi {name}, unfortunately the hiring manager's been pulled into a board meeting so your {role} interview has to shift to {due}, same hour. Apologies for the reshuffle - does that still work?\n\n{sig}\n{co}",
   ("Hartwell Search", "Ledgerline Recruitment"), ("hartwellsearch", "ledgerline"), role=("Finance Systems Analyst", "Management Accountant"), tz="uk", copies=2)
mo("interview", "pharmacy-trial", "Re: Re: Dispensary assistant",
   "Hi {name},\n\nThanks for your letter. Would a trial morning suit, on {due} from 9? Wear something comfortable.\n\n{sig}\n{co}",
   "Hillcrest Pharmacy", "hillcrestpharmacy", tz="ie")
mo("interview", "ng-clinic-invite", "Interview Invitation - Physiotherapist",
   "Dear {name},\n\nYou are invited for an oral interview at our Lekki office on {due} by 10am. Bring your original certificates and practising licence.\n\n{sig}\nAdmin Officer, {co}",
   "Lekki Bone & Joint Clinic", "lekkibonejoint", tz="ng")
mo("interview", "sg-demo-lesson", "Re: Maths tutor (Sec 3/4)",
   "Hi {name},\n\nThanks for applying! Can you do a 20-min demo lesson on quadratic graphs on {due} at 4pm? Our Sec 3 kids will be there.\n\n{sig}\n{co}",
   "Bright Bridge Learning Centre", "brightbridgelearning", tz="sg")
mo("interview", "orchestra-invite", "Orchestra librarian - interview",
   "Dear {name},\n\nThe panel invites you to an interview on {due}. There will be a short practical exercise marking up bowings in a set of parts.\n\n{sig}\nOrchestra Manager, {co}",
   "Coastline Chamber Orchestra", "coastlinechamber", tz="uk")
mo("interview", "winery-phone", "Re: Cellar hand - vintage",
   "Hey {name}, got your email. Give me a ring on {due} arvo and we'll have a yarn about vintage.\n\n{sig}\n{co}",
   "Ironbark Ridge Wines", "ironbarkridge", tz="au")
mo("next_steps", "wd-assessment", "Next step for {role}: online assessment",
   "Hello {name},\n\nPlease complete the online assessment for {role} by {due}. Assessments not completed by then will withdraw the application automatically.\n\nPeople Team, {co}",
   ("Brackenfield Water", "Ostler Freight Group"), ("brackenfieldwater", "ostlerfreight"), frm="{co} Talent <noreply@wd5.{dom}>", role=("Network Planning Analyst", "Customs Entry Clerk"), tz="uk", copies=2)
mo("next_steps", "ashby-takehome", "Take-home for {role}",
   "Hey {name},\n\nNext up is a small take-home (about three hours). Please send it by {due}. Anything arriving late with no word from you can't go to the reviewers, so do shout if you need more time.\n\n{sig}\n{co}",
   ("Pocketgrove", "Stackwise"), ("pocketgrove", "stackwise"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Senior UX Writer", "Developer Advocate"), tz="cap", copies=2)
mo("next_steps", "usajobs-docs", "Action required: {role}",
   "Dear {full},\n\nYou have been tentatively selected for {role}. Please upload your transcripts and complete Form OF-306 by {due}. Failure to submit may result in the tentative offer being rescinded.\n\nHuman Resources Office, {co}",
   ("Department of Veterans Affairs Medical Center, Tomah", "US Forest Service, Region 6"), ("vahr", "fsjobs"), frm="{co} <no-reply@usajobs.{dom}>", role=("Supply Technician GS-2005-6", "Forestry Technician GS-0462-5"), tz="usc", copies=2)
mo("next_steps", "ng-aptitude", "Aptitude Test - {co}",
   "Dear {name},\n\nCongratulations, you've been picked for the online aptitude test for {role}. The test link expires on {due}. Candidates who do not attempt the test before expiry will not be considered further.\n\nHuman Capital Management",
   ("Ikoyi Trust Bank", "Delta Crest Insurance"), ("ikoyitrust", "deltacrest"), frm="{co} HCM <recruitment@{dom}>", role=("Relationship Officer", "Underwriting Trainee"), tz="ng", copies=2)
mo("next_steps", "references", "References for {role}",
   "Hi {name},\n\nThe panel were pleased with your interview. Next, please send two referees' contact details by {due}.\n\n{sig}\n{co}",
   "Heddon Valley Trust", "heddonvalleytrust", role="Membership Officer", tz="uk")
mo("next_steps", "in-docs", "Document Submission - {co}",
   "Dear {full},\n\nKindly upload your degree certificates, recent three months' salary slips and the relieving letter on the portal by {due} so that your {role} candidature can move ahead.\n\nRegards,\n{sig}",
   "Vyom Technologies Ltd", "vyomtech", role="Cloud Support Engineer", tz="in")
mo("next_steps", "video-interview", "Recorded interview: {role}",
   "Hi {name},\n\nFor {role}, please film your answers to three short questions (up to two minutes each). The link closes on {due}.\n\n{co} Early Careers",
   "Severn Utilities", "severnutilities", frm="{co} Early Careers <earlycareers@{dom}>", role="Graduate Engineer", tz="uk")
mo("next_steps", "au-bgcheck", "Pre-employment checks",
   "Hi {name},\n\nNice work - next up are pre-employment checks for {role}. Please complete the National Police Check link by {due}.\n\n{sig}\n{co}",
   "Department of Education Victoria", "educationvic", role="Business Support Officer VPS 3", tz="au")
mo("offer", "thread-offer", "RE: [EXT] Re: Plant area assistant",
   "Hi {name},\n\nWe're offering you the plant area assistant job, 30 hours a week from the start of next month. I'll post the contract. Welcome aboard!\n\n{sig}\n{co}",
   ("Thornfield Garden Centre", "Meadowsweet Nurseries"), ("thornfieldgc", "meadowsweetnurseries"), tz="uk", copies=2)
mo("offer", "in-offer", "Offer Letter - {role}",
   "Dear {full},\n\nCongratulations! {co} offers you the {role} role at CTC INR 9.6 LPA. The letter is attached; kindly send your acceptance by {due}.\n\nRegards,\n{sig}\nTalent Acquisition Group",
   ("Sahyadri Infotech Pvt Ltd", "Kaveri Fintech Solutions"), ("sahyadriinfotech", "kaverifintech"), role=("Associate Software Engineer", "Credit Analyst"), tz="in", copies=2)
mo("offer", "cafe-offer", "Re: job",
   "hi {name} u got the weekend shifts!! can u start sat 8am? {sfirst} x",
   "The Copper Kettle", "copperkettlecafe", tz="uk")
mo("offer", "za-offer", "Offer of employment - {role}",
   "Dear {name}\n\n{co} offers you a fixed-term contract as {role} starting the 1st of next month. Kindly sign the attached; we need it back by {due}.\n\n{co} Recruitment",
   "Karoo Fresh Markets", "karoofresh", role="Store Bookkeeper", tz="za")
mo("offer", "sg-offer", "Letter of offer - {role}",
   "Hi {name},\n\nWe'd like you in the {role} role. Letter attached; kindly sign and email back by {due}.\n\nHR, {co}",
   "Kallang Medical Group", "kallangmedical", role="Clinic Assistant", tz="sg")
mo("offer", "intern-offer", "Your {co} internship offer",
   "Hi {name},\n\nCongratulations! A place on the {co} {year} summer engineering internship is yours. Accept it in the portal by {due}.\n\nUniversity Recruiting",
   "Bright Meridian Semiconductors", "brightmeridian", frm="{co} University Recruiting <campus@{dom}>", tz="usp")
mo("other_job", "ats-inreview", "Application status update",
   "Your application for {role} at {co} has been updated.\n\nCurrent status: In review\n\nView your applications: https://jobs.{dom}/candidate",
   ("Meridian Mobility", "Cobaltline Energy"), ("meridianmobility", "cobaltline"), frm="{co} <noreply@{dom}>", role=("Fleet Analyst", "Site Administrator"), tz="use", copies=2)
mo("other_job", "withdrawn", "You withdrew your application",
   "Hi {name},\n\nDone: your application for {role} is withdrawn, as requested. Should you reconsider, a fresh application is fine while the role is live.\n\n{co} Careers",
   ("Greyfriars Housing", "Kinloch Leisure"), ("greyfriarshousing", "kinlochleisure"), frm="{co} Careers <careers@{dom}>", role=("Lettings Negotiator", "Duty Manager"), tz="uk", copies=2)
mo("other_job", "panel-delay", "{role}: timing update",
   "Dear {name},\n\nShortlisting for {role} has been delayed by two weeks as a panel member is on leave. Nothing has been decided yet; expect word after that.\n\nRecruitment Team, {co}",
   "University of Wexcombe", "wexcombe", role="Research Finance Officer", tz="uk")
mo("other_job", "usajobs-referred", "Application status: {role}",
   "Dear {full},\n\nAnnouncement {ref}: you were rated qualified and your name went forward; the selecting official is now looking at your application. A notice about the final decision will follow.\n\nHuman Resources Office, {co}",
   "US Forest Service, Region 6", "fsjobs", frm="{co} <no-reply@usajobs.{dom}>", role="Forestry Technician GS-0462-5", tz="usc")
mo("job_alert", "za-alert", "New jobs for you on {co}",
   "Hi {name},\n\nFive fresh jobs fit your alert 'admin, Johannesburg':\n- Office Administrator, Midrand\n- Creditors Clerk, Sandton\n- Reception and Admin, Randburg\nApply now | Edit alert | Unsubscribe",
   "JobVeld", "jobveld", frm="{co} <alerts@{dom}>", tz="za")
mo("job_alert", "in-alert", "Jobs recommended for you",
   "Hi {name}, 8 jobs in Bengaluru match your profile: Java Developer (3-6 yrs), Backend Engineer, Platform Engineer and more. Login to view and apply. {co}",
   "NaukriBazaar", "naukribazaar", frm="{co} <alerts@{dom}>", tz="in")
mo("recruiter_outreach", "uk-pitch", "Senior finance role - open to a chat?",
   "Hi {name},\n\nYour profile caught my eye: I have a Head of FP&A role with a Leeds manufacturer that I think fits you well. Open to a 10-minute chat this week?\n\n{sig}\n{co}",
   "Hartwell Search", "hartwellsearch", tz="uk")
mo("recruiter_outreach", "ng-pitch", "Opportunity - {role}",
   "Hi {name}, I'm currently recruiting a {role} for a fast-growing fintech in Yaba. Would you be interested? Happy to share more.\n\n{sig}\n{co}",
   "Eko Talent Partners", "ekotalent", role="Product Manager", tz="ng")
mo("non_job_rejection_words", "flat-let", "Re: viewing - 2 bed flat, Rathmines",
   "Hi {name}, thanks for making it to Saturday's viewing. The landlord has decided to let the flat to another applicant. Hope you find somewhere soon.\n\n{sig}\n{co} Lettings",
   "Canalside", "canalsidelettings", tz="ie")
mo("non_job_rejection_words", "loan-declined", "Your car loan application",
   "Dear {name},\n\nWe've assessed your car loan request and it has been declined for now. The chief reasons are available on request.\n\n{co} Lending",
   "Brightbank Mutual", "brightbankmutual", tz="au")
mo("non_job_rejection_words", "grant-refused", "Small arts grant - outcome",
   "Dear {name},\n\nWith 140 applications this round, the community arts fund panel has not funded yours.\n\n{co} Arts Council",
   "Harbourtown", "harbourtownarts", tz="sg")
mo("non_job_rejection_words", "club-place", "Junior rowing squad",
   "Hi {name}, thank you for your son's trial at the boat club. We've filled the junior squad places for this season but have put him on the waiting list.\n\n{sig}\nJunior Captain, {co}",
   "Riverside Rowing Club", "riversiderowing", tz="za")
mo("other_job", "role-on-hold", "{role} - on hold",
   "Hi {name},\n\nA heads-up that {role} is on hold while our budget for next quarter is confirmed. Your application remains live and undecided; we'll write again when hiring restarts.\n\n{sig}\n{co}",
   "Cobaltline Energy", "cobaltline", role="Site Administrator", tz="use")
# ---------------------------------------------------------------- wide: English refusals of new trades and channels
wr("glassblower-dm", "New message from {co}",
   "{co} sent you a message:\n\n\"Hi {name}! Thanks for the interest in the hot shop assistant gig. We've taken on a student from the glass course at the art college, so we're sorted for this season. Come to the open studio day though!\"\n\nReply in the app.",
   "Molten Hollow Glass", "moltenhollow", frm="{co} via Makersboard <messages@makersboard.{dom}>", tz="uk")
wr("stained-glass-postcard", "Scanned mail: 1 item",
   "Your mailroom scanned 1 item for you.\n\nItem text (auto-transcribed):\nDear {name}, your letter about the apprenticeship in our leaded-light workshop reached me. I have taken on my nephew who has worked alongside me since school, so the bench is full. With good wishes, {sig}, {co}.",
   "Lantern Pane Studio", "lanternpane", frm="Mailroom Scan <scan@postbox.{dom}>", tz="uk")
wr("tower-crane-lms", "Course result: Tower Crane Operator Trainee",
   "Hi {name},\n\nYour result for the tower crane operator trainee assessment is in: the practical was marked Not Yet Competent, so we can't place you in the trainee intake this year. You may re-sit after six months.\n\n{co} Training Portal",
   "Skyhook Lifting Academy", "skyhooklifting", frm="{co} <lms@{dom}>", tz="au")
wr("letterpress-guestbook", "Reply to your enquiry",
   "Hi {name}, thanks for signing our visitors' book and asking about the printing assistant job. We've found someone from the print guild, so it's filled now. Do come to a wayzgoose. - {sig}, {co}",
   "Chase & Quoin Press", "chasequoin", tz="uk")
wr("mosaic-restorer-tender", "Subcontract: mosaic floor conservation",
   "Dear {name},\n\nThank you for your tender for the conservation of the Roman-style mosaic floor in the east hall. The committee has awarded the work to a practice with experience on scheduled monuments, and your submission has not been taken forward.\n\n{sig}\nClerk to the Trustees, {co}",
   "Wellingham Villa Trust", "wellinghamvilla", tz="uk")
wr("audiology-assistant-portal", "Clinic portal: message from Hiring",
   "Portal message\nFrom: Hiring, {co}\n\nHi {name}, we've appointed an assistant who's already done the hearing-aid repairs course for the audiology assistant vacancy. Thanks for applying.",
   "Clearsound Hearing", "clearsoundhearing", frm="{co} Portal <portal@{dom}>", tz="nz")
wr("orthotics-tech-fax", "Fax received from 0161 555 0192",
   "FAX - 1 page\nTo: {full}\nRe: Orthotic Technician vacancy\n\nRe your application: the vacancy was filled from our internal bench-hand staff. Regards, {sig}, Workshop Manager, {co}",
   "Northcote Orthotics", "northcoteorthotics", frm="Fax2Mail <fax@faxrelay.{dom}>", tz="uk")
wr("icecream-van-text", "Fwd: text from Dave",
   "forwarding this from my phone\n\n-- Sent from {co}: hi {name} sorry mate, I gave the summer van round to my cousin. cheers for asking",
   "Frosty Pete's Rounds", "vanrounds", frm="{full} <me@{dom}>", tz="uk")
wr("lobster-deckhand-radio", "Harbourmaster notice board",
   "Notice posted to the harbour board:\n\n{name} - the {co} has its deckhand for the season now (Jimmy's lad), so no need to come down Monday. Ta for putting your name up. - skipper {sfirst}",
   "Morwenna Jane", "harbourboard", frm="Harbour Board <board@{dom}>", tz="uk")
wr("cider-picker-signup", "Apple picking crew",
   "Hi {name}, our autumn picking crew filled up within a day of posting, so there's no space for you this year. Sign-up for next season opens in August.\n\n{co}",
   "Tump Orchard Cider", "tumporchard", tz="uk")
wr("lavender-harvest-form", "Harvest helper form: response",
   "Response to your form submission\n\nName: {full}\nRole: Lavender harvest helper\nResponse: Team complete for this July, thank you. We keep the form open for next year.\n\n{co}",
   "Blue Furrow Lavender", "bluefurrow", frm="{co} Forms <forms@{dom}>", tz="au")
wr("bat-survey-consultancy", "Seasonal bat surveyor",
   "Hi {name},\n\nThanks for applying to join our seasonal emergence survey team. As you don't hold a Natural England class licence yet, we've filled the places with licensed surveyors this summer.\n\n{sig}\nSenior Ecologist, {co}",
   "Hedgerow Ecology", "hedgerowecology", tz="uk")
wr("glacier-guide-nz", "Guide intake {year}",
   "Kia ora {name},\n\nThe trainee glacier guide intake drew many applicants, and assessment week filled with people already holding NZMGA rock and alpine qualifications. You have not been selected.\n\nNgā mihi,\n{sig}\n{co}",
   "Ice Valley Guiding", "icevalleyguiding", tz="nz")
wr("showcave-guide-calendar", "Declined: Show cave guide - trial tour",
   "{sig} has declined this invitation.\n\nNote from organiser: Sorry {name}, we've filled the tour guide spot for the season so I'm cancelling our trial tour.\n\nInvitation from {co} Calendar",
   "Ogof Ddu Show Caves", "ogofddu", frm="{co} Calendar <calendar-notification@{dom}>", tz="uk")
wr("heritage-railway-newsletter", "Footplate crew: trainee fireman",
   "Dear {name},\n\nFrom the loco department: we had far more volunteers for trainee fireman than we can put through the footplate course this winter, and your name hasn't been drawn for the course. You're welcome to help in the carriage shed meanwhile.\n\n{sig}\nLoco Superintendent, {co}",
   "Pennine Valley Railway", "penninevalleyrly", tz="uk")
wr("funicular-operator-sms", "SMS from {co}",
   "{co}: Hi {name}, the funicular operator post is filled. Thanks for your interest. Text STOP to opt out.",
   "Cliff Lift Co", "clifflift", frm="SMS Gateway <sms@{dom}>", tz="uk")
wr("butler-estate-agency", "Household position - {co}",
   "Dear {name},\n\nI have spoken with the family about the house manager and butler position at the estate. They have chosen someone who has managed a household of similar size abroad. Other households will come up and I'll think of you.\n\n{sig}\n{co}",
   "Ellersby Household Staffing", "ellersbystaff", tz="uk")
wr("piercer-apprentice-ig", "New message request",
   "{co} replied to your message: \"hey {name}, sorry hun we took on someone for the apprenticeship already, good luck x\"\n\nOpen the app to reply.",
   "Steel Thread Piercing", "steelthread", frm="Instaframe <notify@instaframe.{dom}>", tz="uk")
wr("wigmaker-theatre", "Wig room trainee",
   "Dear {name},\n\nIt was a treat to see your knotting samples. The wig room trainee placement has gone to a graduate of the hair and make-up course who has ventilating experience.\n\n{sig}\nHead of Wigs, {co}",
   "Harbourside Playhouse", "harbourplayhouse", tz="uk")
wr("animatronics-ticket", "[Ticket #{ref}] Animatronics technician application",
   "Ticket #{ref} has been updated.\n\nStatus: Closed\nComment from {sig}:\nHi {name}, the animatronics technician role has been filled by a contractor who built our dinosaurs. Thanks for reaching out.\n\n{co} Helpdesk",
   "Jurassic Trails Park", "jurassictrails", frm="{co} Helpdesk <support@{dom}>", tz="usc")
wr("racecourse-groundstaff", "Raceday groundstaff",
   "Hi {name},\n\nThanks for your application for seasonal groundstaff. We've filled the positions with last year's team, who already know the divot-treading routine. Best of luck.\n\n{sig}\nClerk of the Course, {co}",
   "Ashdown Moor Racecourse", "ashdownmoor", tz="uk")
wr("cattery-assistant-whatsapp", "WhatsApp chat export",
   "WhatsApp chat with {co}\n\n[{qday}] {co}: Hi {name} lovely you came to meet the cats. I've decided to give the weekend hours to my neighbour's daughter as she lives on site. Thanks again",
   "Whiskers Rest Cattery", "whiskersrest", frm="{full} <me@{dom}>", tz="uk")
wr("gravedigger-council-sms", "Message from {co} Bereavement Services",
   "Hi {name}, regarding the grave digger / cemetery operative vacancy: following interview you were not successful. Feedback is available on request.\n\n{co} Bereavement Services",
   "Holmebridge Borough Council", "holmebridge", frm="{co} <bereavement@{dom}>", tz="uk")
wr("falafel-stall-market", "Market trader message",
   "Message via the market trader app:\n\n{co}: {name}, cheers for Saturday's trial shift. We're keeping the stall team as it is for now, we're all set.",
   "Chickpea & Co", "marketapp", frm="Market Trader App <noreply@{dom}>", tz="uk")
wr("crab-processing-agency", "Seasonal factory work",
   "Hi {name},\n\nThe crab processing line has its full crew for the season, so there's no placement for you there. If another factory needs people you'll hear from me.\n\n{sig}\n{co}",
   "Coastal Crew Agency", "coastalcrew", tz="uk")
# ---------------------------------------------------------------- wide: refusals in other languages
wr("warehouse-mx", "Tu postulación en {co}",
   "Hola {name}:\n\nGracias por mandarnos tu solicitud para auxiliar de almacén. Ya revisamos a todas las personas que se postularon y nos quedamos con alguien que vive cerca de la bodega y puede entrar en el turno de la madrugada. Ojalá encuentres pronto algo a tu medida.\n\nEquipo de Talento, {co}",
   "Abarrotes La Ceiba", "laceiba", tz="mx", lang="es")
wr("wine-cellar-fr", "Votre candidature chez {co}",
   "Bonjour {name},\n\nVotre courrier nous a fait plaisir. Pour le poste de caviste, nous avons finalement confié la place à une personne déjà formée chez nous pendant les vendanges. Votre candidature s'arrête donc ici pour cette fois.\n\nBien cordialement,\n{sig}\n{co}",
   "Cave des Trois Coteaux", "troiscoteaux", tz="eu", lang="fr")
wr("boatyard-de", "Ihre Bewerbung als Werfthelfer",
   "Hallo {name},\n\ndanke für Ihre Bewerbung als Helfer in unserer Bootswerft. Die Stelle haben wir inzwischen mit einem Auszubildenden aus dem eigenen Betrieb besetzt. Ihre Unterlagen löschen wir nach drei Monaten.\n\nGruß aus der Werft\n{sig}\n{co}",
   "Bootsbau Haffkante", "haffkante", tz="eu", lang="de")
wr("bakery-br", "Seleção - atendente",
   "Oi {name}, tudo bem?\n\nObrigado por participar da seleção para atendente da padaria. Escolhemos outra pessoa que mora aqui no bairro e consegue abrir a loja às cinco da manhã. Boa sorte na busca!\n\n{sig}\n{co}",
   "Padaria Pão da Serra", "paodaserra", tz="br", lang="pt")
wr("baker-it", "Candidatura aiuto fornaio",
   "Gentile {name},\n\nla ringraziamo per la candidatura come aiuto fornaio. Abbiamo affidato il posto a un ragazzo che ha già svolto il tirocinio nel nostro laboratorio. Buona fortuna per la sua strada.\n\nCordiali saluti,\n{sig}\n{co}",
   "Forno Santa Lucia", "fornosantalucia", tz="eu", lang="it")
wr("bike-mechanic-nl", "Je sollicitatie bij {co}",
   "Beste {name},\n\nBedankt voor je sollicitatie als fietsenmaker. We nemen iemand aan die al jaren aan elektrische fietsen en middenmotoren sleutelt. Succes met zoeken!\n\nGroetjes,\n{sig}\n{co}",
   "Trapkracht Fietsen", "trapkracht", tz="eu", lang="nl")
wr("warehouse-pl", "Rekrutacja - magazynier",
   "Dzień dobry {name},\n\ndziękujemy za przesłanie CV na stanowisko magazyniera. Wybraliśmy innego kandydata, który ma już uprawnienia UDT na wózek widłowy. Życzymy powodzenia.\n\nPozdrawiamy,\nDział Kadr {co}",
   "Hurtownia Bursztyn", "bursztyn", tz="eu", lang="pl")
wr("cook-ru", "Ваш отклик на вакансию",
   "Здравствуйте, {name}!\n\nСпасибо за отклик на вакансию помощника повара. Мы выбрали другого кандидата, у которого уже есть опыт работы с японской кухней. Желаем удачи в поиске работы!\n\nРесторан {co}",
   "Сакура-Хаус", "sakurahaus", tz="ru", lang="ru")
wr("barista-tr", "Başvurunuz hakkında",
   "Merhaba {name},\n\nKafemizdeki barista ilanına başvurduğunuz için sağ olun. Pozisyonu, deneyimi bize daha uygun olan başka bir adayla doldurduk. Yolunuz açık olsun.\n\n{co} İnsan Kaynakları",
   "Kahve Durağı", "kahveduragi", tz="tr", lang="tr")
wr("cashier-id", "Lamaran kasir - {co}",
   "Halo {name},\n\nterima kasih sudah melamar sebagai kasir di toko kami. Kami sudah memilih kandidat lain yang tinggal lebih dekat dengan toko. Semoga sukses di tempat lain!\n\nSalam,\n{sig}\n{co}",
   "Toko Sumber Rejeki", "sumberrejeki", tz="id", lang="id")
wr("kitchen-vn", "Kết quả ứng tuyển phụ bếp",
   "Chào {name},\n\nnhà hàng rất vui khi nhận được đơn của bạn cho vị trí phụ bếp. Tuy vậy, chúng tôi đã nhận một người từng nấu món Huế nhiều năm. Mong bạn gặp nhiều may mắn!\n\nNhà hàng {co}",
   "Sen Hồ Tây", "senhotay", tz="vn", lang="vi")
wr("tea-house-zh", "关于茶艺师职位的回复",
   "{name}您好：\n\n感谢您应聘本茶馆的茶艺师一职，也谢谢您专程来店里试泡。经过几轮比较，我们已决定录用另一位在茶园做过三年的候选人。祝您求职顺利！\n\n{co}人事部",
   "清泉茶舍", "qingquan", tz="cn", lang="zh")
wr("furniture-ja", "家具職人見習い募集の件",
   "{name}様\n\n先日は工房の見学と面談にお越しいただき、ありがとうございました。社内で話し合った結果、今回は木工の専門学校を卒業した方を迎えることに決めました。ご希望に沿えず申し訳ありません。\n\n{co} 工房長 {sig}",
   "木の芽工房", "kinome", tz="jp", lang="ja")
wr("pharmacy-sw", "Maombi ya kazi - {co}",
   "Habari {name},\n\nAsante kwa kuomba kazi ya msaidizi katika duka letu la dawa. Tumemchagua mwombaji mwingine mwenye uzoefu zaidi wa kuhudumia wateja. Tunakutakia kila la heri.\n\n{sig}\n{co}",
   "Duka la Dawa Uhuru", "dawauhuru", tz="ke", lang="sw")
wr("waiter-ro", "Candidatura pentru ospătar",
   "Bună ziua {name},\n\nmulțumim că ați aplicat pentru postul de ospătar. Ne-am oprit la o altă persoană, care a lucrat deja în restaurante cu specific tradițional. Mult succes în continuare!\n\n{co}",
   "Hanul cu Tei", "hanulcutei", tz="ro", lang="ro")
wr("squero-vec", "Domanda de lavoro in squero",
   "Ciao {name},\n\ngrassie tante par la to domanda de lavoro come aiuto in squero. Gavemo sielto on zovane che xe za drio imparar el mestier co nualtri, e cussì el posto xe sta ciapà. Te auguremo tuta la fortuna.\n\n{sig}\n{co}",
   "Squero dei Do Remi", "squeronovo", tz="eu", lang="vec")
wr("pizzeria-nap", "'O posto 'e pizzaiuolo",
   "Ciao {name},\n\ngrazie assaje p'avé mannato 'o curriculum pe' fà l'aiutante pizzaiuolo. Avimmo pigliato n'atu guaglione ca già faticava cu nuje 'a stagione passata, accussì 'o posto è cupierto. Te facimmo 'e meglio auguri.\n\n{sig}\n{co}",
   "Pizzeria 'O Vesuviello", "vesuviello", tz="eu", lang="nap")
wr("brewery-wa", "Vosse candidateure",
   "Bondjoû {name},\n\nmerci po vosse candidateure come aidant brasseu. Nos avans tchoezi ene ôte djin ki a ddja ovré dins ene brasserèye d' Lidje. Bone tchance po l' afaire.\n\n{sig}\n{co}",
   "Brasserèye do Vî Pont", "vipont", tz="eu", lang="wa")
wr("vlaai-bakery-li", "Dien sollicitatie",
   "Hoi {name},\n\ndanke veur dien sollicitatie es hulp in de vlaaibakkerie. Veer höbbe gekoze veur emes dae al jaore bij ós in de winkel stuit. Väöl succes wiejer!\n\n{sig}\n{co}",
   "Vlaaibakkerie 't Kloosterke", "kloosterke", tz="eu", lang="li")
wr("shepherd-an", "A tuya candidatura",
   "Hola {name},\n\ngrazias por a tuya candidatura ta o puesto d'aduyán de pastor. Emos triau a unatra persona que ya conoixe o ganau y as cabañeras d'o vall. Te deseyamos muita suerte.\n\n{sig}\n{co}",
   "Casa Ganadera Ansó", "ganaderaanso", tz="eu", lang="an")
wr("cook-srn", "Wroko leki kuku",
   "Odi {name},\n\ngrantangi fu a brifi di yu skrifi fu a wroko leki kuku na ini a restoranti. Wi teki wan tra sma kaba, di abi moro ondrofeni nanga Sranan nyanyan. Wi winsi yu bun.\n\n{sig}\n{co}",
   "Restoranti Kownu Strati", "kownustrati", tz="sr", lang="srn")
wr("tailor-kri", "Di tela wok",
   "Kushɛ {name},\n\ntɛnki fɔ di lɛta we yu rayt fɔ di wok as tela apprentis. Wi dɔn pik ɔda pɔsin we dɔn lan di wok bifo, so di ples dɔn ful. Wi wish yu gud lɔk.\n\n{sig}\n{co}",
   "Freetown Fayn Klos", "faynklos", tz="sl", lang="kri")
wr("bakery-cbk", "Aplicacion na panaderia",
   "Buenas {name},\n\ngracias por el de tuyo aplicacion para el trabajo de ayudante na panaderia. Ya escoje kame otro persona que tiene mas experiencia na horno. Ojala encontra tu trabajo pronto.\n\n{sig}\n{co}",
   "Panaderia Zamboangueña Dulce", "dulcezambo", tz="ph", lang="cbk")
wr("hotel-crs", "Ou aplikasyon",
   "Bonzour {name},\n\nmersi pour ou aplikasyon pour travay dan lotel konman resepsyonis. Nou'n swazir en lot dimoun ki annan plis leksperyans. Nou swet ou bonn sans.\n\n{sig}\n{co}",
   "Lotel Lans Bourbon", "lansbourbon", tz="sc", lang="crs")
wr("library-io", "Vua candideso",
   "Saluto {name},\n\nDanko pro vua candideso kom helpanto en la biblioteko. Ni selektis altra persono qua ja laboris kun ni dum la somero. Ni deziras a vu bona fortuno.\n\n{sig}\n{co}",
   "Biblioteko Verda Stelo", "verdastelo", tz="eu", lang="io")
# ---------------------------------------------------------------- wide: others (twins of the wide refusals)
wo("application_received", "crane-lms-received", "Course enrolment: Tower Crane Operator Trainee",
   "Hi {name},\n\nYou're enrolled for the trainee assessment. Your result will show in the portal after the practical: Competent goes on to the intake, Not Yet Competent can re-sit later. Nothing has been marked yet.\n\n{co} Training Portal",
   ("Skyhook Lifting Academy", "Highjib Training"), ("skyhooklifting", "highjib"), frm="{co} <lms@{dom}>", tz="au", copies=2)
wo("application_received", "bat-survey-received", "Seasonal surveyor application",
   "Hi {name},\n\nThanks for applying for the summer survey team. We'll confirm places by the end of April. Places go to licence holders first; if there's no room for you we'll tell you then.\n\n{sig}\n{co}",
   ("Hedgerow Ecology", "Nightwing Surveys"), ("hedgerowecology", "nightwingsurveys"), tz="uk", copies=2)
wo("application_received", "railway-received", "Trainee fireman - names received",
   "Dear {name},\n\nYour name is down for the trainee fireman course draw. Numbers are limited, and whether or not you're drawn you'll get a letter from the loco department in November.\n\n{sig}\n{co}",
   ("Pennine Valley Railway", "Wealden Steam Line"), ("penninevalleyrly", "wealdensteam"), tz="uk", copies=2)
wo("application_received", "racecourse-received", "Raceday groundstaff application",
   "Hi {name},\n\nThanks for applying for seasonal groundstaff. Last year's team get first refusal, so we'll only know about new places in March. Yes or no, we message everyone.\n\n{sig}\n{co}",
   ("Ashdown Moor Racecourse", "Fernleigh Park Races"), ("ashdownmoor", "fernleighraces"), tz="uk", copies=2)
wo("application_received", "market-app-received", "Market trader message",
   "Message via the market trader app:\n\n{co}: Hi {name}, got your message about stall work. If we've nothing for you we'll say so here, no worries.",
   ("Chickpea & Co", "Dumpling Yard"), ("marketapp", "marketapp"), frm="Market Trader App <noreply@{dom}>", tz="uk", copies=2)
wo("application_received", "cider-received", "Apple picking crew sign-up",
   "Hi {name}, you're on our list for the autumn picking crew. If the crew fills before we reach your name, we'll email to let you know.\n\n{co}",
   "Tump Orchard Cider", "tumporchard", tz="uk")
wo("application_received", "lavender-received", "Harvest helper form: received",
   "Thanks, {full}. We've received your form for lavender harvest helper. We reply to everyone, successful or not, by mid-June.\n\n{co}",
   "Blue Furrow Lavender", "bluefurrow", frm="{co} Forms <forms@{dom}>", tz="au")
wo("application_received", "glacier-received", "Guide intake application",
   "Kia ora {name},\n\nYour application for the trainee glacier guide intake is in. Selected for assessment week or not, we email everyone.\n\n{sig}\n{co}",
   "Ice Valley Guiding", "icevalleyguiding", tz="nz")
wo("application_received", "tender-received", "Tender received: mosaic floor conservation",
   "Dear {name},\n\nWe acknowledge your tender for the mosaic floor conservation. Tenders will be opened after the closing date, and all tenderers will be told of the award, including those not selected.\n\n{sig}\nClerk to the Trustees, {co}",
   "Wellingham Villa Trust", "wellinghamvilla", tz="uk")
wo("application_received", "funicular-received", "SMS from {co}",
   "{co}: Hi {name}, your funicular operator application has arrived. Shortlist out next week - if not shortlisted you'll get a text. Reply STOP to opt out.",
   "Cliff Lift Co", "clifflift", frm="SMS Gateway <sms@{dom}>", tz="uk")
wo("application_received", "butler-received", "Household position - registration",
   "Dear {name},\n\nThank you for registering with us. I'll present your details to the family for the estate position; if they'd rather not meet, you'll hear from me and other households will follow.\n\n{sig}\n{co}",
   "Ellersby Household Staffing", "ellersbystaff", tz="uk")
wo("application_received", "received-vec", "Domanda ricevùa",
   "Ciao {name},\n\ngavemo ricevù la to domanda par el squero. Te scrivemo entro fin mese, sia che la vaga ben sia che no.\n\n{sig}\n{co}",
   "Squero dei Do Remi", "squeronovo", tz="eu", lang="vec")
wo("application_received", "received-srn", "Yu brifi kon",
   "Odi {name},\n\nwi kisi yu brifi fu a wroko na ini a kukru. Te wi no teki yu, wi o skrifi yu tu. Wakti wan pisi ten.\n\n{sig}\n{co}",
   "Restoranti Kownu Strati", "kownustrati", tz="sr", lang="srn")
wo("application_received", "received-io", "Ni recevis vua candideso",
   "Saluto {name},\n\nNi recevis vua candideso. Ni respondos til la fino di la monato, egal kad la respondo esos yes o no.\n\n{sig}\n{co}",
   "Biblioteko Verda Stelo", "verdastelo", tz="eu", lang="io")
wo("interview", "invite-li", "Gesprek in de bakkerie",
   "Hoi {name},\n\nkins se dinsdag {due} um tien oor langs koume veur e gesprek en e proefdaag in de vlaaibakkerie?\n\n{sig}\n{co}",
   "Vlaaibakkerie 't Kloosterke", "kloosterke", tz="eu", lang="li")
wo("interview", "invite-crs", "Lantretyen",
   "Bonzour {name},\n\nnou ta kontan zwenn ou pour en lantretyen lo {due} a dizer dan lotel. Silvouple konfirmen.\n\n{sig}\n{co}",
   "Lotel Lans Bourbon", "lansbourbon", tz="sc", lang="crs")
wo("interview", "invite-cbk", "Entrevista na panaderia",
   "Buenas {name},\n\npuede tu man visita na panaderia el {due} na alas ocho de la mañana para un entrevista? Trae tu resume.\n\n{sig}\n{co}",
   "Panaderia Zamboangueña Dulce", "dulcezambo", tz="ph", lang="cbk")
wo("interview", "invite-cave-calendar", "Invitation: Show cave guide - trial tour",
   "{sig} has invited you to: Show cave guide - trial tour\nWhen: {due}, 10:00-11:30\nWhere: Visitor centre\n\nNote: Come ready to lead the first chamber, we'll walk through the script beforehand.\n\nInvitation from {co} Calendar",
   "Ogof Ddu Show Caves", "ogofddu", frm="{co} Calendar <calendar-notification@{dom}>", tz="uk")
wo("interview", "invite-wigroom", "Wig room trainee - samples",
   "Dear {name},\n\nPlease bring your knotting samples to the wig room on {due} at 2pm and spend an hour with the team.\n\n{sig}\nHead of Wigs, {co}",
   "Harbourside Playhouse", "harbourplayhouse", tz="uk")
wo("interview", "invite-piercer-dm", "New message",
   "{co} replied to your message: \"hey {name}! come by the studio {due} at 3, bring your portfolio and we'll chat about the apprenticeship\"\n\nOpen the app to reply.",
   "Steel Thread Piercing", "steelthread", frm="Instaframe <notify@instaframe.{dom}>", tz="uk")
wo("interview", "invite-de", "Einladung zum Probearbeiten",
   "Hallo {name},\n\nwir möchten Sie gern zum Probearbeiten in die Werft einladen, am {due} ab 8 Uhr. Arbeitsschuhe bitte mitbringen.\n\n{sig}\n{co}",
   "Bootsbau Haffkante", "haffkante", tz="eu", lang="de")
wo("interview", "invite-ja", "面談のご案内",
   "{name}様\n\nご応募ありがとうございます。{due}の午後二時に工房までお越しいただけますでしょうか。作業着でお越しください。\n\n{co} {sig}",
   "木の芽工房", "kinome", tz="jp", lang="ja")
wo("interview", "invite-audiology-portal", "Clinic portal: message from Hiring",
   "Portal message\nFrom: Hiring, {co}\n\nHi {name}, can you meet us about the audiology assistant role on {due} at 11am. Please confirm in the portal.",
   "Clearsound Hearing", "clearsoundhearing", frm="{co} Portal <portal@{dom}>", tz="nz")
wo("next_steps", "dive-med-crane", "Medical required: crane trainee",
   "Hi {name},\n\nBefore the practical assessment you need a lift-operator medical. Book it and upload the certificate by {due}, or your place will be released.\n\n{co} Training Portal",
   "Highjib Training", "highjib", frm="{co} <lms@{dom}>", tz="au")
wo("next_steps", "railway-medical", "Footplate course: paperwork",
   "Dear {name},\n\nYou've been drawn for the trainee fireman course. Send back the medical questionnaire and the rule-book test by {due}.\n\n{sig}\n{co}",
   "Wealden Steam Line", "wealdensteam", tz="uk")
wo("next_steps", "glacier-fitness", "Assessment week: fitness test",
   "Kia ora {name},\n\nYou're invited to assessment week. Please send your first-aid certificate and complete the fitness questionnaire by {due}.\n\n{sig}\n{co}",
   "Ice Valley Guiding", "icevalleyguiding", tz="nz")
wo("next_steps", "tender-clarification", "Tender clarification requested",
   "Dear {name},\n\nThe committee would like a method statement for lifting the tesserae and a revised programme, by noon on {due}.\n\n{sig}\nClerk to the Trustees, {co}",
   "Wellingham Villa Trust", "wellinghamvilla", tz="uk")
wo("next_steps", "zh-test", "茶艺师职位：笔试通知",
   "{name}您好：\n\n请于{due}前完成线上茶叶知识测试，未按时完成视为放弃。\n\n{co}人事部",
   "清泉茶舍", "qingquan", tz="cn", lang="zh")
wo("next_steps", "nl-docs", "Nog even je papieren",
   "Beste {name},\n\nKun je voor {due} een kopie van je ID en je diploma fietstechniek mailen? Dan maken we het contract klaar.\n\n{sig}\n{co}",
   "Trapkracht Fietsen", "trapkracht", tz="eu", lang="nl")
wo("next_steps", "kri-papers", "Pepa dɛn",
   "Kushɛ {name},\n\nduya briŋ yu ID kad ɛn tu fɔto kam di shɔp bifo {due}, so wi go rayt yu nem.\n\n{sig}\n{co}",
   "Freetown Fayn Klos", "faynklos", tz="sl", lang="kri")
wo("next_steps", "bat-licence-task", "Training night",
   "Hi {name},\n\nYou've got a place on the survey team. Please book onto the detector training night before {due} - without it we can't send you out.\n\n{sig}\n{co}",
   "Nightwing Surveys", "nightwingsurveys", tz="uk")
wo("offer", "offer-nap", "'O posto è 'o tuojo",
   "Ciao {name},\n\n'o posto 'e aiutante pizzaiuolo è 'o tuojo! Accumminci lunedì a 'e cinche 'e sera. Famme sapé si va bbuono.\n\n{sig}\n{co}",
   "Pizzeria 'O Vesuviello", "vesuviello", tz="eu", lang="nap")
wo("offer", "offer-wa", "Li plaece est por vos",
   "Bondjoû {name},\n\nnos vos prindans come aidant brasseu! Vos poloz cmincî lundi. Respondoz nos divant {due}.\n\n{sig}\n{co}",
   "Brasserèye do Vî Pont", "vipont", tz="eu", lang="wa")
wo("offer", "offer-cattery", "WhatsApp chat export",
   "WhatsApp chat with {co}\n\n[{qday}] {co}: Hi {name}, the weekend hours are yours, if you fancy them! Start this Saturday?",
   "Whiskers Rest Cattery", "whiskersrest", frm="{full} <me@{dom}>", tz="uk")
wo("offer", "offer-pt", "Você foi escolhido!",
   "Oi {name}!\n\nA vaga de atendente é sua. Pode começar na segunda às cinco? Traz a carteira de trabalho.\n\n{sig}\n{co}",
   "Padaria Pão da Serra", "paodaserra", tz="br", lang="pt")
wo("offer", "offer-butler", "Household position - offer",
   "Dear {name},\n\nThe family offers you the house manager position from the first of next month. Terms attached; please reply by {due}.\n\n{sig}\n{co}",
   "Ellersby Household Staffing", "ellersbystaff", tz="uk")
wo("other_job", "ticket-open", "[Ticket #{ref}] Animatronics technician application",
   "Ticket #{ref} has been updated.\n\nStatus: Open - awaiting review\nComment from {sig}:\nHi {name}, passed to the workshop lead, nothing decided yet.\n\n{co} Helpdesk",
   "Jurassic Trails Park", "jurassictrails", frm="{co} Helpdesk <support@{dom}>", tz="usc")
wo("other_job", "withdrawn-an", "Candidatura retirada",
   "Hola {name},\n\nsegún nos demandés, emos retirau a tuya candidatura. Si cambias d'opinión, torna a escribir-nos.\n\n{sig}\n{co}",
   "Casa Ganadera Ansó", "ganaderaanso", tz="eu", lang="an")
wo("other_job", "review-tr", "Başvurunuz değerlendirmede",
   "Merhaba {name},\n\nbaşvurunuz şu anda değerlendirme aşamasında. Henüz bir karar verilmedi; gelişme olduğunda size yazacağız.\n\n{co} İK",
   "Kahve Durağı", "kahveduragi", tz="tr", lang="tr")
wo("job_alert", "crafts-alert", "New jobs on {co}",
   "Hi {name}, 3 new listings match 'workshop assistant': glass studio helper (Stroud), print shop assistant (Bath), kiln room tech (Leeds). View all | Unsubscribe",
   "Makersboard", "makersboard", frm="{co} <alerts@{dom}>", tz="uk")
wo("recruiter_outreach", "crew-pitch", "Seasonal crew - interested?",
   "Hi {name}, we're building crews for the summer fruit harvest in Kent. Accommodation on site, weekly pay. Fancy it? Reply and I'll send details.\n\n{sig}\n{co}",
   "Coastal Crew Agency", "coastalcrew", tz="uk")
wo("non_job_rejection_words", "allotment-full", "Allotment application",
   "Dear {name},\n\nAbout your allotment plot request: all plots are currently let and there's a waiting list of about two years; we've added your name.\n\n{co} Allotments Office",
   "Holmebridge Borough Council", "holmebridge", tz="uk")
wo("non_job_rejection_words", "moto-loan-vn", "Hồ sơ vay mua xe máy",
   "Chào {name},\n\nrất tiếc hồ sơ vay mua xe máy của bạn chưa được chấp thuận vì lịch sử tín dụng chưa đủ. Sau sáu tháng, bạn được phép gửi hồ sơ mới.\n\n{co}",
   "Ngân hàng Sông Lam", "songlam", tz="vn", lang="vi")
wo("non_job_rejection_words", "pottery-course-full", "Wheel-throwing course",
   "Hi {name}, sorry, the Tuesday wheel-throwing course is full this term, and your booking couldn't go through. We'll email when spring dates open.\n\n{co}",
   "Slipware Studio", "slipware", tz="uk")
wo("non_job_rejection_words", "grant-it", "Contributo per il negozio",
   "Gentile {name},\n\nla domanda di contributo per il rinnovo della vetrina non è stata accolta: la dotazione del bando è finita.\n\n{co}",
   "Camera di Commercio di Valbruna", "valbruna", tz="eu", lang="it")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def address_name(name: str, n: int) -> str:
    bits = [b for b in re.split(r"[^a-z]+", ascii_fold(name).lower()) if b]
    style = n % 4
    if style == 0:
        return bits[0] + "." + bits[-1]
    if style == 1:
        return bits[0][0] + bits[-1]
    if style == 2:
        return bits[-1] + "." + bits[0][0]
    return bits[0] + "_" + bits[-1][:3]


def zone_at(zone: str, when: dt.datetime) -> dt.timezone:
    std, summer, half = ZONES[zone]
    raw = std
    northern = half == "n" and 4 <= when.month <= 10
    southern = half == "s" and (when.month >= 10 or when.month <= 3)
    if summer and (northern or southern):
        raw = summer
    sign = -1 if raw[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(raw[1:3]), minutes=int(raw[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    first = dt.datetime(2025, 3, 3)
    day = first + dt.timedelta(days=rng.randrange(630))
    naive = day.replace(hour=rng.randrange(7, 22), minute=rng.randrange(60), second=rng.randrange(60))
    return naive.replace(tzinfo=zone_at(zone, naive))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    people = RECIPIENTS[:]
    rng.shuffle(people)
    records: list[dict[str, str]] = []
    n = 0
    for t in TEMPLATES:
        used: set[str] = set()
        for i in range(t.copies):
            person = people[n % len(people)]
            pool = SIGNERS_IN if t.tz == "in" else SIGNERS
            signer = pool[rng.randrange(len(pool))]
            while signer in used:
                signer = pool[rng.randrange(len(pool))]
            used.add(signer)
            when = when_sent(rng, t.tz)
            quoted = when - dt.timedelta(days=rng.randrange(2, 9))
            due = when + dt.timedelta(days=rng.randrange(4, 11))
            dom = t.dom[i % len(t.dom)] + ".example"
            slots = {
                "name": person.split()[0], "full": person, "sig": signer, "sfirst": signer.split()[0],
                "co": t.co[i % len(t.co)], "dom": dom, "role": t.role[i % len(t.role)],
                "sl": address_name(signer, n), "ref": str(rng.randrange(100000, 999999)),
                "qday": quoted.strftime("%A %d %B %Y"), "due": due.strftime("%A %d %B"), "year": str(when.year + 1),
            }
            rec = {
                "id": "", "subject": fill(t.subject, slots), "body": fill(t.body, slots),
                "sender": fill(t.frm, slots), "label": t.label, "kind": t.kind,
                "family": f"blind24-{t.part}-{t.fam}" if t.lang == "en" else f"blind24-{t.part}-{t.lang}-{t.fam}",
                "to": f"{person} <{address_name(person, n + 2)}@{PROVIDERS[n % len(PROVIDERS)]}.example>",
                "date": format_datetime(when), "part": t.part, "lang": t.lang,
            }
            left = SLOT.findall(rec["subject"] + rec["body"] + rec["sender"])
            if left:
                raise ValueError(f"{t.fam}: unfilled {left}")
            records.append(rec)
            n += 1
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        short = "rej" if rec["label"] == "rejection" else "oth"
        counters[short] += 1
        rec["id"] = f"blind24:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p != OUT)
    shared: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    shared |= shingles(json.loads(raw).get("body", "")) & ours.keys()
    bodies = {rid for sh in shared for rid in ours[sh]}
    labels = collections.Counter(rid.split(":")[1][:3] for rid in bodies)
    print(f"files compared: {len(others)}")
    print(f"bodies sharing a shingle: {len(bodies)} of {len(records)} (rej {labels['rej']}, oth {labels['oth']})")
    print(f"distinct shared shingles: {len(shared)}")
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["part"], r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("part / label / kind:")
    for (part, label, kind), count in sorted(by_kind.items()):
        print(f"  {part:5s} {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    doubled = sum(t.copies == 2 for t in TEMPLATES)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {doubled}")
    senders = {r["sender"] for r in records}
    domains = {r["sender"].rsplit("@", 1)[1].rstrip(">") for r in records}
    print(f"senders {len(senders)}; sender domains {len(domains)}")


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
