# ruff: noqa: E501, S311
"""Write the two-hundred-and-third sealed blind slice for issue 11 (blind-slice-203.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 203; slice 203, slice 204 and later never read; our side printed)
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

SEED = 2032032
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-203.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 203
SKIP_FROM = 203  # this slice, slice 204 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Elspeth Kinnear", "Tumelo Sebego", "Anjali Pillai", "Dorrel McFarlane", "Mairi MacIsaac",
    "Oyunchimeg Batbold", "Siphokazi Ntshona", "Callum Brankin", "Kagiso Motsumi", "Sreekanth Nair",
    "Shanice Grant-Lewis", "Ruaridh Beaton", "Enkhjargal Dorj", "Lwazi Mqhayi", "Nuala Fogarty",
    "Tyrell Oduya", "Hester Penwarden", "Aroha Waititi", "Jolandi Vandermerwe", "Ishbel Craigie",
    "Boitumelo Kgosi", "Lakshmi Menon", "Kerryn-Ann Bryan", "Fergus MacNeil", "Temuulen Ganbaatar",
    "Zintle Mafuya", "Orla Brannigan", "Marcus Delahunt", "Bridie Coughlan", "Keanu Paewai",
]
REGION_SIGNERS = {
    "fi": ["Morven Dalgetty", "Alasdair Swankie", "Kirsty Lumsden"],
    "bw": ["Onalenna Ramotswe", "Kealeboga Tshekiso", "Goitseone Mmusi"],
    "tv": ["Deepa Varghese", "Harikrishnan Pillai", "Reshmi Thampi"],
    "cr": ["Leonie Wright-Brown", "Errol Campbell", "Maxine Forbes"],
    "cb": ["Colleen MacLellan", "Angus Rankin", "Tina Boutilier"],
    "mn": ["Bolormaa Tserendorj", "Munkhbat Erdene", "Sarantuya Davaa"],
    "xh": ["Nomvuyo Jali", "Luthando Mbete", "Ayanda Sizani"],
    "uk": ["Imogen Thrale", "Rupert Haskins"], "ie": ["Clodagh Fennelly", "Ciarán Dowd"],
    "us": ["Bethany Kowalski", "Darnell Hughes"], "au": ["Skye Pemberton", "Lachie Rourke"],
    "nz": ["Mereana Tipene", "Hamish Lockwood"], "za": ["Pieter du Plessis", "Nadia Jacobs"],
}
GENERAL = ["Jordan Ashby", "Priya Ramlall", "Sam Okafor", "Leigh Tremayne"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "sas": "us", "gb": "uk", "ca": "us", "jm": "cr", "tt": "cr", "wa": "au", "fj": "nz"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ماجد الحربي"], "de": ["Hannelore Brückner", "Wolfram Seidl"],
    "es": ["Pilar Echeverría", "Tomás Villalobos"], "fr": ["Maëlle Guillou", "Yannick Corre"],
    "hi": ["अनुराधा सक्सेना", "ऋषिकेश चौहान"], "it": ["Ornella Pace", "Fabrizio Carta"],
    "ja": ["松本 恵美", "石井 大輔"], "ko": ["한소라", "윤재민"], "pt": ["Graça Monteiro", "Vasco Pimentel"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Lyimo", "Juma Mwinyi"],
    "th": ["สุดารัตน์ ทองดี", "ธนพล ศรีสุข"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["سائرہ ملک", "عمران شیخ"], "zh": ["赵敏", "孙建国"],
    "slk": ["Zuzana Hudáková", "Marek Kováč"], "lit": ["Austėja Žukauskienė", "Darius Vaitkus"],
    "lav": ["Dace Ozoliņa", "Edgars Kalniņš"], "ell": ["Ελένη Παπαδάκη", "Νίκος Σταυρίδης"],
    "heb": ["מיכל אברהם", "יואב כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
    "ben": ["রুমানা হক", "সৌমিত্র বসু"], "vie": ["Nguyễn Thị Lan", "Trần Văn Hùng"],
    "ind": ["Dewi Lestari", "Agus Santoso"], "tgl": ["Maricel Dela Cruz", "Jomar Villanueva"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشمري", "خالد السبيعي"], "de": ["Friederike Lange", "Jonas Hüttl"],
    "es": ["Itziar Beltrán", "Gonzalo Ruiz"], "fr": ["Gwenola Le Goff", "Bastien Hervé"],
    "hi": ["ऋतंभरा राठौर", "अमित जोशी"], "it": ["Serena Galli", "Davide Russo"],
    "ja": ["高橋 美咲", "中村 亮"], "ko": ["이수진", "최민호"], "pt": ["Inês Barros", "Tiago Lopes"],
    "ru": ["Анна Морозова", "Игорь Лебедев"], "sw": ["Amani Mrisho", "Halimatu Said"],
    "th": ["กมลชนก วงศ์ใหญ่", "ณัฐวุฒิ แก้วมณี"], "tr": ["Seda Koç", "Onur Aydın"],
    "ur": ["حنا رشید", "بلال احمد"], "zh": ["李晓燕", "吴俊杰"],
    "slk": ["Lucia Baranová", "Peter Horváth"], "lit": ["Ieva Petrauskaitė", "Lukas Stankevičius"],
    "lav": ["Laura Bērziņa", "Mārtiņš Liepa"], "ell": ["Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου"],
    "heb": ["נועה לוי", "איתי מזרחי"], "fas": ["نگار صادقی", "آرش موسوی"],
    "ben": ["তাসলিমা আক্তার", "ঋতব্রত দাস"], "vie": ["Phạm Minh Anh", "Lê Quốc Bảo"],
    "ind": ["Rina Wulandari", "Budi Hartono"], "tgl": ["Angelica Ramos", "Paolo Mendoza"],
}
GIVEN = {"Pieter du Plessis": "Pieter", "Kerryn-Ann Bryan": "Kerryn-Ann"}
PROVIDERS = ["brambleinbox", "quillpost", "heronmail", "sloebox", "larchpost", "tidemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "fi": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "gb": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"), "ir": ("+0330", None, ""),
    "use": ("-0500", "-0400", "us"), "usm": ("-0700", "-0600", "us"), "sas": ("-0600", None, ""), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cb": ("-0400", "-0300", "us"), "ca": ("-0500", "-0400", "us"), "cr": ("-0600", None, ""), "jm": ("-0500", None, ""),
    "tt": ("-0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "bw": ("+0200", None, ""), "xh": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "tv": ("+0530", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "mn": ("+0800", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "wa": ("+0800", None, ""), "fj": ("+1200", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "sas", "cb", "ca")
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
QNOTE = "\n{sf}, cheers for walking me round the stores on Thursday. Forklift ticket scanned and attached; Mrs Tsholofelo-Garvie, my referee, picks up after lunch.\n{n}"
FOOT = "\n\n== {CO} · KELLOWAY CAREERS ==\nOpenings land on the board most Tuesdays. Marshwick Jobmail runs daily, weekly or never: pick under Profile. The Lyndhurrow Ledger, our staff quarterly, carries the darts league and the charity swim. Access needs at interview? Write to Cairnfold Assist. Replies here go unread."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Careers <careers@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a1", "Your application status: {role} (Req {ref})", "Hi {n},\n\nYour candidate record for {role} (Req {ref}) now reads: Not Selected - Another Applicant Progressed. The recruiter has closed this requisition in the portal.\n\nOther roles sit on your candidate home page if you fancy a look.\n\n{co} Talent Acquisition", ("Kirkcaldy Linoleum Heritage Ltd", "Gaborone Road Borehole Services"), ("kirkcaldylino", "gaboreholes"), frm=ATS, role=("Visitor Centre Assistant", "Drilling Rig Helper"), tz=("fi", "bw"))
mr("a2", "{role} at {co} – decision after the work sample", "Hello {n},\n\nThe panel sat down with each work sample for {role} this fortnight. Set side by side, yours is stopping here and won't go to the onsite stage.\n\nThose hours you gave it were noticed.\n\n{sig}\nRecruiting, {co}", ("Technopark Payroll Systems", "Glace Bay Marine Insurance"), ("tpayrollsys", "glacebaymarine"), role=("QA Analyst", "Claims Handler"), tz=("tv", "cb"))
mr("a3", "{co}: an update on {role}", "Hi {n},\n\nA quick word from {co}: your candidacy for {role} ends here. Our hiring team chose a profile nearer what the crew needs right now.\n\nThe Skelbourne talent pool keeps your details twelve months.\n\n— {sig}", ("Zuunmod Cashmere Combing", "Mthatha Solar Kiosks"), ("zuunmodcashmere", "mthathasolar"), role=("Quality Sorter", "Field Installer"), tz=("mn", "xh"))
mr("a4", "Application {ref} – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – candidate not chosen</td></tr></table><p>Grateful for your effort on this one.</p><p>{co} Recruitment</p></body></html>", ("Cahuita Reef Dive Lodge", "Anstruther Lifeboat Café"), ("cahuitadive", "anstruthercafe"), frm=ATS, role=("Dive Shop Attendant", "Counter Assistant"), tz=("cr", "fi"))
mr("a5", "{role}: minimum requirement", "Dear {n},\n\n{role} screening wants a current {x}. None appears on your form, so the system stopped your application there.\n\nOnce you hold one, do apply afresh.\n\n{co} HR", ("Selebi-Phikwe Haulage", "Ulaanbaatar Coal Logistics"), ("sphaulage", "ubcoallog"), role=("Tipper Driver", "Yard Loader"), x=("Code 14 licence", "Class D driving permit"), tz=("bw", "mn"))
mr("a6", "Requisition {ref} update", "Dear {n},\n\nRequisition {ref} ({role}) shows Filled. Your submission flips to Inactive; nothing further comes from it.\n\nKind regards,\n{co} Staffing", ("Sydney Mines Hearing Clinic", "Vizhinjam Port Canteens"), ("sydminehearing", "vizhcanteen"), frm=ATS, role=("Front Desk Coordinator", "Kitchen Supervisor"), tz=("cb", "tv"))
mr("a7", "About your phone screen, {n}", "Hi {n},\n\nGood to talk by phone last week about {role}. Having weighed the shortlist, {co} is taking other people to the trial day.\n\nGood hunting out there,\n{sig}", ("Gqeberha Kite Surf School", "Puerto Viejo Cacao Tours"), ("gqkitesurf", "pvcacao"), role=("Beach Instructor", "Tour Guide"), tz=("xh", "cr"))
mr("a8", "{role} – outcome", "Dear {n},\n\n{role} drew a big field. The manager leaned hard on cold-chain years and offered it to a person with five of them, so yours ends at this point.\n\nRegards,\n{sig}\n{co}", ("Leven Ice Cream Parlour Group", "Kochi Seafood Exports"), ("levenicecream", "kochiseaexp"), role=("Stock Controller", "Cold Store Clerk"), tz=("fi", "tv"))
mr("a9", "Sain baina uu {n} – {role}", "Sain baina uu {n},\n\nBig thanks you apply to {co} for {role}. We have study all CVs carefully and we choose other candidate for this time. Please do not lose the heart.\n\nBayarlalaa,\n{sig}", ("Khan-Uul Felt Boots LLC", "Darkhan Cement Supplies"), ("khanuulfelt", "darkhancement"), role=("Sales Assistant", "Warehouse Clerk"), tz="mn")
mr("a10", "Assessment result – {role}", "Hi {n},\n\nYour online assessment for {role} came back at {x}. The band needed to reach interview this round was higher, so that closes your application.\n\nRegards,\n{co} Hiring", ("Francistown Mobile Money Hub", "Dysart Bakery Co"), ("ftownmomo", "dysartbakes"), frm=ATS, role=("Agent Supervisor", "Shift Baker"), x=("21 out of 45 (cut-off 30)", "51% (cut-off 66%)"), tz=("bw", "fi"))
mr("a11", "Wah gwaan {n} – {role}", "Mawnin {n},\n\nTanks fi yuh application fi {role} at {co}. Di boss look pon all a di form dem and him tek a next person fi di work dis time. Nuh badda fret, more ting a come.\n\nBless up,\n{sig}", ("Limón Banana Crate Works", "Portete Boat Repairs"), ("limoncrates", "porteteboats"), role=("Crate Nailer", "Hull Sander"), tz="cr")
mr("a12", "{role} – CTO review", "Hi {n},\n\nOur CTO and lead engineer each went through your {role} design write-up. Their choice fell on a different candidate, so your file closes here, with thanks.\n\n{sig}\nPeople team, {co}", ("Kazhakoottam Drone Mapping", "Port Hawkesbury Grid Analytics"), ("kzdronemap", "phgridanalytics"), role=("Backend Developer", "Data Engineer"), tz=("tv", "cb"))
mr("a13", "{role} crew list", "Hi {n},\n\nThis season's {role} crew is full — last year's lot came back and filled it before the list even opened. We won't be calling you for this round.\n\n{sig}\n{co}", ("Crail Potato Lifting Crew", "Tuli Block Game Lodge"), ("crailtatties", "tuliblock"), role=("Picker", "Camp Helper"), tz=("fi", "bw"))
mr("b1", "{role}, {co}", "Awright {n},\n\nJust tae let ye ken, we've filled the {role} post at {co}. Ye were in the mix, but it's went tae somebody wi mair years on the tills. Cheers for gie'in it a go.\n\n{sig}", "Kirkcaldy Links Amusements", "linksamusements", role="Kiosk Attendant", tz="fi")
mr("b2", "{role} – {co}", "Dear {n},\n\nThe bindery has now picked its {role}, and the pick was somebody else; your papers are closed with our thanks.\n\n{sig}\n{co}, St Andrews", "St Andrews Bookbinders Guild", "standrewsbind", role="Workshop Assistant", tz="fi")
mr("b3", "Dumela {n}", "Dumela Mma {n},\n\nRe a leboga for your papers for {role}. It pains us, but {co} left you off the shortlist. Go siame, and try us again.\n\n{sig}", "Tati River Poultry Farm", "tatipoultry", role="Farm Clerk", tz="bw")
mr("b4", "Namaskaram {n} – {role}", "Namaskaram {n},\n\nRef your candidature for {role}: we regret to intimate non-selection. Kindly note this mailbox takes no replies.\n\nRegards,\n{sig}\n{co}, Trivandrum", "Pattom Ayurveda Pharmacy", "pattomayur", role="Dispensing Assistant", tz="tv")
mr("b5", "{role} at {co}", "Hi {n},\n\nYer application for {role} at {co} didn't make it through this round. Sorry to give ya dat news.\n\nWalk good,\n{sig}", "Moín Dock Fruit Packers", "moinfruit", role="Pack Line Checker", tz="cr")
mr("b6", "{role} at {co}, dear", "Hello dear,\n\n{n}, thanks some much for trying {co} for {role}. It's been offered on to another person, so we'll not be bringing you in. Ciamar a tha thu — keep well.\n\n{sig}", "Baddeck Fiddle Hall", "baddeckfiddle", role="Box Office Clerk", tz="cb")
mr("b7", "{role} – {co}", "Sain baina uu {n},\n\nAfter Naadam holidays our committee make decision for {role}. Unfortunately your application is not success. We wish you much success next time.\n\n{sig}\n{co}", "Erdenet Copper Canteen", "erdenetcanteen", role="Cook", tz="mn")
mr("b8", "Molo {n} – {role}", "Molo {n},\n\nEnkosi for your application for {role}. Sadly {co} cannot take you further this time. Sala kakuhle.\n\n{sig}", "East London Taxi Rank Traders", "eltaxitraders", role="Cashier", tz="xh")
mr("b9", "{role}", "Hi {n},\n\nThanks for applying for {role} at {co}. Two hundred-odd people applied and, weighing it all, yours doesn't go on; good luck.\n\nAll the best,\n{sig}", "Whitstable Oyster Smokery", "whitsmokery", role="Smoker Assistant", tz="uk")
mr("b10", "{role} – {co}", "Hi {n},\n\nThanks a million for the {role} form. Close call, but yours stops here this round.\n\nMind yourself,\n{sig}\n{co}", "Tralee Greyhound Stadium", "traleestadium", role="Tote Operator", tz="ie")
mr("b11", "Your {role} application", "Hi {n},\n\nYour {role} application at {co} was appreciated. Once every candidate was reviewed, our team chose to stop your application here.\n\nBest,\n{sig}", "Tulsa Rodeo Arena", "tulsarodeo", role="Grounds Technician", tz="usc")
mr("b12", "{role} at {co}", "G'day {n},\n\nCheers for giving {role} a go. The job went to another bloke this time, mate.\n\nTa,\n{sig}\n{co}", "Bendigo Trotting Club", "bendigotrots", role="Stablehand", tz="au")
mr("b13", "{role}", "Kia ora {n},\n\nCheers heaps for going for {role} at {co}. Unfortunately you've missed the shortlist on this one.\n\nNgā mihi,\n{sig}", "Gisborne Kumara Growers", "gisbornekumara", role="Grader", tz="nz")
mr("b14", "{role} at {co}", "Dear {n},\n\nThanks for the {role} application. Regretfully it stops with us here. Sterkte with your search.\n\n{sig}\n{co}", "Paarl Fruit Dryers", "paarldryers", role="Sorting Supervisor", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nMeeting you Thursday was a treat; your night-rota questions went down well with everyone. The directors appointed Moira Haldane; she joins us on the 3rd.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Burntisland Boatyard", "Kasane Safari Stores"), ("burntislandyard", "kasanestores"), role=("Stores Assistant", "Stores Assistant"), tz=("fi", "bw"))
mr("t2", "RE: [EXT] Re: Panel chat, Stores", "Dear {n},\n\nGood of you to travel in for the panel; stock rotation answers were excellent. The panel's choice was Vishnu Prasad, who joined the floor on Monday.\n\nWith best regards,\n{sig}\n\n{GM}", ("Kovalam Spice Warehouse", "Sydney River Cold Storage"), ("kovalamspice", "sydrivercold"), role="Stores Assistant", tz=("tv", "cb"))
mr("t3", "RE: [EXT] Re: {role}", "Hi {n},\n\nGrand having you round the yard; the whole crew took to your labelling ideas. Our owners handed the post to Delroy Stewart out of the Siquirres branch.\n\nBless,\n{sig}\n\n{ORIG}", ("Limón Port Chandlers", "Gaborone West Timber"), ("limonchandlers", "gabwesttimber"), role="Stores Assistant", tz=("cr", "bw"))
mr("t4", "RE: [EXT] Re: second interview", "Sain baina uu {n},\n\nAgain thanks for second meeting, very nice talk we have. Our board selected Tsetsegmaa Bold, who already meet our Erdenet team last week.\n\nBest regard,\n{sig}\n\n{RULE}", ("Tuul River Logistics", "Dunfermline Parcel Hub"), ("tuullog", "dunfparcel"), role="Stores Assistant", tz=("mn", "fi"))
mr("t5", "RE: [EXT] Re: {role} interview", "Molo {n},\n\nEnkosi for coming through to Mthatha, the panel enjoyed meeting you. The committee has appointed Sipho Ndlovu, and he begins his induction on the 1st.\n\nKind regards,\n{sig}\n\n{OUT}", ("Mthatha Builders Depot", "Techno City Hardware"), ("mthathabuild", "technocityhw"), role="Stores Assistant", tz=("xh", "tv"))
mr("t6", "RE: [EXT] Re: catch-up after Tuesday", "Hi {n},\n\nTuesday morning with you was great fun, and Angus still talks about your pallet trick. The partners brought Ashley Chiasson on board; her first shift is on the 12th.\n\nAll the best, dear,\n{sig}\n\n{GM}", ("Inverness County Feed Mill", "Cupar Farm Supplies"), ("invfeedmill", "cuparfarm"), role="Stores Assistant", tz=("cb", "fi"))
mr("t7", "RE: [EXT] Re: {role} – next", "Hi {n},\n\nThank you for a warm and thoughtful conversation last week. Management chose Kennedy Morales, who moved across from our Cieneguita depot and is settling in already.\n\nTake care,\n{sig}\n\n{ORIG}", ("Caribe Wholesale Grocers", "Palapye Agro Depot"), ("caribewholesale", "palapyeagro"), role="Stores Assistant", tz=("cr", "bw"))
mr("t8", "RE: [EXT] Re: meeting on Friday", "Dear {n},\n\nIt was a delight to meet you on Friday; your notes on the bin cards impressed us. The director picked Ankit Raj, who signs his contract this week.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Attingal Textile Stores", "Bayanzurkh Building Supply"), ("attingaltex", "bayanbuild"), role="Stores Assistant", tz=("tv", "mn"))
# ---- 8 clear refusals under long footers
mr("f1", "{role} – application outcome", "Hi {n},\n\n{role} at {co}: sad to say, this vacancy brings no interview your way. Thanks for the form all the same.\n\n{sig}{FOOT}", ("Kelloway Ferries Fife", "Kelloway Ferries Cape Breton"), ("kellowayfife", "kellowaycb"), role=("Deckhand", "Ticket Clerk"), tz=("fi", "cb"))
mr("f2", "Your application: {role}", "Dear {n},\n\nYour {role} application missed out this round; we've closed it.\n\nRegards,\n{sig}{FOOT}", ("Kelloway Lodges Botswana", "Kelloway Lodges Kerala"), ("kellowaybw", "kellowaykl"), role=("Housekeeping Lead", "Houseboat Steward"), tz=("bw", "tv"))
mr("f3", "{role}", "Hello {n},\n\nSorry — somebody else got the {role} post, and your file is shut.\n\n{sig}{FOOT}", ("Kelloway Foods Limón", "Kelloway Foods Eastern Cape"), ("kellowaylimon", "kellowayec"), role=("Line Operator", "Line Operator"), tz=("cr", "xh"))
mr("f4", "{role} – {co}", "Dear {n},\n\nBy our decision your {role} application halts here. Grateful you looked our way.\n\n{sig}{FOOT}", ("Kelloway Mining Services UB", "Kelloway Mining Services Fife"), ("kellowayub", "kellowayfm"), role=("Site Clerk", "Site Clerk"), tz=("mn", "fi"))
# ---- 9 hedged refusals
mr("h1", "{role} – where things stand", "Hi {n},\n\nThanks for your patience. For {role}, two other applicants sat nearer the site's daily grind, so the owners are pressing on with those two.\n\n{sig}\n{co}", ("Kinghorn Caravan Park", "Ingonish Ski Hill"), ("kinghorncaravans", "ingonishski"), role=("Site Warden", "Lift Attendant"), tz=("fi", "cb"))
mr("h2", "{role} update", "Dear {n},\n\nA short note on {role}. The company chose a different path: the work will be folded into the existing sales desk for now.\n\nBest,\n{sig}\n{co}", ("Maun Tour Bookings", "Varkala Surf Rentals"), ("mauntours", "varkalasurf"), role=("Booking Agent", "Rental Desk Clerk"), tz=("bw", "tv"))
mr("h3", "{role}", "Hi {n},\n\nThe people going forward for {role} had more time on refrigerated trucks, which suited the route better. Our page lists new ones as they come.\n\n{sig}, {co}", ("Cariari Produce Transport", "Nalaikh Freight"), ("cariaritrans", "nalaikhfreight"), role=("Relief Driver", "Relief Driver"), tz=("cr", "mn"))
mr("h4", "{role} at {co}", "Molo {n},\n\nWe've decided to take {role} another way and give the hours to a part-time person we already know from our Butterworth shop.\n\nEnkosi,\n{sig}", "Butterworth Cellphone Traders", "bwcellphones", role="Repair Assistant", tz="xh")
mr("h5", "Re {role}", "Hi {n},\n\nOther candidates matched the brief for {role} a bit more closely, especially on sage accounts, so we're pressing ahead with them.\n\nCheers,\n{sig}\n{co}", "Hereford Cider Mill", "herefordcider", role="Bookkeeper", tz="uk")
mr("h6", "{role}", "Hi {n},\n\nWe'll be filling {role} through the agency we already use for the sheds, so the post isn't being taken forward in-house.\n\nNgā mihi,\n{sig}\n{co}", "Waipukurau Shearing Sheds", "waipukshear", role="Wool Handler", tz="nz")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call – {role}", "Hi {n},\n\nGood talking Tuesday. The client settled on another candidate for {role}; still, I've a {x} opening that suits you. Okay if I send your CV across?\n\n{sig}\n{co}", ("Forth Coast Recruitment", "Kalahari Staffing"), ("forthcoastrec", "kalaharistaff"), role=("Warehouse Lead", "Warehouse Lead"), x=("Rosyth night-shift picker", "Francistown dispatch clerk"), tz=("fi", "bw"))
mr("r2", "After our chat", "Hi {n},\n\nThanks for the call. For {role} our client plumped for another person. That said, there's a {x} role I'd like to send you for — free for a quick ring tomorrow?\n\n{sig}", ("Malabar Talent Partners", "Cabot Trail Staffing"), ("malabartalent", "cabottrailstaff"), role=("Support Engineer", "Support Engineer"), x=("Kochi L2 support", "Sydney NS helpdesk"), tz=("tv", "cb"))
mr("r3", "Your {role} application", "Wah gwaan {n},\n\nDi client tek a next person fi {role}. But mi have a hotel job in Puerto Viejo weh suit yuh good. Yuh interested?\n\n{sig}\n{co}", "Caribbean Coast Recruiters", "caribcoastrec", role="Night Auditor", tz="cr")
mr("r4", "{role} result", "Sain baina uu {n},\n\nAfter our phone talk, client decide other candidate for {role}. But I have new vacancy: Zaisan apartment complex caretaker. I can send your CV?\n\n{sig}\n{co}", "Steppe Talent Agency", "steppetalent", role="Facilities Assistant", tz="mn")
mr("r5", "Following up", "Molo {n},\n\nGreat speaking yesterday. The {role} job went elsewhere, I'm sorry. Mind if I put you up for a payroll clerk post in East London?\n\n{sig}\n{co}", "Amathole Recruitment", "amatholerec", role="Accounts Clerk", tz="xh")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: referral notice", "Dear {n},\n\nVacancy {ref} ({role}). You met the minimum standard; however your rated score sat under the band the selecting official received, which closes your file.\n\n{co}\nHuman Resources", ("Fife Council Roads Department", "Cape Breton Regional Municipality"), ("fife-roads", "cbrm-hr"), role=("Roads Inspector", "Transit Dispatcher"), tz=("fi", "cb"))
mr("p2", "Application for {role}: eligibility", "Dear {n},\n\n{role}: ruled ineligible — at closing we lacked {x}. Nothing further happens with it.\n\n{co}", ("Francistown City Council", "Kerala Public Service Office, Thiruvananthapuram"), ("ftown-council", "kpso-tvm"), role=("Revenue Clerk", "Lower Division Clerk"), x=("your Omang, certified by a commissioner", "a non-creamy-layer certificate"), tz=("bw", "tv"))
mr("p3", "Cancellation of vacancy {ref}", "Dear {n},\n\nVacancy {ref} for {role} is pulled by the department, with nobody appointed. Every application lodged, yours too, is now closed.\n\n{co}", ("Municipalidad de Limón, Human Resources", "Buffalo City Metro Human Resources"), ("limon-muni", "bcmm-hr"), role=("Port Liaison Officer", "Water Meter Reader"), tz=("cr", "xh"))
mr("p4", "Written examination result", "Dear {n},\n\nWritten examination, {role}: your mark was {x}. The interview list takes marks from the cut-off upward, which ends your candidacy.\n\n{co}", ("Ulaanbaatar City Civil Service Council", "Scottish Fire Academy, Fife"), ("ub-civilservice", "sfa-fife"), role=("District Inspector", "Trainee Firefighter"), x=("47 of 100 (cut-off 60)", "52% (cut-off 65%)"), tz=("mn", "fi"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\n{role} — status changed to: not being considered any more.\n\n{co} Careers", ("Dalgety Bay Dental", "Jwaneng Mine Services"), ("dbdental", "jwanengsvc"), frm=ATS, role=("Dental Nurse", "Plant Clerk"), tz=("fi", "bw"))
mr("s2", "Application status changed", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> (ID {ref}) is <b>no longer being considered</b>.</p><p>{co}</p></body></html>", ("Pettah Mobile Accessories", "North Sydney Ferry Terminal"), ("pettahmobile", "nsydferry"), frm=ATS, role=("Store Associate", "Ramp Attendant"), tz=("tv", "cb"))
mr("s3", "Update on your application", "<html><body><div>Dear {n},</div><div>Application: {role}</div><div>Current status: <span>Not under consideration</span></div><div>{co} Talent</div></body></html>", ("Sukhbaatar Square Hotel", "Bluff Fish Market"), ("sukhbaatarhotel", "bufffish"), frm=ATS, role=("Night Porter", "Fishmonger"), tz=("mn", "xh"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – decision", "Dear {n},\n\nThe {x} board has finished its sift, and this intake holds no place for you.\n\n{sig}\n{co}", ("Rosyth Dockyard", "Technopark Incubator"), ("rosythdock", "tpincubator"), x=("2026 Engineering Apprenticeship", "Summer Internship 2026"), tz=("fi", "tv"))
mr("i2", "{x}", "Dear {n},\n\nThe {x} drew a deep pool this year, and yours stops short of the assessment centre.\n\nRegards,\n{sig}, {co}", ("Debswana Graduate Office", "Nova Scotia Power Graduate Office"), ("debgrad", "nspgrad"), x=("Sebina Graduate Intake", "New Graduate Rotation"), tz=("bw", "cb"))
mr("i3", "{x} outcome", "Hi {n},\n\nOnce interviews for the {x} wrapped up, every place was allotted, none of them to you.\n\n{sig}\n{co}", ("Costa Rica Rainforest Institute", "Khan Bank Internship Desk"), ("crrainforest", "khanbankintern"), x=("Field Research Internship", "Summer Banking Internship"), tz=("cr", "mn"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c1", "We've got your application: {role}", "Hi {n},\n\nYour application for {role} (Req {ref}) has arrived. Its badge reads Under Review for now; the badge can later turn to Interview, Offer, or Not Selected - Another Applicant Progressed.\n\n{co} Talent Acquisition", ("Kirkcaldy Linoleum Heritage Ltd", "Gaborone Road Borehole Services"), ("kirkcaldylino", "gaboreholes"), frm=ATS, role=("Events Assistant", "Pump Mechanic"), tz=("fi", "bw"))
mo("application_received", "c2", "Thanks for applying – {role}", "Hello {n},\n\n{role}: your form is with us. A work sample comes next; if the panel halts you after it, you'll be told straight.\n\n{sig}\n{co}", ("Technopark Payroll Systems", "Glace Bay Marine Insurance"), ("tpayrollsys", "glacebaymarine"), role=("Test Engineer", "Underwriting Assistant"), tz=("tv", "cb"))
mo("application_received", "c3", "{co}: application in", "Hi {n},\n\n{role} application safely landed. Whatever the verdict, your details rest in the Skelbourne talent pool a year.\n\n— {sig}", ("Zuunmod Cashmere Combing", "Mthatha Solar Kiosks"), ("zuunmodcashmere", "mthathasolar"), role=("Dyehouse Assistant", "Battery Technician"), tz=("mn", "xh"))
mo("application_received", "c4", "Application {ref} received", "<html><body><p>Dear {n},</p><p>Application {ref} for {role} is logged. Possible stages:</p><table border='1'><tr><td>Received</td><td>Interview</td><td>Offer</td><td>Closed – candidate not chosen</td></tr></table><p>{co} Recruitment</p></body></html>", ("Cahuita Reef Dive Lodge", "Anstruther Lifeboat Café"), ("cahuitadive", "anstruthercafe"), frm=ATS, role=("Boat Crew", "Barista"), tz=("cr", "fi"))
mo("application_received", "c5", "{role}: we have your form", "Dear {n},\n\n{role} form logged. Screening bins any form lacking a {x} automatically, so do check your upload.\n\n{co} HR", ("Selebi-Phikwe Haulage", "Ulaanbaatar Coal Logistics"), ("sphaulage", "ubcoallog"), role=("Low-bed Driver", "Forklift Operator"), x=("Code 14 licence", "Class D driving permit"), tz=("bw", "mn"))
mo("application_received", "c6", "Requisition {ref}: submission received", "Dear {n},\n\nRequisition {ref} ({role}) holds your submission now. If another applicant fills it, the record goes Inactive, and you get an email.\n\n{co} Staffing", ("Sydney Mines Hearing Clinic", "Vizhinjam Port Canteens"), ("sydminehearing", "vizhcanteen"), frm=ATS, role=("Audiology Assistant", "Cashier"), tz=("cb", "tv"))
mo("application_received", "c7", "Thanks, {n}", "Hi {n},\n\nCheers for the {role} application at {co}. Shortlisted folk get a ring within ten days; silence after that means others got the nod.\n\n{sig}", ("Gqeberha Kite Surf School", "Puerto Viejo Cacao Tours"), ("gqkitesurf", "pvcacao"), role=("Shop Assistant", "Tasting Host"), tz=("xh", "cr"))
mo("application_received", "c8", "{role}: received", "Dear {n},\n\nTa — the manager now has your {role} application. Should someone with more cold-chain years land it, an email tells you.\n\n{sig}\n{co}", ("Leven Ice Cream Parlour Group", "Kochi Seafood Exports"), ("levenicecream", "kochiseaexp"), role=("Freezer Operative", "Dispatch Clerk"), tz=("fi", "tv"))
mo("application_received", "c9", "Sain baina uu {n}", "Sain baina uu {n},\n\nYour paper for {role} is receive. Committee choose other person — you get letter. You pass — we call you.\n\nBayarlalaa,\n{sig}\n{co}", ("Khan-Uul Felt Boots LLC", "Darkhan Cement Supplies"), ("khanuulfelt", "darkhancement"), role=("Cashier", "Driver"), tz="mn")
mo("application_received", "c10", "{role}: next is the online test", "Hi {n},\n\n{role} application logged. An online test follows; a score under the interview band closes things, a higher one brings a call.\n\n{co} Hiring", ("Francistown Mobile Money Hub", "Dysart Bakery Co"), ("ftownmomo", "dysartbakes"), frm=ATS, role=("Float Officer", "Pastry Hand"), tz=("bw", "fi"))
mo("application_received", "c11", "Wah gwaan {n}", "Mawnin {n},\n\nWi get yuh paper fi {role}. Di boss a go look pon it next week. If him pick a next person, mi send yuh a message, same way if him pick yuh.\n\n{sig}\n{co}", ("Limón Banana Crate Works", "Portete Boat Repairs"), ("limoncrates", "porteteboats"), role=("Forklift Man", "Welder Helper"), tz="cr")
mo("application_received", "c12", "{role}: design write-up", "Hi {n},\n\n{role} application received. Our CTO wants a short design write-up next; go or no-go, a human on the team answers every write-up.\n\n{sig}\n{co}", ("Kazhakoottam Drone Mapping", "Port Hawkesbury Grid Analytics"), ("kzdronemap", "phgridanalytics"), role=("Frontend Developer", "ML Engineer"), tz=("tv", "cb"))
mo("application_received", "c13", "{role} list", "Hi {n},\n\nYour name's down on the {role} waiting list. Old hands from last year get first dibs; should they take every spot, you're told ahead of the season.\n\n{sig}\n{co}", ("Crail Potato Lifting Crew", "Tuli Block Game Lodge"), ("crailtatties", "tuliblock"), role=("Picker", "Camp Cook"), tz=("fi", "bw"))
mo("application_received", "c14", "Vacancy {ref}: application received", "Dear {n},\n\nVacancy {ref} ({role}): application logged. Once the referral list issues, everyone not on it is sent a notice.\n\n{co}", ("Fife Council Roads Department", "Cape Breton Regional Municipality"), ("fife-roads", "cbrm-hr"), role=("Streetworks Officer", "Bylaw Clerk"), tz=("fi", "cb"))
mo("application_received", "c15", "{role}: acknowledgement", "Dear {n},\n\nReceipt noted for {role}. A file lacking any required document is declared ineligible; full files move to shortlisting.\n\n{co}", ("Francistown City Council", "Kerala Public Service Office, Thiruvananthapuram"), ("ftown-council", "kpso-tvm"), role=("Library Assistant", "Typist"), tz=("bw", "tv"))
mo("application_received", "c16", "Your application: {role}", "Hi {n},\n\n{role} application queued (ID {ref}). Later badges may show In Review, Interview Scheduled, Offer, No Longer Under Consideration.\n\n{co} Careers", ("Dalgety Bay Dental", "Jwaneng Mine Services"), ("dbdental", "jwanengsvc"), frm=ATS, role=("Receptionist", "Stores Clerk"), tz=("fi", "bw"))
mo("application_received", "c17", "{x}: application received", "Dear {n},\n\nMany thanks for your {x} form. Place or none, every applicant hears by letter once next month closes.\n\n{sig}\n{co}", ("Rosyth Dockyard", "Technopark Incubator"), ("rosythdock", "tpincubator"), x=("2026 Engineering Apprenticeship", "Summer Internship 2026"), tz=("fi", "tv"))
mo("application_received", "c18", "{x}: you're in the pool", "Dear {n},\n\n{x} application complete. Should the assessment centre pass you by, an email tells you; otherwise an invitation turns up.\n\n{sig}, {co}", ("Debswana Graduate Office", "Nova Scotia Power Graduate Office"), ("debgrad", "nspgrad"), x=("Sebina Graduate Intake", "New Graduate Rotation"), tz=("bw", "cb"))
mo("application_received", "c19", "{role} – thanks", "Hello {n},\n\n{role} form in, thanks. Only matching profiles hear from our team; the others stay filed six months.\n\n{sig}{FOOT}", ("Kelloway Ferries Fife", "Kelloway Ferries Cape Breton"), ("kellowayfife", "kellowaycb"), role=("Purser", "Deck Cadet"), tz=("fi", "cb"))
mo("application_received", "c20", "{role} – received", "Hi {n},\n\n{role} application arrived. Good news or not, our recruiter phones you before month end.\n\n{sig}\n{co}", ("Kinghorn Caravan Park", "Ingonish Ski Hill"), ("kinghorncaravans", "ingonishski"), role=("Groundskeeper", "Rental Technician"), tz=("fi", "cb"))
mo("application_received", "c21", "Received: {role}", "Dear {n},\n\nYour {role} CV is here. Should the company take the post another way, we'll drop you a note.\n\n{sig}\n{co}", ("Maun Tour Bookings", "Varkala Surf Rentals"), ("mauntours", "varkalasurf"), role=("Reservations Clerk", "Board Repairer"), tz=("bw", "tv"))
mo("application_received", "c22", "Thanks for applying, {n}", "Hi {n},\n\n{role} application safe with us. An email goes to the unchosen within three weeks; the chosen get a phone call.\n\n{sig}, {co}", ("Cariari Produce Transport", "Nalaikh Freight"), ("cariaritrans", "nalaikhfreight"), role=("Mechanic", "Loader"), tz=("cr", "mn"))
mo("application_received", "c23", "{role} with {co}", "Hi {n},\n\nCV received, ta. It reaches the {role} client today; a pass from them still leaves you in view for what turns up.\n\n{sig}\n{co}", ("Forth Coast Recruitment", "Kalahari Staffing"), ("forthcoastrec", "kalaharistaff"), role=("Team Leader", "Team Leader"), tz=("fi", "bw"))
mo("application_received", "c24", "Application received – {role}", "Dear {n},\n\n{role} application registered. Nobody gets a personal message if left off the shortlist; the list goes up on the notice board.\n\n{co}", ("Municipalidad de Limón, Human Resources", "Buffalo City Metro Human Resources"), ("limon-muni", "bcmm-hr"), role=("Records Clerk", "Traffic Warden"), tz=("cr", "xh"))
mo("application_received", "c25", "Exam registration: {role}", "Dear {n},\n\n{role}: your written examination seat is booked. Below the cut-off the candidacy ends; above it, interview follows.\n\n{co}", ("Ulaanbaatar City Civil Service Council", "Scottish Fire Academy, Fife"), ("ub-civilservice", "sfa-fife"), role=("Tax Officer", "Control Room Operator"), tz=("mn", "fi"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "Interview: {role}", "Hi {n},\n\nCould you come in about {role} on {dl}, ten sharp? Unfortunately the front door is being repainted, so please use the side gate.\n\n{sig}\n{co}", ("Kirkcaldy Linoleum Heritage Ltd", "Gaborone Road Borehole Services"), ("kirkcaldylino", "gaboreholes"), role=("Visitor Centre Assistant", "Drilling Rig Helper"), tz=("fi", "bw"))
mo("interview", "v2", "Onsite day for {role}", "Hello {n},\n\nYour work sample went well — the onsite is {dl}. Sadly the coffee machine has been sulking for a week.\n\n{sig}\n{co}", ("Technopark Payroll Systems", "Glace Bay Marine Insurance"), ("tpayrollsys", "glacebaymarine"), role=("QA Analyst", "Claims Handler"), tz=("tv", "cb"))
mo("interview", "v3", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nThanks for the note. Meeting the owner on {dl} — does that suit? Annoyingly our kettle's conked out; flask advised.\n\n{sig}\n\n{OUT}", ("Burntisland Boatyard", "Kasane Safari Stores"), ("burntislandyard", "kasanestores"), role=("Yard Hand", "Stores Assistant"), tz=("fi", "bw"))
mo("interview", "v4", "RE: [EXT] Re: Panel chat, Stores", "Dear {n},\n\nThanks. A second talk, {dl}, two o'clock, if you can. Regrettably the meeting-room AC has failed, so dress light.\n\n{sig}\n\n{GM}", ("Kovalam Spice Warehouse", "Sydney River Cold Storage"), ("kovalamspice", "sydrivercold"), role="Stores Assistant", tz=("tv", "cb"))
mo("interview", "v5", "Sain baina uu {n} – interview", "Sain baina uu {n},\n\nInterview for you {dl}, 11:00, our office. Unfortunately heating is weak in winter, please wear warm coat.\n\n{sig}\n{co}", ("Khan-Uul Felt Boots LLC", "Darkhan Cement Supplies"), ("khanuulfelt", "darkhancement"), role="Sales Assistant", tz="mn")
mo("interview", "v6", "Wah gwaan {n} – come see we", "Mawnin {n},\n\nDi boss want fi see yuh {dl}, nine o'clock. Bad news, di dock road bruk up, suh walk from di bus stop.\n\n{sig}\n{co}", ("Limón Banana Crate Works", "Portete Boat Repairs"), ("limoncrates", "porteteboats"), role="Crate Nailer", tz="cr")
mo("interview", "v7", "Molo {n} – interview", "Molo {n},\n\nCome meet us on {dl} at 13:00 for {role}. Sadly the wind is forecast to howl, so the beach part may be short.\n\nEnkosi,\n{sig}\n{co}", ("Gqeberha Kite Surf School", "Mthatha Solar Kiosks"), ("gqkitesurf", "mthathasolar"), role=("Beach Instructor", "Field Installer"), tz="xh")
mo("interview", "v8", "Interview invitation – {role}", "Dear {n},\n\n{role} shortlist: you're on it; interviews run {dl}. Unfortunately office parking is scarce; the bus is your friend.\n\n{co}", ("Fife Council Roads Department", "Cape Breton Regional Municipality"), ("fife-roads", "cbrm-hr"), role=("Roads Inspector", "Transit Dispatcher"), tz=("fi", "cb"))
mo("interview", "v9", "{x}: assessment centre", "Dear {n},\n\nA seat at the {x} assessment centre on {dl} is yours. Sorry, the dock gates open late that day; allow time at security.\n\n{sig}\n{co}", ("Rosyth Dockyard", "Debswana Graduate Office"), ("rosythdock", "debgrad"), x=("2026 Engineering Apprenticeship", "Sebina Graduate Intake"), tz=("fi", "bw"))
mo("next_steps", "n1", "Next step: online test for {role}", "Hi {n},\n\n{role} online test: finish it by {dl}; one snag, unfortunately the test only runs in Chrome.\n\n{co} Hiring", ("Francistown Mobile Money Hub", "Dysart Bakery Co"), ("ftownmomo", "dysartbakes"), frm=ATS, role=("Agent Supervisor", "Shift Baker"), tz=("bw", "fi"))
mo("next_steps", "n2", "Design exercise – {role}", "Hi {n},\n\nNext step for {role}: a design exercise, due {dl}. Sadly our shared drive is flaky this week, so email the PDF instead.\n\n{sig}\n{co}", ("Kazhakoottam Drone Mapping", "Port Hawkesbury Grid Analytics"), ("kzdronemap", "phgridanalytics"), role=("Backend Developer", "Data Engineer"), tz=("tv", "cb"))
mo("next_steps", "n3", "Documents needed: {role}", "Dear {n},\n\nTo continue with {role}, please upload your {x} by {dl}. Regrettably the portal rejects phone photos taken sideways, so scan them flat.\n\n{co} HR", ("Selebi-Phikwe Haulage", "Ulaanbaatar Coal Logistics"), ("sphaulage", "ubcoallog"), role=("Tipper Driver", "Yard Loader"), x=("Code 14 licence", "Class D driving permit"), tz=("bw", "mn"))
mo("next_steps", "n4", "Your next step – {role}", "Hi {n},\n\nThe client wants a short video intro for {role} by {dl}. Sorry it's short notice — their portal is clunky, but it works on a phone.\n\n{sig}\n{co}", ("Malabar Talent Partners", "Cabot Trail Staffing"), ("malabartalent", "cabottrailstaff"), role="Support Engineer", tz=("tv", "cb"))
mo("next_steps", "n5", "Medical and references – {role}", "Dear {n},\n\nYour pre-employment medical for {role} wants booking ahead of {dl}. Unfortunately the clinic's doctor is on leave the first week.\n\n{sig}\n{co}", ("Sydney Mines Hearing Clinic", "Vizhinjam Port Canteens"), ("sydminehearing", "vizhcanteen"), role=("Front Desk Coordinator", "Kitchen Supervisor"), tz=("cb", "tv"))
mo("offer", "o1", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely news: we'd welcome you as {role}, first day {dl}. Annoyingly the yard's only tap is frozen, so bring a bottle.\n\n{sig}\n\n{ORIG}", ("Limón Port Chandlers", "Gaborone West Timber"), ("limonchandlers", "gabwesttimber"), role="Stores Assistant", tz=("cr", "bw"))
mo("offer", "o2", "Offer: {role}", "Dear {n},\n\n{co} would love you as {role}. Sign and send back before {dl}. Unfortunately our stamp pad has dried up, so a signature alone will do.\n\n{sig}", ("Leven Ice Cream Parlour Group", "Kochi Seafood Exports"), ("levenicecream", "kochiseaexp"), role=("Stock Controller", "Cold Store Clerk"), tz=("fi", "tv"))
mo("offer", "o3", "Offer of a place – {role}", "Hi {n},\n\nGood news: a place on the {role} crew is yours, first shift {dl}. Bad luck on the weather — the forecast is dreadful, so bring waterproofs.\n\n{sig}\n{co}", ("Crail Potato Lifting Crew", "Tuli Block Game Lodge"), ("crailtatties", "tuliblock"), role=("Picker", "Camp Helper"), tz=("fi", "bw"))
mo("offer", "o4", "Welcome aboard, {n}", "Hi {n},\n\nJoin us as {role} from {dl}? Sadly the chairlift staff pass takes a week to print, so queue as a visitor at first.\n\n{sig}\n{co}", "Ingonish Ski Hill", "ingonishski", role="Lift Attendant", tz="cb")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "g1", "Status update: {role}", "Hi {n},\n\n{role}: status now With Hiring Manager. Nothing to do your side.\n\n{co} Careers", ("Dalgety Bay Dental", "Jwaneng Mine Services"), ("dbdental", "jwanengsvc"), frm=ATS, role=("Dental Nurse", "Plant Clerk"), tz=("fi", "bw"))
mo("other_job", "g2", "Withdrawal confirmed", "Hi {n},\n\nDone: your {role} application is withdrawn as requested. Reapply whenever suits.\n\n{co} Careers", ("Pettah Mobile Accessories", "North Sydney Ferry Terminal"), ("pettahmobile", "nsydferry"), frm=ATS, role=("Store Associate", "Ramp Attendant"), tz=("tv", "cb"))
mo("other_job", "g3", "{role}: hiring paused", "Dear {n},\n\n{role} hiring waits on March's new budget. Your application stays live till then.\n\n{sig}\n{co}", ("Sukhbaatar Square Hotel", "Bluff Fish Market"), ("sukhbaatarhotel", "bufffish"), role=("Night Porter", "Fishmonger"), tz=("mn", "xh"))
mo("job_alert", "j1", "Marshwick Jobmail: 3 new roles near you", "Hi {n},\n\nNew this week: Ferry Deckhand (Burntisland), Café Supervisor (Kinghorn), Stores Clerk (Rosyth). Sorry, map view is having a day off.\n\n{sig}{FOOT}", "Kelloway Ferries Fife", "kellowayfife", role="Jobmail", tz="fi")
mo("recruiter_outreach", "w1", "A role you might like", "Hi {n},\n\nYour profile popped up in our search; a client's {x} seat looks cut out for you. Could we ring you for ten minutes this week?\n\n{sig}\n{co}", ("Malabar Talent Partners", "Steppe Talent Agency"), ("malabartalent", "steppetalent"), x=("logistics coordinator", "hotel supervisor"), tz=("tv", "mn"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nThe credit panel turned down your home-improvement loan request this month. A review may be asked for inside 30 days.\n\n{sig}\n{co}", ("Fife Mutual Building Society", "Cape Breton Credit Union"), ("fifemutual", "cbcreditunion"), tz=("fi", "cb"))
mo("non_job_rejection_words", "l2", "Ballot result", "Hi {n},\n\nThe {x} ballot is drawn. Unfortunately the draw skipped your entry this year.\n\n{sig}\n{co}", ("Francistown Marathon Office", "Naadam Festival Tickets"), ("ftownmarathon", "naadamtickets"), x=("marathon entries", "stadium seats"), tz=("bw", "mn"))
mo("non_job_rejection_words", "l3", "Parking slot at Vazhuthacaud", "Dear {n},\n\nSorry, the Vazhuthacaud house-owner has declined your request for a two-wheeler parking slot. Other buildings will be intimated to you.\n\n{sig}\n{co}", "Pattom Property Brokers", "pattomprop", tz="tv")
mo("non_job_rejection_words", "l4", "Club membership", "Dumela {n},\n\nRe a leboga for applying to join the Francistown Chess Club. Sadly the adult list is full up this year and no place is free. Try us again come January.\n\n{sig}\n{co}", "Francistown Chess Club", "ftownchess", tz="bw")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n(applied via Quenbarrow{ch}, a Quenbarrow trades listing)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Recruitment <apply@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Alder", "Dundee Chainlinking Works", "dundeechain", "uk", ("Chainlinking operative", "Hi {n},\n\nOur chainlinking operative post goes to somebody who ran the big crimping press already, so yours closes.\n\n{sig}"), ("application_received", "Chainlinking operative: received", "Hi {n},\n\nGot your application for chainlinking operative. Picked or not, an email by month's end.\n\n{sig}"))
pair("e2", "Beech", "Galway Glasseyemaking Studio", "galwayglasseye", "ie", ("Glasseyemaking apprentice", "Dear {n},\n\nYour request to train in glasseyemaking fell short of this spring's shortlist. Grateful you wrote.\n\n{sig}"), ("interview", "Glasseyemaking apprentice: visit", "Dear {n},\n\nDrop by the studio {dl} and see the glasseyemaking bench. Unfortunately the kiln room runs too hot for guests; we'll chat in the office.\n\n{sig}"))
pair("e3", "Cherry", "Bozeman Taxidermying Co", "bozemantaxi", "usm", ("Taxidermying assistant", "Hi {n},\n\nWe went with an applicant from our own hunting-season crew for the taxidermying assistant job. Thanks for the interest.\n\n{sig}"), ("next_steps", "Taxidermying assistant: sample piece", "Hi {n},\n\nPhotos of one sample mount for taxidermying assistant, please, by {dl}. Sorry, our inbox chokes on anything past 5 MB.\n\n{sig}"))
pair("e4", "Dogwood", "Hobart Cobblelaying Crew", "hobartcobble", "au", ("Cobblelaying labourer", "G'day {n},\n\nCobblelaying labourer spots are gone for this job — the council wanted locals from the street works list. Ta for applying.\n\n{sig}"), ("offer", "Cobblelaying labourer: start date", "G'day {n},\n\nYou're in for cobblelaying labourer, starting {dl}. Bad news on the ute though, it's in the shop, so get a lift to site.\n\n{sig}"))
pair("e5", "Elder", "Auckland Dredgeminding Services", "akldredge", "nz", ("Dredgeminding deckhand", "Kia ora {n},\n\nThe dredgeminding deckhand berth went to a skipper's nephew with two seasons aboard. Thanks for your application.\n\n{sig}"), ("application_received", "Dredgeminding deckhand: in", "Kia ora {n},\n\nDredgeminding deckhand application here. Should the skipper pick another, a text comes your way.\n\n{sig}"))
pair("e6", "Fig", "Durban Palletmending Yard", "durbanpallet", "za", ("Palletmending hand", "Hi {n},\n\nYour palletmending application ends here; the yard wants a forklift driver as well.\n\n{sig}"), ("interview", "Palletmending hand: chat", "Hi {n},\n\nYard visit {dl}, 08:00, about palletmending? Sadly the gate buzzer is broken, so phone from outside.\n\n{sig}"))
pair("e7", "Ginkgo", "Kumasi Reedsawing Workshop", "kumasireed", "gh", ("Reedsawing trainee", "Dear {n},\n\nWe received many requests for the reedsawing trainee place. Another applicant from Ejisu has been chosen.\n\n{sig}"), ("application_received", "Reedsawing trainee: received", "Dear {n},\n\nReedsawing trainee request received. Chosen or not, a message follows selection day.\n\n{sig}"))
pair("e8", "Holly", "Nakuru Beehivewrapping Co-op", "nakuruhive", "ke", ("Beehivewrapping helper", "Dear {n},\n\nThe co-op committee has given the beehivewrapping helper post to a member's daughter. We thank you for applying.\n\n{sig}"), ("next_steps", "Beehivewrapping helper: form", "Dear {n},\n\nBeehivewrapping helper: the co-op membership form is due {dl}. Unfortunately the printer is dead; use the online copy.\n\n{sig}"))
pair("e9", "Iris", "Falmouth Mastoiling Ltd", "falmouthmast", "uk", ("Mastoiling rigger", "Hi {n},\n\nOur mastoiling rigger vacancy went to a climber with rope-access tickets. Thanks for thinking of us.\n\n{sig}"), ("offer", "Mastoiling rigger: offer", "Hi {n},\n\nMastoiling rigger is yours from {dl}. Regrettably the harbour café shuts in winter, so pack lunch.\n\n{sig}"))
pair("e10", "Jasmine", "Lautoka Canegrinding Mill", "lautokacane", "fj", ("Canegrinding shift hand", "Bula {n},\n\nCanegrinding shift hand places this crushing season are all taken; the mill has no room for you.\n\n{sig}"), ("application_received", "Canegrinding shift hand: received", "Bula {n},\n\nWe have your canegrinding shift hand form. Only those picked get a call before the crushing season; keep your phone on.\n\n{sig}"))
pair("e11", "Kale", "Crewe Locomotivewiping Depot", "crewelocos", "uk", ("Locomotivewiping cleaner", "Hi {n},\n\nThe depot manager has picked someone from the agency for locomotivewiping cleaner. Your application is closed.\n\n{sig}"), ("interview", "Locomotivewiping cleaner: interview", "Hi {n},\n\nDepot chat about locomotivewiping, {dl}? Unfortunately contractors hog the car park, so come by train.\n\n{sig}"))
pair("e12", "Laurel", "Brighton Piergreasing Services", "brightonpier", "uk", ("Piergreasing fitter", "Hi {n},\n\nPiergreasing fitter went to a person with longer rides experience. Ta for applying.\n\n{sig}"), ("next_steps", "Piergreasing fitter: ticket check", "Hi {n},\n\nPiergreasing fitter: scan in your working-at-height ticket by {dl}. Sorry, no fax here any more.\n\n{sig}"))
pair("e13", "Maple", "Cork Oysterseeding Co", "corkoyster", "ie", ("Oysterseeding operative", "Dear {n},\n\nThe oysterseeding operative job went to someone who has worked the trestles before. We appreciate your interest.\n\n{sig}"), ("offer", "Oysterseeding operative: offer", "Dear {n},\n\nThe oysterseeding operative job is yours from {dl} if that suits. Unfortunately our only waders in stock are size 10.\n\n{sig}"))
pair("e14", "Nutmeg", "Halifax Cranedriving School", "hfxcrane", "cb", ("Cranedriving instructor", "Hi {n},\n\nFor cranedriving instructor we've chosen an applicant already holding the provincial examiner card. Thank you.\n\n{sig}"), ("application_received", "Cranedriving instructor: received", "Hi {n},\n\nCranedriving instructor application in. Yea or nay, the board's answer comes by phone.\n\n{sig}"))
pair("e15", "Olive", "Perth Turntablegreasing Ltd", "perthturntable", "wa", ("Turntablegreasing technician", "Hi {n},\n\nThanks for your turntablegreasing technician application. We've hired internally for this one.\n\n{sig}"), ("interview", "Turntablegreasing technician: interview", "Hi {n},\n\nCome in on {dl} at 09:30 about turntablegreasing. Sadly the site canteen is shut for refit.\n\n{sig}"))
pair("e16", "Poplar", "Saskatoon Silodraining Co", "saskasilo", "sas", ("Silodraining hand", "Hi {n},\n\nSilodraining hand has been filled by a farmer's son from Rosthern. We're grateful you applied.\n\n{sig}"), ("application_received", "Silodraining hand: received", "Hi {n},\n\nSilodraining hand application here. Another pick means a short email to you.\n\n{sig}"))
pair("e17", "Quince", "Mystic Capstanwinding Co", "mysticcapstan", "use", ("Capstanwinding deckhand", "Hi {n},\n\nThe capstanwinding deckhand job went to a crew member from last summer. Thanks for applying.\n\n{sig}"), ("next_steps", "Capstanwinding deckhand: swim test", "Hi {n},\n\nPlease book the swim test for capstanwinding deckhand before {dl}. Unfortunately the town pool is closed Mondays.\n\n{sig}"))
pair("e18", "Rowan", "Port of Spain Hulltarring Yard", "posthull", "tt", ("Hulltarring labourer", "Hi {n},\n\nThe yard boss gave the hulltarring labourer work to a man from Chaguaramas. Your application is closed, thanks.\n\n{sig}"), ("offer", "Hulltarring labourer: start", "Hi {n},\n\nYou can start as hulltarring labourer on {dl}. Bad news, the boots we give out are all big sizes.\n\n{sig}"))
pair("e19", "Sorrel", "Sheffield Plinthcarving Studio", "sheffplinth", "uk", ("Plinthcarving assistant", "Dear {n},\n\nWe've appointed a graduate from our evening class to the plinthcarving assistant post. Thank you for writing.\n\n{sig}"), ("application_received", "Plinthcarving assistant: received", "Dear {n},\n\nPlinthcarving assistant application logged. Picked or passed over, a letter comes.\n\n{sig}"))
pair("e20", "Teak", "Kingston Quarryblasting Ltd", "kgnquarry", "jm", ("Quarryblasting assistant", "Hi {n},\n\nQuarryblasting assistant went to someone with a current explosives permit. We won't take yours forward.\n\n{sig}"), ("interview", "Quarryblasting assistant: interview", "Hi {n},\n\nQuarry office, {dl}, please. Sadly rain churns the access road, so boots.\n\n{sig}"))
pair("e21", "Ulmus", "Ballarat Seedpelleting Co", "ballaratseed", "au", ("Seedpelleting operator", "G'day {n},\n\nWe've given the seedpelleting operator job to someone from the night crew. Cheers for applying.\n\n{sig}"), ("application_received", "Seedpelleting operator: received", "G'day {n},\n\nSeedpelleting operator application landed. Expect our answer, either way, by the fortnight's end.\n\n{sig}"))
pair("e22", "Violet", "Napa Vinetying Crew", "napavine", "usp", ("Vinetying crew member", "Hi {n},\n\nThe vinetying crew for this winter is filled with returning workers. Thank you for your application.\n\n{sig}"), ("offer", "Vinetying crew: offer", "Hi {n},\n\nVinetying work starts for you {dl} at the east block. Unfortunately our crew bus sits in the repair shop.\n\n{sig}"))
pair("e23", "Willow", "Singapore Zincrolling Works", "sgzinc", "sg", ("Zincrolling mill operator", "Dear {n},\n\nZincrolling mill operator: another candidate was selected. Grateful for the interest.\n\n{sig}"), ("next_steps", "Zincrolling mill operator: safety quiz", "Dear {n},\n\nPlease finish the online safety quiz for zincrolling by {dl} please. Sorry, our quiz page crawls on phones.\n\n{sig}"))
pair("e24", "Yew", "Queenstown Funicularoiling Ltd", "qtownfunicular", "nz", ("Funicularoiling technician", "Kia ora {n},\n\nThe funicularoiling technician role has gone to an engineer from our Wānaka site. Thanks for applying.\n\n{sig}"), ("interview", "Funicularoiling technician: interview", "Kia ora {n},\n\nCome up on {dl} to meet the funicularoiling team. Unfortunately the gondola is shut that morning, so take the track.\n\n{sig}"))
pair("e25", "Zelkova", "Manchester Velodromesanding Ltd", "manvelodrome", "uk", ("Velodromesanding technician", "Hi {n},\n\nA Salford floor finisher takes the velodromesanding technician post. Thanks for applying.\n\n{sig}"), ("application_received", "Velodromesanding technician: in", "Hi {n},\n\nVelodromesanding technician application in. Whichever way, an email follows.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Quenbarrow trades listing: new this week", "Hi {n},\n\nNew: tramlinedriving trainee (Leeds), lidocleaning attendant (Penzance), pagodagilding assistant (Bristol). Sorry, the map filter is napping for now.\n\n{sig}\nQuenbarrow", "Quenbarrow", "quenbarrow", frm="Quenbarrow Listings <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "plot", "Mooring request", "Hi {n},\n\nUnfortunately the Hesketh Marina can't give your dinghy a mooring; the pontoon list is closed for this year.\n\n{sig}\nHesketh Marina", "Hesketh Marina", "heskethmarina", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 23 twins (none for hi, th)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مصنع الدمام للزجاج المعشق", "dammamglass", "sa", ("طلب وظيفة فني تقطيع زجاج", "مرحباً {n}،\n\nوصلنا طلبك لوظيفة فني تقطيع الزجاج المعشق. ذهبت الوظيفة إلى حرفي من القطيف يعرف أفراننا جيداً، فأُغلق ملفك عندنا.\n\n{sig}"), ("interview", "دعوة لمقابلة", "مرحباً {n}،\n\nنرجو حضورك إلى المصنع يوم {dl} للتعارف مع المشرف. للأسف تعطل مكيف غرفة الاجتماعات، فسنجلس في الورشة.\n\n{sig}"))
lp("de", "de", "Sägewerk Hintermoos", "saegehintermoos", "de", ("Ihre Bewerbung als Holzsortierer", "Hallo {n},\n\nden Platz als Holzsortierer bekommt ein Mann aus Oberweiler, der unsere Bandsäge schon kennt. Ihre Unterlagen legen wir damit zu den Akten.\n\n{sig}"), ("application_received", "Eingang Ihrer Bewerbung", "Hallo {n},\n\nIhre Unterlagen als Holzsortierer liegen bei uns. Egal wie es ausgeht, binnen drei Wochen meldet sich das Sägewerk bei Ihnen.\n\n{sig}"))
lp("es", "es", "Conservas del Cantábrico Laredo", "conservaslaredo", "es", ("Puesto de envasadora", "Hola {n}:\n\nEl puesto de envasadora se lo queda una chica de Santoña que ya conoce la línea de anchoas. Tu candidatura se cierra aquí.\n\n{sig}"), ("next_steps", "Siguiente paso: reconocimiento médico", "Hola {n}:\n\nPara seguir con el puesto de envasadora, pide cita para el reconocimiento médico antes del {dl}. Por desgracia la clínica cierra los viernes por la tarde.\n\n{sig}"))
lp("fr", "fr", "Cidrerie du Pays d'Auge", "cidrerieauge", "fr", ("Votre candidature : caviste", "Bonjour {n},\n\nle poste de caviste revient à quelqu'un de Cambremer qui connaît déjà le pressoir. Votre dossier se referme donc là.\n\n{sig}"), ("offer", "Proposition d'embauche : caviste", "Bonjour {n},\n\nBonne nouvelle : la cave vous attend comme caviste dès le {dl}. Malheureusement, la cour du personnel sera bloquée par des engins ce mois-ci.\n\n{sig}"))
lp("hi", "hi", "जयपुर बंधेज कारखाना", "jaipurbandhej", "in", ("रंगाई सहायक पद", "नमस्ते {n},\n\nबंधेज रंगाई की जगह पर अब रमज़ान मियाँ बैठेंगे। आपकी अर्ज़ी यहीं ठहर गई।\n\n{sig}"))
lp("it", "it", "Caseificio Val Taleggio", "caseificiotaleggio", "it", ("Candidatura per casaro aiutante", "Buongiorno {n},\n\nil posto di aiutante casaro va a un ragazzo di Pizzino che segue già la stagionatura. La sua domanda finisce qui, con i nostri saluti.\n\n{sig}"), ("interview", "Colloquio: aiutante casaro", "Buongiorno {n},\n\npassi da noi il {dl} alle 9 per conoscerci. Purtroppo una frana blocca la provinciale, salga da Vedeseta.\n\n{sig}"))
lp("ja", "ja", "有田焼 窯元 青山", "aritaaoyama", "jp", ("絵付け助手の応募について", "{n}様\n\n絵付け助手にご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。\n\n{sig}"), ("application_received", "応募受付のお知らせ", "{n}様\n\n絵付け助手へのご応募を受け付けました。結果は採用・不採用にかかわらず、二週間以内にメールでお知らせします。\n\n{sig}"))
lp("ko", "ko", "통영 굴 양식장", "tongyeongoyster", "kr", ("양식장 작업자 지원 결과", "{n}님, 안녕하세요.\n\n양식장 작업자 자리는 욕지도 출신 경력자에게 돌아갔습니다. {n}님의 지원서는 여기서 마무리됩니다.\n\n{sig}"), ("next_steps", "다음 단계: 서류 제출", "{n}님, 안녕하세요.\n\n건강진단서는 {dl}까지 보내 주시면 됩니다. 아쉽게도 사무실 팩스가 멈춰서 사진으로 찍어 이메일로 부탁드려요.\n\n{sig}"))
lp("pt", "pt", "Cachaçaria Serra Azul", "cachacaserra", "br", ("Vaga de auxiliar de alambique", "Olá {n},\n\nA vaga de auxiliar de alambique ficou com um rapaz de Salinas que já mexe com a destilação. Seu cadastro fica encerrado aqui.\n\n{sig}"), ("offer", "Proposta: auxiliar de alambique", "Olá {n},\n\nA vaga de auxiliar de alambique é sua, começo em {dl}. Infelizmente o ônibus da fábrica quebrou e segue na oficina.\n\n{sig}"))
lp("ru", "ru", "Иркутская меховая фабрика", "irkutskfur", "ru", ("Вакансия закройщика", "Здравствуйте, {n}!\n\nместо закройщика досталось мастеру из Ангарска, который давно шьёт шубы. Ваша анкета на этом закрыта.\n\n{sig}"), ("offer", "Предложение о работе", "Здравствуйте, {n}!\n\nРады предложить вам должность закройщика с {dl}. К сожалению, столовая на ремонте, обед берите с собой.\n\n{sig}"))
lp("sw", "sw", "Kiwanda cha Chai Lushoto", "chailushoto", "tz", ("Nafasi ya mchuma chai", "Habari {n},\n\nAsante kwa maombi yako ya kazi ya mchuma chai. Tumemchagua mwombaji mwingine kutoka kijijini, hivyo maombi yako hayataendelea.\n\n{sig}"), ("application_received", "Tumepokea maombi yako", "Habari {n},\n\nOmbi lako la kuchuma chai limefika shambani. Upate au ukose, ujumbe wetu utakufikia mwisho wa mwezi.\n\n{sig}"))
lp("th", "th", "โรงงานผ้าไหมสุรินทร์", "surinsilk", "th", ("ผลการสมัครงานช่างทอผ้า", "เรียน คุณ{n}\n\nงานช่างทอผ้าไหมที่สุรินทร์ได้คนจากบ้านท่าสว่างไปแล้ว เรื่องสมัครของคุณจบเท่านี้\n\n{sig}"))
lp("tr", "tr", "Rize Çay Paketleme", "rizecay", "tr", ("Paketleme operatörü başvurusu", "Merhaba {n},\n\nPaketleme operatörlüğü, Çayeli'den makineyi zaten bilen bir arkadaşa verildi. Sizin dosyanız burada kapandı.\n\n{sig}"), ("interview", "Mülakat daveti", "Merhaba {n},\n\n{dl} sabahı tanışmak üzere fabrikaya bekleriz. Maalesef o gün servis aracı yok, dolmuşla gelin.\n\n{sig}"))
lp("ur", "ur", "ملتان نیلے برتن ورکشاپ", "multanpottery", "pk", ("کمہار معاون کی درخواست", "محترم {n}،\n\nکمہار معاون والی جگہ شجاع آباد کے استاد رفیق لے گئے۔ آپ کی فائل یہیں بند ہو گئی۔\n\n{sig}"), ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nدو تصویریں، ساتھ میں شناختی کارڈ کی نقل بھی، {dl} سے پہلے بھیج دیں۔ افسوس، ورکشاپ کا پرنٹر بند پڑا ہے۔\n\n{sig}"))
lp("zh", "zh", "景德镇青花瓷作坊", "jdzporcelain", "cn", ("关于拉坯学徒的申请", "{n}您好：\n\n感谢您应聘拉坯学徒一职。经过考虑，我们已选择了另一位有经验的应聘者，您的申请到此结束。\n\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n我们很高兴录用您为拉坯学徒，{dl}开始上班。遗憾的是宿舍热水器坏了，正在修理。\n\n{sig}"))
lp("slk", "slk", "Bryndziareň Liptov", "bryndzaliptov", "sk", ("Vaša žiadosť o miesto syrára", "Dobrý deň, {n},\n\nvďaka za prihlášku na miesto pomocného syrára. Vybrali sme iného uchádzača z okolia, preto vašu žiadosť ďalej neposudzujeme.\n\n{sig}"), ("next_steps", "Ďalší krok: zdravotný preukaz", "Dobrý deň, {n},\n\nprosíme, pošlite kópiu zdravotného preukazu do {dl}. Bohužiaľ náš skener je pokazený, stačí fotka z mobilu.\n\n{sig}"))
lp("lit", "lit", "Klaipėdos gintaro dirbtuvės", "klaipedagintaras", "lt", ("Dėl šlifuotojo darbo vietos", "Laba diena, {n},\n\nšlifuotojo vietą gavo meistras iš Palangos, jau dirbęs su gintaru. Jūsų paraiška čia baigiasi.\n\n{sig}"), ("interview", "Kvietimas į pokalbį", "Laba diena, {n},\n\nkviečiame į pokalbį {dl} 10 val. Deja, dirbtuvių kiemas remontuojamas, įeikite pro šoninius vartus.\n\n{sig}"))
lp("lav", "lav", "Kuldīgas maiznīca", "kuldigamaize", "lv", ("Par maiznieka palīga vietu", "Labdien, {n},\n\npaldies par pieteikumu maiznieka palīga amatam. Esam izvēlējušies citu kandidātu, tāpēc jūsu pieteikumu tālāk neizskatīsim.\n\n{sig}"), ("application_received", "Pieteikums saņemts", "Labdien, {n},\n\njūsu pieteikums maiznieka palīga amatam ir saņemts. Neatkarīgi no lēmuma mēs jums atbildēsim divu nedēļu laikā.\n\n{sig}"))
lp("ell", "ell", "Ελαιοτριβείο Μεσσηνίας", "elaiomessinia", "gr", ("Η αίτησή σας για χειριστή", "Καλημέρα {n},\n\nτη θέση χειριστή στο ελαιοτριβείο την πήρε ένας παλιός εργάτης από την Καλαμάτα. Ο φάκελός σας κλείνει εδώ.\n\n{sig}"), ("application_received", "Λάβαμε την αίτησή σας", "Καλημέρα {n},\n\nτο βιογραφικό σας για χειριστή ελαιοτριβείου έφτασε. Ναι ή όχι, ένα μήνυμα θα έρθει πριν τον τρύγο της ελιάς.\n\n{sig}"))
lp("heb", "heb", "מאפיית הגליל", "galilbakery", "il", ("מועמדות למשרת אופה", "שלום {n},\n\nמשרת האופה הלכה לאופה מצפת שכבר עבד אצלנו בחגים. התיק שלך נסגר כאן.\n\n{sig}"), ("application_received", "קיבלנו את מועמדותך", "שלום {n},\n\nקורות החיים שלך למשרת אופה התקבלו. בכל מקרה, נחזור אליך עם תשובה תוך שבועיים.\n\n{sig}"))
lp("fas", "fas", "کارگاه فرش‌بافی کاشان", "kashancarpet", "ir", ("درخواست شما برای بافنده", "سلام {n} عزیز،\n\nجای بافنده به استادکاری از آران رسید که دار قالی ما را می‌شناسد. پرونده شما همین‌جا بسته شد.\n\n{sig}"), ("next_steps", "مرحله بعد", "سلام {n} عزیز،\n\nلطفاً تا {dl} نمونه کار خود را ارسال کنید. متأسفانه ایمیل ما فایل‌های بزرگ را نمی‌پذیرد.\n\n{sig}"))
lp("ben", "ben", "নারায়ণগঞ্জ জামদানি ঘর", "jamdanighar", "bd", ("তাঁতি পদের আবেদন", "প্রিয় {n},\n\nজামদানির কাজটা রূপগঞ্জের হাশেম ভাই নিয়ে গেলেন। আপনার কাগজ এখানেই থামল।\n\n{sig}"), ("interview", "কারখানায় দেখা করার ডাক", "প্রিয় {n},\n\n{dl} বেলা এগারোটায় কারখানায় চা খেতে আসুন। আফসোস, সিঁড়ির বাতিটা জ্বলছে না।\n\n{sig}"))
lp("vie", "vie", "Xưởng nước mắm Phú Quốc", "nuocmamphuquoc", "vn", ("Kết quả ứng tuyển công nhân", "Chào {n},\n\nChỗ công nhân xưởng mắm đã giao cho một chú ở Hàm Ninh làm nghề lâu năm. Hồ sơ của bạn dừng ở đây.\n\n{sig}"), ("offer", "Thư mời nhận việc", "Chào {n},\n\nXưởng mắm nhận bạn vào làm từ {dl}. Tiếc là bếp ăn còn sửa, nhớ mang cơm hộp.\n\n{sig}"))
lp("ind", "ind", "Pabrik Batik Pekalongan", "batikpekalongan", "id", ("Lamaran pembatik", "Halo {n},\n\nPosisi pembatik sudah diisi ibu dari Kauman yang lama memegang canting di sini. Berkas Anda berhenti di sini.\n\n{sig}"), ("application_received", "Lamaran diterima", "Halo {n},\n\nBerkas pembatik Anda sudah sampai di pabrik. Apa pun hasilnya, kabar dari kami datang lewat email.\n\n{sig}"))
lp("tgl", "tgl", "Pagawaan ng Banig sa Basey", "baseybanig", "ph", ("Tungkol sa inyong aplikasyon", "Magandang araw, {n},\n\nAng puwesto bilang manlalala ng banig ay napunta kay Aling Nena ng Basey na matagal nang naglalala. Sarado na ang iyong aplikasyon sa amin.\n\n{sig}"), ("interview", "Imbitasyon sa panayam", "Magandang araw, {n},\n\nPuntahan mo kami sa {dl}, alas-nuwebe, para makapag-usap. Sayang, wala pang kuryente ang bodega.\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "heb": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 203; slice 203 (this one), slice 204 (written at the same time) and later ones are skipped by number."""
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
