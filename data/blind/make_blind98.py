# ruff: noqa: E501, S311
"""Write the ninety-eighth sealed blind slice for issue 11 (blind-slice-98.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 96; slice 97 and later never read; our side printed)
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

SEED = 980981
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-98.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 98
SKIP_FROM = 97  # slice 97 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 10)
LAST_DRAW = dt.date(2026, 11, 20)  # a Friday; a weekend drawn before it moves to Monday 16 November at the latest

RECIPIENTS = [
    "Eilidh Macaskill", "Tatenda Chikwanha", "Ngozi-Claire Fonkwo", "Kila Namaliu", "Shenique Rolle",
    "Ioana Prisăcaru", "Mathis Lefebvre-Kane", "Rudo Mapfumo", "Bertrand Ekwalla", "Dorcas Waim",
    "Tavita Fuimaono", "Anastasia Cartwright", "Ruairidh Matheson", "Farai Nyathi", "Pauline Mbarga",
    "Geno Kauwa", "Latrice Knowles", "Corina Vasilescu", "Amandine Roux-Pryce", "Kudakwashe Moyo",
    "Yvette Ngo Bassong", "Sione Kaufana", "Deandra Pinder", "Oana Munteanu", "Ishbel Morrison",
    "Chiedza Gumbo", "Jules Abanda", "Rhiannon Ashdown", "Prakash Venugopal", "Temitope Adeyemi-Cole",
    "Wanjiru Kamau", "Marcus Delahunty", "Harriet Szabo-Lowe", "Kieran O'Dowd", "Tamsyn Pellow",
]
REGION_SIGNERS = {
    "uk": ["Rowena Battersby", "Desmond Achterberg", "Philippa Crane-Haworth", "Idris Ferncombe"],
    "sco": ["Catriona MacLeod", "Murdo Mackinnon", "Kirsty Urquhart", "Alasdair Munro"],
    "ie": ["Orlaith Fennelly", "Cathal Brosnan", "Niamh Cullinane"],
    "us": ["Loretta Hanrahan", "Travis Beaumont", "Yesenia Quintanilla", "Garrett Lindqvist"],
    "ca": ["Genevieve Tremblay-Ross", "Hardeep Chahal", "Shauna McInnis"],
    "au": ["Kirrily Dawes", "Angus Pettigrew", "Mei Lin Hartono"],
    "nz": ["Aroha Tamihana", "Fergus Colquhoun", "Mele Tupou"],
    "za": ["Lindiwe Dlamini", "Riaan Steenkamp", "Thabo Molefe"],
    "in": ["Shobha Raghunathan", "Gurpreet Dhillon", "Anirban Mitra"],
    "ng": ["Bukola Adebayo", "Chukwuemeka Eze"], "ke": ["Nyokabi Mwangi", "Kipchumba Kosgei"],
    "sg": ["Lim Hui Min", "Rajesh Pillai"],
    "zw": ["Nyasha Chitepo", "Tendai Mukwena", "Rutendo Marufu"],
    "cm": ["Ebenezer Tabi", "Marie-Claire Ndjock", "Fru Ngwa Divine"],
    "pg": ["Elizah Kaupa", "Grace Tamarua", "Joe Wingti-Aua"],
    "bs": ["Lashanda Ferguson", "Cordell Bethel", "Patrice Cartwright-Major"],
    "fr": ["Séverine Lacombe", "Arnaud Delpech", "Élodie Vasseur-Blin"],
    "ro": ["Mirela Constantinescu", "Bogdan Ilie", "Adriana Pop"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى الحوراني", "نادر عبد الهادي"], "de": ["Wiebke Hollmann", "Gerhard Aigner"],
    "es": ["Montserrat Ibáñez", "Fermín Arrieta"], "fr": ["Maëlle Kervella", "Yannick Pellerin"],
    "hi": ["सुधा अग्रवाल", "विनोद सक्सेना"], "it": ["Rosalba Cimino", "Ottavio Ruggeri"],
    "ja": ["松本 由美", "佐藤 大輔"], "ko": ["이수진", "최민호"], "pt": ["Graça Pinheiro", "Joana Medeiros"],
    "ru": ["Ольга Белова", "Сергей Ермаков"], "sw": ["Neema Kisanga", "Juma Mbwambo"],
    "th": ["สุภาพร ทองดี", "มาลัย ศรีสุข"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "شازیہ نقوی"], "zh": ["张秀英", "李建国"],
    "ind": ["Ratna Wulandari", "Agus Setiawan"], "vie": ["Nguyễn Thị Lan", "Trần Văn Hùng"],
    "heb": ["מיכל לוי", "יואב כהן"], "bul": ["Десислава Петкова", "Стоян Георгиев"],
    "epo": ["Ĝoja Verdkampo", "Lukas Stelaro"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة السعدي", "رنا العلي"], "de": ["Svenja Kröger", "Niklas Haberl"],
    "es": ["Ainhoa Beltrán", "Gonzalo Prieto"], "fr": ["Capucine Marchal", "Romain Texier"],
    "hi": ["अदिति गुप्ता", "ऋत्विक सहगल"], "it": ["Federica Gallo", "Davide Marino"],
    "ja": ["高橋 美咲", "中村 拓也"], "ko": ["윤서연", "강도윤"], "pt": ["Inês Santos", "Tiago Nogueira"],
    "ru": ["Анна Смирнова", "Илья Воробьёв"], "sw": ["Halima Nyirenda", "Petro Mallya"],
    "th": ["กมลชนก ใจดี", "ธนกร วงศ์ใหญ่"], "tr": ["Merve Çelik", "Onur Arslan"],
    "ur": ["سدرہ جاوید", "ماریہ انصاری"], "zh": ["赵雨萱", "孙浩"],
    "ind": ["Dewi Kartika", "Bayu Pratama"], "vie": ["Phạm Minh Anh", "Lê Quốc Bảo"],
    "heb": ["נועה פרץ", "שירה אזולאי"], "bul": ["Мария Иванова", "Николай Димитров"],
    "epo": ["Klara Montaro", "Petro Arbaro"],
}
GIVEN = {
    "Ngozi-Claire Fonkwo": "Ngozi-Claire", "Yvette Ngo Bassong": "Yvette", "Lim Hui Min": "Hui Min",
    "Fru Ngwa Divine": "Divine", "Nguyễn Thị Lan": "Lan", "Trần Văn Hùng": "Hùng",
    "Phạm Minh Anh": "Minh Anh", "Lê Quốc Bảo": "Bảo",
}
PROVIDERS = ["sedgepost", "cairnmail", "loambox", "reedpost", "shalemail", "ferrybox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bs": ("-0500", "-0400", "us"),
    "ng": ("+0100", None, ""), "cm": ("+0100", None, ""), "za": ("+0200", None, ""), "zw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "pg": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind98-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – grand chat on the mezzanine, ta. Forklift ticket renews in May; Ms Odhiambo-Reyes picks up mornings.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nRequisition R-{ref} ({role}) at {co} has been filled, and with that your candidate record for it is now marked closed. This message is generated from our hiring workspace; replies are not monitored.\n\nOther requisitions stay open to you in your candidate home.\n\n{co} Talent Operations",
   ("Kessock Ferry Terminal", "Yellowbox Sugar Refinery"), ("kessockferry", "yellowbox-refinery"), role=("Ticket Office Clerk", "Packing Hall Operative"), tz=("sco", "au"), frm="{co} Careers <workday@{dom}>")
mr("gh-fin", "{co} | {role}",
   "Hi {n},\n\nI wanted to personally circle back. The hiring panel met on Tuesday, and a finalist whose tempering-room years matched the brief near perfectly has our offer, which closes out your candidacy for {role}.\n\nYour written exercise was a pleasure to read.\n\nWarmly,\n{sig}\nRecruiting, {co}",
   ("Cacaoyer Chocolaterie", "Penhalonga Confectioners"), ("cacaoyer", "penhalonga-sweets"), role=("Chocolatier Assistant", "Line Confectioner"), tz=("fr", "zw"), frm="{sig} <no-reply@{dom}>")
mr("lv-keep", "Following up on {role}",
   "Hey {n} — quick note from {co}. We're going ahead with someone else for {role}. Your profile will sit in our talent pool for ten months in case a neighbouring role opens; reply REMOVE ME if you'd rather it vanished sooner.\n\nAll the best,\n{sig}",
   ("Gnomon Dome Planetarium", "Hawser Point Ropeworks"), ("gnomondome", "hawserpoint-rope"), role=("Dome Show Presenter", "Splicing Technician"), tz=("use", "cae"), frm="{sig} from {co} <hire@{dom}>")
mr("sr-html", "Application status – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Closed &ndash; vacancy filled</td></tr></table><p>With thanks from the hiring desk.</p></body></html>",
   ("Msasa Leaf Auction Floors", "Mfoundi Cocoa Growers Cooperative"), ("msasa-leaf", "mfoundi-cocoa"), role=("Bale Grader", "Warehouse Tally Clerk"), tz=("zw", "cm"), frm="{co} <smartrecruiters@{dom}>")
mr("ic-cert", "Not Selected – Height Safety Certificate Missing",
   "Candidate: {full}\nJob: {role} ({ref})\nDisposition: Not Selected – Height Safety Certificate Missing\n\nThis post requires a current working-at-height card on day one. Your submission did not include one, so it was closed at the screening step.\n\n{co} Recruitment",
   ("Glasswing Facade Cleaning", "Skyward Billboard Erectors"), ("glasswing-facade", "skyward-boards"), role=("Rope Access Cleaner", "Hoarding Installer"), tz=("uk", "nz"), frm="{co} <icims@{dom}>")
mr("tl-merge", "Job posting withdrawn: {role}",
   "Dear {n},\n\nWe are writing about your submission for {role}, No. {ref}. The department has since merged this post into an existing team lead's duties, and the posting has been withdrawn. This round closes with nobody appointed.\n\nRegards,\nHuman Resources – {co}",
   ("Brightbite Dental Laboratory", "Pellucid Eye Clinic Group"), ("brightbite-lab", "pellucid-eye"), role=("Ceramist Trainee", "Optical Dispensing Assistant"), tz=("ie", "in"), frm="{co} <taleo@{dom}>")
mr("wk-trial", "{role} at {co}",
   "Hi {n},\n\nA hundred and four people asked after this job, which floored us a bit. After the paid trial mornings we've gone ahead with another applicant. Sorry it's a form letter; there were simply too many of you to write to one by one.\n\n{sig}\n{co}",
   ("Ballast & Fishplate Model Railways", "Soundboard & Damper Piano Rooms"), ("ballastfishplate", "soundboard-damper"), role=("Shop Assistant", "Showroom Host"), tz=("uk", "usc"), x=("104", "58"), frm="{co} via Workable <{sl}@{dom}>")
mr("bb-hours", "About the {role} opening",
   "Good day {n},\n\nWe have made a change of plan: the {role} hours are being shared out among our present crew for the season, so we will not be bringing anybody new on board. We are grateful you took the trouble to apply.\n\nKind regards,\n{sig}\n{co}",
   ("Potter's Cay Conch Stand", "Goroka Highlands Roastery"), ("potterscay-conch", "goroka-roast"), role=("Counter Help", "Roasting Assistant"), tz=("bs", "pg"), frm="{sig} <bamboohr@{dom}>")
mr("tt-euro", "Your candidature for {role}",
   "Dear {n},\n\nYour candidature as {role} came to us with pleasure. After examining the files, we retained a profile more adapted to the team today. We wish you good continuation in your search.\n\nCordially,\n{sig}\n{co}",
   ("Rhône Pédale Coursiers", "Arieș Code Atelier"), ("rhonepedale", "ariescode"), role=("Cargo-Bike Courier", "Junior QA Tester"), tz=("fr", "ro"), frm="{sig} | {co} <teamtailor@{dom}>")
mr("pp-score", "{role} – shortlisting outcome",
   "Dear {n},\n\nTwo assessors marked every {role} application. Yours got {x}; interview needed {y}. On that basis you will not be invited this time.\n\nYours sincerely,\nRecruitment Team, {co}",
   ("Northmoor Mobile Libraries", "Lochaber Pupil Transport"), ("northmoor-libs", "lochaber-pupiltransport"), role=("Library Van Driver", "Escort Assistant"), x=("14 of 35", "9 of 25"), y=("21", "15"), tz=("uk", "sco"), frm="{co} <pinpoint@{dom}>")
mr("jz-down", "{role} listing",
   "Hi {n}, the {role} listing has come down. {x} Sorry it's sudden, and ta for finding us.\n\n— {sig}, {co}",
   ("Strathglass Deer Fencing", "Bay Street Straw Crafts"), ("strathglass-fencing", "baystreet-straw"), role=("Fencing Labourer", "Market Stall Hand"), x=("The contract that needed an extra pair of hands got pushed to next year.", "Our owner's niece is back from college and minding the stall now."), tz=("sco", "bs"), frm="{sig} <jazzhr@{dom}>")
mr("ash-loc", "Re your application to {co}",
   "Dear {n},\n\nMany thanks for the application you lodged for {role}. After review, the team has proceeded with others whose background sits nearer our present needs. Do feel free to try us again in future.\n\nBest regards,\n{sig}\nPeople Team, {co}",
   ("Kopje Pay Ledger", "Sawa Solar Installers"), ("kopjepay", "sawasolar"), role=("Customer Support Agent", "Field Installer"), tz=("zw", "cm"), frm="{sig} <ashby@{dom}>")
mr("council", "Post ref {ref}: {role}",
   "Dear {full},\n\nPost {ref}: {role}\n\nThe panel has sat. Regrettably your application missed the shortlist. Owing to the number received, the panel does not give individual feedback.\n\nYours faithfully,\n{sig}\nHR Officer, {co}",
   ("Glen Affric Community Trust", "Eastern Highlands District Works Office"), ("glenaffric-trust", "ehdwo"), role=("Ranger Assistant", "Road Gang Supervisor"), tz=("sco", "pg"), frm="{co} <jobs@{dom}>")
# once (14)
mr("croft", "Shop job",
   "Hi {n}, it's {sf} from {co}. Thanks for popping the form in. The shop hours are away to Morag's youngest, who kens the till and every crofter on the road, so that's me sorted for summer. Haste ye back for a scone.\n{sf}", "Achnasheen Croft Shop", "achnasheen-croftshop", tz="sco", frm="{sig} <{sl}@{dom}>")
mr("bottle", "Cashier post",
   "Morning {n}. Regarding the cashier post at {co}: my brother-in-law has come back from Jo'burg and needs the work, so the family has given it to him. It is not about you, shame. Keep well.\n{sig}", "Chitungwiza Bottle Store", "chitungwiza-bottles", tz="zw")
mr("tailor", "Your request for place at the workshop",
   "Good evening {n},\n\nI received your letter for apprentice at {co}. The machines are all occupied now, my two cousins from Bafoussam came since January and I cannot carry one more mouth. May God open another door for you.\n\n{sig}", "Mvog-Ada Couture & Retouches", "mvogada-couture", tz="cm")
mr("trade", "Store job",
   "Hi {n}, your note on the storeman job at {co}. A young fella from our village who helped us through the cargo delays has the place now. Tenkyu tru, and gutpela luck.\n{sig}", "Wahgi Valley Trade Store", "wahgi-tradestore", tz="pg")
mr("laundro", "Attendant job",
   "Hey {n}, {sf} here from {co}. Short version: the morning slot went to a regular customer who's been folding her own sheets here for eleven years and asked first. Appreciate you stopping in, truly.\n{sf}", "Sudsy Corner Laundromat", "sudsycorner", tz="usm")
mr("opshop", "Volunteer-to-paid role",
   "Hi {n},\n\nThanks heaps for going for the paid sorter role at {co}. One of our long-serving volunteers got it, who's earned it ten times over. Hope you'll still come in on a Saturday.\n\nCheers,\n{sig}", "Grevillea Street Op Shop", "grevillea-opshop", tz="au")
mr("dairy", "Shop assistant",
   "Kia ora {n}, cheers for dropping the CV off at {co}. A local lad who can do the 6am papers before school has it now. All the best out there.\n{sig}", "Onerahi Corner Dairy", "onerahi-dairy", tz="nz")
mr("braai", "Catering helper",
   "Hi {n},\n\nThanks for the CV for weekend helper at {co}. Eish, bookings dried up after the Easter rush, so no extra hands this winter. Maybe try again in September when the weddings start.\n\n{sig}", "Vuur & Vleis Braai Catering", "vuurvleis", tz="za")
mr("tiffin", "Delivery boy post",
   "Dear {n},\n\nWe thank you for approaching {co}. A boy whose family have taken our tiffin twenty years now holds the delivery post; he started on Monday. Kindly excuse us and keep trying.\n\nWarm regards,\n{sig}", "Annapoorni Tiffin Carriers", "annapoorni-tiffin", tz="in")
mr("pos", "POS attendant",
   "Good afternoon {n}. I got your CV for the POS attendant at {co}. My madam says to inform you her cousin's daughter has already resumed at the kiosk. Thank you for coming around. Regards, {sig}", "Ojuelegba Cash Point Kiosk", "ojuelegba-pos", tz="ng")
mr("sacco", "Clerk position",
   "Dear {n},\n\nReceive greetings from {co}. The stage clerk position went to the son of a member, who has helped at the booking desk since March. We value your effort and wish you success ahead.\n\n{sig}", "Gitaru Road Matatu Sacco", "gitaruroad-sacco", tz="ke")
mr("pub", "Kitchen porter",
   "Howya {n},\n\n{sf} from the kitchen at {co}. Look, I'm after taking on a lad who worked the summer for us in '23, he knows the dishwasher's moods. Sorry now, and thanks for calling in.\n\n{sf}", "The Bridge Inn, Ballinalee", "bridgeinn-ballinalee", tz="ie")
mr("sugar", "Sugar shack season",
   "Bonjour {n},\n\nThanks for asking about the sugaring season at {co}. The run's been thin this spring and my nephews are covering the evaporator, so we won't be adding anybody. Come for pancakes anyway!\n\n{sig}", "Cabane Rivière-Ouelle", "riviereouelle-cabane", tz="cae")
mr("petgroom", "Bather role",
   "Hi {n}! {sf} at {co} here. The bather role went to a gal who's done our Saturday nail trims for a year; she just asked for more days. Thanks a bunch for the interest.\n{sf}", "Wagtail Grooming Parlor", "wagtail-grooming", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} – thank you",
   "Hi {n},\n\nGrand to get your note; what a Thursday. The board have settled on the other finalist for {role}; she starts once the tattie holidays end. I'll think of you whenever the mezzanine creaks!\n\nWarm wishes,\n{sf}\n\n{OUT}",
   ("Fearn Harbour Chandlers", "Lubombo Timber Yards"), ("fearnharbour", "lubombo-timber"), role=("Yard Assistant", "Yard Foreman"), tz=("sco", "zw"), frm="{sig} <{sl}@{dom}>")
mr("th-b", "RE: [EXT] RE: Douala visit – {role}",
   "Dear {n},\n\nYou were a joy to meet, and your rota questions were spot on. Our director gave {role} to a colleague from the Bonanjo branch who knows the software; he accepted yesterday. Till our roads meet again.\n\nKind regards,\n{sig}\n\n{ORIG}",
   ("Wouri Freight Forwarding", "Anse Lumière Logistique"), ("wouri-freight", "anselumiere"), role=("Customs Documentation Clerk", "Dispatch Planner"), tz=("cm", "fr"), frm="{sig} <{sl}@{dom}>")
mr("th-c", "Re: [EXT] Re: Following our conversation",
   "Hi {n},\n\nCheers for writing. Close call, truly, and you made it hard. The owners picked the fella with the longer stint on outboards; he signs Monday. Sending you the best,\n{sf}\n\n{GM}",
   ("Arawak Cay Marine Services", "Alotau Outboard Repairs"), ("arawakcay-marine", "alotau-outboard"), role=("Marine Mechanic Helper", "Workshop Hand"), tz=("bs", "pg"), frm="{sig} <{sl}@{dom}>")
mr("th-d", "RE: [EXT] Re: {role}",
   "Bună ziua {n},\n\nMany thanks for Monday's visit and the sample plan. The management decided for the lady who worked already with our Brașov supplier; she begins next month. A real pleasure, and I keep your number.\n\nAll the best,\n{sig}\n\n{RULE}",
   ("Carpați Event Hall", "Mediaș Conference Rooms"), ("carpati-hall", "mediasrooms"), role=("Events Coordinator", "Banqueting Supervisor"), tz=("ro", "ro"), frm="{sig} <{sl}@{dom}>")
mr("th-e", "RE: [EXT] Re: Thursday",
   "Hiya {n},\n\nSo glad you came out to the kennels; Bramble keeps looking for you. The trustees chose someone who's run a rescue intake desk before, and she's said yes. You brought a lot to that day.\n\n{sf}\n\n{OUT}",
   ("Crookrise Moor Dog Rescue", "Tamar Valley Animal Refuge"), ("crookrise-rescue", "tamarvalley-refuge"), role=("Kennel Assistant", "Rehoming Officer"), tz=("uk", "uk"), frm="{sig} <{sl}@{dom}>")
mr("th-f", "RE: [EXT] Re: Checking in on {role}",
   "Hi {n},\n\nGood to see your name pop up. Our VP picked a person from the Enid office for {role}, someone she's worked beside for years; paperwork cleared Friday. You interviewed beautifully, and I'd say so to anyone.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Redbud Title & Escrow", "Switchgrass Ledger Credit Union"), ("redbud-title", "switchgrass-ledger"), role=("Escrow Assistant", "Member Services Rep"), tz=("usc", "usc"), frm="{sig} <{sl}@{dom}>")
mr("th-g", "Re: [EXT] RE: Site visit",
   "Morning {n},\n\nTop effort coming out to the block last week. The farm manager's handed the job to a bloke who did two seasons on our sprayer, and he's already started. Ta for your time, mate.\n\n{sf}\n\n{GM}",
   ("Boggabilla Cotton Co", "Hauraki Maize Growers"), ("boggabilla-cotton", "haurakimaize"), role=("Farmhand", "Harvest Operator"), tz=("au", "nz"), frm="{sig} <{sl}@{dom}>")
mr("th-h", "RE: [EXT] Re: {role} – panel day",
   "Dear {n},\n\nHosting you on panel day was a pleasure. The Head has appointed an internal teacher to {role}, from next term. Your fractions lesson was staffroom talk for days.\n\nWith best wishes,\n{sig}\n\n{RULE}",
   ("Matobo Hillside Preparatory", "Limbe Bilingual College"), ("hillside-prep", "limbebilingual"), role=("Grade 5 Teacher", "Maths Teacher"), tz=("zw", "cm"), frm="{sig} <{sl}@{dom}>")
# ---- 8 clear refusals under long footers
FOOTER = ("\n\n—\nGet first sight of new openings: set a saved search in your candidate home and pick daily or weekly digests. "
          "Follow {co} on our staff blog for store-floor stories, shift swaps and reward news. This comes to you as the owner of a candidate login here. "
          "Manage preferences · Unsubscribe from digests · Privacy notice · Accessibility help · © {co}")
mr("ft-garden", "Your application to {co}",
   "Dear {n},\n\nSorry, {n}: {role} is a no on this occasion." + FOOTER,
   ("Greenhaugh Garden Centres", "Fernhill Garden Centres"), ("greenhaugh-gc", "fernhill-gc"), role=("Plant Area Assistant", "Aquatics Assistant"), tz=("uk", "sco"), frm="{co} Careers <careers@{dom}>")
mr("ft-pharm", "{role}: decision",
   "Hi {n},\n\nThanks for applying. Your {role} application stops at this stage." + FOOTER,
   ("Wellsprings Pharmacies", "Mopane Chemists"), ("wellsprings-rx", "mopane-chemists"), role=("Dispensary Assistant", "Counter Assistant"), tz=("ie", "zw"), frm="{co} Talent <talent@{dom}>")
mr("ft-furn", "Application outcome – {role}",
   "Hello {n},\n\nHaving read what you sent for {role}, we're stopping there." + FOOTER,
   ("Loftwood Furniture Stores", "Heddle & Warp Home"), ("loftwood-furniture", "heddlewarp-home"), role=("Warehouse Picker", "Sales Associate"), tz=("usp", "cap"), frm="{co} <careers@{dom}>")
mr("ft-pet", "Regarding your application",
   "Dear {n},\n\nUnfortunately it's unsuccessful news on {role} this time." + FOOTER,
   ("Pawprint Pet Supplies", "Chewbone & Co Pet Stores"), ("pawprint-supplies", "chewboneco"), role=("Store Team Member", "Grooming Salon Assistant"), tz=("za", "au"), frm="{co} Careers <jobs@{dom}>")
# ---- 9 hedged refusals
mr("hd-fit", "{role} – where we've landed",
   "Hi {n},\n\nGrateful for every hour you spent with us. Comparing everyone, a few applicants seemed to suit how our crews really work a touch better, and {role} is heading their way for now.\n\nWarmly,\n{sig}\n{co}",
   ("Whinchat Surveying Partners", "Mazowe Land Surveys"), ("whinchat-survey", "mazowe-surveys"), role=("Survey Technician", "Chainman"), tz=("uk", "zw"), frm="{sig} <{sl}@{dom}>")
mr("hd-dir", "Update: {role}",
   "Dear {n},\n\nWe have reflected carefully on the shortlist, and the profiles of other people sat more naturally with the direction the studio is taking. We have therefore chosen to continue with them.\n\nWith our thanks,\n{sig}, {co}",
   ("Atelier Brume Architecture", "Dealu Mare Design Studio"), ("atelierbrume", "dealumare-design"), role=("Junior Architect", "CAD Draughtsperson"), tz=("fr", "ro"), frm="{sig} <{sl}@{dom}>")
mr("hd-closer", "Your candidacy",
   "Hello {n},\n\nIt was a tough field. Others brought experience that hugged our kind of clients more tightly, and that tipped it. We'll be continuing with those candidates.\n\nThanks again,\n{sig}\n{co}",
   ("Hatchet Bay Property Management", "Markham Riverside Facilities"), ("hatchetbay-pm", "markhamriverside-fm"), role=("Property Assistant", "Facilities Coordinator"), tz=("bs", "pg"), frm="{sig} <{sl}@{dom}>")
mr("hd-way", "{role} follow-up",
   "Hi {n},\n\nBrief word from us: the team leaned toward people with longer hands-on stints in cold-chain sites, so we've taken the search that way. Appreciate the conversation.\n\n{sig}\n{co}",
   ("Polarbridge Cold Storage", "Frostline Logistics"), ("polarbridge-cold", "frostline-log"), role=("Inventory Controller", "Reach Truck Driver"), tz=("usm", "cae"), frm="{sig} <{sl}@{dom}>")
mr("hd-one", "Outcome of the recruitment exercise",
   "Dear {n},\n\nThe committee considered all applications with care. On balance it found that other candidates were better suited to what the parish office needs this year, and it has made its choice accordingly.\n\nYours sincerely,\n{sig}\nClerk, {co}",
   "Bonaberi Parish Council", "bonaberi-parish", role="Office Secretary", tz="cm", frm="{sig} <{sl}@{dom}>")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call – {role}",
   "Hi {n},\n\nGood to talk earlier. As promised: the {role} client chose another person, so that door's shut. Same breath, though: a {x} with a firm across town, better hours, similar pay. Want your name in?\n\nCheers,\n{sig}\n{co}",
   ("Ardgay Staffing", "Avondale Talent Bridge"), ("ardgay-staffing", "avondale-talentbridge"), role=("Payroll Administrator", "Accounts Clerk"), x=("Credit Control Assistant post", "Debtors Clerk vacancy"), tz=("sco", "zw"), frm="{sig} <{sl}@{dom}>")
mr("rc-b", "Re our phone call",
   "Hello {n},\n\nFollowing this morning's call, feedback on {role}: the client is passing on you; they wanted deeper SAP time. That said, there's a {x} going that I think suits you rather well. Interested?\n\n{sig}, {co}",
   ("Carpathia Recruitment", "Escaut Horizon Conseil"), ("carpathia-rec", "escauthorizon"), role=("SAP Support Analyst", "ERP Analyst"), x=("service desk lead role in Iași", "bilingual helpdesk role in Lille"), tz=("ro", "fr"), frm="{sig} <{sl}@{dom}>")
mr("rc-c", "{role} – feedback + something else",
   "Hi {n},\n\nThe hotel's come back: {role} went to another applicant. Sorry, I know you liked them. Meanwhile a {x} arrived this morning, and I'd happily submit you. Let me know today if possible.\n\n{sig}\n{co}",
   ("Conchshell Hospitality Recruiters", "Sepik Hospitality Search"), ("conchshell-hr", "sepik-search"), role=("Front Office Supervisor", "Duty Manager"), x=("night manager position at a Paradise Island resort", "guest relations role at a lodge near Wewak"), tz=("bs", "pg"), frm="{sig} <{sl}@{dom}>")
mr("rc-d", "Update from {co}",
   "Hi {n},\n\nWarehouse rang back: they're passing on you for {role}; another candidate had a counterbalance licence already. I do have a {x} starting in two weeks. Want me to pencil you in?\n\n{sig}\n{co}",
   "Oakleigh Labour Hire", "oakleigh-labour", role="Forklift Operator", x="pick-pack role with a wine distributor", tz="au", frm="{sig} <{sl}@{dom}>")
# ---- 8 public-sector notices
mr("ps-inel", "Notice of ineligibility – {role}",
   "Dear {full},\n\nVacancy {ref}: {role}\n\nChecked against the minimum requirements, your application is ineligible because {x}. It drops out of this competition.\n\n{sig}\nRecruitment Section, {co}",
   ("Nithsdale Water Quality Board", "Mashonaland East Provincial Registry"), ("lwqb", "mep-registry"), role=("Field Sampler", "Records Assistant"), x=("no evidence of a full driving licence was attached", "the required Ordinary Level passes in five subjects were not shown"), tz=("uk", "zw"), frm="{co} <recruitment@{dom}>")
mr("ps-ref", "Your application – {role} ({ref})",
   "Dear {full},\n\nAnnouncement {ref}: rated as qualified for {role}, your file was held back, not placed before the hiring manager who selects. Nothing further is asked of you.\n\n{co} Human Resources",
   ("Bureau of Range Conservation", "Office of Coastal Permits"), ("brc-hr", "ocp-hr"), role=("Range Technician", "Permit Assistant"), tz=("usm", "use"), frm="{co} <noreply@{dom}>")
mr("ps-cancel", "Cancellation of competition {ref}",
   "Dear {full},\n\nWe write to inform all applicants that competition {ref} for {role} has been cancelled. {x} No selection will be made, and applications received are closed.\n\n{sig}\n{co}",
   ("Sandy Point Island Administration", "Morobe Provincial Health Authority"), ("spia", "mpha"), role=("Clerical Officer", "Health Records Officer"), x=("Funding for the post was withdrawn in the supplementary estimates.", "The establishment was frozen pending a restructure."), tz=("bs", "pg"), frm="{co} <recruitment@{dom}>")
mr("ps-mark", "Written examination result – {role}",
   "Dear {full},\n\nWritten examination marks for {role} are out. Your mark was {x}; the qualifying mark was {y}. Candidates below the qualifying mark do not proceed to the oral stage.\n\n{sig}\nSecretariat, {co}",
   ("Nkam Divisional Examinations Service", "Dâmbovița County Recruitment Office"), ("lres", "dambovita-recruit"), role=("Assistant Revenue Officer", "Junior Inspector"), x=("46/100", "52/100"), y=("55/100", "60/100"), tz=("cm", "ro"), frm="{co} <secretariat@{dom}>")
# ---- 6 bare ATS status updates
mr("st-hs", "Status update: {role}",
   "Hi {n},\n\n{role} ({ref}) · status: No longer under consideration (changed today).\n\nHireslate on behalf of {co}",
   ("Grantown Outdoor Centre", "Chimanimani Trails"), ("grantown-outdoor", "chimanimani-trails"), role=("Activity Instructor", "Guide Assistant"), tz=("sco", "zw"), frm="Hireslate <status@{dom}>")
mr("st-ts", "Application {ref}",
   "<html><body><p>{n},</p><p>Application {ref} &middot; {role}</p><p><b>Status:</b> Archived &middot; Position filled</p><p>{co} via Tallystone</p></body></html>",
   ("Harbourlight Insurance", "Jettyside Mutual Claims"), ("harbourlight-ins", "jettyside-claims"), role=("Claims Handler", "Claims Assistant"), tz=("uk", "ie"), frm="Tallystone <notify@{dom}>")
mr("st-rt", "Your Roletorch application",
   "{role} at {co}\nStage: Rejected\nUpdated {dl}\n\nThis is an automatic notice from Roletorch.",
   ("Sunfish Creek Marina", "Slackwater Boat Storage"), ("sunfishcreek", "slackwater-storage"), role=("Dock Hand", "Yard Attendant"), tz=("use", "bs"), frm="Roletorch <updates@{dom}>")
# ---- 6 internship / graduate decisions
mr("in-a", "{x} – selection outcome",
   "Dear {n},\n\nRe the {x}: over 300 forms chased 12 places; yours missed out this year. Next year's intake opens in the autumn.\n\nProgramme Office, {co}",
   ("Cairngorm Mountain Research Station", "Mungo Escarpment Biodiversity Centre"), ("cmrs", "mcbc"), x=("Summer Field Internship 2026", "Forest Monitoring Internship"), tz=("sco", "cm"), frm="{co} <internships@{dom}>")
mr("in-b", "Graduate Programme: your application",
   "Dear {n},\n\nAssessment centres for the {x} are done. On this occasion you are not among those selected. It was a deep field and hard choosing.\n\nGraduate Recruitment, {co}",
   ("Cotswold Rail Engineering", "Transylvania Energy Grid"), ("cotswoldrail", "transgrid-ro"), x=("2026 Civil Engineering Graduate Programme", "Electrical Graduate Scheme"), tz=("uk", "ro"), frm="{co} Graduates <graduates@{dom}>")
mr("in-c", "Your internship application",
   "Hi {n},\n\nAbout the summer internship in {x}: this year's cohort is full; yours goes no further. Do try again next season.\n\nThe Early Careers Team at {co}",
   ("Brightwater Analytics", "Bimini Reef Institute"), ("brightwater-analytics", "bimini-reef"), x=("data engineering", "reef monitoring"), tz=("usp", "bs"), frm="{co} <earlycareers@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role} (R-{ref})",
   "Hello {n},\n\n{role} at {co}: application in. Should the requisition fill before your turn, Closed appears in your candidate home, with an email alongside.\n\n{co} Talent Operations",
   ("Kessock Ferry Terminal", "Yellowbox Sugar Refinery"), ("kessockferry", "yellowbox-refinery"), role=("Ferry Deckhand", "Boiler House Trainee"), tz=("sco", "au"), frm="{co} Careers <workday@{dom}>")
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nConfirming {role} is in our pile. A human reads every one. Yes or no, a human tells you, usually inside three weeks.\n\nRecruiting, {co}",
   ("Cacaoyer Chocolaterie", "Penhalonga Confectioners"), ("cacaoyer", "penhalonga-sweets"), role=("Packing Supervisor", "Quality Checker"), tz=("fr", "zw"), frm="{co} <no-reply@{dom}>")
mo("application_received", "lv", "We got it, {n}",
   "Hey {n}, your application for {role} landed safely at {co}. Should we pass, your profile still rests in the talent pool ten months, unless you say scrap it.\n\n{sig}",
   ("Gnomon Dome Planetarium", "Hawser Point Ropeworks"), ("gnomondome", "hawserpoint-rope"), role=("Education Officer", "Rigging Apprentice"), tz=("use", "cae"), frm="{sig} from {co} <hire@{dom}>")
mo("application_received", "sr", "Application received – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Should another person fill it, this row flips to &ldquo;Closed&rdquo;.</p></body></html>",
   ("Msasa Leaf Auction Floors", "Mfoundi Cocoa Growers Cooperative"), ("msasa-leaf", "mfoundi-cocoa"), role=("Floor Clerk", "Bean Sampler"), tz=("zw", "cm"), frm="{co} <smartrecruiters@{dom}>")
mo("application_received", "ic", "We have your application – {role}",
   "Candidate: {full}\nJob: {role} ({ref})\nStatus: Submitted\n\nWithout the working-at-height card, screening tags an applicant Not Selected; upload yours if you hold one.\n\n{co} Recruitment",
   ("Glasswing Facade Cleaning", "Skyward Billboard Erectors"), ("glasswing-facade", "skyward-boards"), role=("Cradle Operator", "Sign Fitter"), tz=("uk", "nz"), frm="{co} <icims@{dom}>")
mo("application_received", "tl", "Acknowledgement: {role}, No. {ref}",
   "Dear {n},\n\n{role}: logged on our side. Should the posting be withdrawn for operational reasons, all applicants will be told by email.\n\nHuman Resources – {co}",
   ("Brightbite Dental Laboratory", "Pellucid Eye Clinic Group"), ("brightbite-lab", "pellucid-eye"), role=("Model Room Technician", "Clinic Receptionist"), tz=("ie", "in"), frm="{co} <taleo@{dom}>")
mo("application_received", "wk", "Got your application!",
   "Hi {n},\n\nThanks for applying to {co} as {role}. A few folk get a paid trial morning. Trial or none, each applicant hears back once we decide.\n\n{sig}",
   ("Ballast & Fishplate Model Railways", "Soundboard & Damper Piano Rooms"), ("ballastfishplate", "soundboard-damper"), role=("Weekend Assistant", "Piano Mover"), tz=("uk", "usc"), frm="{co} via Workable <{sl}@{dom}>")
mo("application_received", "bb", "Application received",
   "Good day {n},\n\n{co} has your form for {role}. Should our own crew end up soaking up the hours, a letter says so; if not, a call comes in a fortnight.\n\n{sig}",
   ("Potter's Cay Conch Stand", "Goroka Highlands Roastery"), ("potterscay-conch", "goroka-roast"), role=("Grill Cook", "Cupping Assistant"), tz=("bs", "pg"), frm="{sig} <bamboohr@{dom}>")
mo("application_received", "tt", "We have received your candidature",
   "Dear {n},\n\nYour candidature for {role} arrived well with us. Whatever the result, your file stays with us one year, and we will answer you personally.\n\nCordially,\n{sig}\n{co}",
   ("Rhône Pédale Coursiers", "Arieș Code Atelier"), ("rhonepedale", "ariescode"), role=("Dispatcher", "Front-end Developer"), tz=("fr", "ro"), frm="{sig} | {co} <teamtailor@{dom}>")
mo("application_received", "pp", "{role} – application acknowledged",
   "Dear {n},\n\n{role}: received. Two assessors mark it. Below the interview line? An email tells you inside ten working days of closing.\n\nRecruitment Team, {co}",
   ("Northmoor Mobile Libraries", "Lochaber Pupil Transport"), ("northmoor-libs", "lochaber-pupiltransport"), role=("Outreach Librarian", "Minibus Driver"), tz=("uk", "sco"), frm="{co} <pinpoint@{dom}>")
mo("application_received", "jz", "Thanks for applying",
   "Hi {n}, {role} at {co}: yours arrived. Listing pulled or filled fast, a line from me follows regardless.\n\n— {sig}",
   ("Strathglass Deer Fencing", "Bay Street Straw Crafts"), ("strathglass-fencing", "baystreet-straw"), role=("Quad Driver", "Weaver"), tz=("sco", "bs"), frm="{sig} <jazzhr@{dom}>")
mo("application_received", "ash", "Application acknowledged – {co}",
   "Dear {n},\n\nWe acknowledge your application for {role}. Silent inbox a month past closing? Then assume the post went elsewhere.\n\nPeople Team, {co}",
   ("Kopje Pay Ledger", "Sawa Solar Installers"), ("kopjepay", "sawasolar"), role=("Risk Analyst", "Stores Clerk"), tz=("zw", "cm"), frm="{sig} <ashby@{dom}>")
mo("application_received", "council", "Post ref {ref}: acknowledgement",
   "Dear {full},\n\nPost {ref}: {role}\n\nYour application was received before the closing date. Those not shortlisted are sent a letter; the panel offers no individual feedback.\n\nHR Officer, {co}",
   ("Glen Affric Community Trust", "Eastern Highlands District Works Office"), ("glenaffric-trust", "ehdwo"), role=("Estate Worker", "Plant Operator"), tz=("sco", "pg"), frm="{co} <jobs@{dom}>")
mo("application_received", "ft", "We've received your application",
   "Hi {n},\n\n{role}: application logged. Store managers read the pile weekly, and a no would reach you from this very mailbox." + FOOTER,
   ("Greenhaugh Garden Centres", "Mopane Chemists"), ("greenhaugh-gc", "mopane-chemists"), role=("Café Assistant", "Delivery Driver"), tz=("uk", "zw"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "hd", "Application acknowledged",
   "Hello {n},\n\nThanks for applying for {role} at {co}. Selected or not, everyone who applies gets a short personal reply from me once the shortlist is settled.\n\n{sig}",
   ("Whinchat Surveying Partners", "Hatchet Bay Property Management"), ("whinchat-survey", "hatchetbay-pm"), role=("Graduate Surveyor", "Lettings Assistant"), tz=("uk", "bs"), frm="{sig} <{sl}@{dom}>")
mo("application_received", "rc", "Thanks – CV received",
   "Hi {n},\n\nGot the CV for {role}; it goes to the client Thursday. A pass from them and I ring you that day, then we hunt for the next fit.\n\n{sig}\n{co}",
   ("Ardgay Staffing", "Carpathia Recruitment"), ("ardgay-staffing", "carpathia-rec"), role=("Bookkeeper", "Helpdesk Analyst"), tz=("sco", "ro"), frm="{sig} <{sl}@{dom}>")
mo("application_received", "ps", "Application acknowledgement – vacancy {ref}",
   "Dear {full},\n\n{role}: your form is logged. Should you fall below the minimum requirements, written notice follows. Eligible applicants will be contacted about the next stage.\n\nRecruitment Section, {co}",
   ("Nithsdale Water Quality Board", "Mashonaland East Provincial Registry"), ("lwqb", "mep-registry"), role=("Lab Assistant", "Filing Clerk"), tz=("uk", "zw"), frm="{co} <recruitment@{dom}>")
mo("application_received", "fed", "Application received: announcement {ref}",
   "Dear {full},\n\n{role}: application in. When ratings wrap up, your status shows referred or otherwise, and a message goes out on each change.\n\n{co} Human Resources",
   ("Bureau of Range Conservation", "Office of Coastal Permits"), ("brc-hr", "ocp-hr"), role=("Biological Aide", "Office Clerk"), tz=("usm", "use"), frm="{co} <noreply@{dom}>")
mo("application_received", "exam", "Registration confirmed – written examination",
   "Dear {full},\n\nYour registration for the {role} examination is confirmed. Candidates who fall below the qualifying mark will be informed when results are published; those above proceed to the oral stage.\n\nSecretariat, {co}",
   ("Nkam Divisional Examinations Service", "Dâmbovița County Recruitment Office"), ("lres", "dambovita-recruit"), role=("Customs Assistant", "Tax Clerk"), tz=("cm", "ro"), frm="{co} <secretariat@{dom}>")
mo("application_received", "st", "Application submitted",
   "Hi {n},\n\nYour application for {role} ({ref}) was submitted. You'll be emailed whenever the status changes, whether to Interview or to No longer under consideration.\n\nHireslate on behalf of {co}",
   ("Grantown Outdoor Centre", "Chimanimani Trails"), ("grantown-outdoor", "chimanimani-trails"), role=("Kitchen Porter", "Camp Cook"), tz=("sco", "zw"), frm="Hireslate <status@{dom}>")
mo("application_received", "in", "Internship application received",
   "Dear {n},\n\nYour form for the {x} is in. Twelve places, heaps of forms: by late April each applicant hears the result, successful or not.\n\nProgramme Office, {co}",
   ("Cairngorm Mountain Research Station", "Mungo Escarpment Biodiversity Centre"), ("cmrs", "mcbc"), x=("Summer Field Internship 2026", "Forest Monitoring Internship"), tz=("sco", "cm"), frm="{co} <internships@{dom}>")
mo("application_received", "grad", "Graduate application received",
   "Dear {n},\n\nThe {x} team has your form. Not invited to an assessment centre? An email says so before March is out; do peek in your junk folder.\n\nGraduate Recruitment, {co}",
   ("Cotswold Rail Engineering", "Transylvania Energy Grid"), ("cotswoldrail", "transgrid-ro"), x=("2026 Signalling Graduate Programme", "IT Graduate Scheme"), tz=("uk", "ro"), frm="{co} Graduates <graduates@{dom}>")
mo("application_received", "shop", "Got your form",
   "Hi {n}, {sf} at {co} here. Got your form, ta. I'm only ringing the folk I want in for a chat, so a quiet phone past Friday fortnight means no this round.\n{sf}",
   ("Achnasheen Croft Shop", "Onerahi Corner Dairy"), ("achnasheen-croftshop", "onerahi-dairy"), tz=("sco", "nz"), frm="{sig} <{sl}@{dom}>")
mo("application_received", "kiosk", "CV received",
   "Good afternoon {n}. Your CV reached us at {co}. Madam reads them at month end; whether it goes or not, I will call you myself. Regards, {sig}",
   ("Ojuelegba Cash Point Kiosk", "Chitungwiza Bottle Store"), ("ojuelegba-pos", "chitungwiza-bottles"), tz=("ng", "zw"))
mo("application_received", "tiff", "Application noted",
   "Dear {n},\n\nYour application has been noted by {co}. In case the post is filled internally, we shall inform you by SMS. Please do not visit the office in the meantime.\n\nWarm regards,\n{sig}",
   ("Annapoorni Tiffin Carriers", "Gitaru Road Matatu Sacco"), ("annapoorni-tiffin", "gitaruroad-sacco"), tz=("in", "ke"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nQuick reply, great. Come and talk {role} on {dl} at 10:30. Unfortunately the front gate is being re-hung that week, so please come round by the side lane.\n\n{sf}\n\n{OUT}",
   ("Fearn Harbour Chandlers", "Lubombo Timber Yards"), ("fearnharbour", "lubombo-timber"), role=("Stores Assistant", "Saw Doctor"), tz=("sco", "zw"), frm="{sig} <{sl}@{dom}>")
mo("interview", "frt", "Interview invitation – {role}",
   "Dear {n},\n\nPlease join our panel about {role} on {dl}. Sadly the lift is dead for now, so the panel sits downstairs.\n\nKind regards,\n{sig}\n{co}",
   ("Wouri Freight Forwarding", "Anse Lumière Logistique"), ("wouri-freight", "anselumiere"), role=("Import Clerk", "Transport Planner"), tz=("cm", "fr"), frm="{sig} <{sl}@{dom}>")
mo("interview", "vet", "Come and meet us – {role}",
   "Hiya {n},\n\nCould you pop in about {role} on {dl}, around 2pm, with a short walk round the kennels. Unfortunately parking is tight while the new isolation block goes up, so the bus may be easier.\n\n{sf}",
   ("Crookrise Moor Dog Rescue", "Tamar Valley Animal Refuge"), ("crookrise-rescue", "tamarvalley-refuge"), role=("Animal Care Assistant", "Volunteer Coordinator"), tz=("uk", "uk"), frm="{sig} <{sl}@{dom}>")
mo("interview", "esc", "Interview scheduling – {role}",
   "Hi {n},\n\nOur hiring manager wants 45 minutes on video with you about {role}. Could you do {dl} at 11 am? Unfortunately we can't do evenings this month because of quarter close.\n\nBest,\n{sig}",
   ("Redbud Title & Escrow", "Switchgrass Ledger Credit Union"), ("redbud-title", "switchgrass-ledger"), role=("Closing Assistant", "Teller"), tz=("usc", "usc"), frm="{sig} <{sl}@{dom}>")
mo("interview", "farm", "Re: [EXT] RE: Come out to the farm",
   "Morning {n},\n\nFancy a yarn about {role} on {dl}. No luck on the sealed road I'm afraid, the bridge is still washed out, so follow the detour signs.\n\n{sf}",
   ("Boggabilla Cotton Co", "Hauraki Maize Growers"), ("boggabilla-cotton", "haurakimaize"), role=("Irrigation Hand", "Tractor Driver"), tz=("au", "nz"), frm="{sig} <{sl}@{dom}>")
mo("interview", "school", "Invitation to interview and demonstration lesson",
   "Dear {n},\n\nYou're shortlisted for {role}. Interviews run on {dl} from 8:30. Unfortunately the hall projector keeps dying; bring your lesson on paper.\n\n{sig}",
   ("Matobo Hillside Preparatory", "Limbe Bilingual College"), ("hillside-prep", "limbebilingual"), role=("Music Teacher", "French Teacher"), tz=("zw", "cm"), frm="{sig} <{sl}@{dom}>")
mo("interview", "surv", "Interview – {role}",
   "Hello {n},\n\nCould you come in about {role} on {dl}? Regrettably our office kitchen is closed for refitting, so there'll be no tea on arrival; there's a café next door.\n\n{sig}\n{co}",
   ("Whinchat Surveying Partners", "Mazowe Land Surveys"), ("whinchat-survey", "mazowe-surveys"), role=("Drone Pilot", "Field Assistant"), tz=("uk", "zw"), frm="{sig} <{sl}@{dom}>")
mo("interview", "ats", "Status update: {role}",
   "Hi {n},\n\n{role} ({ref}) now reads: Interview. Please choose a slot on or before {dl}. Unfortunately slots cannot be moved once booked.\n\nHireslate on behalf of {co}",
   ("Grantown Outdoor Centre", "Chimanimani Trails"), ("grantown-outdoor", "chimanimani-trails"), role=("Climbing Instructor", "Porter"), tz=("sco", "zw"), frm="Hireslate <status@{dom}>")
mo("next_steps", "gh", "Next step for {role}: written exercise",
   "Hi {n},\n\nNext up is a short written exercise on costing a product line. Please return it by {dl}. Unfortunately handwritten scans are out this time.\n\nRecruiting, {co}",
   ("Cacaoyer Chocolaterie", "Penhalonga Confectioners"), ("cacaoyer", "penhalonga-sweets"), role=("Production Planner", "Stock Controller"), tz=("fr", "zw"), frm="{sig} <no-reply@{dom}>")
mo("next_steps", "ps", "Documents required – vacancy {ref}",
   "Dear {full},\n\nYou are eligible for {role}. Certified certificate and ID copies, please, by {dl}. Regrettably, late submissions cannot be accepted under the rules of the competition.\n\nRecruitment Section, {co}",
   ("Nithsdale Water Quality Board", "Mashonaland East Provincial Registry"), ("lwqb", "mep-registry"), role=("Field Sampler", "Records Assistant"), tz=("uk", "zw"), frm="{co} <recruitment@{dom}>")
mo("next_steps", "rail", "Online assessment – {x}",
   "Dear {n},\n\nOnline assessment time for the {x}: your portal link stays open till {dl}. Sadly the test can't be taken on a phone.\n\nGraduate Recruitment, {co}",
   ("Cotswold Rail Engineering", "Transylvania Energy Grid"), ("cotswoldrail", "transgrid-ro"), x=("2026 Civil Engineering Graduate Programme", "Electrical Graduate Scheme"), tz=("uk", "ro"), frm="{co} Graduates <graduates@{dom}>")
mo("next_steps", "sol", "References and right to work – {role}",
   "Dear {n},\n\nTo continue with {role}, please send two referees' details and your work permit or ID by {dl}. Unfortunately we can't proceed without both.\n\nPeople Team, {co}",
   ("Kopje Pay Ledger", "Sawa Solar Installers"), ("kopjepay", "sawasolar"), role=("Compliance Officer", "Electrician"), tz=("zw", "cm"), frm="{sig} <ashby@{dom}>")
mo("next_steps", "hire", "Trial morning – {role}",
   "Hi {n},\n\nWe'd like you for a paid trial morning for {role}. Please confirm by {dl} and bring flat shoes. Unfortunately parking here is nil.\n\n{sig}\n{co}",
   ("Ballast & Fishplate Model Railways", "Soundboard & Damper Piano Rooms"), ("ballastfishplate", "soundboard-damper"), role=("Shop Assistant", "Showroom Host"), tz=("uk", "usc"), frm="{co} via Workable <{sl}@{dom}>")
mo("next_steps", "fed", "Action needed: supplementary questions",
   "Dear {full},\n\nFor {role}, kindly complete the extra questions in your account by {dl}. Incomplete answers unfortunately cannot be rated.\n\n{co} Human Resources",
   ("Bureau of Range Conservation", "Office of Coastal Permits"), ("brc-hr", "ocp-hr"), role=("Range Technician", "Permit Assistant"), tz=("usm", "use"), frm="{co} <noreply@{dom}>")
mo("offer", "rc", "Good news – {role}",
   "Hi {n},\n\nThe client would like to offer you {role}; first day {dl}. Sadly, the parking permit isn't included, but everything else in the package is as discussed. Can I confirm your yes?\n\n{sig}\n{co}",
   ("Ardgay Staffing", "Avondale Talent Bridge"), ("ardgay-staffing", "avondale-talentbridge"), role=("Credit Control Assistant", "Debtors Clerk"), tz=("sco", "zw"), frm="{sig} <{sl}@{dom}>")
mo("offer", "in", "Offer of an internship place",
   "Dear {n},\n\nA place on the {x} is yours (first day {dl}) should you accept. Unfortunately accommodation is shared this year due to building works.\n\nProgramme Office, {co}",
   ("Cairngorm Mountain Research Station", "Mungo Escarpment Biodiversity Centre"), ("cmrs", "mcbc"), x=("Summer Field Internship 2026", "Forest Monitoring Internship"), tz=("sco", "cm"), frm="{co} <internships@{dom}>")
mo("offer", "hotel", "Offer – {role}",
   "Hi {n},\n\nDelighted to say the hotel wants you as {role}, starting {dl}. Sadly staff meals only start from the second week. Contract attached in the portal.\n\n{sig}",
   ("Conchshell Hospitality Recruiters", "Sepik Hospitality Search"), ("conchshell-hr", "sepik-search"), role=("Night Manager", "Guest Relations Officer"), tz=("bs", "pg"), frm="{sig} <{sl}@{dom}>")
mo("offer", "labour", "Offer: {role}",
   "Hi {n},\n\nGreat news, the distributor wants you for {role} from {dl}. Unfortunately the first week is day shifts only. Reply to confirm.\n\n{sig}\n{co}",
   "Oakleigh Labour Hire", "oakleigh-labour", role="Pick-Pack Operative", tz="au", frm="{sig} <{sl}@{dom}>")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "rt", "Your Roletorch application",
   "{role} at {co}\nStage: Withdrawn by candidate\nUpdated {dl}\n\nThis is an automatic notice from Roletorch.",
   ("Sunfish Creek Marina", "Slackwater Boat Storage"), ("sunfishcreek", "slackwater-storage"), role=("Fuel Dock Attendant", "Boat Washer"), tz=("use", "bs"), frm="Roletorch <updates@{dom}>")
mo("other_job", "ts", "Application {ref}",
   "<html><body><p>{n},</p><p>Application {ref} &middot; {role}</p><p><b>Status:</b> In review &middot; Hiring manager</p><p>{co} via Tallystone</p></body></html>",
   ("Harbourlight Insurance", "Jettyside Mutual Claims"), ("harbourlight-ins", "jettyside-claims"), role=("Underwriting Assistant", "Claims Assistant"), tz=("uk", "ie"), frm="Tallystone <notify@{dom}>")
mo("other_job", "council", "Post ref {ref}: change of date",
   "Dear {full},\n\nPlease note the shortlisting meeting for {role} has moved to {dl} because of the trust's AGM. Outcomes will follow after that.\n\nHR Officer, {co}",
   "Glen Affric Community Trust", "glenaffric-trust", role="Ranger Assistant", tz="sco", frm="{co} <jobs@{dom}>")
mo("job_alert", "ft", "New roles near you at {co}",
   "Hi {n},\n\nThree fresh ones popped up under your saved search: Weekend Till Assistant, Plant Area Assistant, Delivery Driver. Apply before they close." + FOOTER,
   ("Greenhaugh Garden Centres", "Loftwood Furniture Stores"), ("greenhaugh-gc", "loftwood-furniture"), tz=("uk", "usp"), frm="{co} Careers <careers@{dom}>")
mo("job_alert", "pet", "Your weekly digest from {co}",
   "Hi {n},\n\nThis week: Store Team Member (two stores), Grooming Salon Assistant, Online Order Picker." + FOOTER,
   "Pawprint Pet Supplies", "pawprint-supplies", tz="za", frm="{co} Careers <jobs@{dom}>")
mo("recruiter_outreach", "pitch", "Open to a chat?",
   "Hi {n},\n\nYour background fits a {x} on my books. Not a job you've applied to — just wondering if you're open to a conversation this week.\n\n{sig}\n{co}",
   ("Ardgay Staffing", "Carpathia Recruitment"), ("ardgay-staffing", "carpathia-rec"), x=("stock controller role in Alness", "support engineer role in Timișoara"), tz=("sco", "ro"), frm="{sig} <{sl}@{dom}>")
mo("non_job_rejection_words", "loan", "Your loan application {ref}",
   "Dear {n},\n\nYour {x} request was declined once our credit checks ran. The main reasons can be had in writing on request.\n\n{co} Lending",
   ("Thistle Mutual Savings", "Kwame Nkrumah Avenue Building Society"), ("thistle-mutual", "knabs"), x=("personal loan", "car loan"), tz=("sco", "zw"), frm="{co} <lending@{dom}>")
mo("non_job_rejection_words", "flat", "The flat on {x}",
   "Hi {n},\n\nRe the flat on {x}: unfortunately the owner chose another renter, so that one's taken. We'll flag anything alike.\n\n{sig}\n{co}",
   ("Belvedere Lettings", "Oltenia Homes"), ("belvedere-lettings", "olteniahomes"), x=("Craigmore Road", "Strada Morilor"), tz=("uk", "ro"), frm="{sig} <{sl}@{dom}>")
mo("non_job_rejection_words", "grant", "Small grants round – outcome",
   "Dear {n},\n\nThe panel has considered your bid for the allotment society's polytunnel. Sadly it was unsuccessful this time; bids ran to four times the pot.\n\n{co}",
   "Moray Firth Community Fund", "morayfirth-fund", tz="sco", frm="{co} <grants@{dom}>")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n(sent through " + ch + ")"
    wr(fam, rej[0], rej[1] + tail, co, dom, tz=tz, frm=via(ch))
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body + tail, co, dom, tz=tz, frm=via(ch))


pair("mill", "Quayfinch", "Tarrant Wheelhouse Restorations", "tarrant-wheelhouse", "uk",
     ("Millwrighting apprentice", "Dear {n},\n\nThank you for wanting to learn millwrighting with us. We had room for one apprentice on the wheel-pit job and have taken on a lad who has already helped us refit two sets of stones. Wish the news were brighter.\n\n{sig}, {co}"),
     ("application_received", "Millwrighting apprentice – received", "Dear {n},\n\nYour letter about the millwrighting apprenticeship has arrived. I'm at the wheel pit most of the month; should the place go elsewhere, you'll get a letter, not silence. Sadly the workshop phone is dead, so email is best.\n\n{sig}"))
pair("basket", "Quaywren", "Sally Garden Willow Works", "sallygarden-willow", "ie",
     ("Basketweaving maker post", "Hi {n},\n\nThanks a million for the samples. Your randing is tidy, but I've taken on a maker who can also teach our weekend basketweaving classes, and that's what the post needed. Wishing you luck with it all.\n\n{sig}"),
     ("interview", "Come to the willow beds", "Hi {n},\n\nWould you come out on {dl} to talk basketweaving and try a few stakes on a base? Unfortunately the boreen floods after rain, so wellies.\n\n{sig}"))
pair("cheese", "Quayrook", "Dunlop Byre Creamery", "dunlopbyre", "sco",
     ("Cheesemaking assistant", "Dear {n},\n\nI've gone with someone from the next farm for the cheesemaking assistant job. She's done two winters of milking for us and can start on the vat straight off. Thanks for your interest, it was a good letter.\n\n{sig}\n{co}"),
     ("next_steps", "Cheesemaking assistant – next step", "Dear {n},\n\nBefore a trial day in the make room I need your food hygiene certificate and a note from your GP about dairy allergies, both to reach me by {dl}. Unfortunately no paperwork, no trial day.\n\n{sig}"))
pair("gold", "Quaylark", "Meenakari Goldsmiths", "meenakari-gold", "in",
     ("Karigar vacancy – goldsmithing", "Dear {n},\n\nThank you for showing your goldsmithing pieces at our showroom. Our master craftsman has selected a karigar with longer filigree practice. We regret we cannot take you this time and wish you success.\n\nRegards,\n{sig}"),
     ("offer", "Offer – goldsmithing bench", "Dear {n},\n\nA goldsmithing bench in our workshop is yours from {dl}, monthly salary as discussed. Unfortunately the back workshop cooler is still under repair, so fans only.\n\n{sig}"))
pair("paper", "Quaysiskin", "Stoopside Wallpapering Co.", "stoopside-papering", "use",
     ("Wallpapering installer position", "Hi {n},\n\nWe filled the wallpapering installer spot with a paperhanger who's done grasscloth and hand-printed panels for years. I'll hang onto your number for the spring rush, but I can't promise anything.\n\n{sig}\n{co}"),
     ("application_received", "Got your message – wallpapering", "Hi {n},\n\nYour note about the wallpapering installer job came through. Either way, my text lands before Friday week. Unfortunately I'm on a big townhouse job till then.\n\n{sig}"))
pair("ship", "Quaytern", "Rawene Wooden Boat Yard", "rawene-boatyard", "nz",
     ("Shipwrighting hand", "Kia ora {n},\n\nChur for the shipwrighting enquiry. The bench went to a fella who's just done his time on the scow restoration down south, so the bench is full. All the best.\n\n{sig}"),
     ("interview", "Shipwrighting – come see the shed", "Kia ora {n},\n\nCome down to the shed on {dl} and we'll talk shipwrighting over the scarf joints. Unfortunately the slipway's closed for the tide works, so park up by the hall.\n\n{sig}"))
pair("lock", "Quaykite", "Wey & Ock Navigation Trust", "weyock-trust", "uk",
     ("Seasonal lockkeeping post", "Dear {n},\n\nAbout seasonal lockkeeping at Hambleden flight: the post goes to a volunteer keeper who covered the flight last summer. We appreciate your interest.\n\n{sig}\n{co}"),
     ("next_steps", "Lockkeeping – documents", "Dear {n},\n\nTo continue with seasonal lockkeeping, please send proof of a swimming test and two referees' names; deadline {dl}. Sadly we cannot hold a place beyond that date.\n\n{sig}"))
pair("ferry", "Quaymerle", "Exuma Cays Ferrying Service", "exumacays-ferrying", "bs",
     ("Deckhand – ferrying", "Morning {n},\n\nAppreciate you coming by the dock. We done hire a deckhand for the ferrying runs, a young man from Staniel who know the cays well. Sorry we can't take you this season.\n\n{sig}"),
     ("offer", "Deckhand offer – ferrying", "Morning {n},\n\nWe want you on the ferrying runs as deckhand, starting {dl}. Unfortunately the second boat still in dry dock, so first weeks is one run a day. Call me to settle it.\n\n{sig}"))
pair("cab", "Quaydunnock", "Tallgrass Dovetail Cabinetmaking", "tallgrass-dovetail", "usc",
     ("Cabinetmaking bench position", "Hi {n},\n\nWe've hired for the cabinetmaking bench. The person we chose has run a shaker-style shop of their own and can start on drawer work right away. The photos of your pieces were a treat.\n\n{sig}"),
     ("application_received", "Cabinetmaking bench – received", "Hi {n},\n\nThanks, your application for the cabinetmaking bench arrived. Whichever way it lands, I'm the one who'll tell you. Unfortunately the shop email only gets checked Fridays.\n\n{sig}"))
pair("cox", "Quaypipit", "Blanchetown Rowing Club", "blanchetown-rowing", "au",
     ("Coxing coach role", "Hi {n},\n\nThanks for applying to run our junior coxing program. The committee has appointed a former national cox who's driven our launch since March. See you at the regatta all the same.\n\n{sig}\n{co}"),
     ("interview", "Coxing coach – chat", "Hi {n},\n\nThe committee would like a chat about the coxing program on {dl}, 6pm at the boatshed. Unfortunately painters have the clubroom, so we'll perch on the pontoon.\n\n{sig}"))
pair("scull", "Quayshrike", "Rideau Sculling Academy", "rideausculling", "cae",
     ("Sculling instructor", "Hi {n},\n\nWe've filled the sculling instructor spot with one of our own masters scullers. Ta for bearing with us, and good luck on the water.\n\n{sig}\nRideau Sculling Academy"),
     ("next_steps", "Sculling instructor – paperwork", "Hi {n},\n\nBefore we finalise, please send your Rowing Canada coaching number and a vulnerable sector check by {dl}. Unfortunately we can't put you in a boat with juniors without them.\n\n{sig}"))
pair("tob", "Quaystint", "Monashee Ridge Tobogganing Park", "monasheeridge-toboggan", "cap",
     ("Tobogganing run attendant", "Hi {n},\n\nThe tobogganing run attendant roles are all filled for this winter; returning staff took every spot. Thanks for applying and have a great season.\n\n{sig}"),
     ("offer", "Tobogganing run – offer", "Hi {n},\n\nA tobogganing run attendant spot is yours from {dl}. Unfortunately staff housing is full up; you'd rent in town.\n\n{sig}"))
pair("farrier", "Quayplover", "Kildangan Plains Farriers", "kildangan-farriers", "ie",
     ("Apprentice with the farriers", "Hi {n},\n\nYour letter about apprenticing with the farriers came. The lad we took on has been holding feet for us all summer and he's the one we'll train. Sorry, and best of luck.\n\n{sig}"),
     ("application_received", "Farriers apprenticeship – letter received", "Hi {n},\n\nGot your letter about joining the farriers. If nobody's taken on this year, a letter still goes out to you. Unfortunately the forge drowns out phones.\n\n{sig}"))
pair("croft", "Quaycurlew", "Assynt Crofting Partnership", "assynt-crofting", "sco",
     ("Crofting assistant", "Dear {n},\n\nThanks for writing about the crofting assistant job. The grazings committee chose a young woman from Lochinver who already keeps hens and a few ewes on the common. I wish you well.\n\n{sig}"),
     ("interview", "Crofting assistant – meeting", "Dear {n},\n\nThe grazings committee asks you along to the hall, {dl}. Unfortunately there's no post bus that day; shout if a lift helps.\n\n{sig}"))
pair("shep", "Quaydipper", "Lindis Basin Station", "lindisbasin-station", "nz",
     ("Shepherding job", "Gidday {n},\n\nCheers for applying for the shepherding job. A bloke with his own team of heading dogs got it, which is what we need for the muster. Good luck with it.\n\n{sig}"),
     ("next_steps", "Shepherding job – before you come", "Gidday {n},\n\nBefore the trial week, send me your licence and details of your dogs by {dl}. Unfortunately no dogs without vaccinations on the station.\n\n{sig}"))
pair("goat", "Quaygrebe", "Doldol Goat Ranch", "doldol-goats", "ke",
     ("Goatherding position", "Dear {n},\n\nThanks for seeking goatherding work with us. The manager has chosen a herder from the neighbouring conservancy who knows the grazing blocks. Safari njema in your search.\n\n{sig}"),
     ("offer", "Goatherding – offer letter", "Dear {n},\n\nThe goatherding position is yours from {dl}, if you accept. Unfortunately re-roofing means shared quarters for the first month.\n\n{sig}"))
pair("cow", "Quayheron", "Nyanga Hills Cattle", "nyangahills-cattle", "zw",
     ("Cowherding post", "Dear {n},\n\nWe thank you for the application. The farm has settled the cowherding post on a compound man who worked the dip tank with us for years. We wish you God's blessing.\n\n{sig}"),
     ("application_received", "Cowherding post – received", "Dear {n},\n\nYour letter for the cowherding post is received. Whatever the decision, I will phone you before month end. Unfortunately network is poor on the farm, so keep trying.\n\n{sig}"))
pair("dairy", "Quayegret", "Absaroka Dairying Co-op", "absaroka-dairying", "usm",
     ("Dairying technician role", "Hi {n},\n\nThanks for applying for the dairying technician role. The hire is someone already certified on our robotic milkers. Appreciate you reaching out.\n\n{sig}\n{co}"),
     ("interview", "Dairying technician – interview", "Hi {n},\n\nCan you come by the parlor on {dl} at 9? Unfortunately the visitor lot is gravel right now, so allow a little extra time.\n\n{sig}"))
pair("wrangle", "Quayteal", "Tuolumne Pines Guest Ranch", "tuolumnepines-ranch", "usp",
     ("Wrangling staff", "Hi {n},\n\nThanks for your interest in wrangling with us this summer. We're full up: our returning wranglers took every spot. Hope you find a good outfit.\n\n{sig}"),
     ("next_steps", "Wrangling – riding test", "Hi {n},\n\nNext step for wrangling is a riding assessment. Please send a video of you saddling and riding by {dl}. Unfortunately without one there's nothing to assess.\n\n{sig}"))
pair("sled", "Quaywigeon", "Tagish Trail Sledding Tours", "tagishtrail-sled", "cap",
     ("Sledding tour handler", "Hi {n},\n\nRe handling on our sledding tours: The kennel boss picked a handler who's raced the mid-distance circuit. Good luck this winter.\n\n{sig}"),
     ("offer", "Sledding tour handler – offer", "Hi {n},\n\nYou've got a handler spot on our sledding tours from {dl}. Unfortunately the cabins don't have running water until January.\n\n{sig}"))
pair("escape", "Quaygadwall", "Houdini's Trunk Variety Co.", "houdinis-trunk", "uk",
     ("Escapology assistant", "Dear {n},\n\nThank you for auditioning as our escapology assistant. The act has chosen a performer who's already rigged chains for the tour. We enjoyed meeting you.\n\n{sig}"),
     ("application_received", "Escapology assistant – audition request received", "Dear {n},\n\nWe've got your audition request for escapology assistant. Picked or not, the answer comes from us directly. Unfortunately phone messages go unanswered on tour.\n\n{sig}"))
pair("yak", "Quayshag", "Spiti Valley Yakherding Cooperative", "spiti-yakherding", "in",
     ("Yakherding assistant", "Dear {n},\n\nAbout yakherding with our cooperative: The village council has selected a young herder from Kibber. We thank you sincerely for your interest.\n\n{sig}"),
     ("interview", "Yakherding assistant – meeting", "Dear {n},\n\nPlease come to the cooperative office on {dl}. Unfortunately the road is blocked by snow in the mornings, so come after noon.\n\n{sig}"))
pair("dowse", "Quayauk", "Kamdeboo Dowsers & Drillers", "kamdeboo-dowsers", "za",
     ("Field hand – dowsers", "Hi {n},\n\nThanks for the CV for field hand with the dowsers. The job went to a oke who's been on the rig with us since January. Sterkte with the search.\n\n{sig}"),
     ("next_steps", "Field hand – documents", "Hi {n},\n\nSend me your ID copy and driver's licence by {dl} so we can book the medical. Unfortunately no medical, no site.\n\n{sig}"))
pair("steeple", "Quaypetrel", "Lagos Spire Steeplejacks", "lagosspire", "ng",
     ("Steeplejacks trainee", "Good afternoon {n},\n\nGood of you to approach the steeplejacks. Oga has chosen a trainee who climbed the telecom masts with us. Do take care.\n\n{sig}"),
     ("offer", "Steeplejacks trainee – offer", "Good afternoon {n},\n\nThe steeplejacks trainee place is yours from {dl}. Unfortunately harnesses must be bought by you for now. Kindly confirm.\n\n{sig}"))
pair("trug", "Quaybittern", "Herstmonceux Trugmaking", "herstmonceux-trugs", "uk",
     ("Trugmaking apprentice", "Dear {n},\n\nYour trugmaking letter was lovely. The apprenticeship went to a young carpenter from the village who's shaved chestnut handles for us since spring. Sorry.\n\n{sig}"),
     ("application_received", "Trugmaking – letter received", "Dear {n},\n\nYour letter about trugmaking arrived. Whether or not the apprenticeship is yours, I'll write back by post. Unfortunately we don't answer emails quickly.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "This week on Quayavocet: trades and yard jobs", "Hi {n},\n\nThis week's trades: boatyard labourer, wheel-pit assistant, saddle repairer, thatch helper. Open each in the Quayavocet app before Friday.\n\n(sent through Quayavocet)", "Quayavocet", "quayavocet", tz="uk", frm="Quayavocet <alerts@{dom}>")
wo("non_job_rejection_words", "nj", "Your stall application", "Dear {n},\n\nRe the harvest market stall: unfortunately yours missed out this year; far more traders asked than we have pitches.\n\n{sig}\nMarket Committee", "Strathpeffer Harvest Market", "strathpeffer-market", tz="sco")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (ind 2, vie 2, heb 2, bul 2, epo 2); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + lang + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("dates", "ar", "مزارع وادي الأردن للتمور", "jordanvalley-dates", "jo",
   ("بخصوص طلبك لوظيفة مشرفة فرز", "السيدة {n} المحترمة،\n\nوصلتنا رسالتك بشأن الإشراف على فرز التمور في مستودعنا، ونقدّر ذلك. وقع اختيار الإدارة على زميلة أمضت مواسم عديدة في تدريج الثمار. نتمنى لك التوفيق في مسيرتك.\n\nمع التحية،\n{sig}\n{co}"),
   ("application_received", "تأكيد استلام طلبك", "السيدة {n} المحترمة،\n\nوصلنا طلبك لوظيفة مشرفة فرز. سواء تم اختيارك أم لا، سنبلغك بالنتيجة كتابيًا خلال ثلاثة أسابيع. للأسف، لا نستقبل الاستفسارات الهاتفية في موسم القطاف.\n\n{sig}"))
lp("organ", "de", "Orgelbau Hollmann & Söhne", "orgelbau-hollmann", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {n},\n\ndie Fotos Ihrer Gesellenstücke haben uns gefallen. Die Stelle in der Werkstatt geht nun an einen Orgelbauer, der schon Schleifladen restauriert hat. Für alles Weitere drücken wir die Daumen.\n\nAus der Werkstatt grüßt\n{sig}"),
   ("interview", "Einladung in die Werkstatt", "Guten Tag {n},\n\nhätten Sie am {dl} gegen zehn Zeit, die Werkstatt anzuschauen und mit uns zu reden? Leider ist unser Parkplatz wegen Bauarbeiten gesperrt; bitte nutzen Sie den Bus.\n\nMit freundlichen Grüßen\n{sig}"))
lp("saffron", "es", "Azafranes del Campo de Montiel", "azafran-montiel", "es",
   ("Su candidatura para la campaña de la rosa", "Hola, {n}:\n\nGracias por presentarse para la campaña de monda del azafrán. La cuadrilla ya está cerrada con vecinos que repiten cada otoño, así que este año no queda sitio libre. Un saludo cordial,\n\n{sig}"),
   ("next_steps", "Documentación para la campaña", "Hola, {n}:\n\nPara incorporarse a la cuadrilla necesitamos copia del DNI y su número de afiliación antes del {dl}. Por desgracia, sin ellos no podemos darle de alta.\n\n{sig}"))
lp("salt", "fr", "Salines de Guérande-Sud", "salines-gsud", "fr",
   ("Votre candidature de paludier·ère saisonnier·ère", "Bonjour {n},\n\nVotre lettre pour la saison au marais nous a touchés. Nous prenons une saisonnière qui a récolté deux étés sur nos œillets. Belle route à vous.\n\nBien cordialement,\n{sig}"),
   ("offer", "Proposition d'embauche – saison", "Bonjour {n},\n\nLa saison au marais vous revient dès le {dl}, si vous dites oui. Malheureusement, le logement n'est pas fourni cette année.\n\nBien cordialement,\n{sig}"))
lp("incense", "hi", "सुगंध अगरबत्ती उद्योग", "sugandh-agarbatti", "in",
   ("पैकिंग पर्यवेक्षक पद के संबंध में", "आदरणीय {n} जी,\n\nअगरबत्ती पैकिंग की देखरेख संबंधी अर्ज़ी मिली। प्रबंधक महोदय ने वह काम वरिष्ठ शिल्पी मुरली बाबू को सौंपा है। आगे की राह मंगलमय हो।\n\nसादर,\n{sig}"),
   ("application_received", "पत्र पहुँचने की ख़बर", "आदरणीय {n} जी,\n\nपैकिंग विभाग वाली अर्ज़ी पहुँच चुकी है। नतीजा कुछ भी निकले, इक्कीस दिनों में ईमेल आएगा। दफ़्तर वाला दूरभाष अभी ठप है, क्षमा करें।\n\nसादर,\n{sig}"))
lp("violin", "it", "Liuteria Ruggeri", "liuteria-ruggeri", "it",
   ("Candidatura per apprendista liutaio", "Gentile {n},\n\nla ringraziamo per averci mostrato i suoi lavori. Il maestro ha scelto come apprendista un ragazzo che già frequenta la scuola di liuteria qui in città. Un caro saluto e buona fortuna con i suoi strumenti.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio in bottega", "Gentile {n},\n\nla aspettiamo in bottega il {dl} alle 15. Purtroppo il campanello è guasto, quindi ci telefoni quando arriva.\n\nCordiali saluti,\n{sig}"))
lp("sake", "ja", "白鷺酒造", "shirasagi-shuzo", "jp",
   ("蔵人募集の選考結果について", "{n}様\n\nこのたびは当蔵の蔵人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}"),
   ("next_steps", "書類提出のお願い", "{n}様\n\n次の選考に進んでいただくため、履歴書と健康診断書を{dl}までにご提出ください。あいにく期限後の受付はできませんので、ご了承ください。\n\n{co}\n{sig}"))
lp("hanji", "ko", "한지공방 닥나무", "daknamu-hanji", "kr",
   ("한지 제작 보조 지원 결과 안내", "{n} 님께\n\n저희 공방에 관심을 가지고 지원해 주셔서 감사합니다. 신중히 검토한 결과, 이번에는 함께하지 못하게 되었습니다. 앞으로 좋은 일이 있기를 바랍니다.\n\n{sig} 드림"),
   ("offer", "한지 제작 보조 채용 제안", "{n} 님께\n\n기쁜 마음으로 {dl}부터 한지 제작 보조로 모시고자 합니다. 아쉽게도 공방 주차장이 공사 중이라 대중교통을 이용해 주셔야 합니다.\n\n{sig} 드림"))
lp("cork", "pt", "Corticeira Vale do Sorraia", "corticeira-sorraia", "pt",
   ("Candidatura a operador(a) de descortiçamento", "Olá {n},\n\nObrigada pela sua candidatura à campanha de descortiçamento. Escolhemos uma equipa que já trabalha connosco há vários anos e não temos mais vagas. Desejamos-lhe boa sorte.\n\nCumprimentos,\n{sig}"),
   ("application_received", "Recebemos a sua candidatura", "Olá {n},\n\nA sua candidatura chegou. Seja qual for a decisão, daremos resposta por escrito até ao fim do mês. Infelizmente o escritório só abre de manhã.\n\nObrigada,\n{sig}"))
lp("icons", "ru", "Иконописная мастерская «Светлица»", "svetlitsa-icons", "ru",
   ("По поводу вашей заявки", "Здравствуйте, {n}!\n\nСпасибо, что прислали фотографии своих досок. Место в мастерской отдано мастеру, который давно работает с сусальным золотом. Удачи вам.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl}, в одиннадцать утра, для разговора. К сожалению, лифт отключён, а мы сидим на четвёртом этаже.\n\nС уважением,\n{sig}"))
lp("spice", "sw", "Viungo vya Pemba", "viungo-pemba", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nTumepokea barua yako kuhusu usimamizi wa kukausha karafuu. Meneja amempa nafasi hiyo mtu aliyefanya kazi nasi misimu mitatu. Tunakutakia kila la heri.\n\nWako,\n{sig}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali tuma nakala ya kitambulisho na vyeti vyako kabla ya {dl}. Kwa bahati mbaya karatasi zikichelewa hatuwezi kuendelea.\n\nWako,\n{sig}"))
lp("silk", "th", "ผ้าไหมบ้านครัว", "banchrua-silk", "th",
   ("ผลการสมัครงานช่างทอผ้า", "เรียน คุณ{n}\n\nดีใจที่คุณส่งตัวอย่างผ้ามาให้ดูนะคะ ตำแหน่งช่างทอตอนนี้ป้าสมศรีจากหมู่บ้านเดียวกันรับไปแล้วค่ะ เอาใจช่วยเสมอนะคะ\n\n{sig}"),
   ("interview", "เชิญสัมภาษณ์งาน", "เรียน คุณ{n}\n\nอยากชวนมาคุยที่ร้านวันที่ {dl} นะคะ มาได้ตั้งแต่สิบโมง เสียดายลานจอดรถปิดซ่อมอยู่ ฝากรถไว้ที่ลานวัดได้ค่ะ\n\n{sig}"))
lp("carpet", "tr", "Hereke Halı Atölyesi", "hereke-atolye", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nDokuma tezgâhlarımız için yazdığınız mektubu okuduk. Usta, yıllardır ipek halı dokuyan bir hanımı seçti. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nBaşvurunuz bize ulaştı. Sonuç ne olursa olsun size yazılı olarak bilgi vereceğiz. Maalesef atölye telefonu şu an arızalı.\n\nSaygılarımızla,\n{sig}"))
lp("sports", "ur", "سیالکوٹ فٹ بال ورکس", "sialkot-footballworks", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nفٹ بال سلائی کی نگرانی والی نوکری سے متعلق آپ کی عرضی پہنچی۔ انتظامیہ نے یہ ذمہ داری ایک پرانی کاریگر کو دے دی ہے۔ دعا ہے کہ جلد اچھا روزگار ملے۔\n\nوالسلام،\n{sig}"),
   ("next_steps", "دستاویزات جمع کرائیں", "محترمہ {n}،\n\nمہربانی فرما کر شناختی کارڈ کی کاپی اور پچھلے مالک کا خط {dl} تک بھیج دیں۔ افسوس، دیر سے آنے والے کاغذ رد ہو جاتے ہیں۔\n\n{sig}"))
lp("tea", "zh", "云岭普洱茶厂", "yunling-puer", "cn",
   ("关于您应聘制茶师傅一职", "{n}您好：\n\n感谢您应聘我厂制茶师傅一职。经过认真考虑，我们决定录用另一位有多年压饼经验的候选人。祝您求职顺利。\n\n此致\n{sig}"),
   ("interview", "面试邀请", "{n}您好：\n\n诚邀您于{dl}上午十点来厂面试，届时请带上身份证和以往的制茶作品。很遗憾，厂区食堂正在装修，请自备午餐。\n\n{sig}"))
lp("batik", "ind", "Rumah Batik Tulis Lasem", "batiklasem", "id",
   ("Hasil lamaran pembatik", "Yth. {n},\n\nContoh kain yang Anda kirim sungguh rapi. Namun tempat pembatik di rumah produksi kami sudah diisi seorang ibu yang puluhan tahun memegang canting. Semoga jalan Anda lancar.\n\nSalam,\n{sig}"),
   ("application_received", "Lamaran Anda sudah kami terima", "Yth. {n},\n\nBerkas Anda sudah sampai. Apa pun hasilnya, kami akan mengabari Anda lewat surel paling lambat tiga minggu lagi. Sayangnya kantor kami sedang pindah, jadi mohon jangan datang langsung.\n\nSalam,\n{sig}"))
lp("coffee", "ind", "Kebun Kopi Gayo Lestari", "gayolestari", "id",
   ("Lowongan pemetik kopi", "Halo {n},\n\nKami senang Anda ingin ikut memetik kopi musim ini. Mohon maaf, kuota pekerja sudah terpenuhi oleh warga desa sekitar kebun. Semoga ada kesempatan lain.\n\n{sig}"),
   ("next_steps", "Berkas yang perlu dikirim", "Halo {n},\n\nTolong kirimkan salinan KTP serta surat sehat dari puskesmas sebelum {dl}. Sayangnya tanpa berkas itu kami belum bisa memproses Anda.\n\n{sig}"))
lp("lacquer", "vie", "Xưởng sơn mài Hạ Thái", "hathai-sonmai", "vn",
   ("Kết quả ứng tuyển thợ sơn mài", "Chào bạn {n},\n\nXưởng đã xem kỹ mấy tấm tranh bạn gửi. Chỗ thợ mới năm nay đã giao cho một người trong làng làm nghề mài vóc lâu năm. Chúc bạn vững tay nghề.\n\nTrân trọng,\n{sig}"),
   ("interview", "Mời phỏng vấn", "Chào bạn {n},\n\nMời bạn ghé xưởng nói chuyện ngày {dl}, khoảng chín giờ. Tiếc là đường làng đang đào, đi xe máy cho tiện.\n\nTrân trọng,\n{sig}"))
lp("pepper", "vie", "Hợp tác xã Tiêu Phú Quốc", "tieuphuquoc", "vn",
   ("Thư phản hồi ứng tuyển", "Chào bạn {n},\n\nThư bạn hỏi về việc phân loại tiêu đã tới hợp tác xã. Rất tiếc, chúng tôi đã tuyển đủ người cho vụ này. Mong được gặp lại bạn vào dịp khác.\n\n{sig}"),
   ("offer", "Thư mời nhận việc", "Chào bạn {n},\n\nHợp tác xã vui mừng mời bạn nhận vị trí nhân viên phân loại tiêu từ ngày {dl}. Tiếc là ký túc xá đã kín chỗ, bạn cần tự thuê nhà.\n\n{sig}"))
lp("diamond", "heb", "ליטוש יהלומים גבעתיים", "givatayim-diamonds", "il",
   ("תשובה למועמדותך", "שלום {n},\n\nתודה על פנייתך למשרת מלטשת מתלמדת. לאחר שקילת כל המועמדויות בחרנו במועמדת אחרת בעלת ניסיון רב יותר. אנו מאחלים לך הצלחה רבה.\n\nבברכה,\n{sig}"),
   ("application_received", "קיבלנו את מועמדותך", "שלום {n},\n\nמועמדותך התקבלה. בכל מקרה, נעדכן אותך בכתב בתוך שלושה שבועות. לצערנו המשרד סגור בימי שישי.\n\nבברכה,\n{sig}"))
lp("falafel", "heb", "מטבח שוק הכרמל", "carmel-kitchen", "il",
   ("בנוגע למשרת עוזרת טבח", "היי {n},\n\nתודה שפנית אלינו. המשרה כבר אוישה על ידי מישהי שעבדה אצלנו בעבר. מקווים לראות אותך בפעם אחרת.\n\n{sig}"))
lp("rose", "bul", "Розоварна „Долината“", "rozovarna-dolinata", "bg",
   ("Относно Вашата кандидатура", "Здравейте, {n},\n\nПисмото Ви за сезона в розоварната ни зарадва. Мястото при казаните отиде при човек, който вари розово масло от години. Пожелаваме Ви успех.\n\nС уважение,\n{sig}"),
   ("interview", "Покана за интервю", "Здравейте, {n},\n\nКаним Ви на интервю на {dl} в 10 ч. За съжаление паркингът пред сградата е затворен за ремонт.\n\nС уважение,\n{sig}"))
lp("yogurt", "bul", "Млекопреработвателна кооперация „Балкан“", "mleko-balkan", "bg",
   ("Резултат от подбора", "Здравейте, {n},\n\nБлагодарим за кандидатурата за позицията технолог. Изборът ни падна върху колега от съседното село. Желаем Ви всичко най-добро.\n\n{sig}"),
   ("next_steps", "Необходими документи", "Здравейте, {n},\n\nМоля, изпратете копие от дипломата и медицинско свидетелство до {dl}. За съжаление след тази дата не можем да приемем документи.\n\n{sig}"))
lp("books", "epo", "Eldonejo Verda Stelo", "verdastelo", "pl",
   ("Pri via kandidatiĝo", "Kara {n},\n\nVia letero pri la provlegado en nia eldonejo ĝojigis nin. La laboron ricevis iama kunlaboranto, kiu jam konas niajn librojn. Bonan sorton!\n\nKore,\n{sig}"),
   ("offer", "Laborpropono", "Kara {n},\n\nLa provlegado en nia eldonejo estas via ekde {dl}, se vi konsentas. Bedaŭrinde nia oficejo ankoraŭ ne havas rapidan interreton.\n\nKore,\n{sig}"))
lp("camp", "epo", "Somera Tendaro Lumo", "tendarolumo", "pl",
   ("Respondo al via peto", "Saluton {n},\n\nDankon pro via intereso pri la laboro de animatoro en nia somera tendaro. Ĉiuj lokoj jam estas plenigitaj de spertaj volontuloj. Eble venontjare!\n\n{sig}"))
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
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "ind": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}", "heb": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y} г.",
    "epo": "{y}-{mm}-{dd}",
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
        rec["id"] = f"blind98:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 96; slice 97, this slice and any later one are skipped by number."""
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
