# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-ninth sealed blind slice for issue 11 (blind-slice-199.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 199; slice 199, slice 200 and later never read; our side printed)
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

SEED = 1991991
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-199.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 199
SKIP_FROM = 199  # this slice, slice 200 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Morven Urquhart", "Ishbel MacKinnon", "Wilfred Tagaloa", "Jesiah Kwaiga", "Sravani Kolluri",
    "Venkata Ramana Gorantla", "Shurenska Croes", "Jurick Tromp", "Tamsyn Kowalchuk", "Darcy Nisga'a-Reid",
    "Urška Zupančič", "Matevž Kranjc", "Aditi Deshmukh", "Omkar Patwardhan", "Fionnlagh Ross",
    "Elspeth Grant", "Leilani Pitakaka", "Harika Chintalapudi", "Rosangela Wever", "Beatrix Lindqvist-Hall",
    "Niamh Ó Dálaigh", "Tyrell Okafor-Banks", "Saoirse Delahunt", "Mikaere Tawhiri", "Thandeka Dube",
    "Callan Pritchett", "Zoë Ferreira-Mann", "Rhys Abernethy", "Kalyani Bhosale", "Nadia Rasmussen",
]
REGION_SIGNERS = {
    "uk": ["Catriona MacLeod", "Ewan Munro", "Kirsty Fraser", "Alasdair Mackintosh"],
    "ie": ["Orla Fennessy", "Cathal Brennan"], "us": ["Loretta Birchfield", "Duane Okamura", "Reba Castellanos"],
    "cap": ["Gwen Skidegate", "Harjinder Mann", "Todd Lindgren"], "au": ["Kylie Prendergast", "Ashwin Moodley"],
    "nz": ["Aroha Te Rangi", "Brent Kilgour"], "za": ["Lerato Mokoena", "Johan du Plessis"],
    "sb": ["Grace Tuhaika", "Peter Rukale", "Esther Manelusi"], "vj": ["Srinivasa Rao Mandava", "Lakshmi Prasanna Vemuri", "Kiran Kumar Nallamothu"],
    "aw": ["Marisela Kock", "Rudy Geerman", "Sharline Maduro"], "si": ["Mojca Novak", "Primož Kos", "Tjaša Horvat"],
    "mh": ["Sunanda Kulkarni", "Prasad Joshi", "Manasi Gokhale"],
}
GENERAL = ["Dana Whitlock", "Imani Osei", "Tomasz Wrobel", "Priya Ramakrishnan"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "ivn": "uk"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "نادر الشمري"], "de": ["Heike Lindemann", "Ansgar Mertens"],
    "es": ["Montserrat Roig", "Patricio Villalba"], "fr": ["Gaëlle Rousseau", "Yannick Le Goff"],
    "hi": ["सरिता पाण्डेय", "अनुराग श्रीवास्तव"], "it": ["Donatella Sarti", "Piero Gualtieri"],
    "ja": ["松本 由美", "藤田 誠"], "ko": ["한서연", "윤재민"], "pt": ["Inês Magalhães", "Tiago Barros"],
    "ru": ["Ольга Белова", "Сергей Григорьев"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["สุนันทา ศรีสุข", "ธนากร ใจดี"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "عمران چودھری"], "zh": ["李秀英", "张建国"],
    "slk": ["Zuzana Kováčová", "Martin Baláž"], "lit": ["Aistė Žukauskienė", "Darius Stankevičius"],
    "lav": ["Inese Zariņa", "Māris Kalniņš"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Αντωνίου"],
    "heb": ["מיכל לוי", "אבי כהן"], "fas": ["مریم رضایی", "بهرام کاظمی"], "ben": ["রুমানা হক", "সৌমিত্র বসু"],
    "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"], "ind": ["Siti Rahayu", "Agus Prasetyo"], "tgl": ["Maricel Santos", "Jomar Reyes"],
}
LANG_RECIPIENTS = {
    "ar": ["هند السالم", "يوسف القحطاني"], "de": ["Annika Vogel", "Florian Brandt"],
    "es": ["Lucía Ortega", "Javier Pizarro"], "fr": ["Manon Lefèvre", "Hugo Perrin"],
    "hi": ["नेहा सक्सेना", "रोहित वर्मा"], "it": ["Sara Cattaneo", "Davide Russo"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["이수빈", "강도윤"], "pt": ["Beatriz Lopes", "Gonçalo Pinto"],
    "ru": ["Анна Смирнова", "Иван Волков"], "sw": ["Amina Said", "Hamisi Mrema"],
    "th": ["กมลวรรณ รักดี", "ปิยะพงษ์ ทองดี"], "tr": ["Selin Arslan", "Can Öztürk"],
    "ur": ["صبا حسن", "بلال احمد"], "zh": ["赵敏", "孙磊"],
    "slk": ["Lucia Hudecová", "Peter Mrva"], "lit": ["Ieva Paulauskaitė", "Lukas Vaitkus"],
    "lav": ["Elīna Krūmiņa", "Rihards Ozoliņš"], "ell": ["Μαρία Γεωργίου", "Κώστας Δημητρίου"],
    "heb": ["נועה פרידמן", "יונתן שפירא"], "fas": ["زهرا حسینی", "علی موسوی"], "ben": ["তানিয়া রহমান", "রাকিব হাসান"],
    "vie": ["Phạm Minh Anh", "Lê Hoàng Nam"], "ind": ["Dewi Lestari", "Budi Santoso"], "tgl": ["Kristine Aquino", "Paolo Mendoza"],
}
GIVEN = {"Venkata Ramana Gorantla": "Ramana", "Srinivasa Rao Mandava": "Srinivas", "Lakshmi Prasanna Vemuri": "Prasanna", "Kiran Kumar Nallamothu": "Kiran", "Nguyễn Thị Lan": "Lan", "Trần Quốc Bảo": "Bảo", "Phạm Minh Anh": "Anh", "Lê Hoàng Nam": "Nam", "Aroha Te Rangi": "Aroha", "Gwen Skidegate": "Gwen"}
PROVIDERS = ["heronpost", "sedgemail", "cairnbox", "larchpost", "otterbox", "gullmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ivn": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "gr": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cap": ("-0800", "-0700", "us"), "aw": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""),
    "vj": ("+0530", None, ""), "mh": ("+0530", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sb": ("+1100", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cap")
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
QNOTE = "\n{sf}, a big thanks for the boat-shed tour on Thursday. Forklift ticket good till August; Mrs Balfour-Nkemelu, my referee, answers from five.\n{n}"
FOOT = "\n\n== {CO} | TARROWDENE CAREERS ==\nTarrowdene drops its newest openings each Wednesday lunchtime. Mirkwell alerts sort those by county and rota; the Dornach Ledger, a quarterly staff sheet, prints quiz-night tallies and bake sale photos. Text TARROWSTOP and we stop. Nobody reads replies sent here; idle profiles vanish at thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
C = "{co} Careers <careers@{dom}>"
mr("a1", "Your candidate home: {role}", "Hello {n},\n\nThe status of requisition R-{ref} ({role}) now reads: Closed - seat gone to another applicant.\n\nOther postings remain open to browse from your candidate home at {co}.\n\nTalent Acquisition, {co}", ("Loch Ness Boatyard Services", "Ridley Cannery Prince Rupert"), ("lochnessboatyard", "ridleycannery"), frm=C, role=("Slipway Hand", "Line Lead"), tz=("ivn", "cap"))
mr("a2", "{role} at {co}: an update from the hiring team", "Hi {n},\n\nOur panel sat down with the {role} scorecards on Wednesday. A different candidate, whose background sat nearer this team's work, is the one going ahead.\n\nMuch obliged for your hours with us.\n\n{sig}\n{co}", ("Guadalcanal Plains Palm Oil", "Krishna Delta Agro Exports"), ("gpplamoil", "krishnadeltaagro"), frm=C, role=("Estate Supervisor", "Quality Officer"), tz=("sb", "vj"))
mr("a3", "{co}: {role}", "Hey {n},\n\nThanks for getting to know the {co} team. For {role}, other candidates carry on. Your profile sits in the Tarrowdene talent pool ten months; send STAYKEEP back to be left out.\n\n{sig}", ("Oranjestad Desalination Works", "Ljubljana Cable Labs"), ("oranjestaddesal", "ljcablelabs"), role=("Plant Operator", "Test Engineer"), tz=("aw", "si"))
mr("a4", "Application status - {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not moving ahead - other applicant selected</td></tr></table><p>With thanks, {co} Recruiting</p></body></html>", ("Baramati Sugar Cooperative", "Millburn Distillery Inverness"), ("baramatisugar", "millburndistil"), frm=C, role=("Shift Chemist", "Stillman"), tz=("mh", "ivn"))
mr("a5", "Regarding your interest in {role}", "Dear {n},\n\nThe {role} posting required a valid marine radio certificate. Your form showed none, so it stops here.\n\nDo try again once the certificate is in your hand.\n\n{co} Human Resources", ("Honiara Port Pilots", "Skeena Rail Terminal"), ("honiarapilots", "skeenarail"), frm=C, role=("Deckhand", "Brakeman"), tz=("sb", "cap"))
mr("a6", "{co} - requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}) is filled. Submission flagged Inactive.\n\nRegards,\n{co} Staffing", ("Benz Circle Motors", "Palm Beach Laundry Services"), ("benzcirclemotors", "palmbeachlaundry"), frm=C, role=("Service Advisor", "Night Supervisor"), tz=("vj", "aw"))
mr("a7", "Following your trial shift", "Hi {n},\n\nCheers for the {role} trial shift last week. The choice is made: another applicant gets the start.\n\nCheers,\n{sig}\n{co}", ("Kranj Bakery Hub", "Kolhapur Jaggery Works"), ("kranjbakery", "kolhapurjaggery"), role=("Oven Hand", "Packing Hand"), tz=("si", "mh"))
mr("a8", "{role} vacancy", "Hello {n},\n\nWe filled the {role} post from inside our own team, as a colleague asked to transfer across. External applications, yours with them, go no further.\n\nAll the best,\n{sig}, People team, {co}", ("Dingwall Livestock Mart", "Auki Shipping Agency"), ("dingwallmart", "aukishipping"), role=("Yard Clerk", "Cargo Clerk"), tz=("ivn", "sb"))
mr("a9", "Hvala - {role} application", "Hi {n},\n\nHvala for applying to {co}. After review we chose candidate with profile closer to team needs, so {role} application is finished. Lep pozdrav,\n{sig}", ("Maribor Pallet Systems", "Celje Enamel Ware"), ("mariborpallet", "celjeenamel"), role=("Forklift Driver", "Glaze Operator"), tz=("si", "si"))
mr("a10", "{role}: assessment results", "Hello {n},\n\nYour online assessment for {role} scored {x}, and the threshold for interview this round was {y}. We are closing your application here.\n\nKind regards,\n{co} Recruitment", ("Gannavaram Airport Catering", "Nakkavanipalem Fabrication"), ("gannavaramcatering", "nakkafab"), frm=C, role=("Kitchen Steward", "Welder"), tz=("vj", "vj"), x=("22 of 50", "47%"), y=("31", "60%"))
mr("a11", "Bon dia - {role}", "Bon dia {n},\n\nDanki for coming by the office. The manager look at all the applications and he give the {role} job to a other person. We wish you strength in looking, ayo.\n\nDanki,\n{sig}\n{co}", ("San Nicolas Block Factory", "Noord Bike Rental"), ("sannicolasblock", "noordbikes"), role=("Yard Hand", "Rental Hand"), tz=("aw", "aw"))
mr("a12", "From both of us at {co}", "Hi {n},\n\nYou spoke with both founders, Ravi and Corinne, this week. They've each thought it over and the {role} seat is for someone else. We valued how openly you talked.\n\n{sig}", ("Rupert Ridge Analytics", "Pune Ledgerworks"), ("rupertridge", "puneledger"), role=("Data Analyst", "Support Engineer"), tz=("cap", "mh"))
mr("a13", "{co} season crew", "Hi {n},\n\nEvery bunk on the {role} crew is taken by returning workers from last season, leaving nothing for new starters this year.\n\nCheers for the thought,\n{sig}", ("Nass River Fish Camp", "Ratnagiri Mango Picking Crew"), ("nassfishcamp", "ratnagirimango"), role=("Gutting Line", "Mango Picking"), tz=("cap", "mh"))
mr("s1", "Your application, {co}", "Hello {n},\n\nFerry Steward is taken by a person with more sea time, so no interview this round.\n\nBest wishes,\n{sig}\n{co}", "Kessock Ferries", "kessockferries", tz="ivn")
mr("s2", "Application - Warehouse Checker", "Good day {n},\n\nTagio for applying to {co}. Management have decided on other person for Warehouse Checker, so your application no go forward this time. Tagio tumas for your interest.\n\n{sig}", "Point Cruz Wholesalers", "pointcruzwholesale", tz="sb")
mr("s3", "Application for Accounts Assistant", "Respected {n} garu,\n\nPlease note the Accounts Assistant candidature at {co} is not shortlisted. Management has selected another profile. Replies to this mail id are not read.\n\nRegards,\n{sig}", "Eluru Road Textiles", "elururoadtex", tz="vj")
mr("s4", "Sous Chef - {co}", "Hi {n},\n\nDanki for passing by the grill. The Sous Chef post go to a applicant with more years on the line. Ayo, and keep in touch!\n\n{sig}", "Eagle Beach Grill", "eaglebeachgrill", tz="aw")
mr("s5", "Re: Deckhand application", "Hey {n},\n\nAppreciate you sending your stuff over, eh. A fella who's run crab pots got the job, he's fished out of Rupert for a few seasons already. Good luck out there.\n\n{sig}\n{co}", "Tuck Inlet Crab Co", "tuckinletcrab", tz="cap")
mr("s6", "Your application - Lab Technician", "Dear {n},\n\nHvala for application. Other candidate was chosen by us for Lab Technician position. Much success further.\n\nLep pozdrav,\n{sig}\n{co}", "Novo Mesto Pharma Packaging", "nmpharmapack", tz="si")
mr("s7", "Application status: Sales Executive", "Namaskar {n},\n\nThank you for applying at {co}. After the round of interviews, for Sales Executive management finalised one different candidate. Your details are deleted on request.\n\nDhanyavaad,\n{sig}", "Nagpur Orange Exporters", "nagpurorange", tz="mh")
mr("s8", "Trainee Surveyor", "Hi {n},\n\nThanks for applying to {co}. Our Trainee Surveyor place is filled, so no interview this time.\n\nKind regards,\n{sig}", "Ashby Quay Surveyors", "ashbyquaysurvey", tz="uk")
mr("s9", "Stores Operative - {co}", "Hi {n},\n\nThanks a million, truly. We'll not be bringing your application forward for Stores Operative on this occasion.\n\nAll the best,\n{sig}", "Ballinasloe Hardware", "ballinasloehw", tz="ie")
mr("s10", "Maintenance Tech application", "Hi {n},\n\nThanks for applying for Maintenance Tech at {co}. We've decided to go forward with other applicants and have closed your file.\n\nRespectfully,\n{sig}", "Abilene Feed Mill", "abilenefeedmill", tz="usc")
mr("s11", "Re: Grounds Crew", "G'day {n},\n\nTa for having a go. The Grounds Crew spot's gone to a Mildura local, so yours stops here.\n\nCheers,\n{sig}", "Sunraysia Turf Farms", "sunraysiaturf", tz="au")
mr("s12", "Orchard Hand - {co}", "Kia ora {n},\n\nOrchard Hand application: The team is full for the season; sorry, no room.\n\nNgā mihi,\n{sig}", "Motueka Hop Gardens", "motuekahops", tz="nz")
mr("s13", "Your application: Stock Controller", "Hi {n},\n\nThank you for applying to {co}. Regrettably the Stock Controller job went elsewhere.\n\nSterkte, hey,\n{sig}", "Mbombela Citrus Packers", "mbombelacitrus", tz="za")
mr("s14", "Porter post, {co}", "Hello {n},\n\nAbout the Porter post: a lad from Nairn who did our summer season takes it.\n\nAll the best,\n{sig}", "Culloden Moor Coaches", "cullodencoaches", tz="ivn")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nYour visit was a joy, and the bothy still talks of your knot-tying. The partners handed the {role} post to Iain Macrae; he said yes on Monday.\n\nAll the best,\n{sig}\n\n{OUT}", ("Caledonian Canal Moorings", "Kitimat Road Marine"), ("calcanalmoorings", "kitimatmarine"), role=("Lock Keeper", "Marine Rigger"), tz=("ivn", "cap"))
mr("t2", "RE: [EXT] Re: Interview for {role}", "Dear {n},\n\nGrateful you sat through our long panel day; your answers on stock rotation stayed with all of us. Management handed the {role} position to Mrs Padmavathi, who joins after Sankranti.\n\nWith regards,\n{sig}\n\n{GM}", ("Governorpet Pharma Distributors", "Lunga Valley Supplies"), ("govpetpharma", "lungavalley"), role=("Stores In-charge", "Storekeeper"), tz=("vj", "sb"))
mr("t3", "RE: [EXT] Re: {role}", "Hello {n},\n\nDanki for the nice conversation on Tuesday; your idea for the morning shift was smart. The directors appointed Ryan Arends to {role}, and he started this week.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Savaneta Water Sports", "Piran Salt Pans Visitor Centre"), ("savanetawater", "piransaltpans"), role=("Front Desk Host", "Guide"), tz=("aw", "si"))
mr("t4", "RE: [EXT] Re: Follow-up - {role}", "Hi {n},\n\nGrateful you spent your Saturday at the workshop with us. The owners have gone with Shraddha Pawar for {role}; she signed her contract yesterday.\n\nKindest,\n{sig}\n\n{RULE}", ("Satara Road Joinery", "Beauly Timber Frames"), ("sataraJoinery".lower(), "beaulytimber"), role=("Bench Joiner", "Frame Erector"), tz=("mh", "ivn"))
mr("t5", "RE: [EXT] Re: {role} - next steps?", "Hey {n},\n\nThe foreman rated your site walk highly. The hiring group picked Kwaku Mensah-Lowe for {role}; his references came through on Friday.\n\nThanks again,\n{sig}\n\n{OUT}", ("Cow Bay Net Loft", "Tenaru Road Builders"), ("cowbaynetloft", "tenaruroad"), role=("Net Mender", "Site Clerk"), tz=("cap", "sb"))
mr("t6", "RE: [EXT] Re: {role} chat", "Dear {n},\n\nLovely hearing of your co-op dairy years; Mrs Joshi enjoyed it greatly. Our director selected Tejas Gaikwad for the {role} role, and he joins in a fortnight.\n\nRegards,\n{sig}\n\n{GM}", ("Kothrud Dairy Foods", "Moghalrajpuram Cold Chain"), ("kothruddairy", "mogcoldchain"), role=("Dispatch Supervisor", "Cold Room Lead"), tz=("mh", "vj"))
mr("t7", "RE: [EXT] Re: Thank you - {role}", "Hi {n},\n\nYour kind note after the panel was read by all of us. The board has decided on Ana Vrhovec for {role}, starting after the long weekend.\n\nVery best,\n{sig}\n\n{ORIG}", ("Bled Lakeside Rowing Centre", "Malmok Marina"), ("bledrowing", "malmokmarina"), role=("Boat Technician", "Dock Hand"), tz=("si", "aw"))
mr("t8", "RE: [EXT] Re: Panel follow-up", "Hello {n},\n\nGrateful for your hour with the committee; your night-route questions were sharp. The committee settled on Morag Henderson for {role}, and she starts next Monday.\n\nBest wishes,\n{sig}\n\n{RULE}", ("Highland Community Transport", "Ferguson Point Shuttle"), ("highlandct", "fergusonshuttle"), role=("Minibus Coordinator", "Dispatcher"), tz=("ivn", "cap"))
# ---- 8 clear refusals under long footers
mr("f1", "Your {co} application", "Hi {n},\n\nFor {role} the shortlist is settled; sorry, yours stops at this point.{FOOT}", ("Tarrowdene Highland Hire", "Tarrowdene Rupert Logistics"), ("tdhighland", "tdrupert"), frm=C, role=("Plant Hire Driver", "Yard Planner"), tz=("ivn", "cap"))
mr("f2", "{role} - outcome", "Dear {n},\n\nUnfortunately {role} was not to be for you this round.{FOOT}", ("Tarrowdene Aruba Hospitality", "Tarrowdene Honiara Retail"), ("tdaruba", "tdhoniara"), frm=C, role=("Banquet Server", "Cashier"), tz=("aw", "sb"))
mr("f3", "Decision: {role}", "Hello {n},\n\nThe {role} role goes to another applicant. Your careful application was noticed.{FOOT}", ("Tarrowdene Andhra Foods", "Tarrowdene Pune Packaging"), ("tdandhra", "tdpune"), frm=C, role=("Line Supervisor", "Print Operator"), tz=("vj", "mh"))
mr("f4", "{role} application", "Hi {n},\n\nThanks for the interest shown. {role} went to other people this time.{FOOT}", ("Tarrowdene Koper Freight", "Tarrowdene Moray Logistics"), ("tdkoper", "tdmoray"), frm=C, role=("Freight Clerk", "Van Driver"), tz=("si", "ivn"))
# ---- 9 hedged refusals
mr("h1", "About the {role} role", "Hi {n},\n\nThanks for meeting us. A couple of others sit a shade nearer what {role} calls for, and they continue.\n\nBest,\n{sig}\n{co}", ("Crown Estate Kennels Nairn", "Mount Austen Security"), ("nairnkennels", "mtaustensecurity"), role=("Kennel Hand", "Patrol Officer"), tz=("ivn", "sb"))
mr("h2", "{role} update", "Dear {n},\n\nAfter more thought the firm chose a different path and will split the {role} duties across the people already here.\n\nThank you for your time,\n{sig}", ("Patamata Printers", "Hadicurari Laundry"), ("patamataprint", "hadicurarilaundry"), role=("Press Assistant", "Laundry Supervisor"), tz=("vj", "aw"))
mr("h3", "{role} interview - thank you", "Hi {n},\n\nWe enjoyed talking with you. Some of the other profiles we saw match the brief for {role} slightly better, and we are taking those forward.\n\nWarm regards,\n{sig}", ("Port Edward Cannery Museum", "Sangli Turmeric Traders"), ("portedwardmuseum", "sanglituremric"), role=("Visitor Assistant", "Godown Clerk"), tz=("cap", "mh"))
mr("h4", "Boat Mechanic", "Hello {n},\n\nThank you for applying. Another applicant brought more outboard hours, and we think that suits us better for now.\n\nKind regards,\n{sig}\n{co}", "Izola Boat Service", "izolaboat", tz="si")
mr("h5", "Your application", "Hi {n},\n\nWe had a good chat about the Store Supervisor job. The company has decided to use a labour hire crew from Auki instead of hiring directly.\n\nRegards,\n{sig}\n{co}", "Henderson Field Stores", "hendersonstores", tz="sb")
mr("h6", "Warehouse Lead", "Dear {n},\n\nThanks for waiting. Others in the pool matched rather better with what the Warehouse Lead role asks for.\n\nBest regards,\n{sig}\n{co}", "Inverness Retail Park Logistics", "irplogistics", tz="ivn")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call", "Hi {n},\n\nGood chatting Tuesday. The client chose another shortlisted person for {role}. A {x} opening at a firm down the road looks right for you; shall I send your details across?\n\n{sig}\n{co}", ("Great Glen Recruitment", "Tongass Staffing"), ("greatglenrec", "tongassstaff"), role=("Site Engineer", "Harbour Electrician"), x=("Quarry Engineer", "Shipyard Electrician"), tz=("ivn", "cap"))
mr("r2", "Re: our phone call", "Namaskar {n},\n\nAs discussed, the client finalised another candidate for {role}. But there is one {x} requirement with a Hadapsar client, same package. Kindly confirm, then I forward your CV.\n\nRegards,\n{sig}\n{co}", ("Sahyadri Talent Partners", "Bezawada Manpower"), ("sahyadritalent", "bezawadamanpower"), role=("QA Executive", "Billing Executive"), x=("QC Executive", "Accounts Executive"), tz=("mh", "vj"))
mr("r3", "Update after our chat", "Hi {n},\n\nGuest Relations went to someone else at the hotel. A cruise terminal client also wants a Shore Excursion Desk agent from next month; may I pass on your profile?\n\n{sig}\n{co}", "Caribbean Coast Staffing", "caribcoaststaff", tz="aw")
mr("r4", "Mining Admin role", "Hey {n},\n\nTagio for the call. The Gold Ridge client took another candidate. One more client in Honiara needs a Logistics Officer now; I send your name?\n\n{sig}\n{co}", "Pacific Islands Placements", "pacificplacements", tz="sb")
mr("r5", "After our call", "Dear {n},\n\nThe client decided for another candidate for Process Engineer. We have however new opening for Maintenance Planner in Velenje, maybe it is interesting for you? Please let me know.\n\nLep pozdrav,\n{sig}\n{co}", "Alpine Adria Recruiting", "alpineadriarec", tz="si")
# ---- 8 public-sector notices
mr("p1", "Notice of referral outcome: {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you qualified, but only the top-ranked band was sent to the selecting official, and you ranked below it.\n\nHuman Resources, {co}", ("The Highland Council", "City of Prince Rupert"), ("highlandcouncil", "princerupertcity"), frm="{co} <recruitment@{dom}>", role=("Roads Operative", "Water Operator"), tz=("ivn", "cap"))
mr("p2", "Eligibility decision - {role}", "Dear {n},\n\nIneligible: your {role} file lacked the {x} at the closing date, and it is closed.\n\n{co}", ("Office of the District Collector Krishna", "Ministry of Public Service Solomon Islands"), ("krishnacollector", "mpssolomons"), frm="{co} <notices@{dom}>", role=("Junior Assistant", "Clerical Officer"), x=("residence certificate", "certified Form 7 result"), tz=("vj", "sb"))
mr("p3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe {role} vacancy is withdrawn and no appointment follows. All applications, yours among them, are closed.\n\n{co}", ("Government of Aruba, Department of Personnel", "Municipality of Ljubljana"), ("dpaaruba", "ljmunicipal"), frm="{co} <vacatures@{dom}>", role=("Administrative Officer", "Parks Technician"), tz=("aw", "si"))
mr("p4", "Written examination result", "Dear {n},\n\n{role} written test: you scored {x}. Stage two needed {y}; your candidature stops here.\n\n{co}", ("Pune Municipal Recruitment Cell", "Highland Fire Training Unit"), ("punemunrec", "highlandfiretrain"), frm="{co} <exams@{dom}>", role=("Ward Clerk", "Retained Firefighter"), x=("41/120", "52%"), y=("58", "66%"), tz=("mh", "ivn"))
# ---- 6 bare ATS status updates
mr("b1", "Status update: {role}", "Hi {n},\n\nUpdate on {role}: no longer under consideration.\n\n{co}", ("Nanaimo Cold Storage", "Vijayawada Steel Traders"), ("nanaimocold", "vjasteel"), frm=C, role=("Forklift Operator", "Billing Clerk"), tz=("cap", "vj"))
mr("b2", "Application status changed", "<html><body><p>{n},</p><p>Role: <b>{role}</b></p><p>Stage: <b>No longer being considered</b></p><p>{co}</p></body></html>", ("Aruba Duty Free Partners", "Slovenske Brewery Laško Depot"), ("arubadutyfree", "laskodepot"), frm=C, role=("Sales Associate", "Depot Driver"), tz=("aw", "si"))
mr("b3", "Your application ({ref})", "<html><body><p>Hello {n},</p><p>Your application for {role} is no longer being considered.</p><p>{co} Talent</p></body></html>", ("Honiara Telecom Store", "Alness Fabrication"), ("honiaratel", "alnessfab"), frm=C, role=("Retail Advisor", "Plater"), tz=("sb", "ivn"))
# ---- 6 internship / graduate decisions
mr("g1", "{co} summer internship decision", "Dear {n},\n\nThe {co} summer internship drew many strong students, and there was no place left for you this year.\n\nThe Early Careers team", ("Skeena Environmental", "Cromarty Firth Energy"), ("skeenaenv", "cromartyenergy"), frm=C, tz=("cap", "ivn"))
mr("g2", "Graduate programme {ref}", "Dear {n},\n\nThe selection panel has reviewed your assessment centre results. The {role} graduate programme intake is chosen without you this year.\n\nGraduate Recruitment, {co}", ("Andhra Power Distribution", "Maharashtra Agri Bank"), ("apdiscom", "mahagribank"), frm=C, role=("Engineering", "Banking"), tz=("vj", "mh"))
mr("g3", "Internship application", "Hi {n},\n\nAll six {role} internship places went to other students this year; sorry.\n\nBest wishes,\n{sig}\n{co}", ("Arikok Park Foundation", "Postojna Cave Trust"), ("arikokpark", "postojnacave"), role=("Ranger", "Guide"), tz=("aw", "si"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "c1", "We've received your application: {role}", "Hello {n},\n\nThanks for applying for {role}. Your candidate home will show one of: Received, In review, Interview, Offer, and, for some, Closed - seat gone to another applicant.\n\nTalent Acquisition, {co}", ("Loch Ness Boatyard Services", "Ridley Cannery Prince Rupert"), ("lochnessboatyard", "ridleycannery"), frm=C, role=("Boat Painter", "Fish Grader"), tz=("ivn", "cap"))
mo(A, "c2", "Thanks for applying to {co}", "Hi {n},\n\nThe {role} application has landed safely. If the panel ends up preferring a different candidate, an email tells you that as well.\n\n{sig}\n{co}", ("Guadalcanal Plains Palm Oil", "Krishna Delta Agro Exports"), ("gpplamoil", "krishnadeltaagro"), frm=C, role=("Field Clerk", "Lab Assistant"), tz=("sb", "vj"))
mo(A, "c3", "{co}: got it", "Hey {n},\n\nWe've got your {role} application. However this round lands, your name sits in the Tarrowdene talent pool ten months (send STAYKEEP back to be left out).\n\n{sig}", ("Oranjestad Desalination Works", "Ljubljana Cable Labs"), ("oranjestaddesal", "ljcablelabs"), role=("Pump Fitter", "Lab Technician"), tz=("aw", "si"))
mo(A, "c4", "Application received - {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Current step</td><td>Received</td></tr><tr><td>Possible next steps</td><td>Interview / Offer / Not moving ahead</td></tr></table><p>{co} Recruiting</p></body></html>", ("Baramati Sugar Cooperative", "Millburn Distillery Inverness"), ("baramatisugar", "millburndistil"), frm=C, role=("Boiler Attendant", "Warehouse Operative"), tz=("mh", "ivn"))
mo(A, "c5", "We have your application", "Dear {n},\n\nApplication for {role}, noted. Forms without a valid marine radio certificate are closed at screening, so please check yours is attached.\n\n{co} Human Resources", ("Honiara Port Pilots", "Skeena Rail Terminal"), ("honiarapilots", "skeenarail"), frm=C, role=("Boat Crew", "Yard Engineer"), tz=("sb", "cap"))
mo(A, "c6", "Submission {ref} received", "Dear {n},\n\nSubmission for {role}: Active. If a different applicant fills the requisition first, it will change to Inactive and we'll email you.\n\n{co} Staffing", ("Benz Circle Motors", "Palm Beach Laundry Services"), ("benzcirclemotors", "palmbeachlaundry"), frm=C, role=("Parts Clerk", "Delivery Driver"), tz=("vj", "aw"))
mo(A, "c7", "Thanks, {n}", "Hi {n},\n\nCheers for the {role} application. Trial shifts go in turn; if somebody's picked before your turn, we tell you straight.\n\n{sig}\n{co}", ("Kranj Bakery Hub", "Kolhapur Jaggery Works"), ("kranjbakery", "kolhapurjaggery"), role=("Bakery Hand", "Boiling Hand"), tz=("si", "mh"))
mo(A, "c8", "{role}: application logged", "Hello {n},\n\nWe've logged your {role} application. Sometimes a colleague from inside moves across first; if that happens, we'll let you know.\n\n{sig}, People team, {co}", ("Dingwall Livestock Mart", "Auki Shipping Agency"), ("dingwallmart", "aukishipping"), role=("Auction Clerk", "Tally Clerk"), tz=("ivn", "sb"))
mo(A, "c9", "Confirmation of application", "Hi {n},\n\nApplication for {role} came to us. If you are not chosen, e-mail comes; if we choose, telephone call comes. Lep pozdrav,\n{sig}", ("Maribor Pallet Systems", "Celje Enamel Ware"), ("mariborpallet", "celjeenamel"), role=("Machine Operator", "Quality Checker"), tz=("si", "si"))
mo(A, "c10", "Next: online assessment", "Hello {n},\n\nYour {role} application is in hand. Each applicant sits a brief online test, and only those above the interview line carry on.\n\n{co} Recruitment", ("Gannavaram Airport Catering", "Nakkavanipalem Fabrication"), ("gannavaramcatering", "nakkafab"), frm=C, role=("Commis", "Fitter"), tz=("vj", "vj"))
mo(A, "c11", "Bon dia - we got your form", "Bon dia {n},\n\nDanki for the form for {role}. If the manager give the job to other person, we write you, same if he choose you.\n\n{sig}\n{co}", ("San Nicolas Block Factory", "Noord Bike Rental"), ("sannicolasblock", "noordbikes"), role=("Driver", "Bike Mechanic"), tz=("aw", "aw"))
mo(A, "c12", "Hello from {co}", "Hi {n},\n\nYour {role} application made it to our inbox. Ravi or Corinne reads every one personally, and either way one of them writes back.\n\n{sig}", ("Rupert Ridge Analytics", "Pune Ledgerworks"), ("rupertridge", "puneledger"), role=("Analyst", "Support Lead"), tz=("cap", "mh"))
mo(A, "c13", "{co}: crew list", "Hi {n},\n\nYour name's on the {role} crew list. Last year's hands choose bunks before anyone; if they grab the lot, a message comes.\n\n{sig}", ("Nass River Fish Camp", "Ratnagiri Mango Picking Crew"), ("nassfishcamp", "ratnagirimango"), role=("Smokehouse", "Crate Packing"), tz=("cap", "mh"))
mo(A, "c14", "Your {co} application", "Hi {n},\n\nYour {role} application arrived safe. We ring the shortlisted ones only; after twenty-one quiet days, assume the shortlist moved on.\n\n{sig}", ("Kessock Ferries", "Tuck Inlet Crab Co"), ("kessockferries", "tuckinletcrab"), role=("Ticket Clerk", "Processing Hand"), tz=("ivn", "cap"))
mo(A, "c15", "Application acknowledged", "Good day {n},\n\nWe received your application for {role}. If management choose other person, we send you letter; if you are choose, we call.\n\n{sig}\n{co}", ("Point Cruz Wholesalers", "Henderson Field Stores"), ("pointcruzwholesale", "hendersonstores"), role=("Shop Assistant", "Storeman"), tz=("sb", "sb"))
mo(A, "c16", "Acknowledgement: {role}", "Respected {n},\n\nResume for {role} reached us. If profile is not fitting shortlist, same stays half a year in Eluru Road resume bank.\n\nRegards,\n{sig}", ("Eluru Road Textiles", "Governorpet Pharma Distributors"), ("elururoadtex", "govpetpharma"), role=("Billing Assistant", "Pharmacist"), tz=("vj", "vj"))
mo(A, "c17", "Got your application!", "Hi {n},\n\nThanks for wanting to join {co} as {role}. Good news or not, we always answer, ayo.\n\n{sig}", ("Eagle Beach Grill", "Savaneta Water Sports"), ("eaglebeachgrill", "savanetawater"), role=("Line Cook", "Kayak Guide"), tz=("aw", "aw"))
mo(A, "c18", "Application received", "Dear {n},\n\nHvala for application for {role}. Selection is finished in four weeks. Positive or negative, e-mail with answer follows.\n\nLep pozdrav,\n{sig}\n{co}", ("Novo Mesto Pharma Packaging", "Izola Boat Service"), ("nmpharmapack", "izolaboat"), role=("Packer", "Engine Fitter"), tz=("si", "si"))
mo(A, "c19", "Thank you for applying", "Namaskar {n},\n\n{role} application reached Nagpur office. If not shortlisted, details stay with us one year; write to us for deletion.\n\nDhanyavaad,\n{sig}\n{co}", ("Nagpur Orange Exporters", "Satara Road Joinery"), ("nagpurorange", "satarajoinery"), role=("Export Assistant", "Polisher"), tz=("mh", "mh"))
mo(A, "c20", "Your application to {co}", "Hi {n},\n\nThanks for your {role} application. Successful or not, expect our answer inside a month.\n\nKind regards,\n{sig}", ("Ashby Quay Surveyors", "Ballinasloe Hardware"), ("ashbyquaysurvey", "ballinasloehw"), role=("Survey Assistant", "Yard Hand"), tz=("uk", "ie"))
mo(A, "c21", "Application received - {role}", "Hi {n},\n\nYour {role} application reached us. If another person bags it, you still get an email.\n\nThanks,\n{sig}\n{co}", ("Abilene Feed Mill", "Sunraysia Turf Farms"), ("abilenefeedmill", "sunraysiaturf"), role=("Mill Hand", "Mower Operator"), tz=("usc", "au"))
mo(A, "c22", "Thanks for your application", "Kia ora {n},\n\nKa pai, your {role} application is in. Silence past month's end: the picking gang is complete.\n\n{sig}\n{co}", ("Motueka Hop Gardens", "Mbombela Citrus Packers"), ("motuekahops", "mbombelacitrus"), role=("Kiln Hand", "Grader"), tz=("nz", "za"))
mo(A, "c23", "Application: {role}", "Dear {n},\n\n{role}: application number {ref} recorded. Where a required document is absent, the file becomes ineligible and we post a letter.\n\n{co}", ("The Highland Council", "City of Prince Rupert"), ("highlandcouncil", "princerupertcity"), frm="{co} <recruitment@{dom}>", role=("Library Assistant", "Bylaw Officer"), tz=("ivn", "cap"))
mo(A, "c24", "Received: {role}", "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> was received.</p><p>Later statuses can include: In review, Interview, Offer, or No longer being considered (for those not chosen).</p><p>{co}</p></body></html>", ("Nanaimo Cold Storage", "Aruba Duty Free Partners"), ("nanaimocold", "arubadutyfree"), frm=C, role=("Shipper", "Cashier"), tz=("cap", "aw"))
mo(A, "c25", "Your {co} application", "Hi {n},\n\nThanks for applying for {role}. Yes or no, a Tarrowdene email will reach you.{FOOT}", ("Tarrowdene Highland Hire", "Tarrowdene Koper Freight"), ("tdhighland", "tdkoper"), frm=C, role=("Fitter", "Forwarding Clerk"), tz=("ivn", "si"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFF = "interview", "next_steps", "offer"
mo(INV, "i1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGood to get your note. Are you free {dl}, ten sharp,, to meet the partners? Unfortunately the canal path is shut; leave the car at the swing bridge.\n\n{sig}\n\n{OUT}", ("Caledonian Canal Moorings", "Kitimat Road Marine"), ("calcanalmoorings", "kitimatmarine"), role=("Lock Keeper", "Marine Rigger"), tz=("ivn", "cap"))
mo(INV, "i2", "RE: [EXT] Re: Interview for {role}", "Dear {n},\n\nThe panel sits {dl}, eleven in the forenoon. Sadly the lift is being mended; we meet on the ground floor.\n\n{sig}\n\n{GM}", ("Governorpet Pharma Distributors", "Lunga Valley Supplies"), ("govpetpharma", "lungavalley"), role=("Stores In-charge", "Storekeeper"), tz=("vj", "sb"))
mo(INV, "i3", "Interview: {role}", "Hi {n},\n\nFor {role}, come and see us {dl}, 14:00. Bad luck: our coffee machine is kaput this month; flasks welcome.\n\n{sig}\n{co}", ("Oranjestad Desalination Works", "Ljubljana Cable Labs"), ("oranjestaddesal", "ljcablelabs"), role=("Plant Operator", "Test Engineer"), tz=("aw", "si"))
mo(INV, "i4", "Invitation to interview - {role}", "Dear {n},\n\nInterview for {role}: {dl}. Unfortunately tar crews are on the front gate; enter beside the weighbridge.\n\n{co} Recruiting", ("Baramati Sugar Cooperative", "Millburn Distillery Inverness"), ("baramatisugar", "millburndistil"), frm=C, role=("Shift Chemist", "Stillman"), tz=("mh", "ivn"))
mo(INV, "i5", "Trial shift: {role}", "Hi {n},\n\nTrial shift {dl}, six o'clock start? Annoyingly our lockers are out for replacing, so arrive changed.\n\n{sig}\n{co}", ("Kranj Bakery Hub", "Kolhapur Jaggery Works"), ("kranjbakery", "kolhapurjaggery"), role=("Oven Hand", "Packing Hand"), tz=("si", "mh"))
mo(INV, "i6", "Interview - {role}", "Good day {n},\n\nInterview time: {dl}, nine o'clock morning. Sorry, road by the wharf flood again, walk round through the market.\n\n{sig}\n{co}", ("Auki Shipping Agency", "Point Cruz Wholesalers"), ("aukishipping", "pointcruzwholesale"), role=("Cargo Clerk", "Warehouse Checker"), tz=("sb", "sb"))
mo(INV, "i7", "Meet the founders", "Hi {n},\n\nRavi and Corinne would love a call on {dl}. Unfortunately our video tool keeps crashing, so we'll phone you instead.\n\n{sig}\n{co}", ("Rupert Ridge Analytics", "Pune Ledgerworks"), ("rupertridge", "puneledger"), tz=("cap", "mh"))
mo(NXT, "n1", "Next step: online assessment", "Hello {n},\n\nThe {role} assessment closes {dl} (IST). Unfortunately the test clock won't stop once started; keep forty minutes free.\n\n{co} Recruitment", ("Gannavaram Airport Catering", "Nakkavanipalem Fabrication"), ("gannavaramcatering", "nakkafab"), frm=C, role=("Kitchen Steward", "Welder"), tz=("vj", "vj"))
mo(NXT, "n2", "Documents needed: {role}", "Dear {n},\n\nNext step: ID and certificates uploaded before {dl} (local time). Sadly uploads bigger than 2 MB bounce.\n\n{co} Human Resources", ("Honiara Port Pilots", "Skeena Rail Terminal"), ("honiarapilots", "skeenarail"), frm=C, role=("Deckhand", "Brakeman"), tz=("sb", "cap"))
mo(NXT, "n3", "Reference check - {role}", "Hi {n},\n\nTwo referees' names and numbers please, latest {dl}. Sorry for the rush; the shared drive crashed and ate the first list.\n\n{sig}\n{co}", ("Dingwall Livestock Mart", "Patamata Printers"), ("dingwallmart", "patamataprint"), role=("Yard Clerk", "Press Assistant"), tz=("ivn", "vj"))
mo(NXT, "n4", "Medical for {role}", "Dear {n},\n\nPre-employment medical to be booked, latest {dl} please. Unfortunately the clinic closes Friday afternoons.\n\n{sig}\n{co}", ("Benz Circle Motors", "Palm Beach Laundry Services"), ("benzcirclemotors", "palmbeachlaundry"), role=("Service Advisor", "Night Supervisor"), tz=("vj", "aw"))
mo(NXT, "n5", "Skills test - {role}", "Hi {n},\n\n{role} practical: {dl}. Bad news, the rig pump is broken; you'll test on the old bench.\n\n{sig}\n{co}", ("Izola Boat Service", "Alness Fabrication"), ("izolaboat", "alnessfab"), role=("Boat Mechanic", "Plater"), tz=("si", "ivn"))
mo(NXT, "n6", "Next step for {role}", "Namaskar {n},\n\nKindly send the filled joining form, last date {dl}. Unfortunately the courier office near Deccan is shut this week, so please scan and mail.\n\nRegards,\n{sig}\n{co}", ("Nagpur Orange Exporters", "Kothrud Dairy Foods"), ("nagpurorange", "kothruddairy"), role=("Sales Executive", "Dispatch Supervisor"), tz=("mh", "mh"))
mo(OFF, "o1", "RE: [EXT] Re: {role}", "Hi {n},\n\nDelighted: {role} is yours, and the letter arrives before {dl}. Sadly the e-sign tool froze today, so it may come on paper.\n\n{sig}\n\n{RULE}", ("Highland Community Transport", "Ferguson Point Shuttle"), ("highlandct", "fergusonshuttle"), role=("Minibus Coordinator", "Dispatcher"), tz=("ivn", "cap"))
mo(OFF, "o2", "Offer: {role}", "Dear {n},\n\n{role} is yours from {dl}, congratulations. Unfortunately the uniform supplier is out of medium shirts, so yours comes a week later.\n\n{sig}\n{co}", ("Eagle Beach Grill", "Cow Bay Net Loft"), ("eaglebeachgrill", "cowbaynetloft"), role=("Sous Chef", "Net Mender"), tz=("aw", "cap"))
mo(OFF, "o3", "Your offer from {co}", "Hi {n},\n\nGreat news: the {role} job is yours. Induction is on {dl}; regrettably the induction room had a leak, so it's in the canteen.\n\n{sig}", ("Beauly Timber Frames", "Sangli Turmeric Traders"), ("beaulytimber", "sanglituremric"), role=("Frame Erector", "Godown Clerk"), tz=("ivn", "mh"))
mo(OFF, "o4", "Offer letter - {role}", "Good day {n},\n\nManagement happy to offer you {role}. Please sign by {dl}. Sorry the office printer no work, so we send soft copy.\n\n{sig}\n{co}", ("Mount Austen Security", "Tenaru Road Builders"), ("mtaustensecurity", "tenaruroad"), role=("Patrol Officer", "Site Clerk"), tz=("sb", "sb"))
mo(INV, "i8", "Interview, {co}", "Hi {n},\n\nAbout Porter: can you pop in {dl}, three o'clock? Sadly the back car park is shut for gritting.\n\n{sig}", "Culloden Moor Coaches", "cullodencoaches", tz="ivn")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
OJ, AL, RO, NJ = "other_job", "job_alert", "recruiter_outreach", "non_job_rejection_words"
mo(OJ, "x1", "Status: {role}", "Hi {n},\n\n{role}: the file has passed to the hiring manager to look over; no step needed from you.\n\n{co}", ("Vijayawada Steel Traders", "Honiara Telecom Store"), ("vjasteel", "honiaratel"), frm=C, role=("Billing Clerk", "Retail Advisor"), tz=("vj", "sb"))
mo(OJ, "x2", "Withdrawal confirmed", "Hello {n},\n\nDone: {role} application pulled as you requested. Apply again any time.\n\n{sig}\n{co}", ("Crown Estate Kennels Nairn", "Port Edward Cannery Museum"), ("nairnkennels", "portedwardmuseum"), role=("Kennel Hand", "Visitor Assistant"), tz=("ivn", "cap"))
mo(OJ, "x3", "{role}: recruitment paused", "Dear {n},\n\n{role} hiring waits on the new budget's approval. Your application remains open; we write once it restarts.\n\n{co} Human Resources", ("Andhra Power Distribution", "Municipality of Ljubljana"), ("apdiscom", "ljmunicipal"), frm=C, role=("Line Inspector", "Parks Technician"), tz=("vj", "si"))
mo(RO, "x4", "A role you might like", "Hi {n},\n\nA client of mine is after a {role}, and your background looks a strong match. Phone chat this week, maybe Thursday?\n\n{sig}\n{co}", ("Caribbean Coast Staffing", "Sahyadri Talent Partners"), ("caribcoaststaff", "sahyadritalent"), role=("Reservations Lead", "Plant Accountant"), tz=("aw", "mh"))
mo(NJ, "x5", "Your loan application", "Dear {n},\n\nAbout your home improvement loan request: regrettably the lending panel turned it down.\n\n{co} Lending", ("Moray Firth Building Society", "North Coast Credit Union"), ("morayfirthbs", "northcoastcu"), frm="{co} <lending@{dom}>", tz=("ivn", "cap"))
mo(NJ, "x6", "Ballot result", "Hi {n},\n\nThe {role} ballot is drawn; sadly yours was not among the lucky tickets.\n\n{co}", ("Inverness Caledonian Thistle Away Travel", "Carnival Grandstand Oranjestad"), ("ictaway", "carnivalgrandstand"), role=("away coach seats", "grandstand seats"), tz=("ivn", "aw"))
mo(NJ, "x7", "Flat enquiry", "Namaskar {n},\n\nThanks for seeing the 1BHK at Karve Nagar. Owner fixed one other family, flat is gone.\n\n{sig}", "Karve Nagar Estates", "karvenagarestates", tz="mh")
mo(NJ, "x8", "Club membership", "Hi {n},\n\nThe {co} has no free places this season; membership is closed to new climbers.\n\n{sig}", "Bled Climbing Club", "bledclimbing", tz="si")
mo(AL, "x9", "Mirkwell alert: 3 new jobs", "Hi {n},\n\nNew this week near you: Yard Operative, Inverness; Coach Driver, Nairn; Stores Clerk, Dingwall. Sorry, one job from last week's list was taken down.{FOOT}", "Tarrowdene Highland Hire", "tdhighland", frm="{co} Alerts <alerts@{dom}>", tz="ivn")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "\n\n(seen on Sallowfield" + ch + ", the Sallowfield trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Amber", "Tyne Gantry Services", "tynegantry", "uk", ("Gantrywiping crew", "Hi {n},\n\nThe gantrywiping crew is full now.\n\n{sig}"), (A, "Gantrywiping crew: received", "Hi {n},\n\nGot your gantrywiping form. Picked or passed over, a line from us follows.\n\n{sig}"))
pair("e2", "Beryl", "Arklow Net Stores", "arklownets", "ie", ("Nettarring job", "Hi {n},\n\nThe nettarring job went to someone with tar-pot years behind them, so yours stops there.\n\n{sig}"), (INV, "Nettarring: come and see us", "Hi {n},\n\nPop into the net loft {dl}, ten-ish? Unfortunately the tar boiler is off, so it'll be a dry visit.\n\n{sig}"))
pair("e3", "Citrine", "Walvis Salt Flats", "walvissalt", "za", ("Brinepanning season", "Hello {n},\n\nBrinepanning crew is complete this season.\n\n{sig}"), (A, "Brinepanning: application in", "Hello {n},\n\nBrinepanning application received. If the team fills before we reach yours, a note still comes.\n\n{sig}"))
pair("e4", "Diopside", "Fens Drainage Board Contractors", "fensdrainage", "uk", ("Sluicewinding operative", "Hi {n},\n\nThe sluicewinding operative role goes to another. Ta for applying.\n\n{sig}"), (NXT, "Sluicewinding: next step", "Hi {n},\n\nDriving licence copy needed, latest {dl}. Sadly the scanner's bust; a sharp phone snap does the job.\n\n{sig}"))
pair("e5", "Emerald", "Lakes Flagstaffing Co", "lakesflag", "au", ("Flagstaffing hand", "G'day {n},\n\nTa. A bloke from Geelong got the flagstaffing hand job, so no go this time.\n\n{sig}"), (OFF, "Flagstaffing hand - offer", "G'day {n},\n\nFlagstaffing job's yours, mate, from {dl}. Bad news is the ute's in for repairs, so you'll ride with Gazza.\n\n{sig}"))
pair("e6", "Fluorite", "Kawau Boom Crew", "kawauboom", "nz", ("Boomstringing crew", "Kia ora {n},\n\nBoomstringing crew is fully manned.\n\n{sig}"), (INV, "Boomstringing - chat", "Kia ora {n},\n\nKeen for a yarn {dl} at nine? Sadly the wharf cafe has closed, so it's the shed.\n\n{sig}"))
pair("e7", "Galena", "Pittsburgh Chain Works", "pghchain", "use", ("Chainpicking apprentice", "Hi {n},\n\nThe chainpicking apprenticeship is going to other candidates.\n\n{sig}"), (A, "Chainpicking apprenticeship", "Hi {n},\n\nChainpicking application logged. Three quiet weeks means the spots went to others.\n\n{sig}"))
pair("e8", "Heliodor", "Soweto Tyre Beading Works", "sowetotyre", "za", ("Tyrebeading operator", "Hi {n},\n\nRegrettably the tyrebeading operator post is filled.\n\n{sig}"), (NXT, "Tyrebeading: trade test", "Hi {n},\n\nTrade test: confirm you can come, latest {dl}. Unfortunately our canteen is shut; pack lunch.\n\n{sig}"))
pair("e9", "Iolite", "Baltimore Mast Riggers", "baltimoremast", "use", ("Mastlacing rigger", "Hi {n},\n\nThe mastlacing post went to another rigger, and yours is closed.\n\n{sig}"), (INV, "Mastlacing rigger interview", "Hi {n},\n\nCome by {dl}, 1 PM. Sadly the yard crane is down, so no rig demo.\n\n{sig}"))
pair("e10", "Jadeite", "Dales Hearth Company", "daleshearth", "uk", ("Hearthsetting fitter", "Hi {n},\n\nThe hearthsetting fitter application goes no further, sorry.\n\n{sig}"), (A, "Hearthsetting fitter", "Hi {n},\n\nHearthsetting application in. Yes or no, an email lands by month end.\n\n{sig}"))
pair("e11", "Kunzite", "Fargo Furrow Contractors", "fargofurrow", "usc", ("Furrowdrilling operator", "Hi {n},\n\nFurrowdrilling went to an operator with more seeder hours; no callback this time.\n\n{sig}"), (OFF, "Furrowdrilling - offer", "Hi {n},\n\nFurrowdrilling spot's yours from {dl}. Unfortunately the bunkhouse heater quit, so bring a warm bag.\n\n{sig}"))
pair("e12", "Larimar", "Accra Quarry Wedging Ltd", "accraquarry", "gh", ("Quarrywedging labourer", "Hello {n},\n\nYour quarrywedging application: sorry, another person was chosen.\n\n{sig}"), (INV, "Quarrywedging interview", "Hello {n},\n\nKindly report {dl}, 8 o'clock. Unfortunately the site track is all mud; boots please.\n\n{sig}"))
pair("e13", "Malachite", "Bendigo Spillway Services", "bendigospill", "au", ("Spillwayraking crew", "Hi {n},\n\nSpillwayraking application: closed, sorry.\n\n{sig}"), (A, "Spillwayraking crew", "Hi {n},\n\nGot your spillwayraking form. If another person lands the job, we still ring you, promise.\n\n{sig}"))
pair("e14", "Nuummite", "Lagos Pipejacking Ltd", "lagospipe", "ng", ("Pipejacking assistant", "Dear {n},\n\nYour application for pipejacking assistant was unsuccessful, we regret.\n\n{sig}"), (NXT, "Pipejacking: documents", "Dear {n},\n\nKindly send the safety certificate, latest {dl}. Sorry, office mail went down yesterday; resend if you sent it.\n\n{sig}"))
pair("e15", "Onyx", "Montego Awning Reefers", "montegoawning", "jm", ("Awningreefing hand", "Hi {n},\n\nRespect for coming by. Somebody else get the awningreefing job.\n\nWalk good,\n{sig}"), (A, "Awningreefing hand", "Hi {n},\n\nAwningreefing application reach us. Yes or no, we call you inside two weeks.\n\n{sig}"))
pair("e16", "Peridot", "Cardiff Loft Lagging", "cardiffloft", "uk", ("Loftlagging installer", "Hi {n},\n\nThe loftlagging installer post is filled; no interview to arrange.\n\n{sig}"), (INV, "Loftlagging installer - meet us", "Hi {n},\n\nFancy meeting {dl} at 11? Annoyingly the van's got a flat, so it's the depot.\n\n{sig}"))
pair("e17", "Rhodonite", "Des Moines Silo Services", "dmsilo", "usc", ("Silocoring tech", "Hi {n},\n\nThe silocoring tech job is going to another hire.\n\n{sig}"), (A, "Silocoring tech", "Hi {n},\n\nSilocoring application in! If another candidate gets it, email tells you plainly.\n\n{sig}"))
pair("e18", "Sunstone", "Prince George Log Scalers", "pglogscale", "cap", ("Logscaling trainee", "Hi {n},\n\nLogscaling trainee spot is filled, eh.\n\n{sig}"), (OFF, "Logscaling trainee", "Hi {n},\n\nLogscaling trainee spot is yours from {dl}. Sadly the camp wifi is dead, so call us to confirm.\n\n{sig}"))
pair("e19", "Tanzanite", "Lincolnshire Dyke Works", "lincsdyke", "uk", ("Dykebanking labourer", "Hi {n},\n\nUnfortunately the dykebanking application did not succeed.\n\n{sig}"), (NXT, "Dykebanking: fitness check", "Hi {n},\n\nFitness check to be booked, latest {dl}. Unfortunately the depot gym is shut for repairs.\n\n{sig}"))
pair("e20", "Uvarovite", "Mombasa Hawser Works", "mombasahawser", "ke", ("Hawsersplicing job", "Hello {n},\n\nHawsersplicing post gone to another candidate.\n\n{sig}"), (A, "Hawsersplicing application", "Hello {n},\n\nHawsersplicing application with us. Shortlisted folk get a call; a silent month means not this time.\n\n{sig}"))
pair("e21", "Variscite", "Morecambe Bay Mudflat Co", "morecambemud", "uk", ("Mudflatraking crew", "Hi {n},\n\nNo mudflatraking place for you this season, I'm afraid.\n\n{sig}"), (INV, "Mudflatraking - come down", "Hi {n},\n\nCome down {dl}, low tide, about 2pm. Sorry, tractor track's flooded, walk from the café.\n\n{sig}"))
pair("e22", "Wavellite", "Tulsa Sheave Company", "tulsasheave", "usc", ("Sheaveoiling technician", "Hi {n},\n\nYour sheaveoiling technician application stops here.\n\n{sig}"), (A, "Sheaveoiling technician", "Hi {n},\n\nSheaveoiling application received. Selected or not, email brings the answer.\n\n{sig}"))
pair("e23", "Xonotlite", "Otago Gabion Builders", "otagogabion", "nz", ("Gabionfilling labourer", "Kia ora {n},\n\nGabionfilling job's taken.\n\n{sig}"), (NXT, "Gabionfilling: site induction", "Kia ora {n},\n\nOnline induction due {dl}. Unfortunately the login page crawls this week.\n\n{sig}"))
pair("e24", "Yellowjade", "Cork Windrow Compost", "corkwindrow", "ie", ("Windrowturning driver", "Hi {n},\n\nWindrowturning driver job's gone elsewhere.\n\n{sig}"), (OFF, "Windrowturning driver", "Hi {n},\n\nWindrowturning job is yours from {dl}. Bad luck: the canteen kettle is broken.\n\n{sig}"))
pair("e25", "Zoisite", "Kandy Lime Works", "kandylime", "in", ("Limeslaking operator", "Dear {n},\n\nFor limeslaking operator another candidate is selected; your file is closed.\n\n{sig}"), (A, "Limeslaking operator", "Dear {n},\n\nLimeslaking application received. Not shortlisted means details stay six months in our bank.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo(AL, "alert", "Sallowfield: 3 new trade jobs", "Hi {n},\n\nNew on Sallowfield this week: cokeriddling hand, Teesside; seawallpointing mason, Whitby; gabionfilling labourer, Otago. Sorry, one listing was removed early.\n\nSallowfield Alerts", "Sallowfield", "sallowfield", frm="Sallowfield Alerts <alerts@{dom}>", tz="uk")
wo(NJ, "nj", "Market stall application", "Hi {n},\n\nChristmas night market stalls: all pitches are gone this year.\n\n{sig}", "Whitby Night Market", "whitbymarket", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مصنع تمور القصيم", "qassimdates", "sa", ("طلبك لوظيفة مشرف تعبئة", "الأستاذة {n}،\n\nوصلنا طلبك لوظيفة مشرف التعبئة، وقد وقع الاختيار على مرشح آخر.\n\nمع التحية،\n{sig}"), (INV, "دعوة لمقابلة", "الأستاذة {n}،\n\nموعد المقابلة يوم {dl} في العاشرة صباحاً. للأسف الموقف مغلق هذا الأسبوع.\n\n{sig}"))
lp("de", "de", "Sägewerk Hochwald", "saegewerkhochwald", "de", ("Ihre Bewerbung als Holzsortierer", "Hallo {n},\n\ndie Stelle als Holzsortierer geht an einen anderen Bewerber. Leider klappt es diesmal nicht.\n\nGruß\n{sig}"), (A, "Eingangsbestätigung", "Hallo {n},\n\nIhre Bewerbung ist da. Egal wie es ausgeht: Nachricht kommt binnen drei Wochen.\n\n{sig}"))
lp("es", "es", "Conservas del Cantábrico", "conservascantabrico", "es", ("Tu candidatura: operaria de envasado", "Hola {n}:\n\nEl puesto de envasado ya tiene dueña.\n\nUn saludo,\n{sig}"), (NXT, "Siguiente paso: prueba práctica", "Hola {n}:\n\nTe esperamos en la prueba práctica el {dl}. Por desgracia la cinta dos está averiada, así que será en la línea uno.\n\n{sig}"))
lp("fr", "fr", "Fromagerie des Causses", "fromageriecausses", "fr", ("Votre candidature : affineur", "Bonjour {n},\n\nUn autre candidat a obtenu la place d'affineur.\n\nCordialement,\n{sig}"), (OFF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle, la place d'affineur vous revient à compter du {dl}. Hélas, le vestiaire est en travaux.\n\n{sig}"))
lp("hi", "hi", "कानपुर चमड़ा उद्योग", "kanpurleather", "in", ("आवेदन का परिणाम", "प्रिय {n},\n\nकारखाने में यह जगह भर गई।\n\nसादर,\n{sig}"))
lp("it", "it", "Cantina Val di Non", "cantinavaldinon", "it", ("Candidatura: cantiniere", "Ciao {n},\n\nil posto di cantiniere è stato assegnato.\n\nUn caro saluto,\n{sig}"), (INV, "Colloquio in cantina", "Ciao {n},\n\nvieni il {dl} alle 9. Purtroppo il piazzale davanti è in rifacimento.\n\n{sig}"))
lp("ja", "ja", "北海道昆布加工", "hokkaidokombu", "jp", ("選考結果のお知らせ", "{n}様\n\nこの度はご応募いただき誠にありがとうございました。慎重に検討した結果、今回は別の方を採用することとなりました。\n\n{sig}"), (A, "応募受付のお知らせ", "{n}様\n\nご応募を受け付けました。結果は合否にかかわらず二週間以内にメールでお知らせします。\n\n{sig}"))
lp("ko", "ko", "여수 수산가공", "yeosufish", "kr", ("지원 결과 안내", "{n}님께,\n\n여수 수산가공 현장직에 관심을 보여 주셔서 고맙습니다. 이번 채용에서는 다른 분이 선발되었습니다.\n\n{sig} 드림"), (NXT, "다음 단계 안내", "{n}님께,\n\n{dl}까지 건강검진 결과를 보내 주세요. 안타깝게도 사무실 팩스가 고장 나서 이메일로 부탁드립니다.\n\n{sig}"))
lp("pt", "pt", "Cortiças do Alentejo", "corticasalentejo", "pt", ("Candidatura: operador de cortiça", "Olá {n},\n\nJá preenchemos a vaga de operador.\n\nCumprimentos,\n{sig}"), (OFF, "Proposta de trabalho", "Olá {n},\n\nComeça connosco em {dl}. Infelizmente o refeitório está fechado esse mês.\n\n{sig}"))
lp("ru", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru", ("Ответ по вакансии", "Здравствуйте, {n}!\n\nМесто мастера занял другой соискатель.\n\nС уважением,\n{sig}"), (A, "Мы получили ваш отклик", "Здравствуйте, {n}!\n\nАнкету получили. Решение пришлём письмом за месяц.\n\n{sig}"))
lp("sw", "sw", "Kiwanda cha Chai Mufindi", "chaimufindi", "tz", ("Majibu ya ombi lako", "Habari {n},\n\nAsante kwa kutuma ombi. Nafasi ya msimamizi wa shamba imepata mtu mwingine.\n\nWako,\n{sig}"), (INV, "Mwaliko wa usaili", "Habari {n},\n\nKaribu usaili tarehe {dl}, saa tatu. Kwa bahati mbaya njia ya kiwandani ni mbovu.\n\n{sig}"))
lp("th", "th", "โรงงานปลากระป๋องสงขลา", "songkhlacannery", "th", ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nงานนี้มีผู้อื่นได้รับแล้ว\n\n{sig}"))
lp("tr", "tr", "Rize Çay Fabrikası", "rizecay", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nÇay fabrikasındaki bu iş başka bir adaya verildi.\n\nSaygılarımızla,\n{sig}"), (NXT, "Sonraki adım", "Merhaba {n},\n\nLütfen belgelerinizi {dl} tarihine kadar gönderin. Maalesef sistemimiz yavaş çalışıyor.\n\n{sig}"))
lp("ur", "ur", "فیصل آباد کپڑا مل", "faisalabadmill", "pk", ("آپ کی درخواست کا نتیجہ", "محترم {n}،\n\nمل کی یہ نوکری کسی اور کو مل گئی۔\n\n{sig}"), (OFF, "ملازمت کی پیشکش", "محترم {n}،\n\nیہ ملازمت آپ کی ہے، {dl} سے آئیں۔ افسوس، کھانے کا ہال مرمت میں ہے۔\n\n{sig}"))
lp("zh", "zh", "景德镇瓷器厂", "jdzporcelain", "cn", ("应聘结果通知", "{n}您好：\n\n感谢您应聘我厂的釉工岗位。经过评估，这个岗位已由另一位师傅担任，您的申请到此结束。\n\n{sig}"), (INV, "面试邀请", "{n}您好：\n\n请于{dl}上午十点来厂里面试。很遗憾厂区停车场正在维修，请乘坐公交车前来，谢谢配合。\n\n{sig}"))
lp("slk", "slk", "Pivovar pod Tatrami", "pivovartatry", "sk", ("Vaša žiadosť o prácu", "Dobrý deň, {n},\n\nmiesto sládka dostal iný uchádzač.\n\nS pozdravom\n{sig}"), (A, "Potvrdenie prijatia", "Dobrý deň, {n},\n\nžiadosť máme. Áno či nie, napíšeme do mesiaca.\n\n{sig}"))
lp("lit", "lit", "Klaipėdos žuvų perdirbimas", "klaipedafish", "lt", ("Dėl jūsų paraiškos", "Laba diena, {n},\n\ndėkojame už paraišką. Šiai pozicijai pasirinkome kitą kandidatą.\n\nPagarbiai\n{sig}"), (INV, "Kvietimas į pokalbį", "Laba diena, {n},\n\nkviečiame į pokalbį {dl} 10 val. Deja, pagrindiniai vartai uždaryti, eikite pro šoninius.\n\n{sig}"))
lp("lav", "lav", "Liepājas kokzāģētava", "liepajasawmill", "lv", ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par pieteikumu. Vietu kokzāģētavā ieņems cits cilvēks.\n\nAr cieņu\n{sig}"), (NXT, "Nākamais solis", "Labdien, {n}!\n\nLūdzu, atsūtiet dokumentus līdz {dl}. Diemžēl mūsu e-pasts šonedēļ strādā lēni.\n\n{sig}"))
lp("ell", "ell", "Ελαιουργείο Καλαμάτας", "kalamataoil", "gr", ("Σχετικά με την αίτησή σας", "Αγαπητή {n},\n\nΗ θέση στο ελαιουργείο δόθηκε σε άλλο πρόσωπο.\n\nΜε εκτίμηση,\n{sig}"), (OFF, "Πρόταση εργασίας", "Αγαπητή {n},\n\nΗ θέση είναι δική σας από {dl}. Δυστυχώς το γραφείο προσωπικού είναι κλειστό λόγω βλάβης.\n\n{sig}"))
lp("heb", "heb", "מפעל זכוכית הגליל", "galilglass", "il", ("תשובה למועמדותך", "שלום {n},\n\nתודה על פנייתך. בחרנו במועמד אחר לתפקיד המפעיל.\n\nבברכה,\n{sig}"), (A, "קיבלנו את מועמדותך", "שלום {n},\n\nמועמדותך התקבלה. בכל מקרה, חיובי או שלילי, נעדכן אותך בדוא\"ל.\n\n{sig}"))
lp("fas", "fas", "کارخانه فرش تبریز", "tabrizcarpet", "ir", ("نتیجه درخواست شما", "{n} گرامی،\n\nاین کار در کارخانه فرش به شخص دیگری سپرده شد.\n\nبا احترام،\n{sig}"), (INV, "دعوت به مصاحبه", "{n} گرامی،\n\nلطفاً روز {dl} ساعت ده برای مصاحبه بیایید. متأسفانه آسانسور ساختمان خراب است.\n\n{sig}"))
lp("ben", "ben", "খুলনা পাটকল", "khulnajute", "bd", ("আপনার আবেদনের ফলাফল", "প্রিয় {n},\n\nপাটকলের এই কাজটি অন্যজনের।\n\n{sig}"), (NXT, "পরবর্তী ধাপ", "প্রিয় {n},\n\n{dl} এর আগে নথি পাঠাবেন। দুঃখজনকভাবে ফ্যাক্স যন্ত্রটি অচল।\n\n{sig}"))
lp("vie", "vie", "Xưởng nước mắm Phú Quốc", "phuquocfishsauce", "vn", ("Kết quả ứng tuyển", "Chào {n},\n\nVị trí ở xưởng đã có người.\n\nTrân trọng,\n{sig}"), (OFF, "Thư mời nhận việc", "Chào {n},\n\nCông việc là của bạn, bắt đầu {dl}. Tiếc là nhà ăn còn đang sửa.\n\n{sig}"))
lp("ind", "ind", "Pabrik Kopi Gayo", "kopigayo", "id", ("Hasil lamaran Anda", "Halo {n},\n\nPosisi di pabrik kopi sudah diisi orang lain.\n\nSalam,\n{sig}"), (A, "Lamaran diterima", "Halo {n},\n\nLamaran sudah masuk. Apa pun hasilnya, kabar dikirim lewat email.\n\n{sig}"))
lp("tgl", "tgl", "Pagawaan ng Niyog sa Quezon", "quezoncoconut", "ph", ("Tungkol sa iyong aplikasyon", "Magandang araw {n},\n\nMay napili na para sa trabaho sa pagawaan.\n\nLubos na gumagalang,\n{sig}"), (INV, "Imbitasyon sa interbyu", "Magandang araw {n},\n\nPumunta po kayo sa {dl} ng alas-nuwebe. Sayang, sira ang aircon sa opisina.\n\n{sig}"))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ below slice 199; this slice, slice 200 and any later one are skipped by number."""
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
