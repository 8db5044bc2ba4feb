# ruff: noqa: E501, S311
"""Write the ninety-fourth sealed blind slice for issue 11 (blind-slice-94.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 92; slice 93 and later never read; our side printed)
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

SEED = 940941
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-94.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 94
SKIP_FROM = 93  # slice 93 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 24)
LAST_DRAW = dt.date(2026, 11, 20)  # a Friday; a weekend drawn before it moves to Monday 16 November at the latest

RECIPIENTS = [
    "Gwenllian Probert", "Dilshan Wickramasinghe", "Ka-Yan Leung", "Nakato Ssempala", "Keron Ramdeen",
    "Thu Trang Nguyen", "Radek Horáček", "Meirion Bowen", "Tharushi Gunawardena", "Wing-Sze Chau",
    "Okello Opiyo", "Shivanie Maharaj", "Bảo Châu Trần", "Zuzana Dvořáková", "Ffion Rees-Jarvis",
    "Isuru Jayasekara", "Cheuk-Hei Fong", "Babirye Nansubuga", "Darnell Baptiste", "Minh Khôi Lê",
    "Petra Šimková", "Caradog Vaughan", "Hasini Ekanayake", "Hoi-Ting Yip", "Mugisha Tumwine",
    "Akilah Charles-Joseph", "Lachlan Ormsby", "Nomvula Khumalo", "Priyanka Venkatesan", "Ebuka Nnadi",
    "Wairimu Githinji", "Marisol Dimaculangan", "Brianna Kowalczyk", "Eamonn Gilhooly", "Ngaire Whatuira",
]
REGION_SIGNERS = {
    "uk": ["Angharad Llewelyn", "Rhodri Pugh", "Bethan Morgan-Hale", "Oswin Catterall", "Delyth Prys", "Tobias Renshaw"],
    "ie": ["Gráinne Mulcahy", "Donncha Hurley", "Sinéad Tierney"],
    "us": ["Marguerite Ostrowski", "Dewayne Pruitt", "Consuelo Ybarra", "Harlan Vogt"],
    "ca": ["Ginette Bouchard", "Baljit Sandhu", "Morag Sinclair"],
    "au": ["Tamsin Holloway", "Dimitri Vlahos", "Bronwyn Nash"],
    "nz": ["Hinemoa Rangi", "Callum Brightwater", "Losa Tuilagi"],
    "za": ["Zanele Mthembu", "Pieter Coetzee", "Ayanda Nxumalo"],
    "in": ["Meenakshi Iyer", "Harpreet Grewal", "Abhijit Sen"],
    "ng": ["Folasade Ogunleye", "Ikenna Obi"], "ke": ["Achieng Odhiambo", "Kiprono Ruto"],
    "ph": ["Ma. Cristina Dizon", "Reynaldo Bautista"], "sg": ["Tan Wei Ling", "Suresh Nair"],
    "lk": ["Chamari Perera", "Nuwan Rajapakse", "Dinusha Fernando"],
    "hk": ["Winnie Kwok", "Raymond Tsang", "Cecilia Lau"],
    "ug": ["Nalwoga Sarah", "Ochieng Bosco", "Kyomuhendo Irene"],
    "tt": ["Vashti Rampersad", "Kwame Alleyne", "Candice Mohammed"],
    "vn": ["Phạm Thị Hồng", "Đỗ Văn Tuấn"], "cz": ["Jana Procházková", "Tomáš Novotný"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هالة الزعبي", "لينا حداد"], "de": ["Ulrike Brandstätter", "Jörg Wendel"],
    "es": ["Remedios Aguilar", "Iñaki Olabarria"], "fr": ["Solène Marchetti", "Benoît Garnier"],
    "hi": ["कुसुमलता भटनागर", "रेवती त्रिपाठी"], "it": ["Giovanna Ferraro", "Lorenzo Bellini"],
    "ja": ["山口 直子", "小林 健太"], "ko": ["박지영", "정우성"], "pt": ["Mariana Teixeira", "Rita Albuquerque"],
    "ru": ["Екатерина Соколова", "Дмитрий Орлов"], "sw": ["Zawadi Mushi", "Baraka Mwakyusa"],
    "th": ["วิไลวรรณ แสงทอง", "ปราณี บุญมา"], "tr": ["Zeynep Kaya", "Emre Doğan"],
    "ur": ["نسرین اختر", "فرزانہ بٹ"], "zh": ["王丽华", "陈志强"],
    "srp": ["Jelena Petrović", "Dragan Nikolić"], "fas": ["پریسا نوروزی", "کاوه شاهرخی"],
    "est": ["Kadri Tamm", "Margus Saar"], "ben": ["শর্মিলা দত্ত", "তানভীর আহমেদ"],
    "lit": ["Rūta Kazlauskienė", "Mindaugas Petrauskas"], "lav": ["Ilze Bērziņa", "Jānis Ozols"],
    "isl": ["Guðrún Sigurðardóttir", "Ólafur Jónsson"],
}
LANG_RECIPIENTS = {
    "ar": ["ريما الخطيب", "دانة منصور"], "de": ["Katharina Pfeifer", "Lukas Eberl"],
    "es": ["Nerea Goikoetxea", "Álvaro Castaño"], "fr": ["Clémence Aubry", "Théo Vasseur"],
    "hi": ["तन्वी माथुर", "सौरभ बघेल"], "it": ["Chiara Lombardi", "Matteo Fontana"],
    "ja": ["鈴木 彩花", "渡辺 翔"], "ko": ["김하늘", "오준혁"], "pt": ["Leonor Fonseca", "Rui Carvalho"],
    "ru": ["Мария Кузнецова", "Алексей Павлов"], "sw": ["Rehema Msuya", "Daudi Kimaro"],
    "th": ["ลลิตา ปัญญาวงค์", "ชยพล อินทร์แก้ว"], "tr": ["Ayşe Demir", "Mert Yılmaz"],
    "ur": ["عائشہ فاروقی", "زینب قریشی"], "zh": ["刘婷", "周浩然"],
    "srp": ["Milica Jovanović", "Nemanja Stojanović"], "fas": ["سارا محمدی", "نیلوفر احمدی"],
    "est": ["Liis Kask", "Rasmus Mägi"], "ben": ["সুমাইয়া ইসলাম", "অর্ণব চক্রবর্তী"],
    "lit": ["Greta Vaitkutė", "Tomas Jankauskas"], "lav": ["Līga Kalniņa", "Artūrs Liepiņš"],
    "isl": ["Sigríður Helgadóttir", "Bjarki Þórsson"],
}
GIVEN = {
    "Thu Trang Nguyen": "Trang", "Bảo Châu Trần": "Châu", "Minh Khôi Lê": "Khôi", "Ka-Yan Leung": "Ka-Yan",
    "Wing-Sze Chau": "Wing-Sze", "Cheuk-Hei Fong": "Cheuk-Hei", "Hoi-Ting Yip": "Hoi-Ting",
    "Nalwoga Sarah": "Sarah", "Ochieng Bosco": "Bosco", "Kyomuhendo Irene": "Irene", "Tan Wei Ling": "Wei Ling",
    "Phạm Thị Hồng": "Hồng", "Đỗ Văn Tuấn": "Tuấn", "Ma. Cristina Dizon": "Tina",
}
PROVIDERS = ["wrenpost", "gorsemail", "flintbox", "tealpost", "mossmail", "kelpbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "tt": ("-0400", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "hk": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
    TEMPLATES.append(T(part, label, kind, f"blind94-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – diolch for Tuesday, the yard tour was ace. First-aid card valid till March; Mrs Gunaratne (referee) answers after six.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R{ref} ({role}) – closed", "Dear {n},\n\nRequisition R{ref}, {role}, closed today with no external appointment: {x}. Other {co} openings remain open to your profile.\n\nTalent Acquisition, {co}", ("Penrhos Dairies", "Harbourline Ferries HK"), ("penrhos-dairies", "harbourline-hk"), frm="{co} Careers <careers-noreply@{dom}>", role=("Cheese Room Operative", "Pier Ticketing Assistant"), tz=("uk", "hk"), x=("the Carmarthen creamery crew will now cover the cheese room rota", "staff transferring from the Mui Wo desk will run the Central pier counters"))
mr("gh", "{co} – {role} update", "Hi {n},\n\nGrateful for the hours you gave the {role} process. A finalist whose background in {x} matched the brief most directly took our offer yesterday, so your candidacy is now closed on our side.\n\nBest,\n{sig}\nRecruiting, {co}", ("Farrowdale Instruments", "Bluewick Audio"), ("farrowdale", "bluewick-audio"), frm="{sig} <no-reply@{dom}>", role=("Test Technician", "Amplifier Bench Assembler"), tz=("use", "cz"), x=("torque calibration rigs", "through-hole soldering for valve amps"))
mr("lv", "Re: {role} at {co}", "{n}, hello –\n\nEvery {role} application got read, and we're progressing a smaller group whose portfolios sit closer to the studio's needs this quarter. Yours is now closed. With consent we hold your profile {x}; reply PURGE to have it wiped at once.\n\n{sig}, People team", ("Tamarisk Letterworks", "Gullhaven Roastery"), ("tamarisk-letterworks", "gullhaven"), frm="{sig} <{sl}@hire.{dom}>", role=("Studio Compositor", "Green Coffee Sorter"), tz=("nz", "cap"), x=("ten months", "thirteen months"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – filled by {x}</td></tr></table><p>With thanks, {co}.</p></body></html>", ("Sandcove Leisure", "Kolonnawa Freight"), ("sandcove-leisure", "kolonnawa-freight"), frm="{co} Hiring <jobs@{dom}>", role=("Lido Attendant", "Container Yard Checker"), tz=("uk", "lk"), x=("a seasonal attendant back from last summer", "a checker moving across from our Wattala depot"))
mr("ic", "{co}: {role} – candidate disposition", "Dear {n},\n\nYour submission for {role} (Job ID {ref}) was reviewed, and its disposition is now: Not Selected ({x}).\n\nThis mailbox is unattended.\n{co} Human Resources", ("Brightwater Utilities", "Eastbay Tramways"), ("brightwater-util", "eastbay-trams"), frm="{co} HR <hr-donotreply@{dom}>", role=("Meter Reader", "Overhead Line Assistant"), tz=("usm", "hk"), x=("Confined Space Entry Card Not Supplied", "Electrical Worker Registration Not Supplied"))
mr("tl", "Posting {ref} – {role}", "Dear {n},\n\nThe hiring department has pulled posting {ref} ({role}) because {x}. All applications to it are withdrawn from consideration. Current {co} postings remain open to you through your candidate account.\n\n{co} Talent Services", ("Rathmullan Health Partnership", "Port Mourant Water Authority"), ("rathmullan-health", "pmwa-tt"), frm="{co} <talent@{dom}>", role=("Ward Clerk", "Pump Station Attendant"), tz=("ie", "tt"), x=("the ward joins the day unit from May", "the pump stations switch to remote telemetry"))
mr("wk", "Your application to {co}", "Hello {n},\n\n{x} people applied for {role}, and the team asked a handful in for a working interview. This round the list went another way. Thanks for picking {co}.\n\n{sig}", ("Mayfly Pho House", "Lantau Kayak Co"), ("mayfly-pho", "lantau-kayak"), frm="{sig} via {co} <apply@{dom}>", role=("Broth Cook", "Kayak Guide"), tz=("vn", "hk"), x=("Ninety-four", "Sixty-eight"))
mr("bh", "{role} – thank you", "Hi {n},\n\nThanks for putting in for {role}. We'd meant to add a person, but {x}. So this opening closes without interviews.\n\nKind regards,\n{sig}\n{co}", ("Ffynnon Physio", "Mapleburn Kennels"), ("ffynnon-physio", "mapleburn-kennels"), role=("Weekend Receptionist", "Kennel Hand"), tz=("uk", "usc"), x=("the two part-time receptionists here will split the Saturday clinics", "one of our hands came back from leave earlier than planned"))
mr("tt", "Your application – {co}", "Dear {n},\n\nthank you for applying to {role} job and for patience with us. We went through all candidates carefully and {x}. Good luck in next steps.\n\nBest regards,\n{sig}\n{co}", ("Sklárna Vítkov", "Lúa Vàng Rice Trading"), ("sklarna-vitkov", "luavang-rice"), role=("Glass Cutter", "Warehouse Clerk"), tz=("cz", "vn"), x=("decided for colleague who finished practice at our cutting hall in autumn", "choose a candidate who already worked with our Cần Thơ mill"))
mr("pp", "{co} – shortlisting outcome, {role}", "Dear {n},\n\nShortlisting for {role} is complete. Applications were marked against the person specification; interviews go to marks of {x} or more, and yours came to {y}. You are therefore off the shortlist.\n\nRecruitment Team, {co}", ("Elenydd Heritage Trust", "Negombo Lagoon Society"), ("elenydd-heritage", "negombo-lagoon"), frm="Recruitment <recruitment@{dom}>", role=("Visitor Guide", "Mangrove Ranger"), tz=("uk", "lk"), x=("26 of 42", "22 of 38"), y=("17", "15"))
mr("jz", "About the {role} opening", "Hi {n} – a quick note: the {role} opening at {co} is filled; the listing's down now. Thanks for applying; {x}\n\n{sig}", ("Caroni Steel Orchestra Hall", "Sipi Falls Trails"), ("caroni-hall", "sipifalls-trails"), frm="{sig} <{sl}@{dom}>", role=("Stage Rigger", "Trail Porter"), tz=("tt", "ug"), x=("check the page again before Carnival season.", "look again when dry season bookings open."))
mr("as", "Update from {co}", "Dear {n},\n\nGood day! Regarding your application for {role}: after going through all that came in, we will proceed with another applicant whose profile suits us more at present. {x}\n\nThank you and all success,\n{sig}\n{co}", ("Matale Hills Spice Collective", "Bujagali Riverbank Growers"), ("matalehills-spice", "bujagali-growers"), frm="{sig} from {co} <{sl}@{dom}>", role=("Quality Assistant", "Farm Records Clerk"), tz=("lk", "ug"), x=("Kindly note your particulars are retained six months.", "Your details remain with us until season end."))
mr("cn", "{role} – not shortlisted", "Dear {n},\n\nRef: {ref}\n\nThis is to advise that your application for {role} did not reach the interview shortlist. With so many applications, {co} cannot give individual feedback.\n\nYours faithfully,\nHuman Resources\n{co}", ("Preseli Valleys Council", "Penal Hills Regional Corporation"), ("preseli-valleys", "penalhills-rc"), frm="{co} Human Resources <hr@{dom}>", role=("Highways Labourer", "Market Clerk"), tz=("uk", "tt"))
mr("s1", "Saturday job at the caffi", "Hiya {n},\n\nDiolch for dropping your CV in. Sorry love, Gwenda's granddaughter is home from her course in Llanrwst till September and the Saturdays are hers. Your number's in the drawer by the till.\n\nDilys\n{co}", "Caffi'r Gelli", "caffi-gelli", frm="Dilys <dilys@{dom}>", tz="uk")
mr("s2", "Bakery assistant", "Dear {n},\n\nKind of you to come by with your application. We are sorry, our owner's nephew from Matara has joined for the counter work, so there is no other vacancy with us just now.\n\nWith best wishes,\n{sig}\n{co}", "Marigold Bake House", "marigold-bakehouse", tz="lk")
mr("s3", "Re: helper position", "Hi {n}, thanks for the message. Sorry ah, Uncle Chiu's son came back from Dongguan and he'll help on the milk tea station, so the helper job is gone already. Take care.\n{sig}", "Tai Hang Cha Chaan Teng", "taihang-cct", tz="hk")
mr("s4", "Repair kiosk attendant", "Dear {n},\n\nWe received your letter about attending at our phone repair kiosk. Sorry, business has been slow since the road works started and we are unable to add anybody this year. We shall keep your letter.\n\nRegards,\n{sig}\n{co}", "Nakawa Quickfix Phones", "nakawa-quickfix", tz="ug")
mr("s5", "Re: counter job", "Morning {n},\n\nThanks for coming in yesterday. Sorry to say Auntie Rookmin's daughter start on the counter this morning so we full up now. Keep trying, eh.\n\n{sig}\n{co}", "Debe Junction Roti Shop", "debe-roti", tz="tt")
mr("s6", "Application for waiter", "Dear {n},\n\nThanks you for apply to our restaurant. Sorry to tell, we only need one waiter and my cousin from Quảng Ngãi will come to work from next month. Good luck for you to find work.\n\nBest,\n{sig}\n{co}", "Bếp Nhà Saigon Kitchen", "bepnha-kitchen", tz="vn")
mr("s7", "Your application", "Dear {n},\n\nthanks for the interest in work in our engraving workshop. I am sorry, the place is already taken by the son of our master engraver, who finished the school in Kamenický Šenov. I wish you good luck.\n\n{sig}\n{co}", "Dílna Modrý Kámen", "modrykamen", tz="cz")
mr("s8", "Bar staff", "Hi {n},\n\nGood of you to drop in. Sorry now, but the job's after going to Mossie's young one, she's back from Tallaght for good. I'll give a shout if anything else turns up before the festival.\n\n{sig}\n{co}", "Quigley's Lounge", "quigleys-lounge", tz="ie")
mr("s9", "Re: attendant sign", "{n},\n\nAppreciate you asking about the attendant sign. Sorry – we're putting in card machines next month and won't need anyone on the floor after all. Took the sign down this morning.\n\n{sig}\n{co}", "Suds & Spin Laundromat", "sudsandspin", tz="usc")
mr("s10", "Bakery counter", "Bonjour {n},\n\nThanks for applying at the bakery. I'm sorry, my sister-in-law's boy from Matane is moving here and he'll take the morning counter. Bonne chance with the search.\n\n{sig}\n{co}", "Boulangerie du Quai", "boulangerie-quai", tz="cae")
mr("s11", "Surf shop job", "Kia ora {n},\n\nCheers for the application. Sorry – the summer's been quiet and we're cutting back to just the two of us behind the counter, so we can't take anyone on. Might look different by Labour weekend.\n\n{sig}\n{co}", "Ohope Swell Surf Co", "ohopeswell-surf", tz="nz")
mr("s12", "Nursery assistant", "Dear {n},\n\nThanks for the application to the nursery. Sorry, Mama Thembeka's grandson finished his horticulture course and is taking the assistant post. We hope something good comes your way.\n\n{sig}\n{co}", "Inanda Seedlings Nursery", "inanda-seedlings", tz="za")
mr("s13", "Sweet shop vacancy", "Dear {n},\n\nYour letter about the counter salesman post reached us. We regret that our old halwai's son has joined from his village and the post is filled. Best wishes.\n\n{sig}\n{co}", "Sri Annapoorani Sweets", "annapoorani-sweets", tz="in")
mr("s14", "Booking clerk", "Dear {n},\n\nThank you for applying as booking clerk at our stage. Sorry, the director's niece, who completed her certificate in Nkubu, has been given the job.\n\n{sig}\n{co}", "Tumaini Shuttle Services", "tumaini-shuttle", tz="ke")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nDiolch for Thursday – you know a ride-on inside out. The brothers went with {x} for the post, and he's due in on the first. Hope our paths cross at the show.\n\nHwyl,\n{sf}\n\n{OUT}", ("Teifi Valley Mowers", "Ballinamore Machinery Sales"), ("teifi-mowers", "ballinamore-machinery"), role=("Workshop Technician", "Parts Counter Assistant"), tz=("uk", "ie"), x=("a mechanic we trained ourselves", "a fitter who knows our parts system"))
mr("th2", "RE: [EXT] RE: {role}", "Hello {n},\n\nLovely meeting you last week. The office gave the role to {x}, and he has said yes. Thanks for your patience over these weeks – good luck for everything ahead!\n\n{sf}\n\n{ORIG}", ("Pettah Shipping Agencies", "Kwun Tong Logistics"), ("pettah-shipping", "kwuntong-logistics"), role=("Documentation Assistant", "Shipping Coordinator"), tz=("lk", "hk"), x=("a trainee from our Kalutara branch", "a coordinator from our airport office"))
mr("th3", "Re: [EXT] Re: {role}", "Dear {n},\n\nThanks for the good drive around the estate on Monday. The school owner has picked {x} for the instructor post, and the appointment was confirmed this morning. You handled the hill start test beautifully.\n\nBlessings,\n{sf}\n\n{GM}", ("Ntinda Safe Drive School", "Couva Pathway Driving Academy"), ("ntinda-safedrive", "couva-pathway"), role=("Driving Instructor", "Theory Class Assistant"), tz=("ug", "tt"), x=("an instructor who trained cadets with us", "a tutor who covered the theory classes last term"))
mr("th4", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat that you came down to the workshop. The collective picked {x}, and she'll begin after the school holidays. Your ideas for the kids' fix-it mornings got the whole room talking.\n\nKind regards,\n{sf}\n\n{RULE}", ("Canley Vale Bike Kitchen", "Kahurangi Cycle Co-op"), ("canleyvale-bikes", "kahurangi-cycles"), role=("Workshop Coordinator", "Youth Mechanic Mentor"), tz=("au", "nz"), x=("a volunteer who has run Saturday repairs for two years", "a former teacher from the district"))
mr("th5", "Re: [EXT] RE: {role}", "Hi {n},\n\nSo glad you came in and met the team. After a lot of talking, Marguerite chose {x}, who accepted yesterday. We loved your story about the hailstorm claims.\n\nAll the best,\n{sf}\n\n{OUT}", ("Juniper Ridge Insurance", "Cedarvale Brokerage"), ("juniperridge-ins", "cedarvale-brokerage"), role=("Claims Assistant", "Client Service Associate"), tz=("usm", "cap"), x=("an assistant who worked with her years ago", "an associate from an agency across town"))
mr("th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nGreetings and thanks for attending the panel. Management has settled on {x} for this position. All of us enjoyed the conversation and are grateful for your Saturday morning.\n\nWarm regards,\n{sf}\n\n{ORIG}", ("Ikeja Harvest Microfinance", "Kahawa Road Savings"), ("ikeja-harvest", "kahawaroad-savings"), role=("Loan Officer", "Field Credit Officer"), tz=("ng", "ke"), x=("an officer who did her NYSC year at our Allen branch", "an officer already working at our Kahawa West desk"))
mr("th7", "RE: [EXT] RE: {role}", "Hi {n},\n\nThanks for a lively demo show and chat. The station manager went with {x} for the breakfast slot. We loved the vox pops you recorded on the bus.\n\nCheers,\n{sf}\n\n{GM}", ("Radio Glanyrafon", "Sham Shui Po Community Radio"), ("radio-glanyrafon", "ssp-radio"), role=("Breakfast Presenter", "Youth Programme Producer"), tz=("uk", "hk"), x=("a presenter who grew up volunteering here", "a producer from our partner college"))
mr("th8", "Re: [EXT] Re: {role}", "Dear {n},\n\nLovely to have you visit the workshop, and thanks for the long talk. In the end the owner chose {x}, and he starts next Monday. It was nice to get to know you.\n\nBest regards,\n{sf}\n\n{RULE}", ("Hoa Sen Tailors", "Kovárna Beroun"), ("hoasen-tailors", "kovarna-beroun"), role=("Sewing Machinist", "Workshop Assistant"), tz=("vn", "cz"), x=("a machinist who worked with us in Hội An", "a former apprentice from the vocational school"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n—\n{co} · Careers\nBrowse store and depot vacancies, sign up for alerts whenever a branch near you is hiring,. Alerts can be paused from Preferences in your candidate profile. {co} values a workforce drawn from every community. Head office: {x}. You get this email since you applied on our careers pages."
mr("f1", "Your application to {co}", "Dear {n},\n\nThanks for applying for {role}. Your application has been unsuccessful this time, and it is now closed." + FOOT, ("Cambrian Pet Supplies", "Shamrock Pharmacy Group"), ("cambrian-pets", "shamrock-pharmacy"), frm="{co} Careers <careers@{dom}>", role=("Store Assistant", "Healthcare Counter Assistant"), tz=("uk", "ie"), x=("Llanfair Road Trading Estate, Mold", "Kilnamanagh Business Park, Tallaght"))
mr("f2", "{role} – application update", "Hi {n},\n\nWe appreciate your interest in {role} at {co}. Other candidates are moving forward, and yours closes here." + FOOT, ("Summit Stationers", "Rideau Music Exchange"), ("summit-stationers", "rideau-music"), frm="{co} Careers <careers@{dom}>", role=("Print Counter Associate", "Instrument Sales Associate"), tz=("usm", "cae"), x=("Foothill Commerce Park, Rexburg", "Princess Street Yards, Ontario"))
mr("f3", "Thanks for applying – {co}", "Hi {n},\n\nCheers for applying for {role}. Sadly the answer on this one is no, and the application has been closed." + FOOT, ("Tseung Kwan Electronics", "Kamo Phones & Tech"), ("tkwan-electronics", "kamo-phones"), frm="{co} Careers <careers@{dom}>", role=("Sales Consultant", "Repair Counter Technician"), tz=("hk", "nz"), x=("Kwai Chung Industrial Centre, Hong Kong", "Great South Road, Ngāruawāhia"))
mr("f4", "Application outcome – {role}", "Dear {n},\n\nRe your {role} application to {co}: Regrettably it was not successful." + FOOT, ("Mukono Fresh Market", "Chaguanas Family Supermarket"), ("mukono-freshmarket", "chaguanas-supermarket"), frm="{co} Careers <careers@{dom}>", role=("Stock Controller", "Cashier Supervisor"), tz=("ug", "tt"), x=("Jinja Road, Mukono", "Southern Main Road, Chaguanas"))
# ---- 9 hedged refusals
mr("h1", "{role} at {co}", "Dear {n},\n\nDiolch yn fawr for your interest in {role}. The field was strong, and on balance others' experience with {x} suited our current workload a little better. We do value the effort you made.\n\nWith best wishes,\n{sig}\n{co}", ("Pryce & Vaughan Translations", "Wanigasekera Language Services"), ("pryce-vaughan", "wanigasekera-lang"), role=("Welsh–English Translator", "Sinhala–English Translator"), tz=("uk", "lk"), x=("legal glossaries", "court interpreting"))
mr("h2", "Your application – {role}", "Hi {n},\n\nRe the {role} role: we've headed a different way with this hire and are bringing in someone with deeper {x}. It was close, and we enjoyed your portfolio.\n\nBest,\n{sig}\n{co}", ("Tsim Glyph Studio", "Harrowgate Web Works"), ("tsimglyph", "harrowgate-web"), role=("Junior Web Designer", "Front-End Developer"), tz=("hk", "usp"), x=("bilingual e-commerce sites", "accessibility auditing"))
mr("h3", "Application for {role}", "Dear {n},\n\nThanks for applying. We had several good people and the two going forward bring a bit more {x}, which fits our listings this year.\n\nRegards,\n{sig}\n{co}", ("Bowen & Rhys Estate Agents", "Ruwenzori Property Agency"), ("bowen-rhys", "ruwenzori-property"), role=("Lettings Negotiator", "Property Viewing Assistant"), tz=("uk", "ug"), x=("rural farmhouse sales", "rental management in Fort Portal"))
mr("h4", "{role} – decision", "Dear {n},\n\nGrateful you considered joining {co}. Other candidates' hands-on work with {x} matched the programme slightly more closely, so the programme is going ahead with them.\n\nKind regards,\n{sig}", ("Sunshine Roofs Solar Cooperative", "Kigezi Light Initiative"), ("sunshine-roofs", "kigezi-light"), role=("Field Officer", "Solar Technician"), tz=("tt", "ug"), x=("rooftop panel surveys", "solar home-system repairs"))
mr("h5", "Tuition centre tutor", "Dear {n},\n\nThanks for your interest in tutoring Secondary Maths with us. We have chosen to take this hire in another direction and look for someone with more O-level marking background. All the best.\n\n{sig}\n{co}", "Brightpath Learning Centre", "brightpath-learning", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood speaking earlier. As said, the client has opted for another candidate for {role}. That said, {x} – shall I send your details over? Tell me by Friday.\n\n{sig}\nSenior Consultant, {co}", ("Dyfed Talent Partners", "Chase Village Recruitment"), ("dyfed-talent", "chasevillage-rec"), role=("Production Planner", "Warehouse Supervisor"), tz=("uk", "tt"), x=("a creamery near Llandeilo needs a shift planner from March, similar pay", "a beverage distributor in Arima is after a night supervisor"))
mr("rc2", "{role} update + another opening", "Hi {n},\n\nGood to catch you this morning. The hiring manager chose an internal person for {role}, sorry. But I have {x}, which could suit you even better. OK to send your CV across?\n\n{sig}, {co}", ("Causeway Bay Search", "Kelaniya Career Link"), ("causewaybay-search", "kelaniya-careerlink"), role=("Merchandising Assistant", "Hotel Front Office Executive"), tz=("hk", "lk"), x=("a buyer's assistant role at a stationery chain", "a guest relations post at a resort in Bentota"))
mr("rc3", "Re: our chat", "Hi {n},\n\nAs promised, the feedback: the tile factory in Namanve has filled the shift lead role. I'm sorry. However, a cement depot outside Tororo wants a stores clerk – same hours, housing provided. Interested? Call me.\n\n{sig}\n{co}", "Kisoro Staffing Uganda", "kisoro-staffing", tz="ug")
mr("rc4", "{role} – where things stand", "Hello {n},\n\nQuick follow-up to our phone call. The {x} picked someone with more export experience for {role}, so that door is closed. Separately, {y} Worth a chat tomorrow?\n\n{sig}\n{co}", ("Ostrava Technical Staffing", "Saigon Bridge Recruitment"), ("ostrava-techstaff", "saigonbridge-rec"), role=("Logistics Coordinator", "Purchasing Assistant"), tz=("cz", "vn"), x=("bearing plant in Frýdek", "furniture exporter in Bình Dương"), y=("a forwarding company in Přerov wants a customs clerk from April.", "a garment factory in Thủ Đức needs a sourcing assistant, start next month."))
# ---- 8 public-sector notices
mr("ps1", "Eligibility decision – {role} ({ref})", "Dear {n},\n\nYour application for {role}, reference {ref}, was assessed against the minimum requirements and found ineligible: {x}. This decision closes your application for this vacancy.\n\n{co}\nRecruitment Services", ("Eryri Fire Control Centre", "Hong Kong Tree Management Office"), ("eryri-firecontrol", "hktmo"), frm="{co} <recruitment@{dom}>", role=("Fire Control Operator", "Tree Inspector II"), tz=("uk", "hk"), x=("no evidence of a typing test at 40 words per minute was supplied", "the arboriculture certificate listed as essential is missing"))
mr("ps2", "Certificate of eligibles – {role}", "Dear Applicant,\n\nRe announcement {ref}, {role}: rated qualified, you were placed {x}, and only the top-scoring group was certified for selection. No further action is required.\n\n{co}", ("Upper Basin Water Office, Grand Junction", "Western Public Works District"), ("grandjunction-bor", "wpwd-tt"), frm="{co} <staffing@{dom}>", role=("Engineering Technician GS-0802-07", "Works Overseer II"), tz=("usm", "tt"), x=("beyond the highest-scoring band", "under the merit-list cut-off"))
mr("ps3", "Vacancy cancelled – {role}", "Dear {n},\n\nPlease note the competition for {role} (ref. {ref}) has been cancelled, {x}. All applications to it are closed. Thanks for considering public service.\n\nHuman Resource Management\n{co}", ("Directorate of Rural Water Works", "Hong Kong Heritage Conservation Unit"), ("drww-ug", "hkhcu"), frm="{co} <hrm@{dom}>", role=("Assistant Water Officer", "Conservation Assistant"), tz=("ug", "hk"), x=("the post having moved to a new shared-services agency", "as its budget was reallocated to flood repairs"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nWritten examination results for {role} are out. You scored {x}; the qualifying mark was {y}, so your candidature ends here.\n\nExaminations Branch\n{co}", ("Uva Hills Provincial Service Commission", "Windward Tobago Service Commission"), ("uvahills-psc", "psc-tobago"), frm="{co} <exams@{dom}>", role=("Development Officer", "Clerk I"), tz=("lk", "tt"), x=("41", "47"), y=("50", "55"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} is no longer under consideration.\n\n— Applyvane, on behalf of {co}", ("Porthcawl Bay Hotel", "Tsuen Wan Plaza Management"), ("porthcawlbay-hotel", "twplaza"), frm="Applyvane <status@applyvane.example>", role=("Housekeeping Supervisor", "Property Officer"), tz=("uk", "hk"))
mr("at2", "{co}: application status changed", "<html><body><p>{n},</p><p>Status of your application <b>{role}</b> ({ref}): <b>Archived · Position filled</b></p><p>Statusowl for {co}</p></body></html>", ("Nile Crest Brewing Logistics", "Las Cuevas Beach Resort"), ("nilecrest-logistics", "lascuevas-resort"), frm="Statusowl <notify@statusowl.example>", role=("Fleet Dispatcher", "Lifeguard"), tz=("ug", "tt"))
mr("at3", "Application {ref}", "Dear {n},\n\nApplication {ref} – {role}\nCurrent stage: Unsuccessful\n\nJobspindle · {co}", ("Ratnapura Gem Exchange", "Plzeň Tram Works"), ("ratnapura-gems", "plzen-tramworks"), frm="Jobspindle <updates@jobspindle.example>", role=("Gem Sorting Assistant", "Maintenance Fitter"), tz=("lk", "cz"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Dear {n},\n\nRe your application to the {x}. Strong applications far outnumbered the few places, and, with regret, the cohort for this year is complete without you.\n\nEarly Careers Team\n{co}", ("Menai Archive Trust", "Tolo Harbour Engineering"), ("menai-archive", "toloharbour-eng"), frm="Early Careers <earlycareers@{dom}>", x=("Summer Archive Digitisation Internship", "Graduate Quantity Surveyor Programme 2026"), tz=("uk", "hk"))
mr("in2", "Internship decision", "Dear {n},\n\nSelection for the {x} at {co} is done, and your application was unsuccessful in this cycle. Please do try the next intake.\n\nInternship Coordinator", ("Nakasero Evening Drum Newsroom", "Blue Basin Broadcasting"), ("nakasero-newsroom", "bluebasin-broadcast"), frm="Internships <internships@{dom}>", x=("Newsroom Reporting Internship", "Radio Production Internship"), tz=("ug", "tt"))
mr("in3", "Graduate trainee programme – outcome", "Dear {n},\n\nThank you for joining us at the {x} assessment day. Having weighed every candidate, the panel has selected others for the programme this year. Every success to you.\n\nGraduate Recruitment\n{co}", ("Haldummulla Plantation Services", "Vinh Phát Textiles"), ("haldummulla-plant", "vinhphat-textiles"), frm="Graduate Recruitment <grad@{dom}>", x=("Management Trainee Programme (Plantations)", "Production Engineer Trainee Programme"), tz=("lk", "vn"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Received: {role} (R{ref})", "Dear {n},\n\nYour application for {role} (R{ref}) is in. If the requisition shuts before interviews, its line in your candidate home switches to Closed; until then it reads Under Review.\n\nTalent Acquisition, {co}", ("Penrhos Dairies", "Harbourline Ferries HK"), ("penrhos-dairies", "harbourline-hk"), frm="{co} Careers <careers-noreply@{dom}>", role=("Dairy Hygiene Operative", "Ferry Deckhand"), tz=("uk", "hk"))
mo(A, "gh", "{co} – application in", "Hi {n},\n\nWe've got your {role} application and a recruiter will read it personally. If we choose against moving ahead, an email will say so – nobody gets left guessing here.\n\nRecruiting, {co}", ("Farrowdale Instruments", "Bluewick Audio"), ("farrowdale", "bluewick-audio"), frm="{co} <no-reply@{dom}>", role=("Metrology Technician", "Speaker Cabinet Finisher"), tz=("use", "cz"))
mo(A, "lv", "{co} has your application", "{n}, hi –\n\nThis confirms your {role} application. Whatever comes of it, we'd keep your profile twelve months to flag later studio roles to you. Reply PURGE to opt out.\n\nPeople team, {co}", ("Tamarisk Letterworks", "Gullhaven Roastery"), ("tamarisk-letterworks", "gullhaven"), frm="{co} <hire@{dom}>", role=("Typesetter", "Roastery Packer"), tz=("nz", "cap"))
mo(A, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><p>Your application for <b>{role}</b> has reached us. Current status: <b>Received</b>. If an internal candidate fills the vacancy, the status turns to Closed and you're emailed.</p><p>{co} Hiring</p></body></html>", ("Sandcove Leisure", "Kolonnawa Freight"), ("sandcove-leisure", "kolonnawa-freight"), frm="{co} Hiring <jobs@{dom}>", role=("Swim Teacher", "Forklift Operator"), tz=("uk", "lk"))
mo(A, "ic", "{co}: submission logged", "Dear {n},\n\nYour submission for {role} (Job ID {ref}) is logged. Files lacking a required licence get marked Not Selected automatically, so do check yours is attached. Otherwise a recruiter looks at it inside ten working days.\n\n{co} Human Resources", ("Brightwater Utilities", "Eastbay Tramways"), ("brightwater-util", "eastbay-trams"), frm="{co} HR <hr-donotreply@{dom}>", role=("Water Sampler", "Depot Cleaner"), tz=("usm", "hk"))
mo(A, "tl", "Acknowledgement – posting {ref}", "Dear {n},\n\nYour application for {role} (posting {ref}) has been logged. Now and then a posting is pulled before its closing date; should that befall this one, all applicants are emailed that day.\n\n{co} Talent Services", ("Rathmullan Health Partnership", "Port Mourant Water Authority"), ("rathmullan-health", "pmwa-tt"), frm="{co} <talent@{dom}>", role=("Healthcare Assistant", "Meter Technician"), tz=("ie", "tt"))
mo(A, "wk", "Got your application, {n}", "Hey {n},\n\nCheers for applying for {role}! We read applications on Fridays and only message people we want on a trial – three quiet weeks means no luck this round.\n\n{co}", ("Mayfly Pho House", "Lantau Kayak Co"), ("mayfly-pho", "lantau-kayak"), frm="{co} <apply@{dom}>", role=("Spring Roll Prep Cook", "Boathouse Helper"), tz=("vn", "hk"))
mo(A, "bh", "Application received", "Hi {n},\n\nThanks for sending in your {role} application. We hope to add someone, though our current staff may soak up the extra hours, and in that case we'd tell you straight off. Whichever way it goes, there'll be an email.\n\n{co}", ("Ffynnon Physio", "Mapleburn Kennels"), ("ffynnon-physio", "mapleburn-kennels"), role=("Clinic Receptionist", "Dog Walker"), tz=("uk", "usc"))
mo(A, "tt", "Application is received", "Dear {n},\n\nthank you, your application to {role} is received. We go through all candidates after deadline. Successful or not successful, every applicant receive our answer in email.\n\nBest regards,\n{co}", ("Sklárna Vítkov", "Lúa Vàng Rice Trading"), ("sklarna-vitkov", "luavang-rice"), role=("Glass Packer", "Sales Assistant"), tz=("cz", "vn"))
mo(A, "pp", "Application received – {role}", "Dear {n},\n\nYour {role} application is here. After the closing date each is scored on the person spec, and anyone under the interview threshold hears by email within three weeks.\n\nRecruitment Team, {co}", ("Elenydd Heritage Trust", "Negombo Lagoon Society"), ("elenydd-heritage", "negombo-lagoon"), frm="Recruitment <recruitment@{dom}>", role=("Learning Officer", "Boat Tour Guide"), tz=("uk", "lk"))
mo(A, "jz", "Thanks for your application!", "Hi {n} – {role} at {co}, got it. I look at everything myself. Hired or passed over, it's me you'll hear it from.\n\n{sig}", ("Caroni Steel Orchestra Hall", "Sipi Falls Trails"), ("caroni-hall", "sipifalls-trails"), frm="{sig} <{sl}@{dom}>", role=("Front of House Assistant", "Camp Cook"), tz=("tt", "ug"))
mo(A, "as", "Application acknowledged", "Dear {n},\n\nGood day! Confirming receipt of your {role} application. Whether or not you move forward, kindly expect our reply inside two weeks. Thank you!\n\n{co}", ("Matale Hills Spice Collective", "Bujagali Riverbank Growers"), ("matalehills-spice", "bujagali-growers"), frm="{co} <{sl}@{dom}>", role=("Packing Supervisor", "Nursery Hand"), tz=("lk", "ug"))
mo(A, "cn", "Acknowledgement: {role}", "Dear {n},\n\nRef: {ref}\n\nYour {role} application has been logged. After the closing date comes shortlisting, and anyone left off the shortlist is told in writing.\n\nHuman Resources, {co}", ("Preseli Valleys Council", "Penal Hills Regional Corporation"), ("preseli-valleys", "penalhills-rc"), frm="{co} Human Resources <hr@{dom}>", role=("Refuse Collector", "Cemetery Caretaker"), tz=("uk", "tt"))
mo(A, "ps1", "Received – {ref}", "Dear {n},\n\nYour application for {role} ({ref}) has arrived. Each one is now checked against the minimum requirements; anyone judged ineligible is sent a written notice stating why. Nothing is needed from you meanwhile.\n\n{co}", ("Eryri Fire Control Centre", "Hong Kong Tree Management Office"), ("eryri-firecontrol", "hktmo"), frm="{co} <recruitment@{dom}>", role=("Control Room Operator", "Tree Inspector II"), tz=("uk", "hk"))
mo(A, "ps2", "Received: announcement {ref}", "Dear Applicant,\n\nYour application for {role} is on file. Once the announcement closes, qualified candidates are ranked, and interviews are arranged only with the names certified to the hiring office. Your status is online.\n\n{co}", ("Upper Basin Water Office, Grand Junction", "Western Public Works District"), ("grandjunction-bor", "wpwd-tt"), frm="{co} <staffing@{dom}>", role=("Hydrologic Technician", "Road Overseer"), tz=("usm", "tt"))
mo(A, "ps4", "Application received – written examination", "Dear {n},\n\nYour application for {role} is with us. All candidates sit a written examination, and anybody under the qualifying mark goes no further. Admission cards are posted two weeks ahead.\n\nExaminations Branch, {co}", ("Uva Hills Provincial Service Commission", "Windward Tobago Service Commission"), ("uvahills-psc", "psc-tobago"), frm="{co} <exams@{dom}>", role=("Management Assistant", "Clerk I"), tz=("lk", "tt"))
mo(A, "at1", "Application submitted: {role}", "Hi {n},\n\nYour {role} application at {co} went through. Status: In review. This address emails you whenever that changes, including if it's no longer under consideration.\n\n— Applyvane", ("Porthcawl Bay Hotel", "Tsuen Wan Plaza Management"), ("porthcawlbay-hotel", "twplaza"), frm="Applyvane <status@applyvane.example>", role=("Night Porter", "Car Park Attendant"), tz=("uk", "hk"))
mo(A, "in1", "Application received – {x}", "Dear {n},\n\nThe {x} has your application. Places are few and the field keen, so whatever the outcome, a letter will reach every applicant by the end of March.\n\nEarly Careers Team, {co}", ("Menai Archive Trust", "Tolo Harbour Engineering"), ("menai-archive", "toloharbour-eng"), frm="Early Careers <earlycareers@{dom}>", x=("Oral History Internship", "Graduate Site Engineer Programme"), tz=("uk", "hk"))
mo(A, "h1", "Your application – {co}", "Dear {n},\n\nMany thanks, your {role} application has landed and will be read with the rest. Should no interview follow, we'd hold your details six months, with consent.\n\n{sig}\n{co}", ("Pryce & Vaughan Translations", "Wanigasekera Language Services"), ("pryce-vaughan", "wanigasekera-lang"), role=("Proofreader", "Subtitle Checker"), tz=("uk", "lk"))
mo(A, "h3", "Application received", "Dear {n},\n\nThanks for applying to {co}. We'll read everything over the next fortnight. Whatever happens, your CV goes in the spring-rush folder.\n\n{sig}", ("Bowen & Rhys Estate Agents", "Ruwenzori Property Agency"), ("bowen-rhys", "ruwenzori-property"), role=("Office Junior", "Viewing Assistant"), tz=("uk", "ug"))
mo(A, "f1", "We have your application", "Dear {n},\n\nThanks for applying for {role} at {co}. Replies usually go out inside a fortnight; where there's been no word by then, please read the silence as a no for this vacancy.\n\n{co} Careers", ("Cambrian Pet Supplies", "Shamrock Pharmacy Group"), ("cambrian-pets", "shamrock-pharmacy"), frm="{co} Careers <careers@{dom}>", role=("Aquatics Assistant", "Pharmacy Cashier"), tz=("uk", "ie"))
mo(A, "f3", "Thanks for applying!", "Hi {n},\n\nCheers for applying for {role} with {co}. Only people picked for interview get a call from us. If you're not, don't be put off – fresh roles keep opening.\n\n{co} Careers", ("Tseung Kwan Electronics", "Kamo Phones & Tech"), ("tkwan-electronics", "kamo-phones"), frm="{co} Careers <careers@{dom}>", role=("Showroom Assistant", "Store Person"), tz=("hk", "nz"))
mo(A, "s1", "Job at Tŷ Coffi", "Hiya {n},\n\nGot your CV, diolch! I'll look properly at the weekend. If Mair ends up wanting the extra hours I'll ring and tell you, otherwise you'll come in for a trial.\n\nEirlys", "Tŷ Coffi Llanberis", "tycoffi", frm="Eirlys <eirlys@{dom}>", tz="uk")
mo(A, "s2", "Application received", "Dear {n},\n\nYour application for the counter assistant post reached us. Selected applicants get a call for a short meeting. If no call comes within two weeks, kindly understand we have gone with someone else.\n\n{co}", "Unawatuna Bakers", "unawatuna-bakers", tz="lk")
mo(A, "s3", "Re: part time job", "Hi {n}, got your message thanks. Boss decides next week. Hired or not hired we'll WhatsApp you, don't worry.\n{sig}", "Yau Ma Tei Noodle House", "ymt-noodles", tz="hk")
mo(A, "at2", "{co}: application received", "<html><body><p>{n},</p><p>Your application <b>{role}</b> ({ref}) is now <b>Submitted · Awaiting review</b>. If the position is filled or closed, this status changes and you'll be notified.</p><p>Statusowl for {co}</p></body></html>", ("Nile Crest Brewing Logistics", "Las Cuevas Beach Resort"), ("nilecrest-logistics", "lascuevas-resort"), frm="Statusowl <notify@statusowl.example>", role=("Route Planner", "Pool Bar Attendant"), tz=("ug", "tt"))
mo(A, "s4", "Your letter", "Dear {n},\n\nYour letter for the stores assistant job has reached us. The manager chooses next week and will phone those he wants to see; silence after two weeks means you were not picked this time.\n\n{sig}\n{co}", "Bweyogerere Timber Yard", "bweyo-timber", tz="ug")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nGot those, diolch. Could you call by to meet the brothers – {dl}, half ten? Do note: unfortunately the level crossing by the yard is shut for works that week, so come round by the bypass.\n\n{sf}\n\n{OUT}", ("Teifi Valley Mowers", "Ballinamore Machinery Sales"), ("teifi-mowers", "ballinamore-machinery"), role=("Workshop Technician", "Parts Counter Assistant"), tz=("uk", "ie"))
mo(IV, "th5", "RE: [EXT] RE: {role}", "Hi {n},\n\nLovely to hear back. Marguerite has {dl}, 2 PM, free to meet you – does that work? Unfortunately the front door code changed this week – buzz 14 and someone will let you up.\n\n{sf}\n\n{GM}", ("Juniper Ridge Insurance", "Cedarvale Brokerage"), ("juniperridge-ins", "cedarvale-brokerage"), role=("Claims Assistant", "Client Service Associate"), tz=("usm", "cap"))
mo(IV, "th3", "Re: [EXT] Re: {role}", "Dear {n},\n\nThanks for the documents. We invite you for an interview and a short practice drive on {dl} at 9 am. Unfortunately our training car is at the garage, so the drive will be in the owner's pickup.\n\n{sf}\n\n{RULE}", ("Ntinda Safe Drive School", "Couva Pathway Driving Academy"), ("ntinda-safedrive", "couva-pathway"), role=("Driving Instructor", "Theory Class Assistant"), tz=("ug", "tt"))
mo(IV, "th7", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for the note! Come and do a short test segment in studio B on {dl} at 6pm. Unfortunately the studio mic stand wobbles, so keep still when you talk.\n\n{sf}\n\n{ORIG}", ("Radio Glanyrafon", "Sham Shui Po Community Radio"), ("radio-glanyrafon", "ssp-radio"), role=("Breakfast Presenter", "Youth Programme Producer"), tz=("uk", "hk"))
mo(IV, "wk", "Trial shift – {role}", "Hi {n},\n\nPaid trial: {dl}, from 4pm – can you make it? Heads up: unfortunately the dish pit drain is playing up, so mind the mats. Wear closed shoes.\n\n{sig}\n{co}", ("Mayfly Pho House", "Lantau Kayak Co"), ("mayfly-pho", "lantau-kayak"), frm="{sig} via {co} <apply@{dom}>", role=("Line Cook", "Kayak Guide"), tz=("vn", "hk"))
mo(IV, "cn", "Invitation to interview – {role}", "Dear {n},\n\nRef: {ref}\n\nInterview for {role}: {dl}, 11:00, council offices, Room 3. Unfortunately visitors cannot park on site; the pay-and-display by the library is nearest.\n\nHuman Resources, {co}", ("Preseli Valleys Council", "Penal Hills Regional Corporation"), ("preseli-valleys", "penalhills-rc"), frm="{co} Human Resources <hr@{dom}>", role=("Highways Operative", "Market Clerk"), tz=("uk", "tt"))
mo(IV, "h2", "Interview – {role}", "Hi {n},\n\nCan you swing by the studio {dl}, 3pm? Bring a site or two you're proud of on a laptop. Unfortunately the studio cat sheds on everything, so maybe skip the black jumper.\n\n{sig}\n{co}", ("Tsim Glyph Studio", "Harrowgate Web Works"), ("tsimglyph", "harrowgate-web"), role=("Junior Web Designer", "Front-End Developer"), tz=("hk", "usp"))
mo(IV, "rc2", "Interview set – {role}", "Hi {n},\n\nGood news – the client will see you on {dl}, 10am, at their office. Unfortunately they ask that bags stay at reception, so travel light. Address to follow.\n\n{sig}, {co}", ("Causeway Bay Search", "Kelaniya Career Link"), ("causewaybay-search", "kelaniya-careerlink"), role=("Merchandising Assistant", "Front Office Executive"), tz=("hk", "lk"))
mo(NX, "ps4", "Document verification – {role}", "Dear {n},\n\nYou passed the written examination for {role}. Bring your original certificates, national identity card and two photographs for verification by {dl}. Unfortunately photocopies alone will be refused.\n\nExaminations Branch, {co}", ("Uva Hills Provincial Service Commission", "Windward Tobago Service Commission"), ("uvahills-psc", "psc-tobago"), frm="{co} <exams@{dom}>", role=("Development Officer", "Clerk I"), tz=("lk", "tt"))
mo(NX, "ic", "{co}: action required – {role}", "Dear {n},\n\nComplete the background check authorisation for {role} (Job ID {ref}) by {dl}, please. The form, unfortunately, times out after a quarter of an hour, so gather your past addresses before starting.\n\n{co} Human Resources", ("Brightwater Utilities", "Eastbay Tramways"), ("brightwater-util", "eastbay-trams"), frm="{co} HR <hr-donotreply@{dom}>", role=("Meter Reader", "Overhead Line Assistant"), tz=("usm", "hk"))
mo(NX, "in3", "Assessment centre – next stage", "Dear {n},\n\nCongratulations on reaching the next stage of the {x}. Upload your degree transcript and pick an assessment-centre date (deadline {dl}). Unfortunately travel for this stage is at your own cost.\n\nGraduate Recruitment, {co}", ("Haldummulla Plantation Services", "Vinh Phát Textiles"), ("haldummulla-plant", "vinhphat-textiles"), frm="Graduate Recruitment <grad@{dom}>", x=("Management Trainee Programme", "Production Engineer Trainee Programme"), tz=("lk", "vn"))
mo(NX, "rc1", "Next step – {role}", "Hi {n},\n\nBefore they set an interview, the client wants two references and a copy of your forklift licence. Could you get those to me by {dl}, ideally sooner? Phone-app scans, unfortunately, came out blurry last time, so a flatbed scan is best.\n\n{sig}, {co}", ("Dyfed Talent Partners", "Chase Village Recruitment"), ("dyfed-talent", "chasevillage-rec"), role=("Production Planner", "Warehouse Supervisor"), tz=("uk", "tt"))
mo(NX, "ps2", "Supplemental questionnaire – {ref}", "Dear {n},\n\nYou were referred for {role}. The supplemental questionnaire is waiting in your account; it's due {dl}. Answers sent by email, unfortunately, cannot count.\n\n{co}", ("Upper Basin Water Office, Grand Junction", "Western Public Works District"), ("grandjunction-bor", "wpwd-tt"), frm="{co} <staffing@{dom}>", role=("Engineering Technician", "Works Overseer II"), tz=("usm", "tt"))
mo(NX, "th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nThanks for attending the panel. Kindly send your guarantor form with your last payslip by {dl} so we can proceed. Unfortunately the branch photocopier is down, so scanned copies by email are best.\n\n{sf}\n\n{GM}", ("Ikeja Harvest Microfinance", "Kahawa Road Savings"), ("ikeja-harvest", "kahawaroad-savings"), role=("Loan Officer", "Field Credit Officer"), tz=("ng", "ke"))
mo(OF, "th8", "Re: [EXT] Re: {role}", "Dear {n},\n\nGood news – the owner offers you the job, starting {dl}. A warning: unfortunately the sewing floor has no air conditioning until June, so dress light.\n\nBest regards,\n{sf}\n\n{OUT}", ("Hoa Sen Tailors", "Kovárna Beroun"), ("hoasen-tailors", "kovarna-beroun"), role=("Sewing Machinist", "Workshop Assistant"), tz=("vn", "cz"))
mo(OF, "jz", "Offer – {role}", "Hi {n},\n\nWant the {role} job? It's yours – start date {dl}. Unfortunately the crew shirts haven't arrived, so dark clothes for the first few shifts. Reply to accept.\n\n{sig}\n{co}", ("Caroni Steel Orchestra Hall", "Sipi Falls Trails"), ("caroni-hall", "sipifalls-trails"), frm="{sig} <{sl}@{dom}>", role=("Stage Rigger", "Trail Porter"), tz=("tt", "ug"))
mo(OF, "s11", "Surf shop – you're in", "Kia ora {n},\n\nTurns out the summer picked up after all – the weekend counter spot is yours from {dl}, 9am. Unfortunately the board racks are still half built, so expect some heavy lifting.\n\n{sig}\n{co}", "Ohope Swell Surf Co", "ohopeswell-surf", tz="nz")
mo(OF, "bh", "Offer of employment – {role}", "Hi {n},\n\nPleased to tell you the {role} post is yours, starting {dl}. Your contract is in your account. Unfortunately parking permits take a week to come through.\n\nKind regards,\n{sig}\n{co}", ("Ffynnon Physio", "Mapleburn Kennels"), ("ffynnon-physio", "mapleburn-kennels"), role=("Weekend Receptionist", "Kennel Hand"), tz=("uk", "usc"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at2w", "{co}: application withdrawn", "<html><body><p>{n},</p><p>Your application <b>{role}</b> ({ref}) is now <b>Withdrawn · at candidate's request</b>. Reapplying stays possible while the posting is open.</p><p>Statusowl for {co}</p></body></html>", ("Nile Crest Brewing Logistics", "Las Cuevas Beach Resort"), ("nilecrest-logistics", "lascuevas-resort"), frm="Statusowl <notify@statusowl.example>", role=("Fleet Dispatcher", "Lifeguard"), tz=("ug", "tt"))
mo("other_job", "at3m", "Application {ref}", "Dear {n},\n\nApplication {ref} – {role}\nCurrent stage: With hiring manager\n\nJobspindle · {co}", ("Ratnapura Gem Exchange", "Plzeň Tram Works"), ("ratnapura-gems", "plzen-tramworks"), frm="Jobspindle <updates@jobspindle.example>", role=("Gem Sorting Assistant", "Maintenance Fitter"), tz=("lk", "cz"))
mo("other_job", "cnm", "Shortlisting date moved – {role}", "Dear {n},\n\nRef: {ref}\n\nShortlisting for {role} slips back a week because the panel is needed at the flood recovery meeting. We'll write once it's done.\n\nHuman Resources, {co}", "Preseli Valleys Council", "preseli-valleys", frm="{co} Human Resources <hr@{dom}>", role="Highways Operative", tz="uk")
mo("job_alert", "f2a", "New at {co} near you", "Hi {n},\n\nThree openings match your alert: Print Counter Associate (part-time), Stockroom Associate, Sheet Music Buyer. Popular ones close early, unfortunately, so don't sit on them.\n\n{co} Careers · Manage alerts in your profile", ("Summit Stationers", "Rideau Music Exchange"), ("summit-stationers", "rideau-music"), frm="{co} Careers <alerts@{dom}>", tz=("usm", "cae"))
mo("job_alert", "f4a", "This week's openings", "Dear {n},\n\nNew this week at {co}: Forklift Driver (Mukono), Merchandiser, Night Security. Sorry, walk-in applications are no longer taken – online only.\n\n{co} Careers", "Mukono Fresh Market", "mukono-freshmarket", frm="{co} Careers <alerts@{dom}>", tz="ug")
mo("recruiter_outreach", "pitch", "Opportunity – {role}", "Hi {n},\n\nSaw your profile and thought {role} with a client of mine might appeal, {x}. Decent pay and a 4-day week. Got a spare ten minutes for a call?\n\n{sig}\n{co}", ("Dyfed Talent Partners", "Causeway Bay Search"), ("dyfed-talent", "causewaybay-search"), role=("Stores Supervisor", "Customer Service Lead"), tz=("uk", "hk"), x=("a farm machinery dealer near Carmarthen", "a logistics firm in Kwai Chung"))
mo("non_job_rejection_words", "loan", "Your {x} application", "Dear {n},\n\nRe your {x} application to {co}. Having reviewed it, we cannot approve it at present. You may try again once ninety days have passed.\n\n{co} Lending", ("Cwmtawe Credit Union", "Nsambya Savings Circle"), ("cwmtawe-cu", "nsambya-savings"), frm="{co} <lending@{dom}>", x=("personal loan", "motorcycle loan"), tz=("uk", "ug"))
mo("non_job_rejection_words", "flat", "Re: the flat on {x}", "Hi {n},\n\nThanks for viewing. Sorry, the landlord picked another tenant who can move in sooner. Good luck with the hunt.\n\n{sig}\n{co}", ("Harbour Lettings", "Mid-Levels Property Agency"), ("harbour-lettings", "midlevels-agency"), x=("Heol y Cae", "Caine Road"), tz=("uk", "hk"))
mo("non_job_rejection_words", "grant", "Community fund – outcome", "Dear {n},\n\nThanks for applying to the neighbourhood fund for the steel pan repair project. Requests far exceeded the budget and the panel could not fund yours this round.\n\n{co}", "Marabella Community Fund", "marabella-fund", tz="tt")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("knife", "Kioskwren", "Sharpe's Mobile Grinding", "sharpes-grinding", "uk",
     ("Your message about the van job", "Hi {n},\n\nTa for answering the advert. Knifegrinding off the back of a van suits few people, and the round's taken by a lad who's worked the markets beside his dad from age twelve. Best of luck.\n\n{sig}"),
     (A, "Got your message – van job", "Hi {n},\n\nThanks for answering the advert about the knifegrinding van. I'm seeing three people Saturday. Whoever I pick, I'll text the others Sunday night so nobody's left waiting.\n\n{sig}"))
pair("stone", "Kiosklark", "Carreg Las Masonry", "carreglas-masonry", "uk",
     ("Apprentice mason", "Dear {n},\n\nDiolch for writing in. Our stonemasonry this year is mostly chapel restoration, so the place went to someone with a year of lime mortar training behind them. Pob hwyl.\n\n{sig}"),
     (IV, "Apprentice mason – come and see us", "Dear {n},\n\nDiolch for your letter. Fancy coming up to the yard {dl}, nine o'clock, to try some stonemasonry basics with us? Unfortunately the track floods in wet weather, so wellies please.\n\n{sig}"))
pair("clock", "Kioskfinch", "Horologium Brno", "horologium-brno", "cz",
     ("Workshop assistant", "Dear {n},\n\nthanks for the letter to our clockmaking workshop. After reading all of them we took a candidate who already repaired tower clocks in Přerov. Much success to you.\n\n{sig}"),
     (NX, "Workshop assistant – practical task", "Dear {n},\n\nthanks for the letter to our clockmaking workshop. Please send photos of one movement you cleaned, with short description, until {dl}. Unfortunately posted parts cannot come back to you.\n\n{sig}"))
pair("organ", "Kioskthrush", "Cragmoor Organ Builders", "cragmoor-organs", "uk",
     ("Voicing assistant", "Dear {n},\n\nOrganbuilding is a small world and your letter was one of many. We appointed a joiner who trained in Germany on tracker actions. With thanks for thinking of us.\n\n{sig}"),
     (OF, "Voicing assistant – offer", "Dear {n},\n\nCome and be our voicing assistant from {dl}. First months on pipe racks and organbuilding basics. Unfortunately our van seats only two, so some site days mean the train.\n\n{sig}"))
pair("smith", "Kioskrobin", "Cinderhorn Forge", "cinderhorn-forge", "usm",
     ("Forge helper", "Hi {n},\n\nAppreciate your note about the forge helper job. Blacksmithing drew a crowd this spring, and a fella who's already run a coal forge got it out on a ranch. Good luck to you.\n\n{sig}"),
     (IV, "Forge helper – trial day", "Hi {n},\n\nAppreciate your note. Want to spend {dl} at the shop? Trial day of basic blacksmithing. Unfortunately the AC is busted, so bring water and cotton clothes.\n\n{sig}"))
pair("lock", "Kioskstarling", "Keyright Locksmiths", "keyright-locks", "au",
     ("Trainee locksmith", "Hi {n},\n\nTrainee spot update: It's gone to an applicant halfway through a Certificate III in locksmithing. Cheers.\n\n{sig}"),
     (A, "Trainee locksmith – application in", "Hi {n},\n\nGot your note about the trainee locksmithing spot. I'll go through them over the weekend. No ring from me by Wednesday means it went elsewhere.\n\n{sig}"))
pair("shear", "Kioskheron", "Matagouri Run Shearing Gang", "matagouri-run", "nz",
     ("Shed hand job", "Kia ora {n},\n\nAppreciate the call re the shed hand spot. The gang's full for the sheepshearing run now – the boss took on his cousin from Mokau. All the best.\n\n{sig}"),
     (NX, "Shed hand job – paperwork", "Kia ora {n},\n\nGood to have you for the sheepshearing season. Flick me your tax number and account for pay by {dl} please. Unfortunately the quarters don't have wifi, so sort your phone data before you head out.\n\n{sig}"))
pair("tattoo", "Kioskplover", "Quillmark & Iris Studio", "quillmark-iris", "usp",
     ("Apprenticeship", "Hey {n},\n\nThanks for sending your portfolio. Tattooing apprenticeships are rare and we only take one a year; this year it went to an artist whose linework is a bit further along. Keep drawing.\n\n{sig}"),
     (IV, "Apprenticeship – portfolio review", "Hey {n},\n\nLoved your portfolio. Come in on {dl} at 1pm for a sit-down about the tattooing apprenticeship. Unfortunately street parking is awful on that block, so take the bus if you can.\n\n{sig}"))
pair("barber", "Kioskcurlew", "Fadeline Barbers Port of Spain", "fadeline-pos", "tt",
     ("Chair available", "Hi {n},\n\nThanks for coming by. The chair gone to a fella who already have a following in Woodbrook, so we full for now. Barbering is about clients and he bringing plenty. Keep in touch.\n\n{sig}"),
     (OF, "Chair available – offer", "Hi {n},\n\nWe want you on the second chair starting {dl}. Barbering hours 9 to 7, Tuesday to Saturday. Unfortunately the AC by the back chairs still acting up, so we moving you to the front.\n\n{sig}"))
pair("green", "Kioskswift", "Mynydd Golf Club", "mynydd-golf", "uk",
     ("Assistant greenkeeper", "Dear {n},\n\nRe assistant greenkeeper: the committee appointed someone who already holds NVQ Level 2 in greenkeeping and spraying tickets. The club is grateful you applied.\n\n{sig}"),
     (A, "Assistant greenkeeper – received", "Dear {n},\n\nRe assistant greenkeeper: interviews happen on the course in two weeks. Whatever the outcome, the club secretary writes to all who applied.\n\n{sig}"))
pair("caddy", "Kioskmartin", "Tai Po Links", "taipo-links", "hk",
     ("Caddie application", "Dear {n},\n\nCaddies from our junior programme took every caddying place this season. Every success to you.\n\n{sig}"),
     (IV, "Caddie assessment", "Dear {n},\n\nAbout caddying work at the club: please attend an assessment walk, {dl}, 7:30am. Unfortunately buggies are reserved for members, so wear good walking shoes.\n\n{sig}"))
pair("auction", "Kioskshrike", "Brennan & Daughters Auctioneers", "brennan-auctions", "ie",
     ("Saleroom porter", "Dear {n},\n\nThe porter role drew great interest, and the choice fell on a man who has worked livestock auctioneering marts out west. Best of luck.\n\n{sig}"),
     (NX, "Saleroom porter – references", "Dear {n},\n\nThank you for the chat. Before we go further, please send two references by {dl}. Auctioneering days are long, so we like to hear from previous employers. Unfortunately we cannot accept text-message references.\n\n{sig}"))
pair("gutter", "Kioskoriole", "Clearflow Guttering", "clearflow-gutters", "cae",
     ("Installer helper", "Hi {n},\n\nRe installer helper: we picked someone already comfortable on ladders at three storeys who has done seamless guttering before. Good luck out there.\n\n{sig}"),
     (A, "Installer helper – got it", "Hi {n},\n\nRe our guttering crew: we call people in for a ladder check next week. If the phone stays quiet by Friday, assume it's a pass this time.\n\n{sig}"))
pair("rat", "Kiosktern", "Mapgrove Pest Control", "mapgrove-pest", "uk",
     ("Field technician", "Dear {n},\n\nRatcatching on farms needs a full driving licence for the van, and we took on a driver who has held one five years. All the best.\n\n{sig}"),
     (IV, "Field technician – interview", "Dear {n},\n\nFancy talking ratcatching with us at the depot, {dl}, 11am? Unfortunately the depot smells a bit of bait, so don't wear your best.\n\n{sig}"))
pair("dog", "Kioskgannet", "Pawprint Walkers", "pawprint-walkers", "sg",
     ("Dog walker application", "Hi {n},\n\nThanks for applying to walk with us. Dogwalking slots round our estate filled up fast and we've taken on two walkers who live nearby. Do try again later in the year.\n\n{sig}"),
     (OF, "Welcome aboard – dog walker", "Hi {n},\n\nHappy to offer you the weekday morning dogwalking route, starting {dl}. Unfortunately we can only pay monthly, not weekly. Reply to confirm!\n\n{sig}"))
pair("zoo", "Kioskpetrel", "Kigungu Shore Animal Centre", "kigungu-animals", "ug",
     ("Keeper assistant", "Dear {n},\n\nThank you for applying for keeper assistant. We have chosen a candidate with a diploma in animal husbandry and prior zookeeping experience. We wish you success.\n\n{sig}"),
     (NX, "Keeper assistant – medical form", "Dear {n},\n\nFollowing your interview for zookeeping work, return the medical form plus your national ID copy by {dl}. Unfortunately we cannot start anyone without a tetanus certificate.\n\n{sig}"))
pair("snow", "Kioskegret", "Saddleback Ridge Mountain Ops", "saddleback-ops", "cap",
     ("Snowmaker application", "Hi {n},\n\nNight-shift snowmaking crews are small, and returning staff took every spot this year. Try us again next fall.\n\n{sig}"),
     (A, "Snowmaker – received", "Hi {n},\n\nSnowmaking crew applications: returning staff get first pick, then we phone new folks. Nothing by November means the crew is full.\n\n{sig}"))
pair("zip", "Kioskbittern", "Treeline Drift Adventures", "treelinedrift", "ph",
     ("Guide application", "Hi {n},\n\nThank you for applying as a guide. Our ziplining team for the summer is complete, as we hired guides already certified in rope rescue. We hope to see you next season.\n\n{sig}"),
     (IV, "Guide application – tryout", "Hi {n},\n\nThank you for applying as a ziplining guide. Tryout is {dl}, 8am. Unfortunately the ridge has zero signal, so tell your family you'll be offline.\n\n{sig}"))
pair("pilot", "Kioskwagtail", "Vanga Bay Pilotage Services", "vangabay-pilotage", "ke",
     ("Pilot boat deckhand", "Dear {n},\n\nPilotage launches need crew with a valid STCW basic safety certificate, and the deckhand post on our pilot boats went to a holder of one. Best wishes.\n\n{sig}"),
     (NX, "Deckhand – certificates", "Dear {n},\n\nThank you for applying for deckhand. Please send your STCW certificates and seaman's book by {dl} so we can check them for pilotage duties. Unfortunately expired certificates cannot be considered.\n\n{sig}"))
pair("harp", "Kioskpipit", "Telyn Aur Harps", "telynaur", "uk",
     ("Workshop place", "Annwyl {n},\n\nDiolch am ysgrifennu. Harpmaking is slow, careful work with room for one pair of hands, and the bench is going to a cabinetmaker from Corwen. Pob lwc.\n\n{sig}"),
     (A, "Workshop place – letter received", "Annwyl {n},\n\nDiolch am ysgrifennu about harpmaking at the workshop. I read the letters once the month is out. Yes or no, each gets a handwritten reply.\n\n{sig}"))
pair("sweep", "Kioskbunting", "Sootaway Sweeps", "sootaway", "uk",
     ("Sweep's mate", "Hi {n},\n\nChimneysweeping is mostly winter work and needs a van licence, so the young fella next door, who has one, is starting Monday. Cheers for asking.\n\n{sig}"),
     (OF, "Sweep's mate – start date", "Hi {n},\n\nYou're on, if you still want it. Start {dl}, 8am, chimneysweeping round in the valley. Unfortunately the brushes are ancient, so expect a sooty first week.\n\n{sig}"))
pair("hat", "Kiosklinnet", "Crownblock Loft", "crownblock-loft", "au",
     ("Studio assistant", "Hi {n},\n\nHatmaking for the racing season needs blocking experience, and we've hired someone who's steamed felts before. All the best.\n\n{sig}"),
     (IV, "Studio assistant – meet us", "Hi {n},\n\nCome to the loft {dl}, 10am, for a chat about hatmaking. Unfortunately our steamer hisses like a train; we'll chat in the back room.\n\n{sig}"))
pair("sail", "Kioskredpoll", "Chaguaramas Sail Loft", "chag-sails", "tt",
     ("Loft hand", "Hi {n},\n\nThanks for applying. Sailmaking is slow to learn and we took somebody who worked the loft last season. Hope you find a good spot.\n\n{sig}"),
     (NX, "Loft hand – one more thing", "Hi {n},\n\nBefore we talk about sailmaking shifts, send your ID and a police certificate by {dl}. Unfortunately the yard security insists on it.\n\n{sig}"))
pair("piano", "Kioskwaxwing", "Fortepiano Tuning Hanoi", "fortepiano-hn", "vn",
     ("Tuner trainee", "Dear {n},\n\nAbout pianotuning with us: we chose a trainee who studied at conservatory and already has good ear. Good luck in future.\n\n{sig}"),
     (A, "Tuner trainee – received", "Dear {n},\n\nWe received your application for pianotuning trainee. We will listen to all applicants in one week. Chosen or not chosen, we send message to everyone.\n\n{sig}"))
pair("pan", "Kioskchiffchaff", "Laventille Rhythm Steelband", "laventille-steel", "tt",
     ("Tuner's assistant", "Hi {n},\n\nThanks for asking about the tuner's assistant post. The steelband's captain chose a young man who has been sinking pans with us for three Carnivals. All the best.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Kioskdunnock weekly: trade jobs near you", "Hi {n},\n\nThis week on Kioskdunnock: wheel hub fitter, lido lifeguard, mobile knifegrinding round (van provided). Sorry, expired listings are removed after 30 days.\n\nKioskdunnock · change your alert settings in the app", "Kioskdunnock", "kioskdunnock", frm="Kioskdunnock <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nRe your allotment request at Heol Las: all plots are let for the year, so your application was unsuccessful. Your name remains listed for next year.\n\nAllotment Secretary\n{co}", "Heol Las Allotment Society", "heollas-allotments", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (srp 2, fas 2, est 2, ben, lit, lav, isl); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "تمور العقبة للتعبئة", "aqaba-dates", "jo",
   ("بخصوص طلبكِ لوظيفة مشرفة خط التعبئة", "السيدة {full} المحترمة،\n\nشكراً لاهتمامكِ بالعمل معنا في تعبئة التمور. قرأنا الطلبات كلها بعناية، واستقر رأي الإدارة على زميلة عملت سنوات في خطوط الفرز والتغليف. كل التوفيق لكِ في خطوتكِ القادمة.\n\nمع أطيب التحيات،\n{sig}"),
   (A, "وصلنا طلبكِ", "السيدة {full} المحترمة،\n\nطلبكِ لوظيفة مشرفة خط التعبئة بين أيدينا الآن. نحتاج نحو أسبوعين للمراجعة، وسيصلكِ منا ردّ مكتوب في الحالتين، قُبلتِ أو لم تُقبلي.\n\nمع أطيب التحيات،\n{sig}"))
lp("de", "de", "Schreinerei Holzwurm & Söhne", "holzwurm-schreinerei", "de",
   ("Ihre Bewerbung als Schreinergeselle", "Guten Tag {full},\n\nherzlichen Dank für Ihr Schreiben und das Interesse an unserer Werkstatt. Die Stelle geht an einen Gesellen, der schon lange Treppen und Geländer baut. Für die weitere Suche drücken wir Ihnen die Daumen.\n\nBeste Grüße aus der Werkstatt\n{sig}"),
   (IV, "Probetag in der Werkstatt", "Guten Tag {full},\n\nschön, dass Sie sich gemeldet haben. Kommen Sie doch am {dl} gegen 8 Uhr zu einem Probetag vorbei. Leider haben wir keinen eigenen Parkplatz; der Bus hält aber direkt am Hoftor.\n\nBeste Grüße aus der Werkstatt\n{sig}"))
lp("es", "es", "Quesería Peña Blanca", "quesos-penablanca", "es",
   ("Sobre tu candidatura a la quesería", "Hola {n}:\n\nMil gracias por escribirnos. Hemos mirado todos los perfiles con calma y la plaza se la damos a alguien que ya estuvo el año pasado con nosotros en el ordeño y la cuajada. Que tengas suerte ahí fuera.\n\nUn abrazo desde la quesería,\n{sig}"),
   (NX, "Papeles que nos faltan", "Hola {n}:\n\nPara seguir adelante necesitamos tu carné de manipulador de alimentos y tu número de afiliación antes del {dl}. Por desgracia, las fotos borrosas del móvil no nos sirven.\n\nUn abrazo desde la quesería,\n{sig}"))
lp("fr", "fr", "Atelier Vitrail Saint-Clair", "vitrail-saintclair", "fr",
   ("Votre candidature à l'atelier de vitrail", "Bonjour {full},\n\nMerci pour votre lettre et pour l'intérêt porté à notre atelier de vitrail. L'atelier a retenu un verrier rompu à la coupe et au sertissage au plomb. Bonne route pour la suite.\n\nBien à vous,\n{sig}"),
   (OF, "Votre arrivée à l'atelier", "Bonjour {full},\n\nNous vous confirmons avec plaisir le poste à l'atelier de vitrail, à compter du {dl}. Malheureusement, le four de cuisson sera en révision la première semaine : vous commencerez donc par la coupe.\n\nBien à vous,\n{sig}"))
lp("hi", "hi", "बनारस ज़री बुनाई कारख़ाना", "banaras-zari", "in",
   ("ज़री कारीगर पद पर आपका पत्र", "आदरणीय {full} जी,\n\nचिट्ठी के लिए हृदय से आभार। यह जगह अब एक पुराने ज़रदोज़ को दी जा चुकी है, जिनकी तीस बरस की कारीगरी बनारसी साड़ियों पर है। आगे के लिए ढेरों मंगलकामनाएँ।\n\nशुभेच्छु,\n{sig}"),
   (IV, "मिलने का समय", "आदरणीय {full} जी,\n\n{dl}, प्रातः साढ़े नौ तक कारख़ाने आइए, बैठकर बात करेंगे। खेद है कि गली में गाड़ी खड़ी करने की जगह नहीं है, इसलिए रिक्शा से आना ठीक रहेगा।\n\nशुभेच्छु,\n{sig}"))
lp("it", "it", "Ceramiche Borgo Fiorito", "ceramiche-borgo", "it",
   ("La sua candidatura in bottega", "Gentile {full},\n\nla ringraziamo per la lettera. Il posto al tornio va a una ceramista che lavora la maiolica da molti anni. Con stima, e auguri per tutto.\n\n{sig}\nCeramiche Borgo Fiorito"),
   (A, "Abbiamo la sua lettera", "Gentile {full},\n\nla sua lettera per il posto al tornio è arrivata. Entro fine mese le faremo sapere com'è andata, in un senso o nell'altro.\n\n{sig}\nCeramiche Borgo Fiorito"))
lp("ja", "ja", "丸山製麺所", "maruyama-seimen", "jp",
   ("製麺スタッフ応募の件", "{full} 様\n\nこのたびは当製麺所の求人にご関心をお寄せくださり、ありがとうございました。社内で慎重に話し合いました結果、今回はご期待に沿いかねる結論となりました。末筆ながら、{full} 様の今後のご健勝をお祈りいたします。\n\n{sig}"),
   (NX, "書類のご郵送について", "{full} 様\n\n先日は工場までお越しくださりありがとうございました。{dl}までに履歴書の原本と健康診断書をご郵送ください。なお、あいにく電子メールでの書類提出には対応しておりません。\n\n{sig}"))
lp("ko", "ko", "옹기마을 흙가마", "heukgama-onggi", "kr",
   ("옹기 공방 지원 결과", "{full} 님께\n\n흙가마 옹기 공방에 관심 가져 주셔서 고맙습니다. 여러 분과 이야기를 나눈 뒤, 가마 불 때기 경험이 오래된 분과 함께하기로 정했습니다. 하시는 일마다 잘 풀리시길 빕니다.\n\n{sig} 올림"),
   (IV, "공방 방문 일정", "{full} 님께\n\n{dl} 오후 두 시에 공방으로 와 주시면 이야기를 나누고 싶습니다. 아쉽게도 마을 길이 좁아 차를 세울 곳이 없으니 버스를 타고 오세요.\n\n{sig} 올림"))
lp("pt", "pt", "Conservas Maré Alta", "conservas-marealta", "pt",
   ("A sua candidatura à fábrica", "Olá {n},\n\nObrigada por se ter candidatado à nossa fábrica de conservas. A vaga ficou para alguém com anos de experiência na linha da sardinha em Matosinhos. Muita sorte na procura!\n\nUm abraço,\n{sig}"),
   (OF, "Boas-vindas à linha de enlatamento", "Olá {n},\n\nÉ com gosto que lhe confirmamos o lugar na linha de enlatamento, a começar a {dl}. Infelizmente a cantina fecha para obras nesse mês, por isso convém trazer marmita.\n\nUm abraço,\n{sig}"))
lp("ru", "ru", "Валяльная мастерская «Тёплый след»", "teplyi-sled", "ru",
   ("По поводу вашего отклика", "Здравствуйте, {full}!\n\nСпасибо, что написали нам. На место в валяльной мастерской мы пригласили мастера, который много лет валяет валенки вручную. Пусть поиски работы поскорее увенчаются успехом.\n\nВсего доброго,\n{sig}"),
   (NX, "Нужны документы", "Здравствуйте, {full}!\n\nНам нужен до {dl} скан паспорта и трудовой книжки. К сожалению, фотографии, снятые на телефон, бухгалтерия не принимает.\n\nВсего доброго,\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "viungo-kizimbani", "tz",
   ("Majibu kuhusu nafasi ya mwongozaji", "Habari {full},\n\nBarua yako imetufikia, asante. Nafasi ya mwongozaji wa wageni shambani tumempa kijana ambaye amekuwa akiwatembeza wageni kwenye mashamba ya karafuu kwa miaka mitatu. Mungu akujalie kazi njema.\n\nKila la kheri,\n{sig}"),
   (IV, "Karibu kwa mazungumzo", "Habari {full},\n\nTungependa uje shambani tarehe {dl} saa nne asubuhi kwa mazungumzo. Kwa bahati mbaya, wiki hii gari la shamba limeharibika, hivyo utahitaji kuja kwa daladala.\n\nKila la kheri,\n{sig}"))
lp("th", "th", "ร้านผ้าไหมบ้านครัว", "banklua-silk", "th",
   ("เรื่องตำแหน่งผู้ช่วยทอผ้า", "เรียน คุณ{full}\n\nขอบพระคุณที่ส่งจดหมายมาถึงร้านผ้าไหมของเราค่ะ ตำแหน่งผู้ช่วยทอผ้าครั้งนี้ เจ้าของร้านตัดสินใจรับคุณป้าที่ทอกี่มือมานานหลายปีแล้วค่ะ ขอเป็นกำลังใจให้นะคะ\n\n{sig}"),
   (A, "จดหมายของคุณมาถึงแล้ว", "เรียน คุณ{full}\n\nจดหมายสมัครงานของคุณมาถึงร้านเรียบร้อยค่ะ เจ้าของร้านจะโทรแจ้งทุกคนภายในสองอาทิตย์ จะรับหรือไม่รับก็จะโทรบอกค่ะ\n\n{sig}"))
lp("tr", "tr", "Kestane Şekercisi Hacı Dede", "kestane-hacidede", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nDükkânımıza yazdığınız için çok teşekkürler. Kestane şekeri kazanının başındaki yer için, yıllardır bu işi yapan bir ustayla anlaştık. Yolunuz açık olsun.\n\nSelamlar,\n{sig}"),
   (OF, "Aramıza hoş geldiniz", "Sayın {full},\n\nKestane şekeri atölyemizde çalışmanızı memnuniyetle teklif ediyoruz; ilk iş gününüz {dl}. Maalesef ilk ay servis aracı ayarlayamıyoruz, ulaşımı kendiniz sağlamanız gerekecek.\n\nSelamlar,\n{sig}"))
lp("ur", "ur", "کراچی ٹرک آرٹ ورکشاپ", "karachi-truckart", "pk",
   ("پینٹر کی جگہ کے بارے میں", "محترمہ {full}،\n\nآپ کا خط پہنچا اور ہم ممنون ہیں۔ ٹرکوں پر پھول بوٹے بنانے کی اس جگہ پر ایک تجربہ کار مصورہ کو رکھ لیا گیا ہے جو پندرہ برس سے کراچی کے اڈوں پر کام کرتی آئی ہیں۔ آگے کے لیے نیک تمنائیں۔\n\nخیر اندیش،\n{sig}"),
   (NX, "کاغذات بھجوا دیں", "محترمہ {full}،\n\nمہربانی کر کے اپنا شناختی کارڈ اور پچھلے کام کی تصویریں {dl} تک بھجوا دیں۔ افسوس ہے کہ دھندلی تصویریں نہیں چلیں گی۔\n\nخیر اندیش،\n{sig}"))
lp("zh", "zh", "苏州锦绣绣坊", "suzhou-jinxiu", "cn",
   ("关于绣娘岗位的答复", "{full}您好：\n\n谢谢您来信应聘我们绣坊的绣娘岗位。这次我们请了一位做了十几年双面绣的老师傅。祝您早日找到称心的工作。\n\n绣坊 {sig}"),
   (OF, "欢迎加入绣坊", "{full}您好：\n\n我们很高兴请您来绣坊做绣娘，{dl}起正式上班。遗憾的是员工宿舍暂时住满了，头一个月需要您自己找地方住。\n\n绣坊 {sig}"))
lp("srp1", "srp", "Радионица Дрвена Кућица", "drvenakucica", "rs",
   ("Одговор на вашу пријаву", "Добар дан, {full},\n\nхвала на пријави за посао помоћника у нашој радионици дрвених играчака. Након разговора са свим кандидатима, одлучили смо се за особу која већ има искуства са стругом. Желимо вам много среће у даљем тражењу посла.\n\nСрдачан поздрав,\n{sig}"),
   (A, "Пријава примљена", "Добар дан, {full},\n\nпримили смо вашу пријаву за место помоћника у радионици. Свим кандидатима ћемо се јавити до краја месеца, без обзира на то да ли буду изабрани или не.\n\nСрдачан поздрав,\n{sig}"))
lp("srp2", "srp", "Vinarija Župski Podrum", "zupski-podrum", "rs",
   ("Sezonski posao u berbi", "Dobar dan, {full},\n\nzahvaljujemo se na interesovanju za sezonski posao u berbi. Ove godine smo ekipu popunili ljudima koji su kod nas radili prethodnih sezona, pa vam ovog puta ne možemo ponuditi mesto. Srećno!\n\nPozdrav,\n{sig}"),
   (NX, "Potrebna dokumenta za berbu", "Dobar dan, {full},\n\nmolimo vas da nam do {dl} pošaljete fotokopiju lične karte i broj računa u banci. Nažalost, bez ovih podataka ne možemo da vas prijavimo za sezonu.\n\nPozdrav,\n{sig}"))
lp("fas1", "fas", "کارگاه فرش‌بافی گلستانه", "golestaneh-carpets", "ir",
   ("نتیجه درخواست همکاری", "{full} گرامی،\n\nاز اینکه برای همکاری در کارگاه فرش‌بافی ما درخواست فرستادید سپاسگزاریم. پس از بررسی همه درخواست‌ها، فردی را انتخاب کردیم که چند سال سابقه رنگرزی گیاهی دارد. در جست‌وجوی کار، بخت یارتان باد.\n\nبا احترام،\n{sig}"),
   (A, "درخواست شما دریافت شد", "{full} گرامی،\n\nدرخواست شما برای کار در کارگاه به دست ما رسید. تا دو هفته دیگر نتیجه را اعلام می‌کنیم؛ چه پذیرفته شوید و چه نه، پاسخ ما را دریافت خواهید کرد.\n\nبا احترام،\n{sig}"))
lp("fas2", "fas", "بسته‌بندی زعفران طلای سرخ", "talaye-sorkh", "ir",
   ("پاسخ به درخواست شما", "{full} گرامی،\n\nسپاس از علاقه شما به کار در واحد بسته‌بندی زعفران. متأسفانه این بار نتوانستیم درخواست شما را بپذیریم، چون همه جایگاه‌های فصل برداشت پر شده است. امیدواریم در فصل آینده با ما همکاری کنید.\n\nبا سپاس،\n{sig}"),
   (OF, "پیشنهاد همکاری", "{full} گرامی،\n\nخوشحالیم که به شما پیشنهاد کار در واحد بسته‌بندی را بدهیم؛ شروع کار از {dl} خواهد بود. متأسفانه سرویس رفت‌وآمد هنوز راه نیفتاده است.\n\nبا سپاس،\n{sig}"))
lp("est1", "est", "Võrumaa Saunameistrid", "saunameistrid", "ee",
   ("Vastus teie kandideerimisele", "Tere, {full}!\n\nAitäh, et kandideerisite meie saunaehituse meeskonda abitööliseks. Valisime seekord kandidaadi, kellel on juba palkehituse kogemus. Soovime teile edu edaspidiseks!\n\nParimate soovidega\n{sig}"),
   (IV, "Kutse vestlusele", "Tere, {full}!\n\nKutsume teid vestlusele meie töökotta {dl} kell 10. Kahjuks pole töökoja juures parkimiskohti, seega palun tulge bussiga.\n\nParimate soovidega\n{sig}"))
lp("est2", "est", "Sõrve Kalasuitsutus", "sorve-suitsutus", "ee",
   ("Töökoha kohta", "Tere, {full}!\n\nTäname huvi eest meie kalasuitsutuskoja vastu. Kahjuks ei saa me teile seekord tööd pakkuda, sest võtsime tööle kohaliku inimese, kes on varem suitsuahjudega töötanud.\n\nLugupidamisega\n{sig}"),
   (OF, "Tööpakkumine", "Tere, {full}!\n\nRõõm on pakkuda teile tööd meie suitsutuskojas alates {dl}. Kahjuks ei saa me esimesel kuul majutust pakkuda.\n\nLugupidamisega\n{sig}"))
lp("ben", "ben", "রূপগঞ্জ জামদানি তাঁতঘর", "rupganj-jamdani", "bd",
   ("আপনার আবেদনের বিষয়ে", "প্রিয় {full},\n\nতাঁতঘরের সহকারী পদে আপনার চিঠি পেয়েছি, অনেক ধন্যবাদ। পদটিতে নেওয়া হয়েছে পাশের গ্রামের এক প্রবীণ তাঁতিকে, বিশ বছরের হাতের কাজ তাঁর। সামনের দিনগুলো ভালো কাটুক।\n\nভালো থাকবেন,\n{sig}"),
   (IV, "তাঁতঘরে আসার দিন", "প্রিয় {full},\n\n{dl} তারিখ সকাল দশটায় তাঁতঘরে এসে আমাদের সঙ্গে কথা বলুন। আফসোস, ঘাট থেকে তাঁতঘর পর্যন্ত রিকশা ছাড়া কিছু চলে না।\n\nভালো থাকবেন,\n{sig}"))
lp("lit", "lit", "Kepykla Ruginis Kampas", "ruginis-kampas", "lt",
   ("Dėl jūsų paraiškos", "Sveiki, {full},\n\ndėkojame, kad domitės darbu mūsų duonos kepykloje. Įvertinę visas paraiškas, pasirinkome kandidatą, kuris jau turi kepėjo patirties. Linkime sėkmės ieškant darbo.\n\nPagarbiai\n{sig}"),
   (A, "Paraiška gauta", "Sveiki, {full},\n\ngavome jūsų paraišką darbui kepykloje. Atsakymą, nesvarbu, teigiamą ar neigiamą, atsiųsime per dvi savaites.\n\nPagarbiai\n{sig}"))
lp("lav", "lav", "Kuldīgas Keramikas Darbnīca", "kuldiga-keramika", "lv",
   ("Par jūsu pieteikumu", "Labdien, {full}!\n\nPaldies par pieteikumu darbam mūsu keramikas darbnīcā. Izvērtējot visus pieteikumus, izvēlējāmies kandidātu ar lielāku pieredzi darbā ar podnieka ripu. Lai veicas jaunajos meklējumos!\n\nAr cieņu\n{sig}"),
   (NX, "Nepieciešamie dokumenti", "Labdien, {full}!\n\nLūdzu, atsūtiet mums savu izglītības dokumentu kopiju līdz {dl}. Diemžēl bez tās nevaram noslēgt līgumu.\n\nAr cieņu\n{sig}"))
lp("isl", "isl", "Hestaleigan Hófadynur", "hofadynur", "is",
   ("Umsókn þín", "Góðan dag {full},\n\ntakk fyrir umsóknina um sumarstarf á hestaleigunni okkar. Starfið fékk reyndur tamningamaður úr sveitinni. Gangi þér vel í atvinnuleitinni.\n\nKveðja,\n{sig}"))

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
        rec["id"] = f"blind94:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 92; slice 93, this slice and any later one are skipped by number."""
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
