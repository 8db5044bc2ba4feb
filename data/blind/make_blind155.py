# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-fifth sealed blind slice for issue 11 (blind-slice-155.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 155; slice 155, slice 156 and later never read; our side printed)
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

SEED = 1551551
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-155.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 155
SKIP_FROM = 155  # this slice, slice 156 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Eilidh Strachan", "Fatmata Kamara", "Anjali Pillai", "Kezron Ollivierre", "Tanana Joe-Brower",
    "Shirin Farahani", "Maartje van Rooijen", "Ruairidh Baird", "Mohamed Sesay", "Sreelakshmi Menon",
    "Deshawn Cato", "Nalukkaq Ahgeak", "Behnaz Karimi", "Joost Verbeek", "Aoibheann Keogh",
    "Thandiwe Mabuza", "Wiremu Tane", "Callista Burgess", "Hollis Peterkin", "Isatu Bangura",
    "Arjun Varghese", "Kimora Dasent", "Laleh Rostami", "Femke Dijkman", "Marcella Dunphy",
    "Jarrah Whitlock", "Dawid Smit", "Tereza Holub", "Orrin Kealoha", "Prisha Kuruvilla",
    "Fraser McIlwraith", "Adama Conteh", "Sanne Hoekstra", "Cyrus Mahdavi", "Lorcan Feeney",
]
REGION_SIGNERS = {
    "uk": ["Morven Quigley", "Gregor Fyfe", "Shona Gilchrist", "Ewan MacAskill"],
    "ie": ["Clodagh Brennan", "Tadhg Moynihan", "Niamh Culleton"],
    "nl": ["Wouter Brinkman", "Ingrid Schouten", "Ruud Kloosterman"],
    "sl": ["Aminata Koroma", "Abu Bakarr Jalloh", "Hawa Turay"],
    "in": ["Rajitha Nair", "Biju Thekkekara", "Divya Unnikrishnan"],
    "vc": ["Shernel Jack", "Dwight Ballantyne", "Roxanne Baptiste"],
    "ak": ["Marnie Oxereok", "Travis Lindqvist", "Della Kashevaroff"],
    "ir": ["Mehrnaz Tabrizi", "Kourosh Sadeghi", "Parvaneh Jalali"],
    "us": ["Loretta Szymanski", "Cordell Haynes", "Bethany Rourke"],
    "au": ["Mackenzie Tuckwell", "Anneliese Kovac", "Rhys Dalgarno"],
    "nz": ["Aroha Pomare", "Stuart McCaw", "Mele Fifita"],
    "za": ["Lindiwe Ngcobo", "Hennie du Toit", "Sipho Mahlangu"],
    "sg": ["Goh Mei Xuan", "Ravindran Pillay"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سناء العبادي", "ماجد الطراونة"], "de": ["Hannelore Wittig", "Volker Ebner"],
    "es": ["Itziar Mendiola", "Fermín Cabello"], "fr": ["Armelle Guichard", "Yannick Poirot"],
    "hi": ["सुनयना रस्तोगी", "मुकेश ठाकुर"], "it": ["Ornella Bassi", "Gianni Rota"],
    "ja": ["村上 奈緒", "石田 浩二"], "ko": ["윤서진", "한동수"], "pt": ["Beatriz Quintela", "Joaquim Pires"],
    "ru": ["Светлана Белова", "Игорь Кузьмин"], "sw": ["Neema Wanjiru", "Juma Omari"],
    "th": ["สุดารัตน์ ทองดี", "ประเสริฐ ศรีสุข"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["شازیہ ملک", "عمران چوہدری"], "zh": ["黄雅琴", "林国栋"],
    "est": ["Piret Kuusk", "Tõnu Rebane"], "slv": ["Mojca Kranjc", "Boštjan Zupan"],
    "isl": ["Hrafnhildur Árnadóttir", "Sigurður Bjarnason"], "ltz": ["Josiane Weber", "Claude Reuter"],
    "mkd": ["Марија Стојановска", "Горан Трајковски"], "bos": ["Amra Hodžić", "Edin Mehmedović"],
    "bel": ["Алеся Каваленка", "Андрэй Мароз"], "uzb": ["Dilnoza Rahimova", "Jasur Toshmatov"],
    "khm": ["សុខ ចាន់ថា", "ហេង វណ្ណា"], "lao": ["ບຸນມີ ແສງສະຫວ່າງ", "ນາງ ພອນສະຫວັນ"],
}
LANG_RECIPIENTS = {
    "ar": ["ليان العمري", "طارق النسور"], "de": ["Franziska Maurer", "Jonas Riedl"],
    "es": ["Amaia Urrutia", "Rodrigo Salcedo"], "fr": ["Margaux Lemaire", "Bastien Roux"],
    "hi": ["नेहा चौहान", "अंकित सक्सेना"], "it": ["Federica Galli", "Simone Moretti"],
    "ja": ["佐藤 美咲", "高橋 亮"], "ko": ["이수민", "최현우"], "pt": ["Inês Barreto", "Tiago Sousa"],
    "ru": ["Ольга Смирнова", "Никита Лебедев"], "sw": ["Amina Chepkoech", "Hassani Mbwana"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนวัฒน์ จันทร์เพ็ญ"], "tr": ["Selin Öztürk", "Kaan Aydın"],
    "ur": ["صبا رضوی", "حمزہ شیخ"], "zh": ["张晓燕", "赵明轩"],
    "est": ["Kertu Lepp", "Siim Kivi"], "slv": ["Tjaša Novak", "Luka Horvat"],
    "isl": ["Ásdís Karlsdóttir", "Gunnar Pálsson"], "ltz": ["Nathalie Hoffmann", "Marc Schmit"],
    "mkd": ["Ана Петровска", "Бојан Николовски"], "bos": ["Lejla Begić", "Adnan Softić"],
    "bel": ["Вольга Шыла", "Сяргей Лукашэвіч"], "uzb": ["Malika Yusupova", "Sardor Karimov"],
    "khm": ["ស្រី ពិសី", "គឹម សុភ័ក្ត្រ"], "lao": ["ນ້ອຍ ວົງສາ", "ສຸລິຍາ ພົມມະຈັນ"],
}
GIVEN = {"Tanana Joe-Brower": "Tanana", "Abu Bakarr Jalloh": "Abu", "Goh Mei Xuan": "Mei Xuan", "Hennie du Toit": "Hennie"}
PROVIDERS = ["thistlepost", "palmwick", "dykemail", "ptarmiganbox", "rooftopmail", "cinderpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "nl": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "lu": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "ba": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""), "sl": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "ak": ("-0900", "-0800", "us"), "vc": ("-0400", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "by": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "jo": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "uz": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "kh": ("+0700", None, ""), "la": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "ak")
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
QNOTE = "\nHiya {sf}, grand seeing the winch shed on Monday. Hoist ticket's good until July; my old foreman answers his mobile after teatime.\n{n}"
FOOT = ("\n\n~~ {CO} / CAREERS CORNER ~~\nOur vacancy sheet refreshes every Tuesday by ten. Tick 'Kettlebrae' on your profile and "
        "a ping reaches you whenever a matching post opens. 'Pithead Papers' is our quarterly staff gazette: canteen "
        "menus, long-service pins and the odd charity bake-off. To leave every list type STOPKETTLE in a reply. This "
        "inbox is a one-way shoot; letters sent back vanish.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Hub: {role} – status changed", "Hello {n},\n\nOn the {co} Candidate Hub your {role} record (Req {ref}) has moved to: Closed – Another Applicant Hired.\n\nThe hiring squad thanks you for the hours put into it. Your login stays open for future searches.\n\nTalent Operations, {co}",
   ("Clydeside Ferries", "Haarlem Tram Depot"), ("careers.clydesideferries", "werken.haarlemtram"), role=("Deckhand", "Depot Cleaner"), tz=("uk", "nl"))
mr("gh", "Your {role} application at {co}", "Hi {n},\n\nThanks for the pairing exercise and both talks with our leads. Having weighed every finalist, we've picked somebody else for {role}.\n\nYour notes on the retry logic got real praise from the panel.\n\n{sig}\nRecruiting, {co}",
   ("Pewitfold Robotics", "Kochi Ledgerbyte"), ("pewitfoldrobotics", "ledgerbyte-kochi"), role=("Firmware Engineer", "Backend Developer"), tz=("usp", "in"))
mr("lv", "{co} – about your {role} candidacy", "Hey {n},\n\nQuick update from the {co} team: we've closed the {role} search and are heading in a different direction for it.\n\nWe'll hold your name in our Bench Pool for eleven months; reply BENCHLEAVE if you'd sooner we didn't.\n\nCheers,\n{sig}",
   ("Kingstown Harbour Grill", "Anchorage Snowmachine Repair"), ("harbourgrill-svg", "snowmachinerepair-ak"), role=("Line Cook", "Small Engine Mechanic"), tz=("vc", "ak"))
mr("sr", "Application update – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Post</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed &ndash; post given to another candidate</td></tr></table><p>With appreciation from {co}.</p><p>Resourcing Desk</p></body></html>",
   ("Freetown Cement Works", "Rotterdam Pallet Yard"), ("jobs.freetowncement", "vacatures.palletyard-rdam"), role=("Kiln Operator", "Reach Truck Driver"), tz=("sl", "nl"))
mr("ic", "{co}: {role} requisition {ref}", "Dear {n},\n\nEach {role} applicant is screened on the advert's essential items, and your submission lacked {x}, so it has stopped at screening.\n\nTry again once you hold it.\n\n{co} Talent Acquisition",
   ("Tehran Boiler Services", "Ernakulam Marine Surveyors"), ("tehranboiler", "marinesurvey-ekm"), role=("Boiler Technician", "Hull Inspector"), x=("a current boiler operator licence", "a valid DG Shipping competency certificate"), tz=("ir", "in"))
mr("tl", "Requisition closed – {role}", "Dear {n},\n\nThe {role} opening (ref. {ref}) was cancelled when {co} merged two of its sites. The post stays empty and every file on it is shut.\n\nOur thanks for the interest.\n\nHR Shared Services, {co}",
   ("Paisley Bakery Group", "Fairbanks Fuel Haulers"), ("paisleybakerygroup", "fairbanksfuelhaul"), role=("Shift Baker", "Tank Truck Dispatcher"), tz=("uk", "ak"))
mr("wk", "Re: trial shift at {co}", "Hi {n},\n\nTa for grafting through that trial shift last week. The team picked a different person for the {role} spot, so yer application ends there.\n\nAll the luck,\n{sig}\n{co}",
   ("Sauchiehall Noodle Bar", "Bequia Beach Shack"), ("noodlebar-glasgow", "bequiabeachshack"), role=("Kitchen Porter", "Bartender"), tz=("uk", "vc"))
mr("bb", "{co} – {role} vacancy", "Hello {n},\n\nA colleague already working at {co} has moved across into the {role} post, so the vacancy has been filled from within. We will therefore close your application.\n\nThank you again,\n{sig}",
   ("Utrecht Bargewright Yard", "Thrissur Gold Refinery"), ("bargewright-utrecht", "thrissurrefinery"), role=("Boat Welder", "Assay Assistant"), tz=("nl", "in"))
mr("tt", "Your application at {co}", "Dear {n},\n\nHereby we inform you that the choice for {role} fell on another candidate. Your profile was certainly interesting, but the other applicant matched the team a bit better.\n\nMuch success in the search.\n\nKind greetings,\n{sig}\n{co}",
   ("Groningen Dairy Tech", "Delft Sluice Systems"), ("groningendairy", "delftsluice"), role=("Process Operator", "Hydraulic Fitter"), tz="nl")
mr("pp", "{co} – outcome of your {role} application", "Dear {n},\n\nEach application for {role} was scored against a published rubric. Yours scored {x}, below the {y} needed to reach interview. On that basis we are closing your application.\n\nYours sincerely,\n{co} Recruitment",
   ("Clyde Valley Water", "Wellington Harbour Board"), ("clydevalleywater", "harbourboard-wgtn"), role=("Network Technician", "Pilot Launch Crew"), x=("22 of 40", "55%"), y=("28", "65%"), tz=("uk", "nz"))
mr("jz", "{role} at {co}", "Hi {n},\n\nOne of our veteran volunteers has stepped up into the {role} role, so other applications are now closed.\n\nWe appreciated your interest in {co}.\n\nKind regards,\n{sig}",
   ("Juneau Salmon Hatchery", "Union Island Dive Centre"), ("salmonhatchery-juneau", "uniondive-svg"), role=("Hatchery Technician", "Dive Guide"), tz=("ak", "vc"))
mr("ab", "{co} / {role}", "Hi {n},\n\nThanks for spending an hour with our co-founders. After some thought we're progressing others whose background lines up tighter with {co}'s present needs, so your {role} process ends here.\n\nAll the best,\n{sig}",
   ("Tillrake Analytics", "Shiraz Cloudworks"), ("tillrakeanalytics", "shirazcloud"), role=("Data Engineer", "DevOps Engineer"), tz=("use", "ir"))
mr("sc", "{co} {role} crew – 2026", "Hi {n},\n\nThanks for signing on for the {role} crew. Returning hands took every spot this season; no bunk left for you this year.\n\nHit us up next season.\n\n{sig}\n{co}",
   ("Kenai Cannery Crew", "Bay of Plenty Kiwifruit"), ("kenaicannery", "bopkiwifruit"), role=("Fish Slimer", "Orchard Picker"), tz=("ak", "nz"))
mr("g1", "Yer application", "Awright {n},\n\nJust tae let ye know the boss has gied the {role} job tae a lad fae Govan that wis on the books afore. Gutted fur ye, pal.\n\nTa-ra,\n{sig}\n{co}", "Partick Tile Warehouse", "partickwarehouse", role="Labourer", tz="uk")
mr("s1", "Job application feedback", "Dear {n},\n\nGreetings from {co}. Kindly be informed that the {role} position have been given to another applicant who did the work with us before. We are grateful plenty for your interest. God bless you.\n\n{sig}\nAdmin Office", "Lumley Beach Guesthouse", "lumleyguesthouse-sl", role="Front Desk Officer", tz="sl")
mr("k1", "Regarding your application", "Dear {n},\n\nGreetings from {co}!\n\nThis is to intimate you that the {role} vacancy got closed itself after one candidate from Aluva was selected. Hence your profile stands closed. Kindly take it in the right spirit.\n\nRegards,\n{sig}\nHR Dept", "Periyar Spice Traders", "periyarspice", role="Accounts Assistant", tz="in")
mr("v1", "Your job application", "Good day {n},\n\nThe boss give the {role} post to somebody from Calliaqua who work with we before. Doh take it hard, nah. Allyuh could try again when the season pick up.\n\nRespect,\n{sig}\n{co}", "Arnos Vale Car Rentals", "arnosvalerentals", role="Driver", tz="vc")
mr("a1", "Your application with us", "Hi {n},\n\nSorry to be the one with this news but a local guy from Bethel got hired for the {role} job before breakup. Appreciate you reaching out all the way from the Lower 48. Stay warm.\n\n{sig}\n{co}", "Kuskokwim River Freight", "kuskofreight", role="Deckhand", tz="ak")
mr("p1", "Application result", "Dear {n},\n\nWith respect and thanks for your attention to {co}. We announce that the {role} position is finalized with another applicant having longer years in this field. We wish you success in every stage of your life.\n\nRespectfully,\n{sig}\nHuman Resources", "Isfahan Carpet Export", "isfahancarpet", role="Export Coordinator", tz="ir")
mr("n1", "Your application for {role}", "Dear {n},\n\nUnfortunately we will not invite you for a conversation. Many reactions came in and other candidates fit the profile better.\n\nSuccess with the further search.\n\nWith kind regards,\n{sig}\n{co}", "Leiden Lab Supplies", "leidenlabsupplies", role="Warehouse Employee", tz="nl")
mr("i1", "Your application", "Hi {n},\n\nThanks a million for wanting to pull pints with {co} as a {role}. A flood of forms came in this round and yours goes no further. Mind yourself.\n\n{sig}", "Dingle Trad Music Pub", "dingletradpub", role="Bar Staff", tz="ie")
mr("u1", "Update on your application", "Hi {n},\n\nThank you for interviewing for {role}. We've landed on no offer this time around. Tough call; do keep an eye on other {co} openings.\n\nSincerely,\n{sig}", "Toledo Glass Recycling", "toledoglassrecycle", role="Sorting Line Lead", tz="use")
mr("au1", "Your application", "G'day {n},\n\nGood on ya for giving the {role} job a go. We've hired a bloke closer to Bendigo, so yours is a no. Best of British with the hunt.\n\nCheers,\n{sig}\n{co}", "Goldfields Solar Installs", "goldfieldssolar", role="Solar Installer", tz="au")
mr("z1", "Application outcome", "Dear {n},\n\nYour letter for the {role} post at {co} reached us safely. Sadly your application fell short. Go well.\n\nKind regards,\n{sig}", "Stellenbosch Cooperage", "stellcooperage", role="Apprentice Cooper", tz="za")
mr("nz1", "Kia ora {n}", "Kia ora {n},\n\nThanks heaps for applying for {role}. We've filled the role from our casual pool; this one's a no for you.\n\nNgā mihi,\n{sig}\n{co}", "Rotorua Geothermal Spa", "rotoruaspa", role="Spa Attendant", tz="nz")
mr("us2", "Regarding the {role} opening", "Hi {n},\n\nYour time meant a lot to us. Having read the whole pool, {co} is passing on your candidacy for {role}. Luck to you.\n\nBest,\n{sig}", "Wichita Aero Seating", "wichitaaeroseating", role="Upholstery Technician", tz="usc")
mr("uk2", "Your application – {role}", "Dear {n},\n\nYour letter about the {role} post reached the workshop. I'm afraid the interview list this time does not include you.\n\nWith best wishes,\n{sig}\nOffice Manager, {co}", "Stirling Piano Tuners", "stirlingpianos", role="Workshop Assistant", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nMeeting you on Thursday and hearing about your years on the quay was a treat. The panel's {role} offer went to another applicant, and yesterday they accepted.\n\nWarm regards,\n{sig}\n\n{OUT}",
   ("Greenock Container Terminal", "Moerdijk Tank Storage"), ("greenockterminal", "moerdijktank"), role=("Straddle Carrier Driver", "Tank Farm Operator"), tz=("uk", "nl"))
mr("th2", "RE: [EXT] Re: Committee meeting, Tuesday", "Dear {n},\n\nMany thanks for waiting so graciously, and for the thoughtful answers the committee heard. Our {role} appointment went to somebody from our internal roster.\n\nWith every good wish,\n{sig}\n\n{ORIG}",
   ("Bo Teachers Cooperative", "Kottayam Rubber Board Society"), ("boteacherscoop", "kottayamrubbersoc"), role=("Programme Officer", "Field Assistant"), tz=("sl", "in"))
mr("th3", "RE: [EXT] Re: Next steps?", "Hey {n},\n\nGood yarning with you last week; the crew loved your Dalton Highway tales. Another candidate's been brought aboard for {role}, starting on the first.\n\nTake care out there,\n{sig}\n\n{RULE}",
   ("Prudhoe Camp Services", "Mat-Su Avionics"), ("prudhoecamp", "matsuavionics"), role=("Camp Cook", "Avionics Installer"), tz="ak")
mr("th4", "RE: [EXT] Re: Thank you for today", "Hi {n},\n\nYour portfolio was a joy to leaf through on the day. {co} has appointed another designer to the {role} role.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Kingstown Print House", "Mashhad Saffron Packaging"), ("kingstownprint", "saffronpack-mashhad"), role=("Graphic Designer", "Packaging Designer"), tz=("vc", "ir"))
mr("th5", "RE: [EXT] Re: Interview on Tuesday", "Hi {n},\n\nThanks for a lively conversation on Tuesday, it brightened my week. The hiring group landed on a colleague who has run our night shift for two years as the new {role}.\n\nAll the very best,\n{sig}\n\n{OUT}",
   ("Govan Engineering", "Port of Freetown Logistics"), ("govanengineering", "freetownportlogistics"), role=("Shift Supervisor", "Yard Planner"), tz=("uk", "sl"))
mr("th6", "RE: [EXT] Re: Follow up – {role}", "Hello {n},\n\nYour stories from the Vizhinjam harbour years stayed with the whole panel. The {role} offer has gone out to another candidate, who has signed.\n\nWith warm wishes,\n{sig}\n\n{ORIG}",
   ("Trivandrum Coir Exporters", "Galway Bay Seaweed Baths"), ("tvmcoir", "galwayseaweedbaths"), role=("Shipping Coordinator", "Bath Attendant"), tz=("in", "ie"))
mr("th7", "RE: [EXT] Re: Our chat", "Hi {n},\n\nMy thanks for the clear, friendly chat and for the sample you sent afterwards. The firm has selected another translator for the {role} contract.\n\nBest wishes,\n{sig}\n\n{RULE}",
   ("Amstel Language Bureau", "Persepolis Translation House"), ("amstellanguage", "persepolistrans"), role=("Legal Translator", "Technical Translator"), tz=("nl", "ir"))
mr("th8", "RE: [EXT] Re: Site visit", "Hi {n},\n\nTa for bumping all those miles out to the farm. We've given the {role} spot to a neighbour's son who grew up on the place.\n\nCheers,\n{sig}\n\n{GM}",
   ("Mesopotamia Arrowroot Estate", "Matanuska Dairy"), ("arrowrootestate", "matanuskadairy"), role=("Farm Hand", "Milker"), tz=("vc", "ak"))

# ---- 8 clear refusals under long footers
mr("f1", "Your {role} application", "Hi {n},\n\nYour form reached {co}. Others are going ahead for {role}; yours stops here.{FOOT}",
   ("Byres Road Bookshop", "Kerala Handloom Store"), ("byresbooks", "handloomstore-kl"), role=("Bookseller", "Sales Associate"), tz=("uk", "in"))
mr("f2", "About the {role} job", "Dear {n},\n\nYour {role} application did not get through. Ta for your time.{FOOT}",
   ("Kingstown Phone Accessories", "Anchorage Outdoor Supply"), ("kingstownphones", "anchorageoutdoor"), role=("Stock Clerk", "Cashier"), tz=("vc", "ak"))
mr("f3", "Application closed – {role}", "Hello {n},\n\nYour {role} form has been read; there will be no interview.{FOOT}",
   ("Freetown School Uniform Depot", "Zaandam Paint Centre"), ("uniformdepot-sl", "zaandampaint"), role=("Sales Clerk", "Shop Assistant"), tz=("sl", "nl"))
mr("f4", "Thanks for applying", "Hi {n},\n\nSomeone has taken the {role} role, so your file is shut.{FOOT}",
   ("Tabriz Rug Gallery", "Donegal Tweed Outlet"), ("tabrizrug", "donegaltweedoutlet"), role=("Showroom Assistant", "Retail Assistant"), tz=("ir", "ie"))

# ---- 9 hedged refusals
mr("h1", "Your {role} application", "Hi {n},\n\nThanks for applying. Other applicants logged more hours on the water, which suits the summer rota better, so they get the nod.\n\n{sig}\n{co}",
   ("Loch Lomond Boat Hire", "Grenadines Sailing"), ("lomondboats", "grenadinessailing"), role=("Boat Attendant", "Sailing Instructor"), tz=("uk", "vc"))
mr("h2", "{role} – update", "Dear {n},\n\nAfter discussing the applications, the partners have steered the {role} hire to a person carrying more workshop seasons behind them.\n\nWarm regards,\n{sig}\n{co}",
   ("Haarlem Organ Builders", "Kashan Rosewater Cooperative"), ("organbuilders-haarlem", "kashanrosewater"), role=("Apprentice", "Production Assistant"), tz=("nl", "ir"))
mr("h3", "Application for {role}", "Dear {n},\n\nOthers in the pool sit a shade closer to the {role} brief, and the studio has gone another way for this hire.\n\nKind regards,\n{sig}\n{co}",
   ("Kochi Houseboat Tours", "Kodiak Bear Tours"), ("houseboattours-kochi", "kodiakbeartours"), role=("Tour Guide", "Lodge Host"), tz=("in", "ak"))
mr("h4", "Your application", "Hi {n},\n\nThe shortlist has ended up leaning toward applicants with a trade ticket already in hand, which fits the {role} rota more neatly.\n\nThanks,\n{sig}\n{co}",
   ("Makeni Motor Works", "Eindhoven Fixture Shop"), ("makenimotors", "eindhovenfixtures"), role=("Mechanic", "CNC Setter"), tz=("sl", "nl"))
mr("h5", "Search update – {role}", "Hi {n},\n\nOur client is leaning toward people who have already run a bonded warehouse, so your profile is less of a fit for the {role} brief.\n\nBest,\n{sig}\n{co}", "Lakeshore Executive Search", "lakeshoresearch", role="Operations Director", tz="usc")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nGood speaking Wednesday. The client's plumped for another person for the {role} job. Mind you, a Reliability Engineer post at a bottling plant by Motherwell has your name on it; want the spec?\n\n{sig}\n{co}", "Forth Talent Partners", "forthtalent", role="Maintenance Manager", tz="uk")
mr("rc2", "After our chat", "Hello {n},\n\nFeedback is in: the {role} vacancy goes to another finalist. Separately, an Assistant Financial Controller opening in Ernakulam is live with that client group. Do revert with your view.\n\nRegards,\n{sig}\n{co}", "Malabar Talent Bridge", "malabarsearch", role="Finance Manager", tz="in")
mr("rc3", "Re: {role} – client feedback", "Hi {n},\n\nGood to catch up. For {role} the manager took someone with more Azure years, so that door is shut. A Platform Engineer contract in Utrecht starts next month; shall I propose you?\n\n{sig}\n{co}", "Polder Tech Recruitment", "poldertech", role="Cloud Architect", tz="nl")
mr("rc4", "Update from today", "Hi {n},\n\nThe hotel group say no on the {role} job; the budget side look thin to them. Front Office Manager in Kingstown open now though, and you'd sail it.\n\n{sig}\n{co}", "Windward Hospitality Staffing", "windwardstaffing", role="Hotel Manager", tz="vc")
mr("rc5", "Your {role} application", "Hi {n},\n\nAfter our phone call I spoke to the mine. {role} is a no for you, but they'd love you for a Shift Foreman slot at the Nome site. Interested?\n\n{sig}\n{co}", "Northern Lights Staffing", "northernlightsstaff", role="Mine Superintendent", tz="ak")
mr("rc6", "Follow-up", "Dear {n},\n\nWith thanks for the phone conversation. The employer selected a candidate of more export background for {role}. A Purchasing Supervisor vacancy in Karaj fits your CV well; I would be glad to propose you.\n\nBest regards,\n{sig}\n{co}", "Alborz Career Partners", "alborzcareers", role="Procurement Manager", tz="ir")
mr("rc7", "Quick one after our call", "Hi {n},\n\nThe {role} search is wrapping up without you, I'm afraid; they went internal. I've got a Senior Buyer role in Cape Town with a similar team. Keen?\n\n{sig}\n{co}", "Cape Peninsula Recruiters", "capepeninsularec", role="Head of Procurement", tz="za")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – Vacancy {ref}", "Dear {n},\n\nYou were found eligible for {role} under announcement {ref}. However, when the best-qualified names went forward to the selecting supervisor, yours stayed behind. No action is required of you.\n\n{co}",
   ("Bureau of Coastal Lands – Human Capital", "State of Alaska Workplace Alaska"), ("coastallands-hc", "workplace-ak"), role=("Realty Specialist", "Fisheries Technician"), tz=("usp", "ak"))
mr("ps2", "Outcome of eligibility check", "Dear {n},\n\n{co} checked your {role} papers (ref. {ref}) and ruled you ineligible because {x}. The application stops here.\n\nSecretary",
   ("Public Service Commission, Freetown", "Kerala Local Bodies Recruitment Cell"), ("psc-freetown", "lbrecruit-kl"), role=("Revenue Officer", "Junior Clerk"), x=("the WASSCE result slip was not attested", "the age limit had been exceeded on the closing date"), tz=("sl", "in"))
mr("ps3", "Vacancy withdrawn: {role}", "Dear {n},\n\nThe {role} vacancy was withdrawn by {co} after a budget review. The post stays empty and every application on it is shut.\n\nWorkforce Team",
   ("Renfrewshire Council", "Municipality of Zwolle"), ("renfrewshire-workforce", "zwolle-werkenbij"), role=("Parks Officer", "Policy Adviser"), tz=("uk", "nl"))
mr("ps4", "Examination result", "Dear {n},\n\nYour {role} written paper earned {x}, under the qualifying mark of {y}, so your name is off the next-stage list.\n\n{co}",
   ("Saint Vincent Public Service Commission", "Provincial Recruitment Office, Shiraz"), ("psc-svg", "recruit-shiraz"), role=("Clerical Officer", "Administrative Expert"), x=("54/100", "61 of 100"), y=("60/100", "70"), tz=("vc", "ir"))

# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\n{role}: the hiring team is no longer considering this application.\n\n{co} Jobs Portal",
   ("Clydebank Careers Portal", "Freetown Jobs Online"), ("clydebankcareers", "freetownjobsonline"), role=("Porter", "Data Clerk"), tz=("uk", "sl"))
mr("st2", "Status update", "<html><body><p>{n},</p><p>Status for <b>{role}</b> ({ref}): <b>Not progressing</b>.</p><p>{co}</p></body></html>",
   ("Alleppey Recruit Hub", "Juneau Hiring Portal"), ("alleppeyrecruithub", "juneauhiring"), role=("Sales Executive", "Clerk"), tz=("in", "ak"))
mr("st3", "Your application status has changed", "Hello {n},\n\nApplication {ref} – {role}: Closed, no longer under consideration.\n\n{co}",
   ("Vincy Careers", "Tabriz Jobs Portal"), ("vincycareers", "tabrizjobs"), role=("Teller", "Lab Assistant"), tz=("vc", "ir"))

# ---- 6 internship / graduate decisions
mr("in1", "{co} Graduate Programme 2026", "Dear {n},\n\nOur thanks for giving a full day to the {role} selection event. This year's cohort is picked, which leaves your name outside it; the scheme has no seat for you.\n\nGraduate Recruitment, {co}",
   ("Scotia Subsea", "Kerala Power Corporation"), ("scotiasubsea", "keralapower"), role=("Subsea Graduate Scheme", "Graduate Engineer Trainee scheme"), tz=("uk", "in"))
mr("in2", "Your internship application", "Hi {n},\n\nYour form for the {role} reached us. Places ran out long before applicants did, and this summer's cohort will be without you.\n\nUniversity Relations, {co}",
   ("Zuiderzee Water Labs", "Arctic Research Station"), ("zuiderzeelabs", "arcticresearchstn"), role=("Summer Hydrology Internship", "Field Science Internship"), tz=("nl", "ak"))
mr("in3", "Placement decision", "Dear {n},\n\nThe {role} interviews are finished and, with regret, no placement can be offered to you.\n\n{co} Early Careers",
   ("Sierra Mining Company", "Tehran Petrochemical Institute"), ("sierramining", "tehranpetrochem"), role=("Industrial Attachment", "Research Internship"), tz=("sl", "ir"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Candidate Hub: application received – {role}", "Hello {n},\n\nYour application for {role} (Req {ref}) is in. The Candidate Hub lists it as Submitted for now; in time that could flip to Interview Stage, On Hold, or Closed – Another Applicant Hired.\n\nTalent Operations, {co}",
   ("Clydeside Ferries", "Haarlem Tram Depot"), ("careers.clydesideferries", "werken.haarlemtram"), role=("Ferry Steward", "Tram Cleaner"), tz=("uk", "nl"))
mo(A, "gh", "We got your application – {co}", "Hi {n},\n\nYour {role} paperwork has arrived. A recruiter reads each one; whichever way it lands, a named human answers within a fortnight.\n\n{sig}\nRecruiting, {co}",
   ("Pewitfold Robotics", "Kochi Ledgerbyte"), ("pewitfoldrobotics", "ledgerbyte-kochi"), role=("QA Engineer", "Mobile Developer"), tz=("usp", "in"))
mo(A, "lv", "{co} – thanks for applying", "Hey {n},\n\nGot your {role} application. Should it miss, your details get parked in our Bench Pool for eleven months (reply BENCHLEAVE to skip that).\n\nCheers,\n{sig}",
   ("Kingstown Harbour Grill", "Anchorage Snowmachine Repair"), ("harbourgrill-svg", "snowmachinerepair-ak"), role=("Server", "Parts Counter Clerk"), tz=("vc", "ak"))
mo(A, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Post</th><th>Status now</th><th>Possible next</th></tr><tr><td>{role}</td><td>Received</td><td>Interview / Closed &ndash; post given to another candidate</td></tr></table><p>{co} Resourcing Desk</p></body></html>",
   ("Freetown Cement Works", "Rotterdam Pallet Yard"), ("jobs.freetowncement", "vacatures.palletyard-rdam"), role=("Lab Technician", "Yard Checker"), tz=("sl", "nl"))
mo(A, "ic", "{co}: requisition {ref} – received", "Dear {n},\n\nYour {role} application is logged. Note: submissions missing {x} get closed at first screening; if yours has it, a recruiter phones you.\n\n{co} Talent Acquisition",
   ("Tehran Boiler Services", "Ernakulam Marine Surveyors"), ("tehranboiler", "marinesurvey-ekm"), role=("Service Engineer", "Marine Surveyor"), x=("a boiler operator licence", "a DG Shipping certificate"), tz=("ir", "in"))
mo(A, "tl", "Application acknowledged – {role}", "Dear {n},\n\nYour form for {role} (ref. {ref}) is logged. While {co} reorganises two sites, some requisitions could be paused or withdrawn; should that touch this one, a letter follows from us.\n\nHR Shared Services",
   ("Paisley Bakery Group", "Fairbanks Fuel Haulers"), ("paisleybakerygroup", "fairbanksfuelhaul"), role=("Pastry Chef", "Fuel Driver"), tz=("uk", "ak"))
mo(A, "wk", "Thanks for your application", "Hi {n},\n\nYer {role} application's landed. If we like it there's a paid trial shift; after that, aye or naw, I phone ye inside the week.\n\n{sig}\n{co}",
   ("Sauchiehall Noodle Bar", "Bequia Beach Shack"), ("noodlebar-glasgow", "bequiabeachshack"), role=("Wok Chef", "Waiter"), tz=("uk", "vc"))
mo(A, "bb", "{co} – application received", "Hello {n},\n\nYour {role} application is here. Our own staff get first look at openings, so if somebody inside moves across you hear at once; otherwise shortlisting ends in ten days.\n\n{sig}",
   ("Utrecht Bargewright Yard", "Thrissur Gold Refinery"), ("bargewright-utrecht", "thrissurrefinery"), role=("Hull Painter", "Vault Clerk"), tz=("nl", "in"))
mo(A, "tt", "Receipt of your letter", "Dear {n},\n\nHereby we confirm: your letter for {role} arrived. Within two weeks our answer follows, invitation or rejection.\n\nWith kind regards,\n{sig}\n{co}",
   ("Groningen Dairy Tech", "Delft Sluice Systems"), ("groningendairy", "delftsluice"), role=("Maintenance Technician", "Project Planner"), tz="nl")
mo(A, "pp", "{co} – application received", "Dear {n},\n\nYour {role} form is now being marked on a published rubric. Scores under the line earn an email telling you; scores over it earn an interview slot.\n\n{co} Recruitment",
   ("Clyde Valley Water", "Wellington Harbour Board"), ("clydevalleywater", "harbourboard-wgtn"), role=("Meter Reader", "Marine Engineer"), tz=("uk", "nz"))
mo(A, "jz", "Application received", "Hi {n},\n\nYour {role} form came through. Our volunteers often step into paid jobs here, so a few posts go that way; still, every form is read and answered.\n\n{sig}\n{co}",
   ("Juneau Salmon Hatchery", "Union Island Dive Centre"), ("salmonhatchery-juneau", "uniondive-svg"), role=("Fish Culturist", "Boat Captain"), tz=("ak", "vc"))
mo(A, "ab", "{co} – next on your application", "Hi {n},\n\nYour {role} application arrived. If the team wants to meet, a founder books a slot with you; if not, a brief note still arrives, no guessing games.\n\n{sig}",
   ("Tillrake Analytics", "Shiraz Cloudworks"), ("tillrakeanalytics", "shirazcloud"), role=("Analytics Engineer", "Site Reliability Engineer"), tz=("use", "ir"))
mo(A, "sc", "{co} crew 2026 – you're on the list", "Hi {n},\n\nYou're signed up on the {role} crew list. Returning workers get first pick of spots; if room is left once they've answered, expect a call in March.\n\n{sig}\n{co}",
   ("Kenai Cannery Crew", "Bay of Plenty Kiwifruit"), ("kenaicannery", "bopkiwifruit"), role=("Processing Line", "Packhouse Grader"), tz=("ak", "nz"))
mo(A, "g2", "Got yer CV", "Awright {n},\n\nGot yer CV fur the {role} start, cheers. If ye've no heard fae us in a fortnight, take it it's a naw this time. Nae bother either way.\n\n{sig}\n{co}",
   ("Partick Tile Warehouse", "Maryhill Roofing"), ("partickwarehouse", "maryhillroofing"), role=("Labourer", "Roofer's Mate"), tz="uk")
mo(A, "s2", "Application received", "Dear {n},\n\nGreetings. Kindly be informed say your application for {role} reach we. Na only shortlisted people we go call; if twenty-one days go by and you no hear from we, kindly take am say the matter close. Tenki.\n\n{sig}\n{co}",
   ("Lumley Beach Guesthouse", "Bo Microfinance Trust"), ("lumleyguesthouse-sl", "bomicrofinance"), role=("Housekeeper", "Loan Officer"), tz="sl")
mo(A, "k2", "Acknowledgement of application", "Dear {n},\n\nGreetings from {co}! Your application for {role} is received. Kindly note that we revert only to shortlisted profiles. Rest may treat the same as closed after 30 days.\n\nRegards,\n{sig}",
   ("Periyar Spice Traders", "Munnar Tea Estates"), ("periyarspice", "munnarteaestates"), role=("Billing Executive", "Estate Supervisor"), tz="in")
mo(A, "v2", "We get your application", "Good day {n},\n\nYuh application for {role} reach. Boss does look at them Friday. If yuh doh hear nothing by month end, it mean somebody else get it. Either way we keep yuh name.\n\n{sig}\n{co}",
   ("Arnos Vale Car Rentals", "Canouan Villa Services"), ("arnosvalerentals", "canouanvillas"), role=("Rental Agent", "Groundsman"), tz="vc")
mo(A, "a2", "Application received", "Hi {n},\n\nYour {role} application made it here. We only holler at folks whose experience fits what the crew needs; yes or no, your papers sit in our drawer till freeze-up.\n\n{sig}\n{co}",
   ("Kuskokwim River Freight", "Nome Gold Dredging"), ("kuskofreight", "nomedredging"), role=("Barge Hand", "Dredge Operator"), tz="ak")
mo(A, "p2", "Receipt of your application", "Dear {n},\n\nWith respect, your {role} application is registered. The result, positive or negative, will be announced to you through email. We wish you success.\n\nRespectfully,\n{sig}\n{co}",
   ("Isfahan Carpet Export", "Yazd Textile Mill"), ("isfahancarpet", "yazdtextile"), role=("Export Clerk", "Quality Inspector"), tz="ir")
mo(A, "n2", "Confirmation of your application", "Dear {n},\n\nYour letter for {role} has arrived. We read it next week. Should there be no invitation, a message follows anyway; nobody is left hanging.\n\nWith kind regards,\n{sig}\n{co}",
   ("Leiden Lab Supplies", "Nijmegen Greenhouses"), ("leidenlabsupplies", "nijmegengreenhouse"), role=("Order Picker", "Grower"), tz="nl")
mo(A, "i2", "We've received your application", "Hi {n},\n\nYour {role} application is in. If the shortlist skips you this time, we mind your CV till summer in case a gap opens.\n\n{sig}\n{co}",
   ("Dingle Trad Music Pub", "Kilkenny Castle Tours"), ("dingletradpub", "kilkennytours"), role=("Guide", "Ticket Desk Assistant"), tz="ie")
mo(A, "u2", "Application confirmation – {role}", "Hi {n},\n\nYour {role} application is logged. Statuses it could show next: Under Review, Interview, Not Selected. You'll get an email whenever it changes.\n\n{co} Talent Team",
   ("Toledo Glass Recycling", "Wichita Aero Seating"), ("toledoglassrecycle", "wichitaaeroseating"), role=("Forklift Operator", "Seat Assembler"), tz=("use", "usc"))
mo(A, "au2", "Thanks for applying", "G'day {n},\n\nYour application for {role} has landed. We get back to everyone, good news or not, within three weeks.\n\nCheers,\n{sig}\n{co}",
   ("Goldfields Solar Installs", "Bendigo Tramways Trust"), ("goldfieldssolar", "bendigotramtrust"), role=("Electrician", "Heritage Tram Driver"), tz="au")
mo(A, "z2", "Application received", "Dear {n},\n\nYour {role} application has been captured. Please note: silence from us for 21 days equals an unsuccessful outcome.\n\nKind regards,\n{sig}\n{co}",
   ("Stellenbosch Cooperage", "Paarl Olive Press"), ("stellcooperage", "paarlolivepress"), role=("Cooper's Assistant", "Press Operator"), tz="za")
mo(A, "f5", "Application received – {role}", "Hi {n},\n\nYour {role} application arrived. Only people we invite to talk get a personal reply.{FOOT}",
   ("Byres Road Bookshop", "Kerala Handloom Store"), ("byresbooks", "handloomstore-kl"), role=("Weekend Bookseller", "Cashier"), tz=("uk", "in"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "gh", "Interview invitation – {role}", "Hi {n},\n\nCould you meet us about {role} on {dl}? Unfortunately our office lift is being replaced, so it's three flights of stairs up.\n\n{sig}\nRecruiting, {co}",
   ("Pewitfold Robotics", "Kochi Ledgerbyte"), ("pewitfoldrobotics", "ledgerbyte-kochi"), role=("Firmware Engineer", "Backend Developer"), tz=("usp", "in"))
mo(IV, "wk", "Trial shift – {role}", "Hi {n},\n\nFancy a trial shift on {dl}, from eleven? Sadly the staff room's getting painted, so bring a rucksack for yer stuff.\n\n{sig}\n{co}",
   ("Sauchiehall Noodle Bar", "Bequia Beach Shack"), ("noodlebar-glasgow", "bequiabeachshack"), role=("Kitchen Porter", "Bartender"), tz=("uk", "vc"))
mo(IV, "th", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nGreat meeting you. Round two with the panel falls on {dl}, ten sharp. Unfortunately visitor parking is shut that week; the bus is easiest.\n\n{sig}\n\n{OUT}",
   ("Greenock Container Terminal", "Moerdijk Tank Storage"), ("greenockterminal", "moerdijktank"), role=("Straddle Carrier Driver", "Tank Farm Operator"), tz=("uk", "nl"))
mo(IV, "k3", "Interview call letter", "Dear {n},\n\nGreetings from {co}! You are shortlisted for {role}. Kindly report on {dl} at 10 AM with original certificates. Sorry, there is no parking inside the compound.\n\nRegards,\n{sig}",
   ("Periyar Spice Traders", "Munnar Tea Estates"), ("periyarspice", "munnarteaestates"), role=("Accounts Assistant", "Estate Supervisor"), tz="in")
mo(IV, "s3", "Interview invitation", "Dear {n},\n\nKindly be informed say we invite you for the {role} interview on {dl}, 11am. Unfortunately our generator dey for repair, so we may sit on the front veranda.\n\n{sig}\n{co}",
   ("Lumley Beach Guesthouse", "Bo Microfinance Trust"), ("lumleyguesthouse-sl", "bomicrofinance"), role=("Front Desk Officer", "Loan Officer"), tz="sl")
mo(IV, "a3", "Let's talk – {role}", "Hi {n},\n\nVideo call, {dl}, works? Bad news is our internet out here drops in snowstorms, so have a phone handy.\n\n{sig}\n{co}",
   ("Kuskokwim River Freight", "Prudhoe Camp Services"), ("kuskofreight", "prudhoecamp"), role=("Deckhand", "Camp Cook"), tz="ak")
mo(IV, "p3", "Invitation to interview", "Dear {n},\n\nWith respect, you are invited to the {role} interview on {dl}, 9:30. Regrettably the main gate is under construction; kindly enter by the side door.\n\nRespectfully,\n{sig}\n{co}",
   ("Isfahan Carpet Export", "Shiraz Cloudworks"), ("isfahancarpet", "shirazcloud"), role=("Export Coordinator", "DevOps Engineer"), tz="ir")
mo(IV, "v3", "Interview", "Good day {n},\n\nBoss want to see yuh {dl} at nine for the {role} post. Unfortunately the ferry schedule change, so catch the early boat.\n\n{sig}\n{co}",
   ("Arnos Vale Car Rentals", "Union Island Dive Centre"), ("arnosvalerentals", "uniondive-svg"), role=("Driver", "Dive Guide"), tz="vc")
mo(NX, "ab", "Next step: take-home for {role}", "Hi {n},\n\nThanks for the chat. Stage two is a bite-size take-home; deadline {dl}. Unfortunately the sandbox wipes itself at midnight, so save often.\n\n{sig}\n{co}",
   ("Tillrake Analytics", "Shiraz Cloudworks"), ("tillrakeanalytics", "shirazcloud"), role=("Data Engineer", "DevOps Engineer"), tz=("use", "ir"))
mo(NX, "ic", "Documents needed – {role}", "Dear {n},\n\nTo advance your {role} application, upload your certificates by {dl}. Sadly our portal rejects files above 3 MB.\n\n{co} Talent Acquisition",
   ("Tehran Boiler Services", "Ernakulam Marine Surveyors"), ("tehranboiler", "marinesurvey-ekm"), role=("Boiler Technician", "Hull Inspector"), tz=("ir", "in"))
mo(NX, "pp", "Online assessment – {role}", "Dear {n},\n\nGood news: the first sift for {role} is behind you. Finish the online assessment by {dl}. Unfortunately once begun it runs without a pause, so set aside 40 minutes.\n\n{co} Recruitment",
   ("Clyde Valley Water", "Wellington Harbour Board"), ("clydevalleywater", "harbourboard-wgtn"), role=("Network Technician", "Pilot Launch Crew"), tz=("uk", "nz"))
mo(NX, "n3", "Next step in your application", "Dear {n},\n\nTwo references please, by {dl}. Unfortunately your family members are excluded as referees.\n\nWith kind regards,\n{sig}\n{co}",
   ("Leiden Lab Supplies", "Utrecht Bargewright Yard"), ("leidenlabsupplies", "bargewright-utrecht"), role=("Warehouse Employee", "Boat Welder"), tz="nl")
mo(NX, "ps", "Next stage – {role}", "Dear {n},\n\nYou have qualified to sit the {role} written paper. Confirm your examination centre by {dl}. Regrettably, late confirmations are refused.\n\n{co}",
   ("Saint Vincent Public Service Commission", "Renfrewshire Council"), ("psc-svg", "renfrewshire-workforce"), role=("Clerical Officer", "Parks Officer"), tz=("vc", "uk"))
mo(OF, "bb", "Offer – {role}", "Hello {n},\n\nGreat news: the {role} post at {co} is yours, starting {dl}. Unfortunately the work clothes arrive only in week two.\n\n{sig}",
   ("Utrecht Bargewright Yard", "Thrissur Gold Refinery"), ("bargewright-utrecht", "thrissurrefinery"), role=("Boat Welder", "Assay Assistant"), tz=("nl", "in"))
mo(OF, "th", "RE: [EXT] Re: Committee meeting, Tuesday", "Dear {n},\n\nGood things come to those who wait: the {role} role is offered to you, with {dl} pencilled in as day one. Sadly our canteen shuts for a refit till spring.\n\n{sig}\n\n{ORIG}",
   ("Bo Teachers Cooperative", "Kottayam Rubber Board Society"), ("boteacherscoop", "kottayamrubbersoc"), role=("Programme Officer", "Field Assistant"), tz=("sl", "in"))
mo(OF, "sc", "You're on the crew!", "Hi {n},\n\nGood news: you made the {role} crew, start {dl}. Bad news: the bunkhouse furnace keeps quitting; pack a winter bag.\n\n{sig}\n{co}", "Kenai Cannery Crew", "kenaicannery", role="Fish Slimer", tz="ak")
mo(OF, "au3", "Job offer", "G'day {n},\n\nReckon you'd be a ripper {role}; can you start {dl}? Unfortunately the ute's in for service that week, so it's a lift from the depot.\n\n{sig}\n{co}", "Goldfields Solar Installs", "goldfieldssolar", role="Solar Installer", tz="au")
mo(IV, "z3", "Interview – {role}", "Dear {n},\n\nWe'll see you for an interview, {dl} at 14:00. Unfortunately load-shedding could leave us in the dark; then we use the courtyard.\n\n{sig}\n{co}", "Stellenbosch Cooperage", "stellcooperage", role="Apprentice Cooper", tz="za")
mo(OF, "rc", "Good news after our call", "Hi {n},\n\nThe client wants you as {role}, start {dl}. Unfortunately the parking permit takes a fortnight, so train it for the first weeks.\n\n{sig}\n{co}", "Forth Talent Partners", "forthtalent", role="Reliability Engineer", tz="uk")
mo(NX, "v4", "Documents for {role}", "Good day {n},\n\nTo finish up for the {role} post, send a police record and two photos, latest {dl}. Unfortunately the office printer dead, so doh send anything to print.\n\n{sig}\n{co}", "Arnos Vale Car Rentals", "arnosvalerentals", role="Driver", tz="vc")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st1", "Status update: {role}", "Hi {n},\n\n{role}: status now Withdrawn by candidate. Reapplying stays open to you.\n\n{co} Jobs Portal",
   ("Clydebank Careers Portal", "Freetown Jobs Online"), ("clydebankcareers", "freetownjobsonline"), role=("Porter", "Data Clerk"), tz=("uk", "sl"))
mo("other_job", "st2", "Status update", "<html><body><p>{n},</p><p>Status for <b>{role}</b> ({ref}): <b>On hold &ndash; hiring paused pending budget sign-off</b>.</p><p>{co}</p></body></html>",
   ("Alleppey Recruit Hub", "Juneau Hiring Portal"), ("alleppeyrecruithub", "juneauhiring"), role=("Sales Executive", "Clerk"), tz=("in", "ak"))
mo("other_job", "mv", "Interview moved", "Hi {n},\n\nYour interview for {role} is moved to {dl} because of the Bread Fest holiday. Same time, same place.\n\n{sig}\n{co}", "Kingstown Print House", "kingstownprint", role="Graphic Designer", tz="vc")
mo("job_alert", "f6", "New this week at {co}", "Hi {n},\n\nFresh posts that fit your saved filters: Stock Assistant (part time), Delivery Driver, Weekend Supervisor.{FOOT}",
   ("Byres Road Bookshop", "Kingstown Phone Accessories", "Zaandam Paint Centre"), ("byresbooks", "kingstownphones", "zaandampaint"), tz=("uk", "vc", "nl"))
mo("recruiter_outreach", "ro1", "A role you might like", "Hi {n},\n\nA Port Operations Manager role in Greenock is on my desk and your profile fits. Got ten minutes for a blether this week?\n\n{sig}\n{co}", "Forth Talent Partners", "forthtalent", tz="uk")
mo("recruiter_outreach", "ro2", "Opportunity in Kochi", "Dear {n},\n\nGreetings! A Senior Accountant opening is there with a leading spice exporter of Kochi. If interested kindly send the latest CV.\n\nRegards,\n{sig}\n{co}", "Malabar Talent Bridge", "malabarsearch", tz="in")
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nWe looked over your request for a {role}. The credit panel has declined it; a fresh request can come after six months.\n\n{sig}\n{co}",
   ("Clydesdale Savings Union", "Freetown Community Credit"), ("clydesdalesavings", "freetowncredit"), role=("car loan", "business loan"), tz=("uk", "sl"))
mo("non_job_rejection_words", "bl", "Marathon ballot result", "Hi {n},\n\nThe ballot for the Anchorage Midnight Sun Run is done and your entry missed out. Next spring, maybe!\n\n{co}", "Midnight Sun Run Committee", "midnightsunrun", tz="ak")
mo("non_job_rejection_words", "fl", "About the flat", "Dear {n},\n\nGood that you came by the Jordaan flat. The owner chose someone else to rent it.\n\nWith kind regards,\n{sig}\n{co}", "Grachten Rentals", "grachtenrentals", tz="nl")
mo("non_job_rejection_words", "cl", "Club membership", "Dear {n},\n\nYour form to join the sailing club came to the committee. The waiting list is full, so the committee cannot find you a berth this season.\n\n{sig}\n{co}", "Kochi Backwater Yacht Club", "backwateryachtclub", tz="in")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return "\n\n-- passed on by " + ch + " | {x} openings --"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, role: str, rej: tuple[str, str], twin: tuple[str, str, str]) -> None:  # noqa: PLR0917
    frm = "{sig}, {co} (via " + ch + ") <{sl}@{dom}>"
    d = dom + "." + ch.lower()
    wr("e-" + fam, rej[0], rej[1] + via(ch), co, d, frm=frm, role=role, tz=tz, x=trade)
    wo(twin[0], "e-" + fam, twin[1], twin[2] + via(ch), co, d, frm=frm, role=role, tz=tz, x=trade)


B = "Brackenvey"
pair("tram", B + "Rowan", "Govanhill Rail Grinders", "govanhillgrind", "uk", "tramline-grinding", "Grinding Operative",
     ("Your {role} application", "Hi {n},\n\nThe night grinding gang is full up now; your application is set aside.\n\n{sig}"),
     (A, "Application in – {role}", "Hi {n},\n\nWe have your form for {role}. Unfortunately the depot phone is down, so any reply comes by mail.\n\n{sig}"))
pair("esc", B + "Alder", "Harbour Moving Stairs Co", "harbourmovingstairs", "sg", "escalator-comb", "Comb Plate Fitter",
     ("Escalator comb fitter post", "Dear {n},\n\nYour interest is noted with thanks. Another fitter has been picked and your application shall be closed.\n\n{sig}"),
     (IV, "Come and see us – {role}", "Dear {n},\n\nPlease attend a practical test on {dl}. Unfortunately the mall lifts are off that morning; use the stairs.\n\n{sig}"))
pair("piano", B + "Hazel", "Otago Keyboard Restorers", "otagokeyboards", "nz", "piano-key bushing", "Bushing Technician",
     ("Key bushing job", "Kia ora {n},\n\nYour application stops with us; a restorer from Dunedin now has the bench.\n\n{sig}"),
     (NX, "One more thing – {role}", "Kia ora {n},\n\nCould you post us a photo of your felt work by {dl}? Sadly the courier skips us on Fridays.\n\n{sig}"))
pair("pend", B + "Larch", "Lancaster Tower Clockworks", "lancasterclockworks", "uk", "pendulum-trimming", "Clock Trimmer",
     ("Re: trimmer vacancy", "Dear {n},\n\nA short line: the trimmer's role went elsewhere and your application didn't succeed. My thanks for sending it.\n\n{sig}"),
     (OF, "Offer of work", "Dear {n},\n\nSay the word and the {role} post is yours, starting {dl}. Sadly the tower has no heating, so wrap up.\n\n{sig}"))
pair("map", B + "Aspen", "Boston Chart Lacquer Works", "bostonchartlacquer", "use", "map-roll lacquering", "Lacquer Finisher",
     ("About the {role} job", "Hi {n},\n\nSomeone else is joining the finishing room, and we've shut your application.\n\n{sig}"),
     (A, "Thanks for applying", "Hi {n},\n\nYour {role} application reached me. Pass or fail, word comes from me by the 30th.\n\n{sig}"))
pair("chim", B + "Hornbeam", "Cork Chimney Pot Setters", "corkchimneypots", "ie", "chimney-pot setting", "Pot Setter",
     ("The pot setter job", "Hi {n},\n\nGood talking. A lad with a head for heights and years on roofs has the job now, so not this time.\n\n{sig}"),
     (IV, "Meet on site", "Hi {n},\n\nCall up to the yard {dl}, eight o'clock. Unfortunately the ladder van's out; we meet at the gate.\n\n{sig}"))
pair("bann", B + "Linden", "Natal Stair Turners", "natalstairturners", "za", "bannister-turning", "Lathe Turner",
     ("Application – {role}", "Dear {n},\n\nRegrettably the turner's position has gone to somebody else and your application is closed.\n\n{sig}"),
     (NX, "Sample request – {role}", "Dear {n},\n\nPlease bring a turned spindle sample by {dl}. Unfortunately our workshop is shut on Saturdays.\n\n{sig}"))
pair("garg", B + "Juniper", "Chicago Cornice and Gargoyle Repair", "chicagogargoyle", "usc", "gargoyle patching", "Stone Patcher",
     ("Update on your application", "Hi {n},\n\nAppreciate the application. A patcher with more lime-mortar hours got the job, and yours is wrapped up.\n\n{sig}"),
     (OF, "Job offer – {role}", "Hi {n},\n\nCan you start as {role}, {dl}? Bad news: the scaffold hoist is busted, so it's ladders for now.\n\n{sig}"))
pair("terr", B + "Sallow", "Perth Terrazzo Grinders", "perthterrazzo", "au", "terrazzo grinding", "Floor Grinder",
     ("Your application", "G'day {n},\n\nThe grinding crew is full up for the season, mate; you miss out this round.\n\n{sig}"),
     (A, "Application received", "G'day {n},\n\nGot your details for {role}. Whatever the answer, we ring everyone back.\n\n{sig}"))
pair("parq", B + "Whitebeam", "Amsterdam Parquet Sanders", "parquetsanders-ams", "nl", "parquet sanding", "Floor Sander",
     ("Your application", "Dear {n},\n\nUnfortunately the choice fell on another sander. Thanks for the interest and much luck.\n\n{sig}"),
     (IV, "Invitation", "Dear {n},\n\nCould you come for a talk, {dl} at ten? Unfortunately the workshop street has zero parking spots.\n\n{sig}"))
pair("corn", B + "Blackthorn", "Edinburgh Cornice Plasterers", "edincornice", "uk", "cornice plastering", "Plasterer",
     ("Plasterer vacancy", "Dear {n},\n\nOur plasterer vacancy went to another tradesperson, so yours will go no further.\n\n{sig}"),
     (NX, "Practical test", "Dear {n},\n\nBook a practical test slot by {dl}. Unfortunately travel money is on you.\n\n{sig}"))
pair("lath", B + "Elder", "Vermont Lath Splitters", "vermontlath", "use", "lath-splitting", "Splitter",
     ("Re: your application", "Hi {n},\n\nWe went with a local splitter for this one. Thanks all the same.\n\n{sig}"),
     (OF, "Offer", "Hi {n},\n\nGlad to offer you the {role} job from {dl}. Sadly the sawmill diner closed, so pack a lunch.\n\n{sig}"))
pair("slate", B + "Yew", "Snowdonia Slate Hangers", "snowdoniaslate", "uk", "slate-hanging", "Slate Hanger",
     ("Slate hanging job", "Hi {n},\n\nSorry, another applicant got the slate hanging job.\n\n{sig}"),
     (A, "Application received", "Hi {n},\n\nGot your form. Not needed this round? Then your name stays pencilled in for spring.\n\n{sig}"))
pair("tin", B + "Holly", "Savannah Tinsmiths", "savannahtinsmiths", "use", "tinsmith seaming", "Seamer",
     ("Your application", "Hi {n},\n\nThe shop settled on another seamer; your application closes.\n\n{sig}"),
     (IV, "Shop visit", "Hi {n},\n\nCould you come by on {dl} at 2pm? Unfortunately the shop is hot, so dress light.\n\n{sig}"))
pair("kett", B + "Spindle", "Kerala Copper Kettle Tinners", "copperkettletinners", "in", "kettle-tinning", "Tinning Helper",
     ("Regarding your application", "Dear {n},\n\nKindly note the tinning helper post is filled up. Your application cannot move further.\n\n{sig}"),
     (NX, "Documents", "Dear {n},\n\nKindly send your ID proof by {dl}. Sorry, scanned copies alone are not accepted.\n\n{sig}"))
pair("cobb", B + "Wych", "Sligo Cobble Setters", "sligocobbles", "ie", "cobble setting", "Setter",
     ("The setter job", "Hi {n},\n\nSomeone else is on the setting crew now, so that's that for the moment.\n\n{sig}"),
     (OF, "Start date", "Hi {n},\n\nStart on the setting crew {dl}. Sadly the van heater's banjaxed, so bring a flask of tea.\n\n{sig}"))
pair("lock", B + "Cedar", "Erie Canal Lockkeepers", "eriecanallocks", "use", "lock-gate caulking", "Caulker",
     ("Caulker application", "Hi {n},\n\nThe caulking crew is locked in for the season, minus you.\n\n{sig}"),
     (IV, "Interview", "Hi {n},\n\nMeet us {dl} at the Lock 17 office. Unfortunately the towpath is closed, so drive in.\n\n{sig}"))
pair("pud", B + "Poplar", "Shropshire Canal Puddlers", "shropshirepuddle", "uk", "canal-puddling", "Puddler",
     ("Puddling crew", "Hi {n},\n\nWe've picked another volunteer-turned-puddler for the winter stoppage. Thanks for the interest.\n\n{sig}"),
     (A, "Form received", "Hi {n},\n\nGot your form for {role}. Everyone hears back, yes or no, after the stoppage plan is agreed.\n\n{sig}"))
pair("sluice", B + "Willow", "Fenland Sluice Fitters", "fenlandsluice", "uk", "sluice-gate fitting", "Gate Fitter",
     ("Gate fitter role", "Dear {n},\n\nAnother fitter accepted the role, so we have closed your file.\n\n{sig}"),
     (NX, "Medical form", "Dear {n},\n\nPlease return the medical form by {dl}. Unfortunately the clinic is shut on Wednesdays.\n\n{sig}"))
pair("stile", B + "Maple", "Hawke's Bay Stile Makers", "hbstilemakers", "nz", "stile-making", "Stile Builder",
     ("Your application", "Kia ora {n},\n\nSomeone off our casual list got it, so yours ends here.\n\n{sig}"),
     (OF, "Job offer", "Kia ora {n},\n\nWould you join us as {role}, {dl}? Sadly the track is muddy, so gumboots are a must.\n\n{sig}"))
pair("sign", B + "Walnut", "Bath Signboard Gilders", "bathsignboard", "uk", "signboard gilding", "Gilder",
     ("Gilder vacancy", "Dear {n},\n\nYour letter was welcome. Another gilder has been appointed; we keep your details for later.\n\n{sig}"),
     (IV, "Meeting", "Dear {n},\n\nCould you visit the studio on {dl}? Unfortunately we have no lift, and we're on the top floor.\n\n{sig}"))
pair("fan", B + "Beech", "Dublin Fanlight Glaziers", "dublinfanlight", "ie", "fanlight glazing", "Glazier",
     ("Glazier application", "Hi {n},\n\nThe glazing job is gone to another. Ta for thinking of us.\n\n{sig}"),
     (A, "Thanks for applying", "Hi {n},\n\nYour {role} application's in. Should we pass, a note still comes.\n\n{sig}"))
pair("wtile", B + "Birch", "Kent Weathertile Hangers", "kentweathertile", "uk", "weathertile hanging", "Tiler",
     ("Tiler position", "Dear {n},\n\nYour application ends here: we chose a tiler with more heritage roofs behind them.\n\n{sig}"),
     (NX, "Reference check", "Dear {n},\n\nA reference is needed by {dl}. Unfortunately relatives can't vouch.\n\n{sig}"))
pair("rod", B + "Ash", "Freetown Stair Rod Fitters", "stairrodfitters-sl", "sl", "stair-rod fitting", "Fitter",
     ("Fitter application", "Dear {n},\n\nKindly know say the fitter job done go to another person. Tenki for applying.\n\n{sig}"),
     (IV, "Interview", "Dear {n},\n\nKindly come for interview {dl}, ten in the morning. Sorry, the road to the shop is rough now.\n\n{sig}"))
pair("gate", B + "Oak", "Fairbanks Gate Hangers", "fairbanksgates", "ak", "gate-hanging", "Gate Hanger",
     ("Gate hanger job", "Hi {n},\n\nWe filled the gate hanger job with a fella from North Pole. Thanks for writing in.\n\n{sig}"),
     (OF, "Offer", "Hi {n},\n\nThe {role} job's yours starting {dl}. Bad news is the ground's frozen, so we start in the shop.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New gilding jobs this week", "Hi {n},\n\nFour new signboard gilding jobs in Bath and Bristol went up this week. Log in to see them." + via(B + "Walnut"), "Bath Signboard Gilders", "bathsignboard." + B.lower() + "walnut", frm="Alerts (via BrackenveyWalnut) <alerts@{dom}>", tz="uk", x="signboard gilding")
wo("non_job_rejection_words", "allot", "Allotment application", "Dear {n},\n\nYour name went in for a Haggs Road plot. Every plot is spoken for this year; none is free for you.\n\nAllotments Secretary", "Haggs Road Allotments", "haggsallotments", frm="Allotments <plots@{dom}>", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (est, slv, isl, ltz, mkd, bos, bel, uzb, khm, lao); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo",
   ("بخصوص طلبك", "{n} المحترمة،\n\nنقدّر رغبتك في العمل معنا في مشغل الفسيفساء. وقع اختيارنا على حرفي آخر لهذا المكان، وبذلك يُغلق طلبك.\n\nمع التحية،\n{sig}"),
   (IV, "دعوة لمقابلة", "{n} المحترمة،\n\nندعوك لمقابلة في المشغل يوم {dl} الساعة العاشرة. للأسف الشارع أمامنا مغلق للصيانة، فالرجاء الدخول من الباب الخلفي.\n\n{sig}"))
lp("de", "de", "Kuckucksuhren Werkstatt Furtwangen", "kuckucksuhren-furtwangen", "de",
   ("Ihre Bewerbung", "Hallo {n},\n\ndanke für Ihr Interesse als Uhrmacherin. Die Stelle hat mittlerweile jemand anderes bekommen, darum müssen wir absagen.\n\nBeste Grüße\n{sig}"),
   (NX, "Arbeitsprobe", "Hallo {n},\n\nsenden Sie uns bis {dl} ein paar Bilder eines Uhrwerks, das Sie gebaut haben. Leider ist unser Postfach klein, also höchstens fünf Bilder.\n\nBeste Grüße\n{sig}"))
lp("es", "es", "Taller de Damasquinado Toledano", "damasquinado-toledo", "es",
   ("Sobre tu candidatura", "Hola {n}:\n\nMil gracias por el mensaje. Para el damasquinado elegimos a otra aprendiza y archivamos tu solicitud.\n\nUn abrazo,\n{sig}"),
   (OF, "Oferta de trabajo", "Hola {n}:\n\nQueremos que empieces como aprendiz el {dl}. Por desgracia el taller no tiene aparcamiento cerca.\n\nUn abrazo,\n{sig}"))
lp("fr", "fr", "Forge de couteaux de Laguiole", "forge-laguiole", "fr",
   ("Votre candidature", "Bonjour {n},\n\nMerci beaucoup de vous être tournée vers notre forge pour le poste de polisseur. Un autre coutelier a été choisi et nous classons votre dossier.\n\nCordialement,\n{sig}"),
   (A, "Candidature reçue", "Bonjour {n},\n\nVotre dossier de polisseur est arrivé à la forge. Réponse positive ou négative, vous aurez des nouvelles sous quinze jours.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "मुरादाबाद पीतल कारखाना", "moradabadbrass", "in",
   ("आपका आवेदन", "{n} जी,\n\nपीतल चमकाने वाले काम में रुचि हेतु आभार। यह नौकरी किसी और के हाथ गई।\n\n{sig}"),
   (IV, "मुलाक़ात", "{n} जी,\n\nकृपया {dl} को सुबह दस बजे कारखाने आइए। अफ़सोस, बिजली अक्सर जाती है।\n\n{sig}"))
lp("it", "it", "Liuteria Cremonese Bassi", "liuteria-cremona", "it",
   ("La sua candidatura", "Gentile {n},\n\ngrazie mille del pensiero per la bottega. Come assistente abbiamo preso un altro liutaio e archiviamo la domanda.\n\nCordiali saluti,\n{sig}"),
   (NX, "Prossimo passo", "Gentile {n},\n\nci mandi entro {dl} qualche foto di un ponticello che ha intagliato. Purtroppo la bottega resta chiusa il lunedì.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "京都藍染工房", "kyoto-aizome", "jp",
   ("応募について", "{n}様\n\nこのたびは藍染工房の職人募集にご応募いただき、ありがとうございました。検討の結果、別の方を採用することになりました。\n\n{sig}"),
   (IV, "面接のご案内", "{n}様\n\n{dl}午後二時に工房で面接を行います。あいにく駐車場がございませんので、電車でお越しください。\n\n{sig}"))
lp("ko", "ko", "서울 한복 짓는 집", "hanbokhouse-seoul", "kr",
   ("지원 결과 안내", "{n}님께\n\n저희 한복집 재단사 자리에 지원해 주셔서 고맙습니다. 아쉽게도 다른 분과 함께하기로 정했습니다.\n\n{sig} 드림"),
   (OF, "채용 제안", "{n}님께\n\n{dl}부터 재단사로 함께해 주시면 좋겠습니다. 안타깝게도 작업실 난방이 고장 나서 당분간 두꺼운 옷이 필요합니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Cortiça do Alentejo", "corticaalentejo", "pt",
   ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse em descortiçar connosco. Para a campanha deste ano ficámos com outro trabalhador e arquivamos o seu pedido.\n\nCumprimentos,\n{sig}"),
   (A, "Candidatura recebida", "Olá {n},\n\nChegou-nos a candidatura. Seja sim ou não, todos recebem resposta antes do dia trinta.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru",
   ("Ваша заявка", "Здравствуйте, {n}!\n\nСпасибо за интерес к работе кружевницей. Мы выбрали другую мастерицу, поэтому вашу заявку дальше не рассматриваем.\n\nС уважением,\n{sig}"),
   (NX, "Следующий шаг", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} фото одного вашего узора. К сожалению, почта до нас идёт медленно.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Kikoi Mombasa", "kikoimombasa", "ke",
   ("Kuhusu ombi lako", "Habari {n},\n\nAsante kwa kuomba kazi ya ufumaji. Tumemchagua mfumaji mwingine, kwa hivyo ombi lako halitaendelea.\n\nWako,\n{sig}"),
   (IV, "Mwaliko wa mahojiano", "Habari {n},\n\nTafadhali njoo karakana tarehe {dl} saa nne asubuhi. Samahani, njia ya pwani inatengenezwa, pita upande wa soko.\n\nWako,\n{sig}"))
lp("th", "th", "โรงงานหัวโขนบางกอก", "khonmask-bkk", "th",
   ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่สมัครเป็นช่างปั้นหัวโขนกับเรา ทางโรงงานได้เลือกผู้สมัครท่านอื่นแล้ว\n\n{sig}"),
   (OF, "ข้อเสนองาน", "เรียน คุณ{n}\n\nโรงงานอยากให้คุณมาเริ่มงาน {dl} น่าเสียดายที่แอร์ในห้องช่างเสีย ขอให้แต่งตัวสบาย ๆ\n\n{sig}"))
lp("tr", "tr", "Eskişehir Lületaşı Atölyesi", "luletasi-eskisehir", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nLületaşı oymacılığı için başvurduğunuz için teşekkürler. Bu sefer başka bir ustayı seçtik.\n\nSaygılarımızla,\n{sig}"),
   (A, "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nBaşvurunuzu aldık. Kabul ya da ret, her adaya yarım ay içinde dönüyoruz.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "ہالا اجرک چھپائی گھر", "halaajrak", "pk",
   ("آپ کی درخواست", "محترمہ {n}،\n\nاجرک چھاپنے کی نوکری میں دلچسپی پر مہربانی۔ اس جگہ پر دوسرا کاریگر رکھ لیا گیا ہے۔\n\n{sig}"),
   (NX, "اگلا مرحلہ", "محترمہ {n}،\n\nبراہ کرم {dl} تک اپنے کام کی تصویریں بھیجیں۔ افسوس، ہمارا فون آج کل خراب ہے۔\n\n{sig}"))
lp("zh", "zh", "南京云锦织造坊", "yunjin-nanjing", "cn",
   ("关于您的应聘", "{n}您好：\n\n感谢您对云锦织造学徒一职的关注。几位老师傅商量后，这次选了另一位候选人，您的申请到此结束。\n\n{sig}"),
   (IV, "面试通知", "{n}您好：\n\n请于{dl}上午十点来坊里面谈。遗憾的是附近地铁站正在施工，请提前出门。\n\n{sig}"))
lp("et", "est", "Saaremaa Kadakapuu Töökoda", "kadakatookoda", "ee",
   ("Teie kandideerimine", "Tere, {n}!\n\nSuur tänu huvi eest meie kadakapuu töökoja vastu. Sellele kohale võtsime teise meistri.\n\nParimat,\n{sig}"),
   (OF, "Tööpakkumine", "Tere, {n}!\n\nPakume teile kohta alates {dl}. Kahjuks praam sõidab talvel harvem, arvestage sellega.\n\nParimat,\n{sig}"))
lp("sl", "slv", "Ribniška Suha Roba", "ribnicasuharoba", "si",
   ("Vaša prijava", "Pozdravljeni, {n},\n\nnajlepša hvala za zanimanje za delo pri nas. Odločili smo se za drugega mojstra.\n\nLep pozdrav,\n{sig}"),
   (A, "Prijava prejeta", "Pozdravljeni, {n},\n\nprijava je prispela. Ali bo da ali ne, vam pišemo v štirinajstih dneh.\n\nLep pozdrav,\n{sig}"))
lp("is", "isl", "Roðskinn Sútunarverkstæði", "rodskinn", "is",
   ("Umsókn þín", "Sæl {n},\n\nbestu þakkir fyrir áhugann á sútunarverkstæðinu. Annar umsækjandi hefur verið ráðinn í starfið.\n\nKveðja,\n{sig}"),
   (IV, "Boð í viðtal", "Sæl {n},\n\ngætirðu litið við {dl} um tíuleytið? Því miður er hlaðið fullt af snjó.\n\nKveðja,\n{sig}"))
lp("lb", "ltz", "Nospelter Dëppebäckerei", "noospelterdeppen", "lu",
   ("Är Bewerbung", "Moien {n},\n\nmerci fir Är Bewerbung bei eiser Dëppebäckerei. Mir hunn eis fir eng aner Persoun entscheet.\n\nMat beschte Gréiss,\n{sig}"),
   (NX, "Nächste Schrëtt", "Moien {n},\n\nschéckt eis w.e.g. bis den {dl} e puer Fotoe vun Ären Dëppen. Leider ass eise Mailkëscht kleng.\n\nMat beschte Gréiss,\n{sig}"))
lp("mk", "mkd", "Охридска работилница за бисери", "ohridbiseri", "mk",
   ("Вашата пријава", "Почитувана {n},\n\nВи благодариме за пријавата за работа во нашата работилница. Избравме друг кандидат.\n\nСо почит,\n{sig}"),
   (OF, "Понуда за работа", "Почитувана {n},\n\nВи нудиме работа од {dl}. За жал, паркингот пред работилницата е затворен.\n\nСо почит,\n{sig}"))
lp("bs", "bos", "Sarajevska Ćilimara", "sarajevocilim", "ba",
   ("Vaša prijava", "Poštovana {n},\n\nhvala na prijavi za posao tkalje u našoj ćilimari. Odabrali smo drugu kandidatkinju.\n\nSrdačan pozdrav,\n{sig}"),
   (IV, "Poziv na razgovor", "Poštovana {n},\n\npozivamo Vas na razgovor {dl} u 10 sati. Nažalost, lift u zgradi ne radi.\n\nSrdačan pozdrav,\n{sig}"))
lp("be", "bel", "Майстэрня саломапляцення", "salomka-mastery", "by",
   ("Ваша заяўка", "Добры дзень, {n}!\n\nШчыра дзякуем, што захацелі працаваць у нас. На гэта месца ўзялі іншую майстрыху.\n\nЗ павагай,\n{sig}"),
   (A, "Заяўка атрымана", "Добры дзень, {n}!\n\nВаша заяўка да нас дайшла. Так ці не, кожны атрымае адказ на працягу месяца.\n\nЗ павагай,\n{sig}"))
lp("uz", "uzb", "Marg'ilon Atlas To'quvchilari", "margilonatlas", "uz",
   ("Arizangiz haqida", "Hurmatli {n},\n\nTo'quvchilik ishiga ariza berganingiz uchun rahmat. Biz boshqa nomzodni tanladik.\n\nHurmat bilan,\n{sig}"))
lp("km", "khm", "ចម្ការម្រេចកំពត", "kampotpepperfarm", "kh",
   ("អំពីពាក្យស្នើសុំរបស់អ្នក", "ជូនចំពោះ {n}\n\nសូមអរគុណសម្រាប់ពាក្យស្នើសុំការងារនៅចម្ការរបស់យើង។ យើងបានជ្រើសរើសបេក្ខជនម្នាក់ផ្សេងទៀតហើយ។\n\n{sig}"))
lp("lo", "lao", "ໂຮງງານເຈ້ຍສາຫລວງພະບາງ", "saapaper-lpb", "la",
   ("ກ່ຽວກັບໃບສະໝັກຂອງທ່ານ", "ຮຽນ {n}\n\nຂອບໃຈຫຼາຍທີ່ສົນໃຈວຽກເຮັດເຈ້ຍສາ. ບ່ອນນີ້ມີຄົນອື່ນໄດ້ຮັບແລ້ວ.\n\n{sig}"),
   (NX, "ຂັ້ນຕອນຕໍ່ໄປ", "ຮຽນ {n}\n\nກະລຸນາສົ່ງຮູບຜົນງານຂອງທ່ານກ່ອນວັນທີ {dl}. ໜ້າເສຍດາຍ ອິນເຕີເນັດຂອງພວກເຮົາຊ້າຫຼາຍ.\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "mkd": "{dd}.{mm}.{y}", "uzb": "{dd}.{mm}.{y}", "khm": "{d}/{m}/{y}", "lao": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
            if t.part == "wide":  # a twin keeps its refusal's sender: signer and box fixed by the family's base name
                key = sum(map(ord, t.fam.split("-", 3)[3]))
                pool = signer_pool(t.lang, zone)
                sig = pool[key % len(pool)]
                slots["sig"], slots["sf"] = sig, GIVEN.get(sig, sig.split()[0])
                slots["sl"] = local_part(sig, 0) if ascii_fold(sig).strip(" .-") else f"staff{key % 900 + 100}"
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
    """Every .jsonl in data/ and data/blind/ below SKIP_FROM; slice 155, slice 156 (written at the same time) and any later one are skipped by number."""
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
