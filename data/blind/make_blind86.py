# ruff: noqa: E501, S311
"""Write the eighty-sixth sealed blind slice for issue 11 (blind-slice-86.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 85; slice 86 and later never read; our side printed)
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

SEED = 860861
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-86.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 86
SKIP_FROM = 86  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 14)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest

RECIPIENTS = [
    "Harriet Pemberton-Lowe", "Donnacha Whelan", "Keerthana Balaji", "Ewan Lockhart", "Thandiwe Mkhize",
    "Rawiri Pohatu", "Georgina Ashdown", "Órla Kinsella", "Chukwuemeka Nwosu", "Philippa Dunmore",
    "Oluwaseun Bakare", "Nosipho Zungu", "Raghav Kulkarni", "Tadhg Ó Briain", "Amarachi Obi",
    "Quentin Farrow", "Manaia Rangi", "Niamh Cleary", "Sreeja Nair", "Barry Colgan",
    "Mpho Ramaphakela", "Bilal Chaudhry", "Aditya Rao", "Akinyi Otieno", "Grainne Tobin",
    "Princess Dimaculangan", "Obiora Ilechukwu", "Lavanya Krishnan", "Carys Whitcombe", "Tobiloba Ajayi",
    "Josephine Hardcastle", "Kavya Pillai", "Chebet Kiprono", "Jean-Sébastien Gagnon", "Eoghan Mac Carthaigh",
    "Maricel Santiago", "Agnes Threadgold", "Tevita Lolohea", "Divya Venkatesh", "Fraser McAlpine",
]
REGION_SIGNERS = {
    "uk": ["Philippa Ormerod", "Gethin Rowlands", "Shabana Akhtar", "Rupert Alderton", "Morven Guthrie", "Yaw Mensah-Hart"],
    "ie": ["Sorcha Ní Bhriain", "Dermot Hession", "Caitríona Joyce", "Ronan Kiely"],
    "us": ["Lupe Castañeda", "Amos Stoltzfus", "Tamika Greenlee", "Nils Haugland", "Miriam Katz"],
    "ca": ["Geneviève Bouchard", "Harjit Sandhu", "Oksana Melnyk", "Iain MacNeil"],
    "au": ["Narelle Hutchins", "Dimitri Papadakis", "Jodie Kerslake", "Thanh Nguyen"],
    "nz": ["Mere Tawhiri", "Fiona Baillie", "Viliami Taufa", "Hine Parekura"],
    "za": ["Nomvula Khumalo", "Pieter Joubert", "Dineo Motaung", "Riaan van Wyk"],
    "in": ["Meenakshi Sundaram", "Rakesh Pandey", "Shabnam Qureshi", "Prakash Hegde"],
    "ng": ["Adebola Ogundipe", "Ifeoma Chukwu"], "ke": ["Wambui Karanja", "Kiprop Ruto"],
    "ph": ["Marites Dumalagan", "Bong Villaruel"], "sg": ["Tan Mei Ling", "Muthu Ramasamy"],
    "de": ["Ulrike Brandstätter", "Henning Wachsmuth"], "br": ["Thiago Nascimento", "Juliana Prado"],
    "jp": ["Ishikawa Naoko", "Morita Shinji"], "kr": ["Park Seo-yeon", "Lee Jun-ho"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["ليلى الحوراني", "منى الزعبي"], "de": ["Gudrun Eichhorn", "Tobias Rehbein"],
    "es": ["Remedios Ortega", "Nicolás Barranco"], "fr": ["Solène Marchand", "Baptiste Girardot"],
    "hi": ["हरप्रीत कौर", "योगेश बाजपेयी"], "it": ["Lucia Ferretti", "Alberto Manzoni"],
    "ja": ["山本 和子", "松井 健二"], "ko": ["정미경", "오승민"], "pt": ["Margarida Sousa", "Rui Carvalho"],
    "ru": ["Ольга Кузнецова", "Андрей Смирнов"], "sw": ["Zuhura Hamisi", "Omari Bakari"],
    "th": ["ปราณี ทองดี", "รัตนา สุขสม"], "tr": ["Zeynep Demir", "Mehmet Kılıç"],
    "ur": ["ثمینہ ملک", "نصرت جہاں"], "zh": ["王秀英", "陈建国"],
    "tgl": ["Lorna Dizon", "Ramil Aquino"], "cat": ["Núria Puig", "Jordi Casals"],
    "afr": ["Marietjie Fourie", "Johan du Plessis"], "nor": ["Ingrid Haugen", "Eirik Solberg"],
    "fin": ["Satu Virtanen", "Mikko Laine"], "slk": ["Zuzana Hudecová", "Peter Baláž"],
    "ukr": ["Олена Коваленко", "Тарас Бондар"], "hun": ["Nagy Katalin", "Szabó Gábor"],
    "ell": ["Ελένη Παπαδοπούλου", "Γιώργος Νικολάου"], "hrv": ["Ivana Babić", "Tomislav Jurić"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الخطيب", "دعاء منصور"], "de": ["Katharina Vogt", "Florian Hessel"],
    "es": ["Lucía Navarro", "Álvaro Montes"], "fr": ["Camille Rousseau", "Mathis Lefèvre"],
    "hi": ["तन्वी खरे", "अभिनव ठाकुर"], "it": ["Chiara Esposito", "Davide Ricciardi"],
    "ja": ["高橋 由美", "伊藤 翔"], "ko": ["김하늘", "박준영"], "pt": ["Inês Martins", "Tiago Ferreira"],
    "ru": ["Екатерина Орлова", "Дмитрий Попов"], "sw": ["Rehema Mwakyusa", "Baraka Mushi"],
    "th": ["ลลิตา คำแก้ว", "ธนากร แสงทอง"], "tr": ["Ayşe Çelik", "Emre Arslan"],
    "ur": ["فریحہ احمد", "زینب رضا"], "zh": ["刘晓燕", "周子轩"],
    "tgl": ["Jhoanna Reyes", "Mark Anthony Cruz"], "cat": ["Laia Ferrer", "Pau Soler"],
    "afr": ["Anneke Botha", "Werner Kotzé"], "nor": ["Silje Moen", "Håkon Berg"],
    "fin": ["Johanna Heikkinen", "Ville Nieminen"], "slk": ["Ľubica Kováčová", "Martin Horváth"],
    "ukr": ["Ірина Шевчук", "Богдан Ткаченко"], "hun": ["Kovács Eszter", "Tóth Bence"],
    "ell": ["Μαρία Κωνσταντίνου", "Νίκος Αλεξίου"], "hrv": ["Petra Novak", "Marko Kovačević"],
}
GIVEN = {
    "Sorcha Ní Bhriain": "Sorcha", "Tadhg Ó Briain": "Tadhg", "Eoghan Mac Carthaigh": "Eoghan", "Jean-Sébastien Gagnon": "Jean-Sébastien",
    "Tan Mei Ling": "Mei Ling", "Ishikawa Naoko": "Naoko", "Morita Shinji": "Shinji", "Harriet Pemberton-Lowe": "Harriet",
    "Park Seo-yeon": "Seo-yeon", "Lee Jun-ho": "Jun-ho", "Princess Dimaculangan": "Princess", "Mark Anthony Cruz": "Mark Anthony",
    "山本 和子": "和子", "松井 健二": "健二", "高橋 由美": "由美", "伊藤 翔": "翔",
    "Nagy Katalin": "Katalin", "Szabó Gábor": "Gábor", "Kovács Eszter": "Eszter", "Tóth Bence": "Bence",
    "Lupe Castañeda": "Lupe",
}
PROVIDERS = ["lanternpost", "chalkbox", "kettlemail", "tinderpost", "flintbox", "cinderpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"), "ba": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""), "np": ("+0545", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "idn": ("+0700", None, ""), "my": ("+0800", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "rs": ("+0100", "+0200", "eu"), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ht": ("-0500", "-0400", "us"), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")



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
    TEMPLATES.append(T(part, label, kind, f"blind86-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, cheers for the walk-through on Tuesday, it helped no end. My first-aid card number and Mrs Ferreira-Quist's mobile sit below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} ({role}) – update", "Hello {n},\n\nAn update on requisition {ref}, {role} at {co}: it has been shut, nobody appointed, as {x}. Your application closes with it.\n\nOther openings remain listed on your candidate home page.\n\n{co} Talent Acquisition", ("Alnilam Cold Chain", "Mintaka Parcels"), ("alnilam-coldchain", "mintaka-parcels"), role=("Reach Truck Driver", "Returns Sorter"), tz=("uk", "usc"), x=("the chilled aisle work has been handed to our Castleford depot", "the returns desk is being folded into our Kankakee building"))
mr("gh", "Your application to {co}", "Hi {n},\n\nThe {role} process took real hours of your time, and we noticed. Following the final round, a different finalist received our offer and accepted it this week, which means your application closes here.\n\nGood luck out there,\n{sig}\n{co}", ("Rigel Instruments", "Pollux Harpsichords"), ("rigel-instruments", "pollux-harpsichords"), role=("Calibration Technician", "Harpsichord Quilling Assistant"), tz=("use", "ie"))
mr("lv", "{co} – {role}", "Hello {n},\n\nThanks for your interest in {role}. This opening won't go your way, we're afraid. With your say-so, the profile sits in our files {x} in case a closer match pops up; reply REMOVE to have it wiped.\n\nKind regards,\n{co} People Team", ("Vega Fermentary", "Deneb Tea Blenders"), ("vega-fermentary", "deneb-tea"), role=("Natto Line Operator", "Tea Tasting Trainee"), tz=("au", "sg"), x=("nine months", "eighteen months"))
mr("sr", "Application status – {co}", "<html><body><p>Dear {n},</p><p>A status change was logged on your file.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x}</td></tr></table><p>We appreciate the care taken over your form.</p><p>{co} Recruitment</p></body></html>", ("Capella Ferries", "Altair Lifts"), ("capella-ferries", "altair-lifts"), role=("Car Deck Marshal", "Lift Engineer Improver"), tz=("nz", "za"), x=("vacancy given to a crew member moving across from the night sailing", "vacancy taken by an apprentice finishing with us"))
mr("ic", "{co}: {role} (Req {ref})", "Dear {n},\n\nThank you for applying. Your candidacy for {role} is now marked Not Selected – {x}. The screen against the posting's must-haves runs before any interview list is drawn up.\n\nSincerely,\nTalent Operations, {co}", ("Antares Haulage Partners", "Arcturus Ambulance Transport"), ("antares-hp", "arcturus-medtransport"), role=("Tanker Driver (Class A)", "Non-Emergency Transport Driver"), tz=("usm", "cae"), x=("Tanker Endorsement Not Shown", "Driver Abstract Not Uploaded"))
mr("tl", "Job posting {ref} – {role}", "Dear {n},\n\nWe're writing about the {role} posting you applied to at {co}. That posting has been {x}; nobody will progress from it.\n\nWe appreciate your interest; fresh postings go up on our careers pages every Wednesday.\n\n{co} Staffing", ("Spica Hotels Group", "Regulus Resorts"), ("spica-hotels", "regulus-resorts"), role=("Night Auditor", "Pool Attendant"), tz=("cap", "in"), x=("withdrawn because night audits will be run from the group office", "cancelled while the pool hall is relined this season"))
mr("wk", "Update on your {role} application", "Hi {n},\n\n{x} people sent forms for {role} at {co}, and {y} got the call for a paid trial day. This round, that list didn't include you. Sorry, we know forms like ours eat an evening.\n\nThanks again,\n{sig}, {co}", ("Procyon Bakehall", "Sirius Noodle Bar"), ("procyon-bakehall", "sirius-noodles"), role=("Laminating Baker", "Wok Cook"), tz=("uk", "au"), x=("Eighty-seven", "A hundred and thirty-one"), y=("four", "six"))
mr("bh", "{co} – about the {role} job", "Hi {n},\n\nCheers for your interest in {role}. {x}, which leaves no gap for a new starter.\n\nCheers,\n{sig}\n{co}", ("Fomalhaut Garden Supplies", "Canopus Kayak Hire"), ("fomalhaut-garden", "canopus-kayaks"), role=("Weekend Yard Hand", "Kayak Guide"), tz=("ie", "nz"), x=("The weekend shifts have been soaked up by our existing part-timers", "The guiding slots went to last summer's guide who came back to us"))
mr("tt", "Your application – {co}", "Dear {n},\n\nMany thanks for applying as {role}. We read your documents carefully. In the end we chose a different person, because their experience fits nearer to our daily work.\n\nFor the coming search we keep fingers crossed.\n\nWarm greetings\n{sig}\n{co}", ("Hadar Optik", "Acrux Fahrradwerk"), ("hadar-optik", "acrux-fahrrad"), role=("Lens Edger", "Bicycle Assembler"), tz=("de", "de"))
mr("pp", "Shortlisting outcome – {role}", "Dear {n},\n\nYour {role} form with {co} has been marked against the person spec. It received {x}; invitations went to forms on {y} or more. So, no interview invitation on this round, sorry.\n\nThanks for caring about what we do.\n\n{co} HR", ("Gacrux Rivers Trust", "Shaula Wildlife Rescue"), ("gacrux-rivers", "shaula-rescue"), role=("Catchment Officer", "Animal Care Assistant"), tz=("uk", "uk"), x=("17 out of 45", "13 out of 40"), y=("28", "22"))
mr("jz", "{role} at {co}", "Hello {n},\n\nBig thanks for the {role} application. A performer with four touring seasons behind them has taken the spot. Sorry, no slot for you at the moment.\n\n{sig}\n{co}", ("Sargas Big Top", "Nunki Family Fun Days"), ("sargas-bigtop", "nunki-fundays"), role=("Rigging Hand", "Bouncy Castle Supervisor"), tz=("usc", "use"))
mr("ab", "{co} | {role}", "Hi {n}!\n\nSalamat po, your {role} application arrived. We went through every folder and other applicants were chosen for this batch. Please don't lose heart, ha, and do try again when we post next.\n\nGod bless,\n{sig}\n{co}", ("Kaus Coconut Products", "Algol Banana Chips"), ("kaus-coco", "algol-chips"), role=("Husking Line Helper", "Frying Line Packer"), tz=("ph", "ph"))
mr("cc", "{role} – recruitment outcome", "Dear {n},\n\nRef: {role}, {co}\n\nShortlisting is finished; the panel did not place your name among the interviewees this round. With so many forms in, individual feedback cannot be given.\n\nWe are grateful you considered the {co}.\n\nRecruitment Team", ("Mirach District Council", "Hamal Education Authority"), ("mirach-dc", "hamal-ea"), role=("Grounds Maintenance Operative", "Exams Invigilator"), tz=("uk", "sg"))
mr("s1", "the Saturday job", "Hi {n},\n\nSorry to be slow getting back. My sister's boy Jayden is taking the Saturday slot at the chippy now his exams are done, so I've no hours to give out. Thanks for popping the CV in.\n\nLorraine\n{co}", "Menkar Fish & Chips", "menkar-chippy", tz="uk")
mr("s2", "shop job", "Hi {n}, thanks for calling in about the shop. Peadar's young lad is home from Caboolture and has taken the hours, so I'm grand for staff for now. Best of luck to you.\n\n{sig}\n{co}", "Elnath Hardware & Fuel", "elnath-hardware", tz="ie")
mr("s3", "counter job", "Hi {n},\n\nAppreciate you coming by the lunch counter. Honestly my cousin just got let go at the plant and I told her she can have the shift, so I've got to go with family on this one. Sorry about that.\n\n{sig}\n{co}", "Alhena Lunch Counter", "alhena-lunch", tz="usc")
mr("s4", "re: summer help", "Hey {n},\n\nThanks for the note about summer help at the rental shop. We talked it over and it's staying a two-person outfit this year, the bookings don't justify a third. Take care.\n\n{sig}\n{co}", "Wasat Canoe Rentals", "wasat-canoes", tz="cae")
mr("s5", "the kiosk job", "G'day {n},\n\nTa for your application for the kiosk at the park. The Robsons' daughter is back from uni for summer and she's having the shifts, so that's us sorted. Good luck with it all.\n\n{sig}\n{co}", "Tejat Holiday Park", "tejat-holidaypark", tz="au")
mr("s6", "re the cleaning job", "Kia ora {n},\n\nCheers for getting in touch about the cleaning round. My nephew from Te Kuiti has moved up and he'll do the round. Thanks heaps anyway.\n\n{sig}\n{co}", "Propus Cleaning Crew", "propus-clean", tz="nz")
mr("s7", "the till job", "Hi {n}\n\nYour CV reached me at the spaza, thanks. Mama Nomvula's daughter completed her course and starts on the till Monday, so the post is taken now. Sorry my friend.\n\n{sig}\n{co}", "Bellatrix Spaza", "bellatrix-spaza", tz="za")
mr("s8", "Regarding counter salesman post", "Dear {n},\n\nWe received your request for the counter post at our shop. Our old salesman Govind-ji is rejoining once his son's wedding function is over, so there is no opening now. Kindly do not mind.\n\nRegards,\n{sig}\n{co}", "Saiph Dry Fruits", "saiph-dryfruits", tz="in")
mr("s9", "Re: Application for Attendant", "Good afternoon {n},\n\nYour letter for the cyber cafe got to us. Oga has handed the job to his in-law's sister, fresh from NYSC, so no interview will hold. We wish you well.\n\n{sig}\n{co}", "Meissa Cyber Cafe", "meissa-cyber", tz="ng")
mr("s10", "Attendant job", "Dear {n},\n\nAsante for passing by the shop about the attendant work. Mzee is bringing in his nephew from Karatina who has just cleared form four, so the position is filled. Be blessed.\n\n{sig}\n{co}", "Zosma Mpesa & Phone Repair", "zosma-phones", tz="ke")
mr("s11", "Re: store helper", "Hi {n}!\n\nThanks for the resume you sent. Sad news po, our Valenzuela branch shuts down by month-end so we cannot hire a store helper anymore. Ingat always!\n\n{sig}\n{co}", "Denebola Bakeshop", "denebola-bakeshop", tz="ph")
mr("s12", "stall assistant", "Hi {n},\n\nThanks for enquiring lah. Uncle decided to open only Thursday to Sunday from next month, so enough hands liao. Sorry ah.\n\n{sig}\n{co}", "Algieba Mee Pok", "algieba-meepok", tz="sg")
mr("s13", "Your application", "Dear {n},\n\nMany thanks, your letter about the workshop came. My brother-in-law from Wrocław comes to help us from next month and he takes this work. So at the moment the team is complete. I hope you understand.\n\nBest regards,\n{sig}\n{co}", "Alkaid Schreinerei", "alkaid-tischler", tz="de")
mr("s14", "about the job at the barbershop", "Hi {n},\n\nObrigado for the message about the chair. My cousin came from Belo Horizonte last week and he will work the chair, so for now it is full. Thanks for understanding, man.\n\n{sig}\n{co}", "Dubhe Barbearia", "dubhe-barbearia", tz="br")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThursday's chat was a real treat; the team mulled your answers for ages. Our choice fell on the student who covered our front desk two summers running; she joins next month.\n\nMuch appreciated, your time.\n{sig}\n\n{OUT}", ("Merak Orthodontics", "Phecda Dental Care"), ("merak-ortho", "phecda-dental"), role=("Treatment Coordinator", "Dental Receptionist"), tz=("uk", "cap"))
mr("th2", "Re: [EXT] Re: Kennel hand interview", "Hi {n},\n\nLovely having you out at the yard; the lurchers took to your calm straight off. We've gone with Clíodhna, who has been volunteering with us on Sundays since spring, and she picked up her rota today.\n\nWishing you well,\n{sig}\n\n{GM}", ("Megrez Kennels & Cattery", "Alioth Dog Hotel"), ("megrez-kennels", "alioth-doghotel"), tz=("ie", "nz"), role="Kennel Hand")
mr("th3", "RE: [EXT] RE: Boatyard Hand", "{n},\n\nGood talking with you at the yard. We hired a fellow who worked the lift at the marina down the coast for six years, and he's starting Monday on the travel hoist.\n\nThanks for coming in.\n{sig}\n\n{ORIG}", ("Polaris Marina", "Kochab Boatyard"), ("polaris-marina", "kochab-boatyard"), role="Boatyard Hand", tz=("use", "cat"))
mr("th4", "Re: [EXT] RE: Shop Floor Assistant", "Hi {n},\n\nThanks for the chat over tea last week, the kids in the back still mention the bit about your pigs. We've taken on Maxine from the village, who did our Christmas rush, and she's been in since Tuesday.\n\nTake care,\n{sig}\n\n{RULE}", ("Thuban Farm Shop", "Eltanin Orchard Shop"), ("thuban-farmshop", "eltanin-orchard"), role="Shop Floor Assistant", tz=("uk", "au"))
mr("th5", "RE: [EXT] Re: Breakfast presenter", "Hey {n},\n\nThanks for the demo and for sitting in on the Friday show. The committee went with Tunde, who has produced our evening request hour for three years, and takes the desk over from the 1st.\n\nAll the best,\n{sig}\n\n{OUT}", ("Rastaban FM Community Radio", "Porrima Radio"), ("rastaban-fm", "porrima-radio"), role="Breakfast Presenter", tz=("ng", "za"))
mr("th6", "Re: [EXT] Re: Junior coach role", "Hi {n},\n\nThank you for running that drill session with the under-elevens, the parents were impressed. We've appointed Rhys, a former player who came through our own academy, and he's on the rota from next weekend.\n\nCheers,\n{sig}\n\n{GM}", ("Sabik Hockey Club", "Rasalhague Netball Club"), ("sabik-hockey", "rasalhague-netball"), role="Junior Coach", tz=("uk", "nz"))
mr("th7", "RE: [EXT] RE: Hostel night manager", "Hi {n},\n\nReally appreciated you coming in for the late shift trial. We've handed the keys to Andrea, who already covers our weekend desk, and she starts nights on Sunday.\n\nThanks again,\n{sig}\n\n{RULE}", ("Cebalrai Backpackers", "Alya Hostel"), ("cebalrai-backpackers", "alya-hostel"), role="Night Manager", tz=("au", "cam"))
mr("th8", "Re: [EXT] RE: Programme coordinator", "Dear {n},\n\nThank you for travelling in for the panel. After a long discussion we appointed Mrs Adaeze Obi, who ran our reading camp as a volunteer last year, and she resumes on the first working day of next month.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Nashira Reading Circle", "Sadalsuud Literacy Trust"), ("nashira-reading", "sadalsuud-literacy"), role="Programme Coordinator", tz=("in", "ng"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n—\n{co} Careers · Find stores · Student discount · Gift cards\nShelf Notes lands each Friday with fresh titles.\nThis note reached you since a job form was sent from your login. Alert settings · Privacy · Accessibility\n{co} is a trading name of Alpheratz Retail plc. Replies here go unread."
FOOT_B = "\n\n————————\nJOBS YOU MIGHT LIKE\n· Trail Store Associate (part-time)\n· Bike Workshop Technician\n· Warehouse Picker, nights\nSee all roles on the {co} careers site · Update your job alerts · Unsubscribe\nMembers get early access to our spring sale. {co} Co-operative, all rights reserved. This mailbox is not monitored."
FOOT_C = "\n\n__________\n{co} · Sofas · Beds · Outdoor · Clearance\nSign up to Home Notes for room ideas and member prices.\nWhy this mail? A job form was sent from your account. Job alert settings · Privacy · Terms\nReplies vanish into an unread mailbox."
FOOT_D = "\n\n***\nShop online at {co} · Weekly specials · Rewards card · Store locator\nCareers newsletter: grads, learnerships and store jobs every month.\nDelivered because your email sits on an applicant record. Job alert choices · POPIA notice · This inbox is unattended."
mr("ft1", "Your application to {co}", "Dear {n},\n\nThe {x} shop's manager read your application for {role}, and we're sorry, it stops at this stage.\n\nBest wishes,\n{co} Recruitment" + FOOT_A, ("Alpheratz Books", "Alpheratz Books"), ("alpheratz-books", "alpheratz-books"), role=("Bookseller", "Christmas Temp Bookseller"), tz=("uk", "ie"), x=("Malvern", "Ballybofey"))
mr("ft2", "{co} application update", "Hi {n},\n\nYour {role} application got a proper look. Having looked it over, we're not selecting you for this one.\n\nThank you,\n{co} Talent Team" + FOOT_B, ("Markab Outfitters", "Markab Outfitters"), ("markab-outfitters", "markab-outfitters"), role=("Rental Shop Associate", "Paddle Sports Associate"), tz=("usm", "cat"))
mr("ft3", "Update on your application – {co}", "Hi {n},\n\nYour application for {role} was read by the team. Unfortunately it won't go any further this time round.\n\nKind regards,\n{co} People & Culture" + FOOT_C, ("Scheat Living", "Scheat Living"), ("scheat-living", "scheat-living"), role=("Delivery Offsider", "Showroom Consultant"), tz=("au", "nz"))
mr("ft4", "Your {co} application", "Dear {n},\n\nOur team has gone over your {role} application. Sadly it has been unsuccessful on this round.\n\nRegards,\n{co} Talent Acquisition" + FOOT_D, ("Enif Fresh Markets", "Enif Fresh Markets"), ("enif-fresh", "enif-fresh"), role=("Bakery Assistant", "Butchery Packer"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – where we've landed", "Hello {n},\n\nThank you for the conversation about {role}. We've given it a lot of thought and a couple of other people's surveying backgrounds matched a shade more closely with the jobs we have booked for next year.\n\nKind regards,\n{sig}\n{co}", ("Algenib Chartered Surveyors", "Mirfak Land Survey"), ("algenib-surveyors", "mirfak-survey"), role=("Graduate Surveyor", "Survey Technician"), tz=("uk", "za"))
mr("hd2", "Following up – {role}", "Hi {n},\n\nApologies, this took longer than planned. The team has decided to head in a slightly different direction with this post, leaning toward someone who already knows the estate's tenants.\n\nWarmly,\n{sig}\n{co}", ("Electra Housing Co-op", "Merope Tenants' Association"), ("electra-housing", "merope-tenants"), role=("Tenant Liaison Worker", "Community Organiser"), tz=("ie", "cae"))
mr("hd3", "About the {role} vacancy", "Dear {n},\n\nThank you for coming in. Having met everyone, we felt others' experience with equine work suited the practice's caseload a bit better for now.\n\nBest regards,\n{sig}\n{co}", ("Maia Veterinary Centre", "Taygeta Equine Vets"), ("maia-vets", "taygeta-equine"), role=("Veterinary Nurse", "Yard Nurse"), tz=("nz", "usc"))
mr("hd4", "{role}", "Hi {n},\n\nYour portfolio made for a good Friday read. We've gone in another direction with the role, toward a designer whose work sits nearer our coastal projects.\n\nAll the best,\n{sig}\n{co}", ("Celaeno Garden Design", "Sterope Landscape Studio"), ("celaeno-gardens", "sterope-landscape"), role=("Junior Garden Designer", "Planting Designer"), tz=("uk", "au"))
mr("hd5", "Regarding your application", "Dear {n},\n\nThis is with reference to your application with {co}. On review, certain other candidates' profiles are more in line to the present needs of the {role} position.\n\nWith regards,\n{sig}\nHR Desk, {co}", "Pleione Drip Systems", "pleione-drip", role="Field Agronomist", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCheers for picking up earlier. Per our call (sorry again the line kept dropping), the client's {role} opening went to their other shortlisted person. I do have a {x} position with another client starting soon that I think suits you – shall I put you forward? Ring me back when you can.\n\n{sig}\n{co}", ("Zubeneschamali Recruitment", "Vindemiatrix Staffing"), ("zuben-recruit", "vindemiatrix-staffing"), role=("Production Supervisor", "Line Lead"), tz=("uk", "usp"), x=("bottling shift manager", "bakery sanitation lead"))
mr("rc2", "Re: our chat today", "Hey {n},\n\nCheers for the call. Just confirming what I mentioned: the {role} spot was handed to a worker the client has had on casual shifts since March. Good news is I've {x} opening next week, keen for me to flick the details through?\n\nCheers,\n{sig}\n{co}", ("Sadalmelik Farm Labour", "Skat Harvest Crew"), ("sadalmelik-agri", "skat-harvest"), role=("Packhouse Leading Hand", "Orchard Supervisor"), tz=("au", "nz"), x=("a grading line role", "a pruning gang lead"))
mr("rc3", "Feedback on {role}", "Dear {n},\n\nRe this morning's call: the client prefers the other shortlisted person for {role}. I will also be glad to present you for {x} which I mentioned, kindly confirm your interest by Friday.\n\nBest regards,\n{sig}\n{co}", ("Acrux Talent Partners", "Gacrux Manpower"), ("acrux-talent", "gacrux-manpower"), role=("Plant Supervisor", "Quality Controller"), tz=("ke", "ng"), x=("a maize-milling shift supervisor role", "a palm-oil refinery QA role"))
mr("rc4", "Quick follow-up", "Hi {n},\n\nThanks for chatting. Unfortunately the {role} post went to someone with more cold-chain background. There is a stores controller vacancy at a citrus packhouse up the West Coast road I want to put your name forward for, if you're keen.\n\n{sig}\n{co}", "Hamal Placements", "hamal-placements", role="Cold Room Supervisor", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of ineligibility – {role}", "Dear {n},\n\nVacancy {ref}: {role}\n\nYour application was checked against the minimum qualifications. It was rated ineligible: {x}. It therefore drops out of consideration for this vacancy.\n\nHuman Resources, {co}", ("Menkar County Parks", "Mimosa Shire Council"), ("menkar-parks", "mimosa-shire"), role=("Arborist", "Aquatic Facility Operator"), tz=("usc", "au"), x=("no current aerial lift certification was provided", "no pool plant operator certificate was attached"))
mr("ps2", "{role}: referral status", "Dear {n},\n\nAnnouncement {ref}, {role}: after rating, the certificate referred to the hiring official does not include you. Under this announcement, that ends its consideration.\n\n{co} Human Resources Office", ("Canopus Regional Water Authority", "Achernar State Forestry Service"), ("canopus-water", "achernar-forestry"), role=("Hydrographic Technician", "Fire Lookout"), tz=("use", "usp"))
mr("ps3", "Vacancy cancelled – {role}", "Dear {n},\n\nPlease note the vacancy for {role} (reference {ref}) was cancelled {x}. No appointment follows, and each application on file is closed.\n\nWith thanks,\n\nPeople Services, {co}", ("Rigel Borough Council", "Pollux Health Board"), ("rigel-borough", "pollux-healthboard"), role=("Parking Enforcement Officer", "Ward Clerk"), tz=("uk", "ie"), x=("following a recruitment freeze", "after a review of the department's establishment"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nWritten test results for {role} are out. You secured {x} marks; the cut-off stood at {y}, and so do not qualify for the next stage.\n\nBy order,\n{co}", ("Castor Public Service Commission", "Deneb Civil Service Board"), ("castor-psc", "deneb-csb"), role=("Revenue Assistant", "Lower Division Clerk"), tz=("in", "ke"), x=("52", "47"), y=("61", "55"))
# ---- 6 bare ATS status updates
mr("at1", "Application status update", "Hi {n},\n\nSomething changed on your {role} application at {co}.\n\nStatus: No longer being considered\n\n(Your remaining applications: open Statusbracken.)", ("Vega Logistics", "Maia Home Care"), ("statusbracken", "statusbracken"), frm="{co} via Statusbracken <noreply@{dom}>", role=("Yard Marshal", "Care Assistant"), tz=("uk", "usc"))
mr("at2", "Status changed: {role}", "<html><body><p>{co}</p><p>{role} · Ref {ref}</p><p><b>Archived · not moving forward</b></p><p>Applyheather keeps a record of every status change on your dashboard.</p></body></html>", ("Altair Kitchens", "Electra Bike Works"), ("applyheather", "applyheather"), frm="Applyheather <updates@{dom}>", role=("Commis Chef", "Bike Mechanic"), tz=("au", "cae"))
mr("at3", "{co} – your application", "Application: {role}\nEmployer: {co}\nOutcome: Not progressed\n\nJobgorse sent this update on behalf of the employer.", ("Spica Cleaning Services", "Sirius Security"), ("jobgorse", "jobgorse"), frm="Jobgorse Notifications <status@{dom}>", role=("Office Cleaner", "Patrol Officer"), tz=("za", "nz"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} summer studentship – decision", "Dear {n},\n\nThe {role} drew a heap of strong applications and each place has been offered now. Sadly none went your way this year.\n\nBest wishes,\n{sig}\n{co}", ("Regulus Hedgerow Trust", "Procyon Dotterel Research Station"), ("regulus-hedgerow", "procyon-dotterel"), role=("hedgerow survey studentship", "dotterel monitoring studentship"), tz=("uk", "nz"))
mr("in2", "Internship programme 2026 – outcome", "Hi {n},\n\nSelection for our {role} has wrapped up, and your application was unsuccessful this cycle. Do try again when the next round opens.\n\nCheers,\nInternship Team, {co}", ("Arcturus Tidal Meadow Project", "Antares Turtle Watch"), ("arcturus-tidalmeadow", "antares-turtles"), role=("tidal meadow restoration internship", "turtle nesting internship"), tz=("au", "ph"))
mr("in3", "Graduate scheme – {role}", "Dear {n},\n\nThanks for spending the assessment day with us for the {role}. In this intake the offers have gone to other graduates, not to you. Everyone received the same scoring sheet and the cut was very tight.\n\nGraduate Recruitment, {co}", ("Fomalhaut Rail Systems", "Capella Wind Power"), ("fomalhaut-rail", "capella-wind"), role=("Rail Systems Graduate Programme", "Wind Operations Graduate Programme"), tz=("uk", "in"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} ({role}) – received", "Dear {n},\n\nWe have your application for {role} at {co}. Should the requisition close before interviews, your candidate home page will show it as closed. Until then it is with the hiring team.\n\n{co} Talent Acquisition", ("Alnilam Cold Chain", "Mintaka Parcels"), ("alnilam-coldchain", "mintaka-parcels"), role=("Order Picker", "Parcel Loader"), tz=("uk", "usc"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying for {role}. The hiring team reads every application. Whichever way the panel leans, an email from this address follows; nobody is left hanging off a silent phone.\n\n{co} Recruiting", ("Rigel Instruments", "Pollux Harpsichords"), ("rigel-instruments", "pollux-harpsichords"), role=("Test Engineer", "Workshop Apprentice"), tz=("use", "ie"))
mo("application_received", "lv", "We got your application – {co}", "Hello {n},\n\nThanks for applying for {role}. Whatever the outcome, with your okay we keep your details for a year so we can get in touch about roles later on. Reply REMOVE any time.\n\n{co} People Team", ("Vega Fermentary", "Deneb Tea Blenders"), ("vega-fermentary", "deneb-tea"), role=("Packing Assistant", "Warehouse Hand"), tz=("au", "sg"))
mo("application_received", "sr", "Application received – {co}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>If the vacancy is filled internally before review, this status will change to Closed.</p></body></html>", ("Capella Ferries", "Altair Lifts"), ("capella-ferries", "altair-lifts"), role=("Ticket Office Clerk", "Stores Person"), tz=("nz", "za"))
mo("application_received", "ic", "{co}: application received (Req {ref})", "Dear {n},\n\nThank you for applying for {role}. Please make sure your endorsement and abstract are uploaded; files with missing documents move to Not Selected at screening. Complete files go to the recruiter.\n\nTalent Operations, {co}", ("Antares Haulage Partners", "Arcturus Ambulance Transport"), ("antares-hp", "arcturus-medtransport"), role=("Yard Jockey", "Dispatcher"), tz=("usm", "cae"))
mo("application_received", "tl", "We received your application – {role}", "Dear {n},\n\nYour {co} application is logged. Postings are sometimes withdrawn before interviews; if that happens to this one, your profile will say so. If not, expect a recruiter's call.\n\n{co} Staffing", ("Spica Hotels Group", "Regulus Resorts"), ("spica-hotels", "regulus-resorts"), role=("Room Attendant", "Concierge"), tz=("cap", "in"))
mo("application_received", "wk", "Thanks, {n} – application in", "Hi {n},\n\n{role} at {co}: your application is in. We phone whoever we want for a paid trial day. Trial or not, {sig} emails everyone within two weeks of closing.\n\n{co}", ("Procyon Bakehall", "Sirius Noodle Bar"), ("procyon-bakehall", "sirius-noodles"), role=("Counter Assistant", "Kitchen Porter"), tz=("uk", "au"))
mo("application_received", "bh", "{co} – application received", "Hi {n},\n\nGot your form for {role}. We only reach out if your availability lines up with gaps on our roster.\n\nCheers,\n{sig}", ("Fomalhaut Garden Supplies", "Canopus Kayak Hire"), ("fomalhaut-garden", "canopus-kayaks"), role=("Plant Area Helper", "Shuttle Driver"), tz=("ie", "nz"))
mo("application_received", "tt", "Confirmation of your application", "Dear {n},\n\nThank you, your application as {role} arrived well. All documents get checked until month end. Accepted or not accepted, you will get a written answer from us.\n\nWarm greetings\n{sig}\n{co}", ("Hadar Optik", "Acrux Fahrradwerk"), ("hadar-optik", "acrux-fahrrad"), role=("Optician Assistant", "Wheel Builder"), tz=("de", "de"))
mo("application_received", "pp", "Application received – {role}", "Dear {n},\n\nYour application has reached {co}. Shortlisting happens once the advert closes. Forms scoring under the interview line get an email note, and everyone else is invited to interview.\n\n{co} HR", ("Gacrux Rivers Trust", "Shaula Wildlife Rescue"), ("gacrux-rivers", "shaula-rescue"), role=("Volunteer Coordinator", "Fundraising Assistant"), tz=("uk", "uk"))
mo("application_received", "jz", "We have your application!", "Hello {n},\n\nThanks for applying to {co} as {role}. If we don't call within three weeks, that means the spot went elsewhere, but your form stays with us for next season.\n\n{sig}", ("Sargas Big Top", "Nunki Family Fun Days"), ("sargas-bigtop", "nunki-fundays"), role=("Box Office Helper", "Party Host"), tz=("usc", "use"))
mo("application_received", "ab", "Application received – {co}", "Hi {n}!\n\nSalamat po, we received your papers for {role}. Pasok man o hindi, may text at email kami after screening, so keep your phone charged.\n\n{sig}\n{co}", ("Kaus Coconut Products", "Algol Banana Chips"), ("kaus-coco", "algol-chips"), role=("Quality Checker", "Warehouse Helper"), tz=("ph", "ph"))
mo("application_received", "cc", "Acknowledgement – {role}", "Dear {n},\n\nRef: {role}\n\n{co} has logged your application. Silence from the council a calendar month beyond closing is the panel's way of saying no shortlist this time.\n\nRecruitment Team", ("Mirach District Council", "Hamal Education Authority"), ("mirach-dc", "hamal-ea"), role=("Refuse Loader", "Teaching Assistant"), tz=("uk", "sg"))
mo("application_received", "ft1", "Thanks for applying to {co}", "Dear {n},\n\nGot your {role} form. Our shop managers review applications in the two weeks after closing. Yes or no, an email follows their decision.\n\n{co} Recruitment" + FOOT_A, ("Alpheratz Books", "Alpheratz Books"), ("alpheratz-books", "alpheratz-books"), role=("Café Assistant", "Stockroom Assistant"), tz=("uk", "ie"))
mo("application_received", "ft2", "We received your application", "Hi {n},\n\nYour {role} application landed safely. Store teams phone just the few they'd like to meet.\n\n{co} Talent Team" + FOOT_B, ("Markab Outfitters", "Markab Outfitters"), ("markab-outfitters", "markab-outfitters"), role=("Ski Tech", "Cashier"), tz=("usm", "cat"))
mo("application_received", "ft4", "Application received", "Dear {n},\n\nYour {role} application has arrived. Unsuccessful applicants will not be individually notified, so if you hear nothing in 21 days please try again next season.\n\n{co} Talent Acquisition" + FOOT_D, ("Enif Fresh Markets", "Enif Fresh Markets"), ("enif-fresh", "enif-fresh"), role=("Cashier", "Merchandiser"), tz=("za", "ng"))
mo("application_received", "hd", "Thank you for applying", "Dear {n},\n\nYour application for {role} is with us. Either answer reaches you by post late next month. Should this one fall through, your CV gets filed for the next intake, unless you tell us otherwise.\n\n{sig}\n{co}", ("Algenib Chartered Surveyors", "Electra Housing Co-op"), ("algenib-surveyors", "electra-housing"), role=("Survey Assistant", "Caretaker"), tz=("uk", "ie"))
mo("application_received", "hd2", "Application received – {role}", "Hi {n},\n\nApplication for {role}: received. Interview or no interview, {sig} sends word by the 20th.\n\n{co}", ("Maia Veterinary Centre", "Celaeno Garden Design"), ("maia-vets", "celaeno-gardens"), role=("Kennel Assistant", "Garden Maintenance Operative"), tz=("nz", "uk"))
mo("application_received", "rc", "Your details are with us", "Hi {n},\n\nThanks for registering with {co}. We only ring candidates when a client brief matches their experience, so a quiet phone means nothing suitable has landed yet.\n\n{sig}", ("Zubeneschamali Recruitment", "Sadalmelik Farm Labour"), ("zuben-recruit", "sadalmelik-agri"), tz=("uk", "au"))
mo("application_received", "rc2", "Registration received", "Dear {n},\n\nThank you for registering with {co}. Should you not be shortlisted for the roles you applied to, your CV stays on our books for other client openings.\n\n{sig}", ("Acrux Talent Partners", "Gacrux Manpower"), ("acrux-talent", "gacrux-manpower"), tz=("ke", "ng"))
mo("application_received", "ps", "Application received – {role}", "Dear {n},\n\nWe received your application for vacancy {ref}, {role}. Anyone short of the minimum qualifications will be found ineligible and notified by email; eligible applicants are rated and may be referred.\n\nHuman Resources, {co}", ("Menkar County Parks", "Canopus Regional Water Authority"), ("menkar-parks", "canopus-water"), role=("Seasonal Park Aide", "Water Sampler"), tz=("usc", "use"))
mo("application_received", "ps2", "Application acknowledgement", "Dear {n},\n\nWe've logged your {role} application (ref {ref}). If the vacancy is cancelled, all applicants will be informed. Shortlisted people hear by phone, normally inside three working weeks of the close.\n\nPeople Services, {co}", ("Rigel Borough Council", "Pollux Health Board"), ("rigel-borough", "pollux-healthboard"), role=("Library Assistant", "Porter"), tz=("uk", "ie"))
mo("application_received", "ps3", "Receipt of application – {role}", "Dear {n},\n\nYour application for {role} has been registered. The written examination will be held next month; anyone under the cut-off mark stops there, without an interview call.\n\nBy order,\n{co}", ("Castor Public Service Commission", "Deneb Civil Service Board"), ("castor-psc", "deneb-csb"), role=("Data Entry Operator", "Clerical Officer"), tz=("in", "ke"))
mo("application_received", "at", "Application submitted", "Hi {n},\n\n{role} at {co}: submitted.\n\nStatus: Submitted\n\nYou'll see any change here first, including if the employer closes the job.", ("Vega Logistics", "Maia Home Care"), ("statusbracken", "statusbracken"), frm="{co} via Statusbracken <noreply@{dom}>", role=("Forklift Driver", "Support Worker"), tz=("uk", "usc"))
mo("application_received", "in", "Your internship application", "Dear {n},\n\nWe've got your form for the {role}. Picked or not picked, all applicants get word by mid-March.\n\nInternship Team, {co}", ("Regulus Hedgerow Trust", "Arcturus Tidal Meadow Project"), ("regulus-hedgerow", "arcturus-tidalmeadow"), role=("hedgerow survey studentship", "tidal meadow restoration internship"), tz=("uk", "au"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role}", "Dear {n},\n\nPlease join us for an interview for {role} at {co}, {dl}, 10:00. Unfortunately our visitors' parking is shut for resurfacing, so please use the overflow lot by the gatehouse.\n\n{co} Talent Acquisition", ("Alnilam Cold Chain", "Mintaka Parcels"), ("alnilam-coldchain", "mintaka-parcels"), role=("Reach Truck Driver", "Returns Sorter"), tz=("uk", "usc"))
mo("interview", "th", "RE: [EXT] Re: {role} – next stage", "Hi {n},\n\nThanks for your note. Could you pop back for a second chat, {dl}, 2pm? Unfortunately the lift engineer can't come till Friday, so it's stairs, sorry.\n\n{sig}\n\n{OUT}", ("Merak Orthodontics", "Phecda Dental Care"), ("merak-ortho", "phecda-dental"), role=("Treatment Coordinator", "Dental Receptionist"), tz=("uk", "cap"))
mo("interview", "th2", "Re: [EXT] Re: Boatyard Hand – come down?", "{n},\n\nAny chance you'd swing by the yard {dl} around 9? Unfortunately the slipway is closed for repairs that week, so wear boots, it'll be muddy by the sheds.\n\n{sig}\n\n{GM}", ("Polaris Marina", "Kochab Boatyard"), ("polaris-marina", "kochab-boatyard"), role="Boatyard Hand", tz=("use", "cat"))
mo("interview", "th3", "Re: [EXT] Re: Junior coach – trial session", "Hi {n},\n\nFancy taking the under-twelves through thirty minutes of passing drills, {dl} at 6pm? Unfortunately the floodlights on pitch two are down, so it's the top field for us.\n\nCheers,\n{sig}\n\n{RULE}", ("Sabik Hockey Club", "Rasalhague Netball Club"), ("sabik-hockey", "rasalhague-netball"), role="Junior Coach", tz=("uk", "nz"))
mo("interview", "ft", "Interview – {role}", "Hi {n},\n\nThe store manager wants to see you {dl} at 11:00. Unfortunately the staff door is being rebuilt; ask for {sig} at customer service.\n\n{co} Talent Team" + FOOT_B, ("Markab Outfitters", "Markab Outfitters"), ("markab-outfitters", "markab-outfitters"), role=("Rental Shop Associate", "Paddle Sports Associate"), tz=("usm", "cat"))
mo("interview", "hd", "Invitation to interview", "Dear {n},\n\nAbout {role}: does {dl}, 3pm, suit for a sit-down? Unfortunately the board has the meeting room that day; the ground-floor library is where we'll be.\n\n{sig}\n{co}", ("Electra Housing Co-op", "Maia Veterinary Centre"), ("electra-housing", "maia-vets"), role=("Tenant Liaison Worker", "Veterinary Nurse"), tz=("ie", "nz"))
mo("interview", "ps", "Interview schedule – {role}", "Dear {n},\n\nYour name has gone to the selecting official for {role} (announcement {ref}). An interview is set for {dl}. Unfortunately no reimbursement of travel costs is possible.\n\n{co} Human Resources Office", ("Canopus Regional Water Authority", "Achernar State Forestry Service"), ("canopus-water", "achernar-forestry"), role=("Hydrographic Technician", "Fire Lookout"), tz=("use", "usp"))
mo("interview", "wk", "Trial day – {co}", "Hi {n},\n\nCome and do a paid trial day with us {dl}, 7am start. Unfortunately the staff kitchen is mid-refit, so bring your own lunch.\n\n{sig}, {co}", ("Procyon Bakehall", "Sirius Noodle Bar"), ("procyon-bakehall", "sirius-noodles"), role=("Laminating Baker", "Wok Cook"), tz=("uk", "au"))
mo("next_steps", "ic", "{co}: next steps for {role}", "Dear {n},\n\nYou are moving ahead for {role}. Please upload your tanker endorsement and a current driver abstract by {dl}; files still missing them then will be closed.\n\nTalent Operations, {co}", ("Antares Haulage Partners", "Arcturus Ambulance Transport"), ("antares-hp", "arcturus-medtransport"), role=("Tanker Driver (Class A)", "Non-Emergency Transport Driver"), tz=("usm", "cae"))
mo("next_steps", "ps2", "Supplementary questionnaire – {role}", "Dear {n},\n\nYou have been referred for {role}. Please complete the supplementary questionnaire and send your transcripts by {dl}. Unfortunately late forms cannot be accepted.\n\n{co} Human Resources", ("Menkar County Parks", "Mimosa Shire Council"), ("menkar-parks", "mimosa-shire"), role=("Arborist", "Aquatic Facility Operator"), tz=("usc", "au"))
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nYour marks in the {role} written test clear the cut-off. Bring original certificates for verification, {dl}, 10:00 sharp.\n\nBy order,\n{co}", ("Castor Public Service Commission", "Deneb Civil Service Board"), ("castor-psc", "deneb-csb"), role=("Revenue Assistant", "Lower Division Clerk"), tz=("in", "ke"))
mo("next_steps", "in3", "Assessment day – {role}", "Dear {n},\n\nCongratulations on reaching the assessment day for the {role}. Please send your degree transcript by {dl}. Unfortunately we cannot cover overnight stays.\n\nGraduate Recruitment, {co}", ("Fomalhaut Rail Systems", "Capella Wind Power"), ("fomalhaut-rail", "capella-wind"), role=("Rail Systems Graduate Programme", "Wind Operations Graduate Programme"), tz=("uk", "in"))
mo("next_steps", "rc", "Next step with the client", "Hi {n},\n\nThe client was keen on your CV for {role}. Please send me two referees plus proof of your work rights by {dl}. I'll then book the site visit.\n\n{sig}\n{co}", ("Zubeneschamali Recruitment", "Skat Harvest Crew"), ("zuben-recruit", "skat-harvest"), role=("Line Lead", "Orchard Supervisor"), tz=("uk", "nz"))
mo("next_steps", "th5", "Re: [EXT] RE: Presenter – voice test", "Hey {n},\n\nCould you record a two-minute link and send it by {dl}, if you can? The studio desk, unfortunately, is away for repair, so record on your phone, that's fine.\n\n{sig}\n\n{ORIG}", ("Rastaban FM Community Radio", "Porrima Radio"), ("rastaban-fm", "porrima-radio"), role="Breakfast Presenter", tz=("ng", "za"))
mo("offer", "gh", "Offer – {role} at {co}", "Hi {n},\n\nGreat news: everyone here voted you in for the {role} position. Your written offer is waiting in the portal; accept by {dl}. Unfortunately on-site parking is full, though the bus pulls up by the gate.\n\n{sig}\n{co}", ("Rigel Instruments", "Pollux Harpsichords"), ("rigel-instruments", "pollux-harpsichords"), role=("Calibration Technician", "Harpsichord Quilling Assistant"), tz=("use", "ie"))
mo("offer", "th7", "RE: [EXT] RE: Night manager – offer", "Hi {n},\n\nNight manager: we pick you, starting {dl}. Unfortunately painters have taken over the staff room, so for now the lockers are squeezed into the laundry.\n\n{sig}\n\n{OUT}", ("Cebalrai Backpackers", "Alya Hostel"), ("cebalrai-backpackers", "alya-hostel"), role="Night Manager", tz=("au", "cam"))
mo("offer", "s", "job offer", "Hi {n},\n\nGood news: till shifts for you, first one {dl}. Unfortunately the aprons are still on order, so navy or black clothes please.\n\n{sig}\n{co}", "Bellatrix Spaza", "bellatrix-spaza", tz="za")
mo("interview", "s2", "about the assistant job", "Hi {n},\n\nFree to drop by {dl} at 4pm for a talk? Unfortunately the shop's aircon is broken, so dress light.\n\n{sig}\n{co}", "Algieba Mee Pok", "algieba-meepok", tz="sg")
mo("next_steps", "in2", "Internship – documents needed", "Hi {n},\n\nYou've made the final round for the {role}. Please send your school endorsement letter by {dl}.\n\nInternship Team, {co}", "Antares Turtle Watch", "antares-turtles", role="turtle nesting internship", tz="ph")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at2", "Status changed: {role}", "<html><body><p>{co}</p><p>{role} · Ref {ref}</p><p><b>Withdrawn · at your request</b></p><p>You can reapply from your dashboard at any time.</p></body></html>", ("Altair Kitchens", "Electra Bike Works"), ("applyheather", "applyheather"), frm="Applyheather <updates@{dom}>", role=("Commis Chef", "Bike Mechanic"), tz=("au", "cae"))
mo("other_job", "at", "Application status update", "Hi {n},\n\nSomething changed on your {role} application at {co}.\n\nStatus: With the hiring manager\n\nSee Statusbracken for more.", ("Vega Logistics", "Maia Home Care"), ("statusbracken", "statusbracken"), frm="{co} via Statusbracken <noreply@{dom}>", role=("Yard Marshal", "Care Assistant"), tz=("uk", "usc"))
mo("other_job", "cc", "Shortlisting date moved – {role}", "Dear {n},\n\nShortlisting for {role} has moved to {dl} because of the council's budget meeting. Nothing for you to do.\n\nRecruitment Team, {co}", "Mirach District Council", "mirach-dc", role="Grounds Maintenance Operative", tz="uk")
mo("job_alert", "ft", "New jobs near you at {co}", "Hi {n},\n\nYour alert found three fresh roles: Bookseller (Malvern), Café Assistant (Castleford), Stockroom Assistant (Normanton).\n\nApply on the careers site." + FOOT_A, ("Alpheratz Books", "Alpheratz Books"), ("alpheratz-books", "alpheratz-books"), tz=("uk", "ie"))
mo("job_alert", "ft3", "Your job alert – {co}", "Hi {n},\n\nNew this week: Delivery Offsider, Warehouse Storeperson, Showroom Consultant." + FOOT_C, "Scheat Living", "scheat-living", tz="au")
mo("recruiter_outreach", "rc", "A role you might like", "Hi {n},\n\nI'm hunting a {role} for a pie and pasty maker, and your profile fits the bill nicely. Could we speak for ten minutes before Friday?\n\n{sig}\n{co}", ("Vindemiatrix Staffing", "Hamal Placements"), ("vindemiatrix-staffing", "hamal-placements"), role=("Hygiene Supervisor", "Dispatch Controller"), tz=("usp", "za"))
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nOur lending team assessed your {x} request with {co}, and it has been turned down for now. Ask within 30 days and we'll tell you the main reason.\n\n{co} Lending", ("Sterope Credit Union", "Taygeta Car Finance"), ("sterope-cu", "taygeta-carfinance"), x=("personal loan", "car loan"), tz=("ie", "au"))
mo("non_job_rejection_words", "flat", "The flat on Orchard Road", "Hi {n},\n\nNice seeing you at the two-bed viewing. The landlord preferred a pair of nurses whose lease ends sooner, so it's let. If something similar comes in we'll shout.\n\n{sig}\n{co}", "Merope Lettings", "merope-lettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Ballot result – {co}", "Hi {n},\n\nBallot results for the {co} are in, and your entry stayed in the drum this year. Your card won't be charged.\n\nThe Race Team", "Pleione Coastal Half Marathon", "pleione-half", tz="nz")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nWe've reached a decision on your street-library grant application. The panel hasn't funded the project this round, as it was heavily oversubscribed.\n\n{co}", "Hadar Neighbourhood Fund", "hadar-fund", tz="cae")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


wr("e1", "Your Tackquince application – {co}", "Hello {n},\n\nKind of you to answer our Tackquince post for a trainee in the kintsugi studio. We had a lovely stack of letters. The place has gone to someone already doing lacquer work on antique furniture, so the traineeship isn't yours this time.\n\nWith thanks,\n{sig}\n{co}", "Goldseam Mending", "goldseam-mending", frm=via("Tackquince"), tz="uk")
wo("application_received", "e1", "Tackquince: your letter reached {co}", "Hello {n},\n\nYour letter about the kintsugi trainee post reached us through Tackquince. Gold or no gold at the end of it, you'll have a proper answer from me by the month's end.\n\n{sig}\n{co}", "Goldseam Mending", "goldseam-mending", frm=via("Tackquince"), tz="uk")
wr("e2", "Knitter post – {co}", "Hi {n},\n\nThanks for answering the Tackmedlar advert for a gansey knitter. The outwork is going to two women who already knit the Filey patterns for us, which leaves nothing going at present. I've liked seeing your swatch photos though.\n\n{sig}\n{co}", "Purlhaven Ganseys", "purlhaven", frm=via("Tackmedlar"), tz="uk")
wo("interview", "e2", "Come and knit with us?", "Hi {n},\n\nFrom your Tackmedlar reply: could you come to the cottage workroom on {dl} at 11 with a sample of moss stitch? Unfortunately the front gate sticks, so come round by the yard.\n\n{sig}\n{co}", "Purlhaven Ganseys", "purlhaven", frm=via("Tackmedlar"), tz="uk")
wr("e3", "whistle workshop", "Dia dhuit {n},\n\nThanks a million for the note through Tacksloe about the bench job making tinwhistles. A young fella who's been tuning mouthpieces for us on and off since the autumn is getting the work, so I've no room at the bench just now.\n\nSláinte,\n{sig}\n{co}", "Fipple & Finch", "fipple-finch", frm=via("Tacksloe"), tz="ie")
wo("next_steps", "e3", "whistle workshop – a small test", "Hi {n},\n\nCould you post me a short recording of you playing a reel on any D whistle by {dl}? I want to hear your ear before you come in. Tacksloe passes the file along fine.\n\n{sig}\n{co}", "Fipple & Finch", "fipple-finch", frm=via("Tacksloe"), tz="ie")
wr("e4", "kitchen porter/prep", "Hi {n},\n\nThanks for applying on Tackdamson for prep in the mezze kitchen. We hired a chef who used to roll our vine leaves before she had her baby and wanted back in. Sorry to be the bearer.\n\n{sig}\n{co}", "Sumac & Sea", "sumac-sea", frm=via("Tackdamson"), tz="ie")
wo("offer", "e4", "prep job – yours if you want it", "Hi {n},\n\nWe'd like you on prep from {dl}, mornings 7 to 1. Unfortunately the staff loo is being re-plumbed that week, use the customer one. Reply on Tackdamson or here.\n\n{sig}\n{co}", "Sumac & Sea", "sumac-sea", frm=via("Tackdamson"), tz="ie")
wr("e5", "Clavichord bench apprentice", "Dear {n},\n\nThank you for the thoughtful letter through Tackfig. We have asked a young cabinetmaker from Lancaster County who has already strung two instruments to join the shop, and so the apprenticeship is spoken for this year.\n\nRespectfully,\n{sig}\n{co}", "Tangent & Key", "tangent-key", frm=via("Tackfig"), tz="use")
wo("application_received", "e5", "Re: bench apprentice", "Dear {n},\n\nYour letter arrived via Tackfig. Yes or no, I write back to every applicant by hand, usually within three weeks.\n\n{sig}\n{co}", "Tangent & Key", "tangent-key", frm=via("Tackfig"), tz="use")
wr("e6", "fiddle shop job", "Hi {n},\n\nAppreciate you reaching out on Tackguava about the hardanger fiddle shop. We decided to keep the inlay work with Solveig, who's been with us part-time, and give her the extra days. So no opening for now, but thanks.\n\n{sig}\n{co}", "Sympathetic Strings", "symstrings", frm=via("Tackguava"), tz="usc")
wo("interview", "e6", "fiddle shop – stop by?", "Hi {n},\n\nSaw your Tackguava message. Can you swing past the shop {dl} at 10? Unfortunately the parking lot is torn up for the sewer work, so park on Main.\n\n{sig}\n{co}", "Sympathetic Strings", "symstrings", frm=via("Tackguava"), tz="usc")
wr("e7", "ranch hand (angora herd)", "Howdy {n},\n\nThanks for answering the Tacklychee listing for help with our angora goats. We hired a neighbor kid who has shorn with us the last two springs, so the spot's filled. Good luck out there.\n\n{sig}\n{co}", "Fleecewind Mesa Ranch", "fleecewind-mesa", frm=via("Tacklychee"), tz="usm")
wo("next_steps", "e7", "ranch hand – paperwork", "Hi {n},\n\nBefore shearing starts we need your I-9 papers and a reference from a previous outfit by {dl}. Send them through Tacklychee or straight here.\n\n{sig}\n{co}", "Fleecewind Mesa Ranch", "fleecewind-mesa", frm=via("Tacklychee"), tz="usm")
wr("e8", "truck crew", "Hey {n},\n\nThanks for hitting us up on Tackrambutan. We picked a guy who ran the spit at our old location, he already knows the rush. No shifts for anyone else right now, sorry about that.\n\n{sig}\n{co}", "Tzatziki Wheels", "tzatziki-wheels", frm=via("Tackrambutan"), tz="usp")
wo("offer", "e8", "truck crew – you're in", "Hey {n},\n\nSpot on the truck starting {dl}, if that suits. Unfortunately the shirts didn't come in, so black tee for now. Hit me back on Tackrambutan to confirm.\n\n{sig}\n{co}", "Tzatziki Wheels", "tzatziki-wheels", frm=via("Tackrambutan"), tz="usp")
wr("e9", "Dumpling kitchen", "Hi {n},\n\nThank you for your Tackloquat reply about pinching pierogies with us. Babcia Halina's granddaughter is joining the kitchen for the season, so the kitchen's full. Thanks for thinking of us.\n\n{sig}\n{co}", "Pinched Edge Kitchen", "pinched-edge", frm=via("Tackloquat"), tz="cae")
wo("application_received", "e9", "Got your reply", "Hi {n},\n\nThanks for the Tackloquat reply. We'll let everyone know by Friday, pinched or not pinched, so no need to chase.\n\n{sig}\n{co}", "Pinched Edge Kitchen", "pinched-edge", frm=via("Tackloquat"), tz="cae")
wr("e10", "spinet restoration", "Hi {n},\n\nGlad you got in touch through Tackpapaya. After a good think, I'm giving the restoration work to a retired piano tuner from the South Shore who already knows the old actions. I hope something turns up for you soon.\n\n{sig}\n{co}", "Plectrum & Jack Restorations", "plectrum-jack", frm=via("Tackpapaya"), tz="cat")
wo("interview", "e10", "spinet restoration – visit", "Hi {n},\n\nWould you come by the workshop {dl} at 2? Unfortunately the ramp is iced over half the time, so take the side steps.\n\n{sig}\n{co}", "Plectrum & Jack Restorations", "plectrum-jack", frm=via("Tackpapaya"), tz="cat")
wr("e11", "food truck help", "Hi {n},\n\nThanks so much for messaging on Tackmango. Our uncle's son arrived from Dharan last month and he'll fold momos with us all summer, so we're full up. Wishing you all the best.\n\n{sig}\n{co}", "Himal & Pleat", "himal-pleat", frm=via("Tackmango"), tz="cam")
wo("next_steps", "e11", "food truck – food safe card", "Hi {n},\n\nBefore your first shift, snap a photo of your FoodSafe card and send it by {dl}. No card, no shifts, sorry.\n\n{sig}\n{co}", "Himal & Pleat", "himal-pleat", frm=via("Tackmango"), tz="cam")
wr("e12", "server position", "Hi {n},\n\nThanks for applying via Tackkiwi to push carts at the teahouse. We've hired two servers who worked with us before the renovation, and that covers our weekend dimsum rush. Sorry we couldn't make room.\n\n{sig}\n{co}", "Ninefold Cart Teahouse", "ninefold-cart", frm=via("Tackkiwi"), tz="cap")
wo("offer", "e12", "cart server – offer", "Hi {n},\n\nWeekend cart shifts are yours starting {dl}. Unfortunately the lockers are all taken, so travel light.\n\n{sig}\n{co}", "Ninefold Cart Teahouse", "ninefold-cart", frm=via("Tackkiwi"), tz="cap")
wr("e13", "shop hand", "G'day {n},\n\nTa for the Tackpomelo message about the doner shop. Mate, my cousin's young fella has just finished school and he's on the spit from next week, so no spot going. All the best.\n\n{sig}\n{co}", "Vertical Spit Kebabs", "vertical-spit", frm=via("Tackpomelo"), tz="au")
wo("application_received", "e13", "got your message", "G'day {n},\n\nGot your Tackpomelo message, ta. Nothing from me by Sunday week means no this time round, though your number stays in my phone for summer.\n\n{sig}\n{co}", "Vertical Spit Kebabs", "vertical-spit", frm=via("Tackpomelo"), tz="au")
wr("e14", "hāngī crew", "Kia ora {n},\n\nYour Tackyuzu message about the hāngī crew was much appreciated. We've brought in two cousins from the marae who've been lifting baskets since they were kids, so the crew's full for the season.\n\nNgā mihi,\n{sig}\n{co}", "Steamstone Hāngī", "steamstone", frm=via("Tackyuzu"), tz="nz")
wo("interview", "e14", "come meet the crew", "Kia ora {n},\n\nKeen to join us at the yard {dl} at 8am to help prep a pit? Unfortunately the water tank's leaking, so bring your own drink bottle.\n\n{sig}\n{co}", "Steamstone Hāngī", "steamstone", frm=via("Tackyuzu"), tz="nz")
wr("e15", "Grower assistant", "Hi {n},\n\nWe appreciate your Tackfeijoa application for our microgreens tunnels. We've appointed a learner from the agri college nearby who did her practical with us, which closes the post. Sterkte with the search.\n\n{sig}\n{co}", "Sprout Tray Farm", "sprout-tray", frm=via("Tackfeijoa"), tz="za")
wo("next_steps", "e15", "Grower assistant – documents", "Hi {n},\n\nWe need your ID (certified copy) and your matric certificate by {dl} so we can finish the contract.\n\n{sig}\n{co}", "Sprout Tray Farm", "sprout-tray", frm=via("Tackfeijoa"), tz="za")
wr("e16", "Application for workshop assistant", "Dear {n},\n\nWe acknowledge the interest shown through Tackjujube in our veena workshop at Srirangam. The post of assistant has been given to the son of our senior craftsman, who has been learning the jackwood carving from childhood. Kindly accept our regrets.\n\nRegards,\n{sig}\n{co}", "Jackwood Strings", "jackwood-strings", frm=via("Tackjujube"), tz="in")
wo("offer", "e16", "Offer of workshop assistant", "Dear {n},\n\nWith pleasure we confirm your selection as workshop assistant, joining {dl}. Unfortunately the staff quarters are being repaired, so kindly arrange your stay for the first month.\n\n{sig}\n{co}", "Jackwood Strings", "jackwood-strings", frm=via("Tackjujube"), tz="in")
wr("e17", "Regarding sweet maker vacancy", "Dear {n},\n\nWe received your application via Tackmulberry for the rasgulla section. We have taken one karigar from our Howrah branch for this work, hence no vacancy is left at present. Thank you for applying.\n\n{sig}\n{co}", "Syrup Moon Mishtanna", "syrup-moon", frm=via("Tackmulberry"), tz="in")
wo("application_received", "e17", "Application received", "Dear {n},\n\nYour application via Tackmulberry is received. Selected or not, our phone call will come after Durga Puja.\n\n{sig}\n{co}", "Syrup Moon Mishtanna", "syrup-moon", frm=via("Tackmulberry"), tz="in")
wr("e18", "Re: Stylist application", "Hello {n},\n\nWe received your Tackgooseberry application for brow stylist. We have engaged an experienced threading stylist from our second outlet, hence the stylist chair is taken. We wish you success.\n\n{sig}\n{co}", "Arch & Thread Studio", "arch-thread", frm=via("Tackgooseberry"), tz="ng")
wo("interview", "e18", "Practical test", "Hello {n},\n\nKindly come for a practical assessment {dl} by 10am. Unfortunately NEPA has been unreliable, so the test will be by the window. Come with your own thread.\n\n{sig}\n{co}", "Arch & Thread Studio", "arch-thread", frm=via("Tackgooseberry"), tz="ng")
wr("e19", "Macrame studio assistant", "Hello {n},\n\nThanks for reaching out on Tackbilberry. We're going with a young woman from our Sunday knot class who already ties our plant hangers, so the assistant role is filled. Keep knotting!\n\n{sig}\n{co}", "Knotwork Loft", "knotwork-loft", frm=via("Tackbilberry"), tz="ng")
wo("next_steps", "e19", "Assistant – sample piece", "Hello {n},\n\nKindly send photos of one wall hanging you made by {dl}. Then we'll agree a day for you to come round.\n\n{sig}\n{co}", "Knotwork Loft", "knotwork-loft", frm=via("Tackbilberry"), tz="ng")
wr("e20", "Dye studio helper", "Dear {n},\n\nWe have gone through your Tackcloudberry application. The shibori helper post has gone to a lady from our Isinya women's group who has folded and bound cloth with us before. We appreciate your interest.\n\n{sig}\n{co}", "Clamp & Fold Studio", "clamp-fold", frm=via("Tackcloudberry"), tz="ke")
wo("offer", "e20", "Helper post offer", "Dear {n},\n\nWe're glad to offer the helper post to you from {dl}. Unfortunately the matatu stage nearby has moved, so kindly allow extra time for the first days.\n\n{sig}\n{co}", "Clamp & Fold Studio", "clamp-fold", frm=via("Tackcloudberry"), tz="ke")
wr("e21", "Baker helper", "Hi {n}!\n\nThank you for your message via Tackrowan po. We already took in my tita's neighbor who has baked ube rolls with us during Christmas season. So no opening now, sorry talaga.\n\n{sig}\n{co}", "Violet Crumb Bakery", "violet-crumb", frm=via("Tackrowan"), tz="ph")
wo("application_received", "e21", "Got your message", "Hi {n}!\n\nThanks po for your message via Tackrowan. Pasado man o hindi, expect our text this weekend.\n\n{sig}\n{co}", "Violet Crumb Bakery", "violet-crumb", frm=via("Tackrowan"), tz="ph")
wr("e22", "Ensemble member", "Hello {n},\n\nYour audition video reached us through Tackelder. The ensemble has chosen a gong player from Tawi-Tawi who trained with our founder. We hope you keep playing kulintang.\n\n{sig}\n{co}", "Brasswork Row Ensemble", "brasswork-row", frm=via("Tackelder"), tz="ph")
wo("interview", "e22", "Audition", "Hello {n},\n\nPlease come for a live audition on {dl} at 3pm. Unfortunately the hall's aircon is being fixed, so dress light.\n\n{sig}\n{co}", "Brasswork Row Ensemble", "brasswork-row", frm=via("Tackelder"), tz="ph")
wr("e23", "Stall helper", "Hi {n},\n\nThanks for applying via Tackquandong. Auntie decided to take her niece from JB to help fold the xiaolongbao, so the helper job is already taken. Sorry hor.\n\n{sig}\n{co}", "Eighteen Pleats Stall", "eighteen-pleats", frm=via("Tackquandong"), tz="sg")
wo("next_steps", "e23", "Stall helper – food hygiene", "Hi {n},\n\nPlease send your Basic Food Hygiene certificate by {dl}. Without it we cannot let you handle the dough.\n\n{sig}\n{co}", "Eighteen Pleats Stall", "eighteen-pleats", frm=via("Tackquandong"), tz="sg")
wr("e24", "About the assistant teacher position", "Dear {n},\n\nMany thanks for applying by Tacktamarillo. We considered carefully, and we decided to ask one of our long students, who plays shamisen for twelve years, to become assistant teacher. Please forgive us for this answer.\n\n{sig}\n{co}", "Three Strings School", "three-strings", frm=via("Tacktamarillo"), tz="jp")
wo("offer", "e24", "Assistant teacher position", "Dear {n},\n\nWe are happy to inform you that we want you as assistant teacher from {dl}. Unfortunately our practice room is small, so the lessons will be in two groups.\n\n{sig}\n{co}", "Three Strings School", "three-strings", frm=via("Tacktamarillo"), tz="jp")
wr("e25", "Instructor position result", "Dear {n},\n\nThank you for applying through Tackpersimmon. After the demo lessons, our academy decided to hire an instructor who graduated from the traditional music department and taught gayageum in Namwon. We wish you good luck.\n\n{sig}\n{co}", "Twelve Bridges Academy", "twelve-bridges", frm=via("Tackpersimmon"), tz="kr")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Tackcarambola Weekly: 9 new workshop jobs", "Hi {n},\n\nNew this week on Tackcarambola: bench joiner (Malvern), pickle packer (Abbotsford), sail-loft hand (Whakatane) and six more. Update your alert settings on your profile.\n\nTackcarambola", "Tackcarambola", "tackcarambola", frm="Tackcarambola Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "adopt", "Your adoption application", "Hi {n},\n\nThanks for applying to adopt Pepper. She has been matched with another family who have a fenced garden and no other dogs, so your application for her ends here.\n\n{sig}\n{co}", "Second Leash Rescue", "second-leash", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("ar", "بخصوص طلب التوظيف في {co}", "السيدة {full} المحترمة،\n\nنشكرك على اهتمامك بالعمل في قسم فرز التمور وتغليفها لدينا. وقد وقع اختيارنا على عاملة سبق أن عملت معنا في موسم القطاف الماضي، فلم يبقَ مكان شاغر في هذا الموسم.\n\nمع أطيب التمنيات،\n{sig}\n{co}", "مزارع الغور للتمور", "ghor-dates", tz="jo", lang="ar")
wo("offer", "ar", "عرض عمل من {co}", "السيدة {full} المحترمة،\n\nيسرّنا أن نعرض عليك وظيفة عاملة فرز في مشغل التمور ابتداءً من {dl}. للأسف ما زالت غرفة الاستراحة قيد الصيانة، لذا نرجو إحضار طعامك معك في الأيام الأولى.\n\n{sig}\n{co}", "مزارع الغور للتمور", "ghor-dates", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung bei {co}", "Guten Tag {full},\n\nschön, dass Sie an unsere Kerzenzieherei gedacht haben. Den Platz am Ziehrad bekommt eine Bewerberin, die schon zwei Winter lang an unserem Weihnachtsmarktstand mitgeholfen hat. Ihre Unterlagen werden in den kommenden Wochen gelöscht.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Dochtwerk Lindenau", "dochtwerk-lindenau", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für Ihre Bewerbung", "Guten Tag {full},\n\nfür das weitere Verfahren brauchen wir noch Ihr Gesundheitszeugnis und ein Arbeitszeugnis Ihres letzten Betriebs, bitte bis zum {dl}. Danach melden wir uns wegen eines Probetags.\n\nViele Grüße\n{sig}\n{co}", "Dochtwerk Lindenau", "dochtwerk-lindenau", tz="de", lang="de")
wr("es", "Tu candidatura en {co}", "Hola, {n}:\n\nMuchas gracias por querer venir a la campaña de molienda en la almazara. Al final hemos cubierto los turnos con la gente del pueblo que ya trabajó con nosotros el año pasado, y para esta campaña ya no nos queda hueco.\n\nUn saludo,\n{sig}\n{co}", "Almazara Los Olivillos", "los-olivillos", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nRecibida tu solicitud para la molienda, gracias. Te llamemos o no para la prueba, antes del día 15 te escribiremos para contarte en qué queda la cosa.\n\nUn saludo,\n{sig}\n{co}", "Almazara Los Olivillos", "los-olivillos", tz="es", lang="es")
wr("fr", "Votre candidature – {co}", "Bonjour {full},\n\nVous nous aviez écrit pour le poste d'aide-affineur dans nos caves, et nous vous en remercions. Nous avons préféré une voisine qui frottait déjà les meules à nos côtés l'hiver passé ; pour cette saison, la place n'est donc plus libre.\n\nBien cordialement,\n{sig}\n{co}", "Caves de la Combe Grise", "combe-grise", tz="fr", lang="fr")
wo("offer", "fr", "Proposition d'embauche – {co}", "Bonjour {full},\n\nBonne nouvelle : le poste d'aide-affineur est pour vous, avec une prise de fonction le {dl}. Hélas, les vestiaires sont en chantier tout le mois ; venez directement en bottes.\n\nBien cordialement,\n{sig}\n{co}", "Caves de la Combe Grise", "combe-grise", tz="fr", lang="fr")
wr("hi", "आवेदन के संबंध में", "नमस्कार {full},\n\nमुरादाबाद की पीतल-ढलाई इकाई को याद करने का शुक्रिया। पॉलिश वाला काम हमने अपने पुराने उस्ताद रफ़ीक़ भाई को लौटा दिया है, अतः इस मौसम में नई भर्ती का सवाल ही नहीं उठता।\n\nसादर,\n{sig}\n{co}", "पीतलनगर हस्तशिल्प", "peetalnagar", tz="in", lang="hi")
wo("interview", "hi", "इकाई पर मुलाक़ात", "नमस्कार {full},\n\n{dl} को सुबह ग्यारह बजे इकाई पधारें। खेद है कि सामने वाला फाटक टूटा पड़ा है, सो पिछवाड़े से अंदर आइएगा।\n\n{sig}\n{co}", "पीतलनगर हस्तशिल्प", "peetalnagar", tz="in", lang="hi")
wr("it", "La sua candidatura – {co}", "Gentile {full},\n\nche piacere ricevere la sua lettera per la bottega di liuteria. Abbiamo scelto di affiancare al maestro un allievo della scuola che già conosceva il nostro modo di lavorare l'abete, e per quest'anno il posto in bottega è occupato.\n\nCordiali saluti,\n{sig}\n{co}", "Liuteria del Torrazzo", "liuteria-torrazzo", tz="it", lang="it")
wo("next_steps", "it", "Documenti per la bottega", "Gentile {full},\n\nper andare avanti ci servono, entro il {dl}, alcune foto di un suo lavoro di intaglio e il diploma. Poi fisseremo un giorno di prova in bottega.\n\nCordiali saluti,\n{sig}\n{co}", "Liuteria del Torrazzo", "liuteria-torrazzo", tz="it", lang="it")
wr("ja", "採用選考の結果について", "{full}様\n\nこのたびは当畳店の職人見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご期待に添えず申し訳ございません。\n\n{co}\n{sig}", "井草屋畳店", "igusaya", tz="jp", lang="ja")
wo("application_received", "ja", "ご応募ありがとうございます", "{full}様\n\n見習い募集へのご応募を確かに受け付けました。面接にお呼びする場合もそうでない場合も、来月十日までにメールでお知らせいたします。\n\n{co}\n{sig}", "井草屋畳店", "igusaya", tz="jp", lang="ja")
wr("ko", "지원 결과 안내", "{full}님께\n\n옹기 공방 보조 모집에 마음을 내어 주셔서 감사드립니다. 지원서를 하나하나 읽어 본 뒤, 이번에는 공방에서 오래 배운 수강생과 함께하기로 했습니다. 좋은 인연을 이어가지 못해 아쉽습니다.\n\n{sig} 드림\n{co}", "흙숨옹기", "heuksum-onggi", tz="kr", lang="ko")
wo("interview", "ko", "면접 안내", "{full}님, 안녕하세요.\n\n{dl} 오후 두 시에 공방에서 면접을 보려고 합니다. 안타깝게도 가마 옆 주차장이 공사 중이라 버스를 이용해 주시면 좋겠습니다.\n\n{sig} 드림\n{co}", "흙숨옹기", "heuksum-onggi", tz="kr", lang="ko")
wr("pt", "Candidatura – {co}", "Olá, {n},\n\nAgradecemos muito que se tenha lembrado de nós para o fabrico dos pastéis. A vaga acabou entregue a quem já tinha feito connosco as madrugadas de verão junto ao forno, e portanto não seguimos com o seu nome nesta ronda.\n\nCumprimentos,\n{sig}\n{co}", "Pastelaria Cais Velho", "cais-velho", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho", "Olá, {n},\n\nGostávamos de contar consigo no turno da madrugada a partir de {dl}. Infelizmente as fardas ainda não chegaram, por isso traga roupa escura nos primeiros dias.\n\nCumprimentos,\n{sig}\n{co}", "Pastelaria Cais Velho", "cais-velho", tz="pt", lang="pt")
wr("ru", "Ответ на ваш отклик", "Здравствуйте, {full}!\n\nБлагодарим за интерес к работе на нашей лодочной верфи. На место помощника мастера мы взяли человека, который уже строил с нами деревянные лодки прошлым летом, поэтому сейчас предложить вам работу не можем.\n\nС уважением,\n{sig}\n{co}", "Верфь «Волжский вёсельщик»", "volga-veselshik", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы для оформления", "Здравствуйте, {full}!\n\nДля оформления пришлите, пожалуйста, до {dl} копию паспорта и медицинскую книжку. После этого согласуем первый рабочий день.\n\nС уважением,\n{sig}\n{co}", "Верфь «Волжский вёсельщик»", "volga-veselshik", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nBarua yako imetufikia kuhusu kazi ya kuchuma na kuanika karafuu shambani. Nafasi hiyo amepewa kijana wa hapa kijijini aliyetusaidia msimu uliopita, hivyo haipo tena.\n\nTunakutakia mafanikio,\n{sig}\n{co}", "Shamba la Viungo Mtoni", "mtoni-viungo", tz="tz", lang="sw")
wo("application_received", "sw", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limetufikia salama. Ukichaguliwa au usipochaguliwa, tutakutumia ujumbe kabla mwezi huu haujaisha.\n\n{sig}\n{co}", "Shamba la Viungo Mtoni", "mtoni-viungo", tz="tz", lang="sw")
wr("th", "ผลการสมัครงาน", "เรียน คุณ{full}\n\nขอบคุณที่สนใจสมัครงานดูแลสวนทุเรียนของเรา หลังจากพิจารณาแล้ว ทางสวนได้เลือกผู้ที่เคยช่วยเก็บผลผลิตกับเราเมื่อฤดูที่แล้ว ครั้งนี้ทางสวนจึงขอไม่รับเพิ่มค่ะ\n\nด้วยความเคารพ\n{sig}\n{co}", "สวนทุเรียนบ้านเนินหอม", "noenhom-durian", tz="th", lang="th")
wo("interview", "th", "นัดสัมภาษณ์งาน", "เรียน คุณ{full}\n\nอยากชวนมาคุยกันที่สวน วันที่ {dl} ตอนสิบโมงค่ะ แต่เสียดายว่าถนนทางเข้าสวนกำลังซ่อม กรุณาจอดรถไว้ที่หน้าวัดแล้วเดินเข้ามานะคะ\n\n{sig}\n{co}", "สวนทุเรียนบ้านเนินหอม", "noenhom-durian", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Sayın {full},\n\nBakırcı atölyemize yazdığınız için sağ olun. Kalaycı yardımcılığına, çıraklığını bizim tezgâhta yapmış bir arkadaşımızı aldık; o yüzden şimdilik size bir yer açamıyoruz.\n\nSaygılarımızla,\n{sig}\n{co}", "Çekiçhane Bakır Atölyesi", "cekichane", tz="tr", lang="tr")
wo("next_steps", "tr", "Eksik belgeler", "Sayın {full},\n\nİşe başlamadan önce nüfus cüzdanı fotokopinizi ve ikametgâh belgenizi en geç {dl} günü bize iletirseniz seviniriz.\n\nSaygılarımızla,\n{sig}\n{co}", "Çekiçhane Bakır Atölyesi", "cekichane", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nٹرک آرٹ ورکشاپ میں نقاشی کی نوکری کے لیے آپ نے رابطہ کیا، اس کے لیے ممنون ہیں۔ یہ کام اب اُس کاریگر خاتون کے سپرد ہے جو گزشتہ برس بھی ہمارے ہاں رنگ بھرتی تھیں، لہٰذا اس وقت آپ کو رکھنا ممکن نہیں۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-art", tz="pk", lang="ur")
wo("offer", "ur", "ملازمت کی پیشکش", "محترمہ {full}،\n\nہمیں خوشی ہے کہ آپ {dl} سے ہمارے ساتھ نقاشی کا کام شروع کر سکتی ہیں۔ بدقسمتی سے ورکشاپ کا پنکھا تاحال خراب ہے، اس لیے پہلے ہفتے صبح جلدی آئیے۔\n\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-art", tz="pk", lang="ur")
wr("zh", "关于您的应聘结果", "{full}您好：\n\n感谢您应聘我们瓷器工作室的拉坯助理一职。经过几轮比较，我们最终选择了一位已在窑口帮忙半年的同学，因此这次就不能和您合作了。祝您早日找到合适的工作。\n\n{sig}\n{co}", "青窑瓷艺工作室", "qingyao-ci", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的简历", "{full}您好：\n\n您的简历我们已经收到。无论是否进入试工环节，我们都会在下周五之前给您回复。\n\n{sig}\n{co}", "青窑瓷艺工作室", "qingyao-ci", tz="cn", lang="zh")
wr("tgl", "Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa pag-apply bilang panadero sa aming panaderya. Pasensya na, pero napili na namin ang dati naming katulong sa pagmamasa tuwing madaling-araw, kaya wala pa kaming bakanteng puwesto sa ngayon.\n\nIngat palagi,\n{sig}\n{co}", "Panaderya ni Aling Pacita", "aling-pacita", tz="ph", lang="tgl")
wo("interview", "tgl", "Imbitasyon para sa interview", "Magandang araw, {n}!\n\nPuwede ka bang pumunta sa panaderya sa {dl}, alas-nuwebe ng umaga? Sayang at sira ang aircon sa opisina, kaya sa labas tayo mag-uusap.\n\n{sig}\n{co}", "Panaderya ni Aling Pacita", "aling-pacita", tz="ph", lang="tgl")
wr("cat", "La teva candidatura", "Hola, {n},\n\nGràcies per l'interès a treballar al nostre celler durant la verema. Finalment hem agafat dues persones del poble que ja ens havien ajudat a fer el degorjat l'any passat, així que aquesta vegada no et podrem oferir la feina.\n\nUna abraçada,\n{sig}\n{co}", "Celler Cal Bombolla", "cal-bombolla", tz="es", lang="cat")
wo("next_steps", "cat", "Documentació pendent", "Hola, {n},\n\nPer poder fer-te l'alta ens cal una foto del DNI i el número de la teva targeta de la Seguretat Social. Envia'ns-ho, si us plau, abans del {dl}.\n\n{sig}\n{co}", "Celler Cal Bombolla", "cal-bombolla", tz="es", lang="cat")
wr("afr", "Jou aansoek", "Goeie dag {n},\n\nDankie dat jy aan ons rooibosplaas gedink het. Ons het besluit om iemand van die dorp aan te stel wat verlede seisoen al saam met ons gesny het, so daar is ongelukkig nie nou plek vir jou nie.\n\nVriendelike groete,\n{sig}\n{co}", "Kliprivier Teeplaas", "kliprivier-tee", tz="za", lang="afr")
wo("offer", "afr", "Aanbod vir die pos", "Goeie dag {n},\n\nOns bied jou met graagte die werk aan, vanaf {dl}. Ongelukkig is die werkersbakkie nog by die werkswinkel, so reël asseblief self vervoer vir die eerste week.\n\n{sig}\n{co}", "Kliprivier Teeplaas", "kliprivier-tee", tz="za", lang="afr")
wr("nor", "Søknaden din", "Hei {n},\n\nTakk for søknaden til jobben i skiverkstedet vårt. Vi har valgt en person som har jobbet med sliping og smøring hos oss de to siste vintrene, så denne gangen blir det dessverre ikke deg.\n\nVennlig hilsen\n{sig}\n{co}", "Fjellsåle Skiverksted", "fjellsale", tz="no", lang="nor")
wo("application_received", "nor", "Vi har fått søknaden din", "Hei {n},\n\nTakk, søknaden er kommet fram. Enten du blir kalt inn eller ikke, får du et svar fra oss før høstferien.\n\nVennlig hilsen\n{sig}\n{co}", "Fjellsåle Skiverksted", "fjellsale", tz="no", lang="nor")
wr("fin", "Hakemuksesi", "Hei {n},\n\nKiitos kiinnostuksestasi saunanrakentajan työhön. Valitsimme tehtävään henkilön, joka on jo kahtena kesänä rakentanut kanssamme rantasaunoja, joten emme tällä kertaa voi tarjota sinulle paikkaa.\n\nYstävällisin terveisin\n{sig}\n{co}", "Löylypaja Oy", "loylypaja", tz="fi", lang="fin")
wo("interview", "fin", "Kutsu haastatteluun", "Hei {n},\n\nPääsisitkö käymään verstaalla {dl} klo 10? Valitettavasti pihamme on auki kaivettuna vesiputkiremontin vuoksi, joten jätä auto kadun varteen.\n\nYstävällisin terveisin\n{sig}\n{co}", "Löylypaja Oy", "loylypaja", tz="fi", lang="fin")
wr("slk", "Vaša žiadosť o prácu", "Dobrý deň,\n\nvďaka, že ste sa ozvali kvôli práci na salaši. Na miesto pomocníka pri výrobe bryndze sme prijali človeka z obce, ktorý s nami minulé leto pásol ovce, a preto vám tentoraz prácu ponúknuť nemôžeme.\n\nS pozdravom\n{sig}\n{co}", "Salaš pod Kečkou", "salas-keckou", tz="sk", lang="slk")
wo("next_steps", "slk", "Potrebné doklady", "Dobrý deň,\n\npred nástupom nám, prosím, do {dl} pošlite kópiu zdravotného preukazu a číslo účtu. Potom sa dohodneme na prvom dni.\n\nS pozdravom\n{sig}\n{co}", "Salaš pod Kečkou", "salas-keckou", tz="sk", lang="slk")
wr("ukr", "Щодо вашої заявки", "Добрий день, {full}!\n\nДякуємо, що виявили бажання працювати в нашій вишивальній майстерні. Цього разу ми запросили майстриню, яка вже вишивала для нас сорочки до минулих свят, тому запропонувати вам місце зараз не можемо.\n\nЗ повагою,\n{sig}\n{co}", "Майстерня «Барвінкова нитка»", "barvinok-nytka", tz="ua", lang="ukr")
wo("offer", "ukr", "Пропозиція роботи", "Добрий день, {full}!\n\nРаді запропонувати вам місце в майстерні з {dl}. На жаль, у нас досі ремонтують вікна, тож перші дні працюватимемо в меншій кімнаті.\n\nЗ повагою,\n{sig}\n{co}", "Майстерня «Барвінкова нитка»", "barvinok-nytka", tz="ua", lang="ukr")
wr("hun", "Jelentkezése – {co}", "Kedves {full}!\n\nKöszönjük, hogy jelentkezett a paprikamalmunkba őrlő segédnek. A helyet végül egy helybéli jelentkezővel töltöttük be, aki tavaly ősszel már dolgozott nálunk a szárításnál, így most nem tudunk Önnek állást ajánlani.\n\nÜdvözlettel:\n{sig}\n{co}", "Pirosmalom", "pirosmalom", tz="hu", lang="hun")
wr("ell", "Σχετικά με την αίτησή σας", "Γεια σας,\n\nχαρήκαμε που σκεφτήκατε το καρνάγιό μας. Για τη θέση του βοηθού ξυλουργού επιλέξαμε έναν ψαρά του νησιού που έχει ήδη επισκευάσει καΐκια μαζί μας, οπότε για φέτος η θέση δεν είναι δική σας.\n\nΜε φιλικούς χαιρετισμούς,\n{sig}\n{co}", "Καρνάγιο Αρμυρίκι", "karnagio-armyriki", tz="gr", lang="ell")
wo("application_received", "ell", "Λάβαμε την αίτησή σας", "Καλησπέρα σας,\n\nλάβαμε το μήνυμά σας. Είτε σας φωνάξουμε για γνωριμία είτε όχι, θα έχετε νέα μας πριν κλείσει ο μήνας.\n\nΦιλικά,\n{sig}\n{co}", "Καρνάγιο Αρμυρίκι", "karnagio-armyriki", tz="gr", lang="ell")
wr("hrv", "Vaša prijava", "Dobar dan,\n\nlijepo od vas što ste pomislili na radionicu paške čipke. Odlučili smo se za gospođu iz Novalje koja s nama već godinama radi na izložbama, pa za vas ovaj put nemamo mjesta.\n\nLijep pozdrav,\n{sig}\n{co}", "Radionica Bijela nit", "bijela-nit", tz="hr", lang="hrv")
wo("interview", "hrv", "Poziv na razgovor", "Dobar dan,\n\npozivamo vas na razgovor u radionicu {dl} u 10 sati. Nažalost, parkiralište ispred zgrade se asfaltira, pa ostavite auto kod luke.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Radionica Bijela nit", "bijela-nit", tz="hr", lang="hrv")


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}",
}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
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
        rec["id"] = f"blind86:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 85; this slice and any later one are skipped by number."""
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
