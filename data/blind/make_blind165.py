# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-fifth sealed blind slice for issue 11 (blind-slice-165.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 165; slice 165, slice 166 and later never read; our side printed)
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

SEED = 1651651
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-165.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 165
SKIP_FROM = 165  # this slice, slice 166 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Thorfinn Rendall", "Nakiyingi Esther", "Karthikeyan Subramaniam", "Shaniqua Joseph-Edwards", "Tłı̨chǫ Mackenzie",
    "Vojtěch Kratochvíl", "Maricel Dumlao", "Ingirid Flett", "Mukasa Ronald", "Vaishnavi Ramalingam",
    "Kadeem Southwell", "Colby Lafferty", "Barbora Hrubá", "Jomar Sabado", "Hazel Linklater",
    "Achan Grace", "Dhanush Ilango", "Tamika Francis", "Sahtu Beaulieu", "Ondřej Vacek",
    "Rhea Mae Cabanlig", "Magnus Sclater", "Wanyana Brenda", "Pavithraa Anbalagan", "Jermaine Roberts",
    "Keenan Tsetso", "Kristýna Malá", "Arnel Macapagal", "Elspeth Drever", "Odongo Patrick",
    "Yuvan Sankar", "Latoya Henry", "Dene Kotchea", "Lenka Šťastná", "Giselle Bautista-Ramos",
]
REGION_SIGNERS = {
    "uk": ["Harriet Pennock", "Crispin Aldous", "Yvonne Sturridge"],
    "ork": ["Ragna Muir", "Erlend Scott", "Sigrid Tait"],
    "ie": ["Aoibheann Cuddihy", "Fiachra Lenihan", "Orla McGettigan"],
    "us": ["Delphine Haskins", "Tremaine Buckley", "Wilhelmina Okafor"],
    "nt": ["Shelby Zoe", "Norma Catholique", "Garrett Kakfwi"],
    "ag": ["Kenisha Samuel", "Desmond Looby", "Antonia Jarvis"],
    "ug": ["Namutebi Josephine", "Okot Denis", "Tumusiime Allan"],
    "chn": ["Lakshmi Narayanan", "Senthil Kumaran", "Janani Venkatraman"],
    "cz": ["Markéta Doležalová", "Radim Kučera", "Hana Bartošová"],
    "ph": ["Ma. Luisa Villareal", "Rodel Pangilinan", "Jocelyn Magbanua"],
    "au": ["Kirra Donoghue", "Stavros Kefalas", "Meredith Coote"],
    "nz": ["Aroha Parata", "Fergus Maclean", "Ana Fonoti"],
    "za": ["Lerato Molefe", "Johan Steenkamp", "Thandeka Zungu"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي"], "de": ["Henrike Wollschläger"], "es": ["Inmaculada Cuesta"], "fr": ["Gwenaëlle Le Bihan"],
    "hi": ["सुधा पांडेय"], "it": ["Ornella Casadei"], "ja": ["松本 由紀"], "ko": ["한서윤"], "pt": ["Graça Pimentel"],
    "ru": ["Светлана Губанова"], "sw": ["Neema Lyimo"], "th": ["สุนันทา ทองดี"], "tr": ["Gülşen Aydın"],
    "ur": ["شازیہ ملک"], "zh": ["赵晓梅"], "hrv": ["Vesna Tomić"], "ron": ["Ioana Dumitrescu"], "bul": ["Росица Ганева"],
    "ukr": ["Оксана Бондаренко"], "hun": ["Kovács Eszter"], "nld": ["Marieke de Vries"], "pol": ["Agnieszka Wróbel"],
    "ces": ["Dagmar Kopecká"], "msa": ["Nurul Aisyah binti Hamzah"], "amh": ["ሰላማዊት ተስፋዬ"],
}
LANG_RECIPIENTS = {
    "ar": ["يارا السعدي", "مازن قاسم"], "de": ["Friederike Hahn", "Jannik Probst"], "es": ["Lucía Benavente", "Hugo Arrieta"],
    "fr": ["Maëlys Caradec", "Bastien Roussel"], "hi": ["अनन्या सक्सेना", "हर्षवर्धन डोगरा"], "it": ["Federica Zanetti", "Davide Rinaldi"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["이수민", "최도윤"], "pt": ["Inês Quaresma", "Tiago Nogueira"],
    "ru": ["Ольга Ершова", "Игорь Мельников"], "sw": ["Halima Kombo", "Juma Mrisho"], "th": ["กัลยารัตน์ มีสุข", "ธนากร วงศ์ใหญ่"],
    "tr": ["Elif Çetin", "Burak Aksoy"], "ur": ["حمنہ شیخ", "عثمان رانا"], "zh": ["孙雨桐", "黄俊杰"],
    "hrv": ["Petra Kovačić", "Luka Babić"], "ron": ["Andreea Stan", "Mihai Popescu"], "bul": ["Десислава Петрова", "Калоян Илиев"],
    "ukr": ["Ярина Коваль", "Богдан Шевчук"], "hun": ["Szabó Réka", "Tóth Bence"], "nld": ["Femke Jansen", "Sander Bakker"],
    "pol": ["Zofia Nowicka", "Kacper Zieliński"], "ces": ["Tereza Němcová", "Jakub Svoboda"],
    "msa": ["Siti Hajar", "Amirul Hakim"], "amh": ["ሄለን ታደሰ", "ዳዊት መኮንን"],
}
GIVEN = {
    "Nakiyingi Esther": "Esther", "Mukasa Ronald": "Ronald", "Achan Grace": "Grace", "Wanyana Brenda": "Brenda",
    "Odongo Patrick": "Patrick", "Rhea Mae Cabanlig": "Rhea Mae", "Namutebi Josephine": "Josephine", "Okot Denis": "Denis",
    "Tumusiime Allan": "Allan", "Ma. Luisa Villareal": "Luisa", "Tłı̨chǫ Mackenzie": "Tłı̨chǫ",
}
PROVIDERS = ["tammiepost", "skerrymail", "brinebox", "heathermail", "cairnpost", "tidemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ork": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "nt": ("-0700", "-0600", "us"), "cae": ("-0500", "-0400", "us"),
    "ag": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "et": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "chn": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "nt", "cae")
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
QNOTE = "\n{sf}, ta for Thursday — the stores tour was braw. Telehandler ticket good till October; Mr Kasozi (referee) answers after half five.\n{n}"
FOOT = "\n\n+++ {CO} · SKAILL CAREERS CROFT +++\nNew openings go up in the Croft each Thursday; a Croft Flag pings you when one suits. 'Haaf Notes', our monthly staff letter, carries site and crew news. Text FLAGSTILL to stop careers mail. This mailbox is unattended. Applicant records are purged after twenty-four months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref}) status changed", "Hello {n},\n\nYour Candidate Home record for {role} (R-{ref}) at {co} now shows: Decision – Another Candidate Selected. The hiring team weighed every file against the brief and picked the person whose experience lined up closest.\n\nYou may keep browsing and applying from Candidate Home.\n\n{co} Talent Systems", ("Hamnavoe Tidal Engineering", "Kasenge Bloom Exporters"), ("hamnavoetidal", "kasengebloom"), role=("Subsea Cable Technician", "Cold Store Supervisor"), tz=("ork", "ug"))
mr("gh", "{role} at {co} – an update after your panel", "Hi {n},\n\nThe panel enjoyed meeting you for the {role} opening, and you deserve a plain answer: your application ends here. We picked someone who has run a plant like ours for longer.\n\nWe wish you every luck with the search,\n{sig}\nPeople Team, {co}", ("Ambattur Axle Design Centre", "Královo Pole Tramworks"), ("ambatturaxle", "kpoletram"), role=("CAE Analyst", "Bogie Assembly Lead"), tz=("chn", "cz"))
mr("lv", "{co}: {role}", "Hey {n},\n\nQuick note from {co}. We've filled {role} and your application will close today. We liked a good deal of what you sent, so with your OK your profile goes onto our Talent Shelf for ten months and reach out if a near match opens. Reply SHELFOFF and we'll delete it instead.\n\nCheers,\n{sig}", ("Heritage Quay Duty-Free", "Great Slave Diamond Sorting"), ("heritagequaydf", "gsdiamondsort"), role=("Floor Associate", "Rough Sorter Trainee"), tz=("ag", "nt"))
mr("sr", "Application {ref} – status", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Status</th><td>Closed – another applicant appointed</td></tr></table><p>Thanks for choosing {co}. New vacancies post weekly.</p><p>{co} Recruiting</p></body></html>", ("Tagum Durian Processing", "Plzeň Roller Bearings"), ("tagumdurian", "plzenbearings"), role=("QA Inspector", "CNC Grinder Operator"), tz=("ph", "cz"))
mr("ic", "{role} – screening outcome", "Dear {n},\n\nAt {co} each application for {role} first meets a list of must-haves. Yours lacked {x}, so it could not move to interview and has been closed. Should you gain it later, apply again and we will look afresh.\n\nRegards,\nTalent Acquisition, {co}", ("Mulago Road Pharmacy Services", "Perungudi Cardiac Hospital"), ("mulagopharm", "perungudicardiac"), role=("Pharmacy Technician", "Cath Lab Nurse"), x=("a current Allied Health Professionals Council licence", "the BLS and ACLS cards"), tz=("ug", "chn"))
mr("tl", "Requisition {ref}: {role}", "Dear {n},\n\nRequisition {ref} ({role}) with {co} has been filled. As a result, your candidate record for this requisition is now marked Inactive. The profile stays stored for future requisitions.\n\nThis message is automatic; replies are not read.\n{co} HR Services", ("Hay River Barge Lines", "Owen Falls Hydro Contractors"), ("hayriverbarge", "owenfallshydro"), role=("Deckhand – Summer Season", "Turbine Hall Electrician"), tz=("nt", "ug"))
mr("wk", "{role} – after your trial shift", "Hi {n},\n\nThanks a heap for the trial shift at {co}. Another applicant got {role}; yours closes. The team said you were quick and cheerful, and that matters here.\n\nAll the best,\n{sig}", ("Pierhead Bunkhouse Café", "Nelson's Dockyard Sailing School"), ("pierheadbunk", "dockyardsail"), role=("Breakfast Cook", "Dinghy Instructor"), tz=("ork", "ag"))
mr("bh", "Your {role} application", "Hello {n},\n\nA quick close-off from {co}: the {role} role went to a colleague who has been covering it for the last few months, and external applications, yours included, close today. Thanks for your trouble.\n\n{sig}, HR", ("Tiruppur Knit Finishers", "Ostravská Kódovna s.r.o."), ("tiruppurknit", "ostravakod"), role=("Dyeing Supervisor", "Backend Developer"), tz=("chn", "cz"))
mr("tt", "{co}: your application for {role}", "Dear {n},\n\nWe are thanking for application to {role} in {co}. After careful study of all candidates we must inform that we continue with other person whose profile better fits to our requirements. We will be glad if you follow our career page also in future.\n\nWith regards,\n{sig}\n{co}", ("Jablonecké Korálky a.s.", "Hanácké Obaly s.r.o."), ("jabloneckorali", "hanackeobaly"), role=("Bead Line Technologist", "Blister Packaging Operator"), tz="cz")
mr("pp", "{role} – scoring result", "Hi {n},\n\nThank you for doing the {role} assessment with {co}. Your score was {x}; the interview line this round was {y}, so the application ends there. We share scores so the gap is clear.\n\nKind regards,\n{sig}", ("Mindanao Gateway Freight", "Iloilo Drydock Corporation"), ("mgfreight", "iloilodrydock"), role=("Logistics Analyst", "Pipefitter"), x=("23 of 40", "57%"), y=("29", "66%"), tz="ph")
mr("jz", "RE: {role} application", "Dear {n},\n\nGreetings from {co}. We received very many applications for the {role} job and after shortlisting, yours is outside the list going forward. Your effort is appreciated; keep on applying. Be blessed.\n\n{sig}\nHuman Resource Office", ("Rwizi Highland Coffee Roasters", "Acholi Shea Processors"), ("rwizicoffee", "acholishea"), role=("Roastery Assistant", "Stores Clerk"), tz="ug")
mr("ab", "{co} × {n}", "Hi {n},\n\nWe noticed how many hours you gave us, founders' call included. We decided to hire someone else for {role}, mostly on depth in payments infrastructure. Happy to share more if it helps, just reply.\n\n{sig}, {co}", ("Paisa Thread Labs", "Trasa Travel Technologies"), ("paisathread", "trasatravel"), role=("Platform Engineer", "Product Designer"), tz=("chn", "cz"))
mr("sz", "{co} – {role} crew", "Hi {n},\n\nThe {role} crew for this season is already full. Last year's crew took most berths back and the rest vanished fast. Next season's call-out goes up in spring.\n\n{sig}\n{co}", ("Ness of Brodgar Dig Support", "Great Slave Lake Fishing Lodge"), ("brodgardig", "gsllodge"), role=("Site Assistant", "Dock Hand"), tz=("ork", "nt"))
mr("o1", "Bus driver post", "Hi {n},\n\nThanks fir pittin in fir the bus driver post. Hid's been offered tae a driver fae Burray wha kens the isles roads, so we'll no be takin thee further this time. Watch wir board, there's aye summer work.\n\n{sig}\n{co}", "Peedie Isles Buses", "peedieisles", tz="ork")
mr("o2", "Courier rider application", "Dear {n},\n\nGreetings. Be informed that {co} courier rider posts are now filled and your name missed the final list. We appreciate the interest and wish you well in searching.\n\nFor God and my country,\n{sig}", "Nakawa Swift Couriers", "nakawaswift", tz="ug")
mr("o3", "Your candidature – Service Engineer", "Dear {n},\n\nGreetings from {co}! We regret that your candidature for Service Engineer is not taken forward at this stage itself. Kindly do not feel disheartened, there will be more openings in our Hosur unit shortly. Kindly apply again.\n\nRegards,\n{sig}, HR", "Guindy Pumpsets Ltd", "guindypumps", tz="chn")
mr("o4", "Marina hand job", "Hi {n},\n\nThanks for coming by the marina office. The marina hand job gone to a Bolans youth that know boats from small. We cyaan tek you this time, but hold strain, things pick up when the yachts come in.\n\n{sig}\n{co}", "Jolly Harbour Moorings", "jollymoorings", tz="ag")
mr("o5", "Ramp agent competition", "Hi {n},\n\nThanks for your ramp agent application with {co} up in Inuvik. We've hired for the winter rotation and won't be moving your file ahead. Roads and flights being what they are, we lean on folks already in the Delta.\n\nTake care,\n{sig}", "Beaufort Delta Air Services", "bdeltaair", tz="nt")
mr("o6", "Position: Gingerbread Decorator", "Dear {n},\n\nwe are thanking you for interest about position Gingerbread Decorator in {co}. We must inform you that for this position we selected other candidate with longer practice in icing work. We wish you lot of success.\n\nWith greeting,\n{sig}", "Pardubický Perník s.r.o.", "pardubickypernik", tz="cz")
mr("o7", "Parol Maker application", "Good day {n}!\n\nThank you for applying as Parol Maker at {co}. Sad to say the position is already filled for this season. Please don't lose hope po, we hire again every August for the Christmas rush. God bless!\n\n{sig}\nHR Dept.", "San Fernando Lantern Works", "sflantern", tz="ph")
mr("o8", "Knitting machine mechanic – {co}", "Dear {n},\n\nYour application for the knitting machine mechanic post at {co} was considered. The appointment went to someone with longer circular-machine experience; we shan't be taking yours further.\n\nYours sincerely,\n{sig}", "Wigston Hosiery Ltd", "wigstonhosiery", tz="uk")
mr("o9", "Trainee pilot boat crew", "Hi {n},\n\nThanks a million for going for the trainee crew post on the pilot boats. I'm afraid you've missed out; strong field, and the nod went to someone holding a current STCW set.\n\nBest of luck,\n{sig}, {co}", "Cobh Harbour Pilotage", "cobhpilotage", tz="ie")
mr("o10", "Elevator Operator application", "Hi {n},\n\nWe appreciate you applying for Elevator Operator at {co}. That job is filled and we've stopped taking applications. Your information will stay on file for ninety days.\n\nRespectfully,\n{sig}", "Twin Ports Grain Terminal", "twinportsgrain", tz="usc")
mr("o11", "Shiploader Operator", "G'day {n},\n\nCheers for giving the shiploader operator job a go. Recruiting's wrapped and a bloke with more berth hours got it. Yours is done.\n\nCheers,\n{sig}\n{co}", "Carrington Coal Loader", "carringtonloader", tz="au")
mr("o12", "Turf harvesting hand", "Kia ora {n},\n\nThanks for your application for turf harvesting hand at {co}. We have taken on someone local who's harvested roll-out turf before, so that's us done for this round. All the best.\n\n{sig}", "Waikato Roll-Out Turf", "waikatoturf", tz="nz")
mr("o13", "Sewing machinist vacancy", "Dear {n},\n\nYour application for the sewing machinist vacancy at our Gqeberha plant was read. Unfortunately it missed the shortlist; automotive trim experience came first. Go well.\n\nKind regards,\n{sig}, {co}", "Algoa Seat Covers (Pty) Ltd", "algoaseat", tz="za")
mr("o14", "Harbour tug deckhand", "Hi {n},\n\nThanks for applying tae the deckhand post on wir tugs. We've teen on two lads that hae their sea survival ticket already, so thee application's closed for now. Hid wis a close thing, mind.\n\n{sig}\n{co}", "Scapa Flow Towage", "scapatowage", tz="ork")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nIt wis grand meeting thee at the pier on Thursday, and the crew enjoyed showing thee round. The {role} post has gone tae a Westray lad wha's skippered wi us two summers already.\n\nAll the best tae thee,\n{sig}\n\n{OUT}", ("Hoy Sound Ferries", "Kirkwall Bay Boatyard"), ("hoysoundferry", "kwbayboatyard"), role=("Relief Mate", "Boatyard Fitter"), tz="ork")
mr("th2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nThank you once again for coming in on Tuesday; the panel appreciated how well you prepared. After deliberation, management picked another candidate for {role}; she resumes duty at month start.\n\nBlessings,\n{sig}\n\n{ORIG}", ("Kabalagala Microfinance", "Entebbe Aviation Catering"), ("kabalagalamf", "ebbcatering"), role=("Loans Officer", "Menu Planner"), tz="ug")
mr("th3", "RE: [EXT] Re: {role} – final round", "Hi {n},\n\nThank you for the lovely chat with Mr Raghavan and me last week; your answers on vendor audits were very clear. The management has finalised one internal candidate for {role}, who takes charge from Monday.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Adyar Logistics Park", "Velachery Textiles Export"), ("adyarlogi", "velacherytex"), role=("Warehouse Manager", "Merchandiser"), tz="chn")
mr("th4", "RE: [EXT] Re: {role}", "Hey {n},\n\nWas real nice having you at the office, and the boss say you have a good head for figures. She pick a lady from Liberta for the {role} spot, who been doing books for the hotels on that side.\n\nTake care now,\n{sig}\n\n{GM}", ("Dickenson Bay Property Managers", "Falmouth Harbour Chandlery"), ("dbaypm", "fhchandlery"), role=("Bookkeeper", "Counter Clerk"), tz="ag")
mr("th5", "RE: [EXT] Re: {role} – thanks for coming up", "Hi {n},\n\nThanks for flying up; the Ndilo road was icy that morning. The crew voted for a fellow out of Behchokǫ̀ for {role}, who already knows the camp and starts once the lake freezes.\n\nAll the best,\n{sig}\n\n{OUT}", ("Ingraham Trail Outfitters", "Frame Lake Camp Services"), ("ingrahamtrail", "framelakecamp"), role=("Camp Cook", "Heavy Equipment Mechanic"), tz="nt")
mr("th6", "RE: [EXT] Re: {role} – panel", "Dear {n},\n\nthanks again for visit and nice presentation, discussion with you was pleasure. On {role} we chose candidate who already works in our Brno plant and knows our processes.\n\nWith kind greeting,\n{sig}\n\n{ORIG}", ("Moravské Strojírny a.s.", "Vysočina Foods s.r.o."), ("moravskestroj", "vysocinafoods"), role=("Process Engineer", "Quality Lead"), tz="cz")
mr("th7", "RE: [EXT] Re: {role} final interview", "Hi {n}!\n\nThank you po for last Friday, our supervisors enjoyed the talk. For the {role} slot, management went with the applicant from our Cebu branch, who will be transferring this month.\n\nGod bless you always,\n{sig}\n\n{RULE}", ("Mactan Cargo Forwarders", "Bacolod Sugarland Resort"), ("mactancargo", "bacolodresort"), role=("Operations Supervisor", "Front Office Lead"), tz="ph")
mr("th8", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nRound two was a pleasure, and your sample plan was lovely. The {role} job went to a Leeds woman who'd run a near-identical programme, and she's said yes.\n\nWarm wishes,\n{sig}\n\n{GM}", ("Hebden Community Energy", "Tyne Rowing Trust"), ("hebdenenergy", "tynerowing"), role=("Outreach Coordinator", "Programme Manager"), tz="uk")
# ---- 8 clear refusals under long footers
mr("ft1", "{role} – application update", "Dear {n},\n\nMany thanks for your {role} application. Other applicants go forward to interview; yours has now closed.\n\n{co} Recruitment{FOOT}", ("Stenness Tidal Test Site", "Kampala Lakeside Water Bottlers"), ("stennesstidal", "klakesidebottlers"), role=("Data Technician", "Filling Line Operator"), tz=("ork", "ug"))
mr("ft2", "Outcome: {role}", "Hi {n},\n\nYour {role} application ends at this stage. We went with candidates who matched the brief more closely. Thanks for your time.\n\n{co} Careers{FOOT}", ("Sriperumbudur Handset Assembly", "Antigua Sun Car Rentals"), ("sriphandset", "antiguasunrentals"), role=("Line Leader", "Rental Counter Agent"), tz=("chn", "ag"))
mr("ft3", "{co} – {role}", "Hello {n},\n\nSorry — {role} goes to another applicant, which closes your file. Thanks for thinking of {co}.\n\nTalent Team{FOOT}", ("Yellowknife Gold Heritage Mine Tours", "Liberecké Textilky a.s."), ("ykgoldtours", "liberectextil"), role=("Tour Guide", "Loom Technician"), tz=("nt", "cz"))
mr("ft4", "Decision on your application", "Dear {n},\n\nThanks for your {role} application. This round, interviews will go to other applicants, and yours closes.\n\nRecruitment Team, {co}{FOOT}", ("Batangas Port Terminals", "Kirkwall Care Homes"), ("batangasport", "kwcarehomes"), role=("Crane Signaller", "Care Assistant"), tz=("ph", "ork"))
# ---- 9 hedged refusals
mr("hd1", "{role} – update", "Hi {n},\n\nAppreciate you waiting while we sifted the {role} pile. Other applicants sat nearer {co}'s present needs, and they go forward.\n\nKind regards,\n{sig}", ("Wakiso Solar Installers", "Mylapore Heritage Hotels"), ("wakisosolar", "mylaporehotels"), role=("Installer", "Banquet Captain"), tz=("ug", "chn"))
mr("hd2", "About {role}", "Hello {n},\n\nShort note: {co} went another way on the {role} hire. Tight field this time. All the luck for the road ahead.\n\n{sig}", ("Half Moon Bay Kayak Tours", "Yellowknife Float Base"), ("halfmoonkayak", "ykfloatbase"), role=("Guide", "Dock Coordinator"), tz=("ag", "nt"))
mr("hd3", "{role} application", "Dear {n},\n\nthank you for your application. Other candidates profiles were more matching with our present needs for {role}, and we continue with them. Thank you for time spent.\n\n{sig}, {co}", ("Zlínská Obuv s.r.o.", "Pasig Riverside Condotel"), ("zlinobuv", "pasigcondotel"), role=("Shoe Last Technician", "Night Auditor"), tz=("cz", "ph"))
mr("hd4", "{role}", "Hi {n},\n\nThanks for applying. Some of the other people in the pool had experience that sits nearer to the {role} work this year, so we'll be pressing on with them.\n\nBest,\n{sig}, {co}", ("Orkney Seaweed Harvest", "Bristol Harbourside Markets"), ("orkseaweed", "bristolharbmkt"), role=("Harvest Assistant", "Market Steward"), tz=("ork", "uk"))
mr("hd5", "Regarding {role}", "Hi {n},\n\nHaving looked at the team's shape for {role}, we're steering the hire a different way for now. Thanks for applying.\n\n{sig}\n{co}", "Mount Maunganui Boat Storage", "mtmboatstore", tz="nz", role="Yard Hand")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood chatting on Wednesday. The client on the {role} search has picked another finalist; that search is over for you. They do have a Night Shift Controller opening at their Stromness base that I think suits you even better. Keen? Tell me by Friday, then your CV goes over.\n\n{sig}, Skerry Search", "Skerry Search", "skerrysearch", role="Port Operations Lead", tz="ork")
mr("rc2", "Feedback – {role}", "Dear {n},\n\nThanks for the phone interview. Client has picked another candidate on {role}. But there is also Branch Accountant post in Mbale and I want to present you there, with your consent. Kindly confirm.\n\nRegards,\n{sig}, Pearl Talent Partners", "Pearl Talent Partners", "pearltalent", role="Finance Manager", tz="ug")
mr("rc3", "Update on {role} – and one more opening", "Hi {n},\n\nAs spoken on phone, client closed {role} with a different profile. But there is one Senior QA opening in their Siruseri campus, same band. Kindly share updated CV by tomorrow EOD so I can push it.\n\nThanks & regards,\n{sig}, Marina Bay HR Consultants", "Marina Bay HR Consultants", "marinabayhr", role="QA Lead", tz="chn")
mr("rc4", "{role} – next idea", "Hi {n},\n\nLike we say on the phone, the resort pick somebody else for {role}. But they need a Spa Receptionist at the Long Bay property too, and I feel you go shine there. Gimme the word and your CV go across today.\n\n{sig}, Wadadli Staffing", "Wadadli Staffing", "wadadlistaff", role="Reservations Agent", tz="ag")
mr("rc5", "{role} – and a different opening", "Hi {n},\n\nThanks for the call. The mine picked another person for {role}, sorry to bring that news. They've also got a Warehouse Lead opening at the Diavik rotation, two weeks in, two out. Want me to submit you?\n\n{sig}, North Arm Recruiting", "North Arm Recruiting", "northarmrec", role="Site Administrator", tz="nt")
mr("rc6", "{role} – result and offer of other position", "Dear {n},\n\nthank you for phone call yesterday. Client decided for other candidate on {role}. But they search also Maintenance Planner in Mladá Boleslav and I think it is good fit for you. May I forward CV there?\n\nBest regards,\n{sig}, Vltava Personal s.r.o.", "Vltava Personal s.r.o.", "vltavapersonal", role="Maintenance Engineer", tz="cz")
mr("rc7", "{role} update + another role", "Hi {n},\n\nSalamat for the call earlier. For {role}, the client chose a different candidate. Good news though, they also have a Team Leader opening in their Clark site. Interested po? Just reply and I'll endorse you.\n\n{sig}, Kalayaan Manpower", "Kalayaan Manpower", "kalayaanmp", role="Training Specialist", tz="ph")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nResult for {role} (announcement {ref}): eligible – yes; qualified – yes; referred to the selecting official – no. The certificate was filled from higher-ranked applicants. Nothing is required from you.\n\n{co}", ("Bureau of Land Management – Northern Region HR", "Government of the Northwest Territories – Human Resources"), ("blmnorthhr", "gnwthr"), role=("Range Technician", "Wildlife Officer"), tz=("usc", "nt"))
mr("ps2", "Application for {role}: ineligible", "Dear {n},\n\nThe Commission checked your {role} papers. Status: ineligible, {x} being absent at closing. Ineligible files proceed no further.\n\n{co}", ("Uganda Public Service Commission", "Antigua and Barbuda Public Service Commission"), ("ugpsc", "abpsc"), role=("Assistant Records Officer", "Customs Clerk"), x=("the certified UACE result slip", "your police certificate of character"), tz=("ug", "ag"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref}, {role}, is withdrawn after a service review. Nobody gets appointed now, and every applicant's file is shut. With thanks, {co}.\n\nHR Services", ("Orkney Islands Council", "Tamil Nadu Maritime Board"), ("orkneycouncil", "tnmaritime"), role=("Harbour Assistant", "Port Conservator Assistant"), tz=("ork", "chn"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nYour score in the written examination for {role} was {x}. The qualifying mark was {y}; candidates below it are not called to the interview stage.\n\n{co}", ("Civil Service Commission – Region VII", "Úřad městské části Praha 6"), ("csc7", "praha6urad"), role=("Administrative Aide", "Building Permit Officer"), x=("74.20", "61 points"), y=("80.00", "70 points"), tz=("ph", "cz"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\n{co} status board, {role}: Closed out. This application has dropped out of consideration.\n\nSent automatically.", ("Nile Basin Agritech", "Chetpet Software Park"), ("nilebasinag", "chetpetsoft"), role=("Field Officer", "Test Engineer"), tz=("ug", "chn"))
mr("st2", "Your application – new status", "<html><body><p>Hi {n},</p><p>The status of your <b>{role}</b> application has changed.</p><p>Current status: <b>Not moving forward</b></p><p>— {co}</p></body></html>", ("Redcliffe Bay Marine", "Deh Cho Bridge Maintenance"), ("redcliffemarine", "dehchobridge"), role=("Marine Mechanic", "Bridge Inspector"), tz=("ag", "nt"))
mr("st3", "{role}: application status", "<html><body><p>Dear {n},</p><p>Application: {role} ({ref})<br>Status: <i>Withdrawn by employer – no longer being considered</i></p><p>{co} Careers</p></body></html>", ("Brněnské Výstaviště", "Subic Bay Shipworks"), ("brnovystav", "subicship"), role=("Event Technician", "Welder"), tz=("cz", "ph"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – selection outcome", "Dear {n},\n\nYour {x} application was read in full. Seats were scarce; this year none goes to you. Do try the next intake.\n\n{co} Early Careers", ("Makerere Innovation Hub", "Orkney Renewable Energy Forum"), ("makinnov", "orkref"), x=("Summer Research Internship", "Graduate Placement Scheme"), tz=("ug", "ork"))
mr("in2", "Internship application – {co}", "Hi {n},\n\nThanks for applying to the {co} summer internship. After going through our cohort selection we've filled every seat, and yours stops here for this year.\n\nCampus Team", ("Anna Salai Analytics", "Yellowknife Science Centre"), ("annasalaianalytics", "ykscience"), tz=("chn", "nt"))
mr("in3", "Graduate programme {y}", "Dear {n},\n\nthank you for application to graduate programme {y}. We inform that this year you are not in selected group. Good luck in study and career.\n\nHR, {co}", ("Škoda Strojírny Mladá Boleslav", "Ayala Graduate Leaders"), ("skodastroj", "ayalagrad"), y=("2026", "2026"), tz=("cz", "ph"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} (R-{ref}) received", "Hello {n},\n\nYour application for {role} (R-{ref}) at {co} has landed. Its stage on Candidate Home moves through Received, In Review, Interview, Offer, or Another Candidate Selected. Changes appear there before any e-mail.\n\n{co} Talent Systems", ("Hamnavoe Tidal Engineering", "Kasenge Bloom Exporters"), ("hamnavoetidal", "kasengebloom"), role=("Electrical Fitter", "Pack House Lead"), tz=("ork", "ug"))
mo("application_received", "a2", "We got your {role} application", "Hi {n},\n\nThanks for applying for {role} at {co}. A recruiter reads each form right through. Where no fit shows up, a short mail goes out to you anyway, mostly inside three weeks.\n\n{sig}, People Team", ("Ambattur Axle Design Centre", "Královo Pole Tramworks"), ("ambatturaxle", "kpoletram"), role=("Design Engineer", "Welding Inspector"), tz=("chn", "cz"))
mo("application_received", "a3", "{co}: thanks for applying", "Hey {n},\n\nThanks for applying for {role}. Whatever the outcome, your profile joins our Talent Shelf for ten months, so a near match can find you. Reply SHELFOFF any time to leave it.\n\n{sig}", ("Heritage Quay Duty-Free", "Great Slave Diamond Sorting"), ("heritagequaydf", "gsdiamondsort"), role=("Cashier", "Vault Clerk"), tz=("ag", "nt"))
mo("application_received", "a4", "Application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><td>{role}</td></tr><tr><th>Status</th><td>Received</td></tr><tr><th>Later possible</th><td>Interview / Offer / Closed – filled by another applicant</td></tr></table><p>{co} Recruiting</p></body></html>", ("Tagum Durian Processing", "Plzeň Roller Bearings"), ("tagumdurian", "plzenbearings"), role=("Lab Analyst", "Maintenance Fitter"), tz=("ph", "cz"))
mo("application_received", "a5", "{role}: application received", "Dear {n},\n\nThank you for applying for {role} with {co}. Any application lacking a required licence halts at screening; complete ones reach the ward manager inside ten days.\n\nTalent Acquisition", ("Mulago Road Pharmacy Services", "Perungudi Cardiac Hospital"), ("mulagopharm", "perungudicardiac"), role=("Dispenser", "ICU Nurse"), tz=("ug", "chn"))
mo("application_received", "a6", "Requisition {ref}: application logged", "Dear {n},\n\nRequisition {ref} ({role}) now lists your application. Should somebody else fill it, the record turns Inactive and an e-mail goes out that day.\n\n{co} HR Services", ("Hay River Barge Lines", "Owen Falls Hydro Contractors"), ("hayriverbarge", "owenfallshydro"), role=("Engineer Cadet", "Control Room Operator"), tz=("nt", "ug"))
mo("application_received", "a7", "Thanks for applying – {co}", "Hi {n},\n\nGot your application for {role}, ta. We ring folk we fancy for a trial shift. Two silent weeks means somebody else got the apron.\n\n{sig}", ("Pierhead Bunkhouse Café", "Nelson's Dockyard Sailing School"), ("pierheadbunk", "dockyardsail"), role=("Barista", "Boat Handler"), tz=("ork", "ag"))
mo("application_received", "a8", "Your application to {co}", "Hello {n},\n\nYour {role} form is in. Heads up: colleagues moving internally are considered first, and only if none fits do we open interviews to outside applicants. Whichever way, expect word from us.\n\n{sig}, HR", ("Tiruppur Knit Finishers", "Ostravská Kódovna s.r.o."), ("tiruppurknit", "ostravakod"), role=("Finishing Operator", "Frontend Developer"), tz=("chn", "cz"))
mo("application_received", "a9", "{co}: confirmation of application", "Dear {n},\n\nwe are confirming that application for {role} arrived. Answer good or bad comes to you on e-mail inside 21 days.\n\nWith regards,\n{sig}", ("Jablonecké Korálky a.s.", "Hanácké Obaly s.r.o."), ("jabloneckorali", "hanackeobaly"), role=("Glass Cutter", "Shift Foreman"), tz="cz")
mo("application_received", "a10", "{role} – assessment received", "Hi {n},\n\nWe've received your {role} assessment. Scores under this round's cut-off mean the application ends there; above it, we'll call to set up an interview.\n\n{sig}, {co}", ("Mindanao Gateway Freight", "Iloilo Drydock Corporation"), ("mgfreight", "iloilodrydock"), role=("Customs Broker", "Shipwright"), tz="ph")
mo("application_received", "a11", "Acknowledgement: {role}", "Dear {n},\n\nGreetings from {co}. Your papers for {role} have safely landed at our desk. Kindly be informed that we call only those shortlisted; the rest may take silence as the answer. Be blessed.\n\nHuman Resource Office", ("Rwizi Highland Coffee Roasters", "Acholi Shea Processors"), ("rwizicoffee", "acholishea"), role=("Sales Rep", "Driver"), tz="ug")
mo("application_received", "a12", "{co} – got it!", "Hi {n},\n\nGot your application for {role}. A founder opens each one personally, and thumbs up or thumbs down, a real person answers inside a fortnight.\n\n{sig}", ("Paisa Thread Labs", "Trasa Travel Technologies"), ("paisathread", "trasatravel"), role=("Data Engineer", "iOS Engineer"), tz=("chn", "cz"))
mo("application_received", "a13", "{role} crew – application in", "Hi {n},\n\nGrand — you're on the {role} crew list now. Last year's crew choose first; should every berth go before your turn comes, a short mail tells you so and your name rolls over to next season.\n\n{sig}", ("Ness of Brodgar Dig Support", "Great Slave Lake Fishing Lodge"), ("brodgardig", "gsllodge"), role=("Finds Assistant", "Kitchen Hand"), tz=("ork", "nt"))
mo("application_received", "a14", "RE: [EXT] Re: {role} – documents", "Hi {n},\n\nThanks for sending the certificates. Everything is on your file now and the panel meets Monday. Whichever way they lean, my mail reaches you before the weekend after.\n\n{sig}\n\n{OUT}", ("Kabalagala Microfinance", "Hebden Community Energy"), ("kabalagalamf", "hebdenenergy"), role=("Credit Analyst", "Community Officer"), tz=("ug", "uk"))
mo("application_received", "a15", "{role} – received", "Dear {n},\n\nThank you for applying for {role}. We have your application. If it stalls at sifting, a note follows and the CV rests six months with us.\n\n{co} Recruitment{FOOT}", ("Stenness Tidal Test Site", "Kampala Lakeside Water Bottlers"), ("stennesstidal", "klakesidebottlers"), role=("Survey Technician", "Packaging Operator"), tz=("ork", "ug"))
mo("application_received", "a16", "Application received – {role}", "Hi {n},\n\nYour {role} form arrived safe. We only contact people whose experience matches what {co} needs, so if we don't write again, there wasn't a match this time.\n\n{sig}", ("Wakiso Solar Installers", "Mylapore Heritage Hotels"), ("wakisosolar", "mylaporehotels"), role=("Electrician", "Housekeeping Lead"), tz=("ug", "chn"))
mo("application_received", "a17", "Thank you for applying", "Hello {n},\n\nThanks for your application for {role}. We'll look it over with the rest of the pool. Whether we go with you or another way, a note will reach you before month end.\n\n{sig}, {co}", ("Half Moon Bay Kayak Tours", "Yellowknife Float Base"), ("halfmoonkayak", "ykfloatbase"), role=("Shuttle Driver", "Fuel Handler"), tz=("ag", "nt"))
mo("application_received", "a18", "{role} – application received", "Dear {n},\n\nthank you for application. If your profile will not match to our needs, we send you information by e-mail, and in any case we keep your data for one year if you agree.\n\n{sig}, {co}", ("Zlínská Obuv s.r.o.", "Pasig Riverside Condotel"), ("zlinobuv", "pasigcondotel"), role=("Stitching Operator", "Reservations Clerk"), tz=("cz", "ph"))
mo("application_received", "a19", "Application received: {role}", "Hi {n},\n\nThanks for applying through our site. Shortlisted people for {role} get a phone call; anyone left off the list receives a two-line mail the week it fills.\n\n{sig}, {co}", ("Skerry Search", "Pearl Talent Partners"), ("skerrysearch", "pearltalent"), role=("Harbour Master Deputy", "Audit Associate"), tz=("ork", "ug"))
mo("application_received", "a20", "Application for {role} – acknowledgement", "Dear {n},\n\nYour {role} application (announcement {ref}) is on record. Your Notice of Results, due later, states whether you were found eligible (Y/N), qualified (Y/N), and passed to the selecting official (Y/N).\n\n{co}", ("Bureau of Land Management – Northern Region HR", "Government of the Northwest Territories – Human Resources"), ("blmnorthhr", "gnwthr"), role=("Hydrologic Technician", "Fire Crew Member"), tz=("usc", "nt"))
mo("application_received", "a21", "Vacancy {ref}: application received", "Dear {n},\n\nThe Commission holds your papers for {role}. Any file lacking certified documents gets marked ineligible, therefore kindly check your attachments before the closing date.\n\n{co}", ("Uganda Public Service Commission", "Antigua and Barbuda Public Service Commission"), ("ugpsc", "abpsc"), role=("Procurement Officer", "Revenue Officer"), tz=("ug", "ag"))
mo("application_received", "a22", "Status: {role} – received", "Hi {n},\n\n{co} status board, {role}: Received. What might follow: In Review, Interview, Closed out.\n\nAutomated message.", ("Nile Basin Agritech", "Chetpet Software Park"), ("nilebasinag", "chetpetsoft"), role=("Agronomist", "DevOps Engineer"), tz=("ug", "chn"))
mo("application_received", "a23", "Your {x} application", "Dear {n},\n\nYour {x} form is safely in. Places are few; whether or not you are offered one, we will write to everyone by the end of March.\n\n{co} Early Careers", ("Makerere Innovation Hub", "Orkney Renewable Energy Forum"), ("makinnov", "orkref"), x=("Summer Research Internship", "Graduate Placement Scheme"), tz=("ug", "ork"))
mo("application_received", "a24", "Internship application received", "Hi {n},\n\nThanks for applying to the {co} summer internship. Should the cohort fill without you, a mail says so and invites you back for the next intake.\n\nCampus Team", ("Anna Salai Analytics", "Yellowknife Science Centre"), ("annasalaianalytics", "ykscience"), tz=("chn", "nt"))
mo("application_received", "a25", "Application – Graduate programme", "Dear {n},\n\nthank you for application to our graduate programme. Result of selection, if positive or negative, we send to all applicants in April.\n\nHR, {co}", ("Škoda Strojírny Mladá Boleslav", "Ayala Graduate Leaders"), ("skodastroj", "ayalagrad"), tz=("cz", "ph"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "{role} – interview on {dl}", "Hi {n},\n\nCould you meet us about {role}? {dl}, two o'clock, at our Stromness office. Unfortunately the ferry car deck is booked out that day, so come as a foot passenger and we'll collect you at the pier.\n\n{sig}, {co}", ("Hamnavoe Tidal Engineering", "Scapa Flow Towage"), ("hamnavoetidal", "scapatowage"), role=("Subsea Cable Technician", "Tug Engineer"), tz="ork")
mo("interview", "i2", "Interview invitation – {role}", "Dear {n},\n\nKindly appear for {role} interview, {dl}, half past ten, Ntinda office. Sadly our lift is spoilt, so allow time to climb to level three.\n\n{sig}, {co}", ("Kabalagala Microfinance", "Nakawa Swift Couriers"), ("kabalagalamf", "nakawaswift"), role=("Loans Officer", "Dispatch Lead"), tz="ug")
mo("interview", "i3", "Interview scheduled – {role}", "Dear {n},\n\nGreetings! Interview for {role}: {dl}, 11 o'clock, Guindy office itself. Unfortunately campus parking is closed for civil work, kindly use paid lot opposite.\n\nRegards,\n{sig}", ("Guindy Pumpsets Ltd", "Ambattur Axle Design Centre"), ("guindypumps", "ambatturaxle"), role=("Service Engineer", "CAE Analyst"), tz="chn")
mo("interview", "i4", "Come for a chat – {role}", "Hi {n},\n\nThe boss want to see you for {role} on {dl} at 3. Bad news is the air condition in the office dead, so wear something cool.\n\n{sig}, {co}", ("Jolly Harbour Moorings", "Dickenson Bay Property Managers"), ("jollymoorings", "dbaypm"), role=("Marina Hand", "Bookkeeper"), tz="ag")
mo("interview", "i5", "Interview – {role}", "Hi {n},\n\nVideo interview for {role}: {dl}, one o'clock our time. Unfortunately the satellite link gets flaky, so have a phone near you as backup.\n\n{sig}, {co}", ("Beaufort Delta Air Services", "Ingraham Trail Outfitters"), ("bdeltaair", "ingrahamtrail"), role=("Ramp Agent", "Camp Cook"), tz="nt")
mo("interview", "i6", "Invitation to interview: {role}", "Dear {n},\n\nwe are inviting you on personal meeting about {role}, date {dl}, 9:00. Unfortunately main gate is in reconstruction, please come through side street entrance.\n\nWith regards,\n{sig}, {co}", "Moravské Strojírny a.s.", "moravskestroj", role="Process Engineer", tz="cz")
mo("interview", "i7", "Interview invite – {role}", "Good day {n}!\n\nKindly come for your {role} interview on {dl}, 2:00 PM. Sadly our elevator is under maintenance po, so please take the stairs to the 5th floor.\n\n{sig}, {co}", "Mactan Cargo Forwarders", "mactancargo", role="Operations Supervisor", tz="ph")
mo("interview", "i8", "RE: [EXT] Re: {role} – next conversation", "Hi {n},\n\nThe panel enjoyed round one and hopes for round two: {dl}, ten in the morning. Unfortunately the café downstairs closes for a refit then, so pack a flask.\n\n{sig}\n\n{OUT}", ("Hebden Community Energy", "Tyne Rowing Trust"), ("hebdenenergy", "tynerowing"), role=("Outreach Coordinator", "Programme Manager"), tz="uk")
mo("interview", "i9", "RE: [EXT] Re: {role} – final round", "Dear {n},\n\nWe are happy to call you for the final round for {role} on {dl} at 3 PM. Regrettably the canteen is under renovation, so lunch won't be served on site.\n\n{sig}\n\n{RULE}", ("Adyar Logistics Park", "Velachery Textiles Export"), ("adyarlogi", "velacherytex"), role=("Warehouse Manager", "Merchandiser"), tz="chn")
mo("interview", "i10", "Trial shift – {role}", "Hi {n},\n\nFancy a paid trial for {role}? {dl}, seven sharp. Annoyingly there's painters in the staff room, coats in the porch.\n\n{sig}, {co}", "Pierhead Bunkhouse Café", "pierheadbunk", role="Breakfast Cook", tz="ork")
mo("next_steps", "n1", "{role} – online assessment", "Hi {n},\n\nFor {role}, a 40-minute online test comes next, due {dl}. Unfortunately nobody can pause it, so choose a quiet hour.\n\n{co} Talent Systems", ("Hamnavoe Tidal Engineering", "Plzeň Roller Bearings"), ("hamnavoetidal", "plzenbearings"), role=("Electrical Fitter", "CNC Grinder Operator"), tz=("ork", "cz"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nKindly bring photocopies of academic papers plus two referee names for {role}, deadline {dl}. Sadly relatives can't stand as referees.\n\n{sig}, {co}", ("Rwizi Highland Coffee Roasters", "Mulago Road Pharmacy Services"), ("rwizicoffee", "mulagopharm"), role=("Roastery Assistant", "Pharmacy Technician"), tz="ug")
mo("next_steps", "n3", "Coding exercise – {role}", "Hi {n},\n\nTake-home task for {role} comes next, due {dl}. Unfortunately the uploader rejects anything above 10 MB; a repo link works instead.\n\n{sig}, {co}", ("Paisa Thread Labs", "Chetpet Software Park"), ("paisathread", "chetpetsoft"), role=("Platform Engineer", "Test Engineer"), tz="chn")
mo("next_steps", "n4", "Medical and references – {role}", "Hi {n},\n\nFor {role}, the pre-hire medical has to be booked ahead of {dl}. Bad news is the Yellowknife clinic has no Saturday slots this month.\n\n{sig}, {co}", ("Great Slave Diamond Sorting", "Hay River Barge Lines"), ("gsdiamondsort", "hayriverbarge"), role=("Rough Sorter Trainee", "Deckhand – Summer Season"), tz="nt")
mo("next_steps", "n5", "Requirements – {role}", "Good day {n}!\n\nPlease submit your NBI clearance and TOR for {role} on or before {dl}. Unfortunately we can't accept photocopies without the original for checking po.\n\n{sig}, {co}", "Iloilo Drydock Corporation", "iloilodrydock", role="Pipefitter", tz="ph")
mo("next_steps", "n6", "Skills test – {role}", "Dear {n},\n\nnext step for {role} is practical test in our workshop; please choose date until {dl}. Unfortunately visitor parking is full in mornings.\n\n{sig}, {co}", "Zlínská Obuv s.r.o.", "zlinobuv", role="Shoe Last Technician", tz="cz")
mo("next_steps", "n7", "Sea survival ticket – {role}", "Hi {n},\n\nTae move on for {role}, send a copy o thee sea survival ticket by {dl}. Sadly wir scanner's broken, so a clear phone photo'll do.\n\n{sig}, {co}", "Hoy Sound Ferries", "hoysoundferry", role="Relief Mate", tz="ork")
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nManagement has approved you as {role} with effect from {dl}. Kindly sign the appointment letter here attached and return it. Unfortunately the staff bus doesn't run on your first day, so we'll reimburse a boda.\n\n{sig}, {co}", ("Wakiso Solar Installers", "Kampala Lakeside Water Bottlers"), ("wakisosolar", "klakesidebottlers"), role=("Installer", "Filling Line Operator"), tz="ug")
mo("offer", "f2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nHappy news: {role} is yours, start {dl}, if you'll have us. Bit of a sorry tale: your uniform won't arrive till week two, so wear something plain and dark.\n\n{sig}\n\n{GM}", ("Dickenson Bay Property Managers", "Falmouth Harbour Chandlery"), ("dbaypm", "fhchandlery"), role=("Bookkeeper", "Counter Clerk"), tz="ag")
mo("offer", "f3", "Offer letter – {role}", "Dear {n},\n\nCongratulations! You are selected for {role}; joining date {dl}. Unfortunately canteen renovation runs all this month, so lunch coupons will be provided.\n\n{sig}, HR, {co}", "Perungudi Cardiac Hospital", "perungudicardiac", role="Cath Lab Nurse", tz="chn")
mo("offer", "f4", "Offer – {role}", "Hi {n},\n\nYou've got the {role} job; first shift {dl}. Sadly our new lockers sit on a barge somewhere past Hay River, so gear lives in your truck a week.\n\n{sig}, {co}", "Frame Lake Camp Services", "framelakecamp", role="Heavy Equipment Mechanic", tz="nt")
mo("offer", "f5", "Job offer – {role}", "Good day {n}!\n\nCongratulations po, we are offering you the {role} position, start date {dl}. Unfortunately our ID printer is broken so you will have a temporary pass first.\n\n{sig}, {co}", "Bacolod Sugarland Resort", "bacolodresort", role="Front Office Lead", tz="ph")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "You withdrew: {role}", "Hi {n},\n\nDone: your {role} application at {co} is withdrawn as asked. Nothing else to do. Best wishes in the new post!\n\n{sig}", ("Nile Basin Agritech", "Redcliffe Bay Marine"), ("nilebasinag", "redcliffemarine"), role=("Field Officer", "Marine Mechanic"), tz=("ug", "ag"))
mo("other_job", "w2", "{role}: on hold", "<html><body><p>Hi {n},</p><p>Your <b>{role}</b> application status: <b>On hold</b>. Hiring on this role is frozen till finance approves next year's figures; we'll write again then.</p><p>— {co}</p></body></html>", ("Brněnské Výstaviště", "Subic Bay Shipworks"), ("brnovystav", "subicship"), role=("Event Technician", "Welder"), tz=("cz", "ph"))
mo("other_job", "w3", "Interview moved – {role}", "Hi {n},\n\nYour interview for {role} moves to {dl} at the same time, because of the staff training day. Same room, same panel.\n\n{sig}, {co}", "Mount Maunganui Boat Storage", "mtmboatstore", role="Yard Hand", tz="nz")
mo("job_alert", "al1", "New at {co}: five openings this week", "Hi {n},\n\nFive openings went up this week: Harbour Electrician, Stores Clerk, Relief Cook, Survey Assistant and Boat Mechanic. Apply through the Croft.\n\n{co} Careers{FOOT}", ("Stenness Tidal Test Site", "Batangas Port Terminals", "Kirkwall Care Homes"), ("stennesstidal", "batangasport", "kwcarehomes"), tz=("ork", "ph", "ork"))
mo("recruiter_outreach", "ro1", "{role} – would you be open?", "Hi {n},\n\nI'm hunting for a {role} for a hydro contractor near Jinja. Your profile caught my eye; the package is good and there's housing. Free for fifteen minutes this week?\n\n{sig}, Pearl Talent Partners", "Pearl Talent Partners", "pearltalent", role="Site Manager", tz="ug")
mo("recruiter_outreach", "ro2", "A {role} role in Kirkwall", "Hi {n},\n\nA {role} search landed on my desk for a Kirkwall firm and thought of you. Fancy a blether about it on Thursday?\n\n{sig}, Skerry Search", "Skerry Search", "skerrysearch", role="Operations Manager", tz="ork")
mo("non_job_rejection_words", "nj1", "Your car loan application", "Dear {n},\n\nOur lending desk has turned down your car loan; existing repayments already eat too big a slice of what you earn. Try us again after six months.\n\n{co}", ("Centenary Savings Bank", "Sampaguita Rural Bank"), ("centenarysav", "sampaguitarb"), tz=("ug", "ph"))
mo("non_job_rejection_words", "nj2", "St Magnus Festival ballot", "Hi {n},\n\nOpening night ballot result: the draw passed you by this year. Returned seats go on sale a week ahead.\n\n{co}", "St Magnus Festival Box Office", "stmagnusfest", tz="ork")
mo("non_job_rejection_words", "nj3", "Flat at Besant Nagar", "Dear {n},\n\nThe owner has given the Besant Nagar flat to another family who can move in this month itself. Kindly excuse, we will share other listings shortly.\n\n{sig}, {co}", "Elliot's Beach Realty", "elliotsrealty", tz="chn")
mo("non_job_rejection_words", "nj4", "Curling club membership", "Hi {n},\n\nOur winter league sheets are full, so no new members this season. Your name tops the waiting list.\n\n{sig}, {co}", "Yellowknife Curling Club", "ykcurling", tz="nt")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def box_of(name: str) -> str:
    return ".".join(p for p in re.split(r"[^a-z]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()) if p) or "office"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, who: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{who} <{box_of(who)}@{dom}.example>"
    tail = f"\n\n{who}, {co}\n~ relayed by Hoyvane{ch} ~"
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz)
    if twin:
        add("wide", twin[0], "o-" + KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz)


pair("strawbacking", "Skua", "Quoyburn Chairs", "quoyburnchairs", "ork", "Tora Harcus",
     ("Strawbacking bench", "Hi {n},\n\nThanks fir wanting tae learn strawbacking wi us. The bench has gone tae a lass fae Rousay wha's twisted simmans since she wis peedie, so we'll no be takin thee on."),
     ("interview", "Strawbacking bench – come see us", "Hi {n},\n\nDrap in tae the workshop, {dl}, ten o'clock, fir a yarn aboot the strawbacking bench. Sadly the road end's flooded, so park up at the kirk."))
pair("flagdressing", "Tern", "Spittal Flagstone Works", "spittalflag", "uk", "Alasdair Gunn",
     ("Flagdressing apprentice", "Dear {n},\n\nThanks for wanting to learn flagdressing at our quarry. We have taken on an applicant from Thurso with some dyking behind him and will not be going further with your application."),
     ("next_steps", "Flagdressing apprentice – safety course", "Dear {n},\n\nBefore we go further, please book onto the quarry safety induction before {dl}. Unfortunately the Wick venue is closed, so it runs in Halkirk this time."))
pair("tillerbending", "Fulmar", "Lymington Spar & Tiller", "lymingtonspar", "uk", "Rosalind Farebrother",
     ("Tillerbending assistant", "Hi {n},\n\nThanks for your interest in tillerbending at our yard. The place went to a fellow who's steamed ash for dinghy fleets for years; that closes yours."),
     ("offer", "Tillerbending assistant – offer", "Hi {n},\n\nThe tillerbending assistant place is yours from {dl}. Annoyingly the steam box gets relined then, so first week's sanding."))
pair("rakeforging", "Gannet", "Slaney Hay Tools", "slaneyhaytools", "ie", "Declan Furlong",
     ("Rakeforging post", "Hi {n},\n\nThanks for applying for the rakeforging post. We went with a smith from Enniscorthy who's worked our kind of tines before, so you're not going through this time."),
     ("interview", "Rakeforging post – interview", "Hi {n},\n\nWould you come for a chat about the rakeforging post on {dl} at half two? Bad news is the yard gate is jammed, so come round by the lane."))
pair("hurdlecleaving", "Puffin", "Rakaia Fencing Guild", "rakaiafence", "nz", "Hamish Tulloch",
     ("Hurdlecleaving hand", "Kia ora {n},\n\nCheers for your hurdlecleaving application. A cleaver from Methven with years of willow hurdles got the spot, and yours ends here."),
     ("application_received", "Hurdlecleaving hand – got it", "Kia ora {n},\n\nGot your application for hurdlecleaving, cheers. Good news or not, I'll ring before the month's out."))
pair("thatchsparring", "Eider", "Burren Thatch Supplies", "burrenthatch", "ie", "Máire Considine",
     ("Thatchsparring role", "Dear {n},\n\nThanks for your interest in thatchsparring here. We chose a hazel cutter from Kilfenora for the role; yours is closed."),
     ("next_steps", "Thatchsparring role – sample", "Dear {n},\n\nPlease send us a bundle of twenty sample spars by {dl}. Sadly the post office in Ballyvaughan is shut Wednesdays, so plan around it."))
pair("canoegunwaling", "Plover", "Haliburton Cedar Canoe Co.", "haliburtoncanoe", "cae", "Marcel Lachapelle",
     ("Canoegunwaling opening", "Hi {n},\n\nAppreciate your canoegunwaling application. We hired someone who's fitted cedar rails for the outfitters up north, so your application's closed."),
     ("interview", "Canoegunwaling – interview", "Hi {n},\n\nShop visit: {dl}, one o'clock. Unfortunately they're paving out front, so leave the truck by the marina."))
pair("sleighbelling", "Curlew", "Kennebec Harness Bells", "kennebecbells", "use", "Prudence Whitcomb",
     ("Sleighbelling position", "Hi {n},\n\nThank you for applying for sleighbelling. We chose a candidate who already casts and tunes bells for the harness trade, so your application ends here."),
     ("offer", "Sleighbelling position – offer", "Hi {n},\n\nThe sleighbelling position is yours from {dl}. Regrettably the break room heater quit, so dress warm."))
pair("mopstitching", "Dunlin", "Canton Mop Mill", "cantonmopmill", "use", "Lorraine Yoder",
     ("Mopstitching operator", "Hi {n},\n\nThanks for applying to our mopstitching line. We filled the opening with an operator from Massillon who ran the same machines before, so your application is closed."),
     ("next_steps", "Mopstitching operator – dexterity test", "Hi {n},\n\nNext up: a short hands-on dexterity test here. Grab a slot ahead of {dl}. Sadly the vending machines are dead, so pack lunch."))
pair("wigcurling", "Merlin", "Fitzroy Stage Wigs", "fitzroywigs", "au", "Georgina Lalor",
     ("Wigcurling assistant", "Hi {n},\n\nThanks for applying for wigcurling. An opera company wig dresser landed the spot, which closes yours."),
     ("interview", "Wigcurling – come in", "Hi {n},\n\nPop in {dl}, eleven-ish? Unfortunately the stage door lift's kaput — three flights on foot."))
pair("bootjacking", "Kittiwake", "Pecos Boot & Jack", "pecosboot", "usc", "Travis Ocampo",
     ("Bootjacking bench", "Howdy {n},\n\nThanks for applying for the bootjacking bench. We picked a fellow from San Angelo who's cut jacks from mesquite for years, so your application's done here."),
     ("application_received", "Bootjacking bench – received", "Howdy {n},\n\nWe got your application. Win or lose, I'll ring you inside two weeks."))
pair("stirruptrimming", "Petrel", "Karoo Saddlery Works", "karoosaddlery", "za", "Riaan Kotze",
     ("Stirruptrimming vacancy", "Hi {n},\n\nThank you for applying for stirruptrimming. The vacancy went to a leatherworker from Graaff-Reinet with years on stirrup leathers, so your application closes."),
     ("next_steps", "Stirruptrimming – trade test", "Hi {n},\n\nNext comes a trade test at the works; book it ahead of {dl}. Sadly load-shedding may hit in the afternoon, so mornings are best."))
pair("horsecollaring", "Auk", "Bluegrass Collar & Hame", "bluegrasscollar", "use", "Earline Tackett",
     ("Horsecollaring apprentice", "Hi {n},\n\nThanks for applying to learn horsecollaring. We gave the apprenticeship to a young man from Paris, Kentucky, who grew up around draft teams, so yours ends there."),
     ("offer", "Horsecollaring apprentice – offer", "Hi {n},\n\nThe horsecollaring apprenticeship is yours from {dl}. Unfortunately the barn wifi is down, so paperwork will be on paper."))
pair("wheelspoking", "Guillemot", "Suame Wheel Works", "suamewheel", "gh", "Kwabena Asante",
     ("Wheelspoking job", "Dear {n},\n\nWe have read your wheelspoking application. We have employed a fitter from Suame who has trued wheels for trotros for many years, hence your application ends here."),
     ("interview", "Wheelspoking job – interview", "Dear {n},\n\nKindly attend interview, {dl}, ten in the morning. Unfortunately the main road is blocked by market day, use the back route."))
pair("tilehanging", "Razorbill", "Karen Roofing Crafts", "karenroofing", "ke", "Wanjiku Mwangi",
     ("Tilehanging team", "Dear {n},\n\nYour application to our tilehanging team was received with thanks. A Thika roofer with longer clay-tile experience was chosen; yours ends here."),
     ("next_steps", "Tilehanging – documents", "Dear {n},\n\nPlease send your NITA trade certificate by {dl}. Sadly our office printer is down, so a scan is best."))
pair("cornicerunning", "Snipe", "Half Way Tree Plasterworks", "hwtplaster", "jm", "Delroy Campbell",
     ("Cornicerunning work", "Hi {n},\n\nThanks for applying for cornicerunning. The boss take on a plasterer from Spanish Town who run cornice in the old great houses, so we nah carry on with yours."),
     ("interview", "Cornicerunning – interview", "Hi {n},\n\nCome see us {dl} at 9 for the cornicerunning work. Bad news, the yard gate broke, so use the side door."))
pair("parquetlaying", "Lapwing", "Tiong Bahru Floorcraft", "tbfloorcraft", "sg", "Ng Siew Lan",
     ("Parquetlaying installer", "Dear {n},\n\nYour parquetlaying installer application was considered. A layer with more herringbone years took the post, closing yours."),
     ("offer", "Parquetlaying installer – offer", "Dear {n},\n\nThe parquetlaying installer post is yours, start date {dl}. Unfortunately the company van is in the workshop, so please take the MRT to the first site."))
pair("sashweighting", "Whimbrel", "Liberties Sash Restoration", "libertiessash", "ie", "Cathal Byrne",
     ("Sashweighting joiner", "Hi {n},\n\nThanks for applying for the sashweighting joiner role. We've hired a joiner who's restored Georgian windows on Merrion Square, so your application ends here."),
     ("next_steps", "Sashweighting joiner – references", "Hi {n},\n\nTwo work references, please, before {dl}. Sadly no relatives as referees."))
pair("stairnosing", "Redshank", "Onehunga Stair Co.", "onehungastair", "nz", "Mere Paewai",
     ("Stairnosing fitter", "Kia ora {n},\n\nThanks for applying for stairnosing fitter. We took on someone who's fitted treads across half of Auckland, so yours stops there."),
     ("interview", "Stairnosing fitter – catch-up", "Kia ora {n},\n\nCome in on {dl} at 2 for a catch-up. Unfortunately the motorway off-ramp is shut, so allow extra time."))
pair("balustersetting", "Sanderling", "Ikoyi Balustrade Makers", "ikoyibalustrade", "ng", "Chinedu Okafor",
     ("Balustersetting mason", "Dear {n},\n\nThank you for applying for balustersetting mason. We have engaged a mason from Abeokuta with many years on concrete balusters, so that closes your file."),
     ("application_received", "Balustersetting mason – acknowledgement", "Dear {n},\n\nYour application is in our hands. Whatever the result, we shall write to you within fourteen days."))
pair("dormerframing", "Godwit", "Ballard Dormer Builders", "ballarddormer", "usp", "Kristin Haugland",
     ("Dormerframing carpenter", "Hi {n},\n\nThanks for applying for dormerframing. We hired a carpenter who's framed dormers on Craftsman bungalows for a decade, so your application's closed."),
     ("next_steps", "Dormerframing carpenter – site visit", "Hi {n},\n\nPlease book a site visit with our foreman before {dl}. Sadly parking on our street is permit-only, so use the lot on Market."))
pair("rainheadcasting", "Stint", "Pimpri Rainwater Castings", "pimpricast", "in", "Ashwini Kulkarni",
     ("Rainheadcasting moulder", "Dear {n},\n\nThank you for applying for rainheadcasting moulder. We have selected a moulder from Kolhapur with longer foundry experience, hence your application will not proceed."),
     ("offer", "Rainheadcasting moulder – offer", "Dear {n},\n\nYou are selected as rainheadcasting moulder, joining {dl}. Unfortunately the company bus route is changing, please check the new timing."))
pair("pennantstitching", "Heron", "English Harbour Flag Loft", "ehflagloft", "ag", "Sharlene Christian",
     ("Pennantstitching seamstress", "Hi {n},\n\nThanks for coming forward for pennantstitching. Di boss pick a seamstress from Parham who sew regatta flags long time, so we done with this one."),
     ("application_received", "Pennantstitching – we have it", "Hi {n},\n\nWe get your application. Whether we take you or no, we go call you before Sailing Week."))
pair("fenderknotting", "Wren", "Old Town Rope & Fender", "oldtownfender", "nt", "Dale Sangris",
     ("Fenderknotting helper", "Hi {n},\n\nThanks for applying for fenderknotting. We picked a helper who's tied fenders for the houseboats on the bay for years, so yours won't go ahead."),
     ("interview", "Fenderknotting – drop by", "Hi {n},\n\nDrop by the shop {dl} at 3? Unfortunately the ice road's closed early, so come round by the highway."))
pair("hullfairing", "Dipper", "Subic Hull Finishing", "subichull", "ph", "Ramon Tolentino",
     ("Hullfairing technician", "Good day {n}!\n\nThank you for applying as hullfairing technician. We have already hired an applicant with longer yacht refit experience, so we close your application po."))

# ---- a job alert and a non-job refusal
add("wide", "job_alert", "o-alr-hoyvane", "HoyvaneSkua: three bench openings", "Hi {n},\n\nThree new bench openings this week on HoyvaneSkua: chair rushing in Stromness, rope splicing in Scalloway and sail patching in Kirkwall. Sorry, no remote ones yet.\n\n~ HoyvaneSkua ~", "Hoyvane", "hoyvane", frm="HoyvaneSkua <alerts@hoyvane.example>", tz="ork")
add("wide", "non_job_rejection_words", "o-nj-mooring", "Boat mooring application", "Dear {n},\n\nThe harbour committee looked at your mooring request. Every swing mooring is spoken for this year, so none is available for you. You're kept on the waiting roll.\n\n{co}", "Holm Harbour Committee", "holmharbour", frm="Harbour Secretary <secretary@holmharbour.example>", tz="ork")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    who = LANG_SIGNERS[lang][0]
    frm = f"{who} <{box_of(who) if box_of(who) != 'office' else 'jobs'}@{dom}.example>"
    tail = f"\n\n{who}\n{co}"
    add("wide", "rejection", "r-" + fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        add("wide", twin[0], "o-" + KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


lp("ar-oud", "ar", "دار العود الحجازي", "hijazioud", "sa",
   ("طلبكم لوظيفة خلّاط عطور", "السيدة/السيد {n}،\n\nنشكركم على اهتمامكم بالعمل معنا. وبعد دراسة الطلبات وقع اختيارنا على خبير قضى سنوات طويلة في تقطير دهن العود، ولن نمضي في طلبكم هذه المرة."),
   ("interview", "دعوة إلى مقابلة", "السيدة/السيد {n}،\n\nنودّ مقابلتكم يوم {dl} الساعة الحادية عشرة صباحاً في المعمل. للأسف موقف السيارات مغلق للصيانة، فننصح باستخدام سيارة أجرة."))
lp("de-seiffen", "de", "Drechslerei Glückauf Seiffen", "glueckaufseiffen", "de",
   ("Ihre Bewerbung als Drechsler/in", "Hallo {n},\n\nschön, dass Sie bei uns drechseln möchten. Die Stelle geht an eine Reifendreherin mit langer Erfahrung, darum müssen wir Ihnen leider absagen."),
   ("next_steps", "Probestück – nächster Schritt", "Hallo {n},\n\nschicken Sie uns bitte bis {dl} ein kleines gedrehtes Probestück. Leider ist unsere Paketannahme gerade unzuverlässig, schicken Sie es daher bitte als Einschreiben."))
lp("es-toledo", "es", "Taller de Damasquinado Alcántara", "damasquinadoalcantara", "es",
   ("Su candidatura para damasquinador", "Hola {n}:\n\nGracias por enviarnos su solicitud. La plaza la ocupará un artesano curtido en el picado del acero; su candidatura termina aquí."),
   ("offer", "Oferta de trabajo – aprendiz", "Hola {n}:\n\n¡Enhorabuena! El puesto de aprendiz del taller es suyo, con incorporación el {dl}. Por desgracia, en el casco antiguo no hay dónde aparcar por las obras; venga en autobús."))
lp("fr-email", "fr", "Atelier des Émaux du Vieux Limoges", "emauxlimoges", "fr",
   ("Votre candidature – émailleur", "Bonjour {n},\n\nMerci d'avoir songé à nous. Le poste revient à une émailleuse déjà rompue au champlevé ; votre candidature s'arrête ici."),
   ("interview", "Entretien – émailleur", "Bonjour {n},\n\nPassez donc à l'atelier le {dl}, vers quatorze heures. Malheureusement, notre monte-charge ne fonctionne plus : prévoyez trois étages à pied."))
lp("hi-nav", "hi", "गंगा घाट नाव कार्यशाला", "gangaghatnav", "in",
   ("घाट की नाव नौकरी", "नमस्ते {n} जी,\n\nआपका पत्र पाकर प्रसन्नता हुई। इस काम पर हमने बीस बरस से लकड़ी की नावें गढ़ रहे एक कारीगर को चुना है, इसलिए आपका आवेदन आगे नहीं बढ़ेगा।"),
   ("next_steps", "अगला चरण – नमूना कार्य", "नमस्ते {n} जी,\n\nअगले चरण में कृपया {dl} तक एक छोटी पतवार बनाकर दिखाएँ। खेद है कि बरसात से घाट कार्यशाला अभी बंद है, अतः नमूना रामनगर शाखा पर जमा करें।"))
lp("it-squero", "it", "Squero Ca' Rezzonico Nuovo", "squeronuovo", "it",
   ("Candidatura – apprendista squerarolo", "Gentile {n},\n\ngrazie di cuore per la lettera. Abbiamo assunto un maestro d'ascia esperto di rovere da gondola; per questa volta lei resta fuori."),
   ("application_received", "Candidatura ricevuta – squero", "Gentile {n},\n\nla sua domanda per lo squero è arrivata. Che l'esito sia favorevole o meno, le scriveremo entro la fine del mese."))
lp("ja-kinpaku", "ja", "金沢箔工房あさの", "kanazawahaku", "jp",
   ("金箔職人募集へのご応募について", "{n} 様\n\nこのたびは当工房の求人にご応募いただき、誠にありがとうございました。慎重に検討しました結果、箔打ちの経験が長い方を採用することとなり、今回はご期待に添えない結果となりました。"),
   ("interview", "面接のご案内", "{n} 様\n\n{dl}午後二時より工房にて面接を行いたく存じます。あいにく近くの駐車場が工事中のため、公共交通機関でお越しください。"))
lp("ko-tal", "ko", "안동 하회탈 공방", "andongtal", "kr",
   ("탈 제작 보조 지원 결과 안내", "{n} 님께,\n\n공방 문을 두드려 주셔서 고맙습니다. 여러 분을 살펴본 뒤 나무 조각 경력이 더 긴 분을 모시게 되어, 이번에는 함께하지 못하게 되었습니다."),
   ("offer", "채용 제안 드립니다", "{n} 님께,\n\n탈 제작 보조로 모시고자 합니다. 첫 출근일은 {dl}입니다. 아쉽게도 공방 주차장이 공사 중이니 버스를 이용해 주세요."))
lp("pt-vime", "pt", "Oficina de Vimes da Camacha", "vimescamacha", "pt",
   ("Candidatura – artesão de vime", "Olá {n},\n\nobrigado por pensar na nossa oficina. O lugar fica para quem entrança vime há muitos anos, e a sua candidatura fecha-se."),
   ("next_steps", "Próximo passo – peça de teste", "Olá {n},\n\no próximo passo é entregar um pequeno cesto de teste até {dl}. Infelizmente a estrada para a Camacha está em obras, reserve mais uns minutos."))
lp("ru-samovar", "ru", "Тульская самоварная мастерская «Медник»", "tulamednik", "ru",
   ("Ваш отклик на вакансию медника", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись. Место отдаём мастеру с многолетним опытом лужения самоваров; вашу анкету закрываем."),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nПриглашаем вас на собеседование {dl} в 11:00 в мастерской. К сожалению, подъёмник сломан — подниматься придётся пешком на четвёртый."))
lp("sw-milango", "sw", "Karakana ya Milango ya Mji Mkongwe", "milangomjimkongwe", "tz",
   ("Maombi yako ya kazi ya uchongaji milango", "Habari {n},\n\nShukrani kwa ombi lako. Nafasi imechukuliwa na fundi mzoefu wa kuchonga milango ya mbao; basi safari yako nasi inaishia hapa."),
   ("interview", "Mwaliko wa usaili", "Habari {n},\n\nTungependa kukuona kwa usaili tarehe {dl} saa nne asubuhi karakanani. Kwa bahati mbaya barabara ya karibu imefungwa kwa matengenezo, tafadhali tembea kutoka Darajani."))
lp("th-rom", "th", "โรงร่มบ่อสร้างศิลป์", "bosangsilp", "th",
   ("ผลการสมัครงานช่างเขียนร่ม", "เรียน คุณ{n}\n\nโรงร่มขอบใจที่ส่งใบสมัครมา ตำแหน่งนี้ตกเป็นของช่างที่วาดลายร่มกระดาษสามาหลายปี ใบสมัครของคุณจึงจบลงตรงนี้"),
   ("offer", "ข้อเสนองานช่างเขียนร่ม", "เรียน คุณ{n}\n\nโรงร่มขอรับคุณเป็นช่างเขียนร่ม วันเริ่มงานคือ {dl} เสียดายที่ลานจอดรถปิดปรับปรุงอยู่ โปรดนั่งรถสองแถวมา"))
lp("tr-bakir", "tr", "Safranbolu Bakırcılar Atölyesi", "safranbolubakir", "tr",
   ("Bakırcı çırak başvurunuz hk.", "Merhaba {n},\n\natölyemizi düşündüğünüz için sağ olun. Çıraklık yeri, bakır dövmede yılları olan bir adaya verildi; başvurunuz burada kapanıyor."),
   ("next_steps", "Sonraki adım – belgeler", "Merhaba {n},\n\nsonraki adım için ustalık belgenizin bir kopyasını {dl} tarihine kadar iletmenizi bekliyoruz. Maalesef faksla gelen belgeleri kabul edemiyoruz."))
lp("ur-chappal", "ur", "پشاوری چپل کارخانہ", "peshawarchappal", "pk",
   ("چپل ساز کی آسامی کے لیے آپ کی درخواست", "محترم {n}،\n\nخط لکھنے کا بہت شکریہ۔ چپل سازی کی یہ نشست ایک منجھے ہوئے استاد کے حصے میں آئی، سو آپ کا معاملہ یہاں تمام ہوا۔"),
   ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nآپ کو {dl} کو صبح دس بجے کارخانے میں انٹرویو کے لیے مدعو کیا جاتا ہے۔ افسوس، بازار کی گلی کھدی پڑی ہے، لہٰذا عقبی دروازہ استعمال کیجیے۔"))
lp("zh-fengzheng", "zh", "潍坊鸢飞风筝作坊", "weifangkite", "cn",
   ("关于风筝制作学徒岗位的回复", "{n}您好：\n\n感谢您应聘我们风筝作坊的学徒岗位。经过比较，我们录用了一位扎竹骨多年的师傅，这次就不继续推进您的申请了。"),
   ("interview", "面试邀请", "{n}您好：\n\n请于{dl}上午十点来作坊面试。很遗憾，作坊门口的停车场正在施工，建议乘坐公交。"))
lp("hrv-kalafat", "hrv", "Brodogradilište Kalafat Split", "kalafatsplit", "hr",
   ("Vaša prijava za mjesto kalafata", "Poštovani/a {n},\n\nhvala na interesu za naše brodogradilište. Mjesto dobiva majstor s dugim stažem na drvenim brodovima, pa vašu prijavu ovaj put nećemo razmatrati dalje."),
   ("interview", "Poziv na razgovor", "Poštovani/a {n},\n\ndođite nam na upoznavanje, datum {dl}, deset ujutro. Nažalost, parkiralište je zatvoreno zbog radova, pa dođite autobusom."))
lp("ron-porti", "ron", "Atelierul de Porți Maramureșene", "portimaramures", "ro",
   ("Candidatura dvs. – sculptor în lemn", "Bună ziua, {n},\n\nvă mulțumim pentru scrisoare. Locul revine unui meșter care cioplește porți de zeci de ani; candidatura dvs. se oprește aici."),
   ("next_steps", "Pasul următor – probă practică", "Bună ziua, {n},\n\npasul următor este o probă practică; vă rugăm să ne trimiteți fotografii cu lucrările dvs. până la {dl}. Din păcate, adresa noastră nu primește fișiere mai mari de 10 MB."))
lp("bul-roza", "bul", "Розоварна „Казанлъшка долина“", "kazanlakroza", "bg",
   ("Вашата кандидатура за дестилатор", "Здравейте, {n},\n\nблагодарим за интереса към нашата розоварна. Избрахме кандидат с дългогодишен опит в дестилацията на розово масло и затова вашата кандидатура приключва тук."),
   ("offer", "Предложение за работа", "Здравейте, {n},\n\nс радост ви предлагаме мястото на помощник-дестилатор, с начало {dl}. За съжаление служебният автобус още не е пуснат, затова първата седмица ще поемем пътните."))
lp("ukr-rozpys", "ukr", "Майстерня петриківського розпису «Калина»", "petrykivkakalyna", "ua",
   ("Щодо вашої заявки на посаду майстра розпису", "Добрий день, {n}!\n\nЩиро дякуємо, що написали нам. Ми обрали кандидатку з багаторічним досвідом розпису, тож вашу заявку далі не розглядатимемо."))
lp("hun-orgona", "hun", "Mecseki Orgonaépítő Műhely", "mecsekiorgona", "hu",
   ("Jelentkezése orgonaépítő tanoncnak", "Kedves {n}!\n\nKöszönjük, hogy érdeklődött műhelyünk iránt. A helyet egy régóta sípokat hangoló jelölt kapja, ezért jelentkezését most nem visszük tovább."),
   ("interview", "Meghívás személyes beszélgetésre", "Kedves {n}!\n\nSzeretettel várjuk {dl} délelőtt 10 órakor a műhelyben. Sajnos a lift nem működik, a műhely a második emeleten van."))
lp("nld-molen", "nld", "Molenmakerij De Zaanse Wiek", "zaansewiek", "nl",
   ("Je sollicitatie als molenmaker", "Beste {n},\n\nbedankt voor je interesse in onze molenmakerij. De plek krijgt een vakman die al jaren wieken en kammen herstelt; jouw sollicitatie stopt hier."),
   ("next_steps", "Volgende stap – praktijkdag", "Beste {n},\n\nals volgende stap nodigen we je uit voor een praktijkdag; laat ons vóór {dl} weten welke datum past. Helaas is de pont bij de werf tijdelijk buiten dienst."))
lp("pol-snycerz", "pol", "Pracownia Snycerska Gubałówka", "snycerstwogubalowka", "pl",
   ("Odpowiedź na aplikację – snycerz", "Dzień dobry {n},\n\ndziękujemy za zainteresowanie naszą pracownią. Wybraliśmy kandydata z wieloletnią praktyką w rzeźbie góralskiej, dlatego nie będziemy kontynuować Twojej rekrutacji."),
   ("offer", "Propozycja zatrudnienia", "Dzień dobry {n},\n\nz radością proponujemy Ci stanowisko pomocnika snycerza od {dl}. Niestety parking przy pracowni jest w remoncie, najlepiej dojechać busem."))
lp("ces-rytec", "ces", "Rytírna skla Nový Bor", "rytirnanovybor", "cz",
   ("Vaše žádost o místo rytce skla", "Dobrý den, {n},\n\nděkujeme za zájem o naši rytírnu. Vybrali jsme uchazečku s dlouholetou praxí v rytí, a proto Vaši žádost nebudeme dále posuzovat."),
   ("interview", "Pozvánka na pohovor", "Dobrý den, {n},\n\nzveme Vás k osobnímu setkání, termín {dl}, devět ráno. Bohužel se opravuje plocha před dílnou, doporučujeme přijet vlakem."))
lp("msa-songket", "msa", "Bengkel Songket Tenun Sutera Terengganu", "songketterengganu", "my",
   ("Permohonan anda sebagai penenun songket", "Salam sejahtera {n},\n\nkami hargai minat anda pada bengkel ini. Tempat itu diberikan kepada penenun songket berpengalaman, jadi permohonan anda tidak akan diteruskan kali ini."),
   ("application_received", "Permohonan diterima", "Salam sejahtera {n},\n\nborang anda sudah sampai ke meja kami. Lulus ataupun gagal, jawapan dihantar ke peti e-mel anda dalam tiga minggu."))
lp("amh-koda", "amh", "አዲስ የቆዳ ዕደ ጥበብ", "addisleather", "et",
   ("የቆዳ ሥራ ባለሙያ ማመልከቻዎን በተመለከተ", "ውድ {n}፣\n\nለድርጅታችን ስላሳዩት ፍላጎት እናመሰግናለን። ለዚህ ቦታ ረጅም ልምድ ያለውን ሌላ አመልካች መርጠናል፤ ስለዚህ ማመልከቻዎን በዚህ ጊዜ አናስቀጥልም።"),
   ("application_received", "ማመልከቻዎ ደርሶናል", "ውድ {n}፣\n\nማመልከቻዎ ደርሶናል። ውጤቱ አዎንታዊም ሆነ አሉታዊ በሦስት ሳምንት ውስጥ በኢሜል እናሳውቅዎታለን።"))


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Recruitment Desk"])


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "bul": "{dd}.{mm}.{y} г.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 165; this slice, slice 166 and any later one are skipped by number."""
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
