# ruff: noqa: E501, S311
"""Write the hundred-and-fourth sealed blind slice for issue 11 (blind-slice-104.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 102; slice 103 and later never read; our side printed)
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

SEED = 940941
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-94.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 94
SKIP_FROM = 93  # slice 93 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 24)
LAST_DRAW = dt.date(2026, 11, 20)  # a Friday; a weekend drawn before it moves to Monday 16 November at the latest

SEED = 1041041
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-104.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 104
SKIP_FROM = 103  # slice 103 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday, so a weekend never moves past it

RECIPIENTS = [
    "Elinor Pritchard-Wynne", "Ssali Brian", "Tahmina Akter", "Jerome Castillo", "Sze-Wing Tam",
    "Beatriz Couto", "Hessa Al Mazrouei", "Osian Bebb", "Nabukenya Ruth", "Mahfuzur Rahman",
    "Shanice Pook", "Chun-Kit Law", "Tiago Esteves", "Rashid Al Nuaimi", "Carys Heulwen Jones",
    "Kato Denis", "Sabiha Sultana", "Giovanni Augustine", "Hiu-Lam Siu", "Marta Cordeiro",
    "Layla Haddadin", "Teleri Gwynne", "Apio Christine", "Rubel Miah", "Kadeem Westby",
    "Wai-Kwan Lo", "Rodrigo Seabra", "Amal Bou Khalil", "Mackenzie Trudel", "Yusra Patel-Greaves",
    "Oluwadamilare Adeyemo", "Saoirse Nic Giolla", "Thandiwe Mabuza", "Harvinder Sidhu", "Brodie Aitkenhead",
]
REGION_SIGNERS = {
    "uk": ["Imogen Whitlock", "Barnaby Stott", "Priya Lakhani-Moss", "Gideon Ashworth"],
    "wl": ["Heledd Gruffydd", "Iolo Penry", "Catrin Mostyn", "Emyr Bevan-Thomas"],
    "ie": ["Clodagh Brennan", "Fiachra Dolan", "Órla Keaveney"],
    "us": ["Tamika Ruffin", "Grady Lindqvist", "Rosalind Ocampo", "Wendell Hargrove"],
    "ca": ["Solange Pelletier", "Harjot Gill", "Ewan MacPhail"],
    "au": ["Kirra Jameson", "Stavros Kallis", "Maddison Tully"],
    "nz": ["Mereana Tipene", "Rory Duckworth", "Sione Fifita"],
    "za": ["Lerato Dlamini", "Johan Botha", "Nokuthula Shabalala"],
    "in": ["Sunanda Kulkarni", "Vikramjit Bedi", "Lalitha Raghavan"],
    "ng": ["Chiamaka Eze", "Tunde Bakare", "Hauwa Sani"],
    "ug": ["Namubiru Agnes", "Ssekandi Joseph", "Akello Harriet", "Mukasa Ronald"],
    "bd": ["Farzana Chowdhury", "Rafiqul Haque", "Nusrat Jahan Mitu", "Shafiqul Islam Babu"],
    "bz": ["Delroy Usher", "Marisela Cal", "Kenrick Flowers", "Yolanda Tillett"],
    "hk": ["Ada Cheung Wai-man", "Kelvin Ho", "Yvonne Mak", "Dicky Leung Chi-fai"],
    "pt": ["Inês Carvalhal", "Duarte Nogueira", "Filipa Raposo"],
    "ae": ["Mariam Al Suwaidi", "Khalid Bin Hareb", "Noura Al Ketbi", "Tareq Abu Samra"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى الحارثي", "منى البلوشي"], "de": ["Henrike Vosskamp", "Matthias Oberleitner"],
    "es": ["Montserrat Ibarrola", "Gonzalo Peñalver"], "fr": ["Apolline Descamps", "Gaëtan Lemaire"],
    "hi": ["सरोज अग्निहोत्री", "ममता चौहान"], "it": ["Ornella Castaldi", "Fabrizio Mancuso"],
    "ja": ["森田 千尋", "石川 大輔"], "ko": ["한수진", "윤재민"], "pt": ["Luíza Bittencourt", "Caio Figueiredo"],
    "ru": ["Ольга Ветрова", "Игорь Белозёров"], "sw": ["Neema Mrema", "Juma Kisanga"],
    "th": ["สุดารัตน์ ทองดี", "พิมพ์ใจ ศรีสุข"], "tr": ["Elif Karadağ", "Burak Aksoy"],
    "ur": ["شبانہ ملک", "ثمینہ رضوی"], "zh": ["赵雪梅", "林国栋"],
    "ind": ["Sri Wahyuningsih", "Agus Setiawan"], "vie": ["Nguyễn Thị Lan Anh", "Trần Quốc Bảo"],
    "heb": ["מיכל אברהמי", "נועה שגיא"], "bul": ["Десислава Петкова", "Радослав Илиев"],
    "epo": ["Agnieszka Wróbel", "Tomasz Zieliński"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "هبة الشامي"], "de": ["Franziska Uhlig", "Jonas Kettler"],
    "es": ["Itziar Lasa", "Rubén Carrasco"], "fr": ["Margaux Pelletier", "Bastien Roux"],
    "hi": ["नेहा सक्सेना", "आरती पांडे"], "it": ["Federica Sartori", "Davide Greco"],
    "ja": ["佐藤 美咲", "中村 蓮"], "ko": ["이서연", "강민호"], "pt": ["Larissa Moreira", "Thiago Assunção"],
    "ru": ["Анастасия Лебедева", "Кирилл Морозов"], "sw": ["Halima Said", "Elia Massawe"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนพร แก้วมณี"], "tr": ["Selin Öztürk", "Kaan Arslan"],
    "ur": ["حنا شیخ", "مریم جاوید"], "zh": ["黄静怡", "吴俊杰"],
    "ind": ["Dewi Lestari", "Rizky Pratama"], "vie": ["Phan Minh Thư", "Lê Hoàng Nam"],
    "heb": ["שירה כהן", "יעל בירנבאום"], "bul": ["Мария Стоянова", "Георги Тодоров"],
    "epo": ["Karolina Nowak", "Mikaelo Bruno"],
}
GIVEN = {
    "Ssali Brian": "Brian", "Nabukenya Ruth": "Ruth", "Kato Denis": "Denis", "Apio Christine": "Christine",
    "Sze-Wing Tam": "Sze-Wing", "Chun-Kit Law": "Chun-Kit", "Hiu-Lam Siu": "Hiu-Lam", "Wai-Kwan Lo": "Wai-Kwan",
    "Namubiru Agnes": "Agnes", "Ssekandi Joseph": "Joseph", "Akello Harriet": "Harriet", "Mukasa Ronald": "Ronald",
    "Ada Cheung Wai-man": "Ada", "Dicky Leung Chi-fai": "Dicky", "Nguyễn Thị Lan Anh": "Lan Anh", "Trần Quốc Bảo": "Bảo",
    "Phan Minh Thư": "Thư", "Lê Hoàng Nam": "Nam", "Sri Wahyuningsih": "Sri", "نور الهدى سليمان": "نور الهدى",
}
PROVIDERS = ["larchmail", "quillpost", "tarnbox", "brackenpost", "pebblemail", "ospreybox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "wl": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "bg": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bz": ("-0600", None, ""), "br": ("-0300", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "hk": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind104-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


SENDERS: dict[str, dict[str, str | tuple[str, ...]]] = {}


def like(fam: str, **over: str | tuple[str, ...]) -> dict[str, str | tuple[str, ...]]:
    """The sender, company, domain, role, zone and slots of an earlier mix refusal, for a mail under the same sender."""
    return {**SENDERS[fam], **over}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    SENDERS[fam] = {"co": co, "dom": dom, **kw}
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
QNOTE = "\n{sf} – grateful for Thursday's walk past the loading bays. Scissor-lift ticket good till May; Mr Okwir (referee) picks up after five.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = (
    "\n\n— — —\nCareers at {co} | Openings by town | Role alerts | Staff perks\n"
    "This inbox holds a {co} candidate profile; alerts and closure live under Account > Preferences.\n"
    "Monday digest: shop-floor, warehouse and head-office roles.\n{co} Retail Group, Unit 4 Ferrymead Park."
)

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Candidate Home: {role} (REQ-{ref})",
   "Hello {n},\n\nRequisition REQ-{ref}, {role}: the {co} hiring team finished its review and chose to carry on with other people, which closes your submission.\n\nCandidate Home keeps your profile, and any further opening can be applied for from there.\n\nTalent Acquisition, {co}",
   ("Gwasg Eithin Publishing", "Kagwara Solar Lanterns"), ("gwasgeithin", "kagwarasolar"), role=("Bilingual Editorial Assistant", "Field Sales Agent – Lira"), tz=("wl", "ug"), frm="{co} Careers <no-reply@{dom}>")
mr("gh-final", "Your application with {co}",
   "Hi {n},\n\nFour rounds for {role} is a lot of evenings, and we noticed. The search ended with a finalist whose background tracked tightly to this quarter's roadmap, so today we are releasing everyone else in the loop, you among them.\n\nGo well,\n{sig}\nRecruiting, {co}",
   ("Yum Cha Central Kitchens", "Sonali Jute Works"), ("yumchacentral", "sonalijute"), role=("Commissary Planner", "Export Merchandiser"), tz=("hk", "bd"))
mr("lv-pool", "{co} – {role}",
   "Dear {n},\n\nYour papers for {role} were read by two of us. Another applicant now holds the post.\n\nWe would like to park your details with us for eighteen months for future seasons; a reply containing DELETE wipes them straight away.\n\n{sig}\nPeople team, {co}",
   ("Punta Gorda Cocoa Works", "Ladrilharia Lume"), ("puntagordacocoa", "ladrilharialume"), role=("Fermentation Supervisor", "Glaze Room Technician"), tz=("bz", "pt"))
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><p>Your application record for <b>{role}</b> has changed.</p><table border=\"1\"><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – another applicant appointed</td></tr></table><p>From<br>{co} Recruitment</p></body></html>",
   ("Falconair Catering", "Quillstone Greeting Cards"), ("falconaircatering", "quillstonecards"), role=("Tray Set-up Lead", "Junior Card Designer"), tz=("ae", "uk"), frm="{co} Recruitment <talent@{dom}>")
mr("ic-cert", "{co}: update on job {ref}",
   "Dear {n},\n\nJob {ref}, {role}. Screening result: Not Selected – {x}.\n\nThe advert listed that certificate as compulsory, which ends this application here. Once it is in hand, a fresh application will be screened as normal.\n\n{co} Human Resources",
   ("Rwenzori Springs Water", "Meghna Knit Composite"), ("rwenzorisprings", "meghnaknit"), role=("Delivery Truck Driver", "Line Supervisor, Sewing Floor"), x=("Class CM Driving Permit Not Attached", "Factory Compliance Training Record Not Supplied"), tz=("ug", "bd"), frm="{co} HR <hr-noreply@{dom}>")
mr("tl-pulled", "Requisition {ref} – {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) has been withdrawn by {co} after {x}. All applications linked to it, yours too, are closed.\n\nA re-advertised role would mean a new application on the careers site.\n\n{co} Talent Services",
   ("Northshore Hydro Utility", "Fleecemark Testing Labs"), ("northshorehydro", "fleecemarklabs"), role=("Line Technician Apprentice", "Micron Test Operator"), x=("a review of the winter capital plan", "the loss of a major testing contract"), tz=("cae", "au"), frm="{co} Talent <careers@{dom}>")
mr("wk-trial", "{role} at {co}",
   "Hi {n},\n\n{x} people went for {role}; six came in for paid trial shifts. Yours went well, honestly, yet the job went to somebody free for the six o'clock rota from tomorrow.\n\nCheers,\n{sig}, {co}",
   ("Lai Yuen Cha Chaan Teng", "Penrhos Farm Shop Deli"), ("laiyuen", "penrhosdeli"), role=("Counter and Till Staff", "Deli Counter Assistant"), x=("118", "47"), tz=("hk", "wl"))
mr("bh-hours", "Re: {role} application",
   "Hello {n},\n\nTa for leaving a CV re {role}. Two of our own crew switched to full-time and soaked up every advertised hour; nothing's left over.\n\nTake it easy,\n{sig}\n{co}",
   ("Turneffe Dive Hut", "Nibsmith Stationers"), ("turneffedive", "nibsmith"), role=("Dive Shop Assistant", "Weekend Shop Assistant"), tz=("bz", "uk"))
mr("tt-accent", "{co} – your application",
   "Dear {n},\n\n{x}\n\nWe stay grateful for the time dedicated to us and desire you many successes.\n\n{sig}\n{co}",
   ("Conservas Maré Alta", "Sablehorn Event Staging"), ("conservasmarealta", "sablehornstaging"), role=("Quality Assistant", "Rigging Crew Lead"), x=("After analysing all the candidatures for the function of Quality Assistant, we decided to advance with another person, whose profile is more adjusted to the factory's needs in this moment.", "Kindly note that after careful study of the files received for the Rigging Crew Lead position, our management chose a different candidate and the process is closed from our side."), tz=("pt", "ae"))
mr("pp-score", "{co}: {role} – shortlisting outcome",
   "Dear {n},\n\nEach form for {role} was marked on the published criteria; yours totalled {x} of 40. Interviews went to those on {y} or more, which means we stop here with yours.\n\n{sig}, for {co}",
   ("Padma Community Health Programme", "Bukedea Farmer Extension Service"), ("padmahealth", "bukedeaextension"), role=("Community Health Supervisor", "Extension Officer – Kumi"), x=("21", "19"), y=("27", "25"), tz=("bd", "ug"))
mr("jz-down", "{role} – listing closed",
   "Hi {n},\n\nQuick one from {co}: the {role} listing is down now – the spot got filled on Tuesday. Appreciate you applying.\n\n– {sig}",
   ("Griddlewagon Food Truck", "Pack & Carry Removals"), ("griddlewagon", "packandcarry"), role=("Line Cook", "Removals Porter"), tz=("usc", "nz"))
mr("ab-debrief", "Following up – {role}",
   "Hi {n},\n\nDebrief on {role} done: our panel backed another finalist, who signed this morning. The work sample clearly took you real effort, and the team said as much.\n\nYour file gets closed on our side today.\n\n{sig}\n{co}",
   ("Ledgerleaf Carbon", "Clausewise Legal Tech"), ("ledgerleaf", "clausewise"), role=("Emissions Data Analyst", "Product Designer"), tz=("usp", "ie"))
mr("wd-estates", "Your application: {role}",
   "Dear {n},\n\nRecruitment for {role} ({ref}) has finished and the appointing panel selected another candidate. The applicant portal will list your application as closed.\n\nWe appreciated hearing from you.\n\nResourcing Team",
   ("Aberbrân University Estates", "St Columba's Hospital Group"), ("aberbranuni", "stcolumbashg"), role=("Grounds Maintenance Operative", "Central Sterile Services Assistant"), tz=("wl", "ie"), frm="{co} Resourcing <jobs@{dom}>")
# once
mr("cy-cafe", "Swydd / the job at {co}",
   "Shwmae {n},\n\nDiolch o galon for bringing your CV round. We've given the Saturday shift to a lad from the chapel who's been helping out anyway, so that's it filled for now.\n\nPop in for a panad any time.\n{sig}\n{co}",
   "Siop Lyfrau Bryn", "sioplyfraubryn", tz="wl")
mr("ug-boda", "Rider Supervisor post",
   "Greetings of the day {n},\n\nYour letter for the Rider Supervisor post at {co} reached us. Kindly be informed that the bosses have settled on another candidate who already knows our Ntinda routes.\n\nMay God guide your search. Be blessed.\n\n{sig}\nAdministration, {co}",
   "Nsambya Parcel Boda Express", "nsambyaparcel", tz="ug")
mr("bd-buying", "Regarding your CV for Merchandiser",
   "Dear {n},\n\nGreetings from {co}. We have received your CV against the Merchandiser (Knit) circular. Please note that the post has been filled up by an internal transfer from our Gazipur office.\n\nThanking you,\n{sig}\nHR & Admin\n{co}",
   "Karnaphuli Buying House", "karnaphulibuying", tz="bd")
mr("hk-watch", "Re: Apprentice watch repairer",
   "Hi {n},\n\nGood you visited the shop last Tuesday. Boss has decided to take his nephew as apprentice, he start next month already. Sorry ar, and add oil with your job hunting!\n\n{sig}\n{co}",
   "Kwong Hing Watch Repair", "kwonghingwatch", tz="hk")
mr("bz-taxi", "Deckhand job",
   "Good day {n},\n\nThank you fi sending in your papers for the deckhand job with {co}. We decide to go with a young man from Hopkins village who already have his boat licence, so the job take.\n\nAll the best to you,\n{sig}",
   "Reef Runner Water Taxi", "reefrunnertaxi", tz="bz")
mr("pt-pastel", "Candidatura – Balcão",
   "Hello {n},\n\nWe thank your candidature for the counter job in our pastelaria. We inform that we stayed with another candidate, more experienced with the espresso machine and the pastéis oven.\n\nBest regards,\n{sig}\n{co}",
   "Pastelaria Sol de Alfama", "pastelariasol", tz="pt")
mr("ae-rental", "Your application – Rental Desk Agent",
   "Dear {n},\n\nGreetings. Kindly be informed that the Rental Desk Agent vacancy at {co} has been fulfilled and the file is closed. Wishing you all success ahead.\n\nBest regards,\n{sig}\nHR Department",
   "Oasis Drive Car Rental", "oasisdrive", tz="ae")
mr("us-bowl", "Bowling center job",
   "Hey {n},\n\nAppreciate you applying to work the lanes and shoe counter at {co}. We hired two folks who can cover Friday league nights, so the spots are taken.\n\nTake care,\n{sig}, Manager",
   "Pinfall Lanes", "pinfalllanes", tz="usm")
mr("ca-sugar", "Sugar shack season job",
   "Hi {n},\n\nMerci for writing about a season at {co}. The sugaring-off crew is complete, mostly returning staff.\n\nCome by the shack for pancakes anyway!\n{sig}",
   "Érablière Tremblay", "erabliere-tremblay", tz="cae")
mr("au-roadhouse", "Roadhouse all-rounder",
   "G'day {n},\n\nCheers for the application for the all-rounder role out at {co}. We've put on a couple who can both drive the fuel truck, so the job's gone.\n\nHooroo,\n{sig}",
   "Gidgee Creek Roadhouse", "gidgeecreek", tz="au")
mr("nz-ski", "Rental shop position",
   "Kia ora {n},\n\nThanks heaps for applying to the rental shop at {co}. We've now filled all the boot-fitting spots for the coming season with returning techs.\n\nNgā mihi,\n{sig}",
   "Tarn Peak Ski Rentals", "tarnpeakski", tz="nz")
mr("in-tiffin", "Regarding Delivery Coordinator opening",
   "Dear {n},\n\nWith reference to the Delivery Coordinator opening at {co}: we regret to state it stands closed, as a suitable candidate from Andheri has joined already.\n\nWith regards,\n{sig}\n{co}",
   "Vithoba Dabba Service", "vithobadabba", tz="in")
mr("za-braai", "Catering assistant",
   "Hi {n},\n\nThanks for the CV for the catering assistant post at {co}. We picked someone with their own bakkie for the weekend functions, so that post is taken.\n\nCheers and all the best,\n{sig}",
   "Shisa Nyama Fire Caterers", "shisafire", tz="za")
mr("ng-rental", "Re: Logistics Assistant application",
   "Good afternoon {n},\n\nWe refer to the Logistics Assistant role at {co}. Hiring has been concluded and the role was given to another applicant. Do have a great week ahead.\n\nRegards,\n{sig}\n{co}",
   "Tentpole Royals Event Rentals Ogere", "tentpoleroyals", tz="ng")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-garden", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nLovely to spot your name in my inbox. Monday's trustee meeting gave the {role} post to the horticulturist who has led our glasshouse volunteers for years; she starts after Easter.\n\nWarm wishes,\n{sig}\n\n{OUT}",
   ("Gerddi Botaneg Teifi", "Entebbe Botanic Trust"), ("gerdditeifi", "entebbebotanic"), role=("Glasshouse Supervisor", "Nursery Supervisor"), tz=("wl", "ug"))
mr("th-water", "RE: [EXT] RE: {role} – next steps",
   "Dear {n},\n\nNews at last. The directors appointed {x} to the {role} post; handover starts next week.\n\nLoved the pump-station story.\n\nBest regards,\n{sig}\n\n{ORIG}",
   ("Harbourline Water Services", "Karnaphuli Water Supply Board"), ("harbourlinewater", "kwsb-bd"), role=("Network Planning Engineer", "Assistant Engineer (Distribution)"), x=("a planner from our Tsuen Wan depot", "an engineer from the Khulna zone office"), tz=("hk", "bd"))
mr("th-falcon", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nLovely photos of the mews, cheers. {x} has taken the {role} role and moves across when the month turns.\n\nShowing you round made my week.\n\nBest,\n{sig}\n\n{GM}",
   ("Sahra Falcon Centre", "Wyre Forest Raptor Centre"), ("sahrafalcon", "wyreraptor"), role=("Assistant Falconer", "Flying Display Keeper"), x=("One of our seasonal handlers", "Our longest-serving volunteer"), tz=("ae", "uk"))
mr("th-club", "RE: [EXT] Re: {role} follow-up",
   "Hi {n},\n\nGood to catch up after the session. The committee picked {x} for the {role} job; he knows the juniors well and begins in the new season.\n\nTa for trekking out to the ground.\n{sig}\n\n{RULE}",
   ("Clwb Rygbi Llanfarian", "Sylhet Cricket Academy"), ("rygbillanfarian", "sylhetcricket"), role=("Community Rugby Coach", "Junior Programme Coach"), x=("a former player from the second fifteen", "an academy graduate"), tz=("wl", "bd"))
mr("th-spa", "Re: [EXT] RE: {role}",
   "Hello {n},\n\nYour kind note made my morning. Our general manager settled on {x} for the {role} position, and she takes it up when the new wing opens.\n\nMeeting you was a pleasure.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Mangrove Cay Resort Spa", "Termas do Gerês Hotel"), ("mangrovecay", "termasgeres"), role=("Spa Coordinator", "Wellness Reception Lead"), x=("a therapist from our sister property", "a colleague from our Braga hotel"), tz=("bz", "pt"))
mr("th-press", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nGlad you chased. The press board offered {role} to {x}, who accepted yesterday.\n\nThe series editor mentioned your sample edits twice.\n\nWith best wishes,\n{sig}\n\n{OUT}",
   ("Victoria Harbour University Press", "Makerere Hill University Press"), ("vhupress", "makererehillpress"), role=("Assistant Acquisitions Editor", "Production Editor"), x=("a candidate from our journals team", "an editor from the Faculty of Arts"), tz=("hk", "ug"))
mr("th-aquarium", "RE: [EXT] RE: {role} interview",
   "Hi {n},\n\nI enjoyed our chat by the reef tanks. Our curator picked {x} for the {role} post; they start once the seahorse exhibit opens.\n\nBest of luck,\n{sig}\n\n{ORIG}",
   ("Oceanário da Ribeira", "Brazoria Aquarium Society"), ("oceanarioribeira", "brazoriaaquarium"), role=("Aquarist", "Life Support Technician"), x=("an aquarist from our partner lab", "one of our night-shift divers"), tz=("pt", "usc"))
mr("th-housing", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGood to get your email. The interview panel appointed {x} as our new {role}; she joins us on the fifteenth.\n\nOur talk about tenant panels stayed with me.\n\nAll the best,\n{sig}\n\n{RULE}",
   ("Cartrefi Dyffryn Housing", "Shannonside Homes Association"), ("cartrefidyffryn", "shannonsidehomes"), role=("Tenancy Sustainment Officer", "Estate Officer"), x=("a housing officer from our Llandeilo team", "an officer seconded from the council"), tz=("wl", "ie"))

# ---- 8 clear refusals under long footers
mr("ft-sport", "{role}: application update",
   "Hi {n},\n\nAbout {role} in our {x} store: the store team picked other candidates and your application is closed." + FOOTER,
   ("Peakstride Sports", "Fairway & Pitch"), ("peakstride", "fairwaypitch"), role=("Footwear Fitting Advisor", "Racket Stringing Assistant"), x=("Pontypridd", "Oranmore"), tz=("wl", "ie"), frm="{co} Careers <careers@{dom}>")
mr("ft-books", "Your {co} application",
   "Dear {n},\n\nThe branch manager at {x} read your {role} form and did not pick it for interview this time." + FOOTER,
   ("Chapterhouse Books", "Dog-Ear Booksellers"), ("chapterhousebooks", "dogearbooks"), role=("Bookseller", "Children's Section Supervisor"), x=("our Porthmadog branch", "our Haworth branch"), tz=("uk", "uk"), frm="{co} Jobs <jobs@{dom}>")
mr("ft-optic", "Application for {role}",
   "Hello {n},\n\nThe {role} vacancy is filled, so your application ends there." + FOOTER,
   ("Vizmore Opticians", "Lensbury Sightcare"), ("vizmoreopt", "lensburysightcare"), role=("Optical Assistant", "Dispensing Trainee"), tz=("uk", "ie"), frm="{co} Careers <careers@{dom}>")
mr("ft-toys", "{role} – outcome",
   "Hi {n},\n\nYour bid for {role} has been unsuccessful. Wishing you a good run elsewhere." + FOOTER,
   ("Marblejar Toys", "Tumbletop Toy Stores"), ("marblejartoys", "tumbletoptoys"), role=("Christmas Temp – Shop Floor", "Stockroom Assistant"), tz=("uk", "nz"), frm="{co} Careers <careers@{dom}>")

# ---- 9 hedged refusals
mr("hd-events", "{role} – where we landed",
   "Hi {n},\n\nLoved hearing about your festival work. Ultimately one other portfolio sat nearer the conference season we have booked, and that person gets the job.\n\nWarmly,\n{sig}\n{co}",
   ("Lanternfield Events", "Brightmarquee Conferences"), ("lanternfield", "brightmarquee"), role=("Event Producer", "Delegate Services Lead"), tz=("uk", "au"))
mr("hd-games", "Update on {role}",
   "Hey {n},\n\nYour level-design test was a blast to play. This hire is heading elsewhere, toward someone with deeper live-ops history.\n\nThanks for everything,\n{sig}, {co}",
   ("Pixelmoss Games", "Reefglass Interactive"), ("pixelmoss", "reefglass"), role=("Level Designer", "Gameplay Scripter"), tz=("cap", "usp"))
mr("hd-solar", "{role} role",
   "Hello {n},\n\nHaving weighed everyone up, another installer's roof-work record matched the crew a shade more closely, and we've gone ahead on that basis.\n\nBest,\n{sig}\n{co}",
   ("Sunridge Rooftop Solar", "Brightveld Solar Installers"), ("sunridgesolar", "brightveldsolar"), role=("PV Installer", "Electrical Installer"), tz=("au", "za"))
mr("hd-pr", "Your conversation with {co}",
   "Dear {n},\n\nWe enjoyed the conversation. On reflection, others we met suit this year's client roster more snugly, so they're the ones we carry forward.\n\nWarmly,\n{sig}",
   ("Wordharbour PR", "Loudlark Communications"), ("wordharbour", "loudlark"), role=("Account Executive", "Media Relations Officer"), tz=("ie", "use"))
mr("hd-hotel", "Front Office Supervisor – your candidature",
   "Dear {n},\n\nGreetings from {co}. Kindly note that other profiles were more convenient for the Front Office requirements at this stage, and the hotel has proceeded with them.\n\nMany thanks for the time given.\n\nBest regards,\n{sig}",
   "Al Murjan Creek Hotel", "almurjancreek", tz="ae")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-fin", "{role} – client feedback + something else",
   "Hi {n},\n\nRang earlier, left a voicemail. The client is progressing someone else for {role}. Flip side: a {x} vacancy crossed my desk and suits you better, I reckon – same patch, a bit more money. OK to submit you?\n\n{sig}\n{co}",
   ("Ledgerline Recruitment", "Countwise Talent"), ("ledgerline", "countwisetalent"), role=("Assistant Management Accountant", "Payroll Officer"), x=("part-qualified finance analyst", "credit control lead"), tz=("uk", "au"))
mr("rc-build", "Feedback on {role} and another opening",
   "Hello {n},\n\nFurther to our call: the contractor picked a local person for {role}. They are also short a {x} on their new site from next month – interested? Say the word and you go forward today.\n\nRegards,\n{sig}\n{co}",
   ("Girderline Construction Recruitment", "Keystone Site Staffing"), ("girderline", "keystonesite"), role=("Site Engineer", "Quantity Surveyor"), x=("setting-out engineer", "assistant QS"), tz=("ie", "za"))
mr("rc-care", "{role} – update",
   "Hi {n},\n\nGood chatting earlier. The clinic chose another nurse for the {role} shift pattern, but a different client of mine wants a {x} – days only, weekdays. Shall I line up a call?\n\n{sig}\n{co}",
   ("Bedside Healthcare Staffing", "Carewell Locums"), ("bedsidestaff", "carewelllocums"), role=("Practice Nurse", "Theatre Nurse"), x=("treatment-room nurse", "endoscopy nurse"), tz=("nz", "uk"))
mr("rc-rmg", "Re: Compliance Manager (Knit)",
   "Dear {n},\n\nAs discussed on phone, factory management chose another candidate for the Compliance Manager post. Meanwhile an Ashulia client needs a Sustainability Executive, kindly send updated CV by tomorrow for forwarding.\n\nRegards,\n{sig}\n{co}",
   "Tangail Talent Partners", "tangailtalent", tz="bd")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref} ({role}): rating – qualified. Higher quality categories were forwarded first, and your name stayed off the referral list handed to the selecting manager.\n\n{co}, Human Resources Office",
   ("Bureau of Reclamation Services", "Belize Public Service Commission"), ("reclamation-svc", "bpsc-bz"), role=("Hydrologic Technician", "Clerk Typist II"), tz=("usm", "bz"), frm="{co} <hr-notices@{dom}>")
mr("ps-inelig", "Application for {role} – eligibility",
   "Dear {n},\n\nScreening for {role} is complete. The Commission ruled your application ineligible: {x}.\n\n{sig}\nSecretary, {co}",
   ("Kyenjojo District Service Commission", "Divisional Public Service Recruitment Cell"), ("kyenjojodsc", "dpsrc-bd"), role=("Parish Chief", "Office Assistant cum Computer Typist"), x=("the academic transcripts attached were uncertified", "the attested copy of the SSC certificate was absent"), tz=("ug", "bd"))
mr("ps-cancel", "Vacancy {ref}: {role} – cancellation",
   "Dear {n},\n\nThe recruitment exercise for {role} (ref. {ref}) is off, due to {x}. Applications in hand are closed unassessed.\n\n{co}, Recruitment",
   ("Cyngor Sir Glanmor", "Leisure and Civic Services Department"), ("glanmor-gov", "lcsd-hk"), role=("Countryside Ranger", "Assistant Amenities Officer"), x=("a service restructure", "a freeze on civil service establishment"), tz=("wl", "hk"), frm="{co} <recruitment@{dom}>")
mr("ps-mark", "{role} competition – written test",
   "Dear {n},\n\nWritten test, {role}: you scored {x}. The board fixed {y} as the qualifying mark, so this competition ends for you before interviews.\n\n{co}",
   ("Public Appointments Office", "Civil Service Examination Unit"), ("publicappointments-ie", "cseu-hk"), role=("Clerical Officer", "Assistant Clerical Officer"), x=("52", "44"), y=("60", "55"), tz=("ie", "hk"), frm="{co} <noreply@{dom}>")

# ---- 6 bare ATS status updates
mr("ats-hb", "Application status changed",
   "Hi {n},\n\nStatus for {role} at {co}: No longer under consideration.\n\nSent automatically by Hirebirch.",
   ("Quayward Logistics", "Tembo Foods"), ("quayward", "tembofoods"), role=("Warehouse Clerk", "Shift Planner"), tz=("uk", "ug"), frm="Hirebirch <notify@hirebirch.example>")
mr("ats-rc", "Rolecairn update: {role}",
   "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Stage: <b>Archived · Not selected</b></p><p>Rolecairn</p></body></html>",
   ("Ternway Freight", "Harbourlight Insurance Services"), ("ternwayfreight", "harbourlightins"), role=("Customs Declarations Clerk", "Claims Assistant"), tz=("hk", "uk"), frm="Rolecairn <updates@rolecairn.example>")
mr("ats-sw", "Your Siftwell application",
   "Application ID {ref} ({role}, {co}) has moved to: Declined.\n\nSiftwell",
   ("Pelorus Foods", "Quarrendon Print Services"), ("pelorusfoods", "quarrendonprint"), role=("Production Operative", "Finishing Operator"), tz=("nz", "uk"), frm="Siftwell <no-reply@siftwell.example>")

# ---- 6 internship / graduate decisions
mr("in-conserv", "{co} Conservation Internship 2026",
   "Dear {n},\n\nThe Conservation Internship at {co} drew {x} applications for four places, and the panel's offers have gone out. Yours was outside the four this year.\n\nDo try us again next round.\n\nLearning & Collections",
   ("Amgueddfa Glan Taf", "Museum of Hong Kong Craft"), ("amgueddfataf", "mhkcraft"), x=("212", "164"), tz=("wl", "hk"), frm="{co} <internships@{dom}>")
mr("in-energy", "Graduate Engineering Programme – decision",
   "Dear {n},\n\nAssessment centres for the {co} Graduate Engineering Programme are finished. Regretfully, every seat on the {x} intake is now taken by other graduates.\n\nGraduate Recruitment Team",
   ("Windcrest Energy", "Gridhaven Power"), ("windcrestenergy", "gridhavenpower"), x=("September 2026", "2026"), tz=("uk", "au"), frm="{co} Graduates <graduates@{dom}>")
mr("in-hotel", "Management Trainee Programme",
   "Dear {n},\n\nAfter the group exercise and panel for the {co} Management Trainee Programme, your application has been unsuccessful for this cohort.\n\nWe wish you every success.\n\nLearning and Development",
   ("Lusitana Hotels", "Qurum Crest Hospitality"), ("lusitanahotels", "qurumcresthosp"), tz=("pt", "ae"), frm="{co} <trainees@{dom}>")

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-req", "We have your application: {role} (REQ-{ref})",
   "Hello {n},\n\n{role}: your application landed at {co}. Candidate Home lists it as Submitted; screening flips that to Interview or to Closed, with an email at each flip.\n\nTalent Acquisition, {co}", **like("wd-req"))
mo("application_received", "gh-final", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is safely in; recruiters read each one inside ten working days. Should we pass, a real person still writes to you; should it fit, a first call gets booked.\n\n{sig}, Recruiting", **like("gh-final"))
mo("application_received", "lv-pool", "{co}: application received",
   "Dear {n},\n\nGot it – {role}, filed. Whatever the result, your details stay in our pool for eighteen months; reply DELETE at any point and they vanish.\n\n{sig}, People team", **like("lv-pool"))
mo("application_received", "sr-table", "Received: {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>That row will read Interview or Closed after the hiring manager decides. Sit tight meanwhile.</p><p>{co} Recruitment</p></body></html>", **like("sr-table"))
mo("application_received", "ic-cert", "{co}: we received your application (job {ref})",
   "Dear {n},\n\n{role}: application logged. Heads-up – screening tags anything lacking the required certificate as Not Selected on its own, so double-check your uploads in the portal.\n\n{co} Human Resources", **like("ic-cert"))
mo("application_received", "tl-pulled", "Application acknowledgement – requisition {ref}",
   "Dear {n},\n\n{role} – acknowledged. If the requisition gets pulled or frozen, every applicant hears that same day. Otherwise news follows inside three weeks.\n\n{co} Talent Services", **like("tl-pulled"))
mo("application_received", "wk-trial", "Got your application – {role}",
   "Hi {n},\n\nCheers, {role} form received. Roughly six get invited for paid trial shifts. In, and we text; out, and an email follows regardless.\n\n{sig}, {co}", **like("wk-trial"))
mo("application_received", "bh-hours", "Thanks – {role}",
   "Hello {n},\n\nCV for {role} safely here. Fair warning: our own crew get first claim on extra hours, and if they grab the lot an email tells you so.\n\n{sig}\n{co}", **like("bh-hours"))
mo("application_received", "tt-accent", "{co} – candidature received",
   "Dear {n},\n\nWe confirm that your candidature for {role} arrived well. Be the answer positive or negative, we compromise to reply before the month finishes.\n\n{sig}\n{co}", **like("tt-accent"))
mo("application_received", "pp-score", "{co}: {role} – application logged",
   "Dear {n},\n\n{role} application logged. Markers score all forms on the published criteria; anyone below the interview cut-off gets their score emailed.\n\n{sig}, for {co}", **like("pp-score"))
mo("application_received", "jz-down", "Application in: {role}",
   "Hi {n},\n\n{role} at {co} – you're on the list. Once the spot fills, the listing disappears and every applicant gets a short note from me.\n\n– {sig}", **like("jz-down"))
mo("application_received", "ab-debrief", "We received your application – {role}",
   "Hi {n},\n\n{role} at {co}, received. The route: review, first chat, work sample, panel debrief. Whatever the verdict, it reaches you two days after the debrief.\n\n{sig}", **like("ab-debrief"))
mo("application_received", "wd-estates", "Application received: {role}",
   "Dear {n},\n\nApplication for {role} ({ref}) received. Four quiet weeks after closing = no shortlist place for you this round.\n\nResourcing Team", **like("wd-estates"))
mo("application_received", "ft-sport", "We've got your application – {role}",
   "Hi {n},\n\n{role}, {x} store: application in. Managers get in touch only when a background matches their rota needs." + FOOTER, **like("ft-sport"))
mo("application_received", "ft-books", "Application received at {co}",
   "Dear {n},\n\n{role} at {x}: form received. Whichever way this one lands, similar roles can draw on your file for six months." + FOOTER, **like("ft-books"))
mo("application_received", "ft-optic", "Thanks for applying – {role}",
   "Hello {n},\n\n{role} application, logged. If it isn't picked, the portal status says so within a fortnight." + FOOTER, **like("ft-optic"))
mo("application_received", "ft-toys", "Christmas temps: application received",
   "Hi {n},\n\n{role} form received. Every applicant hears back, successful or not, ahead of Halloween." + FOOTER, **like("ft-toys"))
mo("application_received", "rc-fin", "Got your CV – {role}",
   "Hi {n},\n\nCV in for {role}, cheers. Your profile goes to the client by Thursday. A no from them means a call from me with my other live roles.\n\n{sig}\n{co}", **like("rc-fin"))
mo("application_received", "rc-care", "Registration received – {role}",
   "Hi {n},\n\nRegistration done for {role} work. Expect contact only once a shift pattern matches your stated availability.\n\n{sig}\n{co}", **like("rc-care"))
mo("application_received", "ps-notref", "Application received – Announcement {ref}",
   "Dear {n},\n\nApplication for {role} logged. After closing, a Notice of Results states your rating and whether the selecting manager received your name.\n\n{co}, Human Resources Office", **like("ps-notref"))
mo("application_received", "ps-inelig", "Acknowledgement: {role}",
   "Dear {n},\n\nApplication for {role} noted by the Commission. Missing or uncertified documents can make an application ineligible, and the applicant then gets a letter stating why.\n\n{sig}\nSecretary, {co}", **like("ps-inelig"))
mo("application_received", "ats-hb", "Application submitted",
   "Hi {n},\n\n{role} at {co} – submitted. Status: New. After review it becomes Interview – or else No longer under consideration.\n\nHirebirch", **like("ats-hb"))
mo("application_received", "ats-sw", "Siftwell: application received",
   "Application ID {ref} ({role}, {co}) has been received. You will be notified whether it moves to Shortlisted or to Declined.\n\nSiftwell", **like("ats-sw"))
mo("application_received", "in-conserv", "Conservation Internship – application received",
   "Dear {n},\n\nConservation Internship: application in. Over a hundred and fifty people chase four places; each hears the outcome in writing, whichever way it falls.\n\nLearning & Collections", **like("in-conserv"))
mo("application_received", "in-energy", "Graduate Programme: application received",
   "Dear {n},\n\n{co} Graduate Engineering Programme: application logged. The online test comes next; passing it leads to the assessment centre, failing it brings an email.\n\nGraduate Recruitment Team", **like("in-energy"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-garden", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nGood to hear back. Could you manage {dl}, half ten, glasshouse office, for an interview? Parking warning: unfortunately tarmac crews have the main car park, so come up the lane by the potting sheds.\n\nWarm wishes,\n{sig}", **like("th-garden"))
mo("interview", "th-water", "Interview – {role}",
   "Dear {n},\n\nPanel interview for {role}: {dl}, 2 pm, if that suits. Regrettably our building's lift is being repaired, so leave time for four floors of stairs.\n\nBest regards,\n{sig}", **like("th-water"))
mo("interview", "th-falcon", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nFancy a chat plus a morning with the birds, {dl} from nine? Travel costs sadly fall on you, but lunch is ours.\n\nBest,\n{sig}", **like("th-falcon"))
mo("interview", "th-club", "{role} – interview",
   "Hi {n},\n\nCommittee meeting with you: {dl}, 6.30 pm, clubhouse. Bad news on the pitch, it's waterlogged, so no coaching demo this time – just a talk.\n{sig}", **like("th-club"))
mo("interview", "th-spa", "Interview invitation – {role}",
   "Hello {n},\n\nInterview for {role}: {dl}, 11 am. Unfortunately builders have the spa door blocked, so use the hotel lobby.\n\nKind regards,\n{sig}", **like("th-spa"))
mo("interview", "th-press", "Interview: {role}",
   "Dear {n},\n\nThe press board can see you for {role} on {dl}, 3 pm. Our projector has died, unfortunately, so printed sample pages please.\n\nWith best wishes,\n{sig}", **like("th-press"))
mo("interview", "th-aquarium", "{role} interview",
   "Hi {n},\n\nInterview at the reef tanks, {dl}, 10 am – does that suit? Sadly the staff café is shut that week; pack a snack.\n\n{sig}", **like("th-aquarium"))
mo("interview", "th-housing", "Interview – {role}",
   "Hi {n},\n\nInterview for {role}: {dl}, half one. Our meeting rooms are being repainted, unfortunately, so it's the community hall next door.\n\nAll the best,\n{sig}", **like("th-housing"))
mo("next_steps", "gh-final", "Next step: assessment for {role}",
   "Hi {n},\n\nOn to stage two for {role}. The online planning exercise needs finishing by {dl}. It unfortunately breaks on phones; use a laptop.\n\n{sig}, Recruiting", **like("gh-final"))
mo("next_steps", "ic-cert", "{co}: documents needed for job {ref}",
   "Dear {n},\n\nNext for {role}: a clear scan of your {y}, uploaded by {dl}. Regrettably, skewed phone photos get bounced.\n\n{co} Human Resources", **like("ic-cert", y=("driving permit", "compliance training record")))
mo("next_steps", "pp-score", "{role}: written exercise",
   "Dear {n},\n\nShortlisted for {role}! A written exercise comes first, due back {dl}, and sadly that date is fixed for everybody.\n\n{sig}, for {co}", **like("pp-score"))
mo("next_steps", "ps-mark", "{role} competition – written test date",
   "Dear {n},\n\nSit the {role} written test on {dl}, photo ID in hand. Unfortunately doors close at the start and latecomers stay out.\n\n{co}", **like("ps-mark"))
mo("next_steps", "in-energy", "Assessment centre – documents",
   "Dear {n},\n\nOnline test: passed, well done. Degree transcript and right-to-work proof are due by {dl}. Postal copies, unfortunately, are refused.\n\nGraduate Recruitment Team", **like("in-energy"))
mo("next_steps", "ab-debrief", "Work sample – {role}",
   "Hi {n},\n\nFirst chat done, nice. A short work sample follows; brief attached, due {dl}. Bad news: the panel flies out the week after, so the date is fixed.\n\n{sig}", **like("ab-debrief"))
mo("offer", "wk-trial", "Offer – {role}",
   "Hi {n},\n\nGreat trial shift! {role} – fancy it? First shift {dl}. The uniforms unfortunately are still in transit, so black clothes for week one.\n\nCheers,\n{sig}, {co}", **like("wk-trial"))
mo("offer", "th-housing", "Offer of employment – {role}",
   "Hi {n},\n\nThe {role} post is yours – congratulations. Signed contract back by {dl}, please. Sadly the staff car park is full, though a bus stops outside.\n\nAll the best,\n{sig}", **like("th-housing"))
mo("offer", "in-hotel", "Management Trainee Programme – offer",
   "Dear {n},\n\nA place on the {co} Management Trainee Programme is yours. The staff residence unfortunately is full for month one; we'll help find a room nearby. Confirm by {dl}.\n\nLearning and Development", **like("in-hotel"))
mo("offer", "ug-boda", "Offer – Rider Supervisor",
   "Greetings {n},\n\nCongratulations, the Rider Supervisor post at {co} is yours, reporting {dl}. Unfortunately the office motorbike is with the mechanic, so for week one you work from the Ntinda stage.\n\n{sig}", **like("ug-boda"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "hb-withdrawn", "Application status changed",
   "Hi {n},\n\nStatus for {role} at {co}: Withdrawn by candidate.\n\nSent automatically by Hirebirch.", **like("ats-hb"))
mo("other_job", "rc-hold", "Rolecairn update: {role}",
   "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Stage: <b>Paused · Hiring manager away</b></p><p>Rolecairn</p></body></html>", **like("ats-rc"))
mo("other_job", "ps-moved", "Vacancy {ref}: {role} – timetable change",
   "Dear {n},\n\nShortlisting for {role} slips a week because of the county show. No action on your side.\n\n{co}, Recruitment", co="Cyngor Sir Glanmor", dom="glanmor-gov", role="Countryside Ranger", tz="wl", frm="{co} <recruitment@{dom}>")
mo("job_alert", "alert-sport", "New roles near Pontypridd this week", "Hi {n},\n\nFive new roles match your alert: Sales Advisor, Stock Replenishment, Bike Workshop Trainee, Store Supervisor, Click & Collect Assistant." + FOOTER, co="Peakstride Sports", dom="peakstride", tz="wl", frm="{co} Careers <careers@{dom}>")
mo("job_alert", "alert-books", "Job alert: bookseller roles", "Dear {n},\n\nNew this week: Bookseller (Llangefni), Café Assistant (Porthmadog), Events Coordinator (Head Office)." + FOOTER, co="Chapterhouse Books", dom="chapterhousebooks", frm="{co} Jobs <jobs@{dom}>")
mo("job_alert", "alert-toys", "Toy store vacancies for you", "Hi {n},\n\nFresh vacancies: Christmas Temp (two North Island stores), Stockroom Assistant, Store Manager." + FOOTER, co="Tumbletop Toy Stores", dom="tumbletoptoys", tz="nz", frm="{co} Careers <careers@{dom}>")
mo("recruiter_outreach", "out-hk", "Senior Planner opportunity – Tsing Yi",
   "Hi {n},\n\nI'm hiring a Senior Planner for a container terminal operator in Tsing Yi, and your profile stood out. Got fifteen minutes for a call before Friday?\n\n{sig}\n{co}", co="Harbourgate Search", dom="harbourgatesearch", tz="hk")
mo("recruiter_outreach", "out-ug", "Operations role – Kamuli",
   "Dear {n},\n\nI am recruiting an Operations Coordinator for a fruit-drying company in Kamuli. If you are open to a move, kindly share your CV and I will call you.\n\n{sig}\n{co}", co="Kagera Search Partners", dom="kagerasearch", tz="ug")
mo("non_job_rejection_words", "nj-loan", "Your loan application",
   "Dear {n},\n\nYour personal loan request for {x} was assessed and declined on credit grounds. Apologies that the answer is no.\n\n{co} Lending",
   ("Dyfed Mutual", "Sittee River Savings Society"), ("dyfedmutual", "sitteeriversavings"), x=("£4,000", "BZ$6,500"), tz=("wl", "bz"), frm="{co} <lending@{dom}>")
mo("non_job_rejection_words", "nj-flat", "Flat viewing – 14B",
   "Hi {n},\n\nRe flat 14B: the landlord has picked another tenant, meaning yours won't go ahead.\n\n{sig}\n{co}",
   ("Tai Hang Property Agency", "Lisboa Prime Lettings"), ("taihangprop", "lisboaprime"), tz=("hk", "pt"))
mo("non_job_rejection_words", "nj-ballot", "Marathon ballot result",
   "Dear {n},\n\nDraw complete for the {co}: unfortunately your entry wasn't picked in 2025's draw. Ballot fees come back to your card within 10 days.\n\nEntries Team", "Buriganga Half Marathon", "burigangahm", tz="bd", frm="{co} <entries@{dom}>")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


pair("clockmending", "Wickmerealder", "Tolling Hour Clock Menders", "tollinghour", "uk",
     ("Clockmending bench hand", "Hello {n},\n\nYour reply to our clockmending advert on here was appreciated. A retired railwayman with his own lathe has taken the bench.\n\nRegards,\n{sig}"),
     ("application_received", "Clockmending bench hand – received", "Hello {n},\n\nYour note about the clockmending bench came through. Yes or no, every applicant gets my answer inside a fortnight.\n\n{sig}"))
pair("kitemaking", "Wickmereash", "Loft & Line Kites", "loftandline", "nz",
     ("Kitemaking workshop role", "Kia ora {n},\n\nCheers for the message about kitemaking with us. We gave the sewing-table spot to someone who already builds stunt kites, so it's gone.\n\n{sig}"),
     ("interview", "Kitemaking – come and fly one", "Kia ora {n},\n\nKeen to meet you on {dl} at 10 at the beach workshop. Unfortunately the forecast looks calm, so we may not get a test flight in.\n\n{sig}"))
pair("upholstering", "Wickmerebirch", "Buttonback Upholstery", "buttonback", "usc",
     ("Upholstering apprentice", "Hi {n},\n\nRe the upholstering apprenticeship: we chose somebody with deep-buttoning experience.\n\nBest,\n{sig}"),
     ("next_steps", "Upholstering apprentice – sample task", "Hi {n},\n\nNext step: please send photos of any upholstering you've done, even a footstool, by {dl}. Sadly we can't look at videos, the shop laptop is ancient.\n\n{sig}"))
pair("mushroomgrowing", "Wickmerecedar", "Damp Cellar Mushroom Co", "dampcellar", "ie",
     ("Mushroomgrowing hand", "Hi {n},\n\nGrand to hear you're after the mushroomgrowing hand post. The two shifts went to neighbours who can walk in at five, so we're sorted.\n\n{sig}"),
     ("offer", "Mushroomgrowing hand – offer", "Hi {n},\n\nCome and start in the grow rooms on {dl}, job's yours. Bad news is the changing room heater is broken, so bring a warm jumper.\n\n{sig}"))
pair("violinmaking", "Wickmereelm", "Scroll & Purfling Violins", "scrollpurfling", "use",
     ("Violinmaking assistant", "Dear {n},\n\nThanks for writing about the violinmaking assistant job. My teacher's former student has joined the shop, so the bench is taken.\n\nWith thanks,\n{sig}"),
     ("application_received", "Violinmaking assistant – got it", "Dear {n},\n\nYour message about the violinmaking job arrived. I answer every applicant personally, so a reply one way or the other comes before the month is out.\n\n{sig}"))
pair("drummaking", "Wickmerefir", "Goatskin Drum Works", "goatskindrum", "ug",
     ("Drummaking trainee", "Dear {n},\n\nWe received your request to join our drummaking workshop as a trainee. The elders have taken two young men from Mpigi who have worked with skins before.\n\nRegards,\n{sig}"),
     ("interview", "Drummaking trainee – visit", "Dear {n},\n\nKindly pass by the workshop on {dl}, 9 am, to meet the master craftsman. Sadly the road from the stage is muddy, so wear good shoes.\n\n{sig}"))
pair("accordionrepair", "Wickmerehazel", "Bellows & Reeds Accordions", "bellowsreeds", "cae",
     ("Accordionrepair assistant", "Hi {n},\n\nThanks for the note about accordionrepair work. We found someone who already tunes reeds, so the position has been taken.\n\n{sig}"),
     ("next_steps", "Accordionrepair – references", "Hi {n},\n\nTwo referees' names and numbers by {dl}, please. I unfortunately can't phone them on weekends.\n\n{sig}"))
pair("umbrellamaking", "Wickmereholly", "Stormcanopy Umbrellas", "stormcanopy", "uk",
     ("Umbrellamaking role", "Dear {n},\n\nThanks for enquiring about the umbrellamaking role. I have given it to a former tailor from our street.\n\nBest wishes,\n{sig}"),
     ("offer", "Umbrellamaking – job offer", "Dear {n},\n\nUmbrellamaking role: yours from {dl}. Unfortunately the shop lacks parking; the tram stops close.\n\n{sig}"))
pair("inkmaking", "Wickmerejuniper", "Oakgall Ink Makers", "oakgallink", "uk",
     ("Inkmaking assistant", "Hello {n},\n\nThank you for your reply about inkmaking. We've filled the place with a bookbinder who knows iron-gall recipes.\n\n{sig}"),
     ("application_received", "Inkmaking – your message", "Hello {n},\n\nGlad inkmaking caught your eye. Should it go to someone else, a line from me follows rather than silence.\n\n{sig}"))
pair("quillmaking", "Wickmerelarch", "Goosewing Quills", "goosewingquills", "ie",
     ("Quillmaking helper", "Hi {n},\n\nThanks for writing. The quillmaking helper job has gone to a calligrapher who lives up the lane.\n\n{sig}"),
     ("interview", "Quillmaking helper – chat", "Hi {n},\n\nCould you come by on {dl} at 2pm? Unfortunately the workshop is tiny, so only one visitor at a time.\n\n{sig}"))
pair("chairbodging", "Wickmerelinden", "Greenwood Bodgers Collective", "greenwoodbodgers", "uk",
     ("Chairbodging woodland post", "Hi {n},\n\nThanks for answering about the chairbodging post. A volunteer who has been with us two summers has the post.\n\n{sig}"),
     ("next_steps", "Chairbodging – tool list", "Hi {n},\n\nPlease confirm by {dl} which of your own tools you can bring. Sadly there's no lock-up in the woods yet.\n\n{sig}"))
pair("charcoalburning", "Wickmeremaple", "Kilnwood Charcoal", "kilnwoodcharcoal", "usm",
     ("Charcoalburning crew", "Hi {n},\n\nThanks for applying to the charcoalburning crew. We filled the spots with local guys from the fire brigade.\n\n{sig}"),
     ("application_received", "Charcoalburning crew – received", "Hi {n},\n\nApplication in. Crew gets picked once the burn permit comes through; either way, expect my email in two weeks.\n\n{sig}"))
pair("limeburning", "Wickmereoak", "Old Quay Lime Kilns", "oldquaylime", "wl",
     ("Limeburning heritage role", "Helo {n},\n\nDiolch for your message about the limeburning role. The trust has taken on a mason from Llandysul.\n\nHwyl,\n{sig}"),
     ("interview", "Limeburning – meet at the kiln", "Helo {n},\n\nMeet us at the kiln on {dl}, 11 o'clock? The toilets there are unfortunately locked all winter.\n\n{sig}"))
pair("saltpanning", "Wickmerepine", "Sea Crystal Salt Pans", "seacrystalsalt", "in",
     ("Saltpanning supervisor", "Dear {n},\n\nThis is regarding your interest in saltpanning supervision. We have appointed a supervisor from the Kutch side.\n\nRegards,\n{sig}"),
     ("offer", "Saltpanning supervisor – offer", "Dear {n},\n\nThe supervisor post is yours from {dl}. Unfortunately the quarters are not ready, so the guest room it is at first.\n\n{sig}"))
pair("eelfishing", "Wickmererowan", "Fenland Eel Traps", "fenlandeel", "uk",
     ("Eelfishing deckhand", "Hi {n},\n\nCheers for the eelfishing enquiry. My brother-in-law is crewing the boat this season.\n\n{sig}"),
     ("next_steps", "Eelfishing – licence copy", "Hi {n},\n\nBoat licence copy to me by {dl} please. Bad news: the trap shed is flooded so it's the pub for our chat.\n\n{sig}"))
pair("lampmaking", "Wickmerespruce", "Brasslight Lamp Studio", "brasslight", "au",
     ("Lampmaking assistant", "Hi {n},\n\nRe lampmaking: we've hired someone with soldering experience.\n\n{sig}"),
     ("application_received", "Lampmaking – received", "Hi {n},\n\nYour lampmaking note arrived. Successful or not, I'll reply by the fifteenth.\n\n{sig}"))
pair("chainmaking", "Wickmerewillow", "Anvil Row Chainworks", "anvilrow", "za",
     ("Chainmaking hand", "Hi {n},\n\nThank you for the message. The chainmaking post has been filled by someone from the Germiston forge.\n\n{sig}"),
     ("interview", "Chainmaking – meet us", "Hi {n},\n\nForge visit {dl}, half past eight. Unfortunately no canteen, so pack lunch.\n\n{sig}"))
pair("nailmaking", "Wickmereyew", "Hobnail Heritage Forge", "hobnailforge", "uk",
     ("Nailmaking demonstrator", "Dear {n},\n\nThe nailmaking demonstrator post you asked about has gone to one of the museum's regular volunteers.\n\n{sig}"),
     ("next_steps", "Nailmaking demonstrator – DBS form", "Dear {n},\n\nPlease fill in the enclosed DBS form by {dl}. Sadly we can't accept photocopies.\n\n{sig}"))
pair("pinmaking", "Wickmerebeech", "Brightpin Works", "brightpin", "cae",
     ("Pinmaking operator", "Hi {n},\n\nRe the pinmaking operator job: a former machinist got it.\n\n{sig}"),
     ("offer", "Pinmaking operator – offer letter", "Hi {n},\n\nOperator role confirmed, first day {dl}. Unfortunately the first paycheque lands a week late because of the payroll cycle.\n\n{sig}"))
pair("scissorsmaking", "Wickmerecherry", "Shearpoint Scissors", "shearpoint", "uk",
     ("Scissorsmaking apprentice", "Hello {n},\n\nAbout our scissorsmaking apprenticeship: a school leaver from Darnall has taken it.\n\n{sig}"),
     ("application_received", "Scissorsmaking apprentice – received", "Hello {n},\n\nForm received. If someone else lands it, a proper email comes, no ghosting.\n\n{sig}"))
pair("combmaking", "Wickmerepoplar", "Hornbeam Comb Co", "hornbeamcomb", "nz",
     ("Combmaking role", "Kia ora {n},\n\nCheers for the message. A carver from Pongaroa got the combmaking role.\n\n{sig}"),
     ("interview", "Combmaking – chat", "Kia ora {n},\n\nKeen to meet on {dl}, ten-ish. Unfortunately the studio sits up three steep flights.\n\n{sig}"))
pair("buttonmaking", "Wickmeresorrel", "Shellbutton Makers", "shellbutton", "bd",
     ("Buttonmaking supervisor", "Dear {n},\n\nThis concerns the buttonmaking supervisor post. Management has appointed an internal candidate.\n\nRegards,\n{sig}"),
     ("next_steps", "Buttonmaking – documents", "Dear {n},\n\nPlease submit your national ID copy and two photos by {dl}. Sadly emailed photos are not accepted.\n\n{sig}"))
pair("oarmaking", "Wickmerethorn", "Spoonblade Oars", "spoonbladeoars", "usp",
     ("Oarmaking shop hand", "Hi {n},\n\nThanks for applying. We hired a rower from the college crew for the oarmaking job.\n\n{sig}"),
     ("offer", "Oarmaking – offer", "Hi {n},\n\nShop hand job's yours from {dl}. Sadly our heater died, so layers.\n\n{sig}"))
pair("sievemaking", "Wickmerewalnut", "Meshwell Sieves", "meshwellsieves", "hk",
     ("Sievemaking assistant", "Hi {n},\n\nAbout sievemaking with us: another applicant who knows wire weaving has been taken on.\n\n{sig}"),
     ("application_received", "Sievemaking – received", "Hi {n},\n\nMessage received. Whichever way it goes, I reply by next Friday.\n\n{sig}"))
pair("bellcasting", "Wickmereaspen", "Tenor Bell Foundry", "tenorbell", "uk",
     ("Bellcasting foundry hand", "Dear {n},\n\nNice to find a bellcasting enthusiast in the inbox. The foundry hand post has gone to a former steelworker from Rotherham.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-wickmere", "Wickmerealder weekly: 12 new craft jobs", "Hi {n},\n\nThis week on Wickmerealder: clock bench hand, lamp assembler, chair restorer, kiln assistant, and eight more.\n\nManage alerts in your account.", "Wickmerealder", "wickmerealder", frm="Wickmerealder <alerts@wickmerealder.example>")
wo("non_job_rejection_words", "nj-allot", "Allotment plot application", "Dear {n},\n\nAll allotment plots are now let, so your application was unsuccessful this round. Your name goes onto the reserve list instead.\n\nPlots Secretary", "Heolgerrig Allotments Society", "heolgerrigplots", tz="wl", frm="{co} <plots@{dom}>")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (ind 2, vie 2, heb 2, bul 2, epo 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("ar-incense", "ar", "لبان ظفار", "luban-dhofar", "om",
   ("بخصوص طلبكم للعمل في المحل", "عزيزتي {n}،\n\nوصلتنا رسالتك بخصوص العمل في محل اللبان والبخور، فشكرًا لك. نود إبلاغك بأننا اخترنا متقدمة أخرى لديها خبرة سابقة في البيع للسياح، وقد تم شغل الوظيفة.\n\nمع خالص التقدير،\n{sig}"),
   ("application_received", "استلام طلبك", "عزيزتي {n}،\n\nوصلنا طلبك للعمل في محل اللبان. سواء كان القرار بالقبول أو بالاعتذار، سنرد عليك خلال أسبوعين.\n\nمع التحية،\n{sig}"))
lp("de-imkerei", "de", "Imkerei Lindenhang", "imkerei-lindenhang", "de",
   ("Ihre Bewerbung als Imkereihelfer/in", "Hallo {n},\n\nschön, dass Sie bei unserer Imkerei mithelfen wollten. Die Saisonstelle bekommt eine Bewerberin aus dem Nachbardorf, die schon mit Bienenvölkern gearbeitet hat.\n\nAlles Gute und freundliche Grüße\n{sig}"),
   ("interview", "Kennenlernen bei den Bienenständen", "Hallo {n},\n\npasst Ihnen der {dl}, 9 Uhr, für ein Kennenlernen? Leider ist der Hofweg gerade aufgerissen; das Auto bleibt am besten bei der Kirche.\n\nViele Grüße\n{sig}"))
lp("es-churros", "es", "Churrería La Espiga", "churrerialaespiga", "es",
   ("Tu candidatura para el turno de mañana", "Hola, {n}:\n\nGracias por pasarte con el currículum para el turno de mañana en la churrería. Al final elegimos a una vecina que ya domina la freidora de la casa.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Documentación para el contrato", "Hola, {n}:\n\nPara seguir, mándanos copia del DNI y del certificado de manipulación de alimentos antes del {dl}. Por desgracia no podemos empezar sin ellos.\n\nUn saludo,\n{sig}"))
lp("fr-choco", "fr", "Chocolaterie Les Cabosses", "chocolaterie-cabosses", "fr",
   ("Votre candidature – vendeur·se en boutique", "Bonjour {n},\n\nMerci d'avoir postulé pour la boutique. Pour Pâques, nous avons pris quelqu'un de libre tout de suite, et le poste est pourvu.\n\nBelle continuation,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : vous commencez comme vendeur·se le {dl}. Hélas, les tabliers ne sont pas encore livrés : venez en tenue sombre.\n\nBien à vous,\n{sig}"))
lp("hi-mithai", "hi", "गुलाबचंद मिष्ठान भंडार", "gulabchand-mithai", "in",
   ("काउंटर सहायक पद के संबंध में", "नमस्ते {n} जी,\n\nकाउंटर वाली नौकरी को लेकर आपकी चिट्ठी सेठ जी तक पहुँची। उन्होंने यह नौकरी मोहल्ले की एक लड़की को दे दी है।\n\nशुभेच्छा सहित,\n{sig}"),
   ("application_received", "अर्ज़ी पहुँची", "नमस्ते {n} जी,\n\nनौकरी वाली आपकी अर्ज़ी दुकान तक आ गई। हाँ हो या ना, दस दिन के अंदर सेठ जी आपको बता देंगे।\n\nधन्यवाद,\n{sig}"))
lp("it-legatoria", "it", "Legatoria Vellutini", "legatoria-vellutini", "it",
   ("Candidatura per apprendista legatore", "Gentile {n},\n\ngrazie per averci scritto riguardo al posto di apprendista in legatoria. Abbiamo scelto un ragazzo che ha già frequentato il corso di restauro del libro, e il posto è quindi occupato.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio in bottega", "Gentile {n},\n\nla aspettiamo in bottega il {dl} alle 10 per un colloquio. Purtroppo il citofono è rotto: ci telefoni quando arriva.\n\nA presto,\n{sig}"))
lp("ja-tatami", "ja", "畳工房 いぐさ屋", "tatami-igusaya", "jp",
   ("見習い募集へのご応募について", "{n} 様\n\nこのたびは畳工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は別の方を採用することとなりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}"),
   ("next_steps", "提出書類のお願い", "{n} 様\n\n次の段階として、履歴書と健康診断書を{dl}までにご郵送ください。あいにく、メールでの提出は受け付けておりません。\n\n{sig}"))
lp("ko-kimchi", "ko", "한울김치", "hanul-kimchi", "kr",
   ("생산직 지원 결과 안내", "{n}님, 안녕하세요.\n\n한울김치 생산직 모집에 관심 가져 주셔서 고맙습니다. 검토 끝에 이번 자리는 다른 분께 드리게 되었습니다.\n\n늘 건강하시고 원하시는 일 찾으시길 빕니다.\n{sig} 드림"),
   ("offer", "채용 확정 안내", "{n}님, 안녕하세요.\n\n{dl}부터 생산직으로 함께하게 되어 기쁩니다. 다만 기숙사 공사가 덜 끝나서 첫 달은 집에서 다니셔야 합니다.\n\n{sig} 드림"))
lp("pt-redes", "pt", "Redes do Mucuripe", "redesdomucuripe", "br",
   ("Sua candidatura para tecelão de redes", "Olá, {n},\n\nobrigada por se candidatar à vaga na nossa oficina de redes de dormir. Já escolhemos uma tecelã da comunidade que trabalha com tear há anos, então a vaga foi preenchida.\n\nAbraços,\n{sig}"),
   ("offer", "Proposta de trabalho na oficina", "Olá, {n},\n\nqueremos você na oficina a partir de {dl}. Infelizmente o ventilador do galpão quebrou, então venha de roupa leve.\n\nAbraços,\n{sig}"))
lp("ru-samovar", "ru", "Мастерская «Самоварный двор»", "samovarny-dvor", "ru",
   ("Ваш отклик на вакансию реставратора", "Здравствуйте, {n}!\n\nВаше письмо о месте помощника реставратора самоваров мы прочитали. На него уже взят мастер, давно работающий с латунью и лужением.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на встречу", "Здравствуйте, {n}!\n\nЖдём вас в мастерской {dl} к одиннадцати. Увы, лифт у нас сломан, так что на пятый этаж придётся идти по лестнице.\n\nС уважением,\n{sig}"))
lp("sw-fundi", "sw", "Cherehani Bora Arusha", "cherehanibora", "tz",
   ("Kuhusu ombi lako la kazi ya ushonaji", "Habari {n},\n\nBarua yako kuhusu kazi ya fundi cherehani imetufikia. Tumeshampata fundi mwingine aliyewahi kushona sare za shule, na nafasi hiyo sasa haipo.\n\nTunakutakia mafanikio,\n{sig}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nKufikia {dl} tunahitaji kuona kitambulisho chako (nakala) pamoja na barua ya utambulisho iliyosainiwa na mjumbe. Kwa bahati mbaya hatuwezi kupokea nakala kwa WhatsApp.\n\n{sig}"))
lp("th-sugar", "th", "สวนน้ำตาลมะพร้าวบ้านคลอง", "baanklong-sugar", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nทางสวนได้อ่านใบสมัครงานเคี่ยวน้ำตาลของคุณแล้วค่ะ ตอนนี้เราเลือกพี่ในหมู่บ้านที่เคยดูแลเตาเคี่ยวมาหลายปีแล้วค่ะ\n\nเป็นกำลังใจให้นะคะ\n{sig}"),
   ("interview", "นัดพบที่สวน", "เรียน คุณ{n}\n\nรบกวนแวะมาคุยกันที่สวนวันที่ {dl} ช่วงเก้าโมงค่ะ เสียดายที่ช่วงนี้ถนนหน้าสวนกำลังซ่อม ต้องเดินเข้ามาจากวัดนะคะ\n\n{sig}"))
lp("tr-bakir", "tr", "Bakırcılar Çarşısı Atölyesi", "bakircilar-atolye", "tr",
   ("Çırak başvurunuz hakkında", "Merhaba {n},\n\nBakır atölyemize çıraklık için başvurduğunuz için teşekkür ederiz. Ustamız, daha önce kalaycılık yapmış bir adayla devam etmeye karar verdi.\n\nİyi çalışmalar dileriz,\n{sig}"),
   ("application_received", "Başvurunuz elimizde", "Merhaba {n},\n\nBaşvurunuz bize ulaştı. Kararımız olumlu ya da olumsuz çıksın, on beş gün içinde telefonla haber vereceğiz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahal-truckart", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nٹرک آرٹ کارخانے میں معاون بننے کی آپ کی درخواست پڑھ لی گئی۔ استاد صاحب نے نقاشی جاننے والے ایک لڑکے کو رکھ لیا ہے، لہٰذا اب یہ جگہ خالی نہیں رہی۔\n\nنیک خواہشات کے ساتھ،\n{sig}"),
   ("next_steps", "مطلوبہ کاغذات", "محترمہ {n}،\n\nمہربانی کر کے {dl} سے قبل شناختی کارڈ کی کاپی اور بنائے ہوئے کام کی چند تصویریں بھجوا دیں۔ افسوس کہ ہم ڈاک سے آنے والی تصاویر قبول نہیں کرتے۔\n\n{sig}"))
lp("zh-bamboo", "zh", "竹韵家具工坊", "zhuyun-jiaju", "cn",
   ("关于您应聘学徒一事", "{n}您好：\n\n感谢您应聘我们竹家具工坊的学徒岗位。经过考虑，师傅决定录用一位已有竹编基础的应聘者，该岗位现已招满。\n\n祝您一切顺利！\n{sig}"),
   ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，您已被录用为学徒，请于{dl}到工坊报到。遗憾的是宿舍还在装修，第一个月需要自行安排住处。\n\n{sig}"))
lp("ind-tempe", "ind", "Tempe Mbok Sarmi", "tempemboksarmi", "id",
   ("Lamaran kerja bagian produksi", "Halo {n},\n\nLamaran Anda untuk bagian produksi tempe sudah kami baca. Kami sudah menerima tetangga yang biasa membantu meragi kedelai, jadi lowongan ini sudah terisi.\n\nSalam hangat,\n{sig}"),
   ("application_received", "Lamaran sudah kami terima", "Halo {n},\n\nLamaran Anda sudah sampai. Diterima atau tidak, kami akan kabari lewat email paling lambat dua minggu lagi.\n\nSalam,\n{sig}"))
lp("ind-kopi", "ind", "Sangrai Kopi Priangan", "sangraikopi", "id",
   ("Hasil lamaran barista", "Halo {n},\n\nTerima kasih atas minat Anda menjadi barista di kedai sangrai kami di Sumedang. Setelah uji seduh, pemilik memilih pelamar lain yang sudah bersertifikat barista.\n\nSemoga sukses,\n{sig}"),
   ("interview", "Undangan uji seduh", "Halo {n},\n\nKami mengundang Anda untuk uji seduh pada {dl} pukul 10.00. Sayangnya mesin giling besar sedang diperbaiki, jadi uji memakai penggiling tangan.\n\nSalam,\n{sig}"))
lp("vie-nonla", "vie", "Xưởng Nón Lá Phú Cam", "nonla-phucam", "vn",
   ("Về đơn xin việc của bạn", "Chào {n},\n\nXưởng đã đọc thư bạn hỏi về việc chằm nón. Xưởng đã nhận một chị trong làng có nhiều năm kinh nghiệm, nên vị trí này đã có người.\n\nMong bạn sớm tìm được việc ưng ý,\n{sig}"),
   ("application_received", "Đã nhận đơn của bạn", "Chào {n},\n\nXưởng đã nhận đơn của bạn. Kết quả ra sao xưởng cũng sẽ gọi báo bạn trong mười ngày tới.\n\n{sig}"))
lp("vie-sonmai", "vie", "Cơ Sở Sơn Mài Tương Bình Hiệp", "sonmai-tbh", "vn",
   ("Kết quả ứng tuyển thợ phụ", "Chào {n},\n\nCơ sở đã xem đơn xin làm thợ phụ sơn mài của bạn. Sau khi cân nhắc, cơ sở đã chọn một người khác đã từng làm mài vóc.\n\nThân mến,\n{sig}"),
   ("next_steps", "Bổ sung giấy tờ", "Chào {n},\n\nNhờ bạn nộp bản chụp căn cước kèm lý lịch trước ngày {dl}. Rất tiếc chúng tôi không nhận hồ sơ qua Zalo.\n\n{sig}"))
lp("heb-books", "heb", "חנות הספרים על הכרמל", "sfarim-carmel", "il",
   ("לגבי מועמדותך למשרה בחנות", "שלום {n},\n\nתודה על פנייתך למשרת מוכרת בחנות הספרים. בחרנו במועמדת אחרת שכבר עבדה אצלנו בעבר בחודשי הקיץ, והמשרה אוישה.\n\nבברכה,\n{sig}"),
   ("application_received", "קיבלנו את פנייתך", "שלום {n},\n\nקורות החיים שלך הגיעו אלינו. בין אם התשובה חיובית ובין אם לא, נחזור אלייך תוך שבועיים.\n\nבברכה,\n{sig}"))
lp("heb-bikes", "heb", "מוסך האופניים של פלורנטין", "ofanaim-florentin", "il",
   ("תשובה לגבי משרת מכונאית אופניים", "שלום {n},\n\nתודה שהגשת מועמדות למשרה במוסך. החלטנו להמשיך עם מכונאי שעבד בחנות שכנה, ולכן המשרה כבר אוישה.\n\nבהצלחה,\n{sig}"),
   ("next_steps", "מסמכים לפני תחילת העבודה", "שלום {n},\n\nנבקש לשלוח צילום תעודת זהות ופרטי חשבון בנק עד {dl}. לצערנו אין אפשרות להתחיל בלי המסמכים.\n\n{sig}"))
lp("bul-rose", "bul", "Розоварна „Долината“", "rozovarna-dolinata", "bg",
   ("Относно кандидатурата Ви за берач", "Здравейте, {n},\n\nБлагодарим Ви за кандидатурата за сезонната работа в розоварната. Избрахме хора от селото, които берат рози при нас от години, и местата вече са заети.\n\nВсичко хубаво,\n{sig}"),
   ("interview", "Покана за среща", "Здравейте, {n},\n\nЗаповядайте на среща в розоварната на {dl} в 8:30 ч. За съжаление автобусът не спира пред нас, а на спирката в центъра.\n\nПоздрави,\n{sig}"))
lp("bul-ikoni", "bul", "Иконописно ателие „Св. Никола“", "ikonopis-nikola", "bg",
   ("Отговор на Вашето писмо", "Здравейте, {n},\n\nБлагодарим за интереса към мястото на помощник в ателието. Майсторът реши да вземе свой бивш ученик от художествената академия.\n\nС уважение,\n{sig}"))
lp("epo-kongreso", "epo", "Kongresa Oficejo de Esperanto-Asocio Bialistoko", "kongreso-bialistoko", "pl",
   ("Pri via kandidatiĝo kiel volontulo-gvidisto", "Saluton, {n}!\n\nNi ricevis vian peton gvidi ekskursojn dum la somera kongreso. La estraro elektis alian kandidaton, kiu jam gvidis ekskursojn en la urbo.\n\nKore,\n{sig}"),
   ("interview", "Invito al interparolo", "Saluton, {n}!\n\nNi invitas vin al interreta interparolo je {dl}, 18:00. Bedaŭrinde nia kutima videoĉambro ne funkcias, do ni uzos telefonon.\n\nKore,\n{sig}"))
lp("epo-eldonejo", "epo", "Eldonejo Verda Plumo", "verdaplumo", "pl",
   ("Respondo pri la posteno de korektisto", "Saluton, {n}!\n\nDankon pro via letero pri la posteno de korektisto en nia eldonejo. Ni jam dungis iun, kiu delonge korektas por nia revuo.\n\nAmike,\n{sig}"),
   ("offer", "Propono de laboro", "Saluton, {n}!\n\nNi ĝojas sciigi, ke la korektista laboro estas via ekde {dl}. Bedaŭrinde la honorarioj venas nur unufoje monate.\n\nAmike,\n{sig}"))

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
    "heb": "{d}.{m}.{y}", "bul": "{d}.{m}.{y} г.", "epo": "{y}-{mm}-{dd}",
}


DIGITS: dict[str, dict[int, str]] = {}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
        rec["id"] = f"blind104:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 102; slice 103, this slice and any later one are skipped by number."""
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
