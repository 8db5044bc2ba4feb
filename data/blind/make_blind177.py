# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-seventh sealed blind slice for issue 11 (blind-slice-177.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 177; slice 177, slice 178 and later never read; our side printed)
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

SEED = 1771771
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-177.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 177
SKIP_FROM = 177  # this slice, slice 178 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Tamsin Yeandle", "Okot Geoffrey Lakwo", "Sanam Memon", "Kaydeen Ollivierre", "Brody Lindqvist",
    "Wiktoria Zawadzka", "Jhoanna Macaraeg", "Loyce Atim", "Ghulam Rasool Khaskheli", "Shaniqua Hazell",
    "Colm Breathnach", "Marnie Vosloo", "Dakota Peltier", "Piotr Wieczorek", "Rhiannon Cottle",
    "Ariel Dimagiba", "Akello Prossy", "Zubeda Soomro", "Jaheim Cordice", "Harlow Ashdown",
    "Renske du Plessis", "Maia Tawhiri", "Brenna Fitzhugh", "Kacper Grabowski", "Lorna Bellweather",
    "Jerome Adongo", "Mehreen Abro", "Tyrese Quashie", "Ysolde Penrose", "Evangeline Sarmiento",
    "Callan Westbury", "Nkechi Arinze", "Imogen Thorncombe", "Dario Mendoza-Lucero", "Saoirse Kilbane",
]
REGION_SIGNERS = {
    "uk": ["Gareth Chedzoy", "Philippa Rendell", "Clemency Hobhouse", "Neville Puddy", "Orla Bastable"],
    "ie": ["Fiachra Mulroy", "Nuala Gethins", "Ronan Deasy"],
    "us": ["Della Harkavy", "Lamar Quigley", "Trudy Oberholt", "Esteban Villaseñor"],
    "cap": ["Kelsey Barnhardt", "Gurpreet Dosanjh", "Wade Molyneux"],
    "au": ["Shelley Dunstall", "Vasili Karras", "Kirra Pembleton"], "nt": ["Shelley Dunstall", "Kirra Pembleton"], "wa": ["Vasili Karras", "Kirra Pembleton"],
    "nz": ["Aroha Paewai", "Fergus Tulloch", "Mele Havili"],
    "za": ["Thandeka Mabuza", "Riaan Steenkamp", "Lerato Molefe"],
    "ug": ["Ojok Denis", "Lamunu Christine", "Opiyo Patrick"],
    "pk": ["Ayaz Channa", "Rukhsana Qureshi", "Imdad Laghari"],
    "vc": ["Maxine Ollivierre", "Desmond Simmons", "Glenda Hazell"],
    "pl": ["Agnieszka Wróblewska", "Marek Kaczmarczyk", "Dorota Pawlak"],
    "ph": ["Ma. Rosario Tolentino", "Jun-Jun Baluyot", "Cherry Mae Villanueva"],
}
GENERAL_SIGNERS = ["Harriet Okonkwo-Bell", "Sione Taufa", "Meredith Calloway", "Rajiv Bhandari", "Anneke Visagie"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العبادي", "يزن الحوراني"], "de": ["Wiebke Hollmann", "Arnulf Steinbrecher"],
    "es": ["Florencia Quiroga", "Matías Echeverry"], "fr": ["Maëlle Dufresne", "Yannick Rochon"],
    "hi": ["सुनयना कुलकर्णी", "हर्षवर्धन राठौड़"], "it": ["Ornella Cattaneo", "Gianluca Pirrone"],
    "ja": ["高橋 美咲", "松本 亮介"], "ko": ["윤서연", "한도윤"], "pt": ["Thaís Bezerra", "Caio Nascimento"],
    "ru": ["Ольга Белоусова", "Станислав Гордеев"], "sw": ["Neema Massawe", "Juma Mrisho"],
    "th": ["สุภาวดี ศรีสุข", "ธนากร วงศ์ใหญ่"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["صائمہ رشید", "عدنان ملک"], "zh": ["林雅婷", "黄建国"],
    "hrv": ["Ivana Kovačević", "Tomislav Babić"], "ron": ["Ioana Popescu", "Radu Dumitrescu"],
    "bul": ["Десислава Маринова", "Калоян Петков"], "ukr": ["Оксана Мельник", "Тарас Бондар"],
    "hun": ["Kovács Eszter", "Szabó Gergely"], "nld": ["Marloes van Dijk", "Joost Verbeek"],
    "pol": ["Katarzyna Lewandowska", "Grzegorz Mazur"], "ces": ["Lucie Benešová", "Ondřej Kříž"],
    "msa": ["Nurul Huda Ismail", "Faizal Rahman"], "amh": ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الشريف", "عمر النابلسي"], "de": ["Friederike Lange", "Moritz Kessler"],
    "es": ["Agustina Ferreyra", "Bruno Salvatierra"], "fr": ["Anaïs Perrault", "Loïc Gauthier"],
    "hi": ["अनुष्का सक्सेना", "विवेक चौहान"], "it": ["Beatrice Galli", "Davide Marchetti"],
    "ja": ["中村 優子", "伊藤 大輝"], "ko": ["이수진", "최민호"], "pt": ["Larissa Moura", "Felipe Araújo"],
    "ru": ["Анастасия Волкова", "Игорь Лебедев"], "sw": ["Halima Said", "Baraka Chande"],
    "th": ["พิมพ์ชนก ทองดี", "กิตติพัฒน์ สายสุวรรณ"], "tr": ["Selin Koç", "Onur Çelik"],
    "ur": ["حرا نواز", "بلال احمد"], "zh": ["张欣怡", "李俊杰"],
    "hrv": ["Petra Jurić", "Luka Horvat"], "ron": ["Andreea Stan", "Mihai Constantin"],
    "bul": ["Гергана Димитрова", "Николай Стоянов"], "ukr": ["Ірина Коваленко", "Андрій Шевчук"],
    "hun": ["Tóth Réka", "Nagy Bence"], "nld": ["Sanne de Boer", "Thijs Mulder"],
    "pol": ["Natalia Wójcik", "Michał Zieliński"], "ces": ["Tereza Dvořáková", "Jakub Svoboda"],
    "msa": ["Siti Aisyah Rahim", "Hakim Zulkifli"], "amh": ["ቤተልሔም አበበ", "ዳዊት ገብሬ"],
}
GIVEN = {
    "Okot Geoffrey Lakwo": "Geoffrey", "Ghulam Rasool Khaskheli": "Ghulam Rasool", "Akello Prossy": "Prossy",
    "Ojok Denis": "Denis", "Lamunu Christine": "Christine", "Opiyo Patrick": "Patrick",
    "Ma. Rosario Tolentino": "Rosario", "Cherry Mae Villanueva": "Cherry Mae", "Kovács Eszter": "Eszter", "Szabó Gergely": "Gergely",
    "Dario Mendoza-Lucero": "Dario",
}
PROVIDERS = ["sloepost", "quillbox", "harebell-mail", "cobnutmail", "drystonebox", "linnetpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pl": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "be": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cap": ("-0800", "-0700", "us"), "atl": ("-0400", "-0300", "us"), "ak": ("-0900", "-0800", "us"), "hst": ("-1000", None, ""),
    "vc": ("-0400", None, ""), "ar": ("-0300", None, ""), "br": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ug": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""),
    "tw": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nt": ("+0930", None, ""), "wa": ("+0800", None, ""), "qld": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cap", "atl", "ak", "hst")
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
QNOTE = "\n{sf}, the two certificate scans you wanted are attached; any morning bar Fridays suits me for a chat.\n{n}"
FOOT = "\n\n== {CO} · WITHYWIND CAREERS ==\nFresh vacancies go up on the Withywind pinboard every Tuesday evening; switch on a Peatlark nudge to hear first. Gullrush, our bi-monthly staff broadsheet, lists canteen menus and shift swaps. Text PEATQUIET and the careers mail goes hush. Replies land in an unwatched tray; applicant files meet the Withywind shredder at month twenty-nine."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your application – {role} (Req {ref})", "Hello {n},\n\nGrateful you spent an evening on the {role} form for {co}. the Candidate Home tile now shows: Closed – Different Applicant Chosen.\n\nYou may still browse other openings through the Candidate Home page, and your sign-in remains active.\n\n{co} Talent Team", ("Bridgwater Cat Litter Works", "Kotri Rice Husking Mills"), ("bridgwaterlitter", "kotririce"), frm="{co} Careers <careers-noreply@{dom}>", role=("Shift Chemist", "Boiler Attendant"), tz=("uk", "pk"))
mr("gh", "{co}: following up on {role}", "Hi {n},\n\nAfter the final panel chats for {role}, the {co} hiring crew chose to stop your candidacy here. A tight field; those hours you gave us were noticed.\n\nWarmly yours,\n{sig}\nPeople Ops, {co}", ("Mission Hill Drone Surveys", "Glastonbury Festival Fencing Ltd"), ("missionhilldrone", "glastofence"), role=("Survey Pilot", "Site Crew Lead"), tz=("cap", "uk"))
mr("lv", "{role} at {co}", "Dear {n},\n\nWe've come to a decision on {role} and it is to move ahead without your application. Apologies, it's a disappointing reply to open.\n\nWe'll hold your profile in our Peatlark talent circle for eight months unless you reply PEATLEAVE.\n\n{sig}, {co}", ("Gulu Shea Pressers", "Bequia Sail Loft"), ("gulushea", "bequiasail"), role=("Quality Clerk", "Canvas Stitcher"), tz=("ug", "vc"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not successful – vacancy awarded elsewhere</td></tr></table><p>Thank you for considering {co}.</p></body></html>", ("Wrocław QA Labs sp. z o.o.", "Davao Cavendish Growers Co-op"), ("wroclawqa", "davaocavendish"), frm="{co} via SmartRecruiters <mailer@{dom}>", role=("Test Automation Engineer", "Field Agronomist"), tz=("pl", "ph"))
mr("ic", "{co} – {role}", "Dear {n},\n\nOur screen compared your {role} submission with the must-haves listed. Lacking {x}, it stops at this stage.\n\nFresh postings appear on the job board weekly.\n\nTalent Acquisition\n{co}", ("Taunton Bus Depot Ltd", "Iloilo Mission Hospital"), ("tauntonbusdepot", "iloilomission"), frm="{co} Recruiting <icims-noreply@{dom}>", role=("Fleet Electrician", "Ward Clerk"), x=("a PCV category D licence", "a valid PRC licence"), tz=("uk", "ph"))
mr("tl", "Requisition {ref} update", "Dear {n},\n\nRequisition {ref} ({role}) at {co} shows Filled. Your linked application moves to Inactive as a result.\n\nSystem-sent notice; this address is unattended.", ("Okanagan Lakeshore Golf Club", "Sligo Seaweed Baths"), ("okgolfclub", "sligoseaweed"), frm="{co} Taleo <taleo@{dom}>", role=("Greenkeeper", "Bath Attendant"), tz=("cap", "ie"))
mr("wk", "{co}: your trial day", "Hey {n},\n\nThanks heaps for frying with us on the trial shift. The {role} spot goes to a different candidate, so this one wraps up for you.\n\nGo well,\n{sig}\n{co}", ("Kingsdown Doughnut Kitchen", "Cape Winelands Bottle Plant"), ("kingsdowndough", "cwbottle"), role=("Fryer Operator", "Palletiser Operator"), tz=("nz", "za"))
mr("bh", "An update from {co}", "Dear {n},\n\nA quick note: an existing {co} staffer has been appointed to the {role} post. The hiring manager valued your interest greatly.\n\nRegards from all of us,\n{sig}", ("Layibi Solar Installers", "Mount Boucherie Cellars"), ("layibisolar", "boucheriecellars"), role=("Installer Assistant", "Cellar Hand"), tz=("ug", "cap"))
mr("tt", "{role} – decision", "Dear Mr/Ms {n},\n\nMany thanks for applying to {role}. Please be informed that after analysis of documents we are continuing only with other persons. We wish you lots of successes in the further career path.\n\nWith kind regards / Pozdrawiam\n{sig}\n{co}", ("Gdańsk Ferry Terminal S.A.", "Poznań Rogal Bakery"), ("gdanskferry", "poznanrogal"), role=("Berth Coordinator", "Night Baker"), tz=("pl", "pl"))
mr("pp", "Your {role} assessment result", "Hello {n},\n\nThe assessment for {role} is scored. Your mark: {x}. Interview threshold this intake: {y}. So your application closes here.\n\nThank you for taking part.\n{co} Recruitment", ("Hyderabad Glass Bangle Cooperative", "Makati Ledger Partners"), ("hydbangle", "makatiledger"), role=("Stores Supervisor", "Audit Associate"), x=("23 of 40", "57%"), y=("29", "68%"), tz=("pk", "ph"))
mr("jz", "{role} at {co}", "Alright {n},\n\nYou did proper well getting to the last few for {role}. In the end the gaffer picked another body, so 'tis not to be this time, my lover.\n\nCheers me dears,\n{sig}\n{co}", ("Wells Cathedral Stoneyard", "Cheddar Gorge Climbing Co"), ("wellsstoneyard", "cheddarclimb"), role=("Banker Mason Apprentice", "Instructor"), tz=("uk", "uk"))
mr("as", "{co} – {role}", "Hi {n},\n\nThanks for the Tuesday hour with our founders. Your {role} application stops here; this hire needed an unusually narrow skill mix.\n\nBest,\n{sig}\n{co}", ("Kelowna Orchard Robotics", "Bequia Dive Adventures"), ("kelownaorchardbot", "bequiadive"), role=("Firmware Developer", "Dive Guide"), tz=("cap", "vc"))
mr("sc", "{co} seasonal crew", "Hi {n},\n\nEvery seat on the {role} crew next season is taken by returning pickers and rehires, leaving no spot for you this year, sorry.\n\nThanks for applying,\n{sig}\n{co}", ("Lake Country Cherry Pickers", "Swan Valley Grape Crew"), ("lakecountrycherry", "swanvalleygrape"), role=("picking", "vintage"), tz=("cap", "wa"))
mr("o1", "Your application to {co}", "Alright {n},\n\nGert thanks for putting in for {role}. Trouble is, gaffer've took a chap on from Street who'd done it before, so we shan't be asking you in.\n\nKeep well,\n{sig}\n{co}", "Shepton Peat-Free Compost", "sheptoncompost", role="Yard Hand", tz="uk")
mr("o2", "{role} – {co}", "Dear {n},\n\nApwoyo for applying. The interview board has recommended another applicant for {role}, and your papers stop at this stage. God bless your search.\n\n{sig}\nHR, {co}", "Pece Borehole Drillers", "pecebore", role="Driller's Mate", tz="ug")
mr("o3", "{co} – outcome", "Respected {n},\n\nThanks for your kind interest in {role}. After due scrutiny your profile has not been found suitable for the said post. We pray for your success, Insha Allah.\n\nRegards,\n{sig}\n{co}", "Latifabad Mango Pulp Exports", "latifabadmango", role="Lab Assistant", tz="pk")
mr("o4", "{role} – {co}", "Hi {n},\n\nWe reach out on the {role} job. We pick a next person for it, so we ain't moving with you this round. Thanks plenty for coming down to the jetty.\n\n{sig}\n{co}", "Port Elizabeth Ferry Line", "peferryline", role="Deckhand", tz="vc")
mr("o5", "{co} – {role}", "Hi {n},\n\nThanks for your patience, eh. The {role} job is filled now and your application ends there. Enjoy the rest of the lake season.\n\n{sig}\n{co}", "Westbank Marina Fuel Dock", "westbankfuel", role="Dock Attendant", tz="cap")
mr("o6", "Application – {role}", "Dear Mister {n},\n\nWe thank you for sending CV. Unfortunately the position {role} was given to candidate with bigger experience in SAP. We keep fingers crossed for you.\n\nBest regards\n{sig}\n{co}", "Kraków Lingua Translations", "krakowlingua", role="Localisation Coordinator", tz="pl")
mr("o7", "{role} application po", "Good day {n},\n\nSalamat po for applying as {role}. With regret po, your name did not reach the final shortlist. Kindly check our page for other openings. God bless!\n\n{sig}\n{co}", "Pampanga Signs & Tarpaulin", "pampangasigns", role="Layout Artist", tz="ph")
mr("o8", "{co} vacancy", "Dear {n},\n\nThank you for applying for {role}. Sorry to report, after interviews in Headingley another applicant got the post.\n\nYours sincerely,\n{sig}\n{co}", "Leeds Minibus Coachbuilders", "leedsminibus", role="Panel Beater", tz="uk")
mr("o9", "{role}", "Hi {n},\n\nA million thanks for thinking of Enniscrone. You'll not be brought forward for {role}, I'm afraid, but do keep an eye on us.\n\nAll the best,\n{sig}\n{co}", "Enniscrone Kelp Foods", "enniscronekelp", role="Production Operative", tz="ie")
mr("o10", "Re: your application for {role}", "Hi {n},\n\nI appreciate you taking time with us. Other applicants for {role}, with sugarbush seasons behind them, are going ahead instead.\n\nBest,\n{sig}\n{co}", "Burlington Maple Syrup Co.", "btvmaple", role="Evaporator Tech", tz="use")
mr("o11", "{co} application", "G'day {n},\n\nCheers for applying for {role}. Darwin says no this round, I'm afraid. Good luck out there, mate.\n\n{sig}\n{co}", "Darwin Crocodile Park", "darwincrocpark", role="Reptile Keeper", tz="nt")
mr("o12", "{role} at {co}", "Kia ora {n},\n\nThanks for applying for {role}. After reviewing everyone, your application won't carry on. Ngā mihi,\n{sig}\n{co}", "Dunedin Cacao Works", "dunedincacao", role="Tempering Technician", tz="nz")
mr("o13", "Your application: {role}", "Dear {n},\n\nThanks for eyeing the {role} opening. Sadly your name missed the Paarl shortlist. Sterkte with your search.\n\n{sig}\n{co}", "Paarl Pallet Racking", "paarlracking", role="Racking Inspector", tz="za")
mr("o14", "{co} – {role} update", "Hi {n},\n\nJust closing the loop: the {role} job went to another candidate and we won't be setting up an interview with you. Cheers for thinking of Omaha Grain.\n\n{sig}\n{co}", "Omaha Grain Elevator Co.", "omahaelevator", role="Elevator Operator", tz="usc")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThursday's meeting with you was a real pleasure, and the team spoke warmly about your answers on site safety.\n\nThe directors have appointed Pawel from our Taunton depot to the post.\n\nTake care,\n{sig}\n\n{OUT}", ("Taunton Bus Depot Ltd", "Gdańsk Ferry Terminal S.A."), ("tauntonbusdepot", "gdanskferry"), role=("Workshop Supervisor", "Shift Lead"), tz=("uk", "pl"))
mr("th2", "RE: [EXT] Re: thank you", "Dear {n},\n\nApwoyo matek for the kind note after our talk. Everyone enjoyed hearing about your time with the co-op in Lira.\n\nThe panel has settled on a Kitgum candidate for the role.\n\nWarmly,\n{sig}\n\n{GM}", ("Gulu Shea Pressers", "Layibi Solar Installers"), ("gulushea", "layibisolar"), role=("Field Officer", "Site Lead"), tz=("ug", "ug"))
mr("th3", "RE: [EXT] Re: second interview", "Hi {n},\n\nThanks again for driving up to the winery last week; your tasting notes impressed us.\n\nOur winemaker has offered the position to Jody, who worked two crushes with us, and she has accepted.\n\nCheers,\n{sig}\n\n{ORIG}", ("Mount Boucherie Cellars", "Okanagan Lakeshore Golf Club"), ("boucheriecellars", "okgolfclub"), role=("Assistant Winemaker", "Course Mechanic"), tz=("cap", "cap"))
mr("th4", "RE: [EXT] Re: meeting on Monday", "Salaam {n},\n\nIt was good to sit with you and discuss the packing line plans. Your ideas on the grading tables were noted.\n\nSeth sahib has given the charge to Imran from our Qasimabad unit.\n\nRegards,\n{sig}\n\n{RULE}", ("Latifabad Mango Pulp Exports", "Hyderabad Glass Bangle Cooperative"), ("latifabadmango", "hydbangle"), role=("Line Incharge", "Kiln Supervisor"), tz=("pk", "pk"))
mr("th5", "RE: [EXT] Re: follow-up", "Hi {n},\n\nWe had such fun showing you the loft. The skipper said you handled the palm and needle like a pro.\n\nWe gave the post to Kerwin, who crewed our Easter regatta boats.\n\nWalk good,\n{sig}\n\n{OUT}", ("Bequia Sail Loft", "Bequia Dive Adventures"), ("bequiasail", "bequiadive"), role=("Rigger", "Boat Captain"), tz=("vc", "vc"))
mr("th6", "RE: [EXT] Re: panel day", "Hi {n},\n\nThank you po for the effort on panel day, the partners liked your presentation very much.\n\nThe partners have chosen Ms. Aquino from our Cebu branch for the position.\n\nGod bless,\n{sig}\n\n{GM}", ("Makati Ledger Partners", "Iloilo Mission Hospital"), ("makatiledger", "iloilomission"), role=("Senior Associate", "Nurse Educator"), tz=("ph", "ph"))
mr("th7", "RE: [EXT] Re: yesterday", "Alright {n},\n\nLovely to meet you yesterday, and ta for the cake. Gaffer reckons you know your stone.\n\nHe's gone and given it to Dennis from the Glastonbury job.\n\nCheers,\n{sig}\n\n{ORIG}", ("Wells Cathedral Stoneyard", "Shepton Peat-Free Compost"), ("wellsstoneyard", "sheptoncompost"), role=("Fixer Mason", "Loader Driver"), tz=("uk", "uk"))
mr("th8", "RE: [EXT] Re: our conversation on {role}", "Hi {n},\n\nThank you for a thoughtful conversation and patience with our sluggish calendar.\n\nThe hiring committee has selected a candidate with lab automation experience, who starts next month.\n\nBest wishes,\n{sig}\n\n{RULE}", ("Wrocław QA Labs sp. z o.o.", "Kelowna Orchard Robotics"), ("wroclawqa", "kelownaorchardbot"), role=("QA Lead", "Robotics Tech"), tz=("pl", "cap"))
# ---- 8 clear refusals under the long footer
mr("ft1", "{role} at {co}: outcome", "Dear {n},\n\nThank you for applying for {role}. The Poznań and Omaha desks are passing on you for interview.{FOOT}", ("Poznań Rogal Bakery", "Omaha Grain Elevator Co."), ("poznanrogal", "omahaelevator"), frm="{co} Careers <jobs@{dom}>", role=("Packer", "Sampler"), tz=("pl", "usc"))
mr("ft2", "Update on {role}", "Hi {n},\n\nYour application for {role} has been unsuccessful this round.{FOOT}", ("Pampanga Signs & Tarpaulin", "Darwin Crocodile Park"), ("pampangasigns", "darwincrocpark"), frm="{co} Careers <jobs@{dom}>", role=("Print Operator", "Tour Guide"), tz=("ph", "nt"))
mr("ft3", "{co}: {role}", "Hello {n},\n\nWe regret to say {role} goes to other applicants, not you.{FOOT}", ("Leeds Minibus Coachbuilders", "Enniscrone Kelp Foods"), ("leedsminibus", "enniscronekelp"), frm="{co} Careers <jobs@{dom}>", role=("Trimmer", "Drier Operator"), tz=("uk", "ie"))
mr("ft4", "{role} – closing your application", "Dear {n},\n\nWe're sorry, your application for {role} ends here.{FOOT}", ("Paarl Pallet Racking", "Dunedin Cacao Works"), ("paarlracking", "dunedincacao"), frm="{co} Careers <jobs@{dom}>", role=("Welder", "Packing Lead"), tz=("za", "nz"))
# ---- 9 hedged refusals
mr("hd1", "{role} update", "Hi {n},\n\nThanks for waiting on us. Some applicants' backgrounds sat a touch closer to what the team is after for {role}.\n\nWishing you well,\n{sig}\n{co}", ("Burlington Maple Syrup Co.", "Cape Winelands Bottle Plant"), ("btvmaple", "cwbottle"), role=("Sugarmaker", "Line Tech"), tz=("use", "za"))
mr("hd2", "About {role}", "Dear {n},\n\nAfter some thought, {co} has decided to steer {role} down a different path from the one your experience points to.\n\nKind regards,\n{sig}", ("Cheddar Gorge Climbing Co", "Westbank Marina Fuel Dock"), ("cheddarclimb", "westbankfuel"), role=("Route Setter", "Marina Hand"), tz=("uk", "cap"))
mr("hd3", "Your {role} application", "Hello {n},\n\nWe read every form closely. For {role} a few candidates matched our current needs a little more exactly.\n\nThank you for your time,\n{sig}\n{co}", ("Kingsdown Doughnut Kitchen", "Kraków Lingua Translations"), ("kingsdowndough", "krakowlingua"), role=("Baker", "Proofreader"), tz=("nz", "pl"))
mr("hd4", "{role}", "Dear {n},\n\nThanks for putting yourself forward. Someone with years on a maple evaporator suited {role} more closely.\n\n{sig}\n{co}", "Vermont Sap House", "vtsaphouse", role="Boiling Assistant", tz="use")
mr("hd5", "{role} – {co}", "Hi {n},\n\nThe owners have opted to fill {role} in another way this season.\n\nBest wishes,\n{sig}\n{co}", "Bequia Fuel & Water Barge", "bequiabarge", role="Barge Hand", tz="vc")
mr("hd6", "{co} – {role}", "Dear {n},\n\nThank you. For {role} the panel felt other profiles fitted our Gulu operations better.\n\nWarm regards,\n{sig}\n{co}", "Acholi Sesame Traders", "acholisesame", role="Warehouse Clerk", tz="ug")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGreat speaking yesterday. Feedback on {role} came back and the client is moving ahead with another shortlisted person. Separately, I've got a {x} opening that looks close to your background; okay if your CV goes over to them?\n\n{sig}\n{co}", ("Mendip Talent Partners", "Warsaw Bridge Recruitment"), ("mendiptalent", "warsawbridge"), role=("Planning Engineer", "SAP Consultant"), x=("Quality Engineer in Yeovil", "FICO Analyst in Katowice"), tz=("uk", "pl"))
mr("rc2", "Quick update after our chat", "Hi {n},\n\nCheers for the early natter. The {role} post went to somebody already in the client's pipeline. Another role I'm keen to discuss, {x}, same pay band. Free tomorrow?\n\n{sig}\n{co}", ("Okanagan Search Group", "Manila Bay Staffing"), ("okanagansearch", "manilabaystaff"), role=("Controller", "Payroll Lead"), x=("an FP&A Manager in Vernon", "a Payroll Analyst in BGC"), tz=("cap", "ph"))
mr("rc3", "{role} – feedback and something else", "Hey {n},\n\nSpoke with the hiring manager: they picked the other finalist on {role}. Honestly you were close. I also have a {x} contract starting soon, could suit you well.\n\n{sig}\n{co}", "Lakeshore Tech Recruiters", "lakeshoretechrec", role="DevOps Engineer", x="six-month SRE", tz="usc")
mr("rc4", "After our phone call", "Dear {n},\n\nShukriya for the phone time, {n}. The client for {role} has chosen another candidate. I am however recruiting a {x} in Karachi and with your consent I'd send your CV there.\n\n{sig}\n{co}", "Indus Valley HR Consultants", "indusvalleyhr", role="Plant Engineer", x="Maintenance Manager", tz="pk")
mr("rc5", "{role} – news", "Hi {n},\n\nAs promised after our chat: {role} was offered to another candidate. Brighter news: a {x} reached me this morning, and you'd shine there.\n\n{sig}\n{co}", "Kampala Talent Link", "kampalatalentlink", role="Logistics Officer", x="Fleet Coordinator role in Lira", tz="ug")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) met the minimum qualifications but sat below the cut of names the panel forwarded for selection.\n\n{co}", ("City of Kelowna Human Resources", "Somerset Council Recruitment"), ("kelownahr", "somersetcouncilhr"), frm="{co} <noreply@{dom}>", role=("Bylaw Officer", "Highways Inspector"), tz=("cap", "uk"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nFollowing review, your {role} application is ruled ineligible: {x} was absent from the file on closing day.\n\n{co}", ("Gulu District Service Commission", "Sindh Public Service Commission"), ("guludsc", "sindhpsc"), frm="{co} <noreply@{dom}>", role=("Assistant Records Officer", "Sub-Engineer"), x=("your attested diploma copy", "your domicile certificate"), tz=("ug", "pk"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe {role} vacancy is cancelled by the Commission; nobody is appointed, and each application lapses along with the post.\n\n{co}", ("Government of St Vincent and the Grenadines – Service Commissions", "Civil Service Commission of the Philippines – Region VI"), ("svgservicecomm", "cscregion6"), frm="{co} <noreply@{dom}>", role=("Customs Clerk", "Administrative Aide"), tz=("vc", "ph"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten examination, {role}: your score {x}; qualifying mark {y}. Your name therefore stays off the merit list.\n\n{co}", ("Voivodeship Office Recruitment, Gdańsk", "Western Cape Provincial Recruitment"), ("pomorskiuw", "wcprovhr"), frm="{co} <noreply@{dom}>", role=("Inspector", "Admin Clerk"), x=("54 points", "61 marks"), y=("63", "70"), tz=("pl", "za"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\nStatus change on {role}: application no longer under consideration.\n\n{co}", ("Iloilo Mission Hospital", "Okanagan Lakeshore Golf Club"), ("iloilomission", "okgolfclub"), frm="{co} <ats-notify@{dom}>", role=("Pharmacy Aide", "Server"), tz=("ph", "cap"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>Position: <b>{role}</b></p><p>Stage: <b>Closed – dropped from consideration</b></p></body></html>", ("Bridgwater Cat Litter Works", "Davao Cavendish Growers Co-op"), ("bridgwaterlitter", "davaocavendish"), frm="{co} <ats-notify@{dom}>", role=("Forklift Driver", "Packer"), tz=("uk", "ph"))
mr("st3", "{co} – {role}", "<html><body><div>Hello {n}, your application ({ref}) for {role} is not being considered any further.</div></body></html>", ("Omaha Grain Elevator Co.", "Layibi Solar Installers"), ("omahaelevator", "layibisolar"), frm="{co} <ats-notify@{dom}>", role=("Scale Clerk", "Storekeeper"), tz=("usc", "ug"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026", "Dear {n},\n\nThanks for your {role} internship application. Over four hundred people chased twelve places; this cohort's offers went elsewhere.\n\n{co} Early Careers", ("Wrocław QA Labs sp. z o.o.", "Kelowna Orchard Robotics"), ("wroclawqa", "kelownaorchardbot"), frm="{co} Early Careers <early@{dom}>", role=("QA", "Mechatronics"), tz=("pl", "cap"))
mr("in2", "Graduate Programme decision", "Hi {n},\n\nSelection for our {role} graduate programme has wrapped up; the assessment-centre invitations went to others. Another go next year would be welcome.\n\n{sig}\n{co}", ("Makati Ledger Partners", "Cape Winelands Bottle Plant"), ("makatiledger", "cwbottle"), role=("Audit", "Engineering"), tz=("ph", "za"))
mr("in3", "Industrial attachment outcome", "Dear {n},\n\nThanks for seeking industrial attachment in {role}. This intake's places are filled and there is no slot for you.\n\n{sig}\n{co}", ("Gulu Shea Pressers", "Latifabad Mango Pulp Exports"), ("gulushea", "latifabadmango"), role=("Food Processing", "Quality Control"), tz=("ug", "pk"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've got your application – {role}", "Hello {n},\n\nYour {role} application (Req {ref}) reached {co}. Stages you may see: Submitted, Screening, Interviewing, Closed – Different Applicant Chosen. Each change is emailed.\n\n{co} Talent Team", ("Bridgwater Cat Litter Works", "Kotri Rice Husking Mills"), ("bridgwaterlitter", "kotririce"), frm="{co} Careers <careers-noreply@{dom}>", role=("Lab Technician", "Weighbridge Clerk"), tz=("uk", "pk"))
mo(A, "a2", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying for {role}. If the hiring crew decides not to progress your candidacy, you'll still hear from a human, not silence.\n\n{sig}\nPeople Ops, {co}", ("Mission Hill Drone Surveys", "Glastonbury Festival Fencing Ltd"), ("missionhilldrone", "glastofence"), role=("Data Processor", "Gate Builder"), tz=("cap", "uk"))
mo(A, "a3", "Application received: {role}", "Dear {n},\n\nGot it! Whichever way {role} ends, your profile joins the Peatlark talent circle for eight months unless you reply PEATLEAVE.\n\n{sig}, {co}", ("Gulu Shea Pressers", "Bequia Sail Loft"), ("gulushea", "bequiasail"), role=("Driver", "Apprentice Sailmaker"), tz=("ug", "vc"))
mo(A, "a4", "Application logged – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage now</td><td>Logged</td></tr><tr><td>Possible next</td><td>Shortlisted / Not successful – vacancy awarded elsewhere</td></tr></table></body></html>", ("Wrocław QA Labs sp. z o.o.", "Davao Cavendish Growers Co-op"), ("wroclawqa", "davaocavendish"), frm="{co} via SmartRecruiters <mailer@{dom}>", role=("Manual Tester", "Packhouse Clerk"), tz=("pl", "ph"))
mo(A, "a5", "{co} – {role} received", "Dear {n},\n\nWe have your submission for {role}. Should it not show {x}, screening would close it automatically; otherwise a recruiter looks it over inside ten days.\n\nTalent Acquisition\n{co}", ("Taunton Bus Depot Ltd", "Iloilo Mission Hospital"), ("tauntonbusdepot", "iloilomission"), frm="{co} Recruiting <icims-noreply@{dom}>", role=("Bus Driver", "Staff Nurse"), x=("a PCV category D licence", "a valid PRC licence"), tz=("uk", "ph"))
mo(A, "a6", "Requisition {ref} – application on file", "Dear {n},\n\nYour application to requisition {ref} ({role}) is on file. Should somebody else land the requisition, your record will be marked Inactive; no reply is needed.", ("Okanagan Lakeshore Golf Club", "Sligo Seaweed Baths"), ("okgolfclub", "sligoseaweed"), frm="{co} Taleo <taleo@{dom}>", role=("Pro Shop Assistant", "Receptionist"), tz=("cap", "ie"))
mo(A, "a7", "{co}: application in", "Hey {n},\n\nThanks heaps, your form for {role} is in. Next comes a paid trial day if we like the look of it; if the spot goes elsewhere a quick note comes your way too.\n\n{sig}\n{co}", ("Kingsdown Doughnut Kitchen", "Cape Winelands Bottle Plant"), ("kingsdowndough", "cwbottle"), role=("Counter Staff", "Forklift Operator"), tz=("nz", "za"))
mo(A, "a8", "Thank you – {co}", "Dear {n},\n\nThank you for applying for {role}. Internal staff can apply as well; should one of them be appointed, an email lets you know.\n\n{sig}", ("Layibi Solar Installers", "Mount Boucherie Cellars"), ("layibisolar", "boucheriecellars"), role=("Electrician", "Tasting Room Host"), tz=("ug", "cap"))
mo(A, "a9", "Confirmation of application – {role}", "Dear Mr/Ms {n},\n\nYour application for {role} is confirmed as received. In case the decision is for other candidates, you get information in this way also.\n\nPozdrawiam\n{sig}\n{co}", ("Gdańsk Ferry Terminal S.A.", "Poznań Rogal Bakery"), ("gdanskferry", "poznanrogal"), role=("Ticket Agent", "Confectioner"), tz=("pl", "pl"))
mo(A, "a10", "{role} – assessment coming", "Hello {n},\n\nThanks for applying for {role}. Everyone sits a short test; those below the cut-off are released from the process, the others get an interview slot.\n\n{co} Recruitment", ("Hyderabad Glass Bangle Cooperative", "Makati Ledger Partners"), ("hydbangle", "makatiledger"), role=("Accounts Clerk", "Tax Associate"), tz=("pk", "ph"))
mo(A, "a11", "Got your form – {co}", "Alright {n},\n\nGot your form for {role}, ta. If you hear nought by month's end, reckon the gaffer picked another, my lover.\n\n{sig}\n{co}", ("Wells Cathedral Stoneyard", "Cheddar Gorge Climbing Co"), ("wellsstoneyard", "cheddarclimb"), role=("Labourer", "Cafe Supervisor"), tz=("uk", "uk"))
mo(A, "a12", "{co} – we have your application", "Hi {n},\n\nYour {role} form arrived. Our founders read every application; yes or no, expect an answer inside three weeks.\n\n{sig}\n{co}", ("Kelowna Orchard Robotics", "Bequia Dive Adventures"), ("kelownaorchardbot", "bequiadive"), role=("Test Technician", "Boat Crew"), tz=("cap", "vc"))
mo(A, "a13", "Crew form received", "Hi {n},\n\nYour {role} crew form is in. Returning pickers choose seats first; if the crew fills up before your turn, your form rolls on to next season regardless.\n\n{sig}\n{co}", ("Lake Country Cherry Pickers", "Swan Valley Grape Crew"), ("lakecountrycherry", "swanvalleygrape"), role=("picking", "vintage"), tz=("cap", "wa"))
mo(A, "a14", "{role} – thanks from {co}", "Dear {n},\n\nWe got your CV for {role}. We only contact applicants whose profile matches; either way your details sit in our Shepton drawer for twelve months.\n\n{sig}\n{co}", ("Shepton Peat-Free Compost", "Leeds Minibus Coachbuilders"), ("sheptoncompost", "leedsminibus"), role=("Bagging Operative", "Apprentice"), tz=("uk", "uk"))
mo(A, "a15", "Apwoyo – application received", "Dear {n},\n\nApwoyo for applying for {role}. Only shortlisted people get a ring; if two weeks pass in silence, please consider yourself not shortlisted.\n\n{sig}\n{co}", ("Pece Borehole Drillers", "Acholi Sesame Traders"), ("pecebore", "acholisesame"), role=("Pump Mechanic", "Buyer"), tz=("ug", "ug"))
mo(A, "a16", "Acknowledgement – {role}", "Respected {n},\n\nYour application for {role} is received with thanks. In case profile is not found suiting, same shall be kept in our record for future needs.\n\n{sig}\n{co}", ("Latifabad Mango Pulp Exports", "Indus Valley HR Consultants"), ("latifabadmango", "indusvalleyhr"), role=("Boiler Operator", "HR Officer"), tz=("pk", "pk"))
mo(A, "a17", "We got you – {role}", "Hi {n},\n\nWe get your application for {role}. Good news or bad news, we go message you after the captain look it over.\n\n{sig}\n{co}", ("Port Elizabeth Ferry Line", "Bequia Fuel & Water Barge"), ("peferryline", "bequiabarge"), role=("Purser", "Barge Hand"), tz=("vc", "vc"))
mo(A, "a18", "Thanks for applying, eh", "Hi {n},\n\nThanks for applying for {role}. Picked or not, a note will come, eh, so no need to chase.\n\n{sig}\n{co}", ("Westbank Marina Fuel Dock", "City of Kelowna Human Resources"), ("westbankfuel", "kelownahr"), role=("Night Attendant", "Lifeguard"), tz=("cap", "cap"))
mo(A, "a19", "Application confirmation – {co}", "Dear Mister {n},\n\nWe confirm your CV for {role}. Also when answer is negative, we are sending information, please do not worry. We keep fingers crossed.\n\nBest regards\n{sig}\n{co}", ("Kraków Lingua Translations", "Warsaw Bridge Recruitment"), ("krakowlingua", "warsawbridge"), role=("Translator EN-PL", "Recruiter"), tz=("pl", "pl"))
mo(A, "a20", "Application received po", "Good day {n},\n\nThank you po for your application as {role}. Kindly wait for our call. Applicants outside the shortlist get an email also. God bless!\n\n{sig}\n{co}", ("Pampanga Signs & Tarpaulin", "Manila Bay Staffing"), ("pampangasigns", "manilabaystaff"), role=("Installer", "Admin Assistant"), tz=("ph", "ph"))
mo(A, "a21", "{co} – application noted", "Hi {n},\n\nThanks a million, your application for {role} is noted. Yes or no, a reply from Sligo or Burlington lands by {x} at the latest.\n\n{sig}\n{co}", ("Enniscrone Kelp Foods", "Burlington Maple Syrup Co."), ("enniscronekelp", "btvmaple"), role=("Operative", "Retail Associate"), x=("month's end", "mid-month"), tz=("ie", "use"))
mo(A, "a22", "Received: {role}", "G'day {n},\n\nCheers, your application for {role} landed. Possible outcomes are an interview call, a hold, or a not-this-time email; we aim to decide inside a fortnight.\n\n{sig}\n{co}", ("Darwin Crocodile Park", "Dunedin Cacao Works"), ("darwincrocpark", "dunedincacao"), role=("Ticketing", "Chocolatier"), tz=("nt", "nz"))
mo(A, "a23", "Application registered", "Dear {n},\n\nYour application for {role} is registered, thank you. If you are unsuccessful we shall let you know; either way, your documents will be destroyed after six months.\n\n{sig}\n{co}", ("Paarl Pallet Racking", "Omaha Grain Elevator Co."), ("paarlracking", "omahaelevator"), role=("Estimator", "Grain Grader"), tz=("za", "usc"))
mo(A, "a24", "Application received – {role}", "Dear {n},\n\nWe have received your {role} application (announcement {ref}). Qualified applicants may be forwarded to the selecting official; results post to your online account.\n\n{co}", ("Somerset Council Recruitment", "Sindh Public Service Commission"), ("somersetcouncilhr", "sindhpsc"), frm="{co} <noreply@{dom}>", role=("Planning Officer", "Junior Clerk"), tz=("uk", "pk"))
mo(A, "a25", "Your application is in", "Hi {n},\n\nThanks for applying for {role}. Our sugarhouse foreman will go through it this week and then suggest next steps.\n\n{sig}\n{co}", ("Vermont Sap House", "Lakeshore Tech Recruiters"), ("vtsaphouse", "lakeshoretechrec"), role=("Sugarhouse Helper", "Sourcer"), tz=("use", "usc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFFR = "interview", "next_steps", "offer"
mo(INV, "i1", "Interview – {role}", "Hi {n},\n\nCould we meet you for {role}? {dl}, half past ten, suits us. Unfortunately the visitors' car park has fresh lines going down, so find a spot on Priory Way.\n\n{sig}\n{co}", ("Taunton Bus Depot Ltd", "Mission Hill Drone Surveys"), ("tauntonbusdepot", "missionhilldrone"), role=("Fleet Electrician", "Survey Pilot"), tz=("uk", "cap"))
mo(INV, "i2", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nLovely to hear back. Are you free {dl}, two o'clock, for the directors? Sadly our lift is jammed again; stairs only, I'm afraid.\n\n{sig}\n\n{OUT}", ("Gdańsk Ferry Terminal S.A.", "Makati Ledger Partners"), ("gdanskferry", "makatiledger"), role=("Shift Lead", "Senior Associate"), tz=("pl", "ph"))
mo(INV, "i3", "RE: [EXT] Re: thank you", "Dear {n},\n\nApwoyo for the note. Our panel hopes to see you {dl}, nine in the morning, Layibi time. I'm afraid the generator is down, so the office may be warm.\n\n{sig}\n\n{GM}", ("Gulu Shea Pressers", "Layibi Solar Installers"), ("gulushea", "layibisolar"), role=("Field Officer", "Site Lead"), tz=("ug", "ug"))
mo(INV, "i4", "Interview invitation", "Respected {n},\n\nYou are shortlisted for {role}. Interview is fixed on {dl}, eleven sharp. Regrettably our front gate is being welded; kindly enter from the side.\n\n{sig}\n{co}", ("Latifabad Mango Pulp Exports", "Hyderabad Glass Bangle Cooperative"), ("latifabadmango", "hydbangle"), role=("Lab Assistant", "Stores Supervisor"), tz=("pk", "pk"))
mo(INV, "i5", "Come see us", "Hi {n},\n\nWe want you by the loft {dl}, nine sharp. Bad news is the dinghy dock broke, so walk along Belmont.\n\n{sig}\n{co}", ("Bequia Sail Loft", "Bequia Dive Adventures"), ("bequiasail", "bequiadive"), role=("Rigger", "Dive Guide"), tz=("vc", "vc"))
mo(INV, "i6", "Interview – {role} po", "Good day {n},\n\nYou are invited for interview as {role} on {dl} at 1pm. Unfortunately our aircon is under repair po, so please dress light.\n\n{sig}\n{co}", ("Pampanga Signs & Tarpaulin", "Iloilo Mission Hospital"), ("pampangasigns", "iloilomission"), role=("Layout Artist", "Ward Clerk"), tz=("ph", "ph"))
mo(INV, "i7", "Chat about {role}?", "Alright {n},\n\nFancy popping in {dl} about eleven for a natter about {role}? Sorry, the café's shut all that week, so pack a flask of tay.\n\n{sig}\n{co}", ("Wells Cathedral Stoneyard", "Cheddar Gorge Climbing Co"), ("wellsstoneyard", "cheddarclimb"), role=("Banker Mason Apprentice", "Instructor"), tz=("uk", "uk"))
mo(INV, "i8", "Interview: {role}", "Hi {n},\n\nFree for a video call about {role}, {dl}, four o'clock? Unfortunately the booking widget has crashed, so answer yes by email, eh.\n\n{sig}\n{co}", ("Kelowna Orchard Robotics", "Okanagan Lakeshore Golf Club"), ("kelownaorchardbot", "okgolfclub"), role=("Firmware Developer", "Greenkeeper"), tz=("cap", "cap"))
mo(INV, "i9", "Interview {dl}", "Dear {n},\n\nWe invite you for interview ({role}): {dl}, hour 10:00. Unfortunately parking near the bakery is not possible because of roadworks.\n\nPozdrawiam\n{sig}\n{co}", ("Poznań Rogal Bakery", "Kraków Lingua Translations"), ("poznanrogal", "krakowlingua"), role=("Night Baker", "Localisation Coordinator"), tz=("pl", "pl"))
mo(INV, "i10", "Interview for {role}", "G'day {n},\n\nKeen to meet you {dl} at 8:30 for {role}. Sadly the staff bus isn't running, so drive in.\n\n{sig}\n{co}", "Darwin Crocodile Park", "darwincrocpark", role="Reptile Keeper", tz="nt")
mo(NXT, "n1", "Next step: online assessment", "Hello {n},\n\nStage two of {role}: a 40-minute numeracy test, due by {dl}. Unfortunately the timer, once started, keeps ticking through breaks.\n\n{co} Recruitment", ("Hyderabad Glass Bangle Cooperative", "Wrocław QA Labs sp. z o.o."), ("hydbangle", "wroclawqa"), role=("Accounts Clerk", "Test Automation Engineer"), tz=("pk", "pl"))
mo(NXT, "n2", "{role} – documents needed", "Dear {n},\n\nFor {role}, kindly upload certificates plus two referees by {dl}. Sorry, the portal refuses anything over 4 MB.\n\n{sig}\n{co}", ("Iloilo Mission Hospital", "Sligo Seaweed Baths"), ("iloilomission", "sligoseaweed"), role=("Staff Nurse", "Bath Attendant"), tz=("ph", "ie"))
mo(NXT, "n3", "Trial day – {role}", "Hey {n},\n\nKeen to see you on a paid trial day for {role}; confirm by {dl}, ta. Bad news: painters have taken the staff room; lunch is on the bench out front.\n\n{sig}\n{co}", ("Kingsdown Doughnut Kitchen", "Cape Winelands Bottle Plant"), ("kingsdowndough", "cwbottle"), role=("Fryer Operator", "Palletiser Operator"), tz=("nz", "za"))
mo(NXT, "n4", "Take-home task", "Hi {n},\n\nFor {role}, the attached brief needs completing and returning by {dl}. Unfortunately it only opens in Excel.\n\n{sig}\n{co}", ("Makati Ledger Partners", "Burlington Maple Syrup Co."), ("makatiledger", "btvmaple"), role=("Audit Associate", "Evaporator Tech"), tz=("ph", "use"))
mo(NXT, "n5", "Medical and police check", "Dear {n},\n\nTo continue for {role}, please book your medical and police clearance before {dl}. Regrettably we cannot accept photocopies.\n\n{sig}\n{co}", ("Pece Borehole Drillers", "Port Elizabeth Ferry Line"), ("pecebore", "peferryline"), role=("Driller's Mate", "Deckhand"), tz=("ug", "vc"))
mo(OFFR, "f1", "Offer of employment – {role}", "Dear {n},\n\nDelighted to confirm an offer: {role}, starting {dl}. Sadly the uniform store is closed till then, so we'll fit you on day one.\n\n{sig}\n{co}", ("Leeds Minibus Coachbuilders", "Omaha Grain Elevator Co."), ("leedsminibus", "omahaelevator"), role=("Panel Beater", "Elevator Operator"), tz=("uk", "usc"))
mo(OFFR, "f2", "RE: [EXT] Re: offer", "Hi {n},\n\nGreat news: the job is yours! Contract attached; signature needed by {dl}. Unfortunately HR's printer died, so a scan is fine.\n\n{sig}\n\n{RULE}", ("Mount Boucherie Cellars", "Westbank Marina Fuel Dock"), ("boucheriecellars", "westbankfuel"), role=("Cellar Hand", "Dock Attendant"), tz=("cap", "cap"))
mo(OFFR, "f3", "Offer – {role}", "Dear {n},\n\nThe post of {role} awaits your acceptance. Kindly reply by {dl}. Unfortunately the staff canteen remains under renovation.\n\n{sig}\n{co}", "Acholi Sesame Traders", "acholisesame", role="Warehouse Clerk", tz="ug")
mo(OFFR, "f4", "Your offer", "Kia ora {n},\n\nCome join us as {role}! Start date {dl}. Sorry, parking's tight on Cumberland Street.\n\n{sig}\n{co}", "Dunedin Cacao Works", "dunedincacao", role="Tempering Technician", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
J = "other_job"
mo(J, "s1", "Status: with the hiring manager", "Hi {n},\n\nYour {role} application is now queued for the hiring manager's eyes. Nowt for you to do yet, love.\n\n{co}", ("Iloilo Mission Hospital", "Bridgwater Cat Litter Works"), ("iloilomission", "bridgwaterlitter"), frm="{co} <ats-notify@{dom}>", role=("Pharmacy Aide", "Shift Chemist"), tz=("ph", "uk"))
mo(J, "s2", "Withdrawal confirmed", "Hi {n},\n\nDone and dusted: your {role} application comes off the system as you asked. Reapply whenever suits.\n\n{sig}\n{co}", ("Okanagan Lakeshore Golf Club", "Gdańsk Ferry Terminal S.A."), ("okgolfclub", "gdanskferry"), role=("Server", "Berth Coordinator"), tz=("cap", "pl"))
mo(J, "s3", "{role} on hold", "Dear {n},\n\nThe {role} requisition is paused while budgets are confirmed. Your application remains open; updates will follow.\n\n{sig}\n{co}", ("Davao Cavendish Growers Co-op", "Sligo Seaweed Baths"), ("davaocavendish", "sligoseaweed"), role=("Field Agronomist", "Receptionist"), tz=("ph", "ie"))
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nSpotted your profile while hunting for a {role}; the vacancy might suit you. Fancy a call this week?\n\n{sig}\n{co}", ("Mendip Talent Partners", "Kampala Talent Link"), ("mendiptalent", "kampalatalentlink"), role=("Site Manager", "Procurement Officer"), tz=("uk", "ug"))
mo("recruiter_outreach", "r2", "Opportunity in Kelowna", "Hi {n},\n\nA winery client near Kelowna wants a {role}. You look a strong match to me; fancy a chat?\n\n{sig}\n{co}", "Okanagan Search Group", "okanagansearch", role="Cellar Master", tz="cap")
mo("job_alert", "al", "New jobs this week", "Hi {n},\n\nYour alert caught three new roles: Yard Hand (Shepton Mallet), Driver (Glastonbury), Clerk (Wells). Sorry, the map view is offline.{FOOT}", "Withywind Jobs", "withywindjobs", frm="Withywind Alerts <alerts@{dom}>", tz="uk")
NJ = "non_job_rejection_words"
mo(NJ, "nj1", "Your loan application", "Dear {n},\n\nHaving reviewed your personal loan application, we're declining it at present.\n\n{co}", ("Quantock Building Society", "Gulu Village Savings Bank"), ("quantockbs", "guluvsb"), frm="{co} Lending <lending@{dom}>", tz=("uk", "ug"))
mo(NJ, "nj2", "Festival ballot result", "Hi {n},\n\nThanks for entering the Pilton ticket ballot. Pilton's draw skipped your number in 2026.\n\n{co}", "Pilton Field Ballot Office", "piltonballot", frm="{co} <ballot@{dom}>", tz="uk")
mo(NJ, "nj3", "Harbour View flat", "Hi {n},\n\nThanks for viewing Harbour View. The owner has gone with another tenant's application.\n\n{sig}\n{co}", "Bequia Lettings", "bequialettings", tz="vc")
mo(NJ, "nj4", "Rowing club membership", "Dear {n},\n\nThe novice squad is full this term; every seat in the boats is taken. We hold your name for the spring list.\n\n{sig}\n{co}", "Okanagan Rowing Club", "okrowing", tz="cap")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    """One refusal and its twin from the same sender; English ones carry a Withywind channel line."""
    tail = f"\n\n(listed on Withywind{ch}, a Withywind trades board)" if ch else ""
    frm = f"{co} <jobs@{{dom}}>"
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{KIND_CODE[twin[0]]}-{fam}", twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


AK, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("gutter", "Avocet", "Exmoor Leadwork & Gutters", "exmoorlead", "uk", ("Gutterlacing improver", "Hi {n},\n\nThanks for applying to learn gutterlacing with us. The improver's place has gone to a roofer we already know, so you miss out this season.\n\n{sig}"), (AK, "Gutterlacing improver – form in", "Hi {n},\n\nYour form for the gutterlacing improver's place is in. If another roofer gets it, a line from Exmoor follows anyway.\n\n{sig}"))
pair("kipper", "Bittern", "Craster Smokehouse Cooperative", "crastersmoke", "uk", ("Kipperhanging season", "Dear {n},\n\nWe're sorry, the kipperhanging rota this season is complete and the smokehouse is full up.\n\n{sig}"), (IV, "Kipperhanging – come in", "Dear {n},\n\nCould you come to the smokehouse on {dl} at 7am to try kipperhanging? Sadly the lane is flooded, so park by the harbour.\n\n{sig}"))
pair("tile", "Curlew", "Anglesey Slate Roofers", "angleseyslate", "uk", ("Tilebattening hand", "Hi {n},\n\nThanks for your tilebattening enquiry. That role is going to a Holyhead slater instead.\n\n{sig}"), (NX, "Tilebattening – tickets", "Hi {n},\n\nBefore we can start you on tilebattening, send your CSCS card by {dl}. Unfortunately our scanner is broken, a phone photo will do.\n\n{sig}"))
pair("withy", "Dunlin", "Sedgemoor Withy Beds", "sedgemoorwithy", "uk", ("Withybinding job", "Alright {n},\n\nThe withybinding job went to an Athelney lad, so we shan't need you this year.\n\n{sig}"), (OF, "Withybinding – it's yours", "Alright {n},\n\nStart withybinding with us {dl}, if you're game. Sorry, the yard tap's frozen, bring water.\n\n{sig}"))
pair("eel", "Eider", "Severn Elver & Eel Co", "severneel", "uk", ("Eelbucking crew", "Dear {n},\n\nKind of you to want a place on the eelbucking crew. Regrettably you have not been selected.\n\n{sig}"), (AK, "Eelbucking crew – received", "Dear {n},\n\nThanks, your application for the eelbucking crew is received. Selected or not, a Severn letter comes to each applicant.\n\n{sig}"))
pair("well", "Fulmar", "Hilo Wellshaft Services", "hilowells", "hst", ("Wellshafting helper", "Aloha {n},\n\nMahalo for applying. We filled the wellshafting helper position with another applicant.\n\n{sig}"), (IV, "Wellshafting helper – interview", "Aloha {n},\n\nCan you meet us {dl} at 9am about wellshafting? Unfortunately our yard road washed out; come via the Kamehameha Avenue gate.\n\n{sig}"))
pair("skive", "Godwit", "Kumasi Leather Guild", "kumasileather", "gh", ("Leatherskiving apprentice", "Dear {n},\n\nWe appreciate your interest in leatherskiving. The guild has chosen another apprentice instead.\n\n{sig}"), (AK, "Leatherskiving apprentice – we got it", "Dear {n},\n\nYour leatherskiving papers reached the guild office. Shortlisted or not, the guild writes to you inside three weeks.\n\n{sig}"))
pair("cider", "Heron", "Nova Scotia Orchard Cider", "nsorchardcider", "atl", ("Cidertasting panel", "Hi {n},\n\nThanks for applying to our cidertasting panel. No seat on it for you in 2026, sadly.\n\n{sig}"), (NX, "Cidertasting panel – palate test", "Hi {n},\n\nNext step for the cidertasting panel is a short palate test; pick a slot by {dl}. Sadly the tasting room heating is off; wear a jumper.\n\n{sig}"))
pair("graft", "Ibis", "Thika Road Orchard Grafters", "thikagrafters", "ke", ("Orchardgrafting team", "Dear {n},\n\nAsante for applying to the orchardgrafting team. Unfortunately your application was not successful.\n\n{sig}"), (IV, "Orchardgrafting – meet us", "Dear {n},\n\nPlease come to the nursery on {dl} at 8am to talk orchardgrafting. Regrettably the borehole pump is down, so carry drinking water.\n\n{sig}"))
pair("pitch", "Jacana", "Lunenburg Pitchcaulking Yard", "lunenburgpitch", "atl", ("Pitchcaulking hand", "Hi {n},\n\nThanks for dropping by the Lunenburg yard. The pitchcaulking hand job went to another applicant.\n\n{sig}"), (OF, "Pitchcaulking – offer", "Hi {n},\n\nWe're offering you the pitchcaulking hand job from {dl}. Unfortunately the boot room lockers are full for now.\n\n{sig}"))
pair("wick", "Kestrel", "Penang Candle Wickery", "penangwick", "my", ("Wickdipping operator", "Dear {n},\n\nThank you for eyeing the wickdipping operator role. Your Penang application ends at this stage.\n\n{sig}"), (AK, "Wickdipping operator – received", "Dear {n},\n\nWe received your application for wickdipping operator. Should you miss the shortlist, an email will inform you.\n\n{sig}"))
pair("hive", "Lapwing", "Lusaka Beehive Weavers", "lusakahive", "zm", ("Beehivewicker weaver", "Dear {n},\n\nThanks for applying as beehivewicker weaver. The post is filled, and not by you.\n\n{sig}"), (IV, "Beehivewicker – interview", "Dear {n},\n\nPlease come on {dl} at 10am to show your beehivewicker work. Sorry, the ZESCO power cuts mean the workshop is dim.\n\n{sig}"))
pair("bellow", "Merlin", "Sheffield Forge Bellows", "sheffbellows", "uk", ("Bellowsstitching vacancy", "Hi {n},\n\nThanks for applying for bellowsstitching. Sadly the Sheffield shortlist doesn't include you.\n\n{sig}"), (NX, "Bellowsstitching – sample", "Hi {n},\n\nPlease email a photo of a stitched seam for the bellowsstitching role by {dl}. Unfortunately posted samples won't come back.\n\n{sig}"))
pair("coal", "Nightjar", "Merthyr Coal Merchants", "merthyrcoal", "uk", ("Coalsacking round", "Dear {n},\n\nThe coalsacking round went elsewhere, so no start for you.\n\n{sig}"), (AK, "Coalsacking round – form received", "Dear {n},\n\nGot your form for the coalsacking round. If it goes to somebody else, we'll ring to tell you.\n\n{sig}"))
pair("tin", "Osprey", "Camborne Heritage Tinmining", "cambornetin", "uk", ("Tinmining guide", "Hi {n},\n\nKind of you to apply to guide at the tinmining site. The job won't be yours.\n\n{sig}"), (IV, "Tinmining guide – interview", "Hi {n},\n\nPop in {dl}, two o'clock, for the tinmining guide role. Unfortunately the cage lift is out, so wear boots for the ladder.\n\n{sig}"))
pair("fence", "Plover", "Bozeman Fencewiring Ranch Supply", "bozemanfence", "usm", ("Fencewiring crew", "Hi {n},\n\nAppreciate your interest. We've hired another hand for the fencewiring crew.\n\n{sig}"), (OF, "Fencewiring crew – offer", "Hi {n},\n\nGlad to offer you fencewiring crew work from {dl}. Sadly the bunkhouse stove is broken till spring.\n\n{sig}"))
pair("hay", "Quail", "Waikato Haybaling Contractors", "waikatohay", "nz", ("Haybaling driver", "Kia ora {n},\n\nThanks for applying for haybaling driver. A local operator got it this summer.\n\n{sig}"), (AK, "Haybaling driver – application in", "Kia ora {n},\n\nYour haybaling driver application is in. We tell everyone the result, good or otherwise.\n\n{sig}"))
pair("chain", "Redshank", "Durban Harbour Chainmending", "dbnchain", "za", ("Chainmending fitter", "Dear {n},\n\nThank you for applying for chainmending fitter. Regrettably your Durban application did not succeed.\n\n{sig}"), (NX, "Chainmending fitter – trade test", "Dear {n},\n\nBefore {dl}, please book your chainmending trade test. Unfortunately the test bay is shadeless; a hat helps.\n\n{sig}"))
pair("basket", "Shag", "Kingston Basketlidding Works", "kgnbasket", "jm", ("Basketlidding position", "Hi {n},\n\nThanks for reaching out. Di basketlidding position filled, so we nah taking you on right now.\n\n{sig}"), (IV, "Basketlidding – come through", "Hi {n},\n\nCome through {dl}, ten sharp, for the basketlidding position. Sorry, di gate lock mash up, so knock at the side.\n\n{sig}"))
pair("ferry", "Tern", "Lagos Ferrysplicing Marine", "lagosferrysplice", "ng", ("Ferrysplicing rigger", "Dear {n},\n\nThank you for the ferrysplicing rigger application. It stops here at shortlisting.\n\n{sig}"), (AK, "Ferrysplicing rigger – received", "Dear {n},\n\nYour ferrysplicing application is received. If you are not selected, kindly note an email still reaches you.\n\n{sig}"))
pair("kiln", "Upupa", "Khurja Kilnsweeping Services", "khurjakiln", "in", ("Kilnsweeping supervisor", "Dear {n},\n\nThank you for applying for kilnsweeping supervisor. With regret, the Khurja selection has gone elsewhere.\n\n{sig}"), (OF, "Kilnsweeping supervisor – offer", "Dear {n},\n\nKindly accept our offer of kilnsweeping supervisor from {dl}. Regrettably staff quarters are being repaired.\n\n{sig}"))
pair("button", "Vireo", "Singapore Buttonpunching Atelier", "sgbutton", "sg", ("Buttonpunching machinist", "Hi {n},\n\nThanks for applying. The buttonpunching machinist role is filled; your application ends here.\n\n{sig}"), (IV, "Buttonpunching – interview", "Hi {n},\n\nCan you come on {dl} at 3pm about buttonpunching? Unfortunately the lift at Kallang is under maintenance.\n\n{sig}"))
pair("egg", "Wryneck", "Louisiana Eggcandling Farms", "laeggcandle", "usc", ("Eggcandling tech", "Hi {n},\n\nThanks for applying. Another applicant was chosen for eggcandling tech.\n\n{sig}"), (AK, "Eggcandling tech – application in", "Hi {n},\n\nYour eggcandling form reached the farm. Picked or passed over, a Louisiana reply comes inside ten days.\n\n{sig}"))
pair("whip", "Xenops", "Longreach Stockwhipplaiting", "longreachwhip", "qld", ("Stockwhipplaiting apprentice", "G'day {n},\n\nCheers for applying. The stockwhipplaiting apprentice spot went to another bloke.\n\n{sig}"), (NX, "Stockwhipplaiting – sample plait", "G'day {n},\n\nSend us a photo of a four-strand plait by {dl} for the stockwhipplaiting spot. Sorry, no posted samples.\n\n{sig}"))
pair("mangrove", "Yellowlegs", "Suva Mangrovepruning Trust", "suvamangrove", "fj", ("Mangrovepruning ranger", "Bula {n},\n\nVinaka for applying. The mangrovepruning ranger post went to another applicant.\n\n{sig}"))
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins (not the Amharic one)
pair("ar", "", "مطبعة الزرقاء الحديثة", "zarqapress", "jo", ("طلب وظيفة فني طباعة", "السيد/السيدة {n}،\n\nنشكركم على اهتمامكم بوظيفة فني طباعة في مطبعتنا. وبعد دراسة الطلبات وقع الاختيار على مرشح آخر لهذه الوظيفة.\n\nمع التحية،\n{sig}"), (IV, "دعوة لمقابلة – فني طباعة", "السيد/السيدة {n}،\n\nيسرنا دعوتكم لمقابلة يوم {dl} في تمام العاشرة. للأسف ساحة الوقوف مغلقة بسبب أعمال الصيانة، فيرجى الوقوف في الشارع الخلفي.\n\n{sig}"), lang="ar")
pair("de", "", "Bremer Kaffeerösterei Weserblick", "weserblickkaffee", "de", ("Ihre Bewerbung als Röster/in", "Hallo {n},\n\ndanke, dass Sie sich für unsere Rösterei an der Weser interessieren. Die Wahl fiel auf jemand anderen, deshalb erhalten Sie von uns leider keine Zusage.\n\nFreundliche Grüße\n{sig}"), (AK, "Eingangsbestätigung: Röster/in", "Hallo {n},\n\nIhre Unterlagen für die Röster-Stelle liegen uns vor. Zusage wie Absage teilen wir Ihnen binnen drei Wochen mit.\n\nFreundliche Grüße\n{sig}"), lang="de")
pair("es", "", "Molino Yerbatero Sierras de Córdoba", "yerbatero-cba", "ar", ("Postulación: operario de molienda", "Hola {n}:\n\nGracias por postularte como operario de molienda. El puesto quedó para otro postulante, por lo que tu candidatura termina acá.\n\nSaludos,\n{sig}"), (IV, "Entrevista: operario de molienda", "Hola {n}:\n\n¿Podés venir el {dl} a las 9 para una entrevista? Lamentablemente el portón principal está roto; entrá por el costado.\n\nSaludos,\n{sig}"), lang="es")
pair("fr", "", "Reliure d'art Namuroise", "reliurenamur", "be", ("Votre candidature – relieur", "Bonjour {n},\n\nVous avez pensé à notre atelier namurois, merci. Un autre candidat a été choisi et votre dossier est clos.\n\nCordialement,\n{sig}"), (AK, "Accusé de réception – relieur", "Bonjour {n},\n\nVos documents pour l'atelier namurois sont bien arrivés. Réponse positive ou négative, un courriel vous parviendra sous quinze jours.\n\nCordialement,\n{sig}"), lang="fr")
pair("hi", "", "कानपुर ज़ीन कारख़ाना", "kanpurzeen", "in", ("आवेदन का परिणाम – सिलाई कारीगर", "{n} जी, नमस्कार।\n\nकानपुर ज़ीन कारख़ाना सिलाई कारीगर के 12 पदों पर 2026 की भर्ती पूरी कर चुका है और आपका नाम इस सूची में नहीं है।\n\nसादर,\n{sig}"), (OF, "नियुक्ति प्रस्ताव – सिलाई कारीगर", "{n} जी, नमस्कार।\n\nकानपुर ज़ीन कारख़ाना आपको सिलाई कारीगर रखना चाहता है। {dl} तक हाँ या ना बताइए। अफ़सोस, कैंटीन अभी बंद है।\n\nसादर,\n{sig}"), lang="hi")
pair("it", "", "Prosciuttificio Val Parma", "valparmaprosciutto", "it", ("Candidatura – addetto alla salatura", "Gentile {n},\n\ngrazie dell'attenzione al prosciuttificio e al posto di addetto alla salatura. Abbiamo scelto un altro candidato e non potremo procedere con lei.\n\nCordiali saluti,\n{sig}"), (NX, "Prossimo passo – addetto alla salatura", "Gentile {n},\n\nle chiediamo di inviarci il certificato HACCP: scadenza {dl}. Il fax della sede, purtroppo, è guasto, quindi meglio l'email.\n\nCordiali saluti,\n{sig}"), lang="it")
pair("ja", "", "奈良墨工房 玄香堂", "genkodo-sumi", "jp", ("墨職人見習い 選考結果のご連絡", "{n} 様\n\nこのたびは墨職人見習いにご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は別の方を採用することとなりました。\n\n{sig}"), (IV, "面接のご案内（墨職人見習い）", "{n} 様\n\n{dl} 午後二時に工房にて面接を行います。あいにく駐車場が工事中のため、公共交通機関をご利用ください。\n\n{sig}"), lang="ja")
pair("ko", "", "전주 한지 공방", "jeonjuhanji", "kr", ("한지 장인 보조 채용 결과 안내", "{n} 님께\n\n전주 한지 공방 보조 자리에 지원해 준 것에 감사드립니다. 이번 자리는 다른 분께 돌아갔음을 알려 드립니다.\n\n{sig} 드림"), (NX, "한지 장인 보조 – 실기 과제 안내", "{n} 님께\n\n다음 단계로 실기 과제를 {dl}까지 제출해 주세요. 아쉽게도 공방 주차장은 공사 중입니다.\n\n{sig} 드림"), lang="ko")
pair("pt", "", "Estaleiro Ribeirinho de Manaus", "estaleiromanaus", "br", ("Candidatura: carpinteiro naval", "Olá {n},\n\nvaleu por se interessar pela vaga de carpinteiro naval do estaleiro. A vaga ficou com outro candidato, então o seu processo termina aqui.\n\nAbraços,\n{sig}"), (IV, "Entrevista – carpinteiro naval", "Olá {n},\n\nvocê pode vir ao estaleiro no dia {dl} às 8h? Infelizmente o cais está em reforma, entre pela rua de trás.\n\nAbraços,\n{sig}"), lang="pt")
pair("ru", "", "Тульская самоварная мастерская", "tulasamovar", "ru", ("Ответ по вакансии медника", "Здравствуйте, {n}!\n\nБлагодарим за отклик на вакансию медника. Место медника уже занял другой кандидат, поэтому сотрудничество на этот раз не сложится.\n\nС уважением,\n{sig}"), (NX, "Вакансия медника: пробное задание", "Здравствуйте, {n}!\n\nПросим выполнить пробное задание до {dl} включительно. Склад, к сожалению, закрыт на ремонт, материалы пришлём курьером.\n\nС уважением,\n{sig}"), lang="ru")
pair("sw", "", "Kiwanda cha Mafuta ya Karafuu Pemba", "pembakarafuu", "tz", ("Ombi la kazi ya msimamizi wa mitambo", "Ndugu {n},\n\nShukrani kwa nia yako ya kuwa msimamizi wa mitambo kiwandani Pemba. Nafasi hiyo amepewa mtu mwingine, kwa hiyo ombi lako linaishia hapa.\n\nKwa heri,\n{sig}"), (IV, "Mwaliko wa usaili", "Ndugu {n},\n\nTunakualika kwa usaili: tarehe {dl}, saa tatu asubuhi katika ofisi ya kiwanda. Kwa masikitiko, lango kuu linarekebishwa, tafadhali tumia mlango wa pembeni.\n\nWako,\n{sig}"), lang="sw")
pair("th", "", "สวนกล้วยไม้นครปฐม", "nkporchid", "th", ("ผลการสมัครงานตำแหน่งผู้ดูแลเรือนเพาะชำ", "เรียน คุณ{n}\n\nขอบคุณที่สมัครตำแหน่งผู้ดูแลเรือนเพาะชำ ตำแหน่งนี้ทางสวนกล้วยไม้ตัดสินใจรับคนอื่น ทางสวนขออวยพรให้คุณโชคดีกับงานต่อไป\n\n{sig}"), (OF, "ข้อเสนอการจ้างงาน", "เรียน คุณ{n}\n\nยินดีเสนองานตำแหน่งผู้ดูแลเรือนเพาะชำ เริ่มงานวันที่ {dl} น่าเสียดายที่โรงอาหารยังปิดซ่อมอยู่\n\n{sig}"), lang="th")
pair("tr", "", "Antep Fıstık Kavurma Evi", "antepfistik", "tr", ("Kavurma ustası başvurunuz", "Merhaba {n},\n\nKavurma ustası ilanımıza gösterdiğiniz ilgi için sağ olun. Pozisyon için farklı bir aday seçildi.\n\nSaygılarımızla,\n{sig}"), (IV, "Mülakat daveti – kavurma ustası", "Merhaba {n},\n\nKavurma evinde {dl} tarihinde öğleden önce 11.00'de görüşelim. Maalesef otoparkımız tadilatta, dolmuşla gelmenizi öneririz.\n\nSaygılarımızla,\n{sig}"), lang="tr")
pair("ur", "", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("درخواست کا نتیجہ – نقاش", "محترم {n}،\n\nلاہور ٹرک آرٹ ورکشاپ میں نقاش بننے کی خواہش پر شکریہ۔ اس بار یہ کام گوجرانوالہ کے ایک استاد کو ملا ہے۔\n\nوالسلام،\n{sig}"), (OF, "ملازمت کی پیشکش – نقاش", "محترم {n}،\n\nہمیں آپ کو نقاش کی ملازمت پیش کرتے ہوئے خوشی ہے۔ براہ کرم {dl} تک جواب دیں۔ افسوس کہ ورکشاپ کی بجلی ابھی بند ہے۔\n\nوالسلام،\n{sig}"), lang="ur")
pair("zh", "", "台南古早味鳳梨酥坊", "tainanpineapplecake", "tw", ("烘焙師職缺應徵結果", "{n} 您好：\n\n感謝您應徵烘焙師一職。經過審慎評估，我們已錄取其他應徵者，這次無法與您合作。\n\n{sig} 敬上"), (OF, "錄取通知：烘焙師", "{n} 您好：\n\n很高興通知您錄取烘焙師一職，請於{dl}前回覆。可惜員工停車場正在整修。\n\n{sig} 敬上"), lang="zh")
pair("hrv", "", "Paška sirana Kolan", "paskasirana", "hr", ("Odgovor na prijavu za sirara", "Poštovani {n},\n\nhvala što ste se javili na naš oglas za sirara. Posao je pripao drugom kandidatu, pa ovdje završavamo postupak.\n\nLijep pozdrav iz Kolana,\n{sig}"), (IV, "Poziv na razgovor – sirar", "Poštovani {n},\n\npozivamo Vas na razgovor {dl} u 9 sati. Nažalost, parkiralište uz siranu trenutačno se asfaltira.\n\nSrdačan pozdrav,\n{sig}"), lang="hrv")
pair("ron", "", "Atelierul de porți sculptate Maramureș", "portimaramures", "ro", ("Răspuns la candidatura de sculptor", "Stimată/Stimate {n},\n\nmulțumim că ați aplicat la atelierul nostru de porți. Pentru postul de sculptor am ales pe altcineva, așa că procesul se oprește aici.\n\nNumai bine din Maramureș,\n{sig}"), (IV, "Invitație la interviu – sculptor", "Stimată/Stimate {n},\n\nvenți la atelier pentru interviu: {dl}, ora zece. Din păcate drumul de acces este în lucru, veniți pe la moară.\n\nCu stimă,\n{sig}"), lang="ron")
pair("bul", "", "Казанлъшка розоварна „Долината“", "kazanlakroza", "bg", ("Отговор по кандидатурата за дестилатор", "Уважаеми/а {n},\n\nБлагодарим за интереса към работата в розоварната. За мястото на дестилатор беше избран друг човек и процесът за Вас приключва тук.\n\nПоздрави,\n{sig}"), (NX, "Следваща стъпка – дестилатор", "Уважаеми/а {n},\n\nМоля, изпратете медицинското си свидетелство до {dl}. За съжаление складът ни е затворен за ремонт.\n\nПоздрави,\n{sig}"), lang="bul")
pair("ukr", "", "Полтавська кухня вареників", "poltavavareniki", "ua", ("Відповідь щодо вакансії кухаря", "Добрий день, {n}!\n\nДякуємо за відгук на вакансію кухаря. Посаду кухаря вже обійняв інший кандидат, тож цього разу співпраці не буде.\n\nЗ найкращими побажаннями,\n{sig}"), (NX, "Вакансія кухаря: наступний крок", "Добрий день, {n}!\n\nБудь ласка, надішліть санітарну книжку до {dl}. На жаль, наш офіс тимчасово без світла.\n\nЗ повагою,\n{sig}"), lang="ukr")
pair("hun", "", "Tokaji Kádárműhely", "tokajikadar", "hu", ("Válasz a kádár pályázatára", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett a kádár munkakörre. Másik jelöltet választottunk, így jelentkezését nem visszük tovább.\n\nÜdvözlettel:\n{sig}"), (AK, "Jelentkezését megkaptuk – kádár", "Kedves {n}!\n\nMegkaptuk jelentkezését a kádár munkakörre. Akár igen, akár nem a döntés, három héten belül írunk Önnek.\n\nÜdvözlettel:\n{sig}"), lang="hun")
pair("nld", "", "Zaanse Mosterdmolen De Kraai", "mosterdmolenkraai", "nl", ("Uw sollicitatie als molenaarsknecht", "Beste {n},\n\nBedankt voor je sollicitatie als molenaarsknecht. We hebben gekozen voor een andere kandidaat en stoppen hier met je sollicitatie.\n\nGroeten uit de Zaan,\n{sig}"), (AK, "Ontvangstbevestiging – molenaarsknecht", "Beste {n},\n\nJe sollicitatie als molenaarsknecht is bij ons binnen. Ja of nee: na veertien dagen krijg je van de molen bericht.\n\nHartelijke groet van de molen,\n{sig}"), lang="nld")
pair("pol", "", "Wędzarnia Oscypków pod Gubałówką", "oscypekgubalowka", "pl", ("Odpowiedź na aplikację – juhas", "Dzień dobry, {n},\n\ndziękujemy za chęć pracy w naszej wędzarni. Na stanowisko juhasa przyjęliśmy inną osobę i na tym kończymy proces.\n\nPozdrawiamy,\n{sig}"), (AK, "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry, {n},\n\notrzymaliśmy zgłoszenie na stanowisko juhasa. Niezależnie od decyzji odpiszemy w ciągu dwóch tygodni.\n\nPozdrawiamy,\n{sig}"), lang="pol")
pair("ces", "", "Jablonecká korálkárna Nisa", "koralkynisa", "cz", ("Výsledek výběrového řízení – sklář", "Dobrý den, {n},\n\ndíky, že Vás láká práce v naší korálkárně. Místo skláře obsadil jiný uchazeč, takže Vaše přihláška tímto končí.\n\nS pozdravem\n{sig}"), (AK, "Potvrzení přijetí přihlášky", "Dobrý den, {n},\n\nVaše přihláška na pozici sklář k nám dorazila. Ať už bude rozhodnutí jakékoli, napíšeme Vám nejpozději za tři týdny.\n\nS pozdravem\n{sig}"), lang="ces")
pair("msa", "", "Teratak Songket Kuala Terengganu", "songketterengganu", "my", ("Keputusan permohonan jawatan penenun", "Salam {n},\n\nkami menghargai minat anda untuk menjadi penenun di teratak kami. Kami telah memilih calon lain dan permohonan anda tidak akan diteruskan.\n\nYang benar,\n{sig}"), (AK, "Pengesahan penerimaan permohonan", "Assalamualaikum {n},\n\nkami sudah menerima permohonan anda untuk jawatan penenun. Sama ada berjaya ataupun tidak, keputusan teratak akan dihantar dalam tempoh tiga minggu.\n\nYang benar,\n{sig}"), lang="msa")
pair("amh", "", "የአዲስ ቡና ቆይ ማምረቻ", "addisbunaroast", "et", ("የሥራ ማመልከቻ ውጤት – ቡና ቆዪ", "ውድ {n}፣\n\nለቡና ቆዪ የሥራ መደብ ስላመለከቱ እናመሰግናለን። ሌላ አመልካች ስለመረጥን ማመልከቻዎ አይቀጥልም።\n\nከሰላምታ ጋር፣\n{sig}"), lang="amh")
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-trades", "Three new trades jobs for you", "Hi {n},\n\nNew on Withywind this week: Gutterlacing Hand (Dulverton), Kipperhanging Assistant (Craster), Eelbucking Crew (Gloucester). Sadly the app's map is offline till Friday.", "Withywind Trades Boards", "withywindboards", frm="Withywind Trades Boards <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-plot", "Boat mooring application", "Dear {n},\n\nThanks for requesting a swinging mooring on the Exe. Every mooring is allocated this year and the list is closed.\n\n{sig}\nHarbour Office", "Topsham Harbour Office", "topshamharbour", tz="uk")


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL_SIGNERS)


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y} г.", "amh": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 177; this slice, slice 178 and any later one are skipped by number."""
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
