# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-third sealed blind slice for issue 11 (blind-slice-183.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 183; slice 183, slice 184 and later never read; our side printed)
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

SEED = 1831831
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-183.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 183
SKIP_FROM = 183  # this slice, slice 184 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Carys Pendlebury", "Neema Mwakalinga", "Aniruddha Kulkarni", "Shontelle Griffith", "Brody Lachance",
    "Femke Terpstra", "Kavin Sundaramoorthy", "Imelda Varghese-Brook", "Tumaini Shayo", "Gauri Deshpande",
    "Rashida Holder", "Tyson Kowalyk", "Joost Hoekstra", "Mathangi Ramalingam", "Orla Fennessy",
    "Dwayne Marcano", "Saoirse Blennerhassett", "Hemi Parata", "Thandiwe Mkhize", "Kieran Stanbury",
    "Zuhura Kombo", "Omkar Joshi", "Ricardo Bascombe", "Nolwenn Pritchard", "Ruairi Doolan",
    "Keziah Ashdown", "Priyadharshini Elango", "Wouter van Dijk", "Marisa Chinnery", "Levi Bighetty",
]
REGION_SIGNERS = {
    "uk": ["Hetty Ponting", "Gideon Sarsby", "Rosalind Axford", "Merrick Tilshead"],
    "wilts": ["Dulcie Ferris", "Alun Bratton", "Prudence Hiscock", "Jem Stokes-Lydiard"],
    "ie": ["Clodagh Furlong", "Declan Ó Súilleabháin", "Aoibheann Rafter"],
    "us": ["Delphine Arceneaux", "Grady Tolbert", "Luz Ocampo-Reyes", "Wendell Pruett"],
    "rg": ["Kendra Stobbs", "Marcel Desjarlais", "Ingrid Halvorsen", "Wade Pelletier"],
    "ca": ["Mireille Cadotte", "Gurpreet Sekhon"],
    "au": ["Tegan Woolcott", "Stavros Kalogeris", "Narelle Pike"],
    "nz": ["Aroha Te Huia", "Fergus Rutherford-Ngata", "Mele Fifita"],
    "za": ["Lerato Mokoena", "Hendrik Swanepoel", "Sipho Ngcobo"],
    "tz": ["Rehema Mrisho", "Baraka Mwasomola", "Janeth Kisanga", "Athumani Said"],
    "pune": ["Sayali Gokhale", "Prasad Patwardhan", "Ketaki Bhide", "Nilesh Kamble"],
    "tam": ["Kalaiselvi Murugan", "Senthil Arumugam", "Vasuki Ravichandran", "Bharath Natarajan"],
    "bb": ["Antoinette Gittens", "Ryan Greaves", "Charmaine Yearwood", "Desmond Trotman"],
    "nl": ["Marieke Bosman", "Sander Kuipers", "Annelies de Groot", "Bram Veldkamp"],
    "gen": ["Morwenna Castle", "Obinna Eze", "Lucía Ferrante", "Tavita Leota"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca", "wilts": "wilts", "pune": "pune", "chn": "tam", "cbe": "tam"}
LANG_SIGNERS = {
    "ar": ["رنا العمري", "وليد الشامسي"], "de": ["Hiltrud Wenzler", "Korbinian Staudt"],
    "es": ["Maite Urrutia", "Gonzalo Peñalver"], "fr": ["Maëlle Kerhervé", "Gaspard Lemoine"],
    "hi": ["मृणालिनी सप्रे", "पराग खन्ना"], "it": ["Ornella Pasquali", "Tiziano Bruni"],
    "ja": ["岡田 美穂", "石井 拓海"], "ko": ["윤서진", "한동훈"], "pt": ["Graça Valadares", "Nuno Serrão"],
    "ru": ["Людмила Зайцева", "Григорий Белов"], "sw": ["Mwanaidi Lyimo", "Elibariki Massawe"],
    "th": ["ศิริพร ทองคำ", "อนุชา แก้วประเสริฐ"], "tr": ["Gülşen Aydın", "Burak Özkan"],
    "ur": ["شگفتہ رانا", "عمران ملک"], "zh": ["赵静怡", "孙博文"],
    "slk": ["Zuzana Kováčová", "Marek Hudák"], "lit": ["Aušra Žemaitienė", "Darius Stankevičius"],
    "lav": ["Dace Kļaviņa", "Edgars Zariņš"], "ell": ["Ελένη Παπαδάκη", "Νίκος Σταυρόπουλος"],
    "heb": ["מיכל לוינסון", "אורי בן-דוד"], "fas": ["مهسا کریمی", "بهرام سلطانی"],
    "ben": ["রুমানা হক", "দেবাশীষ পাল"], "vie": ["Trịnh Thu Hà", "Lâm Quốc Bảo"],
    "ind": ["Ratna Wulandari", "Agus Setiawan"], "tgl": ["Rowena Macaraeg", "Jerome Dimaano"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحسيني", "كريم البنا"], "de": ["Annika Reisinger", "Florian Hub"],
    "es": ["Ainhoa Larrañaga", "Rodrigo Baeza"], "fr": ["Inès Dufresne", "Corentin Vial"],
    "hi": ["अदिति रस्तोगी", "विवेक चौहान"], "it": ["Beatrice Marini", "Davide Colombo"],
    "ja": ["森 七海", "加藤 悠斗"], "ko": ["이수민", "최도윤"], "pt": ["Inês Barros", "Tiago Moutinho"],
    "ru": ["Ольга Смирнова", "Кирилл Волков"], "sw": ["Amina Mfinanga", "Joseph Mollel"],
    "th": ["กนกพร ใจดี", "ธนากร พรหมมา"], "tr": ["Elif Şahin", "Oğuz Çelik"],
    "ur": ["صائمہ نقوی", "حارث جمیل"], "zh": ["黄雨萱", "林子轩"],
    "slk": ["Lucia Hrubá", "Peter Baláž"], "lit": ["Eglė Vasiliauskaitė", "Lukas Paulauskas"],
    "lav": ["Zane Krūmiņa", "Rihards Bērziņš"], "ell": ["Κατερίνα Λαμπράκη", "Γιώργος Αθανασίου"],
    "heb": ["נועה שפירא", "יונתן אברהמי"], "fas": ["نگار رضایی", "آرش فرهادی"],
    "ben": ["তাসনিম রহমান", "অনিন্দ্য বসু"], "vie": ["Nguyễn Thảo Vy", "Phan Đức Huy"],
    "ind": ["Dewi Anggraini", "Rizky Pratama"], "tgl": ["Kristine Bautista", "Mark Anthony Soriano"],
}
GIVEN = {"Saoirse Blennerhassett": "Saoirse", "Wouter van Dijk": "Wouter", "Imelda Varghese-Brook": "Imelda", "Declan Ó Súilleabháin": "Declan", "Aroha Te Huia": "Aroha", "Mark Anthony Soriano": "Mark"}
PROVIDERS = ["quillpost", "sedgebox", "rookmail", "plovermail", "alderpost", "lynxbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "wilts": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "svk": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "rg": ("-0600", None, ""), "bb": ("-0400", None, ""),
    "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "qa": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "pune": ("+0530", None, ""), "chn": ("+0530", None, ""), "cbe": ("+0530", None, ""),
    "lk": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "bali": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "sa": ("+0930", "+1030", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "rg")
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
QNOTE = "\n{sf}, grateful for Thursday's tour of dispatch – the conveyor demo was a highlight. Portfolio PDF attached; Mrs Adeyemi-Lowe, my referee, is reachable from four.\n{n}"
FOOT = "\n\n~~ {CO} · MARLSPINNEY CAREERS ~~\nFresh openings post to the Marlspinney board each Wednesday morning. Switch on Otterbight alerts for roles near your postcode, and read Fallowreach, our staff digest of allotment tips and long-service awards. Reply MARLHUSH to stop all such mail. This address is unmonitored; applicant data is deleted after thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-workday", "Your candidate home: {role} – status changed", "Hello {n},\n\nYour {co} candidate home shows a fresh entry against {role} (req {ref}). Current status: Closed – Another Candidate Filled It.\n\nYour profile stays live and will match against new postings.\n\nTalent Operations, {co}", ("Chippenham Signal & Track Ltd", "Kariakoo Wholesale Electronics"), ("chippsignaltrack", "kariakoowholesale"), frm="{co} <candidatehome@{dom}>", role=("Signalling Design Technician", "Stock Controller"), tz=("wilts", "tz"))
mr("ats-greenhouse", "{role} at {co}", "Hi {n},\n\nOur panel has read through every {role} application and compared notes. A handful of people with a record nearer this brief go forward; your application closes here.\n\nGrateful you thought of {co}.\n\n{sig}\nPeople Team", ("Hinjewadi Ledgerworks", "Delftwater Advies"), ("ledgerworks", "delftwater"), role=("Associate QA Engineer", "Hydraulic Modeller"), tz=("pune", "nl"))
mr("ats-lever", "Update from {co}", "Dear {n},\n\nGrateful you applied for {role}. Having looked closely, we are progressing other candidates for this opening.\n\nQuernhollow, our talent bank, holds your details for nine months. To leave it, reply QUERNEXIT.\n\nKind regards,\n{sig}", ("Holetown Villa Keepers", "Wascana Pulse Traders"), ("holetownvillas", "wascanapulse"), role=("Guest Relations Lead", "Export Documentation Clerk"), tz=("bb", "rg"))
mr("ats-smartrec", "Application {ref} – outcome", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Stage</th></tr><tr><td>{role}</td><td>{ref}</td><td>Declined – vacancy taken by another applicant</td></tr></table><p>With thanks from {co}.</p></body></html>", ("Chakan Axle Components", "Guindy Turbine Services"), ("chakanaxle", "guindyturbine"), frm="{co} Recruiting <recruiting@{dom}>", role=("Shift Quality Inspector", "Field Service Engineer"), tz=("pune", "chn"))
mr("ats-icims", "Regarding your {role} application", "Dear {n},\n\nThanks for applying to {co}. Holding {x} was essential for {role}. Your form didn't show it, so we have closed it at the first screen.\n\nReapply once you have it.\n\nRecruitment Desk", ("Warminster Garden Centres", "Ubungo Coachlines"), ("warmgarden", "ubungocoach"), frm="Recruitment Desk <careers@{dom}>", role=("Plant Area Supervisor", "Depot Mechanic"), x=("a full driving licence with trailer entitlement", "a valid VETA Grade I certificate"), tz=("wilts", "tz"))
mr("ats-taleo", "Requisition {ref}: {role}", "Dear {n},\n\nRequisition {ref} ({role}) now shows Filled and is closed. Against it, your candidate record now reads Inactive.\n\nFuture openings at {co} appear on the careers page.\n\nThis message is automated.", ("Regina Implement Dealers", "Bridgetown Chambers Group"), ("reginaimplement", "bgichambers"), frm="{co} <taleo-mail@{dom}>", role=("Parts Counter Associate", "Junior Legal Clerk"), tz=("rg", "bb"))
mr("ats-workable", "{co}: {role}", "Alright {n},\n\nTa for the taster morning on the shop floor – the lads reckoned you were grafting from the off. Thing is, a bloke from Hilperton who's done mattresses afore got it.\n\nAll the best, look after yourself.\n{sig}", ("Trowbridge Sleepwell Mattresses", "Devizes Wharf Cider Press"), ("sleepwelltrow", "devizeswharf"), role=("Spring Unit Assembler", "Press Hand"), tz="wilts")
mr("ats-bamboo", "About the {role} job", "Hi {n},\n\nGrateful you applied for {role} at {co}. An inside colleague, who already covered the post in summer, is taking it.\n\nGood luck out there.\n\n{sig}, HR", ("Masaki Smile Dental", "Kothrud Coaching Classes"), ("masakismile", "kothrudclasses"), role=("Dental Receptionist", "Physics Faculty"), tz=("tz", "pune"))
mr("ats-teamtailor", "Your application at {co}", "Dear {n},\n\nHereby we let you know: the function of {role} goes to another candidate. The choice was difficult, there were many good reactions.\n\nMuch success and maybe we meet each other later.\n\nWith kind regards,\n{sig}", ("Westland Trostomaat BV", "Groningen Pixelhaven"), ("trostomaat", "pixelhaven"), role=("Greenhouse Climate Operator", "Junior Level Designer"), tz="nl")
mr("ats-pinpoint", "{role} – shortlisting result", "Dear {n},\n\nShortlisting for {role} has finished. Marks were given per essential criterion; the shortlist line sat at {y} and yours came to {x}, below it, so it stops here.\n\nWith thanks from {co}.\n\nRecruitment Team", ("Marlborough College Caterers", "Velachery CloudDesk"), ("marlcaterers", "clouddeskvel"), frm="{co} Recruitment <jobs@{dom}>", role=("Catering Supervisor", "Support Analyst L1"), x=("21 of 40", "52%"), y=("27", "64%"), tz=("wilts", "chn"))
mr("ats-jazz", "Hey {n} – the {role} spot", "Hey {n},\n\nAppreciate you putting in for {role}. We hired for it this week, eh, so the rest of the applications are closed now.\n\nWatch our page come fall – we hire lots when the rinks flood.\n\n{sig}\n{co}", ("Queen City Rinks", "Harbour Landing Ag Supply"), ("qcrinks", "hlagsupply"), role=("Zamboni Operator", "Yard Hand"), tz="rg")
mr("ats-ashby", "Your conversation with {co}", "Hi {n},\n\nThanks for the two calls with our founders about {role}. They've hired someone with longer early-stage retail ops experience and closed your application.\n\nRooting for you!\n\n{sig}", ("Tidepool Payments Barbados", "Eindhoven Waferline"), ("tidepoolbb", "waferline"), role=("Operations Associate", "Process Engineer"), tz=("bb", "nl"))
mr("ats-seasonal", "{co} – {role} season", "Hi {n},\n\nTa for the {role} sign-up. Returners from last autumn have taken every crew place, leaving none for you.\n\nForms for next season open in July.\n\n{sig}", ("Pewsey Vale Pumpkin Fields", "Wanaka Lavender Co"), ("pewseypumpkins", "wanakalavender"), role=("Pumpkin Harvest Crew", "Lavender Cutting Crew"), tz=("wilts", "nz"))
mr("once-wilts", "Storeman vacancy", "Now then {n},\n\nSorry for the wait. The storeman job's been took by a lad from Melksham, so that one's gone.\n\nDon't be a stranger mind, we're often after drivers.\n\n{sig}\n{co}", "Calne Haulage & Storage", "calnehaulage", tz="wilts")
mr("once-tz", "RE: Accounts Assistant application", "Dear {n},\n\nGreetings from {co}. Kindly note the Accounts Assistant post is now taken; your application has not succeeded.\n\nAsante for your interest, and karibu again in future.\n\nYours faithfully,\n{sig}\nHuman Resources", "Mtwara Cashew Processors Ltd", "mtwaracashew", tz="tz")
mr("once-pune", "Regarding your candidature – Site Engineer", "Dear {n},\n\nRegarding candidature for Site Engineer at our Baner project, kindly note management has not shortlisted your profile at this stage.\n\nWe shall revert if any other opening suits.\n\nThanks & Regards,\n{sig}\n{co}", "Baner Skyline Constructions", "banerskyline", tz="pune")
mr("once-bb", "Sales Rep job", "Morning {n},\n\nThanks for comin in last week. De boss decide to give the sales job to somebody who know de Warrens side already, so we cyan use you this time.\n\nAll de best, hear?\n{sig}\n{co}", "Warrens Auto Rentals", "warrensauto", tz="bb")
mr("once-rg", "Equipment Operator application", "Hi {n},\n\nCheers for the Equipment Operator application. Tons of interest this year, and we went with folks who already hold their air brake endorsement.\n\nAll the best this winter,\n{sig}\n{co}", "Pile O' Bones Snow Clearing", "pileobonessnow", tz="rg")
mr("once-nl", "Your application for Fleet Planner", "Dear {n},\n\nThanks for reacting on the Fleet Planner function. After careful weighing we made a choice for a candidate who fits better to the team. Sorry to bring you this message.\n\nGreetings,\n{sig}\n{co}", "Utrecht Fietsdeel", "fietsdeel", tz="nl")
mr("once-tam", "Application status – Lab Technician", "Dear {n},\n\nVanakkam. So many applications came for Lab Technician itself. Profile is not moving to next level, sorry to inform.\n\nBest wishes,\n{sig}\n{co}", "Tambaram Engineering College", "tambaramengg", tz="chn")
mr("once-uk", "Assistant Manager, Sevenoaks branch", "Dear {n},\n\nMany thanks for applying to be Assistant Manager at our Sevenoaks branch. We had an exceptionally strong field and have offered the job to another applicant.\n\nWith best wishes,\n{sig}\n{co}", "Darent Valley Opticians", "darentoptic", tz="uk")
mr("once-ie", "Your application – Warehouse Operative", "Hi {n},\n\nThanks a million for applying with {co}. Sorry now, but someone else got the Warehouse Operative job.\n\nMind yourself,\n{sig}", "Portlaoise Parcel Hub", "portlaoiseparcel", tz="ie")
mr("once-us", "Dispatcher position", "Hi {n},\n\nQuick note that the overnight Dispatcher position at {co} is filled. Thanks for hanging in there through the process.\n\nBest,\n{sig}", "Bayou Teche Towing", "techetowing", tz="usc")
mr("once-au", "Re: Groundskeeper role", "G'day {n},\n\nCheers for applying for the groundskeeper role at {co}. A local who can start straight after the footy finals got the nod over you.\n\nAll the best,\n{sig}", "Ballarat Turf Club", "ballaratturf", tz="au")
mr("once-nz", "Outcome – Retail Assistant", "Kia ora {n},\n\nThanks heaps for your Retail Assistant application. After chatting to a few great people, one of them landed it.\n\nNgā mihi,\n{sig}\n{co}", "Nelson Outdoor Gear", "nelsongear", tz="nz")
mr("once-za", "Application: Bookkeeper", "Dear {n},\n\nYour application for Bookkeeper at {co} was received with thanks. Please note that it has not made the shortlist.\n\nSterkte with your job search.\n\nKind regards,\n{sig}", "Stellenbosch Wine Logistics", "stelwinelog", tz="za")
mr("once-cbe", "Your resume – Sales Executive", "Dear {n},\n\nGreetings from {co}, Coimbatore. We are having so many resumes for Sales Executive post. Your profile is not suiting our present requirement only. Sorry for the same.\n\nRegards,\n{sig}", "Kovai Wet Grinder Traders", "kovaigrinder", tz="cbe")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-out1", "RE: [EXT] Re: {role} – interview follow-up", "Hi {n},\n\nLovely chatting with Mark and me. At Friday's meeting the partners appointed {x} to the {role} post.\n\nGreat to meet you, cheers.\n{sig}\n\n{OUT}", ("Salisbury Plain Surveyors", "Regina Prairie Land Survey"), ("plainsurvey", "prairieland"), role=("Assistant Surveyor", "Survey Technician"), x=("Hannah from our Amesbury office", "Cole Wasylenko"), tz=("wilts", "rg"))
mr("thr-out2", "RE: [EXT] Re: {role} – next steps", "Dear {n},\n\nSuch a treat hearing about your project work. The board has chosen {x}, who accepted on Monday.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Ambattur Precision Dies", "Kinondoni Health Trust"), ("ambatturdies", "kinondonihealth"), role=("Tool Room Planner", "Programme Officer"), x=("Mr Raghavan from our Hosur unit", "Dr Zawadi Mwita"), tz=("chn", "tz"))
mr("thr-gm1", "RE: [EXT] Re: {role}", "Hi {n},\n\nHope you're keeping well! The team loved last week's conversation. We've landed on {x} for {role}.\n\nTake care,\n{sig}\n\n{GM}", ("Speightstown Radio 97", "Zwolle Orbit Games"), ("radio97bb", "orbitgames"), role=("Producer", "QA Lead"), x=("Kemar, who has covered the breakfast show", "Lotte, who joined from our partner studio"), tz=("bb", "nl"))
mr("thr-orig", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGrateful you came to meet our directors. Their choice for the {role} opening is {x}.\n\nA joy to meet you.\n{sig}\n\n{ORIG}", ("Shivajinagar Design Studio", "Corsham Data Halls"), ("sjndesign", "corshamhalls"), role=("Junior Architect", "Facilities Technician"), x=("Ms Apte from our Nashik team", "a colleague from the Bath site"), tz=("pune", "wilts"))
mr("thr-rule1", "RE: [EXT] Re: {role} – decision", "Hello {n},\n\nBoth rounds went by with such good humour – thank you. The {role} post went to {x}, who accepted the committee's offer.\n\nVery best wishes,\n{sig}\n\n{RULE}", ("Queen City Public Library Foundation", "Oyster Bay Dental Group"), ("qclibfound", "oysterbaydental"), role=("Events Coordinator", "Practice Manager"), x=("our current events assistant", "an applicant from Upanga"), tz=("rg", "tz"))
mr("thr-rule2", "RE: [EXT] Re: {role} catch-up", "Hi {n},\n\nLovely to chat on Tuesday; your case notes were sharp. The hiring group has picked {x} for {role}.\n\nAll the very best,\n{sig}\n\n{RULE}", ("Coimbatore Bearing Mart", "Bridgetown Harbour Freight"), ("cbebearing", "bgifreight"), role=("Inside Sales Lead", "Customs Broker"), x=("Mr Saravanan from Tiruppur", "a broker who worked with us at Deep Water Harbour"), tz=("cbe", "bb"))
mr("thr-gm2", "RE: [EXT] Re: {role} – thanks", "Hey {n},\n\nThanks heaps for the chat with Priya and me. {role} goes to {x}, as it turns out.\n\nCheers, and best of luck,\n{sig}\n\n{GM}", ("Kharadi Kinetic Labs", "Hamilton Riverside Physio"), ("kineticlabs", "riversidephysio"), role=("Product Analyst", "Physio Assistant"), x=("Ravi, who moves across from our Mumbai office", "a physio who locumed for us in winter"), tz=("pune", "nz"))
mr("thr-out3", "RE: [EXT] Re: {role} – thank you", "Dear {n},\n\nThank you for a warm, thoughtful interview. Management has named {x} as {role}.\n\nFondly,\n{sig}\n\n{OUT}", ("Enschede Smart Textiles", "Durban Berea Clinic Admin"), ("smarttexnl", "bereaclinic"), role=("Test Engineer", "Admissions Officer"), x=("a candidate from our Twente partner", "Mrs Naidoo from our Umhlanga branch"), tz=("nl", "za"))
# ---- 8 clear refusals under long footers
mr("foot1", "Your application for {role}", "Dear {n},\n\nSorry – your {role} application was read but isn't among the interview picks.{FOOT}", ("Swindon Motor Parts Distribution", "Dar Tower Services"), ("swindonmotor", "dartower"), frm="{co} Careers <careers@{dom}>", role=("Warehouse Picker", "Rigger Trainee"), tz=("wilts", "tz"))
mr("foot2", "{role}: outcome", "Hi {n},\n\n{role}: we won't carry your application any further. Thanks for your effort.{FOOT}", ("Magarpatta Event Arena", "Regina Transit Services"), ("magarena", "reginatransit"), frm="{co} Careers <careers@{dom}>", role=("Event Steward", "Bus Operator"), tz=("pune", "rg"))
mr("foot3", "Update: {role}", "Dear {n},\n\nRegretfully, no success with {role} this round.{FOOT}", ("Kensington Oval Hospitality", "Leeuwarden Zuivel Logistiek"), ("ovalhosp", "zuivellog"), frm="{co} Careers <careers@{dom}>", role=("Bar Supervisor", "Route Planner"), tz=("bb", "nl"))
mr("foot4", "{role} – decision", "Dear {n},\n\nRegrettably there is no {role} offer for you this time.{FOOT}", ("Chennai Silk Emporium", "Bendigo Rail Works"), ("silkemporium", "bendigorail"), frm="{co} Careers <careers@{dom}>", role=("Floor Sales Associate", "Apprentice Fitter"), tz=("chn", "au"))
# ---- 9 hedged refusals
mr("hedge1", "{role} – where we landed", "Hi {n},\n\nWe've been through a strong pool for {role}. A couple of applicants suit the night-shift set-up a shade more neatly, and we're taking them on.\n\nBest,\n{sig}", ("Lyneham Airfield Catering", "Moose Jaw Rail Yard Services"), ("lynehamcater", "mjrailyard"), role=("Night Cook", "Yard Clerk"), tz=("wilts", "rg"))
mr("hedge2", "Regarding the {role} opening", "Dear {n},\n\nThank you for meeting us. The company has now gone a different way with this opening and the work will stay with the current team for the coming year.\n\nWarm regards,\n{sig}", ("Msasani Marine Insurance Brokers", "Koregaon Park Wellness"), ("msasanimarine", "kpwellness"), role=("Claims Officer", "Spa Coordinator"), tz=("tz", "pune"))
mr("hedge3", "Your application – {role}", "Dear {n},\n\nWe had many good reactions on {role}. Other candidates have a profile that matches closer to what we search at this moment, with them we go further.\n\nGreetings,\n{sig}", ("Tilburg Stage Lighting", "Speightstown Pottery Works"), ("stagelight", "spottery"), role=("Lighting Technician", "Kiln Assistant"), tz=("nl", "bb"))
mr("hedge4", "{role} update", "Dear {n},\n\nYour profile is good, but other candidates are more suitable for our Guindy requirement. Hence management is going ahead with those profiles.\n\nRegards,\n{sig}\n{co}", "Guindy Robotics Pvt Ltd", "guindyrobotics", role="Controls Engineer", tz="chn")
mr("hedge5", "Checking in about {role}", "Hi {n},\n\nQuick note: a few folks came through whose backgrounds sit closer to what the floor needs right now, and we're hiring from that group.\n\nCheers,\n{sig}\n{co}", "Regina Rider Sports Bar", "ridersportsbar", role="Shift Lead", tz="rg")
mr("hedge6", "Assistant Buyer", "Hi {n},\n\nCheers for popping in Tuesday. We've steered the Assistant Buyer hire elsewhere for now, towards fresh-produce experience.\n\nAll the best,\n{sig}\n{co}", "Frome Valley Grocers", "fromevalley", tz="uk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec1", "Following up after our call – {role}", "Hi {n},\n\nNice speaking earlier. As flagged, the client gave {role} to another candidate. Separately, there's {x} that fits you nicely – shall I submit you?\n\n{sig}\n{co}", ("Avon Vale Recruitment", "Savannah Talent Partners"), ("avonvalerec", "savannahtalent"), role=("Office Manager", "Logistics Coordinator"), x=("a practice manager post in Bradford on Avon", "a fleet supervisor opening in Mikocheni"), tz=("wilts", "tz"))
mr("rec2", "{role} update + something else", "Hey {n},\n\nLike we covered on the phone, the {role} job went to someone else. I do have {x} starting next month, happy to share the details if it works.\n\n{sig}\n{co}", ("Prairie Sky Staffing", "Deccan Hire Partners"), ("prairiesky", "deccanhire"), role=("Crew Supervisor", "HR Executive"), x=("a maintenance lead contract in Emerald Park", "a Payroll Executive opening in Viman Nagar"), tz=("rg", "pune"))
mr("rec3", "After our chat", "Dear {n},\n\nGood talkin this morning. The Bridgetown finance role is closed – the client selected someone already in their Barbados office. There's an Accounts Payable Officer role in Holetown I'd love to put your name to.\n\nAll de best,\n{sig}\n{co}", "Coral Reef Recruiters", "coralreefrec", tz="bb")
mr("rec4", "Na het telefoongesprek – follow up", "Hi {n},\n\nLike I told by phone, the client picks another candidate for the Planner job. But there is also a Buyer vacancy in Amersfoort, shall I send you the profile?\n\nGreetings,\n{sig}\n{co}", "Dutchline Recruitment", "dutchlinerec", tz="nl")
mr("rec5", "Call follow-up – Coimbatore roles", "Dear {n},\n\nAs spoken over call, QA Lead position is closed by client with other candidate. Meanwhile one more opening for Process Auditor is there in Peelamedu, kindly confirm if interested.\n\nRegards,\n{sig}\n{co}", "Kongu Career Links", "kongucareer", tz="cbe")
# ---- 8 public-sector notices
mr("pub1", "Notice of referral result – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: although minimally qualified, the top-ranked eight went up to the appointing manager, and your ranking fell below them.\n\nThat ends your candidacy under {ref}.\n\n{co}", ("Wiltshire Council Resourcing", "City of Regina Human Resources"), ("wiltscouncil", "reginahr"), frm="{co} <noreply@{dom}>", role=("Highways Inspector", "Water Services Operator"), tz=("wilts", "rg"))
mr("pub2", "Eligibility outcome: {role}", "Dear {n},\n\n{role}: ineligible. Reason – {x} was missing when the post closed.\n\nSecretary, {co}", ("Public Service Recruitment Secretariat Tanzania", "Pune Municipal Recruitment Cell"), ("psrstz", "pmcrecruit"), frm="{co} <notices@{dom}>", role=("Assistant Accountant II", "Junior Clerk"), x=("a certified CSEE certificate copy", "the domicile certificate"), tz=("tz", "pune"))
mr("pub3", "Vacancy cancelled – {role}", "Dear {n},\n\nThe vacancy for {role} (ref {ref}) is cancelled. Every application received for it is closed.\n\n{co}", ("Government of Barbados Personnel Administration", "Gemeente Apeldoorn Werving"), ("bbpersonnel", "apeldoornwerving"), frm="{co} <hr@{dom}>", role=("Clerical Officer", "Policy Adviser Parking"), tz=("bb", "nl"))
mr("pub4", "Examination result – {role}", "Dear {n},\n\nWritten examination, {role}: you scored {x}. Interview list qualifying mark: {y}. Your name is therefore omitted from the list.\n\n{co}", ("Tamil Nadu Cooperative Recruitment Board", "Queensland Health Regional Assessment"), ("tncoopboard", "qldhealthassess"), frm="{co} <results@{dom}>", role=("Assistant Clerk", "Health Administration Officer"), x=("61 of 120", "56 per cent"), y=("72", "66 per cent"), tz=("chn", "qld"))
# ---- 6 bare ATS status updates
mr("stat1", "Status update on your application", "Hello {n},\n\nThe {role} application (ID {ref}) is no longer being considered.\n\n{co} Careers", ("Devizes Canal Trust Shop", "Ubungo Flour Mills"), ("canaltrustshop", "ubungoflour"), frm="{co} <no-reply@{dom}>", role=("Retail Volunteer Lead", "Shift Chemist"), tz=("wilts", "tz"))
mr("stat2", "Application status: {role}", "<html><body><p>Hi {n},</p><p>Status for <b>{role}</b>: <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Regina Seed Cleaners Co-op", "Pimpri Auto Glass"), ("reginaseed", "pimpriglass"), frm="{co} <ats@{dom}>", role=("Cleaning Plant Operator", "Glass Fitter"), tz=("rg", "pune"))
mr("stat3", "Your application was updated", "<html><body><p>Dear {n},</p><p>An update: your application for {role} has been moved to <i>Not being considered</i>.</p><p>{co} Talent</p></body></html>", ("Oistins Bay Marina Office", "Almere Stedenbouw"), ("oistinsmarina", "almerestad"), frm="{co} <ats@{dom}>", role=("Front Office Clerk", "Junior Urban Planner"), tz=("bb", "nl"))
# ---- 6 internship / graduate decisions
mr("intern1", "{x} – your application", "Dear {n},\n\nOver nine hundred students applied to the {x} this year. Sadly we have no place for you.\n\nWishing you a strong final year,\n{sig}\nEarly Careers, {co}", ("Wiltshire Defence Engineering", "Chennai Harbour Analytics"), ("wdefeng", "harbouranalytics"), x=("2026 Summer Engineering Internship", "Data Science Internship 2026"), tz=("wilts", "chn"))
mr("intern2", "Graduate Programme outcome", "Hi {n},\n\nGood of you to attend the {x} assessment centre. Places this year are going to other candidates.\n\nDo apply again next cycle.\n\nGraduate Recruitment, {co}", ("Saskatchewan Crown Utilities", "Tanzania Agri-Finance Bank"), ("skcrownutil", "agrifinancetz"), x=("Engineer-in-Training Program", "Graduate Trainee Programme"), tz=("rg", "tz"))
mr("intern3", "Internship 2026 – decision", "Dear {n},\n\nHartelijk thanks for your application for our internship. After careful consideration we have chosen for other students this period.\n\nSuccess with your study!\n{sig}\n{co}", ("Rotterdam Havenzicht Architecten", "Bridgetown Heritage Trust"), ("havenzicht", "bgiheritage"), tz=("nl", "bb"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've received your application – {role}", "Hello {n},\n\nYour application for {role} (req {ref}) is in your {co} candidate home. Coming stages: Received › In Review › Interview › Offer; a requisition taken by someone else shows Closed – Filled by Another Candidate.\n\nTalent Operations", ("Chippenham Signal & Track Ltd", "Kariakoo Wholesale Electronics"), ("chippsignaltrack", "kariakoowholesale"), frm="{co} <candidatehome@{dom}>", role=("Signalling Design Technician", "Stock Controller"), tz=("wilts", "tz"))
mo(A, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is in! Our panel reads every one. If your track record doesn't fit the brief, a brief note will close it – either way a person writes to you.\n\n{sig}", ("Hinjewadi Ledgerworks", "Delftwater Advies"), ("ledgerworks", "delftwater"), role=("Associate QA Engineer", "Hydraulic Modeller"), tz=("pune", "nl"))
mo(A, "lv", "Application received: {role}", "Dear {n},\n\n{role}: application logged. Hired or otherwise, your profile joins our Quernhollow talent bank for nine months; reply QUERNEXIT any time to leave it.\n\n{sig}", ("Holetown Villa Keepers", "Wascana Pulse Traders"), ("holetownvillas", "wascanapulse"), role=("Guest Relations Lead", "Export Documentation Clerk"), tz=("bb", "rg"))
mo(A, "sr", "Application {ref} – received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Received</td></tr></table><p>Later stages: Screening, Interview, Offer, or Declined – vacancy taken by another applicant.</p></body></html>", ("Chakan Axle Components", "Guindy Turbine Services"), ("chakanaxle", "guindyturbine"), frm="{co} Recruiting <recruiting@{dom}>", role=("Shift Quality Inspector", "Field Service Engineer"), tz=("pune", "chn"))
mo(A, "ic", "Thanks – {role}", "Dear {n},\n\nGood to have your {role} form. Heads-up: a form missing {x} gets closed at first screen, so attach it now if it slipped.\n\nRecruitment Desk", ("Warminster Garden Centres", "Ubungo Coachlines"), ("warmgarden", "ubungocoach"), frm="Recruitment Desk <careers@{dom}>", role=("Plant Area Supervisor", "Depot Mechanic"), x=("a trailer entitlement", "a VETA Grade I certificate"), tz=("wilts", "tz"))
mo(A, "tl", "Requisition {ref}: application logged", "Dear {n},\n\nRequisition {ref} ({role}): application logged. Should another person fill it, the record switches to Inactive; the system mails you when that happens.\n\nThis message is automated.", ("Regina Implement Dealers", "Bridgetown Chambers Group"), ("reginaimplement", "bgichambers"), frm="{co} <taleo-mail@{dom}>", role=("Parts Counter Associate", "Junior Legal Clerk"), tz=("rg", "bb"))
mo(A, "wk", "Got your form – {role}", "Alright {n},\n\nForm for {role} landed, cheers. If three weeks pass and we're quiet, another body got it – small outfit, see.\n\n{sig}", ("Trowbridge Sleepwell Mattresses", "Devizes Wharf Cider Press"), ("sleepwelltrow", "devizeswharf"), role=("Spring Unit Assembler", "Press Hand"), tz="wilts")
mo(A, "bh", "{role}: we have your application", "Hi {n},\n\nYour {role} application is with us. Now and then a colleague from inside fills a post like this; should that happen, an email tells you.\n\n{sig}, HR", ("Masaki Smile Dental", "Kothrud Coaching Classes"), ("masakismile", "kothrudclasses"), role=("Dental Receptionist", "Physics Faculty"), tz=("tz", "pune"))
mo(A, "tt", "Thank you for your application", "Hi {n},\n\nYour application for {role} is arrived, thank you! Falls the choice on another candidate, also then a message comes. We try to react inside two weeks.\n\nWith kind regards,\n{sig}", ("Westland Trostomaat BV", "Groningen Pixelhaven"), ("trostomaat", "pixelhaven"), role=("Greenhouse Climate Operator", "Junior Level Designer"), tz="nl")
mo(A, "pp", "{role} – application received", "Dear {n},\n\n{role} application in. Marks go per essential criterion; anyone landing below the shortlist line gets an email when shortlisting shuts.\n\nRecruitment Team", ("Marlborough College Caterers", "Velachery CloudDesk"), ("marlcaterers", "clouddeskvel"), frm="{co} Recruitment <jobs@{dom}>", role=("Catering Supervisor", "Support Analyst L1"), tz=("wilts", "chn"))
mo(A, "jz", "Got it, {n}!", "Hey {n},\n\nCheers for the {role} application, eh. Hired or passed on, a real human here writes back to everybody.\n\n{sig}\n{co}", ("Queen City Rinks", "Harbour Landing Ag Supply"), ("qcrinks", "hlagsupply"), role=("Zamboni Operator", "Yard Hand"), tz="rg")
mo(A, "as", "Thanks for applying – {role}", "Hi {n},\n\n{role} application received. Yes or no, a founder reads it and replies personally inside three weeks.\n\n{sig}", ("Tidepool Payments Barbados", "Eindhoven Waferline"), ("tidepoolbb", "waferline"), role=("Operations Associate", "Process Engineer"), tz=("bb", "nl"))
mo(A, "se", "Season sign-up received", "Hi {n},\n\nYour sign-up for the {role} season is in. Returners get first call; should they take every place, your form is held for next year anyhow.\n\n{sig}", ("Pewsey Vale Pumpkin Fields", "Wanaka Lavender Co"), ("pewseypumpkins", "wanakalavender"), role=("Pumpkin Harvest Crew", "Lavender Cutting Crew"), tz=("wilts", "nz"))
mo(A, "tz1", "Acknowledgement – Application for {role}", "Dear {n},\n\nGreetings. {role} – we have your papers. Kindly note only shortlisted applicants are phoned; a silent thirty days means it did not succeed.\n\n{sig}\nHR, {co}", ("Mtwara Cashew Processors Ltd", "Msasani Marine Insurance Brokers"), ("mtwaracashew", "msasanimarine"), role=("Accounts Assistant", "Claims Officer"), tz="tz")
mo(A, "pn1", "Resume received – {role}", "Dear {n},\n\nThanks for sharing your resume for {role}. Kindly note in case profile does not get shortlisted, same shall stay with us one year for upcoming requirements.\n\nThanks & Regards,\n{sig}", ("Baner Skyline Constructions", "Koregaon Park Wellness"), ("banerskyline", "kpwellness"), role=("Site Engineer", "Spa Coordinator"), tz="pune")
mo(A, "bb1", "Got your application", "Morning {n},\n\nWe get yuh application for {role}, thanks. Whether it go so or it don't, we gine send you a message before month end.\n\n{sig}\n{co}", ("Warrens Auto Rentals", "Coral Reef Recruiters"), ("warrensauto", "coralreefrec"), role=("Sales Rep", "Accounts Payable Officer"), tz="bb")
mo(A, "rg1", "Application received – {role}", "Hi {n},\n\nGot your {role} application! We only call when it's a match, so if winter comes and goes quiet, we went another way.\n\n{sig}\n{co}", ("Pile O' Bones Snow Clearing", "Regina Rider Sports Bar"), ("pileobonessnow", "ridersportsbar"), role=("Equipment Operator", "Shift Lead"), tz="rg")
mo(A, "nl1", "Confirmation of your application", "Dear {n},\n\nHereby we let know that your letter for {role} has arrived. Positive or negative, within three weeks you get an answer.\n\nGreetings,\n{sig}\n{co}", ("Utrecht Fietsdeel", "Tilburg Stage Lighting"), ("fietsdeel", "stagelight"), role=("Fleet Planner", "Lighting Technician"), tz="nl")
mo(A, "tm1", "Application received – {role}", "Dear {n},\n\nVanakkam. {role} application reached us itself. Selected or rejected, intimation will come by mail id only, kindly avoid phoning.\n\nRegards,\n{sig}", ("Tambaram Engineering College", "Kovai Wet Grinder Traders"), ("tambaramengg", "kovaigrinder"), role=("Lab Technician", "Sales Executive"), tz=("chn", "cbe"))
mo(A, "pb1", "Application received – {role}", "Dear {n},\n\n{role}: application received. Qualified applicants either go forward on the referral certificate or stay off it; a notice arrives in both cases.\n\n{co}", ("Wiltshire Council Resourcing", "City of Regina Human Resources"), ("wiltscouncil", "reginahr"), frm="{co} <noreply@{dom}>", role=("Highways Inspector", "Water Services Operator"), tz=("wilts", "rg"))
mo(A, "pb2", "Application number {ref} received", "Dear {n},\n\n{role} application registered as {ref}. Any application missing a required certificate is declared ineligible, so recheck uploads ahead of closing.\n\n{co}", ("Public Service Recruitment Secretariat Tanzania", "Pune Municipal Recruitment Cell"), ("psrstz", "pmcrecruit"), frm="{co} <notices@{dom}>", role=("Assistant Accountant II", "Junior Clerk"), tz=("tz", "pune"))
mo(A, "in1", "{x} – got it", "Dear {n},\n\nWelcome to the {x} pool. Every applicant hears by late February; those we can't take forward get an email then.\n\nEarly Careers", ("Wiltshire Defence Engineering", "Chennai Harbour Analytics"), ("wdefeng", "harbouranalytics"), x=("2026 Summer Engineering Internship", "Data Science Internship 2026"), tz=("wilts", "chn"))
mo(A, "ft1", "Application received – {role}", "Dear {n},\n\n{role}: application in. Four weeks without a shortlist call means the role went elsewhere.{FOOT}", ("Swindon Motor Parts Distribution", "Dar Tower Services"), ("swindonmotor", "dartower"), frm="{co} Careers <careers@{dom}>", role=("Warehouse Picker", "Rigger Trainee"), tz=("wilts", "tz"))
mo(A, "st1", "Your application – {role}", "Hello {n},\n\n{role} application (ID {ref}) received. Each status change shows in your account (In review / Interview / Offer / Not being pursued).\n\n{co} Careers", ("Devizes Canal Trust Shop", "Ubungo Flour Mills"), ("canaltrustshop", "ubungoflour"), frm="{co} <no-reply@{dom}>", role=("Retail Volunteer Lead", "Shift Chemist"), tz=("wilts", "tz"))
mo(A, "ge", "Application in: {role}", "Hi {n},\n\n{role} application in; the hiring manager has it now. Allow a fortnight.\n\n{sig}\n{co}", ("Frome Valley Grocers", "Nelson Outdoor Gear"), ("fromevalley", "nelsongear"), role=("Assistant Buyer", "Retail Assistant"), tz=("uk", "nz"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFR = "interview", "next_steps", "offer"
mo(INV, "thr1", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nGreat first chat! Meet the partners {dl}, ten sharp? Unfortunately the car park's a building site till spring.\n\n{sig}\n\n{OUT}", ("Salisbury Plain Surveyors", "Regina Prairie Land Survey"), ("plainsurvey", "prairieland"), role=("Assistant Surveyor", "Survey Technician"), tz=("wilts", "rg"))
mo(INV, "thr2", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely to meet you. Free for a final round on {dl}? Sadly the lift has died, so three flights of stairs.\n\n{sig}\n\n{GM}", ("Speightstown Radio 97", "Zwolle Orbit Games"), ("radio97bb", "orbitgames"), role=("Producer", "QA Lead"), tz=("bb", "nl"))
mo(OFR, "thr3", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nDelighted to offer you the {role} post, start {dl}; letter attached. Regrettably the canteen is being refitted during your first month.\n\n{sig}\n\n{RULE}", ("Queen City Public Library Foundation", "Oyster Bay Dental Group"), ("qclibfound", "oysterbaydental"), role=("Events Coordinator", "Practice Manager"), tz=("rg", "tz"))
mo(INV, "wd", "Interview invitation – {role}", "Hello {n},\n\nInterview for {role}: {dl}; choose a time via your candidate home. Unfortunately the main gate is getting mended, the side entrance works.\n\nTalent Operations", ("Chippenham Signal & Track Ltd", "Kariakoo Wholesale Electronics"), ("chippsignaltrack", "kariakoowholesale"), frm="{co} <candidatehome@{dom}>", role=("Signalling Design Technician", "Stock Controller"), tz=("wilts", "tz"))
mo(NXT, "gh", "Next step: take-home task for {role}", "Hi {n},\n\nYou're through to the task stage for {role}; return it by {dl}. Sorry, the portal takes PDFs up to 5 MB only.\n\n{sig}", ("Hinjewadi Ledgerworks", "Delftwater Advies"), ("ledgerworks", "delftwater"), role=("Associate QA Engineer", "Hydraulic Modeller"), tz=("pune", "nl"))
mo(NXT, "ic", "Assessment request – {role}", "Dear {n},\n\nSkills check for {role} is due by {dl}. Unfortunately there is no pausing – set aside 45 minutes.\n\nRecruitment Desk", ("Warminster Garden Centres", "Ubungo Coachlines"), ("warmgarden", "ubungocoach"), frm="Recruitment Desk <careers@{dom}>", role=("Plant Area Supervisor", "Depot Mechanic"), tz=("wilts", "tz"))
mo(INV, "wk", "Taster morning – {role}", "Alright {n},\n\nFancy a taster morning {dl}, half seven start? Sorry, the kettle's packed up, flask advised.\n\n{sig}", "Devizes Wharf Cider Press", "devizeswharf", role="Press Hand", tz="wilts")
mo(OFR, "bh", "Offer of employment – {role}", "Hi {n},\n\nPleased to offer you {role}, starting {dl}. Sadly the staff room gets repainted that week, lockers sit in the corridor.\n\n{sig}, HR", ("Masaki Smile Dental", "Kothrud Coaching Classes"), ("masakismile", "kothrudclasses"), role=("Dental Receptionist", "Physics Faculty"), tz=("tz", "pune"))
mo(INV, "tt", "Invitation for a conversation", "Dear {n},\n\nGladly we see you for a first talk about {role} on {dl}. Unfortunately parking by us is limited, bike or train is advised.\n\nWith kind regards,\n{sig}", ("Westland Trostomaat BV", "Groningen Pixelhaven"), ("trostomaat", "pixelhaven"), role=("Greenhouse Climate Operator", "Junior Level Designer"), tz="nl")
mo(INV, "jz", "Interview for {role}", "Hey {n},\n\nSwing by for a quick interview {dl} around 2? Heads up, the lot's a skating rink, sadly – street parking's best.\n\n{sig}\n{co}", ("Queen City Rinks", "Harbour Landing Ag Supply"), ("qcrinks", "hlagsupply"), role=("Zamboni Operator", "Yard Hand"), tz="rg")
mo(OFR, "as", "An offer from {co}", "Hi {n},\n\nThe founders want you on board as {role}! Offer letter attached, answer by {dl} please. Unfortunately the office aircon's dead, dress light.\n\n{sig}", ("Tidepool Payments Barbados", "Eindhoven Waferline"), ("tidepoolbb", "waferline"), role=("Operations Associate", "Process Engineer"), tz=("bb", "nl"))
mo(NXT, "tz1", "Invitation for aptitude test – {role}", "Dear {n},\n\nCongratulations, {role} shortlist. Kindly sit the written aptitude test on {dl}, 9 am. Unfortunately our generator is on service, bring pens and a torch.\n\n{sig}", ("Mtwara Cashew Processors Ltd", "Msasani Marine Insurance Brokers"), ("mtwaracashew", "msasanimarine"), role=("Accounts Assistant", "Claims Officer"), tz="tz")
mo(INV, "pn1", "Interview schedule – {role}", "Dear {n},\n\nPFA interview details for {role}: {dl}, 11 AM, Baner office. Unfortunately no parking inside premises, kindly use public lot.\n\nThanks & Regards,\n{sig}", ("Baner Skyline Constructions", "Koregaon Park Wellness"), ("banerskyline", "kpwellness"), role=("Site Engineer", "Spa Coordinator"), tz="pune")
mo(INV, "bb1", "Come for interview", "Morning {n},\n\nWe want see you {dl} at 10 for {role}. Sorry, de road by de office mash up from de rain, come round de back.\n\n{sig}\n{co}", ("Warrens Auto Rentals", "Coral Reef Recruiters"), ("warrensauto", "coralreefrec"), role=("Sales Rep", "Accounts Payable Officer"), tz="bb")
mo(NXT, "rg1", "Next step – {role}", "Hi {n},\n\nNext step for you! Driver's abstract copy due {dl}. Unfortunately our fax is kaput, email only.\n\n{sig}\n{co}", ("Pile O' Bones Snow Clearing", "Regina Rider Sports Bar"), ("pileobonessnow", "ridersportsbar"), role=("Equipment Operator", "Shift Lead"), tz="rg")
mo(OFR, "nl1", "Offer – {role}", "Dear {n},\n\nWith pleasure you get the function of {role} from us! Contract comes per post, signing before {dl}. Unfortunately this month the coffee machine is broken.\n\nGreetings,\n{sig}", ("Utrecht Fietsdeel", "Tilburg Stage Lighting"), ("fietsdeel", "stagelight"), role=("Fleet Planner", "Lighting Technician"), tz="nl")
mo(INV, "tm1", "Interview call – {role}", "Dear {n},\n\nVanakkam. You are shortlisted for {role}. Kindly come for direct interview {dl}, 10 AM. Bring originals. Unfortunately canteen will be shut.\n\n{sig}", ("Tambaram Engineering College", "Kovai Wet Grinder Traders"), ("tambaramengg", "kovaigrinder"), role=("Lab Technician", "Sales Executive"), tz=("chn", "cbe"))
mo(NXT, "in1", "{x} – online assessment", "Dear {n},\n\nNext up: the online assessment, due {dl}. Sadly, desktop browsers only.\n\nEarly Careers", ("Wiltshire Defence Engineering", "Chennai Harbour Analytics"), ("wdefeng", "harbouranalytics"), x=("2026 Summer Engineering Internship", "Data Science Internship 2026"), tz=("wilts", "chn"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
J = "other_job"
mo(J, "hm", "{role}: handed to the hiring manager", "Hi {n},\n\nQuick update: {role} – the hiring manager is reading your file now. No action on your side.\n\n{sig}", ("Kharadi Kinetic Labs", "Hamilton Riverside Physio"), ("kineticlabs", "riversidephysio"), role=("Product Analyst", "Physio Assistant"), tz=("pune", "nz"))
mo(J, "wd", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone – {role} application withdrawn at your request. Reapply any time.\n\n{sig}", ("Chennai Silk Emporium", "Bendigo Rail Works"), ("silkemporium", "bendigorail"), role=("Floor Sales Associate", "Apprentice Fitter"), tz=("chn", "au"))
mo(J, "hold", "{role} – recruitment paused", "Dear {n},\n\nRecruitment for {role} pauses while budgets get set. Your application remains open; we resume in January.\n\n{sig}", ("Lyneham Airfield Catering", "Moose Jaw Rail Yard Services"), ("lynehamcater", "mjrailyard"), role=("Night Cook", "Yard Clerk"), tz=("wilts", "rg"))
mo("recruiter_outreach", "out", "A role you might like", "Hi {n},\n\nSpotted your profile – you'd suit {role} with a client of ours. Could we speak briefly midweek?\n\n{sig}\n{co}", ("Avon Vale Recruitment", "Savannah Talent Partners"), ("avonvalerec", "savannahtalent"), role=("an Operations Coordinator post in Melksham", "a Supply Officer post in Dodoma"), tz=("wilts", "tz"))
mo("recruiter_outreach", "out2", "Opening in Peelamedu", "Dear {n},\n\nGreetings from {co}. Urgent opening for Quality Auditor, Peelamedu location. Kindly mail latest CV if interested.\n\nRegards,\n{sig}", "Kongu Career Links", "kongucareer", tz="cbe")
mo("job_alert", "alert", "Marlspinney picks for your postcode", "Hi {n},\n\nThree new roles on the Marlspinney board:\n- Van Driver, Melksham\n- Kitchen Porter, Devizes\n- Stores Assistant, Westbury\nSorry, salary filter offline till Friday.{FOOT}", "Marlspinney Jobs", "marlspinneyjobs", frm="Marlspinney Jobs <alerts@{dom}>", tz="wilts")
NJ = "non_job_rejection_words"
mo(NJ, "loan", "Your loan application", "Dear {n},\n\nYour personal loan application with {co} has been declined because of your present credit score.\n\n{sig}\nLending Team", ("Kennet Building Society", "Kilimanjaro Savings Co-operative"), ("kennetbs", "kilisaccos"), tz=("wilts", "tz"))
mo(NJ, "ballot", "Queen City Marathon ballot result", "Hi {n},\n\nQueen City Marathon ballot: sorry, your entry missed the draw this year. Charity spots remain.\n\nRace Office", "Queen City Marathon", "qcmarathon", frm="Race Office <ballot@{dom}>", tz="rg")
mo(NJ, "flat", "Flat in Kothrud", "Dear {n},\n\nRegarding the 1BHK in Kothrud you viewed: owner has given it to one Nagpur family, so it is gone. Sorry for the same.\n\n{sig}", "Kothrud Homes Realty", "kothrudhomes", tz="pune")
mo(NJ, "club", "Membership application", "Hi {n},\n\nUnfortunately {co} is full up this season; even the waiting list has shut.\n\n{sig}, Membership Secretary", "Carlisle Bay Sailing Club", "cbsailing", tz="bb")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n— found via Quernhollow{ch}, one of the Quernhollow trade listings"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " Hiring <hiring@{dom}>"
    wr("t-" + fam, rej[0], rej[1] + "\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "t-" + fam, twin[1], twin[2] + "\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


pair("palmweaving", "Agate", "Mactan Palm Crafts", "mactanpalm", "ph", ("Palmweaving helper", "Hi {n},\n\nGood of you to try out at our palmweaving tables last week. Two weavers who already know the herringbone mat got the spots.\n"), (A, "Palmweaving helper – received", "Hi {n},\n\nYour note about the palmweaving helper opening came through. Whatever happens, every applicant gets a text before month's end.\n"))
pair("tyreretreading", "Basalt", "Kafue Road Retreads", "kafueretreads", "zm", ("Tyreretreading trainee", "Dear {n},\n\nThe tyreretreading trainee place has been given to someone with buffing-machine experience.\n"), (INV, "Tyreretreading trainee – interview", "Dear {n},\n\nShort interview at the workshop {dl}, half past eight. Unfortunately the curing press is loud then, we talk in the yard.\n"))
pair("sugarboiling", "Chert", "Hogback Ridge Sugarhouse", "hogbacksugar", "use", ("Sugarboiling season hand", "Hi {n},\n\nSugarboiling crew's already set with returning folks this spring, none needed.\n"), (A, "Sugarboiling hand – got it", "Hi {n},\n\nSugarboiling application received. Yes or no, somebody here writes back before the sap runs.\n"))
pair("mopmaking", "Dolomite", "Wigston Mop & Brush", "wigstonmop", "uk", ("Mopmaking operative", "Dear {n},\n\nAnother applicant got the mopmaking operative job.\n"), (NXT, "Mopmaking operative – references", "Dear {n},\n\nYour mopmaking application moves on. Two references due {dl}. Sorry, scanner's broken – phone photos do.\n"))
pair("gutstringing", "Epidote", "Lakeshore Racquet Lab", "lakeshoreracquet", "use", ("Gutstringing technician", "Hi {n},\n\nThe gutstringing bench job went to a stringer with tournament experience; posting closed.\n"), (OFR, "Gutstringing technician – offer", "Hi {n},\n\nGutstringing technician job is yours, start {dl}. Unfortunately shop AC is out, summer shifts run early.\n"))
pair("hoofoiling", "Flint", "Warren Hill Stables", "warrenhillstables", "uk", ("Hoofoiling groom", "Dear {n},\n\nYour hoofoiling groom application ends here; we've chosen elsewhere.\n"), (INV, "Hoofoiling groom – trial", "Dear {n},\n\nTrial at the yard {dl}, half six? Bad news: the lane has flooded, church car park instead.\n"))
pair("barkstripping", "Garnet", "Huon Log Supply", "huonlog", "au", ("Barkstripping labourer", "G'day {n},\n\nBarkstripping crew for this block is full up, mate, no room for you now.\n"), (A, "Barkstripping labourer – application in", "G'day {n},\n\nBarkstripping application's in. Silence past a fortnight means crew's full; forms roll to next block either way.\n"))
pair("shutterhanging", "Hematite", "Bayou Shutter Co", "bayoushutter", "usc", ("Shutterhanging installer", "Hi {n},\n\nShutterhanging installer: we picked other applicants this round.\n"), (INV, "Shutterhanging installer interview", "Hi {n},\n\nCome meet us {dl}, nine o'clock. Sadly the showroom door sticks – knock loud.\n"))
pair("bellpolishing", "Iolite", "Grey County Bell Works", "greybell", "cae", ("Bellpolishing finisher", "Dear {n},\n\nOur bellpolishing finisher role now belongs to another candidate.\n"), (NXT, "Bellpolishing finisher – sample task", "Dear {n},\n\nNext step: a short bellpolishing sample at the works before {dl}. Unfortunately no heat in the buffing room, wear layers.\n"))
pair("sandsifting", "Jasper", "Kasoa Sand & Stone", "kasoasand", "gh", ("Sandsifting supervisor", "Dear {n},\n\nSandsifting supervisor: sadly, another candidate was chosen.\n"), (A, "Sandsifting supervisor – received", "Dear {n},\n\nSandsifting supervisor application noted. Chosen or passed over, each applicant receives a phone call.\n"))
pair("chalkboarding", "Kyanite", "Fitzroy Chalk & Sign", "fitzroychalk", "au", ("Chalkboarding artist", "Hi {n},\n\nYour chalkboarding folio was lovely, but an artist already serving cafes on our books got the gig.\n"), (OFR, "Chalkboarding artist – offer", "Hi {n},\n\nLoved the folio – casual chalkboarding work is yours from {dl}. Sorry, van's in for repairs, early jobs are tram-reachable.\n"))
pair("corkstripping", "Lapis", "Paarl Cork Reclaim", "paarlcork", "za", ("Corkstripping operator", "Dear {n},\n\nCorkstripping operator: unfortunately we chose someone else.\n"), (INV, "Corkstripping operator – interview", "Dear {n},\n\nInterview slot: {dl}, ten o'clock. Unfortunately load-shedding hits that morning, we sit outside.\n"))
pair("doormatweaving", "Mica", "Negombo Coir Mats", "negombocoir", "lk", ("Doormatweaving supervisor", "Dear {n},\n\nFor doormatweaving supervisor another applicant has been selected.\n"), (A, "Doormatweaving supervisor – acknowledgement", "Dear {n},\n\nDoormatweaving application received. Selected or not, a letter comes inside one month.\n"))
pair("potashburning", "Nephrite", "Bitterroot Heritage Works", "bitterrootheritage", "usm", ("Potashburning demonstrator", "Hi {n},\n\nPotashburning demonstrator roster for summer is full; no more hires this season.\n"), (NXT, "Potashburning demonstrator – safety course", "Hi {n},\n\nOnline fire-safety course due {dl}. Unfortunately zero cell signal on site, finish it at home.\n"))
pair("coconutgrating", "Onyx", "Port Antonio Coconut Kitchen", "paco", "jm", ("Coconutgrating assistant", "Hi {n},\n\nCoconutgrating assistant job gone to somebody else, so nothing for you right now.\n"), (INV, "Coconutgrating assistant – come see us", "Hi {n},\n\nCome check us {dl}, nine o'clock. Sorry, main road dug up – bus to the square.\n"))
pair("puttyglazing", "Pyrite", "Leith Sash Restorers", "leithsash", "uk", ("Puttyglazing apprentice", "Dear {n},\n\nOur puttyglazing apprenticeship has gone to another applicant.\n"), (A, "Puttyglazing apprentice – application in", "Dear {n},\n\nPuttyglazing application in. Taken forward or not, we write back.\n"))
pair("grainsacking", "Quartz", "Flint Hills Grain Co", "flinthillsgrain", "usc", ("Grainsacking hand", "Hi {n},\n\nGrainsacking hand: harvest hiring's wrapped up, without you this time.\n"), (OFR, "Grainsacking hand – offer", "Hi {n},\n\nGrainsacking work is yours from {dl}. Unfortunately break room's shut, pack lunch.\n"))
pair("pegwhittling", "Rutile", "Tregaron Peg Makers", "tregaronpeg", "uk", ("Pegwhittling maker", "Dear {n},\n\nDiolch for wanting to whittle pegs with us. The pegwhittling post went to another maker.\n"), (INV, "Pegwhittling maker – come and meet us", "Dear {n},\n\nPop into the workshop {dl}? Sorry, stove's broken – warm jumper advised.\n"))
pair("bricksoaking", "Schist", "Ikorodu Blockworks", "ikorodublock", "ng", ("Bricksoaking hand", "Dear {n},\n\nBricksoaking hand: sorry, another applicant was picked.\n"), (A, "Bricksoaking hand – received", "Dear {n},\n\nBricksoaking hand application received. Picked or not, the site office phones you.\n"))
pair("nailsorting", "Topaz", "Onehunga Reclaim Yard", "onehungareclaim", "nz", ("Nailsorting yardhand", "Kia ora {n},\n\nNailsorting yardhand role's gone to another person this time.\n"), (NXT, "Nailsorting yardhand – induction form", "Kia ora {n},\n\nInduction form due {dl}. Unfortunately portal's offline – email works.\n"))
pair("crateslatting", "Umber", "Naivasha Crate Works", "naivashacrate", "ke", ("Crateslatting carpenter", "Dear {n},\n\nCrateslatting carpenter: regrettably you were not selected.\n"), (INV, "Crateslatting carpenter – interview", "Dear {n},\n\nInterview invitation: {dl}, nine o'clock. Unfortunately front gate blocked, use rear entry.\n"))
pair("lintpicking", "Variscite", "Bangsar Press & Clean", "bangsarpress", "my", ("Lintpicking finisher", "Hi {n},\n\nLintpicking finisher post: another candidate was picked.\n"), (OFR, "Lintpicking finisher – offer", "Hi {n},\n\nLintpicking finisher job offered to you from {dl}. Sorry, lift under maintenance, stairs only.\n"))
pair("dyevatting", "Wolframite", "Multan Indigo House", "multanindigo", "pk", ("Dyevatting assistant", "Dear {n},\n\nDyevatting assistant: regrettably, your application was passed over.\n"), (A, "Dyevatting assistant – received", "Dear {n},\n\nDyevatting application received. Selected or not, a letter follows.\n"))
pair("rimtruing", "Xenotime", "Alberta Street Wheelworks", "wheelworkspdx", "usp", ("Rimtruing mechanic", "Hi {n},\n\nRimtruing mechanic spot went to someone with race-shop experience.\n"), (NXT, "Rimtruing mechanic – bench test", "Hi {n},\n\nBench test booking needed before {dl}. Unfortunately truing stand's in repair, bring a spoke key.\n"))
pair("pumpkincarving", "Zircon", "Kilkenny Harvest Displays", "kilkennyharvest", "ie", ("Pumpkincarving artist", "Hi {n},\n\nThanks a million for the pumpkincarving application. Another carver got it this year.\n"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New trade listings this week", "Hi {n},\n\nThree new listings on Quernhollow:\n- Mopmaking operative, Wigston\n- Rimtruing mechanic, Portland\n- Palmweaving helper, Cebu\nSorry, map view offline.\n\nQuernhollow Listings", "Quernhollow Listings", "quernhollow", frm="Quernhollow Listings <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "plot", "Allotment plot application", "Dear {n},\n\nKettering Road allotments: regrettably no plot is available for you this year.\n\n{sig}, Allotments Officer", "Kettering Road Allotments", "ketteringplots", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <info@{dom}>"
    wr("l-" + fam, rej[0], rej[1] + "\n\n{sig}\n" + co, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2] + "\n\n{sig}\n" + co, co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "عيادة الدوحة للصقور", "dohafalconclinic", "qa", ("بخصوص طلبك لوظيفة مساعد بيطري", "مرحبًا {n}،\n\nنشكرك على اهتمامك بالعمل في عيادتنا. ذهبت وظيفة المساعد البيطري إلى شخص تدرّب عندنا خلال الشتاء الماضي."), (A, "وصلنا طلبك", "مرحبًا {n}،\n\nوصلنا طلبك لوظيفة مساعد بيطري. وفي الحالتين، بالقبول أو بالاعتذار، يصلك منّا جواب قبل نهاية الشهر."))
lp("de", "de", "Weserpedal Kurierdienst", "weserpedal", "de", ("Ihre Bewerbung als Fahrradkurier", "Hallo {n},\n\nschön, dass Sie bei den Weserpedalen mitfahren wollten. Leider ist die Stelle jetzt mit einer Person besetzt, die schon länger Lastenräder durch die Neustadt fährt."), (A, "Eingangsbestätigung: Fahrradkurier", "Hallo {n},\n\nIhre Mappe liegt jetzt bei uns im Büro. Zusage oder Absage – Bescheid gibt es binnen drei Wochen."))
lp("es", "es", "Academia Plaza Mayor Salamanca", "academiapmsal", "es", ("Tu candidatura: profesor de español", "Hola {n}:\n\nNos alegró leer tu solicitud para dar clase en la academia. La plaza ya la ocupa una compañera que daba clases de verano aquí."), (INV, "Entrevista: profesor de español", "Hola {n}:\n\nNos gustaría conocerte el {dl} a las diez. Por desgracia el ascensor no funciona, así que hay que subir a pie al tercero."))
lp("fr", "fr", "Dépôt Tram Nantes Est", "tramnantesest", "fr", ("Candidature – technicien de maintenance tramway", "Bonjour {n},\n\nMerci pour votre candidature au dépôt. Le poste de technicien a été confié à un agent déjà formé sur nos rames."), (NXT, "Étape suivante – test technique", "Bonjour {n},\n\nMerci de passer le test technique en ligne avant le {dl}. Malheureusement, la plateforme ne fonctionne pas sur téléphone."))
lp("hi", "hi", "कानपुर लेदर क्राफ्ट्स", "kanpurleather", "pune", ("चमड़े के बैग कारीगर पद के बारे में", "प्रिय {n},\n\nबैग बनाने के काम के लिए अब वह आदमी चुना गया जो बरसों से सिलाई मशीन चलाता आया है।"), (OFR, "नियुक्ति प्रस्ताव – बैग कारीगर", "प्रिय {n},\n\nकारीगर का पद आपका हुआ, पहला दिन {dl}। अफ़सोस कि कैंटीन का काम अभी अधूरा है।"))
lp("it", "it", "Laboratorio Pesto Boccadasse", "pestoboccadasse", "it", ("Candidatura – aiuto cuoco", "Ciao {n},\n\nil posto di aiuto cuoco l'abbiamo dato a Matteo, che d'estate stava già ai fornelli con noi."), (A, "Abbiamo ricevuto la tua candidatura", "Ciao {n},\n\nla tua candidatura è arrivata. Che vada bene o no, ti rispondiamo entro fine mese."))
lp("ja", "ja", "札幌ゲレンデレンタル", "sapporogelande", "jp", ("スキーレンタル店スタッフ応募の件", "{n}様\n\nこのたびは当店スタッフ募集にご応募いただき、ありがとうございました。今シーズンは、昨冬も当店で働いていた経験のある方に決まりました。"), (NXT, "次のステップ：書類のご提出", "{n}様\n\n{dl}までに履歴書の原本を郵送してください。申し訳ありませんが、メールでの受付は行っておりません。"))
lp("ko", "ko", "인천하늘 면세점", "incheonhaneul", "kr", ("면세점 판매직 지원 결과", "{n}님, 안녕하세요.\n\n면세점 판매직에 지원해 주셔서 감사합니다. 이번 채용은 중국어 응대 경험이 있는 다른 분으로 결정되었습니다."), (INV, "면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오전 10시에 면접을 보려고 합니다. 아쉽게도 건물 주차장을 쓸 수 없어서 지하철로 오시길 권합니다."))
lp("pt", "pt", "Residência Estudantil Mondego", "residmondego", "pt", ("Candidatura – rececionista da residência", "Olá {n},\n\nChegou-nos a sua carta para a receção. O lugar foi preenchida por uma antiga residente que já conhece a casa."), (INV, "Convite para entrevista", "Olá {n},\n\nGostaríamos de falar consigo no dia {dl}, às 15h. Infelizmente a porta principal está em obras; entre pela lateral."))
lp("ru", "ru", "Автопарк Казань-Юг", "avtoparkkazan", "ru", ("Ваш отклик на вакансию водителя автобуса", "Здравствуйте, {n}!\n\nРешение по вакансии водителя принято. На место водителя мы взяли кандидата с категорией D и опытом городских маршрутов."), (A, "Мы получили ваш отклик", "Здравствуйте, {n}!\n\nВаша анкета у нас. Подойдёте вы или нет, мы позвоним в течение двух недель."))
lp("sw", "sw", "Meru View Safari Lodge", "meruviewlodge", "tz", ("Maombi ya kazi ya mhudumu wa chakula", "Habari {n},\n\nAsante kwa kuomba kazi hapa kwetu. Nafasi ya mhudumu imeshachukuliwa na mtu aliyewahi kufanya kazi nasi msimu uliopita."), (NXT, "Hatua inayofuata", "Habari {n},\n\nTunaomba nakala ya cheti chako ifike kabla ya {dl}. Kwa bahati mbaya mtandao wetu ni dhaifu, hivyo tuma kwa barua pepe tu."))
lp("th", "th", "อู่ตุ๊กตุ๊กบางลำพู", "banglamphutuktuk", "th", ("ผลการสมัครงานช่างซ่อมรถตุ๊กตุ๊ก", "เรียนคุณ{n}\n\nอู่ได้ตัดสินใจเรื่องตำแหน่งช่างแล้ว ตำแหน่งนี้ได้คนที่เคยทำงานกับเรามาก่อนแล้ว"), (OFR, "ข้อเสนองานช่างซ่อม", "เรียนคุณ{n}\n\nอู่ของเราตกลงจ้างคุณ เริ่มงานวันที่ {dl} ครับ น่าเสียดายว่าห้องพักช่างยังซ่อมไม่เสร็จ"))
lp("tr", "tr", "Ege Sıkım Zeytinyağı", "egesikim", "tr", ("Başvurunuz hakkında – üretim elemanı", "Merhaba {n},\n\nZeytinyağı fabrikamıza gösterdiğiniz ilgi için teşekkürler. Üretim elemanı kadrosuna geçen sezon bizimle çalışan birini aldık."), (OFR, "İş teklifi", "Merhaba {n},\n\nSizi {dl} tarihinden itibaren ekibimizde görmek isteriz. Maalesef servis aracı arızalı, ilk hafta kendiniz gelmeniz gerekecek."))
lp("ur", "ur", "سیالکوٹ اسٹچ ورکس", "sialkotstitch", "pk", ("فٹ بال سلائی کاریگر کی درخواست", "محترم {n}،\n\nسلائی کاریگر والی آسامی کا فیصلہ ہو گیا ہے۔ کاریگر کی جگہ ایک ایسے شخص کو دی گئی ہے جو پہلے سے ہاتھ کی سلائی جانتا ہے۔"), (NXT, "اگلا مرحلہ", "محترم {n}،\n\n{dl} سے پہلے شناختی دستاویز کی فوٹو کاپی ای میل کر دیجیے۔ افسوس، فیکس کام نہیں کر رہی۔"))
lp("zh", "zh", "成都老巷火锅", "laoxianghotpot", "cn", ("关于火锅店服务员应聘的回复", "{n}您好：\n\n感谢您应聘我们火锅店的服务员岗位。这个岗位已经由一位在春熙路分店做过的老员工接任了，祝您一切顺利。"), (OFR, "录用通知", "{n}您好：\n\n很高兴通知您，您将于{dl}开始上班。可惜员工宿舍还在装修，第一个月需要自己安排住处。"))
lp("slk", "slk", "Sedadlá Žilina s.r.o.", "sedadlazilina", "svk", ("Vaša žiadosť – operátor výroby", "Dobrý deň, {n},\n\nozývame sa k vašej žiadosti na linku. Miesto operátora sme obsadili uchádzačom, ktorý už pracoval na našej linke."), (A, "Potvrdenie prijatia žiadosti", "Dobrý deň, {n},\n\nvašu žiadosť sme prijali. Či už vás vyberieme alebo nie, ozveme sa do dvoch týždňov."))
lp("lit", "lit", "Kauno Krepšinio Arena", "kaunoarena", "lt", ("Dėl jūsų paraiškos – renginių administratorius", "Sveiki, {n},\n\ngavome jūsų laišką dėl darbo arenoje. Administratoriaus vietą užėmė žmogus, jau dirbęs mūsų renginiuose."), (INV, "Kvietimas į pokalbį", "Sveiki, {n},\n\nkviečiame į pokalbį {dl} 11 val. Deja, prie pagrindinių durų vyksta remontas – užeikite iš kiemo pusės."))
lp("lav", "lav", "Daugava IT Atbalsts", "daugavait", "lv", ("Par jūsu pieteikumu – IT atbalsta speciālists", "Labdien, {n}!\n\nPaldies par interesi strādāt mūsu uzņēmumā. Atbalsta speciālista vietu ieņēma kolēģis no mūsu Liepājas biroja."), (NXT, "Nākamais solis – tests", "Labdien, {n}!\n\nLūdzu, aizpildiet tiešsaistes testu līdz {dl}. Diemžēl tas nedarbojas mobilajā telefonā."))
lp("ell", "ell", "Πωλητήριο Μουσείου Πλάκας", "plakamuseumshop", "gr", ("Σχετικά με την αίτησή σας – πωλητής", "Γεια σας {n},\n\nευχαριστούμε για το ενδιαφέρον σας. Τη θέση του πωλητή την πήρε άτομο που δούλεψε ήδη μαζί μας το καλοκαίρι."), (OFR, "Πρόταση εργασίας", "Γεια σας {n},\n\nη θέση είναι δική σας, με έναρξη στις {dl}. Δυστυχώς το κυλικείο είναι κλειστό για ανακαίνιση."))
lp("heb", "heb", "מטבח בית החולים כרמל", "carmelkitchen", "il", ("בנוגע למועמדותך – עבודה במטבח", "שלום {n},\n\nתודה על ההתעניינות בעבודה במטבח שלנו. את המשרה קיבל עובד שכבר עבד אצלנו במשמרות לילה."), (A, "קיבלנו את המועמדות שלך", "שלום {n},\n\nהמועמדות שלך הגיעה אלינו. בין אם תתקבל ובין אם לא, נחזור אליך תוך שבועיים."))
lp("fas", "fas", "آموزشگاه رانندگی قزوین نو", "qazvinnodrive", "ir", ("درباره درخواست شما – مربی رانندگی", "سلام {n} عزیز،\n\nنامه‌تان برای جایگاه مربی به دست ما رسید. این جایگاه به مربی‌ای رسید که سال‌ها در همین شهر آموزش داده است."), (INV, "دعوت به مصاحبه", "سلام {n} عزیز،\n\nلطفاً روز {dl} ساعت ۱۰ برای گفتگو بیایید. متأسفانه پارکینگ آموزشگاه در حال تعمیر است."))
lp("ben", "ben", "ধানমন্ডি গ্রিনফিল্ড স্কুল", "greenfieldschool", "bd", ("আপনার আবেদন সম্পর্কে – ইংরেজি শিক্ষক", "নমস্কার {n},\n\nইংরেজি শিক্ষকের পদটি এবার আমাদেরই এক পুরনো খণ্ডকালীন শিক্ষিকা পেয়েছেন।"), (OFR, "নিয়োগ প্রস্তাব", "নমস্কার {n},\n\n{dl} থেকে শিক্ষক পদটি আপনার। দুঃখের বিষয়, ক্যান্টিন এখন বন্ধ।"))
lp("vie", "vie", "Nhà máy Xay xát Cần Thơ", "xayxatcantho", "vn", ("Kết quả vị trí thủ kho", "Chào {n},\n\nNhà máy đã có quyết định. Vị trí thủ kho đã được giao cho một người từng làm mùa vụ trước."), (INV, "Mời phỏng vấn", "Chào {n},\n\nMời bạn đến phỏng vấn vào ngày {dl} lúc 9 giờ. Tiếc là cổng chính đang sửa, bạn vui lòng đi cổng sau."))
lp("ind", "ind", "Sekolah Selancar Canggu", "selancarcanggu", "bali", ("Lamaran instruktur selancar", "Halo {n},\n\nLamaranmu untuk jadi instruktur sudah kami baca. Posisi instruktur sudah diisi oleh orang yang pernah mengajar di sini musim lalu."), (NXT, "Langkah berikutnya", "Halo {n},\n\nMohon kirimkan sertifikat penyelamat pantai sebelum {dl}. Sayangnya formulir daring kami sedang error, jadi kirim lewat surel saja."))
lp("tgl", "tgl", "Talyer ng Dyip Kamuning", "talyerkamuning", "ph", ("Tungkol sa iyong aplikasyon – welder", "Magandang araw {n},\n\nNatanggap namin ang sulat mo para sa talyer. Ang puwesto ng welder ay napunta na sa isang dating empleyado namin."))


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
    if day.weekday() >= 5 and rng.random() < 0.8:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day (checked after the move)
        day += dt.timedelta(days=1)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS.get(REGION.get(zone, zone), REGION_SIGNERS["gen"])


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "heb": "{d}.{m}.{y}",
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
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day:%A} the {day.day}{suffix} of {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, {clock}"
    return f"{q:%A} {q.day} {q:%B} {q.year} {q:%H.%M}", f"{q:%a} {q.day} {q:%b} {q.year} at {q:%H.%M}"


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
    """Every .jsonl in data/ and data/blind/ below slice 183; this slice, slice 184 and any later one are skipped by number."""
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
