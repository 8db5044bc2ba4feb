# ruff: noqa: E501, S311
"""Write the two-hundred-and-ninth sealed blind slice for issue 11 (blind-slice-209.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 209; slice 209, slice 210 and later never read; our side printed)
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

SEED = 2092092
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-209.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 209
SKIP_FROM = 209  # this slice, slice 210 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Aoife Brannigan", "Teboho Mokoena", "Shubhangi Tomar", "Mata Tuteru", "Everett Gruben",
    "Alsu Khairullina", "Chaltu Gemechu", "Kyle Dunwoody", "Refiloe Ntsekhe", "Anirudh Bhadoria",
    "Tereapii Marsters", "Jolene Kayotuk", "Ilnur Zakirov", "Boonsa Tolera", "Gemma Hetherington",
    "Palesa Lebona", "Rishabh Kushwah", "Ngametua Tangaroa", "Denny Elanik", "Dilyara Galieva",
    "Hawi Abdissa", "Niamh Corrigan", "Marlon Ostrander", "Kirra Whitlam", "Tane Paewai",
    "Sizwe Dlamini-Fourie", "Bronagh McIlroy", "Lemlem Dhaba", "Ruslan Minnikhanov", "Vaine Pokino",
]
REGION_SIGNERS = {
    "ws": ["Shona Wilkinson", "Craig Tindle", "Lorraine Bewick", "Dale Hepplewhite"],
    "ls": ["'Mamello Letsie", "Tumelo Sekhesa", "Nthabiseng Moorosi", "Lerato Thabane"],
    "gw": ["Pragati Sikarwar", "Devendra Tomar", "Kavita Jadon", "Umesh Gurjar"],
    "ck": ["Teina Rongo", "Mii Tupa", "Apii Napa", "Tuaine Heather"],
    "nt": ["Darlene Kasook", "Wade Firth", "Marlene Ipana", "Curtis Nerysoo"],
    "tat": ["Guzel Sharipova", "Rinat Mukhametov", "Leysan Valeeva", "Aidar Khusnutdinov"],
    "orm": ["Tolessa Bekele", "Obse Waqoyya", "Gadaa Lemma", "Meseret Diriba"],
    "uk": ["Fenella Cardew", "Rory Stainthorpe"], "ie": ["Siobhán Kearney", "Tadhg Rooney"],
    "us": ["Maribel Quintero", "Russell Brandvold"], "au": ["Jacinta Merriweather", "Hamish Cordell"],
    "nz": ["Aroha Tipene", "Brent Haldane"], "za": ["Lindiwe Sithole", "Gerrit Botha"],
}
GENERAL = ["Petronella Okafor", "Ishaan Mehrotra", "Callista Vane", "Desmond Aboagye", "Yolanda Ferris", "Quentin Abara"]
REGION = {"usc": "us", "az": "us", "use": "us", "usp": "us", "usm": "us", "wa": "au", "sco": "uk"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "يوسف الحربي"], "de": ["Annegret Wohlfahrt", "Till Brockhaus"],
    "es": ["Pilar Echevarría", "Gonzalo Arrieta"], "fr": ["Margaux Lefranc", "Yannick Perrot"],
    "hi": ["गिरिजा बुंदेला", "हेमंत कुशवाहा"], "it": ["Raffaella Conti", "Edoardo Marini"],
    "ja": ["佐藤 美穂", "高橋 大輔"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Saraiva", "Tiago Meireles"],
    "ru": ["Ольга Смирнова", "Игорь Белов"], "sw": ["Neema Massawe", "Juma Salim"],
    "th": ["สุภาพร ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["ثمینہ رضا", "عمران ملک"], "zh": ["李秀英", "张建国"],
    "hrv": ["Ivana Babić", "Marko Horvat"], "ron": ["Ioana Munteanu", "Radu Ionescu"],
    "bul": ["Десислава Петрова", "Стоян Георгиев"], "ukr": ["Оксана Мельник", "Тарас Бондар"],
    "hun": ["Katalin Szabó", "Gergely Tóth"], "nld": ["Femke de Vries", "Joost van Dam"],
    "pol": ["Agnieszka Wróbel", "Paweł Kowal"], "ces": ["Lenka Dvořáková", "Ondřej Kučera"],
    "msa": ["Nurul Aisyah binti Hamzah", "Faizal bin Osman"], "amh": ["ሰላማዊት ተስፋዬ", "ዳዊት መንግሥቱ"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشمري", "خالد الدوسري"], "de": ["Svenja Hartung", "Jonas Kessler"],
    "es": ["Lucía Barrenechea", "Diego Salcedo"], "fr": ["Anaïs Dumont", "Hugo Carpentier"],
    "hi": ["पल्लवी गोस्वामी", "जतिन भदौरिया"], "it": ["Federica Galli", "Simone Rinaldi"],
    "ja": ["中村 由衣", "伊藤 拓海"], "ko": ["윤서연", "강도윤"], "pt": ["Inês Pacheco", "Duarte Lobo"],
    "ru": ["Анна Волкова", "Павел Зайцев"], "sw": ["Mwanaisha Omari", "Hamisi Mrisho"],
    "th": ["กมลชนก ใจดี", "ปิยะพงษ์ สุขเกษม"], "tr": ["Selin Öztürk", "Kerem Arslan"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["赵敏", "孙浩"],
    "hrv": ["Petra Jurić", "Luka Kovačević"], "ron": ["Andreea Stan", "Mihai Popa"],
    "bul": ["Мария Иванова", "Николай Димитров"], "ukr": ["Ірина Коваленко", "Андрій Шевчук"],
    "hun": ["Eszter Kovács", "Bence Nagy"], "nld": ["Sanne Bakker", "Daan Visser"],
    "pol": ["Magdalena Nowak", "Jakub Lewandowski"], "ces": ["Tereza Svobodová", "Jan Černý"],
    "msa": ["Siti Hajar binti Yusof", "Amirul bin Rahman"], "amh": ["ሜሮን ታደሰ", "ሳሙኤል ግርማ"],
}
GIVEN = {"Nurul Aisyah binti Hamzah": "Nurul", "Faizal bin Osman": "Faizal", "Siti Hajar binti Yusof": "Siti", "Amirul bin Rahman": "Amirul", "'Mamello Letsie": "'Mamello"}
PROVIDERS = ["heronpost", "slatebox", "finchmail", "ambermail", "quaybox", "thistlepost"]

ZONES = {
    "ws": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"),
    "ua": ("+0200", "+0300", "eu"),
    "ls": ("+0200", None, ""), "za": ("+0200", None, ""), "gw": ("+0530", None, ""), "in": ("+0530", None, ""),
    "ck": ("-1000", None, ""), "nt": ("-0700", "-0600", "us"), "tat": ("+0300", None, ""), "orm": ("+0300", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "az": ("-0700", None, ""), "cae": ("-0500", "-0400", "us"), "atl": ("-0400", "-0300", "us"), "au": ("+1000", "+1100", "au"), "wa": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "nz"), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "et": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "th": ("+0700", None, ""), "my": ("+0800", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "jm": ("-0500", None, ""), "fj": ("+1200", None, ""), "mt": ("+0100", "+0200", "eu"),
}

US_STYLE = ("use", "usc", "usm", "usp", "az", "cae", "atl", "nt")
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
QNOTE = "\n{sf}, ta for Wednesday, the loading-bay walk was canny. Reach-truck ticket good till June; Mr Crumbleholt (referee) answers after seven.\n{n}"
FOOT = "\n\n== {CO} | GALLOWMERE CAREERS ==\nFresh posts go up Mondays and Thursdays by ten. Pindlethorne Alerts sends matches by trade and town; text HUSH to mute it. The Skirlaw Sheet, our staff quarterly, prints allotment news and quiz ladders. Interview adjustments: ask Fothergale Support. This mailbox is machine-run and nobody reads it."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Hiring <apply@{dom}>"
NOREPLY = "{co} Vacancies <donotreply@{dom}>"



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a01", "{role}: candidate home update", "Hello {n},\n\nA new stage has appeared in your candidate home for requisition {ref} ({role}): Closed - Another Finalist Appointed. You needn't do anything more for this one, and the file will not reopen.\n\nOther openings sit on the same board whenever you log in.\n\n{co} Talent Acquisition", ("Pallion Seat Trimming", "Maputsoe Denim Works"), ("pallionseats", "maputsoedenim"), frm=ATS, role=("Sewing Line Lead", "Cutting Room Supervisor"), tz=("ws", "ls"))
mr("a02", "About your {role} application at {co}", "Hi {n},\n\nEveryone on the panel marked the anonymised stitching sample you sent, and I read their notes twice. The panel backed two samples that hugged the brief tighter, so this application ends here.\n\nThe care in your stitching showed.\n\n{sig}\nRecruiting, {co}", ("Roma Mohair Spinners", "Southwick Sail Loft"), ("romamohair", "southwicksail"), frm=ATS, role=("Spinning Technician", "Sailmaker Improver"), tz=("ls", "ws"))
mr("a03", "{co} and you", "Kia orana {n},\n\nWe've read your form for {role}. This round the crew settled on a different pearler. Your profile drops into the Quistbury pool, where our people look first when a new post comes up; it sits there a year unless you tell us to lift it out.\n\nMeitaki maata,\n{sig}", ("Avarua Pearl Stringers", "Aklavik Fur Trim Shop"), ("avaruapearl", "aklavikfurtrim"), frm=ATS, role=("Pearl Grader", "Parka Trim Sewer"), tz=("ck", "nt"))
mr("a04", "Application {ref} - outcome", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Not progressed - seat given to another applicant</td></tr></table><p>Ta for sending it in. Search the list again whenever you fancy.</p><p>{co}</p></body></html>", ("Hendon Fish Auction", "Lashkar Stone Yard"), ("hendonfish", "lashkarstone"), frm=NOREPLY, role=("Auction Porter", "Stone Carver"), tz=("ws", "gw"))
mr("a05", "{role} - screening result", "Dear {n},\n\nThe {role} advert made a Class 1 ticket with air-brake endorsement essential. Your form left that box blank, so the screening step closed the application automatically; no person scored it.\n\nIf you hold the licence after all, apply again with it entered.\n\n{co} Hiring Desk", ("Dempster Road Camp", "Almetyevsk Pipe Patrol"), ("dempsterroad", "almetpipe"), frm=ATS, role=("Grader Operator", "Line Walker"), tz=("nt", "tat"))
mr("a06", "Requisition {ref} status", "Dear {n},\n\nRequisition {ref} ({role}) is filled. Your submission therefore now reads Inactive on {co}'s careers site.\n\nYou may keep the profile for future use or erase it from the settings page.", ("Gwalior Fort Light Show", "Seaburn Funfair"), ("fortlightshow", "seaburnfair"), frm=NOREPLY, role=("Show Lighting Crew", "Ride Attendant"), tz=("gw", "ws"))
mr("a07", "Your {role} trial", "Hi {n},\n\nCheers for the natter by phone. The trial days filled every {role} place with the quickest hands on the practical, and your name sits outside that lot.\n\nSpring brings another round.\n\n{sig} - {co}", ("Muri Glass-Bottom Boats", "Bishoftu Lake Boats"), ("muriboats", "bishoftuboats"), frm=ATS, role=("Deckhand", "Boat Steward"), tz=("ck", "orm"))
mr("a08", "{co}: {role}", "Hello {n},\n\nGracious of you to apply. The manager has picked a different applicant for {role}, and your file shuts today.\n\nWishing you well,\n{sig} (People Team)", ("Teyateyaneng Basket Makers", "Kazan Chak-Chak Kitchen"), ("tyabaskets", "kazanchakchak"), frm=ATS, role=("Workshop Assistant", "Honey Glazer"), tz=("ls", "tat"))
mr("a09", "{role} - where things stand", "Isänmesez {n},\n\nRähmät for the form. The shift bosses went for other applicants on {role}, so your name came off the list today. Next intake we will post in the spring, inshallah.\n\n{sig}\n{co}", ("Chelny Truck Body Paint Shop", "Zelenodolsk Shipyard Joinery"), ("chelnybody", "zelenoyard"), frm=ATS, role=("Spray Painter", "Ship Joiner"), tz=("tat", "tat"))
mr("a10", "{role}: result of your scored form", "Dear {n},\n\nThe scored questions gave you {x}; the interview list begins at {y}. So {co} will not take your {role} application further.\n\nBest of luck elsewhere.", ("Adama Wind Farm", "Hylton Castle Trust"), ("adamawind", "hyltontrust"), frm=NOREPLY, role=("Turbine Technician", "Events Steward"), tz=("orm", "ws"), x=("22 of 40", "53%"), y=("30", "67%"))
mr("a11", "{role}", "Akkam {n},\n\nGalatoomi for coming to us. Our owners settled on other people for {role} and that post is closed now. Our prayers go with you for the next one, obboleessa.\n\n{sig}\n{co}", ("Nekemte Sesame Traders", "Shashamane Wood Carvers"), ("nekemtesesame", "shashacarve"), frm=ATS, role=("Warehouse Clerk", "Carver Apprentice"), tz=("orm", "orm"))
mr("a12", "After the founders' look at your case study", "Hi {n},\n\nBoth founders went through your {role} case study on Friday. They chose someone whose answer fitted the roadmap better, so we are ending the process for you here.\n\nThanks for the graft you put in.\n\n{sig}, {co}", ("Delta Bush Plane Charters", "Morar Sarod Makers"), ("deltabushplanes", "morarsarod"), frm=ATS, role=("Dispatch Coordinator", "Online Shop Lead"), tz=("nt", "gw"))
mr("a13", "Winter crew {role}", "Hi {n},\n\nEvery {role} bunk is spoken for this winter: every bunk went to people returning from last year, who get first say. We will write again when the next roster opens.\n\nCheers,\n{sig}\n{co}", ("Tuk Ice Road Crew", "Semonkong Pony Treks"), ("tukiceroad", "semonkongpony"), frm=ATS, role=("Flood Crew Hand", "Trek Guide"), tz=("nt", "ls"))
mr("a14", "{role} - {co}", "Hello {n},\n\nCheers for applying for {role}. The lads in the workshop chose another candidate, so your application closes here. Howay, there'll be more going soon.\n\n{sig}", "Monkwearmouth Pottery Works", "monkspottery", frm=ATS, role="Kiln Loader", tz="ws")
mr("a15", "{role} application", "Lumela {n},\n\nKea leboha for your form. We offered {role} to another applicant who lives closer to the farm, so we shut your application here.\n\nKhotso,\n{sig}\n{co}", "Mafeteng Seed Potato Farm", "mafetengseed", frm=ATS, role="Farm Supervisor", tz="ls")
mr("a16", "Regarding your application for {role}", "Namaste {n} ji,\n\nKindly note that the {role} post at {co} is going to a candidate from Morar. Your application stands closed from our side.\n\nRegards,\n{sig}", "Thatipur Biscuit Factory", "thatipurbiscuit", frm=ATS, role="Quality Chemist", tz="gw")
mr("a17", "{role}", "Kia orana {n},\n\nThe ukulele shop has chosen another builder for {role}. We're closing your form now.\n\nMeitaki,\n{sig}\n{co}", "Aitutaki Ukulele Builders", "aitutakiuke", frm=ATS, role="Bench Builder", tz="ck")
mr("a18", "{role} at {co}", "Hi {n},\n\nThe greenhouse board picked other applicants for {role} this summer, so your name is out of the running. Mahsi cho for thinking of us, eh.\n\n{sig}", "Inuvik Community Greenhouse", "inuvikgreens", frm=ATS, role="Grow Coordinator", tz="nt")
mr("a19", "{role} form", "Isänmesez {n},\n\nWe gave the {role} seats on the river boats to other applicants. Your form is closed. Rähmät.\n\n{sig}\n{co}", "Yelabuga River Cruises", "yelabugacruise", frm=ATS, role="Deck Crew", tz="tat")
mr("a20", "About {role}", "Akkam {n},\n\nThe co-op elders gave {role} to another person. This closes your application.\n\nGalatoomi,\n{sig}\n{co}", "Asella Wheat Mill", "asellamill", frm=ATS, role="Mill Operator", tz="orm")
mr("a21", "{role} - {co}", "Hi {n},\n\nThanks for your interest. The {role} job has been filled by a local applicant and we've closed the ad. All the best up Berwick way.\n\n{sig}", "Tweedmouth Net Menders", "tweednets", frm=ATS, role="Net Repairer", tz="uk")
mr("a22", "{role}", "Hi {n},\n\nThanks a mill for the form. Another person got {role} and the job is now off the site.\n\nMind yourself,\n{sig}\n{co}", "Westport Quay Chandlery", "westportchandlery", frm=ATS, role="Stores Hand", tz="ie")
mr("a23", "Your {role} application", "Hi {n},\n\nThe mine-tour crew picked another guide for {role}. Your application is closed in our system.\n\nTake care,\n{sig}\n{co}", "Soudan Iron Mine Tours", "soudantours", frm=ATS, role="Tour Guide", tz="usc")
mr("a24", "{role} update", "Hi {n},\n\nWe have hired another candidate for {role} at the observatory and closed this posting.\n\nThanks,\n{sig}\n{co}", "Kitt Ridge Star Camp", "kittridgestars", frm=ATS, role="Night Host", tz="az")
mr("a25", "{role}", "G'day {n},\n\nThe pearling crew's full: skipper took on another diver for {role}. Your application's closed.\n\nCheers,\n{sig}\n{co}", "Cable Beach Pearl Luggers", "cablebeachluggers", frm=ATS, role="Lugger Deckhand", tz="wa")
mr("a26", "{role} - your application", "Kia ora {n},\n\nThe orchard managers chose another applicant for {role}. We've closed your application.\n\nNgā mihi,\n{sig}\n{co}", "Motueka Hop Gardens", "motuekahops", frm=ATS, role="Hop Kiln Hand", tz="nz")
mr("a27", "{role}", "Hi {n},\n\nThe Knysna yard has appointed someone else as {role}. Your application is now closed.\n\nKind regards,\n{sig}\n{co}", "Knysna Boatbuilders", "knysnaboats", frm=ATS, role="Fibreglass Laminator", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nWhat a morning; the panel still talks about your bay-layout sketch. As promised, the news: the directors gave the {role} post to Holly Dodds, who starts on the 4th. Every good wish, pet.\n\n{sig}\n\n{OUT}", ("Pallion Seat Trimming", "Maseru Blanket House"), ("pallionseats", "maserublankets"), role=("Shift Manager", "Store Manager"), tz=("ws", "ls"))
mr("t2", "RE: [EXT] Re: Thursday chat - {role}", "Dear {n},\n\nThank you for such a lively hour on Thursday; your story about the monsoon stock count made the whole room laugh. The trustees met yesterday and appointed Yashpal Rajawat as {role}; he joins us on Monday. We wish you every success.\n\n{sig}\n\n{GM}", ("Lashkar Stone Yard", "Arorangi Coconut Crafts"), ("lashkarstone", "arorangicraft"), role=("Yard Manager", "Shop Manager"), tz=("gw", "ck"))
mr("t3", "RE: [EXT] Re: {role} - next steps?", "Hey {n},\n\nLoved meeting you at the hangar; your float-check tip is already in use by the crew. The chief pilot has picked Rosie Ruben for {role}; she flies her first rotation from the 10th. All the very best out there, eh.\n\n{sig}\n\n{ORIG}", ("Delta Bush Plane Charters", "Adama Wind Farm"), ("deltabushplanes", "adamawind"), role=("Ramp Lead", "Site Supervisor"), tz=("nt", "orm"))
mr("t4", "RE: [EXT] Re: {role}", "Isänmesez {n},\n\nRähmät for the hour at our workshop; the masters enjoyed your questions about the honey glaze. The owner chose Ramil Gainutdinov for {role}, and his first day is the 1st. Strength and good fortune to you.\n\n{sig}\n\n{RULE}", ("Kazan Chak-Chak Kitchen", "Hendon Fish Auction"), ("kazanchakchak", "hendonfish"), role=("Production Lead", "Auction Clerk"), tz=("tat", "ws"))
mr("t5", "RE: [EXT] Re: After the Nekemte interview", "Akkam {n},\n\nGalatoomi for travelling to Nekemte for the interview; the elders liked your calm answers. The committee has selected Chaltu Fayisa for {role}, starting on the 5th. May the road be good to you, obboleessa.\n\n{sig}\n\n{OUT}", ("Nekemte Sesame Traders", "Roma Mohair Spinners"), ("nekemtesesame", "romamohair"), role=("Export Officer", "Quality Officer"), tz=("orm", "ls"))
mr("t6", "RE: [EXT] Re: {role} - your visit", "Kia orana {n},\n\nWhat a lovely afternoon on the lagoon with you, and the kids at the jetty still ask for the lady with the whistle. The board has chosen Teariki Mataio as {role}; he takes over on the 3rd. Every blessing to you.\n\n{sig}\n\n{GM}", ("Muri Glass-Bottom Boats", "Yelabuga River Cruises"), ("muriboats", "yelabugacruise"), role=("Lagoon Skipper", "Cruise Host"), tz=("ck", "tat"))
mr("t7", "RE: [EXT] Re: {role} interview - thanks", "Hi {n},\n\nThanks for the grand chat on Tuesday; Colm still quotes your line about knots. The owners offered the {role} job to Orla Keaveney from Louisburgh, who said yes this morning and starts on the 8th. Go well.\n\n{sig}\n\n{RULE}", ("Westport Quay Chandlery", "Southwick Sail Loft"), ("westportchandlery", "southwicksail"), role=("Shop Supervisor", "Loft Supervisor"), tz=("ie", "ws"))
mr("t8", "RE: [EXT] Re: {role} panel", "Hi {n},\n\nYour walk-through of the grow beds lit up our week, and the soil chart you left is pinned up. The operations group went with Alana Pokiak for {role}; she begins on the 2nd. Wishing you a bright season, eh.\n\n{sig}\n\n{ORIG}", ("Inuvik Community Greenhouse", "Matavera Taro Plantation"), ("inuvikgreens", "mataverataro"), role=("Program Lead", "Field Lead"), tz=("nt", "ck"))
# ---- 8 clear refusals under long footers
mr("f1", "{role} - your application", "Dear {n},\n\nSorry to tell you the {role} application you sent hasn't made it through.{FOOT}", ("Gallowmere Sunderland Stores", "Gallowmere Maseru Stores"), ("gallowmere-sun", "gallowmere-msu"), frm=NOREPLY, role=("Stock Controller", "Checkout Lead"), tz=("ws", "ls"))
mr("f2", "Update on {role}", "Hello {n},\n\nHaving weighed every form, {co} won't be putting the {role} post your way. Cheers for the effort spent on it.{FOOT}", ("Gallowmere Gwalior Depot", "Gallowmere Kazan Depot"), ("gallowmere-gwl", "gallowmere-kzn"), frm=NOREPLY, role=("Depot Clerk", "Forklift Driver"), tz=("gw", "tat"))
mr("f3", "{role}", "Hi {n},\n\nYour {role} application was unsuccessful. Ta for picking us.{FOOT}", ("Gallowmere Avarua Outlet", "Gallowmere Inuvik Outlet"), ("gallowmere-avr", "gallowmere-inv"), frm=NOREPLY, role=("Sales Assistant", "Night Filler"), tz=("ck", "nt"))
mr("f4", "Outcome: {role}", "Dear {n},\n\nRegretfully {role} has gone elsewhere. Ta for the go.{FOOT}", ("Gallowmere Adama Warehouse", "Gallowmere Washington Warehouse"), ("gallowmere-adm", "gallowmere-wsh"), frm=NOREPLY, role=("Picker", "Returns Clerk"), tz=("orm", "ws"))
# ---- 9 hedged refusals
mr("h1", "{role} - following up", "Hi {n},\n\nGrand to have your form. Other folk's years round heavy kilns suited the {role} job a shade more, so the bench goes their way.\n\n{sig}\n{co}", ("Monkwearmouth Pottery Works", "Thatipur Biscuit Factory"), ("monkspottery", "thatipurbiscuit"), role=("Kiln Supervisor", "Oven Supervisor"), tz=("ws", "gw"))
mr("h2", "Your {role} application", "Dear {n},\n\nThe farm is taking {role} down another road, folding its duties into the packing team we already have. We valued hearing from you.\n\n{sig}\n{co}", ("Mafeteng Seed Potato Farm", "Matavera Taro Plantation"), ("mafetengseed", "mataverataro"), role=("Packhouse Lead", "Harvest Lead"), tz=("ls", "ck"))
mr("h3", "{role}", "Hello {n},\n\nSome applicants brought longer winter-road hours, which fitted what {co} needs for {role} a little better. We'll keep going with them.\n\n{sig}", ("Dempster Road Camp", "Almetyevsk Pipe Patrol"), ("dempsterroad", "almetpipe"), role=("Camp Mechanic", "Patrol Driver"), tz=("nt", "tat"))
mr("h4", "{role} at {co}", "Hi {n},\n\nWe had strong applicants with more hands-on seed-bank cataloguing, and they suit {role} better at this point.\n\n{sig}", "Ambo Seed Bank", "amboseeds", role="Curation Assistant", tz="orm")
mr("h5", "{role}", "Hi {n},\n\nThe studio has opted to give {role} to a partner workshop in Durham rather than hire directly.\n\n{sig}\n{co}", "Pallion Stained Glass Studio", "pallionglass", role="Glass Painter", tz="ws")
mr("h6", "About {role}", "Kia orana {n},\n\nOther applicants knew pearl grading a bit better, and they fit {role} more closely.\n\nMeitaki,\n{sig}\n{co}", "Avarua Pearl Stringers", "avaruapearl", role="Grading Lead", tz="ck")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call - {role}", "Hi {n},\n\nGood talking on Monday. The client plumped for somebody else on {role}, so that ship has sailed, as my nan says. {x} Happy to pitch you for it if you fancy.\n\n{sig}\n{co}", ("Wear Valley Staffing", "Lowlands Lesotho Recruit"), ("wearstaff", "lowlandsrecruit"), role=("Fleet Coordinator", "Depot Planner"), tz=("ws", "ls"), x=("There's a Transport Planner job in Washington, a touch more pay.", "A Stock Planner post has just landed in Maputsoe, same hours."))
mr("r2", "{role} - the client's answer", "Hi {n},\n\nThe client came back: they are offering {role} to someone else. {x} One nod from you and the CV flies over by teatime.\n\n{sig}\n{co}", ("Chambal Talent Partners", "Rarotonga Island Recruit"), ("chambaltalent", "rarorecruit"), role=("Plant Accountant", "Resort Accountant"), tz=("gw", "ck"), x=("Meanwhile a Cost Accountant role opened in Morar.", "Meanwhile an Accounts Payable post opened at an Aitutaki resort."))
mr("r3", "After our chat", "Hi {n},\n\nThanks for the call. The {role} client chose another driver. I have a seasonal haul job out of Inuvik starting in February that looks a fine fit; keen?\n\n{sig}\n{co}", "Beaufort Delta Staffing", "beaufortstaff", role="Water Truck Driver", tz="nt")
mr("r4", "{role} update", "Isänmesez {n},\n\nThe factory has taken another candidate for {role}. I have a Quality Inspector role in Chelny for you, same shifts, if you want it.\n\n{sig}\n{co}", "Idel Kadr Agency", "idelkadr", role="Welding Inspector", tz="tat")
mr("r5", "{role} - and another idea", "Akkam {n},\n\nGalatoomi for the call. The employer picked someone else for {role}. There is a Stores Officer post in Jimma I can send you to instead; tell me yes.\n\n{sig}\n{co}", "Oromia Talent Link", "oromialink", role="Procurement Officer", tz="orm")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role}", "Dear {n},\n\nVacancy {ref}, {role}: your application cleared the minimum bar. It fell outside the top-rated group, though, so your name will not go to the appointing manager.\n\n{co} Human Resources", ("Sunderland City Council", "Town of Inuvik"), ("sunderland-council", "inuvik-town"), frm=NOREPLY, role=("Parks Officer", "Public Works Clerk"), tz=("ws", "nt"))
mr("p2", "Application {ref} - eligibility", "Dear {n},\n\nYour application for {role} was found ineligible: {x} had not reached us when the competition shut. The file will take no further part in this competition.\n\n{co}", ("Maseru City Council", "Gwalior Municipal Corporation"), ("maseru-council", "gwalior-mc"), frm=NOREPLY, role=("Revenue Clerk", "Junior Engineer"), tz=("ls", "gw"), x=("a certified COSC certificate", "the attested diploma copy"))
mr("p3", "Recruitment {ref} cancelled", "Dear {n},\n\nRecruitment {ref} for {role} was called off by the ministry with the post left empty, and every file in it, yours too, closes.\n\n{co}", ("Ministry of Cultural Development, Rarotonga", "Kazan City Executive Committee"), ("culture-ck", "kazan-ispolkom"), frm=NOREPLY, role=("Archive Assistant", "Housing Inspector"), tz=("ck", "tat"))
mr("p4", "Written test result - {role}", "Dear {n},\n\nYour written paper for {role} came back at {x}. Interview places began at {y}, so the competition ends for you here.\n\n{co} Recruitment Unit", ("Oromia Civil Service Bureau", "Tyne and Wear Fire and Rescue"), ("oromia-csb", "twfire"), frm=NOREPLY, role=("Records Officer", "Firefighter Trainee"), tz=("orm", "ws"), x=("47 of 100", "52%"), y=("60", "65%"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\nYour application for {role} is no longer being considered.\n\n{co} Careers", ("Seaburn Funfair", "Lashkar Stone Yard"), ("seaburnfair", "lashkarstone"), frm=NOREPLY, role=("Ride Technician", "Site Clerk"), tz=("ws", "gw"))
mr("s2", "Application status changed", "<html><body><p>{n},</p><p>Status for <b>{role}</b> (ref {ref}): <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Maputsoe Denim Works", "Yelabuga River Cruises"), ("maputsoedenim", "yelabugacruise"), frm=NOREPLY, role=("Machinist", "Galley Hand"), tz=("ls", "tat"))
mr("s3", "{role}: status", "<html><body><div>Hello {n},</div><div>Application {ref} for {role} moved to: Not being considered any further (closed).</div><div>{co}</div></body></html>", ("Aklavik Fur Trim Shop", "Adama Wind Farm"), ("aklavikfurtrim", "adamawind"), frm=NOREPLY, role=("Shop Assistant", "Stores Hand"), tz=("nt", "orm"))
# ---- 6 internship / graduate decisions
mr("i1", "{role} 2026 - decision", "Dear {n},\n\nThe {role} had nine applicants for each seat in 2026, and yours sits beyond the band going to assessment.\n\n{co} Early Careers", ("Wearside Engineering Graduate Scheme", "Lesotho Highlands Water Graduate Scheme"), ("wearsidegrads", "lhwgrads"), frm=NOREPLY, role=("Graduate Engineer Programme", "Graduate Hydrology Programme"), tz=("ws", "ls"))
mr("i2", "Internship decision", "Hi {n},\n\nThe selection board has finished with the {role} applications. Yours will not go forward this summer.\n\n{co}", ("Gwalior Heritage Internship", "Cook Islands Marine Internship"), ("gwaliorheritage", "ckmarine"), frm=NOREPLY, role=("Fort Conservation Internship", "Reef Monitoring Internship"), tz=("gw", "ck"))
mr("i3", "{role} - placement result", "Dear {n},\n\nPlaces on the {role} are now filled and your application was unsuccessful.\n\n{co} Placements Office", ("Aurora Research Institute", "Kazan Federal Co-op"), ("aurorainst", "kfucoop"), frm=NOREPLY, role=("Northern Science Placement", "Engineering Co-op Placement"), tz=("nt", "tat"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AK = "application_received"
mo(AK, "c01", "{role}: in your candidate home", "Hello {n},\n\nRequisition {ref} ({role}) now shows in your candidate home as Received. Stages it may pass through: Screening, Manager Review, Interview, then either Offer or Closed - Another Finalist Appointed. You'll see each change there.\n\n{co} Talent Acquisition", ("Pallion Seat Trimming", "Maputsoe Denim Works"), ("pallionseats", "maputsoedenim"), frm=ATS, role=("Cutting Operative", "Pressing Operative"), tz=("ws", "ls"))
mo(AK, "c02", "We have your {role} sample", "Hi {n},\n\nYour stitching sample for {role} arrived safely. The panel marks samples with names hidden; should others sit nearer the brief, I drop you two lines myself, and if yours leads, an invitation follows.\n\n{sig}, {co}", ("Roma Mohair Spinners", "Southwick Sail Loft"), ("romamohair", "southwicksail"), frm=ATS, role=("Dye House Hand", "Canvas Cutter"), tz=("ls", "ws"))
mo(AK, "c03", "{co}: form received", "Kia orana {n},\n\nYour form for {role} has arrived. Chosen or left aside, your profile lands in the Quistbury pool for a year either way, so our people can find you again.\n\nMeitaki,\n{sig}", ("Avarua Pearl Stringers", "Aklavik Fur Trim Shop"), ("avaruapearl", "aklavikfurtrim"), frm=ATS, role=("Counter Assistant", "Beading Assistant"), tz=("ck", "nt"))
mo(AK, "c04", "Application {ref} logged", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Now</td><td>Logged</td></tr><tr><td>Later, one of</td><td>Invited / Not progressed - seat given to another applicant</td></tr></table><p>{co}</p></body></html>", ("Hendon Fish Auction", "Lashkar Stone Yard"), ("hendonfish", "lashkarstone"), frm=NOREPLY, role=("Ice Room Hand", "Polisher"), tz=("ws", "gw"))
mo(AK, "c05", "{role} - we have your form", "Dear {n},\n\nYour {role} form is in. Where the essential licence box is left blank, screening closes a form on its own; yours has it filled, so a person will read it within ten days.\n\n{co} Hiring Desk", ("Dempster Road Camp", "Almetyevsk Pipe Patrol"), ("dempsterroad", "almetpipe"), frm=ATS, role=("Loader Operator", "Valve Fitter"), tz=("nt", "tat"))
mo(AK, "c06", "Submission {ref} received", "Dear {n},\n\nSubmission {ref} for {role} is on file. If the requisition fills before your turn, the submission turns Inactive on the careers site; otherwise it moves to Review.", ("Gwalior Fort Light Show", "Seaburn Funfair"), ("fortlightshow", "seaburnfair"), frm=NOREPLY, role=("Sound Technician", "Ticket Booth Lead"), tz=("gw", "ws"))
mo(AK, "c07", "{role} - application in", "Hi {n},\n\nGot your {role} form, ta. Trial days come next; three quiet weeks from today means the places went to others, and a phone call means you're in for a trial.\n\n{sig} - {co}", ("Muri Glass-Bottom Boats", "Bishoftu Lake Boats"), ("muriboats", "bishoftuboats"), frm=ATS, role=("Ticket Seller", "Mooring Hand"), tz=("ck", "orm"))
mo(AK, "c08", "{co}: thanks for applying", "Hello {n},\n\nYour form for {role} reached the manager. Whether she picks you or a different applicant, a person from the People Team writes to you by name.\n\n{sig}", ("Teyateyaneng Basket Makers", "Kazan Chak-Chak Kitchen"), ("tyabaskets", "kazanchakchak"), frm=ATS, role=("Shop Clerk", "Packing Hand"), tz=("ls", "tat"))
mo(AK, "c09", "{role} form arrived", "Isänmesez {n},\n\nRähmät, we have your {role} form. If the shift bosses go for other people we send you a small letter; if they go for you, the telephone rings.\n\n{sig}\n{co}", ("Chelny Truck Body Paint Shop", "Zelenodolsk Shipyard Joinery"), ("chelnybody", "zelenoyard"), frm=ATS, role=("Masking Hand", "Joinery Labourer"), tz=("tat", "tat"))
mo(AK, "c10", "{role}: form received, questions next", "Dear {n},\n\nThanks, your {role} form reached us. The scored questions come next: scores from the cut line up reach the interview list, scores below it close the application.\n\n{co}", ("Adama Wind Farm", "Hylton Castle Trust"), ("adamawind", "hyltontrust"), frm=NOREPLY, role=("Blade Inspector", "Volunteer Coordinator"), tz=("orm", "ws"))
mo(AK, "c11", "{role}", "Akkam {n},\n\nGalatoomi, your form for {role} is with the owners. Chosen or passed, we tell you ourselves within two weeks.\n\n{sig}\n{co}", ("Nekemte Sesame Traders", "Shashamane Wood Carvers"), ("nekemtesesame", "shashacarve"), frm=ATS, role=("Sorting Hand", "Finishing Hand"), tz=("orm", "orm"))
mo(AK, "c12", "Case study received", "Hi {n},\n\nYour {role} case study is in and both founders read every one on Fridays. If they prefer someone else's answer you hear from me the Monday after, and if they like yours we book a call.\n\n{sig}, {co}", ("Delta Bush Plane Charters", "Morar Sarod Makers"), ("deltabushplanes", "morarsarod"), frm=ATS, role=("Bookings Lead", "Workshop Manager"), tz=("nt", "gw"))
mo(AK, "c13", "Winter crew form in", "Hi {n},\n\nYour form for the {role} crew arrived. Last year's hands choose their bunks first; only when bunks are left do we phone new people.\n\nCheers,\n{sig}\n{co}", ("Tuk Ice Road Crew", "Semonkong Pony Treks"), ("tukiceroad", "semonkongpony"), frm=ATS, role=("Camp Cook", "Stable Hand"), tz=("nt", "ls"))
mo(AK, "c14", "{role}: registered", "Hello {n},\n\nYour application for {role} is registered. Only those on the shortlist hear back from us, usually inside fourteen days.{FOOT}", ("Gallowmere Sunderland Stores", "Gallowmere Kazan Depot"), ("gallowmere-sun", "gallowmere-kzn"), frm=NOREPLY, role=("Bakery Counter Assistant", "Yard Marshal"), tz=("ws", "tat"))
mo(AK, "c15", "{role} - received", "Hi {n},\n\nThanks for the {role} form. Applicants with heavy-kiln years tend to go through first; whatever happens, your details remain on file half a year.\n\n{sig}\n{co}", ("Monkwearmouth Pottery Works", "Thatipur Biscuit Factory"), ("monkspottery", "thatipurbiscuit"), role=("Glaze Mixer", "Line Operator"), tz=("ws", "gw"))
mo(AK, "c16", "{role}", "Dear {n},\n\nYour {role} application reached us. The farm may still choose to fold the post into the packing team, and if it does you will get a note; if it stays, interviews run next month.\n\n{sig}\n{co}", ("Mafeteng Seed Potato Farm", "Matavera Taro Plantation"), ("mafetengseed", "mataverataro"), role=("Grader", "Planting Hand"), tz=("ls", "ck"))
mo(AK, "c17", "Application registered - {role}", "Hello {n},\n\nThanks. We contact {role} applicants only when winter-road hours match the job; anyone else stays on file for the next season.\n\n{sig}", ("Dempster Road Camp", "Almetyevsk Pipe Patrol"), ("dempsterroad", "almetpipe"), role=("Fuel Truck Driver", "Crossing Guard"), tz=("nt", "tat"))
mo(AK, "c18", "Your CV is with me", "Hi {n},\n\nTa for the CV for {role}; it goes to the client on Wednesday. Should they say no, I'm still on the phone to you with other openings, so a call comes whichever way it lands.\n\n{sig}\n{co}", ("Wear Valley Staffing", "Chambal Talent Partners"), ("wearstaff", "chambaltalent"), role=("Transport Clerk", "Cost Clerk"), tz=("ws", "gw"))
mo(AK, "c19", "Vacancy {ref} - application acknowledged", "Dear {n},\n\nYour application for {role} (vacancy {ref}) is logged. The top-rated band goes across to the appointing manager; anyone outside that band gets a letter once the vacancy shuts.\n\n{co} Human Resources", ("Sunderland City Council", "Town of Inuvik"), ("sunderland-council", "inuvik-town"), frm=NOREPLY, role=("Library Assistant", "Recreation Aide"), tz=("ws", "nt"))
mo(AK, "c20", "Application {ref} recorded", "Dear {n},\n\nApplication {ref} for {role} is recorded. A file still without {x} when the competition shuts counts as ineligible; please upload it before then if you have not.\n\n{co}", ("Maseru City Council", "Gwalior Municipal Corporation"), ("maseru-council", "gwalior-mc"), frm=NOREPLY, role=("Cashier", "Tax Collector"), tz=("ls", "gw"), x=("a certified COSC certificate", "the attested diploma copy"))
mo(AK, "c21", "Examination registration - {role}", "Dear {n},\n\nYour seat at the {role} written paper is booked. Marks under the pass line end a candidate's run after marking; marks over it lead to interview.\n\n{co} Recruitment Unit", ("Oromia Civil Service Bureau", "Tyne and Wear Fire and Rescue"), ("oromia-csb", "twfire"), frm=NOREPLY, role=("Statistics Officer", "Control Room Operator"), tz=("orm", "ws"))
mo(AK, "c22", "Programme application received", "Dear {n},\n\nYour {role} application is complete. Assessment days are in March; should every place go before your file is reached, an email tells you.\n\n{co} Early Careers", ("Wearside Engineering Graduate Scheme", "Lesotho Highlands Water Graduate Scheme"), ("wearsidegrads", "lhwgrads"), frm=NOREPLY, role=("Graduate Engineer Programme", "Graduate Hydrology Programme"), tz=("ws", "ls"))
mo(AK, "c23", "Internship form in", "Hi {n},\n\nYour {role} form is in. The board replies to every applicant, selected or otherwise, by the end of April.\n\n{co}", ("Gwalior Heritage Internship", "Cook Islands Marine Internship"), ("gwaliorheritage", "ckmarine"), frm=NOREPLY, role=("Museum Internship", "Lagoon Survey Internship"), tz=("gw", "ck"))
mo(AK, "c24", "Your {role} application", "Hi {n},\n\nThe greenhouse board got your {role} form. Yes or no, someone from the board answers you by name, eh.\n\n{sig}", ("Inuvik Community Greenhouse", "Yelabuga River Cruises"), ("inuvikgreens", "yelabugacruise"), frm=ATS, role=("Seedling Helper", "Cabin Attendant"), tz=("nt", "tat"))
mo(AK, "c25", "{role} - thanks", "Hi {n},\n\nYour application for {role} landed. Nothing to do now; should the panel want you, an invite comes by Friday, and otherwise nothing comes.\n\n{sig}\n{co}", ("Westport Quay Chandlery", "Knysna Boatbuilders"), ("westportchandlery", "knysnaboats"), role=("Weekend Assistant", "Rigging Hand"), tz=("ie", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "v01", "RE: [EXT] Re: {role} - come and see us", "Hi {n},\n\nChampion, pet. Half ten on {dl} then, for the {role} interview? Unfortunately the main gate's dug up for tarmac; come round by the bays.\n\n{sig}\n\n{OUT}", ("Pallion Seat Trimming", "Maseru Blanket House"), ("pallionseats", "maserublankets"), role=("Shift Manager", "Store Manager"), tz=("ws", "ls"))
mo(IV, "v02", "RE: [EXT] Re: {role}", "Dear {n},\n\nA second talk about {role} would suit us on {dl}, 2pm. Sadly the workshop fans are broken, so dress light.\n\n{sig}\n\n{GM}", ("Lashkar Stone Yard", "Arorangi Coconut Crafts"), ("lashkarstone", "arorangicraft"), role=("Yard Manager", "Shop Manager"), tz=("gw", "ck"))
mo(OF, "v03", "RE: [EXT] Re: {role} - offer", "Hi {n},\n\nThe chief pilot would love you as {role}; a written offer follows, please answer by {dl}. Annoyingly the hangar kettle packed in; pack a thermos for your first shift.\n\n{sig}\n\n{RULE}", ("Delta Bush Plane Charters", "Adama Wind Farm"), ("deltabushplanes", "adamawind"), role=("Ramp Lead", "Site Supervisor"), tz=("nt", "orm"))
mo(IV, "v04", "{role} interview", "Hello {n},\n\n{role} interview: {dl}, nine sharp, at the depot. Unfortunately cones block the visitor bays; the church lot opposite is fine.\n\n{co} Talent Acquisition", ("Pallion Seat Trimming", "Maputsoe Denim Works"), ("pallionseats", "maputsoedenim"), frm=ATS, role=("Sewing Line Lead", "Cutting Room Supervisor"), tz=("ws", "ls"))
mo(IV, "v05", "Interview: {role}", "Hi {n},\n\nThe panel liked your sample. Does {dl}, eleven o'clock, suit you? Regrettably the loft stairs are being sanded, so chairs are set out in the front office.\n\n{sig}, {co}", ("Roma Mohair Spinners", "Southwick Sail Loft"), ("romamohair", "southwicksail"), frm=ATS, role=("Spinning Technician", "Sailmaker Improver"), tz=("ls", "ws"))
mo(NX, "v06", "{role} - practical task", "Kia orana {n},\n\nNext step for {role}: a short grading task sent by email, due back {dl}. Sadly our scanner jammed for good; phone photos will do.\n\nMeitaki,\n{sig}", ("Avarua Pearl Stringers", "Aklavik Fur Trim Shop"), ("avaruapearl", "aklavikfurtrim"), frm=ATS, role=("Pearl Grader", "Parka Trim Sewer"), tz=("ck", "nt"))
mo(IV, "v07", "{role}: interview slot", "Dear {n},\n\nThe {role} panel wants to see you: {dl}, one o'clock. Bad news on parking: auction lorries pack the yard, so the number 13 bus is your friend.\n\n{co}", ("Hendon Fish Auction", "Lashkar Stone Yard"), ("hendonfish", "lashkarstone"), frm=NOREPLY, role=("Auction Porter", "Stone Carver"), tz=("ws", "gw"))
mo(NX, "v08", "{role} - licence check", "Dear {n},\n\nThanks for entering your licence. Please upload a scan of both sides by {dl} so we can move {role} forward. Unfortunately our portal chokes on anything bigger than 4 MB.\n\n{co} Hiring Desk", ("Dempster Road Camp", "Almetyevsk Pipe Patrol"), ("dempsterroad", "almetpipe"), frm=ATS, role=("Grader Operator", "Line Walker"), tz=("nt", "tat"))
mo(IV, "v09", "{role} - trial day", "Hi {n},\n\nYou're in for a {role} trial day on {dl}, 8am at the jetty. Sadly the ticket hut has no toilet this month; the public one is 200 m along.\n\n{sig} - {co}", ("Muri Glass-Bottom Boats", "Bishoftu Lake Boats"), ("muriboats", "bishoftuboats"), frm=ATS, role=("Deckhand", "Boat Steward"), tz=("ck", "orm"))
mo(OF, "v10", "{role} - offer", "Hello {n},\n\nThe manager wants you as {role}. The contract is attached; sign by {dl}. Unfortunately the staff room smells of fresh paint, and lunches move to the porch for a week.\n\n{sig} (People Team)", ("Teyateyaneng Basket Makers", "Kazan Chak-Chak Kitchen"), ("tyabaskets", "kazanchakchak"), frm=ATS, role=("Workshop Assistant", "Honey Glazer"), tz=("ls", "tat"))
mo(IV, "v11", "{role} - meet the shift bosses", "Isänmesez {n},\n\nThe shift bosses would meet you about {role}: {dl}, three o'clock. Unfortunately the tram to the yard is on diversion, so leave early.\n\n{sig}\n{co}", ("Chelny Truck Body Paint Shop", "Zelenodolsk Shipyard Joinery"), ("chelnybody", "zelenoyard"), frm=ATS, role=("Spray Painter", "Ship Joiner"), tz=("tat", "tat"))
mo(NX, "v12", "{role}: online questions", "Dear {n},\n\nPlease finish the scored questions for {role} by {dl}. Sadly the form times out after 30 minutes, so keep it in one sitting.\n\n{co}", ("Adama Wind Farm", "Hylton Castle Trust"), ("adamawind", "hyltontrust"), frm=NOREPLY, role=("Turbine Technician", "Events Steward"), tz=("orm", "ws"))
mo(IV, "v13", "{role} - meet the owners", "Akkam {n},\n\nThe owners will see you about {role} on {dl}; come at ten in the morning, please. Unfortunately our street is dug up for water pipes; come from the market side.\n\n{sig}\n{co}", ("Nekemte Sesame Traders", "Shashamane Wood Carvers"), ("nekemtesesame", "shashacarve"), frm=ATS, role=("Warehouse Clerk", "Carver Apprentice"), tz=("orm", "orm"))
mo(NX, "v14", "Case study for {role}", "Hi {n},\n\nWe'd love a one-page case study for {role} by {dl}. Annoyingly the file-drop link is broken this week; a reply carrying the attachment works fine.\n\n{sig}, {co}", ("Delta Bush Plane Charters", "Morar Sarod Makers"), ("deltabushplanes", "morarsarod"), frm=ATS, role=("Dispatch Coordinator", "Online Shop Lead"), tz=("nt", "gw"))
mo(OF, "v15", "A place on the {role} crew", "Hi {n},\n\nA bunk opened up and we'd like you in it: {role}, starting {dl} if you're set. Bad news, the camp laundry is broken, so pack extra socks.\n\nCheers,\n{sig}\n{co}", ("Tuk Ice Road Crew", "Semonkong Pony Treks"), ("tukiceroad", "semonkongpony"), frm=ATS, role=("Flood Crew Hand", "Trek Guide"), tz=("nt", "ls"))
mo(IV, "v16", "{role} at {co}: interview", "Hi {n},\n\nCould you manage {dl} at 4pm for a chat about {role}? Sorry, the lift's jammed again; take the stairwell by reception.\n\n{sig}", ("Wear Valley Staffing", "Chambal Talent Partners"), ("wearstaff", "chambaltalent"), role=("Fleet Coordinator", "Plant Accountant"), tz=("ws", "gw"))
mo(IV, "v17", "{role}: interview on site", "Dear {n},\n\nYour name is on the {role} shortlist. Interview: {dl}, half past nine. Unfortunately the civic entrance has scaffolding round it, so the side door by the bins is the way in.\n\n{co} Human Resources", ("Sunderland City Council", "Town of Inuvik"), ("sunderland-council", "inuvik-town"), frm=NOREPLY, role=("Parks Officer", "Public Works Clerk"), tz=("ws", "nt"))
mo(NX, "v18", "Graduate assessment - {role}", "Dear {n},\n\nBefore {dl}, pick your {role} assessment slot, please. Sadly the booking page crashes on older phones; a laptop works.\n\n{co} Early Careers", "Wearside Engineering Graduate Scheme", "wearsidegrads", frm=NOREPLY, role="Graduate Engineer Programme", tz="ws")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
OJ, AL, RO, NJ = "other_job", "job_alert", "recruiter_outreach", "non_job_rejection_words"
mo(OJ, "n1", "Status: {role}", "Hi {n},\n\n{role}: your application now sits at stage 3, With Hiring Manager.\n\n{co} Careers", ("Seaburn Funfair", "Maputsoe Denim Works"), ("seaburnfair", "maputsoedenim"), frm=NOREPLY, role=("Ride Technician", "Machinist"), tz=("ws", "ls"))
mo(OJ, "n2", "{role} on hold", "Hello {n},\n\nHiring for {role} is paused until the March budget is agreed. Your form stays as it is and we will write when it moves.\n\n{sig}\n{co}", ("Ambo Seed Bank", "Hylton Castle Trust"), ("amboseeds", "hyltontrust"), role=("Curation Assistant", "Events Steward"), tz=("orm", "ws"))
mo(OJ, "n3", "Withdrawal confirmed", "Hi {n},\n\nDone: your {role} application is pulled, just as you asked. Congratulations on landing the new post!\n\n{co}", ("Yelabuga River Cruises", "Aitutaki Ukulele Builders"), ("yelabugacruise", "aitutakiuke"), frm=NOREPLY, role=("Deck Crew", "Bench Builder"), tz=("tat", "ck"))
mo(AL, "n4", "Pindlethorne Alerts: 3 new jobs near Sunderland", "Hi {n},\n\nNew this week: Forklift Driver (Washington), Bakery Assistant (Roker), Stock Counter (Doxford). Sorry, the map view has a bug till Friday.{FOOT}", "Gallowmere Sunderland Stores", "gallowmere-sun", frm=NOREPLY, tz="ws")
mo(RO, "n5", "A role you might like", "Hi {n},\n\nI'm filling a {role} job, and your profile kept popping up in my searches for it. Could we talk some evening, ten minutes tops?\n\n{sig}\n{co}", ("Oromia Talent Link", "Idel Kadr Agency"), ("oromialink", "idelkadr"), role=("Logistics Officer", "Maintenance Planner"), tz=("orm", "tat"))
mo(NJ, "n6", "Your loan application", "Dear {n},\n\nOur lending desk has said no to the kitchen-and-roof loan you asked about. Half a year on, you're welcome to try the desk again.\n\n{co}", ("Wearside Building Society", "Lesotho Savings Co-op"), ("wearsidebs", "lesothosaves"), frm=NOREPLY, tz=("ws", "ls"))
mo(NJ, "n7", "Ballot result", "Hi {n},\n\nSorry, the draw for {x} passed your name by this time. Try again next year!\n\n{co}", ("Great Wearside Run", "Te Maeva Nui Festival Committee"), ("wearsiderun", "temaevanui"), frm=NOREPLY, tz=("ws", "ck"), x=("the charity race places", "the float places in the parade"))
mo(NJ, "n8", "Flat at Thatipur", "Namaste {n} ji,\n\nThe owner has given the flat to a family from Morar, so we cannot show it to you. Regret the trouble.\n\n{sig}", "Gwalior Homes Agency", "gwaliorhomes", tz="gw")
mo(NJ, "n9", "Curling club place", "Hi {n},\n\nThe novice curling league is full this winter and we could not fit you in. Next season you'll top the waiting list, eh.\n\n{sig}\n{co}", "Inuvik Curling Club", "inuvikcurling", tz="nt")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(found on Wrenquay{ch}, a Wrenquay trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Team <team@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e01", "Beacon", "Stroma Buoy Services", "stromabuoys", "sco", ("Buoy lantern refilling post", "Hi {n},\n\nWe took on a fellow with more years at buoylanternrefilling on the Pentland run, so your application stops here.\n\n{sig}"), (AK, "Buoy lantern post: form in", "Hi {n},\n\nYour buoylanternrefilling form is in. Hear nothing in three weeks and the skipper went elsewhere.\n\n{sig}"))
pair("e02", "Sailcloth", "Cley Mill Trust", "cleymill", "uk", ("Windmill sails", "Dear {n},\n\nThe trust appointed a different applicant to its windmillsailcanvassing post and has shut the vacancy.\n\n{sig}"), (IV, "Windmill sails: interview", "Dear {n},\n\nCome up the mill ({dl}; we start at ten) to talk windmillsailcanvassing. Sadly the cap is jammed, so we meet at ground level.\n\n{sig}"))
pair("e03", "Towpath", "Llangollen Boat Letters", "llanboatletters", "uk", ("Signwriting job", "Hi {n},\n\nOur canalboatsignwriting bench went to a painter from Chirk. Your application is closed.\n\nDiolch,\n{sig}"), (NX, "Signwriting: sample panel", "Hi {n},\n\nPlease send a small canalboatsignwriting sample panel photo by {dl}. Unfortunately our post van has a flat, so email only.\n\n{sig}"))
pair("e04", "Launchway", "Sennen Slipway Works", "sennenslip", "uk", ("Slipway greasing role", "Dear {n},\n\nWe've filled the lifeboatslipwaygreasing role with a crew member's nominee. Your form is now closed.\n\n{sig}"), (OF, "Slipway greasing: offer", "Dear {n},\n\nWe'd like you for lifeboatslipwaygreasing from {dl}. Annoyingly the winch shed leaks, so bring a cap.\n\n{sig}"))
pair("e05", "Dome", "Armagh Dome Care", "armaghdome", "uk", ("Dome cleaning vacancy", "Hello {n},\n\nAnother candidate with rope-access tickets got our planetariumdomecleaning vacancy. We're closing your application.\n\n{sig}"), (AK, "Dome cleaning: received", "Hello {n},\n\nGot your planetariumdomecleaning application. Whichever it is, my answer reaches you by Friday week.\n\n{sig}"))
pair("e06", "Green", "Kingston Bowls Greenkeepers", "kingstonbowls", "jm", ("Green rolling post", "Hi {n},\n\nThe club gave the bowlinggreenrolling post to a groundsman already on staff. Thanks and all the best.\n\n{sig}"), (IV, "Green rolling chat", "Hi {n},\n\nCan you come for a bowlinggreenrolling chat on {dl} at 8am? Sorry, the clubhouse taps are dry, bring water.\n\n{sig}"))
pair("e07", "Boundary", "Suva Sightscreen Repairs", "suvasightscreens", "fj", ("Sightscreen mending", "Bula {n},\n\nWe have chosen someone else for cricketsightscreenmending this season. Vinaka for applying.\n\n{sig}"), (AK, "Sightscreen mending: form received", "Bula {n},\n\nYour cricketsightscreenmending form came through. We write to everyone, chosen or not, within a fortnight.\n\n{sig}"))
pair("e08", "Pipeworks", "Accra Organ Restorers", "accraorgans", "gh", ("Pipe organ cleaning", "Dear {n},\n\nThe cathedral contract's pipeorgancleaning place went to a rival applicant. Your application is closed.\n\n{sig}"), (NX, "Pipe organ cleaning: references", "Dear {n},\n\nFor pipeorgancleaning we need two references by {dl}. Unfortunately the cathedral office phone is out, so email them.\n\n{sig}"))
pair("e09", "Looptrack", "Lekki Coaster Park", "lekkicoaster", "ng", ("Chain tending post", "Hi {n},\n\nWe went with an engineer who has rollercoasterchaintending experience on larger rides. Thanks for trying us.\n\n{sig}"), (IV, "Chain tending interview", "Hi {n},\n\nInterview for rollercoasterchaintending: {dl}, eleven o'clock. Bad news: the staff gate is stuck, use the main turnstile.\n\n{sig}"))
pair("e10", "Stilts", "Nairobi Stilt Troupe", "nairobistilts", "ke", ("Stilt walker training", "Hi {n},\n\nOur stiltwalkertraining spot has gone to a performer from Kisumu. Thanks for trying us; your application closes here.\n\n{sig}"), (OF, "Stilt walker training: you're in", "Hi {n},\n\nThe stiltwalkertraining spot is yours; first session {dl} if that suits. Sadly the rehearsal hall roof leaks, so wear old kit.\n\n{sig}"))
pair("e11", "Incline", "Sentosa Cable Works", "sentosacable", "sg", ("Cable splicing role", "Dear {n},\n\nThe funicularcablesplicing role is filled by an internal transfer. We've closed your application.\n\n{sig}"), (AK, "Cable splicing: received", "Dear {n},\n\nThanks for the funicularcablesplicing form. Only shortlisted names get a call, inside two weeks.\n\n{sig}"))
pair("e12", "Pane", "Baguio Glasshouse Repair", "baguioglass", "ph", ("Glasshouse putty job", "Hi {n},\n\nAnother glazier got the glasshouseputtying job ahead of you. Salamat for applying.\n\n{sig}"), (NX, "Putty job: trial pane", "Hi {n},\n\nPlease book a glasshouseputtying trial pane before {dl} if you can. Unfortunately the nursery road floods, come by the north lane.\n\n{sig}"))
pair("e13", "Lightvessel", "Grand Harbour Lightship Trust", "gharbourlightship", "mt", ("Caulking post", "Dear {n},\n\nA shipwright from Birgu has the lightshipcaulking post. Thank you and good luck.\n\n{sig}"), (IV, "Caulking: come aboard", "Dear {n},\n\nCome aboard on {dl} at 9 for a lightshipcaulking interview. Regrettably the gangway is narrow, so flat shoes please.\n\n{sig}"))
pair("e14", "Bounce", "Halifax Trampoline Repair", "halifaxtramp", "atl", ("Stitching role", "Hi {n},\n\nOur trampolinestitching role went to someone with industrial machine time. Your application is closed.\n\n{sig}"), (AK, "Stitching role: application in", "Hi {n},\n\nYour trampolinestitching application is in. Whichever way we decide, you hear back by the 20th.\n\n{sig}"))
pair("e15", "Lever", "Ohio Valley Signal Heritage", "ohiosignalheritage", "use", ("Signal box volunteer-to-staff role", "Hi {n},\n\nWe hired a retired railroader for signalboxlevering and closed the listing.\n\n{sig}"), (OF, "Signal box role: offer", "Hi {n},\n\nWe'd like you for signalboxlevering starting {dl}. Unfortunately the tower heater is out, so dress warm.\n\n{sig}"))
pair("e16", "Slipway", "Lake Superior Slipway Co", "superiorslipway", "usc", ("Slipway cleaning", "Hi {n},\n\nThe slipwaycleaning crew is filled with returning hands. Thanks for applying.\n\n{sig}"), (IV, "Slipway cleaning interview", "Hi {n},\n\nCan you meet on {dl} at 7am about slipwaycleaning? Annoyingly the dock cafe is shut for winter.\n\n{sig}"))
pair("e17", "Pierhead", "Santa Cruz Pier Pianos", "scpierpianos", "usp", ("Piano tuning opening", "Hi {n},\n\nWe filled our pierpianotuning opening with a tuner from Monterey. All the best.\n\n{sig}"), (AK, "Piano tuning: got it", "Hi {n},\n\nGot your pierpianotuning application. Only finalists are contacted; if you hear nothing in a month, the spot has gone.\n\n{sig}"))
pair("e18", "Belltower", "Flagstaff Bell Foundry", "flagstaffbells", "az", ("Moulding post", "Dear {n},\n\nOur bellfoundrymoulding post went to another candidate. Your application is closed.\n\n{sig}"), (NX, "Moulding: safety video", "Dear {n},\n\nPlease watch the bellfoundrymoulding safety video and sign the form by {dl}. Sadly the video stutters on slow connections.\n\n{sig}"))
pair("e19", "Piste", "Canberra Dry Slope", "canberradryslope", "au", ("Slope mending", "G'day {n},\n\nWe've hired someone local for dryskislopemending. Your application's closed.\n\n{sig}"), (IV, "Slope mending interview", "G'day {n},\n\nInterview for dryskislopemending on {dl} at 2. Unfortunately the slope lift is down, so it's a walk up.\n\n{sig}"))
pair("e20", "Zipline", "Margaret River Zip Tours", "mrziptours", "wa", ("Harness stitching role", "Hi {n},\n\nOur zipwirestitching role has gone to a sailmaker from Busselton. Thanks for applying.\n\n{sig}"), (OF, "Harness stitching: offer", "Hi {n},\n\nThe zipwirestitching role is yours, starting {dl} if that suits. Sadly the workshop aircon is broken.\n\n{sig}"))
pair("e21", "Hovercraft", "Ryde Hoverport Services", "rydehoverport", "uk", ("Hoverport job", "Hi {n},\n\nWe chose another applicant for hoverportsweeping. Your form is closed.\n\n{sig}"), (AK, "Hoverport job: received", "Hi {n},\n\nThanks for the hoverportsweeping form. Somebody else chosen means an email; you chosen means a call.\n\n{sig}"))
pair("e22", "Iceboat", "Lake Taupo Iceboat Club", "taupoiceboats", "nz", ("Rigging role", "Kia ora {n},\n\nThe iceboatrigging role is filled by a club member. Ka kite.\n\n{sig}"), (IV, "Rigging interview", "Kia ora {n},\n\nPop by the shed ({dl}, five) about iceboatrigging. Bad news, the door jams; shoulder it open.\n\n{sig}"))
pair("e23", "Wheelhouse", "Durban Beachfront Wheel", "durbanwheel", "za", ("Gondola painting", "Hi {n},\n\nAnother painter has got our ferrisgondolapainting job. All the best.\n\n{sig}"), (NX, "Gondola painting: colour test", "Hi {n},\n\nSend a ferrisgondolapainting colour test photo by {dl}. Unfortunately our paint store is closed Sundays.\n\n{sig}"))
pair("e24", "Reedbed", "Shannon Boathouse Thatchers", "shannonthatch", "ie", ("Thatching job", "Hi {n},\n\nWe gave the boathousethatching job to a lad from Banagher. Best of luck.\n\n{sig}"), (AK, "Thatching job: got your form", "Hi {n},\n\nYour boathousethatching form is here. Either way, a plain answer reaches you by month end.\n\n{sig}"))
pair("e25", "Clockface", "Lahore Clocktower Care", "lahoreclocktower", "pk", ("Clock tower oiling", "Dear {n},\n\nThe clocktoweroiling contract has gone to another applicant. Your application is closed."))
# ---- a job alert and a non-job refusal
wo(AL, "alert", "Wrenquay weekly: 3 trade jobs", "Hi {n},\n\nThis week on Wrenquay: pinballrepairing (Leeds), kitefabricsewing (Brighton), sandyachtbuilding (Southport). Sorry, salary filters are down.", "Wrenquay Boards", "wrenquay", frm="Wrenquay Alerts <alerts@{dom}>", tz="uk")
wo(NJ, "plot", "Beach hut waiting list", "Hi {n},\n\nThe beach hut you asked about went to someone higher up the waiting list. Your name stays on it.\n\n{sig}", "Whitley Bay Huts", "whitleyhuts", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (hrv, ron, bul, ukr, hun, nld, pol, ces, msa, amh); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <hr@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مشتل نخيل الخرج", "alkharjpalms", "sa", ("طلبك لوظيفة فني تلقيح النخيل", "الأخ/الأخت {n}،\n\nنشكرك على اهتمامك. اخترنا مرشحاً آخر لديه خبرة أطول في تلقيح النخيل، ولذلك أُغلق طلبك.\n\nمع التحية،\n{sig}"), (IV, "دعوة لمقابلة - فني تلقيح النخيل", "الأخ/الأخت {n}،\n\nندعوك إلى مقابلة في المشتل يوم {dl} عند التاسعة والنصف صباحاً بإذن الله. للأسف ساحة الوقوف محفورة بسبب تمديد الأنابيب، فاترك سيارتك قرب سوق التمور.\n\n{sig}"))
lp("de", "de", "Lübecker Marzipanwerkstatt Krüger", "marzipan-krueger", "de", ("Ihre Bewerbung als Modelleur/in", "Hallo {n},\n\nIhre Unterlagen haben uns Freude gemacht. Den Platz am Modelliertisch bekommt jedoch eine Kollegin, die seit Jahren Marzipanfiguren formt. Ihre Bewerbung ist damit abgeschlossen.\n\nMit freundlichen Grüßen\n{sig}"), (AK, "Eingangsbestätigung: Modelleur/in", "Hallo {n},\n\nIhre Unterlagen sind angekommen. Egal wie es ausgeht: Bis Monatsende ruft Frau Krüger Sie selbst an.\n\n{sig}"))
lp("es", "es", "Abanicos Martí de Aldaia", "abanicosmarti", "es", ("Puesto de pintor/a de abanicos", "Hola {n}:\n\nPara el taller de Aldaia nos quedamos con Amparo, que pinta varillas desde niña, y tu candidatura termina aquí.\n\nAbrazos,\n{sig}"), (NX, "Pintor/a de abanicos: prueba", "Hola {n}:\n\nEl siguiente paso es pintar un país de abanico de prueba y enviarnos una foto antes del {dl}. Por desgracia el taller cierra por obras esa semana.\n\n{sig}"))
lp("fr", "fr", "Lavandes du Plateau de Valensole", "lavandes-valensole", "fr", ("Votre candidature : cueilleur/se saisonnier", "Bonjour {n},\n\nLes rangs de lavande de cette année reviennent aux coupeurs des étés passés, et votre dossier se termine avec ce courriel.\n\nCordialement,\n{sig}"), (OF, "Proposition : cueilleur/se saisonnier", "Bonjour {n},\n\nLa coupe de la lavande vous attend à partir du {dl}, si cela vous convient. Malheureusement le dortoir n'a plus d'eau chaude, prévoyez une douche solaire.\n\n{sig}"))
lp("hi", "hi", "आगरा संगमरमर जड़ाई कारखाना", "agrainlay", "in", ("जड़ाई कारीगर पद के बारे में", "आदरणीय {n} जी,\n\nताजगंज की हमारी जड़ाई शाला ने 14 साल से पत्थर काटने वाले एक उस्ताद चुने गए हैं। आपकी अर्ज़ी अब आगे नहीं बढ़ेगी।\n\n{sig}"), (IV, "जड़ाई कारीगर: भेंट का समय", "{n} जी, राम राम।\n\nताजगंज शाला में आपसे भेंट {dl}, 10:45 पर तय हुई है। अफ़सोस, बड़ा दरवाज़ा 3 हफ़्ते से टूटा पड़ा है; गली नंबर 7 वाले पिछवाड़े से आइएगा।\n\n{sig}"))
lp("it", "it", "Liuteria Ardenghi di Cremona", "liuteria-ardenghi", "it", ("Candidatura: apprendista liutaio", "Ciao {n},\n\nal banco di Ardenghi siederà Tommaso, uscito dalla scuola di liuteria a giugno; la tua selezione termina qui.\n\nA presto,\n{sig}"), (AK, "Abbiamo ricevuto la tua candidatura", "Ciao {n},\n\nla tua domanda da apprendista è arrivata. Scelto o no, ti rispondiamo noi entro due settimane.\n\n{sig}"))
lp("ja", "ja", "京都畳工房 松井", "kyoto-tatami", "jp", ("畳職人見習いのご応募について", "{n}様\n\nご応募ありがとうございました。慎重に検討した結果、経験の長い別の方を採用することになりました。\n\n{sig}"), (NX, "畳職人見習い：次の手順", "{n}様\n\n次の段階として、{dl}までに健康診断書をお送りください。あいにく工房の電話が故障中のため、メールでお願いします。\n\n{sig}"))
lp("ko", "ko", "안동 하회탈 공방", "andongmask", "kr", ("탈 조각 보조 지원 결과", "{n} 님께\n\n지원해 주셔서 고맙습니다. 나무 조각 경력이 더 많은 다른 분을 모시기로 하여 이번 지원은 마감되었습니다.\n\n{sig}"), (OF, "탈 조각 보조 채용 제안", "{n} 님께\n\n{dl}부터 함께 일하고 싶습니다. 아쉽게도 공방 난로가 고장 나서 따뜻한 옷을 챙겨 오세요.\n\n{sig}"))
lp("pt", "pt", "Bordados da Camacha", "bordados-camacha", "pt", ("Candidatura a bordadeira", "Olá {n},\n\nEscolhemos a Dona Guida, que borda ponto madeirense há vinte anos, e o seu processo termina assim.\n\nBeijinhos,\n{sig}"), (IV, "Entrevista: bordadeira", "Olá {n},\n\nConvidamo-la para uma conversa no atelier no dia {dl} às 15h. Infelizmente o elevador está avariado, são três andares a pé.\n\n{sig}"))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologda-kruzhevo", "ru", ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nМесто за коклюшками досталось мастерице, которая плетёт вологодское кружево двадцать лет. Ваш отклик на этом закрыт.\n\n{sig}"), (AK, "Отклик получен", "Здравствуйте, {n}!\n\nВаш отклик на вакансию кружевницы получен. Да или нет — ответ придёт от нас лично недели через две.\n\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Maombi yako ya kazi ya mwongozaji", "Habari {n},\n\nNafasi hiyo imempata mwenyeji wa Kizimbani aliyeongoza watalii miaka saba; ombi lako limeishia hapa.\n\nWasalaam,\n{sig}"), (NX, "Hatua inayofuata: mwongozaji", "Habari {n},\n\nCheti cha huduma ya kwanza kinahitajika; kitume ifikapo {dl} tafadhali. Kwa bahati mbaya intaneti ya shamba inakatika-katika wiki hii.\n\n{sig}"))
lp("th", "th", "โรงร่มบ่อสร้าง", "bosangumbrella", "th", ("ผลการสมัครงานช่างวาดร่ม", "คุณ{n} ที่นับถือ\n\nโรงร่มบ่อสร้างรับช่างวาดลายจากสันกำแพงไปแล้ว 2 คน ขอปิดเรื่องใบสมัครนี้ไว้ก่อนนะคะ\n\n{sig}"))
lp("tr", "tr", "Göreme Balon Ekibi", "goremebalon", "tr", ("Yer ekibi başvurunuz", "Merhaba {n},\n\nBaşvurunuz için teşekkürler. Sepet hazırlığında daha deneyimli birini seçtik; bu nedenle başvurunuz kapandı.\n\nSaygılarımızla,\n{sig}"), (OF, "Yer ekibi: iş teklifi", "Merhaba {n},\n\nSizi {dl} sabahından başlayarak yer ekibimizde görmek isteriz. Maalesef servis minibüsü arızalı, ilk hafta kendi aracınızla gelin.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹبال سلائی گھر", "sialkotballs", "pk", ("فٹبال سلائی کی آسامی", "محترم {n}،\n\nدرخواست کا شکریہ۔ ہاتھ کی سلائی میں بارہ برس لگانے والے ایک کاریگر کو ہم نے منتخب کر لیا ہے؛ یوں آپ کی فائل یہیں ختم ہوتی ہے۔\n\n{sig}"), (IV, "فٹبال سلائی: انٹرویو", "محترم {n}،\n\n{dl} کو ساڑھے گیارہ بجے کارخانے میں ملاقات رکھی گئی ہے۔ افسوس، اُس دن لوڈشیڈنگ کا شیڈول ہے، سلائی کا امتحان کھڑکی کے پاس دھوپ میں ہوگا۔\n\n{sig}"))
lp("zh", "zh", "苏州绣坊", "suzhouxiufang", "cn", ("关于绣娘岗位的申请", "{n}您好：\n\n感谢您对苏州绣坊的关注。双面绣台的位置已由一位绣了十五年的老师傅接任，您的申请到此结束。祝一切顺利。\n\n{sig}"), (AK, "申请已收到", "{n}您好：\n\n您的绣娘岗位申请已收到，绣坊的师傅们会逐一阅读。无论结果如何，两周内我们都会亲自回复您。\n\n{sig}"))
lp("hrv", "hrv", "Istarski tartufi Motovun", "tartufi-motovun", "hr", ("Prijava za tragača tartufa", "Poštovani/a {n},\n\nhvala na prijavi. Odabrali smo drugu osobu koja već ima školovanog psa, pa je vaša prijava zatvorena.\n\nSrdačno,\n{sig}"), (NX, "Sljedeći korak: tragač tartufa", "Poštovani/a {n},\n\nmolimo pošaljite preslike potvrde o cijepljenju psa do {dl}. Nažalost, naš ured ne radi subotom.\n\n{sig}"))
lp("ron", "ron", "Atelierul de porți din Maramureș", "portimaramures", "ro", ("Candidatura ta pentru cioplitor", "Bună ziua, {n},\n\nla atelierul nostru de lângă Sighet a intrat nea Vasile, care cioplește stâlpi de poartă de cincisprezece ani, deci cererea dumneavoastră s-a încheiat.\n\nSănătate,\n{sig}"), (OF, "Ofertă: cioplitor", "Bună ziua, {n},\n\nvă oferim postul de cioplitor începând cu {dl}. Din păcate ulița spre atelier s-a umplut de noroi, veniți cu cizme.\n\n{sig}"))
lp("bul", "bul", "Розоварна Казанлък", "rozovarna-kzl", "bg", ("Кандидатурата ви за берач на рози", "Здравейте, {n},\n\nблагодарим за кандидатурата. Избрахме друг човек, който е брал рози и миналия сезон, затова вашата кандидатура е приключена.\n\nПоздрави,\n{sig}"), (IV, "Покана за разговор: берач на рози", "Здравейте, {n},\n\nканим ви на разговор на {dl} в 8 часа. За съжаление паркингът е затворен, оставете колата на площада.\n\n{sig}"))
lp("ukr", "ukr", "Петриківська розписна майстерня", "petrykivka-art", "ua", ("Ваша заявка на посаду майстрині розпису", "Вітаємо, {n}!\n\nДякуємо за заявку. Ми обрали іншу кандидатку з довшим досвідом петриківського розпису, тож вашу заявку закрито.\n\n{sig}"), (AK, "Заявку отримано", "Вітаємо, {n}!\n\nВашу заявку отримано. Так чи ні, ми відповімо вам особисто протягом двох тижнів.\n\n{sig}"))
lp("hun", "hun", "Kalocsai Paprikamalom", "kalocsapaprika", "hu", ("Jelentkezése molnár munkakörre", "Kedves {n}!\n\nA molnári helyet egy kalocsai fiú kapta, aki évek óta kezeli a kőőrlőt, így jelentkezését lezártuk.\n\nÜdvözlettel,\n{sig}"), (NX, "Következő lépés: molnár", "Kedves {n}!\n\nKérjük, {dl}-ig küldje el az orvosi alkalmassági igazolását. Sajnos a telefonközpontunk most hibás, ezért e-mailben írjon.\n\n{sig}"))
lp("nld", "nld", "Bloemenveiling Aalsmeer Logistiek", "veiling-aalsmeer", "nl", ("Je sollicitatie als karrenrijder", "Hoi {n},\n\nDe plek op de veilingvloer gaat naar een rijder die vorig voorjaar al bij ons werkte. Hiermee sluiten we je sollicitatie af.\n\nGroet,\n{sig}"), (OF, "Aanbod: karrenrijder", "Hoi {n},\n\nJe kunt als karrenrijder beginnen op {dl}, als dat past. Helaas is de kantine verbouwd en nog dicht, neem zelf brood mee.\n\n{sig}"))
lp("pol", "pol", "Kopalnia Soli Wieliczka - Przewodnicy", "wieliczka-przew", "pl", ("Twoja aplikacja na przewodnika", "Dzień dobry, {n},\n\nmiejsce przewodnika po trasie górniczej otrzymała osoba, która oprowadzała tu już dwa sezony. Na tym Twoje zgłoszenie zamykamy.\n\nPozdrawiamy,\n{sig}"), (IV, "Zaproszenie na rozmowę: przewodnik", "Dzień dobry, {n},\n\nzapraszamy na rozmowę {dl} o godzinie 10. Niestety winda dla gości jest w remoncie, zejście schodami.\n\n{sig}"))
lp("ces", "ces", "Lázně Vřídlo Karlovy Vary", "lazne-vridlo", "cz", ("Vaše přihláška na pozici maséra", "Dobrý den, {n},\n\nmísto maséra v kolonádě dostal kolega s dvanácti lety praxe u pramenů, a Vaši přihlášku proto uzavíráme.\n\nS pozdravem\n{sig}"), (AK, "Přihláška přijata", "Dobrý den, {n},\n\nVaše přihláška dorazila. Výsledek, kladný či záporný, Vám pošleme osobně nejpozději za čtrnáct dní.\n\n{sig}"))
lp("msa", "msa", "Tenunan Songket Kuala Terengganu", "songket-kt", "my", ("Permohonan jawatan penenun", "Salam {n},\n\nTempat di alat tenun kami sudah diisi oleh seorang mak cik dari Chendering yang menenun songket sejak muda. Permohonan anda berakhir di sini.\n\nYang benar,\n{sig}"), (NX, "Langkah seterusnya: penenun", "Salam {n},\n\nSila hantar gambar contoh tenunan anda sebelum {dl}. Malangnya pencetak pejabat rosak minggu ini; gambar boleh dihantar terus ke e-mel kami.\n\n{sig}"))
lp("amh", "amh", "ላሊበላ አስጎብኚዎች ማኅበር", "lalibela-guides", "et", ("የአስጎብኚነት ማመልከቻዎ", "ሰላም {n}፣\n\nስላመለከቱ እናመሰግናለን። በአብያተ ክርስቲያናት ጉብኝት ዐሥር ዓመት የሠራ የላስታ ልጅ ቦታውን ወስዷል፤ ማመልከቻዎ በዚሁ ተዘግቷል።\n\n{sig}"), (OF, "የሥራ ቅናሽ፦ አስጎብኚ", "ሰላም {n}፣\n\nከ{dl} ጀምሮ ከእኛ ጋር እንዲሠሩ እንጋብዛለን። እንደ አለመታደል ሆኖ የቢሮው መብራት ተቋርጧል፤ ስብሰባው ውጭ ይሆናል።\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "bul": "{d}.{mm}.{y}", "amh": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 209; slice 209 (this one), slice 210 (written at the same time) and later are skipped."""
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

