# ruff: noqa: E501, S311
"""Write the fifty-third sealed blind slice for issue 11 (blind-slice-53.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 53 and later never read; our side printed)
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

SEED = 530531
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-53.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 53
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Wilhelmina Skerritt", "Donncha Ó Floinn", "Pranathi Sastry", "Barnabas Quiller", "Khanyisile Ntuli",
    "Rangimarie Heke", "Ottoline Scrope", "Torcuil Strachan", "Nkechi Obiora", "Jacinta Yelland",
    "Kwabena Asante", "Zodwa Khumalo", "Anvitha Menon", "Tadhg Ó Súilleabháin", "Chiamaka Eze",
    "Henrietta Lumb", "Ataahua Ngata", "Eamonn Cusack", "Ishaan Malhotra", "Clíodhna Kinsella",
    "Refiloe Sekhukhune", "Demelza Pascoe", "Rohan Venkatesh", "Bogdana Petrescu", "Cornelis Brouwer",
    "Afua Owusu", "Mandla Ngcobo", "Vaidehi Subramaniam", "Muireann Tully", "Kojo Mensah",
    "Ambrose Whitlow", "Shirin Farahani", "Euphemia Threlkeld", "Marcelo Pinheiro", "Gobnait Prendergast",
    "Oluwatobi Adebayo", "Cordelia Pennefather", "Sione Fifita", "Colmán Mulcahy", "Nomvula Hadebe",
    "Gurleen Chahal", "Angus Matheson", "Ikenna Okoro", "Solveig Lindqvist", "Radomir Zielinski",
    "Tamatea Tuhoe", "Gwenllian Prydderch", "Yetunde Balogun", "Fenwick Ashby-Rowe", "Harnoor Grewal",
]
REGION_SIGNERS = {
    "uk": ["Hermione Scaife", "Duncan Pettigrew", "Shabana Akhtar", "Gethin Morgan", "Pauline Wragg", "Gregor Milne",
           "Harjit Sandhu", "Bryony Tuckett", "Ruairidh MacInnes", "Octavia Rudd", "Femi Ajayi", "Morag Innes"],
    "ie": ["Ciarán Rooney", "Orlaith Cuddihy", "Padraig Lenihan", "Sinéad Forde", "Mairtín Joyce"],
    "us": ["Marisela Trujillo", "Vance Kittredge", "Shaniqua Odom", "Sven Lindahl", "Brock Pemberton", "Luanne Castellano"],
    "ca": ["Josée Lapointe", "Harpreet Brar", "Bohdan Melnyk", "Nadine Comeau", "Wade Crowchild"],
    "au": ["Dane Kessell", "Stavroula Nikolaou", "Maddison Rourke", "Thanh Nguyen", "Jedda Collins"],
    "nz": ["Hana Parata", "Blair Hollis", "Ana Taufa", "Dougal Frew", "Rāwiri Paewai"],
    "za": ["Nokuthula Mkhize", "Marike Botha", "Thabang Molefe", "Hendrik du Plessis", "Fatima Jacobs"],
    "in": ["Lavanya Narayanan", "Manoj Kumar Tiwari", "Rituparna Bora", "Suresh Nair", "Farhana Siddiqui"],
    "ph": ["Marites Villanueva", "Jonel Dimaculangan"], "id": ["Putu Ariani", "Bambang Susilo"],
    "hn": ["Dilcia Zelaya", "Osman Mejía"], "bg": ["Radostina Petkova", "Stoyan Dimov"],
    "ro": ["Ioana Mureșan", "Sorin Pop"], "am": ["Anahit Sargsyan", "Gevorg Hakobyan"],
    "uz": ["Dilnoza Rakhimova", "Jasur Karimov"], "zm": ["Mutinta Hamoonga", "Chanda Mwelwa"],
    "na": ["Ndapewa Shikongo", "Petrus Haufiku"], "mw": ["Chikondi Mbewe", "Madalitso Phiri"],
    "tv": ["Semu Taafaki", "Lotoala Homasi"], "mh": ["Darlene Laik", "Wilbur Kabua"],
    "cn": ["Liang Meiling", "Qiao Peng"], "jp": ["Aoki Haruka", "Mori Daisuke"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
}
LANG_SIGNERS = {
    "ar": ["مريم البلوشية", "سالم المعشني"], "de": ["Roswitha Kehrle", "Gerold Bäuerle"],
    "es": ["Amparo Sirvent", "Vicent Carbonell"], "fr": ["Séverine Marchand", "Bertrand Cornu"],
    "hi": ["सुनीता मौर्य", "दिनेश बिंद"], "it": ["Loredana Mancinelli", "Fulvio Catena"],
    "ja": ["越智 佳代", "村上 健吾"], "ko": ["임미경", "선종현"], "pt": ["Conceição Vieira", "Amadeu Loureiro"],
    "ru": ["Таисия Ворожцова", "Никанор Лыков"], "sw": ["Bi. Neema Mligo", "Ezekiel Kalinga"],
    "th": ["ประไพ ทองดี", "วีระ จันทร์หอม"], "tr": ["Saadet Korkmaz", "İsmail Ertaş"],
    "ur": ["رضیہ بانو", "طارق محمود"], "zh": ["郑秀兰", "孙建国"],
    "dyu": ["Mariam Ouattara", "Siaka Coulibaly"], "mdh": ["Bai Normina Mangudadatu", "Datu Akmad Sinsuat"],
    "ivv": ["Rosario Cabugao", "Ernesto Hornedo"], "fkv": ["Liv Kildahl", "Ole Isaksen"],
    "abk": ["Мадина Агрба", "Беслан Ардзинба"], "jra": ["H'Lan Rơ Chăm", "Siu Nhơ"],
    "taq": ["Fadimata Walet Ahmad", "Mohamed ag Intalla"], "yao": ["Fatima Chiwaya", "Yusufu Kalonga"],
    "lif": ["सुमित्रा लिम्बु", "पदम सुब्बा"], "ksw": ["နော်ဒဲးဒဲး", "စောဖိုးထူ"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الكثيرية", "خالد الشحري"], "de": ["Annika Wössner", "Timo Rapp"],
    "es": ["Remei Payá", "Andreu Verdú"], "fr": ["Maëlle Duchêne", "Quentin Besnard"],
    "hi": ["रीना पाल", "सचिन गोंड"], "it": ["Ilaria Pigini", "Davide Recanati"],
    "ja": ["藤本 美咲", "岡田 翔太"], "ko": ["채은비", "남기훈"], "pt": ["Mafalda Cordeiro", "Rui Valente"],
    "ru": ["Олеся Гладкова", "Арсений Кузьмин"], "sw": ["Mwajuma Mhagama", "Daudi Nyalusi"],
    "th": ["กาญจนา แก้วมณี", "ณัฐพล สุขเจริญ"], "tr": ["Elif Tunç", "Burak Sezer"],
    "ur": ["ثمینہ اعوان", "عمران اشرف"], "zh": ["王雨欣", "刘浩然"],
    "dyu": ["Kadiatou Traoré", "Drissa Konaté"], "mdh": ["Sittie Aisah Ampatuan", "Norodin Piang"],
    "ivv": ["Liza Gato", "Jerome Abad"], "fkv": ["Marit Lindi", "Jonas Niemelä"],
    "abk": ["Саида Кварчия", "Астамур Гунба"], "jra": ["H'Dơk Ksor", "Rơ Mah Blai"],
    "taq": ["Aminata Walet Alhassane", "Ibrahim ag Alkassoum"], "yao": ["Asiyatu Jafali", "Hassani Makawa"],
    "lif": ["मनमाया लिम्बु", "विष्णु तुम्बाहाङफे"], "ksw": ["နော်မူး", "စောကပ္ပလီ"],
}
GIVEN = {
    "Donncha Ó Floinn": "Donncha", "Tadhg Ó Súilleabháin": "Tadhg",
    "Manoj Kumar Tiwari": "Manoj", "Hendrik du Plessis": "Hendrik", "Bi. Neema Mligo": "Neema",
    "Bai Normina Mangudadatu": "Normina", "Datu Akmad Sinsuat": "Akmad", "Fadimata Walet Ahmad": "Fadimata",
    "Mohamed ag Intalla": "Mohamed", "Aminata Walet Alhassane": "Aminata", "Ibrahim ag Alkassoum": "Ibrahim",
    "Sittie Aisah Ampatuan": "Aisah", "H'Lan Rơ Chăm": "H'Lan", "H'Dơk Ksor": "H'Dơk", "Rơ Mah Blai": "Blai",
}
PROVIDERS = ["quailpost", "dunlinmail", "smewnet", "garganeybox", "scaupmail", "tealpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "bg": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "hn": ("-0600", None, ""), "br": ("-0300", None, ""),
    "bf": ("+0000", None, ""), "ml": ("+0000", None, ""),
    "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "na": ("+0200", None, ""), "mw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "abk": ("+0300", None, ""),
    "om": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""), "uz": ("+0500", None, ""),
    "in": ("+0530", None, ""), "np": ("+0545", None, ""), "mm": ("+0630", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
    "tv": ("+1200", None, ""), "mh": ("+1200", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cam", "cap", "mh")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind53-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}): withdrawn",
   "Hello {n},\n\nRequisition R-{ref}, {role}, has been withdrawn. Once the spring order book was counted, the work was handed to the existing day crew, so this round closes with no appointment and your application ends with it.\n\nOther requisitions can still be applied for from your candidate home.\n\n{co} Talent Acquisition",
   ("Brigg Dulcimer Works", "Valdosta Zither Company"), ("briggdulcimer.example", "valdostazither.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Soundboard Hand", "Pinblock Technician"), tz=("uk", "use"))
mr("gh", "{co}: {role}",
   "Hi {n},\n\nThree weeks of calls with you were time well spent on our side. We put the {role} offer to someone who has {x}; she signed on Tuesday and our search has closed.\n\nWe enjoyed every conversation.\n\n{sig}\nfor the hiring team at {co}",
   ("Cashel Auscultation Ltd", "Petoskey Tourniquet Co."), ("cashel-ausc.example", "petoskeytq.example"),
   role=("Chest-Piece Test Engineer", "Buckle Line Lead"), tz=("ie", "usc"),
   x=("eleven years testing stethoscope chest pieces", "led a tourniquet buckle line through two FDA audits"))
mr("lever", "About the {role} opening",
   "{n}, hello.\n\nWe've finished the interviews for {role}. The group picked a candidate who has {x}, and he starts in a fortnight. Thanks for coming through the process with us.\n\n{sig}, People Team, {co}",
   ("Ripon Doorknob Company", "Chico Letterbox Works"), ("ripondoorknob.example", "chicoletterbox.example"),
   role=("Doorknob Pourer", "Paintline Technician"), tz=("uk", "usp"),
   x=("poured doorknobs by hand since 2014", "set up paintlines for galvanised letterboxes for nine years"))
mr("sr", "Your application: {role}",
   "<html><body><p>Dear {n},</p><p>Here is where your application for <b>{role}</b> at {co} now stands.</p><table border=\"1\" cellpadding=\"4\"><tr><td>Job ID</td><td>{ref}</td></tr><tr><td>Stage</td><td>Closed</td></tr><tr><td>Result</td><td>Position filled &ndash; another candidate</td></tr></table><p>You need not do anything further.</p><p>{co} Recruiting</p></body></html>",
   ("Dalby Manhole Lids", "Houma Downpipe Co."), ("dalbymanhole.example", "houmadownpipe.example"),
   frm="{co} <jobs@{dom}>", role=("Moulding Line Hand", "Roll Former Operator"), tz=("auq", "usc"))
mr("icims", "{co} | {role} | Req {ref}",
   "Dear {n},\n\nReq {ref}, {role}: screening outcome below.\n\nDisposition: Not Selected – Required Ticket Missing\n\nThis opening asks for a current {x}, and the screening could not find one in your documents.\n\n{co} Human Resources",
   ("Brechin Capstan Ltd", "Plattsburgh Windlass Corp."), ("brechincapstan.example", "plattsburghwindlass.example"),
   frm="{co} HR <hr-notices@{dom}>", role=("Capstan Assembler", "Hydraulics Assembler"), tz=("uk", "use"),
   x=("load-handling ticket", "NCCER lift-director card"))
mr("taleo", "Job {ref} – {role} – candidate notice",
   "{n},\n\nRequisition {ref}: {role}\nRequisition status: Closed (filled from within)\nYour candidacy: Not hired – internal appointment\n\nSelection is complete for this job. Candidate records are kept for 12 months and can be withdrawn at any time from Profile > Privacy.\n\n{co}",
   ("Graaff-Reinet Anvil Works", "Goderich Vise Co."), ("grvanvil.example", "goderichvise.example"),
   frm="{co} Careers <careers-donotreply@{dom}>", role=("Anvil Shop Operator", "Vise Truer"), tz=("za", "cae"))
mr("workable", "Update on {role}",
   "Hi {n},\n\n{x} people went for {role}; we spoke with twelve. {y} has now been hired and the ad is offline.\n\nTa for hanging on while we worked down the list.\n\n{sig}\n{co}",
   ("Kirkcudbright Pliers Co.", "Kingaroy Snips Co."), ("kcbpliers.example", "kingaroyshears.example"),
   role=("Hardening Operator", "Snips Honer"), tz=("uk", "auq"),
   x=("eighty-seven", "a hundred and forty-three"),
   y=("an operator who has hardened plier jaws in a quench bath for six years", "a setter who has ground snips jaws for a barbering supplier since 2018"))
mr("bamboo", "{role} at {co}",
   "Hi {n},\n\nThanks for applying for {role}. {x} asked to move up into it a few days after we advertised, and since she's been doing half the job already, it's hers.\n\nAll the best,\n{sig}\n{co}",
   ("Macroom Peppermills", "Roswell Pinworks"), ("macroompeppermill.example", "roswellpins.example"),
   role=("Burr Lead", "Pin Smoothing Lead"), tz=("ie", "usm"),
   x=("Siobhán from packing", "Xiomara from the sanding bench"))
mr("teamtailor", "{role} – your application",
   "Dear {n},\n\nWe received application from you for {role}. We have now give the job to colleague from our {x} packing room, she is there three years and knows the machines. So for this position we will not continue with you.\n\nBest wishes,\n{sig}\n{co}",
   ("Plovdiv Tinsel Factory", "Cluj Streamer Works"), ("plovdivtinsel.example", "clujstreamer.example"),
   role=("Line Supervisor", "Slitter Operator"), tz=("bg", "ro"), x=("Plovdiv", "Cluj"))
mr("personio", "Application {role} – result",
   "Hello {n},\n\nThank you for interest in {co}. After last interview our team is choosing candidate with more experience in {x}. The vacancy {role} is now closed.\n\nWe wish success in your search.\n\n{sig}\nHR, {co}",
   ("Yerevan Sparkler Plant", "Tashkent Firework Workshop"), ("yerevansparkler.example", "tashkentfirework.example"),
   role=("Shift Pyrotechnist", "Safety Technician"), tz=("am", "uz"),
   x=("coating sparkler rods", "storage of pyrotechnic powders"))
mr("pinpoint", "{role}: your assessment score",
   "Dear {n},\n\nYour online assessment for {role} is marked: {x}. We interview from {y} upwards, which puts your application at an end here.\n\nOther jobs at {co} stay open to you.\n\nRecruitment Team\n{co}",
   ("Horncastle Buckle Company", "Sedalia Galoshes"), ("horncastlebuckle.example", "sedaliagaloshes.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Buckle Checker", "Calender Operator"), tz=("uk", "usc"),
   x=("19 out of 45", "23 out of 60"), y=("28", "35"))
mr("jazz", "re: {role}",
   "Hey {n} -\n\nJust letting you know we filled the {role} spot. The spot's now {x}'s. Appreciate you coming by the shop, and good luck out there.\n\n{sig}\n{co}",
   ("Laredo Bongo Shop", "Ithaca Sousaphones"), ("laredobongo.example", "ithacasousa.example"),
   role=("bongo head", "dent removal"), tz=("usc", "use"),
   x=("Tony, who's been stretching goatskin heads for his dad's mariachi band since high school", "Destiny, who did dent work on the marching band's horns all through college"))
mr("ashby", "{role} at {co}",
   "Dear {n},\n\nThank you for the interviews you had with us. For {role} our panel chose another finalist, and that person accepted. We truly appreciated your time.\n\nKind regards,\n{sig}\nTalent, {co}",
   ("Lusaka Kneepad Manufacturers", "Windhoek Flipper Moulding"), ("lusakakneepad.example", "windhoekflipper.example"),
   role=("Schedule Clerk", "Fin Line Minder"), tz=("zm", "na"))
# once each: small places that give the job to someone they know
mr("pawn", "the counter job",
   "Hi {n},\n\nGood talking Friday about the counter. My cousin's boy Dominic finished his training course; the job's his.\n\nTake care,\n{sig}\nBangor Pawnshop",
   "Bangor Pawnshop", "bangorpawn.example", tz="use")
mr("dryclean", "Counter assistant",
   "Dear {n},\n\nNice of you to drop your CV in. Janice, who's done our Saturday mornings for two years, has asked for the full-time hours, and they've gone to her.\n\nKind regards,\n{sig}\nRipon Drycleaning",
   "Ripon Drycleaning", "ripondryclean.example", tz="uk")
mr("hairdresser", "Junior chair",
   "Hi {n},\n\nThursday was lovely, thanks for coming in. Our junior chair has gone to Sadhbh, who trained with us as an apprentice and came back from Ballymote last month.\n\nMind yourself,\n{sig}\nCashel Hairdressers",
   "Cashel Hairdressers", "cashelhair.example", tz="ie")
mr("beautician", "Studio assistant vacancy",
   "Dear {n},\n\nWe appreciated you doing the trial at the studio. Madam has given the assistant post to her niece Pallavi, who finished her beautician course last month.\n\nRegards,\n{sig}\nGuwahati Glow Beauty Studio",
   "Guwahati Glow Beauty Studio", "guwahatiglow.example", tz="in")
mr("tuckshop", "Tuckshop helper",
   "Hi {n},\n\nTa for offering to help in the tuckshop. Renee, one of the Year 4 mums, grabbed the Tuesday and Thursday shifts, which covers us this term.\n\nCheers,\n{sig}\nDalby State School P&C",
   "Dalby State School P&C", "dalbypandc.example", tz="auq")
mr("spaza", "Shop assistant",
   "Hi {n},\n\nNice meeting you at the shop. Ma Thoko's grandson Lwazi is working the till now, he started on Monday.\n\nGo well,\n{sig}\nKhumalo Spaza, Graaff-Reinet",
   "Khumalo Spaza", "khumalospaza.example", tz="za")
mr("sarisari", "Helper at the store",
   "Hi {n},\n\nThank you for messaging about the helper job. Auntie Luding's daughter Kristine has come home from Dumaguete and she will help at the tindahan, so we are complete now.\n\nGod bless,\n{sig}\nAling Norma Tindahan, Roxas City",
   "Aling Norma Tindahan", "alingnorma.example", tz="ph")
mr("warung", "Kitchen help",
   "Hello {n},\n\nTerima kasih for visiting the warung. The kitchen help job we gave to Ibu Tutik's son Agus, he worked with us in the fasting month before.\n\nRegards,\n{sig}\nWarung Bu Tutik, Bogor",
   "Warung Bu Tutik", "warungbututik.example", tz="id")
mr("pulperia", "The job at the pulpería",
   "Hello {n},\n\nThank you for coming by. Don Chepe's nephew Jeyson is helping in the pulpería now, from this week.\n\nBlessings,\n{sig}\nPulpería La Esquinita, Comayagua",
   "Pulpería La Esquinita", "laesquinita.example", tz="hn")
mr("luncheonette", "grill cook",
   "Hi {n},\n\nAppreciate you working the grill for us. Vito's daughter Gina is coming back to work the morning line, so she's got it.\n\nThanks again,\n{sig}\nElmira Luncheonette",
   "Elmira Luncheonette", "elmiraluncheonette.example", tz="use")
mr("caff", "Saturday job",
   "Hiya {n},\n\nThanks for popping in. My sister's lad Jaxon's doing the Saturdays now, he started last weekend.\n\nTa,\n{sig}\nBrechin Road Caff",
   "Brechin Road Caff", "brechincaff.example", tz="uk")
mr("drugstore", "Front store clerk",
   "Hello {n},\n\nMrs. Lacroix's granddaughter Émilie has been hired for the front store, who worked our front counter last summer.\n\nSincerely,\n{sig}\nGoderich Drugstore",
   "Goderich Drugstore", "goderichdrugs.example", tz="cae")
mr("dime", "Stock clerk",
   "Hi {n},\n\nThanks for dropping your application off. Vern's nephew Tyler has the stock clerk job as of Monday.\n\nSee you around,\n{sig}\nSedalia Five and Dime",
   "Sedalia Five and Dime", "sedaliafiveanddime.example", tz="usc")
mr("opshop", "Volunteer coordinator role",
   "Kia ora {n},\n\nGood to chat with you about the coordinator role. Noeline, who has sorted our donations for six years, has agreed to step into it.\n\nNgā mihi,\n{sig}\nGeraldine Op Shop",
   "Geraldine Op Shop", "geraldineopshop.example", tz="nz")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-haunt", "RE: [EXT] Re: Haunt actor – {co}",
   "Hi {n},\n\nCheers for doing the walk-through with us and you made Gemma jump twice, which takes some doing. We've cast {x} in the crypt room for the October run.\n\nHope to see you in a queue this season!\n{sig}\n\n" + OUTLOOK + "Subject: Re: Haunt actor – {co}\n\nHi {sf}, thanks for the walk-through on Saturday, I loved the crypt room. Any news?\n{n}",
   ("Kirkby Haunted House", "Lynchburg Haunt"), ("kirkbyhaunt.example", "lynchburghaunt.example"), tz=("uk", "use"),
   x=("Callum Ashcroft", "Jamarcus Polk"))
mr("th-photobooth", "Re: [EXT] Re: Event attendant",
   "{n} -\n\nThanks so much for meeting me at the Decatur party expo. I've booked {x} for the summer weekends; she did two seasons with a photobooth company in Reno.\n\nTake care,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Event attendant\n\nHi {sf}, following up from the expo. I'm free every weekend through August.\n{full}",
   ("Say Cheese Photobooths", "Snapbox Photobooths"), ("saycheesebooth.example", "snapboxrentals.example"), tz=("usp", "cat"),
   x=("Kayleigh Brandt", "Margaux Gaudreau"))
mr("th-improv", "RE: [EXT] RE: Front of house",
   "Hi {n},\n\nCheers for joining the Tuesday jam and staying to chat afterwards. We've taken on {x} for front of house; he's been ushering our late show for a year as a volunteer.\n\nCome along to a jam any time.\n{sig}\n\n" + RULE + "Subject: RE: Front of house\n\nHi {sf}, great jam on Tuesday. Shout if you need more.\n{n}",
   ("The Cashel Street Improv Theatre", "Yes And Theatre"), ("cashelstimprov.example", "yesandtheatre.example"), tz=("ie", "cae"),
   x=("Fintan Geraghty", "Olivier Beaulieu"))
mr("th-drag", "Re: [EXT] Re: Stage manager",
   "Hi {n},\n\nSunday's chat was fab, and thanks for sticking round for the late set. The stage manager spot is going to {x}, who's run our Thursday show for the last few months.\n\nXx\n{sig}\n\n" + GMAIL + "> Hi {sf}, so nice meeting you Sunday! Checking in re the stage manager spot.\n> {n}",
   ("Glitterbox Cabaret", "The Velvet Drag Cabaret"), ("glitterboxcabaret.example", "velvetdrag.example"), tz=("au", "uk"),
   x=("Jasper Trinh", "Chukwudi Okonedo"))
mr("th-graffiti", "RE: [EXT] Re: Workshop facilitator",
   "Hey {n},\n\nThanks for bringing your sketchbook to the jam, the kids loved the tag-writing demo. We've asked {x} to run the after-school sessions this term.\n\nKeep painting,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Workshop facilitator\n\nHi {sf}, the jam was heaps of fun. Keen to hear where you land.\n{n}",
   ("Wall Talk Graffiti Workshops", "Spraycan Collective Aotearoa"), ("walltalk.example", "spraycan-aotearoa.example"), tz=("za", "nz"),
   x=("Thabiso Maseko", "Rewi Pōmare"))
mr("th-silks", "Re: [EXT] RE: Silks instructor",
   "Hi {n},\n\nThanks for the audition class, your drops were beautiful. After talking it over, {x} is joining us to teach the beginner silks classes from next month.\n\nWarmly,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Silks instructor\n\nHi {sf}, thanks for the audition class on Wednesday! Happy to send video of my competition routine if useful.\n{full}",
   ("Houghton Silks Studio", "Flying Fabric Studio"), ("houghtonsilks.example", "flyingfabric.example"), tz=("usc", "auq"),
   x=("Brittany Kowalczyk", "Kirra Moloney"))
mr("th-poi", "RE: [EXT] Re: Weekend teacher",
   "Kia ora {n},\n\nThanks for the session on Saturday, the kids loved the three-beat weave. We've offered the weekend classes to {x}, who has been helping out at our holiday programme.\n\nNgā mihi,\n{sig}\n\n" + RULE + "Subject: Re: Weekend teacher\n\nKia ora {sf}, Saturday was awesome. Keen to hear about the classes.\n{n}",
   ("Takaka Poi School", "Spin Circle Poi Academy"), ("takakapoi.example", "spincirclepoi.example"), tz=("nz", "au"),
   x=("Waimarie Karaitiana", "Skye Donnelly"))
mr("th-bocce", "Re: [EXT] Re: Bar and lanes manager",
   "Hi {n},\n\nTa for making the drive to the club to walk the lanes. The board chose {x} for the bar and lanes job; he ran the club's summer league for years.\n\nAll the best,\n{sig}\n\n" + GMAIL + "> Hi {sf}, Monday's tour was great. Fire away if you have questions.\n> {full}",
   ("Ponoka Bocce Club", "Norwood Bocce Club"), ("ponokabocce.example", "norwoodbocce.example"), tz=("cam", "sa"),
   x=("Enzo Mastroianni", "Carmine Di Stefano"))

# ---- 8 clear refusals under long footers
FOOT_PJ = "\n\n—\nSleepwell Pyjama Co. | Two pairs for £30 in every store | Join Snooze Club for a birthday treat\nNew roles are posted every Monday under Jobs > My Alerts.\nWe keep applicant records for ten months after a job closes, then erase them. Sleepwell Pyjama Co., company no. 0{ref}.\nWrong inbox? Let us know by return and delete this copy."
mr("ft-pyjama", "Your application to Sleepwell",
   "Dear {n},\n\nThe {x} store team has gone through all {role} applications; yours won't be taken forward to interview." + FOOT_PJ,
   "Sleepwell Pyjama Co.", ("sleepwell-pyjamas.example", "sleepwell-pyjamas.example"), frm="Sleepwell Careers <careers@{dom}>",
   role=("Sales Assistant", "Stockroom Assistant"), tz=("uk", "ie"), x=("Oakham", "Ballyshannon"))
FOOT_HD = "\n\n—\nHoodHaus | Free monogram on your first hoodie | Text HOODJOBS to 55123 for openings, STOP to end\nEveryone is welcome to work at HoodHaus, whoever they are.\nYour data lives under Account > Settings > Privacy.\nThis inbox isn't monitored."
mr("ft-hoodie", "HoodHaus: {role}",
   "Hi {n},\n\nHoodHaus {x} has filled its {role} opening with other applicants after looking at yours." + FOOT_HD,
   "HoodHaus", ("hoodhaus.example", "hoodhaus.example"), frm="HoodHaus Jobs <jobs@{dom}>",
   role=("Floor Associate", "Transfer Station Associate"), tz=("use", "cae"), x=("Olean", "Port Hope"))
FOOT_BN = "\n\n—\nBeanie Burrow | Buy two beanies, get a warmer half price | Sign up to Cosy Club\nStore Jobs go out every second Wednesday to anyone subscribed.\nWe handle your details under the Privacy Act; see beanieburrow.example/privacy.\nOnly the named addressee should read this."
mr("ft-beanie", "Beanie Burrow – your application",
   "Hi {n},\n\nOur {x} store has looked over your {role} application. It stops here and won't move to the next stage." + FOOT_BN,
   "Beanie Burrow", ("beanieburrow.example", "beanieburrow.example"), frm="Beanie Burrow Careers <careers@{dom}>",
   role=("Weekend Assistant", "Store 2IC"), tz=("au", "nz"), x=("Colac", "Balclutha"))
FOOT_KT = "\n\n—\nKurta Kingdom | Festive sale: 20% off all kurtas | Free alterations in store\nSMS KURTAJOBS to 4321 for new vacancies.\nYour information is processed under {y}.\nCONFIDENTIAL: intended only for the addressee."
mr("ft-kurta", "Kurta Kingdom – {role}",
   "Dear {n},\n\nFor {role} at Kurta Kingdom {x}, other candidates were picked once all applications were read. Yours ends at this point." + FOOT_KT,
   "Kurta Kingdom", ("kurtakingdom.example", "kurtakingdom.example"), frm="Kurta Kingdom HR <hr@{dom}>",
   role=("Store Assistant", "Shop Supervisor"), tz=("za", "in"), x=("Verulam", "Vellore"), y=("POPIA", "the DPDP Act"))

# ---- 9 hedged refusals
mr("hd-coins", "{role} – {co}",
   "Dear {n},\n\nOur thanks for coming to meet us. A number of the others we saw had spent more years {x}, and on balance that suited the role a shade better.\n\nWith best wishes,\n{sig}\n{co}",
   ("Masham Numismatics", "Quincy Numismatics"), ("mashamcoins.example", "quincycoin.example"),
   role=("Lister", "Slabbing Assistant"), tz=("uk", "usc"),
   x=("listing hammered medieval pennies", "grading Morgan dollars for auction houses"))
mr("hd-dict", "{role}",
   "Hi {n},\n\nYour editing test and interview were both appreciated. Others on the shortlist had worked longer on {x}, and the editors leaned that way in the end.\n\nRegards,\n{sig}\n{co}",
   ("Bush Words Lexicon", "Cashel Lexicons"), ("bushenglish.example", "cashelpress.example"),
   role=("Assistant Lexicographer", "Etymologist"), tz=("au", "ie"),
   x=("historical citations for regional words", "Irish-English loanword entries"))
mr("hd-prosthetics", "Your application – {role}",
   "Dear {n},\n\nThank you for meeting the clinic team. We saw applicants with more hours {x}, and that weighed a little more for us this time.\n\nKind regards,\n{sig}\n{co}",
   ("Bela-Bela Brace & Socket Clinic", "Barstow Socket Clinic"), ("belabelaop.example", "barstowsocket.example"),
   role=("Orthotist", "Socket Technician"), tz=("za", "usp"),
   x=("fitting children's ankle-foot orthoses", "laminating above-knee fittings"))
mr("hd-audiology", "{role} at {co}",
   "Kia ora {n},\n\nThank you for your time last week. A few candidates came with more {x}, and that matched what the clinic needs a touch more closely.\n\nNgā mihi,\n{sig}\n{co}",
   ("Twizel Audiometry", "Rutland Audiometry"), ("twizelear.example", "rutlandear.example"),
   role=("Audiologist", "Earmould Technician"), tz=("nz", "use"),
   x=("paediatric testing", "in-ear impression work"))
mr("hd-embryo", "Application for Embryologist",
   "Dear {n},\n\nOur thanks for visiting the lab. We found candidates with longer hands-on ICSI practice to be a somewhat better fit for this post.\n\nWith regards,\n{sig}\nSiliguri IVF Centre",
   "Siliguri IVF Centre", "siliguriivf.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-custard", "Following up on our call",
   "Hi {n},\n\nGood to talk yesterday. For the {role} job the client picked their other finalist, so that's closed. They've also handed me {x}, and it suits you well, I reckon. Ten minutes tomorrow?\n\n{sig}\n{co}",
   ("Forfar Dessert Talent", "Boyle Recruitment"), ("forfartalent.example", "boylerecruit.example"),
   role=("Custard Plant Manager", "Jelly Line Manager"), tz=("uk", "ie"),
   x=("a mixing shift lead at a custard mix plant near Louth", "a packing supervisor at a dessert plant near Cahir"))
mr("rc-mayo", "Quick follow-up",
   "Hi {n},\n\nAppreciate the call. The {role} slot got filled when the client promoted their night supervisor. Separate thing: I'm also working {x}, which lines up well with your background. Want me to send it over?\n\n{sig}\n{co}",
   ("Mankato Plant Search", "Dryden Placements"), ("mankatosearch.example", "drydenplacements.example"),
   role=("Mayonnaise Plant Head", "Dressings Plant Head"), tz=("usc", "cac"),
   x=("a dressings line supervisor near Brainerd", "a dip room lead near Kenogami"))
mr("rc-canola", "After our chat",
   "Hi {n},\n\nThanks for the call. The {role} role has gone to someone from the client's own floor. I've got {x} open as well, happy to put you forward if you like the sound of it.\n\nCheers,\n{sig}\n{co}",
   ("Junee Recruitment", "Putaruru Talent"), ("juneeagri.example", "putarurutalent.example"),
   role=("Canola Crush Plant Manager", "Petfood Plant Manager"), tz=("au", "nz"),
   x=("an expeller shift supervisor near Leeton", "a kibble extruder lead near Morrinsville"))
mr("rc-jaggery", "Regarding plant head position",
   "Dear {n},\n\nGood to speak with you. The plant head post at the client's jaggery unit has gone to a transfer from their Erode mill. They also need a boiling house in-charge at a new unit near Tirunelveli; shall I share the details?\n\nRegards,\n{sig}\nKumbakonam Manpower Consultants",
   "Kumbakonam Manpower Consultants", "kumbakonamhr.example", tz="in")

# ---- 8 public-sector notices
mr("ps-inelig", "{co}: vacancy {ref}",
   "Dear {n},\n\nWe checked your {role} application (vacancy {ref}) against the eligibility rules. {x} That makes it ineligible, so it cannot be considered for this vacancy.\n\n{co}",
   ("Government of Tuvalu, Public Service Commission", "Kwajalein Civil Service Office"), ("psc-tuvalu.example", "usag-kwaj.example"),
   frm="{co} <recruitment@{dom}>", role=("Longline Licence Officer", "Atoll Movements Clerk"), tz=("tv", "mh"),
   x=("Only citizens of Tuvalu may hold this post, and your papers include no proof of citizenship.", "The announcement asks for 52 weeks of specialized experience one grade down; your résumé shows 30."))
mr("ps-notcert", "Certification result – {role}",
   "Dear {n},\n\nFor {role}, the department received a certified list of the top {x} scorers. You are not on it, so this recruitment has closed for you.\n\nHuman Resources\n{co}",
   ("Flathead County", "Town of Yarmouth"), ("flatheadcounty.example", "townofyarmouth.example"),
   frm="{co} Human Resources <hr@{dom}>", role=("Noxious Weed Technician", "Pilotage Clerk"), tz=("usm", "cat"),
   x=("five", "three"))
mr("ps-cancel", "{role} – recruitment stopped",
   "Dear {n},\n\nAbout {role}: {x}, so recruitment has stopped and nobody is being appointed. All applicants get this same letter.\n\nPeople and Culture\n{co}",
   ("Junee Shire Council", "Carterton District Council"), ("juneeshire.example", "cartertondc.example"),
   frm="{co} <jobs@{dom}>", role=("Selling Complex Coordinator", "Events Officer"), tz=("au", "nz"),
   x=("a review of how the stock selling complex operates has led Council to leave the post empty", "The position has been disestablished after the annual plan consultation"))
mr("ps-cutoff", "Written examination result: {role}",
   "Dear {n},\n\nRoll No. {ref}, {role}. Written examination marks: {x}. Today's interview shortlist was published without your roll number.\n\n{co}",
   ("Puducherry Staff Recruitment Board", "Chandigarh UT Recruitment Board"), ("pyrecruit.example", "chdrecruit.example"),
   frm="{co} <results@{dom}>", role=("Clerk Grade C", "Junior Draughtsman"), tz=("in", "in"),
   x=("58.75/150, against an OBC category cut-off of 66.25", "97/200, against a General category cut-off of 111.5"))

# ---- 6 bare ATS status updates
mr("st-line", "Application status changed",
   "{co} Careers\n\nPosition: {role}\nReference: {ref}\nStatus: No longer being considered\n\nOther applications are listed once you log in.",
   ("Hawes Clarinet Works", "Olean Bassoon Company"), ("hawesclarinet.example", "oleanbassoon.example"),
   frm="{co} Careers <notifications@{dom}>", role=("Keywork Assembler", "Bore Reamer"), tz=("uk", "use"))
mr("st-table", "{role}: status",
   "<html><body><table cellpadding=\"3\"><tr><th>Job</th><th>Step</th><th>Status</th></tr><tr><td>{role}</td><td>Screening</td><td>Not being considered further</td></tr></table><p>{co} Jobs</p></body></html>",
   ("Nairn Gong Works", "Lakeland Cymbal Works"), ("nairngong.example", "lakelandcymbal.example"),
   frm="{co} Jobs <jobs@{dom}>", role=("Lathing Operator", "Peening Technician"), tz=("uk", "use"))
mr("st-steps", "Update: {role}",
   "Applied ✓ → Reviewed ✓ → Outcome ✗\n\nYour application for {role} at {co} has been closed and is no longer being considered.",
   ("Dornoch Melodeon Co.", "Rutland Concertina Shop"), ("dornochmelodeon.example", "rutlandconcertina.example"),
   frm="{co} via HireTrail <updates@hiretrail.example>", role=("Bellows Maker", "Voicer"), tz=("uk", "use"))

# ---- 6 internship / graduate decisions
mr("in-summer", "Summer studentship decision",
   "Dear {n},\n\n{x} students put in for our four summer studentship places at {co} this year. Each of the four has been taken up by someone else.\n\nWith best wishes,\n{sig}\nStudentship Coordinator, {co}",
   ("Phillip Island Penguin Rosters", "Takaka Tuatara Programme"), ("pipenguin.example", "takakatuatara.example"),
   role=("", ""), tz=("au", "nz"), x=("204", "131"))
mr("in-coop", "Co-op term matching result",
   "Hi {n},\n\nRound one of {role} co-op matching has run. Each of our positions went to a different student.\n\n{sig}\n{co}",
   ("Ithaca Salamander Lab", "Wolfville Frog Lab"), ("ithacasalamander.example", "wolfvillefrog.example"),
   role=("spring", "winter"), tz=("use", "cat"))
mr("in-grad", "Graduate trainee programme {x}",
   "Dear {n},\n\nThe {co} graduate trainee programme's assessment day is behind us, and every one of the {y} places is taken by another graduate.\n\nRegards,\n{sig}\nGraduate Recruitment, {co}",
   ("Windhoek Waterworks", "Blantyre Medicines Ltd"), ("windhoekwater.example", "blantyremed.example"),
   tz=("na", "mw"), x=("2026", "2025"), y=("ten", "six"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ar-wd", "Requisition R-{ref} ({role}): application received",
   "Hello {n},\n\nRequisition R-{ref}, {role}: application on file. This month's order-book review may give the work to a current crew before shortlisting, in which case the requisition is withdrawn and this page says so.\n\n{co} Talent Acquisition",
   ("Brigg Dulcimer Works", "Valdosta Zither Company"), ("briggdulcimer.example", "valdostazither.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Soundboard Sander", "Fret Seater"), tz=("uk", "use"))
mo("application_received", "ar-gh", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: your application is safely in. Yes or no, a human from the hiring team types the reply, never a bot, inside three weeks.\n\n{sig}, {co}",
   ("Cashel Auscultation Ltd", "Petoskey Tourniquet Co."), ("cashel-ausc.example", "petoskeytq.example"),
   role=("Diaphragm Assistant", "Line Coach"), tz=("ie", "usc"))
mo("application_received", "ar-sr", "Application logged: {role}",
   "<html><body><p>Hi {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Job ID</td><td>{ref}</td></tr><tr><td>Stage</td><td>New</td></tr></table><p>Each step adds a row here, including a row that reads so if somebody else fills the job.</p><p>{co} Recruiting</p></body></html>",
   ("Dalby Manhole Lids", "Houma Downpipe Co."), ("dalbymanhole.example", "houmadownpipe.example"),
   frm="{co} <jobs@{dom}>", role=("Cope Hand", "Reach Truck Hand"), tz=("auq", "usc"))
mo("application_received", "ar-icims", "{co} | Application received | Req {ref}",
   "Dear {n},\n\nWe received your application for {role} (Req {ref}). Anyone without a current {x} on file gets \"Not Selected\" at the screening step, so add yours if it is missing.\n\n{co} Human Resources",
   ("Brechin Capstan Ltd", "Plattsburgh Windlass Corp."), ("brechincapstan.example", "plattsburghwindlass.example"),
   frm="{co} HR <hr-notices@{dom}>", role=("Windlass Assembler", "Load Test Technician"), tz=("uk", "use"),
   x=("load-handling ticket", "NCCER lift-director card"))
mo("application_received", "ar-taleo", "Job {ref} – submission confirmed",
   "{n},\n\nYour submission for {role} (Job {ref}) is complete. Once someone is hired, everyone else gets a disposition e-mail. Until then your candidacy shows as Under Consideration.\n\n{co}",
   ("Graaff-Reinet Anvil Works", "Goderich Vise Co."), ("grvanvil.example", "goderichvise.example"),
   frm="{co} Careers <careers-donotreply@{dom}>", role=("Swage Minder", "Plant Wireman"), tz=("za", "cae"))
mo("application_received", "ar-teamtailor", "We got your application",
   "Dear {n},\n\nThank you, your application for {role} is with us. Maybe we fill this job with colleague from our own packing room; in this case also we write to you, so you are not waiting.\n\n{sig}\n{co}",
   ("Plovdiv Tinsel Factory", "Cluj Streamer Works"), ("plovdivtinsel.example", "clujstreamer.example"),
   role=("Machine Minder", "Tinsel Checker"), tz=("bg", "ro"))
mo("application_received", "ar-pinpoint", "{role}: next, the online assessment",
   "Dear {n},\n\n{role}: a short online assessment comes next. Score below the interview line and an e-mail brings your mark; score above it and we phone.\n\nRecruitment Team, {co}",
   ("Horncastle Buckle Company", "Sedalia Galoshes"), ("horncastlebuckle.example", "sedaliagaloshes.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Anodiser", "Galosh Closer"), tz=("uk", "usc"))
mo("application_received", "ar-pyjama", "Sleepwell: application received",
   "Dear {n},\n\n{role} at our {x} store: your form has landed. The store manager phones just those applicants she wants to meet in person." + FOOT_PJ,
   "Sleepwell Pyjama Co.", ("sleepwell-pyjamas.example", "sleepwell-pyjamas.example"), frm="Sleepwell Careers <careers@{dom}>",
   role=("Weekend Sales Assistant", "Display Assistant"), tz=("uk", "ie"), x=("Uppingham", "Clifden"))
mo("application_received", "ar-cert", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} has been received. We score each application on the posted criteria and certify the top group to the hiring department. A letter goes to anyone left uncertified.\n\nHuman Resources, {co}",
   ("Flathead County", "Town of Yarmouth"), ("flatheadcounty.example", "townofyarmouth.example"),
   frm="{co} Human Resources <hr@{dom}>", role=("Road Laborer", "Program Aide"), tz=("usm", "cat"))
mo("application_received", "ar-cutoff", "Online application submitted: {role}",
   "Dear {n},\n\nYour online application for {role} has been submitted (Registration No. {ref}). Admit cards for the written examination will be issued to all eligible candidates. Interview call letters go only to those whose marks reach the cut-off for their category.\n\n{co}",
   ("Puducherry Staff Recruitment Board", "Chandigarh UT Recruitment Board"), ("pyrecruit.example", "chdrecruit.example"),
   frm="{co} <results@{dom}>", role=("Office Attendant", "Typist Grade II"), tz=("in", "in"))
mo("application_received", "ar-th-improv", "RE: [EXT] Re: Box office",
   "Hi {n},\n\nTa, your note and CV arrived. The board sits Thursday; should the box office hours go to a volunteer, I'll message you that evening.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Box office\n\nHi {sf}, attaching my CV as promised.\n{n}",
   ("The Cashel Street Improv Theatre", "Yes And Theatre"), ("cashelstimprov.example", "yesandtheatre.example"), tz=("ie", "cae"))
mo("application_received", "ar-summer", "Summer studentship application received",
   "Dear {n},\n\nYour summer studentship form for {co} is in. Offers go out in the second week of {x}; anyone who misses out hears from us by e-mail before that week ends.\n\n{sig}\n{co}",
   ("Phillip Island Penguin Rosters", "Takaka Tuatara Programme"), ("pipenguin.example", "takakatuatara.example"),
   tz=("au", "nz"), x=("October", "September"))
# once
mo("application_received", "ar-lever", "Thanks, {n}",
   "Hi {n},\n\nThanks for applying for {role}. Offered or turned down, a member of the hiring group writes to you, mostly within a fortnight.\n\n{sig}, People Team, {co}",
   "Ripon Doorknob Company", "ripondoorknob.example", role="Patina Hand", tz="uk")
mo("application_received", "ar-workable", "Application received – {role}",
   "Hi {n},\n\n{role} application: received. Whoever we pick, a short note goes to every applicant once the ad is offline.\n\n{sig}\n{co}",
   "Kingaroy Snips Co.", "kingaroyshears.example", role="Labeller", tz="auq")
mo("application_received", "ar-bamboo", "{role} application",
   "Hi {n},\n\nApplication received! Heads up: should someone from the sanding bench ask to step up first, it goes to them. You'll get word from me regardless.\n\n{sig}\n{co}",
   "Roswell Pinworks", "roswellpins.example", role="Pin Smoothing Lead", tz="usm")
mo("application_received", "ar-personio", "Application received",
   "Hello {n},\n\nYour application for {role} is with us. Also when answer is negative, e-mail comes from us; nobody stays without answer.\n\n{sig}\nHR, {co}",
   "Yerevan Sparkler Plant", "yerevansparkler.example", role="Lab Assistant", tz="am")
mo("application_received", "ar-jazz", "got your app",
   "Hey {n} -\n\nBongo head job app came through. If I haven't called by the 20th, assume the job went elsewhere, so don't wait up.\n\n{sig}\nLaredo Bongo Shop",
   "Laredo Bongo Shop", "laredobongo.example", tz="usc")
mo("application_received", "ar-ashby", "Application for {role}",
   "Dear {n},\n\nThank you for applying for {role}. Good news or not, our team answers every candidate personally inside fifteen working days.\n\n{sig}\nTalent, {co}",
   "Windhoek Flipper Moulding", "windhoekflipper.example", role="Materials Purchaser", tz="na")
mo("application_received", "ar-pawn", "counter job",
   "Hi {n},\n\nGot your application. I only phone the folks I want to see for a trial shift, so if I call, bring ID.\n\n{sig}\nBangor Pawnshop",
   "Bangor Pawnshop", "bangorpawn.example", tz="use")
mo("application_received", "ar-beautician", "Application received",
   "Dear {n},\n\nYour form for studio assistant has come. Every applicant, selected or not selected, gets SMS by Saturday.\n\n{sig}\nGuwahati Glow Beauty Studio",
   "Guwahati Glow Beauty Studio", "guwahatiglow.example", tz="in")
mo("application_received", "ar-spaza", "Your application",
   "Hi {n},\n\nThanks for your CV. Taken or not, I will SMS you by Friday.\n\n{sig}\nKhumalo Spaza",
   "Khumalo Spaza", "khumalospaza.example", tz="za")
mo("application_received", "ar-luncheonette", "grill cook",
   "Hi {n},\n\nGot your application. Should Vito's daughter want the mornings back, they're hers; I'll call you by the weekend regardless.\n\n{sig}\nElmira Luncheonette",
   "Elmira Luncheonette", "elmiraluncheonette.example", tz="use")
mo("application_received", "ar-coins", "Application received: {role}",
   "Dear {n},\n\nYour papers for {role} are here. Should someone's auction-house years suit the post better, we'll state it plainly; a reply comes whatever happens.\n\n{sig}\n{co}",
   "Masham Numismatics", "mashamcoins.example", role="Junior Lister", tz="uk")
mo("application_received", "ar-dict", "Thanks for applying",
   "Hi {n},\n\n{role}: we read past the cover letter only when the two sample entries are attached, so send them if they're missing.\n\n{sig}\n{co}",
   "Bush Words Lexicon", "bushenglish.example", role="Headword Assistant", tz="au")
mo("application_received", "ar-custard", "Your CV",
   "Hi {n},\n\nCV received for the custard plant manager role and sent on to the client. Whatever they decide, my call comes that day.\n\n{sig}\nForfar Dessert Talent",
   "Forfar Dessert Talent", "forfartalent.example", tz="uk")
mo("application_received", "ar-tuvalu", "Application received – {role}",
   "Dear {n},\n\nThe Public Service Commission has received your application for {role}. If citizenship of Tuvalu cannot be shown, we write to explain why the application is ineligible.\n\n{co}",
   "Government of Tuvalu, Public Service Commission", "psc-tuvalu.example",
   frm="{co} <recruitment@{dom}>", role="Adaptation Fund Officer", tz="tv")
mo("application_received", "ar-junee", "Application acknowledged – {role}",
   "Dear {n},\n\nYour {role} application has been logged. If Council chooses to leave the position unfilled, all applicants are told in writing.\n\nPeople and Culture, {co}",
   "Junee Shire Council", "juneeshire.example", frm="{co} <jobs@{dom}>", role="Records Officer", tz="au")
mo("application_received", "ar-status", "Application status",
   "{co} Careers\n\nPosition: {role}\nReference: {ref}\nStatus: Received\n\nSign in to follow your application.",
   "Hawes Clarinet Works", "hawesclarinet.example", frm="{co} Careers <notifications@{dom}>", role="Seating Hand", tz="uk")
mo("application_received", "ar-coop", "Co-op application received",
   "Hi {n},\n\nWe have your winter co-op application. Whether you match with us or not, round one results show up on the co-op portal.\n\n{sig}\n{co}",
   "Wolfville Frog Lab", "wolfvillefrog.example", tz="cat")
mo("application_received", "ar-grad", "Graduate programme application",
   "Dear {n},\n\nYour graduate trainee programme application is with us. Below the online test pass mark means no place at the assessment day; marks come out in three weeks.\n\n{sig}\nGraduate Recruitment, {co}",
   "Windhoek Waterworks", "windhoekwater.example", tz="na")
mo("application_received", "ar-th-drag", "Re: [EXT] Re: Light board op",
   "Hi {n},\n\nGot it babe. Should the owners hand the light board shifts to a regular, you'll hear from me direct, no ghosting.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, here's my CV for the light board op role.\n> {n}",
   "Glitterbox Cabaret", "glitterboxcabaret.example", tz="au")
mo("application_received", "ar-th-poi", "RE: [EXT] Re: Holiday programme",
   "Kia ora {n},\n\nThanks, the committee has your details now. Picked or not, I'll flick you a message after Tuesday's meeting.\n\n{sig}\n\n" + RULE + "Subject: Re: Holiday programme\n\nKia ora {sf}, I'd love to help with the holiday programme.\n{n}",
   "Takaka Poi School", "takakapoi.example", tz="nz")
mo("application_received", "ar-hoodie", "HoodHaus: application received",
   "Hi {n},\n\nYour HoodHaus Port Hope application came through. Interview calls go only to the ones we pick; a no still lands in your inbox." + FOOT_HD,
   "HoodHaus", "hoodhaus.example", frm="HoodHaus Jobs <jobs@{dom}>", tz="cae")
mo("application_received", "ar-beanie", "Beanie Burrow: thanks for applying",
   "Hi {n},\n\nYour Balclutha store application (Weekend Assistant) is in. Only the shortlist gets a ring, so have your phone close for a fortnight." + FOOT_BN,
   "Beanie Burrow", "beanieburrow.example", frm="Beanie Burrow Careers <careers@{dom}>", tz="nz")
mo("application_received", "ar-prosthetics", "Application received",
   "Dear {n},\n\nYour {role} application is with the clinic. If someone else's socket-fitting background fits closer, we'll tell you straight.\n\n{sig}\n{co}",
   "Barstow Socket Clinic", "barstowsocket.example", role="Socket Assistant", tz="usp")
mo("application_received", "ar-sarisari", "Helper",
   "Hi {n},\n\nThank you for your message. Aling Norma will read it tonight and call you tomorrow.\n\n{sig}\nAling Norma Tindahan",
   "Aling Norma Tindahan", "alingnorma.example", tz="ph")
mo("application_received", "ar-warung", "Application",
   "Hello {n},\n\nWe received your message and photo. Please come to the warung on Monday after 2 pm to talk with Ibu Tutik.\n\n{sig}\nWarung Bu Tutik",
   "Warung Bu Tutik", "warungbututik.example", tz="id")
mo("application_received", "ar-opshop", "Volunteer form received",
   "Kia ora {n},\n\nVolunteer form received! Noeline will phone shortly to sort a shift.\n\nNgā mihi,\n{sig}\nGeraldine Op Shop",
   "Geraldine Op Shop", "geraldineopshop.example", tz="nz")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-th-haunt", "RE: [EXT] Re: Haunt actor – {co}",
   "Hi {n},\n\nLoved your audition tape. Trial night is {dl}, 6 pm, if you can make it. Unfortunately the hall's fog machine is broken, so come in old clothes that can get dusty.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Haunt actor – {co}\n\nHi {sf}, here's my audition tape.\n{n}",
   ("Kirkby Haunted House", "Lynchburg Haunt"), ("kirkbyhaunt.example", "lynchburghaunt.example"), tz=("uk", "use"))
mo("interview", "iv-th-silks", "Re: [EXT] RE: Silks instructor",
   "Hi {n},\n\nKeen to see you teach! A 30-minute sample class at 10 am on {dl}, maybe? Unfortunately our parking lot gets resurfaced that week; street parking only.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Silks instructor\n\nHi {sf}, just checking the studio got my CV.\n{full}",
   ("Houghton Silks Studio", "Flying Fabric Studio"), ("houghtonsilks.example", "flyingfabric.example"), tz=("usc", "auq"))
mo("interview", "iv-lever", "Interview: {role}",
   "Hi {n},\n\nOn {dl} at 11:00 we'd like a video call with you about {role}. Unfortunately our meeting-room microphone picks up the buffing shop, so forgive the hum.\n\n{sig}, {co}",
   "Chico Letterbox Works", "chicoletterbox.example", role="Finish Lead", tz="usp")
mo("interview", "iv-hairdresser", "Trial day",
   "Hi {n},\n\nFree for a trial from 10 on {dl}? Bring your own scissors. Unfortunately the back basin is out of action so we'll be a bit squashed.\n\n{sig}\nCashel Hairdressers",
   "Cashel Hairdressers", "cashelhair.example", tz="ie")
mo("interview", "iv-caff", "Trial shift",
   "Hiya {n},\n\nFancy a trial, 7 till 11, {dl}? Unfortunately the big toaster's packed in so it'll be grill only.\n\n{sig}\nBrechin Road Caff",
   "Brechin Road Caff", "brechincaff.example", tz="uk")
mo("interview", "iv-tuckshop", "Tuckshop trial",
   "Hi {n},\n\nWould you be able to help out for a morning on {dl} to see how you go? Unfortunately the pie warmer is playing up, so it's sandwiches only.\n\n{sig}\nDalby State School P&C",
   "Dalby State School P&C", "dalbypandc.example", tz="auq")
mo("interview", "iv-junee", "Interview invitation – {role}",
   "Dear {n},\n\nCouncil invites you to interview for {role}, 2 pm, {dl}, Council Chambers. Unfortunately works have shut the side entrance; enter by the front foyer.\n\nPeople and Culture, {co}",
   "Junee Shire Council", "juneeshire.example", frm="{co} <jobs@{dom}>", role="Open Spaces Team Leader", tz="au")
mo("interview", "iv-audiology", "Interview – {role}",
   "Hi {n},\n\nYour application looks good. Come in at 9:30 on {dl} for an interview plus a short practical? Unfortunately our audiometer is being recalibrated, so the practical will be on paper.\n\n{sig}\n{co}",
   "Rutland Audiometry", "rutlandear.example", role="Audiologist", tz="use")
mo("interview", "iv-icims", "{co} | Interview scheduled | Req {ref}",
   "Dear {n},\n\nYou have been selected to interview for {role} (Req {ref}) on {dl}, 1:00 PM, at the plant. Unfortunately visitor parking is closed; use the lot behind Gate 3.\n\n{co} Human Resources",
   "Plattsburgh Windlass Corp.", "plattsburghwindlass.example", frm="{co} HR <hr-notices@{dom}>", role="Hydraulics Assembler", tz="use")
mo("interview", "iv-kwaj", "Interview notice – {role}",
   "Dear {n},\n\nA telephone interview for {role} is set for 0900 Kwajalein time, {dl}. Unfortunately our lines drop often; if disconnected, we will call back within five minutes.\n\n{co}",
   "Kwajalein Civil Service Office", "usag-kwaj.example", frm="{co} <recruitment@{dom}>", role="Atoll Skiff Operator", tz="mh")
mo("interview", "iv-th-bocce", "Re: [EXT] Re: Bar and lanes manager",
   "Hi {n},\n\nThe board wants a second chat, 5 pm on {dl}, at the club. Unfortunately the lane lights are out, so we'll sit in the bar.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the tour. Any update?\n> {full}",
   "Norwood Bocce Club", "norwoodbocce.example", tz="sa")
mo("next_steps", "ns-inelig", "{co}: documents required by {dl}",
   "Dear {n},\n\nYour {role} application needs {x} from you; the deadline is {dl}. Unfortunately snapshots from a mobile are not accepted.\n\n{co}",
   ("Government of Tuvalu, Public Service Commission", "Kwajalein Civil Service Office"), ("psc-tuvalu.example", "usag-kwaj.example"),
   frm="{co} <recruitment@{dom}>", role=("Longline Licence Officer", "Atoll Movements Clerk"), tz=("tv", "mh"),
   x=("certified copies of both birth certificate and passport", "your DD-214 and last two SF-50s"))
mo("next_steps", "ns-mayo", "Reference form – please complete",
   "Hi {n},\n\nGood news: before the last round for {role} the client wants references. The referee form is due {dl}. Unfortunately their portal logs you off after ten idle minutes, so gather names and numbers first.\n\n{sig}\n{co}",
   ("Mankato Plant Search", "Dryden Placements"), ("mankatosearch.example", "drydenplacements.example"),
   role=("Dressings Line Supervisor", "Dip Room Lead"), tz=("usc", "cac"))
mo("next_steps", "ns-taleo", "Job {ref}: drug screen",
   "{n},\n\nNext step for {role}: a drug screen. Please visit any partner clinic by {dl} with the code {ref}.\n\n{co}",
   "Goderich Vise Co.", "goderichvise.example", frm="{co} Careers <careers-donotreply@{dom}>", role="Swage Minder", tz="cae")
mo("next_steps", "ns-wd", "Requisition R-{ref}: bench test",
   "Hello {n},\n\nYou're through to the bench test for {role}. Pick a slot before {dl} in the booking link. Unfortunately the workshop has no lift, so tell us if stairs are a problem.\n\n{co} Talent Acquisition",
   "Brigg Dulcimer Works", "briggdulcimer.example", frm="{co} Careers <no-reply@{dom}>", role="Soundboard Hand", tz="uk")
mo("next_steps", "ns-cutoff", "Document verification – Roll No. {ref}",
   "Dear {n},\n\n{role}: your name is on the document verification list. Bring all original certificates plus two passport photos; reporting time 10:00, date {dl}.\n\n{co}",
   "Chandigarh UT Recruitment Board", "chdrecruit.example", frm="{co} <results@{dom}>", role="Junior Draughtsman", tz="in")
mo("next_steps", "ns-grad", "Pre-employment medical",
   "Dear {n},\n\nYou need a pre-employment medical before you start; book one by {dl}, please. Unfortunately walk-ins are turned away at that clinic.\n\n{sig}\nGraduate Recruitment, {co}",
   "Blantyre Medicines Ltd", "blantyremed.example", tz="mw")
mo("next_steps", "ns-dict", "Editing test",
   "Hi {n},\n\nThe attached editing test is due back {dl}. Unfortunately two of the source scans are faint; do your best with them.\n\n{sig}\n{co}",
   "Cashel Lexicons", "cashelpress.example", tz="ie")
mo("next_steps", "ns-workable", "Assessment for {role}",
   "<html><body><p>Hi {n},</p><p>The <b>{role}</b> skills assessment closes <b>{dl}</b>. Unfortunately a laptop or desktop is needed; phones can't open it.</p><p>{sig}<br>{co}</p></body></html>",
   "Kirkcudbright Pliers Co.", "kcbpliers.example", role="Hardening Operator", tz="uk")
mo("next_steps", "ns-personio", "Next step: test task",
   "Hello {n},\n\nAfter interview, next step is small written task about storage safety. Deadline for sending is {dl}.\n\n{sig}\nHR, {co}",
   "Tashkent Firework Workshop", "tashkentfirework.example", tz="uz")
mo("next_steps", "ns-st", "Action needed: {role}",
   "{co} Careers\n\nPosition: {role}\nStatus: Assessment\n\nPlease complete the hand-skills questionnaire by {dl}.",
   "Olean Bassoon Company", "oleanbassoon.example", frm="{co} Careers <notifications@{dom}>", role="Bore Reamer", tz="use")
mo("offer", "of-bamboo", "Offer: {role}",
   "Hi {n},\n\nCome and join us as {role}; first day {dl}. Details are attached. Unfortunately parking near the workshop is tight, so most of us walk.\n\n{sig}\n{co}",
   ("Macroom Peppermills", "Roswell Pinworks"), ("macroompeppermill.example", "roswellpins.example"),
   role=("Mill Body Assistant", "Packing Lead"), tz=("ie", "usm"))
mo("offer", "of-th-graffiti", "RE: [EXT] Re: Workshop facilitator",
   "Hey {n},\n\nGood news, the Saturday holiday sessions are yours from {dl}. Unfortunately the vented room is still being fixed, so it's markers and paper for the first week.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Workshop facilitator\n\nHi {sf}, happy to do weekends if that helps.\n{n}",
   "Spraycan Collective Aotearoa", "spraycan-aotearoa.example", tz="nz")
mo("offer", "of-drugstore", "Offer – front counter",
   "Hello {n},\n\nThe front counter position is yours, starting {dl}, if you want it. One snag: unfortunately the staff room is being painted, so lockers will be in the stockroom for now.\n\n{sig}\nGoderich Drugstore",
   "Goderich Drugstore", "goderichdrugs.example", tz="cae")
mo("offer", "of-spaza", "The job",
   "Hi {n},\n\nYou can start on {dl}, come at 8. Unfortunately the fridge is broken so we are not selling cold drinks this month.\n\n{sig}\nKhumalo Spaza",
   "Khumalo Spaza", "khumalospaza.example", tz="za")
mo("offer", "of-canola", "Offer for the expeller role",
   "Hi {n},\n\nOffer in! The client wants you as expeller shift supervisor near Leeton, from {dl}. Unfortunately relocation help tops out at $3,000.\n\nCheers,\n{sig}\nJunee Recruitment",
   "Junee Recruitment", "juneeagri.example", tz="au")
mo("offer", "of-summer", "Summer studentship offer",
   "Dear {n},\n\nGood news: a summer studentship with us is yours. Reply to confirm by {dl}, please. Unfortunately our bunkhouse is full, so you'll need to find your own bed.\n\n{sig}\n{co}",
   "Phillip Island Penguin Rosters", "pipenguin.example", tz="au")
mo("offer", "of-th-poi", "RE: [EXT] Re: Weekend teacher",
   "Kia ora {n},\n\nA Sunday spot has come free; first session {dl}, if you'll take it. Bit of bad news: unfortunately the hall heater is broken, so bring layers.\n\n{sig}\n\n" + RULE + "Subject: Re: Weekend teacher\n\nKia ora {sf}, still keen if anything comes up!\n{n}",
   "Spin Circle Poi Academy", "spincirclepoi.example", tz="au")
mo("offer", "of-luncheonette", "job offer",
   "Hi {n},\n\nVito says the afternoon line is yours from {dl}; see you then. Unfortunately our walk-in cooler's in bits, so it's a short menu for a week.\n\n{sig}\nElmira Luncheonette",
   "Elmira Luncheonette", "elmiraluncheonette.example", tz="use")
mo("offer", "of-kurta", "Offer of employment – Store Assistant",
   "Dear {n},\n\nKurta Kingdom Vellore would like you as Store Assistant. Your joining date is {dl}." + FOOT_KT,
   "Kurta Kingdom", "kurtakingdom.example", frm="Kurta Kingdom HR <hr@{dom}>", tz="in", y="the DPDP Act")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "oj-review", "Application status: {role}",
   "{co} Careers\n\nPosition: {role}\nStatus: In review\n\nDecisions: none so far. No candidate is picked or out at this point.",
   ("Nairn Gong Works", "Lakeland Cymbal Works"), ("nairngong.example", "lakelandcymbal.example"),
   frm="{co} Careers <notifications@{dom}>", role=("Buffing Hand", "Lathing Operator"), tz=("uk", "use"))
mo("other_job", "oj-withdrawn", "Application withdrawn",
   "<html><body><p>Hi {n},</p><table cellpadding=\"3\"><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>A new application later on is always welcome.</p><p>{co}</p></body></html>",
   ("Dornoch Melodeon Co.", "Lynchburg Haunt"), ("dornochmelodeon.example", "lynchburghaunt.example"),
   frm="{co} <jobs@{dom}>", role=("Bellows Maker", "SFX Hand"), tz=("uk", "use"))
mo("other_job", "oj-delay", "Scoring timeline update – {role}",
   "Dear {n},\n\nStaff leave has pushed scoring for {role} back by two weeks. Not one application is scored so far; expect news when that work is finished.\n\nHuman Resources, {co}",
   "Flathead County", "flatheadcounty.example", frm="{co} Human Resources <hr@{dom}>", role="Road Laborer", tz="usm")
mo("job_alert", "al-pyjama", "Sleepwell: 3 new roles near you",
   "Hi {n},\n\nNew this Monday:\n• Sales Assistant – Oakham\n• Stockroom Assistant – Uppingham Road\n• Assistant Manager – Downham\n\nManage alerts under Jobs > My Alerts.",
   "Sleepwell Pyjama Co.", "sleepwell-pyjamas.example", frm="Sleepwell Careers <alerts@{dom}>", tz="uk")
mo("job_alert", "al-hoodie", "HoodHaus jobs this week",
   "Hey {n},\n\n2 openings match your alert:\n- Floor Associate, Olean\n- Transfer Station Associate, Elmira\n\nText STOP to end alerts.",
   "HoodHaus", "hoodhaus.example", frm="HoodHaus Jobs <alerts@{dom}>", tz="use")
mo("job_alert", "al-beanie", "Store Jobs – fortnightly roundup",
   "Hi {n},\n\nThis fortnight's Store Jobs:\n· Weekend Assistant, Colac\n· Store 2IC, Balclutha\n· December Extra, Orbost\n\nUnsubscribe any time.",
   "Beanie Burrow", "beanieburrow.example", frm="Beanie Burrow Careers <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "ro-mayo", "Dressings line supervisor near Brainerd?",
   "Hi {n},\n\nYour name came up in my search today. I'm filling a dressings line supervisor role near Brainerd: days, union plant, good overtime. Open to a quick chat?\n\n{sig}\nMankato Plant Search",
   "Mankato Plant Search", "mankatosearch.example", tz="usc")
mo("recruiter_outreach", "ro-jaggery", "Opening at a new jaggery unit",
   "Dear {n},\n\nA new unit near Tirunelveli needs a boiling house in-charge, and your background matches. Can I ring you tomorrow?\n\n{sig}\nKumbakonam Manpower Consultants",
   "Kumbakonam Manpower Consultants", "kumbakonamhr.example", tz="in")
mo("non_job_rejection_words", "nj-flat", "14 Lynch Street",
   "Hi {n},\n\nFollowing your Lynch Street viewing: the landlord picked other tenants, and the flat's now let.\n\n{sig}\nMacon Leasing",
   "Macon Leasing", "maconleasing.example", tz="use")
mo("non_job_rejection_words", "nj-bocce", "Winter league entry",
   "Hi {n},\n\nThe winter league's sixteen slots went on night one. Your team sits top of the waiting list.\n\n{sig}\nPonoka Bocce Club",
   "Ponoka Bocce Club", "ponokabocce.example", tz="cam")
mo("non_job_rejection_words", "nj-grant", "Community grant outcome",
   "Dear {n},\n\nThe Small Grants Round panel couldn't fund the poi festival bid this time; bids were three times the money available.\n\n{sig}\nCarterton District Council",
   "Carterton District Council", "cartertondc.example", tz="nz")
mo("non_job_rejection_words", "nj-haunt", "Season pass draw",
   "Hi {n},\n\nSeason passes have been drawn; your name missed out. Single tickets go on sale Friday.\n\n{sig}\nKirkby Haunted House",
   "Kirkby Haunted House", "kirkbyhaunt.example", tz="uk")
mo("non_job_rejection_words", "nj-plot", "School enrolment – out of zone",
   "Dear {n},\n\nNext year's out-of-zone places are all allocated. Your child is number seven on our waiting list.\n\n{sig}\nDalby State School",
   "Dalby State School", "dalbystateschool.example", tz="auq")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("reaper", "BlackBerry message: scything crew",
   "[BlackBerry · 2B6E41C7]\n{sig}: hi {n}, re the harvest-home scything crew. we've got our six reapers now, Old Tom's grandson took the last place. sorry pal, maybe next august",
   "Hawes Harvest Home", "pinrelay-bbm.example", frm="{sig} via BlackBerry <relay@{dom}>", tz="uk")
wo("application_received", "reaper", "BlackBerry message: scything crew",
   "[BlackBerry · 3C1A99E0]\n{sig}: got ur note about scything for the harvest home. pick or no pick, everyone gets a message back after thursdays committee",
   "Leyburn Harvest Home", "pinrelay-bbm.example", frm="{sig} via BlackBerry <relay@{dom}>", tz="uk")
wr("shucker", "New reply on your Ello post",
   "Ello · 1 new reply near Lakeland\n\nShuckCrew: to whoever asked about shucking at the raw bar on the boardwalk - boss hired his buddy from Apalachicola, our crew's complete for the season 🦪",
   "Ello", "ello-notify.example", frm="Ello <noreply@{dom}>", tz="use")
wo("interview", "shucker", "New reply on your Ello post",
   "Ello · 1 new reply near Valdosta\n\nShuckCrew: clam shucker who replied - come do a timed tray with us {dl}, 3pm, back door of the raw bar. unfortunately the ice machine is down so we're using bags",
   "Ello", "ello-notify.example", frm="Ello <noreply@{dom}>", tz="use")
wr("cuddler", "New message from Snuggle Studio",
   "Tinder · New message\n\nSnuggle Studio Kalispell: Hey {n}! Thanks for matching with our recruiting profile 😅 The professional cuddler opening went to a former nursing-home volunteer we met last week. Wishing you well!",
   "Tinder", "tinder-mail.example", frm="Tinder <messages@{dom}>", tz="usm")
wo("application_received", "cuddler", "New message from Cozy Company",
   "Tinder · New message\n\nCozy Company Pendleton: Hi {n}, your cuddler role form came through. Yes or no, all applicants get a message by Friday 💛",
   "Tinder", "tinder-mail.example", frm="Tinder <messages@{dom}>", tz="usp")
wr("unicyclist", "Direct message from @wheelwobblers",
   "Twitter · Direct Message\n\n@wheelwobblers: hey {n}, thanks for the clip! the unicyclist spot in the street show is taken now, Dee's brother Finn is riding it this summer",
   "Twitter", "twitter-dm.example", frm="Twitter <notify@{dom}>", tz="ie")
wo("interview", "unicyclist", "Direct message from @onewheelcircus",
   "Twitter · Direct Message\n\n@onewheelcircus: loved your clip {n}! come ride for us at the green on {dl}, noon. unfortunately the van's broken so bring your own unicycle",
   "Twitter", "twitter-dm.example", frm="Twitter <notify@{dom}>", tz="ie")
wr("zamboni", "Foursquare: new message",
   "Foursquare · Message from Petoskey Ice Centre\n\nHi {n}, about the ice machine driver job: the night shift went to Darnell, who's driven our Zamboni on weekends for two winters. Good luck!",
   "Foursquare", "foursquare-mail.example", frm="Foursquare <noreply@{dom}>", tz="use")
wo("next_steps", "zamboni", "Foursquare: new message",
   "Foursquare · Message from Houghton Ice Centre\n\nHi {n}, for the ice machine driver job, please bring your heavy-vehicle licence and a driving record printout by {dl}. Unfortunately our office is closed Mondays.",
   "Foursquare", "foursquare-mail.example", frm="Foursquare <noreply@{dom}>", tz="usc")
wr("mortician", "Comment on your LiveJournal entry",
   "LiveJournal · New comment on \"job search, week six\"\n\nmacon_undertakers: {n}, thank you for the kind letter about our apprentice mortician post. We have taken on Mrs. Gaither's granddaughter, who finished her licensing course in May.",
   "LiveJournal", "livejournal-mail.example", frm="LiveJournal <comments@{dom}>", tz="use")
wo("application_received", "mortician", "Comment on your LiveJournal entry",
   "LiveJournal · New comment on \"applications sent\"\n\nlakeland_undertakers: Received your letter, {n}. Once the board has chosen an apprentice, each applicant will get a letter from us.",
   "LiveJournal", "livejournal-mail.example", frm="LiveJournal <comments@{dom}>", tz="use")
wr("cowpoke", "Ventrilo voice chat transcript",
   "[Ventrilo transcript, channel #hands]\n{sig}: yeah so {n}, about the cowpoke job on the guest outfit\n{sig}: boss gave it to Wyatt, the neighbour's kid, he's been wrangling our guest horses since he was twelve\n{sig}: no hard feelings partner",
   "Ventrilo", "vent-voicelogs.example", frm="Ventrilo Voice Logs <voicelogs@{dom}>", tz="usm")
wo("offer", "cowpoke", "Ventrilo voice chat transcript",
   "[Ventrilo transcript, channel #hands]\n{sig}: {n}, boss says if you want the cowpoke job, it's a done deal\n{sig}: start {dl}, bunkhouse included\n{sig}: unfortunately the wifi out there is garbage so this is the last you'll hear from me online lol",
   "Ventrilo", "vent-voicelogs.example", frm="Ventrilo Voice Logs <voicelogs@{dom}>", tz="usm")
wr("bullfighter", "Fortnite lobby chat saved",
   "Fortnite · Party chat log\n\nBullRiderRoy_88: yo {n} saw ur msg bout bull-riding bullfighter\nBullRiderRoy_88: we signed Colt Two Bulls for the summer events, crews full\nBullRiderRoy_88: gg tho",
   "Fortnite", "fortnite-chatlog.example", frm="Fortnite <chatlogs@{dom}>", tz="usc")
wo("application_received", "bullfighter", "Fortnite lobby chat saved",
   "Fortnite · Party chat log\n\nBarrelBrandi: hey {n} got ur bull-riding bullfighter video\nBarrelBrandi: signed or not, everybody who sent one hears back before the county bull-riding night",
   "Fortnite", "fortnite-chatlog.example", frm="Fortnite <chatlogs@{dom}>", tz="usc")
wr("switchboard", "Pneumatic tube note (scanned)",
   "SCANNED FROM TUBE CARRIER, DESK 3\n\nTo: {n}\nFrom: Front Hall Manager, Rothesay Bute Hotel\nRe: Switchboard operator (period floor)\n\nMiss Euphrosyne Carr from the Dunoon exchange has been engaged for the switchboard. With thanks for your call.",
   "Rothesay Bute Hotel", "rothesaybute.example", frm="Rothesay Bute Hotel <scans@{dom}>", tz="uk")
wo("interview", "switchboard", "Pneumatic tube note (scanned)",
   "SCANNED FROM TUBE CARRIER, DESK 1\n\nTo: {n}\nFrom: Front Hall Manager, Girvan Station Hotel\nRe: Switchboard operator\n\nPlease attend for a trial at the board on {dl}, 10 a.m. Unfortunately the front lift is out of service; use the back stair.",
   "Girvan Station Hotel", "girvanhotel.example", frm="Girvan Station Hotel <scans@{dom}>", tz="uk")
wr("graphologist", "Photo: Boogie Board at the front desk",
   "[photo of a Boogie Board LCD tablet, transcribed]\n\n{N}! — GRAPHOLOGIST JOB IS FILLED. WE WENT WITH THE LADY FROM THE COURT HANDWRITING UNIT. THANKS 4 COMING IN — R.",
   "Scriptwise Handwriting Analysis", "scriptwise.example", frm="Scriptwise Front Desk <frontdesk@{dom}>", tz="za")
wo("next_steps", "graphologist", "Photo: Boogie Board at the front desk",
   "[photo of a Boogie Board LCD tablet, transcribed]\n\n{N} — FOR THE GRAPHOLOGIST JOB PLEASE SEND 3 HANDWRITTEN PAGES BY {DL}. UNFORTUNATELY THE SCANNER IS BROKEN SO POST THEM — R.",
   "Penmark Graphology", "penmark.example", frm="Penmark Front Desk <frontdesk@{dom}>", tz="za")
wr("sniffer", "New Plurk response",
   "Plurk · {sig} replied to you\n\n{n}, thank you for trying out for our deodorant panel. The last sniffer seat went to someone with four years on a toiletries maker's panel. Take care!",
   "Plurk", "plurk-mail.example", frm="Plurk <notify@{dom}>", tz="cn")
wo("next_steps", "sniffer", "New Plurk response",
   "Plurk · {sig} replied to you\n\n{n}, next step for the deodorant sniffer panel is a smell-acuity test. Book it by {dl}. Unfortunately no aftershave on the day, or we must send you home.",
   "Plurk", "plurk-mail.example", frm="Plurk <notify@{dom}>", tz="cn")
wr("mermaid", "BeReal from Mandurah Mermaid Shows",
   "BeReal · Mandurah Mermaid Shows posted\n\nCaption: massive welcome to Jaz, our newest mermaid 🧜 thanks to everyone who tried out, incl. you {n} 💙",
   "BeReal", "bereal-mail.example", frm="BeReal <notify@{dom}>", tz="wa")
wo("application_received", "mermaid", "BeReal from Coral Cove Shows",
   "BeReal · Coral Cove Shows posted\n\nCaption: mermaid tryout tapes are in!! @{n} + everyone else: cast or not, DMs go out Sunday 🐚",
   "BeReal", "bereal-mail.example", frm="BeReal <notify@{dom}>", tz="wa")
wr("sexer", "QQ message",
   "QQ · 1 new message\n\n{sig}: Hello {n}, thanks for asking about chick sexer job at our company. Manager already hire Mr. Oh from Daejeon, he has twenty years sexing experience. All the best.",
   "QQ", "qq-mail.example", frm="QQ Mail <notify@{dom}>", tz="cn")
wo("offer", "sexer", "QQ message",
   "QQ · 1 new message\n\n{sig}: Hello {n}, manager agree to hire you as chick sexer, start {dl}. Unfortunately dormitory is full this month, we help find room in town.",
   "QQ", "qq-mail.example", frm="QQ Mail <notify@{dom}>", tz="cn")
wr("harpooner", "Houseparty: you missed a chat",
   "Houseparty · Chat you missed\n\n{sig}: {n}! about the harpooner role in the Nantucket-era re-enactment - we've cast Gideon, he did it at the seafaring fair last year. next season?",
   "Houseparty", "houseparty-mail.example", frm="Houseparty <chat@{dom}>", tz="use")
wo("application_received", "harpooner", "Houseparty: you missed a chat",
   "Houseparty · Chat you missed\n\n{sig}: hey {n}, got your harpooner audition. after the weekend I'll ping everyone who tried out, whoever gets it",
   "Houseparty", "houseparty-mail.example", frm="Houseparty <chat@{dom}>", tz="use")
wr("prompter", "Neomail from {sig}",
   "Neopets · Neomail\n\nSubject: prompter job\n\nhi {n}! the theatre picked Mrs. Oyelaran's daughter as prompter for the winter play, she's been on book for the youth theatre for years. sorry!! :(",
   "Neopets", "neopets-mail.example", frm="Neopets <neomail@{dom}>", tz="uk")
wo("interview", "prompter", "Neomail from {sig}",
   "Neopets · Neomail\n\nSubject: prompter chat\n\nhi {n}! director wants to meet you {dl} at 6pm at the stage door. unfortunately the green room kettle is dead so bring a thermos",
   "Neopets", "neopets-mail.example", frm="Neopets <neomail@{dom}>", tz="uk")
wr("tumbler", "IMVU chat saved",
   "IMVU · saved chat\n\nFlipTroupeCoach: hi {n}\nFlipTroupeCoach: the tumbler place went to a girl from the state acro squad\nFlipTroupeCoach: thx for your video tho!!",
   "IMVU", "imvu-chatlog.example", frm="IMVU <chatlogs@{dom}>", tz="auq")
wo("offer", "tumbler", "IMVU chat saved",
   "IMVU · saved chat\n\nAcroCrewAnya: {n}!! you're in as our new tumbler\nAcroCrewAnya: first rehearsal {dl}\nAcroCrewAnya: unfortunately the mats are at the cleaners so wear knee pads lol",
   "IMVU", "imvu-chatlog.example", frm="IMVU <chatlogs@{dom}>", tz="auq")
wr("funambulist", "Habbo message",
   "Habbo · Message from WireWalkerWill\n\nhey {n}, the funambulist act for the festival went to Séverine, she walked the river crossing last spring. thanks for trying out!",
   "Habbo", "habbo-mail.example", frm="Habbo <notify@{dom}>", tz="nz")
wo("application_received", "funambulist", "Habbo message",
   "Habbo · Message from HighLineHana\n\nhey {n}, got your funambulist video. before the festival meeting everyone who sent one gets a message, picked or not",
   "Habbo", "habbo-mail.example", frm="Habbo <notify@{dom}>", tz="nz")
wr("harlequin", "New comment on your Xanga",
   "Xanga · new comment\n\ncommedia_crew: {n}, thanks for the audition!! Harlequin went to Przemek, who played him in our touring show in the spring. <3",
   "Xanga", "xanga-mail.example", frm="Xanga <comments@{dom}>", tz="cae")
wo("interview", "harlequin", "New comment on your Xanga",
   "Xanga · new comment\n\npiazza_players: {n}, loved the audition! callback {dl} at 7pm at the church hall. unfortunately the upright's out of tune so we'll sing a cappella",
   "Xanga", "xanga-mail.example", frm="Xanga <comments@{dom}>", tz="cae")
wr("pierrot", "Mixi message",
   "mixi · message\n\nHi {n}, thank you for the audition for the seaside pierrot company show. The pierrot part has gone to Kenta, who clowned for a Kobe company for five years. Thank you.",
   "mixi", "mixi-mail.example", frm="mixi <message@{dom}>", tz="jp")
wo("application_received", "pierrot", "Mixi message",
   "mixi · message\n\nHi {n}, we received your audition video for the pierrot show. By the 20th, each applicant gets a mixi message, selected or not.",
   "mixi", "mixi-mail.example", frm="mixi <message@{dom}>", tz="jp")
wr("calliope", "Hi5 message",
   "hi5 · new message\n\n{n} - we found our calliope player for the county fair, it's Bert Hollis from the Ashland band club. cheers for the tape",
   "hi5", "hi5-mail.example", frm="hi5 <messages@{dom}>", tz="usp")
wo("next_steps", "calliope", "Hi5 message",
   "hi5 · new message\n\n{n} - for the calliope player job, send us a recording of three marches by {dl}. unfortunately the calliope gets serviced that week so no live audition",
   "hi5", "hi5-mail.example", frm="hi5 <messages@{dom}>", tz="usp")
wr("spieler", "Mumble chat log",
   "[Mumble · Showfolk server]\n<{sig}> {n}, about spieler on the hoopla stall\n<{sig}> gaffer gave it to his niece Kaylee-Jo, she's been doing the patter since she was fifteen\n<{sig}> ta for the demo",
   "Mumble", "mumble-logs.example", frm="Mumble Logs <logs@{dom}>", tz="uk")
wo("application_received", "spieler", "Mumble chat log",
   "[Mumble · Showmen's Natter server]\n<{sig}> {n}, got your spieler demo\n<{sig}> message going to all of you after the Whitsun fair, whoever gets the stall",
   "Mumble", "mumble-logs.example", frm="Mumble Logs <logs@{dom}>", tz="uk")
wr("linotype", "Prestel mailbox: 1 new frame",
   "PRESTEL MAILBOX  FRAME 1a\nTO: {N}\nFROM: HOLBEACH PRINT MUSEUM\nLINOTYPE OPERATOR POST NOW FILLED BY MR G. PARROTT, 40 YEARS AT THE TOWN PAPER. THANK YOU FOR APPLYING.\n*KEY # TO CONTINUE",
   "Holbeach Print Museum", "prestel-mbx.example", frm="Prestel Mailbox <mbx@{dom}>", tz="uk")
wo("next_steps", "linotype", "Prestel mailbox: 1 new frame",
   "PRESTEL MAILBOX  FRAME 1a\nTO: {N}\nFROM: LOUTH TYPE MUSEUM\nFOR LINOTYPE OPERATOR POST PLEASE SEND REFERENCE FROM LAST PRINTER BY {DL}. UNFORTUNATELY NO EMAIL ATTACHMENTS.\n*KEY # TO CONTINUE",
   "Louth Type Museum", "prestel-mbx.example", frm="Prestel Mailbox <mbx@{dom}>", tz="uk")
wr("yeoman", "CompuServe forum: reply to your post",
   "CompuServe · Living History Forum\nRe: Keep yeoman (weekend guide)\n\n{n} — thanks for writing in. The keep trust has appointed Sgt. Pilling, ex-Royal Signals, as weekend yeoman. All the best.",
   "CompuServe", "compuserve-forums.example", frm="CompuServe Forums <forums@{dom}>", tz="uk")
wo("interview", "yeoman", "CompuServe forum: reply to your post",
   "CompuServe · Living History Forum\nRe: Gatehouse yeoman (summer guide)\n\n{n} — the trust asks you to come to the gatehouse at 11 a.m. on {dl}. Please note: unfortunately the kit room is shut that day, so come in plain clothes.",
   "CompuServe", "compuserve-forums.example", frm="CompuServe Forums <forums@{dom}>", tz="uk")
wr("bugler", "Meerkat: comment on your stream",
   "Meerkat · New comment on your stream\n\nfort_band_lc: great playing {n}! the bugler role at the redoubt re-enactments went to Pvt. Okafor, who did Last Post at the cenotaph for years. thanks!",
   "Meerkat", "meerkat-mail.example", frm="Meerkat <notify@{dom}>", tz="cam")
wo("offer", "bugler", "Meerkat: comment on your stream",
   "Meerkat · New comment on your stream\n\nredoubt_band: {n}, we'd like you as our bugler for the season, first parade {dl}. unfortunately the coats are still being altered so bring dark trousers",
   "Meerkat", "meerkat-mail.example", frm="Meerkat <notify@{dom}>", tz="cam")
wr("fifer", "FidoNet netmail",
   "FidoNet NetMail 1:135/42\nFrom: {sig}\nTo: {n}\nSubj: fifer opening\n\nThe Revolution-era corps picked Abigail Hurd as fifer, she played with the Williamsburg corps. Thanks for your tape.\n--- Carbondale BBS",
   "Carbondale BBS", "fidonet-hub.example", frm="FidoNet Gateway <netmail@{dom}>", tz="usc")
wo("application_received", "fifer", "FidoNet netmail",
   "FidoNet NetMail 1:135/77\nFrom: {sig}\nTo: {n}\nSubj: fifer tapes\n\nTape received. After the parade on the 12th, netmail goes to each fifer who sent one, chosen or not.\n--- Decatur BBS",
   "Decatur BBS", "fidonet-hub.example", frm="FidoNet Gateway <netmail@{dom}>", tz="usc")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص وظيفة البائع",
   "{n} المحترم/ة،\n\nشكرًا لزيارتك محلنا في سوق الحافة. اخترنا لوظيفة البائع ابن أخ صاحب المحل، وقد بدأ العمل هذا الأسبوع، فلا مكان شاغرًا لدينا الآن.\n\nمع التحية،\n{sig}\nلبان الحافة، صلالة",
   "Luban Al Haffa", "lubanalhaffa.example", tz="om", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "مرحبًا {n}،\n\nوصلنا طلبك لوظيفة مساعد في المحل. سواء وقع الاختيار عليك أم لا، سنتصل بكل المتقدمين قبل نهاية الأسبوع القادم.\n\n{sig}\nبخور الشحر، صلالة",
   "Bukhoor Al Shahr", "bukhooralshahr.example", tz="om", lang="ar")
wr("de", "Ihre Bewerbung in unserer Werkstatt",
   "Guten Tag {n},\n\nvielen Dank für Ihren Besuch bei uns. Die Stelle am Werktisch hat inzwischen Frau Kästle übernommen, die bei uns schon ihre Lehre gemacht hat. Alles Gute für die Suche nach einer Stelle!\n\nMit freundlichen Grüßen\n{sig}\nGoldschmiede Kehrle, Pforzheim",
   "Goldschmiede Kehrle", "goldschmiede-kehrle.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probearbeiten",
   "Hallo {n},\n\nwir würden Sie gern am {dl} um 9 Uhr zum Probearbeiten bei uns sehen. Leider ist der Aufzug im Haus defekt; die Werkstatt liegt im dritten Stock.\n\nViele Grüße\n{sig}\nSchmuckatelier Bäuerle, Pforzheim",
   "Schmuckatelier Bäuerle", "schmuck-baeuerle.example", tz="de", lang="de")
wr("es", "Sobre el puesto de verano",
   "Hola {n}:\n\nGracias por pasar por la heladería. Al final el puesto de verano se lo ha quedado Núria, la hija de una clienta de toda la vida, que ya nos echó una mano el año pasado.\n\nUn saludo,\n{sig}\nGelats Sirvent, Xixona",
   "Gelats Sirvent", "gelatssirvent.example", tz="es", lang="es")
wo("application_received", "es", "Tenemos tu currículum",
   "Hola {n}:\n\nTu currículum ya está aquí. Te cojamos o no, contestamos a todo el mundo antes del día 15.\n\n{sig}\nGelats Carbonell, Xixona",
   "Gelats Carbonell", "gelatcarbonell.example", tz="es", lang="es")
wr("fr", "Votre candidature – peintre sur faïence",
   "Bonjour {n},\n\nMerci pour votre essai chez nous. Nous avons retenu Mme Roux pour peindre, qui travaillait déjà chez nous en saison. Votre visite nous a fait plaisir.\n\nCordialement,\n{sig}\nFaïencerie Cornu, Gien",
   "Faïencerie Cornu", "faiencerie-cornu.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir avant le {dl}",
   "Bonjour {n},\n\nProchaine étape : trois photos de vos décors et la copie du diplôme, à nous faire parvenir, date limite le {dl}. Malheureusement, au-delà de 10 Mo, notre boîte mail bloque les pièces jointes.\n\n{sig}\nDécors Marchand, Gien",
   "Décors Marchand", "decors-marchand.example", tz="fr", lang="fr")
wr("hi", "दरी बुनकर पद",
   "नमस्ते {n} जी,\n\nआपने हमारा कारखाना देखा, धन्यवाद। बुनकर का काम मालिक के भतीजे राजू को मिला है; वह पिछले महीने से यहीं सीख रहा था।\n\nसादर,\n{sig}\nमौर्य दरी उद्योग, मिर्ज़ापुर",
   "Maurya Dari Udyog", "mauryadari.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया",
   "नमस्ते {n} जी,\n\nफ़ॉर्म मिला, धन्यवाद। चयन हो या नहीं, सोमवार से पहले सभी को कॉल आएगी।\n\n{sig}\nबिंद कालीन घर, मिर्ज़ापुर",
   "Bind Kaleen Ghar", "bindkaleen.example", tz="in", lang="hi")
wr("it", "Candidatura per il banco voci",
   "Gentile {n},\n\nla ringraziamo della visita. Il posto al banco voci è andato a Michele, il nipote del titolare, che da tre estati ci dà una mano.\n\nCordiali saluti,\n{sig}\nFisarmoniche Catena, Castelfidardo",
   "Fisarmoniche Catena", "fisarmonichecatena.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nle offriamo il posto di montatore di mantici; primo giorno di lavoro il {dl}. Purtroppo il parcheggio davanti al laboratorio è chiuso per lavori.\n\n{sig}\nMancinelli Fisarmoniche, Castelfidardo",
   "Mancinelli Fisarmoniche", "mancinellifisa.example", tz="it", lang="it")
wr("ja", "検品スタッフ募集の件",
   "{n}様\n\n先日は工場見学と面接にお越しいただき、ありがとうございました。検品スタッフには、以前から当社でパートとして働いている方を採用することになりました。\n\nまたのご縁がありましたら幸いです。\n\n越智タオル株式会社 {sig}",
   "Ochi Towel", "ochitowel.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内",
   "{n}様\n\n書類を拝見し、ぜひ一度お会いしたいと思います。日時は{dl}午後2時です。あいにく工場の駐車場が工事中のため、電車かバスでお越しください。\n\n村上タオル {sig}",
   "Murakami Towel", "murakamitowel.example", tz="jp", lang="ja")
wr("ko", "찻잎 수확 직원 채용 결과",
   "{n}님께\n\n다원 방문과 면접에 감사드립니다. 이번 수확 직원 자리는 작년 봄에도 함께 일했던 동네 분이 맡기로 했습니다.\n\n{sig} 드림\n보성 선씨다원",
   "Boseong Seon Tea Garden", "seonteagarden.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내",
   "{n}님\n\n다음 단계로 건강진단서와 통장 사본을 {dl}까지 보내 주세요. 안타깝게도 사무실 팩스가 고장이라 이메일로만 받습니다.\n\n{sig}\n보성 임가네 녹차밭",
   "Boseong Im Green Tea", "imgreentea.example", tz="kr", lang="ko")
wr("pt", "Candidatura – ajudante",
   "Olá {n},\n\nAgradecemos a visita. Escolhemos a Beatriz para ajudante; é afilhada da dona e já nos ajudava aos fins de semana.\n\nCumprimentos,\n{sig}\nDoces Conventuais Loureiro, Alcobaça",
   "Doces Conventuais Loureiro", "docesloureiro.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\nO lugar de ajudante é seu, se quiser; começa a {dl}. Infelizmente o forno grande está em reparação na primeira semana.\n\n{sig}\nCasa Vieira, Alcobaça",
   "Casa Vieira", "casavieira.example", tz="pt", lang="pt")
wr("ru", "О месте вышивальщицы",
   "Здравствуйте, {n}!\n\nБлагодарим за визит в мастерскую. На место вышивальщицы мы взяли Полину, ученицу нашего мастера: она уже два года работает у нас по договору.\n\nС уважением,\n{sig}\nМастерская «Золотая нить», Торжок",
   "Zolotaya Nit", "zolotayanit.example", tz="ru", lang="ru")
wo("application_received", "ru", "Анкета получена",
   "Здравствуйте, {n}!\n\nАнкета у нас. Каждому кандидату ответим до конца месяца, и тем, кого возьмём, и остальным.\n\n{sig}\nТоржокская артель",
   "Torzhok Artel", "torzhokartel.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya mhudumu wa mizinga",
   "Habari {n},\n\nTunashukuru ulipotutembelea ushirikani. Nafasi ya mhudumu wa mizinga amepewa Baraka, mtoto wa mwenyekiti, aliyetusaidia kwa mwaka mzima uliopita.\n\nWako,\n{sig}\nUshirika wa Asali Iringa",
   "Ushirika wa Asali Iringa", "asaliiringa.example", tz="tz", lang="sw")
wo("offer", "sw", "Barua ya kukupa kazi",
   "Habari {n},\n\nKazi ya mhudumu wa mizinga ni yako, utaanza {dl}. Samahani, gari letu limeharibika; itabidi upande basi hadi shambani.\n\n{sig}\nNyuki Bora Iringa",
   "Nyuki Bora Iringa", "nyukibora.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างทอผ้า",
   "เรียนคุณ{n}\n\nขอบคุณที่แวะมาหากลุ่มทอผ้า งานช่างทอได้ตกเป็นของน้องฝน หลานสาวประธานกลุ่ม เธอมาช่วยพวกเราตั้งแต่ต้นปีก่อน\n\nขอแสดงความนับถือ\n{sig}\nกลุ่มทอผ้าตีนจก ศรีสัชนาลัย",
   "Teen Jok Si Satchanalai", "teenjokweavers.example", tz="th", lang="th")
wo("interview", "th", "นัดมาทดลองทอผ้า",
   "เรียนคุณ{n}\n\nอยากให้มาลองทอผ้า นัดวันที่ {dl} ตอนเก้าโมง ถนนหน้าวัดซ่อมอยู่ เสียดายจริง ๆ ให้อ้อมมาทางตลาดนะคะ\n\n{sig}\nกลุ่มทอผ้าบ้านหาดเสี้ยว",
   "Ban Hat Siao Teen Jok", "hatsiaoweavers.example", tz="th", lang="th")
wr("tr", "Dokumacı ilanı hakkında",
   "Merhaba {n},\n\nAtölyeyi ziyaretiniz için sağ olun. Dokumacı kadrosuna, iki yıldır bizimle parça başı çalışan Fadime Hanım'ı aldık.\n\nSaygılarımızla,\n{sig}\nErtaş Halı Atölyesi, Milas",
   "Ertas Hali Atolyesi", "ertashali.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Eksik belgeler",
   "Merhaba {n},\n\nBaşvurunuzun devamı için sağlık raporunuzu ve kimlik fotokopinizi {dl} tarihine kadar göndermeniz gerekiyor. Maalesef telefonla çekilmiş fotoğraf kabul etmiyoruz.\n\n{sig}\nKorkmaz Kilim, Milas",
   "Korkmaz Kilim", "korkmazkilim.example", tz="tr", lang="tr")
wr("ur", "اسمبلی لائن کی ملازمت",
   "محترم {n}،\n\nفیکٹری آنے کا شکریہ۔ اسمبلی لائن کی جگہ مالک کے بھانجے کامران کو دے دی گئی ہے، جو پچھلے مہینے سے یہیں کام سیکھ رہا تھا۔\n\nخیر اندیش،\n{sig}\nمحمود فین انڈسٹریز، گجرات",
   "Mahmood Fan Industries", "mahmoodfans.example", tz="pk", lang="ur")
wo("next_steps", "ur", "مطلوبہ کاغذات",
   "محترم {n}،\n\nبراہ کرم {dl} سے پہلے شناختی کارڈ کی نقل اور کردار کی سند ہمیں بھیجیں۔ افسوس کہ دفتر کا فیکس خراب ہے، اس لیے صرف ای میل پر بھیجیں۔\n\n{sig}\nبانو پنکھا ورکس، گجرات",
   "Bano Pankha Works", "banopankha.example", tz="pk", lang="ur")
wr("zh", "关于扎风筝师傅岗位",
   "{n}您好：\n\n感谢您来作坊面试。扎风筝的岗位我们已经给了孙师傅的外甥小李，他去年夏天就一直在这里帮忙。\n\n祝好！\n{sig}\n潍坊孙家风筝坊",
   "Sunjia Kite Workshop", "sunjiakite.example", tz="cn", lang="zh")
wo("application_received", "zh", "简历已收到",
   "{n}您好：\n\n简历已收到。不管录不录用，下周五之前都会给每位应聘者回个电话。\n\n{sig}\n潍坊郑氏风筝",
   "Zheng Kites Weifang", "zhengkites.example", tz="cn", lang="zh")
# new to the slices
wr("dyu", "Baara ko la",
   "I ni ce {n},\n\nI ni ce ka na an ka karite jɛkulu la. Baara in, an y'a di Kadiatou ma, an ka ɲɛmɔgɔ denmuso, a bɛ baara kɛ an fɛ kabini salon.\n\nAllah ka here di.\n{sig}\nKarite Jɛkulu, Korhogo",
   "Karite Jekulu Korhogo", "karitejekulu.example", tz="bf", lang="dyu")
wo("application_received", "dyu", "I ka sɛbɛn sɔrɔla",
   "I ni ce {n},\n\nI ka sɛbɛn nana an ma. An y'i ta walima an m'i ta, an bɛna bɛɛ wele ka kɔn kalo laban ma.\n\n{sig}\nMuso Jɛkulu, Korhogo",
   "Muso Jekulu Korhogo", "musojekulu.example", tz="bf", lang="dyu")
wr("mdh", "Kanu galebek sa inaul",
   "Assalamu alaikum {n},\n\nSalamat sa kinaudi nengka sa walay nami. Su galebek na inenggay nami kanu Noraida, su anak nu pakay a bai, ka nakapagalebek den sa lima ulan.\n\n{sig}\nInaul Cotabato City",
   "Inaul Cotabato", "inaulweavers.example", tz="ph", lang="mdh")
wo("interview", "mdh", "Pakay nami sekanengka",
   "Assalamu alaikum {n},\n\nPakay nami a makauma ka sa {dl} sa alas nuwebe sa mapita. Sayana, nawasak su lalan sa atag nu masjid, na lumagid ka sa palengke.\n\n{sig}\nBai Normina Inaul",
   "Bai Normina Inaul", "bainormina.example", tz="ph", lang="mdh")
wr("ivv", "Su trabaho du vakul",
   "{n},\n\nDios mamajes su pahapit mo du vahay namen. Su trabaho ay inidatu namen ki Liza, anak nu kaka namen, a minakamang du vakul an dekey pa.\n\nCapian ka pa nu Dios,\n{sig}\nVakul Makers of Basco",
   "Vakul Makers of Basco", "vakulbasco.example", tz="ph", lang="ivv")
wo("application_received", "ivv", "Dios mamajes su sulat mo",
   "{n},\n\nDios mamajes su sulat mo. Mapili ka o ara, payvatahen namen am-ames du Sabado.\n\n{sig}\nVakul Group of Sabtang",
   "Vakul Group of Sabtang", "vakulsabtang.example", tz="ph", lang="ivv")
wr("fkv", "Työpaikka majatalossa",
   "Hyvä {n},\n\nKiitos ette kävit meilä. Työpaikan annoimma Elisalle, meän naapurin tyttärelle, joka oon ollu meilä jo kaks kesää kesätöissä.\n\nTerveisin,\n{sig}\nBørselv Majatalo",
   "Borselv Majatalo", "borselvmajatalo.example", tz="no", lang="fkv")
wo("interview", "fkv", "Koepäivä majatalossa",
   "Hyvä {n},\n\nTulisitko meile koepäivälle {dl} kello 10? Valitettavasti meän auto oon rikki, niin sinun täätyy tulla bussila.\n\n{sig}\nLakselv Gjestehus",
   "Lakselv Gjestehus", "lakselvgjestehus.example", tz="no", lang="fkv")
wr("abk", "Аусура иазкны",
   "Бзиа збаша, {n}!\n\nИҭабуп ҳкафе ахь шәаауеит. Аусура Саида лашьа иҷкәын Астамур иаҭан, уи ԥхынра инаркны ҳара ҳаҿы аус иуеит.\n\n{sig}\nКафе «Гагра»",
   "Kafe Gagra", "kafegagra.example", tz="abk", lang="abk")
wo("next_steps", "abk", "Ашәҟәқәа",
   "Бзиа збаша, {n}!\n\nИҭабуп. Аԥаспорт акопиеи ахәшәтәырҭа ацәыргақәеи {dl} рҟынӡа иаашәышьҭ. Ус шакәу, аҭел ала ифотоу ҳдыԥҳалом.\n\n{sig}\nГагра асасааирҭа",
   "Gagra Sasaairta", "gagrasasaairta.example", tz="abk", lang="abk")
wr("jra", "Bruă mă hmâo",
   "Kơ {n},\n\nBơni kơ ih nao pơ đang kơphê gơmơi. Bruă anŭn gơmơi brơi laih kơ H'Dơk, ană đah kơmơi ama khua, ñu hmâo mă bruă hăng gơmơi mơ̆ng thŭn hlâo.\n\n{sig}\nĐang Kơphê Pleiku",
   "Dang Kophe Pleiku", "dangkophe.example", tz="vn", lang="jra")
wo("offer", "jra", "Brơi bruă kơ ih",
   "Kơ {n},\n\nGơmơi brơi bruă kơ ih, čơdơ̆ng mă mơ̆ng {dl}. Tơdah rơmă anai, rơdêh gơmơi răm laih, ih nao hăng rơdêh ung.\n\n{sig}\nĐang Kơphê Chư Păh",
   "Dang Kophe Chu Pah", "chupahkophe.example", tz="vn", lang="jra")
wr("taq", "Ašəɣəl ən tanəmmast",
   "Ənnəɣ {n},\n\nTanəmmirt s anaẓ ən kăy dăɣ ehan wăn tanəmmast nănăɣ. Ašəɣəl wa, nokfa-t i Fatimata, tabarat n ənaslam wa n ehan, tăga ašəɣəl dăɣ-năɣ dăɣ awatay wa ozaran.\n\n{sig}\nTanəmmast Tumbutu",
   "Tanemmast Tumbutu", "tanemmast.example", tz="ml", lang="taq")
wr("yao", "Yankati ya masengo",
   "Mwalesile {n},\n\nAsante kwa kwika ku liŵanja lyetu lya usipa. Masengo gala twampele Asiyatu, mwanache jwa mkamu jwetu jwamkulungwa, jwatandite kutukamusya chaka chasichi.\n\n{sig}\nLiŵanja lya Usipa, Mangochi",
   "Usipa Mangochi", "usipacoop.example", tz="mw", lang="yao")
wo("application_received", "yao", "Tupochele kalata jenu",
   "Mwalesile {n},\n\nTupochele kalata jenu. Namuno ngatumsagula kapena ngatumsagula, chitumjimbile jwalijose mkanijimale mwesi uwu.\n\n{sig}\nLiŵanja lya Asomba, Mangochi",
   "Asomba Group Mangochi", "asombagroup.example", tz="mw", lang="yao")
wr("lif", "कामको बारेमा",
   "सेवारो {n},\n\nहाम्रो अल्लो बुनाइ समूहमा आउनुभएकोमा नुबा। यो काम हामीले पदम सुब्बाकी छोरीलाई दियौं, उनी गत वर्षदेखि हामीसँग काम गर्दै छिन्।\n\n{sig}\nताप्लेजुङ अल्लो बुनाइ समूह",
   "Taplejung Allo Group", "tapallo.example", tz="np", lang="lif")
wr("ksw", "တၢ်မၤလၢ တၢ်ထါဒ့ တၢ်အဂ့ၢ်",
   "{n} ဆၢမ်,\n\nတၢ်ဘျုးလၢ နလဲၤတုၤ ပတၢ်ထါဒ့ကရၢ. တၢ်မၤအံၤ ပဟ့ၣ်လၢ နီၢ်မူး, ပခိၣ်နၢ်အဖိမုၣ် လၢအမၤတၢ်ဒီးပၢ တုၤလၢ နံၣ်လၢအပူၤကွံာ်.\n\n{sig}\nဖၣ်အၣ် တၢ်ထါဒ့ကရၢ",
   "Hpa-An Thread Group", "hpaanweavers.example", tz="mm", lang="ksw")
wo("application_received", "ksw", "ပဒိးန့ၢ် နလံာ်",
   "{n} ဆၢမ်,\n\nပဒိးန့ၢ် နလံာ်ဝံၤ. ပဃုထၢ နမ့ၢ်တမ့ၢ်, ပကစံးဆၢ ပှၤကိးဂၤ ဒီးလါအံၤ ကတၢၢ်တချုး.\n\n{sig}\nဖၣ်အၣ် ကညီတၢ်ထါကရၢ",
   "Hpa-An Karen Thread Group", "hpaankarenweave.example", tz="mm", lang="ksw")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Odd Jobs Letter: three new listings",
   "Hi {n},\n\nThis week's odd jobs:\n• Linotype operator (Saturdays), print museum near Horncastle\n• Bull-riding bullfighter, summer bull-riding events out of Sedalia\n• Switchboard operator, period hotel in Dunoon\n\nManage your listings any time.",
   "Odd Jobs Letter", "oddjobsletter.example", frm="Odd Jobs Letter <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Calliope concert tickets",
   "Hi {n},\n\nThe county fair's calliope concert draw is done: all 80 seats were drawn first time round, and none for you. There will be a second concert in the autumn.\n\n{sig}\nAshland County Fair",
   "Ashland County Fair", "ashlandsteamfair.example", tz="usp")

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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "fkv": "{d}.{m}.{y}", "abk": "{dd}.{mm}.{y}", "lif": "{d}/{m}/{y}",
    "mdh": "{m}/{d}/{y}", "ivv": "{m}/{d}/{y}", "jra": "{d}/{m}/{y}",
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
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
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
        rec["id"] = f"blind53:{short}-{counters[short]:03d}"
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
