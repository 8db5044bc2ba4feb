# ruff: noqa: E501, S311
"""Write the sixty-third sealed blind slice for issue 11 (blind-slice-63.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 63 and later never read; our side printed)
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

SEED = 630631
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-63.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 63
SKIP_FROM = 63  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest

RECIPIENTS = [
    "Ottoline Fairbairn", "Cathal Ó Maolmhuaidh", "Aparajita Bhattacharjee", "Peregrine Hollingsworth", "Lindiwe Mabuza",
    "Kiritapu Waaka", "Henrietta Swaffield", "Orlaith Carberry", "Ikechukwu Ezeudu", "Clementine Arbuthnot",
    "Efua Ansaba", "Bonginkosi Zwane", "Lakshmi Venkataraman", "Diarmuid Breathnach", "Chiamaka Obiora",
    "Jemima Thistlewood", "Rangimarie Potae", "Bronagh Keaveney", "Siddharth Raghunathan", "Muireann Tobin",
    "Zanele Mthembu", "Alistair Dunnachie", "Ketaki Deshpande", "Vendula Kratochvílová", "Joost Hazenberg",
    "Yaw Boateng-Asare", "Nomvula Sithole", "Debolina Chakraborty", "Eoghan Tiernan", "Adaeze Okonkwo",
    "Barnaby Featherstonehaugh", "Shirin Kazemi", "Njeri Kamau", "Leopoldo Castagnoli", "Róisín Ní Chonaill",
    "Onyinyechi Eze", "Tamsin Polglaze", "Hinemoa Rangi", "Achieng Odhiambo", "Mathilde Desrosiers",
]
REGION_SIGNERS = {
    "uk": ["Philippa Gresley", "Owain Bevan", "Farzana Begum", "Callum Drysdale", "Harriet Wix", "Emrys Pugh"],
    "ie": ["Colm Ó Searcaigh", "Bríd Mulcahy", "Ciarán Hegarty", "Siobhán Ní Laoire"],
    "us": ["Darlene Kowalski", "Tremaine Fulton", "Yesenia Archuleta", "Dale Huckabee", "Latrice Moody"],
    "ca": ["Geneviève Ouellet", "Harjit Dhaliwal", "Bohdan Kowalchuk", "Réjean Thibodeau"],
    "au": ["Kirra Whitfield", "Dimitri Kalogeropoulos", "Sharon Mahoney", "Linh Tran"],
    "nz": ["Hemi Tawhiri", "Kayla Brightwater", "Tevita Fifita", "Aperahama Nikora"],
    "za": ["Nokuthula Radebe", "Anneke Steyn", "Mandla Khoza", "Jaco Venter"],
    "in": ["Lavanya Krishnan", "Sandeep Kulkarni", "Anjali Nair", "Faisal Siddiqui"],
    "ng": ["Ngozi Umeadi", "Babatunde Ogunleye"], "ke": ["Wambui Gathoni", "Kiprono Langat"],
    "ph": ["Marites Dizon", "Rodel Sanchez"], "sg": ["Tan Hui Min", "Ravi Chandran"],
    "ci": ["Aya Kouassi", "Yao Konan"], "ao": ["Isabel Mavinga", "Nelson Kiala"],
    "cd": ["Esther Mbuyi", "Patrice Kabongo"], "td": ["Hawa Mahamat", "Idriss Abakar"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "sa": "au", "tas": "au", "usaz": "us",
}
LANG_SIGNERS = {
    "ar": ["هيفاء الزهراني", "ماجد الغامدي"], "de": ["Gudrun Schwertfeger", "Ansgar Lindemann"],
    "es": ["Remedios Carrasco", "Anselmo Quiroga"], "fr": ["Bérangère Leclerc", "Gaspard Fontaine"],
    "hi": ["कविता बिष्ट", "मनोज रावत"], "it": ["Ornella Bassani", "Ettore Lombardo"],
    "ja": ["松本 千尋", "藤田 健二"], "ko": ["한미경", "오성민"], "pt": ["Conceição Barros", "Lurdes Moutinho"],
    "ru": ["Галина Морозова", "Аркадий Зуев"], "sw": ["Mwanaisha Salim", "Hamisi Kombo"],
    "th": ["สุภาพร แก้วมณี", "มาลัย บุญมา"], "tr": ["Gülşen Aydemir", "Levent Karaca"],
    "ur": ["شگفتہ ملک", "ندیم اقبال"], "zh": ["刘秀英", "何建国"],
    "jmk": ["Kerstin Olsson", "Per-Erik Jonsson"], "scy": ["Birgitta Persson", "Göran Nilsson"],
    "hji": ["沖山 すみ", "奥山 正"], "cri": ["Maria da Graça Neto", "Aurélio Trovoada"],
    "hac": ["شیلان عەزیز", "هۆشیار ڕەحیم"], "qxq": ["گلناز قشقایی", "ایاز کشکولی"],
    "de-berlin": ["Kalle Schulze", "Moni Krüger"], "ja-kansai": ["岡田 ゆかり", "中村 浩之"],
    "tr-karadeniz": ["Temel Kalyoncu", "Fadime Hacıosmanoğlu"], "hi-bambaiya": ["सुनील भोसले", "पप्पू शेख"],
}
LANG_RECIPIENTS = {
    "ar": ["جود المطيري", "فيصل الدوسري"], "de": ["Wiebke Sommerfeld", "Jannik Brandhorst"],
    "es": ["Maite Orozco", "Eusebio Cantero"], "fr": ["Clémence Barbier", "Anaïs Guérin"],
    "hi": ["नेहा चौहान", "अमित नेगी"], "it": ["Graziella Furlan", "Michela Ruggeri"],
    "ja": ["山口 美咲", "石井 翔"], "ko": ["윤서영", "장민호"], "pt": ["Filipa Gouveia", "Tiago Cordeiro"],
    "ru": ["Ксения Белова", "Евгения Лаптева"], "sw": ["Zuhura Bakari", "Juma Mfaume"],
    "th": ["อรุณี ทองดี", "สมศักดิ์ จันทร์เพ็ญ"], "tr": ["Derya Kılınç", "Oğuz Şahin"],
    "ur": ["صائمہ بٹ", "کاشف علی"], "zh": ["陈晓燕", "赵磊"],
    "jmk": ["Ingrid Mattsson", "Olle Backlund"], "scy": ["Elsa Mårtensson", "Nils Åkesson"],
    "hji": ["浅沼 はる", "菊池 大地"], "cri": ["Lurdes Ceita", "Edmilson Bragança"],
    "hac": ["ئاواز ئەحمەد", "کاروان مەحموود"], "qxq": ["شهلا دره‌شوری", "بهمن فارسیمدان"],
    "de-berlin": ["Jacqueline Pawlak", "Ronny Schmidtke"], "ja-kansai": ["吉田 彩", "森本 拓也"],
    "tr-karadeniz": ["Nazmiye Topaloğlu", "Cemal Kuruoğlu"], "hi-bambaiya": ["राहुल जाधव", "इरफ़ान अंसारी"],
}
GIVEN = {
    "Cathal Ó Maolmhuaidh": "Cathal", "Róisín Ní Chonaill": "Róisín", "Colm Ó Searcaigh": "Colm",
    "Siobhán Ní Laoire": "Siobhán", "Tan Hui Min": "Hui Min", "Per-Erik Jonsson": "Per-Erik",
    "Yaw Boateng-Asare": "Yaw", "Maria da Graça Neto": "Maria da Graça",
}
PROVIDERS = ["wrenmail", "dunnockpost", "siskinnet", "linnetbox", "chiffmail", "stonechatpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usaz": ("-0700", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "br": ("-0300", None, ""),
    "ci": ("+0000", None, ""), "st": ("+0000", None, ""), "ng": ("+0100", None, ""), "ao": ("+0100", None, ""),
    "cd": ("+0100", None, ""), "td": ("+0100", None, ""), "za": ("+0200", None, ""), "sau": ("+0300", None, ""),
    "iq": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usaz", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind63-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, has the group come to a view yet? I still owe you those tide tables and can bring them round.\nAll best, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}




# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Hello {n},\n\nRequisition {ref} ({role}) has been closed without an external appointment. {x} The hiring group therefore will not be taking any outside candidate forward, including you.\n\nMany thanks for the effort your application took.\n\n{co} Talent Acquisition", ("Hopwood Trampolines", "Glissade Snowshoes"), ("hopwoodtramp", "glissadeshoe"), frm="{co} Careers <careers@{dom}>", role=("Spring Fitting Operative", "Strap Assembler"), tz=("uk", "cap"), x=("Mat stitching has been folded into the evening shift's existing duties.", "Strap work is staying with the frame bench we already have."))
mr("gh", "About your {role} application at {co}", "Hi {n},\n\nI'm writing with news you may not want. Late yesterday we made an offer for the {role} post, and it was accepted by someone who has {x}. That closes the search.\n\nYour answers were thoughtful, and we noticed.\n\n{sig}\nPeople Team, {co}", ("Platen & Typebar", "Stylus & Tonearm Co."), ("platentypebar", "stylustonearm"), role=("Overhauler (typewriters)", "Overhauler (gramophones)"), tz=("ie", "au"), x=("spent eleven years re-timing escapements", "rebuilt soundboxes and speed regulators for nine winters"))
mr("lv", "{co}: {role}", "Hey {n},\n\nThanks a ton for raising your hand for {role}. We compared notes as a team and landed on a person whose past work matches the way our {x} actually runs week to week.\n\nRooting for you,\n{sig}\n{co}", ("Selector Row", "Deckline Skate Co"), ("selectorrow", "deckline"), role=("Bench Tech (jukeboxes)", "Press Hand (skateboards)"), tz=("usp", "nz"), x=("mechanism room", "ply pressing bay"))
mr("sr", "{co} – status of application {ref}", "<html><body><p>Dear {n},</p><p>Your application has reached a final state.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>{x}</td></tr></table><p>{co} Recruitment</p></body></html>", ("Onewheel Supply Co", "Perambulator Works Ltd"), ("onewheelsupply", "perambulatorworks"), frm="{co} <no-reply@{dom}>", role=("Wheelbuilder (unicycles)", "Hood Cutter (prams)"), tz=("uk", "za"), x=("Post awarded to another applicant; record archived", "Appointment confirmed for another person"))
mr("ic", "Application {ref}: {role}", "{n},\n\nThis message reflects the current disposition of your application at {co}.\n\nRequisition: {role}\nDisposition: Not Selected – {x}\n\nNo reply is needed.\n{co} Recruiting Operations", ("Tarang Strings Pvt Ltd", "Mridang & Daff House"), ("tarangstrings", "mridangdaff"), frm="{co} Recruiting <icims@{dom}>", role=("Tumba Fitter (sitars)", "Head Lacer (tablas)"), tz=("in", "sg"), x=("Rotating Sunday Cover Not Confirmed", "Trade Test Result Not Supplied"))
mr("tl", "Change to the {role} requisition", "Dear {n},\n\nThe {role} requisition you applied to at {co} has moved to a new state.\n\nRequisition status: {x}\n\nApplications to it are closed, and none of them will be looked at again.\n\nRegards,\n{co} Hiring Administration", ("Brollyhaus", "Tabard Supply Co"), ("brollyhaus", "tabardsupply"), frm="{co} <hiring@{dom}>", role=("Frame Rebuilder (brollies)", "Tabard Cutting Drafter"), tz=("uk", "use"), x=("Cancelled – the mending counter moved under the retail team", "Withdrawn – budget frozen until next April"))
mr("wk", "{co} | {role}", "Hi {n},\n\n{x} people applied for {role}. A shortlist was drawn up last week without your name, and your application finishes at that point.\n\nThanks for thinking of us.\n\n{sig} for {co}", ("Throwline Mugs", "Terrytowel Mill"), ("throwlinemugs", "terrytowelmill"), role=("Lug Former", "Frame Minder"), tz=("uk", "cae"), x=("One hundred and forty-one", "Eighty-eight"))
mr("bh", "Your application – {role}", "Hello {n},\n\nA quick personal note from {co}. The {role} hours have gone to {x}, who asked to move over before we had booked any interviews. We are closing the opening as a result.\n\nThank you for your interest,\n{sig}", ("Drumhead Stoneware", "Stovetop Coffee Fixers"), ("drumheadstoneware", "stovetopfixers"), role=("Wedging Bench Helper", "Parts Bench Helper"), tz=("au", "ie"), x=("Petra from our packing table", "Jonah from the front counter"))
mr("tt", "{co}: result of your application", "Good day {n},\n\nYour letter for {role} was read by all the team. At the end we choose {x} for the post, because she know already how the atelier work. We wish you a good continuation.\n\n{sig}\n{co}", ("Pagne Couture Yamoussoukro", "Kitenge Totes Luanda"), ("pagnecouture", "kitengetotes"), role=("Cutting Assistant", "Edger (totes)"), tz=("ci", "ao"), x=("a young lady of our quarter", "the niece of our accountant"))
mr("ps", "{co} – {role}", "Hello {n},\n\nThank you to apply for {role}. Our team have select another person for this post, one who have more years in {x}. We keep good memory of your letter.\n\nCordially,\n{sig}\n{co}", ("Malebo Cordwork", "Ndjamena Maroquinerie"), ("malebocordwork", "ndjamenamaroq"), role=("Cord Twister", "Maroquinerie Stamper"), tz=("cd", "td"), x=("dyeing cord with bark and leaf colours", "tooling dromedary pelts"))
mr("pp", "{role} at {co}: scores", "Dear {n},\n\nApplications for {role} were marked against the advertised criteria. Your mark: {x}. Interview threshold: {y}. Your application therefore ends here.\n\nRegards,\n{sig}\n{co}", ("Tauhou Waka Gear", "Sledgeway Sleds"), ("tauhouwaka", "sledgeway"), role=("Edger (waka gear)", "Rail Fitter"), tz=("nz", "cac"), x=("21 of 45", "17 of 40"), y=("29", "26"))
mr("jz", "{co} bookings – {role}", "Hi {n},\n\nThanks for pitching for the {role} dates. Every one of this season's {x} bookings has now been taken by clients who asked for particular performers by name, which leaves none for you this year.\n\nCheers,\n{sig}\n{co}", ("Whistlestop Entertainers", "Hornpipe Hire"), ("whistlestopents", "hornpipehire"), role=("Baton Twirler", "Ceili Dance Leader"), tz=("usc", "ie"), x=("village fair", "wedding"))
mr("as", "{co} – your {role} application", "Hi {n}!\n\nWarm thanks for your time in our process. After the final panel, our team has decide to push forward with a different candidate for {role}. Hope we cross paths in future.\n\nBest,\n{sig}\n{co}", ("Bahay Kubo Handicrafts", "Kamcheng House"), ("bahaykubocrafts", "kamchenghouse"), role=("Buntal Lead", "Kamcheng Painter"), tz=("ph", "sg"))
mr("sm-uk", "The counter job", "Hello {n},\n\nCheers for popping in Tuesday. My sister's lad has finished his exams and wants the hours behind the fryer, so the job's gone to him.\n\nTake care,\n{sig}\n{co}", "Hake & Haddock Fry", "hakehaddockfry", tz="uk")
mr("sm-ie", "The Saturday job", "Hi {n},\n\nThanks for dropping in the CV. My cousin's young one is back from college till September, so the Saturdays are going to her.\n\nMind yourself,\n{sig}\n{co}", "Tobin's Nuts & Bolts", "tobinsbolts", tz="ie")
mr("sm-us", "Re: Help wanted sign", "Hi {n},\n\nThank you for stopping by about the sign. My wife's brother's kid is back from the service and he'll be running the lures counter for us.\n\nBest,\n{sig}\n{co}", "Lakeshore Lures & Minnows", "lakeshoretackle", tz="usc")
mr("sm-ca", "The fry truck job", "Hi {n},\n\nThanks so much for asking after the truck job. My nephew ran the deep fryer with me all last summer and he's doing it again this year.\n\nTake care,\n{sig}\n{co}", "Curds & Gravy Truck", "curdsgravytruck", tz="cae")
mr("sm-au", "Night register shifts", "G'day {n},\n\nThanks for coming past the servo. Our longest-serving casual wants the night register shifts, so they're going to her.\n\nCheers,\n{sig}\n{co}", "Bullockbrook Servo", "bullockbrookservo", tz="au")
mr("sm-nz", "Shop job", "Kia ora {n},\n\nCheers for coming into the shop. My niece has come home from uni, so she's on the till and pies till March.\n\nNgā mihi,\n{sig}\n{co}", "Otautau Shopette", "otautaushopette", tz="nz")
mr("sm-za", "The till post", "Hi {n},\n\nThanks for stopping at the shop last week. My wife's cousin from Clanwilliam arrived last week and she is now at the till.\n\nRegards,\n{sig}\n{co}", "Biedouw Road Trading Store", "biedouwroad", tz="za")
mr("sm-in", "Counter helper post", "Dear {n},\n\nThank you for visiting our store. Our old munim's grandson has joined the counter from this Monday, so the helper seat is now occupied.\n\nRegards,\n{sig}\n{co}", "Bhadrachalam Rice & Dal Stores", "bhadrachalamgp", tz="in")
mr("sm-ng", "About the kitchen work", "Dear {n},\n\nWe thank you for coming around. Madam's younger sister just finished her youth service and she has taken the kitchen work at the buka.\n\nGod bless,\n{sig}\n{co}", "Lokoja Amala Spot", "lokojaamala", tz="ng")
mr("sm-ke", "The stall job", "Hi {n},\n\nAsante for coming through. The chairman's nephew has started at the mtumba stall this week, so that position has its person now.\n\n{sig}\n{co}", "Gikomba Mtumba Vendors", "gikombatraders", tz="ke")
mr("sm-ph", "Helper sa store", "Hi {n}!\n\nThank you for passing by the store. The owner's godchild from the province arrived last Sunday and she is now our helper po.\n\nGod bless,\n{sig}\n{co}", "Aling Nena Lutong Bahay", "alingnenalutong", tz="ph")
mr("sm-sg", "The stall helper job", "Hi {n},\n\nThanks for coming to the coffee stall. Uncle's grandson on school holiday will do the drinks, so got enough people liao.\n\nThanks ah,\n{sig}\n{co}", "Ah Seng Sugarcane Stall", "ahsengsugarcane", tz="sg")
mr("sm-ci", "The maquis post", "Hello {n},\n\nThank you for passing at the maquis. My husband's cousin arrive from Bouaké and he take the grill place from this week.\n\nCordially,\n{sig}\n{co}", "Maquis Chez Tantie", "cheztantie", tz="ci")
mr("sm-ao", "The shop assistant place", "Hello {n},\n\nWe thank you for visit the cantina. My mother's godson came from Lubango and he have now the assistant place.\n\nWith regards,\n{sig}\n{co}", "Cantina Boa Esperança", "boaesperanca", tz="ao")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-morris", "RE: [EXT] Re: {role}", "Hi {n},\n\nGlad you came to the practice night. At Tuesday's meeting the side agreed that Rowan Kettleby becomes our {role} from May Day.\n\nDo come and watch us at a summer stand anyway.\n{sig}\n{co}\n\n{OUT}", ("Thistledown Morris", "Threepenny Morris Side"), ("thistledownmorris", "threepennymorris"), role=("Squire", "Bagman"), tz=("uk", "uk"))
mr("th-dragon", "Re: [EXT] Re: {role}", "Hi {n},\n\nReally appreciated you giving up your evening for the talk at the boatshed. We've asked Priya Ramlal to take on {role}, and on Friday she accepted.\n\nAll the best,\n{sig}\n{co}\n\n{GM}", ("Riverbend Dragonboat Club", "Harbourside Paddlers Dragonboat"), ("riverbenddragonboat", "harbourdragonboat"), role=("Pace Captain", "Steersperson Coordinator"), tz=("cae", "au"))
mr("th-jugger", "RE: [EXT] RE: {role}", "Hello {n},\n\nThanks for Sunday's interview and for staying to help put the pompfen away. The board has handed the {role} post to Milo Dreyer, who starts with the spring tournament.\n\nWarm regards,\n{sig}\n{co}\n\n{ORIG}", ("Northfield Jugger Club", "Mosgiel Jugger Collective"), ("northfieldjugger", "mosgieljugger"), role=("Training Lead", "Kit Officer"), tz=("uk", "nz"))
mr("th-kubb", "Re: [EXT] RE: {role}", "Hi {n},\n\nThanks again for meeting us on the green. The committee has named Solveig Aarnes as {role}, starting at the next league night.\n\nCheers,\n{sig}\n{co}\n\n{RULE}", ("Menomonie Kubb League", "Chippewa Kubb Club"), ("menomoniekubb", "chippewakubb"), role=("League Secretary", "Equipment Steward"), tz=("usc", "cac"))
mr("th-wallball", "RE: [EXT] Re: {role}", "Hey {n},\n\nGood to talk the other week, and the drills you showed us were a hit. We've gone with Declan Furey for {role}; he's taking the first session on the fourteenth.\n\nTalk soon,\n{sig}\n{co}\n\n{OUT}", ("Ballyhaunis Wallball", "Kilmallock Wallball Club"), ("ballyhauniswallball", "kilmallockwallball"), role=("Youth Coach", "Club Secretary"), tz=("ie", "ie"))
mr("th-footgolf", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for spending Saturday morning with us on the course. Our pick for {role} is Tayla Brennan, who has already started marking out the new holes.\n\nBest wishes,\n{sig}\n{co}\n\n{GM}", ("Wattle Flat Footgolf", "Kanab Footgolf Club"), ("wattleflatfootgolf", "kanabfootgolf"), role=("Course Captain", "Events Organiser"), tz=("au", "usm"))
mr("th-crokinole", "RE: [EXT] RE: {role}", "Hi {n},\n\nThanks for sitting with the three of us after the Thursday games. Hendrik Vos is our new {role} and takes over the board bookings this week.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Moosomin Crokinole Club", "Tavistock Flickers"), ("moosomincrokinole", "tavistockflickers"), role=("Tournament Director", "Club Treasurer"), tz=("cask", "cae"))
mr("th-bossaball", "Re: [EXT] RE: {role}", "Hi {n},\n\nGreat meeting you by the inflatable court. The committee has chosen Imani Otieno as {role} for the coming year.\n\nStay in touch,\n{sig}\n{co}\n\n{RULE}", ("Bossaball Amanzimtoti", "Kilifi Bossaball Crew"), ("bossaballtoti", "kilifibossaball"), role=("Head Referee", "Membership Secretary"), tz=("za", "ke"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n—\nBrollies from £19 and free re-canopying for a year: ask in store.\nThe Dampish Digest lands every other Thursday.\nWant first sight of new jobs? Turn on Vacancy Nudges in your account.\nCVs are deleted eleven months after a job closes.\nAddressed to one named reader; anyone else holding it should bin it unread."
FOOT_US = "\n\n—\nText PINNYWORK to 48211 for shift openings near you.\nWe welcome applicants of every race, religion, age, disability and background.\nPick which of your details we store via Account > Data Settings.\nThis inbox isn't read, so replies go nowhere."
FOOT_AU = "\n\n—\nTowels from $12, beach bundles from $49.\nThe Dry Off: our fortnightly jobs and offers letter.\nPrivacy questions go to privacy@{dom}.\nThis message is for the addressee only."
FOOT_ZA = "\n\n—\nBuy two mugs, get a third free this month.\nSMS MUGJOBS to 31877 for new positions.\nPersonal information processed per POPIA (ZA) and NDPA (NG).\nCONFIDENTIAL – for the eyes of its addressee alone."
mr("ft-brolly", "Your application to {co}", "Dear {n},\n\nYou applied to work as {role} in our {x} shop. Someone else has been chosen, and we've shut the file on your application.\n\nKind regards,\nThe {co} Recruitment Team" + FOOT_UK, ("Dripstone Brollies", "Dripstone Brollies Ireland"), ("dripstoneuk", "dripstoneie"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Repair Counter Assistant"), tz=("uk", "ie"), x=("Llandovery", "Binghamstown"))
mr("ft-apron", "{co}: {role} application", "Hi {n},\n\nYou applied for the {role} opening at our {x} store. After review, we're not advancing your application.\n\n{co} Talent Team" + FOOT_US, ("Pinnyworks", "Pinnyworks Canada"), ("pinnyworks", "pinnyworksca"), frm="{co} Careers <noreply@{dom}>", role=("Stock Associate", "Motif Press Associate"), tz=("usm", "cat"), x=("Kanab", "Lewisporte Road"))
mr("ft-towel", "Update from {co}", "Hi {n},\n\nYou applied for {role} at {x}. We've decided against it this round and the application is now closed.\n\nTeam {co}" + FOOT_AU, ("Terrycloth Co", "Terrycloth Co NZ"), ("terryclothau", "terryclothnz"), frm="{co} Recruitment <careers@{dom}>", role=("Casual Retail Assistant", "Visual Merchandiser"), tz=("au", "nz"), x=("our Bombala Street store", "our Otautau store"))
mr("ft-mug", "{co} – {role}", "Dear {n},\n\nYour application for {role} at {x} has been considered. Regrettably, another applicant has been appointed to that vacancy.\n\nYours sincerely,\n{co} Human Resources" + FOOT_ZA, ("Mugshot Kitchenalia", "Mugshot Kitchenalia Nigeria"), ("mugshotza", "mugshotng"), frm="{co} HR <hr@{dom}>", role=("Store Supervisor", "Cashier"), tz=("za", "ng"), x=("Clanwilliam Mall", "Lokoja Shoprite Plaza"))

# ---- 9 hedged refusals
mr("hd-apnoea", "{role} – {co}", "Dear {n},\n\nThanks for your visit to the team. A number of applicants had run {x} independently for longer, and the service has opted to go that way this time.\n\nBest wishes,\n{sig}\n{co}", ("Eastgate Apnoea Service", "Lakeview CPAP Clinic"), ("eastgateapnoea", "lakeviewcpap"), role=("Apnoea Physiologist", "CPAP Nurse"), tz=("uk", "cap"), x=("home apnoea studies", "CPAP mask-fitting clinics"))
mr("hd-lact", "Your interview with {co}", "Hi {n},\n\nThursday's meeting was a pleasure. A few of the consultants we saw had done more {x}, which is where the practice wants to grow next.\n\nWarmly,\n{sig}\n{co}", ("Milkwood Lactation Practice", "First Feeds Lactation"), ("milkwoodlactation", "firstfeeds"), role=("Lactation Consultant",), tz=("au", "ie"), x=("tongue-tie feeding follow-ups", "home visits for twins"))
mr("hd-migraine", "{co} – {role}", "Dear {n},\n\nThanks for giving us your panel day. Other candidates brought somewhat deeper experience in {x}, and we have decided to lean that way.\n\nKind regards,\n{sig}\n{co}", ("Northgate Migraine Clinic", "Northern Migraine Service"), ("northgatemigraine", "northernmigraine"), role=("Migraine Nurse Specialist",), tz=("uk", "use"), x=("nerve-block lists", "botulinum injection clinics"))
mr("hd-tinnitus", "Following your interview", "Hi {n},\n\nThanks for coming in. One of the other audiologists we met has spent more years running {x}, which suits our present caseload a little better.\n\nBest regards,\n{sig}\n{co}", ("Hushtime Tinnitus Centre", "Stillwater Tinnitus Rooms"), ("hushtimetinnitus", "stillwatertinnitus"), role=("Tinnitus Therapist",), tz=("nz", "za"), x=("sound-therapy groups", "retraining programmes for night-shift workers"))
mr("hd-gout", "{co}: rheumatology nurse post", "Dear {n},\n\nThank you for the interview. Applicants who had led more nurse-run {x} clinics suited the direction of the clinic a little better.\n\nRegards,\n{sig}\n{co}", "Raffles Gout Clinic", "rafflesgout", tz="sg", x="urate titration")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-tort", "Re: {role} – after our call", "Hi {n},\n\nTa for Monday's call. The client rang today: {x} is getting the {role} job. Not the answer either of us wanted.\n\nThat said, I've also got a {y}, and from our chat it sounds right up your street. Ten minutes tomorrow?\n\n{sig}\n{co}", ("Ashlar Food Recruitment", "Ironstone Manufacturing Search"), ("ashlarfood", "ironstonesearch"), role=("Production Manager", "Plant Manager"), tz=("uk", "usc"), x=("their night-shift lead", "a manager poached from a rival bakery"), y=("laverbread plant near Llandovery that needs a shift manager", "tamales plant outside Kanab that wants an operations head"))
mr("rc-kim", "Following up – {role}", "Hi {n},\n\nQuick update as promised. The {role} seat went to {x}, so that door's shut.\n\nFresh brief on my desk though: a {y}. Keen for me to pop your name in?\n\nCheers,\n{sig}\n{co}", ("Gumleaf Talent", "Nor'wester Recruitment"), ("gumleaftalent", "norwesterrec"), role=("Site Manager", "Factory Manager"), tz=("au", "nz"), x=("the quality lead, promoted from within", "the client's continuous-improvement lead"), y=("pikelet plant near Bombala needing a production lead", "blini line near Otautau needing a shift manager"))
mr("rc-muesli", "{role} – client update", "Dear {n},\n\nThank you for the call on Wednesday. The client's choice for {role} is {x}.\n\nAt the same time, a {y} has just come to us, and with your packing background I think you are a strong fit. Shall I forward the brief?\n\nRegards,\n{sig}\n{co}", ("Kiharu Industrial Recruiters", "Sahel Staffing Partners"), ("kiharuindustrial", "sahelstaffing"), role=("Operations Manager", "Maintenance Manager"), tz=("ke", "ng"), x=("an internal candidate from their Butere site", "a candidate who already knows the line"), y=("maize-flour plant in Njoro hunting for a quality supervisor", "garri-processing factory in Lokoja short of a line supervisor"))
mr("rc-gel", "After our chat – {role}", "Hi {n},\n\nGood chatting last week. For {role} the hiring manager went with whoever ran their pilot line, who has said yes.\n\nSeparately, I'm recruiting a Production Supervisor for a tempura-mix maker near Kleinmond. Shall I tell you more?\n\n{sig}\n{co}", "Fynbos Recruitment", "fynbosrec", role="Shift Manager", tz="za")

# ---- 8 public-sector notices
mr("ps-inelig", "Notice regarding your application: {role}", "Dear {n},\n\nThe {role} application you sent was set beside the must-have list printed in the posting. You did not provide evidence of {x}, which the posting required. Your application is therefore rated ineligible and will not proceed.\n\nHuman Resources\n{co}", ("Kane County Road Department", "Town of Lewisporte"), ("kanecountyroads", "townoflewisporte"), frm="{co} HR <hr@{dom}>", role=("Equipment Operator II", "Water Plant Operator"), tz=("usm", "cat"), x=("a Class B commercial driver's licence", "a Level I water treatment certificate"))
mr("ps-ref", "Referral results – {role}", "Dear {n},\n\nThe {x} top eligible scorers for {role} now go to the hiring manager. Your score sits under that group, and your name stays with us.\n\nRecruitment Unit\n{co}", ("City of Kanab", "Rural Municipality of Moosomin"), ("cityofkanab", "rmmoosomin"), frm="{co} Recruitment <recruit@{dom}>", role=("Parks Maintenance Worker", "Administrative Clerk"), tz=("usm", "cask"), x=("seven", "four"))
mr("ps-cancel", "{role} – vacancy cancelled", "Dear {n},\n\nAfter {x}, the Council has withdrawn the {role} vacancy. Nobody will be appointed, so your application ends here as well.\n\nPeople and Culture\n{co}", ("Snowy Monaro Regional Council", "Southland District Council"), ("snowymonaro", "southlanddc"), frm="{co} <careers@{dom}>", role=("Library Assistant", "Building Consent Officer"), tz=("au", "nz"), x=("a fresh look at branch opening hours", "a shake-up of the consents team"))
mr("ps-cutoff", "Result of written test – {role}", "Dear {n},\n\nThe cut-off mark for the {role} written test has been fixed at {x}. You secured {y}. That ends your candidature ahead of the interviews.\n\nSecretary\n{co}", ("Bhadrachalam Municipal Recruitment Committee", "Kwara State Local Government Service Commission"), ("bhadrachalammrc", "kwaralgsc"), frm="{co} <secretary@{dom}>", role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ng"), x=("58 out of 100", "46 out of 80"), y=("49", "39"))

# ---- 6 bare ATS status updates
mr("st-cdx", "Application status changed", "Hi {n},\n\nSomething moved on your application.\n\nRole: {role}\nEmployer: {co}\nStatus: No longer in consideration\n\nCandidex", ("Rattlebox Playthings", "Dory & Scull Hire"), ("rattleboxtoys", "doryscull"), frm="Candidex <status@candidex.example>", role=("Plaything Packer", "Rental Desk Assistant"), tz=("uk", "use"))
mr("st-tab", "{co}: your application", "<html><body><p>Hi {n},</p><table><tr><td>Applied</td><td>✓</td></tr><tr><td>Review</td><td>Not moving forward</td></tr></table><p>{co} · {role}</p></body></html>", ("Griddleford Kitchens", "Pinecone Candles"), ("griddlefordkitchens", "pineconecandles"), frm="{co} <jobs@{dom}>", role=("Line Cook", "Taper Dipper"), tz=("au", "cae"))
mr("st-pip", "Pipelino update", "Hello {n},\n\n{role} · {co}\nSubmitted ✓\nScreened ✓\nOutcome: Closed to you\n\nPipelino", ("Dough & Crumb", "Quillpoint Stationers"), ("doughcrumb", "quillpointstationers"), frm="Pipelino <updates@pipelino.example>", role=("Dough Assistant", "Shop Floor Assistant"), tz=("ie", "za"))

# ---- 6 internship / graduate decisions
mr("in-glow", "{co} summer studentship – decision", "Dear {n},\n\nYour form for the {role} met a crowded field ({x} of them, chasing just three spots). Those three spots now belong to other students.\n\nGood luck with the degree,\n{sig}\n{co}", ("Glow-worm Survey Project", "Dormouse Box-Check Project"), ("glowwormsurvey", "dormouseboxcheck"), role=("glow-worm count studentship", "dormouse box-check studentship"), tz=("uk", "uk"), x=("127", "93"))
mr("in-eel", "Co-op term placement – {co}", "Hi {n},\n\nYou asked about a co-op term with {co}. Each placement this term is now filled by other students.\n\nAll the best,\n{sig}\n{co}", ("Eelgrass Replanting Lab", "Saltings Field Group"), ("eelgrasslab", "saltingsfield"), role=("Co-op Student",), tz=("cat", "cap"))
mr("in-grad", "{co} Graduate Programme – outcome", "Dear {n},\n\nYou applied to the {co} Graduate Programme this cycle. Every one of its {x} places now has another graduate in it, which closes your application.\n\nGraduate Recruitment\n{co}", ("Vhembe Power Distributor", "Kenya Rural Roads Agency"), ("vhembepower", "kenyaruralroads"), frm="{co} Graduates <graduates@{dom}>", role=("Graduate Trainee",), tz=("za", "ke"), x=("ten", "six"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ac-wd", "Requisition {ref} – we have your application", "Hello {n},\n\nYour application for {role} (requisition {ref}) is with us. If current staff end up absorbing the work, we close the requisition unfilled and tell every applicant.\n\n{co} Talent Acquisition", ("Hopwood Trampolines", "Glissade Snowshoes"), ("hopwoodtramp", "glissadeshoe"), frm="{co} Careers <careers@{dom}>", role=("Frame Welder", "Strap Cutter"), tz=("uk", "cap"))
mo("application_received", "ac-gh", "{co} got your application", "Hi {n},\n\nYour {role} application reached us safely. Should the role end up with another candidate, one of us will tell you personally; no ghosting.\n\n{sig}\nPeople Team, {co}", ("Platen & Typebar", "Stylus & Tonearm Co."), ("platentypebar", "stylustonearm"), role=("Platen Recoverer", "Tonearm Rebuilder"), tz=("ie", "au"))
mo("application_received", "ac-ic", "Application {ref} received", "{n},\n\nApplication {ref} for {role} at {co} is logged. Please upload your trade test certificate before {dl}; profiles without it by then are switched to Not Selected without anyone reviewing them.\n\n{co} Recruiting Operations", ("Tarang Strings Pvt Ltd", "Mridang & Daff House"), ("tarangstrings", "mridangdaff"), frm="{co} Recruiting <icims@{dom}>", role=("Fret Setter", "Shell Hollower"), tz=("in", "sg"))
mo("application_received", "ac-tl", "{co} – application logged", "Dear {n},\n\nWe have logged your application to the {role} requisition. If the requisition is frozen or cancelled later on, all candidates on it get a status email.\n\nRegards,\n{co} Hiring Administration", ("Brollyhaus", "Tabard Supply Co"), ("brollyhaus", "tabardsupply"), frm="{co} <hiring@{dom}>", role=("Handle Fitter", "Hem Seamer"), tz=("uk", "use"))
mo("application_received", "ac-tt", "{co}: we receive your application", "Good day {n},\n\nYour application for {role} arrive well to us. It is possible we give the post to one person who help us already in the atelier; in this case we write you also. In the other case we call you for meeting.\n\n{sig}\n{co}", ("Pagne Couture Yamoussoukro", "Kitenge Totes Luanda"), ("pagnecouture", "kitengetotes"), role=("Ironing Assistant", "Clasp Fitter"), tz=("ci", "ao"))
mo("application_received", "ac-pp", "{co}: application in", "Dear {n},\n\nYour {role} application is in. Scores are given against the advertised criteria; you'll be sent yours together with the interview cut-off, whatever it is.\n\n{sig}\n{co}", ("Tauhou Waka Gear", "Sledgeway Sleds"), ("tauhouwaka", "sledgeway"), role=("Sanding Hand", "Steel Bender"), tz=("nz", "cac"))
mo("application_received", "ac-th", "Re: [EXT] {role}", "Hi {n},\n\nThanks for your note, and yes, it came through fine. To be straight with you: a long-time member is also thinking about {role}, and when that happens the group usually backs them. Either outcome, the phone call comes from me.\n\n{sig}\n{co}", ("Thistledown Morris", "Riverbend Dragonboat Club"), ("thistledownmorris", "riverbenddragonboat"), role=("Ragman", "Race Steward"), tz=("uk", "cae"))
mo("application_received", "ac-ftuk", "{co}: application received", "Dear {n},\n\nThanks for applying to {co}. Our shop managers ring only those they want to interview.\n\nKind regards,\nThe {co} Recruitment Team" + FOOT_UK, ("Dripstone Brollies", "Dripstone Brollies Ireland"), ("dripstoneuk", "dripstoneie"), frm="{co} Careers <jobs@{dom}>", tz=("uk", "ie"))
mo("application_received", "ac-ftus", "{co}: thanks for applying", "Hi {n},\n\nYour application is in. The store lead will contact you if your background fits; applicants who aren't chosen won't receive further messages.\n\n{co} Talent Team" + FOOT_US, ("Pinnyworks", "Pinnyworks Canada"), ("pinnyworks", "pinnyworksca"), frm="{co} Careers <noreply@{dom}>", tz=("usm", "cat"))
mo("application_received", "ac-ps", "{role} – application acknowledgement", "Dear {n},\n\nYour application for {role} is on file. Once scoring ends, a results notice goes by mail to each applicant, referred or not.\n\nRecruitment Unit\n{co}", ("City of Kanab", "Rural Municipality of Moosomin"), ("cityofkanab", "rmmoosomin"), frm="{co} Recruitment <recruit@{dom}>", role=("Seasonal Verge Worker", "Reception Clerk"), tz=("usm", "cask"))
mo("application_received", "ac-cut", "Application received – {role}", "Dear {n},\n\nYour application for {role} is received. Only candidates above the written test cut-off will be sent a call letter for interview.\n\nSecretary\n{co}", ("Bhadrachalam Municipal Recruitment Committee", "Kwara State Local Government Service Commission"), ("bhadrachalammrc", "kwaralgsc"), frm="{co} <secretary@{dom}>", role=("Record Assistant", "Market Rates Clerk"), tz=("in", "ng"))
mo("application_received", "ac-stud", "{co} – studentship application", "Hello {n},\n\nYour form for the {role} has arrived. Applicants who miss out will be told by email before the end of March; shortlisted ones will be called.\n\n{sig}\n{co}", ("Glow-worm Survey Project", "Dormouse Box-Check Project"), ("glowwormsurvey", "dormouseboxcheck"), role=("glow-worm count studentship", "dormouse box-check studentship"), tz=("uk", "uk"))
mo("application_received", "ac-lact", "Thanks for applying – {co}", "Hi {n},\n\nYour application arrived. Interviews are next week, and by {dl} I'll let you know, yes or no.\n\nWarmly,\n{sig}\n{co}", ("Milkwood Lactation Practice", "First Feeds Lactation"), ("milkwoodlactation", "firstfeeds"), tz=("au", "ie"))
mo("application_received", "ac-rec", "Submitted you for {role}", "Hi {n},\n\nDone: your CV went across for {role} this morning. If the client chooses differently, my number will flash up on your screen that same day; no silence.\n\n{sig}\n{co}", ("Ashlar Food Recruitment", "Gumleaf Talent"), ("ashlarfood", "gumleaftalent"), role=("Production Manager", "Site Manager"), tz=("uk", "au"))
mo("application_received", "ac-cdx", "Application status changed", "Hi {n},\n\nSomething moved on your application.\n\nRole: {role}\nEmployer: {co}\nStatus: Received\n\nCandidex", ("Rattlebox Playthings", "Dory & Scull Hire"), ("rattleboxtoys", "doryscull"), frm="Candidex <status@candidex.example>", role=("Warehouse Assistant", "Boat Hire Assistant"), tz=("uk", "use"))
mo("application_received", "ac-inel", "Application received: {role}", "Dear {n},\n\nYour {role} application has arrived. Please note that applications without proof of {x} are rated ineligible; you can still upload it until {dl}.\n\nHuman Resources\n{co}", ("Kane County Road Department", "Town of Lewisporte"), ("kanecountyroads", "townoflewisporte"), frm="{co} HR <hr@{dom}>", role=("Equipment Operator I", "Wastewater Operator"), tz=("usm", "cat"), x=("a commercial driver's licence", "an operator certificate"))
mo("application_received", "ac-canc", "Application received", "Dear {n},\n\nThank you: the {role} application has reached us. Should the Council choose to leave the post unfilled, a letter will tell each applicant.\n\nPeople and Culture\n{co}", ("Snowy Monaro Regional Council", "Southland District Council"), ("snowymonaro", "southlanddc"), frm="{co} <careers@{dom}>", role=("Customer Service Officer", "Roading Inspector"), tz=("au", "nz"))
mo("application_received", "ac-grad", "{co} Graduate Programme – received", "Dear {n},\n\nWe have your graduate programme application. Anyone below the aptitude pass mark goes no further, and in particular not to an assessment day.\n\nGraduate Recruitment\n{co}", ("Vhembe Power Distributor", "Kenya Rural Roads Agency"), ("vhembepower", "kenyaruralroads"), frm="{co} Graduates <graduates@{dom}>", tz=("za", "ke"))
mo("application_received", "ac-bh", "We have your application", "Hello {n},\n\nThanks for applying to {co}. One thing to flag: any current staff member who asks for the {role} hours before interviews are booked gets them first.\n\n{sig}", ("Drumhead Stoneware", "Stovetop Coffee Fixers"), ("drumheadstoneware", "stovetopfixers"), role=("Wedging Helper", "Repair Bench Helper"), tz=("au", "ie"))
mo("application_received", "ac-mig", "Application for {role}", "Dear {n},\n\nYour application is with the panel. If another nurse's background suits the service better, we'll tell you in so many words and won't keep you dangling.\n\n{sig}\n{co}", ("Northgate Migraine Clinic", "Northern Migraine Service"), ("northgatemigraine", "northernmigraine"), role=("Migraine Nurse Specialist",), tz=("uk", "use"))
mo("application_received", "ac-lv", "{co}: application in", "Hey {n},\n\nThanks for applying for {role}. Each one is read by an actual human; an answer, good or bad, follows inside about two weeks.\n\n{sig}\n{co}", "Selector Row", "selectorrow", role="Bench Tech (jukeboxes)", tz="usp")
mo("application_received", "ac-sr", "{co} – application {ref}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>Once a decision is made, Outcome switches to Offered, or to Closed where another person gets the post.</p></body></html>", "Onewheel Supply Co", "onewheelsupply", frm="{co} <no-reply@{dom}>", role="Spoke Lacer", tz="uk")
mo("application_received", "ac-ps2", "{co} – received", "Hello {n},\n\nWe receive your letter for {role}. Also for a no, our email come to you before the month finish.\n\nCordially,\n{sig}\n{co}", "Malebo Cordwork", "malebocordwork", role="Cord Colourer", tz="cd")
mo("application_received", "ac-as", "{co} – application received", "Hi {n}!\n\nWe got your application for {role}. Good news or not, every applicant will receive a reply from our team.\n\nBest,\n{sig}\n{co}", "Bahay Kubo Handicrafts", "bahaykubocrafts", role="Buntal Maker", tz="ph")
mo("application_received", "ac-smuk", "The counter job", "Hello {n},\n\nThanks for the CV. My sister's lad might want the hours once his exams finish, and if he does they're his; if not, I'll phone you Monday week.\n\n{sig}\n{co}", "Hake & Haddock Fry", "hakehaddockfry", tz="uk")
mo("application_received", "ac-smin", "Counter helper post", "Dear {n},\n\nWe have received your application. No phone call within ten days means kindly understand the helper post has gone.\n\n{sig}\n{co}", "Bhadrachalam Rice & Dal Stores", "bhadrachalamgp", tz="in")
mo("application_received", "ac-kubb", "Re: [EXT] {role}", "Hi {n},\n\nYour note came through, thanks. Whoever the committee picks, everybody who put their name forward will get an email from me.\n\n{sig}\n{co}", "Menomonie Kubb League", "menomoniekubb", role="League Secretary", tz="usc")
mo("application_received", "ac-foot", "Re: [EXT] {role}", "Hi {n},\n\nThanks for putting up your hand. Whichever way the vote goes, your name stays on our course-day helpers list.\n\n{sig}\n{co}", "Wattle Flat Footgolf", "wattleflatfootgolf", role="Course Captain", tz="au")
mo("application_received", "ac-towel", "{co}: application received", "Hi {n},\n\nThanks for applying. Yes or no, the store will email you inside three weeks.\n\nTeam {co}" + FOOT_AU, "Terrycloth Co", "terryclothau", frm="{co} Recruitment <careers@{dom}>", tz="au")
mo("application_received", "ac-mug", "{co} – application", "Dear {n},\n\nYour application is in our system. We contact shortlisted candidates only.\n\n{co} Human Resources" + FOOT_ZA, "Mugshot Kitchenalia", "mugshotza", frm="{co} HR <hr@{dom}>", tz="za")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-dragon", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for the chat. Are you free on {dl} at 6:30 to meet the crew at the boatshed? Unfortunately the changing rooms are still being retiled, so come dressed to paddle.\n\n{sig}\n{co}\n\n{GM}", ("Riverbend Dragonboat Club", "Harbourside Paddlers Dragonboat"), ("riverbenddragonboat", "harbourdragonboat"), role=("Pace Captain", "Steersperson Coordinator"), tz=("cae", "au"))
mo("interview", "iv-jugger", "RE: [EXT] RE: {role}", "Hello {n},\n\nWe'd love a second conversation, this time with the whole board. Would {dl} at 7pm work? Unfortunately the hall heating is broken, so bring a jumper.\n\n{sig}\n{co}\n\n{ORIG}", ("Northfield Jugger Club", "Mosgiel Jugger Collective"), ("northfieldjugger", "mosgieljugger"), role=("Training Lead", "Kit Officer"), tz=("uk", "nz"))
mo("interview", "iv-as", "{co}: video interview", "Hi {n}!\n\nCan we see you on a video call about {role}? We've pencilled in {dl}, 9:30 am. Unfortunately our office connection crawls after lunch, hence the morning.\n\nBest,\n{sig}\n{co}", ("Bahay Kubo Handicrafts", "Kamcheng House"), ("bahaykubocrafts", "kamchenghouse"), role=("Buntal Lead", "Kamcheng Painter"), tz=("ph", "sg"))
mo("interview", "iv-apnoea", "Interview – {role}", "Dear {n},\n\nOur panel hopes to meet you about {role} on {dl} at 2pm. Unfortunately the main lift is out for its annual service, so please allow time for the stairs.\n\n{sig}\n{co}", ("Eastgate Apnoea Service", "Lakeview CPAP Clinic"), ("eastgateapnoea", "lakeviewcpap"), role=("Apnoea Physiologist", "CPAP Nurse"), tz=("uk", "cap"))
mo("interview", "iv-wall", "RE: [EXT] Re: {role}", "Hey {n},\n\nThe committee wants a second look. Can you coach a twenty-minute session on {dl}? Unfortunately the wall's floodlights are playing up, so it'll be a 5pm start.\n\n{sig}\n{co}\n\n{OUT}", ("Ballyhaunis Wallball", "Kilmallock Wallball Club"), ("ballyhauniswallball", "kilmallockwallball"), role=("Youth Coach", "Club Secretary"), tz=("ie", "ie"))
mo("interview", "iv-lv", "{co}: let's talk", "Hey {n},\n\nWe'd like a call about {role} on {dl}. Unfortunately the shop landline is dead, so expect a call on your cell.\n\n{sig}\n{co}", "Selector Row", "selectorrow", role="Bench Tech (jukeboxes)", tz="usp")
mo("interview", "iv-croki", "RE: [EXT] RE: {role}", "Hi {n},\n\nGot time for a short chat before games on {dl}? Unfortunately the back room has fresh paint drying, so we'll sit at the bar end.\n\n{sig}\n{co}\n\n{ORIG}", "Tavistock Flickers", "tavistockflickers", role="Club Treasurer", tz="cae")
mo("interview", "iv-council", "Interview invitation – {role}", "Dear {n},\n\nAn interview for {role} has been set for {dl} at 11am. Unfortunately the front doors are shut while the steps are repaired, so come in by the Ormond Street side door.\n\nPeople and Culture\n{co}", "Southland District Council", "southlanddc", frm="{co} <careers@{dom}>", role="Roading Inspector", tz="nz")
mo("next_steps", "ns-inelig", "Documents needed: {role}", "Dear {n},\n\nYou are eligible for {role}. Certified copies of your licence and certificates must reach us by {dl}. Unfortunately we can't accept phone photos.\n\nHuman Resources\n{co}", ("Kane County Road Department", "Town of Lewisporte"), ("kanecountyroads", "townoflewisporte"), frm="{co} HR <hr@{dom}>", role=("Equipment Operator II", "Water Plant Operator"), tz=("usm", "cat"))
mo("next_steps", "ns-rec", "References for {role}", "Hi {n},\n\nGood sign: the client is asking for references ahead of final interviews. The online form needs completing by {dl}. Unfortunately it logs out after fifteen idle minutes, so keep your referees' phone numbers handy.\n\n{sig}\n{co}", ("Ironstone Manufacturing Search", "Nor'wester Recruitment"), ("ironstonesearch", "norwesterrec"), role=("Plant Manager", "Factory Manager"), tz=("usc", "nz"))
mo("next_steps", "ns-pp", "{co}: practical test", "Dear {n},\n\nYou scored above the line for {role}. Please complete the online practical before {dl}. Unfortunately tablets can't run it.\n\n{sig}\n{co}", ("Tauhou Waka Gear", "Sledgeway Sleds"), ("tauhouwaka", "sledgeway"), role=("Edger (waka gear)", "Rail Fitter"), tz=("nz", "cac"))
mo("next_steps", "ns-cut", "Document verification – {role}", "Dear {n},\n\nYour mark is above the cut-off. Bring all original certificates for checking on {dl}, 9 a.m. Unfortunately the gate closes at 11:00 sharp and latecomers are turned away.\n\nSecretary\n{co}", ("Bhadrachalam Municipal Recruitment Committee", "Kwara State Local Government Service Commission"), ("bhadrachalammrc", "kwaralgsc"), frm="{co} <secretary@{dom}>", role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ng"))
mo("next_steps", "ns-grad", "{co} Graduate Programme – medical", "Dear {n},\n\nWell done on the assessment day. Your next step is a pre-engagement medical, to be booked before {dl}. Unfortunately the medical centre sees nobody without a booking.\n\nGraduate Recruitment\n{co}", ("Vhembe Power Distributor", "Kenya Rural Roads Agency"), ("vhembepower", "kenyaruralroads"), frm="{co} Graduates <graduates@{dom}>", tz=("za", "ke"))
mo("next_steps", "ns-pip", "Pipelino: your turn", "<html><body><p>Hello {n},</p><p>{role} · {co}</p><p>Next: skills check, due {dl}</p><p>Pipelino</p></body></html>", "Quillpoint Stationers", "quillpointstationers", frm="Pipelino <updates@pipelino.example>", role="Shop Floor Assistant", tz="za")
mo("next_steps", "ns-lact", "Case study – {co}", "Hi {n},\n\nBefore your panel, please send a short case study by {dl}. Unfortunately our system won't open Pages files, so a PDF is best.\n\n{sig}\n{co}", "First Feeds Lactation", "firstfeeds", tz="ie")
mo("next_steps", "ns-kubb", "Re: [EXT] RE: {role}", "Hi {n},\n\nFancy running the draw on league night, {dl}, as a trial? Unfortunately nobody has fixed the back shed heater, so wrap up.\n\n{sig}\n{co}\n\n{RULE}", "Chippewa Kubb Club", "chippewakubb", role="Equipment Steward", tz="cac")
mo("offer", "of-bh", "The {role} hours are yours", "Hello {n},\n\nSay the word and the {role} hours go to you: twenty a week, starting {dl}. Unfortunately our kettle gave up last week, so a thermos is wise.\n\n{sig}\n{co}", ("Drumhead Stoneware", "Stovetop Coffee Fixers"), ("drumheadstoneware", "stovetopfixers"), role=("Wedging Bench Helper", "Parts Bench Helper"), tz=("au", "ie"))
mo("offer", "of-bossa", "Re: [EXT] RE: {role}", "Hi {n},\n\nThe committee's choice for {role} is you, should you accept. Unfortunately there's no travel budget yet, but we'll cover the court fees.\n\n{sig}\n{co}\n\n{RULE}", ("Bossaball Amanzimtoti", "Kilifi Bossaball Crew"), ("bossaballtoti", "kilifibossaball"), role=("Head Referee", "Membership Secretary"), tz=("za", "ke"))
mo("offer", "of-mug", "{co}: job offer", "Dear {n},\n\nPlease accept our offer of {role}, to begin {dl}. Unfortunately our staff room is shut for a makeover through the month.\n\n{co} Human Resources" + FOOT_ZA, ("Mugshot Kitchenalia", "Mugshot Kitchenalia Nigeria"), ("mugshotza", "mugshotng"), frm="{co} HR <hr@{dom}>", role=("Store Supervisor", "Cashier"), tz=("za", "ng"))
mo("offer", "of-kim", "Offer – {role}", "Hi {n},\n\nThe client wants you for {role}! Start date {dl}. Unfortunately relocation is capped at $4,000.\n\n{sig}\n{co}", "Gumleaf Talent", "gumleaftalent", role="Production Lead", tz="au")
mo("offer", "of-eel", "Co-op placement offer", "Hi {n},\n\nA co-op placement with {co} is yours. Unfortunately the field bunkhouse is booked out, so you'll have to arrange a room yourself.\n\n{sig}\n{co}", "Saltings Field Group", "saltingsfield", tz="cap")
mo("offer", "of-morris", "RE: [EXT] Re: {role}", "Hi {n},\n\nThe side agreed at Tuesday's meeting: we'd like you as {role}. Unfortunately the practice hall has moved to Wednesdays.\n\n{sig}\n{co}\n\n{OUT}", "Threepenny Morris Side", "threepennymorris", role="Bagman", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ot-cdx", "Application status changed", "Hi {n},\n\nSomething moved on your application.\n\nRole: {role}\nEmployer: {co}\nStatus: Under review (undecided)\n\nCandidex", ("Rattlebox Playthings", "Dory & Scull Hire"), ("rattleboxtoys", "doryscull"), frm="Candidex <status@candidex.example>", role=("Plaything Packer", "Rental Desk Assistant"), tz=("uk", "use"))
mo("other_job", "ot-wd", "{co}: application withdrawn", "<html><body><p>Hi {n},</p><table><tr><td>Status</td><td>Withdrawn – at your request</td></tr></table><p>{co} · {role}</p></body></html>", ("Griddleford Kitchens", "Pinecone Candles"), ("griddlefordkitchens", "pineconecandles"), frm="{co} <jobs@{dom}>", role=("Line Cook", "Taper Dipper"), tz=("au", "cae"))
mo("other_job", "ot-delay", "{role} – scoring delayed", "Dear {n},\n\nStaff leave has slowed the scoring for {role}. The hiring manager has received no list so far.\n\nRecruitment Unit\n{co}", "City of Kanab", "cityofkanab", frm="{co} Recruitment <recruit@{dom}>", role="Parks Maintenance Worker", tz="usm")
mo("job_alert", "al-brolly", "New jobs near you", "Hi {n},\n\nThree new openings at {co}: Sales Assistant (Llandovery), Repair Counter Assistant, Weekend Supervisor.\n\n{co} Careers" + FOOT_UK, "Dripstone Brollies", "dripstoneuk", frm="{co} Careers <jobs@{dom}>", tz="uk")
mo("job_alert", "al-apron", "Openings near you", "Hi {n},\n\nNew at {co}: Stock Associate, Motif Press Associate, Key Holder.\n\n{co} Talent Team" + FOOT_US, "Pinnyworks", "pinnyworks", frm="{co} Careers <noreply@{dom}>", tz="usm")
mo("job_alert", "al-towel", "This fortnight's roles", "Hi {n},\n\nFresh roles at {co}: Casual Retail Assistant, Visual Merchandiser, Store Manager.\n\nTeam {co}" + FOOT_AU, "Terrycloth Co NZ", "terryclothnz", frm="{co} Recruitment <careers@{dom}>", tz="nz")
mo("recruiter_outreach", "ro", "{role} – are you open to it?", "Hi {n},\n\nYour name surfaced when I went looking this week. Would a {role} post at {x} interest you at all? Glad to tell you what I know.\n\n{sig}\n{co}", ("Ashlar Food Recruitment", "Kiharu Industrial Recruiters"), ("ashlarfood", "kiharuindustrial"), role=("Shift Manager", "Quality Supervisor"), tz=("uk", "ke"), x=("a laverbread plant near Llandovery", "a maize-flour plant in Njoro"))
mo("non_job_rejection_words", "nj-loan", "Your loan application", "Dear {n},\n\nThe lending committee considered the £6,000 home-improvements loan you asked for and has declined it.\n\n{sig}\n{co}", "Tywi Credit Union", "tywicu", tz="uk")
mo("non_job_rejection_words", "nj-flat", "The flat on Harcourt Lane", "Hi {n},\n\nThanks for your viewing of the one-bed on Harcourt Lane. The landlord has picked a different tenant.\n\n{sig}\n{co}", "Harbourview Tenancies", "harbourviewtenancies", tz="ie")
mo("non_job_rejection_words", "nj-ballot", "Ballot result", "Hi {n},\n\nPlaces in the 21K were drawn last night, and your number wasn't among them.\n\n{sig}\n{co}", "Kanab Red Cliffs Run", "kanabredcliffs", tz="usm")
mo("non_job_rejection_words", "nj-grant", "Community grant outcome", "Dear {n},\n\nYour application for a grant towards the playground shade sail was among those left unfunded this round.\n\n{sig}\n{co}", "Snowy Monaro Community Fund", "snowymonarofund", tz="au")
mo("non_job_rejection_words", "nj-card", "Credit limit request", "Dear {n},\n\nWe cannot increase your card limit at present. Try again in half a year if you wish.\n\n{co}", "Hantam Savings Bank", "hantamsavings", frm="{co} <cards@{dom}>", tz="za")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("diigo", "Diigo annotation reply: copoclephilist's cataloguer", "Hi {n}, replying to your note on my fob-list page. I've taken on a cataloguer for the copoclephilist collection already: a retired draughtsman from the next village who labels in copperplate. Your note was lovely to read.\n{sig}", "Ringfold Fob Archive", "ringfold", frm="{sig} via Diigo <{sl}@{dom}>", tz="uk")
wo("application_received", "diigo", "Diigo annotation reply: cataloguer help", "Hi {n}, replying to your note on my fob-list page. Taken on or not, each person who left a note will get my answer right here under the list by month's end.\n{sig}", "Ringfold Fob Archive", "ringfold", frm="{sig} via Diigo <{sl}@{dom}>", tz="uk")
wr("dribbble", "Comment on your Dribbble shot", "Hey {n}, thanks for the comment about restoring bisque heads. The plangonologist I work for picked another restorer for the spring commission, someone who has rebuilt composition heads since the nineties. Keep posting those shots!\n{sig}", "Bisque Revival Studio", "bisquerevival", frm="{sig} via Dribbble <{sl}@{dom}>", tz="usp")
wo("interview", "dribbble", "Comment on your Dribbble shot", "Hey {n}, loved your restoration shots. The plangonologist I assist would like a video chat on {dl}. Unfortunately the studio's good lamp died, so forgive the gloomy background.\n{sig}", "Bisque Revival Studio", "bisquerevival", frm="{sig} via Dribbble <{sl}@{dom}>", tz="usp")
wr("fark", "Re: your Fark thread reply", "Hi {n}, you answered my post looking for a fusilatelist's helper. I gave the sorting job to a fellow from my club who's been swapping phonecards since 1994. Good luck out there, mate.\n{sig}", "Phonecard Vault", "phonecardvault", frm="{sig} via Fark <{sl}@{dom}>", tz="au")
wo("next_steps", "fark", "Re: your Fark thread reply", "Hi {n}, thanks for answering my post. Before we meet, could you send photos of twenty phonecards you've sorted, by {dl}? Unfortunately my scanner is on the blink, so I can't return originals fast.\n{sig}", "Phonecard Vault", "phonecardvault", frm="{sig} via Fark <{sl}@{dom}>", tz="au")
wr("lobsters", "Reply to your Lobsters comment", "Hello {n}, I read your comment offering to index my lotto-ticket scans. The lotologist project has its tagger now: a student who wrote our tagging script last winter. Thank you for the kind offer.\n{sig}", "Tickethoard Project", "tickethoard", frm="{sig} via Lobsters <{sl}@{dom}>", tz="cae")
wo("application_received", "lobsters", "Reply to your Lobsters comment", "Hello {n}, thank you for your comment offering to index the lotto-ticket scans. Picked or passed over, every volunteer who commented will hear from me in this thread by Friday week.\n{sig}", "Tickethoard Project", "tickethoard", frm="{sig} via Lobsters <{sl}@{dom}>", tz="cae")
wr("chanty", "Chanty: message from {sig}", "{n}, quick one. For the vitolphilist mounting work we've gone with Marek, the guy from the tobacconist's who already knows the band makers. Thanks for jumping in the channel.", "Cigar Band Mounts", "bandmounts", frm="{sig} via Chanty <{sl}@{dom}>", tz="uk")
wo("offer", "chanty", "Chanty: message from {sig}", "{n}, good news: the vitolphilist mounts job is yours, Tuesdays and Thursdays, should you want it. Sadly, though, the back room has no window, so bring a desk lamp.", "Cigar Band Mounts", "bandmounts", frm="{sig} via Chanty <{sl}@{dom}>", tz="uk")
wr("hashnode", "Comment reply on Hashnode", "Hi {n}, thanks for responding to my post about a hagiographer's research assistant. A divinity student from the college has taken that work on, and she's already in the archive most days. All the best.\n{sig}", "Saints' Lives Reading Room", "saintslives", frm="{sig} via Hashnode <{sl}@{dom}>", tz="ie")
wo("interview", "hashnode", "Comment reply on Hashnode", "Hi {n}, thanks for replying to my post about the hagiographer's research assistant. Could we talk in the reading room on {dl} at 3? Unfortunately the heating there is off on weekdays.\n{sig}", "Saints' Lives Reading Room", "saintslives", frm="{sig} via Hashnode <{sl}@{dom}>", tz="ie")
wr("bigo", "Bigo Live chat", "Hey {n}! Saw your message in my live chat about helping with the pogonologist's beard-census survey. My cousin grabbed the spot first lah, so the team is full. Thanks for watching ya!\n{sig}", "Whisker Count SG", "whiskercount", frm="{sig} via Bigo Live <{sl}@{dom}>", tz="sg")
wr("codeberg", "Codeberg issue comment", "Hi {n}, re your comment on issue #{ref}: the oneirologist's sleep-diary coding role has been taken by Felix, who already maintains the import scripts. Thanks so much for offering.\n{sig}", "Dreamlog Study", "dreamlog", frm="{sig} via Codeberg <{sl}@{dom}>", tz="ie")
wo("next_steps", "codeberg", "Codeberg issue comment", "Hi {n}, re issue #{ref}: before we go further, please code the five sample diaries in the repo by {dl}. Unfortunately the test server is down until Monday, so work locally.\n{sig}", "Dreamlog Study", "dreamlog", frm="{sig} via Codeberg <{sl}@{dom}>", tz="ie")
wr("gitea", "Gitea: new comment", "{n}, thanks for the note on the karstologist field-assistant thread. The survey team settled on Anneke, who has mapped dolines with us twice before. Wishing you well with your search.\n{sig}", "Karst Survey Group", "karstsurvey", frm="{sig} via Gitea <{sl}@{dom}>", tz="za")
wr("campfire", "Campfire message", "Hi {n}, following up from the Campfire room. The nivologist's snow-pit assistant place for the winter is filled now: a liftie from the resort said yes yesterday. Thanks for your interest.\n{sig}", "Snowline Jottings", "snowlinejottings", frm="{sig} via Campfire <{sl}@{dom}>", tz="cam")
wo("offer", "campfire", "Campfire message", "Hi {n}, the nivologist's snow-pit assistant place is yours for the winter, if you'd like it. Unfortunately the hut's generator is unreliable, so bring a headtorch.\n{sig}", "Snowline Jottings", "snowlinejottings", frm="{sig} via Campfire <{sl}@{dom}>", tz="cam")
wr("launchpad", "Launchpad answer", "Hi {n}, answering your question on the manorial-roll transcription: our palaeographer has a transcriber already, a PhD student who reads secretary hand well. Thank you for asking.\n{sig}", "Manorial Rolls Project", "manorialrolls", frm="{sig} via Launchpad <{sl}@{dom}>", tz="uk")
wo("application_received", "launchpad", "Launchpad answer", "Hi {n}, answering your question on the manorial-roll transcription: the palaeographer reads every sample herself, and whatever she decides you'll have a reply on this page.\n{sig}", "Manorial Rolls Project", "manorialrolls", frm="{sig} via Launchpad <{sl}@{dom}>", tz="uk")
wr("farcaster", "Farcaster reply", "gm {n}, replying to your cast about the aerobiologist's pollen-trap helper. We signed up a botany grad from the uni last night, so we're sorted. Appreciate you reaching out.\n{sig}", "Pollen Count Aotearoa", "pollencount", frm="{sig} via Farcaster <{sl}@{dom}>", tz="nz")
wr("damus", "Damus note", "{n}, thanks for your reply to my note. The biospeleologist's sampling assistant role went to someone who has done subterranean rescue training. Maybe next season.\n{sig}", "Subterranea Field Lab", "subterranea", frm="{sig} via Damus <{sl}@{dom}>", tz="usc")
wo("interview", "damus", "Damus note", "{n}, got your note. Are you able to meet the biospeleologist at the field lab on {dl}? Unfortunately the access road is gravel, so no low cars.\n{sig}", "Subterranea Field Lab", "subterranea", frm="{sig} via Damus <{sl}@{dom}>", tz="usc")
wr("trovo", "Trovo stream chat", "Hi {n}, saw your message in the stream chat. The thalassographer I work with has chosen a draughtsman from the port authority for the chart-tracing job. Thank you for tuning in.\n{sig}", "Sea Charts Weekly", "seachartsweekly", frm="{sig} via Trovo <{sl}@{dom}>", tz="in")
wo("application_received", "trovo", "Trovo stream chat", "Hi {n}, thanks for your message in the stream chat. Selected or not, each applicant will get a reply from me on this channel within two weeks.\n{sig}", "Sea Charts Weekly", "seachartsweekly", frm="{sig} via Trovo <{sl}@{dom}>", tz="in")
wr("dlive", "DLive message", "Hey {n}, thanks for your message during the stream. The hippologist's stable-notes assistant is going to be Casey, who grew up among racehorses. Hope the right barn finds you.\n{sig}", "Horse Sense Broadcasts", "horsesense", frm="{sig} via DLive <{sl}@{dom}>", tz="use")
wr("nimo", "Nimo TV message", "Hi {n}, thank you for your comment during the live. The cynologist has choose another assistant for the dog-training classes, one lady who already work with police dogs. We wish you success.\n{sig}", "Kinshasa Guard-Dog Training", "kinshasaguarddog", frm="{sig} via Nimo TV <{sl}@{dom}>", tz="cd")
wo("next_steps", "nimo", "Nimo TV message", "Hi {n}, thank you for your comment during the live. Please send your identity card and one reference letter before {dl}. Unfortunately our office is close on Saturday.\n{sig}", "Kinshasa Guard-Dog Training", "kinshasaguarddog", frm="{sig} via Nimo TV <{sl}@{dom}>", tz="cd")
wr("audiomack", "Audiomack message", "Hello {n},\n\nThanks for your message on my page. The heliciculturist job at our achatina farm has been given to my cousin's son from Iseyin, who started on Monday. God bless you.\n\n{sig}", "Achatina Farms", "achatinafarms", frm="{sig} via Audiomack <{sl}@{dom}>", tz="ng")
wo("offer", "audiomack", "Audiomack message", "Hello {n},\n\nThanks for your message. We want you for the heliciculturist job at the achatina farm, start {dl}. Unfortunately the farm is far from the junction, so you will need bike-taxi money.\n\n{sig}", "Achatina Farms", "achatinafarms", frm="{sig} via Audiomack <{sl}@{dom}>", tz="ng")
wr("locals", "New post in our Locals community", "Hi {n}, thanks for applying in the community thread. The olericulturist's greenhouse assistant role went to a longtime member; she's been helping with the capsicum trials since spring. Grateful you stepped up.\n{sig}", "Market Garden Trials", "mgtrials", frm="{sig} via Locals <{sl}@{dom}>", tz="cac")
wo("application_received", "locals", "New post in our Locals community", "Hi {n}, thanks for applying in the community thread. Whoever the olericulturist picks, all applicants will see a reply from me here before next Friday.\n{sig}", "Market Garden Trials", "mgtrials", frm="{sig} via Locals <{sl}@{dom}>", tz="cac")
wr("leaflet", "Your reply to our leaflet", "Dear {n},\n\nThank you for answering the leaflet about the turfcutter's helper. The turbary work has been given to the Mulroy boy from down the road, who cut with his father for years.\n\n{sig}", "Turbary Road Turf", "turbaryroad", tz="ie")
wr("hipchat", "HipChat message", "{n} – thanks for your message in the room. The kelper job on the shore this spring went to Magnus from Westray, who's done it before. All the best.\n{sig}", "Westray Tangle Gatherers", "westraytangle", frm="{sig} via HipChat <{sl}@{dom}>", tz="uk")
wo("interview", "hipchat", "HipChat message", "{n} – thanks for your message in the room. Could you meet us down on the shore on {dl} at low tide to meet us? Unfortunately the ferry only runs twice that day.\n{sig}", "Westray Tangle Gatherers", "westraytangle", frm="{sig} via HipChat <{sl}@{dom}>", tz="uk")
wr("kick", "Kick stream chat", "Hi {n}, saw your message in the chat about the trawlerman deckie spot. The skipper has taken on his brother-in-law for the season. Fair winds.\n{sig}", "North Sea Trawl Cam", "trawlcam", frm="{sig} via Kick <{sl}@{dom}>", tz="uk")
wr("xhs", "Xiaohongshu note reply", "Hi {n}! Thank you for commenting under my postcard note. The deltiologist I help has already found someone to scan the old picture cards, a poly student who started last week. Thank you ah!\n{sig}", "Deltiology Corner SG", "deltiologysg", frm="{sig} via Xiaohongshu <{sl}@{dom}>", tz="sg")
wo("application_received", "xhs", "Xiaohongshu note reply", "Hi {n}! Got your comment under my postcard post. Whether chosen or not, everyone who commented will get a reply from me here next Sunday.\n{sig}", "Deltiology Corner SG", "deltiologysg", frm="{sig} via Xiaohongshu <{sl}@{dom}>", tz="sg")
wr("chadsalt", "Boomplay message: saltboiler work", "Hello {n},\n\nThank you for your message on my Boomplay page about the salt pans. We have take the nephew of the chief for the saltboiler place this season. We thank you for your courage.\n\n{sig}", "Salines du Lac", "salineslac", frm="{sig} via Boomplay <{sl}@{dom}>", tz="td")
wo("interview", "chadsalt", "Boomplay message: salt pans", "Hello {n},\n\nThank you for your message on my page. Come to see us at the salt pans on {dl} in the morning. Unfortunately the road is bad after rain, so come early.\n\n{sig}", "Salines du Lac", "salineslac", frm="{sig} via Boomplay <{sl}@{dom}>", tz="td")
wr("ivory", "Lomotif reply: zymologist job", "Hello {n},\n\nThank you for your video reply about the zymologist assistant job at our ferment lab. We give the post to one student of the university who did his internship with us. Good courage for the rest.\n\n{sig}", "Yamoussoukro Ferment Lab", "yamoussoukroferment", frm="{sig} via Lomotif <{sl}@{dom}>", tz="ci")
wr("angola", "Flock message: bryozoologist project", "Hello {n},\n\nThanks for write to us about the bryozoologist project in the bay. The team choose another candidate who have more practice in benthic surveys. Good luck in your road.\n\n{sig}", "Baía Bryozoa Survey", "baiasurvey", frm="{sig} via Flock <{sl}@{dom}>", tz="ao")
wo("next_steps", "angola", "Flock message: bryozoologist project", "Hello {n},\n\nThank you for your interest. Please send your sub-aqua certificate and a medical note before {dl}. Unfortunately scan copies is not accepted by the ministry.\n\n{sig}", "Baía Bryozoa Survey", "baiasurvey", frm="{sig} via Flock <{sl}@{dom}>", tz="ao")

wo("offer", "gitea", "Gitea: new comment", "{n}, good news from the karstologist's survey team: we'd like you along as field assistant for the March trip. Unfortunately the vehicle only seats four, so you'll travel with the gear.\n{sig}", "Karst Survey Group", "karstsurvey", frm="{sig} via Gitea <{sl}@{dom}>", tz="za")
wo("application_received", "bigo", "Bigo Live chat", "Hey {n}! Got your message in my live chat about the pogonologist's beard census. Pick or no pick, everyone who messaged will get my answer in the next live, can?\n{sig}", "Whisker Count SG", "whiskercount", frm="{sig} via Bigo Live <{sl}@{dom}>", tz="sg")
wo("interview", "farcaster", "Farcaster reply", "gm {n}, replying to your cast. Keen to meet about the pollen-trap helper role on {dl} at the rooftop trap. Unfortunately our lift is kaput; six flights of stairs, sorry.\n{sig}", "Pollen Count Aotearoa", "pollencount", frm="{sig} via Farcaster <{sl}@{dom}>", tz="nz")
wo("next_steps", "dlive", "DLive message", "Hey {n}, thanks for your message during the stream. The hippologist would like two references and a note about your stable work by {dl}. Unfortunately the barn office has no fax, so email them.\n{sig}", "Horse Sense Broadcasts", "horsesense", frm="{sig} via DLive <{sl}@{dom}>", tz="use")
wo("offer", "kick", "Kick stream chat", "Hi {n}, skipper says yes: the trawlerman deckie berth is yours from {dl}. Unfortunately the galley stove is being replaced, so cold food for the first trip.\n{sig}", "North Sea Trawl Cam", "trawlcam", frm="{sig} via Kick <{sl}@{dom}>", tz="uk")
wo("next_steps", "leaflet", "Your reply to our leaflet", "Dear {n},\n\nThank you for answering the leaflet. Before the season starts, please bring your PPS number and a note from a previous employer to the yard by {dl}. Unfortunately the yard is closed on Saturdays.\n\n{sig}", "Turbary Road Turf", "turbaryroad", tz="ie")
wo("interview", "ivory", "Lomotif reply: zymologist job", "Hello {n},\n\nThank you for your video reply. We invite you to the ferment lab on {dl} at 9h for a small talk. Unfortunately the parking of the campus is closed, take a taxi.\n\n{sig}", "Yamoussoukro Ferment Lab", "yamoussoukroferment", frm="{sig} via Lomotif <{sl}@{dom}>", tz="ci")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Seldom Trades Dispatchlet: this week", "Hi {n},\n\nNew this week: copoclephilist's cataloguer, kelper's helper, nivologist's snow-pit assistant. Open the app to apply.\n\nSeldom Trades Dispatchlet", "Seldom Trades Dispatchlet", "seldomtrades", frm="Seldom Trades Dispatchlet <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Evening lane booking", "Dear {n},\n\nYou asked for a regular Tuesday evening lane at the pool. We can't offer one this term, as every lane is booked by the swimming clubs.\n\n{sig}\n{co}", "Llandovery Pool", "llandoverypool", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في مخبز التميس", "السلام عليكم {n}،\n\nشكرًا على حضورك إلى المخبز وتجربتك معنا على التنور يوم الخميس. استقر رأي صاحب المخبز على ابن أخيه الذي يعجن معنا منذ سنوات، وبذلك اكتمل عدد العاملين لهذا الموسم.\n\nدعواتنا لك بالتوفيق،\n{sig}\n{co}", "مخبز الشاطئ للتميس", "tamees-shati", lang="ar", tz="sau")
wo("interview", "ar", "موعد تجربة في مخبز التميس", "السلام عليكم {n}،\n\nيسعدنا أن نراك في المخبز يوم {dl} الساعة الخامسة عصرًا لتجربة عملية على التنور. للأسف موقف السيارات أمام المحل مغلق بسبب أعمال الرصف، فالأفضل الحضور بسيارة أجرة.\n\n{sig}\n{co}", "مخبز الشاطئ للتميس", "tamees-shati", lang="ar", tz="sau")
wr("de", "Ihre Bewerbung in unserer Orgelbauwerkstatt", "Hallo {n},\n\nvielen Dank, dass Sie sich für die Pfeifenwerkstatt interessiert haben. Die Stelle übernimmt ein Geselle, der hier seit März Zungenpfeifen intoniert. Für Ihre Suche drücken wir die Daumen.\n\nEs grüßt die Werkstatt\n{sig}\n{co}", "Orgelbau Tiefenbrunner", "orgelbau-tiefenbrunner", lang="de", tz="de")
wo("next_steps", "de", "Unterlagen für die Werkstatt", "Hallo {n},\n\nbevor wir einen Termin vereinbaren, bräuchten wir noch Ihren Gesellenbrief und ein Zeugnis Ihres letzten Betriebs, gern eingescannt, spätestens bis {dl}. Leider ist unser Büro freitags nicht besetzt.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Orgelbau Tiefenbrunner", "orgelbau-tiefenbrunner", lang="de", tz="de")
wr("es", "Lo del taller de abanicos", "Hola {n}:\n\nMil gracias por venirte al obrador y por tu paciencia con las varillas. Al final el puesto lo ocupa una vecina que ya pintaba países aquí cuando había más faena. Que te salga pronto algo bonito.\n\nUn abrazo,\n{sig}\n{co}", "Abanicos Ferrandis", "abanicosferrandis", lang="es", tz="es")
wo("application_received", "es", "Hemos recibido tu solicitud", "Hola {n}:\n\nTu solicitud para pintar en el taller ya está aquí. Tanto si sale como si no, te escribimos nosotros antes del día 20, no te quedes esperando en vano.\n\nUn saludo,\n{sig}\n{co}", "Abanicos Ferrandis", "abanicosferrandis", lang="es", tz="es")
wr("fr", "Votre candidature à l'atelier", "Bonjour {n},\n\nMerci pour votre passage mardi. Le poste de monteuse revient finalement à une apprentie qui pose déjà les baleines chez nous depuis l'automne ; elle commence lundi. Tous nos vœux pour vos recherches.\n\nCordialement,\n{sig}\n{co}", "Parapluies Vergnol", "parapluies-vergnol", lang="fr", tz="fr")
wo("interview", "fr", "Rendez-vous à l'atelier", "Bonjour {n},\n\nNous aimerions vous rencontrer le {dl} à 10 h pour parler du poste de monteuse. Malheureusement le monte-charge est en panne, il faudra monter les trois étages à pied.\n\nBien cordialement,\n{sig}\n{co}", "Parapluies Vergnol", "parapluies-vergnol", lang="fr", tz="fr")
wr("hi", "कढ़ाई केंद्र में आपके आवेदन के बारे में", "नमस्ते {n} जी,\n\nसुजनी कढ़ाई केंद्र के बारे में पूछने के लिए मेहरबानी। यह जगह इस बार गाँव की एक दीदी को दी गई है जो बरसों से रज़ाइयों पर टाँके लगाती आई हैं। आगे का रास्ता शुभ हो।\n\n{sig}\n{co}", "सुजनी कला केंद्र", "sujnikala", lang="hi", tz="in")
wo("application_received", "hi", "अर्ज़ी पहुँची", "नमस्ते {n} जी,\n\nकढ़ाई केंद्र वाली चिट्ठी आ गई है। नतीजा जैसा भी रहे, अगले सोमवार तक सभी उम्मीदवारों को हम ख़ुद फ़ोन पर बताएँगे।\n\n{sig}\n{co}", "सुजनी कला केंद्र", "sujnikala", lang="hi", tz="in")
wr("it", "La tua candidatura in cappelleria", "Ciao {n},\n\ngrazie di cuore per essere passata in laboratorio. Per il posto al banco della paglia abbiamo scelto di andare avanti con una ragazza che intreccia già con noi da due stagioni. Ti auguro di trovare presto il posto giusto.\n\nUn caro saluto,\n{sig}\n{co}", "Cappelleria Brunori", "cappelleriabrunori", lang="it", tz="it")
wo("offer", "it", "Ti aspettiamo in cappelleria", "Ciao {n},\n\nsiamo felici di proporti il posto al banco della paglia, a partire dal {dl}. Purtroppo davanti al laboratorio non si può parcheggiare per via dei lavori, almeno fino a fine mese.\n\nUn caro saluto,\n{sig}\n{co}", "Cappelleria Brunori", "cappelleriabrunori", lang="it", tz="it")
wr("ja", "畳職人見習いのご応募について", "{n} 様\n\nこのたびは当店の見習い募集にご応募いただき、ありがとうございました。検討の結果、以前から当店で手伝いをしていた方にお願いすることになりました。{n}様のご活躍をお祈り申し上げます。\n\n{co}\n{sig}", "井筒畳店", "izutsu-tatami", lang="ja", tz="jp")
wo("next_steps", "ja", "書類ご送付のお願い", "{n} 様\n\n見習い募集の件で、{dl}までに履歴書と職務経歴書をご郵送ください。あいにく店舗は水曜定休のため、持参の場合はそれ以外の日にお願いします。\n\n{co}\n{sig}", "井筒畳店", "izutsu-tatami", lang="ja", tz="jp")
wr("ko", "한지 공방 지원 건", "{n} 님께,\n\n저희 한지 공방에 관심 가져 주셔서 감사합니다. 여러모로 고민한 끝에, 이번에는 몇 해 동안 닥나무 손질을 함께해 온 동네 분과 일하게 되었습니다. 늘 건강하시고 좋은 소식 있기를 바랍니다.\n\n{sig} 드림\n{co}", "닥풀한지공방", "dakpul-hanji", lang="ko", tz="kr")
wo("interview", "ko", "공방 방문 면담 안내", "{n} 님께,\n\n{dl} 오후 2시에 공방에서 뵙고 이야기 나누고 싶습니다. 아쉽게도 공방 앞 주차장이 공사 중이니 대중교통을 이용해 주세요.\n\n{sig} 드림\n{co}", "닥풀한지공방", "dakpul-hanji", lang="ko", tz="kr")
wr("pt", "Sobre a vaga na conserveira", "Olá {n},\n\nMuito obrigada pela visita à fábrica. A vaga na linha de enlatamento ficou para uma senhora que já trabalhou connosco na safra passada. Desejamos-lhe muita sorte.\n\nCumprimentos,\n{sig}\n{co}", "Conservas Marégrafo", "conservasmaregrafo", lang="pt", tz="pt")
wo("application_received", "pt", "Recebemos a sua candidatura", "Olá {n},\n\nA sua candidatura para a linha de enlatamento chegou-nos bem. Seja qual for a decisão, damos-lhe notícias por telefone até ao fim da próxima semana.\n\nCumprimentos,\n{sig}\n{co}", "Conservas Marégrafo", "conservasmaregrafo", lang="pt", tz="pt")
wr("ru", "По поводу работы на пасеке", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на наше объявление о помощнице на пасеке. На это место мы взяли женщину из соседней деревни, которая уже качала с нами мёд прошлым летом. Пусть вам повезёт с работой!\n\nС уважением,\n{sig}\n{co}", "Пасека «Липовый цвет»", "lipovy-tsvet", lang="ru", tz="ru")
wo("offer", "ru", "Ждём вас на пасеке", "Здравствуйте, {n}!\n\nБудем рады видеть вас помощницей на пасеке с {dl}. К сожалению, автобус до деревни ходит только утром, так что приезжайте к девяти.\n\nС уважением,\n{sig}\n{co}", "Пасека «Липовый цвет»", "lipovy-tsvet", lang="ru", tz="ru")
wr("sw", "Kuhusu nafasi ya kazi karakana", "Habari {n},\n\nAsante sana kwa kuja karakana na kutuonyesha vinyago ulivyochonga. Baada ya kushauriana, tumempa nafasi hiyo kijana wa hapa mtaani ambaye amekuwa akituchongea kwa miaka miwili. Tunakutakia mafanikio mema.\n\nWako,\n{sig}\n{co}", "Karakana ya Vinyago Kigamboni", "vinyagokigamboni", lang="sw", tz="tz")
wo("next_steps", "sw", "Nyaraka zinahitajika", "Habari {n},\n\nTafadhali lete nakala ya kitambulisho chako na barua ya utambulisho kutoka kwa mjumbe wa mtaa kabla ya {dl}. Kwa bahati mbaya ofisi yetu hufungwa Jumamosi.\n\nWako,\n{sig}\n{co}", "Karakana ya Vinyago Kigamboni", "vinyagokigamboni", lang="sw", tz="tz")
wr("th", "เรื่องการสมัครงานที่ร้านซ่อมนาฬิกา", "เรียนคุณ{n}\n\nขอบคุณที่สนใจมาร่วมงานกับร้านของเรา ทางร้านได้ตัดสินใจรับผู้สมัครอีกท่านหนึ่ง ซึ่งซ่อมนาฬิกาไขลานมาหลายปีแล้ว หวังว่าจะมีโอกาสได้ร่วมงานกันในโอกาสหน้าค่ะ\n\n{sig}\n{co}", "ร้านนาฬิกาเก่าเจริญกรุง", "charoenkrung-watch", lang="th", tz="th")
wo("interview", "th", "นัดพบที่ร้านซ่อมนาฬิกา", "เรียนคุณ{n}\n\nทางร้านขอเชิญมาพูดคุยเรื่องงานในวันที่ {dl} เวลาบ่ายสองโมง น่าเสียดายที่ลิฟต์ของอาคารกำลังซ่อม ต้องเดินขึ้นบันไดไปชั้นสามนะคะ\n\n{sig}\n{co}", "ร้านนาฬิกาเก่าเจริญกรุง", "charoenkrung-watch", lang="th", tz="th")
wr("tr", "Bakırcı dükkânındaki iş hakkında", "Merhaba {n},\n\nDükkâna uğrayıp kalaycılık üzerine sohbet ettiğin için teşekkür ederiz. Ustamız bu işi, yıllardır yanında çekiç sallayan yeğenine verdi. İnşallah kısa zamanda gönlüne göre bir iş bulursun.\n\nSelamlar,\n{sig}\n{co}", "Çarşı Bakırcısı", "carsibakir", lang="tr", tz="tr")
wo("application_received", "tr", "Başvurun elimize ulaştı", "Merhaba {n},\n\nKalaycılık işi için başvurun elimize ulaştı. Sonuç evet de çıksa hayır da, ay sonuna kadar sana mutlaka telefonla döneceğiz.\n\nSelamlar,\n{sig}\n{co}", "Çarşı Bakırcısı", "carsibakir", lang="tr", tz="tr")
wr("ur", "کھسہ کارخانے میں ملازمت کے بارے میں", "محترم {n}،\n\nہمارے کارخانے میں دلچسپی کا شکریہ۔ یہ جگہ اب اُس کاریگر کے پاس ہے جو کافی عرصے سے ہمارے ہاں تِلّے کی کڑھائی کرتا آیا ہے۔ اللہ آپ کو اچھا روزگار دے۔\n\n{sig}\n{co}", "ملتانی کھسہ گھر", "multanikhussa", lang="ur", tz="pk")
wo("offer", "ur", "کارخانے میں خوش آمدید", "محترم {n}،\n\nہمیں خوشی ہے کہ آپ {dl} سے ہمارے ساتھ کام شروع کریں۔ افسوس کہ کارخانے کا پنکھا ابھی خراب ہے، اگلے ہفتے نیا لگ جائے گا۔\n\n{sig}\n{co}", "ملتانی کھسہ گھر", "multanikhussa", lang="ur", tz="pk")
wr("zh", "关于竹编工作室的应聘", "{n}您好：\n\n感谢您对我们竹编工作室的关注，也谢谢您带来的作品。经过商量，我们决定请一位已经在工作室帮忙两年、手艺更熟练的师傅来担任这个岗位。祝您一切顺利。\n\n{sig}\n{co}", "青篾竹编工作室", "qingmie-zhubian", lang="zh", tz="cn")
wo("next_steps", "zh", "请补充材料", "{n}您好：\n\n请在{dl}之前把三件竹编作品的照片和身份证复印件发给我们。可惜工作室这周网络不太稳定，如果邮件没回，请打电话确认。\n\n{sig}\n{co}", "青篾竹编工作室", "qingmie-zhubian", lang="zh", tz="cn")
wr("jmk", "Jobbe på fäboa", "Hej {n}!\n\nTakk för att du sökt jobbe på fäboa i sommer. Vä ha tagi en jänta frå Hackås som var hänna i fjol å kan kjyttom, så hä blir hon som går mä korna. Hoppas du hitt nå anna fint.\n\nHälsning\n{sig}\n{co}", "Fäboa i Oviksfjällen", "faboa-ovik", lang="jmk", tz="se")
wo("application_received", "jmk", "Ansökninga ha kåmmi", "Hej {n}!\n\nTakk, ansökninga di ha kåmmi fram. Anten du blir tagin eller int, så hör du ta mä före midsommer, hä lovar je.\n\nHälsning\n{sig}\n{co}", "Fäboa i Oviksfjällen", "faboa-ovik", lang="jmk", tz="se")
wr("scy", "Jobbet i rökeriet", "Hej {n}!\n\nTack för att du ville jobba hos oss i rökeriet. Vi har tagit en påg från byn som röckte ål mä sin morfar i flera år, så platsen e tagen nu. Ha dä gött!\n\n{sig}\n{co}", "Hamnrökeriet i Kivik", "hamnrokeriet", lang="scy", tz="se")
wo("interview", "scy", "Kom förbi rökeriet", "Hej {n}!\n\nKan du kigga förbi rökeriet på {dl} vid tre-tiden? Tyvärr e vägen ner te hamnen uppgrävd, så ställ bilen vid kyrkan å gå sista biten.\n\n{sig}\n{co}", "Hamnrökeriet i Kivik", "hamnrokeriet", lang="scy", tz="se")
wr("hji", "黄八丈の織り手のこと", "{n}さま\n\nおじゃりやれ。機場の織り手のことで便りをくれて、ありがとうごじゃった。こんどは島の娘で、前っから機場へ通っとった子に来てもらうことになったのう。島へ来ることがあったら、また寄ってたもれ。\n\n{sig}\n{co}", "八丈機場めゆ", "hachijo-meyu", lang="hji", tz="jp")
wo("next_steps", "hji", "織りの見本を送ってたもれ", "{n}さま\n\n機場のことで、{dl}までに織った布の見本をひとつ送ってたもれ。あいにく船が荒れて遅れることがあるで、早めに出しておじゃれ。\n\n{sig}\n{co}", "八丈機場めゆ", "hachijo-meyu", lang="hji", tz="jp")
wr("cri", "Tlabaya na loça", "{n},\n\nDêsu pagá pa kata ku bô mandá non. Non za tomá mina-mosu ku za tlabaya ku non na sêka kakau anu pasadu, punda sê lugá bila chêlu. Non ka pedi Dêsu pa da bô sodji.\n\n{sig}\n{co}", "Loça Monte Café Kakau", "monte-kakau", lang="cri", tz="st")
wo("application_received", "cri", "Non tomá kata bô", "{n},\n\nKata bô sa ku non. Si non tomá bô ô non tomá, non ka fla bô sê ku telefone antê fin di mês.\n\n{sig}\n{co}", "Loça Monte Café Kakau", "monte-kakau", lang="cri", tz="st")
wr("hac", "سەبارەت بە کارەکێ باخی هەنارەکا", "{n} گیان،\n\nسپاس پەی نامەکەت و پەی ئامایش بە باخی. ئێمە کارەکێمان دا بە کوڕێوی دێیەکێ کە پێشتەر دوو وەرزان هەنارش پەنەما چنیێنێ. وەشی و سڵامەتی پەیت واچمێ.\n\n{sig}\n{co}", "باخی هەناری هەورامان", "hawraman-hanar", lang="hac", tz="iq")
wr("qxq", "گبه توخوما ایشی حاقیندا", "{n} جان، سلام.\n\nمکتوبون اوچون چوخ ساغ اول. بیز بو ایشی ائلیمیزدن بیر قیزا وئردیک کی نئچه ایلدیر بیزیمله گبه توخویور. سنه یاخشی گونلر آرزی ائدیریک.\n\n{sig}\n{co}", "گبه‌بافی ائل‌یولو", "elyolu-gabbeh", lang="qxq", tz="ir")
wr("berlin", "Wejen der Stelle an der Bude", "Hallo {n},\n\nwa, det mit der Stelle an unsrer Wurstbude? Ick muss dir sagen, die hat jetz der Kevin aus'm Wedding jekricht, der hat hier schon im Sommer ausjeholfen. Nüscht für unjut, kiek ruhig ma wieder rin.\n\nJruß\n{sig}\n{co}", "Bude am Leopoldplatz", "bude-leo", lang="de-berlin", tz="de")
wo("next_steps", "berlin", "Brauch noch wat von dir", "Hallo {n},\n\nbevor de anfängst, brauch ick noch dein Gesundheitszeugnis, am besten bis {dl}. Leider is die Bude montags zu, also bring's nich an dem Tach vorbei.\n\nJruß\n{sig}\n{co}", "Bude am Leopoldplatz", "bude-leo", lang="de-berlin", tz="de")
wr("kansai", "たこ焼き場のことやけど", "{n}さん\n\nこないだはわざわざ店まで来てくれて、ほんまおおきに。せやけど焼き場の件は、前から手伝うてくれてる近所の兄ちゃんに頼むことにしてん。堪忍な。また近く来たら顔出してや。\n\n{sig}\n{co}", "たこ焼き まるいち", "takoyaki-maruichi", lang="ja-kansai", tz="jp")
wo("interview", "kansai", "いっぺん店に来てくれへん？", "{n}さん\n\n焼き場の件で、{dl}の昼過ぎにいっぺん店に来てくれへん？あいにく店の前の道がいま工事中やから、自転車は裏に停めといてな。\n\n{sig}\n{co}", "たこ焼き まるいち", "takoyaki-maruichi", lang="ja-kansai", tz="jp")
wr("karadeniz", "Fındık işi için yazmişsun", "{n} uşağum merhaba,\n\nFındık toplama işi için yazmişsun, çok sağol. Ama ha bu sene işi amcamun oğluna verduk, o geçen yaz da bizumle toplamişti. Kusura bakma ha. Allah'a emanet ol.\n\n{sig}\n{co}", "Sürmene Fındık Bahçesi", "surmenefindik", lang="tr-karadeniz", tz="tr")
wo("offer", "karadeniz", "Gel da başla uşağum", "{n} uşağum merhaba,\n\nFındık işi senundur, {dl} sabahi gel da başla. Ama yazuk ki yayla yolu bozuk, minibüsle gelursun, araba çıkmayi.\n\n{sig}\n{co}", "Sürmene Fındık Bahçesi", "surmenefindik", lang="tr-karadeniz", tz="tr")
wr("bambaiya", "ठेले का काम", "अरे {n} भाई,\n\nतेरा मैसेज आया, बढ़िया। पण वो वड़ा पाव ठेले का काम अपुन ने अपने चाचा के छोकरे को दे दिया, वो पहले से इधरीच घूमता था। टेंशन नहीं लेने का, बाद में कुछ निकला तो तेरे को बोलेगा।\n\n{sig}\n{co}", "दादर वड़ा पाव सेंटर", "dadarvadapav", lang="hi-bambaiya", tz="in")
wo("application_received", "bambaiya", "तेरा मैसेज मिला", "अरे {n} भाई,\n\nतेरा मैसेज मिला। काम मिले या नहीं मिले, अपुन संडे तक तेरे को फोन करके बोलेगा, पक्का।\n\n{sig}\n{co}", "दादर वड़ा पाव सेंटर", "dadarvadapav", lang="hi-bambaiya", tz="in")


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "hji": "{m}月{d}日", "ja-kansai": "{m}月{d}日",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "de-berlin": "{dd}.{mm}.", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}",
    "tr-karadeniz": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}", "hi": "{d}/{m}/{y}", "hi-bambaiya": "{d}/{m}", "ur": "{d}/{m}/{y}",
    "it": "{d}/{m}/{y}", "jmk": "{d}/{m}", "scy": "{d}/{m}", "cri": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}",
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
        rec["id"] = f"blind63:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 62; this slice and any later one are skipped by number."""
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
