# ruff: noqa: E501, S311
"""Write the thirty-fourth sealed blind slice for issue 11 (blind-slice-34.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 34 and later never read; our side printed)
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

SEED = 340341
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-34.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 34

RECIPIENTS = [
    "Temitope Harrowgate", "Aisling Brosnan", "Lwazi Ndlovu", "Gethin Prosser", "Anirudh Venkatesan",
    "Nyokabi Muriuki", "Cathal O'Driscoll", "Abena Owusu-Ansah", "Jhoanna Macaraeg", "Emeka Uzoechi",
    "Sione Vaipulu", "Mereana Tipene", "Niamh Cullinane", "Shruti Bhattacharya", "Ruan Oosthuizen",
    "Ifeoma Chukwuemeka", "Kunal Deshpande", "Bolanle Ridgeway", "Tadhg Ó Murchú", "Nomvula Khumalo",
    "Lakshmi Sundararajan", "Wekesa Barasa", "Percival Ainsworth", "Shivani Ramdass", "Obinna Achebe-Lyons",
    "Palesa Mokoatle", "Wei Jie Lim", "Kofi Amponsah", "Shenelle Braithwaite", "Hamza Siddiqui",
    "Beverley Clarke-Hinds", "Makana Kealoha", "Ngaio Parata", "Orla Geraghty", "Cheruiyot Kirui",
    "Anju Mathew", "Olumide Fairbanks", "Auma Nyaga", "Rhea Dimaandal", "Fraser Lindsay",
    "Ama Serwaa Boateng", "Jericho Villanueva", "Farai Mukwevho", "Revathi Menon", "Nana Yaw Ofori",
    "Chikondi Banda", "Isatu Sesay", "Haziq Rahman", "Malia Tuilagi", "Bernadette Cassidy",
]
SIGNERS = [
    "Henrietta Oakes", "Adebayo Ogunleye", "Clementine Marsh", "Muthoni Wachira", "Kwame Adomako",
    "Rituparna Ghosh", "Ciaran Mulcahy", "Annelie du Plessis", "Beatrix Halloran", "Uchenna Okafor",
    "Marivic Soriano", "Wiremu Herewini", "Lerato Mabaso", "Akua Sarpong", "Harleen Gill",
    "Siobhan Keating", "Kamau Njoroge", "Ottilie Fanshawe", "Kobby Acheampong", "Chantelle Venter",
    "Deirdre Hanratty", "Sipho Mthembu", "Ligaya Salazar", "Alasdair Munro", "Prudence Wragg",
    "Femi Olatunji", "Rosalind Pryce", "Karan Malhotra", "Natasha Gittens", "Tavita Leiataua",
    "Hendrik Botha", "Zanele Ntuli", "Gwendolyn Ashby", "Adjoa Quarshie", "Rajendra Persad",
    "Tendai Moyo", "Pei Shan Ong", "Benoit Lacroix", "Imelda Crossan", "Chisomo Mwale",
]
SIGNERS_IN = ["Lavanya Krishnan", "Sandeep Bhatia", "Pooja Natarajan", "Girish Kamath", "Madhuri Joshi", "Arnab Chatterjee"]
LANG_SIGNERS = {
    "ar": ["ليلى حداد", "سامر خوري"], "de": ["Sabine Reuter", "Jonas Brandt"],
    "es": ["Lucía Herrera", "Andrés Quintero"], "fr": ["Sophie Garnier", "Moussa Diallo"],
    "hi": ["अनीता वर्मा", "सुरेश पांडे"], "it": ["Giulia Marchetti", "Lorenzo Galli"],
    "ja": ["中村 美咲", "山本 大輔"], "ko": ["최지민", "한도윤"], "pt": ["Beatriz Almeida", "Rafael Nunes"],
    "ru": ["Анна Кузнецова", "Игорь Смирнов"], "sw": ["Neema Mushi", "Baraka Kimaro"],
    "th": ["สุภาพร แก้วมณี", "ธนากร ทองดี"], "tr": ["Elif Yıldız", "Emre Kaya"],
    "ur": ["سعدیہ ملک", "فیصل چودھری"], "zh": ["李晓梅", "张伟"],
    "afb": ["مريم المنصوري", "خالد الكعبي"], "ayl": ["فاطمة القماطي", "عبد الرزاق الورفلي"],
    "apd": ["إيثار عوض الكريم", "معتز الطيب"], "hif": ["Shalini Prasad", "Ravindra Naidu"],
    "nan": ["林淑芬", "黃志明"], "doi": ["सुनीता शर्मा", "राकेश मन्हास"],
    "kfy": ["हेमा पंत", "गोविंद जोशी"], "bns": ["ममता बुंदेला", "रामसेवक कुशवाहा"],
    "anp": ["अर्चना मंडल", "विनोद साह"], "fat": ["Efua Quansah", "Kobina Essel"],
}
LANG_RECIPIENTS = {
    "ar": ["رنا عيسى", "فادي منصور"], "de": ["Klara Vogt", "Tim Albers"],
    "es": ["Paula Mejía", "Diego Cárdenas"], "fr": ["Chloé Lambert", "Yanis Haddad"],
    "hi": ["कविता मिश्रा", "अमित तिवारी"], "it": ["Elena Rizzi", "Davide Conti"],
    "ja": ["高橋 陽菜", "伊藤 拓海"], "ko": ["윤서아", "강민재"], "pt": ["Juliana Ribeiro", "Thiago Martins"],
    "ru": ["Мария Павлова", "Никита Соколов"], "sw": ["Zawadi Mrema", "Juma Shabani"],
    "th": ["ณัฐธิดา พรหมมา", "ภาณุพงศ์ ใจดี"], "tr": ["Zeynep Aydın", "Mert Şahin"],
    "ur": ["حنا رضا", "بلال احمد"], "zh": ["周雨桐", "孙浩然"],
    "afb": ["شما الظاهري", "راشد النعيمي"], "ayl": ["هالة الزاوي", "أسامة المصراتي"],
    "apd": ["رشا عثمان", "محمد أحمد الأمين"], "hif": ["Anjila Devi", "Pritesh Chand"],
    "nan": ["蔡宜君", "許俊傑"], "doi": ["अंजलि जम्वाल", "विक्रम सलाथिया"],
    "kfy": ["भावना कार्की", "दिनेश मेहरा"], "bns": ["पूजा अहिरवार", "हरिओम राजपूत"],
    "anp": ["सोनम भारती", "मनोज पासवान"], "fat": ["Ekua Amissah", "Kwamena Baidoo"],
}
GIVEN = {"Ama Serwaa Boateng": "Ama", "Wei Jie Lim": "Wei Jie", "Nana Yaw Ofori": "Nana", "Tadhg Ó Murchú": "Tadhg", "Beverley Clarke-Hinds": "Beverley"}
PROVIDERS = ["sunbirdmail", "kiwimail", "acaciapost", "gannetbox", "tamarindline", "heronmail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "cam": ("-0700", "-0600", "n"), "caa": ("-0400", "-0300", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "auw": ("+0800", None, ""), "auq": ("+1000", None, ""),
    "za": ("+0200", None, ""), "ng": ("+0100", None, ""), "sg": ("+0800", None, ""),
    "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "ph": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "s"), "tt": ("-0400", None, ""), "gd": ("-0400", None, ""),
    "tz": ("+0300", None, ""), "zw": ("+0200", None, ""), "lk": ("+0530", None, ""),
    "my": ("+0800", None, ""), "hk": ("+0800", None, ""), "ws": ("+1300", None, ""),
    "fj": ("+1200", None, ""), "vn": ("+0700", None, ""), "ae": ("+0400", None, ""),
    "ly": ("+0200", None, ""), "sd": ("+0200", None, ""), "tw": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "ru": ("+0300", None, ""),
    "cn": ("+0800", None, ""), "lb": ("+0200", "+0300", "n"), "co": ("-0500", None, ""),
    "pt": ("+0000", "+0100", "n"), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "th": ("+0700", None, ""), "br": ("-0300", None, ""), "mu": ("+0400", None, ""), "np": ("+0545", None, ""),
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
    tz: tuple[str, ...]
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles, tzs = _tup(co), _tup(dom), _tup(role), _tup(tz)
    copies = max(len(cos), len(doms), len(roles))
    TEMPLATES.append(T(part, label, kind, f"blind34-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]

# ---------------------------------------------------------------- mix: 40 ATS-shaped template rejections

mr("ats-workday-req", "Requisition R-{ref} ({role}): where things stand",
   "Hi {n},\n\nThe hiring team for {role} (requisition R-{ref}) at {co} has finished reviewing candidates. They have chosen to fill this requisition from other submissions, and your record for it now reads: Closed - Filled Elsewhere.\n\nAny other requisitions you have open in Candidate Home are unaffected, and saved alerts keep running.\n\n{co} Talent Acquisition",
   ("Coralline Prosthetics and Orthotics", "Meridian Radiology Partners"), ("coralline-po.example", "meridianradiology.example"),
   frm="{co} Talent Acquisition <wd-noreply@{dom}>", role=("Prosthetic Technician (Lower Limb)", "MRI Booking Coordinator"), tz=("uk", "use"))
mr("ats-greenhouse-personal", "About the {role} role at {co}",
   "Hi {n},\n\nA person, not the system, is sending this one. We met a strong group for {role}, and the clinical lead has given the two places to therapists whose paediatric caseloads lined up more directly with the schools we cover. That is where your application ends for this round.\n\nThe case study you sent was a real pleasure to mark.\n\n{sig}\nPeople team, {co}",
   ("Wordsmith Speech Therapy", "Handhold Occupational Therapy"), ("wordsmith-slt.example", "handhold-ot.example"),
   frm="{sig} <{sl}@{dom}>", role=("Speech and Language Therapist", "Paediatric Occupational Therapist"), tz=("ie", "au"))
mr("ats-lever-short", "{co} / {role}",
   "{n} - short and straight, because you deserve that: we filled the {role} seat with someone else, and we are closing out every other application today, yours included.\n\nThe programme notes you sent were genuinely good to read.\n\n{sig}, {co}",
   ("Harbourside Concert Hall", "Glenmore Ski Resort"), ("harboursidehall.example", "glenmore-ski.example"),
   frm="{sig} <{sl}@hire.{dom}>", role=("Front of House Supervisor", "Ski School Desk Lead"), tz=("nz", "cap"))
mr("ats-smartrec-card", "Your application: {role}",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td><b>{co}</b> - Careers</td></tr><tr><td>Position: {role}</td></tr><tr><td>Reference: {ref}</td></tr><tr><td>Outcome: <b>Unsuccessful</b> - the vacancy went to another applicant</td></tr><tr><td>Dear {n}, we appreciate the effort behind this application. You can browse other openings from your profile page.</td></tr></table></body></html>",
   ("Kessock Shipyard", "Altair Aerostructures"), ("kessock-yard.example", "altair-aero.example"),
   frm="{co} <careers@{dom}>", role=("Plater (Steel Fabrication)", "Composite Layup Technician"), tz=("uk", "cae"))
mr("ats-icims-committee", "{co}: {role} (Req {ref})",
   "Dear {n},\n\nThe selection committee for {role} has met. After weighing every file it has elected not to take your candidacy any further in this competition.\n\nYou are welcome to keep your profile with us; it stays searchable for new postings unless you switch that off.\n\nRecruitment Office\n{co}",
   ("Svalgrove Seed Bank", "Tidewater Marine Research Institute"), ("svalgrove-seeds.example", "tidewater-mri.example"),
   frm="Recruitment Office <icims@{dom}>", role=("Germination Lab Assistant", "Research Vessel Deck Technician"), tz=("uk", "usp"))
mr("ats-taleo-inactive", "Job Number {ref} - {role}",
   "Dear {n},\n\nRe: Job Number {ref}, {role}\n\nThe job is filled. Your submission therefore carries the status 'Inactive - Position Filled' and receives no further review for this opening.\n\nThis mailbox is not monitored.\n\n{co} Careers",
   ("Penmorfa Tunnel Operations", "Northfold Gas Networks"), ("penmorfa-tunnel.example", "northfold-gas.example"),
   frm="{co} Careers <taleo.noreply@{dom}>", role=("Control Room Operator", "Emergency Response Engineer"), tz=("uk", "uk"))
mr("ats-ashby-founder", "{role} at {co}",
   "Hey {n}, I co-founded this place with Dev. Honest answer on {role}: we made an offer to someone who had already run a CRISPR screen end to end, and she took it yesterday. That was the deciding thing, not anything missing in how you came across. I'll be cheering you on from here.\n\n{sig}\n{co}",
   "Quillfeather Bio", "quillfeather.example", role="Research Associate, Functional Genomics", tz="usp")
mr("ats-workable-day", "Update from {co}",
   "Kia ora {n},\n\nThanks for going for the {role} job with us. We've now picked who comes to the paid try-out day, and yours didn't make that group. Hope the rest of the season treats you well.\n\nCheers,\n{sig} at {co}\n\nSent with Workable-style hiring",
   ("Rimu Car Rentals", "Liffeyside Student Living"), ("rimu-rentals.example", "liffeyside-living.example"),
   frm="{sig} via {co} <notifications@{dom}>", role=("Vehicle Valet and Driver", "Night Residence Assistant"), tz=("nz", "ie"))
mr("ats-bamboo-hired", "{role} at {co}",
   "Hi {n},\n\nQuick word so the wait doesn't drag on: we've hired for the {role} opening and have closed the posting. Thank you for coming out to meet the dogs and the team - we enjoyed it.\n\n{sig}\n{co}",
   ("Second Chance Animal Shelter", "Brackenridge Equestrian Centre"), ("secondchance-shelter.example", "brackenridge-eq.example"),
   frm="{sig} <{sl}@{dom}>", role=("Kennel Attendant", "Yard Groom"), tz=("usc", "uk"))
mr("ats-teamtailor-others", "Re: {role}",
   "Hi {n}!\n\nWe've now read through everyone who applied for {role}. This round, two other applicants go on; their experience sits nearer the bench's day-to-day, so your application ends here.\n\nThe {co} crew",
   ("Brogue and Welt Footwear", "Ironfell Motorcycle Works"), ("brogueandwelt.example", "ironfell-moto.example"),
   frm="{co} <jobs@{dom}>", role=("Bench Shoemaker (Hand Welting)", "Motorcycle Technician"), tz=("uk", "au"))
mr("ats-personio-de", "Your application as {role}",
   "Dear {n},\n\nheartfelt thanks that you applied as {role} with us. All your documents were looked at carefully, and sadly we go forward with another candidate for this position.\n\nAccording to GDPR we delete your data after six months if you do not agree otherwise.\n\nWith friendly greetings\n{sig}\nHuman Resources, {co}",
   ("Sattlerei Brandmeier", "Halbleiterwerk Ostmark"), ("brandmeier-sattlerei.example", "hlw-ostmark.example"),
   frm="{sig} <{sl}@{dom}>", role=("Saddler (m/f/d)", "Cleanroom Operator (m/f/d)"), tz=("eu", "eu"))
mr("ats-pinpoint-score", "{co} recruitment: {role}",
   "Dear {n},\n\nTwo assessors marked every {role} application against the person spec. Yours came to 17 combined; the interview shortlist was drawn at 23 and over, so you are not on it.\n\nIf you would like the breakdown by criterion, reply within 20 working days.\n\nRecruitment Team\n{co}",
   ("Lanternway Street Lighting", "Carrbeck Reservoir Trust"), ("lanternway.example", "carrbeck-trust.example"),
   frm="Recruitment Team <pinpoint@{dom}>", role=("Street Lighting Electrician", "Reservoir Keeper"), tz=("uk", "uk"))
mr("ats-tz-zw-list", "{role}: selection result",
   "Dear {n},\n\nThe panel that interviewed for {role} has finished, and its selection is final. You are not among those chosen. Safe journeys and good fortune in your search; we valued your travelling all that way.\n\n{sig}\nHuman Resources, {co}",
   ("Shinyanga Cotton Ginnery Ltd", "Chimanimani Timber and Sawmills"), ("shinyanga-ginnery.example", "chimanimani-timber.example"),
   frm="{sig} <hr@{dom}>", role=("Ginning Shift Supervisor", "Saw Doctor"), tz=("tz", "zw"))
mr("ats-ng-gh-outcome", "Outcome of your application - {role}",
   "Dear {n},\n\nWe write concerning your application for {role} at {co}. Having gone through the assessment results, management has approved other candidates for the available slots, so your file is now closed.\n\nGod bless your search.\n\n{sig}\nHR Department",
   ("Ashanti Sweetcraft Confectioners", "Orisa Cosmetics Manufacturing"), ("ashanti-sweetcraft.example", "orisa-cosmetics.example"),
   frm="{sig} <hr@{dom}>", role=("Production Line Technician", "Quality Control Analyst"), tz=("gh", "ng"))
mr("ats-my-fab", "[{co}] {role} - application {ref}",
   "Dear {n},\n\nThe hiring manager at our Kulim fab has looked at application {ref} ({role}). It will not proceed; an engineer moving across from our Penang line takes the role.\n\nYou can still view and apply for other openings in the portal.\n\nTalent Acquisition, {co}",
   "Kerian Wafer Fab Sdn Bhd", "kerianfab.example", frm="Talent Acquisition <no-reply@{dom}>", role="Equipment Engineer (Etch)", tz="my")
mr("ats-in-flight", "Application status: {role}",
   "Dear {n},\n\nGreetings from {co}.\n\nThis is regarding your application for {role}. A candidate with more logged instructional hours on the Cessna 172 has been offered the post, and hence your file stands closed.\n\nWe wish you happy landings ahead.\n\n{sig}\nAdmin and HR",
   "Vindhya Flying Academy", "vindhyaflying.example", role="Assistant Flight Instructor", tz="in")
mr("ats-ph-cannery", "{role} application",
   "Hi {n},\n\nGood day! Thank you for applying as {role} at {co} in General Santos. We regret that the slot was given to another applicant who lives near the plant and can start right away. We will close your application now.\n\nGod bless po,\n{sig}\nHR Section",
   "Sarangani Bay Tuna Canning Corp.", "sarangani-canning.example", role="Retort Operator", tz="ph")
mr("ats-lk-cinnamon", "Your application for {role}",
   "Dear {n},\n\nThis concerns the {role} post. After the interviews held at the Galle office, the management has selected another candidate, and your candidature closes here.\n\nOur sincere thanks for your time.\n\n{sig}\nHR Executive, {co}",
   "Ruhuna Ceylon Cinnamon Exports (Pvt) Ltd", "ruhuna-cinnamon.example", role="Export Documentation Executive", tz="lk")
mr("ats-gd-nutmeg", "{role}",
   "Good afternoon {n},\n\nMany thanks for the trip down to the station on Tuesday. The board has settled on another applicant for {role}, and the post is closed as of today. Every good wish to you.\n\nRegards,\n{sig}\n{co}, St George's",
   "Spice Isle Nutmeg Processors", "spiceisle-nutmeg.example", role="Warehouse and Grading Clerk", tz="gd")
mr("ats-uk-forestry", "Your application - {role}",
   "Hello {n},\n\nThe {role} post has been appointed and today's emails go to the rest of the field. Yours was not among those called for interview. Unless you ask, your details are not kept.\n\nBest wishes,\n{sig}\n{co}",
   "Cairnhill Forestry Contracting", "cairnhill-forestry.example", role="Harvester Operator", tz="uk")
mr("ats-ca-wind", "{co} - {role} posting closed",
   "Hello {n},\n\nThe {role} posting has closed and the successful candidate has accepted. Reading about your nacelle maintenance years was a pleasure. Nothing changes on your profile; it stays live for later postings.\n\nTalent team, {co}",
   "Tantramar Wind Energy", "tantramar-wind.example", frm="Talent team <careers@{dom}>", role="Wind Turbine Technician II", tz="caa")
mr("ats-za-airamb", "Application feedback: {role}",
   "Dear {n}\n\nRe {role}: the selection process has concluded, and yours was unsuccessful in this round of recruitment. You may ask the recruitment office for feedback.\n\nKind regards\n{sig}\n{co}",
   "Drakensberg Air Rescue", "dberg-airrescue.example", role="Flight Paramedic", tz="za")
mr("ats-ke-dialysis", "{role} - {co}",
   "Dear {n},\n\nReceive warm greetings. Following the interviews conducted last week for {role}, the hospital has identified a candidate for the position. The hospital is thankful for your morning with the panel; do watch for future adverts.\n\nYours faithfully,\n{sig}\nHuman Resource Manager",
   "Mombasa Road Renal Centre", "mbsa-renal.example", role="Renal Nurse (Dialysis)", tz="ke")
mr("ats-sg-actuarial", "Your application with {co}",
   "Hi {n},\n\nRegarding {role}: the hiring team has finished reviewing and is moving ahead with people further through their actuarial exams. Your application is therefore closed.\n\nBest regards,\n{sig}\nTalent Acquisition, {co}",
   "Merlion Actuarial Partners", "merlion-actuarial.example", role="Actuarial Analyst (Life)", tz="sg")
mr("ats-ie-translation", "{role} - {co}",
   "Hi {n},\n\nThanks a million for sitting the translation test. We've gone with a linguist who had more patent work behind her, so {role} stops here for you. Good luck with everything.\n\n{sig}\n{co}, Galway",
   "Corrib Language Services", "corrib-lang.example", role="German-English Translator", tz="ie")
mr("ats-us-montessori", "{co}: {role}",
   "Hi {n},\n\nThank you for visiting our classrooms last week. We thought long about this, and the {role} position went to another candidate, who has said yes. We are grateful you considered our community.\n\nWarmly,\n{sig}\nHead of School, {co}",
   "Maple Hollow Montessori", "maplehollow-montessori.example", role="Toddler Guide", tz="usc")
mr("ats-hk-ropeway", "{role} (Ref {ref})",
   "Dear {n},\n\nFollowing the assessment you sat for {role}, selection has been completed and the vacancy has gone to another candidate. Your personal data will be destroyed within 12 months under our privacy policy.\n\nHuman Resources Department\n{co}",
   "Lantau Peak Ropeway Ltd", "lantau-ropeway.example", frm="Human Resources <hrd@{dom}>", role="Cabin Operations Assistant", tz="hk")

# ---------------------------------------------------------------- mix: 16 thread replies, decision as someone else's hire
mr("thread-concert-deputy", "RE: [EXT] Re: {role} - follow up",
   "Hi {n},\n\nThursday was a pleasure, and your fly-floor questions were sharp - you clearly know your way around a touring get-in.\n\nWe've asked Mairead, who toured with us as deputy last season, to take the post on permanently, and she agreed over coffee today. I'd rather you heard that from me in person, so to speak.\n\nAll the best,\n{sf}\n\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: {role} - follow up\n\nHi {sf}, any word since Thursday? Many thanks, {n}",
   ("Harbourside Concert Hall", "Quayside Arts Centre"), ("harboursidehall.example", "quayside-arts.example"), role=("Production Manager", "Technical Manager"), tz=("uk", "ie"))
mr("thread-flightschool-grad", "Re: [EXT] Re: ground instructor",
   "{n},\n\nGood to talk Monday. Quick word before the weekend: we're giving the ground instructor post to one of our own graduates who has been teaching the evening class part-time since spring. She starts on the 1st.\n\nTake care and fly safe,\n{sig}\nChief Instructor, {co}\n\nOn {q}, {full} <{addr}> wrote:\n> Hi {sf}, thanks for the chat earlier. Logbook scans can follow if useful.",
   ("Prairie Skies Aviation", "Bow Valley Flight Centre"), ("prairieskies.example", "bowvalley-flight.example"), tz=("usc", "cam"))
mr("thread-translation-pm", "RE: [EXT] RE: Project Manager - next steps",
   "Dear {n},\n\nYou've waited patiently since the panel. Ngozi from our Lagos office is moving across to take the project manager role; she knows our clients and the CAT setup already, and the directors put continuity first this quarter.\n\nMeeting you was a real pleasure.\n\nBest,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: Project Manager - next steps\n\nDear {sf}, I hope you are well. Has a decision been reached?",
   ("Polyglot Bridge Ltd", "Tessellate Translations"), ("polyglotbridge.example", "tessellate-tr.example"), tz=("uk", "ng"))
mr("thread-vessel-tech", "Re: [EXT] Re: Vessel technician interview",
   "Hi {n},\n\nThanks heaps for coming down to the wharf. The technician's job has gone to Callum, who sailed with us on the autumn survey and already holds his coxswain ticket. Hard news, I know.\n\nCheers,\n{sf}\n\nOn {q} {full} wrote:\n> Kia ora {sf}, thanks for showing me the winch room today. When might you decide?",
   ("Tidewater Marine Research Institute", "Southern Ocean Field Station"), ("tidewater-mri.example", "so-fieldstation.example"), tz=("nz", "au"))
mr("thread-seedbank-student", "RE: [EXT] Re: Curatorial assistant",
   "Dear {n},\n\nAs promised, before Friday: we have offered the curatorial assistant post to a doctoral student who did her fieldwork with our collecting team, and she said yes.\n\nYours was a thoughtful interview; the seed-drying question has stayed with me.\n\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: Curatorial assistant\n\nDear {sf}, the vault visit was fascinating.",
   ("Svalgrove Seed Bank", "Rift Highlands Seed Conservation Centre"), ("svalgrove-seeds.example", "rhscc.example"), tz=("uk", "ke"))
mr("thread-ohnurse-agency", "RE: [EXT] Re: OH Advisor",
   "Hi {n},\n\nApologies, this reply is overdue. We've appointed the agency nurse who has been covering the clinic since March - the yard knows her and the audit is in six weeks. Thank you for coming all that way.\n\nKind regards,\n{sig}\nHSE Manager\n\nFrom: {full} <{addr}>\nSent: {q}\nSubject: Re: OH Advisor\n\nHi {sf}, Friday's visit was really useful.",
   ("Kessock Shipyard", "Tuas Marine Engineering"), ("kessock-yard.example", "tuas-marine.example"), tz=("uk", "sg"))
mr("thread-slt-secondment", "Re: [EXT] Re: SLT post",
   "Hi {n},\n\nThanks for Tuesday - the panel liked your session plan a lot. The therapist on secondment from the health board has asked to stay, and the school has agreed to make her post permanent from January.\n\nWarm wishes,\n{sf}\n\nOn {q}, {full} wrote:\n> Hi {sf}, lovely to meet everyone. Referees' details are ready whenever.",
   ("St Brendan's Special School", "Fynbos Learning Centre"), ("stbrendans-school.example", "fynbos-learning.example"), tz=("ie", "za"))
mr("thread-formulation-contractor", "RE: [EXT] Re: Formulation Chemist - update?",
   "Hi {n},\n\nThank you for following up. Aditi, who ran the sunscreen stability work for us as a contractor, will be joining the team in the formulation chemist role from next month. Tight decision; I appreciated your lab notebook walk-through.\n\nRegards,\n{sig}\nR&D Head\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: Formulation Chemist - update?\n\nHello {sf}, hope you are doing well.",
   ("Orisa Cosmetics Manufacturing", "Kesari Naturals Pvt Ltd"), ("orisa-cosmetics.example", "kesari-naturals.example"), tz=("ng", "in"))

# ---------------------------------------------------------------- mix: 8 clear refusals under long footers
mr("footer-carrental", "Your application to {co}",
   "Hi {n},\n\nThe {role} job you went for is now filled, and your application ends here.\n\nWarm regards,\nRecruitment, {co}\n\n--\nBook a car | Manage my booking | Roadside assistance 24/7\nJoin Open Road Rewards: collect points on every rental and redeem them for free days.\nNew: electric vans now at 40 branches.\nJob alerts: get new vacancies near you by email.\n{co} is a trading name of Rimu Mobility Group Ltd. Registered office: Unit 4, Ferry Road. Company no. {ref}.\nAddressed to one reader only. If that isn't you, tell us, then bin it.\nUnsubscribe | Privacy | Cookie settings",
   ("Rimu Car Rentals", "Crossways Van and Car Hire"), ("rimu-rentals.example", "crossways-hire.example"), role=("Branch Customer Agent", "Fleet Shunter"), tz=("nz", "uk"))
mr("footer-airambulance", "{role} - your application",
   "Dear {n},\n\nRe your bid to become our {role}: the interview list is drawn and you're left off it, I'm afraid.\n\n{sig}\nPeople Team\n\n---\nEvery mission is funded by supporters like you. Play our weekly lottery from 1 pound a week.\nShop our charity store | Leave a gift in your will | Volunteer at an event\nCharity number {ref}. Registered in England and Wales.\nWe never ask for bank details by email.\nThis note comes to you because of an application on our careers pages. Change what we send you.",
   ("Pennine Air Ambulance", "Wessex Downs Air Ambulance"), ("pennine-aa.example", "wessexdowns-aa.example"), role=("Fundraising Assistant", "Aircrew Dispatcher"), tz=("uk", "uk"))
mr("footer-ski", "{co} careers: {role}",
   "Hi {n},\n\nNo spot on the {role} team for you this winter, sorry - every position is now filled.\n\nThanks for thinking of us,\n{co} HR\n\n=====\nSNOW REPORT: 142 cm upper mountain, 11 of 14 lifts running.\nSeason passes on sale until 30 November - save 25 percent.\nFollow us for powder alerts.\nStaff housing enquiries: housing@{dom}\nTo stop receiving emails from our careers system, click here. {co}, PO Box {ref}.",
   ("Glenmore Ski Resort", "Kootenay Ridge Resort"), ("glenmore-ski.example", "kootenayridge.example"), role=("Lift Operator", "Rental Shop Technician"), tz=("cap", "cap"))
mr("footer-cosmetics", "Update on your {co} application",
   "Hi {n},\n\nAn update on {role}: it's filled now. Your application stops here, short of the next stage.\n\nTeam {co}\n\n_____\nSHOP NEW IN | Bestsellers | Gift sets | Store locator\nFree delivery on orders over the minimum. Join the Glow Club for birthday treats.\nNobody from us will ever charge you for an interview or training. Report suspicious offers to fraud@{dom}.\nJob alerts: choose your city and we'll email you new roles.\nCopyright {co}. All rights reserved. Privacy notice | POPIA / NDPR statement",
   ("Marula Glow Cosmetics", "Orisa Beauty Stores"), ("marulaglow.example", "orisabeauty.example"), role=("Beauty Advisor", "Store Merchandiser"), tz=("za", "ng"))

# ---------------------------------------------------------------- mix: 9 hedged refusals
mr("hedge-wind", "{role}: update",
   "Hi {n},\n\nThanks for interviewing for {role}. The panel felt two other candidates fitted the rope-access blade-repair side a shade more neatly, and they go forward. Close, honestly. Do put your hand up for the next campaign.\n\n{sig}\n{co}",
   ("Tantramar Wind Energy", "Dunmoor Offshore Wind"), ("tantramar-wind.example", "dunmoor-wind.example"), role=("Blade Repair Technician", "Turbine Service Technician"), tz=("caa", "uk"))
mr("hedge-residence", "{role} - thanks",
   "Hi {n},\n\nWe really appreciated meeting you. Ultimately we've gone in a slightly different direction, bringing in someone with more overnight duty behind them; this note closes your file.\n\nBest of luck,\n{sig}\n{co}",
   ("Liffeyside Student Living", "Rideau Residence Group"), ("liffeyside-living.example", "rideau-residence.example"), role=("Residence Assistant", "Night Desk Coordinator"), tz=("ie", "cae"))
mr("hedge-tvet", "Application for {role}",
   "Dear {n},\n\nYour application for {role} was before the board last week. It considered that some other applicants' industrial attachment records matched its requirements somewhat better, and they have been taken forward. The institute values your interest.\n\n{sig}\nRegistrar, {co}",
   ("Kumasi Technical and Vocational Institute", "Ilorin Federal Skills College"), ("kumasi-tvi.example", "ilorin-fsc.example"), role=("Instructor, Electrical Installation", "Workshop Instructor, Welding"), tz=("gh", "ng"))
mr("hedge-biotech", "{role}",
   "Hi {n},\n\nThank you for the many hours you gave the process. The role has drifted toward the bioinformatics end since we posted it, so we're going another way with the hire. For anything wet-lab, use me as a reference.\n\n{sig}\n{co}",
   ("Quillfeather Bio", "Helix Harbour Therapeutics"), ("quillfeather.example", "helixharbour.example"), role=("Research Associate", "Assay Scientist"), tz=("usp", "sg"))
mr("hedge-lk", "Your application",
   "Dear {n},\n\nThank you for meeting our directors. Having considered all candidates, they felt another profile aligned a touch better with our European buyers' needs for this {role} position. Your CV stays in our file, and we wish you success.\n\nBest regards,\n{sig}",
   "Ruhuna Ceylon Cinnamon Exports (Pvt) Ltd", "ruhuna-cinnamon.example", role="Export Sales Coordinator", tz="lk")

# ---------------------------------------------------------------- mix: 7 recruiter follow-ups, decision plus another role
mr("recruit-geotech", "Following up on {co} + something else",
   "Hi {n},\n\nAs promised after our call: {co} are appointing their internal candidate for the geotechnical engineer role. Bit of a shame as they liked you.\n\nSeparately, I've got a tunnelling contractor who needs a site geotech on a 9-month job starting in February. Day rate is decent. Want me to send your profile over?\n\n{sig}\nSenior Consultant, Strata Search",
   ("Halden Ground Engineering", "Pilbara Foundations"), ("strata-search.example", "strata-search.example"), tz=("uk", "auw"))
mr("recruit-flight", "Re: our call - {co}",
   "{n}, quick one after this morning. {co} picked the other finalist for the line instructor job. They said it was down to hours on type.\n\nI do have a charter outfit in Yellowknife looking for a first officer this winter. Different thing, but worth a look - I can set up a call with their chief pilot this week if that appeals.\n\n{sig}\nNorthbound Aviation Recruiting",
   ("Prairie Skies Aviation", "Lakeshore Air Training"), ("northbound-air.example", "northbound-air.example"), tz=("usc", "cae"))
mr("recruit-actuarial", "Feedback from {co}",
   "Hi {n}\n\nFollowing our chat: {co} have appointed internally, so the analyst role is gone.\n\nA pension fund administrator I work with needs a valuations analyst, same exam level, hybrid. Shall I put you forward?\n\nSpeak soon,\n{sig}\nCapstone Financial Recruitment",
   ("Jacaranda Life Assurance", "Savannah Mutual"), ("capstone-fin.example", "capstone-fin.example"), tz=("za", "ke"))
mr("recruit-semicon", "{co} outcome + Johor opening",
   "Hi {n},\n\nAs discussed on the phone, {co} picked someone with more lithography time for the process engineer role.\n\nThere is also a Johor fab ramping up a new packaging line and they are hiring process engineers now. I think your yield work fits well. Say yes by Friday and I submit you.\n\nRegards,\n{sig}\nPeninsula Tech Talent",
   "Kerian Wafer Fab", "peninsula-talent.example", tz="sg")

# ---------------------------------------------------------------- mix: 8 public-sector notices
mr("public-us-notref", "Notice of Results - Announcement {ref}",
   "Dear {n},\n\nWe have finished reviewing applications for {role}, announcement {ref}. You were rated qualified. The referral certificate sent to the hiring official, however, does not include you. No action is required.\n\nHR Notices Unit, {co}",
   ("State Department of Revenue", "County Court Services Agency"), ("revenue-state.example", "courtservices-county.example"), frm="HR Office <hr-notices@{dom}>",
   role=("Tax Examiner I", "Court Clerk II"), tz=("use", "usm"))
mr("public-ke-gh-inelig", "{co}: {role}",
   "Dear {n},\n\nRE: APPLICATION FOR {role}\n\nShortlisting for the post named above is complete. Your file fell short of the advertised minimum (relevant diploma and three years' experience) and was accordingly found ineligible.\n\nSECRETARY",
   ("Kilifi County Public Service Board", "Local Government Service, Ashanti Region"), ("kilifi-cpsb.example", "lgs-ashanti.example"), frm="Secretary <secretary@{dom}>",
   role=("WARD ADMINISTRATOR", "ASSISTANT BUDGET ANALYST"), tz=("ke", "gh"))
mr("public-cancelled", "{role} - competition withdrawn",
   "Dear {n},\n\nRe: {role}. A restructure of the service means this competition is cancelled and the post stays unfilled. Nobody is to be appointed from this process; all applications, yours included, are closed.\n\nRecruitment and Workforce\n{co}",
   ("Horizons Regional Council", "Cork County Council"), ("horizons-rc.example", "corkcoco.example"), frm="Recruitment <recruitment@{dom}>",
   role=("Biosecurity Officer", "Assistant Staff Officer"), tz=("nz", "ie"))
mr("public-rank", "{co}: result of the recruitment examination",
   "Dear {n},\n\nThe final merit list for {role} has been published. Your rank is 412 in your category. Appointments from the list have been made up to rank 287, so your candidature will not be considered for appointment from this recruitment.\n\nBy order,\n{co}",
   ("State Forest Department Recruitment Cell", "Provincial Public Service Commission, Southern Province"), ("forest-recruit.example", "sp-psc.example"),
   frm="{co} <results@{dom}>", role=("Forest Guard", "Development Officer"), tz=("in", "lk"))

# ---------------------------------------------------------------- mix: 6 bare ATS status updates
mr("status-closed-employer", "Application update: {role}",
   "Hi {n},\n\nSomething changed on one of your applications.\n\nRole: {role}\nApplication state: Closed by employer\n\nNothing for you to do. Sign in to see the rest of your applications.\n\n{co} Careers",
   ("Meridian Radiology Partners", "Coralline Prosthetics and Orthotics"), ("meridianradiology.example", "coralline-po.example"), frm="{co} Careers <updates@{dom}>",
   role=("Patient Access Representative", "Plaster Room Technician"), tz=("use", "uk"))
mr("status-html-ended", "Status change for {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Ended - other candidates chosen</td></tr></table><p>Sent automatically by the {co} hiring system.</p></body></html>",
   ("Altair Aerostructures", "Helix Harbour Therapeutics"), ("altair-aero.example", "helixharbour.example"), frm="{co} <noreply@{dom}>",
   role=("Quality Inspector", "Lab Operations Coordinator"), tz=("cae", "sg"))
mr("status-archived", "{co}: {role}",
   "Hello {n},\n\nYour application for {role} now shows Archived (not selected) from the hiring team.\n\nReference {ref}\n{co}",
   ("Tantramar Wind Energy", "Mombasa Road Renal Centre"), ("tantramar-wind.example", "mbsa-renal.example"), frm="{co} <jobs@{dom}>",
   role=("Site Administrator", "Patient Care Assistant"), tz=("caa", "ke"))

# ---------------------------------------------------------------- mix: 6 internship / graduate decisions
mr("intern-studentship", "Summer studentship {role}: your application",
   "Dear {n},\n\nOur summer studentships drew more than 2,300 applications for 18 places this year. Sadly, no offer is coming your way this time.\n\nDo try again next year.\n\nStudent Programmes, {co}",
   ("Tidewater Marine Research Institute", "Atlantic Shelf Research Centre"), ("tidewater-mri.example", "atlanticshelf.example"), frm="Student Programmes <students@{dom}>",
   role=("2026", "2026"), tz=("usp", "ie"))
mr("intern-coop", "{co} co-op term: decision",
   "Hi {n},\n\nThanks for the winter co-op interview. The term's class is full now, and no placement could be offered to you. Your school's co-op office has been told as well.\n\nUniversity Relations, {co}",
   ("Altair Aerostructures", "Northern Rotorcraft"), ("altair-aero.example", "n-rotorcraft.example"), frm="University Relations <campus@{dom}>", tz=("cae", "usm"))
mr("intern-trainee", "{co} Graduate Trainee Programme",
   "Dear {n},\n\nThe assessment day for the {co} Graduate Trainee Programme is over. Just 12 trainees are taken each year, and the 2026 intake does not include you.\n\nProgramme Office",
   ("State Forest Development Corporation", "Kenya Forestry Development Board"), ("sfdc-trainee.example", "kfdb.example"), frm="Programme Office <trainee@{dom}>", tz=("in", "ke"))
# ---------------------------------------------------------------- mix: 50 confirmations, most with refusal talk
mo("application_received", "ats-workday-req-ack", "We have your application: {role} (R-{ref})",
   "Hi {n},\n\nYour application for {role} (requisition R-{ref}) reached {co} today. Reviewers read candidate records in the order they arrive. If the team fills the requisition from other submissions, your record will switch to Closed - Filled Elsewhere, and you'll see that in Candidate Home; otherwise a recruiter reaches out to book a screen.\n\n{co} Talent Acquisition",
   ("Coralline Prosthetics and Orthotics", "Meridian Radiology Partners"), ("coralline-po.example", "meridianradiology.example"),
   frm="{co} Talent Acquisition <wd-noreply@{dom}>", role=("Orthotic Technician", "CT Radiographer"), tz=("uk", "use"))
mo("application_received", "ats-greenhouse-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nThanks for sending your application for {role}. A clinician reads every one of these, so it can take two or three weeks. Whichever way it goes - an interview, or a note that we have given the places to others - it will come from a person, not an automated system.\n\n{sig}\nPeople team, {co}",
   ("Wordsmith Speech Therapy", "Handhold Occupational Therapy"), ("wordsmith-slt.example", "handhold-ot.example"),
   role=("Speech and Language Therapist (Adult)", "Hand Therapist"), tz=("ie", "au"))
mo("application_received", "ats-lever-ack", "{co}: got it",
   "{n}, {role}: application in. Batches get read on Mondays. Seat goes elsewhere? Plain words from us. Keen to chat? Expect a calendar link that same day.\n\n{sig}, {co}",
   ("Harbourside Concert Hall", "Glenmore Ski Resort"), ("harboursidehall.example", "glenmore-ski.example"),
   frm="{sig} <{sl}@hire.{dom}>", role=("Box Office Assistant", "Snowmaking Operator"), tz=("nz", "cap"))
mo("application_received", "ats-smartrec-ack", "Application received: {role}",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td><b>{co}</b> - Careers</td></tr><tr><td>Position: {role}</td></tr><tr><td>Reference: {ref}</td></tr><tr><td>Status: <b>Received</b></td></tr><tr><td>Dear {n}, we will update this page at each step. If the vacancy goes to another applicant, the status will change to Unsuccessful; if you are shortlisted, we will phone you first.</td></tr></table></body></html>",
   ("Kessock Shipyard", "Altair Aerostructures"), ("kessock-yard.example", "altair-aero.example"),
   frm="{co} <careers@{dom}>", role=("Pipefitter", "NDT Technician"), tz=("uk", "cae"))
mo("application_received", "ats-icims-ack", "{co}: we received your application for {role}",
   "Dear {n},\n\nThank you for applying for {role}. The selection committee meets after the closing date. If it elects to stop your candidacy at that point, an email will say so; candidates it wishes to meet will be contacted by the department directly.\n\nRecruitment Office\n{co}",
   ("Svalgrove Seed Bank", "Tidewater Marine Research Institute"), ("svalgrove-seeds.example", "tidewater-mri.example"),
   frm="Recruitment Office <icims@{dom}>", role=("Seed Collection Coordinator", "Oceanographic Data Technician"), tz=("uk", "usp"))
mo("application_received", "ats-taleo-ack", "Job Number {ref} - submission confirmed",
   "Dear {n},\n\nThis confirms your submission for Job Number {ref}, {role}. Submissions that are not taken forward are set to 'Inactive' once the job is filled, and you can follow the status online at any time.\n\nThis mailbox is not monitored.\n\n{co} Careers",
   ("Penmorfa Tunnel Operations", "Northfold Gas Networks"), ("penmorfa-tunnel.example", "northfold-gas.example"),
   frm="{co} Careers <taleo.noreply@{dom}>", role=("Tunnel Maintenance Fitter", "Network Planner"), tz=("uk", "uk"))
mo("application_received", "ats-workable-ack", "Thanks for applying to {co}",
   "Kia ora {n},\n\nThanks for applying for {role}! We'll pick who comes to the paid try-out day within a fortnight. If yours doesn't go through, a short message still comes your way, so don't bother chasing.\n\nCheers,\nThe {co} team\n\nSent with Workable-style hiring",
   ("Rimu Car Rentals", "Liffeyside Student Living"), ("rimu-rentals.example", "liffeyside-living.example"),
   frm="{co} <notifications@{dom}>", role=("Reservations Agent", "Housekeeping Team Member"), tz=("nz", "ie"))
mo("application_received", "ats-bamboo-ack", "We got your application - {co}",
   "Hi {n},\n\nThanks for applying for {role}. Five people run this shelter, so reading takes us about eight days. Should the job go to somebody else, an email from me will say so; nobody here likes people guessing.\n\n{sig}\n{co}",
   ("Second Chance Animal Shelter", "Brackenridge Equestrian Centre"), ("secondchance-shelter.example", "brackenridge-eq.example"),
   role=("Adoption Counselor", "Riding School Assistant"), tz=("usc", "uk"))
mo("application_received", "ats-teamtailor-ack", "Thanks, {n}!",
   "Hi {n}!\n\nYour application for {role} has landed with us. We read everything within ten days. If we carry on with other applicants, you'll get a note saying so; if a meeting makes sense, expect an invite to pick a time.\n\nThe {co} crew",
   ("Brogue and Welt Footwear", "Ironfell Motorcycle Works"), ("brogueandwelt.example", "ironfell-moto.example"),
   frm="{co} <jobs@{dom}>", role=("Clicker (Leather Cutting)", "Parts Counter Assistant"), tz=("uk", "au"))
mo("application_received", "ats-personio-ack", "Confirmation of your application",
   "Dear {n},\n\nheartfelt thanks for your application as {role}. Your documents arrived complete. Should we go forward with another candidate, we inform you by email; otherwise we contact you for a conversation.\n\nPer GDPR we keep your documents half a year.\n\nKind greetings from the workshop\n{sig}\nHuman Resources, {co}",
   ("Sattlerei Brandmeier", "Halbleiterwerk Ostmark"), ("brandmeier-sattlerei.example", "hlw-ostmark.example"),
   role=("Upholsterer (m/f/d)", "Maintenance Electrician (m/f/d)"), tz=("eu", "eu"))
mo("application_received", "ats-pinpoint-ack", "{co} recruitment: application received",
   "Dear {n},\n\nYour {role} application is with us. Once applications close, two assessors mark each one against the criteria in the person spec. Above the shortlist line or under it, a letter reaches you inside 21 days of the close.\n\nRecruitment Team\n{co}",
   ("Lanternway Street Lighting", "Carrbeck Reservoir Trust"), ("lanternway.example", "carrbeck-trust.example"),
   frm="Recruitment Team <pinpoint@{dom}>", role=("Highways Electrical Supervisor", "Visitor Ranger"), tz=("uk", "uk"))
mo("application_received", "ats-tz-zw-ack", "Application received - {role}",
   "Dear {n},\n\nYour application for {role} is in our file. Shortlisted people get a telephone call; no call within 30 days means you should consider yourself left off the list on this round.\n\n{sig}\nHuman Resources, {co}",
   ("Shinyanga Cotton Ginnery Ltd", "Chimanimani Timber and Sawmills"), ("shinyanga-ginnery.example", "chimanimani-timber.example"),
   frm="{sig} <hr@{dom}>", role=("Boiler Attendant", "Kiln Dryer Operator"), tz=("tz", "zw"))
mo("application_received", "ats-ng-gh-ack", "Acknowledgement - {role}",
   "Dear {n},\n\nYour application for {role} at {co} has come in safely. Candidates who clear screening sit an aptitude test next. Those not asked to sit it will also get an email when the process closes, so check your mail now and then.\n\n{sig}\nHR Department",
   ("Ashanti Sweetcraft Confectioners", "Orisa Cosmetics Manufacturing"), ("ashanti-sweetcraft.example", "orisa-cosmetics.example"),
   frm="{sig} <hr@{dom}>", role=("Packaging Supervisor", "Microbiology Technician"), tz=("gh", "ng"))
mo("application_received", "thread-concert-ack", "Re: [EXT] {role} application",
   "Hi {n},\n\nThanks - got your CV and the show reports. Interviews run for a fortnight from Monday. Should the post go elsewhere, expect a phone call from me rather than an email - fairer that way.\n\nBest,\n{sf}\n\nFrom: {full} <{addr}>\nSent: {q}\nSubject: {role} application\n\nHi {sf}, please find my application attached.",
   ("Harbourside Concert Hall", "Quayside Arts Centre"), ("harboursidehall.example", "quayside-arts.example"), role=("Stage Manager", "Lighting Technician"), tz=("uk", "ie"))
mo("application_received", "footer-carrental-ack", "We've received your application",
   "Hi {n},\n\nYour {role} application is in. Reading starts when the advert closes. Not shortlisted? You'll still hear by email, no wondering required.\n\nRecruitment, {co}\n\n--\nBook a car | Manage my booking | Roadside assistance 24/7\nJoin Open Road Rewards: collect points on every rental and redeem them for free days.\nJob alerts: get new vacancies near you by email.\n{co} is a trading name of Rimu Mobility Group Ltd. Company no. {ref}.\nUnsubscribe | Privacy | Cookie settings",
   ("Rimu Car Rentals", "Crossways Van and Car Hire"), ("rimu-rentals.example", "crossways-hire.example"), role=("Counter Sales Agent", "Van Preparation Operative"), tz=("nz", "uk"))
mo("application_received", "footer-cosmetics-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nOur recruiters have your {role} application. Shortlisted or not, an email arrives from us after the role closes.\n\nTeam {co}\n\n_____\nSHOP NEW IN | Bestsellers | Store locator\nNobody from us will ever charge you for an interview or training. Report suspicious offers to fraud@{dom}.\nPrivacy notice | POPIA / NDPR statement",
   ("Marula Glow Cosmetics", "Orisa Beauty Stores"), ("marulaglow.example", "orisabeauty.example"), role=("Store Manager", "Visual Merchandiser"), tz=("za", "ng"))
mo("application_received", "hedge-tvet-ack", "Receipt of application - {role}",
   "Dear {n},\n\nThe Registry confirms receipt of your application for {role}. The board will compare applicants' industrial attachment records and qualifications. If your name does not make the shortlist, the Registry will still notify you in writing.\n\n{sig}\nRegistrar, {co}",
   ("Kumasi Technical and Vocational Institute", "Ilorin Federal Skills College"), ("kumasi-tvi.example", "ilorin-fsc.example"), role=("Instructor, Plumbing", "Instructor, Catering"), tz=("gh", "ng"))
mo("application_received", "public-us-ack", "Application received - Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: your application has arrived. When it closes, HR rates your qualifications and decides on referral to the hiring official. You will get a notice of results either way; please allow four to six weeks.\n\nHR Notices Unit, {co}",
   ("State Department of Revenue", "County Court Services Agency"), ("revenue-state.example", "courtservices-county.example"), frm="HR Office <hr-notices@{dom}>",
   role=("Revenue Agent II", "Jury Services Coordinator"), tz=("use", "usm"))
mo("application_received", "public-ke-gh-ack", "{co}: acknowledgement",
   "Dear {n},\n\nRE: APPLICATION FOR {role}\n\nYour application is in our records. Shortlisting follows the minimum requirements in the advertisement, and the shortlist goes up on our website. Those left off it may get no individual letter.\n\nSECRETARY",
   ("Kilifi County Public Service Board", "Local Government Service, Ashanti Region"), ("kilifi-cpsb.example", "lgs-ashanti.example"), frm="Secretary <secretary@{dom}>",
   role=("ENFORCEMENT OFFICER", "PROCUREMENT OFFICER"), tz=("ke", "gh"))
mo("application_received", "public-rank-ack", "{co}: online application registered",
   "Dear {n},\n\nYour online application for {role} has been registered, number {ref}. Keep this number for the written examination. Anyone scoring under the cut-off marks will not be called for document verification, and results will be shown on the website only.\n\n{co}",
   ("State Forest Department Recruitment Cell", "Provincial Public Service Commission, Southern Province"), ("forest-recruit.example", "sp-psc.example"),
   frm="{co} <results@{dom}>", role=("Forester", "Management Assistant"), tz=("in", "lk"))
mo("application_received", "intern-studentship-ack", "Summer studentship application received",
   "Dear {n},\n\nThanks for applying for a summer studentship at {co}. We expect well over two thousand applications, so individual feedback isn't possible. Everyone will hear by the end of March whether or not they have a place.\n\nStudent Programmes, {co}",
   ("Tidewater Marine Research Institute", "Atlantic Shelf Research Centre"), ("tidewater-mri.example", "atlanticshelf.example"), frm="Student Programmes <students@{dom}>", tz=("usp", "ie"))
mo("application_received", "intern-coop-ack", "{co} co-op application",
   "Hi {n},\n\nThanks for applying to our co-op program through your school's job board. If the hiring team doesn't select you for an interview, the board will show 'Not selected' - you won't get a separate email for that.\n\nUniversity Relations, {co}",
   ("Altair Aerostructures", "Northern Rotorcraft"), ("altair-aero.example", "n-rotorcraft.example"), frm="University Relations <campus@{dom}>", tz=("cae", "usm"))
mo("application_received", "recruit-geotech-ack", "Your CV - {co} role",
   "Hi {n},\n\nCV received, cheers. You went in to {co} for the geotechnical engineer role this afternoon. If they pass, I'll call the same day and we look wider; an interview and I'll phone to arrange it.\n\n{sig}\nSenior Consultant, Strata Search",
   ("Halden Ground Engineering", "Pilbara Foundations"), ("strata-search.example", "strata-search.example"), tz=("uk", "auw"))
mo("application_received", "hedge-residence-ack", "Application received: {role}",
   "Hi {n},\n\nThanks for your application for {role}. Contact comes only where your experience matches the shortlist, and we keep applications on file for twelve months either way in case something else comes up.\n\n{co}",
   ("Liffeyside Student Living", "Rideau Residence Group"), ("liffeyside-living.example", "rideau-residence.example"), frm="{co} <careers@{dom}>",
   role=("Residence Life Coordinator", "Facilities Assistant"), tz=("ie", "cae"))
mo("application_received", "footer-airambulance-ack", "Thanks for your application",
   "Dear {n},\n\nYour {role} application is safely with us. Should interviews go to others, an email will tell you when shortlisting wraps up.\n\nPeople Team\n\n---\nEvery mission is funded by supporters like you. Play our weekly lottery.\nCharity number {ref}. We never ask for bank details by email.",
   ("Pennine Air Ambulance", "Wessex Downs Air Ambulance"), ("pennine-aa.example", "wessexdowns-aa.example"), frm="People Team <people@{dom}>", role=("Retail Shop Manager", "Clinical Governance Lead"), tz=("uk", "uk"))
# ---------------------------------------------------------------- mix: 35 interviews, next steps and offers
mo("interview", "thread-concert-int", "RE: [EXT] Re: {role} - second conversation",
   "Hi {n},\n\nThanks for Thursday. Could you come back on {dl} at 2pm to talk with our chief executive and walk round during a get-in? Unfortunately the stage door is shut for resurfacing that week, so come in through the box office and ask for me.\n\nBest,\n{sf}\n\nFrom: {full} <{addr}>\nSent: {q}\nSubject: Re: {role}\n\nHi {sf}, thanks again for today.",
   ("Harbourside Concert Hall", "Quayside Arts Centre"), ("harboursidehall.example", "quayside-arts.example"), role=("Production Manager", "Technical Manager"), tz=("uk", "ie"))
mo("interview", "thread-vessel-int", "Re: [EXT] Re: Vessel technician - sea day",
   "Hi {n},\n\nGood news - you're invited on a sea day on {dl}, leaving the wharf at 6:30. Unfortunately the galley is out of action, so bring your own lunch and warm layers.\n\nCheers,\n{sf}\n\nOn {q} {full} wrote:\n> Kia ora {sf}, the winch room tour was great.",
   ("Tidewater Marine Research Institute", "Southern Ocean Field Station"), ("tidewater-mri.example", "so-fieldstation.example"), tz=("nz", "au"))
mo("interview", "ats-bamboo-int", "Come meet the team? - {co}",
   "Hi {n},\n\nCould you come out for a working interview for {role} on {dl} at 9am? Unfortunately our visitor lot is being repaved, so please park on the street by the feed store. Wear boots you don't mind getting muddy.\n\n{sig}\n{co}",
   ("Second Chance Animal Shelter", "Brackenridge Equestrian Centre"), ("secondchance-shelter.example", "brackenridge-eq.example"), role=("Adoption Counselor", "Riding School Assistant"), tz=("usc", "uk"))
mo("interview", "ats-lever-int", "{co}: let's talk",
   "{n}, we'd like to talk about {role}. Does {dl} at 11:00 work? Forty minutes on video, me plus our operations lead. Unfortunately our video tool drops out on some phones, so a laptop is better.\n\n{sig}, {co}",
   ("Harbourside Concert Hall", "Glenmore Ski Resort"), ("harboursidehall.example", "glenmore-ski.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Box Office Assistant", "Snowmaking Operator"), tz=("nz", "cap"))
mo("interview", "thread-slt-int", "Re: [EXT] Re: SLT post - interview",
   "Hi {n},\n\nInterview day for you is {dl}, 10:15. You'll run a 20-minute session with two pupils and a teaching assistant, then meet the panel. Unfortunately the school lift is out of order, so the session room is on the ground floor this time.\n\nWarm wishes,\n{sf}\n\nOn {q}, {full} wrote:\n> Hi {sf}, thanks for the call.",
   "St Brendan's Special School", "stbrendans-school.example", tz="ie")
mo("interview", "ats-ph-cannery-int", "Interview schedule - {role}",
   "Hi {n},\n\nGood day! Please come for your {role} interview on {dl}, 8:00 AM, at the plant admin office. Kindly bring your NBI clearance and two valid IDs. Unfortunately the jeepney stop near the gate is closed for road works, so please alight at the barangay hall and walk in.\n\nThank you po,\n{sig}\nHR Section, {co}",
   "Sarangani Bay Tuna Canning Corp.", "sarangani-canning.example", role="Quality Assurance Checker", tz="ph")
mo("interview", "ats-za-airamb-int", "Interview invitation: {role}",
   "Dear {n}\n\nPlease attend a panel interview for {role} on {dl} at 13:00 at our hangar office. Please bring your HPCSA registration card. Unfortunately, there is no parking airside; use the public lot at departures.\n\nKind regards\n{sig}\n{co}",
   "Drakensberg Air Rescue", "dberg-airrescue.example", role="Flight Paramedic", tz="za")
mo("interview", "ats-gd-nutmeg-int", "Interview - {role}",
   "Good morning {n},\n\nKindly come and see us about the {role} post on {dl} at 10 a.m. at the Gouyave station. Unfortunately the bus from town is irregular that early, so give yourself plenty of time.\n\nRegards,\n{sig}\n{co}",
   "Spice Isle Nutmeg Processors", "spiceisle-nutmeg.example", role="Grading Supervisor", tz="gd")
mo("interview", "recruit-flight-int", "Interview set - Yellowknife charter",
   "{n}, good news: the charter outfit in Yellowknife wants to talk. Video call with the chief pilot on {dl} at 10 Mountain. Have your logbook summary handy.\n\n{sig}\nNorthbound Aviation Recruiting",
   "Northbound Aviation Recruiting", "northbound-air.example", tz="usc")
mo("interview", "hedge-biotech-int", "{role} - panel day",
   "Hi {n},\n\nNext up is a panel day on {dl}: a 30-minute talk on your own data, then three one-to-ones. Unfortunately the building's badge reader is temperamental, so text me when you reach the lobby.\n\n{sig}\n{co}",
   "Helix Harbour Therapeutics", "helixharbour.example", role="Assay Scientist", tz="sg")
mo("next_steps", "ats-pinpoint-next", "{co}: references and pre-employment checks",
   "Dear {n},\n\nFollowing your interview for {role}, we would like to move to pre-employment checks. Please complete the reference and health forms online no later than {dl}. Unfortunately we cannot hold the conditional offer open if the forms are not in by that date.\n\nRecruitment Team\n{co}",
   ("Lanternway Street Lighting", "Carrbeck Reservoir Trust"), ("lanternway.example", "carrbeck-trust.example"), frm="Recruitment Team <pinpoint@{dom}>", role=("Street Lighting Electrician", "Reservoir Keeper"), tz=("uk", "uk"))
mo("next_steps", "ats-sg-actuarial-next", "Online assessment - {role}",
   "Hi {n},\n\nThe next step for {role} is a 75-minute online numerical and Excel assessment. It must be finished by {dl}, 23:59 SGT. Unfortunately each link opens a single time only, so please start when you have an uninterrupted block.\n\nBest regards,\n{sig}\nTalent Acquisition, {co}",
   ("Merlion Actuarial Partners", "Merlion Actuarial Partners"), ("merlion-actuarial.example", "merlion-actuarial.example"), role=("Actuarial Analyst (General Insurance)", "Pricing Analyst"), tz=("sg", "sg"))
mo("next_steps", "public-us-next", "Action required: Announcement {ref}",
   "Dear {n},\n\nFor {role}, HR has put you on the certificate now with the selecting official. To stay under consideration, upload your transcripts and two forms of ID to your applicant account by {dl}. Incomplete files will be removed from the referral list.\n\nHR Notices Unit, {co}",
   ("State Department of Revenue", "County Court Services Agency"), ("revenue-state.example", "courtservices-county.example"), frm="HR Office <hr-notices@{dom}>", role=("Tax Examiner I", "Court Clerk II"), tz=("use", "usm"))
mo("next_steps", "ats-ng-gh-next", "Aptitude test invitation - {role}",
   "Dear {n},\n\nCongratulations, you passed the screening for {role}. Please register for the computer-based aptitude test on or before {dl}. Unfortunately, no walk-in candidates can be accommodated at the centre.\n\n{sig}\nHR Department, {co}",
   "Ashanti Sweetcraft Confectioners", "ashanti-sweetcraft.example", frm="{sig} <hr@{dom}>", role="Packaging Supervisor", tz="gh")
mo("next_steps", "public-rank-next", "{co}: document verification",
   "Dear {n},\n\nYou have qualified in the written examination for {role}. Report for document verification and the physical standards test on {dl} at 9 AM with original certificates and two photographs. Candidates who do not report will forfeit their claim.\n\n{co}",
   "State Forest Department Recruitment Cell", "forest-recruit.example", frm="{co} <results@{dom}>", role="Forester", tz="in")
mo("next_steps", "ats-ke-dialysis-next", "{role}: documents needed",
   "Dear {n},\n\nFollowing your interview, kindly submit copies of your nursing council licence, national ID and a certificate of good conduct by {dl}. Unfortunately we cannot take documents over WhatsApp; email them to this address.\n\n{sig}\nHuman Resource Manager, {co}",
   "Mombasa Road Renal Centre", "mbsa-renal.example", role="Renal Nurse (Dialysis)", tz="ke")
mo("next_steps", "hedge-residence-next", "Reference request - {role}",
   "Hi {n},\n\nReferences are the next step for {role}. Please send us details of two referees by {dl}, one of them a recent manager. Garda vetting forms will follow.\n\n{sig}\n{co}",
   "Liffeyside Student Living", "liffeyside-living.example", role="Residence Assistant", tz="ie")
mo("next_steps", "ats-in-flight-next", "Medical and document check - {role}",
   "Dear {n},\n\nGreetings from {co}. Please submit your Class 1 medical certificate, FRTOL and logbook copies by {dl} for verification. Unfortunately the DGCA portal is slow this month, so start the upload early.\n\n{sig}\nAdmin and HR",
   "Vindhya Flying Academy", "vindhyaflying.example", role="Assistant Flight Instructor", tz="in")
mo("offer", "thread-seedbank-offer", "RE: [EXT] Re: Curatorial assistant - offer",
   "Dear {n},\n\nGood news: the panel has chosen you for the curatorial assistant post. The contract and salary details are attached; your answer by {dl} would be ideal. Unfortunately the vault induction only runs on Mondays, so your first day would need to be a Monday.\n\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: Curatorial assistant\n\nDear {sf}, a fascinating visit.",
   ("Svalgrove Seed Bank", "Rift Highlands Seed Conservation Centre"), ("svalgrove-seeds.example", "rhscc.example"), tz=("uk", "ke"))
mo("offer", "thread-formulation-offer", "RE: [EXT] Re: Formulation Chemist - offer",
   "Hi {n},\n\nGreat news - we're offering you the formulation chemist role. Attached is the letter - signed copy back to me by {dl}, please. Unfortunately our payroll cut-off means a start after the 15th pushes your first salary to the following month.\n\nRegards,\n{sig}\nR&D Head\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\n\nHello {sf}, thank you for the lab visit.",
   ("Orisa Cosmetics Manufacturing", "Kesari Naturals Pvt Ltd"), ("orisa-cosmetics.example", "kesari-naturals.example"), tz=("ng", "in"))
mo("offer", "ats-workable-offer", "Offer from {co}",
   "Kia ora {n},\n\nWe loved having you on the try-out day and want to offer you the {role} job: 32 hours a week, starting {dl}. Unfortunately there's no staff parking at the depot, but the bus stops right outside.\n\nReply to say yes and we'll send the agreement.\n\nThe {co} team",
   ("Rimu Car Rentals", "Liffeyside Student Living"), ("rimu-rentals.example", "liffeyside-living.example"), frm="{co} <notifications@{dom}>", role=("Vehicle Valet and Driver", "Night Residence Assistant"), tz=("nz", "ie"))
mo("offer", "ats-teamtailor-offer", "Your offer - {role}",
   "Hi {n}!\n\nCome and join us as {role}! The contract is in your candidate profile - please sign by {dl}. Unfortunately our workshop is closed the week you'd start, so day one is at the shop on the high street.\n\nThe {co} crew",
   ("Brogue and Welt Footwear", "Ironfell Motorcycle Works"), ("brogueandwelt.example", "ironfell-moto.example"), frm="{co} <jobs@{dom}>", role=("Bench Shoemaker (Hand Welting)", "Motorcycle Technician"), tz=("uk", "au"))
mo("offer", "recruit-actuarial-offer", "Offer - valuations analyst",
   "Hi {n}\n\nOffer in from the pension fund administrator for the valuations analyst role, hybrid, three days in office. Full terms are attached. They want your answer on or before {dl}.\n\n{sig}\nCapstone Financial Recruitment",
   "Capstone Financial Recruitment", "capstone-fin.example", tz="za")
mo("offer", "ats-us-montessori-offer", "Offer of employment - {role}",
   "Hi {n},\n\nWe are so pleased to offer you the {role} position at {co}, starting in August. The letter and a benefits summary come attached; a reply by {dl} would be wonderful.\n\nWarmly,\n{sig}\nHead of School",
   "Maple Hollow Montessori", "maplehollow-montessori.example", role="Primary Assistant", tz="usc")
mo("other_job", "status-review", "Application update: {role}",
   "Hi {n},\n\nSomething changed on one of your applications.\n\nRole: {role}\nApplication state: With the recruiter for review\n\nDecision: pending. Sign in to see the rest of your applications.\n\n{co} Careers",
   ("Meridian Radiology Partners", "Coralline Prosthetics and Orthotics"), ("meridianradiology.example", "coralline-po.example"), frm="{co} Careers <updates@{dom}>", role=("Radiology Scheduler", "Dispatch Driver"), tz=("use", "uk"))
mo("other_job", "status-html-withdrawn", "Status change for {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn (by candidate)</td></tr></table><p>You withdrew this application on our site. Sent automatically by the {co} hiring system.</p></body></html>",
   ("Altair Aerostructures", "Helix Harbour Therapeutics"), ("altair-aero.example", "helixharbour.example"), frm="{co} <noreply@{dom}>", role=("Stores Controller", "Cell Culture Technician"), tz=("cae", "sg"))
mo("other_job", "public-delay", "{co}: recruitment timetable",
   "Dear {n},\n\nShortlisting for {role} has moved back by about four weeks while the council confirms the grading of the post. Nothing has been decided on any application, and yours is still live.\n\nRecruitment and Workforce\n{co}",
   "Horizons Regional Council", "horizons-rc.example", frm="Recruitment <recruitment@{dom}>", role="Catchment Officer", tz="nz")
mo("job_alert", "footer-ski-alert", "New jobs at {co}",
   "Hi {n},\n\nFresh openings that fit your saved search:\n- Lift Maintenance Mechanic (full season)\n- Snowsports Instructor, Kids Club\n- Line Cook, Mid-Mountain Lodge\n\nApply before the first snowfall.\n\n=====\nSNOW REPORT: opening day is 5 December.\nTurn these alerts off here.",
   ("Glenmore Ski Resort", "Kootenay Ridge Resort"), ("glenmore-ski.example", "kootenayridge.example"), frm="{co} Jobs <alerts@{dom}>", tz=("cap", "cap"))
mo("job_alert", "footer-carrental-alert", "Jobs near you this week",
   "Hi {n},\n\nNew at {co} near you: Customer Agent (airport branch), Fleet Shunter (weekends), Damage Assessor.\n\nManage job alerts | Unsubscribe\nCompany no. {ref}.",
   "Crossways Van and Car Hire", "crossways-hire.example", frm="{co} Jobs <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "recruit-geotech-pitch", "Geotech roles - worth a chat?",
   "Hi {n},\n\nSaw your profile while searching and wondered whether you'd be open to hearing about two ground-engineering roles: a tunnelling contractor in the Midlands and a dam-safety geotech team in Leeds. No pressure - if it's a no, just say.\n\n{sig}\nSenior Consultant, Strata Search",
   "Strata Search", "strata-search.example", tz="uk")
mo("recruiter_outreach", "recruit-semicon-pitch", "Process engineer roles in Johor",
   "Hi {n},\n\nI recruit for semiconductor fabs in Penang, Kulim and Johor. Two clients are hiring process and equipment engineers this quarter. Details are yours if you're curious.\n\nRegards,\n{sig}\nPeninsula Tech Talent",
   "Peninsula Tech Talent", "peninsula-talent.example", tz="sg")
mo("non_job_rejection_words", "flat-glasgow", "The flat on Caird Street",
   "Hi {n},\n\nSaturday's viewing was nice to do with you. The landlord is letting the flat to the other applicant, whose move-in date suits better. More listings will follow from me as they appear.\n\n{sig}\nLetting agent",
   "Caird Lettings", "caird-lettings.example", tz="uk")
mo("non_job_rejection_words", "loan-gh", "Your loan application {ref}",
   "Dear {n},\n\nWe have assessed your small business loan request. It cannot be approved for now, chiefly because of the short trading history. You may try again after six months.\n\nCredit Department\n{co}",
   "Adinkra Microfinance", "adinkra-mfi.example", frm="Credit Department <credit@{dom}>", tz="gh")
mo("non_job_rejection_words", "grant-ca", "Community arts grant: decision",
   "Dear {n},\n\nYour community arts grant application has been through the jury. With many strong proposals this round, your project was not recommended for funding. The spring intake is open to you.\n\nGrants Office\n{co}",
   "Tidewater Arts Council", "tidewater-arts.example", frm="Grants Office <grants@{dom}>", tz="caa")
mo("non_job_rejection_words", "ballot-nz", "Great walks hut ballot",
   "Kia ora {n},\n\nThanks for entering the hut ballot for the summer season. Your entry wasn't drawn this time. Remaining dates open for general booking next Tuesday.\n\nHut Bookings",
   "Hut Bookings", "hutbookings.example", frm="Hut Bookings <ballot@{dom}>", tz="nz")
mo("non_job_rejection_words", "allotment-uk", "Allotment waiting list",
   "Dear {n},\n\nYour request for a plot at the Riverside allotments has reached us. Every plot there is let at present; your name now sits 37th in the queue for the next one that falls vacant.\n\nParks and Allotments Team",
   "Parks and Allotments", "parks-allot.example", frm="Parks and Allotments <allotments@{dom}>", tz="uk")
# ---------------------------------------------------------------- wide: 25 English refusals, trades and channels no earlier slice lists
wr("en-gondola-translate", "Saved conversation: {co}",
   "Parlavia Translate - saved conversation (English / Italiano), auto-translated\n\n[Marco Zanon, 18:02] Hello {n}, I tried calling you. The apprentice place at the squero this spring goes to a boy from Castello whose father already rows for us. For you there is no place this year. I am sorry, truly.\n[You, 18:05] Thank you for telling me.\n\nThis transcript was saved from your phone.",
   "Scuola Gondolieri Rialto", "parlavia.example", frm="Parlavia Translate <transcripts@{dom}>", tz="eu")
wr("en-cockle-ptt", "TalkieLink: voice message on channel Bay Crew",
   "TalkieLink push-to-talk - channel 'Bay Crew'\nVoice message from {sig} (0:19), transcribed:\n\n\"{n}, it's {sf} from the cockle beds. Picked the two lads from Flookburgh for the permit this season, so I've no room for you on the tractor. Sorry, mate. Over.\"",
   "Morecambe Cockle Gang", "talkielink.example", frm="TalkieLink <ptt@{dom}>", tz="uk")
wr("en-marbler-webinar", "Private chat saved from a {co} webinar",
   "Stagecast webinar - private chat saved from 'Marbling on carrageen: live demo'\n\n[{sig} (host)]: Hi {n}, saw your question about the studio assistant job. I've taken on Priti for the marbling bench - she's done size-bath work before and can start on Monday - so I'm not going ahead with you. Your combed patterns were lovely, honestly.\n[{n}]: Thanks for letting me know!",
   "Vellum and Vein Marbled Papers", "stagecast.example", frm="Stagecast <chats@{dom}>", tz="uk")
wr("en-lace-guestbook", "New reply to your guestbook entry - {co}",
   "Guestbook, {co}\n\nYour entry: \"Is the bobbin lace assistant post still open?\"\n\nReply from {sig}: \"Dear {n}, how lovely to find your note in our book. One of our Tuesday class filled the post late last month, so the post is gone, but please do visit the workshop.\"",
   "Honiton Lace Workshop", "honiton-lace.example", frm="{co} Guestbook <guestbook@{dom}>", tz="uk")
wr("en-clown-story", "{co} replied to your story",
   "Snapgram - {co} replied to your story reply\n\n\"{n} hiya!! saw your juggling vid, amazing. we've already booked our two new clowns for the summer parties tho, so we're full for this year x\"",
   "Giggles and Greasepaint Parties", "snapgram.example", frm="Snapgram <no-reply@{dom}>", tz="uk")
wr("en-sake-expo", "Following up from the Sake Expo - {co}",
   "Hi {n},\n\nWe scanned your badge at our booth at the Sake Expo. About the seasonal kurabito job you asked about: this winter's brewing crew has been fully hired, so there is no place in the kura for you.\n\n{sig}, {co}\n\nSent by ExpoLeads on behalf of the exhibitor. You are receiving this because your badge was scanned.",
   "Kamoshika Shuzo", "expoleads.example", frm="{co} via ExpoLeads <leads@{dom}>", tz="jp")
wr("en-tabla-parentapp", "New message from {co}",
   "NrityaConnect (parent app)\nNew message from {co}:\n\n\"Namaste {n} ji, regarding the tabla accompanist post for our kathak classes - Guruji has chosen Shri Arvind, who already plays for the senior batch. Guruji has closed the other applications, yours too. Dhanyavaad for coming for the riyaz session.\n- {sig}\"",
   "Sur Sangam Kathak Academy", "nrityaconnect.example", frm="NrityaConnect <notify@{dom}>", tz="in")
wr("en-shoeshine-ivr", "Transcript of your callback",
   "CallBack Desk - transcript of your callback from {co}\n\n\"Hello, this is {sig} returning your call about the shoe shine stand job in Terminal B. We've hired two people already and the stand only has two chairs, so I've got nothing for you right now. Okay, bye now.\"\n\nPress reply to call back.",
   "Gleam Shoe Shine Concessions", "callbackdesk.example", frm="CallBack Desk <transcripts@{dom}>", tz="use")
wr("en-tamale-nearbyshare", "Note received via nearby share",
   "Nearby share - a note from '{co}' was saved to your email\n\nhey {n}, sorry we got busy at the market and couldn't talk. the steaming job on the cart went to my cousin, so we're covered for now. thanks tho! come get a tamal anytime",
   "Tamales Dona Chela", "nearbyshare.example", frm="Nearby Share <saved@{dom}>", tz="usc")
wr("en-crepe-walletpass", "Your pass has been updated",
   "Your wallet pass has been updated.\n\nCrew Pass - {co}, Fringe Festival\nStatus: VOID\n\nNote from the stall: \"Sorry {n}, we've filled the last batter shift with returning crew, so we've cancelled your crew pass. Come by for a free galette anyway!\"",
   "Crepes du Quai", "passbook-mail.example", frm="{co} <passes@{dom}>", tz="uk")
wr("en-canejuice-zalo", "{co} sent you a message",
   "ZaloChat-style message from {co}\n\nHi {n}, chi Hanh here from the sugar cane juice stall on Le Loi street. We got someone already for the press machine, so no job for you now, sorry em. Come drink one on us!",
   "Nuoc Mia Co Hanh", "zalochat.example", frm="ZaloChat <noreply@{dom}>", tz="vn")
wr("en-toddy-ussd", "JobDial session summary",
   "JobDial - summary of your USSD session (*384*22#)\n\nApplication {ref}: Toddy tapper, {co}\nStatus: NOT SELECTED\nReason given by employer: tapping rounds filled by estate families\n\nDial again for other rural jobs. Standard network rates apply.",
   "Kalutara Palm Estate", "jobdial.example", frm="JobDial <ussd-receipts@{dom}>", tz="lk")
wr("en-dhow-locationshare", "{sig} shared a location with you",
   "MapDrop - {sig} shared a live location with you (Malindi jetty)\n\nNote attached: \"{n}, this is where the '{co}' ties up. Nahodha says the crew is complete for the Lamu run, so no place for you this voyage. Come see us next season.\"\n\nLocation sharing ended.",
   "Nasra ya Bahari", "mapdrop.example", frm="MapDrop <share@{dom}>", tz="ke")
wr("en-dredger-lms", "New message in Sea Time Placements",
   "Coursewise - new message in 'Sea Time Placements'\n\nFrom {sig} (Placement Officer):\n{n}, {co} has picked two other cadets for the deckhand placements on the trailing suction hopper dredger, so your placement request is declined for this cycle. The next cycle opens in April.",
   "Straits Dredging Pte Ltd", "coursewise.example", frm="Coursewise <messages@{dom}>", tz="sg")
wr("en-mudlark-rss", "New item in a feed you follow",
   "FeedPost - new item in 'Foreshore guide applicants' ({co})\n\nApplicant {ref} ({n}): we've hired our new foreshore walk guide. Thanks for applying; another applicant got it.\n\nYou get these because you subscribed to this feed by email.",
   "Thames Foreshore Walks", "feedpost.example", frm="FeedPost <items@{dom}>", tz="uk")
wr("en-rammedearth-expo", "Message from exhibitor {co}",
   "EcoBuild Expo app - message from exhibitor {co} (stand C14)\n\n\"Hi {n}, thanks for stopping by the stand. We've filled the rammed earth crew for the Margaret River house, so you've missed out this time. Watch our page for the autumn build.\" - {sig}",
   "Red Dirt Rammed Earth", "ecobuild-expo.example", frm="EcoBuild Expo <app@{dom}>", tz="auw")
wr("en-samosa-receipt", "Your receipt from {co}",
   "Receipt from {co}, Belgrave Road\n6 x vegetable samosa ... 4.20\n2 x masala chai ... 3.00\nTotal 7.20 (card)\n\nNote from the till: \"Hi {n}, about the kitchen job - Auntie has taken on her niece, so we don't need anyone now. Thanks for asking!\"",
   "Khandwala Samosa House", "tillreceipts.example", frm="{co} <receipts@{dom}>", tz="uk")
wr("en-jollof-status", "{co} replied to you",
   "StatusChat - {co} replied to your reply on their status\n\nTheir status: \"We're hiring kitchen hands for the December weddings!\"\nYou: \"Interested, I sent my CV.\"\nReply: \"Thank you {n}. We have picked our people already and the slots are full. Next season!\"",
   "Mama Efe's Jollof Kitchen", "statuschat.example", frm="StatusChat <no-reply@{dom}>", tz="gh")
wr("en-braai-shoppinglist", "{sig} added a note to '{co} - wedding season'",
   "Listmate - shared list '{co} - wedding season'\n\n[x] boerewors 12 kg\n[x] charcoal 20 bags\n[ ] lemons\n\nNote from {sig}: \"Howzit {n}, the braai team for the season is sorted - I took on my cousin's two boys - so I can't use you this time, hey. Sorry bru. Shout if you need a reference. Taking you off the list now.\"",
   "Smoke and Coals", "listmate.example", frm="Listmate <notes@{dom}>", tz="za")
wr("en-kava-commentcard", "Reply to your comment card",
   "Reply to your comment card at {co}\n\nYou wrote: \"Loved the bowl - are you hiring servers?\"\n\nOur reply: \"Vinaka {n}! We hired two new servers last week, so there are no openings right now. See you at the next session.\" - {sig}",
   "Yaqona Lounge", "yaqona-lounge.example", frm="{co} <cards@{dom}>", tz="fj")
wr("en-copra-churchapp", "Notice for {n}",
   "FaiFeau Connect (church app) - notice forwarded by {sig}\n\nFor {full}: the copra drying work at {co} has been given to men from Falealupo village. This season there is no work for you there. Fa'afetai for asking.",
   "Satui Coconut Plantation", "faifeau-connect.example", frm="FaiFeau Connect <notices@{dom}>", tz="ws")
wr("en-rubber-unionapp", "Estate notice relayed to you",
   "PekerjaLink (union app) - estate notice relayed to {full}\n\nYour application for rubber tapper at {co}, Division 3, was not selected. The estate filled the tapping tasks from current workers' families. Ask your union rep about other estates.\n\nRelayed by {sig}, branch secretary.",
   "Ladang Bukit Merah", "pekerjalink.example", frm="PekerjaLink <relay@{dom}>", tz="my")
wr("en-dubbing-alumni", "New message on the alumni portal",
   "Alumni portal - new message from {co} casting\n\n\"Hi {n}, thank you for the dubbing test on the anime pilot - your lip-sync was tidy. The director has cast another artist for the lead, so this one isn't yours.\n{sig}\"\n\nReply through the portal.",
   "Loopline Dubbing Studio", "alumni-portal.example", frm="Alumni Portal <messages@{dom}>", tz="uk")
wr("en-prop-tty", "Relay call transcript",
   "RelayText - transcript of a relay call from {co} to {n}\n\n[CA] ringing... answered\n[{sf}] hello this is {sig} at the prop shop about the prop maker post. we have given it to someone from our freelance list. sorry. your foam carving was good GA\n[{n}] ok understood thanks GA\n[{sf}] take care SK",
   "Limelight Props Workshop", "relaytext.example", frm="RelayText <transcripts@{dom}>", tz="usp")
wr("en-mocap-ingame", "Chat log saved: guild Stage Left",
   "In-game chat log (Fablebound, guild 'Stage Left'), saved to email\n\n[{sig}]: hey {n}, re the mocap performer audition - the director went with the other two performers for the creature work, so we're passing on you this round\n[{sig}]: gg though, your quadruped walk was wild",
   "Fablebound Studios", "fablebound.example", frm="Fablebound <chatlogs@{dom}>", tz="cae")

# ---------------------------------------------------------------- wide: 25 refusals in other languages (15 widely spoken + 10 new)
wr("ar-bakery", "بخصوص طلبك في {co}",
   "مرحباً {n}،\n\nشكراً لأنك جئت إلى الفرن يوم السبت وجرّبت فرد العجين معنا. قررنا أن نأخذ خبّازاً عمل عندنا في المواسم الماضية، لذلك لن نكمل مع طلبك هذه المرة. نتمنى لك كل التوفيق.\n\n{sig}\n{co}",
   "فرن الضيعة", "furn-daya.example", tz="lb", lang="ar")
wr("de-imkerei", "Ihre Bewerbung bei {co}",
   "Hallo {n},\n\nschön, dass Sie sich als Saisonkraft in unserer Imkerei beworben haben. Wir haben uns für eine Bewerberin entschieden, die schon Erfahrung mit dem Schleudern hat, und können Ihnen deshalb keine Zusage geben. Alles Gute für Ihre Suche!\n\nViele Grüße\n{sig}\n{co}",
   "Imkerei Lindenhonig", "lindenhonig.example", tz="eu", lang="de")
wr("es-bici", "Tu postulación en {co}",
   "Hola {n}:\n\nGracias por pasar por el taller y hacer la prueba de centrado de ruedas. Al final elegimos a alguien que ya manejaba frenos hidráulicos, así que no seguiremos con tu postulación. Mucha suerte.\n\nUn abrazo,\n{sig}\n{co}",
   "Taller Ciclo Andino", "cicloandino.example", tz="co", lang="es")
wr("fr-four-bois", "Votre candidature chez {co}",
   "Bonjour {n},\n\nVotre essai en cuisine de mardi nous a fait plaisir. Nous avons préféré une personne déjà formée au four à bois, donc nous n'irons pas plus loin avec votre candidature. Bonne continuation à vous.\n\n{sig}\n{co}",
   "Le Four de la Médina", "four-medina.example", tz="eu", lang="fr")
wr("hi-dhaba", "{co} - आपके आवेदन के बारे में",
   "नमस्ते {n} जी,\n\nतंदूर पर हाथ बँटाने वाली नौकरी के बारे में आपने पूछा था, शुक्रिया। वह जगह अब भर चुकी है, रात की पाली वाले बबलू भैया ने उसे सँभाल लिया, तो अभी आपको नहीं बुला पाएँगे। रब राखा।\n\n{sig}\n{co}",
   "लारी अड्डा ढाबा", "lari-adda-dhaba.example", tz="in", lang="hi")
wr("it-pasticceria", "La tua candidatura - {co}",
   "Ciao {n},\n\ngrazie per la prova in laboratorio di venerdì. Abbiamo deciso di prendere una ragazza che ha già fatto la stagione con noi l'anno scorso, quindi questa volta il posto non è per te. Tanti auguri per tutto!\n\n{sig}\n{co}",
   "Pasticceria Santa Lucia", "pasticceria-slucia.example", tz="eu", lang="it")
wr("ja-ryokan", "【{co}】選考結果のご連絡",
   "{n}様\n\n先日は当館の仲居職の面接にお越しいただき、ありがとうございました。社内で検討しました結果、今回は以前から繁忙期に手伝ってくれている方にお願いすることとなりました。ご希望に添えず申し訳ございません。{n}様の今後のご活躍をお祈りしております。\n\n{co}　{sig}",
   "湯の花旅館", "yunohana-ryokan.example", tz="jp", lang="ja")
wr("ko-tteok", "{co} 지원 결과 안내",
   "{n}님 안녕하세요,\n\n저희 떡집 제조 보조 자리에 지원해 주셔서 감사합니다. 이번에는 새벽 작업을 해 보신 분을 모시기로 했어요. 더 잘 맞는 곳에서 곧 연락 오길 바랍니다.\n\n{sig} 드림\n{co}",
   "할매떡방", "halmae-tteok.example", tz="kr", lang="ko")
wr("pt-estofados", "Sobre a vaga na {co}",
   "Oi {n},\n\nobrigada por ter vindo fazer o teste na nossa oficina de estofados. Decidimos ficar com um rapaz que já trabalhou com a gente na reforma do teatro, então não vamos seguir com você desta vez. Boa sorte na busca!\n\nAbraço,\n{sig}\n{co}",
   "Estofaria Vila Rica", "vilarica-estofados.example", tz="br", lang="pt")
wr("ru-restoration", "Ваш отклик на вакансию в {co}",
   "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию помощника реставратора мебели и приехали на пробный день. Выбор пал на мастера, который уже работал с шеллаком, поэтому предложить вам место не сможем. Желаем удачи!\n\n{sig}\n{co}",
   "Мастерская «Старый комод»", "stary-komod.example", tz="ru", lang="ru")
wr("sw-boti", "Maombi yako - {co}",
   "Habari {n},\n\nAhsante sana kwa kutaka kujiunga nasi kama msaidizi kwenye karakana ya boti pale Bagamoyo. Tumemchagua mtu mwingine ambaye tayari amefanya kazi ya kuziba mitumbwi, kwa hivyo hatutaendelea na maombi yako kwa sasa. Kila la heri.\n\n{sig}\n{co}",
   "Karakana ya Boti Bagamoyo", "boti-bagamoyo.example", tz="tz", lang="sw")
wr("th-umbrella", "ผลการสมัครงาน {co}",
   "สวัสดีค่ะคุณ{n}\n\nขอบคุณที่สมัครตำแหน่งผู้ช่วยช่างทำร่มกับเรานะคะ ทางร้านได้เลือกผู้สมัครอีกท่านที่เคยเขียนลายร่มมาก่อนแล้ว รอบนี้ทางร้านจึงไม่ได้เลือกคุณค่ะ ขอให้โชคดีนะคะ\n\n{sig}\n{co}",
   "ร่มบ่อสร้างบ้านศิลป์", "borsang-umbrella.example", tz="th", lang="th")
wr("tr-simit", "{co} başvurunuz hakkında",
   "Merhaba {n},\n\nSimitçi yardımcılığı için fırınımıza gösterdiğiniz ilgiye teşekkürler. Bu sefer sabah vardiyasında daha önce çalışmış birini seçtik, bu yüzden başvurunuzla devam edemiyoruz. Size bol şans dileriz.\n\n{sig}\n{co}",
   "Karaköy Simit Fırını", "karakoy-simit.example", tz="tr", lang="tr")
wr("ur-karhai", "{co} - آپ کی درخواست",
   "السلام علیکم {n}،\n\nہماری کڑھائی ورکشاپ میں معاون کی اسامی میں دلچسپی پر آپ کے شکر گزار ہیں۔ ہم نے یہ کام ایک ایسی کاریگر کو دے دیا ہے جو پہلے بھی شادیوں کے سیزن میں ہمارے ساتھ کام کر چکی ہیں، اس لیے اس بار آپ کو نہیں رکھ سکیں گے۔ نیک تمنائیں۔\n\n{sig}\n{co}",
   "رنگ محل کڑھائی ہاؤس", "rangmahal-karhai.example", tz="pk", lang="ur")
wr("zh-tea", "{co}：关于你的报名",
   "{n}你好，\n\n感谢你报名我们茶园的采茶季节工。这一季的人手已经由去年的老员工补齐了，所以这次没办法安排你上山，很抱歉。祝你一切顺利。\n\n{sig}\n{co}",
   "云雾山茶园", "yunwushan-tea.example", tz="cn", lang="zh")
wr("afb-karak", "بخصوص طلبك في {co}",
   "هلا {n}،\n\nمشكور على طلبك لشغل المساعد في محل الكرك. والله بصراحة اخترنا واحد اشتغل عندنا قبل في رمضان ويعرف الشغل زين، فما راح نكمل مع طلبك هالمرة. الله يوفقك.\n\n{sig}\n{co}",
   "كرك الفريج", "karak-fareej.example", tz="ae", lang="afb")
wr("ayl-aluminium", "بخصوص الخدمة في {co}",
   "مرحبا {n}،\n\nيعطيك الصحة على طلبك للخدمة في ورشة الألمنيوم متاعنا. توا خذينا واحد يعرف الخدمة من قبل، فما عندناش بلاصة ليك المرة هذي. ربي يوفقك وإن شاء الله تلقى خدمة باهية.\n\n{sig}\n{co}",
   "ورشة الصابري للألمنيوم", "sabri-alum.example", tz="ly", lang="ayl")
wr("apd-press", "بخصوص طلبك في {co}",
   "السلام عليكم {n}،\n\nشكراً شديد على تقديمك لشغل المساعد في مطبعتنا. هسي نحنا اخترنا زول اشتغل معانا قبل كدا في موسم الامتحانات، فما حنقدر نواصل مع طلبك المرة دي. ربنا يوفقك.\n\n{sig}\n{co}",
   "مطبعة النيلين", "nilain-press.example", tz="sd", lang="apd")
wr("hif-tyre", "Tumhar application - {co}",
   "Bula {n},\n\nTum hamar dukaan me application bheja, bahut dhanyavaad. Lekin hum log ek aur admi ke rakh liya jon pahile se tyre fitting ke kaam jaane hai, to abhi tumhar khatir koi jagah nahi hai. Maaf karna. Aage ke liye good luck.\n\n{sig}\n{co}",
   "Nadi Tyre and Wheel", "nadityre.example", tz="fj", lang="hif")
wr("nan-tea", "{co}：應徵的回覆",
   "{n} 你好：\n\n多謝你來應徵阮茶行顧店的工課。阮已經揣著一个較早就佇遮鬥跤手的人，所以這擺無法度請你，真歹勢。祝你順利。\n\n{sig}\n{co}",
   "大稻埕老茶行", "twatutia-tea.example", tz="tw", lang="nan")
wr("doi-shop", "{co} - तुंʼदी अर्जी",
   "नमस्कार {n} जी,\n\nतुसें साढ़ी दुकान च सहायक दी नौकरी आस्तै अर्जी दित्ती, इसदा शुक्रिया। असें इस बारी इक होर माह्नू गी रक्खी लेआ ऐ जेह्‌ड़ा पैह्‌लें बी साढ़े कन्नै कम्म करी चुके दा ऐ, इस आस्तै तुंʼदी अर्जी अग्गें नेईं बधी सकदी। शुभकामनां।\n\n{sig}\n{co}",
   "जम्मू ड्राई फ्रूट भंडार", "jammu-dryfruit.example", tz="in", lang="doi")
wr("kfy-homestay", "{co} बटी जबाब",
   "नमस्कार {n} ज्यू,\n\nरसोई में हाथ बटूण क लिजी, हमर बिनसर वाल होमस्टे में, तुमूल अर्जी भेजी, धन्यवाद। हमूल यो काम गौं क एक च्येल कैं दि हालो, जो पैलि बटी हमर दगड़ काम करनौ, यैक लिजी यो बखत तुमरि अर्जी अघिल नि बढ़ि सकनि। भल-भल रया।\n\n{sig}\n{co}",
   "बिनसर होमस्टे", "binsar-homestay.example", tz="in", lang="kfy")
wr("bns-chakki", "{co} सें जबाब",
   "राम राम {n} जू,\n\nहमाई चक्की पे काम के लाने तुमने अरजी दई, ईके लाने धन्यवाद। हमने ई बेर एक और आदमी रख लओ जौन पैलऊं से हमाए इतै काम कर चुको है, सो तुमाई अरजी आगें नईं बढ़ सकत। भगवान तुमाओ भलो करें।\n\n{sig}\n{co}",
   "बुंदेलखंड आटा चक्की", "bundel-chakki.example", tz="in", lang="bns")
wr("anp-silai", "{co} सें जवाब",
   "प्रणाम {n} जी,\n\nहमरो सिलाई केंद्र में सहायक रो काम लेली अपनें आवेदन करलियै, ओकरा लेली आभार। ई बेरी हम्में ऊ दीदी कॅ काम देलियै जे पहिनें सें हमरा साथें सिलाई करी चुकलो छै, यै लेली अपनों आवेदन आगू नै बढ़ेॅ सकै छै। शुभकामना।\n\n{sig}\n{co}",
   "भागलपुर सिलाई केंद्र", "bhagalpur-silai.example", tz="in", lang="anp")
wr("fat-boat", "Wo adwuma abisadze - {co}",
   "{n}, ɛte dɛn?\n\nMedaase wɔ adwuma a ebisaa wɔ hɛn ehyɛn-pam dwumadzibea no ho. Yɛafa obi a ɔdze ne nsa akyɛ adwuma yi mu dadaw, ntsi iyi mu dze yɛnnkotum mmfa wo. Nyame nhyira wo wɔ wo hwehwɛ mu.\n\n{sig}\n{co}",
   "Elmina Boatyard", "elmina-boatyard.example", tz="gh", lang="fat")
# ---------------------------------------------------------------- wide: 50 others, twins of the wide refusals
wo("application_received", "en-cockle-ptt-ack", "TalkieLink: voice message on channel {co}",
   "TalkieLink push-to-talk - channel '{co}'\nVoice message from {sig} (0:15), transcribed:\n\n\"{n}, got your name for the permit list. I'll pick the crew after the spring tide. If I go with others, I'll say so on here, so keep the app on. Over.\"",
   ("Bay Crew", "Solway Crew"), ("talkielink.example", "talkielink.example"), frm="TalkieLink <ptt@{dom}>", tz=("uk", "uk"))
wo("application_received", "en-shoeshine-ivr-ack", "Transcript of your callback",
   "CallBack Desk - transcript of your callback from {co}\n\n\"Hi, {sig} here about the shoe shine stand. Got your message. Couple of people coming by this week - if we hire somebody else I'll still call you back so you're not waiting. Thanks.\"",
   "Gleam Shoe Shine Concessions", "callbackdesk.example", frm="CallBack Desk <transcripts@{dom}>", tz="use")
wo("application_received", "en-tabla-parentapp-ack", "New message from {co}",
   "NrityaConnect (parent app)\nNew message from {co}:\n\n\"Namaste {n} ji, we have your details for the tabla accompanist post. Guruji will listen to all recordings on Sunday. Selected or not, you will get a message here by Tuesday.\n- {sig}\"",
   "Sur Sangam Kathak Academy", "nrityaconnect.example", frm="NrityaConnect <notify@{dom}>", tz="in")
wo("application_received", "en-lace-guestbook-ack", "New reply to your guestbook entry - {co}",
   "Guestbook, {co}\n\nYour entry: \"I'd love to apply for the lace assistant post.\"\n\nReply from {sig}: \"Dear {n}, how kind. Please post or email a photo of your work. We will write to everyone who sends one, post offered or not.\"",
   "Beer Village Lace Room", "beer-lace.example", frm="{co} Guestbook <guestbook@{dom}>", tz="uk")
wo("application_received", "en-sake-expo-ack", "Following up from the Sake Expo - {co}",
   "Hi {n},\n\nWe scanned your badge at our booth. You asked about the seasonal kurabito crew. Decisions come in October; should the crew fill up ahead of your turn, an email will tell you.\n\n{sig}, {co}\n\nSent by ExpoLeads on behalf of the exhibitor.",
   "Hakuro Shuzo", "expoleads.example", frm="{co} via ExpoLeads <leads@{dom}>", tz="jp")
wo("application_received", "en-toddy-ussd-ack", "JobDial session summary",
   "JobDial - summary of your USSD session (*384*22#)\n\nApplication {ref}: Toddy tapper, {co}\nStatus: RECEIVED\nThe employer will mark it SHORTLISTED or NOT SELECTED within 14 days. Dial again to check.",
   "Negombo Coconut Lands", "jobdial.example", frm="JobDial <ussd-receipts@{dom}>", tz="lk")
wo("application_received", "en-rubber-unionapp-ack", "Estate notice relayed to you",
   "PekerjaLink (union app) - estate notice relayed to {full}\n\nYour application for rubber tapper at {co} has reached the estate office. Names chosen will be read at the muster; anyone not chosen gets a notice here as well.\n\nRelayed by {sig}, branch secretary.",
   ("Ladang Sungai Tinggi", "Ladang Kuala Sawah"), ("pekerjalink.example", "pekerjalink.example"), frm="PekerjaLink <relay@{dom}>", tz=("my", "my"))
wo("application_received", "en-rammedearth-expo-ack", "Message from exhibitor {co}",
   "EcoBuild Expo app - message from exhibitor {co}\n\n\"Hi {n}, great chatting at the stand. We'll put the crew together after the expo. Whether you're on it or not, I'll message you back here before the month is out.\" - {sig}",
   "Stone Creek Earth Builders", "ecobuild-expo.example", frm="EcoBuild Expo <app@{dom}>", tz="auw")
wo("application_received", "en-dredger-lms-ack", "New message in Sea Time Placements",
   "Coursewise - new message in 'Sea Time Placements'\n\nFrom {sig} (Placement Officer):\n{n}, your request for a deckhand placement with {co} has been sent to the company. If they pick other cadets, the request shows as declined here and you go back into the pool.",
   "Jurong Marine Dredging", "coursewise.example", frm="Coursewise <messages@{dom}>", tz="sg")
wo("application_received", "en-dubbing-alumni-ack", "New message on the alumni portal",
   "Alumni portal - new message from {co} casting\n\n\"Hi {n}, your dubbing reel arrived safely. The director listens to all of them next week. If she casts someone else you'll still hear through the portal.\n{sig}\"",
   "Loopline Dubbing Studio", "alumni-portal.example", frm="Alumni Portal <messages@{dom}>", tz="uk")
wo("application_received", "en-kava-commentcard-ack", "Reply to your comment card",
   "Reply to your comment card at {co}\n\nYou wrote: \"Can I leave my CV for a server job?\"\n\nOur reply: \"Bula {n}! Of course - drop it at the bar. We only call if a shift opens that suits you.\" - {sig}",
   "Yaqona Lounge", "yaqona-lounge.example", frm="{co} <cards@{dom}>", tz="fj")
wo("application_received", "en-mudlark-rss-ack", "New item in a feed you follow",
   "FeedPost - new item in 'Foreshore guide applicants' ({co})\n\nApplicant {ref} ({n}): got your guide application. Yes or no gets posted here after the walks on the 12th.",
   ("Thames Foreshore Walks", "Medway Mud and Relics Tours"), ("feedpost.example", "feedpost.example"), frm="FeedPost <items@{dom}>", tz=("uk", "uk"))
wo("interview", "en-clown-story-int", "{co} replied to your story",
   "Snapgram - {co} replied to your story reply\n\n\"{n} omg yes, come do a try-out at a kid's party on {dl}, 2pm! unfortunately the van's in the garage so you'll need to get there yourself x\"",
   ("Giggles and Greasepaint Parties", "Big Top Birthday Co"), ("snapgram.example", "snapgram.example"), frm="Snapgram <no-reply@{dom}>", tz=("uk", "au"))
wo("interview", "en-crepe-walletpass-int", "Your pass has been updated",
   "Your wallet pass has been updated.\n\nTrial Pass - {co}, Harbour Food Fair\nValid: {dl}, 11:00-15:00\n\nNote from the stall: \"Hi {n}, come try a shift on the griddle! Unfortunately there's no staff parking at the fair, so take the tram.\"",
   "Galettes and Co", "passbook-mail.example", frm="{co} <passes@{dom}>", tz="uk")
wo("interview", "en-marbler-webinar-int", "Private chat saved from a {co} webinar",
   "Stagecast webinar - private chat saved from 'Turkish ebru basics'\n\n[{sig} (host)]: Hi {n}, loved the sample sheets you mentioned. Come in on {dl} at ten and marble a few with me? Unfortunately the studio's up three flights and no lift, just so you know.",
   "Carrageen Paper Studio", "stagecast.example", frm="Stagecast <chats@{dom}>", tz="ie")
wo("interview", "en-tamale-nearbyshare-int", "Note received via nearby share",
   "Nearby share - a note from '{co}' was saved to your email\n\nhi {n}! the boss says come to the cart {dl} at 6am to try a shift wrapping and steaming. wear closed shoes. thanks!",
   "Tamaleria La Hoja", "nearbyshare.example", frm="Nearby Share <saved@{dom}>", tz="usc")
wo("interview", "en-jollof-status-int", "{co} replied to you",
   "StatusChat - {co} replied to your reply on their status\n\nReply: \"Hi {n}, come and cook with us on {dl} at 9am, Dansoman. Unfortunately the light goes off sometimes so we cook on gas. Bring your apron.\"",
   "Auntie Adwoa's Kitchen", "statuschat.example", frm="StatusChat <no-reply@{dom}>", tz="gh")
wo("interview", "en-braai-shoppinglist-int", "{sig} added a note to '{co} - Paarl wedding'",
   "Listmate - shared list '{co} - Paarl wedding'\n\n[ ] lamb chops 8 kg\n[ ] firelighters\n\nNote from {sig}: \"{n}! Come help on the braai at this wedding on {dl} and we'll see. Unfortunately the day runs long, out at eight and back late. Lekker.\"",
   "Fireside Braai", "listmate.example", frm="Listmate <notes@{dom}>", tz="za")
wo("interview", "en-mocap-ingame-int", "Chat log saved: guild Stage Left",
   "In-game chat log (Fablebound, guild 'Stage Left'), saved to email\n\n[{sig}]: {n}! director wants you back for a callback on the volume stage, {dl} at 10\n[{sig}]: unfortunately the suits run small so bring tight base layers",
   "Fablebound Studios", "fablebound.example", frm="Fablebound <chatlogs@{dom}>", tz="cae")
wo("next_steps", "en-dhow-locationshare-next", "{sig} shared a location with you",
   "MapDrop - {sig} shared a location with you (Stone Town harbour office)\n\nNote attached: \"{n}, nahodha of the '{co}' will take you for the Pemba run. Bring seaman's book and yellow fever card to this office before {dl}.\"",
   "Zawadi ya Pwani", "mapdrop.example", frm="MapDrop <share@{dom}>", tz="tz")
wo("next_steps", "en-copra-churchapp-next", "Notice for {n}",
   "FaiFeau Connect (church app) - notice forwarded by {sig}\n\nFor {full}: {co} would like you for the copra drying. Please bring your birth certificate and a letter from the pulenu'u to the plantation office by {dl}.",
   "Vailele Coconut Estate", "faifeau-connect.example", frm="FaiFeau Connect <notices@{dom}>", tz="ws")
wo("next_steps", "en-canejuice-zalo-next", "{co} sent you a message",
   "ZaloChat-style message from {co}\n\nHi {n}, you can have the job at the press! First please get the food handler health certificate from the ward clinic and send me a photo before {dl}.",
   "Nuoc Mia Sau Tam", "zalochat.example", frm="ZaloChat <noreply@{dom}>", tz="vn")
wo("next_steps", "en-samosa-receipt-next", "Your receipt from {co}",
   "Receipt from {co}\n4 x paneer samosa ... 3.20\nTotal 3.20 (card)\n\nNote from the till: \"{n} - Auntie says yes to a trial! Bring your food hygiene certificate in before {dl}, any afternoon.\"",
   "Chatpata Corner", "tillreceipts.example", frm="{co} <receipts@{dom}>", tz="uk")
wo("next_steps", "en-prop-tty-next", "Relay call transcript",
   "RelayText - transcript of a relay call from {co} to {n}\n\n[{sf}] hello this is {sig} at the prop shop. we liked your foam carving. please send three photos of finished pieces by {dl} and we will book a bench day GA\n[{n}] will do thanks GA\n[{sf}] great SK",
   "Footlights Prop Shop", "relaytext.example", frm="RelayText <transcripts@{dom}>", tz="usp")
wo("next_steps", "en-gondola-translate-next", "Saved conversation: {co}",
   "Parlavia Translate - saved conversation (English / Italiano), auto-translated\n\n[Elisa Tagliapietra, 09:40] Good morning {n}. For the squero trial please send your boat licence copy and a medical certificate before {dl}. Then we row together.\n[You, 09:44] Perfect, I will send them.",
   "Squero San Trovaso", "parlavia.example", frm="Parlavia Translate <transcripts@{dom}>", tz="eu")
wo("offer", "en-dubbing-alumni-offer", "New message on the alumni portal",
   "Alumni portal - new message from {co} casting\n\n\"Hi {n}, great news: the director would like you to dub the second lead in the series. Eight studio days from {dl}, fee as discussed. Unfortunately the booth is in the basement, so no phone signal. Please confirm by reply.\n{sig}\"",
   "Syncmark Dubbing", "alumni-portal.example", frm="Alumni Portal <messages@{dom}>", tz="uk")
wo("offer", "en-kava-commentcard-offer", "Reply to your comment card",
   "Reply to your comment card at {co}\n\nOur reply: \"Bula {n}! Good news - the Friday and Saturday server shifts are yours from {dl}. Come in to sign the papers this week.\" - {sig}",
   "Tanoa Kava Bar", "tanoa-kava.example", frm="{co} <cards@{dom}>", tz="fj")
wo("offer", "en-dredger-lms-offer", "New message in Sea Time Placements",
   "Coursewise - new message in 'Sea Time Placements'\n\nFrom {sig} (Placement Officer):\n{n}, {co} has accepted you for a six-month deckhand placement. Sign the placement agreement in the portal by {dl}.",
   "Jurong Marine Dredging", "coursewise.example", frm="Coursewise <messages@{dom}>", tz="sg")
wo("job_alert", "en-rammedearth-expo-alert", "New jobs from EcoBuild exhibitors",
   "EcoBuild Expo app - jobs posted by exhibitors this week\n\n- Rammed earth labourer, Bunbury\n- Straw bale builder, Denmark WA\n- Timber frame apprentice, Albany\n\nTap to view. Turn off job alerts in settings.",
   "EcoBuild Expo", "ecobuild-expo.example", frm="EcoBuild Expo <app@{dom}>", tz="auw")
wo("non_job_rejection_words", "en-crepe-pitch", "Your trader application",
   "Hi {n},\n\nThanks for applying for a crepe pitch at the Harbour Food Fair. We already have two crepe traders, so your pitch request is turned down this year. You stay on our list for next year.\n\nMarket Office",
   "Harbour Food Fair", "harbourfoodfair.example", frm="Market Office <traders@{dom}>", tz="uk")

# ---------------------------------------------------------------- wide: 16 others in other languages
wo("application_received", "de-imkerei-ack", "Ihre Bewerbung ist angekommen",
   "Hallo {n},\n\ndanke für Ihre Bewerbung als Saisonkraft in unserer Imkerei. Wir melden uns bis Ende Mai bei allen, also auch dann, wenn die Wahl auf eine andere Person fällt.\n\nViele Grüße\n{sig}\n{co}",
   "Imkerei Heideblüte", "heidebluete.example", tz="eu", lang="de")
wo("interview", "es-bici-int", "Prueba en {co}",
   "Hola {n}:\n\n¿Puedes venir al taller el {dl} a las 9 para una prueba práctica de centrado de ruedas? Lamentablemente no hay dónde parquear, mejor ven en bus.\n\nSaludos,\n{sig}\n{co}",
   "Taller Ruedas del Valle", "ruedasvalle.example", tz="co", lang="es")
wo("next_steps", "fr-four-bois-next", "Documents pour votre embauche",
   "Bonjour {n},\n\nSuite à votre essai en cuisine, merci de nous envoyer une copie de votre pièce d'identité et votre attestation d'hygiène alimentaire avant le {dl}. Nous préparerons ensuite le contrat.\n\n{sig}\n{co}",
   "La Pétrie du Vieux Port", "petrie-vieuxport.example", tz="eu", lang="fr")
wo("application_received", "ja-ryokan-ack", "【{co}】ご応募ありがとうございます",
   "{n}様\n\n当館の仲居職へのご応募を受け付けました。書類を拝見のうえ、面接をお願いする場合も、今回はご縁がなかった場合も、二週間以内にメールでお知らせいたします。\n\n{co}　{sig}",
   "山翠旅館", "sansui-ryokan.example", tz="jp", lang="ja")
wo("interview", "ko-tteok-int", "{co} 면접 안내",
   "{n}님 안녕하세요,\n\n{dl} 오전 6시에 가게로 오셔서 떡 만드는 작업을 한번 같이 해 보실 수 있을까요? 아쉽게도 주차 공간이 없어서 대중교통을 이용해 주세요.\n\n{sig} 드림\n{co}",
   "동네방앗간", "dongne-bangan.example", tz="kr", lang="ko")
wo("offer", "pt-estofados-offer", "Proposta - {co}",
   "Oi {n},\n\ngostamos muito do seu teste! Queremos te contratar como ajudante de estofador a partir de {dl}. Passa aqui na oficina para assinar a carteira.\n\nAbraço,\n{sig}\n{co}",
   "Estofados Bom Jardim", "bomjardim-estofados.example", tz="br", lang="pt")
wo("next_steps", "ru-restoration-next", "Следующий шаг - {co}",
   "Здравствуйте, {n}!\n\nПо итогам пробного дня готовы продолжить. Пожалуйста, пришлите до {dl} копию паспорта и фотографии двух ваших работ по реставрации.\n\n{sig}\n{co}",
   "Мастерская «Дубовый лист»", "dubovy-list.example", tz="ru", lang="ru")
wo("application_received", "zh-tea-ack", "{co}：已收到你的报名",
   "{n}你好，\n\n你的采茶季节工报名我们已经收到。人手定下来以后，不管有没有安排你，我们都会发消息告诉你，请留意。\n\n{sig}\n{co}",
   "龙井村茶园", "longjingcun-tea.example", tz="cn", lang="zh")
wo("interview", "afb-karak-int", "موعد في {co}",
   "هلا {n}،\n\nتعال المحل يوم {dl} الساعة عشر الصبح نجرب الشغل مع بعض. للأسف ما في مواقف قريبة، فخل أحد يوصلك.\n\n{sig}\n{co}",
   "كرك السيف", "karak-alseef.example", tz="ae", lang="afb")
wo("application_received", "ayl-aluminium-ack", "وصلنا طلبك - {co}",
   "مرحبا {n}،\n\nوصلنا طلبك للخدمة في الورشة. نشوفوا الطلبات الجمعة الجاية، وسواء خذيناك ولا لا نبعتولك ميساج.\n\n{sig}\n{co}",
   "ورشة قرقارش للألمنيوم", "gargaresh-alum.example", tz="ly", lang="ayl")
wo("next_steps", "apd-press-next", "مطلوبات التعيين - {co}",
   "السلام عليكم {n}،\n\nمبروك، الشغل في المطبعة حقك. ياخ جيب صورة البطاقة وشهادة الخبرة للمكتب قبل {dl} عشان نكمل الإجراءات.\n\n{sig}\n{co}",
   "مطبعة الخرطوم الحديثة", "khartoum-press.example", tz="sd", lang="apd")
wo("application_received", "hif-tyre-ack", "Tumhar application mila - {co}",
   "Bula {n},\n\nTumhar application hum log ke mil gaya. Agle hafta hum log dekhega, aur rakhe chahe na rakhe, tumhe phone karke batai dega.\n\n{sig}\n{co}",
   "Lautoka Tyre Centre", "lautokatyre.example", tz="fj", lang="hif")
wo("interview", "nan-tea-int", "{co}：面試的時間",
   "{n} 你好：\n\n請你{dl}下晡兩點來阮茶行坐一下，阮想欲佮你講話。可惜阮遮無停車位，請坐捷運來。\n\n{sig}\n{co}",
   "大龍峒茶莊", "dalongdong-tea.example", tz="tw", lang="nan")
wo("offer", "doi-shop-offer", "{co} - नौकरी दी पेशकश",
   "नमस्कार {n} जी,\n\nअस्सें तुसेंगी साढ़ी दुकान च सहायक दी नौकरी देना चांह्दे आं। {dl} थमां कम्म शुरू करी सकदे ओ। मंजूर ऐ तां इस मेल दा जवाब देओ।\n\n{sig}\n{co}",
   "रघुनाथ बजार किरयाना", "raghunath-kiryana.example", tz="in", lang="doi")
wo("application_received", "fat-boat-ack", "Yɛanya wo abisadze - {co}",
   "{n}, medaase.\n\nYɛanya wo adwuma abisadze no. Yɛbɛhwɛ ne nyina wɔ dapɛn a ɔreba mu, na sɛ yɛfa wo o, sɛ yɛamfa wo o, yɛbɛfrɛ wo akã akyerɛ wo.\n\n{sig}\n{co}",
   "Anomabu Boatyard", "anomabu-boatyard.example", tz="gh", lang="fat")
wo("next_steps", "bns-chakki-next", "{co} सें जरूरी बात",
   "राम राम {n} जू,\n\nचक्की पे काम के लाने तुम चुने गए। {dl} लौं अपनो आधार कार्ड और एक फोटू लेकें इतै आ जइयो, फिर काम सुरू हो जैहै।\n\n{sig}\n{co}",
   "ओरछा आटा चक्की", "orchha-chakki.example", tz="in", lang="bns")
# ---------------------------------------------------------------- helpers


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, style: int) -> str:
    parts = [p for p in re.split(r"[^a-z]+", ascii_fold(name).lower()) if p]
    if not parts:
        return "office"
    if style == 0 or len(parts) == 1:
        return ".".join(parts)
    if style == 1:
        return parts[0][0] + parts[-1]
    return parts[0] + "_" + parts[-1][0]


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, hemi = ZONES[zone]
    text = std
    if dst and ((hemi == "n" and 4 <= day.month <= 10) or (hemi == "s" and (day.month >= 10 or day.month <= 3))):
        text = dst
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.date(2025, 1, 13)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 27) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_IN if t.tz[0] == "in" else SIGNERS


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "zh", "nan"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang in {"de", "ru", "tr"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang != "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph")):
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        pool = signer_pool(t)
        signers = rng.sample(pool, min(t.copies, len(pool)))
        for i in range(t.copies):
            who = people[i]
            sig = signers[i % len(signers)]
            zone = t.tz[i % len(t.tz)]
            sent = when_sent(rng, zone)
            quoted = sent - dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 5))
            later = sent + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
                "q": f"{quoted:%d %B %Y} {quoted:%H:%M}", "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": sig.split()[0],
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            slots["box"] = box
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": t.fam, "to": f"{who} <{to_addr}>",
                "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        short = "rej" if rec["label"] == "rejection" else "oth"
        counters[short] += 1
        rec["id"] = f"blind34:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= THIS_SLICE:
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
    per_part = collections.Counter(t.part for t in TEMPLATES if t.copies == 2)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {doubled} ({dict(sorted(per_part.items()))})")
    senders = {r["sender"] for r in records}
    domains = {r["sender"].rsplit("@", 1)[1].rstrip(">") for r in records}
    print(f"senders {len(senders)}; sender domains {len(domains)}")
    lengths = sorted(len(r["body"]) for r in records)
    html = sum("<html" in r["body"] for r in records)
    dates = sorted(parsedate_to_datetime(r["date"]) for r in records)
    offsets = {r["date"][-5:] for r in records}
    inside = sum(50 <= n <= 550 for n in lengths)
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}, {inside} within 50-550; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")
    unfilled = sum(bool(SLOT.search(r["body"] + r["subject"] + r["sender"])) for r in records)
    print(f"records with an unfilled slot: {unfilled}")


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", action="store_true", help="print the make-up, no message text")
    parser.add_argument("--check", action="store_true", help="6-word shingles shared with other data files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in sorted(records, key=lambda r: r["id"]):
            handle.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
