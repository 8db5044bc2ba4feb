# ruff: noqa: E501, S311
"""Write the twenty-fifth sealed blind slice for issue 11 (blind-slice-25.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 25 and later never read; our side printed)
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
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

SEED = 250251
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-25.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")

RECIPIENTS = [
    "Oluwaseun Bramwell", "Caoimhe Raghunathan", "Lwazi Pemberton", "Harpreet Gallagher", "Ifeoma Whitlock",
    "Kai Jie Mortimer", "Nomvula Ashcombe", "Bryn Okonkwo", "Saoirse Iyengar", "Tendai Hollister",
    "Farhan Quigley", "Aoife Subramaniam", "Lerato Fenwick", "Chiamaka Dunmore", "Ronan Chaudhry",
    "Zanele Birtwistle", "Ishaan Colquhoun", "Funmilayo Greaves", "Wei Ling Ashdown-Price", "Emeka Lindqvist",
    "Palesa Waterhouse", "Karthik Mulcahy", "Orla Adewale", "Sizwe Trevelyan", "Nandini Cartwright",
    "Yewande Halloran", "Cathal Ramaswamy", "Hui Min Bradshaw", "Akosua Pendleton", "Thabo Kilgallon",
    "Uchenna Ridley", "Eimear Natarajan", "Refilwe Attwood", "Arjun Mackintosh", "Damilola Sherwood",
    "Fiachra Nwosu", "Boitumelo Crowther", "Shu Fen Galloway", "Rashid Tremayne", "Kavya O'Driscoll",
]
SIGNERS = [
    "Philippa Marchetti", "Obiora Langstaff", "Morwenna Tate", "Riaan van der Berg", "Folake Pritchard",
    "Donnacha Heffernan", "Imogen Raikes", "Kofi Ashworth", "Gwendolyn Paxton", "Marius Oosthuizen",
    "Lindiwe Carver", "Alasdair Kerr-Mensah", "Tumelo Barraclough", "Hester Quayle", "Sorcha Devane",
    "Babajide Holloway", "Euphemia Grant", "Annelie Kruger", "Chukwudi Fairbairn", "Rosalind Okoye-Pratt",
    "Duncan Whitfield", "Efua Mensah-Clarke", "Barnaby Stokes", "Colette Ferrier", "Adanna Wickham",
]
SIGNERS_IN = ["Pranav Kulkarni", "Deepika Raghavan", "Sandeep Iyer", "Kavitha Menon", "Rohit Bhandari", "Anjali Trivedi"]
LANG_SIGNERS = {
    "es": ["Itziar Montalvo", "Raúl Quintanilla"], "fr": ["Maëlle Garnier", "Baptiste Rouvière"],
    "de": ["Wiebke Hallstein", "Jörg Tiedemann"], "pt": ["Iolanda Figueiró", "Caetano Braga"],
    "it": ["Ludovica Sarti", "Ettore Bellandi"], "nl": ["Femke Dijkhuis", "Joost Verbruggen"],
    "pl": ["Bożena Kaczmarczyk", "Witold Sroka"], "ru": ["Алевтина Горбунова", "Всеволод Пахомов"],
    "zh": ["韩晓梅", "罗志强"], "ja": ["村上 彩花", "石田 浩二"], "ko": ["윤서진", "한동훈"],
    "tr": ["Gülşen Aktaş", "Oğuzhan Demirel"], "vi": ["Phạm Thu Hà", "Đặng Quốc Bảo"],
    "ms": ["Nurul Syafiqah", "Hafiz Rahmat"], "uk": ["Оксана Литвиненко", "Тарас Кравчук"],
    "lmo": ["Ambrogio Colombo", "Pinuccia Brambilla"], "pms": ["Gioanin Ferrero", "Catlina Giordan"],
    "lij": ["Baciccia Parodi", "Nicoletta Repetto"], "csb": ["Jan Ruszkòwsczi", "Marta Kòwalewskô"],
    "hsb": ["Měrćin Nowak", "Hańža Kralowa"], "szl": ["Ecik Kotula", "Zofijo Bielok"],
    "pcd": ["Guste Delattre", "Berthe Lefebvre"], "hil": ["Jocelyn Villanueva", "Ramon Gallardo"],
    "crh": ["Ayşe Seitova", "Server Umerov"], "mwl": ["Bitorino Preto", "Marília Raposo"],
}
PROVIDERS = ["lanternpost", "wrenmail", "copperbox", "fieldpost", "otterbox", "heronmail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "eu2": ("+0200", "+0300", "n"), "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"),
    "usm": ("-0700", "-0600", "n"), "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"),
    "cap": ("-0800", "-0700", "n"), "can": ("-0330", "-0230", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "auw": ("+0800", None, ""), "aus": ("+0930", "+1030", "s"),
    "za": ("+0200", None, ""), "ng": ("+0100", None, ""), "sg": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "s"), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "cn": ("+0800", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ke": ("+0300", None, ""), "br": ("-0300", None, ""), "mx": ("-0600", None, ""),
    "ph": ("+0800", None, ""), "vn": ("+0700", None, ""), "my": ("+0800", None, ""),
    "ua": ("+0200", "+0300", "n"), "pt": ("+0000", "+0100", "n"),
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
    TEMPLATES.append(T(part, label, kind, fam, subject, body, _tup(co), _tup(dom), frm, _tup(role), tz, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("mix", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("mix", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("wide", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("wide", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# Slots: {name} recipient's first name, {full} full name, {sig} signer, {sfirst} signer's first
# name, {co} company, {role} role, {dom} domain, {me} recipient's address, {qdate} a quoted
# message's date (2-8 days earlier), {day} a day 4-10 days later, {ref} a reference number.

# ---------------------------------------------------------------- mix: 40 ordinary rejections
mr("wd-req-archived", "Your {co} candidate home: update on {role}",
   "Hello {name},\n\nA note from {co} talent on requisition R-{ref} ({role}).\n\nThe hiring manager has finished with the shortlist, and this requisition's interviews are going ahead with other candidates. The requisition is being archived this week.\n\nYour candidate home stays open for updating your details and browsing other roles.\n\n{co} Talent Acquisition",
   ("Harrowgate Mutual", "Calderbridge Insurance"), ("harrowgatemutual.example", "calderbridge-ins.example"), frm="{co} Talent Acquisition <noreply-talent@{dom}>", role=("Claims Handler II", "Underwriting Assistant"), tz="uk", copies=2)
mr("gh-plain-team", "{co} // {role}",
   "Hi {name},\n\nThanks for putting an application together for {role}. We read every one by hand; after going through yours, the team decided it doesn't match where this role sits today, so it stops here.\n\nOur openings page changes most weeks if you'd like to keep an eye on it.\n\n— {sig}, People team at {co}",
   ("Pollenpath", "Quayside Analytics"), ("pollenpath.example", "quaysideanalytics.example"), frm="{sig} <no-reply@{dom}>", role=("Growth Marketing Associate", "Junior Data Analyst"), tz="usp", copies=2)
mr("lever-two-line", "{role} at {co}",
   "{name} — looked at it, and {role} is a pass from us this round. Luck with the search.\n\n{sig}",
   ("Fernhollow Labs", "Tinplate Robotics"), ("fernhollow.example", "tinplaterobotics.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Firmware Engineer", "QA Technician"), tz="use", copies=2)
mr("sr-html-card", "Application status changed",
   "<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\"><h3>{co}</h3><p>Dear {name},</p><p>Your application <b>{role}</b> (ref {ref}) has a new status:</p><p style=\"color:#b00\"><b>Not shortlisted</b></p><p>Recruiters measured each application against the vacancy criteria; yours is not one of those carried forward.</p><p>Manage your profile: <a href=\"https://jobs.{dom}/me\">jobs.{dom}/me</a></p></td></tr></table></body></html>",
   ("Brightwater Hotels Group", "Marlstone Retail"), ("brightwaterhotels.example", "marlstoneretail.example"), frm="{co} Recruitment <careers@{dom}>", role=("Front Office Supervisor", "Visual Merchandiser"), tz="eu", copies=2)
mr("icims-county-letter", "Regarding your application - {role} (Posting #{ref})",
   "Dear {full},\n\nRe: {role} at {co}. The posting drew a large response. The department has evaluated the applicant pool and chosen others whose qualifications sit closer to the job's requirements; your application stops at this step.\n\nNew county jobs are posted weekly.\n\nSincerely,\nHuman Resources\n{co}\n\nEOE. {co} makes employment decisions without regard to race, color, creed, sex, ancestry, age, disability, veteran or military status, genetic data, or other legally protected traits.",
   ("Tallgrass County Government", "Oxbow Valley Medical Center"), ("tallgrasscounty.example", "oxbowvalleymed.example"), frm="{co} HR <hr-donotreply@{dom}>", role=("Parks Maintenance Worker I", "Patient Access Rep, Night Registration"), tz="usc", copies=2)
mr("taleo-uni-research", "Position {ref}: {role}",
   "Dear {name},\n\nThe search for {role} at {co} has now concluded its review of applications. Having weighed the pool against the advertised requirements, the committee did not select you for further consideration.\n\nAcademic applications take real effort; thank you for that effort. Future postings are listed on our site.\n\nOffice of Faculty and Staff Recruitment\n{co}\n\nAA/EOE. {co} values a diverse community and welcomes applications from all qualified persons.",
   ("Northmere State University", "Ridgeline College of Technology"), ("northmere.example", "ridgelinetech.example"), frm="{co} Careers <recruit-noreply@{dom}>", role=("Research Associate, Soil Chemistry", "Lab Coordinator, Materials Engineering"), tz="usm", copies=2)
mr("ashby-founder-team", "Update from {co}",
   "Hey {name},\n\nPlain answer on the {role} job: having read the applications, yours stops with us. We're tiny, and this hire needs deep regulated-payments background that your CV doesn't show enough of.\n\nHope our paths cross again.\n\n{sig}\nCo-founder, {co}",
   ("Ledgerlight", "Tallyhop"), ("ledgerlight.example", "tallyhop.example"), frm="{sig} via Ashby <no-reply@ashbyhq.{dom}>", role=("Founding Compliance Lead", "Risk Operations Associate"), tz="uk", copies=2)
mr("workable-short", "Your application at {co}",
   "Hi {name},\n\nYour application for the {role} role at {co} has been reviewed. Unfortunately it won't go further this time.\n\nThanks again,\n{sig}\n{co}\n\nSent with Workable-style hiring software",
   ("Corran Coffee Roasters", "Stillwater Kitchens"), ("corrancoffee.example", "stillwaterkitchens.example"), frm="{co} <{sl}@apply.{dom}>", role=("Wholesale Account Manager", "Kitchen Designer"), tz="ie", copies=2)
mr("bamboo-smallbiz", "{role} - {co}",
   "Dear {name},\n\nEveryone here read your {role} application, and it was close, but we're interviewing people whose backgrounds sit a bit nearer to the practice's needs right now. Much appreciated.\n\nKind regards,\n{sig}\nPractice Manager, {co}",
   ("Kelso & Wray Chartered Surveyors", "Hallam Veterinary Group"), ("kelsowray.example", "hallamvets.example"), frm="{sig} <{sl}@{dom}>", role=("Assistant Building Surveyor", "Client Care Coordinator"), tz="uk", copies=2)
mr("jazzhr-one-line", "Re: {role}",
   "Hi {name}, this one's been filled. Appreciate you applying, best of luck. - {sig}",
   ("Sawgrass Roofing", "Pinecrest Auto Glass"), ("sawgrassroofing.example", "pinecrestglass.example"), frm="{sig} <{sl}@{dom}>", role=("Estimator", "Mobile Installer"), tz="use", copies=2)
mr("recruitee-euro", "Your application for {role}",
   "Dear {name},\n\nMore than 200 people answered our {role} vacancy at {co}; we read every single one. We're carrying on with a handful whose profile is a stronger fit, which means the process ends for you here.\n\nWe hope you will consider us again in future.\n\nBest,\n{sig}\nTalent team {co}",
   ("Klimaatwerk", "Fjordlight Software"), ("klimaatwerk.example", "fjordlight.example"), frm="{co} <{sl}@mail.{dom}>", role=("Energy Transition Consultant", "Go Engineer, Metering Platform"), tz="eu", copies=2)
mr("in-portal-mail", "Application Status - {role} | {co}",
   "Dear {full},\n\nGreetings from {co}!\n\nRef: {role}, Job Code {ref}. Post screening, your candidature has not been moved to the interview round of this selection.\n\nBest wishes for the road ahead.\n\nRegards,\nTalent Acquisition Team\n{co}\n\nAuto-generated by the careers system; replies go nowhere.",
   ("Sahyadri Fintech Services", "Kaveri Infra Projects"), ("sahyadrifin.example", "kaveriinfra.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Associate - Credit Operations", "Junior Site Engineer - Flyovers"), tz="in", copies=2)
mr("ng-telco-letter", "RE: APPLICATION FOR {role}",
   "Dear {name},\n\nRe the {role} vacancy at {co}.\n\nAll applications have now been reviewed and yours did not succeed this time. Please note that the decision is final.\n\nBest wishes in your career.\n\nYours faithfully,\nFor: Human Capital Management\n{co}",
   ("Ajoke Telecoms Limited", "Ogunlade Agro-Allied Plc"), ("ajoketelecoms.example", "ogunladeagro.example"), frm="{co} HCM <hcm@{dom}>", role=("Network Field Engineer", "Graduate Sales Officer"), tz="ng", copies=2)
mr("sg-clinic-short", "{co}: {role} application",
   "Dear {name},\n\nWe looked through your {role} application. The clinic will not be arranging an interview with you, since it has found people who have worked in a GP clinic before.\n\nAll the best.\n\n{sig}\nHR Executive, {co}",
   ("Tanglin Family Clinic", "Harbourfront Dental Group"), ("tanglinclinic.example", "harbourfrontdental.example"), frm="{sig} <{sl}@{dom}>", role=("Clinic Assistant", "Patient Service Associate"), tz="sg", copies=2)
# once each
mr("ca-bilingual-fed", "{role} / {role}",
   "Hello {name} / Bonjour {name},\n\nYour application for {role} was screened on the essential qualifications. It does not proceed to the next phase of this process.\n\nVotre candidature a été examinée selon les qualifications essentielles. Elle ne passe pas à la prochaine phase de ce processus.\n\nStaffing Services / Services de dotation\n{co}",
   "Office of the Lakehead Port Authority", "lakeheadport.example", frm="Staffing <dotation-staffing@{dom}>", role="Marine Operations Clerk", tz="cae")
mr("za-mining-regret", "Vacancy {ref}: {role}",
   "Good day {name}\n\nYour {role} application at {co} has gone through screening and was not placed on the shortlist for this vacancy. For later vacancies, thirty quiet days after closing mean the same.\n\nGo well.\n\nRecruitment Centre\n{co}",
   "Blouberg Platinum Holdings", "bloubergplatinum.example", frm="Recruitment Centre <recruitment@{dom}>", role="Junior Mine Surveyor", tz="za")
mr("au-council-casual", "Casual {role} pool",
   "G'day {name},\n\nTa for your interest in the casual {role} pool. Heaps of people applied and it's at capacity for this season, which means you're not in it this round. It re-opens in spring; have another crack then.\n\nCheers,\n{sig}\nAquatic Services, {co}",
   "Shire of Wattle Flat", "wattleflat.example", frm="{sig} <{sl}@{dom}>", role="Swim Teacher", tz="auw")
mr("ie-credit-union", "Application: {role}",
   "Dear {name},\n\nThe board's panel has been through every form for the {role} vacancy at {co}. Yours was not chosen for interview. The care that went into it was noticed.\n\nIs mise le meas,\n{sig}\nCEO, {co}",
   "Slievenamon Credit Union", "slievenamoncu.example", frm="{sig} <{sl}@{dom}>", role="Member Services Officer", tz="ie")
mr("us-long-museum", "Your application to {co}",
   "Dear {full},\n\nFrom everyone at {co}, a sincere thanks for applying for {role}. Over three hundred people sent materials for this one, plenty of them with a real love for fossils and dioramas, which made the search group's reading both cheering and hard.\n\nHaving gone through yours closely, the group has chosen not to carry your candidacy on to interviews. A short note like this can feel cold after the effort you made, so please know a person read every page.\n\nEducation, visitor experience and collections openings appear on our jobs page throughout the year.\n\nWarmly,\n{sig}\nDirector of Human Resources\n{co}\n\nEqual opportunity at {co}: hiring decisions here never turn on race, colour, faith, age, sex, origin, disability, veteran service, orientation, gender identity or expression, nor on any trait the law shields.",
   "Cumberland River Museum of Natural History", "cumberlandrivermuseum.example", frm="{sig} <{sl}@{dom}>", role="Visitor Experience Coordinator", tz="usc")
mr("nonnative-fr-en", "Your candidature - {role}",
   "Dear {name},\n\nWe thank you for the candidature you sent on the post {role}. After the study of your file with the manager, we regret we cannot give to it a favourable follow. The retained profiles correspond better with our actual needs.\n\nGood luck in the research of a job.\n\nCordially,\n{sig}\nHR Department, {co}",
   "Vignobles Castelmaure Export", "castelmaure-export.example", frm="{sig} <{sl}@{dom}>", role="Export Sales Assistant (UK market)", tz="eu")
mr("nonnative-pl-en", "{role} recruitment",
   "Hello {name},\n\nThank you for sending CV for {role} position. We analysed all applications and we must inform that we will continue recruitment with other persons. Your experience was interesting for us but not in this moment.\n\nRegards\n{sig}\nRecruitment Specialist\n{co}",
   "Wisłoujście Shared Services", "wislo-ssc.example", frm="{sig} <{sl}@{dom}>", role="Accounts Payable Specialist with English", tz="eu")
mr("screen-actuarial", "Following up on our call - {role}",
   "Hi {name},\n\nMonday's call was useful, especially on your pricing work. The team lead and I compared notes: this seat needs more actuarial exams behind it, so we'll stop here rather than book the technical round.\n\nAll the best,\n{sig}\nTalent Partner, {co}",
   "Greyfriars Reinsurance", "greyfriarsre.example", frm="{sig} <{sl}@{dom}>", role="Pricing Analyst", tz="uk")
mr("screen-mri", "After our phone screen",
   "{name},\n\nThanks for yesterday's call about the {role} opening. The imaging manager read my notes; the job needs independent 3T scanning from day one, so there's no next interview for you.\n\nI appreciate your time.\n{sig}\nRecruiter, {co}",
   "Bayou Crest Imaging", "bayoucrestimaging.example", frm="{sig} <{sl}@{dom}>", role="MRI Technologist", tz="usc")
mr("bakery-text-style", "your application",
   "hi {name} soz for the slow reply!! the weekend shifts went to someone who'd done a season with us already. thanks heaps for dropping your cv in x {sfirst} @ {co}",
   "Crumb & Co Bakehouse", "crumbandco.example", frm="{sig} <hello@{dom}>", role="Weekend Counter Assistant", tz="nz")
mr("ph-bpo-sms", "Assessment Result - {co}",
   "Hi {name}! Thank you for taking our online assessment for {role}. Based on your results, you did not meet the passing score for this account. Reapplication is allowed after 90 days. Thank you and God bless!\n\n- {co} Recruitment",
   "Pasig Bayfront Contact Solutions", "pasigbayfront.example", frm="{co} Recruitment <recruitment@{dom}>", role="Customer Care Associate (Telco Account)", tz="ph")
mr("uk-housing-assoc", "Your application for {role} ({ref})",
   "Dear {name}\n\nThe {co} shortlisting panel sat on Thursday. Your form scored below the line for interview against the person specification.\n\nReply within ten working days for feedback, and the manager will call you.\n\nResourcing Team\n{co}",
   "Wyvern Vale Homes", "wyvernvalehomes.example", frm="Resourcing <resourcing@{dom}>", role="Tenancy Sustainment and Arrears Officer", tz="uk")

# ---------------------------------------------------------------- mix: 16 thread replies, no negation
mr("thr-brewery-ops", "RE: [EXT] Re: Production planner - second chat",
   "Hi {name},\n\nThanks for coming all the way out to the brewhouse on Friday, the team liked your canning-line questions.\n\nWe've now made the appointment, and the planner role is going to Ewan, who's been running our seasonal schedule as a temp since March and knows the kit inside out.\n\nI'll be rooting for you in the search.\n\n{sig}\nOperations Manager | {co}\n\nFrom: {full} <{me}>\nSent: {qdate}\nTo: {sig} <{sl}@{dom}>\nSubject: Re: Production planner - second chat\n\nHi {sfirst}, just checking in on timelines. Thanks again!",
   ("Hopstead Brewing Co", "Gannet Rock Brewery"), ("hopstead.example", "gannetrock.example"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-vet-nurse", "Re: [EXT] Re: RVN interview Tuesday",
   "Hi {name},\n\nSo nice meeting you, and cheers for the working interview, the ward was bedlam that day and you coped brilliantly.\n\nIt came down to two strong candidates, and the partners chose the other nurse, whose exotics background fits our caseload. She's said yes and starts next month.\n\nTake care and good luck,\n{sig}\nHead Nurse, {co}\n\nOn {qdate}, {full} <{me}> wrote:\n> Thank you for today, it was great to see the practice.",
   ("Thornfield Vets", "Riverside Animal Hospital"), ("thornfieldvets.example", "riversideanimal.example"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-saas-cs", "RE: [EXT] RE: [EXT] Customer Success Manager - final round",
   "{name},\n\nApologies, this update is late after last week's panel. The other finalist accepted our offer; she signed this morning.\n\nYour case study was up there with the best; her years running hospital accounts decided it.\n\nThanks for the energy you put into this.\n{sig}\nVP Customer Success, {co}\n\n-----Original Message-----\nFrom: {full} <{me}>\nSent: {qdate}\nTo: {sig}\nSubject: RE: [EXT] Customer Success Manager - final round\n\nHi {sfirst}, thank you for the opportunity to present.",
   ("Clinicloop", "Wardwise Software"), ("clinicloop.example", "wardwise.example"), frm="{sig} <{sl}@{dom}>", tz="use", copies=2)
mr("thr-school-senco", "Re: Re: SENCo assistant",
   "Dear {name},\n\nThanks for the lesson with Year 4, they talked about that story all afternoon.\n\nThe governors met yesterday and have appointed Mrs Achebe, who has been covering the role on a temporary basis this term.\n\nWith warm wishes,\n{sig}\nHeadteacher, {co}\n\nOn {qdate} {full} wrote:\n> Dear {sfirst}, it was a joy to visit today.",
   ("St Brannoc's Primary School", "Castle Mead Infant School"), ("stbrannocs.example", "castlemead.example"), frm="{sig} <head@{dom}>", tz="uk", copies=2)
mr("thr-ngo-program", "RE: [EXT] Re: Programme Officer interview",
   "Dear {name},\n\nApologies for the wait after the interview. Deliberations are over: the Programme Officer post goes to a colleague in our Kano field office, an internal applicant.\n\nIt was good meeting you; we'll hold your CV for the next funding cycle.\n\nBest regards,\n{sig}\nCountry Director, {co}\n\n________________________________\nFrom: {full} <{me}>\nSent: {qdate}\nSubject: Re: Programme Officer interview\n\nGood afternoon, I hope the process is going well.",
   ("Sahel Water Futures", "Harmattan Health Initiative"), ("sahelwater.example", "harmattanhealth.example"), frm="{sig} <{sl}@{dom}>", tz="ng", copies=2)
mr("thr-fintech-in", "Re: [EXT] Re: Product Analyst - round 3",
   "Hi {name},\n\nMany thanks for Saturday's session with Meghna and the CTO. The panel has discussed, and the role is being closed with a colleague from our Pune office who has three years on the UPI stack.\n\nLiked the way you cracked the case.\n\nRegards,\n{sig}\n{co}\n\nOn {qdate}, {full} <{me}> wrote:\n> Hi, do tell me if any document is pending from my end.",
   ("Paisaplex Technologies", "Kosh Ledger Labs"), ("paisaplex.example", "koshledger.example"), frm="{sig} <{sl}@{dom}>", tz="in", copies=2)
mr("thr-winery-sommelier", "Re: Cellar door / sommelier",
   "Hey {name},\n\nCheers for coming up to the valley for the tasting and the chat. Bit of news: the owners have decided to hand the cellar door over to Priya, who's been doing our weekend bookings for two years and asked for more hours.\n\nIt was a pleasure pouring for you.\n{sig}\n\nOn {qdate}, {name} <{me}> wrote:\n> Thanks {sfirst}, I had such a good time.",
   ("Ironbark Ridge Wines", "Copperfield Estate"), ("ironbarkridge.example", "copperfieldestate.example"), frm="{sig} <{sl}@{dom}>", tz="aus", copies=2)
mr("thr-dental-sg", "RE: [EXT] Re: Dental assistant - trial day",
   "Hi {name},\n\nThanks for the trial day, and for your patience with our new booking system. Dr Lim has confirmed the dental assistant position for Ms Tan, who worked with him at his previous clinic.\n\nWishing you a good next step.\n{sig}\nClinic Manager, {co}\n\nFrom: {full}\nSent: {qdate}\nSubject: Re: Dental assistant - trial day",
   "Novena Smile Studio", "novenasmile.example", frm="{sig} <{sl}@{dom}>", tz="sg")
mr("thr-ca-library", "Fwd: RE: [EXT] Re: Branch library technician",
   "{name} - forwarding the note below from the branch head, since you asked me to keep you posted.\n\n---------- Forwarded message ----------\nFrom: {sig} <{sl}@{dom}>\nDate: {qdate}\nSubject: RE: [EXT] Re: Branch library technician\n\nHi Jen, can you let the external candidates know that the technician position went to our current page, Daniel, who has completed his diploma. Thank you for arranging the interviews.\n\nJen Tremblay\nHR Assistant, {co}",
   "Moosehide Public Library", "moosehidelibrary.example", frm="Jen Tremblay <jen.tremblay@{dom}>", tz="cap")

# ---------------------------------------------------------------- mix: 8 clear refusals under long footers
mr("ftr-builder-merchant", "Your {co} application",
   "Hi {name},\n\nYour {role} application has been read by the branch, and it stops here: no interview this time.\n\nThe {co} Careers Team\n\n-----\nWhy work at {co}?\nColleague discount on timber, tools and paint | Profit share | Trade-skill academy\nMore roles: careers.{dom} | Jobs by email: careers.{dom}/alerts\nLarge print or audio copy? Ring our accessibility line.\n{co} Ltd, company no. 0{ref}, Unit 4, Tannery Way, Leeds (registered office).\nSent because you applied through careers.{dom}. Stop job alerts.",
   ("Bellweather Builders Merchants", "Hartfield Timber & Trade"), ("bellweatherbm.example", "hartfieldtrade.example"), frm="{co} Careers <careers@{dom}>", role=("Yard Operative", "Trade Counter Assistant"), tz="uk", copies=2)
mr("ftr-us-airline", "{co} Careers: {role}",
   "Dear {name},\n\nUpdate regarding {role}: your candidacy ends at this point, without an interview, for this opening.\n\n{co} Careers\n\n________________________________\nJOIN OUR TALENT COMMUNITY | FOLLOW US | DOWNLOAD THE APP\nBeware of recruitment fraud: {co} never asks candidates for payment or bank details during hiring.\n{co} participates in E-Verify. Know Your Rights: Workplace Discrimination is Illegal.\nReasonable accommodation: if you need assistance applying, contact accommodations@{dom}.\n(c) {co}. All rights reserved. Privacy | Terms | Candidate Data Notice",
   ("Prairie Wing Airlines", "Cascade Regional Air"), ("prairiewing.example", "cascaderegional.example"), frm="{co} Careers <careers@notify.{dom}>", role=("Ramp Agent", "Customer Service Agent - Gate"), tz="usc", copies=2)
mr("ftr-in-bank", "Your application with {co}",
   "Dear {name},\n\nYour profile for {role} has been assessed in detail, and the application is closed at our end for this role.\n\nRegards,\nHR Team, {co}\n\n--\nBEWARE OF FRAUDULENT OFFERS: no money is ever collected from candidates by {co}. Genuine offer letters come only from @{dom}.\nUpcoming walk-in drives: Chennai | Coimbatore | Madurai\nFollow {co} Careers for updates. Mailbox unattended.",
   ("Thamirabarani Bank", "Kongu Small Finance Bank"), ("thamirabank.example", "kongusfb.example"), frm="{co} Careers <no-reply@{dom}>", role=("Relationship Officer", "Branch Operations Executive"), tz="in", copies=2)
mr("ftr-ca-university", "Application for {role}",
   "Hello {name},\n\nRe: {role} with {co}. Review by the hiring committee is complete, and it has chosen other applicants to interview for this posting.\n\nHuman Resources\n\n{co} sits on traditional territory and honours the First Nations on whose land we work and study.\nEmployment equity is a commitment at {co}; all qualified people are encouraged to apply, and accommodation can be arranged at any stage.\nConfidential. Wrongly delivered? Tell the sender, then erase this message.",
   "Saltmarsh University", "saltmarshu.example", frm="HR Recruitment <hr.recruit@{dom}>", role="Student Advisor, Co-op Programs", tz="can")
mr("ftr-za-retailer-board", "{role} | {co}",
   "Hi {name}\n\nUpdate on {role}: another applicant was selected for this position.\n\nWant more jobs like this?\n> Cashier - Gqeberha\n> Stock Controller - East London\n> Store Manager in training - Mthatha\nSee all jobs | Set up alerts | Update your CV\nPowered by {co} jobs. POPIA notice: we process your details only to manage your application.",
   "Kwezi Homeware Stores", "kwezihomeware.example", frm="{co} Jobs <jobs@{dom}>", role="Merchandiser", tz="za")

# ---------------------------------------------------------------- mix: 9 hedged refusals
mr("hdg-profiles-align", "{role} - update",
   "Hi {name},\n\nSorry for the wait. After meeting a fair few people, the team's view is that other applicants sit nearer to what the role covers right now.\n\nDo apply for future roles here.\n\n{sig}\n{co}",
   ("Meridian Brand Partners", "Fieldnote Research"), ("meridianbrand.example", "fieldnoteresearch.example"), frm="{sig} <{sl}@{dom}>", role=("Account Director", "Qualitative Researcher"), tz="uk", copies=2)
mr("hdg-other-direction", "Re: {role}",
   "Hi {name},\n\nQuick update: the business has chosen to fold this work into an existing team instead of hiring from outside. Sorry, I know you invested real time in us.\n\nBest,\n{sig}",
   ("Ardent Logistics", "Bluebeck Foods"), ("ardentlogistics.example", "bluebeckfoods.example"), frm="{sig} <{sl}@{dom}>", role=("Transport Planner", "Demand Planner"), tz="use", copies=2)
mr("hdg-nonnative-pt", "Recruitment {role}",
   "Dear {name},\n\nWe thank your participation in our process of recruitment. Our conclusion is that other candidates present a profile more adequate to the requisites of this function at this moment.\n\nWe will maintain your contacts for future opportunities.\n\nBest regards,\n{sig}\n{co}",
   ("Atlântico Shared Services", "Douro Tech Centre"), ("atlantico-ss.example", "dourotech.example"), frm="{sig} <{sl}@{dom}>", role=("Payroll Analyst", "IT Support Analyst with English"), tz="pt", copies=2)
mr("hdg-ng-brief", "RE: {role}",
   "Dear {name},\n\nThanks for visiting our office Tuesday. Upon review, management felt that other candidates are better aligned with what the role demands at this time.\n\nWe appreciate your interest.\n\n{sig}\nAdmin & HR, {co}",
   "Eko Marine Services", "ekomarine.example", frm="{sig} <{sl}@{dom}>", role="Marine Logistics Coordinator", tz="ng")
mr("hdg-restructure", "The Operations Coordinator post",
   "Dear {name},\n\nSorry for the long wait. Since advertising, we've reorganised the operations team and the coordinator duties are now being shared between two current staff, so we won't be recruiting into the post.\n\nWe really appreciate the interest.\n\n{sig}",
   "Gallowgate Theatre Trust", "gallowgatetheatre.example", frm="{sig} <{sl}@{dom}>", role="Operations Coordinator", tz="uk")
mr("hdg-sg-preferred", "{co} - {role}",
   "Dear {name},\n\nThanks for meeting us. The hiring manager's pick is a candidate whose experience matches the team's present projects more closely.\n\nThanks for coming in.\n\nRegards,\n{sig}\n{co}",
   "Keppel Quay Engineering", "keppelquay.example", frm="{sig} <{sl}@{dom}>", role="Mechanical Design Engineer", tz="sg")

# ---------------------------------------------------------------- mix: 7 recruiter follow-ups with another role
mr("rec-followup-legal", "Following our call - {role}",
   "Hi {name},\n\nGood to speak this afternoon. To recap the call: the firm's feedback is in, and they've picked a candidate with heavier commercial property exposure, so that door's shut.\n\nSilver lining, there's a private client paralegal seat in Chester, hybrid, £29k, that may suit you better. Happy for me to submit your CV?\n\n{sig}\nSenior Consultant, {co}",
   ("Rookwood Legal Recruitment", "Pennant Search Partners"), ("rookwoodlegal.example", "pennantsearch.example"), frm="{sig} <{sl}@{dom}>", role=("Property Paralegal", "Conveyancing Assistant"), tz="uk", copies=2)
mr("rec-followup-au-mining", "RE: FIFO role - update",
   "Hi {name},\n\nGood yarn before. As mentioned, the Pilbara crew spot went to a bloke with more seat time on 793s, client's call.\n\nBut there's a DIDO haul truck gig at a gold site near Kalgoorlie, 2:1 roster, kicking off in three weeks. Interested? Shoot me a yes and your CV goes over today.\n\nCheers,\n{sig}\n{co}",
   ("Redearth Workforce", "Spinifex Labour Hire"), ("redearthworkforce.example", "spinifexlabour.example"), frm="{sig} <{sl}@{dom}>", tz="auw", copies=2)
mr("rec-followup-in-it", "Feedback from client - {role}",
   "Hi {name},\n\nPer our call, the client filled the Java developer role with an immediate joiner; the 60-day notice period was the sticking point for you.\n\nSeparately, a Bengaluru product firm (Spring Boot + Kafka, 8-12 LPA) is fine with notice. OK to forward your profile? Also share current CTC.\n\nRegards,\n{sig}\n{co}",
   "Vayu Talent Solutions", "vayutalent.example", frm="{sig} <{sl}@{dom}>", role="Java Developer", tz="in")
mr("rec-followup-ca-health", "your application - quick update",
   "Hi {name}, following up on our call this morning: the clinic hired internally for the unit clerk job, so that one is off the table. I also have a medical office assistant role in Surrey, days only, that could be a good fit. Shall I submit you? {sig}, {co}",
   "Fraser Delta Staffing", "fraserdeltastaffing.example", tz="cap")
mr("rec-followup-ie-pharma", "Re: QC Analyst - Cork",
   "Hi {name},\n\nJust to close the loop after our call: the site has made a decision on the QC Analyst role and the successful candidate was someone with HPLC method validation behind them.\n\nThere's a micro lab role with the same client in Ringaskiddy I'd love to talk about, could you do 10 minutes tomorrow?\n\nThanks,\n{sig}\n{co}",
   "Lee Valley Life Sciences Recruitment", "leevalleyls.example", tz="ie")

# ---------------------------------------------------------------- mix: 8 public-sector notices
mr("pub-us-state-list", "Notice of Examination Results - {role}",
   "Dear {full},\n\nExam No. {ref}, {role}: result of the qualifications review.\n\nReviewers compared the schooling and work history on your application with the entry requirements for this exam. The history shown falls short of those requirements, so you are rated ineligible and no rank or score has been assigned.\n\nA written appeal, with any missing dates or duties, may be mailed here within ten calendar days of the postmark.\n\nDepartment of Personnel Administration\n{co}",
   ("State of Wabash Valley", "Commonwealth of East Allegheny"), ("wabashvalley-state.example", "eastallegheny-gov.example"), frm="Exam Notices <examnotices@{dom}>", role=("Environmental Specialist 2", "Revenue Agent Trainee"), tz="usc", copies=2)
mr("pub-uk-council", "Outcome of your application - {role}",
   "Dear {name}\n\nReference: {ref}\n\nThe interviews for {role} are finished, and a different candidate has been appointed.\n\nFeedback from the recruiting manager is available on request for 28 days.\n\nHR Service Centre\n{co}",
   ("Oakhampton District Council", "Lowther Moor Borough Council"), ("oakhampton-dc.example", "lowthermoor.example"), frm="HR Service Centre <hrservicecentre@{dom}>", role=("Environmental Health Technician", "Licensing Officer"), tz="uk", copies=2)
mr("pub-nz-ministry", "Your application: {role}",
   "Kia ora {name},\n\nShortlisting for {role} is done. Your application is not one the panel will interview. Thanks for wanting to work alongside us.\n\nNgā mihi,\nPeople and Capability\n{co}",
   ("Te Awa Regional Transport Agency", "Southern Lakes Conservation Board"), ("teawatransport.example", "southernlakesboard.example"), frm="People and Capability <recruitment@{dom}>", role=("Policy Analyst", "Ranger - Biodiversity"), tz="nz", copies=2)
mr("pub-ie-cancelled", "Competition {ref}: {role}",
   "Dear {name},\n\nRegarding the competition named above: a review of staffing needs has led to its cancellation, and no further stages will be held. Applications, yours included, are closed without further consideration.\n\nRecruitment Unit\n{co}",
   "Office of the Western Fisheries Board", "westernfisheries.example", frm="Recruitment Unit <recruitment@{dom}>", role="Clerical Officer", tz="ie")
mr("pub-au-ineligible", "Application outcome: {role}",
   "Dear {name},\n\nRe {role} (ref {ref}): citizenship is an eligibility condition of this job. The details you gave show you don't hold Australian citizenship, so the application is ineligible and ends here.\n\nRegards,\nRecruitment Services\n{co}",
   "Department of Coastal Resources (Queensland)", "coastalresources-qld.example", frm="Recruitment Services <recruitment@{dom}>", role="Project Officer", tz="au")

# ---------------------------------------------------------------- mix: 6 bare ATS statuses
mr("ats-status-declined", "Application status: {role}",
   "{co}\n\nStatus update\nPosition: {role}\nRequisition: {ref}\nCurrent status: Declined\n\nCandidate portal: candidates.{dom}",
   ("Vantage Freight Systems", "Orchid Lane Hospitality"), ("vantagefreight.example", "orchidlane.example"), frm="{co} <no-reply@candidates.{dom}>", role=("Dispatcher", "Banquet Server"), tz="usc", copies=2)
mr("ats-status-noconsider", "Update on your application",
   "Hi {name},\n\nYour application for {role} at {co} is no longer being considered.\n\n{co} Recruiting",
   ("Silverline Software", "Greenquay Energy"), ("silverlinesw.example", "greenquay.example"), frm="{co} Recruiting <notifications@{dom}>", role=("Outbound Sales Rep (Nordics)", "Field Service Technician"), tz="usp", copies=2)
mr("ats-status-in-closed", "Job Application Update",
   "Dear {name},\nJob ID: {ref}\nRole: {role}\nStatus: Closed - Candidate not selected\n-- {co} careers (auto)",
   "Narmada Pharma", "narmadapharma.example", frm="{co} Careers <noreply@{dom}>", role="Production Chemist", tz="in")
mr("ats-status-unsuccessful-uk", "{co}: status update",
   "Your application for {role} has been updated.\n\nNew status: Unsuccessful\n\nLog in to see your other applications.",
   "Northwick Care Group", "northwickcare.example", frm="{co} <jobs@{dom}>", role="Senior Care Assistant (Nights)", tz="uk")

# ---------------------------------------------------------------- mix: 6 internship / graduate decisions
mr("int-us-summer", "{co} Summer Internship Program - Decision",
   "Dear {name},\n\nOver 4,000 students applied to the {co} Summer Internship Program for about 60 seats this year.\n\nYour application was reviewed in full, and you will not be joining the summer cohort. Next cycle's application opens in August; good luck with the semester.\n\nUniversity Recruiting Team\n{co}",
   ("Lakeshore Capital Partners", "Ridgeway Aerospace"), ("lakeshorecap.example", "ridgewayaero.example"), frm="University Recruiting <campus@{dom}>", tz="use", copies=2)
mr("int-uk-grad-ac", "Your {co} Graduate Programme application",
   "Dear {name},\n\nThanks for your day at our assessment centre; it was a strong field. The panel has now met, and no {co} Graduate Programme place is being offered to you this year.\n\nReply within a fortnight for written feedback on your exercises.\n\nEarly Careers Team\n{co}",
   ("Tidewell Water", "Carrick Rail Infrastructure"), ("tidewellwater.example", "carrickrail.example"), frm="Early Careers <earlycareers@{dom}>", tz="uk", copies=2)
mr("int-za-learnership", "Learnership Programme 2026",
   "Dear {name}\n\nThe {co} Learnership Programme had far more applicants than seats. For this intake you have not been placed as a learner.\n\nRegards\nSkills Development Unit\n{co}",
   "Umgeni Water Services", "umgeniwater.example", frm="Skills Development <skills@{dom}>", tz="za")
mr("int-sg-attachment", "Internship Attachment Application",
   "Dear {name},\n\nRe your request for an internship attachment at {co} next semester: after review, there is no placement available for you. Do look at other firms through your school's internship portal.\n\nRegards,\nHR Department, {co}",
   "Pasir Panjang Port Services", "pasirpanjangport.example", frm="HR Department <hr@{dom}>", tz="sg")

# ---------------------------------------------------------------- mix: 50 confirmations
mo("application_received", "wd-req-conf", "Your {co} candidate home: we have your application",
   "Hello {name},\n\nYour application for requisition R-{ref} ({role}) is in. After closing, the hiring manager works through the shortlist. Not picked for interview? Then the requisition shows as archived in your candidate home and an email from us follows too, so nothing is left hanging.\n\n{co} Talent Acquisition",
   ("Harrowgate Mutual", "Calderbridge Insurance"), ("harrowgatemutual.example", "calderbridge-ins.example"), frm="{co} Talent Acquisition <noreply-talent@{dom}>", role=("Claims Handler II", "Underwriting Assistant"), tz="uk", copies=2)
mo("application_received", "gh-plain-conf", "{co} // got your application",
   "Hi {name},\n\nYour application for {role} landed safely. We read every one by hand, which takes a little while. Whether it's a chat with the hiring lead or a polite pass, a human writes to you, not a bot.\n\n— People team at {co}",
   ("Pollenpath", "Quayside Analytics"), ("pollenpath.example", "quaysideanalytics.example"), frm="{co} <no-reply@{dom}>", role=("Growth Marketing Associate", "Junior Data Analyst"), tz="usp", copies=2)
mo("application_received", "sr-html-conf", "Application received",
   "<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\"><h3>{co}</h3><p>Dear {name},</p><p>We have your application <b>{role}</b> (ref {ref}).</p><p>Current status: <b>Submitted</b></p><p>What can happen next: <i>Shortlisted</i>, or <i>Not shortlisted</i> if the recruiters pick other applicants. Either change will show here and reach you by e-mail.</p><p><a href=\"https://jobs.{dom}/me\">jobs.{dom}/me</a></p></td></tr></table></body></html>",
   ("Brightwater Hotels Group", "Marlstone Retail"), ("brightwaterhotels.example", "marlstoneretail.example"), frm="{co} Recruitment <careers@{dom}>", role=("Front Office Supervisor", "Visual Merchandiser"), tz="eu", copies=2)
mo("application_received", "icims-county-conf", "Application Received - {role} (Posting #{ref})",
   "Dear {full},\n\n{co} has your application for {role}. The department reads applications once the posting closes. Interviewees get a phone call or e-mail; if someone else is picked, an e-mail goes out to you after the hire is final.\n\nHuman Resources\n{co}\n\n{co} is an equal opportunity employer.",
   ("Tallgrass County Government", "Oxbow Valley Medical Center"), ("tallgrasscounty.example", "oxbowvalleymed.example"), frm="{co} HR <hr-donotreply@{dom}>", role=("Parks Maintenance Worker I", "Patient Access Rep, Night Registration"), tz="usc", copies=2)
mo("application_received", "taleo-uni-conf", "Position {ref}: application complete",
   "Dear {name},\n\nYour application for {role} at {co} is complete. Committee review starts on the date listed in the posting. Candidates the committee does not select for further consideration will be informed when the search concludes, which can take several months for academic posts.\n\nOffice of Faculty and Staff Recruitment\n{co}",
   ("Northmere State University", "Ridgeline College of Technology"), ("northmere.example", "ridgelinetech.example"), frm="{co} Careers <recruit-noreply@{dom}>", role=("Research Associate, Soil Chemistry", "Lab Coordinator, Materials Engineering"), tz="usm", copies=2)
mo("application_received", "ashby-founder-conf", "Thanks for applying to {co}",
   "Hey {name},\n\nYour application for {role} is in my queue; I read them myself, usually Sunday nights. No match, and I'll tell you plainly instead of leaving you guessing. Match, and a calendar link shows up.\n\n{sig}\nCo-founder, {co}",
   ("Ledgerlight", "Tallyhop"), ("ledgerlight.example", "tallyhop.example"), frm="{sig} via Ashby <no-reply@ashbyhq.{dom}>", role=("Founding Compliance Lead", "Risk Operations Associate"), tz="uk", copies=2)
mo("application_received", "workable-conf", "Application for {role} at {co}",
   "Hi {name},\n\nYour {role} application came through. The team goes through the pile over the next fortnight. Sadly we're too small to answer everyone one by one, so three quiet weeks mean we went with another applicant.\n\n{co}\n\nSent with Workable-style hiring software",
   ("Corran Coffee Roasters", "Stillwater Kitchens"), ("corrancoffee.example", "stillwaterkitchens.example"), frm="{co} <{sl}@apply.{dom}>", role=("Wholesale Account Manager", "Kitchen Designer"), tz="ie", copies=2)
mo("application_received", "bamboo-conf", "{role} - {co}",
   "Dear {name},\n\nYour {role} application has reached the practice. We read everything after closing. If we don't ask you in, a short email says so; no guessing games.\n\nKind regards,\n{sig}\nPractice Manager, {co}",
   ("Kelso & Wray Chartered Surveyors", "Hallam Veterinary Group"), ("kelsowray.example", "hallamvets.example"), frm="{sig} <{sl}@{dom}>", role=("Assistant Building Surveyor", "Client Care Coordinator"), tz="uk", copies=2)
mo("application_received", "recruitee-conf", "We received your application for {role}",
   "Dear {name},\n\nGreat to see you applied to {co} ({role}). Fridays are when we read them. Positive or negative, expect an answer inside two weeks; and if this role is a no, we'll ask your permission before saving the CV for later openings.\n\nBest,\nTalent team {co}",
   ("Klimaatwerk", "Fjordlight Software"), ("klimaatwerk.example", "fjordlight.example"), frm="{co} <{sl}@mail.{dom}>", role=("Energy Transition Consultant", "Go Engineer, Metering Platform"), tz="eu", copies=2)
mo("application_received", "in-portal-conf", "Application Received - {role} | {co}",
   "Dear {full},\n\nGreetings from {co}!\n\nYour application for {role} (Job Code {ref}) has been successfully submitted. Our team will call only those profiles that match the requirement for the next round. Profiles that are not shortlisted might not get a separate mail.\n\nRegards,\nTalent Acquisition Team\n{co}\n\nAuto-generated by the careers system; replies go nowhere.",
   ("Sahyadri Fintech Services", "Kaveri Infra Projects"), ("sahyadrifin.example", "kaveriinfra.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Associate - Credit Operations", "Junior Site Engineer - Flyovers"), tz="in", copies=2)
mo("application_received", "ng-telco-conf", "ACKNOWLEDGEMENT: APPLICATION FOR {role}",
   "Dear {name},\n\nYour {role} application has been logged by {co}. Our team reaches out solely to shortlisted persons. Where a month passes after the vacancy closes without any message from HCM, kindly treat the application as unsuccessful.\n\nYours faithfully,\nFor: Human Capital Management\n{co}",
   ("Ajoke Telecoms Limited", "Ogunlade Agro-Allied Plc"), ("ajoketelecoms.example", "ogunladeagro.example"), frm="{co} HCM <hcm@{dom}>", role=("Network Field Engineer", "Graduate Sales Officer"), tz="ng", copies=2)
mo("application_received", "ftr-builder-conf", "We've got your {co} application",
   "Hi {name},\n\nYour {role} application is with the store manager, who reads them on Wednesdays. A no still gets an email from us, so you know where things stand; a yes gets a phone call from the manager.\n\nThe {co} Careers Team\n\n-----\nWhy work at {co}?\nColleague discount on timber, tools and paint | Profit share | Trade-skill academy\nMore roles: careers.{dom}\n{co} Ltd, Unit 4, Tannery Way, Leeds (registered office).",
   ("Bellweather Builders Merchants", "Hartfield Timber & Trade"), ("bellweatherbm.example", "hartfieldtrade.example"), frm="{co} Careers <careers@{dom}>", role=("Yard Operative", "Trade Counter Assistant"), tz="uk", copies=2)
mo("application_received", "ftr-us-airline-conf", "{co} Careers: application submitted",
   "Dear {name},\n\nYour {role} application is in the queue, reviewed first-come first-served. Should it stop at review, an email tells you; should it go on, a recruiter sends a virtual interview link.\n\n{co} Careers\n\n________________________________\nJOIN OUR TALENT COMMUNITY | FOLLOW US\nBeware of recruitment fraud: {co} never asks candidates for payment.\n{co} participates in E-Verify.",
   ("Prairie Wing Airlines", "Cascade Regional Air"), ("prairiewing.example", "cascaderegional.example"), frm="{co} Careers <careers@notify.{dom}>", role=("Ramp Agent", "Customer Service Agent - Gate"), tz="usc", copies=2)
mo("application_received", "pub-uk-council-conf", "Application received - {role}",
   "Dear {name}\n\nReference: {ref}\n\nYour form for {role} has reached us. The panel shortlists roughly a fortnight after the advert ends. A month after closing with nothing from us in your inbox means the panel chose others for interview this time.\n\nHR Service Centre\n{co}",
   ("Oakhampton District Council", "Lowther Moor Borough Council"), ("oakhampton-dc.example", "lowthermoor.example"), frm="HR Service Centre <hrservicecentre@{dom}>", role=("Environmental Health Technician", "Licensing Officer"), tz="uk", copies=2)
mo("application_received", "pub-us-state-conf", "Examination Application Received - {role}",
   "Dear {full},\n\nYour application for {role}, Exam No. {ref}, has been received. Our staff will review your training and experience. You will receive a written notice telling you whether you meet the minimum qualifications and, if so, your score and rank on the eligible list. Please allow six to eight weeks.\n\nDepartment of Personnel Administration\n{co}",
   ("State of Wabash Valley", "Commonwealth of East Allegheny"), ("wabashvalley-state.example", "eastallegheny-gov.example"), frm="Exam Notices <examnotices@{dom}>", role=("Environmental Specialist 2", "Revenue Agent Trainee"), tz="usc", copies=2)
mo("application_received", "int-us-summer-conf", "{co} Summer Internship Program - Application Received",
   "Dear {name},\n\nYour {co} Summer Internship Program application is in. Reviews roll through January. Yes or no, an email comes from us before February is out, so no need to chase.\n\nUniversity Recruiting Team\n{co}",
   ("Lakeshore Capital Partners", "Ridgeway Aerospace"), ("lakeshorecap.example", "ridgewayaero.example"), frm="University Recruiting <campus@{dom}>", tz="use", copies=2)
mo("application_received", "rec-legal-conf", "Your details - {co}",
   "Hi {name},\n\nGreat speaking just now. You're registered and your CV has gone to the firm for the {role} vacancy; they tend to reply within a week. If they say no, I'll phone you rather than go quiet, and we'll work out what's next together.\n\n{sig}\nSenior Consultant, {co}",
   ("Rookwood Legal Recruitment", "Pennant Search Partners"), ("rookwoodlegal.example", "pennantsearch.example"), frm="{sig} <{sl}@{dom}>", role=("Property Paralegal", "Conveyancing Assistant"), tz="uk", copies=2)
# once each
mo("application_received", "jazzhr-conf", "Re: {role}", "Hi {name}, got it, thanks! You'll hear back only if we want you in for an interview. - {sig}", "Sawgrass Roofing", "sawgrassroofing.example", role="Estimator", tz="use")
mo("application_received", "sg-clinic-conf", "{co}: application received",
   "Dear {name},\n\n{role}: received. Shortlisted applicants get a call within 14 days. No call by then means other candidates were chosen; we hold your resume for six months.\n\nHR Executive, {co}",
   "Tanglin Family Clinic", "tanglinclinic.example", frm="{co} HR <hr@{dom}>", role="Clinic Assistant", tz="sg")
mo("application_received", "za-mining-conf", "Vacancy {ref}: application received",
   "Good day {name}\n\nApplication logged: {role}. The panel shortlists once the advert comes down. No contact from the Recruitment Centre by thirty days after that point: treat the application as unsuccessful. Thanks for considering {co}.\n\nRecruitment Centre",
   "Blouberg Platinum Holdings", "bloubergplatinum.example", frm="Recruitment Centre <recruitment@{dom}>", role="Junior Mine Surveyor", tz="za")
mo("application_received", "au-council-conf", "Casual {role} pool - got it",
   "G'day {name},\n\nThanks for applying for the casual {role} pool. Applications close Friday and get read after that. Should the pool fill before we reach yours, we'll tell you, and you'll be first called when it re-opens.\n\nCheers,\nAquatic Services, {co}",
   "Shire of Wattle Flat", "wattleflat.example", frm="Aquatic Services <aquatics@{dom}>", role="Swim Teacher", tz="auw")
mo("application_received", "ie-credit-conf", "Application: {role}",
   "Dear {name},\n\nThank you for applying to {co} for the {role} role. The panel sits once applications close; every applicant gets a letter, called to interview or not.\n\nIs mise le meas,\n{sig}",
   "Slievenamon Credit Union", "slievenamoncu.example", frm="{sig} <{sl}@{dom}>", role="Member Services Officer", tz="ie")
mo("application_received", "nonnative-fr-conf", "Your candidature - {role}",
   "Dear {name},\n\nYour candidature on the {role} post is well arrived. The manager studies the file in the coming weeks. Negative answer: you receive a mail. Positive answer: a call for a meeting.\n\nCordially,\nHR Department, {co}",
   "Vignobles Castelmaure Export", "castelmaure-export.example", frm="HR <rh@{dom}>", role="Export Sales Assistant (UK market)", tz="eu")
mo("application_received", "ph-bpo-conf", "Application Received - {co}",
   "Hi {name}! We received your application for {role}. Expect an SMS or call from our recruiters in 5 working days. No text? you may walk in at our Ortigas site any weekday. Thank you!\n\n- {co} Recruitment",
   "Pasig Bayfront Contact Solutions", "pasigbayfront.example", frm="{co} Recruitment <recruitment@{dom}>", role="Customer Care Associate (Telco Account)", tz="ph")
mo("application_received", "uk-housing-conf", "We have your application: {role} ({ref})",
   "Dear {name}\n\nYour form has reached {co}. Shortlisting happens the week after closing. Interview or no interview, you'll get the outcome by email, and anyone can ask us for feedback.\n\nResourcing Team\n{co}",
   "Wyvern Vale Homes", "wyvernvalehomes.example", frm="Resourcing <resourcing@{dom}>", role="Tenancy Sustainment and Arrears Officer", tz="uk")
mo("application_received", "pub-nz-conf", "We've received your application: {role}",
   "Kia ora {name},\n\nYour application for {role} is in. Shortlisting wraps up about a week after closing, and each applicant is told the result, interview or not.\n\nNgā mihi,\nPeople and Capability\n{co}",
   "Te Awa Regional Transport Agency", "teawatransport.example", frm="People and Capability <recruitment@{dom}>", role="Policy Analyst", tz="nz")
mo("application_received", "int-uk-grad-conf", "Your {co} Graduate Programme application",
   "Dear {name},\n\nYour {co} Graduate Programme application is in. An online situational judgement test follows, link within 48 hours. Whichever stage it stops at, if it stops, an email tells you, and next year's intake is open to you again.\n\nEarly Careers Team\n{co}",
   "Tidewell Water", "tidewellwater.example", frm="Early Careers <earlycareers@{dom}>", tz="uk")
mo("application_received", "talentpool-conf", "You're in our talent community",
   "Hi {name},\n\nThanks for joining the {co} talent community. We'll match your profile against new vacancies as they open. No match, no emails: expect a message only when something fits, so a quiet inbox just means nothing suitable has come up yet.\n\n{co} Careers",
   "Harbourline Ferries", "harbourlineferries.example", frm="{co} Careers <talent@{dom}>", tz="uk")
mo("application_received", "in-startup-conf", "Thanks for applying - {co}",
   "Hi {name},\n\nThanks for applying for {role}. We are a small team, so responses can take up to 3 weeks. If we don't move ahead, we'll still drop a mail, and your profile remains with us for future roles.\n\nCheers,\n{sig}\n{co}",
   "Chaiwala Cloud Kitchens", "chaiwalacloud.example", role="Category Manager", tz="in")
mo("application_received", "ca-bilingual-conf", "{role} - application received / candidature reçue",
   "Hello {name} / Bonjour {name},\n\nYour application for {role} is in our system. After each phase, every applicant is told the result, retained or not.\n\nVotre candidature est enregistrée dans notre système. Après chaque étape, chaque personne est informée du résultat, retenue ou non.\n\nStaffing Services / Services de dotation\n{co}",
   "Office of the Lakehead Port Authority", "lakeheadport.example", frm="Staffing <dotation-staffing@{dom}>", role="Marine Operations Clerk", tz="cae")
mo("application_received", "museum-conf", "We received your application",
   "Dear {full},\n\nThank you for applying for {role} at {co}. Our search group reads every application, and because of the volume this takes about a month. We'll write again once a decision is made: to arrange a conversation, or to say we've chosen someone else.\n\nHuman Resources\n{co}",
   "Cumberland River Museum of Natural History", "cumberlandrivermuseum.example", frm="Human Resources <hr@{dom}>", role="Visitor Experience Coordinator", tz="usc")
mo("application_received", "sg-attach-conf", "Internship Attachment Application Received",
   "Dear {name},\n\nYour internship attachment application is with {co} HR. Within three weeks, those shortlisted get an interview call. Sorry, others will not be individually informed.\n\nHR Department, {co}",
   "Pasir Panjang Port Services", "pasirpanjangport.example", frm="HR Department <hr@{dom}>", tz="sg")
mo("application_received", "vet-direct-conf", "Re: RVN position",
   "Hi {name}, CV received, ta. Head nurse is away till Monday and will read it then. Not right for us? She'll say so, she always does! {sig}, Reception",
   "Thornfield Vets", "thornfieldvets.example", tz="uk")

# ---------------------------------------------------------------- mix: 15 interview
mo("interview", "thr-brewery-inv", "RE: [EXT] Re: Production planner - second chat",
   "Hi {name},\n\nThanks for checking in. Can you do a second chat plus a canning-line walk round at the brewhouse, {day} at 10am? Unfortunately parking is tight on brew days, so get the train.\n\n{sig}\nOperations Manager | {co}\n\nFrom: {full} <{me}>\nSent: {qdate}\nSubject: Re: Production planner\n\nHi {sfirst}, just checking in on timelines.",
   ("Hopstead Brewing Co", "Gannet Rock Brewery"), ("hopstead.example", "gannetrock.example"), tz="uk", copies=2)
mo("interview", "thr-saas-inv", "RE: [EXT] Customer Success Manager - final round",
   "{name},\n\nGreat conversation. Next is the final round: a 45-minute case presentation to the panel on {day}. We're seeing two other finalists, and I'll send the case brief tomorrow.\n\n{sig}\nVP Customer Success, {co}",
   ("Clinicloop", "Wardwise Software"), ("clinicloop.example", "wardwise.example"), tz="use", copies=2)
mo("interview", "pub-uk-council-inv", "Invitation to interview - {role}",
   "Dear {name}\n\nReference: {ref}\n\nYou're shortlisted for {role}, and you're invited to a panel interview on {day}. Confirm by replying within three working days; without a reply the slot passes to a reserve.\n\nHR Service Centre\n{co}",
   ("Oakhampton District Council", "Lowther Moor Borough Council"), ("oakhampton-dc.example", "lowthermoor.example"), frm="HR Service Centre <hrservicecentre@{dom}>", role=("Environmental Health Technician", "Licensing Officer"), tz="uk", copies=2)
mo("interview", "in-portal-inv", "Interview Schedule - {role} | {co}",
   "Dear {full},\n\nGreetings from {co}!\n\nYour profile is shortlisted. Technical round: {day}, 11:30 AM IST on MS Teams; invite follows. The slot is fixed and cannot be moved.\n\nRegards,\nTalent Acquisition Team",
   ("Sahyadri Fintech Services", "Kaveri Infra Projects"), ("sahyadrifin.example", "kaveriinfra.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Associate - Credit Operations", "Junior Site Engineer - Flyovers"), tz="in", copies=2)
mo("interview", "rec-resched", "Interview moved - {role}",
   "Hi {name},\n\nUnfortunately the hiring manager has had to move Thursday's interview. She's now free on {day} at 2pm, same Teams link. Can you make that? Sorry for the shuffle.\n\n{sig}\n{co}",
   ("Rookwood Legal Recruitment", "Pennant Search Partners"), ("rookwoodlegal.example", "pennantsearch.example"), role=("Property Paralegal", "Conveyancing Assistant"), tz="uk", copies=2)
mo("interview", "winery-inv", "Re: Cellar door / sommelier", "Hey {name}, loved your note. Want to come up on {day} for a tasting and a chat with the owners? Say 11am at the cellar door. {sig}", "Ironbark Ridge Wines", "ironbarkridge.example", tz="aus")
mo("interview", "ng-ngo-inv", "Invitation: Programme Officer interview",
   "Dear {name},\n\nGood news on the Programme Officer role. Your panel interview will hold at our Abuja office on {day} at 10:00am. Originals of all credentials are required. Latecomers may forfeit the slot.\n\n{sig}\nCountry Director, {co}",
   "Sahel Water Futures", "sahelwater.example", tz="ng")
mo("interview", "dental-sg-inv", "Dental assistant - trial day",
   "Hi {name},\n\nDr Lim wants you in for a trial day on {day} from 9am to 1pm. Please wear covered shoes. Let me know if the date works.\n\n{sig}\nClinic Manager, {co}",
   "Novena Smile Studio", "novenasmile.example", tz="sg")
mo("interview", "school-inv", "Teaching assistant - visit and interview",
   "Dear {name},\n\nLovely application. Could you come into school on {day}? You'd read a story with Year 4, then meet me and a governor. Bring ID for the safer recruitment checks, please.\n\n{sig}\nHeadteacher, {co}",
   "St Brannoc's Primary School", "stbrannocs.example", frm="{sig} <head@{dom}>", tz="uk")
mo("interview", "mining-rec-inv", "Client interview - haul truck operator",
   "Hi {name},\n\nThe client wants a phone interview with you on {day} at 9am AWST. Nothing's locked in yet, they're speaking to a few operators, but you're in the mix. I'll call you before to run through it.\n\n{sig}\n{co}",
   "Redearth Workforce", "redearthworkforce.example", tz="auw")

# ---------------------------------------------------------------- mix: 12 next steps
mo("next_steps", "ats-assessment", "Next step for your {co} application",
   "Hi {name},\n\n{role}: you're through to assessments. Two online tests (numbers, situations) are due 23:59 {day}. Unfinished tests at the deadline withdraw the application automatically.\n\n{co} Recruiting",
   ("Silverline Software", "Greenquay Energy"), ("silverlinesw.example", "greenquay.example"), frm="{co} Recruiting <notifications@{dom}>", role=("Outbound Sales Rep (Nordics)", "Field Service Technician"), tz="usp", copies=2)
mo("next_steps", "takehome", "{co}: take-home exercise",
   "Hey {name},\n\nEnjoyed talking! Step two is a mock compliance review of a made-up payments flow, about three hours of work, due {day}. Late ones don't get looked at unless you warned us beforehand, sorry to be strict.\n\n{sig}\n{co}",
   ("Ledgerlight", "Tallyhop"), ("ledgerlight.example", "tallyhop.example"), tz="uk", copies=2)
mo("next_steps", "pub-us-state-next", "Eligible List Notice and Next Steps - {role}",
   "Dear {full},\n\nYou qualify for {role}; the eligible list now includes your name. To remain under consideration, please return the enclosed availability form and a copy of your transcript by {day}. Candidates who do not respond will be marked unavailable.\n\nDepartment of Personnel Administration\n{co}",
   ("State of Wabash Valley", "Commonwealth of East Allegheny"), ("wabashvalley-state.example", "eastallegheny-gov.example"), frm="Exam Notices <examnotices@{dom}>", role=("Environmental Specialist 2", "Revenue Agent Trainee"), tz="usc", copies=2)
mo("next_steps", "ng-aptitude", "INVITATION TO APTITUDE TEST - {role}",
   "Dear {name},\n\nFollowing the review of your application, you are invited to take a computer-based aptitude test at our Ikeja centre on {day} by 8:00am. Kindly bring a valid ID. Candidates who fail to show up will not be rescheduled.\n\nHuman Capital Management\n{co}",
   ("Ajoke Telecoms Limited", "Ogunlade Agro-Allied Plc"), ("ajoketelecoms.example", "ogunladeagro.example"), frm="{co} HCM <hcm@{dom}>", role=("Network Field Engineer", "Graduate Sales Officer"), tz="ng", copies=2)
mo("next_steps", "grad-video", "Your video interview - {co} Graduate Programme",
   "Dear {name},\n\nWell done on the online tests. Stage three: five questions answered on camera in our recording tool. Finish by {day}; past that date the link stops working, and no extensions are possible.\n\nEarly Careers Team\n{co}",
   "Carrick Rail Infrastructure", "carrickrail.example", frm="Early Careers <earlycareers@{dom}>", tz="uk")
mo("next_steps", "nhs-like-checks", "Pre-employment checks - {role}",
   "Dear {name}\n\nFollowing your interview, we need to complete pre-employment checks. By {day}, upload a passport scan or share code, plus two referees. Your start date cannot be confirmed until these are complete.\n\nRecruitment\n{co}",
   "Northwick Care Group", "northwickcare.example", frm="Recruitment <jobs@{dom}>", role="Senior Care Assistant (Nights)", tz="uk")
mo("next_steps", "in-docs", "Document Submission - {co}",
   "Dear {name},\n\nFor verification, mail us by {day}: payslips for the last 3 months, the relieving letter (last employer), and copies of PAN and Aadhaar. Failure to submit within the timeline may put your candidature on hold.\n\nRegards,\n{sig}\nHR, {co}",
   "Narmada Pharma", "narmadapharma.example", role="Production Chemist", tz="in")
mo("next_steps", "au-police-check", "Next step: checks for {role}",
   "Hi {name},\n\nYou've been recommended for the casual pool. Before we can add you, please complete a Working with Children check and send us the number by {day}. Without it we can't roster you.\n\nAquatic Services, {co}",
   "Shire of Wattle Flat", "wattleflat.example", frm="Aquatic Services <aquatics@{dom}>", role="Swim Teacher", tz="auw")

# ---------------------------------------------------------------- mix: 8 offers
mo("offer", "thr-vet-offer", "Re: [EXT] Re: RVN interview Tuesday",
   "Hi {name},\n\nThe partners loved you, and we're offering you the RVN post: 4 days a week, starting once your notice is done. I'll send the contract tomorrow; have a think and ring me with any questions.\n\n{sig}\nHead Nurse, {co}\n\nOn {qdate}, {full} <{me}> wrote:\n> Thank you for today.",
   ("Thornfield Vets", "Riverside Animal Hospital"), ("thornfieldvets.example", "riversideanimal.example"), tz="uk", copies=2)
mo("offer", "in-offer-ctc", "Offer Letter - {role}",
   "Dear {name},\n\nHappy to share that {co} is offering you the {role} role. CTC details are in the annexure. Please sign the offer letter, send it back by {day}, and confirm your joining date.\n\nRegards,\n{sig}\nHR, {co}",
   ("Paisaplex Technologies", "Kosh Ledger Labs"), ("paisaplex.example", "koshledger.example"), role=("Product Analyst", "Business Analyst"), tz="in", copies=2)
mo("offer", "bakery-offer", "shifts!", "hi {name}!! ur hired for saturday + sunday mornings, 7-1. can you start the weekend after next? {sfirst} @ {co}", "Crumb & Co Bakehouse", "crumbandco.example", frm="{sig} <hello@{dom}>", tz="nz")
mo("offer", "za-offer", "Offer of Employment - {role}",
   "Dear {name}\n\nGood news: {co} offers you the {role} post, 12-month fixed term. Sign the attached contract and send it back by {day}.\n\nRegards\nHR, {co}",
   "Kwezi Homeware Stores", "kwezihomeware.example", frm="HR <hr@{dom}>", role="Merchandiser", tz="za")
mo("offer", "sg-offer", "Letter of Offer",
   "Dear {name},\n\nAfter your interview, {co} is glad to offer you the {role} job. Kindly confirm acceptance by {day}. See you soon.\n\nRegards,\nHR Department",
   "Keppel Quay Engineering", "keppelquay.example", frm="HR Department <hr@{dom}>", role="Mechanical Design Engineer", tz="sg")
mo("offer", "intern-offer", "{co} Summer Internship Program - Offer",
   "Dear {name},\n\nCongratulations! A seat in the {co} Summer Internship Program is yours: Seattle office, 10 weeks from June. Click accept in the portal by {day}.\n\nUniversity Recruiting Team",
   "Ridgeway Aerospace", "ridgewayaero.example", frm="University Recruiting <campus@{dom}>", tz="usp")

# ---------------------------------------------------------------- mix: 15 other
mo("other_job", "ats-inreview", "Application status: {role}",
   "{co}\n\nStatus update\nPosition: {role}\nRequisition: {ref}\nCurrent status: In review\n\nCandidate portal: candidates.{dom}",
   ("Vantage Freight Systems", "Orchid Lane Hospitality"), ("vantagefreight.example", "orchidlane.example"), frm="{co} <no-reply@candidates.{dom}>", role=("Dispatcher", "Banquet Server"), tz="usc", copies=2)
mo("other_job", "withdrawn", "Application withdrawn",
   "Hi {name},\n\nDone: {role} at {co} is withdrawn per your request. No action on your side. Other openings are always open to you.\n\n{co} Recruiting",
   ("Silverline Software", "Greenquay Energy"), ("silverlinesw.example", "greenquay.example"), frm="{co} Recruiting <notifications@{dom}>", role=("Outbound Sales Rep (Nordics)", "Field Service Technician"), tz="usp", copies=2)
mo("other_job", "delay", "Update on timing - {role}",
   "Dear {name},\n\nThe {role} panel has moved shortlisting back a fortnight because of the bank holiday. Nothing is decided; news comes to you when it exists.\n\nResourcing Team\n{co}",
   "Wyvern Vale Homes", "wyvernvalehomes.example", frm="Resourcing <resourcing@{dom}>", role="Tenancy Sustainment and Arrears Officer", tz="uk")
mo("other_job", "pub-referred", "Application status: referred",
   "Dear {full},\n\nStatus change for {role}: Referred. The selecting official now holds a certificate listing you; that office phones any interviewees itself.\n\nDepartment of Personnel Administration\n{co}",
   "State of Wabash Valley", "wabashvalley-state.example", frm="Exam Notices <examnotices@{dom}>", role="Environmental Specialist 2", tz="usc")
mo("other_job", "onhold", "{role} - on hold",
   "Hi {name},\n\nHeads up: the {role} budget is being reviewed, which pauses the process until finance is done. No one is hired, no one is rejected; it restarts when finance signs off.\n\n{sig}\n{co}",
   "Meridian Brand Partners", "meridianbrand.example", role="Account Director", tz="uk")
mo("job_alert", "alert-za", "5 new jobs matching 'merchandiser'", "Hi {name}\n\nNew this week:\n> Merchandiser - Pietermaritzburg\n> Sales Rep - Durban North\n> Stock Controller - Richards Bay\n> Promoter - Umhlanga\n> Store Assistant - Ballito\nSee all jobs | Manage alerts", "Kwezi Homeware Stores", "kwezihomeware.example", frm="{co} Jobs <jobs@{dom}>", tz="za")
mo("job_alert", "alert-in", "Jobs for you: Credit Operations", "Dear {name},\n\n12 new jobs match your profile:\nSenior Associate - Credit Ops, Mumbai\nLoan Processing Executive, Pune\nKYC Analyst, Navi Mumbai\n\nView all | Edit preferences", "Naukriwale Jobs", "naukriwale.example", frm="{co} Alerts <alerts@{dom}>", tz="in")
mo("recruiter_outreach", "pitch-uk", "Planner role in Burton?", "Hi {name},\n\nSaw your profile and thought of a production planner role I'm working on in Burton, £38k plus bonus, food manufacturing. Could we talk for ten minutes, Wednesday or Thursday?\n\n{sig}\n{co}", "Trentside Recruitment", "trentsiderec.example", tz="uk")
mo("recruiter_outreach", "pitch-sg", "Opportunity: Design Engineer, Tuas", "Hi {name},\n\nI'm hiring for a mechanical design engineer at an MNC in Tuas, SolidWorks, up to S$6.5k. Would you be keen to explore? Send me a time that suits.\n\n{sig}\n{co}", "Straits Talent Partners", "straitstalent.example", tz="sg")
mo("non_job_rejection_words", "nj-flat", "Re: 2-bed on Albion Road", "Hi {name}, quick one re Albion Road. The owner accepted a tenant able to take the keys from the 1st, so it's let now. Will ping you any two-beds nearby as they list. {sig}, Lettings", "Greyhound Lettings", "greyhoundlettings.example", tz="uk")
mo("non_job_rejection_words", "nj-loan", "Your personal loan application", "Dear {name},\n\nYour request to borrow £7,500 over four years from {co} has been assessed, and the society cannot lend on it now. Data held by a credit bureau played a part in the outcome; you can ask us which bureau.\n\nLending Team", "Beacon Hill Building Society", "beaconhillbs.example", frm="Lending <lending@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj-grant", "Small Grants Round 3 outcome", "Dear {name},\n\nSmall Grants, round 3: 140 bids came in and 22 got money. Yours is not among them. The autumn round is open to you.\n\nGrants Team, {co}", "Ngati Arts Foundation", "ngatiarts.example", frm="Grants <grants@{dom}>", tz="nz")
mo("non_job_rejection_words", "nj-club", "Junior section waiting list", "Hi {name},\n\nRe the Saturday junior section. We're full for this term and can't offer a place right now, but your child is 4th on the waiting list.\n\n{sig}\nMembership Secretary, {co}", "Kingsmead Cricket Club", "kingsmeadcc.example", tz="uk")

# ---------------------------------------------------------------- wide: 25 English rejections, new trades and channels
wr("canalboat-marina", "Message from {co} bookings system",
   "[Staff note added to your enquiry #{ref}]\n\nHi {name}, thanks for asking about the Saturday turnaround crew (cleaning and prepping the narrowboats between hires). We've taken on two lads from the village who did it last summer, so we're sorted for the season. Cheers, {sfirst} at the wharf office",
   "Wolverdale Narrowboat Hire", "wolverdaleboats.example", frm="{co} Bookings <bookings@{dom}>", tz="uk")
wr("pipeband-tutor", "Exported chat: Drum corps committee",
   "[18:42] {sig}: Hi {name}, committee met last night about the junior drumming tutor post\n[18:42] {sig}: we've asked Callum from the Grade 2 band to take it on, he already teaches half the kids at the school\n[18:43] {sig}: thanks for putting yourself forward, you're welcome at practice any Tuesday",
   "Glenrothay Pipe Band", "glenrothaypipes.example", frm="Chat export <export@chat.{dom}>", tz="uk")
wr("tea-blending", "Re: your message via our contact form",
   "Hi {name},\n\nThanks for writing in about helping in the blending room. It's a tiny operation, just the two of us and a weighing bench, and having thought about it we're going to keep it that way through the winter rather than take anyone on.\n\nWarmly,\n{sig}\n{co}",
   "Leafbright Tea Blenders", "leafbrighttea.example", tz="uk")
wr("gritter-callout", "SMS from {co} callout system",
   "TEXT FROM WINTER OPS: {name} - gritting relief driver list for this season is now complete. You are not on it this year. Do not reply to this number.",
   "Fellside County Highways", "fellside-highways.example", frm="Callout System <callout@{dom}>", tz="uk")
wr("sleddog-voicenote", "Voice message transcript",
   "Voice message from {sig} (0:41), transcribed:\n\n\"Hey {name}, it's {sfirst} from the kennels up in Kittilä. So, about the winter handler job, we've decided to take one of the volunteers from last year, she already knows the dogs and the trails. Sorry about that. Hope you find something good, bye.\"",
   "Aurora Paws Kennels", "aurorapaws.example", frm="Voicemail <voicemail@{dom}>", tz="eu2")
wr("xmastree-page", "New reply to your message on {co}'s page",
   "{co} replied: \"Hi {name}! Thanks for messaging about seasonal work on the tree lot. We've got our netting and loading crew sorted from returning pickers now, so no spots left this December, sorry! Happy holidays\"",
   "Balsam Hollow Tree Farm", "balsamhollow.example", frm="Page Messages <pages@notify.{dom}>", tz="use")
wr("pumpkin-ticketing", "A message from the organiser of Pumpkin Fest",
   "Organiser message sent through the ticket platform:\n\nHi {name}, you applied to help run the pick-your-own field for October half term. We had loads of interest and have now filled all the field crew places with people from last year's list. Thanks so much for offering. {sig}, {co}",
   "Mallow Lane Farm", "mallowlanefarm.example", frm="Tickets <organisers@tix.{dom}>", tz="uk")
wr("coachbuild-letter", "Fwd: letter came for you",
   "Hi love, this came in the post for you today, I've taken a photo and typed it out:\n\n\"Dear {name}, Re your letter about an apprenticeship in the body shop. We have taken on our one apprentice for this year, a young man from the local college, and are unable to offer another place. Yours sincerely, {sig}, {co}\"\n\nMum x",
   "Hallworth Coachbuilders", "hallworthcoach.example", frm="Jan Whitlock <jan.whitlock@lanternpost.example>", tz="uk")
wr("modelrail-app", "{co} app notification",
   "{co}: Hi {name}, about the Saturday assistant vacancy in the shop. The job's gone to a regular from our layout club. Thanks for applying and see you at the next swapmeet!",
   "Junction Box Model Railways", "junctionboxmodels.example", frm="{co} App <app@{dom}>", tz="uk")
wr("hutwarden-newsletter", "Club newsletter: hut staffing for the summer",
   "Dear members,\n\nHut staffing for the summer is settled: the wardens at Col de Vaux will be the Moretti couple again, with Sam as assistant. To those who applied and weren't picked this year ({name} among them), thank you, and please try again for the winter season.\n\n{sig}, Hut Committee",
   "Alpine Ramblers Club", "alpineramblers.example", frm="Club Newsletter <news@{dom}>", tz="eu")
wr("flytying-forum", "New private message on FlyLine Forum",
   "{sig} wrote to you privately:\n\n\"Hi {name}, saw your reply to my post about tying flies for the shop. Had a few offers and I've gone with a fella in Ballina who ties a lot of salmon patterns, which is what we sell most. Cheers for getting in touch.\"",
   "FlyLine Forum", "flylineforum.example", frm="FlyLine Forum <pm@{dom}>", tz="ie")
wr("clogmaker-esign", "Envelope voided: Apprenticeship agreement",
   "The sender has voided this envelope.\n\nEnvelope: Apprenticeship agreement - clog workshop\nSender: {sig}, {co}\nReason given: \"Sorry {name}, funding for a second apprentice fell through so the place went to our existing trainee. No need to sign.\"",
   "Pennine Clogworks", "pennineclogs.example", frm="E-Sign <dse@esign.{dom}>", tz="uk")
wr("stilt-agency", "Booking portal: audition outcome",
   "Audition outcome: Carnival stilt walkers (summer season)\nPerformer: {name}\nResult: Not cast\nNote from booker: \"Great energy, but we've cast walkers with fire-safety certification for the night parades.\"",
   "Loftwalk Performer Agency", "loftwalk.example", frm="{co} Bookings <portal@{dom}>", tz="uk")
wr("cobbler-noticeboard", "Reply to your noticeboard application",
   "Hi {name}, thanks for answering our ad on the village noticeboard site for a trainee at the heel bar. A lad who already does key cutting got it. All the best. {sig}",
   "Quickstep Heel Bar", "quickstepheel.example", frm="Noticeboard <replies@board.{dom}>", tz="uk")
wr("abseil-activity", "Session instructor - your application",
   "Hi {name},\n\nCheers for the application to instruct at the centre this summer. The abseil tower needs SPA holders with 40+ logged sessions, and the last slots have gone to staff who have them. No slot for you this year, sorry.\n\n{sig}\nChief Instructor, {co}",
   "Carn Dhu Outdoor Centre", "carndhu.example", tz="uk")
wr("kitesurf-school", "Booking platform message: beach assistant",
   "Message from {co}: \"Hi {name}, thanks for the interest in our beach assistant role. We only have one spot this season and Jules from our instructor course has taken it. Catch you at the beach!\"",
   "Sandbar Kite School", "sandbarkite.example", frm="{co} via Bookwave <messages@{dom}>", tz="au")
wr("mime-festival", "Submission status: Street Arts programme",
   "Festival Submissions\n\nEntry: \"The Invisible Suitcase\" (mime, 20 min)\nSubmitted by: {name}\nStatus: Not programmed\n\nOur curators received 600 entries for 40 street slots. Thank you for sharing your work with us.",
   "Brightlow Fringe", "brightlowfringe.example", frm="{co} Submissions <submissions@{dom}>", tz="uk")
wr("fairground-hotline", "Call summary from the {co} jobs line",
   "Call summary (automated)\nCaller: {name}\nTopic: ride operator, summer tour\nOutcome recorded by operator {sfirst}: Told caller the tour crew is full for this year; number kept for next season only if they ring back in March.",
   "Hollis & Sons Funfairs", "hollisfunfairs.example", frm="Jobs Line <jobsline@{dom}>", tz="uk")
wr("carousel-doccomment", "{sig} commented on \"Carousel restoration - painter applicants\"",
   "{sig} mentioned you in a comment:\n\n\"@{name} thanks for the sample boards, they were lovely. The trust has given the horse-painting contract to the studio that did the Brighton gallopers, since they can start in January. Closing this thread.\"\n\nReply | Open document",
   "Gallopers Heritage Trust", "galloperstrust.example", frm="Docs <comments-noreply@docs.{dom}>", tz="uk")
wr("soap-shop-conv", "New message about 'Studio assistant (part time)'",
   "{sig} from {co}:\n\n\"Hello {name}, so sorry for the slow answer! I've filled the studio assistant spot with my neighbour, who can do the early pours. Your note about the lavender bars made my day.\"",
   "Curdwell Soapery", "curdwellsoap.example", frm="Makers Market <conversations@{dom}>", tz="cap")
wr("boatbuild-matching", "Apprenticeship match update",
   "Apprenticeship match update\n\nVacancy: Wooden boatbuilding apprentice, {co}\nApplicant: {name}\nEmployer decision: Unsuccessful - employer has selected another applicant\n\nYou can apply for up to 10 vacancies at a time on the matching service.",
   "Tamar Wooden Boats", "tamarwoodenboats.example", frm="Apprenticeship Matching <matching@{dom}>", tz="uk")
wr("engraver-guild", "Trainee hand engraver",
   "Dear {name},\n\nThe Guild passed your application to the three workshops taking trainees this year. I'm sorry to say none of them has a place for you; each chose a candidate already at the jewellery school. Do try again when the scheme reopens.\n\nYours,\n{sig}\nHonorary Secretary, {co}",
   "Guild of Hand Engravers", "handengravers.example", tz="uk")
wr("ropemaker-volunteer", "Volunteer app: role update",
   "Role update in your volunteer app\n\nRole: Ropewalk demonstrator (spinning and laying)\nYour status: Not placed\nMessage: Hi {name}, we've had more offers than shifts at the ropery this year. We've placed people who can do weekday school visits. Thank you!",
   "Historic Dockyard Ropery", "dockyardropery.example", frm="Volunteer Hub <hub@{dom}>", tz="uk")
wr("basket-replyall", "Re: Willow course assistant",
   "Hi {name} (and whoops, everyone else on the list, sorry!)\n\nThanks for volunteering to assist on the willow basket weekends. I've asked Hetty to do it as she helped on the spring course. I'll keep your name for the autumn.\n\n{sig}\n{co}",
   "Sedgemoor Willow Crafts", "sedgemoorwillow.example", tz="uk")
wr("dye-studio-survey", "Thanks for your response",
   "Thank you for filling in the studio assistant questionnaire.\n\nPersonal note from {sig}: \"{name}, I read your answers with interest. I've decided to work with someone who already has mordanting experience, as I won't have time to train this season. I wish you well.\"",
   "Madder & Weld Dye Studio", "madderweld.example", frm="Forms <responses@forms.{dom}>", tz="eu")

# ---------------------------------------------------------------- wide: 25 rejections in other languages
wr("es-bodega-vendimia", "Vendimia en {co}",
   "Hola {name}:\n\nGracias por escribirnos para la cuadrilla de vendimia. Este año hemos completado los equipos con gente del pueblo que ya repite de otras campañas, así que no te podemos incorporar.\n\nUn saludo,\n{sig}\n{co}",
   "Bodegas Peñalba del Duero", "penalbaduero.example", tz="eu", lang="es")
wr("fr-fromagerie", "Votre candidature - vendeur en fromagerie",
   "Bonjour {name},\n\nMerci pour votre passage en boutique et pour votre CV. Le poste de vendeur revient à quelqu'un qui s'y connaît déjà en affinage ; votre demande s'arrête donc là.\n\nBelle continuation,\n{sig}\n{co}",
   "Fromagerie des Trois Vallons", "troisvallons.example", tz="eu", lang="fr")
wr("de-orgelbau", "Ihre Bewerbung als Auszubildende/r",
   "Hallo {name},\n\nschön, dass Sie sich bei unserer Werkstatt gemeldet haben. Den Ausbildungsplatz für dieses Jahr haben wir inzwischen an einen Bewerber aus der Region vergeben. Wir wünschen Ihnen für die weitere Suche alles Gute.\n\nFreundliche Grüße\n{sig}\n{co}",
   "Tischlerei Brünnighausen", "bruennighausen.example", tz="eu", lang="de")
wr("pt-surf-escola", "Monitor de surf - verão",
   "Olá {name},\n\nObrigado pela tua candidatura para monitor na escola. Já fechámos a equipa de verão com monitores que trabalharam connosco no ano passado, por isso desta vez não vai ser possível.\n\nAbraço,\n{sig}\n{co}",
   "Escola de Surf Praia Grande", "surfpraiagrande.example", tz="pt", lang="pt")
wr("it-gelateria", "Candidatura banconista",
   "Ciao {name},\n\ngrazie per essere passato in laboratorio. Per la stagione abbiamo preso una ragazza che aveva già lavorato al banco con noi, quindi per ora siamo al completo.\n\nUn caro saluto,\n{sig}\n{co}",
   "Gelateria Ai Portici", "aiportici.example", tz="eu", lang="it")
wr("nl-fietsenmaker", "Re: vacature fietsenmaker",
   "Hoi {name},\n\nFijn dat je kwam meedraaien in de werkplaats. De keuze is gevallen op een monteur die al jaren e-bike-motoren repareert. Succes met zoeken!\n\nGroet,\n{sig}\n{co}",
   "Rijwielhandel De Spaak", "despaak.example", tz="eu", lang="nl")
wr("pl-pszczelarz", "Praca sezonowa w pasiece",
   "Dzień dobry {name},\n\ndziękujemy za zgłoszenie do pracy przy miodobraniu. Ekipa na ten sezon jest już skompletowana – zostali z nami pomocnicy z zeszłego roku. Życzymy powodzenia.\n\nPozdrawiam\n{sig}\n{co}",
   "Pasieka Złoty Ul", "zlotyul.example", tz="eu", lang="pl")
wr("ru-teatr", "Ваша заявка: помощник костюмера",
   "Здравствуйте, {name}!\n\nСпасибо за интерес к работе в нашем театре. На должность помощника костюмера руководство выбрало сотрудницу из пошивочного цеха, поэтому вакансия закрыта.\n\nС уважением,\n{sig}\n{co}",
   "Театр «Северная сцена»", "severnayascena.example", tz="ru", lang="ru")
wr("zh-chaye", "关于茶艺师岗位的回复",
   "{name}您好：\n\n感谢您应聘我们茶馆的茶艺师一职。经过面谈，店里决定录用一位有多年评茶经验的师傅，这次就不能与您合作了。祝您一切顺利。\n\n{sig}\n{co}",
   "清泉茶舍", "qingquanteahouse.example", tz="cn", lang="zh")
wr("ja-ryokan", "仲居スタッフ応募の件",
   "{name}様\n\nこの度は当館の仲居スタッフにご応募いただき、誠にありがとうございました。社内で検討いたしました結果、今回は経験者の方を採用することとなりました。ご希望に添えず申し訳ございません。\n\n{co}\n{sig}",
   "湯ノ森旅館", "yunomoriryokan.example", tz="jp", lang="ja")
wr("ko-bakery", "제빵 보조 지원 결과 안내",
   "{name}님 안녕하세요.\n\n저희 베이커리 제빵 보조 자리에 지원해 주셔서 감사합니다. 면접 후 고민 끝에 새벽 근무가 가능한 다른 분과 함께하기로 했습니다. 좋은 곳에서 일하시길 바랍니다.\n\n{sig} 드림\n{co}",
   "밀밭베이커리", "milbatbakery.example", tz="kr", lang="ko")
wr("tr-tersane", "Çıraklık başvurunuz hakkında",
   "Merhaba {name},\n\nTersanemizdeki ahşap tekne çıraklığı için başvurduğunuz için teşekkür ederiz. Bu dönem için ustalarımız, daha önce yanımızda staj yapmış bir gençle devam etmeye karar verdi.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Bozcaada Tekne Atölyesi", "bozcaadatekne.example", tz="tr", lang="tr")
wr("vi-caphe", "Phản hồi ứng tuyển pha chế",
   "Chào {name},\n\nCảm ơn bạn đã đến quán làm thử ca pha chế hôm thứ Bảy. Sau khi bàn bạc, quán đã chọn một bạn khác quen với máy rang xay của quán hơn. Mong sẽ có dịp gặp lại bạn.\n\n{sig}\n{co}",
   "Cà Phê Gác Xép", "gacxepcafe.example", tz="vn", lang="vi")
wr("ms-kedai-batik", "Permohonan pembantu bengkel batik",
   "Salam {name},\n\nTerima kasih kerana memohon jawatan pembantu di bengkel batik kami. Selepas menimbang semua permohonan, kami telah memilih calon yang sudah biasa dengan canting dan pewarna. Semoga berjaya di tempat lain.\n\nYang benar,\n{sig}\n{co}",
   "Bengkel Batik Teratai", "batikteratai.example", tz="my", lang="ms")
wr("uk-muzei", "Ваша кандидатура: екскурсовод",
   "Добрий день, {name}!\n\nДякуємо, що подали заявку на посаду екскурсовода в музеї. Комісія обрала кандидатку, яка вже проводила в нас екскурсії як волонтерка. Бажаємо вам успіху.\n\nЗ повагою,\n{sig}\n{co}",
   "Музей гончарства над Ворсклою", "muzeivorskla.example", tz="ua", lang="uk")
wr("lmo-cascina", "La to domanda per la cassina",
   "Ciao {name},\n\ngrazie de avè scrivuu per el lavor in stalla. Quest'ann ghe emm già el Gino e sò fioeu che fann la mungidura, e inscì per adess ghe serv nissun alter. Te auguri tanta fortuna.\n\n{sig}\n{co}",
   "Cassina Vall Brembana", "cassinabrembana.example", tz="eu", lang="lmo")
wr("pms-trifolau", "Për ël travaj an cantin-a",
   "Cerea {name},\n\ngrassie për la domanda për ël travaj an cantin-a. I l'oma già trovà un giovnòt dël pais ch'a l'ha fàit la vendumia con noi l'ann passà, e donca për st'ann i soma a pòst.\n\nTanti salut,\n{sig}\n{co}",
   "Cantin-a Bricco dij Fiör", "briccodijfior.example", tz="eu", lang="pms")
wr("lij-barca", "Pe-o travaggio in scia barca",
   "Ciao {name},\n\ngraçie pe-a teu domanda pe-o travaggio in scia barca da pesca. Emmo piggiou un figeu do paise ch'o conosce za e ræ, coscì pe quest'anno no gh'è de posto. Bonn-a fortunn-a.\n\n{sig}\n{co}",
   "Pescaoe de Camoggi", "pescaoecamoggi.example", tz="eu", lang="lij")
wr("csb-rybacy", "Robòta w wãdzarni",
   "Dobri dzéń {name},\n\ndzãkùjemë za Twòjã zgłoszenié do robòtë w wãdzarni. Na nen sezón më ju wzãlë białkã z naszi wsë, chtërna robiła tu zeszłi rok. Żëczimë wiele szczescô.\n\n{sig}\n{co}",
   "Wãdzarniô Jastarnia", "wadzarnia-jastarnia.example", tz="eu", lang="csb")
wr("hsb-pjekarnja", "Twoje požadanje w pjekarni",
   "Lubo {name},\n\nwulki dźak za Twoje požadanje jako pomocnik w našej pjekarni. Smy so nětko za druheho požadarja rozsudźili, kotryž je hižo w pjekarni dźěłał. Přejemy Tebi wšo dobre.\n\nZ přećelnym postrowom\n{sig}\n{co}",
   "Pjekarnja Budyšin", "pjekarnja-budysin.example", tz="eu", lang="hsb")
wr("szl-gruba", "Twoje zgłoszynie do warsztatu",
   "Dziyń dobry {name},\n\ndziynkujymy za zgłoszynie do roboty we warsztacie. Na tyn czas wziōnżeśmy karlusa ze naszyj familoka, kery już u nŏs bōł na praktykach, tōż mŏmy już pełno. Winszujymy wszyjskigo dobrego.\n\n{sig}\n{co}",
   "Warsztat Ślusarski Bytōm", "slusarz-bytom.example", tz="eu", lang="szl")
wr("pcd-brasserie", "Pour l'ouvrage à l'brasserie",
   "Bojour {name},\n\nMerci d'avoir scrit pour l'ouvrage à l'brasserie. Os avons déjà pris un gamin d'ichi, qu'i connot bin l'brassage, alors pour ches mos-lo y n'o pus d'plache. Boin corache pour l'rest.\n\n{sig}\n{co}",
   "Brasserie d'Ech Pont", "brasserie-echpont.example", tz="eu", lang="pcd")
wr("hil-panaderia", "Parte sa imo aplikasyon",
   "Maayong adlaw {name},\n\nSalamat sa imo aplikasyon para sa panaderia. Nagpili kami sang iban nga aplikante nga may eksperyensya na sa pagluto sang pan de sal sa aga. Ginahandum namon nga makita mo ang husto nga obra para sa imo.\n\n{sig}\n{co}",
   "Panaderia sang Iloilo", "panaderiailoilo.example", tz="ph", lang="hil")
wr("crh-bag", "Bağçada iş içün muracaatıñız",
   "Selâm {name},\n\nBağçamızda iş içün muracaat etkeniñiz içün sağ oluñız. Bu mevsim içün keçken yıl bizimle çalışqan bir yaşnı aldıq, şimdilik başqa adamğa ihtiyacımız yoq. Sizge muvafaqiyetler tileymiz.\n\n{sig}\n{co}",
   "Alma Bağçası Qaraqaya", "qaraqaya-bagca.example", tz="ua", lang="crh")
wr("mwl-queijo", "La tue candidatura pa la queijarie",
   "Oulá {name},\n\nObrigado pula tue candidatura pa trabalhar na nuossa queijarie. Yá scolhemos ua moça de l lhugar que trabalhou cun nós l anho passado, i assi nun hai lhugar esta beç. Buona suorte.\n\n{sig}\n{co}",
   "Queijarie de Malhadas", "queijarie-malhadas.example", tz="pt", lang="mwl")

# ---------------------------------------------------------------- wide: 50 others (twins)
wo("application_received", "gritter-conf", "SMS from {co} callout system",
   "TEXT FROM WINTER OPS: {name} - your name is in for the gritting relief driver list. The list is finalised on 1 Nov. If you are not picked you will get one more text; if picked, the depot will ring to book a route familiarisation.",
   ("Fellside County Highways", "Rothmoor Council Highways"), ("fellside-highways.example", "rothmoor-highways.example"), frm="Callout System <callout@{dom}>", tz="uk", copies=2)
wo("application_received", "boatbuild-conf", "Apprenticeship application submitted",
   "Apprenticeship application submitted\n\nVacancy: {role}, {co}\nApplicant: {name}\nStatus: Submitted to employer\n\nThe employer will mark your application Successful or Unsuccessful after their closing date. You will get an email either way.",
   ("Tamar Wooden Boats", "Fowey Clinker Boatyard"), ("tamarwoodenboats.example", "foweyclinker.example"), frm="Apprenticeship Matching <matching@{dom}>", role=("Wooden boatbuilding apprentice", "Boatyard apprentice (rigging)"), tz="uk", copies=2)
wo("application_received", "mime-conf", "Submission received: Street Arts programme",
   "Festival Submissions\n\nEntry: \"{role}\"\nSubmitted by: {name}\nStatus: Received\n\nCurators decide in May. Every entrant hears back, programmed or not, by the end of that month.",
   ("Brightlow Fringe", "Harbourside Street Arts Festival"), ("brightlowfringe.example", "harbourside-arts.example"), frm="{co} Submissions <submissions@{dom}>", role=("Paper Umbrellas (clown duo)", "Silent Tea Party (mime)"), tz="uk", copies=2)
wo("application_received", "ropery-conf", "Volunteer app: role applied",
   "Role update in your volunteer app\n\nRole: {role}\nYour status: Applied\nMessage: Thanks {name}! Volunteers get matched to shifts at the start of each month. Not placed this time? Your name carries over to the following rota.",
   ("Historic Dockyard Ropery", "Canal Heritage Pumping Station"), ("dockyardropery.example", "pumpingstation-heritage.example"), frm="Volunteer Hub <hub@{dom}>", role=("Ropewalk demonstrator", "Engine house steward"), tz="uk", copies=2)
wo("application_received", "canalboat-conf", "Message from {co} bookings system",
   "[Staff note added to your enquiry #{ref}]\n\nHi {name}, thanks for asking about Saturday turnaround crew. Boss decides who's on the rota at Easter. If we don't need you we'll drop a note on this enquiry so you're not waiting. {sfirst} at the wharf office",
   "Wolverdale Narrowboat Hire", "wolverdaleboats.example", frm="{co} Bookings <bookings@{dom}>", tz="uk")
wo("application_received", "xmastree-conf", "New reply to your message on {co}'s page",
   "{co} replied: \"Hi {name}! Got your message about the tree lot. We pick the crew mid November. If we're full we'll message you back here, promise, and if not, see you for a trial morning!\"",
   "Balsam Hollow Tree Farm", "balsamhollow.example", frm="Page Messages <pages@notify.{dom}>", tz="use")
wo("application_received", "engraver-conf", "Trainee hand engraver - received",
   "Dear {name},\n\nThe Guild has your application and will pass it to the workshops taking trainees. Each workshop writes to its own applicants. If none of them has room, I will let you know myself in the new year.\n\nYours,\n{sig}\nHonorary Secretary, {co}",
   "Guild of Hand Engravers", "handengravers.example", tz="uk")
wo("application_received", "dye-conf", "Thanks for your response",
   "Thank you for filling in the studio assistant questionnaire. {sig} reads responses at the end of each month and writes back to everyone, including to say no if the season is already covered.",
   "Madder & Weld Dye Studio", "madderweld.example", frm="Forms <responses@forms.{dom}>", tz="eu")
wo("application_received", "hutwarden-conf", "Hut staffing: applications",
   "Dear {name},\n\nThe Hut Committee has your application to warden this summer. We meet in April. Every applicant will have a letter: appointed, reserve, or not this year.\n\n{sig}, Hut Committee",
   "Alpine Ramblers Club", "alpineramblers.example", frm="Hut Committee <huts@{dom}>", tz="eu")
wo("application_received", "lmo-conf", "La to domanda l'è rivada",
   "Ciao {name},\n\nla to domanda per el lavor in stalla l'è rivada. Decidem a la fin del mes: se ghe sarà minga de post, te scrivom istess, inscì te set subit.\n\n{sig}\n{co}",
   "Cassina Val Taleggio", "cassinataleggio.example", tz="eu", lang="lmo")
wo("application_received", "csb-conf", "Twòjé zgłoszenié doszło",
   "Dobri dzéń {name},\n\nTwòjé zgłoszenié do robòtë w rëbnym sklepie doszło. Do kùńca miesąca damë Cë znac, czë je dlô Ce plac, czë nié.\n\n{sig}\n{co}",
   "Rëbny Sklep Hél", "rebnysklep-hel.example", tz="eu", lang="csb")
wo("application_received", "hil-conf", "Nabaton namon ang imo aplikasyon",
   "Maayong adlaw {name},\n\nNabaton namon ang imo aplikasyon para sa karinderya. Kon indi ka mapilian, magapadala man kami sang mensahe sa imo sa sulod sang duha ka semana.\n\n{sig}\n{co}",
   "Karinderya ni Nang Loleng", "nangloleng.example", tz="ph", lang="hil")
wo("application_received", "es-conf", "Hemos recibido tu solicitud",
   "Hola {name}:\n\nTu solicitud para la cuadrilla de poda ya está con nosotros. Decidimos a finales de enero; si no entras, te avisamos igualmente por aquí para que no te quedes esperando.\n\n{sig}\n{co}",
   "Viñedos Monteagudo", "monteagudovinedos.example", tz="eu", lang="es")
wo("application_received", "ja-conf", "応募受付のお知らせ",
   "{name}様\n\n酒蔵の季節蔵人へのご応募を受け付けました。書類選考の結果は、採否にかかわらず十月末までにメールでお知らせいたします。\n\n{co}",
   "月影酒造", "tsukikage-sake.example", frm="{co} 採用係 <saiyo@{dom}>", tz="jp", lang="ja")
wo("application_received", "fr-conf", "Votre demande est bien arrivée",
   "Bonjour {name},\n\nVotre demande pour le poste d'aide en atelier de reliure nous est bien parvenue. Que la réponse soit oui ou non, vous aurez un message de notre part avant la fin du mois.\n\n{sig}\n{co}",
   "Atelier Marbrure", "ateliermarbrure.example", tz="eu", lang="fr")
# interviews
wo("interview", "pipeband-inv", "Exported chat: Drum corps committee",
   "[19:10] {sig}: Hi {name}, committee would love you to come along to practice on {day} and take the juniors for half an hour\n[19:11] {sig}: just a chance for us to see you teach, no pressure. bring sticks!",
   "Glenrothay Pipe Band", "glenrothaypipes.example", frm="Chat export <export@chat.{dom}>", tz="uk")
wo("interview", "sleddog-inv", "Voice message transcript",
   "Voice message from {sig} (0:33), transcribed:\n\n\"Hi {name}, {sfirst} from the kennels. Could you do a video call on {day}, around ten our time? Want to hear how you are with dogs. Text me if that works.\"",
   "Aurora Paws Kennels", "aurorapaws.example", frm="Voicemail <voicemail@{dom}>", tz="eu2")
wo("interview", "stilt-inv", "Booking portal: audition booked",
   "Audition booked: Carnival stilt walkers\nPerformer: {name}\nWhen: {day}, 14:00\nWhere: Studio 2\nNote from booker: \"Bring your own stilts if you have them; we can't lend any.\"",
   "Loftwalk Performer Agency", "loftwalk.example", frm="{co} Bookings <portal@{dom}>", tz="uk")
wo("interview", "de-inv", "Einladung zum Probearbeiten",
   "Hallo {name},\n\nIhre Unterlagen haben uns gefallen. Kommen Sie doch am {day} um acht zum Probetag in die Drechslerei; feste Schuhe nicht vergessen.\n\nFreundliche Grüße\n{sig}\n{co}",
   "Drechslerei Hohenwart", "drechslerei-hohenwart.example", tz="eu", lang="de")
wo("interview", "pms-inv", "Vnì a trovene an cantin-a",
   "Cerea {name},\n\nt'ses ancora interessà al travaj? Vnì a trovene an cantin-a {day} a neuv ore, che i fomo doi paròle e it mostroma le vis.\n\n{sig}\n{co}",
   "Cantin-a Langa Bassa", "langabassa.example", tz="eu", lang="pms")
wo("interview", "ko-inv", "면접 안내",
   "{name}님 안녕하세요.\n\n공방 보조 자리에 지원해 주셔서 감사합니다. {day} 오후 2시에 공방에서 짧게 이야기 나누고 싶습니다. 가능하신지 답장 부탁드립니다.\n\n{sig} 드림\n{co}",
   "나무결 목공방", "namugyeol.example", tz="kr", lang="ko")
wo("interview", "mwl-inv", "Cumbite pa ua cumbersa",
   "Oulá {name},\n\ngustemos de la tue carta. Queremos cumbidar-te a benir a la queijarie {day} a las dieç horas pa ua cumbersa i pa beres l trabalho.\n\n{sig}\n{co}",
   "Queijarie de Sendin", "queijarie-sendin.example", tz="pt", lang="mwl")
wo("interview", "tr-inv", "Görüşme daveti",
   "Merhaba {name},\n\nBaşvurunuz için teşekkürler. Atölyemizde tanışmak ve küçük bir el işi denemesi yapmak isteriz: {day}, saat 11.00. Uygun değilse lütfen haber verin.\n\n{sig}\n{co}",
   "Ayvalık Sabun Atölyesi", "ayvaliksabun.example", tz="tr", lang="tr")
wo("interview", "carousel-inv", "{sig} commented on \"Carousel restoration - painter applicants\"",
   "{sig} mentioned you in a comment:\n\n\"@{name} loved the sample boards. Could you come to the workshop on {day} to meet the trustees and see the horses? Morning is best.\"\n\nReply | Open document",
   "Gallopers Heritage Trust", "galloperstrust.example", frm="Docs <comments-noreply@docs.{dom}>", tz="uk")
# next steps
wo("next_steps", "clog-esign", "Please sign: Apprenticeship agreement",
   "{sig} sent you an envelope to sign.\n\nEnvelope: Apprenticeship agreement - clog workshop\nMessage: \"Hi {name}, please read and sign by {day}. If it isn't signed by then the funding window closes and we can't hold the place.\"\n\nReview document",
   "Pennine Clogworks", "pennineclogs.example", frm="E-Sign <dse@esign.{dom}>", tz="uk")
wo("next_steps", "gritter-medical", "Relief driver: medical and licence check",
   "Hi {name},\n\nYou're on the relief driver list. Before the first callout you need a D4 medical and a licence check code. Please upload both by {day}; drivers without them can't be put on a route.\n\nWinter Ops, {co}",
   "Fellside County Highways", "fellside-highways.example", frm="Winter Ops <winterops@{dom}>", tz="uk")
wo("next_steps", "hut-firstaid", "Hut staffing: before you go up",
   "Dear {name},\n\nBefore the season starts, wardens need a current outdoor first aid certificate. Please send a copy by {day}, otherwise the committee will have to offer the weeks to the reserve.\n\n{sig}, Hut Committee",
   "Alpine Ramblers Club", "alpineramblers.example", frm="Hut Committee <huts@{dom}>", tz="eu")
wo("next_steps", "mime-tech", "Programmed! Tech sheet needed",
   "Festival Submissions\n\nEntry: \"The Invisible Suitcase\"\nStatus: Programmed\nAction needed: send your tech sheet and public liability insurance by {day}. Entries without them by the deadline lose their slot.",
   "Brightlow Fringe", "brightlowfringe.example", frm="{co} Submissions <submissions@{dom}>", tz="uk")
wo("next_steps", "zh-next", "试工安排",
   "{name}您好：\n\n感谢您的应聘。请在{day}之前把健康证复印件发给我们，之后安排您来茶馆试工一天。逾期未提交的话，我们只能安排其他人。\n\n{sig}\n{co}",
   "松风茶馆", "songfengteahouse.example", tz="cn", lang="zh")
wo("next_steps", "hsb-next", "Přichodny krok",
   "Lubo {name},\n\ndźak za Twoje požadanje. Prošu pósćel nam hač do {day} kopiju Twojeho strowotneho wopisma, potom móžeš na jedyn probowy dźeń do pjekarnje přińć.\n\n{sig}\n{co}",
   "Pjekarnja Kamjenc", "pjekarnja-kamjenc.example", tz="eu", lang="hsb")
wo("next_steps", "nl-next", "Nog één ding voor je proefdag",
   "Hoi {name},\n\nLeuk dat je komt proefdraaien! Mail vóór {day} nog een foto van je legitimatie plus je IBAN, zonder die twee kunnen we de proefdag niet uitbetalen.\n\nGroet,\n{sig}\n{co}",
   "Fietsenwerkplaats Het Wiel", "hetwiel.example", tz="eu", lang="nl")
wo("next_steps", "boat-portfolio", "Apprenticeship: practical task",
   "Apprenticeship match update\n\nVacancy: Wooden boatbuilding apprentice, {co}\nApplicant: {name}\nEmployer request: Please send photos of one thing you've made from wood by {day}. Applications without them will not move to interview.",
   "Tamar Wooden Boats", "tamarwoodenboats.example", frm="Apprenticeship Matching <matching@{dom}>", tz="uk")
# offers
wo("offer", "soap-offer", "New message about 'Studio assistant (part time)'",
   "{sig} from {co}:\n\n\"Hello {name}! Want the studio assistant job? It's Tuesdays and Thursdays, 9 to 2. Could {day} be your first day?\"",
   "Curdwell Soapery", "curdwellsoap.example", frm="Makers Market <conversations@{dom}>", tz="cap")
wo("offer", "modelrail-offer", "{co} app notification", "{co}: Hi {name}, great news, we'd like you for the Saturday assistant job! Pop in on {day} to sort the paperwork.", "Junction Box Model Railways", "junctionboxmodels.example", frm="{co} App <app@{dom}>", tz="uk")
wo("offer", "pt-offer", "Proposta para a época de verão",
   "Olá {name},\n\nGostámos muito de te conhecer! Queremos propor-te o lugar de monitor para julho e agosto. Confirma até {day}, por favor.\n\nAbraço,\n{sig}\n{co}",
   "Escola de Vela Ria Formosa", "velariaformosa.example", tz="pt", lang="pt")
wo("offer", "crh-offer", "İş teklifi",
   "Selâm {name},\n\nSizni bağçamızda mevsimlik işke almağa qarar berdik. Eger razı olsañız, {day} kününe qadar cevap beriñiz.\n\n{sig}\n{co}",
   "Üzüm Bağı Quru Özen", "quruozen-bag.example", tz="ua", lang="crh")
wo("offer", "it-offer", "Ti aspettiamo al banco",
   "Ciao {name},\n\nci è piaciuta molto la tua prova: il posto al banco per l'estate è tuo. Se ti va, passa {day} per firmare il contratto.\n\n{sig}\n{co}",
   "Gelateria La Pergola", "lapergola-gelati.example", tz="eu", lang="it")
# other
wo("other_job", "pcd-withdrawn", "T'as artiré t'candidature",
   "Bojour {name},\n\nComme t'l'as d'mandé, os avons artiré t'candidature pour l'ouvrage à l'brasserie. Si t'veux r'venir pus tard, t'es l'bienvnu.\n\n{sig}\n{co}",
   "Brasserie du Marais", "brasserie-dumarais.example", tz="eu", lang="pcd")
wo("other_job", "fairground-review", "Call summary from the {co} jobs line",
   "Call summary (automated)\nCaller: {name}\nTopic: ride operator, summer tour\nOutcome recorded by operator {sfirst}: Details taken, passed to the yard manager. He picks the crew after the winter overhaul; caller will hear either way.",
   "Hollis & Sons Funfairs", "hollisfunfairs.example", frm="Jobs Line <jobsline@{dom}>", tz="uk")
wo("other_job", "engraver-delay", "Trainee scheme timing",
   "Dear {name},\n\nThe workshops have asked for another month before choosing trainees, so nothing has been decided yet. Apologies for the wait.\n\n{sig}\nHonorary Secretary, {co}",
   "Guild of Hand Engravers", "handengravers.example", tz="uk")
wo("job_alert", "crafts-alert", "Craft jobs this week", "Hi {name},\n\nNew in your saved search 'heritage crafts':\n- Thatcher's labourer, Norfolk\n- Gilding studio assistant, Bath\n- Saddlery workshop hand, Walsall\n\nSee all | Manage alerts", "Heritage Crafts Jobs", "heritagecraftsjobs.example", frm="{co} <alerts@{dom}>", tz="uk")
wo("recruiter_outreach", "outdoor-pitch", "Summer instructors wanted", "Hi {name},\n\nI run staffing for a group of activity centres in the Lakes. We need climbing and paddlesport instructors from May. Fancy a chat this week?\n\n{sig}\n{co}", "Lakeland Adventure Staffing", "lakelandstaffing.example", tz="uk")
wo("non_job_rejection_words", "nj-mooring", "Mooring application", "Dear {name},\n\nYour request for a winter mooring on the Wolverdale arm has been considered. All berths have been allocated for this winter and we cannot offer you one. Your name sits 9th on the list for a berth.\n\nMoorings Office, {co}", "Wolverdale Canal Trust", "wolverdalecanal.example", frm="Moorings <moorings@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-stall", "Christmas market stall", "Hi {name}, re the Christmas market stall. Three soap makers applied and there's room for one, and the committee picked another maker, so no pitch for you this year. {sig}, Market Committee", "Saltbridge Christmas Market", "saltbridgemarket.example", tz="uk")
wo("non_job_rejection_words", "nj-uk-club", "Гурток кераміки",
   "Добрий день, {name}!\n\nДякуємо за заявку до гуртка кераміки для дорослих. На жаль, місць на осінній набір уже немає, ми записали вас у список очікування.\n\n{sig}\n{co}",
   "Будинок культури «Поділля»", "bk-podillia.example", tz="ua", lang="uk")
wo("non_job_rejection_words", "nj-ms-loan", "Permohonan pinjaman peribadi",
   "Salam {name},\n\nTerima kasih atas permohonan pinjaman peribadi anda. Selepas penilaian, permohonan anda tidak dapat diluluskan buat masa ini. Anda boleh memohon semula selepas enam bulan.\n\n{co}",
   "Koperasi Setia Jaya", "koperasisetia.example", frm="{co} <pinjaman@{dom}>", tz="my", lang="ms")


# ---------------------------------------------------------------- building the records
START = dt.datetime(2025, 3, 2, tzinfo=dt.UTC)
SPAN_DAYS = 630  # to late November 2026


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def local_part(name: str, style: int) -> str:
    parts = [re.sub(r"[^a-z]", "", ascii_fold(p)) for p in name.replace("-", " ").split()]
    parts = [p for p in parts if p] or ["staff"]
    if style == 0:
        return ".".join(parts[:1] + parts[-1:]) if len(parts) > 1 else parts[0]
    if style == 1:
        return parts[0][0] + parts[-1]
    return parts[0]


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, summer, hemi = ZONES[zone]
    use = std
    if summer and ((hemi == "n" and 4 <= day.month <= 10) or (hemi == "s" and (day.month >= 10 or day.month <= 3))):
        use = summer
    sign = -1 if use[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(use[1:3]), minutes=int(use[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    day = (START + dt.timedelta(days=rng.randrange(SPAN_DAYS))).date()
    tz = offset_for(zone, day)
    return dt.datetime(day.year, day.month, day.day, rng.randrange(7, 22), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_IN if t.tz == "in" else SIGNERS


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    recipients = RECIPIENTS[:]
    rng.shuffle(recipients)
    r_i = 0
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        pool = signer_pool(t)
        sig_start = rng.randrange(len(pool))
        for c in range(t.copies):
            full = recipients[r_i % len(recipients)]
            r_i += 1
            sig = pool[(sig_start + c) % len(pool)]
            if sig.split()[0] == full.split()[0]:
                sig = pool[(sig_start + c + 1) % len(pool)]
            sent = when_sent(rng, t.tz)
            quoted = sent - dt.timedelta(days=rng.randrange(2, 9), hours=rng.randrange(1, 6))
            later = sent + dt.timedelta(days=rng.randrange(4, 11))
            dom = t.dom[c % len(t.dom)]
            me = f"{local_part(full, rng.randrange(3))}{rng.choice(['', '', str(rng.randrange(10, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots = {
                "name": full.split()[0], "full": full, "sig": sig, "sfirst": sig.split()[0],
                "co": t.co[c % len(t.co)], "role": t.role[c % len(t.role)], "dom": dom,
                "sl": local_part(sig, rng.randrange(2)), "me": me,
                "qdate": format_datetime(quoted)[:-9].rstrip(),
                "day": later.strftime("%A %d %B").replace(" 0", " "),
                "ref": str(rng.randrange(10000, 99999)),
            }
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots),
                "sender": fill(t.frm, slots), "label": t.label, "kind": t.kind,
                "family": f"blind25-{t.part}-{t.fam}", "to": f"{full} <{me}>",
                "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        tag = "rej" if rec["label"] == "rejection" else "oth"
        counters[tag] += 1
        rec["id"] = f"blind25:{tag}-{counters[tag]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= 25:
            continue
        out.append(p)
    return out


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = other_files()
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
    fams = {r["id"]: r["family"] for r in records}
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}   [{', '.join(sorted({fams[i] for i in ours[sh]}))}]")


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
    lengths = sorted(len(r["body"]) for r in records)
    html = sum("<html" in r["body"] for r in records)
    dates = sorted(email_date(r["date"]) for r in records)
    offsets = {r["date"][-5:] for r in records}
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")


def email_date(text: str) -> dt.datetime:
    return parsedate_to_datetime(text)


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
