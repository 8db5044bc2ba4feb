# ruff: noqa: E501, S311
"""Write the seventy-eighth sealed blind slice for issue 11 (blind-slice-78.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 78 and later never read; our side printed)
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

SEED = 780781
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-78.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 78
SKIP_FROM = 78  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest

RECIPIENTS = [
    "Imogen Thackeray", "Padraig Hennessy", "Ishaan Bhatt", "Fraser McAllister", "Thandeka Dlamini",
    "Wiremu Karaka", "Rosalind Fairweather", "Niamh Brennan", "Chukwudi Eze", "Henrietta Lowther",
    "Funmilayo Ajayi", "Sizwe Mabaso", "Anjali Pillai", "Cian Mullane", "Ngozi Nwachukwu",
    "Rupert Ashdown", "Kiri Pomare", "Aoife Gallagher", "Debashis Ghosh", "Colm Tierney",
    "Palesa Mokoena", "Hamish Guthrie", "Vikram Sethi", "Wanjiru Gitau", "Eoghan Daly",
    "Yaw Boateng", "Themba Nkosi", "Shreya Iyer", "Maeve Cassidy", "Tochukwu Okafor",
    "Winifred Shand", "Pooja Reddy", "Jepkoech Rotich", "Marie-Ève Tremblay", "Ruairí Walsh",
    "Ugochi Onyekachi", "Beatrix Holloway", "Manaia Tuilagi", "Akinyi Otieno", "Cordelia Harcourt",
]
REGION_SIGNERS = {
    "uk": ["Rosamund Teague", "Hamish Dalgleish", "Nasreen Begum", "Crispin Yeoman", "Tamsin Trevithick", "Nigel Ormerod"],
    "ie": ["Síle Ní Dhonnabháin", "Donncha Ó Sé", "Bríd Cahill", "Fintan Lacey"],
    "us": ["Marisol Vega", "Eli Yoder", "Tamika Brooks", "Lars Halvorsen", "Ruth Feldman"],
    "ca": ["Mélanie Bouchard", "Gurpreet Dhillon", "Oksana Melnyk", "Duncan MacLeod"],
    "au": ["Kylie Brennan", "Stavros Kallis", "Narelle Dawson", "Minh Tran"],
    "nz": ["Rangi Paewai", "Jocelyn Hart", "Sione Latu", "Ataahua Ngata"],
    "za": ["Busisiwe Ngcobo", "Johan Steyn", "Thabo Molefe", "Marlize Botha"],
    "in": ["Meera Subramanian", "Anil Deshpande", "Farzana Qureshi", "Suresh Gowda"],
    "ng": ["Folake Adeyemi", "Chinedu Okeke"], "ke": ["Wambui Njoroge", "Kipchumba Kosgei"],
    "ph": ["Marites Dela Cruz", "Jun Villanueva"], "sg": ["Lim Hui Min", "Rajan Pillai"],
    "rs": ["Jelena Stojanović", "Dragan Petrović"], "gr": ["Eleni Papadaki", "Nikos Georgiou"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نورة العتيبي", "لطيفة الغامدي"], "de": ["Hildegard Brandl", "Korbinian Huber"],
    "es": ["Remedios Boix", "Vicent Sempere"], "fr": ["Gwenaëlle Le Goff", "Yannick Kerjean"],
    "hi": ["कमला अग्रवाल", "नरेश सक्सेना"], "it": ["Ornella Bassi", "Gianluca Ferri"],
    "ja": ["坂本 美和", "中島 誠"], "ko": ["김순자", "박정우"], "pt": ["Conceição Alves", "Rui Carvalho"],
    "ru": ["Галина Соколова", "Андрей Морозов"], "sw": ["Mwanaisha Juma", "Salim Kombo"],
    "th": ["มาลัย แสงทอง", "จันทร์เพ็ญ บุญมา"], "tr": ["Sevgi Yılmaz", "Murat Kaya"],
    "ur": ["رخسانہ بیگم", "شازیہ نواز"], "zh": ["周丽华", "沈志明"],
    "srp": ["Милица Јовановић", "Небојша Илић"], "yue": ["黃美玲", "梁志強"],
    "cat": ["Montserrat Puig", "Jordi Casals"], "nor": ["Solveig Haugen", "Torbjørn Lien"],
    "fin": ["Riitta Heikkinen", "Pekka Laitinen"], "ell": ["Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου"],
    "vie": ["Đỗ Thị Lan", "Hoàng Văn Tùng"], "afr": ["Elsabé Coetzee", "Gerrit Pretorius"],
    "tgl": ["Corazon Bautista", "Ramon Santos"], "fas": ["مریم رضایی", "علی محمدی"],
}
LANG_RECIPIENTS = {
    "ar": ["سارة الحربي", "هند الزهراني"], "de": ["Franziska Lehmann", "Lukas Hartmann"],
    "es": ["Lucía Ferrer", "Pau Ribes"], "fr": ["Maëlle Le Bihan", "Corentin Morvan"],
    "hi": ["प्रिया माथुर", "अंकित वर्मा"], "it": ["Giulia Rossetti", "Matteo Conti"],
    "ja": ["藤田 彩", "小林 健太"], "ko": ["한지민", "서준호"], "pt": ["Inês Pereira", "Duarte Fonseca"],
    "ru": ["Екатерина Белова", "Илья Новиков"], "sw": ["Neema Mollel", "Juma Bakari"],
    "th": ["สุนิสา พรหมมา", "ณัฐพล แก้วใส"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["عائشہ طارق", "مہوش انور"], "zh": ["李静怡", "张浩然"],
    "srp": ["Ана Марковић", "Стефан Николић"], "yue": ["陳嘉欣", "何俊傑"],
    "cat": ["Laia Vidal", "Núria Soler"], "nor": ["Ingrid Bakken", "Sindre Moen"],
    "fin": ["Aino Virtanen", "Eero Koskinen"], "ell": ["Δήμητρα Νικολάου", "Κατερίνα Παππά"],
    "vie": ["Lê Thu Trang", "Phạm Quốc Bảo"], "afr": ["Anika van Wyk", "Ruan Fourie"],
    "tgl": ["Liza Mendoza", "Paolo Reyes"], "fas": ["نگار احمدی", "سینا کریمی"],
}
GIVEN = {
    "Síle Ní Dhonnabháin": "Síle", "Donncha Ó Sé": "Donncha", "Lim Hui Min": "Hui Min",
    "Marites Dela Cruz": "Marites", "Marie-Ève Tremblay": "Marie-Ève",
    "坂本 美和": "美和", "中島 誠": "誠", "藤田 彩": "彩", "小林 健太": "健太",
    "Đỗ Thị Lan": "Lan", "Hoàng Văn Tùng": "Tùng", "Lê Thu Trang": "Trang", "Phạm Quốc Bảo": "Bảo",
}
PROVIDERS = ["puffinpost", "shearwatermail", "fulmarbox", "gannetnet", "petrelmail", "skuabox"]

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
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind78-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, ta for the shop-floor tour Wednesday. Manual-handling cert no. and my old gaffer's mobile are below, as asked.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "Requisition {ref} – {role}: update", "Dear {n},\n\nRequisition {ref} ({role}) is shut with nobody appointed. {x}\n\nSo your application finishes with it. Your profile remains live for other postings.\n\n{co} Talent Acquisition", ("Halloran Freight Rooms", "Mossgiel Printworks"), ("hallorancareers", "mossgielprint"), frm="{co} <wd-notify@{dom}>", role=("Dock Scheduler", "Guillotine Operator"), tz=("uk", "cae"), x=("The scheduling desk has been merged into the night shift's duties.", "Trimming now goes to the partner bindery."))
mr("ghouse", "Your application to {co}", "Hello {n},\n\nRe {role}: an offer went out to somebody whose history matched {x}, and it was accepted.\n\nNew openings go up most Thursdays.\n\nThe {co} hiring team", ("Quarrymoor Ceramics", "Tolliver Rigging"), ("quarrymoor", "tolliverrig"), frm="{co} Recruiting <no-reply@{dom}>", role=("Glaze Technician", "Stage Flyman"), tz=("usp", "au"), x=("the slip-casting side almost exactly", "counterweight flying in larger venues"))
mr("lever", "{role} at {co}", "Hi {n},\n\nWe've worked through the {role} pile. Others whose {x} lines up nearer the crew's needs are moving on. Your details are kept {y} in case a slot opens.\n\nCheers,\n{sig}, {co}", ("Brackenhurst Smokery", "Pelorus Sailmakers"), ("brackenhurst", "pelorussails"), frm="{sig} <{sl}@{dom}>", role=("Kiln Loader", "Loft Hand"), tz=("uk", "nz"), x=("cold-room experience", "heavy-canvas sewing"), y=("eight months", "a year"))
mr("smartr", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>This application stops here, with thanks for your time.</p><p>{co} People Team</p></body></html>", ("Ardnacross Distillers", "Hollowbrook Dairy"), ("ardnacross", "hollowbrookdairy"), frm="{co} Jobs <careers@{dom}>", role=("Cask Hall Operative", "Bottling Line Lead"), tz=("ie", "usc"), x=("Finalised – post taken by an internal mover", "Finalised – another applicant appointed"))
mr("icims", "{co}: {role} decision", "Dear {n},\n\nYour application for {role} (req. {ref}) is now marked: Not Selected – {x}.\n\nThink that's wrong? Send the missing item in five working days.\n\n{co} Recruitment Services", ("Corrib Haulage", "Stannard Transit"), ("corribhaulage", "stannardtransit"), frm="{co} <icims-alerts@{dom}>", role=("Tipper Driver", "Paratransit Operator"), tz=("ie", "use"), x=("CPC Card Expired", "Drug Screen Consent Not Returned"))
mr("taleo", "Job {ref} – {role}", "Dear {n},\n\nThe posting you applied for has the status: {x}.\n\nNobody is being hired on it, so applications to it are closed too.\n\n{co} Recruiting", ("Kestonbury Lodge Hotel", "Whitmarsh Conference Centre"), ("kestonbury", "whitmarshcc"), frm="{co} <taleo@{dom}>", role=("Night Porter", "AV Setup Technician"), tz=("uk", "cam"), x=("Cancelled – night desk covered by the sister property", "Withdrawn – AV work now contracted out"))
mr("workable", "{co} – {role}", "Hi {n},\n\nThe {role} post drew {x} applications and we phoned {y}. Your CV got a proper read but missed that phone list, so it stops there for now.\n\nGood luck,\n{sig}\n{co}", ("Tuppence Bakeries", "Kilnfield Garden Centre"), ("tuppencebakes", "kilnfield"), role=("Bench Baker", "Plant Area Assistant"), tz=("uk", "za"), x=("eighty-four", "one hundred and twelve"), y=("nine", "twelve"))
mr("bamboo", "About the {role} opening", "Dear {n},\n\nYour {role} application to {co} was much appreciated. Turns out we won't fill it: {x}.\n\nSorry, after the trouble you took.\n\nWarm regards,\n{sig}", ("Wrenfold Cycles", "Gannet Books"), ("wrenfoldcycles", "gannetbooks"), role=("Workshop Assistant", "Weekend Bookseller"), tz=("use", "nz"), x=("the hours have been shared out among the current mechanics", "our Sunday team is covering it between them"))
mr("teamtailor", "{role} – {co}", "Dear {n},\n\nMany thanks you wrote us. After comparing of all profiles we go further with another candidate for {role}, one who already has {x}. We hope you find a good place soon.\n\nBest greetings,\n{sig}\n{co}", ("Dunavski Panels", "Egnatia Marble Works"), ("dunavpanels", "egnatiamarble"), role=("CNC Edge Bander", "Slab Polisher"), tz=("rs", "gr"), x=("three years on edge banding lines", "experience on bridge saws"))
mr("personio", "Your application: {role}", "Hello {n},\n\nWe are writing to you about {role}. The position is now given to another applicant and for this reason we cannot take your application in the next round. {x}\n\nKind greetings from {co}\n{sig}", ("Sremska Bakehouse", "Thessalia Olive Press"), ("sremska", "thessaliapress"), role=("Dough Room Helper", "Press Room Assistant"), tz=("rs", "gr"), x=("We keep your data six months, if you agree.", "Your documents are deleted after the season ends."))
mr("pinpoint", "{co}: {role} shortlisting", "Dear {n},\n\n{role} shortlist is finished. Marked on the person spec, you scored {x}; interviews started at {y}, so no invite this round.\n\nThank you,\n{sig}\n{co}", ("Harrowgate Organ Builders", "Tinsley Bell Foundry"), ("harrowgateorgans", "tinsleybells"), role=("Voicing Assistant", "Moulding Hand"), tz=("uk", "uk"), x=("16 of 40", "12 of 35"), y=("27", "21"))
mr("jazz", "Re: {role}", "Hey {n},\n\nCheers for the {role} application. Customers keep asking for {x}, so we signed someone who does just that; spot's taken.\n\nRock on,\n{sig}\n{co}", ("Jackdaw Party Hire", "Bluegate Events"), ("jackdawparty", "bluegateevents"), role=("Kids' Entertainer", "Roaming Performer"), tz=("usc", "au"), x=("balloon modelling", "living-statue acts"))
mr("ashby", "{co} update – {role}", "Hi {n}!\n\nSalamat po for applying as {role}. We have chosen someone with {x} na, so yours will stop here po. Keep safe and God bless on the job hunt!\n\n{sig}\n{co}", ("Malabon Kakanin Co.", "Taal Coffee Roasters"), ("malabonkakanin", "taalroasters"), role=("Steamer Crew", "Roastery Helper"), tz=("ph", "ph"), x=("steamer-room work from a family stall", "two seasons of roasting"))
mr("one-uk", "Saturday job", "Hi {n},\n\nTa for the CV, love. Our Jen's lad has done his GCSEs and bagged Saturdays, so I'm full up. Good luck.\n\n{sig}\nPenhallow Pasties", "Penhallow Pasties", "penhallowpasties", tz="uk")
mr("one-ie", "The shop job", "Hi {n},\n\nGrand to have you call in. We've kept it in the family in the end, my nephew is home after his first year at college and he's doing the counter till Christmas. Best of luck with it.\n\n{sig}\nClonegal Saddlery", "Clonegal Saddlery", "clonegalsaddlery", tz="ie")
mr("one-us", "farm stand", "Hey {n}, thanks for stopping by the peach stand. Our girl's back from college for summer and she's got it covered. Maybe next year!\n{sig}\nOsgood Orchard Stand", "Osgood Orchard Stand", "osgoodorchard", tz="use")
mr("one-ca", "Fry truck", "Hi {n},\n\nGot your note re the fry truck. This season it's only me and the wife, and we'll run it between us. Good luck, eh.\n\n{sig}\nBannockburn Fries", "Bannockburn Fries", "bannockfries", tz="cat")
mr("one-au", "Nursery casual", "G'day {n},\n\nThanks for dropping your resume off. The girl from next door finished her horticulture course and she's taken the casual spot. All the best, mate.\n\n{sig}\nMyall Creek Natives", "Myall Creek Natives", "myallnatives", tz="au")
mr("one-nz", "Packhouse", "Kia ora {n},\n\nCheers for getting in touch. Our packhouse is full, everyone from last season came back. Sorry about that and good luck.\n\n{sig}\nKaiapoi Cherry Shed", "Kaiapoi Cherry Shed", "kaiapoicherry", tz="nz")
mr("one-za", "Vacancy at the stall", "Hi {n}\n\nThanks for stopping by. Aunty Fatima's girl wrote matric and now she's on the stall, so the post is taken. Good luck hey.\n\n{sig}\nKoesister Corner Mitchells Plain", "Koesister Corner", "koesistercorner", tz="za")
mr("one-in", "Regarding salesman post", "Dear {n},\n\nThanks for coming to showroom. Our old salesman Raghavan sir returned from his village, so no vacancy is there now. We wish you success.\n\nRegards,\n{sig}\nKanchipuram Weaves Emporium", "Kanchipuram Weaves Emporium", "kanchiweaves", tz="in")
mr("one-ng", "Sales girl position", "Good day {n},\n\nWe got your CV. Oga has brought in his cousin's girl fresh from NYSC, so the seat is filled. Wishing you well.\n\n{sig}\nAdunni Provisions", "Adunni Provisions", "adunniprovisions", tz="ng")
mr("one-ke", "Shop attendant", "Hello {n},\n\nAsante for visiting the shop. Mzee's sister's boy, just out of form four, is doing it, so it's taken for now. Blessings in your search.\n\n{sig}\nKamau Farm Store", "Kamau Farm Store", "kamaufarmstore", tz="ke")
mr("one-ph", "Re: crew application", "Hi {n},\n\nThank you for applying po. Our Marikina branch is closing na this month-end, so hiring is stopped. Ingat always!\n\n{sig}\nLugawan ni Aling Pacing", "Lugawan ni Aling Pacing", "alingpacing", tz="ph")
mr("one-sg", "Stall helper", "Hi {n},\n\nThanks for asking ah. From next month Uncle opening only Tues to Fri, so he doesn't need an extra helper after all. Sorry ah, all the best.\n\n{sig}\nAh Seng Fishball Noodles", "Ah Seng Fishball Noodles", "ahsengnoodles", tz="sg")
mr("one-rs", "Position in bakery", "Dear {n},\n\nThanks that you came. Boss gives this work to son of his kum, who is with us since summer already. Much luck for you.\n\nGreetings,\n{sig}\nPekara Zlatni Klas", "Pekara Zlatni Klas", "zlatniklas", tz="rs")
mr("one-gr", "Waiter position", "Dear {n},\n\nThanks for interest. This summer our nephew serves the tables, so we are not looking more for people. Good luck with everything.\n\n{sig}\nTaverna Thalassaki", "Taverna Thalassaki", "thalassaki", tz="gr")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-cheese", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nCheers again for trekking round the site with us. {role} has gone to {x}; she said yes yesterday and starts in a fortnight.\n\nWarm wishes,\n{sig}\n{co}\n\n{OUT}", ("Scarside Creamery", "Cobbold Cheese Cooperative"), ("scarsidecreamery", "cobboldcheese"), role=("Maturing Room Assistant", "Cheesemaker Trainee"), tz=("uk", "use"), x=("a farmhouse cheesemaker from up the valley", "a woman who ran a goat dairy's make room"))
mr("thr-vet", "Re: [EXT] Re: Locum follow-up", "Dear {n},\n\nSorry to keep you hanging. Thursday's partners' meeting appointed {x} as {role}; I'd sooner you heard it from me personally.\n\nAll best,\n{sig}\n{co}\n\n{GM}", ("Tarnbeck Veterinary Group", "Larchmont Animal Hospital"), ("tarnbeckvets", "larchmontah"), role=("Large Animal Vet", "Veterinary Nurse"), tz=("uk", "cap"), x=("a colleague returning from parental leave", "a nurse who did her final placement with us"))
mr("thr-school", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nThe children still hum your water-cycle song. Governors went with {x} for {role}.\n\nWith kind regards,\n{sig}\nHeadteacher, {co}\n\n{ORIG}", ("Aldersyke Primary", "St Brendan's National School"), ("aldersyke", "stbrendansns"), role=("Year 4 Teacher", "Special Education Teacher"), tz=("uk", "ie"), x=("a supply teacher the children know well", "a candidate from the neighbouring parish school"))
mr("thr-store", "Re: [EXT] Re: Supervisor interview", "Hello {n},\n\nThanks for finding time for the store visit. Management went for {x} as {role} after round two, and he has accepted.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Ebeano Market Ikoyi", "Greenfields Fresh Mart Juja"), ("ebeanomarket", "jujafreshmart"), role=("Floor Supervisor", "Fresh Produce Supervisor"), tz=("ng", "ke"), x=("a man from our Ajah branch", "our deputy from the night shift"))
mr("thr-theatre", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely having you in. For {role} the panel picked {x}; she's accepted and joins for spring term.\n\nThank you for the warmth you brought into the room.\n{sig}\n{co}\n\n{OUT}", ("Lanternfly Youth Theatre", "Gallowgate Young Company"), ("lanternflytheatre", "gallowgateyc"), role=("Drama Facilitator", "Outreach Coordinator"), tz=("uk", "nz"), x=("a facilitator who already runs our Saturday group", "a local director known to many of the families"))
mr("thr-bike", "Re: [EXT] RE: Mechanic trial", "Hey {n},\n\nCheers for the trial shift. Collective vote went to {x}, who joins as {role} next month. We genuinely enjoyed having you at the stand.\n\nRide safe,\n{sig}\n{co}\n\n{GM}", ("Spokehaven Bike Collective", "Freewheel Cooperative"), ("spokehaven", "freewheelcoop"), role=("Co-op Mechanic", "Workshop Lead"), tz=("cap", "au"), x=("Dez, a volunteer of nine years", "a wheelbuilder who has been helping on Tuesdays"))
mr("thr-clinic", "RE: [EXT] Re: Interview on Tuesday", "Dear {n},\n\nThanks for popping in to meet everyone. {x} has been appointed {role} and confirmed this morning.\n\nKind regards,\n{sig}\nPractice Manager, {co}\n\n{ORIG}", ("Mayfield Speech Therapy", "Wharfside Physio"), ("mayfieldspeech", "wharfsidephysio"), role=("Speech and Language Therapist", "Musculoskeletal Physio"), tz=("za", "sg"), x=("a therapist rejoining after two years away", "a physio who did our locum cover back in spring"))
mr("thr-bead", "Re: [EXT] Re: Coordinator post", "Hello {n},\n\nThanks for visiting the co-op, and for waiting. At Saturday's meeting members chose {x} as {role}. It was a hard choice.\n\nBlessings,\n{sig}\n{co}\n\n{RULE}", ("Ushanga Women's Group", "Isiphiwo Beadwork Co-op"), ("ushangawomen", "isiphiwobeads"), role=("Co-op Coordinator", "Sales Coordinator"), tz=("ke", "za"), x=("a member who has kept the books since last year", "a young woman from our own craft group"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n— — —\n{co} Careers · Stores · Gift Cards\nFresh roles land each Friday: tick Weekly Roles Digest in your profile to have them posted to you.\nMailed because your CV sits in our careers portal. Reg. office Unit {ref}, Ferrybank Park. This mailbox is unmonitored."
mr("foot-garden", "Your application for {role}", "Dear {n},\n\nWe've gone through the {role} forms and yours stops at this round; we're not taking it on to interview.\n\nKind regards,\n{co} Recruitment" + FOOT, ("Bramblegate Garden Stores", "Dunmore Gardencentres"), ("bramblegate", "dunmoregardens"), frm="{co} Careers <careers@{dom}>", role=("Seasonal Plant Assistant", "Aquatics Assistant"), tz=("uk", "ie"))
mr("foot-home", "Update on your application", "Hi {n},\n\nAbout {role}: hiring managers have read your form, and it's been set aside at this stage.\n\nThe {co} Talent Team" + FOOT, ("Cordwood Home Supply", "Northshore Hardware Depot"), ("cordwoodhome", "northshorehd"), frm="{co} Careers <jobs@{dom}>", role=("Lumber Yard Associate", "Paint Desk Associate"), tz=("usc", "cae"))
mr("foot-surf", "{role} – application outcome", "Hi {n},\n\nQuick word on {role}: your application goes no further this intake, sorry.\n\nCheers,\n{co} People" + FOOT, ("Breakwall Surf Co.", "Brinewater Boardstore"), ("breakwallsurf", "brinewaterboards"), frm="{co} Jobs <jobs@{dom}>", role=("Retail Crew", "Board Repair Tech"), tz=("au", "nz"))
mr("foot-pharm", "Regarding your application – {role}", "Dear {n},\n\nYour form for {role} went through assessment and sadly was unsuccessful.\n\nRegards,\n{co} Human Resources" + FOOT, ("Medirite Chemists", "HealthPlus Pharmacy Stores"), ("mediritechem", "healthplusstores"), frm="{co} Careers <hr@{dom}>", role=("Pharmacist's Assistant", "Dispensary Technician"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hedge-sol", "{role} – {co}", "Dear {n},\n\nWe've read every {role} letter now. Some other applicants' backgrounds lined up nearer the team's present gaps.\n\nYours sincerely,\n{sig}\n{co}", ("Pellow & Garrick Solicitors", "Feeney O'Dwyer LLP"), ("pellowgarrick", "feeneyodwyer"), role=("Conveyancing Secretary", "Trainee Legal Executive"), tz=("uk", "ie"))
mr("hedge-arch", "Your application – {role}", "Hi {n},\n\nCheers for the {role} portfolio. The partners are steering this hire elsewhere, towards someone carrying more {x}.\n\nBest,\n{sig}\n{co}", ("Hollin Wray Architects", "Basswood Design Studio"), ("hollinwray", "basswoodstudio"), role=("Part II Assistant", "Junior Designer"), tz=("uk", "usm"), x=("site-supervision time", "residential remodel work"))
mr("hedge-acct", "{role} application", "Dear {n},\n\nA note on {role}: a couple of other profiles sat nearer the brief, and those are the ones going ahead.\n\nKind regards,\n{sig}\n{co}", ("Tamblyn Rural Accountants", "Gumleaf Bookkeeping"), ("tamblynrural", "gumleafbooks"), role=("Farm Accounts Clerk", "Payroll Officer"), tz=("uk", "au"))
mr("hedge-ngo", "{role} at {co}", "Dear {n},\n\nThe {role} panel sat on Tuesday. A handful of applicants brought field time that suits the programme better, and it is with them the process carries on.\n\nWith appreciation,\n{sig}\n{co}", ("Wellspring Water Trust", "Tujenge Maji Initiative"), ("wellspringtrust", "tujengemaji"), role=("WASH Field Officer", "Borehole Programme Assistant"), tz=("uk", "ke"))
mr("hedge-sg", "Re: {role}", "Dear {n},\n\nAppreciate you coming in to talk. For {role} the clinic is heading another way.\n\nBest regards,\n{sig}\nClearsound Hearing Centre", "Clearsound Hearing Centre", "clearsoundsg", role="Audiology Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-1", "Following up on our call", "Hi {n},\n\nGood to speak Tuesday. Word back from {co}: for {role} they've landed on someone with {x}. Mind you, I've {y} just in that's a cracking fit; fancy me sending your CV?\n\nCheers,\n{sig}\nHarbourline Recruitment", ("a maltings near Saltburn", "a cider mill near The Dalles"), ("harbourlinerec", "cascaderecruit"), role=("Shift Maltster", "Cellar Operator"), tz=("uk", "usp"), x=("kilning on a bigger plant", "a forklift licence already in hand"), y=("a packaging lead role at a brewery twenty minutes away", "a bottling supervisor post in the same county"))
mr("rec-2", "Quick update after our chat", "Hey {n},\n\nFeedback's in from {co}: they've picked someone local for {role}. Don't lose heart, I've got {y} starting next month and your name came straight to mind. Keen?\n\n{sig}\nPaddock Talent", ("a nut processor near Tuncurry", "a citrus packhouse near Kapiti"), ("paddocktalent", "kowhaitalent"), role=("Cracking Line Operator", "Coolstore Hand"), tz=("au", "nz"), y=("a grading job at an avocado shed", "a forklift role in a kiwifruit coolstore"))
mr("rec-3", "After our phone call", "Dear {n},\n\nFollowing our talk on the phone: {co} picked a different person for {role}. Meanwhile another client wants {y}; should that interest you, drop me a fresh CV before Friday.\n\nRegards,\n{sig}\nSavanna Staffing", ("the tea factory up in Kiambu", "the rice mill in Argungu"), ("savannastaffing", "sahelstaffing"), role=("Withering Supervisor", "Mill Shift Lead"), tz=("ke", "ng"), y=("a quality clerk in a macadamia plant", "a stores officer in a flour mill"))
mr("rec-4", "Your application via us", "Hi {n},\n\nPackhouse phoned me now now: the {role} spot goes to someone they know from before. There's a grape farm near Rawsonville wanting people, same rate. Shout if I must send your CV.\n\n{sig}\nBoland People", "Boland People", "bolandpeople", role="Packhouse Supervisor", tz="za")
# ---- 8 public-sector notices
mr("pub-inel", "Notice of Results – {role}", "Dear {n},\n\nVacancy {ref}: {role}. Eligibility review outcome: ineligible, as {x}. This application is closed for the present announcement.\n\nHuman Resources\n{co}", ("County of Esterbrook", "Department of Parks, Dunmore Shire"), ("esterbrookcounty", "dunmoreshire"), frm="{co} HR <hr-noreply@{dom}>", role=("Water Treatment Operator", "Park Ranger"), tz=("usc", "au"), x=("no copy of the required Grade II licence was attached", "the mandatory first aid certificate was not provided"))
mr("pub-ref", "Status of application – {role}", "Dear {n},\n\nAssessment for {role} ({ref}) is complete. The selecting official has been sent a referral certificate; you do not appear among its names. Future announcements are open to you.\n\nRegards,\n{co}", ("Bureau of Land Records", "Office of Public Works, Region 3"), ("landrecords-gov", "opwregion3"), frm="{co} <staffing@{dom}>", role=("Cartographic Technician", "Building Inspector"), tz=("use", "ie"))
mr("pub-cancel", "{role} – vacancy cancelled", "Dear {n},\n\nFollowing {x}, the {role} recruitment has been stopped and the post left vacant; every application to it, yours too, is closed.\n\nPeople Services", ("Ravensholme Borough Council", "Town of Wickham Harbour"), ("ravensholme-council", "wickhamharbour"), frm="{co} <recruitment@{dom}>", role=("Waste Education Officer", "Harbour Attendant"), tz=("uk", "cat"), x=("the council's budget review", "a restructure approved at the October meeting"))
mr("pub-cut", "{role}: assessment result", "Dear {n},\n\nWritten test, {role}: interview cut-off {x}, your mark {y}. On that basis your candidature stops here.\n\nPublic Service Commission\n{co}", ("Ministry of Works Recruitment Unit", "Civil Service Board"), ("worksrecruit-gov", "csboard-gov"), frm="{co} <noreply@{dom}>", role=("Assistant Quantity Surveyor", "Records Assistant"), tz=("ke", "in"), x=("68", "72"), y=("61", "65"))
# ---- 6 bare ATS status updates
mr("ats-hirewisp", "Status update", "Hi {n},\n\nStatus for {role} at {co}: No longer under consideration.\n\nHirewisp", ("Grindle Logistics", "Sweetbay Clinics"), ("grindlelog", "sweetbayclinics"), frm="Hirewisp <updates@hirewisp.example>", role=("Yard Marshal", "Front Desk Coordinator"), tz=("uk", "use"))
mr("ats-html", "Application update", "<html><body><p>{n},</p><p>{role} · {co}</p><p><b>Closed · not moving forward</b></p></body></html>", ("Tarrant Foods", "Ochre Hotels"), ("tarrantfoods", "ochrehotels"), frm="{co} <ats@{dom}>", role=("QA Technician", "Guest Services Agent"), tz=("usc", "au"))
mr("ats-crewlark", "Your application", "Application: {role}\nEmployer: {co}\nResult: Unsuccessful\n\nCrewlark", ("Anacortes Marine", "Coastline Care"), ("anacortesmarine", "coastlinecare"), frm="Crewlark <no-reply@crewlark.example>", role=("Deckhand", "Support Worker"), tz=("nz", "za"))
# ---- 6 internship / graduate decisions
mr("int-phd", "{role} studentship – outcome", "Dear {n},\n\nThe {role} studentship panel sat last week. A place has not been offered to you; the field was unusually deep this year.\n\nBest wishes,\n{sig}\nGraduate School, {co}", ("University of Wendover", "Tarrow Institute of Technology"), ("wendover-uni", "tarrowit"), role=("Peatland Carbon", "Shoreline Retreat"), tz=("uk", "ie"))
mr("int-intern", "{role} internship decision", "Dear {n},\n\nEvery place on the {role} summer internship is now taken, and none is left to offer you this year. The pile of good forms was enormous.\n\nKind regards,\n{sig}\n{co}", ("Hedgehog Rescue Network", "Bat Conservation Alliance"), ("hedgehogrescue", "batalliance"), role=("Hedgehog Survey", "Roost Monitoring"), tz=("uk", "cae"))
mr("int-grad", "{co} Graduate Programme {x}", "Hi {n},\n\nYour {role} graduate assessment is marked, and you haven't made it past this stage, sorry.\n\nAll the best for finals.\n{co} Early Careers", ("Tidegate Energy", "Skyward Power"), ("tidegate", "skywardpower"), frm="{co} Early Careers <grads@{dom}>", role=("Tidal Engineering", "Battery Storage"), tz=("uk", "in"), x=("2026", "2026"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wday", "Requisition {ref} – application received", "Dear {n},\n\n{role}: application logged. Should the requisition shut before interviews, or the work shift to another team, a note will follow; if not, expect news inside three weeks.\n\n{co} Talent Acquisition", ("Halloran Freight Rooms", "Mossgiel Printworks"), ("hallorancareers", "mossgielprint"), frm="{co} <wd-notify@{dom}>", role=("Yard Planner", "Folding Machine Operator"), tz=("uk", "cae"))
mo("application_received", "ghouse", "Thanks for applying to {co}", "Hello {n},\n\n{role} application: in. Invite or not, a human on our team writes back, never a bot.\n\nThe {co} hiring team", ("Quarrymoor Ceramics", "Tolliver Rigging"), ("quarrymoor", "tolliverrig"), frm="{co} Recruiting <no-reply@{dom}>", role=("Mould Maker", "Rigging Crew"), tz=("usp", "au"))
mo("application_received", "lever", "Application in – {role}", "Hi {n},\n\nGot your {role} application. If it doesn't go further, the CV stays on our books nine months and we'll dig it out when a similar slot appears.\n\nCheers,\n{sig}, {co}", ("Brackenhurst Smokery", "Pelorus Sailmakers"), ("brackenhurst", "pelorussails"), role=("Smokehouse Hand", "Rigging Loft Assistant"), tz=("uk", "nz"))
mo("application_received", "smartr", "Application submitted – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted – awaiting review</td></tr></table><p>We read every application ourselves.</p><p>{co} People Team</p></body></html>", ("Ardnacross Distillers", "Hollowbrook Dairy"), ("ardnacross", "hollowbrookdairy"), frm="{co} Jobs <careers@{dom}>", role=("Warehouse Operative", "Milk Reception Operator"), tz=("ie", "usc"))
mo("application_received", "icims", "{co}: application received (req. {ref})", "Dear {n},\n\n{role} application received. Any form missing {x} is set aside unread, so upload yours before the posting shuts.\n\n{co} Recruitment Services", ("Corrib Haulage", "Stannard Transit"), ("corribhaulage", "stannardtransit"), frm="{co} <icims-alerts@{dom}>", role=("Rigid Driver", "Bus Operator Trainee"), tz=("ie", "use"), x=("a valid CPC card", "a signed drug-screen consent"))
mo("application_received", "taleo", "Job {ref} – submission confirmed", "Dear {n},\n\n{role} submission complete. Should the posting be cancelled or frozen, each applicant is emailed about it.\n\n{co} Recruiting", ("Kestonbury Lodge Hotel", "Whitmarsh Conference Centre"), ("kestonbury", "whitmarshcc"), frm="{co} <taleo@{dom}>", role=("Breakfast Chef", "Banqueting Porter"), tz=("uk", "cam"))
mo("application_received", "workable", "{co} – we got it", "Hi {n},\n\n{role} application landed. Folk we fancy meeting get a ring within fourteen days; after that, silence means others got the nod.\n\n{sig}\n{co}", ("Tuppence Bakeries", "Kilnfield Garden Centre"), ("tuppencebakes", "kilnfield"), role=("Early Shift Baker", "Tills Assistant"), tz=("uk", "za"))
mo("application_received", "bamboo", "Application for {role}", "Dear {n},\n\nGot your form. Honest heads-up: the hours might get split among the current crew, and if so an email follows. If not, expect a call for a chat.\n\n{sig}\n{co}", ("Wrenfold Cycles", "Gannet Books"), ("wrenfoldcycles", "gannetbooks"), role=("Sales Floor Mechanic", "Children's Books Assistant"), tz=("use", "nz"))
mo("application_received", "teamtailor", "We received your application", "Dear {n},\n\nYour form for {role} is with us. We look all profiles until month end. Positive or negative, answer comes by email, this is promise.\n\nBest greetings,\n{sig}\n{co}", ("Dunavski Panels", "Egnatia Marble Works"), ("dunavpanels", "egnatiamarble"), role=("Panel Saw Operator", "Stone Fitter"), tz=("rs", "gr"))
mo("application_received", "personio", "Confirmation: {role}", "Hello {n},\n\nDocuments for {role} arrived good. In case we take other person, your data stays six months if you allow, maybe for next season.\n\nKind greetings from {co}\n{sig}", ("Sremska Bakehouse", "Thessalia Olive Press"), ("sremska", "thessaliapress"), role=("Oven Assistant", "Bottling Assistant"), tz=("rs", "gr"))
mo("application_received", "pinpoint", "{co}: application received", "Dear {n},\n\n{role}: form in. Marking against the person spec starts after closing; only the ones over the interview line hear back.\n\n{sig}\n{co}", ("Harrowgate Organ Builders", "Tinsley Bell Foundry"), ("harrowgateorgans", "tinsleybells"), role=("Pipe Shop Assistant", "Fettler"), tz=("uk", "uk"))
mo("application_received", "jazz", "Got your application!", "Hey {n},\n\n{role} form received! Party season has us flat out, so allow a week-ish. Hire or pass, we'll shout.\n\n{sig}\n{co}", ("Jackdaw Party Hire", "Bluegate Events"), ("jackdawparty", "bluegateevents"), role=("Face Painter", "Stilt Performer"), tz=("usc", "au"))
mo("application_received", "ashby", "{co} – application received", "Hi {n}!\n\nSalamat po for your form as {role}. HR checks it this week. Pasok man o hindi, we message you po, so check inbox. God bless!\n\n{sig}\n{co}", ("Malabon Kakanin Co.", "Taal Coffee Roasters"), ("malabonkakanin", "taalroasters"), role=("Packing Crew", "Barista Trainee"), tz=("ph", "ph"))
mo("application_received", "thr-cheese", "Re: {role} application", "Hi {n},\n\n{role} form safely here. A few of you will be asked round the make room; should it go elsewhere, I'll email you personally.\n\n{sig}\n{co}", ("Scarside Creamery", "Cobbold Cheese Cooperative"), ("scarsidecreamery", "cobboldcheese"), role=("Dairy Hand", "Cave Assistant"), tz=("uk", "use"))
mo("application_received", "thr-vet", "Application received", "Dear {n},\n\n{role} application noted. Partners go through forms on Thursdays. If it's a no, there'll be no separate email, sorry; good news comes inside ten days.\n\n{sig}\n{co}", ("Tarnbeck Veterinary Group", "Larchmont Animal Hospital"), ("tarnbeckvets", "larchmontah"), role=("Kennel Assistant", "Client Care Receptionist"), tz=("uk", "cap"))
mo("application_received", "thr-school", "Application: {role}", "Dear {n},\n\n{role} application confirmed. The shortlist teach a sample lesson. No word from the school by month end means you weren't shortlisted.\n\n{sig}\n{co}", ("Aldersyke Primary", "St Brendan's National School"), ("aldersyke", "stbrendansns"), role=("Teaching Assistant", "Resource Teacher"), tz=("uk", "ie"))
mo("application_received", "foot-garden", "Thanks for applying – {role}", "Dear {n},\n\nYour {role} form is safely in. Whatever the shortlist says, your details sit in our seasonal pool for the next round of hiring.\n\n{co} Recruitment" + FOOT, ("Bramblegate Garden Stores", "Dunmore Gardencentres"), ("bramblegate", "dunmoregardens"), frm="{co} Careers <careers@{dom}>", role=("Café Assistant", "Outdoor Plants Assistant"), tz=("uk", "ie"))
mo("application_received", "foot-home", "Application received", "Hi {n},\n\nYour {role} form is logged. Our recruiters phone only the folk picked for interview, so watch your profile page too.\n\nThe {co} Talent Team" + FOOT, ("Cordwood Home Supply", "Northshore Hardware Depot"), ("cordwoodhome", "northshorehd"), frm="{co} Careers <jobs@{dom}>", role=("Cashier", "Pro Desk Associate"), tz=("usc", "cae"))
mo("application_received", "hedge-sol", "Your application – {role}", "Dear {n},\n\n{role} application acknowledged. Even if others turn out nearer the brief, the outcome reaches you in writing.\n\nYours sincerely,\n{sig}\n{co}", ("Pellow & Garrick Solicitors", "Feeney O'Dwyer LLP"), ("pellowgarrick", "feeneyodwyer"), role=("Probate Assistant", "Receptionist"), tz=("uk", "ie"))
mo("application_received", "hedge-ngo", "Application acknowledged", "Dear {n},\n\n{role} form acknowledged. Volumes are heavy and not everyone gets a reply; four weeks of silence means it didn't go forward.\n\n{sig}\n{co}", ("Wellspring Water Trust", "Tujenge Maji Initiative"), ("wellspringtrust", "tujengemaji"), role=("Monitoring Officer", "Community Mobiliser"), tz=("uk", "ke"))
mo("application_received", "rec-1", "Thanks for sending your CV", "Hi {n},\n\nCheers, CV's here. Sending it to {x} this week. If they pass, you'll know same day and we'll hunt other roles together.\n\n{sig}\nHarbourline Recruitment", ("Harbourline Recruitment", "Cascade Recruit"), ("harbourlinerec", "cascaderecruit"), tz=("uk", "usp"), x=("a brewery near Saltburn", "a winery outside The Dalles"))
mo("application_received", "pub-inel", "Application received – Vacancy {ref}", "Dear {n},\n\n{role} application received. Without {x} attached, an application is rated ineligible; check uploads before closing.\n\nHuman Resources\n{co}", ("County of Esterbrook", "Department of Parks, Dunmore Shire"), ("esterbrookcounty", "dunmoreshire"), frm="{co} HR <hr-noreply@{dom}>", role=("Maintenance Worker", "Ranger Trainee"), tz=("usc", "au"), x=("the required licence", "a current first aid certificate"))
mo("application_received", "pub-cut", "{role}: application received", "Dear {n},\n\n{role}: application received. Eligible applicants sit a written test; anyone under the cut-off hears nothing more.\n\nPublic Service Commission\n{co}", ("Ministry of Works Recruitment Unit", "Civil Service Board"), ("worksrecruit-gov", "csboard-gov"), frm="{co} <noreply@{dom}>", role=("Assistant Surveyor", "Data Entry Clerk"), tz=("ke", "in"))
mo("application_received", "ats-hirewisp", "Application received", "Hi {n},\n\nStatus for {role} at {co}: Received – with hiring team.\n\nHirewisp", ("Grindle Logistics", "Sweetbay Clinics"), ("grindlelog", "sweetbayclinics"), frm="Hirewisp <updates@hirewisp.example>", role=("Transport Planner", "Medical Receptionist"), tz=("uk", "use"))
mo("application_received", "int-intern", "Internship application received", "Dear {n},\n\n{role} summer internship form received. Places may all go by late March; if so before yours is read, we'll write.\n\n{sig}\n{co}", ("Hedgehog Rescue Network", "Bat Conservation Alliance"), ("hedgehogrescue", "batalliance"), role=("Hedgehog Survey", "Roost Monitoring"), tz=("uk", "cae"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "thr-cheese", "RE: [EXT] Re: {role} – next step", "Hi {n},\n\nGreat to have you round. Come back for a make-day trial {dl}, 7am start? Unfortunately they're tarmacking the yard, leave the car up the lane.\n\n{sig}\n{co}\n\n{OUT}", ("Scarside Creamery", "Cobbold Cheese Cooperative"), ("scarsidecreamery", "cobboldcheese"), role=("Maturing Room Assistant", "Cheesemaker Trainee"), tz=("uk", "use"))
mo("interview", "thr-vet", "Re: [EXT] Re: Interview", "Dear {n},\n\nPartners can see you {dl}, 2pm. Unfortunately the kettle's died, flask advised for tea drinkers!\n\n{sig}\n{co}\n\n{GM}", ("Tarnbeck Veterinary Group", "Larchmont Animal Hospital"), ("tarnbeckvets", "larchmontah"), role=("Large Animal Vet", "Veterinary Nurse"), tz=("uk", "cap"))
mo("interview", "thr-school", "RE: [EXT] RE: Sample lesson", "Dear {n},\n\nPlease come and teach your 20-minute sample lesson on {dl}. Unfortunately painters have the hall, so it's the library.\n\n{sig}\n{co}\n\n{ORIG}", ("Aldersyke Primary", "St Brendan's National School"), ("aldersyke", "stbrendansns"), role=("Year 4 Teacher", "Special Education Teacher"), tz=("uk", "ie"))
mo("interview", "thr-store", "Re: [EXT] Re: Second round", "Hello {n},\n\nSecond interview: {dl}, 10am. Unfortunately lift is spoilt, kindly take the stairs beside bakery section.\n\n{sig}\n{co}\n\n{RULE}", ("Ebeano Market Ikoyi", "Greenfields Fresh Mart Juja"), ("ebeanomarket", "jujafreshmart"), role=("Floor Supervisor", "Fresh Produce Supervisor"), tz=("ng", "ke"))
mo("interview", "thr-theatre", "RE: [EXT] Re: Workshop session", "Hi {n},\n\nCould you lead a ten-minute warm-up with the group {dl} at 5? Unfortunately the radiators sulk, bring a jumper.\n\n{sig}\n{co}\n\n{OUT}", ("Lanternfly Youth Theatre", "Gallowgate Young Company"), ("lanternflytheatre", "gallowgateyc"), role=("Drama Facilitator", "Outreach Coordinator"), tz=("uk", "nz"))
mo("interview", "thr-bike", "Re: [EXT] RE: Trial day", "Hey {n},\n\nTrial day {dl} work for you? Unfortunately the wheel jig's broken so it's brakes and gears only.\n\n{sig}\n{co}\n\n{GM}", ("Spokehaven Bike Collective", "Freewheel Cooperative"), ("spokehaven", "freewheelcoop"), role=("Co-op Mechanic", "Workshop Lead"), tz=("cap", "au"))
mo("interview", "hedge-arch", "Interview – {role}", "Hi {n},\n\nPortfolio's lovely. Free {dl}, 11am, for a chat? Unfortunately someone's nabbed the meeting room, so it's the model shop.\n\n{sig}\n{co}", ("Hollin Wray Architects", "Basswood Design Studio"), ("hollinwray", "basswoodstudio"), role=("Part II Assistant", "Junior Designer"), tz=("uk", "usm"))
mo("interview", "int-grad", "{co} assessment day", "Hi {n},\n\n{role} assessment day place confirmed for {dl}. Unfortunately no catering this year, pack a sandwich.\n\n{co} Early Careers", ("Tidegate Energy", "Skyward Power"), ("tidegate", "skywardpower"), frm="{co} Early Careers <grads@{dom}>", role=("Tidal Engineering", "Battery Storage"), tz=("uk", "in"))
mo("next_steps", "icims", "{co}: next step for {role}", "Dear {n},\n\nDriving history questionnaire due {dl}; forms lacking it stall.\n\n{co} Recruitment Services", ("Corrib Haulage", "Stannard Transit"), ("corribhaulage", "stannardtransit"), frm="{co} <icims-alerts@{dom}>", role=("Tipper Driver", "Paratransit Operator"), tz=("ie", "use"))
mo("next_steps", "pub-ref", "Action needed – {role}", "Dear {n},\n\nYour name is on the {role} referral list. Transcripts due by {dl}. Unfortunately the portal crawls before noon.\n\n{co}", ("Bureau of Land Records", "Office of Public Works, Region 3"), ("landrecords-gov", "opwregion3"), frm="{co} <staffing@{dom}>", role=("Cartographic Technician", "Building Inspector"), tz=("use", "ie"))
mo("next_steps", "clinic", "References – {role}", "Dear {n},\n\nLovely meeting you. Two referees' contacts by {dl}, please; we want to move fast.\n\n{sig}\n{co}", ("Mayfield Speech Therapy", "Wharfside Physio"), ("mayfieldspeech", "wharfsidephysio"), role=("Speech and Language Therapist", "Musculoskeletal Physio"), tz=("za", "sg"))
mo("next_steps", "pinpoint", "{co}: video questions", "Dear {n},\n\n{role} shortlist: you're on it. Three short video answers due {dl}.\n\n{sig}\n{co}", ("Harrowgate Organ Builders", "Tinsley Bell Foundry"), ("harrowgateorgans", "tinsleybells"), role=("Voicing Assistant", "Moulding Hand"), tz=("uk", "uk"))
mo("next_steps", "pub-cut", "{role}: document verification", "Dear {n},\n\nNext stage of {role}: qualified. Originals of certificates to be verified on {dl}.\n\nPublic Service Commission\n{co}", ("Ministry of Works Recruitment Unit", "Civil Service Board"), ("worksrecruit-gov", "csboard-gov"), frm="{co} <noreply@{dom}>", role=("Assistant Quantity Surveyor", "Records Assistant"), tz=("ke", "in"))
mo("next_steps", "int-phd", "{role} studentship – references", "Dear {n},\n\nPanel wants references ahead of shortlisting: both referees writing in by {dl}, please.\n\n{sig}\nGraduate School, {co}", ("University of Wendover", "Tarrow Institute of Technology"), ("wendover-uni", "tarrowit"), role=("Peatland Carbon", "Shoreline Retreat"), tz=("uk", "ie"))
mo("offer", "thr-bead", "Re: [EXT] Re: Coordinator post", "Hello {n},\n\nSaturday's members' meeting agreed: {role} is yours. Unfortunately the office roof still drips, so we gather in the church hall meanwhile. Reply by {dl}.\n\n{sig}\n{co}\n\n{RULE}", ("Ushanga Women's Group", "Isiphiwo Beadwork Co-op"), ("ushangawomen", "isiphiwobeads"), role=("Co-op Coordinator", "Sales Coordinator"), tz=("ke", "za"))
mo("offer", "workable", "Offer – {role}", "Hi {n},\n\nGood news: we're offering you {role}. Unfortunately the tabards are on back order, so dark clothes for week one. Answer by {dl}.\n\n{sig}\n{co}", ("Tuppence Bakeries", "Kilnfield Garden Centre"), ("tuppencebakes", "kilnfield"), role=("Bench Baker", "Plant Area Assistant"), tz=("uk", "za"))
mo("offer", "hedge-acct", "Offer of employment", "Dear {n},\n\nOffer enclosed for {role}. Unfortunately parking's tight here, bus is easiest. Signed copy back by {dl}.\n\n{sig}\n{co}", ("Tamblyn Rural Accountants", "Gumleaf Bookkeeping"), ("tamblynrural", "gumleafbooks"), role=("Farm Accounts Clerk", "Payroll Officer"), tz=("uk", "au"))
mo("offer", "rec-4", "Good news from the farm", "Hi {n},\n\nGrape farm near Rawsonville says yes for packing season, starting {dl}. Unfortunately no taxi runs out there, sort a lift.\n\n{sig}\nBoland People", "Boland People", "bolandpeople", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-html", "Application update", "<html><body><p>{n},</p><p>{role} · {co}</p><p><b>Withdrawn · at your request</b></p></body></html>", ("Tarrant Foods", "Ochre Hotels"), ("tarrantfoods", "ochrehotels"), frm="{co} <ats@{dom}>", role=("QA Technician", "Guest Services Agent"), tz=("usc", "au"))
mo("other_job", "crewlark", "Your application", "Application: {role}\nEmployer: {co}\nResult: Pending\n\nCrewlark", ("Anacortes Marine", "Coastline Care"), ("anacortesmarine", "coastlinecare"), frm="Crewlark <no-reply@crewlark.example>", role=("Deckhand", "Support Worker"), tz=("nz", "za"))
mo("other_job", "pub-late", "{role} – timeline update", "Dear {n},\n\n{role} shortlisting is running late; candidates should hear by {dl}.\n\nPeople Services\nRavensholme Borough Council", "Ravensholme Borough Council", "ravensholme-council", frm="Ravensholme Borough Council <recruitment@{dom}>", role="Events Officer", tz="uk")
mo("job_alert", "foot-surf", "New roles near you", "Hi {n},\n\nThree new roles at {co} this week: Retail Crew, Wetsuit Hire Attendant, Store 2IC.\n\n{co} Jobs" + FOOT, ("Breakwall Surf Co.", "Brinewater Boardstore"), ("breakwallsurf", "brinewaterboards"), frm="{co} Jobs <jobs@{dom}>", tz=("au", "nz"))
mo("job_alert", "foot-pharm", "Jobs you may like", "Dear {n},\n\nNew at {co}: Dispensary Assistant (two stores), Front Shop Cashier.\n\n{co} Human Resources" + FOOT, "Medirite Chemists", "mediritechem", frm="{co} Careers <hr@{dom}>", tz="za")
mo("recruiter_outreach", "rec-2", "Saw your profile", "Hey {n},\n\nI place people in packhouses and orchards all over the region. Got a minute for a chat this week about {x}?\n\n{sig}\nPaddock Talent", ("Paddock Talent", "Kowhai Talent"), ("paddocktalent", "kowhaitalent"), tz=("au", "nz"), x=("a grading role", "a forklift job"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {x} loan request was assessed and has been declined. A fresh request can be lodged in six months.\n\n{co} Lending", ("Thistledown Credit Union", "Bayside Finance"), ("thistledowncu", "baysidefinance"), frm="{co} <lending@{dom}>", tz=("uk", "au"), x=("car", "motorbike"))
mo("non_job_rejection_words", "flat", "The flat on Larkspur Road", "Hi {n},\n\nThanks for traipsing round the flat. Landlord's chosen a pair who can take the keys sooner, sorry.\n\n{sig}\nGunwale Lettings", "Gunwale Lettings", "gunwalelettings", tz="ie")
mo("non_job_rejection_words", "grant", "Village hall grant – outcome", "Dear {n},\n\nSmall Places Fund, hall kitchen bid: requests far outran the pot, and yours missed out in this round.\n\nGrants Team\nHarewood Community Foundation", "Harewood Community Foundation", "harewoodcf", frm="Grants Team <grants@{dom}>", tz="uk")
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nRidgeback Trail Ultra ballot: drawn, and you missed out this year. Fee back in five days.\n\nRace Office", "Trail Ultra", "trailultra-ballot", frm="Race Office <ballot@{dom}>", tz="nz")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("accordion", "Your reply on Jobwhisk: bellows repair hand", "Hi {n},\n\nTa for replying to the Jobwhisk post. A retired piano tuner who knows reeds backwards has come on, and he's got the bench now. Good luck with it.\n\n{sig}\nAccordion mender, Skelmanthorpe", "Skelmanthorpe Squeezebox Repairs", "skelmsqueeze", frm=via("Jobwhisk"), tz="uk")
wo("interview", "accordion", "Jobwhisk: come and see the bench?", "Hi {n},\n\nYour Jobwhisk reply's here. Any good for calling at the workshop {dl}, ten-ish? Unfortunately the doorbell's dead, so knock loudly.\n\n{sig}\nAccordion mender, Skelmanthorpe", "Skelmanthorpe Squeezebox Repairs", "skelmsqueeze", frm=via("Jobwhisk"), tz="uk")
wr("mirror", "Shiftkettle: silvering assistant", "Hello {n},\n\nShiftkettle application received. The silvering bench went to a glazier's apprentice already trained on the chemicals. Wishing you well.\n\n{sig}\nOldgate Mirror Silverers", "Oldgate Mirror Silverers", "oldgatemirrors", frm=via("Shiftkettle"), tz="uk")
wo("application_received", "mirror", "Shiftkettle: application in", "Hello {n},\n\nShiftkettle application received. Chosen or not, word from me by end of next week.\n\n{sig}\nOldgate Mirror Silverers", "Oldgate Mirror Silverers", "oldgatemirrors", frm=via("Shiftkettle"), tz="uk")
wr("perry", "Gigspindle – perry mill helper", "Hi {n},\n\nGigspindle application here, cheers. Pear picking wrapped early and the pair of us can handle the mill now; no extra hand needed this year.\n\nCheers,\n{sig}\nMarcle Perry House", "Marcle Perry House", "marcleperry", frm=via("Gigspindle"), tz="uk")
wo("offer", "perry", "Gigspindle – mill job yours", "Hi {n},\n\nMill job's yours for the taking, if you're keen. Start on {dl}; unfortunately the yard floods after rain, so bring wellies.\n\n{sig}\nMarcle Perry House", "Marcle Perry House", "marcleperry", frm=via("Gigspindle"), tz="uk")
wr("skittle", "Jobtrellis: turning job", "Hi {n},\n\nGot your Jobtrellis application, thanks. Himself's brother-in-law is coming in on the lathes, so the turning job is filled. Mind yourself.\n\n{sig}\nBallyhale Skittle Works", "Ballyhale Skittle Works", "ballyhaleskittles", frm=via("Jobtrellis"), tz="ie")
wo("next_steps", "skittle", "Jobtrellis: a sample piece", "Hi {n},\n\nAhead of meeting, any chance of a photo of a bit of your turning by {dl}? Whatever timber.\n\n{sig}\nBallyhale Skittle Works", "Ballyhale Skittle Works", "ballyhaleskittles", frm=via("Jobtrellis"), tz="ie")
wr("sundial", "Hirebramble: workshop helper", "Dear {n},\n\nYour Hirebramble note came through. Brass dial orders went quiet this winter, so I'm staying a one-man workshop for the present.\n\nKind regards,\n{sig}\nSundial maker, Fethard", "Fethard Dials", "fethardials", frm=via("Hirebramble"), tz="ie")
wo("application_received", "sundial", "Hirebramble: thanks", "Dear {n},\n\nThanks for applying via Hirebramble. I'll read everything at the weekend; whichever way I go, I'll write to you.\n\n{sig}\nSundial maker, Fethard", "Fethard Dials", "fethardials", frm=via("Hirebramble"), tz="ie")
wr("chess", "Crewfinch: turner opening", "Hi {n},\n\nCrewfinch application received, thanks. A turner who's carved knights before has taken the spot, and that was the skill we were after. Good luck.\n\n{sig}\nBrandywine Chessmakers", "Brandywine Chessmakers", "brandywinechess", frm=via("Crewfinch"), tz="use")
wo("interview", "chess", "Crewfinch: interview", "Hi {n},\n\nFree to stop by {dl}, 1pm? Unfortunately the AC quit on us, dress cool.\n\n{sig}\nBrandywine Chessmakers", "Brandywine Chessmakers", "brandywinechess", frm=via("Crewfinch"), tz="use")
wr("birdhouse", "Jobkayak – shop helper", "Hi {n},\n\nJobkayak application here, thanks. Grandson's out of school and building the cedar birdhouses with us this summer; no room for another pair of hands.\n\n{sig}\nLarkwood Birdhouses", "Larkwood Birdhouses", "larkwoodbirdhouses", frm=via("Jobkayak"), tz="usc")
wo("application_received", "birdhouse", "Jobkayak – got it", "Hi {n},\n\nJobkayak application here. Yes or no, phone call from me by Friday.\n\n{sig}\nLarkwood Birdhouses", "Larkwood Birdhouses", "larkwoodbirdhouses", frm=via("Jobkayak"), tz="usc")
wr("holster", "Workpylon: leather bench", "Hi {n},\n\nSaw your Workpylon application. Ended up hiring a saddle stitcher out of Powell who starts Monday. Take care now.\n\n{sig}\nHolsterer, Buffalo WY", "Crazy Woman Leather", "crazywomanleather", frm=via("Workpylon"), tz="usm")
wo("next_steps", "holster", "Workpylon: a stitch sample", "Hi {n},\n\nMail me a stitch sample on scrap hide by {dl}?\n\n{sig}\nCrazy Woman Leather", "Crazy Woman Leather", "crazywomanleather", frm=via("Workpylon"), tz="usm")
wr("kombucha", "Shiftlatch – brewery crew", "Hey {n},\n\nShiftlatch application received. Someone who ran ferments at a taproom took it, and that's that.\n\n{sig}\nCascadia Kombucha Brewers", "Cascadia Kombucha Brewers", "cascadiakombucha", frm=via("Shiftlatch"), tz="usp")
wo("offer", "kombucha", "Shiftlatch – you're in", "Hey {n},\n\nBrew crew spot is yours from {dl}. Unfortunately somebody swiped the bike rack, so bring your bike inside.\n\n{sig}\nCascadia Kombucha Brewers", "Cascadia Kombucha Brewers", "cascadiakombucha", frm=via("Shiftlatch"), tz="usp")
wr("praline", "Jobmarrow: confectioner's assistant", "Hi {n},\n\nJobmarrow application here. The pralines post went to our Christmas temp, who already knows the copper kettles. All the best.\n\n{sig}\nPralines Beaupré", "Pralines Beaupré", "pralinesbeaupre", frm=via("Jobmarrow"), tz="cae")
wo("interview", "praline", "Jobmarrow: meet us", "Hi {n},\n\nKitchen visit {dl} at 3pm work? Unfortunately the side door jams, come round the front.\n\n{sig}\nPralines Beaupré", "Pralines Beaupré", "pralinesbeaupre", frm=via("Jobmarrow"), tz="cae")
wr("sled", "Gigmantle – sled shop", "Hi {n},\n\nGigmantle application received. Ash runners are all bent for the season and no builder gets added till spring.\n\n{sig}\nBow River Sledworks", "Bow River Sledworks", "bowriversleds", frm=via("Gigmantle"), tz="cam")
wo("application_received", "sled", "Gigmantle – thanks", "Hi {n},\n\nApplication's in. Hired or not, I'll write inside a week.\n\n{sig}\nBow River Sledworks", "Bow River Sledworks", "bowriversleds", frm=via("Gigmantle"), tz="cam")
wr("gutter", "Hirequince: gutter crew", "Hi {n},\n\nHirequince application noted. A fellow with his own truck and ladder rack signed on, so the crew's full.\n\n{sig}\nTidehead Eavestrough", "Tidehead Eavestrough", "tideheadeaves", frm=via("Hirequince"), tz="cat")
wo("next_steps", "gutter", "Hirequince: licence copy", "Hi {n},\n\nDriver's licence and fall-protection card copies by {dl}, please.\n\n{sig}\nTidehead Eavestrough", "Tidehead Eavestrough", "tideheadeaves", frm=via("Hirequince"), tz="cat")
wr("gate", "Jobsorrel – gate hanging", "G'day {n},\n\nJobsorrel application here, ta. Bloke out of Guyra who's hung farm gates for donkey's years took it, so nothing doing now.\n\n{sig}\nNambucca Gates & Hinges", "Nambucca Gates & Hinges", "nambuccagates", frm=via("Jobsorrel"), tz="au")
wo("interview", "gate", "Jobsorrel – come out to the yard", "G'day {n},\n\nRight to come out {dl} at 8? Unfortunately the track's chewed up from the rain, go easy.\n\n{sig}\nNambucca Gates & Hinges", "Nambucca Gates & Hinges", "nambuccagates", frm=via("Jobsorrel"), tz="au")
wr("fence", "Crewbollard: fencing hand", "Hi {n},\n\nCrewbollard message came through. Station contract fell over, so no extra fencing hand for me this year.\n\n{sig}\nFencewright, Baradine", "Warrigal Fencing", "warrigalfencing", frm=via("Crewbollard"), tz="au")
wo("offer", "fence", "Crewbollard: job's on", "Hi {n},\n\nContract came good after all. Start {dl}; unfortunately the ute's cooling is cactus, bring plenty of water.\n\n{sig}\nWarrigal Fencing", "Warrigal Fencing", "warrigalfencing", frm=via("Crewbollard"), tz="au")
wr("spoon", "Shiftpergola – carving helper", "Kia ora {n},\n\nShiftpergola message here. My girl's back home and carving spoons alongside me now, so I'm sweet for help.\n\n{sig}\nTotara Spoons, Ahipara", "Totara Spoons", "totaraspoons", frm=via("Shiftpergola"), tz="nz")
wo("application_received", "spoon", "Shiftpergola – got it", "Kia ora {n},\n\nApplication's in, ta. Answer either way in a few days.\n\n{sig}\nTotara Spoons", "Totara Spoons", "totaraspoons", frm=via("Shiftpergola"), tz="nz")
wr("hive", "Jobcaravel: hive workshop", "Hi {n},\n\nJobcaravel application in. Hive-building job went to a chap from the local men's shed, so we're set.\n\n{sig}\nMamaku Hiveworks", "Mamaku Hiveworks", "mamakuhives", frm=via("Jobcaravel"), tz="nz")
wo("next_steps", "hive", "Jobcaravel: referee", "Hi {n},\n\nOne referee by {dl} please?\n\n{sig}\nMamaku Hiveworks", "Mamaku Hiveworks", "mamakuhives", frm=via("Jobcaravel"), tz="nz")
wr("harmonium", "Workloom: tuner post", "Dear {n},\n\nYour Workloom application is received. Our senior tuner put forward his own shishya for the post and Sethji agreed. Best wishes to you.\n\n{sig}\nSur Sangam Harmonium House", "Sur Sangam Harmonium House", "sursangam", frm=via("Workloom"), tz="in")
wo("interview", "harmonium", "Workloom: kindly come", "Dear {n},\n\nPlease come for tuning test at shop {dl}, 11 am. Unfortunately gali is dug for pipeline, park at temple side.\n\n{sig}\nSur Sangam Harmonium House", "Sur Sangam Harmonium House", "sursangam", frm=via("Workloom"), tz="in")
wr("rickshaw", "Hiretoucan: body builder", "Dear {n},\n\nHiretoucan application received. Welding post is given to one boy from our village who has done e-rickshaw frames. Best wishes.\n\n{sig}\nShakti Rickshaw Works", "Shakti Rickshaw Works", "shaktirickshaw", frm=via("Hiretoucan"), tz="in")
wo("offer", "rickshaw", "Hiretoucan: joining", "Dear {n},\n\nWelder post is offered to you. Join on {dl}. Unfortunately no canteen here, bring tiffin.\n\n{sig}\nShakti Rickshaw Works", "Shakti Rickshaw Works", "shaktirickshaw", frm=via("Hiretoucan"), tz="in")
wr("brittle", "Jobbaobab: packer", "Hi {n}\n\nJobbaobab application here. Brittle orders fell flat after the holidays so no packer now. Sorry hey.\n\n{sig}\nGertie's Brittle", "Gertie's Brittle", "gertiesbrittle", frm=via("Jobbaobab"), tz="za")
wo("application_received", "brittle", "Jobbaobab: thanks", "Hi {n}\n\nApplication in. Picked or not, WhatsApp from me by Friday.\n\n{sig}\nGertie's Brittle", "Gertie's Brittle", "gertiesbrittle", frm=via("Jobbaobab"), tz="za")
wr("tarp", "Shiftjacana: machine operator", "Good afternoon {n},\n\nYour Shiftjacana application came. Oga gave the heat-sealing machine to one brother from his church who ran it before. Success to you.\n\n{sig}\nSunshine Tarpaulin Works, Aba", "Sunshine Tarpaulin Works", "sunshinetarp", frm=via("Shiftjacana"), tz="ng")
wo("next_steps", "tarp", "Shiftjacana: documents", "Good afternoon {n},\n\nBring guarantor form and passport photo latest {dl}.\n\n{sig}\nSunshine Tarpaulin Works", "Sunshine Tarpaulin Works", "sunshinetarp", frm=via("Shiftjacana"), tz="ng")
wr("palmwine", "Gigcassava: tapper", "Hello {n},\n\nYour Gigcassava message reached us. Papa says his two sons will tap this season, so no space. God bless.\n\n{sig}\nOkpala Palm Wine", "Okpala Palm Wine", "okpalapalmwine", frm=via("Gigcassava"), tz="ng")
wo("interview", "palmwine", "Gigcassava: come and see Papa", "Hello {n},\n\nPapa wants to see you {dl} by 9am. Unfortunately the road is muddy since rain, come early.\n\n{sig}\nOkpala Palm Wine", "Okpala Palm Wine", "okpalapalmwine", frm=via("Gigcassava"), tz="ng")
wr("matatu", "Jobhibiscus: painter", "Hello {n},\n\nJobhibiscus application seen. Boss chose an artist who has done graffiti on three matatus on Jogoo Road route. All the best.\n\n{sig}\nMoto Art Garage", "Moto Art Garage", "motoartgarage", frm=via("Jobhibiscus"), tz="ke")
wo("application_received", "matatu", "Jobhibiscus: received", "Hello {n},\n\nPortfolio received. Yes or no, reply comes before month end.\n\n{sig}\nMoto Art Garage", "Moto Art Garage", "motoartgarage", frm=via("Jobhibiscus"), tz="ke")
wr("tempeh", "Crewmarula: kitchen hand", "Hi {n},\n\nCrewmarula application got it. Already found one auntie who made tempeh at home many years, so job filled. Jia you ah.\n\n{sig}\nKedondong Lane Tempeh", "Kedondong Lane Tempeh", "kedondonglane", frm=via("Crewmarula"), tz="sg")
wo("next_steps", "tempeh", "Crewmarula: food handler cert", "Hi {n},\n\nFood hygiene cert send by {dl} can?\n\n{sig}\nKedondong Lane Tempeh", "Kedondong Lane Tempeh", "kedondonglane", frm=via("Crewmarula"), tz="sg")
wr("jeepney", "Jobnarra: fabricator", "Hi {n},\n\nSalamat po for the Jobnarra application. Shop already took a panel beater from Las Piñas with ten years on jeepneys. Good luck po!\n\n{sig}\nDimasalang Motor Body", "Dimasalang Motor Body", "dimasalangbody", frm=via("Jobnarra"), tz="ph")
wo("offer", "jeepney", "Jobnarra: welcome!", "Hi {n},\n\nStart {dl} po. Unfortunately no aircon in shop, bring bimpo.\n\n{sig}\nDimasalang Motor Body", "Dimasalang Motor Body", "dimasalangbody", frm=via("Jobnarra"), tz="ph")
wr("kvass", "Hiregable: brewery worker", "Dear {n},\n\nWe got your Hiregable application. We are small family brewery and in autumn my cousin helps, so other worker we don't need. Much success.\n\n{sig}\nKvas Podunavlje", "Kvas Podunavlje", "kvaspodunavlje", frm=via("Hiregable"), tz="rs")


# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Fieldnote Trades Weekly: 5 new roles", "Hi {n},\n\nThis week on Fieldnote Trades Weekly: sundial polisher (Fethard), kite-string winder (Skelmanthorpe), canvas awning fitter (Mandurah), harness stitcher (Powell), dough-room helper (Ikoyi).\n\nManage alerts in your account settings.", "Fieldnote Trades Weekly", "fieldnotetrades", frm="Fieldnote Trades Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "pottery", "Saturday wheel class", "Hi {n},\n\nSaturday wheel-throwing is chocka this term, so no room for you, sorry; spring dates go out by email.\n\n{sig}\nClaypit Studio", "Claypit Studio", "claypitstudio", tz="nz")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more reused from slices 73-75; 24 twins
wr("ar", "بخصوص طلب التوظيف في مصنع التمور", "الأستاذة {full} المحترمة،\n\nوصلنا طلبكِ ونقدّر رغبتكِ في الانضمام إلى قسم تعبئة التمور. وقع الاختيار على متقدمة سبق لها فرز الخلاص في مزرعة أهلها، فاكتمل العدد.\n\nمع أطيب التمنيات،\n{sig}\nمصنع نخيل الأحساء", "مصنع نخيل الأحساء", "ahsapalms", lang="ar", tz="sau")
wo("interview", "ar", "دعوة لمقابلة شخصية", "الأستاذة {full} المحترمة،\n\nيسعدنا دعوتكِ لمقابلة في المصنع يوم {dl} الساعة العاشرة صباحاً. للأسف المصعد معطل هذا الأسبوع، فالرجاء استخدام الدرج الخلفي.\n\n{sig}\nمصنع نخيل الأحساء", "مصنع نخيل الأحساء", "ahsapalms", lang="ar", tz="sau")
wr("de", "Ihre Bewerbung als Gießereihelfer/in", "Guten Tag {full},\n\nschön, dass Sie an unsere Zinngießerei gedacht haben. Eingestellt haben wir nun eine Frau, die ihre Schieferformen schon selbst schneidet. Viel Glück beim Weitersuchen!\n\nMit freundlichen Grüßen\n{sig}\nZinngießerei Wendelstein", "Zinngießerei Wendelstein", "zinn-wendelstein", lang="de", tz="de")
wo("next_steps", "de", "Unterlagen für Ihre Bewerbung", "Guten Tag {full},\n\nbitte schicken Sie uns bis {dl} Ihr letztes Arbeitszeugnis und eine Kopie Ihres Gesundheitszeugnisses.\n\nMit freundlichen Grüßen\n{sig}\nZinngießerei Wendelstein", "Zinngießerei Wendelstein", "zinn-wendelstein", lang="de", tz="de")
wr("es", "Tu candidatura en la turronería", "Hola, {n}:\n\nTe agradecemos que pensaras en nosotros para la campaña navideña. Al final entra una vecina del pueblo que lleva varios inviernos en el obrador, y ya no queda hueco. ¡Suerte con la búsqueda!\n\nUn saludo,\n{sig}\nTurrones Hermanos Garrigós", "Turrones Hermanos Garrigós", "turronesgarrigos", lang="es", tz="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu candidatura navideña ya está con nosotros. Te elijamos o no, tendrás respuesta nuestra este mismo mes.\n\nUn saludo,\n{sig}\nTurrones Hermanos Garrigós", "Turrones Hermanos Garrigós", "turronesgarrigos", lang="es", tz="es")
wr("fr", "Votre candidature à la biscuiterie", "Bonjour {full},\n\nUn grand merci pour votre candidature. Nous embauchons une Finistérienne qui tenait déjà nos fours à galettes l'été dernier. Bon vent pour la suite.\n\nCordialement,\n{sig}\nBiscuiterie de l'Aber", "Biscuiterie de l'Aber", "biscuiterie-aber", lang="fr", tz="fr")
wo("interview", "fr", "Rendez-vous à la biscuiterie", "Bonjour {full},\n\nSeriez-vous libre le {dl} à 14 h pour un essai ? Malheureusement notre cour est défoncée par les travaux ; laissez votre voiture près du port.\n\nCordialement,\n{sig}\nBiscuiterie de l'Aber", "Biscuiterie de l'Aber", "biscuiterie-aber", lang="fr", tz="fr")
wr("hi", "पीतल कारखाने में आवेदन के बारे में", "नमस्ते {full} जी,\n\nआपका पत्र हमें मिल गया। ढलाई की जो जगह खाली थी, उस पर अब बरसों से यही काम करते आ रहे एक मिस्त्री जी लग गए हैं। आपको जल्द अच्छा काम मिले, यही कामना है।\n\nसादर,\n{sig}\nरामगंगा धातुकला", "रामगंगा धातुकला", "moradabadbrass", lang="hi", tz="in")
wo("offer", "hi", "नियुक्ति की सूचना", "नमस्ते {full} जी,\n\nपॉलिश विभाग में आपका काम पक्का हुआ। {dl} को सुबह नौ बजे पहुँचिए। अफ़सोस, गेट वाली सड़क खुदी पड़ी है, पिछली गली से आइएगा।\n\n{sig}\nरामगंगा धातुकला", "रामगंगा धातुकला", "moradabadbrass", lang="hi", tz="in")
wr("it", "Candidatura in liuteria", "Gentile {full},\n\ngrazie della sua lettera. Come aiuto in bottega abbiamo preso un giovane diplomato quest'anno in liuteria, già pratico di vernici a olio. In bocca al lupo per la ricerca.\n\nCordiali saluti,\n{sig}\nLiuteria Ponchielli", "Liuteria Ponchielli", "liuteriaponchielli", lang="it", tz="it")
wo("next_steps", "it", "Documenti da inviare", "Gentile {full},\n\nci servirebbero, entro il {dl}, alcune foto di strumenti o lavori suoi e due righe di presentazione.\n\nCordiali saluti,\n{sig}\nLiuteria Ponchielli", "Liuteria Ponchielli", "liuteriaponchielli", lang="it", tz="it")
wr("ja", "漆器工房 求人応募の件", "{full} 様\n\nこの度は当工房の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は下地塗りの経験がある方を採用することとなりました。{n}様の今後のご活躍をお祈り申し上げます。\n\n輪島塗 漆芳工房\n{sig}", "輪島塗 漆芳工房", "wajima-shippo", lang="ja", tz="jp")
wo("application_received", "ja", "ご応募ありがとうございます", "{full} 様\n\n求人へのご応募を受け付けました。結果の如何にかかわらず、二週間以内にメールでご連絡いたします。\n\n輪島塗 漆芳工房\n{sig}", "輪島塗 漆芳工房", "wajima-shippo", lang="ja", tz="jp")
wr("ko", "옹기 공방 지원 결과 안내", "{full}님께,\n\n지원서 잘 받아 보았습니다. 이번 자리는 가마를 오래 다뤄 본 분께 드리게 되었습니다. 앞으로 하시는 일 잘 풀리길 빕니다.\n\n감사합니다.\n{sig} 드림\n흙숨 옹기", "흙숨 옹기", "heuksum", lang="ko", tz="kr")
wo("interview", "ko", "면접 일정 안내", "{full}님께,\n\n{dl} 오후 2시에 공방에서 뵙고 싶습니다. 아쉽게도 주차장이 공사 중이라 대중교통을 이용해 주세요.\n\n{sig} 드림\n흙숨 옹기", "흙숨 옹기", "heuksum", lang="ko", tz="kr")
wr("pt", "Candidatura ao ateliê de azulejos", "Olá {n},\n\nAgradecemos o interesse no nosso ateliê. Ponderámos com calma e ficámos com alguém que já pinta painéis à mão há uns anos. Boa sorte na procura.\n\nCumprimentos,\n{sig}\nAzulejaria da Graça", "Azulejaria da Graça", "azulejariagraca", lang="pt", tz="pt")
wo("offer", "pt", "Proposta de trabalho", "Olá {n},\n\nGostaríamos de contar consigo no ateliê a partir de {dl}. Infelizmente o elevador continua avariado; suba a pé até ao segundo andar.\n\nCumprimentos,\n{sig}\nAzulejaria da Graça", "Azulejaria da Graça", "azulejariagraca", lang="pt", tz="pt")
wr("ru", "Ответ по вакансии в самоварной мастерской", "Здравствуйте, {full}!\n\nблагодарим, что откликнулись. Помощником мастера у нас теперь будет человек, давно знакомый с лужением медной посуды. Удачи вам в поисках работы.\n\nС уважением,\n{sig}\nТульская самоварная мастерская", "Тульская самоварная мастерская", "tulasamovar", lang="ru", tz="ru")
wo("next_steps", "ru", "Документы для оформления", "Здравствуйте, {full}!\n\nПросим до {dl} прислать копию паспорта и трудовой книжки.\n\nС уважением,\n{sig}\nТульская самоварная мастерская", "Тульская самоварная мастерская", "tulasamovar", lang="ru", tz="ru")
wr("sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nShukrani kwa barua yako kuhusu kazi ya kuchapa kanga. Tayari tumepata fundi anayejua kuchonga mihuri ya mbao, hivyo nafasi hiyo haipo tena. Mungu akujalie upate kazi nzuri.\n\nWako,\n{sig}\nKanga za Kariakoo", "Kanga za Kariakoo", "kangakariakoo", lang="sw", tz="tz")
wo("application_received", "sw", "Tumepokea ombi lako", "Habari {n},\n\nBarua yako imefika salama. Iwe umechaguliwa au la, jibu litakufikia mwezi huu huu.\n\nWako,\n{sig}\nKanga za Kariakoo", "Kanga za Kariakoo", "kangakariakoo", lang="sw", tz="tz")
wr("th", "ผลการสมัครงานโรงน้ำปลา", "เรียน คุณ{full}\n\nขอบคุณมากที่ส่งใบสมัครมาค่ะ รอบนี้โรงงานรับพี่ที่เคยหมักปลาอยู่บ้านเพไปแล้ว ตำแหน่งจึงเต็มค่ะ เป็นกำลังใจให้นะคะ\n\n{sig}\nโรงน้ำปลาตราปลาทองระยอง", "โรงน้ำปลาตราปลาทองระยอง", "platongrayong", lang="th", tz="th")
wo("interview", "th", "นัดสัมภาษณ์งาน", "เรียน คุณ{full}\n\nรบกวนมาคุยกันที่โรงงานวันที่ {dl} สิบโมงเช้าค่ะ แต่ลานหน้าโรงงานยังเทปูนอยู่ จอดรถหน้าวัดได้เลยค่ะ\n\n{sig}\nโรงน้ำปลาตราปลาทองระยอง", "โรงน้ำปลาตราปลาทองระยอง", "platongrayong", lang="th", tz="th")
wr("tr", "Bakırcı atölyesi başvurunuz hakkında", "Sayın {full},\n\nBaşvurunuz bize ulaştı, sağ olun. Kalay işini yıllardır yapan bir ustayı aldık, bu yüzden yer kalmadı. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}\nZeugma Bakır Evi", "Zeugma Bakır Evi", "zeugmabakir", lang="tr", tz="tr")
wo("offer", "tr", "İş teklifi", "Sayın {full},\n\nSizi atölyemizde çırak olarak görmekten mutluluk duyarız. {dl} tarihinde işe başlayabilirsiniz. Maalesef çay ocağımız tadilatta, yanınızda termos getirin.\n\n{sig}\nZeugma Bakır Evi", "Zeugma Bakır Evi", "zeugmabakir", lang="tr", tz="tr")
wr("ur", "کھسہ ورکشاپ میں درخواست", "محترمہ {full}،\n\nآپ کی درخواست ملی، بہت مہربانی۔ تلّے کی کڑھائی والی جگہ پر ایک تجربہ کار کاریگر آ چکی ہیں، اس لیے اب گنجائش نہیں رہی۔ آپ کی تلاش کامیاب ہو۔\n\nوالسلام،\n{sig}\nلاہور کھسہ گھر", "لاہور کھسہ گھر", "lahorekhussa", lang="ur", tz="pk")
wo("next_steps", "ur", "ضروری دستاویزات", "محترمہ {full}،\n\n{dl} سے پہلے اپنی کڑھائی کے تین چار نمونوں کی تصویریں اور شناختی کارڈ کی کاپی ارسال فرما دیں۔\n\nوالسلام،\n{sig}\nلاہور کھسہ گھر", "لاہور کھسہ گھر", "lahorekhussa", lang="ur", tz="pk")
wr("zh", "关于刺绣工坊的应聘", "{full}您好：\n\n收到您的来信，十分感谢。这个岗位我们已请到一位绣了多年双面绣的老师傅，名额已满。祝您求职顺利。\n\n此致\n{sig}\n姑苏绣坊", "姑苏绣坊", "gusuxiufang", lang="zh", tz="cn")
wo("interview", "zh", "面试通知", "{full}您好：\n\n请于{dl}下午两点来工坊面谈。很遗憾楼下停车场正在维修，建议乘地铁过来。\n\n{sig}\n姑苏绣坊", "姑苏绣坊", "gusuxiufang", lang="zh", tz="cn")
wr("srp", "Ваша пријава за посао у радионици опанака", "Поштовани/а {full},\n\nВаша пријава нас је обрадовала. Ипак, посао смо поверили мајстору из Пожеге, који деценију плете опуте за опанке. Срећно у потрази.\n\nСрдачан поздрав,\n{sig}\nОпанчарска радња Шумадија", "Опанчарска радња Шумадија", "opanci-sumadija", lang="srp", tz="rs")
wo("application_received", "srp", "Примили смо вашу пријаву", "Поштовани/а {full},\n\nПријава је код нас. Звали вас на разговор или не, одговор ћете добити овог месеца.\n\nСрдачан поздрав,\n{sig}\nОпанчарска радња Шумадија", "Опанчарска радња Шумадија", "opanci-sumadija", lang="srp", tz="rs")
wr("yue", "麻雀雕刻學徒申請結果", "{full}你好，\n\n收到你封信，唔該晒。師傅揀咗個以前喺舖頭幫過手嘅後生，所以學徒位已經有人頂咗。希望你早日搵到心水工。\n\n{sig}\n永記麻雀", "永記麻雀", "wingkeemahjong", lang="yue", tz="hk")
wo("interview", "yue", "約見時間", "{full}你好，\n\n師傅想請你{dl}下晝三點上嚟舖頭傾下。可惜部升降機壞咗，要行樓梯上三樓。\n\n{sig}\n永記麻雀", "永記麻雀", "wingkeemahjong", lang="yue", tz="hk")
wr("cat", "La teva candidatura al celler", "Benvolguda {n},\n\nGràcies per haver-nos escrit. Al final la feina l'ha agafat algú que ja havia fet el degollat al celler d'un cosí, i ja no tenim lloc. Molta sort en la recerca.\n\nSalutacions cordials,\n{sig}\nCaves Mas Ferrer", "Caves Mas Ferrer", "cavesmasferrer", lang="cat", tz="es")
wo("next_steps", "cat", "Documentació pendent", "Benvolguda {n},\n\nEt demanem que ens enviïs abans del {dl} una còpia del DNI i el certificat de manipuladora d'aliments.\n\nSalutacions,\n{sig}\nCaves Mas Ferrer", "Caves Mas Ferrer", "cavesmasferrer", lang="cat", tz="es")
wr("nor", "Søknad om jobb i lefsebakeriet", "Hei {n},\n\nTakk for søknaden og interessen. Jobben gikk til ei som har kjevlet lefser her i mange somre, så plassen er tatt. Lykke til med jobbjaktinga!\n\nHilsen\n{sig}\nValdres Lefsebakeri", "Valdres Lefsebakeri", "valdreslefse", lang="nor", tz="no")
wo("offer", "nor", "Tilbud om sommerjobb", "Hei {n},\n\nVi vil gjerne tilby deg sommerjobben fra {dl}. Dessverre er kaffemaskinen ødelagt, så ta med termos.\n\nHilsen\n{sig}\nValdres Lefsebakeri", "Valdres Lefsebakeri", "valdreslefse", lang="nor", tz="no")
wr("fin", "Hakemuksesi saunanrakentajaksi", "Hei {n},\n\nkiitos, että hait meille. Paikka meni hakijalle, jolla on jo vuosien kokemus hirsisaunoista, joten tällä erää se on täytetty. Tsemppiä jatkoon!\n\nTerveisin\n{sig}\nKuusamon Saunapaja", "Kuusamon Saunapaja", "kuusamosauna", lang="fin", tz="fi")
wo("interview", "fin", "Kutsu haastatteluun", "Hei {n},\n\nTulisitko haastatteluun verstaalle {dl} kello 10? Valitettavasti piha on kaivettu auki, joten pysäköi tien varteen.\n\nTerveisin\n{sig}\nKuusamon Saunapaja", "Kuusamon Saunapaja", "kuusamosauna", lang="fin", tz="fi")
wr("ell", "Σχετικά με την αίτησή σας", "Αγαπητή {n},\n\nλάβαμε το γράμμα σας και σας το χρωστάμε ένα ευχαριστώ. Τη θέση την πήρε μια τεχνίτρια που περνάει χάντρες κεχριμπαριού εδώ και χρόνια. Καλή τύχη στο ψάξιμο.\n\nΜε εκτίμηση,\n{sig}\nΚομπολόγια Ναυπλίου", "Κομπολόγια Ναυπλίου", "komboloi-nafplio", lang="ell", tz="gr")
wo("application_received", "ell", "Λάβαμε την αίτησή σας", "Αγαπητή {n},\n\nη αίτησή σας έφτασε. Είτε σας καλέσουμε είτε όχι, θα σας απαντήσουμε μέσα σε δέκα μέρες.\n\nΜε εκτίμηση,\n{sig}\nΚομπολόγια Ναυπλίου", "Κομπολόγια Ναυπλίου", "komboloi-nafplio", lang="ell", tz="gr")
wr("vie", "Kết quả ứng tuyển xưởng nón lá", "Kính gửi {full},\n\nXưởng đã nhận được thư của bạn, xin cảm ơn. Chỗ này đã có một cô chằm nón lâu năm ở làng nhận làm rồi. Mong bạn gặp được việc ưng ý.\n\nTrân trọng,\n{sig}\nXưởng Nón Lá Phú Cam", "Xưởng Nón Lá Phú Cam", "nonlaphucam", lang="vie", tz="vn")
wo("next_steps", "vie", "Bổ sung hồ sơ", "Kính gửi {full},\n\nXin vui lòng gửi bản sao căn cước công dân và sơ yếu lý lịch trước ngày {dl}.\n\nTrân trọng,\n{sig}\nXưởng Nón Lá Phú Cam", "Xưởng Nón Lá Phú Cam", "nonlaphucam", lang="vie", tz="vn")
wr("afr", "Jou aansoek by die slaghuis", "Beste {n}\n\nDankie dat jy by ons aansoek gedoen het. Die werk gaan aan 'n oom wat al vir jare ons wors stop, en daar is nou nie meer plek nie. Alles van die beste.\n\nVriendelike groete\n{sig}\nSlaghuis Oom Gert", "Slaghuis Oom Gert", "oomgertslaghuis", lang="afr", tz="za")
wo("interview", "afr", "Onderhoud by die slaghuis", "Beste {n}\n\nKan jy op {dl} om nege-uur kom vir 'n gesprek? Ongelukkig is die voordeur stukkend, kom asseblief by die agterkant in.\n\nGroete\n{sig}\nSlaghuis Oom Gert", "Slaghuis Oom Gert", "oomgertslaghuis", lang="afr", tz="za")
wr("tgl", "Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nNatanggap namin ang iyong sulat, maraming salamat. May nakuha na kaming mananahing taga-Pagsanjan na ilang taon nang gumagawa ng tsinelas, kaya wala nang bakante. Sana makahanap ka ng trabahong bagay sa iyo.\n\nLubos na gumagalang,\n{sig}\nTsinelasan ni Mang Caloy", "Tsinelasan ni Mang Caloy", "tsinelasancaloy", lang="tgl", tz="ph")
wo("offer", "tgl", "Tanggap ka na!", "Magandang araw, {n}!\n\nTanggap ka na bilang mananahi! Puwede kang magsimula sa {dl}. Sayang at sira ang electric fan sa shop, kaya magdala ka ng pamaypay.\n\n{sig}\nTsinelasan ni Mang Caloy", "Tsinelasan ni Mang Caloy", "tsinelasancaloy", lang="tgl", tz="ph")
wr("fas", "درباره‌ی درخواست همکاری در کارگاه خاتم‌کاری", "{full} گرامی،\n\nنامه‌ی شما به دستمان رسید، ممنونیم. این جا را به هنرجویی سپردیم که چند سال شاگرد استاد خودمان بوده است. امیدواریم کار دلخواهتان را پیدا کنید.\n\nارادتمند،\n{sig}\nکارگاه خاتم شیراز", "کارگاه خاتم شیراز", "khatamshiraz", lang="fas", tz="ir")


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
    "srp": "{d}. {m}. {y}.", "yue": "{m}月{d}號", "cat": "{d}/{m}/{y}", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}",
    "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}", "afr": "{y}-{mm}-{dd}", "tgl": "{d}/{m}/{y}", "fas": "{y}/{m}/{d}",
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
        rec["id"] = f"blind78:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 77; this slice and any later one are skipped by number."""
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
