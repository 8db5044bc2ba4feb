# ruff: noqa: E501, S311
"""Write the two-hundred-and-eleventh sealed blind slice for issue 11 (blind-slice-211.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 211; slice 211, slice 212 and later never read; our side printed)
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

SEED = 2112112
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-211.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 211
SKIP_FROM = 211  # this slice, slice 212 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Eilidh MacRitchie", "Faustino Chissano", "Snehal Kulkarni", "Telesia Paeniu", "Lyndon Kowalchuk",
    "Aigul Yulmukhametova", "Nthatuoa Mokoena", "Ruairi Dinneen", "Jolene Sawatzky", "Nirmiti Deshpande",
    "Celestino Macuácua", "Lusia Tafia", "Kinsey Halvorsen", "Zarina Ishbulatova", "Thabang Letsie",
    "Morven Urquhart", "Amélia Sitoe", "Yashodhan Jadhav", "Siaosi Tealei", "Darcy Lindgren",
    "Ilnur Gabdrakhmanov", "Nthabiseng Mofokeng", "Saoirse Cleary", "Tavita Pule", "Rashmi Bhalerao",
    "Torquil Fraser-Ross", "Leocádia Mabunda", "Kirralee Rennick", "Rinat Sagitov", "Keitumetse Moloi",
    "Annelise Brouwer", "Maddox Quill", "Ngaio Parata", "Fiachra Fennelly", "Jacinta Rolleston",
]
REGION_SIGNERS = {
    "bi": ["Catriona Munro", "Angus Mackenzie", "Iona Matheson", "Fergus MacLennan"],
    "mz": ["Helder Cossa", "Graça Mondlane", "Ernesto Nhantumbo"],
    "ab": ["Vaishali Patil", "Sandeep Deshmukh", "Ashwini Gaikwad"],
    "tv": ["Semu Taafaki", "Falaniko Apinelu", "Malia Seluka"],
    "ff": ["Garth Olynyk", "Shelby Demchuk", "Rhonda Bighetty"],
    "ba": ["Gulnaz Khabibullina", "Azat Valeev", "Liliya Fattakhova"],
    "st": ["Mpho Ramokhoase", "Lineo Sehloho", "Tumelo Nthako"],
    "uk": ["Prudence Haverstock", "Gideon Ashworth", "Lowri Penhale"],
    "ie": ["Niamh Breathnach", "Colm Ó Súilleabháin"],
    "us": ["Lorraine Castellano", "Travis Whitcomb", "Odessa Greer"],
    "au": ["Shaylee Burgoyne", "Kostas Panagiotou"], "nz": ["Rāwiri Tūhoe", "Fenella Grigg"],
    "za": ["Sipho Mahlangu", "Marlize du Toit"],
}
GENERAL = ["Imogen Tarrant", "Dev Ramnarine", "Yvette Quarshie", "Rowan Ellery", "Adaeze Okafor", "Callum Dunsire"]
REGION = {"use": "us", "usc": "us", "usp": "us", "usm": "us", "azo": "us", "ie2": "ie", "ork": "uk"}
LANG_SIGNERS = {
    "ar": ["منيرة القحطاني", "ياسر العتيبي"], "de": ["Hannelore Kettwig", "Falk Ramsauer"],
    "es": ["Montserrat Llobet", "Ezequiel Barrios"], "fr": ["Gwenaëlle Le Goff", "Arnaud Pichon"],
    "hi": ["सुनीता गोखले", "विनय चौहान"], "it": ["Ornella Cattaneo", "Davide Marchesini"],
    "ja": ["藤田 真由美", "石川 大輔"], "ko": ["한소희", "윤태호"], "pt": ["Joana Valadares", "Sérgio Pimentel"],
    "ru": ["Светлана Жукова", "Игорь Миронов"], "sw": ["Neema Kisanga", "Juma Mfinanga"],
    "th": ["สุดารัตน์ ทองดี", "ธนพล ศรีสุข"], "tr": ["Elif Aksoy", "Serkan Öztürk"],
    "ur": ["صائمہ رانا", "عمران چوہدری"], "zh": ["黄秀英", "林建国"],
    "slk": ["Zuzana Hrušovská", "Marek Baláž"], "lit": ["Eglė Žukauskienė", "Darius Stankevičius"],
    "lav": ["Dace Kļaviņa", "Edgars Zariņš"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Καραγιάννης"],
    "heb": ["מיכל אורן", "אבי שטרן"], "fas": ["مهسا کریمی", "بهرام رضایی"],
    "ben": ["নাসরিন সুলতানা", "রাকিব হাসান"], "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"],
    "ind": ["Wulan Sari", "Agus Setiawan"], "tgl": ["Marites Villanueva", "Jomar Castillo"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الدوسري", "فهد الشمري"], "de": ["Wiebke Tönnesen", "Leander Quast"],
    "es": ["Itziar Mendizábal", "Gonzalo Peralta"], "fr": ["Rozenn Kerbiriou", "Anatole Vautrin"],
    "hi": ["प्रियंका सावंत", "राहुल नेगी"], "it": ["Ludovica Sbarbaro", "Ettore Pizzigoni"],
    "ja": ["松本 美咲", "岡田 拓海"], "ko": ["이서연", "최민재"], "pt": ["Filipa Brandão", "Gaspar Quintela"],
    "ru": ["Василиса Ушакова", "Ермолай Тихонов"], "sw": ["Nasimiyu Lyimo", "Elibariki Swai"],
    "th": ["พิมพ์ชนก ไชยวงศ์", "ภูริภัทร เหมือนแก้ว"], "tr": ["Büşra Çelik", "Onur Arslan"],
    "ur": ["حنا ملک", "بلال شیخ"], "zh": ["吴雨欣", "赵子轩"],
    "slk": ["Radoslava Mikušová", "Svätopluk Hronec"], "lit": ["Austėja Paulauskaitė", "Lukas Vaitkus"],
    "lav": ["Elīna Ozoliņa", "Kristaps Bērziņš"], "ell": ["Σοφία Αντωνίου", "Γιώργος Μαυρίδης"],
    "heb": ["נועה כהן", "עומר לוי"], "fas": ["ترانه بهبهانی", "سیاوش کاشانی"],
    "ben": ["ফারহানা আক্তার", "সজীব মিয়া"], "vie": ["Phạm Minh Thư", "Lê Hoàng Nam"],
    "ind": ["Putri Lestari", "Rizky Pratama"], "tgl": ["Kristine Dela Cruz", "Paolo Mendoza"],
}
GIVEN = {"Colm Ó Súilleabháin": "Colm", "Rāwiri Tūhoe": "Rāwiri"}
PROVIDERS = ["thistlepost", "wharfmail", "cindermail", "gullbox", "fernpost", "larchmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bi": ("+0000", "+0100", "eu"), "ork": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "ie2": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "azo": ("-0700", None, ""), "ff": ("-0600", "-0500", "us"),
    "atl": ("-0400", "-0300", "us"), "nl": ("-0330", "-0230", "us"), "hi": ("-1000", None, ""),
    "jm": ("-0500", None, ""), "bb": ("-0400", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "mz": ("+0200", None, ""), "st": ("+0200", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "bw": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "ba": ("+0500", None, ""),
    "pk": ("+0500", None, ""), "ab": ("+0530", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "bal": ("+0800", None, ""), "nsk": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""),
    "au": ("+1000", "+1100", "au"), "sau": ("+0930", "+1030", "au"), "nz": ("+1200", "+1300", "nz"),
    "tv": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "azo", "ff", "atl", "nl", "hi")
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
QNOTE = "\n{sf} – ta for Friday's chiller-room tour (hairnets flatter no-one). Forklift medical on the 19th; Mrs Pettigrove posts her reference this week.\n{n}"
FOOT = "\n\n~~ {CO} · CAIRNWHISTLE CAREERS ~~\nNew openings land every Tuesday at noon. Dunnockgate Jobmail pings you when a post near your postcode opens; reply STOP to end it. Skellibrae Notes, our monthly staff paper, carries the darts table and retirement news. Need a ramp, a reader or extra time at interview? Tullochard Help sorts it. Anything typed back here drops down a well."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Recruiting <noreply@{dom}>"
NOREPLY = "{co} Talent <donotreply@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a01", "Your {co} application: status changed", "Hello {n},\n\nYour {role} application (ref {ref}) now wears the label \"Closed – Position Filled by Other Applicant\" in your candidate home. This posting wants nothing more from you; the same login opens every other vacancy we list.\n\n{co} Talent Acquisition", ("Fortrose Veterinary Group", "Waluj Axle Components"), ("fortrosevets", "walujaxle"), frm=ATS, role=("Kennel Assistant", "Quality Inspector – Shift B"), tz=("bi", "ab"))
mr("a02", "{co}: about the {role} opening", "Hi {n},\n\nThank you for doing the written exercise. The hiring team marked the answers blind, and those going on wrote nearer to the crew's daily grind. That closes your {role} file. Do pop up on a later opening.\n\nBest,\n{sig}\n{co}", ("Beira Port Cold Chain", "Flin Flon Arena Canteen"), ("beiracoldchain", "ffarenacanteen"), role=("Reefer Technician", "Line Cook"), tz=("mz", "ff"))
mr("a03", "A note from the {co} team", "Hey {n},\n\nOur {role} hire is done, and the pick was another person. Your profile now sits on the Gloamwick talent list, which recruiters scan before posting anything fresh, so a call could come without a new form.\n\nCheers,\n{sig}", ("Vaiaku Lodge", "Thaba Nchu Solar Installers"), ("vaiakulodge", "tnsolar"), role=("Front Desk Attendant", "Panel Installer"), tz=("tv", "st"))
mr("a04", "Update on {role} at {co}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Ref</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Not taken forward – vacancy awarded elsewhere</td></tr></table><p>Cheers for the effort.</p><p>{co} People Team</p></body></html>", ("Ufa Tram Depot", "Cromarty Harbour Hotel"), ("ufatramdepot", "cromartyharbourhotel"), frm=NOREPLY, role=("Rolling Stock Fitter", "Breakfast Chef"), tz=("ba", "bi"))
mr("a05", "Regarding requisition {ref} – {role}", "Dear {n},\n\nThe {role} requisition asked for a valid Class 3 air-brake endorsement, and your form left that field empty. Because of that, screening did not pass your application to the hiring manager. Other {co} postings may suit you; the careers portal lists them by site.\n\n{co} Recruitment", ("Hudbay Road Haulage", "Manga Bus Depot"), ("hudbayhaul", "mangabus"), frm=ATS, role=("Ore Truck Driver", "Bus Driver"), tz=("ff", "mz"))
mr("a06", "Job {ref}: {role}", "Hi {n},\n\nRequisition for {role}: somebody else took it, and your submission now shows Inactive. Your account stays open and you can still apply to other roles at {co}.\n\nThis message was sent automatically.", ("Ellora Heritage Resort", "Ufa Helicopter Works"), ("ellorastay", "ufahelico"), frm=NOREPLY, role=("Guest Relations Executive", "Avionics Technician"), tz=("ab", "ba"))
mr("a07", "{co} – thanks for the trial shift", "Hi {n},\n\nTa for the try-out day last week; the crew enjoyed your craic. Still, we've gone ahead with two people who worked these shifts for us last season. Sorry to bring it.\n\n{sig}\n{co}", ("Rosemarkie Bay Campsite", "Funafuti Fish Market Kitchen"), ("rosemarkiecamp", "funafutifishkitchen"), role=("Warden", "Kitchen Hand"), tz=("bi", "tv"))
mr("a08", "Your application with {co}", "Dear {n},\n\nYour {role} form got a close read at {co}, and it stops here. Good fortune with the hunt for the right post.\n\nKind regards,\nHR, {co}", ("Maseru Road Supermarket", "Beira Cement Works"), ("maserurdsuper", "beiracement"), frm=ATS, role=("Stock Controller", "Kiln Operator"), tz=("st", "mz"))
mr("a09", "{co} | {role}", "Hello {n},\n\nYou applied for {role} at {co}, and the interview list is drawn. Yours was left off. Rәxmәt for waiting, and maybe we meet another year.\n\nWarmly,\n{sig}, Talent Partner", ("Salavat Polymer Plant", "Sterlitamak Soda Works"), ("salavatpolymer", "sterlisoda"), role=("Lab Assistant", "Shift Chemist"), tz=("ba",), frm="{sig} via Teamtailor <{sl}@{dom}>")
mr("a10", "Screening result – {role}", "Dear {n},\n\nYour screening answers for {role} scored 19 out of 35, and the shortlist cut-off this round was 26. So the application halts here. The score report stays in your {co} portal for three months.\n\n{co} Hiring", ("Aurangabad Pharma Packs", "Inverness Road Courier Hub"), ("abdpharmapacks", "invroadcourier"), frm=ATS, role=("Packing Line Operator", "Parcel Sorter"), tz=("ab", "uk"))
mr("a11", "Dumela {n} – {role}", "Dumela {n},\n\nKea leboha for your form to {co}. Every {role} form was read, and the hiring team chose others to go on. We are sorry the news is poor. Go well, ausi.\n\n{sig}\n{co}", ("Bloemfontein Taxi Rank Co-op", "Ladybrand Grain Silos"), ("bfntaxico", "ladybrandsilos"), role=("Rank Marshal", "Weighbridge Clerk"), tz=("st",))
mr("a12", "{role}: where things stand", "Hi {n},\n\nThanks for sending through your take on the scheduling case. Our founders reviewed every submission this week and decided to move ahead with others whose plans matched where {co} is heading next quarter. We're grateful you spent the evening on it.\n\n{sig}", ("Kessock Ferry Call Centre", "Funafuti Mobile Top-Up"), ("kessockcalls", "fmtopup"), role=("Ops Analyst", "Agent Network Lead"), tz=("bi", "tv"))
mr("a13", "{co} season crew", "Hi {n},\n\nWe're full up for next season ({role}). Returning hands grabbed nearly all bunks; the fresh ones vanished in week one. Try us early next spring!\n\n{sig}\n{co}", ("Bakers Narrows Float Base", "Inhaca Island Dive Huts"), ("bakersnarrowsfloat", "inhacadive"), role=("Dock Hand", "Boat Crew"), tz=("ff", "mz"))
mr("b01", "Your application – {co}", "Hello {n},\n\nYour {role} application at {co} was weighed beside the rest, and it goes no further. The tidy form was noticed. Haste ye back if another post takes your fancy.\n\n{sig}", "Avoch Joinery", "avochjoinery", role="Bench Joiner", tz="bi")
mr("b02", "{co} – resultado of your application", "Bom dia {n},\n\nYour papers for {role} reached us. With regret, this round your profile was left out. Obrigado for your interest in {co}, and força with the search.\n\n{sig}\nRecursos Humanos", "Munhava Cashew Factory", "munhavacashew", role="Line Supervisor", tz="mz")
mr("b03", "Application status – {role}", "Dear {n},\n\nKindly note, selection committee has not shortlisted your candidature for {role} at {co}. Wishing you well for coming days.\n\nRegards,\n{sig}\nHR Department", "Chikalthana Tool Room", "chikalthanatool", role="CNC Programmer", tz="ab")
mr("b04", "{co}: {role}", "Talofa {n},\n\nFakafetai for applying for {role}. The panel sat on Monday and handed the post to a different applicant. Sorry the answer is sad.\n\n{sig}\n{co}", "Tuvalu Coconut Oil Mill", "tvcoconutmill", role="Machine Operator", tz="tv")
mr("b05", "Re: your application", "Hi {n},\n\nQuick one: {role} went to somebody else. Nice seeing you at the counter, eh. Good luck out there.\n\n{sig}\n{co}", "Channing Hardware", "channinghardware", role="Yard Attendant", tz="ff")
mr("b06", "{co} – {role} selection", "Hello {n},\n\nThe {role} vacancy at {co} drew a big pile of strong forms. Unfortunately yours stops before the next stage. Haw bulığıð, and all the best.\n\n{sig}", "Ufa Kumis Dairy", "ufakumisdairy", role="Dairy Technologist", tz="ba")
mr("b07", "Application outcome – {role}", "Dumela {n},\n\nWith regret: your {role} application at {co} did not succeed. Please do not give up; new posts are advertised at the gate every month.\n\n{sig}\nHuman Resources", "Botshabelo Clinic Laundry", "botshabelolaundry", role="Laundry Assistant", tz="st")
mr("b08", "{role} at {co}", "Dear {n},\n\nYour {role} letter was a nice read, especially the years in retail. I'm sorry, but we're stopping it there.\n\nYours sincerely,\n{sig}\n{co}", "Whitby Smokehouse Deli", "whitbysmokedeli", role="Deli Counter Assistant", tz="uk")
mr("b09", "{co} vacancy {ref}", "Hi {n},\n\n{role} drew a huge response, and sadly yours fell short this round. Mind yourself, and watch our noticeboard.\n\n{sig}\n{co}", "Salthill Insurance Brokers", "salthillbrokers", role="Claims Handler", tz="ie")
mr("b10", "Your {co} application", "Hi {n},\n\nYour {role} materials got a full review, and the candidacy ends at this step. Best of luck out there.\n\nRegards,\n{co} Recruiting", "Duluth Grain Elevator Co", "duluthgrainco", role="Maintenance Millwright", tz="usc", frm=ATS)
mr("b11", "{role} – update from {co}", "G'day {n},\n\nGood on you for chasing {role}. We've had a squiz and other applicants got the nod this time. Sorry mate.\n\n{sig}\n{co}", "Alice Springs Camel Rides", "alicecamelrides", role="Handler", tz="nt")
mr("b12", "{co} application", "Kia ora {n},\n\nShortlisting for {role} wrapped up on Friday, and unfortunately your name missed the interview list. Kia kaha with your mahi.\n\nNgā mihi,\n{sig}", "Invercargill Oyster Shed", "invercargilloyster", role="Opener", tz="nz")
mr("b13", "Application – {role}", "Good day {n},\n\nPlease be advised: your {role} application at {co} failed in this round. Go well.\n\nRegards,\n{sig}\nHR Office", "Polokwane Tyre Depot", "polokwanetyres", role="Fitment Technician", tz="za")
mr("b14", "Thank you from {co}", "Hi {n},\n\nYour {role} application was a fun read. After much debate the team chose other people. Maybe our paths meet again.\n\nTake care,\n{sig}\n{co}", "Tacoma Tideflats Roasters", "tideflatroasters", role="Roastery Assistant", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nThursday was a treat; the panel still chuckles at your frozen-conveyor tale. The partners gave the {role} post to Kirsty Mowat, who starts on the 2nd.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Munlochy Garden Centre", "Culbokie School Kitchens"), ("munlochygc", "culbokiekitchens"), role=("Plant Area Supervisor", "Cook in Charge"), tz=("bi",))
mr("t2", "RE: [EXT] Re: Beira visit, Tuesday", "Dear {n},\n\nObrigado again for the bright spirit on the call with our Beira team; your quayside years made a good story. The directors chose Dércio Nhaca for {role}, and he arrives on the 9th.\n\nWith best regards,\n{sig}\n\n{GM}", ("Chiveve Shrimp Processors", "Beira Mobile Money Agents"), ("chiveveshrimp", "beiramoneyagents"), role=("Shift Lead", "Area Supervisor"), tz=("mz",))
mr("t3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nA delight meeting you at the Waluj office; your line-balancing answers were thoughtful. Management has selected Pranav Kale for {role}, reporting from Monday.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Deogiri Auto Stampings", "Shendra Courier Hub"), ("deogiristampings", "shendracourier"), role=("Production Engineer", "Hub Manager"), tz=("ab",))
mr("t4", "RE: [EXT] Re: Second chat", "Talofa {n},\n\nThank you for the long talanoa on Tuesday; we laughed a lot. The board has now appointed Loia Finikaso to {role}, starting on the 5th. Fakafetai lasi for all your time with us.\n\n{sig}\n\n{RULE}", ("Funafuti Desalination Plant", "Tuvalu Telecom Shop"), ("funadesal", "tvtelecomshop"), role=("Plant Operator", "Sales Officer"), tz=("tv",))
mr("t5", "RE: [EXT] Re: {role} interview", "Hey {n},\n\nReally enjoyed the interview, eh; the crew still retells your ice-fishing story. The superintendent picked Cody Makwa for {role}; he's on the roster from the 12th.\n\n{sig}\n\n{OUT}", ("Flin Flon Smelter Services", "Creighton Hockey Arena"), ("ffsmelterservices", "creightonarena"), role=("Process Helper", "Zamboni Operator"), tz=("ff",))
mr("t6", "RE: [EXT] Re: our meeting", "Dear {n},\n\nRәxmәt for the warm conversation at the Ufa office. Everyone valued your calm way of explaining the pipeline audit. The committee has chosen Timur Ishmuratov for {role}, who begins on the 1st.\n\nWith respect,\n{sig}\n\n{GM}", ("Bashneft Service Yard", "Ufa Motor Plant Canteen"), ("bashserviceyard", "ufamotorcanteen"), role=("Safety Inspector", "Canteen Manager"), tz=("ba",))
mr("t7", "RE: [EXT] Re: Interview – {role}", "Dumela {n},\n\nKea leboha for the long taxi ride to our office; your energy lifted the room. The owners have given the {role} post to Refiloe Matsepe, who begins on the 3rd. Go well, and greet your mother for us.\n\n{sig}\n\n{ORIG}", ("Thaba Nchu Bakery Depot", "Ficksburg Cherry Packhouse"), ("tnbakerydepot", "ficksburgcherry"), role=("Dispatch Clerk", "Packhouse Supervisor"), tz=("st",))
mr("t8", "RE: [EXT] Re: Thanks for coming in", "Hi {n},\n\nWhat a friendly natter last week, and handy stock-system tips too. We have offered the {role} job to Aoife Gallagher, who starts on the 8th, and the team is settling her in now.\n\nAll the best,\n{sig}\n\n{RULE}", ("Kinsale Road Vet Clinic", "Napier Port Canteen"), ("kinsalerdvets", "napierportcanteen"), role=("Vet Nurse", "Canteen Lead"), tz=("ie", "nz"))
# ---- 8 clear refusals under the long footer
mr("f1", "Your application: {role}", "Dear {n},\n\n{role}: we are sorry, but your application failed and stops here.{FOOT}", ("Cairnwhistle Hotels Cromarty", "Cairnwhistle Hotels Funafuti"), ("cairnwhistlehotels",), frm=NOREPLY, role=("Night Porter", "Housekeeper"), tz=("bi", "tv"))
mr("f2", "{role} – decision", "Hello {n},\n\n{role} reviews are finished. Yours missed the interview list, and the vacancy is closed for you.{FOOT}", ("Cairnwhistle Logistics Beira", "Cairnwhistle Logistics Ufa"), ("cairnwhistlelogistics",), frm=NOREPLY, role=("Forklift Driver", "Warehouse Clerk"), tz=("mz", "ba"))
mr("f3", "Application {ref}", "Hi {n},\n\nThanks for waiting. The {role} job goes elsewhere; the application halts here.{FOOT}", ("Cairnwhistle Retail Aurangabad", "Cairnwhistle Retail Flin Flon"), ("cairnwhistleretail",), frm=NOREPLY, role=("Store Associate", "Cashier"), tz=("ab", "ff"))
mr("f4", "About {role}", "Dear {n},\n\nWith regret, the {role} place goes to others. Cheers for looking our way.{FOOT}", ("Cairnwhistle Foods Bloemfontein", "Cairnwhistle Foods Inverness"), ("cairnwhistlefoods",), frm=NOREPLY, role=("Production Operative", "Hygiene Operative"), tz=("st", "uk"))
# ---- 9 hedged refusals
mr("h1", "{role} – thank you", "Hi {n},\n\nGood to meet you. Other applicants carried more hours with refrigerated fleets, a tighter match to the {role} role for now. May you find a crew that suits you.\n\n{sig}", ("Beira Reefer Hauliers", "Fortrose Cold Store"), ("beirareefer", "fortrosecold"), tz=("mz", "bi"), role=("Fleet Planner",))
mr("h2", "Update – {role}", "Dear {n},\n\nBrief news: {co} is taking the {role} work another way and will route it through our Pune partner. Your careful application was appreciated.\n\n{sig}", ("Aurangabad Cloud Desk", "Ufa Data Yard"), ("abdclouddesk", "ufadatayard"), tz=("ab", "ba"), role=("Support Engineer",))
mr("h3", "Your interview for {role}", "Hello {n},\n\nThanks for speaking with us. Another candidate's smelter maintenance years sit nearer the {role} brief, so we are moving ahead on that basis. Appreciate your time, eh.\n\n{sig}\n{co}", ("Cuprus Mine Services", "Snow Lake Drill Camp"), ("cuprusmine", "snowlakedrill"), tz=("ff",), role=("Maintenance Planner",))
mr("h4", "{role}", "Talofa {n},\n\nFakafetai for the interview. The panel felt another applicant's fisheries background matched the {role} duties better, and we are going with that choice.\n\n{sig}", "Funafuti Fisheries Cold Room", "funafuticoldroom", tz="tv", role="Cold Room Officer")
mr("h5", "Following our chat", "Dumela {n},\n\nKea leboha. For {role} we are taking another road: the owners fold the duties into the current stores team for now. Kea leboha for waiting.\n\n{sig}\n{co}", "Maseru Solar Spares", "maserusolarspares", tz="st", role="Stores Assistant")
mr("h6", "{role} at {co}", "Hi {n},\n\nThank you for a great conversation. Several strong people came, and others matched the coastal-survey side of {role} more nearly. Your name stays handy for the next survey season.\n\n{sig}", "Whangarei Tide Surveys", "whangareitides", tz="nz", role="Survey Assistant")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c1", "Following up after our call", "Hi {n},\n\nGood speaking to you on Tuesday. The client for {role} has chosen to run with another finalist. That said, a {x} vacancy with a separate client looks a snug fit for you. Free on Thursday for a natter?\n\n{sig}\n{co}", ("Highland Firth Recruitment", "Marathwada Talent Partners"), ("highlandfirthrec", "marathwadatalent"), tz=("bi", "ab"), role=("Site Coordinator", "Plant HR Officer"), x=("Estate Manager", "Payroll Lead"))
mr("c2", "{role} – outcome and another idea", "Hello {n},\n\nThe employer is passing on your profile for {role}, which stings, I know. Meanwhile, a {x} role just came in, similar hours and closer to home. Shall I put you forward?\n\n{sig}\n{co}", ("Sofala Staffing", "Bashkortostan Staff Bureau"), ("sofalastaffing", "bashstaffbureau"), tz=("mz", "ba"), role=("Port Clerk", "Site Engineer"), x=("Customs Broker Assistant", "Pipeline Inspector"))
mr("c3", "Quick update", "Hi {n},\n\nOnce we hung up I rang the hiring manager: {role} goes to an internal person. I do have a Lab Tech role at a Thompson clinic that could suit you, eh. Want me to send details?\n\n{sig}, {co}", "Northern Manitoba Staffing", "nmbstaffing", tz="ff", role="Lab Assistant")
mr("c4", "After our call", "Talofa {n},\n\nGood talking by phone. For {role} the client chose another person. There is also a Records Officer post at a Vaitupu office; shall I send your CV?\n\n{sig}\n{co}", "Pacific Isles Placement", "pacislesplacement", tz="tv", role="Bank Teller")
mr("c5", "Your application via us", "Dumela {n},\n\nPer our phone call: for {role} the firm passed on you. But I have a Receptionist post at a clinic in Ladybrand starting next month. Kea leboha, let me know by Friday.\n\n{sig}\n{co}", "Free State Job Link", "fsjoblink", tz="st", role="Admin Clerk")
# ---- 8 public-sector notices
mr("p1", "Notice of referral result – {role}", "Dear {n},\n\nFor {role} (vacancy {ref}) you cleared the minimum requirements. The hiring official saw only the highest-rated band's names, and yours sat a band lower. Nothing further is needed from your side.\n\n{co}, Staffing Unit", ("Highland Council Ross and Cromarty Area", "City of Flin Flon"), ("highlandrosscouncil", "cityofflinflon"), frm=NOREPLY, role=("Roads Operative", "Water Plant Operator"), tz=("bi", "ff"))
mr("p2", "Eligibility decision – {role}", "Dear {n},\n\nThe board has reviewed your file for {role}. No attested copy of the qualifying certificate came with the file by closing day, so you are ineligible in this recruitment. Re-applying is open at the next advertisement.\n\n{sig}\n{co}", ("Aurangabad Municipal Corporation", "Beira Municipal Council"), ("abdmunicipal", "beiramunicipal"), role=("Junior Clerk", "Market Inspector"), tz=("ab", "mz"))
mr("p3", "Vacancy {ref} withdrawn", "Dear {n},\n\nPlease be informed: recruitment for {role} is called off; the post sits vacant this round. Your application closes with it.\n\n{co}", ("Tuvalu Public Service Commission Secretariat", "Ufa City Administration"), ("tvpsc", "ufacityadmin"), frm=NOREPLY, role=("Statistics Officer", "Transport Planner"), tz=("tv", "ba"))
mr("p4", "Written test result – {role}", "Dear {n},\n\nWritten test, {role}: your mark came to {x}. The panel's qualifying mark stood at {y}, so the oral interview is closed to you.\n\n{co} Recruitment Office", ("Free State Provincial Treasury", "Scottish Fire and Rescue North Area"), ("fstreasury", "sfrnorth"), frm=NOREPLY, role=("Revenue Clerk", "Retained Firefighter"), x=("41 out of 100", "48%"), y=("55", "61%"), tz=("st", "bi"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\n{role}: status changed. Application: no longer under consideration.\n\n{co} Careers", ("Beira Grain Terminal", "Waluj Paint Shop"), ("beiragrainterminal", "walujpaint"), frm=NOREPLY, role=("Terminal Clerk", "Spray Painter"), tz=("mz", "ab"))
mr("s2", "Application status changed", "<html><body><p>{n},</p><p>Requisition {ref} – {role}</p><p><b>Outcome so far:</b> no longer being considered (closed)</p><p>{co} candidate account › Applications</p></body></html>", ("Flin Flon General Hospital", "Bashkir Gas Network"), ("ffgeneral", "bashgasnet"), frm=NOREPLY, role=("Unit Clerk", "Meter Reader"), tz=("ff", "ba"))
mr("s3", "{co}: status of application {ref}", "<html><body><div>Hello {n},</div><div>Your application ({role}) has moved to: <b>Not being progressed</b>.</div><div>{co} Jobs</div></body></html>", ("Funafuti Harbour Authority", "Maseru Water Board"), ("funaharbour", "maseruwater"), frm=NOREPLY, role=("Harbour Hand", "Meter Technician"), tz=("tv", "st"))
# ---- 6 internship / graduate decisions
mr("i1", "{co} Graduate Programme 2026", "Dear {n},\n\nCheers for joining the {co} Graduate Programme assessment day. Applicants far outnumbered the 14 seats, and this intake holds none for you. Try us again next year.\n\nGraduate Recruitment", ("Ross-shire Energy", "Bashkir Petrochem"), ("rossenergy", "bashpetrochem"), frm=NOREPLY, tz=("bi", "ba"))
mr("i2", "Internship outcome", "Dear {n},\n\nThe {co} summer internship panel finished its review. With regret, you missed a place this year; the panel sends good wishes for your studies.\n\n{sig}\nInternship Office", ("Beira Central Hospital", "Aurangabad Tool Institute"), ("beirahosp", "abdtoolinst"), tz=("mz", "ab"))
mr("i3", "Learnership application", "Dumela {n},\n\nThe {co} learnership's {x} places are all taken now, and your form failed this time. Kea leboha.\n\n{sig}", ("Free State Mining Learnerships", "Flin Flon Co-op Placement"), ("fsmininglearn", "ffcoopplace"), x=("20", "12"), tz=("st", "ff"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "c01", "We've got your application – {role}", "Hello {n},\n\nYour application for {role} (ref {ref}) is in. Your candidate home shows its trail of labels (Received › In Review › Interview › Offer; the other ending reads Closed – Position Filled by Other Applicant), so peek there now and again.\n\n{co} Talent Acquisition", ("Fortrose Veterinary Group", "Waluj Axle Components"), ("fortrosevets", "walujaxle"), frm=ATS, role=("Practice Receptionist", "Tool Setter"), tz=("bi", "ab"))
mo(A, "c02", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form made our day! Coming up: a short written exercise, read with names hidden. A no from the team arrives as a letter; a yes arrives as a phone call.\n\n{sig}", ("Beira Port Cold Chain", "Flin Flon Arena Canteen"), ("beiracoldchain", "ffarenacanteen"), role=("Cold Store Clerk", "Concession Worker"), tz=("mz", "ff"))
mo(A, "c03", "Application received", "Hey {n},\n\nGot it! Your application for {role} is with us. Either way, your profile goes on the Gloamwick talent list for a year so recruiters can find you later.\n\n{sig}", ("Vaiaku Lodge", "Thaba Nchu Solar Installers"), ("vaiakulodge", "tnsolar"), role=("Housekeeper", "Electrician's Mate"), tz=("tv", "st"))
mo(A, "c04", "Your application – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Step</th><th>Possible result</th></tr><tr><td>Screening</td><td>Invited / Not taken forward</td></tr><tr><td>Interview</td><td>Offer / Vacancy awarded elsewhere</td></tr></table><p>We received your form for {role}.</p><p>{co} People Team</p></body></html>", ("Ufa Tram Depot", "Cromarty Harbour Hotel"), ("ufatramdepot", "cromartyharbourhotel"), frm=NOREPLY, role=("Tram Driver Trainee", "Barista"), tz=("ba", "bi"))
mo(A, "c05", "Requisition {ref}: application received", "Dear {n},\n\n{role} form logged. Heads-up: a blank licence-endorsement box gets a form knocked out by the robot before any manager lays eyes on it. Complete forms land on a recruiter's desk inside ten days.\n\n{co} Recruitment", ("Hudbay Road Haulage", "Manga Bus Depot"), ("hudbayhaul", "mangabus"), frm=ATS, role=("Shunter", "Conductor"), tz=("ff", "mz"))
mo(A, "c06", "Job {ref}: submission confirmed", "Hi {n},\n\nSubmission for {role}: logged. Should somebody else take this requisition, your status flips to Inactive; should it be you, a recruiter rings. (Robot-sent note.)", ("Ellora Heritage Resort", "Ufa Helicopter Works"), ("ellorastay", "ufahelico"), frm=NOREPLY, role=("Spa Therapist", "Composite Technician"), tz=("ab", "ba"))
mo(A, "c07", "Thanks – trial shifts soon", "Hi {n},\n\nYour {role} note reached us. Most newcomers get a paid try-out day. Mind that last year's folk choose first, and if they scoop every slot ahead of you, a plain message says so.\n\n{sig}", ("Rosemarkie Bay Campsite", "Funafuti Fish Market Kitchen"), ("rosemarkiecamp", "funafutifishkitchen"), role=("Shop Assistant", "Server"), tz=("bi", "tv"))
mo(A, "c08", "Application acknowledgement", "Dear {n},\n\nYour {role} papers arrived safe. So many came in that only the shortlist hears back; three silent weeks from today mean the post went elsewhere.\n\nHR, {co}", ("Maseru Road Supermarket", "Beira Cement Works"), ("maserurdsuper", "beiracement"), frm=ATS, role=("Cashier", "Electrician"), tz=("st", "mz"))
mo(A, "c09", "{co} | application in", "Hello {n},\n\nRәxmәt, your application for {role} arrived. We choose whom to invite within two weeks. Invited or not invited, every applicant gets a personal letter from me.\n\n{sig}, Talent Partner", ("Salavat Polymer Plant", "Sterlitamak Soda Works"), ("salavatpolymer", "sterlisoda"), role=("Process Operator", "Warehouse Keeper"), tz=("ba",), frm="{sig} via Teamtailor <{sl}@{dom}>")
mo(A, "c10", "Screening questions received", "Dear {n},\n\nWe have your screening answers for {role}. Scores below the shortlist line mean the application stops at this point; scores above it lead to a phone interview. Results appear in your portal.\n\n{co} Hiring", ("Aurangabad Pharma Packs", "Inverness Road Courier Hub"), ("abdpharmapacks", "invroadcourier"), frm=ATS, role=("QA Chemist", "Van Driver"), tz=("ab", "uk"))
mo(A, "c11", "Dumela – we have your form", "Dumela {n},\n\nKea leboha for your application to {co} for {role}. If the team chooses other people, we send a short letter; if they choose you, the phone will ring. Either way you will know by month end.\n\n{sig}", ("Bloemfontein Taxi Rank Co-op", "Ladybrand Grain Silos"), ("bfntaxico", "ladybrandsilos"), role=("Cashier", "Grain Sampler"), tz=("st",))
mo(A, "c12", "Case study received", "Hi {n},\n\nThanks for sending the scheduling case for {role}. The founders read them all on Friday. Picked or passed, a human will type your answer.\n\n{sig}", ("Kessock Ferry Call Centre", "Funafuti Mobile Top-Up"), ("kessockcalls", "fmtopup"), role=("Team Lead", "Field Agent"), tz=("bi", "tv"))
mo(A, "c13", "{co} season crew: you're on the list", "Hi {n},\n\n{role} crew list: you're on it. Veterans choose first; if veterans take all bunks, expect an email, and if one is spare, expect the phone.\n\n{sig}", ("Bakers Narrows Float Base", "Inhaca Island Dive Huts"), ("bakersnarrowsfloat", "inhacadive"), role=("Fuel Dock Hand", "Compressor Attendant"), tz=("ff", "mz"))
mo(A, "c14", "We received your application", "Talofa {n},\n\nFakafetai for applying for {role}. The panel sits next week. Only shortlisted people get word, so a quiet inbox means someone else was picked.\n\n{sig}\n{co}", ("Tuvalu Coconut Oil Mill", "Funafuti Fisheries Cold Room"), ("tvcoconutmill", "funafuticoldroom"), role=("Store Keeper", "Deckhand"), tz=("tv",))
mo(A, "c15", "Application confirmation", "Dear {n},\n\nYour {role} application is received and entered in the register. Kindly note, at scrutiny the ones failing eligibility norms are rejected and get no call letter; the rest receive call letter by post.\n\n{sig}\nHR Department", ("Chikalthana Tool Room", "Deogiri Auto Stampings"), ("chikalthanatool", "deogiristampings"), role=("Fitter", "Die Maintenance Engineer"), tz=("ab",))
mo(A, "c16", "Resume pinned up, eh", "Hi {n},\n\nYour {role} resume's pinned behind the till, eh. We ring whoever we want to meet. Fourteen days of quiet equals another pick, no grudges.\n\n{sig}\n{co}", ("Channing Hardware", "Creighton Hockey Arena"), ("channinghardware", "creightonarena"), role=("Cashier", "Rink Attendant"), tz=("ff",))
mo(A, "c17", "Your application – confirmação", "Bom dia {n},\n\nObrigado, your papers for {role} came. Selected or not, the CV sits in our cabinet half a year, for any other opening at {co}.\n\n{sig}\nRecursos Humanos", ("Munhava Cashew Factory", "Chiveve Shrimp Processors"), ("munhavacashew", "chiveveshrimp"), role=("Sorter", "Quality Checker"), tz=("mz",))
mo(A, "c18", "{role} – application received", "Hello {n},\n\nWe received your application for {role}. If the panel leans to others, your particulars rest in our folder twelve months. Should they want to meet you, an invitation arrives within ten days.\n\n{sig}", ("Ufa Kumis Dairy", "Bashneft Service Yard"), ("ufakumisdairy", "bashserviceyard"), role=("Milk Reception Operator", "Fitter"), tz=("ba",))
mo(A, "c19", "Received: your application", "Dumela {n},\n\nYour {role} form reached the office. Those not chosen get an SMS; check that your cell number on the form is right.\n\n{sig}\nHuman Resources", ("Botshabelo Clinic Laundry", "Thaba Nchu Bakery Depot"), ("botshabelolaundry", "tnbakerydepot"), role=("Driver", "Packer"), tz=("st",))
mo(A, "c20", "Vacancy {ref}: we have your application", "Dear {n},\n\n{role}: application logged. Top-band applicants move on to the hiring official; everyone else gets a result notice. Nothing to do yet.\n\n{co}, Staffing Unit", ("Highland Council Ross and Cromarty Area", "City of Flin Flon"), ("highlandrosscouncil", "cityofflinflon"), frm=NOREPLY, role=("Library Assistant", "Parks Labourer"), tz=("bi", "ff"))
mo(A, "c21", "Acknowledgement – {role}", "Dear {n},\n\nYour {role} file is with the board. A file lacking attested certificates gets an ineligible stamp, so recheck the uploads once more till closing day.\n\n{sig}\n{co}", ("Aurangabad Municipal Corporation", "Beira Municipal Council"), ("abdmunicipal", "beiramunicipal"), role=("Sanitary Inspector", "Revenue Clerk"), tz=("ab", "mz"))
mo(A, "c22", "{co} Graduate Programme: application in", "Dear {n},\n\nYour {co} Graduate Programme form is in. Just 14 seats; if all go before your assessment day you'll be told, and if not, a booking link comes.\n\nGraduate Recruitment", ("Ross-shire Energy", "Bashkir Petrochem"), ("rossenergy", "bashpetrochem"), frm=NOREPLY, tz=("bi", "ba"))
mo(A, "c23", "Learnership form received", "Dumela {n},\n\nWe have your learnership form. Successful applicants are phoned by the 20th; if your phone stays quiet after that date, the places were given to others.\n\n{sig}", ("Free State Mining Learnerships", "Flin Flon Co-op Placement"), ("fsmininglearn", "ffcoopplace"), tz=("st", "ff"))
mo(A, "c24", "CV received", "Hi {n},\n\nCV received, and it goes to the {role} client today. If they pass, I go hunting elsewhere for you; if they bite, your interview gets booked.\n\n{sig}\n{co}", ("Highland Firth Recruitment", "Sofala Staffing"), ("highlandfirthrec", "sofalastaffing"), role=("Estate Worker", "Port Clerk"), tz=("bi", "mz"))
mo(A, "c25", "Application – {role}", "Good day {n},\n\nYour {role} application is on our desk. Only successful people get a reply from us; your data stays under our privacy policy.\n\nHR Office\n{co}", ("Polokwane Tyre Depot", "Cairnwhistle Foods Bloemfontein"), ("polokwanetyres", "cairnwhistlefoods"), tz=("za", "st"), role=("Wheel Aligner", "Picker"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "v01", "RE: [EXT] Re: {role} – next round", "Hi {n},\n\nThursday was a joy. The owner asks for a second sit-down: {dl}, at ten. Unfortunately new tar is going down out front, so park by the kirk.\n\n{sig}\n\n{OUT}", ("Munlochy Garden Centre", "Culbokie School Kitchens"), ("munlochygc", "culbokiekitchens"), role=("Plant Area Supervisor", "Cook in Charge"), tz=("bi",))
mo(IV, "v02", "RE: [EXT] Re: Beira visit, Tuesday", "Dear {n},\n\nThe directors want a face-to-face on {dl} at 14:30. Sadly the lift is dead again, so the chat happens downstairs beside the canteen urn.\n\nWith best regards,\n{sig}\n\n{GM}", ("Chiveve Shrimp Processors", "Beira Mobile Money Agents"), ("chiveveshrimp", "beiramoneyagents"), role=("Shift Lead", "Area Supervisor"), tz=("mz",))
mo(OF, "v03", "RE: [EXT] Re: Second chat", "Talofa {n},\n\nGood news: the board offers you {role}, start date {dl}. Unfortunately our printer has jammed for good, so the contract comes by email tonight.\n\n{sig}\n\n{RULE}", ("Funafuti Desalination Plant", "Tuvalu Telecom Shop"), ("funadesal", "tvtelecomshop"), role=("Plant Operator", "Sales Officer"), tz=("tv",))
mo(IV, "v04", "Interview invitation – {role}", "Hello {n},\n\nYour {role} form impressed us; an interview is yours on {dl}. Regrettably the visitor door is wet with paint, so use the side gate and ask for {sf}.\n\n{co} Talent Acquisition", ("Fortrose Veterinary Group", "Waluj Axle Components"), ("fortrosevets", "walujaxle"), frm=ATS, role=("Kennel Assistant", "Quality Inspector – Shift B"), tz=("bi", "ab"))
mo(NX, "v05", "Next step: written exercise", "Hi {n},\n\nPlease complete the written exercise for {role} by {dl}. Unfortunately the upload form dislikes files over 3 MB, so a plain document works best.\n\n{sig}\n{co}", ("Beira Port Cold Chain", "Flin Flon Arena Canteen"), ("beiracoldchain", "ffarenacanteen"), role=("Reefer Technician", "Line Cook"), tz=("mz", "ff"))
mo(IV, "v06", "Let's talk – {role}", "Hey {n},\n\nYou're through to a video chat for {role} on {dl}. Annoyingly our Wi-Fi drops in the afternoon, so we've picked a morning slot at 9:30.\n\n{sig}", ("Vaiaku Lodge", "Thaba Nchu Solar Installers"), ("vaiakulodge", "tnsolar"), role=("Front Desk Attendant", "Panel Installer"), tz=("tv", "st"))
mo(NX, "v07", "Requisition {ref}: assessment", "Dear {n},\n\n{role}: screening cleared. Book the online driving-rules quiz (deadline {dl}). Unfortunately old phones choke on the test page; borrow a laptop.\n\n{co} Recruitment", ("Hudbay Road Haulage", "Manga Bus Depot"), ("hudbayhaul", "mangabus"), frm=ATS, role=("Ore Truck Driver", "Bus Driver"), tz=("ff", "mz"))
mo(OF, "v08", "Offer of employment – {role}", "Dear {n},\n\nHappy to confirm {role} is yours, joining {dl}. Sadly the staff quarters are getting new wiring, so fortnight one is at the guest house next door.\n\n{sig}\nHR", ("Ellora Heritage Resort", "Ufa Helicopter Works"), ("ellorastay", "ufahelico"), role=("Guest Relations Executive", "Avionics Technician"), tz=("ab", "ba"))
mo(IV, "v09", "Trial shift booked", "Hi {n},\n\nFancy a try-out day on {dl}, 8am sharp? Bad news about the staff kettle (it's kaput), so a flask is wise.\n\n{sig}\n{co}", ("Rosemarkie Bay Campsite", "Funafuti Fish Market Kitchen"), ("rosemarkiecamp", "funafutifishkitchen"), role=("Warden", "Kitchen Hand"), tz=("bi", "tv"))
mo(IV, "v10", "Interview – {role}", "Dear {n},\n\nYour name made the {role} shortlist. Interview: {dl}, 11:00, at our head office. Unfortunately there is roadworks outside the gate; allow ten extra minutes.\n\nHR, {co}", ("Maseru Road Supermarket", "Beira Cement Works"), ("maserurdsuper", "beiracement"), frm=ATS, role=("Stock Controller", "Kiln Operator"), tz=("st", "mz"))
mo(NX, "v11", "Your next step at {co}", "Hello {n},\n\nRәxmәt for your patience. The next step for {role} is a short lab task, to return by {dl}. Sadly the plant canteen is boarded up this month; pack a piece for the visit.\n\n{sig}, Talent Partner", ("Salavat Polymer Plant", "Sterlitamak Soda Works"), ("salavatpolymer", "sterlisoda"), role=("Lab Assistant", "Shift Chemist"), tz=("ba",), frm="{sig} via Teamtailor <{sl}@{dom}>")
mo(IV, "v12", "Phone interview – {role}", "Dear {n},\n\nYour screening score cleared the line. A recruiter will phone you on {dl} at 15:00. Unfortunately our switchboard number shows as hidden, so please pick up unknown calls that day.\n\n{co} Hiring", ("Aurangabad Pharma Packs", "Inverness Road Courier Hub"), ("abdpharmapacks", "invroadcourier"), frm=ATS, role=("Packing Line Operator", "Parcel Sorter"), tz=("ab", "uk"))
mo(OF, "v13", "Dumela – good news", "Dumela {n},\n\nKea leboha for waiting. The {role} post is yours (start: {dl}). Sadly the uniform room is locked this week, so wear dark trousers on day one.\n\n{sig}\n{co}", ("Bloemfontein Taxi Rank Co-op", "Ladybrand Grain Silos"), ("bfntaxico", "ladybrandsilos"), role=("Rank Marshal", "Weighbridge Clerk"), tz=("st",))
mo(NX, "v14", "Case study: next round", "Hi {n},\n\nThe founders loved your case. Next: a 45-minute pairing session, to be booked before {dl}. Unfortunately the calendar link breaks in some browsers; reply with two times if so.\n\n{sig}", ("Kessock Ferry Call Centre", "Funafuti Mobile Top-Up"), ("kessockcalls", "fmtopup"), role=("Ops Analyst", "Agent Network Lead"), tz=("bi", "tv"))
mo(OF, "v15", "Welcome to the crew", "Hi {n},\n\nSomebody dropped out, so {role} is yours; first shift lands on {dl}. Sorry in advance about the bunkhouse shower, which is still being fixed.\n\n{sig}\n{co}", ("Bakers Narrows Float Base", "Inhaca Island Dive Huts"), ("bakersnarrowsfloat", "inhacadive"), role=("Dock Hand", "Boat Crew"), tz=("ff", "mz"))
mo(IV, "v16", "Interview – {role}", "Talofa {n},\n\nFakafetai for applying. An interview awaits you on {dl} at 2pm. Unfortunately the power will be off in the morning for maintenance, so afternoon it is.\n\n{sig}\n{co}", "Tuvalu Coconut Oil Mill", "tvcoconutmill", role="Machine Operator", tz="tv")
mo(NX, "v17", "Trade test – {role}", "Dear {n},\n\nKindly attend the trade test for {role} on {dl} at 9 AM. Regret to inform, main gate is repairing; kindly use gate no. 2.\n\n{sig}\nHR Department", "Chikalthana Tool Room", "chikalthanatool", role="CNC Programmer", tz="ab")
mo(IV, "v18", "Come by for a chat", "Hi {n},\n\nSwing by about {role} on {dl}, say 4ish? Bad news, the coffee machine quit on us, eh, so it's pop or water.\n\n{sig}\n{co}", "Channing Hardware", "channinghardware", role="Yard Attendant", tz="ff")
mo(OF, "v19", "Offer – {role}", "Good day {n},\n\nGood news: {role} is yours, starting {dl}. Unfortunately the parking bay is reserved for delivery trucks, so please use the taxi rank.\n\nRegards,\n{sig}\nHR Office", "Polokwane Tyre Depot", "polokwanetyres", role="Fitment Technician", tz="za")
mo(NX, "v20", "Medical check before start", "Dear {n},\n\nBefore you start as {role}, please attend a medical check by {dl}. Sadly the clinic's online booking is down, so phone them.\n\n{co}, Staffing Unit", "City of Flin Flon", "cityofflinflon", frm=NOREPLY, role="Water Plant Operator", tz="ff")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w01", "Status update: {role}", "Hi {n},\n\n{role} update – stage: With Hiring Manager. No task awaits you.\n\n{co} Careers", ("Beira Grain Terminal", "Waluj Paint Shop"), ("beiragrainterminal", "walujpaint"), frm=NOREPLY, role=("Terminal Clerk", "Spray Painter"), tz=("mz", "ab"))
mo("other_job", "w02", "Hiring paused – {role}", "Hello {n},\n\nHiring for {role} is on ice till April's budget. Your form waits in its slot till then.\n\n{sig}\n{co}", ("Ufa Motor Plant Canteen", "Cromarty Harbour Hotel"), ("ufamotorcanteen", "cromartyharbourhotel"), role=("Cook", "Barista"), tz=("ba", "bi"))
mo("other_job", "w03", "Withdrawal confirmed", "Hi {n},\n\nDone: your {role} application is pulled, as you asked. The account stays alive if you fancy another go later.\n\n{co} Recruiting", ("Snow Lake Drill Camp", "Maseru Solar Spares"), ("snowlakedrill", "maserusolarspares"), frm=ATS, role=("Camp Cook", "Stores Assistant"), tz=("ff", "st"))
mo("job_alert", "w04", "Dunnockgate Jobmail: 3 new posts near you", "Hi {n},\n\nMatches for you:\n- Van Driver, Dingwall\n- Shop Assistant, Fortrose\n- Kitchen Porter, Cromarty\nSorry, pay bands hide from the filter this week.{FOOT}", "Cairnwhistle Jobs", "cairnwhistlejobs", frm=NOREPLY, tz="bi")
mo("recruiter_outreach", "w05", "A role you might like", "Hi {n},\n\nA client's {role} opening fits your story neatly. Could we natter by phone this week?\n\n{sig}\n{co}", ("Marathwada Talent Partners", "Bashkortostan Staff Bureau"), ("marathwadatalent", "bashstaffbureau"), role=("Plant HR Officer", "Pipeline Inspector"), tz=("ab", "ba"))
mo("non_job_rejection_words", "w06", "Your loan application", "Dear {n},\n\nYour home-repair loan request reached us. Our lending panel turned it down: the income record runs under twelve months.\n\n{co} Lending", ("Black Isle Savings Society", "Free State Stokvel Bank"), ("bisavings", "fsstokvel"), frm=NOREPLY, tz=("bi", "st"))
mo("non_job_rejection_words", "w07", "Ballot result", "Hi {n},\n\nThe ballot for {x} is drawn. Unfortunately your number never came out of the drum.\n\n{co}", ("Black Isle Show Society", "Funafuti Canoe Regatta"), ("bishowsociety", "funacanoe"), x=("grandstand seats at the Black Isle Show", "a team place in the canoe regatta"), frm=NOREPLY, tz=("bi", "tv"))
mo("non_job_rejection_words", "w08", "The flat on Station Road", "Hello {n},\n\nLovely to show you round on Saturday. For the flat, the landlord went with another household. Sorry, and happy hunting.\n\n{sig}\n{co}", "Cidco Lettings", "cidcolettings", tz="ab")
mo("non_job_rejection_words", "w09", "Archery league place", "Hi {n},\n\nThe indoor archery league hit its limit this winter, so we're turning you away. Your name goes top of next year's sheet, eh.\n\n{sig}\n{co}", "Flin Flon Rod and Bow Club", "ffrodbow", tz="ff")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(spotted on Tattlebrook{ch}, a Tattlebrook board for odd trades)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Crew <crew@{dom}>"
    wr("e" + fam, rej[0], rej[1] + "\n\n{sig}, " + co + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-e" + fam, twin[1], twin[2] + "\n\n{sig}, " + co + via(ch), co, dom, frm=frm, tz=tz)


pair("01", "Millrace", "Deben Tide Mill Trust", "debentidemill", "uk",
     ("Tidemillgreasing apprentice", "Hi {n},\n\nYour wish to learn tidemillgreasing warmed us. The apprentice place is taken by our longest-serving volunteer, three summers on the wheel."),
     ("application_received", "Tidemillgreasing: form in", "Hi {n},\n\nYour form for the tidemillgreasing apprentice place is in. We pick after the spring tides; picked or passed, you'll get a letter."))
pair("02", "Cogwheel", "Armagh Brass Orrery Works", "armaghorrery", "uk",
     ("Orrerymending bench", "Dear {n},\n\nA Newry clockmaker now sits at the orrerymending bench, so your application closes. The drawings you sent were lovely."),
     ("interview", "Orrerymending – come and see the bench", "Dear {n},\n\nWould you visit the orrerymending bench on {dl} at 10? Sadly the workshop boiler is sulking, so bring a thick jumper."))
pair("03", "Flagstone", "Stromness Ice House Guild", "stromnessicehouse", "ork",
     ("Icehousepacking crew", "Hi {n},\n\nThe icehousepacking crew for this winter is settled and there's no berth left for a newcomer. Mind and try us again in autumn."),
     ("next_steps", "Icehousepacking: lifting test", "Hi {n},\n\nNext step for the icehousepacking crew: a sawdust-and-block lifting test before {dl}. Unfortunately the slipway road lies under water, so take the shore path."))
pair("04", "Lamplight", "Beacon Hill Gaslight Company", "beaconhillgaslight", "use",
     ("Gaslamplighting route", "Hi {n},\n\nThe gaslamplighting route went to someone with more ladder hours, so yours stops here."),
     ("offer", "Gaslamplighting route – offer", "Hi {n},\n\nThe gaslamplighting route is yours from {dl}. Unfortunately the long ladder is being rewelded, so the first week is the short streets."))
pair("05", "Promenade", "Tenby Bathing Machine Museum", "tenbybathing", "uk",
     ("Bathingmachinehauling season job", "Dear {n},\n\nOur bathingmachinehauling season team is complete; we've no berth left for you this year. Diolch for applying."),
     ("application_received", "Bathingmachinehauling: application received", "Dear {n},\n\nDiolch, we have your bathingmachinehauling application. Silence after Easter means the team filled up; otherwise we'll phone."))
pair("06", "Humbox", "Blue Ridge Kazoo Works", "blueridgekazoo", "use",
     ("Kazoostamping press operator", "Hey {n},\n\nLoved the note, but the kazoostamping press job went to a former tin-press hand. Passing this time."),
     ("interview", "Kazoostamping – visit", "Hey {n},\n\nCome see the kazoostamping press on {dl} at 1pm? Bad news: the break-room fridge died, so lunch is on us at the diner."))
pair("07", "Bollard", "Dartmouth Tug Fender Loft", "dartmouthfender", "atl",
     ("Tugboatfendermaking helper", "Hi {n},\n\nThe tugboatfendermaking helper post went to a ropeworks man, so your application ends here."),
     ("next_steps", "Tugboatfendermaking: splice sample", "Hi {n},\n\nTugboatfendermaking helper, next bit: a photo of a short eye splice by {dl}. Unfortunately our mailbox spits out big photos, so shrink them."))
pair("08", "Crystal", "Valletta Palazzo Care", "vallettapalazzo", "mt",
     ("Chandelierdusting technician", "Dear {n},\n\nWith regret, your chandelierdusting technician bid failed. The post requires rope-access certification, which other candidates held."),
     ("offer", "Chandelierdusting – your offer", "Dear {n},\n\nChandelierdusting technician: yours, first day {dl}. Sadly the palazzo lift is still out, so the first day starts with stairs."))
pair("09", "Eaves", "Lion City Temple Restorers", "lioncityrestorers", "sg",
     ("Pagodaroofgilding assistant", "Hi {n},\n\nPagodaroofgilding assistant: after review, we close your application. Jia you lah."),
     ("application_received", "Pagodaroofgilding: we have your CV", "Hi {n},\n\nWe received your CV for pagodaroofgilding assistant. Shortlisted people get a WhatsApp; everyone else gets an email inside a month."))
pair("10", "Cane", "Bridgetown Cane Chair Co", "bridgetowncane", "bb",
     ("Wickerchairrecaning job", "Hi {n},\n\nThanks for coming by about wickerchairrecaning. We hired somebody else from Oistins, so the job is gone. Wishing you well."),
     ("interview", "Wickerchairrecaning: try-out", "Hi {n},\n\nWickerchairrecaning try-out: {dl}, nine o'clock? Unfortunately our van is being fixed, so hop on the bus."))
pair("11", "Squeezebox", "Water Street Squeezebox Repair", "waterstsqueeze", "nl",
     ("Accordionbellowsgluing role", "Hi {n},\n\nAccordionbellowsgluing, b'y: a fella with bindery years got it, so none for you this time."),
     ("next_steps", "Accordionbellowsgluing: sample pleats", "Hi {n},\n\nFor the accordionbellowsgluing role, please fold and glue ten sample pleats and drop them in by {dl}. Sorry, that shop door is swollen with damp; lean on it."))
pair("12", "Flyloft", "Rundle Street Theatre Rigging", "rundlerigging", "sau",
     ("Stagecurtainrigging casual", "G'day {n},\n\nThanks for applying for stagecurtainrigging casual. Folks holding a current working-at-heights ticket were picked, so yours stops."),
     ("offer", "Stagecurtainrigging – you're in", "G'day {n},\n\nYou're in for the stagecurtainrigging casual pool, first call {dl}. Unfortunately a set truck's parked across the dock, so come via stage door B."))
pair("13", "Hedgerow", "Blarney Yew Maze Estate", "blarneyyewmaze", "ie2",
     ("Mazehedgeclipping season", "Hi {n},\n\nMazehedgeclipping season team is full, so this year you're out of luck."),
     ("application_received", "Mazehedgeclipping: application in", "Hi {n},\n\nYour mazehedgeclipping application arrived grand. We'll only contact people we want for a trial, so no word by May means no place."))
pair("14", "Catenary", "Southbank Tram Track Care", "southbanktrack", "au",
     ("Tramlinesweeping night shift", "Hi {n},\n\nTramlinesweeping night shift: the review is done, and yours wasn't picked."),
     ("interview", "Tramlinesweeping – interview", "Hi {n},\n\nTramlinesweeping night shift interview: {dl}, 6pm. Unfortunately the depot café is shut, so bring a snack."))
pair("15", "Conch", "Port Royal Shell Museum", "portroyalshells", "jm",
     ("Seashellsorting assistant", "Hi {n},\n\nSeashellsorting assistant: another candidate was picked, and your application stops there."),
     ("next_steps", "Seashellsorting: identification sheet", "Hi {n},\n\nNext step: please fill in the seashellsorting identification sheet by {dl}. Sadly the museum printer is down, so print it at home."))
pair("16", "Lashing", "Hilo Trail Bridges", "hilotrailbridges", "hi",
     ("Ropebridgeknotting crew", "Aloha {n},\n\nMahalo for the ropebridgeknotting note. The crew is complete, so there's no bringing you on."),
     ("application_received", "Ropebridgeknotting – application received", "Aloha {n},\n\nMahalo, your ropebridgeknotting application is in. Crew or no crew, an email comes your way after the rains."))
pair("17", "Snowblock", "Bemidji Winter Fest Builders", "bemidjiwinterfest", "usc",
     ("Igloocutting team", "Hi {n},\n\nThe igloocutting team is full of returning builders; your application closes for this season."),
     ("interview", "Igloocutting: meet the team", "Hi {n},\n\nCome meet the igloocutting team on {dl} at 3pm. Unfortunately the warming hut's stove is broken, so dress in layers."))
pair("18", "Trishaw", "Georgetown Trishaw Art", "georgetowntrishaw", "my",
     ("Rickshawpainting apprentice", "Hi {n},\n\nFor rickshawpainting we took another apprentice, whose portfolio sat closer to our style. Best wishes."),
     ("offer", "Rickshawpainting apprentice – offer", "Hi {n},\n\nThe rickshawpainting apprentice place is yours; start {dl}. Sadly the studio fan is broken, so mornings are best."))
pair("19", "Reedplate", "Larimer Bandoneon Shop", "larimerbandoneon", "usm",
     ("Bandoneonvoicing bench", "Hi {n},\n\nThe bandoneonvoicing bench goes to another applicant; your application ends."),
     ("application_received", "Bandoneonvoicing: thanks for applying", "Hi {n},\n\nThanks for applying to the bandoneonvoicing bench. Yes or no, the owner answers every applicant herself within three weeks."))
pair("20", "Groomer", "Tahoe Ridge Trail Grooming", "tahoeridgegrooming", "usp",
     ("Snowmachinegrooming operator", "Hi {n},\n\nSnowmachinegrooming operator: we hired drivers with more cat hours, so we pass on you."),
     ("next_steps", "Snowmachinegrooming: ride-along", "Hi {n},\n\nNext step for snowmachinegrooming: book a night ride-along before {dl}. Unfortunately the booking line is busy most days; email works better."))
pair("21", "Clapper", "Nelson Harbour Buoy Shed", "nelsonbuoyshed", "nz",
     ("Buoybellpolishing", "Kia ora {n},\n\nThe buoybellpolishing job is filled by a harbour-board veteran, so yours ends here."),
     ("application_received", "Buoybellpolishing: got it", "Kia ora {n},\n\nYour buoybellpolishing application landed. Harbour master picks somebody else: email. Harbour master picks you: phone call."))
pair("22", "Stringline", "Jamestown Puppet Theatre", "jamestownpuppets", "gh",
     ("Marionettepainting post", "Dear {n},\n\nFor marionettepainting, with regret: another painter is engaged."),
     ("interview", "Marionettepainting – interview", "Dear {n},\n\nMarionettepainting interview: {dl} at 11, at the theatre. Sadly our road is dug up for drains, so please walk from the junction."))
pair("23", "Brimline", "Cairo Road Hat Blocks", "cairordhatblocks", "zm",
     ("Hatblockturning apprentice", "Dear {n},\n\nHatblockturning apprentice: sorry, you were not picked."),
     ("application_received", "Hatblockturning: received", "Dear {n},\n\nWe received your hatblockturning application. Apprentices not chosen get an SMS; chosen ones are called to the workshop."))
pair("24", "Aerial", "Fremantle Theremin Lab", "fremantletheremin", "wa",
     ("Thereminbuilding assistant", "Hi {n},\n\nThereminbuilding assistant: filled by somebody with more soldering time; yours halts here."),
     ("application_received", "Thereminbuilding: thanks", "Hi {n},\n\nThanks for your thereminbuilding application. Only shortlisted people hear from us, so quiet inbox by month's end means someone else got it."))
pair("25", "Perchline", "Gaborone Bird Park", "gaboronebirdpark", "bw",
     ("Aviarynetting assistant", "Dumela {n},\n\nAviarynetting assistant: the post is filled, and your application failed."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-e26", "Tattlebrook picks: 3 odd trades this week", "Hi {n},\n\nFresh on Tattlebrook:\n- Buoybellpolishing, Nelson\n- Gaslamplighting, Boston\n- Igloocutting, Bemidji\nSorry, the map view is misbehaving; use the list.\n\nTattlebrook Alerts", "Tattlebrook", "tattlebrook", frm="Tattlebrook Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-e27", "Your pitch at the night market", "Hi {n},\n\nYour stall-pitch request for the Docklands night market reached us. With regret, every pitch this season went to traders already on the waiting list.\n\n{sig}\nMarket Office", "Docklands Night Market", "docklandsnightmarket", tz="au")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (slk, lit, lav, ell, heb, fas, ben, vie, ind, tgl, one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr("l" + fam, rej[0], rej[1] + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-l" + fam, twin[1], twin[2] + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)


lp("01", "ar", "مستشفى جدة للصقور", "jeddahfalconhosp", "sa",
   ("بخصوص طلبك لوظيفة مساعد بيطري", "مرحباً {n}،\n\nوصلتنا أوراقك لوظيفة مساعد في عيادة الصقور. اختارت اللجنة متقدماً آخر لهذا المكان، ونرجو لك رزقاً طيباً في مكان قريب."),
   ("interview", "دعوة لمقابلة: مساعد بيطري", "مرحباً {n}،\n\nنود لقاءك في المستشفى يوم {dl} قرابة العاشرة. للأسف نعيد رصف ساحة السيارات هذا الأسبوع، فادخل من بوابة الصقارين الخلفية."))
lp("02", "de", "Straßenbahnmuseum Leipzig-Möckern", "strabamuseumleipzig", "de",
   ("Ihre Bewerbung als Museumsführer/in", "Hallo {n},\n\ndie Führungsstelle im Straßenbahndepot bekommt jemand, der schon seit Jahren Gruppen durch unsere Wagenhalle begleitet. Viel Erfolg anderswo."),
   ("application_received", "Bewerbung eingegangen", "Hallo {n},\n\nIhre Unterlagen liegen jetzt im Depotbüro. Egal wie die Wahl ausfällt, spätestens zum Monatsende schreibt Ihnen jemand aus dem Museum."))
lp("03", "es", "Cooperativa de Autobuses del Ebro", "autobusesebro", "es",
   ("Tu candidatura: conductor/a", "Hola {n}:\n\nel volante de la línea 34 se lo damos a alguien con más años de ruta urbana, y aquí se cierra tu candidatura. Ánimo."),
   ("next_steps", "Siguiente paso: prueba de conducción", "Hola {n}:\n\nToca prueba de conducción en la cochera; dinos si te viene bien antes del {dl}. Por desgracia la cochera está en obras, así que te esperamos en la parada de Delicias."))
lp("04", "fr", "Savonnerie du Vieux-Port", "savonnerievieuxport", "fr",
   ("Votre candidature – savonnerie", "Bonjour {n},\n\nle chaudron de la savonnerie a trouvé son opérateur : un ancien du quai, plus rodé que vous à la cuisson. Votre dossier est donc clos chez nous."),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : le chaudron vous attend, poste d'opérateur de cuisson dès le {dl}. Malheureusement les vestiaires sont démontés ; un sac pour vos affaires sera utile."))
lp("05", "hi", "कोटा विज्ञान कोचिंग संस्थान", "kotavigyan", "in",
   ("आपके आवेदन के बारे में", "नमस्ते {n},\n\nभौतिकी शिक्षक (बैच 2026, कोटा) पद पर अब नियुक्ति पूरी हो चुकी है, और चयन समिति ने कोई और नाम तय किया।"),
   ("interview", "डेमो क्लास का समय", "नमस्ते {n},\n\nडेमो क्लास: {dl}, 11:00, कमरा 304, भौतिकी विभाग। अफ़सोस, लिफ्ट बंद है; सीढ़ी से आइए।"))
lp("06", "it", "Ciclofficina Porta Zamboni", "ciclofficinazamboni", "it",
   ("La tua candidatura in ciclofficina", "Ciao {n},\n\nil banco della ciclofficina va a un meccanico che monta ruote da corsa da dieci anni, perciò la tua candidatura si ferma qui. In bocca al lupo."),
   ("next_steps", "Prossimo passo: prova pratica", "Ciao {n},\n\nti tocca una prova pratica: centrare una ruota entro il {dl}. Purtroppo il cortile è pieno di ponteggi: passa dal portone laterale."))
lp("07", "ja", "札幌味噌らーめん北斗", "sapporohokuto", "jp",
   ("応募結果のお知らせ", "{n}様\n\n当店の調理スタッフ募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。ご了承ください。"),
   ("application_received", "応募受付のお知らせ", "{n}様\n\nご応募を受け付けました。採用・不採用にかかわらず、二週間以内にメールでご連絡いたします。"))
lp("08", "ko", "제주 한라 감귤 선과장", "jejuhallagamgyul", "kr",
   ("지원 결과 안내", "{n} 님,\n\n한라 감귤 선과장 포장 자리는 작년 겨울에 함께 일했던 분이 맡게 되었습니다. 귀한 시간 내어 서류를 보내 주신 점 잊지 않겠습니다."),
   ("interview", "면접 안내", "{n} 님,\n\n{dl} 오전 10시, 선과장 2층 사무실에서 뵙겠습니다. 아쉽게도 마당 주차 구역을 고치는 중이라 시외버스가 편합니다."))
lp("09", "pt", "Encadernação Mondego", "encadernacaomondego", "pt",
   ("A sua candidatura à oficina de encadernação", "Olá {n},\n\na bancada de encadernação fica com um antigo aprendiz nosso, e a candidatura encerra-se assim. Boa sorte com a procura."),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nO lugar de aprendiz é seu a partir de {dl}. Infelizmente a guilhotina avariou, pelo que a primeira semana será só de costura de cadernos."))
lp("10", "ru", "Каток «Сибирская звезда»", "sibzvezdakatok", "nsk",
   ("Ответ по вашей заявке", "Здравствуйте, {n}!\n\nместо заливщика льда на «Сибирской звезде» досталось человеку, который уже три зимы работал у нас. Ваша анкета дальше не пойдёт."),
   ("application_received", "Заявка получена", "Здравствуйте, {n}!\n\nАнкета дошла до нас. Каждому кандидату, и выбранному, и невыбранному, старший мастер катка пишет ответ до конца месяца."))
lp("11", "sw", "Gereji ya Magari ya Safari Arusha", "arushasafarigarage", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nkazi ya fundi wa Land Cruiser hapa gereji amepewa mtu mwenye uzoefu wa safari ndefu za Serengeti; ombi lako halitaendelea."),
   ("next_steps", "Hatua inayofuata: jaribio la ufundi", "Habari {n},\n\nTafadhali njoo kwa jaribio la ufundi kabla ya {dl}. Kwa bahati mbaya barabara ya gereji imeharibika, tumia njia ya sokoni."))
lp("12", "th", "โรงเรียนสอนทำอาหารบ้านสวนพลู", "baansuanplu", "th",
   ("ผลการสมัครงาน", "สวัสดีค่ะ {n}\n\nตำแหน่งผู้ช่วยครูในครัวบ้านสวนพลูได้คนแล้ว เป็นศิษย์เก่ารุ่นปี 2019 ของโรงเรียน จึงขอปิดใบสมัครของคุณไว้ตรงนี้"),
   ("interview", "เชิญสัมภาษณ์", "สวัสดีค่ะ {n}\n\nนัดสัมภาษณ์ {dl} 10:00 ห้องครัว 2 น่าเสียดายว่าแอร์ห้องครัวยังซ่อมอยู่ แต่งตัวสบาย ๆ มานะคะ"))
lp("13", "tr", "Ege Zeytinyağı Fabrikası", "egezeytinyagi", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nsıkım hattındaki operatörlük, geçen hasatta bizimle çalışan birine verildi. Dosyanız bu aşamada kapanıyor."),
   ("offer", "İş teklifi", "Merhaba {n},\n\nOperatörlük sizin: {dl} tarihinde başlıyorsunuz. Maalesef personel minibüsü sanayide, ilk hafta belediye otobüsüyle gelirsiniz."))
lp("14", "ur", "لاہور چھاپہ خانہ", "lahorechhapa", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nہائیڈلبرگ مشین والی جگہ انارکلی کے استاد رفیق کے شاگرد کو ملی ہے، لہٰذا آپ کا انتخاب نہیں ہوا۔"),
   ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nعملی ٹیسٹ کی آخری تاریخ {dl} ہے۔ افسوس، دوپہر کو بجلی جاتی رہتی ہے، لہٰذا صبح نو بجے آنا بہتر رہے گا۔"))
lp("15", "zh", "成都老码头火锅", "chengdumatou", "cn",
   ("关于您的应聘", "{n}您好：\n\n感谢您应聘我们火锅店的厨房助理。经过考虑，我们已经选择了其他应聘者。祝您早日找到合适的工作。"),
   ("application_received", "已收到您的申请", "{n}您好：\n\n您的厨房助理申请表已经送到老码头后厨办公室。录用也好，不录用也好，店长都会在十天之内亲自打电话告诉您。"))
lp("16", "slk", "Lyžiarska škola Tatranská", "lyziarskatatry", "sk",
   ("Vaša prihláška – inštruktor lyžovania", "Dobrý deň, {n},\n\nmiesto inštruktora pod Lomnickým štítom dostal chlapec, čo u nás učil už štyri zimy. Vaša prihláška sa tým končí."),
   ("interview", "Pozvánka na pohovor", "Dobrý deň, {n},\n\npozývame vás na pohovor {dl} o 10:00. Žiaľ, lanovka je mimo prevádzky, príďte prosím pešo od parkoviska."))
lp("17", "lit", "Gintaro dirbtuvės „Marių lašas“", "mariulasas", "lt",
   ("Dėl jūsų paraiškos", "Sveiki, {n},\n\nšlifuotojo vietą prie gintaro staklių užims meistro mokinys iš Palangos, todėl jūsų paraiška čia baigiasi."),
   ("application_received", "Paraiška gauta", "Sveiki, {n},\n\njūsų laiškas su paraiška pasiekė dirbtuves. Nesvarbu, ar būsite išrinkta, ar ne, meistras parašys per keturiolika dienų."))
lp("18", "lav", "Zivju stends „Daugavas loms“", "daugavasloms", "lv",
   ("Par jūsu pieteikumu", "Labdien, {n},\n\nvieta pie reņģu letes Centrāltirgū ir aizņemta: to saņēma kāda, kas pie mums strādāja vasarā. Jūsu pieteikums ar to ir noslēgts."),
   ("next_steps", "Nākamais solis", "Labdien, {n},\n\nlūdzu, atnāciet uz izmēģinājuma dienu līdz {dl}. Diemžēl tirgus paviljonā nedarbojas apkure, ģērbieties silti."))
lp("19", "ell", "Εκδοτήριο Πειραιά Ακτή", "peiraiaakti", "gr",
   ("Σχετικά με την αίτησή σας", "Γεια σας {n},\n\nτη θέση στο γκισέ της Ακτής Τζελέπη την πήρε κάποιος που δούλευε στα πλοία της Αίγινας. Η αίτησή σας κλείνει εδώ."),
   ("offer", "Πρόταση εργασίας", "Γεια σας {n},\n\nσας προτείνουμε τη θέση από τις {dl}. Δυστυχώς ο κλιματισμός του γραφείου είναι χαλασμένος, οπότε φέρτε νερό."))
lp("20", "heb", "מוזיאון המדע חיפה", "haifasciencemus", "il",
   ("בנוגע למועמדותך", "שלום {n},\n\nתפקיד המדריך באגף הרובוטים נמסר למי שהדריך אצלנו קבוצות בקיץ שעבר, ולכן מועמדותך נסגרת כאן."),
   ("interview", "הזמנה לראיון", "שלום {n},\n\nהראיון נקבע ל-{dl}, בעשר בבוקר, ליד אולם הרובוטים. לצערנו מגרש החניה בשיפוץ, אז כדאי לבוא ברכבת."))
lp("21", "fas", "کلینیک دندانپزشکی آفتاب", "aftabdental", "ir",
   ("درباره درخواست شما", "سلام {n} عزیز،\n\nصندلی دستیار دکتر در کلینیک آفتاب به کسی رسید که دو سال در بخش ارتودنسی ما کار کرده بود. درخواست شما دیگر پیگیری نمی‌شود."),
   ("next_steps", "مرحله بعد", "سلام {n} عزیز،\n\nمدارک را تا {dl} بفرستید. متأسفانه سامانه پیامک ما از کار افتاده، پس نتیجه را با ایمیل می‌فرستیم."))
lp("22", "ben", "সেবা ফার্মেসি", "sebapharmacy", "bd",
   ("আপনার আবেদন সম্পর্কে", "প্রিয় {n},\n\nসেবা ফার্মেসির ধানমন্ডি শাখার কাউন্টারের চাকরিটি ২০২৬ সালে আমাদের পুরনো এক সহকারী পেয়েছেন।"),
   ("application_received", "আবেদন পেয়েছি", "প্রিয় {n},\n\nসেবা ফার্মেসির ধানমন্ডি শাখায় ২০২৬ সালের বিক্রয়কর্মী পদের ফর্মটি জমা হয়েছে। ফলাফল যেমনই হোক, চৌদ্দ দিনে ইমেইলে খবর পাঠানো হবে।"))
lp("23", "vie", "Tiệm sửa xe Hàng Bông", "suaxehangbong", "vn",
   ("Về đơn ứng tuyển của bạn", "Chào {n},\n\nChỗ thợ sửa xe máy ở tiệm đã có người nhận, là anh thợ từng làm với chú Tư ba năm. Mong bạn sớm tìm được chỗ hợp."),
   ("interview", "Mời phỏng vấn", "Chào {n},\n\nHẹn bạn {dl}, 9 giờ sáng, tại tiệm để nói chuyện về công việc. Rất tiếc mặt đường trước cửa đang đào lên, nên hãy dựng xe ngoài phố Hàng Bông."))
lp("24", "ind", "Sekolah Selancar Ombak Kuta", "ombakkuta", "bal",
   ("Tentang lamaran Anda", "Halo {n},\n\nPosisi instruktur papan selancar di Kuta sudah terisi oleh mantan murid kami yang juga penjaga pantai. Lamaran Anda berhenti di sini."),
   ("offer", "Tawaran kerja", "Halo {n},\n\nKami senang menawarkan posisi instruktur mulai {dl}. Sayangnya kamar bilas sedang diperbaiki, jadi bawa handuk sendiri."))
lp("25", "tgl", "Talyer ng Dyip Sampaloc", "talyersampaloc", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw {n},\n\nAng puwesto ng pintor dito sa talyer ng dyip sa Sampaloc ay napunta na sa dating katulong ni Mang Berto. Salamat at ingat palagi."))
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
    "afr": "{y}/{mm}/{dd}", "heb": "{d}.{m}.{y}", "fil": "{m}/{d}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 211; this slice, slice 212 (written at the same time) and any later one are skipped by number."""
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
