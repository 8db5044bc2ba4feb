# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-ninth sealed blind slice for issue 11 (blind-slice-189.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 189; slice 190 and later never read; our side printed)
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

SEED = 1891891
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-189.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 189
SKIP_FROM = 189  # this slice, slice 190 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Hollis Penfold", "Mercy Gbowee-Tarr", "Anjali Tripathi", "Dacia Liburd", "Corbin Wasylenko",
    "Ingvild Skarstad", "Thiri Aung", "Rowena Catchpole", "Prince Kollie", "Devansh Pandey",
    "Shaquille Hanley", "Brynn Oleksiuk", "Sunniva Haugland", "Zin Mar Htet", "Aidan Furlong",
    "Keeley Marchbanks", "Tamsyn Roake", "Ezekiel Sumo", "Ritika Mishra", "Jovan Claxton",
    "Odessa Kuzyk", "Halvard Moen", "Nay Chi Win", "Saoirse Dunleavy", "Lorcan Tighe",
    "Bettina Vos", "Quinlan Achterberg", "Thandiwe Mahlangu", "Jarrah Blakeley", "Kahurangi Pou",
    "Elsbeth Hartigan", "Marlon Weekes", "Garnet Sanderling", "Precious Dolo", "Yamuna Chaurasia",
]
REGION_SIGNERS = {
    "uk": ["Philippa Ashdown", "Gareth Beckwith", "Lorraine Hythe", "Dominic Faversham", "Sally Pluckley"],
    "lr": ["Comfort Wleh", "Varney Karmo", "Musu Fahnbulleh", "Augustine Doe"],
    "in": ["Shailendra Dubey", "Kavita Srivastava", "Ramakant Upadhyay"],
    "kn": ["Lystra Huggins", "Delroy Tyson", "Clarissa Browne"],
    "sk": ["Darlene Kowalchuk", "Wade Lindgren", "Marcie Bouvier"],
    "no": ["Torunn Aasen", "Eirik Brekke", "Solveig Lunde"],
    "mm": ["Khin Sandar Oo", "Kyaw Zin Latt", "Ei Phyu Thant"],
    "ie": ["Orla Keohane", "Cathal Brosnan", "Niamh Rafferty"],
    "us": ["Loretta Dube", "Curtis Albrecht", "Renata Solis"],
    "au": ["Kirrily Maddox", "Fergus Trethewey", "Lani Papadakis"],
    "nz": ["Aroha Tipene", "Blair Kingi", "Mereana Wallis"],
    "za": ["Lindiwe Shabalala", "Johan Venter", "Sipho Dlamini"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
GENERAL = ["Harriet Quennell", "Oluwaseun Bankole", "Marisa Delacroix-Hunt", "Teodor Vance"]
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "طارق النجار"], "de": ["Henrike Vogelsang", "Matthias Kröger"],
    "es": ["Montserrat Ibáñez", "Rodrigo Salcedo"], "fr": ["Maëlle Perrin", "Gaspard Leroux"],
    "hi": ["कामिनी रस्तोगी", "गिरिजेश पाठक"], "it": ["Ornella Gatti", "Riccardo Parisi"],
    "ja": ["松本 由紀", "井上 大輔"], "ko": ["한수진", "최민호"], "pt": ["Inês Valadares", "Tiago Moutinho"],
    "ru": ["Ольга Белова", "Игорь Савин"], "sw": ["Neema Mollel", "Juma Mrisho"],
    "th": ["สุภาพร ทองดี", "ธีรวัฒน์ ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["林晓梅", "赵建国"],
    "hrv": ["Ivana Kovačić", "Marko Babić"], "ron": ["Ioana Popescu", "Radu Munteanu"],
    "bul": ["Десислава Георгиева", "Петър Иванов"], "ukr": ["Оксана Мельник", "Тарас Кравчук"],
    "hun": ["Katalin Szabó", "Gergely Farkas"], "nld": ["Marieke de Groot", "Sander Visser"],
    "pol": ["Agnieszka Wróbel", "Paweł Zieliński"], "ces": ["Lucie Marešová", "Ondřej Kučera"],
    "msa": ["Nurul Aisyah binti Rahman", "Hafiz bin Osman"], "amh": ["ሰላማዊት ተስፋዬ", "ዮናስ በቀለ"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "يوسف القاضي"], "de": ["Svenja Hartwig", "Jonas Lindner"],
    "es": ["Lucía Barrientos", "Mateo Quiroga"], "fr": ["Anaïs Bertrand", "Hugo Lemaire"],
    "hi": ["प्रिया सक्सेना", "अमन तिवारी"], "it": ["Beatrice Conti", "Davide Ruggiero"],
    "ja": ["高橋 美咲", "佐藤 蓮"], "ko": ["이서연", "윤도현"], "pt": ["Beatriz Cardoso", "Duarte Pires"],
    "ru": ["Анна Захарова", "Никита Громов"], "sw": ["Upendo Swai", "Omari Kombo"],
    "th": ["กมลชนก วงศ์ใหญ่", "ณัฐพล มีสุข"], "tr": ["Selin Öztürk", "Kerem Arslan"],
    "ur": ["حنا رضوی", "بلال احمد"], "zh": ["孙悦", "黄俊杰"],
    "hrv": ["Petra Jurić", "Luka Horvat"], "ron": ["Andreea Ionescu", "Mihai Stan"],
    "bul": ["Мария Димитрова", "Стоян Петков"], "ukr": ["Ірина Бондар", "Андрій Шевчук"],
    "hun": ["Eszter Nagy", "Bence Tóth"], "nld": ["Femke Jansen", "Daan Mulder"],
    "pol": ["Zuzanna Kowal", "Jakub Nowicki"], "ces": ["Tereza Dvořáková", "Vojtěch Novák"],
    "msa": ["Siti Hajar", "Amirul Hakim"], "amh": ["ሄኖክ ታደሰ", "ብርቱካን አለሙ"],
}
GIVEN = {"Thiri Aung": "Thiri", "Zin Mar Htet": "Zin Mar", "Nay Chi Win": "Nay Chi", "Khin Sandar Oo": "Sandar", "Kyaw Zin Latt": "Kyaw Zin", "Ei Phyu Thant": "Ei Phyu", "Nurul Aisyah binti Rahman": "Aisyah", "Hafiz bin Osman": "Hafiz"}
PROVIDERS = ["quillpost", "bramblemail", "pebblebox", "sloemail", "otterpost", "nettlebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "no": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"), "ns": ("-0400", "-0300", "us"), "yt": ("-0700", None, ""),
    "sk": ("-0600", None, ""), "kn": ("-0400", None, ""), "jm": ("-0500", None, ""), "lr": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "mm": ("+0630", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "sk", "ns", "yt")
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
QNOTE = "\n{sf} – many thanks for Wednesday and the walk round the loading bay. Forklift ticket (blue card) good till May; Ozturk, my referee, picks up after five.\n{n}"
FOOT = ("\n\n-- {CO} · THIMBLECOVE CAREERS --\nFresh roles post to the Thimblecove board every Tuesday morning. Set up Pewterfield alerts by town, "
        "or read the Cove Ledger, our monthly sheet of darts results, charity bake sales and long-service cakes. Reply GORSESTOP to end these notes. "
        "This Thimblecove inbox goes unread; old applicant files vanish at twenty-nine months.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home update: {role}", "Hello {n},\n\nCandidate Home lists requisition R-{ref}, {role}, as 'Closed – Alternative Hire Confirmed'. Somebody else has signed for it at {co}, so your form stops there. Your profile remains open for later roles.\n\n{co} Talent Team", ("Sittingbourne Paper Mill", "Prince Albert Grain Terminal"), ("sittingbournemill", "pagrainterminal"), role=("Shift Chemist", "Elevator Operator"), tz=("uk", "sk"))
mr("gh", "{co}: {role}", "Hi {n},\n\nOur Ghat Road panel sat Friday with every {role} scorecard. We're continuing with people whose notes matched the scope more tightly, so no further stage will be booked for you. Grateful for your effort.\n\n{sig}\n{co}", ("Ghat Road Silk House", "Oslofjord Maritime Data"), ("ghatroadsilk", "oslofjorddata"), role=("Merchandiser", "Data Engineer"), tz=("in", "no"))
mr("lv", "Your {co} application", "Hey {n},\n\nThanks for the {role} chat. The Mamba Point team talked it through and we're passing this round. Your details can sit in the Pewterfield pool eleven months; send PFOUT to have them deleted.\n\n– {sig}, {co}", ("Mamba Point Hotel Group", "Charlestown Ferry Services"), ("mambapointhotels", "charlestownferry"), role=("Front Office Lead", "Deckhand"), tz=("lr", "kn"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Status</th><td>Closed – role given to another applicant</td></tr></table><p>Thanks for the hours your {co} form took.</p><p>{co} Recruiting</p></body></html>", ("Margate Seafront Arcades", "Hlaing Tharyar Garment Works"), ("margatearcades", "hlaingtharyarworks"), role=("Floor Attendant", "Line Supervisor"), tz=("uk", "mm"))
mr("ic", "Regarding your application: {role}", "Dear {n},\n\nTa for the {role} form. It shows no {x}, a must-have here, so it stops at screening. Once you hold it, do try again.\n\nRecruitment, {co}", ("Saskatoon Road Clinic", "Lanka Road Pharmacy"), ("saskroadclinic", "lankaroadpharmacy"), role=("Licensed Practical Nurse", "Pharmacy Assistant"), x=("current SALPN licensure", "a D.Pharm registration with the state council"), tz=("sk", "in"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\n{co} requisition {ref} ({role}) is filled. Your candidate record on it now reads Inactive. Thanks for looking at {co}.\n\nThis message was generated automatically.", ("Faversham Brewery Estates", "Bergen Harbour Logistics"), ("favershambrewery", "bergenharbourlog"), role=("Cellar Technician", "Warehouse Planner"), tz=("uk", "no"))
mr("wk", "About your trial day – {role}", "Hi {n},\n\nTa for the trial day – lovely having you about the tables. Having slept on it, {role} is going to another person this round. Best of luck hunting, and pop back to us sometime.\n\n{sig}\n{co}", ("Whitstable Oyster Bar", "Gingerland Laundry"), ("whitstableoysterbar", "gingerlandlaundry"), role=("Waiting Staff", "Laundry Assistant"), tz=("uk", "kn"))
mr("bh", "{role} at {co}", "Hello {n},\n\nWe appreciated hearing from you about {role}. The post goes to Kollie from our Sinkor depot, who has been doing it since the rainy season, so outside forms end here. Wishing you well.\n\nPeople Team, {co}", ("Sinkor Solar Installers", "Assi Ghat Tours"), ("sinkorsolar", "assighattours"), role=("Site Coordinator", "Tour Desk Executive"), tz=("lr", "in"))
mr("tt", "Thank you, {n}", "Hi {n}!\n\nTusen takk for your interest in {role}. We have now been through all applicants and chosen to go further with a Trøndelag candidate. Good luck further on the way!\n\nBest regards\n{sig}\n{co}", ("Trondheim Key Cutting", "Stavanger Harbour Cafe"), ("trondheimkeys", "stavangercafe"), role=("Key Cutter", "Barista"), tz=("no", "no"))
mr("pp", "Outcome of assessment – {role}", "Dear {n},\n\nThe {role} online assessment is marked: {x}. So your {co} application stops at this step.\n\nKind regards\n{co} Recruitment", ("Pinewood Kiln Supplies", "Yangon Port Agency"), ("pinewoodkiln", "yangonportagency"), role=("Stores Clerk", "Documentation Officer"), x=("19/40 with the interview bar at 26", "51 percent, against a cut of 63 percent"), tz=("uk", "mm"))
mr("jz", "{co} – {role}", "Wha' happenin' {n},\n\nTank you fuh puttin' in fuh {role} wid we. We done pick somebody else fuh de spot, so we cyan' tek yuh application further right now. Keep lookin' out fuh we next postin'.\n\n{sig}\n{co}", ("Pinney's Beach Bar", "Newcastle Nevis Car Rentals"), ("pinneysbeachbar", "nevisrentals"), role=("Bartender", "Rental Agent"), tz=("kn", "kn"))
mr("as", "Following up on {role}", "Hi {n},\n\nGrateful you met both founders. {role} is decided, and for this hire the answer is no, {n} – we chose someone with deeper hours in {x}. Your thinking impressed us; as {co} grows, you're on our list.\n\n{sig}\nCo-founder, {co}", ("Tromso Fjordsense", "Regina Street Agritech"), ("fjordsense", "regina-agritech"), role=("Backend Developer", "Field Sales Lead"), x=("sensor firmware", "canola and pulse accounts"), tz=("no", "sk"))
mr("ss", "Harvest crew {role}", "Hi {n},\n\nCheers for signing up for {role}. The crew house bunks are all claimed by last summer's returners, leaving nowt for newcomers this season. Next year, give us another go.\n\n{sig}\n{co}", ("Sandwich Bay Cherry Farm", "Duck Lake Saskatoon Berries"), ("sandwichbaycherries", "ducklakeberries"), role=("Summer Picker", "U-Pick Attendant"), tz=("uk", "sk"))
mr("o1", "Your application – {role}", "Morning {n},\n\nTa ever so for going for {role} over Ashford way. Loads came in and a chap who's fitted mowers for years has it. Sorry, and all the best.\n\n{sig}", "Ashford Garden Machinery", "ashfordgardenmachinery", role="Workshop Fitter", tz="uk")
mr("o2", "Concerning the {role} job", "Hello {n},\n\nHow you keeping? We say thank you oh, for the Broad Street visit. Management sat down and the job gone to another person. It's not easy oh, but keep trying, God willing the next one will be for you.\n\n{sig}\n{co}", "Broad Street Electronics", "broadstreetelectronics", role="Sales Clerk", tz="lr")
mr("o3", "Application for {role}", "Respected {n} ji,\n\nCandidature for {role} at Sigra is duly considered. Your good self is not shortlisted. Best wishes for coming endeavours.\n\nRegards,\n{sig}\nHR Cell, {co}", "Sigra Banarasi Weaves", "sigraweaves", role="Accounts Assistant", tz="in")
mr("o4", "{role} – Charlestown", "Good day {n},\n\nTank you fuh sittin' de interview at de guesthouse. We does appreciate it. De owners mek dey choice and we gone wid a next candidate. Nuff respect, and hope we cross paths again.\n\n{sig}\n{co}", "Oualie Bay Guesthouse", "oualieguesthouse", role="Housekeeping Lead", tz="kn")
mr("o5", "{role} position", "Hi {n},\n\nThanks a bunch for your {role} form here in P.A. A local fella who starts right off has it, so no interview this time. Best of luck, eh.\n\n{sig}\n{co}", "Riverside Auto Glass", "riversideautoglass", role="Glass Installer", tz="sk")
mr("o6", "Your application for {role}", "Hi {n},\n\nTakk for applying. All {role} applications are read now and sorry, you are not picked for interview this time. Have a nice weekend!\n\nBest regards\n{sig}, {co}", "Drammen Timber AS", "drammentimber", role="Sawmill Operator", tz="no")
mr("o7", "Application result – {role}", "Mingalaba {n},\n\nWith respect, we like to inform {co} could not select you for {role} in this round. Please kindly note we will post new vacancies on our page soon. Thank you very much.\n\n{sig}\nHR, {co}", "Sanchaung Tea Traders", "sanchaungtea", role="Quality Checker", tz="mm")
mr("o8", "{role} – Reading", "Dear {n},\n\nThanks for the {role} form. Regretfully, with so many strong ones from round Caversham, yours stops here.\n\nYours sincerely\n{sig}\n{co}", "Caversham Lock Marina", "cavershammarina", role="Boatyard Hand", tz="uk")
mr("o9", "{role}, {co}", "Hi {n},\n\nThanks a million, {n}. {role} went to another applicant, and we'd hate you left wondering. Mind yourself.\n\n{sig}\n{co}", "Listowel Racecourse Catering", "listowelcatering", role="Kitchen Porter", tz="ie")
mr("o10", "Your {role} application", "Hi {n},\n\nAppreciate you applying to the Riverfront crew. After a careful look, we're passing on your {role} candidacy. Future openings are always worth a try.\n\nThanks,\n{sig}", "Savannah Riverfront Tours", "savannahriverfront", role="Tour Guide", tz="use")
mr("o11", "{role} – {co}", "G'day {n},\n\nTa for the form. A bloke off the Eaglehawk line took the {role} job, so we're sorted. Cheers for thinking of us.\n\n{sig}", "Bendigo Truss Works", "bendigotruss", role="Truss Assembler", tz="au")
mr("o12", "Kia ora {n}", "Kia ora {n},\n\nCheers for putting in for {role}. Another applicant got the Gisborne offer and said yes. Ngā mihi nui, {n}.\n\n{sig}", "Gisborne Citrus Packers", "gisbornecitrus", role="Packhouse Hand", tz="nz")
mr("o13", "{role} application", "Hi {n},\n\nDankie for trying for {role}. Sadly you're unsuccessful this time; the Polokwane shortlist was tight. Sharp, and good luck.\n\n{sig}\n{co}", "Polokwane Tyre Centre", "polokwanetyres", role="Tyre Fitter", tz="za")
mr("o14", "Update on {role}", "Hi {n},\n\nThanks for last week's talk. A candidate with more cold-chain routing years gets it, so your {role} file closes. Take care.\n\n{sig}\n{co}", "Kansas City Cold Freight", "kccoldfreight", role="Dispatcher", tz="usc")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks heaps for your note and for Wednesday at the Herne Bay studio – everyone enjoyed the natter. The directors have offered {role} to Lena, who accepted this morning.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Herne Bay Print Co", "Lillehammer Ski Rental"), ("hernebayprint", "lillehammerski"), role=("Studio Manager", "Rental Supervisor"), tz=("uk", "no"))
mr("th2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nWe say big thank you for the kind message, {n}. Meeting you and hearing your plans was a joy. The committee appointed Mr. Kpoto to {role}, and he starts first of next month.\n\nGod bless,\n{sig}\n\n{ORIG}", ("Congo Town Credit Union", "Bushrod Island Shipping"), ("congotowncu", "bushrodshipping"), role=("Loan Officer", "Shipping Clerk"), tz=("lr", "lr"))
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n} ji,\n\nThank you for your warm reply and for travelling to Lanka for the meeting. Management has selected Ms. Pathak for {role}; she joins from Monday.\n\nWith regards,\n{sig}\n\n{RULE}", ("Bhelupur Handloom Exports", "Kashi Heritage Stays"), ("bhelupurhandloom", "kashistays"), role=("Export Coordinator", "Guest Relations Lead"), tz=("in", "in"))
mr("th4", "RE: [EXT] Re: {role}", "Hi {n},\n\nKind words, tank you – we enjoyed meeting you too, and Marguerite keeps bringing up your story about the broken dyke. The owners gave the {role} spot to Tyrell, who said yes yesterday.\n\nTake care,\n{sig}\n\n{GM}", ("Cotton Ground Pharmacy", "Nevis Peak Trail Co"), ("cottongroundpharmacy", "nevispeaktrails"), role=("Dispensary Assistant", "Trail Guide"), tz=("kn", "kn"))
mr("th5", "RE: [EXT] Re: Follow-up {role}", "Hey {n},\n\nCheers for the note, {n}, and that double-double at Tim's. The hiring group went with Jolene for {role}; she accepted Friday and starts on the 14th.\n\nAll the best, eh,\n{sig}\n\n{OUT}", ("Prince Albert Co-op Feeds", "North Sask Outfitters"), ("pacoopfeeds", "northsaskoutfitters"), role=("Feed Mill Lead", "Guide Coordinator"), tz=("sk", "sk"))
mr("th6", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nMany thanks for your reply and kind greetings to our Hlaing team. The director has chosen Ko Htet Aung for {role}, and he signed the contract this week.\n\nWith respect,\n{sig}\n\n{ORIG}", ("Bahan Software House", "Thingangyun Printing"), ("bahansoftware", "thingangyunprint"), role=("QA Lead", "Press Manager"), tz=("mm", "mm"))
mr("th7", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely hearing back, and thanks again for the trip to Rye. The partners settled on Imogen for {role}; she accepted on Tuesday.\n\nBest,\n{sig}\n\n{RULE}", ("Rye Harbour Sailing School", "Tenterden Vineyard"), ("ryeharboursailing", "tenterdenvineyard"), role=("Instructor", "Cellar Door Manager"), tz=("uk", "uk"))
mr("th8", "RE: [EXT] Re: Oppfølging {role}", "Hi {n}!\n\nTakk for the nice message, and for the good talk in Tromsø. The board has appointed Ingrid for {role}, and she said yes.\n\nBest regards\n{sig}\n\n{GM}", ("Nordlys Seafood AS", "Fjellheim Cabins"), ("nordlysseafood", "fjellheimcabins"), role=("Production Planner", "Host"), tz=("no", "no"))
# ---- 8 clear refusals under the long footer
mr("ft1", "Your application to {co}", "Hi {n},\n\nThanks for trying for {role} at Dartford. Sorry – you're not selected to go forward.{FOOT}", ("Thimblecove Tile Depot Dartford", "Thimblecove Tile Depot Saskatoon"), ("thimblecove", "thimblecove-ca"), role=("Trade Counter Assistant", "Yard Staff"), tz=("uk", "sk"))
mr("ft2", "{role}: decision", "Dear {n},\n\nThanks for your time on {role}. The position goes elsewhere, {n}.{FOOT}", ("Thimblecove Hardware Monrovia", "Thimblecove Hardware Varanasi"), ("thimblecove-lr", "thimblecove-in"), role=("Counter Clerk", "Billing Executive"), tz=("lr", "in"))
mr("ft3", "About {role}", "Hello {n},\n\nAfter the {role} interviews, your application stops here.{FOOT}", ("Thimblecove Foods Oslo", "Thimblecove Foods Mandalay"), ("thimblecove-no", "thimblecove-mm"), role=("Buyer", "Warehouse Assistant"), tz=("no", "mm"))
mr("ft4", "{role} – outcome", "Hi {n},\n\nRegrettably {role} will go ahead without you – thank you for trying.{FOOT}", ("Thimblecove Outdoor Canterbury", "Thimblecove Outdoor Basseterre"), ("thimblecove-uk", "thimblecove-kn"), role=("Sales Assistant", "Stock Lead"), tz=("uk", "kn"))
# ---- 9 hedged refusals
mr("hd1", "{role} – where things stand", "Hi {n},\n\nThanks for your patience. Having met the whole shortlist, the Deal Pier lot felt other applicants sat closer to the daily grind of {role}. We've valued getting to know you.\n\n{sig}\n{co}", ("Deal Pier Fish Restaurant", "Waskesiu Lake Lodge"), ("dealpierfish", "waskesiulodge"), role=("Sous Chef", "Lodge Attendant"), tz=("uk", "sk"))
mr("hd2", "Re: {role}", "Hello {n},\n\nWe say big thank you for waiting. The company decided to go another road with the {role} work and share it among our Paynesville people. We wish you well in everything.\n\n{sig}\n{co}", ("Paynesville Water Services", "Gingerland Hardware"), ("paynesvillewater", "gingerlandhardware"), role=("Meter Technician", "Yard Hand"), tz=("lr", "kn"))
mr("hd3", "Your profile – {role}", "Dear {n},\n\nThank you for your interest. Presently other candidates' profiles match more nearly our {role} requirement. Thanking your good self for time given.\n\nRegards,\n{sig}\n{co}", ("Godowlia Jewellers", "Ramnagar Boat Works"), ("godowliajewellers", "ramnagarboats"), role=("Sales Executive", "Workshop Supervisor"), tz=("in", "in"))
mr("hd4", "{role}", "Hi {n}!\n\nTakk for the interview. Others had Bodø ramp experience fitting {role} a bit better. Nice meeting you!\n\nBest regards\n{sig}, {co}", "Bodø Airport Services", "bodoairportservices", role="Ramp Agent", tz="no")
mr("hd5", "{role} – thank you", "Dear {n},\n\nWith respect, after discussion the team feels that the other candidates' background is closer for {role} at our Mandalay branch. We thank you very much.\n\n{sig}\n{co}", "Irrawaddy Rice Mills", "irrawaddyrice", role="Branch Accountant", tz="mm")
mr("hd6", "{role} at {co}", "Hi {n},\n\nHad a rethink, and {role} now stays with the Maidstone crew – the firm's going a different road. Thanks for your interest.\n\n{sig}", "Medway Scaffolding", "medwayscaffold", role="Scaffold Supervisor", tz="uk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood natter yesterday. Client's come back: another candidate gets {role}. Upside – I've {x} that suits you; quick call tomorrow?\n\n{sig}\n{co}", ("Canterbury Talent Partners", "Riverside Staffing P.A."), ("canterburytalent", "riversidestaffing"), role=("Office Manager", "Payroll Clerk"), x=("a Folkestone logistics coordinator role", "a bookkeeping spot in Melfort"), tz=("uk", "sk"))
mr("rc2", "Client update – {role}", "Hello {n},\n\nThanks for taking my call. Client decided a different person for {role}. But {x} is open now, and suits your profile. Shall I send CV?\n\n{sig}\n{co}", ("Kashi Placement Services", "Monrovia Recruit Hub"), ("kashiplacement", "monroviarecruit"), role=("Branch Manager", "Admin Officer"), x=("a store manager opening in Sigra", "a procurement post in Sinkor"), tz=("in", "lr"))
mr("rc3", "{role} feedback + another idea", "Hi {n}!\n\nTakk for the chat. The company chose another for {role}. A similar Sandnes job starts January – shall I put you forward?\n\n{sig}\n{co}", "Fjordrekrutt", "fjordrekrutt", role="Project Engineer", tz="no")
mr("rc4", "Update {role}", "Mingalaba {n},\n\nAfter our phone talk, client informed another candidate is selected for {role}. We have sales supervisor post in Bahan, I like to propose you. Please reply if interested.\n\n{sig}\n{co}", "Shwe Link Recruitment", "shwelinkrecruit", role="Operations Executive", tz="mm")
mr("rc5", "Re: {role}", "Wha' happenin' {n},\n\nDe hotel pick somebody else fuh {role}. But hol' on – I got a front desk post at Oualie openin' next month an' I tink yuh good fuh it. Call me.\n\n{sig}\n{co}", "Nevis Staffing Solutions", "nevisstaffing", role="Night Auditor", tz="kn")
# ---- 8 public-sector notices
mr("ps1", "Notice of results: {role}", "Dear {n},\n\nVacancy {ref}, {role}: you were rated qualified, yet outside the top group passed to the hiring manager this round. With this notice your application for vacancy {ref} closes.\n\n{co}", ("Kent County Council Recruitment", "City of Prince Albert Human Resources"), ("kentcc-jobs", "citypa-hr"), role=("Highways Inspector", "Transit Operator"), tz=("uk", "sk"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nRe {role}: ineligible – {x} absent on closing day. The file is closed on our side.\n\n{co}", ("Civil Service Agency of Liberia", "Uttar Pradesh Subordinate Services Cell"), ("csa-liberia", "upsubservices"), role=("Records Officer", "Junior Assistant"), x=("a certified WAEC statement", "a caste validity certificate"), tz=("lr", "in"))
mr("ps3", "Vacancy withdrawn – {role}", "Dear {n},\n\nVacancy {ref} ({role}) is cancelled; nobody is appointed. Each application on vacancy {ref} is closed.\n\n{co}", ("Nevis Island Administration HR", "Bergen Municipality Staffing"), ("nia-hr", "bergen-kommune"), role=("Clerical Officer", "Youth Worker"), tz=("kn", "no"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten paper for {role}: you scored {x}. Interviews go to those meeting the cut-off, so your candidature ends at this point.\n\n{co}", ("Myanmar Union Civil Service Board Office", "Kent Fire and Rescue Recruitment"), ("ucsb-office", "kentfire-recruit"), role=("Upper Division Clerk", "Firefighter"), x=("47 out of 100, with the cut-off fixed at 55", "61 percent, with the cut-off fixed at 70 percent"), tz=("mm", "uk"))
# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hi {n},\n\n{role} at Dover – status change: application no longer being considered.\n\n{co} Careers", ("Dover Freight Terminal", "Saskatchewan Rivers Health"), ("doverfreight", "skrivershealth"), role=("Yard Marshal", "Unit Clerk"), tz=("uk", "sk"))
mr("st2", "Your application status has changed", "<html><body><p>Hello {n},</p><p>Application {ref} – <b>{role}</b></p><p>Current status: <b>Closed – no longer considered by {co}</b></p><p>{co}</p></body></html>", ("Tubman Boulevard Bank", "Oslo Metro Services"), ("tubmanbank", "oslometro"), role=("Teller", "Station Host"), tz=("lr", "no"))
mr("st3", "Application update – {role}", "<html><body><p>Dear {n},</p><p>Your application for {role} is no longer under review.</p><p>{co} Talent</p></body></html>", ("Varanasi Smart Logistics", "Yangon Air Cargo"), ("varanasismartlog", "yangonaircargo"), role=("Fleet Coordinator", "Cargo Agent"), tz=("in", "mm"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – outcome", "Dear {n},\n\nTa for going for the {x}. Places ran short this year; none left for you. Do try next year.\n\n{co} Early Careers", ("Canterbury Engineering Group", "Prairie Potash Co"), ("canterburyeng", "prairiepotash"), x=("2026 Summer Internship", "Winter 2026 Co-op Placement"), tz=("uk", "sk"))
mr("in2", "Graduate Trainee Programme decision", "Dear {n},\n\nAbout your {co} Graduate Trainee Programme form: after the Varanasi assessment day, the intake is full without you. Grateful for the effort.\n\nGraduate Recruitment", ("Ganga Valley Power", "Nordic Grid Services"), ("gangavalleypower", "nordicgrid"), tz=("in", "no"))
mr("in3", "Internship application", "Hello {n},\n\nThanks, {n}, for trying for the internship with {co}. Selection done; your name missed the Mamba Point final list. Keep trying oh.\n\n{sig}", ("Liberia Youth Enterprise Fund", "Yangon Design Studio"), ("lyef", "yangondesign"), tz=("lr", "mm"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've got your application: {role}", "Hello {n},\n\nForm R-{ref} for {role} is in. Candidate Home tracks it: Received, then Screening, Interview, Offer, or 'Closed – Alternative Hire Confirmed'. Peek whenever.\n\n{co} Talent Team", ("Sittingbourne Paper Mill", "Prince Albert Grain Terminal"), ("sittingbournemill", "pagrainterminal"), role=("Lab Technician", "Scale Operator"), tz=("uk", "sk"))
mo(A, "a2", "Thanks for applying – {role}", "Hi {n},\n\nTa for going for {role}. The panel marks every form against the scope; fall short of the interview line and Ghat Road writes to say as much. Either way a human replies.\n\n{sig}\n{co}", ("Ghat Road Silk House", "Oslofjord Maritime Data"), ("ghatroadsilk", "oslofjorddata"), role=("Design Assistant", "Analyst"), tz=("in", "no"))
mo(A, "a3", "{co} got your application", "Hey {n},\n\nThanks for going for {role}! Whatever comes of this, your Mamba Point details sit in our Pewterfield pool eleven months, in case a Monrovia or Nevis opening pops up.\n\n– {sig}", ("Mamba Point Hotel Group", "Charlestown Ferry Services"), ("mambapointhotels", "charlestownferry"), role=("Night Manager", "Ticket Agent"), tz=("lr", "kn"))
mo(A, "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Now</th><td>Received</td></tr><tr><th>May follow</th><td>Interview · Offer · Closed – role given to another applicant</td></tr></table><p>{co} Recruiting</p></body></html>", ("Margate Seafront Arcades", "Hlaing Tharyar Garment Works"), ("margatearcades", "hlaingtharyarworks"), role=("Cashier", "Cutter"), tz=("uk", "mm"))
mo(A, "a5", "{role}: form in at {co}", "Dear {n},\n\nTa for your {role} form. Any form missing {x} is shut at the first sift; yours, if complete, gets a recruiter's call inside ten working days.\n\nRecruitment, {co}", ("Saskatoon Road Clinic", "Lanka Road Pharmacy"), ("saskroadclinic", "lankaroadpharmacy"), role=("Care Aide", "Store Helper"), x=("a valid CPR card", "a pharmacy registration"), tz=("sk", "in"))
mo(A, "a6", "Requisition {ref}: application logged", "Dear {n},\n\n{role}: logged on requisition {ref}. Were another applicant to fill requisition {ref}, your Faversham record flips to Inactive and the system pings you.\n\nThis message was generated automatically.", ("Faversham Brewery Estates", "Bergen Harbour Logistics"), ("favershambrewery", "bergenharbourlog"), role=("Drayman", "Forklift Driver"), tz=("uk", "no"))
mo(A, "a7", "Cheers for applying!", "Hi {n},\n\nLovely seeing your name come in for {role}. Normally a paid trial shift is next. Should that go sideways, we say so plainly – nobody's left dangling at our place.\n\n{sig}\n{co}", ("Whitstable Oyster Bar", "Gingerland Laundry"), ("whitstableoysterbar", "gingerlandlaundry"), role=("Shucker", "Counter Assistant"), tz=("uk", "kn"))
mo(A, "a8", "Application in for {role}", "Hello {n},\n\nCheers for the {role} form. Staff get first look; if an insider grabs the post, outside forms close and an email from {sig} says so.\n\nPeople Team, {co}", ("Sinkor Solar Installers", "Assi Ghat Tours"), ("sinkorsolar", "assighattours"), role=("Installer", "Boat Desk Assistant"), tz=("lr", "in"))
mo(A, "a9", "Thank you for applying!", "Hi {n}!\n\nYour form reached us for {role}. Once the deadline passes, Sissel reads the lot, and every Trondheim applicant hears yes or no inside three weeks.\n\nBest regards\n{sig}\n{co}", ("Trondheim Key Cutting", "Stavanger Harbour Cafe"), ("trondheimkeys", "stavangercafe"), role=("Sales Clerk", "Kitchen Helper"), tz=("no", "no"))
mo(A, "a10", "Assessment link – {role}", "Dear {n},\n\n{role} – form received. A test link follows shortly; a score under our bar ends things there, a score over it means interview.\n\n{co} Recruitment", ("Pinewood Kiln Supplies", "Yangon Port Agency"), ("pinewoodkiln", "yangonportagency"), role=("Driver", "Customs Clerk"), tz=("uk", "mm"))
mo(A, "a11", "We get yuh application", "Wha' happenin' {n},\n\nWe get yuh form fuh {role}. Two weeks pass an' nobody call? Den de job gone by somebody else. Tank you.\n\n{sig}\n{co}", ("Pinney's Beach Bar", "Newcastle Nevis Car Rentals"), ("pinneysbeachbar", "nevisrentals"), role=("Cook", "Driver"), tz=("kn", "kn"))
mo(A, "a12", "Thanks, {n}", "Hi {n},\n\nYour {role} form arrived. Arne and Dana read every form themselves. Hired or passed, a Fjordsense founder replies personally.\n\n{sig}\n{co}", ("Tromso Fjordsense", "Regina Street Agritech"), ("fjordsense", "regina-agritech"), role=("Hardware Tester", "Agronomist"), tz=("no", "sk"))
mo(A, "a13", "Crew form received", "Hi {n},\n\nCrew form for {role} received. Last year's Sandwich Bay pickers get the bunks first; fill-up by them means your form rolls on into next season.\n\n{sig}\n{co}", ("Sandwich Bay Cherry Farm", "Duck Lake Saskatoon Berries"), ("sandwichbaycherries", "ducklakeberries"), role=("Picker", "Packer"), tz=("uk", "sk"))
mo(A, "a14", "We received your application", "Hello {n},\n\nWe say thank you oh, for your {role} form. No call inside three weeks? Then take it the place gone to another person. God bless.\n\n{sig}", ("Broad Street Electronics", "Congo Town Credit Union"), ("broadstreetelectronics", "congotowncu"), role=("Technician", "Cashier"), tz=("lr", "lr"))
mo(A, "a15", "Acknowledgement of candidature", "Respected {n} ji,\n\nYour candidature for {role} is received at Sigra. In case profile is left off shortlist, same shall rest in Sigra HR data bank one calendar year. Kindly avoid phoning office.\n\nHR Cell, {co}", ("Sigra Banarasi Weaves", "Bhelupur Handloom Exports"), ("sigraweaves", "bhelupurhandloom"), role=("Store Keeper", "Designer"), tz=("in", "in"))
mo(A, "a16", "Application received – {role}", "Hi {n}!\n\nTakk for applying. After the deadline Sissel reads the pile. Should we go further with somebody else, a short note comes from Sissel. Have a nice day!\n\n{sig}, {co}", ("Drammen Timber AS", "Nordlys Seafood AS"), ("drammentimber", "nordlysseafood"), role=("Truck Driver", "Fish Cutter"), tz=("no", "no"))
mo(A, "a17", "Application received", "Mingalaba {n},\n\nWith respect, your {role} application reached Sanchaung. Whether selected or not selected, our email will inform. Thank you for your patience.\n\n{sig}\nHR, {co}", ("Sanchaung Tea Traders", "Bahan Software House"), ("sanchaungtea", "bahansoftware"), role=("Tea Taster", "Developer"), tz=("mm", "mm"))
mo(A, "a18", "Thanks for your application", "Hi {n},\n\nThanks for putting in for {role} here in P.A. If the glass shop's phone stays quiet till month's end, we filled it, eh – no hard feelings.\n\n{sig}\n{co}", ("Riverside Auto Glass", "Prince Albert Co-op Feeds"), ("riversideautoglass", "pacoopfeeds"), role=("Shop Helper", "Mill Hand"), tz=("sk", "sk"))
mo(A, "a19", "Application received – Ashford", "Morning {n},\n\nTa for putting in for {role}. We only ring folk we want in – no word in a fortnight, it's gone elsewhere.\n\n{sig}\n{co}", ("Ashford Garden Machinery", "Medway Scaffolding"), ("ashfordgardenmachinery", "medwayscaffold"), role=("Parts Counter", "Labourer"), tz=("uk", "uk"))
mo(A, "a20", "Your application to {co}", "Hi {n},\n\nThanks a million, {n}, {role} form received. Successful or not, a proper reply comes, promise.\n\n{sig}", ("Listowel Racecourse Catering", "Caversham Lock Marina"), ("listowelcatering", "cavershammarina"), role=("Bar Staff", "Chandlery Assistant"), tz=("ie", "uk"))
mo(A, "a21", "We received your application", "Hi {n},\n\nAppreciate you applying for {role}. If your background clicks, a Savannah recruiter reaches out; otherwise the resume sits on our Riverfront file for later roles.\n\nThanks,\n{sig}\n{co}", ("Savannah Riverfront Tours", "Kansas City Cold Freight"), ("savannahriverfront", "kccoldfreight"), role=("Ticket Seller", "Driver"), tz=("use", "usc"))
mo(A, "a22", "Application received", "G'day {n},\n\nTa for going for {role}. Shortlisted folk get a ring – three silent weeks means we went another road.\n\n{sig}\n{co}", ("Bendigo Truss Works", "Gisborne Citrus Packers"), ("bendigotruss", "gisbornecitrus"), role=("Yard Hand", "Forklift Driver"), tz=("au", "nz"))
mo(A, "a23", "We have your application", "Hi {n},\n\nDankie for trying for {role}. We contact the shortlist only; if that's not you, take this as the answer. Sharp.\n\n{sig}\n{co}", ("Polokwane Tyre Centre", "Deal Pier Fish Restaurant"), ("polokwanetyres", "dealpierfish"), role=("Receptionist", "Line Cook"), tz=("za", "uk"))
mo(A, "a24", "Your application – {ref}", "Dear {n},\n\nYour form reached us for {role}. Each is scored; only the top band goes across to the Maidstone hiring official. Pass or fail, a Kent result notice gets posted.\n\n{co}", ("Kent County Council Recruitment", "City of Prince Albert Human Resources"), ("kentcc-jobs", "citypa-hr"), role=("Library Assistant", "Parks Worker"), tz=("uk", "sk"))
mo(A, "a25", "{x} – application received", "Dear {n},\n\nYour {x} form is in. Offer or none, every Canterbury applicant hears before selection shuts.\n\n{co} Early Careers", ("Canterbury Engineering Group", "Prairie Potash Co"), ("canterburyeng", "prairiepotash"), x=("2026 Summer Internship", "Winter 2026 Co-op Placement"), tz=("uk", "sk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "i1", "Interview invitation – {role}", "Hi {n},\n\nCould you come in for {role} on {dl} at 10:30? Unfortunately the mill office lift is dead, so three flights of stairs – apologies.\n\n{sig}\n{co}", ("Sittingbourne Paper Mill", "Saskatoon Road Clinic"), ("sittingbournemill", "saskroadclinic"), role=("Shift Chemist", "Licensed Practical Nurse"), tz=("uk", "sk"))
mo(IV, "i2", "RE: [EXT] Re: {role}", "Hi {n},\n\nTa for the note. Could you meet us for {role} on {dl} at 2 pm? Sadly the Herne Bay meeting room is getting painted, so it's the café corner.\n\n{sig}\n\n{OUT}", ("Herne Bay Print Co", "Lillehammer Ski Rental"), ("hernebayprint", "lillehammerski"), role=("Studio Manager", "Rental Supervisor"), tz=("uk", "no"))
mo(IV, "i3", "Invitation: meet the team", "Hello {n},\n\nWe say big thank you for your form. Come for interview {dl}, 9 am, Broad Street office. Regrettably our generator is weak these days, so bring CV printed.\n\n{sig}\n{co}", ("Broad Street Electronics", "Mamba Point Hotel Group"), ("broadstreetelectronics", "mambapointhotels"), role=("Sales Clerk", "Front Office Lead"), tz=("lr", "lr"))
mo(IV, "i4", "Interview call letter – {role}", "Respected {n} ji,\n\nKindly attend personal interview for {role} on {dl}, 11 am. Unfortunately gate parking is shut for road work, so kindly come by auto.\n\nHR Cell, {co}", ("Sigra Banarasi Weaves", "Godowlia Jewellers"), ("sigraweaves", "godowliajewellers"), role=("Accounts Assistant", "Sales Executive"), tz=("in", "in"))
mo(IV, "i5", "Interview – {role}", "Hi {n}!\n\nPlease come and see us about {role} on {dl} at 13:00. Unfortunately our coffee machine is kaputt, so bring a thermos!\n\nBest regards\n{sig}", ("Drammen Timber AS", "Trondheim Key Cutting"), ("drammentimber", "trondheimkeys"), role=("Sawmill Operator", "Key Cutter"), tz=("no", "no"))
mo(IV, "i6", "Interview fuh {role}", "Wha' happenin' {n},\n\nWe want see yuh fuh {role} on {dl}, ten o'clock. Sadly de road by de church still bruk up, so pass round de back by de breadfruit tree.\n\n{sig}\n{co}", ("Pinney's Beach Bar", "Oualie Bay Guesthouse"), ("pinneysbeachbar", "oualieguesthouse"), role=("Bartender", "Housekeeping Lead"), tz=("kn", "kn"))
mo(IV, "i7", "Interview for {role}", "Mingalaba {n},\n\nWith respect, please come for {role} interview on {dl} morning, Sanchaung office. Unfortunately lift is repairing, kindly take stairs to level 4.\n\n{sig}\n{co}", ("Sanchaung Tea Traders", "Irrawaddy Rice Mills"), ("sanchaungtea", "irrawaddyrice"), role=("Quality Checker", "Branch Accountant"), tz=("mm", "mm"))
mo(IV, "i8", "Interview – {role}", "Hi {n},\n\nCome see us about {role} on {dl} at 3 pm. Unfortunately the shop lot's jammed most afternoons, eh, so street parking.\n\n{sig}\n{co}", "Riverside Auto Glass", "riversideautoglass", role="Glass Installer", tz="sk")
mo(IV, "i9", "Chat about {role}", "Morning {n},\n\nFancy popping by about {role} on {dl} at 9? Bad news, the kettle's packed up, so it's the café.\n\n{sig}\n{co}", "Ashford Garden Machinery", "ashfordgardenmachinery", role="Workshop Fitter", tz="uk")
mo(NX, "n1", "Next step: online assessment", "Dear {n},\n\nNext for {role}: the online assessment, done by {dl}. Unfortunately the Pinewood test clock keeps ticking, so block out forty minutes at the Pinewood desk.\n\n{co} Recruitment", ("Pinewood Kiln Supplies", "Yangon Port Agency"), ("pinewoodkiln", "yangonportagency"), role=("Stores Clerk", "Documentation Officer"), tz=("uk", "mm"))
mo(NX, "n2", "Documents needed – {role}", "Dear {n},\n\nFor {role}, upload ID plus certificates before {dl}. Sadly the portal caps each file at 3 MB – black-and-white scans work.\n\n{co}", ("Civil Service Agency of Liberia", "Uttar Pradesh Subordinate Services Cell"), ("csa-liberia", "upsubservices"), role=("Records Officer", "Junior Assistant"), tz=("lr", "in"))
mo(NX, "n3", "Take-home task – {role}", "Hi {n},\n\n{role} next step: a take-home task, due {dl}. Unfortunately our shared drive died, so the brief comes as a PDF.\n\n{sig}\n{co}", ("Tromso Fjordsense", "Ghat Road Silk House"), ("fjordsense", "ghatroadsilk"), role=("Backend Developer", "Merchandiser"), tz=("no", "in"))
mo(NX, "n4", "References – {role}", "Hi {n},\n\nTwo referees for {role} by {dl}, please. Sorry, the office phone's dead this week – email works.\n\n{sig}\n{co}", ("Deal Pier Fish Restaurant", "Waskesiu Lake Lodge"), ("dealpierfish", "waskesiulodge"), role=("Sous Chef", "Lodge Attendant"), tz=("uk", "sk"))
mo(NX, "n5", "Medical check – {role}", "Hi {n}!\n\nThe next step for {role} is a medical check before {dl}. Unfortunately the clinic closes early on Fridays.\n\n{sig}, {co}", "Bodø Airport Services", "bodoairportservices", role="Ramp Agent", tz="no")
mo(NX, "n6", "Fitness test – {role}", "Dear {n},\n\nPlease book your fitness test for {role} before {dl}. Regrettably the changing rooms at the station are closed, so come ready in kit.\n\n{co}", "Kent Fire and Rescue Recruitment", "kentfire-recruit", role="Firefighter", tz="uk")
mo(OF, "f1", "Offer – {role}", "Hi {n},\n\nGreat news – {role} is yours. Pop the signed letter into Whitstable by {dl}, please, {n}. Unfortunately the e-sign tool's down, so print, sign, scan.\n\n{sig}\n{co}", ("Whitstable Oyster Bar", "Gingerland Laundry"), ("whitstableoysterbar", "gingerlandlaundry"), role=("Waiting Staff", "Laundry Assistant"), tz=("uk", "kn"))
mo(OF, "f2", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nMany thanks for your kind reply. {role} is offered to you; kindly confirm by {dl}. Sadly HR shifts offices that week, so use my email.\n\n{sig}\n\n{GM}", ("Bahan Software House", "Kashi Heritage Stays"), ("bahansoftware", "kashistays"), role=("QA Lead", "Guest Relations Lead"), tz=("mm", "in"))
mo(OF, "f3", "Job offer – {role}", "Hello {n},\n\nGood news oh – {role} is yours. Come sign {dl}. Unfortunately main road flooded, pass the Sinkor side.\n\n{sig}", ("Sinkor Solar Installers", "Paynesville Water Services"), ("sinkorsolar", "paynesvillewater"), role=("Site Coordinator", "Meter Technician"), tz=("lr", "lr"))
mo(OF, "f4", "Your offer", "Hi {n},\n\nHappy days, {n} – we'd like to hand you {role}, starting {dl}. Bad news on the staff car park – it's being resurfaced – so take the bus the first week.\n\n{sig}\n{co}", ("Prince Albert Co-op Feeds", "Canterbury Talent Partners"), ("pacoopfeeds", "canterburytalent"), role=("Feed Mill Lead", "Office Manager"), tz=("sk", "uk"))
mo(OF, "f5", "Offer of employment", "Hi {n},\n\nThanks a million – come join as {role}! Reply by {dl}. Sadly the Listowel staff canteen's closed for a refit till spring.\n\n{sig}\n{co}", "Listowel Racecourse Catering", "listowelcatering", role="Kitchen Porter", tz="ie")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Application status: with the hiring manager", "Hi {n},\n\n{role}: the hiring manager at {co} has your file now. Nothing needed from you.\n\n{co} Careers", ("Dover Freight Terminal", "Saskatchewan Rivers Health"), ("doverfreight", "skrivershealth"), role=("Yard Marshal", "Unit Clerk"), tz=("uk", "sk"))
mo("other_job", "s2", "Withdrawal confirmed", "Hello {n},\n\nPer your request, your {role} application is withdrawn. Reapply whenever.\n\n{co}", ("Tubman Boulevard Bank", "Oslo Metro Services"), ("tubmanbank", "oslometro"), role=("Teller", "Station Host"), tz=("lr", "no"))
mo("other_job", "s3", "Hiring paused – {role}", "Dear {n},\n\n{role} hiring is paused till budget sign-off. Your file stays open; we write when it restarts.\n\n{co} Talent", ("Varanasi Smart Logistics", "Yangon Air Cargo"), ("varanasismartlog", "yangonaircargo"), role=("Fleet Coordinator", "Cargo Agent"), tz=("in", "mm"))
mo("job_alert", "j1", "New roles near Canterbury", "Hi {n},\n\nThree new roles this week: Yard Supervisor (Dartford), Tills Assistant (Ashford), Delivery Driver (Herne Bay). Sorry, Whitstable's shut early.{FOOT}", "Thimblecove Tile Depot Dartford", "thimblecove", tz="uk")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nSpotted your profile – {x} might suit. Ten minutes this week?\n\n{sig}\n{co}", ("Kashi Placement Services", "Fjordrekrutt"), ("kashiplacement", "fjordrekrutt"), x=("an operations lead post in Lanka", "a planner job in Stavanger"), tz=("in", "no"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nYour personal loan request is reviewed. Based on the credit file, approval isn't possible now.\n\n{co} Lending", ("Medway Building Society", "Saskatchewan Prairie Credit Union"), ("medwaybs", "prairiecu"), tz=("uk", "sk"))
mo("non_job_rejection_words", "b1", "Ballot result", "Hi {n},\n\nBallot for {x}: sorry, the draw passed over your ticket this year.\n\n{co}", ("Nevis Culturama Committee", "Canterbury Half Marathon"), ("culturama-nevis", "canterburyhalf"), x=("grandstand passes", "a race place"), tz=("kn", "uk"))
mo("non_job_rejection_words", "h1", "Flat at Sigra", "Respected {n} ji,\n\nThe 1BHK flat at Sigra has been given to another tenant. Regret the inconvenience.\n\n{sig}\n{co}", "Kashi Homes Rentals", "kashihomes", tz="in")
mo("non_job_rejection_words", "c1", "Chess club membership", "Hi {n}!\n\nTakk for trying out. The chess club's Tuesday ladder is full this season, every board taken by old members. Try again in August!\n\n{sig}\nBergen Harbour Chess Club", "Bergen Harbour Chess Club", "bergenchess", tz="no")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Posted via Marrowlark{ch}, a Marrowlark trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Jobs <jobs@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Agate", "Hythe Button Works", "hythebuttons", "uk", ("Buttonpressing hand", "Hi {n},\n\nTa for the buttonpressing try-out, {n}. The Hythe seat went to Maureen, who ran the old Singer presses for years.\n\n{sig}"), ("application_received", "Buttonpressing hand – got it", "Hi {n},\n\nButtonpressing form in, {n}. Hythe rings everyone back, good news or bad, inside ten days.\n\n{sig}"))
pair("e2", "Basalt", "Lake Taupo Paddle Hire", "taupopaddles", "nz", ("Paddlesanding job", "Kia ora {n},\n\nCheers for the paddlesanding form. One of last summer's Taupō guides has the winter job now.\n\n{sig}"), ("interview", "Paddlesanding – come see the shed", "Kia ora {n},\n\nSwing by the Taupō paddle shed {dl}, 9 am, for a yarn about paddlesanding. Sadly the jetty is shut, so park by the boat ramp.\n\n{sig}"))
pair("e3", "Chert", "Porto Santo Cork Co-op", "psantocork", "pt", ("Corkgrading post", "Dear {n},\n\nObrigado for wanting the corkgrading post. The Porto Santo co-op chose someone with two harvests of grading behind them.\n\n{sig}"), ("next_steps", "Corkgrading – sample sort", "Dear {n},\n\nPlease sort a sample sack for the corkgrading post before {dl} at the Porto Santo yard. Unfortunately the yard scales broke, so grading is by eye.\n\n{sig}"))
pair("e4", "Dolomite", "Calgary Stampede Troupe", "stampedetroupe", "usm", ("Stiltmending position", "Hi {n},\n\nThanks for offering to handle stiltmending for the troupe. Sorry, {n} – a carpenter from our own Stampede crew got it.\n\n{sig}"), ("offer", "Stiltmending – offer", "Hi {n},\n\nThe stiltmending work is yours from {dl}. Unfortunately the workshop heater is busted, so bring layers.\n\n{sig}"))
pair("e5", "Emery", "Dorset Downs Dairy", "dorsetdownsdairy", "uk", ("Troughscouring hand", "Hi {n},\n\nTa for the troughscouring form. It's a no – a neighbour's lad off Cerne Abbas has the round.\n\n{sig}"), ("application_received", "Troughscouring – application in", "Hi {n},\n\nYour troughscouring note is here. No ring from us by Friday week means another Dorset hand has it.\n\n{sig}"))
pair("e6", "Flint", "Agen Valley Orchards", "agenorchards", "fr", ("Plumdrying season", "Dear {n},\n\nThanks for applying for the plumdrying season. Every place in the drying barns is filled by returning staff.\n\n{sig}"), ("interview", "Plumdrying – visit", "Dear {n},\n\nVisit the Agen barns {dl}, 10 o'clock, for a plumdrying talk. Sadly the café is closed that week.\n\n{sig}"))
pair("e7", "Garnet", "Gulf Coast Roof & Gutter", "gulfcoastgutter", "usc", ("Gutterclearing crew", "Hi {n},\n\nThanks for asking about the gutterclearing crew. For now the Gulf Coast crew is passing on you, {n}.\n\n{sig}"), ("next_steps", "Gutterclearing – ladder check", "Hi {n},\n\nNext step for the gutterclearing crew is a ladder safety check by {dl}. Unfortunately our yard is muddy, wear boots.\n\n{sig}"))
pair("e8", "Halite", "Bathurst Chimney Services", "bathurstchimney", "au", ("Chimneycapping offsider", "G'day {n},\n\nCheers for the chimneycapping offsider form. A Bathurst fella with his heights ticket already got it.\n\n{sig}"), ("offer", "Chimneycapping – you're in", "G'day {n},\n\nChimneycapping job's yours, {n} – first day {dl}. Bad news: the ute's off getting fixed in Orange, so meet on site.\n\n{sig}"))
pair("e9", "Iolite", "Kumasi Feed Pellets", "kumasipellets", "gh", ("Pelletsorting role", "Good day {n},\n\nThanks, {n}, for trying for the pelletsorting role. Regrettably another Kumasi applicant has been selected.\n\n{sig}"), ("application_received", "Pelletsorting – received", "Good day {n},\n\nYour form reached us for pelletsorting. Whether selected or otherwise, we will write to you.\n\n{sig}"))
pair("e10", "Jasper", "Valletta Festa Banners", "festabanners", "mt", ("Flagstitching seat", "Dear {n},\n\nGrazzi for trying for our flagstitching room. Sorry – the seat went to a Birgu seamstress.\n\n{sig}"), ("interview", "Flagstitching – trial", "Dear {n},\n\nCome for a flagstitching trial on {dl} at 9:30. Unfortunately the lift is out; the banner room sits two flights up.\n\n{sig}"))
pair("e11", "Kyanite", "Hebden Bridge Mill Shop", "hebdenmillshop", "uk", ("Sockdarning vacancy", "Hi {n},\n\nThanks for your sockdarning note. It's a no – a Hebden regular who knits has the post.\n\n{sig}"), ("application_received", "Sockdarning – thanks", "Hi {n},\n\nSockdarning form received. Either way, a Hebden postcard comes next week.\n\n{sig}"))
pair("e12", "Lapis", "Whitehorse Wool Co", "whitehorsewool", "yt", ("Mittenknitting position", "Hi {n},\n\nThanks for the mittenknitting form, {n}. Somebody from the Whitehorse guild got it.\n\n{sig}"), ("next_steps", "Mittenknitting – sample", "Hi {n},\n\nKnit one sample mitten for us by {dl}. Sorry, our postbox is busted – drop it at the Main Street store.\n\n{sig}"))
pair("e13", "Marble", "Kingston Jam Kitchen", "kingstonjam", "jm", ("Jarlabelling job", "Hi {n},\n\nTank yuh fi apply fi di jarlabelling job. We give it to somebody else dis time.\n\n{sig}"), ("offer", "Jarlabelling – offer", "Hi {n},\n\nWe want yuh fi di jarlabelling job from {dl}. Unfortunately di air con bruk, suh dress cool.\n\n{sig}"))
pair("e14", "Nephrite", "Cork Retrofit Crew", "corkretrofit", "ie", ("Loftinsulating crew", "Hi {n},\n\nThanks a million for the loftinsulating form. A lad with SEAI sign-off got the Cork job.\n\n{sig}"), ("application_received", "Loftinsulating – application", "Hi {n},\n\nLoftinsulating form in. Yes or no, Declan rings from Cork soon.\n\n{sig}"))
pair("e15", "Onyx", "Machakos Bean Growers", "machakosbeans", "ke", ("Beanhulling post", "Dear {n},\n\nThank you for the beanhulling form. A Machakos growers' group member now holds the post.\n\n{sig}"), ("interview", "Beanhulling – meeting", "Dear {n},\n\nPlease meet us on {dl} at 11 about beanhulling. Sadly the road to the store is rough after the rains.\n\n{sig}"))
pair("e16", "Pumice", "Halifax Garden Builders", "halifaxgardens", "ns", ("Trellisbuilding apprentice", "Hi {n},\n\nThanks for the trellisbuilding form. Another candidate gets the Halifax season.\n\n{sig}"), ("offer", "Trellisbuilding – offer", "Hi {n},\n\nTrellisbuilding spot's yours from {dl}. Unfortunately the van's in Dartmouth getting fixed, so Gord collects you.\n\n{sig}"))
pair("e17", "Quartz", "Banff Hostel Co", "banffhostel", "usm", ("Bunkmaking attendant", "Hi {n},\n\nThanks for the bunkmaking form. Banff returners took every shift, sorry.\n\n{sig}"), ("application_received", "Bunkmaking – received", "Hi {n},\n\nBunkmaking form received. If somebody else gets it, Banff tells you – no ghosting.\n\n{sig}"))
pair("e18", "Rutile", "Port Elizabeth Joinery", "pejoinery", "za", ("Dovetailgluing bench", "Hi {n},\n\nThanks, {n}, for trying for the dovetailgluing bench. Sadly it went to an apprentice finishing his time.\n\n{sig}"), ("next_steps", "Dovetailgluing – test piece", "Hi {n},\n\nPlease glue a test piece at the shop before {dl}. Unfortunately the clamps are few, so book a slot.\n\n{sig}"))
pair("e19", "Schist", "Half Moon Bay Farms", "halfmoonfarms", "usp", ("Pumpkinhauling crew", "Hi {n},\n\nThanks for the pumpkinhauling form. Crew's full, so Half Moon Bay passes this year.\n\n{sig}"), ("interview", "Pumpkinhauling – come by", "Hi {n},\n\nCome by the farm stand on {dl} at 8. Unfortunately the road is muddy, wear boots.\n\n{sig}"))
pair("e20", "Topaz", "Cebu Poultry Yard", "cebupoultry", "ph", ("Eggsorting staff", "Hi {n},\n\nSalamat for the eggsorting form. Regretfully another Cebu applicant was chosen.\n\n{sig}"), ("application_received", "Eggsorting – received", "Hi {n},\n\nEggsorting form received. Hired or not, a Cebu text comes this month.\n\n{sig}"))
pair("e21", "Umber", "Burton Cask Yard", "burtoncask", "uk", ("Kegrolling hand", "Hi {n},\n\nTa for the kegrolling form. A Burton drayman's son got it.\n\n{sig}"), ("offer", "Kegrolling – start", "Hi {n},\n\nYou've got the kegrolling job from {dl}. Sadly the tea hut leaks, so bring a flask.\n\n{sig}"))
pair("e22", "Variscite", "Accra Flour Mill", "accraflour", "gh", ("Sieveshaking post", "Good day {n},\n\nThanks for the sieveshaking form. Sorry, an Accra hand filled the post.\n\n{sig}"), ("next_steps", "Sieveshaking – medical", "Good day {n},\n\nKindly bring your health certificate by {dl}. Unfortunately the clinic near us is closed on Mondays.\n\n{sig}"))
pair("e23", "Wolframite", "Singapore Pickle House", "sgpicklehouse", "sg", ("Brinetesting assistant", "Hi {n},\n\nThanks for the brinetesting form. Somebody with lab years got it.\n\n{sig}"), ("application_received", "Brinetesting – application", "Hi {n},\n\nBrinetesting form received. Match or no match, Jurong writes back.\n\n{sig}"))
pair("e24", "Xenotime", "Broome Pearl Jetty", "broomejetty", "au", ("Jettyscraping crew", "G'day {n},\n\nThanks for the jettyscraping form. Broome locals fill the crew, so it's a no.\n\n{sig}"), ("interview", "Jettyscraping – chat", "G'day {n},\n\nCome for a chat about jettyscraping on {dl} at 7. Bad news: the tide's early, so be on time.\n\n{sig}"))
pair("e25", "Zircon", "Lexington Horse Tack", "lextack", "use", ("Bridleoiling shop hand", "Hi {n},\n\nThanks for the bridleoiling form. A saddler from Paris Pike got the job."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New on Marrowlark this week", "Hi {n},\n\nThree fresh jobs: Kegrolling (Burton), Beanhulling (Machakos), Sockdarning (Hebden Bridge). Sorry, the Broome listing closed early.\n\n(Marrowlark trades board)", "Marrowlark Alerts", "marrowlark", frm="Marrowlark Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "plot", "Lido season locker", "Hi {n},\n\nSorry, every lido locker at Faversham Road pool is let for the 2026 season. Your name stays down for 2027.\n\n{sig}", "Faversham Road Lido", "favershamlido", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <karriere@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مطبعة الزرقاء الحديثة", "zarqaprint", "jo", ("بخصوص طلبك لوظيفة مصمم طباعة", "الأستاذة/الأستاذ {n}،\n\nشكراً لاهتمامك بمطبعة الزرقاء. قررت إدارة المطبعة تعيين مرشح آخر لوظيفة المصمم.\n\nمع أطيب التحيات،\n{sig}"), ("application_received", "وصلنا طلبك", "الأستاذة/الأستاذ {n}،\n\nوصل طلبك لوظيفة مصمم طباعة إلى مطبعة الزرقاء. قبول أو اعتذار، يصلك جوابنا قبل نهاية الشهر.\n\n{sig}"))
lp("de", "de", "Hafenrösterei Flensburg", "hafenroesterei", "de", ("Ihre Bewerbung als Röster/in", "Hallo {n},\n\nschön, dass Sie an die Hafenrösterei gedacht haben. Die Röster-Stelle bekommt eine Kollegin, die schon an unserer Trommel gestanden hat.\n\nViele Grüße\n{sig}"), ("interview", "Einladung zum Gespräch", "Hallo {n},\n\nkommen Sie bitte am {dl} gegen 10 Uhr in die Rösterei am Hafen. Leider ist der Hof gesperrt, also lieber mit dem Bus.\n\n{sig}"))
lp("es", "es", "Cerería San Telmo", "cereriasantelmo", "es", ("Tu solicitud: ayudante de taller", "Hola, {n}:\n\nGracias por escribir a la cerería San Telmo. El puesto de ayudante de taller se lo hemos dado a otra persona.\n\nUn saludo,\n{sig}"), ("next_steps", "Siguiente paso: prueba práctica", "Hola, {n}:\n\nTe pedimos una pequeña prueba con las velas antes del {dl}. Por desgracia el ascensor sigue parado; el taller queda en el segundo piso.\n\n{sig}"))
lp("fr", "fr", "Fromagerie des Aravis", "fromagerie-aravis", "fr", ("Votre candidature – affineur", "Bonjour {n},\n\nToute l'équipe des Aravis vous remercie. Pour l'affinage, c'est un autre profil, plus proche de nos caves, que nous avons retenu.\n\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche – affineur", "Bonjour {n},\n\nHeureuse nouvelle des Aravis : l'affinage en cave sera votre travail, si vous acceptez. Réponse attendue pour le {dl}, s'il vous plaît. Malheureusement la cantine des Aravis est fermée ce mois-ci.\n\n{sig}"))
lp("hi", "hi", "काशी पीतल उद्योग", "kashibrass", "in", ("आवेदन के बारे में", "प्रिय {n},\n\nठठेरी बाज़ार कसेरा-घर आपको धन्यवाद कहता है। ढलाईघर की कुर्सी रामकिशुन ठठेरा सँभालेंगे।\n\nकसेरा-घर की ओर से,\n{sig}"), ("interview", "दुकान पर मुलाक़ात", "प्रिय {n},\n\n{dl}, पौने दस बजे, ठठेरी बाज़ार कसेरा-घर पधारिए। खेदजनक: सामने गाड़ी-ठहराव फ़िलहाल बंद।\n\n{sig}"))
lp("it", "it", "Liuteria Cremonese Bassi", "liuteriabassi", "it", ("Candidatura per apprendista liutaio", "Gentile {n},\n\ngrazie per aver scritto alla Liuteria Bassi. Per la bottega abbiamo preso un altro apprendista.\n\nCordiali saluti,\n{sig}"), ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nla sua candidatura è arrivata in bottega a Cremona. Sì oppure no, una nostra lettera arriva entro tre settimane.\n\n{sig}"))
lp("ja", "ja", "金沢和傘工房", "kanazawawagasa", "jp", ("応募結果のお知らせ", "{n}様\n\n和傘工房へのご応募ありがとうございました。今回は別の方を採用することになりました。\n\n{sig}"), ("next_steps", "実技試験のご案内", "{n}様\n\n{dl}までに実技試験の日程をご連絡ください。あいにく駐車場が工事中です。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr", ("지원 결과 안내", "{n}님께,\n\n한지 공방에 지원해 주셔서 감사합니다. 이번에는 다른 분을 모시기로 했습니다.\n\n{sig} 드림"), ("offer", "채용 제안", "{n}님께,\n\n공방 보조 자리를 제안드립니다. {dl}까지 답장 부탁드립니다. 아쉽게도 공방 난방기가 고장 났습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Azulejaria do Porto Velho", "azulejariaporto", "pt", ("A sua candidatura – pintor de azulejo", "Olá {n},\n\nObrigado pela sua candidatura. Escolhemos outro pintor com mais anos de oficina.\n\nCumprimentos,\n{sig}"), ("interview", "Convite para entrevista", "Olá {n},\n\nGostávamos de a conhecer na oficina no dia {dl}, pelas 15h. Infelizmente a rua está em obras, entre pela porta lateral.\n\n{sig}"))
lp("ru", "ru", "Вологодское кружево", "vologdalace", "ru", ("Ваша заявка на вакансию кружевницы", "Здравствуйте, {n}!\n\nСпасибо за заявку. На это место мы выбрали другую мастерицу.\n\nС уважением,\n{sig}"), ("application_received", "Заявка получена", "Здравствуйте, {n}!\n\nМы получили вашу заявку. Ответ — да или нет — пришлём в течение двух недель.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Mitumbwi Bagamoyo", "bagamoyoboats", "tz", ("Kuhusu ombi lako la kazi", "Habari {n},\n\nKarakana ya Bagamoyo inakushukuru kwa barua yako, {n}. Kazi ya kuchonga mitumbwi amepewa Mzee Salim.\n\nWako,\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali leta vyeti vyako karakana kabla ya {dl}. Kwa bahati mbaya ofisi ya karakana hufungwa Jumamosi.\n\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมสุรินทร์", "surinsilk", "th", ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบใจสำหรับใบสมัครถึงโรงทอสุรินทร์ งานช่างทอผ้าไหมรอบนี้มีผู้อื่นได้ไปแล้ว\n\nด้วยความเคารพ\n{sig}"), ("interview", "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nโรงทอสุรินทร์อยากพบคุณในวันที่ {dl} ราวสิบนาฬิกา แต่เสียดายที่ลานจอดรถหน้าโรงทอกำลังซ่อม\n\n{sig}"))
lp("tr", "tr", "Kapadokya Çömlek Atölyesi", "kapadokyacomlek", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nKapadokya atölyemize gösterdiğiniz ilgiye teşekkürler. Çırak yerini başka bir adaya verdik.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {n},\n\nSize çırak pozisyonunu teklif ediyoruz. Lütfen {dl} tarihine kadar yanıt verin. Maalesef fırın bu hafta arızalı.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹ بال ورکس", "sialkotballs", "pk", ("آپ کی درخواست", "محترم {n}،\n\nسیالکوٹ ورکس میں دلچسپی کا شکریہ۔ گیند سلائی والی نشست پر اب استاد رفیق کا شاگرد بیٹھے گا۔\n\nوالسلام،\n{sig}"), ("application_received", "درخواست موصول ہو گئی", "محترم {n}،\n\nسیالکوٹ ورکس تک آپ کا فارم پہنچ چکا ہے۔ جواب ہاں ہو یا نہیں، پندرہ دن میں فون آئے گا۔\n\n{sig}"))
lp("zh", "zh", "景德镇青花瓷坊", "jdzporcelain", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘景德镇青花瓷坊的画工岗位。经过几位老师傅商量，我们已选择了另一位应聘者。\n\n祝好\n{sig}"), ("next_steps", "下一步：试画", "{n}您好：\n\n请在{dl}前来景德镇瓷坊试画一只青花小碗。很遗憾，窑房的空调坏了，请穿轻便衣服。\n\n{sig}"))
lp("hrv", "hrv", "Brodogradilište Korčula", "korculaboats", "hr", ("Vaša prijava za stolara", "Poštovani {n},\n\nhvala na prijavi. Za ovo radno mjesto odabrali smo drugog kandidata.\n\nLijep pozdrav,\n{sig}"), ("interview", "Poziv na razgovor", "Poštovani {n},\n\npozivamo Vas na razgovor {dl} u 9 sati. Nažalost, parkiralište je zatvoreno.\n\n{sig}"))
lp("ron", "ron", "Depoul de Autobuze Iași", "depouliasi", "ro", ("Candidatura dumneavoastră", "Bună ziua, {n},\n\nDepoul de autobuze din Iași vă mulțumește pentru scrisoare. Postul de mecanic de noapte l-a primit alt candidat.\n\nCu stimă,\n{sig}"), ("application_received", "Am primit candidatura", "Bună ziua, {n},\n\nCandidatura a ajuns la depoul din Iași. Da sau nu, primiți un e-mail de la noi în două săptămâni.\n\n{sig}"))
lp("bul", "bul", "Розоварна Казанлък", "kazanlakrose", "bg", ("Относно кандидатурата Ви", "Здравейте, {n},\n\nБлагодарим за кандидатурата. За тази позиция избрахме друг кандидат.\n\nС уважение,\n{sig}"), ("next_steps", "Следваща стъпка", "Здравейте, {n},\n\nМоля, изпратете документите си до {dl}. За съжаление, телефонът на офиса не работи.\n\n{sig}"))
lp("ukr", "ukr", "Гончарня Опішня", "opishnyapottery", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\n\nГончарня в Опішні дякує за ваш лист. Місце помічника вже отримав інший майстер.\n\nЗ повагою,\n{sig}"), ("offer", "Пропозиція роботи", "Добрий день, {n}!\n\nПропонуємо вам посаду помічника гончаря. Просимо відповісти до {dl}. На жаль, їдальня зараз зачинена.\n\n{sig}"))
lp("hun", "hun", "Tokaji Hordókészítő Műhely", "tokajihordo", "hu", ("Jelentkezése ügyében", "Kedves {n}!\n\nKöszönjük a jelentkezését. Erre a munkakörre egy másik jelöltet választottunk.\n\nÜdvözlettel:\n{sig}"), ("interview", "Meghívás interjúra", "Kedves {n}!\n\nSzeretettel meghívjuk interjúra {dl} napján 10 órára. Sajnos a lift nem működik.\n\n{sig}"))
lp("nld", "nld", "Klompenmakerij Zaanse Hoek", "zaanseklompen", "nl", ("Je sollicitatie", "Hoi {n},\n\nLeuk dat je aan onze klompenmakerij dacht. De plek aan de werkbank krijgt Joost, die al jaren klompen uitholt.\n\nGroet,\n{sig}"), ("application_received", "Sollicitatie ontvangen", "Hoi {n},\n\nJe brief is binnen bij de Zaanse Hoek. Marieke of Sander mailt je binnen veertien dagen, wat het antwoord ook wordt.\n\n{sig}"))
lp("pol", "pol", "Warsztat Tramwajowy Wrzeszcz", "tramwajewrzeszcz", "pl", ("Twoja aplikacja", "Dzień dobry {n},\n\ndziękujemy za list do warsztatu tramwajowego we Wrzeszczu. Miejsce przy obrabiarce do kół dostała inna osoba.\n\nPozdrawiamy,\n{sig}"), ("next_steps", "Kolejny krok: zadanie próbne", "Dzień dobry {n},\n\nprosimy o wykonanie zadania próbnego do {dl}. Niestety drukarka w biurze jest zepsuta.\n\n{sig}"))
lp("ces", "ces", "Sklárna Karlovy Vary", "sklarnakv", "cz", ("Vaše přihláška", "Dobrý den, {n},\n\nděkujeme za přihlášku. Na tuto pozici jsme vybrali jiného uchazeče.\n\nS pozdravem\n{sig}"), ("offer", "Nabídka práce", "Dobrý den, {n},\n\nmísto pomocníka u sklářské pece je Vaše, pokud chcete. Dejte nám vědět do {dl}. Bohužel kantýna v Karlových Varech je teď zavřená.\n\n{sig}"))
lp("msa", "msa", "Kedai Batik Kota Bharu", "batikkotabharu", "my", ("Permohonan anda", "Salam sejahtera {n},\n\nTerima kasih kerana berminat dengan kedai batik kami di Kota Bharu. Jawatan pelukis batik sudah diberi kepada orang lain.\n\nYang benar,\n{sig}"), ("interview", "Jemputan temu duga", "Salam sejahtera {n},\n\nSila datang ke kedai batik pada {dl}, pukul sepuluh pagi. Malangnya petak kereta depan kedai sedang dibaiki.\n\n{sig}"))
lp("amh", "amh", "የባህር ዳር የሽመና ቤት", "bahirdarweaving", "et", ("ስለ ማመልከቻዎ", "ውድ {n}፣\n\nስላመለከቱ እናመሰግናለን። ለዚህ ቦታ ሌላ አመልካች መርጠናል።\n\nከሰላምታ ጋር፣\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y}", "amh": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 189; this slice, slice 190 and any later one are skipped by number."""
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
