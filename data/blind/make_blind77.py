# ruff: noqa: E501, S311
"""Write the seventy-seventh sealed blind slice for issue 11 (blind-slice-77.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 77 and later never read; our side printed)
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

SEED = 770771
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-77.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 77
SKIP_FROM = 77  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Harriet Ollerenshaw", "Cathal Mulcahy", "Pranav Hegde", "Euan Lockhart", "Nomvula Khumalo",
    "Rawiri Tane", "Felicity Arbuthnot", "Orla Cunningham", "Emeka Nnadi", "Jocasta Pryor",
    "Bisola Adebayo", "Lwazi Ntuli", "Kavya Menon", "Darragh Quinlan", "Chiamaka Obi",
    "Barnaby Whitcombe", "Aroha Henare", "Clodagh Moran", "Sourav Banerjee", "Ronan Phelan",
    "Lerato Sithole", "Callum Urquhart", "Aditya Joshi", "Nyambura Kariuki", "Fiachra Doyle",
    "Kwabena Asante", "Mandla Zwane", "Tanvi Agarwal", "Saoirse Kinsella", "Obinna Ugwu",
    "Philippa Dunmore", "Divya Rao", "Chebet Langat", "Solange Pelletier", "Oisín Carey",
    "Adaeze Okonkwo", "Millicent Garside", "Tipene Walker", "Atieno Odhiambo", "Clementine Ashworth",
]
REGION_SIGNERS = {
    "uk": ["Gwendolyn Pryce", "Alistair Cowan", "Shabnam Akhtar", "Fergus Lindsay", "Morwenna Penrose", "Keith Hepworth"],
    "ie": ["Gráinne Ní Mhurchú", "Seán Ó Briain", "Bernadette Kiely", "Declan Furlong"],
    "us": ["Guadalupe Ortiz", "Jonas Stoltzfus", "LaToya Freeman", "Sven Gunderson", "Miriam Katz"],
    "ca": ["Josée Gagnon", "Harjit Sandhu", "Lesia Hrynchuk", "Angus MacNeil"],
    "au": ["Tracey Hollis", "Dimitri Pappas", "Leanne Kerr", "Thanh Nguyen"],
    "nz": ["Hemi Tautahi", "Bronwyn Rowe", "Tevita Fonua", "Mereana Pomare"],
    "za": ["Nomsa Mahlaba", "Pieter Venter", "Sipho Mthembu", "Annelie du Toit"],
    "in": ["Lakshmi Narayanan", "Rohit Kulkarni", "Shabana Ansari", "Basavaraj Hiremath"],
    "ng": ["Yetunde Bakare", "Ikechukwu Eze"], "ke": ["Njeri Mwangi", "Kiprono Kirui"],
    "ph": ["Rowena Dizon", "Arnel Macaraeg"], "sg": ["Tan Siew Ling", "Muthu Krishnan"],
    "se": ["Karin Holmberg", "Anders Ekström"], "sk": ["Katarína Vargová", "Juraj Polák"], "hr": ["Marija Kovačić"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هيفاء القحطاني", "منيرة الدوسري"], "de": ["Gudrun Faller", "Reinhold Kienzler"],
    "es": ["Pilar Sanz", "Ignacio Barrios"], "fr": ["Maïté Etcheverry", "Olivier Dubarry"],
    "hi": ["सुमन शेखावत", "रामेश्वर छीपा"], "it": ["Rosalba Lo Cascio", "Salvatore Guarino"],
    "ja": ["石田 久美子", "松本 正樹"], "ko": ["정미숙", "최영호"], "pt": ["Graça Moreira", "Fernando Lopes"],
    "ru": ["Нина Кузнецова", "Виктор Лебедев"], "sw": ["Rehema Massawe", "Baraka Mushi"],
    "th": ["รัชนี ศรีเมือง", "บุษบา ทองคำ"], "tr": ["Nermin Öztürk", "Hakan Demir"],
    "ur": ["نسرین اختر", "صائمہ ملک"], "zh": ["王秀兰", "陈建国"],
    "swe": ["Ingrid Lindqvist", "Göran Berglund"], "slk": ["Zuzana Kováčová", "Marek Horváth"],
    "hrv": ["Ivana Matić", "Zoran Babić"], "lav": ["Ilze Bērziņa", "Jānis Ozols"],
    "tam": ["செல்வி ராமசாமி", "முருகன் சுப்பிரமணியம்"], "nep": ["सीता थापा", "रामबहादुर श्रेष्ठ"],
    "aze": ["Aynur Məmmədova", "Rəşad Əliyev"], "eus": ["Miren Etxeberria", "Iñaki Goikoetxea"],
    "ltz": ["Josée Weber", "Marc Schmit"], "bel": ["Алеся Каваленка", "Язэп Шыманскі"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الشهري", "دانة المطيري"], "de": ["Annika Vogt", "Jannik Pfeiffer"],
    "es": ["Nerea Gil", "Sergio Domínguez"], "fr": ["Capucine Girard", "Baptiste Fournier"],
    "hi": ["वर्षा कच्छावा", "दीपेंद्र सोलंकी"], "it": ["Chiara Esposito", "Davide Marino"],
    "ja": ["中村 由紀", "高橋 翔太"], "ko": ["이하은", "윤지훈"], "pt": ["Beatriz Sousa", "Tiago Ribeiro"],
    "ru": ["Дарья Орлова", "Максим Зайцев"], "sw": ["Zawadi Kimaro", "Hamisi Mrema"],
    "th": ["ลลิตา ใจงาม", "ธีรเดช สายทอง"], "tr": ["Zeynep Arslan", "Emre Koç"],
    "ur": ["فائزہ رشید", "حمیرا شفیق"], "zh": ["刘欣怡", "赵宇轩"],
    "swe": ["Elin Sjöberg", "Oskar Nyström"], "slk": ["Lucia Baláková", "Tomáš Urban"],
    "hrv": ["Petra Jurić", "Luka Perić"], "lav": ["Anna Kalniņa", "Edgars Liepa"],
    "tam": ["கவிதா சேகர்", "அருண் குமார்"], "nep": ["सरिता गुरुङ", "बिकास राई"],
    "aze": ["Günel Hüseynova", "Elvin Quliyev"], "eus": ["Ane Urkiola", "Jon Aranburu"],
    "ltz": ["Lynn Hoffmann", "Tom Wagner"], "bel": ["Вольга Лукашэвіч", "Мікола Дубовік"],
}
GIVEN = {
    "Gráinne Ní Mhurchú": "Gráinne", "Seán Ó Briain": "Seán", "Tan Siew Ling": "Siew Ling",
    "Annelie du Toit": "Annelie",
    "石田 久美子": "久美子", "松本 正樹": "正樹", "中村 由紀": "由紀", "高橋 翔太": "翔太",
}
PROVIDERS = ["sandpipermail", "godwitpost", "whimbrelbox", "turnstonenet", "redshankmail", "knotbox"]

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
    "idn": ("+0700", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind77-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, cheers again for the tour round the yard. First-aid card number plus two referees, as promised, sit just underneath.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nThis note concerns requisition {ref}, {role}. The department has closed the requisition without making an appointment: {x}. Your application therefore stops at this point and its file goes to archive.\n\nWe do appreciate the hours you gave to the forms.\n\n{co} Talent Acquisition", ("Fenwick Brinehouse Foods", "Calloway Mills"), ("fenwicklarder", "callowaymills"), role=("Pickling Line Operative", "Flour Blending Technician"), tz=("uk", "use"), x=("the pickling line is being merged into the Gorsedale site's shift pattern", "blending will be handled by the miller's existing night crew"))
mr("gh", "Your application with {co}", "Hi {n},\n\nAppreciate you meeting the panel about the {role} job. Our offer has been signed by a candidate who {x}, so your file closes today.\n\nWarmly,\n{sig}\n{co}", ("Lintwhistle Textiles", "Orchard Quay Press"), ("lintwhistle", "orchardquay"), role=("Dye House Assistant", "Bindery Finisher"), tz=("ie", "cae"), x=("has run an indigo vat for six seasons", "spent four years folding and sewing signatures by hand"))
mr("lv", "{co} – {role}", "Hello {n},\n\nThanks for your patience while the {role} shortlist came together. After weighing everyone, the team is progressing with other applicants whose {x} is nearer the mark. If you're happy, your details sit on file ten months.\n\n{sig}, People team, {co}", ("Brindle & Thole", "Saltspring Canvas"), ("brindlethole", "saltspringcanvas"), role=("Rope Splicer", "Sailcloth Cutter"), tz=("au", "cap"), x=("marine rigging background", "heavy-canvas cutting history"))
mr("sr", "Status change on your {co} application", "<html><body><p>Hi {n},</p><p>Your file shows a fresh status line.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>With thanks, {co} hiring desk.</p></body></html>", ("Kettlebrook Dairies", "Hollin Glassworks"), ("kettlebrook", "hollinglass"), role=("Cheese Room Hand", "Glass Annealing Assistant"), tz=("uk", "za"), x=("Complete – vacancy now held by a different applicant", "Done – another candidate took the role"))
mr("ic", "{co}: {role} – application result", "Dear {n},\n\nThe result of your application for {role} (ref {ref}) is below.\n\nOutcome: Not Selected – {x}\n\nYou can apply for further openings from your candidate account.\n\n{co} Recruitment", ("Marrowgate Haulage", "Pinewold Transit"), ("marrowgate", "pinewold"), role=("Class 2 Driver", "Shuttle Bus Operator"), tz=("uk", "usc"), x=("Tachograph Card Not Supplied", "Commercial Licence Endorsement Missing"))
mr("tl", "{role} – requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}) now shows the status Cancelled – {x}. That shuts every application hanging off it, yours among them. New hotel vacancies get posted each Monday.\n\nRegards,\n{co} HR Services", ("Stannary Hotel Group", "Muskoka Lantern Inns"), ("stannaryhotels", "muskokalantern"), role=("Night Porter", "Housekeeping Supervisor"), tz=("uk", "cat"), x=("night desk moved to the reception team's rota", "housekeeping handed to a contract cleaner"))
mr("wk", "Update on {role} at {co}", "Hi {n},\n\n{x} people applied for {role}. We rang {y} and brought a handful in for a trial shift. We've now filled the role with someone from that group, so your application closes today. Thanks for applying.\n\n{sig}\n{co}", ("Flintbox Roasters", "Cobweb Coffee House"), ("flintboxroast", "cobwebcoffee"), role=("Roastery Assistant", "Barista"), tz=("nz", "sg"), x=("One hundred and seven", "Fifty-eight"), y=("ten", "seven"))
mr("bh", "{co} – {role}", "Hi {n},\n\nCheers for the {role} application. We had hoped to add a position, but {x} are taking on those hours instead, so we're closing the vacancy without hiring.\n\nAll the best,\n{sig}", ("Fernhollow Nursery", "Tamarack Reach Garden Centre"), ("fernhollow", "tamarackreach"), role=("Plant Area Assistant", "Garden Centre Cashier"), tz=("uk", "cam"), x=("our existing weekday staff", "the spring seasonal crew"))
mr("tt", "Your application: {role}", "Dear {n},\n\nThanks for sending application to {role} at {co}. All papers we read carefully and now we go further with other person, who has longer practice in {x}. Wish you good work soon in other workshop.\n\nBest regards,\n{sig}\n{co}", ("Norrvik Woodcraft", "Tatra Joinery"), ("norrvikwood", "tatrajoinery"), role=("Furniture Sander", "Window Frame Joiner"), tz=("se", "sk"), x=("finishing birch with oil", "making old-style box windows"))
mr("ps", "About {role} – {co}", "Hello {n},\n\nBig thanks for interest in {role}. Choosing was hard, but finally the place goes to applicant with {x}. Your papers we erase after half year, like law requires.\n\nKind greetings,\n{sig}", ("Granstugan Bakery", "Zvolen Ceramics"), ("granstugan", "zvolenceramics"), role=("Bakery Helper", "Glaze Mixer"), tz=("se", "sk"), x=("many years of sourdough baking", "longer experience with kiln firing"))
mr("pp", "{co}: {role} outcome", "Dear {n},\n\nCheers for the {role} application. Our scoring sheet follows the advert's five criteria; you scored {x}, the bar for interview sat at {y}, so your application stops here this round.\n\nKind regards,\n{co} Hiring", ("Cairnhill Clockworks", "Ravensmoor Forge"), ("cairnhillclocks", "ravensmoorforge"), role=("Clock Repair Trainee", "Blacksmith's Striker"), tz=("uk", "au"), x=("15 of 40", "11 of 35"), y=("25", "20"))
mr("jz", "{co}: your audition application", "Hey {n},\n\nThanks for sending your reel for {role}. This season our clients kept asking for {x}, so we've booked acts with that experience and yours sits out this season. Good luck with the bookings!\n\n{sig}\n{co}", ("Big Top Bookings", "Lanternfish Events"), ("bigtopbookings", "lanternfishevents"), role=("Fire Performer", "Balloon Modeller"), tz=("usp", "cap"), x=("aerial hoop", "close-up card magic"))
mr("ab", "Update from {co} on {role}", "Hi {n}!\n\nSalamat po for sending your application for {role}. After going over everyone's papers, we are pushing through with a candidate whose {x} suits the team more at the moment. Good luck sa job hunting!\n\n{sig}\n{co}", ("Sampaloc Handicrafts", "Bayanihan Cacao"), ("sampalochandi", "bayanihancacao"), role=("Banig Mat Weaver", "Cacao Fermentation Helper"), tz=("ph", "ph"), x=("mat-weaving experience", "background in cacao drying"))
# once (14): small employers, each with its own reason
mr("s-uk", "The Saturday job", "Hi {n},\n\nTa for popping your CV round at the chippy. We've given the Saturday shifts to Mrs Pollard's grandson, he's helped out over half-term already. Good luck with it all.\n\n{sig}\nPollard's Fish Bar", "Pollard's Fish Bar", "pollardsfishbar", tz="uk")
mr("s-ie", "Re: shop assistant", "Hi {n},\n\nGrand to see you in about the counter job at the hardware. Mossie, my brother-in-law, has just retired from the co-op and he'll be doing those days, so there's nothing going at the minute. Best of luck.\n\n{sig}", "Keogh Hardware", "keoghhardware", tz="ie")
mr("s-us", "Farm stand position", "Hi {n},\n\nThanks for asking about the sweet corn stand this summer. My niece got home from her college term and grabbed the weekday shifts, so the spot is gone. Wishing you luck.\n\n{sig}\nHollister Family Farm", "Hollister Family Farm", "hollisterfarm", tz="usc")
mr("s-ca", "Chip wagon job", "Hi {n},\n\nGot your note about the chip wagon. Marie and I will work the wagon ourselves this year, no hires. Take care.\n\n{sig}", "Cote's Chip Wagon", "coteschips", tz="cae")
mr("s-au", "Sawmill yard hand", "G'day {n},\n\nCheers for your application for the yard hand job. We've put on a local bloke who's worked the green chain before, so the yard's crewed up. Good luck with it, mate.\n\n{sig}\nCurrawong Timber", "Currawong Timber", "currawongtimber", tz="au")
mr("s-nz", "Picking job", "Kia ora {n},\n\nCheers for the txt about picking at the orchard. Last summer's whole crew is coming back, so no gaps this time. Kia kaha.\n\n{sig}\nWaiwera Avocados", "Waiwera Avocados", "waiweraavos", tz="nz")
mr("s-za", "The stall job", "Hi {n},\n\nThank you for asking about work at the vetkoek and mince stall. My cousin's daughter finished school in December and she is helping me now, so I have my hands. All the best to you.\n\n{sig}", "Ouma Sannie's Stall", "oumasannie", tz="za")
mr("s-in", "Regarding salesman post", "Dear {n},\n\nReceived your biodata for the salesman post at our handloom showroom. Our senior staff who had gone to his native place has rejoined, hence we are not filling the post. Wishing you success.\n\nRegards,\n{sig}\nSri Venkatesa Handlooms", "Sri Venkatesa Handlooms", "venkatesahandlooms", tz="in")
mr("s-ng", "Sales girl vacancy", "Good day {n},\n\nWe got your CV for the sales girl vacancy at our provision store. Madam has given it to her sister's daughter who is done with NYSC, so please don't hold on for our call. God bless.\n\n{sig}\nBlessed Hands Provisions", "Blessed Hands Provisions", "blessedhands", tz="ng")
mr("s-ke", "Shop attendant", "Hello {n},\n\nAsante for asking about the attendant job at the farm shop. Mzee has decided to bring his nephew from the shamba to help, so we are not hiring now. Be blessed.\n\n{sig}\nKamau Farm Stores", "Kamau Farm Stores", "kamaufarmstores", tz="ke")
mr("s-ph", "Service crew application", "Hi {n},\n\nThank you for applying as service crew at our pancit branch. Sad news po: the Marikina branch closes by end of month, so hiring for it has stopped. Ingat always!\n\n{sig}\nAling Nena's Pancitan", "Aling Nena's Pancitan", "alingnena", tz="ph")
mr("s-sg", "Stall helper", "Hi {n},\n\nSaw your message about helping at our chicken rice stall. Uncle wants rest, so from next month stall opens four days only, so no need for extra hands already. Take care.\n\n{sig}", "Ah Seng Chicken Rice", "ahsengchickenrice", tz="sg")
mr("s-se", "Cafe job", "Hello {n},\n\nThanks for letter about work in our cafe. My daughter comes home from her studies in June and she will take the summer shifts, so we have no place for new person this year. Good luck!\n\n{sig}\nKafé Lingonet", "Kafé Lingonet", "kafelingonet", tz="se")
mr("s-sk", "Workshop helper", "Dear {n},\n\nThanks for interest to help in our wood carving workshop. We decided to take son of our neighbour, he already helps us in weekends, so the place is full now. All good to you.\n\n{sig}\nDrevorezba Hrušov", "Drevorezba Hrušov", "drevorezbahrusov", tz="sk")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("t-cheese", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely having you round the maturing store; the team still talk of your rind-washing questions. Bridie, who has turned wheels at a farm dairy for years, takes the post next month. Thanks for your afternoon.\n\nAll the best,\n{sig}\n\n{OUT}", ("Dovedale Cheesemakers", "Gunnerside Creamery Co-op"), ("dovedalecheese", "gunnersidecoop"), role="Affinage Assistant", tz=("uk", "ie"))
mr("t-vet", "Re: [EXT] Re: Interview – {role}", "Hello {n},\n\nLovely to have you at the practice, and the greyhound in reception adored you. The partners have appointed the nurse who covered our locum weeks last spring, and she's said yes. Maybe we'll meet again at a CPD evening.\n\nKind regards,\n{sig}\n\n{GM}", ("Tallowfield Vets", "Riverbend Animal Clinic"), ("tallowfieldvets", "riverbendanimal"), role="Veterinary Care Assistant", tz=("uk", "usc"))
mr("t-school", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nMany thanks for the sample lesson; the Year 4 class talked about your fractions game all afternoon. The governors have chosen a teacher already known to the school from her supply work, and she has said yes. Go n-éirí leat.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("St Brigid's National School", "Ashgrove Primary"), ("stbrigidsns", "ashgroveprimary"), role="Class Teacher", tz=("ie", "au"))
mr("t-store", "Re: [EXT] RE: Supervisor interview", "Hi {n},\n\nOga says well done for coming down to the Allen Avenue branch on Thursday. Oga has picked the floor lead from our Ketu shop to take over as supervisor here, so she moves across next week. Well done on a strong showing.\n\nRegards,\n{sig}\n\n{RULE}", ("Goodness Supermart", "Mama Wanjiru Stores"), ("goodnesssupermart", "mamawanjiru"), role="Store Supervisor", tz=("ng", "ke"))
mr("t-theatre", "RE: [EXT] Re: {role} audition", "Hi {n},\n\nSuch a treat to hear you read for us. The director has cast a performer who toured the schools show with us last winter, and he's signed up. Spring workshops go on sale soon, if you fancy one.\n\nBest,\n{sig}\n\n{GM}", ("Lantern Street Players", "Tidewater Youth Stage"), ("lanternstreet", "tidewaterstage"), role="Schools Tour Actor", tz=("uk", "nz"))
mr("t-bike", "Re: [EXT] Re: Mechanic trial", "Hey {n},\n\nThanks for the trial Saturday, great chat about hub gears. We've brought on a volunteer who has wrenched at the shed for three years, and he's taking the paid hours. Thanks heaps for your time.\n\nCheers,\n{sig}\n\n{OUT}", ("Spokehouse Bike Co-op", "Freewheel Community Shed"), ("spokehouse", "freewheelshed"), role="Bike Mechanic", tz=("nz", "cap"))
mr("t-clinic", "RE: [EXT] RE: {role} – follow-up", "Hi {n},\n\nThank you for meeting the clinicians last week. The practice has appointed a therapist who ran our school outreach as a contractor, and she joins in a fortnight. We really valued the conversation.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Clearspeak Therapy", "Northbank Physio"), ("clearspeak", "northbankphysio"), role="Therapy Assistant", tz=("za", "sg"))
mr("t-craft", "Re: [EXT] Re: Coordinator interview", "Dear {n},\n\nAsante for travelling out and bearing with our noisy generator. The members voted in one of the beaders who has kept our books since the co-op began, and she takes the post from Monday. Thank you for praising the collection.\n\nBlessings,\n{sig}\n\n{RULE}", ("Ushanga Women's Co-op", "Indaba Beadwork Collective"), ("ushangacoop", "indababeads"), role="Co-op Coordinator", tz=("ke", "za"))

# ---- 8 clear refusals under long footers
FOOT_A = "\n\n—\n{co} Careers · Our talent community posts fresh openings each Tuesday · The Trailnotes newsletter brings gear launches, club nights and member prices · Change which emails reach you from the Preferences tab · Careers-site applicants get this note automatically · {co} Ltd, head office details listed online"
mr("f-outdoor", "Your application to {co}", "Hi {n},\n\nBoot season kept us busy, hence the slow reply: your application for {role} has been unsuccessful. Sorry to bring that news.\n\nThe {co} Recruitment Team" + FOOT_A, ("Ridgeline Outfitters", "Brackenway Outdoor"), ("ridgelineoutfit", "brackenway"), role=("Store Colleague", "Footwear Specialist"), tz=("uk", "ie"))
mr("f-hardware", "{co} – {role}", "Hello {n},\n\nWe're grateful you looked our way for {role}. Having gone through your application, we regret it stops here.\n\nBest regards,\n{co} Talent Team" + FOOT_A, ("Boltyard Home Supply", "Two Rivers Lumber"), ("boltyard", "tworiverslumber"), role=("Paint Desk Associate", "Yard Associate"), tz=("use", "cae"))
FOOT_B = "\n\n________\nJob alerts from {co} land each Friday morning. Bring a mate aboard and pocket a gift card. On the blog: how our crew rigs a surfcasting rod. Grab the staff app for rosters and discounts. Switch these emails off from your profile page. Sent automatically by our hiring platform."
mr("f-tackle", "Application update – {co}", "Hi {n},\n\nThanks heaps for your {role} application. We've decided it won't go forward this time; good luck hunting for the next one.\n\nCheers,\n{co} People" + FOOT_B, ("Snapper Bay Tackle", "Reelwise Angling"), ("snapperbaytackle", "reelwise"), role=("Bait & Tackle Assistant", "Rod Repair Technician"), tz=("au", "nz"))
mr("f-pharmacy", "{co}: {role} application", "Dear {n},\n\nWe appreciate your application for {role}. Following review, we regret your {role} application has been declined.\n\nRegards,\n{co} HR" + FOOT_B, ("Goodhealth Pharmacies", "Medplus Chemists"), ("goodhealthpharm", "medpluschem"), role=("Dispensary Assistant", "Counter Assistant"), tz=("za", "ng"))

# ---- 9 hedged refusals
mr("h-law", "{role} – {co}", "Dear {n},\n\nGrateful for your {role} application. Conveyancing experience among the other applicants sat closer to what this seat needs. Good luck landing a training contract.\n\nYours sincerely,\n{sig}\n{co}", ("Harbottle Quiney LLP", "Dunlop Trench Solicitors"), ("harbottlequiney", "dunloptrench"), role="Paralegal", tz=("uk", "ie"))
mr("h-acct", "Your application – {co}", "Hi {n},\n\nTa for your {role} application. We've steered this hire toward someone already doing agricultural accounts. Cheers for considering a small rural firm.\n\n{sig}\n{co}", ("Paddock & Furrow Accountants", "Greenacre Bookkeeping"), ("paddockacct", "greenacrebooks"), role="Accounts Assistant", tz=("nz", "au"))
mr("h-arch", "{co} – {role}", "Dear {n},\n\nThanks for sharing your portfolio. Other applicants' residential drafting work suited the studio's current projects better, so they go forward. Hope the right practice turns up soon.\n\nBest,\n{sig}\n{co}", ("Fieldgate Architects", "Northlight Design Studio"), ("fieldgatearch", "northlightdesign"), role="Architectural Technician", tz=("usp", "cam"))
mr("h-ngo", "Re: {role} application", "Dear {n},\n\nWe appreciate your application for {role}. The panel felt other candidates aligned better with the programme's field needs at this stage, and we have proceeded accordingly. Thank you for your commitment to the sector.\n\nKind regards,\n{sig}\n{co}", ("Clearwell Water Trust", "Pamoja Sanitation Network"), ("clearwelltrust", "pamojasanitation"), role="Field Officer", tz=("ke", "in"))
mr("h-sg", "Application for {role}", "Dear {n},\n\nAppreciate you wanting to work at {co}. The clinic is taking its hiring a different way for now, so this application is closing. All the best lah.\n\nRegards,\n{sig}\n{co}", "Brightsmile Dental Group", "brightsmiledental", role="Dental Receptionist", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc", "Following our call – {role}", "Hi {n},\n\nGood to speak yesterday. {co} have come back to me: another candidate has the {role} job. Meanwhile I'm handling {x}, and it has your name written on it. Ten minutes on the phone tomorrow morning?\n\n{sig}\nSpire Talent", ("Hartwell Brewery", "Copperline Distillers"), ("spiretalent", "spiretalent"), role=("Packaging Operator", "Bottling Supervisor"), tz=("uk", "usm"), x=("a maintenance fitter role at a maltings near Haydon Bridge", "a warehouse lead job at a cider house near Okanogan"))
mr("rc2", "After our chat", "Hi {n},\n\nTa for the phone chat. {co} are progressing someone else for {role}. Brighter news: {x} is hiring now, and I can pop your CV across to them if you're keen.\n\nCheers,\n{sig}\nKiwiRoots Recruitment", ("Tarawera Honey", "Mallee Citrus"), ("kiwirootsrec", "kiwirootsrec"), role=("Extraction Room Hand", "Packhouse Leader"), tz=("nz", "au"), x=("a pollination contractor near Tirau", "a stonefruit orchard at Batlow"))
mr("rc3", "Update on {co}", "Hi {n},\n\nFollowing our call on Monday, {co} have informed me they've chosen another candidate for {role}. I do however have {x}, and your background suits it. Shall I send over the details?\n\nRegards,\n{sig}\nMakini Staffing", ("Limuru Tea Estates", "Vom Hills Dairies"), ("makinistaffing", "makinistaffing"), role=("Factory Clerk", "Milk Reception Officer"), tz=("ke", "ng"), x=("a stores clerk post at a flower farm near Mai Mahiu", "a quality assistant opening at a yoghurt plant in Kafanchan"))
mr("rc4", "Feedback from {co}", "Hi {n},\n\nThanks again for the call. {co} came back today and they've selected another person for {role}. Separately, a rooibos packer in Graafwater wants a line supervisor, right up your street. Shout if keen.\n\n{sig}\nFynbos Recruitment", "Olifants Dried Fruit", "fynbosrecruit", role="Line Supervisor", tz="za")

# ---- 8 public-sector notices
mr("p-inel", "Notice of eligibility – {role}", "Dear {n},\n\nYour application for {role}, reference {ref}, has been checked for eligibility. It is ineligible because {x}. The application is now closed.\n\n{co}\nHuman Resources", ("Eastshire County Council", "Department of Land Services"), ("eastshire.gov", "landservices.gov"), role=("Highways Inspector", "Survey Technician"), tz=("uk", "usc"), x=("the post requires a street works supervisor card, which was not provided", "the announcement requires a state surveying licence, and none was listed"))
mr("p-ref", "Your application for announcement {ref}", "Dear {n},\n\nYour application for {role} was assessed and rated qualified. However, the certificate of candidates sent to the selecting official did not include you. Later announcements remain open to you.\n\n{co}\nStaffing Office", ("Bureau of Range Management", "Northern Trails Agency"), ("rangemanagement.gov", "agencyoftrails.gov"), role=("Range Technician", "Trail Crew Leader"), tz=("usm", "cap"))
mr("p-cancel", "Vacancy {ref} – {role}", "Dear {n},\n\nPlease note the Council has cancelled vacancy {ref}, {role}, after the service budget was revisited. No applications for it will now be assessed. Thank you for applying.\n\n{co}\nPeople and Culture", ("Te Puāwai District Council", "Shire of Gumleaf"), ("tepuawai.govt", "gumleaf.gov"), role=("Library Assistant", "Pool Lifeguard"), tz=("nz", "au"))
mr("p-cut", "Recruitment {ref} – {role} results", "Dear {n},\n\nShortlisting for {role} is finished. Your mark of {x} is under the cut-off of {y} fixed for interview, meaning your name drops off the interview list here.\n\n{co}\nRecruitment Section", ("Public Service Appointments Board", "County Health Service"), ("psab.gov", "countyhealth.gov"), role=("Clerical Assistant Grade III", "Community Health Aide"), tz=("ie", "in"), x=("58", "61"), y=("66", "70"))

# ---- 6 bare ATS status updates
mr("a-hp", "Application status update", "Hi {n},\n\n{role} · {co}\nStatus (Hirekelp): No longer in consideration\n\nHirekelp · applications list", ("Glenmoor Care Homes", "Bayline Logistics"), ("hirekelp", "hirekelp"), frm="Hirekelp <notify@{dom}>", role=("Care Worker", "Warehouse Picker"), tz=("uk", "au"))
mr("a-html", "{co} application status", "<html><body><p>Hello {n},</p><p>Role: <b>{role}</b><br>Status: <b>Closed · not progressing</b></p><p>{co} Careers</p></body></html>", ("Harbourline Ferries", "Prairieview Grocers"), ("harbourlineferries", "pvgrocers"), role=("Deckhand", "Produce Clerk"), tz=("ie", "cam"))
mr("a-js", "Your application: {role}", "{n},\n\nA decision has been recorded on your application.\n\nJob: {role} – {co}\nDecision: Not proceeding\n\nCrewpail Applicant Tracking", ("Oakridge Schools Trust", "Pedalpost Couriers"), ("crewpail", "crewpail"), frm="Crewpail <status@{dom}>", role=("Site Caretaker", "Cargo Bike Rider"), tz=("uk", "usp"))

# ---- 6 internship / graduate decisions
mr("i-stud", "{co} summer studentship – decision", "Dear {n},\n\nYour form for the {co} summer studentship scheme reached us in good time. With eleven applicants per bench this summer, we're sorry to say no studentship is coming your way. Soil cores will still need washing next July, so do try again.\n\nStudentship Committee\n{co}", ("Institute of Soil Science", "Marine Lab at Portwenn"), ("soilscience-inst", "portwennlab"), tz=("uk", "ie"))
mr("i-intern", "{role} internship – outcome", "Hi {n},\n\nSome 240 students chased six {role} internship spots this year, and none of them is coming your way this year, sorry. Our next call opens after the wet season.\n\n{co} Early Careers", ("Bushland Conservation Trust", "Kahu Wildlife Sanctuary"), ("bushlandtrust", "kahuwildlife"), role=("Frog Monitoring", "Seabird Banding"), tz=("au", "nz"))
mr("i-grad", "{co} Graduate Programme 2026", "Dear {n},\n\nThe assessors enjoyed your group exercise at the {co} Graduate Programme assessment day. Every score has now been moderated, and regrettably the {role} stream cannot seat you in its 2026 intake.\n\n{co} Graduate Recruitment", ("Sunvolt Energy", "Kilowatt Savanna"), ("sunvolt", "kilowattsavanna"), role=("Solar Engineering", "Mini Hydro"), tz=("in", "ke"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref}: application received", "Dear {n},\n\nWe have your application for {role} (requisition {ref}). If the department decides to fill the post another way, we will write and tell you so; until then your application stays live with the hiring manager.\n\n{co} Talent Acquisition", ("Fenwick Brinehouse Foods", "Calloway Mills"), ("fenwicklarder", "callowaymills"), role=("Pickling Line Operative", "Flour Blending Technician"), tz=("uk", "use"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is in! Every one is read by the hiring team. Interview or not, a real human writes back within three weeks.\n\n{sig}\n{co}", ("Lintwhistle Textiles", "Orchard Quay Press"), ("lintwhistle", "orchardquay"), role=("Dye House Assistant", "Bindery Finisher"), tz=("ie", "cae"))
mo("application_received", "lv", "{co} – application safely in", "Hello {n},\n\nYour {role} application has arrived safely. However the shortlist falls, your details would sit in our talent folder for ten months in case rigging work crops up.\n\n{sig}, People team, {co}", ("Brindle & Thole", "Saltspring Canvas"), ("brindlethole", "saltspringcanvas"), role=("Rope Splicer", "Sailcloth Cutter"), tz=("au", "cap"))
mo("application_received", "sr", "Application submitted – {co}", "<html><body><p>Hi {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received – awaiting screening</td></tr></table><p>With thanks, {co} hiring desk.</p></body></html>", ("Kettlebrook Dairies", "Hollin Glassworks"), ("kettlebrook", "hollinglass"), role=("Cheese Room Hand", "Glass Annealing Assistant"), tz=("uk", "za"))
mo("application_received", "ic", "{co}: application for {role}", "Dear {n},\n\nThanks for applying for {role} (ref {ref}). Your {x} needs uploading within seven days; forms lacking it count as incomplete and can't go on a shortlist.\n\n{co} Recruitment", ("Marrowgate Haulage", "Pinewold Transit"), ("marrowgate", "pinewold"), role=("Class 2 Driver", "Shuttle Bus Operator"), tz=("uk", "usc"), x=("driver tachograph card", "commercial licence"))
mo("application_received", "tl", "Requisition {ref} – application logged", "Dear {n},\n\nYour application for {role} sits against requisition {ref}. A cancelled or frozen requisition means all applicants are emailed; otherwise the hotel should be in touch within a fortnight.\n\n{co} HR Services", ("Stannary Hotel Group", "Muskoka Lantern Inns"), ("stannaryhotels", "muskokalantern"), role=("Night Porter", "Housekeeping Supervisor"), tz=("uk", "cat"))
mo("application_received", "wk", "We've received your application", "Hi {n},\n\nCheers for your {role} application to {co}. A handful get a phone chat, then three or so do a trial morning on the roaster. No call? An email still reaches you once we've hired, so no guesswork.\n\n{sig}", ("Flintbox Roasters", "Cobweb Coffee House"), ("flintboxroast", "cobwebcoffee"), role=("Roastery Assistant", "Barista"), tz=("nz", "sg"))
mo("application_received", "bh", "{co} – application received", "Hi {n},\n\nTa for the {role} application. Fair warning: these hours may go to {x} instead of a new hire, and you'd hear at once if so. For now it's with the manager.\n\n{sig}", ("Fernhollow Nursery", "Tamarack Reach Garden Centre"), ("fernhollow", "tamarackreach"), role=("Plant Area Assistant", "Garden Centre Cashier"), tz=("uk", "cam"), x=("our weekday staff", "the spring crew"))
mo("application_received", "tt", "We got your application", "Dear {n},\n\nThanks for application to {role} at {co}. All papers we look in next two weeks. Maybe we choose somebody with longer practice, maybe you – in both cases answer comes, promise.\n\nBest regards,\n{sig}", ("Norrvik Woodcraft", "Tatra Joinery"), ("norrvikwood", "tatrajoinery"), role=("Furniture Sander", "Window Frame Joiner"), tz=("se", "sk"))
mo("application_received", "ps", "Application arrived – {co}", "Hello {n},\n\nYour papers for {role} are here, thank you. When another applicant gets place, we erase your papers after half year; when we invite you, telephone comes before Friday.\n\nKind greetings,\n{sig}", ("Granstugan Bakery", "Zvolen Ceramics"), ("granstugan", "zvolenceramics"), role=("Bakery Helper", "Glaze Mixer"), tz=("se", "sk"))
mo("application_received", "pp", "{co}: we have your application", "Dear {n},\n\nCheers for the {role} application. We mark every form on the advert's criteria. Under the interview bar means a short email, over it means a phone call, so silence isn't on the cards.\n\n{co} Hiring", ("Cairnhill Clockworks", "Ravensmoor Forge"), ("cairnhillclocks", "ravensmoorforge"), tz=("uk", "au"), role=("Clock Repair Trainee", "Blacksmith's Striker"))
mo("application_received", "jz", "Got your reel!", "Hey {n},\n\nYour reel for {role} landed in our inbox. Clients choose from our roster a couple of months ahead; if nobody books your act this season your reel stays on the roster for next year anyway.\n\n{sig}\n{co}", ("Big Top Bookings", "Lanternfish Events"), ("bigtopbookings", "lanternfishevents"), role=("Fire Performer", "Balloon Modeller"), tz=("usp", "cap"))
mo("application_received", "ab", "We received your application!", "Hi {n}!\n\nSalamat po for applying as {role} at {co}. We'll check your papers this week. Pass man or hindi, expect an update from us, promise.\n\n{sig}", ("Sampaloc Handicrafts", "Bayanihan Cacao"), ("sampalochandi", "bayanihancacao"), role=("Banig Mat Weaver", "Cacao Fermentation Helper"), tz=("ph", "ph"))
mo("application_received", "t-cheese", "Application received – {role}", "Hi {n},\n\nGlad to have your {role} application for {co}. A few people will be asked round the store. Not asked? It says nothing bad; every application stays with us for the next opening.\n\n{sig}", ("Dovedale Cheesemakers", "Gunnerside Creamery Co-op"), ("dovedalecheese", "gunnersidecoop"), role="Affinage Assistant", tz=("uk", "ie"))
mo("application_received", "t-vet", "Thanks for applying to {co}", "Hello {n},\n\nYour {role} application reached us. Only folk we'd like to meet get a ring, usually inside ten days; a quiet phone after that means someone else got the nod this time.\n\n{sig}", ("Tallowfield Vets", "Riverbend Animal Clinic"), ("tallowfieldvets", "riverbendanimal"), role="Veterinary Care Assistant", tz=("uk", "usc"))
mo("application_received", "t-school", "Teaching post application", "Dear {n},\n\nYour application for the {role} post has arrived. Shortlisted candidates teach a sample lesson. Owing to numbers, unsuccessful applicants won't be contacted individually.\n\n{sig}\n{co}", ("St Brigid's National School", "Ashgrove Primary"), ("stbrigidsns", "ashgroveprimary"), role="Class Teacher", tz=("ie", "au"))
mo("application_received", "t-store", "Application – {role}", "Hi {n},\n\nYour CV for {role} has reached us. Oga may still move someone across from our other shop; if so, an SMS comes to you. If not, expect a call next week.\n\n{sig}", ("Goodness Supermart", "Mama Wanjiru Stores"), ("goodnesssupermart", "mamawanjiru"), role="Store Supervisor", tz=("ng", "ke"))
mo("application_received", "t-clinic", "{co}: application received", "Hi {n},\n\nYour {role} application is with the clinicians. Yes or no, a reply lands in your inbox before month's end, with a line or two on why.\n\n{sig}\n{co}", ("Clearspeak Therapy", "Northbank Physio"), ("clearspeak", "northbankphysio"), role="Therapy Assistant", tz=("za", "sg"))
mo("application_received", "f-outdoor", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form reached the recruitment inbox. A poor fit gets an email from us; a good fit gets a ring from the store manager.\n\nThe {co} Recruitment Team" + FOOT_A, ("Ridgeline Outfitters", "Brackenway Outdoor"), ("ridgelineoutfit", "brackenway"), role=("Store Colleague", "Footwear Specialist"), tz=("uk", "ie"))
mo("application_received", "h-law", "Application acknowledgement – {co}", "Dear {n},\n\nMany thanks for your {role} application. Were it not to progress, it goes onto our twelve-month reserve list with your say-so. Everyone hears from us within four weeks.\n\n{sig}\n{co}", ("Harbottle Quiney LLP", "Dunlop Trench Solicitors"), ("harbottlequiney", "dunloptrench"), role="Paralegal", tz=("uk", "ie"))
mo("application_received", "h-ngo", "Application received – {role}", "Dear {n},\n\nYour {role} application to {co} is received with thanks. Given the volume, we can phone only the shortlist; silence after 21 days should kindly be read as not successful this time.\n\nHR\n{co}", ("Clearwell Water Trust", "Pamoja Sanitation Network"), ("clearwelltrust", "pamojasanitation"), role="Field Officer", tz=("ke", "in"))
mo("application_received", "p-inel", "Application acknowledged – {role}", "Dear {n},\n\nYour application for {role}, reference {ref}, is in. Eligibility gets checked first; a missing licence or certificate means a letter to say so. Eligible forms then pass to the panel.\n\n{co}\nHuman Resources", ("Eastshire County Council", "Department of Land Services"), ("eastshire.gov", "landservices.gov"), role=("Highways Inspector", "Survey Technician"), tz=("uk", "usc"))
mo("application_received", "p-cut", "Recruitment {ref}: receipt of application", "Dear {n},\n\nYour application for {role} has reached this office. Forms are scored and a cut-off fixed; anyone under it gets no separate letter. Results go up on the notice board by month end.\n\n{co}\nRecruitment Section", ("Public Service Appointments Board", "County Health Service"), ("psab.gov", "countyhealth.gov"), role=("Clerical Assistant Grade III", "Community Health Aide"), tz=("ie", "in"))
mo("application_received", "a-js", "Application submitted", "{n},\n\nYour application has been submitted.\n\nJob: {role} – {co}\nStatus: Submitted\n\nCrewpail Applicant Tracking", ("Oakridge Schools Trust", "Pedalpost Couriers"), ("crewpail", "crewpail"), frm="Crewpail <status@{dom}>", role=("Site Caretaker", "Cargo Bike Rider"), tz=("uk", "usp"))
mo("application_received", "i-grad", "{co} Graduate Programme – application received", "Dear {n},\n\nYour entry for the {co} Graduate Programme ({role} stream) is in. Online tests open next week. Reach the assessment day or not, an email follows every stage with how you did.\n\n{co} Graduate Recruitment", ("Sunvolt Energy", "Kilowatt Savanna"), ("sunvolt", "kilowattsavanna"), role=("Solar Engineering", "Mini Hydro"), tz=("in", "ke"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nThe team want to meet you about {role}. Does {dl} at 10:30 suit? Unfortunately the lift's out of action that week, so the studio means climbing two flights.\n\nWarmly,\n{sig}\n{co}", ("Lintwhistle Textiles", "Orchard Quay Press"), ("lintwhistle", "orchardquay"), role=("Dye House Assistant", "Bindery Finisher"), tz=("ie", "cae"))
mo("interview", "wk", "Trial shift at {co}", "Hi {n},\n\nGood chat today! Any chance of a trial shift on {dl} from 7am? Unfortunately the road out front is dug up, so park round the side.\n\n{sig}", ("Flintbox Roasters", "Cobweb Coffee House"), ("flintboxroast", "cobwebcoffee"), role=("Roastery Assistant", "Barista"), tz=("nz", "sg"))
mo("interview", "t-cheese", "RE: [EXT] Re: {role} – next step", "Hi {n},\n\nLovely to hear from you. Back for a practical morning on {dl}, turning and brushing wheels alongside Bridie? Unfortunately the store is cold, so bring a fleece.\n\nAll the best,\n{sig}\n\n{OUT}", ("Dovedale Cheesemakers", "Gunnerside Creamery Co-op"), ("dovedalecheese", "gunnersidecoop"), role="Affinage Assistant", tz=("uk", "ie"))
mo("interview", "t-vet", "Re: [EXT] Re: Interview – {role}", "Hello {n},\n\nThanks for your note. The partners can meet you on {dl} at 2pm. Unfortunately the consult rooms are being painted, so it'll be the staff room.\n\nKind regards,\n{sig}\n\n{GM}", ("Tallowfield Vets", "Riverbend Animal Clinic"), ("tallowfieldvets", "riverbendanimal"), role="Veterinary Care Assistant", tz=("uk", "usc"))
mo("interview", "t-theatre", "RE: [EXT] Re: {role} recall", "Hi {n},\n\nRecalls: {dl}, 4pm, rehearsal room B, your name pencilled in. Unfortunately the heating there is temperamental, so wear layers you can move in.\n\nBest,\n{sig}\n\n{GM}", ("Lantern Street Players", "Tidewater Youth Stage"), ("lanternstreet", "tidewaterstage"), role="Schools Tour Actor", tz=("uk", "nz"))
mo("interview", "t-bike", "Re: [EXT] Re: Mechanic trial", "Hey {n},\n\nFancy a trial arvo at the shed on {dl}? Unfortunately the truing stand is busted, so it'll be brakes and gears mostly.\n\nCheers,\n{sig}\n\n{OUT}", ("Spokehouse Bike Co-op", "Freewheel Community Shed"), ("spokehouse", "freewheelshed"), role="Bike Mechanic", tz=("nz", "cap"))
mo("interview", "h-arch", "Interview – {role}", "Dear {n},\n\nYour portfolio went down well. Studio chat on {dl} at 11am, does that work? Unfortunately the meeting room is taken that day, so it'll be the big table by the plotter.\n\nBest,\n{sig}\n{co}", ("Fieldgate Architects", "Northlight Design Studio"), ("fieldgatearch", "northlightdesign"), role="Architectural Technician", tz=("usp", "cam"))
mo("interview", "p-ref", "Interview scheduling – announcement {ref}", "Dear {n},\n\nThe selecting official for {role} has your name on her certificate list. A phone interview is set for {dl}. Unfortunately our lines are jammed before noon, so keep the afternoon clear.\n\n{co}\nStaffing Office", ("Bureau of Range Management", "Northern Trails Agency"), ("rangemanagement.gov", "agencyoftrails.gov"), role=("Range Technician", "Trail Crew Leader"), tz=("usm", "cap"))
mo("next_steps", "ic", "{co}: next steps for {role}", "Dear {n},\n\nYour {role} application moves on. Upload your {x} and a recent licence check by {dl}; anything later can't be added.\n\n{co} Recruitment", ("Marrowgate Haulage", "Pinewold Transit"), ("marrowgate", "pinewold"), role=("Class 2 Driver", "Shuttle Bus Operator"), tz=("uk", "usc"), x=("tachograph card", "medical certificate"))
mo("next_steps", "pp", "{co}: {role} – next stage", "Dear {n},\n\nYour application scored above our interview line. Before we book a time, please complete the short practical questionnaire attached and return it by {dl}.\n\nKind regards,\n{co} Hiring", ("Cairnhill Clockworks", "Ravensmoor Forge"), ("cairnhillclocks", "ravensmoorforge"), role=("Clock Repair Trainee", "Blacksmith's Striker"), tz=("uk", "au"))
mo("next_steps", "t-clinic", "RE: [EXT] RE: {role} – references", "Hi {n},\n\nGood to have you meet the clinicians. Next we take up your two references: confirm their contact details by {dl}? Unfortunately the office line is dead this week, so reply by email.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Clearspeak Therapy", "Northbank Physio"), ("clearspeak", "northbankphysio"), role="Therapy Assistant", tz=("za", "sg"))
mo("next_steps", "p-inel", "Documents required – {role}", "Dear {n},\n\nYour application for {role} (ref {ref}) has cleared eligibility. A certified copy of your {x} must reach us by {dl}. Unfortunately phone snaps of documents are refused.\n\n{co}\nHuman Resources", ("Eastshire County Council", "Department of Land Services"), ("eastshire.gov", "landservices.gov"), role=("Highways Inspector", "Survey Technician"), tz=("uk", "usc"), x=("street works card", "surveying licence"))
mo("next_steps", "i-grad", "{co} Graduate Programme – assessment day", "Dear {n},\n\nWell done getting through the online tests. Book an assessment day slot by {dl}, please. Unfortunately the conference centre's car park holds forty cars, so catch the 8:12 train if you can.\n\n{co} Graduate Recruitment", ("Sunvolt Energy", "Kilowatt Savanna"), ("sunvolt", "kilowattsavanna"), tz=("in", "ke"))
mo("next_steps", "rc", "Next step with {co}", "Hi {n},\n\nGood news: {co} would like a short video answering three questions about {role}. Could you record it by {dl}? I'll send the questions in a separate mail.\n\n{sig}\nSpire Talent", ("Hartwell Brewery", "Copperline Distillers"), ("spiretalent", "spiretalent"), role=("Packaging Operator", "Bottling Supervisor"), tz=("uk", "usm"))
mo("offer", "lv", "Offer of employment – {role}", "Hello {n},\n\nDelighted to say the {role} job at {co} is yours. Contract attached; signed copy back by {dl}, please. Unfortunately the workshop kettle has died, so bring a flask on day one!\n\n{sig}", ("Brindle & Thole", "Saltspring Canvas"), ("brindlethole", "saltspringcanvas"), role=("Rope Splicer", "Sailcloth Cutter"), tz=("au", "cap"))
mo("offer", "h-acct", "Offer – {role}", "Hi {n},\n\nGreat news: the partners want you as our new {role}. Confirm by {dl}? Unfortunately the office is being re-carpeted in your first week, so we'll be working from the farm office.\n\n{sig}\n{co}", ("Paddock & Furrow Accountants", "Greenacre Bookkeeping"), ("paddockacct", "greenacrebooks"), role="Accounts Assistant", tz=("nz", "au"))
mo("offer", "t-store", "Re: [EXT] RE: Supervisor offer", "Hi {n},\n\nOga is happy to offer you the supervisor post. Resumption is {dl}. Unfortunately the uniforms are still with the tailor, so come in plain clothes first week.\n\nRegards,\n{sig}\n\n{RULE}", ("Goodness Supermart", "Mama Wanjiru Stores"), ("goodnesssupermart", "mamawanjiru"), role="Store Supervisor", tz=("ng", "ke"))
mo("offer", "h-sg", "Offer letter – {role}", "Dear {n},\n\nHappy to confirm an offer for {role} at {co}. Kindly sign the attached letter by {dl}. Unfortunately our pantry is under renovation, so lunch will be outside for the first month.\n\nRegards,\n{sig}", "Brightsmile Dental Group", "brightsmiledental", role="Dental Receptionist", tz="sg")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "a-html", "{co} application status", "<html><body><p>Hello {n},</p><p>Role: <b>{role}</b><br>Status: <b>Withdrawn · at the candidate's request</b></p><p>{co} Careers</p></body></html>", ("Harbourline Ferries", "Prairieview Grocers"), ("harbourlineferries", "pvgrocers"), role=("Deckhand", "Produce Clerk"), tz=("ie", "cam"))
mo("other_job", "a-hp", "Application status update", "Hi {n},\n\n{role} · {co}\nStatus (Hirekelp): With hiring manager\n\nHirekelp · applications list", ("Glenmoor Care Homes", "Bayline Logistics"), ("hirekelp", "hirekelp"), frm="Hirekelp <notify@{dom}>", role=("Care Worker", "Warehouse Picker"), tz=("uk", "au"))
mo("other_job", "p-cancel", "Vacancy {ref} – timeline", "Dear {n},\n\nShortlisting for {role} is running behind schedule owing to the number of applications. Applicants should now hear from us by the close of next month.\n\n{co}\nPeople and Culture", "Te Puāwai District Council", "tepuawai.govt", role="Library Assistant", tz="nz")
mo("job_alert", "f-hardware", "New roles near you at {co}", "Hi {n},\n\nSaved-search matches, fresh this week: Paint Desk Associate, Garden Centre Lead and Receiving Clerk. Each takes a few minutes to apply for from your profile.\n\n{co} Talent Team" + FOOT_A, ("Boltyard Home Supply", "Two Rivers Lumber"), ("boltyard", "tworiverslumber"), tz=("use", "cae"))
mo("job_alert", "f-tackle", "This week's jobs at {co}", "Hi {n},\n\nThis week: Store Manager, Boat Rigging Technician and Weekend Casual. Tap through to apply.\n\nCheers,\n{co} People" + FOOT_B, "Snapper Bay Tackle", "snapperbaytackle", tz="au")
mo("recruiter_outreach", "rc2", "A role you might like", "Hi {n},\n\nSpotted your profile and I've a packhouse coordinator job going near Te Puna. Good rates, steady hours through winter. Up for a yarn this week?\n\nCheers,\n{sig}\nKiwiRoots Recruitment", "KiwiRoots Recruitment", "kiwirootsrec", tz="nz")
mo("recruiter_outreach", "rc3", "Opportunity – stores supervisor", "Hello {n},\n\nI'm recruiting a stores supervisor for a dairy processor in Elburgon and your experience looks relevant. Could we speak on Thursday?\n\nRegards,\n{sig}\nMakini Staffing", "Makini Staffing", "makinistaffing", tz="ke")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nThanks for your {x} loan application with {co}. Having checked your credit file, the lending committee has declined it. Come back to us after six months if circumstances shift.\n\n{co} Lending", ("Hearthstone Credit Union", "Bluegum Mutual"), ("hearthstonecu", "bluegummutual"), x=("car", "caravan"), tz=("uk", "au"))
mo("non_job_rejection_words", "flat", "The flat on Mill Lane", "Hi {n},\n\nThanks for coming to Saturday's viewing at 14 Mill Lane. The landlord has let the flat to a couple who can move in earlier, so it's gone. Hope something turns up soon.\n\n{sig}\nPortcullis Lettings", "Portcullis Lettings", "portcullislettings", tz="ie")
mo("non_job_rejection_words", "ballot", "Ballot result – Coast to Crater 50k", "Hi {n},\n\nBallot results are in for the Coast to Crater 50k, and your bib number stayed in the drum this time. Next year's race gives you priority entry.\n\nRace Office", "Coast to Crater", "coasttocrater", frm="Coast to Crater <entries@{dom}>", tz="nz")
mo("non_job_rejection_words", "grant", "Community fund decision", "Dear {n},\n\nMany thanks for bringing the allotment shed project to the community fund. Requests topped forty thousand against nine in the pot, and we're sorry the shed missed out this round.\n\n{sig}\n{co}", "Ardmore Community Foundation", "ardmorefoundation", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


WIDE_EN = [
    # fam, channel, company, domain, zone, role, refusal subject, refusal body, twin kind, twin subject, twin body
    ("basket", "Shiftlark", "Withybed Baskets", "withybed", "uk", "Basketweaver's Assistant",
     "Your Shiftlark application", "Hi {n},\n\nTa for your note about helping in the willow shed. The shed's one spare stool has gone to a maker who already slaths and randes. Best of luck.\n\n{sig}, {co}",
     "application_received", "Application received on Shiftlark", "Hi {n},\n\nYour application for the willow shed has come through. Whatever we decide, a note from me lands before the willow harvest ends.\n\n{sig}, {co}"),
    ("shortbread", "Gigbarrow", "Auld Girdle Bakehouse", "auldgirdle", "uk", "Shortbreadmaker",
     "Shortbread baker – {co}", "Hi {n},\n\nTa for your note re the shortbread baker job. Jamie, one of our Saturday lads who knows the ovens, has taken it. All the best.\n\n{sig}",
     "interview", "Shortbread baker – come in?", "Hi {n},\n\nBake-off on {dl} at 6am, can you manage? Unfortunately our front door jams in wet weather; come round by the bins.\n\n{sig}"),
    ("barmbrack", "Jobkettle", "Nolan's Bakery", "nolansbakery", "ie", "Barmbrackmaker",
     "Barmbrack baker position", "Hi {n},\n\nThanks a mill for applying for the barmbrack job before Halloween. We've gone with a baker from the midlands who's done it for years. Mind yourself.\n\n{sig}\n{co}",
     "next_steps", "Barmbrack baker – food safety cert", "Hi {n},\n\nNext I need your food safety cert, a photocopy is grand, by {dl}. Thanks a mill.\n\n{sig}\n{co}"),
    ("hurley", "Jobquay", "Ash Grove Hurleys", "ashgrovehurleys", "ie", "Hurleymaker's Apprentice",
     "Apprentice hurley maker", "Hi {n},\n\nYour letter about the apprenticeship came Tuesday. A young lad from the club, sanding bosses for me all summer, has got it. Best of luck to you.\n\n{sig}",
     "offer", "Apprenticeship offer", "Hi {n},\n\nSay the word and the apprenticeship starts {dl}. Unfortunately the bandsaw is being repaired, so your first days will be all planing.\n\n{sig}"),
    ("tortilla", "Benchpost", "La Milpa Tortilleria", "lamilpatortilla", "usc", "Tortillamaker",
     "Your application – Benchpost", "Hi {n},\n\nAbout the tortilla press operator job: the morning shift went to a candidate who's run a comal line for years. Wishing you the best.\n\n{sig}\n{co}",
     "application_received", "Got your Benchpost application", "Hi {n},\n\nYour press operator application came through. Trials get booked by phone this week; no phone call by Friday means an email from me with where things stand.\n\n{sig}\n{co}"),
    ("tamale", "Handsup", "Abuela Chayo's Tamales", "chayotamales", "usm", "Tamalemaker",
     "Tamale kitchen job", "Hi {n},\n\nThanks for applying for the holiday tamale rush. Abuela's nieces are back to help, so the kitchen is full this year. Gracias for thinking of us.\n\n{sig}",
     "interview", "Tamale kitchen – trial", "Hi {n},\n\nCan you come for a spreading trial on {dl} at 9am? Unfortunately the steamer is loud, so we'll chat outside after.\n\n{sig}"),
    ("granola", "Tradeloft", "Cascade Oat Co", "cascadeoat", "usp", "Granolamaker",
     "Granola production assistant", "Hi {n},\n\nAppreciate you applying. We decided to hire someone with commercial oven experience for the granola line. Happy trails.\n\n{sig}\n{co}",
     "next_steps", "Granola line – food handler card", "Hi {n},\n\nThanks for the call. Please upload your food handler card on Tradeloft by {dl} so we can book your trial.\n\n{sig}\n{co}"),
    ("crepe", "Shiftcove", "Petit Sarrasin Crêperie", "petitsarrasin", "use", "Crepemaker",
     "Crêpe cook position", "Hi {n},\n\nAbout the crêpe cook job: we picked an applicant who worked the galettière at a market stand in Kamouraska. Take care.\n\n{sig}",
     "application_received", "Application received – crêpe cook", "Hi {n},\n\nYour application for crêpe cook has landed. Picked for a trial or not, a reply from me arrives within ten days.\n\n{sig}"),
    ("pierogi", "Jobgully", "Baba Ola's Pierogi", "babaolapierogi", "cam", "Pierogimaker",
     "Pierogi kitchen application", "Hi {n},\n\nThanks for applying to pinch pierogi with us. The church ladies have volunteered for the fall batch, so nobody gets hired this fall. All the best.\n\n{sig}",
     "interview", "Pierogi kitchen – come by", "Hi {n},\n\nCould you come pinch a test batch on {dl} at 10am? Unfortunately the side entrance is blocked by snow, so come through the front.\n\n{sig}"),
    ("canoe", "Staffkite", "Cedarstrip Canoe Works", "cedarstrip", "cap", "Canoebuilder's Helper",
     "Canoe shop helper", "Hi {n},\n\nRe the shop helper job: the spot went to someone who has glassed cedar hulls before and can start right away. Good luck.\n\n{sig}\n{co}",
     "next_steps", "Canoe shop – references", "Hi {n},\n\nMoving ahead: two references through Staffkite by {dl}, please.\n\n{sig}\n{co}"),
    ("croissant", "Hirefern", "Boulangerie Vieux-Port", "vieuxportboul", "cae", "Croissantmaker",
     "Viennoiserie baker – your application", "Hi {n},\n\nThanks for applying for the laminating position. We've hired a baker who trained in Annecy, so the post is now filled. Best wishes.\n\n{sig}",
     "offer", "Viennoiserie baker – offer", "Hi {n},\n\nThe laminating position is yours, starting {dl}. Unfortunately our chambre froide is out for a new compressor, so space is tight the first week.\n\n{sig}"),
    ("lamington", "Jobmosaic", "Gum Hill Cakes", "gumhillcakes", "au", "Lamingtonmaker",
     "Cake dipper position", "Hi {n},\n\nRe dipping lamingtons for the fete season: two uni students who did it last year have the shifts. Cheers.\n\n{sig}",
     "application_received", "Got your application", "Hi {n},\n\nYour lamington-dipping application arrived. Yes or no, you'll know by next Tuesday.\n\n{sig}"),
    ("gnocchi", "Gigtern", "Ciuri Pasta", "ciuripasta", "au", "Gnocchimaker",
     "Pasta kitchen hand", "Hi {n},\n\nThanks for applying for the pasta kitchen hand role. We've hired someone with fresh pasta experience from a restaurant in Carlton. All the best.\n\n{sig}\n{co}",
     "interview", "Pasta kitchen – trial", "Hi {n},\n\nTrial on {dl} at 8am, okay? Unfortunately the dishwasher is playing up, so it may get messy.\n\n{sig}\n{co}"),
    ("pavlova", "Workbasket", "Summerhill Desserts", "summerhilldesserts", "nz", "Pavlovamaker",
     "Dessert kitchen job", "Kia ora {n},\n\nThanks for applying for the meringue kitchen job. We've put on someone who's done Christmas pavlova orders with us before. Good luck.\n\n{sig}",
     "next_steps", "Dessert kitchen – paperwork", "Kia ora {n},\n\nIRD number plus a scan of your visa by {dl}, please, then you go on the roster.\n\n{sig}"),
    ("sushi", "Rotaboard", "Harbourside Sushi", "harboursidesushi", "nz", "Sushimaker",
     "Sushi roller – application", "Hi {n},\n\nRe the sushi roller job: an experienced roller from our Porirua shop is moving across to fill it. All the best.\n\n{sig}\n{co}",
     "application_received", "Application received", "Hi {n},\n\nYour sushi roller application is in. Either way, a reply within seven days.\n\n{sig}\n{co}"),
    ("paneer", "Jobsiphon", "Gokul Dairy Products", "gokuldairy", "in", "Paneermaker",
     "Paneer unit helper", "Dear {n},\n\nThank you for applying for helper post at our paneer unit. Management has selected a candidate with prior dairy experience. All the best for future.\n\nRegards,\n{sig}",
     "interview", "Paneer unit – interview", "Dear {n},\n\nKindly come for interview on {dl} at 11 AM at our unit. Unfortunately there is road work near the gate, please use the side lane.\n\nRegards,\n{sig}"),
    ("jalebi", "Crewnest", "Mithaas Sweets", "mithaassweets", "in", "Jalebimaker",
     "Halwai helper post", "Dear {n},\n\nRegarding the halwai helper post: We have filled it with an experienced karigar from our Dewas branch. All the best.\n\n{sig}\n{co}",
     "next_steps", "Halwai helper – documents", "Dear {n},\n\nPlease bring your Aadhaar copy and one photo on {dl} for joining formalities.\n\n{sig}\n{co}"),
    ("biltong", "Jobmarlin", "Klipdrif Biltong", "klipdrif", "za", "Biltongmaker",
     "Biltong room assistant", "Hi {n},\n\nRe the biltong room post: we appointed a candidate with five years in a butchery. We wish you luck.\n\n{sig}\n{co}",
     "application_received", "Application received – Jobmarlin", "Hi {n},\n\nYour application for biltong room assistant has arrived. Successful or not, we will reply to every applicant by month end.\n\n{sig}\n{co}"),
    ("puffpuff", "Jobjollof", "Sweet Bite Snacks", "sweetbitesnacks", "ng", "Puff-puffmaker",
     "Snack fryer vacancy", "Good afternoon {n},\n\nAbout the fryer vacancy: we have employed someone who stays close to the shop. We wish you success.\n\n{sig}",
     "interview", "Snack fryer – interview", "Good afternoon {n},\n\nKindly see us for a short interview {dl}, 10am latest. Unfortunately NEPA has been unstable, so we may talk outside.\n\n{sig}"),
    ("chinchin", "Hirelantern", "Crunchy Delight", "crunchydelight", "ng", "Chin-chinmaker",
     "Chin-chin packer vacancy", "Hello {n},\n\nPacker hiring is wrapped up, and your CV did not make the final cut. Best regards.\n\n{sig}\n{co}",
     "offer", "Packer role – offer", "Hello {n},\n\nThe packer role is yours. Kindly resume on {dl}. Unfortunately aprons are still with the supplier, so come in plain clothes.\n\n{sig}\n{co}"),
    ("mandazi", "Kazibay", "Pwani Bites", "pwanibites", "ke", "Mandazimaker",
     "Mandazi cook application", "Hello {n},\n\nAbout the mandazi cook job: We have taken someone from Mtwapa who knows our recipe well. God bless.\n\n{sig}",
     "next_steps", "Mandazi cook – medical certificate", "Hello {n},\n\nPlease bring your food handler's medical certificate by {dl} so you can start.\n\n{sig}"),
    ("kaya", "Jobdhow", "Tanjong Kaya House", "tanjongkaya", "sg", "Kayamaker",
     "Kaya kitchen assistant", "Hi {n},\n\nThanks for applying. We took a candidate who has stirred kaya before at another kopitiam. All the best.\n\n{sig}\n{co}",
     "application_received", "Received your application", "Hi {n},\n\nThanks for applying. Whether selected or not, we will message you by next Friday.\n\n{sig}\n{co}"),
    ("kimchi", "Shiftmango", "Seoul Jar Pickles", "seouljar", "sg", "Kimchimaker",
     "Kimchi prep role", "Hi {n},\n\nAbout the kimchi prep role: another applicant has been chosen. Take care.\n\n{sig}\n{co}",
     "interview", "Kimchi prep – interview", "Hi {n},\n\nInterview on {dl} at 3pm, can? Unfortunately our aircon is down, so dress light.\n\n{sig}\n{co}"),
    ("pandesal", "Jobsambal", "Panaderia de Malolos", "panaderiamalolos", "ph", "Pandesalmaker",
     "Baker application", "Hi {n},\n\nAbout the baker post: we chose an applicant who can take the 3am shift right away. God bless po.\n\n{sig}",
     "offer", "Baker – offer", "Hi {n},\n\nStart as our baker on {dl}, if okay with you. Unfortunately the staff locker is full, so bring a small bag only.\n\n{sig}"),
    ("baklava", "Shiftpaddle", "Slastičarna Jadran", "slasticarnajadran", "hr", "Baklavamaker",
     "About your application", "Dear {n},\n\nThank you for application for pastry helper. We decided to take person who work already with filo dough many years. Good luck in searching.\n\n{sig}\n{co}",
     "", "", ""),
]
for fam, ch, co, dom, tz, role, rs, rb, ok, osub, ob in WIDE_EN:
    wr(fam, rs, rb, co, dom, frm=via(ch), role=role, tz=tz)
    if ok:
        wo(ok, fam, osub, ob, co, dom, frm=via(ch), role=role, tz=tz)

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Benchnote Weekly: 9 new trade jobs", "Hi {n},\n\nThis week's trade jobs: willow weaving assistant, bakehouse porter, canoe shop helper, sign painter and five more. Open the app to apply.\n\nBenchnote Weekly", "Benchnote Weekly", "benchnoteweekly", frm="Benchnote Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "course", "Pottery weekend – fully booked", "Hi {n},\n\nYour booking for the wheel-throwing weekend arrived after the twelfth wheel had gone, so there's no seat for you this time. Spring dates get posted in February; shall I pencil you in?\n\n{sig}", "Slipware Studio", "slipwarestudio", tz="ie")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more reused from slices 72 and 73; 24 twins
FX = [
    # lang, fam, company, domain, zone, refusal subject, refusal body, twin kind, twin subject, twin body
    ("ar", "perfume", "دار العود الملكي", "daraloud", "sau",
     "بخصوص طلبك للعمل لدينا", "الأستاذة {n}،\n\nأسعدنا حضورك إلى المعرض وحديثك عن خلطات العود والمسك. بعد مراجعة الطلبات مع صاحب الدار، استقرّ الرأي على مرشحة عملت سنوات في تعبئة دهن العود، لذا لن نتمكن من قبولك في هذه الوظيفة.\n\nمع خالص التمنيات،\n{sig}\n{co}",
     "interview", "دعوة لمقابلة شخصية", "الأستاذة {n}،\n\nنودّ أن نلتقي بك في المعرض يوم {dl} عند العاشرة. للأسف، المصعد معطّل منذ أيام، فالمكتب في الدور الثاني عبر الدرج.\n\nمع التحية،\n{sig}"),
    ("de", "cuckoo", "Schwarzwälder Uhrenstube Hornberg", "uhrenstube-hornberg", "de",
     "Ihre Bewerbung bei der {co}", "Guten Tag {full},\n\nschön, dass Sie letzte Woche in die Werkstatt gekommen sind und so neugierig nach unseren Uhrwerken gefragt haben. Die Stelle haben wir nun einer Uhrmacherin gegeben, die seit Jahren Kuckucksuhren zusammensetzt und schnitzt. Wir drücken Ihnen für die Suche die Daumen!\n\nFreundliche Grüße aus dem Gutachtal\n{sig}\n{co}",
     "next_steps", "Noch fehlende Unterlagen", "Guten Tag {full},\n\ndamit wir einen Probetag planen können, fehlen uns noch Ihr letztes Arbeitszeugnis und der Gesellenbrief in Kopie – gern per Mail, spätestens {dl}.\n\nViele Grüße\n{sig}"),
    ("es", "espadrille", "Alpargatas Arnedillo", "alpargatasarnedillo", "es",
     "Sobre tu candidatura", "Hola, {n}:\n\nQué alegría que vinieras al taller la semana pasada con tus muestras de costura. Le hemos dado muchas vueltas y el puesto se lo lleva una costurera que ya cosía suela de yute en otro taller de la zona. Ánimo con la búsqueda, seguro que sale algo pronto.\n\nUn saludo,\n{sig}\n{co}",
     "application_received", "Hemos recibido tu candidatura", "Hola, {n}:\n\nRecibida tu solicitud para coser alpargatas con nosotras. Te llamemos o no para una prueba de costura, a final de mes recibirás un correo con la decisión.\n\nUn saludo,\n{sig}"),
    ("fr", "choco", "Chocolaterie du Petit Bayonne", "chocopetitbayonne", "fr",
     "Votre candidature à la chocolaterie", "Bonjour {n},\n\nQuel plaisir de discuter avec vous à la boutique mardi, et merci pour vos questions sur le tempérage. Après réflexion, c'est une chocolatière déjà rodée aux fêtes de Pâques que nous avons choisie. Bonne continuation à vous, et au plaisir de vous revoir côté clients !\n\nBien cordialement,\n{sig}\n{co}",
     "interview", "Invitation à un entretien", "Bonjour {n},\n\nNous aimerions vous rencontrer le {dl} à 14 h à l'atelier. Malheureusement, la rue Pannecau est éventrée par des travaux : mieux vaut venir à pied depuis les halles.\n\nÀ bientôt,\n{sig}"),
    ("hi", "bandhani", "रंगरेज़ बांधनी केंद्र", "rangrezbandhani", "in",
     "आपके आवेदन के संबंध में", "नमस्ते {n} जी,\n\nबांधनी के काम में दिलचस्पी लेने और त्रिपोलिया गेट के पास वाली दुकान पर पधारने का शुक्रिया। घर के बुज़ुर्गों से सलाह करके हमने यह काम मोहल्ले की ही एक अनुभवी बंधेज कारीगर के हवाले कर दिया; सो इस दफ़ा आपको नहीं रख पाएँगे। आगे के सफ़र में आपको ढेरों कामयाबी मिले।\n\nआदर सहित,\n{sig}\n{co}",
     "offer", "नियुक्ति का प्रस्ताव", "नमस्ते {n} जी,\n\nहमें आपको कार्यशाला में सहायक के पद का प्रस्ताव देते हुए खुशी है। कृपया {dl} तक अपनी सहमति बता दें। अफ़सोस, इस महीने रंगाई वाले कमरे की छत ठीक हो रही है, तो शुरुआती दिन गाँठें बाँधना सीखने में जाएँगे।\n\nसादर,\n{sig}"),
    ("it", "cannoli", "Pasticceria Ballarò", "pasticceriaballaro", "it",
     "La sua candidatura", "Gentile {n},\n\nè stato un piacere averla da noi a parlare di scorze e ricotta. Il posto però l'abbiamo dato a una persona che riempie cannoli da diversi anni a Monreale. Tanti auguri per la ricerca, e passi a trovarci per un cannolo!\n\nA presto,\n{sig}\n{co}",
     "next_steps", "Documenti per l'assunzione", "Gentile {n},\n\nprima di fissare la prova in laboratorio ci servono l'attestato HACCP e la carta d'identità in copia: può mandarli per mail entro il {dl}?\n\nCordiali saluti,\n{sig}"),
    ("ja", "tofu", "まるいし豆腐店", "maruishitofu", "jp",
     "選考結果のご連絡", "{full}様\n\nこのたびは当店の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、豆腐づくりの経験が長い方を採用させていただくことになりました。末筆ながら、今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}",
     "application_received", "ご応募ありがとうございます", "{full}様\n\nご応募を確かに受け付けました。面接にお呼びする場合もそうでない場合も、一週間以内にメールでお知らせいたします。\n\n{co}\n{sig}"),
    ("ko", "ricecake", "할매손 떡집", "halmaeson", "kr",
     "지원 결과 안내", "{n}님, 안녕하세요.\n\n저희 떡집에 관심을 가지고 지원해 주셔서 감사합니다. 여러 지원자분들의 지원서를 살펴본 끝에, 떡 찌는 일을 오래 해 오신 분과 함께하기로 했습니다. 앞으로 하시는 일 모두 잘되시길 바랍니다.\n\n{co} {sig} 드림",
     "interview", "면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오전 10시에 가게에서 면접을 보고 싶습니다. 아쉽게도 가게 앞 주차장이 공사 중이라 대중교통을 이용해 주시면 좋겠습니다.\n\n{sig} 드림"),
    ("pt", "nata", "Pastelaria Flor do Sado", "flordosado", "pt",
     "A sua candidatura", "Olá {n},\n\nAgradecemos o interesse em trabalhar na nossa pastelaria e a visita. Depois de pensarmos bem, ficámos com uma pessoa que já fazia pastéis de nata numa casa de Belém há vários anos. Desejamos-lhe muito sucesso.\n\nCumprimentos,\n{sig}\n{co}",
     "offer", "Proposta de trabalho", "Olá {n},\n\nFicamos muito contentes por lhe poder oferecer o posto de ajudante de pastelaria; começa a {dl}. Infelizmente os cacifos novos ainda não chegaram, por isso venha já de farda nos primeiros dias.\n\nCumprimentos,\n{sig}"),
    ("ru", "apiary", "Пасека «Медовый лог»", "medovylog", "ru",
     "По поводу вашей заявки", "Добрый день, {n}!\n\nРады были видеть вас на пасеке в субботу. Место помощника мы в итоге отдали пчеловоду из соседнего села, который давно держит свои ульи. Пусть у вас всё сложится с работой!\n\nВсего доброго,\n{sig}\n{co}",
     "next_steps", "Документы для оформления", "Здравствуйте, {n}!\n\nДля оформления пришлите, пожалуйста, до {dl} копию паспорта и медицинскую книжку.\n\nС уважением,\n{sig}"),
    ("sw", "coffee", "Chama cha Kahawa Kilimanjaro", "kahawakilimanjaro", "tz",
     "Kuhusu maombi yako ya kazi", "Habari {n},\n\nShukrani kwa kufika kiwandani kwetu na kuonyesha nia ya kazi ya msaidizi. Tumeamua kumpa nafasi hii fundi mmoja wa Machame ambaye amekaanga kahawa kwa zaidi ya miaka kumi. Mungu akujalie kazi nyingine nzuri.\n\nWako,\n{sig}\n{co}",
     "application_received", "Tumepokea maombi yako", "Habari {n},\n\nMaombi yako yametufikia. Iwe utachaguliwa au la, tutakujulisha kabla ya mwisho wa mwezi huu.\n\nWako,\n{sig}"),
    ("th", "umbrella", "ร่มบ่อสร้างบ้านแม่ศรี", "borsangumbrella", "th",
     "แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nดีใจมากที่แวะมาดูโรงทำร่มของเราที่บ่อสร้างค่ะ ทางร้านคุยกับแม่ศรีแล้ว ตัดสินใจรับช่างที่เขียนลายดอกไม้บนร่มกระดาษสามาสิบกว่าปีค่ะ คราวนี้จึงยังรับคุณไม่ได้ หวังว่าจะได้เจองานที่ถูกใจเร็ว ๆ นะคะ\n\nด้วยความนับถือ\n{sig}\n{co}",
     "interview", "นัดสัมภาษณ์งาน", "เรียน คุณ{n}\n\nทางร้านขอเชิญมาคุยกันตอนสิบโมงเช้าของวันที่ {dl} นะคะ ช่วงนี้ลานหน้าร้านเขากำลังเทปูนใหม่ ฝากจอดริมถนนฝั่งตลาดแทนนะคะ\n\n{sig}"),
    ("tr", "simit", "Galata Simit Fırını", "galatasimit", "tr",
     "Başvurunuz hakkında", "Sayın {full},\n\nFırınımızdaki simitçi yardımcısı ilanına gösterdiğiniz ilgi için teşekkür ederiz. Tüm başvuruları değerlendirdikten sonra, işi, on beş yıldır simit açan Hüseyin Usta'nın yanında yetişmiş bir adaya verdik. Size çalışma hayatınızda başarılar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}",
     "offer", "İş teklifi", "Sayın {full},\n\nSizi fırınımızda çırak olarak görmekten memnuniyet duyarız. İşe başlangıç tarihi {dl}. Maalesef personel odası tadilatta; ilk hafta eşyalarınızı dükkânın arkasına bırakabilirsiniz.\n\nSaygılarımızla,\n{sig}"),
    ("ur", "bangles", "نگینہ چوڑی ہاؤس", "naginabangles", "pk",
     "آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nہماری چوڑیوں کی دکان میں کام کے لیے درخواست دینے اور ملاقات کے لیے آنے کا بہت شکریہ۔ کافی سوچ بچار کے بعد ہم نے یہ جگہ ایک ایسی خاتون کو دی ہے جو کئی برسوں سے چوڑیاں سجانے کا کام کر رہی ہیں۔ دعا ہے کہ جلد کوئی اچھی نوکری مل جائے۔\n\nوالسلام،\n{sig}\n{co}",
     "next_steps", "ضروری کاغذات", "محترمہ {n}،\n\nبراہِ کرم {dl} تک اپنا شناختی کارڈ (اصل اور عکس) اور پاسپورٹ سائز دو تصاویر نگینہ چوڑی ہاؤس کے کاؤنٹر پر دے جائیں۔\n\nوالسلام،\n{sig}"),
    ("zh", "tea", "龙井山茶庄", "longjingshan", "cn",
     "关于您的应聘结果", "{n}您好：\n\n感谢您对我们茶庄的关注，也谢谢您专程过来面谈。经过认真考虑，我们最终选择了一位有多年炒茶经验的师傅。祝您早日找到合适的工作。\n\n{co}\n{sig}",
     "application_received", "已收到您的简历", "{n}您好：\n\n您的简历我们已经收到。无论是否安排面试，我们都会在两周内给您答复。\n\n{co}\n{sig}"),
    ("swe", "crispbread", "Bagarstugan i Rättvik", "bagarstuganrattvik", "se",
     "Angående din ansökan", "Hej {n}!\n\nStort tack för besöket i bagarstugan och för ditt intresse för tunnbrödsbaket. Den här gången gick jobbet till en bagare som har kavlat knäckebröd vid stenugnen i många år. Lycka till med sökandet!\n\nVänliga hälsningar\n{sig}\n{co}",
     "interview", "Inbjudan till intervju", "Hej {n}!\n\nKan du komma och provbaka med oss vid niotiden, datum {dl}? Tyvärr är parkeringen framför bageriet avstängd, så ställ bilen vid kyrkan.\n\nHälsningar\n{sig}"),
    ("slk", "sheepcheese", "Salaš pod Kriváňom", "salaspodkrivanom", "sk",
     "Výsledok výberového konania", "Dobrý deň, {n},\n\nďakujeme za záujem o prácu na našom salaši a za čas, ktorý ste nám venovali. Po zvážení všetkých uchádzačov sme sa rozhodli pre človeka, ktorý už niekoľko sezón robí bryndzu a oštiepky. Prajeme veľa úspechov.\n\nS pozdravom\n{sig}\n{co}",
     "application_received", "Potvrdenie prijatia žiadosti", "Dobrý deň, {n},\n\nďakujeme, vaša žiadosť o prácu na salaši k nám došla. Pozveme vás na pohovor alebo nie – v každom prípade sa ozveme ešte pred koncom mesiaca.\n\nS pozdravom\n{sig}"),
    ("hrv", "konoba", "Konoba Pod Murvom", "konobapodmurvom", "hr",
     "Vezano uz Vašu prijavu", "Poštovani/a {n},\n\nhvala što ste svratili do konobe i pričali nam o svom radu u kuhinji. Nakon dugog vijećanja posao smo dali kuharu koji već nekoliko ljeta peče ribu na gradelama kod nas u mjestu. Sretno dalje!\n\nLijep pozdrav,\n{sig}\n{co}",
     "next_steps", "Potrebni dokumenti", "Poštovani/a {n},\n\nmolimo Vas da nam do {dl} pošaljete sanitarnu knjižicu i presliku osobne iskaznice.\n\nLijep pozdrav,\n{sig}"),
    ("lav", "pottery", "Latgales Māla Darbnīca", "latgalesmals", "lv",
     "Par Jūsu pieteikumu", "Labdien, {n}!\n\nLiels paldies, ka atbraucāt uz darbnīcu un parādījāt savus traukus. Ilgi spriedām, un vietu tomēr piedāvājām meistaram, kurš jau vairākus gadus strādā pie podnieka ripas Preiļos. Lai Jums izdodas atrast īsto darbu!\n\nAr cieņu\n{sig}\n{co}",
     "offer", "Darba piedāvājums", "Labdien, {n}!\n\nPriecājamies piedāvāt Jums palīga vietu darbnīcā, sākot ar {dl}. Diemžēl krāsns vēl tiek remontēta, tāpēc pirmās dienas strādāsim pie glazūrām.\n\nAr cieņu\n{sig}"),
    ("tam", "bronze", "சுவாமிமலை வெண்கலக் கலைக்கூடம்", "swamimalaibronze", "in",
     "வார்ப்புக் கூட வேலை பற்றி", "வணக்கம் {n},\n\nசுவாமிமலைக்கு வந்து எங்கள் வார்ப்புக் கூடத்தைப் பார்த்ததில் மகிழ்ச்சி. ஆசாரியாருடன் கலந்து பேசி, இருபது வருடமாக மெழுகு மாதிரி செதுக்கும் ஒருவருக்கே இந்த இடத்தைக் கொடுக்க முடிவெடுத்தோம். ஆகவே இம்முறை உங்களைச் சேர்த்துக்கொள்ள இயலவில்லை. நல்ல வாய்ப்பு விரைவில் அமையட்டும்.\n\nஅன்புடன்,\n{sig}\n{co}",
     "interview", "கூடத்தில் சந்திப்போமா?", "வணக்கம் {n},\n\n{dl} காலை பத்து மணிக்கு எங்கள் கூடம் வரை வர இயலுமா? தெருவில் தற்போது கால்வாய் வேலை நடக்கிறது; தேரடி வழியாக வாருங்கள்.\n\nஅன்புடன்,\n{sig}"),
    ("nep", "dhaka", "श्रीनगर डाँडा तानघर", "palpadhaka", "np",
     "तपाईंको आवेदनबारे", "नमस्ते {n} जी,\n\nहाम्रो तानघर हेर्न आउनुभयो, धेरै खुसी लाग्यो। साहुजीसँग सल्लाह गरेर यसपालि यो ठाउँ पन्ध्र वर्ष तान चलाइसकेकी दिदीलाई दिने टुंगो लाग्यो, अतः हजुरलाई यसपालि लिन सकेनौं। अर्को कुनै राम्रो मौका छिट्टै जुरोस्।\n\nसादर,\n{sig}\n{co}",
     "application_received", "निवेदन आइपुग्यो", "नमस्ते {n} जी,\n\nहजुरले पठाउनुभएको फारम हाम्रो हातमा आइपुग्यो। कुराकानीका लागि बोलाऔं वा नबोलाऔं, दुई हप्ताभित्र फोन वा इमेलबाट खबर पठाउँला।\n\nसादर,\n{sig}"),
    ("aze", "carpet", "Quba Xalça Evi", "qubaxalca", "az",
     "Müraciətinizlə bağlı", "Hörmətli {n},\n\nXalça emalatxanamızda işləmək üçün göstərdiyiniz marağa və müsahibəyə gəldiyiniz üçün təşəkkür edirik. Bütün namizədləri nəzərdən keçirdikdən sonra uzun illərdir Quba xalçası toxuyan bir ustanı seçdik. Sizə gələcək işlərinizdə uğurlar arzulayırıq.\n\nHörmətlə,\n{sig}\n{co}",
     "next_steps", "Lazımi sənədlər", "Hörmətli {n},\n\nXahiş edirik, {dl} tarixinədək şəxsiyyət vəsiqənizin surətini və əmək kitabçanızı bizə göndərəsiniz.\n\nHörmətlə,\n{sig}"),
    ("eus", "ciderhouse", "Errekalde Sagardotegia", "errekaldesagardotegia", "es",
     "Zure hautagaitzari buruz", "Kaixo {n},\n\nEskerrik asko gure sagardotegian lan egiteko interesagatik eta elkarrizketara etortzeagatik. Ondo pentsatu ondoren, hainbat denboraldi kupeletan lanean daraman pertsona bat aukeratu dugu. Zorterik onena opa dizugu aurrerantzean.\n\nAgur bero bat,\n{sig}\n{co}",
     "interview", "Elkarrizketarako gonbidapena", "Kaixo {n},\n\nGustatuko litzaiguke zurekin hitz egitea {dl} goizeko 10etan sagardotegian. Zoritxarrez, aparkalekua obretan dago, beraz, hobe autobusez etortzea.\n\nAgur bero bat,\n{sig}"),
    ("ltz", "bakery", "Bäckerei Uelzecht", "baeckereiuelzecht", "lu",
     "Är Bewerbung bei eis", "Moien {n},\n\nMerci fir Är Bewerbung an datt Dir Iech d'Zäit geholl hutt, fir bei eis an d'Bäckerei ze kommen. Mir hunn eis laang iwwerluecht an hunn eis elo fir eng Persoun decidéiert, déi schonn e puer Joer Quetschentaart a Bréitercher bäckt. Mir wënschen Iech vill Gléck bei der Sich.\n\nMat beschte Gréiss\n{sig}\n{co}",
     "", "", ""),
    ("bel", "straw", "Майстэрня «Залатая салома»", "zalatayasaloma", "by",
     "Наконт вашай заяўкі", "Добры дзень, {n}!\n\nДзякуй за цікавасць да працы ў нашай майстэрні саломапляцення і за тое, што знайшлі час прыехаць. Мы ўсё абдумалі і вырашылі ўзяць чалавека, які ўжо некалькі гадоў пляце саламяных павукоў і капелюшы. Жадаем вам удачы ў пошуках.\n\nЗ павагай,\n{sig}\n{co}",
     "application_received", "Вашу заяўку атрымалі", "Добры дзень, {n}!\n\nВашу заяўку мы атрымалі. Запросім вас на размову ці не, мы ў любым выпадку напішам да канца месяца.\n\nЗ павагай,\n{sig}"),
]
for lang, fam, co, dom, tz, rs, rb, ok, osub, ob in FX:
    wr(lang + "-" + fam, rs, rb, co, dom, tz=tz, lang=lang)
    if ok:
        wo(ok, lang + "-" + fam, osub, ob, co, dom, tz=tz, lang=lang)


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
        rec["id"] = f"blind77:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 76; this slice and any later one are skipped by number."""
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
