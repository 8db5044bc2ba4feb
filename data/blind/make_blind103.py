# ruff: noqa: E501, S311
"""Write the hundred-and-third sealed blind slice for issue 11 (blind-slice-103.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 102; slice 103 and later never read; our side printed)
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

SEED = 1031031
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-103.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 103
SKIP_FROM = 103  # this slice, slice 104 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to the Monday after at the latest

RECIPIENTS = [
    "Orla Devenney", "Kwabena Ofori-Atta", "Nur Syafiqah Rahim", "Tavaris Rolle", "Mereana Tipene",
    "Giulia Santoro", "Haruto Kishimoto", "Ciaran McAleese", "Efua Quaye", "Lim Jia Hui",
    "Deshawn Knowles", "Aroha Pomare", "Federico Lanza", "Misaki Ogura", "Ruairi Magee",
    "Abena Owusu-Ansah", "Muhammad Haziq Zulkifli", "Latoya Cartwright", "Tane Houkamau", "Chiara Benedetti",
    "Sota Hayashida", "Roisin Quigley", "Yaw Boateng", "Siti Aisyah Kamal", "Jermaine Ferguson",
    "Hemi Ruatapu", "Alessandro Vitale", "Nanami Terada", "Conal McKeown", "Akosua Darko",
    "Priya Raghunathan", "Lindiwe Mabuza", "Gareth Penhaligon", "Tolulope Adeyemi", "Shannon O'Driscoll",
]
REGION_SIGNERS = {
    "uk": ["Imogen Blakeley", "Rupert Haldane", "Farah Siddique", "Colin Mossop"],
    "ni": ["Paddy McCrory", "Siobhan Mallon", "Noreen Gilliland", "Brendan Tohill"],
    "ie": ["Fionnuala Breen", "Diarmuid Cassidy", "Maeve Lenihan"],
    "us": ["Rochelle Whitfield", "Darnell Espinoza", "Kirsten Halvorsen", "Terrence Yoder"],
    "ca": ["Josée Thibodeau", "Gurpreet Dhaliwal", "Alistair Fraser"],
    "au": ["Kirra Donnelly", "Spiros Kalogeropoulos", "Jodie Pearce"],
    "nz": ["Wiremu Tautahi", "Fleur Hetherington", "Sione Faleolo"],
    "za": ["Thandeka Dlamini", "Riaan du Plessis", "Bongani Zwane"],
    "in": ["Lakshmi Subramaniam", "Rohit Khandelwal", "Anjali Deshpande"],
    "ng": ["Chiamaka Eze", "Babatunde Alabi"], "sg": ["Goh Mei Xuan", "Ravindran Pillai"],
    "gh": ["Nana Ama Asante", "Kofi Mensah-Bonsu", "Esi Arthur", "Kwame Agyeman"],
    "my": ["Nurul Izzati Hashim", "Tan Chee Keong", "Kavitha Muniandy", "Mohd Faizal Ismail"],
    "bs": ["Shavonne Pinder", "Cordell Munroe", "Antoinette Bethel", "Dwayne Sweeting"],
    "it": ["Francesca Moretti", "Davide Colombo", "Simona Rinaldi"],
    "jp": ["Takahashi Yumi", "Morita Kenji", "Ishikawa Ayane"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["مريم الكعبي", "سلمى النعيمي"], "de": ["Brigitte Hölzl", "Florian Aigner"],
    "es": ["Guadalupe Treviño", "Rogelio Cárdenas"], "fr": ["Véronique Dumont", "Arnaud Lejeune"],
    "hi": ["सुनीता अग्रवाल", "विजय कुलकर्णी"], "it": ["Marta Cattaneo", "Stefano Ruggiero"],
    "ja": ["中村 美穂", "松本 大輔"], "ko": ["이수진", "최민호"], "pt": ["Inês Magalhães", "Tiago Correia"],
    "ru": ["Ольга Белова", "Сергей Мельников"], "sw": ["Neema Kileo", "Juma Mrisho"],
    "th": ["สุภาพร ศรีสุข", "มาลี ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ نقوی", "رضوانہ ملک"], "zh": ["李秀英", "张建国"],
    "nor": ["Ingrid Haugen", "Eirik Solberg"], "cat": ["Montserrat Puig", "Jordi Vilaseca"],
    "afr": ["Marietjie Venter", "Gerrit Steyn"], "ell": ["Κατερίνα Παπαδοπούλου", "Γιώργος Οικονόμου"],
    "fin": ["Satu Virtanen", "Jukka Heikkinen"], "hrv": ["Ivana Kovačević", "Marko Babić"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشامسي", "هند البلوشي"], "de": ["Theresa Gruber", "Maximilian Stöckl"],
    "es": ["Ximena Villarreal", "Emiliano Ochoa"], "fr": ["Margaux Delvaux", "Julien Peeters"],
    "hi": ["नेहा सक्सेना", "अमित राठौर"], "it": ["Elena Marchi", "Giacomo Sartori"],
    "ja": ["高橋 さくら", "伊藤 蓮"], "ko": ["한지민", "윤서준"], "pt": ["Beatriz Nogueira", "Duarte Pinheiro"],
    "ru": ["Анна Волкова", "Игорь Зайцев"], "sw": ["Halima Said", "Emmanuel Massawe"],
    "th": ["กนกวรรณ ใจดี", "ธนพล รัตนชัย"], "tr": ["Merve Çelik", "Onur Arslan"],
    "ur": ["ثمینہ حسن", "فاطمہ زبیری"], "zh": ["王芳", "赵磊"],
    "nor": ["Sigrid Lunde", "Henrik Dahl"], "cat": ["Laia Ferrer", "Pau Casals Roig"],
    "afr": ["Annelie Botha", "Johan Pretorius"], "ell": ["Ελένη Γεωργίου", "Νίκος Αντωνίου"],
    "fin": ["Aino Laaksonen", "Mikko Nieminen"], "hrv": ["Petra Jurić", "Luka Horvat"],
}
GIVEN = {
    "Nur Syafiqah Rahim": "Syafiqah", "Lim Jia Hui": "Jia Hui", "Muhammad Haziq Zulkifli": "Haziq",
    "Siti Aisyah Kamal": "Aisyah", "Nana Ama Asante": "Nana Ama", "Goh Mei Xuan": "Mei Xuan",
    "Nurul Izzati Hashim": "Izzati", "Tan Chee Keong": "Chee Keong", "Mohd Faizal Ismail": "Faizal",
    "Takahashi Yumi": "Yumi", "Morita Kenji": "Kenji", "Ishikawa Ayane": "Ayane",
}
PROVIDERS = ["larkpost", "sedgemail", "quillbox", "dunlinmail", "tarnpost", "fernbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ni": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "it": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bs": ("-0500", "-0400", "us"), "mx": ("-0600", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "bs")


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
    x: tuple[str, ...]
    y: tuple[str, ...]
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind103-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nCheers for the loading-bay walk round on Thursday, {sf}. Manual-handling ticket runs to 2027; Mr Asamoah (referee) picks up mornings.\n{n}"
FOOTER = "\n\n——\nHunt vacancies and set alerts in your candidate dashboard. A fortnightly digest groups fresh vacancies by district and shift pattern. Profiles idle for twelve months get erased. Nobody reads replies sent here; switch these emails off under Preferences."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-internal", "Requisition {ref} – {role}: candidate update",
   "Hello {n},\n\nWe are writing about requisition {ref} ({role}). After a review of every submission, the opening goes to a colleague already working at {co}, and your application is closed.\n\nYour candidate profile remains active for other requisitions.\n\nTalent Acquisition, {co}",
   ("Clearwell Hearing Clinics", "Ofankor Cocoa Stores"), ("clearwellhearing", "ofankorcocoa"), role=("Audiology Assistant", "Warehouse Tally Clerk"), tz=("uk", "gh"), frm="{co} Careers <noreply@{dom}>")
mr("gh-finalist", "Your {role} application at {co}",
   "Hi {n},\n\nA short note from {co} recruiting. We talked with several strong people for {role}; our finalist has signed, so the search is closed and your application ends here.\n\nThe take-home was generous work — thanks.\n\n{sig}\nRecruiting, {co}",
   ("Mowbot Robotics", "Exuma Sail School"), ("mowbot", "exumasail"), role=("Field Technician", "Junior Instructor"), tz=("usc", "bs"))
mr("lv-pool", "{co}: about your application",
   "Dear {n},\n\nAbout {role}: other profiles are moving forward for this opening. We can hold your CV two years for later matches; answer DELETE and it is wiped.\n\n{co} People Team",
   ("Velluto Bridal Atelier", "Kotobuki Bento Kitchen"), ("vellutobridal", "kotobukibento"), role=("Fitting Room Assistant", "Kitchen Prep Hand"), tz=("it", "jp"), frm="{co} <jobs@{dom}>")
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – shortlist complete</td></tr></table><p>We appreciate your interest in {co}.</p></body></html>",
   ("Saltwater Aquarium Derry", "Strikezone Lisburn"), ("saltwateraquarium", "strikezonelisburn"), role=("Aquarist Trainee", "Lane Host"), tz="ni", frm="{co} Recruitment <apply@{dom}>")
mr("icims-cert", "Application {ref}: {role}",
   "Dear {n},\n\nYour application for {role} has been reviewed.\n\nStatus: Not Selected – {x}\n\nThe document must be attached when applying; forms lacking it stop at screening.\n\nRegards,\nRecruitment Services, {co}",
   ("Lunchbell School Meals", "Roamwell Coach Tours"), ("lunchbell", "roamwellcoach"), role=("Catering Assistant", "Coach Driver"), x=("Level 2 Food Hygiene Certificate Missing", "PCV Licence Not Evidenced"), tz="uk", frm="Recruitment Services <careers@{dom}>")
mr("taleo-cancel", "Job requisition {ref} – cancelled",
   "Dear {n},\n\nThe requisition you applied to, {role} ({ref}), has been cancelled following {x}. All applications to it are now closed. Other openings remain open to you on the careers portal.\n\nThank you,\n{co} Human Resources",
   ("Bannside Linen Mill", "Kinta Glove Industries"), ("bannsidelinen", "kintaglove"), role=("Loom Operative", "Quality Inspector"), x=("a change in production plans", "the merger of two production lines"), tz=("ni", "my"))
mr("workable-trial", "{role} at {co}",
   "Hey {n},\n\n{x} people went for {role}; six did paid trial shifts and two who shone on the busy evening got the jobs. This round has no trial for you.\n\nGood luck out there!\n{sig}, {co}",
   ("Pressed Juice Bar", "Potter's Cay Conch Stand"), ("pressedjuice", "potterscayconch"), role=("Juicer", "Counter Cook"), x=("118", "47"), tz=("nz", "bs"))
mr("bamboo-hours", "Re: {role} opening",
   "Hi {n},\n\nI appreciate you applying to {co}. Our existing crew asked for more hours, so the {role} shifts went to them and the opening is now closed. Nothing else is coming up before spring.\n\nBest,\n{sig}",
   ("Regal Picturehouse Omagh", "Freeway Driving School"), ("regalomagh", "freewaydriving"), role=("Projection Assistant", "Office Administrator"), tz=("ni", "cae"))
mr("teamtailor-it-jp", "{role} – {co}",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Pelletteria Arno", "Kamiya Stationery"), ("pelletteriaarno", "kamiyastationery"), role=("Showroom Assistant", "Product Coordinator"), tz=("it", "jp"),
   x=("We have read with attention your candidature for the showroom. After an evaluation, we have preferred another profile, more near to what the showroom needs in this period. Good continuation for your professional path.",
      "We received your application with gratitude. As result of our consideration, this time we decided to proceed with other candidate and could not meet your expectation. We pray for your further success."))
mr("pinpoint-marks", "Shortlisting outcome – {role}",
   "Dear {n},\n\nThank you for applying. Shortlisting used the person specification as a 40-point scale; yours scored {x}; the shortlisting threshold was {y}. You have therefore been unsuccessful at this stage.\n\nKind regards,\n{sig}\n{co}",
   ("Breadbin Food Bank", "Glenveagh Community Transport"), ("breadbinfoodbank", "glenveaghtransport"), role=("Volunteer Coordinator", "Driver Coordinator"), x=("22", "19"), y=("28", "26"), tz=("uk", "ie"))
mr("jazz-advert", "{co} – {role}",
   "Hi {n},\n\nHeads-up: the {role} ad is down because the spot got filled. Your application stops there, but cheers for reaching out.\n\nCheers,\n{sig}",
   ("Sudsy Car Wash", "Pane Perfect Windows"), ("sudsycarwash", "paneperfect"), role=("Wash Bay Attendant", "Window Cleaner"), tz=("au", "nz"))
mr("ashby-debrief", "{co} | {role} update",
   "Hi {n},\n\nThanks for meeting the panel last week. The panel debriefed Friday and agreed on someone whose background covered more of the data-pipeline work, so your process stops here.\n\nWarmly,\n{sig}",
   ("Carbonledger", "Clausewise"), ("carbonledger", "clausewise"), role=("Data Engineer", "Product Designer"), tz=("usp", "use"))
mr("board-nofeedback", "Vacancy {ref}: {role}",
   "Dear {n},\n\nRE: {role}, vacancy reference {ref}\n\nThe panel sat on Tuesday to shortlist. Your form was among those left off the list. With so many forms to read, the Trust gives no individual feedback.\n\nYours sincerely,\nHR Shared Services, {co}",
   ("Foyle Valley Health Trust", "Lough Erne Water"), ("foylevalleyhealth", "loughernewater"), role=("Ward Clerk", "Meter Reader"), tz="ni", frm="HR Shared Services <hrss@{dom}>")
# once (14)
mr("ni-chippy", "the job",
   "Well {n}, sorry for the wee delay. We've took on my nephew for the counter so I've nothing for you the now. Ta for leaving the CV in, good luck with it.\n\n{sig}\n{co}",
   "Crispy Cod Bar Newry", "crispycodnewry", tz="ni")
mr("gh-tyres", "Application for {role}",
   "Good afternoon {n},\n\nYour letter for the {role} post got to us. Please, the vacancy is already filled, sorry. Your letter stays in our file for any future opening.\n\nThank you and God bless.\n{sig}\nManager, {co}",
   "Abrantie Tyres and Alignment", "abrantietyres", role="Shop Attendant", tz="gh")
mr("my-mamak", "Re: apply kerja",
   "Hi {n}, thanks ya for applying. Sorry lah, the cashier post already taken by another person since last week. Maybe next time got opening we will let you know. Take care.\n\n{sig}\n{co}",
   "Restoran Selera Bestari", "selerabestari", tz="my")
mr("bs-fishfry", "Your application",
   "Good day {n},\n\nAppreciate you stopping by the stall. We gone with somebody else for the server spot this season, so we ain't able to take you on right now. All the best to you.\n\n{sig}\n{co}",
   "Arawak Cay Fish Fry Kitchen", "arawakfishfry", tz="bs")
mr("nz-packhouse", "Packhouse season – {role}",
   "Kia ora {n},\n\nCheers for your application. Every {role} spot for this season is filled, sorry — no spot for you. The next intake gets posted on our page in May.\n\nNgā mihi,\n{sig}\n{co}",
   "Ohope Gold Packhouse", "ohopegold", role="Grader", tz="nz")
mr("it-tailor", "Your candidature",
   "Gentle {n},\n\nwith sorry we communicate you that the position of apprentice in our sartoria is assigned to another candidate. Thanks for the interest demonstrated to our house.\n\nCordial greetings,\n{sig}\n{co}",
   "Sartoria Verona Fine", "sartoriaverona", tz="it")
mr("jp-hotel", "Result of selection",
   "Dear {n},\n\nWe received your application for Front Desk Staff position. As result of careful selection, we regret to say that we cannot proceed with you this time. We sincerely hope your job hunting goes well.\n\nPersonnel Section\n{co}",
   "Hotel Nagoya Minato", "nagoyaminato", tz="jp")
mr("uk-bookshop", "Bookseller application",
   "Dear {n},\n\nWhat a lovely application to join us at {co}. We had a lovely pile of applications and have offered the Saturday bookseller job to someone else. Please do keep popping in.\n\nAll best,\n{sig}",
   "Marginalia Books", "marginaliabooks", tz="uk")
mr("ie-florist", "Florist assistant role",
   "Hi {n},\n\nJust letting you know the florist assistant job is filled. Thanks a mil for applying and for the lovely letter, we really did enjoy reading it.\n\nMaeve's Stems",
   "Maeve's Stems", "maevesstems", frm="Maeve's Stems <hello@{dom}>", tz="ie")
mr("us-dealer", "Sales Associate position",
   "{n},\n\nAppreciate you coming in for the Sales Associate interview at {co}. We've hired an associate who sold trucks for six years, which is what the lot needs right now. Good luck with the search.\n\n{sig}\nGeneral Manager",
   "Warkton Motors Lot", "warktonmotors", tz="usc")
mr("ca-skihire", "Rental shop job",
   "Hi {n},\n\nThanks for applying to the rental shop. Our winter crew is full now, and the shop has no room for one more. Have a great season!\n\n{sig}\n{co}",
   "Firnline Rentals", "firnlinerentals", tz="cap")
mr("au-bottleshop", "Casual role",
   "Hi {n},\n\nThanks for dropping your resume in. The casual role has ended up with a fella who's pulled beers for years. Best of luck.\n\n{sig}\n{co}",
   "Cobberstone Cellars Bottle Shop", "cobberstonecellars", tz="au")
mr("in-sweets", "Regarding your application",
   "Dear {n},\n\nKindly be informed, the billing assistant post at our Basavanagudi outlet stands filled. Thanks for the interest shown and best wishes for future endeavours.\n\nRegards,\n{sig}\n{co}",
   "Sri Vasavi Sweets", "vasavisweets", tz="in")
mr("za-braai", "Waitron position",
   "Hi {n},\n\nLekker meeting you for the chat. The job's gone to another waitron who can start straight away. Sorry, and good luck with the hunt.\n\n{sig}\n{co}",
   "Ember and Coal Braai House", "emberandcoal", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
TH = "Hi {n},\n\n{x}\n\nWarm regards,\n{sig}\n\n"
mr("th-garden", "RE: [EXT] Re: {role}", TH + "{OUT}",
   ("Rathmore Botanic Garden", "Kilbroney Seed Bank"), ("rathmorebotanic", "kilbroneyseeds"), role=("Glasshouse Technician", "Seed Collector"), tz="ni",
   x=("Lovely to hear from you, and the glasshouse compliments were passed on. At Monday's trustee meeting the post went to Fergal, our volunteer on the propagation benches since 2022. He starts in April.",
      "The panel has finished at last. Dearbhla, whose Mourne fieldwork fitted the spring programme exactly, is our new collector; she said yes on Tuesday. Your cold-storage questions stayed with us."))
mr("th-boats", "RE: [EXT] RE: {role}", TH + "{ORIG}",
   ("Tidemark Boatbuilders", "Hauraki Canoe Club"), ("tidemarkboats", "haurakicanoe"), role=("Apprentice Shipwright", "Club Coach"), tz=("uk", "nz"),
   x=("Good to get your message. The partners settled on Jamie, who finished his steam-bending course last month, and he accepted the apprenticeship yesterday. Kind of you to give up a whole morning for the workshop visit.",
      "Kia ora and thanks for the follow-up. The committee appointed Rawiri, one of our own paddlers, to the coaching role at Sunday's meeting. Everyone enjoyed your session on the water."))
mr("th-taproom", "Re: [EXT] Re: {role}", TH + "{GM}",
   ("Bluestone Taproom", "Windfall Cidery"), ("bluestonetap", "windfallcider"), role=("Taproom Supervisor", "Cellar Hand"), tz=("usm", "cae"),
   x=("Thanks for checking in! The owners met Thursday and offered the supervisor spot to Kayla from our Denver location, who said yes the same afternoon. Your tasting-flight ideas got a lot of praise around the table.",
      "Thanks so much for the note. After the second round, Marc-André accepted the cellar job; he has worked two pressing seasons with us. We all enjoyed our time with you at the press."))
mr("th-festival", "RE: [EXT] Re: {role}", TH + "{RULE}",
   ("Harbourlight Arts Festival", "Reelside Film Festival"), ("harbourlightarts", "reelsidefilm"), role=("Programme Assistant", "Venue Manager"), tz=("ie", "au"),
   x=("Your message arrived as the board finished. They have appointed Aisling, producer of last year's street-theatre strand, and she begins in the new month. We loved meeting you.",
      "Cheers for the follow-up. The festival director chose Brodie, who ran our pop-up cinema last summer, and he's confirmed. Thanks again for coming in for the panel and the venue walk."))
mr("th-ghmy", "RE: [EXT] Re: {role}", TH + "{OUT}",
   ("Sefwi Shea Butter Cooperative", "Sandakan Timber Exports"), ("sefwishea", "sandakantimber"), role=("Quality Officer", "Shipping Coordinator"), tz=("gh", "my"),
   x=("Thanks for your kind follow-up. Please, at Friday's management meeting Adwoa, who has supervised our grading shed since 2022, was appointed. She resumes on 1st of next month. Glad we hosted you at the yard.",
      "Thank you for following up. Management has selected Encik Rahman from our Tawau branch for this role and he has accepted the transfer. Meeting you at the log pond was a pleasure."))
mr("th-honey", "Re: [EXT] RE: {role}", TH + "{ORIG}",
   ("Manuka Ridge Honey", "Nassau Harbour Marina"), ("manukaridge", "nassaumarina"), role=("Extraction Hand", "Dockmaster Assistant"), tz=("nz", "bs"),
   x=("Cheers for the email. Tama, who helped with the hives last spring, has taken the extraction role. Your visit out to the shed was a treat; great yarn.",
      "Good day and thanks for writing. The marina manager picked Kendrick, who has worked the fuel dock for two years, and he accepted on Monday. We enjoyed having you aboard for the tour."))
mr("th-itjp", "RE: [EXT] Re: {role}", TH + "{GM}",
   ("Torrefazione Colle Ventoso", "Midori Bonsai En"), ("colleventoso", "midoribonsai"), role=("Roastery Assistant", "Nursery Assistant"), tz=("it", "jp"),
   x=("Grazie for the kind message. After the meetings, the owners have entrusted the role to Paolo, who already collaborates with us in the tasting room, and he has accepted. We all enjoyed the visit with you.",
      "Your kind mail arrived. After discussion, our master has chosen Mr. Sakai, who trained with us one year, for this position. He joins from next month. We were very happy by your visit to our garden."))
mr("th-sport", "RE: [EXT] RE: {role}", TH + "{RULE}",
   ("Ballymena Rugby Club", "Newry Shamrocks GAA"), ("ballymenarugby", "newryshamrocks"), role=("Strength Coach", "Club Development Officer"), tz="ni",
   x=("Great to hear from you. The committee gave the strength role to Kieran, who has been working with our under-18s all season, and he signed on Wednesday. Thanks for putting the lads through their paces on the night.",
      "Thanks for your email. The club executive appointed Caoimhe, who has run our camogie nursery for two years, and she starts in September. It was a good evening with you at the pitch."))
# ---- 8 clear refusals under long footers
mr("footer-opticians", "Your application to {co}",
   "Dear {n},\n\nYour application for {role} has been read by our store team, and it ends here.\n\nKind regards,\nThe {co} Recruitment Team" + "{FOOT}",
   ("Brightlens Opticians", "Clearview Eyecare"), ("brightlens", "clearvieweyecare"), role=("Optical Assistant", "Dispensing Trainee"), tz=("uk", "ie"), frm="{co} Recruitment <no-reply@{dom}>")
mr("footer-cinema", "Update on your {role} application",
   "Hello {n},\n\nThe hiring round for {role} has closed, with your application unsuccessful.\n\n{co} Talent Team" + "{FOOT}",
   ("Starlite Cinemas", "Reelhouse Multiplex"), ("starlitecinemas", "reelhousemultiplex"), role=("Usher", "Concessions Team Member"), tz=("au", "nz"), frm="{co} Careers <careers@{dom}>")
mr("footer-gyms", "{co}: application outcome",
   "Hi {n},\n\nYour {role} application has been declined on this occasion.\n\nBest wishes,\n{co}" + "{FOOT}",
   ("Ironpulse Gyms", "FlexFit Clubs"), ("ironpulse", "flexfitclubs"), role=("Fitness Instructor", "Front Desk Advisor"), tz=("uk", "za"), frm="{co} <jobs@{dom}>")
mr("footer-toys", "Your {role} application",
   "Dear {n},\n\nSelection for {role} is complete, and your name is outside the selected group.\n\nThe People Team, {co}" + "{FOOT}",
   ("Tumbletown Toys", "Kiteworld Toy Stores"), ("tumbletowntoys", "kiteworldtoys"), role=("Seasonal Sales Assistant", "Stockroom Assistant"), tz=("cae", "sg"), frm="{co} Careers <careers@{dom}>")
# ---- 9 hedged refusals
mr("hedge-riding", "Your application – {role}",
   "Hi {n},\n\nThank you for coming to meet the team. Strong field; at the finish others suited the yard's routine a shade better, so the yard is heading a different way.\n\nWarm wishes,\n{sig}\n{co}",
   ("Hollybank Equestrian Centre", "Glenariff Riding School"), ("hollybankequestrian", "glenariffriding"), role=("Yard Groom", "Riding Instructor"), tz="ni")
mr("hedge-studio", "{role} – next steps",
   "Hey {n},\n\nReally appreciated the conversation. After comparing notes, a couple of other people sat closer to where the studio is heading this year, so the offer has gone to them.\n\nAll the best,\n{sig}",
   ("Pixelfold Games", "Tangram Animation"), ("pixelfold", "tangramanimation"), role=("Level Designer", "Junior Animator"), tz=("cap", "usp"))
mr("hedge-agency", "Thank you, {n}",
   "Dear {n},\n\nMeeting you was a pleasure. Some applicants carried campaign experience sitting closer to the accounts we handle now, and the directors are proceeding with those people.\n\nKind regards,\n{sig}\n{co}",
   ("Tessera Communications", "Brightwire PR"), ("tesseracomms", "brightwirepr"), role=("Account Executive", "Press Officer"), tz=("gh", "ng"))
mr("hedge-ngo", "{role}",
   "Hi {n},\n\nIt was lovely to talk. The panel felt another candidate's community-organising background was a closer fit for the programme, so the role goes their way.\n\nWith thanks,\n{sig}\n{co}",
   ("Tauihu Youth Trust", "Bonefish Guardians Bahamas"), ("tauihuyouth", "bonefishguardians"), role=("Programme Lead", "Outreach Officer"), tz=("nz", "bs"))
mr("hedge-it", "Regarding your application",
   "Dear {n},\n\nMany thanks for the interest towards our company. After the interviews we found profiles more in line with the requirements of the project, and we go on with them. For future occasions our door is open.\n\nBest regards,\n{sig}\n{co}",
   "Meccanica Brenta", "meccanicabrenta", role="CAD Technician", tz="it")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-finance", "Following up on our call – {role}",
   "Hi {n},\n\nGood chatting earlier. Recap: the client picked another person for {role}. Separately, I'm filling {x}, which honestly fits you better. Should I put you up for it? Tell me by Friday.\n\n{sig}\n{co}",
   ("Keystone Talent Partners", "Hollowmere Search"), ("keystonetalent", "hollowmeresearch"), role=("Management Accountant", "Credit Controller"), x=("a Financial Analyst contract in Belfast", "an Accounts Payable lead role in Kuala Lumpur"), tz=("ni", "my"))
mr("rec-eng", "{role} – feedback and another option",
   "Hi {n},\n\nCheers for the chat today. Unfortunately for {role} the hiring manager went with someone with deeper PLC experience. Separately there is {x} starting in four weeks — keen to be put forward?\n\nCheers,\n{sig}, {co}",
   ("Torque Recruitment", "Pivotline Engineering Search"), ("torquerecruit", "pivotline"), role=("Controls Engineer", "Maintenance Planner"), x=("a maintenance technician role in Kawhia", "a site planner role near Sekondi"), tz=("nz", "gh"))
mr("rec-care", "Update after today",
   "Hi {n},\n\nJust to recap our call: the care home has filled the {role} post internally, so that one has closed for you. There's {x}, same pay band, and they're interviewing next week. Shall I pencil you in?\n\n{sig}\n{co}",
   ("Lanternwell Care Staffing", "Harbour Nurses Agency"), ("lanternwellcare", "harbournurses"), role=("Senior Carer", "Night Nurse"), x=("a day-shift role at a sister home in Lurgan", "a clinic nurse opening in Freeport"), tz=("ni", "bs"))
mr("rec-jp", "About the result and new position",
   "Dear {n},\n\nThank you for the call today. As I explained, the client company chose other candidate for the Bilingual Sales role. However, I have a new position of Import Coordinator in Yokohama, and I think your experience match well. May I recommend you?\n\nBest regards,\n{sig}\n{co}",
   "Sakura Bridge Careers", "sakurabridge", tz="jp")
# ---- 8 public-sector notices
mr("ps-notreferred", "Notice of results – {role}",
   "Dear {n},\n\nAnnouncement {ref}, {role}\n\nYou were rated qualified. The selecting official received a referral list without your name, as {x}. You need do nothing further.\n\nHuman Resources Office\n{co}",
   ("County Department of Parks", "State Highway Authority"), ("countyparks", "statehighway"), role=("Grounds Technician", "Survey Aide"), x=("higher-rated candidates filled the referral list", "the certificate was limited to the top three scores"), tz=("use", "usc"), frm="HR Office <hr-notices@{dom}>")
mr("ps-ineligible", "Application {ref}: eligibility decision",
   "Dear {n},\n\nYour application for {role} was checked against the eligibility rules. It is ineligible: {x}. It therefore stops at this stage.\n\nRecruitment Unit\n{co}",
   ("Ghana Water Service Directorate", "Selangor Municipal Services"), ("gwsd", "selangormunicipal"), role=("Technical Officer", "Enforcement Assistant"), x=("the file held an uncertified WASSCE result slip", "the SPM certificate you uploaded did not show the required credit in Bahasa Melayu"), tz=("gh", "my"), frm="Recruitment Unit <recruit@{dom}>")
mr("ps-cancelled", "{role} – competition cancelled",
   "Dear {n},\n\nPlease note that the competition for {role} (ref {ref}) was cancelled after {x}. Applications received are closed and nobody will be appointed.\n\nPublic Appointments, {co}",
   ("Department for Communities NI", "Ministry of Tourism Grand Bahama"), ("dfcni-jobs", "tourismgb"), role=("Administrative Officer", "Visitor Services Officer"), x=("a staffing review", "a budget revision by the ministry"), tz=("ni", "bs"), frm="Public Appointments <appointments@{dom}>")
mr("ps-qualmark", "Assessment result – {role}",
   "Dear {n},\n\nResults from the {role} written assessment are out. You scored {x}%. Interviews go only to candidates at or above {y}%, so your candidacy closes at this point.\n\nCandidate Services\n{co}",
   ("Manukau Regional Library Service", "New South Wales Transit Authority"), ("arls-jobs", "nswtransit-jobs"), role=("Library Assistant", "Customer Service Officer"), x=("51", "58"), y=("60", "65"), tz=("nz", "au"), frm="Candidate Services <candidates@{dom}>")
# ---- 6 bare ATS status updates
mr("ats-pickfold", "Status change: {role}",
   "Hi {n},\n\nPickfold recorded a change on your {role} application at {co}.\n\nCurrent step → No longer under consideration\n\nPickfold keeps your other applications under My Applications.",
   ("Northshore Logistics Hub", "Kelpie Outdoor Gear"), ("northshorehub", "kelpieoutdoor"), role=("Inventory Controller", "E-commerce Assistant"), tz=("uk", "au"), frm="Pickfold <status@pickfold.example>")
mr("ats-rolewick", "Application update",
   "<html><body><p>{n},</p><p>Your application for <b>{role}</b> ({co}) has been updated.</p><p>Stage: <b>Archived</b><br>Reason: Candidate not progressed</p></body></html>",
   ("Greengage Grocers", "Lantana Cay Resorts"), ("greengagegrocers", "lantanacay"), role=("Produce Lead", "Guest Services Agent"), tz=("cae", "bs"), frm="Rolewick Notifications <notify@rolewick.example>")
mr("ats-talentry", "{co} – application {ref}",
   "Hello {n},\n\n{co} has stopped considering you for {role}.\n\nSent automatically by Talentry; replies go nowhere.",
   ("Sunvane Solar Installers", "Quailbrook Senior Living"), ("sunvanesolar", "quailbrookliving"), role=("Installer Apprentice", "Activities Coordinator"), tz=("usm", "usp"), frm="Talentry <noreply@talentry.example>")
# ---- 6 internship / graduate decisions
mr("intern-archive", "{x} – decision",
   "Dear {n},\n\nOver 300 people chased our 12 places on the {x} this year. Yours was a careful form, yet it falls outside the dozen chosen, and so this intake has no placement for you.\n\nWith best wishes,\nThe Internship Office, {co}",
   ("Dalriada Folk Archive", "Ruatoria Heritage Collections"), ("dalriadafolkarchive", "ruatoriaheritage"), x=("Summer Archives Internship", "Collections Internship Programme"), tz=("ni", "nz"), frm="Internship Office <interns@{dom}>")
mr("grad-telco", "{x}: your application",
   "Dear {n},\n\nAfter the {x} assessment day, the assessors ranked the cohort and your scores fell below the cut for a place. This ends your application for this year's programme.\n\nEarly Careers Team\n{co}",
   ("Wirrow Telecom", "Asante Gold Fields Services"), ("wirrowtelecom", "asantegoldservices"), x=("Network Engineering Graduate Scheme", "Graduate Mining Trainee Programme"), tz=("uk", "gh"), frm="Early Careers <earlycareers@{dom}>")
mr("intern-hotel", "Internship application result",
   "Dear {n},\n\nEvery form for our {x} has now been read. For the coming intake your name is outside the group offered placements. The programme opens again each January, should you wish to try once more.\n\nTalent Development\n{co}",
   ("Langkawi Shores Hotel Group", "Kanazawa Garden Hotels"), ("langkawishores", "kanazawagardenhotels"), x=("Hotel Operations Internship", "Summer Hospitality Internship"), tz=("my", "jp"), frm="Talent Development <talent@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd-internal", "We've received your application – requisition {ref}",
   "Hello {n},\n\nThanks for applying to {role} (requisition {ref}). Your candidate home now shows Submitted; it moves to Screening, and later either to Interview or to Closed once the hiring team decides. Should an internal colleague be chosen, the status reads Closed and HR writes to you.\n\nTalent Acquisition, {co}",
   ("Clearwell Hearing Clinics", "Ofankor Cocoa Stores"), ("clearwellhearing", "ofankorcocoa"), role=("Clinic Receptionist", "Forklift Operator"), tz=("uk", "gh"), frm="{co} Careers <noreply@{dom}>")
mo(A, "gh-finalist", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application landed in our system. A recruiter reads each one inside ten days. If we decide to move ahead with others, you'll hear that from us directly rather than being left waiting.\n\n{co} Recruiting",
   ("Mowbot Robotics", "Exuma Sail School"), ("mowbot", "exumasail"), role=("Support Engineer", "Dock Hand"), tz=("usc", "bs"), frm="{co} Recruiting <recruiting@{dom}>")
mo(A, "lv-pool", "{co} – application received",
   "Dear {n},\n\nYour CV for {role} is with us. Whatever comes of this selection, it sits two years in our talent pool so later openings can reach you; answer DELETE should you rather it went.\n\n{co} People Team",
   ("Velluto Bridal Atelier", "Kotobuki Bento Kitchen"), ("vellutobridal", "kotobukibento"), role=("Seamstress", "Delivery Rider"), tz=("it", "jp"), frm="{co} <jobs@{dom}>")
mo(A, "sr-table", "Application received – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>The Outcome column changes to Interview or Unsuccessful once shortlisting closes.</p></body></html>",
   ("Saltwater Aquarium Derry", "Strikezone Lisburn"), ("saltwateraquarium", "strikezonelisburn"), role=("Education Guide", "Party Host"), tz="ni", frm="{co} Recruitment <apply@{dom}>")
mo(A, "icims-cert", "We received your application {ref}",
   "Dear {n},\n\nApplication for {role} submitted. Please note: screening automatically marks Not Selected any form lacking {x}. If you attached it, sit tight; contact follows once the advert closes.\n\nRecruitment Services, {co}",
   ("Lunchbell School Meals", "Roamwell Coach Tours"), ("lunchbell", "roamwellcoach"), role=("Kitchen Porter", "Tour Escort"), x=("a Food Hygiene Level 2 certificate", "a valid PCV licence"), tz="uk", frm="Recruitment Services <careers@{dom}>")
mo(A, "taleo-cancel", "Application submitted – requisition {ref}",
   "Dear {n},\n\nYour application for {role} ({ref}) has been submitted. A cancelled or frozen requisition triggers same-day emails to all its applicants. Otherwise, shortlisting takes about three weeks.\n\n{co} Human Resources",
   ("Bannside Linen Mill", "Kinta Glove Industries"), ("bannsidelinen", "kintaglove"), role=("Maintenance Fitter", "Line Leader"), tz=("ni", "my"))
mo(A, "workable-trial", "Got your application!",
   "Hey {n},\n\nCheers for applying for {role} at {co}. About six people get paid trial shifts; miss out and you still get a message, so no guessing.\n\n{sig}",
   ("Pressed Juice Bar", "Potter's Cay Conch Stand"), ("pressedjuice", "potterscayconch"), role=("Barista", "Cashier"), tz=("nz", "bs"))
mo(A, "bamboo-hours", "Thanks for applying, {n}",
   "Hi {n},\n\nYour application for {role} is in. Our current crew get first pick of extra shifts; should they grab every one, the opening shuts and I'll tell you. Whichever happens, expect a reply before the 30th.\n\n{sig}, {co}",
   ("Regal Picturehouse Omagh", "Freeway Driving School"), ("regalomagh", "freewaydriving"), role=("Box Office Assistant", "Lesson Booker"), tz=("ni", "cae"))
mo(A, "teamtailor-it-jp", "Application received – {co}",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Pelletteria Arno", "Kamiya Stationery"), ("pelletteriaarno", "kamiyastationery"), role=("Showroom Assistant", "Product Coordinator"), tz=("it", "jp"),
   x=("Your candidature for the showroom is arrived. If the profile will not go ahead to the next phase, we will communicate it to you anyway inside thirty days.",
      "We have received your application safely. We will inform the result to all applicants regardless of pass or fail, within about three weeks. Please wait for our contact."))
mo(A, "pinpoint-marks", "Application received – {role}",
   "Dear {n},\n\nYour form has arrived. Scoring uses the person specification; forms below the threshold see their mark emailed inside two weeks of closing.\n\n{sig}\n{co}",
   ("Breadbin Food Bank", "Glenveagh Community Transport"), ("breadbinfoodbank", "glenveaghtransport"), role=("Warehouse Volunteer Lead", "Scheduler"), tz=("uk", "ie"))
mo(A, "jazz-advert", "{co} – we got your application",
   "Hi {n},\n\nThanks for applying for {role}. Once the spot's filled we take the ad down and send everyone a quick email, so you'll hear back one way or the other.\n\n{sig}",
   ("Sudsy Car Wash", "Pane Perfect Windows"), ("sudsycarwash", "paneperfect"), role=("Detailer", "Round Assistant"), tz=("au", "nz"))
mo(A, "ashby-debrief", "Application received – {co}",
   "Hi {n},\n\nYour {role} application is in our queue; the team works through the queue each Wednesday. A no at this stage still earns you a short personal note — ghosting candidates is banned here.\n\n{co} Talent",
   ("Carbonledger", "Clausewise"), ("carbonledger", "clausewise"), role=("Backend Engineer", "Customer Success Lead"), tz=("usp", "use"), frm="{co} Talent <talent@{dom}>")
mo(A, "board-nofeedback", "Acknowledgement – vacancy {ref}",
   "Dear {n},\n\nYour form for {role} (ref {ref}) is logged. Four weeks beyond the closing date with no letter from this office means the panel has passed your form by.\n\nHR Shared Services, {co}",
   ("Foyle Valley Health Trust", "Lough Erne Water"), ("foylevalleyhealth", "loughernewater"), role=("Porter", "Customer Billing Advisor"), tz="ni", frm="HR Shared Services <hrss@{dom}>")
mo(A, "footer-opticians", "We've received your application",
   "Dear {n},\n\nApplication for {role} logged. Unsuccessful forms get an email from us, and successful ones a store manager ringing to fix an interview.\n\nThe {co} Recruitment Team" + "{FOOT}",
   ("Brightlens Opticians", "Clearview Eyecare"), ("brightlens", "clearvieweyecare"), role=("Optical Assistant", "Receptionist"), tz=("uk", "ie"), frm="{co} Recruitment <no-reply@{dom}>")
mo(A, "footer-gyms", "{co}: application received",
   "Hi {n},\n\nYour {role} application is with our clubs. Club managers phone only where your hours suit their rota; three silent weeks mean this one didn't land.\n\n{co}" + "{FOOT}",
   ("Ironpulse Gyms", "FlexFit Clubs"), ("ironpulse", "flexfitclubs"), role=("Personal Trainer", "Cleaner"), tz=("uk", "za"), frm="{co} <jobs@{dom}>")
mo(A, "hedge-studio", "Thanks for applying to {co}",
   "Hey {n},\n\nWe got your portfolio for {role}. Whether it's a fit or a miss, a teammate writes back to every applicant from an actual human on the team inside two weeks.\n\n{sig}",
   ("Pixelfold Games", "Tangram Animation"), ("pixelfold", "tangramanimation"), role=("QA Tester", "Storyboard Artist"), tz=("cap", "usp"))
mo(A, "hedge-agency", "Application acknowledged",
   "Dear {n},\n\nYour CV for {role} has reached us. Screening starts once the advert closes. Kindly note that CVs stay on file six months, so if this one goes elsewhere, a later brief may still bring you back.\n\n{sig}\n{co}",
   ("Tessera Communications", "Brightwire PR"), ("tesseracomms", "brightwirepr"), role=("Copywriter", "Media Monitor"), tz=("gh", "ng"))
mo(A, "rec-finance", "Thanks – CV received",
   "Hi {n},\n\nCV for {role} received. The client and I talk on Monday. Should they pass on it, my call comes to you directly and we look at other openings side by side.\n\n{sig}\n{co}",
   ("Keystone Talent Partners", "Hollowmere Search"), ("keystonetalent", "hollowmeresearch"), role=("Payroll Officer", "Finance Assistant"), tz=("ni", "my"))
mo(A, "ps-notreferred", "Application received – announcement {ref}",
   "Dear {n},\n\nYour application for {role} sits in our system. When the announcement closes you get a results notice: qualified or otherwise, and whether the selecting official got your name.\n\nHR Office, {co}",
   ("County Department of Parks", "State Highway Authority"), ("countyparks", "statehighway"), role=("Park Ranger", "Engineering Technician"), tz=("use", "usc"), frm="HR Office <hr-notices@{dom}>")
mo(A, "ps-ineligible", "Acknowledgement of application {ref}",
   "Dear {n},\n\nReceipt of your application for {role} is confirmed. Any applicant ruled ineligible is written to with the reason; eligible ones are called to a written test.\n\nRecruitment Unit, {co}",
   ("Ghana Water Service Directorate", "Selangor Municipal Services"), ("gwsd", "selangormunicipal"), role=("Account Clerk", "Field Inspector"), tz=("gh", "my"), frm="Recruitment Unit <recruit@{dom}>")
mo(A, "ps-qualmark", "Application received – {role}",
   "Dear {n},\n\nApplication noted. A written assessment comes first for everyone; anyone under the qualifying mark hears by email, anyone over it gets an interview invitation.\n\nCandidate Services, {co}",
   ("Manukau Regional Library Service", "New South Wales Transit Authority"), ("arls-jobs", "nswtransit-jobs"), role=("Library Assistant", "Station Officer"), tz=("nz", "au"), frm="Candidate Services <candidates@{dom}>")
mo(A, "ats-pickfold", "Application submitted: {role}",
   "Hi {n},\n\nPickfold has sent your {role} application to {co}.\n\nCurrent status: Under review\n\nYour Pickfold page will later show Interview, or the words No longer under consideration.",
   ("Northshore Logistics Hub", "Kelpie Outdoor Gear"), ("northshorehub", "kelpieoutdoor"), role=("Shift Supervisor", "Store Associate"), tz=("uk", "au"), frm="Pickfold <status@pickfold.example>")
mo(A, "ats-talentry", "{co} – application {ref} received",
   "Hello {n},\n\n{co} has received your application for {role}. If the company stops considering your application, Talentry will notify you automatically.\n\nSent automatically by Talentry; replies go nowhere.",
   ("Sunvane Solar Installers", "Quailbrook Senior Living"), ("sunvanesolar", "quailbrookliving"), role=("Sales Coordinator", "Caregiver"), tz=("usm", "usp"), frm="Talentry <noreply@talentry.example>")
mo(A, "intern-archive", "{x} – application received",
   "Dear {n},\n\nYour form for the {x} has landed safely. Places are few and forms are many; chosen or passed over, each person who applied gets an emailed decision ahead of 31 May.\n\nThe Internship Office, {co}",
   ("Dalriada Folk Archive", "Ruatoria Heritage Collections"), ("dalriadafolkarchive", "ruatoriaheritage"), x=("Summer Archives Internship", "Collections Internship Programme"), tz=("ni", "nz"), frm="Internship Office <interns@{dom}>")
mo(A, "grad-telco", "{x}: application received",
   "Dear {n},\n\nYour form for the {x} is in. An online test follows; miss its pass score and an email tells you so, with your details kept for the following intake.\n\nEarly Careers Team, {co}",
   ("Wirrow Telecom", "Asante Gold Fields Services"), ("wirrowtelecom", "asantegoldservices"), x=("Network Engineering Graduate Scheme", "Graduate Mining Trainee Programme"), tz=("uk", "gh"), frm="Early Careers <earlycareers@{dom}>")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "th-garden", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nCould you come and talk with the curator on {dl}, half ten, Palm House office? Unfortunately resurfacing has shut the car park; the Castle Road lay-by has space.\n\nWarm regards,\n{sig}",
   ("Rathmore Botanic Garden", "Kilbroney Seed Bank"), ("rathmorebotanic", "kilbroneyseeds"), role=("Glasshouse Technician", "Seed Collector"), tz="ni")
mo(IV, "th-boats", "Re: {role} – come and see us",
   "Hi {n},\n\nFancy dropping into the shed {dl} at 2pm? We'll talk and show you the moulds. Sadly our kettle packed in last week, so a flask is wise if you take tea.\n\n{sig}\n{co}",
   ("Tidemark Boatbuilders", "Hauraki Canoe Club"), ("tidemarkboats", "haurakicanoe"), role=("Apprentice Shipwright", "Club Coach"), tz=("uk", "nz"))
mo(IV, "th-taproom", "Interview – {role}",
   "Hi {n},\n\nGot your application! Does {dl} at 3 PM work for meeting the owners? Unfortunately our parking lot is being repaved, so street parking only.\n\n{sig}\n{co}",
   ("Bluestone Taproom", "Windfall Cidery"), ("bluestonetap", "windfallcider"), role=("Taproom Supervisor", "Cellar Hand"), tz=("usm", "cae"))
mo(IV, "th-ghmy", "Invitation for interview – {role}",
   "Dear {n},\n\nYou are invited to meet the interview panel for the {role} post at our head office, {dl}, 9 o'clock. Regrettably transport costs are borne by candidates. Come along with your original certificates.\n\n{sig}\n{co}",
   ("Sefwi Shea Butter Cooperative", "Sandakan Timber Exports"), ("sefwishea", "sandakantimber"), role=("Quality Officer", "Shipping Coordinator"), tz=("gh", "my"))
mo(IV, "th-itjp", "Invitation to interview",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Torrefazione Colle Ventoso", "Midori Bonsai En"), ("colleventoso", "midoribonsai"), role=("Roastery Assistant", "Nursery Assistant"), tz=("it", "jp"),
   x=("It is with pleasure that the owners invite you to a colloquium in the roastery on {dl} at 11:00. Unfortunately the lift is broken, so the office is reachable only by the stairs.",
      "Please come to our garden for interview on {dl} at 13:00. Unfortunately parking space is none, so please come by train from the nearest station."))
mo(IV, "footer-cinema", "Interview invitation – {role}",
   "Hello {n},\n\nGood news: the duty manager hopes to chat with you about {role} on {dl}, 4pm, at the cinema. Unfortunately the staff-office lift is broken, so take the two flights of stairs.\n\n{co} Talent Team",
   ("Starlite Cinemas", "Reelhouse Multiplex"), ("starlitecinemas", "reelhousemultiplex"), role=("Usher", "Concessions Team Member"), tz=("au", "nz"), frm="{co} Careers <careers@{dom}>")
mo(IV, "hedge-riding", "Interview – {role}",
   "Hi {n},\n\nCome up on {dl} for 10am: a talk, then half an hour mucking out and tacking up so we see you with the horses. Sadly the lane is churned to muck after the rain, so wellies please.\n\n{sig}\n{co}",
   ("Hollybank Equestrian Centre", "Glenariff Riding School"), ("hollybankequestrian", "glenariffriding"), role=("Yard Groom", "Riding Instructor"), tz="ni")
mo(IV, "ashby-debrief", "{co} | interview schedule",
   "Hi {n},\n\nWe'd love to move you to the panel stage for {role}. Please pick a slot on {dl}. Unfortunately our calendar tool can't reschedule on its own, so email me if the time stops working.\n\n{sig}",
   ("Carbonledger", "Clausewise"), ("carbonledger", "clausewise"), role=("Data Engineer", "Product Designer"), tz=("usp", "use"))
mo(NX, "icims-cert", "Action needed – application {ref}",
   "Dear {n},\n\nYour application for {role} is moving on. Upload {x} by {dl}. Unfortunately photos shot at an angle get bounced by the system.\n\nRecruitment Services, {co}",
   ("Lunchbell School Meals", "Roamwell Coach Tours"), ("lunchbell", "roamwellcoach"), role=("Catering Assistant", "Coach Driver"), x=("your Food Hygiene Level 2 certificate", "both sides of your PCV licence"), tz="uk", frm="Recruitment Services <careers@{dom}>")
mo(NX, "grad-telco", "{x}: online assessment",
   "Dear {n},\n\nYou have cleared the first screen for the {x}. The online assessment must be finished by {dl}. Sadly phones can't run it, so borrow a laptop.\n\nEarly Careers Team, {co}",
   ("Wirrow Telecom", "Asante Gold Fields Services"), ("wirrowtelecom", "asantegoldservices"), x=("Network Engineering Graduate Scheme", "Graduate Mining Trainee Programme"), tz=("uk", "gh"), frm="Early Careers <earlycareers@{dom}>")
mo(NX, "ps-ineligible", "Written test – {role}",
   "Dear {n},\n\nYou are eligible for {role}. The written test holds on {dl}, 9 am prompt. Unfortunately late arrivals get turned back at the gate. Carry your ID card and two passport photographs.\n\nRecruitment Unit, {co}",
   ("Ghana Water Service Directorate", "Selangor Municipal Services"), ("gwsd", "selangormunicipal"), role=("Technical Officer", "Enforcement Assistant"), tz=("gh", "my"), frm="Recruitment Unit <recruit@{dom}>")
mo(NX, "hedge-agency", "Writing task – {role}",
   "Dear {n},\n\nNext, please write a one-page media brief on the attached scenario for return by {dl}. Unfortunately the directors give no extensions.\n\n{sig}\n{co}",
   ("Tessera Communications", "Brightwire PR"), ("tesseracomms", "brightwirepr"), role=("Account Executive", "Press Officer"), tz=("gh", "ng"))
mo(NX, "rec-care", "Compliance documents needed",
   "Hi {n},\n\nGreat news, the home wants to take you forward for {role}. Before I can book the interview I need your DBS or police check, two referees and a utility bill for proof of address, all by {dl}. Bad news: the portal is down, so email them to me.\n\n{sig}\n{co}",
   ("Lanternwell Care Staffing", "Harbour Nurses Agency"), ("lanternwellcare", "harbournurses"), role=("Senior Carer", "Night Nurse"), tz=("ni", "bs"))
mo(NX, "intern-hotel", "Internship – documents required",
   "Dear {n},\n\nThe {x} shortlist includes you. Kindly email your latest transcript plus a letter from your university by {dl}. Regrettably, files missing either go unread.\n\nTalent Development, {co}",
   ("Langkawi Shores Hotel Group", "Kanazawa Garden Hotels"), ("langkawishores", "kanazawagardenhotels"), x=("Hotel Operations Internship", "Summer Hospitality Internship"), tz=("my", "jp"), frm="Talent Development <talent@{dom}>")
mo(OF, "workable-trial", "You got it!",
   "Hey {n},\n\nYou smashed the trial shift – start as {role} on {dl}? Unfortunately aprons are stuck on back-order, so black clothes for week one.\n\n{sig}, {co}",
   ("Pressed Juice Bar", "Potter's Cay Conch Stand"), ("pressedjuice", "potterscayconch"), role=("Juicer", "Counter Cook"), tz=("nz", "bs"))
mo(OF, "rec-finance", "Offer – {role}",
   "Hi {n},\n\nBrilliant news: the client wants you as {role}, starting {dl}. Unfortunately payroll runs monthly there, so the first wage lands at month end. Contract follows.\n\n{sig}\n{co}",
   ("Keystone Talent Partners", "Hollowmere Search"), ("keystonetalent", "hollowmeresearch"), role=("Management Accountant", "Credit Controller"), tz=("ni", "my"))
mo(OF, "hedge-studio", "Offer letter – {role}",
   "Hey {n},\n\nThrilled to say the {role} role is yours. You'd start {dl}. Sadly our espresso machine remains dead, but the attached contract works fine.\n\n{sig}",
   ("Pixelfold Games", "Tangram Animation"), ("pixelfold", "tangramanimation"), role=("Level Designer", "Junior Animator"), tz=("cap", "usp"))
mo(OF, "gh-tyres", "Offer of employment",
   "Good morning {n},\n\nManagement approves your appointment as Shop Attendant at {co}. Report {dl} by 7:30 am. Unfortunately the canteen is being renovated, so carry your own food.\n\n{sig}\nManager",
   "Abrantie Tyres and Alignment", "abrantietyres", tz="gh")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-pickfold", "Status change: {role}",
   "Hi {n},\n\nPickfold recorded a change on your {role} application at {co}.\n\nNew status: Withdrawn by candidate\n\nPickfold keeps your other applications under My Applications.",
   ("Northshore Logistics Hub", "Kelpie Outdoor Gear"), ("northshorehub", "kelpieoutdoor"), role=("Inventory Controller", "E-commerce Assistant"), tz=("uk", "au"), frm="Pickfold <status@pickfold.example>")
mo("other_job", "ats-rolewick", "Application update",
   "<html><body><p>{n},</p><p>Your application for <b>{role}</b> ({co}) has been updated.</p><p>Stage: <b>On hold</b><br>Reason: Manager travelling</p></body></html>",
   ("Greengage Grocers", "Lantana Cay Resorts"), ("greengagegrocers", "lantanacay"), role=("Produce Lead", "Guest Services Agent"), tz=("cae", "bs"), frm="Rolewick Notifications <notify@rolewick.example>")
mo("other_job", "ps-delay", "Update on the recruitment timetable",
   "Dear {n},\n\nThe shortlisting meeting for Administrative Officer has moved from this week to the following week owing to the bank holiday. Sit tight meanwhile.\n\nPublic Appointments, {co}",
   "Department for Communities NI", "dfcni-jobs", tz="ni", frm="Public Appointments <appointments@{dom}>")
mo("job_alert", "alert-opticians", "New roles near you",
   "Hi {n},\n\nPicked for you from this week's listings: Optical Assistant (Belfast), Contact Lens Optician (Lisburn), Store Manager (Newry)." + "{FOOT}",
   "Brightlens Opticians", "brightlens", frm="Brightlens Jobs <alerts@{dom}>", tz="uk")
mo("job_alert", "alert-gyms", "This week's vacancies",
   "Hi {n},\n\nNew this week: Fitness Instructor (Scottburgh), Swim Coach (Kloof), Club Receptionist (Hillcrest)." + "{FOOT}",
   "FlexFit Clubs", "flexfitclubs", frm="FlexFit Jobs <alerts@{dom}>", tz="za")
mo("job_alert", "alert-toys", "Seasonal roles are open",
   "Hi {n},\n\nSeasonal hiring has started. Roles near you: Sales Assistant (Etobicoke), Stockroom Assistant (Mississauga), Gift Wrapper (Markham)." + "{FOOT}",
   "Kiteworld Toy Stores", "kiteworldtoys", frm="Kiteworld Careers <alerts@{dom}>", tz="cae")
mo("recruiter_outreach", "out-mining", "Plant maintenance role – interested?",
   "Hi {n},\n\nA gold miner near Prestea wants a Plant Maintenance Supervisor and your profile fits nicely. Solid package, four weeks on, two off. Could you spare fifteen minutes on the phone?\n\n{sig}\n{co}",
   "Pivotline Engineering Search", "pivotline", tz="gh")
mo("recruiter_outreach", "out-hotel", "Front office manager opportunity",
   "Hi {n},\n\nA boutique hotel in Kuantan needs a Front Office Manager and your years on the desk caught my eye. Thursday call?\n\n{sig}\n{co}",
   "Hollowmere Search", "hollowmeresearch", tz="my")
mo("non_job_rejection_words", "nj-mortgage", "Your mortgage application",
   "Dear {n},\n\nMortgage application {ref}: our underwriters have declined it. A copy of the credit file they looked at can be sent to you on request.\n\n{co} Lending",
   ("Loughside Building Society", "Bluehaven Home Loans"), ("loughside", "bluehavenloans"), tz=("ni", "bs"))
mo("non_job_rejection_words", "nj-allotment", "Allotment waiting list",
   "Dear {n},\n\nEvery plot at our allotment sites is let this season; your request is turned down for now. Your place in the queue is number {x}.\n\n{co} Allotments Officer",
   ("Ards Borough", "Tairawhiti Gardens"), ("ardsborough", "tairawhitigardens"), x=("23", "41"), tz=("ni", "nz"))
mo("non_job_rejection_words", "nj-parking", "Residents' parking permit",
   "Dear {n},\n\nYour residents' permit request is refused: your street lies just outside Zone C. Appeals are heard if lodged in 28 days.\n\nParking Services, {co}",
   "Mossburn Parking Services", "mossburnparking", tz="nz")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


pair("clockmending", "Tarnbellalder", "Ticklock Repairs", "ticklockrepairs", "uk",
     ("Clockmending bench – your enquiry", "Hello {n},\n\nThanks for asking about the clockmending bench. A lad fresh out of horological college starts at the bench on Monday, so it's taken. Do try me again after Easter.\n\n{sig}"),
     (A, "Clockmending bench – enquiry logged", "Hello {n},\n\nYour clockmending enquiry reached me. Taken or not, I always write back, usually within a fortnight, and I'll keep your letter whatever I decide.\n\n{sig}"))
pair("umbrellamaking", "Tarnbellbirch", "Brolly Works Belfast", "brollyworks", "ni",
     ("Umbrellamaking apprenticeship", "Hi {n},\n\nYour note about the umbrellamaking apprenticeship came in with a heap of others. A girl from Carrick who has sewn canopies before has got the place. Sorry, and all the best.\n\n{sig}"),
     (IV, "Umbrellamaking apprenticeship – come in", "Hi {n},\n\nWould you come in at 11 on {dl} and have a go at stitching a canopy? Sadly our heating's broken, so wear a jumper.\n\n{sig}"))
pair("charcoalburning", "Tarnbellcedar", "Coppice Kiln Co", "coppicekiln", "uk",
     ("Charcoalburning season crew", "Hi {n},\n\nThe charcoalburning crew for the summer burns is full up, and another pair of hands won't fit this year. Thanks for the letter, it made me smile.\n\n{sig}"),
     (NX, "Charcoalburning crew – forms", "Hi {n},\n\nBefore the summer burns I need your signed risk-assessment form and a photo of your chainsaw ticket by {dl}. Unfortunately I can't take scans, only clear photos.\n\n{sig}"))
pair("terrazzoing", "Tarnbelldamson", "Venetian Floors Ltd", "venetianfloorsltd", "usc",
     ("Terrazzoing helper position", "{n},\n\nGot your message on the terrazzoing helper job. We hired a guy with grinding experience last week, so the position is closed. Good luck out there.\n\n{sig}"),
     (OF, "Terrazzoing helper – offer", "{n},\n\nStart as our terrazzoing helper {dl}, $22 an hour. Unfortunately the truck seats three, so you'll meet us at the site.\n\n{sig}"))
pair("frenchpolishing", "Tarnbellelder", "Lacquer and Shellac Studio", "lacquershellac", "ie",
     ("Frenchpolishing assistant", "Hi {n},\n\nI was glad of your letter about frenchpolishing. An ex-student, at home with my shellac recipes already, joins me next month, so the assistant's stool is taken.\n\n{sig}"),
     (A, "Frenchpolishing assistant – thanks", "Hi {n},\n\nYour letter about frenchpolishing reached the workshop. My decision comes before the 30th, and I write to everybody; a no still means your name goes in my book for busy seasons.\n\n{sig}"))
pair("lensgrinding", "Tarnbellfir", "Prism Optics Workshop", "prismopticsws", "use",
     ("Lensgrinding technician application", "Hi {n},\n\nYour lensgrinding technician application got a proper look. The shop has hired someone who ran CNC surfacing machines at a lab in Trenton, so no interview slot is coming your way.\n\n{sig}"),
     (IV, "Lensgrinding technician – interview", "Hi {n},\n\nThe shop foreman wants to talk lensgrinding with you {dl}, 1 PM. Unfortunately visitor parking is taken that day; Elm Street has meters.\n\n{sig}"))
pair("typefounding", "Tarnbellgean", "Hot Metal Type Foundry", "hotmetaltype", "uk",
     ("Typefounding trainee", "Dear {n},\n\nYour letter asking to train in typefounding was a pleasure to read. We have given the single trainee place to an applicant from the print museum's volunteer scheme. With regret, and many thanks.\n\n{sig}"),
     (NX, "Typefounding trainee – next step", "Dear {n},\n\nNext for the typefounding traineeship: two referees' names and a page about your lettering work, both with us by {dl}. Regrettably the casting room is closed to visitors until then.\n\n{sig}"))
pair("letterpressing", "Tarnbellhazel", "Inkwell Letterpress", "inkwellpress", "nz",
     ("Letterpressing studio assistant", "Kia ora {n},\n\nThanks for applying for the letterpressing studio assistant role. Someone who has run an old windmill platen before got the nod. Cheers for your interest.\n\n{sig}"),
     (A, "Letterpressing assistant – got it", "Kia ora {n},\n\nThanks for your letterpressing application. We'll reply to everyone by the 20th, good news or bad, so no need to chase.\n\n{sig}"))
pair("knifemaking", "Tarnbellilex", "Forgeline Blades", "forgelineblades", "usm",
     ("Knifemaking shop helper", "Hi {n},\n\nAppreciate you applying to the knifemaking shop. A guy with years of forging behind him got the helper spot. Best of luck.\n\n{sig}"),
     (OF, "Knifemaking helper – offer", "Hi {n},\n\nCome join the knifemaking shop as helper starting {dl}. Unfortunately the AC died in June, so expect heat by the forge. Paperwork attached.\n\n{sig}"))
pair("bowyering", "Tarnbelljuniper", "Yew and Sinew Bows", "yewsinew", "cap",
     ("Bowyering apprenticeship", "Hi {n},\n\nThanks for writing about the bowyering apprenticeship. I've taken on an archer from our club who has tillered several bows. No spot left this year, sorry.\n\n{sig}"),
     (IV, "Bowyering apprenticeship – visit", "Hi {n},\n\nCould you visit the shop on {dl} at 10am to talk about the bowyering apprenticeship? Unfortunately our access road is rough gravel, so go slow.\n\n{sig}"))
pair("saddlemaking", "Tarnbellkowhai", "Outback Leather Saddlery", "outbackleather", "au",
     ("Saddlemaking role", "G'day {n},\n\nThanks for applying for the saddlemaking role. A young bloke got it, who finished his leatherwork cert in Mooroopna. Wish you all the best.\n\n{sig}"),
     (NX, "Saddlemaking role – trial piece", "G'day {n},\n\nFor the saddlemaking role, stitch a small sample piece and get it in the post to us by {dl}. Sadly we can't cover postage.\n\n{sig}"))
pair("whipmaking", "Tarnbelllarch", "Plaited Hide Whips", "plaitedhide", "au",
     ("Whipmaking work", "Hi {n},\n\nThanks for the email about whipmaking work. The plaiting bench is full with family this season, mate — no room for you.\n\n{sig}"),
     (A, "Whipmaking work – received", "Hi {n},\n\nGot your email about whipmaking work. I'll sort out the season's bench in March and let everyone know, yes or no.\n\n{sig}"))
pair("hurleymaking", "Tarnbellmaple", "Ash Grove Hurleys", "ashgrovehurleys", "ie",
     ("Hurleymaking job", "Hi {n},\n\nYour note about hurleymaking came on a busy week. The bench has gone to a minor hurler from the parish who's sanded bosses for us since he was twelve. Mind yourself.\n\n{sig}"),
     (IV, "Hurleymaking job – call in", "Hi {n},\n\nCall into the hurleymaking shed {dl} around 3 so we can chat. Unfortunately the band saw drowns everything, so it'll be out in the yard.\n\n{sig}"))
pair("crookmaking", "Tarnbellnutmeg", "Hillside Crooks and Sticks", "hillsidecrooks", "uk",
     ("Crookmaking helper", "Dear {n},\n\nYour crookmaking letter cheered me up no end. My neighbour's boy carves horn already and he's helping me this winter, so I'm set for hands.\n\n{sig}"),
     (OF, "Crookmaking helper – yes please", "Dear {n},\n\nYes please — come and help with crookmaking from {dl}, Tuesdays to Thursdays. Unfortunately the shed is unheated, so bring a warm coat.\n\n{sig}"))
pair("molecatching", "Tarnbelloak", "Greensward Pest Control", "greensward", "uk",
     ("Molecatching assistant", "Hi {n},\n\nThanks for applying for the molecatching assistant post. I've gone with someone who already holds a trapping certificate. Sorry, {n}.\n\n{sig}"),
     (NX, "Molecatching assistant – certificates", "Hi {n},\n\nBefore we go further with the molecatching assistant post, please send your driving licence and a reference by {dl}. Unfortunately I can't start you without them.\n\n{sig}"))
pair("cranberrying", "Tarnbellpine", "Bogside Cranberry Farm", "bogsidecranberry", "use",
     ("Cranberrying harvest crew", "Hi {n},\n\nThe cranberrying harvest crew for this fall is full, and we have to pass on your application.\n\n{sig}"),
     (IV, "Cranberrying crew – meet us", "Hi {n},\n\nSwing by the bog office {dl}, 9 AM, and meet the crew lead. Unfortunately waders aren't provided.\n\n{sig}"))
pair("maplesugaring", "Tarnbellquince", "Sugarbush Maple Farm", "sugarbushmaple", "cae",
     ("Maplesugaring season", "Hi {n},\n\nThanks for asking about maplesugaring work. We've hired our usual crew back for the sap run, so we have no opening this spring.\n\n{sig}"),
     (A, "Maplesugaring season – received", "Hi {n},\n\nYour note about maplesugaring work came through. The crew gets settled in February; room or no room, an email reaches you.\n\n{sig}"))
pair("rubbertapping", "Tarnbellrowan", "Ladang Getah Sri Melor", "getahsrimelor", "my",
     ("Rubbertapping supervisor post", "Dear {n},\n\nRefer to your application as rubbertapping supervisor. We regret to inform, an internal staff has been promoted to fill it. Best wishes for your career.\n\n{sig}"),
     (NX, "Rubbertapping supervisor – documents", "Dear {n},\n\nKindly email copies of your IC and SPM certificate latest by {dl} for the rubbertapping supervisor post. Unfortunately we cannot process your application without these.\n\n{sig}"))
pair("turfcutting", "Tarnbellsallow", "Bog Meadow Turf", "bogmeadowturf", "ni",
     ("Turfcutting season", "Hi {n},\n\nThanks for asking about the turfcutting. Enough hands this year already, so nothing doing, I'm afraid. Good luck to you.\n\n{sig}"),
     (A, "Turfcutting season – got your note", "Hi {n},\n\nGot your note about turfcutting. We'll sort the crew in April, and I'll text everybody that asked, in or out.\n\n{sig}"))
pair("treeplanting", "Tarnbellteak", "Fernline Reforestation", "fernlinereforest", "nz",
     ("Treeplanting crew application", "Kia ora {n},\n\nThanks for applying for the treeplanting crew. We've filled the winter gang with returning planters. All the best.\n\n{sig}"),
     (IV, "Treeplanting crew – meet up", "Kia ora {n},\n\nCould you meet the gang boss at the depot on {dl} at 8am? Sadly there's no public transport out there.\n\n{sig}"))
pair("shinglemaking", "Tarnbellumber", "Cedar Split Shingles", "cedarsplit", "cap",
     ("Shinglemaking job", "Hi {n},\n\nThanks for applying to the shinglemaking job. We've hired someone with splitting experience. Good luck.\n\n{sig}"),
     (OF, "Shinglemaking job – offer", "Hi {n},\n\nStart on the shinglemaking crew {dl}? Unfortunately pay comes every second Friday only.\n\n{sig}"))
pair("stuccoing", "Tarnbellwalnut", "Casa Blanca Plasterers", "casablancaplaster", "za",
     ("Stuccoing labourer", "Hi {n},\n\nGot your message about stuccoing work. We've taken on two guys from our last site, so there's no space now. Sharp.\n\n{sig}"),
     (NX, "Stuccoing labourer – safety induction", "Hi {n},\n\nPlease do the online safety induction by {dl} before you start stuccoing with us. Unfortunately it only works on a computer.\n\n{sig}"))
pair("pewtering", "Tarnbellyew", "Tankard and Plate Pewter", "tankardpewter", "uk",
     ("Pewtering workshop role", "Dear {n},\n\nThe pewtering workshop place has gone to a caster from Walsall with years at the ladle, and she has accepted.\n\n{sig}"),
     (A, "Pewtering workshop – received", "Dear {n},\n\nYour letter for the pewtering workshop is on my desk. Every applicant, taken on or turned away, hears from me by the 30th.\n\n{sig}"))
pair("kitemaking", "Tarnbellzelkova", "Skyhook Kites", "skyhookkites", "in",
     ("Kitemaking workshop vacancy", "Dear {n},\n\nRegarding the kitemaking workshop vacancy, a candidate from Palanpur has been selected. Best wishes from all at the workshop.\n\n{sig}"),
     (OF, "Kitemaking workshop – appointment", "Dear {n},\n\nYou are appointed to the kitemaking workshop with effect from {dl}. Unfortunately there is no lift to the cutting floor, so kindly use the stairs.\n\n{sig}"))
pair("drummaking", "Tarnbellholm", "Adinkra Drum Works", "adinkradrum", "gh",
     ("Drummaking apprentice", "Good afternoon {n},\n\nYour letter about the drummaking apprenticeship got to us. Please, the place is taken by another applicant. God be with you.\n\n{sig}"))
wo("job_alert", "alr-tarnbell", "Tarnbellalder: new trade openings", "Hi {n},\n\nNew on Tarnbellalder this week: bench clockmaker (Dunmow), canopy stitcher (Belfast), kiln assistant (Dorset).", "Tarnbellalder", "tarnbellalder", frm="Tarnbellalder <alerts@tarnbellalder.example>", tz="uk")
wo("non_job_rejection_words", "nj-librarycard", "Your library card application", "Hello {n},\n\nYour library card application was rejected because the proof of address was older than three months. Please bring a recent bill to any branch.\n\nLibrary Services", "Borough Libraries", "boroughlibraries", frm="Library Services <cards@{dom}>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, cat 2, afr 2, ell 2, fin, hrv); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + lang + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("dhowyard", "ar", "حوض الخور لبناء القوارب", "khordhowyard", "ae",
   ("بشأن طلبكِ لوظيفة مساعدة إدارية", "عزيزتي {n}،\n\nنشكركِ على اهتمامكِ بالعمل في حوض بناء القوارب لدينا. بعد مراجعة جميع الطلبات، استقر رأي الإدارة على زميلة تعمل معنا منذ سنتين. مع أطيب الأمنيات لكِ.\n\nمع خالص التحية،\n{sig}\n{co}"),
   (A, "تم استلام طلبكِ", "عزيزتي {n}،\n\nوصلنا طلبكِ لوظيفة مساعدة إدارية في حوض القوارب. سنبلغ جميع المتقدمين بالنتيجة، قبولاً كانت أم اعتذاراً، خلال ثلاثة أسابيع من إغلاق باب التقديم.\n\nمع خالص التحية،\n{sig}\n{co}"))
lp("seilbahn", "de", "Bergbahnen Hochalm", "bergbahnenhochalm", "at",
   ("Ihre Bewerbung als Liftwart", "Guten Tag {full},\n\nIhre Bewerbung als Liftwart bei den {co} hat uns gefreut. Die Stelle geht diesmal an einen Bewerber mit abgeschlossener Seilbahnprüfung, sodass wir Ihnen leider absagen müssen.\n\nMit freundlichen Grüßen\n{sig}"),
   (IV, "Einladung zum Vorstellungsgespräch", "Guten Tag {full},\n\ngerne möchten wir Sie kennenlernen: am {dl}, 10 Uhr, im Büro an der Talstation. Leider bekommt der Parkplatz gerade neuen Asphalt, daher empfehlen wir die Anreise mit dem Linienbus.\n\nMit freundlichen Grüßen\n{sig}\n{co}"))
lp("marimbas", "es", "Taller de Marimbas Chiapaneco", "marimbaschiapaneco", "mx",
   ("Tu solicitud para el taller", "Hola, {n}:\n\nNos dio gusto que escribieras al taller de marimbas. Después de revisar las solicitudes, elegimos a otra persona con más experiencia en afinación. Te deseamos mucho éxito.\n\nSaludos cordiales,\n{sig}\n{co}"),
   (NX, "Documentos pendientes", "Hola, {n}:\n\nPara seguir con tu proceso, mándanos tu INE, un comprobante de domicilio y dos referencias a más tardar el {dl}. Lamentablemente no aceptamos fotos borrosas.\n\nSaludos,\n{sig}\n{co}"))
lp("chocolatier", "fr", "Chocolaterie Vanderzande", "chocolaterievdz", "be",
   ("Votre candidature", "Bonjour {n},\n\nMerci pour votre candidature. Ce poste d'aide-chocolatier revient toutefois à une personne déjà rodée au tempérage, et nous ne pourrons pas donner suite. Bonne chance pour la suite.\n\nCordialement,\n{sig}\n{co}"),
   (OF, "Proposition d'engagement", "Bonjour {n},\n\nBonne nouvelle : l'atelier vous engage comme aide-chocolatier dès le {dl}. Malheureusement, les tabliers ne sont pas encore livrés : prévoyez une tenue claire pour la première semaine.\n\nCordialement,\n{sig}\n{co}"))
lp("dhaba", "hi", "हाईवे किनारा ढाबा", "highwaykinaradhaba", "in",
   ("रसोई सहायक पद के बारे में", "नमस्ते {n} जी,\n\nरसोई सहायक वाली नौकरी पर आपकी चिट्ठी पढ़ी। सेठजी ने यह काम अपने गाँव के एक लड़के को दे दिया है। आगे सब अच्छा हो, यही कामना है।\n\nधन्यवाद,\n{sig}\n{co}"),
   (A, "पत्र पहुँच गया", "{n} जी, प्रणाम।\n\nढाबे के पते पर भेजा आपका ख़त मालिक ने पढ़ लिया है। फ़ैसला जो भी हो, पंद्रह तारीख़ से पहले आप जैसे हर आवेदक के मोबाइल पर संदेश पहुँच जाएगा।\n\nधन्यवाद,\n{sig}\n{co}"))
lp("telai", "it", "Telai Artigiani Brianza", "telaibrianza", "it",
   ("La sua candidatura", "Gentile {full},\n\ngrazie della lettera per il posto di saldatore di telai. Abbiamo preso un ragazzo che salda a TIG da anni, quindi per ora non possiamo proseguire con lei. Auguri per tutto.\n\nCordiali saluti,\n{sig}\n{co}"),
   (IV, "Invito a colloquio", "Gentile {full},\n\nvorremmo conoscerla in officina il {dl} alle 15:00. Purtroppo il citofono non funziona, quindi ci chiami al cellulare appena arriva.\n\nCordiali saluti,\n{sig}\n{co}"))
lp("tatami", "ja", "堀田畳店", "hottatatami", "jp",
   ("選考結果のご連絡", "{n}様\n\nこの度は畳職人見習いの募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は別の方を採用させていただくことになりました。{n}様の今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}"),
   (NX, "書類提出のお願い", "{n}様\n\n先日はご応募ありがとうございました。次の選考に進んでいただくため、履歴書と職務経歴書を{dl}までにご郵送ください。なお、残念ながらメールでの提出は受け付けておりません。\n\n{co}\n{sig}"))
lp("kimchi", "ko", "맛고을 김치", "matgoeulkimchi", "kr",
   ("지원 결과 안내", "{n}님께\n\n저희 김치 공장 생산직에 지원해 주셔서 고맙습니다. 아쉽지만 이번 채용에서는 경력이 있는 분을 모시게 되었습니다. 건강하시고 좋은 소식 있으시길 바랍니다.\n\n{sig} 드림\n{co}"),
   (OF, "최종 합격 안내", "{n}님께\n\n생산직에 최종 합격하셨음을 알려 드립니다. 첫 출근일은 {dl}입니다. 아쉽게도 작업복이 아직 준비되지 않아 첫 주에는 편한 옷을 입고 오시기 바랍니다.\n\n{sig} 드림\n{co}"))
lp("azulejos", "pt", "Oficina de Azulejos da Ribeira", "azulejosribeira", "pt",
   ("A sua candidatura", "Olá {n},\n\nA sua carta sobre o lugar na oficina de restauro de azulejos. agradou-nos muito, mas a escolha recaiu sobre uma antiga aluna de conservação, que começa já em março. Boa sorte e até breve.\n\nCumprimentos da Ribeira,\n{sig}\n{co}"),
   (A, "Candidatura recebida", "Olá {n},\n\nA sua carta chegou à oficina. Quem nos escreve recebe resposta, seja sim seja não, antes do dia 30.\n\nCumprimentos da Ribeira,\n{sig}\n{co}"))
lp("teplohod", "ru", "Волжские речные прогулки", "volzhskieprogulki", "ru",
   ("Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию матроса. На эту навигацию к нам возвращается прошлогодний экипаж, поэтому свободных мест на теплоходе нет. Всего доброго!\n\nС уважением,\n{sig}\n{co}"),
   (IV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nПриглашаем вас на собеседование {dl} в 11:00 в офисе на причале. К сожалению, пропуск на территорию порта оформляют только по паспорту, не забудьте его.\n\nС уважением,\n{sig}\n{co}"))
lp("lodge", "sw", "Serengeti Kambi Lodge", "serengetikambi", "tz",
   ("Ombi lako la kazi", "Habari {n},\n\nAsante kwa kuomba nafasi ya mhudumu wa mapokezi katika hoteli yetu ya kitalii. Baada ya kupitia maombi yote, tumemchagua mwombaji mwingine. Tunakutakia kila la heri.\n\nWako,\n{sig}\n{co}"),
   (NX, "Nyaraka zinahitajika", "Habari {n},\n\nTafadhali tuma nakala ya cheti chako cha kidato cha nne na barua ya mdhamini kabla ya tarehe {dl}. Samahani, nyaraka zinazotumwa kwa ujumbe wa simu hazipokelewi.\n\nWako,\n{sig}\n{co}"))
lp("longtail", "th", "อันดามันหางยาวทัวร์", "andamanlongtail", "th",
   ("ผลการสมัครงาน", "สวัสดีค่ะ คุณ{n}\n\nขอบคุณที่สนใจสมัครตำแหน่งไกด์นำเที่ยวทางเรือกับเรา หลังจากพิจารณาแล้ว ทางบริษัทได้เลือกผู้สมัครท่านอื่นสำหรับตำแหน่งนี้ค่ะ ขอให้โชคดีในการหางานนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}"),
   (IV, "นัดสัมภาษณ์งาน", "เรียน คุณ{n}\n\nทางเราขอนัดคุณมาพูดคุยที่ท่าเรือของบริษัท วันที่ {dl} ตอนสิบโมงค่ะ เสียดายที่ลานจอดรถเต็มแล้ว กรุณาเดินทางด้วยรถสาธารณะนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}"))
lp("hamam", "tr", "Tarihi Çinili Hamam", "cinilihamam", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nHamamımızın resepsiyon ilanına başvurduğunuz için çok sağ olun. Bu dönem için resepsiyonda daha önce otelcilik yapmış bir arkadaşı tercih ettik. İş aramanızda kolaylıklar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}"),
   (NX, "Eksik belgeler", "Merhaba {n},\n\nSürecin devam edebilmesi için {dl} tarihine kadar bir sağlık raporu ile e-Devlet'ten alınmış adli sicil belgesi iletmeniz gerekiyor. Maalesef eksik dosyalar işleme alınmıyor.\n\nSaygılarımızla,\n{sig}\n{co}"))
lp("truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahaltruckart", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n} صاحبہ،\n\nٹرک آرٹ کارخانے میں نقش نگاری سیکھنے کی آپ کی درخواست ملی۔ یہ جگہ استاد جی کے پرانے شاگرد کی بیٹی کو مل گئی ہے۔ آپ کی آئندہ کوششوں کے لیے دعائیں۔\n\nوالسلام،\n{sig}\n{co}"),
   (OF, "ملازمت کی پیشکش", "محترمہ {n} صاحبہ،\n\nاستاد جی نے نقش نگاری کی جگہ آپ کے نام کر دی ہے، کام {dl} سے شروع ہوگا۔ افسوس، کارخانے کا پنکھا ابھی تک ٹھیک نہیں ہوا۔\n\nوالسلام،\n{sig}\n{co}"))
lp("jiaozi", "zh", "老北门饺子馆", "laobeimenjiaozi", "cn",
   ("应聘结果通知", "{n}您好：\n\n感谢您应聘本店面点师一职。经过认真考虑，我们已录用了另一位更有经验的应聘者。祝您早日找到理想的工作。\n\n此致\n{sig}\n{co}"),
   (OF, "录用通知", "{n}您好：\n\n很高兴通知您，您已被录用为本店面点师，请于{dl}上午九点报到。遗憾的是员工宿舍暂时已满，需要您自行安排住宿。\n\n此致\n{sig}\n{co}"))
lp("oppdrett", "nor", "Fjordlaks Havbruk", "fjordlakshavbruk", "no",
   ("Søknad på stilling som driftsoperatør", "Hei {n},\n\nTakk for søknaden din til stillingen som driftsoperatør på anlegget vårt. Valget falt på en lokal søker med fagbrev i akvakultur og mange år på merdene. Lykke til videre!\n\nVennlig hilsen\n{sig}\n{co}"),
   (IV, "Invitasjon til intervju", "Hei {n},\n\nKan du komme på en prat {dl} klokka 10 på kontoret vårt ved kaia. Dessverre går ferja bare annenhver time, så beregn god tid.\n\nVennlig hilsen\n{sig}\n{co}"))
lp("padling", "nor", "Nordvik Padlesenter", "nordvikpadling", "no",
   ("Sesongjobb som padleguide", "Hei {n},\n\nTakk for interessen for sesongjobb hos oss. Alle plassene som padleguide denne sommeren er allerede fylt, så vi kan ikke tilby deg jobb nå.\n\nHilsen\n{sig}\n{co}"),
   (A, "Søknaden er kommet fram", "Hei {n},\n\nSøknaden har kommet fram til oss. Etter fristen leser vi gjennom alt, og alle får svar, enten det blir ja eller nei.\n\nHilsen\n{sig}\n{co}"))
lp("torrons", "cat", "Torrons Artesans Vilaplana", "torronsvilaplana", "es",
   ("La teva candidatura", "Hola, {n}:\n\nGràcies per presentar-te a la feina d'ajudant d'obrador de torrons. Al final ens quedem amb una noia del poble que ja coneix l'obrador de quan era petita. Et desitgem molta sort.\n\nSalutacions,\n{sig}\n{co}"),
   (A, "Hem rebut la teva candidatura", "Hola, {n}:\n\nHem rebut el teu currículum, gràcies. Sigui quina sigui la decisió, respondrem a tothom abans de final de mes.\n\nSalutacions,\n{sig}\n{co}"))
lp("vela", "cat", "Club Nàutic Cala Rovira", "nauticcalarovira", "es",
   ("Monitor de vela – resposta", "Hola, {n}:\n\nMoltes gràcies per l'interès en la plaça de monitor de vela. Aquest estiu hem optat per un candidat amb el títol de patró, i per tant no podem comptar amb tu. Ens sap greu.\n\nUna abraçada,\n{sig}\n{co}"),
   (NX, "Documentació pendent", "Hola, {n}:\n\nPer continuar amb el procés, envia'ns el títol de primers auxilis i una còpia del DNI abans del {dl}. Malauradament no acceptem fotos fetes amb el mòbil.\n\nSalutacions,\n{sig}\n{co}"))
lp("volstruis", "afr", "Kannaland Volstruisplaas", "kannalandvolstruis", "za",
   ("Jou aansoek", "Goeie dag {n},\n\nJou brief oor die werk as plaasassistent by die volstruise het ons bereik. Oom Koos het egter sy buurman se seun aangestel, wat al jare met voëls werk. Mooi bly.\n\nVriendelike groete\n{sig}\n{co}"),
   (A, "Aansoek ontvang", "Goeie dag {n},\n\nJou brief is hier. Ja of nee, teen die dertigste hoor elkeen wat geskryf het van ons.\n\nVriendelike groete\n{sig}\n{co}"))
lp("rooibos", "afr", "Bergvallei Rooibos Landgoed", "bergvalleirooibos", "za",
   ("Pos as oesopsigter", "Hallo {n},\n\nLekker om van jou te hoor oor die oesopsigter se pos. Ongelukkig is die pos reeds gevul deur iemand wat al vyf seisoene op die berg oes.\n\nGroete\n{sig}\n{co}"),
   (NX, "Dokumente benodig", "Hallo {n},\n\nStuur asseblief voor {dl} 'n afskrif van jou ID saam met twee verwysings. Ongelukkig kan die kantoor sonder hulle niks verder doen nie.\n\nGroete\n{sig}\n{co}"))
lp("taverna", "ell", "Ταβέρνα Το Λιμανάκι", "tavernalimanaki", "gr",
   ("Η αίτησή σας", "Καλησπέρα {n},\n\nΛάβαμε το βιογραφικό σας για το σέρβις της ταβέρνας. Φέτος θα δουλέψει μαζί μας ο ανιψιός του ιδιοκτήτη, οπότε η θέση καλύφθηκε. Καλή συνέχεια!\n\nΜε εκτίμηση,\n{sig}\n{co}"),
   (IV, "Πρόσκληση για συνέντευξη", "Καλησπέρα {n},\n\nΘα θέλαμε να σας γνωρίσουμε στις {dl}, στις 12:00, στην ταβέρνα. Δυστυχώς δεν υπάρχει χώρος στάθμευσης κοντά, οπότε ελάτε με το λεωφορείο.\n\nΜε εκτίμηση,\n{sig}\n{co}"))
lp("skafi", "ell", "Ενοικιάσεις Σκαφών Νάξου", "naxosboats", "gr",
   ("Θέση στην ενοικίαση σκαφών", "Γεια σας {n},\n\nΕυχαριστούμε για την αίτηση. Για φέτος προσλάβαμε κάποιον που έχει ήδη δίπλωμα ταχυπλόου, οπότε δεν μπορούμε να σας προσφέρουμε τη θέση.\n\nΦιλικά,\n{sig}\n{co}"),
   (OF, "Πρόταση εργασίας", "Γεια σας {n},\n\nΗ θέση στην ενοικίαση σκαφών είναι δική σας, με έναρξη τις {dl}. Δυστυχώς οι στολές δεν έχουν έρθει ακόμα.\n\nΦιλικά,\n{sig}\n{co}"))
lp("sauna", "fin", "Löylypaja Oy", "loylypaja", "fi",
   ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi saunanrakentajan harjoittelijaksi. Tällä kertaa valitsimme valmiin puusepän. Toivotamme onnea työnhakuun.\n\nYstävällisin terveisin\n{sig}\n{co}"),
   (IV, "Kutsu haastatteluun", "Hei {n},\n\nKutsumme sinut haastatteluun {dl} klo 10 verstaallemme. Valitettavasti pihassa ei ole parkkitilaa, joten tulethan bussilla.\n\nTerveisin\n{sig}\n{co}"))
lp("charter", "hrv", "Jadran Plovidba Charter", "jadranplovidba", "hr",
   ("Vaša prijava", "Dobar dan, {n},\n\nhvala na vašem javljanju za posao skipera. Ove sezone brodove će voditi naš dosadašnji skiper i njegov brat, pa za vas nažalost nemamo mjesta. Sretno u daljnjoj potrazi.\n\nSrdačan pozdrav,\n{sig}\n{co}"))
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


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1 for the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def summer(rule: str, day: dt.date) -> bool:
    """True on the days a zone keeps its second offset (summer time)."""
    y = day.year
    spans = {  # (first day, first day after, whether the span is the summer or the winter)
        "eu": (nth_weekday(y, 3, 6, -1), nth_weekday(y, 10, 6, -1), True),
        "us": (nth_weekday(y, 3, 6, 2), nth_weekday(y, 11, 6, 1), True),
        "au": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 10, 6, 1), False),
        "nz": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 9, 6, -1), False),
        "il": (nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), nth_weekday(y, 10, 6, -1), True),
    }
    if rule not in spans:
        return False
    start, end, is_summer = spans[rule]
    return (start <= day < end) == is_summer


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, rule = ZONES[zone]
    text = dst if dst and summer(rule, day) else std
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def local(day: dt.date, hour: int, minute: int, second: int, zone: str) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=offset_for(zone, day))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DRAW - FIRST_DAY).days + 1))
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS[REGION.get(zone, zone)]


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (year, month, day), the usual arithmetic conversion."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang == "fas":  # the Solar Hijri calendar in Persian digits
        jy, jm, jd = jalali(day)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(DIGITS["fas"])
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        text = style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
        return text.translate(DIGITS.get(lang, {}))
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, {clock}"
    return f"{q.day} {q:%b %Y}, {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        signers: list[str] = []
        for i in range(t.copies):
            who = people[i]
            zone = t.tz[i % len(t.tz)]
            sig = rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
            signers.append(sig)
            sent = when_sent(rng, zone)
            qday = sent.date() - dt.timedelta(days=rng.randint(2, 9))
            quoted = local(qday, rng.randint(7, 21), rng.randrange(60), 0, zone)
            later = sent.date() + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5 or (later.month, later.day) in {(12, 25), (12, 26), (1, 1)}:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)] + ".example", "role": t.role[i % len(t.role)],
                "x": t.x[i % len(t.x)], "y": t.y[i % len(t.y)],
                "q": q_outlook, "gq": q_gmail, "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
            slots["N"], slots["DL"] = slots["n"].upper(), slots["dl"].upper()
            slots["CO"], slots["SIG"] = slots["co"].upper(), slots["sig"].upper()
            slots["x"] = fill(slots["x"], slots)
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
        rec["id"] = f"blind103:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 102; this slice, slice 104 and any later one are skipped by number."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= SKIP_FROM:
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
