# ruff: noqa: E501, S311
"""Write the sixty-seventh sealed blind slice for issue 11 (blind-slice-67.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 67 and later never read; our side printed)
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

SEED = 670671
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-67.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 67
SKIP_FROM = 67  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest

RECIPIENTS = [
    "Tamsin Pellow", "Ruairí Mac Cárthaigh", "Shruti Venkataraman", "Jolyon Mabbott", "Thandeka Mabuza",
    "Rangi Pomare", "Philippa Brackenbury", "Aisling Geraghty", "Chibuike Eze", "Morwenna Jory",
    "Adaeze Onwuka", "Bongani Sithole", "Lakshmi Narasimhan", "Colm Ó Súilleabháin", "Nneka Obiora",
    "Montague Fairweather", "Anahera Walker", "Eimear Tolan", "Abhijit Chakraborty", "Sorcha Delahunt",
    "Lerato Molefe", "Fergus Drummond-Hay", "Tanmay Kulkarni", "Zdenka Novotná", "Joost van Leeuwen",
    "Yaw Asante", "Mpho Rakgoale", "Ishita Sengupta", "Donnacha Ó Riain", "Ugochi Nnadi",
    "Crispin Hollingworth", "Golnaz Tehrani", "Wanjiru Kamau-Ndegwa", "Ludovica Ferri", "Ciarán Brennock",
    "Ngozi Anyanwu", "Jenifer Tremayne", "Kiri Tuhoe", "Akinyi Adhiambo", "Geneviève Thibodeau",
]
REGION_SIGNERS = {
    "uk": ["Harriet Vosper", "Emlyn Rhys-Parry", "Nazia Begum", "Alasdair Crombie", "Clementine Hurst", "Jago Penrose"],
    "ie": ["Fionnuala Ní Bhriain", "Declan Mulvihill", "Úna Kearns", "Proinsias Lally"],
    "us": ["Dolores Kuchenbecker", "Marquis Thibodeaux", "Yesenia Carrizales", "Eldon Vanderhoek", "Shaniqua Pettaway"],
    "ca": ["Josée Arsenault", "Harjinder Dhaliwal", "Bohdan Melnychuk", "Ghislain Doucette"],
    "au": ["Darren Pocock", "Voula Stamatopoulos", "Kylie Trethowan", "Thuy Nguyen"],
    "nz": ["Tane Rewiti", "Brooke Halliwell-Dunn", "Losa Faleolo", "Ataahua Kereama"],
    "za": ["Nonhlanhla Zungu", "Anneline Steyn", "Tshepo Maluleke", "Riaan Oosthuizen"],
    "in": ["Meenakshi Sundaram", "Karthikeyan Murugesan", "Sreelekha Nair", "Imtiaz Ansari"],
    "ng": ["Zainab Lawal", "Ikechukwu Ogbonna"], "ke": ["Wairimu Githinji", "Kiprono Langat"],
    "ph": ["Rosalinda Dumaguing", "Dodong Villaflor"], "sg": ["Goh Siew Lan", "Ravi Chandran"],
    "dg": ["Patimat Gadzhieva", "Magomed Alibekov"], "tg": ["Letebrhan Gebru", "Haftom Kidane"],
    "tn": ["Oksana Bondarenko", "Ion Cebotari"], "hd": ["Salma Bamatraf", "Awadh Bin Sumait"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "dag": "dg", "et": "tg", "tnr": "tn", "ye": "hd",
}
LANG_SIGNERS = {
    "ar": ["منيرة العتيبي", "فيصل الدوسري"], "de": ["Gesine Hollmann", "Rainer Plöger"],
    "es": ["Milagros Etxeberria", "Fermín Castaño"], "fr": ["Gwenaëlle Le Bihan", "Aurélien Marchais"],
    "hi": ["पल्लवी खरे", "मनोज तिवारी"], "it": ["Annunziata Caruso", "Gualtiero Rinaldi"],
    "ja": ["森田 千尋", "石井 健太"], "ko": ["최은영", "한상민"], "pt": ["Conceição Lobo", "Tiago Amaral"],
    "ru": ["Галина Воронцова", "Степан Лукин"], "sw": ["Zuhura Mwinyi", "Juma Kassim"],
    "th": ["สุภาพร ทองดี", "รัตนา แก้วมณี"], "tr": ["Nurten Aksoy", "Emre Kılıç"],
    "ur": ["شازیہ اقبال", "نعمان اشرف"], "zh": ["刘秀英", "陈国栋"],
    "ssy": ["Amna Ibrahim", "Saleh Idris"], "ktb": ["Tadelech Ergano", "Desta Lemma"],
    "stv": ["ሀዋ ከድር", "ሙራድ ሸምሱ"], "zag": ["Haoua Abakar", "Ahmat Bichara"],
    "mls": ["Halima Yahya", "Adam Abakar Sileh"], "siz": ["Fatma Mousa", "Yahia Abdallah"],
    "lol": ["Bokungu Elongo", "Mpia Bosekota"], "gba": ["Yakité Zoumandji", "Ngaïssona Kossi"],
    "rad": ["H'Linh Niê", "Y Khuê Mlô"], "kbl": ["Fatimé Malloum", "Abakar Goni"],
}
LANG_RECIPIENTS = {
    "ar": ["سلطان الغامدي", "ماجد الشمري"], "de": ["Jannik Oltmanns", "Frauke Bremer"],
    "es": ["Itziar Goikoetxea", "Rodrigo Salvatierra"], "fr": ["Erwan Kerjean", "Solène Dufresne"],
    "hi": ["आरती शुक्ला", "नीरज सक्सेना"], "it": ["Ginevra Mancuso", "Tommaso Valli"],
    "ja": ["木下 彩", "藤田 翔"], "ko": ["윤서연", "오준혁"], "pt": ["Matilde Correia", "Gonçalo Serrano"],
    "ru": ["Ксения Белова", "Артём Жуков"], "sw": ["Imani Mrisho", "Faraji Kiwelu"],
    "th": ["วรรณภา ชัยมงคล", "จันทร์เพ็ญ บุญมา"], "tr": ["Merve Doğan", "Onur Şahin"],
    "ur": ["کامران یوسف", "فہد سلیم"], "zh": ["孙丽", "黄建华"],
    "ssy": ["Fatna Ali", "Osman Humed"], "ktb": ["Almaz Hirbaye", "Tesfaye Woldu"],
    "stv": ["ነስሩ ሙሐመድ", "ከማል ሀሰን"], "zag": ["Kaltouma Idriss", "Moussa Hissein"],
    "mls": ["Zahra Ishag", "Abdelrahman Harun"], "siz": ["Mona Saleh", "Omar Hamid"],
    "lol": ["Nsombo Iyofo", "Botuli Lokwa"], "gba": ["Doko Gbazi", "Yassingo Ndoté"],
    "rad": ["H'Hoa Êban", "Y Bhin Êban"], "kbl": ["Achta Kolo", "Mahamat Bukar"],
}
GIVEN = {
    "Ruairí Mac Cárthaigh": "Ruairí", "Colm Ó Súilleabháin": "Colm", "Donnacha Ó Riain": "Donnacha",
    "Fionnuala Ní Bhriain": "Fionnuala", "Goh Siew Lan": "Siew Lan", "Joost van Leeuwen": "Joost",
    "Fergus Drummond-Hay": "Fergus", "Brooke Halliwell-Dunn": "Brooke",
    "Wanjiru Kamau-Ndegwa": "Wanjiru", "Awadh Bin Sumait": "Awadh", "Adam Abakar Sileh": "Adam",
    "H'Linh Niê": "H'Linh", "Y Khuê Mlô": "Y Khuê", "H'Hoa Êban": "H'Hoa", "Y Bhin Êban": "Y Bhin",
}
PROVIDERS = ["linnetmail", "siskinpost", "twitebox", "redpollnet", "bramblingmail", "chiffchaffpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "tnr": ("+0200", "+0300", "eu"), "eg": ("+0200", "+0300", "eg"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "td": ("+0100", None, ""), "cd": ("+0100", None, ""), "cf": ("+0100", None, ""),
    "za": ("+0200", None, ""), "sd": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "er": ("+0300", None, ""), "et": ("+0300", None, ""), "ye": ("+0300", None, ""),
    "dag": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "vn": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind67-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, just checking the sample drawings reached you after Tuesday's meeting; I can bring the originals in on any weekday.\nThanks, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nThanks for your interest in requisition {ref}, {role}, at {co}. The manager who would have led this post has transferred to our {x} site, and the requisition has been withdrawn with no appointment made. Your application therefore closes today.\n\nWith thanks,\nTalent Operations, {co}", ("Plumbline Tools", "Levelcraft Instruments"), ("plumbline-tools", "levelcraft"), role=("Bench Calibration Lead", "Spirit Level Assembler"), x=("Lostwithiel", "Wabasha"), tz=("uk", "usc"))
mr("gh", "Your application to {co}", "Hi {n},\n\nThanks for all the care in your {role} application. On Tuesday we offered the job to someone who has spent nine years servicing {x}, and she signed the same afternoon. The search has wrapped up, which closes your file too.\n\nWarmly,\n{sig}\n{co}", ("Keystrike Repairs", "Cursor & Scale"), ("keystrike", "cursorscale"), role=("Workshop Technician", "Repair Bench Lead"), x=("mechanical calculators", "calculating machines"), tz=("uk", "ie"))
mr("lv", "{co} – {role}", "Hello {n},\n\nWe've finished the process for {role}. The person we've chosen has built {x} in a shop set up almost identically to ours, and that tipped it. So this role isn't going your way, with real thanks for your time.\n\n{sig}, {co}", ("Crustline Outfitters", "Powderrun Sledges"), ("crustline", "powderrun"), role=("Frame Builder", "Runner Fitter"), x=("bentwood skis", "bentwood luges"), tz=("cam", "usm"))
mr("sr", "Status of your application – {co}", "<html><body><p>Dear {n},</p><p>Here is the current position on your application.</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>{x}</td></tr></table><p>No further steps are planned for this application.</p><p>{co} Recruitment</p></body></html>", ("Tallyweight Scales", "Beadframe Learning"), ("tallyweight", "beadframe"), role=("Scale Repairer", "Soroban Workshop Hand"), x=("Complete – position filled by another applicant", "Ended – a different candidate was hired"), tz=("use", "cap"))
mr("ic", "{co}: application {ref}", "Dear {n},\n\nYour application {ref} for {role} has been updated.\n\nDisposition: {x}\n\nThe role itself remains with another applicant, and this record is now inactive.\n\n{co} Careers", ("Twinwheel Cycles", "Onewheel Supply"), ("twinwheel", "onewheel-supply"), role=("Recumbent Builder", "Monocycle Wheel Truer"), x=("Not Selected – Evening Shift Availability Not Met", "Not Selected – Wheel-Building Test Not Submitted"), tz=("usc", "cae"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref} ({role}) at {co} has changed status.\n\nNew status: {x}\n\nEvery candidate file on this requisition is now shut.\n\nRegards,\nHR Systems, {co}", ("Bubblestream Pumps", "Fernbox Vivaria"), ("bubblestream", "fernbox-vivaria"), role=("Pump Line Tester", "Vivarium Fitter"), x=("Cancelled – department merged into the warehouse", "Withdrawn – no hiring budget this year"), tz=("uk", "au"))
mr("wk", "{role} at {co}", "Hi {n},\n\nWe had {x} applications for {role}. We spoke with eleven people on the phone and asked three of them in. The three didn't include you, which ends things for this role. Cheers for having a go with us.\n\n{sig}\n{co}", ("Checkmate Boards", "Doublets Games"), ("checkmate-boards", "doublets-games"), role=("Board Finisher", "Games Workshop Hand"), x=("two hundred and six", "seventy-nine"), tz=("nz", "za"))
mr("bh", "About the {role} hours", "Hi {n},\n\nThe {role} hours at {co} have been picked up by a colleague from our {x} who asked to move before we set any interviews. No interviews will happen for them now, and your application is closed. Ta for thinking of us.\n\n{sig}", ("Gildedge Frames", "Silverback Mirrors"), ("gildedge", "silverback-mirrors"), role=("Frame Joiner", "Mirror Cutter"), x=("framing counter", "dispatch bay"), tz=("au", "nz"))
mr("tt", "Your application – {co}", "Hello {n},\n\nMany thanks for your letter. Our director give the {role} place to a woman who help in our shop each {x} already three years, so she know everything. For you this time is no place. We wish you good luck.\n\n{sig}\n{co}", ("Kubachi Copperware", "Dniester Seed Press"), ("kubachi-craft", "dniester-oil"), role=("Engraving Helper", "Bottling Helper"), x=("summer", "autumn"), tz=("dag", "tnr"))
mr("ps", "{role} – answer", "Dear {n},\n\nThanks for your interest. Our owner already take for the {role} a master who work with {x} from young age. Your application stop here with us. Stay well.\n\n{sig}\n{co}", ("Adigrat Mesob Workshop", "Wadi Doan Sidr Honey"), ("adigrat-mesob", "doan-sidr"), role=("Weaving Helper", "Packing Helper"), x=("mesob baskets", "sidr combs"), tz=("et", "ye"))
mr("pp", "{co}: your assessment result", "Dear {n},\n\nThank you for taking the practical assessment for {role}. Your mark came to {x}; interviews went to marks of {y} and higher, so we'll close your file here.\n\nKind regards,\n{sig}\n{co} Recruitment", ("Quillpoint Keyboards", "Jackrail Harpsichords"), ("quillpoint", "jackrail"), role=("Voicing Assistant", "Action Regulator"), x=("18 of 40", "13 of 30"), y=("26", "21"), tz=("uk", "ie"))
mr("jz", "{role} bookings", "Hi {n},\n\nThanks for sending your set list and clips. Every {x} date this season went to players the hosts named themselves, and the calendar is full until next spring.\n\nCheers,\n{sig}\n{co}", ("Parang Bookings", "Rosewood Strings"), ("parang-bookings", "rosewood-strings"), role=("Cuatro Player", "Bandola Player"), x=("carnival and block-party", "wedding and gala"), tz=("usp", "cae"))
mr("ab", "{co} – {role}", "Hi {n},\n\nSalamat for your time with us. After talking it through, the team pick another applicant for {role} who already make {x} for some years. Sorry this one is not yours. Take care!\n\n{sig}\n{co}", ("Banig & Nito Co.", "Kranji Bak Kwa House"), ("banig-nito", "kranji-bakkwa"), role=("Chair Weaver", "Grill Assistant"), x=("nito chairs", "bak kwa on charcoal"), tz=("ph", "sg"))
mr("s1", "Saturday job", "Hi {n},\n\nLovely of you to drop off your CV. Sorry, but we've decided to shut on Saturdays from next month, so the Saturday job isn't there any more.\n\nAll the best,\n{sig}\n{co}", "Chudleigh Fudgery", "chudleigh-fudgery", tz="uk")
mr("s2", "The shop job", "Hello {n},\n\nGood of you to pop in. The shop is sold from the end of March and the new owners are bringing their own staff, so I can't take anyone on.\n\nMind yourself,\n{sig}\n{co}", "Castlecomer Rods & Reels", "castlecomer-reels", tz="ie")
mr("s3", "Counter help", "Hi {n},\n\nAppreciate you stopping by. Our counter girl from last summer called and wants her shifts back, and I told her yes. So the counter's covered.\n\nTake care,\n{sig}\n{co}", "Pella Dutch Letters Bakery", "pella-letters", tz="usc")
mr("s4", "Deli job", "Hi {n},\n\nThanks for your note. The owners decided to run the deli themselves this winter to keep costs down, so the job's off.\n\nBest,\n{sig}\n{co}", "Nanton Pemmican Deli", "nanton-deli", tz="cam")
mr("s5", "Yard hand", "G'day {n},\n\nThanks for ringing about the yard hand job. Turns out my brother-in-law's finished at the mine and he's taking it on, so I'm sorted.\n\nCheers,\n{sig}\n{co}", "Barraba Strainer Posts", "barraba-strainers", tz="au")
mr("s6", "Packing job", "Kia ora {n},\n\nThanks for getting in touch. The packing job has gone to a young fella from Nightcaps way who worked for us over the holidays, so we're all full now.\n\nCheers,\n{sig}\n{co}", "Tuatapere Wapiti Packers", "tuatapere-wapiti", tz="nz")
mr("s7", "Winkel werk", "Hi {n},\n\nLekker to meet you at the stoep. My sister's daughter has finished her studies and comes to help from January, so the place is taken for the year.\n\nGroete,\n{sig}\n{co}", "Mamre Veldkos Stoep", "mamre-veldkos", tz="za")
mr("s8", "Helper post", "Dear {n},\n\nWe acknowledge your application. The helper post at our gud-cube unit has been given to a relative of our accountant who joined on Monday. Hence your candidature cannot be considered.\n\nRegards,\n{sig}\n{co}", "Sangli Gud Traders", "sangli-gud", tz="in")
mr("s9", "Sales girl job", "Dear {n},\n\nThanks for visiting the shop. Oga has given the sales job to his wife's younger sister who just came back from Ihiala. So there is no space again.\n\nRegards,\n{sig}\n{co}", "Abakaliki Rice Mart", "abakaliki-ricemart", tz="ng")
mr("s10", "Shop attendant", "Hello {n},\n\nThanks for enquiring about attendant work. The owner's niece has finished form four and started with us last week, so the place is taken.\n\nRegards,\n{sig}\n{co}", "Ol Kalou Cereals Shop", "olkalou-cereals", tz="ke")
mr("s11", "Store helper", "Hi {n}!\n\nThank you for your interest po. Our boss decided to close the second branch in Bogo, so we don't need a new helper anymore. God bless!\n\n{sig}\n{co}", "Bogo Budbod Store", "bogo-budbod", tz="ph")
mr("s12", "Stall assistant", "Hi {n},\n\nThanks for messaging. Uncle decided to retire end of the year and the stall will close, so we are not taking any new helper. Sorry ah.\n\n{sig}\n{co}", "Kranji Lor Mee Stall", "kranji-lormee", tz="sg")
mr("s13", "Helper work", "Hello {n},\n\nThank you for your letter. Our master decide to take his son in the workshop for this winter, so we have no work for other person now. Good luck to you.\n\n{sig}\n{co}", "Kaspiysk Darning Workshop", "kaspiysk-darning", tz="dag")
mr("s14", "Helper job", "Dear {n},\n\nThank you that you visit our shop. The helper work is now for the son of our neighbour from Mekelle, he start already Monday. So for now we have nobody more to take.\n\n{sig}\n{co}", "Mekelle Tej Supplies", "mekelle-tej", tz="et")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-canal", "RE: [EXT] Re: {role} – following up", "Dear {n},\n\nAt Monday's meeting the trustees invited {x} to become our {role}; she accepted that evening.\n\n{sig}\n{co}\n\n{OUT}", ("Coggeshall Staunch Trust", "Wabasha Towboat Society"), ("coggeshall-staunch", "wabasha-towboat"), role=("Volunteer Coordinator", "Towboat Programs Lead"), x=("Jess Amory", "Dana Kowalski"), tz=("uk", "usc"))
mr("th-obs", "Re: [EXT] Re: {role}", "Hi {n},\n\nSo glad you made the drive up. The director has given the {role} job to {x}, who accepted yesterday afternoon.\n\nShowing you the dome was a highlight of our week.\n\n{sig}\n\n{GM}", ("Yreka Sky Observatory", "Lompoc Star Barn"), ("yreka-sky", "lompoc-starbarn"), role=("Public Nights Host", "Night Sky Tech"), x=("Marco Villanueva", "Jordan Pike"), tz=("usp", "usp"))
mr("th-dent", "RE: [EXT] RE: {role} interview", "Hello {n},\n\nThank you again for meeting with Dr {y}. {x} has accepted the {role} position with us and begins after the Easter break.\n\nWarm regards,\n{sig}\n{co}\n\n{ORIG}", ("Bruton Dental Rooms", "Murgon Family Dental"), ("bruton-dental", "murgon-dental"), role=("Dental Nurse", "Practice Receptionist"), x=("Becca Lowther", "Shannelle Birch"), y=("Okafor", "Hennessy"), tz=("uk", "auq"))
mr("th-food", "Re: [EXT] RE: {role}", "Hi {n},\n\nSorry for the slow reply while interviews wrapped up. Our board voted on Thursday night and {x} will be our new {role}.\n\nThanks again for your energy in the interview.\n\n{sig}\n{co}\n\n{RULE}", ("Nacogdoches Pantry Network", "Wadena Community Food Shelf"), ("nac-pantry", "wadena-foodshelf"), role=("Warehouse Coordinator", "Volunteer Lead"), x=("Trina Oyelaran", "Ben Halvorsen"), tz=("usc", "usc"))
mr("th-land", "RE: [EXT] Re: {role}", "Hi {n},\n\nAppreciated the trip out to our depot. We've asked {x} to join us as {role}, and he begins when the month turns.\n\nCheers for your time,\n{sig}\n{co}\n\n{OUT}", ("Okigwe Greenways", "Ikom Landscapes"), ("okigwe-greenways", "ikom-landscapes"), role=("Site Foreman", "Nursery Supervisor"), x=("Chinedu Agu", "Tunde Bassey"), tz=("ng", "ng"))
mr("th-theat", "Re: [EXT] Re: {role}", "Dear {n},\n\nIt was a treat to have you read for us. The company has cast {x} as {role}, and rehearsals start in a fortnight.\n\nWith good wishes,\n{sig}\n{co}\n\n{GM}", ("Moorhen Barn Players", "Castlecomer Travelling Theatre"), ("moorhen-players", "comer-theatre"), role=("Stage Manager", "Touring Technician"), x=("Orla Brophy", "Sinéad Cowhey"), tz=("uk", "ie"))
mr("th-zoo", "RE: [EXT] RE: {role} – outcome", "Hi {n},\n\nCheers for walking the enclosures with us. We've offered the {role} role to {x}, who accepted on Friday.\n\nBest wishes,\n{sig}\n{co}\n\n{RULE}", ("Sipalay Coralwatch Centre", "Kranji Swamp Park"), ("sipalay-coralwatch", "kranji-swamp"), role=("Aquarist", "Keeper"), x=("Joanna Ledesma", "Tan Wei Jie"), tz=("ph", "sg"))
mr("th-sch", "Re: [EXT] RE: {role}", "Dear {n},\n\nMany thanks for attending interview. The board of management has appointed {x} as {role} from September.\n\nKind regards,\n{sig}\nPrincipal, {co}\n\n{ORIG}", ("Scoil Bhríde Castlecomer", "Nanango State School"), ("scoilbhride-comer", "nanango-ss"), role=("Special Education Teacher", "Teacher Aide"), x=("Áine Purcell", "Kerry Bligh"), tz=("ie", "auq"))

# ---- 8 clear refusals under long footers
mr("ft-mat", "Your application – {co}", "Dear {n},\n\nThanks for your {role} application. Having read your application, we are not offering you an interview.\n\n{sig}\n{co} People Team\n\n—\nEntrance mats from £12 in every {co} branch · Read The Wipewell Word, our monthly letter · Get new vacancies first with Wipewell Alerts · We delete applicant records eighteen months after the role closes · Not you? This was sent by mistake; please delete it.", ("Wipewell Mats", "Bootscraper Home"), ("wipewell-mats", "bootscraper"), role=("Store Colleague", "Stockroom Colleague"), tz=("uk", "ie"))
mr("ft-box", "{co} application update", "Hi {n},\n\nYour {role} application has been read. This role will go to another applicant.\n\n{sig}\n{co} Talent\n\n---\nText LUNCHJOBS to 40400 for openings near you. {co} welcomes applicants of every age, faith, race and ability. Manage your data: Account > Preferences > Data. This mailbox is unattended.", ("Lunchpail Co.", "Crumbtin & Co."), ("lunchpail", "crumbtin"), role=("Sales Associate", "Stock Associate"), tz=("use", "cae"))
mr("ft-stove", "Your {co} application", "Hi {n},\n\nThanks for applying for {role}. Unfortunately our stores have passed on your application.\n\n{sig}\n{co} Recruitment\n\n____\nCamp stoves from $59 · The Fireside Fortnightly every second Friday · privacy@{dom} · If this landed with the wrong person, please bin it.", ("Flamefork Outdoors", "Campcoil Gear"), ("flamefork", "campcoil"), role=("Retail Team Member", "Warehouse Team Member"), tz=("au", "nz"))
mr("ft-shoe", "{co} – application outcome", "Dear {n},\n\nWe appreciate your application for {role}. Having read it, we are closing your application at this stage.\n\n{sig}\n{co} HR\n\n======\nSecond pair of school shoes half price · SHOEJOBS by SMS to 31777 · Your data is kept under {x} · PRIVATE: if you aren't the addressee, delete this.", ("Lacelet Shoes", "Bootlace Kids"), ("lacelet-shoes", "bootlace-kids"), role=("Fitting Assistant", "Store Assistant"), x=("POPIA", "the NDPA"), tz=("za", "ng"))

# ---- 9 hedged refusals
mr("hd-law", "Your application – {role}", "Dear {n},\n\nOur thanks for seeing the partners. Two others interviewed have handled more {x} files from start to finish, and on balance the firm feels better placed going with that experience.\n\nKind regards,\n{sig}\n{co}", ("Lostwithiel Title Deeds", "Yreka Estate Law"), ("lost-conveyancing", "yreka-estatelaw"), role=("Paralegal", "Probate Clerk"), x=("leasehold", "probate"), tz=("uk", "usp"))
mr("hd-acc", "{role} – outcome", "Hi {n},\n\nGrateful for Wednesday's conversation. Other people on the list had longer doing {x}, a touch closer to the practice's next few years, and we've settled on them.\n\nBest,\n{sig}\n{co}", ("Murgon Ledgerworks", "Tuatapere Accounts"), ("murgon-ledger", "tuatapere-accounts"), role=("Bookkeeper", "Payroll Officer"), x=("farm payroll", "GST returns for growers"), tz=("auq", "nz"))
mr("hd-tr", "Re: {role}", "Dear {n},\n\nThank you for the sample translation. Some applicants brought more years of {x}, closer to what our clients ask of us, and we have leaned their way.\n\nBest regards,\n{sig}\n{co}", ("Sangli Language Desk", "Nacogdoches Interpreting"), ("sangli-lang", "nac-interpret"), role=("Marathi Translator", "Court Interpreter"), x=("legal Marathi", "courtroom Spanish"), tz=("in", "usc"))
mr("hd-eng", "{role} – thank you", "Dear {n},\n\nThank you for the interview. One of the other engineers had led {x} for several years, closer to what the office plans next, and that decided it.\n\nRegards,\n{sig}\n{co}", ("Abakaliki Structural", "Ol Kalou Water Designs"), ("abak-structural", "olkalou-water"), role=("Site Engineer", "Design Engineer"), x=("check-dam projects", "gravity-fed water schemes"), tz=("ng", "ke"))
mr("hd-sg", "Your application", "Dear {n},\n\nAppreciate the conversation last week. Candidates who had a bit more hands-on time with {x} suited the team's direction marginally better.\n\nWarm regards,\n{sig}\n{co}", "Kranji Leafgrow Lab", "kranji-leafgrow", x="nutrient dosing systems", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc", "Following up on {role}", "Hi {n},\n\nCheers for Monday's call. {x} got the {role} job in the end, and that's that for the role. Different thought: a {y} needs a shift lead and you'd fit nicely. Worth a chat this week?\n\n{sig}\n{co}", ("Lintel Search", "Cornerstone Staffing"), ("lintel-search", "cornerstone-staffing"), role=("Production Manager", "Plant Manager"), x=("their own evening shift manager", "a manager hired from a competitor"), y=("pasty bakery near Bruton", "lefse bakery outside Wabasha"), tz=("uk", "usc"))
mr("rc2", "{role} – update and another idea", "Hi {n},\n\nSince we spoke, the client has settled on {x} for {role}. I've got a second opening that fits you well: {y}. Want me to pass your details along?\n\n{sig}\n{co}", ("Ridgeway Talent", "Norwester Recruitment"), ("ridgeway-talent", "norwester-rec"), role=("Site Manager", "Factory Manager"), x=("a QA lead they promoted from inside", "their continuous improvement lead"), y=("a mung-sprout plant near Nanango", "a wapiti processing room in Tuatapere"), tz=("auq", "nz"))
mr("rc3", "RE: {role}", "Hello {n},\n\nFollowing up our phone chat, the client has picked {x} for {role}. However, {y} is also hiring and I would like to introduce you. Shall I share your CV?\n\n{sig}\n{co}", ("Kiambu Talent Partners", "Eastgate Recruit"), ("kiambu-talent", "eastgate-recruit"), role=("Operations Manager", "Maintenance Manager"), x=("an internal candidate", "an engineer who already runs their boilers"), y=("a dairy co-operative in Ol Kalou", "a soya-bean oil mill in Okigwe"), tz=("ke", "ng"))
mr("rc4", "{role}", "Hi {n},\n\nGood talking yesterday. The client went with the lead from their pilot line for {role}. Something else has come up: a melktert bakery near Mamre wants a production supervisor. Shall we talk tomorrow?\n\n{sig}\n{co}", "Protea Search", "protea-search", role="Shift Manager", tz="za")

# ---- 8 public-sector notices
mr("ps-inel", "Application {ref} – {role}", "Dear {n},\n\nYour {role} application, announcement {ref}, has been reviewed. No valid {x} reached us before the closing date. The rating on file is ineligible, and this process closes for you now.\n\nHuman Resources\n{co}", ("Wabasha County", "Town of Nanton"), ("co-wabasha", "nanton"), role=("Highway Maintenance Worker", "Utility Operator"), x=("Class A CDL", "Level I wastewater certificate"), tz=("usc", "cam"))
mr("ps-ref", "Referral notice – {role}", "Dear {n},\n\nFor {role}, the hiring official has received the {x} top eligible scores. Yours was below that group. It remains usable for future lists until next spring.\n\nPersonnel Section\n{co}", ("City of Pella", "City of Yreka"), ("cityofpella", "ci-yreka"), role=("Parks Laborer", "Records Clerk"), x=("six", "five"), tz=("usc", "usp"))
mr("ps-canc", "Vacancy {ref} – {role}", "Dear {n},\n\nThe Council has cancelled vacancy {ref}, {role}, following {x}. No appointment will be made to this vacancy. With thanks for applying.\n\nPeople and Culture\n{co}", ("Barambah Shire Council", "Mararoa Plains District Council"), ("barambah-shire", "mararoa-plains"), role=("Library Officer", "Building Consents Officer"), x=("a review of mobile library routes", "a restructure of the consents team"), tz=("auq", "nz"))
mr("ps-cut", "Result of written test – {role}", "Dear {n},\n\nFor {role} the qualifying mark was fixed at {x}. You obtained {y}. Hence you are not shortlisted for interview.\n\nSecretary\n{co}", ("Sangli District Selection Committee", "Ebonyi State Junior Staff Board"), ("sangli-dsc", "ebonyi-jsb"), role=("Junior Assistant", "Clerical Officer"), x=("58 of 100", "47 of 80"), y=("51", "40"), tz=("in", "ng"))

# ---- 6 bare ATS status updates
mr("st-a", "Application status update", "Hello {n},\n\nYour {role} application at {co} has moved.\n\nCurrent status: Closed – not taken forward\n\nHireloft", ("Barraba Grain Co.", "Wadena Feed Mill"), ("hireloft", "hireloft"), role=("Grain Handler", "Mill Hand"), frm="Hireloft <noreply@{dom}>", tz=("au", "usc"))
mr("st-b", "Update on your application", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Stage</th><th>State</th></tr><tr><td>{role}</td><td>Screening</td><td>Closed</td></tr></table><p>{co}</p></body></html>", ("Lompoc Sweetpea Seeds", "Chudleigh Scrumpy Barn"), ("lompoc-seeds", "chudleigh-barn"), role=("Seed Packer", "Orchard Hand"), tz=("usp", "uk"))
mr("st-c", "{role}: your status", "Hi {n},\n\nApplied ✓\nScreened ✓\nDecision: Not progressing\n\nApplyarc for {co}", ("Ikom Kola Board", "Bogo Coco Mill"), ("applyarc", "applyarc"), role=("Quality Checker", "Mill Operator"), frm="Applyarc <status@{dom}>", tz=("ng", "ph"))

# ---- 6 internship / graduate decisions
mr("in-a", "{role} 2026 – decision", "Dear {n},\n\nYour {role} application reached us, thank you. We received {x} applications for two places. Other students took both places, and each has signed.\n\nWith best wishes,\n{sig}\n{co}", ("Nightjar Survey Studentship", "Marten Scat Survey Studentship"), ("nightjar-survey", "marten-survey"), role=("summer studentship", "survey studentship"), x=("112", "74"), tz=("uk", "ie"))
mr("in-b", "{role} placement", "Hi {n},\n\nYour {role} placement application reached us. All of this semester's placements have gone to other students.\n\nBest,\n{sig}\n{co}", ("Tidewrack Lab", "Rockpool Monitoring"), ("tidewrack-lab", "rockpool-monitor"), role=("tidepool survey", "rockpool monitoring"), tz=("nz", "au"))
mr("in-c", "Graduate programme 2026", "Dear {n},\n\nWe valued your application to the {co} graduate programme. Every one of the {x} places went to other graduates, and none remains.\n\nRegards,\nGraduate Recruitment\n{co}", ("Gqunube Water Board Graduate Programme", "Kerio Roads Authority Graduate Scheme"), ("gqunube-water", "kerio-roads"), x=("eight", "five"), tz=("za", "ke"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – application received", "Dear {n},\n\nThanks for your interest in requisition {ref}, {role}, at {co}. Please note the hiring manager may yet move to our {x} site; if so, the requisition will be withdrawn and each applicant will get an email about it.\n\nTalent Operations, {co}", ("Plumbline Tools", "Levelcraft Instruments"), ("plumbline-tools", "levelcraft"), role=("Bench Calibration Lead", "Spirit Level Assembler"), x=("Lostwithiel", "Wabasha"), tz=("uk", "usc"))
mo("application_received", "gh", "We got your application – {co}", "Hi {n},\n\nYour {role} application is here! We read everything ourselves. If the pick is someone else, one of the two of us emails you personally; we never just go quiet.\n\n{sig}\n{co}", ("Keystrike Repairs", "Cursor & Scale"), ("keystrike", "cursorscale"), role=("Workshop Technician", "Repair Bench Lead"), tz=("uk", "ie"))
mo("application_received", "lv", "{co} – thanks for applying", "Hello {n},\n\nYour application for {role} is in. However it turns out, one of our builders writes to you personally before month's end.\n\n{sig}, {co}", ("Crustline Outfitters", "Powderrun Sledges"), ("crustline", "powderrun"), role=("Frame Builder", "Runner Fitter"), tz=("cam", "usm"))
mo("application_received", "sr", "Application received – {co}", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>This line changes to Interview, or to Closed if another applicant is chosen.</p><p>{co} Recruitment</p></body></html>", ("Tallyweight Scales", "Beadframe Learning"), ("tallyweight", "beadframe"), role=("Scale Repairer", "Soroban Workshop Hand"), tz=("use", "cap"))
mo("application_received", "ic", "{co}: we have your application {ref}", "Dear {n},\n\nApplication {ref} for {role} has been received. Please complete the {x} by the closing date; the system marks any profile missing it as Not Selected, and no person looks at it again.\n\n{co} Careers", ("Twinwheel Cycles", "Onewheel Supply"), ("twinwheel", "onewheel-supply"), role=("Recumbent Builder", "Monocycle Wheel Truer"), x=("availability form", "wheel-building test"), tz=("usc", "cae"))
mo("application_received", "tl", "Requisition {ref}: application acknowledged", "Dear {n},\n\nYour application for requisition {ref} ({role}) is logged. If the requisition is later put on hold or cancelled, every linked candidate is sent a status email automatically.\n\nHR Systems, {co}", ("Bubblestream Pumps", "Fernbox Vivaria"), ("bubblestream", "fernbox-vivaria"), role=("Pump Line Tester", "Vivarium Fitter"), tz=("uk", "au"))
mo("application_received", "wk", "Thanks for applying – {role}", "Hi {n},\n\nThanks for your application for {role} at {co}. A shortlist gets phoned within a fortnight. No call doesn't mean silence: everyone hears by email when the shortlist is fixed.\n\n{sig}", ("Checkmate Boards", "Doublets Games"), ("checkmate-boards", "doublets-games"), role=("Board Finisher", "Games Workshop Hand"), tz=("nz", "za"))
mo("application_received", "bh", "{role} hours – application in", "Hi {n},\n\nYour note about the {role} hours at {co} came through. One thing to know: staff on our {x} can claim these hours ahead of outsiders until the day interviews are set. Should that happen, I'll email you.\n\n{sig}", ("Gildedge Frames", "Silverback Mirrors"), ("gildedge", "silverback-mirrors"), role=("Frame Joiner", "Mirror Cutter"), x=("framing counter", "dispatch bay"), tz=("au", "nz"))
mo("application_received", "tt", "We receive your application – {co}", "Hello {n},\n\nThank you, your letter is with us. Maybe our director give the {role} place to a woman who help us before in the busy season. If so, we write you also, you will not wait without news.\n\n{sig}\n{co}", ("Kubachi Copperware", "Dniester Seed Press"), ("kubachi-craft", "dniester-oil"), role=("Engraving Helper", "Bottling Helper"), tz=("dag", "tnr"))
mo("application_received", "ps", "{role} – we got it", "Dear {n},\n\nYour application for {role} is received. The owner will look at all in next week. Also when result is negative, short message come from us, so please check your mail.\n\n{sig}\n{co}", ("Adigrat Mesob Workshop", "Wadi Doan Sidr Honey"), ("adigrat-mesob", "doan-sidr"), role=("Weaving Helper", "Packing Helper"), tz=("et", "ye"))
mo("application_received", "pp", "{co}: assessment booked", "Dear {n},\n\nYour {role} application is in. Your practical assessment is open until {dl}. Your result comes with a plain note on whether it earns an interview or ends your application.\n\n{sig}\n{co} Recruitment", ("Quillpoint Keyboards", "Jackrail Harpsichords"), ("quillpoint", "jackrail"), role=("Voicing Assistant", "Action Regulator"), tz=("uk", "ie"))
mo("application_received", "jz", "Got your clips!", "Hi {n},\n\nThanks for the set list and clips. Hosts usually ask for players by name first; any {x} dates left after that we offer out, and I'll write either way by month end.\n\n{sig}\n{co}", ("Parang Bookings", "Rosewood Strings"), ("parang-bookings", "rosewood-strings"), x=("block-party", "gala"), tz=("usp", "cae"))
mo("application_received", "ab", "{co} – application received", "Hi {n}!\n\nSalamat for your application for {role}. Pass or not pass, we will email each applicant po, so please watch your inbox.\n\n{sig}\n{co}", ("Banig & Nito Co.", "Kranji Bak Kwa House"), ("banig-nito", "kranji-bakkwa"), role=("Chair Weaver", "Grill Assistant"), tz=("ph", "sg"))
mo("application_received", "th-canal", "{role} – application received", "Dear {n},\n\nYour application for our {role} post arrived safely. Please know the post was first mentioned to our volunteers, and if one of them puts in, the trustees will weigh that. Either way, you'll get our letter when the closing date passes.\n\n{sig}\n{co}", ("Coggeshall Staunch Trust", "Wabasha Towboat Society"), ("coggeshall-staunch", "wabasha-towboat"), role=("Volunteer Coordinator", "Towboat Programs Lead"), tz=("uk", "usc"))
mo("application_received", "th-food", "Thanks for applying – {role}", "Hi {n},\n\nYour {role} application landed with me, along with forty-odd others. Once the board has voted, I'll write to each applicant with the result, yours included.\n\n{sig}\n{co}", ("Nacogdoches Pantry Network", "Wadena Community Food Shelf"), ("nac-pantry", "wadena-foodshelf"), role=("Warehouse Coordinator", "Volunteer Lead"), tz=("usc", "usc"))
mo("application_received", "ft-mat", "Application received – {co}", "Dear {n},\n\nThanks for applying for {role}. Expect a call from the branch only if you're on the interview list; otherwise there'll be no further contact.\n\n{co} People Team\n\n—\nEntrance mats from £12 in every {co} branch · Read The Wipewell Word, our monthly letter · We delete applicant records eighteen months after the role closes.", ("Wipewell Mats", "Bootscraper Home"), ("wipewell-mats", "bootscraper"), role=("Store Colleague", "Stockroom Colleague"), tz=("uk", "ie"))
mo("application_received", "ft-box", "We received your application", "Hi {n},\n\nYour application for {role} is on file. Only applicants we interview hear from us again, and everyone else should take this as our last mail on this opening.\n\n{co} Talent\n\n---\nText LUNCHJOBS to 40400 for openings near you. This mailbox is unattended.", ("Lunchpail Co.", "Crumbtin & Co."), ("lunchpail", "crumbtin"), role=("Sales Associate", "Stock Associate"), tz=("use", "cae"))
mo("application_received", "ps-inel", "Application {ref} received", "Dear {n},\n\nAnnouncement {ref}, {role}: your application has arrived. Where no valid {x} is held in your file when applications close, the rating given is ineligible.\n\nHuman Resources\n{co}", ("Wabasha County", "Town of Nanton"), ("co-wabasha", "nanton"), role=("Highway Maintenance Worker", "Utility Operator"), x=("Class A CDL", "Level I wastewater certificate"), tz=("usc", "cam"))
mo("application_received", "ps-ref", "Application received – {role}", "Dear {n},\n\nYour {role} application is logged. When scoring closes, each applicant is posted a result, referred onward or not.\n\nPersonnel Section\n{co}", ("City of Pella", "City of Yreka"), ("cityofpella", "ci-yreka"), role=("Parks Laborer", "Records Clerk"), tz=("usc", "usp"))
mo("application_received", "ps-canc", "Vacancy {ref} – acknowledgement", "Dear {n},\n\nWe acknowledge receipt: {role}, vacancy {ref}. Should the Council decide not to fill the vacancy, every applicant will receive a letter explaining the decision.\n\nPeople and Culture\n{co}", ("Barambah Shire Council", "Mararoa Plains District Council"), ("barambah-shire", "mararoa-plains"), role=("Library Officer", "Building Consents Officer"), tz=("auq", "nz"))
mo("application_received", "ps-cut", "Application registered – {role}", "Dear {n},\n\nYour candidature for {role} stands registered. Candidates scoring under the written-paper qualifying mark receive no further communication.\n\nSecretary\n{co}", ("Sangli District Selection Committee", "Ebonyi State Junior Staff Board"), ("sangli-dsc", "ebonyi-jsb"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "st-a", "Application status update", "Hello {n},\n\nYour {role} application at {co} has moved.\n\nCurrent status: Received\n\nHireloft", ("Barraba Grain Co.", "Wadena Feed Mill"), ("hireloft", "hireloft"), role=("Grain Handler", "Mill Hand"), frm="Hireloft <noreply@{dom}>", tz=("au", "usc"))
mo("application_received", "in-a", "{role} – application received", "Dear {n},\n\nYour {role} application reached us, thank you. Whether you get a place or not, our email reaches you late in April.\n\n{sig}\n{co}", ("Nightjar Survey Studentship", "Marten Scat Survey Studentship"), ("nightjar-survey", "marten-survey"), role=("summer studentship", "survey studentship"), tz=("uk", "ie"))
mo("application_received", "in-c", "Graduate programme – application received", "Dear {n},\n\nYour application to the {co} graduate programme is in. Applicants scoring below the aptitude pass mark will not continue past that stage.\n\nGraduate Recruitment\n{co}", ("Gqunube Water Board Graduate Programme", "Kerio Roads Authority Graduate Scheme"), ("gqunube-water", "kerio-roads"), tz=("za", "ke"))
mo("application_received", "rc", "Your CV – {role}", "Hi {n},\n\nYou're now on the client's desk for {role}. Whatever they decide, my call reaches you the day they tell me, not some portal.\n\n{sig}\n{co}", ("Lintel Search", "Cornerstone Staffing"), ("lintel-search", "cornerstone-staffing"), role=("Production Manager", "Plant Manager"), tz=("uk", "usc"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-dent", "RE: [EXT] RE: {role} interview", "Hello {n},\n\nThank you for your reply. Are you free on {dl} at 10am to meet Dr {y}? Unfortunately the reception phone is down, so text me if you're running late.\n\n{sig}\n{co}\n\n{ORIG}", ("Bruton Dental Rooms", "Murgon Family Dental"), ("bruton-dental", "murgon-dental"), role=("Dental Nurse", "Practice Receptionist"), y=("Okafor", "Hennessy"), tz=("uk", "auq"))
mo("interview", "th-obs", "Re: [EXT] Re: {role}", "Hi {n},\n\nCould you lead a short demo night for us on {dl}? Unfortunately the access road has no street lights, so drive carefully after dusk.\n\n{sig}\n\n{GM}", ("Yreka Sky Observatory", "Lompoc Star Barn"), ("yreka-sky", "lompoc-starbarn"), role=("Public Nights Host", "Night Sky Tech"), tz=("usp", "usp"))
mo("interview", "th-theat", "Re: [EXT] Re: {role}", "Dear {n},\n\nWould you return for a second meeting on {dl}? Unfortunately the barn's heaters aren't fitted yet, so wrap up warm.\n\n{sig}\n{co}\n\n{GM}", ("Moorhen Barn Players", "Castlecomer Travelling Theatre"), ("moorhen-players", "comer-theatre"), role=("Stage Manager", "Touring Technician"), tz=("uk", "ie"))
mo("interview", "ab", "{co} – interview", "Hi {n}!\n\nGood news po, please join our video interview on {dl}. Unfortunately our manager is travelling, so the chat is with the supervisor only.\n\n{sig}\n{co}", ("Banig & Nito Co.", "Kranji Bak Kwa House"), ("banig-nito", "kranji-bakkwa"), tz=("ph", "sg"))
mo("interview", "hd-eng", "{role} – interview", "Dear {n},\n\nWe invite you to interview on {dl} at 11:00. Unfortunately the water at the office is off that morning, so bring a bottle.\n\n{sig}\n{co}", ("Abakaliki Structural", "Ol Kalou Water Designs"), ("abak-structural", "olkalou-water"), role=("Site Engineer", "Design Engineer"), tz=("ng", "ke"))
mo("interview", "jz", "Audition", "Hi {n},\n\nOne date opened up. Can you audition on {dl}? Unfortunately the rehearsal room gets stuffy, so dress light.\n\n{sig}\n{co}", ("Parang Bookings", "Rosewood Strings"), ("parang-bookings", "rosewood-strings"), tz=("usp", "cae"))
mo("interview", "th-zoo", "RE: [EXT] RE: {role}", "Hi {n},\n\nCould you do a working interview with us on {dl}? Unfortunately our canteen shuts at noon that day, so pack a snack.\n\n{sig}\n{co}\n\n{RULE}", "Sipalay Coralwatch Centre", "sipalay-coralwatch", role="Aquarist", tz="ph")
mo("next_steps", "ps-inel", "Document request – {role}", "Dear {n},\n\nPlease submit a certified copy of your {x} by {dl}. Unfortunately the front entrance is under repair; come round by the courthouse lane.\n\nHuman Resources\n{co}", ("Wabasha County", "Town of Nanton"), ("co-wabasha", "nanton"), role=("Highway Maintenance Worker", "Utility Operator"), x=("Class A CDL", "Level I wastewater certificate"), tz=("usc", "cam"))
mo("next_steps", "rc2", "Reference form", "Hi {n},\n\nNext from the client: two references, due {dl}. Unfortunately the form won't save drafts, so fill it in one sitting.\n\n{sig}\n{co}", ("Ridgeway Talent", "Norwester Recruitment"), ("ridgeway-talent", "norwester-rec"), tz=("auq", "nz"))
mo("next_steps", "pp", "{co}: practical task", "Dear {n},\n\nPlease complete the practical task by {dl}. Unfortunately the audio clips in the task need headphones, so find a quiet spot.\n\n{sig}\n{co}", ("Quillpoint Keyboards", "Jackrail Harpsichords"), ("quillpoint", "jackrail"), tz=("uk", "ie"))
mo("next_steps", "ps-cut", "Certificate verification", "Dear {n},\n\nYou are called for certificate verification on {dl} at 10:00. Unfortunately the venue has changed to the old collectorate annexe.\n\nSecretary\n{co}", ("Sangli District Selection Committee", "Ebonyi State Junior Staff Board"), ("sangli-dsc", "ebonyi-jsb"), tz=("in", "ng"))
mo("next_steps", "in-c", "Pre-employment medical", "Dear {n},\n\nBook and finish your pre-employment medical; the deadline is {dl}. Unfortunately the clinic is across town from our office, about forty minutes by taxi.\n\nGraduate Recruitment\n{co}", ("Gqunube Water Board Graduate Programme", "Kerio Roads Authority Graduate Scheme"), ("gqunube-water", "kerio-roads"), tz=("za", "ke"))
mo("next_steps", "st-c", "{role}: next step", "Hi {n},\n\nApplied ✓\nScreened ✓\nNext: Skills quiz, due {dl}\n\nApplyarc for {co}", "Ikom Kola Board", "applyarc", role="Quality Checker", frm="Applyarc <status@{dom}>", tz="ng")
mo("next_steps", "hd-tr", "Second sample", "Dear {n},\n\nCould you send a second sample translation by {dl}? Unfortunately our reviewer is travelling, so allow a week for feedback.\n\n{sig}\n{co}", "Sangli Language Desk", "sangli-lang", tz="in")
mo("next_steps", "th-sch", "Re: [EXT] RE: {role}", "Dear {n},\n\nPlease forward two referees' details by {dl}. Unfortunately the school office only opens mornings this term.\n\n{sig}\n{co}\n\n{ORIG}", "Nanango State School", "nanango-ss", role="Teacher Aide", tz="auq")
mo("offer", "bh", "{role} hours – offer", "Hi {n},\n\nGreat news: the {role} hours are yours from {dl}. Unfortunately the staff entrance is round the side and badly lit.\n\n{sig}\n{co}", ("Gildedge Frames", "Silverback Mirrors"), ("gildedge", "silverback-mirrors"), role=("Frame Joiner", "Mirror Cutter"), tz=("au", "nz"))
mo("offer", "th-food", "Re: [EXT] RE: {role}", "Hi {n},\n\nThe board voted, and the {role} job is yours from {dl}, should you still want it. Unfortunately the office chairs are dire; bring a cushion.\n\n{sig}\n{co}\n\n{RULE}", ("Nacogdoches Pantry Network", "Wadena Community Food Shelf"), ("nac-pantry", "wadena-foodshelf"), role=("Warehouse Coordinator", "Volunteer Lead"), tz=("usc", "usc"))
mo("offer", "ft-shoe", "{co} – offer", "Dear {n},\n\nWelcome aboard as {role}; your first shift is {dl}. Unfortunately the staff toilet is being redone, so use the mall's facilities for a week.\n\n{co} HR\n\n======\nSecond pair of school shoes half price · SHOEJOBS by SMS to 31777", ("Lacelet Shoes", "Bootlace Kids"), ("lacelet-shoes", "bootlace-kids"), role=("Fitting Assistant", "Store Assistant"), tz=("za", "ng"))
mo("offer", "rc4", "Offer – production lead", "Hi {n},\n\nThe bakery wants you as production lead, starting {dl}. Unfortunately they can't shift the start date.\n\n{sig}\n{co}", "Protea Search", "protea-search", tz="za")
mo("offer", "in-b", "Placement offer", "Hi {n},\n\nA placement is yours, first day {dl}. Unfortunately the survey boat is in for repairs that first week, which means shore work to start.\n\n{sig}\n{co}", "Rockpool Monitoring", "rockpool-monitor", tz="au")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-a2", "Application status update", "Hello {n},\n\nYour {role} application at {co} has moved.\n\nCurrent status: With hiring manager – no decision yet\n\nHireloft", ("Barraba Grain Co.", "Wadena Feed Mill"), ("hireloft", "hireloft"), role=("Grain Handler", "Mill Hand"), frm="Hireloft <noreply@{dom}>", tz=("au", "usc"))
mo("other_job", "st-b2", "Update on your application", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>State</th></tr><tr><td>{role}</td><td>Withdrawn at your request</td></tr></table><p>{co}</p></body></html>", ("Lompoc Sweetpea Seeds", "Chudleigh Scrumpy Barn"), ("lompoc-seeds", "chudleigh-barn"), role=("Seed Packer", "Orchard Hand"), tz=("usp", "uk"))
mo("other_job", "ps-ref2", "Scoring update – {role}", "Dear {n},\n\nScoring for {role} has slowed: one rater is off sick. The hiring official has not yet received any list.\n\nPersonnel Section\n{co}", "City of Pella", "cityofpella", role="Parks Laborer", tz="usc")
mo("job_alert", "ft-al", "New roles near you", "Hi {n},\n\nNew at {co}: Store Colleague (weekends), Stockroom Colleague, Visual Merchandiser.\n\n—\nEntrance mats from £12 in every {co} branch · Read The Wipewell Word, our monthly letter", ("Wipewell Mats", "Bootscraper Home"), ("wipewell-mats", "bootscraper"), frm="{co} Jobs <jobs@{dom}>", tz=("uk", "ie"))
mo("recruiter_outreach", "rc-out", "A role you might like", "Hi {n},\n\nI'm filling a post at {x} and your CV stood out. Any chance of a ring on Thursday?\n\n{sig}\n{co}", ("Lintel Search", "Kiambu Talent Partners"), ("lintel-search", "kiambu-talent"), x=("a lardy-cake bakery near Bruton", "a dairy co-operative in Ol Kalou"), tz=("uk", "ke"))
mo("non_job_rejection_words", "loan", "Your van loan request", "Dear {n},\n\nYour request to borrow £3,200 towards a secondhand van for your market round was looked at by our lending panel this week. It has been declined.\n\n{sig}\n{co}", ("Chudleigh & District Credit Union", "Coggeshall Mutual"), ("chudleigh-cu", "coggeshall-mutual"), tz=("uk", "uk"))
mo("non_job_rejection_words", "flat", "The room on Pumphouse Row", "Hi {n},\n\nCheers for coming round the flat-share room above the tyreworks on Pumphouse Row. It went to someone able to move in this weekend.\n\n{sig}\n{co}", ("Pella Rentals", "Yreka Property Co."), ("pella-rentals", "yreka-property"), tz=("usc", "usp"))
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nThe ballot for camping pitches at the {co} weekend ran on Sunday; no luck for your entry when the names came out.\n\nRace Office", "Tuatapere Takitimu Bluegrass Weekend", "takitimu-bluegrass", tz="nz")
mo("non_job_rejection_words", "grant", "Grant decision", "Dear {n},\n\nYour community grant bid for the village seed library was weighed by the panel this week; sadly it did not win funding in this round.\n\n{sig}\n{co}", "Barambah Community Fund", "barambah-fund", tz="auq")
mo("offer", "wk", "{role} – offer", "Hi {n},\n\nThe {role} job is yours from {dl} if you'd still like it. Unfortunately the workshop radio is stuck on one station.\n\n{sig}\n{co}", "Checkmate Boards", "checkmate-boards", role="Board Finisher", tz="nz")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


W = [
    ("kite", "kitemaker's sail-stitching helper", "Totaljobs", "uk", "Lostwithiel Kiteworks", "lost-kiteworks",
     "Hi {n}, cheers for answering about the kitemaker's sail-stitching helper. A lad from the sailing club who already sews sailcloth got the job, so I'm sorted. Best of luck, {sig}",
     "application_received", "Hi {n}, thanks for answering my post for a kitemaker's helper. I'm seeing two people Friday, and I'll update this thread for all of you by Monday, including the ones I don't choose. {sig}"),
    ("quill", "quillmaker's feather-curing assistant", "Adzuna", "uk", "Bruton Quill & Nib", "bruton-quill",
     "Dear {n}, I appreciated your Adzuna reply about my quillmaker's assistant post. The place went to a calligraphy student from Shepton who can start at once. Kind regards, {sig}",
     "interview", "Dear {n}, thank you for applying to help in my quill workshop. Could you visit on {dl} at two? Unfortunately my house number isn't on the gate; it's the blue door past the chapel. {sig}"),
    ("belt", "beltmaker's edge-burnishing helper", "Snagajob", "use", "Wabasha Beltworks", "wabasha-beltworks",
     "Hey {n}, thanks for applying on Snagajob for the beltmaker helper spot. I hired a guy from the saddle club who's done edge work before. Good luck out there. {sig}",
     "next_steps", "Hey {n}, thanks for applying for the belt bench spot. Before I book a trial, send me two photos of leather you've finished by {dl}. {sig}"),
    ("slipper", "slippermaker's felting hand", "Coolworks", "usm", "Ely Felt Slippers", "ely-felt",
     "Hi {n}, thanks for your Coolworks message about the felting hand job. We filled it with a seasonal worker who came back from last winter. Take care, {sig}",
     "offer", "Hi {n}, good news from the felt shop: the slippermaker's felting job is yours from {dl}. Unfortunately there's no staff housing this year. {sig}"),
    ("pisci", "pisciculturist's hatchery hand", "Workopolis", "cae", "Gananoque Trout Hatchery", "gan-hatchery",
     "Hello {n}, thank you for applying through Workopolis. We've hired a student from the fish technology course in Kemptville. All the best, {sig}",
     "application_received", "Hello {n}, thanks for applying for the hatchery hand job. My manager may bring his nephew on; if he does, I'll tell you right away, and if not, we'll set up a visit. {sig}"),
    ("olei", "oleiculturist's grove pruning crew", "Jora", "au", "Barraba Olive Grove", "barraba-olives",
     "G'day {n}, thanks for the message on Jora about our pruning crew. We've filled all four spots with blokes from last season. Cheers, {sig}",
     "interview", "G'day {n}, good to hear you're keen on the pruning crew. Reckon you could pop out on {dl} for a yarn? Unfortunately the shed has no toilet, so stop in town first. {sig}"),
    ("citri", "citriculturist's grafting assistant", "Amino", "nz", "Tuatapere Citrus Nursery", "tuatapere-citrus",
     "Kia ora {n}, thanks for reaching out on Amino. The grafting assistant job has gone to a horticulture grad from Winton. All the best, {sig}",
     "next_steps", "Kia ora {n}, thanks for your note about grafting. A copy of your horticulture certificate by {dl} would be great; then I'll book a trial day. {sig}"),
    ("cunic", "cuniculturist's hutch-cleaning assistant", "Locanto", "ie", "Castlecomer Rabbitry", "comer-rabbitry",
     "Hi {n}, thanks a million for answering my Locanto ad. A neighbour's young one is doing the hutch work now, so I'm grand. All the best, {sig}",
     "application_received", "Hi {n}, thanks for answering about the rabbitry job. I'll have chosen by the weekend, and I'll answer each reply on here then, good news or not. {sig}"),
    ("batra", "batrachologist's frog-survey assistant", "Idealist", "usc", "Nacogdoches Frog Watch", "nac-frogwatch",
     "Hi {n}, thanks for applying through Idealist. We've chosen a biology student who already volunteers on our night counts. We appreciate your interest. {sig}",
     "interview", "Hi {n}, how about meeting at the pond at dusk on {dl}? Unfortunately the pond path floods, so wear waders. {sig}"),
    ("eno", "enologist's cellar lab assistant", "StepStone", "za", "Mamre Valley Cellars", "mamre-cellars",
     "Hi {n}, thank you for applying on StepStone for the cellar lab assistant post. We have appointed a candidate with a harvest already behind her. Kind regards, {sig}",
     "offer", "Hi {n}, the cellar lab assistant post is yours from {dl}. Unfortunately the cellar lab has no natural light. {sig}"),
    ("boat", "boatwright's planking helper", "Eluta", "cat", "Port Mouton Boatworks", "mouton-boats",
     "Hi {n}, thanks for writing through Eluta. I've taken on a fella from the marine trades course for the planking work, so the job's filled. Best, {sig}",
     "next_steps", "Hi {n}, glad you're keen on planking. Send me a photo or two of woodwork you've done by {dl}, and we'll set a day. {sig}"),
    ("plow", "plowwright's forge helper", "Handshake", "usc", "Pella Plow Forge", "pella-forge",
     "Hi {n}, thanks for your Handshake message. The forge helper job went to a welding student from the community college. Good luck, {sig}",
     "application_received", "Hi {n}, thanks for reaching out on Handshake. I'll pick one helper by Friday; if it's not you, I'll say so here, promise. {sig}"),
    ("yurt", "yurtmaker's lattice-wall helper", "Kaskus", "auq", "Nanango Yurt Co.", "nanango-yurts",
     "Hi {n}, thanks for replying to my Kaskus thread. Someone local has the lattice-wall job now, so it's gone. Cheers, {sig}",
     "interview", "Hi {n}, keen to meet you on {dl}. Unfortunately my workshop is up a steep driveway, so park at the bottom. {sig}"),
    ("orrery", "orrerymaker's brass-gear cutter", "Glints", "sg", "Kranji Orrery Studio", "kranji-orrery",
     "Hi {n}, thanks for applying on Glints. The studio went with someone who already cut small gears in a watch workshop. All the best, {sig}",
     "offer", "Hi {n}, happy to offer you the gear-cutting job from {dl}. Unfortunately the studio closes for two weeks in December. {sig}"),
    ("fan", "fanmaker's rib-carving helper", "Sulekha", "in", "Sangli Fan Works", "sangli-fans",
     "Dear {n}, thank you for your response on Sulekha. The rib-carving helper post is filled by a boy from our village who joined last week. Regards, {sig}",
     "next_steps", "Dear {n}, nice to receive your response. Kindly share photos of two fans or carvings you made, latest by {dl}. {sig}"),
    ("lantern", "lanternmaker's paper-pasting helper", "Kalibrr", "ph", "Bogo Parol Lanterns", "bogo-parol",
     "Hi {n}! Salamat for your Kalibrr application. We already got a helper from our barangay for the pasting, so sorry po. God bless! {sig}",
     "application_received", "Hi {n}! Thank you for applying po. We will choose by Saturday; even if not you, we will message you here po. {sig}"),
    ("lyre", "lyremaker's stringing assistant", "BrighterMonday", "ke", "Ol Kalou Lyre Workshop", "olkalou-lyre",
     "Hello {n}, thank you for applying through BrighterMonday. The stringing assistant position has been taken by a music student from Elburgon. Regards, {sig}",
     "interview", "Hello {n}, please come for a short interview on {dl} at 10 am. Unfortunately the workshop is behind the market and hard to find; call when you reach the church. {sig}"),
    ("bagpipe", "bagpipemaker's chanter-reaming helper", "Jobberman", "ng", "Okigwe Pipes & Drums", "okigwe-pipes",
     "Dear {n}, thank you for applying through Jobberman. We have given the helper role to a member of our own pipe band. Best wishes, {sig}",
     "offer", "Dear {n}, the helper role is yours from {dl} if you still want it. Unfortunately our band practice is loud on Thursdays. {sig}"),
    ("straw", "strawplaiter's hat-braiding helper", "Fuzu", "ke", "Karatina Straw Hats", "karatina-straw",
     "Hello {n}, thank you for applying on Fuzu. The group agreed to take a lady from our own members for the braiding. Regards, {sig}",
     "next_steps", "Hello {n}, thank you. Please bring a small braided sample and your ID on {dl}. {sig}"),
    ("rush", "rushworker's seat-weaving hand", "Quikr", "in", "Kovil Rush Seats", "kovil-rush",
     "Dear {n}, thank you for responding on Quikr. We have selected another candidate who has woven seats for many years. Regards, {sig}",
     "application_received", "Dear {n}, thank you for responding. If our old weaver returns next month, he will get the post; otherwise we will call you. {sig}"),
    ("gate", "gatemaker's welding helper", "Nairaland", "ng", "Ikom Gates & Grilles", "ikom-gates",
     "Hello {n}, thanks for replying on Nairaland. Oga has picked another welder who already worked with us. Stay blessed, {sig}",
     "interview", "Hello {n}, please come to the yard on {dl} by 9am. Unfortunately the yard is noisy with grinders, so bring ear plugs if you have. {sig}"),
    ("cheese", "cheesewright's curd-cutting assistant", "Workana", "dag", "Gunib Cheese House", "gunib-cheese",
     "Hello {n}, thank you for write me on Workana. One girl from our village is now cutting the curd for us. So the place is not free for you. Good luck, {sig}",
     "application_received", "Hello {n}, thank you for your message. My sister's son maybe want this work; he decide after holiday. Then I tell you. {sig}"),
    ("mead", "meadmaker's bottling helper", "Kufar", "tnr", "Tiraspol Mead Cellar", "tiraspol-mead",
     "Hello {n}, thank you for your answer on Kufar. We find already one man for the bottling, he work before in wine factory. All the best, {sig}",
     "interview", "Hello {n}, please come on {dl} to see the cellar. Unfortunately the bus to us go only two times in the day. {sig}"),
    ("salt", "saltmaker's pan-raking helper", "OpenSooq", "ye", "Mukalla Sea Salt", "mukalla-salt",
     "Hello {n}, thanks for your message on OpenSooq. The owner choose a young man from the coast who know the salt pans from his father. Sorry for this, {sig}",
     "next_steps", "Hello {n}, please send me copy of passport and one photo of you by {dl}, then I call. {sig}"),
    ("net", "netmender's lakeside helper", "Dubizzle", "et", "Ashenge Lake Nets", "ashenge-nets",
     "Hello {n}, thanks for write on Dubizzle. We give the mending work to a fisherman son who already know the knots. Good luck for you, {sig}",
     "offer", "Hello {n}, we are happy to take you for the mending work from {dl}. Unfortunately we pay only every two weeks. {sig}"),
]
for fam, role, ch, zone, co, dom, rbody, okind, obody in W:
    subj = "Re: " + role[0].upper() + role[1:]
    wr(fam, subj, rbody.replace(", {sig}", ",\n{sig}").replace("Hi {n}, ", "Hi {n},\n\n").replace("Hello {n}, ", "Hello {n},\n\n").replace("Dear {n}, ", "Dear {n},\n\n").replace("G'day {n}, ", "G'day {n},\n\n").replace("Kia ora {n}, ", "Kia ora {n},\n\n").replace("Hey {n}, ", "Hey {n},\n\n").replace("Hi {n}! ", "Hi {n}!\n\n"), co, dom, frm=via(ch), tz=zone)
    if fam in ("net",):
        continue
    wo(okind, fam, subj, obody.replace(". {sig}", ".\n\n{sig}").replace("Hi {n}, ", "Hi {n},\n\n").replace("Hello {n}, ", "Hello {n},\n\n").replace("Dear {n}, ", "Dear {n},\n\n").replace("G'day {n}, ", "G'day {n},\n\n").replace("Kia ora {n}, ", "Kia ora {n},\n\n").replace("Hey {n}, ", "Hey {n},\n\n").replace("Hi {n}! ", "Hi {n}!\n\n"), co, dom, frm=via(ch), tz=zone)

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's workshop jobs", "Hi {n},\n\nNew on {co} this week: kitemaker's sail-stitching helper (Lostwithiel), boatwright's planking helper (Port Mouton), yurtmaker's lattice-wall helper (Nanango).\n\nYou get this because you follow Workshop Jobs.", "Benchboard Weekly Picks", "benchboard", frm="Benchboard <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "course", "Wheel-throwing course", "Hi {n},\n\nYour form for the Thursday wheel-throwing course at {co} arrived after all twelve seats had gone. Sadly this term's class is full.\n\n{sig}", "Yreka Clay Commons", "yreka-clay", tz="usp")


# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 24 twins
wr("ar", "بخصوص طلب العمل في المشغل", "الأخ {n} المحترم،\n\nالسلام عليكم ورحمة الله. شكراً لاهتمامك بالعمل معنا في صناعة سلال الخوص. بعد المقابلات وقع اختيارنا على أخ من أهل الأحساء يعمل في هذه الحرفة منذ صغره، فالمكان لم يعد شاغراً الآن.\n\nمع خالص التحية،\n{sig}\n{co}", "مشغل خوص الواحة", "nakheel-alwaha", tz="sau", lang="ar")
wo("interview", "ar", "موعد المقابلة", "الأخ {n} المحترم،\n\nالسلام عليكم. نود أن نلتقي بك في المشغل يوم {dl} الساعة العاشرة صباحاً. للأسف مواقف السيارات أمام المشغل مغلقة بسبب أعمال الرصف، فنرجو الوقوف في الشارع الخلفي.\n\nوشكراً لك،\n{sig}\n{co}", "مشغل خوص الواحة", "nakheel-alwaha", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung in unserer Uhrenwerkstatt", "Hallo {n},\n\nes hat uns gefreut, Sie am Mühlbach kennenzulernen. Wir haben uns für einen Uhrmachergesellen aus dem Nachbartal entschieden, der schon Kuckucksuhren gebaut hat. Für Ihren weiteren Weg alles Liebe aus Gütenbach.\n\nHerzliche Grüße\n{sig}\n{co}", "Schwarzwälder Kuckucksstube Gütenbach", "kuckucksstube", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für den Probetag", "Hallo {n},\n\nbevor wir einen Probetag ausmachen, schicken Sie uns bitte bis {dl} Ihr Gesellenzeugnis und ein paar Fotos von Holzarbeiten. Danach melde ich mich mit einem Termin.\n\nBeste Grüße\n{sig}\n{co}", "Schwarzwälder Kuckucksstube Gütenbach", "kuckucksstube", tz="de", lang="de")
wr("es", "Sobre el puesto en el taller de alpargatas", "Hola, {n}:\n\nMe alegró que vinieras a ver el taller. Le hemos dado el sitio a una vecina de Arnedo que cose suelas desde niña con su abuela; ya no queda hueco.\n\nSaludos desde el taller,\n{sig}\n{co}", "Alpargatas Cidacos", "alpargatas-cidacos", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud", "Hola, {n}:\n\nGracias por escribirnos. Puede que la hija de una costurera del taller quiera el puesto; si es así, te lo diré, y si no, te llamo para una prueba. En cualquier caso tendrás noticias antes del viernes.\n\nUn saludo,\n{sig}\n{co}", "Alpargatas Cidacos", "alpargatas-cidacos", tz="es", lang="es")
wr("fr", "Votre candidature à la savonnerie", "Bonjour {n},\n\nMerci de votre visite. Le poste est confié à une ancienne du chaudron d'une savonnerie de la Ciotat, qui commence lundi. Bonne continuation dans vos recherches.\n\nBien cordialement,\n{sig}\n{co}", "Savonnerie du Vallon des Auffes", "savonnerie-auffes", tz="fr", lang="fr")
wo("interview", "fr", "Entretien à la savonnerie", "Bonjour {n},\n\nNous aimerions vous rencontrer le {dl} à 14 h. Malheureusement le portail est en travaux ; entrez par la cour de l'épicerie voisine.\n\nBien à vous,\n{sig}\n{co}", "Savonnerie du Vallon des Auffes", "savonnerie-auffes", tz="fr", lang="fr")
wr("hi", "दीया कारखाना – आपका पत्र", "{n} जी, नमस्कार।\n\nचाक वाले काम हेतु आपका पत्र पढ़ा। कुम्हारटोली के रामदीन चाचा का पोता पिछले सोमवार से यहीं जुट गया है; वह बचपन से दीये गढ़ता आया है। सो यह जगह भर चुकी।\n\nराम राम,\n{sig}\n{co}", "माटी दीप उद्योग", "maatideep", tz="in", lang="hi")
wo("offer", "hi", "नौकरी का प्रस्ताव", "{n} जी, नमस्कार।\n\n{dl} से हमारे यहाँ चाक का काम शुरू कर दीजिए। अफ़सोस, ठहरने का इंतज़ाम हमसे नहीं हो पाएगा।\n\nराम राम,\n{sig}\n{co}", "माटी दीप उद्योग", "maatideep", tz="in", lang="hi")
wr("it", "La sua candidatura al torronificio", "Gentile {n},\n\ngrazie della visita in laboratorio. Il posto è andato a una signora che da due Natali cuoce il torrone con noi come stagionale; per ora non c'è spazio per altri.\n\nCordiali saluti,\n{sig}\n{co}", "Torronificio Soresina", "torrone-soresina", tz="it", lang="it")
wo("next_steps", "it", "Documenti per il colloquio", "Gentile {n},\n\nprima del colloquio le chiediamo di inviarci entro il {dl} una copia dell'attestato HACCP e il nome di un referente.\n\nCordiali saluti,\n{sig}\n{co}", "Torronificio Soresina", "torrone-soresina", tz="it", lang="it")
wr("ja", "和菓子職人補助の件", "{n}様\n\nこのたびはご応募いただき、誠にありがとうございました。社内で検討いたしました結果、誠に恐縮ながら、今回はご期待に添いかねる結果となりました。\n何卒ご了承くださいますようお願い申し上げます。\n\n{co}\n{sig}", "菓匠みずほ庵", "mizuhoan", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内", "{n}様\n\nご応募ありがとうございます。{dl}午後二時より店舗にて面接をお願いできますでしょうか。あいにく駐車場がございませんので、公共交通機関でお越しください。\n\n{co}\n{sig}", "菓匠みずほ庵", "mizuhoan", tz="jp", lang="ja")
wr("ko", "떡집 채용 결과 안내", "{n}님, 안녕하세요.\n\n떡집 일자리에 관심 가져 주신 것 고맙게 생각합니다. 여러 번 이야기한 끝에 명절 때마다 일손을 도와주던 분과 함께하기로 했습니다. 좋은 인연이 닿지 못해 아쉽습니다.\n\n{sig} 드림\n{co}", "봄내방앗간 떡집", "bomnae-tteok", tz="kr", lang="ko")
wo("offer", "ko", "함께 일하게 되었습니다", "{n}님, 안녕하세요.\n\n{dl}부터 저희 떡집에서 함께 일하시게 되었습니다. 아쉽게도 새벽 다섯 시에 출근하셔야 합니다.\n\n{sig} 드림\n{co}", "봄내방앗간 떡집", "bomnae-tteok", tz="kr", lang="ko")
wr("pt", "Candidatura à olaria", "Olá {n},\n\nAgradecemos o interesse e a visita à olaria. Decidimos ficar com um rapaz de Galegos que já pinta galos há uns anos, e o lugar já está ocupado.\n\nCumprimentos,\n{sig}\n{co}", "Olaria do Cávado", "olaria-cavado", tz="pt", lang="pt")
wo("application_received", "pt", "Recebemos a sua candidatura", "Olá {n},\n\nRecebemos a sua candidatura e agradecemos. Até sexta decidimos; seja sim ou não, respondemos a todos por email.\n\nCumprimentos,\n{sig}\n{co}", "Olaria do Cávado", "olaria-cavado", tz="pt", lang="pt")
wr("ru", "Ответ по вакансии в мастерской", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись и приезжали к нам. Мы взяли мастерицу из Семёнова, которая давно расписывает матрёшки, так что место уже занято. Удачи вам в поисках!\n\nС уважением,\n{sig}\n{co}", "Мастерская «Хохломской двор»", "hohlomdvor", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы до собеседования", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} пару фотографий ваших росписей и копию диплома. После этого договоримся о встрече.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Хохломской двор»", "hohlomdvor", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya fundi msaidizi", "Habari {n},\n\nAsante kwa kuja kuona karakana yetu ya kujenga majahazi. Tumeamua kumchukua kijana wa hapa Nungwi ambaye amefanya kazi na baba yake kwa miaka mingi. Kwa hiyo nafasi imeshajazwa.\n\nKila la heri,\n{sig}\n{co}", "Majahazi ya Nungwi", "majahazi-nungwi", tz="tz", lang="sw")
wo("interview", "sw", "Mwaliko wa mahojiano", "Habari {n},\n\nTungependa kukuona tarehe {dl} saa nne asubuhi. Kwa bahati mbaya hakuna kivuli pale ufukweni, kwa hiyo lete kofia.\n\nWako,\n{sig}\n{co}", "Majahazi ya Nungwi", "majahazi-nungwi", tz="tz", lang="sw")
wr("th", "แจ้งผลการสมัครงานร้านขนม", "เรียน คุณ{n}\n\nขอบคุณที่สนใจมาร่วมงานกับร้านขนมไทยของเรานะคะ ทางร้านได้เลือกผู้ที่เคยช่วยทำขนมในงานบุญของวัดมาหลายปีแล้ว จึงยังไม่มีตำแหน่งสำหรับคุณในครั้งนี้ค่ะ\n\nด้วยความนับถือ\n{sig}\n{co}", "ร้านขนมบ้านสวนริมคลอง", "khanom-rimkhlong", tz="th", lang="th")
wo("application_received", "th", "ได้รับใบสมัครแล้วค่ะ", "เรียน คุณ{n}\n\nทางร้านได้รับใบสมัครของคุณแล้วค่ะ ผลเป็นอย่างไรก็ตาม เราจะโทรแจ้งทุกคนภายในสัปดาห์หน้าค่ะ\n\nด้วยความนับถือ\n{sig}\n{co}", "ร้านขนมบ้านสวนริมคลอง", "khanom-rimkhlong", tz="th", lang="th")
wr("tr", "Fırındaki pozisyon hakkında", "Merhaba {n},\n\nBaşvurunuz ve fırına uğradığınız için teşekkür ederiz. Usta, yıllardır sabah vardiyasında simit açan bir komşumuzun oğlunu almaya karar verdi; bu yüzden şu an size yer kalmadı.\n\nSaygılarımızla,\n{sig}\n{co}", "Kordon Simit Fırını", "kordon-simit", tz="tr", lang="tr")
wo("offer", "tr", "İş teklifi", "Merhaba {n},\n\n{dl} tarihinden itibaren fırında çalışmaya başlayabilirsiniz. Maalesef servis yok, sabah dörtte kendiniz gelmeniz gerekiyor.\n\nSaygılarımızla,\n{sig}\n{co}", "Kordon Simit Fırını", "kordon-simit", tz="tr", lang="tr")
wr("ur", "ٹرک آرٹ ورکشاپ میں ملازمت", "محترم {n} صاحب،\n\nآپ نے ہمارے ہاں کام کے لیے لکھا، اس پر ہم ممنون ہیں۔ استاد جی نے اس بار اپنے پرانے شاگرد کے بیٹے کو رکھ لیا ہے جو برسوں سے ٹرکوں پر نقش و نگار بنا رہا ہے۔ چنانچہ ابھی آپ کو رکھنا ممکن نہیں۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-truckart", tz="pk", lang="ur")
wo("next_steps", "ur", "ضروری کاغذات", "محترم {n} صاحب،\n\n{dl} سے پہلے ہمیں شناخت کی دستاویز اور اپنی بنائی گئی دو چیزوں کی تصویریں ای میل کیجیے۔ اس کے بعد ہم ملاقات کا وقت طے کریں گے۔\n\nشکریہ،\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-truckart", tz="pk", lang="ur")
wr("zh", "关于茶园采制助理的回复", "{n}，你好：\n\n感谢你对我们茶园的关注，也谢谢你专门来山上一趟。经过商量，我们决定请一位在岩茶厂做过三季焙火的师傅，这个岗位已经有人了。祝你早日找到合适的工作。\n\n{sig}\n{co}", "武夷山桐木岩茶园", "tongmu-tea", tz="cn", lang="zh")
wo("interview", "zh", "面试通知", "{n}，你好：\n\n请于{dl}上午九点到茶园面谈。遗憾的是上山的路正在修，车只能开到半山腰，需要步行二十分钟。\n\n{sig}\n{co}", "武夷山桐木岩茶园", "tongmu-tea", tz="cn", lang="zh")
wr("ssy", "Taamah ceelallo", "Salaam {n},\n\nGaddaa ge, taamah ceelallo nek tukteeme. Sugta ulaamah mangu taamah abe num doorrinneh, tanim tu baaxoh fanah taamah sinnim magaxxay. Ayyaamah nagay tiyoo.\n\n{sig}\n{co}", "Foro Pastoral Cooperative", "foro-pastoral", tz="er", lang="ssy")
wo("application_received", "ssy", "Ceelallo ni geeh", "Salaam {n},\n\nCeelallo ni geeh. Kamis ayroh fanah doorranno; doorinneh waanah doorinneh, inkinnah nek maxcoh xiqna.\n\n{sig}\n{co}", "Foro Pastoral Cooperative", "foro-pastoral", tz="er", lang="ssy")
wr("ktb", "Ooso ixxaa", "Ayaanaa {n},\n\nLoosaa'na ooso ixxaa kiinsi heeso galatoommi. Ooso barakki Duraame'nni muuru diinnaa mannichi doodameennoha ikkinoosse. Tensa ooso kiinsi ikkitoonti.\n\nGalatoommi,\n{sig}\n{co}", "Duraame Qocho Processors", "duraame-qocho", tz="et", lang="ktb")
wo("next_steps", "ktb", "Waraqata ajjisi", "Ayaanaa {n},\n\n{dl}n mooxxo waraqata annachchi ikkito kaardaa eeggisite. Ikkitoo wayitannita kiinsi eeggisoommi.\n\nGalatoommi,\n{sig}\n{co}", "Duraame Qocho Processors", "duraame-qocho", tz="et", lang="ktb")
wr("stv", "የስራ ማመልከቻ መልስ", "ውድ {n}፣\n\nሰላም ነው? ለስራው ስላመለከትክ እናመሰግናለን። ስራው ለወራቤ አካባቢ ልጅ ተሰጠ፤ ብዙ ዓመት በቅቤ ሱቅ የሰራ ነው። ለሌላ ጊዜ መልካም እድል እንመኝልሃለን።\n\nከሰላምታ ጋር፣\n{sig}\n{co}", "ወራቤ ቅቤና ማር", "worabe-butter", tz="et", lang="stv")
wo("interview", "stv", "የቃለ መጠይቅ ጥሪ", "ውድ {n}፣\n\nሰላም ነው? {dl} ጠዋት በሦስት ሰዓት ሱቃችን ድረስ እንድትመጣ እንጋብዝሃለን። እንደ አለመታደል ሆኖ ሱቁ ላይ ምልክት የለም፤ ስትደርስ ደውልልኝ።\n\nከሰላምታ ጋር፣\n{sig}\n{co}", "ወራቤ ቅቤና ማር", "worabe-butter", tz="et", lang="stv")
wr("zag", "Kɔrɔ tɔgɔ", "Salam {n},\n\nAgi tɔgɔ kɔrɔ dɛ wɔlli. Kɔrɔ tinni Ɛrɛ Tine dɛ bɛ gɔrɔ, agi tɔgɔ ɔ bɛrɛ nɔ. Allah tɔ sɛnɛ.\n\n{sig}\n{co}", "Iriba Strapworks", "iriba-strapworks", tz="td", lang="zag")
wo("offer", "zag", "Kɔrɔ agi dɛ", "Salam {n},\n\nKɔrɔ agi dɛ; {dl} dɛ tɔgɔ ɔ wɔ. Tɛnɛ bɛ sɛrɛ gɔ, kɔrɔ ɔ bɛrɛ.\n\n{sig}\n{co}", "Iriba Strapworks", "iriba-strapworks", tz="td", lang="zag")
wr("mls", "Kamala amangi", "Salam {n},\n\nKamala amangi ir kii. Amangi kaa ndoo Geneina kaba neeri, kamala kuu tii ambiŋ. Allah ambaa.\n\n{sig}\n{co}", "Geneina Karkadeh Sorters", "geneina-karkadeh", tz="sd", lang="mls")
wr("siz", "Axeddim en tamazirt", "Azul {n},\n\nTanemmirt f tebrat nnek. Aneddam n tamazirt yeksed ajemmaḍ n Aghurmi, yexdem ddgi aṭṭas n isuggasen. Axeddim ur yella ula d nnek tura.\n\n{sig}\n{co}", "Aghurmi Date Packers", "aghurmi-dates", tz="eg", lang="siz")
wo("application_received", "siz", "Tebrat nnek tusa", "Azul {n},\n\nTebrat nnek tusa. Deg ussan a, ad nextar; ma d ih ma d ala, ad ak-nari.\n\n{sig}\n{co}", "Aghurmi Date Packers", "aghurmi-dates", tz="eg", lang="siz")
wr("lol", "Lokuta la mosala", "Losako {n},\n\nAksanto ndo mokanda wa yɔ. Mosala ole tosombi bonto ole oyaki o Mbandaka, ole asali mosala ole mbula efoku. Mosala nko ntsikali la wɛ.\n\n{sig}\n{co}", "Mbandaka Palm Oil Press", "mbandaka-palm", tz="cd", lang="lol")
wo("next_steps", "lol", "Mikanda mya mosala", "Losako {n},\n\nTomela mokanda wa kalasi la foto efe ndo {dl}. Nsima tokosangela wɛ mokolo.\n\n{sig}\n{co}", "Mbandaka Palm Oil Press", "mbandaka-palm", tz="cd", lang="lol")
wr("gba", "Sɛn ne tɔn", "Mɔ sí {n},\n\nSɔ́ɔ́ mɔ. Gaa sɛn nɛ, wɛn ko wi Bouar gbɛ́ mɔ há ré, tɔn sɛn ne ré ɓɛ. Sɔ ɓaa mɔ.\n\n{sig}\n{co}", "Bouar Manioc Mill", "bouar-manioc", tz="cf", lang="gba")
wo("interview", "gba", "Yɔ́k sɛn", "Mɔ sí {n},\n\nYɔ́k mɔ {dl} ngai. Kpɔ́k nɛ, zɔ́ Bouar ɓaa kɔ́, yɔ́k kpɔ́ɔ́.\n\n{sig}\n{co}", "Bouar Manioc Mill", "bouar-manioc", tz="cf", lang="gba")
wr("rad", "Klei mă bruă", "Kâo kkuh kơ ih {n},\n\nKâo bi mni kơ ih hla ih čih brei. Sang mă bruă phung kâo ruah leh sa čô hđeh Buôn Ma Thuột, ñu mă bruă kphê lu thun leh. Snăn bruă anei amâo lŏ mâo ôh kơ ih.\n\n{sig}\n{co}", "Buôn Kphê Êđê", "buon-kphe", tz="vn", lang="rad")
wo("offer", "rad", "Ih dưi mă bruă", "Kâo kkuh kơ ih {n},\n\nIh dưi mă bruă mơ̆ng {dl}. Knŏng sang mă bruă amâo mâo sang dôk ôh.\n\n{sig}\n{co}", "Buôn Kphê Êđê", "buon-kphe", tz="vn", lang="rad")
wr("kbl", "Tama kəlla", "Lale {n},\n\nWasiqa nəmbe kəryo. Tama adə Bol-ro kam fal kənnu, shi Kanem-ro kura ye dəro ciwo. Adəga tama nəmbe-ro baro.\n\n{sig}\n{co}", "Bol Natron Sellers", "bol-natron", tz="td", lang="kbl")
wo("application_received", "kbl", "Wasiqa nəmbe isəna", "Lale {n},\n\nWasiqa nəmbe isəna. Juma-ro kam fal ciwo; ndi ro baro ro, wasiqa nəmbe-ro gənaro.\n\n{sig}\n{co}", "Bol Natron Sellers", "bol-natron", tz="td", lang="kbl")


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
        "eg": (nth_weekday(y, 4, 4, -1), nth_weekday(y, 10, 4, -1), True),
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
    "ssy": "{d}/{m}/{y}", "ktb": "{d}/{m}/{y}", "stv": "{d}/{m}/{y}", "zag": "{d}/{m}/{y}", "mls": "{d}/{m}/{y}",
    "siz": "{d}/{m}/{y}", "lol": "{d}/{m}/{y}", "gba": "{d}/{m}/{y}", "rad": "{d}/{m}/{y}", "kbl": "{d}/{m}/{y}",
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
            while later.weekday() >= 5:
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
        rec["id"] = f"blind67:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 66; this slice and any later one are skipped by number."""
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
