# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-first sealed blind slice for issue 11 (blind-slice-181.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 180; slice 181 and later never read; our side printed)
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

SEED = 1811811
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-181.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 181
SKIP_FROM = 181  # this slice, slice 182 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Tamsin Penhaligon", "Chikondi Banda", "Karthika Muthuraman", "Shanice Noel", "Brody Lafontaine",
    "Yiming Zhao", "Ludovica Sartori", "Jago Trewin", "Thokozani Phiri", "Senthil Arumugam",
    "Akeila Charles", "Dallas Kowalchuk", "Xinyi Gao", "Aurelio Mancuso", "Morwenna Luscombe",
    "Tiwonge Mwale", "Ilakkiya Pandian", "Desmond Ollivierre", "Keegan Bilodeau", "Shufen Qian",
    "Serena Castiglioni", "Ciarán Foley", "Madison Okafor-Reyes", "Jarrah Whitlam", "Aroha Pomare",
    "Lindiwe Dube", "Rowan Ashcombe", "Bongani Kumwenda", "Nivetha Ramasamy", "Kelvin La Touche",
    "Carys Hext", "Fergal Brannigan", "Mei-Lin Hsu", "Opal Stonechild", "Tobiah Grenfell",
]
REGION_SIGNERS = {
    "uk": ["Loveday Pascoe", "Mervyn Chudleigh", "Demelza Hocking", "Nigel Tapper", "Heather Brimblecombe", "Gareth Yeo"],
    "ie": ["Orla Nagle", "Fiachra Doyle", "Máire Cullinane"],
    "us": ["Shonda Whitfield", "Brent Kasprzak", "Lorena Quintanilla", "Wade Halvorsen"],
    "ca": ["Darcy Fehr", "Leona Bear", "Gord Wiebe", "Shelby Tkachuk"],
    "au": ["Kirra Donnelly", "Mitchell Papadakis", "Georgie Lanham"],
    "nz": ["Tui Paewai", "Hamish Dunstan", "Mele Fonua"],
    "za": ["Thandeka Zulu", "Riaan du Plessis", "Nosipho Mabaso"],
    "mw": ["Chisomo Nyirenda", "Mphatso Chirwa", "Limbani Gondwe", "Grace Msiska"],
    "in": ["Murugesan Pandi", "Revathi Kannan", "Selvi Chidambaram", "Balaji Ramalingam"],
    "gd": ["Tricia Frederick", "Cyrus St. Bernard", "Annika Redhead", "Kerwin Thomas"],
    "it": ["Alessandra Vitale", "Gianluca Ferretti", "Paola Rinaldi"],
    "cn": ["Cindy Zhou", "Kevin Tang", "Lily Feng", "Zhang Min"],
    "gh": ["Akosua Mensah", "Kofi Asante-Bekoe"], "ng": ["Chinedu Eze", "Bisola Adeyemi"],
    "jm": ["Marcia Grant", "Delroy Campbell"], "sg": ["Ong Li Ting", "Ravi Menon"],
    "ph": ["Joy Villanueva", "Arnel Macaraeg"], "fj": ["Seru Naivalu", "Litia Waqa"],
}
GENERAL_SIGNERS = ["Sam Oduya", "Alex Marchetti-Byrne", "Jordan Fairweather"]
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "sk": "ca", "cae": "ca", "qld": "au", "sco": "uk", "bs": "jm", "az": "us", "nt": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["رحاب الشنفري", "منذر البلوشي"], "de": ["Henrike Stallbaum", "Volker Ebersbach"],
    "es": ["Maribel Quesada", "Xabier Urrutia"], "fr": ["Gaëlle Tessier", "Arnaud Perrichon"],
    "hi": ["मंदाकिनी पुरोहित", "हर्षवर्धन गोडबोले"], "it": ["Donatella Greco", "Fabrizio Monti"],
    "ja": ["中村 由美", "松本 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Falcão", "Joaquim Serrano"],
    "ru": ["Полина Зарецкая", "Глеб Остроухов"], "sw": ["Neema Kisanga", "Juma Mwakalinga"],
    "th": ["สุดารัตน์ ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ رشید", "عمران ملک"], "zh": ["赵雪梅", "孙建国"],
    "hrv": ["Ivana Babić", "Tomislav Knežević"], "ron": ["Ileana Vârlan", "Sorin Mocanu"],
    "bul": ["Десислава Петкова", "Стоян Георгиев"], "ukr": ["Оксана Ковальчук", "Тарас Мельник"],
    "hun": ["Pálfi Zsófia", "Vörös Ákos"], "nld": ["Marloes de Vries", "Joost van Dijk"],
    "pol": ["Agnieszka Wróbel", "Paweł Zieliński"], "ces": ["Lenka Svobodová", "Ondřej Dvořák"],
    "msa": ["Nurul Aisyah binti Hamzah", "Hafizuddin bin Zakaria"], "amh": ["ሰላማዊት ተስፋዬ", "ዳዊት አለሙ"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "يوسف الخطيب"], "de": ["Jana Rieckhoff", "Felix Albrecht"],
    "es": ["Lucía Barrientos", "Diego Montaño"], "fr": ["Maëlle Royer", "Hugo Lefranc"],
    "hi": ["पूजा रस्तोगी", "विकास ठाकुर"], "it": ["Giulia Marchetti", "Andrea Colombo"],
    "ja": ["高橋 美咲", "伊藤 蓮"], "ko": ["최유나", "강민호"], "pt": ["Inês Cardoso", "Tiago Moura"],
    "ru": ["Анна Волкова", "Сергей Никитин"], "sw": ["Halima Mrisho", "Baraka Lyimo"],
    "th": ["พิมพ์ชนก รักษ์ไทย", "ภูริภัทร ทองประเสริฐ"], "tr": ["Selin Arslan", "Kerem Öztürk"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["林晓燕", "黄志明"],
    "hrv": ["Petra Horvat", "Luka Marić"], "ron": ["Andreea Stan", "Mihai Ionescu"],
    "bul": ["Мария Иванова", "Николай Димитров"], "ukr": ["Ірина Шевченко", "Андрій Бондар"],
    "hun": ["Tóth Réka", "Nagy Bence"], "nld": ["Sanne Bakker", "Daan Mulder"],
    "pol": ["Katarzyna Nowak", "Michał Lewandowski"], "ces": ["Tereza Nováková", "Jakub Černý"],
    "msa": ["Siti Hajar binti Yusof", "Ahmad Danial bin Rahim"], "amh": ["ሄለን በቀለ", "ዮናስ ገብሩ"],
}
GIVEN = {
    "Mei-Lin Hsu": "Mei-Lin", "Zhang Min": "Min", "Ong Li Ting": "Li Ting", "Pálfi Zsófia": "Zsófia",
    "Vörös Ákos": "Ákos", "Tóth Réka": "Réka", "Nagy Bence": "Bence",
    "Nurul Aisyah binti Hamzah": "Aisyah", "Hafizuddin bin Zakaria": "Hafiz", "Siti Hajar binti Yusof": "Siti Hajar",
    "Ahmad Danial bin Rahim": "Danial", "中村 由美": "由美", "松本 大輔": "大輔", "高橋 美咲": "美咲", "伊藤 蓮": "蓮",
}
PROVIDERS = ["larkpost", "quillbox", "pebblemail", "otterpost", "fernbox", "heathmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "it": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "bs": ("-0500", "-0400", "us"), "sk": ("-0600", None, ""),
    "gd": ("-0400", None, ""), "jm": ("-0500", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "mw": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "qld": ("+1000", None, ""),
    "az": ("-0700", None, ""), "nt": ("+0930", None, ""), "wa": ("+0800", None, ""), "om": ("+0400", None, ""), "zm": ("+0200", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "sk", "bs", "az")
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
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, grateful you walked me past the chiller bays on Monday. Hygiene scan attached; my referee Mrs Okonkwo-Lamb answers before ten.\n{n}"
FOOT = "\n\n≈≈ {CO} · SEDGEHARROW CAREERS ≈≈\nNew vacancies hit the Sedgeharrow board each Tuesday; turn on Tollglimmer to get matching roles by email. Heronlatch, our staff letter, carries canteen recipes and retirement send-offs. Reply GLIMSTOP to silence all of this. Nobody reads this mailbox; candidate records are erased after twenty-nine months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
CH = "{co} Candidate Home <candidatehome@{dom}>"
mr("a01", "Your Candidate Home update – {role}", "Dear {n},\n\nRequisition R{ref} ({role}) now shows 'Closed – Appointed Elsewhere' in Candidate Home. {co} appreciates the interest, though your application ends at this requisition.\n\nTalent Team, {co}", ("Okehampton Livestock Market", "Kanengo Soya Processors"), ("okehamptonmart", "kanengosoya"), frm=CH, role=("Sale-Day Clerk", "Intake Weighbridge Clerk"), tz=("uk", "mw"))
mr("a02", "{co}: {role}", "Hi {n},\n\nOur three panellists enjoyed meeting you about {role}. Having compared notes, the hiring group is continuing with a different applicant whose background lines up more tightly. Future listings would welcome you.\n\nBest,\n{sig}\nRecruiting, {co}", ("Dartmoor Pony Sanctuary", "Madurai Jasmine Exports"), ("dartmoorponies", "maduraijasmine"), role=("Yard and Welfare Assistant", "Cold-Chain Packing Supervisor"), tz=("uk", "in"))
mr("a03", "About your {role} application", "Hello {n},\n\nSomeone else now holds the {role} opening; with that, your application closes. Your profile can rest eight months in the Lanternfield pool for similar roles – reply LANTERNQUIT to skip that.\n\nCheers,\n{sig} | {co}", ("Grand Anse Reef Divers", "Broadway Avenue Books Saskatoon"), ("grandansereef", "broadwaybooks"), role=("Dive Shop Assistant", "Evening Bookseller"), tz=("gd", "sk"))
mr("a04", "Application outcome – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>SR-{ref}</td><td>Unsuccessful – another applicant offered the post</td></tr></table><p>{co} appreciates your application.</p></body></html>", ("Ningbo Brightflow Faucets", "Lilongwe Area 47 Pharmacy"), ("brightflowfaucets", "area47pharmacy"), frm="{co} via SmartRecruiters <noreply@{dom}>", role=("Export Documentation Officer", "Dispensary Assistant"), tz=("cn", "mw"))
mr("a05", "{role} – screening result", "Dear {n},\n\nThe {role} posting named {x} as essential; screening turned up no evidence of it in your submission, so the application closed at stage one. Reapplying later, with it in hand, is welcome.\n\n{co} Recruitment", ("Exmouth Shellfish Dressing Co.", "Saskatoon Canola Crushers"), ("exmouthshellfish", "saskcanolacrush"), frm="{co} Recruitment <icims-alerts@{dom}>", role=("Line Operative", "Millwright Apprentice"), x=("a current Level 2 food-hygiene certificate", "a Saskatchewan journeyperson ticket"), tz=("uk", "sk"))
mr("a06", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} – {role}: filled. Candidate record status: Inactive. This is an automated message, so replies go nowhere. Other openings: see your candidate profile.\n\nCareers Section, {co}", ("Bologna Packwise Macchine", "Durban Quayside Container Depot"), ("packwisemacchine", "durbanquayside"), frm="{co} Careers <careers.noreply@{dom}>", role=("Field Service Technician", "Reach-Stacker Driver"), tz=("it", "za"))
mr("a07", "Your trial shift at {co}", "Hi {n},\n\nThanks for giving the trial shift a go last week – the team enjoyed having you in. After comparing notes we're offering the {role} place to someone else this round. Hope our paths cross again.\n\n{sig}\n{co}", ("Totnes Sourdough Bakehouse", "Gouyave Fish Fry Caterers"), ("totnessourdough", "gouyavefishfry"), frm="{sig} via Workable <{sl}@{dom}>", role=("Early Shift Baker", "Grill Cook"), tz=("uk", "gd"))
mr("a08", "Update on {role}", "Hello {n},\n\nA colleague already on our team has taken the {role} vacancy internally, which closes your application. Appreciate your patience throughout.\n\nPeople Operations\n{co}", ("Hangzhou Lakeview E-Commerce", "Innovation Place BioLabs Saskatoon"), ("lakeviewecom", "ipbiolabs"), frm="{co} People Ops <bamboohr@{dom}>", role=("Livestream Operations Specialist", "Lab Technician II"), tz=("cn", "sk"))
mr("a09", "Selection for {role}", "Dear {n},\n\nwe are grateful for the attention reserved to our reality and the time dedicated to the selection. As regards {role}, we inform you the choice fell on a profile more coherent with our exigencies. Best wishes for your professional path.\n\nCordiali saluti,\n{sig}\n{co}", ("Acetaia Ferrante Modena", "Harrogate Pump Room Tearooms"), ("acetaiaferrante", "pumproomtea"), frm="{sig} <{sl}@{dom}>", role=("Visitor Tasting Guide", "Front of House Supervisor"), tz=("it", "uk"))
mr("a10", "{role}: your screening score", "Dear {n},\n\nYour screening answers for {role} scored {x}; this application therefore stops here. Scoring uses only your form answers.\n\n{co} Hiring", ("Madurai Temple Town Residency", "Tucson Sunpath Solar Installers"), ("templetownresidency", "sunpathsolar"), frm="{co} Hiring <pinpoint@{dom}>", role=("Guest Relations Executive", "Solar Install Helper"), x=("24 of 50 (shortlist needs 31)", "55% (cut-off 68%)"), tz=("in", "az"))
mr("a11", "{role} job", "Morning {n} my lover,\n\nThanks ever so for popping in about the {role} job. Proper job meeting you, but us've took on a fella who've done it years afore. Keep an eye on our window, we're always wanting somebody come summer.\n\nCheerie,\n{sig}\n{co}", ("Bideford Quay Fish and Chips", "Barnstaple Furniture Restorers"), ("bidefordquaychips", "barumrestorers"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Fryer", "Workshop Assistant"), tz="uk")
mr("a12", "{co} – {role}", "Hi {n},\n\nThank you for making time for both co-founders last week. They've talked it over and settled on a different finalist for {role}. We really appreciated your questions about our test rig.\n\nWarmly,\n{sig}, Talent at {co}", ("Shenzhen Skyline Drone Works", "Galway Tidewater Medtech"), ("skylinedrones", "tidewatermed"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Firmware Test Engineer", "Quality Associate"), tz=("cn", "ie"))
mr("a13", "This season's {role} crew", "Hi {n},\n\nReturners from last year's crew have claimed every {role} bunk this season, leaving none over for you. Pop your name down again when the next season's form opens.\n\n{sig}\n{co}", ("Riwaka Hop Garden Harvest Crew", "Saskatoon Haskap Berry Picking Crew"), ("riwakahops", "haskapcrew"), role=("Harvest Hand", "Picker"), tz=("nz", "sk"))
mr("a14", "Beach hut attendant", "Alright {n},\n\nJust dropping you a line about the beach hut attendant job. Gert lot of folk applied, and 'tis a maid local to the Warren who's got it. Thank you kindly, and good luck with the searching, my lover.\n\n{sig}\n{co}", "Dawlish Warren Beach Huts", "dawlishhuts", tz="uk")
mr("a15", "Application for the post of Agent Supervisor", "Dear {n},\n\nMuli bwanji. Please note the Agent Supervisor vacancy is now taken up and your application has fallen short. Management is thankful for the interest shown; all the best going forward.\n\nZikomo,\n{sig}\nHuman Resources, {co}", "Kamuzu Road Mobile Money Agents", "kamuzuroadmoney", tz="mw")
mr("a16", "Your candidature – Service Advisor", "Dear {n},\n\nVanakkam. Kindly note your candidature for Service Advisor post is not considered at this juncture. Profile is kept in our records and same will be referred for future openings. This mail id is not monitored, kindly avoid reply.\n\nRegards,\nHR Department, {co}, Madurai", "Meenakshi Two-Wheeler Service Centre", "meenakshitwowheeler", tz="in")
mr("a17", "Deckhand work", "Hi {n},\n\nThanks for comin by the Carenage to talk bout the deckhand work. Boss done decide to keep the crew as is for now, so this time we cyah take you on. Doh study it, you go find something good.\n\nRespect,\n{sig}\n{co}", "Carenage Water Taxis", "carenagetaxis", tz="gd")
mr("a18", "Screen printer position", "Hey {n},\n\nAppreciate you tossing your name in for screen printer. We're hiring someone who's already run an automatic press. Good luck out there, and stay warm – it's supposed to hit minus thirty this weekend, eh.\n\n{sig}\n{co}", "Riversdale Bunnyhug Print Shop", "riversdalebunnyhug", tz="sk")
mr("a19", "Candidacy – Quality Controller", "Dear Mr./Ms. {n},\n\nwith reference to your candidacy as Quality Controller, we are sorry to communicate it was not admitted to the successive phase. Thanks for the trust given to our company.\n\nBest regards,\n{sig}\nHuman Resources Office, {co}", "Prato Rinasce Wool Recovery", "pratorinasce", tz="it")
mr("a20", "Merchandiser interview result", "Dear {n},\n\nHope you everything well. Thanks for joining the video interview for Merchandiser last Tuesday. After discussion, our team decide to choose other candidate, more experience with US buyers. Wish you find good job soon!\n\nBest wishes,\n{sig}\n{co}", "Dongguan Oakline Furniture Factory", "oaklinefurniture", tz="cn")
mr("a21", "Counter Assistant – shortlisting", "Dear {n},\n\nMany thanks for your Counter Assistant application. Shortlisting is now finished, and interview invitations this round went to others.\n\nKind regards,\n{sig}\n{co}", "Ludlow Market Hall Cheese Counter", "ludlowcheesecounter", tz="uk")
mr("a22", "Retail Assistant role", "Dear {n},\n\nThanks a million for the Retail Assistant application. Huge interest this time round, and it's after going to another candidate. Mind yourself now.\n\n{sig}\n{co}", "Kilkenny Castle Yard Craft Shop", "castleyardcraft", tz="ie")
mr("a23", "Warehouse Associate application", "Hi {n},\n\nReviews for Warehouse Associate are done, and we've chosen to pursue candidates whose qualifications fit our current needs more closely.\n\n{co} HR", "Asheville Mountain Bakery Supply", "ashevillebakerysupply", tz="use")
mr("a24", "Keeper Assistant", "G'day {n},\n\nCheers for applying for the Keeper Assistant gig. Cracking field, and a bloke with more croc handling under his belt nabbed the spot. Have another crack next Dry season if you like.\n\n{sig}\n{co}", "Darwin Crocodile Wetlands Park", "darwincrocwetlands", tz="nt")
mr("a25", "Packhouse Hand", "Kia ora {n},\n\nNgā mihi for applying for Packhouse Hand. A local applicant, handy for the early starts, got the role. Kia kaha for the job search.\n\nNgā mihi nui,\n{sig}\n{co}", "Kaikōura Crayfish Co-op", "kaikouracrayfish", tz="nz")
mr("a26", "Ripening Technician", "Dear {n},\n\nYour Ripening Technician application was reviewed and, regrettably, it fell short of the shortlist on this occasion. Sterkte with your search.\n\n{sig}\nHR, {co}", "Pietermaritzburg Avocado Ripening Rooms", "pmbavoripening", tz="za")
mr("a27", "Creamery Operator", "Hi {n},\n\nCreamery Operator update: we've reviewed everyone and this opening is heading a different direction. Your info stays on file in case second shift opens up.\n\n{sig}, {co}", "Madison Cheese Curd Creamery", "madisoncurds", tz="usc")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t01", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely having you round Monday; the team still talk about your stockmanship. The directors have appointed Wenna Cobley, six years on our Friday sales, to the {role} post.\n\nCheerie, my lover,\n{sig}\n\n{OUT}", ("Okehampton Livestock Market", "Exmouth Shellfish Dressing Co."), ("okehamptonmart", "exmouthshellfish"), role=("Yard Foreman", "Dressing Room Lead"), tz="uk")
mr("t02", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nWhat a lovely conversation on Thursday; the panel were moved by your community work in Dowa. The board has selected Mr Kondwani Mvula, who has acted in the {role} position since March, and he has accepted.\n\nZikomo kwambiri,\n{sig}\n\n{GM}", ("Kanengo Soya Processors", "Lilongwe Area 47 Pharmacy"), ("kanengosoya", "area47pharmacy"), role=("Shift Supervisor", "Pharmacy Technologist"), tz="mw")
mr("t03", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nA real pleasure to interact with you; our GM liked your warmth towards guests. Management has finalised Mr. Karthik Subbiah of our Tirunelveli unit for the {role} role, and he joins on the first.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Madurai Temple Town Residency", "Madurai Jasmine Exports"), ("templetownresidency", "maduraijasmine"), role=("Front Office Manager", "Export Supervisor"), tz="in")
mr("t04", "RE: [EXT] Re: {role}", "Hey {n},\n\nSweet meeting you down by the jetty, everybody still talking bout how you handle the big group. The owners give the {role} post to Shem Baptiste from the Grenville side, and he start Monday.\n\nBless up,\n{sig}\n\n{RULE}", ("Carenage Water Taxis", "Grand Anse Reef Divers"), ("carenagetaxis", "grandansereef"), role=("Dispatch Lead", "Divemaster"), tz="gd")
mr("t05", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nThanks for braving the snow on Tuesday – the crew enjoyed the plant tour with you. The hiring committee has selected Dale Wiebe from our Rosthern site for the {role} job, and he's said yes.\n\nTake care,\n{sig}\n\n{OUT}", ("Saskatoon Canola Crushers", "Innovation Place BioLabs Saskatoon"), ("saskcanolacrush", "ipbiolabs"), role=("Shift Lead", "Senior Lab Technician"), tz="sk")
mr("t06", "RE: [EXT] Re: Colloquium {role}", "Dear {n},\n\nmeeting you in Bologna was a true pleasure and our technical director appreciated very much your questions on the line. The direction has chosen for the {role} role Dr. Matteo Ricci, who is already collaborating with us from the Reggio Emilia office.\n\nA warm greeting,\n{sig}\n\n{GM}", ("Bologna Packwise Macchine", "Acetaia Ferrante Modena"), ("packwisemacchine", "acetaiaferrante"), role=("Service Coordinator", "Export Sales Assistant"), tz="it")
mr("t07", "RE: [EXT] Re: {role} second round", "Hi {n},\n\nThanks for the great talk on Friday, boss likes your ideas about the European market a lot. Finally management picked Sophie Wang from Guangzhou team for {role}, she takes over next month.\n\nBest regards,\n{sig}\n\n{OUT}", ("Shenzhen Skyline Drone Works", "Hangzhou Lakeview E-Commerce"), ("skylinedrones", "lakeviewecom"), role=("Hardware Project Manager", "Overseas Marketing Lead"), tz="cn")
mr("t08", "RE: [EXT] Re: {role} – site visit", "Hi {n},\n\nHuge thanks for giving us a whole morning on site – the tour ran over because everyone kept asking you questions. The hiring team have gone with Aoife Brennan, who was on contract with us all year, for the {role} position.\n\nAll the best,\n{sig}\n\n{RULE}", ("Galway Tidewater Medtech", "Durban Quayside Container Depot"), ("tidewatermed", "durbanquayside"), role=("Validation Engineer", "Yard Planner"), tz=("ie", "za"))

# ---- 8 clear refusals under the long footer
mr("f01", "{role} – your application", "Dear {n},\n\nThank you for applying for {role}. Regrettably your application was unsuccessful and goes no further.{FOOT}", ("Saskatoon Canola Crushers", "Kanengo Soya Processors"), ("saskcanolacrush", "kanengosoya"), frm="{co} Careers <careers@{dom}>", role=("Loadout Operator", "Boiler Attendant"), tz=("sk", "mw"))
mr("f02", "Outcome: {role} ({ref})", "Hello {n},\n\nReview of {role} (ref {ref}) is complete; sorry, no offer comes your way this time.{FOOT}", ("Exmouth Shellfish Dressing Co.", "Bologna Packwise Macchine"), ("exmouthshellfish", "packwisemacchine"), frm="{co} Careers <careers@{dom}>", role=("Despatch Clerk", "Spare Parts Planner"), tz=("uk", "it"))
mr("f03", "{role} application declined", "Dear {n},\n\nFollowing the hiring team's review, your {role} application has been declined. Sincere thanks for your interest.{FOOT}", ("Madurai Temple Town Residency", "Hangzhou Lakeview E-Commerce"), ("templetownresidency", "lakeviewecom"), frm="{co} Careers <careers@{dom}>", role=("Banquet Captain", "Customer Care Executive"), tz=("in", "cn"))
mr("f04", "Regarding {role}", "Hi {n},\n\nWe appreciate you applying for {role}. The decision has gone against you on this occasion and we will be progressing other applicants instead.{FOOT}", ("Durban Quayside Container Depot", "Tucson Sunpath Solar Installers"), ("durbanquayside", "sunpathsolar"), frm="{co} Careers <careers@{dom}>", role=("Gate Clerk", "Permit Coordinator"), tz=("za", "az"))

# ---- 9 hedged refusals
mr("h01", "{role} – thank you", "Hi {n},\n\nMuch appreciated, your interest in {role}. Strong field; two or three others suited the early-morning side of things a shade better. Wishing you well.\n\n{sig}\n{co}", ("Totnes Sourdough Bakehouse", "Riversdale Bunnyhug Print Shop"), ("totnessourdough", "riversdalebunnyhug"), role=("Pastry Assistant", "Shop Floor Helper"), tz=("uk", "sk"))
mr("h02", "About the {role} position", "Dear {n},\n\nThank you spend time for {role} interview. Our company now go another way for this position, the work will arrange inside current team. Wish you all the best.\n\n{sig}\n{co}", ("Ningbo Brightflow Faucets", "Dongguan Oakline Furniture Factory"), ("brightflowfaucets", "oaklinefurniture"), role=("QC Engineer", "Sample Room Supervisor"), tz="cn")
mr("h03", "{role} – our decision", "Dear {n},\n\nAppreciate the {role} application. Weighing every candidate, we felt others' backgrounds sat nearer what the branch needs at present. Thanks again.\n\n{sig}\n{co}", ("Kamuzu Road Mobile Money Agents", "Grand Anse Reef Divers"), ("kamuzuroadmoney", "grandansereef"), role=("Branch Cashier", "Boat Captain"), tz=("mw", "gd"))
mr("h04", "Colloquium – Tasting Room Host", "Dear {n},\n\nwe thank you for the colloquium. Other profiles resulted more coherent with the position's requisites, for this reason we proceed with them.\n\nCordiali saluti,\n{sig}\n{co}", "Acetaia Ferrante Modena", "acetaiaferrante", tz="it")
mr("h05", "Interview – Packing Supervisor", "Dear {n},\n\nThanks for attending the interview. Management felt other applicants are more apt for present requirement. Wishing you all success.\n\nRegards,\n{sig}\n{co}", "Madurai Jasmine Exports", "maduraijasmine", tz="in")
mr("h06", "Dispatch Coordinator", "Hi {n},\n\nAppreciate the chat. This role is being steered another direction and reshuffle the team's responsibilities, so your candidacy is closing out here.\n\n{sig}\n{co}", "Asheville Mountain Bakery Supply", "ashevillebakerysupply", tz="use")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r01", "{role} – after our call", "Hi {n},\n\nGood chatting earlier. Putting our call in writing: for {role} the client prefers a different candidate. In other news, a {x} post has just gone live that suits your background – want your CV going forward for it? Friday's the cut-off.\n\n{sig}\n{co}", ("Tamar Valley Recruitment", "Lilongwe Talent Link"), ("tamarvalleyrec", "lilongwetalent"), role=("Stores Controller", "Fleet Administrator"), x=("warehouse team leader", "stores supervisor"), tz=("uk", "mw"))
mr("r02", "Following up on {role}", "Hey {n},\n\nAppreciate the call. Confirming in writing: your {role} candidacy stops with this client. Silver lining – another client has a {x} vacancy I reckon you'd crush. OK to forward your profile?\n\n{sig}\n{co}", ("Prairie Sky Staffing", "Vaigai Manpower Consultants"), ("prairieskystaff", "vaigaimanpower"), role=("Plant Electrician", "Production Supervisor"), x=("maintenance planner", "quality inspector"), tz=("sk", "in"))
mr("r03", "Bar Supervisor job", "Hi {n},\n\nLike I say on the phone, hotel pick somebody else for the Bar Supervisor job. But a banquet server opening come up by Morne Rouge for next month – I should send yuh name for that?\n\n{sig}\n{co}", "Spice Isle Staffing", "spiceislestaffing", tz="gd")
mr("r04", "Customer Service Lead", "Hi {n},\n\nNice talking with you just now. Like I said, the client choose another candidate for the Customer Service Lead role, very close decision. I have one more position, Sourcing Specialist at a toy company in Dongguan, salary similar. Interested? Please reply me.\n\n{sig}\n{co}", "Shenzhen BridgeTalent Consulting", "bridgetalentsz", tz="cn")
mr("r05", "Office Coordinator – update", "Hi {n},\n\nGood yarn this arvo. As discussed, the client's chosen someone else for the Office Coordinator role. There's a fixed-term site admin gig in Parramatta that'd suit – okay if I pass your details on?\n\n{sig}\n{co}", "Harbourline Recruitment", "harbourlinerec", tz="au")

# ---- 8 public-sector notices
mr("p01", "Vacancy {ref} – notice of results", "Dear {n},\n\nVacancy {ref} – {role}\n\nYour application cleared the minimum qualifications. Even so, the referral certificate issued to the selecting manager omitted your name. Nothing further is pending on this vacancy.\n\n{co}", ("Devon County Council Recruitment", "Saskatchewan Public Service Commission"), ("devoncc-jobs", "sk-psc"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Corrections Worker"), tz=("uk", "sk"))
mr("p02", "Re: {role} – eligibility", "Dear {n},\n\nRe: {role}\n\nIneligible – when the closing date came, your application lacked {x}. The Commission cannot consider incomplete applications further.\n\nSecretary, {co}", ("Malawi Civil Service Commission", "Madurai Corporation Recruitment Cell"), ("mw-csc", "maduraicorp"), frm="{co} <secretary@{dom}>", role=("Assistant Accountant", "Junior Assistant"), x=("the certified MSCE certificate copy", "the Tahsildar's community certificate"), tz=("mw", "in"))
mr("p03", "Recruitment cancelled – {role}", "Dear {n},\n\nThis is to advise that the recruitment for {role} (ref. {ref}) has been cancelled and the vacancy will remain unfilled for now. Every application received, yours included, is now closed.\n\n{co}", ("Public Service Commission Grenada", "Comune di Bologna Personnel Office"), ("gd-psc", "comunebo-personale"), frm="{co} <recruitment@{dom}>", role=("Customs Clerk", "Library Assistant"), tz=("gd", "it"))
mr("p04", "Written examination result – {role}", "Dear {n},\n\nWritten examination result – {role}\n\nYour score was {x}. Below the cut-off, candidates do not proceed to interview; your application in this round ends here.\n\n{co}", ("Nanshan District Staff Recruitment Office", "Hobart Public Service Assessment Centre"), ("nanshan-recruit", "hobart-psac"), frm="{co} <results@{dom}>", role=("Community Service Officer", "Client Service Officer APS3"), x=("62 points, below the cut-off of 70", "58 per cent, below the merit line of 65 per cent"), tz=("cn", "au"))

# ---- 6 bare ATS status updates
mr("s01", "Application status update", "<html><body><p>Application status update</p><p>{role} – {ref}</p><p>Status: <b>No longer under consideration</b></p></body></html>", ("Bologna Packwise Macchine", "Tucson Sunpath Solar Installers"), ("packwisemacchine", "sunpathsolar"), frm="{co} <status@{dom}>", role=("Electrical Designer", "Warehouse Lead"), tz=("it", "az"))
mr("s02", "Your application for {role}", "Hello {n},\n\n{role} – application status: not progressing further.\n\n(Unmonitored mailbox.)", ("Hangzhou Lakeview E-Commerce", "Durban Quayside Container Depot"), ("lakeviewecom", "durbanquayside"), frm="{co} Careers <no-reply@{dom}>", role=("Content Moderator", "Straddle Carrier Operator"), tz=("cn", "za"))
mr("s03", "Status changed: {role}", "<html><body><p>Hi {n},</p><p><i>{role}</i> – application status now reads: <b>Not moving forward</b>.</p></body></html>", ("Galway Tidewater Medtech", "Saskatoon Canola Crushers"), ("tidewatermed", "saskcanolacrush"), frm="{co} Careers <no-reply@{dom}>", role=("Sterilisation Technician", "Lab Analyst"), tz=("ie", "sk"))

# ---- 6 internship / graduate decisions
mr("i01", "{role} – decision", "Dear {n},\n\nApplicants to our {role} outnumbered the places many times over; regrettably this year's intake excludes you. Try again next cycle, by all means.\n\nEarly Careers Team, {co}", ("Shenzhen Skyline Drone Works", "Galway Tidewater Medtech"), ("skylinedrones", "tidewatermed"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Summer Engineering Internship 2026", "Graduate Quality Programme"), tz=("cn", "ie"))
mr("i02", "{role} – final list", "Dear {n},\n\nWe write regarding the {role} intake. After the assessment day, the final trainee list omits your name. Much obliged for taking part.\n\n{sig}\n{co}", ("Kanengo Soya Processors", "Madurai Temple Town Residency"), ("kanengosoya", "templetownresidency"), role=("Graduate Trainee Scheme", "Hotel Management Trainee Programme"), tz=("mw", "in"))
mr("i03", "{role} placements", "Hi {n},\n\nAll {role} placements are now matched, and this cycle's offers did not include you. Thanks for applying – watch for the next posting round.\n\n{co} Student Programs", ("Innovation Place BioLabs Saskatoon", "Bologna Packwise Macchine"), ("ipbiolabs", "packwisemacchine"), frm="{co} Student Programs <students@{dom}>", role=("Winter Co-op Work Term", "Curricular Internship"), tz=("sk", "it"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "k01", "Application received – {role}", "Dear {n},\n\n{role}: logged against R{ref}. Candidate Home shows its progress – Submitted, Under Review, Interview, or 'Closed – Appointed Elsewhere' should the hiring managers pick differently. Whatever lands, that screen knows before any email does.\n\nTalent Team, {co}", ("Okehampton Livestock Market", "Kanengo Soya Processors"), ("okehamptonmart", "kanengosoya"), frm=CH, role=("Drover", "Forklift Driver"), tz=("uk", "mw"))
mo("application_received", "k02", "Thanks for applying – {role}", "Hi {n},\n\n{role} – your form is here, cheers! Every form gets read by two of us. Match or mismatch, an email follows, so there's zero guesswork on your side.\n\nRecruiting, {co}", ("Dartmoor Pony Sanctuary", "Madurai Jasmine Exports"), ("dartmoorponies", "maduraijasmine"), role=("Weekend Groom", "Garland Packing Assistant"), tz=("uk", "in"))
mo("application_received", "k03", "Got it – {role}", "Hello {n},\n\nGot your {role} form – much obliged! Hired or otherwise, your profile then rests in the Lanternfield pool eight months; tell us and it's scrubbed sooner.\n\n{sig} | {co}", ("Grand Anse Reef Divers", "Broadway Avenue Books Saskatoon"), ("grandansereef", "broadwaybooks"), role=("Boat Hand", "Children's Section Bookseller"), tz=("gd", "sk"))
mo("application_received", "k04", "Your application is in", "<html><body><p>Dear {n},</p><p>{role}: papers safely in.</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Screening</td><td>Being read</td></tr><tr><td>Interview</td><td>We will call you</td></tr><tr><td>Unsuccessful</td><td>Another applicant offered the post</td></tr></table></body></html>", ("Ningbo Brightflow Faucets", "Lilongwe Area 47 Pharmacy"), ("brightflowfaucets", "area47pharmacy"), frm="{co} via SmartRecruiters <noreply@{dom}>", role=("Sales Assistant", "Stock Controller"), tz=("cn", "mw"))
mo("application_received", "k05", "{role}: application logged", "Dear {n},\n\nThank you for applying for {role}. Should your application lack {x}, it would be closed at first screening; if everything is in order, a recruiter phones inside ten working days.\n\n{co} Recruitment", ("Exmouth Shellfish Dressing Co.", "Saskatoon Canola Crushers"), ("exmouthshellfish", "saskcanolacrush"), frm="{co} Recruitment <icims-alerts@{dom}>", role=("Hygiene Operative", "Elevator Operator"), x=("a food-hygiene certificate", "a valid Class 5 licence"), tz=("uk", "sk"))
mo("application_received", "k06", "Submission confirmed – requisition {ref}", "Dear {n},\n\nThis confirms receipt of your submission for requisition {ref} – {role}. Should someone else end up filling requisition {ref}, your record flips to Inactive by itself. Please do not reply.\n\nCareers Section, {co}", ("Bologna Packwise Macchine", "Durban Quayside Container Depot"), ("packwisemacchine", "durbanquayside"), frm="{co} Careers <careers.noreply@{dom}>", role=("Assembly Fitter", "Reefer Technician"), tz=("it", "za"))
mo("application_received", "k07", "Your form reached us", "Hi {n},\n\nYour {role} application landed safely. Our rule: we ring only with a match and a trial shift – three silent weeks means we picked other folk this round.\n\n{sig}\n{co}", ("Totnes Sourdough Bakehouse", "Gouyave Fish Fry Caterers"), ("totnessourdough", "gouyavefishfry"), frm="{sig} via Workable <{sl}@{dom}>", role=("Counter Assistant", "Prep Cook"), tz=("uk", "gd"))
mo("application_received", "k08", "Application for {role}", "Hello {n},\n\nCheers for the {role} application. Sometimes a role ends up filled internally; if that happens here, we shut your application and send a short note saying so. Otherwise expect to hear from us in two weeks.\n\nPeople Operations, {co}", ("Hangzhou Lakeview E-Commerce", "Innovation Place BioLabs Saskatoon"), ("lakeviewecom", "ipbiolabs"), frm="{co} People Ops <bamboohr@{dom}>", role=("Warehouse Planner", "Glassware Technician"), tz=("cn", "sk"))
mo("application_received", "k09", "Confirmation of candidacy – {role}", "Dear {n},\n\nwe confirm the arrival of your candidacy as {role}. Should it not be admitted to the successive phase, you will receive the communication by e-mail within some weeks.\n\nCordiali saluti,\n{sig}\n{co}", ("Acetaia Ferrante Modena", "Prato Rinasce Wool Recovery"), ("acetaiaferrante", "pratorinasce"), role=("Cellar Assistant", "Sorting Operator"), tz="it")
mo("application_received", "k10", "{role}: submitted", "Dear {n},\n\nYour application for {role} has been submitted. Screening answers are scored automatically; applications below the shortlisting line do not progress, and each applicant hears the score by email.\n\n{co} Hiring", ("Madurai Temple Town Residency", "Tucson Sunpath Solar Installers"), ("templetownresidency", "sunpathsolar"), frm="{co} Hiring <pinpoint@{dom}>", role=("Housekeeping Supervisor", "Roof Crew Member"), tz=("in", "az"))
mo("application_received", "k11", "{role} job", "Morning {n},\n\nGot your form for the {role} job, ta. No ring from us afore month's out? Then somebody else has got 'en, my lover – no hard feelings.\n\n{sig}\n{co}", ("Bideford Quay Fish and Chips", "Barnstaple Furniture Restorers"), ("bidefordquaychips", "barumrestorers"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Takeaway Server", "French Polisher"), tz="uk")
mo("application_received", "k12", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying to {co} for {role}. Yes or no, a human (one of the founders, usually) answers inside three weeks.\n\nTalent at {co}", ("Shenzhen Skyline Drone Works", "Galway Tidewater Medtech"), ("skylinedrones", "tidewatermed"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Flight Test Pilot", "Regulatory Affairs Associate"), tz=("cn", "ie"))
mo("application_received", "k13", "{role} sign-up", "Hi {n},\n\nThanks for signing up for a {role} spot. Returners from last season get first pick of the bunks; if they fill every one, your form gets carried forward to the following harvest anyhow.\n\n{sig}\n{co}", ("Riwaka Hop Garden Harvest Crew", "Saskatoon Haskap Berry Picking Crew"), ("riwakahops", "haskapcrew"), role=("Kiln Hand", "Sorting Table"), tz=("nz", "sk"))
mo("application_received", "k14", "Acknowledgement – {role}", "Dear {n},\n\nMuli bwanji. {role}: application received at our Lilongwe office. Please be advised, the phone rings for shortlisted people only; should four weeks pass in silence, please take it that the position went elsewhere.\n\nZikomo,\n{sig}\n{co}", ("Kamuzu Road Mobile Money Agents", "Malawi Civil Service Commission"), ("kamuzuroadmoney", "mw-csc"), role=("Float Officer", "Records Clerk"), tz="mw")
mo("application_received", "k15", "Application received for {role}", "Dear {n},\n\nVanakkam. {role} application reached us. If shortlisting does not happen, same shall sit in our databank one full year for upcoming needs. Kindly keep your mobile reachable.\n\nRegards,\nHR Department, {co}", ("Meenakshi Two-Wheeler Service Centre", "Vaigai Manpower Consultants"), ("meenakshitwowheeler", "vaigaimanpower"), role=("Spares Executive", "Billing Executive"), tz="in")
mo("application_received", "k16", "{role}", "Hi {n},\n\nWe get yuh {role} application, thanks plenty. Sweet or sour, the answer go reach you by WhatsApp before month end, so doh fret.\n\n{sig}\n{co}", ("Carenage Water Taxis", "Spice Isle Staffing"), ("carenagetaxis", "spiceislestaffing"), role=("Ticket Seller", "Housekeeper"), tz="gd")
mo("application_received", "k17", "Thanks for applying!", "Hey {n},\n\nThanks for applying for {role}! If it ends up not being the right fit, we'll still drop you a note either way – no ghosting here, eh.\n\n{sig}\n{co}", ("Riversdale Bunnyhug Print Shop", "Prairie Sky Staffing"), ("riversdalebunnyhug", "prairieskystaff"), role=("Embroidery Machine Operator", "Shipper Receiver"), tz="sk")
mo("application_received", "k18", "CV received – {role}", "Dear {n},\n\nWe received your CV for {role}, thanks a lot. If not suitable we will also inform you, please don't worry. If suitable, HR will call you for video interview.\n\nBest wishes,\n{sig}\n{co}", ("Dongguan Oakline Furniture Factory", "Shenzhen BridgeTalent Consulting"), ("oaklinefurniture", "bridgetalentsz"), role=("Upholstery QC", "Account Manager"), tz="cn")
mo("application_received", "k19", "Vacancy {ref} – application received", "Dear {n},\n\nVacancy {ref} – {role}: application filed. After closing day every qualified applicant receives exactly one of two notices – referred onward to the recruiting manager, or passed over at the referral stage.\n\n{co}", ("Devon County Council Recruitment", "Saskatchewan Public Service Commission"), ("devoncc-jobs", "sk-psc"), frm="{co} <recruitment@{dom}>", role=("Countryside Ranger", "Highway Equipment Operator"), tz=("uk", "sk"))
mo("application_received", "k20", "Registration of application – {role}", "Dear {n},\n\nYour application for {role} is registered. Any application still missing {x} on the closing date is treated as ineligible; kindly recheck your attachments.\n\nSecretary, {co}", ("Malawi Civil Service Commission", "Madurai Corporation Recruitment Cell"), ("mw-csc", "maduraicorp"), frm="{co} <secretary@{dom}>", role=("Assistant Statistician", "Sanitary Inspector"), x=("certified certificates", "the caste certificate"), tz=("mw", "in"))
mo("application_received", "k21", "Written examination – {role}", "Dear {n},\n\n{role}: admission to the written paper confirmed. Marks beneath the cut-off close matters before interview stage; all candidates are sent their marks.\n\n{co}", ("Nanshan District Staff Recruitment Office", "Hobart Public Service Assessment Centre"), ("nanshan-recruit", "hobart-psac"), frm="{co} <results@{dom}>", role=("Grid Administrator", "Parks Officer APS4"), tz=("cn", "au"))
mo("application_received", "k22", "{role}: application received", "Dear {n},\n\nThanks for applying to our {role}. Seats are few and demand big; successful or otherwise, each applicant receives a decision before April.\n\nEarly Careers Team, {co}", ("Shenzhen Skyline Drone Works", "Galway Tidewater Medtech"), ("skylinedrones", "tidewatermed"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Spring Software Internship", "Graduate Engineering Programme"), tz=("cn", "ie"))
mo("application_received", "k23", "{role} – acknowledgement", "Dear {n},\n\nWe hold your {role} papers now. Candidates who are not selected after the assessment day will receive a letter; those selected will receive an offer pack.\n\n{sig}\n{co}", ("Kanengo Soya Processors", "Madurai Temple Town Residency"), ("kanengosoya", "templetownresidency"), role=("Graduate Trainee Scheme", "Hotel Management Trainee Programme"), tz=("mw", "in"))
mo("application_received", "k24", "Welcome to {co}", "Hi {n},\n\nThanks for registering with {co}. Our consultants phone when a client brief suits your skills; quiet spells are normal – nothing to fret about.\n\n{sig}", ("Tamar Valley Recruitment", "Lilongwe Talent Link"), ("tamarvalleyrec", "lilongwetalent"), tz=("uk", "mw"))
mo("application_received", "k25", "Application received", "<html><body><p>Application received</p><p>{role} – {ref}</p><p>Possible statuses: Received / Being Reviewed / Interview / Closed (Not Progressing) / Hired.</p><p>Current status: <b>Received</b></p></body></html>", ("Bologna Packwise Macchine", "Tucson Sunpath Solar Installers"), ("packwisemacchine", "sunpathsolar"), frm="{co} <status@{dom}>", role=("PLC Programmer", "Inventory Clerk"), tz=("it", "az"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v01", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nQuick reply appreciated. Could you sit down with us on {dl}, ten sharp, for the interview? Unfortunately diggers have the visitors' car park up for resurfacing – the lane outside is fine for parking.\n\n{sig}\n\n{OUT}", ("Okehampton Livestock Market", "Saskatoon Canola Crushers"), ("okehamptonmart", "saskcanolacrush"), role=("Yard Foreman", "Shift Lead"), tz=("uk", "sk"))
mo("interview", "v02", "RE: [EXT] Re: {role}", "Dear {n},\n\nThank you for your mail. Kindly come for interview – {dl}, 2 pm. Sadly our lift has stopped working, so climb up two floors by the staircase beside reception.\n\n{sig}\n\n{GM}", ("Lilongwe Area 47 Pharmacy", "Madurai Jasmine Exports"), ("area47pharmacy", "maduraijasmine"), role=("Pharmacy Technologist", "Export Supervisor"), tz=("mw", "in"))
mo("interview", "v03", "Panel interview – {role}", "Hi {n},\n\nGreat news – the {role} panel hopes to see you {dl}. I'm afraid our booking tool crashed this morning; just name whichever hour works.\n\n{sig}\n{co}", ("Dartmoor Pony Sanctuary", "Galway Tidewater Medtech"), ("dartmoorponies", "tidewatermed"), role=("Yard and Welfare Assistant", "Quality Associate"), tz=("uk", "ie"))
mo("interview", "v04", "Invitation to colloquium – {role}", "Dear {n},\n\nit is our pleasure to convoke you to colloquium for {role}, day {dl}, hour 11:00, at our seat. Unfortunately the principal entrance is in works, so please enter from the lateral gate.\n\nCordiali saluti,\n{sig}", ("Bologna Packwise Macchine", "Acetaia Ferrante Modena"), ("packwisemacchine", "acetaiaferrante"), role=("Service Coordinator", "Visitor Tasting Guide"), tz="it")
mo("interview", "v05", "Second interview {role}", "Hi {n},\n\nGood news, you pass the first round! {role} second round: {dl}, 3 pm Beijing time, video call. Sorry our meeting room camera is broken, so we use phone video instead, ok?\n\n{sig}", ("Shenzhen Skyline Drone Works", "Ningbo Brightflow Faucets"), ("skylinedrones", "brightflowfaucets"), role=("Firmware Test Engineer", "Export Documentation Officer"), tz="cn")
mo("interview", "v06", "Chat about {role}", "Hi {n},\n\nCome by {dl}, 9 o'clock, and we go talk bout the {role} job. Bad news: rain mash up the beach road again, so leave home early.\n\n{sig}\n{co}", ("Grand Anse Reef Divers", "Carenage Water Taxis"), ("grandansereef", "carenagetaxis"), role=("Divemaster", "Deckhand"), tz="gd")
mo("interview", "v07", "Chat about the baker's job", "Morning {n},\n\nCould you pop in {dl} at half eight for a chat about the Early Shift Baker job? Unfortunately the front door's stuck, so come round the back by the flour store.\n\nCheers, {sig}", "Totnes Sourdough Bakehouse", "totnessourdough", tz="uk")
mo("interview", "v08", "Let's meet!", "Hey {n},\n\nSwing by {dl} at 1 pm about the screen printer spot? Heads up – sadly our parking lot's a skating rink right now, so maybe grab a spot on 20th Street.\n\n{sig}\n{co}", "Riversdale Bunnyhug Print Shop", "riversdalebunnyhug", tz="sk")
mo("interview", "v09", "Interview call letter – Service Advisor", "Dear {n},\n\nKindly attend interview for Service Advisor post on {dl}, 10 am. Unfortunately canteen is under closure presently, carry own lunch box. Bring original certificates.\n\nHR, {co}", "Meenakshi Two-Wheeler Service Centre", "meenakshitwowheeler", tz="in")
mo("interview", "v10", "Interview – Warehouse Associate", "Hi {n},\n\nWarehouse Associate interview: are you free {dl}? Unfortunately our HVAC is down, so dress in layers!\n\n{sig}\n{co}", "Asheville Mountain Bakery Supply", "ashevillebakerysupply", tz="use")
mo("interview", "v11", "Interview – Gate Clerk", "Hi {n},\n\nPlease come in for an interview for Gate Clerk on {dl}, nine o'clock. Unfortunately Eskom's schedule puts load-shedding over the morning, so charge your phone beforehand.\n\n{sig}\n{co}", "Durban Quayside Container Depot", "durbanquayside", tz="za")
mo("interview", "v12", "Shortlisted – Agent Supervisor", "Dear {n},\n\nYou have been shortlisted for Agent Supervisor. Interview is on {dl} at 9 am at our Kamuzu Road office. Regrettably parking is limited, kindly use a minibus or taxi.\n\nZikomo,\n{sig}", "Kamuzu Road Mobile Money Agents", "kamuzuroadmoney", tz="mw")
mo("next_steps", "n01", "Next step: online assessment", "Hi {n},\n\nNext step for {role}: an online assessment, about 40 minutes, to complete by {dl}. Unfortunately the test lacks any pause button once begun, so choose a quiet moment.\n\n{co} Hiring", ("Tucson Sunpath Solar Installers", "Madurai Temple Town Residency"), ("sunpathsolar", "templetownresidency"), frm="{co} Hiring <pinpoint@{dom}>", role=("Solar Install Helper", "Guest Relations Executive"), tz=("az", "in"))
mo("next_steps", "n02", "Action needed – {role}", "Dear {n},\n\nFor {role} to keep moving, Candidate Home needs your certificates plus two references – deadline {dl}. Sadly the portal spits out anything heavier than 4 MB.\n\nTalent Team, {co}", ("Kanengo Soya Processors", "Hangzhou Lakeview E-Commerce"), ("kanengosoya", "lakeviewecom"), frm=CH, role=("Intake Weighbridge Clerk", "Livestream Operations Specialist"), tz=("mw", "cn"))
mo("next_steps", "n03", "Referral – {role}", "Dear {n},\n\nGood news: your application for {role} now sits with the recruiting manager. Sign the enclosed declaration; we need it returned no later than {dl}. Unfortunately our scanner has died, so a clear phone photo will do.\n\n{co}", ("Devon County Council Recruitment", "Public Service Commission Grenada"), ("devoncc-jobs", "gd-psc"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Customs Clerk"), tz=("uk", "gd"))
mo("next_steps", "n04", "Written exercise – Corrections Worker", "Hi {n},\n\nBefore we book interviews for Corrections Worker, please finish the written exercise we've emailed by {dl}. Sorry, the exercise only opens in Word, not Google Docs.\n\n{sig}\n{co}", "Saskatchewan Public Service Commission", "sk-psc", tz="sk")
mo("next_steps", "n05", "Sourcing test", "Dear {n},\n\nPlease finish the product sourcing test in attachment and send back before {dl}. Unfortunately our VPN is slow these days, so maybe send from WeChat also ok.\n\n{sig}\n{co}", "Dongguan Oakline Furniture Factory", "oaklinefurniture", tz="cn")
mo("next_steps", "n06", "References – Quality Controller", "Dear {n},\n\nas next step of the selection for Quality Controller, we ask you to send the references by {dl}. Unfortunately our fax is broken, please use only e-mail.\n\n{sig}\n{co}", "Prato Rinasce Wool Recovery", "pratorinasce", tz="it")
mo("next_steps", "n07", "Case study – Validation Engineer", "Hi {n},\n\nNext up for Validation Engineer: a short case study, returned to us by noon, {dl}. Unfortunately the coffee machine in the lab is banjaxed, so the on-site part will be caffeine-free!\n\n{sig}\n{co}", "Galway Tidewater Medtech", "tidewatermed", tz="ie")
mo("offer", "o01", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted – the {role} position is offered to you, gladly! Contract follows; say yes before {dl}, please. Unfortunately the staff lockers are mid-refit, so bring a padlock for week one.\n\n{sig}\n\n{RULE}", ("Exmouth Shellfish Dressing Co.", "Innovation Place BioLabs Saskatoon"), ("exmouthshellfish", "ipbiolabs"), role=("Dressing Room Lead", "Senior Lab Technician"), tz=("uk", "sk"))
mo("offer", "o02", "Offer of appointment – {role}", "Dear {n},\n\nManagement is glad to name you our new {role}. Kindly send your acceptance before {dl}. Unfortunately the uniform room stays locked this week; uniforms come on joining day.\n\n{sig}\n{co}", ("Madurai Jasmine Exports", "Lilongwe Area 47 Pharmacy"), ("maduraijasmine", "area47pharmacy"), role=("Cold-Chain Packing Supervisor", "Dispensary Assistant"), tz=("in", "mw"))
mo("offer", "o03", "You get the job!", "Hi {n},\n\nYou get the job! We offer you Grill Cook, start {dl}. Only thing, sadly the kitchen fan still broke, so it go be hot in there for a week or so.\n\n{sig}\n{co}", "Gouyave Fish Fry Caterers", "gouyavefishfry", tz="gd")
mo("offer", "o04", "Harvest Hand offer", "Kia ora {n},\n\nStoked to offer you a Harvest Hand bunk this season, starting {dl}. Bad news: the crew van's laid up at the mechanic's, meaning sort your own ride out to the garden that first week.\n\n{sig}\n{co}", "Riwaka Hop Garden Harvest Crew", "riwakahops", tz="nz")
mo("offer", "o05", "Offer – Hardware Test Engineer", "Hi {n},\n\nCongratulations! We offer you Hardware Test Engineer, please sign the offer letter before {dl}. Sorry the dormitory is full now, so company will pay rent subsidy first three months.\n\n{sig}\n{co}", "Shenzhen Skyline Drone Works", "skylinedrones", tz="cn")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x01", "{role} – status", "Hello {n},\n\nStatus for {role}: Hiring Manager Review. You needn't lift a finger meanwhile.\n\n{co} Careers", ("Galway Tidewater Medtech", "Tucson Sunpath Solar Installers"), ("tidewatermed", "sunpathsolar"), frm="{co} Careers <no-reply@{dom}>", role=("Process Engineer", "Site Surveyor"), tz=("ie", "az"))
mo("other_job", "x02", "Application withdrawn", "Hi {n},\n\nDone – your {role} application has been pulled, per your request. Apply for anything else here whenever it suits.\n\n{co} Recruitment", ("Ningbo Brightflow Faucets", "Durban Quayside Container Depot"), ("brightflowfaucets", "durbanquayside"), role=("Buyer", "Tally Supervisor"), tz=("cn", "za"))
mo("other_job", "x03", "{role} on hold", "Dear {n},\n\nHiring for {role} sits frozen until the budget review ends. Your application remains live; expect a fresh update once recruitment resumes.\n\n{co}", ("Bologna Packwise Macchine", "Saskatoon Canola Crushers"), ("packwisemacchine", "saskcanolacrush"), role=("Technical Writer", "Rail Car Loader"), tz=("it", "sk"))
mo("job_alert", "x04", "Sedgeharrow alert: 3 new roles", "Hi {n},\n\nNew roles matching your alert: Packing Line Lead (Exmouth), Van Driver (Newton Abbot), Hygiene Operative (Exeter). Sorry, the Exeter role closes sooner than usual.{FOOT}", "Exmouth Shellfish Dressing Co.", "exmouthshellfish", frm="Sedgeharrow Alerts <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "x05", "A {role} role?", "Hi {n},\n\nSpotted your profile on a trawl this morning – one of our clients has a {role} post you'd slot into nicely. Could you spare ten minutes by phone, say before Friday?\n\n{sig}\n{co}", ("Tamar Valley Recruitment", "Prairie Sky Staffing"), ("tamarvalleyrec", "prairieskystaff"), role=("Site Administrator", "Inventory Controller"), tz=("uk", "sk"))
mo("recruiter_outreach", "x06", "Urgent requirement – Front Desk Associate", "Dear {n},\n\nGreetings from {co}. Urgent opening is there for Front Desk Associate, reputed hotel chain, Madurai. If interested kindly forward latest CV.\n\n{sig}", "Vaigai Manpower Consultants", "vaigaimanpower", tz="in")
mo("non_job_rejection_words", "x07", "Your personal loan application", "Dear {n},\n\nRe the {x} you asked to borrow: unfortunately, measured against our lending criteria, the society cannot approve it just now.\n\n{co} Lending", ("Haldon Hill Building Society", "Chilinde Savings and Credit Co-operative"), ("haldonhillbs", "chilindesacco"), x=("£4,000", "MK 900,000"), tz=("uk", "mw"))
mo("non_job_rejection_words", "x08", "Prairie Marathon entry ballot", "Hi {n},\n\nBallot results are in for next year's Prairie Marathon. Sorry – the draw passed your entry over. Charity places remain available till month's end.\n\n{sig}\n{co}", "Saskatoon Prairie Marathon", "prairiemarathon", tz="sk")
mo("non_job_rejection_words", "x09", "Flat at K.K. Nagar", "Dear {n},\n\nThis is regarding the 2BHK flat at K.K. Nagar. Owner has let the flat to one other family, hence your request stands cancelled. Kindly contact us for other flats.\n\n{sig}\n{co}", "Vaigai Homes Rentals", "vaigaihomes", tz="in")
mo("non_job_rejection_words", "x10", "Membership application", "Hi {n},\n\nClub membership: the committee regret the senior list full up this season, so we cyah give you a playing place. Yuh name sitting on the waiting list.\n\n{sig}\n{co}", "Morne Jaloux Cricket Club", "mornejalouxcc", tz="gd")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, 24 with their twins
def via(ch: str) -> str:
    return f"\n\n(Seen on Wickerlune{ch}, a Wickerlune trades listing)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


ACK, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("buoyscraping", "Alder", "Oban Harbour Buoy Yard", "obanbuoyyard", "sco",
     ("Buoyscraping hand", "Hi {n},\n\nCheers for your buoyscraping hand application. A Kerrera lad who knows every mooring has landed it, and that's your application done with."),
     (ACK, "Buoyscraping hand – received", "Hi {n},\n\nYour note about the buoyscraping hand job reached us. Picked or passed over, expect a line from us before the next spring tide."))
pair("mushroompicking", "Birch", "Kennett Square Mushroom Houses", "kennettmushroom", "use",
     ("Mushroompicking crew", "Hi {n},\n\nReturning pickers have taken every night-shift slot on our mushroompicking crew, so this year's roster stays closed to you. Thanks for your interest."),
     (INT, "Mushroompicking crew – meet us", "Hi {n},\n\nCan you come by the growing houses on {dl} at 7 am to talk mushroompicking shifts? Unfortunately the break room heater is broken, so wear a warm layer."))
pair("kelpdrying", "Cedar", "Connemara Kelp Drying Company", "connemarakelp", "ie",
     ("Kelpdrying assistant", "Hi {n},\n\nGo raibh maith agat for asking about kelpdrying. The seasonal place went to a Carna woman who worked the racks last year, so that's it for this season."),
     (NXT, "Kelpdrying – one more thing", "Hi {n},\n\nBefore we go further on the kelpdrying post, could you send on a copy of your manual-handling cert – deadline {dl}. The office printer is dead, sadly, so a phone photo is grand."))
pair("wreathtying", "Damson", "Green Mountain Wreath Barn", "greenmtnwreath", "use",
     ("Wreathtying season", "Hi {n},\n\nThanks for applying for wreathtying this season. Our benches are full with last year's tiers, so no bench is free for you."),
     (OFF, "Wreathtying bench – offer", "Hi {n},\n\nA wreathtying bench opens for you on {dl}, piece rate plus a weekly bonus. Unfortunately the barn driveway is icy, so park down by the road."))
pair("mosscollecting", "Elm", "Hokitika Sphagnum Moss Gatherers", "hokitikamoss", "nz",
     ("Mosscollecting job", "Kia ora {n},\n\nCheers for applying for the mosscollecting job. It's gone to someone already holding a DOC permit, so your application stops there."),
     (ACK, "Mosscollecting – got it", "Kia ora {n},\n\nYour mosscollecting application has arrived. Good news or no, we'll ring within a fortnight – keep your phone handy out on the Coast."))
pair("cockleraking", "Fir", "Morecambe Bay Cocklers' Co-operative", "morecambecocklers", "uk",
     ("Cockleraking vacancy", "Hi {n},\n\nThanks for your interest in cockleraking with the co-op. The bay licences this year went to members with more tide experience, so your application halts there."),
     (INT, "Cockleraking – come and see us", "Hi {n},\n\nCould you come to the co-op hut at Flookburgh on {dl} at 11 to chat about cockleraking? I'm afraid the tractor is off the road, so there's no trip onto the sands that day."))
pair("fishgutting", "Gean", "Lerwick Pier Fishgutting Shed", "lerwickgutting", "sco",
     ("Fishgutting shift", "Hi {n},\n\nFishgutting shifts for the winter run are all filled with folk from Bressay; none left over for you this time."),
     (NXT, "Fishgutting – paperwork", "Hi {n},\n\nTo get you started on fishgutting we need your bank details and boot size by {dl}. Unfortunately the ferry timetable is cut back, so allow extra time on your first morning."))
pair("glovesewing", "Hazel", "Yeovil Leather Glovesewing Rooms", "yeovilgloverooms", "uk",
     ("Glovesewing machinist", "Dear {n},\n\nYour glovesewing machinist application was read with care. We've chosen a machinist with twin-needle experience, and yours goes no further."),
     (OFF, "Glovesewing machinist – offer", "Dear {n},\n\nGlovesewing machinist – the post is yours; you start {dl}. Our canteen's shut for a refit, unfortunately – packed lunches for the first fortnight."))
pair("bricktrimming", "Ilex", "Kumasi Road Bricktrimming Works", "kumasibrickworks", "gh",
     ("Bricktrimming work", "Hello {n},\n\nOur foreman has picked bricktrimming men he has worked with before, so there is no engagement for you now. Thank you for coming forward."),
     (ACK, "Bricktrimming – your application", "Hello {n},\n\nWe have your bricktrimming application. Chosen or not, the foreman sends word before month's end."))
pair("tentpatching", "Juniper", "Kununurra Canvas and Tentpatching", "kununurracanvas", "wa",
     ("Tentpatching job", "G'day {n},\n\nThanks for applying for tentpatching. A local with heavy-machine sewing under their belt landed the job. Better luck next round."),
     (INT, "Tentpatching – come in", "G'day {n},\n\nCome in {dl} at 8 for a yarn about tentpatching. Unfortunately the workshop aircon has packed it in – expect a sweaty morning."))
pair("potholefilling", "Kowhai", "Red River Potholefilling Crew", "redriverpothole", "usc",
     ("Potholefilling labourer", "Hi {n},\n\nThanks for applying for potholefilling labourer. We've hired crew members who hold a flagger certificate, so your application won't move forward."),
     (NXT, "Potholefilling – safety form", "Hi {n},\n\nPlease send your signed safety form for potholefilling labourer by {dl}. Unfortunately the yard office is closed Fridays, so email it."))
pair("sheepdipping", "Larch", "Brecon Beacons Sheepdipping Contractors", "breconsheepdip", "uk",
     ("Sheepdipping hand", "Hi {n},\n\nDiolch for applying for sheepdipping hand. A farmer's son from Sennybridge with his certificate of competence has got the work, so the work goes his way, not yours."),
     (OFF, "Sheepdipping hand – offer", "Hi {n},\n\nHappy to offer you the sheepdipping hand job from {dl}. Unfortunately the Land Rover's in the garage – arrange a lift up to the first farm."))
pair("chalkcarving", "Maple", "Uffington Downs Chalkcarving Trust", "uffingtonchalk", "uk",
     ("Chalkcarving volunteer lead", "Dear {n},\n\nThank you for applying for chalkcarving volunteer lead. The trust has appointed an applicant with scheduled-monument experience, and yours stops here."),
     (ACK, "Chalkcarving volunteer lead – received", "Dear {n},\n\nWe have your chalkcarving application. Whatever the trustees decide, every candidate gets a letter within three weeks."))
pair("pretzeltwisting", "Nutmeg", "Lititz Pretzeltwisting Bakery", "lititzpretzel", "use",
     ("Pretzeltwisting baker", "Hi {n},\n\nThanks for applying for pretzeltwisting baker. A baker from our Ephrata store has taken the spot, so we've left your name off the schedule."),
     (INT, "Pretzeltwisting – tryout", "Hi {n},\n\nWant to come twist with us {dl} at 6 am for a pretzeltwisting tryout? Unfortunately they're repaving our front lot; park behind the church."))
pair("kettledescaling", "Oak", "Ikeja Kettledescaling Services", "ikejadescale", "ng",
     ("Kettledescaling technician", "Dear {n},\n\nThank you for applying as kettledescaling technician. Management has engaged another candidate with boiler experience, so the Ikeja office files your papers away, with thanks."),
     (NXT, "Kettledescaling – next step", "Dear {n},\n\nKindly send copies of your trade test certificates for kettledescaling technician by {dl}. Unfortunately NEPA has taken light at the office, so we cannot receive walk-ins."))
pair("truffleprobing", "Poplar", "Manjimup Truffleprobing Estate", "manjimuptruffle", "wa",
     ("Truffleprobing harvest", "G'day {n},\n\nCheers for applying for truffleprobing this winter. Last season's dog handlers all came back, leaving every place filled this year."),
     (OFF, "Truffleprobing harvest – offer", "G'day {n},\n\nA truffleprobing harvest place is yours from {dl}. Unfortunately the shearers' quarters are booked out – you'd be bunking in town."))
pair("caskcoopering", "Quince", "Willamette Rain-Barrel Caskcoopering", "willamettebarrels", "usp",
     ("Caskcoopering apprentice", "Hi {n},\n\nThanks for applying for caskcoopering apprentice. Our lead cooper has picked an apprentice from the community college program, so your application closes here."),
     (ACK, "Caskcoopering apprentice – received", "Hi {n},\n\nYour caskcoopering application came through. Hire or pass, we email every applicant once the lead cooper decides."))
pair("raftlashing", "Rowan", "Sigatoka Bamboo Raftlashing Yard", "sigatokarafts", "fj",
     ("Raftlashing worker", "Bula {n},\n\nVinaka for applying for raftlashing work. We have chosen workers from the village next to the yard, so this round the yard has nothing for you."),
     (INT, "Raftlashing – come see us", "Bula {n},\n\nCome down to the yard {dl} at 9 to talk raftlashing. Sadly the road bridge is closed after the rain, so take the long way through town."))
pair("zipmending", "Spruce", "Tanjong Pagar Zipmending Corner", "tpzipmending", "sg",
     ("Zipmending assistant", "Hi {n},\n\nThank you for applying as zipmending assistant. We have decided on another applicant with alteration experience; this email closes your application."),
     (NXT, "Zipmending assistant – sample", "Hi {n},\n\nPlease bring a sample of your zipmending work to our stall by {dl}. Unfortunately the block's lift is being serviced; walk up to level two."))
pair("brushbinding", "Teak", "Spanish Town Brushbinding Works", "spanishtownbrush", "jm",
     ("Brushbinding job", "Hi {n},\n\nThanks for applying for brushbinding. Boss man choose somebody who bind brush before, so we cyaan give you the work right now."),
     (OFF, "Brushbinding – you're in", "Hi {n},\n\nWe offering you the brushbinding job, start {dl}. Unfortunately water gone at the works that week, so walk with a bottle."))
pair("honeypressing", "Ulmo", "Leatherwood Honeypressing Shed", "leatherwoodhoney", "au",
     ("Honeypressing hand", "Hi {n},\n\nThanks for applying for honeypressing hand. A beekeeper from the Huon got the job; nothing left over for you this time."),
     (ACK, "Honeypressing hand – application in", "Hi {n},\n\nGot your honeypressing application. Yes or no, an answer lands ahead of the leatherwood flow."))
pair("gourdpainting", "Vine", "Lusaka Gourdpainting Studio", "lusakagourds", "zm",
     ("Gourdpainting artist", "Dear {n},\n\nThank you for applying as gourdpainting artist. The studio chose an artist whose portfolio suits our market stall, so with this letter your application closes."),
     (INT, "Gourdpainting – studio visit", "Dear {n},\n\nPlease visit the studio on {dl} at 10 hours to talk about gourdpainting. Regrettably the kiln room is closed for repairs, so bring your portfolio only."))
pair("feltfulling", "Willow", "Missoula Feltfulling Mill", "missoulafelt", "usm",
     ("Feltfulling operator", "Hi {n},\n\nThanks for applying for feltfulling operator. We hired someone who ran a fulling machine at a hat shop; your application stops here."),
     (NXT, "Feltfulling operator – forms", "Hi {n},\n\nPlease fill in the I-9 and tax forms for feltfulling operator by {dl}. Unfortunately our portal is down, so bring paper copies."))
pair("kitepleating", "Yew", "Taytay Kitepleating Workshop", "taytaykites", "ph",
     ("Kitepleating helper", "Hi {n},\n\nSalamat po for your kitepleating helper application. An applicant living beside the workshop got it, so sadly not you this round."),
     (ACK, "Kitepleating helper – received", "Hi {n},\n\nYour kitepleating application reached us po. Pasado man o hindi, a text reaches you inside fourteen days."))
pair("poledriving", "Zelkova", "Nassau Dock Poledriving Company", "nassaupoles", "bs",
     ("Poledriving crew", "Hi {n},\n\nOur poledriving crew foreman went with men who already ran the pile hammer at the harbour, so there's no taking you on."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-wickerlune", "Wickerlune: 3 trade jobs this week", "Hi {n},\n\nThis week on Wickerlune: net-loft helper (Stornoway), apiary assistant (Hawke's Bay), sailmaker's mate (Lunenburg). Sorry, the Stornoway post closes early.\n\nWickerlune trades listing", "Wickerlune", "wickerlune", frm="Wickerlune <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-allotment", "Community garden plot", "Hi {n},\n\nAbout a plot at the Eastgate community garden: unfortunately all beds are spoken for this year, so nothing for you yet. We've pencilled you onto next spring's list.\n\n{sig}", "Eastgate Community Garden", "eastgategarden", tz="use")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins (none for Malay)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(f"{lang}-{fam}", rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{KIND_CODE[twin[0]]}-{lang}-{fam}", twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("frankincense", "ar", "متجر لبان مطرح", "muttrahfrankincense", "om",
   ("طلب وظيفة بائع لبان", "أهلاً {n}،\n\nشكراً لاهتمامك بالعمل بائعاً في محلنا للبان. اخترنا مرشحاً آخر يجيد خدمة السياح، وبهذا ينتهي النظر في طلبك.\n\nمع أطيب التمنيات،\n{sig}\n{co}"),
   (ACK, "استلام طلبك", "أهلاً {n}،\n\nطلبك للعمل بائعاً في محل اللبان بين أيدينا. قبولاً كان القرار أو اعتذاراً، يصلك جوابنا في غضون أسبوعين.\n\nتحياتنا،\n{sig}\n{co}"))
lp("marzipan", "de", "Marzipanwerkstatt Holstentor", "holstentor-marzipan", "de",
   ("Ihre Bewerbung in der Marzipanwerkstatt", "Hallo {n},\n\nschön, dass unsere Marzipanwerkstatt Ihr Interesse geweckt hat. Den Platz bekommt eine gelernte Konditorin; Ihre Bewerbung endet damit leider hier.\n\nHerzlich aus Lübeck\n{sig}\n{co}"),
   (ACK, "Eingangsbestätigung", "Hallo {n},\n\nIhre Bewerbung für unsere Marzipanwerkstatt ist bei uns eingegangen. Zusage oder Absage: binnen drei Wochen bekommen Sie Post.\n\nHerzlich aus Lübeck\n{sig}\n{co}"))
lp("arrozal", "es", "Cooperativa Arrocera del Palmar", "arroceradelpalmar", "es",
   ("Tu candidatura – peón de arrozal", "Buenas, {n}:\n\nTe agradecemos el interés por trabajar de peón en nuestros arrozales de la Albufera. El puesto es para una vecina de El Palmar con experiencia en la siega, y tu candidatura termina aquí.\n\nUn saludo,\n{sig}\n{co}"),
   (INT, "Entrevista – peón de arrozal", "Hola {n}:\n\n¿Puedes venir a la cooperativa el {dl} a las 9:00 para una entrevista? Por desgracia el camino del embarcadero está cortado por obras, mejor llega por Sueca.\n\nUn saludo,\n{sig}\n{co}"))
lp("savonnerie", "fr", "Savonnerie du Vieux-Port", "savonnerievieuxport", "fr",
   ("Votre candidature – opérateur de chaudron", "Bonjour {n},\n\nVotre intérêt pour notre savonnerie nous touche. Cependant nous avons préféré un candidat rompu à la saponification à l'ancienne ; votre candidature prend fin ici.\n\nBien à vous,\n{sig}\n{co}"),
   (NXT, "Prochaine étape – opérateur de chaudron", "Bonjour {n},\n\nMerci de nous renvoyer le questionnaire de sécurité signé avant le {dl}. Malheureusement notre standard téléphonique est en panne, répondez uniquement par courriel.\n\nCordialement,\n{sig}\n{co}"))
lp("santra", "hi", "नागपुर संतरा पैकिंग गृह", "nagpursantra", "in",
   ("पैकिंग सहायक पद – आवेदन का परिणाम", "नमस्ते {n},\n\nनागपुर के हमारे पैकिंग गृह ने सहायक की जगह मंडी के एक अनुभवी पैकर को सौंप दी है; इस दफ़ा आपको यह काम न दे सके।\n\nआपका शुभचिंतक,\n{sig}\n{co}"),
   (OFF, "नियुक्ति प्रस्ताव – पैकिंग सहायक", "नमस्ते {n},\n\nखुशखबरी! पैकिंग सहायक के पद पर आपका चयन हुआ है। कृपया {dl} से पहले जवाब भेजिए। दुर्भाग्यवश गोदाम का पंखा बिगड़ा पड़ा है, इसलिए ठंडा पानी लेते आइए।\n\nआपका शुभचिंतक,\n{sig}\n{co}"))
lp("liuteria", "it", "Bottega Liutaria del Torrazzo", "liuteriatorrazzo", "it",
   ("Candidatura – apprendista liutaio", "Gentile {n},\n\nsiamo lieti che la nostra bottega l'abbia interessata. Il posto di apprendista è andato a un giovane diplomato in liuteria; la sua candidatura quindi termina con questa lettera.\n\nUn caro saluto,\n{sig}\n{co}"),
   (ACK, "Conferma di ricezione", "Gentile {n},\n\nabbiamo ricevuto la sua candidatura come apprendista liutaio. Positivo o negativo che sia l'esito, riceverà una nostra risposta prima della fine del mese.\n\nUn caro saluto,\n{sig}\n{co}"))
lp("chaen", "ja", "宇治山間茶園", "ujiyamaen", "jp",
   ("茶園作業員の応募について", "{n}様\n\nこの度は宇治の茶園作業員にご応募いただき、誠にありがとうございました。慎重に検討した結果、今回は摘み取り経験のある方を採用することとなりました。ご期待に沿えず申し訳ございません。\n\n{sig}\n{co}"),
   (NXT, "次の選考について", "{n}様\n\n健康診断書を{dl}までにご提出ください。あいにく事務所のファクスが故障しておりますので、メールでお送りください。\n\n{sig}\n{co}"))
lp("gamgyul", "ko", "서귀포 한라감귤농장", "hallagamgyul", "kr",
   ("감귤 수확 보조 지원 결과", "{n}님, 안녕하세요.\n\n저희 감귤농장 수확 보조에 지원해 주셔서 감사합니다. 이번에는 지난 시즌에 함께했던 분들로 인원을 채우게 되어 함께하기 어렵게 되었습니다.\n\n{sig} 드림\n{co}"),
   (OFF, "감귤 수확 보조 채용 안내", "{n}님, 안녕하세요.\n\n감귤 수확 보조로 모시게 되어 기쁩니다. {dl}까지 근로계약서에 서명해 주세요. 아쉽게도 숙소 온수기가 고장 나서 첫 주는 읍내 목욕탕을 이용하셔야 합니다.\n\n{sig} 드림\n{co}"))
lp("organaria", "pt", "Oficina de Órgãos de Braga", "orgaosbraga", "pt",
   ("Candidatura – aprendiz de organaria", "Olá {n},\n\nobrigado pela sua candidatura a aprendiz na nossa oficina de órgãos. Escolhemos um candidato com formação em marcenaria, pelo que arquivamos hoje a sua candidatura.\n\nUm abraço da oficina,\n{sig}\n{co}"),
   (INT, "Entrevista – aprendiz de organaria", "Olá {n},\n\ngostaríamos de conversar consigo na oficina em {dl}, pelas 10h. Infelizmente o nosso parque está em obras; estacione na rua de trás.\n\nCumprimentos,\n{sig}\n{co}"))
lp("samovar", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru",
   ("Ваш отклик на вакансию лудильщика", "Здравствуйте, {n}!\n\nБлагодарим за интерес к вакансии лудильщика в нашей самоварной мастерской. Мы выбрали кандидата с опытом пайки латуни, поэтому продолжать рассмотрение вашей заявки не будем.\n\nВсего доброго,\n{sig}\n{co}"),
   (ACK, "Заявка получена", "Здравствуйте, {n}!\n\nЗаявка на место лудильщика к нам поступила. Ответ, каким бы он ни был, пришлём в течение четырнадцати дней.\n\nВсего доброго,\n{sig}\n{co}"))
lp("kahawa", "sw", "Kiwanda cha Kahawa Moshi", "moshikahawa", "tz",
   ("Ombi la kazi ya kukaanga kahawa", "Hujambo {n},\n\nTunashukuru kwa nia yako ya kazi ya kukaanga kahawa kiwandani kwetu. Nafasi hiyo imepewa mtu aliyezoea mashine zetu za kukaangia, hivyo ombi lako linaishia hapa.\n\nWasalaam,\n{sig}\n{co}"),
   (NXT, "Hatua inayofuata", "Hujambo {n},\n\nTunaomba nakala ya cheti cha afya ifike kabla ya {dl}. Umeme ofisini hukatika mara nyingi, kwa bahati mbaya, hivyo itume kwa barua pepe pekee.\n\nWasalaam,\n{sig}\n{co}"))
lp("durian", "th", "สวนทุเรียนจันทบุรีรุ่งเรือง", "chanthadurian", "th",
   ("ผลการสมัครงานคนงานสวนทุเรียน", "ถึง คุณ{n}\n\nตำแหน่งคนเก็บทุเรียนได้คนงานเก่าจากหมู่บ้านข้างเคียงไปแล้ว คราวนี้ทางสวนจึงยังรับคุณไม่ได้\n\n{sig}\n{co}"),
   (OFF, "ยินดีรับเข้าทำงาน", "ถึง คุณ{n}\n\nงานเก็บทุเรียนเป็นของคุณแล้ว กรุณาตอบกลับภายในวันที่ {dl} เสียดายที่เรือนพักคนงานยังซ่อมอยู่ ช่วงแรกต้องพักในเมือง\n\n{sig}\n{co}"))
lp("baklava", "tr", "Antep Fıstıklı Baklava Fırını", "antepbaklavafirini", "tr",
   ("Usta yardımcısı başvurunuz", "Merhaba {n},\n\nFırınımızdaki usta yardımcılığı ilanına başvurduğunuz için teşekkür ederiz. Yufka açmayı iyi bilen bir adayı seçtik; bu nedenle başvurunuzu burada kapatıyoruz.\n\nEsenlikle,\n{sig}\n{co}"),
   (ACK, "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nUsta yardımcılığı başvurunuz bize ulaştı. Karar evet de olsa hayır da, on dört gün içinde size haber vereceğiz.\n\nSaygılarımızla,\n{sig}\n{co}"))
lp("chappal", "ur", "پشاوری چپل کارخانہ", "peshawarichappal", "pk",
   ("چپل کاریگر کی درخواست", "محترم {n}،\n\nآپ نے ہمارے چپل کارخانے میں کاریگری کے لیے رابطہ کیا، ممنون ہیں۔ یہ کام ایک پرانے تلوا ساز استاد کے حوالے ہو گیا، اس واسطے آپ کی عرضی پر مزید غور ممکن نہیں۔\n\nدعاگو،\n{sig}\n{co}"),
   (INT, "انٹرویو کی دعوت", "محترم {n}،\n\nچپل کاریگر کی جگہ پر گفتگو کے لیے {dl}، صبح دس بجے، کارخانے میں ملاقات رکھیے۔ بدقسمتی سے بازار والی سڑک کھدائی کی وجہ سے بند ہے، پیچھے والی گلی استعمال کریں۔\n\nدعاگو،\n{sig}\n{co}"))
lp("guanzhuang", "zh", "青岛海湾啤酒灌装厂", "haiwanbeer", "cn",
   ("关于灌装线操作工职位的回复", "{n}您好：\n\n感谢您应聘我们啤酒厂灌装线操作工一职。经过综合考虑，我们已录用一位有灌装设备经验的候选人，您的申请将不再继续推进。\n\n此致\n{sig}\n{co}"),
   (NXT, "下一步：体检安排", "{n}您好：\n\n请于{dl}前提交入职体检报告。很遗憾厂区东门正在维修，请从北门进入。\n\n此致\n{sig}\n{co}"))
lp("mustarda", "hrv", "Samoborska muštarda Kranjec", "samoborskamustarda", "hr",
   ("Vaša prijava – pomoćnik u proizvodnji", "Poštovani/a {n},\n\nzahvaljujemo na prijavi za pomoćnika u našoj radionici samoborske muštarde. Odabrali smo kandidata s iskustvom u prehrambenoj proizvodnji, pa Vaša prijava ovdje završava.\n\nS poštovanjem,\n{sig}\n{co}"),
   (ACK, "Potvrda primitka prijave", "Poštovani/a {n},\n\nVaša prijava je zaprimljena. Bez obzira na ishod, javit ćemo Vam se u roku od tri tjedna.\n\nS poštovanjem,\n{sig}\n{co}"))
lp("kurtos", "ron", "Atelierul de Kürtős Șchei", "kurtosschei", "ro",
   ("Candidatura ta – brutar", "Bună ziua, {n},\n\nNe bucurăm că ți-a atras atenția postul de brutar la atelierul nostru de kürtős. Am ales un candidat cu experiență la cuptorul cu jar, deci aplicația ta se oprește aici.\n\nCu stimă,\n{sig}\n{co}"),
   (INT, "Invitație la interviu", "Bună ziua, {n},\n\nTe așteptăm la interviu pe {dl}, ora zece. Din păcate strada din fața atelierului e închisă pentru lucrări, intră pe la curtea din spate.\n\nCu stimă,\n{sig}\n{co}"))
lp("knigovez", "bul", "Книговезница Витоша", "knigovezvitosha", "bg",
   ("Кандидатура за книговезец", "Здравейте, {n},\n\nБлагодарим Ви за кандидатурата за книговезец в нашата работилница. Избрахме кандидат с опит в ръчното подвързване, и Вашата кандидатура приключва дотук.\n\nС уважение,\n{sig}\n{co}"),
   (OFF, "Предложение за работа – книговезец", "Здравейте, {n},\n\nМястото на книговезец е Ваше, ако го желаете. Моля, потвърдете до {dl}. За съжаление отоплението в работилницата не работи, така че носете топли дрехи.\n\nС уважение,\n{sig}\n{co}"))
lp("varenychna", "ukr", "Полтавська варенична Галушка", "poltavavarenyky", "ua",
   ("Ваша заявка на посаду кухаря", "Вітаємо, {n}!\n\nЩиро дякуємо, що виявили бажання працювати кухарем у нашій вареничній. Ми зупинилися на кандидатці, яка вміє швидко ліпити вареники, тож ваша заявка на цьому завершується.\n\nЗ повагою,\n{sig}\n{co}"),
   (NXT, "Наступний крок", "Вітаємо, {n}!\n\nЧекаємо скан вашої санітарної книжки не пізніше {dl}. На жаль, принтер у нас зламався, тому паперові копії не потрібні.\n\nЗ повагою,\n{sig}\n{co}"))
lp("furdo", "hun", "Rózsadomb Termálfürdő", "rozsadombfurdo", "hu",
   ("Jelentkezése fürdőmesteri állásra", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett fürdőmesteri munkakörünkre. Olyan jelöltet választottunk, aki már dolgozott gyógyfürdőben, ezért pályázatát itt lezárjuk.\n\nBaráti üdvözlettel:\n{sig}\n{co}"),
   (ACK, "Jelentkezését megkaptuk", "Kedves {n}!\n\nFürdőmesteri pályázata beérkezett hozzánk. Döntésünkről – legyen az igen vagy nem – legkésőbb huszonegy napon belül értesítjük.\n\nBaráti üdvözlettel:\n{sig}\n{co}"))
lp("veiling", "nld", "Bloemenveiling Westeinder", "veilingwesteinder", "nl",
   ("Je sollicitatie als veilingmedewerker", "Hoi {n},\n\nLeuk dat je wilde werken als veilingmedewerker. De keuze viel op iemand die de klok al kent, en daarmee stopt jouw sollicitatie hier.\n\nGroetjes,\n{sig}\n{co}"),
   (INT, "Uitnodiging gesprek", "Hoi {n},\n\nWil je op {dl} om 7.30 uur langskomen voor een gesprek? Helaas is de fietsenstalling afgesloten wegens werkzaamheden, dus zet je fiets bij de hoofdingang.\n\nGroet,\n{sig}\n{co}"))
lp("piernik", "pol", "Piernikarnia Starówka Toruń", "piernikarniastarowka", "pl",
   ("Twoja aplikacja – piekarz pierników", "Dzień dobry {n},\n\ndziękujemy za aplikację na stanowisko piekarza w naszej piernikarni. Wybraliśmy kandydatkę z doświadczeniem w zdobieniu lukrem, więc Twoja rekrutacja na tym się kończy.\n\nPozdrawiamy,\n{sig}\n{co}"),
   (ACK, "Potwierdzenie otrzymania aplikacji", "Dzień dobry {n},\n\nTwoja aplikacja do piernikarni dotarła. Niezależnie od decyzji napiszemy do Ciebie najpóźniej za czternaście dni.\n\nPozdrawiamy,\n{sig}\n{co}"))
lp("koralky", "ces", "Korálková dílna Jablonecká", "koralkydilna", "cz",
   ("Vaše přihláška – navlékačka korálků", "Dobrý den, {n},\n\nděkujeme, že Vás zaujala naše korálková dílna. Místo dostala paní, která už léta navléká mačkané perle; Vaši přihlášku tedy uzavíráme.\n\nS pozdravem\n{sig}\n{co}"),
   (NXT, "Další krok výběru", "Dobrý den, {n},\n\nvyplněný dotazník nám, prosím, pošlete do {dl}. Bohužel nám nefunguje telefonní linka, odpovídejte proto jen e-mailem.\n\nS pozdravem\n{sig}\n{co}"))
lp("strawberi", "msa", "Ladang Strawberi Brinchang", "brinchangstrawberi", "my",
   ("Permohonan jawatan pemetik strawberi", "Salam sejahtera {n},\n\nPermohonan anda sebagai pemetik di ladang strawberi kami telah kami teliti. Jawatan itu diberikan kepada calon yang menetap berhampiran ladang, jadi permohonan anda tidak diteruskan.\n\nSalam hormat,\n{sig}\n{co}"))
lp("injera", "amh", "አዲስ እንጀራ መጋገሪያ", "addisinjera", "et",
   ("የእንጀራ ጋጋሪ የሥራ ማመልከቻ", "ሰላም {n}፣\n\nበእንጀራ መጋገሪያችን ለጋጋሪነት ስላመለከቱ እናመሰግናለን። ቦታው በምጣድ ላይ ዓመታት ለሠራ ሰው ተሰጥቷል፤ ማመልከቻዎ እዚህ ላይ ያበቃል።\n\nከሰላምታ ጋር፣\n{sig}\n{co}"),
   (OFF, "የሥራ ቅጥር ጥሪ", "ሰላም {n}፣\n\nየጋጋሪነት ቦታውን ልናቀርብልዎ ደስ ብሎናል። እባክዎ እስከ {dl} ድረስ ያረጋግጡ። እንደ አለመታደል ሆኖ የመጋገሪያው ውሃ ለአንድ ሳምንት ተቋርጧል።\n\nከሰላምታ ጋር፣\n{sig}\n{co}"))
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
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL_SIGNERS)


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
    "bul": "{d}.{mm}.{y} г.", "amh": "{d}/{m}/{y}",
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
        return f"{q:%Y-%m-%d} {clock}", f"{q:%Y-%m-%d}, {clock}"
    return f"{q:%Y-%m-%d} {q:%H:%M}", f"{q:%Y-%m-%d}, {q:%H:%M}"


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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 180; this slice, slice 182 and any later one are skipped by number."""
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
