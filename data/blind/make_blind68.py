# ruff: noqa: E501, S311
"""Write the sixty-eighth sealed blind slice for issue 11 (blind-slice-68.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 68 and later never read; our side printed)
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

SEED = 680681
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-68.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 68
SKIP_FROM = 68  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Imogen Strachan", "Cathal Ó Gairbhí", "Revathi Balasubramanian", "Barnaby Pettigrew", "Zodwa Ntuli",
    "Hemi Tawhiri", "Lavinia Ashdown", "Orla Keaveney", "Obinna Nwachukwu", "Perran Trelawney",
    "Chinwe Okafor", "Sipho Dlamini", "Gayathri Ramanujam", "Tadhg Ó Ceallaigh", "Amaka Ezeani",
    "Ptolemy Ravenscroft", "Moana Te Aho", "Niamh Gilsenan", "Debashis Mukherjee", "Saoirse Fennelly",
    "Palesa Khumalo", "Hamish Ogilvie-Grant", "Aniket Deshpande", "Radka Horáková", "Sander Hoekstra",
    "Kwabena Owusu", "Refilwe Motaung", "Poulomi Banerjee", "Eoghan Mac Giolla", "Chidinma Okeke",
    "Peregrine Ashworth", "Shirin Farahani", "Njeri Wambugu-Kariuki", "Benedetta Rossi", "Oisín Garvey",
    "Ifeoma Chukwu", "Rowena Penhallow", "Wiremu Ngata", "Atieno Owino", "Mathilde Bergeron",
]
REGION_SIGNERS = {
    "uk": ["Philippa Goodacre", "Rhodri Pugh", "Shabana Akhtar", "Euan Lindsay", "Georgiana Pratt", "Tristram Polglase"],
    "ie": ["Gráinne Ní Mhurchú", "Seosamh Cunnane", "Bríd Hennelly", "Padraic Lyne"],
    "us": ["Loretta Schimmelpfennig", "Deshawn Broussard", "Marisol Quintanilla", "Verne Oosterhout", "Latonya Greenlee"],
    "ca": ["Mireille Gaudet", "Gurpreet Sandhu", "Taras Kowalchuk", "Réjean Cormier"],
    "au": ["Shane Lethlean", "Eleni Papadakis", "Tegan Mulholland", "Minh Tran"],
    "nz": ["Rawiri Tautahi", "Courtney Aldous-Rolfe", "Sina Tuilagi", "Huia Paewai"],
    "za": ["Lindiwe Mthembu", "Marelize Coetzee", "Themba Nkosi", "Wikus Swanepoel"],
    "in": ["Vasanthi Ramaswamy", "Senthilkumar Palanisamy", "Remya Pillai", "Farhan Qureshi"],
    "ng": ["Hadiza Bello", "Chukwuemeka Obi"], "ke": ["Muthoni Gachanja", "Kipchumba Rotich"],
    "ph": ["Marites Dela Paz", "Bong Escalante"], "sg": ["Tan Hui Min", "Suresh Pillay"],
    "yk": ["Sardaana Nikolaeva", "Aital Vasiliev"], "lk": ["Tharshini Sivakumar", "Kajan Rajaratnam"],
    "gl": ["Naja Kleist", "Malik Lynge"], "hz": ["Zahra Changezi", "Ghulam Nabi Hazara"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "yak": "yk", "jaf": "lk", "nuk": "gl", "qta": "hz",
}
LANG_SIGNERS = {
    "ar": ["هند القحطاني", "بدر المطيري"], "de": ["Wiebke Harms", "Detlef Krüger"],
    "es": ["Remedios Aranguren", "Baltasar Quiroga"], "fr": ["Maëlle Quéméner", "Thibault Lavergne"],
    "hi": ["सुनीता बघेल", "राकेश पांडे"], "it": ["Ornella Guidi", "Pasquale De Luca"],
    "ja": ["小野 由美", "松本 大輔"], "ko": ["정미경", "강동훈"], "pt": ["Rosário Faria", "Duarte Medeiros"],
    "ru": ["Людмила Соколова", "Геннадий Орлов"], "sw": ["Mwanaisha Salim", "Athumani Hamisi"],
    "th": ["กาญจนา ศรีสุข", "พรทิพย์ อินทร์แก้ว"], "tr": ["Sevgi Yıldız", "Hakan Özdemir"],
    "ur": ["ثمینہ رشید", "عرفان ملک"], "zh": ["周玉兰", "吴志强"],
    "maf": ["Ndeme Kaldapa", "Ousmanou Vandi"], "mua": ["Kaïgama Doumba", "Yaya Mbaïdom"],
    "sba": ["Ndoubabé Nérim", "Mbaïtoloum Djimadoum"], "gmv": ["Almaz Gamo", "Abebe Shanko"],
    "byn": ["Mariam Tesfay", "Yohannes Ghebru"], "muz": ["Nakuwa Olirong", "Komorakora Bio"],
    "dsh": ["Lokwa Nyimeri", "Ekal Arkule"], "tll": ["Okondo Lokasola", "Mama Wembolua"],
    "anu": ["Ajulu Omot", "Okwier Ojulu"], "wti": ["Hawa Sherif", "Ibrahim Abdella Banja"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الحربي", "نورة السبيعي"], "de": ["Lasse Brandtner", "Henrike Vogt"],
    "es": ["Ainhoa Larrañaga", "Nicanor Villalba"], "fr": ["Tanguy Le Goff", "Apolline Rivière"],
    "hi": ["दीपिका चौहान", "अमित रस्तोगी"], "it": ["Lucrezia Fontana", "Saverio Greco"],
    "ja": ["山口 遥", "佐々木 蓮"], "ko": ["임수빈", "배지훈"], "pt": ["Inês Magalhães", "Rui Pestana"],
    "ru": ["Дарья Панова", "Кирилл Зайцев"], "sw": ["Rehema Mtumwa", "Baraka Mfinanga"],
    "th": ["ปิยะนุช สายทอง", "อรุณี ใจดี"], "tr": ["Elif Karaca", "Burak Aydın"],
    "ur": ["صائمہ نواز", "عائشہ طارق"], "zh": ["郑晓燕", "何永明"],
    "maf": ["Dawa Mangala", "Tizé Kaldai"], "mua": ["Wang Doumba Zouliatou", "Ndiké Haman"],
    "sba": ["Nodjiram Mbaïlao", "Ngarlem Toloum"], "gmv": ["Tsehay Dana", "Mulugeta Gaga"],
    "byn": ["Selam Kiflu", "Tekle Berhane"], "muz": ["Nyaraba Olikoro", "Bargolo Sali"],
    "dsh": ["Nakali Lokorio", "Lopeyok Ngiro"], "tll": ["Onema Diyombo", "Shako Lomami"],
    "anu": ["Akway Ojwato", "Obang Omot"], "wti": ["Fatuma Yasin", "Kemal Abdurahman"],
}
GIVEN = {
    "Cathal Ó Gairbhí": "Cathal", "Tadhg Ó Ceallaigh": "Tadhg", "Eoghan Mac Giolla": "Eoghan",
    "Gráinne Ní Mhurchú": "Gráinne", "Tan Hui Min": "Hui Min", "Hamish Ogilvie-Grant": "Hamish",
    "Courtney Aldous-Rolfe": "Courtney", "Njeri Wambugu-Kariuki": "Njeri", "Marites Dela Paz": "Marites",
    "Ghulam Nabi Hazara": "Ghulam Nabi", "Ibrahim Abdella Banja": "Ibrahim", "Wang Doumba Zouliatou": "Zouliatou",
    "Pasquale De Luca": "Pasquale",
}
PROVIDERS = ["wagtailmail", "dunnockpost", "stonechatbox", "whinchatnet", "fieldfaremail", "bramblepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nuk": ("-0200", "-0100", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "td": ("+0100", None, ""), "cm": ("+0100", None, ""),
    "za": ("+0200", None, ""), "cdk": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "er": ("+0300", None, ""), "et": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "qta": ("+0500", None, ""), "in": ("+0530", None, ""), "jaf": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "yak": ("+0900", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind68-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHello {sf}, that Thursday floor tour was great. Below, the licence scan I promised.\nRegards, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}) – closed", "Dear {n},\n\nA regrading exercise this month moved the {role} post at {co} into the internal redeployment pool. External requisition R-{ref} is therefore shut, and your application has gone with it.\n\nOur thanks for the effort your form showed.\n\n{co} Talent Acquisition", ("Ostler & Vane Hingeworks", "Pembury Rule Company"), ("ostlervane", "pemburyrule"), frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Stock Controller, Hinges", "Calibration Clerk, Steel Rules"), tz=("uk", "use"))
mr("gh", "Your application for {role} at {co}", "Hi {n},\n\nAn update on {role}: our pick is a candidate who spent {x}; she signed on Monday.\n\nGood luck finding the right next bench.\n\nThe {co} hiring team", ("Quillon Pen Repair", "Gauntlet Typecase Works"), ("quillonpens", "gauntlettype"), frm="{co} <no-reply@{dom}>", role=("Burr Regrinder", "Case Restorer"), tz=("uk", "cae"), x=("twelve years regrinding vintage pen points", "a decade restoring wooden printers' cases"))
mr("lv", "{co}: about your {role} application", "Hello {n},\n\nWe have chosen who will join {co} as {role}. The person we picked {x}, so she could step straight onto the bench.\n\nOur little firm is flattered you asked.\n\n{sig}\n{co}", ("Hartsease Bell Ropes", "Copperleaf Lantern Co."), ("hartsease", "copperleaf"), role=("Sally Splicer", "Lantern Glazier"), tz=("uk", "usc"), x=("already splices tower-bell sallies for two cathedrals", "ran the glazing table at a lantern shop laid out just like ours"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>There is news on <b>{role}</b> at {co}.</p><table border=\"1\"><tr><th>Reference</th><th>Role</th><th>Status</th></tr><tr><td>SR-{ref}</td><td>{role}</td><td>{x}</td></tr></table><p>With thanks from the wax room.</p><p>{co} Recruitment</p></body></html>", ("Farrow Sealing Wax", "Draycott Inkstand Co."), ("farrowwax", "draycottink"), frm="{co} Recruitment <jobs@{dom}>", role=("Wax Pourer", "Inkstand Finisher"), tz=("uk", "au"), x=("Concluded – another applicant accepted the role", "Archived – position taken by a different candidate"))
mr("ic", "Your {co} application #{ref}", "Dear {n},\n\nApplication #{ref}, {role}, now reads: Not Selected – {x}.\n\nThis status is final for this requisition. You can keep your profile active for future postings.\n\n{co} Careers", ("Tillbrook Pram Works", "Cragside Snowcraft Co."), ("tillbrook", "cragsidesnowcraft"), frm="{co} Careers <icims@{dom}>", role=("Wheel Truer", "Runner Fitter"), tz=("uk", "cam"), x=("Weekend Rota Not Covered", "Welding Certificate Not Supplied"))
mr("tl", "Job Requisition {ref} – {role}: status change", "Dear {n},\n\nRequisition {ref} ({role}) at {co} has changed status to {x}. All open applications on it, yours among them, are now shut; the requisition will not produce a hire.\n\nRegards,\n{co} Human Resources", ("Pelham Finials Ltd", "Rookwood Sundries"), ("pelhamfinials", "rookwoodsundries"), frm="{co} HR <taleo@{dom}>", role=("Gilding Assistant", "Despatch Packer"), tz=("uk", "cat"), x=("Cancelled – work moved to our sister foundry", "Withdrawn – recruitment frozen until the spring stocktake"))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} people wrote in for {role}. We read every one and phoned twelve; yours wasn't among the twelve, so it stops here.\n\nGood luck out there.\n\n{sig}, {co}", ("Blackthorn Walking Sticks", "Larkspur Waterdomes"), ("blackthornsticks", "larkspurwaterdomes"), role=("Shank Straightener", "Dome Filler"), tz=("uk", "usp"), x=("one hundred and ninety-four", "sixty-seven"))
mr("bh", "Re: {role} hours", "Hi {n},\n\nAbout the part-time {role} hours: one of our {x} colleagues asked for them before any interviews were set, and she has them now, so the vacancy is gone.\n\nAll the best,\n{sig}\n{co}", ("Tumbledown Kite Loft", "Marrowbone Button Box"), ("tumbledownkites", "marrowbonebuttons"), role=("Counter Assistant", "Mail-Order Packer"), tz=("uk", "nz"), x=("Saturday till", "returns-desk"))
mr("tt", "About {role} in {co}", "Hello {n},\n\nYour letter come to us, thank you. Our boss give this {role} place to {x}, she know the work already, so for you we have not place now.\n\nBest wishes,\n{sig}\n{co}", ("Tuymaada Fur Sewing", "Kangerlussuaq Net Loft"), ("tuymaadasewing", "kangerluknet"), role=("sewing helper", "net-loft helper"), tz=("yak", "nuk"), x=("the girl who help us each winter in the market", "one woman from the fish plant who mend nets before"))
mr("ps", "Your application – {role}", "Dear {n},\n\nThanks you for apply. After looking all papers, our owner decide to take {x} for this {role} post. Your papers we keep if new post open.\n\nRegards,\n{sig}\n{co}", ("Nallur Palmyra Crafts", "Mariabad Carpet House"), ("nallurpalmyra", "mariabadcarpet"), role=("weaving assistant", "knotting assistant"), tz=("jaf", "qta"), x=("one master who weave palmyra leaf since fifteen years", "one knotter who is doing this work from his childhood"))
mr("pp", "{co} – {role}: assessment outcome", "Dear {n},\n\nYour written assessment for {role} is marked: {x}. Interviews go to those on or over the benchmark, so your application closes at this stage.\n\nKind regards,\n{co} Recruitment", ("Harebell Organ Pipes", "Ferncastle Clock Repair"), ("harebellpipes", "ferncastleclocks"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Voicing Trainee", "Movement Cleaner"), tz=("uk", "ie"), x=("19 of 42 against a benchmark of 27", "12 of 32 against a benchmark of 20"))
mr("jz", "{co} – booking update", "Hi {n},\n\nCheers for the showreel. Every {x} date this season went to acts the couples and committees wanted by name, and the diary is now full.\n\nAll the best,\n{sig}\n{co} Bookings", ("Wharfside Strathspey Agency", "Bluebonnet Polka Bookings"), ("wharfsidestrathspey", "bluebonnetpolka"), role=("Caller", "Accordionist"), tz=("uk", "usc"), x=("wedding and barn-dance", "Oktoberfest and county-picnic"))
mr("ab", "{co}: {role} update", "Hi {n},\n\nThank you for applying for {role}. The team already choose {x}, so we are not continuing with your application.\n\nTake care po,\n{sig}\n{co}", ("Jagna Calamay Kitchen", "Joo Chiat Spekkoek House"), ("jagnacalamay", "joochiatspekkoek"), role=("kitchen helper", "layer-cake baker"), tz=("ph", "sg"), x=("somebody who stirs calamay in coconut shells since many years", "one baker who is baking spekkoek for their auntie's shop since long"))
# once (14): small employers, each with its own reason
mr("s-uk", "Saturday job", "Hi {n},\n\nMuch obliged for dropping your CV round. My brother-in-law's been laid off at the quarry and he'll do Saturdays on the cheese van with me, and family comes first.\n\nCheers,\n{sig}\nStrachan's Cheese Van", "Strachan's Cheese Van", "strachanscheesevan", tz="uk")
mr("s-ie", "The job in the shop", "Hi {n},\n\nSound of you to call in. A young lad from Bandon who helped us over the Christmas is taking the job, so I'm set for this year.\n\nAll the best,\n{sig}\nHennelly's Hardware, Bandon", "Hennelly's Hardware", "hennellyhardware", tz="ie")
mr("s-us", "Counter help", "Hi {n},\n\nAppreciate you dropping off your résumé. My daughter's home from college and she'll cover the counter all summer, so the hours are spoken for.\n\nTake care,\n{sig}\nSpearfish Fly & Feather", "Spearfish Fly & Feather", "spearfishfly", tz="usm")
mr("s-ca", "Your note about the stand", "Hi {n},\n\nThanks for writing. This spring we'll run the sap house by ourselves, my husband and me, with no hired help.\n\nAll the best,\n{sig}\nGaudet Sugar Shack", "Gaudet Sugar Shack", "gaudetsugarshack", tz="cat")
mr("s-au", "Yard hand job", "G'day {n},\n\nThanks for the call. Bloke from the next property over lost his job at the gin and he's starting with us Monday, so the yard hand spot's filled.\n\nCheers,\n{sig}\nGoondiwindi Hay & Chaff", "Goondiwindi Hay & Chaff", "gundyhaychaff", tz="auq")
mr("s-nz", "Packing shed", "Kia ora {n},\n\nCheers for getting in touch. The shed crew stays the same four as last season, which leaves no gap to fill.\n\nNgā mihi,\n{sig}\nTawhiri Fruit Packers", "Tawhiri Fruit Packers", "tawhiripack", tz="nz")
mr("s-za", "Helper at our farm shop", "Hi {n},\n\nThank you for coming past. My sister's son finished matric and is helping at our farm shop from next week, so we have nobody else to take on.\n\nKind regards,\n{sig}\nSwanepoel Plaaskombuis", "Swanepoel Plaaskombuis", "swanepoelplaas", tz="za")
mr("s-in", "Regarding salesman post", "Dear {n},\n\nWe received your biodata at the counter. Our old salesman has returned from his native place, hence the post stands filled.\n\nRegards,\n{sig}\nSri Murugan Brass Vessels", "Sri Murugan Brass Vessels", "srimuruganbrass", tz="in")
mr("s-ng", "Shop attendant", "Good afternoon {n},\n\nWe saw your letter at the Iseyin shop. Oga has given the attendant work to his cousin's daughter who just finished NYSC, so the place is taken.\n\nThank you,\n{sig}\nAdeyemi Aso-Oke Store", "Adeyemi Aso-Oke Store", "adeyemiasooke", tz="ng")
mr("s-ke", "Shop assistant", "Hello {n},\n\nThank you for bringing your papers. The owner has taken his niece who finished college in Mutomo, so the shop assistant job is already filled.\n\nRegards,\n{sig}\nMwingi Agrovet Supplies", "Mwingi Agrovet Supplies", "mwingiagrovet", tz="ke")
mr("s-ph", "Helper sa store", "Hi {n},\n\nThank you for applying po. Ma'am decided to close our Dipolog branch next month, so we will not hire a helper anymore. Sorry po and God bless.\n\n{sig}\nDela Paz Dried Fish Trading", "Dela Paz Dried Fish Trading", "delapazdriedfish", tz="ph")
mr("s-sg", "Stall helper", "Hi {n},\n\nYou asked about the helper job hor. Uncle decide to open only four days a week now, so extra hands not needed liao.\n\nRegards,\n{sig}\nAh Huat Chwee Kueh", "Ah Huat Chwee Kueh", "ahhuatchwee", tz="sg")
mr("s-yk", "About work in shop", "Hello {n},\n\nYour letter we read. My husband's brother come back from the north mines and he will work with us in the shop, so other person we don't take now.\n\nGood luck,\n{sig}\nLena River Souvenirs", "Lena River Souvenirs", "lenariversouvenir", tz="yak")
mr("s-hz", "Tailor shop helper", "Dear {n},\n\nYou visit us, thank you. My uncle son finish his school and now he is helper in our tailor shop, so for other person there is no work now.\n\nRegards,\n{sig}\nChangezi Tailors", "Changezi Tailors", "changezitailors", tz="qta")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-a", "RE: [EXT] Re: {role}", "Hi {n},\n\nThe scan came through, many thanks. I'd rather tell you myself: {x} has accepted the {role} post and starts when the month turns.\n\nMeeting you was a treat.\n\nWarm regards,\n{sig}\n{co}\n\n{OUT}", ("Windlestraw Bus Preservation Trust", "Flatland Rail Car Society"), ("windlestrawbus", "railcarsociety"), role=("Workshop Supervisor", "Restoration Lead"), tz=("uk", "usc"), x=("Rosalind Carrow", "Dwight Lindgren"))
mr("th-b", "Re: [EXT] Re: {role}", "Dear {n},\n\nThe licence scan arrived safely. At last night's meeting the committee asked {x} to take the {role} role; she agreed straight away and begins after the regatta.\n\nWith all good wishes,\n{sig}\n{co}\n\n{GM}", ("Carrigaholt Yacht Club", "Waikouaiti Sea Scouts"), ("carrigaholtyc", "waikouaitiscouts"), role=("Boatman", "Hall Caretaker"), tz=("ie", "nz"), x=("Maura Considine", "Tessa Rangiwai"))
mr("th-c", "RE: [EXT] RE: {role}", "Hello {n},\n\nThursday was great fun, and the licence copy is on file. Our director put the {role} position to {x}, who accepted this morning.\n\nDo say hello if we cross paths at a show.\n\nBest,\n{sig}\n{co}\n\n{ORIG}", ("Brattleboro Puppet Playhouse", "Dunshaughlin Arts Barn"), ("puppetplayhouse", "dunshaughlinarts"), role=("Stage Manager", "Front-of-House Manager"), tz=("use", "ie"), x=("Corinne Abernethy", "Fiachra Loughnane"))
mr("th-d", "Re: [EXT] RE: {role}", "Hi {n},\n\nGot the scan, and I enjoyed last week's talk. Our board voted on Tuesday and {x} will be our {role} from next month.\n\nThank you for all the thought you put in.\n\nKind regards,\n{sig}\n{co}\n\n{RULE}", ("Bonners Ferry Tool Library", "Guysborough Seed Exchange"), ("bonnersferrytools", "guysboroughseeds"), role=("Coordinator", "Volunteer Manager"), tz=("usp", "cat"), x=("Harlan Ostrowski", "Marguerite Boudreau"))
mr("th-e", "RE: [EXT] Re: {role}", "Good afternoon {n},\n\nThe scan is received, and we valued your long trip up for the interview. The panel has appointed {x} as {role}; she joins us in the new term.\n\nWe enjoyed your company.\n\nRegards,\n{sig}\n{co}\n\n{OUT}", ("Shaki Craft Academy", "Kabarnet Music School"), ("shakicraftacademy", "kabarnetmusic"), role=("Workshop Instructor", "Strings Tutor"), tz=("ng", "ke"), x=("Mrs Folasade Adigun", "Ms Chepkoech Rono"))
mr("th-f", "Re: [EXT] Re: {role}", "Hi {n},\n\nLovely to walk the borders with you, and the licence has arrived. The trustees have chosen {x} for the {role} role; he starts when the frosts end.\n\nWarmest thanks for your time.\n\n{sig}\n{co}\n\n{GM}", ("Goodacre Walled Garden Trust", "Karitane Heritage Orchard"), ("goodacregarden", "heritageorchardnz"), role=("Head Gardener", "Orchard Keeper"), tz=("uk", "nz"), x=("Barnabas Tolley", "Rua Paewai"))
mr("th-g", "RE: [EXT] RE: {role}", "Dear {n},\n\nThursday's visit and the licence scan were both much appreciated. After a long discussion we've asked {x} to become our {role}, and he said yes within the hour.\n\nWith best wishes,\n{sig}\n{co}\n\n{RULE}", ("Cobargo Cheese Cooperative", "De Rust Port Cellars"), ("cobargocheesecoop", "derustcellars"), role=("Dairy Manager", "Cellar Manager"), tz=("au", "za"), x=("Brendan Colquhoun", "Dawid Terblanche"))
mr("th-h", "Re: [EXT] RE: {role}", "Hi {n},\n\nThe scan reached me, thanks. The {role} job has gone to {x}, a volunteer here since 2023 who knows every shelf of the collection.\n\nAll the best with everything,\n{sig}\n{co}\n\n{ORIG}", ("Udumalai Textile Museum", "Loboc Heritage House"), ("udumalaitextilemuseum", "lobocheritage"), role=("Collections Officer", "Exhibit Keeper"), tz=("in", "ph"), x=("Ms Kalaivani Thangaraj", "Ms Joanna Lumayag"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n——\nBrightwick Lamps · desk lamps from £34 · click-and-collect at every branch\nThe Lamplight Letter: monthly shade news.\nBrightwick Job Pings: turn them on under My Account.\nWe wipe applicant files once fourteen months have passed since the advert came down.\nWrong inbox? A one-word reply to us, then the delete key, please."
FOOT_B = "\n\n——\nText PADJOBS to 40210 for new openings in your area. Standard rates apply.\nPadstow Outfitters hires on merit, whatever your background.\nTo change how we use your data, go to Candidate Home > Privacy Choices.\nNobody monitors this address, so answers sent to it go nowhere.\nPadstow Outfitters Inc. · boots, packs and rain shells since 1958"
FOOT_C = "\n\n——\nKookaburra Swags · canvas swags from $149 · Free delivery over $200\nSign up for The Campfire Dispatch for gear guides and store news.\nPrivacy questions: privacy@kookaburraswags.example\nAddressed to the named recipient alone; anyone else, kindly delete it unread."
FOOT_D = "\n\n——\nBuy one school bag, get the pencil case free this term.\nSMS BAGJOBS to 32110 for new vacancies near you.\nYour candidate file is handled under {x}; a copy is yours on request.\nPRIVATE – for the named addressee's eyes.\nSatchelworks Retail Group"
mr("ft-a", "Your application for {role}", "Dear {n},\n\nYour {role} form for the {y} branch has been through our sift, and we shan't be offering an interview this round.\n\nBest wishes,\nBrightwick Lamps Recruitment" + FOOT_A, "Brightwick Lamps", "brightwicklamps", frm="Brightwick Careers <careers@{dom}>", role=("Sales Adviser", "Stockroom Colleague"), tz=("uk", "ie"), y=("Clunbury", "Bandon"))
mr("ft-b", "Update on your application – {role}", "Hi {n},\n\nOur store team in {y} has gone through the {role} applicants; sadly yours has not made the cut. Wishing you well out there.\n\nPadstow Outfitters Talent Team" + FOOT_B, "Padstow Outfitters", "padstowoutfitters", frm="Padstow Outfitters Careers <talent@{dom}>", role=("Fitting Room Associate", "Receiving Associate"), tz=("use", "cae"), y=("Brattleboro", "Lanark"))
mr("ft-c", "{role} – {y} store", "Hi {n},\n\nThe {role} role at the {y} store has drawn a big field, and yours is one we're letting go at this stage.\n\nCheers,\nThe Kookaburra Swags team" + FOOT_C, "Kookaburra Swags", "kookaburraswags", frm="Kookaburra Swags Careers <jobs@{dom}>", role=("Retail Team Member", "Warehouse Picker"), tz=("au", "nz"), y=("Canowindra", "Kurow"))
mr("ft-d", "Your application: {role}", "Dear {n},\n\nUnfortunately Satchelworks won't be taking your {role} application forward; it closes today.\n\nKind regards,\nSatchelworks Recruitment" + FOOT_D, "Satchelworks", ("satchelworks", "satchelworksng"), frm="Satchelworks Careers <vacancies@{dom}>", role=("Store Assistant", "Cashier"), tz=("za", "ng"), x=("POPIA", "the NDPA"))
# ---- 9 hedged refusals
mr("hd-a", "Your application – {role}", "Dear {n},\n\nOur thanks for the {role} interview. We met several strong people, and two of them have {x}. On balance the practice is leaning on that experience for now.\n\nYou were great with the grey mare.\n\n{sig}\n{co}", ("Ashdown Equine Vets", "Lanesboro Farm Animal Clinic"), ("ashdownequine", "lanesborofarmvets"), role=("Veterinary Nurse", "Large Animal Technician"), tz=("uk", "usc"), x=("spent longer nursing foals in intensive care", "worked more calving seasons on dairy farms"))
mr("hd-b", "{role} – our decision", "Hi {n},\n\nLast week's interview was a pleasure. Two rivals for the post brought {x}, and when we weighed everything up the team felt their background fitted the lab a little more closely.\n\nAll the best,\n{sig}\n{co}", ("Fennelly Soil Testing", "Invermere Water Labs"), ("fennellysoil", "invermerewaterlabs"), role=("Lab Analyst", "Field Sampler"), tz=("ie", "cam"), x=("more hands-on years with nutrient extractions", "deeper experience of winter river sampling"))
mr("hd-c", "{role} at {co}", "Hello {n},\n\nYour studio visit was much enjoyed. For the {role} position we're heading in another direction, towards someone whose {x} lines up more closely with where the studio is heading.\n\nKind regards,\n{sig}\n{co}", ("Lethlean Stained Glass", "Te Aho Glass Studio"), ("lethleanglass", "teahoglass"), role=("Studio Assistant", "Kiln Technician"), tz=("au", "nz"), x=("church-window repair work", "casting background"))
mr("hd-d", "Application for {role}", "Dear {n},\n\nWe have read every application for {role}. Another candidate's {x} seems to suit our present workload somewhat better, and the works manager is going that way.\n\nWith best wishes,\n{sig}\n{co}", ("Shoolagiri Precision Castings", "Dlamini Tooling Works"), ("shoolagiricastings", "dlaminitooling"), role=("Quality Inspector", "Toolroom Fitter"), tz=("in", "za"), x=("years on aluminium die-casting lines", "press-tool setting record"))
mr("hd-e", "{role} – update", "Hi {n},\n\nGood to see you at interview last week. The clinic has leaned towards candidates with more time {x}, which matches what our patients need most this year.\n\nWarm regards,\n{sig}\n{co}", "Kovan Foot Care Clinic", "kovanfootcare", role="Podiatry Assistant", tz="sg", x="fitting offloading boots for diabetic feet")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following up on {role}", "Hi {n},\n\nNice chatting earlier. To confirm, the client picked {x} for {role}, and that search is done. Something else on my books may suit you: {y}. Shall I pass your CV along?\n\nBest,\n{sig}\nPugh Recruitment Partners", ("Pugh Recruitment Partners", "Greenlee Talent Search"), ("pughrecruitment", "greenleetalent"), role=("Operations Manager", "Plant Manager"), tz=("uk", "use"), x=("their night-shift manager", "a manager poached from a juice factory two towns over"), y=("a biscuit factory near Clunbury looking for a production manager", "a hot-sauce bottling plant outside Brattleboro"))
mr("rc-b", "{role} – where things stand", "Hi {n},\n\nGood yarn this arvo. The {role} seat's gone to {x}. There's a fresh one on my desk: {y}. Reckon I should chuck your name in?\n\nCheers,\n{sig}\nLethlean Talent", ("Lethlean Talent", "Paewai Recruitment"), ("lethleantalent", "paewairecruit"), role=("Site Manager", "Factory Manager"), tz=("auq", "nz"), x=("their maintenance supervisor, promoted from within", "a manager from the plant down the road"), y=("an aloe-gel plant near Goondiwindi", "a pet-food factory near Kurow"))
mr("rc-c", "Re: {role}", "Dear {n},\n\nFollowing our call: for {role}, {x} got the nod. There is also {y}, which your boiler years match well. May I send them your profile?\n\nRegards,\n{sig}", ("Gachanja Search", "Obi Talent Partners"), ("gachanjasearch", "obitalent"), role=("Operations Manager", "Maintenance Manager"), tz=("ke", "ng"), x=("a long-serving supervisor at their Mwingi site", "an engineer already in charge of their dryers"), y=("a moringa-leaf plant in Mwingi needing a maintenance lead", "a neem-oil plant in Shaki"))
mr("rc-d", "Shift Manager role", "Hi {n},\n\nAs discussed, the client gave the Shift Manager job to their current line leader. I have another opening that may interest you: a rusks bakery near McGregor wants a production supervisor. Shall I set up a call?\n\nKind regards,\n{sig}\nSwanepoel Staffing", "Swanepoel Staffing", "swanepoelstaffing", tz="za")
# ---- 8 public-sector notices
mr("ps-a", "Notice of rating – {role}", "Dear {n},\n\nApplication {ref} for {role} has been checked against the minimum qualifications. The announcement asked for {x}, and none came with yours, so it is rated ineligible and goes no further.\n\n{co}\nHuman Resources", ("City of Spearfish Public Works", "Town of Lanark"), ("spearfishpw", "lanarktown"), role=("Equipment Operator II", "Water Plant Operator"), tz=("usm", "cae"), x=("a Class B CDL with air brakes", "an Operator-in-Training certificate"))
mr("ps-b", "Referral notice – {role}", "Dear {n},\n\nThe hiring list for {role} ({ref}) has been issued. The hiring supervisor received the top {x} eligible scorers; your score sat beneath them, so your name stays off this list. Your eligibility remains on the register for twelve months.\n\n{co}", ("Brattleboro Town Personnel Office", "Spearfish Civil Service Board"), ("brattleborotown", "spearfishcsb"), role=("Library Clerk", "Parks Maintenance Worker"), tz=("use", "usm"), x=("eight", "five"))
mr("ps-c", "Vacancy {ref} – {role}", "Dear {n},\n\nFollowing {x}, the post of {role} has been withdrawn and Council will not fill it. Apologies that your effort went unrewarded.\n\nPeople and Culture\n{co}", ("Goondiwindi Regional Council", "Kurow District Council"), ("goondiwindirc", "kurowdc"), role=("Library Officer", "Building Control Officer"), tz=("auq", "nz"), x=("a review of branch staffing", "a merger of the consents and planning teams"))
mr("ps-d", "Result of written examination – {role}", "Dear {n},\n\nYour mark in the {role} written paper: {x}. Interview calls went to those reaching the cut-off; this recruitment now closes for you.\n\nSecretary\n{co}", ("Shoolagiri Municipal Recruitment Committee", "Iseyin Local Government Service Commission"), ("shoolagirimunicipal", "iseyinlgsc"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"), x=("52 out of 100 against a cut-off of 61", "39 out of 70 against a cut-off of 46"))
# ---- 6 bare ATS status updates
mr("st-a", "Application status changed", "Hi {n},\n\n{role} · {co}\n\nCurrent status: Unsuccessful – file closed at review\n\nYour Hirebrook dashboard lists every application.\n\nHirebrook", ("Ravenscroft Bindery", "Oosterhout Millwork"), ("ravenscroftbindery", "oosterhoutmill"), frm="Hirebrook <notifications@hirebrook.example>", role=("Finishing Assistant", "Sanding Operator"), tz=("uk", "usc"))
mr("st-b", "{role} – status", "<html><body><p>{n},</p><table><tr><td>{role}</td><td>{co}</td></tr><tr><td>Stage</td><td>Review · Closed, not selected</td></tr></table></body></html>", ("Pratt Loom Spares", "Kowalchuk Grain Tools"), ("prattloom", "kowalchukgrain"), frm="{co} Jobs <ats@{dom}>", role=("Parts Picker", "Yard Hand"), tz=("uk", "cac"))
mr("st-c", "Your application at {co}", "{n}, here is your progress:\n\nApplied ✓\nReviewed ✓\nOutcome: Unsuccessful – closed\n\nTrackcurve", ("Mulholland Rope Works", "Halliwell Cordage"), ("mulhollandrope", "halliwellcordage"), frm="Trackcurve <updates@trackcurve.example>", role=("Splicer", "Coil Winder"), tz=("au", "nz"))
# ---- 6 internship / graduate decisions
mr("in-a", "{role} – decision", "Dear {n},\n\n{x} students applied for the three places of the {role}, and other students now hold all three.\n\nThe scheme reopens next spring.\n\n{sig}\n{co}", ("Bilberry Moor Research Station", "Kakapo Ridge Field Centre"), ("bilberrymoor", "kakaporidge"), role=("Summer Studentship in Bumblebee Surveys", "Summer Studentship in Lizard Counts"), tz=("uk", "nz"), x=("128", "86"))
mr("in-b", "Internship placement outcome", "Hi {n},\n\nEach place in the {role} intake this year has gone to another student, who has taken it up, so the cohort is complete without you.\n\nBest wishes,\n{sig}\n{co}", ("Bemboka Soil Survey", "Invermere Icefield Watch"), ("bembokasoil", "icefieldwatch"), role=("Soil Mapping Internship", "Meltwater Monitoring Internship"), tz=("au", "cam"))
mr("in-c", "Graduate Programme {ref}", "Dear {n},\n\nThe {co} graduate selection has finished. Other graduates have accepted all {x} programme places, and none is left for you this year.\n\nGraduate Recruitment\n{co}", ("Bushveld Electricity Board", "Kenya Rural Water Agency"), ("bushveldelec", "kruralwater"), tz=("za", "ke"), x=("seven", "six"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application – {role}", "Dear {n},\n\nRequisition R-{ref}, {role} at {co}, has your application. A regrading review of several posts is under way; should this one be moved into the internal pool, the requisition closes and every applicant receives an email telling them so.\n\n{co} Talent Acquisition", ("Ostler & Vane Hingeworks", "Pembury Rule Company"), ("ostlervane", "pemburyrule"), frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Stock Controller, Castors", "Calibration Clerk, Tapes"), tz=("uk", "use"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is in. Our two owners read each one themselves; should they settle on someone else, one of them writes to you in person, so no guessing games.\n\nThe {co} hiring team", ("Quillon Pen Repair", "Gauntlet Typecase Works"), ("quillonpens", "gauntlettype"), frm="{co} <no-reply@{dom}>", role=("Sac Fitter", "Drawer Restorer"), tz=("uk", "cae"))
mo("application_received", "lv", "Application received – {role}", "Hello {n},\n\nYour {role} letter reached {co}. Everything gets read before the month ends, and whatever we decide, someone from the bench team writes back with the answer.\n\n{sig}\n{co}", ("Hartsease Bell Ropes", "Copperleaf Lantern Co."), ("hartsease", "copperleaf"), role=("Tail-End Braider", "Solderer"), tz=("uk", "usc"))
mo("application_received", "sr", "We have your application", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Received</td></tr></table><p>Watch this row: it moves to Interview, or shows Closed should someone else get the job.</p><p>{co} Recruitment</p></body></html>", ("Farrow Sealing Wax", "Draycott Inkstand Co."), ("farrowwax", "draycottink"), frm="{co} Recruitment <jobs@{dom}>", role=("Stick Wrapper", "Brass Polisher"), tz=("uk", "au"))
mo("application_received", "ic", "Application #{ref} received", "Dear {n},\n\nApplication #{ref} for {role} is logged. One item is missing: {x}. When the posting shuts, any profile still lacking it flips to Not Selected.\n\n{co} Careers", ("Tillbrook Pram Works", "Cragside Snowcraft Co."), ("tillbrook", "cragsidesnowcraft"), frm="{co} Careers <icims@{dom}>", role=("Hood Stitcher", "Runner Waxer"), tz=("uk", "cam"), x=("your weekend availability form", "a copy of your welding ticket"))
mo("application_received", "tl", "Requisition {ref}: application received", "Dear {n},\n\nRequisition {ref} ({role}) now lists your application. Should that requisition later be paused or scrapped, each linked applicant gets an automatic status email.\n\n{co} Human Resources", ("Pelham Finials Ltd", "Rookwood Sundries"), ("pelhamfinials", "rookwoodsundries"), frm="{co} HR <taleo@{dom}>", role=("Polishing Assistant", "Goods-In Clerk"), tz=("uk", "cat"))
mo("application_received", "wk", "Thanks for applying – {role}", "Hi {n},\n\nYour {role} application has landed at {co}. A shortlist gets phoned in about two weeks; anyone not phoned receives an email instead, so nobody hangs on.\n\n{sig}, {co}", ("Blackthorn Walking Sticks", "Larkspur Waterdomes"), ("blackthornsticks", "larkspurwaterdomes"), role=("Ferrule Fitter", "Base Painter"), tz=("uk", "usp"))
mo("application_received", "bh", "Your application – {role}", "Hi {n},\n\nYour note asking after the {role} hours reached me. Heads up: our own staff get first dibs on spare hours, and if one of them claims these before interviews, I'll message you to say.\n\n{sig}\n{co}", ("Tumbledown Kite Loft", "Marrowbone Button Box"), ("tumbledownkites", "marrowbonebuttons"), role=("Sunday Assistant", "Packing Assistant"), tz=("uk", "nz"))
mo("application_received", "tt", "Your letter to {co}", "Hello {n},\n\nLetter from you is here. Maybe the boss give this place to {x}; we know after two weeks. Also if answer is no, we write you, we don't forget.\n\n{sig}\n{co}", ("Tuymaada Fur Sewing", "Kangerlussuaq Net Loft"), ("tuymaadasewing", "kangerluknet"), tz=("yak", "nuk"), x=("her cousin from the village", "one man from the harbour"))
mo("application_received", "ps", "We get your papers", "Dear {n},\n\nPapers arrive to us. Owner will see all papers next week. If he select other person, also we send you small message, so you know.\n\n{sig}\n{co}", ("Nallur Palmyra Crafts", "Mariabad Carpet House"), ("nallurpalmyra", "mariabadcarpet"), tz=("jaf", "qta"))
mo("application_received", "pp", "Assessment link – {role}", "Dear {n},\n\nNext for {role}: the written assessment, open until {dl}. Each score comes back with one line: interview, or the end of the road.\n\n{co} Recruitment", ("Harebell Organ Pipes", "Ferncastle Clock Repair"), ("harebellpipes", "ferncastleclocks"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Voicing Trainee", "Movement Cleaner"), tz=("uk", "ie"))
mo("application_received", "jz", "Showreel received", "Hi {n},\n\nShowreel received, cheers. {x} dates get handed out once clients name their own acts; after that you'll hear from me, dates or none.\n\n{sig}\n{co} Bookings", ("Wharfside Strathspey Agency", "Bluebonnet Polka Bookings"), ("wharfsidestrathspey", "bluebonnetpolka"), tz=("uk", "usc"), x=("summer", "fall"))
mo("application_received", "ab", "We got your application", "Hi {n},\n\nYour application reach us po. After the tasting day each applicant gets an email, pass man o hindi.\n\n{sig}\n{co}", ("Jagna Calamay Kitchen", "Joo Chiat Spekkoek House"), ("jagnacalamay", "joochiatspekkoek"), tz=("ph", "sg"))
mo("application_received", "th", "{role} – thank you", "Dear {n},\n\nYour {role} application is here. In fairness, {x} may also put in, and the {y} know her work well. Whoever is chosen, every candidate hears from me afterwards.\n\n{sig}\n{co}", ("Windlestraw Bus Preservation Trust", "Flatland Rail Car Society"), ("windlestrawbus", "railcarsociety"), role=("Workshop Supervisor", "Restoration Lead"), tz=("uk", "usc"), x=("a volunteer of many years", "a retired machinist from our depot"), y=("trustees", "board"))
mo("application_received", "tb", "Your application – {role}", "Dear {n},\n\nYour {role} form reached me. The committee sits after the regatta, and then I'll send each applicant the outcome, you included.\n\n{sig}\n{co}", ("Carrigaholt Yacht Club", "Waikouaiti Sea Scouts"), ("carrigaholtyc", "waikouaitiscouts"), role=("Boatman", "Hall Caretaker"), tz=("ie", "nz"))
mo("application_received", "fa", "Thanks for applying – {role}", "Dear {n},\n\nYour {role} form for the {y} branch is in. A call from the branch manager means an interview; no call, and this vacancy brings no more mail.\n\nBrightwick Lamps Recruitment" + FOOT_A, "Brightwick Lamps", "brightwicklamps", frm="Brightwick Careers <careers@{dom}>", role=("Sales Adviser", "Stockroom Colleague"), tz=("uk", "ie"), y=("Clunbury", "Bandon"))
mo("application_received", "fb", "Application logged", "Hi {n},\n\nYour {role} application for the {y} store is in the queue. We reach out only to people picked for interview.\n\nPadstow Outfitters Talent Team" + FOOT_B, "Padstow Outfitters", "padstowoutfitters", frm="Padstow Outfitters Careers <talent@{dom}>", role=("Fitting Room Associate", "Receiving Associate"), tz=("use", "cae"), y=("Brattleboro", "Lanark"))
mo("application_received", "pa", "Application received – {role}", "Dear {n},\n\nWe hold your {role} application ({ref}). If {x} is not uploaded by the closing date, the rating given is ineligible, so do check your file.\n\n{co}\nHuman Resources", ("City of Spearfish Public Works", "Town of Lanark"), ("spearfishpw", "lanarktown"), role=("Equipment Operator II", "Water Plant Operator"), tz=("usm", "cae"), x=("a valid Class B CDL", "an Operator-in-Training certificate"))
mo("application_received", "pb", "Application acknowledgement – {role}", "Dear {n},\n\nWe have logged application {ref} for {role}. After scoring, each applicant is posted a notice saying if the hiring supervisor received their name.\n\n{co}", ("Brattleboro Town Personnel Office", "Spearfish Civil Service Board"), ("brattleborotown", "spearfishcsb"), role=("Library Clerk", "Parks Maintenance Worker"), tz=("use", "usm"))
mo("application_received", "pc", "Application received – {role}", "Dear {n},\n\nYour {role} application is with People and Culture. If Council chooses not to fill the role in the end, each applicant gets a letter giving the reason.\n\nPeople and Culture\n{co}", ("Goondiwindi Regional Council", "Kurow District Council"), ("goondiwindirc", "kurowdc"), role=("Library Officer", "Building Control Officer"), tz=("auq", "nz"))
mo("application_received", "pd", "Acknowledgement – {role}", "Dear {n},\n\nReceipt of your {role} application is noted. Only those clearing the written-paper cut-off are sent interview call letters by post.\n\nSecretary\n{co}", ("Shoolagiri Municipal Recruitment Committee", "Iseyin Local Government Service Commission"), ("shoolagirimunicipal", "iseyinlgsc"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "sa", "Application submitted", "Hi {n},\n\n{role} · {co}\n\nCurrent status: Submitted\n\nYour Hirebrook dashboard lists every application.\n\nHirebrook", ("Ravenscroft Bindery", "Oosterhout Millwork"), ("ravenscroftbindery", "oosterhoutmill"), frm="Hirebrook <notifications@hirebrook.example>", role=("Finishing Assistant", "Sanding Operator"), tz=("uk", "usc"))
mo("application_received", "ia", "{role} – application received", "Dear {n},\n\nThe {role} has your application. Every applicant is emailed by late April, place or no place.\n\n{sig}\n{co}", ("Bilberry Moor Research Station", "Kakapo Ridge Field Centre"), ("bilberrymoor", "kakaporidge"), role=("Summer Studentship in Bumblebee Surveys", "Summer Studentship in Lizard Counts"), tz=("uk", "nz"))
mo("application_received", "ic2", "Graduate Programme – next step", "Dear {n},\n\nNext in the {co} graduate programme: the aptitude test, to be sat by {dl}. A result under the pass mark stops things at that point.\n\nGraduate Recruitment\n{co}", ("Bushveld Electricity Board", "Kenya Rural Water Agency"), ("bushveldelec", "kruralwater"), tz=("za", "ke"))
mo("application_received", "ra", "Your CV – {role}", "Hi {n},\n\nYour CV for {role} is now with the client. Good news or bad, my phone call follows the day they answer.\n\nBest,\n{sig}", ("Pugh Recruitment Partners", "Greenlee Talent Search"), ("pughrecruitment", "greenleetalent"), role=("Operations Manager", "Plant Manager"), tz=("uk", "use"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-b", "Re: [EXT] Re: {role}", "Hi {n},\n\nScan received. Are you free at 6pm on {dl}? The committee will be in the clubhouse. Unfortunately the slipway lights are out, so please come by the front gate.\n\n{sig}\n{co}\n\n{GM}", ("Carrigaholt Yacht Club", "Waikouaiti Sea Scouts"), ("carrigaholtyc", "waikouaitiscouts"), role=("Boatman", "Hall Caretaker"), tz=("ie", "nz"))
mo("interview", "th-d", "RE: [EXT] Re: {role}", "Hi {n},\n\nScan received. Could you talk with two board members on {dl} at 10am? Unfortunately painters have our meeting room, so we'll gather at the library's back tables.\n\n{sig}\n{co}\n\n{RULE}", ("Bonners Ferry Tool Library", "Guysborough Seed Exchange"), ("bonnersferrytools", "guysboroughseeds"), role=("Coordinator", "Volunteer Manager"), tz=("usp", "cat"))
mo("interview", "ab", "Interview – {co}", "Hi {n},\n\nAre you free on {dl} at 2pm for an interview po? Unfortunately our kitchen is small, so we will talk at the coffee shop next door po.\n\n{sig}\n{co}", ("Jagna Calamay Kitchen", "Joo Chiat Spekkoek House"), ("jagnacalamay", "joochiatspekkoek"), tz=("ph", "sg"))
mo("interview", "hd-d", "Interview invitation – {role}", "Dear {n},\n\nYou are shortlisted for {role}; interview is on {dl} at 11am. Unfortunately the visitors' bays are being repainted, so find a spot on the road outside.\n\n{sig}\n{co}", ("Shoolagiri Precision Castings", "Dlamini Tooling Works"), ("shoolagiricastings", "dlaminitooling"), role=("Quality Inspector", "Toolroom Fitter"), tz=("in", "za"))
mo("interview", "th-h", "Re: [EXT] Re: {role}", "Hi {n},\n\nScan received with thanks. The curator asks if you can talk again at 3pm on {dl}. Unfortunately the lift in the gallery is out of order, so we'll meet on the ground floor.\n\n{sig}\n{co}\n\n{ORIG}", ("Udumalai Textile Museum", "Loboc Heritage House"), ("udumalaitextilemuseum", "lobocheritage"), role=("Collections Officer", "Exhibit Keeper"), tz=("in", "ph"))
mo("interview", "jz", "Audition – {co}", "Hi {n},\n\nCome and play for us on {dl} at 7pm. Unfortunately our usual room is double-booked for a choir, so we'll use the hall behind the pub.\n\n{sig}\n{co} Bookings", ("Wharfside Strathspey Agency", "Bluebonnet Polka Bookings"), ("wharfsidestrathspey", "bluebonnetpolka"), tz=("uk", "usc"))
mo("interview", "hd-a", "Interview – {role}", "Dear {n},\n\nYour application caught our eye; can you meet us on {dl} at 9:30am? Unfortunately the main yard is muddy after the rain, so wellies are a good idea.\n\n{sig}\n{co}", "Ashdown Equine Vets", "ashdownequine", role="Veterinary Nurse", tz="uk")
mo("next_steps", "pa", "Next step – {role}", "Dear {n},\n\n{role}: you meet the minimum qualifications. Certified copies of {x} are due at Human Resources by {dl}. Unfortunately certification older than ninety days won't do.\n\n{co}\nHuman Resources", ("City of Spearfish Public Works", "Town of Lanark"), ("spearfishpw", "lanarktown"), role=("Equipment Operator II", "Water Plant Operator"), tz=("usm", "cae"), x=("your CDL and medical card", "your certificate and driver's licence"))
mo("next_steps", "ra", "Reference forms – {role}", "Hi {n},\n\n{role}: you've made the last round with the client. Two reference forms are due back by {dl}. Unfortunately the online form logs out after twenty minutes, so jot the phone numbers down beforehand.\n\nBest,\n{sig}", ("Pugh Recruitment Partners", "Greenlee Talent Search"), ("pughrecruitment", "greenleetalent"), role=("Operations Manager", "Plant Manager"), tz=("uk", "use"))
mo("next_steps", "pp", "Practical task – {role}", "Dear {n},\n\nWell done: {role} moves to the practical stage. Please send your recorded task by {dl}. Unfortunately, our upload page refuses files over 200 MB, so compress the video first.\n\n{co} Recruitment", ("Harebell Organ Pipes", "Ferncastle Clock Repair"), ("harebellpipes", "ferncastleclocks"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Voicing Trainee", "Movement Cleaner"), tz=("uk", "ie"))
mo("next_steps", "pd", "Certificate verification – {role}", "Dear {n},\n\nYour name is on the {role} interview list. Original certificates must be verified in person by {dl}. Unfortunately, our office runs a single counter, so expect a wait.\n\nSecretary\n{co}", ("Shoolagiri Municipal Recruitment Committee", "Iseyin Local Government Service Commission"), ("shoolagirimunicipal", "iseyinlgsc"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "ic2", "Pre-employment medical", "Dear {n},\n\nYour graduate offer depends on a medical, which must be done by {dl}. Unfortunately the clinic takes walk-ins only before noon.\n\nGraduate Recruitment\n{co}", ("Bushveld Electricity Board", "Kenya Rural Water Agency"), ("bushveldelec", "kruralwater"), tz=("za", "ke"))
mo("next_steps", "st", "Action needed – {co}", "<html><body><p>{n},</p><table><tr><td>{role}</td><td>{co}</td></tr><tr><td>Next</td><td>Online skills check – due {dl}</td></tr></table></body></html>", "Pratt Loom Spares", "prattloom", frm="{co} Jobs <ats@{dom}>", role="Parts Picker", tz="uk")
mo("next_steps", "th-f", "Re: [EXT] Re: {role}", "Hi {n},\n\nLicence received. Please email two referees' names by {dl}. Unfortunately our office phone is down this week, so email is best.\n\n{sig}\n{co}\n\n{GM}", "Goodacre Walled Garden Trust", "goodacregarden", role="Head Gardener", tz="uk")
mo("offer", "bh", "Hours offer – {role}", "Hi {n},\n\nGood news: from {dl} the {role} hours can be yours. Sadly the tea urn has packed up, so a thermos would help for now.\n\n{sig}\n{co}", ("Tumbledown Kite Loft", "Marrowbone Button Box"), ("tumbledownkites", "marrowbonebuttons"), role=("Sunday Assistant", "Packing Assistant"), tz=("uk", "nz"))
mo("offer", "ft-c", "Job offer – {role}", "Hi {n},\n\nThe {role} role at the {y} store is yours, from {dl}. Unfortunately staff shirts are on back order, so wear a plain dark top for the first week.\n\nThe Kookaburra Swags team" + FOOT_C, "Kookaburra Swags", "kookaburraswags", frm="Kookaburra Swags Careers <jobs@{dom}>", role=("Retail Team Member", "Warehouse Picker"), tz=("au", "nz"), y=("Canowindra", "Kurow"))
mo("offer", "th-e", "RE: [EXT] Re: {role}", "Good afternoon {n},\n\nThe {role} post is yours, and I'm thrilled to say so; you begin {dl}. Unfortunately roofers have the staff room, so lunch is in the hall for a while.\n\n{sig}\n{co}\n\n{OUT}", ("Shaki Craft Academy", "Kabarnet Music School"), ("shakicraftacademy", "kabarnetmusic"), role=("Workshop Instructor", "Strings Tutor"), tz=("ng", "ke"))
mo("offer", "rc", "Offer – Production Lead", "Hi {n},\n\nGreat news: the Production Lead job is yours from {dl}. Unfortunately that date is fixed, because their new line switches on that week.\n\nCheers,\n{sig}\nLethlean Talent", "Lethlean Talent", "lethleantalent", tz="auq")
mo("offer", "in-b", "Placement offer", "Hi {n},\n\nA place on the {role} is yours from {dl}. Unfortunately the field truck's battery is flat, so day one happens at a desk.\n\n{sig}\n{co}", "Invermere Icefield Watch", "icefieldwatch", role="Meltwater Monitoring Internship", tz="cam")
mo("interview", "hd-e", "Interview – {role}", "Hello {n},\n\nInterview slot for you: {dl} at 4pm. Unfortunately the clinic's back door is locked after 3pm, so please use the main entrance.\n\n{sig}\n{co}", "Kovan Foot Care Clinic", "kovanfootcare", role="Podiatry Assistant", tz="sg")
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nThe {role} job is yours from {dl} if you want it. Unfortunately, a heating engineer has the workshop boiler in bits, so layers are wise for the first fortnight.\n\n{sig}, {co}", "Blackthorn Walking Sticks", "blackthornsticks", role="Ferrule Fitter", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "sa", "Application status changed", "Hi {n},\n\n{role} · {co}\n\nCurrent status: With hiring manager – awaiting decision\n\nYour Hirebrook dashboard lists every application.\n\nHirebrook", ("Ravenscroft Bindery", "Oosterhout Millwork"), ("ravenscroftbindery", "oosterhoutmill"), frm="Hirebrook <notifications@hirebrook.example>", role=("Finishing Assistant", "Sanding Operator"), tz=("uk", "usc"))
mo("other_job", "wd", "Application withdrawn", "<html><body><p>Hi {n},</p><p>Per your email, <b>{role}</b> is off your list.</p><table><tr><td>Status</td><td>Withdrawn – at candidate's request</td></tr></table><p>{co} Jobs</p></body></html>", ("Pratt Loom Spares", "Kowalchuk Grain Tools"), ("prattloom", "kowalchukgrain"), frm="{co} Jobs <ats@{dom}>", role=("Parts Picker", "Yard Hand"), tz=("uk", "cac"))
mo("other_job", "pb", "Update – {role} scoring", "Dear {n},\n\nScoring for {role} ({ref}) is running late while two raters are away. The hiring supervisor holds no list yet; expect one within three weeks.\n\n{co}", "Brattleboro Town Personnel Office", "brattleborotown", role="Library Clerk", tz="use")
mo("job_alert", "fa", "Brightwick Job Pings: 3 new roles near you", "Hi {n},\n\nNew roles matching your Job Ping:\n- Sales Adviser, {y}\n- Lighting Demonstrator, {y}\n- Delivery Driver, regional hub\n\nBrightwick Lamps Recruitment" + FOOT_A, "Brightwick Lamps", "brightwicklamps", frm="Brightwick Job Pings <pings@{dom}>", tz=("uk", "ie"), y=("Clunbury", "Bandon"))
mo("job_alert", "fc", "New jobs at Kookaburra Swags", "Hi {n},\n\nFresh openings this week:\n- Store Supervisor, Goondiwindi\n- Casual Picker, distribution centre\n- Canvas Repairer, workshop\n\nThe Kookaburra Swags team" + FOOT_C, "Kookaburra Swags", "kookaburraswags", frm="Kookaburra Swags Careers <jobs@{dom}>", tz="au")
mo("recruiter_outreach", "ra", "A role you might like", "Hi {n},\n\nSaw your profile while searching for {x}. Fancy a ten-minute call some day this week?\n\nBest,\n{sig}", ("Pugh Recruitment Partners", "Gachanja Search"), ("pughrecruitment", "gachanjasearch"), tz=("uk", "ke"), x=("a biscuit factory near Clunbury looking for a production manager", "a moringa-leaf plant in Mwingi that needs a maintenance lead"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour request to borrow £4,600 for a used campervan went to our lending panel, which has declined it. The main reasons can be set out in writing for you.\n\n{sig}\n{co}", ("Teme Valley Credit Union", "Bancroft Mutual Society"), ("temevalleycu", "bancroftmutual"), tz="uk")
mo("non_job_rejection_words", "flat", "The two-bed on Mill Row", "Hi {n},\n\nGood of you to view 4 Mill Row. The owner has accepted a tenant ready to sign by Friday, so that two-bed is now let.\n\n{sig}\n{co}", "Fenwick Lettings", "fenwicklettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Bonners Ferry Lake Swim ballot result", "Hi {n},\n\nThe Bonners Ferry Lake Swim ballot ran last night; your entry wasn't among those picked. No fee has been charged.\n\nThe race team", "Bonners Ferry Lake Swim", "bonnersferryswim", tz="usp")
mo("non_job_rejection_words", "grant", "Community fund decision", "Dear {n},\n\nThe Neighbourhood Fund panel looked at your repair-café tools bid and will not fund it in this round.\n\n{sig}\n{co}", "Kurow Community Fund", "kurowfund", tz="nz")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("pipe", "Re: clay pipe workshop helper", "Hi {n},\n\nCheers for your message about the clay pipemaker's workshop. A lad who trims stems for me on Saturdays is stepping up, so that's me covered. Good luck.\n\n{sig}", "Strachan Clay Pipes", "strachanpipes", frm=via("Otta"), tz="uk")
wo("application_received", "pipe", "Re: clay pipe workshop helper", "Hi {n},\n\nThanks for the message. A Saturday lad might want the hours; he'll tell me by Friday. If he takes them I'll post it here, and if not, come and have a go at the moulds.\n\n{sig}", "Strachan Clay Pipes", "strachanpipes", frm=via("Otta"), tz="uk")
wr("bellows", "Your reply about the bellows job", "Hello {n},\n\nKind of you to answer my advert for a bellowsmaker's assistant. I'm afraid I'll be working alone through the winter; the post is withdrawn.\n\nKind regards,\n{sig}", "Polglase Forge Bellows", "polglasebellows", frm=via("Preloved"), tz="uk")
wo("interview", "bellows", "The bellows job", "Hello {n},\n\nThanks for answering my advert. Could you pop round on {dl} at 2pm to see the leather cutting? Unfortunately the lane's being resurfaced, so walk up from the church.\n\n{sig}", "Polglase Forge Bellows", "polglasebellows", frm=via("Preloved"), tz="uk")
wr("quilt", "Quilting helper", "Hi {n},\n\nLovely to get your reply about my quiltmaker's orders. A friend from my sewing circle offered first and I've said yes, so the spot is taken.\n\nAll the best,\n{sig}", "Goodacre Quilts", "goodacrequilts", frm=via("Mumsnet"), tz="uk")
wo("next_steps", "quilt", "Quilting helper", "Hi {n},\n\nThanks for replying. Could you send me photos of two quilts you've pieced by {dl}? Then we can arrange a trial afternoon.\n\n{sig}", "Goodacre Quilts", "goodacrequilts", frm=via("Mumsnet"), tz="uk")
wr("scythe", "The forge job", "Hi {n},\n\nFair play for writing about the scythesmith's forge job. A young fella from the next townland who helps me at the shows has it now, and that's the only job I had.\n\nGood luck,\n{sig}", "Cunnane Scythes", "cunnanescythes", frm=via("DoneDeal"), tz="ie")
wo("offer", "scythe", "The forge job", "Hi {n},\n\nThe forge job is there for you, starting {dl}. Unfortunately the yard floods when it lashes, so bring boots.\n\n{sig}", "Cunnane Scythes", "cunnanescythes", frm=via("DoneDeal"), tz="ie")
wr("seal", "Sealcutter trainee", "Dear {n},\n\nYour Milkround application for our sealcutter traineeship came in. The single place has now gone to another graduate, who accepted it, and applications are closed.\n\nBest wishes,\n{sig}", "Pratt Seal Engravers", "prattseals", frm=via("Milkround"), tz="uk")
wo("application_received", "seal", "Sealcutter trainee", "Dear {n},\n\nYour application for the sealcutter traineeship is in. There is one place; after interviews each applicant receives a letter, offered it or not.\n\n{sig}", "Pratt Seal Engravers", "prattseals", frm=via("Milkround"), tz="uk")
wr("jet", "Jet carving assistant", "Hi {n},\n\nCheers for the proposal. A jetcarver's apprentice who already polishes on the wheel is taking the work, so I'm covered.\n\nThanks,\n{sig}", "Lindsay Jet Studio", "lindsayjet", frm=via("PeoplePerHour"), tz="uk")
wo("interview", "jet", "Jet carving assistant", "Hi {n},\n\nYour proposal looks good. Video call on {dl} at 11am? Unfortunately the studio wifi is patchy, so I'll ring from the café.\n\n{sig}", "Lindsay Jet Studio", "lindsayjet", frm=via("PeoplePerHour"), tz="uk")
wr("bead", "Re: Beadmaker's assistant", "Hi {n},\n\nYour Monster application came through. We've since hired someone with years at a glass torch, and the search is closed.\n\nBest,\n{sig}", "Greenlee Glass Beads", "greenleebeads", frm=via("Monster"), tz="use")
wo("next_steps", "bead", "Re: Beadmaker's assistant", "Hi {n},\n\nGot your application. Send a short clip of you shaping a bead by {dl}; we'll pick people for a trial day from those.\n\n{sig}", "Greenlee Glass Beads", "greenleebeads", frm=via("Monster"), tz="use")
wr("zither", "Zithermaker's helper", "Hi {n},\n\nYour note via Dice reached us. A luthier's student is now the zithermaker's helper, so your application stops here.\n\nWarm regards,\n{sig}", "Cormier Zithers", "cormierzithers", frm=via("Dice"), tz="cae")
wo("interview", "zither", "Zithermaker's helper", "Hi {n},\n\nYour note reached us. Drop by the shop on {dl} at 1pm? Unfortunately the front door sticks, so give it a good shove.\n\n{sig}", "Cormier Zithers", "cormierzithers", frm=via("Dice"), tz="cae")
wr("yoke", "Yokemaker job", "G'day {n},\n\nTa for the message about the yokemaker's job. Mate of mine from the show circuit is coming on, so the spot's gone. Good luck with it.\n\n{sig}", "Lethlean Yokes", "lethleanyokes", frm=via("Whirlpool"), tz="au")
wo("application_received", "yoke", "Yokemaker job", "G'day {n},\n\nGot your message. A mate might take it if his work dries up; I'll know in a week and tell you here either way.\n\n{sig}", "Lethlean Yokes", "lethleanyokes", frm=via("Whirlpool"), tz="au")
wr("hat", "Hatblocker assistant", "Hi {n},\n\nYour Prosple application for hatblocker assistant was read closely. The job goes to another applicant with millinery training, so we're closing yours.\n\nKind regards,\n{sig}", "Mulholland Millinery", "mulhollandmillinery", frm=via("Prosple"), tz="au")
wo("interview", "hat", "Hatblocker assistant", "Hi {n},\n\nYour application stood out; come in on {dl} at 10am? Unfortunately the steamer hisses loudly, so the chat happens in the office.\n\n{sig}", "Mulholland Millinery", "mulhollandmillinery", frm=via("Prosple"), tz="au")
wr("marq", "Marquetry graduate role", "Kia ora {n},\n\nYour GradConnection application for the marqueter's graduate role was a good read. Another applicant has taken the role, having said yes to our offer.\n\nNgā mihi,\n{sig}", "Paewai Marquetry", "paewaimarquetry", frm=via("GradConnection"), tz="nz")
wo("offer", "marq", "Marquetry graduate role", "Kia ora {n},\n\nThe marqueter's graduate role is yours from {dl}. Unfortunately the studio has nowhere to park, so the bus is best.\n\n{sig}", "Paewai Marquetry", "paewaimarquetry", frm=via("GradConnection"), tz="nz")
wr("sash", "Sash window trainee", "Hi {n},\n\nYour Careers24 application arrived. We appointed a trainee sashmaker from our own apprentices, so yours ends here.\n\nRegards,\n{sig}", "Coetzee Sash Windows", "coetzeesash", frm=via("Careers24"), tz="za")
wo("next_steps", "sash", "Sash window trainee", "Hi {n},\n\nYour application came in. Send your trade test certificate and ID copy by {dl} so we can book an assessment.\n\n{sig}", "Coetzee Sash Windows", "coetzeesash", frm=via("Careers24"), tz="za")
wr("pump", "Hand pump workshop", "Hi {n},\n\nYour PNet application came in. The pumpmaker's assistant post is filled by someone who has fitted village-well hand pumps before. Go well.\n\nKind regards,\n{sig}", "Nkosi Hand Pumps", "nkosipumps", frm=via("PNet"), tz="za")
wo("interview", "pump", "Hand pump workshop", "Hi {n},\n\nYour application came in. Come for a chat on {dl} at 9am. Unfortunately the workshop gate is stiff, so phone and we'll open it.\n\n{sig}", "Nkosi Hand Pumps", "nkosipumps", frm=via("PNet"), tz="za")
wr("wick", "Regarding your enquiry", "Dear {n},\n\nReceived your IndiaMART enquiry regarding the wickmaker's helper vacancy. Already one person from our village is taken, so vacancy is closed.\n\nRegards,\n{sig}", "Sri Lakshmi Cotton Wicks", "lakshmiwicks", frm=via("IndiaMART"), tz="in")
wo("application_received", "wick", "Regarding your enquiry", "Dear {n},\n\nReceived your enquiry. Proprietor will decide this week, and either way you will be informed on this same thread.\n\n{sig}", "Sri Lakshmi Cotton Wicks", "lakshmiwicks", frm=via("IndiaMART"), tz="in")
wr("lute", "Lutemaker assistant", "Dear {n},\n\nReceived your Naukrigulf application. Our master lutemaker has selected one candidate who has built ouds for many years, hence we are regretting for your application.\n\nRegards,\n{sig}", "Qureshi Lute Works", "qureshilutes", frm=via("Naukrigulf"), tz="in")
wo("next_steps", "lute", "Lutemaker assistant", "Dear {n},\n\nReceived your application. Kindly send photos of any instrument you have built by {dl}, after which we shall fix an interview.\n\n{sig}", "Qureshi Lute Works", "qureshilutes", frm=via("Naukrigulf"), tz="in")
wr("bodhran", "Bodhrán workshop", "Hi {n},\n\nGood of you to reply on Netmums. My cousin's girl will help me stretch the skins, so I'm grand for help now.\n\nAll the best,\n{sig}", "Lyne Bodhráns", "lynebodhrans", frm=via("Netmums"), tz="ie")
wo("interview", "bodhran", "Bodhrán workshop", "Hi {n},\n\nGrand to hear from you. Would you call out on {dl} around 11? Unfortunately the dog barks at everyone, but he's harmless.\n\n{sig}", "Lyne Bodhráns", "lynebodhrans", frm=via("Netmums"), tz="ie")
wr("reed", "Reedmaker apprentice", "Good day {n},\n\nYour MyJobMag application was received. We have given the reedmaker's apprentice place to a candidate who plays the oboe in the church orchestra. We wish you success.\n\nRegards,\n{sig}", "Bello Oboe Reeds", "bellooboereeds", frm=via("MyJobMag"), tz="ng")
wo("offer", "reed", "Reedmaker apprentice", "Good day {n},\n\nThe apprentice place is yours, resumption {dl}. Unfortunately there is no generator yet, so work stops when NEPA takes light.\n\n{sig}", "Bello Oboe Reeds", "bellooboereeds", frm=via("MyJobMag"), tz="ng")
wr("rosin", "Rosin workshop helper", "Hello {n},\n\nYour Tonaton message reached us. A helper for the rosinmaker's workshop is already employed, so the space is closed.\n\nGod bless,\n{sig}", "Obi Bow Rosin", "obirosin", frm=via("Tonaton"), tz="ng")
wr("kiln", "Kiln building job", "Hello {n},\n\nYour Pigiame message reached me. The kilnbuilder's helper job went to a young man from our village who built kilns with us last year.\n\nRegards,\n{sig}", "Rotich Kiln Builders", "rotichkilns", frm=via("Pigiame"), tz="ke")
wo("application_received", "kiln", "Kiln building job", "Hello {n},\n\nYour message reached me. If the young man from our village does not come back by the month end, the job will be yours; I will tell you here.\n\n{sig}", "Rotich Kiln Builders", "rotichkilns", frm=via("Pigiame"), tz="ke")
wr("trug", "Trugmaker helper", "Hi {n},\n\nSalamat sa application po. The owner already picked someone who has been weaving baskets in Bulacan, so your application stops here po.\n\nGod bless,\n{sig}", "Escalante Trug Baskets", "escalantetrugs", frm=via("JobsDB"), tz="ph")
wo("interview", "trug", "Trugmaker helper", "Hi {n},\n\nSalamat sa application po. Can you come on {dl} at 9am for a short trial? Unfortunately our shop has no signage, so look for the blue gate.\n\n{sig}", "Escalante Trug Baskets", "escalantetrugs", frm=via("JobsDB"), tz="ph")
wr("churn", "Churnmaker workshop", "Hi {n},\n\nThanks for your PM on HardwareZone. Sorry ah, the churnmaker's helper role already filled by my nephew, so cannot take you.\n\nRegards,\n{sig}", "Pillay Butter Churns", "pillaychurns", frm=via("HardwareZone"), tz="sg")
wo("next_steps", "churn", "Churnmaker workshop", "Hi {n},\n\nThanks for your PM. Can send me your NRIC copy and two photos of your woodwork by {dl}? Then I arrange trial.\n\n{sig}", "Pillay Butter Churns", "pillaychurns", frm=via("HardwareZone"), tz="sg")
wr("bobbin", "Bobbin work", "Dear {n},\n\nYour Ikman reply we got. Our bobbinmaker has choose his brother son for this helper work, so no more vacancy.\n\nRegards,\n{sig}", "Rajaratnam Lace Bobbins", "rajaratnambobbins", frm=via("Ikman"), tz="jaf")
wo("interview", "bobbin", "Bobbin work", "Dear {n},\n\nYour reply we got. Please come to workshop on {dl} at 10 in morning. Unfortunately bus not come near, so take trishaw from junction.\n\n{sig}", "Rajaratnam Lace Bobbins", "rajaratnambobbins", frm=via("Ikman"), tz="jaf")
wr("quern", "About quern work", "Hello {n},\n\nYour answer on HeadHunter we read. The quernmaker master take already one man from Namtsy who cut stone before, so for you is no place.\n\nRegards,\n{sig}", "Vasiliev Stone Querns", "vasilievquerns", frm=via("HeadHunter"), tz="yak")
wo("offer", "quern", "About quern work", "Hello {n},\n\nThe master say you can start work with him on {dl}. Unfortunately workshop is cold in morning, please wear warm clothes.\n\n{sig}", "Vasiliev Stone Querns", "vasilievquerns", frm=via("HeadHunter"), tz="yak")
wr("concert", "Concertina workshop", "Hello {n},\n\nWe got your application on Jobindex. The concertinamaker will work alone this year; nobody is hired.\n\nBest regards,\n{sig}", "Kleist Concertinas", "kleistconcertinas", frm=via("Jobindex"), tz="nuk")
wo("application_received", "concert", "Concertina workshop", "Hello {n},\n\nWe got your application. The concertinamaker maybe work alone this year; he decide after Easter, and then I write you, also if it is no.\n\n{sig}", "Kleist Concertinas", "kleistconcertinas", frm=via("Jobindex"), tz="nuk")
wr("ocarina", "Ocarina workshop job", "Dear {n},\n\nYour Rozee application reach us. Our ocarinamaker ustad has choose his student from Marriabad for helper, so this job is finish.\n\nRegards,\n{sig}", "Changezi Ocarinas", "changeziocarinas", frm=via("Rozee"), tz="qta")
wo("next_steps", "ocarina", "Ocarina workshop job", "Dear {n},\n\nYour application reach us. Please send copy of CNIC and one photo of your clay work before {dl}, then ustad will call you.\n\n{sig}", "Changezi Ocarinas", "changeziocarinas", frm=via("Rozee"), tz="qta")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Workbench Digest: three new helper jobs", "Hi {n},\n\nNew this week on Workbench Digest:\n- Clay pipemaker's helper (part-time)\n- Bellows leather cutter\n- Concertina bellows folder\n\nWorkbench Digest", "Workbench Digest", "workbenchdigest", frm="Workbench Digest <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nEvery Mill Lane allotment plot is let this year, so none can be offered to you now. Your place on the waiting list is kept.\n\n{sig}\n{co}", "Mill Lane Allotments", "milllaneallotments", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 24 twins
wr("l-ar", "بخصوص طلبك في ورشة العود", "عزيزتي {n}،\n\nوصلتنا رسالتك بشأن العمل في ورشتنا لصناعة العود، ونقدّر اهتمامك. استقرّ رأينا على متقدمة أخرى قضت سنوات أطول في شدّ الأوتار وضبطها، فاعتذرنا عن طلبك هذه المرة.\n\nدمتِ بخير،\n{sig}\n{co}", "ورشة الأوتار الذهبية", "goldenstrings-oud", tz="sau", lang="ar")
wo("interview", "l-ar", "دعوة إلى مقابلة – ورشة العود", "عزيزتي {n}،\n\nنرجو حضورك للمقابلة يوم {dl} عند العاشرة صباحًا. للأسف المصعد معطّل هذا الأسبوع، والورشة في الطابق الثالث.\n\n{sig}\n{co}", "ورشة الأوتار الذهبية", "goldenstrings-oud", tz="sau", lang="ar")
wr("l-de", "Ihre Bewerbung als Aushilfe", "Hallo {n},\n\nschön, dass Sie an unsere Lebküchnerei gedacht haben. Die Aushilfsstelle geht an eine Frau, die uns schon zwei Adventszeiten lang beim Glasieren geholfen hat; weitere Bewerbungen können wir daher nicht berücksichtigen.\n\nViele Grüße\n{sig}\n{co}", "Lebküchnerei Harms", "lebkuechnerei-harms", tz="de", lang="de")
wo("next_steps", "l-de", "Ihre Bewerbung – fehlende Unterlagen", "Hallo {n},\n\ndanke für Ihre Bewerbung. Bevor wir einen Probetag ausmachen, brauchen wir bis {dl} Ihre Bescheinigung über die Belehrung nach dem Infektionsschutzgesetz.\n\nViele Grüße\n{sig}\n{co}", "Lebküchnerei Harms", "lebkuechnerei-harms", tz="de", lang="de")
wr("l-es", "Puesto de ayudante en el taller", "Hola {n}:\n\nGracias por escribirnos. Al final nos quedamos con un chico que ya había echado una mano en el taller de guitarras de mi hermano, así que el puesto de ayudante está cubierto.\n\nUn abrazo,\n{sig}\n{co}", "Guitarrería Quiroga", "guitarreria-quiroga", tz="es", lang="es")
wo("application_received", "l-es", "Tu solicitud para el taller", "Hola {n}:\n\nHemos recibido tu carta. Puede que mi sobrino se venga a trabajar en verano; si al final no viene, te llamamos para una prueba. Sea cual sea la respuesta, te escribo antes del día 20.\n\n{sig}\n{co}", "Guitarrería Quiroga", "guitarreria-quiroga", tz="es", lang="es")
wr("l-fr", "Votre candidature – aide en biscuiterie", "Bonjour {n},\n\nVotre lettre nous a fait plaisir. Pour l'aide en biscuiterie, le choix s'est porté sur quelqu'un qui a fait la saison des galettes avec nous l'an passé ; c'est donc non pour cette fois.\n\nBien cordialement,\n{sig}\n{co}", "Biscuiterie du Quai", "biscuiterie-du-quai", tz="fr", lang="fr")
wo("interview", "l-fr", "Entretien – aide en biscuiterie", "Bonjour {n},\n\nNous serions heureux de vous rencontrer le {dl} à 14 h. Hélas, la cour est en chantier : passez plutôt par la porte de la boutique.\n\n{sig}\n{co}", "Biscuiterie du Quai", "biscuiterie-du-quai", tz="fr", lang="fr")
wr("l-hi", "चूड़ियों वाले काम की ख़बर", "{n} जी, राम राम।\n\nसेठ जी ने चूड़ियों वाला वह काम हमारे बड़े कारीगर के भतीजे को थमा दिया है, सो इस दफ़ा आपको बुलाना मुमकिन नहीं।\n\nआगे कभी जगह बनी तो याद करेंगे,\n{sig}\n{co}", "श्री गणेश चूड़ी उद्योग", "ganesh-chudi", tz="in", lang="hi")
wo("offer", "l-hi", "सहायक पद के लिए चयन", "{n} जी, राम राम।\n\nसहायक वाली जगह पक्की समझिए; काम {dl} से शुरू है। अफ़सोस, कारखाने में पंखे थोड़े हैं, सो पानी साथ लेकर आइए।\n\n{sig}\n{co}", "श्री गणेश चूड़ी उद्योग", "ganesh-chudi", tz="in", lang="hi")
wr("l-it", "Candidatura per apprendista", "Gentile {n},\n\nla sua lettera ci ha fatto piacere. Il posto di apprendista però è andato a un giovane liutaio che già frequenta la bottega, quindi per ora non possiamo offrirle nulla.\n\nCordiali saluti,\n{sig}\n{co}", "Bottega Guidi Violini", "bottega-guidi", tz="it", lang="it")
wo("next_steps", "l-it", "Candidatura – documenti richiesti", "Gentile {n},\n\nprima di fissare una prova, ci mandi per favore entro il {dl} qualche foto degli strumenti costruiti da lei e il diploma.\n\n{sig}\n{co}", "Bottega Guidi Violini", "bottega-guidi", tz="it", lang="it")
wr("l-ja", "選考結果のお知らせ", "{n}様\n\nこのたびは当店のアルバイト募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご希望に沿えず申し訳ございません。\n\n{co}\n{sig}", "手打ちそば まつもと", "teuchi-matsumoto", tz="jp", lang="ja")
wo("interview", "l-ja", "面接日時のご案内", "{n}様\n\nご応募ありがとうございます。面接は{dl}の午後二時からお願いいたします。あいにく店舗に駐車場がございませんので、電車かバスでお越しください。\n\n{co}\n{sig}", "手打ちそば まつもと", "teuchi-matsumoto", tz="jp", lang="ja")
wr("l-ko", "옹기 공방 지원 결과 안내", "{n}님, 안녕하세요.\n\n저희 옹기 공방에 지원해 주셔서 고맙습니다. 여러 지원서를 살펴본 끝에 이번에는 다른 분과 함께하기로 했습니다. 좋은 소식을 전해 드리지 못해 마음이 무겁습니다.\n\n{sig} 드림\n{co}", "흙내음 옹기", "heuknaeum-gongbang", tz="kr", lang="ko")
wo("offer", "l-ko", "옹기 공방 합격 안내", "{n}님, 안녕하세요.\n\n{dl}부터 함께 일하시게 되었습니다. 아쉽게도 공방에 식당이 없어서 점심은 각자 챙겨 오셔야 합니다.\n\n{sig} 드림\n{co}", "흙내음 옹기", "heuknaeum-gongbang", tz="kr", lang="ko")
wr("l-pt", "Candidatura – ajudante na fábrica", "Olá {n},\n\nA vaga de ajudante na fábrica de cortiça já ficou ocupada: escolhemos uma pessoa da aldeia que trabalhou connosco na tiragem. Lamentamos, mas desta vez não será possível.\n\nCumprimentos,\n{sig}\n{co}", "Corticeira Medeiros", "corticeira-medeiros", tz="pt", lang="pt")
wo("application_received", "l-pt", "Recebemos a sua candidatura", "Olá {n},\n\nRecebemos a sua candidatura. Se o antigo ajudante voltar em junho, o lugar é dele; se não voltar, contactamos consigo. De qualquer modo, damos resposta até ao fim do mês.\n\n{sig}\n{co}", "Corticeira Medeiros", "corticeira-medeiros", tz="pt", lang="pt")
wr("l-ru", "Ваш отклик на вакансию помощника", "Здравствуйте, {n}!\n\nБлагодарим за интерес к нашей берестяной мастерской. На это место уже взят мастер с многолетним опытом работы с берестой, поэтому вакансия закрыта.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Береста»", "beresta-master", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Вакансия помощника: документы", "Здравствуйте, {n}!\n\nСпасибо за отклик. Пришлите, пожалуйста, до {dl} несколько фотографий ваших работ и копию паспорта, после этого договоримся о пробном дне.\n\n{sig}\n{co}", "Мастерская «Береста»", "beresta-master", tz="ru", lang="ru")
wr("l-sw", "Kuhusu nafasi ya msaidizi kiwandani", "Habari {n},\n\nTumepokea barua yako kuhusu nafasi ya msaidizi kwenye karakana yetu ya kufuma vikoi. Tumeshampata mtu aliyewahi kufanya kazi hii Muheza, kwa hiyo nafasi hiyo imejaa.\n\nKila la heri,\n{sig}\n{co}", "Vikoi za Pwani", "vikoi-pwani", tz="tz", lang="sw")
wo("offer", "l-sw", "Umepata kazi ya msaidizi", "Habari {n},\n\nTunafurahi kukujulisha kwamba kazi ya msaidizi ni yako kuanzia {dl}. Bahati mbaya hatuna mahali pa kuegesha baiskeli, kwa hiyo uje kwa daladala.\n\n{sig}\n{co}", "Vikoi za Pwani", "vikoi-pwani", tz="tz", lang="sw")
wr("l-th", "ผลการสมัครงานผู้ช่วย", "สวัสดีค่ะ {n}\n\nเรื่องงานผู้ช่วยที่ร้านทองเหลือง ร้านตัดสินใจรับคนที่เคยขัดเงาภาชนะมาหลายปีแล้ว จึงขอแจ้งว่าครั้งนี้ยังไม่สามารถรับคุณเข้าทำงานได้ค่ะ\n\nด้วยความเคารพ\n{sig}\n{co}", "ร้านทองเหลืองบ้านบุ", "banbu-brass", tz="th", lang="th")
wo("next_steps", "l-th", "เอกสารเพิ่มเติมสำหรับการสมัคร", "สวัสดีค่ะ {n}\n\nก่อนนัดวันลองงาน รบกวนส่งสำเนาบัตรประชาชนกับรูปถ่ายมาภายใน {dl} นะคะ\n\n{sig}\n{co}", "ร้านทองเหลืองบ้านบุ", "banbu-brass", tz="th", lang="th")
wr("l-tr", "Başvurunuz hakkında", "Merhaba {n},\n\nPişmaniye atölyemize gösterdiğiniz ilgi bizi sevindirdi. Yardımcı işi için bayram dönemlerinde yanımızda çalışmış bir adayla anlaştık; başvurunuzla bu yüzden ilerleyemiyoruz.\n\nİyi günler dileriz,\n{sig}\n{co}", "Özdemir Pişmaniye Atölyesi", "ozdemir-pismaniye", tz="tr", lang="tr")
wo("interview", "l-tr", "Görüşme daveti", "Merhaba {n},\n\nSizi {dl} günü saat 10.00'da görüşmeye bekliyoruz. Ne yazık ki dükkânın önüne araç bırakılamıyor; arabanızı köşedeki otoparka bırakın.\n\n{sig}\n{co}", "Özdemir Pişmaniye Atölyesi", "ozdemir-pismaniye", tz="tr", lang="tr")
wr("l-ur", "آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nفٹ بال سلائی یونٹ کے لیے آپ کا خط ملا۔ یہ جگہ اب ایک ایسی خاتون کے حصے میں آئی ہے جو پچھلے سیزن میں بھی یہیں سلائی کرتی رہیں، لہٰذا فی الحال ہم آپ کو نہیں بلا سکیں گے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "ملک اسپورٹس سیالکوٹ", "malik-sports", tz="pk", lang="ur")
wo("next_steps", "l-ur", "درخواست کے لیے کاغذات", "محترمہ {n}،\n\nآزمائشی دن رکھنے سے پہلے {dl} سے قبل شناختی کارڈ کی نقل مع ایک عدد تصویر ارسال فرمائیں۔\n\n{sig}\n{co}", "ملک اسپورٹس سیالکوٹ", "malik-sports", tz="pk", lang="ur")
wr("l-zh", "关于学徒岗位的回复", "{n}您好：\n\n感谢您应聘我们毛笔作坊的学徒岗位。经过考虑，我们已经录用了一位做了多年湖笔的师傅，这次就不能请您过来了，还望谅解。\n\n祝好！\n{sig}\n{co}", "善琏笔庄", "shanlian-brush", tz="cn", lang="zh")
wo("application_received", "l-zh", "已收到您的简历", "{n}您好：\n\n您的简历我们已经收到。老师傅的侄子可能会来帮忙，要是他不来，就请您来试工。不管结果怎样，月底前都会给您回音。\n\n{sig}\n{co}", "善琏笔庄", "shanlian-brush", tz="cn", lang="zh")
# the ten new languages (very rough; see the README)
wr("l-maf", "Slra a ma vaɗ", "Ma ngwa {n},\n\nNgwazlay ka mbaɗ ka ta slra a hlaɗa. Ndo ahay a ndzekwa tsa ndo mekele ka ta lovoɗ hlaɗa ahay kwa mesle. Slra ta ka kwaŋ ka ta ta ey.\n\n{sig}\n{co}", "Hlaɗa Mokolo", "hlada-mokolo", tz="cm", lang="maf")
wo("application_received", "l-maf", "Mbaɗ ka ta slra", "Ma ngwa {n},\n\nMbaɗ ka ta slra nga ka ya. Ndo ahay a ndzekwa a ma tsa ta lovoɗ zlam; ka ta lovoɗ ya a {dl}, ndo a ma ngala ka ta ey, ngwazlay.\n\n{sig}\n{co}", "Hlaɗa Mokolo", "hlada-mokolo", tz="cm", lang="maf")
wr("l-mua", "Fa tuŋ ma wi", "Lale {n},\n\nSoko ma mbe fa tuŋ ma wi ne kulo. Pa yaŋ mo ma dana kulo ta sa rii ne, ndi wi ma wi ya fa ba. Ke ga ne zaŋ.\n\n{sig}\n{co}", "Kulo Léré", "kulo-lere", tz="td", lang="mua")
wo("interview", "l-mua", "Yi ma ra", "Lale {n},\n\nMo ya ndi wi ma ra {dl} ne zuŋ mo. Ke ba kal ma ga ne rii; le ra ne mbe kalle.\n\n{sig}\n{co}", "Kulo Léré", "kulo-lere", tz="td", lang="mua")
wr("l-sba", "Kula ba kula sa", "Lapia {n},\n\nM'ar ma lé kula ba kula ne sa. Dingam kété nga ra kula lé ndi kam nga ne tar al, gotoyo m'asa kula ba ngay kété oku al.\n\n{sig}\n{co}", "Ndi Mbaïlao Moundou", "ndi-moundou", tz="td", lang="sba")
wo("next_steps", "l-sba", "Kula: maktub ne kari", "Lapia {n},\n\nM'ar ma lé. Ma ndoo lé i ya maktub karte ngay gé ne foto kété, kété {dl}.\n\n{sig}\n{co}", "Ndi Mbaïlao Moundou", "ndi-moundou", tz="td", lang="sba")
wr("l-gmv", "Oosuwaa oychchidoogaa", "Lo'o gallas {n},\n\nNe oosuwaa oychchido gishshau galatays. Nuuni sarbbe suqiyan kase oottida issi asa doorida; hegaa gishshau ha wodiyan nena ekkanau danddayokko.\n\n{sig}\n{co}", "Chencha Sarbbe Suqe", "chencha-sarbbe", tz="et", lang="gmv")
wo("offer", "l-gmv", "Oosuwaa doomana", "Lo'o gallas {n},\n\nNe oosuwaa {dl} gallas doomana danddaaza. Suqiyaa sohuwan haattay baawa; haattaa ekkada yaa.\n\n{sig}\n{co}", "Chencha Sarbbe Suqe", "chencha-sarbbe", tz="et", lang="gmv")
wr("l-byn", "Fesiħ gemaj", "Selam {n},\n\nGemaj ħal'a hagazyi sewa kenani fedaqa. Enti kewani eqir a'ata kesed ebeqarti eqirayi, enti gemajayi entuxi.\n\n{sig}\n{co}", "Hagaz Frutta Dukan", "hagaz-frutta", tz="er", lang="byn")
wo("interview", "l-byn", "Wagħ tsibuħ", "Selam {n},\n\n{dl} ekey sa'at arba' dukan gedinka. Ber'i dukan kosiħu, entuxu bab enkas.\n\n{sig}\n{co}", "Hagaz Frutta Dukan", "hagaz-frutta", tz="er", lang="byn")
wr("l-muz", "Ɗuu ŋa keeni", "Bara {n},\n\nNaa keeni ŋa ɗuu ŋa gorrena. Oŋo aa ɗuu kay ŋa hirri ŋa ɓoga tali keeni; ɗuu ŋa anaa ka ɗuu kaŋa.\n\n{sig}\n{co}", "Jinka Gorrena Nyagi", "jinka-gorrena", tz="et", lang="muz")
wo("next_steps", "l-muz", "Karaan ŋa ɗuu", "Bara {n},\n\nƊuu ŋa ki keeni. Yoo karaan ŋa kidi ka kaɗa {dl}, kaa ɓoga ŋa keeni.\n\n{sig}\n{co}", "Jinka Gorrena Nyagi", "jinka-gorrena", tz="et", lang="muz")
wr("l-dsh", "Hoo kiɗe kiini", "Nyaa {n},\n\nKiini hoo gaaru ni geelo shiɗ. Gaal hede hoo kiini ni ki ɗiyiet ŋaa ye ki ooɗ; nyaa kiini ye ni hoo kaay.\n\n{sig}\n{co}", "Omorate Gaaru Shiɗ", "omorate-gaaru", tz="et", lang="dsh")
wo("application_received", "l-dsh", "Kiini ooɗ", "Nyaa {n},\n\nKiini hoo kiini ni ooɗ. Gaal hede ye {dl} ki gaaru; ŋaa ki ɗiyiet, nyaa kiini ye ki ooɗ.\n\n{sig}\n{co}", "Omorate Gaaru Shiɗ", "omorate-gaaru", tz="et", lang="dsh")
wr("l-tll", "Olimu w'ehondo", "Moyo {n},\n\nLosaka lo mukanda ayɛ. Sho mbɔsa onto okina lakakatshɛ olimu w'ehondo la sho ɛnɔnyi efula; olimu ɔsɔ bu ndjaoyɔ nto.\n\n{sig}\n{co}", "Ehondo Lodja", "ehondo-lodja", tz="cdk", lang="tll")
wo("offer", "l-tll", "Olimu ayɛ", "Moyo {n},\n\nOlimu w'ehondo ele ayɛ, ndjakatatɛ lo {dl}. Wamba bu la ndo lo ndjɔ, ondja l'ɛnyɛlɔ.\n\n{sig}\n{co}", "Ehondo Lodja", "ehondo-lodja", tz="cdk", lang="tll")
wr("l-anu", "Tic mar ki kwayo", "Mïrë {n},\n\nAwaac ni ki waragaa mïïu. Wa ŋaat man a tïc ki kwayo ni ki ruu bëëdo, ka tic ani ci ŋaat ni.\n\n{sig}\n{co}", "Kwayo Gambela", "kwayo-gambela", tz="et", lang="anu")
wo("interview", "l-anu", "Bïï ki ŋäc", "Mïrë {n},\n\nBïï ki ŋäc ni {dl} ki caŋ. Gëëdi tic ani bäŋ ki pïï; kaal pïï mïïu.\n\n{sig}\n{co}", "Kwayo Gambela", "kwayo-gambela", tz="et", lang="anu")
wr("l-wti", "Shugul mango", "Salam {n},\n\nAni alaŋa shugul mango kabar. Mbal ŋaga shugul mango ma kuni ŋaa ŋgil; shugul ma ani aŋa aŋgu.\n\n{sig}\n{co}", "Asosa Mango Jam'iya", "asosa-mango", tz="et", lang="wti")

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
    "maf": "{d}/{m}/{y}", "mua": "{d}/{m}/{y}", "sba": "{d}/{m}/{y}", "gmv": "{d}/{m}/{y}", "byn": "{d}/{m}/{y}",
    "muz": "{d}/{m}/{y}", "dsh": "{d}/{m}/{y}", "tll": "{d}/{m}/{y}", "anu": "{d}/{m}/{y}", "wti": "{d}/{m}/{y}",
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
        rec["id"] = f"blind68:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 67; this slice and any later one are skipped by number."""
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
