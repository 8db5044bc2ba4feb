# ruff: noqa: E501, S311
"""Write the eighty-fifth sealed blind slice for issue 11 (blind-slice-85.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 84 and later never read; our side printed)
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

SEED = 850851
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-85.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 85
SKIP_FROM = 84  # slice 84 (written alongside), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 10)
LAST_DRAW = dt.date(2026, 10, 24)  # a Saturday; moved to Monday 26 October at the latest

RECIPIENTS = [
    "Rosalind Haworth", "Cathal Mulqueen", "Vignesh Subramaniam", "Alasdair Gillanders", "Zanele Dube",
    "Wiremu Tapsell", "Imogen Threlfall", "Sadhbh Keegan", "Chidera Okafor", "Beatrix Overton",
    "Funmilayo Adeyemi", "Lerato Mahlangu", "Anjali Deshpande", "Ruairí Mac Giolla", "Ngozi Eze",
    "Percival Hoskin-Rowe", "Aroha Ngata", "Eilís Brennan", "Madhumita Sen", "Colm Fahy",
    "Sibusiso Ndlovu", "Hamza Siddiqui", "Tejas Joshi", "Wanjiru Kamau", "Clodagh Furlong",
    "Jericho Villanueva", "Ikenna Umeh", "Priyanka Iyer", "Marisol Whitfield", "Segun Ogunleye",
    "Henrietta Gale", "Ishita Bhatt", "Jepkoech Rotich", "Marc-Olivier Pelletier", "Fionn Ó Dálaigh",
    "Katrina Bautista", "Winifred Lowther", "Sione Havili", "Aparna Menon", "Callum Strachan",
]
REGION_SIGNERS = {
    "uk": ["Lavinia Strudwick", "Owain Pritchard", "Nasreen Begum", "Toby Fernihough", "Elspeth Guthrie", "Kwame Asante-Lloyd"],
    "ie": ["Bríd Ní Mhurchú", "Fergal Tuohy", "Mairéad Galvin", "Shane Rooney"],
    "us": ["Dolores Villarreal", "Jebediah Yoder", "Shaniqua Pettiford", "Lars Halvorsen", "Ruth Feinberg"],
    "ca": ["Véronique Thibodeau", "Gurpreet Dhillon", "Bohdan Hnatyshyn", "Morag MacLellan"],
    "au": ["Kylie Blanchett-Ross", "Stavros Karagiannis", "Leanne Hoskin", "Minh Tran"],
    "nz": ["Huia Parata", "Kirsty Dobbie", "Semisi Fifita", "Ngaire Walden"],
    "za": ["Nomsa Dlamini", "Hennie Steyn", "Refilwe Mokgadi", "Chantelle Botha"],
    "in": ["Sowmya Raghunathan", "Abhishek Tiwari", "Farheen Ansari", "Girish Kamath"],
    "ng": ["Olayinka Fashola", "Chinonso Agu"], "ke": ["Njeri Gathoni", "Kipkemboi Sang"],
    "ph": ["Rowena Magbanua", "Jun-Jun Ocampo"], "sg": ["Lim Hui Min", "Saravanan Pillai"],
    "it": ["Serena Colombo", "Gianluca Ferri"], "tr": ["Elif Aydın", "Burak Şahin"], "jp": ["Kondo Mayumi", "Fujita Kenji"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هالة النجار", "سوسن العلي"], "de": ["Hildegard Pfeiffer", "Jörg Wendland"],
    "es": ["Itziar Cordero", "Rodrigo Saavedra"], "fr": ["Margaux Lemoine", "Gaëtan Perrin"],
    "hi": ["कौशल्या मेहरोत्रा", "दिवाकर झा"], "it": ["Ornella Bianchi", "Massimo Conti"],
    "ja": ["中村 智子", "小林 大輔"], "ko": ["최지현", "윤태호"], "pt": ["Luciana Figueiredo", "Renato Cavalcanti"],
    "ru": ["Татьяна Воронцова", "Игорь Белов"], "sw": ["Mwanaisha Juma", "Athumani Salim"],
    "th": ["สุภาพร แก้วมณี", "วิไลวรรณ จันทร์เพ็ญ"], "tr": ["Hatice Yıldırım", "Serkan Aksoy"],
    "ur": ["رخسانہ بیگم", "عائشہ صدیقی"], "zh": ["张丽华", "李志强"],
    "swe": ["Karin Lindqvist", "Anders Bergström"], "msa": ["Nurul Aisyah binti Rahman", "Azman bin Yusof"],
    "slv": ["Mojca Kovač", "Andrej Zupan"], "lav": ["Inese Kalniņa", "Jānis Ozols"],
    "gle": ["Siobhán Ní Chonaill", "Pádraig Ó Flaithearta"], "aze": ["Günel Məmmədova", "Elvin Həsənov"],
    "tam": ["செல்வி பாண்டியன்", "இளங்கோ சேகர்"], "nep": ["रमिला घिमिरे", "केशव भट्टराई"],
    "bel": ["Алена Казлоўская", "Алесь Шаўчэнка"], "hat": ["Magalie Jean-Baptiste", "Wilner Pierre-Louis"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم عبد الله", "نور الهدى سليمان"], "de": ["Franziska Haller", "Dominik Strobel"],
    "es": ["Valeria Ocampo", "Sergio Llorente"], "fr": ["Anaïs Dubreuil", "Quentin Morel"],
    "hi": ["ऋचा भार्गव", "तुषार लांबा"], "it": ["Giulia Ferraro", "Matteo Rinaldi"],
    "ja": ["佐々木 美咲", "田中 健太"], "ko": ["한예린", "강동현"], "pt": ["Camila Rezende", "Felipe Antunes"],
    "ru": ["Анастасия Громова", "Кирилл Соколов"], "sw": ["Neema Kisanga", "Juma Rashidi"],
    "th": ["กนกวรรณ ศรีวงศ์", "ณัฐพล ใจดี"], "tr": ["Elif Kaya", "Onur Yılmaz"],
    "ur": ["مہوش اقبال", "سدرہ نواز"], "zh": ["赵雨桐", "孙浩然"],
    "swe": ["Elin Sjöberg", "Oskar Nyström"], "msa": ["Siti Hajar", "Faizal Hakim"],
    "slv": ["Nina Potočnik", "Luka Horvat"], "lav": ["Dace Bērziņa", "Kristaps Liepa"],
    "gle": ["Aoife Ní Dhuibhir", "Cian Ó Loingsigh"], "aze": ["Aytən Quliyeva", "Rəşad Əliyev"],
    "tam": ["தீபா கண்ணன்", "அருண் வேலு"], "nep": ["निर्मला कार्की", "दीपक लामिछाने"],
    "bel": ["Вольга Міхалевіч", "Павел Лукашэвіч"], "hat": ["Rose-Mirlande Etienne", "Jean-Robert Dorcé"],
}
GIVEN = {
    "Bríd Ní Mhurchú": "Bríd", "Ruairí Mac Giolla": "Ruairí", "Fionn Ó Dálaigh": "Fionn", "Marc-Olivier Pelletier": "Marc-Olivier",
    "Lim Hui Min": "Hui Min", "Kondo Mayumi": "Mayumi", "Fujita Kenji": "Kenji", "Percival Hoskin-Rowe": "Percival",
    "中村 智子": "智子", "小林 大輔": "大輔", "佐々木 美咲": "美咲", "田中 健太": "健太",
    "Nurul Aisyah binti Rahman": "Nurul", "Azman bin Yusof": "Azman", "Jun-Jun Ocampo": "Jun-Jun",
}
PROVIDERS = ["whinchatmail", "wryneckpost", "hawfinchbox", "ouzelmail", "garganeypost", "smewbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"), "ba": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""), "np": ("+0545", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "idn": ("+0700", None, ""), "my": ("+0800", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "rs": ("+0100", "+0200", "eu"), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ht": ("-0500", "-0400", "us"), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")



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
    TEMPLATES.append(T(part, label, kind, f"blind85-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, chuffed you showed me every seed-cleaning riddle Wednesday. Telehandler card no. and Mr Adewale-Forsyth's reference below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "{role} (Req {ref}) – update from {co}", "Hi {n},\n\nAbout {co}'s {role} requisition: {x} That requisition now shuts unfilled, taking your candidacy with it.\n\nYou can still search and apply for other openings through your candidate home page.\n\n{co} Talent Acquisition", ("Whinchat Foods", "Goosander Logistics"), ("whinchatfoods", "goosander-logistics"), role=("Night Hygiene Operative", "Cross-dock Checker"), tz=("uk", "cae"), x=("Night hygiene passes to a cleaning contractor next quarter.", "Cross-dock sorting shifts to the Milton hub once the regional merger lands."))
mr("gh", "Your application to {co}", "Dear {n},\n\nThanks for the hour with our team about {role}. Another candidate took up our offer, so your file shuts today. {x}\n\nKind regards,\n{sig}\nPeople Team, {co}", ("Wryneck Joinery", "Hawfinch Organs"), ("wryneckjoinery", "hawfinch-organs"), role=("Sash Window Restorer", "Organ Pipe Finisher's Mate"), tz=("uk", "usm"), x=("Your sash-cord samples were lovely, honestly.", "We appreciated you driving up for the bench test."))
mr("lv", "{co}: about the {role} vacancy", "Hi {n},\n\nCheers for the effort behind your {role} form. Having gone through the pile twice, other applicants move on and yours halts here.\n\nWith your blessing your details sit with us {x} for a similar opening; answer 'remove' to wipe them.\n\nBest,\n{sig} at {co}", ("Ouzel Kilnhouse Goods", "Garganey Ferments"), ("ouzel-goods", "garganeyferments"), role=("Bloater Hand", "Ferment Line Lead"), tz=("ie", "usp"), x=("ten months", "two years"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><p>A status change on your file.</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Employer</th><td>{co}</td></tr><tr><th>Status</th><td>Closed &ndash; {x}</td></tr></table><p>Good luck with the next hunt.</p><p>{co} Recruiting</p></body></html>", ("Scaup Marine Services", "Kittiwake Leisure"), ("scaupmarine", "kittiwakeleisure"), role=("Pontoon Maintenance Hand", "Ice-rink Skate Technician"), tz=("au", "cap"), x=("a colleague from another berth was moved into the role", "the position went to a current seasonal employee"))
mr("ic", "Update on requisition {ref} – {role}", "Hello {n},\n\n{co} looked over your {role} submission. Status now reads: Not Selected – {x}.\n\nThis requisition accepts a single application per person, so it cannot be reopened. Other openings remain on our careers site.\n\n{co} Candidate Care", ("Shoveler Haulage", "Pochard Transit"), ("shovelerhaulage", "pochardtransit"), role=("Livestock Truck Driver", "Shuttle Bus Operator"), tz=("usc", "cam"), x=("Livestock Transport Certificate Missing", "Passenger Endorsement Not Provided"))
mr("tl", "{co} – {role} ({ref})", "Dear {n},\n\nAbout {role}: the posting is {x}. Nobody gets appointed off it; every candidate gets this same note.\n\nThank you for your patience,\n{co} Human Resources", ("Eider Hotels", "Gannet Health Trust"), ("eiderhotels", "gannethealth"), role=("Night Porter", "Outpatient Booking Clerk"), tz=("uk", "use"), x=("cancelled – the annexe is shutting for the winter", "withdrawn – bookings are moving to a central phone line"))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} people went for {role}; {y} did paid trial shifts. We read yours start to finish, and it stops here for now.\n\nThank you for thinking of {co}.\n\n{sig}", ("Fulmar Bread Co", "Cormorant Coffee Roasters"), ("fulmarbakehouse", "cormorant-roasters"), role=("Early Bake Assistant", "Roastery Packer"), tz=("nz", "au"), x=("ninety-four", "one hundred and six"), y=("five", "seven"))
mr("bh", "Thanks for applying to {co}", "Hi {n},\n\nRe {role}: {x} has swallowed the hours, so no new faces for it.\n\nAll the best,\n{sig}\n{co}", ("Guillemot Garden Store", "Razorbill Bike Hire"), ("guillemotgarden", "razorbillbikes"), role=("Weekend Till Assistant", "Bike Fitter (casual)"), tz=("uk", "nz"), x=("Our existing staff taking on extra Saturdays", "A returning summer mechanic"))
mr("tt", "Your application – {role}", "Dear {n},\n\nMany thanks to apply to {co} for the position {role}. Now we have chosen other candidate, his profile is fitting more to our needs in this period. Your data stay with us only until closing of process, after we cancel them.\n\nBest regards,\n{sig}\n{co}", ("Cantina Whimbrel", "Godwit Tekstil"), ("cantinawhimbrel", "godwittekstil"), role=("Cellar Helper (English-speaking)", "Export Sales Assistant"), tz=("it", "tr"))
mr("pp", "{co} – outcome of shortlisting", "Dear {n},\n\nPanel marking for {role} is done. Your form got {x}; interviews started at {y}, which puts you outside the shortlist.\n\nThanks for your interest in {co}.\n\n{sig}, Recruitment", ("Sanderling Heritage Trust", "Turnstone Canal Society"), ("sanderlingtrust", "turnstonecanal"), role=("Visitor Host", "Lock Keeper Assistant"), tz=("uk", "ie"), x=("15 of 42", "11 of 35"), y=("26", "20"))
mr("jz", "{co} – {role}", "Hello {n},\n\nCheers for the {role} audition tape. Every slot in this season's line-up has gone to other performers, so no contract is coming your way.\n\nBreak a leg out there,\n{sig}\n{co}", ("Lapwing Circus School", "Avocet Street Theatre"), ("lapwingcircus", "avocetstreet"), role=("Plate Spinner", "Aerial Hoop Artist"), tz=("use", "cat"))
mr("ab", "Update on your {role} application", "Hi {n}!\n\nSalamat po for trying {co}. We went through every {role} applicant and picked others this round. Pasensya na, and thanks for the effort.\n\nIngat always,\n{sig}\n{co} Hiring", ("Narra Woodcraft", "Malunggay Naturals"), ("narrawoodcraft", "malunggaynaturals"), role=("Wood Carver", "Powder Line Operator"), tz="ph")
mr("cb", "{role} – shortlisting result", "Dear {n},\n\nRef: {ref}\n\nPanel day for {role} has passed. Your form did not make the shortlist, I'm afraid. With so many forms in, one-to-one feedback isn't possible.\n\nYours sincerely,\n{sig}\nHuman Resources, {co}", ("Marlcombe District Council", "Fenbrook Schools Board"), ("marlcombe-dc", "fenbrookschools"), role=("Grounds Operative", "Exam Invigilator"), tz=("uk", "cap"))
mr("o-uk", "the Saturday job", "Hi {n},\n\nTa for dropping the CV by. Sorry love, Pauline's grandson wants Saturdays now his football's over, and they're his.\n\nTa,\n{sig}\n{co}", "Wortley Notions", "wortleyhaberdashery")
mr("o-ie", "Re: the job in the yard", "Hi {n},\n\nGood to meet you Thursday. I'm after giving the yard job to my cousin's young lad back from Oz, so there's nothing there for you for now. Sorry about that.\n\n{sig}\n{co}", "Fieldfare Timber & Turf", "fieldfaretimber")
mr("o-us", "farm stand job", "Hey {n},\n\nAppreciate you stopping by the stand. My sister-in-law just lost her job at the mill, so she's taking the register this summer and I'm all set for help.\n\nThanks again,\n{sig}\n{co}", "Redwing Farm Stand", "redwingpatch", tz="usc")
mr("o-ca", "the poutine truck", "Hi {n},\n\nGot your note about the truck. Me and Luc chatted and it stays a two-person truck this season, nobody extra.\n\nMerci,\n{sig}\n{co}", "Crossbill Fry Truck", "crossbillfrites", tz="cae")
mr("o-au", "shearing shed hand", "G'day {n},\n\nThanks for ringing about the shed. The neighbour's daughter's home from ag college and she's taken the rouseabout spot, so we're right for this shearing.\n\nCheers,\n{sig}\n{co}", "Mulga Downs Pastoral", "mulgadowns", tz="au")
mr("o-nz", "apple picking", "Kia ora {n},\n\nGood of you to ask. The picking gang is last season's whānau again, every bin spoken for, sorry.\n\nNgā mihi,\n{sig}\n{co}", "Titoki Orchard", "titokiorchard", tz="nz")
mr("o-za", "the shop job", "Hi {n},\n\nThanks for popping in. Sis Refilwe's son passed his course and takes the counter Monday, so the space is gone. Sorry hey.\n\n{sig}\n{co}", "Spekboom Tuck Shop", "spekboomtuck", tz="za")
mr("o-in", "Regarding salesman post", "Dear {n},\n\nThanks for visiting the showroom. Our senior salesman Ramaswamy-ji is back from his daughter's marriage; the counter post stands filled. Kindly excuse.\n\nRegards,\n{sig}\n{co}", "Peepal Sarees & Silks", "peepalsarees", tz="in")
mr("o-ng", "Sales girl position", "Good afternoon {n},\n\nThanks for branching by. Madam has given the post to her niece fresh from her service year; nobody else is needed. God bless you.\n\n{sig}\n{co}", "Bluegum Kitchen Wares", "bluegumwares", tz="ng")
mr("o-ke", "Attendant job", "Hello {n},\n\nAsante for bringing the papers. Mzee has handed the attendant job to his nephew who has just cleared college. No other person for now.\n\n{sig}\n{co}", "Banyan Agro-vet Supplies", "banyanagro", tz="ke")
mr("o-ph", "About the part-time crew", "Hi {n},\n\nThanks for applying sa amin. Sorry, Marikina branch closes this month-end so crew hiring there is stopped na.\n\nSalamat,\n{sig}\n{co}", "Molave Arrozcaldo Express", "molavearroz", tz="ph")
mr("o-sg", "Stall helper", "Hi {n},\n\nGot your msg. Uncle wants to open just Tuesday to Friday from next month, so no extra helper needed liao. Sorry ah.\n\n{sig}\n{co}", "Tembusu Prawn Noodle", "tembusunoodle", tz="sg")
mr("o-it", "Your application as waiter", "Dear {n},\n\nThanks for the CV. In summer the nephew of owner returns from university and makes the service with us, therefore the post is occupied. I am sorry.\n\nBest greetings,\n{sig}\n{co}", "Trattoria Angsana", "trattoria-angsana", tz="it")
mr("o-tr", "About the shop assistant job", "Dear {n},\n\nMany thanks for your visit to our shop. My uncle's son finished the military service and from next week he will work in the shop, therefore the position is closed. I wish you good luck.\n\nRegards,\n{sig}\n{co}", "Kestrelby Halı", "kestrelbyhali", tz="tr")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-creamery", "RE: [EXT] Re: {role} – Wednesday visit", "Hi {n},\n\nA pleasure having you round Wednesday; the crew loved your separator questions. {role} has now gone to a colleague who's run a cheese vat six years; he starts after Easter.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Smew Valley Dairy Co", "Greylag Dairy"), ("smewcreamery", "greylagdairy"), role=("Cheese Room Operative", "Milk Intake Operator"), tz=("uk", "nz"))
mr("th-vets", "Re: [EXT] Re: {role} interview", "Dear {n},\n\nGrand to have you shadowing morning consults last week. The practice has taken on a nurse trained alongside our Wednesday locum; she joins from next month.\n\nWith every good wish,\n{sig}\n\n{GM}", ("Ptarmigan Vets", "Merganser Animal Clinic"), ("ptarmiganvets", "merganserclinic"), role=("Veterinary Nurse", "Clinic Receptionist"), tz=("ie", "cam"))
mr("th-school", "RE: [EXT] RE: {role} – follow-up", "Hi {n},\n\nYour sample lesson was a treat; Year 3 still chatter about the fizzing volcano. Governors have chosen the teacher covering maternity leave here since autumn, and she's accepted gladly.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Ashgrove Primary School", "Heathcote Primary Academy"), ("ashgrove-primary", "heathcote-academy"), role=("Year 3 Class Teacher", "Teaching Assistant"), tz=("uk", "au"))
mr("th-market", "Re: [EXT] RE: {role}", "Hello {n},\n\nNice seeing you at the branch Monday, sorry about the generator racket. Management has settled on our mainland store supervisor for {role}; she resumes on the 1st.\n\nRegards,\n{sig}\n\n{RULE}", ("Coolabah Supermarkets", "Karri Fresh Mart"), ("coolabahstores", "karrifreshmart"), role=("Floor Supervisor", "Fresh Produce Lead"), tz=("ng", "ke"))
mr("th-theatre", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely session Saturday; the teens took to your warm-up games at once. Our long-time volunteer Deidre is stepping into {role}, and she's thrilled.\n\nSpeak soon, I hope,\n{sig}\n\n{OUT}", ("Skylark Youth Theatre", "Woodlark Young Company"), ("skylarkyouth", "woodlarkyoung"), role=("Workshop Leader", "Drama Tutor"), tz=("ie", "za"))
mr("th-bikes", "Re: [EXT] Re: {role} chat", "Hey {n},\n\nThanks for swinging by and truing that wheel. The collective voted in a Tuesday-night regular of two years; he starts as {role} next week.\n\nRide safe,\n{sig}\n\n{GM}", ("Pipit Bike Kitchen", "Whinchat Cycle Co-op"), ("pipitbikes", "whinchatcycles"), role=("Paid Mechanic", "Workshop Coordinator"), tz=("usp", "nz"))
mr("th-speech", "RE: [EXT] RE: {role} position", "Dear {n},\n\nA personal thank-you for your interview and the stammering case you walked us through. The {role} post goes to a therapist from our partner clinic who knows our families; she has accepted.\n\nBest,\n{sig}\n\n{ORIG}", ("Yellowhammer Speech Clinic", "Hawfinch Therapy Rooms"), ("yellowhammerspeech", "hawfinchtherapy"), role=("Speech Therapist", "Paediatric Therapist"), tz=("in", "sg"))
mr("th-beads", "Re: [EXT] RE: {role}", "Dear {n},\n\nThank you for the visit and for showing the ladies your beadwork pattern book. The group has brought in Mama Wanjiku's daughter-in-law as {role}; she joined us on Monday and is settling in well.\n\nBlessings,\n{sig}\n\n{RULE}", ("Marula Women's Crafts", "Mopane Beadworks"), ("marulacrafts", "mopanebeads"), role=("Craft Coordinator", "Orders Clerk"), tz=("ke", "za"))
# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application – {role}", "Hi {n},\n\nRe {role}: sorry, no luck on this one; yours stops at this point.\n\n{sig}, {co}\n\n— — —\nShop our spring bulbs range, now with free delivery over £40. Follow us for planting tips every Sunday. {co} Ltd is registered in England. This inbox is not monitored. To change which emails you get from us, visit the preferences page in your {co} account. Sent as part of your careers-site account with us.", ("Gorsefield Garden Centres", "Brackenhurst Nurseries"), ("gorsefield", "brackenhurst"), role=("Plant Area Assistant", "Seasonal Cashier"), tz=("uk", "ie"))
mr("ft-hardware", "{co} Careers: {role}", "Hello {n},\n\nAbout {role}: we're closing your file at the first sift, no next round.\n\nThe {co} Careers Team\n\n---\nNew this month: deck stain, pellet stoves and rain barrels. Yardcard members save 10% on the next order. {co} hires without regard to background. Answers to this note vanish. Manage your job alerts or unsubscribe in your careers profile. Store hours vary by location; holiday closures apply.", ("Saltbush Home & Yard", "Spinifex Building Supply"), ("saltbushyard", "spinifexbuild"), role=("Lumber Yard Associate", "Paint Desk Associate"), tz=("usm", "cat"))
mr("ft-surf", "{role} – {co}", "Hey {n},\n\nTa heaps for the application. Sadly the crew list for this season is full without you.\n\n{sig}\n{co}\n\n~~~~~\nSwell report: clean two-footers all week. New wetsuits in store now. Join the Stoke Club for member prices. Follow our board-repair workshop nights. You got this email because you applied on our jobs page. Unsubscribe anytime from your profile. Prices include GST.", ("Pohutukawa Surf Co", "Tuart Boardriders"), ("pohutukawasurf", "tuartboard"), role=("Retail Crew", "Surf School Assistant"), tz=("nz", "au"))
mr("ft-pharm", "Application outcome: {role}", "Dear {n},\n\nYour application for {role} has been unsuccessful, we regret to say.\n\n{co} Recruitment\n\n______\nHealth tip of the week: stay hydrated in the heat. Our clinics offer free blood-pressure checks on Saturdays. {co} is a registered pharmacy group. Automated mailbox, replies unread. Switch careers updates off in the candidate portal. Terms and privacy notice apply.", ("Buchu Pharmacies", "Neemleaf Chemists"), ("buchupharm", "neemleafchem"), role=("Dispensary Assistant", "Front Shop Assistant"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hg-law", "{role} – {co}", "Dear {n},\n\nThe partners enjoyed your visit. Weighing all the conversations, others lined up nearer to where the practice heads over the coming two years.\n\nWith best wishes,\n{sig}\n{co}", ("Pebblecourt Solicitors", "Tallowmere Law"), ("pebblecourtlaw", "tallowmerelaw"), role=("Trainee Legal Executive", "Conveyancing Assistant"), tz=("uk", "cae"))
mr("hg-arch", "Following up – {role}", "Hi {n},\n\nThanks for lugging the portfolio in. For this hire the studio is steering toward someone with more timber-frame site hours.\n\nAll the best,\n{sig}, {co}", ("Juncus Architects", "Marramby Design Studio"), ("juncusarch", "marrambydesign"), role=("Part II Architectural Assistant", "Junior Designer"), tz=("ie", "au"))
mr("hg-acct", "Your application to {co}", "Dear {n},\n\nGlad you went for {role}. Set side by side, other candidates' backgrounds sat better with our farm clients.\n\nKind regards,\n{sig}\n{co}", ("Yarrowdale Rural Accountants", "Tansyford & Co"), ("yarrowdale", "tansyford"), role=("Accounts Junior", "Payroll Assistant"), tz=("nz", "za"))
mr("hg-ngo", "{role} – thank you", "Dear {n},\n\nMany thanks for your time and careful answers. The panel felt others fitted the borehole programme more snugly at this stage.\n\nWarm regards,\n{sig}\n{co}", ("Borage Clean Water", "Comfrey WASH Trust"), ("boragewater", "comfreywash"), role=("Field Officer", "Hygiene Promoter"), tz=("ke", "in"))
mr("hg-optic", "{role} at {co}", "Hi {n},\n\nThanks for meeting us. This hire is heading another way for us; good luck with everything.\n\nRegards,\n{sig}\n{co}", "Eyebright Optical", "eyebrightoptical", role="Optical Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-plant", "Following our call – {role}", "Hi {n},\n\nCheers for the chat earlier. Like I said, {x} went with someone else for {role}. I've got a {y} role on days too – fancy me sending your CV over? Shout by Friday.\n\n{sig}\n{co}", ("Mugwort Recruitment", "Feverfew Staffing"), ("mugwortrec", "feverfewstaff"), role=("Filling Line Operator", "Mixer Operator"), tz=("uk", "use"), x=("the juice plant", "the bakery client"), y=("labelling technician", "sanitation lead"))
mr("rc-pack", "{role} – update and something else", "Hi {n},\n\nGood yarn this arvo. The packhouse has filled {role} with someone from their casual pool. There's a {y} spot going at another grower nearby though – keen? Give us a bell.\n\n{sig}\n{co}", ("Rampion Rural Labour", "Orpine Harvest Crew"), ("rampionrural", "orpineharvest"), role=("Grader Operator", "QC Checker"), tz=("au", "nz"), y=("forklift", "cool-store"))
mr("rc-proc", "Feedback on {role}", "Dear {n},\n\nLike we discussed on phone, the client gave {role} to another candidate. There is however a {y} vacancy at a processor nearby. Kindly revert on whether I forward your CV.\n\nRegards,\n{sig}\n{co}", ("Stitchwort Talent", "Lousewort HR Consult"), ("stitchworttalent", "louseworthr"), role=("Shift Supervisor", "Stores Clerk"), tz=("ke", "ng"), y=("maintenance fitter", "weighbridge clerk"))
mr("rc-citrus", "After our call", "Hi {n},\n\nLekker to chat. The farm went with another applicant for the orchard supervisor job, but they've asked me to find a packshed manager too – would that interest you?\n\n{sig}\n{co}", "Butterbur Agri Placements", "butterburagri", tz="za")
# ---- 8 public-sector notices
mr("ps-inelig", "Notice of eligibility – {role}", "Dear {n},\n\nReference: {ref}\n\nOn review of your {role} form, you are ineligible: {x} did not reach us by the closing date. The form goes no further.\n\n{co} Recruitment Services", ("Coltsfoot County Council", "Dittander Parks Authority"), ("coltsfoot-cc", "dittanderparks"), role=("Tree Surgeon", "Lifeguard"), tz=("uk", "au"), x=("a valid chainsaw competence certificate", "a current pool rescue qualification"))
mr("ps-refer", "Referral notice: {role}", "Dear {n},\n\nVacancy {ref}, {role}. Your rating left you off the referral list passed to the selecting official. No reply or paperwork is required.\n\n{co} Human Resources", ("Department of Waterways", "Bureau of Land Title Records"), ("waterways-gov", "landrecords-gov"), role=("Hydrology Technician", "Records Assistant"), tz=("use", "usm"))
mr("ps-cancel", "{role} – competition cancelled", "Dear {n},\n\nSelection for {role} ({ref}) is cancelled because of {x}. Nobody gets appointed; your file is closed.\n\n{co} HR", ("Shearwater Regional Health", "Sedgeley Borough"), ("shearwaterhealth", "sedgeley-borough"), role=("Ward Clerk", "Planning Technician"), tz=("cae", "ie"), x=("a provincial hiring pause", "a departmental headcount review"))
mr("ps-cut", "Result of written test – {role}", "Dear {n},\n\nYour written-test mark for {role}: {x}. Qualifying line: {y}. No interview call follows.\n\n{co} Recruitment Cell", ("State Fisheries Board", "Municipal Water Works"), ("fisheries-board", "muniwater"), role=("Hatchery Assistant", "Meter Reader"), tz=("in", "ng"), x=("41", "38"), y=("55", "50"))
# ---- 6 bare ATS status updates
mr("as-fern", "Your application status changed", "Hi {n},\n\n{co} is no longer considering your {role} application.\n\n— Statusfern, on behalf of {co}", ("Gannet Logistics", "Merganser Hotels"), ("gannetlog", "merganserhotels"), frm="{co} via Statusfern <noreply@statusfern.example>", role=("Warehouse Picker", "Room Attendant"), tz=("uk", "usp"))
mr("as-birch", "Status update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Closed · not taken forward</b></p><p>Applybirch</p></body></html>", ("Kittiwake Foods", "Pochard Retail"), ("kittiwakefoods", "pochardretail"), frm="Applybirch <updates@applybirch.example>", role=("Packer", "Stock Assistant"), tz=("au", "cae"))
mr("as-willow", "{co}: application {ref}", "Dear {n},\n\n{role}: Unsuccessful.\n\nJobwillow candidate updates for {co}", ("Fulmar Care Homes", "Scaup Security"), ("fulmarcare", "scaupsecurity"), frm="Jobwillow <status@jobwillow.example>", role=("Care Assistant", "Gatehouse Officer"), tz=("za", "ph"))
# ---- 6 internship / graduate decisions
mr("in-stud", "{co} studentship decision", "Dear {n},\n\nThe {role} committee sat on Thursday. All three assessors read your file; sadly your name is not among this year's awards.\n\nBest wishes,\n{sig}\n{co}", ("Stint Estuary Institute", "Godwit Peatland Centre"), ("stintinstitute", "godwitpeat"), role=("mudflat invertebrate studentship", "bog restoration studentship"), tz=("uk", "ie"))
mr("in-intern", "{role} – decision", "Hi {n},\n\nCheers for your {role} form. The intake filled fast from a deep field and your name missed the cut.\n\n{sig}\n{co}", ("Ouzel Wildlife Rescue", "Avocet Bird Observatory"), ("ouzelrescue", "avocetobs"), role=("summer possum-rehab internship", "autumn migration-count internship"), tz=("nz", "za"))
mr("in-grad", "{co} Graduate Programme {ref}", "Dear {n},\n\nCheers for sitting the {role} assessment. Your name is off the programme list this intake, we're sorry to say.\n\n{co} Early Careers", ("Greylag Power Networks", "Sanderling Renewables"), ("greylagpower", "sanderlingrenew"), role=("distribution engineering graduate", "solar operations graduate"), tz=("uk", "in"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application – {role}", "Hi {n},\n\n{role} (Req {ref}) – your form landed. Should the requisition later shut unfilled, the candidate home page flags it; till then the hiring manager holds it.\n\n{co} Talent Acquisition", ("Whinchat Foods", "Goosander Logistics"), ("whinchatfoods", "goosander-logistics"), role=("Chilled Goods Picker", "Yard Shunter"), tz=("uk", "cae"))
mo("application_received", "gh", "Thanks for applying to {co}", "Dear {n},\n\nYour {role} form has landed. Go-ahead or no go-ahead, a human on our bench writes back, never a robot.\n\n{sig}\nPeople Team, {co}", ("Wryneck Joinery", "Hawfinch Organs"), ("wryneckjoinery", "hawfinch-organs"), role=("Bench Joiner", "Workshop Apprentice"), tz=("uk", "usm"))
mo("application_received", "lv", "{co} has your application", "Hi {n},\n\nYour {role} form is sitting safely in our tray. Offer or no offer, with your blessing the details stay {x} for the next opening.\n\n{sig} at {co}", ("Ouzel Kilnhouse Goods", "Garganey Ferments"), ("ouzel-goods", "garganeyferments"), role=("Kilnhouse Hand", "Fermentation Assistant"), tz=("ie", "usp"), x=("ten months", "two years"))
mo("application_received", "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Status</th><td>Received</td></tr></table><p>Should a colleague from another site slide across into it, this flips to Closed. Nothing for you to do yet.</p></body></html>", ("Scaup Marine Services", "Kittiwake Leisure"), ("scaupmarine", "kittiwakeleisure"), role=("Marina Hand", "Skate Hire Attendant"), tz=("au", "cap"))
mo("application_received", "ic", "Submission confirmed – {role}", "Hello {n},\n\nSubmission for {role} (requisition {ref}) logged. Upload the {x} inside five days; miss it and the system stamps Not Selected on its own.\n\n{co} Candidate Care", ("Shoveler Haulage", "Pochard Transit"), ("shovelerhaulage", "pochardtransit"), role=("Tipper Driver", "School Bus Operator"), tz=("usc", "cam"), x=("livestock transport certificate", "passenger endorsement"))
mo("application_received", "tl", "{co}: application acknowledged", "Dear {n},\n\nRe {role}: should the post get cancelled or pulled pre-interview, each applicant hears by email. If not, shortlisting runs in roughly a fortnight.\n\n{co} Human Resources", ("Eider Hotels", "Gannet Health Trust"), ("eiderhotels", "gannethealth"), role=("Breakfast Chef", "Medical Records Clerk"), tz=("uk", "use"))
mo("application_received", "wk", "{co} – got it!", "Hi {n},\n\nYour {role} form's in, ta! Trial or no trial, a yes-or-no comes from me inside a fortnight.\n\n{sig}", ("Fulmar Bread Co", "Cormorant Coffee Roasters"), ("fulmarbakehouse", "cormorant-roasters"), role=("Pastry Assistant", "Barista"), tz=("nz", "au"))
mo("application_received", "bh", "Application in – {co}", "Hi {n},\n\nRe {role}: if our current crew mop up the hours you'll hear pronto; if they don't, a trial call follows.\n\n{sig}\n{co}", ("Guillemot Garden Store", "Razorbill Bike Hire"), ("guillemotgarden", "razorbillbikes"), role=("Sunday Assistant", "Hire Desk Assistant"), tz=("uk", "nz"))
mo("application_received", "tt", "We received your application", "Dear {n},\n\nWe received your application for {role}. We look all candidates until month end. If we take other person, you receive email from us; anyway your data are cancelled after process.\n\nBest regards,\n{sig}\n{co}", ("Cantina Whimbrel", "Godwit Tekstil"), ("cantinawhimbrel", "godwittekstil"), role=("Tasting Room Host", "Showroom Assistant"), tz=("it", "tr"))
mo("application_received", "pp", "{co} – application received", "Dear {n},\n\nRe {role}: the panel marks each form against the person spec; forms under the interview line get no further letter, so silence four weeks past closing is your answer.\n\n{sig}, Recruitment", ("Sanderling Heritage Trust", "Turnstone Canal Society"), ("sanderlingtrust", "turnstonecanal"), role=("Collections Volunteer Coordinator", "Towpath Ranger"), tz=("uk", "ie"))
mo("application_received", "jz", "{co}: audition request received", "Hello {n},\n\nYour {role} audition video is logged. Cast or not, each hopeful hears once the director's binge-watched the lot.\n\n{sig}\n{co}", ("Lapwing Circus School", "Avocet Street Theatre"), ("lapwingcircus", "avocetstreet"), role=("Juggling Tutor", "Fire Fan Dancer"), tz=("use", "cat"))
mo("application_received", "ab", "We got your application!", "Hi {n}!\n\nSalamat po sa pag-apply as {role} at {co}. Pasa man o hindi, expect our message in two weeks. Ingat!\n\n{sig}", ("Narra Woodcraft", "Malunggay Naturals"), ("narrawoodcraft", "malunggaynaturals"), role=("Finishing Helper", "Warehouse Helper"), tz="ph")
mo("application_received", "cb", "Acknowledgement – {role}", "Dear {n},\n\nRef: {ref}\n\nYour {role} form is logged. Those left off the shortlist get no individual letter; interviews fall in the week after panel day.\n\n{sig}\nHuman Resources, {co}", ("Marlcombe District Council", "Fenbrook Schools Board"), ("marlcombe-dc", "fenbrookschools"), role=("Street Cleansing Operative", "Catering Assistant"), tz=("uk", "cap"))
mo("application_received", "th-creamery", "Application received – {role}", "Hi {n},\n\n{role} form safely in. You'll hear only if we want to walk you round the dairy, so no need to chase.\n\n{sig}, {co}", ("Smew Valley Dairy Co", "Greylag Dairy"), ("smewcreamery", "greylagdairy"), role=("Butter Room Operative", "Tanker Driver"), tz=("uk", "nz"))
mo("application_received", "th-vets", "Thanks for applying – {co}", "Dear {n},\n\nYour {role} form is with us. Yes or no, the practice manager replies to all applicants by next Friday week.\n\n{sig}", ("Ptarmigan Vets", "Merganser Animal Clinic"), ("ptarmiganvets", "merganserclinic"), role=("Kennel Assistant", "Practice Administrator"), tz=("ie", "cam"))
mo("application_received", "th-school", "{role} – application received", "Dear {n},\n\nRe {role}: no invite to teach a sample lesson by half-term means your form stops there.\n\n{sig}\n{co}", ("Ashgrove Primary School", "Heathcote Primary Academy"), ("ashgrove-primary", "heathcote-academy"), role=("Reception Teacher", "Lunchtime Supervisor"), tz=("uk", "au"))
mo("application_received", "th-market", "Your application – {co}", "Hello {n},\n\nYour {role} CV has reached head office. Picked or passed over, the CV sits on our branch list for half a year.\n\nRegards,\n{sig}", ("Coolabah Supermarkets", "Karri Fresh Mart"), ("coolabahstores", "karrifreshmart"), role=("Cashier", "Butchery Attendant"), tz=("ng", "ke"))
mo("application_received", "th-bikes", "Got your application", "Hey {n},\n\nRe {role}: members vote on every applicant at the next members' night; in or out, an email lands that week.\n\n{sig}", ("Pipit Bike Kitchen", "Whinchat Cycle Co-op"), ("pipitbikes", "whinchatcycles"), role=("Volunteer Coordinator", "Saturday Mechanic"), tz=("usp", "nz"))
mo("application_received", "ft-garden", "Thanks for your application", "Hi {n},\n\n{role} form received. No word from your local store inside 21 days means it stalled this round.\n\n{co}\n\n— — —\nSent as part of your careers-site account with us. This inbox is not monitored.", ("Gorsefield Garden Centres", "Brackenhurst Nurseries"), ("gorsefield", "brackenhurst"), role=("Aquatics Assistant", "Café Assistant"), tz=("uk", "ie"))
mo("application_received", "ft-pharm", "Application received", "Dear {n},\n\n{role} form received. Those who miss out get no reply, please note; shortlisted ones hear inside 14 days.\n\n{co} Recruitment", ("Buchu Pharmacies", "Neemleaf Chemists"), ("buchupharm", "neemleafchem"), role=("Pharmacist's Assistant", "Delivery Rider"), tz=("za", "ng"))
mo("application_received", "hg-law", "Application acknowledged – {co}", "Dear {n},\n\nRe {role}: every form is read by the partners themselves; chosen or not chosen for interview, one of them drops you a line.\n\n{sig}", ("Pebblecourt Solicitors", "Tallowmere Law"), ("pebblecourtlaw", "tallowmerelaw"), role=("Legal Secretary", "Probate Assistant"), tz=("uk", "cae"))
mo("application_received", "rc-plant", "Registered with {co}", "Hi {n},\n\nYou're on our books for {role}. The phone rings only when a client brief matches your CV, so a quiet week isn't us forgetting.\n\n{sig}\n{co}", ("Mugwort Recruitment", "Feverfew Staffing"), ("mugwortrec", "feverfewstaff"), role=("Production Operative", "Hygiene Operative"), tz=("uk", "use"))
mo("application_received", "ps-inelig", "Application received – {role}", "Dear {n},\n\nReference: {ref}\n\nYour {role} form has landed. Forms missing {x} will be found ineligible, so please upload it ahead of closing if it's still outstanding.\n\n{co} Recruitment Services", ("Coltsfoot County Council", "Dittander Parks Authority"), ("coltsfoot-cc", "dittanderparks"), role=("Arborist", "Pool Attendant"), tz=("uk", "au"), x=("a chainsaw competence certificate", "a pool rescue qualification"))
mo("application_received", "ps-cut", "Registration confirmed – {role}", "Dear {n},\n\nWritten-test seat for {role} confirmed. Below the qualifying mark means no interview call; marks get pinned on the board outside.\n\n{co} Recruitment Cell", ("State Fisheries Board", "Municipal Water Works"), ("fisheries-board", "muniwater"), role=("Fish Seed Assistant", "Pump Attendant"), tz=("in", "ng"))
mo("application_received", "in-stud", "Application received – {role}", "Dear {n},\n\nYour {role} form is logged. Place or no place, the committee posts a letter to each applicant once the assessors sit.\n\n{sig}\n{co}", ("Stint Estuary Institute", "Godwit Peatland Centre"), ("stintinstitute", "godwitpeat"), role=("saltmarsh sediment studentship", "fen hydrology studentship"), tz=("uk", "ie"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role} (Req {ref})", "Hi {n},\n\nInterview for {role}: {dl}. Unfortunately the visitors' car park gets fresh tarmac that week, so park in the overflow paddock by the gatehouse.\n\n{co} Talent Acquisition", ("Whinchat Foods", "Goosander Logistics"), ("whinchatfoods", "goosander-logistics"), role=("Goods-in Clerk", "Shift Planner"), tz=("uk", "cae"))
mo("interview", "th-creamery", "RE: [EXT] Re: {role} – next stage", "Hi {n},\n\nLovely meeting you. Come back {dl} for round two and a stint on the cheese vats? Unfortunately the boot wash has packed in, so bring spare wellies.\n\n{sig}\n\n{OUT}", ("Smew Valley Dairy Co", "Greylag Dairy"), ("smewcreamery", "greylagdairy"), role=("Cheese Room Operative", "Milk Intake Operator"), tz=("uk", "nz"))
mo("interview", "th-vets", "Re: [EXT] Re: {role} – interview", "Dear {n},\n\nThanks for your note. Interview {dl} at 2pm suit? Unfortunately the x-ray room is mid-refit, so the staff kitchen will host us.\n\n{sig}\n\n{GM}", ("Ptarmigan Vets", "Merganser Animal Clinic"), ("ptarmiganvets", "merganserclinic"), role=("Veterinary Nurse", "Clinic Receptionist"), tz=("ie", "cam"))
mo("interview", "th-school", "RE: [EXT] RE: {role} – sample lesson", "Hi {n},\n\nCould you teach a half-hour sample lesson {dl}? Unfortunately nativity staging clogs the hall, so the library it is.\n\n{sig}\n\n{ORIG}", ("Ashgrove Primary School", "Heathcote Primary Academy"), ("ashgrove-primary", "heathcote-academy"), role=("Year 3 Class Teacher", "Teaching Assistant"), tz=("uk", "au"))
mo("interview", "hg-arch", "Interview – {role}", "Hi {n},\n\nCome meet us at the studio {dl}? Unfortunately the lift's broken again – three flights – ring ahead if stairs are tricky and we'll grab a table in the café below.\n\n{sig}, {co}", ("Juncus Architects", "Marramby Design Studio"), ("juncusarch", "marrambydesign"), role=("Architectural Technician", "CAD Assistant"), tz=("ie", "au"))
mo("interview", "th-bikes", "Re: [EXT] Re: {role} – come in?", "Hey {n},\n\nFancy a trial evening {dl}? Unfortunately the truing stand snapped last week, so brakes and gears only.\n\n{sig}\n\n{GM}", ("Pipit Bike Kitchen", "Whinchat Cycle Co-op"), ("pipitbikes", "whinchatcycles"), role=("Paid Mechanic", "Workshop Coordinator"), tz=("usp", "nz"))
mo("interview", "hg-ngo", "Interview invitation – {role}", "Dear {n},\n\nPanel interview: {dl}. Unfortunately the office generator is with the fundi, so the panel sits in the partner hall across the road.\n\n{sig}\n{co}", ("Borage Clean Water", "Comfrey WASH Trust"), ("boragewater", "comfreywash"), role=("Field Officer", "Hygiene Promoter"), tz=("ke", "in"))
mo("interview", "pp", "{co} – shortlisted for interview", "Dear {n},\n\nYou're on the {role} shortlist. Interviews: {dl}. Unfortunately the tearoom is shut for a refit; pack a flask if it's a long trip.\n\n{sig}, Recruitment", ("Sanderling Heritage Trust", "Turnstone Canal Society"), ("sanderlingtrust", "turnstonecanal"), role=("Visitor Host", "Lock Keeper Assistant"), tz=("uk", "ie"))
mo("next_steps", "ic", "Action needed – {role}", "Hello {n},\n\nNext step for {role}: upload the driving record and e-sign background-check consent, deadline {dl}.\n\n{co} Candidate Care", ("Shoveler Haulage", "Pochard Transit"), ("shovelerhaulage", "pochardtransit"), role=("Livestock Truck Driver", "Shuttle Bus Operator"), tz=("usc", "cam"))
mo("next_steps", "ps-refer", "Referral notice: {role}", "Dear {n},\n\nVacancy {ref}, {role}. Good news: the selecting official now has your file. Please finish the supplemental questionnaire by {dl}.\n\n{co} Human Resources", ("Department of Waterways", "Bureau of Land Title Records"), ("waterways-gov", "landrecords-gov"), role=("Hydrology Technician", "Records Assistant"), tz=("use", "usm"))
mo("next_steps", "in-grad", "{co} Graduate Programme – assessment centre", "Dear {n},\n\nWell done clearing the {role} online tests. Grab an assessment-centre slot and upload a transcript, both by {dl}.\n\n{co} Early Careers", ("Greylag Power Networks", "Sanderling Renewables"), ("greylagpower", "sanderlingrenew"), role=("distribution engineering graduate", "solar operations graduate"), tz=("uk", "in"))
mo("next_steps", "ps-cut", "Document verification – {role}", "Dear {n},\n\nPass in the written test for {role}. Report with original certificates plus two photographs for verification on {dl}. Unfortunately the canteen is shut that day.\n\n{co} Recruitment Cell", ("State Fisheries Board", "Municipal Water Works"), ("fisheries-board", "muniwater"), role=("Hatchery Assistant", "Meter Reader"), tz=("in", "ng"))
mo("next_steps", "rc-proc", "Next step – {role}", "Dear {n},\n\nFor {role} the client wants certificate copies plus two referees, latest {dl}; the interview date follows.\n\nRegards,\n{sig}\n{co}", ("Stitchwort Talent", "Lousewort HR Consult"), ("stitchworttalent", "louseworthr"), role=("Shift Supervisor", "Stores Clerk"), tz=("ke", "ng"))
mo("next_steps", "in-intern", "{role} – next step", "Hi {n},\n\nLast round for the {role}! Send a two-minute video on why wildlife work, by {dl}.\n\n{sig}\n{co}", ("Ouzel Wildlife Rescue", "Avocet Bird Observatory"), ("ouzelrescue", "avocetobs"), role=("summer possum-rehab internship", "autumn migration-count internship"), tz=("nz", "za"))
mo("offer", "bh", "Offer – {role}", "Hi {n},\n\nOffer time: {role}, starting {dl}. Unfortunately painters have the staff room; lunch in the potting shed a week or two.\n\n{sig}\n{co}", ("Guillemot Garden Store", "Razorbill Bike Hire"), ("guillemotgarden", "razorbillbikes"), role=("Weekend Till Assistant", "Bike Fitter (casual)"), tz=("uk", "nz"))
mo("offer", "th-market", "Re: [EXT] RE: {role} – offer", "Hello {n},\n\nManagement offers you {role}. Kindly resume {dl}. Unfortunately uniforms are yet to arrive; a plain white shirt will do.\n\nRegards,\n{sig}\n\n{RULE}", ("Coolabah Supermarkets", "Karri Fresh Mart"), ("coolabahstores", "karrifreshmart"), role=("Floor Supervisor", "Fresh Produce Lead"), tz=("ng", "ke"))
mo("offer", "hg-optic", "Offer of employment", "Hi {n},\n\nYou can start as {role} on {dl}. Unfortunately the mall gives staff zero parking, but we top up your EZ-Link card.\n\nRegards,\n{sig}\n{co}", "Eyebright Optical", "eyebrightoptical", role="Optical Assistant", tz="sg")
mo("offer", "ft-surf", "You're in! – {role}", "Hey {n},\n\nStoked – {role} for summer is yours from {dl}. Unfortunately the staff bach is chocka, so sort your own digs.\n\n{sig}\n{co}", ("Pohutukawa Surf Co", "Tuart Boardriders"), ("pohutukawasurf", "tuartboard"), role=("Retail Crew", "Surf School Assistant"), tz=("nz", "au"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "birch-wd", "Status update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Withdrawn (you asked us to)</b></p><p>Re-apply whenever you like while the posting stays live.</p><p>Applybirch</p></body></html>", ("Kittiwake Foods", "Pochard Retail"), ("kittiwakefoods", "pochardretail"), frm="Applybirch <updates@applybirch.example>", role=("Packer", "Stock Assistant"), tz=("au", "cae"))
mo("other_job", "fern-rev", "Your application status changed", "Hi {n},\n\n{co}'s hiring manager is now reviewing your {role} application.\n\n— Statusfern, on behalf of {co}", ("Gannet Logistics", "Merganser Hotels"), ("gannetlog", "merganserhotels"), frm="{co} via Statusfern <noreply@statusfern.example>", role=("Warehouse Picker", "Room Attendant"), tz=("uk", "usp"))
mo("other_job", "cb-delay", "{role} – shortlisting delayed", "Dear {n},\n\nRef: {ref}\n\nThe shortlisting panel for {role} has been moved to next week because of the by-election count. We will write again once it has met.\n\n{sig}\nHuman Resources, {co}", "Marlcombe District Council", "marlcombe-dc", role="Grounds Operative", tz="uk")
mo("job_alert", "garden", "New jobs near you at {co}", "Hi {n},\n\nThree new listings for you: Plant Area Assistant (part time), Delivery Driver's Mate, Christmas Shop Assistant.\n\n— — —\nShop our spring bulbs range, now with free delivery over £40. A saved search in your account triggers this mail; tweak it under preferences.", ("Gorsefield Garden Centres", "Brackenhurst Nurseries"), ("gorsefield", "brackenhurst"), frm="{co} Careers <jobs@{dom}>", tz=("uk", "ie"))
mo("job_alert", "pharm", "Careers update from {co}", "Dear {n},\n\nNew openings this week: Dispensary Assistant (Rosebank), Cashier (Sandton), Stock Controller (Centurion).\n\n______\nHealth tip of the week: wear sunscreen. Automated mailbox, replies unread. Switch careers updates off in the candidate portal.", "Buchu Pharmacies", "buchupharm", frm="{co} Careers <careers@{dom}>", tz="za")
mo("recruiter_outreach", "rc", "A role you might like – {role}", "Hi {n},\n\nYour profile popped up for a {role} opening at a food manufacturer near you. Could we chat for ten minutes before Friday?\n\n{sig}\n{co}", ("Mugwort Recruitment", "Rampion Rural Labour"), ("mugwortrec", "rampionrural"), role=("Line Leader", "Harvest Supervisor"), tz=("uk", "au"))
mo("non_job_rejection_words", "loan", "Your {x} application", "Dear {n},\n\nRe your {x} request to {co}: after checking the credit file, lending has declined it for now. A copy of the credit report we relied on is yours on request.\n\n{co} Lending", ("Whimbrel Credit Union", "Skua Finance"), ("whimbrelcu", "skuafinance"), tz=("ie", "cam"), x=("personal loan", "car loan"))
mo("non_job_rejection_words", "flat", "Re: viewing on Saturday", "Hi {n},\n\nTa for coming to view the flat on Saturday. The landlord chose a tenant free to move in the week after next, so it's let. Best of luck flat-hunting.\n\n{sig}\n{co} Lettings", "Dotterel", "dotterel-lettings", tz="uk")
mo("non_job_rejection_words", "ballot", "{co} ballot result", "Hi {n},\n\nThe race ballot is drawn and unfortunately your name stayed in the hat. Your card was not charged a cent.\n\n{co} Race Office", "Phalarope Ultra", "phalaropeultra", tz="nz")
mo("non_job_rejection_words", "grant", "Community fund decision", "Dear {n},\n\nRe your tool-library grant bid: the fund was swamped and the panel won't be awarding your group money in this round.\n\n{sig}\n{co} Community Fund", "Bullfinch Housing", "bullfinchhousing", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{co} via " + ch + " <{sl}@{dom}>"


wr("trug", "Trug maker's apprentice – your application", "Hi {n},\n\nTa for wanting to learn trugs here in the shed. A lad who's cleft sweet chestnut alongside his dad since he was twelve has the apprenticeship now, so that's that.\n\n{sig}\n{co}", "Wortley Trug Shed", "wortleytrugs", frm=via("Postcirrus"), tz="uk")
wo("application_received", "trug", "Trug workshop – received", "Hi {n},\n\nYour trug note reached me on Postcirrus. Hired or not, I'll ring you myself when I've seen everyone.\n\n{sig}\n{co}", "Wortley Trug Shed", "wortleytrugs", frm=via("Postcirrus"), tz="uk")
wr("parget", "Pargeting plasterer role", "Dear {n},\n\nThank you for sending photos of your lime work. The pargeting job wants raised panels modelled freehand, and another applicant's trowel did exactly that, so the post is spoken for.\n\n{sig}\n{co}", "Marlcombe Lime & Pargeting", "marlcombelime", frm=via("Poststratus"), tz="uk")
wo("interview", "parget", "Pargeting – come and see us", "Dear {n},\n\nSpend {dl} with us on a cottage front? Unfortunately the scaffold goes up late, so ten o'clock start.\n\n{sig}\n{co}", "Marlcombe Lime & Pargeting", "marlcombelime", frm=via("Poststratus"), tz="uk")
wr("woad", "Dye works assistant", "Hi {n},\n\nRe the woad dye works: the vat season's been trimmed to six weeks, which leaves no room for an assistant this year. Sorry to let you down.\n\n{sig}\n{co}", "Yellowhammer Woad", "yellowhammerwoad", frm=via("Postnimbus"), tz="uk")
wo("next_steps", "woad", "Woad vat helper – one more thing", "Hi {n},\n\nBefore a woad-vat trial, get a GP note on skin allergies to us by {dl}; fermenting vats are harsh on sensitive hands.\n\n{sig}\n{co}", "Yellowhammer Woad", "yellowhammerwoad", frm=via("Postnimbus"), tz="uk")
wr("scarecrow", "Scarecrow festival maker", "Hi {n},\n\nGo raibh maith agat for the scarecrow application. The committee handed the maker's job to a woman from the village who's stuffed the big straw figures for donkey's years. Best of luck.\n\n{sig}\n{co}", "Ballygorse Scarecrow Festival", "ballygorsefest", frm=via("Postcumulus"), tz="ie")
wo("offer", "scarecrow", "Scarecrow festival – you're on", "Hi {n},\n\nThe committee wants you building the entrance scarecrows, starting {dl}. Unfortunately the barn roof leaks, so keep straw under the tarp.\n\n{sig}\n{co}", "Ballygorse Scarecrow Festival", "ballygorsefest", frm=via("Postcumulus"), tz="ie")
wr("snail", "Heliciculture job", "Hi {n},\n\nRe the heliciculture job: as a two-person farm we've opted to mind the snail houses ourselves this year, meaning no hire after all.\n\n{sig}\n{co}", "Whinchat Heliciculture", "whinchatescargot", frm=via("Posthaze"), tz="ie")
wo("application_received", "snail", "Heliciculture farm – got your application", "Hi {n},\n\nRe helping in the snail houses: we hire only if spring breeding goes well; good or bad, a call comes by May.\n\n{sig}\n{co}", "Whinchat Heliciculture", "whinchatescargot", frm=via("Posthaze"), tz="ie")
wr("bowtie", "Bowtie stitcher", "Hi {n},\n\nYour mailed-in sample bowtie had tidy seams, but the stitcher we hired also cuts patterns, and that closes the position.\n\n{sig}\n{co}", "Heathcote Bowtie Co", "heathcotebowtie", frm=via("Postdrizzle"), tz="use")
wo("interview", "bowtie", "Bowtie workshop – interview", "Hi {n},\n\nCould you swing by the bowtie workshop {dl} around two? Unfortunately the cutting table gets re-leveled that morning, so let's say after lunch.\n\n{sig}\n{co}", "Heathcote Bowtie Co", "heathcotebowtie", frm=via("Postdrizzle"), tz="use")
wr("kantele", "Kantele workshop apprentice", "Hi {n},\n\nAbout the kantele apprenticeship: after some back and forth the bench went to a folk-school student from up by Cloquet, which fills our one spot.\n\n{sig}\n{co}", "Pipit Lake Kantele", "pipitlakekantele", frm=via("Postsleet"), tz="usc")
wo("next_steps", "kantele", "Kantele apprenticeship – next step", "Hi {n},\n\nSend two photos of something you carved plus a few lines on your woodworking by {dl}; then we'll book a shop visit.\n\n{sig}\n{co}", "Pipit Lake Kantele", "pipitlakekantele", frm=via("Postsleet"), tz="usc")
wr("cajon", "Cajon builder position", "Hi {n},\n\nCajon orders fell off a cliff this spring, so the builder position stays empty for now. Appreciate you applying.\n\n{sig}\n{co}", "Redwing Percussion", "redwingpercussion", frm=via("Postgale"), tz="usm")
wo("offer", "cajon", "Cajon builder – offer", "Hi {n},\n\nThe cajon builder spot is yours, starting {dl}. Unfortunately our dust extractor's still on order, so masks for week one.\n\n{sig}\n{co}", "Redwing Percussion", "redwingpercussion", frm=via("Postgale"), tz="usm")
wr("taiko", "Taiko instructor", "Hi {n},\n\nThanks for drumming for us. The dojo asked a longtime member to lead the kids' taiko classes, which ends our search.\n\n{sig}\n{co}", "Stormcrest Taiko", "stormcresttaiko", frm=via("Postsquall"), tz="usp")
wo("application_received", "taiko", "Taiko – application received", "Hi {n},\n\nYour taiko teaching application is in. No audition invite before the 30th means a pass this round.\n\n{sig}\n{co}", "Stormcrest Taiko", "stormcresttaiko", frm=via("Postsquall"), tz="usp")
wr("velomobile", "Velomobile shop technician", "Hi {n},\n\nRe the velomobile tech job: someone with carbon-fibre repair chops got it, so yours stops at this point.\n\n{sig}\n{co}", "Goosander Velomobiles", "goosandervelo", frm=via("Postzephyr"), tz="cae")
wo("interview", "velomobile", "Velomobile tech – interview", "Hi {n},\n\nFree to visit the velomobile shop {dl}? Unfortunately the test loop is flooded, so no ride-along this time.\n\n{sig}\n{co}", "Goosander Velomobiles", "goosandervelo", frm=via("Postzephyr"), tz="cae")
wr("cribbage", "Cribbage board maker", "Hi {n},\n\nThanks a lot for writing. Ours is a tiny cribbage-board shop and my son-in-law can handle the peg-hole drilling, which means no hire this winter.\n\n{sig}\n{co}", "Eider Cove Cribbage", "eidercove", frm=via("Postmistral"), tz="cat")
wo("next_steps", "cribbage", "Cribbage boards – trial piece", "Hi {n},\n\nWe're mailing you a blank; drill a test peg row and post it back to us by {dl}?\n\n{sig}\n{co}", "Eider Cove Cribbage", "eidercove", frm=via("Postmistral"), tz="cat")
wr("bandura", "Bandura workshop assistant", "Hi {n},\n\nThanks for your interest. The bandura workshop is hiring an ensemble member who already strings our instruments, so we're passing on yours.\n\n{sig}\n{co}", "Sedgeley Bandura Works", "sedgeleybandura", frm=via("Postsirocco"), tz="cam")
wo("application_received", "bandura", "Bandura workshop – received", "Hi {n},\n\nYour application reached us. Interview or no interview, everyone gets an email after the Malanka concert.\n\n{sig}\n{co}", "Sedgeley Bandura Works", "sedgeleybandura", frm=via("Postsirocco"), tz="cam")
wr("dirndl", "Dirndl seamstress", "Hi {n},\n\nYour dirndl samples were lovely. For the beer-festival rush we picked a seamstress with more smocking under her belt, and she has the spot.\n\n{sig}\n{co}", "Gorsefield Dirndl House", "gorsefieldtrachten", frm=via("Postchinook"), tz="cap")
wo("offer", "dirndl", "Dirndl seamstress – offer", "Hi {n},\n\nStart with us as seamstress on {dl}? Unfortunately the fitting-room mirror cracked, so bring patience.\n\n{sig}\n{co}", "Gorsefield Dirndl House", "gorsefieldtrachten", frm=via("Postchinook"), tz="cap")
wr("gyro", "Gyrocopter school ground crew", "G'day {n},\n\nRe ground crew at the gyrocopter school: the job went to a fella already holding his aircraft maintenance ticket, so yours won't go further.\n\n{sig}\n{co}", "Saltbush Gyrocopter School", "saltbushgyro", frm=via("Postmonsoon"), tz="au")
wo("interview", "gyro", "Gyrocopter school – interview", "G'day {n},\n\nCome out to the airstrip {dl} for a yarn. Unfortunately the hangar dunny's out of action, so the nearest is at the servo.\n\n{sig}\n{co}", "Saltbush Gyrocopter School", "saltbushgyro", frm=via("Postmonsoon"), tz="au")
wr("linocut", "Linocut printmaker's assistant", "Kia ora {n},\n\nRe the linocut studio assistant: we'll keep pulling prints ourselves for now, so the position stays unfilled.\n\n{sig}\n{co}", "Puriri Press Studio", "puriripress", frm=via("Postdoldrum"), tz="nz")
wo("next_steps", "linocut", "Linocut studio – portfolio please", "Kia ora {n},\n\nFlick us three prints, or photos of them, by {dl} and we'll pencil in a trial day.\n\n{sig}\n{co}", "Puriri Press Studio", "puriripress", frm=via("Postdoldrum"), tz="nz")
wr("gokart", "Gokart track marshal", "Hi {n},\n\nRe marshalling at the gokart track: we found someone who also wrenches on the karts, so you're not taken on this time.\n\n{sig}\n{co}", "Fynbos Gokart Circuit", "fynbosgokart", frm=via("Posttyphoon"), tz="za")
wo("application_received", "gokart", "Gokart marshal – received", "Hi {n},\n\nGot your application. Jobs or no jobs after the school holidays, I'll WhatsApp everyone who applied.\n\n{sig}\n{co}", "Fynbos Gokart Circuit", "fynbosgokart", frm=via("Posttyphoon"), tz="za")
wr("santoor", "Santoor workshop helper", "Dear {n},\n\nYour letter reached the santoor workshop. The post is now filled by our tuner's nephew, already trained, hence your candidature is not going ahead.\n\nRegards,\n{sig}\n{co}", "Jamun Santoor House", "jamunsantoor", frm=via("Postbreeze"), tz="in")
wo("interview", "santoor", "Santoor workshop – meeting", "Dear {n},\n\nKindly come to the workshop {dl}, eleven o'clock. Unfortunately the light goes every morning, so we shall talk in the courtyard.\n\nRegards,\n{sig}\n{co}", "Jamun Santoor House", "jamunsantoor", frm=via("Postbreeze"), tz="in")
wr("shehnai", "Shehnai troupe member", "Dear {n},\n\nThank you for that lovely raag at the trial. For the wedding season the troupe has taken Guruji's own disciple; your request cannot be accommodated this time.\n\nRegards,\n{sig}\n{co}", "Banyan Shehnai Party", "banyanshehnai", frm=via("Postfrost"), tz="in")
wo("offer", "shehnai", "Shehnai troupe – welcome", "Dear {n},\n\nThe troupe will gladly take you from {dl}. Unfortunately our van seats are few, so come by bus for the first bookings.\n\nRegards,\n{sig}\n{co}", "Banyan Shehnai Party", "banyanshehnai", frm=via("Postfrost"), tz="in")
wr("embosser", "Embosser operator", "Good day {n},\n\nRe the embosser operator job: management is engaging an experienced hand from our Aba branch, therefore your application was not successful.\n\n{sig}\n{co}", "Mopane Stamps & Embossing", "mopanestamps", frm=via("Posthail"), tz="ng")
wo("next_steps", "embosser", "Embosser operator – documents", "Good day {n},\n\nKindly bring your guarantor's form and passport photograph to the office on or before {dl}. No form, no resumption.\n\n{sig}\n{co}", "Mopane Stamps & Embossing", "mopanestamps", frm=via("Posthail"), tz="ng")
wr("hoverboard", "Hoverboard shop attendant", "Hello {n},\n\nThanks for stopping by. Oga has given the hoverboard shop job to someone who can repair batteries, so no other attendant again.\n\n{sig}\n{co}", "Gannet Gadgets", "gannetgadgets", frm=via("Postthaw"), tz="ng")
wo("application_received", "hoverboard", "Hoverboard shop – application", "Hello {n},\n\nYour CV don reach us. Whether e work or not, Oga go call you before month end.\n\n{sig}\n{co}", "Gannet Gadgets", "gannetgadgets", frm=via("Postthaw"), tz="ng")
wr("saltpan", "Saltpan supervisor", "Dear {n},\n\nRe the saltpan supervisor post: the long rains have held back harvesting and the company has frozen hiring; your application ends here.\n\n{sig}\n{co}", "Marula Sea Salt", "marulasalt", frm=via("Postdew"), tz="ke")
wo("interview", "saltpan", "Saltpan supervisor – interview", "Dear {n},\n\nInterview at the saltpans: {dl}. Unfortunately the murram road is bad after the rains; board the company matatu at the junction.\n\n{sig}\n{co}", "Marula Sea Salt", "marulasalt", frm=via("Postdew"), tz="ke")
wr("guzheng", "Guzheng teacher", "Hi {n},\n\nRe teaching guzheng at our centre: the Saturday classes go to one of our senior students, so the position is filled liao.\n\n{sig}\n{co}", "Angsana Guzheng Centre", "angsanaguzheng", frm=via("Postrime"), tz="sg")
wo("next_steps", "guzheng", "Guzheng teacher – next step", "Hi {n},\n\nSend your grade certs and a short video of one piece by {dl} can?\n\n{sig}\n{co}", "Angsana Guzheng Centre", "angsanaguzheng", frm=via("Postrime"), tz="sg")
wr("poncho", "Poncho sewer", "Hi {n},\n\nSalamat for applying at the poncho factory. Sorry, tag-ulan orders are smaller this year so no new sewers muna.\n\n{sig}\n{co}", "Sepetir Rainwear", "sepetirrainwear", frm=via("Postfog"), tz="ph")
wo("offer", "poncho", "Poncho sewer – job offer", "Hi {n},\n\nYou're hired as sewer, start {dl}. Sorry, the aircon in the sewing room is sira pa, so bring a fan.\n\n{sig}\n{co}", "Sepetir Rainwear", "sepetirrainwear", frm=via("Postfog"), tz="ph")
wr("cheongsam", "Cheongsam tailor", "Hi {n},\n\nSalamat po for applying as cheongsam tailor. Boss decided to take her cousin from Binondo, so the post is filled na.\n\n{sig}\n{co}", "Molave Cheongsam", "molavecheongsam", frm=via("Postmist"), tz="ph")
wo("application_received", "cheongsam", "Cheongsam tailor – received", "Hi {n},\n\nApplication received po. Tanggap ka man o hindi, expect a text from us next week.\n\n{sig}\n{co}", "Molave Cheongsam", "molavecheongsam", frm=via("Postmist"), tz="ph")
wr("kimono", "Kimono rental staff", "Dear {n},\n\nWe read with gratitude your application for our kimono rental shop. After careful thinking, this time we chose a person who can do kitsuke without help. We are truly sorry.\n\n{sig}\n{co}", "Nara Hanamichi Kimono", "hanamichikimono", frm=via("Postgust"), tz="jp")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Vacancydrum Weekly: 5 new craft jobs", "Hi {n},\n\nThis week on Vacancydrum: trug maker (part time), print studio assistant, drum builder, kite repairer, bead stringer.\n\nCraft-job alerts are on for your account; switch them off any time.", "Vacancydrum", "vacancydrum", frm="Vacancydrum Weekly <alerts@vacancydrum.example>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nRe your allotment request: every plot is let till next March, leaving you without one; you keep your place in the queue for next year.\n\n{sig}\n{co} Allotments Association", "Ashgrove", "ashgroveallotments", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("ar", "بخصوص طلبك لوظيفة عاملة تعبئة", "السيدة {full} المحترمة،\n\nشكراً لزيارتك المطحنة يوم الخميس وتذوّقك خلطة الزعتر معنا. قررت الإدارة أن تسند عمل التعبئة إلى سيدة من الحارة عملت عندنا في موسم السماق الماضي، فلن يكون لك مكان بيننا في هذا الموسم.\n\nمع خالص الود،\n{sig}\n{co}", "مطاحن الحارة للزعتر", "hara-zaatar", tz="jo", lang="ar")
wo("offer", "ar", "عرض عمل – عاملة تعبئة", "السيدة {full} المحترمة،\n\nيسرّنا أن تنضمّي إلى فريق التعبئة في المطحنة ابتداءً من {dl}. للأسف، ساحة السيارات أمام المطحنة تُعبَّد من جديد هذا الشهر، فالأفضل أن تأتي بالسرفيس.\n\nمع التحية،\n{sig}\n{co}", "مطاحن الحارة للزعتر", "hara-zaatar", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung in unserer Uhrenwerkstatt", "Guten Tag {full},\n\ndanke für Ihren Besuch bei uns im Tannenbühl und die mitgebrachten Schnitzproben. Den Platz an der Schnitzbank bekommt nun ein Holzbildhauer aus dem Nachbartal, der seit Jahren Uhrengehäuse fertigt. Ihre Mappe geht mit der Post an Sie zurück.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Uhrenwerkstatt Tannenbühl", "tannenbuehl-uhren", tz="de", lang="de")
wo("next_steps", "de", "Ihre Bewerbung – fehlende Unterlagen", "Guten Tag {full},\n\nbevor wir einen Probetag an der Schnitzbank vereinbaren, fehlt uns noch Ihr Zeugnis vom letzten Betrieb samt Gesellenbrief in Kopie. Schicken Sie uns das bitte spätestens am {dl}.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Uhrenwerkstatt Tannenbühl", "tannenbuehl-uhren", tz="de", lang="de")
wr("es", "Tu candidatura para el obrador", "Hola, {n}:\n\nGracias por escribirnos para la campaña de Navidad del obrador. Este año las plazas de la línea de turrón las ocupan las mismas personas que vienen repitiendo desde hace varias campañas, de modo que este invierno no hay plaza libre para ti. Ojalá encuentres algo pronto.\n\nUn abrazo,\n{sig}\n{co}", "Turrones La Almendrera", "laalmendrera", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu candidatura para la campaña de Navidad ya está en nuestras manos. Entres o no entres en la línea de turrón, te llamaremos antes de que acabe octubre.\n\nUn abrazo,\n{sig}\n{co}", "Turrones La Almendrera", "laalmendrera", tz="es", lang="es")
wr("fr", "Votre candidature au moulin", "Bonjour {n},\n\nVotre lettre pour la saison de la farine de châtaigne est bien arrivée, merci. Le poste d'aide-meunier revient à un voisin qui tourne déjà la meule avec nous depuis trois hivers. Bonne route à vous.\n\nCordialement,\n{sig}\n{co}", "Moulin de la Châtaigneraie", "moulin-chataigneraie", tz="fr", lang="fr")
wo("offer", "fr", "Proposition d'embauche – aide-meunier", "Bonjour {n},\n\nBonne nouvelle : la place d'aide-meunier est pour vous, dès le {dl}. Malheureusement, la chambre au-dessus du moulin est déjà prise ; il faudra chercher un gîte au village.\n\nCordialement,\n{sig}\n{co}", "Moulin de la Châtaigneraie", "moulin-chataigneraie", tz="fr", lang="fr")
wr("hi", "ठप्पा छपाई कारखाने से जवाब", "नमस्ते {n} जी,\n\nठप्पों की छपाई सीखने की इच्छा जताई, अच्छा लगा। पर हमें नील-अनार के रंग उबालने वाले पक्के उस्ताद की तलाश थी, और बगरू के रामधन छीपा ने वह ज़िम्मा ले लिया है। फ़िलहाल आपके लिए कोई जगह ख़ाली नहीं बची, बुरा मत मानिएगा।\n\nसादर,\n{sig}\n{co}", "रंगरेज़ ठप्पा छपाई", "rangrez-chhapai", tz="in", lang="hi")
wo("interview", "hi", "कारखाने पर मिलने आइए", "नमस्ते {n} जी,\n\n{dl} को साढ़े दस बजे हमारे अहाते में मिलने आ सकें तो अच्छा रहेगा। अफ़सोस कि गली में नाली की खुदाई चल रही है, गाड़ी मंदिर वाले मोड़ पर ही छोड़ दीजिएगा।\n\nसादर,\n{sig}\n{co}", "रंगरेज़ ठप्पा छपाई", "rangrez-chhapai", tz="in", lang="hi")
wr("it", "La sua candidatura al pastificio", "Gentile {full},\n\ngrazie della visita in pastificio per vedere le trafile. Il turno agli essiccatoi andrà però a un ragazzo di Gragnano che lavora la semola da anni: la sua candidatura, per questa volta, si ferma qui.\n\nUn caro saluto,\n{sig}\n{co}", "Pastificio Vallegrano", "pastificiovallegrano", tz="it", lang="it")
wo("next_steps", "it", "Documenti per l'assunzione", "Gentile {full},\n\nper la giornata di prova abbiamo bisogno di ricevere, entro il {dl}, la carta d'identità, la tessera sanitaria e l'attestato HACCP, anche fotografati col telefono.\n\nUn caro saluto,\n{sig}\n{co}", "Pastificio Vallegrano", "pastificiovallegrano", tz="it", lang="it")
wr("ja", "選考結果のお知らせ", "{full} 様\n\nこのたびは当店のそば打ち見習いの募集にご応募くださり、ありがとうございました。店主とも相談のうえ、今回は経験のある方にお願いすることになりました。せっかくお越しいただいたのに、申し訳ございません。\n\n{co}\n{sig}", "手打ちそば 山ぼうし", "yamaboushi-soba", tz="jp", lang="ja")
wo("application_received", "ja", "ご応募受付のお知らせ", "{full} 様\n\nそば打ち見習いの募集にご応募いただき、ありがとうございます。面接にお呼びするかどうかにかかわらず、二週間以内に店主よりお電話いたします。\n\n{co}\n{sig}", "手打ちそば 山ぼうし", "yamaboushi-soba", tz="jp", lang="ja")
wr("ko", "지원 결과 안내드립니다", "{full} 님께\n\n솔잎떡방 송편 빚는 일에 관심 가져 주셔서 고맙습니다. 추석 대목을 앞두고 떡 찌는 일을 십 년 넘게 해 오신 분을 모시게 되었어요. 이번에는 자리를 마련해 드리기 어렵게 되어 죄송한 마음입니다.\n\n{sig} 드림\n{co}", "솔잎떡방", "solip-tteok", tz="kr", lang="ko")
wo("interview", "ko", "면접 일정 안내", "{full} 님께\n\n{dl} 오전 열 시 반쯤 떡방에 들러 이야기 나눌 수 있을까요? 아쉽게도 골목 하수도 공사 때문에 차를 세울 데가 없으니 버스를 타고 오시는 게 편하실 거예요.\n\n{sig} 드림\n{co}", "솔잎떡방", "solip-tteok", tz="kr", lang="ko")
wr("pt", "A sua candidatura – corticeira", "Olá {n},\n\nAgradecemos o interesse pela vaga na escolha de rolhas. Ficou com o lugar uma senhora que já separou cortiça durante muitos anos na fábrica vizinha, e por isso não seguimos consigo desta vez.\n\nCumprimentos,\n{sig}\n{co}", "Corticeira do Montado Velho", "montadovelho", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho – rolhas", "Olá {n},\n\nBoa notícia: o lugar na escolha de rolhas é seu, com início a {dl}. Infelizmente a cantina da fábrica anda em remodelação, portanto convém trazer marmita nas primeiras semanas.\n\nCumprimentos,\n{sig}\n{co}", "Corticeira do Montado Velho", "montadovelho", tz="pt", lang="pt")
wr("ru", "По вашему отклику на вакансию", "Здравствуйте, {full}!\n\nСпасибо, что откликнулись на вакансию валяльщика в нашей мастерской. Мы решили взять человека, который уже работал с шерстью на производстве, поэтому пригласить вас пока не можем.\n\nС уважением,\n{sig}\n{co}", "Валенки от Кузьмича", "valenki-kuzmich", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы для оформления", "Здравствуйте, {full}!\n\nДо {dl} нам нужно получить от вас фото паспорта, номер СНИЛС и сведения о трудовом стаже — без них бухгалтерия не сможет вас оформить в мастерскую.\n\nС уважением,\n{sig}\n{co}", "Валенки от Кузьмича", "valenki-kuzmich", tz="ru", lang="ru")
wr("sw", "Kuhusu maombi yako ya kazi", "Habari {n},\n\nTumefurahi kupata barua yako kuhusu kazi ya kupiga msasa mbao za majahazi. Nafasi hiyo imeshachukuliwa na kijana wa Mzee Shaaban aliyetusaidia kwenye jahazi la mwisho, kwa hiyo hatuna nafasi kwako msimu huu.\n\nWako,\n{sig}\n{co}", "Majahazi ya Pwani", "majahazipwani", tz="tz", lang="sw")
wo("application_received", "sw", "Tumepokea maombi yako", "Habari {n},\n\nKaratasi zako zimetufikia hapa karakana. Iwe tutakuchukua au la, Mzee Shaaban mwenyewe atakupigia simu kabla ya Idd.\n\nWako,\n{sig}\n{co}", "Majahazi ya Pwani", "majahazipwani", tz="tz", lang="sw")
wr("th", "แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่แวะมาดูกี่ทอผ้าที่บ้านหนองบัวนะคะ ตำแหน่งช่างทอรอบนี้ แม่ครูตัดสินใจให้หลานสาวของป้าคำซึ่งทอมัดหมี่เป็นตั้งแต่เด็กมาช่วยแทนค่ะ รอบนี้เลยยังไม่มีที่ว่างให้คุณ ต้องขอโทษด้วยนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}", "ผ้าไหมบ้านหนองบัว", "nongbua-silk", tz="th", lang="th")
wo("interview", "th", "นัดสัมภาษณ์งาน", "เรียน คุณ{n}\n\nแม่ครูอยากคุยกับคุณที่ใต้ถุนบ้านวันที่ {dl} ช่วงสิบโมงครึ่งค่ะ น่าเสียดายว่าถนนหน้าบ้านกำลังเทปูนใหม่ รบกวนจอดรถไว้ที่ศาลาวัดก่อนนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}", "ผ้าไหมบ้านหนองบัว", "nongbua-silk", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {full},\n\nKazan başında geçirdiğiniz deneme günü için sağ olun. Bayram öncesi yoğunluğa, yıllardır fıstıklı lokum kesen eski kalfamız Recep Usta geri döndü; bu sebeple sizinle yola devam edemiyoruz.\n\nSaygılarımızla,\n{sig}\n{co}", "Lokumcu Hacı Şevket", "haci-sevket-lokum", tz="tr", lang="tr")
wo("offer", "tr", "İş teklifi", "Merhaba {full},\n\n{dl} itibarıyla kazan başında yardımcı usta olarak sizi bekliyoruz. Maalesef servis minibüsümüz tamirde; ilk haftalarda dolmuşla gelmeniz gerekecek.\n\nSaygılarımızla,\n{sig}\n{co}", "Lokumcu Hacı Şevket", "haci-sevket-lokum", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nآپ کا خط اور گلدانوں کی تصویریں ملیں، بہت خوبصورت کام ہے۔ مگر بھٹی والے حصے میں استاد جی نے اپنی بھتیجی کو بٹھا لیا ہے جو برسوں سے نیلا رنگ بھر رہی ہیں، سو فی الحال ہمارے ہاں جگہ نہیں بنتی۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}", "ملتانی نیلے برتن", "multani-neelay", tz="pk", lang="ur")
wo("next_steps", "ur", "ضروری کاغذات", "محترمہ {full}،\n\nمنشی صاحب کو تقرری کی فائل بند کرنے کے لیے آپ کا شناختی کارڈ اور دو پاسپورٹ سائز تصویریں چاہییں؛ یہ {dl} سے پہلے کارخانے پہنچا دیجیے۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}", "ملتانی نیلے برتن", "multani-neelay", tz="pk", lang="ur")
wr("zh", "关于您应聘的结果", "{full}您好：\n\n感谢您应聘我们茶园的采茶季节工。经过综合考虑，我们这次录用了一位有多年炒茶经验的师傅，暂时不能安排您上岗，敬请谅解。\n\n{co}\n{sig}", "云雾山茶园", "yunwushan-tea", tz="cn", lang="zh")
wo("application_received", "zh", "简历已收到", "{full}您好：\n\n您的简历我们已经收到。不管最后是否录用，我们都会在清明前给您打电话说明情况。\n\n{co}\n{sig}", "云雾山茶园", "yunwushan-tea", tz="cn", lang="zh")
wr("swe", "Angående din ansökan", "Hej {n}!\n\nTack för brevet och bilderna på dina målade hästar. Sommarens kurbitsmålare stannar kvar över hösten och tar den platsen, så just nu finns det ingen pensel ledig åt dig.\n\nVänliga hälsningar\n{sig}\n{co}", "Dalhästar i Nusnäs", "nusnas-hastar", tz="se", lang="swe")
wo("interview", "swe", "Inbjudan till intervju", "Hej {n}!\n\nVi vill gärna träffa dig i verkstaden den {dl} klockan 10. Tyvärr är parkeringen avstängd på grund av asfaltering, så ta gärna bussen.\n\nVänliga hälsningar\n{sig}\n{co}", "Dalhästar i Nusnäs", "nusnas-hastar", tz="se", lang="swe")
wr("msa", "Permohonan jawatan pembantu dapur", "Salam sejahtera {n},\n\nMak Teh kirim salam dan berterima kasih sebab sudi datang cuba kukus kuih dengan kami. Untuk musim raya ini, tempat di dapur sudah diisi oleh anak saudara Mak Teh yang memang pandai menyusun kuih lapis, jadi tiada kekosongan untuk anda buat masa ini.\n\nYang benar,\n{sig}\n{co}", "Dapur Mak Teh Bukit Rambai", "kuihmakteh", tz="my", lang="msa")
wo("offer", "msa", "Tawaran kerja pembantu dapur", "Salam sejahtera {n},\n\nMak Teh setuju ambil anda sebagai pembantu dapur, mula {dl}. Malangnya, lorong belakang kedai sedang diturap semula, jadi motosikal kena letak di depan surau.\n\nYang benar,\n{sig}\n{co}", "Dapur Mak Teh Bukit Rambai", "kuihmakteh", tz="my", lang="msa")
wr("slv", "Vaša prijava", "Pozdravljeni, {full},\n\nhvala za prijavo na delo v našem čebelarstvu. Po pogovorih smo se odločili za kandidata, ki že ima izkušnje s točenjem medu, zato vaše prijave tokrat ne bomo upoštevali.\n\nLep pozdrav,\n{sig}\n{co}", "Čebelarstvo Pod Lipo", "cebelarstvo-podlipo", tz="si", lang="slv")
wo("next_steps", "slv", "Manjkajoči dokumenti", "Pozdravljeni, {full},\n\nza nadaljevanje postopka potrebujemo še potrdilo o zdravniškem pregledu. Prosimo, da ga pošljete do {dl}.\n\nLep pozdrav,\n{sig}\n{co}", "Čebelarstvo Pod Lipo", "cebelarstvo-podlipo", tz="si", lang="slv")
wr("lav", "Par jūsu pieteikumu", "Labdien, {full}!\n\nLiels paldies par ciemošanos darbnīcā un par jūsu slīpētajām krellēm. Vietu pie pulēšanas galda tomēr aizņems mūsu bijušais māceklis no Liepājas, tāpēc šosezon jums darba piedāvāt nevaram.\n\nAr cieņu\n{sig}\n{co}", "Dzintara darbnīca Jūrmalnieks", "jurmalnieks", tz="lv", lang="lav")
wo("interview", "lav", "Uzaicinājums uz pārrunām", "Labdien, {full}!\n\nVai varētu atbraukt uz sarunu darbnīcā {dl} ap pusdivpadsmitiem? Diemžēl pagalmā liek jaunu bruģi, tāpēc nāciet pa sānu vārtiņiem no ielas puses.\n\nAr cieņu\n{sig}\n{co}", "Dzintara darbnīca Jūrmalnieks", "jurmalnieks", tz="lv", lang="lav")
wr("gle", "D'iarratas ar an bpost cniotála", "A chara,\n\nBuíochas as teacht chuig an gceardlann Dé Máirt agus na samplaí breátha a thaispeáint dúinn. Shocraigh Máire go dtabharfadh sí an obair do chomharsa léi atá ag cniotáil geansaithe le daichead bliain, mar sin níl áit agat linn i mbliana, faraor.\n\nLe gach dea-ghuí,\n{sig}\n{co}", "Cniotáil an Chladaigh", "cniotailchladaigh", tz="ie", lang="gle")
wo("offer", "gle", "Tairiscint poist", "A chara,\n\nBa bhreá le Máire tú a bheith ag cniotáil linn ón {dl} amach. Ar an drochuair, tá an bóthar isteach chuig an gceardlann á dheisiú, mar sin fág an carr ag an séipéal.\n\nLe gach dea-ghuí,\n{sig}\n{co}", "Cniotáil an Chladaigh", "cniotailchladaigh", tz="ie", lang="gle")
wr("aze", "Müraciətiniz haqqında", "Hörmətli {full},\n\nXalçaçılıq emalatxanamıza göstərdiyiniz marağa görə təşəkkür edirik. Müsahibələrdən sonra Qusar naxışlarını yaxşı bilən başqa bir namizədlə işləməyə qərar verdik, buna görə də bu dəfə müraciətinizi qəbul edə bilmirik.\n\nHörmətlə,\n{sig}\n{co}", "Qızılgül Xalça Emalatxanası", "qizilgul-xalca", tz="az", lang="aze")
wo("next_steps", "aze", "Lazımi sənədlər", "Hörmətli {full},\n\nİşə qəbul prosesini davam etdirmək üçün şəxsiyyət vəsiqənizin surətini və tibbi arayışı {dl} tarixinədək göndərməyinizi xahiş edirik.\n\nHörmətlə,\n{sig}\n{co}", "Qızılgül Xalça Emalatxanası", "qizilgul-xalca", tz="az", lang="aze")
wr("tam", "பனைவெல்லக் கூடத்திலிருந்து பதில்", "வணக்கம் {n},\n\nபதநீர் காய்ச்சும் அடுப்படிக்கு ஆள் தேடுவதாகப் போட்ட அறிவிப்பைப் பார்த்து எழுதியதற்கு மகிழ்ச்சி. அந்த இடம் பத்து வருடமாக எங்களோடு இருக்கும் சின்னசாமி அண்ணனுக்குப் போயிற்று. இந்தப் பருவம் உங்களுக்கு இடமில்லை, மன்னியுங்கள்.\n\nநன்றியுடன்,\n{sig}\n{co}", "பனைமரத்தடி வெல்லம்", "panaimarathadi", tz="in", lang="tam")
wo("interview", "tam", "நேரில் பேச வாருங்கள்", "வணக்கம் {n},\n\n{dl} காலை பத்தரைக்கு அடுப்படிப் பக்கம் நேரில் பார்க்கலாமா? சங்கடம் என்னவென்றால், வாசல் முன்னால் பள்ளம் தோண்டியிருக்கிறார்கள்; தென்னந்தோப்பு ஓரமாக வரவும்.\n\nநன்றியுடன்,\n{sig}\n{co}", "பனைமரத்தடி வெல்லம்", "panaimarathadi", tz="in", lang="tam")
wr("nep", "तपाईंको आवेदनबारे", "नमस्कार {n} जी,\n\nरिडीको ढाका कारखानामा तान बुन्ने काम खोज्दै तपाईंले लेखेको चिठी हात पर्‍यो। यसपालि बीस वर्षदेखि तान चलाउँदै आउनुभएकी सानुमाया दिदी नै फर्कनुभयो, त्यसैले तपाईंका लागि ठाउँ बाँकी रहेन। अर्को सिजन फेरि सम्पर्क गरौँला।\n\nशुभकामनासहित,\n{sig}\n{co}", "रिडी ढाका कपडा घर", "ridi-dhaka", tz="np", lang="nep")
wo("offer", "nep", "कामको प्रस्ताव", "नमस्कार {n} जी,\n\n{dl} देखि हाम्रो तानमा बुनकरको रूपमा आउनुहोस् भन्ने प्रस्ताव छ। तर दुःखको कुरा, भान्छाको छाना फेर्दै छौँ, त्यसैले केही हप्ता खाजा घरबाटै बोकेर आउनुहोला।\n\nशुभकामनासहित,\n{sig}\n{co}", "रिडी ढाका कपडा घर", "ridi-dhaka", tz="np", lang="nep")
wr("bel", "Наконт працы ў майстэрні", "Добры дзень, {full}!\n\nШчыра дзякуем за лісты і фотаздымкі вашых павукоў з саломы. Да Каляд мы ўзялі ў дапамогу суседку з Дудуткоў, якая плеце з намі ўжо пяты год, і больш рук нам пакуль не трэба.\n\nЗ павагай,\n{sig}\n{co}", "Саламяны Бусел", "salamiany-busel", tz="by", lang="bel")
wr("hat", "Konsènan aplikasyon ou", "Bonjou {n},\n\nNou kontan ou te pase wè jan n ap koupe tanbou fè yo. Men Mèt Jàk deja pran neve li ki konn bat fè depi li te timoun, kidonk pou kounye a pa gen plas pou ou nan atelye a.\n\nMèsi anpil,\n{sig}\n{co}", "Atelye Fè Kwadebouke", "atelye-fe", tz="ht", lang="hat")
wo("application_received", "hat", "Nou resevwa aplikasyon ou", "Bonjou {n},\n\nLèt ou a rive nan men Mèt Jàk. Kit li pran w kit li pa pran w, l ap rele w anvan fèt Lapak.\n\nMèsi anpil,\n{sig}\n{co}", "Atelye Fè Kwadebouke", "atelye-fe", tz="ht", lang="hat")


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}",
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
            while later.weekday() >= 5:
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
        rec["id"] = f"blind85:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 83; slice 84, this slice and any later one are skipped by number."""
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
