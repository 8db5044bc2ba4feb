# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-third sealed blind slice for issue 11 (blind-slice-163.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 162; slice 163, slice 164 and later never read; our side printed)
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

SEED = 1631631
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-163.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 163
SKIP_FROM = 163  # this slice, slice 164 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; weekend draws before it move to the Monday

RECIPIENTS = [
    "Ingirid Irvine", "Mwila Chanda", "Joaquim Fernandes", "Kerwin Mitchell-Antoine", "Ainslie MacNeil",
    "Réka Halmosi", "Quang Huy Phan", "Thora Laurenson", "Bwalya Musonda", "Sheryl D'Souza", "Tricia Alexis",
    "Donalda Rankin", "Bence Szalontai", "Hoài An Vũ", "Magnie Jamieson", "Chileshe Mumba", "Aloysius Rodrigues",
    "Kimone Charles", "Shaylene MacIsaac", "Orsolya Gerendás", "Thanh Tâm Đinh", "Eilidh Tulloch", "Natasha Zulu",
    "Lourdes Menezes", "Dornell Phillip", "Iain Angus Beaton", "Zsófia Márkus", "Nhật Minh Hồ", "Keira Sandison",
    "Mutinta Hamoonga", "Wendell Cyrus", "Fiadh Ní Riain", "Rocco Abernathy", "Teleri Whitcombe", "Lwazi Dube",
]
REGION_SIGNERS = {
    "sh": ["Ertie Goudie", "Marjorie Halcrow", "Jeemie Anderson"],
    "zm": ["Mulenga Kapembwa", "Precious Mwape", "Kalaba Sichone"],
    "goa": ["Agnelo Pereira", "Felicia Cardozo", "Sanjeev Naik"],
    "gd": ["Lystra Noel", "Curlan Bain", "Marcia Frederick"],
    "cb": ["Rory MacLellan", "Colette Boudreau", "Angus Dan MacDonald"],
    "hu": ["Krisztina Vámos", "Gergely Pintér", "Tünde Bakos"],
    "vn": ["Lại Thu Hà", "Trịnh Quốc Bảo", "Võ Ngọc Lan"],
    "uk": ["Philippa Entwistle", "Gareth Doxey", "Imogen Carlyle"],
    "ie": ["Clodagh Brennan", "Fergal Kiely", "Áine Lenihan"],
    "use": ["Rosalind Tibbets", "Darnell Huckaby", "Ingrid Sorensen"],
    "usc": ["Lyle Hammarstrom", "Jolene Pettibone", "Mercedes Villarreal"],
    "usp": ["Corinne Ashdown", "Teodoro Galindo", "Wes Lundqvist"],
    "au": ["Shelby Carmody", "Nikos Papadakis", "Jarrah Fenwick"],
    "nz": ["Aroha Tipene", "Hamish Orchard", "Mele Fifita"],
    "za": ["Thandeka Mabuza", "Riaan du Plessis", "Karabo Sithole"],
}
REGION: dict[str, str] = {}
LANG_SIGNERS = {
    "ar": ["منى القطامي"], "de": ["Hannelore Riedl"], "es": ["Catalina Urrutia"], "fr": ["Maëlle Guérin"],
    "hi": ["विभावरी अग्निहोत्री"], "it": ["Ornella Castaldi"], "ja": ["高橋 美紀"], "ko": ["한소영"], "pt": ["Filipa Magalhães"],
    "ru": ["Людмила Воронцова"], "sw": ["Neema Kisanga"], "th": ["สุพัตรา ทองมี"], "tr": ["Gülşen Aksoy"],
    "ur": ["شبانہ ملک"], "zh": ["黄雅琴"], "slk": ["Zuzana Hrušovská"], "lit": ["Aušra Žemaitienė"],
    "lav": ["Dace Ziemele"], "ell": ["Ελένη Παπαδοπούλου"], "heb": ["מיכל אברמוב"], "fas": ["شیرین کاظمی"],
    "ben": ["মৌটুসী রায়চৌধুরী"], "vie": ["Nguyễn Thị Mai"], "ind": ["Ratna Wulandari"], "tgl": ["Maricel Santos"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى النجار"], "de": ["Franziska Hollerer"], "es": ["Ainhoa Berrocal"], "fr": ["Gaëtan Ravier"],
    "hi": ["अनुराधा सक्सेना"], "it": ["Beatrice Scaglione"], "ja": ["松本 遥"], "ko": ["윤서진"], "pt": ["Inês Sarmento"],
    "ru": ["Ксения Белоусова"], "sw": ["Amani Mrisho"], "th": ["กนกพร ศรีสุข"], "tr": ["Berkay Öztürk"],
    "ur": ["حمیرا صدیقی"], "zh": ["林晓燕"], "slk": ["Matej Kováčik"], "lit": ["Dovilė Stankevičiūtė"],
    "lav": ["Kristaps Bērzs"], "ell": ["Δημήτρης Αντωνίου"], "heb": ["יעל ברגמן"], "fas": ["مهسا رضایی"],
    "ben": ["রিয়া বসু"], "vie": ["Trần Minh Đức"], "ind": ["Bagus Pratama"], "tgl": ["Jericho Villanueva"],
}
GIVEN = {
    "Quang Huy Phan": "Huy", "Hoài An Vũ": "An", "Thanh Tâm Đinh": "Tâm", "Nhật Minh Hồ": "Minh",
    "Iain Angus Beaton": "Iain Angus", "Fiadh Ní Riain": "Fiadh", "Kerwin Mitchell-Antoine": "Kerwin",
    "Lại Thu Hà": "Hà", "Trịnh Quốc Bảo": "Bảo", "Võ Ngọc Lan": "Lan", "Angus Dan MacDonald": "Angus Dan",
}
PROVIDERS = ["voemail", "skerpost", "noustbox", "dykemail", "wickpost", "gioebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sh": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "gr": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cb": ("-0400", "-0300", "us"), "gd": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "goa": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cb")
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
QNOTE = "\n{sf}, ta for Wednesday's walk round the packing shed. PASMA ticket good till June; my referee Mrs Tawiah-Brough is reachable from two.\n{n}"
FOOT = "\n\n=== {CO} · NOUSTWICK CAREERS ROOM ===\nFresh posts land in our careers room each Monday. Switch on a Noust Nudge and matching openings find you by mail. 'Voe Letter', the staff bulletin, comes quarterly with hiring news, open days and shift swaps. Reply NUDGEQUIET to halt careers mail. No one sits behind this mailbox. Applicant files are erased after eighteen months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} – status changed", "Hello {n},\n\nYour Candidate Home page for {role} (req. R-{ref}) now reads: Closed – Seat Taken by Another Applicant.\n\nYour profile stays live, so browse the board whenever suits.\n\n{co} Talent Acquisition", ("Voe Instrument Calibration", "Kitwe Assay Laboratories"), ("voecalibration", "kitweassay"), role=("Calibration Technician", "Sample Prep Analyst"), tz=("sh", "zm"))
mr("gh", "Your application to {co}", "Hi {n},\n\nCheers for the afternoon with our panel about {role}. A hire is made, and it was somebody else. Your portfolio walk-through was crisp.\n\nKind regards,\n{sig}\nRecruiting, {co}", ("Margao Bus Body Works", "Debrecen Biologics Kft."), ("margaobusbody", "debrecenbio"), role=("CAD Draughtsman", "QC Microbiologist"), tz=("goa", "hu"))
mr("lv", "{role} at {co}", "Hey {n} –\n\nQuick note from {co}: the {role} search has wrapped and we've brought a different person on board. Your details sit on our Lantern List nine months; reply LANTERNOFF to wipe them.\n\nCheers,\n{sig}", ("Grenville Radio 98", "Glace Bay Contact Centre"), ("grenvilleradio", "glacebaycontact"), role=("Evening Presenter", "Bilingual Support Agent"), tz=("gd", "cb"))
mr("sr", "Application update – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Stage</th><th>Outcome</th></tr><tr><td>{role}</td><td>Final review</td><td>Closed – successful applicant elsewhere</td></tr></table><p>Thank you for applying to {co}.</p><p>{sig}, People Team</p></body></html>", ("Hai Phong Rolled Steel JSC", "Szeged Salami Works Zrt."), ("haiphongsteel", "szegedsalami"), role=("Maintenance Planner", "Line Hygiene Lead"), tz=("vn", "hu"))
mr("ic", "{co} – {role} requisition {ref}", "Dear {n},\n\nThe {role} listing asks for {x}; your file lacks it, so the application halts here. Cheers for thinking of {co}.\n\n{sig}\nHR Operations", ("Sullom Rigging Services", "Ndola Clinker Works"), ("sullomrigging", "ndolaclinker"), role=("Rope Access Technician", "Kiln Operator"), x=("an IRATA Level 2 card", "a Grade 12 certificate with Science"), tz=("sh", "zm"))
mr("tl", "Job number {ref}: {role}", "Dear {n},\n\nRequisition {ref} ({role}) is filled; against it your candidate file reads Inactive. Other postings sit on our careers site.\n\nRegards,\n{co} Staffing", ("Panjim Feni Distillers", "Port Hawkesbury Pulp & Paper"), ("panjimfeni", "hawkesburypulp"), role=("Bottling Supervisor", "Millwright"), tz=("goa", "cb"))
mr("wk", "{co}: {role} follow-up", "Hi {n},\n\nTa for the paid trial shift with the {role} crew. The team picked another applicant whose days matched the roster. Your hustle was noticed.\n\nWarmly,\n{sig}, {co}", ("Zambezi Spray Rafting", "Grand Anse Beach Grill"), ("zambezispray", "grandansegrill"), role=("Safety Kayaker", "Line Cook"), tz=("zm", "gd"))
mr("bh", "About the {role} role", "Hi {n},\n\nA colleague of ours from {x} moved across into the {role} post, so we have closed the vacancy. Your application was a good read; do write again some time.\n\nBest,\n{sig}, {co}", ("Calangute Shack Company", "Chéticamp Rug Hooking Studio"), ("calanguteshack", "cheticamprug"), role=("Floor Manager", "Studio Coordinator"), x=("our Baga outlet", "the gift shop"), tz=("goa", "cb"))
mr("tt", "{co} x {n}: {role}", "Dear {n},\n\nWe inform about result of {role} selection. After comparing all candidates, team choice went to colleague with closer experience. Thanking your patience, much success wishing.\n\nSincerely,\n{sig}\n{co}", ("Győr Engine Components Kft.", "Pécs Cable Harness Kft."), ("gyorengine", "pecsharness"), role=("Process Technician", "Shift Leader"), tz="hu")
mr("pp", "{role} – screening result", "Dear {n},\n\nOur screening for {role} gave your application {x}; interview seats went to files at {y} and upward. Ta for hanging on while the heap got sorted.\n\n{sig}\n{co}", ("Lerwick Fiddle School", "Can Tho Rice Exporters"), ("lerwickfiddle", "canthorice"), role=("Tutor Coordinator", "Export Documentation Clerk"), x=("21 points of 40", "54%"), y=("27", "62%"), tz=("sh", "vn"))
mr("jz", "Thank you from {co}", "Good day {n},\n\nKindly be advised the {role} vacancy is now filled up by another candidate. Your time is appreciated and we pray a good placement finds you soon. God bless.\n\n{sig}\n{co}", ("Chipata Leaf Grading Ltd", "Mansa Feed Millers"), ("chipataleaf", "mansafeed"), role=("Grading Clerk", "Stores Assistant"), tz="zm")
mr("ab", "Update on your {co} application", "Hi {n},\n\nThe founders met the final two for {role} this week; the other finalist was offered it and accepted. Your take-home had real care in it.\n\n{sig}\nTalent, {co}", ("Mekong Pixel Games", "Saigon Thread Labs"), ("mekongpixel", "saigonthread"), role=("Gameplay Programmer", "Pattern Cutter"), tz="vn")
mr("sc", "{co} seasonal crew", "Hi {n},\n\nTa for wanting a berth on this year's {role} crew. Every spot has gone to people returning from last season, so the list is full now. Try us early next year!\n\n{sig}\n{co}", ("Unst Puffin Boat Trips", "Cabot Trail Whale Cruises"), ("unstpuffin", "cabotwhale"), role=("Deckhand", "Ticket Booth Attendant"), tz=("sh", "cb"))
# once
mr("sh1", "Wir {role} post", "Hi {n},\n\nTa for comin in tae wir office. Da {role} job is gone tae a boy fae Bressay wha kens da wark, so du's no gittin it dis time. Keep dee een on wir page.\n\n{sig}\n{co}", "Yell Turbine Servicing", "yellturbine", role="Wind Tech Trainee", tz="sh")
mr("zm1", "RE: {role} application", "Dear {n},\n\nThis serves to inform that your application for {role} was not successful since somebody already fills the vacancy. Thanking you for the interest in {co}.\n\nYours faithfully,\n{sig}\nHuman Resources", "Lusaka Poultry Feeds Ltd", "lusakapoultry", role="Quality Controller", tz="zm")
mr("goa1", "{role} – {co}", "Hi {n},\n\nHope all's fine. Sorry men, the {role} post got taken by one candidate from Ponda itself. Your profile was good only. Will revert if anything opens. Dev borem korum.\n\n{sig}\n{co}", "Mapusa Eyecare Opticians", "mapusaeyecare", role="Optometry Assistant", tz="goa")
mr("gd1", "{role} at {co}", "Good day {n},\n\nThanks for passing by for the {role} chat. We doh have a place for you right now, the post gone to somebody from Gouyave. Keep well and check back with us.\n\n{sig}\n{co}", "Spice Isle Cable TV", "spiceislecable", role="Field Installer", tz="gd")
mr("cb1", "Re: {role}", "Hi {n},\n\nThanks a million for driving down to see the plant, dear. A fella with years in the hospital boiler house got the nod, so no go this round. Right sorry about that.\n\n{sig}\n{co}", "Cape Breton Steam Heating Co-op", "cbsteamheat", role="Boiler Operator", tz="cb")
mr("hu1", "Result of your application", "Dear {n},\n\nWe must inform that in {role} position we go further with another applicant. Your documents we keep until year end, then delete. Good success in job search we wish.\n\n{sig}\n{co}", "Kecskemét Apricot Preserves Kft.", "kecskemetapricot", role="Warehouse Coordinator", tz="hu")
mr("vn1", "Notice of recruitment result", "Dear Ms/Mr {n},\n\nThank you so much for interest in {co}. We regret to inform you are not selected for {role} this round. Wish you health and success in career path.\n\nBest regards,\n{sig}", "Hue Riverside Hotel", "hueriverside", role="Guest Relations Officer", tz="vn")
mr("uk1", "Your {role} application", "Dear {n},\n\nThank you for applying to {co}. Having gone through everything, we are not carrying your {role} application on.\n\nBest wishes,\n{sig}", "Whitby Jet Carvers", "whitbyjet", role="Bench Polisher", tz="uk")
mr("ie1", "{co} – {role}", "Hi {n},\n\nSorry now, your {role} application at {co} ends here. Loads applied and it was a tight enough call.\n\nAll the best,\n{sig}", "Athenry Sheepdog Trials Society", "athenrytrials", role="Events Administrator", tz="ie")
mr("us1", "{role} application – {co}", "Hi {n},\n\nAppreciated. The {role} spot is filled, and the leftover applications are getting closed. Good hunting.\n\n{sig}\n{co}", "Tuscaloosa Cotton Gin", "tuscaloosagin", role="Forklift Lead", tz="usc")
mr("us2", "Your application for {role}", "Hi {n},\n\nAppreciate your interest in {co}. After review, we're going to pursue other candidates for the {role} opening. Wishing you success.\n\n{sig}", "Salinas Lettuce Coolers", "salinascoolers", role="Refrigeration Tech", tz="usp")
mr("au1", "{role} at {co}", "G'day {n},\n\nTa for chucking in an application for {role}. The spot went to a deckie with a few reef seasons under the belt. Watch our socials.\n\n{sig}\n{co}", "Jervis Bay Glassbottom Tours", "jervisbayglass", role="Skipper's Mate", tz="au")
mr("nz1", "Kia ora {n} – {role}", "Kia ora {n},\n\nThanks for your application for {role}. Another applicant said yes to our offer for it. Ngā mihi for your interest.\n\n{sig}\n{co}", "Gisborne Log Export Yard", "gisbornelogs", role="Yard Supervisor", tz="nz")
mr("za1", "{role} – outcome", "Dear {n},\n\nNgiyabonga for applying to {co}. We can confirm that another candidate was appointed to {role}.\n\nKind regards,\n{sig}", "Upington Solar Farm Services", "upingtonsolar", role="Stock Controller", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nSitting with you Tuesday was a treat, and the crew still mention your calibration log idea. After the final round another candidate was offered the post and accepted this morning.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Sumburgh Airfield Services", "Copperbelt Metering Ltd"), ("sumburghair", "copperbeltmeter"), role=("Ground Equipment Fitter", "Meter Reader Supervisor"), tz=("sh", "zm"))
mr("th2", "RE: [EXT] Re: Thank you", "Dear {n},\n\nYour kind note made our Friday. All of the panel liked the talk. The post goes to a colleague who came over from the Vasco yard.\n\nWith best regards,\n{sig}\n\n{ORIG}", ("Mormugao Dry Dock Repairs", "Grenada Marine Electrics"), ("mormugaodock", "grenadamarine"), role=("Hull Inspector", "Marine Electrician"), tz=("goa", "gd"))
mr("th3", "RE: [EXT] Re: {role} – next steps?", "Hi {n},\n\nGreat to hear from you again! Your energy in the room was wonderful. We selected another applicant for {role}, someone from the Sydney Mines office.\n\nTake care,\n{sig}\n\n{RULE}", ("Breton Heritage Radio", "Inverness Links Resort"), ("bretonradio", "invernesslinks"), role=("Production Assistant", "Golf Ops Coordinator"), tz="cb")
mr("th4", "RE: [EXT] Re: follow up", "Dear {n},\n\nThanks for message and for good discussion. Board decided for candidate with longer experience at the {role} position.\n\nBest regards,\n{sig}\n\n{GM}", ("Tokaj Cellar Logistics Kft.", "Balaton Sailing Gear Kft."), ("tokajcellar", "balatongear"), role=("Cellar Logistician", "Sales Engineer"), tz="hu")
mr("th5", "RE: [EXT] Re: {role} interview result", "Dear {n},\n\nThanks for follow-up and for visiting Da Nang office. Your sharing was appreciated. The manager chose one candidate from the internal team for {role}.\n\nBest regards,\n{sig}\n\n{OUT}", ("Da Nang Lantern Studio", "Hanoi Lacquer House"), ("danganglantern", "hanoilacquer"), role=("3D Artist", "Export Coordinator"), tz="vn")
mr("th6", "RE: [EXT] Re: our chat", "Hi {n},\n\nLovely to get your note. We had such a good time on the call and I hope the move goes smoothly. The {role} job is going to Callum, who covered it over the summer.\n\nAll the best,\n{sig}\n\n{RULE}", ("Tayside Curling Rink", "Whitstable Oyster Sheds"), ("taysiderink", "whitstableoyster"), role=("Ice Technician", "Shucking Lead"), tz="uk")
mr("th7", "RE: [EXT] Re: Interview on Thursday", "Hi {n},\n\nSo glad you made it in despite the weather, and thanks for the brownies! Everyone loved meeting you. We've hired an applicant who previously ran a branch for us.\n\nBest,\n{sig}\n\n{GM}", ("Catskill Fly Fishing Supply", "Athlone Swim Academy"), ("catskillfly", "athloneswim"), role=("Store Lead", "Pool Manager"), tz=("use", "ie"))
mr("th8", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks heaps for last week's chat, your yarns about the station were a hoot. Someone already on the crew is taking the job.\n\nCheers,\n{sig}\n\n{ORIG}", ("Bourke Station Stays", "Taupō Geyser Cafés"), ("bourkestays", "taupogeyser"), role=("Host", "Café Manager"), tz=("au", "nz"))
# ---- 8 clear refusals under the long footer
mr("ft1", "{co}: your application", "Dear {n},\n\nYour application for {role} stops here with us. Thanks for applying.\n\n{sig}{FOOT}", ("Scalloway Marine Engineering", "Livingstone Craft Market Trust"), ("scallowaymarine", "livingstonecraft"), role=("Fitter-Turner", "Market Supervisor"), tz=("sh", "zm"))
mr("ft2", "{role} – decision", "Hi {n},\n\n{role}: application declined. Thanks for the interest.\n\n{sig}{FOOT}", ("Anjuna Scooter Hire", "St George's Rum Works"), ("anjunascooter", "stgeorgesrum"), role=("Workshop Mechanic", "Still Hand"), tz=("goa", "gd"))
mr("ft3", "Application result: {role}", "Dear {n},\n\nSorry, {role} went to a different applicant. Thanks for your time.\n\n{sig}{FOOT}", ("Baddeck Kayak & Canoe Rentals", "Miskolc Steel Fabrication Kft."), ("baddeckpaddle", "miskolcsteel"), role=("Guide", "Welder"), tz=("cb", "hu"))
mr("ft4", "{co} – {role}", "Hi {n},\n\nUnfortunately {role} closes for you here. Thanks again.\n\n{sig}{FOOT}", ("Quy Nhon Fish Sauce Co.", "Dunfermline Carpet Mill"), ("quynhonsauce", "dunfermlinecarpet"), role=("Lab Assistant", "Loom Tuner"), tz=("vn", "uk"))
# ---- 9 hedged refusals
mr("hd1", "Your application – {role}", "Hi {n},\n\nThank you for applying. Other applicants sat nearer to what {co} wants from {role} just now.\n\nBest wishes,\n{sig}", ("Bigton Wool Brokers", "Kabwe Battery Recyclers"), ("bigtonwool", "kabwerecycle"), role=("Grader", "Plant Clerk"), tz=("sh", "zm"))
mr("hd2", "{role} update", "Dear {n},\n\nYour {role} application got a careful look. {co} is taking this position another way. Thanks for the interest.\n\n{sig}", ("Vagator Tattoo Studio", "Sauteurs Community Clinic"), ("vagatortattoo", "sauteursclinic"), role=("Studio Coordinator", "Clinic Receptionist"), tz=("goa", "gd"))
mr("hd3", "{co} – {role}", "Hi {n},\n\nThanks for your time. Some profiles sat more close to the technical requirement of {role}, and these candidates were preferred.\n\nRegards,\n{sig}\n{co}", ("Veszprém Optics Kft.", "Bien Hoa Packaging JSC"), ("veszpremoptics", "bienhoapack"), role=("Lens Coater", "Die-line Designer"), tz=("hu", "vn"))
mr("hd4", "Re: {role}", "Hi {n},\n\nThanks for applying. We found people whose background suits this particular {role} a bit better.\n\n{sig}\n{co}", ("Louisbourg Fortress Interpreters", "Albury Ginger Beer Co."), ("louisbourginterp", "alburyginger"), role=("Costumed Interpreter", "Brewhouse Operator"), tz=("cb", "au"))
mr("hd5", "{role} application", "Hi {n},\n\nAppreciate it. We're moving with candidates whose track record maps more directly onto the {role} brief.\n\n{sig}\n{co}", "Omaha Storm Shutters", "omahashutters", role="Estimator", tz="usc")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {co}", "Hi {n},\n\nCheers for the blether earlier. The client's pick for {role}, as I'd warned, was another person. They've a {x} opening at Brae from next month that'd suit you fine. Will I send your CV?\n\n{sig}\nNorthmavine Recruitment", "Brae Subsea Logistics", "northmavinerec", role="Logistics Coordinator", x="Stores Controller", tz="sh")
mr("rc2", "Follow-up from our call", "Dear {n},\n\nThank you for this morning's call. As discussed, {co} settled on another candidate for {role}. However they have a {x} post and I have put your name forward, please confirm you are okay with it.\n\n{sig}\nKafue Talent Partners", "Kafue Hydro Services", "kafuetalent", role="Plant Accountant", x="Cost Accountant", tz="zm")
mr("rc3", "Our chat – next idea", "Hi {n},\n\nNice talking to you. The client picked one more senior person for {role}, so that one is closed. But they also need a {x} in Verna, want me to pitch you? Revert by evening, no?\n\n{sig}\nMandovi Staffing", "Verna Pharma Packaging", "mandovistaffing", role="QA Executive", x="Documentation Officer", tz="goa")
mr("rc4", "Following up", "Hi {n},\n\nThanks for the chat. Hotel pick somebody else for {role}, but they have a {x} spot opening at Morne Rouge. It good for you? Leh me know and I send it across.\n\n{sig}\nIsle Talent Grenada", "Morne Rouge Bay Hotel", "isletalentgd", role="Guest Services Head", x="Night Manager", tz="gd")
mr("rc5", "Good talking today", "Hi {n},\n\nGood talking, dear. For the {role} job the client picked another person. But they've a {x} job in North Sydney too, and I'm keen to put your name up.\n\n{sig}\nHighland Shore Staffing", "North Sydney Ferry Terminal", "highlandshore", role="Terminal Supervisor", x="Operations Planner", tz="cb")
mr("rc6", "After the phone call", "Dear {n},\n\nThank you for the talk. I must tell that client continues with other candidate for {role}. But they open now a {x} position, which I think matches your profile, may I present you?\n\n{sig}\nPannon Search Kft.", "Kecskemét Motor Plant", "pannonsearch", role="Production Engineer", x="Maintenance Engineer", tz="hu")
mr("rc7", "Update after call", "Dear {n},\n\nThank you for phone time. Client has chosen other candidate for {role}. They also have {x} vacancy, I think suitable with you. Please confirm so I can submit.\n\n{sig}\nSaigon Bridge Recruitment", "Binh Duong Shoe Exports", "saigonbridge", role="Merchandiser", x="Sourcing Executive", tz="vn")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}", "Dear {n},\n\nVacancy {ref} ({role}): rated eligible, rated qualified; only higher-ranked names reached the hiring manager's referral list; yours did not.\n\n{co}", ("US Fish & Wildlife – Southeast Region HR", "Parks Canada – Cape Breton Field Unit"), ("fws-region4", "pc-cbfield"), role=("Biological Technician", "Visitor Experience Officer"), tz=("use", "cb"))
mr("ps2", "Application {ref}: eligibility", "Dear {n},\n\nYour application for {role} is ruled ineligible: {x} was missing from it. The file is closed.\n\n{co}", ("Zambia Public Service Management Division", "Goa Public Service Commission"), ("zm-psmd", "goapsc"), role=("Assistant Registry Officer", "Junior Stenographer"), x=("a certified NRC copy", "a Konkani proficiency certificate"), tz=("zm", "goa"))
mr("ps3", "Vacancy {ref} – {role}", "Dear {n},\n\nVacancy {ref} ({role}) is pulled by the Council; nobody gets appointed, and the file of applications is shut.\n\n{co}", ("Shetland Islands Council – HR", "Government of Grenada – Public Service Commission"), ("shetlandcouncil", "gd-psc"), role=("Ferry Relief Mate", "Clerical Officer"), tz=("sh", "gd"))
mr("ps4", "Examination results – {role}", "Dear {n},\n\nWritten exam, {role}: your score {x}; the line for the next stage {y}. Candidature closed.\n\n{co}", ("Budapest District XIII Office", "Quang Ninh Provincial Department of Home Affairs"), ("bp13office", "qninhhomeaffairs"), role=("Administrative Officer", "Civil Servant – Finance"), x=("58 points", "61.5"), y=("65 points", "70"), tz=("hu", "vn"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} is no longer being considered.\n\n{co} Careers", ("Tingwall Salmon Smolts", "Lusaka Billboard Erectors"), ("tingwallsmolt", "lusakaboards"), role=("Hatchery Hand", "Installer"), tz=("sh", "zm"))
mr("st2", "Status update", "<html><body><p>{n},</p><p>Application: <b>{role}</b></p><p>Status: <b>Closed – not being considered further</b></p><p>{co}</p></body></html>", ("Ponda Tyre Retreaders", "Grenville Supermarkets"), ("pondaretread", "grenvillemart"), role=("Shift Operator", "Deli Clerk"), tz=("goa", "gd"))
mr("st3", "Your application status has changed", "<html><body><p>Hi {n}, the status of your {role} application is now: <i>Not moving forward</i>.</p><p>{co} Hiring</p></body></html>", ("Sydney Steel Heritage Museum", "Nyíregyháza Apple Juice Kft."), ("sydneysteelmuseum", "nyiregyjuice"), role=("Guide", "Press Operator"), tz=("cb", "hu"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026", "Dear {n},\n\nThanks for applying to the {co} summer internship. A flood of forms arrived and every seat this summer is taken by others. Have another go next round.\n\n{sig}, Early Careers", ("Scatsta Energy Services", "Mopani Geology Trust"), ("scatstaenergy", "mopanigeo"), tz=("sh", "zm"))
mr("in2", "Graduate Programme – decision", "Hi {n},\n\nThanks for sitting our Graduate Programme assessment day. All places are now given out, and none to you this intake. Best of luck.\n\n{sig}\n{co}", ("Goa Shipyard Apprentices Board", "St George's University Hospital"), ("goashipgrad", "sguhospital"), tz=("goa", "gd"))
mr("in3", "Internship application outcome", "Dear {n},\n\nWe thank for application to {co} internship. We must inform we selected other students for this period.\n\n{sig}", ("Debrecen Solar Labs", "Hanoi Metro Engineering"), ("debrecensolar", "hanoimetroeng"), tz=("hu", "vn"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Candidate Home: application received", "Hello {n},\n\nYour {role} application (R-{ref}) is logged. Candidate Home may later say Interview, Offer, or Closed – Seat Taken by Another Applicant. Today it reads Submitted.\n\n{co} Talent Acquisition", ("Voe Instrument Calibration", "Kitwe Assay Laboratories"), ("voecalibration", "kitweassay"), role=("Metrology Assistant", "Fire Assayer"), tz=("sh", "zm"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nTa for applying for {role}. Each application gets read by a recruiter. Should the team pick someone else, a person tells you, never silence.\n\n{sig}\nRecruiting, {co}", ("Margao Bus Body Works", "Debrecen Biologics Kft."), ("margaobusbody", "debrecenbio"), role=("Panel Beater", "Lab Technician"), tz=("goa", "hu"))
mo("application_received", "lv", "We got it – {role}", "Hey {n},\n\nYour {role} application is in. However it lands, your details go on our Lantern List for nine months unless you reply LANTERNOFF.\n\n{sig}, {co}", ("Grenville Radio 98", "Glace Bay Contact Centre"), ("grenvilleradio", "glacebaycontact"), role=("Sales Executive", "Team Lead"), tz=("gd", "cb"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Stage</th><th>Possible next</th></tr><tr><td>{role}</td><td>Received</td><td>Interview / Closed – successful applicant elsewhere</td></tr></table><p>{co} People Team</p></body></html>", ("Hai Phong Rolled Steel JSC", "Szeged Salami Works Zrt."), ("haiphongsteel", "szegedsalami"), role=("Crane Operator", "Packing Operative"), tz=("vn", "hu"))
mo("application_received", "ic", "{co}: requisition {ref} received", "Dear {n},\n\nThanks for applying for {role}. Files without {x} stop at screening; with it, a recruiter rings within two weeks.\n\n{sig}\nHR Operations", ("Sullom Rigging Services", "Ndola Clinker Works"), ("sullomrigging", "ndolaclinker"), role=("Rigger", "Electrician"), x=("a GWO Basic Safety certificate", "a trade test certificate"), tz=("sh", "zm"))
mo("application_received", "tl", "Job number {ref}: received", "Dear {n},\n\nJob number {ref} ({role}) has your application. Should another candidate fill the requisition, your record flips to Inactive and a notice follows.\n\n{co} Staffing", ("Panjim Feni Distillers", "Port Hawkesbury Pulp & Paper"), ("panjimfeni", "hawkesburypulp"), role=("Warehouse Supervisor", "Process Operator"), tz=("goa", "cb"))
mo("application_received", "wk", "{co}: application in", "Hi {n},\n\nThanks for applying to the {role} crew! The shortlist gets a paid trial shift. Those we can't take get a short note, usually within a fortnight.\n\n{sig}, {co}", ("Zambezi Spray Rafting", "Grand Anse Beach Grill"), ("zambezispray", "grandansegrill"), role=("Raft Guide", "Prep Cook"), tz=("zm", "gd"))
mo("application_received", "bh", "Application for {role}", "Hi {n},\n\nTa, your application landed. Internal movers get first look; if one of them takes it, we still write to you either way.\n\n{sig}, {co}", ("Calangute Shack Company", "Chéticamp Rug Hooking Studio"), ("calanguteshack", "cheticamprug"), role=("Bar Supervisor", "Shop Assistant"), tz=("goa", "cb"))
mo("application_received", "tt", "Your application arrived", "Dear {n},\n\nYour application for {role} arrived to us. Evaluation takes three weeks. Positive or negative decision, in both cases e-mail goes to you.\n\nSincerely,\n{sig}\n{co}", ("Győr Engine Components Kft.", "Pécs Cable Harness Kft."), ("gyorengine", "pecsharness"), role=("CNC Operator", "Quality Inspector"), tz="hu")
mo("application_received", "pp", "{role} – received", "Dear {n},\n\n{role} application: with us. Screening gives every file a score; those below the shortlist line receive a brief notice, those above an invitation.\n\n{sig}\n{co}", ("Lerwick Fiddle School", "Can Tho Rice Exporters"), ("lerwickfiddle", "canthorice"), role=("Office Administrator", "Logistics Clerk"), tz=("sh", "vn"))
mo("application_received", "jz", "Acknowledgement – {role}", "Good day {n},\n\nYour application for {role} is received with thanks. Kindly be advised only the shortlisted are called; thirty silent days tell you the application failed.\n\n{sig}\n{co}", ("Chipata Leaf Grading Ltd", "Mansa Feed Millers"), ("chipataleaf", "mansafeed"), role=("Driver", "Weighbridge Clerk"), tz="zm")
mo("application_received", "ab", "Got your application – {co}", "Hi {n},\n\nTa for applying for {role}. The take-home comes next. Should we stop there, a human note with one honest line of feedback follows.\n\n{sig}\nTalent, {co}", ("Mekong Pixel Games", "Saigon Thread Labs"), ("mekongpixel", "saigonthread"), role=("Level Designer", "Sample Maker"), tz="vn")
mo("application_received", "sc", "{co} crew application", "Hi {n},\n\nTa for your {role} crew form. Returners pick first; leftover berths go to new folk in order of sign-up. Yes or no comes by April.\n\n{sig}\n{co}", ("Unst Puffin Boat Trips", "Cabot Trail Whale Cruises"), ("unstpuffin", "cabotwhale"), role=("Boat Hand", "Naturalist"), tz=("sh", "cb"))
mo("application_received", "ft", "{co}: application received", "Hi {n},\n\nWe have your application for {role}. If it is not taken further we will write to say so.\n\n{sig}{FOOT}", ("Scalloway Marine Engineering", "St George's Rum Works"), ("scallowaymarine", "stgeorgesrum"), role=("Apprentice Fitter", "Cask Hand"), tz=("sh", "gd"))
mo("application_received", "hd", "Thanks for applying", "Hi {n},\n\nTa for applying for {role}. If other applicants sit nearer the brief, a mail tells you; the CV sits in our drawer six months either way.\n\n{sig}\n{co}", ("Bigton Wool Brokers", "Kabwe Battery Recyclers"), ("bigtonwool", "kabwerecycle"), role=("Warehouse Hand", "Forklift Driver"), tz=("sh", "zm"))
mo("application_received", "hd2", "{role} application received", "Dear {n},\n\nYour application for {role} has been received. Selection or no selection, every candidate gets an answer from us within four weeks.\n\n{sig}\n{co}", ("Vagator Tattoo Studio", "Sauteurs Community Clinic"), ("vagatortattoo", "sauteursclinic"), role=("Front Desk Lead", "Nurse Aide"), tz=("goa", "gd"))
mo("application_received", "hd3", "We received your application", "Hi {n},\n\nThanks for applying for {role} at {co}. Profiles not matching the technical requirement will be informed after the first screening; matching ones get a test invite.\n\n{sig}", ("Veszprém Optics Kft.", "Bien Hoa Packaging JSC"), ("veszpremoptics", "bienhoapack"), role=("Optical Assembler", "Printing Operator"), tz=("hu", "vn"))
mo("application_received", "rc", "Thanks for sending your CV", "Hi {n},\n\nCV received, ta. I only ring back when one of my clients fits, so quiet simply means nothing suitable yet.\n\n{sig}\nNorthmavine Recruitment", ("Northmavine Recruitment", "Kafue Talent Partners"), ("northmavinerec", "kafuetalent"), tz=("sh", "zm"))
mo("application_received", "ps1", "Application {ref} received", "Dear {n},\n\nYour {role} application is in. Once reviewed, your Notice of Results will state three things: eligible (yes/no), qualified (yes/no), referred onward to the hiring desk (yes/no).\n\n{co}", ("US Fish & Wildlife – Southeast Region HR", "Parks Canada – Cape Breton Field Unit"), ("fws-region4", "pc-cbfield"), role=("Wildlife Refuge Specialist", "Resource Conservation Technician"), tz=("use", "cb"))
mo("application_received", "ps2", "Application {ref} acknowledged", "Dear {n},\n\nAcknowledged: {role} application. Any application lacking {x} counts as ineligible, so check the upload.\n\n{co}", ("Zambia Public Service Management Division", "Goa Public Service Commission"), ("zm-psmd", "goapsc"), role=("Records Clerk", "Lower Division Clerk"), x=("a certified NRC copy", "a residence certificate"), tz=("zm", "goa"))
mo("application_received", "ps4", "Registration confirmed – {role}", "Dear {n},\n\nYour registration for the {role} examination is confirmed. Candidates scoring under the cut-off will not continue to the interview stage; results come by mail.\n\n{co}", ("Budapest District XIII Office", "Quang Ninh Provincial Department of Home Affairs"), ("bp13office", "qninhhomeaffairs"), role=("Clerk", "Civil Servant – Planning"), tz=("hu", "vn"))
mo("application_received", "st", "Application received: {role}", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b> – Status: <b>Received</b>, today.</p><p>Could later read: In Review · Interview · Offer · Dropped from consideration.</p><p>{co} Careers</p></body></html>", ("Tingwall Salmon Smolts", "Grenville Supermarkets"), ("tingwallsmolt", "grenvillemart"), role=("Feed Technician", "Cashier"), tz=("sh", "gd"))
mo("application_received", "in", "{co} internship – application in", "Dear {n},\n\nTa for applying to the {co} summer internship. Few places, so many won't get one; all applicants get word before April.\n\n{sig}, Early Careers", ("Scatsta Energy Services", "Mopani Geology Trust"), ("scatstaenergy", "mopanigeo"), tz=("sh", "zm"))
mo("application_received", "in2", "Graduate Programme – application received", "Hi {n},\n\nCheers for your Graduate Programme form. After each stage, pass or fail, a mail reaches you.\n\n{sig}\n{co}", ("Goa Shipyard Apprentices Board", "St George's University Hospital"), ("goashipgrad", "sguhospital"), tz=("goa", "gd"))
mo("application_received", "us", "We received your application", "Hi {n},\n\nThanks for applying for {role}. No match on experience means we close it and drop you a note; a match means a phone call.\n\n{sig}\n{co}", ("Tuscaloosa Cotton Gin", "Omaha Storm Shutters"), ("tuscaloosagin", "omahashutters"), role=("Sanitation Tech", "Installer"), tz="usc")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview: {role}", "Hello {n},\n\nInterview for {role}: {dl}, half ten. Unfortunately the north car park is being re-laid, so the pier lay-by is your best bet.\n\n{sig}, {co} Talent Acquisition", ("Voe Instrument Calibration", "Kitwe Assay Laboratories"), ("voecalibration", "kitweassay"), role=("Calibration Technician", "Sample Prep Analyst"), tz=("sh", "zm"))
mo("interview", "gh", "Panel interview – {co}", "Hi {n},\n\nGood news: {role} panel on {dl}, 14:00, and you're on it. Sadly our coffee machine packed in, so bring a flask.\n\n{sig}\nRecruiting, {co}", ("Margao Bus Body Works", "Debrecen Biologics Kft."), ("margaobusbody", "debrecenbio"), role=("CAD Draughtsman", "QC Microbiologist"), tz=("goa", "hu"))
mo("interview", "th", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely to hear back. Fancy a second natter with us, {dl}, 11:00? Regrettably the lift is broken, so three flights of stairs.\n\n{sig}\n\n{OUT}", ("Sumburgh Airfield Services", "Copperbelt Metering Ltd"), ("sumburghair", "copperbeltmeter"), role=("Ground Equipment Fitter", "Meter Reader Supervisor"), tz=("sh", "zm"))
mo("interview", "lv", "Let's talk – {role}", "Hey {n},\n\nVideo call about {role} on {dl}? Bad news: our call software drops phone users, so grab a laptop.\n\n{sig}, {co}", ("Grenville Radio 98", "Glace Bay Contact Centre"), ("grenvilleradio", "glacebaycontact"), role=("Evening Presenter", "Bilingual Support Agent"), tz=("gd", "cb"))
mo("interview", "th6", "RE: [EXT] Re: our chat", "Hi {n},\n\nThanks for the note! The team would like to see you once more, {dl} at 15:00. Sorry, the front door is boarded while the glazier's in, so come round the back.\n\n{sig}\n\n{RULE}", ("Tayside Curling Rink", "Whitstable Oyster Sheds"), ("taysiderink", "whitstableoyster"), role=("Ice Technician", "Shucking Lead"), tz="uk")
mo("interview", "hd", "Interview invitation – {role}", "Hi {n},\n\nInterview for {role}: {dl}, quarter to ten. Unfortunately no bus passes the yard that early, so get a lift if you can.\n\n{sig}\n{co}", ("Bigton Wool Brokers", "Kabwe Battery Recyclers"), ("bigtonwool", "kabwerecycle"), role=("Grader", "Plant Clerk"), tz=("sh", "zm"))
mo("interview", "hu", "Invitation to interview", "Dear {n},\n\nWe invite you for personal interview for {role}, {dl}, at ten. Unfortunately the guest parking is closed because of renovation, please park on the street.\n\n{sig}\n{co}", ("Győr Engine Components Kft.", "Veszprém Optics Kft."), ("gyorengine", "veszpremoptics"), role=("Process Technician", "Lens Coater"), tz="hu")
mo("interview", "vn", "Interview schedule – {role}", "Dear {n},\n\nInvite for {role} interview: {dl}, 14:30, our office. Unfortunately our building elevator is under maintenance, please use the stairs to floor 4.\n\nBest regards,\n{sig}\n{co}", ("Mekong Pixel Games", "Hai Phong Rolled Steel JSC"), ("mekongpixel", "haiphongsteel"), role=("Gameplay Programmer", "Maintenance Planner"), tz="vn")
mo("next_steps", "ic", "Next step: online assessment", "Dear {n},\n\nThanks for applying for {role}. Next comes an online safety test, due by {dl}. Unfortunately once begun, the test has no pause button.\n\n{sig}\nHR Operations, {co}", ("Sullom Rigging Services", "Ndola Clinker Works"), ("sullomrigging", "ndolaclinker"), role=("Rope Access Technician", "Kiln Operator"), tz=("sh", "zm"))
mo("next_steps", "ab", "Take-home task – {co}", "Hi {n},\n\nFor {role}, a short take-home comes next; return it by {dl}. Annoyingly our upload box rejects files over 10 MB, so zip large ones.\n\n{sig}\nTalent, {co}", ("Mekong Pixel Games", "Saigon Thread Labs"), ("mekongpixel", "saigonthread"), role=("Gameplay Programmer", "Pattern Cutter"), tz="vn")
mo("next_steps", "ps", "Documents needed – {role}", "Dear {n},\n\nFirst stage for {role}: passed. Bring certified certificate copies to our office by {dl}. Regrettably faxed copies cannot be accepted.\n\n{co}", ("Zambia Public Service Management Division", "Goa Public Service Commission"), ("zm-psmd", "goapsc"), role=("Assistant Registry Officer", "Junior Stenographer"), tz=("zm", "goa"))
mo("next_steps", "pp", "Next stage – {role}", "Dear {n},\n\nYour screening score puts you through to a short skills task for {role}, due {dl}. Sadly the task page doesn't work in older browsers.\n\n{sig}\n{co}", ("Lerwick Fiddle School", "Can Tho Rice Exporters"), ("lerwickfiddle", "canthorice"), role=("Tutor Coordinator", "Export Documentation Clerk"), tz=("sh", "vn"))
mo("next_steps", "rc", "Client wants references", "Hi {n},\n\nGood news, client wants to proceed. Two references please, by {dl}. Unfortunately this client refuses kin as referees.\n\n{sig}\nMandovi Staffing", ("Verna Pharma Packaging", "Morne Rouge Bay Hotel"), ("mandovistaffing", "isletalentgd"), tz=("goa", "gd"))
mo("next_steps", "in", "Assessment centre – {co}", "Dear {n},\n\nYou're on the {co} programme shortlist. Pick an assessment-day slot; booking shuts {dl}. Sorry, the booking page is slow in the evenings.\n\n{sig}, Early Careers", ("Scatsta Energy Services", "Debrecen Solar Labs"), ("scatstaenergy", "debrecensolar"), tz=("sh", "hu"))
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nThe {role} job comes with your name on it, starting {dl}. Unfortunately crew shirts are still in the post; wear navy or black week one.\n\nWarmly,\n{sig}, {co}", ("Zambezi Spray Rafting", "Grand Anse Beach Grill"), ("zambezispray", "grandansegrill"), role=("Safety Kayaker", "Line Cook"), tz=("zm", "gd"))
mo("offer", "th3", "RE: [EXT] Re: {role} – next steps?", "Hi {n},\n\nHappy to say {role} comes with an offer attached! Start {dl}, if that works. Bad news: painters occupy our tearoom, so lunches move to the boardroom.\n\n{sig}\n\n{RULE}", ("Breton Heritage Radio", "Inverness Links Resort"), ("bretonradio", "invernesslinks"), role=("Production Assistant", "Golf Ops Coordinator"), tz="cb")
mo("interview", "gd", "Interview – {co}", "Good day {n},\n\nCome see us about {role} on {dl}, ten o'clock. Unfortunately the rain wash out part of the road by the station, so give yourself extra time.\n\n{sig}\n{co}", "Spice Isle Cable TV", "spiceislecable", role="Field Installer", tz="gd")
mo("offer", "nz", "Offer – {role}", "Kia ora {n},\n\n{role} from {dl} – we'd be stoked to have you. Unfortunately the staff carpark is gravel till spring, so bring boots.\n\n{sig}\n{co}", "Gisborne Log Export Yard", "gisbornelogs", role="Yard Supervisor", tz="nz")
mo("offer", "vn2", "Offer letter – {role}", "Dear {n},\n\nGlad to offer you {role} position, start date {dl}. Unfortunately the staff uniform size M is out of stock, please tell us your size early.\n\n{sig}\n{co}", "Hue Riverside Hotel", "hueriverside", role="Guest Relations Officer", tz="vn")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Application withdrawn", "Hi {n},\n\nDone: per your request the {role} application is pulled. Candidate Home lets you reapply whenever.\n\n{co} Talent Acquisition", ("Voe Instrument Calibration", "Kitwe Assay Laboratories"), ("voecalibration", "kitweassay"), role=("Calibration Technician", "Sample Prep Analyst"), tz=("sh", "zm"))
mo("other_job", "hold", "Status update: {role}", "<html><body><p>{n},</p><p>Application: <b>{role}</b></p><p>Status: <b>On hold</b> – budget sign-off pending for next quarter, hiring frozen meanwhile.</p><p>{co}</p></body></html>", ("Ponda Tyre Retreaders", "Grenville Supermarkets"), ("pondaretread", "grenvillemart"), role=("Shift Operator", "Deli Clerk"), tz=("goa", "gd"))
mo("other_job", "gd2", "Interview moved", "Good day {n},\n\nYour interview for {role} is moved to {dl} because the office closes that morning for staff training. Same time as before.\n\n{sig}\n{co}", "Spice Isle Cable TV", "spiceislecable", role="Field Installer", tz="gd")
mo("job_alert", "alr", "Noust Nudge: 4 new posts", "Hi {n},\n\nNew this week: Harbour Pilot Trainee (Lerwick), Net Loft Hand (Scalloway), Ferry Catering Assistant (Yell), Payroll Clerk (Brae).\n\n{FOOT}", ("Shetland Islands Council – HR", "Scalloway Marine Engineering", "Sullom Rigging Services"), ("shetlandcouncil", "scallowaymarine", "sullomrigging"), tz="sh")
mo("recruiter_outreach", "out1", "{role} opportunity", "Hi {n},\n\nSpotted your profile. A {role} post with a Lusaka client – keen? Can tell more by phone.\n\n{sig}\nKafue Talent Partners", "Kafue Talent Partners", "kafuetalent", role="Finance Manager", tz="zm")
mo("recruiter_outreach", "out2", "A role in Porvorim", "Hi {n},\n\nOne client in Porvorim is looking for a {role}. Interested? Can share details, no?\n\n{sig}\nMandovi Staffing", "Mandovi Staffing", "mandovistaffing", role="Plant Manager", tz="goa")
mo("non_job_rejection_words", "loan", "Your car loan application", "Dear {n},\n\nFollowing our credit review, the car loan you asked for is declined at that amount. A fresh request is possible after six months.\n\n{sig}\n{co}", ("Breton Credit Union", "Pannon Savings Bank"), ("bretoncu", "pannonsavings"), tz=("cb", "hu"))
mo("non_job_rejection_words", "ballot", "Up Helly Aa ticket ballot", "Hi {n},\n\nTa for entering the hall ticket ballot. Your slip sat unpicked in the tombola drum, sorry. Better luck next January.\n\n{sig}\n{co}", "Lerwick Hall Ticket Committee", "lerwickhalls", tz="sh")
mo("non_job_rejection_words", "flat", "Flat at Dona Paula", "Hi {n},\n\nThe flat you viewed at Dona Paula has been given to another family, sorry. Will inform if something else comes up.\n\n{sig}\n{co}", "Mandovi Homes", "mandovihomes", tz="goa")
mo("non_job_rejection_words", "club", "Rowing club membership", "Hi {n},\n\nUnfortunately the senior rowing squad has no seat left this season, so nothing doing for now. Your name heads the spring waiting list.\n\n{sig}\n{co}", "Lake Kariba Rowing Club", "karibarowing", tz="zm")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def box_of(name: str, fallback: str) -> str:
    words = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower())
    return ".".join(words) or fallback


def via(ch: str) -> str:
    return f"\n\n~ passed along by {ch}, a Noustwick trade board ~"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{sig}, {co} (via {ch}) <{box_of(sig, 'jobs')}@{dom}.example>"
    wr(fam, rej[0], rej[1].replace("{sig}", sig) + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2].replace("{sig}", sig) + via(ch), co, dom, frm=frm, tz=tz)


pair("banjo", "NoustwickAgate", "Pickin' Holler Banjo Works", "pickinholler", "usc", "Lyle Hammarstrom",
     ("Banjo framing bench", "Hi {n},\n\nTa for wanting a stool at our banjoframing bench. The seat went to a builder who has bent rims for us before.\n\n{sig}"),
     ("interview", "Banjo framing bench – visit", "Hi {n},\n\nSwing by the shop {dl}, ten sharp, for a banjoframing talk. Unfortunately the steam box is off, so no demo that day.\n\n{sig}"))
pair("tarp", "NoustwickBasalt", "Durban Canvas & Tarp", "durbantarp", "za", "Riaan du Plessis",
     ("Tarp stitcher", "Hi {n},\n\nTa for the tarpstitching application. Afraid that's as far as it travels.\n\n{sig}"),
     ("application_received", "Tarp stitcher – received", "Hi {n},\n\nYour tarpstitching application is here. If we pass on it, we'll tell you by mail within a fortnight; if not, expect a call.\n\n{sig}"))
pair("last", "NoustwickCairn", "Northampton Last Carvers", "northamptonlast", "uk", "Gareth Doxey",
     ("Last carver vacancy", "Dear {n},\n\nTa for your shoelastcarving letter. This time round it hasn't succeeded.\n\n{sig}"),
     ("next_steps", "Last carver – sample piece", "Dear {n},\n\nPhotos of one sample last, please, by {dl}. Regrettably posted samples stay with us.\n\n{sig}"))
pair("chimney", "NoustwickDolerite", "Kilkenny Chimney Pointing", "kilkennychimney", "ie", "Fergal Kiely",
     ("Chimney pointing crew", "Hi {n},\n\nTa for asking about chimneypointing work. A lad with scaffold years behind him got the start, so you're out this season.\n\n{sig}"),
     ("offer", "Chimney pointing crew – start", "Hi {n},\n\nChimneypointing crew, from {dl}: you're in. Sorry, the van heater is banjaxed, so wrap up.\n\n{sig}"))
pair("lace", "NoustwickEsker", "Honiton Lace Guildhouse", "honitonlace", "uk", "Imogen Carlyle",
     ("Lace bobbin apprentice", "Dear {n},\n\nTa for applying for the lacebobbinning apprenticeship. The place went to another applicant.\n\n{sig}"),
     ("interview", "Lace bobbin apprentice – meet us", "Dear {n},\n\nMeet us {dl}, eleven, about lacebobbinning? Unfortunately the workroom is up steep stairs.\n\n{sig}"))
pair("piano", "NoustwickFlint", "Wellington Piano Voicers", "wellingtonvoicers", "nz", "Hamish Orchard",
     ("Piano voicing role", "Kia ora {n},\n\nTa for the pianovoicing application. It won't be progressing.\n\n{sig}"),
     ("next_steps", "Piano voicing – listening test", "Kia ora {n},\n\nNext is a listening test for pianovoicing; book a slot before {dl}. Sadly our studio has no parking.\n\n{sig}"))
pair("hay", "NoustwickGneiss", "Cottonwood Hay Co-op", "cottonwoodhay", "usc", "Jolene Pettibone",
     ("Hay raking crew", "Hi {n},\n\nTa for wanting on the hayraking crew. Every rake seat is spoken for this summer.\n\n{sig}"),
     ("application_received", "Hay raking crew – got it", "Hi {n},\n\nHayraking application got here. Full crew or not, word goes to each applicant by May.\n\n{sig}"))
pair("fiddle", "NoustwickGranite", "Mabou Fiddle Finishers", "maboufiddle", "cb", "Rory MacLellan",
     ("Fiddle varnishing post", "Hi {n},\n\nTa for the fiddlevarnishing letter, dear. A Margaree woman has the post now.\n\n{sig}"),
     ("interview", "Fiddle varnishing – drop in", "Hi {n},\n\nDrop in on {dl} at 1 about fiddlevarnishing. Unfortunately the road past the shop is washed out, so come round by the church.\n\n{sig}"))
pair("haaf", "NoustwickJasper", "Fethaland Haaf Heritage", "fethalandhaaf", "sh", "Marjorie Halcrow",
     ("Haaf netting demonstrator", "Hi {n},\n\nTa for applying for haafnetting demonstrator. A Northmavine man who kens the work has it now.\n\n{sig}"),
     ("offer", "Haaf netting demonstrator – offer", "Hi {n},\n\nWe'd be glad to offer you the haafnetting demonstrator post from {dl}. Sadly the boat shed has no heating yet.\n\n{sig}"))
pair("carillon", "NoustwickKyanite", "Leuven Bell Tuners UK", "bellcarillon", "uk", "Philippa Entwistle",
     ("Carillon tuning assistant", "Dear {n},\n\nTa for the carillontuning application. The role went elsewhere.\n\n{sig}"),
     ("next_steps", "Carillon tuning – hearing test", "Dear {n},\n\nPlease complete the pitch test for carillontuning by {dl}. Unfortunately it can't be done on headphones.\n\n{sig}"))
pair("hive", "NoustwickLodestone", "Rift Valley Hive Makers", "riftvalleyhive", "ke", "Wanjiru Kamau",
     ("Beehive wiring job", "Dear {n},\n\nTa for beehivewiring application. Post is now filled.\n\n{sig}"),
     ("interview", "Beehive wiring – interview", "Dear {n},\n\nKindly come for an interview about beehivewiring on {dl} at 9. Unfortunately our gate sticks, so shove.\n\n{sig}"))
pair("puppet", "NoustwickMarble", "Jaipur Kathputli Workshop", "jaipurkathputli", "in", "Ritika Shekhawat",
     ("Puppet carving opening", "Dear {n},\n\nTa for the puppetcarving application. Another craftsperson is selected for it.\n\n{sig}"),
     ("application_received", "Puppet carving – received", "Dear {n},\n\nPuppetcarving application received. Picked or passed over, our answer lands within twenty-one days.\n\n{sig}"))
pair("lock", "NoustwickNephrite", "Accra Lock & Key", "accralock", "gh", "Kwabena Ofori",
     ("Lock pinning technician", "Hello {n},\n\nTa for the lockpinning application. It stops here.\n\n{sig}"),
     ("next_steps", "Lock pinning – trade test", "Hello {n},\n\nShort lockpinning trade test, please, by {dl}. Sorry, no parking at the shop.\n\n{sig}"))
pair("vane", "NoustwickObsidian", "Vermont Weathervane Forge", "vermontvane", "use", "Rosalind Tibbets",
     ("Weathervane forging apprentice", "Hi {n},\n\nTa for the weathervaneforging letter. Another apprentice is chosen.\n\n{sig}"),
     ("offer", "Weathervane forging – offer", "Hi {n},\n\nWeathervaneforging apprenticeship is yours from {dl}. Unfortunately the forge can get very smoky.\n\n{sig}"))
pair("mast", "NoustwickPorphyry", "Hobart Spar Yard", "hobartspar", "au", "Jarrah Fenwick",
     ("Mast stepping rigger", "G'day {n},\n\nTa for the maststepping application. Another rigger got the start.\n\n{sig}"),
     ("interview", "Mast stepping – yard chat", "G'day {n},\n\nYard visit about maststepping: {dl}, eight. Unfortunately the crane's out so no lifts to watch.\n\n{sig}"))
pair("grave", "NoustwickQuartz", "Lagos Memorial Lettering", "lagoslettering", "ng", "Adaeze Okafor",
     ("Gravestone lettering job", "Dear {n},\n\nTa for your gravestonelettering application. Regrettably it did not succeed.\n\n{sig}"),
     ("application_received", "Gravestone lettering – received", "Dear {n},\n\nGravestonelettering application received. Success or no success, a letter reaches each applicant.\n\n{sig}"))
pair("tarmac", "NoustwickRhyolite", "Spokane Blacktop Crews", "spokaneblacktop", "usp", "Wes Lundqvist",
     ("Tarmac raking crew", "Hi {n},\n\nTa for the tarmacraking application. Every rake on the crew is claimed.\n\n{sig}"),
     ("next_steps", "Tarmac raking – paperwork", "Hi {n},\n\nTarmacraking safety card by {dl}, please. Unfortunately phone screenshots get bounced.\n\n{sig}"))
pair("buoy", "NoustwickSchist", "Kingston Harbour Buoy Riggers", "kingstonbuoy", "jm", "Delroy Wint",
     ("Buoy rigging post", "Hi {n},\n\nTa for the buoyrigging application. Another applicant has the post.\n\n{sig}"),
     ("interview", "Buoy rigging – interview", "Hi {n},\n\nBuoyrigging chat: {dl}, ten. Sorry, the harbour gate is under repair, use the side entrance.\n\n{sig}"))
pair("stained", "NoustwickTuff", "Singapore Glass Leading Studio", "sgglassleading", "sg", "Goh Siew Lan",
     ("Stained glass leading role", "Dear {n},\n\nTa for your stainedglassleading application. It ends here with us.\n\n{sig}"),
     ("offer", "Stained glass leading – offer", "Dear {n},\n\nStainedglassleading role is yours from {dl}, gladly. Unfortunately the studio aircon is being serviced that week.\n\n{sig}"))
pair("pegloom", "NoustwickUmber", "Kitwe Peg Loom Collective", "kitwepegloom", "zm", "Precious Mwape",
     ("Peg loom weaver", "Dear {n},\n\nTa for pegloomweaving application. Place already filled up.\n\n{sig}"),
     ("application_received", "Peg loom weaver – received", "Dear {n},\n\nPegloomweaving application noted. Shortlisted weavers get called; a month of no call means no place.\n\n{sig}"))
pair("lintel", "NoustwickSlate", "Manila Lintel Setters", "manilalintel", "ph", "Rowena Aquino",
     ("Lintel setting crew", "Hi {n},\n\nTa po for the lintelsetting application. Another applicant is chosen.\n\n{sig}"),
     ("next_steps", "Lintel setting – medical", "Hi {n},\n\nLintelsetting medical due {dl}. Unfortunately Saturday the clinic stays shut.\n\n{sig}"))
pair("keel", "NoustwickGarnet", "Lunenburg Keel Works", "lunenburgkeel", "cb", "Colette Boudreau",
     ("Keel bolting hand", "Hi {n},\n\nTa for the keelbolting letter. A local fella got the spot.\n\n{sig}"),
     ("interview", "Keel bolting – chat", "Hi {n},\n\nShed visit about keelbolting, {dl} at nine? Unfortunately the coffee pot is broke.\n\n{sig}"))
pair("axle", "NoustwickFeldspar", "Grenada Cart & Axle", "grenadaaxle", "gd", "Curlan Bain",
     ("Axle greasing job", "Good day {n},\n\nTa for axlegreasing application. Job gone to somebody else.\n\n{sig}"),
     ("offer", "Axle greasing – offer", "Good day {n},\n\nWe want to offer you the axlegreasing job from {dl}. Sadly overalls still on order.\n\n{sig}"))
pair("fresco", "NoustwickMica", "Bendigo Fresco Plasterers", "bendigofresco", "au", "Shelby Carmody",
     ("Fresco plastering role", "Hi {n},\n\nTa for the frescoplastering application. Another plasterer got this one.\n\n{sig}"),
     ("next_steps", "Fresco plastering – sample panel", "Hi {n},\n\nPlease bring a sample panel for frescoplastering by {dl}. Unfortunately we can't store panels overnight.\n\n{sig}"))
pair("cork", "NoustwickShale", "Stellenbosch Cork Stoppers", "stellenboschcork", "za", "Thandeka Mabuza",
     ("Cork stoppering line", "Dear {n},\n\nTa for the corkstoppering application. Someone else is appointed.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "NoustwickAgate weekly: instrument trades", "Hi {n},\n\nNew on NoustwickAgate: banjoframing bench (Tennessee), fiddle finisher (Mabou), piano voicer (Wellington). Unfortunately two listings closed early.\n\n~ NoustwickAgate ~", "NoustwickAgate", "noustwickagate", frm="NoustwickAgate <alerts@noustwickagate.example>", tz="uk")
wo("non_job_rejection_words", "nj", "Residents' parking permit", "Hi {n},\n\nSorry, your application for a second residents' parking permit on Hillhead has been refused; each household may hold one.\n\nMarjorie Halcrow\nLerwick Parking Office", "Lerwick Parking Office", "lerwickparking", frm="Marjorie Halcrow <marjorie.halcrow@lerwickparking.example>", tz="sh")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (slk, lit, lav, ell, heb, fas, ben, vie, ind, tgl); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][0]
    frm = f"{sig} <{box_of(sig, 'hr')}@{dom}.example>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مغسلة الشميساني للسيارات", "shmeisaniwash", "sa",
   ("بخصوص طلبك لوظيفة مشرف وردية", "{n} المحترمة،\n\nشكراً لرسالتك إلى مغسلة الشميساني. وقع الاختيار لوظيفة مشرف الوردية على متقدّم عمل لدينا في فرع الصويفية.\n\n{sig}"),
   ("interview", "دعوة لمقابلة – مشرف وردية", "{n} المحترمة،\n\nنودّ لقاءك يوم {dl} في العاشرة. للأسف ساحة الزوار تُرصف من جديد، فاركني قرب المخبز المجاور.\n\n{sig}"))
lp("de", "de", "Segelmacherei Hollmann Bremen", "hollmannsegel", "de",
   ("Ihre Bewerbung als Segelmacherin", "Hallo {n},\n\ndanke für Ihre Zeilen. Die Stelle bekommt eine Kollegin, die bei uns schon Regattasegel genäht hat.\n\nGruß aus Vegesack\n{sig}"),
   ("next_steps", "Ihre Bewerbung – Arbeitsprobe", "Hallo {n},\n\nschicken Sie uns bitte bis {dl} Fotos einer selbst genähten Segelecke. Leider bleiben per Post gesandte Proben bei uns.\n\n{sig}"))
lp("es", "es", "Taller de Guitarras Triana", "guitarrastriana", "es",
   ("Tu candidatura en el taller", "Hola {n}:\n\nGracias por escribirnos. Hemos cubierto el puesto de ayudante de luthier con otra persona que ya conocía nuestras maderas.\n\nUn abrazo,\n{sig}"),
   ("offer", "Oferta: ayudante de luthier", "Hola {n}:\n\nEl puesto de ayudante es tuyo desde el {dl}, si te animas. Lo malo: el taller sigue sin estufa hasta marzo.\n\n{sig}"))
lp("fr", "fr", "Tonnellerie Lacoste Bordeaux", "tonnellerielacoste", "fr",
   ("Votre candidature – apprenti tonnelier", "Bonjour {n},\n\nMerci pour votre candidature. Nous avons retenu un autre apprenti pour ce poste à la tonnellerie.\n\nBien cordialement,\n{sig}"),
   ("interview", "Entretien – apprenti tonnelier", "Bonjour {n},\n\nPassez nous voir le {dl} à 9 h 30 pour parler du poste. Hélas, notre cour pavée se refait, garez-vous quai des Chartrons.\n\n{sig}"))
lp("hi", "hi", "लखनऊ चिकनकारी केंद्र", "lucknowchikan", "in",
   ("कढ़ाई कारीगर पद के बारे में", "{n} जी,\n\nटाँका-बखिया वाली जगह अमीनाबाद की उस्ताद रुख़साना बानो को मिल गई है।\n\nसादर,\n{sig}"),
   ("next_steps", "नमूना कढ़ाई भेजें", "{n} जी,\n\nमेहरबानी करके {dl} तक टांके का एक नमूना भेजिए। अफ़सोस, डाक से आया नमूना वापस नहीं जा पाएगा।\n\n{sig}"))
lp("it", "it", "Prosciuttificio Val Baganza", "valbaganza", "it",
   ("La sua candidatura", "Gentile {n},\n\ngrazie delle sue righe. Il posto alla salatura lo prende una collega che ha già fatto tre stagioni in cantina.\n\nUn saluto,\n{sig}"),
   ("application_received", "Candidatura ricevuta", "Gentile {n},\n\ncandidatura arrivata. Sì o no, entro tre settimane riceverà due righe da noi.\n\n{sig}"))
lp("ja", "ja", "京たたみ 西村製作所", "kyotatami", "jp",
   ("畳職人見習いのご応募について", "{n} 様\n\nこのたびは畳職人見習いにご応募くださり、誠にありがとうございます。慎重に検討いたしました結果、別の方を採用することになりました。\n\n{sig}"),
   ("interview", "面接のご案内", "{n} 様\n\n面接を{dl}午前十時に行います。あいにく工房の駐車場は工事中のため、近くのコインパーキングをご利用ください。\n\n{sig}"))
lp("ko", "ko", "전주 한지공방", "jeonjuhanji", "kr",
   ("한지 공방 지원 결과", "{n} 님,\n\n한지 뜨는 일에 마음 써 주셔서 고마워요. 이번 자리는 공방 십 년 차 선배님께 돌아갔어요.\n\n{sig} 드림"),
   ("next_steps", "실기 과제 안내", "{n} 님께\n\n{dl}까지 한지 뜨기 실기 영상을 보내 주세요. 아쉽게도 용량이 큰 파일은 업로드되지 않습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina dos Elétricos de Santo Amaro", "oficinaeletricos", "pt",
   ("A sua candidatura – eletricista de elétricos", "Olá {n},\n\nobrigada por ter escrito. O lugar de eletricista na oficina ficou com um colega que já reparava elétricos em Santo Amaro.\n\n{sig}"),
   ("offer", "Proposta – eletricista", "Olá {n},\n\ncontamos consigo desde {dl}, se aceitar. Pena que os cacifos ainda não chegaram.\n\n{sig}"))
lp("ru", "ru", "Камнерезная мастерская «Малахит»", "malakhitstone", "ru",
   ("Ваш отклик на вакансию камнереза", "Здравствуйте, {n}!\n\nБлагодарим за письмо. Место камнереза в «Малахите» заняла мастерица, которая уже работала с яшмой.\n\nВсего доброго,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к одиннадцати. Увы, подъёмник сломан, поднимайтесь пешком на третий.\n\n{sig}"))
lp("sw", "sw", "Ushonaji wa Kariakoo", "kariakooushonaji", "tz",
   ("Kuhusu fundi cherehani", "Habari {n},\n\nShukrani kwa barua yako. Nafasi ya fundi cherehani imeshachukuliwa na fundi kutoka Temeke.\n\nWasalaam,\n{sig}"),
   ("application_received", "Tumepokea maombi yako", "Habari {n},\n\nBarua yako imefika. Iwe ndiyo au hapana, tutakujibu kabla ya Ijumaa ya pili.\n\n{sig}"))
lp("th", "th", "โรงเงินวัวลาย เชียงใหม่", "wualaisilver", "th",
   ("ผลการสมัครช่างเงิน", "คุณ{n}\n\nขอบคุณที่ส่งใบสมัครช่างเงินมาที่วัวลาย ตำแหน่งนี้ได้ช่างฝีมือจากสันกำแพงไปแล้ว\n\n{sig}"),
   ("interview", "เชิญสัมภาษณ์งาน", "คุณ{n}\n\nนัดคุยเรื่องงานช่างเงิน {dl} สิบโมงเช้า แต่โชคไม่ดี ลานจอดรถหน้าโรงเงินกำลังเทปูนใหม่\n\n{sig}"))
lp("tr", "tr", "Torbalı İncir Kurutma Tesisi", "torbaliincir", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nİncir tesisimize gösterdiğiniz ilgi için teşekkür ederiz. Ayıklama ustası pozisyonu için başka bir adayla devam ediyoruz.\n\nSaygılarımızla,\n{sig}"),
   ("next_steps", "Sağlık raporu", "Merhaba {n},\n\nLütfen {dl} tarihine kadar sağlık raporunuzu getirin. Maalesef fotokopi kabul edemiyoruz.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotstitch", "pk",
   ("سلائی کاریگر کی درخواست", "{n} صاحبہ،\n\nخط بھیجنے کا شکریہ۔ سلائی کاریگر کی جگہ اب ڈسکہ کی ایک تجربہ کار خاتون کو مل گئی ہے۔\n\n{sig}"),
   ("offer", "ملازمت کی پیشکش", "{n} صاحبہ،\n\nآپ {dl} سے کام شروع کر سکتی ہیں، خوش آمدید۔ بدقسمتی سے کینٹین کی مرمت ابھی جاری ہے۔\n\n{sig}"))
lp("zh", "zh", "苏州锦绣刺绣工作室", "suzhouembroidery", "cn",
   ("关于刺绣学徒岗位的回复", "{n}您好：\n\n感谢您应聘我们工作室的刺绣学徒。经过考虑，我们已录用另一位应聘者。\n\n祝好！\n{sig}"),
   ("interview", "面试邀请", "{n}您好：\n\n请于{dl}上午十点来工作室面试。遗憾的是门口停车场正在维修，请停在对面。\n\n{sig}"))
lp("slk", "slk", "Hodinárstvo Kapitulská", "hodinarstvokap", "sk",
   ("Vaša žiadosť o miesto hodinára", "Dobrý deň, {n},\n\nďakujeme za prejavený záujem o prácu v našom hodinárstve. Rozhodli sme sa pre iného uchádzača s dlhšou praxou.\n\nS pozdravom\n{sig}"),
   ("next_steps", "Skúšobná úloha", "Dobrý deň, {n},\n\nprosíme, pošlite nám fotografie rozobratého strojčeka do {dl}. Žiaľ, veľké súbory e-mail neprijme.\n\n{sig}"))
lp("lit", "lit", "Klaipėdos gintaro dirbtuvės", "klaipedosgintaras", "lt",
   ("Dėl jūsų paraiškos", "Laba diena, {n},\n\načiū, kad parašėte. Gintaro šlifuotojo vietą užėmė meistrė iš Palangos.\n\nLinkėjimai\n{sig}"),
   ("interview", "Kvietimas į pokalbį", "Laba diena, {n},\n\nlaukiame jūsų {dl} dešimtą. Deja, kiemo vartus taiso, tad eikite pro parduotuvę.\n\n{sig}"))
lp("lav", "lav", "Rīgas galdniecība Koks", "rigasgaldnieciba", "lv",
   ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par pieteikumu galdnieka amatam. Esam izvēlējušies citu kandidātu.\n\nAr cieņu\n{sig}"),
   ("offer", "Darba piedāvājums", "Labdien, {n}!\n\nPriecājamies piedāvāt jums galdnieka darbu no {dl}. Diemžēl darbnīcas ģērbtuve vēl tiek remontēta.\n\n{sig}"))
lp("ell", "ell", "Συνεταιρισμός Μαστίχας Χίου", "mastichachios", "gr",
   ("Σχετικά με την αίτησή σας", "Γεια σας {n},\n\nευχαριστούμε για το μήνυμά σας. Τη θέση του διαλογέα την πήρε μια συνεταίρισσα από τα Μαστιχοχώρια.\n\n{sig}"),
   ("application_received", "Λάβαμε την αίτησή σας", "Γεια σας {n},\n\nη αίτηση έφτασε. Ναι ή όχι, μέσα σε δεκαπέντε μέρες θα έχετε νέα μας.\n\n{sig}"))
lp("heb", "heb", "מעבדת האופטיקה חיפה", "haifaoptics", "il",
   ("בנוגע למועמדותך", "שלום {n},\n\nתודה שכתבת אלינו. את משרת טכנאית העדשות קיבלה עובדת מהמעבדה שלנו בעכו.\n\n{sig}"),
   ("interview", "הזמנה לראיון", "שלום {n},\n\nנשמח לפגוש אותך לראיון ביום {dl} בשעה עשר. לצערנו החניה של הבניין סגורה לשיפוץ.\n\n{sig}"))
lp("fas", "fas", "کارگاه رفوی فرش اصفهان", "isfahanrofoo", "ir",
   ("درباره درخواست شما", "{n} گرامی،\n\nممنون که برای کار رفوگری نامه دادید. این کار را به استادکاری از محله جلفا سپردیم.\n\n{sig}"),
   ("next_steps", "ارسال نمونه کار", "{n} عزیز،\n\nلطفاً تا {dl} عکس یک نمونه رفو را بفرستید. متأسفانه فایل‌های بزرگ دریافت نمی‌شوند.\n\n{sig}"))
lp("ben", "ben", "ঢাকা রিকশা চিত্রশালা", "dhakarickshaart", "bd",
   ("আপনার আবেদন প্রসঙ্গে", "{n},\n\nরিকশা-চিত্রের কাজে আগ্রহ দেখানোর জন্য কৃতজ্ঞ। পুরান ঢাকার বংশালের এক ওস্তাদ রংমিস্ত্রি এই কাজে বহাল হলেন।\n\n{sig}"),
   ("interview", "দেখা করার দিন", "{n},\n\n{dl}, সাড়ে দশটা নাগাদ আড্ডায় আসুন, কাজের গল্প হবে। মুশকিল হলো, গলির মুখে ড্রেনের কাজ চলছে।\n\n{sig}"))
lp("vie", "vie", "Trang trại hoa Đà Lạt Xanh", "dalatxanh", "vn",
   ("Kết quả ứng tuyển", "Chào {n},\n\nCảm ơn vì hồ sơ. Chỗ làm kỹ thuật viên nhà kính đã có người từ Trại Mát nhận.\n\n{sig}"),
   ("offer", "Thư mời nhận việc", "Chào {n},\n\nChúng tôi vui mừng mời bạn nhận việc từ ngày {dl}. Tiếc là ký túc xá nhân viên đang sửa mái.\n\n{sig}"))
lp("ind", "ind", "Bengkel Angklung Saung Sunda", "saungsunda", "id",
   ("Tentang lamaran Anda", "Halo {n},\n\nMakasih sudah mengirim lamaran ke Saung Sunda. Posisi perajin angklung sudah diisi oleh perajin dari Padasuka.\n\n{sig}"),
   ("next_steps", "Tugas praktik", "Halo {n},\n\nMohon kirim video menyetel satu angklung sebelum {dl}. Sayangnya berkas di atas 20 MB tidak bisa kami terima.\n\n{sig}"))
lp("tgl", "tgl", "Talyer ng Dyip Malabon", "malabondyip", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n},\n\nSalamat sa pagsulat mo. Ang puwesto ng tagapinta ng dyip ay napunta na sa isang pintor na taga-Navotas.\n\n{sig}"))


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Jobs Desk"])  # wide English mail names its signer literally


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
    """Every .jsonl in data/ and data/blind/ below slice 163; this slice, slice 164 and any later one are skipped by number."""
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
