# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-first sealed blind slice for issue 11 (blind-slice-161.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 161; slice 161, slice 162 and later never read; our side printed)
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

SEED = 1611611
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-161.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 161
SKIP_FROM = 161  # this slice, slice 162 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Iseabail MacAulay", "Lamin Touray", "Anjali Pillai", "Kerwin Dumas", "Tessa Rumbolt",
    "Ioana Stănescu", "Dimas Prasetyo", "Mairead Nic Leòid", "Fatou Sowe", "Sreelakshmi Nair",
    "Jaden Roberts-Crooks", "Bradley Mesher", "Andrei Munteanu", "Ayu Lestari", "Calum Morrison",
    "Binta Jobe", "Vishnu Menon", "Shenelle Job", "Roxanne Pardy", "Cristina Dobre",
    "Wahyu Santoso", "Eilidh MacIver", "Omar Bojang", "Nimmy Thomas", "Marlon Cordner",
    "Kayla Flowers", "Gheorghe Pop", "Putri Handayani", "Seonag Maciver", "Ousman Darboe",
    "Arjun Varghese", "Tiffany Gift", "Liam Oldford", "Raluca Iordache", "Rizky Hidayat",
]
REGION_SIGNERS = {
    "uk": ["Murdo MacLeod", "Peigi Campbell", "Donnie Macsween", "Harriet Fenwick", "Owen Castleford", "Rosalind Pike"],
    "ie": ["Clodagh Brennan", "Fergal Moriarty", "Niamh Cullinane"],
    "us": ["Lorraine Hatcher", "Terrell Banks", "Ingrid Solheim", "Wade Lassiter"],
    "ca": ["Darlene Penney", "Gordon Flowers", "Agnes Andersen", "Wilfred Broomfield"],
    "au": ["Kirrily Dawe", "Stavros Kallis", "Joanne Pettit"],
    "nz": ["Aroha Tipene", "Grant McKenzie", "Sione Fifita"],
    "za": ["Lindiwe Dube", "Johan Visagie", "Thabo Mokoena"],
    "gm": ["Isatou Njie", "Modou Ceesay", "Awa Jallow", "Ebrima Sanneh"],
    "in": ["Lakshmi Warrier", "Joseph Kurian", "Anoop Nambiar", "Divya Panicker"],
    "tt": ["Dexter Alfred", "Juliana Cadogan", "Curtis Yeates", "Natalie Trim"],
    "ro": ["Mihaela Georgescu", "Radu Ionescu", "Elena Vasilescu"],
    "id": ["Siti Rahmawati", "Bambang Sutrisno", "Dewi Kusuma"],
    "ke": ["Wanjiru Kamau", "Otieno Onyango"], "ng": ["Chiamaka Eze", "Tunde Bakare"],
    "sg": ["Lim Hui Min", "Rajesh Pillay"], "ph": ["Ma. Lourdes Santos", "Joel Macaraeg"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "lab": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سامر النجار"], "de": ["Gesine Hollmann", "Volker Strietzel"],
    "es": ["Amparo Villalba", "Ginés Carrasco"], "fr": ["Maëlle Dupuy", "Gaëtan Rivoire"],
    "hi": ["सुनीता खन्ना", "विवेक अग्रवाल"], "it": ["Ornella Sanna", "Piero Gallo"],
    "ja": ["高橋 美和", "松本 隆"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Quintela", "Joaquim Sardinha"],
    "ru": ["Ольга Жукова", "Виктор Белов"], "sw": ["Neema Lyimo", "Juma Salim"],
    "th": ["บุษบงก์ ตั้งตระกูลเจริญ", "ณัฐวุฒิ แก่นจันทร์"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ رضوی", "عمران شیخ"], "zh": ["李秀英", "张伟东"],
    "hrv": ["Ivana Babić", "Marko Kovačević"], "ron": ["Adriana Ilie", "Sorin Moldovan"],
    "bul": ["Десислава Петкова", "Пламен Георгиев"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "hun": ["Szabó Katalin", "Nagy Gergely"], "nld": ["Marieke de Groot", "Joost Verhoeven"],
    "pol": ["Agnieszka Wróbel", "Paweł Zając"], "ces": ["Lenka Horáková", "Ondřej Kratochvíl"],
    "msa": ["Nurul Aisyah Binti Rahman", "Hafiz Bin Osman"], "amh": ["ሰላማዊት ታደሰ", "ዳዊት አበበ"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة السعدي", "يوسف الطراونة"], "de": ["Wiebke Tietjen", "Mattes Ohlendorf"],
    "es": ["Lucía Benavente", "Rubén Ordóñez"], "fr": ["Ombeline Castagné", "Corentin Pradal"],
    "hi": ["ऋतम्भरा ठठेरा", "यशवर्धन झुनझुनवाला"], "it": ["Elisa Marchi", "Davide Ruggiero"],
    "ja": ["中村 優子", "井上 大輔"], "ko": ["한지민", "윤태호"], "pt": ["Inês Pacheco", "Tiago Lourenço"],
    "ru": ["Анна Смирнова", "Игорь Волков"], "sw": ["Tumaini Lukumay", "Eliya Mbwambo"],
    "th": ["รัชนีกร สายบุญ", "วีรภัทร เกตุแก้ว"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["حنا ملک", "بلال احمد"], "zh": ["吴敏", "孙建国"],
    "hrv": ["Petra Jurić", "Luka Perić"], "ron": ["Bianca Toma", "Vlad Enache"],
    "bul": ["Радослава Вълчева", "Кирил Тодоров"], "ukr": ["Ірина Коваль", "Андрій Шевчук"],
    "hun": ["Fekete Boglárka", "Vörös Levente"], "nld": ["Sanne Bakker", "Thijs Mulder"],
    "pol": ["Weronika Pszczółkowska", "Bartosz Grzelak"], "ces": ["Tereza Dvořáková", "Jakub Černý"],
    "msa": ["Nur Syazwani Binti Kamal", "Haziq Bin Zulkifli"], "amh": ["ሄለን ተስፋዬ", "ዮናስ መኮንን"],
}
GIVEN = {
    "Mairead Nic Leòid": "Mairead", "Szabó Katalin": "Katalin", "Nagy Gergely": "Gergely",
    "Fekete Boglárka": "Boglárka", "Vörös Levente": "Levente", "Nurul Aisyah Binti Rahman": "Nurul",
    "Nur Syazwani Binti Kamal": "Syazwani", "Haziq Bin Zulkifli": "Haziq", "Ma. Lourdes Santos": "Lourdes", "Lim Hui Min": "Hui Min",
}
PROVIDERS = ["skerrypost", "baobabmail", "monsoonbox", "leewardmail", "icebergpost", "tanjungmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "lab": ("-0400", "-0300", "us"),
    "gm": ("+0000", None, ""), "tt": ("-0400", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "lab")
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
QNOTE = "\n{sf}, tapadh leat for Thursday's print-room walk. Forklift card valid to April; referee Mrs Jallow-Pardy answers before nine.\n{n}"
FOOT = "\n\n~~ {CO} | CAREERS SKERRYLIGHT ~~\nFresh openings reach our careers page every Thursday; set a Skerry Ping for roles like your saved searches. 'Shorenotes', our monthly staff newsletter, tells team stories. Text SKERRYSTOP to pause careers mail. Nobody watches this mailbox. Candidate files are wiped after two years."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref})", "Hello {n},\n\nYour Candidate Home now shows the {role} requisition at {co} as 'Closed – Filled by Another Candidate'. The hours poured into those forms were noticed, truly; do come knocking on a later opening.\n\nTalent Acquisition, {co}", ("Harris Knitwear Mills", "Banjul Groundnut Board"), ("harrisknit", "banjulgroundnut"), role=("Production Planner", "Quality Inspector"), tz=("uk", "gm"))
mr("gh", "Your application to {co}", "Hi {n},\n\nThanks for the panel conversations about the {role} post. Our hiring squad met Friday and picked another finalist for the offer. Your case-study answers had real care in them.\n\nBest,\n{sig}\nRecruiting at {co}", ("Cochin Spice Exporters", "Cluj Codeworks"), ("cochinspice", "clujcodeworks"), role=("Export Documentation Lead", "Backend Developer"), tz=("in", "ro"))
mr("lv", "{co}: about the {role} opening", "Hey {n} –\n\nThe {role} search has wrapped, minus you, sadly. Your profile goes into our Harbour Pool for the next twelve months; reply POOLOFF if you'd rather be left out.\n\nCheers, {sig} for {co}", ("Scarborough Hardware Depot", "Wabush Ore Haulage"), ("tobagohardware", "wabushhaul"), role=("Counter Sales Rep", "Heavy Haul Dispatcher"), tz=("tt", "lab"))
mr("sr", "Application status update – {co}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Outcome</th><td>Closed · appointee chosen elsewhere</td></tr></table><p>With thanks, {co} People Team</p></body></html>", ("Surabaya Shipping Agency", "Bucharest Courier Network"), ("sbyshipping", "bucourier"), role=("Port Agent Trainee", "Route Supervisor"), tz=("id", "ro"))
mr("ic", "{role} (Job ID {ref}) – update", "Dear {n},\n\n{role} vacancy at {co}, Job ID above. Screening stopped your file here: no {x} showing, and the post needs one.\n\nKind regards,\nCareers Team, {co}", ("Leeds Lithographic Printers", "Newcastle Solar Fitters"), ("leedslitho", "newcastlesolarfit"), role=("Press Minder", "Solar Installer"), x=("BPIF press certificate", "CEC accreditation"), tz=("uk", "au"))
mr("tl", "Requisition {ref}: {role}", "Dear Applicant {n},\n\nThe requisition for {role} at {co} has been filled and your candidate record has been marked inactive for this job. Other postings in the career section stay open to you.\n\nThis is an automated notice.", ("Alappuzha Houseboat Holdings", "Goose Bay Bush Air"), ("alappuzhaboats", "goosebayair"), role=("Guest Relations Executive", "Float Plane Dock Hand"), tz=("in", "lab"))
mr("wk", "About your {role} application", "Hi {n},\n\nCheers for the paid trial arvo at {co}; good fun meeting you. For {role} though, the answer from us is a no. Fair winds wherever you land next.\n\n{sig}", ("Bakau Surf School", "Pelabuhan Ratu Surf Camp"), ("bakausurf", "ratusurfcamp"), role=("Surf Instructor", "Board Repair Hand"), tz=("gm", "id"))
mr("bh", "{co} – {role}", "Hi {n},\n\nI'm writing about your application for {role}. A colleague hopped over from another department into this vacancy, which ends your application's journey here. Thank you for thinking of {co}.\n\n{sig}\nHR, {co}", ("Timișoara Oak Furniture", "Dunedin Quayside Books"), ("timoakfurniture", "quaysidebooks"), role=("Finishing Line Operator", "Bookshop Supervisor"), tz=("ro", "nz"))
mr("tt", "Thank you, {n}", "Hej {n},\n\nMany thanks, you applied to be {role} with us at {co}. All applications are read now and sadly yours stops at this step. A good new job is surely near, succes!\n\n{sig}\nTalent team", ("Iași Textile Atelier", "Brașov Ski Lodge Group"), ("iasitextile", "brasovlodges"), role=("Pattern Cutter", "Night Receptionist"), tz=("ro", "ro"))
mr("pp", "Outcome of your application – {role}", "Dear {n},\n\n{role} at {co}: shortlisting criteria produced your score. You scored {x}, under the {y} line we drew for interview, so no interview invite follows this time.\n\nRecruitment, {co}", ("Cork Pharmacy Group", "Kerry Coast Ferries"), ("corkpharmacy", "kerryferries"), role=("Pharmacy Technician", "Deck Officer"), x=("19 of 35", "52%"), y=("26", "60%"), tz=("ie", "ie"))
mr("jz", "Re: {role} at {co}", "Good day {n},\n\nThis is to say that another applicant has now taken up the {role} position at {co}. Every good thing to you in the search ahead, and God bless.\n\nYours faithfully,\n{sig}", ("Senegambia Hotel Supplies", "Brikama Timber Yard"), ("senegambiasupply", "brikamatimber"), role=("Storekeeper", "Yard Clerk"), tz=("gm", "gm"))
mr("ab", "{co} hiring update", "Hi {n},\n\nFounders' chat last week was a treat. Team talked it over and your {role} candidacy closes here. Tiny crew, tough call; ping us again next year, honestly.\n\n{sig}, {co}", ("Jakarta Ledgerly", "Bandung Batiklab"), ("ledgerly", "batiklab"), role=("Product Designer", "Growth Marketer"), tz=("id", "id"))
mr("sea", "Harvest crew {y}", "Hello {n},\n\nNice one signing up for the {y} harvest crew at {co}. Last year's pickers came back and grabbed every bunk; zero room left for first-timers. Do try us again next season.\n\n{sig}", ("Hawke Valley Kiwifruit", "Stellenbosch Grape Co-op"), ("hawkekiwi", "stelgrape"), y=("March", "February"), tz=("nz", "za"))
mr("s1", "Your application - Machair Crofting Trust", "Hi {n},\n\nCheers for going in for the {role} job, m'eudail. It was fair close, but we've gone and given it to a lad from Ness who has the fanks experience. Mind and keep an eye on the noticeboard.\n\nAll the best,\n{sig}", "Machair Crofting Trust", "machaircroft", role="Croft Assistant", tz="uk")
mr("s2", "{role} vacancy", "Dear {n},\n\nYour interest in the {role} vacancy is received with thanks. Management decided already and somebody is filling the vacancy now. Keep applying to {co} whenever new vacancy come out.\n\nHuman Resource Unit\n{co}", "Kanifing Water Utility", "kanifingwater", role="Meter Reader", tz="gm")
mr("s3", "Regarding your application", "Dear {n},\n\nRef. your candidature for {role} post, we are to inform that same is not considered since the post is already filled. All success in future endeavours wished.\n\nFor {co}\n{sig}", "Thrissur Gold Jewellers", "thrissurgold", role="Showroom Executive", tz="in")
mr("s4", "{role} job", "Hi {n},\n\nThanks for passing by to see we. Somebody from Plymouth done fill the {role} post already, so right now it have no space for you. Doh give up, check back with we after Carnival.\n\n{sig}\n{co}", "Crown Point Car Rentals", "crownpointcars", role="Rental Agent", tz="tt")
mr("s5", "Your application, b'y", "Hi {n},\n\nThanks a million for puttin' in for {role}. We took a feller who's fished out of Cartwright for years, so 'tis a no for you this go. Best of luck to ya.\n\n{sig}\n{co}", "Cartwright Shrimp Plant", "cartwrightshrimp", role="Plant Labourer", tz="lab")
mr("s6", "Application result – {role}", "Dear Mr./Ms. {n},\n\nWe thank you for candidating to the {role} position. After the files evaluation, we communicate your file is not retained further. Success in your professional activity.\n\nBest regards,\n{sig}\n{co}", "Constanța Grain Terminal", "constantagrain", role="Logistics Analyst", tz="ro")
mr("s7", "Information on recruitment result", "Dear Sir/Madam {n},\n\nThank you for joining the recruitment process of {co}, position {role}. Herewith informed you are not passing to the next phase. Keep spirit and success always.\n\nRegards,\nHRD {co}", "Medan Rubberwood Mouldings", "medanmoulding", role="Admin Staff", tz="id")
mr("s8", "{co} — {role}", "Hi {n},\n\nTa for the application, {role} hopeful. Loads of great folk turned up and somebody else got hired. Lovely that you gave us a look.\n\n{sig}", "Bristol Sourdough Collective", "bristolsourdough", role="Bakery Shift Lead", tz="uk")
mr("s9", "Application for {role}", "Hello {n},\n\nAppreciate you applying with {co} for {role}. Having reviewed your details, we are passing on your candidacy. Wishing you well.\n\n{co} Recruiting", "Ohio Valley Freightways", "ohiofreight", role="Fleet Mechanic", tz="use")
mr("s10", "{role} – outcome", "G'day {n},\n\nHeaps of thanks for eyeing the {role} job with {co}. Recruitment's wrapped and you missed out, mate. All the best.\n\n{sig}", "Wollongong Tile Studio", "wollongongtile", role="Showroom Consultant", tz="au")
mr("s11", "Re your application", "Kia ora {n},\n\nNgā mihi for applying for {role} at {co}. After looking through everyone, other candidates got the nod. Ka kite anō and good luck with the job hunt.\n\n{sig}", "Ōtepoti Bike Couriers", "otepotibike", role="Dispatch Coordinator", tz="nz")
mr("s12", "{role} application", "Hi {n},\n\n{role} post at {co}, re your application. Unfortunately your application stops here. Sharp sharp, and lekker luck out there.\n\nKind regards,\n{sig}", "Durban Ship Chandlers", "durbanchandlers", role="Warehouse Controller", tz="za")
mr("s13", "Your application to {co}", "Hello {n},\n\nThanks for applying to {co} for {role}. We're pursuing applicants with experience nearer the role, so no interview call is coming to you. Every success.\n\nRegards,\n{sig}", "Portland Bindery Works", "portlandbindery", role="Bindery Operator", tz="usp")
mr("s14", "Vacancy {ref}", "Hi {n},\n\nThanks for your application. Sorry, but the {role} shortlist at {co} leaves you off this time. We received lots of strong applications.\n\nAll the best,\n{sig}", "Lewis Peat Fuel Co", "lewispeat", role="Delivery Driver", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nTalking print with you on Thursday was a joy; the team loved your colour-matching answer. The panel offered the {role} post to a five-colour press hand of six years, and she accepted yesterday.\n\nWarmly,\n{sig}\n\n{OUT}", ("Leeds Lithographic Printers", "Newcastle Solar Fitters"), ("leedslitho", "newcastlesolarfit"), role=("Press Minder", "Solar Installer"), tz=("uk", "au"))
mr("th2", "RE: [EXT] Re: second chat – {role}", "Dear {n},\n\nGrand that you made the trip out to Fort Road; your questions about the reef tours were spot on. The owners have chosen another applicant for {role}, someone who already holds the boat skipper licence.\n\nTake care,\n{sig}\n\n{ORIG}", ("Bakau Surf School", "Senegambia Hotel Supplies"), ("bakausurf", "senegambiasupply"), role=("Beach Operations Lead", "Purchasing Officer"), tz=("gm", "gm"))
mr("th3", "RE: [EXT] Re: {role} – follow up", "Dear {n},\n\nSuch a lovely conversation, and you were so patient while our network crawled. After the final round, management selected a candidate from our Kollam branch for the {role} position.\n\nWith warm regards,\n{sig}\n\n{RULE}", ("Cochin Spice Exporters", "Thrissur Gold Jewellers"), ("cochinspice", "thrissurgold"), role=("Export Documentation Lead", "Branch Accountant"), tz=("in", "in"))
mr("th4", "RE: [EXT] Re: Interview Tuesday", "Hi {n},\n\nI so enjoyed our talk, especially your granny's shop in Roxborough. The {role} job went to one of the Speyside girls who covered for us all Carnival season.\n\nBlessings,\n{sig}\n\n{GM}", ("Crown Point Car Rentals", "Scarborough Hardware Depot"), ("crownpointcars", "tobagohardware"), role=("Rental Agent", "Counter Sales Rep"), tz=("tt", "tt"))
mr("th5", "RE: [EXT] Re: Dispatcher interview", "Hey {n},\n\nGreat meeting you on video, and thanks for bearing with the barking dog. We've hired a fella who drove the Trans-Labrador for ten winters as our {role}.\n\nAll the best, b'y,\n{sig}\n\n{OUT}", ("Wabush Ore Haulage", "Goose Bay Bush Air"), ("wabushhaul", "goosebayair"), role=("Heavy Haul Dispatcher", "Ramp Coordinator"), tz=("lab", "lab"))
mr("th6", "RE: [EXT] Re: panel debrief / {role}", "Dear {n},\n\nBig thanks for the technical interview; your live coding stayed calm and clear. The team decided for a colleague who already knows our payment stack, and she begins as {role} next month.\n\nAll the best,\n{sig}\n\n{RULE}", ("Cluj Codeworks", "Bucharest Courier Network"), ("clujcodeworks", "bucourier"), role=("Backend Developer", "Route Supervisor"), tz=("ro", "ro"))
mr("th7", "RE: [EXT] Re: user interview session", "Hi {n},\n\nTerima kasih for the session with our team, we learned a lot from your portfolio walk-through. In the end the founders picked a designer from our intern batch who has grown with the product for the {role} spot.\n\nSalam hangat,\n{sig}\n\n{GM}", ("Jakarta Ledgerly", "Bandung Batiklab"), ("ledgerly", "batiklab"), role=("Product Designer", "Growth Marketer"), tz=("id", "id"))
mr("th8", "RE: [EXT] Re: Thursday's visit", "Hi {n},\n\nKind of you to trek up the yard, and sharp questions about the dyeing shed. The directors have appointed our longtime weaver Kenny to the {role} job; he steps up next month.\n\nAll the best,\n{sig}\n\n{ORIG}", ("Harris Knitwear Mills", "Dunedin Quayside Books"), ("harrisknit", "quaysidebooks"), role=("Production Planner", "Bookshop Supervisor"), tz=("uk", "nz"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Dear {n},\n\nRe {role}: sorry, your application did not succeed.\n\n{co} Recruitment{FOOT}", ("Atlantic Ferrylink", "Hebrides Energy Coop"), ("atlanticferrylink", "hebenergy"), role=("Catering Steward", "Turbine Technician"), tz=("uk", "uk"))
mr("ft2", "{role} – decision", "Hello {n},\n\nYour {role} application ends here with us. Thanks for your time.\n\n{sig}{FOOT}", ("Ohio Valley Freightways", "Portland Bindery Works"), ("ohiofreight", "portlandbindery"), role=("Load Planner", "Cutting Operator"), tz=("use", "usp"))
mr("ft3", "Application {ref}", "Dear {n},\n\nCarefully reviewed; for the {role} vacancy you are not selected.\n\nRegards, {co}{FOOT}", ("Gambia Telecom Retail", "Kerala Ayurveda Resorts"), ("gamtelretail", "keralaayur"), role=("Shop Supervisor", "Wellness Host"), tz=("gm", "in"))
mr("ft4", "Update on your job application", "Hi {n},\n\nSorry, {role} went to someone else, not you, this time.\n\n{co} Talent{FOOT}", ("Cork Pharmacy Group", "Wollongong Tile Studio"), ("corkpharmacy", "wollongongtile"), role=("Retail Assistant", "Warehouse Picker"), tz=("ie", "au"))
# ---- 9 hedged refusals
mr("hd1", "Your {role} application", "Dear {n},\n\nThanks for your {role} application. Other candidates sat closer to what the branch needs right now, and we have chosen to progress them.\n\nKind regards,\n{sig}\n{co}", ("Banjul Groundnut Board", "Kanifing Water Utility"), ("banjulgroundnut", "kanifingwater"), role=("Field Supervisor", "Billing Officer"), tz=("gm", "gm"))
mr("hd2", "{co}: {role}", "Hi {n},\n\nThanks for the {role} chat. Company's taken this position in a different direction. Your details stay with us.\n\n{sig}", ("Jakarta Ledgerly", "Surabaya Shipping Agency"), ("ledgerly", "sbyshipping"), role=("Data Analyst", "Customs Clerk"), tz=("id", "id"))
mr("hd3", "Re: {role}", "Hello {n},\n\nWe were pleased to receive your application. On balance, applicants with more hands-on fleet work behind them suited the team better, and they are the ones moving to interview.\n\n{sig}, {co}", ("Wabush Ore Haulage", "Ohio Valley Freightways"), ("wabushhaul", "ohiofreight"), role=("Heavy Haul Dispatcher", "Fleet Mechanic"), tz=("lab", "use"))
mr("hd4", "Application feedback – {role}", "Dear {n},\n\nThanks for your interest for {role}. We opted for profiles a bit more close to the technical needs of the project. Your CV rests in our database.\n\nBest regards,\n{sig}\n{co}", ("Constanța Grain Terminal", "Cluj Codeworks"), ("constantagrain", "clujcodeworks"), role=("Logistics Analyst", "QA Engineer"), tz=("ro", "ro"))
mr("hd5", "{role} at {co}", "Hi {n},\n\nThanks for applying. Hiring manager felt other people's backgrounds sat neater with the {role} brief, so they will be taking those forward.\n\n{sig}", "Crown Point Car Rentals", "crownpointcars", role="Fleet Controller", tz="tt")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nMonday's call was grand. Client feedback on the {role} job: an internal person got it. Their Inverness depot needs a shift supervisor that fits you well, fancy a chat about it?\n\n{sig}\nTalentTide Recruitment", "TalentTide Recruitment", "talenttide", role="Operations Manager", tz="uk")
mr("rc2", "After our phone call", "Dear {n},\n\nThank you for the call. The client is not proceeding with you for {role}, but I have a hotel purchasing role in Kotu which suits your profile. Can I share your CV?\n\n{sig}\nSmiling Coast Staffing", "Smiling Coast Staffing", "smilingcoaststaff", role="Procurement Lead", tz="gm")
mr("rc3", "Update – {role}", "Hi {n},\n\nAs told over phone, Kakkanad client will not take your profile forward for {role}. Meanwhile another client in Infopark is looking for a Senior Test Engineer. Shall I submit you?\n\nRegards,\n{sig}\nBackwater Talent Partners", "Backwater Talent Partners", "backwatertalent", role="Test Lead", tz="in")
mr("rc4", "Quick one after our call", "Hey {n},\n\nLovely chatting yesterday. The resort picked somebody else for {role}, but a villa group in Black Rock wants a guest services manager, you'd fit like a glove. Free Thursday?\n\n{sig}\nLeeward Placements", "Leeward Placements", "leewardplace", role="Front Office Manager", tz="tt")
mr("rc5", "Re: our call Tuesday", "Hi {n},\n\nHeard back from the mine contractor: they're going with another candidate for {role}. I've got a maintenance planner gig in Labrador City that might suit, shall I throw your name in?\n\n{sig}\nNorthline Staffing", "Northline Staffing", "northlinestaff", role="Shift Electrician", tz="lab")
mr("rc6", "Feedback & new opportunity", "Hi {n},\n\nThank you for the call. The client closed the {role} process with another candidate. However, I have a similar role at a fintech in Cluj, fully remote. Would you like details?\n\nBest,\n{sig}\nCarpathia Tech Search", "Carpathia Tech Search", "carpathiasearch", role="DevOps Engineer", tz="ro")
mr("rc7", "Hasil lamaran / next option", "Hi {n},\n\nThanks for the call. For {role}, the client chose another candidate. But I have an opening for Account Executive at a logistics company in Surabaya. Interested to continue?\n\nSalam,\n{sig}\nNusantara Hire", "Nusantara Hire", "nusantarahire", role="Sales Supervisor", tz="id")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role} (Announcement {ref})", "Dear {n},\n\nYou were found qualified for {role}. Applicants ranked above you took every certificate slot; your name stayed off the roster HR forwarded.\n\nHuman Resources\n{co}", ("Bureau of Land Management – Oregon", "Ohio Department of Transportation"), ("blmoregonhr", "odothr"), role=("Range Technician", "Highway Maintenance Worker"), tz=("usp", "use"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nThe Commission examined your application for {role} and found you ineligible, as you did not provide {x}. Your application is closed.\n\nSecretary\n{co}", ("Personnel Management Office, Banjul", "Tobago House of Assembly – HR"), ("pmobanjul", "thahr"), role=("Clerical Officer", "Parks Attendant"), x=("a WASSCE result slip", "a certificate of character"), tz=("gm", "tt"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nHeads-up: management withdrew the {role} posting entirely. Every application, yours too, now sits closed, unprocessed.\n\n{co}", ("Comhairle nan Eilean Siar", "NL Public Service Commission – Labrador Region"), ("cnes-hr", "nlpsc"), role=("Harbour Assistant", "Clerk Typist III"), tz=("uk", "lab"))
mr("ps4", "Written test result", "Dear {n},\n\nYou scored {x} in the written test for {role}. The interview-list cut-off stood at {y}; your name is therefore not included in the list.\n\nSecretary\n{co}", ("Kerala Public Service Commission (Regional Office)", "Kerala Devaswom Recruitment Cell"), ("kpscregional", "devaswomrec"), role=("Lower Division Clerk", "Office Attendant"), x=("61.33 marks", "48 marks"), y=("67.00", "55"), tz=("in", "in"))
# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hi {n},\n\nApplication for {role}: status changed, no longer being considered.\n\n{co} Careers", ("Hebrides Energy Coop", "Kerala Ayurveda Resorts"), ("hebenergy", "keralaayur"), role=("Site Electrician", "Spa Therapist"), tz=("uk", "in"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>Job: <b>{role}</b></p><p>Updated status: <b>Under consideration – no longer</b></p><p>{co} Talent Portal</p></body></html>", ("Bucharest Courier Network", "Gambia Telecom Retail"), ("bucourier", "gamtelretail"), role=("Parcel Sorter", "Sales Agent"), tz=("ro", "gm"))
mr("st3", "Your candidate status", "<html><body><div>Hello {n},</div><div>Position: {role} (#{ref})</div><div>Status: Closed, not selected</div><div>— {co} Careers</div></body></html>", ("Atlantic Ferrylink", "Ohio Valley Freightways"), ("atlanticferrylink", "ohiofreight"), role=("Deckhand", "Yard Jockey"), tz=("uk", "use"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision", "Dear {n},\n\nMany strong applicants came to the {x} this year, and your application did not win a place in the cohort.\n\nEarly Careers Team, {co}", ("Hebrides Energy Coop", "Cluj Codeworks"), ("hebenergy", "clujcodeworks"), x=("Summer Engineering Internship", "Junior Developer Academy"), tz=("uk", "ro"))
mr("in2", "Graduate Trainee Programme {y}", "Dear {n},\n\nYour application to the {co} Graduate Trainee Programme {y} was carefully assessed. The selection board did not select you this year.\n\nGraduate Recruitment", ("Kerala State Cooperative Dairy", "Banjul Groundnut Board"), ("keraladairy", "banjulgroundnut"), y=("2026", "2026/27"), tz=("in", "gm"))
mr("in3", "Internship application", "Hi {n},\n\nRe the {x}: other students hold every place now; this intake is closed to you.\n\n{sig}, {co}", ("Jakarta Ledgerly", "Main Ridge Conservation Trust"), ("ledgerly", "mainridgetrust"), x=("Product Internship (6 months)", "Rainforest Trail Monitoring Internship"), tz=("id", "tt"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Application received: {role} (R-{ref})", "Hello {n},\n\n{role} at {co}: application safely in. Candidate Home tracks it; later the label might flip to In Review, to Interview, or to Closed (Filled · Another Candidate).\n\nTalent Acquisition", ("Harris Knitwear Mills", "Banjul Groundnut Board"), ("harrisknit", "banjulgroundnut"), role=("Stock Controller", "Field Supervisor"), tz=("uk", "gm"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\n{role} application received! Should the hiring team say no, a human writes that note, never a bot. Yes or no, your details sit with us twelve months.\n\n{sig}", ("Cochin Spice Exporters", "Cluj Codeworks"), ("cochinspice", "clujcodeworks"), role=("Quality Chemist", "Frontend Developer"), tz=("in", "ro"))
mo("application_received", "a3", "{co}: we got it", "Hey {n} –\n\nYour application for {role} landed safely. If this one doesn't go your way, the Harbour Pool keeps you a year; reply POOLOFF to skip that.\n\n{sig}", ("Scarborough Hardware Depot", "Wabush Ore Haulage"), ("tobagohardware", "wabushhaul"), role=("Delivery Driver", "Tyre Technician"), tz=("tt", "lab"))
mo("application_received", "a4", "Application confirmation – {co}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><td>{role}</td></tr><tr><th>Current status</th><td>Received</td></tr><tr><th>May become</th><td>Interview · Closed, appointee chosen elsewhere</td></tr></table></body></html>", ("Surabaya Shipping Agency", "Bucharest Courier Network"), ("sbyshipping", "bucourier"), role=("Port Agent Trainee", "Hub Dispatcher"), tz=("id", "ro"))
mo("application_received", "a5", "{role} (Job ID {ref}) – received", "Dear {n},\n\nThank you for applying to {co}. Files without a {x} stop at screening; double-check yours has one.\n\nCareers Team", ("Leeds Lithographic Printers", "Newcastle Solar Fitters"), ("leedslitho", "newcastlesolarfit"), role=("Press Minder", "Solar Installer"), x=("BPIF press certificate", "CEC accreditation"), tz=("uk", "au"))
mo("application_received", "a6", "Requisition {ref}: application logged", "Dear Applicant {n},\n\nLogged: {role}. If the requisition goes to another applicant, the record flips to Inactive and no more mail comes.\n\nThis is an automated notice.", ("Alappuzha Houseboat Holdings", "Goose Bay Bush Air"), ("alappuzhaboats", "goosebayair"), role=("Houseboat Chef", "Cargo Handler"), tz=("in", "lab"))
mo("application_received", "a7", "Got your application!", "Hi {n},\n\nThanks for applying to {co}. Only matching applicants hear back; three quiet weeks means someone else got the board.\n\n{sig}", ("Bakau Surf School", "Pelabuhan Ratu Surf Camp"), ("bakausurf", "ratusurfcamp"), role=("Surf Instructor", "Camp Host"), tz=("gm", "id"))
mo("application_received", "a8", "{co} – {role}: received", "Hi {n},\n\nThanks for your application. Colleagues inside get first look; if one grabs the {role} vacancy, an e-mail from us says so.\n\nHR, {co}", ("Timișoara Oak Furniture", "Dunedin Quayside Books"), ("timoakfurniture", "quaysidebooks"), role=("Upholstery Assistant", "Events Assistant"), tz=("ro", "nz"))
mo("application_received", "a9", "We received your application", "Hej {n},\n\nGreat you fancy being {role} at {co}! After the deadline we read everything. Answer comes before month end, yes or no.\n\nTalent team", ("Iași Textile Atelier", "Brașov Ski Lodge Group"), ("iasitextile", "brasovlodges"), role=("Sewing Operator", "Ski Lift Attendant"), tz=("ro", "ro"))
mo("application_received", "a10", "Acknowledgement – {role}", "Dear {n},\n\n{role}: application in. Each one gets scored on the criteria; above the line means interview, below it means an e-mail saying so.\n\nRecruitment, {co}", ("Cork Pharmacy Group", "Kerry Coast Ferries"), ("corkpharmacy", "kerryferries"), role=("Dispensary Assistant", "Ticket Office Clerk"), tz=("ie", "ie"))
mo("application_received", "a11", "Acknowledgement of application", "Good day {n},\n\nYour {role} application reached us. Take note: only the shortlist receives phone call, and after four weeks without call please count yourself unsuccessful.\n\n{sig}", ("Senegambia Hotel Supplies", "Brikama Timber Yard"), ("senegambiasupply", "brikamatimber"), role=("Driver", "Sawmill Operator"), tz=("gm", "gm"))
mo("application_received", "a12", "Thanks for applying to {co}", "Hi {n},\n\n{role} application: landed. Tiny team, so a founder reads each. Within ten days a real human replies, good or bad.\n\n{sig}", ("Jakarta Ledgerly", "Bandung Batiklab"), ("ledgerly", "batiklab"), role=("Customer Success Lead", "Content Writer"), tz=("id", "id"))
mo("application_received", "a13", "Harvest crew sign-up received", "Hello {n},\n\nSigned up: the {y} crew at {co}. Bunks go to returners first; if they take the lot, you'll know quick smart.\n\n{sig}", ("Hawke Valley Kiwifruit", "Stellenbosch Grape Co-op"), ("hawkekiwi", "stelgrape"), y=("March", "February"), tz=("nz", "za"))
mo("application_received", "a14", "Application received – {role}", "Dear {n},\n\nApplication logged. Should {role} go to another person, we hold your CV on the talent list half a year, for anything alike.\n\n{co} Careers", ("Atlantic Ferrylink", "Hebrides Energy Coop"), ("atlanticferrylink", "hebenergy"), role=("Catering Steward", "Turbine Technician"), tz=("uk", "uk"))
mo("application_received", "a15", "Application landed", "Hello {n},\n\n{role} at {co}: application in. Weekly review here. Expect yes or expect no, but never silence.\n\n{sig}", ("Ohio Valley Freightways", "Portland Bindery Works"), ("ohiofreight", "portlandbindery"), role=("Load Planner", "Cutting Operator"), tz=("use", "usp"))
mo("application_received", "a16", "Application {ref} received", "Dear {n},\n\nApplication for {role} noted. The shortlist gets interview invites; regretfully the unsuccessful ones don't each get a personal reply.\n\n{co}", ("Gambia Telecom Retail", "Kerala Ayurveda Resorts"), ("gamtelretail", "keralaayur"), role=("Shop Supervisor", "Wellness Host"), tz=("gm", "in"))
mo("application_received", "a17", "Thanks for your application", "Hi {n},\n\n{role} application: in. Any outcome, your details stay filed and other roles might bring us back to you.\n\n{co} Talent", ("Cork Pharmacy Group", "Wollongong Tile Studio"), ("corkpharmacy", "wollongongtile"), role=("Retail Assistant", "Warehouse Picker"), tz=("ie", "au"))
mo("application_received", "a18", "Your application: {role}", "Dear {n},\n\nApplication received. If other candidates fit closer, a letter says so after closing day.\n\nKind regards,\n{sig}\n{co}", ("Banjul Groundnut Board", "Kanifing Water Utility"), ("banjulgroundnut", "kanifingwater"), role=("Field Supervisor", "Billing Officer"), tz=("gm", "gm"))
mo("application_received", "a19", "Application received – {role}", "Dear {n},\n\nThanks for applying. If your profile is not kept for this role, we store the CV twelve months, GDPR-compliant.\n\nBest regards,\n{sig}\n{co}", ("Constanța Grain Terminal", "Cluj Codeworks"), ("constantagrain", "clujcodeworks"), role=("Logistics Analyst", "QA Engineer"), tz=("ro", "ro"))
mo("application_received", "a20", "Notice of Receipt – {role} (Announcement {ref})", "Dear {n},\n\nApplication logged in the agency HR portal. A Notice of Results follows closing day, stating two things: qualified or not; forwarded onward or not.\n\nHuman Resources", ("Bureau of Land Management – Oregon", "Ohio Department of Transportation"), ("blmoregonhr", "odothr"), role=("Range Technician", "Highway Maintenance Worker"), tz=("usp", "use"))
mo("application_received", "a21", "Application acknowledged – {role}", "Dear {n},\n\nReceived: {role}. Missing {x} means ineligible; send it in before closing.\n\nSecretary, {co}", ("Personnel Management Office, Banjul", "Tobago House of Assembly – HR"), ("pmobanjul", "thahr"), role=("Clerical Officer", "Parks Attendant"), x=("a WASSCE result slip", "a certificate of character"), tz=("gm", "tt"))
mo("application_received", "a22", "Application registered", "Dear {n},\n\n{role}: registered. Written-test marks under the cut-off keep a name off the interview list.\n\nSecretary, {co}", ("Kerala Public Service Commission (Regional Office)", "Kerala Devaswom Recruitment Cell"), ("kpscregional", "devaswomrec"), role=("Lower Division Clerk", "Office Attendant"), tz=("in", "in"))
mo("application_received", "a23", "Application status: received", "<html><body><p>{n},</p><p>Job: <b>{role}</b></p><p>Status: <b>Received</b></p><p>Could later turn into: Interview · Offer · Under consideration – no longer.</p></body></html>", ("Bucharest Courier Network", "Gambia Telecom Retail"), ("bucourier", "gamtelretail"), role=("Parcel Sorter", "Sales Agent"), tz=("ro", "gm"))
mo("application_received", "a24", "{x}: application in", "Dear {n},\n\n{x}: application in. Few places; if none comes to you this year, we say so before next month ends.\n\nEarly Careers, {co}", ("Hebrides Energy Coop", "Cluj Codeworks"), ("hebenergy", "clujcodeworks"), x=("Summer Engineering Internship", "Junior Developer Academy"), tz=("uk", "ro"))
mo("application_received", "a25", "Programme application received", "Dear {n},\n\n{co} Graduate Trainee Programme: application in. Whatever the board decides, a letter goes to each candidate.\n\nGraduate Recruitment", ("Kerala State Cooperative Dairy", "Banjul Groundnut Board"), ("keraladairy", "banjulgroundnut"), tz=("in", "gm"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Hi {n},\n\nCould you meet us about {role} on {dl}, 10:30, mill office? Unfortunately the car park is tarred this week; park beside the pier wall.\n\n{sig}\n{co}", ("Harris Knitwear Mills", "Atlantic Ferrylink"), ("harrisknit", "atlanticferrylink"), role=("Stock Controller", "Catering Steward"), tz=("uk", "uk"))
mo("interview", "i2", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely chatting last week. Second conversation? {dl}, 2pm suits the team. Sadly the coffee machine gave up; flask advised!\n\n{sig}\n\n{OUT}", ("Leeds Lithographic Printers", "Dunedin Quayside Books"), ("leedslitho", "quaysidebooks"), role=("Press Minder", "Bookshop Supervisor"), tz=("uk", "nz"))
mo("interview", "i3", "Interview schedule – {role}", "Dear {n},\n\nShortlisted! Interview for {role}: {dl}, 11:00. Regrettably our lift is under repair and the room sits on floor two.\n\nRegards,\n{sig}\n{co}", ("Cochin Spice Exporters", "Thrissur Gold Jewellers"), ("cochinspice", "thrissurgold"), role=("Quality Chemist", "Showroom Executive"), tz=("in", "in"))
mo("interview", "i4", "Interview – {role}", "Hi {n},\n\nCome see we for a chat about the {role} job on {dl} at 9am. The road by Bacolet is bad after the rain, unfortunately, so leave early.\n\n{sig}\n{co}", ("Crown Point Car Rentals", "Scarborough Hardware Depot"), ("crownpointcars", "tobagohardware"), role=("Rental Agent", "Delivery Driver"), tz=("tt", "tt"))
mo("interview", "i5", "Video interview – {role}", "Hey {n},\n\nVideo call about {role}? {dl}, 1pm Atlantic. Bad news: the afternoon wind knocks our internet about, so keep your phone handy as backup.\n\n{sig}", ("Wabush Ore Haulage", "Goose Bay Bush Air"), ("wabushhaul", "goosebayair"), role=("Tyre Technician", "Cargo Handler"), tz=("lab", "lab"))
mo("interview", "i6", "Technical interview invitation", "Dear {n},\n\nTechnical interview for {role}: {dl}, 15:00. Unfortunately the parking in front is closed, use the public lot behind mall please.\n\nBest regards,\n{sig}\n{co}", ("Cluj Codeworks", "Constanța Grain Terminal"), ("clujcodeworks", "constantagrain"), role=("Frontend Developer", "Logistics Analyst"), tz=("ro", "ro"))
mo("interview", "i7", "Undangan interview: {role}", "Hi {n},\n\nInterview for {role} is set {dl}, 10.00 WIB, at our office. Sorry, the main gate is being renovated, please enter from the side street.\n\nSalam,\n{sig}\n{co}", ("Jakarta Ledgerly", "Surabaya Shipping Agency"), ("ledgerly", "sbyshipping"), role=("Customer Success Lead", "Port Agent Trainee"), tz=("id", "id"))
mo("interview", "i8", "Invitation to interview", "Dear {n},\n\nPanel interview for {role}: {dl} at 10:00. Unfortunately no parking space at office, kindly come by taxi to the main entrance.\n\n{sig}\n{co}", ("Kanifing Water Utility", "Gambia Telecom Retail"), ("kanifingwater", "gamtelretail"), role=("Billing Officer", "Shop Supervisor"), tz=("gm", "gm"))
mo("next_steps", "n1", "Next step: online assessment", "Hi {n},\n\n{role}: online assessment unlocked for you, thirty minutes long, due {dl} midnight. Sadly once begun it runs nonstop.\n\n{co} Recruiting", ("Ohio Valley Freightways", "Portland Bindery Works"), ("ohiofreight", "portlandbindery"), role=("Load Planner", "Cutting Operator"), tz=("use", "usp"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nUpload ID and qualification certificates no later than {dl} to go ahead. Unfortunately 5 MB is the portal's file ceiling.\n\nHR, {co}", ("Kerala Ayurveda Resorts", "Kerala State Cooperative Dairy"), ("keralaayur", "keraladairy"), role=("Wellness Host", "Dairy Technologist"), tz=("in", "in"))
mo("next_steps", "n3", "Your next step with {co}", "Hi {n},\n\nGreat news, {role} stage two! Two references by {dl}, please. Sorry, no family as referees.\n\n{sig}", ("Wollongong Tile Studio", "Newcastle Solar Fitters"), ("wollongongtile", "newcastlesolarfit"), role=("Showroom Consultant", "Solar Installer"), tz=("au", "au"))
mo("next_steps", "n4", "Take-home task – {role}", "Hi {n},\n\nGood first call! Take-home task next, due {dl}. Unfortunately our sandbox wipes itself nightly; keep a local copy.\n\n{sig}\n{co}", ("Cluj Codeworks", "Bandung Batiklab"), ("clujcodeworks", "batiklab"), role=("QA Engineer", "Content Writer"), tz=("ro", "id"))
mo("next_steps", "n5", "Medical and police clearance", "Dear {n},\n\nPlease submit your police clearance and medical certificate for {role} at our office, latest {dl}, weekdays only. Regrettably no photocopies are accepted at the counter.\n\n{sig}\n{co}", ("Senegambia Hotel Supplies", "Tobago House of Assembly – HR"), ("senegambiasupply", "thahr"), role=("Driver", "Parks Attendant"), tz=("gm", "tt"))
mo("next_steps", "n6", "Trial shift – {role}", "Hi {n},\n\nFancy a paid trial shift before {dl}? Staff-room kettle's kaput, bad news; flask recommended.\n\n{sig}\n{co}", ("Bristol Sourdough Collective", "Cork Pharmacy Group"), ("bristolsourdough", "corkpharmacy"), role=("Bakery Shift Lead", "Dispensary Assistant"), tz=("uk", "ie"))
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nDelighted: the {role} post at {co} is yours. Signed contract to us by {dl} at the latest, cheers. Unfortunately uniforms turn up a week late.\n\n{sig}", ("Hebrides Energy Coop", "Kerry Coast Ferries"), ("hebenergy", "kerryferries"), role=("Turbine Technician", "Ticket Office Clerk"), tz=("uk", "ie"))
mo("offer", "f2", "RE: [EXT] Re: panel debrief / {role}", "Dear {n},\n\nTeam loved the final round; {role} is offered to you. Confirmation needed by {dl} latest, mulțumim. Sadly the office is under repainting for your first week, so we start remote.\n\n{sig}\n\n{RULE}", ("Cluj Codeworks", "Bucharest Courier Network"), ("clujcodeworks", "bucourier"), role=("Backend Developer", "Route Supervisor"), tz=("ro", "ro"))
mo("offer", "f3", "Crew place confirmed", "Hello {n},\n\nGood news: a bunk opened up and your place on the {y} crew at {co} is confirmed. Start date {dl}. Unfortunately the crew van's broken down; find your own way to the packhouse gate.\n\n{sig}", ("Hawke Valley Kiwifruit", "Stellenbosch Grape Co-op"), ("hawkekiwi", "stelgrape"), y=("March", "February"), tz=("nz", "za"))
mo("offer", "f4", "Offer letter – {role}", "Dear {n},\n\nPleased to offer {role} with {co} to you. Kindly sign the offer before {dl}. Sorry, our canteen is closed for renovation this month.\n\nRegards,\n{sig}", "Alappuzha Houseboat Holdings", "alappuzhaboats", role="Houseboat Chef", tz="in")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Withdrawal confirmed", "Hi {n},\n\nDone: your {role} application is withdrawn as requested. Thanks for the heads-up; enjoy the new job.\n\n{co} Careers", ("Hebrides Energy Coop", "Ohio Valley Freightways"), ("hebenergy", "ohiofreight"), role=("Site Electrician", "Yard Jockey"), tz=("uk", "use"))
mo("other_job", "w2", "Status update: on hold", "<html><body><p>{n},</p><p>Job: <b>{role}</b></p><p>Status: <b>On hold</b> – hiring is paused until the new budget is approved. Your application stays active.</p></body></html>", ("Bucharest Courier Network", "Gambia Telecom Retail"), ("bucourier", "gamtelretail"), role=("Hub Dispatcher", "Sales Agent"), tz=("ro", "gm"))
mo("other_job", "w3", "Interview moved – Emancipation Day", "Hi {n},\n\nEmancipation Day lands on your {role} interview, so it shifts to {dl}, same hour. Nothing else changes.\n\n{sig}\n{co}", "Crown Point Car Rentals", "crownpointcars", role="Fleet Controller", tz="tt")
mo("job_alert", "al1", "Jobs for you at {co}", "Hi {n},\n\nSaved-search matches this week: {role}, Stores Assistant, Night Porter. Apply on the careers page.{FOOT}", ("Atlantic Ferrylink", "Hebrides Energy Coop", "Cork Pharmacy Group"), ("atlanticferrylink", "hebenergy", "corkpharmacy"), role=("Purser", "Meter Fitter", "Pharmacy Driver"), tz=("uk", "uk", "ie"))
mo("recruiter_outreach", "o1", "Harbour master role – interested?", "Hi {n},\n\nSaw your profile; a deputy harbour master job on Lewis has your name on it, permanent, good pension. Could we talk this week?\n\n{sig}\nTalentTide Recruitment", "TalentTide Recruitment", "talenttide", tz="uk")
mo("recruiter_outreach", "o2", "Opportunity in Kochi", "Hi {n},\n\nGreetings! A client in Kochi is hiring a Plant Manager for their seafood export unit. Your profile looks relevant. Kindly mail latest CV if keen, will call.\n\n{sig}\nBackwater Talent Partners", "Backwater Talent Partners", "backwatertalent", tz="in")
mo("non_job_rejection_words", "nj1", "Your limit increase request", "Dear {n},\n\nAbout raising your card limit: the increase is declined for now. Your existing limit is unchanged.\n\n{co} Cards", ("Bank of Stornoway", "Tobago Commercial Credit"), ("stornowaybank", "tobagocredit"), tz=("uk", "tt"))
mo("non_job_rejection_words", "nj2", "Ceilidh ticket ballot", "Hi {n},\n\nHogmanay ceilidh ballot: sadly luck skipped you this year. Maybe the summer dance?\n\n{sig}", "Uig Hall Committee", "uighall", tz="uk")
mo("non_job_rejection_words", "nj3", "Flat application", "Dear {n},\n\nThank you for viewing the two-bed flat on Strada Avram Iancu. The owner accepted another tenant, so it is not available for you.\n\n{sig}\n{co}", "Cluj Home Rentals", "clujhomes", tz="ro")
mo("non_job_rejection_words", "nj4", "Sailing club berth", "Hi {n},\n\nSwing mooring at {co}: this season's waiting list is full, so no berth for you.\n\n{sig}", "Happy Valley Sailing Club", "hvsailing", tz="lab")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def box_of(name: str) -> str:
    """A fixed mailbox for a fixed signer (first.last, or "jobs" for a name with no Latin letters)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    parts = [p for p in re.split(r"[^a-z]+", folded) if p]
    return ".".join(parts) if parts else "jobs"


def via(ch: str) -> str:
    return f"\n\n-- relayed by Marramtide{ch} trade board --"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{sig}, {co} (via Marramtide{ch}) <{box_of(sig)}@{dom}.example>"
    wr(fam, rej[0], rej[1] + "\n\n" + sig + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2] + "\n\n" + sig + via(ch), co, dom, frm=frm, tz=tz)


pair("tweed", "Dune", "Tarbert Loom Shed", "tarbertloom", "uk", "Peigi Campbell",
     ("Tweed warper vacancy", "Hi {n},\n\nTa for trying for the tweed-warping bench. Filled now by a weaver from Scalpay who has set up double-width beams before."),
     ("interview", "Warping bench – come and see us", "Hi {n},\n\nAny chance of you at the shed {dl}, ten o'clock, to warp a short sample beam? Unfortunately the ferry timetable changed, so check the crossing times."))
pair("sandal", "Shingle", "Kano Leather Sandal House", "kanosandal", "ng", "Tunde Bakare",
     ("Sandal cobbler role", "Dear {n},\n\nOur sandal-cobbling workshop thanks you. The position is not for you, since the workshop wants someone able to hand-stitch welts at speed."),
     ("application_received", "Sandal cobbler application", "Dear {n},\n\nYour application for the sandal-cobbling post is with us. Sandal workshop replies inside fourteen days, yes or no."))
pair("kingfish", "Kelp", "Malindi Kingfish Charters", "malindikingfish", "ke", "Otieno Onyango",
     ("Kingfish trapping crew", "Hi {n},\n\nGlad you asked to join the kingfish-trapping crew. This season the crew is complete and we cannot take you aboard."),
     ("next_steps", "Kingfish crew – swim test", "Hi {n},\n\nNext step for the kingfish-trapping crew: a swim test at the jetty before {dl}. Sadly the changing hut is locked, so come dressed for the water."))
pair("cutlass", "Wrack", "Banjul Blade Sharpeners", "banjulblade", "gm", "Ebrima Sanneh",
     ("Cutlass honer job", "Dear {n},\n\nFor honing cutlasses at our stall, another person was taken, one who already worked the grinding wheel in Serekunda market."),
     ("offer", "Cutlass honer – you start", "Dear {n},\n\nYou can start honing cutlasses with us from {dl}. Unfortunately the grinding wheel motor is old, so we keep the hand stone ready."))
pair("dory", "Tern", "North West River Dory Works", "nwriverdory", "lab", "Darlene Penney",
     ("Dory steaming helper", "Hi {n},\n\nThanks for askin' after the dory-steaming job. Hired a young fella from Fogo who's bent ribs with his father, so that one's gone."),
     ("interview", "Dory steaming – stop by", "Hi {n},\n\nStop by the shed on {dl} around two and see the steam box for yourself. Unfortunately the road in is all potholes this month."))
pair("bugle", "Skua", "Sheffield Bugle Forge", "sheffbugle", "uk", "Owen Castleford",
     ("Bugle forging apprenticeship", "Dear {n},\n\nBugle-forging apprenticeship: no for you this time; we took on an applicant with brass-spinning experience."),
     ("next_steps", "Bugle forging – bench test", "Dear {n},\n\nPlease book a bench test for the bugle-forging apprenticeship before {dl}. Regrettably the forge has no ramp yet; ring ahead for a hand."))
pair("cruet", "Gannet", "Waterford Cruet Glassworks", "waterfordcruet", "ie", "Fergal Moriarty",
     ("Cruet blower position", "Dear {n},\n\nCruet blowing: the post went to a glass blower already trained on our furnace."),
     ("application_received", "Cruet blower – application in", "Dear {n},\n\nWe have your application for cruet blowing. If the furnace team passes on it, we will tell you plainly by e-mail; if they like it, you'll be asked in."))
pair("spinneret", "Puffin", "Greenville Spinneret Mills", "greenvillespin", "use", "Lorraine Hatcher",
     ("Spinnerette winding operator", "Hello {n},\n\nSpinnerette winding: other candidates got selected, so your application stops here."),
     ("interview", "Spinnerette winding – interview", "Hello {n},\n\nSpinnerette winding interview on {dl} at 9:00. Unfortunately the east lot is closed, so please park on Pine Street."))
pair("tabby", "Whelk", "Ballarat Tabby Weavers", "ballarattabby", "au", "Joanne Pettit",
     ("Tabby weaving job", "Hi {n},\n\nTabby weaving: a local weaver took the loom spot; sorry, you're not in."),
     ("offer", "Tabby weaving – offer", "Hi {n},\n\nGood news: the tabby-weaving loom spot is yours, starting {dl}. Sadly the kitchenette's broken; pack lunch."))
pair("mattock", "Limpet", "Waikato Mattock Hafters", "waikatomattock", "nz", "Grant McKenzie",
     ("Mattock hafting role", "Kia ora {n},\n\nMattock-hafting team's full now: a bloke who's already shaped ash handles got it, so this isn't one for you."),
     ("next_steps", "Mattock hafting – sample handle", "Kia ora {n},\n\nPhotos of one handle you shaped, by {dl} latest, ka pai? Unfortunately we can't return posted samples."))
pair("copper", "Razor", "Pune Copperplating Works", "punecopper", "in", "Anoop Nambiar",
     ("Copperplating technician", "Dear {n},\n\nCopperplating technician post: regret, no shortlisting for you, because the post needs electroplating diploma holders."),
     ("interview", "Copperplating technician – interview", "Dear {n},\n\nCopperplating technician interview: {dl}, 11 am. Unfortunately the canteen is shut; tea will be served at reception."))
pair("cornet", "Cockle", "Nashville Cornet Valve Shop", "nashcornet", "usc", "Wade Lassiter",
     ("Cornet valving tech", "Hi {n},\n\nCornet-valving bench: someone else got picked, no try-out for you."),
     ("application_received", "Cornet valving – got it", "Hi {n},\n\nYour cornet-valving application is in. Three weeks max and everybody hears yes or no; no chasing needed."))
pair("gaslight", "Sandpiper", "Boston Gaslight Mantles", "bostongaslight", "use", "Terrell Banks",
     ("Gaslight mantling position", "Dear {n},\n\nGaslight-mantling crew: an applicant got it with street-lamp experience."),
     ("offer", "Gaslight mantling – offer", "Dear {n},\n\nHappy news: gaslight-mantling crew from {dl}, you're in. Unfortunately the tool van is still at the garage; use the hand cart the first week."))
pair("gridiron", "Plover", "Johannesburg Gridiron Welders", "jhbgridiron", "za", "Thabo Mokoena",
     ("Gridiron welder", "Hi {n},\n\nGridiron welding: your application stops here; we needed someone with a coded welding ticket."),
     ("next_steps", "Gridiron welding – trade test", "Hi {n},\n\nPlease book your gridiron-welding trade test before {dl}. Sadly we can't pay travel to the test bay."))
pair("saddletree", "Curlew", "Happy Valley Saddletree Co", "hvsaddletree", "lab", "Gordon Flowers",
     ("Saddletreeing opening", "Hi {n},\n\nSaddletreeing: hired a maker from Alberta who covers in rawhide; you're not it for now."),
     ("interview", "Saddletreeing – shop visit", "Hi {n},\n\nCome by the shop on {dl} at 10 to talk saddletreeing. Bad news: the side door sticks, so use the front."))
pair("brass", "Dunlin", "Chennai Temple Brass Polishers", "chennaibrass", "in", "Divya Panicker",
     ("Brass polishing post", "Dear {n},\n\nBrass polishing: candidate selected is one with temple-lamp polishing experience."),
     ("application_received", "Brass polishing – application received", "Dear {n},\n\nBrass polishing application: received. Call comes to selected candidates only, keep phone switched on."))
pair("dyepot", "Eider", "Galway Dyepot Studio", "galwaydyepot", "ie", "Niamh Cullinane",
     ("Dyepot stirrer role", "Hi {n},\n\nDyepot stirring went to another applicant, one who knows madder and weld dyes."),
     ("next_steps", "Dyepot stirring – sample swatch", "Hi {n},\n\nDye us a sample swatch and post it before {dl}. Unfortunately postage isn't refunded."))
pair("tile", "Fulmar", "Singapore Tile Drilling Pte Ltd", "sgtiledrill", "sg", "Rajesh Pillay",
     ("Tile drilling technician", "Dear {n},\n\nTile drilling technician: regret, your application is unsuccessful."),
     ("interview", "Tile drilling technician – interview", "Dear {n},\n\nTile drilling technician interview: {dl}, 2 pm. Unfortunately visitor parking is full; use the MRT."))
pair("well", "Shag", "Limpopo Wellsinking Co", "limpopowells", "za", "Johan Visagie",
     ("Wellsinking labourer", "Hi {n},\n\nWellsinking crew: other labourers with rig time got chosen, so no place for you."),
     ("offer", "Wellsinking – offer", "Hi {n},\n\nWellsinking crew wants you from {dl}. Sadly the camp showers are cold water only for now."))
pair("whistle", "Petrel", "Portland Pennywhistle Makers", "portlandwhistle", "usp", "Ingrid Solheim",
     ("Pennywhistling maker", "Hi {n},\n\nPennywhistling bench: another maker got picked; your application closes."),
     ("next_steps", "Pennywhistle voicing test", "Hi {n},\n\nPlease record yourself voicing a whistle and send it by {dl}. Unfortunately our upload link is slow, so send a file under 20 MB."))
pair("feather", "Guillemot", "Oudtshoorn Featherdusting Works", "oudtsfeather", "za", "Lindiwe Dube",
     ("Featherdusting sorter", "Dear {n},\n\nFeatherdusting works: sorting post is taken, your application goes no further."),
     ("application_received", "Featherdusting – thank you", "Dear {n},\n\nThank you for applying. Picked or not for the sorting bench, a letter comes."))
pair("chaff", "Kittiwake", "Canterbury Chaffcutting Contractors", "cantychaff", "nz", "Aroha Tipene",
     ("Chaffcutting hand", "Kia ora {n},\n\nChaffcutting this summer: locals filled the team, no spot for you."),
     ("interview", "Chaffcutting – phone chat", "Kia ora {n},\n\nKeen for a phone chat about chaffcutting on {dl} at 4pm? Unfortunately reception out at the yard is patchy, so I'll call the landline."))
pair("pearl", "Samphire", "Eden Pearlbuttoning Co", "edenpearl", "au", "Kirrily Dawe",
     ("Pearlbuttoning cutter", "Hi {n},\n\nPearlbuttoning: a cutter who's worked shell got the nod; you're out this round."),
     ("offer", "Pearlbuttoning cutter – offer", "Hi {n},\n\nPearlbuttoning cutter from {dl}: yours. Sadly the air-con in the cutting room is broken, so come early."))
pair("gate", "Thrift", "Cardiff Gatehanging Services", "cardiffgates", "uk", "Rosalind Pike",
     ("Gatehanging fitter", "Hi {n},\n\nGatehanging: appointed a fitter who's hung farm gates, so your application ends here."),
     ("next_steps", "Gatehanging – driving licence check", "Hi {n},\n\nDriving licence copy by {dl}, please. Unfortunately under-21 drivers aren't insurable for us."))
pair("peat", "Shearwater", "Offaly Peatstacking Co", "offalypeat", "ie", "Clodagh Brennan",
     ("Peatstacking supervisor", "Dear {n},\n\nPeatstacking supervisor: reviewed, and not selected."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New roles on MarramtideDune", "Hi {n},\n\nNew this week on MarramtideDune: tweed warper (Tarbert), loom tuner (Stornoway), yarn dyer (Leverburgh). Unfortunately one listing expired early.", "MarramtideDune", "marramtidedune", tz="uk")
wo("non_job_rejection_words", "nj", "Hall booking request", "Dear {n},\n\nAbout booking the community hall for a birthday party on a Saturday in March. We regret the hall is already taken that evening and we cannot accept your booking.\n\n{co}", "Inverclyde Community Halls", "inverclydehalls", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins (none for Amharic)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][0]
    frm = f"{sig} <{box_of(sig)}@{dom}.example>"
    wr("l-" + fam, rej[0], rej[1] + "\n\n" + sig, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2] + "\n\n" + sig, co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مطبعة الزرقاء للكتب", "zarqaprint", "jo",
   ("بخصوص طلبك لوظيفة مجلّد كتب", "السيد/ة {n}،\n\nوصلنا طلبك للعمل في قسم التجليد بمطبعتنا، وشكراً لك. وقع اختيارنا على زميل يجلّد الكتب بالخيط والجلد منذ سنوات، فلن يستمر طلبك هذه المرة."),
   ("interview", "دعوة لمقابلة عمل", "السيد/ة {n}،\n\nنرجو حضورك إلى المطبعة يوم {dl} عند العاشرة والنصف لإجراء المقابلة. للأسف ساحة الوقوف مغلقة هذا الأسبوع، فاركن سيارتك في الشارع الخلفي."))
lp("de", "de", "Kaffeerösterei Birkenhain", "birkenhainroest", "de",
   ("Ihre Bewerbung als Röstmeister/in", "Hallo {n},\n\ndanke, dass Sie sich in Birkenhain beworben haben. Den Platz am Trommelröster bekommt jemand, der so eine Maschine schon jahrelang bedient; für Sie wird es diesmal nichts."),
   ("next_steps", "Nächster Schritt: Probetag", "Hallo {n},\n\nfür den Probetag in der Rösterei bitte bis {dl} Bescheid geben. Leider pflastert man gerade unseren Hof neu, also bitte mit Bus oder Rad."))
lp("es", "es", "Quesería Sierra de Gredos", "queseriagredos", "es",
   ("Su candidatura de maestro quesero", "Hola {n}:\n\nle agradecemos el interés por la quesería. El puesto se lo queda una maestra que lleva media vida afinando quesos de cabra en Gredos, de modo que su candidatura termina aquí."),
   ("offer", "Oferta de trabajo en la quesería", "Hola {n}:\n\nQueda contratado como ayudante de quesero; primer día, {dl}. Lástima que, la cámara de maduración sigue en obras ese primer mes."))
lp("fr", "fr", "Savonnerie du Vieux Port", "savonnerievp", "fr",
   ("Votre candidature de savonnier", "Bonjour {n},\n\nla savonnerie a bien lu votre dossier. Le chaudron sera confié à Mireille, savonnière depuis douze hivers ; pour vous, l'aventure chez nous se termine là."),
   ("interview", "Invitation à un entretien", "Bonjour {n},\n\nRendez-vous pour un entretien le {dl}, quatorze heures, rue des Savonniers. Malheureusement l'ascenseur reste bloqué, prévoyez trois étages à pied."))
lp("hi", "hi", "जयपुर नीली मिट्टी कारखाना", "jaipurbluepottery", "in",
   ("कारीगर पद हेतु आवेदन", "{n} जी,\n\nसांगानेरी नीलगर उस्ताद फ़ज़लू को ओहदा सौंपा गया; क्वार्ट्ज़ घोलकर फूलदान रंगना उनका तीस साल पुराना हुनर है। इसलिए आपकी अर्ज़ी हमने रोक दी है।"),
   ("interview", "भट्ठी घर में मुलाक़ात", "{n} जी,\n\n{dl}, दोपहर सवा बारह, भट्ठी घर में मुलाक़ात रखी है। अफ़सोस, पूरबी सड़क खुदी पड़ी; झोटवाड़ा पुलिया से घूमकर पधारें।"))
lp("it", "it", "Pastificio Valle dei Mulini", "pastificiomulini", "it",
   ("La sua candidatura come trafilatore", "Gentile {n},\n\ngrazie della domanda inviata al pastificio. Il posto va a Tonino, che lavora le trafile in bronzo da vent'anni; con rammarico chiudiamo qui la sua pratica."),
   ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nabbiamo ricevuto la sua candidatura. Che la risposta sia sì o no, le scriveremo entro venti giorni; non serve richiamare."))
lp("ja", "ja", "有田焼 窯元 清風", "aritaseifu", "jp",
   ("絵付け職人募集の選考結果", "{n}様\n\nこのたびは当窯元の求人にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は経験豊富な別の方を採用することとなりました。"),
   ("next_steps", "作品写真のご提出のお願い", "{n}様\n\n次の選考として、{dl}までに絵付け作品の写真を三点お送りください。申し訳ございませんが、実物の郵送は受け付けておりません。"))
lp("ko", "ko", "제주 감귤 양조장", "jejuwinery", "kr",
   ("양조 보조 지원 결과 안내", "{n}님께\n\n저희 양조장에 지원해 주셔서 감사합니다. 검토 끝에 발효 관리 경력이 있는 다른 지원자를 모시기로 했으며, 이번에는 함께하지 못하게 되었습니다."),
   ("offer", "채용 확정 안내", "{n}님께\n\n양조 보조로 {dl}부터 함께하게 되어 기쁩니다. 아쉽게도 직원 식당이 공사 중이라 첫 달은 도시락을 준비해 주세요."))
lp("pt", "pt", "Conservas Lota de Matosinhos", "conservaslota", "pt",
   ("A sua candidatura a enlatador/a", "Olá {n},\n\na fábrica de conservas agradece o seu contacto. O lugar ficou para alguém que já trabalhou anos na linha da sardinha, por isso o seu processo termina aqui."),
   ("interview", "Convite para entrevista", "Olá {n},\n\naparece na fábrica no dia {dl}, dez e meia, para conversarmos? Infelizmente o portão grande está em obras; use a entrada da travessa."))
lp("ru", "ru", "Тульская пряничная мастерская", "tulapryanik", "ru",
   ("Ответ по вакансии пекаря", "Здравствуйте, {n}!\n\nБлагодарим за интерес к пряничной мастерской. Место пекаря отдали мастеру, который давно режет печатные доски, так что в этот раз без вас."),
   ("next_steps", "Следующий этап: медицинская книжка", "Здравствуйте, {n}!\n\nДля продолжения отбора пришлите, пожалуйста, скан медицинской книжки до {dl}. К сожалению, бумажные копии мы не принимаем."))
lp("sw", "sw", "Karakana ya Mitumbwi Bagamoyo", "bagamoyomitumbwi", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nOmbi lako la ufundi limetufikia, shukrani. Nafasi hiyo amepewa Mzee Athumani, fundi wa Bagamoyo aliyechonga mitumbwi tangu ujana; ombi lako tumelifunga."),
   ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nKaribu karakana tarehe {dl}, saa tano asubuhi, kwa mazungumzo. Kwa masikitiko njia ya pwani ina tope jingi; bajaji ni bora."))
lp("th", "th", "โรงงานร่มบ่อสร้าง", "bosangumbrella", "th",
   ("ผลการสมัครงานช่างวาดร่ม", "ถึง {n}\n\nงานเขียนลายร่มกระดาษสาที่บ่อสร้าง ป้าบัวคำจากสันกำแพงรับไปแล้วเมื่อวันจันทร์ เราจึงขอปิดใบสมัครของท่านไว้เพียงเท่านี้"),
   ("offer", "ยืนยันการรับเข้าทำงาน", "ถึง {n}\n\nขอแสดงความยินดี ตำแหน่งเขียนลายร่มกระดาษสาเป็นของท่าน เข้างานวัน {dl} เสียดายที่โรงอาหารปิดซ่อมหลังคา สัปดาห์แรกโปรดห่อข้าวเหนียวมาเอง"))
lp("tr", "tr", "Safranbolu Bakırcılar Atölyesi", "safranbolubakir", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nSafranbolu'daki bakırcı tezgâhı için yazmışsınız, sağ olun. Tezgâha Çarşı'dan kırk yıllık kalaycı Hüsnü Usta geçti; dosyanızı bu noktada kapatıyoruz."),
   ("next_steps", "Sonraki adım: örnek iş", "Merhaba {n},\n\nelinizden çıkmış bir bakır tencerenin fotoğraflarını {dl} gününe dek yollayın. Maalesef kargoyla gelen parçaları geri gönderemiyoruz."))
lp("ur", "ur", "ملتان نیلی ٹائل ورکشاپ", "multantiles", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nنیلی ٹائل ورکشاپ کو آپ کا خط ملا، مہربانی۔ یہ کام استاد نذیر کو سونپا گیا جو چالیس برس سے ملتانی ٹائلیں رنگ رہے ہیں؛ آپ کی عرضی پر مزید کارروائی نہیں ہوگی۔"),
   ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات {dl} کو دوپہر ساڑھے گیارہ بجے ورکشاپ میں ہوگی۔ افسوس، ہماری وین ورکشاپ میں کھڑی ہے، رکشہ لے کر آئیے۔"))
lp("zh", "zh", "景德镇青瓷窑坊", "jdzkiln", "cn",
   ("关于您应聘拉坯师傅一事", "{n}您好：\n\n感谢您应聘我们窑坊的拉坯岗位。经过比较，我们录用了一位有十年拉坯经验的师傅，这次就不能与您合作了。"),
   ("application_received", "已收到您的简历", "{n}您好：\n\n您投给景德镇青瓷窑坊的简历我们已经收到。无论录用与否，两周之内都会给您一个答复，请耐心等候。"))
lp("hrv", "hrv", "Brodogradilište drvenih pasara Betina", "betinapasara", "hr",
   ("Vaša prijava za tesara", "Poštovani/a {n},\n\nvaša prijava stigla je u brodogradilište, hvala. Mjesto tesara dobio je majstor koji je već sagradio desetak pasara, pa ovdje završavamo."),
   ("interview", "Poziv na razgovor", "Poštovani/a {n},\n\ndođite u brodogradilište {dl}, oko deset, na razgovor. Nažalost, jutarnji trajekt stalno kasni, krenite prvim."))
lp("ron", "ron", "Atelierul de opinci Maramureș", "opincimaramures", "ro",
   ("Candidatura dumneavoastră", "Bună ziua, {n},\n\natelierul de opinci v-a citit scrisoarea. Locul îl ia nea Vasile, care croiește opinci de o viață, deci candidatura dumneavoastră se oprește aici."),
   ("offer", "Ofertă de angajare", "Bună ziua, {n},\n\npostul de ucenic e al dumneavoastră, de la {dl}. Din păcate, soba din atelier fumegă, aduceți un pulover gros."))
lp("bul", "bul", "Розоварна Казанлъшка долина", "kazanlakrose", "bg",
   ("Относно кандидатурата Ви", "Здравейте, {n},\n\nписмото Ви стигна до розоварната, благодарим. Мястото получи майстор, който от години вари розово масло в казана, така че тук спираме."),
   ("next_steps", "Следваща стъпка", "Здравейте, {n},\n\nследващата стъпка е сканирана здравна книжка, изпратена до {dl}. За съжаление хартиени копия не се разглеждат."))
lp("ukr", "ukr", "Косівська гончарня Смерека", "kosivsmereka", "ua",
   ("Щодо вашої заявки", "Вітаємо, {n}!\n\nГончарня Смерека отримала ваш лист. Місце отримала пані Ганна, що розписує косівські миски від юності, отже ваша кандидатура далі не йде."),
   ("interview", "Запрошення на співбесіду", "Вітаємо, {n}!\n\nЗапрошуємо вас на співбесіду {dl} об 11:00. На жаль, в майстерні немає опалення, тож одягніться тепло."))
lp("hun", "hun", "Kalocsai Paprikamalom", "kalocsaipaprika", "hu",
   ("Jelentkezése ügyében", "Kedves {n}!\n\na paprikamalom megkapta levelét. A molnár helyét egy régi őrlőköves mester kapta, így az Ön jelentkezése itt lezárul."),
   ("application_received", "Jelentkezését megkaptuk", "Kedves {n}!\n\nA malom megkapta levelét. Döntés után – legyen az jó vagy rossz hír – három héten belül értesítjük."))
lp("nld", "nld", "Stroopwafelbakkerij De Molenwiek", "molenwiek", "nl",
   ("Uw sollicitatie als bakker", "Beste {n},\n\nuw brief kwam goed aan in de bakkerij. De plek aan het wafelijzer gaat naar een bakker die dat al jaren doet; voor u stopt het hier."),
   ("offer", "Aanbod: bakker", "Beste {n},\n\nwe bieden u graag de functie van bakker aan vanaf {dl}. Helaas is de fietsenstalling verbouwd, dus parkeer uw fiets aan de overkant."))
lp("pol", "pol", "Manufaktura Pierników Toruńskich", "piernikitorun", "pl",
   ("Odpowiedź na Pani/Pana zgłoszenie", "Dzień dobry {n},\n\nlist do manufaktury dotarł, dziękujemy. Miejsce dostała osoba, która od lat wycina pierniki w starych formach, więc tu kończymy."),
   ("next_steps", "Kolejny etap rekrutacji", "Dzień dobry {n},\n\nprosimy o przesłanie skanu orzeczenia sanitarno-epidemiologicznego do {dl}. Niestety nie przyjmujemy dokumentów w wersji papierowej."))
lp("ces", "ces", "Sklárna Modrý Plamen", "modryplamen", "cz",
   ("Vaše přihláška na pozici brusiče", "Dobrý den, {n},\n\nsklárna Modrý Plamen vaši přihlášku dostala. Místo brusiče získal rytec, který u pece stojí už patnáct let, takže tady končíme."),
   ("interview", "Pozvánka na pohovor", "Dobrý den, {n},\n\nzveme vás na pohovor {dl} v 10 hodin. Bohužel je parkoviště před sklárnou uzavřené, zaparkujte u nádraží."))
lp("msa", "msa", "Kilang Songket Terengganu", "songketganu", "my",
   ("Permohonan jawatan penenun", "Salam {n},\n\nsurat anda sudah sampai ke kilang songket. Tempat penenun itu diberikan kepada seorang tukang tenun yang berpengalaman puluhan tahun, maka permohonan anda berhenti di sini."),
   ("offer", "Tawaran jawatan", "Salam {n},\n\nkami gembira menawarkan jawatan penenun mulai {dl}. Malangnya kantin kilang ditutup bulan ini, sila bawa bekal sendiri."))
lp("amh", "amh", "የሐረር ቡና ማበጠሪያ", "hararbuna", "et",
   ("ስለ ማመልከቻዎ", "ውድ {n}፣\n\nለድርጅታችን ስላመለከቱ እናመሰግናለን። ቦታውን ለረጅም ዓመታት ቡና ያበጠረች ባለሙያ ወስዳለች፤ ማመልከቻዎ እዚህ ያበቃል።"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{d}.{mm}.{y} г.",
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
    """Every .jsonl in data/ and data/blind/ below slice 161; this slice, slice 162 and any later one are skipped by number."""
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
