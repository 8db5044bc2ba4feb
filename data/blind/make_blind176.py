# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-sixth sealed blind slice for issue 11 (blind-slice-176.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 174; slice 175 (written at the same time), this slice and every later one never read; our side printed)
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

SEED = 1761761
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-176.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 176
SKIP_FROM = 175  # slice 175 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Ishbel Gauld", "Chukwuemeka Anyanwu", "Vaidehi Deshmukh", "Shaniqua Richardson-Hodge", "Tavish Okafor-Reid",
    "Omolara Adebanjo", "Sarthak Wankhede", "Jolene Peterkin", "Aylin Karaca", "Neema Chepkoech",
    "Lachie Duthie", "Kerry-Ann Gumbs", "Rohan Bhoyar", "Femi Oyelaran", "Kalista Thunderchild",
    "Mairi Forsyth", "Tunde Bakare-Cole", "Pranjali Gawande", "Anouk Brooks", "Deniz Aktaş",
    "Mwajuma Salim", "Brodie Skene", "Oghenekaro Edewor", "Mrunal Kherde", "Aaliyah Flanders",
    "Harvey Tawhiri", "Thandiwe Mokoena", "Siobhán Culhane", "Rhett Calloway", "Imogen Threlfall",
    "Garrick Lindqvist-Roy", "Bui Thanh Tam", "Precious Ndukwe", "Dawit Kebede", "Lorelei Ashgrove",
]
REGION_SIGNERS = {
    "uk": ["Morven Ironside", "Gregor Buchan", "Elspeth Milne", "Fergus Leask", "Catriona Strachan", "Hamish Gowans"],
    "ie": ["Clodagh Feeney", "Ruairí Dolan", "Niamh Cusack-Ward"],
    "us": ["LaToya Whitfield", "Brent Haskell", "Marisela Quintero", "Dwight Ambrose"],
    "ca": ["Shauna Bellerose", "Gurpreet Dhillon", "Travis Kwan", "Darlene Pruden"],
    "au": ["Kirra Maddox", "Stavros Kallis", "Jacinta Bourke"],
    "nz": ["Aroha Parata", "Blair McIvor", "Mele Fifita"],
    "za": ["Lindiwe Dube", "Riaan Botha", "Sipho Mabuza"],
    "in": ["Snehal Thakre", "Ashwin Raut", "Rupali Kolte", "Nilesh Gadkari"],
    "ng": ["Adaeze Okonkwo", "Babatunde Ajayi", "Funmilayo Odukoya", "Emeka Chukwu"],
    "sx": ["Marcellia Hodge", "Glenroy Arrindell", "Verna Lake"],
    "tr": ["Elif Şahin", "Burak Öztürk", "Selin Arslan"],
    "ke": ["Wanjiru Kamau", "Otieno Ouma", "Halima Abdalla"],
    "tz": ["Rehema Mollel", "Juma Mfinanga"],
    "gh": ["Kwabena Asante", "Efua Mensah"], "pk": ["Sadia Qureshi", "Kamran Javed"], "sg": ["Lim Hui Min", "Ravi Chandran"],
    "lk": ["Ishara Wijesinghe", "Ruwan Dissanayake"], "my": ["Nurul Aina", "Wong Kah Meng"], "ph": ["Ma. Luisa Ocampo", "Jomar Villanueva"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "bc": "ca", "cae": "ca", "abd": "uk", "lag": "ng", "ngp": "in", "atl": "ca", "ak": "us", "qld": "au"}
FALLBACK = ["Morven Ironside", "Adaeze Okonkwo", "Snehal Thakre", "Shauna Bellerose", "Elif Şahin"]
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ياسر القاسم"], "de": ["Henrike Stolzenberg", "Malte Riedl"],
    "es": ["Araceli Montoya", "Xabier Etxeberria"], "fr": ["Maëlle Dufresne", "Gaspard Lemoine"],
    "hi": ["सुनंदा वाघमारे", "अमोल चौधरी"], "it": ["Ornella Gatti", "Federico Santoro"],
    "ja": ["高橋 美咲", "松本 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Inês Barata", "Tiago Monteiro"],
    "ru": ["Ольга Воронцова", "Игорь Белов"], "sw": ["Tumaini Massawe", "Fatuma Njeri"],
    "th": ["สุภาพร ทองดี", "อนุชา ศรีสุข"], "tr": ["Gülşen Yıldız", "Kaan Erdem"],
    "ur": ["ثمینہ رضا", "عمران شیخ"], "zh": ["李静怡", "赵明轩"],
    "cat": ["Montserrat Puig", "Jordi Casals"], "glg": ["Antía Rivas", "Xoán Lamas"],
    "afr": ["Marietjie du Plessis", "Hennie van Wyk"], "isl": ["Hildur Magnúsdóttir", "Einar Pálsson"],
    "nor": ["Ingrid Haugen", "Sindre Berg"], "dan": ["Mette Kjær", "Rasmus Holm"],
    "fin": ["Aino Virtanen", "Jukka Nieminen"], "est": ["Triin Rebane", "Andres Kuusk"],
    "slv": ["Nina Kovač", "Matej Zupan"], "srp": ["Ivana Marković", "Nenad Ilić"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة السالم", "فيصل العمري"], "de": ["Johanna Vogler", "Timo Brandt"],
    "es": ["Lucía Ferrer", "Diego Alcántara"], "fr": ["Éloïse Chabert", "Hugo Bernier"],
    "hi": ["ऋतुजा ढोबळे", "कौस्तुभ घाटोळे"], "it": ["Beatrice Rinaldi", "Andrea Colombo"],
    "ja": ["中村 葵", "伊藤 陸"], "ko": ["최유나", "윤재민"], "pt": ["Beatriz Lopes", "Gonçalo Reis"],
    "ru": ["Анна Смирнова", "Павел Егоров"], "sw": ["Asha Mwinyi", "Baraka Kilonzo"],
    "th": ["กมลชนก ใจดี", "ธนากร พรหมมา"], "tr": ["Merve Aydın", "Onur Çelik"],
    "ur": ["حنا ملک", "بلال احمد"], "zh": ["张雨桐", "黄子豪"],
    "cat": ["Laia Vidal", "Pol Serra"], "glg": ["Iria Castro", "Brais Seoane"],
    "afr": ["Anri Pretorius", "Wian Steyn"], "isl": ["Katrín Jónsdóttir", "Hrafn Ólafsson"],
    "nor": ["Silje Dahl", "Eirik Moen"], "dan": ["Freja Lund", "Mikkel Dahl"],
    "fin": ["Emmi Laine", "Otto Koskinen"], "est": ["Kertu Sepp", "Karl Ilves"],
    "slv": ["Eva Novak", "Luka Horvat"], "srp": ["Marija Đorđević", "Stefan Pavlović"],
}
GIVEN = {"Bui Thanh Tam": "Tam", "Shaniqua Richardson-Hodge": "Shaniqua", "Tunde Bakare-Cole": "Tunde"}
PROVIDERS = ["briarpost", "stoatmail", "ashlarbox", "cobblemail", "heathpost", "skerrybox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "abd": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "es": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "pt": ("+0000", "+0100", "eu"), "no": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "bc": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "sx": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "lag": ("+0100", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "tr": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "ngp": ("+0530", None, ""), "in": ("+0530", None, ""),
    "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "atl": ("-0400", "-0300", "us"), "ak": ("-0900", "-0800", "us"), "qld": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "bc", "atl", "ak")


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
QNOTE = "\n{sf} – that Wednesday walkabout past the lathes was braw, ta. Forklift ticket good till June; Mr Adeyemi-Grant vouches for me evenings after five.\n{n}"
FOOT = "\n\n== {CO} | LARCHWICKET CAREERS ==\nFresh openings drop onto the Larchwicket board every Thursday at nine; set a Cairnlatch alert to hear first. Thistlepost, our quarterly staff letter, carries site news and training dates. Text LARCHSTOP to end careers messages. This inbox is a dead end, unread. Candidate paperwork is pulped at thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Hub: {role} (R-{ref}) status changed",
   "Hello {n},\n\nA change was made on your Candidate Hub for {role} (R-{ref}). New status: Closed – Another Applicant Appointed.\n\nSimilar {co} openings will still ping you while your job alerts stay on.\n\nTalent Team, {co}",
   ("Torry Seed Potato Merchants", "Ikeja Pharma Distribution"), ("torryseed", "ikejapharma"), role=("Warehouse Coordinator", "Route Sales Rep"), tz=("abd", "lag"))
mr("gh", "Your application with {co}",
   "Hi {n},\n\nOur panel valued the hour you spent on the {role} loop. With every conversation wrapped, the opening is going to other candidates.\n\nYour project stories were a treat; our board refreshes monthly.\n\n{sig}\nRecruiting, {co}",
   ("Sitabuldi Textbook House", "Cole Bay Hardware"), ("sitabuldibooks", "colebayhardware"), role=("Production Editor", "Yard Supervisor"), tz=("ngp", "sx"))
mr("lv", "{co} – an update on {role}",
   "Hey {n},\n\nBig thanks for stepping up for {role}. After a careful look, someone else is getting the nod from the team.\n\nYour name sits in our Fenspindle talent pool for ten months – reply POOLOUT if you'd rather leave it.\n\n– {sig}, {co}",
   ("Northern Interior Pulp", "Bursa Loomhouse Towels"), ("nipulp", "bursaloomhouse"), role=("Millwright Apprentice", "Export Coordinator"), tz=("bc", "tr"))
mr("sr", "Application {ref}: {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Current stage</th></tr><tr><td>{role}</td><td>{ref}</td><td>Ended – seat handed to a different applicant</td></tr></table><p>With kind regards,<br>{co} Hiring</p></body></html>",
   ("Moshi Highland Coffee Union", "Harrogate Conference Halls"), ("moshicoffee", "harrogatehalls"), role=("Quality Cupper", "Events Steward"), tz=("tz", "uk"))
mr("ic", "{co}: {role} requisition {ref}",
   "Dear {n},\n\nWe reviewed every submission for {role} against the stated must-haves. Your profile did not show {x}, which was essential for this post, so the screen halts your application here.\n\nFresh {co} roles appear on our site most weeks.\n\n{co} Talent Acquisition",
   ("Galway Catheter Devices", "Butibori Wire Drawing"), ("galwaycatheter", "butiboriwire"), role=("Cleanroom Technician", "Shift Chemist"), x=("an ISO 13485 audit record", "a B.Sc. in chemistry"), tz=("ie", "ngp"))
mr("tl", "Job {ref} – {role}",
   "Dear {n},\n\nRE: Job Number {ref}, {role}\n\nThis requisition has been filled and is now closed. Your candidate record has been set to Inactive for this job and stays on our books, handy for other openings.\n\nRegards,\nHuman Resources\n{co}",
   ("Princess Juliana Ground Handling", "Prince George Regional Lab"), ("pjgroundhandling", "pgregionallab"), role=("Ramp Agent", "Phlebotomist"), tz=("sx", "bc"))
mr("wk", "About your {role} trial shift",
   "Hi {n},\n\nCheers for grafting through the trial shift at {co} – the crew said you were easy to work beside. Another applicant is getting {role}, so you miss out on the spot.\n\nAll the best,\n{sig}",
   ("Yaba Curl Cosmetics", "Nairobi Westlands Matatu Sacco"), ("yabacurl", "westlandssacco"), role=("Filling Line Operative", "Booking Clerk"), tz=("lag", "ke"))
mr("bh", "{role} at {co}",
   "Hello {n},\n\nThank you for applying for {role}. A current staffer who applied in-house has taken this vacancy, which shuts the outside search.\n\nGood luck out there.\n\n{sig}\nPeople Office, {co}",
   ("Bridge of Don Dental Care", "Konya Tillage Machinery"), ("bodondental", "konyatillage"), role=("Dental Nurse", "CNC Operator"), tz=("abd", "tr"))
mr("tt", "{co} · {role}",
   "Dear {n}, your interest in {role} is much appreciated. Out of a heap of solid CVs, the panel picked folks whose background fitted the brief snugger. Kindly do not be discouraged; we shall post more openings soon.\n\nKind regards,\n{sig}\n{co}",
   ("Lekki Estate Services", "MIHAN Airframe Care"), ("lekkiestate", "mihanairframe"), role=("Facility Officer", "Licensed Engineer B1"), tz=("lag", "ngp"))
mr("pp", "Your {role} assessment result",
   "Hi {n},\n\nThank you for sitting the {role} screening test. Your score was {x}; the cut-off to reach interview was {y}. So this application halts at the test.\n\nBest wishes,\n{co} Recruitment",
   ("Arusha Crater Rim Lodge", "Northern Roads Snow Clearing"), ("craterrimlodge", "northernsnowclear"), role=("Front Office Agent", "Grader Operator"), x=("21 of 40", "54%"), y=("28", "65%"), tz=("tz", "bc"))
mr("jz", "Re: {role} application",
   "Good day {n},\n\nYour papers for the {role} post reached us safely. Having combed through the pile, our hiring team has settled on other applicants. Blessings on your hunt.\n\nRegards,\n{sig}\nfor {co}",
   ("Philipsburg Gem & Watch", "Dar Cashew Processors"), ("philipsburggem", "darcashew"), role=("Sales Associate", "Grading Supervisor"), tz=("sx", "tz"))
mr("ab", "Following up – {role}",
   "Hi {n},\n\nOur founders loved the {role} chat. Tight race, and they picked a candidate whose last role maps more directly onto today's needs. Ping us when the next role pops up.\n\n{sig}\n{co}",
   ("Istanbul Dublaj Studios", "Granite City Subsea Training"), ("dublajstudios", "granitesubsea"), role=("Sound Engineer", "Course Administrator"), tz=("tr", "abd"))
mr("sc", "Planting crew 2026",
   "Hi {n},\n\nGlad you signed on with the {co} crew. Last year's returning planters grabbed each {role} spot for the season, leaving no slot for you. The next intake form goes live each January.\n\nCheers,\n{sig}",
   ("Fraser Fort Tree Planting", "Nelson Bines Hop Garden"), ("fraserfortplant", "nelsonbines"), role=("planter", "harvest hand"), tz=("bc", "nz"))
# once (14)
mr("o-abd", "Yer application",
   "Fit like {n},\n\nThanks for your form for the {role} job at {co}. We've had a right good look and it's gaun tae anither loon who's worked the line afore. We'll keep your name in mind.\n\nAa the best,\n{sig}",
   "Dyce Oilfield Rope Access", "dyceropeaccess", role="Rope Access Tech", tz="abd")
mr("o-lag", "Regarding your application for {role}",
   "Dear {n},\n\nCompliments of the day. Interviews for {role} are concluded, and management resolved that your candidacy concludes here. {co} appreciates your interest; may God order your steps.\n\nYours faithfully,\n{sig}\nHR Unit",
   "Surulere Post-Production", "surulerepost", role="Assistant Colourist", tz="lag")
mr("o-ngp", "Status of your candidature – {role}",
   "Dear {n},\n\nThis has reference to your {role} application. We regret to intimate that your name did not come in the shortlist. {co} is grateful for your interest; best wishes for a shining career.\n\nWarm regards,\n{sig}\nHR Dept.",
   "Wardha Road Cotton Ginning", "wardharoadginning", role="Lab Assistant (Fibre Testing)", tz="ngp")
mr("o-sx", "Your application",
   "Morning {n},\n\nGlad you tried for {role} at {co}. Plenty people came for it, and after talking it through we've given the post to somebody else. Don't let it stop you trying again, you hear?\n\nTake care,\n{sig}",
   "Simpson Bay Car Rentals", "sbaycarrentals", role="Counter Agent", tz="sx")
mr("o-bc", "{role} – {co}",
   "Hi {n},\n\nInterviews for the {role} posting at {co} wrapped up Friday, and a different candidate said yes to it. Your resume stays in our cabinet for a year.\n\nTake care,\n{sig}",
   "Hart Highway Pallet Works", "hartpallet", role="Saw Filer", tz="bc")
mr("o-tr", "Your application to {co}",
   "Dear {n},\n\nYour application to {role} is appreciated. Your profile was evaluated with care; however, the process continues with another candidate whose experience suits the position more. Success in your career, we hope.\n\nBest regards,\n{sig}",
   "Kayseri Rug Restoration", "kayserirug", role="Workshop Planner", tz="tr")
mr("o-ke", "Application for {role}",
   "Dear {n},\n\nGreetings from {co}. All {role} applications have been gone through, and we regret that the shortlist for the next stage skipped your name for the next stage. Be blessed in your search.\n\nAsante,\n{sig}",
   "Mombasa Road Cold Rooms", "mombasacold", role="Stores Clerk", tz="ke")
mr("o-uk", "{role} vacancy",
   "Dear {n},\n\nYour form for the {role} post at {co} arrived with many others, and I'm afraid it wasn't picked for interview.\n\nKind regards,\n{sig}",
   "Wensleydale Creamery Tours", "wensleytours", role="Visitor Guide", tz="uk")
mr("o-ie", "Your application",
   "Hi {n},\n\nYour {role} form arrived grand. {co} handed the role to someone else, so yours is closed off. Mind yourself.\n\nSlán,\n{sig}",
   "Athenry Equine Clinic", "athenryequine", role="Veterinary Receptionist", tz="ie")
mr("o-us", "Your {role} application",
   "Hi {n},\n\nWe reviewed your materials for {role} at {co}, and have decided to pass. Good luck landing the right fit.\n\nSincerely,\n{sig}",
   "Des Moines Seed Genetics Lab", "dmseedlab", role="Greenhouse Tech", tz="usc")
mr("o-au", "{co} – {role}",
   "G'day {n},\n\nYour go at {role} was appreciated. After a yarn among ourselves, a local who's done similar work is getting the job. Best of British.\n\nCheers,\n{sig}",
   "Ballarat Goldfields Museum", "ballaratgoldfields", role="Heritage Interpreter", tz="au")
mr("o-nz", "Kia ora {n}",
   "Kia ora {n},\n\nCheers for sending through your {role} application at {co}. Someone's been appointed now, which wraps up yours. All the best for what's next.\n\nNgā mihi,\n{sig}",
   "Whanganui River Museum Shop", "whanganuishop", role="Retail Lead", tz="nz")
mr("o-za", "Application: {role}",
   "Dear {n},\n\nYour CV for {role} at {co} reached us. Please note the shortlist was drawn up minus your name. Instead of the usual month of silence, here is the news today.\n\nRegards,\n{sig}",
   "Bloemfontein Uniform House", "bfnuniform", role="Pattern Cutter", tz="za")
mr("o-use", "Update on your application",
   "Hello {n},\n\n{co} appreciates the effort behind your {role} application. Unfortunately, this position is headed elsewhere. Our other openings remain yours to try.\n\nBest,\n{sig}",
   "Chesapeake Oyster Hatchery", "chesoyster", role="Hatchery Assistant", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} – Thursday chat",
   "Hi {n},\n\nThursday's sit-down was a joy, and the panel loved your stories from the line. {role} goes to a colleague from our Dyce site, who starts next month. Keep in touch.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Aberdeen Harbour Fish Auction", "Bursa Loomhouse Towels"), ("abdfishauction", "bursaloomhouse"), role=("Auction Clerk", "Dye House Lead"), tz=("abd", "tr"))
mr("th-b", "RE: [EXT] Re: {role} – Tuesday panel",
   "Dear {n},\n\nYour energy on Tuesday lit up the room; Chidi still raves about it. The committee has now selected another candidate for {role}, and she accepted yesterday. May our paths cross again soon.\n\nBest wishes,\n{sig}\n\n{ORIG}",
   ("Ikeja Pharma Distribution", "Moshi Highland Coffee Union"), ("ikejapharma", "moshicoffee"), role=("Inventory Analyst", "Field Agronomist"), tz=("lag", "tz"))
mr("th-c", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGreat to share a coffee last week. The plant manager has picked Tomás, who has run a chipper line before, for the {role} post. All good things for your next chapter.\n\nCheers,\n{sig}\n\n{RULE}",
   ("Northern Interior Pulp", "Hart Highway Pallet Works"), ("nipulp", "hartpallet"), role=("Shift Supervisor", "Line Lead"), tz=("bc", "bc"))
mr("th-d", "RE: [EXT] Re: our call about {role}",
   "Hello {n},\n\nThanks again for a genuinely fun conversation – your answer on stock rotation made us all smile. The directors went with Ayesha, who knows our Sitabuldi branches well, for {role}. Warm wishes for your search.\n\n{sig}\n\n{GM}",
   ("Sitabuldi Textbook House", "Lekki Estate Services"), ("sitabuldibooks", "lekkiestate"), role=("Branch Coordinator", "Estate Supervisor"), tz=("ngp", "lag"))
mr("th-e", "RE: [EXT] Re: Next steps for {role}",
   "Hi {n},\n\nWe valued your time at the depot on Monday. The hiring board has appointed an internal colleague from the airport team to {role}. Take good care.\n\n{sig}\n\n{OUT}",
   ("Princess Juliana Ground Handling", "Simpson Bay Car Rentals"), ("pjgroundhandling", "sbaycarrentals"), role=("Ramp Team Lead", "Fleet Coordinator"), tz=("sx", "sx"))
mr("th-f", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nI enjoyed our talk over chai very much. The management has finalised Mr Kulkarni for {role}; he joins us from the 1st. Go well for your bright future.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Butibori Wire Drawing", "MIHAN Airframe Care"), ("butiboriwire", "mihanairframe"), role=("Dispatch In-charge", "Stores Officer"), tz=("ngp", "ngp"))
mr("th-g", "RE: [EXT] Re: Catch-up – {role}",
   "Hiya {n},\n\nBraw tae see ye at the quay on Friday. The gaffer has given {role} to a lass from our Peterhead yard who kens the boats. Mind and keep in touch.\n\nAa the best,\n{sig}\n\n{RULE}",
   ("Aberdeen Harbour Fish Auction", "Granite City Subsea Training"), ("abdfishauction", "granitesubsea"), role=("Tally Clerk", "Stores Assistant"), tz=("abd", "abd"))
mr("th-h", "RE: [EXT] Re: {role} – after our meeting",
   "Hello {n},\n\nA real joy having you at the Arusha office; Baraka enjoyed your questions about the guests. The owners have chosen Neema, who has run our gift shop for two years, for {role}. Karibu tena any time you pass by.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Arusha Crater Rim Lodge", "Nairobi Westlands Matatu Sacco"), ("craterrimlodge", "westlandssacco"), role=("Guest Relations Lead", "Operations Assistant"), tz=("tz", "ke"))
# ---- 8 clear refusals under the long footer
mr("ft-a", "Your application: {role}",
   "Dear {n},\n\nYour {role} application has been read. It will go no further.\n\n{co} Careers{FOOT}",
   ("Galway Catheter Devices", "Harrogate Conference Halls"), ("galwaycatheter", "harrogatehalls"), role=("Packaging Operator", "Banqueting Porter"), tz=("ie", "uk"))
mr("ft-b", "{role} – outcome",
   "Hi {n},\n\nThanks for your interest in {role}. Applicants with more hours on this exact kind of job were preferred; your file is closed.\n\n{co}{FOOT}",
   ("Konya Tillage Machinery", "Yaba Curl Cosmetics"), ("konyatillage", "yabacurl"), role=("Paint Shop Operator", "Lab Technician"), tz=("tr", "lag"))
mr("ft-c", "About {role}",
   "Dear {n},\n\nYour {role} application fell at the screening stage and has been marked unsuccessful.\n\nThe {co} hiring team{FOOT}",
   ("Prince George Regional Lab", "Dar Cashew Processors"), ("pgregionallab", "darcashew"), role=("Lab Aide", "Boiler Attendant"), tz=("bc", "tz"))
mr("ft-d", "{co}: decision on {role}",
   "Hello {n},\n\nThanks for applying for {role}. On this occasion we have declined your application.\n\nRecruitment, {co}{FOOT}",
   ("Torry Seed Potato Merchants", "Wardha Road Cotton Ginning"), ("torryseed", "wardharoadginning"), role=("Grading Operative", "Bale Press Operator"), tz=("abd", "ngp"))
# ---- 9 hedged refusals
mr("hd-a", "{role} – thank you",
   "Hi {n},\n\nCheers for the {role} chat. Several applicants logged field hours that sit a touch nearer what the site needs, and the crew is going forward with them.\n\nKind regards,\n{sig}\n{co}",
   ("Fraser Fort Tree Planting", "Moshi Highland Coffee Union"), ("fraserfortplant", "moshicoffee"), role=("Crew Boss", "Extension Officer"), tz=("bc", "tz"))
mr("hd-b", "Update: {role}",
   "Dear {n},\n\nThanks for your patience on {role}. The business is steering the position down another road, and that is the route being followed for now.\n\nWith thanks,\n{sig}, {co}",
   ("Istanbul Dublaj Studios", "Lekki Estate Services"), ("dublajstudios", "lekkiestate"), role=("Studio Coordinator", "Leasing Officer"), tz=("tr", "lag"))
mr("hd-c", "Your {role} application",
   "Dear {n},\n\nYour application was duly considered. Profiles of other candidates were found more aligned to the requirement of {role}, hence the panel proceeds with those.\n\nRegards,\n{sig}\n{co}",
   ("MIHAN Airframe Care", "Philipsburg Gem & Watch"), ("mihanairframe", "philipsburggem"), role=("Planning Engineer", "Store Manager"), tz=("ngp", "sx"))
mr("hd-d", "{role}",
   "Hi {n},\n\nThanks for chatting with us. Another applicant's years on a cold-room floor sat that bit nearer the {role} brief, so we're taking things forward with her.\n\nAll the best,\n{sig}",
   "Mombasa Road Cold Rooms", "mombasacold", role="Floor Supervisor", tz="ke")
mr("hd-e", "Thanks from {co}",
   "Hiya {n},\n\nCheers for coming to see us about {role}. We've taken the job a wee bit different and that's the plan we're sticking wi'.\n\n{sig}",
   "Dyce Oilfield Rope Access", "dyceropeaccess", role="Stores Controller", tz="abd")
mr("hd-f", "Regarding {role}",
   "Hello {n},\n\nMany thanks for your time. Two candidates arrived with stronger backgrounds in trail interpretation, and they fit our plans for {role} a shade better.\n\nSincerely,\n{sig}, {co}",
   "Ballarat Goldfields Museum", "ballaratgoldfields", role="Education Officer", tz="au")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call – {role}",
   "Hi {n},\n\nGood speaking earlier. As mentioned, {co} picked another candidate for {role}. Separately, I've a {x} opening with a client nearby that suits your background – fancy a call on Tuesday to talk it through?\n\n{sig}\nKeelstone Recruitment",
   ("Granite City Subsea Training", "Bursa Loomhouse Towels"), ("keelstone", "keelstone"), role=("Training Coordinator", "Export Clerk"), x=("HSE Administrator", "Logistics Planner"), tz=("abd", "tr"))
mr("rc-b", "{role} feedback + another role",
   "Hello {n},\n\nThanks for your patience. The feedback from {co} is in: they're not progressing you for {role}. On the bright side, a {x} brief reached me at breakfast, and it suits you better; okay to forward your CV?\n\nBest,\n{sig}\nOkapi Talent Partners",
   ("Ikeja Pharma Distribution", "Nairobi Westlands Matatu Sacco"), ("okapitalent", "okapitalent"), role=("Regional Sales Lead", "Fleet Officer"), x=("Key Account Executive", "Transport Analyst"), tz=("lag", "ke"))
mr("rc-c", "Quick update",
   "Hi {n},\n\nFollowing our chat: the client passed on you for {role}. I do have a Planner role at a sawmill in Vanderhoof that matches what you told me. Free for ten minutes tomorrow?\n\n{sig}, Spruceline Staffing",
   "Hart Highway Pallet Works", "sprucelinestaffing", role="Maintenance Planner", tz="bc")
mr("rc-d", "Update on the {role} profile",
   "Dear {n},\n\nPer our telecon, the client closed your candidature for {role}. Meanwhile, one more opening has come up – QA Executive at a Hingna plant – which fits your profile. Kindly share your updated CV today.\n\nRegards,\n{sig}\nOrangeCity Placements",
   "Butibori Wire Drawing", "orangecityplacements", role="Production Engineer", tz="ngp")
mr("rc-e", "After our call today",
   "Hey {n},\n\nNice chatting this morning. {co} picked a different person for {role}. Got a reservations job on the Dutch side you'd be sweet at – should I submit you?\n\n{sig}, Island Desk Recruiting",
   "Simpson Bay Car Rentals", "islanddesk", role="Branch Supervisor", tz="sx")
# ---- 8 public-sector notices
mr("ps-a", "Notice of results – vacancy {ref}",
   "Dear {n},\n\nUnder announcement {ref} ({role}) you were rated eligible plus qualified. The referral list that went to the hiring official omitted your name, so this announcement holds no further consideration for you.\n\n{co}",
   ("City of Prince George Human Resources", "Iowa Department of Agriculture"), ("princegeorge-hr", "iowa-agri-hr"), role=("Bylaw Officer", "Plant Inspector"), tz=("bc", "usc"))
mr("ps-b", "Application {ref}: eligibility",
   "Dear {n},\n\nScrutiny of your {role} application is complete. Ineligible, as {x}. File closed.\n\n{co}",
   ("Maharashtra District Selection Board", "Lagos State Civil Service Commission"), ("mdsb-nagpur", "lascsc"), role=("Junior Clerk", "Administrative Officer II"), x=("the domicile certificate is absent", "the NYSC discharge certificate is absent"), tz=("ngp", "lag"))
mr("ps-c", "Vacancy {ref} cancelled",
   "Dear {n},\n\nThe vacancy for {role} (reference {ref}) is withdrawn; the post remains vacant. Each application under this notice lapses.\n\nRecruitment Section\n{co}",
   ("Aberdeen City Council", "Government of Sint Maarten"), ("aberdeencity-jobs", "sxmgov-hr"), role=("Parks Ranger", "Customs Clerk"), tz=("abd", "sx"))
mr("ps-d", "Written examination result – {role}",
   "Dear {n},\n\nIn the {role} written paper you obtained {x}, below the qualifying {y}. Hence you are omitted from the interview call list.\n\n{co}",
   ("Kenya Public Service Commission", "Turkish Ministry of Youth Liaison Office"), ("pscke-jobs", "gsb-liaison"), role=("Assistant Records Officer", "Translator"), x=("58 marks", "64 points"), y=("65 marks", "70 points"), tz=("ke", "tr"))
# ---- 6 bare ATS status updates
mr("st-a", "Status update: {role}",
   "Hello {n},\n\nYour application for {role} (ID {ref}) is no longer under consideration.\n\n{co} Careers",
   ("Des Moines Seed Genetics Lab", "Wensleydale Creamery Tours"), ("dmseedlab", "wensleytours"), role=("Lab Tech I", "Shop Assistant"), tz=("usc", "uk"))
mr("st-b", "Application status changed",
   "<html><body><p>Hi {n},</p><p>The status of your application <b>{role}</b> is now: <b>No longer under review</b>.</p><p>{co}</p></body></html>",
   ("Galway Catheter Devices", "Chesapeake Oyster Hatchery"), ("galwaycatheter", "chesoyster"), role=("Quality Inspector", "Algae Room Tech"), tz=("ie", "use"))
mr("st-c", "{co} application update",
   "<html><body><div>Dear {n},</div><div>Requisition {ref} – {role}</div><div>Your application status: Not Selected – No Longer in Consideration.</div></body></html>",
   ("Whanganui River Museum Shop", "Bloemfontein Uniform House"), ("whanganuishop", "bfnuniform"), role=("Casual Retail", "Machinist"), tz=("nz", "za"))
# ---- 6 internship / graduate decisions
mr("in-a", "{co} Summer Internship 2026",
   "Dear {n},\n\nThe {co} summer internship programme got your form. With a crowded field this year, the 2026 cohort has no place for you. The 2027 round opens in October.\n\nEarly Careers desk",
   ("Granite City Subsea Training", "Istanbul Dublaj Studios"), ("granitesubsea", "dublajstudios"), role=("intern", "intern"), tz=("abd", "tr"))
mr("in-b", "Graduate Trainee Programme – outcome",
   "Dear {n},\n\nAfter the {co} Graduate Trainee assessment day, selectors finalised the cohort list, leaving your name off it. Your hard work on the day was noted.\n\nGraduate Recruitment",
   ("Lagos Mainland Brewing", "Nagpur Metro Rail Depot"), ("mainlandbrewing", "nagpurmetrodepot"), role=("trainee", "trainee"), tz=("lag", "ngp"))
mr("in-c", "Co-op placement decision",
   "Hi {n},\n\nCheers for your interest in our winter co-op at {co}. Another student has taken the placement, so your file is closed. Have a great term!\n\n{sig}",
   ("Prince George Regional Lab", "Nairobi Westlands Matatu Sacco"), ("pgregionallab", "westlandssacco"), role=("co-op", "attachment"), tz=("bc", "ke"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Candidate Hub: application received – {role}",
   "Hello {n},\n\nYour {role} application (R-{ref}) is in. Follow it via Candidate Hub, where it may move through Under Review, Interview, Offer or Closed – Another Applicant Appointed.\n\nTalent Team, {co}",
   ("Torry Seed Potato Merchants", "Ikeja Pharma Distribution"), ("torryseed", "ikejapharma"), role=("Yard Operative", "Van Sales Rep"), tz=("abd", "lag"))
mo(A, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is in our hands! Each one gets human eyes. Should your experience fit, a recruiter books a first call with you; should it miss this time, a brief note lands in your inbox, so no guessing games.\n\n{co} Recruiting",
   ("Sitabuldi Textbook House", "Cole Bay Hardware"), ("sitabuldibooks", "colebayhardware"), role=("Copy Editor", "Counter Sales"), tz=("ngp", "sx"))
mo(A, "lv", "We got your application – {co}",
   "Hey {n},\n\n{role}: got it, thanks. However this one ends, we'll keep your details in our Fenspindle talent pool for ten months (reply POOLOUT to skip that).\n\n– {co} hiring",
   ("Northern Interior Pulp", "Bursa Loomhouse Towels"), ("nipulp", "bursaloomhouse"), role=("Instrument Tech", "Sales Assistant"), tz=("bc", "tr"))
mo(A, "sr", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>What it means</th></tr><tr><td>Received</td><td>We have your form</td></tr><tr><td>Shortlisted</td><td>We will call you</td></tr><tr><td>Ended</td><td>Seat handed to a different applicant</td></tr></table><p>You are at stage 1 for {role}.<br>{co} Hiring</p></body></html>",
   ("Moshi Highland Coffee Union", "Harrogate Conference Halls"), ("moshicoffee", "harrogatehalls"), role=("Warehouse Clerk", "Night Porter"), tz=("tz", "uk"))
mo(A, "ic", "{co}: we received your application",
   "Dear {n},\n\nWe're glad to have your {role} application. Please make sure your profile shows {x}: applications without it cannot progress past screening and would be closed automatically.\n\n{co} Talent Acquisition",
   ("Galway Catheter Devices", "Butibori Wire Drawing"), ("galwaycatheter", "butiboriwire"), role=("Validation Engineer", "Maintenance Fitter"), x=("an ISO 13485 audit record", "an ITI certificate"), tz=("ie", "ngp"))
mo(A, "tl", "Job {ref} – application submitted",
   "Dear {n},\n\nYour submission for {role} (Job {ref}) is complete. Heads-up: once somebody else lands this requisition, the system tags you Inactive for it, though your record lingers for other jobs.\n\nHuman Resources\n{co}",
   ("Princess Juliana Ground Handling", "Prince George Regional Lab"), ("pjgroundhandling", "pgregionallab"), role=("Baggage Agent", "Specimen Processor"), tz=("sx", "bc"))
mo(A, "wk", "{co} – got your form",
   "Hi {n},\n\nThanks for sending your form for {role}. Looks good? Then your mobile rings about a trial shift. If your phone stays quiet for two weeks, we've probably filled the spot.\n\n{sig}",
   ("Yaba Curl Cosmetics", "Nairobi Westlands Matatu Sacco"), ("yabacurl", "westlandssacco"), role=("Packer", "Conductor"), tz=("lag", "ke"))
mo(A, "bh", "Application received: {role}",
   "Hello {n},\n\nYour {role} application is safely in. Heads-up: staff can apply internally too, and if one of them lands the job, every outside applicant gets a letter closing the search.\n\nPeople Office, {co}",
   ("Bridge of Don Dental Care", "Konya Tillage Machinery"), ("bodondental", "konyatillage"), role=("Receptionist", "Welder"), tz=("abd", "tr"))
mo(A, "tt", "{co} · application confirmed",
   "Dear {n}, thank you for applying for {role} at {co}. Should your profile miss the shortlist, same shall be retained with us six months for upcoming openings. Kindly avoid sending the CV twice.\n\nRegards,\n{sig}",
   ("Lekki Estate Services", "MIHAN Airframe Care"), ("lekkiestate", "mihanairframe"), role=("Security Supervisor", "Hangar Technician"), tz=("lag", "ngp"))
mo(A, "pp", "Next: your {role} screening test",
   "Hi {n},\n\nThanks for applying. Your form for {role} is logged. Every applicant sits a short online test; below-the-line scores halt at that point, and we let everyone know their result either way.\n\n{co} Recruitment",
   ("Arusha Crater Rim Lodge", "Northern Roads Snow Clearing"), ("craterrimlodge", "northernsnowclear"), role=("Housekeeping Supervisor", "Plow Operator"), tz=("tz", "bc"))
mo(A, "jz", "Your application for {role}",
   "Good day {n},\n\nThe {role} application now rests with us. Selected or not selected, a written reply goes to every applicant from {co} once the review is concluded.\n\nRegards,\n{sig}",
   ("Philipsburg Gem & Watch", "Dar Cashew Processors"), ("philipsburggem", "darcashew"), role=("Watch Technician", "Quality Clerk"), tz=("sx", "tz"))
mo(A, "ab", "Application in – {role}",
   "Hi {n},\n\nCheers for your {role} application at {co}. The founders look at every form themselves. A yes means a call within a week; a no means a short, honest email.\n\n{sig}",
   ("Istanbul Dublaj Studios", "Granite City Subsea Training"), ("dublajstudios", "granitesubsea"), role=("Voice Casting Assistant", "Instructor"), tz=("tr", "abd"))
mo(A, "sc", "Crew sign-up received",
   "Hi {n},\n\nYour sign-up for the {co} season as {role} came through. Last year's crew choose spots first; if every spot goes to them, your form rolls over to next season regardless.\n\nCheers,\n{sig}",
   ("Fraser Fort Tree Planting", "Nelson Bines Hop Garden"), ("fraserfortplant", "nelsonbines"), role=("planter", "picker"), tz=("bc", "nz"))
mo(A, "abd", "Form received",
   "Fit like {n},\n\nGot yer form for {role} at {co}, ta. Nae word in three weeks means anither body got it, but we'll hing on tae yer details.\n\n{sig}",
   ("Dyce Oilfield Rope Access", "Aberdeen Harbour Fish Auction"), ("dyceropeaccess", "abdfishauction"), role=("Rigger", "Porter"), tz=("abd", "abd"))
mo(A, "lag", "Acknowledgement of application",
   "Dear {n},\n\nCompliments of the season. Your application for {role} has been duly received. Please note we shall reach only shortlisted candidates; the rest may take it that theirs did not succeed.\n\nYours faithfully,\n{sig}\nHR Unit, {co}",
   ("Surulere Post-Production", "Lagos Mainland Brewing"), ("surulerepost", "mainlandbrewing"), role=("Editor", "Brewhouse Operator"), tz=("lag", "lag"))
mo(A, "ngp", "Receipt of application – {role}",
   "Dear {n},\n\nApplication for {role} has reached our Wardha Road office. Suppose after scrutiny your candidature is not suiting, same will sit in our databank twelve months. Kindly avoid phoning the office for status.\n\nHR Dept., {co}",
   ("Wardha Road Cotton Ginning", "Nagpur Metro Rail Depot"), ("wardharoadginning", "nagpurmetrodepot"), role=("Ginning Supervisor", "Depot Technician"), tz=("ngp", "ngp"))
mo(A, "sx", "We have your application",
   "Morning {n},\n\nYour {role} form reached {co} fine. We'll call you if we want to meet. Whether is yes or is no, we go tell you before month end, you hear?\n\n{sig}",
   ("Simpson Bay Car Rentals", "Cole Bay Hardware"), ("sbaycarrentals", "colebayhardware"), role=("Shuttle Driver", "Cashier"), tz=("sx", "sx"))
mo(A, "bc", "Thanks for applying – {co}",
   "Hi {n},\n\nThanks for your application for {role}. We only contact applicants selected for interview. If the position is filled by someone else, your resume stays on file for twelve months.\n\n{sig}",
   ("Hart Highway Pallet Works", "Northern Interior Pulp"), ("hartpallet", "nipulp"), role=("Forklift Driver", "Chip Handler"), tz=("bc", "bc"))
mo(A, "tr", "Your application has been received",
   "Dear {n},\n\nYour application to {role} reached us. Our team is evaluating your profile. In case another candidate is found more suitable, an e-mail informs you; in any case, your CV stays in our pool.\n\nBest regards,\n{sig}, {co}",
   ("Kayseri Rug Restoration", "Konya Tillage Machinery"), ("kayserirug", "konyatillage"), role=("Weaver", "Quality Engineer"), tz=("tr", "tr"))
mo(A, "ke", "Application received",
   "Dear {n},\n\nGreetings. Your {role} papers have reached {co}. Twenty-one quiet days from our end signal that the shortlist went without you. Asante for your interest.\n\n{sig}",
   ("Mombasa Road Cold Rooms", "Nairobi Westlands Matatu Sacco"), ("mombasacold", "westlandssacco"), role=("Driver", "Accounts Clerk"), tz=("ke", "ke"))
mo(A, "uk", "Thank you for applying",
   "Dear {n},\n\nYour {role} application at {co} has arrived. All applicants hear the outcome, good or bad, twenty-one days at most past the deadline.\n\nKind regards,\n{sig}",
   ("Wensleydale Creamery Tours", "Harrogate Conference Halls"), ("wensleytours", "harrogatehalls"), role=("Tour Host", "Duty Manager"), tz=("uk", "uk"))
mo(A, "ie", "Application received",
   "Hi {n},\n\nDelighted to get your {role} form at {co}. Our phones ring out only on a match; a hush of several weeks is normal, don't fret.\n\nSlán,\n{sig}",
   ("Athenry Equine Clinic", "Galway Catheter Devices"), ("athenryequine", "galwaycatheter"), role=("Yard Hand", "Assembler"), tz=("ie", "ie"))
mo(A, "us", "We received your application",
   "Hi {n},\n\nThanks for applying for {role} at {co}! Next up: a recruiter goes over your materials, then either books you a phone screen or tells you the team picked other candidates.\n\n{sig}",
   ("Des Moines Seed Genetics Lab", "Chesapeake Oyster Hatchery"), ("dmseedlab", "chesoyster"), role=("Seed Analyst", "Hatchery Tech"), tz=("usc", "use"))
mo(A, "au", "Application received – {co}",
   "G'day {n},\n\nYour {role} form made it to us, ripper. Shortlisting wraps inside a fortnight. Phone silent past that? Safe to assume we've gone another way this time.\n\nCheers,\n{sig}",
   ("Ballarat Goldfields Museum", "Whanganui River Museum Shop"), ("ballaratgoldfields", "whanganuishop"), role=("Visitor Services Officer", "Shop Assistant"), tz=("au", "nz"))
mo(A, "za", "Acknowledgement: {role}",
   "Dear {n},\n\nYour CV for {role} has reached us. Take note: thirty silent days after closing signal an unsuccessful outcome, eish.\n\nRegards,\n{sig}, {co}",
   ("Bloemfontein Uniform House", "Bloemfontein Uniform House"), ("bfnuniform", "bfnuniform"), role=("Sales Rep", "Dispatch Clerk"), tz=("za", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFF = "interview", "next_steps", "offer"
mo(INV, "th-a", "RE: [EXT] Re: {role} – second chat",
   "Hi {n},\n\nThanks for Wednesday. Round two with the site lead is pencilled for {dl}, half ten, if that suits. Unfortunately our lift is kaput – third floor by the stairwell.\n\n{sig}\n\n{OUT}",
   ("Aberdeen Harbour Fish Auction", "Bursa Loomhouse Towels"), ("abdfishauction", "bursaloomhouse"), role=("Auction Clerk", "Dye House Lead"), tz=("abd", "tr"))
mo(INV, "th-d", "RE: [EXT] Re: our call about {role}",
   "Hello {n},\n\nLovely talking yesterday. Our two directors hope to host you {dl}, noon sharp, upstairs. Sadly our parking is being resurfaced, so please take an auto from the square.\n\n{sig}\n\n{GM}",
   ("Sitabuldi Textbook House", "Lekki Estate Services"), ("sitabuldibooks", "lekkiestate"), role=("Branch Coordinator", "Estate Supervisor"), tz=("ngp", "lag"))
mo(OFF, "th-c", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nBrilliant news – we want you as {role}, starting {dl}. Contract to follow today. Bad news is the canteen refit runs late, so bring a packed lunch for week one.\n\nCheers,\n{sig}\n\n{RULE}",
   ("Northern Interior Pulp", "Hart Highway Pallet Works"), ("nipulp", "hartpallet"), role=("Shift Supervisor", "Line Lead"), tz=("bc", "bc"))
mo(INV, "wd", "Interview invitation: {role}",
   "Hello {n},\n\nYour {role} interview slot is {dl} at 14:00. Please confirm on Candidate Hub. Unfortunately our visitor car park is closed that week.\n\nTalent Team, {co}",
   ("Torry Seed Potato Merchants", "Ikeja Pharma Distribution"), ("torryseed", "ikejapharma"), role=("Warehouse Coordinator", "Route Sales Rep"), tz=("abd", "lag"))
mo(NXT, "pp", "{role}: your screening test link",
   "Hi {n},\n\nFor {role}, the next hurdle is a 40-minute online test; finish it by {dl}. Regrettably pausing isn't possible, so choose a calm hour.\n\n{co} Recruitment",
   ("Arusha Crater Rim Lodge", "Northern Roads Snow Clearing"), ("craterrimlodge", "northernsnowclear"), role=("Front Office Agent", "Grader Operator"), tz=("tz", "bc"))
mo(NXT, "ic", "{co}: documents needed – {role}",
   "Dear {n},\n\nTo move your {role} application forward, please upload your certificates and two referees by {dl}. Unfortunately files bigger than 5 MB bounce off the portal.\n\n{co} Talent Acquisition",
   ("Galway Catheter Devices", "Butibori Wire Drawing"), ("galwaycatheter", "butiboriwire"), role=("Cleanroom Technician", "Shift Chemist"), tz=("ie", "ngp"))
mo(INV, "gh", "Let's talk – {role}",
   "Hi {n},\n\nGreat application! A panel video chat for {role} is pencilled in on {dl} at 11:00. Sorry in advance: our booking tool is down, so a quick yes by reply works.\n\n{sig}, {co}",
   ("Sitabuldi Textbook House", "Cole Bay Hardware"), ("sitabuldibooks", "colebayhardware"), role=("Production Editor", "Yard Supervisor"), tz=("ngp", "sx"))
mo(OFF, "ab", "Offer – {role}",
   "Hi {n},\n\nThe founders want you aboard as {role}, starting {dl}. Mind you, I'm afraid the air conditioning in the studio is still broken, so dress light.\n\n{sig}, {co}",
   ("Istanbul Dublaj Studios", "Granite City Subsea Training"), ("dublajstudios", "granitesubsea"), role=("Sound Engineer", "Course Administrator"), tz=("tr", "abd"))
mo(INV, "tl", "Interview scheduled – Job {ref}",
   "Dear {n},\n\nInterview for {role} (Job {ref}): {dl}, 09:00 sharp. Unfortunately guest parking on site is barred; use the airport public lot.\n\nHuman Resources, {co}",
   ("Princess Juliana Ground Handling", "Prince George Regional Lab"), ("pjgroundhandling", "pgregionallab"), role=("Ramp Agent", "Phlebotomist"), tz=("sx", "bc"))
mo(NXT, "tt", "{co} · assessment for {role}",
   "Dear {n}, kindly complete the attached case exercise for {role} and return it by {dl}. Sadly our shared drive is slow this week, so send it by email instead.\n\nRegards,\n{sig}",
   ("Lekki Estate Services", "MIHAN Airframe Care"), ("lekkiestate", "mihanairframe"), role=("Facility Officer", "Licensed Engineer B1"), tz=("lag", "ngp"))
# once (15)
mo(INV, "abd", "Come in for a news",
   "Fit like {n},\n\nWe'd like ye in for a wee interview about {role} on {dl} at half ten. Sadly the coffee machine's deid, bring a flask.\n\n{sig}, {co}",
   "Dyce Oilfield Rope Access", "dyceropeaccess", role="Rope Access Tech", tz="abd")
mo(INV, "lag", "Invitation for interview",
   "Dear {n},\n\nYour name made the {role} shortlist. Kindly appear for interview on {dl} by 10am with your original credentials. Unfortunately there is no generator in the waiting area, so dress light.\n\n{sig}, {co}",
   "Surulere Post-Production", "surulerepost", role="Assistant Colourist", tz="lag")
mo(NXT, "ngp", "Document verification – {role}",
   "Dear {n},\n\nYou are requested to report for document verification for {role} on {dl}, 11 AM. Regrettably canteen repair work is going on; kindly bring your own water.\n\nHR Dept., {co}",
   "Wardha Road Cotton Ginning", "wardharoadginning", role="Lab Assistant (Fibre Testing)", tz="ngp")
mo(OFF, "sx", "Good news!",
   "Morning {n},\n\n{co} wants you as {role}, starting {dl}. Bad news is the staff lot is being repaved, so park by the church for a bit.\n\n{sig}",
   "Simpson Bay Car Rentals", "sbaycarrentals", role="Counter Agent", tz="sx")
mo(INV, "bc", "Interview: {role}",
   "Hi {n},\n\nWe'd like to meet about {role} on {dl} at 1 pm. Unfortunately the main gate's torn up for repairs; use the side road.\n\n{sig}, {co}",
   "Hart Highway Pallet Works", "hartpallet", role="Saw Filer", tz="bc")
mo(NXT, "tr", "Next stage: reference check",
   "Dear {n},\n\nIt was nice to meet you. As the next step for {role}, please share two referees' phone numbers and e-mails by {dl}. Unfortunately family members cannot be accepted as referees.\n\nBest regards,\n{sig}, {co}",
   "Kayseri Rug Restoration", "kayserirug", role="Workshop Planner", tz="tr")
mo(INV, "ke", "Interview invitation",
   "Dear {n},\n\nGreetings. Kindly avail yourself for an interview for {role} on {dl} at 9.30am, Mombasa Road office. Unfortunately technicians have the lift this week, so climb the staircase.\n\nAsante,\n{sig}, {co}",
   "Mombasa Road Cold Rooms", "mombasacold", role="Stores Clerk", tz="ke")
mo(OFF, "uk", "Offer of employment",
   "Dear {n},\n\nIt's my pleasure to confirm you as our new {role} at {co}, starting {dl}. Unfortunately the uniform cupboard stays locked until then, so we'll measure you on day one.\n\nKind regards,\n{sig}",
   "Wensleydale Creamery Tours", "wensleytours", role="Visitor Guide", tz="uk")
mo(INV, "ie", "Interview for {role}",
   "Hi {n},\n\nWe'd love to have a chat about {role} on {dl} at 3pm. Unfortunately the yard road's under water, so come by the back lane.\n\nSlán,\n{sig}, {co}",
   "Athenry Equine Clinic", "athenryequine", role="Veterinary Receptionist", tz="ie")
mo(NXT, "us", "Next step: skills task",
   "Hi {n},\n\nGreat phone screen! The following step for {role} is a short lab skills task, due {dl}. Sadly our scheduling system is down, so reply with the time that works.\n\n{sig}, {co}",
   "Des Moines Seed Genetics Lab", "dmseedlab", role="Greenhouse Tech", tz="usc")
mo(INV, "au", "Let's meet – {role}",
   "G'day {n},\n\nKeen to meet about {role} on {dl}, ten o'clock. Unfortunately the cafe next door is shut for renos, so the coffee's on us.\n\nCheers,\n{sig}, {co}",
   "Ballarat Goldfields Museum", "ballaratgoldfields", role="Heritage Interpreter", tz="au")
mo(OFF, "nz", "Offer – {role}",
   "Kia ora {n},\n\nChuffed to say {role} at {co} is yours, starting {dl}. Unfortunately the decorators are in the staff room that week, so lunch moves out to the picnic bench.\n\nNgā mihi,\n{sig}",
   "Whanganui River Museum Shop", "whanganuishop", role="Retail Lead", tz="nz")
mo(INV, "za", "Interview – {role}",
   "Dear {n},\n\nYou have been shortlisted for {role}. Interviews run on {dl} from 10:00. Unfortunately Eskom might cut power that morning, so carry a paper CV.\n\nRegards,\n{sig}, {co}",
   "Bloemfontein Uniform House", "bfnuniform", role="Pattern Cutter", tz="za")
mo(NXT, "use", "Next steps for your application",
   "Hello {n},\n\nYour background check form for {role} is due {dl}. Unfortunately it only opens in Chrome.\n\nBest,\n{sig}, {co}",
   "Chesapeake Oyster Hatchery", "chesoyster", role="Hatchery Assistant", tz="use")
mo(INV, "tz", "Mwaliko wa interview – {role}",
   "Dear {n},\n\nHabari! Karibu for an interview for {role} on {dl} at 10am at our Dar office. Sadly the gate at the front is closed, kindly use the side entrance.\n\nKaribu,\n{sig}, {co}",
   "Dar Cashew Processors", "darcashew", role="Grading Supervisor", tz="tz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
J = "other_job"
mo(J, "hm", "Application update: {role}",
   "Hello {n},\n\n{role} update: the hiring manager has your file on her desk. You needn't do anything yet.\n\n{co} Careers",
   ("Des Moines Seed Genetics Lab", "Galway Catheter Devices"), ("dmseedlab", "galwaycatheter"), role=("Lab Tech I", "Quality Inspector"), tz=("usc", "ie"))
mo(J, "wd", "Withdrawal confirmed",
   "Hi {n},\n\nDone – your {role} application is pulled, per your request. Our careers page stays open to you.\n\n{co}",
   ("Ikeja Pharma Distribution", "Konya Tillage Machinery"), ("ikejapharma", "konyatillage"), role=("Route Sales Rep", "CNC Operator"), tz=("lag", "tr"))
mo("recruiter_outreach", "rc", "A role you might like",
   "Hi {n},\n\nYour profile popped up as I worked a {role} brief for a client near Westhill. Got fifteen minutes this week?\n\n{sig}, {co}",
   ("Keelstone Recruitment", "Okapi Talent Partners"), ("keelstone", "okapitalent"), role=("Stores Supervisor", "Logistics Coordinator"), tz=("abd", "ke"))
mo("recruiter_outreach", "sx", "Opportunity on the island",
   "Morning {n},\n\nI recruit for hotels on the Dutch side and have a {role} job that fits your background. Want to hear more?\n\n{sig}, {co}",
   "Island Desk Recruiting", "islanddesk", role="Night Auditor", tz="sx")
mo(J, "hold", "{role} – requisition on hold",
   "Dear {n},\n\nThe {role} requisition has been placed on hold while finance re-does the budget. Your application remains live; expect an update when hiring restarts.\n\nHR, {co}",
   "MIHAN Airframe Care", "mihanairframe", role="Planning Engineer", tz="ngp")
mo("job_alert", "alert", "New on Larchwicket: 3 jobs near you",
   "Hi {n},\n\nYour alert caught three fresh jobs:\n- Forklift Operator, Dyce\n- Stores Clerk, Bridge of Don\n- Grading Operative, Torry\nSorry, last week's Torry post is closed.\n\n{co}{FOOT}",
   "Larchwicket Jobs", "larchwicket", tz="abd")
N = "non_job_rejection_words"
mo(N, "loan", "Your loan application",
   "Dear {n},\n\nYour personal loan request with {co} went before our credit desk. Unfortunately it misses our lending rules and is declined.\n\nRegards,\n{sig}",
   ("Granite Mutual Bank", "Lagoon Microfinance"), ("granitemutual", "lagoonmfb"), tz=("abd", "lag"))
mo(N, "flat", "Flat viewing – Harbour Street",
   "Hi {n},\n\nCheers for coming round the Harbour Street one-bed. Sorry, but the landlord chose somebody else's offer.\n\n{sig}, {co}",
   "Fittie Lettings", "fittielettings", tz="abd")
mo(N, "ballot", "Marathon ballot result",
   "Dear {n},\n\nThe Nagpur Winter Half ballot is done. Unfortunately the lottery skipped your entry this year.\n\n{co}",
   "Orange City Runners", "orangecityrunners", tz="ngp")
mo(N, "club", "Curling club membership",
   "Hi {n},\n\nThanks for applying to join {co}. Membership is capped for the season, so the rink is full up; the waiting list now carries your name.\n\n{sig}",
   "Prince George Curling Club", "pgcurling", tz="bc")
mo(J, "rev", "Still in review – {role}",
   "Kia ora {n},\n\nA wee heads-up: the panel still has your {role} application; expect a ring late next week.\n\n{sig}, {co}",
   "Whanganui River Museum Shop", "whanganuishop", role="Retail Lead", tz="nz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def pair(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, ch: str = "") -> None:  # noqa: PLR0917
    tail = f"\n\n(posted via the Fenspindle{ch} listing)" if ch else ""
    wr(f"{lang}-{fam}", rej[0], rej[1] + tail, co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{KIND_CODE[twin[0]]}-{lang}-{fam}", twin[1], twin[2] + tail, co, dom, tz=tz, lang=lang)


pair("pumice", "en", "Rotorua Pumice Finishers", "rotoruapumice", "nz",
     ("Your pumicepolishing application", "Kia ora {n},\n\nCheers for wanting a seat at our pumicepolishing bench. The spot's been taken by a fine-grit old hand.\n\n{sig}, {co}"),
     (A, "Pumicepolishing – application in", "Kia ora {n},\n\nYour form for the pumicepolishing bench is in. Wanted for a trial? Your phone rings. Otherwise an email lets you know.\n\n{sig}, {co}"), "Alder")
pair("kelp", "en", "Sanday Kelp Harvesters", "sandaykelp", "uk",
     ("Kelpraking season", "Hello {n},\n\nKind of you to ask about kelpraking with us this spring. The boat crews are full and we cannot take on anyone new this year.\n\n{sig}, {co}"),
     (INV, "Kelpraking – come and see us", "Hello {n},\n\nMeet us at the pier on {dl}, 8am, about kelpraking. Sadly the ferry sails a thin winter timetable, so catch the first sailing.\n\n{sig}, {co}"), "Birch")
pair("causeway", "en", "Holy Island Causeway Works", "causewayworks", "uk",
     ("Causewaypaving crew", "Dear {n},\n\nTa muchly, your causewaypaving crew note arrived. Two local setters have been signed and the gang is full for the year.\n\nRegards,\n{sig}"),
     (NXT, "Causewaypaving – tide-table quiz", "Dear {n},\n\nBefore we meet, please send back the short tide-table quiz by {dl}. Unfortunately there's zero signal at the site hut, so post or email it.\n\n{sig}, {co}"), "Cedar")
pair("oyster", "en", "St Helens Oyster Leases", "sthelensoyster", "au",
     ("Oysterbedding hand", "G'day {n},\n\nYour oysterbedding application's been read, cheers. A bloke who's worked the east-coast leases got the nod over you.\n\n{sig}, {co}"),
     (OFF, "Oysterbedding – job's yours", "G'day {n},\n\nOysterbedding job's yours, mate – start {dl}. Only hitch: the shed roof drips, so pack a decent raincoat.\n\n{sig}, {co}"), "Damson")
pair("stile", "en", "Brecon Stile & Gate Co.", "breconstile", "uk",
     ("Stilebuilding post", "Hi {n},\n\nCheers for the stilebuilding application. We're appointing someone with more oak experience and won't take yours forward.\n\n{sig}, {co}"),
     (A, "Stilebuilding – form received", "Hi {n},\n\nYour stilebuilding form is in. Shortlisted or not, expect our letter, so no wondering.\n\n{sig}, {co}"), "Elder")
pair("signal", "en", "Allegheny Signal Painters", "alleghenysignal", "use",
     ("Signalpainting apprenticeship", "Hi {n},\n\nYour signalpainting apprenticeship application came in after the class filled, so the benches are full for you this year.\n\n{sig}, {co}"),
     (INV, "Signalpainting interview", "Hi {n},\n\nSignalpainting apprenticeship interview: {dl}, 9 AM. Unfortunately the shop heater quit, so wear layers.\n\n{sig}, {co}"), "Fir")
pair("pleat", "en", "Tanjong Pagar Boxpleating Atelier", "tpboxpleat", "sg",
     ("Boxpleating assistant", "Dear {n},\n\nYour boxpleating assistant application has been looked over; it will not be progressed.\n\nBest regards,\n{sig}, {co}"),
     (NXT, "Boxpleating – sample task", "Dear {n},\n\nPlease bring a pleated sample to the atelier by {dl}. Unfortunately the steam press is booked that week, so press it at home.\n\n{sig}, {co}"), "Gean")
pair("flag", "en", "Liscannor Flagstone Yard", "liscannorflag", "ie",
     ("Flagstonelifting job", "Hi {n},\n\nFair play for trying for the flagstonelifting job. A lad from Doolin with a crane ticket got it, so yours is shelved.\n\n{sig}, {co}"),
     (A, "Flagstonelifting – got your CV", "Hi {n},\n\nGot your CV for the flagstonelifting job, thanks. We'll ring shortlisted lads within a fortnight; if the phone stays quiet, the job went elsewhere.\n\n{sig}, {co}"), "Hazel")
pair("stove", "en", "Green Mountain Stovesmiths", "greenmtnstove", "use",
     ("Stovesmithing opening", "Hi {n},\n\nAppreciate your note about our stovesmithing opening. We've hired another applicant and closed the search.\n\nBest,\n{sig}, {co}"),
     (OFF, "Stovesmithing offer", "Hi {n},\n\nThe stovesmithing position is yours, start date {dl}. Unfortunately the forge is being relined that first week; you'll begin in the fitting shop.\n\n{sig}, {co}"), "Ilex")
pair("ditch", "en", "Sahiwal Canal Ditchlining Contractors", "sahiwalditch", "pk",
     ("Ditchlining supervisor", "Dear {n},\n\nYour papers for ditchlining supervisor were duly examined. With regret, another person is selected.\n\nRegards,\n{sig}, {co}"),
     (INV, "Ditchlining – interview call", "Dear {n},\n\nKindly attend interview for ditchlining supervisor on {dl} at 10 AM. Regrettably rains have broken the site road; a motorbike is best.\n\n{sig}, {co}"), "Juniper")
pair("raft", "en", "Brahmaputra Rafttying Works", "brahmaputraraft", "in",
     ("Rafttying post", "Dear {n},\n\nYour rafttying post application is received with thanks. The vacancy is now filled, closing your application.\n\nRegards,\n{sig}, {co}"),
     (A, "Rafttying – application received", "Dear {n},\n\nWe hold your rafttying post application now. Selected or not, all candidates are answered in writing.\n\n{sig}, {co}"), "Kauri")
pair("nail", "en", "Suame Nailforging Shop", "suamenail", "gh",
     ("Nailforging apprentice", "Hello {n},\n\nWe were glad you walked in about the nailforging apprentice place. We have given it to another young man, so we will not take you on this time.\n\n{sig}, {co}"),
     (NXT, "Nailforging – bring your tools", "Hello {n},\n\nFor the next step, come and do a two-hour practical on {dl}. Sadly there is no light after lunch, so come early.\n\n{sig}, {co}"), "Larch")
pair("quay", "en", "Table Bay Quayscrubbing", "tablebayquay", "za",
     ("Quayscrubbing team", "Dear {n},\n\nYour quayscrubbing team application was read. Other candidates were appointed, and yours ends here.\n\n{sig}, {co}"),
     (INV, "Quayscrubbing – interview", "Dear {n},\n\nDrop by to talk about the quayscrubbing team on {dl} at 7:30. Unfortunately the harbour gate queue is long in the morning.\n\n{sig}, {co}"), "Maple")
pair("rick", "en", "Naivasha Rickthatching Co-op", "naivashathatch", "ke",
     ("Rickthatching vacancy", "Dear {n},\n\nYour rickthatching vacancy application reached the co-op. Another member was chosen, so yours was unsuccessful.\n\nAsante,\n{sig}"),
     (OFF, "Rickthatching – welcome aboard", "Dear {n},\n\nThe rickthatching place is yours, starting {dl}. Unfortunately the co-op lorry is in the garage, so take the matatu to the farm.\n\n{sig}, {co}"), "Nutmeg")
pair("seaweed", "en", "North Cape Seaweedcarting", "northcapeseaweed", "atl",
     ("Seaweedcarting crew", "Hi {n},\n\nCheers for your seaweedcarting crew note. The team's full up for the fall, no room left.\n\n{sig}, {co}"),
     (INV, "Seaweedcarting – meet up", "Hi {n},\n\nMeet at the shore shed on {dl}, 8 sharp? Sadly the tractor's broken, so it's a walk down the beach.\n\n{sig}, {co}"), "Olive")
pair("velvet", "en", "Taytay Velvetcropping House", "taytayvelvet", "ph",
     ("Velvetcropping operator", "Hi {n},\n\nThank you for applying as velvetcropping operator. We have hired another applicant, so we will not continue with yours po.\n\n{sig}, {co}"),
     (A, "Velvetcropping – received", "Hi {n},\n\nWe received your application as velvetcropping operator. Pass or fail, a text message brings you the result.\n\n{sig}, {co}"), "Pine")
pair("whet", "en", "Ouachita Whetstoneshaping", "ouachitawhet", "usc",
     ("Whetstoneshaping hire", "Hi {n},\n\nThanks for applying to our whetstoneshaping shop. Another applicant who's cut novaculite before got the job.\n\n{sig}, {co}"),
     (NXT, "Whetstoneshaping – trial", "Hi {n},\n\nNext step: a half-day trial on {dl}. Unfortunately the dust extractor is being replaced, so bring a mask.\n\n{sig}, {co}"), "Quince")
pair("yarn", "en", "Bitterroot Yarnskeining Mill", "bitterrootyarn", "usm",
     ("Yarnskeining operator", "Hi {n},\n\nAppreciate you reaching out about yarnskeining. The role's filled, which closes your application.\n\n{sig}, {co}"),
     (A, "Yarnskeining – application received", "Hi {n},\n\nWe have your application for yarnskeining operator. Yes or no, you hear back inside two weeks.\n\n{sig}, {co}"), "Rowan")
pair("zinc", "en", "Agbara Zincplating Works", "agbarazinc", "ng",
     ("Zincplating technician", "Dear {n},\n\nWe acknowledge your interest in the zincplating technician role. Management has resolved to close your application.\n\n{sig}, {co}"),
     (INV, "Zincplating – invitation", "Dear {n},\n\nKindly come for interview for zincplating technician on {dl} by 10am. Unfortunately the bridge road is under repair, so leave early.\n\n{sig}, {co}"), "Sallow")
pair("grit", "en", "Red River Gritspreading", "redrivergrit", "usc",
     ("Gritspreading driver", "Hi {n},\n\nThanks for applying to drive for our gritspreading fleet. Drivers with Class 3 experience were hired, so yours stops here.\n\n{sig}, {co}"),
     (OFF, "Gritspreading – offer", "Hi {n},\n\nA gritspreading driver seat is yours, start {dl}. Unfortunately the yard washroom is closed for repairs.\n\n{sig}, {co}"), "Teak")
pair("hop", "en", "Willamette Hopstringing", "willamettehop", "usp",
     ("Hopstringing crew", "Hi {n},\n\nCheers for your hopstringing crew sign-up. Returning stringers filled every spot, leaving the crew full this spring.\n\n{sig}, {co}"),
     (INV, "Hopstringing – crew meeting", "Hi {n},\n\nCome to the crew meeting on {dl} at 7am. Sadly the field road is muddy, so boots please.\n\n{sig}, {co}"), "Umbu")
pair("cairn", "en", "Horton Plains Cairnstacking Trust", "hortoncairn", "lk",
     ("Cairnstacking volunteer lead", "Dear {n},\n\nYour cairnstacking lead post application is received with thanks. We have selected another candidate and will not proceed with yours.\n\n{sig}, {co}"),
     (A, "Cairnstacking – application received", "Dear {n},\n\nYour application for the cairnstacking lead post is received. Shortlisted or not, an email will inform you.\n\n{sig}, {co}"), "Vine")
pair("jetty", "en", "Penang Jettytarring Sdn Bhd", "penangjetty", "my",
     ("Jettytarring worker", "Hi {n},\n\nThanks for applying for the jettytarring job lah. We already took another worker, so cannot proceed with you.\n\n{sig}, {co}"),
     (INV, "Jettytarring – interview", "Hi {n},\n\nCome for interview about jettytarring on {dl}, 9am. Sorry, the office aircon is spoilt, bring water.\n\n{sig}, {co}"), "Willow")
pair("sledge", "en", "Nenana Sledgerunning Outfit", "nenanasledge", "ak",
     ("Sledgerunning handler", "Hi {n},\n\nAppreciate your interest in sledgerunning handling. Handlers with more winter trail time got picked ahead of you.\n\n{sig}, {co}"),
     (NXT, "Sledgerunning – cold-weather form", "Hi {n},\n\nPlease fill in the cold-weather fitness form by {dl}. Unfortunately our fax gave up the ghost, so scan and email it.\n\n{sig}, {co}"), "Yew")
pair("trawl", "en", "Mackay Trawlmending Shed", "mackaytrawl", "qld",
     ("Trawlmending hand", "G'day {n},\n\nTa for the trawlmending hand application. A local with years on the nets got the job over you, mate.\n\n{sig}, {co}"), None, "Zelkova")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Fenspindle: new trades jobs",
   "Hi {n},\n\nNew on Fenspindle this week:\n- Stilebuilding hand, Brecon\n- Hopstringing crew, Willamette\n- Quayscrubbing team, Table Bay\nSorry, the kelpraking post has already closed.\n\nFenspindle", "Fenspindle", "fenspindle", tz="uk")
wo("non_job_rejection_words", "turning", "Evening woodturning class",
   "Hi {n},\n\nYour sign-up for the Tuesday woodturning class at {co} came in after every lathe was booked. Unfortunately that means no seat this term; your name tops the spring list.\n\n{sig}", "Millbrook Adult Learning Centre", "millbrooklearning", tz="use")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
pair("oud", "ar", "مصنع بخور جدة", "jeddahbakhoor", "sa",
     ("طلب التوظيف لدى مصنع بخور جدة", "مرحبًا {n}،\n\nنشكرك على التقدم لوظيفة مزج العطور. بعد دراسة كل الملفات ذهبت الوظيفة إلى مرشحة أخرى، وبذلك يُغلق طلبك.\n\nتحياتنا،\n{sig}"),
     (INV, "دعوة لمقابلة شخصية", "مرحبًا {n}،\n\nيسعدنا دعوتك لمقابلة يوم {dl} عند العاشرة. للأسف المصعد معطل، فالمكتب في الطابق الثالث عبر الدرج.\n\n{sig}"))
pair("kuckuck", "de", "Kuckucksuhren Werkstatt Triberg", "triberguhren", "de",
     ("Ihre Bewerbung als Uhrmacherin", "Hallo {n},\n\nschön, dass Sie an unsere Uhrenwerkstatt im Schwarzwald gedacht haben. Die Wahl fiel auf eine andere Bewerberin, daher bleibt die Stelle für Sie diesmal verschlossen.\n\nFreundliche Grüße\n{sig}"),
     (A, "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Mappe liegt bei uns auf dem Tisch. Zusage wie Absage erhalten Sie spätestens nach drei Wochen schriftlich.\n\nFreundliche Grüße\n{sig}"))
pair("zapato", "es", "Calzado Flamenco Gaditano", "calzadogaditano", "es",
     ("Tu candidatura en Calzado Flamenco Gaditano", "Hola {n}:\n\nQué ilusión leer tu carta para aparadora. Nos quedamos con una candidata que lleva años cosiendo tacón cubano, y tu proceso termina aquí.\n\nUn saludo,\n{sig}"),
     (INV, "Entrevista en el taller", "Hola {n}:\n\nVen al taller el {dl} sobre las once. Una pena: han levantado la calle por obras, y la entrada es por la plaza de atrás.\n\n{sig}"))
pair("lavande", "fr", "Distillerie de Lavande du Plateau", "lavandeplateau", "fr",
     ("Votre candidature à la distillerie", "Bonjour {n},\n\nNous avons lu avec attention votre dossier pour l'aide à l'alambic. Un autre saisonnier a été choisi ; votre candidature s'arrête ici.\n\nCordialement,\n{sig}"),
     (A, "Accusé de réception", "Bonjour {n},\n\nNous avons bien reçu votre dossier pour la saison. Retenue ou non, vous recevrez une réponse écrite avant la fin du mois.\n\nCordialement,\n{sig}"))
pair("chhapai", "hi", "जयपुर ठप्पा छपाई केंद्र", "jaipurthappa", "in",
     ("आपके आवेदन के बारे में", "सादर नमस्कार — {n} जी।\n\nसांगानेर रोड वाले ठप्पा घर को कारीगरी हेतु भेजी गई अर्ज़ी हमारे हाथ लगी, शुक्रिया। अबकी बार चुनाव किसी दूसरे कारीगर का हुआ, इसलिए आपका नाम सूची से बाहर रहा।\n\nठप्पा घर परिवार की ओर से,\n{sig}"),
     (NXT, "अगला चरण: नमूना कार्य", "सादर नमस्कार — {n} जी।\n\nकृपया {dl} तक एक छपा हुआ नमूना दुपट्टा जमा करें। खेद है कि रंगाई कक्ष मरम्मत में है, इसलिए नमूना घर पर तैयार करें।\n\n{sig}"))
pair("vetro", "it", "Fornace Vetraria Muranese", "fornacemurano", "it",
     ("La sua candidatura in fornace", "Gentile {n},\n\nabbiamo letto volentieri la sua domanda per affiancare il maestro vetraio. Alla fine abbiamo preferito un altro candidato, e per ora la sua pratica viene archiviata.\n\nCordiali saluti,\n{sig}"),
     (NXT, "Prossimo passo: prova pratica", "Gentile {n},\n\nentro il {dl} ci scriva se verrà alla prova al forno. Purtroppo il vaporetto delle sette è sospeso, prenda quello delle sei e mezza.\n\n{sig}"))
pair("kinpaku", "ja", "金沢金箔工房", "kanazawakinpaku", "jp",
     ("選考結果のお知らせ", "{n}様\n\nこのたびは箔打ち職人の募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。\n\n{sig}"),
     (INV, "面接のご案内", "{n}様\n\n{dl}の午後二時に工房で面接を行います。あいにく駐車場が工事中のため、公共交通機関をご利用ください。\n\n{sig}"))
pair("doyo", "ko", "이천 도자기 가마", "icheonkiln", "kr",
     ("지원 결과 안내", "{n}님께,\n\n도예 보조 직무에 가마 일에 관심을 보여 주셔서 고맙습니다. 지원서를 모두 읽고 나서 다른 분과 일하기로 정했습니다.\n\n{sig} 드림"),
     (OFF, "채용 제안", "{n}님께,\n\n도예 보조로 모시고 싶습니다. 첫 출근일은 {dl}입니다. 아쉽게도 작업장 난방기가 멈춰 있으니 두꺼운 옷을 입고 오세요.\n\n{sig} 드림"))
pair("cortica", "pt", "Rolhas de Cortiça do Douro", "rolhasdouro", "pt",
     ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse na escolha de rolhas. A vaga ficou para outra candidata; arquivamos a sua ficha com carinho.\n\nAté breve,\n{sig}"),
     (INV, "Convite para entrevista", "Olá {n},\n\nGostaríamos de falar consigo na fábrica no dia {dl}, às 10h. Infelizmente o parque de estacionamento está fechado, por isso venha de autocarro.\n\n{sig}"))
pair("kruzhevo", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru",
     ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nРады, что вас заинтересовала работа кружевницы в нашей мастерской. Выбор пал на другую мастерицу, поэтому место, увы, уже занято.\n\nС уважением,\n{sig}"),
     (NXT, "Следующий шаг: пробная работа", "Здравствуйте, {n}!\n\nПросим прислать фото ваших работ до {dl}. К сожалению, почта мастерской забита, поэтому пришлите ссылку на облако.\n\n{sig}"))
pair("mkonge", "sw", "Shamba la Mkonge Tanga", "mkongetanga", "tz",
     ("Kuhusu maombi yako", "Habari {n},\n\nTunashukuru kwa barua uliyotuma juu ya kazi ya kusimamia mkonge. Mwingine amepata nafasi hiyo, hivyo ombi lako limefungwa.\n\nWako,\n{sig}"),
     (INV, "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mahojiano tarehe {dl} saa nne. Kwa bahati mbaya mvua imeharibu barabara ya shamba, tafadhali panda bodaboda.\n\n{sig}"))
pair("mai", "th", "โรงทอผ้าไหมเชียงใหม่", "chiangmaisilk", "th",
     ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nโรงทอได้อ่านใบสมัครช่างทอของคุณแล้ว รอบนี้เราตัดสินใจเลือกช่างอีกคนหนึ่ง ขอให้โชคดีกับงานต่อไป\n\n{sig}"),
     (OFF, "ยินดีต้อนรับเข้าทำงาน", "เรียนคุณ{n}\n\nเราขอต้อนรับคุณสู่ทีมช่างทอ เริ่มงาน {dl} แต่เสียใจด้วยที่ร้านข้าวในโรงงานยังซ่อมอยู่ ควรห่อข้าวมาเอง\n\n{sig}"))
pair("cay", "tr", "Rize Çay Fabrikası", "rizecay", "tr",
     ("Başvurunuz hakkında", "Merhaba {n},\n\nÇay harmanlama ustası ilanımıza başvurduğunuz için teşekkür ederiz. Başka bir aday ile devam etmeye karar verdik.\n\nSaygılarımızla,\n{sig}"),
     (INV, "Mülakat daveti", "Merhaba {n},\n\nSizi {dl} günü sabah onda fabrikaya görüşmeye bekliyoruz. Maalesef otopark kapalı, lütfen servis aracını kullanın.\n\n{sig}"))
pair("football", "ur", "سیالکوٹ فٹبال سلائی یونٹ", "sialkotball", "pk",
     ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nسلائی نگران کے عہدے میں دلچسپی لینے پر ممنون ہیں۔ اس مرتبہ یونٹ نے ایک دوسرے امیدوار کو چنا، لہٰذا آپ کی فائل بند کی جا رہی ہے۔\n\n{sig}"),
     (INV, "انٹرویو کی دعوت", "محترم {n}،\n\n{dl} کی صبح یونٹ کے دفتر آ جائیں، بات چیت ہوگی۔ افسوس، دوپہر ڈھلتے ہی لائٹ غائب ہو جاتی ہے، اس واسطے سویرے آئیں۔\n\n{sig}"))
pair("cixiu", "zh", "苏州刺绣工作室", "suzhouxiu", "cn",
     ("应聘结果通知", "{n}您好：\n\n感谢您应聘刺绣助理一职。经过评估，我们已选择了其他候选人，这次无法与您合作。\n\n{sig}"),
     (OFF, "录用通知", "{n}您好：\n\n我们很高兴录用您为刺绣助理，入职日期为{dl}。遗憾的是工作室的空调正在维修，请穿轻便的衣服。\n\n{sig}"))
# pool languages, one each
pair("bici", "cat", "Rutes en Bici de Girona", "rutesgirona", "es",
     ("La teva candidatura", "Hola {n},\n\nGràcies per presentar-te com a guia de rutes. La plaça ha anat a una altra guia, així que aquí es tanca el teu procés.\n\nSalutacions,\n{sig}"),
     (A, "Hem rebut la teva candidatura", "Hola {n},\n\nHem rebut el teu currículum. Tant si et triem com si no, et respondrem per correu abans de quinze dies.\n\nSalutacions,\n{sig}"))
pair("conserva", "glg", "Conserveira da Ría de Vigo", "conserveiravigo", "es",
     ("A túa candidatura", "Ola {n},\n\nAgradecémosche o interese na praza de envasadora. A praza foi para outra compañeira, e o teu proceso remata aquí.\n\nSaúdos,\n{sig}"),
     (NXT, "Seguinte paso: documentación", "Ola {n},\n\nMándanos o certificado de manipuladora antes do {dl}. Por desgraza a oficina está pechada polas tardes, así que envíao por correo.\n\n{sig}"))
pair("volstruis", "afr", "Oudtshoorn Volstruisplaas", "oudtshoornvolstruis", "za",
     ("Jou aansoek", "Hallo {n},\n\nDankie vir jou aansoek as plaasgids. Ons het iemand anders aangestel en gaan nie met jou aansoek voort nie.\n\nGroete,\n{sig}"),
     (OFF, "Aanbod van werk", "Hallo {n},\n\nDie pos as plaasgids is joune, begin {dl}. Ongelukkig is die personeelhuis nog nie klaar nie, so jy bly eers op die dorp.\n\nGroete,\n{sig}"))
pair("hvalur", "isl", "Hvalaskoðun Húsavíkur", "hvalaskodun", "is",
     ("Umsókn þín", "Góðan dag {n},\n\nTakk kærlega fyrir áhugann á leiðsögn um borð. Annar einstaklingur var valinn í starfið að þessu sinni.\n\nKveðja,\n{sig}"),
     (INV, "Boð í viðtal", "Góðan dag {n},\n\nVið bjóðum þér í viðtal {dl} klukkan tíu. Því miður er kaffivélin biluð, svo taktu með þér kaffi.\n\n{sig}"))
pair("torrfisk", "nor", "Lofoten Tørrfisk", "lofotentorrfisk", "no",
     ("Søknaden din", "Hei {n},\n\nTakk for søknaden som hjelpearbeider på hjellen. Jobben gikk til en annen søker, så søknaden din avsluttes her.\n\nHilsen\n{sig}"),
     (A, "Vi har mottatt søknaden", "Hei {n},\n\nSøknaden din er kommet fram. Enten du får jobben eller ikke, sender vi deg svar innen tre uker.\n\nHilsen\n{sig}"))
pair("rav", "dan", "Skagen Ravværksted", "skagenrav", "dk",
     ("Din ansøgning", "Hej {n},\n\nMange tak for interessen for at slibe rav hos os. Stillingen gik til en anden, så din sag lukkes her.\n\nVenlig hilsen\n{sig}"),
     (A, "Tak for din ansøgning", "Hej {n},\n\nTak, din ansøgning ligger nu i værkstedets bakke. Bliver det et ja, ringer vi; bliver det et nej, får du en mail, senest om fjorten dage.\n\nMed venlig hilsen fra værkstedet,\n{sig}"))
pair("husky", "fin", "Rovaniemen Huskytila", "huskytila", "fi",
     ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi koiravaljakko-oppaan tehtävään. Paikka meni toiselle hakijalle, joten hakemuksesi ei etene.\n\nTerveisin\n{sig}"),
     (A, "Hakemus vastaanotettu", "Hei {n},\n\nHakemuksesi on saapunut. Valittiin sinut tai ei, lähetämme vastauksen kahden viikon sisällä.\n\nTerveisin\n{sig}"))
pair("kadakas", "est", "Saaremaa Kadakapuutöökoda", "kadakatookoda", "ee",
     ("Sinu kandideerimine", "Tere {n},\n\nAitäh, et kandideerisid puidutreiali kohale. Valisime teise kandidaadi ega jätka sinu avaldusega.\n\nParimat\n{sig}"),
     (NXT, "Järgmine samm: proovitöö", "Tere {n},\n\nPalun saada oma tööde fotod hiljemalt {dl}. Kahjuks on meie töökoja telefon rikkis, seega kirjuta meile.\n\n{sig}"))
pair("kremna", "slv", "Hotel ob Blejskem jezeru", "hotelbled", "si",
     ("Vaša prijava", "Pozdravljeni {n},\n\nlepo, da ste se oglasili za delo na recepciji. Mesto je dobil drug kandidat, vaš postopek se tu zaključi.\n\nLep pozdrav,\n{sig}"),
     (INV, "Vabilo na razgovor", "Pozdravljeni {n},\n\npridite na pogovor {dl} ob desetih. Žal je parkirišče zaprto, zato pridite z avtobusom.\n\n{sig}"))
pair("paprika", "srp", "Mlin za papriku Subotica", "mlinsubotica", "rs",
     ("Vaša prijava", "Poštovani {n},\n\nhvala na prijavi za mesto rukovaoca mlinom. Odabrali smo drugog kandidata i nećemo nastaviti sa vašom prijavom.\n\nSrdačan pozdrav,\n{sig}"), None)


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), FALLBACK)


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 174; slice 175, this slice and any later one are skipped by number."""
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
