# ruff: noqa: E501, S311
"""Write the eighty-second sealed blind slice for issue 11 (blind-slice-82.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 82 and later never read; our side printed)
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

SEED = 820821
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-82.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 82
SKIP_FROM = 82  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Philippa Marchbank", "Donnacha Keogh", "Harshavardhan Kulkarni", "Euan Dalgleish", "Mpho Sithole",
    "Tamati Rangihuna", "Georgiana Pellew", "Niamh Cuddihy", "Obinna Nwachukwu", "Octavia Fairclough",
    "Yewande Olatunji", "Bongani Zwane", "Lakshmi Venugopal", "Darragh Mulryan", "Chiamaka Obi",
    "Barnaby Kettlewell", "Mereana Tuhoe", "Gráinne Lalor", "Sreeja Menon", "Fionntán Carey",
    "Nomvula Khumalo", "Faisal Chaudhry", "Rohan Patwardhan", "Akinyi Odhiambo", "Caoilfhionn Daly",
    "Esperanza Villalobos", "Emeka Anyanwu", "Priyadarshini Raman", "Orlaith Brophy", "Temitope Ajayi",
    "Cressida Ormerod", "Devika Malhotra", "Chebet Langat", "Jean-Sébastien Gagnon", "Cathal Mac Giolla",
    "Maricel Dumlao", "Hortense Bickerstaff", "Losana Vunisa", "Sushmita Dey", "Angus Strachan",
]
REGION_SIGNERS = {
    "uk": ["Araminta Coles", "Gethin Pritchard", "Rubina Hussain", "Jolyon Pease", "Morwenna Tregear", "Fraser Lumsden"],
    "ie": ["Bláthnaid Ní Riain", "Pádraig Ó Cinnéide", "Assumpta Kiely", "Declan Furlong"],
    "us": ["Lupita Arriaga", "Amos Stoltzfus", "Keisha Dorsey", "Soren Haugland", "Miriam Katz"],
    "ca": ["Geneviève Ouellet", "Harjit Sandhu", "Larysa Kowalchuk", "Murdo MacIsaac"],
    "au": ["Tegan Walsh", "Dimitra Kostas", "Bronwyn Pratt", "Quang Nguyen"],
    "nz": ["Huhana Te Rangi", "Philippa Gunn", "Tevita Fifita", "Mihiata Ruru"],
    "za": ["Nomsa Mthembu", "Pieter Venter", "Palesa Mokoena", "Elna Coetzee"],
    "in": ["Sudha Krishnan", "Anand Kulkarni", "Rukhsana Shaikh", "Girish Hegde"],
    "ng": ["Bolanle Adebayo", "Ifeoma Okonkwo-Nnaji"], "ke": ["Wairimu Mwangi", "Kiprono Cheruiyot"],
    "ph": ["Rowena Salazar", "Jericho Manalo"], "sg": ["Tan Wei Ling", "Murugan Suppiah"],
    "nl": ["Marieke de Vries", "Joost Bakker"], "pl": ["Agnieszka Wróbel", "Tomasz Nowicki"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["رنا الخطيب", "دينا العمري"], "de": ["Gudrun Wiesner", "Matthias Brandl"],
    "es": ["Remedios Olmedo", "Joaquín Peralta"], "fr": ["Solène Marchand", "Thibault Renard"],
    "hi": ["सुनीता वर्मा", "मनोज श्रीवास्तव"], "it": ["Loredana Sartori", "Fabrizio Moretti"],
    "ja": ["山本 直子", "岡田 誠"], "ko": ["박은정", "최성민"], "pt": ["Fernanda Lacerda", "Otávio Brandão"],
    "ru": ["Людмила Орлова", "Олег Тарасов"], "sw": ["Rehema Mohamed", "Hamisi Abdallah"],
    "th": ["นันทนา ศรีสุข", "อรุณี บุญมา"], "tr": ["Zeynep Arslan", "Mert Doğan"],
    "ur": ["نسرین فاطمہ", "ثمینہ رشید"], "zh": ["王秀英", "陈建国"],
    "mar": ["सुवर्णा जोशी", "प्रकाश पाटील"], "ltz": ["Josiane Weber", "Guy Schmit"],
    "est": ["Kadri Tamm", "Margus Saar"], "slk": ["Zuzana Horváthová", "Peter Kováč"],
    "hrv": ["Ivana Babić", "Dario Marić"], "ukr": ["Оксана Бондар", "Тарас Ткаченко"],
    "dan": ["Mette Sørensen", "Henrik Dahl"], "hun": ["Katalin Varga", "Zoltán Molnár"],
    "ron": ["Ioana Dumitrescu", "Radu Constantinescu"], "mkd": ["Елена Стојановска", "Горан Трајковски"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى منصور", "هند الزعبي"], "de": ["Katharina Lehmann", "Jonas Richter"],
    "es": ["Paloma Ibáñez", "Álvaro Quiroga"], "fr": ["Clémence Girard", "Antoine Roux"],
    "hi": ["रोहित चौहान", "नेहा पांडेय"], "it": ["Chiara Fontana", "Davide Ricci"],
    "ja": ["松本 陽子", "井上 翔太"], "ko": ["김서연", "이준혁"], "pt": ["Beatriz Moura", "Thiago Farias"],
    "ru": ["Екатерина Зайцева", "Дмитрий Лебедев"], "sw": ["Zawadi Kimaro", "Baraka Mushi"],
    "th": ["ปิยะนุช ทองดี", "ธนากร สายสุข"], "tr": ["Ayşe Korkmaz", "Emre Çelik"],
    "ur": ["صبا ملک", "فریحہ انور"], "zh": ["刘佳怡", "黄子轩"],
    "mar": ["अमोल देशमुख", "स्नेहा कुलकर्णी"], "ltz": ["Claudine Hoffmann", "Marc Reuter"],
    "est": ["Liis Kask", "Rasmus Mägi"], "slk": ["Lucia Šimková", "Martin Baláž"],
    "hrv": ["Petra Jurić", "Luka Kovačević"], "ukr": ["Ірина Мельник", "Богдан Шевчук"],
    "dan": ["Sofie Kjær", "Mads Lund"], "hun": ["Réka Szabó", "Bence Tóth"],
    "ron": ["Andreea Popa", "Mihai Ionescu"], "mkd": ["Марија Петровска", "Александар Николовски"],
}
GIVEN = {
    "Bláthnaid Ní Riain": "Bláthnaid", "Pádraig Ó Cinnéide": "Pádraig", "Tan Wei Ling": "Wei Ling",
    "Jean-Sébastien Gagnon": "Jean-Sébastien", "Cathal Mac Giolla": "Cathal", "Huhana Te Rangi": "Huhana",
    "Marieke de Vries": "Marieke", "山本 直子": "直子", "岡田 誠": "誠", "松本 陽子": "陽子", "井上 翔太": "翔太",
}
PROVIDERS = ["wagtailpost", "siskinbox", "linnetmail", "ouzelnet", "dipperpost", "pipitbox"]

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
    "idn": ("+0700", None, ""), "bd": ("+0600", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind82-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, cheers for Thursday's yard stroll. Forklift ticket scan and Mrs Ollerenshaw's mobile attached.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Hello {n},\n\nRequisition {ref} ({role}) at {co} has been shut down without anyone being appointed: {x}. Your candidate profile stays in our Workday site, and you are free to put yourself forward for other openings there.\n\n{sig}\nTalent Acquisition, {co}", ("Quernby Logistics", "Fallowmere Foods"), ("quernby-logistics", "fallowmere-foods"), role=("Yard Marshal", "Tray Sealer Operator"), tz=("uk", "usc"), x=("the night yard now runs from the Wigan site", "tray sealing is moving to a contract packer in the spring"))
mr("gh", "Your application to {co}", "Hi {n},\n\nHiring team at {co} here: the {role} post went to {x}, who accepted our offer last week. We were glad to read about your background and hope you will look at our board again later in the year.\n\nKind regards,\n{sig}", ("Thistlecombe Theatre Rigging", "Brackwater Boatyard"), ("thistlecombe", "brackwater-boats"), role=("Flyman", "Shipwright's Mate"), tz=("uk", "cat"), x=("a flyman who spent six seasons at the Tron", "a caulker from the Mahone Bay yards"))
mr("lv", "{co}: {role}", "Dear {n},\n\nCheers for considering {co}. The {role} search has closed and your application stops there. With your consent, we will keep what you sent for {x}; reply STOP and it is erased straight away.\n\n{sig}\nPeople team", ("Ravelin Slate", "Oatgrass Mill"), ("ravelin-slate", "oatgrass-mill"), role=("Slate Splitter", "Stone-ground Miller"), tz=("uk", "ie"), x=("nine months", "eighteen months"))
mr("sr", "{co} · {role} · status", "<html><body><p>Hello {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Closed – {x}</td></tr></table><p>That closes your candidacy here. Browse the site any time for fresh openings.</p><p>{co} Recruiting</p></body></html>", ("Wrenfold Events", "Linnetvale Ports"), ("wrenfold-events", "linnetvale-ports"), role=("Marquee Crew Lead", "Reach Stacker Driver"), tz=("uk", "au"), x=("an internal transfer was appointed", "role given to a returning employee"))
mr("ic", "Candidate status: {role} ({ref})", "Dear {n},\n\nThe status of your {role} application at {co} has changed to: Not Selected – {x}.\n\nAutomated notice from our tracking system; sign in for your other applications.\n\n{co} Human Resources", ("Pipitmoor Haulage", "Stonechat Transit"), ("pipitmoor-haulage", "stonechat-transit"), role=("Tipper Driver", "Paratransit Operator"), tz=("usm", "cam"), x=("CPC Card Not Uploaded", "Air Brake Endorsement Not Shown"))
mr("tl", "{co} – Job {ref}", "Hello {n},\n\nJob {ref}, {role}, now shows the status \"{x}\". No application for it, yours included, can now be considered. Thanks for thinking of {co}.\n\nTaleo notifications on behalf of {co}", ("Plovercourt Hotels", "Redshank Resorts"), ("plovercourt", "redshank-resorts"), role=("Night Auditor", "Kids' Club Host"), tz=("use", "sg"), x=("Cancelled – duties merged into front office", "Withdrawn – club closing for refurbishment"))
mr("wk", "About the {role} job", "Hi {n},\n\nThe {role} opening at {co} pulled in {x} applicants and only {y} trial shifts were on offer, so we have had to leave you out this time. Disappointing, we know. Watch our page for more.\n\n{sig}, {co}", ("Greenshank Bakehouse", "Knotgrass Deli"), ("greenshank-bake", "knotgrass-deli"), role=("Laminating Baker", "Counter Assistant"), tz=("nz", "cap"), x=("eighty-three", "one hundred and twelve"), y=("six", "eight"))
mr("bh", "{co} – {role} hours", "Hi {n},\n\nSorry to come back with a no. The {role} hours we advertised at {co} are being picked up by {x}, so there is nothing left for a new starter. Ta for your time on the form.\n\nCheers,\n{sig}", ("Sainfoin Garden Supplies", "Burdock Outdoor"), ("sainfoin-garden", "burdock-outdoor"), role=("Weekend Yard Hand", "Bike Hire Attendant"), tz=("au", "usp"), x=("our two part-timers", "the staff already on the Sunday roster"))
mr("tt", "{co}: your application", "Dear {n},\n\nMany thanks for your applying to {co} for the {role}. After the review we decided to go forward without your profile. It is not an easy decision for us, there were many good people. We wish you all good luck for the next steps.\n\nBest greetings,\n{sig}", ("Vetchley Tulip Growers", "Hawkbit Bulb Export"), ("vetchley-tulips", "hawkbit-bulbs"), role=("Greenhouse Picker", "Export Clerk"), tz=("nl", "pl"), x=("", ""))
mr("pp", "{co} – application outcome", "Dear {n},\n\nYour answers for {role} scored {x}, and the shortlist for {co} started at {y}. For this reason we are not moving you to interview. Your scoring sheet can be requested from the hiring panel within 28 days.\n\n{sig}\n{co}", ("Fleabane Museum Trust", "Saltwort Heritage Railway"), ("fleabane-trust", "saltwort-railway"), role=("Collections Assistant", "Carriage Cleaner"), tz=("uk", "ie"), x=("14 of 40", "12 of 36"), y=("24", "21"))
mr("jz", "{role} auditions", "Hi {n},\n\nYour {role} reel reached us at {co}. Loved the energy; the season's bill is full though, and your act isn't on it. Send a fresh reel next spring.\n\n{sig}\n{co}", ("Sandwort Circus School", "Milkwort Variety Hall"), ("sandwort-circus", "milkwort-variety"), role=("Stilt Walker", "Diabolo Performer"), tz=("usc", "za"), x=("", ""))
mr("as", "{co} update po sa application", "Hello po {n},\n\nSalamat sa paghihintay po. The {role} slot at {co} is filled na, so we close your application here po. We will keep your number in case we open again after {x}.\n\nIngat,\n{sig}", ("Woundwort Handicrafts", "Toadflax Cacao Farm"), ("woundwort-crafts", "toadflax-cacao"), role=("Slipper Stitcher", "Cacao Fermentation Helper"), tz=("ph",), x=("the fiesta", "harvest"))
mr("pb", "{co}: {role} shortlist", "Dear {n},\n\n{co} has drawn its {role} shortlist; you're not on it. With so many applicants, individual feedback isn't possible.\n\n{sig}\n{co}", ("Betony District Council", "Agrimony School Board"), ("betony-dc", "agrimony-schools"), role=("Harbour Patrol Officer", "Lunchtime Supervisor"), tz=("uk", "cae"), x=("", ""))
mr("s1", "Sat job at the shop", "Hi {n},\n\nSorry love, Mavis's granddaughter is finishing her GCSEs and wants the Saturday job at Campion's Pick n Mix, so that's it filled. Ta for dropping the CV in.\n\n{sig}", "Campion's Pick n Mix", "campions-pickmix", tz="uk")
mr("s2", "The counter job", "Hi {n},\n\nGreat to see you call in. My nephew's home from Hartford to stay and he has the counter at Speedwell Hardware & Coal now, so there's no work going. Best of luck.\n\n{sig}", "Speedwell Hardware & Coal", "speedwell-hardware", tz="ie")
mr("s3", "Farm stand help", "Hi {n}, thanks for stopping by Corncockle Berry Stand. My brother-in-law got laid off at the plant so he's helping us this summer and we can't take anyone else on. Good luck out there.\n{sig}", "Corncockle Berry Stand", "corncockle-berries", tz="usc")
mr("s4", "Re: helper for the chip wagon", "Hey {n}, appreciate the message! We've decided to keep Ragwort's Chip Wagon just the two of us this season, so no helper after all. Good luck hunting.\n{sig}", "Ragwort's Chip Wagon", "ragwort-chips", tz="cae")
mr("s5", "Rouseabout job", "G'day {n}, thanks for ringing about the rouseabout job at Sneezewort Station. The neighbour's young bloke's coming over to do it, so we're sorted. Cheers.\n{sig}", "Sneezewort Station", "sneezewort-station", tz="au")
mr("s6", "Picking crew", "Kia ora {n}, thanks for your message. Our kiwifruit picking crew at Dropwort Orchard is full with the same whānau as last year, so no spots this season sorry. All the best.\n{sig}", "Dropwort Orchard", "dropwort-orchard", tz="nz")
mr("s7", "Sphatlo stall helper", "Hi {n}, thanks for visiting Moonwort Corner. Sisi Nokuthula's youngest completed her course and now helps at the stall now, so we have no space. Go well.\n{sig}", "Moonwort Corner", "moonwort-corner", tz="za")
mr("s8", "Salesman position", "Dear {n},\nGreetings from Selfheal Silk House. Our old salesman Dinesh ji has come back after his son's marriage and has taken his counter again, hence there is no vacancy now. Wishing you success.\n{sig}", "Selfheal Silk House", "selfheal-silk", tz="in")
mr("s9", "Sales girl job", "Good afternoon {n},\nThank you for coming. Madam's cousin's daughter has finished NYSC and she will take the sales job at Cuckooflower Provisions, so we cannot use you again. God bless.\n{sig}", "Cuckooflower Provisions", "cuckooflower-stores", tz="ng")
mr("s10", "Shop attendant", "Hello {n},\nThanks for passing by Meadowsweet Stockfeeds. Our chairman's nephew has just cleared college and he is joining us as attendant, so that post is gone. Be blessed.\n{sig}", "Meadowsweet Stockfeeds", "meadowsweet-stockfeeds", tz="ke")
mr("s11", "Crew application", "Hi {n}, thank you po for applying at Oribi Gotohan. Our Marikina branch closes this month, so no more crew hiring there. Sorry po.\n{sig}", "Oribi Gotohan", "oribi-gotohan", tz="ph")
mr("s12", "Stall helper", "Hi {n}, thanks for coming by Duiker Noodle House. Uncle wants to open just four days weekly from next month, so no need extra helper already. Sorry ah.\n{sig}", "Duiker Noodle House", "duiker-noodles", tz="sg")
mr("s13", "Job at the bakery", "Dear {n},\nThank you for visiting Klipspringer Bakkerij. The son of our baker is back from Zwolle and he will do the morning shift, so for you we don't have place anymore. Success with searching!\n{sig}", "Klipspringer Bakkerij", "klipspringer-bakkerij", tz="nl")
mr("s14", "Work in the pierogi shop", "Dear {n},\nThanks that you sent CV to Topi Pierogarnia. My sister's son finished the army and now he works with us in the kitchen, so the place is taken. I wish you a good job soon.\n{sig}", "Topi Pierogarnia", "topi-pierogi", tz="pl")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGrateful for the trip out and the speedy follow-up. Our panel sat first thing today; we've offered the {role} job to a candidate who ran the cheese room at {x} for four years, and she has accepted.\n\nWarm regards,\n{sig}\n\n{OUT}", ("Sitatunga Creamery", "Kudu Dairy Co-operative"), ("sitatunga-creamery", "kudu-dairy"), role=("Cheesemaker", "Milk Reception Operator"), tz=("uk", "nz"), x=("a farm on Exmoor", "a factory near Edendale"))
mr("th2", "Re: [EXT] Re: Vet nurse interview", "{n},\n\nFriday's chat was lovely, and your note after it too. We've settled on a nurse who filled our locum gaps over summer, and the rota is now set with her from next month. Everyone here enjoyed your visit.\n\nAll the best,\n{sig}\n{co}\n\n{GM}", ("Tamaraw Veterinary Centre", "Tarsier Animal Clinic"), ("tamaraw-vets", "tarsier-clinic"), role=("Vet Nurse",), tz=("ie", "ph"))
mr("th3", "RE: [EXT] RE: Teaching assistant", "Dear {n},\n\nYear 3 keep bringing up your fractions-pizza lesson, so thank you. The governors have appointed a colleague who already supports our reading recovery group, starting after half-term.\n\nWith thanks,\n{sig}\n{co}\n\n{ORIG}", ("Binturong Primary School", "Colugo Community School"), ("binturong-primary", "colugo-school"), role=("Teaching Assistant",), tz=("uk", "za"))
mr("th4", "Re: [EXT] RE: supervisor role", "Hello {n},\n\nYour visit to our {x} branch and follow-up mail were appreciated. Management settled on the assistant supervisor from our own floor for the post; she knows the tills and the suppliers already. Good meeting you.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Pangolin Supermarkets", "Dugite Fresh Mart"), ("pangolin-super", "dugite-fresh"), role=("Floor Supervisor",), tz=("ng", "ke"), x=("Ikotun", "Ruaka"))
mr("th5", "RE: [EXT] Re: Drama leader", "Hi {n},\n\nHuge thanks for leading those warm-up games with the Tuesday group, they loved it. We've asked Fergal, who directed last year's panto with us, to take on the drama leader hours, and he started this week.\n\nBest,\n{sig}\n\n{OUT}", ("Numbat Youth Theatre", "Woylie Young Players"), ("numbat-theatre", "woylie-players"), role=("Drama Leader",), tz=("ie", "au"))
mr("th6", "Re: [EXT] Re: Mechanic interview", "Hey {n},\n\nWednesday's bike talk was fun. Our board has voted to bring in a mechanic from the Saturday volunteer crew, who already knows our shop layout. Hope to see you at one of the fix-it nights.\n\nCheers,\n{sig}\n{co}\n\n{GM}", ("Bettong Bike Co-op", "Kowhai Cycle Collective"), ("bettong-bikes", "kowhai-cycles"), role=("Bike Mechanic",), tz=("usp", "cap"))
mr("th7", "RE: [EXT] RE: Speech therapist post", "Dear {n},\n\nMeeting the team and writing so thoughtfully afterwards: both appreciated. Our appointment is a therapist steeped in stammering clinics, arriving January. I enjoyed talking with you.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Rata Speech Clinic", "Totara Therapy Rooms"), ("rata-speech", "totara-therapy"), role=("Speech Therapist",), tz=("nz", "uk"))
mr("th8", "Re: [EXT] RE: Physio role", "Hi {n},\n\nMonday's session was useful, cheers. The partners decided on the physio who has been covering Dr Wafula's list since June, so the post is settled. You were great with the mock patient.\n\nBest wishes,\n{sig}\n\n{RULE}", ("Kahikatea Physio", "Matai Sports Clinic"), ("kahikatea-physio", "matai-sports"), role=("Physiotherapist",), tz=("ke", "sg"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n———\n{co} Careers | Stores near you | Weekly job alerts | Staff discount | Our stories\nSent to you since you once applied through our careers pages. Alert frequency, profile edits and unsubscribing all live inside your candidate login. {co}, registered office {x}. Reg. no. {ref}."
mr("ft1", "An update from {co} Careers", "Hi {n},\n\nSorry, {role} won't be yours: this round your application fell short." + FOOT, ("Pipitmoor Garden Centres", "Pipitmoor Garden Centres"), ("pipitmoor-garden",), role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "ie"), x=("Unit 4, Harrow Way, Andover", "Belgard Road, Inchicore"))
mr("ft2", "Your {co} application", "Hi {n},\n\nHaving read your {role} application, our team is declining it." + FOOT, ("Corncockle Home & Yard", "Corncockle Home & Yard"), ("corncockle-home",), role=("Lumber Associate", "Paint Desk Associate"), tz=("usm", "cat"), x=("1200 Cottonwood Pkwy, Caldwell", "88 Wyse Rd, Bedford"))
mr("ft3", "{co} – {role}", "G'day {n},\n\nTa for applying. {role}: you weren't picked on this go, sorry." + FOOT, ("Selfheal Surf & Paddle", "Selfheal Surf & Paddle"), ("selfheal-surf",), role=("Board Hire Attendant", "Wetsuit Store Assistant"), tz=("au", "nz"), x=("3 Marine Pde, Coffs Harbour", "12 Cottonwood Rd, Ruakaka"))
mr("ft4", "{co}: outcome of your application", "Dear {n},\n\nRegarding {role}: regrettably no position can be offered to you presently." + FOOT, ("Meadowsweet Pharmacies", "Meadowsweet Pharmacies"), ("meadowsweet-pharm",), role=("Pharmacist Assistant", "Dispensary Clerk"), tz=("za", "ng"), x=("14 Long St, Okhahlamba", "22 Allen Ave, Ojota"))
# ---- 9 hedged refusals
mr("hd1", "{role} application", "Dear {n},\n\nThanks for meeting us. On weighing everything, others sat a shade nearer to what the practice requires, so it's them we're taking forward.\n\nYours sincerely,\n{sig}\n{co}", ("Moonwort Solicitors", "Dropwort Law"), ("moonwort-law", "dropwort-law"), role=("Trainee Legal Executive",), tz=("uk", "ie"))
mr("hd2", "Studio update", "Hi {n},\n\nThanks for showing us your portfolio. We're steering the studio's design down another road next year, and your profile sits a bit apart from that plan. Best of luck.\n\n{sig}\n{co}", ("Betony Architects", "Agrimony Design Studio"), ("betony-arch", "agrimony-design"), role=("Part II Assistant",), tz=("use", "au"))
mr("hd3", "Accounts junior", "Hello {n},\n\nAppreciated your trip out. Another applicant's farm-accounts background fitted our clientele better, and that's who we chose. We wish you well.\n\n{sig}\n{co}", ("Ragwort & Sons Accountants", "Sneezewort Rural Accounts"), ("ragwort-accts", "sneezewort-accts"), role=("Accounts Junior",), tz=("nz", "cam"))
mr("hd4", "Field officer role", "Dear {n},\n\nField officer role: our team has opted for people whose track record sits closer to our borehole programme.\n\nBest regards,\n{sig}\n{co}", ("Campion WaterAid Trust", "Speedwell Clean Water"), ("campion-water", "speedwell-water"), role=("Field Officer",), tz=("ke", "in"))
mr("hd5", "Audiology assistant", "Hi {n},\n\nApologies for the delay. On the audiology assistant role, we've chosen a different path. Grateful you thought of us.\n\n{sig}\n{co}", "Cuckooflower Hearing", "cuckooflower-hearing", role="Audiology Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nFollowing up our call: the client at {x} has gone with someone local for the {role} position. I've another one that might suit: a similar job at a dairy plant 20 minutes away. Shall I send it over?\n\n{sig}\n{co}", ("Bushlark Recruitment", "Keelson Talent"), ("bushlark-rec", "keelson-talent"), role=("Maintenance Fitter", "Line Lead"), tz=("uk", "usc"), x=("the Hathersage bottling plant", "the Hartford snack plant"))
mr("rc2", "Re: packhouse job", "Hi {n},\n\nThanks for the chat. The {x} packhouse has filled the supervisor job from their own crew. I do have a grading-line role at a kiwifruit shed near there starting in March if that appeals. Let me know.\n\n{sig}\n{co}", ("Kiwikit Staffing", "Kiwikit Staffing"), ("kiwikit-staffing",), role=("Supervisor",), tz=("au", "nz"), x=("Coffs Harbour blueberry", "Paengaroa"))
mr("rc3", "Our conversation today", "Hello {n},\n\nAppreciate you picking up. The processor in {x} settled on somebody else for the shift manager job. However there is a quality controller opening with a juice company nearby; can I put your CV forward?\n\n{sig}\n{co}", ("Oribi Search", "Tarsier Staffing"), ("oribi-search", "tarsier-staff"), role=("Shift Manager",), tz=("ke", "ng"), x=("Kutus", "Owode"))
mr("rc4", "After our phone call", "Hi {n},\n\nAs discussed, the citrus farm near Hexrivier has chosen another foreman. There's a packshed supervisor post near Elandsbaai that suits you nicely, I reckon. Shall we talk tomorrow?\n\n{sig}\n{co}", "Duiker Agri Recruitment", "duiker-recruit", role="Foreman", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of ineligibility – {role}", "Dear {n},\n\nYour application for {role} (reference {ref}) is ineligible: {x}. It goes no further in this campaign.\n\n{co} Recruitment Service", ("Betony County Council", "Agrimony Parks Authority"), ("betony-county", "agrimony-parks"), role=("Tree Officer", "Pool Attendant"), tz=("uk", "ie"), x=("no evidence of the required arboriculture certificate was provided", "the required pool plant operator certificate was missing"))
mr("ps2", "Referral notice: announcement {ref}", "Dear {n},\n\nYour application for {role} under announcement {ref} has been assessed. It was not referred onward to the selecting official. Your file for this announcement is shut.\n\nHuman Resources, {co}", ("Department of Fish and Wildlife", "Bureau of Land Services"), ("fishwildlife-hr", "landservices-hr"), role=("Fisheries Technician", "Range Technician"), tz=("usp", "usm"))
mr("ps3", "Competition {ref} cancelled", "Dear {n},\n\nCompetition {ref} ({role}) is cancelled after {x}. Nobody will be appointed; every application lapses.\n\n{co}", ("Public Service Commission", "Regional Health Board"), ("psc-hr", "rhb-hr"), role=("Records Clerk", "Ward Clerk"), tz=("cae", "in"), x=("a budget freeze", "a review of staffing needs"))
mr("ps4", "Written test result", "Dear {n},\n\nYour written test score was {x}. The qualifying mark for {role} was set at {y}, which means no interview invitation follows.\n\n{co}", ("Civil Service Board", "National Youth Service"), ("csb-hr", "nys-hr"), role=("Revenue Assistant", "Storekeeper"), tz=("ke", "ng"), x=("52", "47"), y=("60", "55"))
# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hello {n},\n\nYour application for {role} (ID {ref}) is no longer being considered.\n\nApplyloom, for {co}", ("Hawkbit Foods", "Vetchley Engineering"), ("applyloom",), frm="Applyloom <noreply@{dom}>", role=("Line Operator", "CAD Technician"), tz=("uk", "cae"))
mr("st2", "{co}: application status", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Status: <b>Closed · not progressing</b></p><p>Statusbell for {co}</p></body></html>", ("Saltwort Energy", "Sandwort Mining"), ("statusbell",), frm="Statusbell <updates@{dom}>", role=("Control Room Operator", "Fitter"), tz=("au", "za"))
mr("st3", "Application {ref}", "Hi {n}, the application you made for {role} at {co} is now marked \"Unsuccessful\". No action is needed. Jobvault", ("Milkwort Retail", "Woundwort Logistics"), ("jobvault",), frm="Jobvault <status@{dom}>", role=("Sales Associate", "Picker"), tz=("usc", "sg"))
# ---- 6 internship / graduate decisions
mr("in1", "Summer studentship decision", "Dear {n},\n\nRe the {role} studentship: competition was stiff, and sadly the cohort is full without you this year.\n\n{sig}\n{co}", ("Toadflax Marine Institute", "Betony Soil Centre"), ("toadflax-marine", "betony-soil"), role=("seagrass mapping", "peat coring"), tz=("uk", "ie"))
mr("in2", "Internship programme 2026", "Hi {n},\n\nAbout the {role} internship: once every candidate was reviewed, you weren't among those picked this season.\n\n{sig}\n{co}", ("Corncockle Wildlife Trust", "Campion Bird Observatory"), ("corncockle-wildlife", "campion-birds"), role=("hedgehog rescue", "bird ringing"), tz=("nz", "use"))
mr("in3", "Graduate scheme: your application", "Dear {n},\n\n{co} {role} graduate scheme: after the online assessment your application halts for this year.\n\n{sig}\nEarly Careers", ("Speedwell Grid", "Ragwort Hydro"), ("speedwell-grid", "ragwort-hydro"), role=("transmission", "hydropower"), tz=("uk", "cap"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We have your application – {role}", "Hello {n},\n\nRequisition {ref} ({role}) at {co} now holds your application. Should that requisition shut pre-interview, or the work shift elsewhere, this inbox hears it first. Until then there is nothing for you to do.\n\n{sig}\nTalent Acquisition", ("Quernby Logistics", "Fallowmere Foods"), ("quernby-logistics", "fallowmere-foods"), role=("Forklift Driver", "Hygiene Operative"), tz=("uk", "usc"))
mo("application_received", "gh", "{co} received your application", "Hi {n},\n\nThanks for applying for {role} at {co}. Our hiring team reads every form. Should another person get it, we'll say so plainly, no guessing games; should we want to talk, expect a call within a fortnight.\n\n{sig}", ("Thistlecombe Theatre Rigging", "Brackwater Boatyard"), ("thistlecombe", "brackwater-boats"), role=("Stage Carpenter", "Rigger"), tz=("uk", "cat"))
mo("application_received", "lv", "{co}: thanks for applying", "Dear {n},\n\nWe have your application for {role}. Whatever happens, your permission lets us hold your details a year for future openings; reply STOP to opt out.\n\n{sig}\nPeople team", ("Ravelin Slate", "Oatgrass Mill"), ("ravelin-slate", "oatgrass-mill"), role=("Quarry Labourer", "Packing Assistant"), tz=("uk", "ie"))
mo("application_received", "sr", "{co} · {role} · received", "<html><body><p>Hello {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>New – awaiting review</td></tr></table><p>Should Stage later say Closed, somebody else got it or it was pulled. For now, nothing is decided.</p><p>{co} Recruiting</p></body></html>", ("Wrenfold Events", "Linnetvale Ports"), ("wrenfold-events", "linnetvale-ports"), role=("Event Steward", "Lashing Crew"), tz=("uk", "au"))
mo("application_received", "ic", "Application received: {role} ({ref})", "Dear {n},\n\n{co} logged your {role} application. Licence documents must be uploaded inside 7 days, otherwise the system flips your status to Not Selected by itself.\n\n{co} Human Resources", ("Pipitmoor Haulage", "Stonechat Transit"), ("pipitmoor-haulage", "stonechat-transit"), role=("Class 2 Driver", "Bus Operator"), tz=("usm", "cam"))
mo("application_received", "tl", "{co} – we have your application", "Hello {n},\n\nYour application for {role} (Job {ref}) has been submitted. Postings occasionally get cancelled or pulled; if this one does, your account status updates and a note follows.\n\n{co}", ("Plovercourt Hotels", "Redshank Resorts"), ("plovercourt", "redshank-resorts"), role=("Concierge", "Pool Attendant"), tz=("use", "sg"))
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\n{role} at {co}: application safely in. Plenty apply, so only people invited to a trial shift get contacted. No word within three weeks means it wasn't this time.\n\n{sig}", ("Greenshank Bakehouse", "Knotgrass Deli"), ("greenshank-bake", "knotgrass-deli"), role=("Bread Packer", "Sandwich Maker"), tz=("nz", "cap"))
mo("application_received", "bh", "Thanks from {co}", "Hi {n},\n\nThanks for filling in our form for {role}. Current staff may soak up those hours, and then you'd hear from us; otherwise expect a ring about a chat.\n\nCheers,\n{sig}", ("Sainfoin Garden Supplies", "Burdock Outdoor"), ("sainfoin-garden", "burdock-outdoor"), role=("Nursery Hand", "Kayak Hire Helper"), tz=("au", "usp"))
mo("application_received", "tt", "{co}: we got your application", "Dear {n},\n\nYour application to {co} for {role} arrived, thank you. Our team studies it during the coming two weeks. Positive or negative, you will get an answer from us in any case, this is our promise.\n\nBest greetings,\n{sig}", ("Vetchley Tulip Growers", "Hawkbit Bulb Export"), ("vetchley-tulips", "hawkbit-bulbs"), role=("Bulb Sorter", "Logistics Planner"), tz=("nl", "pl"))
mo("application_received", "pp", "{co}: application received", "Dear {n},\n\nThank you for applying for {role}. Scoring happens once applications close. Anyone under the shortlisting mark gets an email saying so; anyone over it, an interview invitation.\n\n{sig}\n{co}", ("Fleabane Museum Trust", "Saltwort Heritage Railway"), ("fleabane-trust", "saltwort-railway"), role=("Gallery Host", "Ticket Office Clerk"), tz=("uk", "ie"))
mo("application_received", "jz", "Reel received – {role}", "Hi {n},\n\nYour reel for {role} at {co} arrived safely. Booked or not booked, each performer gets a letter when casting wraps, likely late this month.\n\n{sig}", ("Sandwort Circus School", "Milkwort Variety Hall"), ("sandwort-circus", "milkwort-variety"), role=("Juggler", "Aerial Hoop Artist"), tz=("usc", "za"))
mo("application_received", "as", "{co} application received po", "Hello po {n},\n\nWe received your application for {role}. Pasok man o hindi, a text from us arrives inside two weeks. Please keep your phone open po.\n\nIngat,\n{sig}", ("Woundwort Handicrafts", "Toadflax Cacao Farm"), ("woundwort-crafts", "toadflax-cacao"), role=("Raffia Bag Weaver", "Cacao Drying Helper"), tz=("ph",))
mo("application_received", "pb", "{co}: application acknowledgement", "Dear {n},\n\nReceipt of your {role} application is confirmed. Given heavy volumes, we won't be writing to unsuccessful applicants one by one. Silence four weeks past closing means no shortlist place.\n\n{co}", ("Betony District Council", "Agrimony School Board"), ("betony-dc", "agrimony-schools"), role=("Parking Officer", "Crossing Patrol"), tz=("uk", "cae"))
mo("application_received", "th1", "Your application – {role}", "Hi {n},\n\n{role} at {co}: application noted. Interviews are pencilled for a fortnight away; if the panel prefers others, a line from us follows regardless.\n\n{sig}", ("Sitatunga Creamery", "Kudu Dairy Co-operative"), ("sitatunga-creamery", "kudu-dairy"), role=("Dairy Operative", "Tanker Driver"), tz=("uk", "nz"))
mo("application_received", "th2", "Application received", "Hi {n},\n\nYour CV for {co}'s {role} post landed. Yes or no, every applicant hears back before next Friday.\n\n{sig}", ("Tamaraw Veterinary Centre", "Tarsier Animal Clinic"), ("tamaraw-vets", "tarsier-clinic"), role=("Vet Receptionist",), tz=("ie", "ph"))
mo("application_received", "th3", "Your application to us", "Dear {n},\n\n{role} application safely received. Shortlisting follows closing; without a lesson-observation invite by that point, take it we're going ahead with others.\n\n{sig}\n{co}", ("Binturong Primary School", "Colugo Community School"), ("binturong-primary", "colugo-school"), role=("Learning Support Assistant",), tz=("uk", "za"))
mo("application_received", "th4", "We received your CV", "Hello {n},\n\nYour CV for {role} at {co} sits with HR now. We phone back solely those whose background fits. Thanks.\n\n{sig}", ("Pangolin Supermarkets", "Dugite Fresh Mart"), ("pangolin-super", "dugite-fresh"), role=("Cashier",), tz=("ng", "ke"))
mo("application_received", "th5", "Thanks for applying!", "Hi {n},\n\nLovely getting your {role} application at {co}. In or out, word comes after our board meets on the 14th.\n\n{sig}", ("Numbat Youth Theatre", "Woylie Young Players"), ("numbat-theatre", "woylie-players"), role=("Workshop Assistant",), tz=("ie", "au"))
mo("application_received", "th6", "Got your application", "Hey {n},\n\nThanks for applying to wrench with us at {co}. If we don't end up bringing you in, your name goes on our volunteer crew list, with your OK.\n\n{sig}", ("Bettong Bike Co-op", "Kowhai Cycle Collective"), ("bettong-bikes", "kowhai-cycles"), role=("Mechanic",), tz=("usp", "cap"))
mo("application_received", "th7", "Application received – {role}", "Dear {n},\n\nApplication received, thanks. If your experience fall short of the criteria, ten working days is the most you'd wait to hear; otherwise we'll phone to set up a meeting.\n\n{sig}\n{co}", ("Rata Speech Clinic", "Totara Therapy Rooms"), ("rata-speech", "totara-therapy"), role=("Therapy Assistant",), tz=("nz", "uk"))
mo("application_received", "th8", "Thanks, {n}", "Hi {n},\n\n{role} at {co}: application logged. Either way, a decision reaches you before month-end.\n\n{sig}", ("Kahikatea Physio", "Matai Sports Clinic"), ("kahikatea-physio", "matai-sports"), role=("Clinic Receptionist",), tz=("ke", "sg"))
mo("application_received", "ft1", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is with us. Not shortlisted? You'll get an email, and our talent pool keeps you for anything fitting later." + FOOT, ("Pipitmoor Garden Centres", "Pipitmoor Garden Centres"), ("pipitmoor-garden",), role=("Weekend Cashier", "Aquatics Assistant"), tz=("uk", "ie"), x=("Unit 4, Harrow Way, Andover", "Belgard Road, Inchicore"))
mo("application_received", "ft2", "Application in: {co}", "Hi {n},\n\nAppreciate you applying for {role}, {n}. Reviews happen weekly; we reach out when we want to proceed." + FOOT, ("Corncockle Home & Yard", "Corncockle Home & Yard"), ("corncockle-home",), role=("Garden Associate", "Cashier"), tz=("usm", "cat"), x=("1200 Cottonwood Pkwy, Caldwell", "88 Wyse Rd, Bedford"))
mo("application_received", "hd1", "Application acknowledged", "Dear {n},\n\n{role} application received with thanks. Successful or not, all applicants get a written reply when interviews finish.\n\nYours sincerely,\n{sig}\n{co}", ("Moonwort Solicitors", "Dropwort Law"), ("moonwort-law", "dropwort-law"), role=("Legal Secretary",), tz=("uk", "ie"))
mo("application_received", "ps1", "Application {ref} received", "Dear {n},\n\nApplication for {role} received. Any application lacking the required certificates is deemed ineligible and stops; please check your upload before the closing date.\n\n{co} Recruitment Service", ("Betony County Council", "Agrimony Parks Authority"), ("betony-county", "agrimony-parks"), role=("Grounds Maintenance Operative", "Lifeguard"), tz=("uk", "ie"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nCould you return for round two with our head cheesemaker, {dl}, ten o'clock? Unfortunately fresh lines are going down in the visitors' car park that week; use the lane by the gate.\n\n{sig}\n\n{OUT}", ("Sitatunga Creamery", "Kudu Dairy Co-operative"), ("sitatunga-creamery", "kudu-dairy"), role=("Cheesemaker", "Milk Reception Operator"), tz=("uk", "nz"))
mo("interview", "th2", "Re: [EXT] Re: Vet nurse interview", "{n},\n\nGreat to chat on Friday. Working interview {dl}, 9 till 1: does that suit? Unfortunately our autoclave is out for service, so you'll see the old steriliser in action.\n\n{sig}\n{co}\n\n{GM}", ("Tamaraw Veterinary Centre", "Tarsier Animal Clinic"), ("tamaraw-vets", "tarsier-clinic"), role=("Vet Nurse",), tz=("ie", "ph"))
mo("interview", "th3", "RE: [EXT] RE: Teaching assistant", "Dear {n},\n\nThank you for the lovely lesson with Year 3. Panel interview: {dl}, 3.45pm, if that suits. Unfortunately the hall is full of staging for the carol concert, so we're meeting in the library instead.\n\n{sig}\n{co}\n\n{ORIG}", ("Binturong Primary School", "Colugo Community School"), ("binturong-primary", "colugo-school"), role=("Teaching Assistant",), tz=("uk", "za"))
mo("interview", "th4", "Re: [EXT] RE: supervisor role", "Hello {n},\n\nThank you for visiting the branch. Management wants one last interview, {dl}, 11am. Unfortunately the lift at head office is faulty, so please use the stairs to the third floor.\n\n{sig}\n{co}\n\n{RULE}", ("Pangolin Supermarkets", "Dugite Fresh Mart"), ("pangolin-super", "dugite-fresh"), role=("Floor Supervisor",), tz=("ng", "ke"))
mo("interview", "th5", "RE: [EXT] Re: Drama leader", "Hi {n},\n\nThanks for running the warm-ups! Our board hopes to meet you properly, {dl}, 6pm. Unfortunately the heating in the rehearsal room is broken again, so bring a jumper.\n\n{sig}\n\n{OUT}", ("Numbat Youth Theatre", "Woylie Young Players"), ("numbat-theatre", "woylie-players"), role=("Drama Leader",), tz=("ie", "au"))
mo("interview", "th6", "Re: [EXT] Re: Mechanic interview", "Hey {n},\n\nBike chat was fun. Hands-on trial, {dl}, 4pm: can you make it? Unfortunately our wheel jig is bent, so we'll have you on brakes and gears instead.\n\n{sig}\n{co}\n\n{GM}", ("Bettong Bike Co-op", "Kowhai Cycle Collective"), ("bettong-bikes", "kowhai-cycles"), role=("Bike Mechanic",), tz=("usp", "cap"))
mo("interview", "th7", "RE: [EXT] RE: Speech therapist post", "Dear {n},\n\nThank you for your note. Next up: a second conversation with our clinical lead, {dl}, 2pm. Unfortunately our meeting room is booked, so it will be by video.\n\n{sig}\n{co}\n\n{ORIG}", ("Rata Speech Clinic", "Totara Therapy Rooms"), ("rata-speech", "totara-therapy"), role=("Speech Therapist",), tz=("nz", "uk"))
mo("interview", "th8", "Re: [EXT] RE: Physio role", "Hi {n},\n\nMonday went well. Our partners want you to shadow a clinic on {dl} from 8am. Unfortunately the front entrance is being retiled, so come round the side.\n\n{sig}\n\n{RULE}", ("Kahikatea Physio", "Matai Sports Clinic"), ("kahikatea-physio", "matai-sports"), role=("Physiotherapist",), tz=("ke", "sg"))
mo("next_steps", "ic", "Action needed: {role} ({ref})", "Dear {n},\n\nYour application for {role} at {co} is through to stage two. Upload your licence scan and driver record before {dl}. Unfortunately our upload page is slow on phones, so a computer works best.\n\n{co} Human Resources", ("Pipitmoor Haulage", "Stonechat Transit"), ("pipitmoor-haulage", "stonechat-transit"), role=("Tipper Driver", "Paratransit Operator"), tz=("usm", "cam"))
mo("next_steps", "pp", "{co}: next stage", "Dear {n},\n\nShortlisted: {role}! Please complete the short written exercise we have sent to your account by {dl}. Unfortunately the exercise cannot be saved part-way, so allow 45 minutes.\n\n{sig}\n{co}", ("Fleabane Museum Trust", "Saltwort Heritage Railway"), ("fleabane-trust", "saltwort-railway"), role=("Collections Assistant", "Carriage Cleaner"), tz=("uk", "ie"))
mo("next_steps", "ps2", "Referral notice: announcement {ref}", "Dear {n},\n\nYour application for {role} under announcement {ref} was passed to the selecting official. Transcripts go in via your account before {dl}.\n\nHuman Resources, {co}", ("Department of Fish and Wildlife", "Bureau of Land Services"), ("fishwildlife-hr", "landservices-hr"), role=("Fisheries Technician", "Range Technician"), tz=("usp", "usm"))
mo("next_steps", "ps4", "Invitation to assessment", "Dear {n},\n\nYour written test score met the qualifying mark for {role}. Please bring your original certificates and national ID to the assessment centre on {dl} at 8.30am.\n\n{co}", ("Civil Service Board", "National Youth Service"), ("csb-hr", "nys-hr"), role=("Revenue Assistant", "Storekeeper"), tz=("ke", "ng"))
mo("next_steps", "hd4", "Field officer role: task", "Dear {n},\n\nThank you for your interest. As the next step, please send us a single-page borehole maintenance visit plan by {dl}. Unfortunately we cannot pay for this task, so keep it short.\n\n{sig}\n{co}", ("Campion WaterAid Trust", "Speedwell Clean Water"), ("campion-water", "speedwell-water"), role=("Field Officer",), tz=("ke", "in"))
mo("next_steps", "in3", "Graduate scheme: assessment centre", "Dear {n},\n\nWell done clearing the online tests for the {co} {role} scheme. Assessment centre slots must be booked before {dl}. Unfortunately car parking is limited on site.\n\n{sig}\nEarly Careers", ("Speedwell Grid", "Ragwort Hydro"), ("speedwell-grid", "ragwort-hydro"), role=("transmission", "hydropower"), tz=("uk", "cap"))
mo("offer", "hd2", "Offer: {role}", "Hi {n},\n\nDelighted: the {role} position at {co} is on offer to you. Contract back to us, signed, before {dl}. Unfortunately the studio is mid-repaint, so your first week will be at the hot desks.\n\n{sig}", ("Betony Architects", "Agrimony Design Studio"), ("betony-arch", "agrimony-design"), role=("Part II Assistant",), tz=("use", "au"))
mo("offer", "wk", "Offer of employment", "Hello {n},\n\nHappy news: {co} offers you the {role} post from {dl}. Unfortunately no parking comes with the shop; the bus halts by our door though.\n\nKind regards,\n{sig}", ("Greenshank Bakehouse", "Knotgrass Deli"), ("greenshank-bake", "knotgrass-deli"), role=("Shift Supervisor",), tz=("nz", "cap"))
mo("offer", "rc2", "Offer from the packhouse", "Hi {n},\n\nGood news: the grower wants you for the {role} role starting {dl}. Unfortunately no beds are provided; you'd find lodging yourself.\n\n{sig}\n{co}", ("Kiwikit Staffing", "Kiwikit Staffing"), ("kiwikit-staffing",), role=("grading-line",), tz=("au", "nz"))
mo("offer", "hd5", "Job offer", "Hi {n},\n\n{co} is offering you the audiology assistant job. Please confirm by {dl}. Unfortunately uniforms take two weeks, so wear dark clothes for now.\n\n{sig}", "Cuckooflower Hearing", "cuckooflower-hearing", tz="sg")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wdr", "{co}: application withdrawn", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Status: <b>Withdrawn · at your request</b></p><p>Statusbell for {co}</p></body></html>", ("Saltwort Energy", "Sandwort Mining"), ("statusbell",), frm="Statusbell <updates@{dom}>", role=("Scaffolder", "Dump Truck Operator"), tz=("au", "za"))
mo("other_job", "st1", "Status update", "Hello {n},\n\nYour application for {role} (ID {ref}) is on the hiring manager's desk.\n\nApplyloom, for {co}", ("Hawkbit Foods", "Vetchley Engineering"), ("applyloom",), frm="Applyloom <noreply@{dom}>", role=("Quality Inspector", "Welder"), tz=("uk", "cae"))
mo("other_job", "pb", "{co}: shortlisting update", "Dear {n},\n\nShortlisting for {role} has been pushed back by a week because a panel member is away. Every application remains undecided.\n\n{co}", "Betony District Council", "betony-dc", role="Harbour Patrol Officer", tz="uk")
mo("job_alert", "ft3", "New jobs at {co}", "Hi {n},\n\n3 new roles near you: Store Supervisor (Ruakaka), Surf School Assistant, Warehouse Casual." + FOOT, ("Selfheal Surf & Paddle", "Selfheal Surf & Paddle"), ("selfheal-surf",), tz=("au", "nz"), x=("3 Marine Pde, Coffs Harbour", "12 Cottonwood Rd, Ruakaka"))
mo("job_alert", "ft4", "Pharmacy jobs this week", "Dear {n},\n\nThese roles match your saved search: Pharmacist Assistant (Ojota), Dispensary Clerk (Ajah)." + FOOT, "Meadowsweet Pharmacies", "meadowsweet-pharm", tz="ng", x="22 Allen Ave, Ojota")
mo("recruiter_outreach", "out", "A role you might like", "Hi {n},\n\nSpotted your profile, and a {x} client's maintenance planner job looks right for you. Decent pay, days only. Got ten minutes this week?\n\n{sig}\n{co}", ("Bushlark Recruitment", "Oribi Search"), ("bushlark-rec", "oribi-search"), tz=("uk", "ke"), x=("food manufacturing", "tea processing"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {x} request with {co} was assessed; it's declined for now. Reply here to get the key reasons.\n\n{co} Lending", ("Ibis Credit Union", "Topi Finance"), ("ibis-credit", "topi-finance"), tz=("ie", "za"), x=("car loan", "personal loan"))
mo("non_job_rejection_words", "flat", "The flat on Hollins Lane", "Hi {n},\n\nCheers for viewing the two-bed. Landlord's picked other tenants, so it's gone. Similar flats will be flagged to you.\n\n{sig}\n{co}", "Nyala Lettings", "nyala-lettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nRidgeline Ultra ballot: the draw passed your entry by this year. You're on the waitlist in case places open up.\n\n{co}", "Colugo Trail Events", "colugo-trails", tz="nz")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nSeed library project: no funding this round, as requests dwarfed the budget.\n\n{sig}\n{co}", "Kudu Community Fund", "kudu-fund", tz="cae")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("bodhran", "Bodhrán maker's apprentice", "Hi {n},\n\nThanks a million for replying to our bodhrán workshop apprenticeship post. A lad from up the road who's been stretching skins here at weekends has got it, which leaves you without a spot. Best of luck.\n\n{sig}\n{co}", "Cnocán Drums", "cnocan-drums", frm=via("Jobquern"), tz="ie")
wo("application_received", "bodhran", "Bodhrán workshop: we have your note", "Hi {n},\n\nGot your message about the apprenticeship, thanks. Apprenticeship or no apprenticeship, I'll ring you myself after the fair in the first week of the month. Nothing decided yet.\n\n{sig}\n{co}", "Cnocán Drums", "cnocan-drums", frm=via("Jobquern"), tz="ie")
wr("trilby", "Millinery bench role", "Dear {n},\n\nYour felt-blocking photographs were lovely. The trilby bench at {co} went to a maker who trained here previously; she accepted, so your application ends there.\n\n{sig}", "Pellingham Hats", "pellingham-hats", frm=via("Hirecrozier"), tz="uk")
wo("interview", "trilby", "Millinery bench – come and see us", "Dear {n},\n\nWe would like you to block a crown with us on {dl} at 10am. Unfortunately the steam kettle is being descaled that morning, so we'll start with trimming.\n\n{sig}\n{co}", "Pellingham Hats", "pellingham-hats", frm=via("Hirecrozier"), tz="uk")
wr("leadlight", "Leadlight glazier", "Hi {n},\n\nRe the leadlight glazing job at {co}: it's gone to the bloke who did our Paddington heritage windows, so not this round, mate. Cheers anyway.\n\n{sig}", "Coogee Leadlights", "coogee-leadlights", frm=via("Crewgimble"), tz="au")
wo("next_steps", "leadlight", "Leadlight glazier – samples", "Hi {n},\n\nTa for applying. Pre-meeting, we'd love photos of two panels you've soldered, by {dl}. Phone shots are fine.\n\n{sig}\n{co}", "Coogee Leadlights", "coogee-leadlights", frm=via("Crewgimble"), tz="au")
wr("espalier", "Espalier nursery assistant", "Dear {n},\n\nMany thanks for wanting to train espaliered pears at {co}. Alas the post went to a gardener from our winter pruning team, leaving nothing open for you.\n\n{sig}", "Treweek Espaliers", "treweek-espaliers", frm=via("Workbollard"), tz="uk")
wo("offer", "espalier", "Espalier nursery – offer", "Dear {n},\n\nWe'd be very glad to have you as nursery assistant at {co}, starting {dl}. Unfortunately the potting shed roof still leaks, so bring a waterproof.\n\n{sig}", "Treweek Espaliers", "treweek-espaliers", frm=via("Workbollard"), tz="uk")
wr("churn", "Butter churn restoration", "Hi {n},\n\nAppreciate you asking about the restoration job at {co}. A cooper who's contracted on our churns is coming aboard, so we'll let your application go. Wishing you well.\n\n{sig}", "Hemlock Run Churns", "hemlockrun-churns", frm=via("Gigcleat"), tz="use")
wo("interview", "churn", "Butter churn restoration – visit", "Hi {n},\n\nCould you come by the barn on {dl} at 1pm to look at a few churns with me? Unfortunately our road is gravel and muddy this time of year, so wear boots.\n\n{sig}\n{co}", "Hemlock Run Churns", "hemlockrun-churns", frm=via("Gigcleat"), tz="use")
wr("stetson", "Hat steaming counter", "Hi {n},\n\nAbout the stetson steaming counter at {co}: a rodeo friend of the family takes it next week, which leaves no opening for you.\n\n{sig}", "Red Mesa Hat Co", "redmesa-hats", frm=via("Shiftwinch"), tz="usc")
wo("application_received", "stetson", "Hat steaming counter – application", "Hi {n},\n\nThanks for applying. Hired or passed over, my phone call comes inside ten days. No need to stop in before then.\n\n{sig}\n{co}", "Red Mesa Hat Co", "redmesa-hats", frm=via("Shiftwinch"), tz="usc")
wr("lasso", "Trick roper for the summer show", "Hi {n},\n\nWe enjoyed your lasso video. {co}'s summer show already has its trick roper, a performer from last year's county fairs, and this season holds no place for you.\n\n{sig}", "Sagebrush Wild West Show", "sagebrush-show", frm=via("Jobcapstan"), tz="usm")
wo("interview", "lasso", "Trick roper – audition", "Hi {n},\n\nCome rope live for us on {dl} at 5pm in the arena. Unfortunately the bleachers are being painted, so there'll be no audience but us.\n\n{sig}\n{co}", "Sagebrush Wild West Show", "sagebrush-show", frm=via("Jobcapstan"), tz="usm")
wr("banjolele", "Ukulele and banjolele repair", "Hi {n},\n\nBanjoleles and ukes at {co}: tough call, but a tech who's handled our fret work for years got it, so yours is a pass.\n\n{sig}", "Seawrack Strings", "seawrack-strings", frm=via("Hiretiller"), tz="usp")
wo("next_steps", "banjolele", "Repair bench – trial job", "Hi {n},\n\nNext step: please set up one banjolele at home and bring it in by {dl}. We'll cover the strings.\n\n{sig}\n{co}", "Seawrack Strings", "seawrack-strings", frm=via("Hiretiller"), tz="usp")
wr("sugarshack", "Sugar shack season help", "Hello {n},\n\nGlad you thought of the sugar shack at {co} for spring. Returning workers fill our boiling-season crew, so there's no hiring for you this year.\n\n{sig}", "Érablière Beaulac", "erabliere-beaulac", frm=via("Crewbilge"), tz="cae")
wo("offer", "sugarshack", "Sugar shack – you're hired", "Hello {n},\n\nGreat news, the tapping crew wants you from {dl}. Unfortunately every bunk is taken, meaning a daily drive in.\n\n{sig}\n{co}", "Érablière Beaulac", "erabliere-beaulac", frm=via("Crewbilge"), tz="cae")
wr("candlewick", "Candlewick bedspread stitcher", "Hi {n},\n\nCandlewick spreads at {co}: a neighbour with years of tufting got the spot, so your application stops here.\n\n{sig}", "Harbourlight Candlewick", "harbourlight-candlewick", frm=via("Workgunwale"), tz="cat")
wo("application_received", "candlewick", "Candlewick stitcher – received", "Hi {n},\n\nThanks for your application. We read every one ourselves; a pass gets told to you, otherwise expect a sample-stitching invite.\n\n{sig}\n{co}", "Harbourlight Candlewick", "harbourlight-candlewick", frm=via("Workgunwale"), tz="cat")
wr("horseshoe", "Forge helper", "Hi {n},\n\nForge helper at {co}: a farrier's apprentice out of Claresholm can start immediately and got hired, so yours goes no further.\n\n{sig}", "Highwood Horseshoeing", "highwood-shoeing", frm=via("Gigrowlock"), tz="cam")
wo("interview", "horseshoe", "Forge helper – come by", "Hi {n},\n\nCan you come to the forge on {dl} at 8am for a trial? Unfortunately the coal delivery is late, so the gas forge it is.\n\n{sig}\n{co}", "Highwood Horseshoeing", "highwood-shoeing", frm=via("Gigrowlock"), tz="cam")
wr("kite", "Kite shop assistant", "Hi {n},\n\nKite shop assistant at {co}: someone from our weekend kiteflying club got it, so it's filled. Thanks again.\n\n{sig}", "Spindrift Kites", "spindrift-kites", frm=via("Jobhalyard"), tz="cap")
wo("next_steps", "kite", "Kite shop – references", "Hi {n},\n\nMoving ahead: two references, please, before {dl}. Unfortunately our phone line is down, so email works best.\n\n{sig}\n{co}", "Spindrift Kites", "spindrift-kites", frm=via("Jobhalyard"), tz="cap")
wr("stockwhip", "Whip plaiter", "G'day {n},\n\nStockwhip plaiting at {co}: we've put on a fella from Adelong who's been plaiting kangaroo hide for twenty years, so we're set.\n\n{sig}", "Nullamunjie Whips", "nullamunjie-whips", frm=via("Shiftbowsprit"), tz="au")
wo("interview", "stockwhip", "Whip plaiter – yarn with us", "G'day {n},\n\nCome out to the shed on {dl} at 9am and plait a keeper with us. Unfortunately the road's washed out at the creek, so take the long way.\n\n{sig}\n{co}", "Nullamunjie Whips", "nullamunjie-whips", frm=via("Shiftbowsprit"), tz="au")
wr("kapahaka", "Costume maker", "Kia ora {n},\n\nNgā mihi for your interest in making kapa haka costumes with {co}. A weaver who's made piupiu for our rōpū for years has the role now, so yours ends here.\n\nNāku noa,\n{sig}", "Te Whare Kākahu", "tewharekakahu", frm=via("Hirekeel"), tz="nz")
wo("offer", "kapahaka", "Costume maker – offer", "Kia ora {n},\n\nJoin us as costume maker from {dl}? Unfortunately the sewing-room heater's packed up; bring layers.\n\nNāku noa,\n{sig}\n{co}", "Te Whare Kākahu", "tewharekakahu", frm=via("Hirekeel"), tz="nz")
wr("potjie", "Foundry hand", "Hi {n},\n\nThe foundry hand post at {co}, casting potjie pots, went to our senior moulder's son, so your application stops.\n\n{sig}", "Ouberg Castings", "ouberg-castings", frm=via("Crewrudder"), tz="za")
wo("application_received", "potjie", "Foundry hand – received", "Hi {n},\n\nYour application reached us. Appointed or passed, you'll get an SMS from us by month-end.\n\n{sig}\n{co}", "Ouberg Castings", "ouberg-castings", frm=via("Crewrudder"), tz="za")
wr("ghungroo", "Bell stringer vacancy", "Dear {n},\n\nFor ghungroo stringing at {co}, a craftswoman from our own lane who strings bells for dance schools is engaged, hence your application stands closed.\n\n{sig}", "Nupur Kala", "nupurkala", frm=via("Workdavit"), tz="in")
wo("next_steps", "ghungroo", "Bell stringer – sample needed", "Dear {n},\n\nKindly string one pair of ghungroo and courier it to us by {dl}. Bells will be posted to you tomorrow.\n\n{sig}\n{co}", "Nupur Kala", "nupurkala", frm=via("Workdavit"), tz="in")
wr("kolhapuri", "Chappal stitcher", "Dear {n},\n\nKolhapuri stitching post at {co} is filled by a karigar known to our owner, so we cannot take you.\n\n{sig}", "Panhala Footwear", "panhala-footwear", frm=via("Gigthwart"), tz="in")
wo("interview", "kolhapuri", "Chappal stitcher – meeting", "Dear {n},\n\nKindly visit the workshop {dl}, 11am. Unfortunately afternoons bring load-shedding here, so we will finish before 1pm.\n\n{sig}\n{co}", "Panhala Footwear", "panhala-footwear", frm=via("Gigthwart"), tz="in")
wr("agbada", "Tailor position", "Good day {n},\n\nRegarding agbada tailor at {co}: Oga brought back his old apprentice from Ikire, so there is no room for you now.\n\n{sig}", "Agbeke Crown Tailoring", "agbekecrown", frm=via("Jobmizzen"), tz="ng")
wo("offer", "agbada", "Tailor position – offer", "Good day {n},\n\nHappy news: the tailor position at {co} is yours from {dl}. Unfortunately the generator is being fixed, hence work will be by daylight this week.\n\n{sig}", "Agbeke Crown Tailoring", "agbekecrown", frm=via("Jobmizzen"), tz="ng")
wr("barong", "Barong embroiderer", "Hi {n},\n\nSalamat po, {n}. An embroiderer from Lumban already took the barong orders, so your application is closed.\n\n{sig}", "Kalinaw Embroidery", "kalinaw-embroidery", frm=via("Shiftfathom"), tz="ph")
wo("application_received", "barong", "Barong embroiderer – received", "Hi {n},\n\nReceived po. Tanggap man o hindi, a text from us comes before month-end.\n\n{sig}\n{co}", "Kalinaw Embroidery", "kalinaw-embroidery", frm=via("Shiftfathom"), tz="ph")
wr("tartan", "Tartan weaver", "Dear {n},\n\nWeaving at {co}: we've appointed someone who ran our double-width loom before, so yours ends here.\n\n{sig}", "Glenquoich Tartans", "glenquoich-tartans", frm=via("Hirecapstone"), tz="uk")
wo("next_steps", "tartan", "Tartan weaver – next step", "Dear {n},\n\nPlease film yourself warping a loom and send it before {dl}. Unfortunately we can't meet in person until the mill reopens.\n\n{sig}\n{co}", "Glenquoich Tartans", "glenquoich-tartans", frm=via("Hirecapstone"), tz="uk")
wr("eiderdown", "Quilt filler", "Kia ora {n},\n\nFilling eiderdowns at {co}: an ex-staffer who knows our down-blowing machine came back, so no job offer for you.\n\n{sig}", "Ashhurst Down Quilts", "ashhurst-quilts", frm=via("Crewlintel"), tz="nz")
wo("interview", "eiderdown", "Quilt filler – interview", "Kia ora {n},\n\nPop in for a yarn, {dl}, 10am? Unfortunately our car park's getting sealed; street parking only.\n\n{sig}\n{co}", "Ashhurst Down Quilts", "ashhurst-quilts", frm=via("Crewlintel"), tz="nz")
wr("waders", "Waders repair", "Hi {n},\n\nPatching waders at {co}: a ghillie from the Moy who mends our kit got it, so nothing doing for you.\n\n{sig}", "Corrib Tackle", "corrib-tackle", frm=via("Workplinth"), tz="ie")
wo("application_received", "waders", "Waders repair – received", "Hi {n},\n\nApplication landed. Picked or not, I'll write before Easter.\n\n{sig}\n{co}", "Corrib Tackle", "corrib-tackle", frm=via("Workplinth"), tz="ie")
wr("boardgame", "Games host", "Hi {n},\n\nBoardgame host at {co}: a regular from our weekly game nights got picked, so we stop here with you.\n\n{sig}", "Dicebox Den", "diceboxden", frm=via("Gigcorbel"), tz="sg")
wo("next_steps", "boardgame", "Games host – short quiz", "Hi {n},\n\nPlease do our short rules quiz online by {dl}. Unfortunately our aircon is being serviced, so trial shifts start after that.\n\n{sig}\n{co}", "Dicebox Den", "diceboxden", frm=via("Gigcorbel"), tz="sg")
wr("yoyo", "Yoyo workshop", "Hi {n},\n\nMaraming salamat po. The Makati buyer cancelled its order, so our yoyo turning workshop won't hire this month.\n\n{sig}", "Bukid Yoyo Crafts", "bukid-yoyo", frm=via("Jobmullion"), tz="ph")
wr("glass", "Studio assistant", "Hello {n},\n\nAt {co}, a glazier from our cathedral stainedglass job has been engaged; your application is closed.\n\n{sig}", "Lavington Glass Studio", "lavington-glass", frm=via("Shiftarchitrave"), tz="ke")
wo("offer", "glass", "Studio assistant – offer", "Hello {n},\n\nThe studio assistant position at {co} is yours from {dl}. Unfortunately our kiln is being rewired, so the first week is cutting only.\n\n{sig}", "Lavington Glass Studio", "lavington-glass", frm=via("Shiftarchitrave"), tz="ke")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rostrum craft jobs this week", "Hi {n},\n\nNew this week: Saddle Stitcher (Teesdale), Luthier Assistant (Hartford), Glass Cutter (Naromoru).\n\nRostrum Weekly", "Rostrum", "rostrum-jobs", frm="Rostrum Weekly <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "class", "Pottery class", "Hi {n},\n\nThanks for your booking request. Wheel-throwing night class is full, so no seat this term, sorry.\n\n{sig}\n{co}", "Claybank Studio", "claybank-studio", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("l-ar", "بخصوص طلبك للعمل في المصبنة", "عزيزتي {n}،\n\nنشكركِ على اهتمامكِ بالعمل في {co}. بعد دراسة الطلبات وقع اختيارنا على مرشحة أخرى لديها خبرة سابقة في تقطيع الصابون وتجفيفه، ولذلك فلن يكون لكِ مكان معنا في هذه الدفعة. مع أطيب الأمنيات.\n\nمع التحية،\n{sig}\n{co}", "مصبنة الزيتونة – عمّان", "zaytouna-soap", tz="jo", lang="ar")
wo("interview", "l-ar", "دعوة إلى مقابلة في المصبنة", "عزيزتي {n}،\n\nنودّ لقاءكِ في {co} يوم {dl} الساعة العاشرة صباحاً. للأسف المصعد خارج الخدمة منذ أيام، فالمشغل في الطابق الثاني والدرج هو الطريق الوحيد.\n\nمع التحية،\n{sig}", "مصبنة الزيتونة – عمّان", "zaytouna-soap", tz="jo", lang="ar")
wr("l-de", "Ihre Bewerbung als Orgelbauer/in", "Guten Tag {full},\n\nschön, dass Sie sich bei uns gemeldet haben. Wir besetzen die Stelle mit einer Orgelbauerin, die schon mit Schleifladen gearbeitet hat; für Sie bleibt deshalb diesmal leider nichts offen. Alles Gute für Sie!\n\nFreundliche Grüße\n{sig}\n{co}", "Orgelbau Kielmann", "orgelbau-kielmann", tz="de", lang="de")
wo("next_steps", "l-de", "Fehlende Unterlagen", "Guten Tag {full},\n\ndamit wir Ihre Bewerbung weiter bearbeiten können, fehlen uns noch Ihr Gesellenbrief und ein Zeugnis des letzten Betriebs. Bitte reichen Sie beides bis zum {dl} nach.\n\nFreundliche Grüße\n{sig}\n{co}", "Orgelbau Kielmann", "orgelbau-kielmann", tz="de", lang="de")
wr("l-es", "Tu postulación en el taller", "Hola, {n}:\n\nTe agradecemos mucho que hayas pensado en {co}. Ya cubrimos el puesto de pintor de cerámica con una persona que se formó aquí mismo en el taller, y por eso ahorita no hay lugar para ti. A ver si más adelante se nos cruzan los caminos.\n\nUn saludo cordial,\n{sig}", "Cerámica Cholula Hermanos Vega", "ceramica-vega", tz="mx", lang="es")
wo("application_received", "l-es", "Recibimos tu postulación", "Hola, {n}:\n\nNos llegó bien tu solicitud de pintor. Te contratemos o no, te llamaremos en cuanto terminemos de revisar todas, más o menos en dos semanas.\n\nUn saludo,\n{sig}\n{co}", "Cerámica Cholula Hermanos Vega", "ceramica-vega", tz="mx", lang="es")
wr("l-fr", "Votre candidature – affinage", "Bonjour {n},\n\nVotre intérêt pour notre cave d'affinage nous a touchés. Nous prenons finalement une personne qui a déjà soigné des tommes en alpage ; nous ne pouvons donc pas retenir votre candidature. Au plaisir peut-être.\n\nCordialement,\n{sig}\n{co}", "Fromagerie Vachon-Brunet", "vachon-brunet", tz="fr", lang="fr")
wo("offer", "l-fr", "Proposition d'embauche", "Bonjour {n},\n\nNous serions ravis de vous confier le poste d'aide-affineur à partir du {dl}. Malheureusement le vestiaire est en travaux, prévoyez donc de venir déjà en tenue la première semaine.\n\nCordialement,\n{sig}\n{co}", "Fromagerie Vachon-Brunet", "vachon-brunet", tz="fr", lang="fr")
wr("l-hi", "पीतल कारीगरी के पद पर आपका आवेदन", "आदरणीय {n},\n\n{co} को याद करने के लिए बहुत आभार। नक्काशी वाला काम उस्ताद अकरम के शागिर्द को सौंपा जा चुका, लिहाज़ा अभी हम किसी और को रख नहीं पाएँगे। ईश्वर आपको बरकत दे।\n\n{sig}\n{co}", "ठठेरा गली शिल्पशाला", "moradabad-peetal", tz="in", lang="hi")
wo("interview", "l-hi", "कारखाने में बातचीत", "आदरणीय {n},\n\n{dl} सवेरे साढ़े दस कारखाने तशरीफ़ लाइए। गली में इन दिनों पाइपलाइन डल रही है, इसलिए पिछवाड़े के फाटक से आइएगा।\n\n{sig}\n{co}", "ठठेरा गली शिल्पशाला", "moradabad-peetal", tz="in", lang="hi")
wr("l-it", "La sua candidatura in bottega", "Gentile {full},\n\nla ringraziamo per averci scritto. Ci abbiamo riflettuto parecchio e alla fine abbiamo affidato il posto di apprendista liutaio a una persona che frequenta già la nostra bottega da un anno. Stavolta, dunque, dobbiamo dirle di no. Le auguriamo ogni bene.\n\nCordiali saluti,\n{sig}\n{co}", "Liuteria Ghisolfi", "liuteria-ghisolfi", tz="it", lang="it")
wo("next_steps", "l-it", "Documenti da inviare", "Gentile {full},\n\nper andare avanti con la sua candidatura ci servono il diploma della scuola di liuteria e due foto di strumenti da lei costruiti. Ce li mandi entro il {dl}, per favore.\n\nCordiali saluti,\n{sig}\n{co}", "Liuteria Ghisolfi", "liuteria-ghisolfi", tz="it", lang="it")
wr("l-ja", "ご応募の件", "{full}様\n\nこのたびは{co}の畳職人見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。ご希望に添えず申し訳ございません。今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}", "高橋畳店", "takahashi-tatami", tz="jp", lang="ja")
wo("application_received", "l-ja", "ご応募受付のお知らせ", "{full}様\n\n{co}の見習い募集へのご応募、確かに受け付けました。結果は採否にかかわらず、二週間以内にお電話でお伝えいたします。\n\n{sig}", "高橋畳店", "takahashi-tatami", tz="jp", lang="ja")
wr("l-ko", "지원 결과 안내", "{full}님, 안녕하세요.\n\n{co} 한지 공방에 관심을 가져 주셔서 감사합니다. 여러 분을 두고 고민한 끝에 이번에는 공방 체험 강사로 함께해 온 분과 일하게 되었습니다. 좋은 소식을 드리지 못해 아쉽습니다. 앞으로 하시는 일이 잘 되시길 바랍니다.\n\n{sig} 드림", "전주 닥나무 한지공방", "dak-hanji", tz="kr", lang="ko")
wo("interview", "l-ko", "면접 일정 안내", "{full}님, 안녕하세요.\n\n{dl} 오후 2시에 공방에서 면접을 보려고 합니다. 아쉽게도 공방 주차장을 고치는 중이라서 버스나 지하철로 오시면 좋겠습니다.\n\n{sig} 드림\n{co}", "전주 닥나무 한지공방", "dak-hanji", tz="kr", lang="ko")
wr("l-pt", "Sobre a sua candidatura", "Olá, {n},\n\nAgradecemos muito o seu interesse no alambique. Conversamos com todo mundo e a escolha caiu em alguém que já moeu cana aqui na safra passada; por isso a sua candidatura para por aqui. Desejamos boa sorte!\n\nAbraço,\n{sig}\n{co}", "Alambique Serra Dourada", "alambique-serradourada", tz="br", lang="pt")
wo("offer", "l-pt", "Proposta de trabalho", "Olá, {n},\n\nÉ com alegria que oferecemos a vaga de auxiliar de destilaria, com início em {dl}. Infelizmente o alojamento ainda está em obra, então por enquanto não há quarto no sítio.\n\nAbraço,\n{sig}\n{co}", "Alambique Serra Dourada", "alambique-serradourada", tz="br", lang="pt")
wr("l-ru", "Ответ по вашему резюме", "Здравствуйте, {full}!\n\nБлагодарим за интерес к нашей самоварной мастерской. Должность досталась мастеру, который раньше лудил наши самовары по договору, так что на этот раз мы с вами не сработаемся. Всего доброго!\n\nС уважением,\n{sig}\n{co}", "Мастерская «Тульский самовар»", "tula-samovar", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Документы для оформления", "Здравствуйте, {full}!\n\nЧтобы двигаться дальше, нам нужны копия трудовой книжки и диплом — не позже {dl}. Сканы можно прислать ответом на это письмо.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Тульский самовар»", "tula-samovar", tz="ru", lang="ru")
wr("l-sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kuomba kazi ya kuchuma karafuu katika {co}. Tumeshampata mtu anayeishi karibu na shamba ambaye amefanya kazi hii misimu mingi, kwa hiyo hatutaweza kukuajiri msimu huu. Mungu akufungulie milango mingine.\n\nWako,\n{sig}", "Shamba la Viungo Kizimbani", "kizimbani-viungo", tz="tz", lang="sw")
wo("application_received", "l-sw", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limetufikia. Iwe umepata au hukupata nafasi, tutakupigia simu mwezi huu ukiisha.\n\nWako,\n{sig}\n{co}", "Shamba la Viungo Kizimbani", "kizimbani-viungo", tz="tz", lang="sw")
wr("l-th", "ผลการสมัครงานที่สวน", "ถึง คุณ{full}\n\nขอบคุณมากค่ะที่นึกถึง{co} รอบนี้สวนเลือกพี่ในหมู่บ้านที่เคยช่วยเคี่ยวตาลกับเรามาหลายปีแล้ว เลยไม่มีตำแหน่งว่างสำหรับคุณค่ะ ขอให้เจองานดี ๆ นะคะ\n\n{sig}", "สวนน้ำตาลมะพร้าวบ้านแพ้ว", "banphaeo-sugar", tz="th", lang="th")
wo("interview", "l-th", "ชวนมาคุยที่สวน", "ถึง คุณ{full}\n\nอยากชวนมาคุยกันที่สวนวันที่ {dl} ช่วงสายค่ะ แต่ถนนหน้าสวนซ่อมอยู่ รบกวนอ้อมมาทางวัดนะคะ\n\n{sig}\n{co}", "สวนน้ำตาลมะพร้าวบ้านแพ้ว", "banphaeo-sugar", tz="th", lang="th")
wr("l-tr", "Başvurunuz hakkında", "Sayın {full},\n\nBakırcı atölyemizi düşündüğünüz için sağ olun. Kalaycılıktan gelen bir ustayı aldık, dolayısıyla bu sefer size yer açamıyoruz. İleride yollarımızın kesişmesini dileriz.\n\nSaygılarımızla,\n{sig}\n{co}", "Zincirli Bakırcılar", "zincirli-bakir", tz="tr", lang="tr")
wo("offer", "l-tr", "İş teklifimiz", "Sayın {full},\n\nAtölyemizde çırak olarak {dl} tarihinden itibaren çalışmanızı teklif etmekten memnuniyet duyarız. Maalesef ocak tamirde, ilk hafta sadece dövme işi yapacağız.\n\nSaygılarımızla,\n{sig}\n{co}", "Zincirli Bakırcılar", "zincirli-bakir", tz="tr", lang="tr")
wr("l-ur", "آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\n{co} میں ٹرک آرٹ کا کام سیکھنے میں دلچسپی دکھانے پر ممنون ہیں۔ یہ کام اب ہمارے پرانے کاریگر استاد کے شاگرد کو مل گیا ہے، چنانچہ اس دفعہ آپ کی باری نہیں آ سکی۔ دعا ہے جلد اچھا روزگار ملے۔\n\n{sig}", "کراچی رنگ ٹرک آرٹ", "karachi-rang", tz="pk", lang="ur")
wo("next_steps", "l-ur", "کاغذات بھیجنے کی گزارش", "محترمہ {n}،\n\nآگے بڑھنے کے لیے {dl} تک شناختی کارڈ کی نقل اور بنائے ہوئے کام کی تین تصویریں ارسال کر دیجیے۔\n\n{sig}\n{co}", "کراچی رنگ ٹرک آرٹ", "karachi-rang", tz="pk", lang="ur")
wr("l-zh", "关于您的求职申请", "{full}您好：\n\n感谢您对{co}的关注。经过综合考虑，我们已经录用了一位在本厂做过多年泥料加工的师傅，所以这次就不安排您来面试了。祝您早日找到合适的工作。\n\n{sig}\n{co}", "宜兴丁蜀紫砂工坊", "dingshu-zisha", tz="cn", lang="zh")
wo("application_received", "l-zh", "已收到您的申请", "{full}您好：\n\n您的求职材料我们已经收到。不管最后是否录用，我们都会在两周内给您回电话。\n\n{sig}\n{co}", "宜兴丁蜀紫砂工坊", "dingshu-zisha", tz="cn", lang="zh")
wr("l-mar", "पैठणी विणकर पदाबाबत", "{n} यांस,\n\n{co} चा विचार केल्याबद्दल आभारी आहोत. हे काम आम्ही गावातल्याच एका जुन्या विणकर ताईंना दिले आहे, म्हणून सध्या तुम्हाला घेणे जमणार नाही. पुढच्या कामासाठी मनापासून शुभेच्छा.\n\n{sig}\n{co}", "निफाड विणकर हातमाग", "niphad-hatmag", tz="in", lang="mar")
wo("interview", "l-mar", "भेटीसाठी बोलावणे", "{n} यांस,\n\n{dl} रोजी सकाळी दहाला हातमाग केंद्रावर भेटायला या. दुर्दैवाने दुपारनंतर इथे वीज नसते, त्यामुळे उशीर करू नका.\n\n{sig}\n{co}", "निफाड विणकर हातमाग", "niphad-hatmag", tz="in", lang="mar")
wr("l-ltz", "Är Bewerbung bei eis", "Moien {n},\n\nVillmools Merci, datt Dir un eise Wéngert geduecht hutt. Mir hunn eis fir eng Persoun entscheet, déi schonn zwee Hierschter bei eis gelies huet, a fir Iech ass dës Kéier näischt méi fräi. Mir wënschen Iech vill Gléck.\n\nMat beschte Gréiss,\n{sig}\n{co}", "Wënzer Schmit-Hoffelt", "schmit-hoffelt", tz="lu", lang="ltz")
wo("next_steps", "l-ltz", "Dokumenter fir Är Bewerbung", "Moien {n},\n\nFir weiderzekommen, brauche mir nach eng Kopie vun Ärer Carte d'identité an Ären Ausbildungsnoweis. Schéckt eis dat w.e.g. bis de {dl}.\n\nMat beschte Gréiss,\n{sig}\n{co}", "Wënzer Schmit-Hoffelt", "schmit-hoffelt", tz="lu", lang="ltz")
wr("l-est", "Vastus Teie kandideerimisele", "Tere, {n}!\n\nSuur tänu, et soovisite meile saunaehitajaks tulla. Valisime seekord inimese, kes on meiega juba mitu suve palkmaju ehitanud, nii et Teie kandidatuuriga me edasi ei lähe. Soovime Teile edu!\n\nParimate soovidega\n{sig}\n{co}", "Kurvitsa Saunameistrid", "kurvitsa-saun", tz="ee", lang="est")
wo("application_received", "l-est", "Saime Teie avalduse kätte", "Tere, {n}!\n\nTeie avaldus jõudis meieni. Ükskõik, kas valime Teid või mitte, anname teada hiljemalt kahe nädala pärast.\n\nParimate soovidega\n{sig}\n{co}", "Kurvitsa Saunameistrid", "kurvitsa-saun", tz="ee", lang="est")
wr("l-slk", "Odpoveď na Vašu žiadosť", "Dobrý deň, {full},\n\nďakujeme, že ste sa ozvali do fujarovej dielne. Miesto dostal učeň, ktorý u nás už dva roky vŕta a ladí píšťaly, a tak pre Vás teraz nič voľné nemáme. Prajeme veľa šťastia.\n\nS pozdravom\n{sig}\n{co}", "Fujarová dielňa Podpoľanie", "fujara-podpolanie", tz="sk", lang="slk")
wo("offer", "l-slk", "Ponuka práce", "Dobrý deň, {full},\n\nradi by sme Vám ponúkli miesto pomocníka v dielni od {dl}. Žiaľ, sušiareň dreva sa ešte opravuje, takže prvé týždne budete najmä brúsiť.\n\nS pozdravom\n{sig}\n{co}", "Fujarová dielňa Podpoľanie", "fujara-podpolanie", tz="sk", lang="slk")
wr("l-hrv", "Vezano uz Vašu prijavu", "Dobar dan, {full},\n\nhvala Vam na prijavi za sezonski posao na našem polju lavande. Odabrali smo osobu s otoka koja nam već godinama pomaže oko destilacije, pa Vas ovaj put nažalost ne možemo zaposliti. Puno sreće!\n\nSrdačan pozdrav,\n{sig}\n{co}", "Lavanda Brusje", "lavanda-brusje", tz="hr", lang="hrv")
wo("interview", "l-hrv", "Poziv na razgovor", "Dobar dan, {full},\n\npozivamo Vas na razgovor {dl} u 10 sati kod destilerije. Nažalost, trajekt tog dana kasni zbog radova u luci, pa krenite ranijim.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Lavanda Brusje", "lavanda-brusje", tz="hr", lang="hrv")
wr("l-ukr", "Щодо вашої заявки", "Добрий день, {full}!\n\nДякуємо, що відгукнулися на вакансію вишивальниці в нашій майстерні. Ми вирішили взяти майстриню, яка вже кілька років вишиває для нас сорочки на замовлення, тож цього разу співпраці з вами не буде. Бажаємо успіхів!\n\nЗ повагою,\n{sig}\n{co}", "Майстерня «Полтавська нитка»", "poltavska-nytka", tz="ua", lang="ukr")
wo("next_steps", "l-ukr", "Документи для наступного кроку", "Добрий день, {full}!\n\nНадішліть, будь ласка, фото трьох ваших вишитих робіт і копію паспорта до {dl}. Можна просто відповісти на цей лист.\n\nЗ повагою,\n{sig}\n{co}", "Майстерня «Полтавська нитка»", "poltavska-nytka", tz="ua", lang="ukr")
wr("l-dan", "Svar på din ansøgning", "Hej {n}\n\nMange tak for din ansøgning som smørrebrødsjomfru. Pladsen er gået til en, som allerede tager weekendvagter i køkkenet, så vi må desværre sige nej denne gang. Alt det bedste til dig.\n\nVenlig hilsen\n{sig}\n{co}", "Frøken Juuls Smørrebrød", "juuls-smoerrebroed", tz="dk", lang="dan")
wo("application_received", "l-dan", "Ansøgning modtaget", "Hej {n}\n\nTusind tak, vi har fået dine papirer. Uanset om det bliver ja eller nej, hører du fra os inden udgangen af næste uge.\n\nVenlig hilsen\n{sig}\n{co}", "Frøken Juuls Smørrebrød", "juuls-smoerrebroed", tz="dk", lang="dan")
wr("l-hun", "Jelentkezésével kapcsolatban", "Kedves {n}!\n\nÖrülünk, hogy gondolt a paprikamalmunkra. Olyan munkatársat választottunk, aki már több szezont dolgozott nálunk az őrlésnél, ezért most nem tudjuk felvenni. Sok sikert kívánunk a további kereséshez!\n\nÜdvözlettel:\n{sig}\n{co}", "Bátyai Piros Malom", "batyai-malom", tz="hu", lang="hun")
wo("interview", "l-hun", "Meghívás beszélgetésre", "Kedves {n}!\n\nSzeretnénk, ha {dl} délelőtt 10 órakor eljönne a malomba egy beszélgetésre. Sajnos a főbejáratot éppen felújítják, kérjük, az udvar felől jöjjön.\n\nÜdvözlettel:\n{sig}\n{co}", "Bátyai Piros Malom", "batyai-malom", tz="hu", lang="hun")
wr("l-ron", "Răspuns la candidatura dumneavoastră", "Bună ziua, {full},\n\nVă mulțumim pentru interesul arătat atelierului nostru de ceramică. Postul l-am dat unei vecine din sat care ne pictează farfuriile de ani buni, deci acum nu avem loc pentru dumneavoastră. Toate cele bune.\n\nCu stimă,\n{sig}\n{co}", "Atelierul de Ceramică Horezu Olaru", "horezu-olaru", tz="ro", lang="ron")
wo("offer", "l-ron", "Ofertă de angajare", "Bună ziua, {full},\n\nNe bucurăm să vă oferim postul de ucenic olar începând cu {dl}. Din păcate cuptorul mare e în reparație, așa că la început veți lucra doar la roată.\n\nCu stimă,\n{sig}\n{co}", "Atelierul de Ceramică Horezu Olaru", "horezu-olaru", tz="ro", lang="ron")
wr("l-mkd", "Одговор на вашата пријава", "Добар ден, {full},\n\nБлагодариме што се јавивте за работа кај нас, во работилницата за бисери. Се одлучивме за човек кој веќе учи кај нас изработка на бисери, па овој пат не можеме да ви понудиме место. Ви посакуваме многу успех.\n\nСо почит,\n{sig}\n{co}", "Работилница за бисер Талев, Струга", "talev-struga", tz="mk", lang="mkd")


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
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}",
    "pol": "{dd}.{mm}.{y}", "mar": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hun": "{y}. {mm}. {dd}.", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind82:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 81; this slice and any later one are skipped by number."""
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
