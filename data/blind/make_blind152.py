# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-second sealed blind slice for issue 11 (blind-slice-152.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 150; slice 151 and later never read; our side printed)
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

SEED = 1521521
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-152.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 152
SKIP_FROM = 151  # slice 151 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn just before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Kwabena Darkwah-Mensah", "Roshni Khandelwal", "Tyrell McQueen", "Annabelle Gaudet", "Jaswinder Bains",
    "Efua Quansah", "Marguerite Arsenault", "Dwayne Pilgrim-Noel", "Sabeen Qureshi", "Lowri Beddoes",
    "Yaw Ofori-Atta", "Ishaan Malvankar", "Kimone Charles", "Réjean Poirier", "Hafsa Mirza",
    "Gideon Tettey", "Chantelle Horsburgh", "Aditya Borkar", "Nerissa La Touche", "Colm Breathnach",
    "Akosua Bediako", "Brody MacIsaac", "Farhan Siddiqui", "Océane Lefebvre-Roy", "Kieran Wollaston",
    "Nanette Cudjoe", "Vikrant Deshmukh", "Saoirse Lenihan", "Tevita Fonua", "Thembeka Zungu",
    "Harvey Aldridge", "Mahnoor Baig", "Delroy Antoine", "Cerys Oakenfold", "Pranav Kulkarni",
]
REGION_SIGNERS = {
    "uk": ["Bernadette Hickinbottom", "Wesley Pargeter", "Janice Tolley", "Dorian Fellowes", "Maxine Hadlington", "Gurdeep Sahota"],
    "ie": ["Niamh Ó Dálaigh", "Fergal Mac Giolla", "Róisín Twomey"],
    "us": ["Cordelia Huxtable", "LaToya Brannigan", "Everett Szymanski", "Mirela Castellanos"],
    "pe": ["Marlene Gallant", "Duncan Compton", "Heather Doucette"],
    "au": ["Kirra Lawless", "Stavros Dimou", "Merinda Pike"],
    "nz": ["Aroha Tipene", "Fraser Ellingham", "Sefa Leiataua"],
    "za": ["Nokuthula Dube", "Riaan Vermeulen", "Palesa Mokoena"],
    "in": ["Swapnali Gokhale", "Rustom Vakil", "Kedar Phadnis"],
    "gh": ["Adwoa Frimpong", "Kofi Boakye", "Mawuli Agbeko"],
    "gd": ["Shermaine Noel", "Curlan Bartholomew", "Jacinta Frederick"],
    "pk": ["Sadia Rehman", "Usman Tariq", "Ambreen Javed"],
    "fr": ["Armelle Duquesne", "Gaëtan Ribault", "Sandrine Lecomte"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سامر الحوراني"], "de": ["Henrike Vollmer", "Malte Riedinger"],
    "es": ["Pilar Echeverría", "Gonzalo Barrientos"], "fr": ["Maëlle Tanguy", "Yannick Le Goff"],
    "hi": ["अंजलि श्रीवास्तव", "विनोद पाठक"], "it": ["Ornella Cattaneo", "Davide Marchesi"],
    "ja": ["高橋 美咲", "松本 大輔"], "ko": ["이수진", "한도윤"], "pt": ["Inês Magalhães", "Tiago Cerqueira"],
    "ru": ["Ольга Лебедева", "Сергей Журавлёв"], "sw": ["Neema Mollel", "Juma Kitwana"],
    "th": ["สุนิสา ศรีสุข", "ธนพล วงศ์ใหญ่"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["سائرہ ملک", "کامران شیخ"], "zh": ["林美玲", "黄建国"],
    "pol": ["Agnieszka Wróblewska", "Paweł Zieliński"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "bul": ["Десислава Петкова", "Стоян Георгиев"], "lit": ["Ieva Stankevičienė", "Darius Paulauskas"],
    "lav": ["Dace Liepa", "Kārlis Vītols"], "heb": ["מיכל לוי", "אורי כהן"],
    "fas": ["مریم رضایی", "بهرام کریمی"], "ben": ["মৌমিতা সেন", "দেবাশিস ঘোষ"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الشريف", "هادي النمر"], "de": ["Friederike Lange", "Jannik Hoppe"],
    "es": ["Maite Urquiza", "Rodrigo Salcedo"], "fr": ["Aurélie Kerbrat", "Quentin Morvan"],
    "hi": ["पल्लवी सक्सेना", "रोहित तिवारी"], "it": ["Beatrice Galli", "Simone Rinaldi"],
    "ja": ["中村 陽菜", "藤田 蓮"], "ko": ["윤서연", "강민재"], "pt": ["Catarina Lobo", "Duarte Pimentel"],
    "ru": ["Анна Воронцова", "Илья Григорьев"], "sw": ["Halima Saidi", "Petro Massawe"],
    "th": ["ปิยธิดา ทองดี", "กิตติพัฒน์ รุ่งเรือง"], "tr": ["Zehra Aydın", "Kaan Öztürk"],
    "ur": ["حنا عباسی", "عمر درانی"], "zh": ["张雨桐", "李浩宇"],
    "pol": ["Magdalena Kaczmarek", "Bartosz Nowicki"], "ukr": ["Ірина Савчук", "Андрій Литвин"],
    "bul": ["Радостина Илиева", "Мартин Колев"], "lit": ["Austėja Žukauskaitė", "Mantas Butkus"],
    "lav": ["Elīna Krūmiņa", "Roberts Zariņš"], "heb": ["נועה פרידמן", "יונתן שפירא"],
    "fas": ["نگار حسینی", "آرش موسوی"], "ben": ["তানিয়া বসু", "সৌরভ মুখার্জি"],
}
GIVEN = {"Kwabena Darkwah-Mensah": "Kwabena", "Nerissa La Touche": "Nerissa", "Niamh Ó Dálaigh": "Niamh", "Fergal Mac Giolla": "Fergal"}
PROVIDERS = ["larkpost", "sedgemail", "quillbox", "ambermail", "pebblepost", "heronbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "ua": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "pe": ("-0400", "-0300", "us"),
    "gd": ("-0400", None, ""), "gh": ("+0000", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "pe")
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
QNOTE = "\n{sf} – Thursday's wander among your pallets was grand. Scaffold ticket good till April; ring Mrs Abankwa (referee) post-five.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


FOOT = "\n\n+-+ {CO} · CAREERS CORNER +-+\nVacancies get pinned Tuesdays, pre-nine, on the jobs tab of our site. Keen to pounce? Switch on 'Tillbell' alerts under Preferences, and catch staff stories in 'Stockroom Gossip', our bi-monthly letter. To leave these lists, reply DROPME. Whatever gets sent back here vanishes unread; phone whichever branch sits nearest you."
QUOTES["{FOOT}"] = FOOT

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Status: Ended – Requisition Fulfilled ({role})", "Hello {n},\n\nThe requisition for {role} (ref {ref}) at {co} now shows Ended – Requisition Fulfilled. Your profile is kept on the portal, and any vacancy you apply for later starts afresh.\n\nRegards,\nPeople Services, {co}", ("Netherton Mesh & Fencing", "Suame Jute Sacks Ltd"), ("nethertonmesh", "suamejute"), frm="{co} Careers Portal <portal@{dom}>", role=("Yard Operative", "Stores Clerk"), tz=("uk", "gh"))
mr("gh", "{co}: an update about {role}", "Hi {n},\n\nThanks for the case study and both panel conversations. The hiring group compared notes yesterday and closed your candidacy for {role}; the bar for live-campaign analytics was set higher than your samples showed. We appreciated the effort you put in.\n\n{sig}\nRecruiting, {co}", ("Kurla Pixelmark Media", "Hillsborough Tracewell Software"), ("pixelmark", "tracewell"), role=("Campaign Analyst", "Backend Developer"), tz=("in", "pe"))
mr("lv", "Your application to {co}", "Dear {n},\n\n{role} is going to someone else. Say yes and we park you in the Talent Pool for eighteen months, pinging you when something suits; reply UNLISTME and we bin it today.\n\nWarmly,\n{sig} for {co}", ("Gouyave Nutmeg Growers", "Ravi Road Loomyard"), ("gouyavenutmeg", "ravirdloomyard"), role=("Export Coordinator", "Merchandising Officer"), tz=("gd", "pk"))
mr("sr", "Application outcome – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Reference</th><th>Result</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – role filled</td></tr></table><p>The {co} recruitment desk</p></body></html>", ("Tipton Zincworks", "Dansoman Springwater"), ("tiptonzinc", "dansomanspring"), frm="{co} <jobs@{dom}>", role=("Line Inspector", "Bottling Operator"), tz=("uk", "gh"))
mr("ic", "{role} – screening result", "{n},\n\nAt screening we look first for the essentials listed in the advert. For {role} that includes {x}, and your file did not show it, which ends things at this step.\n\nTalent Acquisition\n{co}", ("Oldbury Safeworks", "Montague Road Haulage"), ("oldburysafe", "montaguehaul"), frm="Talent Acquisition <noreply@{dom}>", role=("Site Safety Advisor", "Tractor-Trailer Driver"), x=("a NEBOSH General Certificate", "a Class 1A licence"), tz=("uk", "pe"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref}, {role}, has been closed after the function moved to our other site. That ends every application lodged on it, yours too. Please watch our careers page if you wish to try again.\n\n{co} HR Operations", ("Powai Coldpath Pharma Logistics", "Summerside Spud Processing"), ("coldpathpharma", "summersidespud"), frm="{co} HR <hr-ops@{dom}>", role=("Dispatch Planner", "Quality Tech"), tz=("in", "pe"))
mr("wk", "{co} – after your trial shift", "Hi {n}, thanks a lot for the trial shift on Saturday. We've chosen a different candidate for {role} and wanted you to know straight away. Hope the tips were decent at least!\n\n{sig}\n{co}", ("Bilston Balti Kitchen", "Grand Mal Dive Centre"), ("bilstonbalti", "grandmaldive"), role=("Line Cook", "Dive Shop Assistant"), tz=("uk", "gd"))
mr("bh", "{role} vacancy update", "Dear {n},\n\nWe opened {role} to our own staff first, and a colleague from the {x} team has now taken it. Your application is therefore closed. Grateful for your interest in {co}.\n\n{sig}, HR", ("Saddar Swiftparcel", "Franschhoek Cellar Rides"), ("swiftparcel", "cellarrides"), role=("Route Supervisor", "Tour Host"), x=("Korangi depot", "booking"), tz=("pk", "za"))
mr("tt", "{co} – your candidature", "Hello {n},\n\nMany thanks for postulating on {role}. After looking all dossiers, we chose another profile, closer of our season needs. We keep your CV for a next occasion if you permit.\n\nCordially,\n{sig}\n{co}", ("Valmorel Skiloc", "Affinage Bressard"), ("valmorelski", "bressardaffinage"), role=("Rental Technician", "Cave Assistant"), tz="fr")
mr("pp", "{role}: assessment result", "Dear {n},\n\nYour online assessment for {role} came back at {x}; to move on to interviews this round needed {y}. That closes your file; we do value the hours it took.\n\n{co} Recruitment", ("Harbourgate Insurance Services", "Kasoa Microcredit Trust"), ("harbourgateins", "kasoamicro"), role=("Claims Handler", "Loan Officer"), x=("31 of 50", "55%"), y=("38", "65%"), tz=("uk", "gh"))
mr("jz", "Quick note on the {role} opening", "Hi {n},\n\nClient has opted to promote someone from inside for the {role} post, so the search I was running is off and your profile will go no further with them. I'll shout if something similar lands on my desk.\n\n{sig}\n{co}", ("Thane Staffbridge", "Tema Workforce Partners"), ("staffbridge", "temaworkforce"), role=("Plant Accountant", "Port Operations Lead"), tz=("in", "gh"))
mr("as", "Re: {role} at {co}", "Hi {n},\n\nAfter the paid work trial and your call with our founder, the decision on {role} is no offer. Your debugging notes were sharp; the gap was around owning releases end to end, which this role needs from week one.\n\nThanks again,\n{sig}", ("Carbonlens Analytics", "Briefwise Legal Tech"), ("carbonlens", "briefwise"), role=("Senior Data Engineer", "Product Engineer"), tz=("use", "ie"))
mr("se", "{co} crew list", "Hi {n},\n\nTa for signing your name to the {x} crew. Each slot went to last year's regulars, leaving the list full and you off it this go.\n\n{sig}, {co}", ("Spiceisle Mas Camp", "Malpeque Mussel Farms"), ("spiceislemas", "malpequemussel"), role="Crew Hand", x=("Carnival costume", "autumn harvest"), tz=("gd", "pe"))
mr("bc", "about the job", "Ey up {n}, ta for poppin in Tuesday. Ar gaffer's gone an give the {role} job to a chap from Lye who's bin doin' it donkey's years, so there ay nothin for ya now. Good luck ar kid.\n{sig}\n{co}", "Cradley Link Chainmakers", "cradleylink", role="Striker", tz="uk")
mr("gh1", "Your application for {role}", "Hello {n},\n\nYour letter for the {role} vacancy reached us. Please, management has taken someone already, so your application cannot go ahead. God bless.\n\nYours faithfully,\n{sig}\n{co}", "Kejetia Phonefix Enterprise", "kejetiaphonefix", role="Repair Technician", tz="gh")
mr("mb1", "Delivery boy post", "Hi {n}, this is regarding your form for {role}. Boss has already fixed one local boy from Parel only, so this post is gone. Do try again after Diwali, we will be adding two more routes then. Thanks.\n{sig}, {co}", "Dadar Dabbawala Express", "dadartiffin", role="Tiffin Delivery Rider", tz="in")
mr("gd1", "Water taxi job", "Morning {n}, thanks for comin by the jetty. Boss man say he take on his cousin fuh di {role} spot, so it done now. Keep yuh head up, plenty boat work does come round Christmas.\n{sig}\n{co}", "Grand Anse Bluewake Taxis", "bluewaketaxi", role="Deckhand", tz="gd")
mr("pe1", "Summer position", "Hi {n},\n\nThanks a bunch for applying. We went with a couple of returning students from Kensington for {role} this summer, so we're all set. You take care now, and maybe try us again next spring.\n\n{sig}\n{co}", "Cavendish Puttaround Golf", "puttaround", role="Course Attendant", tz="pe")
mr("pk1", "Regarding your application", "Respected {n},\n\nRegarding your {role} application, kindly be informed management decided in favour of another candidate. Your documents are herewith being kept in record. May Allah give you success.\n\nRegards,\n{sig}\n{co}", "Jhang Bazaar Powerloom Unit", "jhangpowerloom", role="Shift Supervisor", tz="pk")
mr("fr1", "Your application – {role}", "Hello {n},\n\nMerci for the interest showed to our enterprise. We have well received your dossier for {role}, but the post is now pourvu with a candidate from our own region. We will not follow up with your application. Good continuation!\n\n{sig}\n{co}", "Remontées Chamrousse Belledonne", "chamroussebelle", role="Lift Operator", tz="fr")
mr("ie1", "{role} – thank you", "Dear {n},\n\nNice of you to call round Tuesday. We have offered {role} to another applicant whose dispensing experience is a closer match, and she has accepted. Best of luck with everything.\n\nKind regards,\n{sig}\n{co}", "Douglas Street Pharmacy", "douglasstpharm", role="Pharmacy Technician", tz="ie")
mr("us1", "RE: Technician application", "{n},\n\nAppreciate you reaching out. Filled the {role} job last week; guy already had his state applicator license. Hang onto our number, we staff up again every March.\n\n{sig}\n{co}", "Saguaro Shield Pest Control", "saguaroshield", role="Field Technician", tz="usm")
mr("au1", "Guide role", "G'day {n},\n\nCheers for the application. We've signed up a guide who's been doing the river runs out of Jabiru for years, so {role} is sorted for the Dry. All the best mate.\n\n{sig}\n{co}", "Adelaide River Jumpcroc Tours", "jumpcroc", role="Tour Guide", tz="au")
mr("nz1", "Your application", "Kia ora {n},\n\nCheers for wanting to drive with us. We've hired a driver who's done the Shotover run for a few summers, so the {role} seat's taken. Ka kite.\n\n{sig}\n{co}", "Arrowtown Jetskim", "jetskim", role="Jetboat Driver", tz="nz")
mr("za1", "Fitter application", "Hi {n}\n\nThanks for the CV. Someone from our Bloemspruit branch now has the {role} post. Your details stay with us three months.\n\nRegards\n{sig}\n{co}", "Rocklands Tyre & Rim", "rocklandstyre", role="Tyre Fitter", tz="za")
mr("uk1", "{role} – your application", "Dear {n},\n\nThank you for applying to {co}. The {role} post has been filled and I regret yours was unsuccessful on this round.\n\nYours sincerely,\n{sig}", "Stourbridge Lead Crystal Showroom", "stourbridgecrystal", role="Showroom Adviser", tz="uk")
mr("uk2", "Games master role", "Hiya {n}, thanks for the audition-style chat. Honest feedback: Saturdays need someone juggling three rooms at once, and we think that's a stretch for you right now, so we'll leave it.\n\n{sig}\n{co}", "Lockjaw Escape Rooms Cardiff", "lockjawrooms", role="Games Master", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-tema", "RE: [EXT] Re: {role}", "Hi {n},\n\nGood of you to write. Update: the terminal manager has gone with Esi Owusu for {role}; she ran the reefer stack at Takoradi six years and starts on the first.\n\n{sig}\n\n{OUT}", ("Tema Boxline Depot", "Takoradi Rigside Services"), ("boxlinedepot", "rigside"), role=("Yard Planner", "Base Logistics Officer"), tz="gh")
mr("th-dub", "RE: [EXT] Re: {role}", "{n} ji, thanks for the warm mail. Where things landed: our studio head picked Farida, who has voiced two seasons of our Marathi cartoon slate, for the {role} seat. It was a lovely session with you all the same.\n\nBest,\n{sig}\n\n{ORIG}", ("Andheri Lipsync Studios", "Baner Framecraft Animation"), ("lipsyncstudios", "framecraft"), role=("Dubbing Coordinator", "Junior Compositor"), tz="in")
mr("th-mar", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely meeting you on the dock. Just so you have it from me, the owners settled on Kester for {role}; he has run the fuel berth through two hurricane seasons. Wishing you fair winds.\n\n{sig}\n\n{GM}", ("Lagoon Road Marina", "Tyrrel Bay Sail School"), ("lagoonmarina", "tyrrelsail"), role=("Dockmaster Assistant", "Dinghy Instructor"), tz="gd")
mr("th-pei", "RE: [EXT] Re: {role}", "Hello {n},\n\nThanks for checking in. The selection board chose an internal technician for {role}; the offer went out Monday and was signed yesterday. Talking soil cores with you was a treat.\n\nAll the best,\n{sig}\n\n{OUT}", ("Harrington Seed Potato Lab", "Charlottetown Field Research Station"), ("harringtonseed", "ctownfieldstation"), role=("Lab Technician", "Field Assistant"), tz="pe")
mr("th-guj", "RE: [EXT] Re: {role}", "Dear {n},\n\nThank you for the kind mail. For your information, our Director Sahib has finalised Mr. Adeel Hussain for {role}, as he has worked on our foundry line since 2019. We pray for your success ahead.\n\nRegards,\n{sig}\n\n{ORIG}", ("Gujranwala Aquaflow Pumps", "Shahdara Steelcraft Cutlery"), ("aquaflowpumps", "shahdarasteel"), role=("Production Engineer", "Quality Inspector"), tz="pk")
mr("th-tls", "RE: [EXT] Re: {role}", "Hello {n},\n\nThank you for the exchange last week, it was very pleasant. I inform you that the direction has made the choice of a colleague already in mission with us for {role}. Good luck for the continuation.\n\nCordially,\n{sig}\n\n{RULE}", ("Blagnac Cockpit Harness", "Crolles Waferline"), ("cockpitharness", "waferline"), role=("Test Engineer", "Process Technician"), tz="fr")
mr("th-wed", "RE: [EXT] Re: {role}", "Alright {n},\n\nCheers for the email. Mill manager's took on Gaz from the Darlaston shop for {role}, he knows the presses inside out. Was good to meet ya and show ya round.\n\n{sig}\n\n{GM}", ("Wednesbury Tubeworks", "Darlaston Boltsmith"), ("wednesburytube", "boltsmith"), role=("Setter Operator", "Press Setter"), tz="uk")
mr("th-rad", "RE: [EXT] Re: {role}", "Hi {n},\n\nGrateful for your note and the edits. The station manager has offered {role} to Dana Whitfield, who has been our weekend producer, and she accepted with a whoop. Good luck out there.\n\n{sig}\n\n{OUT}", ("Prairie Sky Public Radio", "Cornbelt Courier Daily"), ("prairieskyradio", "cornbeltcourier"), role=("Morning Producer", "Night Editor"), tz="usc")

# ---- 8 clear refusals under long footers
mr("ft-fab", "Your application – {role}", "Hi {n},\n\nNice of you to go for {role} at our {x} shop. Not this time, sadly.\n\n{sig}" + "{FOOT}", ("Threadmill Fabrics", "Bobbinworth Fabrics"), ("threadmill", "bobbinworth"), role="Sales Assistant", x=("Walsall", "Charlottetown"), tz=("uk", "pe"))
mr("ft-kit", "{role} at {co}", "Dear {n},\n\nSorry, {role} is a no for you after our review.\n\n{sig}" + "{FOOT}", ("Skilletrow Cookshop", "Whiskfield Kitchenware"), ("skilletrow", "whiskfield"), role="Store Supervisor", tz=("uk", "ie"))
mr("ft-sta", "Update on your application", "Hello {n},\n\nThanks for wanting to join {co}. Sadly you've not been selected for {role}.\n\n{sig}" + "{FOOT}", ("Quillsby Lane Stationers", "Penrack Stationery"), ("quillsbylane", "penrack"), role="Weekend Assistant", tz=("uk", "za"))
mr("ft-pai", "{role}", "Hi {n},\n\n{co} is stopping your {role} application at this stage.\n\nThanks,\n{sig}" + "{FOOT}", ("Brushmere Paint Centre", "Colourdock Paints"), ("brushmere", "colourdock"), role="Tint Desk Assistant", tz=("uk", "au"))

# ---- 9 hedged refusals
mr("hd-dan", "{co} – {role}", "Hi {n},\n\nThanks for teaching the sample class. A few instructors we saw know the exam syllabus a shade better, so they carry on and we close yours.\n\nWarmly,\n{sig}", ("Jubilee Step Dance Academy", "Spotglow Youth Theatre School"), ("jubileestep", "spotglowyouth"), role=("Ballet Teacher", "Drama Tutor"), tz=("uk", "ie"))
mr("hd-grm", "Groomer role", "Hi {n}, thanks for the trial groom. A couple of applicants had done more hand-stripping, which is where our bookings are heading, so we're leaning their way.\n\n{sig}, {co}", ("Pawsome Parlour", "Fluffbucket Grooming"), ("pawsomeparlour", "fluffbucket"), role="Dog Groomer", tz=("uk", "nz"))
mr("hd-srf", "{role} applications", "Hey {n},\n\nAppreciate you paddling out with us. Others we met hold more coaching hours with beginners, and for this summer that's the mix we need, so we've headed another way with this one.\n\nCheers,\n{sig}\n{co}", ("Bells Beach Swellschool", "Basin Head Paddle Hire"), ("swellschool", "basinheadpaddle"), role=("Surf Coach", "Kayak Guide"), tz=("au", "pe"))
mr("hd-cat", "{role} – update", "Hi {n},\n\nThanks for the tasting. We felt some of the other cooks fit our events calendar a bit better, and we'll be working with them for the season.\n\nBest,\n{sig}\n{co}", ("Jollof & Co Events Catering", "Spicewagon Street Food"), ("jollofco", "spicewagon"), role=("Events Chef", "Truck Cook"), tz=("gh", "gd"))
mr("hd-srch", "Mandate update – {role}", "Dear {n},\n\nOur client is moving ahead with candidates who carry deeper NBFC collections leadership across Tier-2 branches. Will ping you for mandates closer to your background.\n\nRegards,\n{sig}\n{co}", "Nariman Point Apexhire Search", "apexhire", role="Head of Collections", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Following up on our call", "Hi {n},\n\nGood chatting this afternoon. The Works Manager job has gone to someone else, but the same plant needs a Maintenance Planner, and on your track record you'd walk it. Fancy me putting you forward?\n\n{sig}\n{co}", "Black Country Talentlink", "bctalentlink", tz="uk")
mr("rc-2", "After our call today", "Hello {n},\n\nAs discussed, the client closed the Finance Director search with another finalist. They do have a Group Financial Controller opening in Accra tailor-made for you. May I forward your CV?\n\n{sig}\n{co}", "Osu Executive Search", "osuexec", tz="gh")
mr("rc-3", "Head of Product – update", "Hi {n}, good speaking earlier. As flagged, the Head of Product role is closed with a different candidate. Same company is hiring a Senior Product Manager for payments, reporting to the new head. Interested? Let me know by Friday.\n\n{sig}, {co}", "Bandra Peoplebridge", "peoplebridge", tz="in")
mr("rc-4", "Ops manager role", "Hi {n},\n\nGreat talking today. In the end an inside guy landed that Operations Manager job, but they want a Shift Supervisor for nights at the same plant, pays well. Right up your street. Send you over?\n\n{sig}\n{co}", "Island Staffing Solutions", "islandstaffing", tz="pe")
mr("rc-5", "Quick update + another opportunity", "Dear {n},\n\nAppreciate the phone time today. The General Manager position at the Grand Anse property has been filled. However, the group is recruiting a Rooms Division Manager at its sister resort, and I propose to present your profile. Kindly confirm.\n\n{sig}\n{co}", "Caribbean Hospitality Recruiters", "carihosprec", tz="gd")
mr("rc-6", "Regarding the Country Manager role", "Dear {n},\n\nAs per our telephonic discussion, client has selected another candidate for Country Manager. There is one more opening of Regional Sales Head for Punjab in the same group. Kindly confirm your interest and current CTC.\n\n{sig}\n{co}", "Gulberg Talent Consultants", "gulbergtalent", tz="pk")
mr("rc-7", "Suite à notre appel / following our call", "Hello {n},\n\nAs said at the phone, client has closed the Plant Director post with an internal profile. But they open a Production Manager post in the Lyon site, very adapted to your experience. I can propose your candidacy?\n\n{sig}\n{co}", "Rhône Cadres Conseil", "rhonecadres", tz="fr")

# ---- 8 public-sector notices
mr("ps-ref", "Notice of results – announcement {ref}", "{n},\n\nRating of your {role} application (announcement {ref}): eligible, qualified. Referral: none. Candidates with higher scores took every referral place; your application is closed by this notice.\n\n{co}", ("Bureau of Grain Inspection – Human Capital Office", "PEI Public Service Commission"), ("graininspection-hr", "peipsc"), frm="{co} <notices@{dom}>", role=("Agricultural Commodity Grader", "Program Officer"), tz=("usc", "pe"))
mr("ps-inel", "Eligibility decision – {role}", "Dear {n},\n\nOn vetting, the {role} application came out ineligible, as {x}. It drops out of this exercise.\n\n{co}", ("Ghana Municipal Services Recruitment Unit", "Provincial Staffing Directorate, Lahore"), ("gmsru", "psdlahore"), frm="{co} <recruitment@{dom}>", role=("Revenue Officer", "Assistant Director"), x=("a copy of your National Service certificate was missing", "your domicile certificate was outside the quota district"), tz=("gh", "pk"))
mr("ps-can", "Vacancy {ref} cancelled", "Dear {n},\n\nAfter the service budget was reworked, vacancy {ref} ({role}) was withdrawn. Nobody will be appointed; each application held is shut.\n\n{co}", ("Sandwell Borough Council – Workforce Services", "Kalyan Municipal Recruitment Cell"), ("sandwell-workforce", "kalyanmrc"), frm="{co} <vacancies@{dom}>", role=("Parks Officer", "Junior Engineer (Civil)"), tz=("uk", "in"))
mr("ps-mark", "Examination result – {role}", "Dear {n},\n\nWritten paper, {role}: your score {x}; qualifying line {y}. Result: interview stage not reached.\n\n{co}", ("Public Service Commission, St. George's", "Divisional Testing Office, Multan Road"), ("pscgrenada", "dtomultanrd"), frm="{co} <exams@{dom}>", role=("Clerk II", "Junior Clerk"), x=("46/100", "38 of 80"), y=("55/100", "44"), tz=("gd", "pk"))

# ---- 6 bare ATS status updates
mr("ats-1", "Application status changed", "Hi {n},\n\n{role} – status moved: No longer under consideration.\n\n{co} Careers", ("Pikeholm Careers", "Pikeholm Careers"), ("pikeholm", "pikeholm"), frm="{co} <no-reply@{dom}>", role=("Warehouse Lead", "Payroll Assistant"), tz=("uk", "za"))
mr("ats-2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Status: <b>Closed</b></p><p>{co}</p></body></html>", ("Stourlane Jobs", "Stourlane Jobs"), ("stourlane", "stourlane"), frm="{co} <alerts@{dom}>", role=("Customer Adviser", "Fleet Coordinator"), tz=("uk", "gh"))
mr("ats-3", "{role} – update", "{n}, the {role} hiring team set your application to Declined. You can see this under My Applications.\n\n{co}", ("Bransty Hiring", "Bransty Hiring"), ("branstyhiring", "branstyhiring"), frm="{co} <status@{dom}>", role=("Sous Chef", "Bid Writer"), tz=("ie", "nz"))

# ---- 6 internship / graduate decisions
mr("in-grad", "{x} Graduate Programme 2026 – outcome", "Dear {n},\n\nThanks for joining our {x} Graduate Programme assessment day. Sorry: your name is off the intake list this year.\n\nEarly Careers Team\n{co}", ("Midland Signalworks", "Severnvale Water"), ("signalworks", "severnvale"), frm="Early Careers <earlycareers@{dom}>", x=("Rail Signalling", "Supply Chain"), tz="uk")
mr("in-sum", "Summer Internship – decision", "Hi {n},\n\nThanks for the interviews for our {x} summer internship. It was a crowded field and the intern list went to others. Do try the next cycle.\n\n{co} University Recruiting", ("Ledgerpeak Research", "Shieldgate Security Labs"), ("ledgerpeak", "shieldgate"), frm="University Recruiting <campus@{dom}>", x=("data journalism", "cybersecurity"), tz=("use", "in"))
mr("in-pla", "Placement year application", "Dear {n},\n\nApplications for our {x} placement year are now reviewed, and sadly your own was unsuccessful.\n\nPlacements Office, {co}", ("Fenwick Crop Sciences", "Brightmeadow Foods"), ("fenwickcrop", "brightmeadow"), frm="Placements <placements@{dom}>", x=("plant pharmacology", "food science"), tz=("uk", "ie"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application submitted: {role}", "Hello {n},\n\nApplication in for {role} (ref {ref}). Its status reads Submitted today; next it may move to Interview Requested or to Ended – Requisition Fulfilled, and each change sends you an email.\n\nPeople Services, {co}", ("Netherton Mesh & Fencing", "Suame Jute Sacks Ltd"), ("nethertonmesh", "suamejute"), frm="{co} Careers Portal <portal@{dom}>", role=("Forklift Driver", "Weighbridge Clerk"), tz=("uk", "gh"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\n{role} application landed. Someone in the hiring group reads each; case-study invite or closed candidacy, a person writes back inside two weeks.\n\n{sig}\nRecruiting, {co}", ("Kurla Pixelmark Media", "Hillsborough Tracewell Software"), ("pixelmark", "tracewell"), role=("Media Planner", "QA Engineer"), tz=("in", "pe"))
mo("application_received", "lv", "We got your application", "Hi {n},\n\nThanks for going for {role}. Should it miss this time, your profile rests in our Talent Pool eighteen months; reply UNLISTME to skip that.\n\n{sig} for {co}", ("Gouyave Nutmeg Growers", "Ravi Road Loomyard"), ("gouyavenutmeg", "ravirdloomyard"), role=("Warehouse Assistant", "Dye House Chemist"), tz=("gd", "pk"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Reference</th><th>Now</th><th>Possible next</th></tr><tr><td>{role}</td><td>{ref}</td><td>Received</td><td>Interview / Unsuccessful</td></tr></table><p>The {co} recruitment desk</p></body></html>", ("Tipton Zincworks", "Dansoman Springwater"), ("tiptonzinc", "dansomanspring"), frm="{co} <jobs@{dom}>", role=("Maintenance Fitter", "Delivery Driver"), tz=("uk", "gh"))
mo("application_received", "ic", "We've received your application", "{n},\n\nGot your {role} application. Screening begins next week; files missing {x} get closed then, so attach a copy if you've got one.\n\nTalent Acquisition\n{co}", ("Oldbury Safeworks", "Montague Road Haulage"), ("oldburysafe", "montaguehaul"), frm="Talent Acquisition <noreply@{dom}>", role=("Safety Coordinator", "Shunter Driver"), x=("a NEBOSH certificate", "an air-brake endorsement"), tz=("uk", "pe"))
mo("application_received", "tl", "Requisition {ref}: application logged", "Dear {n},\n\nYour application against requisition {ref}, {role}, is logged. Should the requisition be closed or moved to another site, we'd end all applications on it and let you know by email.\n\n{co} HR Operations", ("Powai Coldpath Pharma Logistics", "Summerside Spud Processing"), ("coldpathpharma", "summersidespud"), frm="{co} HR <hr-ops@{dom}>", role=("Inventory Controller", "Sanitation Lead"), tz=("in", "pe"))
mo("application_received", "wk", "Got your application!", "Hi {n}, lovely to see your name come in for {role}. Next step is a trial shift. Trial or thanks-anyway, I'll message you by the weekend, promise.\n\n{sig}\n{co}", ("Bilston Balti Kitchen", "Grand Mal Dive Centre"), ("bilstonbalti", "grandmaldive"), role=("Front of House", "Boat Crew"), tz=("uk", "gd"))
mo("application_received", "bh", "Application received: {role}", "Dear {n},\n\nThanks for applying for {role}. Staff see every opening first, so should a colleague apply and be appointed, your application closes and we'll say so.\n\n{sig}, HR", ("Saddar Swiftparcel", "Franschhoek Cellar Rides"), ("swiftparcel", "cellarrides"), role=("Sorting Hub Lead", "Driver Guide"), tz=("pk", "za"))
mo("application_received", "tt", "We have received your candidature", "Hello {n},\n\nMerci for postulating on {role}. The team examines dossiers till month end. Retained or not retained, each candidate obtains a response by mail.\n\nCordially,\n{sig}\n{co}", ("Valmorel Skiloc", "Affinage Bressard"), ("valmorelski", "bressardaffinage"), role=("Boot Fitter", "Cheese Turner"), tz="fr")
mo("application_received", "pp", "Next: your online assessment", "Dear {n},\n\nThanks for your {role} application. An assessment link follows shortly. Scores under the round's threshold stop before interview; your result gets confirmed whichever way it goes.\n\n{co} Recruitment", ("Harbourgate Insurance Services", "Kasoa Microcredit Trust"), ("harbourgateins", "kasoamicro"), role=("Underwriting Assistant", "Field Credit Officer"), tz=("uk", "gh"))
mo("application_received", "jz", "Got your CV – {role}", "Hi {n},\n\nCV received for the {role} search, ta. My client sometimes fills from inside before we shortlist; if so, I'll say it plainly, and your details stay with me regardless.\n\n{sig}\n{co}", ("Thane Staffbridge", "Tema Workforce Partners"), ("staffbridge", "temaworkforce"), role=("Cost Accountant", "Terminal Supervisor"), tz=("in", "gh"))
mo("application_received", "as", "Application received at {co}", "Hi {n},\n\n{role}: application safely in. Expect a reply inside ten days, be it a yes to a first call or a no with a line of why.\n\nThanks,\n{sig}", ("Carbonlens Analytics", "Briefwise Legal Tech"), ("carbonlens", "briefwise"), role=("Analytics Engineer", "Frontend Engineer"), tz=("use", "ie"))
mo("application_received", "se", "You're on the {x} list", "Hi {n},\n\nGlad you've signed on for the {x} crew. Returning hands pick slots first; if they fill every place we'll say, otherwise expect a call in a fortnight.\n\n{sig}, {co}", ("Spiceisle Mas Camp", "Malpeque Mussel Farms"), ("spiceislemas", "malpequemussel"), x=("Carnival costume", "autumn harvest"), tz=("gd", "pe"))
mo("application_received", "ft", "Thanks for applying – {role}", "Hi {n},\n\nApplication for {role} safely in. Only those invited to interview get a further message.\n\n{sig}" + "{FOOT}", ("Threadmill Fabrics", "Quillsby Lane Stationers"), ("threadmill", "quillsbylane"), role="Sales Assistant", tz=("uk", "uk"))
mo("application_received", "ps-ref", "Application received – announcement {ref}", "{n},\n\nApplication logged for {role}. When the announcement shuts, a notice of results lands stating whether the selecting official receives your name.\n\n{co}", ("Bureau of Grain Inspection – Human Capital Office", "PEI Public Service Commission"), ("graininspection-hr", "peipsc"), frm="{co} <notices@{dom}>", role=("Grain Inspector", "Policy Analyst"), tz=("usc", "pe"))
mo("application_received", "ps-inel", "Acknowledgement of application", "Dear {n},\n\nThis office has your {role} application. Incomplete documents lead to an ineligible finding at vetting, so bring originals for verification.\n\n{co}", ("Ghana Municipal Services Recruitment Unit", "Provincial Staffing Directorate, Lahore"), ("gmsru", "psdlahore"), frm="{co} <recruitment@{dom}>", role=("Budget Analyst", "Data Entry Operator"), tz=("gh", "pk"))
mo("application_received", "ats-1", "Application submitted", "Hi {n},\n\n{role} application submitted. Status: In review. If it changes, mail follows: Interview means a call is coming; No longer under consideration means it has closed.\n\n{co} Careers", ("Pikeholm Careers", "Pikeholm Careers"), ("pikeholm", "pikeholm"), frm="{co} <no-reply@{dom}>", role=("Picker Packer", "HR Administrator"), tz=("uk", "za"))
mo("application_received", "in-grad", "{x} Graduate Programme – application received", "Dear {n},\n\nWelcome to the {x} Graduate Programme process. Online tests open next week. Not all applicants reach the assessment day; after each stage, your outcome arrives by email.\n\nEarly Careers Team\n{co}", ("Midland Signalworks", "Severnvale Water"), ("signalworks", "severnvale"), frm="Early Careers <earlycareers@{dom}>", x=("Rail Signalling", "Supply Chain"), tz="uk")
mo("application_received", "bc", "yer application", "Ey up {n}, yer form for the {role} job's landed. If ya ay heard nothin come month end, tek it somebody else 'as got it. Ta.\n{sig}\n{co}", ("Cradley Link Chainmakers", "Rowley Regis Anchor Forge"), ("cradleylink", "rowleyanchor"), role=("Striker", "Yard Labourer"), tz="uk")
mo("application_received", "gh1", "Acknowledgement", "Hello {n},\n\nWe got your letter concerning the {role} vacancy. Please, shortlisted persons alone shall be called. Kindly exercise patience.\n\nYours faithfully,\n{sig}\n{co}", ("Kejetia Phonefix Enterprise", "Adum Fabric Traders"), ("kejetiaphonefix", "adumfabric"), role=("Repair Technician", "Shop Attendant"), tz="gh")
mo("application_received", "mb1", "Form received", "Hi {n}, your form for {role} is received. If selected you will get call within one week, otherwise please consider it as not selected only. Thanks.\n{sig}, {co}", ("Dadar Dabbawala Express", "Girgaon Chaiwala Corner"), ("dadartiffin", "girgaonchai"), role=("Delivery Rider", "Counter Boy"), tz="in")
mo("application_received", "pe1", "Got your application", "Hi {n},\n\nThanks a bunch for applying for {role}. We'll sort out the summer crew by mid-May. No call by then? Likely we've filled up, but we keep names on file for the fall.\n\n{sig}\n{co}", ("Cavendish Puttaround Golf", "North Rustico Fudge Shop"), ("puttaround", "rusticofudge"), role=("Course Attendant", "Counter Clerk"), tz="pe")
mo("application_received", "pk1", "Receipt of application", "Respected {n},\n\nThis office is in receipt of your {role} application. If your name does not come in shortlist, documents shall remain in record for future vacancies. Regards.\n\n{sig}\n{co}", ("Jhang Bazaar Powerloom Unit", "Samanabad Ghee Mills"), ("jhangpowerloom", "samanabadghee"), role=("Shift Supervisor", "Accounts Clerk"), tz="pk")
mo("application_received", "fr1", "Good reception of your dossier", "Hello {n},\n\nYour dossier for {role} is well arrived. Without return from our side in three weeks, consider please your candidature as not retained.\n\n{sig}\n{co}", ("Remontées Chamrousse Belledonne", "Bouchon Lyonnais Saint-Jean"), ("chamroussebelle", "bouchonstjean"), role=("Lift Operator", "Commis"), tz="fr")
mo("application_received", "ie1", "Your {role} application", "Dear {n},\n\nThanks a million re {role}. Successful or not, candidates get a letter once interviews wrap up late this month.\n\nKind regards,\n{sig}\n{co}", ("Douglas Street Pharmacy", "Ballincollig Opticians"), ("douglasstpharm", "ballincolligopt"), role=("Pharmacy Technician", "Optical Assistant"), tz="ie")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-tema", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for the note. Terminal manager wants to see you re {role}: {dl}, ten sharp. Main gate's being resurfaced, unfortunately, so use the weighbridge entrance.\n\n{sig}\n\n{OUT}", ("Tema Boxline Depot", "Takoradi Rigside Services"), ("boxlinedepot", "rigside"), role=("Reefer Supervisor", "Materials Coordinator"), tz="gh")
mo("interview", "gh", "Interview invite – {role}", "Hi {n},\n\nKeen to talk {role} with you. Free for a video panel on {dl}? Sadly our scheduler only shows slots in one timezone, so double-check the hour.\n\n{sig}\nRecruiting, {co}", ("Kurla Pixelmark Media", "Hillsborough Tracewell Software"), ("pixelmark", "tracewell"), role=("Media Planner", "QA Engineer"), tz=("in", "pe"))
mo("interview", "wk", "Trial shift – {dl}?", "Hi {n}, fancy a trial shift for {role} on {dl} from 5pm? I'm afraid the trial itself goes unpaid, though dinner's on the house.\n\n{sig}\n{co}", ("Bilston Balti Kitchen", "Grand Mal Dive Centre"), ("bilstonbalti", "grandmaldive"), role=("Front of House", "Boat Crew"), tz=("uk", "gd"))
mo("interview", "tt", "Convocation to interview", "Hello {n},\n\nWe are happy to convocate you for {role} on {dl} at 14h. Unfortunately the parking of the site is in works; prefer the shuttle from the station.\n\nCordially,\n{sig}\n{co}", ("Valmorel Skiloc", "Affinage Bressard"), ("valmorelski", "bressardaffinage"), role=("Boot Fitter", "Cheese Turner"), tz="fr")
mo("interview", "ps-inel", "Invitation to oral interview", "Dear {n},\n\nYou are shortlisted: oral interview, {role}, {dl}, 9:00 am. Regrettably, transport and lodging allowances are not payable to candidates. Bring original certificates.\n\n{co}", ("Ghana Municipal Services Recruitment Unit", "Provincial Staffing Directorate, Lahore"), ("gmsru", "psdlahore"), frm="{co} <recruitment@{dom}>", role=("Budget Analyst", "Data Entry Operator"), tz=("gh", "pk"))
mo("interview", "in-grad", "Assessment centre invitation", "Dear {n},\n\nCongratulations: a seat awaits you at the {x} assessment day, {dl}. Sorry in advance: the building's lift is out of service, and the rooms are on the third floor, so tell us if you need the ground-floor suite.\n\nEarly Careers Team\n{co}", ("Midland Signalworks", "Severnvale Water"), ("signalworks", "severnvale"), frm="Early Careers <earlycareers@{dom}>", x=("Rail Signalling", "Supply Chain"), tz="uk")
mo("interview", "pe1", "Interview for summer job", "Hi {n},\n\nCould you pop by on {dl} around 11 for a quick chat about {role}? Bad news is the coffee machine died, so bring your own cup if you need one!\n\n{sig}\n{co}", ("Cavendish Puttaround Golf", "North Rustico Fudge Shop"), ("puttaround", "rusticofudge"), role=("Course Attendant", "Counter Clerk"), tz="pe")
mo("interview", "pk1", "Call for interview", "Respected {n},\n\nKindly appear for interview for {role} on {dl}, 11 o'clock, head office. Unfortunately no waiting hall is there, so reach on time only. Bring CNIC and degree originals.\n\n{sig}\n{co}", ("Jhang Bazaar Powerloom Unit", "Samanabad Ghee Mills"), ("jhangpowerloom", "samanabadghee"), role=("Shift Supervisor", "Accounts Clerk"), tz="pk")
mo("next_steps", "pp", "Your assessment link – {role}", "Dear {n},\n\nYour assessment for {role} is ready. Please finish it by {dl}. Unfortunately, once begun it can't pause; block out 45 quiet minutes.\n\n{co} Recruitment", ("Harbourgate Insurance Services", "Kasoa Microcredit Trust"), ("harbourgateins", "kasoamicro"), role=("Underwriting Assistant", "Field Credit Officer"), tz=("uk", "gh"))
mo("next_steps", "ic", "Documents needed for {role}", "{n},\n\nScans of {x} plus two referees needed by {dl}. Sadly the portal refuses files above 3 MB, so compress big scans first.\n\nTalent Acquisition\n{co}", ("Oldbury Safeworks", "Montague Road Haulage"), ("oldburysafe", "montaguehaul"), frm="Talent Acquisition <noreply@{dom}>", role=("Safety Coordinator", "Shunter Driver"), x=("your NEBOSH certificate", "your licence and abstract"), tz=("uk", "pe"))
mo("next_steps", "ps-mark", "Admission to written examination", "Dear {n},\n\nAdmission granted to the {role} written paper on {dl}. Regrettably, calculators that store memory are barred from the hall. Carry your admit card and ID.\n\n{co}", ("Public Service Commission, St. George's", "Divisional Testing Office, Multan Road"), ("pscgrenada", "dtomultanrd"), frm="{co} <exams@{dom}>", role=("Clerk II", "Junior Clerk"), tz=("gd", "pk"))
mo("next_steps", "as", "Take-home for {role}", "Hi {n},\n\nStep two for {role}: short take-home, due {dl}. I'm afraid that date is fixed: panel sits the next morning.\n\nThanks,\n{sig}", ("Carbonlens Analytics", "Briefwise Legal Tech"), ("carbonlens", "briefwise"), role=("Analytics Engineer", "Frontend Engineer"), tz=("use", "ie"))
mo("next_steps", "mb1", "Documents required", "Hi {n}, for the {role} post please send Aadhaar copy, one photo and police verification form by {dl}. Sorry, we cannot accept photos taken on phone, studio photo only.\n{sig}, {co}", ("Dadar Dabbawala Express", "Girgaon Chaiwala Corner"), ("dadartiffin", "girgaonchai"), role=("Delivery Rider", "Counter Boy"), tz="in")
mo("next_steps", "jz", "Client wants references", "Hi {n},\n\nGood news, the client wants two referees for {role} by {dl}. Unfortunately relatives and pals won't do; line managers only please.\n\n{sig}\n{co}", ("Thane Staffbridge", "Tema Workforce Partners"), ("staffbridge", "temaworkforce"), role=("Cost Accountant", "Terminal Supervisor"), tz=("in", "gh"))
mo("offer", "th-pei", "RE: [EXT] Re: {role}", "Hello {n},\n\nThe selection board wants you for {role}, starting {dl}. Unfortunately lab coat and badge lag behind, so spares will do at first.\n\nAll the best,\n{sig}\n\n{OUT}", ("Harrington Seed Potato Lab", "Charlottetown Field Research Station"), ("harringtonseed", "ctownfieldstation"), role=("Lab Technician", "Field Assistant"), tz="pe")
mo("offer", "bh", "Offer of employment – {role}", "Dear {n},\n\nHappy to offer you {role}, starting {dl}. Sadly our staff canteen gets refitted that month, so pack lunch early on.\n\n{sig}, HR", ("Saddar Swiftparcel", "Franschhoek Cellar Rides"), ("swiftparcel", "cellarrides"), role=("Sorting Hub Lead", "Driver Guide"), tz=("pk", "za"))
mo("offer", "se", "You're on the crew!", "Hi {n},\n\nA slot opened on the {x} crew, yours from {dl}. Bad news: uniforms sit at customs; wear dark gear week one.\n\n{sig}, {co}", ("Spiceisle Mas Camp", "Malpeque Mussel Farms"), ("spiceislemas", "malpequemussel"), x=("Carnival costume", "autumn harvest"), tz=("gd", "pe"))
mo("offer", "ie1", "Offer – {role}", "Dear {n},\n\nDelighted to say {role} is yours, starting {dl}. Regrettably the dispensary computer upgrade overruns into your first week, so training will be on paper for a couple of days.\n\nKind regards,\n{sig}\n{co}", "Ballincollig Opticians", "ballincolligopt", role="Optical Assistant", tz="ie")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-1", "Application status changed", "Hi {n},\n\n{role} – status now: Withdrawn by you. If that wasn't intended, apply again from the vacancy page.\n\n{co} Careers", ("Pikeholm Careers", "Pikeholm Careers"), ("pikeholm", "pikeholm"), frm="{co} <no-reply@{dom}>", role=("Warehouse Lead", "Payroll Assistant"), tz=("uk", "za"))
mo("other_job", "ats-2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Status: <b>On hold – vacancy paused</b></p><p>Watch for word once hiring restarts.</p><p>{co}</p></body></html>", ("Stourlane Jobs", "Stourlane Jobs"), ("stourlane", "stourlane"), frm="{co} <alerts@{dom}>", role=("Customer Adviser", "Fleet Coordinator"), tz=("uk", "gh"))
mo("other_job", "gd1", "Interview moved", "Morning {n}, just to say we movin yuh chat fuh the {role} spot off Emancipation Day to the Thursday after, same time by the jetty. Lemme know if that good.\n{sig}\n{co}", "Grand Anse Bluewake Taxis", "bluewaketaxi", role="Deckhand", tz="gd")
mo("job_alert", "ft-alert", "New at {co}: this week's openings", "Hi {n},\n\nFresh this week: Sales Assistant (weekends), Stockroom Lead, Cutting Counter Supervisor. Apply on our careers page.\n\n{sig}" + "{FOOT}", ("Threadmill Fabrics", "Threadmill Fabrics", "Threadmill Fabrics"), ("threadmill", "threadmill", "threadmill"), tz="uk")
mo("recruiter_outreach", "out-1", "Operations Manager – Tema free zone", "Hi {n},\n\nYour profile popped up; you'd suit an Operations Manager role with a bottling firm in the Tema free zone. Package is strong and there is a relocation allowance. Got ten minutes this week?\n\n{sig}\n{co}", "Osu Executive Search", "osuexec", tz="gh")
mo("recruiter_outreach", "out-2", "Senior Product Designer – Lower Parel", "Hi {n}, I'm hiring a Senior Product Designer for a consumer app in Lower Parel, hybrid, 3 days office. Your portfolio caught my eye. Can we connect for 15 mins?\n\n{sig}, {co}", "Bandra Peoplebridge", "peoplebridge", tz="in")
mo("non_job_rejection_words", "nj-loan", "Your loan application", "Dear {n},\n\nAbout your {x} loan request: after review, it is declined for now. A fresh request can come in after three months.\n\n{co} Lending Team", ("Black Country Mutual Building Society", "Island Farmers Credit Union"), ("bcmutual", "islandfarmerscu"), frm="{co} <lending@{dom}>", x=("canal boat", "tractor"), tz=("uk", "pe"))
mo("non_job_rejection_words", "nj-flat", "Flat viewing outcome", "Hi {n},\n\nCheers for seeing the two-bed at {x}. Landlord went with another tenant and the flat's let. Similar listings to follow.\n\n{sig}\n{co}", ("Kurla Nest Realty", "Ridge Road Lettings"), ("kurlanest", "ridgeroadlet"), x=("Nehru Nagar", "Osu"), tz=("in", "gh"))
mo("non_job_rejection_words", "nj-ballot", "Spicemas band ballot", "Hi {n}, sorry, no luck in this year's costume ballot for the {co} section. Your name stays on the reserve list in case a costume frees up.\n\n{sig}", "Spiceisle Mas Camp", "spiceislemas", tz="gd")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Ottermere" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    trade = fam.split("-", 1)[1]
    relay = "\n\n<> passed along by Ottermere" + ch + " :: " + trade + " openings <>"
    full_dom = dom + ".ottermere" + ch.lower()
    wr(fam, rej[0], rej[1] + relay, co, full_dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + relay, co, full_dom, frm=via(ch), tz=tz)


pair("e01-bagpipereedshaving", "Wren", "Glenmorven Reedcraft", "glenmorvenreed", "uk", ("Reed shaver vacancy", "Hi {n}, ta for the cane samples. The reed shaver seat's gone to a piper in our own band; you're not in this time.\n{sig}"), ("application_received", "Reed shaver vacancy – received", "Hi {n}, samples arrived safely. If your reeds don't pass the drone test we'll say so plainly; either way you hear from me within ten days.\n{sig}"))
pair("e02-trumpetvalvelapping", "Finch", "Brasswell Valve Shop", "brasswellvalve", "usc", ("Valve lapper position", "{n}, appreciate you sending your work. We hired a lapper with more piston-fitting hours, so your name drops off this one.\n{sig}"), ("interview", "Valve lapper – come by?", "{n}, bench test at the shop, {dl}, 1 pm work for you? Unfortunately the street meters bite, so park behind the Lutheran hall.\n{sig}"))
pair("e03-hurdygurdywheeling", "Lark", "Atelier Vielle Rouergue", "vielleatelier", "fr", ("Wheel maker post", "Hello {n}, thank you for your candidature. We have chosen another maker, more experimented with rosin wheels. Good continuation.\n{sig}"), ("next_steps", "Wheel maker – trial piece", "Hello {n}, please send us one finished wheel before {dl}. Unfortunately we cannot reimburse the postage.\n{sig}"))
pair("e04-organpipevoicing", "Heron", "Keswick Flue & Reed Organ Builders", "keswickflue", "uk", ("Voicer vacancy", "Dear {n}, many thanks for your voicer application. I'm sorry: the post went to a voicer with more cathedral organs done.\n{sig}"), ("offer", "Voicer post – offer", "Dear {n}, the voicer post is yours from {dl} if you want it. Regrettably our stove sulks in winter; bring a jumper.\n{sig}"))
pair("e05-clarinetkeyplating", "Plover", "Silverkey Woodwind Plating", "silverkeyplating", "use", ("Plating tech application", "Hi {n}, thanks for writing in. Another plating tech with nickel-silver hours got the job.\n{sig}"), ("application_received", "Plating tech – we got it", "Hi {n}, thanks for applying. Plate or pass, every applicant gets a short reply from our shop owner by month's end.\n{sig}"))
pair("e06-castanetpairing", "Curlew", "Granadilla Percussion Works", "granadillaperc", "gd", ("Castanet pairing job", "Morning {n}, thanks for comin to the workshop. We give the pairing job to Marva who been helpin we since last year, so nothing fuh now.\n{sig}"), ("interview", "Castanet pairing – workshop visit", "Morning {n}, pass by the workshop {dl} at ten, fuh a little try-out. Sorry, the road by the workshop real bad, so walk from the junction.\n{sig}"))
pair("e07-turbanpleating", "Dunlin", "Amritsar Pagg House Southall", "amritsarpagg", "uk", ("Pleater vacancy", "Sat Sri Akal {n}, grateful for your interest. A pleater with many wedding seasons has joined us; the post is gone.\n{sig}"), ("next_steps", "Pleater – sample needed", "Sat Sri Akal {n}, please bring three pleated samples by {dl}. Unfortunately we only have space to see candidates on weekday mornings.\n{sig}"))
pair("e08-sariborderweaving", "Siskin", "Paithan Zari Looms", "paithanzari", "in", ("Border weaver post", "Dear {n}, thanks for applying. Management finalised weaver from Yeola for border work, hence your candidature is closed.\n{sig}"), ("offer", "Border weaver – appointment", "Dear {n}, you are appointed as border weaver from {dl}. Unfortunately hostel room is not available, please arrange stay near loom shed.\n{sig}"))
pair("e09-beretfelting", "Linnet", "Oloron Feutre Atelier", "oloronfeutre", "fr", ("Felter post", "Hello {n}, we thank you for your dossier. The post of felter is attributed to an internal candidate. We keep your coordinates.\n{sig}"), ("application_received", "Felter post – dossier received", "Hello {n}, your dossier is well received. Whatever the response, positive or negative, we write to you in two weeks.\n{sig}"))
pair("e10-sombreroplaiting", "Pipit", "Sonoran Palm Hat Co", "sonoranpalm", "usm", ("Plaiter opening", "Hi {n}, good of you to apply. We went with a plaiter who already knows the palm braid; yours doesn't go on.\n{sig}"), ("interview", "Plaiter opening – chat", "Hi {n}, can you swing by {dl} at 9 am? Sorry, our AC is down so wear something light.\n{sig}"))
pair("e11-skipolefitting", "Merlin", "Whistler Ridge Pole Fitters", "whistlerpole", "usp", ("Fitter position", "{n}, appreciate the application. A returning tech took the fitter spot, so that's that.\n{sig}"), ("next_steps", "Fitter – certification copy", "{n}, please email your tuning certification by {dl}. I'm afraid the spot lapses after that.\n{sig}"))
pair("e12-hockeystickbending", "Kestrel", "Kinkora Stickworks", "kinkorastick", "pe", ("Bender job", "Hi {n}, thanks for the note. Took on a fella who's steamed blades two decades, so winter's covered.\n{sig}"), ("offer", "Bender job – it's yours", "Hi {n}, good news, the job's yours starting {dl}. Bad news, the steam box leaks so bring work gloves.\n{sig}"))
pair("e13-fletchingglueing", "Avocet", "Kunene Arrowcraft", "kunenearrow", "za", ("Fletcher position", "Hi {n}, thanks for applying. We have appointed a fletcher with competition experience and won't take your application further.\n{sig}"), ("application_received", "Fletcher position – received", "Hi {n}, application received. Shortlisted or not, expect an SMS within seven days.\n{sig}"))
pair("e14-bowstringserving", "Godwit", "Tamaki Archery Supply", "tamakiarchery", "nz", ("String server role", "Kia ora {n}, ngā mihi for applying. The string server role went to another applicant, so yours ends here.\n{sig}"), ("interview", "String server role – meet?", "Kia ora {n}, keen to meet on {dl} at 2 pm. Unfortunately the range is closed that day, so it's the back office.\n{sig}"))
pair("e15-saddlebagriveting", "Redstart", "Ennis Road Leatherworks", "ennisroadleather", "ie", ("Riveter vacancy", "Dear {n}, thanks a million for applying. The riveter vacancy is filled and your application stops there.\n{sig}"), ("next_steps", "Riveter – practical test", "Dear {n}, please come for a practical test by {dl}. Sadly your travel costs are yours to bear.\n{sig}"))
pair("e16-bridlebitpolishing", "Stonechat", "Lambourn Bitmakers", "lambournbit", "uk", ("Bit polisher role", "Hi {n}, cheers for the interest. An apprentice off our own yard landed the polishing role; it's shut now.\n{sig}"), ("offer", "Bit polisher role – offer", "Hi {n}, happy to offer you the polishing role from {dl}. Sorry, the tea room is being redone, so bring a flask.\n{sig}"))
pair("e17-horseshoeclinching", "Twite", "Windsor Downs Farriery", "windsordownsfarrier", "au", ("Clincher spot", "G'day {n}, ta for applying. A clincher who rode with us last season is in, so the spot's gone, mate.\n{sig}"), ("application_received", "Clincher spot – got it", "G'day {n}, application's in. Need you or not this round, word comes by Friday week.\n{sig}"))
pair("e18-candlesnuffercasting", "Shrike", "Pewterbell Foundry", "pewterbell", "use", ("Caster application", "Hi {n}, thanks for writing. Someone with more sand-casting years now holds the position.\n{sig}"), ("interview", "Caster application – visit", "Hi {n}, come see the foundry {dl}? Unfortunately visitors park on the street.\n{sig}"))
pair("e19-wickbraiding", "Bunting", "Cape Coast Wickspinner", "capecoastwickspin", "gh", ("Braider vacancy", "Hello {n}, your letter reached us, thank you. Please, a braider from our Elmina branch has taken the post. Stay blessed.\n{sig}"), ("next_steps", "Braider – bring samples", "Hello {n}, kindly bring five braided samples by {dl}. Unfortunately transport is on you.\n{sig}"))
pair("e20-soapbarstamping", "Dipper", "Hebden Soapery", "hebdensoapery", "uk", ("Stamper job", "Hi {n}, ta for applying. Somebody with more cold-process years got picked over you.\n{sig}"), ("application_received", "Stamper job – received", "Hi {n}, application landed. Picked or not, everyone hears back in a fortnight.\n{sig}"))
pair("e21-perfumeflaconcutting", "Grebe", "Grasse Verrerie Fine", "grasseverrerie", "fr", ("Flacon cutter post", "Hello {n}, thank you for your candidature. We have retained a cutter more experienced with crystal. We cannot give a favourable suite.\n{sig}"), ("offer", "Flacon cutter – proposition", "Hello {n}, we are happy to propose you the post of cutter, beginning {dl}. Unfortunately the lockers are in works; you get one in the office.\n{sig}"))
pair("e22-tiepincasting", "Tern", "Jewellery Quarter Pinsmiths", "jqpinsmiths", "uk", ("Caster role", "Hi {n}, thanks for applying. Another caster got the nod, which ends your application.\n{sig}"), ("interview", "Caster role – interview", "Hi {n}, pop in {dl}, 11ish? Sadly the buzzer's dead; text on arrival.\n{sig}"))
pair("e23-watchstrapstitching", "Egret", "Anarkali Strapworks", "anarkalistrap", "pk", ("Stitcher post", "Dear {n}, with reference to your application, we have selected another stitcher with saddle-stitch experience. Regards.\n{sig}"), ("next_steps", "Stitcher – sample strap", "Dear {n}, kindly submit one sample strap by {dl}. Unfortunately leather is not provided for the sample.\n{sig}"))
pair("e24-clockhandblueing", "Bittern", "Derry Horology Works", "derryhorology", "ie", ("Blueing tech role", "Dear {n}, grand to get your letter. A technician off our own bench has the blueing job now, so your file closes here.\n{sig}"), ("application_received", "Blueing tech role – received", "Dear {n}, thanks for applying. Whatever the result, a reply follows within three weeks.\n{sig}"))
pair("e25-pendulumbobcasting", "Snipe", "Ashburton Regulator Clocks", "ashburtonclocks", "nz", ("Bob caster role", "Kia ora {n}, thanks heaps. A local applicant filled the caster role, so yours closes.\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on OttermereWren", "Hi {n}, new this week: reed shaver (Cumbria), drone maker (Perth), chanter turner (Inverness). Sign in to apply.\n\n<> OttermereWren weekly board <>", "OttermereWren", "board.ottermerewren", frm="OttermereWren <board@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Christmas market pitch", "Hi {n}, about your Hebden winter market pitch request: all pitches are gone, so yours is unsuccessful for 2026.\n{sig}", "Hebden Market Trust", "hebdenmarket", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (pol 2, ukr 2, bul, lit, lav, heb, fas, ben); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "مشغل سجاد مادبا", "madabaloom", "jo", ("بخصوص طلب التوظيف", "السيد/ة {n}،\n\nشكرًا لرسالتك إلى مشغل السجاد في مادبا. ذهب مكان النول إلى نسّاجة تعمل معنا منذ مواسم عدة، فاعتذارنا إليك هذه المرة.\n\nمع التحية،\n{sig}"), ("application_received", "تم استلام طلبك", "مرحبًا {n}،\n\nاستلمنا رسالتك بخصوص العمل على النول. أيًّا كان قرارنا، ستصلك كلمة منّا قبل مرور أسبوعين.\n\n{sig}"))
lp("l-de", "de", "Scherenschleiferei Wupperhof", "wupperhofschliff", "de", ("Ihre Bewerbung als Schleifer/in", "Hallo {n},\n\nIhr Schreiben an unsere Schleiferei hat uns gefreut. Den Platz am Pliestbock bekommt ein Schleifer, der dort schon länger arbeitet; für Sie bleibt diesmal leider nichts frei.\n\nFreundliche Grüße\n{sig}"), ("interview", "Einladung zum Probearbeiten", "Hallo {n},\n\nkommen Sie doch am {dl} gegen zehn zu einem Probetag vorbei. Parken ist bei uns leider kaum möglich, die Linie 683 hält aber gleich am Hoftor.\n\nFreundliche Grüße\n{sig}"))
lp("l-es", "es", "Taller de Damasquinado del Tajo", "damasquinadotajo", "es", ("Su candidatura al taller", "Hola, {n}:\n\nLe agradecemos el interés por el taller. El puesto lo ocupará Anselmo, que lleva décadas incrustando oro en acero, de modo que su solicitud queda cerrada.\n\nUn saludo,\n{sig}"), ("next_steps", "Pieza de prueba", "Hola, {n}:\n\nNecesitamos una pieza de muestra suya antes del {dl}. Lamentablemente los portes corren de su cuenta.\n\nUn saludo,\n{sig}"))
lp("l-fr", "fr", "Atelier d'Émail Vienne-Limousin", "emailvienne", "fr", ("Votre candidature – émailleur", "Bonjour {n},\n\nVotre courrier à l'atelier nous a touchés. Une émailleuse rompue au champlevé nous rejoint ; pour vous, c'est hélas non.\n\nBien cordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : la place d'émailleur vous revient, début le {dl}. Malheureusement, notre deuxième four attend un technicien, alors les premiers jours seront consacrés au dessin.\n\nBien cordialement,\n{sig}"))
lp("l-hi", "hi", "नीलकमल ब्लू पॉटरी कार्यशाला", "neelkamalpottery", "in", ("आपकी अर्ज़ी पर जवाब", "{n} जी,\n\nनीलकमल में काम की ख़्वाहिश जताई, बहुत मेहरबानी। चाक वाली जगह अब सांगानेर के रामकिशन मिस्त्री संभालेंगे; लिहाज़ा फ़िलहाल आपको मौक़ा देना मुमकिन न रहा।\n\nशुभेच्छु\n{sig}"), ("application_received", "अर्ज़ी पहुँची", "{n} जी,\n\nआपका ख़त हाथ लगा। फ़ैसला हक़ में हो या ख़िलाफ़, पखवाड़े भर में चिट्ठी आएगी।\n\nशुभेच्छु\n{sig}"))
lp("l-it", "it", "Bottega Liutaria Ponchielli", "liutariaponchielli", "it", ("La sua candidatura", "Gentile {n},\n\ngrazie della lettera. Al banco di verniciatura abbiamo preso Ettore, che stende l'olio sui violini da vent'anni; a lei dobbiamo dire di no.\n\nCordiali saluti,\n{sig}"), ("interview", "Invito al colloquio", "Gentile {n},\n\npassi pure da noi il {dl}, alle tre. Purtroppo stiamo restaurando l'ingresso su strada, quindi passi dal cortiletto a fianco.\n\nCordiali saluti,\n{sig}"))
lp("l-ja", "ja", "京扇子 風雅堂", "fugadosensu", "jp", ("応募の結果について", "{n}様\n\nこのたびは当工房の扇職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。\n\n{sig}"), ("next_steps", "作品提出のお願い", "{n}様\n\n{dl}までに作品を一点ご送付ください。恐れ入りますが、送料はご負担いただきますようお願いいたします。\n\n{sig}"))
lp("l-ko", "ko", "전주 한지공방 닥나무집", "daknamuhanji", "kr", ("지원 결과 안내", "{n}님, 안녕하세요.\n\n닥나무집에 편지 보내 주셔서 고맙습니다. 이번 자리는 오랫동안 함께 종이를 떠 온 분이 맡게 되어 함께하기 어렵게 되었습니다. 좋은 인연으로 다시 만나기를 바랍니다.\n\n{sig} 드림"), ("interview", "면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오후 두 시쯤 공방에서 뵈었으면 합니다. 아쉽게도 공방 앞 골목은 주차가 안 되니 버스를 권합니다.\n\n{sig} 드림"))
lp("l-pt", "pt", "Oficina de Azulejaria da Graça", "azulejariagraca", "pt", ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse na oficina. A vaga ficou com a Dona Albertina, que pinta azulejos há trinta anos; a sua candidatura fica arquivada.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho", "Olá {n},\n\nA vaga de pintor é sua, com início a {dl}. Infelizmente os cacifos só ficam prontos umas semanas depois.\n\nCumprimentos,\n{sig}"))
lp("l-ru", "ru", "Мастерская росписи «Подносная слобода»", "podnosnaya", "ru", ("О вашем отклике", "Здравствуйте, {n}!\n\nСпасибо за письмо в нашу подносную мастерскую. Место досталось художнице, которая расписывает металл уже пятнадцать лет, так что вам в этот раз отказываем.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПросим прислать фотографии трёх ваших работ до {dl}. К сожалению, присланные позже мы рассматривать уже не сможем.\n\nС уважением,\n{sig}"))
lp("l-sw", "sw", "Karakana ya Milango ya Mji Mkongwe", "milangoyamji", "tz", ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nShukrani kwa kutuandikia kuhusu uchongaji wa milango. Nafasi hiyo amepewa fundi aliyechonga milango ya Mji Mkongwe kwa miaka mingi; ombi lako limeishia hapo.\n\nWako,\n{sig}"), ("application_received", "Tumepokea maombi yako", "Habari {n},\n\nBarua yako imefika salama. Jibu, liwe zuri au la, litakufikia kabla ya wiki mbili kupita.\n\nWako,\n{sig}"))
lp("l-th", "th", "โรงร่มบ่อสร้างศิลป์", "bosangsilp", "th", ("ผลการสมัครงาน", "ถึง คุณ{n}\n\nโรงร่มของเราขอบคุณสำหรับจดหมายของท่าน ตำแหน่งช่างวาดร่มได้มอบให้ช่างที่วาดลายดอกไม้กับเรามาหลายปีแล้ว ครั้งนี้จึงไม่ได้รับท่านเข้าทำงาน\n\nด้วยความเคารพ\n{sig}"), ("interview", "เชิญสัมภาษณ์", "ถึง คุณ{n}\n\nอยากพบท่านที่โรงร่มวันที่ {dl} ราวสิบโมงเช้า น่าเสียดายที่หน้าโรงร่มจอดรถไม่ได้ แนะนำให้นั่งสองแถวมา\n\nด้วยความเคารพ\n{sig}"))
lp("l-tr", "tr", "Bakırcılar Çarşısı Atölyesi", "bakircilaratolye", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nBakır atölyemize gösterdiğiniz ilgi için sağ olun. Çekiç işinde yıllarını vermiş bir usta bu yeri aldı; sizin başvurunuz bu sefer kabul edilmedi.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {n},\n\nSize {dl} tarihinden itibaren atölyemizde usta yardımcısı olarak iş teklif etmekten memnuniyet duyuyoruz. Maalesef dolaplar henüz gelmedi; ilk günlerde çantanızı büroya koyabilirsiniz.\n\nSaygılarımızla,\n{sig}"))
lp("l-ur", "ur", "ہالا اجرک چھپائی گھر", "halaajrak", "pk", ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nاجرک کے ٹھپوں والے ہمارے کارخانے کو خط لکھنے کا شکریہ۔ ٹھپے والی میز اب استاد غلام رسول سنبھالیں گے جن کا ہاتھ تیس سال سے اجرک پر چل رہا ہے؛ اس مرتبہ آپ کی باری نہیں آئی۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"), ("next_steps", "نمونہ بھیجنے کی درخواست", "محترم {n}،\n\n{dl} سے پہلے اپنے ہاتھ کا چھپا ہوا ایک ٹکڑا روانہ فرمائیں۔ افسوس، کوریئر کے پیسے آپ کے ذمے رہیں گے۔\n\n{sig}"))
lp("l-zh", "zh", "宜兴紫泥壶艺工作室", "zinihuyi", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘我们紫砂工作室的制壶助理一职。经过综合考虑，我们已选定另一位经验更丰富的候选人，很遗憾这次无法与您合作。\n\n祝好！\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为制壶助理，入职日期为{dl}。遗憾的是员工宿舍暂时已满，需要您自行安排住处。\n\n{sig}"))
lp("l-pol1", "pol", "Pracownia Ceramiki Kamionka Bolesławiec", "kamionkaboleslawiec", "pl", ("Rekrutacja – malarz ceramiki", "Dzień dobry {n},\n\ndziękujemy za list do naszej pracowni. Miejsce przy stemplach dostała malarka, która od lat zdobi u nas kubki w pawie oczka, więc Pani/Pana zgłoszenie zamykamy.\n\nPozdrawiamy,\n{sig}"), ("application_received", "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry {n},\n\nPani/Pana zgłoszenie dotarło. Jakakolwiek zapadnie decyzja, list od nas przyjdzie przed upływem czternastu dni.\n\nPozdrawiamy,\n{sig}"))
lp("l-pol2", "pol", "Pracownia Szopek Krakowskich Pod Wawelem", "szopkipodwawelem", "pl", ("Zgłoszenie do pracowni szopek", "Cześć {n},\n\ndzięki za przesłane zdjęcia prac. Wolne miejsce przy stole zajęła już dziewczyna, która kleiła z nami szopkę na zeszłoroczny konkurs, więc dla Ciebie tym razem go zabrakło.\n\n{sig}"), ("next_steps", "Prośba o próbkę", "Cześć {n},\n\nprześlij proszę jedną małą szopkę próbną do {dl}. Niestety nie zwracamy kosztów materiałów.\n\n{sig}"))
lp("l-ukr1", "ukr", "Косівська гончарна майстерня «Глечик»", "hlechykkosiv", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\n\nДякуємо, що написали до нашої гончарні. Місце за гончарним кругом отримав майстер, що розписує миски вже двадцять років, тож цього разу вам відмовляємо.\n\nЗ повагою,\n{sig}"), ("interview", "Запрошення на співбесіду", "Добрий день, {n}!\n\nЧекаємо вас у майстерні {dl} близько десятої ранку на розмову. На жаль, машину біля нас поставити ніде, зручніше маршруткою.\n\nЗ повагою,\n{sig}"))
lp("l-ukr2", "ukr", "Студія петриківського розпису «Калинове гроно»", "kalynovehrono", "ua", ("Відповідь на вашу кандидатуру", "Вітаю, {n}!\n\nДякуємо, що надіслали свої роботи. Цього разу ми взяли до студії художницю, яка вже працювала з нами на ярмарку, тож далі з вашою кандидатурою не підемо.\n\n{sig}"), ("offer", "Пропозиція роботи", "Вітаю, {n}!\n\nРаді запропонувати вам місце в студії з {dl}. На жаль, перший тиждень фарби доведеться приносити свої.\n\n{sig}"))
lp("l-bul", "bul", "Грънчарска работилница „Троянска шарка“", "troyanskasharka", "bg", ("Относно вашата кандидатура", "Здравейте, {n},\n\nБлагодарим, че се обърнахте към нашата работилница. Мястото при колелото отиде при майстор, който върти глина от двадесет години, така че този път не ви приемаме.\n\nПоздрави,\n{sig}"), ("interview", "Покана за среща", "Здравейте, {n},\n\nКаним ви на среща в работилницата на {dl} от 11 ч. За съжаление пътят до нас е в ремонт, затова предвидете повече време.\n\nПоздрави,\n{sig}"))
lp("l-lit", "lit", "Gintaro dirbtuvės „Jūros lašas“", "juroslasas", "lt", ("Dėl jūsų paraiškos", "Laba diena, {n},\n\ndėkojame, kad kreipėtės į mūsų gintaro dirbtuves. Pasirinkome kitą kandidatą, turintį daugiau šlifavimo patirties, todėl šį kartą jūsų paraiškos nesvarstysime.\n\nPagarbiai\n{sig}"), ("application_received", "Paraiška gauta", "Laba diena, {n},\n\njūsų paraišką gavome. Kad ir koks būtų sprendimas, atsakysime per dvi savaites.\n\nPagarbiai\n{sig}"))
lp("l-lav", "lav", "Linu aušanas darbnīca „Zilā stelle“", "zilastelle", "lv", ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies, ka atsaucāties mūsu linu darbnīcas sludinājumam. Vietu pie stellēm saņēma audēja, kas pie mums strādā jau vairākas vasaras, tādēļ jūsu pieteikums šoreiz paliek bez turpinājuma.\n\nAr cieņu\n{sig}"), ("next_steps", "Parauga iesniegšana", "Labdien, {n}!\n\nLūdzam līdz {dl} atsūtīt vienu austu paraugu. Diemžēl pasta izdevumus mēs nesedzam.\n\nAr cieņu\n{sig}"))
lp("l-heb", "heb", "סדנת הפיליגרן של יפו העתיקה", "yafofiligree", "il", ("בנוגע למועמדותך", "שלום {n},\n\nתודה שפנית לסדנה שלנו ביפו. את המקום ליד שולחן הפיליגרן קיבלה צורפת שעובדת איתנו כבר כמה עונות, כך שהפעם התשובה שלילית.\n\nבברכה,\n{sig}"), ("application_received", "קיבלנו את מועמדותך", "שלום {n},\n\nקורות החיים שלך התקבלו. בכל מקרה, חיובי או שלילי, נחזור אליך תוך שבועיים.\n\nבברכה,\n{sig}"))
lp("l-fas", "fas", "کارگاه خاتم‌سازی نقش جهان", "naqshkhatam", "ir", ("درباره درخواست شما", "{n} عزیز، سلام\n\nنامه‌تان برای کارگاه خاتم به دستمان رسید، ممنونیم. جای خالی میز خاتم را به استادی دادیم که سال‌هاست کنار ما کار می‌کند؛ بنابراین این بار پاسخ ما منفی است.\n\nبا احترام\n{sig}"), ("interview", "دعوت به مصاحبه", "{n} عزیز، سلام\n\nاز شما دعوت می‌کنیم روز {dl} ساعت ۱۰ صبح برای مصاحبه به کارگاه بیایید. متأسفانه جای پارک نداریم.\n\nبا احترام\n{sig}"))
lp("l-ben", "ben", "বিষ্ণুপুর টেরাকোটা ঘর", "bishnupurporamati", "in", ("আপনার আবেদন প্রসঙ্গে", "নমস্কার {n},\n\nবিষ্ণুপুরে আমাদের টেরাকোটা ঘরে চিঠি পাঠিয়েছেন, খুশি হলাম। কাজটা পেলেন হরিপদ পাল, যিনি তিরিশ বছর ধরে ঘোড়া গড়ছেন; আপনাকে এখন রাখা হল না।\n\nইতি\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "bul": "{dd}.{mm}.{y}", "heb": "{d}.{m}.{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 150; slice 151, this slice and any later one are skipped by number."""
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
