# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-eighth sealed blind slice for issue 11 (blind-slice-128.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 126; slice 127 and later never read; our side printed)
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

SEED = 1281281
THIS_SLICE = 128
SKIP_FROM = 127  # slice 127 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 19)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Thorvald Isbister", "Ndapewa Shikongo", "Ruwani Senanayake", "Teeta Kaiea", "Corbin Mikkelsen",
    "Giulietta Sarnelli", "Shirin Mahdavi", "Osgar Tulloch", "Hileni Nangolo", "Kasun Dissanayake",
    "Tebwa Teiwaki", "Delaney Hruska", "Benedetta Orsini", "Kourosh Farahani", "Marsali Halcrow",
    "Immanuel Haufiku", "Sachini Abeywardena", "Rotee Tabuaka", "Wyatt Janousek", "Ottavia Ruggeri",
    "Parisa Kazemi", "Ingirid Leask", "Selma Amupolo", "Hiruni Weerasinghe", "Bwebwe Kirata",
    "Kestrel Vandermolen", "Fiorenza Lapenna", "Babak Rostami", "Eilidh Manson", "Fenni Iipinge",
    "Madushan Peiris", "Tiare Maamau", "Garrison Kopecky", "Noemi Capasso", "Laleh Sadeghi",
]
REGION_SIGNERS = {
    "shet": ["Ertie Jamieson", "Agnes Sandison", "Lowrie Mouat", "Brenda Goudie"],
    "na": ["Frieda Nghipondoka", "Petrus Amakali", "Rauna Shipanga", "Gerhard Visagie"],
    "lk": ["Dilrukshi Jayawardene", "Chaminda Ratnayake", "Nirmali Kodikara"],
    "ki": ["Taaite Tekeraoi", "Maria Tiaon", "Ioane Bwauro"],
    "ne": ["Darla Schimek", "Everett Nordhues", "Jolene Vrba", "Curtis Blomstedt"],
    "itx": ["Massimo Tedeschi", "Graziella Moretto", "Alvise Zanon"],
    "irx": ["Farhad Nikzad", "Mitra Khosravi", "Behrouz Alavi"],
    "uk": ["Philippa Drinkwater", "Hamish Cardew", "Rosalind Aske", "Declan Whitmore", "Hester Lund"],
    "ie": ["Clodagh Furlong", "Tadhg Brosnan", "Aoibheann Kehoe"],
    "us": ["Loretta Gaskins", "Royce Amundsen", "Yesenia Paredes", "Merritt Caldwell"],
    "ca": ["Genevieve Lapointe", "Harjit Dhillon", "Fraser McAlpine"],
    "au": ["Kirrily Banfield", "Stavros Kalogeras", "Narelle Pike"],
    "nz": ["Aroha Tipene", "Fergus Dunnet", "Mele Vaipulu"],
    "za": ["Thandeka Dlamini", "Riaan du Plessis", "Lerato Mokoena"],
    "in": ["Sunanda Kulkarni", "Gurpreet Bains", "Anirban Ghosh"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العمري", "سامر النابلسي"], "de": ["Henrike Osterkamp", "Wolfram Seidl"],
    "es": ["Maite Urrutia", "Rogelio Bastida"], "fr": ["Apolline Rivaud", "Gaspard Lemoine"],
    "hi": ["कमलेश्वरी त्रिवेदी", "हरिकिशन पाठक"], "it": ["Loredana Pizzuti", "Ettore Gallo"],
    "ja": ["松本 由紀", "井上 拓海"], "ko": ["이수진", "한동욱"], "pt": ["Inês Pimentel", "Caetano Barros"],
    "ru": ["Ольга Ветрова", "Глеб Карпов"], "sw": ["Neema Lyimo", "Juma Sefu"],
    "th": ["อรุณี แก้วประเสริฐ", "กาญจนา พรหมมา"], "tr": ["Elif Aksoy", "Burak Çınar"],
    "ur": ["صائمہ ملک", "عمران شیخ"], "zh": ["赵雪梅", "孙立新"],
    "est": ["Triin Kuusk", "Urmas Lepp"], "slv": ["Mojca Kovačič", "Gregor Zupan"],
    "srp": ["Snežana Marković", "Vladimir Ilić"], "cym": ["Nia Prydderch", "Gwilym ap Dafydd"],
    "nep": ["बिमला मानन्धर", "दीपक अधिकारी"], "uzb": ["Dilnoza Rahimova", "Sherzod Tursunov"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشريف", "ليلى عبيدات"], "de": ["Annika Vorwerk", "Jonas Riedl"],
    "es": ["Ainhoa Lizarraga", "Nicolás Ferrán"], "fr": ["Margaux Bessière", "Yanis Perrot"],
    "hi": ["नेहा चौहान", "रोहित पांडे"], "it": ["Serena Mancuso", "Davide Rinaldi"],
    "ja": ["高橋 美咲", "森 大輔"], "ko": ["최유나", "윤재민"], "pt": ["Beatriz Lacerda", "Tiago Moura"],
    "ru": ["Дарья Соболева", "Кирилл Лебедев"], "sw": ["Amina Chande", "Hamisi Mrisho"],
    "th": ["พิมพ์ชนก วงศ์ใหญ่", "ธนากร ใจดี"], "tr": ["Selin Ersoy", "Onur Kılıç"],
    "ur": ["ماریہ حسن", "سحرش نواز"], "zh": ["李梦瑶", "黄俊杰"],
    "est": ["Kertu Rebane", "Siim Mölder"], "slv": ["Tjaša Novak", "Luka Kranjc"],
    "srp": ["Jovana Đorđević", "Stefan Pavlović"], "cym": ["Elin Haf Jenkins", "Owain Tudur"],
    "nep": ["अनिता गुरुङ", "सुमन थापा"], "uzb": ["Malika Karimova", "Jasur Ergashev"],
}
GIVEN = {"Elin Haf Jenkins": "Elin", "Gwilym ap Dafydd": "Gwilym"}
PROVIDERS = ["skerrypost", "dunlinmail", "quarrybox", "shinglemail", "tidewrack", "puffinpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "shet": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "itx": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "ne": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "na": ("+0200", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "irx": ("+0330", None, ""), "pk": ("+0500", None, ""), "uz": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "np": ("+0545", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ki": ("+1200", None, ""), "br": ("-0300", None, ""), "mx": ("-0600", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "ne")


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
QNOTE = "\n{sf}, cheers for Wednesday and the stroll past the bays. Mr Halvorsen (referee) picks up after lunch.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


FOOTER = (
    "\n\n~ ~ ~ {CO} · VACANCIES & BULLETIN ~ ~ ~\n"
    "Fresh roles go up on our careers board every Tuesday morning. The 'Brinewick Ledger' bulletin lands monthly with shop tales, stock arrivals and staff picks. "
    "Vacancy alerts: reply BRINEJOBS to join or BRINEQUIT to leave. This address is unattended, so any answer sent here drifts off unread."
)
QUOTES["{FOOT}"] = FOOTER

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-hub", "{co} Talent Portal – update on job req {ref}",
   "Hello {n},\n\nReq {ref} ({role}) at {co} is filled. Your candidate record now carries the flag 'Closed – Filled Internally or Externally' and remains viewable in the portal.\n\nOther {co} openings are listed under Jobs on the left-hand menu.\n\n{co} Talent Acquisition",
   ("Voehead Salmon Farms", "Otjiwarongo Cattle Feeds"), ("voeheadsalmon", "otjicattlefeeds"), role=("Hatchery Technician", "Mill Shift Lead"), tz=("shet", "na"))
mr("gh-finalist", "Your {role} application at {co}",
   "Hi {n},\n\nBig thanks for the churn-model case study and both panels. Another finalist has now signed our {role} offer.\n\nIf a later opening catches your eye, your name would be welcome in the pile again.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Ledgerpine Analytics", "Cornhusk Grain Software"), ("ledgerpine", "cornhuskgrain"), role=("Pricing Analyst", "Agronomy Data Engineer"), tz=("lk", "ne"))
mr("lever-pool", "{co}: where your application stands",
   "Dear {n},\n\nEvery {role} profile has been read, and the hiring team picked people whose shipping-desk background fitted the brief better. The role is closed.\n\nYour file remains in the {co} candidate pool a year (send ERASE for early deletion).\n\nKind regards,\n{sig} for {co}",
   ("Bikenibeu Copra Traders", "Kashan Tile Exports"), ("bikenibeucopra", "kashantile"), role=("Shipping Clerk", "Export Coordinator"), tz=("ki", "irx"))
mr("sr-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><p>Below is where your application has landed.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Outcome</td><td>Unsuccessful – preferred applicant appointed</td></tr></table><p>With thanks from everyone at {co}.</p></body></html>",
   ("Valpolicella Cask Cellars", "Cunningsburgh Net Loft"), ("valpolicask", "cunningsburghnet"), role=("Cellar Hand", "Net Mender"), tz=("itx", "shet"))
mr("icims-code", "Status change on your application #{ref}",
   "Dear {n},\n\nYour application #{ref} for {role} at {co} has moved to: Rejected. Reason code DQ-04, required certification not held ({x}).\n\nThis message was generated automatically; please don't reply.",
   ("Platte River Grain Dryers", "Swakop Dive Charters"), ("platteriverdryers", "swakopdive"), role=("Boiler Operator", "Dive Master"), tz=("ne", "na"), x=("Nebraska boiler licence", "PADI Divemaster card"))
mr("taleo-cancel", "{co} – requisition {ref} withdrawn",
   "Dear {n},\n\nAbout {role} (req. {ref}): after a budget review {co} has withdrawn the requisition outright, which closes every application made to it, yours included.\n\nShould the post reappear on the board, a fresh application is welcome.\n\nHuman Resources\n{co}",
   ("Kelaniya Rubber Mills", "Seaview Harbour Tugs"), ("kelaniyarubber", "seaviewtugs"), role=("Quality Controller", "Deckhand"), tz=("lk", "nz"))
mr("workable-trial", "Your trial day at {co}",
   "Hey {n},\n\nThanks heaps for jumping in on Saturday's trial at {co}. Three of you trialled and the spot went to one of the other two, mainly because they can cover late closes.\n\nGood luck with the search,\n{sig}",
   ("Ta Nanikai Fish Fry", "Arapahoe Diner & Pie Stop"), ("nanikaifishfry", "arapahoediner"), tz=("ki", "ne"))
mr("bamboo-hours", "{role} – thanks for applying",
   "Hi {n},\n\nAppreciate your application for {role}. In the end the spare hours got split between two people already on our rota, so the vacancy is closed and nobody new is joining.\n\nAll the best,\n{sig}\n{co}",
   ("Tehran Book Café Partners", "Colombo Rooftop Yoga"), ("bookcafepartners", "rooftopyogacmb"), role=("Barista", "Studio Host"), tz=("irx", "lk"))
mr("tt-variety", "About your application – {co}",
   "Dear {n},\n\nGrazie for your CV for {role}. After the talks with the owner the choice went to a boy who already worked by us in the summer, so for this time it is closed. We wish you to find soon the right work.\n\nCordiali saluti,\n{sig}",
   ("Trattoria Sul Lungomare", "Gelateria Borgo Sereno"), ("lungomaretrattoria", "borgoserenogelato"), role=("Sommelier", "Counter Staff"), tz=("itx", "itx"))
mr("pin-score", "Your assessment result – {co}",
   "Dear {n},\n\nFor {role} the shortlisting line sat at {x}; you scored {y}, which puts your application below the line, and it ends here.\n\nThanks for sitting through the assessment.\n\n{co} Recruitment",
   ("Rehoboth Literacy Trust", "Sandness Community Transport"), ("rehobothliteracy", "sandnessct"), role=("Programme Officer", "Dispatcher"), tz=("na", "shet"), x=("21 out of 30", "65 out of 100"), y=("16", "52"))
mr("jazz-pulled", "{role} ad taken down",
   "Hi {n},\n\nQuick note from {co}: {x}, so we've taken the {role} ad down and aren't hiring for it after all. Sorry to mess you about.\n\n{sig}",
   ("Dismal River Pivot Irrigation", "Bikenibeu Boatbuilders"), ("dismalriverpivot", "bikenibeuboats"), role=("Field Installer", "Apprentice Shipwright"), tz=("ne", "ki"), x=("the county contract we bid on went to a competitor", "the ferry hull order was cancelled by the ministry"))
mr("ashby-rounds", "{co} | {role} decision",
   "Hi {n},\n\nThank you for the screen, the pairing session, the system design chat and the final. For {role} the team has chosen a different candidate.\n\nLet's stay in touch if that suits.\n\n{sig}, Talent @ {co}",
   ("Quayscript", "Harbourlight Payments"), ("quayscript", "harbourlightpay"), role=("Backend Engineer", "Staff Data Engineer"), tz=("uk", "ie"))
mr("season-crew", "Summer crew at {co}",
   "Hello {n},\n\nLovely to hear from you. Every bunk for next season went to folk who crewed with us last summer, which leaves nothing for a newcomer this time round.\n\nMaybe next year,\n{sig}, {co}",
   ("Muckle Roe Sea Kayaks", "Sossusvlei Balloon Safaris"), ("muckleroekayak", "sossusballoon"), tz=("shet", "na"))
mr("shet-single", "Da job at {co}",
   "Aye {n},\n\nTanks for dy letter aboot da shop job. We're taen on a lass fae Mossbank dat kens da till awready, so dere's naethin fur dee juist noo. Hit's been a peerie bit hectic here.\n\nAa da best,\n{sig}\n{co}",
   "Brae Voeside Store", "braevoesidestore", tz="shet")
mr("na-single", "Re: Application {role}",
   "Morning {n},\n\nThanks for sending the CV, hey. The manager already took a guy from Okuryangava who worked by us before, so the post is gone now. Don't stress, there will be other chances.\n\nKind regards\n{sig}\n{co}",
   "Khomas Tyre Fitment", "khomastyres", role="Fitment Assistant", tz="na")
mr("lk-single", "Regarding your application",
   "Dear {n},\n\nYour letter re: {role} at our Pettah stores refers. The vacancy is now filled, hence your candidature stands closed. Thanking you for the interest, we wish you all success.\n\nYours faithfully,\n{sig}\nManager – HR, {co}",
   "Pettah Spice Wholesalers", "pettahspice", role="Stores Assistant", tz="lk")
mr("ki-single", "Your application",
   "Mauri {n},\n\nKo rabwa for applying to be driver with {co}. The board chose another person from Teaoraereke for the driver job this time. We keep your letter on file.\n\nTe mauri,\n{sig}",
   "Nawerewere Island Buses", "nawerewerebus", tz="ki")
mr("ne-single", "{role} position",
   "Hi {n},\n\nThanks for swinging by and dropping off your application. We ended up going with a gal who's worked harvest for the co-op three falls running, so we're all set on the {role} spot.\n\nTake care,\n{sig}\n{co}",
   "Holdrege Farmers Elevator", "holdregeelevator", role="Scale House Operator", tz="ne")
mr("itx-single", "Your candidature",
   "Dear {n},\n\nI write you to say that for the position of {role} we have preferred another candidate, more near to our needs. Was a pleasure to meet at the colloquium in via Manin.\n\nBest regards,\n{sig}\n{co}",
   "Studio Tecnico Ferrandi", "studioferrandi", role="Junior Surveyor", tz="itx")
mr("irx-single", "Reply to your application",
   "Dear {n},\n\nWith greetings. We received your resume for {role} and studied it carefully. Unfortunately at this time we decided to cooperate with another applicant. We hope you be successful and healthy.\n\nWith respect,\n{sig}\n{co}",
   "Caspian Saffron Co.", "caspiansaffron", role="Sales Representative", tz="irx")
mr("uk-single", "Warehouse operative – outcome",
   "{n} –\n\nThanks for turning up to Thursday's assessment evening. The vacancies are filled on the picking-test scores, and yours fell short of the cut this time.\n\nRegards,\n{sig}\n{co} Distribution",
   "Tamebridge", "tamebridgedist", tz="uk")
mr("ie-single", "Lounge staff",
   "Hi {n},\n\nQuick one – lounge staff for the festival weekend are sorted now, so we've no shifts going. Thanks a million for getting in touch and best of luck.\n\n{sig}\n{co}",
   "The Salmon Leap Hotel", "salmonleaphotel", tz="ie")
mr("us-single", "re: dishwasher",
   "hey {n}\n\nmy bad on the slow reply. dish spot got filled last week by a guy from our other location. thx for coming in tho\n\n{sig}\n{co}",
   "Rusty Cinch BBQ", "rustycinchbbq", tz="usc")
mr("au-single", "Re: Jackaroo position",
   "G'day {n},\n\nCheers for ringing Tuesday. We've put on a young fella from Aramac who mustered with us twice before, so the jackaroo spot's taken.\n\nAll the best,\n{sig}\n{co}",
   "Wirrabilla Station", "wirrabillastation", tz="au")
mr("nz-single", "Pruning gang",
   "Kia ora {n},\n\nThanks for asking about the winter pruning gang. It's full this season – returning pruners got first dibs.\n\nNgā mihi,\n{sig}\n{co}",
   "Matakana Vine Services", "matakanavine", tz="nz")
mr("za-single", "Your application: {role}",
   "Dear {n},\n\nRe {role}: selection has closed and the post is filled. Regrettably you were not shortlisted.\n\nKind regards\n{sig}\n{co}",
   "Blythedale Tidal Pools Authority", "blythedalepools", role="Lifeguard Supervisor", tz="za")
mr("in-single", "Application status – {role}",
   "Dear {n},\n\nYour interest in the {role} opening is appreciated. The ops team evaluated it and will not take your candidature further. Happy flying. \n\nRegards,\n{sig}\nTalent Team, {co}",
   "Sahyadri Agro Drones", "sahyadridrones", role="Drone Pilot", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-museum", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nYour kind words on the collection store were lovely. On Monday the trustees gave the {role} post to {x}; she has accepted and starts after Easter.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Unst Heritage Museum", "Nebraska Sod House Museum"), ("unstheritage", "sodhousemuseum"), role=("Collections Assistant", "Collections Assistant"), tz=("shet", "ne"), x=("a conservator from Fetlar", "a graduate from Anselmo"))
mr("th-port", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nMany thanks for waiting. After the interviews the port manager picked {x} as {role}; he moves over in the new quarter.\n\nI enjoyed our chat on tide tables.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}",
   ("Walvis Bay Port Services", "Colombo Dockyard Pilots"), ("walvisport", "cmbdockpilots"), role=("Berth Planner", "Berth Planner"), tz=("na", "lk"), x=("one of our current mooring supervisors", "a planner from the Hambantota terminal"))
mr("th-clinic", "RE: [EXT] Re: Interview – {role}",
   "Hello {n},\n\nThanks for following up. The clinical lead went with {x} for {role}; her contract went through yesterday.\n\nYour questions on the outreach boat rota were spot on.\n\nBest wishes,\n{sig}\n\n{GM}",
   ("Tungaru Outer Island Clinics", "Shiraz Women's Health Centre"), ("tungaruclinics", "shirazwomenshealth"), role=("Nurse Educator", "Nurse Educator"), tz=("ki", "irx"), x=("a nurse who trained on Abemama", "a midwife who has run our evening clinic"))
mr("th-opera", "RE: [EXT] Re: {role} – follow up",
   "Ciao {n},\n\nthank you for the warm message after the audition. For the autumn season the direction has chosen {x} as {role}, and the signature is done.\n\nBeautiful to hear you in the small hall.\n\nA presto,\n{sig}\n\n{RULE}",
   ("Teatro dei Navigli", "Colombo Lyric Stage"), ("teatronavigli", "colombolyric"), role=("Assistant Répétiteur", "Assistant Répétiteur"), tz=("itx", "lk"), x=("a pianist from Bergamo", "a pianist from Matale"))
mr("th-brewery", "RE: [EXT] Re: Head brewer chat",
   "Hey {n},\n\nGreat catching up. Quick update: the owners picked {x} for {role}; he takes over the fermenters a fortnight from now.\n\nLoved your ideas on the cold side. Pint's on me whenever.\n\nCheers,\n{sig}\n\n{GM}",
   ("Platte Valley Brewing", "Bressay Sound Ales"), ("plattevalleybrew", "bressayales"), role=("Head Brewer", "Head Brewer"), tz=("ne", "shet"), x=("Dale, our assistant brewer", "a brewer from Peterhead"))
mr("th-school", "RE: [EXT] Re: {role} – interview on the 14th",
   "Dear {n},\n\nThank you for your lovely note. Following the observed lessons, the governors appointed {x} as {role}.\n\nYour coral reef food-chain lesson had the bairns hooked.\n\nKind regards,\n{sig}\nHeadteacher\n\n{OUT}",
   ("St Columba's Primary, Cullivoe", "Swakopmund Private School"), ("stcolumbacullivoe", "swakopprivate"), role=("Class Teacher P5", "Grade 4 Teacher"), tz=("shet", "na"), x=("our long-term supply teacher", "a teacher already on our staff"))
mr("th-hotel", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThank you for coming out for the interview and the tour. Management has handed {role} to {x}, who moves across next month.\n\nLovely meeting you.\n\nKind regards,\n{sig}\n\n{ORIG}",
   ("Tabiteuea Reef Lodge", "Matara Fort Heritage Hotel"), ("tabiteuealodge", "matarafortheritage"), role=("Front Office Manager", "Front Office Manager"), tz=("ki", "lk"), x=("our night manager", "a colleague from our Bentota property"))
mr("th-lab", "RE: [EXT] Re: Postdoc – {role}",
   "Dear {n},\n\nThanks for the follow-up. Prof. {y} has offered {role} to {x}; the paperwork is in motion.\n\nI enjoyed your talk on the soil cores.\n\n{sig}\n\n{RULE}",
   ("Tabriz Soil Ecology Lab", "Padova Glacier Research Group"), ("tabrizsoil", "padovaglacier"), role=("Research Associate", "Research Associate"), tz=("irx", "itx"), x=("a candidate from Mashhad", "a researcher from Innsbruck"), y=("Hosseini", "Bertoldi"))
# ---- 8 clear refusals under long footers
mr("ft-tackle", "Your application – {role}",
   "Hi {n},\n\nThanks for your interest in {co}. Your {role} application stops here: a candidate with longer tackle-counter experience was chosen.\n\nWishing you well,\n{sig}{FOOT}",
   ("Hookline Tackle Shop", "Reelbank Angling"), ("hooklinetackle", "reelbankangling"), role=("Shop Assistant", "Saturday Assistant"), tz=("shet", "ne"))
mr("ft-cycle", "{role} vacancy – decision",
   "Dear {n},\n\nInterviews for {role} wrapped up Friday and I'm afraid the Spokewright bench went elsewhere.\n\nCheers for considering {co}.\n{sig}{FOOT}",
   ("Spokewright Cycles", "Freewheel Depot"), ("spokewright", "freewheeldepot"), role=("Bike Mechanic", "Workshop Trainee"), tz=("uk", "na"))
mr("ft-garden", "Application update from {co}",
   "Hello {n},\n\nHaving read every application for {role}, we are unable to progress yours.\n\nWarm wishes,\n{sig}{FOOT}",
   ("Eglantine Garden Centre", "Araliya Plant Nursery"), ("eglantinegc", "araliyanursery"), role=("Plant Area Assistant", "Nursery Hand"), tz=("ie", "lk"))
mr("ft-toys", "{role}",
   "Hi {n},\n\nTa for the CV. Sadly {role} went elsewhere – flooded with replies, and a local got it.\n\nAll the best,\n{sig}{FOOT}",
   ("Jack-a-Dandy Toys", "Tops & Kites"), ("jackadandytoys", "topsandkites"), role=("Christmas Temp", "Sales Assistant"), tz=("nz", "au"))
# ---- 9 hedged refusals
mr("hd-survey", "Hydrographic surveyor – {co}",
   "Dear {n},\n\nGood meeting you in the Cunningsburgh survey office. Some of the other applicants had already run multibeam surveys offshore, and the survey lead felt that matched the autumn campaign more closely.\n\n{sig}\n{co}",
   ("Skerry Hydro Surveys", "Benguela Seabed Mapping"), ("skerryhydro", "benguelaseabed"), tz=("shet", "na"))
mr("hd-auction", "Your application – {role}",
   "Hi {n},\n\nThanks for coming by the sale barn. A couple of folks had been calling livestock sales for years, and we went with one of them for {role}.\n\nAppreciate it,\n{sig}\n{co}",
   ("Callaway Livestock Auction", "Outjo Cattle Sales"), ("callawayauction", "outjocattle"), role=("Auctioneer Trainee", "Ring Clerk"), tz=("ne", "na"))
mr("hd-translate", "{role} – our decision",
   "Dear {n},\n\nIt was close. Others brought more hours interpreting in courtrooms, and the panel judged them nearer to what the tribunal contract needs.\n\nWith thanks,\n{sig}\n{co}",
   ("Parsian Language Services", "Lingua Franca Milano"), ("parsianlang", "linguafrancami"), role=("Court Interpreter", "Court Interpreter"), tz=("irx", "itx"))
mr("hd-tea", "Tea taster trainee",
   "Dear {n},\n\nMany thanks for attending the cupping session. Other candidates had spent a season at an estate factory already, and the auction brokers preferred to take them on.\n\nBest wishes,\n{sig}\n{co}",
   ("Dimbula Brokers", "Uva Leaf Auctions"), ("dimbulabrokers", "uvaleaf"), tz=("lk", "lk"))
mr("hd-ki", "Fisheries observer",
   "Mauri {n},\n\nThanks for coming by the office in Teaoraereke. The ministry took observers who already went out on the purse seiners before, so they fit the job more for this year.\n\nKam bati n rabwa,\n{sig}\n{co}",
   "Kiribati Fisheries Observer Unit", "kifisheriesobs", tz="ki")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-energy", "Following our call – {role}",
   "Hi {n},\n\nCheers for the chat this morning. Recap: the client chose someone else for {role}. Same site has just opened a {x} slot though, and it fits you nicely – keen for me to pitch you?\n\n{sig}\nSenior Consultant, {co}",
   ("Skerrylight Talent", "Dunefield Recruitment"), ("skerrylighttalent", "dunefieldrec"), role=("Wind Turbine Technician", "Solar Site Supervisor"), tz=("shet", "na"), x=("HV Authorised Person", "Commissioning Engineer"))
mr("rc-ag", "Quick update on {role}",
   "Hey {n},\n\nThanks for the call yesterday. Co-op went another direction on {role}, but that same outfit needs a {x} come next month, similar pay. Cool if I forward your resume?\n\n{sig}, {co}",
   ("Prairie Staffing Partners", "Loess Hills Ag Search"), ("prairiestaffing", "loesshillsag"), role=("Agronomist", "Seed Sales Rep"), tz=("ne", "usc"), x=("Crop Scout Lead", "Territory Manager"))
mr("rc-it", "Update – {role}",
   "Dear {n},\n\nFurther to our discussion, the client has selected another profile for {role}. Meantime they have a {x} opening in their Colombo 3 office for which I wish to put you forward. Kindly revert.\n\nBest regards,\n{sig}\n{co}",
   ("Kelani Talent Bridge", "Persepolis HR Consulting"), ("kelanitalentbridge", "persepolishr"), role=("QA Lead", "Network Engineer"), tz=("lk", "irx"), x=("Test Automation Engineer", "Cloud Support Engineer"))
mr("rc-itx", "About the position",
   "Dear {n},\n\nas told on the phone, the client at the end preferred another candidate for the export manager role. But they search also a Area Sales Manager for Germany, and I think your profile goes very well. Can I propose you?\n\nCordially,\n{sig}\n{co}",
   "Adriatica Executive Search", "adriaticaexec", tz="itx")
# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: your application was rated qualified, yet other applicants ranked in a higher category, which kept you off the list forwarded for selection.\n\nThat completes our action on your application.\n\nHuman Resources Office\n{co}",
   ("Farm Conservation Service, Ord Office", "Niobrara River Navigation Office, Omaha"), ("fcs-ord", "nrno-omaha"), role=("Soil Conservationist", "Lock and Dam Operator"), tz=("ne", "ne"))
mr("ps-inelig", "Your application – reference {ref}",
   "Dear {n},\n\nRef. {ref}, {role}: the screening panel ruled the application ineligible – {x}.\n\nLater council posts remain open to you.\n\nRecruitment Section\n{co}",
   ("Shetland Islands Council", "Public Service Commission of Namibia"), ("shetlandcouncil", "psc-namibia"), role=("Ferry Terminal Assistant", "Clerk Grade 10"), tz=("shet", "na"), x=("the STCW certificate demanded by the advert wasn't attached", "no certified Grade 12 copy came with it"))
mr("ps-cancel", "Cancellation of vacancy {ref}",
   "Dear {n},\n\nThe vacancy for {role} (ref. {ref}) stands cancelled {x}. The post will stay unfilled; all applications lapse.\n\nYours faithfully,\n{sig}\nfor Secretary, {co}",
   ("Ministry of Fisheries and Marine Resources, Ambo", "Colombo Municipal Council"), ("mfmrd-ki", "cmc-colombo"), role=("Fisheries Assistant", "Public Health Inspector"), tz=("ki", "lk"), x=("after the cabinet froze recruitment", "pending a restructure of the department"))
mr("ps-mark", "Result of written examination – {role}",
   "Dear {n},\n\nWritten test, {role}: qualifying mark {x}; your mark {y}. You therefore do not qualify for the interview stage.\n\n{co}",
   ("Provincial Public Service Commission", "Regione – Concorsi Pubblici Ufficio"), ("ppsc-lk", "regioneconcorsi"), role=("Development Officer", "Administrative Instructor"), tz=("lk", "itx"), x=("40 marks out of 100", "21/30"), y=("33 marks", "18/30"))
# ---- 6 bare ATS status updates
mr("ats-a", "Application status updated",
   "Hi {n},\n\n{co} updated your file.\n\n→ No longer under consideration\nRole: {role}\n\n– Quillstead notifications",
   ("Corncrib Insurance", "Dunrossness Care Homes"), ("corncribins", "dunrossnesscare"), role=("Claims Adjuster", "Care Assistant"), tz=("ne", "shet"))
mr("ats-b", "Candidate status: {role}",
   "<html><body><p>{n},</p><p><b>{role}</b> – {co}</p><p>Current stage: <b>Archived – position closed to you</b></p><p style=\"font-size:10px\">Sandlowe candidate notifications</p></body></html>",
   ("Namib Desert Mining", "Maharagama Logistics"), ("namibdesertmining", "maharagamalogistics"), role=("Plant Operator", "Fleet Controller"), tz=("na", "lk"))
mr("ats-c", "{co}: application update",
   "{n} – your application ({role}) is now marked: Not selected.\nNo further action needed.\n– Copsewain ATS",
   ("Bonriki Water Board", "Marche Footwear Group"), ("bonrikiwater", "marchefootwear"), role=("Meter Reader", "Pattern Cutter"), tz=("ki", "itx"))
# ---- 6 internship / graduate decisions
mr("gr-intern", "{co} summer internship – decision",
   "Dear {n},\n\nThe {co} summer internship drew more than 400 applications for 12 places. After the recorded-video round your file was closed without a summer place.\n\nThe programme reopens each autumn.\n\nEarly Careers Team",
   ("Keelhaul Maritime Law", "Kalahari Wildlife Trust"), ("keelhaullaw", "kalahariwildlife"), tz=("uk", "na"))
mr("gr-scheme", "Graduate programme outcome",
   "Hi {n},\n\nThanks for giving the {co} assessment centre a whole Wednesday. For the coming intake of the {role} you won't be receiving an offer, sorry.\n\nFeedback: see the report tab of your candidate account.\n\nGraduate Recruitment, {co}",
   ("Ardmannoch Energy", "Sandburr Bluff Rail"), ("ardmannoch", "sandburrbluffrail"), role=("Graduate Engineering Scheme", "Graduate Operations Program"), tz=("shet", "ne"))
mr("gr-trainee", "Management trainee programme",
   "Dear {n},\n\nYour application to the {co} Management Trainee Programme was considered at the final panel interview, and the committee has decided against selecting you for this batch.\n\nThank you for taking part.\n\n{sig}\nTalent Development",
   ("Serendib Apparel", "Anzali Shipping Lines"), ("serendibapparel", "anzalishipping"), tz=("lk", "irx"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "hub", "{co} Talent Portal – application {ref} received",
   "Hello {n},\n\nReq {ref}, {role}: your application landed and shows 'Submitted'. In time that flag becomes either 'Interview' or 'Closed – Filled Internally or Externally' – watch it from the dashboard.\n\n{co} Talent Acquisition",
   ("Voehead Salmon Farms", "Otjiwarongo Cattle Feeds"), ("voeheadsalmon", "otjicattlefeeds"), role=("Hatchery Technician", "Mill Shift Lead"), tz=("shet", "na"))
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is safely with us. Real humans read them all. Should we pick another route, a note from us says so – guessing games aren't our style.\n\nBest,\n{sig}, Recruiting",
   ("Ledgerpine Analytics", "Cornhusk Grain Software"), ("ledgerpine", "cornhuskgrain"), role=("Pricing Analyst", "Agronomy Data Engineer"), tz=("lk", "ne"))
mo("application_received", "lever", "{co}: we have your application",
   "Dear {n},\n\nYour {role} application is logged. Shortlisted or turned down, your file then remains in the {co} candidate pool a year – reply ERASE should you want it wiped.\n\nKind regards,\n{sig} for {co}",
   ("Bikenibeu Copra Traders", "Kashan Tile Exports"), ("bikenibeucopra", "kashantile"), role=("Shipping Clerk", "Export Coordinator"), tz=("ki", "irx"))
mo("application_received", "sr", "Application submitted – {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Could become</td><td>Interview · Unsuccessful</td></tr></table><p>{co} refreshes this table whenever anything shifts.</p></body></html>",
   ("Valpolicella Cask Cellars", "Cunningsburgh Net Loft"), ("valpolicask", "cunningsburghnet"), role=("Cellar Hand", "Net Mender"), tz=("itx", "shet"))
mo("application_received", "icims", "Application #{ref} received",
   "Dear {n},\n\nApplication #{ref} ({role}, {co}) is in. Screening looks for the {x}; a file lacking one is set to Rejected at that point – upload yours now if it's missing.\n\nAutomated message – please don't reply.",
   ("Platte River Grain Dryers", "Swakop Dive Charters"), ("platteriverdryers", "swakopdive"), role=("Boiler Operator", "Dive Master"), tz=("ne", "na"), x=("Nebraska boiler licence", "PADI Divemaster card"))
mo("application_received", "taleo", "{co} – application for req. {ref}",
   "Dear {n},\n\nYour form for {role} (req. {ref}) has arrived. If budgets force us to withdraw the requisition before interviews, each applicant hears about it by email; if not, we shortlist after the closing date passes.\n\nHuman Resources, {co}",
   ("Kelaniya Rubber Mills", "Seaview Harbour Tugs"), ("kelaniyarubber", "seaviewtugs"), role=("Quality Controller", "Deckhand"), tz=("lk", "nz"))
mo("application_received", "trial", "Got your application – {co}",
   "Hey {n},\n\nGot your form, thanks! Trial shifts happen Saturdays. No trial invite inside a fortnight = we went with other folks this round. No hard feelings either way.\n\n{sig}",
   ("Ta Nanikai Fish Fry", "Arapahoe Diner & Pie Stop"), ("nanikaifishfry", "arapahoediner"), tz=("ki", "ne"))
mo("application_received", "bamboo", "{role} – application received",
   "Hi {n},\n\nThanks for applying for {role}. Heads-up: our current rota may swallow those hours. If so the vacancy shuts, and an email tells you whichever way it goes.\n\n{sig}\n{co}",
   ("Tehran Book Café Partners", "Colombo Rooftop Yoga"), ("bookcafepartners", "rooftopyogacmb"), role=("Barista", "Studio Host"), tz=("irx", "lk"))
mo("application_received", "itx", "Your CV – {co}",
   "Dear {n},\n\nwe received your CV for {role}, many thanks. The owner looks at all the CVs at end of month. Positive or negative, a reply will arrive to you from me.\n\nCordiali saluti,\n{sig}",
   ("Trattoria Sul Lungomare", "Gelateria Borgo Sereno"), ("lungomaretrattoria", "borgoserenogelato"), role=("Sommelier", "Counter Staff"), tz=("itx", "itx"))
mo("application_received", "pin", "Next: online assessment – {co}",
   "Dear {n},\n\nYour {role} application is in. Next comes a short online assessment – anyone under the shortlisting line stops there, and every candidate is emailed their own score.\n\n{co} Recruitment",
   ("Rehoboth Literacy Trust", "Sandness Community Transport"), ("rehobothliteracy", "sandnessct"), role=("Programme Officer", "Dispatcher"), tz=("na", "shet"))
mo("application_received", "jazz", "Thanks for applying – {role}",
   "Hi {n},\n\nCheers for sending your details. Fair warning: {role} depends on a contract still pending. If it collapses we pull the ad and I email you myself.\n\n{sig}, {co}",
   ("Dismal River Pivot Irrigation", "Bikenibeu Boatbuilders"), ("dismalriverpivot", "bikenibeuboats"), role=("Field Installer", "Apprentice Shipwright"), tz=("ne", "ki"))
mo("application_received", "ashby", "{co} | application received",
   "Hi {n},\n\nGlad you applied for {role}. The loop: intro call, pairing, design chat, final. After each step a real person writes to say continue or stop – ghosting isn't our thing.\n\n{sig}, Talent @ {co}",
   ("Quayscript", "Harbourlight Payments"), ("quayscript", "harbourlightpay"), role=("Backend Engineer", "Staff Data Engineer"), tz=("uk", "ie"))
mo("application_received", "season", "Crew applications – {co}",
   "Hello {n},\n\nTa for the crew application! Returners pick bunks first and by March we know what's left. Still silence from us when April arrives? Then the season filled without you.\n\n{sig}",
   ("Muckle Roe Sea Kayaks", "Sossusvlei Balloon Safaris"), ("muckleroekayak", "sossusballoon"), tz=("shet", "na"))
mo("application_received", "museum", "Application received – {role}",
   "Dear {n},\n\nYour {role} application has come through to {co}. Interviewing happens the week following the advert's close; anyone left off the shortlist also gets an email.\n\nRegards,\n{sig}",
   ("Unst Heritage Museum", "Nebraska Sod House Museum"), ("unstheritage", "sodhousemuseum"), role=("Collections Assistant", "Collections Assistant"), tz=("shet", "ne"))
mo("application_received", "port", "Acknowledgement – {role}",
   "Dear {n},\n\nYour application for {role} is received with thanks. {co} rings its shortlist only – a silent month means this time it did not work out.\n\nHR Department",
   ("Walvis Bay Port Services", "Colombo Dockyard Pilots"), ("walvisport", "cmbdockpilots"), role=("Berth Planner", "Berth Planner"), tz=("na", "lk"))
mo("application_received", "clinic", "Thank you for applying",
   "Hello {n},\n\nYour {role} application now sits with the clinical lead. A call comes only if an opening matches your experience; match or no match, the file stays on record twelve months.\n\n{sig}",
   ("Tungaru Outer Island Clinics", "Shiraz Women's Health Centre"), ("tungaruclinics", "shirazwomenshealth"), role=("Nurse Educator", "Nurse Educator"), tz=("ki", "irx"))
mo("application_received", "brewery", "We got your application!",
   "Hey {n},\n\nStoked you applied to brew with {co}. Owners read each one personally. Thumbs up or thumbs down, I'll email before payday.\n\nCheers,\n{sig}",
   ("Platte Valley Brewing", "Bressay Sound Ales"), ("plattevalleybrew", "bressayales"), tz=("ne", "shet"))
mo("application_received", "school", "{role} – application received",
   "Dear {n},\n\nYour form for {role} has come in. Shortlisted people get asked to teach a lesson; left off the list, and a letter still goes out after the governors sit.\n\n{sig}, Headteacher",
   ("St Columba's Primary, Cullivoe", "Swakopmund Private School"), ("stcolumbacullivoe", "swakopprivate"), role=("Class Teacher P5", "Grade 4 Teacher"), tz=("shet", "na"))
mo("application_received", "hotel", "Your application – {co}",
   "Hi {n},\n\nYour {role} application arrived. Management goes through the pile every Friday; if they settle on another applicant, a quick line from me follows.\n\nKind regards,\n{sig}",
   ("Tabiteuea Reef Lodge", "Matara Fort Heritage Hotel"), ("tabiteuealodge", "matarafortheritage"), role=("Front Office Manager", "Front Office Manager"), tz=("ki", "lk"))
mo("application_received", "tackle", "Application received – {role}",
   "Hi {n},\n\nYour form reached {co}. Interviews run in a fortnight. Not picked for one? We'll email regardless.\n\n{sig}{FOOT}",
   ("Hookline Tackle Shop", "Reelbank Angling"), ("hooklinetackle", "reelbankangling"), role=("Shop Assistant", "Saturday Assistant"), tz=("shet", "ne"))
mo("application_received", "translate", "Application for {role}",
   "Dear {n},\n\nYour application came in. Screening tends to turn away anyone lacking certified court-interpreting hours, so attach your logbook if there is one.\n\n{sig}\n{co}",
   ("Parsian Language Services", "Lingua Franca Milano"), ("parsianlang", "linguafrancami"), role=("Court Interpreter", "Court Interpreter"), tz=("irx", "itx"))
mo("application_received", "ps", "Application received – announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: application received. Once it closes, expect a Notice of Results: qualified-and-referred, qualified-but-unreferred, or ineligible, whichever fits.\n\nHuman Resources Office\n{co}",
   ("Farm Conservation Service, Ord Office", "Niobrara River Navigation Office, Omaha"), ("fcs-ord", "nrno-omaha"), role=("Soil Conservationist", "Lock and Dam Operator"), tz=("ne", "ne"))
mo("application_received", "council", "Acknowledgement of application ref {ref}",
   "Dear {n},\n\nLogged: {role}. Any file lacking {x} is declared ineligible. The shortlisting panel sits a fortnight after closing.\n\nRecruitment Section\n{co}",
   ("Shetland Islands Council", "Public Service Commission of Namibia"), ("shetlandcouncil", "psc-namibia"), role=("Ferry Terminal Assistant", "Clerk Grade 10"), tz=("shet", "na"), x=("an STCW certificate", "a certified Grade 12 certificate"))
mo("application_received", "ats", "Application received – {co}",
   "Hi {n},\n\n{co} got your application.\n\nJob: {role}\nStatus: Submitted\nLater it may change to: In review; Interview; or Not under consideration.\n\n– Quillstead notifications",
   ("Corncrib Insurance", "Dunrossness Care Homes"), ("corncribins", "dunrossnesscare"), role=("Claims Adjuster", "Care Assistant"), tz=("ne", "shet"))
mo("application_received", "intern", "{co} internship – application received",
   "Dear {n},\n\nYour {co} summer internship application is in. Twelve places, several hundred applicants; once the recorded-video round is marked, each applicant gets told, with or without a place.\n\nEarly Careers Team",
   ("Keelhaul Maritime Law", "Kalahari Wildlife Trust"), ("keelhaullaw", "kalahariwildlife"), tz=("uk", "na"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-museum", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the note. The trustees would meet you {dl}, half ten, in the collection store. Unfortunately our wee lift is out for its service, so stairs it is.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Unst Heritage Museum", "Nebraska Sod House Museum"), ("unstheritage", "sodhousemuseum"), role=("Collections Assistant", "Collections Assistant"), tz=("shet", "ne"))
mo("interview", "port", "Interview invitation – {role}",
   "Dear {n},\n\nYou are shortlisted for {role}. Interview: {dl}, 09h00, port office. Regrettably our visitor bays are being resurfaced – leave your car beside the fish market.\n\nHR, {co}",
   ("Walvis Bay Port Services", "Colombo Dockyard Pilots"), ("walvisport", "cmbdockpilots"), role=("Berth Planner", "Berth Planner"), tz=("na", "lk"))
mo("interview", "brewery", "Come brew with us – {dl}?",
   "Hey {n},\n\nKeen to get you in for a chat plus brew-day trial – {dl} work? Bad news: taproom AC died, so dress light.\n\nCheers,\n{sig}\n{co}",
   ("Platte Valley Brewing", "Bressay Sound Ales"), ("plattevalleybrew", "bressayales"), tz=("ne", "shet"))
mo("interview", "school", "Lesson observation and interview",
   "Dear {n},\n\nDelighted to invite you to teach a half-hour lesson and interview for {role}, {dl}. Sadly the classroom projector's off being mended, so printouts please.\n\nKind regards,\n{sig}, Headteacher",
   ("St Columba's Primary, Cullivoe", "Swakopmund Private School"), ("stcolumbacullivoe", "swakopprivate"), role=("Class Teacher P5", "Grade 4 Teacher"), tz=("shet", "na"))
mo("interview", "ashby", "{co} | next round",
   "Hi {n},\n\nNice work – pairing is next, {dl}. Unfortunately the booking widget shows UTC only; convert carefully.\n\n{sig}, Talent @ {co}",
   ("Quayscript", "Harbourlight Payments"), ("quayscript", "harbourlightpay"), tz=("uk", "ie"))
mo("interview", "hotel", "Interview – {role}",
   "Hi {n},\n\nManagement wants to see you about {role}, {dl}, 2pm. One snag: lobby retiling, so walk round by the garden gate.\n\nKind regards,\n{sig}",
   ("Tabiteuea Reef Lodge", "Matara Fort Heritage Hotel"), ("tabiteuealodge", "matarafortheritage"), role=("Front Office Manager", "Front Office Manager"), tz=("ki", "lk"))
mo("interview", "clinic", "Interview for {role}",
   "Hello {n},\n\nAn interview for {role} is set for {dl}. Unfortunately the outer-clinic boat is laid up, so we meet at head office.\n\n{sig}",
   ("Tungaru Outer Island Clinics", "Shiraz Women's Health Centre"), ("tungaruclinics", "shirazwomenshealth"), role=("Nurse Educator", "Nurse Educator"), tz=("ki", "irx"))
mo("interview", "survey", "Hydrographic surveyor – interview",
   "Dear {n},\n\nYour application looked good. Free {dl} to sit down with the survey lead? Regrettably our vessel is on the slip, so the boat tour is off.\n\n{sig}\n{co}",
   ("Skerry Hydro Surveys", "Benguela Seabed Mapping"), ("skerryhydro", "benguelaseabed"), tz=("shet", "na"))
mo("next_steps", "icims", "Action needed: documents for #{ref}",
   "Dear {n},\n\nApplication #{ref} needs your {x} plus two referees' details, uploaded before {dl}. Sadly phone snaps get bounced – scanned PDFs only.\n\n{co} Recruiting",
   ("Platte River Grain Dryers", "Swakop Dive Charters"), ("platteriverdryers", "swakopdive"), tz=("ne", "na"), x=("Nebraska boiler licence", "PADI Divemaster card"))
mo("next_steps", "pin", "Online assessment – deadline {dl}",
   "Dear {n},\n\nThe {role} online assessment is open until {dl}. Unfortunately its clock keeps ticking once begun, so block out 45 minutes.\n\n{co} Recruitment",
   ("Rehoboth Literacy Trust", "Sandness Community Transport"), ("rehobothliteracy", "sandnessct"), role=("Programme Officer", "Dispatcher"), tz=("na", "shet"))
mo("next_steps", "council", "Documents required – ref {ref}",
   "Dear {n},\n\nShortlisted: {role}. At the panel on {dl} produce {x} and photo ID. Regrettably we turn away uncertified photocopies.\n\nRecruitment Section\n{co}",
   ("Shetland Islands Council", "Public Service Commission of Namibia"), ("shetlandcouncil", "psc-namibia"), role=("Ferry Terminal Assistant", "Clerk Grade 10"), tz=("shet", "na"), x=("your original STCW certificate", "your original Grade 12 certificate"))
mo("next_steps", "lab", "Written task – {role}",
   "Dear {n},\n\nNext for {role}: a two-page research plan, due {dl}. Sorry, this task is unpaid.\n\n{sig}\n{co}",
   ("Tabriz Soil Ecology Lab", "Padova Glacier Research Group"), ("tabrizsoil", "padovaglacier"), role=("Research Associate", "Research Associate"), tz=("irx", "itx"))
mo("next_steps", "ps", "Written examination – {role}",
   "Dear {n},\n\nAdmission to the {role} written test: {dl}, 9.00 a.m. Doors shut on the hour and latecomers stay outside. Bring your printed admission slip.\n\n{co}",
   ("Provincial Public Service Commission", "Regione – Concorsi Pubblici Ufficio"), ("ppsc-lk", "regioneconcorsi"), role=("Development Officer", "Administrative Instructor"), tz=("lk", "itx"))
mo("next_steps", "scheme", "Assessment centre – {dl}",
   "Hi {n},\n\nYou've made the {co} assessment centre – {dl}. Finish the pre-work case beforehand. Bad news on food: canteen's closed, pack lunch.\n\nGraduate Recruitment",
   ("Ardmannoch Energy", "Sandburr Bluff Rail"), ("ardmannoch", "sandburrbluffrail"), tz=("shet", "ne"))
mo("offer", "th-brewery", "RE: [EXT] Re: Head brewer chat",
   "Hey {n},\n\nGood news: the owners want you as {role}! Offer letter's attached – signature by {dl} ideally. Unfortunately the staff flat stays occupied another month, so you'll bunk at the inn till then.\n\nCheers,\n{sig}\n\n{GM}",
   ("Platte Valley Brewing", "Bressay Sound Ales"), ("plattevalleybrew", "bressayales"), role=("Head Brewer", "Head Brewer"), tz=("ne", "shet"))
mo("offer", "trainee", "Offer – Management Trainee Programme",
   "Dear {n},\n\nThe selection committee is happy to offer you a seat in the {co} Management Trainee Programme. Please confirm before {dl}. Regrettably the trainee hostel is full; a housing allowance replaces it.\n\n{sig}\nTalent Development",
   ("Serendib Apparel", "Anzali Shipping Lines"), ("serendibapparel", "anzalishipping"), tz=("lk", "irx"))
mo("offer", "kayak", "Welcome to the crew!",
   "Hello {n},\n\nA bunk came free – want to guide with {co} this season? Confirm before {dl}. Sadly the crew van's off the road till May; someone grabs you at the ferry.\n\n{sig}",
   ("Muckle Roe Sea Kayaks", "Sossusvlei Balloon Safaris"), ("muckleroekayak", "sossusballoon"), tz=("shet", "na"))
mo("offer", "itx", "Proposal of work",
   "Dear {n},\n\nwith pleasure I propose you the position of {role} at {co}, beginning {dl}. Unfortunately the staff parking is in renovation, but bus 4 stops in front.\n\nCordiali saluti,\n{sig}",
   "Trattoria Sul Lungomare", "lungomaretrattoria", role="Sommelier", tz="itx")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "withdrawn", "Application withdrawn",
   "Hi {n},\n\n{co} recorded a change.\n\nJob: {role}\nStatus: Withdrawn (by candidate)\n\n– Quillstead notifications",
   ("Corncrib Insurance", "Dunrossness Care Homes"), ("corncribins", "dunrossnesscare"), role=("Claims Adjuster", "Care Assistant"), tz=("ne", "shet"))
mo("other_job", "hold", "Candidate status: {role}",
   "<html><body><p>{n},</p><p><b>{role}</b> – {co}</p><p>Current stage: <b>Paused – requisition frozen pending budget</b></p><p style=\"font-size:10px\">Sandlowe candidate notifications</p></body></html>",
   ("Namib Desert Mining", "Maharagama Logistics"), ("namibdesertmining", "maharagamalogistics"), role=("Plant Operator", "Fleet Controller"), tz=("na", "lk"))
mo("other_job", "moved", "Interview moved – Independence Day",
   "Mauri {n},\n\nYour interview at {co} is moved to {dl} because the office closes for the Independence holiday on 12 July. Same time, same room.\n\nTe mauri,\n{sig}",
   "Nawerewere Island Buses", "nawerewerebus", tz="ki")
mo("job_alert", "footer", "New at {co}: Weekend Sales Assistant",
   "Hi {n},\n\nFresh on the board: Weekend Sales Assistant, 16 hrs, starts next month. Apply via the careers board.{FOOT}",
   ("Hookline Tackle Shop", "Spokewright Cycles", "Eglantine Garden Centre"), ("hooklinetackle", "spokewright", "eglantinegc"), tz=("shet", "uk", "ie"))
mo("recruiter_outreach", "pitch", "A role you might like – {x}",
   "Hi {n},\n\nI'm filling a {x} post near {y} and your background jumped out. Got a quarter of an hour for a call this week?\n\n{sig}\n{co}",
   ("Skerrylight Talent", "Dunefield Recruitment"), ("skerrylighttalent", "dunefieldrec"), tz=("shet", "na"), x=("Marine Operations Manager", "Desalination Plant Supervisor"), y=("Sullom Voe", "Henties Bay"))
mo("non_job_rejection_words", "flat", "Flat at {x}",
   "Hi {n},\n\nRe the flat on {x}: unfortunately the owner said yes to a rival bid, and it's let. New flats get emailed out weekly.\n\n{sig}\n{co} Lettings",
   ("Hillhead Property", "Dehiwala Homes"), ("hillheadprop", "dehiwalahomes"), tz=("shet", "lk"), x=("Commercial Road", "Galle Road"))
mo("non_job_rejection_words", "ballot", "Ballot result – {x}",
   "Dear {n},\n\nThe ballot for {x} got drawn last night, but luck skipped your ticket this time. Refund of the fee hits your card inside ten days.\n\n{co}",
   ("Torchlight Procession Tickets", "Cornhusker Marathon"), ("torchlighttickets", "cornhuskermarathon"), tz=("shet", "ne"), x=("the torch procession grandstand", "the spring marathon"))
mo("non_job_rejection_words", "grant", "Community grant application",
   "Dear {n},\n\nThanks for the Bikenibeu youth canoe club's application. The committee regrets it cannot fund the paddles this round – too many bids for too little money.\n\n{sig}\n{co}",
   "Pacific Island Sport Fund", "pacislesportfund", tz="ki")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Gloamrig" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    full = f"{dom}.gloamrig{ch.lower()}"
    wr(fam, rej[0], rej[1], co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, full, frm=via(ch), tz=tz)


A, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("creel", "Agate", "Hamnavoe Creels", "hamnavoecreels", "shet",
     ("Creelweaving apprentice", "Hi {n},\n\nThanks for your creelweaving application and the little willow sample. We've taken on an apprentice who already worked two winters with a basketmaker in Unst, so the bench is filled.\n\nAll best,\n{sig}"),
     (A, "Creelweaving apprentice – got it", "Hi {n},\n\nYour letter about the creelweaving apprenticeship reached me. I'll choose after the Lammas fair; should the bench go elsewhere, I'll post a plain letter.\n\n{sig}"))
pair("kishie", "Beryl", "Burravoe Kishie Works", "burravoekishie", "shet",
     ("Kishiemaking post", "Dear {n},\n\nAbout the kishiemaking post: our oat-straw grower halved his supply, so the post is scrapped and no one is being taken on. A disappointment, I know.\n\n{sig}"),
     (INT, "Kishiemaking – come and see us", "Dear {n},\n\nWould {dl} suit for a visit to the kishiemaking shed? Sadly the road end is flooded after the storm, so park at the hall and walk the last bit.\n\n{sig}"))
pair("strawback", "Citrine", "Orcadian Chairwrights", "orcchairwrights", "uk",
     ("Strawbackchairmaking trainee", "{n},\n\nThanks for wanting to learn strawbackchairmaking here. The trainee place has gone to a joiner who's stitched straw before.\n\nRegards,\n{sig}"),
     (NXT, "Strawbackchairmaking – a small test", "{n},\n\nAhead of meeting, stitch a 20 cm straw coil and mail it to reach us by {dl}. Unfortunately postage is on you.\n\n{sig}"))
pair("fiddlebow", "Dolomite", "Lindengrove Bow Workshop", "lindengrovebows", "use",
     ("Fiddlebowhairing bench", "Hi {n},\n\nThanks for writing about the fiddlebowhairing bench. That bench is now filled by a rehairer already used to Mongolian horsehair.\n\nBest,\n{sig}"),
     (OFF, "Fiddlebowhairing bench – offer", "Hi {n},\n\nThe fiddlebowhairing bench is yours, from {dl}. Unfortunately our shop heater quit – sweater weather for week one.\n\n{sig}"))
pair("horsehair", "Emerald", "Arapahoe Tack & Hitch", "arapahoetack", "ne",
     ("Horsehairplaiting position", "Hey {n},\n\nAppreciate you sending pictures of your hitched hatbands. We went with a plaiter from Valentine for the horsehairplaiting job, so we're full up.\n\n{sig}"),
     (A, "Horsehairplaiting job – thanks", "Hey {n},\n\nGot your horsehairplaiting application. Once I've made up my mind I ring every applicant back, good news or bad, likely after branding.\n\n{sig}"))
pair("bonecomb", "Feldspar", "Tabiteuea Bonecraft", "tabiteueabonecraft", "ki",
     ("Bonecombcarving helper", "Mauri {n},\n\nThanks for coming about the bonecombcarving helper. We took a carver the shop knows from before, so the place is gone.\n\nTe mauri,\n{sig}"),
     (INT, "Bonecombcarving – meeting", "Mauri {n},\n\nPlease come {dl}, 9 o'clock, to show your carving. Unfortunately mornings the shop power is off; bring hand tools.\n\n{sig}"))
pair("drystane", "Garnet", "Weisdale Dykers", "weisdaledykers", "shet",
     ("Drystanedyking labourer", "Hi {n},\n\nTa for wanting to work the drystanedyking jobs this summer. Squad's picked already, and there's nae space for one more labourer, sorry.\n\n{sig}"),
     (NXT, "Drystanedyking – certificates", "Hi {n},\n\nFor the drystanedyking crew, send your CSCS card and a photo of any wall you've built by {dl}. Sadly we can't take anyone without the card.\n\n{sig}"))
pair("flagging", "Hematite", "Caithness Flag Quarriers", "caithnessquarriers", "uk",
     ("Flaggingstonesplitting", "Dear {n},\n\nRe flaggingstonesplitting at the quarry: that job's filled and yours is closed.\n\nRegards,\n{sig}"),
     (A, "Flaggingstonesplitting – application", "Dear {n},\n\nYour letter's in. The quarry foreman chooses before month-end, and every applicant gets a reply, picked or passed over.\n\n{sig}"))
pair("gansey", "Iolite", "Papa Stour Knitters' Guild", "papastourknitters", "shet",
     ("Ganseyknitting outworker", "Dear {n},\n\nThanks for the swatch. Your ganseyknitting tension sits a bit loose for our pattern, so we've decided against taking you on as an outworker.\n\n{sig}"),
     (OFF, "Ganseyknitting outworker", "Dear {n},\n\nWelcome aboard as a ganseyknitting outworker from {dl}. Unfortunately the worsted is delayed, so kit one trails by a week.\n\n{sig}"))
pair("clockhand", "Jasper", "Ticktarn Clockworks", "ticktarnclockworks", "uk",
     ("Clockhandfiling assistant", "Hello {n},\n\nThanks for your clockhandfiling application. A candidate with watch-school training got the bench, and yours ends there.\n\n{sig}"),
     (INT, "Clockhandfiling – bench test", "Hello {n},\n\nA bench test awaits you {dl}, eleven sharp. Regrettably spare loupes are scarce – yours is welcome.\n\n{sig}"))
pair("haybale", "Kyanite", "Loup City Hay Haulers", "loupcityhay", "ne",
     ("Haybalehauling driver", "Hi {n},\n\nThanks for calling about haybalehauling. Our drivers are lined up for this cutting, so there's no seat in a cab for you this year.\n\nTake care,\n{sig}"),
     (NXT, "Haybalehauling – CDL copy", "Hi {n},\n\nBefore hauling for us, email a copy of your CDL plus DOT medical card by {dl}. Unfortunately our insurer insists on both.\n\n{sig}"))
pair("oyster", "Larimar", "Lüderitz Oyster Sheds", "luderitzoyster", "na",
     ("Oystershucking staff", "Morning {n},\n\nThanks for your oystershucking application at the sheds. The shucking tables are full this season, so no place for you.\n\nRegards,\n{sig}"),
     (A, "Oystershucking – application in", "Morning {n},\n\nYour oystershucking form is in. Only people wanted for a trial get a phone call; three quiet weeks mean the tables filled.\n\n{sig}"))
pair("sheepdog", "Malachite", "Quendale Hill Farm", "quendalehill", "shet",
     ("Sheepdogwhistling handler", "Hi {n},\n\nThanks for the video of your dog on the hill. With the flock cut back, we've decided against a sheepdogwhistling handler this year.\n\n{sig}"),
     (INT, "Sheepdogwhistling – come to the park", "Hi {n},\n\nBring your dog {dl} and let's watch her work the ewes. Sadly the bothy roof leaks; pack waterproofs.\n\n{sig}"))
pair("tidemill", "Nephrite", "Fenwharf Mill Trust", "fenwharfmill", "uk",
     ("Tidemillgrinding miller", "Dear {n},\n\nRe the tidemillgrinding miller post: the trustees appointed a long-serving volunteer who knows the stones, and the paid post is filled.\n\n{sig}"),
     (NXT, "Tidemillgrinding – references", "Dear {n},\n\nTwo references and your food hygiene certificate, please, by {dl}. Unfortunately visitors are barred from the mill that week, so no tour beforehand.\n\n{sig}"))
pair("dhow", "Onyx", "Gansbaai Dhow Boatyard", "gansbaaidhowyard", "za",
     ("Dhowcaulking crew", "Hi {n},\n\nRe the dhowcaulking crew: fewer hulls than planned are coming in for refit this winter, which leaves no berth for you on it.\n\nRegards,\n{sig}"),
     (OFF, "Dhowcaulking crew – offer", "Hi {n},\n\nYou're on the dhowcaulking crew from {dl}. Sadly the yard canteen's shut, so pack food.\n\n{sig}"))
pair("pandanus", "Peridot", "Abemama Mat Weavers", "abemamamats", "ki",
     ("Pandanusplaiting", "Mauri {n},\n\nKo rabwa for your letter. The group will not take new pandanusplaiting weavers this year; the leaves are few after the dry months.\n\n{sig}"),
     (A, "Pandanusplaiting letter", "Mauri {n},\n\nWe got your letter. The women meet next month to choose, and I will send you the answer after, yes or no.\n\n{sig}"))
pair("kava", "Quartz", "Nukualofa Kava Co", "nukualofakava", "nz",
     ("Kavapounding hand", "Kia ora {n},\n\nRe the kavapounding hand: that role went to a local lad from Otara.\n\n{sig}"),
     (OFF, "Kavapounding – job offer", "Kia ora {n},\n\nOur kavapounding hand job is yours from {dl}. Unfortunately parks are scarce round ours – bus it if you can.\n\n{sig}"))
pair("shellmoney", "Rhodonite", "Malaita Shell Crafts", "malaitashell", "au",
     ("Shellmoneystringing", "Hi {n},\n\nRe shellmoneystringing: the export order got cancelled, so we aren't hiring after all.\n\n{sig}"),
     (NXT, "Shellmoneystringing – sample", "Hi {n},\n\nString a 30 cm sample and have it posted by {dl}. Sadly shells for the test are yours to find.\n\n{sig}"))
pair("fishtrap", "Sapphire", "Marawila Fish Trap Makers", "marawilatraps", "lk",
     ("Fishtrapweaving", "Dear {n},\n\nYour application for fishtrapweaving at our Marawila yard refers. The vacancy is filled; your application is closed.\n\n{sig}"),
     (A, "Fishtrapweaving – received", "Dear {n},\n\nYour fishtrapweaving application is received. Chosen or passed over, a letter will inform you.\n\n{sig}"))
pair("canoe", "Topaz", "Butaritari Canoe House", "butaritaricanoe", "ki",
     ("Canoelashing apprentice", "Mauri {n},\n\nThe unimane chose a boy from the village as canoelashing apprentice. We do not need another.\n\n{sig}"),
     (INT, "Canoelashing – come", "Mauri {n},\n\nCome {dl} to the canoe house. Sorry, the Marakei boat is full, so take the plane.\n\n{sig}"))
pair("windlass", "Unakite", "Cunningsburgh Capstan Forge", "cunningsburghcapstan", "shet",
     ("Windlassforging smith", "Hi {n},\n\nThanks for your windlassforging application. A smith from Buckie has the job now.\n\n{sig}"),
     (OFF, "Windlassforging smith – job offer", "Hi {n},\n\nWindlassforging job's yours, from {dl}. Unfortunately the forge flat is let, so find digs in toon.\n\n{sig}"))
pair("quern", "Variscite", "Stonedresser Masons of Ngapara", "ngaparamasons", "nz",
     ("Quernstonedressing", "Kia ora {n},\n\nThanks for your quernstonedressing application. Hiring waits till spring, so none this round.\n\n{sig}"),
     (NXT, "Quernstonedressing – photos", "Kia ora {n},\n\nPhotos of your chisel work by {dl}, please. Sorry, video links don't open here.\n\n{sig}"))
pair("bunging", "Wavellite", "Zoar Barrel Works", "zoarbarrelworks", "za",
     ("Barrelbunging operator", "Dear {n},\n\nRe the barrelbunging operator post: unfortunately your application was unsuccessful.\n\n{sig}"),
     (A, "Barrelbunging – application", "Dear {n},\n\nYour application came in. After the harvest an email tells each applicant how it went, good or bad.\n\n{sig}"))
pair("sextant", "Xenotime", "Mariner's Instrument Bench", "marinersbench", "use",
     ("Sextantcalibrating tech", "Hi {n},\n\nRe sextantcalibrating: we hired someone with Navy instrument experience, so your application ends here.\n\n{sig}"),
     (INT, "Sextantcalibrating – interview", "Hi {n},\n\nCan you drop by {dl}? Unfortunately the front steps are torn up; use the alley door.\n\n{sig}"))
pair("saltpan", "Zircon", "Walvis Salt Rakers", "walvissaltrakers", "na",
     ("Saltpanraking", "Morning {n},\n\nThanks for the saltpanraking application. The pans already have enough rakers this season. Sorry hey.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Gloamrig weekly: craft jobs",
   "Hi {n},\n\nThis week on Gloamrig: 4 new bench jobs in creel and basket work, 2 in smithing, 1 in boatbuilding. Alert frequency lives under Profile › Alerts.", "Gloamrig", "gloamrig", frm="Gloamrig Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "toolshare", "Tool share booking",
   "Hi {n},\n\nPillar drill, Saturday: booking declined, as another member got in first. Pick another day in the sheet.\n\n{sig}\nHamnavoe Tool Share", "Hamnavoe Tool Share", "hamnavoetoolshare", tz="shet")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (est 2, slv 2, srp 2, cym 2, nep, uzb); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(f"{lang}-{fam}", rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{lang}-{fam}", twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("olivewood", "ar", "مشغل مادبا لخشب الزيتون", "madabaolivewood", "jo",
   ("بخصوص رسالتك إلى المشغل", "الأستاذة {full}،\n\nتحية طيبة، وشكرًا لرسالتك إلى {co}. وقع اختيارنا هذه المرة على حِرفيّ من أبناء مادبا يعمل في نحت خشب الزيتون منذ سنوات، فاكتمل العدد في المشغل ولا مكان متاحًا الآن.\n\nمع خالص التقدير،\n{sig}"),
   (A, "وصلتنا رسالتك", "الأستاذة {full}،\n\nوصلتنا رسالتك وسيرتك الذاتية، وسيطّلع عليها المعلّم أبو سليم بعد موسم قطاف الزيتون. سنكتب إليك بقراره أيًّا كان، بالقبول أو بالاعتذار.\n\n{sig}"))
lp("bells", "de", "Glockengießerei Hallerbrunn", "hallerbrunnglocken", "de",
   ("Ihre Zeilen an unsere Gießerei", "Guten Tag {full},\n\nherzlichen Dank für Ihre Zeilen an die {co}. Die Stelle in der Formerei ging inzwischen an eine Gesellin, die schon beim Lehmformen großer Läuteglocken mitgearbeitet hat; damit ist unser Team vorerst komplett.\n\nFreundliche Grüße aus der Gießhalle\n{sig}"),
   (INT, "Einladung zum Kennenlernen", "Guten Tag {full},\n\npasst Ihnen der {dl}, 10 Uhr, für ein Gespräch bei uns in der Gießhalle? Leider ist der Hof an dem Tag wegen eines Glockengusses abgesperrt – am besten stellen Sie Ihr Auto am Bahnhof ab.\n\nFreundliche Grüße\n{sig}"))
lp("fans", "es", "Abanicos Hermanos Lloret", "abanicoslloret", "es",
   ("Tu candidatura en {co}", "Hola {n}:\n\n¡Qué bonitas las varillas que nos mandaste en fotos! Aun así, el puesto de pintura de abanicos se lo hemos dado a Remei, que lleva varias temporadas echándonos una mano en el taller; la plantilla queda completa.\n\nUn fuerte abrazo,\n{sig}"),
   (NXT, "Documentación pendiente", "Hola {n}:\n\nPara el siguiente paso nos hace falta, antes del {dl}, copia del DNI y un par de abanicos pintados por ti. Por desgracia las muestras se quedan en el taller.\n\nSaludos,\n{sig}"))
lp("binding", "fr", "Atelier de reliure Vautrin", "reliurevautrin", "fr",
   ("Réponse de l'atelier", "Bonjour {full},\n\nMille mercis pour votre courrier et les clichés de vos demi-reliures cuir. Chez {co}, la place vient d'être confiée à une relieuse titulaire du CAP, ce qui clôt votre candidature chez nous.\n\nBien à vous,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nL'atelier est ravi de vous engager comme relieur·se dès le {dl}. Malheureusement, pas encore de vestiaire rue Mercière : une blouse sera utile.\n\nBien à vous,\n{sig}"))
lp("silk", "hi", "बनारसी रेशम बुनकर संघ", "banarasiresham", "in",
   ("करघा-घर से जवाब", "आदरणीय {n} जी,\n\nबनारस वाले करघा-घर को ज़री-बुनाई सहायकी के सिलसिले में लिखा ख़त पहुँचा, आभार। इस बार गद्दी लल्लापुरा के मुन्ना उस्ताद के भतीजे को मिली है, जो बचपन से कड़वा बूटी बुनता आया है। सो फ़िलहाल करघे ख़ाली नहीं रहे।\n\nसप्रेम,\n{sig}"),
   (A, "अर्ज़ी पहुँच गई", "{n} जी, नमस्ते।\n\nज़री-बुनाई सहायक वाली आपकी अर्ज़ी करघा-घर पहुँच गई है। माघ मेले के बाद उस्ताद जी चुनाव करेंगे; हाँ हो या ना, फ़ोन पर ख़बर ज़रूर मिलेगी।\n\n{sig}"))
lp("violins", "it", "Bottega di Liuteria Soldani", "liuteriasoldani", "it",
   ("La sua lettera alla bottega", "Gentile {full},\n\ngrazie della lettera e delle foto del suo primo violino. Il posto da apprendista è andato a un diplomato della scuola di liuteria cittadina; al momento, quindi, in bottega non c'è spazio per lei.\n\nUn cordiale saluto,\n{sig}\n{co}"),
   (INT, "Colloquio in bottega", "Gentile {full},\n\nvorremmo conoscerla di persona in bottega il {dl}, ore 15. Le impalcature coprono purtroppo il portone su strada: passi dal cortile interno.\n\nUn cordiale saluto,\n{sig}"))
lp("washi", "ja", "美濃和紙工房 白川", "minowashi-shirakawa", "jp",
   ("採用選考結果のご連絡", "{full} 様\n\nこのたびは{co}の職人見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくこととなりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}"),
   (NXT, "提出書類のお願い", "{full} 様\n\n次の選考に進んでいただくため、{dl}までに履歴書と作品写真をお送りください。なお、恐れ入りますが郵送のみの受付となります。\n\n{sig}"))
lp("onggi", "ko", "영산 옹기 공방", "yeongsanonggi", "kr",
   ("지원 결과 안내", "{full}님께\n\n{co}의 도공 보조 자리에 마음을 보내 주셔서 고맙습니다. 이번에는 저희 가마에서 여러 해 일해 온 분을 모시기로 하여, 아쉽지만 함께하지 못하게 되었습니다. 늘 건강하시길 바랍니다.\n\n{sig} 드림"),
   (OFF, "채용 제안", "{full}님께\n\n{co}에서 도공 보조로 함께해 주시기를 제안드립니다. 근무는 {dl}부터 시작합니다. 아쉽게도 기숙사는 만실이라 숙소는 따로 구하셔야 합니다.\n\n{sig} 드림"))
lp("cork", "pt", "Corticeira Vale do Sorraia", "corticeirasorraia", "pt",
   ("A sua candidatura – {co}", "Olá {n},\n\nAgradeço a mensagem e o currículo enviados à {co}. Para a cozedura das pranchas ficámos com um senhor de Montargil que já lá trabalhou noutras tiragens, por isso a vaga está preenchida.\n\nUm abraço,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nBoas notícias: a vaga de operador(a) de cortiça é sua, com início a {dl}. A cantina, infelizmente, segue fechada para remodelação, portanto convém trazer almoço de casa nas primeiras semanas.\n\nUm abraço,\n{sig}"))
lp("lace", "ru", "Вологодский узор", "vologdauzor", "ru",
   ("Ответ на ваше письмо", "Здравствуйте, {n}!\n\nБлагодарим за письмо в мастерскую «{co}». На место мы взяли мастерицу из Кубенского, которая много лет плетёт вологодский сколок, поэтому сейчас свободных мест нет.\n\nВсего доброго,\n{sig}"),
   (INT, "Приглашение на знакомство", "Здравствуйте, {n}!\n\nЖдём вас для знакомства {dl}, к одиннадцати. Увы, подъёмник в доме сломан, а мастерская под самой крышей, на четвёртом этаже.\n\nВсего доброго,\n{sig}"))
lp("tingatinga", "sw", "Studio ya Sanaa Sinza", "sinzasanaa", "tz",
   ("Kuhusu barua yako", "Habari {n},\n\nAhsante kwa barua yako kwa {co}. Safari hii nafasi ya mchoraji msaidizi amepewa kijana wa Mbagala ambaye amechora Tingatinga tangu utotoni, hivyo studio imejaa.\n\nTutaonana,\n{sig}"),
   (NXT, "Nyaraka zinazohitajika", "Habari {n},\n\nKabla ya {dl}, tutumie picha za michoro mitatu uliyochora pamoja na nakala ya kitambulisho chako. Kwa bahati mbaya michoro halisi hatuipokei ofisini.\n\n{sig}"))
lp("umbrella", "th", "ร่มบ่อสร้างศิลป์", "bosangsilp", "th",
   ("แจ้งผลการสมัครช่างวาดร่ม", "คุณ{n} ที่นับถือ\n\nขอบคุณที่ส่งใบสมัครมาร่วมเป็นช่างวาดร่มกับ{co}นะคะ รอบนี้ร้านตัดสินใจรับช่างจากหมู่บ้านบ่อสร้างที่วาดลายดอกไม้บนร่มกระดาษสามาหลายปีแล้ว โต๊ะวาดทุกตัวจึงมีคนนั่งครบค่ะ\n\nขอให้โชคดี\n{sig}"),
   (OFF, "ยินดีต้อนรับช่างวาดร่มคนใหม่", "คุณ{n} ที่นับถือ\n\n{co}ขอต้อนรับคุณเป็นช่างวาดร่มคนใหม่ เริ่มงาน {dl} ค่ะ แต่ห้องพักหลังร้านตอนนี้มีคนอยู่เต็ม ต้องรบกวนหาห้องเช่าในอำเภอสันกำแพงเองนะคะ\n\n{sig}"))
lp("tiles", "tr", "İznik Çini Atölyesi Karanfil", "iznikcinikaranfil", "tr",
   ("Mektubunuz hakkında", "Sayın {full},\n\n{co} için yazdığınız mektup ve gönderdiğiniz desen çizimleri için çok teşekkürler. Desen ustası yardımcılığına, yıllardır sırlı çini boyayan bir kalfayı aldık; kadro şu an dolu.\n\nİyi dileklerimizle,\n{sig}"),
   (INT, "Tanışma daveti", "Sayın {full},\n\nTanışmak için {dl} günü saat onda atölyeye bekliyoruz. Maalesef otoparkımız tamirde, minibüsle gelmeniz daha kolay olur.\n\nİyi dileklerimizle,\n{sig}"))
lp("ajrak", "ur", "ہالا اجرک گھر", "halaajrak", "pk",
   ("آپ کے خط کے بارے میں", "محترمہ {full} صاحبہ،\n\nآپ کا خط {co} تک پہنچا، بہت مہربانی۔ اس مرتبہ ٹھپے والے کام پر ہالا کے استاد غلام رسول کا بھتیجا لگ گیا ہے جو بچپن سے نیل اور مجیٹھ کے رنگوں میں اجرک چھاپتا آیا ہے، سو ابھی کارخانے میں گنجائش ختم ہو چکی۔\n\nدعاگو،\n{sig}"),
   (NXT, "اگلا مرحلہ", "محترمہ {full} صاحبہ،\n\nاگلے مرحلے کی خاطر {dl} تک شناختی دستاویز کی نقل اور اپنے ہاتھ سے چھاپے ہوئے دو کپڑے ڈاک سے بھجوائیے۔ معذرت، موبائل کی تصویریں ہمارے ہاں نہیں چلتیں۔\n\n{sig}"))
lp("porcelain", "zh", "景德镇瓷语工作室", "jdzciyu", "cn",
   ("应聘结果通知", "{full}您好：\n\n感谢您应聘{co}的青花绘瓷学徒岗位。经过认真评估，我们最终选择了一位已有多年釉下彩经验的应聘者，因此这次无法与您合作。\n\n祝您一切顺利！\n{sig}"),
   (OFF, "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您为青花绘瓷学徒，入职日期为{dl}。遗憾的是员工宿舍已满，需要您自行安排住宿。\n\n{sig}"))
lp("sauna", "est", "Hiiumaa Palksaunad OÜ", "hiiumaapalksaunad", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nTäname, et kandideerisite {co} saunameistri abi kohale. Otsustasime seekord valida kandidaadi, kellel on juba mitu aastat palkehituse kogemust. Soovime teile edu edaspidiseks!\n\nLugupidamisega\n{sig}"),
   (A, "Avaldus kätte saadud", "Tere, {n}!\n\nSaime teie avalduse kätte. Vaatame kõik avaldused läbi kuu lõpuks ja anname vastuse igal juhul, olgu see jaatav või eitav.\n\nLugupidamisega\n{sig}"))
lp("embroidery", "est", "Vormsi Lilltikand", "vormsililltikand", "ee",
   ("Tikkija koht", "Tere, {n}!\n\nAitäh kirja eest meie tikanditöökojale. Tikkija koha sai seekord Liiva küla meister, kes on meiega varem koos töötanud, nii et vaba kohta praegu pole.\n\nParimat,\n{sig}\n{co}"),
   (INT, "Kutse vestlusele", "Tere, {n}!\n\nOotame teid vestlusele {dl} kell 11. Kahjuks on praamiliiklus sel päeval hõredam, palun broneerige pilet varakult.\n\n{sig}"))
lp("bobbinlace", "slv", "Čipkarna Zala", "cipkarnazala", "si",
   ("Odgovor na vaše pismo", "Pozdravljeni, {n}!\n\nHvala za pismo in vzorec čipke, ki ste ga poslali v {co}. Mesto v klekljarski delavnici smo dali klekljarici iz Spodnje Idrije z dolgoletnimi izkušnjami, zato za vas zdaj ni prostora.\n\nLep pozdrav,\n{sig}"),
   (A, "Prijava prejeta", "Pozdravljeni, {n}!\n\nVašo prijavo smo prejeli. Izbor bo končan do konca meseca, odgovor pa boste prejeli v vsakem primeru, ne glede na izid.\n\nLep pozdrav,\n{sig}"))
lp("beehive", "slv", "Končnice Pavlič", "koncnicepavlic", "si",
   ("Delo v slikarski delavnici", "Spoštovani, {n}!\n\nHvala za zanimanje in poslane slike panjskih končnic. Žal vam tokrat ne moremo ponuditi dela, saj smo mesto zapolnili s slikarjem iz domačega kraja.\n\nS spoštovanjem,\n{sig}\n{co}"),
   (NXT, "Potrebni dokumenti", "Spoštovani, {n}!\n\nProsimo, da nam do {dl} pošljete življenjepis in fotografije treh svojih del. Žal originalov ne moremo vrniti.\n\n{sig}"))
lp("kilim", "srp", "Ćilimara Visočka", "cilimaravisocka", "rs",
   ("Odgovor na vaše pismo", "Poštovani/a {n},\n\nHvala na pismu i fotografijama vaših tkanja za radionicu „{co}“. Mesto smo ipak dali tkalji iz Temske koja već godinama radi pirotski ćilim, tako da za sada nemamo slobodno mesto.\n\nSrdačan pozdrav,\n{sig}"),
   (INT, "Poziv na razgovor", "Poštovani/a {n},\n\nPozivamo vas na razgovor {dl} u 10 časova. Nažalost, ulaz sa ulice je u renoviranju, pa uđite kroz dvorište.\n\nSrdačan pozdrav,\n{sig}"))
lp("pottery", "srp", "Grnčarija Potpeć Lončar", "grncarijapotpec", "rs",
   ("Posao u grnčarskoj radionici", "Zdravo {n},\n\nHvala na javljanju za pomoćnika u grnčariji. Ove godine ne primamo nikoga novog, porudžbina lonaca je manja nego lane. Sve najbolje.\n\n{sig}\n{co}"))
lp("lovespoons", "cym", "Llwyau Cariad Glan Conwy", "llwyauglanconwy", "uk",
   ("Y fainc gerfio", "Annwyl {n},\n\nDiolch o galon am y llythyr a'r llwy fach dderw a anfonoch at {co}. Mae'r fainc gerfio bellach wedi mynd i saer o Lanrwst sy'n cerfio llwyau caru ers deugain mlynedd, felly mae'r gweithdy'n llawn.\n\nGyda dymuniadau da,\n{sig}"),
   (INT, "Sgwrs yn y gweithdy", "Annwyl {n},\n\nA fyddai {dl}, deg y bore, yn gyfleus i chi alw heibio am baned a sgwrs? Yn anffodus mae'r lôn gefn wedi'i chau; mae lle i barcio ger Capel Horeb.\n\nCofion,\n{sig}"))
lp("woollenmill", "cym", "Melin Wlân Cwm Cych", "melincwmcych", "uk",
   ("Swydd yn y felin wlân", "Shwmae {n},\n\nDiolch yn fawr am eich diddordeb yn y felin. Yn anffodus, nid ydym yn gallu cynnig lle i chi, gan fod y swydd wedi'i llenwi gan un o'n gwehyddion lleol.\n\nPob hwyl,\n{sig}\n{co}"),
   (NXT, "Dogfennau sydd eu hangen", "Shwmae {n},\n\nAnfonwch eich CV a dau eirda atom erbyn {dl}, os gwelwch yn dda. Yn anffodus ni allwn dderbyn dogfennau ar bapur.\n\n{sig}"))
lp("lokta", "nep", "भक्तपुर लोक्ता कागज उद्योग", "bhaktapurlokta", "np",
   ("तपाईंको चिठीबारे", "{n} जी, नमस्कार।\n\nभक्तपुर, सूर्यविनायक छेउको हाम्रो लोक्ता कागज-घरमा कागज कुट्ने सहायकको लागि पठाइएको चिठी आइपुग्यो। यसपालि थिमीका बूढा कालिगढ रत्नबहादुरकै नातिलाई राख्ने निधो भयो, अनि अहिले कागज-घरमा ठाउँ बाँकी छैन।\n\nसाभार,\n{sig}"),
   (A, "चिठी आइपुग्यो", "{n} जी, नमस्कार।\n\nहजुरको चिठी कारखानामा आइपुगेको छ। दसैंपछि साहुजीले छान्नुहुनेछ; राख्ने होस् वा नराख्ने, खबर पक्कै पठाउँछौं।\n\n{sig}"))
lp("suzani", "uzb", "Buxoro So'zana", "buxorosozana", "uz",
   ("Xatingiz bo'yicha javob", "Assalomu alaykum, {n}!\n\n{co} ustaxonasiga yozgan xatingiz uchun katta rahmat. Kashtachi o'rniga G'ijduvonlik, ko'p yillardan beri so'zana tikib kelayotgan ustani oldik, shuning uchun hozircha bo'sh joy qolmadi.\n\nEhtirom bilan,\n{sig}"),
   (A, "Arizangiz qabul qilindi", "Assalomu alaykum, {n}!\n\nArizangiz qabul qilindi. Oy oxirigacha barcha nomzodlarga javob beramiz – natija qanday bo'lishidan qat'i nazar.\n\nHurmat bilan,\n{sig}"))


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}", "pt": "{dd}/{mm}/{y}",
    "es": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "hi": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}",
    "est": "{dd}.{mm}.{y}", "slv": "{d}. {m}. {y}", "srp": "{d}. {m}. {y}.", "cym": "{d}/{m}/{y}", "nep": "{y}-{mm}-{dd}", "uzb": "{dd}.{mm}.{y}",
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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%A}, {q.day} {q:%b %Y} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 126; slice 127, this slice and any later one are skipped by number."""
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
