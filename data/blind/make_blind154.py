# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-fourth sealed blind slice for issue 11 (blind-slice-154.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 152; slice 153 and later never read; our side printed)
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

SEED = 1541541
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-154.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 154
SKIP_FROM = 153  # slice 153 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Morwenna Trevithick", "Tinotenda Chikwanha", "Ishaan Malhotra", "Shanique Gayle", "Rosalie Tremblay-Kerr",
    "Giulia Santangelo", "Xu Mengyao", "Jago Pengelly-Rowe", "Rudo Mapfumo", "Aanya Khurana", "Dwayne Thelwell",
    "Ciarán Breathnach", "Tallulah Nixon", "Kudakwashe Moyo", "Ritika Sabharwal", "Odalys Campbell", "Ewan Pascoe",
    "Liang Junhao", "Federica Orlandi", "Sizwe Dube", "Harleen Bhasin", "Tamika Rowe", "Nathaniel Gauthier-Blake",
    "Kerensa Rowse", "Farai Nyathi", "Mireille Kowalski", "Peng Xiaowen", "Tayte Hohaia", "Brodie McIlwraith",
    "Esmé Pendarves", "Chiedza Mukarati", "Devansh Chawla", "Ackeem Blagrove", "Wren Castellano",
]
REGION_SIGNERS = {
    "uk": ["Demelza Polglase", "Treve Nancarrow", "Loveday Jenkin", "Hedley Curnow"],
    "ie": ["Aoife Ní Dhonnchadha", "Cathal Brosnan", "Orla Keniry"],
    "us": ["Lorena Hatchett", "Wendell Farraday", "Trudy Kaminski", "Osvaldo Reyes"],
    "ca": ["Geneviève Abernethy", "Declan Lapointe", "Sheryl Goldfarb"],
    "au": ["Kirrily Stanton", "Boyd Maclachlan", "Thea Papadakis"],
    "nz": ["Awhina Parata", "Rhys Fenwick-Tapp", "Moana Leota"],
    "za": ["Lerato Mokoena", "Hennie du Plessis", "Thandeka Zulu"],
    "zw": ["Tendai Marufu", "Nyasha Chigumba", "Blessing Madziva"],
    "in": ["Rohini Bhatnagar", "Kunal Sethi", "Parminder Oberoi"],
    "jm": ["Marcia Ebanks", "Delroy Pusey", "Sherene Walcott"],
    "it": ["Raffaella Cozzolino", "Stefano Guidotti", "Ilaria Benedetti"],
    "cn": ["Zhang Yuting", "Huang Zhiwei", "Sun Lijuan"],
    "ng": ["Temitope Adeyemi", "Chinedu Okafor"], "ke": ["Wanjiru Kamau", "Otieno Were"],
    "sg": ["Lim Hui Min", "Ravi Pillai"], "ph": ["Maricel Tuazon", "Jun Villaruel"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "caa": "ca",
}
LANG_SIGNERS = {
    "ar": ["رنا العمري", "طارق السعدي"], "de": ["Henrike Vollmer", "Sönke Albers"],
    "es": ["Pilar Carrasco", "Xabier Etxeberria"], "fr": ["Maëlle Girard", "Yannick Le Goff"],
    "hi": ["सुधा अग्रवाल", "विनीत खन्ना"], "it": ["Ornella Pizzuti", "Davide Marchesini"],
    "ja": ["佐々木 恵", "藤田 大輔"], "ko": ["이수진", "한동민"], "pt": ["Inês Baptista", "Tiago Monteiro"],
    "ru": ["Ольга Белова", "Игорь Крылов"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["สุนันทา ศรีสุข", "ธนากร มั่นคง"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شگفتہ نقوی", "کامران شیخ"], "zh": ["赵雅琴", "孙国栋"],
    "tam": ["கலைச்செல்வி முருகன்", "செந்தில் குமார்"], "tel": ["లక్ష్మి ప్రసన్న", "వెంకట రమణ"],
    "mar": ["स्नेहा कुलकर्णी", "प्रसाद देशपांडे"], "guj": ["હેતલ પટેલ", "જીગ્નેશ શાહ"],
    "pan": ["ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "ਹਰਜੀਤ ਸਿੰਘ"], "sin": ["නිලූෂා පෙරේරා", "චමින්ද සිල්වා"],
    "msa": ["Nurul Aisyah Hamzah", "Faizal Ismail"], "tgl": ["Rowena Macaraeg", "Arnel Dimaano"],
    "zul": ["Nomsa Ngcobo", "Sipho Mkhize"], "yor": ["Adebola Ogunbiyi", "Olumide Akinola"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحسن", "يوسف النجار"], "de": ["Friederike Lang", "Jannik Stolz"],
    "es": ["Rocío Benítez", "Hugo Valverde"], "fr": ["Anaïs Perrin", "Quentin Roux"],
    "hi": ["नेहा चौहान", "अंकित राणा"], "it": ["Beatrice Gallo", "Nicolò Ferri"],
    "ja": ["高橋 美咲", "松本 亮"], "ko": ["최유나", "윤재호"], "pt": ["Beatriz Lopes", "Duarte Pinheiro"],
    "ru": ["Анна Голубева", "Сергей Лебедев"], "sw": ["Amina Salim", "Hamisi Mrisho"],
    "th": ["พิมพ์ชนก ทองดี", "กิตติพงษ์ แก้วมณี"], "tr": ["Derya Öztürk", "Kaan Arslan"],
    "ur": ["حنا ملک", "عمر جاوید"], "zh": ["李欣怡", "吴俊杰"],
    "tam": ["பிரியா ராஜன்", "அருண் சேகர்"], "tel": ["శ్రావ్య రెడ్డి", "కిరణ్ నాయుడు"],
    "mar": ["अनुजा जोशी", "ओंकार पाटील"], "guj": ["કિંજલ મહેતા", "પાર્થ દેસાઈ"],
    "pan": ["ਸਿਮਰਨ ਗਿੱਲ", "ਅਮਨਦੀਪ ਸੰਧੂ"], "sin": ["සඳුනි ජයසූරිය", "කසුන් බණ්ඩාර"],
    "msa": ["Siti Hajar Rahman", "Aiman Zulkifli"], "tgl": ["Kristine Bautista", "Paolo Sarmiento"],
    "zul": ["Lindiwe Dlamini", "Bongani Khumalo"], "yor": ["Folake Adeyemo", "Tunde Bakare"],
}
GIVEN = {
    "Xu Mengyao": "Mengyao", "Liang Junhao": "Junhao", "Peng Xiaowen": "Xiaowen", "Zhang Yuting": "Yuting",
    "Huang Zhiwei": "Zhiwei", "Sun Lijuan": "Lijuan", "Lim Hui Min": "Hui Min", "Aoife Ní Dhonnchadha": "Aoife",
}
PROVIDERS = ["quillpost", "cairnmail", "sloeinbox", "heronpost", "lichenbox", "tarnmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "caa": ("-0400", "-0300", "us"),
    "jm": ("-0500", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "caa")
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
QNOTE = "\n{sf} – grand seeing the net loft Wednesday. Forklift card runs to May; Mr Trelawny, referee, rings back pre-nine.\n{n}"
FOOT = "\n\n== {CO} :: JOBS DESK ==\nFresh openings land each Wednesday near teatime. Flip on 'Gullwhistle' under My Profile and they ping you as they drop. Our quarterly staff sheet, 'Notes off the Loading Bay', carries shop-floor news and the odd pasty recipe; stop it by answering QUITSHEET. This mailbox is a dead-letter drop and mail sent here sits unopened."
QUOTES = {"{FOOT}": FOOT, "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} ({ref}) – status changed", "Hello {n},\n\nCandidate Home for {role} (req. {ref}) at {co} now reads: Position Filled – External Hire.\nThe tile stays visible for ninety days, after which it archives by itself.\n\n{co} Talent Systems", ("Penwithick Clay Works", "Msasa Steel Rollers"), ("penwithickclay", "msasasteel"), frm="{co} Talent Systems <candidatehome@{dom}>", role=("Kiln Burner", "Mill Fitter"), tz=("uk", "zw"))
mr("gh", "{co} · your {role} application", "Hi {n},\n\nThe whole panel liked your pricing take-home, and both chats after it. Having weighed the full shortlist, the hiring group is moving on {role} with a different candidate.\nYour answers on rollback were a highlight.\n\n{sig}, Recruiting at {co}", ("Hauz Khas Ledgerworks", "Verdun Mapleline Software"), ("hauzkhasledger", "verdunmapleline"), role=("Backend Engineer", "QA Lead"), tz=("in", "cae"))
mr("lv", "{role} at {co}", "Hi {n}, thanks for going through the {role} process with {co}. We're stopping at this round with you. Say the word and your profile waits in the Crewbank for 10 months – reply DROPCREW and it is wiped.\n{sig}", ("Lanner Cider Barn", "Port Antonio Reef Tours"), ("lannercider", "portantonioreef"), role=("Cellar Hand", "Snorkel Guide"), tz=("uk", "jm"))
mr("sr", "Update on {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Screening</td><td>Closed – other applicant hired</td></tr></table><p>{co} People Office</p></body></html>", ("Hayle Granite Polishers", "Ruwa Tile Kilns"), ("haylegranite", "ruwatile"), frm="{co} People Office <jobs@{dom}>", role=("Stone Polisher", "Glaze Mixer"), tz=("uk", "zw"))
mr("ic", "{co} – {role} requisition {ref}", "Dear {n},\nCheers for the interest in {role}. Each applicant for this requisition must hold {x}. Your file shows none, so it has been closed at screening and will move no further.\nRespectfully, {co} Recruitment", ("Montreal Harbour Cranes", "Noida Fire Safety Works"), ("mtlharbourcranes", "noidafiresafety"), frm="{co} Recruitment <talent@{dom}>", role=("Crane Operator", "Fire Systems Technician"), tz=("cae", "in"), x=("a CCQ crane operator card", "a valid NBC fire-audit licence"))
mr("tl", "Requisition {ref} withdrawn", "Dear {n},\n\nRequisition {ref} ({role}) was withdrawn when {co} merged its two depots into one. Every open application under it, yours along with them, is shut. Any new posting will appear on the careers site.\n\n{co} Talent Acquisition", ("Chandni Chowk Hardware Mart", "Mandeville Building Supplies"), ("ccdhardware", "mandevillebuild"), frm="{co} Talent Acquisition <taleo@{dom}>", role=("Store Supervisor", "Yard Checker"), tz=("in", "jm"))
mr("wk", "Your trial shift at {co}", "Hi {n},\nCheers for your trial shift on the {role} section. We've now filled the spot with someone else who had more hours on a busy line.\nBest of luck, {sig} (via Workable)", ("Padstow Crab Shack", "Avondale Sadza Kitchen"), ("padstowcrab", "avondalesadza"), role=("Line Cook", "Grill Cook"), tz=("uk", "zw"))
mr("bh", "{role} – {co}", "Hello {n},\n\nThanks for applying to {co} as {role}. This one has gone to a teammate shifting across from our other branch, as staff get first claim on transfers here.\nTake care,\n{sig}\nSent via BambooHR", ("Suzhou Silk Threads Co.", "Trastevere Leather Goods"), ("suzhousilk", "trastevereleather"), role=("Merchandiser", "Workshop Assistant"), tz=("cn", "it"))
mr("tt", "About your application for {role}", "Dear {n},\n\nYour candidature for {role} at {co} was evaluated with attention. At the end our choice fell on a profile nearer to the team's present necessities. Thanks again and cordial greetings.\n\n{sig}\nTeamtailor", ("Bologna Packaging Machines", "Torino Coffee Roasters"), ("bolognapack", "torinoroast"), role=("Service Engineer", "Roastery Technician"), tz="it")
mr("pp", "{role}: outcome of shortlisting", "Dear {n},\n\nShortlisting for {role} at {co} used a scored rubric. Your application scored {x}; the cut for the interview list was {y}. For this reason the interview list goes ahead without you.\n\n{co} HR (Pinpoint)", ("Truro Hearing Clinic", "Bulawayo Water Trust"), ("truroclinic", "bulawayowater"), frm="{co} HR <hr@{dom}>", role=("Clinic Receptionist", "Water Quality Officer"), tz=("uk", "zw"), x=("21 of 35", "48%"), y=("27", "60%"))
mr("jz", "{role} search – on pause", "Hi {n},\n\nQuick one: our client has frozen the {role} hire through year end, so we've closed every submission on it, yours too. We'd gladly put you up for something else later.\n\n{sig}, {co}", ("Gurgaon Placement Desk", "Kingston Staffing Partners"), ("gurgaonplacement", "kingstonstaffing"), role=("Payroll Analyst", "Shift Supervisor"), tz=("in", "jm"))
mr("ab", "{co} – final round", "Hey {n},\n\nThank you for spending an afternoon with our founders. It was close, yet we are closing your application for {role} at this stage. We truly enjoyed your thinking on the metrics problem.\n\n{sig}\nSent with Ashby", ("Shenzhen Glintarm Robotics", "Mile End Parcel Labs"), ("szglintarm", "mileendparcel"), role=("Firmware Engineer", "Growth Analyst"), tz=("cn", "cae"))
mr("sc", "{co} picking crew", "Hi {n},\nThe {x} crew at {co} is full this season; returning pickers from last year took every place. Your form will be deleted at the season's close.\n{sig}", ("Tamar Valley Daffodil Growers", "Mazowe Citrus Estates"), ("tamardaffodil", "mazowecitrus"), role=("Picker", "Picker"), tz=("uk", "zw"), x=("daffodil", "orange"))
mr("c1", "that {role} job", "Hello {n} me 'ansum,\nProper sorry but we've took on Jory from up Camborne for the {role} job, he's been labouring for us since spring. Nothing doing for now, but give us a shout come Easter.\n{sf}, {co}", "Redruth Roofing & Slate", "redruthroofing", role="Roofer's Mate", tz="uk")
mr("c2", "Re your CV", "Dear {n},\n\nYour CV for {role} reached us okay. Kindly be advised that the post has since been given to another applicant. Mwari akuchengetedze, shamwari.\n\n{sig}\n{co}", "Chitungwiza Auto Spares", "chitungwizaauto", role="Parts Counter Clerk", tz="zw")
mr("c3", "Regarding {role} post", "Dear {n},\n\nPlease note the {role} post has been filled up from an internal reference itself. Hence your profile cannot be processed further. Kindly do not revert on this mail.\n\nRegards\n{sig}\n{co}", "Karol Bagh Sweets & Namkeen", "karolbaghsweets", role="Counter Manager", tz="in")
mr("c4", "{role} ting", "Wah gwaan {n},\nMi sorry fi tell yuh say boss give the {role} work to a bredda from Spanish Town weh did drive fi we before. Keep yuh head up, somet'ing soon come.\n{sf}\n{co}", "Ocho Rios Jerk Centre", "ochojerk", role="Delivery Driver", tz="jm")
mr("c5", "Your application – {role}", "Hi {n},\n\nMerci for applying for the {role} stage at {co}. A student from Concordia is taking the fall session, so yours stops here.\nBonne continuation!\n{sig}", "Plateau Bagel Bakery", "plateaubagel", role="Bakery Stagiaire", tz="cae")
mr("c6", "{role} position", "Dear {n},\n\nAbout your candidature for {role}, we must communicate that the company has decided for another person. We thank you for the time dedicated and we remain at disposal for future occasions.\n\nCordial greetings,\n{sig}\n{co}", "Parma Ham Curers Consortium", "parmacurers", role="Quality Technician", tz="it")
mr("c7", "Result of your application", "Dear {n},\n\nThank you for your kind attention to our company. After careful comparison, we feel the other candidate matches the {role} post more. Please understand. Wish you smoothly find good job!\n\n{sig}\n{co}", "Ningbo Zipper Factory", "ningbozip", role="Export Sales Assistant", tz="cn")
mr("c8", "{role} vacancy", "Hi {n}, the {role} job with {co} has been filled and we've closed applications. Best of luck out there.\n{sig}", "Galway Bay Kayaks", "galwaybaykayak", role="Kayak Instructor", tz="ie")
mr("c9", "Application update – {role}", "Hi {n},\nAppreciate you applying to {co}. {role} went to someone local to the Tucson shop, so your application's closed out.\nAll the best,\n{sig}", "Saguaro Bike Rentals", "saguarobike", role="Bike Mechanic", tz="usm")
mr("c10", "{role} – thanks", "G'day {n},\nNice one going for {role}. Another applicant with a forklift ticket got the nod, so yours ends here.\nCheers, {sig}", "Ballarat Timber Yard", "ballarattimber", role="Yardhand", tz="au")
mr("c11", "Your {role} application", "Kia ora {n},\nThanks heaps for applying. The {role} role went to someone holding a river-rescue ticket, so that's you done for now.\nNgā mihi, {sig}", "Whanganui River Canoe Hire", "whanganuicanoe", role="Canoe Guide", tz="nz")
mr("c12", "Re: {role}", "Hi {n}\n\nRe {role}: someone's been appointed and yours can't go further. Go well!\n\n{sig}\n{co}", "Karoo Windpump Repairs", "karoowindpump", role="Windpump Fitter", tz="za")
mr("c13", "{role} – application closed", "Dear {n},\nThank you for applying for {role}. The role has closed and no interview will follow for you.\nKind regards, {sig}, {co}", "Bath Antiques Auction Rooms", "bathauctionrooms", role="Porter", tz="uk")
mr("c14", "Thanks for applying – {role}", "Hi {n},\nRe the {role} job here. Sorry, we've hired already, so your application's closed.\nTake care, {sig} at {co}", "Duluth Ice Rink", "duluthice", role="Zamboni Driver", tz="usc")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nWhat a cracking morning that was; the lads on the quay still talk about your knot work. The skipper has picked Treeve, who has fished out of Newlyn with us for four winters, and he signs on Monday.\nKeep well,\n{sig}\n\n{OUT}", ("Newlyn Line Boats", "Looe Harbour Trawlers"), ("newlynline", "looetrawl"), role=("Deckhand", "Deckhand"), tz="uk")
mr("th2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nMeeting you at the depot was a treat, and the team valued your frankness. Management has appointed Mr Gumbo, who ran our Gweru yard for six years, into the {role} seat with effect from the first.\nGo well,\n{sig}\n\n{ORIG}", ("Harare Cold Storage Logistics", "Gweru Grain Haulage"), ("hrecold", "gwerugrain"), role=("Depot Manager", "Fleet Controller"), tz="zw")
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nMany thanks for meeting the founders at Nehru Place; your demo on dispatch routing was much appreciated. The team has finalised Ms Ahuja for the {role} position, who joins from the 15th itself.\nWarm regards,\n{sig}\n\n{RULE}", ("Nehru Place Fleet Tech", "Okhla Print Solutions"), ("nehruplacefleet", "okhlaprint"), role=("Product Manager", "Operations Lead"), tz="in")
mr("th4", "RE: [EXT] Re: {role} – catch up", "Hi {n},\n\nYuh really impress the whole crew Tuesday, and Miss Lorna still a-talk bout yuh coffee story. The owners pick Kemar, who been with we at the Negril branch three year, fi the {role} spot.\nBless up,\n{sig}\n\n{GM}", ("Blue Mountain Coffee House", "Negril Cliff Resort"), ("bluemtncoffee", "negrilcliff"), role=("Head Barista", "Front Office Lead"), tz="jm")
mr("th5", "RE: [EXT] Re: {role} – follow-up", "Hi {n},\n\nLovely chatting with you at the Saint-Henri shop, and thanks for the tasting notes after. The owners went with Marie-Ève, who did her stage with us last winter, for {role}; she starts after the Fête du Travail.\nTake care,\n{sig}\n\n{OUT}", ("Atwater Cheese Counter", "Lachine Canal Bike Co-op"), ("atwatercheese", "lachinebike"), role=("Counter Lead", "Shop Manager"), tz="cae")
mr("th6", "RE: [EXT] Re: {role} – colloquio", "Dear {n},\n\nWas a true pleasure to know you in the laboratory visit, and your questions on the glazes were appreciated from all. The direction has chosen Dr Lenzi, internal since three years, for the role of {role}.\nA cordial greeting,\n{sig}\n\n{ORIG}", ("Faenza Ceramics Lab", "Murano Glass Studio"), ("faenzaceramics", "muranoglass"), role=("Lab Technician", "Studio Coordinator"), tz="it")
mr("th7", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nMany thanks for coming to Hangzhou office with careful preparation; leaders highly appreciate your attitude. After discussion the company has selected Ms Chen, who has Alibaba supplier experience, for the {role}.\nWish you everything goes well,\n{sig}\n\n{RULE}", ("Hangzhou Tea Export Co.", "Yiwu Small Goods Trading"), ("hztea", "yiwugoods"), role=("Overseas Buyer", "Account Executive"), tz="cn")
mr("th8", "RE: [EXT] Re: {role} – panel", "Hi {n},\n\nThanks again for a great conversation with the panel, we all came away energised. The board has offered the {role} post to a candidate who ran a similar co-op in Vermont, and she has accepted.\nWarmly,\n{sig}\n\n{GM}", ("Asheville Food Co-op", "Cork Credit Union"), ("ashevillecoop", "corkcu"), role=("General Manager", "Member Services Head"), tz=("use", "ie"))

# ---- 8 clear refusals under long footers
mr("ft1", "{role} at {co}", "Hi {n},\nRe {role}: your application is unsuccessful on this occasion.\n{co} Jobs{FOOT}", ("St Austell Surf Supplies", "Bodmin Moor Outdoor"), ("staustellsurf", "bodminoutdoor"), frm="{co} Jobs <jobsdesk@{dom}>", role=("Shop Assistant", "Store Supervisor"), tz="uk")
mr("ft2", "Your application: {role}", "Dear {n},\nYour {role} application did not succeed, we regret to say.\n{co} Careers{FOOT}", ("Borrowdale Hardware", "Harare Seed & Feed"), ("borrowdalehw", "hareseedfeed"), frm="{co} Careers <jobsdesk@{dom}>", role=("Sales Clerk", "Counter Hand"), tz="zw")
mr("ft3", "{role} – decision", "Hi {n},\n{role}: application declined by the store.\n{co} Hiring{FOOT}", ("Lajpat Nagar Shoe House", "Sarojini Bangle Mart"), ("lajpatshoe", "sarojinibangle"), frm="{co} Hiring <jobsdesk@{dom}>", role=("Floor Staff", "Cashier"), tz="in")
mr("ft4", "Re: {role}", "Hi {n},\nAppreciated the interest; the answer on {role} is no.\n{co} Team{FOOT}", ("Half Way Tree Pharmacy", "Portmore Grocery Depot"), ("hwtpharmacy", "portmoregrocery"), frm="{co} Team <jobsdesk@{dom}>", role=("Pharmacy Assistant", "Stock Clerk"), tz="jm")

# ---- 9 hedged refusals
mr("hd1", "{role} – where we landed", "Hi {n},\n\nThank you for your time. Several folk we saw had logged more seasons running {x}, and that is where this role is heading, so we're going their way.\n{sig}, {co}", ("Polzeath Coasteering Co.", "Kariba Houseboat Hire"), ("polzeathcoasteer", "karibaboats"), role=("Instructor", "Skipper"), tz=("uk", "zw"), x=("coasteering groups", "houseboat charters"))
mr("hd2", "Your {role} application", "Dear {n},\n\nThe studio thanks you for applying. On balance it has taken the {role} role in another direction.\nRegards, {sig}, {co}", ("Shahpur Jat Design Studio", "Mile-Ex Furniture Atelier"), ("shahpurjat", "mileexatelier"), role=("Junior Designer", "Finisher"), tz=("in", "cae"))
mr("hd3", "{role} – thanks", "Hi {n},\n\nWe appreciate you coming in. Some other applicants lined up a shade closer with our {x}, and we're heading forward with them.\nAll best, {sig}", ("Kingston Yoga Loft", "Trattoria Caprese"), ("kingstonyoga", "trattoriacaprese"), role=("Studio Host", "Sous Chef"), tz=("jm", "it"), x=("evening class schedule", "seasonal menu plans"))
mr("hd4", "{role} at {co}", "Hi {n},\n\nGrateful you looked at {co}. Other candidates' backgrounds in {x} suited this opening a bit more closely.\nKind regards, {sig}", ("Ashburton Vineyard Tours", "Knysna Oyster Co."), ("ashburtonvine", "knysnaoyster"), role=("Tour Guide", "Shucker"), tz=("nz", "za"), x=("wine tourism", "shellfish grading"))
mr("hd5", "{role} search", "Dear {n},\n\nOur client is progressing with profiles that bring longer exposure to {x}. We are keeping your details for other mandates.\n{sig}, {co}", "Connaught Place Search Partners", "cpsearch", role="Head of Compliance", tz="in", x="NBFC regulatory audits")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood speaking Tuesday. Client picked someone else for {role}. Same client has just opened {x}, mind, and it'd suit you – want your CV sent across?\n\n{sig}, {co}", "Falmouth Marine Recruitment", "falmouthmarine", role="Yard Manager", x="a Boatyard Planner role", tz="uk")
mr("rc2", "{role} feedback", "Hi {n},\n\nTa for the call. An internal person has taken the {role} slot. I do have {x} at a Harare bank, paying similar – keen?\n\n{sig}\n{co}", "Avondale Talent Partners", "avondaletalent", role="Finance Manager", x="an Assistant Financial Controller opening", tz="zw")
mr("rc3", "Update – {role}", "Hi {n},\n\nAs per call, client closed {role} with other candidate. But they are having one more opening of {x}, same location. Shall I share your profile? Kindly revert by today.\n\n{sig}\n{co}", "Cyber City Hiring Desk", "cybercityhiring", role="Delivery Manager", x="Senior Scrum Master", tz="in")
mr("rc4", "About {role}", "Hi {n},\n\nThanks for yesterday's chat. The resort picked someone else for {role}, but their sister property in Montego Bay needs {x}. Shall I submit you?\n\n{sig}", "Montego Staffing Hub", "montegostaffing", role="Rooms Division Manager", x="an Assistant Front Office Manager", tz="jm")
mr("rc5", "{role} – next idea", "Hi {n},\n\nGood talking earlier. The {role} job went to another candidate. I'm also handling {x} at a firm in Saint-Laurent – bilingual, hybrid. Interested?\n\n{sig}\n{co}", "Griffintown Talent Group", "griffintowntalent", role="Controller", x="a Senior Accountant mandate", tz="cae")
mr("rc6", "Following up – {role}", "Dear {n},\n\nGrazie for the call. For {role} the client has concluded with another profile. I have in parallel {x} in Milan, similar package – may I propose you?\n\n{sig}, {co}", "Brera Executive Search", "breraexec", role="Plant Director", x="a Production Manager search", tz="it")
mr("rc7", "{role} update", "Hi {n},\n\nGood yarn yesterday. Another candidate got the {role} job. There's {x} in Perth too, if a move appeals.\n\n{sig}, {co}", "Fremantle Mining Recruiters", "fremantlemining", role="Site Superintendent", x="a Shutdown Coordinator contract", tz="au")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nFor {role} you rated eligible and qualified. Your score sat under the certificate cut, however, so the selecting official gets a certificate without your name.\n\n{co}", ("Bureau of Range Surveys – Human Capital", "Quebec Public Service Staffing Office"), ("rangesurveys", "qcstaffing"), frm="{co} <noreply@{dom}>", role=("Hydrologic Technician", "Bilingual Clerk"), tz=("usm", "cae"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nYour {role} application failed the minimum entry conditions: by closing day {x} had not come in, so the file is ineligible.\n\n{co}", ("Zimbabwe Civil Service Commission – Provincial Office", "Delhi Subordinate Services Cell"), ("zcscprov", "delhisubservices"), frm="{co} <recruit@{dom}>", role=("Clerical Officer", "Junior Assistant"), tz=("zw", "in"), x=("a certified O-Level certificate", "the OBC certificate"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} ({role}) stands cancelled after the service budget got trimmed. All applications under it lapse.\n\n{co}", ("Cornwall Council – People Services", "Parish Council of St Ann – HR"), ("cornwallpeople", "stannhr"), frm="{co} <vacancies@{dom}>", role=("Countryside Ranger", "Revenue Clerk"), tz=("uk", "jm"))
mr("ps4", "Written examination – {role}", "Dear {n},\n\nMark obtained in the written paper for {role}: {x}. Qualifying mark: {y}. Candidature ends at this stage, without the oral.\n\n{co}", ("Regional Examination Board, Lombardy", "Public Service Exam Office, Guangdong"), ("lombardyexam", "gdexam"), frm="{co} <esami@{dom}>", role=("Administrative Assistant", "Customs Officer"), tz=("it", "cn"), x=("19/30", "61"), y=("21/30", "68"))

# ---- 6 bare ATS status updates
mr("st1", "Application status update", "Hi {n},\n\n{role} ({ref}) – status: No longer being considered as of today.\n\nTrenance Careers", ("Trenance Leisure", "Marazion Hotels"), ("trenancejobs", "marazionhotels"), frm="Trenance Careers <status@{dom}>", role=("Lifeguard", "Night Porter"), tz="uk")
mr("st2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> is <b>no longer under consideration</b>.</p><p>Kopje Hiring Portal</p></body></html>", ("Kopje Mining Services", "Eastlea Freight"), ("kopjehiring", "eastleafreight"), frm="Kopje Hiring Portal <status@{dom}>", role=("Shift Boss", "Dispatcher"), tz="zw")
mr("st3", "Your application – update", "Hi {n},\n{role}: this application is now inactive and closed on the portal.\nDwarka Jobs Portal", ("Dwarka Retail", "Rohini Logistics"), ("dwarkajobs", "rohinilogistics"), frm="Dwarka Jobs Portal <status@{dom}>", role=("Store Associate", "Picker Packer"), tz="in")

# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Dear {n},\n\nTwo assessors read your {x} form. The cohort of six is now complete, and you are outside it.\n\n{co} Early Careers", ("Camborne Mining Engineering", "Hwange Power Station"), ("camborneminingeng", "hwangepower"), frm="{co} Early Careers <grads@{dom}>", role="Graduate", x=("2026 Graduate Engineering Programme", "Graduate Trainee Scheme"), tz=("uk", "zw"))
mr("in2", "{x} – outcome", "Hi {n},\n\nRe the {x}: the assessment day has filled the cohort, and a seat for you is off the cards this year.\n\n{sig}, {co}", ("Vieux-Port Game Studio", "Gurugram Analytics Hub"), ("vieuxportgames", "ggnanalytics"), role="Intern", x=("Summer 2026 Game Design Internship", "Data Science Summer Internship"), tz=("cae", "in"))
mr("in3", "{x}", "Dear {n},\n\nFollowing the selection for the {x}, your profile results not admitted to the next edition. Thanks for participating.\n\n{sig}\n{co}", ("Bicocca Tyre Research Lab", "Jiangsu Solar Materials Institute"), ("milantyrelab", "jssolarinst"), role="Trainee", x=("Research Placement Year", "Materials Research Internship"), tz=("it", "cn"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} ({ref}) – received", "Hello {n},\n\nYour application for {role} (req. {ref}) is in. Candidate Home will show its status as it changes: next it becomes either Interview Invited or Position Filled – External Hire.\n\n{co} Talent Systems", ("Penwithick Clay Works", "Msasa Steel Rollers"), ("penwithickclay", "msasasteel"), frm="{co} Talent Systems <candidatehome@{dom}>", role=("Shift Chemist", "Crane Slinger"), tz=("uk", "zw"))
mo("application_received", "a2", "{co} got your application", "Hi {n},\n\nYour {role} application is in! Every application gets a human read. Matching ones get a take-home brief; should we pick others instead, that news comes to you as well.\n\n{sig}", ("Hauz Khas Ledgerworks", "Verdun Mapleline Software"), ("hauzkhasledger", "verdunmapleline"), role=("Data Engineer", "Support Engineer"), tz=("in", "cae"))
mo("application_received", "a3", "We have your {role} application", "Hi {n}, thanks for applying to {co}. Whatever comes of this one, your profile sits in our Crewbank for 10 months unless you reply DROPCREW.\n{sig}", ("Lanner Cider Barn", "Port Antonio Reef Tours"), ("lannercider", "portantonioreef"), role=("Orchard Hand", "Boat Crew"), tz=("uk", "jm"))
mo("application_received", "a4", "Received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Possible next</th></tr><tr><td>{role}</td><td>Received</td><td>Interview / Closed – other applicant hired</td></tr></table><p>{co} People Office</p></body></html>", ("Hayle Granite Polishers", "Ruwa Tile Kilns"), ("haylegranite", "ruwatile"), frm="{co} People Office <jobs@{dom}>", role=("Saw Operator", "Kiln Loader"), tz=("uk", "zw"))
mo("application_received", "a5", "{co} – requisition {ref} received", "Dear {n},\nYour application for {role} is received. Files lacking {x} get closed at screening, so kindly attach it if you have not.\n{co} Recruitment", ("Montreal Harbour Cranes", "Noida Fire Safety Works"), ("mtlharbourcranes", "noidafiresafety"), frm="{co} Recruitment <talent@{dom}>", role=("Rigger", "Alarm Technician"), tz=("cae", "in"), x=("a CCQ card", "a fire-audit licence"))
mo("application_received", "a6", "Application logged – {ref}", "Dear {n},\n\nApplication logged for {role}. Note that should the depot merger go ahead, requisitions like this one may be withdrawn and applications closed.\n\n{co} Talent Acquisition", ("Chandni Chowk Hardware Mart", "Mandeville Building Supplies"), ("ccdhardware", "mandevillebuild"), frm="{co} Talent Acquisition <taleo@{dom}>", role=("Billing Clerk", "Forklift Driver"), tz=("in", "jm"))
mo("application_received", "a7", "Thanks for applying to {co}", "Hi {n},\nForm for {role} arrived. Trial shift or polite pass, expect word from me inside ten days whichever it is.\n{sig} (via Workable)", ("Padstow Crab Shack", "Avondale Sadza Kitchen"), ("padstowcrab", "avondalesadza"), role=("Kitchen Porter", "Waiter"), tz=("uk", "zw"))
mo("application_received", "a8", "{role} – application in", "Hello {n},\n\nThanks for applying to {co}. Heads-up: staff moving across from our other branches get first claim, and if one takes it we'll let you know.\n{sig}\nSent via BambooHR", ("Suzhou Silk Threads Co.", "Trastevere Leather Goods"), ("suzhousilk", "trastevereleather"), role=("Designer", "Sales Associate"), tz=("cn", "it"))
mo("application_received", "a9", "Receipt of your candidature", "Dear {n},\n\nYour candidature for {role} has arrived to us. In case of positive outcome you will be contacted within 20 days; in absence of communication, please consider the selection as concluded.\n\n{sig}\nTeamtailor", ("Bologna Packaging Machines", "Torino Coffee Roasters"), ("bolognapack", "torinoroast"), role=("Field Technician", "Barista Trainer"), tz="it")
mo("application_received", "a10", "{role}: application received", "Dear {n},\n\nYour {role} application is here. Applications get scored on a rubric; those under the cut are notified by e-mail once shortlisting closes.\n\n{co} HR (Pinpoint)", ("Truro Hearing Clinic", "Bulawayo Water Trust"), ("truroclinic", "bulawayowater"), frm="{co} HR <hr@{dom}>", role=("Audiology Assistant", "Lab Assistant"), tz=("uk", "zw"))
mo("application_received", "a11", "Got your CV – {role}", "Hi {n},\n\nCV in for {role}, ta. Heads up, the client now and then pauses or fills from its own network; if so, I ring you same day.\n\n{sig}, {co}", ("Gurgaon Placement Desk", "Kingston Staffing Partners"), ("gurgaonplacement", "kingstonstaffing"), role=("HR Executive", "Store Manager"), tz=("in", "jm"))
mo("application_received", "a12", "Application received at {co}", "Hey {n},\n\nThanks for applying to {role}. We only reach out when there is a match with what the team needs, so sit tight for about two weeks.\n\n{sig}\nSent with Ashby", ("Shenzhen Glintarm Robotics", "Mile End Parcel Labs"), ("szglintarm", "mileendparcel"), role=("Hardware Tester", "Ops Associate"), tz=("cn", "cae"))
mo("application_received", "a13", "{co} crew form received", "Hi {n},\nYour form for the {x} crew is here. Returning pickers get first pick of places; should the crew fill before your turn, the form is shredded at season's close.\n{sig}", ("Tamar Valley Daffodil Growers", "Mazowe Citrus Estates"), ("tamardaffodil", "mazowecitrus"), role="Picker", tz=("uk", "zw"), x=("bulb", "lemon"))
mo("application_received", "a14", "Application – {role}", "Dear {n},\n\nYour papers reached the office. If your name misses the next phase, please take it that the papers stay on our file for future openings.\n\n{sig}\n{co}", ("Chitungwiza Auto Spares", "Borrowdale Hardware"), ("chitungwizaauto", "borrowdalehw"), role=("Stores Clerk", "Driver"), tz="zw")
mo("application_received", "a15", "Acknowledgement – {role}", "Dear {n},\n\nYour profile for {role} has reached our HR desk. Only shortlisted persons shall get intimation; no call in 15 days means kindly treat your profile as not shortlisted only.\n\nRegards\n{sig}", ("Karol Bagh Sweets & Namkeen", "Lajpat Nagar Shoe House"), ("karolbaghsweets", "lajpatshoe"), role=("Accountant", "Store In-charge"), tz="in")
mo("application_received", "a16", "We get yuh application", "Hi {n},\nWe get yuh application fi {role}. If yuh get through, mi call yuh; if it nah work out, mi send a message. Either way yuh hear from we.\n{sf}\n{co}", ("Ocho Rios Jerk Centre", "Half Way Tree Pharmacy"), ("ochojerk", "hwtpharmacy"), role=("Cashier", "Delivery Rider"), tz="jm")
mo("application_received", "a17", "Application received – {role}", "Hi {n},\n\nThanks for applying to {co}! We got your application for {role}. Retained or not, a note lands with each applicant ahead of the thirtieth.\n\n{sig}", ("Plateau Bagel Bakery", "Atwater Cheese Counter"), ("plateaubagel", "atwatercheese"), role=("Baker", "Cheesemonger"), tz="cae")
mo("application_received", "a18", "Confirmation of receipt", "Dear {n},\n\nThank you for your kind attention. Your resume for {role} arrived safely. If this time is not suitable, your information will be saved in our talent database.\n\n{sig}\n{co}", ("Ningbo Zipper Factory", "Hangzhou Tea Export Co."), ("ningbozip", "hztea"), role=("QC Inspector", "Sales Assistant"), tz="cn")
mo("application_received", "a19", "{co} – form received", "Hi {n},\nGrand, the form's here. Yes or no, a crew member writes to you personally, three weeks tops.\n{sig}", ("Galway Bay Kayaks", "Cork Credit Union"), ("galwaybaykayak", "corkcu"), role="Guide", tz="ie")
mo("application_received", "a20", "Thanks for applying", "G'day {n},\nYour {role} application's landed. Silence from us past a fortnight means no luck this go.\nCheers, {sig}", ("Ballarat Timber Yard", "Fremantle Mining Recruiters"), ("ballarattimber", "fremantlemining"), role=("Saw Doctor", "Dump Truck Operator"), tz="au")
mo("application_received", "a21", "Application received", "Mōrena {n},\nYour {role} application is in. Our phone call comes only if the shortlist has your name.\nNgā mihi, {sig}", ("Whanganui River Canoe Hire", "Ashburton Vineyard Tours"), ("whanganuicanoe", "ashburtonvine"), role=("Booking Agent", "Cellar Door Host"), tz="nz")
mo("application_received", "a22", "Your application", "Hi {n}\n\nYour {role} application is in, thanks. Those who miss out get told by email as well.\n\n{sig}\n{co}", ("Karoo Windpump Repairs", "Knysna Oyster Co."), ("karoowindpump", "knysnaoyster"), role=("Pump Mechanic", "Packer"), tz="za")
mo("application_received", "a23", "Application received – announcement {ref}", "Dear {n},\n\nLogged: your {role} application. When rating ends, your Notice of Results spells out eligibility and whether the selecting official gets your name.\n\n{co}", ("Bureau of Range Surveys – Human Capital", "Quebec Public Service Staffing Office"), ("rangesurveys", "qcstaffing"), frm="{co} <noreply@{dom}>", role=("Range Technician", "Records Clerk"), tz=("usm", "cae"))
mo("application_received", "a24", "Application received", "Hi {n},\n\nStatus for {role} ({ref}): Received. It may later read In Review, Interview, or No longer being considered.\n\nTrenance Careers", ("Trenance Leisure", "Marazion Hotels"), ("trenancejobs", "marazionhotels"), frm="Trenance Careers <status@{dom}>", role=("Swim Coach", "Housekeeper"), tz="uk")
mo("application_received", "a25", "{x} – application received", "Dear {n},\n\nForm for the {x} safely in. Every applicant, placed or passed over, hears by email once assessment day wraps.\n\n{co} Early Careers", ("Camborne Mining Engineering", "Hwange Power Station"), ("camborneminingeng", "hwangepower"), frm="{co} Early Careers <grads@{dom}>", role="Graduate", x=("2026 Graduate Engineering Programme", "Graduate Trainee Scheme"), tz=("uk", "zw"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nGreat to hear back so quick. Skipper wants you on the quay {dl} at 7 to yarn and see the boat. Unfortunately the harbour car park is shut for resurfacing, so use the top lot.\n{sig}\n\n{OUT}", ("Newlyn Line Boats", "Looe Harbour Trawlers"), ("newlynline", "looetrawl"), role=("Deckhand", "Engineer"), tz="uk")
mo("offer", "f1", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nManagement offers you the {role} post, letter attached. Sadly our canteen is under renovation till month end. Sign and send back by {dl}, please.\n{sig}\n\n{ORIG}", ("Harare Cold Storage Logistics", "Gweru Grain Haulage"), ("hrecold", "gwerugrain"), role=("Depot Manager", "Fleet Controller"), tz="zw")
mo("interview", "i2", "Interview – {role}", "Dear {n},\n\nKindly come for a face-to-face round for {role} on {dl}, 11 am, at our office. Unfortunately lift servicing is going on, so kindly use stairs to 4th floor.\n\n{sig}\n{co}", ("Nehru Place Fleet Tech", "Okhla Print Solutions"), ("nehruplacefleet", "okhlaprint"), role=("Tech Lead", "Press Supervisor"), tz="in")
mo("interview", "i3", "Yuh interview", "Hi {n},\nBoss want see yuh {dl} at 10 fi the {role} chat. Bad news is the road by the gate dig up, so park by the church.\n{sig}", ("Blue Mountain Coffee House", "Negril Cliff Resort"), ("bluemtncoffee", "negrilcliff"), role=("Barista", "Bartender"), tz="jm")
mo("next_steps", "n1", "Next step – {role}", "Hi {n},\n\nNext step for {role}: a short online tasting quiz, due by {dl}. Unfortunately that quiz clock runs on even if you step away, so pick a quiet hour.\n{sig}", ("Atwater Cheese Counter", "Lachine Canal Bike Co-op"), ("atwatercheese", "lachinebike"), role=("Counter Lead", "Mechanic"), tz="cae")
mo("next_steps", "n2", "Documents for {role}", "Dear {n},\n\nTo proceed with your candidature we kindly ask a portfolio of glaze tests by {dl}. Unfortunately our server bounces files over 5 MB, so shrink the photos please.\n{sig}", ("Faenza Ceramics Lab", "Murano Glass Studio"), ("faenzaceramics", "muranoglass"), role=("Lab Technician", "Glass Finisher"), tz="it")
mo("next_steps", "n3", "Written test – {role}", "Dear {n},\n\nThank you for your kind attention. Please complete the online English test before {dl}. Regretfully, the system does not allow a second attempt, so please prepare.\n{sig}\n{co}", ("Hangzhou Tea Export Co.", "Yiwu Small Goods Trading"), ("hztea", "yiwugoods"), role=("Overseas Buyer", "Merchandiser"), tz="cn")
mo("offer", "f2", "Offer – {role}", "Hi {n},\n\nThe {role} job at {co} has your name on it! Sadly parking passes lag a week behind starters. Reply by {dl}, please.\n{sig}", ("Asheville Food Co-op", "Cork Credit Union"), ("ashevillecoop", "corkcu"), role=("Deli Manager", "Loans Officer"), tz=("use", "ie"))
mo("interview", "i4", "{co} – chat about {role}", "Hi {n},\nLoved your application. Fancy a chat about {role} on {dl}? Unfortunately our studio has no heating this week, so bring a jumper.\n{sig}", ("Shahpur Jat Design Studio", "Mile-Ex Furniture Atelier"), ("shahpurjat", "mileexatelier"), role=("Designer", "Upholsterer"), tz=("in", "cae"))
mo("interview", "i5", "Interview invitation – {role}", "Dear {n},\n\nPlease attend an oral board for {role} on {dl}. Regrettably no travel expenses can be refunded. Bring photo ID.\n\n{co}", ("Zimbabwe Civil Service Commission – Provincial Office", "Delhi Subordinate Services Cell"), ("zcscprov", "delhisubservices"), frm="{co} <recruit@{dom}>", role=("Clerical Officer", "Junior Assistant"), tz=("zw", "in"))
mo("interview", "i6", "{role} – call", "Hi {n}, thanks for the CV. Can we talk about {role} on {dl}? Sorry, I can only do mornings this week.\n{sig}, Falmouth Marine Recruitment", "Falmouth Marine Recruitment", "falmouthmarine", role="Marina Supervisor", tz="uk")
mo("interview", "i7", "Interview – {role}", "Hi {n},\n\nClient has shortlisted you for {role}, meeting on {dl}. Unfortunately their office is far from the metro, so budget time for traffic.\n\n{sig}\n{co}", "Cyber City Hiring Desk", "cybercityhiring", role="Program Manager", tz="in")
mo("interview", "i8", "Interview – {role}", "Hi {n},\n\nYou're through to an interview for {role} on {dl}. Unfortunately the main door has hoarding over it, so come round via Rue Notre-Dame.\n\n{sig}", "Griffintown Talent Group", "griffintowntalent", role="Analyst", tz="cae")
mo("interview", "i9", "Colloquio – {role}", "Dear {n},\n\nWe are glad to call you to a meeting for {role} on {dl}. Unfortunately the station near our office has works, please consider the bus.\n\n{sig}, {co}", "Brera Executive Search", "breraexec", role="Operations Manager", tz="it")
mo("interview", "i10", "Interview – {role}", "Hi {n},\nWould you be free {dl} for a video interview for {role}? Sadly our video tool only offers Perth times, so double-check the hour.\n{sig}", "Ballarat Timber Yard", "ballarattimber", role="Leading Hand", tz="au")
mo("interview", "i11", "Interview", "Kia ora {n},\nCome see us on {dl} about {role}? Unfortunately the jetty office flooded, so it's the cafe next door.\n{sig}", "Whanganui River Canoe Hire", "whanganuicanoe", role="Deckhand", tz="nz")
mo("next_steps", "n4", "Assessment – {role}", "Dear {n},\n\nNext for {role}: a numeracy test, to finish by {dl}. Unfortunately calculators are not permitted.\n\n{co} HR (Pinpoint)", ("Truro Hearing Clinic", "Bulawayo Water Trust"), ("truroclinic", "bulawayowater"), frm="{co} HR <hr@{dom}>", role=("Practice Manager", "Water Engineer"), tz=("uk", "zw"))
mo("next_steps", "n5", "Documents needed", "Dear {n},\n\nPlease bring your Class 4 licence and police clearance by {dl}. Sadly photocopies will not be accepted.\n\n{sig}", "Chitungwiza Auto Spares", "chitungwizaauto", role="Driver", tz="zw")
mo("next_steps", "n6", "Task – {role}", "Hi {n},\n\nNext: a small take-home for {role}, due {dl}. Unfortunately the sandbox sleeps on Sundays, so start earlier.\n\n{sig}", ("Shenzhen Glintarm Robotics", "Mile End Parcel Labs"), ("szglintarm", "mileendparcel"), role=("Firmware Engineer", "Growth Analyst"), tz=("cn", "cae"))
mo("offer", "f3", "Your offer – {role}", "Hi {n},\n\nHappy to offer you {role} at {co}! Unfortunately your uniform won't arrive before your start date. Please confirm by {dl}.\n\n{sig}", ("Padstow Crab Shack", "Avondale Sadza Kitchen"), ("padstowcrab", "avondalesadza"), role=("Line Cook", "Grill Cook"), tz=("uk", "zw"))
mo("offer", "f4", "Offer – {role}", "Dear {n},\n\nHappy to offer you the {role} position. Unfortunately laptop issue happens only in week two. Kindly accept by {dl}.\n\n{sig}\n{co}", "Karol Bagh Sweets & Namkeen", "karolbaghsweets", role="Accounts Executive", tz="in")
mo("offer", "f5", "Offer for yuh", "Hi {n},\nWe want yuh fi the {role} job! Bad news is the staff bus nah run Sundays. Let we know by {dl}.\n{sig}", "Ocho Rios Jerk Centre", "ochojerk", role="Cashier", tz="jm")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Application status update", "Hi {n},\n\nStatus for {role} ({ref}): Withdrawn by candidate. You can reapply from your account any time.\n\nTrenance Careers", ("Trenance Leisure", "Marazion Hotels"), ("trenancejobs", "marazionhotels"), frm="Trenance Careers <status@{dom}>", role=("Lifeguard", "Night Porter"), tz="uk")
mo("other_job", "w2", "Status update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b>: your application is <b>on hold</b> pending a hiring-budget review. You keep your spot in line.</p><p>Kopje Hiring Portal</p></body></html>", ("Kopje Mining Services", "Eastlea Freight"), ("kopjehiring", "eastleafreight"), frm="Kopje Hiring Portal <status@{dom}>", role=("Shift Boss", "Dispatcher"), tz="zw")
mo("other_job", "w3", "Interview moved", "Hi {n},\nQuick note: your {role} interview is moved to {dl}, as the shop closes for Emancipation Day. Same time.\n{sig}", "Negril Cliff Resort", "negrilcliff", role="Concierge", tz="jm")
mo("job_alert", "al", "New at {co}: three openings", "Hi {n},\nThis week at {co}: Weekend Shop Assistant (Newquay), Stock Runner (St Ives), Till Supervisor (Truro).\nApply through your account.{FOOT}", "St Austell Surf Supplies", "staustellsurf", frm="{co} Jobs <jobsdesk@{dom}>", x=("1", "2", "3"), tz="uk")
mo("recruiter_outreach", "ro1", "{role} – open to a chat?", "Hi {n},\n\nI'm recruiting a {role} for a cold-chain firm near Harare airport. Strong package plus a car. Could we speak this week?\n\n{sig}, Avondale Talent Partners", "Avondale Talent Partners", "avondaletalent", role="Warehouse Manager", tz="zw")
mo("recruiter_outreach", "ro2", "{role} opportunity", "Hi {n},\n\nSaw your profile – a Laval manufacturer needs a bilingual {role}. Hybrid, good benefits. Got ten minutes this week?\n\n{sig}, Griffintown Talent Group", "Griffintown Talent Group", "griffintowntalent", role="Cost Accountant", tz="cae")
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nYour {x} loan request went before our credit committee, which declined it under current lending criteria. Ask within 30 days if you'd like it looked at again.\n\n{sig}, {co}", ("Cork Credit Union", "Kernow Building Society"), ("corkcu", "kernowbs"), x=("car", "home improvement"), tz=("ie", "uk"))
mo("non_job_rejection_words", "nj3", "Ballot result", "Hi {n},\n\nThe Jamaica half marathon ballot is drawn; your entry came up empty this year; the fee is refunded.\n\n{sig}", "Reggae Road Race Club", "reggaeroadrace", tz="jm")
mo("non_job_rejection_words", "nj4", "Your flat application", "Hi {n},\n\nAfter your visit to the Rue Saint-Denis flat, the owner picked another tenant, so your application is unsuccessful.\n\n{sig}", "Plateau Lettings", "plateaulettings", tz="cae")
mo("non_job_rejection_words", "nj5", "Club membership", "Dear {n},\n\nThe committee regrets: the novice squad of the rowing club is full this season, with no room for you.\n\n{sig}, Lake Como Rowing Club", "Lake Como Rowing Club", "comorowing", tz="it")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str, trade: str) -> tuple[str, str]:
    return "{sig}, {co} (via " + ch + ") <{sl}@{dom}>", "\n\n:: sent on by " + ch + " / " + trade + " vacancies ::"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm, tail = via(ch, trade)
    d = dom + "." + ch.lower()
    wr("e" + fam, rej[0], rej[1] + tail, co, d, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "e" + fam, twin[1], twin[2] + tail, co, d, frm=frm, tz=tz)


pair("01", "TolvanrigQuartz", "oyster-cultching", "Helford Oyster Beds", "helfordbeds", "uk", ("Cultch hand", "Hi {n}, cheers for the cultch-spreading trial. A lad who worked last spring with us has the spot, so it's closed for you. {sig}"), ("application_received", "Cultch hand – got it", "Hi {n}, your note about the cultch-spreading job reached us. Tide tables permitting we read them Sundays. {sig}"))
pair("02", "TolvanrigGarnet", "hurling-bossing", "Thurles Ash Hurls", "thurleshurls", "ie", ("Bossing bench", "Hi {n}, grand you called in re the bossing bench. A maker from Kilkenny sits at it now, so your application ends. {sig}"), ("interview", "Bossing bench – trial", "Hi {n}, would you try a hurl bossing at the bench on {dl}? Sadly the workshop heater's dead, so wrap up. {sig}"))
pair("03", "TolvanrigJasper", "rattan-lashing", "Cebu Rattan Makers", "cebusrattan", "ph", ("Lashing post", "Hi {n}, salamat for your interest in the rattan lashing post. We took a weaver from Mandaue instead, so your application ends here. {sig}"), ("next_steps", "Lashing sample", "Hi {n}, email us a photo showing a lashed chair joint by {dl}. Sorry, videos are too big for our mail. {sig}"))
pair("04", "TolvanrigOnyx", "kite-cutting", "Ahmedabad Patang Works", "amdpatang", "in", ("Kite cutter job", "Dear {n}, your application for kite paper cutter is not selected; senior karigar has joined on the post. Regards, {sig}"), ("offer", "Kite cutter – offer", "Dear {n}, we are offering you the kite paper cutter post before Uttarayan rush. Unfortunately no canteen on premises. Kindly confirm by {dl}. {sig}"))
pair("05", "TolvanrigBeryl", "trawl-door welding", "Grimsby Otterboard Fabrication", "grimsbyotter", "uk", ("Welder – trawl doors", "Hi {n}, thanks for the weld test on the otterboard. Someone coded to a higher standard got it, so we'll stop there with you. {sig}"), ("interview", "Weld test – trawl doors", "Hi {n}, come for a weld test on trawl doors on {dl} at 8. Unfortunately the canteen's shut, so bring a flask. {sig}"))
pair("06", "TolvanrigAgate", "kiln-brick setting", "Stoke Kiln Setters", "stokekilnset", "uk", ("Setter vacancy", "Hi {n}, thank you for applying to set kiln bricks with us. An older hand who knows bottle ovens got it; yours is closed. {sig}"), ("application_received", "Setter vacancy – received", "Hi {n}, your form for kiln brick setter is with the foreman. He reads them after firing days. {sig}"))
pair("07", "TolvanrigTopaz", "boat-nail clenching", "Lunenburg Dory Shop", "lunenburgdory", "caa", ("Clencher", "Hi {n}, thanks for your interest in clenching nails on our dories. We hired a builder from Mahone Bay, so your application closes. {sig}"), ("next_steps", "Clencher – references", "Hi {n}, two references by {dl}, if you would. Sorry, texts won't count, we need emails. {sig}"))
pair("08", "TolvanrigZircon", "tent-peg splitting", "Brecon Bell Tents", "breconbell", "uk", ("Peg splitter", "Hi {n}, thanks for applying to split ash pegs for us. A local coppice worker got the job; your application ends here. {sig}"), ("offer", "Peg splitter – offer", "Hi {n}, we'd like you to split tent pegs for us this summer! Bad news: no van to the woods. Reply by {dl}. {sig}"))
pair("09", "TolvanrigMica", "flagpole shaving", "Vermont Spar Yard", "vtsparyard", "use", ("Spar shaver", "Hi {n}, thanks for writing about flagpole shaving. A shipwright took the job; yours is closed. {sig}"), ("interview", "Spar shaver – visit", "Hi {n}, can you visit on {dl} to shave a test spar? Unfortunately our road floods in rain, so check first. {sig}"))
pair("10", "TolvanrigFeldspar", "drum-hoop bending", "Nashville Snare Hoops", "nashhoops", "usc", ("Hoop bender", "Hi {n}, thanks for the hoop samples. Another bender with steam-box time got the nod; your application stops. {sig}"), ("next_steps", "Hoop bender – sample", "Hi {n}, please post one bent maple hoop by {dl}. Unfortunately postage is yours to cover. {sig}"))
pair("11", "TolvanrigObsidian", "treacle-toffee pulling", "Blackpool Toffee Kitchen", "blackpooltoffee", "uk", ("Toffee puller", "Hi {n}, ta for trying the toffee hook. A puller from Fleetwood has got t'job, so there's nowt for you. {sig}"), ("application_received", "Toffee puller – got it", "Hi {n}, your form for toffee puller arrived. We sort them after the illuminations. {sig}"))
pair("12", "TolvanrigAmber", "barrel-hoop riveting", "Barossa Cooperage Supplies", "barossacoop", "au", ("Hoop riveter", "Hi {n}, thanks for applying to rivet barrel hoops. A bloke from Nuriootpa got it, so yours is done. {sig}"), ("interview", "Hoop riveter – yard visit", "Hi {n}, pop out to the yard {dl}? Unfortunately the road's corrugated, so drive slow. {sig}"))
pair("13", "TolvanrigJade", "mooring-ring casting", "Auckland Harbour Castings", "aklcastings", "nz", ("Ring caster", "Kia ora {n}, thanks for applying to cast mooring rings. Someone with foundry tickets got the role, so yours is closed. {sig}"), ("offer", "Ring caster – offer", "Kia ora {n}, happy to offer you the ring caster role! Sadly our locker room is being retiled. Reply by {dl}. {sig}"))
pair("14", "TolvanrigCitrine", "gutta-percha rolling", "Singapore Cable Sheathing", "sgsheathing", "sg", ("Roller post", "Hi {n}, thank you for applying for gutta-percha roller. We have chosen another applicant and will not proceed further. {sig}"), ("next_steps", "Roller post – health form", "Hi {n}, please submit the health form by {dl}. Unfortunately scans only, no phone photos. {sig}"))
pair("15", "TolvanrigOpal", "hurdle splitting", "Wiltshire Wattle Hurdles", "wiltshirewattle", "uk", ("Hurdle maker", "Hi {n}, your letter about hurdle splitting came. An apprentice started last month; nothing spare for now. {sig}"), ("interview", "Hurdle maker – come along", "Hi {n}, come down to the copse {dl}? Unfortunately it's muddy, so boots please. {sig}"))
pair("16", "TolvanrigRuby", "thatch spar making", "Devon Spar Makers", "devonspars", "uk", ("Spar maker", "Hi {n}, ta for the hazel spar letter. Someone nearer Crediton got it, and yours is shut. {sig}"), ("application_received", "Spar maker – received", "Hi {n}, your application to make hazel spars is in. We'll reply once the cutting season's planned. {sig}"))
pair("17", "TolvanrigSapphire", "chalkboard slating", "Ohio Schoolboard Makers", "ohioboard", "usc", ("Slater", "Hi {n}, thanks for applying as chalkboard slater. We filled the role internally and won't move ahead with you. {sig}"), ("next_steps", "Slater – paperwork", "Hi {n}, please return the I-9 papers by {dl}. Sorry, we can't accept them by text. {sig}"))
pair("18", "TolvanrigPeridot", "sail-thimble pressing", "Cape Town Sail Hardware", "ctsailhw", "za", ("Thimble press", "Hi {n}, thanks for your application for thimble press operator. Another person was appointed and yours is closed. {sig}"), ("offer", "Thimble press – offer", "Hi {n}, great news, the thimble press job is yours! Unfortunately overalls take two weeks. Please reply by {dl}. {sig}"))
pair("19", "TolvanrigSpinel", "crab-pot weighting", "Kilkeel Pot Makers", "kilkeelpots", "ie", ("Pot weighter", "Hi {n}, thanks for applying to weight crab pots. A man from Annalong starts Monday, so yours is closed. {sig}"), ("interview", "Pot weighter – visit", "Hi {n}, call in on {dl}? Sorry, the yard gate sticks, so push hard. {sig}"))
pair("20", "TolvanrigTourmaline", "bodhran rimming", "Ennistymon Drum Rims", "ennistymonrims", "ie", ("Rimmer", "Hi {n}, the bodhran rim samples came, thanks. Another maker's been taken on, so your application is closed. {sig}"), ("next_steps", "Rimmer – sample", "Hi {n}, please send a steamed rim by {dl}. Unfortunately we can't pay the courier. {sig}"))
pair("21", "TolvanrigMoonstone", "lobster-claw banding", "Maine Pound Shippers", "mainepound", "use", ("Bander", "Hi {n}, thanks for applying to band claws at the pound. We've hired a local from Stonington and won't move ahead with yours. {sig}"), ("application_received", "Bander – received", "Hi {n}, we have your application for claw bander. We'll read it once the boats are in. {sig}"))
pair("22", "TolvanrigLapis", "slate-hook forging", "Ballachulish Roofing Smiths", "ballachulishsmith", "uk", ("Hook smith", "Hi {n}, thanks for your interest in forging slate hooks. A smith from Fort William has the job; yours is closed. {sig}"), ("offer", "Hook smith – offer", "Hi {n}, we offer you the slate hook forge post! Sadly the forge shed leaks. Please confirm by {dl}. {sig}"))
pair("23", "TolvanrigChert", "stilt-walker fitting", "Toronto Circus Rigging", "torontorigging", "cae", ("Stilt fitter", "Hi {n}, thanks for applying to fit stilts. We've chosen a fitter from the circus school and won't progress yours. {sig}"), ("interview", "Stilt fitter – meet", "Hi {n}, could we meet on {dl}? Unfortunately the studio elevator's down, stairs only. {sig}"))
pair("24", "TolvanrigGalena", "canoe-thwart shaping", "Kenora Canoe Works", "kenoracanoe", "usc", ("Thwart shaper", "Hi {n}, cheers for the thwart shaping application. Someone from Dryden got it; yours is closed. {sig}"), ("next_steps", "Thwart shaper – sample", "Hi {n}, could you shape one ash thwart and mail photos by {dl}? Sorry, we have no studio for tests. {sig}"))
pair("25", "TolvanrigPyrite", "goal-net knotting", "Durban Goal Nets", "durbannets", "za", ("Net knotter", "Hi {n}, ta for asking about knotting goal nets. Job's filled; your application's closed. {sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on TolvanrigQuartz", "Hi {n},\nNew this week: oyster-bed hand (Helford), cultch spreader (Fal), shellfish boat crew (Porthallow). Apply from your TolvanrigQuartz page.\n\n:: sent on by TolvanrigQuartz ::", "TolvanrigQuartz", "tolvanrigquartz", frm="TolvanrigQuartz <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nonjob", "Mooring application", "Hi {n},\n\nPort Royal dinghy moorings are all allocated for the year, so your mooring request was unsuccessful.\n\n{sig}", "Port Royal Moorings Office", "portroyalmoorings", tz="jm")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل البحر الميت للصابون", "deadseasoap", "jo", ("طلبك لوظيفة صانع صابون", "عزيزتي {n}،\nوقع اختيار المشغل على حرفية من السلط لهذه الوظيفة، فطلبك مغلق الآن.\nتحياتنا، {sig}"), ("interview", "دعوة لمقابلة", "عزيزتي {n}،\nنرجو حضورك يوم {dl} لتجربة قصيرة في المشغل. للأسف موقف السيارات مغلق بسبب الصيانة.\n{sig}"))
lp("de", "de", "Bürstenmacherei Vollmer, Todtnau", "buerstentodtnau", "de", ("Ihre Bewerbung als Bürstenbinder", "Liebe {n},\ndie Stelle in unserer Bürstenbinderei geht an einen Mann aus dem Dorf. Ihre Unterlagen senden wir deshalb zurück.\nFreundliche Grüße\n{sig}"), ("next_steps", "Arbeitsprobe", "Liebe {n},\nwir hätten gern bis {dl} ein Foto einer selbst gebundenen Bürste. Leider können wir Portokosten nicht erstatten.\n{sig}"))
lp("es", "es", "Taller de Guitarras Carrasco, Granada", "guitarrasgranada", "es", ("Su candidatura", "Hola {n}:\nPara este puesto nos quedamos con un luthier de más oficio; tu candidatura termina aquí.\nSaludos de la Alhambra,\n{sig}"), ("offer", "Oferta de trabajo", "Hola {n}:\nNos alegra ofrecerte el puesto de ayudante en el taller. Por desgracia el ascensor del edificio está averiado. Contesta antes del {dl}, por favor.\n{sig}"))
lp("fr", "fr", "Atelier de vannerie Le Goff, Quimper", "vannerieqpr", "fr", ("Votre candidature", "Bonjour {n},\nl'atelier garde une vannière formée sur place; pour vous, le dossier se clôt ici.\nCordialement,\n{sig}"), ("application_received", "Candidature reçue", "Bonjour {n},\nle panier de candidatures contient bien la vôtre. Bonne ou mauvaise, la réponse partira avant la fin du mois.\n{sig}"))
lp("hi", "hi", "जयपुर रज़ाई घर", "jaipurrazai", "in", ("आपका आवेदन", "प्रिय {n},\nरज़ाई भराई अब रमेश काका के ज़िम्मे रहेगी; आपकी अर्ज़ी पर हमने ताला लगा दिया है।\nशुभकामना सहित, {sig}"), ("interview", "मिलने का समय", "प्रिय {n},\n{dl} सुबह दस बजे रज़ाई घर पधारिए। अफ़सोस, गली में खुदाई हो रखी है।\n{sig}"))
lp("it", "it", "Cappelleria Marchesini, Firenze", "cappelleriafi", "it", ("La sua candidatura", "Gentile {n},\nla bottega ha preferito una persona più esperta nel feltro; per lei la selezione termina qui.\nUn saluto,\n{sig}"), ("next_steps", "Prova pratica", "Gentile {n},\nle chiediamo di inviarci le foto di un cappello da lei realizzato entro il {dl}. Purtroppo non accettiamo file oltre 4 MB.\n{sig}"))
lp("ja", "ja", "藤田傘工房", "fujitakasa", "jp", ("応募結果のお知らせ", "{n} 様\nこの度は和傘職人の募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。\n{sig}"), ("offer", "採用のご連絡", "{n} 様\n和傘職人として採用させていただきます。残念ながら駐車場はございません。{dl}までにお返事ください。\n{sig}"))
lp("ko", "ko", "이천 옹기 공방", "icheononggi", "kr", ("지원 결과 안내", "{n}님께\n옹기 공방 자리는 여주에서 오신 장인께서 맡게 되어, 이번 지원은 여기서 마무리됩니다.\n{sig} 드림"), ("interview", "면접 안내", "{n}님께\n{dl} 오후 2시에 공방에서 면접을 보려 합니다. 아쉽게도 공방 앞에 차를 댈 곳이 없습니다.\n{sig}"))
lp("pt", "pt", "Oficina de Filigrana Monteiro, Gondomar", "filigranagondomar", "pt", ("A sua candidatura", "Olá {n},\na oficina ficou com outra artesã mais experiente em filigrana; a sua candidatura encerra-se.\nCumprimentos,\n{sig}"), ("next_steps", "Documentos", "Olá {n},\npedimos que envie o certificado de formação até {dl}. Infelizmente não aceitamos fotografias tiradas com o telemóvel.\n{sig}"))
lp("ru", "ru", "Мастерская самоваров Крылова, Тула", "tulasamovar", "ru", ("Ваш отклик", "Здравствуйте, {n}!\nВ мастерскую взяли другого мастера, опытнее в пайке, так что ваш отклик закрыт.\nС уважением, {sig}"), ("offer", "Предложение о работе", "Здравствуйте, {n}!\nРады предложить вам место подмастерья. К сожалению, столовая пока закрыта на ремонт. Ответьте, пожалуйста, до {dl}.\n{sig}"))
lp("sw", "sw", "Karakana ya Vikapu Mfinanga, Moshi", "vikapumoshi", "tz", ("Ombi lako la kazi", "Habari {n},\nKazi ya kusuka vikapu imepata fundi mwingine kutoka Marangu, hivyo ombi lako limefungwa.\nKila la heri, {sig}"), ("application_received", "Tumepokea ombi lako", "Habari {n},\nOmbi lako limefika salama. Ndiyo au hapana, utasikia kutoka kwetu kabla ya mwisho wa mwezi.\n{sig}"))
lp("th", "th", "โรงแกะสลักไม้บ้านถวาย", "bantawaiwood", "th", ("ผลการสมัครงาน", "ถึง {n}\nงานช่างแกะไม้ได้ลุงบุญมีจากบ้านถวายมาทำแล้ว ใบสมัครของคุณจึงปิดไว้เท่านี้\n{sig}"), ("interview", "นัดสัมภาษณ์", "ถึง {n}\nเชิญแวะมาคุยที่โรงแกะไม้วันที่ {dl} เวลา 10 โมง น่าเสียดายที่ลานจอดรถปิดซ่อม\n{sig}"))
lp("tr", "tr", "Şahin Bakırcılık Atölyesi, Kastamonu", "sahinbakir", "tr", ("Başvurunuz hakkında", "Merhaba {n},\nbakırcı kalfalığı için atölye başka bir ustayı tercih etti; başvurunuz burada kapanıyor.\nSelamlar, {sig}"), ("next_steps", "Örnek iş", "Merhaba {n},\nlütfen {dl} tarihine kadar yaptığınız bir bakır kabın fotoğrafını gönderin. Maalesef kargo ücretini karşılayamıyoruz.\n{sig}"))
lp("ur", "ur", "ملتان کاشی کاری ورکشاپ", "multantiles", "pk", ("آپ کی درخواست", "محترمہ {n}،\nکاشی کاری کی جگہ پر استاد نذیر صاحب آ رہے ہیں، اور یوں آپ کا نام فہرست سے نکل گیا۔\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترمہ {n}،\nہم آپ کو کاریگر کی ملازمت پیش کرتے ہیں۔ افسوس کہ کینٹین ابھی بند ہے۔ براہ کرم {dl} تک جواب دیں۔\n{sig}"))
lp("zh", "zh", "景德镇青花瓷坊", "jdzqinghua", "cn", ("应聘结果通知", "{n}您好：\n感谢您应聘我坊的画坯师傅一职。经过比较，我们已录用了另一位经验更丰富的师傅，您的申请将不再继续。\n{sig}"), ("interview", "面试邀请", "{n}您好：\n请于{dl}上午十点来瓷坊面试，并带上两件作品。很遗憾附近停车场正在维修，建议乘坐公交前来。\n{sig}"))
lp("tam", "tam", "காஞ்சி பட்டு நெசவகம்", "kanchisilk", "in", ("நெசவு வேலை பற்றி", "{n} அவர்களுக்கு,\nபட்டுநெசவு வேலைக்கு சுப்பையா அண்ணன் வருகிறார்; அதனால் இம்முறை உங்கள் பெயர் இல்லை.\n{sig}"), ("application_received", "விண்ணப்பம் பெறப்பட்டது", "{n} அவர்களுக்கு,\nதறி வேலை மனு கையில் கிடைத்தது. ஆம் என்றாலும் இல்லை என்றாலும் மாத முடிவில் கடிதம் வரும்.\n{sig}"))
lp("tel", "tel", "కొండపల్లి బొమ్మల కార్ఖానా", "kondapallitoys", "in", ("మీ దరఖాస్తు", "ప్రియమైన {n},\nకొండపల్లి బొమ్మల పనికి పాత కళాకారుడు సత్యం గారు వస్తున్నారు, అందుకే మీ అర్జీ ఇక్కడితో ఆగుతుంది.\n{sig}"), ("interview", "ఇంటర్వ్యూ", "ప్రియమైన {n},\n{dl} న ఉదయం పది గంటలకు కార్ఖానాకు రండి. బండి పెట్టే చోటు మాత్రం దొరకదు, క్షమించండి.\n{sig}"))
lp("mar", "mar", "पैठणी विणकाम केंद्र, येवला", "yeolapaithani", "in", ("आपला अर्ज", "प्रिय {n},\nपैठणी मागावर आता जुने कारागीर गणपतराव बसणार; तुमची फाईल बंद केली.\n{sig}"), ("next_steps", "नमुना पाठवा", "प्रिय {n},\nकृपया {dl} पर्यंत आपल्या विणकामाचा फोटो पाठवा. दुर्दैवाने मोठ्या फाइल्स स्वीकारल्या जात नाहीत.\n{sig}"))
lp("guj", "guj", "પાટણ પટોળા ઘર", "patanpatola", "in", ("તમારી અરજી", "પ્રિય {n},\nપટોળાની સાળ પર હવે જૂના કારીગર રમણભાઈ બેસશે, એટલે તમારી અરજી અહીં બંધ થાય છે.\n{sig}"), ("offer", "નોકરીની ઓફર", "પ્રિય {n},\nઅમે તમને વણકર તરીકે નોકરી આપવા ખુશ છીએ. કમનસીબે કેન્ટીન હજી બંધ છે. કૃપા કરીને {dl} સુધીમાં જવાબ આપો.\n{sig}"))
lp("pan", "pan", "ਫੁਲਕਾਰੀ ਕਢਾਈ ਘਰ, ਪਟਿਆਲਾ", "patialaphulkari", "in", ("ਤੁਹਾਡੀ ਅਰਜ਼ੀ", "ਪਿਆਰੇ {n},\nਫੁਲਕਾਰੀ ਦਾ ਕੰਮ ਹੁਣ ਬੀਬੀ ਜਸਵੀਰ ਸਾਂਭਣਗੇ, ਸੋ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਇੱਥੇ ਬੰਦ ਹੁੰਦੀ ਹੈ।\n{sig}"), ("interview", "ਇੰਟਰਵਿਊ", "ਪਿਆਰੇ {n},\nਕਿਰਪਾ ਕਰਕੇ {dl} ਨੂੰ ਸਵੇਰੇ ਦਸ ਵਜੇ ਆਓ। ਅਫ਼ਸੋਸ ਹੈ ਕਿ ਬਾਹਰ ਸੜਕ ਦੀ ਮੁਰੰਮਤ ਚੱਲ ਰਹੀ ਹੈ।\n{sig}"))
lp("sin", "sin", "අම්බලන්ගොඩ වෙස් මුහුණු වැඩපොළ", "ambalangodamasks", "lk", ("ඔබේ අයදුම්පත", "හිතවත් {n},\nවෙස් මුහුණු කැටයම් වැඩට පරණ ශිල්පී සුමනදාස මහතා එන නිසා ඔබේ ඉල්ලීම මෙතැනින් නවතී.\n{sig}"), ("application_received", "අයදුම්පත ලැබුණි", "හිතවත් {n},\nකැටයම් වැඩට ඔබ එවූ ඉල්ලීම ලැබුණා. ඔව් හෝ නැත, දින දහහතරකින් කියන්නම්.\n{sig}"))
lp("msa", "msa", "Bengkel Wau Kelantan", "waukelantan", "my", ("Permohonan anda", "Salam {n},\nKerja membuat wau di bengkel kami sudah diisi oleh Pak Mat dari Bachok, jadi permohonan anda ditutup.\nSalam hormat, {sig}"), ("next_steps", "Contoh hasil kerja", "Salam {n},\nSila hantar gambar wau buatan anda sebelum {dl}. Malangnya kami tidak dapat menerima fail video.\n{sig}"))
lp("tgl", "tgl", "Habihan ng Banig Dimaano, Basey", "baseybanig", "ph", ("Tungkol sa iyong aplikasyon", "Magandang araw, {n},\nAng puwesto sa habihan ay napunta kay Aling Nena na taga-Basey, kaya sarado na ang iyong aplikasyon.\n{sig}"), ("offer", "Alok na trabaho", "Magandang araw, {n},\nIkinalulugod naming ialok sa iyo ang trabaho bilang manghahabi. Sa kasamaang palad, sarado pa ang kantina. Sumagot bago mag-{dl}.\n{sig}"))
lp("zul", "zul", "Isitolo Sobuhlalu saseMsinga", "msingabeads", "za", ("Isicelo sakho", "Sawubona {n},\nSiyabonga ngokufaka isicelo somsebenzi wokuhlobisa ngobuhlalu. Sikhethe omunye umuntu, ngakho isicelo sakho ngeke siqhubeke.\nNgokuzithoba, {sig}"), ("interview", "Inhlolokhono", "Sawubona {n},\nWoza esitolo ngo-{dl} ekuseni. Ngeshwa, akukho lapho ungamisa khona imoto.\n{sig}"))
lp("yor", "yor", "Ilé Iṣẹ́ Aṣọ Òfì Akinola, Ìsẹ́yìn", "iseyinaso", "ng", ("Nípa ìbéèrè iṣẹ́ rẹ", "Ẹ n lẹ́ o {n},\nẸ ṣé fún ìbéèrè iṣẹ́ aṣọ híhun. A ti yan ẹlòmíràn, nítorí náà ìbéèrè rẹ kò ní tẹ̀síwájú.\n{sig}"))


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
    mon = "Sept" if q.month == 9 else f"{q:%b}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%A} {q.day} {mon} {q.year} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 152; slice 153, this slice and any later one are skipped by number."""
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
