# ruff: noqa: E501, S311
"""Write the hundred-and-seventh sealed blind slice for issue 11 (blind-slice-107.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 106; slice 107 and later never read; our side printed)
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

SEED = 1071071
HERE = Path(__file__).resolve().parent
THIS_SLICE = 107
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 107  # this slice, slice 108 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Carys Pritchard", "Mohamed Sesay", "Anjali Ramsaran", "Jezreel Maeke", "Kasia Wróblewska",
    "Liang Yuxuan", "Tobias Hennessy", "Fatmata Kamara", "Deshawn Boodram", "Ruthie Galo",
    "Bartosz Mazurek", "Zhou Minghui", "Rhiannon Bevan", "Abubakar Conteh", "Keisha Ali-Mohan",
    "Hendrick Tanito", "Wojtek Sadowski", "Xu Jiayi", "Ellis Broadbent", "Isatu Bangura",
    "Shalini Persad", "Clement Sikua", "Marta Zielińska", "Huang Zihan", "Jolene Parry",
    "Osman Kargbo", "Darius Mohammed", "Priscilla Haomae", "Gwyneth Lloyd", "Anders Kjeldsen",
    "Temitope Alade", "Rosalind Okafor-Hart", "Jarrah Whitlock", "Mei-Ling Soo", "Nathaniel Quashie",
]
REGION_SIGNERS = {
    "uk": ["Dai Jenkins-Powell", "Sian Beddoe", "Gethin Howells", "Lowri Watkins", "Emlyn Prosser", "Nerys Price"],
    "ie": ["Ciarán Moloney", "Orla Brennock", "Eimear Tobin"],
    "us": ["Lorraine Kubiak", "Terrence Vaughn-Biggs", "Alondra Treviño", "Wes Haldane"],
    "ca": ["Nadine Thibodeau", "Gurpreet Dhaliwal", "Colin MacAskill"],
    "au": ["Sharon Pickering", "Darcy Huxtable", "Kylie Bruhn", "Merv Tanner"],
    "nz": ["Aroha Tipene", "Fergus Lindqvist", "Sione Fifita"],
    "za": ["Thandeka Zungu", "Riaan du Plessis", "Lerato Mofokeng"],
    "in": ["Radhika Menon", "Sandeep Bhullar", "Anil Kuruvilla"],
    "ng": ["Chiamaka Eze", "Tunde Bakare"],
    "sl": ["Aminata Jalloh", "Foday Turay", "Mariama Sankoh"],
    "tt": ["Rajesh Maharaj-Singh", "Kerri-Ann Joseph", "Anthony Ramcharan"],
    "sb": ["John Maeliau", "Ruth Fa'arodo", "Kevin Houanihau"],
    "pl": ["Agnieszka Nowicka", "Piotr Kaczmarczyk"], "cn": ["Wang Jingyi", "Sun Haoran"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "hi": "us", "cae": "ca", "cap": "ca", "nt": "au", "sa": "au", "qld": "au",
}
LANG_SIGNERS = {
    "ar": ["سلمى الكعبي", "خالد المهيري"], "de": ["Henrike Wolters", "Matthias Kühnel"],
    "es": ["Montserrat Quiroga", "Esteban Villalobos"], "fr": ["Maëlle Guérin", "Arnaud Lefebvre"],
    "hi": ["सुनीता रावत", "विवेक चौहान"], "it": ["Federica Mancuso", "Alessandro Rinaldi"],
    "ja": ["佐藤 美咲", "高橋 誠"], "ko": ["이수진", "최민호"], "pt": ["Fernanda Ribeiro", "Thiago Moreira"],
    "ru": ["Ольга Смирнова", "Игорь Васильев"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["สุภาพร ใจดี", "อรทัย ศรีสุข"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["رخسانہ ملک", "عمران شیخ"], "zh": ["李晓燕", "张伟明"],
    "dan": ["Mette Thygesen", "Rasmus Kjær"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "hrv": ["Ivana Babić", "Marko Horvat"], "msa": ["Nurul Aina Rahman", "Hafiz Ismail"],
    "tgl": ["Maricel Dela Cruz", "Jonel Santiago"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة السويدي", "مريم الشامسي"], "de": ["Annika Reuter", "Jonas Haberl"],
    "es": ["Lucía Berrocal", "Gonzalo Iriarte"], "fr": ["Inès Charpentier", "Hugo Delmas"],
    "hi": ["अंकिता सक्सेना", "रोहन पाठक"], "it": ["Giulia Santoro", "Davide Colombo"],
    "ja": ["中村 優奈", "伊藤 大輝"], "ko": ["한지민", "윤서준"], "pt": ["Camila Duarte", "Rafael Nogueira"],
    "ru": ["Анна Лебедева", "Максим Фёдоров"], "sw": ["Amina Njeri", "Brian Kiprop"],
    "th": ["ณัฐพล วงศ์ใหญ่", "พิมพ์ชนก ทองดี"], "tr": ["Deniz Arslan", "Ceren Öztürk"],
    "ur": ["سعدیہ انور", "ثمینہ حیات"], "zh": ["赵雨桐", "孙浩宇"],
    "dan": ["Sofie Lindholm", "Mikkel Bach"], "ukr": ["Ірина Ковальчук", "Андрій Шевчук"],
    "hrv": ["Petra Knežević", "Luka Jurić"], "msa": ["Siti Aisyah Kamal", "Amirul Hakim"],
    "tgl": ["Kristine Mae Reyes", "Paolo Villanueva"],
}
GIVEN = {
    "Liang Yuxuan": "Yuxuan", "Zhou Minghui": "Minghui", "Xu Jiayi": "Jiayi", "Huang Zihan": "Zihan",
    "Wang Jingyi": "Jingyi", "Sun Haoran": "Haoran", "Siti Aisyah Kamal": "Aisyah", "Nurul Aina Rahman": "Aina",
}
PROVIDERS = ["slatebox", "heronpost", "cwtchmail", "palmwire", "lagoonmail", "dinglemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "hi": ("-1000", None, ""), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "br": ("-0300", None, ""), "tt": ("-0400", None, ""), "sl": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "qld": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "sb": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "hi", "cae", "cap")
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
QNOTE = "\n{sf}, cheers for the walk round the bottling line on Thursday. HGV class 2 valid to 2027; Mr Okoro (old gaffer) answers after five.\n{n}"
FOOT = "\n—\n{co} Careers · Vacancy Pings: alerts when posts open close by · Counter Talk, our colleague bulletin, out the first Friday monthly · Nominate a friend, get a gift card after their probation · Email settings under My Profile › Messages · This sender address is unattended · {co}, registered office on file"
QUOTES = {"{FOOT}": FOOT, "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "{co}: update on requisition R-{ref} ({role})",
   "Hello {n},\n\nWe've now closed requisition R-{ref} for {role}. Another applicant, whose recent work maps almost exactly onto the shift pattern and duties, has been hired.\n\nYour Candidate Home login remains active for other openings at {co}.\n\nTalent Acquisition, {co}",
   ("Cwmbrith Coaches", "Couva Fizz Bottlers"), ("cwmbrithcoaches", "couvafizz"), frm="{co} Careers <careers.noreply@{dom}>", role=("Depot Fitter", "Line Mechanic"), tz=("uk", "tt"))
mr("gh-final", "Your application to {co}",
   "Hi {n},\n\nQuick note from the {co} hiring team on {role}: our final-stage candidate accepted yesterday, which wraps up the search and closes your application.\n\nWe liked your take-home answers, for what it's worth.\n\n{sig}\nRecruiting Coordinator",
   ("Skylark Survey Drones", "Parolo Language Lab"), ("skylarkdrones", "parolo"), role=("Flight Ops Analyst", "Content Designer"), tz=("usp", "ie"))
mr("lv-pool", "{role} – {co}",
   "Dear {n},\n\nThe {role} vacancy has gone to someone else. For a year your details remain in our talent base, where recruiters may dip in for similar posts. If you would sooner be taken out, answer this email with the word REMOVE.\n\nKind regards,\n{co} People",
   ("Verminguard Franchise", "Tulagi Tuna Canning"), ("verminguard", "tulagituna"), frm="{co} People <people@{dom}>", role=("Field Technician", "Quality Checker"), tz=("use", "sb"))
mr("sr-table", "Application status: {role}",
   "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Ref</td><td>{ref}</td></tr><tr><td>Status</td><td><b>Closed – offer made to a different applicant</b></td></tr></table><p>Feel free to apply again as new shifts go live.</p><p>{co} Recruitment</p></body></html>",
   ("Roadhop Car Hire", "Reelhouse Cinemas"), ("roadhop", "reelhouse"), frm="{co} Jobs <jobs@{dom}>", role=("Rental Desk Agent", "Projection Assistant"), tz=("cae", "nz"))
mr("ic-screen", "{co} – {role} (Req {ref})",
   "Dear {n},\n\nYour application was screened against the role's must-haves and has been set to: Not Advanced – {x}.\n\nThis ends our consideration for {role}. A fresh application is welcome once you hold it.\n\n{co} Talent Team",
   ("Blaenavon Timber & Sheet", "Kidsafe After-School Clubs"), ("blaenavontimber", "kidsafeclubs"), frm="{co} Talent <talent@{dom}>", role=("Yard Operative", "Play Leader"), x=("Counterbalance Forklift Licence Not Evidenced", "Working With Children Check Not Supplied"), tz=("uk", "au"))
mr("tl-cancel", "Requisition {ref} – {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) has been cancelled after {x}. Every application on it, yours too, is closed; interviews will not take place.\n\nYour time on this was appreciated.\n{co} Human Resources",
   ("Kielce Window Systems", "Kenema Cocoa Exporters"), ("kielcewindows", "kenemacocoa"), frm="{co} HR <hr.system@{dom}>", role=("Shift Planner", "Warehouse Clerk"), x=("a merger of two production halls", "a drop in the season's purchase volumes"), tz=("pl", "sl"))
mr("wk-trial", "{co}: {role}",
   "Hi {n}, cheers for applying. We had {x} people after {role} and ran trial days with six of them. One of those six starts next week, so we're shutting the ad now. Good luck out there.\n\n{sig}, {co}",
   ("Boulia Downs Station", "Siparia Roti Hut"), ("bouliadowns", "siparia-roti"), role=("Station Hand", "Counter and Kitchen Help"), x=("74", "39"), tz=("qld", "tt"))
mr("bb-hours", "About the {role} hours",
   "Hello {n},\n\nTa for your details re {role} at {co}. Before the ad went out our current team got to bid for the hours, and between them they've taken the lot. There isn't a post left to offer, I'm afraid.\n\n{sig}\nDuty Manager",
   ("Tenpinnery Bowl", "Maesteg Leisure Baths"), ("tenpinnery", "maestegbaths"), role=("Lane Attendant", "Poolside Lifeguard"), tz=("usc", "uk"))
mr("tt-accent", "Regarding your application – {role}",
   "{x}\n\n{sig}\n{co}",
   ("Rzeszow Glazing Works", "Yiwu Brightpath Lighting"), ("rzeszowglazing", "brightpathled"), role=("Export Sales Assistant", "Overseas Buyer Liaison"),
   x=("Dear Mr/Mrs {n},\n\nWe thank very much for sending documents to our company. After analysis of documents we decided for other candidate, having bigger experience on German market. We wish you success in further professional way.\n\nWith regards,", "Dear {n},\n\nThank you for your kindly application. Very sorry to inform that our manager already choose another person for this position, his experience is more suitable. Hope you can find good job soon, and welcome to keep contact with us.\n\nBest wishes,"), tz=("pl", "cn"))
mr("pp-score", "{co} – outcome for {role}",
   "Dear {n},\n\nTwo panel members scored every written answer for {role} separately. Your combined mark came to {x} out of 60; the people invited to interview were on {y} or above. This round ends here for your application.\n\n{sig}\nRecruitment, {co}",
   ("Tredegar Homes Association", "Fairshare Food Larder"), ("tredegarhomes", "fairsharelarder"), role=("Income Officer", "Volunteer Coordinator"), x=("31", "27"), y=("40", "36"), tz=("uk", "cae"))
mr("jz-down", "{role} at {co}",
   "Hey {n} – our {role} ad came down today. Someone's filled the spot, so we're not carrying on with the rest. Thanks heaps for throwing your hat in.\n\n– {sig}",
   ("Packright Removals", "Needlewick Tattoo"), ("packright", "needlewick"), role=("Removals Porter", "Studio Receptionist"), tz=("au", "usm"))
mr("ash-debrief", "{co} | {role} next steps",
   "Hi {n},\n\nThe team loved the hours you spent with them. Friday's debrief landed on another candidate, whose background fits more snugly with what {role} needs across the coming two quarters.\n\nShould a better-fitting role appear, we'll reach out.\n\n{sig}, Talent",
   ("Soilpulse Sensors", "Latchkey Security Labs"), ("soilpulse", "latchkeylabs"), role=("Embedded Engineer", "Detection Engineer"), tz=("nz", "use"))
mr("club-fb", "Your application – {role}",
   "Dear {n},\n\nRe: {role}. Interest ran high; the panel is progressing other applicants. With numbers like that, one-to-one feedback is beyond us.\n\n{sig}\nOn behalf of {co}",
   ("Treharris Rugby & Social Club", "Noro Harbour Shipping Agency"), ("treharrisrfc", "noroshipping"), role=("Bar and Cellar Manager", "Port Documentation Clerk"), tz=("uk", "sb"))
mr("valleys-chippy", "the job at the chippy",
   "Alright {n} love,\n\nTa for bringing that CV of yours round last week. Tidy CV it was too. Only thing is, our Rhys's cousin have took the Friday and Saturday shifts so there's nothing going now. Pop in for a chips and curry sauce on us anyway.\n\nTa-ra now,\n{sig}\n{co}",
   "Pantglas Plaice & Chips", "pantglasplaice", tz="uk")
mr("sl-palmoil", "RE: APPLICATION FOR {role}",
   "Dear {n},\n\nWe thank you plenty for your application. Management has looked at all the papers and we have taken another person who is from this chiefdom and know the mill work well. Please do not lose heart, more work will come. God bless you and your family.\n\n{sig}\nAdmin Officer, {co}",
   "Lumley Red Palm Oil Mill", "lumleyredpalm", role="STORE KEEPER", tz="sl")
mr("tt-doubles", "bout the vendor job",
   "Morning {n}, sorry eh, we done give the job to somebody else who could reach for 5am every day. Real nice meeting you by the stand though. Check we again when Carnival season coming, we does need extra hands then.\n\n{sig}\n{co}",
   "Tunapuna Channa & Doubles", "tunapunadoubles", tz="tt")
mr("sb-dive", "Dive shop job",
   "Hello {n},\n\nTagio tumas for your letter for the {role} work. Boss bin choose one man from Gizo side who has the instructor ticket already. Maybe next time when we open the second boat. God bless.\n\n{sig}\n{co}",
   "Kirakira Reef Divers", "kirakirareef", role="Dive Boat Crew", tz="sb")
mr("outback-roadhouse", "Roadhouse job",
   "G'day {n},\n\nThanks for the email about cooking out here. Job's gone to a fella with two wet seasons at Tibooburra under his belt who reckons the flies don't bother him. No hard feelings mate. Should he clear off, I'll ring ya.\n\nCheers,\n{sig}\n{co}",
   "Wilcannia Crossing Roadhouse", "wilcanniaroadhouse", tz="sa")
mr("pl-bus", "Information about recruitment – {role}",
   "Good morning,\n\nWe kindly inform that your candidacy for the position {role} was not chosen in this recruitment process. The decision was made basing on the comparison of all received applications. We thank for your time and wish you good luck.\n\nBest regards,\n{sig}\nHR Department, {co}",
   "Bydgoszcz City Coaches", "bydgoszczcoaches", role="Bus Driver (cat. D)", tz="pl")
mr("cn-trade", "Re: Application of {role}",
   "Dear {n},\n\nThanks for your application and patience. After our HR discuss with the department head, we think your background is not so match with this position, so we cannot arrange the next round for you. Wish you all the best!\n\n{sig}\n{co}",
   "Dongguan Loomgrain Trading Co.", "loomgrain-dg", role="Merchandiser (English)", tz="cn")
mr("us-wash", "Re: Car wash attendant",
   "Hey {n}, appreciate you stopping by Saturday. We ended up hiring two high school kids for summer, so we're covered. Hang onto your number though.\n\n{sig}\n{co}",
   "Foamline Auto Spa", "foamline", tz="usc")
mr("ca-sugar", "Seasonal crew – {co}",
   "Bonjour-hi {n},\n\nMerci for applying to tap and boil with us this spring. We had more returning crew than expected and every spot is now spoken for. Try us again come February when we start hiring.\n\n{sig}\n{co}",
   "Érablière Côte-Brune", "cotebrune", tz="cae")
mr("ie-pubkitchen", "Commis chef position",
   "Hi {n},\n\nYou were great on Thursday's trial shift, thanks a million. In the end we're taking on a person who can cover Sunday split shifts too. Mind yourself, and sure call in for a bite some evening.\n\n{sig}\nHead Chef, {co}",
   "The Crooked Kettle, Ballyfane", "crookedkettle", tz="ie")
mr("nz-shearing", "Shed hand job",
   "Kia ora {n},\n\nTa for the email about shed-hand work. Main-shear gang is sorted now, we've picked up two of last season's crew again. Keep us in mind for crutching in autumn.\n\nNgā mihi,\n{sig}\n{co}",
   "Snowgrass Ridge Shearing", "snowgrassridge", tz="nz")
mr("in-spice", "Your application for {role}",
   "Dear {n},\n\nSub: your candidature, post of {role}. Please note the vacancy stands filled by an employee transferred from our Kottayam branch. Your papers are retained with us for future requirement.\n\nRegards,\n{sig}\nPersonnel Section, {co}",
   "Malabar Spicecoast Traders", "spicecoast", role="Accounts Assistant", tz="in")
mr("za-taxi", "Office admin post",
   "Hi {n},\n\nYour letter came about the admin job at the association office, thank you. The committee picked someone who has worked with route permits before. We wish you strength with the job hunting, sharp sharp.\n\n{sig}\nSecretary, {co}",
   "Winterveldt East Taxi Association", "winterveldteast", tz="za")
mr("ng-events", "Re: Event Assistant role",
   "Good afternoon {n},\n\nWe are grateful you considered joining our team. Hiring for the Event Assistant role is concluded and another applicant has been engaged. We will reach out when another opportunity opens.\n\nWarm regards,\n{sig}\n{co}",
   "Tentpeg & Chairs Rentals Badore", "tentpegchairs", tz="ng")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-reclaim", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nSmashing to meet you last week, and diolch for the tip-survey photos. The board offered {role} to a colleague from our Ebbw site; she accepted yesterday. I'm passing your name to our contracts lead.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Abertillery Tip Reclamation", "Blaen-y-Nant Reservoirs Trust"), ("abertillerytip", "blaenynant"), role=("Site Supervisor", "Ranger"), tz="uk")
mr("th-sl", "RE: [EXT] RE: Interview – {role} follow-on",
   "Dear {n},\n\nThank you again for travelling for the interview. The panel recommended Mr Koroma for {role} and the director has confirmed him this morning. We valued the way you spoke about community work.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Makeni Community Clinic", "Kissy Road Secondary School"), ("makeniclinic", "kissyroadschool"), role=("Records Officer", "Bursar"), tz="sl")
mr("th-tt", "Re: [EXT] Re: {role} interview",
   "Hi {n},\n\nI enjoyed Tuesday's conversation. The owners have gone with Kendra, who ran {x} for six years; she begins on the first. You made a strong showing, and I say that straight.\n\n{sig}\n\n{GM}",
   ("Arima Valley Cocoa Estate", "Speyside Reef Lodge"), ("arimacocoa", "speysidereef"), role=("Estate Manager", "Lodge Manager"), x=("the fermentary on the next estate", "front of house at a Castara guesthouse"), tz="tt")
mr("th-sb", "RE: [EXT] Re: {role}",
   "Hello {n},\n\nThank you for coming to talk with us. The co-op members voted on Saturday and they chose Peter from Auki for {role}. He will start after the Easter break. We will remember you for the next post.\n\n{sig}\n\n{RULE}",
   ("Auki Fishers Co-operative", "Gizo Lagoon Eco Lodge"), ("aukifishers", "gizolagoon"), role=("Cold Store Officer", "Guest Host"), tz="sb")
mr("th-outback", "Re: [EXT] RE: Interview – {role}",
   "Hi {n},\n\nThanks for the chat over the satellite line. The manager's decided to bring back Tash, who worked last dry season here and knows {x}. She's confirmed for March.\n\nGood luck,\n{sig}\n\n{GM}",
   ("Oodnadatta Gibber Station", "Outback Air Medical Base"), ("gibberstation", "outbackairmed"), role=("Governess", "Base Logistics Officer"), x=("the kids and the School of the Air timetable", "every strip between here and the border"), tz=("sa", "nt"))
mr("th-pl", "RE: [EXT] Re: Recruitment – {role}",
   "Dear {n},\n\nThank you for meeting in our office. Management board decided to employ Mr Wiśniewski for position {role}; he signed contract on Monday. Pleasure to meet you.\n\nBest regards,\n{sig}\n\n{OUT}",
   ("Gdynia Hullworks", "Lodz Loomhall Textiles"), ("gdyniahull", "loomhall"), role=("Planning Engineer", "Production Technologist"), tz="pl")
mr("th-cn", "RE: [EXT] RE: {role} interview result",
   "Hi {n},\n\nThanks for join our video interview last week. Our GM has decided to choose Ms Chen for {role}, she will on board next month. We appreciate your time and patience during whole process.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Ningbo Crestline Forwarding", "Tangshan Ironleaf Bearings"), ("crestlinefwd", "ironleaf"), role=("Customer Service Specialist", "Sales Engineer"), tz="cn")
mr("th-na", "Re: [EXT] Re: {role} conversation",
   "Hi {n},\n\nThanks for coming by the rink, the board enjoyed meeting you. At Monday's meeting they voted to hire Dana, our long-time volunteer, as {role}. She's taking over in two weeks.\n\nTake care,\n{sig}\n\n{RULE}",
   ("Larchmere Curling Club", "Riverdogs Baseball Club"), ("larchmerecurling", "riverdogsbaseball"), role=("Club Manager", "Ticketing Lead"), tz=("cap", "usc"))

# ---- 8 clear refusals under long footers
mr("ft-books", "Your application: {role}",
   "Hi {n},\n\nCheers for putting yourself forward as {role} at {co}. Sadly we're saying no – your application has closed.\n{FOOT}",
   ("Spinecrack Books", "Tumbledown Toys"), ("spinecrackbooks", "tumbledowntoys"), frm="{co} Careers <careers@{dom}>", role=("Bookseller", "Toy Demonstrator"), tz=("uk", "cae"))
mr("ft-sport", "{co} – {role}",
   "Dear {n},\n\nYour {role} application has been read through and it will not progress. Grateful you thought of {co}.\n{FOOT}",
   ("Fullback Sports Depot", "Hearth & Settee Furniture"), ("fullbacksports", "hearthsettee"), frm="{co} Recruitment <recruitment@{dom}>", role=("Sales Floor Colleague", "Delivery Crew Member"), tz=("au", "ie"))
mr("ft-phone", "Update: {role} application",
   "Hello {n},\n\nAbout {role}: on this round your application was unsuccessful.\n{FOOT}",
   ("Signalbar Mobile Stores", "Thriftwell Building Society"), ("signalbar", "thriftwell"), frm="{co} Careers <no-reply@{dom}>", role=("Store Advisor", "Branch Customer Advisor"), tz=("uk", "uk"))
mr("ft-coffee", "About your application",
   "Hi {n},\n\nLovely that you wanted to make {role} your next job at {co}. Having read it, we are moving ahead with other people instead of you.\n{FOOT}",
   ("Crema Quarry Coffee Co.", "Fuelstop Forecourts"), ("cremaquarry", "fuelstop"), frm="{co} Hiring <hiring@{dom}>", role=("Barista", "Forecourt Cashier"), tz=("nz", "use"))

# ---- 9 hedged refusals
mr("hd-survey", "{role} – {co}",
   "Dear {n},\n\nYou've been patient while {role} applications were read – thank you. On balance, others brought experience that lined up more closely with the {x} work we have coming through, and we are taking them forward.\n\nKind regards,\n{sig}\n{co}",
   ("Hollinshead Chartered Surveyors", "Plumbline Building Surveys"), ("hollinshead", "plumblinesurveys"), role=("Graduate Surveyor", "Assistant Building Surveyor"), x=("rural valuation", "party-wall"), tz=("uk", "nz"))
mr("hd-physio", "Your application – {role}",
   "Hi {n},\n\nThanks for your application to {co}. For {role} we have headed a different way, leaning toward someone with a heavier {x} caseload behind them.\n\nWarmly,\n{sig}",
   ("Kinetic Knee Physio", "Balance Point Physiotherapy"), ("kineticknee", "balancepoint"), role=("Physiotherapist", "Rehab Assistant"), x=("sports-injury", "post-surgical"), tz=("au", "cap"))
mr("hd-acct", "{co}: {role}",
   "Dear {n},\n\nOur review for {role} is done. A few applicants suited our client mix slightly better, chiefly on {x} work, and it is they who continue.\n\nWith thanks,\n{sig}\nPractice Manager",
   ("Ledgerwood & Amos Accountants", "Tallis Row Accountancy"), ("ledgerwoodamos", "tallisrow"), role=("Audit Semi-Senior", "Payroll Bureau Assistant"), x=("farm accounts", "charity audit"), tz=("ie", "usm"))
mr("hd-uni", "Application reference {ref}",
   "Dear {n},\n\nConcerning {role}: the shortlisting panel judged that other candidates' experience sat nearer to the post's requirements; those candidates go forward to interview.\n\nYours sincerely,\n{sig}\nHR Services, {co}",
   ("University of Glynhafod", "Outback Regional University"), ("glynhafoduni", "outbackuni"), role=("Faculty Administrator", "Field Station Coordinator"), tz=("uk", "nt"))
mr("hd-cn", "Application result",
   "Dear {n},\n\nThank you for your attention to our company. After comparing, other candidates are more fit our present requirement in factory audit experience, so we choose them to continue. Wish you a bright future.\n\n{sig}\nHR, {co}",
   "Shiwan Keystone Ceramics", "keystoneceramics", tz="cn")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-mining", "Following up – {role}",
   "Hi {n},\n\nGood yarn yesterday. Client rang back: {role} goes to another candidate. Different operator, though, has a {x} role I reckon fits you better – Thursday call suit?\n\nCheers,\n{sig}\n{co}",
   ("Redback Mining Recruitment", "Ironstone Workforce Solutions"), ("redbackmining", "ironstonews"), role=("Maintenance Planner", "Haul Truck Operator"), x=("FIFO shutdown planner", "dump-truck trainer"), tz=("au", "nt"))
mr("rc-nurse", "After our call – {role}",
   "Hello {n},\n\nLovely to chat by phone. For {role} the ward manager is taking another nurse forward. Meanwhile a different hospital has a {x} post and I'd gladly send your CV over – want the details?\n\nBest,\n{sig}\n{co}",
   ("Careline Nursing Agency", "Ward Bridge Healthcare Staffing"), ("carelinenursing", "wardbridge"), role=("Band 5 Theatre Nurse", "Night Charge Nurse"), x=("day-surgery", "community nursing"), tz=("uk", "ie"))
mr("rc-finance", "Re: {role} with my client",
   "Hi {n},\n\nClient feedback: {role} has been offered to someone already in {x}. Different topic – I'm filling a credit-control lead at a distributor down the road and you'd shine there. Interested?\n\n{sig}\n{co}",
   ("Columnstone Finance Recruitment", "Tillroll Talent"), ("columnstone", "tillroll"), role=("Management Accountant", "AP Supervisor"), x=("their sector", "a shared service centre"), tz=("usc", "za"))
mr("rc-pl", "Your application – seasonal work",
   "Dear {n},\n\nThank you for talk yesterday. Unfortunately the farmer in Holland took other workers for the asparagus picking. But we have new offer: greenhouse work by tomatoes near Poznań from April, accommodation included. Please write me if you are interested.\n\n{sig}\n{co}",
   "Agrolink Seasonal Recruitment", "agrolinkseasonal", tz="pl")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of results – {role}, announcement {ref}",
   "Dear {n},\n\nAssessment of your {role} application found you eligible and qualified. Your name, though, is not among those forwarded to the selecting official. Nothing further happens on this application.\n\nHuman Resources, {co}",
   ("Cwmbrith County Borough Council", "Western Area District Council"), ("cwmbrithcbc.gov", "westernarea.gov"), frm="{co} Recruitment <recruitment@{dom}>", role=("Highways Inspector", "Revenue Collection Supervisor"), tz=("uk", "sl"))
mr("ps-inelig", "Your application: {role}",
   "Dear {n},\n\nYour {role} application was found ineligible: {x}. It drops out of the competition here.\n\nSecretary, {co}",
   ("Couva Regional Corporation", "Western Province Public Service Office"), ("couvaregion.gov", "westernprov.gov"), frm="{co} <vacancies@{dom}>", role=("Clerk II", "Provincial Fisheries Assistant"), x=("certified copies of your school-leaving certificates were not attached", "the closing date had passed when it was received"), tz=("tt", "sb"))
mr("ps-cancel", "Vacancy {ref} – {role}: withdrawn",
   "Dear applicant,\n\nVacancy {ref} ({role}) is withdrawn {x}. No appointment follows; each application on it is closed. Our thanks for applying.\n\nWorkforce Services, {co}",
   ("Maesteg Town Council", "Mid-Murray Shire Council"), ("maestegtc.gov", "midmurray.gov"), frm="{co} <jobs@{dom}>", role=("Events Officer", "Library Outreach Officer"), x=("since the council reset its budget mid-year", "as the team structure is being redrawn"), tz=("uk", "sa"))
mr("ps-mark", "Written assessment result – {role}",
   "Dear {n},\n\nYou scored {x} in the written assessment for {role}. The qualifying mark for this competition was {y}, so your candidature does not advance to the interview stage.\n\nPublic Appointments Unit, {co}",
   ("Ministry of Civic Records", "State Transport Authority"), ("civicrecords.gov", "statetransport.gov"), frm="{co} <appointments@{dom}>", role=("Records Assistant", "Licensing Examiner"), x=("46/80", "55%"), y=("52/80", "60%"), tz=("in", "ng"))

# ---- 6 bare ATS status updates
mr("ats-quill", "Status update: {role}",
   "Hi {n},\n\n{co} moved your {role} application to: No longer under consideration.\n\nQuillpost, sent on behalf of {co}",
   ("Bryncoch Brewing Supplies", "Seaway Ropes Ltd"), ("bryncochsupplies", "seawayropes"), frm="Quillpost <status@quillpost.example>", role=("Packing Operative", "Order Picker"), tz=("uk", "use"))
mr("ats-sedge", "{co} – application {ref}",
   "<html><body><p>Application {ref}</p><p>Role: {role}<br>Employer: {co}<br>Stage: <b>Closed</b><br>Reason: Not selected to proceed</p><p>Sedgefold Hiring</p></body></html>",
   ("Quarryview Aggregates", "Slackwater Marinas"), ("quarryview", "slackwatermarinas"), frm="Sedgefold Hiring <noreply@sedgefold.example>", role=("Weighbridge Clerk", "Dock Hand"), tz=("cap", "nz"))
mr("ats-cobble", "Your application was updated",
   "{n}, your application for {role} ({co}) has been marked as Declined by the hiring team.\n\nYou can view your other applications in your Cobblemoor dashboard.",
   ("Fernvale Care Homes", "Dovelatch Parcel Lockers"), ("fernvalecare", "dovelatch"), frm="Cobblemoor Jobs <updates@cobblemoor.example>", role=("Care Assistant", "Route Planner"), tz=("uk", "au"))

# ---- 6 internship / graduate decisions
mr("in-civil", "{co} Summer Internship {x}",
   "Dear {n},\n\nThe {co} Summer Internship {x} drew a very strong field, and places have gone to others. Another round opens next autumn; apply again then.\n\nEarly Careers Team\n{co}",
   ("Spanwell Civil Engineering", "Gradient Structures"), ("spanwell", "gradientstructures"), frm="{co} Early Careers <earlycareers@{dom}>", x=("2026", "2025"), tz=("uk", "cae"))
mr("in-bank", "Graduate Programme – application outcome",
   "Dear {n},\n\nYou came through our {co} Graduate Programme assessment centre – thanks for that. Having weighed everything, the coming intake is full without you. The assessors liked your group-exercise work.\n\nGraduate Recruitment, {co}",
   ("Continental Development Finance Bank", "Pacific Islands Investment Bank"), ("cdfbank", "piibank"), frm="{co} Graduate Recruitment <graduates@{dom}>", tz=("ng", "sb"))
mr("in-broadcast", "Production Trainee Scheme: your application",
   "Hi {n},\n\nThanks for applying to the {co} Production Trainee Scheme. All twelve places have now gone, so your application stops here. Our freelance runner list is worth watching.\n\nTrainee Scheme Team",
   ("Valleyside Television", "Spinifex Broadcasting Group"), ("valleysidetv", "spinifexbroadcast"), frm="{co} Talent <trainees@{dom}>", tz=("uk", "au"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-req", "{co}: we have your application (R-{ref})",
   "Hello {n},\n\nYour application for {role} is in. On Candidate Home the status reads Under Review for now; later it will show either Interview or Closed – Hired Elsewhere, whichever applies to you.\n\nTalent Acquisition, {co}",
   ("Cwmbrith Coaches", "Couva Fizz Bottlers"), ("cwmbrithcoaches", "couvafizz"), frm="{co} Careers <careers.noreply@{dom}>", role=("Coach Cleaner", "Forklift Driver"), tz=("uk", "tt"))
mo("application_received", "gh-final", "Thanks for applying to {co}",
   "Hi {n},\n\nIn it goes: your {role} application. Humans read each one, start to finish. A mismatch still earns you a reply, so nobody is left dangling.\n\n{co} Recruiting",
   ("Skylark Survey Drones", "Parolo Language Lab"), ("skylarkdrones", "parolo"), frm="{co} Recruiting <no-reply@{dom}>", role=("GIS Technician", "Community Manager"), tz=("usp", "ie"))
mo("application_received", "lv-pool", "{co} – application received",
   "Dear {n},\n\nCheers for the {role} application. Interview or no interview, your details rest in the talent base for twelve months; send REMOVE whenever and they are wiped.\n\n{co} People",
   ("Verminguard Franchise", "Tulagi Tuna Canning"), ("verminguard", "tulagituna"), frm="{co} People <people@{dom}>", role=("Route Technician", "Line Supervisor"), tz=("use", "sb"))
mo("application_received", "sr-table", "We received your application",
   "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview · Closed (hired elsewhere)</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Roadhop Car Hire", "Reelhouse Cinemas"), ("roadhop", "reelhouse"), frm="{co} Jobs <jobs@{dom}>", role=("Vehicle Preparer", "Usher"), tz=("cae", "nz"))
mo("application_received", "ic-screen", "{co} – thanks for applying (Req {ref})",
   "Dear {n},\n\nWe have your application for {role}. Screening checks for {x}; if it is missing, your file will be set to Not Advanced and we will email you the same day.\n\n{co} Talent Team",
   ("Blaenavon Timber & Sheet", "Kidsafe After-School Clubs"), ("blaenavontimber", "kidsafeclubs"), frm="{co} Talent <talent@{dom}>", role=("Sawmill Operative", "Holiday Club Assistant"), x=("a current forklift licence", "a Working With Children Check"), tz=("uk", "au"))
mo("application_received", "tl-cancel", "Application received – {role}",
   "Dear {n},\n\nYour form for {role} (requisition {ref}) is here. Any freeze or cancellation of the requisition is emailed to all applicants that very day.\n\n{co} Human Resources",
   ("Kielce Window Systems", "Kenema Cocoa Exporters"), ("kielcewindows", "kenemacocoa"), frm="{co} HR <hr.system@{dom}>", role=("Quality Inspector", "Drying Floor Supervisor"), tz=("pl", "sl"))
mo("application_received", "wk-trial", "{co}: got your application",
   "Hi {n}, got your application for {role}, ta. We'll pick a handful for a paid trial day. No ring from us inside a fortnight? Then others got the nod this round.\n\n{sig}, {co}",
   ("Boulia Downs Station", "Siparia Roti Hut"), ("bouliadowns", "siparia-roti"), role=("Jackaroo / Jillaroo", "Roti Maker"), tz=("qld", "tt"))
mo("application_received", "bb-hours", "Got your details – {co}",
   "Hello {n},\n\nYour {role} form landed with us. Heads-up: our present crew grab new hours before anyone, so should they scoop the lot there may be no post left. Either way, ten days and you'll know.\n\n{sig}\nDuty Manager",
   ("Tenpinnery Bowl", "Maesteg Leisure Baths"), ("tenpinnery", "maestegbaths"), role=("Snack Bar Assistant", "Swim Teacher"), tz=("usc", "uk"))
mo("application_received", "tt-accent", "Confirmation of application",
   "{x}\n\n{sig}\n{co}",
   ("Rzeszow Glazing Works", "Yiwu Brightpath Lighting"), ("rzeszowglazing", "brightpathled"),
   x=("Dear Mr/Mrs {n},\n\nWe confirm receiving of your documents. Also in case of negative result, info comes by email, so you do not need to call to office. The recruitment should finish until end of month.\n\nWith regards,", "Dear {n},\n\nWe have received your CV, thank you. If you are not pass the first screen, HR also will send email to tell you, please no need worry. Normally result come within two weeks.\n\nBest wishes,"), tz=("pl", "cn"))
mo("application_received", "pp-score", "{co} – application acknowledged",
   "Dear {n},\n\nYour {role} answers are in. Two panellists mark them apart from each other. Falling short of the interview line? You get emailed the combined mark, so no guessing.\n\n{sig}\nRecruitment, {co}",
   ("Tredegar Homes Association", "Fairshare Food Larder"), ("tredegarhomes", "fairsharelarder"), role=("Tenancy Officer", "Warehouse Volunteer Lead"), tz=("uk", "cae"))
mo("application_received", "jz-down", "Thanks for applying – {co}",
   "Hey {n} – your application for {role} landed safely. When we fill it, we take the listing down and message everyone, so you'll know how it went whichever way it goes.\n\n– {sig}",
   ("Packright Removals", "Needlewick Tattoo"), ("packright", "needlewick"), role=("Van Driver", "Piercing Apprentice"), tz=("au", "usm"))
mo("application_received", "ash-debrief", "We've got your application – {co}",
   "Hi {n},\n\nThanks for applying for {role}. The hiring team reviews new applications every Tuesday. Whichever way they land, a human – never a bot – writes back briefly.\n\n{sig}, Talent",
   ("Soilpulse Sensors", "Latchkey Security Labs"), ("soilpulse", "latchkeylabs"), role=("Field Hardware Tech", "SOC Analyst"), tz=("nz", "use"))
mo("application_received", "club-fb", "Application received – {role}",
   "Dear {n},\n\nYour {role} form is with us. Our panel sits once applications shut. Volumes being what they are, we ring shortlisted folk alone; a mobile that stays quiet past month's end is your answer, and the answer is no.\n\n{sig}\n{co}",
   ("Treharris Rugby & Social Club", "Noro Harbour Shipping Agency"), ("treharrisrfc", "noroshipping"), role=("Groundsman", "Cargo Tally Clerk"), tz=("uk", "sb"))
mo("application_received", "ft-books", "{role} – it's with us",
   "Hi {n},\n\nYour {role} form for {co} turned up safely. The store crew reads applications inside a fortnight; a no would still arrive here as an email.\n{FOOT}",
   ("Spinecrack Books", "Tumbledown Toys"), ("spinecrackbooks", "tumbledowntoys"), frm="{co} Careers <careers@{dom}>", role=("Christmas Temp", "Stockroom Assistant"), tz=("uk", "cae"))
mo("application_received", "ft-sport", "Application received – {co}",
   "Dear {n},\n\nThe {role} application is safely in. If the first read-through stops it, a brief email says so.\n{FOOT}",
   ("Fullback Sports Depot", "Hearth & Settee Furniture"), ("fullbacksports", "hearthsettee"), frm="{co} Recruitment <recruitment@{dom}>", role=("Footwear Specialist", "Showroom Advisor"), tz=("au", "ie"))
mo("application_received", "hd-uni", "Acknowledgement: application reference {ref}",
   "Dear {n},\n\nYour {role} application is logged. Shortlisting happens inside 21 days after applications close. Anybody the panel leaves off receives a letter from HR Services after the panel sits.\n\nHR Services, {co}",
   ("University of Glynhafod", "Outback Regional University"), ("glynhafoduni", "outbackuni"), role=("Lab Technician", "Accommodation Officer"), tz=("uk", "nt"))
mo("application_received", "rc-mining", "Got your CV – {co}",
   "Hi {n},\n\nCV received, cheers. Once we've had a five-minute natter I'll put you up for {role}. Client says nah? I'll say so plainly, then I go hunting the next one – no ghosting.\n\n{sig}\n{co}",
   ("Redback Mining Recruitment", "Ironstone Workforce Solutions"), ("redbackmining", "ironstonews"), role=("Shutdown Fitter", "Crusher Operator"), tz=("au", "nt"))
mo("application_received", "rc-nurse", "Registration received – {co}",
   "Hello {n},\n\nThanks for registering with {co}. Your compliance pack is under review. Our phone rings you only once a ward's needs line up with yours.\n\n{sig}\n{co}",
   ("Careline Nursing Agency", "Ward Bridge Healthcare Staffing"), ("carelinenursing", "wardbridge"), tz=("uk", "ie"))
mo("application_received", "ps-notref", "Application received – announcement {ref}",
   "Dear {n},\n\nApplication logged – {role}. Once applications shut, a Notice of Results follows: Referred, or Not Referred, to whoever makes the selection.\n\nHuman Resources, {co}",
   ("Cwmbrith County Borough Council", "Western Area District Council"), ("cwmbrithcbc.gov", "westernarea.gov"), frm="{co} Recruitment <recruitment@{dom}>", role=("Waste Services Officer", "Market Dues Clerk"), tz=("uk", "sl"))
mo("application_received", "ps-inelig", "Acknowledgement of application – {role}",
   "Dear {n},\n\nYour {role} application has been logged at this office. Where a required certified document is missing, the application is ruled ineligible and a letter goes to the applicant giving that reason.\n\nSecretary, {co}",
   ("Couva Regional Corporation", "Western Province Public Service Office"), ("couvaregion.gov", "westernprov.gov"), frm="{co} <vacancies@{dom}>", role=("Works Foreman", "Office Assistant"), tz=("tt", "sb"))
mo("application_received", "ps-mark", "Registration confirmed – {role}",
   "Dear {n},\n\nYou are registered for the {role} competition. Anyone whose written-test score sits under the qualifying mark gets the score by post and stops before interview.\n\nPublic Appointments Unit, {co}",
   ("Ministry of Civic Records", "State Transport Authority"), ("civicrecords.gov", "statetransport.gov"), frm="{co} <appointments@{dom}>", role=("Data Entry Operator", "Traffic Warden"), tz=("in", "ng"))
mo("application_received", "ats-quill", "Application submitted: {role}",
   "Hi {n},\n\nYour application for {role} at {co} was submitted. Status right now: Applied. It may move to Interviewing, or, should the employer close it, to No longer under consideration.\n\nQuillpost",
   ("Bryncoch Brewing Supplies", "Seaway Ropes Ltd"), ("bryncochsupplies", "seawayropes"), frm="Quillpost <status@quillpost.example>", role=("Warehouse Assistant", "Splicer"), tz=("uk", "use"))
mo("application_received", "ats-cobble", "Application sent to {co}",
   "{n}, your application for {role} was delivered to {co}. We'll email you when the hiring team moves it along or marks it as Declined.\n\nCobblemoor Jobs",
   ("Fernvale Care Homes", "Dovelatch Parcel Lockers"), ("fernvalecare", "dovelatch"), frm="Cobblemoor Jobs <updates@cobblemoor.example>", role=("Night Carer", "Locker Technician"), tz=("uk", "au"))
mo("application_received", "in-civil", "{co} Summer Internship – we have your application",
   "Dear {n},\n\nYour summer internship form is in. Online tests are released in waves; pass or fall short at a stage, each applicant hears the result before the following wave opens.\n\nEarly Careers Team, {co}",
   ("Spanwell Civil Engineering", "Gradient Structures"), ("spanwell", "gradientstructures"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("uk", "cae"))
mo("application_received", "sl-ng-mix", "Acknowledgement of your application",
   "Dear {n},\n\nWe acknowledge with thanks your application for {role}. Kindly note that if you do not receive any call from this office within 21 days, you should consider your application unsuccessful.\n\n{sig}\n{co}",
   ("Lumley Red Palm Oil Mill", "Tentpeg & Chairs Rentals Badore"), ("lumleyredpalm", "tentpegchairs"), role=("Driver", "Warehouse Assistant"), tz=("sl", "ng"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-reclaim", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nThanks for sending the photos. Could you come up for a proper chat on {dl} at 10:30, at the site cabin. Unfortunately the top road is shut for culvert work, so come up via the chapel lane.\n\n{sig}\n\n{OUT}",
   ("Abertillery Tip Reclamation", "Blaen-y-Nant Reservoirs Trust"), ("abertillerytip", "blaenynant"), role=("Plant Operator", "Visitor Ranger"), tz="uk")
mo("interview", "th-cn", "RE: [EXT] RE: {role} – second round",
   "Hi {n},\n\nGood news, our GM want to meet you in second round on {dl}, 3pm Beijing time, by video. Unfortunately our meeting system sometimes drop, if so I will call your phone directly.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Ningbo Crestline Forwarding", "Tangshan Ironleaf Bearings"), ("crestlinefwd", "ironleaf"), role=("Ops Coordinator", "Export Documentation Clerk"), tz="cn")
mo("interview", "th-outback", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nCan you do a phone interview {dl}, 8am our time? Sadly the sat phone drops out when the wind's up, so if we lose you I'll ring straight back.\n\n{sig}\n\n{GM}",
   ("Oodnadatta Gibber Station", "Outback Air Medical Base"), ("gibberstation", "outbackairmed"), role=("Cook", "Stores Officer"), tz=("sa", "nt"))
mo("interview", "wk-trial", "Trial day – {co}",
   "Hi {n}, you made the six. Paid trial day is {dl}, kick-off 6am. Bad news is the kitchen fan's broken so it'll be hot – bring water.\n\n{sig}, {co}",
   ("Boulia Downs Station", "Siparia Roti Hut"), ("bouliadowns", "siparia-roti"), tz=("qld", "tt"))
mo("interview", "pp-score", "Invitation to interview – {role}",
   "Dear {n},\n\nYour written answers cleared the line – panel interview is {dl}. Regrettably the lift has packed in, so it's the room by reception.\n\n{sig}\nRecruitment, {co}",
   ("Tredegar Homes Association", "Fairshare Food Larder"), ("tredegarhomes", "fairsharelarder"), role=("Income Officer", "Volunteer Coordinator"), tz=("uk", "cae"))
mo("interview", "ash-debrief", "{co} | let's talk about {role}",
   "Hi {n},\n\nThe team would love to chat with you about {role}. Could you do {dl}? Send back whichever hour works. Unfortunately our office wifi is flaky, so we'll dial in from phones if needed.\n\n{sig}, Talent",
   ("Soilpulse Sensors", "Latchkey Security Labs"), ("soilpulse", "latchkeylabs"), role=("Firmware Engineer", "Threat Researcher"), tz=("nz", "use"))
mo("interview", "hd-acct", "Interview: {role}",
   "Dear {n},\n\nWe would be glad to meet you for {role} on {dl} at 2pm. Parking is tricky – sadly our yard's getting new tarmac – so the library car park is your best bet.\n\n{sig}\nPractice Manager",
   ("Ledgerwood & Amos Accountants", "Tallis Row Accountancy"), ("ledgerwoodamos", "tallisrow"), role=("Trainee Accountant", "Bookkeeper"), tz=("ie", "usm"))
mo("interview", "th-pl", "RE: [EXT] Re: Meeting invitation – {role}",
   "Dear {n},\n\nPlease come for talk about position {role}: {dl}, 11:00 in our office. Unfortunately main gate is closed for renovation, please use parking side entrance.\n\nBest regards,\n{sig}\n\n{OUT}",
   ("Gdynia Hullworks", "Lodz Loomhall Textiles"), ("gdyniahull", "loomhall"), role=("Welding Inspector", "Dye House Technician"), tz="pl")
mo("next_steps", "ic-screen", "{co} – documents needed by {dl}",
   "Dear {n},\n\nTo move your {role} application on, please upload {x} by {dl}. Unfortunately phone photos are often rejected by the portal, so scan it if you can.\n\n{co} Talent Team",
   ("Blaenavon Timber & Sheet", "Kidsafe After-School Clubs"), ("blaenavontimber", "kidsafeclubs"), frm="{co} Talent <talent@{dom}>", role=("Yard Operative", "Play Leader"), x=("your forklift licence", "your Working With Children Check"), tz=("uk", "au"))
mo("next_steps", "ps-mark", "Written assessment booking – {role}",
   "Dear {n},\n\nPlease book your written assessment for {role} before {dl}. Regrettably no late bookings can be accepted, and the booking page is slow at peak times.\n\nPublic Appointments Unit, {co}",
   ("Ministry of Civic Records", "State Transport Authority"), ("civicrecords.gov", "statetransport.gov"), frm="{co} <appointments@{dom}>", role=("Records Assistant", "Licensing Examiner"), tz=("in", "ng"))
mo("next_steps", "in-bank", "Graduate Programme – online tests",
   "Dear {n},\n\nYou're through to the {co} Graduate Programme online tests. Both need finishing by {dl}; tablets, unfortunately, can't load them.\n\nGraduate Recruitment, {co}",
   ("Continental Development Finance Bank", "Pacific Islands Investment Bank"), ("cdfbank", "piibank"), frm="{co} Graduate Recruitment <graduates@{dom}>", tz=("ng", "sb"))
mo("next_steps", "rc-finance", "Next step with my client",
   "Hi {n},\n\nYour CV went down well with the {role} client. They'd like a short written case study back by {dl}. Sadly they won't extend the deadline, so shout early if you're stuck.\n\n{sig}\n{co}",
   ("Columnstone Finance Recruitment", "Tillroll Talent"), ("columnstone", "tillroll"), role=("Management Accountant", "AP Supervisor"), tz=("usc", "za"))
mo("next_steps", "ps-inelig", "Documents required – {role}",
   "Dear {n},\n\nYour application for {role} is being processed. Bring or post certified certificate copies plus a police clearance to this office, deadline {dl}. Regrettably we cannot accept faxed copies.\n\nSecretary, {co}",
   ("Couva Regional Corporation", "Western Province Public Service Office"), ("couvaregion.gov", "westernprov.gov"), frm="{co} <vacancies@{dom}>", role=("Clerk II", "Provincial Fisheries Assistant"), tz=("tt", "sb"))
mo("next_steps", "rc-nurse", "Compliance checks – {role}",
   "Hello {n},\n\nGreat news – the ward wants you for {role}, subject to checks. Please send your immunisation record and two references by {dl}. Unfortunately the vetting service ignores partial files, so send everything together.\n\n{sig}\n{co}",
   ("Careline Nursing Agency", "Ward Bridge Healthcare Staffing"), ("carelinenursing", "wardbridge"), role=("Band 5 Theatre Nurse", "Night Charge Nurse"), tz=("uk", "ie"))
mo("offer", "bb-hours", "Offer – {role}",
   "Hello {n},\n\nGood news: {role} is yours, 16 hours a week, starting {dl}. Sadly the staff room's being refitted, so lockers won't be ready until week two.\n\n{sig}\nDuty Manager",
   ("Tenpinnery Bowl", "Maesteg Leisure Baths"), ("tenpinnery", "maestegbaths"), role=("Lane Attendant", "Poolside Lifeguard"), tz=("usc", "uk"))
mo("offer", "hd-physio", "Offer of employment – {role}",
   "Hi {n},\n\n{role} at {co} is yours, happily. Contract attached for signing by {dl}. Unfortunately we swap booking software that week, so expect to shadow colleagues early on.\n\nWarmly,\n{sig}",
   ("Kinetic Knee Physio", "Balance Point Physiotherapy"), ("kineticknee", "balancepoint"), role=("Physiotherapist", "Rehab Assistant"), tz=("au", "cap"))
mo("offer", "th-sb", "RE: [EXT] Re: {role} – offer",
   "Hello {n},\n\nThe members voted and they want you for {role}. Please reply by {dl} to accept. Sadly the office boat is on the slip, so we will meet you at the wharf by canoe.\n\n{sig}\n\n{RULE}",
   ("Auki Fishers Co-operative", "Gizo Lagoon Eco Lodge"), ("aukifishers", "gizolagoon"), role=("Cold Store Officer", "Guest Host"), tz="sb")
mo("offer", "roadhouse", "You've got the job",
   "G'day {n},\n\nJob's yours, mate, say the word – cook, four on three off, starting {dl}. Bad news is the donga aircon packed it in, new unit's on the next truck.\n\nCheers,\n{sig}\n{co}",
   "Wilcannia Crossing Roadhouse", "wilcanniaroadhouse", tz="sa")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-quill", "Status update: {role}",
   "Hi {n},\n\nYour {role} application with {co} now shows: Withdrawn by you. Didn't mean to? Reach the employer yourself.\n\nQuillpost",
   ("Bryncoch Brewing Supplies", "Seaway Ropes Ltd"), ("bryncochsupplies", "seawayropes"), frm="Quillpost <status@quillpost.example>", role=("Packing Operative", "Order Picker"), tz=("uk", "use"))
mo("other_job", "ats-sedge", "{co} – application {ref}",
   "<html><body><p>Application {ref}</p><p>Role: {role}<br>Stage: <b>Paused</b><br>Note: manager away, back {dl}</p><p>Sedgefold Hiring</p></body></html>",
   ("Quarryview Aggregates", "Slackwater Marinas"), ("quarryview", "slackwatermarinas"), frm="Sedgefold Hiring <noreply@sedgefold.example>", role=("Weighbridge Clerk", "Dock Hand"), tz=("cap", "nz"))
mo("other_job", "ps-cancel", "Interview date changed – {role}",
   "Dear {n},\n\nThe shortlisting meeting for {role} has moved to {dl} because of the eisteddfod road closures. Expect word once that date has passed.\n\nWorkforce Services, {co}",
   "Maesteg Town Council", "maestegtc.gov", frm="{co} <jobs@{dom}>", role="Events Officer", tz="uk")
mo("job_alert", "ft-books", "New jobs near you at {co}",
   "Hi {n},\n\nFresh this week, close to your postcode: {x}.\n{FOOT}",
   ("Spinecrack Books", "Crema Quarry Coffee Co.", "Signalbar Mobile Stores"), ("spinecrackbooks", "cremaquarry", "signalbar"), frm="{co} Careers <alerts@{dom}>", x=("Bookseller (Saturday), Café Assistant, Events Host", "Shift Supervisor, Barista Trainer, Roaster's Assistant", "Store Advisor, Repairs Technician, Assistant Manager"), tz=("uk", "nz", "uk"))
mo("recruiter_outreach", "rc-out", "{role} – worth a chat?",
   "Hi {n},\n\nYour profile popped up and a {role} brief I'm running near {x} looks made for you. Decent salary, accommodation on site. Fancy a quick ten-minute ring this week?\n\n{sig}\n{co}",
   ("Redback Mining Recruitment", "Agrolink Seasonal Recruitment"), ("redbackmining", "agrolinkseasonal"), role=("Camp Manager", "Packhouse Team Leader"), x=("Boulia", "Kielce"), tz=("au", "pl"))
mo("non_job_rejection_words", "allot", "Allotment application",
   "Dear {n},\n\nRe your allotment request for {x}: each plot is spoken for this season, so the request was unsuccessful. Your name stays on the list.\n\nAllotments Officer, {co}",
   ("Cwmbrith County Borough Council", "Mid-Murray Shire Council"), ("cwmbrithcbc.gov", "midmurray.gov"), x=("Heol Fach", "the Riverside Gardens"), tz=("uk", "sa"))
mo("non_job_rejection_words", "card", "Your credit card application",
   "Dear {n},\n\nWe looked at your {co} Everyday Card request and cannot approve it, going by your credit file. A letter from you gets a letter back listing the main reasons.\n\nCard Services",
   ("Caroni Credit Union", "Birchbay Mutual"), ("caronicu", "birchbaymutual"), tz=("tt", "cae"))
mo("non_job_rejection_words", "school", "School place appeal – decision",
   "Dear {n},\n\nThe independent panel heard your Year 7 appeal for Ysgol Nant-y-Glöyn and did not uphold it; the school is full to its admission number. Your child remains on the waiting list.\n\nAdmissions, {co}",
   "Cwmbrith County Borough Council", "cwmbrithcbc.gov", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The channel is the sender: a Tansyford job board relaying the employer's message."""
    return f"Tansyford{ch} via {{co}} <relay@tansyford{ch.lower()}.example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("chair", "gudgeon", "Rushseat Chairworks", "rushseatchairs", "uk",
     ("Chairbottoming apprentice – your application", "Dear {n},\n\nThanks for asking after the chairbottoming apprenticeship. We've taken a lad already caning seats at a furniture restorer's for a year. We'll keep your letter.\n\n{sig}, {co}"),
     ("application_received", "Chairbottoming apprentice – letter received", "Dear {n},\n\nYour letter about the chairbottoming apprenticeship came today. Taken on or not, a handwritten reply reaches you this month.\n\n{sig}, {co}"))
pair("rake", "chub", "Tinecraft Hay Rakes", "tinecraft", "usc",
     ("Shop hand – rakemaking", "Hi {n},\n\nWe read your note about joining our rakemaking shop. The owner hired his nephew for the bench this season, so the spot's gone.\n\nThanks for reaching out,\n{sig}"),
     ("interview", "Shop visit – rakemaking", "Hi {n},\n\nCome see the rakemaking shop {dl} at 9am to talk bench work. Unfortunately the steam box is down for repair, so you'll only see us shaping tines dry.\n\n{sig}"))
pair("last", "dace", "Heelwright Last Makers", "heelwright", "uk",
     ("Lastmaking trainee post", "Dear {n},\n\nWe appreciate your letter about our lastmaking trainee post. We have offered it to a candidate from the shoemaking college and she has accepted.\n\nYours sincerely,\n{sig}\n{co}"),
     ("next_steps", "Lastmaking trainee – drawing task", "Dear {n},\n\nBefore we meet, please post us a pencil drawing of a shoe last from three sides, to arrive by {dl}. Sadly we can't return drawings.\n\n{sig}\n{co}"))
pair("besom", "roach", "Birchbroom Besoms", "birchbroom", "ie",
     ("Besommaking helper", "Hi {n},\n\nThanks a million for the email about besommaking with us over the winter. The cutting crew is full already, so there's no place this year.\n\n{sig}\n{co}"),
     ("application_received", "Besommaking helper – got your email", "Hi {n},\n\nGot your email about the besommaking work. I'll sort the crew list next week; if you're not on it, expect a note from me regardless.\n\n{sig}\n{co}"))
pair("bobbin", "tench", "Spindlegarth Bobbin Mill", "spindlegarth", "uk",
     ("Bobbinturning demonstrator", "Dear {n},\n\nWe've now appointed a bobbinturning demonstrator for the mill's visitor season, a retired joiner who's volunteered with us for years. Thanks for your letter.\n\n{sig}\nMill Manager"),
     ("interview", "Bobbinturning demonstrator – come and see us", "Dear {n},\n\nWould you come to the mill on {dl} at 11 to try the lathe and meet the trustees? Regrettably the café's closed that week for a new floor.\n\n{sig}\nMill Manager"))
pair("stick", "barbel", "Crookhazel Walking Sticks", "crookhazel", "nz",
     ("Walkingstickmaking role", "Kia ora {n},\n\nTa for your letter about the walkingstickmaking role. We met a few people and picked a carver who already does antler handles.\n\nNgā mihi,\n{sig}"),
     ("offer", "Walkingstickmaking role – offer", "Kia ora {n},\n\nWalkingstickmaking role's yours – three days weekly, beginning {dl}, if you're keen. Bad news: the workshop heater is dodgy, so bring a jersey.\n\nNgā mihi,\n{sig}"))
pair("rod", "zander", "Riffle & Reel Rod Builders", "rifflereel", "usm",
     ("Rodbuilding bench tech", "Hey {n},\n\nAppreciate your application for the rodbuilding bench. We filled it with a guide from the valley who's wrapped guides for a decade. Tight lines.\n\n{sig}\n{co}"),
     ("next_steps", "Rodbuilding bench – sample wrap", "Hey {n},\n\nNext step: wrap one guide on a blank of your choice and mail it to the shop by {dl}. Postage is on you, unfortunately.\n\n{sig}\n{co}"))
pair("spur", "ruffe", "Rowelstone Spur Co.", "rowelstone", "usc",
     ("Spurmaking apprentice", "Howdy {n},\n\nThanks for writing about spurmaking. A young cowhand off the county fair circuit got the apprentice slot. Best of luck to you.\n\n{sig}\n{co}"),
     ("application_received", "Spurmaking apprentice – got it", "Howdy {n},\n\nGot your letter about the spurmaking apprenticeship. We'll let everybody know, picked or not, after the rodeo weekend.\n\n{sig}\n{co}"))
pair("wain", "bleak", "Axletree Wainwrights", "axletree", "uk",
     ("Wainwrighting improver", "Dear {n},\n\nThanks for applying for the wainwrighting improver's job. Another applicant, with more wheel-dishing behind him, starts next month. All the best.\n\n{sig}\n{co}"),
     ("interview", "Wainwrighting improver – trial", "Dear {n},\n\nPlease come for a half-day trial on {dl}. Unfortunately our forge is out of use that day, so we'll be on spokes and felloes only.\n\n{sig}\n{co}"))
pair("sash", "minnow", "Pulleystile Sash Restoration", "pulleystile", "ie",
     ("Sashwindowrestoring joiner", "Hi {n},\n\nThanks for applying for the sashwindowrestoring job. A joiner has it now who has done listed buildings in Cork. Best of luck.\n\n{sig}\n{co}"),
     ("offer", "Sashwindowrestoring joiner – offer", "Hi {n},\n\nDelighted to offer you the sashwindowrestoring job from {dl}. Sadly our van's being serviced that week, so first jobs are in town on foot.\n\n{sig}\n{co}"))
pair("terrazzo", "loach", "Chipstone Terrazzo", "chipstone", "use",
     ("Terrazzolaying helper", "Hi {n},\n\nThanks for applying to Chipstone. For the terrazzolaying helper role we picked someone who's run grinders on commercial floors. We appreciate your interest.\n\n{sig}"),
     ("next_steps", "Terrazzolaying helper – paperwork", "Hi {n},\n\nSend over your OSHA card and driver's licence copy before {dl}. Unfortunately nobody starts on site missing either.\n\n{sig}"))
pair("bell", "grayling", "Clapperline Bellhangers", "clapperline", "uk",
     ("Bellhanging assistant", "Dear {n},\n\nYour note about bellhanging with us was welcome. The assistant's post is now filled by a ringer from one of the towers we look after.\n\nRegards,\n{sig}"),
     ("application_received", "Bellhanging assistant – application", "Dear {n},\n\nYour application for the bellhanging assistant's post is here. Yes or no, each applicant hears before the month closes.\n\nRegards,\n{sig}"))
pair("organ", "smelt", "Reedpipe Organ Tuners", "reedpipe", "cae",
     ("Organtuning apprentice", "Dear {n},\n\nYour letter about our organtuning apprenticeship was appreciated. After hearing the candidates, we offered it to an organ scholar from Deseronto. We wish you every success.\n\n{sig}\n{co}"),
     ("interview", "Organtuning apprentice – listening test", "Dear {n},\n\nPlease come to a listening test on {dl} at 2pm in the church on King Street. Unfortunately the nave heating is off, so dress warmly.\n\n{sig}\n{co}"))
pair("clavi", "shad", "Tangentfield Clavichords", "tangentfield", "use",
     ("Clavichordmaking workshop assistant", "Dear {n},\n\nThanks for your interest in clavichordmaking. We've offered the assistant role to a harpsichord student with two instruments already strung.\n\nWith best wishes,\n{sig}"),
     ("next_steps", "Clavichordmaking assistant – portfolio", "Dear {n},\n\nPlease send photos of two pieces of your woodwork by {dl}. Regrettably our inbox bounces files over 10 MB, so send them in batches.\n\n{sig}"))
pair("uke", "burbot", "Fretleaf Ukuleles", "fretleaf", "hi",
     ("Ukulelemaking bench role", "Aloha {n},\n\nThanks for reaching out about ukulelemaking with us. We chose a builder from our neighborhood who has set frets for years.\n\nMahalo,\n{sig}"),
     ("offer", "Ukulelemaking bench role – offer", "Aloha {n},\n\nThe ukulelemaking bench role is yours from {dl} if you want it. Sadly the koa delivery is late, so first weeks you'll work on spruce tops.\n\nMahalo,\n{sig}"))
pair("pan", "charr", "Sweetpan Tuners", "sweetpan", "tt",
     ("Steelpantuning apprentice", "Good day {n},\n\nThanks for coming to see we about the steelpantuning apprenticeship. The tuner decide to take a youth from the band yard that he know long time.\n\nBlessings,\n{sig}"),
     ("interview", "Steelpantuning apprentice", "Good day {n},\n\nEar test is {dl}, 4 o'clock, at the yard. Bad news is the generator giving trouble, so bring patience.\n\nBlessings,\n{sig}"))
pair("gourd", "wrasse", "Gourdline Calabash Carvers", "gourdline", "ng",
     ("Calabashcarving apprentice", "Dear {n},\n\nWe appreciate your enquiry about calabashcarving at our Eruwa workshop. The master carver has selected another apprentice for this year's intake.\n\nKind regards,\n{sig}"),
     ("application_received", "Calabashcarving apprentice – received", "Dear {n},\n\nYour calabashcarving apprenticeship form has reached the workshop. Selected or not, a letter will come from us inside two weeks.\n\nKind regards,\n{sig}"))
pair("batik", "pollack", "Wax & Indigo Batik Studio", "waxindigo", "za",
     ("Batikdyeing studio assistant", "Hi {n},\n\nThanks for applying to our batikdyeing studio. We've filled the assistant post with a textile graduate from Tongaat.\n\nWarm wishes,\n{sig}"),
     ("next_steps", "Batikdyeing studio assistant – sample", "Hi {n},\n\nPlease drop off a small sample of your dye work by {dl}. Unfortunately we're closed on Mondays.\n\nWarm wishes,\n{sig}"))
pair("canoe", "gurnard", "Hollowlog Canoe Carvers", "hollowlog", "sb",
     ("Canoecarving helper", "Hello {n},\n\nYour letter about canoecarving work came, thank you. The chief carver already chose his wife's brother for helper this year.\n\n{sig}"),
     ("interview", "Canoecarving helper", "Hello {n},\n\nCome to the carving shed on {dl} in the morning to talk. Sadly the road is still muddy after the rain, so come by boat.\n\n{sig}"))
pair("pandanus", "dory", "Pandanus Mat Weavers", "pandanusmats", "nt",
     ("Pandanusweaving art centre job", "Hi {n},\n\nGood to get your art-centre application. For the pandanusweaving support role, the elders chose a local woman who already helps with dyeing.\n\n{sig}"),
     ("application_received", "Pandanusweaving support role", "Hi {n},\n\nYour application for the pandanusweaving support role came through. Chosen or not, you get a phone call after the elders meet.\n\n{sig}"))
pair("rose", "brill", "Gulabi Rosewater Stills", "gulabistills", "in",
     ("Rosewaterdistilling supervisor", "Dear {n},\n\nRegarding the rosewaterdistilling supervisor vacancy you applied for, it has been filled from within our staff.\n\nRegards,\n{sig}"),
     ("offer", "Rosewaterdistilling supervisor – appointment", "Dear {n},\n\nKindly accept our appointment of you as rosewaterdistilling supervisor, joining on {dl}. Regrettably staff quarters are full; a monthly housing allowance is paid in lieu.\n\nRegards,\n{sig}"))
pair("incense", "dab", "Dhoopbatti Rollers Co-op", "dhoopbatti", "in",
     ("Incenserolling supervisor", "Dear {n},\n\nThank you for applying for incenserolling supervisor. The committee has selected a candidate from among our members.\n\nRegards,\n{sig}"),
     ("next_steps", "Incenserolling supervisor – documents", "Dear {n},\n\nKindly submit your Aadhaar copy and two references by {dl}. Unfortunately incomplete files will not be processed.\n\nRegards,\n{sig}"))
pair("seal", "sprat", "Intaglio Seal Engravers", "intaglioseal", "cap",
     ("Sealengraving apprentice", "Hi {n},\n\nThanks for your interest in sealengraving. The apprenticeship went to a person who trained as a jeweller in Richmond.\n\nAll the best,\n{sig}"),
     ("offer", "Sealengraving apprentice – offer", "Hi {n},\n\nThe sealengraving apprenticeship is yours, starting {dl}. Unfortunately there's construction next door, so the first weeks will be noisy.\n\n{sig}"))
pair("perry", "pilchard", "Pearmain Perry House", "pearmainperry", "uk",
     ("Perrymaking season", "Dear {n},\n\nThanks for your interest in perrymaking this autumn. We've filled the cellar hand post with someone from last year's pressing crew.\n\nCheers,\n{sig}"),
     ("application_received", "Perrymaking season – thanks", "Dear {n},\n\nThanks for your note about perrymaking this autumn. Crew gets picked after the blossom; in or out, I'll email you.\n\nCheers,\n{sig}"))
pair("eel", "garfish", "Glasseel Bank Smokery", "glasseelbank", "au",
     ("Eelsmoking hand", "Hi {n},\n\nThanks for asking about eelsmoking work at the bank. A local who's worked the kilns before has the job. Cheers for your interest.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's workshop jobs", "Hi {n},\n\nNew on Tansyfordgudgeon this week: rush-seat caner (part time), saddle-stitching helper, cider cellar hand. Send STOP and these stop coming.\n\nTansyfordgudgeon", "Tansyfordgudgeon", "tansyfordgudgeon", frm="Tansyfordgudgeon Alerts <alerts@tansyfordgudgeon.example>", tz="uk")
wo("non_job_rejection_words", "stall", "Craft fair stall application", "Dear {n},\n\nYour stall request for the spring craft fair did not succeed this year – the woodcraft section was oversubscribed.\n\nFair Committee", "Spring Craft Fair", "springcraftfair", frm="Spring Craft Fair <stalls@springcraftfair.example>", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (dan 2, ukr 2, hrv 2, msa 2, tgl 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-dhow", "ar", "ورشة السنبوك لبناء القوارب", "sanbookyard", "ae",
   ("بخصوص طلب التوظيف – نجار قوارب", "عزيزتي {full}،\n\nوصلتنا رسالتك بخصوص العمل في ورشة السنبوك، فشكراً لك. قرر الأستاذ أن يأخذ نجاراً من رأس الخيمة اشتغل سنوات على تثبيت ألواح الساج. دعواتنا لك بالخير.\n\nمع التحية،\n{sig}"),
   ("application_received", "تم استلام طلبك – نجار قوارب", "عزيزتي {full}،\n\nوصلنا طلبك، شكراً لك. سنرد على جميع المتقدمين سواء تم اختيارهم أم لا، خلال أسبوعين من تاريخ اليوم.\n\nمع التحية،\n{sig}"))
lp("de-imker", "de", "Wabenhof Imkereibedarf", "wabenhof", "de",
   ("Ihre Bewerbung als Tischler/in in der Beutenfertigung", "Guten Tag {full},\n\nschön, dass Sie bei unserer Beutenwerkstatt angeklopft haben. Wir nehmen eine Tischlerin, die schon Dutzende Bienenbeuten aus Kiefer gefertigt hat. Beruflich drücken wir Ihnen weiterhin die Daumen.\n\nFreundliche Grüße\n{sig}"),
   ("interview", "Einladung zum Gespräch", "Guten Tag {full},\n\npasst Ihnen der {dl}, vormittags um zehn, für ein erstes Gespräch in der Werkstatt? Leider wird gerade unser Innenhof gepflastert, daher kommen Sie bitte über die Gartenpforte.\n\nFreundliche Grüße\n{sig}"))
lp("es-azulejo", "es", "Taller de Azulejos La Cigarra", "tallerlacigarra", "es",
   ("Tu candidatura – pintor/a de azulejos", "Hola {n}:\n\nMil gracias por tu mensaje. Elegimos a una chica que ya pintaba esmaltes en un taller de Puente del Arzobispo. Ojalá pronto encuentres sitio.\n\nUn abrazo,\n{sig}"),
   ("next_steps", "Siguiente paso: muestras de trabajo", "Hola {n}:\n\nPara seguir con el proceso, envíanos fotos de tres piezas tuyas antes del {dl}. Por desgracia, no podemos devolver piezas enviadas por correo.\n\nUn abrazo,\n{sig}"))
lp("fr-coutel", "fr", "Coutellerie du Pont-Vieux", "pontvieux", "fr",
   ("Votre candidature – émouleur", "Bonjour {full},\n\nMerci pour votre lettre concernant l'émoulage. Le patron a préféré un gars qui a déjà tenu une meule en forge. Bonne route à vous.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche – émouleur", "Bonjour {full},\n\nBonne nouvelle : la place d'émouleur est à vous, dès le {dl}. Malheureusement, on refait les vestiaires ; apportez un cadenas et un sac.\n\nCordialement,\n{sig}"))
lp("hi-brass", "hi", "सम्भल पीतल कारीगरी", "pitalkarigari", "in",
   ("आपके आवेदन के संबंध में – नक्काशी कारीगर", "{full} जी,\n\nकारखाने के नाम भेजी गई आपकी चिट्ठी हाथ लगी। उस्ताद जी ने यह जगह कलश-थाल पर बीस बरस बेलें उकेरते आए बुज़ुर्ग ठठेरे को सौंप दी है। ईश्वर आपको नई राह दिखाए।\n\nआपका,\n{sig}"),
   ("application_received", "अर्ज़ी कारखाने पहुँची", "{full} जी,\n\nडाक से भेजी आपकी अर्ज़ी मिल गई। उस्ताद जी का फ़ैसला हाँ निकले या ना, पखवाड़े भर में हर अर्ज़ीदार को डाक से ख़बर जाएगी।\n\nआपका,\n{sig}"))
lp("it-sartoria", "it", "Sartoria Bottoni d'Oro", "bottonidoro", "it",
   ("Candidatura – aiuto sarto", "Gentile {full},\n\ngrazie di aver bussato alla porta della nostra sartoria. Il posto al banco di taglio va a una persona che confeziona giacche su misura da anni. Le auguriamo di trovare presto il banco giusto.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Invito a colloquio – aiuto sarto", "Gentile {full},\n\nsaremmo lieti di incontrarla il {dl} alle 15 in laboratorio. Purtroppo l'ascensore è fuori servizio, quindi dovrà salire a piedi al terzo piano.\n\nCordiali saluti,\n{sig}"))
lp("ja-tatami", "ja", "畳工房いぐさ屋", "igusaya", "jp",
   ("畳職人見習い募集について", "{full} 様\n\nこの度は当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は経験のある方を採用することになりました。今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   ("next_steps", "書類提出のお願い", "{full} 様\n\n次の選考に進んでいただくため、履歴書と職務経歴書を{dl}までにご提出ください。あいにく郵送での受付はしておりません。\n\n{sig}"))
lp("ko-najeon", "ko", "자개빛 나전칠기 공방", "jagaebit", "kr",
   ("공방 보조 지원 결과 안내", "{full} 님께\n\n자개빛 공방의 보조 모집 글을 보고 연락 주셨지요, 감사드립니다. 고심 끝에 옻칠을 오래 다뤄 본 분과 함께하기로 정했습니다. 늘 건강하시고 하시는 일 잘 풀리길 빕니다.\n\n{sig} 드림"),
   ("offer", "공방 보조 채용 안내", "{full} 님께\n\n공방 보조로 모시게 되어 기쁩니다. 첫 출근은 {dl}입니다. 아쉽게도 작업장 난방기가 고장 나서 첫 주에는 따뜻하게 입고 오세요.\n\n{sig} 드림"))
lp("pt-cachaca", "pt", "Alambique Serra Mansa", "serramansa", "br",
   ("Sua candidatura – auxiliar de alambique", "Olá, {n},\n\nObrigado por querer fazer parte do alambique. Quem vai ficar é um rapaz daqui da serra que já cuidava da moenda de cana do vizinho. Boa sorte por aí.\n\nAbraços,\n{sig}"),
   ("interview", "Convite para conversa", "Olá, {n},\n\nPodemos conversar no alambique no dia {dl}, às 9h? Infelizmente a estrada de terra está ruim por causa da chuva, então venha com calma.\n\nAbraços,\n{sig}"))
lp("ru-paseka", "ru", "Пасека «Медовый лог»", "medovylog", "ru",
   ("Ответ на ваш отклик – помощник пчеловода", "Здравствуйте, {full}!\n\nСпасибо за письмо насчёт работы у нас на пасеке. Выбор пал на человека, который уже три зимы выхаживал пчёл в омшанике. Всего доброго.\n\nС уважением,\n{sig}"),
   ("application_received", "Ваш отклик получен", "Здравствуйте, {full}!\n\nМы получили ваш отклик. Какое бы решение ни было принято, мы напишем каждому кандидату до конца месяца.\n\nС уважением,\n{sig}"))
lp("sw-kiondo", "sw", "Ushirika wa Vikapu Machakos", "vikapumachakos", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAhsante kwa barua uliyotuandikia kuhusu kusimamia ushirika wa vikapu. Wanachama wameamua kumpa kazi hii mama mmoja aliyesuka kiondo pamoja nasi tangu zamani. Mungu akujalie kazi nyingine.\n\nWako,\n{sig}"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nKabla ya {dl}, fika ofisini ukiwa na kopi ya kitambulisho na barua ya mzee wa kijiji. Kwa bahati mbaya hatuwezi kupokea nyaraka kwa simu.\n\nWako,\n{sig}"))
lp("th-carve", "th", "บ้านแกะสลักไม้สันทราย", "santsaicarving", "th",
   ("ผลการสมัครงานช่างแกะสลัก", "เรียน คุณ{n}\n\nร้านขอบคุณที่ส่งใบสมัครช่างแกะสลักมาค่ะ คราวนี้ครูช่างตัดสินใจรับช่างจากบ้านถวายที่แกะลายกนกมานานแล้ว ขอเป็นกำลังใจให้นะคะ\n\nขอบคุณค่ะ\n{sig}"),
   ("interview", "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nครูช่างอยากคุยกับคุณที่โรงแกะสลักวันที่ {dl} ช่วงสายค่ะ เสียดายที่ลานหน้าโรงงานเพิ่งเทปูน ฝากจอดรถริมถนนแทนนะคะ\n\nขอบคุณค่ะ\n{sig}"))
lp("tr-bakir", "tr", "Bakırcılar Çarşısı Atölyesi", "bakircilar", "tr",
   ("Başvurunuz hakkında – kalaycı yardımcısı", "Sayın {full},\n\nKalaycı yardımcılığı için yazdığınıza sevindik. Ustamız bu işi, yıllardır çarşıda bakır döven bir komşunun oğluna verdi. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   ("offer", "İş teklifi – kalaycı yardımcısı", "Sayın {full},\n\nUstamız kalaycı yardımcılığı için sizi seçti. İşe başlama tarihi {dl}. Maalesef çay ocağımız tadilatta, ilk hafta termos getirmenizi öneririz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-truckart", "ur", "کراچی ٹرک آرٹ ورکشاپ", "truckartkhi", "pk",
   ("آپ کی درخواست کے بارے میں – نقاش", "محترمہ {full}،\n\nٹرک آرٹ ورکشاپ کو لکھا گیا آپ کا خط پہنچا، شکریہ۔ استاد جی نے نقاشی والی جگہ پرانے ٹرکوں پر مور بنانے والے ایک بزرگ کاریگر کے حوالے کر دی۔ دعا ہے جلد اچھا کام ملے۔\n\nوالسلام،\n{sig}"),
   ("next_steps", "اگلا مرحلہ – نمونہ", "محترمہ {full}،\n\nاپنے نقش و نگار کی تین تصویریں {dl} سے پہلے واٹس ایپ کر دیجیے۔ افسوس، ڈاک سے آیا کام ہم لوٹا نہیں پاتے۔\n\nوالسلام،\n{sig}"))
lp("zh-bamboo", "zh", "竹韵编织工坊", "zhuyunweave", "cn",
   ("关于您应聘竹编学徒的回复", "{full}您好：\n\n感谢您对本工坊的关注。经过综合考虑，我们已录用一位有多年竹编经验的师傅。祝您早日找到理想的工作。\n\n此致\n{sig}"),
   ("application_received", "已收到您的简历", "{full}您好：\n\n您投给工坊的简历我们已经收到。无论结果如何，我们都会在两周之内逐一通知每一位应聘者，请耐心等候。\n\n此致\n{sig}"))
lp("dan-rog", "dan", "Klitmøller Røgeri", "klitmollerrogeri", "dk",
   ("Din ansøgning som røgerimedhjælper", "Kære {n}\n\nTusind tak for dit brev. Pladsen ved ovnene går denne gang til en, der har røget sild og makrel i flere sæsoner. Alt godt fremover.\n\nVenlig hilsen\n{sig}"),
   ("application_received", "Din ansøgning er kommet frem", "Kære {n}\n\nDin ansøgning ligger nu her på røgeriet. Bliver det et ja eller et nej, så skriver jeg til dig, inden måneden slutter.\n\nVenlig hilsen\n{sig}"))
lp("dan-snedker", "dan", "Egetræ Møbelsnedkeri", "egetrae", "dk",
   ("Stillingen som snedkerlærling", "Hej {n}\n\nMange tak for din interesse for lærepladsen. Vi har besluttet at tilbyde den til en ansøger, der allerede har gået på grundforløbet. Held og lykke med søgningen.\n\nBedste hilsner\n{sig}"),
   ("next_steps", "Næste skridt – dokumenter", "Hej {n}\n\nSend venligst dit eksamensbevis og en udtalelse senest {dl}. Desværre kan vi ikke åbne filer fra telefonens fotoapp.\n\nBedste hilsner\n{sig}"))
lp("ukr-vyshyvka", "ukr", "Майстерня вишивки «Барвінок»", "barvinok", "ua",
   ("Відповідь щодо вашої заявки", "Добрий день, {full}!\n\nДякуємо за інтерес до нашої майстерні. Після розгляду всіх заявок ми обрали кандидатку, яка вже має досвід машинної вишивки. Бажаємо вам успіхів.\n\nЗ повагою,\n{sig}"),
   ("application_received", "Вашу заявку отримано", "Добрий день, {full}!\n\nЛист із вашою заявкою вже в майстерні. Візьмемо чи ні – за два тижні кожен кандидат отримає від нас відповідь.\n\nЗ повагою,\n{sig}"))
lp("ukr-syr", "ukr", "Сироварня «Зелена долина»", "zelenadolyna", "ua",
   ("Щодо вакансії помічника сировара", "Добрий день, {full}!\n\nРадо прочитали ваш лист про місце помічника сировара. Цього разу господар узяв хлопця з сусіднього села, що доїв корів на фермі. Щасти вам.\n\nЗ повагою,\n{sig}"),
   ("next_steps", "Наступний крок – документи", "Добрий день, {full}!\n\nБудь ласка, надішліть медичну книжку та копію паспорта до {dl}. На жаль, без медичної книжки ми не можемо допустити до цеху.\n\nЗ повагою,\n{sig}"))
lp("hrv-brod", "hrv", "Brodogradilište Drveni Jarbol", "drvenijarbol", "hr",
   ("Vaša prijava za mjesto pomoćnog brodograditelja", "Dobar dan, {full},\n\nhvala što ste nam pisali. Nakon razgovora odabrali smo majstora koji je već krpao drvene gajete i pasare. Neka vam more bude mirno i u daljnjoj potrazi.\n\nS poštovanjem,\n{sig}"),
   ("interview", "Poziv na razgovor", "Dobar dan, {full},\n\npozivamo vas na razgovor {dl} u 9 sati u radionici. Nažalost, parkiralište uz more je zatvoreno, pa molimo da dođete pješice iz centra.\n\nS poštovanjem,\n{sig}"))
lp("hrv-konoba", "hrv", "Konoba Stari Mlin", "starimlin", "hr",
   ("Odgovor na prijavu – pomoćni kuhar", "Dobar dan, {full},\n\nlijepo od vas što ste poslali životopis. Ove sezone u kuhinju se vraća kuhar koji je s nama peku palio prošlog ljeta. Sve najbolje.\n\nLijep pozdrav,\n{sig}"),
   ("offer", "Ponuda za posao – pomoćni kuhar", "Dobar dan, {full},\n\ndrago nam je ponuditi vam mjesto pomoćnog kuhara od {dl}. Nažalost, smještaj za osoblje je popunjen, pa ćemo vam pomoći pronaći sobu u selu.\n\nLijep pozdrav,\n{sig}"))
lp("msa-songket", "msa", "Teratak Songket Kuala Terengganu", "tarataksongket", "my",
   ("Permohonan jawatan penenun songket", "Salam sejahtera {n},\n\nKami hargai surat permohonan anda. Setelah berbincang, teratak memilih penenun yang sudah biasa menyongket dengan benang emas. Semoga murah rezeki anda.\n\nYang benar,\n{sig}"),
   ("interview", "Jemputan temu duga", "Salam sejahtera {n},\n\nAnda dijemput ke temu duga pada {dl}, jam 10 pagi, di bengkel kami. Malangnya tempat letak kereta sedang dibaiki, jadi sila parkir di masjid berdekatan.\n\nYang benar,\n{sig}"))
lp("msa-kopi", "msa", "Kilang Kopi Tenom Lama", "kopitenom", "my",
   ("Keputusan permohonan – pembantu pemanggang", "Salam sejahtera {n},\n\nKami ingin memaklumkan bahawa jawatan pembantu pemanggang kopi telah diisi oleh calon lain yang tinggal berhampiran kilang. Terima kasih atas minat anda.\n\nYang benar,\n{sig}"),
   ("offer", "Tawaran kerja – pembantu pemanggang", "Salam sejahtera {n},\n\nDengan sukacitanya kami menawarkan anda jawatan pembantu pemanggang bermula {dl}. Malangnya asrama pekerja sudah penuh, jadi elaun sewa akan diberi.\n\nYang benar,\n{sig}"))
lp("tgl-jeep", "tgl", "Talyer ng Karosa Mabuhay", "karosamabuhay", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa pag-apply bilang pintor ng karosa sa aming talyer. Pagkatapos suriin ang lahat ng aplikante, pumili kami ng may mas mahabang karanasan sa pagpipinta ng dyip. Good luck sa iyong paghahanap.\n\nLubos na gumagalang,\n{sig}"),
   ("interview", "Imbitasyon sa interview", "Magandang araw, {n}!\n\nPuwede ka bang dumaan sa talyer sa {dl}, alas-nuwebe ng umaga, para makapag-usap tayo? Sa kasamaang-palad, wala pang kuryente sa likod na bodega kaya mainit doon.\n\nLubos na gumagalang,\n{sig}"))
lp("tgl-pina", "tgl", "Habihan ng Piña sa Kalibo", "pinakalibo", "ph",
   ("Resulta ng iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa liham mo tungkol sa puwesto ng manghahabi sa habihan. Napagpasyahan naming kunin ang isang aplikanteng taga-rito na marunong nang magkayas ng hibla. Hangad namin ang iyong tagumpay.\n\nNagpapasalamat,\n{sig}"))


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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day} {q:%B %Y} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 106; this slice, slice 108 and any later one are skipped by number."""
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
