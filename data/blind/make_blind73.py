# ruff: noqa: E501, S311
"""Write the seventy-third sealed blind slice for issue 11 (blind-slice-73.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 73 and later never read; our side printed)
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

SEED = 730731
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-73.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 73
SKIP_FROM = 73  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 10)
LAST_DRAW = dt.date(2026, 10, 24)  # a Saturday; moved to Monday 26 October at the latest

RECIPIENTS = [
    "Philippa Greatorex", "Ronan Mac Aodha", "Bhavana Kulkarni", "Torquil Beattie", "Nandi Mahlangu",
    "Hemi Walker", "Ottilie Brabazon", "Una Cusack", "Emeka Onwuachi", "Jago Penhallow",
    "Adaeze Nwosu", "Bongani Shabalala", "Lakshmipriya Natarajan", "Niamh Ó Dubhghaill", "Ngozi Umeh",
    "Fenwick Ashdown", "Aroha Tipene", "Orla Heffernan", "Sourav Mukherjee", "Ailbhe Rooney",
    "Lindiwe Khoza", "Fergus Drummond", "Tejas Karandikar", "Wanjiru Kamau", "Cormac Tierney",
    "Yaw Boateng", "Palesa Mokoena", "Ishita Sengupta", "Dervla Kinsella", "Obinna Chukwu",
    "Winifred Satterthwaite", "Shirin Daneshvar", "Njeri Mwangi", "Caterina Lombardi", "Rónán Cahill",
    "Chiamaka Ibe", "Demelza Rowe", "Rangi Paki", "Akinyi Odhiambo", "Solène Marchand",
]
REGION_SIGNERS = {
    "uk": ["Hermione Sowerby", "Dafydd Rhys", "Shabana Akhtar", "Hamish Ferrier", "Lowena Nance", "Clive Ormerod"],
    "ie": ["Caoimhe Ní Bhriain", "Fiachra Dolan", "Bríd Cassidy", "Tomás Gilligan"],
    "us": ["Yesenia Villalobos", "Amos Stoltzfus", "LaKeisha Monroe", "Sven Thorsgaard", "Dolores Whitcomb"],
    "ca": ["Geneviève Ouellet", "Harjit Sandhu", "Bohdan Melnyk", "Fraser MacNeil"],
    "au": ["Tahlia Bramston", "Dimitri Kostas", "Bronwyn Haig", "Quynh Tran"],
    "nz": ["Tamati Herewini", "Glenys Armitage", "Losa Faleolo", "Huia Tamaki"],
    "za": ["Nonhlanhla Mthembu", "Johan du Plessis", "Sizwe Ngcobo", "Anelia Coetzer"],
    "in": ["Vasudha Raghunathan", "Ajinkya Phadke", "Shaheen Ansari", "Basavaraj Hiremath"],
    "ng": ["Olufunke Adebayo", "Ikenna Obi"], "ke": ["Nyambura Karanja", "Cheruiyot Langat"],
    "ph": ["Jocelyn Manalastas", "Rogelio Dumlao"], "sg": ["Goh Li Ting", "Haresh Menon"],
    "co": ["Yurany Castaño", "Jhon Fredy Ospina"], "pe": ["Milagros Quispe", "Renzo Huamán"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "auq": "au",
}
LANG_SIGNERS = {
    "ar": ["سلمى الدوسري", "خالد الشمري"], "de": ["Gudrun Felber", "Reinhold Aschauer"],
    "es": ["Consuelo Vidal", "Baltasar Ortega"], "fr": ["Solange Perrin", "Gaëtan Marchal"],
    "hi": ["सुधा बाजपेयी", "राजेश श्रीवास्तव"], "it": ["Ornella Vitale", "Gianluca Serra"],
    "ja": ["中村 恵子", "高橋 誠"], "ko": ["정미경", "한승우"], "pt": ["Fátima Quaresma", "Nuno Pestana"],
    "ru": ["Людмила Захарова", "Виктор Сорокин"], "sw": ["Zawadi Mrisho", "Athumani Kombo"],
    "th": ["บุษบา แก้วมณี", "พิมพ์ใจ ทองดี"], "tr": ["Nermin Kaya", "Orhan Demirtaş"],
    "ur": ["نازیہ رشید", "عمران اشرف"], "zh": ["陈秀英", "赵建国"],
    "bel": ["Алена Кавалёва", "Сяргей Дубовік"], "zul": ["Thembeka Ndlovu", "Mandla Zungu"],
    "pan": ["ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਗੁਰਦੀਪ ਸਿੰਘ"], "uzb": ["Dilnoza Karimova", "Sherzod Rahimov"],
    "hat": ["Nadège Pierre-Louis", "Jean-Robert Desir"], "srp": ["Јелена Марковић", "Драган Петровић"],
    "mlt": ["Marthese Borg", "Joseph Camilleri"], "gle": ["Máire Ní Chonaill", "Séamus Ó Gríofa"],
    "afr": ["Elmarie Steyn", "Pieter Lourens"], "fas": ["مریم احمدی", "علی رضایی"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم القحطاني", "هند السبيعي"], "de": ["Sieglinde Pohl", "Jannik Rauscher"],
    "es": ["Itziar Lozano", "Gonzalo Prieto"], "fr": ["Clémence Vasseur", "Florian Bouvier"],
    "hi": ["पूजा मिश्रा", "अंकित गुप्ता"], "it": ["Chiara De Luca", "Davide Russo"],
    "ja": ["鈴木 美咲", "伊藤 翔太"], "ko": ["윤지혜", "강민수"], "pt": ["Beatriz Lopes", "Tiago Fonseca"],
    "ru": ["Дарья Лебедева", "Максим Кузнецов"], "sw": ["Rehema Mollel", "Baraka Swai"],
    "th": ["วรรณา ศรีสุข", "ณัฐวุฒิ ใจดี"], "tr": ["Zeynep Arslan", "Emre Koç"],
    "ur": ["فائزہ نواز", "عائشہ ملک"], "zh": ["李晓梅", "周俊杰"],
    "bel": ["Вольга Шашкова", "Андрэй Лапін"], "zul": ["Nokuthula Mkhize", "Sibusiso Dube"],
    "pan": ["ਜਸਲੀਨ ਕੌਰ", "ਮਨਜੋਤ ਸਿੰਘ"], "uzb": ["Madina Yusupova", "Jasur Tursunov"],
    "hat": ["Roseline Joseph", "Wilner Charles"], "srp": ["Милица Стојановић", "Немања Илић"],
    "mlt": ["Rebekah Farrugia", "Matthew Zammit"], "gle": ["Siobhán Nic Aoidh", "Ciarán Ó Murchú"],
    "afr": ["Annelize Kruger", "Wikus Botha"], "fas": ["نرگس کریمی", "سارا موسوی"],
}
GIVEN = {
    "Ronan Mac Aodha": "Ronan", "Niamh Ó Dubhghaill": "Niamh", "Caoimhe Ní Bhriain": "Caoimhe",
    "Goh Li Ting": "Li Ting", "Jhon Fredy Ospina": "Jhon Fredy", "Máire Ní Chonaill": "Máire",
    "Séamus Ó Gríofa": "Séamus", "Siobhán Nic Aoidh": "Siobhán", "Ciarán Ó Murchú": "Ciarán",
}
PROVIDERS = ["stonechatmail", "twitepost", "redpollbox", "whimbrelnet", "garganeymail", "smewpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ht": ("-0500", "-0400", "us"), "co": ("-0500", None, ""), "pe": ("-0500", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "by": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""),
    "uz": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind73-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, great to meet the crew Monday and see those drying racks. Food-safety card no. and two referee phone numbers below, as promised.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ord-wd", "Requisition {ref} – {role}", "Hello {n},\n\nAn update on requisition {ref}, {role} at {co}. This requisition has closed with nobody hired, since {x}. Your candidate record stays in the portal for other requisitions.\n\n{co} Talent Acquisition", ("Brindlecote Weighbridge Services", "Corriemoor Hulling Co."), ("brindlecote", "corriemoor"), frm="{co} Talent <talent@{dom}>", role=("Weighbridge Calibration Technician", "Hulling Line Operator"), tz=("uk", "usc"), x=("the calibration rounds are being taken over by our Belper depot", "the hulling line is being let to a contract miller from spring"))
mr("ord-gh", "Your application to {co}", "Hi {n},\n\nWe valued the hours you put into the {role} process at {co}. The job was offered to a candidate who {x}; she said yes, and the search closes today.\n\nWith good wishes,\n{sig}\nHiring Team, {co}", ("Quillon Spectacle Works", "Ambergate Globe Restorers"), ("quillonspec", "ambergateglobes"), role=("Frame Repair Technician", "Globe Gore Restorer"), tz=("use", "ie"), x=("has rebuilt tortoiseshell hinges for twelve years", "re-papered three library globes last winter"))
mr("ord-lv", "{co}: {role}", "Dear {n},\n\nEach {role} application got a careful read. We are progressing people whose bench time suits the workshop better, and yours stops here. Your details stay on file half a year in case a like bench opens.\n\n{sig}, {co}", ("Tallowby Candle Dipping", "Fernhollow Saddle Soap Co."), ("tallowby", "fernhollow"), role=("Wick Trimmer", "Tin Filler"), tz=("cae", "au"))
mr("ord-sr", "Application status – {role}", "<html><body><p>Hello {n},</p><p>Your application at <b>{co}</b> has a new status.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>Nothing more is needed on your side.</p></body></html>", ("Gannetholm Ferries", "Sandlark Boat Lifts"), ("gannetholm", "sandlark"), frm="{co} Recruiting <jobs@{dom}>", role=("Deckhand (Seasonal)", "Lift Pit Attendant"), tz=("nz", "za"), x=("Closed – filled by another applicant", "Complete – a different candidate was appointed"))
mr("ord-ic", "{co} – candidate update", "Dear {n},\n\nRequisition {ref} ({role}) – Candidate Status: Not Selected – {x}.\n\nThis requisition's decision stands. Other openings at {co} can be found in the candidate portal.\n\n{co} Recruitment", ("Ravensike Haulage", "Selkiebrook Marine Diesel"), ("ravensike", "selkiebrookmd"), frm="{co} Recruitment <noreply@{dom}>", role=("Yard Shunter", "Engine Room Fitter"), tz=("usm", "cat"), x=("Medical Declaration Not Returned", "Sea Survival Certificate Not Provided"))
mr("ord-tl", "Job {ref}: {role}", "Dear {n},\n\nWe are writing about Job {ref}, {role}. The job has been updated to: {x}. Because of this, applications to it will not go any further, yours included.\n\nRegards,\n{co} Staffing", ("Pinfold Dye House", "Kestle Bottling Hall"), ("pinfolddye", "kestlebottling"), frm="{co} Staffing <staffing@{dom}>", role=("Vat Tender", "Capper (Nights)"), tz=("uk", "usp"), x=("Cancelled – indigo vats moved to the day team", "Withdrawn – night bottling ends in May"))
mr("ord-wk", "{role} at {co}", "Hi {n},\n\nWe had {x} applications for the {role} role. We phoned eleven people and asked four to a trial shift, and we have now hired one of them. We could not take every strong applicant forward, and yours is one we are closing today.\n\nCheers,\n{sig}\n{co}", ("Drumlane Inflatables", "Mossgiel Poles"), ("drumlaneinflatables", "mossgielpoles"), role=("Set-Up Crew", "Pole Painter"), tz=("ie", "au"), x=("one hundred and eighty-seven", "seventy-two"))
mr("ord-bh", "About the {role} opening", "Hi {n},\n\nSorry to report the {role} hours have gone to two of our part-time staff, who asked for more shifts before we advertised. So there is nothing to offer outside applicants this round, and your application ends here.\n\nBest,\n{sig}\nOffice Manager, {co}", ("Larkspur Ribbon Mill", "Cobblestone Lampworks"), ("larkspurribbon", "cobblestonelamp"), role=("Loom Threader", "Shade Stitcher"), tz=("use", "nz"))
mr("ord-tt", "Your application – {co}", "Dear {n},\n\nMany thanks for the application. We was thinking very much about it, but in the end the owner give the {role} job to a man who {x}. We are sorry. Maybe next year is more work, then please write again.\n\nGreetings,\n{sig}\n{co}", ("Panadería El Trigal", "Tejidos Inti Wasi"), ("eltrigal", "intiwasi"), role=("Bakery Helper", "Weaving Helper"), tz=("co", "pe"), x=("make bread in his family oven since he was a boy", "was working with alpaca wool in Cusco already eight years"))
mr("ord-ps", "{role} – decision", "Hello {n},\n\nMany thanks you write to us. After long talk we decide for one person who {x}. So for you is finish this time. Much luck in the search.\n\n{sig}\n{co}", ("Café Tostado Quindío", "Cerámica Chulucanas"), ("tostadoquindio", "ceramicachulucanas"), role=("Roasting Assistant", "Kiln Helper"), tz=("co", "pe"), x=("is roasting coffee with us in the season already two years", "is painting the pots by hand since ten years"))
mr("ord-pp", "{role} – outcome of shortlisting", "Dear {n},\n\nShortlisting for the {role} post is done. Scoring used the five essential points: your total was {x}; the shortlist cut-in sat at {y}, so no interview follows.\n\nKind regards,\n{sig}\n{co}", ("Harrowgate Clock Tower Trust", "Wendlebury Automata"), ("harrowgateclock", "wendleburyauto"), role=("Turret Clock Keeper", "Automaton Repairer"), tz=("uk", "cap"), x=("17 out of 40", "13 out of 35"), y=("26", "22"))
mr("ord-jz", "{co} booking roster", "Hi {n},\n\nThanks for sending your reel to {co}. Our {x} clients asked by name for acts already on our books, so we have no spot on the roster for you this season and won't be holding your reel.\n\nAll the best,\n{sig}", ("Hollyhock Folk Bookings", "Spindrift Barn-Dance Agency"), ("hollyhockfolk", "spindriftagency"), role=("Performer", "Performer"), tz=("usc", "uk"), x=("harvest-supper and christening", "hogmanay and silver-wedding"))
mr("ord-ab", "{co} – your application", "Hi {n}!\n\nThanks so much for applying as {role}. We really liked meeting you lah, but we went with another applicant who {x}. Sorry we couldn't bring you on, and all the best po.\n\n{sig}\n{co}", ("Banig Weavers Collective", "Kuih Bahulu Corner"), ("banigweavers", "bahulucorner"), role=("Mat Weaving Assistant", "Steamer Assistant"), tz=("ph", "sg"), x=("has woven tikog mats in Basey since high school", "has layered cakes at her aunt's stall for six years"))
# once: small employers, each with its own reason
mr("ord-1uk", "The Saturday job", "Hi {n},\n\nTa for dropping your CV in. My sister's girl has finished her A-levels and wants the Saturday hours, so I've given them to her. Sorry to mess you about, and good luck.\n\n{sig}\nThe Pudding Basin, Dentdale", "The Pudding Basin", "puddingbasin", tz="uk")
mr("ord-1ie", "The shop", "Hi {n},\n\nWe've agreed to sell up to the Dalys when this month is out, so there'll be no one taken on after all. Thanks for calling in, and mind yourself.\n\n{sig}\nGilligan's Hardware, Ballinagh", "Gilligan's Hardware", "gilligansballyj", tz="ie")
mr("ord-1us", "Counter help", "Hi {n},\n\nThanks for stopping by about the counter job. Dot, who worked the register here for nine summers, is coming back, so the spot is taken. Sorry about that, hon.\n\n{sig}\nHilltop Pie Stop, Kalona", "Hilltop Pie Stop", "hilltoppiestop", tz="usc")
mr("ord-1ca", "Cabane help", "Hi {n},\n\nThanks for your note. My wife and I have decided to run the syrup shack ourselves this spring, with our boys on weekends, so there's no hiring this year. Appreciate you asking.\n\n{sig}\nÉrablière Beaulac", "Érablière Beaulac", "erabliereb", tz="cae")
mr("ord-1au", "Yard job", "G'day {n},\n\nTa for ringing about the yard job. My brother-in-law's just lost his shifts at the abattoir, so he's starting Monday. Sorry mate, wish you luck.\n\n{sig}\nBullock Creek Fencing Supplies", "Bullock Creek Fencing Supplies", "bullockcreekfs", tz="au")
mr("ord-1nz", "Picking this season", "Kia ora {n},\n\nTa for asking about picking. All of last season's crew have come back, so the gang is full for this harvest. Good luck finding something.\n\n{sig}\nTe Hoe Boysenberry Block", "Te Hoe Boysenberry Block", "tehoeboysen", tz="nz")
mr("ord-1za", "The job at the stall", "Hi {n},\n\nThanks for leaving your CV with us. My husband's cousin's daughter finished matric and needed work, so she is helping us now. Sorry, and all the best.\n\n{sig}\nAunty Rita's Pannekoek, Noupoort", "Aunty Rita's Pannekoek", "auntyritapk", tz="za")
mr("ord-1in", "Shop assistant post", "Dear {n},\n\nRegarding shop assistant post: Sir is keeping his wife's nephew at the counter from coming month, hence post is already filled. Kindly excuse us.\n\nRegards,\n{sig}\nShree Balaji Copper Bhandara, Swamimalai", "Shree Balaji Copper", "balajicopper", tz="in")
mr("ord-1ng", "Shop girl position", "Good day {n},\n\nConcerning your CV for our shop: Madam has handed the post to her cousin's daughter, fresh from NYSC. Sorry o, and God bless you.\n\n{sig}\nAdunni Ankara House, Igboho Road", "Adunni Ankara House", "adunniankara", tz="ng")
mr("ord-1ke", "Attendant position", "Dear {n},\n\nConcerning attendant job at our shop: Mzee has given it to his nephew after form four. Pole sana, and all the best.\n\n{sig}\nMaji Safi Hardware, Ndunyu Njeru", "Maji Safi Hardware", "majisafihw", tz="ke")
mr("ord-1ph", "Store staff", "Hi {n},\n\nSalamat for applying po. Sad news: our Calamba branch will close this month-end, so no hiring. Salamat and God bless.\n\n{sig}\nLola Nena's Buko Pie", "Lola Nena's Buko Pie", "lolanena", tz="ph")
mr("ord-1sg", "Stall helper", "Hi {n},\n\nSaw your message about helper job, thanks. Uncle will cut down to four days weekly come next month, so we manage ourselves can already. Sorry ah, all the best.\n\n{sig}\nAh Seng Chendol, Kembangan", "Ah Seng Chendol", "ahsengchendol", tz="sg")
mr("ord-1co", "Your application", "Hello {n},\n\nMany thanks for the CV you send. My father decide to give the job in the finca to my cousin, he come back from Medellín. We are sorry, maybe another time.\n\n{sig}\nFinca La Cabaña", "Finca La Cabaña", "fincacabana", tz="co")
mr("ord-1pe", "Helper job", "Hello {n},\n\nThank you for your message. The maestro decide that his son is working with him now in the workshop, so we have not place for new helper. Sorry and good luck.\n\n{sig}\nTaller Retablos Ayacucho", "Taller Retablos", "tallerretablos", tz="pe")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-her", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for coming over on Monday. The trustees gathered Thursday night and asked {x} to take the {role} post; she starts next month.\n\nWarm wishes,\n{sig}\n{co}\n\n{OUT}", ("Bredon Canal Boat Trust", "Dunmore Steam Crane Society"), ("bredoncanal", "dunmoresteam"), role=("Volunteer Coordinator", "Workshop Supervisor"), tz=("uk", "ie"), x=("Hettie Gummow", "Clíona Purcell"))
mr("thr-clin", "Re: [EXT] Re: {role} interview", "Hi {n},\n\nLovely to talk with you last week. The partners met yesterday, and {x} takes up the {role} desk at the practice next month.\n\nAll the best,\n{sig}\n{co}\n\n{GM}", ("Foxglove Podiatry", "Birchwood Orthoptics"), ("foxglovepod", "birchwoodortho"), role=("Clinic Assistant", "Reception Lead"), tz=("usp", "cap"), x=("Brianna Szabo", "Devika Shenoy"))
mr("thr-lib", "RE: [EXT] RE: {role}", "Hi {n},\n\nThanks again for sitting down with the committee. Last night the members picked {x} as our new {role}; he takes over the keys next week.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Hazelmere Repair Café", "Upper Coquet Tool Share"), ("hazelmererc", "coquettools"), role=("Session Lead", "Tool Librarian"), tz=("uk", "au"), x=("Kwame Ofori", "Brett Lomax"))
mr("thr-ng", "Re: [EXT] RE: {role} – follow up", "Dear {n},\n\nWe appreciated the interview and the papers you forwarded afterwards. The management has appointed {x} as {role}, and he resumes on Monday.\n\nBest regards,\n{sig}\n{co}\n\n{RULE}", ("Ogbese Cold Chain Hub", "Timau Ridge Lodge"), ("ogbesecold", "timauridge"), role=("Dispatch Officer", "Front Office Supervisor"), tz=("ng", "ke"), x=("Mr Tunde Alabi", "Mr Kamau Njuguna"))
mr("thr-thea", "RE: [EXT] Re: audition – {role}", "Hi {n},\n\nThank you for such a warm audition on Saturday. Our director has cast {x} as {role}, and rehearsals begin on the fourth.\n\nWith thanks,\n{sig}\n{co}\n\n{OUT}", ("Gaslight Street Players", "Kotuku Valley Youth Stage"), ("gaslightstreet", "kotukuvalley"), role=("Stage Manager", "Lighting Tutor"), tz=("cat", "nz"), x=("Rosalie Doucet", "Lupe Fonoti"))
mr("thr-sch", "Re: [EXT] Re: {role} post", "Dear {n},\n\nThe lesson you taught our second class went down so well; the children still talk about it. The board of management has named {x} as {role}, and she will start in September.\n\nKind regards,\n{sig}\nPrincipal, {co}\n\n{GM}", ("Scoil Naomh Bríd, Kilmaley", "Te Kura o Waipiro"), ("scoilkilmaley", "kurawaipiro"), role=("Special Education Teacher", "Kaiako Pāngarau"), tz=("ie", "nz"), x=("Gráinne Kenny", "Rawinia Poutu"))
mr("thr-ther", "RE: [EXT] RE: {role}", "Hi {n},\n\nLovely to have had you in clinic Wednesday. The owners gave the {role} position to {x}, who will start after Easter.\n\nBest wishes,\n{sig}\n{co}\n\n{RULE}", ("Saltgrass Speech Therapy", "Ironbark Pelvic Health"), ("saltgrassspeech", "ironbarkpelvic"), role=("Practice Assistant", "Clinic Coordinator"), tz=("use", "au"), x=("Caitlyn Vesey", "Meg Whitlam"))
mr("thr-coop", "Re: [EXT] RE: {role} chat", "Hi {n},\n\nReally glad you came along Tuesday. The steering group met again on Friday and {x} is our new {role}.\n\nWarmly,\n{sig}\n{co}\n\n{ORIG}", ("Mabopane Sewing Co-op", "Kibera Bicycle Workshop"), ("mabopanesewing", "kiberabikes"), role=("Workshop Manager", "Programme Lead"), tz=("za", "ke"), x=("Dineo Mahlaba", "Achieng Otieno"))

# ---- 8 clear refusals under long footers
FOOT_WELLY = "\n\n——\n{co} · waterproofs from {x}\nRead The Mizzle Monthly every month\nJob Drops: fresh store vacancies, emailed weekly\nApplicant records are wiped after fifteen months.\nSent to you in error? Reply so we can fix it, then delete."
FOOT_CAMP = "\n\n---\n{co} | {x}\nText TRAILJOBS to 55321 for new openings\nWe hire for skills and attitude, not for where you studied.\nManage alerts: Account > Alerts > Store Jobs\nReplies here land in an unread box."
FOOT_FISH = "\n\n_____\n{co} – {x}\nThe Sinker Sheet, every fortnight\nPrivacy: privacy@{dom}\nMeant solely for whoever is named up top."
FOOT_SHOE = "\n\n**********\n{co}: free shoe polish with every school pair\nSMS SHOEJOBS for store openings near you\n{x} governs how we handle your data.\nNot meant for you? Please delete it."
mr("ft-wel", "Your application to {co}", "Dear {n},\n\nAbout {role}: we won't offer you this role, nor call you to interview for it.\n\nThe {co} Jobs Team" + FOOT_WELLY, ("Puddlejump Outdoor", "Puddlejump Outdoor"), ("puddlejump", "puddlejump"), frm="{co} Jobs <jobs@{dom}>", role=("Stockroom Assistant", "Sales Associate"), tz=("uk", "ie"), x=("£38", "€42"))
mr("ft-camp", "{co} – {role}", "Hi {n},\n\nRe {role}: this job's hiring process goes on without you.\n\n{co} Recruiting" + FOOT_CAMP, ("Ridgeback Trail Supply", "Ridgeback Trail Supply"), ("ridgebacktrail", "ridgebacktrail"), frm="{co} Recruiting <no-reply@{dom}>", role=("Rental Tech", "Store Associate"), tz=("usm", "cam"), x=("trail gear since 1994", "trail gear since 1994"))
mr("ft-fish", "Application: {role}", "Hi {n},\n\nAbout {role}: This round it hasn't made it through, and it's now closed.\n\nCheers,\n{co} People Team" + FOOT_FISH, ("Reelsmith Angling", "Reelsmith Angling"), ("reelsmith", "reelsmith"), frm="{co} People <people@{dom}>", role=("Casual Retail Assistant", "Bait Counter Assistant"), tz=("au", "nz"), x=("lures from $19", "lures from NZ$22"))
mr("ft-shoe", "{role} application", "Dear {n},\n\nOur team went through your {role} application and cannot offer you a job with us.\n\nRegards,\n{co} Talent" + FOOT_SHOE, ("Stridewell Shoes", "Stridewell Shoes"), ("stridewell", "stridewell"), frm="{co} Talent <careers@{dom}>", role=("Fitting Assistant", "Cashier"), tz=("za", "ng"), x=("POPIA", "the NDPA"))

# ---- 9 hedged refusals
mr("hdg-law", "Your application – {role}", "Dear {n},\n\nHaving met everyone on the list, we felt a candidate who has {x} matched the firm's direction a touch more, and they have the role.\n\nKind regards,\n{sig}\n{co}", ("Ashcombe Wills & Probate", "Drummond Tenancy Law"), ("ashcombewills", "drummondtenancy"), role=("Probate Paralegal", "Tenancy Caseworker"), tz=("uk", "cae"), x=("drafted more estate accounts", "run more tribunal bundles"))
mr("hdg-acc", "{role} – update", "Hi {n},\n\nI appreciated your interview. In the end the partners leaned towards an applicant whose background in {x} lined up a bit more neatly with our client list.\n\nBest,\n{sig}\n{co}", ("Kettleby Farm Accounts", "Brightwater Charity Audit"), ("kettlebyaccounts", "brightwateraudit"), role=("Bookkeeper", "Audit Senior"), tz=("au", "usc"), x=("livestock enterprise costing", "charity reserves reporting"))
mr("hdg-ling", "{role}", "Dear {n},\n\nMany thanks for your time. Our choice has fallen on someone who has {x}, which suits the bookings we hold at present a shade better.\n\nWarm regards,\n{sig}\n{co}", ("Signline Deaf Access", "Cuewise Subtitling"), ("signlineaccess", "cuewisesubs"), role=("Community Interpreter", "Subtitle Editor"), tz=("uk", "usp"), x=("interpreted at more hospital appointments", "timed more broadcast documentaries"))
mr("hdg-eng", "Application for {role}", "Dear {n},\n\nWe valued your interview. Our panel judged that another engineer, who has {x}, is a more comfortable fit with the projects on our desk this year, and the company has gone that way.\n\nYours sincerely,\n{sig}\n{co}", ("Osun Valley Drainage Works", "Marigat Spring Water Engineering"), ("osundrainage", "marigatspring"), role=("Site Engineer", "Water Engineer"), tz=("ng", "ke"), x=("built more box culverts on feeder roads", "drilled more boreholes for school water"))
mr("hdg-sg", "{role} application", "Dear {n},\n\nWe enjoyed meeting you. We are heading another way, with candidates who have spent more time supporting dementia clients at home.\n\nBest regards,\n{sig}\n{co}", "Gilstead Home Care", "gilsteadhc", role="Care Associate", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-pl", "Following up – {role}", "Hi {n},\n\nGood chatting on the phone earlier. Word's back: the {role} job went to {x}. I've got something else that may suit you, though – {y}, days only, starting in three weeks. Shall I put you forward?\n\nCheers,\n{sig}\n{co}", ("Hartside Industrial Recruitment", "Keystone Plant Staffing"), ("hartsiderec", "keystoneplant"), role=("Production Supervisor", "Plant Manager"), tz=("uk", "use"), x=("their own weekend shift lead", "a manager from a pretzel factory up the road"), y=("a jam factory outside Bedale", "a cider press near Lititz"))
mr("rec-aus", "{role} – news", "Hi {n},\n\nThanks for the call yesterday. The site has chosen {x} for the {role} seat. Got another one for you to look at: {y}. Keen?\n\n{sig}\n{co}", ("Dunmarra Labour Solutions", "Paekākāriki Staffing"), ("dunmarralabour", "paekakstaff"), role=("Site Supervisor", "Operations Lead"), tz=("auq", "nz"), x=("a leading hand promoted from the packing floor", "the owner's nephew"), y=("a ginger factory near Yandina", "a feijoa juicer in Kaeo"))
mr("rec-afr", "{role} outcome", "Dear {n},\n\nPicking up from our call: the client is appointing {x} as {role}. There is, however, a vacancy at {y}; shall I send them your CV?\n\nRegards,\n{sig}\n{co}", ("Acacia Talent Partners", "Taraba Industrial Staffing"), ("acaciatalent", "tarabastaff"), role=("Factory Manager", "Maintenance Manager"), tz=("ke", "ng"), x=("an internal candidate", "their long-serving electrician"), y=("a macadamia cracker in Kirinyaga County", "a shea butter plant in Jebba"))
mr("rec-za", "The {role} role", "Hi {n},\n\nUpdate as promised: the client's own warehouse supervisor got the {role} post. A citrus packhouse near Kirkwood has a vacancy at the same pay; shall I pass on your CV?\n\n{sig}\n{co}", "Sneeuberg Works Recruitment", "sneeubergworks", role="Shift Manager", tz="za")

# ---- 8 public-sector notices
mr("pub-elig", "Application {ref} – {role}", "Dear {n},\n\nWe reviewed what you sent for {role} (announcement {ref}). It did not show {x}, a minimum the announcement sets. It therefore carries an ineligible rating and goes no further.\n\nHR Desk, {co}", ("Hocking County", "Town of Tidnish Shore"), ("hockingcounty", "tidnishshore"), frm="{co} Human Resources <hr@{dom}>", role=("Equipment Operator II", "Water Plant Operator"), tz=("use", "cat"), x=("a commercial licence with the tank-vehicle endorsement", "a first-level distribution operator ticket"))
mr("pub-ref", "Referral notice – {role}", "Dear {n},\n\nWe forwarded the {x} strongest eligible {role} scores on for selection. Yours fell below that line, so the referral leaves your name off. You remain eligible on our register for a year.\n\nPersonnel Office\n{co}", ("City of Red Lodge", "Town of Didsbury Flats"), ("redlodgecity", "didsburyflats"), frm="{co} Personnel <personnel@{dom}>", role=("Parks Maintenance Worker", "Library Clerk"), tz=("usm", "cam"), x=("six", "four"))
mr("pub-canc", "Vacancy {ref} – {role}", "Dear {n},\n\nAfter {x}, Council has cancelled vacancy {ref}, {role}. Nobody is to be appointed, and recruitment has ended for every applicant.\n\nPeople and Culture\n{co}", ("Gloucester Valley Shire Council", "Pohangina Plains District Council"), ("gloucestervalley", "pohanginaplains"), frm="{co} <recruitment@{dom}>", role=("Pool Lifeguard", "Building Consents Officer"), tz=("au", "nz"), x=("a review of pool opening hours", "a rethink of how consents are staffed"))
mr("pub-cut", "Written test result – {role}", "Dear {n},\n\nMarking is done for the {role} written test. The qualifying mark was {x}; you scored {y}. Candidates below the qualifying mark are not called to interview, and your candidature for this recruitment ends here.\n\nSecretary\n{co}", ("Pennagaram District Recruitment Committee", "Nasarawa State Civil Service Commission"), ("pennagaramrc", "nasarawacsc"), frm="{co} <secretary@{dom}>", role=("Village Assistant", "Clerical Officer"), tz=("in", "ng"), x=("58 out of 100", "42 out of 70"), y=("51", "36"))

# ---- 6 bare ATS status updates
mr("ats-hl", "Application status changed", "Hi {n},\n\nSomething moved on your {role} application at {co}.\n\nNew status: Removed from consideration\n\nSent by Hirewren on behalf of {co}", ("Tarnbrook Dairies", "Sedgemoor Cycles"), ("hirewren", "hirewren"), frm="{co} via Hirewren <notify@{dom}>", role=("Dairy Hand", "Bike Mechanic"), tz=("uk", "usc"))
mr("ats-ht", "Update on your application", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Closed · not selected</td></tr></table><p>{co}</p></body></html>", ("Greywacke Pottery", "Minnamurra Honey"), ("greywacke", "minnamurrahoney"), frm="{co} <apply@{dom}>", role=("Packer", "Extraction Hand"), tz=("nz", "au"))
mr("ats-tr", "{co}: {role}", "Hi {n},\n\nApplied ✓\nScreened ✓\nOutcome: Not progressing\n\nStepwell sends this automatically for {co}.", ("Carrowkeel Cheese", "Bellbird Orchards"), ("stepwell", "stepwell"), frm="{co} via Stepwell <updates@{dom}>", role=("Cheese Turner", "Orchard Hand"), tz=("ie", "za"))

# ---- 6 internship / graduate decisions
mr("int-stu", "{role} – decision", "Dear {n},\n\nThe {role} drew {x} applications for two places. Two other students have accepted them.\n\nBest wishes,\n{sig}\n{co}", ("Glen Affric Otter Survey", "Mersey Sandhill Toad Project"), ("glenaffric", "merseytoad"), role=("summer field studentship", "pond survey studentship"), tz=("uk", "uk"), x=("104", "66"))
mr("int-bird", "Your internship application", "Hi {n},\n\nAbout the {role} internship: other applicants now hold every intern place this season, and the call is closed.\n\nCheers,\n{sig}\n{co}", ("Cape May Warbler Watch", "Point Pelee Nighthawk Count"), ("warblerwatch", "peleenighthawks"), role=("migration count", "nighthawk roost"), tz=("use", "cae"), x=("", ""))
mr("int-grad", "{co} Graduate Programme", "Dear {n},\n\nThe {co} graduate selection has wrapped up. Other graduates have taken all {x} of this year's places, and the intake is complete.\n\nGraduate Recruitment\n{co}", ("Karee Rail Yards", "Kilindi Cargo Terminals"), ("transrailyards", "kilindicargo"), frm="{co} Graduates <graduates@{dom}>", role=("Graduate", "Graduate"), tz=("za", "ke"), x=("eight", "five"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – application received", "Hello {n},\n\nWe have your application for {role} (requisition {ref}). If the depot changes under review mean the requisition closes without a hire, every applicant gets word by email. Until then it stays open.\n\n{co} Talent Acquisition", ("Brindlecote Weighbridge Services", "Corriemoor Hulling Co."), ("brindlecote", "corriemoor"), frm="{co} Talent <talent@{dom}>", role=("Weighbridge Calibration Technician", "Hulling Line Operator"), tz=("uk", "usc"))
mo("application_received", "gh", "We got your application – {co}", "Hi {n},\n\nYour note about the {role} bench arrived. Should the hiring lead settle on somebody else, she'll write you personally, no form letter.\n\n{sig}, {co}", ("Quillon Spectacle Works", "Ambergate Globe Restorers"), ("quillonspec", "ambergateglobes"), role=("Frame Repair Technician", "Globe Gore Restorer"), tz=("use", "ie"))
mo("application_received", "lv", "{co}: application in", "Dear {n},\n\nThe {role} application is with us. Good outcome or disappointing, a real person at the bench will answer you within three weeks.\n\n{sig}, {co}", ("Tallowby Candle Dipping", "Fernhollow Saddle Soap Co."), ("tallowby", "fernhollow"), role=("Wick Trimmer", "Tin Filler"), tz=("cae", "au"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Hello {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next</td><td>Interview (or Closed, if the post goes elsewhere)</td></tr></table></body></html>", ("Gannetholm Ferries", "Sandlark Boat Lifts"), ("gannetholm", "sandlark"), frm="{co} Recruiting <jobs@{dom}>", role=("Deckhand (Seasonal)", "Lift Pit Attendant"), tz=("nz", "za"))
mo("application_received", "ic", "{co} – application {ref}", "Dear {n},\n\nRequisition {ref} ({role}): application received. Please upload {x} within ten days. Files still short after that flip automatically to Not Selected.\n\n{co} Recruitment", ("Ravensike Haulage", "Selkiebrook Marine Diesel"), ("ravensike", "selkiebrookmd"), frm="{co} Recruitment <noreply@{dom}>", role=("Yard Shunter", "Engine Room Fitter"), tz=("usm", "cat"), x=("your medical declaration", "your sea survival certificate"))
mo("application_received", "tl", "Job {ref}: application submitted", "Dear {n},\n\nYou have applied for Job {ref}, {role}. Should this job be frozen or scrapped at a later point, the system notifies each attached applicant automatically.\n\n{co} Staffing", ("Pinfold Dye House", "Kestle Bottling Hall"), ("pinfolddye", "kestlebottling"), frm="{co} Staffing <staffing@{dom}>", role=("Vat Tender", "Capper (Nights)"), tz=("uk", "usp"))
mo("application_received", "wk", "Thanks for applying – {co}", "Hi {n},\n\n{role} application: received. We'll phone a handful of people next week; everybody else still hears from us by email, so nobody is left wondering.\n\n{sig}, {co}", ("Drumlane Inflatables", "Mossgiel Poles"), ("drumlaneinflatables", "mossgielpoles"), role=("Set-Up Crew", "Pole Painter"), tz=("ie", "au"))
mo("application_received", "bh", "Your {role} application", "Hi {n},\n\nGot your application, thanks. Our part-timers get first refusal on extra hours; if a part-timer grabs the hours pre-interview, I'll flag it to you that very day.\n\n{sig}, {co}", ("Larkspur Ribbon Mill", "Cobblestone Lampworks"), ("larkspurribbon", "cobblestonelamp"), role=("Loom Threader", "Shade Stitcher"), tz=("use", "nz"))
mo("application_received", "tt", "Application – {co}", "Hello {n},\n\nWe receive your application for {role}, thank you. Is possible the owner give the job to somebody of the family, then we write you also, sure.\n\n{sig}, {co}", ("Panadería El Trigal", "Tejidos Inti Wasi"), ("eltrigal", "intiwasi"), role=("Bakery Helper", "Weaving Helper"), tz=("co", "pe"))
mo("application_received", "ps", "{role} – we have your CV", "Hello {n},\n\nYour CV is arrive, thank you. If answer is no, still we send you few lines, we don't like to leave somebody waiting for nothing.\n\n{sig}, {co}", ("Café Tostado Quindío", "Cerámica Chulucanas"), ("tostadoquindio", "ceramicachulucanas"), role=("Roasting Assistant", "Kiln Helper"), tz=("co", "pe"))
mo("application_received", "pp", "{role} – application acknowledged", "Dear {n},\n\nYour application for {role} has been received. After shortlisting you will get either an interview date or a short note to close things off.\n\n{sig}, {co}", ("Harrowgate Clock Tower Trust", "Wendlebury Automata"), ("harrowgateclock", "wendleburyauto"), role=("Turret Clock Keeper", "Automaton Repairer"), tz=("uk", "cap"))
mo("application_received", "jz", "Reel received – {co}", "Hi {n},\n\nYour reel reached us. Once the season's bookings settle I write back to every act that sent one, whether I have dates for them or not.\n\n{sig}", ("Hollyhock Folk Bookings", "Spindrift Barn-Dance Agency"), ("hollyhockfolk", "spindriftagency"), tz=("usc", "uk"))
mo("application_received", "ab", "{co} – application received!", "Hi {n}!\n\nThanks for applying as {role}. Shortlisted or not, we will email you back for sure po.\n\n{sig}, {co}", ("Banig Weavers Collective", "Kuih Bahulu Corner"), ("banigweavers", "bahulucorner"), role=("Mat Weaving Assistant", "Steamer Assistant"), tz=("ph", "sg"))
mo("application_received", "her", "Re: {role}", "Hi {n},\n\nYour {role} letter came, thanks. Fair warning: a volunteer of some forty years' standing might put in too. Whatever the trustees decide, I'll write after they meet.\n\n{sig}\n{co}", ("Bredon Canal Boat Trust", "Dunmore Steam Crane Society"), ("bredoncanal", "dunmoresteam"), role=("Volunteer Coordinator", "Workshop Supervisor"), tz=("uk", "ie"))
mo("application_received", "lib", "Your application – {role}", "Hi {n},\n\nThank you for applying. The members decide at the next meeting, and I will email every applicant, including you, with what they choose.\n\n{sig}\n{co}", ("Hazelmere Repair Café", "Upper Coquet Tool Share"), ("hazelmererc", "coquettools"), role=("Session Lead", "Tool Librarian"), tz=("uk", "au"))
mo("application_received", "wel", "We've received your application", "Dear {n},\n\nYour {role} form reached the team. Should three weeks go by in silence, this vacancy has run its course for you.\n\nThe {co} Jobs Team" + FOOT_WELLY, ("Puddlejump Outdoor", "Puddlejump Outdoor"), ("puddlejump", "puddlejump"), frm="{co} Jobs <jobs@{dom}>", role=("Stockroom Assistant", "Sales Associate"), tz=("uk", "ie"), x=("£38", "€42"))
mo("application_received", "camp", "Application received – {role}", "Hi {n},\n\nYour {role} form landed safely. We get in touch solely with those we pick to meet.\n\n{co} Recruiting" + FOOT_CAMP, ("Ridgeback Trail Supply", "Ridgeback Trail Supply"), ("ridgebacktrail", "ridgebacktrail"), frm="{co} Recruiting <no-reply@{dom}>", role=("Rental Tech", "Store Associate"), tz=("usm", "cam"), x=("trail gear since 1994", "trail gear since 1994"))
mo("application_received", "elig", "Application {ref} received – {role}", "Dear {n},\n\nYour {role} form is on file. Attach {x} ahead of the closing date; files missing it get rated ineligible.\n\nHR Desk, {co}", ("Hocking County", "Town of Tidnish Shore"), ("hockingcounty", "tidnishshore"), frm="{co} Human Resources <hr@{dom}>", role=("Equipment Operator II", "Water Plant Operator"), tz=("use", "cat"), x=("your commercial licence copy", "your first-level operator ticket"))
mo("application_received", "ref", "Application received – {role}", "Dear {n},\n\nThe {role} file is complete. Once scoring wraps up, each applicant gets a letter confirming whether their name went up to the selecting supervisor or stayed back.\n\nPersonnel Office\n{co}", ("City of Red Lodge", "Town of Didsbury Flats"), ("redlodgecity", "didsburyflats"), frm="{co} Personnel <personnel@{dom}>", role=("Parks Maintenance Worker", "Library Clerk"), tz=("usm", "cam"))
mo("application_received", "canc", "Vacancy {ref} – acknowledgement", "Dear {n},\n\nWe have logged your {role} application. If Council pulls this vacancy at any stage, each applicant is sent a posted letter.\n\nPeople and Culture\n{co}", ("Gloucester Valley Shire Council", "Pohangina Plains District Council"), ("gloucestervalley", "pohanginaplains"), frm="{co} <recruitment@{dom}>", role=("Pool Lifeguard", "Building Consents Officer"), tz=("au", "nz"))
mo("application_received", "cut", "Application registered – {role}", "Dear {n},\n\nYour application for {role} is registered. A written test follows; candidates scoring under the qualifying mark will receive no further letter.\n\nSecretary\n{co}", ("Pennagaram District Recruitment Committee", "Nasarawa State Civil Service Commission"), ("pennagaramrc", "nasarawacsc"), frm="{co} <secretary@{dom}>", role=("Village Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "hl", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} was submitted.\n\nStatus: Submitted – waiting for review\n\nSent by Hirewren on behalf of {co}", ("Tarnbrook Dairies", "Sedgemoor Cycles"), ("hirewren", "hirewren"), frm="{co} via Hirewren <notify@{dom}>", role=("Dairy Hand", "Bike Mechanic"), tz=("uk", "usc"))
mo("application_received", "stu", "{role} – application received", "Dear {n},\n\nYour {role} form is safely in. Picked or passed over, all applicants get our email before April runs out.\n\n{sig}\n{co}", ("Glen Affric Otter Survey", "Mersey Sandhill Toad Project"), ("glenaffric", "merseytoad"), role=("summer field studentship", "pond survey studentship"), tz=("uk", "uk"))
mo("application_received", "grad", "{co} Graduate Programme – received", "Dear {n},\n\nApplication logged. An online test comes first, and a score under its pass mark ends the road before any assessment-day invite.\n\nGraduate Recruitment\n{co}", ("Karee Rail Yards", "Kilindi Cargo Terminals"), ("transrailyards", "kilindicargo"), frm="{co} Graduates <graduates@{dom}>", tz=("za", "ke"))
mo("application_received", "rec", "Your CV", "Hi {n},\n\nCV received, cheers. It's gone across to the client, and whichever way they jump, my call comes within hours of hearing.\n\n{sig}\n{co}", ("Hartside Industrial Recruitment", "Keystone Plant Staffing"), ("hartsiderec", "keystoneplant"), tz=("uk", "use"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "clin", "Re: [EXT] Re: {role} interview", "Hi {n},\n\nThe partners would like a second chat. Might 10:00 on {dl} suit you? Unfortunately our front steps are mid re-lay; the side gate is the way in.\n\n{sig}\n{co}", ("Foxglove Podiatry", "Birchwood Orthoptics"), ("foxglovepod", "birchwoodortho"), role=("Clinic Assistant", "Reception Lead"), tz=("usp", "cap"))
mo("interview", "thea", "RE: [EXT] Re: recall – {role}", "Hi {n},\n\nRecall time: {dl}, 19:00. Unfortunately a choir has booked the main hall, so it's the green room for us.\n\n{sig}\n{co}", ("Gaslight Street Players", "Kotuku Valley Youth Stage"), ("gaslightstreet", "kotukuvalley"), role=("Stage Manager", "Lighting Tutor"), tz=("cat", "nz"))
mo("interview", "ther", "RE: [EXT] RE: {role}", "Hi {n},\n\nThe owners pencilled you in: {dl}, 14:00. Unfortunately fresh tarmac is going down out back; street parking only.\n\n{sig}\n{co}", ("Saltgrass Speech Therapy", "Ironbark Pelvic Health"), ("saltgrassspeech", "ironbarkpelvic"), tz=("use", "au"))
mo("interview", "ab", "{co} – video call", "Hi {n}!\n\nCan we do a video chat on {dl}, 3 pm? Unfortunately our manager is at the supplier that morning, so it's the afternoon only po.\n\n{sig}, {co}", ("Banig Weavers Collective", "Kuih Bahulu Corner"), ("banigweavers", "bahulucorner"), tz=("ph", "sg"))
mo("interview", "eng", "Interview – {role}", "Dear {n},\n\nOur panel has set your {role} interview for {dl}, 11:00. Unfortunately visitor parking is shut for works, so enter by the staff gate.\n\nYours sincerely,\n{sig}\n{co}", ("Osun Valley Drainage Works", "Marigat Spring Water Engineering"), ("osundrainage", "marigatspring"), role=("Site Engineer", "Water Engineer"), tz=("ng", "ke"))
mo("interview", "jz", "Audition – {co}", "Hi {n},\n\nCould you play for us in person on {dl}, 18:30? Unfortunately a knitting circle keeps the studio till six, so come no earlier.\n\n{sig}", ("Hollyhock Folk Bookings", "Spindrift Barn-Dance Agency"), ("hollyhockfolk", "spindriftagency"), tz=("usc", "uk"))
mo("interview", "ling", "{role} – interview", "Dear {n},\n\nAre you free for interview on {dl}, 09:30? Unfortunately decorators have taken over reception; rear door, please.\n\n{sig}\n{co}", ("Signline Deaf Access", "Cuewise Subtitling"), ("signlineaccess", "cuewisesubs"), tz=("uk", "usp"))
mo("interview", "sg", "Interview – Care Associate", "Dear {n},\n\nInterview slot for you: {dl}, 2 pm. Unfortunately the lift gets serviced that week, and our office sits two floors up.\n\n{sig}\n{co}", "Gilstead Home Care", "gilsteadhc", tz="sg")
mo("next_steps", "elig", "Document needed – {role}", "Dear {n},\n\nKindly forward {x} by {dl}. Unfortunately our lobby desk shuts Fridays; email or mail it instead.\n\nHuman Resources\n{co}", ("Hocking County", "Town of Tidnish Shore"), ("hockingcounty", "tidnishshore"), frm="{co} Human Resources <hr@{dom}>", tz=("use", "cat"), x=("your driver's license", "your operator certificate"))
mo("next_steps", "rec", "Referee details please", "Hi {n},\n\nClient's keen to progress. The referee form needs doing by {dl}. Unfortunately it won't save partway through; gather both referees' details first.\n\n{sig}\n{co}", ("Dunmarra Labour Solutions", "Paekākāriki Staffing"), ("dunmarralabour", "paekakstaff"), tz=("auq", "nz"))
mo("next_steps", "pp", "{role} – work sample", "Dear {n},\n\nYou've made the shortlist. A brief clip of you mending a mechanism is due by {dl}. Unfortunately uploads over 250 MB bounce.\n\n{sig}\n{co}", ("Harrowgate Clock Tower Trust", "Wendlebury Automata"), ("harrowgateclock", "wendleburyauto"), role=("Turret Clock Keeper", "Automaton Repairer"), tz=("uk", "cap"))
mo("next_steps", "cut", "Certificate verification – {role}", "Dear {n},\n\nYou cleared the written test. Bring original certificates to be checked on {dl}. Unfortunately a single counter will be staffed, so queues are likely.\n\nSecretary\n{co}", ("Pennagaram District Recruitment Committee", "Nasarawa State Civil Service Commission"), ("pennagaramrc", "nasarawacsc"), frm="{co} <secretary@{dom}>", tz=("in", "ng"))
mo("next_steps", "grad", "{co} Graduate Programme – medical", "Dear {n},\n\nCongrats on clearing the assessment day. Book your medical before {dl}. Unfortunately our clinic sees walk-ins mornings only.\n\nGraduate Recruitment\n{co}", ("Karee Rail Yards", "Kilindi Cargo Terminals"), ("transrailyards", "kilindicargo"), frm="{co} Graduates <graduates@{dom}>", tz=("za", "ke"))
mo("next_steps", "tr", "{co}: next step", "Hi {n},\n\nApplied ✓\nScreened ✓\nNext: Online quiz (20 min) – finish by {dl}\n\nStepwell sends this automatically for {co}.", ("Carrowkeel Cheese", "Bellbird Orchards"), ("stepwell", "stepwell"), frm="{co} via Stepwell <updates@{dom}>", tz=("ie", "za"))
mo("next_steps", "her", "RE: [EXT] Re: {role} – referees", "Hi {n},\n\nThe trustees hope you'll take the post once references check out. Two referees' details by {dl}, please. Unfortunately the landline is dead at present, so email.\n\n{sig}\n{co}", "Bredon Canal Boat Trust", "bredoncanal", role="Volunteer Coordinator", tz="uk")
mo("offer", "bh", "Offer – {role}", "Hi {n},\n\nHappy to say the {role} hours are yours, from {dl}. Unfortunately our microwave gave up, so pack sandwiches meanwhile.\n\n{sig}, {co}", ("Larkspur Ribbon Mill", "Cobblestone Lampworks"), ("larkspurribbon", "cobblestonelamp"), role=("Loom Threader", "Shade Stitcher"), tz=("use", "nz"))
mo("offer", "fish", "Your offer – {role}", "Hi {n},\n\nWelcome aboard as {role}, from {dl}. Unfortunately shirts are back-ordered; dark clothes will do for week one.\n\n{co} People Team" + FOOT_FISH, ("Reelsmith Angling", "Reelsmith Angling"), ("reelsmith", "reelsmith"), frm="{co} People <people@{dom}>", role=("Casual Retail Assistant", "Bait Counter Assistant"), tz=("au", "nz"), x=("lures from $19", "lures from NZ$22"))
mo("offer", "coop", "Re: [EXT] RE: {role} chat", "Hi {n},\n\nThe steering group would love you to take the {role} post, from {dl}. Unfortunately the office roof is being fixed, so the first week we'll work from the hall.\n\n{sig}\n{co}", ("Mabopane Sewing Co-op", "Kibera Bicycle Workshop"), ("mabopanesewing", "kiberabikes"), role=("Workshop Manager", "Programme Lead"), tz=("za", "ke"))
mo("offer", "za", "Shift lead offer", "Hi {n},\n\nGreat news: the citrus packhouse near Kirkwood would like you as shift lead from {dl}. Unfortunately their canteen's mid-refit; pack food for the first fortnight.\n\n{sig}\n{co}", "Sneeuberg Works Recruitment", "sneeubergworks", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "hl", "Application status changed", "Hi {n},\n\nSomething moved on your {role} application at {co}.\n\nNew status: Hiring manager reviewing\n\nSent by Hirewren on behalf of {co}", ("Tarnbrook Dairies", "Sedgemoor Cycles"), ("hirewren", "hirewren"), frm="{co} via Hirewren <notify@{dom}>", role=("Dairy Hand", "Bike Mechanic"), tz=("uk", "usc"))
mo("other_job", "ht", "Update on your application", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn · at your request</td></tr></table><p>{co}</p></body></html>", ("Greywacke Pottery", "Minnamurra Honey"), ("greywacke", "minnamurrahoney"), frm="{co} <apply@{dom}>", role=("Packer", "Extraction Hand"), tz=("nz", "au"))
mo("other_job", "ref", "Scoring update – Library Clerk", "Dear {n},\n\nOur scoring runs late, with one rater away on leave. Referral letters should go out roughly three weeks from now.\n\nPersonnel Office\n{co}", "Town of Didsbury Flats", "didsburyflats", frm="{co} Personnel <personnel@{dom}>", tz="cam")
mo("job_alert", "wel", "New roles near you", "Hi {n},\n\nThree new store roles match your Job Drops: Weekend Sales Associate, Stockroom Lead and Visual Merchandiser.\n\nThe {co} Jobs Team" + FOOT_WELLY, ("Puddlejump Outdoor", "Puddlejump Outdoor"), ("puddlejump", "puddlejump"), frm="{co} Jobs <jobs@{dom}>", tz=("uk", "ie"), x=("£38", "€42"))
mo("job_alert", "camp", "Store jobs this week", "Hi {n},\n\nNew this week: Bike Tech, Boot Fitter and Seasonal Cashier.\n\n{co} Recruiting" + FOOT_CAMP, "Ridgeback Trail Supply", "ridgebacktrail", frm="{co} Recruiting <no-reply@{dom}>", tz="usm", x="trail gear since 1994")
mo("recruiter_outreach", "pl", "A role that might suit you", "Hi {n},\n\nA client of mine came to mind when I read your profile: {x}, days only, decent rate. Fancy a ten-minute call?\n\n{sig}\n{co}", ("Hartside Industrial Recruitment", "Acacia Talent Partners"), ("hartsiderec", "acaciatalent"), tz=("uk", "ke"), x=("a jam factory outside Bedale looking for a line lead", "a macadamia cracker in Kirinyaga County looking for a supervisor"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nOur lending committee looked over your request to borrow for a {x}. With your present outgoings it has said no for now; a fresh request is welcome after six months.\n\n{sig}\n{co}", ("Wharfedale Credit Union", "Tasman Bay Savings Co-operative"), ("wharfedalecu", "tasmanbaysave"), tz=("uk", "nz"), x=("£3,900 car", "$4,800 boat-trailer"))
mo("non_job_rejection_words", "flat", "The flat on Tanyard Lane", "Hi {n},\n\nCheers for coming round the Tanyard Lane one-bed. The landlord chose a tenant ready to take the keys this weekend. Sorry it didn't work out.\n\n{sig}\n{co}", "Kingsbridge Lettings", "kingsbridgelets", tz="uk")
mo("non_job_rejection_words", "ball", "Harbour Swim ballot", "Hi {n},\n\nThis year's Harbour Swim draw is done, and this time the hat kept your name. Next year you get a guaranteed spot in the draw's priority pool.\n\nRace Office", "Otago Harbour Swim", "harbourswim", frm="Race Office <entries@{dom}>", tz="nz")
mo("non_job_rejection_words", "grant", "Community grant outcome", "Dear {n},\n\nYour bid for a small grant for the repair-and-mend evenings. The panel had many strong bids and was not able to fund yours this round.\n\n{sig}\n{co}", "Portglenone Community Fund", "portglenonefund", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("en-lock", "Your application: lockmaker's assistant", "Hi {n},\n\nThanks for answering our ad for a lockmaker's assistant. I've taken on someone who already files warded keys by hand, so I won't be asking you in. Good luck with it all.\n\n{sig}\nColdharbour Lock & Key", "Coldharbour Lock & Key", "coldharbourlock", frm=via("Guardianjobs"), tz="uk")
wo("application_received", "en-lock", "Lockmaker's assistant – got your reply", "Hi {n},\n\nThanks for answering the lockmaker's assistant ad. A regular customer's son might take it; if so, I'll say the same day, otherwise expect word about a trial before next week's out.\n\n{sig}\nColdharbour Lock & Key", "Coldharbour Lock & Key", "coldharbourlock", frm=via("Guardianjobs"), tz="uk")
wr("en-violin", "Violinmaker's apprentice", "Dear {n},\n\nYour letter and carving photos were a pleasure. The apprenticeship now belongs to a student of the Newark school, and I have room for just the one. I wish you well.\n\n{sig}\nBarrowfield Violins", "Barrowfield Violins", "barrowfieldviolins", frm=via("Escapethecity"), tz="uk")
wo("interview", "en-violin", "Apprenticeship – come and see the bench", "Dear {n},\n\nI'd like to meet you at the workshop on {dl} at 11:00 and see you use a gouge. Unfortunately the stairs up to the loft are very steep, so wear flat shoes.\n\n{sig}\nBarrowfield Violins", "Barrowfield Violins", "barrowfieldviolins", frm=via("Escapethecity"), tz="uk")
wr("en-stencil", "Stencilmaker's helper role", "Hi {n},\n\nThe stencilmaker's helper role is taken by with a freelancer we already work with, so we're closing the ad. Best of luck.\n\n{sig}\nMarkwell Stencils", "Markwell Stencils", "markwellstencils", frm=via("Workinstartups"), tz="uk")
wo("next_steps", "en-stencil", "Stencilmaker's helper – a small test", "Hi {n},\n\nWe'd like you to cut a simple two-layer stencil from the file attached and post a photo back by {dl}. Unfortunately the test piece is unpaid.\n\n{sig}\nMarkwell Stencils", "Markwell Stencils", "markwellstencils", frm=via("Workinstartups"), tz="uk")
wr("en-horn", "Hornmaker's helper", "Hi {n},\n\nTa for asking after the hornmaker's helper job. Instead a village lad got it, one who sweeps up for me Saturdays. Sorry now.\n\n{sig}\nBallinalee Horn Works", "Ballinalee Horn Works", "ballinaleehorn", frm=via("Jobisland"), tz="ie")
wo("application_received", "en-horn", "Hornmaker's helper – your application", "Hi {n},\n\nGot your application, thanks. I'm seeing two or three people this week, and whatever happens I'll ring you Friday.\n\n{sig}\nBallinalee Horn Works", "Ballinalee Horn Works", "ballinaleehorn", frm=via("Jobisland"), tz="ie")
wr("en-tassel", "Tasselmaker's sewer", "Hi {n},\n\nThanks a million for applying. We're giving the extra sewing to one of our outworkers instead of hiring, so the job is gone. All the best.\n\n{sig}\nFringe & Tassel Co., Shinrone", "Fringe & Tassel Co.", "fringetassel", frm=via("Jobzone"), tz="ie")
wo("offer", "en-tassel", "Tasselmaker's sewer – offer", "Hi {n},\n\nCome sew with us from {dl}, three mornings a week. Unfortunately the workroom heater is temperamental, so bring a cardigan.\n\n{sig}\nFringe & Tassel Co., Shinrone", "Fringe & Tassel Co.", "fringetassel", frm=via("Jobzone"), tz="ie")
wr("en-spect", "Spectaclemaker's assistant", "Hi {n},\n\nRe the spectaclemaker's assistant opening: We have hired an optician's apprentice from Pottsville, so the position is filled.\n\n{sig}\nKeenwater Eyewear Bench", "Keenwater Eyewear Bench", "keenwatereyewear", frm=via("Jobvertise"), tz="use")
wo("application_received", "en-spect", "Thanks for applying", "Hi {n},\n\nApplication came through fine. Hired or not, my email arrives before month end.\n\n{sig}\nKeenwater Eyewear Bench", "Keenwater Eyewear Bench", "keenwatereyewear", frm=via("Jobvertise"), tz="use")
wr("en-vane", "Weathervanemaker's helper", "Hi {n},\n\nThanks for reaching out. The helper spot went to my nephew, who's been cutting copper with me since spring. Appreciate your interest.\n\n{sig}\nCopperhill Vanes", "Copperhill Vanes", "copperhillvanes", frm=via("Hirequest"), tz="usc")
wo("interview", "en-vane", "Come by the shop", "Hi {n},\n\nCould you stop by the shop on {dl} around 1 pm? Unfortunately the gravel road out here is being graded, so allow an extra ten minutes.\n\n{sig}\nCopperhill Vanes", "Copperhill Vanes", "copperhillvanes", frm=via("Hirequest"), tz="usc")
wr("en-scale", "Scalemaker's trainee", "Hi {n},\n\nRe the scalemaker's trainee opening: After meeting a few folks we picked someone with machining school behind him. Good luck out there.\n\n{sig}\nTrue Balance Scale Shop", "True Balance Scale Shop", "truebalancescale", frm=via("Backdoorjobs"), tz="usm")
wo("next_steps", "en-scale", "Trainee – paperwork", "Hi {n},\n\nLet's keep going. Snap your driver's license and machining certificate and email them by {dl}.\n\n{sig}\nTrue Balance Scale Shop", "True Balance Scale Shop", "truebalancescale", frm=via("Backdoorjobs"), tz="usm")
wr("en-mirror", "Mirrormaker's silverer", "Hi {n},\n\nAbout the silverer job: someone who silvered for us two years back has returned, so the bench is covered.\n\n{sig}\nQuicksilver Mirror Studio", "Quicksilver Mirror Studio", "quicksilvermirror", frm=via("Seasonworkers"), tz="usp")
wo("application_received", "en-mirror", "Your application", "Hi {n},\n\nApplication in. Yes or no, my email reaches you before the 15th.\n\n{sig}\nQuicksilver Mirror Studio", "Quicksilver Mirror Studio", "quicksilvermirror", frm=via("Seasonworkers"), tz="usp")
wr("en-kettle", "Kettlemaker's hand", "Hi {n},\n\nAbout the kettlemaker's hand job: We've closed it without hiring; our copper order fell through and there won't be enough work.\n\n{sig}\nBrightkettle Copperworks", "Brightkettle Copperworks", "brightkettle", frm=via("Kforce"), tz="use")
wo("interview", "en-kettle", "Interview", "Hi {n},\n\nDoes {dl}, 9:30 work? Unfortunately a big copper shipment ties up the dock that morning; come round the front.\n\n{sig}\nBrightkettle Copperworks", "Brightkettle Copperworks", "brightkettle", frm=via("Kforce"), tz="use")
wr("en-glue", "Gluemaker's helper", "Hi {n},\n\nThanks for your application. We hired someone from our own warehouse for the gluemaker's helper job, so it's now filled.\n\n{sig}\nHidebound Glue Works", "Hidebound Glue Works", "hideboundglue", frm=via("Neuvoo"), tz="cae")
wo("application_received", "en-glue", "Got your application", "Hi {n},\n\nThanks for applying. We'll decide by next week, and either way I'll email you.\n\n{sig}\nHidebound Glue Works", "Hidebound Glue Works", "hideboundglue", frm=via("Neuvoo"), tz="cae")
wr("en-easel", "Easelmaker's assistant", "Hi {n},\n\nThank you for applying. A furniture builder of several years got the nod, so the job's taken.\n\n{sig}\nCedarframe Easels", "Cedarframe Easels", "cedarframeeasels", frm=via("Snaphunt"), tz="cap")
wo("offer", "en-easel", "Offer – easelmaker's assistant", "Hi {n},\n\nStart date for you as assistant: {dl}. Unfortunately our shop van is off being fixed, so sort your own ride for a fortnight.\n\n{sig}\nCedarframe Easels", "Cedarframe Easels", "cedarframeeasels", frm=via("Snaphunt"), tz="cap")
wr("en-ribbon", "Ribbonmaker's helper", "Hi {n},\n\nCheers for applying. A woman who ran looms at a Ararat mill has started, so the helper job's taken. Good luck.\n\n{sig}\nBowerbird Ribbons", "Bowerbird Ribbons", "bowerbirdribbons", frm=via("Harvesttrail"), tz="au")
wo("application_received", "en-ribbon", "Application received", "Hi {n},\n\nGot your application. Either answer, it reaches you before next Friday's done.\n\n{sig}\nBowerbird Ribbons", "Bowerbird Ribbons", "bowerbirdribbons", frm=via("Harvesttrail"), tz="au")
wr("en-spar", "Sparmaker's offsider", "G'day {n},\n\nThanks for the application. A bloke who's shaped timber masts for years has started, so the offsider job is filled. Good luck.\n\n{sig}\nTallowwood Spars", "Tallowwood Spars", "tallowwoodspars", frm=via("Pickingjobs"), tz="auq")
wo("interview", "en-spar", "Come for a yarn", "G'day {n},\n\nCan you come to the shed on {dl} at 8 am? Unfortunately the access road gets muddy after rain, so bring boots.\n\n{sig}\nTallowwood Spars", "Tallowwood Spars", "tallowwoodspars", frm=via("Pickingjobs"), tz="auq")
wr("en-lamp", "Lampmaker's assistant", "Kia ora {n},\n\nAbout the lampmaker's job: we chose someone who has wired lamps for a lighting store, and she's accepted.\n\n{sig}\nFernbird Lamps, Kawhia", "Fernbird Lamps", "fernbirdlamps", frm=via("Nzjobs"), tz="nz")
wo("next_steps", "en-lamp", "Your application – one more thing", "Kia ora {n},\n\nCould you email your electrical registration and photo ID before {dl}?\n\n{sig}\nFernbird Lamps, Kawhia", "Fernbird Lamps", "fernbirdlamps", frm=via("Nzjobs"), tz="nz")
wr("en-block", "Blockmaker's labourer", "Hi {n},\n\nThank you for your CV. We've filled the labourer post with a man from our area who worked at another block yard.\n\n{sig}\nSizanani Cement Blocks", "Sizanani Cement Blocks", "sizananiblocks", frm=via("Jobmail"), tz="za")
wo("application_received", "en-block", "CV received", "Hi {n},\n\nWe got your CV, thanks. Successful or not, we will SMS you by month end.\n\n{sig}\nSizanani Cement Blocks", "Sizanani Cement Blocks", "sizananiblocks", frm=via("Jobmail"), tz="za")
wr("en-chalk", "Chalkmaker's helper", "Dear {n},\n\nRegarding helper vacancy: a candidate from our nearby village is selected, so it is closed.\n\nRegards,\n{sig}\nSaraswati Chalk Works", "Saraswati Chalk Works", "saraswatichalk", frm=via("Jobhai"), tz="in")
wo("next_steps", "en-chalk", "Documents for joining", "Dear {n},\n\nKindly send a copy of your Aadhaar card and a passport photo by {dl}.\n\nRegards,\n{sig}\nSaraswati Chalk Works", "Saraswati Chalk Works", "saraswatichalk", frm=via("Jobhai"), tz="in")
wr("en-pencil", "Pencilmaker's assistant", "Dear {n},\n\nOn the assistant post: it went to a candidate with three years' experience on a pencil line.\n\nRegards,\n{sig}\nLekhni Pencils", "Lekhni Pencils", "lekhnipencils", frm=via("Kaamwala"), tz="in")
wo("interview", "en-pencil", "Interview call", "Dear {n},\n\nInterview fixed: {dl}, 10 am. Unfortunately afternoon load-shedding is likely, so be punctual.\n\n{sig}\nLekhni Pencils", "Lekhni Pencils", "lekhnipencils", frm=via("Kaamwala"), tz="in")
wr("en-crayon", "Crayonmaker's packer", "Hi {n},\n\nRe the packer roles: our referral list filled them, so we won't move ahead with your application.\n\n{sig}\nRangoli Crayons", "Rangoli Crayons", "rangolicrayons", frm=via("Cutshort"), tz="in")
wo("offer", "en-crayon", "Offer – packer", "Hi {n},\n\nThe packer role is yours from {dl}. Unfortunately our canteen is under repair; carry a tiffin.\n\n{sig}\nRangoli Crayons", "Rangoli Crayons", "rangolicrayons", frm=via("Cutshort"), tz="in")
wr("en-pen", "Penmaker's helper", "Dear {n},\n\nRegarding your application: management handed the position to an applicant who has worked in a pen factory before.\n\n{sig}\nInkwell Pens Ltd, Ekwulobia", "Inkwell Pens Ltd", "inkwellpens", frm=via("Ngojobs"), tz="ng")
wo("application_received", "en-pen", "Application received", "Dear {n},\n\nYour application is with us. Shortlisted or otherwise, a message from us will follow.\n\n{sig}\nInkwell Pens Ltd, Ekwulobia", "Inkwell Pens Ltd", "inkwellpens", frm=via("Ngojobs"), tz="ng")
wr("en-hook", "Hookmaker's assistant", "Dear {n},\n\nRegarding the assistant job: it has gone to a young man from Oyugis who has done metalwork before. We wish you well.\n\n{sig}\nSamaki Hooks, Kendu Bay", "Samaki Hooks", "samakihooks", frm=via("Kenyacareers"), tz="ke")
wo("interview", "en-hook", "Interview invitation", "Dear {n},\n\nKindly attend interview {dl}, 9 am. Unfortunately the road to the workshop is rough, so a boda boda is best.\n\n{sig}\nSamaki Hooks", "Samaki Hooks", "samakihooks", frm=via("Kenyacareers"), tz="ke")
wr("en-pail", "Pailmaker's helper", "Dear {n},\n\nOn the helper vacancy: one of our casuals is being made permanent, so it is closed.\n\n{sig}\nNdoo Tin Works", "Ndoo Tin Works", "ndootinworks", frm=via("Fuzuhire"), tz="ke")
wo("next_steps", "en-pail", "Documents required", "Dear {n},\n\nBring your ID plus good-conduct certificate no later than {dl}.\n\n{sig}\nNdoo Tin Works", "Ndoo Tin Works", "ndootinworks", frm=via("Fuzuhire"), tz="ke")
wr("en-stamp", "Stampmaker's helper", "Hi {n},\n\nSalamat for applying po. We got someone already from our barangay, so the helper post is filled. God bless!\n\n{sig}\nTatak Rubber Stamps", "Tatak Rubber Stamps", "tatakstamps", frm=via("Careerlink"), tz="ph")
wo("next_steps", "en-stamp", "Requirements", "Hi {n},\n\nKindly bring barangay and NBI clearances on or before {dl} po.\n\n{sig}\nTatak Rubber Stamps", "Tatak Rubber Stamps", "tatakstamps", frm=via("Careerlink"), tz="ph")
wr("en-whistle", "Whistlemaker's assistant", "Hi {n},\n\nRe the whistlemaker's assistant job: a candidate with more moulding experience accepted it, so yours stops here.\n\n{sig}\nPeep Whistles", "Peep Whistles", "peepwhistles", frm=via("Ricebowl"), tz="sg")
wo("application_received", "en-whistle", "Application received", "Hi {n},\n\nThanks for your application. Selected or not, we'll reply within two weeks.\n\n{sig}\nPeep Whistles", "Peep Whistles", "peepwhistles", frm=via("Ricebowl"), tz="sg")
wr("en-box", "Boxmaker helper", "Hello {n},\n\nThank you for the application. We choose other person, he work with cardboard machine already three year. Sorry, and good luck.\n\n{sig}\nCajas Palmira", "Cajas Palmira", "cajaspalmira", frm=via("Bumeran"), tz="co")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Maker jobs this week", "Hi {n},\n\nNew this week on Handtool Weekly: lockmaker's assistant (Rotherham), sparmaker's offsider (Queensland), whistlemaker's assistant (Singapore).\n\nHandtool Weekly", "Handtool Weekly", "handtoolweekly", frm="Handtool Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "class", "Pottery class", "Hi {n},\n\nYour sign-up for Thursday's wheel class reached us once every seat had gone, so this term is full for you.\n\n{sig}\nClayworks Community Studio", "Clayworks Community Studio", "clayworksstudio", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
wr("ar", "بخصوص طلبكِ للعمل في المشتل", "عزيزتي {n}،\n\nسعدنا بتقديمكِ على العمل في مشتل النخيل. وبعد إتمام المقابلات وقع اختيارنا على زميلة تمرّست طويلًا في تلقيح النخيل وغرس الفسائل، ولذا لن ينتقل طلبكِ إلى المرحلة التالية. مع خالص الأمنيات.\n\n{sig}\nمشتل واحة الأحساء", "مشتل واحة الأحساء", "ahsaoasisnursery", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لمقابلة في المشتل", "عزيزتي {n}،\n\nيسرّنا لقاؤكِ في المشتل يوم {dl} عند التاسعة والنصف. ومن سوء الحظ أن الساحة الأمامية مغلقة لأعمال الرصف، فنرجو الدخول من البوابة الخلفية.\n\n{sig}\nمشتل واحة الأحساء", "مشتل واحة الأحساء", "ahsaoasisnursery", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung bei der Seilerei Brandauer", "Guten Tag {full},\n\ndanke, dass Sie bei unserer Seilerei angefragt haben. Genommen haben wir einen Seiler, der seit Jahren bei uns auf der Seilerbahn aushilft. Wir drücken Ihnen die Daumen, dass es anderswo klappt.\n\nViele Grüße aus der Werkstatt\n{sig}\nSeilerei Brandauer", "Seilerei Brandauer", "seilerei-brandauer", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für Ihre Einstellung", "Guten Tag {full},\n\nschön, dass Sie zu uns kommen. Für die Anmeldung brauchen wir bis {dl} noch Ihre Steueridentifikationsnummer und den Nachweis Ihrer Krankenkasse.\n\nMit freundlichen Grüßen\n{sig}\nSeilerei Brandauer", "Seilerei Brandauer", "seilerei-brandauer", tz="de", lang="de")
wr("es", "Tu candidatura en Turrones L'Alcoià", "Hola, {n}:\n\nTe agradecemos mucho que pensaras en el obrador. Para esta campaña hemos contado con una chica que ya vino a ayudarnos otros inviernos, y por eso no vamos a seguir con tu proceso. Mucho ánimo con la búsqueda.\n\nUn abrazo,\n{sig}\nTurrones L'Alcoià", "Turrones L'Alcoià", "turronesalcoia", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu candidatura nos ha llegado. Pases o no a la entrevista, tendrás noticias nuestras a lo largo de este mes; aquí contestamos a todo el mundo.\n\nUn saludo,\n{sig}\nTurrones L'Alcoià", "Turrones L'Alcoià", "turronesalcoia", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier de santons", "Bonjour {n},\n\nMerci d'avoir postulé et fait le déplacement jusqu'à nous. C'est finalement une peintre de santons chevronnée qui rejoindra l'équipe. Belle suite à vous.\n\nCordialement,\n{sig}\nAtelier Santons de l'Huveaune", "Atelier Santons de l'Huveaune", "santonshuveaune", tz="fr", lang="fr")
wo("interview", "fr", "Entretien à l'atelier", "Bonjour {n},\n\nPourriez-vous passer nous voir le {dl} vers 14 h ? Malheureusement, la rue devant l'atelier est en travaux ; garez-vous sur la place du marché.\n\nCordialement,\n{sig}\nAtelier Santons de l'Huveaune", "Atelier Santons de l'Huveaune", "santonshuveaune", tz="fr", lang="fr")
wr("hi", "आवेदन के संबंध में", "नमस्कार {n} जी,\n\nजयपुर की हमारी नीली मिट्टी-कला कार्यशाला में रुचि दिखाने का शुक्रिया। काफ़ी सोच-विचार के बाद हमने उस कारीगर को रखने का फ़ैसला किया जिसने बरसों नीले बर्तनों पर नक्काशी की है। आगे की राह आसान हो।\n\n{sig}\nनीलकंठ ब्लू पॉटरी, जयपुर", "नीलकंठ ब्लू पॉटरी", "neelkanthpottery", tz="in", lang="hi")
wo("offer", "hi", "नियुक्ति का प्रस्ताव", "नमस्कार {n} जी,\n\nअच्छी ख़बर: {dl} से आप हमारी कार्यशाला का हिस्सा बन सकते हैं। अफ़सोस, आवे के पास लगा पंखा इन दिनों चल नहीं रहा, तो अपने साथ पानी ज़रूर रखिएगा।\n\n{sig}\nनीलकंठ ब्लू पॉटरी, जयपुर", "नीलकंठ ब्लू पॉटरी", "neelkanthpottery", tz="in", lang="hi")
wr("it", "La sua candidatura al Pastificio Faiella", "Gentile {full},\n\nla ringraziamo per essersi candidato/a presso il nostro pastificio. Abbiamo scelto un'altra persona, che lavora da anni alla trafilatura in bronzo. Un caro saluto e in bocca al lupo,\n{sig}\nPastificio Faiella, Gragnano", "Pastificio Faiella", "pastificiofaiella", tz="it", lang="it")
wo("next_steps", "it", "Documenti per l'assunzione", "Gentile {full},\n\nper l'assunzione ci servono, entro il {dl}, il codice fiscale e una scansione del documento.\n\nCordiali saluti,\n{sig}\nPastificio Faiella, Gragnano", "Pastificio Faiella", "pastificiofaiella", tz="it", lang="it")
wr("ja", "採用選考の結果について", "{n}様\n\nこのたびは輪島塗の工房にご応募いただき、ありがとうございました。慎重に検討いたしましたが、今回は他の方に来ていただくことになりました。ご希望に沿えず申し訳ございません。\n\n{sig}\n塗師工房 朝日", "塗師工房 朝日", "nushiasahi", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n}様\n\n面接を{dl}午前10時に行いたいと存じます。あいにく工房前の道路が工事中のため、裏口からお入りください。\n\n{sig}\n塗師工房 朝日", "塗師工房 朝日", "nushiasahi", tz="jp", lang="ja")
wr("ko", "지원 결과 안내", "{n} 님께\n\n할머니손 떡방앗간 일자리에 지원해 주신 마음 고맙게 받았습니다. 여러모로 살펴본 뒤 이번에는 떡을 오래 빚어 오신 분을 모시기로 했습니다. 기대에 부응하지 못해 송구합니다.\n\n{sig} 드림\n할머니손 떡방앗간", "할머니손 떡방앗간", "halmeoniddeok", tz="kr", lang="ko")
wo("application_received", "ko", "지원서 접수 확인", "{n} 님께\n\n보내 주신 지원서 받았습니다. 면접 대상이 되든 안 되든 다음 주 금요일 안으로 문자 드릴게요.\n\n{sig} 드림\n할머니손 떡방앗간", "할머니손 떡방앗간", "halmeoniddeok", tz="kr", lang="ko")
wr("pt", "Candidatura na Olaria do Galo", "Olá {n},\n\nMuito obrigado pela visita e pelo interesse. A vaga ficou para uma pintora com muitos anos de galos de Barcelos, e por isso não seguimos com o seu processo. Boa sorte!\n\nCumprimentos,\n{sig}\nOlaria do Galo", "Olaria do Galo", "olariadogalo", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho", "Olá {n},\n\nTemos boas notícias: o lugar é seu na olaria a partir de {dl}. Infelizmente o forno maior anda em arranjo, e nas primeiras semanas o trabalho será só de pintura.\n\nCumprimentos,\n{sig}\nOlaria do Galo", "Olaria do Galo", "olariadogalo", tz="pt", lang="pt")
wr("ru", "Ответ по вашей заявке", "Здравствуйте, {n}!\n\nБлагодарим за интерес к нашей мастерской хохломской росписи. Мы выбрали другого кандидата с большим опытом, поэтому продолжить с вами сейчас не сможем. Желаем удачи.\n\nС уважением,\n{sig}\nМастерская «Золотая ложка»", "Мастерская «Золотая ложка»", "zolotayalozhka", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы для оформления", "Здравствуйте, {n}!\n\nДля оформления на работу пришлите, пожалуйста, до {dl} скан паспорта, ИНН и СНИЛС.\n\nС уважением,\n{sig}\nМастерская «Золотая ложка»", "Мастерская «Золотая ложка»", "zolotayalozhka", tz="ru", lang="ru")
wr("sw", "Kuhusu maombi yako ya kazi", "Habari {n},\n\nTunashukuru kwa ombi lako la kufanya kazi kwenye karakana yetu ya majahazi. Baada ya kufikiria, nafasi hii tumempa fundi mwingine mwenye uzoefu mrefu wa kujenga majahazi. Kila la kheri katika kutafuta kazi.\n\n{sig}\nKarakana ya Majahazi Nungwi", "Karakana ya Majahazi Nungwi", "majahazinungwi", tz="tz", lang="sw")
wo("interview", "sw", "Mwaliko wa usaili", "Habari {n},\n\nTungependa kukuona kwa usaili tarehe {dl} saa tatu na nusu asubuhi. Kwa bahati mbaya njia ya pwani imejaa maji, hivyo pita barabara ya soko.\n\n{sig}\nKarakana ya Majahazi Nungwi", "Karakana ya Majahazi Nungwi", "majahazinungwi", tz="tz", lang="sw")
wr("th", "ผลการสมัครงาน", "คุณ{n} ที่นับถือ\n\nขอบคุณมากที่สนใจร่วมงานกับโรงงานเครื่องเบญจรงค์ของเรานะคะ ครั้งนี้เราได้เลือกผู้สมัครที่มีประสบการณ์ลงสีมาหลายปีแล้วค่ะ ขออวยพรให้โชคดีค่ะ\n\n{sig}\nบ้านเบญจรงค์ดอนไก่ดี", "บ้านเบญจรงค์ดอนไก่ดี", "baanbencharong", tz="th", lang="th")
wo("next_steps", "th", "เอกสารสำหรับเริ่มงาน", "คุณ{n} ที่นับถือ\n\nรบกวนส่งสำเนาบัตรประชาชนและสำเนาทะเบียนบ้านภายในวันที่ {dl} นะคะ\n\n{sig}\nบ้านเบญจรงค์ดอนไก่ดี", "บ้านเบญจรงค์ดอนไก่ดี", "baanbencharong", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Sayın {full},\n\nBakırcı dükkânımızla ilgilendiğiniz için sağ olun. Bu kez kalaycılığı yıllardır yapan bir ustayla çalışmayı seçtik. İşlerinizde kolaylık dileriz.\n\nSaygılarımızla,\n{sig}\nAntep Bakır Evi", "Antep Bakır Evi", "antepbakirevi", tz="tr", lang="tr")
wo("offer", "tr", "İş teklifi", "Sayın {full},\n\n{dl} tarihinden itibaren dükkânımızda çalışmaya başlamanızı teklif ediyoruz. Maalesef atölyenin ısıtıcısı arızalı, ilk hafta kalın giyinmenizi öneririz.\n\nSaygılarımızla,\n{sig}\nAntep Bakır Evi", "Antep Bakır Evi", "antepbakirevi", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nہماری کاشی کاری ورکشاپ میں دلچسپی پر ہم ممنون ہیں۔ اس مرتبہ یہ جگہ ایک ایسی کاریگر کو دی گئی ہے جو برسوں سے ملتانی ٹائلوں پر نقش و نگار بنا رہی ہیں۔ آئندہ کے لیے بہت سی دعائیں۔\n\n{sig}\nنیلا گنبد کاشی گھر، ملتان", "نیلا گنبد کاشی گھر", "neelagumbad", tz="pk", lang="ur")
wo("application_received", "ur", "درخواست موصول ہو گئی", "محترمہ {n}،\n\nآپ کا فارم ہم تک پہنچ گیا ہے۔ انٹرویو کے لیے بلایا جائے یا نہیں، ہم اگلے ہفتے تک آپ کو ضرور بتا دیں گے۔\n\n{sig}\nنیلا گنبد کاشی گھر، ملتان", "نیلا گنبد کاشی گھر", "neelagumbad", tz="pk", lang="ur")
wr("zh", "关于您的应聘", "{n}，您好：\n\n感谢您应聘我们苏绣工作室的绣工岗位。经过考虑，我们这次决定录用一位有多年双面绣经验的绣娘。祝您一切顺利。\n\n{sig}\n姑苏针语绣坊", "姑苏针语绣坊", "gusuzhenyu", tz="cn", lang="zh")
wo("interview", "zh", "面试通知", "{n}，您好：\n\n请于{dl}上午九点半来绣坊面试。不巧的是门口那条巷子正在修路，请从北边的小门进来。\n\n{sig}\n姑苏针语绣坊", "姑苏针语绣坊", "gusuzhenyu", tz="cn", lang="zh")
wr("bel", "Адказ на вашу заяўку", "Добры дзень, {n}!\n\nДзякуй, што зацікавіліся працай у нашай майстэрні саломапляцення. Мы вырашылі ўзяць іншага кандыдата, які ўжо некалькі гадоў пляце з саломы. Жадаем вам поспеху.\n\nЗ павагай,\n{sig}\nМайстэрня «Залатая страха»", "Майстэрня «Залатая страха»", "zalataya-stracha", tz="by", lang="bel")
wo("next_steps", "bel", "Дакументы для афармлення", "Добры дзень, {n}!\n\nКаб афармленне прайшло хутка, дашліце, калі ласка, да {dl} копію пашпарта і працоўную кніжку.\n\nЗ павагай,\n{sig}\nМайстэрня «Залатая страха»", "Майстэрня «Залатая страха»", "zalataya-stracha", tz="by", lang="bel")
wr("zul", "Mayelana nesicelo sakho", "Sawubona {n},\n\nSiyabonga ngokufaka isicelo emsebenzini wokuhlobisa ngobuhlalu. Sikhethe omunye umuntu osenesikhathi eside enza lo msebenzi. Sikufisela inhlanhla.\n\nOzithobayo,\n{sig}\nUbuhle Bobuhlalu Co-op, Eshowe", "Ubuhle Bobuhlalu Co-op", "ubuhlebobuhlalu", tz="za", lang="zul")
wo("offer", "zul", "Sikunika umsebenzi", "Sawubona {n},\n\nSiyajabula ukukutshela ukuthi ungaqala umsebenzi ngomhla ka-{dl}. Ngeshwa igumbi lokusebenzela lisalungiswa, ngakho sizosebenzela ngaphandle isonto lokuqala.\n\nOzithobayo,\n{sig}\nUbuhle Bobuhlalu Co-op, Eshowe", "Ubuhle Bobuhlalu Co-op", "ubuhlebobuhlalu", tz="za", lang="zul")
wr("pan", "ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਬਾਰੇ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਸਾਡੀ ਫੁਲਕਾਰੀ ਦੀ ਦੁਕਾਨ ਵਿੱਚ ਅਰਜ਼ੀ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। ਇਸ ਵਾਰ ਅਸੀਂ ਉਸ ਉਮੀਦਵਾਰ ਨੂੰ ਰੱਖਿਆ ਹੈ ਜਿਸ ਕੋਲ ਕਢਾਈ ਦਾ ਕਈ ਸਾਲਾਂ ਦਾ ਤਜਰਬਾ ਹੈ। ਅੱਗੇ ਲਈ ਸ਼ੁਭਕਾਮਨਾਵਾਂ।\n\n{sig}\nਰੰਗਲਾ ਫੁਲਕਾਰੀ ਘਰ, ਪਟਿਆਲਾ", "ਰੰਗਲਾ ਫੁਲਕਾਰੀ ਘਰ", "rangla-phulkari", tz="in", lang="pan")
wo("application_received", "pan", "ਅਰਜ਼ੀ ਮਿਲ ਗਈ ਹੈ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਤੁਹਾਡੀ ਅਰਜ਼ੀ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ। ਚੋਣ ਹੋਵੇ ਜਾਂ ਨਾ ਹੋਵੇ, ਅਸੀਂ ਅਗਲੇ ਮਹੀਨੇ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰਕੇ ਦੱਸ ਦਿਆਂਗੇ।\n\n{sig}\nਰੰਗਲਾ ਫੁਲਕਾਰੀ ਘਰ, ਪਟਿਆਲਾ", "ਰੰਗਲਾ ਫੁਲਕਾਰੀ ਘਰ", "rangla-phulkari", tz="in", lang="pan")
wr("uzb", "Arizangiz bo'yicha javob", "Hurmatli {full},\n\nRishton kulolchilik ustaxonamizga ariza yuborganingiz uchun rahmat. Bu safar biz ko'p yillik tajribaga ega boshqa nomzodni tanladik. Sizga omad tilaymiz.\n\nHurmat bilan,\n{sig}\nRishton Moviy Kosa ustaxonasi", "Rishton Moviy Kosa", "moviykosa", tz="uz", lang="uzb")
wo("offer", "uzb", "Ishga taklif", "Hurmatli {full},\n\nSizni {dl} sanasidan boshlab ustaxonamizda ishlashga taklif qilamiz. Afsuski, katta xumdon hozir ta'mirda, shuning uchun birinchi haftada faqat naqsh chizish bilan shug'ullanasiz.\n\nHurmat bilan,\n{sig}\nRishton Moviy Kosa ustaxonasi", "Rishton Moviy Kosa", "moviykosa", tz="uz", lang="uzb")
wr("hat", "Repons pou aplikasyon ou", "Bonjou {n},\n\nMèsi paske ou te aplike nan atelye fè dekoupe nou an. Nou te pran yon lòt atizan ki travay metal depi plizyè ane. Nou swete w bon chans.\n\n{sig}\nAtelye Fè Kwadebouke", "Atelye Fè Kwadebouke", "atelyefe", tz="ht", lang="hat")
wo("interview", "hat", "Envitasyon pou yon entèvyou", "Bonjou {n},\n\nNou ta renmen wè w pou yon entèvyou {dl} a dizè nan maten. Malerezman wout devan atelye a ap repare, kidonk pase pa bò mache a.\n\n{sig}\nAtelye Fè Kwadebouke", "Atelye Fè Kwadebouke", "atelyefe", tz="ht", lang="hat")
wr("srp", "Одговор на вашу пријаву", "Поштовање,\n\nХвала вам на пријави за посао у нашој радионици пиротског ћилима. Овога пута смо изабрали кандидаткињу која већ дуго тка на разбоју. Желимо вам много успеха.\n\nСрдачно,\n{sig}\nРадионица „Пиротско ткање”", "Радионица „Пиротско ткање”", "pirotskotkanje", tz="rs", lang="srp")
wo("application_received", "srp", "Примили смо вашу пријаву", "Поштовање,\n\nВаша пријава је стигла. Без обзира на то какву одлуку донесемо, јавићемо вам се до краја месеца.\n\nСрдачно,\n{sig}\nРадионица „Пиротско ткање”", "Радионица „Пиротско ткање”", "pirotskotkanje", tz="rs", lang="srp")
wr("mlt", "Dwar l-applikazzjoni tiegħek", "Bonġu {n},\n\nGrazzi talli applikajt għax-xogħol fil-ħanut tal-bizzilla tagħna f'Għawdex. Din id-darba għażilna persuna oħra li ilha snin taħdem il-bizzilla. Nixtiqulek kull suċċess.\n\nSaħħa,\n{sig}\nBizzilla ta' Nanna, Għawdex", "Bizzilla ta' Nanna", "bizzillananna", tz="mt", lang="mlt")
wo("interview", "mlt", "Intervista", "Bonġu {n},\n\nNixtiequ niltaqgħu miegħek għal intervista nhar {dl} fl-għaxra ta' filgħodu. Sfortunatament it-triq quddiem il-ħanut qed tinbena mill-ġdid, allura ipparkja ħdejn il-knisja.\n\nSaħħa,\n{sig}\nBizzilla ta' Nanna, Għawdex", "Bizzilla ta' Nanna", "bizzillananna", tz="mt", lang="mlt")
wr("gle", "D'iarratas ar an bpost", "A chara,\n\nMíle buíochas as d'iarratas ar an bpost sa bhácús. Tar éis machnamh a dhéanamh air, thugamar an post do dhuine a bhfuil blianta taithí aici ar arán sóide a dhéanamh. Guímid gach rath ort.\n\nLe meas,\n{sig}\nBácús an Chaoráin, Conamara", "Bácús an Chaoráin", "bacuschaorain", tz="ie", lang="gle")
wo("next_steps", "gle", "Cáipéisí don phost", "A chara,\n\nBeimid ag súil leat sa bhácús. An gcuirfeá chugainn d'uimhir PSP agus cóip de do theastas sábháilteachta bia roimh {dl}, le do thoil?\n\nLe meas,\n{sig}\nBácús an Chaoráin, Conamara", "Bácús an Chaoráin", "bacuschaorain", tz="ie", lang="gle")
wr("afr", "Jou aansoek by Kamdebo Beskuitbakkery", "Beste {n},\n\nBaie dankie vir jou aansoek om die pos in ons bakkery. Ons het iemand gekies wat al baie jare beskuit bak. Ons wens jou alles van die beste toe.\n\nVriendelike groete,\n{sig}\nKamdebo Beskuitbakkery, Graaff-Reinet", "Kamdebo Beskuitbakkery", "kamdebobeskuit", tz="za", lang="afr")
wo("application_received", "afr", "Ons het jou aansoek ontvang", "Beste {n},\n\nDankie, ons het jou aansoek ontvang. Of jy gekies word of nie, ons laat weet jou voor die einde van die maand.\n\nVriendelike groete,\n{sig}\nKamdebo Beskuitbakkery, Graaff-Reinet", "Kamdebo Beskuitbakkery", "kamdebobeskuit", tz="za", lang="afr")
wr("fas", "پاسخ به درخواست همکاری", "{full} گرامی،\n\nسپاس از درخواستتان برای همکاری با کارگاه خاتم ما. این بار یکی از هنرمندانی را برگزیدیم که سال‌ها در خاتم‌سازی کار کرده است. امیدواریم در ادامه‌ی راه موفق باشید.\n\nبا احترام،\n{sig}\nکارگاه خاتم شیراز", "کارگاه خاتم شیراز", "khatamshiraz", tz="ir", lang="fas")
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
    "ar": "{d}/{m}/{y}", "bel": "{dd}.{mm}.{y}", "zul": "{d}/{m}/{y}", "pan": "{d}/{m}/{y}", "uzb": "{dd}.{mm}.{y}",
    "hat": "{d}/{m}/{y}", "srp": "{d}. {m}. {y}.", "mlt": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "afr": "{y}-{mm}-{dd}", "fas": "{y}/{mm}/{dd}",
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
        rec["id"] = f"blind73:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 72; this slice and any later one are skipped by number."""
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
