# ruff: noqa: E501, S311
"""Write the seventy-second sealed blind slice for issue 11 (blind-slice-72.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 72 and later never read; our side printed)
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

SEED = 720721
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-72.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 72
SKIP_FROM = 72  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Imogen Thackeray", "Padraig Ó Cinnéide", "Vaishnavi Iyengar", "Rupert Haddow", "Zanele Ntuli",
    "Wiremu Paewai", "Georgiana Fairweather", "Clodagh Mulvey", "Ifeanyi Okafor", "Morwenna Jago",
    "Temitope Bankole", "Sipho Dlamini", "Keerthana Raghavan", "Eithne Gallagher", "Oluchi Eze",
    "Peregrine Stokes", "Kiri Rangihuna", "Sadhbh Kearney", "Arindam Chakraborty", "Maeve Hanrahan",
    "Nomvula Zwane", "Ewan Strachan", "Siddharth Apte", "Kateřina Holubová", "Bram Jacobs",
    "Kojo Amponsah", "Refilwe Molefe", "Ananya Bhattacharya", "Cillian Mac Giolla", "Chidi Anozie",
    "Henrietta Pollard", "Farah Nazari", "Muthoni Wairimu", "Francesca Bellini", "Eoghan Corr",
    "Nkechi Obiora", "Tressa Polglase", "Manaia Te Rangi", "Atieno Owino", "Maëlle Durand",
]
REGION_SIGNERS = {
    "uk": ["Rosamund Crabtree", "Gethin Pryce", "Farzana Begum", "Angus Lennox", "Kerensa Trewin", "Nigel Ashworth"],
    "ie": ["Gráinne Ní Fhlatharta", "Declan Moriarty", "Síle Brennan", "Tadgh Fitzmaurice"],
    "us": ["Marisol Quintero", "Delbert Yoder", "Shawnice Parker", "Gunnar Halvorsen", "Priscilla Tate"],
    "ca": ["Josée Thibodeau", "Manpreet Grewal", "Taras Kowalchuk", "Angus MacIsaac"],
    "au": ["Kirrily Baxter", "Stavros Nikolaidis", "Shona McGuire", "Linh Pham"],
    "nz": ["Pita Tawhiri", "Robyn Gilchrist", "Sione Tupou", "Ngaire Wihongi"],
    "za": ["Thandeka Cele", "Riaan Botha", "Lwazi Nkosi", "Marlize Venter"],
    "in": ["Revathi Subramaniam", "Pradeep Deshpande", "Rukhsana Qureshi", "Manjunath Gowda"],
    "ng": ["Funmilayo Ogunleye", "Chukwuemeka Nnaji"], "ke": ["Wambui Githinji", "Kibet Rotich"],
    "ph": ["Marites Dizon", "Rodel Macaraeg"], "sg": ["Tan Hui Min", "Suresh Pillai"],
    "br": ["Luciana Ferraz", "Thiago Mendonça"], "itl": ["Federica Galli", "Stefano Ricci"],
    "eg": ["Mona Abdelrahman", "Karim Fawzy"], "kor": ["Park Soo-jin", "Lee Dong-hyun"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "it": "itl", "kr": "kor",
}
LANG_SIGNERS = {
    "ar": ["هالة المصري", "ياسر الحربي"], "de": ["Hannelore Vogt", "Wolfram Sattler"],
    "es": ["Remedios Aranda", "Eusebio Collado"], "fr": ["Brigitte Lemoine", "Yannick Guérin"],
    "hi": ["सुनीता चौहान", "महेश पांडे"], "it": ["Loredana Ferri", "Salvatore Greco"],
    "ja": ["小林 由美", "松本 浩二"], "ko": ["김선영", "박재훈"], "pt": ["Graça Teixeira", "Rui Carvalho"],
    "ru": ["Галина Павлова", "Олег Никитин"], "sw": ["Mwanaisha Salim", "Juma Mfinanga"],
    "th": ["ลำดวน พรหมวงศ์", "อรุณี บุญมา"], "tr": ["Hülya Aydın", "Kemal Öztürk"],
    "ur": ["شازیہ پروین", "طارق محمود"], "zh": ["王丽华", "刘志强"],
    "aze": ["Günay Məmmədova", "Elçin Hüseynov"], "eus": ["Miren Agirre", "Iñaki Zubizarreta"],
    "tam": ["கலைவாணி முருகன்", "செந்தில் குமார்"], "ltz": ["Josée Hoffmann", "Marc Weber"],
    "lav": ["Ilze Bērziņa", "Andris Kalniņš"], "nep": ["सरिता श्रेष्ठ", "बिकास गुरुङ"],
    "slk": ["Zuzana Horváthová", "Peter Kováč"], "est": ["Kadri Tamm", "Margus Saar"],
    "swe": ["Annika Lindqvist", "Björn Ekström"], "hrv": ["Vesna Kovačević", "Goran Babić"],
}
LANG_RECIPIENTS = {
    "ar": ["لينا العتيبي", "منى الزهراني"], "de": ["Annegret Lorenz", "Lukas Brandt"],
    "es": ["Ainhoa Campos", "Álvaro Mena"], "fr": ["Océane Roux", "Thibault Lefèvre"],
    "hi": ["नेहा अग्रवाल", "विकास यादव"], "it": ["Giulia Marino", "Matteo Fontana"],
    "ja": ["佐藤 彩", "山田 大輔"], "ko": ["이수빈", "최현우"], "pt": ["Inês Moreira", "Duarte Sousa"],
    "ru": ["Ксения Орлова", "Антон Белов"], "sw": ["Neema Kisanga", "Daudi Mushi"],
    "th": ["ศิริพร จันทร์หอม", "ธนพล มีสุข"], "tr": ["Elif Şahin", "Burak Yıldız"],
    "ur": ["سدرہ اقبال", "ماہ نور خان"], "zh": ["张雨婷", "黄文杰"],
    "aze": ["Nərmin Əliyeva", "Tural Qasımov"], "eus": ["Ane Etxeberria", "Jon Arregi"],
    "tam": ["பிரியா ராஜேந்திரன்", "அருண் பாலு"], "ltz": ["Lynn Schmit", "Tom Reuter"],
    "lav": ["Līga Ozola", "Jānis Liepiņš"], "nep": ["अनिता थापा", "रमेश अधिकारी"],
    "slk": ["Lucia Bálintová", "Martin Šimko"], "est": ["Liis Kask", "Rasmus Põder"],
    "swe": ["Elin Sjöberg", "Oskar Nyberg"], "hrv": ["Ivana Jurić", "Luka Perić"],
}
GIVEN = {
    "Padraig Ó Cinnéide": "Padraig", "Cillian Mac Giolla": "Cillian", "Gráinne Ní Fhlatharta": "Gráinne",
    "Tan Hui Min": "Hui Min", "Park Soo-jin": "Soo-jin", "Lee Dong-hyun": "Dong-hyun",
}
PROVIDERS = ["wagtailmail", "dunlinpost", "ouzelbox", "shrikenet", "dipperpost", "godwitmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "br": ("-0300", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "eg": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "np": ("+0545", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind72-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, cheers for Tuesday's wander round the chiller and loading dock. Forklift permit number and my two referees' phones, as promised:\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R{ref} – {role}: closed", "Hello {n},\n\nRequisition R{ref} ({role}) is closed, and nobody was appointed. {x} For that reason no candidate is being taken forward, yours included.\n\nThanks from the talent team at {co} for applying.\n\n{co} Careers", ("Holmfirth Tyre Retreaders", "Salida Slope Services"), ("holmfirth-retread", "salida-slope"), role=("Retread Line Operator", "Groomer Mechanic"), tz=("uk", "usm"), x=("The retread work is moving to our partner plant in Garstang.", "Grooming of the upper runs has gone out to a contract crew this winter."))
mr("gh", "Your application to {co}", "Hi {n},\n\nAppreciate all the chats about {role}. The offer's gone to a restorer who {x}, and she accepted on Friday.\n\nIt was close, truly.\n\n{sig}\n{co}", ("Helmsley Gnomon Restorers", "Coudersport Sleigh Bells"), ("helmsley-gnomons", "coudersport-bells"), role=("Restoration Assistant", "Bell Polisher"), tz=("uk", "use"), x=("has recut gnomons for churchyards since 2011", "has tuned brass harness bells for twenty winters"))
mr("lv", "{co} – {role}", "Hi {n},\n\nI'm writing about the {role} role at {co}. After the last round the team chose another person, a maker who {x}.\n\nThank you for the care in your portfolio; it was passed round the whole bench.\n\n{sig}", ("Stalham Reed Cutters", "Antigo Decoy Works"), ("stalham-reeds", "antigo-decoys"), role=("Bundle Tier", "Paint Finisher"), tz=("uk", "usc"), x=("bundled thatching reed for a decade", "painted teal and canvasback heads for the county fair"))
mr("sr", "{co}: application update", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>{x}</td></tr></table><p>Many thanks for applying to {co}.</p></body></html>", ("Kirkbymoorside Ice Cream Vans", "Tillamook Buoy Repairs"), ("kmoorside-vans", "tillamook-buoys"), role=("Van Fitter", "Buoy Welder"), tz=("uk", "usp"), x=("Finished – the vacancy went to a different candidate", "Done – another applicant was hired"))
mr("ic", "{role} (Req {ref})", "Dear {n},\n\nYour {role} application now reads:\n\nNot Selected – {x}\n\nThe requisition stays on file in your candidate profile.\n\n{co} Recruiting", ("Amesbury Crane Hire", "Mifflinburg Buggy Shop"), ("amesbury-cranes", "mifflinburg-buggy"), role=("Slinger Signaller", "Wheel Builder"), tz=("uk", "use"), x=("Lifting Card Not Supplied", "Trade Test Not Passed"))
mr("tl", "Job posting {ref} – {role}", "Dear {n},\n\nJob posting {ref} for {role} has a new status: {x}.\n\nAll applications attached to the posting are closed with it. This notice is sent automatically.\n\n{co}", ("Ouray Hot Springs Pools", "Cresco Seed Potato Co-op"), ("ouray-pools", "cresco-seedspud"), role=("Pool Technician", "Grader Operator"), tz=("usm", "usc"), x=("Cancelled – the winter pool hall stays shut until 2027", "Withdrawn – grading merged into the day crew"))
mr("wk", "{role} at {co}", "Hi {n},\n\nThe {role} ad brought in {x} applications. We phoned nine, and four came for a trial afternoon. One of the trial four has the job – not you, sorry.\n\nThanks for applying.\n\n{sig}, {co}", ("Taree Trampoline Repairs", "Crookwell Woolshed Hire"), ("taree-tramps", "crookwell-sheds"), role=("Spring and Mat Repairer", "Shed Hand"), tz=("au", "au"), x=("one hundred and thirty-six", "sixty-three"))
mr("bh", "About the {role} hours", "Hi {n},\n\nAbout the {role} hours at {co}: Our staff get the first pick of new shifts, and {x} put her hand up on Monday, so those hours are now taken.\n\nRegards,\n{sig}", ("Tapanui Wool-Blend Knitters", "Prieska Tiger's Eye Cutters"), ("tapanui-knits", "prieska-stones"), role=("Machine Knitter", "Stone Polisher"), tz=("nz", "za"), x=("a finisher from our sock line", "one of the sorting-table staff"))
mr("tt", "{role} – answer from {co}", "Hello {n},\n\nMany thanks you come to talk last Tuesday. {x}\n\nGood luck for your search.\n\n{sig}\n{co}", ("Paonia Espresso Roasters", "Cootehill Gelato"), ("paonia-roast", "cootehill-gelato"), role=("Roaster Assistant", "Gelato Maker"), tz=("br", "it"), x=("Our owner was thinking a lot, and finally he choose for this work a boy who is helping already in the farm market stand.", "The chef has think about it long, and he give the place to a cousin who work before in Bologna with him."))
mr("ps", "Your application: {role}", "Dear {n},\n\n{x} It was nice to talk with you.\n\nBest regards,\n{sig}\n{co}", ("Awka Date Press", "Hassan Kimchi Kitchen"), ("awka-dates", "hassan-kimchi"), role=("Press Helper", "Kitchen Assistant"), tz=("eg", "kr"), x=("After long discuss we decided to take the person who make this pressing since fifteen year in Alexandria.", "After thinking with our team, we have chosen one person who is making kimchi in big quantity since many years."))
mr("pp", "{role}: outcome", "Dear {n},\n\nScoring for {role} is done. Your total was {x}; only the three highest were asked to interview.\n\nThank you for applying to {co}.\n\n{sig}", ("Hubballi Bell Metal Foundry", "Coudersport Organ Bellows Guild"), ("hubballi-bellmetal", "coudersport-bellows"), role=("Mould Maker", "Leather Patcher"), tz=("in", "use"), x=("18 out of 40, while the line sat at 27", "15 out of 30, while the line sat at 22"))
mr("jz", "Bookings for {co}", "Hi {n},\n\nYour showreel reached {co}. The {x} dates we were hiring for went to an act the couples requested, so the roster stays as it is for this season.\n\nCheers,\n{sig}", ("Helmsley Ceilí Caller Agency", "Sheridan Barn Fiddlers"), ("helmsley-callers", "sheridan-fiddlers"), role=("Caller", "Fiddler"), tz=("uk", "usm"), x=("spring hog-roast", "ranch wedding"))
mr("as", "{role} – your interview", "Hi {n}!\n\nSalamat po for coming last week. {x}\n\nKeep safe and God bless.\n\n{sig}\n{co}", ("Laoag Binakol Weavers", "Lorong Chuan Pineapple Tarts"), ("laoag-binakol", "chuan-tarts"), role=("Loom Assistant", "Baking Assistant"), tz=("ph", "sg"), x=("Our manager decided to go with the applicant who already weaves binakol at home, so she will be the one to join us.", "Boss decide already lah, he take the auntie's daughter who help at the stall last time."))
mr("o1", "Saturday job at the stall", "Hi {n},\n\nYou asked about the Saturday job on the honesty-box egg stall. My cousin's boy has just been laid off at the joinery, so he's doing it now.\n\nAll the best,\n{sig}", "Garstang Egg Stall", "garstang-eggs", tz="uk")
mr("o2", "Job in the shop", "Hi {n},\n\nNice of you to call in about the job. An old neighbour rang me last night wanting hours, and she has it now.\n\nGood luck now,\n{sig}\nCootehill Fishing Tackle", "Cootehill Fishing Tackle", "cootehill-tackle", tz="ie")
mr("o3", "Summer help", "Hi {n},\n\nNice of you to stop by the stand. My niece is home from college and she's taking the summer hours at the sweet-corn stand, so we're set.\n\n{sig}", "Cresco Sweet Corn", "cresco-corn", tz="usc")
mr("o4", "Re: fry cook", "Hi {n},\n\nThanks for the note. We're a husband-and-wife poutine truck and it turns out the two of us can cover the summer, so no hire this year.\n\n{sig}", "Canso Poutine Truck", "canso-poutine", tz="cat")
mr("o5", "Yard hand", "G'day {n},\n\nAppreciate the call about the yard job. The neighbour's lad lost his spot at the sawmill, so he's started with me instead.\n\nCheers,\n{sig}\nTaree Firewood Yard", "Taree Firewood Yard", "taree-firewood", tz="au")
mr("o6", "Picking season", "Kia ora {n},\n\nCheers for the message about blackcurrant picking. Last year's crew all came back, so every spot is filled.\n\nNgā mihi,\n{sig}", "Tapanui Berry Gardens", "tapanui-berries", tz="nz")
mr("o7", "The shop job", "Hi {n},\n\nLekker to meet you. My sister's daughter finished her course in December and she will help in the vetkoek shop now.\n\nSterkte,\n{sig}", "Prieska Vetkoek Corner", "prieska-vetkoek", tz="za")
mr("o8", "Counter salesman post", "Dear {n},\n\nYour CV was handed to us at the counter. Our old counter man has come back from his native place, so the post is filled again.\n\nRegards,\n{sig}\nBelgaum Kunda Sweets", "Belgaum Kunda Sweets", "belgaum-kunda", tz="in")
mr("o9", "Sales girl vacancy", "Dear {n},\n\nYou came by the shop last week. Madam's husband's niece has finished her service year and she is starting with us on Monday.\n\nRegards,\n{sig}\nOshogbo Resist-Dye Textiles", "Oshogbo Resist-Dye Textiles", "oshogbo-resistdye", tz="ng")
mr("o10", "Shop attendant", "Dear {n},\n\nYour CV reached us at the counter. Mzee has brought his grandson from shags to help at the counter, so the space is taken.\n\n{sig}\nMurang'a Farm Stockist", "Murang'a Farm Stockist", "muranga-stockist", tz="ke")
mr("o11", "Tindera position", "Hi {n},\n\nSalamat for your application. Our Bangued branch will close this month, so no more tindera will be hired there.\n\n{sig}\nLaoag Longganisa Store", "Laoag Longganisa Store", "laoag-longganisa", tz="ph")
mr("o12", "Stall helper", "Hi {n},\n\nThanks for asking. We are cutting the stall to four days already, so my wife and I can manage, no need helper.\n\n{sig}\nMattar Carrot Cake Stall", "Mattar Carrot Cake Stall", "mattar-carrotcake", tz="sg")
mr("o13", "Vacancy in the pizzeria", "Hi {n},\n\nThank you for coming yesterday. My brother's son arrive from Napoli next week and he will work in the pizzeria with us, so the place is taken.\n\nCiao,\n{sig}", "Antigo Wood Oven Pizza", "antigo-pizza", tz="it")
mr("o14", "Apprentice", "Dear {n},\n\nWe were glad you came by the workshop. The master's son has finished school and he will be the apprentice this year.\n\nRegards,\n{sig}\nHassan Silk Sari Tailors", "Hassan Silk Sari Tailors", "hassan-tailors", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-mus", "RE: [EXT] Re: {role}", "Hi {n},\n\nThe trustees met on Wednesday and offered the {role} post to Hazel Ormerod, who has mended our engines for years; she said yes.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Holmfirth Mill Engine Trust", "Salida Narrow Gauge Society"), ("holmfirth-engine", "salida-narrowgauge"), role=("Visitor Host", "Collections Assistant"), tz=("uk", "usm"))
mr("th-fd", "Re: [EXT] Re: {role} interview", "Hello {n},\n\nMonday's chat was a real pleasure. The members voted at the general meeting and Orrin Lathrop will be our new {role}; he starts on the 1st.\n\nBest,\n{sig}\n\n{GM}", ("Cresco Farmers' Grain Elevator", "Pincher Creek Bison Co-operative"), ("cresco-elevator", "pincher-bison"), role=("Scale House Clerk", "Yard Coordinator"), tz=("usc", "cam"))
mr("th-pr", "RE: [EXT] RE: {role}", "Dear {n},\n\nLovely having you in last week. The practice owners have given the {role} job to Carys Blethyn, who accepted on Thursday afternoon.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Stalham Equine Vets", "Awka Eye Clinic"), ("stalham-equinevets", "awka-eyeclinic"), role=("Yard Nurse", "Clinic Receptionist"), tz=("uk", "ng"))
mr("th-cl", "Re: [EXT] RE: {role}", "Hi {n},\n\nCheers for coming down to the boatshed. The committee met after training and Tom Rerekura was appointed {role}; he's already said yes.\n\nAll the best,\n{sig}\n\n{RULE}", ("Tapanui Rowing Club", "Amesbury Bell Ringers"), ("tapanui-rowing", "amesbury-bells"), role=("Club Coordinator", "Tower Administrator"), tz=("nz", "uk"))
mr("th-at", "RE: [EXT] Re: {role}", "Dear {n},\n\nThank you for meeting the directors. They settled it this morning: Lindiwe Mahlangu is joining us as {role} from next month.\n\nKind regards,\n{sig}\n\n{OUT}", ("Prieska Conveyancers Inc.", "Hubballi Cost Accountants"), ("prieska-conveyancers", "hubballi-costacc"), role=("Candidate Attorney", "Audit Assistant"), tz=("za", "in"))
mr("th-sc", "Re: [EXT] Re: {role} demo lesson", "Dear {n},\n\nThe children enjoyed Friday's demonstration lesson. The selection panel has chosen Ms Shalini Rao as our {role}, and she joins after the holidays.\n\nWith regards,\n{sig}\n\n{GM}", ("Belgaum Public School", "Hassan Vidya Mandir"), ("belgaum-school", "hassan-vidya"), role=("Music Teacher", "Art Teacher"), tz=("in", "in"))
mr("th-gh", "RE: [EXT] RE: {role}", "Dear {n},\n\nThank you once again for visiting the lodge. The proprietors have brought Achieng Ouma on as {role}; she reports on the fifth.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Murang'a Hills Guest House", "Asaba Riverside Suites"), ("muranga-guesthouse", "asaba-suites"), role=("Front Office Supervisor", "Housekeeping Lead"), tz=("ke", "ng"))
mr("th-sl", "Re: [EXT] RE: {role}", "Hi {n},\n\nGood to have you down at the slipway. The board picked Dagny Thorsen for the {role} role at Tuesday's meeting and she has accepted.\n\nCheers,\n{sig}\n\n{RULE}", ("Canso Sea Kayak School", "Tillamook Dory Club"), ("canso-kayak", "tillamook-dory"), role=("Instructor Lead", "Dock Steward"), tz=("cat", "usp"))
# ---- 8 clear refusals under long footers
mr("ft-um", "Your application at {co}", "Hi {n},\n\nAbout the {role} vacancy: having read your application, we're stopping it here – no interview this time.\n\n––––––\n{co} · umbrellas from {x}\nRead Under Cover, our monthly letter · Set up Shelter Jobs alerts in your account\nApplicant files are held thirteen months. If this came to the wrong inbox, please delete it.", ("Drizzleguard & Co", "Drizzleguard & Co Ireland"), ("drizzleguard", "drizzleguard-ie"), role=("Shop Assistant", "Store Supervisor"), tz=("uk", "ie"), x=("£22", "€27"))
mr("ft-sk", "{co}: {role}", "Hello {n},\n\nYour {role} application was looked at by the store team, and it stops at this stage.\n\n{co} | Hiring for skill, not pedigree\nText SKIJOBS to 40210 for new openings · Manage alerts under Me > Settings > Notifications\nNobody reads this mailbox.", ("Ridgeline Ski Swap", "Ridgeline Ski Swap Canada"), ("ridgeline-ski", "ridgeline-ski-ca"), role=("Ski Technician", "Rental Clerk"), tz=("usm", "cam"))
mr("ft-fi", "About your {role} application", "Hi {n},\n\nWe've looked at your {role} application and, unfortunately, we're passing on it.\n\n— {co} — fishing rods from {x}\nThe Tight Lines Letter · Privacy questions: privacy@{dom}\nThis email was meant for the named person only.", ("Snagless Tackle", "Snagless Tackle NZ"), ("snagless", "snagless-nz"), role=("Store Team Member", "Warehouse Picker"), tz=("au", "nz"), x=("$49", "NZ$55"))
mr("ft-un", "{role} – {co}", "Dear {n},\n\nThe {role} applications were reviewed and yours falls short at this round.\n\n{co} · free name labels with every blazer\nSMS UNIJOBS for new vacancies · Data handled per {x}\nPRIVATE: for the addressee only.", ("Blazerworks Uniforms", "Blazerworks Uniforms Nigeria"), ("blazerworks", "blazerworks-ng"), role=("Sales Consultant", "Stock Controller"), tz=("za", "ng"), x=("POPIA", "the NDPA"))
# ---- 9 hedged refusals
mr("hd-ot", "{role} – update", "Dear {n},\n\nMeeting you was a pleasure. Having met everyone, we felt two other therapists {x}, and we are inclined to build on that.\n\nWith best wishes,\n{sig}\n{co}", ("Helmsley Hand Therapy", "Cootehill Occupational Therapy"), ("helmsley-handtherapy", "cootehill-ot"), role=("Occupational Therapist", "Therapy Assistant"), tz=("uk", "ie"), x=("have more years with splinting after tendon repair", "have worked longer with stroke rehabilitation at home"))
mr("hd-ac", "Following up on {role}", "Hi {n},\n\nSorry for the wait. We're leaning a different way, toward a candidate whose {x} matches where we are right now.\n\nAll the best,\n{sig}\n{co}", ("Sheridan Ranch Bookkeeping", "Canso Fisheries Payroll"), ("sheridan-books", "canso-payroll"), role=("Bookkeeper", "Payroll Clerk"), tz=("usm", "cat"), x=("cattle-sale accounting", "seasonal crew payroll"))
mr("hd-su", "{role} application", "Dear {n},\n\nMany thanks for meeting us. Another applicant's {x} fitted the contracts on our books a little better, so that is where we've landed.\n\nKind regards,\n{sig}\n{co}", ("Crookwell Land Surveyors", "Tapanui Drainage Design"), ("crookwell-survey", "tapanui-drainage"), role=("Survey Assistant", "Drainage Technician"), tz=("au", "nz"), x=("boundary work on rural blocks", "stormwater modelling"))
mr("hd-en", "{role} – {co}", "Dear {n},\n\nWe appreciated your time at the interview. The panel felt that candidates who {x} sit more comfortably with where the workshop is heading this year.\n\nRegards,\n{sig}\n{co}", ("Hubballi Pump Engineers", "Oshogbo Agro Machinery"), ("hubballi-pumps", "oshogbo-agromach"), role=("Service Engineer", "Field Mechanic"), tz=("in", "ng"), x=("have rewound more borewell motors", "have rebuilt more cassava graters"))
mr("hd-sg", "{role} application", "Dear {n},\n\nIt was nice meeting you. Other candidates have fitted more hearing aids for seniors, and we think this suits the centre better now.\n\nBest regards,\n{sig}\n{co}", "Blangah Rise Hearing Centre", "blangah-hearing", role="Audiology Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-uk", "Following our call – {role}", "Hi {n},\n\nGood to speak earlier. As mentioned on our call, the client picked {x} for {role}. Another one looks like you: {y}. Want me to pitch you?\n\n{sig}\n{co}", ("Calder Talent Partners", "Front Range Staffing"), ("calder-talent", "frontrange-staffing"), role=("Operations Manager", "Plant Manager"), tz=("uk", "usm"), x=("their own night supervisor", "a manager they brought over from a jerky plant"), y=("a mushroom farm near Helmsley needs a production lead", "a tortilla chip plant near Salida wants a shift manager"))
mr("rc-au", "Re: our chat about {role}", "Hi {n},\n\nThanks for the chat yesterday. The client has gone with {x} for the {role} seat. On the bright side, {y} – keen to hear more?\n\n{sig}\n{co}", ("Manning River Recruitment", "Southern Lakes Talent"), ("manningriver-rec", "southernlakes-talent"), role=("Site Manager", "Factory Manager"), tz=("au", "nz"), x=("a maintenance supervisor already on site", "a long-serving team leader"), y=("an avocado packer near Taree is looking for an operations lead", "a deer velvet processor near Tapanui needs a plant supervisor"))
mr("rc-af", "{role} – feedback and another opening", "Dear {n},\n\nGood speaking this afternoon. The client filled the {role} position with {x}. I have another opening that fits your profile: {y}. Kindly confirm if I should submit you.\n\n{sig}\n{co}", ("Mt Kenya Talent Hub", "Delta Personnel Solutions"), ("mtkenya-talent", "delta-personnel"), role=("Production Supervisor", "Maintenance Manager"), tz=("ke", "ng"), x=("an internal candidate", "the engineer who looks after their boilers"), y=("an avocado oil factory in Murang'a needs a shift supervisor", "a cassava starch mill in Asaba wants a maintenance lead"))
mr("rc-za", "Feedback on {role}", "Hi {n},\n\nGood talking just now. The client chose their own packhouse supervisor for the {role} post. Mind you, there's a role at a pecan cracker near Prieska that looks like a good fit. Can I put you forward?\n\n{sig}\n{co}", "Gariep Line Recruitment", "gariepline-rec", role="Operations Manager", tz="za")
# ---- 8 public-sector notices
mr("ps-el", "Application for {role} – eligibility", "Dear {n},\n\nYour application for {role} with the {co} has been reviewed. {x} was required at the closing date and was not shown. This makes your rating ineligible and your file closes here.\n\nHuman Resources\n{co}", ("City of Salida", "Town of Canso"), ("salida-city", "canso-town"), role=("Water Operator I", "Equipment Operator"), tz=("usm", "cat"), x=("A Class B water distribution certificate", "A Class 3 licence with an air brake endorsement"))
mr("ps-rf", "{role} – referral notice", "Dear {n},\n\nFor {role}, the {x} best eligible scores were forwarded for selection. Your score sits below that group, so no referral is made for you. You stay on the eligible register for a year.\n\n{co} Personnel", ("County of Tillamook", "City of Coudersport"), ("tillamook-county", "coudersport-city"), role=("Maintenance Worker", "Permit Technician"), tz=("usp", "use"), x=("seven", "five"))
mr("ps-cx", "{role} – vacancy withdrawn", "Dear {n},\n\nAfter reviewing {x}, Council withdrew the {role} vacancy. Nobody is appointed; every application is closed with it.\n\nPeople and Culture\n{co}", ("Mid Coast Council", "Tapanui Plains District Council"), ("midcoast-council", "tapanuiplains-council"), role=("Pool Attendant", "Parks Officer"), tz=("au", "nz"), x=("aquatic centre opening hours", "the reserves maintenance contract"))
mr("ps-cu", "{role} – written test result", "Dear {n},\n\nFor {role}, the cut-off was {x}. Your mark falls below it; you are not called for interview and your candidature ends at this stage.\n\nSecretary\n{co}", ("Haveri District Recruitment Board", "Delta State Civil Service Commission"), ("haveri-recruit", "deltacsc"), role=("Village Accountant", "Clerical Officer"), tz=("in", "ng"), x=("61 of 100; you scored 53", "44 of 70; you scored 38"))
# ---- 6 bare ATS status updates
mr("st-hl", "Application status changed", "Hi {n},\n\nYour application for {role} at {co} has a new status:\n\nStatus: Closed – not under consideration\n\nSent by Hirefinch", ("Garstang Lock Gate Works", "Mifflinburg Tack Barn"), "hirefinch", frm="Hirefinch <status@{dom}>", role=("Carpenter", "Counter Assistant"), tz=("uk", "use"))
mr("st-tb", "{co} – {role}", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Archived · not moving forward</td></tr></table></body></html>", ("Crookwell Ag Supplies", "Pincher Creek Tire"), ("crookwell-ag", "pincher-tire"), role=("Store Hand", "Tire Tech"), tz=("au", "cam"))
mr("st-rw", "Your application progress", "{n} – {role}, progress so far:\n\nApplied ✓\nReviewed ✓\nResult: Not moving ahead\n\n{co} via Pathmark", ("Belgaum Dairy Co-op", "Asaba Logistics"), "pathmark", frm="Pathmark <updates@{dom}>", role=("Milk Tester", "Dispatch Clerk"), tz=("in", "ng"))
# ---- 6 internship / graduate decisions
mr("in-st", "{role} studentship", "Dear {n},\n\nYour form for the {role} summer studentship arrived safely. We had {x} applications for two places, and two other students took them up.\n\nBest wishes,\n{sig}\n{co}", ("Moorland Plover Project", "Broadland Water Beetle Survey"), ("moorland-plover", "broadbeetle-survey"), role=("Plover Nest Monitoring", "Bank Survey"), tz=("uk", "uk"), x=("96", "81"))
mr("in-in", "{role} internship decision", "Hi {n},\n\nThe {role} internship round has closed. This summer's places are all taken up by other students.\n\n{sig}\n{co}", ("Firn Lab", "Kelpline Trust"), ("firn-lab", "kelpline-trust"), role=("Snow Core Sampling", "Kelp Transect"), tz=("usm", "usp"))
mr("in-gr", "{role} Graduate Programme {x}", "Dear {n},\n\nThe {role} Graduate Programme offered {y} places in this intake. Graduates who said yes now fill every one; the intake is full.\n\nGraduate Recruitment\n{co}", ("Gariep Wind Utility", "Kenya Tea Research Board"), ("gariepwind", "keteaboard"), role=("Engineering", "Agronomy"), tz=("za", "ke"), x=("2026", "2026"), y=("six", "four"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition R{ref} – {role}: application received", "Hello {n},\n\nApplication for {role} (R{ref}) logged. {x} Otherwise review starts once the advert closes.\n\n{co} Careers", ("Holmfirth Tyre Retreaders", "Salida Slope Services"), ("holmfirth-retread", "salida-slope"), role=("Press Operator", "Parts Runner"), tz=("uk", "usm"), x=("Should the work move to a partner site, the requisition would be closed and every applicant told by email.", "If the contract crew takes this on, we'd close the requisition and write to all applicants."))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nThanks for your application for {role}. If we end up offering it to someone else, the hiring lead will write to you personally – no silent treatment here.\n\n{sig}\n{co}", ("Helmsley Gnomon Restorers", "Coudersport Sleigh Bells"), ("helmsley-gnomons", "coudersport-bells"), role=("Gilding Assistant", "Strap Stitcher"), tz=("uk", "use"))
mo("application_received", "lv", "{co} – application in", "Hi {n},\n\n{role} – your form's arrived. Yes or no, a human at the bench tells you, never a robot.\n\n{sig}", ("Stalham Reed Cutters", "Antigo Decoy Works"), ("stalham-reeds", "antigo-decoys"), role=("Yard Hand", "Carver's Helper"), tz=("uk", "usc"))
mo("application_received", "sr", "{co}: application received", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Next it shows Interview, or Finished should the post go to somebody else.</p></body></html>", ("Kirkbymoorside Ice Cream Vans", "Tillamook Buoy Repairs"), ("kmoorside-vans", "tillamook-buoys"), role=("Freezer Engineer", "Paint Shop Hand"), tz=("uk", "usp"))
mo("application_received", "ic", "{role} (Req {ref}) – next step", "Dear {n},\n\n{role} needs your {x} uploaded before closing; anything still missing then flips to Not Selected automatically.\n\n{co} Recruiting", ("Amesbury Crane Hire", "Mifflinburg Buggy Shop"), ("amesbury-cranes", "mifflinburg-buggy"), role=("Crane Supervisor", "Harness Maker"), tz=("uk", "use"), x=("lifting card", "trade test slip"))
mo("application_received", "tl", "Job posting {ref} – application submitted", "Dear {n},\n\nYour application to job posting {ref} ({role}) has been submitted. If the posting is put on hold or cancelled later, each attached applicant gets an automatic notice.\n\n{co}", ("Ouray Hot Springs Pools", "Cresco Seed Potato Co-op"), ("ouray-pools", "cresco-seedspud"), role=("Lifeguard", "Storage Hand"), tz=("usm", "usc"))
mo("application_received", "wk", "Got your application – {co}", "Hi {n},\n\nYour {role} application landed. Those we want to meet get a ring inside a fortnight; the others an email from us too.\n\n{sig}, {co}", ("Taree Trampoline Repairs", "Crookwell Woolshed Hire"), ("taree-tramps", "crookwell-sheds"), role=("Delivery Driver", "Rouseabout"), tz=("au", "au"))
mo("application_received", "bh", "Your note about the {role} shifts", "Hi {n},\n\nThanks for your note. Our staff can claim new hours first; should one of them bag these before interviews, a note from me follows.\n\n{sig}\n{co}", ("Tapanui Wool-Blend Knitters", "Prieska Tiger's Eye Cutters"), ("tapanui-knits", "prieska-stones"), role=("Packer", "Sorter"), tz=("nz", "za"))
mo("application_received", "tt", "We receive your application – {co}", "Hello {n},\n\nYour CV for {role} is arrive to us. Our owner read all CV next week. When the answer is no, also we write you, promise.\n\n{sig}\n{co}", ("Paonia Espresso Roasters", "Cootehill Gelato"), ("paonia-roast", "cootehill-gelato"), role=("Barista", "Counter Helper"), tz=("br", "it"))
mo("application_received", "ps", "Application received: {role}", "Dear {n},\n\nWe received your application for {role}. If we choose another person, anyway we send you short message, so you don't wait for nothing.\n\nBest regards,\n{sig}\n{co}", ("Awka Date Press", "Hassan Kimchi Kitchen"), ("awka-dates", "hassan-kimchi"), role=("Packing Helper", "Dishwasher"), tz=("eg", "kr"))
mo("application_received", "pp", "{role}: application logged", "Dear {n},\n\nYour application for {role} is logged. Scoring uses the four criteria in the pack, and then you get an email: either an interview time or a short closing note.\n\n{sig}, {co}", ("Hubballi Bell Metal Foundry", "Coudersport Organ Bellows Guild"), ("hubballi-bellmetal", "coudersport-bellows"), role=("Polisher", "Apprentice"), tz=("in", "use"))
mo("application_received", "jz", "Showreel received – {co}", "Hi {n},\n\nGot your showreel, thanks. When the season's bookings firm up I write to every act on the list, dates or not.\n\nCheers,\n{sig}", ("Helmsley Ceilí Caller Agency", "Sheridan Barn Fiddlers"), ("helmsley-callers", "sheridan-fiddlers"), tz=("uk", "usm"))
mo("application_received", "as", "Application for {role} received", "Hi {n}!\n\nYour application for {role} is in. Pasado man o hindi, we will email you once the manager decides. Keep safe!\n\n{sig}\n{co}", ("Laoag Binakol Weavers", "Lorong Chuan Pineapple Tarts"), ("laoag-binakol", "chuan-tarts"), role=("Dye House Helper", "Packer"), tz=("ph", "sg"))
mo("application_received", "th-mus", "Re: {role}", "Hi {n},\n\nYour {role} form's here. Heads-up: our longest-serving boiler volunteer may put in for it too, and the trustees know her. All forms get marked blind, mind.\n\n{sig}", ("Holmfirth Mill Engine Trust", "Salida Narrow Gauge Society"), ("holmfirth-engine", "salida-narrowgauge"), role=("Visitor Host", "Collections Assistant"), tz=("uk", "usm"))
mo("application_received", "th-fd", "Re: {role} application", "Hello {n},\n\nYour {role} form reached me. Members vote at the general meeting; every applicant, you too, hears the result from me that week.\n\n{sig}", ("Cresco Farmers' Grain Elevator", "Pincher Creek Bison Co-operative"), ("cresco-elevator", "pincher-bison"), role=("Scale House Clerk", "Yard Coordinator"), tz=("usc", "cam"))
mo("application_received", "ft-um", "Thanks for applying to {co}", "Hi {n},\n\n{role}: application safely in. A phone call within a fortnight means interview; silence means nothing more comes about this vacancy.\n\n––––––\n{co} · umbrellas from {x}\nRead Under Cover, our monthly letter · Applicant files are held thirteen months.", ("Drizzleguard & Co", "Drizzleguard & Co Ireland"), ("drizzleguard", "drizzleguard-ie"), role=("Shop Assistant", "Store Supervisor"), tz=("uk", "ie"), x=("£22", "€27"))
mo("application_received", "ft-sk", "{co}: application received", "Hello {n},\n\n{role} application: received. We only contact people picked for interview.\n\n{co} | Hiring for skill, not pedigree\nText SKIJOBS to 40210 for new openings\nThis mailbox is not read.", ("Ridgeline Ski Swap", "Ridgeline Ski Swap Canada"), ("ridgeline-ski", "ridgeline-ski-ca"), role=("Boot Fitter", "Rental Clerk"), tz=("usm", "cam"))
mo("application_received", "ps-el", "{role} – application received", "Dear {n},\n\n{role}: application logged. {x} must be on file when applications close; a file lacking it then gets an ineligible rating.\n\nHR Office\n{co}", ("City of Salida", "Town of Canso"), ("salida-city", "canso-town"), role=("Water Operator I", "Equipment Operator"), tz=("usm", "cat"), x=("a water distribution certificate", "a Class 3 licence"))
mo("application_received", "ps-rf", "{role} – application acknowledged", "Dear {n},\n\n{role}: application acknowledged. After scoring, you'll be posted a letter confirming whether your name was sent up to the hiring official or held back.\n\n{co} Personnel", ("County of Tillamook", "City of Coudersport"), ("tillamook-county", "coudersport-city"), role=("Maintenance Worker", "Permit Technician"), tz=("usp", "use"))
mo("application_received", "ps-cx", "{role} – thank you for applying", "Dear {n},\n\nYour {role} application is on file. Should Council shelve the vacancy, a posted letter lets each applicant know.\n\nPeople & Culture team\n{co}", ("Mid Coast Council", "Tapanui Plains District Council"), ("midcoast-council", "tapanuiplains-council"), role=("Pool Attendant", "Parks Officer"), tz=("au", "nz"))
mo("application_received", "ps-cu", "{role} – admit card issued", "Dear {n},\n\nThe {role} written-test admit card is now in the portal. If your mark lands under the cut-off, no further letter reaches you.\n\nSecretary\n{co}", ("Haveri District Recruitment Board", "Delta State Civil Service Commission"), ("haveri-recruit", "deltacsc"), role=("Village Accountant", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "st-hl", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} has a new status:\n\nStatus: Submitted – awaiting the hiring team\n\nSent by Hirefinch", ("Garstang Lock Gate Works", "Mifflinburg Tack Barn"), "hirefinch", frm="Hirefinch <status@{dom}>", role=("Carpenter", "Counter Assistant"), tz=("uk", "use"))
mo("application_received", "in-st", "{role} studentship – application received", "Dear {n},\n\nYour {role} studentship form is in. Place or no place, an email goes out to every applicant before April is over.\n\n{sig}\n{co}", ("Moorland Plover Project", "Broadland Water Beetle Survey"), ("moorland-plover", "broadbeetle-survey"), role=("Plover Nest Monitoring", "Bank Survey"), tz=("uk", "uk"))
mo("application_received", "in-gr", "{role} Graduate Programme – next: aptitude test", "Dear {n},\n\nYour form is complete. Stage two is an online aptitude test; anyone under its pass mark stops there.\n\nGraduate Recruitment\n{co}", ("Gariep Wind Utility", "Kenya Tea Research Board"), ("gariepwind", "keteaboard"), role=("Engineering", "Agronomy"), tz=("za", "ke"))
mo("application_received", "rc-uk", "Your CV – {role}", "Hi {n},\n\nThis morning I sent your CV across to the client ({role}). Yes or no, my call comes the day I hear.\n\n{sig}\n{co}", ("Calder Talent Partners", "Front Range Staffing"), ("calder-talent", "frontrange-staffing"), role=("Operations Manager", "Plant Manager"), tz=("uk", "usm"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-pr", "RE: [EXT] RE: {role}", "Dear {n},\n\nLovely having you in. The owners would like a second chat on {dl} at 10:00. Unfortunately our car park's lines are being repainted; street parking only.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Stalham Equine Vets", "Awka Eye Clinic"), ("stalham-equinevets", "awka-eyeclinic"), role=("Yard Nurse", "Clinic Receptionist"), tz=("uk", "ng"))
mo("interview", "th-cl", "Re: [EXT] RE: {role}", "Hi {n},\n\nCheers for coming to the boatshed. The committee is hoping you'll pop back for a chat on {dl} after training. Unfortunately the changing rooms have no hot water at the moment, so come dressed.\n\n{sig}\n\n{RULE}", ("Tapanui Rowing Club", "Amesbury Bell Ringers"), ("tapanui-rowing", "amesbury-bells"), role=("Club Coordinator", "Tower Administrator"), tz=("nz", "uk"))
mo("interview", "th-sc", "Re: [EXT] Re: {role} demo lesson", "Dear {n},\n\nThank you for applying. You are invited for a demonstration lesson on {dl} at 9.30 am. Unfortunately the music room is under repair, so the lesson will be in the library.\n\nWith regards,\n{sig}\n\n{GM}", ("Belgaum Public School", "Hassan Vidya Mandir"), ("belgaum-school", "hassan-vidya"), role=("Music Teacher", "Art Teacher"), tz=("in", "in"))
mo("interview", "hd-ot", "{role} – interview invitation", "Dear {n},\n\nCould you make an interview {dl}, 2 pm? Unfortunately the lift is broken and the clinic is two floors up.\n\nWith best wishes,\n{sig}\n{co}", ("Helmsley Hand Therapy", "Cootehill Occupational Therapy"), ("helmsley-handtherapy", "cootehill-ot"), role=("Occupational Therapist", "Therapy Assistant"), tz=("uk", "ie"))
mo("interview", "hd-ac", "Interview for {role}", "Hi {n},\n\nAre you free {dl}, 11 am? Unfortunately our front door jams when it's frosty – lean on it hard.\n\n{sig}\n{co}", ("Sheridan Ranch Bookkeeping", "Canso Fisheries Payroll"), ("sheridan-books", "canso-payroll"), role=("Bookkeeper", "Payroll Clerk"), tz=("usm", "cat"))
mo("interview", "hd-en", "{role} – interview", "Dear {n},\n\nYou are shortlisted for interview on {dl} at 10 am. Unfortunately the generator is down for servicing that morning; the office may be warm.\n\nRegards,\n{sig}\n{co}", ("Hubballi Pump Engineers", "Oshogbo Agro Machinery"), ("hubballi-pumps", "oshogbo-agromach"), role=("Service Engineer", "Field Mechanic"), tz=("in", "ng"))
mo("interview", "tt", "Interview – {co}", "Hello {n},\n\nWe like to meet you {dl}, 15:00. Unfortunately our shop is small, so we talk in the café next door.\n\n{sig}\n{co}", ("Paonia Espresso Roasters", "Cootehill Gelato"), ("paonia-roast", "cootehill-gelato"), tz=("br", "it"))
mo("interview", "jz", "Audition – {co}", "Hi {n},\n\nCould you play for us {dl}, 7 pm? Unfortunately the hall is double-booked with a yoga class until 7, so please wait in the foyer.\n\nCheers,\n{sig}", ("Helmsley Ceilí Caller Agency", "Sheridan Barn Fiddlers"), ("helmsley-callers", "sheridan-fiddlers"), tz=("uk", "usm"))
mo("interview", "hd-sg", "Interview – {role}", "Dear {n},\n\nInterview is on {dl}, 3 pm. Unfortunately the side door is shut after lunchtime, so come in by the front lobby.\n\nBest regards,\n{sig}\n{co}", "Blangah Rise Hearing Centre", "blangah-hearing", role="Audiology Assistant", tz="sg")
mo("next_steps", "ps-el", "{role} – documents needed", "Dear {n},\n\nTo complete your file for {role}, upload your {x} by {dl}. Unfortunately the front counter is closed on Fridays, so uploads are the easiest way.\n\nHuman Resources\n{co}", ("City of Salida", "Town of Canso"), ("salida-city", "canso-town"), role=("Water Operator I", "Equipment Operator"), tz=("usm", "cat"), x=("certificate", "licence"))
mo("next_steps", "rc-au", "Reference forms – {role}", "Hi {n},\n\nThe client's keen on you. Could you send two referee forms by {dl}? Unfortunately the form can't be saved part-done, so finish it in one sitting.\n\n{sig}\n{co}", ("Manning River Recruitment", "Southern Lakes Talent"), ("manningriver-rec", "southernlakes-talent"), role=("Site Manager", "Factory Manager"), tz=("au", "nz"))
mo("next_steps", "pp", "{role}: work sample", "Dear {n},\n\nYou're through to the work-sample stage. Please send a short video of your {x} by {dl}. Unfortunately our inbox rejects files over 150 MB.\n\n{sig}, {co}", ("Hubballi Bell Metal Foundry", "Coudersport Organ Bellows Guild"), ("hubballi-bellmetal", "coudersport-bellows"), x=("polishing work", "patching"), tz=("in", "use"))
mo("next_steps", "ps-cu", "{role} – certificate verification", "Dear {n},\n\nReport for certificate verification on {dl}, 10 am, with originals. Unfortunately a single counter handles this, so expect a wait.\n\nSecretary\n{co}", ("Haveri District Recruitment Board", "Delta State Civil Service Commission"), ("haveri-recruit", "deltacsc"), role=("Village Accountant", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "in-gr", "{role} Graduate Programme – medical", "Dear {n},\n\nCongratulations on passing the assessment. Please book your medical before {dl}. Unfortunately the clinic's walk-in hours end at noon.\n\nGraduate Recruitment\n{co}", ("Gariep Wind Utility", "Kenya Tea Research Board"), ("gariepwind", "keteaboard"), role=("Engineering", "Agronomy"), tz=("za", "ke"))
mo("next_steps", "st-rw", "Your application progress", "{n} – {role}, progress so far:\n\nApplied ✓\nReviewed ✓\nNext: short skills quiz – complete by {dl}\n\n{co} via Pathmark", ("Belgaum Dairy Co-op", "Asaba Logistics"), "pathmark", frm="Pathmark <updates@{dom}>", role=("Milk Tester", "Dispatch Clerk"), tz=("in", "ng"))
mo("offer", "bh", "Offer – {role} hours", "Hi {n},\n\nGood news: the {role} hours go to you, starting {dl}. Unfortunately the staff kettle has died, bring a thermos.\n\n{sig}\n{co}", ("Tapanui Wool-Blend Knitters", "Prieska Tiger's Eye Cutters"), ("tapanui-knits", "prieska-stones"), role=("Packer", "Sorter"), tz=("nz", "za"))
mo("offer", "th-gh", "RE: [EXT] RE: {role}", "Dear {n},\n\nThe proprietors offer you the {role} post, starting {dl}. Unfortunately the staff quarters are still being painted.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Murang'a Hills Guest House", "Asaba Riverside Suites"), ("muranga-guesthouse", "asaba-suites"), role=("Night Auditor", "Laundry Supervisor"), tz=("ke", "ng"))
mo("offer", "rc-za", "Offer – shift lead at the pecan cracker", "Hi {n},\n\nGreat news: the pecan cracker near Prieska is offering you the shift lead post from {dl} onward. Unfortunately the canteen is being refitted, so bring lunch for the first month.\n\n{sig}\n{co}", "Gariep Line Recruitment", "gariepline-rec", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-hl", "Application status changed", "Hi {n},\n\nYour application for {role} at {co} has a new status:\n\nStatus: With the hiring manager – no decision yet\n\nSent by Hirefinch", ("Garstang Lock Gate Works", "Mifflinburg Tack Barn"), "hirefinch", frm="Hirefinch <status@{dom}>", role=("Joiner", "Saddle Fitter"), tz=("uk", "use"))
mo("other_job", "st-tb", "{co} – {role}", "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn · as you asked</td></tr></table></body></html>", ("Crookwell Ag Supplies", "Pincher Creek Tire"), ("crookwell-ag", "pincher-tire"), role=("Store Hand", "Tire Tech"), tz=("au", "cam"))
mo("other_job", "ps-rf", "{role} – scoring update", "Dear {n},\n\nScoring for {role} is running late: two of the raters are on leave. We expect to send referral letters in about three weeks.\n\n{co} Personnel", "County of Tillamook", "tillamook-county", role="Records Clerk", tz="usp")
mo("job_alert", "ft-um", "Shelter Jobs: 3 new roles near you", "Hi {n},\n\nNew at {co}: Shop Assistant (Holmfirth), Stockroom Lead (Garstang), Weekend Cashier (Amesbury).\n\n––––––\n{co} · umbrellas from {x}\nRead Under Cover, our monthly letter · Turn alerts off in your account", ("Drizzleguard & Co", "Drizzleguard & Co Ireland"), ("drizzleguard", "drizzleguard-ie"), tz=("uk", "ie"), x=("£22", "€27"))
mo("job_alert", "ft-fi", "New roles at {co}", "Hi {n},\n\nTwo new roles match your alert: Store Team Member (casual) and Online Order Packer.\n\n— {co} — fishing rods from $49\nThe Tight Lines Letter · Privacy questions: privacy@{dom}", "Snagless Tackle", "snagless", tz="au")
mo("recruiter_outreach", "rc-af", "A role you might like", "Dear {n},\n\nYour profile popped up for an opening: {x}. Could we talk this week?\n\n{sig}\n{co}", ("Mt Kenya Talent Hub", "Delta Personnel Solutions"), ("mtkenya-talent", "delta-personnel"), tz=("ke", "ng"), x=("an avocado oil factory in Murang'a needs a shift supervisor", "a cassava starch mill in Asaba wants a maintenance lead"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nRe your {x} loan request: The lending committee met on Tuesday and has declined the application on affordability grounds. A fresh application is welcome after six months.\n\n{sig}\n{co}", ("Calder Savers Credit Union", "Front Range Members Credit Union"), ("calder-savers", "frontrange-cu"), tz=("uk", "usm"), x=("£3,400 motorbike", "$6,100 horse trailer"))
mo("non_job_rejection_words", "flat", "The flat on Kiln Row", "Hi {n},\n\nYou viewed the Kiln Row studio last week. The landlord chose someone ready to move in next week, so it's let.\n\n{sig}\nCootehill Lettings", "Cootehill Lettings", "cootehill-lettings", tz="ie")
mo("non_job_rejection_words", "ballot", "Hill race ballot result", "Hi {n},\n\nCrookwell Ridge Run ballot: no luck in the draw this year, and no entry fee was taken.\n\nRace Office", "Crookwell Ridge Run", "crookwell-ridgerun", frm="Race Office <entries@{dom}>", tz="au")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nYour small grants round bid for the bike repair stand was considered. The panel had more requests than funds and the stand missed out this round.\n\n{sig}\nAsaba Community Foundation", "Asaba Community Foundation", "asaba-foundation", tz="ng")
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nThe {role} job is yours, starting {dl}. Unfortunately the shed radio is broken, so bring your own tunes.\n\n{sig}, {co}", "Crookwell Woolshed Hire", "crookwell-sheds", role="Rouseabout", tz="au")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("flute", "Your reply to: Flutemaker's assistant (Localjobs)", "Hi {n},\n\nThanks for replying to my advert on Localjobs. I've taken on a music student from the college who already turns boxwood, so the assistant's place is gone.\n\nBest,\n{sig}\n{co}", "Hexbrook Flutes", "hexbrook-flutes", frm=via("Localjobs"), tz="uk")
wo("application_received", "flute", "Your reply to: Flutemaker's assistant (Localjobs)", "Hi {n},\n\nYour Localjobs reply came through. Three people are coming to the bench next week; chosen or not, expect my message by that Friday.\n\n{sig}\n{co}", "Hexbrook Flutes", "hexbrook-flutes", frm=via("Localjobs"), tz="uk")
wr("umbr", "Umbrellamaker's helper – Gradjobs", "Dear {n},\n\nI had your Gradjobs application. I've decided the helper should be someone with frame-riveting behind them, so it's a no.\n\nRegards,\n{sig}", "Stormcanopy Workshop", "stormcanopy", frm=via("Gradjobs"), tz="uk")
wo("interview", "umbr", "Umbrellamaker's helper – Gradjobs", "Dear {n},\n\nAre you free to visit the workshop {dl}, 11 o'clock? Unfortunately the stairs up to it are narrow and steep.\n\nRegards,\n{sig}", "Stormcanopy Workshop", "stormcanopy", frm=via("Gradjobs"), tz="uk")
wr("paras", "Parasolmaker – your Jobbio application", "Hi {n},\n\nGrand to get your Jobbio application. The sewing job's gone to a woman who spent years at sail repairs in Kilmore, so I'll have to let you go on this one, sorry.\n\nAll the best,\n{sig}", "Lough Shade Parasols", "loughshade", frm=via("Jobbio"), tz="ie")
wo("next_steps", "paras", "Parasolmaker – your Jobbio application", "Hi {n},\n\nThanks for applying on Jobbio. Would you send photos of a couple of hems you've sewn by {dl}? Unfortunately my phone won't take big attachments, so email is best.\n\n{sig}", "Lough Shade Parasols", "loughshade", frm=via("Jobbio"), tz="ie")
wr("pewt", "Pewtersmith apprenticeship (Recruitireland)", "Dear {n},\n\nYour Recruitireland application was one of a great many. Having weighed them all, the apprenticeship goes elsewhere.\n\nKind regards,\n{sig}", "Boyne Pewter", "boyne-pewter", frm=via("Recruitireland"), tz="ie")
wo("offer", "pewt", "Pewtersmith apprenticeship (Recruitireland)", "Dear {n},\n\nWould you take the apprenticeship, starting {dl}? Unfortunately the casting room gets very warm, so dress light.\n\nKind regards,\n{sig}", "Boyne Pewter", "boyne-pewter", frm=via("Recruitireland"), tz="ie")
wr("sign", "Signpainter's assistant via Ladders", "Hi {n},\n\nSaw your Ladders application. I hired a guy who's been lettering box trucks for six years, so I'm passing on yours.\n\nThanks,\n{sig}", "Goldleaf Signs", "goldleaf-signs", frm=via("Ladders"), tz="use")
wo("application_received", "sign", "Signpainter's assistant via Ladders", "Hi {n},\n\nYour Ladders application's here. Portfolios get looked at this weekend; hired or not, an email comes from me Monday.\n\n{sig}", "Goldleaf Signs", "goldleaf-signs", frm=via("Ladders"), tz="use")
wr("stone", "Stone carver's helper (Jobcase)", "Hi {n},\n\nThanks for reaching out on Jobcase. We need somebody who can run a pneumatic chisel from day one, and that's not where your experience is, so we're not moving ahead.\n\n{sig}", "Cornbelt Memorials", "cornbelt-memorials", frm=via("Jobcase"), tz="usc")
wo("interview", "stone", "Stone carver's helper (Jobcase)", "Hi {n},\n\nWant to swing by the yard {dl} at 1 pm? Unfortunately the gravel lot is dug up, so leave your car out on the road.\n\n{sig}", "Cornbelt Memorials", "cornbelt-memorials", frm=via("Jobcase"), tz="usc")
wr("decoy", "Decoymaker's helper – Jobsnearme", "Hey {n},\n\nSaw your note on Jobsnearme. The spot went to my old hunting buddy's son, so I'm covered.\n\n{sig}", "Flyway Decoys", "flyway-decoys", frm=via("Jobsnearme"), tz="usm")
wo("next_steps", "decoy", "Decoymaker's helper – Jobsnearme", "Hey {n},\n\nThanks for applying. Send me a photo of something you've carved by {dl}. Unfortunately I'm out of cell range most afternoons, so email's better than texting.\n\n{sig}", "Flyway Decoys", "flyway-decoys", frm=via("Jobsnearme"), tz="usm")
wr("lamp", "Lampshade assistant – Jobfind", "Hi {n},\n\nYour Jobfind application reached us. We're hiring from our own weekend crew instead, so no interview will be set up.\n\nTake care,\n{sig}", "Paper Glow Studio", "paperglow", frm=via("Jobfind"), tz="usp")
wo("interview", "lamp", "Lampshade assistant – Jobfind", "Hi {n},\n\nCan you meet us {dl}, 10 am? Unfortunately our street is closed for a festival setup, so come from the back alley.\n\n{sig}", "Paper Glow Studio", "paperglow", frm=via("Jobfind"), tz="usp")
wr("wreath", "Wreathmaker's helper (Talentegg)", "Hello {n},\n\nYour Talentegg application arrived just as the holiday crew filled up, so we're not adding anyone else this year.\n\nBest,\n{sig}", "Cedar Hollow Wreaths", "cedarhollow", frm=via("Talentegg"), tz="cae")
wo("offer", "wreath", "Wreathmaker's helper (Talentegg)", "Hello {n},\n\nYou're on the holiday crew from {dl}, if you'd like. Unfortunately the barn isn't heated, so bring warm layers.\n\n{sig}", "Cedar Hollow Wreaths", "cedarhollow", frm=via("Talentegg"), tz="cae")
wr("harm", "Harmonica reed assistant – Wowjobs", "Hi {n},\n\nWowjobs sent us your application. We've been through the pile, and yours didn't make our shortlist.\n\nCheers,\n{sig}", "Tidewind Harmonicas", "tidewind", frm=via("Wowjobs"), tz="cap")
wo("application_received", "harm", "Harmonica reed assistant – Wowjobs", "Hi {n},\n\nWowjobs sent us your application. Good news or bad, expect an email before the month's out – no chasing needed.\n\n{sig}", "Tidewind Harmonicas", "tidewind", frm=via("Wowjobs"), tz="cap")
wr("bag", "Bagmaker's machinist – Jobstar", "Hi {n},\n\nSaw your Jobstar application. The machinist job's gone to a woman who's run walking-foot machines for years. Sorry, mate.\n\nCheers,\n{sig}", "Tarpline Canvas Co", "tarpline-canvas", frm=via("Jobstar"), tz="au")
wo("next_steps", "bag", "Bagmaker's machinist – Jobstar", "Hi {n},\n\nCould you sew a sample seam on canvas and post it to us by {dl}? Unfortunately nobody's at the workshop Mondays to sign for it, so post it mid-week.\n\n{sig}", "Tarpline Canvas Co", "tarpline-canvas", frm=via("Jobstar"), tz="au")
wr("cap", "Capmaker trainee (Jobsinnz)", "Kia ora {n},\n\nYour Jobsinnz application came in with heaps of others, and it's not going further this time.\n\nNgā mihi,\n{sig}", "Southerly Caps", "southerly-caps", frm=via("Jobsinnz"), tz="nz")
wo("interview", "cap", "Capmaker trainee (Jobsinnz)", "Kia ora {n},\n\nKeen to meet? Pop in {dl}, 10ish. Unfortunately the car park's getting resealed – there's room round the corner.\n\n{sig}", "Southerly Caps", "southerly-caps", frm=via("Jobsinnz"), tz="nz")
wr("mitt", "Mitten knitter – Bizcommunity", "Dear {n},\n\nYour Bizcommunity response reached us. We chose an applicant from our own knitting circle, so yours has not been successful.\n\nRegards,\n{sig}", "Winterveld Mittens", "winterveld", frm=via("Bizcommunity"), tz="za")
wo("next_steps", "mitt", "Mitten knitter – Bizcommunity", "Dear {n},\n\nPlease bring a copy of your ID and one knitted sample on {dl}. Unfortunately load-shedding may cut our lights in the afternoon, so come before noon.\n\n{sig}", "Winterveld Mittens", "winterveld", frm=via("Bizcommunity"), tz="za")
wr("sock", "Sock machinist post (Careerpoint)", "Dear {n},\n\nYour Careerpoint profile was reviewed for the sock machinist post, and it could not be shortlisted.\n\nRegards,\n{sig}\nHR, Tiruvallur Hosiery", "Tiruvallur Hosiery", "tiruvallur-hosiery", frm=via("Careerpoint"), tz="in")
wo("application_received", "sock", "Sock machinist post (Careerpoint)", "Dear {n},\n\nYour Careerpoint application is received. Shortlisted or not, our mail will reach this same ID within ten days.\n\nHR, Tiruvallur Hosiery", "Tiruvallur Hosiery", "tiruvallur-hosiery", frm=via("Careerpoint"), tz="in")
wr("acc", "Accordion repair helper – Jobtonic", "Dear {n},\n\nWe saw your Jobtonic application and your trial. We need someone with bellows experience, so we are unable to engage you.\n\nWarm regards,\n{sig}", "Shruti Accordion Works", "shruti-accordion", frm=via("Jobtonic"), tz="in")
wo("offer", "acc", "Accordion repair helper – Jobtonic", "Dear {n},\n\nYou can join as helper from {dl} onward. Unfortunately the shop has no parking, so please come by auto.\n\n{sig}", "Shruti Accordion Works", "shruti-accordion", frm=via("Jobtonic"), tz="in")
wr("kazoo", "Kazoo assembly assistant (Hirewire)", "Dear {n},\n\nYour Hirewire application was reviewed by management, and it was not selected for this role.\n\nBest regards,\n{sig}", "Ikenna Toys", "ikenna-toys", frm=via("Hirewire"), tz="ng")
wo("interview", "kazoo", "Kazoo assembly assistant (Hirewire)", "Dear {n},\n\nKindly come for interview on {dl} by 10 am prompt. Unfortunately the road to the factory is under construction, so allow extra time.\n\n{sig}", "Ikenna Toys", "ikenna-toys", frm=via("Hirewire"), tz="ng")
wr("cush", "Cushion sewer (Myjobsinkenya)", "Dear {n},\n\nYour application on Myjobsinkenya has been considered. We shall not proceed with it.\n\nRegards,\n{sig}", "Kiondo Home Cushions", "kiondo-home", frm=via("Myjobsinkenya"), tz="ke")
wo("application_received", "cush", "Cushion sewer (Myjobsinkenya)", "Dear {n},\n\nWe have received your application. Successful or not, we shall send you an SMS and email by next Friday.\n\n{sig}", "Kiondo Home Cushions", "kiondo-home", frm=via("Myjobsinkenya"), tz="ke")
wr("rosary", "Rosary maker helper – Philcareers", "Hi {n},\n\nSalamat for your application in Philcareers. Sorry, we already got someone from the parish for this work.\n\nGod bless,\n{sig}", "Santa Monica Rosaries", "stamonica-rosaries", frm=via("Philcareers"), tz="ph")
wo("next_steps", "rosary", "Rosary maker helper – Philcareers", "Hi {n},\n\nPlease send your barangay clearance by {dl}. Unfortunately there are few jeeps to our area after 3 pm, so come early if you will bring it.\n\n{sig}", "Santa Monica Rosaries", "stamonica-rosaries", frm=via("Philcareers"), tz="ph")
wr("ski", "Ski shop assistant (Jobisjob)", "Hi {n},\n\nYour Jobisjob application's been looked at. We picked someone who's done base grinds before, so we'll not take it further.\n\n{sig}", "Bowvalley Ski Press", "bowvalley-skis", frm=via("Jobisjob"), tz="cam")
wo("interview", "ski", "Ski shop assistant (Jobisjob)", "Hi {n},\n\nCan you come by on {dl} at 4? Unfortunately the front door is blocked by a delivery, so use the side.\n\n{sig}", "Bowvalley Ski Press", "bowvalley-skis", frm=via("Jobisjob"), tz="cam")
wr("kiln", "Kilnwright's laborer – Jobscout", "Hi {n},\n\nJobscout passed us your application. This build's crew is full up, so no hire for you.\n\n{sig}", "Firebrick Kiln Builders", "firebrick-kilns", frm=via("Jobscout"), tz="use")
wo("application_received", "kiln", "Kilnwright's laborer – Jobscout", "Hi {n},\n\nJobscout passed us your application. We're hiring two; expect a straight answer from me by the 20th.\n\n{sig}", "Firebrick Kiln Builders", "firebrick-kilns", frm=via("Jobscout"), tz="use")
wr("bucket", "Bucket maker helper (Onlinejobsph)", "Hi {n},\n\nSalamat for applying in Onlinejobsph. We chose an applicant near the shop, so we cannot take you for this job.\n\nThank you po,\n{sig}", "Tuguegarao Tin Buckets", "tugue-buckets", frm=via("Onlinejobsph"), tz="ph")
wo("offer", "bucket", "Bucket maker helper (Onlinejobsph)", "Hi {n},\n\nCongrats, you are hired! Start is {dl}. Unfortunately we have no service motor, so you will commute by tricycle.\n\n{sig}", "Tuguegarao Tin Buckets", "tugue-buckets", frm=via("Onlinejobsph"), tz="ph")
wr("bridle", "Bridlemaker apprentice (Corporatestaffing)", "Dear {n},\n\nYour Corporatestaffing application and practical test were assessed. We shall not take the application forward.\n\nRegards,\n{sig}", "Nanyuki Saddle House", "nanyuki-saddle", frm=via("Corporatestaffing"), tz="ke")
wo("next_steps", "bridle", "Bridlemaker apprentice (Corporatestaffing)", "Dear {n},\n\nPlease bring a copy of your ID and good conduct certificate by {dl}. Unfortunately our gate is closed at lunch, 1 to 2 pm.\n\n{sig}", "Nanyuki Saddle House", "nanyuki-saddle", frm=via("Corporatestaffing"), tz="ke")
wr("spur", "Spur polishing assistant – Grabjobs", "Hi {n},\n\nYour Grabjobs application was shortlisted but we took another candidate who can start tomorrow. All the best.\n\n{sig}", "Silverspur Collectibles", "silverspur", frm=via("Grabjobs"), tz="sg")
wo("interview", "spur", "Spur polishing assistant – Grabjobs", "Hi {n},\n\nDrop by for a short chat on {dl}, 2 pm. Unfortunately the lift in our block is under upgrading, so take the stairs to level 3.\n\n{sig}", "Silverspur Collectibles", "silverspur", frm=via("Grabjobs"), tz="sg")
wr("cuff", "Cufflink workshop assistant – Gulftalent", "Dear {n},\n\nThank you for apply on Gulftalent. The owner decide to give this work for someone he know from before, so your application is finish here.\n\nBest regards,\n{sig}", "Nile Silver Cufflinks", "nile-cufflinks", frm=via("Gulftalent"), tz="eg")
wo("application_received", "cuff", "Cufflink workshop assistant – Gulftalent", "Dear {n},\n\nThank you for apply on Gulftalent. When the owner decide, good or not good, we send you message same day.\n\n{sig}", "Nile Silver Cufflinks", "nile-cufflinks", frm=via("Gulftalent"), tz="eg")
wr("thimb", "Thimble workshop assistant (Jobhouse)", "Dear {n},\n\nWe received your application in Jobhouse. Our team has discuss many time, and sorry, we choose other applicant for this position.\n\nBest regards,\n{sig}", "Hanil Brass Thimbles", "hanil-thimbles", frm=via("Jobhouse"), tz="kr")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Makers' Bench Weekly: new listings", "Hi {n},\n\nNew this week: flutemaker's assistant (Holmfirth), wreathmaker's helper (Canada), cushion sewer (Murang'a). Manage your alert in your account.\n\nMakers' Bench Weekly", "Makers' Bench Weekly", "makersbench", frm="Makers' Bench Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Beekeeping course place", "Hi {n},\n\nSorry, the spring beekeeping course filled all twelve places before your form reached us; try again next year.\n\n{sig}", "Garstang Beekeepers", "garstang-bees", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
wr("ar", "بخصوص طلبك للعمل في {co}", "الأخت الكريمة {n}،\n\nشكراً على رغبتكِ في الانضمام إلى فريق التحميص عندنا. استقرّ رأينا على متقدّمة أخرى تحمّص البن اليمني منذ سنوات، فلن نكمل في طلبكِ الآن.\n\nمع أطيب التمنيات،\n{sig}\n{co}", "محمصة الوادي", "alwadi-roastery", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لمقابلة – {co}", "الأخت الكريمة {n}،\n\nنودّ أن نلتقي بكِ في المحمصة يوم {dl} عند العاشرة صباحاً. وللأسف فإن المواقف أمامنا تحت الصيانة هذه الأيام، فاركني سيارتكِ خلف المبنى من فضلكِ.\n\nمع التحية،\n{sig}\n{co}", "محمصة الوادي", "alwadi-roastery", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Bäckereihilfe", "Hallo {n},\n\nschön, dass Sie neulich in der Backstube vorbeigeschaut haben. Wir nehmen nun eine Bäckerin, die seit Jahren Laugenbrezeln schlingt. Für Sie haben wir deshalb leider keine Stelle.\n\nAlles Gute und freundliche Grüße\n{sig}\n{co}", "Brezelbäckerei Sattler", "brezel-sattler", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für Ihre Einstellung", "Hallo {n},\n\nbitte schicken Sie uns bis {dl} eine Kopie Ihres Gesundheitszeugnisses. Leider ist unser Faxgerät kaputt, also am besten per E-Mail.\n\nFreundliche Grüße\n{sig}\n{co}", "Brezelbäckerei Sattler", "brezel-sattler", tz="de", lang="de")
wr("es", "Tu candidatura en {co}", "Hola, {n}:\n\nQué gusto que te pasaras por el taller y nos tocaras aquella bulería. Pero nos quedamos con un chaval que lleva años encolando tapas de abeto, así que esta vez te quedas fuera.\n\nUn saludo grande,\n{sig}\n{co}", "Guitarrería Aranda", "guitarreria-aranda", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTenemos tu currículum. Vamos a ver a unas cuantas personas este mes; te elijamos o no, te escribiremos antes de que acabe.\n\nUn saludo,\n{sig}\n{co}", "Guitarrería Aranda", "guitarreria-aranda", tz="es", lang="es")
wr("fr", "Votre candidature – {co}", "Bonjour {n},\n\nMerci d'être venu(e) goûter nos confitures à l'atelier. Nous avons pris une cuisinière qui a déjà plusieurs saisons de chaudron de cuivre derrière elle ; votre candidature s'arrête là pour nous.\n\nBien cordialement,\n{sig}\n{co}", "Confiturerie du Verger", "confiturerie-verger", tz="fr", lang="fr")
wo("interview", "fr", "Entretien à la confiturerie", "Bonjour {n},\n\nPourriez-vous venir nous rencontrer le {dl} à 14 h ? Hélas, la rue de l'atelier est en travaux : mieux vaut se garer près de la mairie.\n\nCordialement,\n{sig}\n{co}", "Confiturerie du Verger", "confiturerie-verger", tz="fr", lang="fr")
wr("hi", "आपके आवेदन के बारे में – {co}", "{n} जी, नमस्कार,\n\nपतंगबाज़ी की दुकान के लिए भेजी गई अर्ज़ी पढ़ ली। पड़ोस वाले उस्ताद जी, जो बरसों से मांझा सूतते आए हैं, अब यहीं बैठेंगे; तो फ़िलहाल यह जगह भर चुकी।\n\nआपका,\n{sig}\n{co}", "गुलाबी पतंग भंडार", "gulabi-patang", tz="in", lang="hi")
wo("offer", "hi", "आपकी नियुक्ति – {co}", "{n} जी, नमस्कार,\n\nबधाई! दुकान में सहायक की कुर्सी अब आपकी। {dl} से काम शुरू कीजिए। अफ़सोस कि दुकान का पंखा अभी बंद पड़ा है, पानी साथ रखिएगा।\n\n{sig}\n{co}", "गुलाबी पतंग भंडार", "gulabi-patang", tz="in", lang="hi")
wr("it", "La sua candidatura – {co}", "Gentile {n},\n\nla ringraziamo per la visita in bottega e per la prova di doratura. Il posto però andrà a un ragazzo che ci aiuta già da due estati, quindi per questa volta ci fermiamo qui.\n\nCordiali saluti,\n{sig}\n{co}", "Bottega Cornici Ferri", "cornici-ferri", tz="it", lang="it")
wo("next_steps", "it", "Documenti per la prova", "Gentile {n},\n\nle chiediamo di mandarci entro il {dl} qualche foto di cornici che ha restaurato. Purtroppo il telefono della bottega non funziona in questi giorni, quindi meglio scriverci.\n\nCordiali saluti,\n{sig}\n{co}", "Bottega Cornici Ferri", "cornici-ferri", tz="it", lang="it")
wr("ja", "選考結果のお知らせ（{co}）", "{n}様\n\nこのたびは当工房の紙漉き補助の募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は別の方に来ていただくことになりました。ご希望に添えず申し訳ございません。\n\n{co}\n{sig}", "美濃和紙工房 小林", "mino-washi", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内（{co}）", "{n}様\n\n書類選考を通過されましたので、{dl}午前10時に工房までお越しください。あいにく駐車場が工事中のため、公共交通機関をご利用いただけますと幸いです。\n\n{co}\n{sig}", "美濃和紙工房 小林", "mino-washi", tz="jp", lang="ja")
wr("ko", "{co} 지원 결과 안내", "{n} 님, 안녕하세요.\n\n저희 유기 공방에 지원해 주셔서 감사합니다. 여러 지원자를 만나 보고 고민한 끝에, 이번에는 망치질 경력이 오래된 분을 모시게 되었습니다. 기대에 부응하지 못해 아쉬운 마음입니다.\n\n{sig} 드림\n{co}", "안성 방짜유기 공방", "anseong-yugi", tz="kr", lang="ko")
wo("application_received", "ko", "지원서 접수 확인 – {co}", "{n} 님, 안녕하세요.\n\n보내 주신 지원서는 공방에 잘 도착했어요. 이달 말까지 살펴보고, 붙든 떨어지든 한 분 한 분께 문자로 연락드릴게요.\n\n{sig} 드림\n{co}", "안성 방짜유기 공방", "anseong-yugi", tz="kr", lang="ko")
wr("pt", "A sua candidatura – {co}", "Olá {n},\n\nAgradecemos a sua visita à oficina e a tarde de pintura connosco. Escolhemos alguém que passou anos a restaurar painéis de azulejo, pelo que a sua candidatura fica por aqui desta vez.\n\nCumprimentos,\n{sig}\n{co}", "Azulejaria Teixeira", "azulejaria-teixeira", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho – {co}", "Olá {n},\n\nGostávamos de contar consigo como ajudante de pintura, a partir de {dl}. Infelizmente a oficina não tem aquecimento, por isso traga roupa quente.\n\nCumprimentos,\n{sig}\n{co}", "Azulejaria Teixeira", "azulejaria-teixeira", tz="pt", lang="pt")
wr("ru", "Ответ по вашему отклику – {co}", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию в нашей валяльной мастерской. Мы выбрали мастера, который уже много лет валяет обувь вручную, поэтому предложить вам место сейчас не можем.\n\nВсего доброго,\n{sig}\n{co}", "Валяльная мастерская «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы для оформления", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} копию паспорта и СНИЛС. К сожалению, в мастерской сейчас не работает принтер, так что лучше сканы.\n\nС уважением,\n{sig}\n{co}", "Валяльная мастерская «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi – {co}", "Habari {n},\n\nOmbi lako la kazi dukani kwetu la viungo limefika. Nafasi hii imeshachukuliwa na mzee aliyechambua karafuu kwa miaka mingi, hivyo hatuwezi kukuchukua kwa sasa.\n\nKila la heri,\n{sig}\n{co}", "Duka la Viungo Mji Mkongwe", "viungo-mjimkongwe", tz="tz", lang="sw")
wo("interview", "sw", "Mwaliko wa usaili – {co}", "Habari {n},\n\nKaribu kwenye usaili tarehe {dl}, saa nne asubuhi. Samahani, barabara ya kufika dukani inachimbwa siku hizi, pita upande wa sokoni.\n\n{sig}\n{co}", "Duka la Viungo Mji Mkongwe", "viungo-mjimkongwe", tz="tz", lang="sw")
wr("th", "แจ้งผลการสมัครงาน {co}", "สวัสดีค่ะ คุณ{n}\n\nร้านได้รับใบสมัครตำแหน่งผู้ช่วยทอผ้าไหมของคุณแล้วค่ะ รอบนี้ร้านตัดสินใจรับพี่ที่ทอมัดหมี่มาเกือบสิบปี ตำแหน่งนี้จึงไม่ว่างสำหรับคุณแล้วนะคะ\n\nขอให้โชคดีค่ะ\n{sig}\n{co}", "ร้านผ้าไหมบ้านครัว", "bankrua-silk", tz="th", lang="th")
wo("next_steps", "th", "เอกสารที่ต้องส่ง – {co}", "สวัสดีค่ะ คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนและรูปถ่ายผลงานทอผ้าภายในวันที่ {dl} นะคะ ขออภัยที่โทรศัพท์ร้านเสียอยู่ ส่งทางอีเมลจะสะดวกที่สุดค่ะ\n\n{sig}\n{co}", "ร้านผ้าไหมบ้านครัว", "bankrua-silk", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında – {co}", "Merhaba {n},\n\nFırınımıza gösterdiğiniz ilgi için teşekkür ederiz. Görüşmeler bitti; yıllardır simit açan bir ustada karar kıldık. Bu sefer size yer açamadık.\n\nKolaylıklar dileriz,\n{sig}\n{co}", "Öztürk Simit Fırını", "ozturk-simit", tz="tr", lang="tr")
wo("offer", "tr", "İş teklifi – {co}", "Merhaba {n},\n\nSizi {dl} tarihinden itibaren fırınımızda görmekten mutluluk duyarız. Maalesef fırının önü şu sıralar kazılı, arka kapıdan girmeniz gerekecek.\n\nSelamlar,\n{sig}\n{co}", "Öztürk Simit Fırını", "ozturk-simit", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں – {co}", "محترمہ {n}،\n\nآپ نے ٹرک آرٹ ورکشاپ میں کام کے لیے رابطہ کیا، شکر گزار ہیں۔ یہ کام اب ایک باجی سنبھالیں گی جو مدتوں سے ٹرکوں پر پھول بوٹے بناتی آئی ہیں، لہٰذا فی الحال آپ کے لیے گنجائش نہیں۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-truckart", tz="pk", lang="ur")
wo("application_received", "ur", "درخواست موصول ہو گئی – {co}", "محترمہ {n}،\n\nآپ کا فارم ورکشاپ پہنچ گیا۔ ہاں ہو یا نہ، اگلے ہفتے تک فون پر ضرور بتائیں گے۔\n\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-truckart", tz="pk", lang="ur")
wr("zh", "关于您应聘的回复 – {co}", "{n}您好：\n\n感谢您来我们紫砂工作室应聘学徒。经过几位师傅商量，这次决定录用一位已经做了多年泥片的同学，所以暂时不能安排您了。\n\n祝一切顺利！\n{sig}\n{co}", "宜兴紫砂工作室", "yixing-zisha", tz="cn", lang="zh")
wo("interview", "zh", "面试通知 – {co}", "{n}您好：\n\n请于{dl}上午十点来工作室面试。不巧的是门口的路正在修，请从后门的小巷进来。\n\n{sig}\n{co}", "宜兴紫砂工作室", "yixing-zisha", tz="cn", lang="zh")
wr("aze", "Müraciətinizə cavab – {co}", "Hörmətli {n},\n\nTəndir sexinə göstərdiyiniz maraq üçün təşəkkür edirik. Bu dəfə uzun illər lavaş bişirən bir ustanı işə götürməyi qərara aldıq, ona görə də sizə iş təklif edə bilmirik.\n\nHörmətlə,\n{sig}\n{co}", "Qəbələ Təndir Evi", "qebele-tendir", tz="az", lang="aze")
wo("offer", "aze", "İş təklifi – {co}", "Hörmətli {n},\n\nSizi {dl} tarixindən sexdə köməkçi kimi görməkdən şad olarıq. Təəssüf ki, sexin kondisioneri hələ təmirdədir, yüngül geyinin.\n\nHörmətlə,\n{sig}\n{co}", "Qəbələ Təndir Evi", "qebele-tendir", tz="az", lang="aze")
wr("eus", "Zure eskaera – {co}", "Kaixo {n},\n\nMila esker tailerrera etortzeagatik eta txapelak josteko probagatik. Azkenean, urte askotan txapelak egiten aritu den emakume bat hartu dugu, eta beraz aurten ez dugu zurekin jarraituko.\n\nOndo izan,\n{sig}\n{co}", "Zubizarreta Txapela Lantegia", "zubizarreta-txapela", tz="es", lang="eus")
wo("application_received", "eus", "Zure eskaera jaso dugu – {co}", "Kaixo {n},\n\nZure curriculuma jaso dugu. Hilabete honetan hainbat lagun ikusiko ditugu, eta aukeratu edo ez, hilaren amaierarako idatziko dizugu.\n\n{sig}\n{co}", "Zubizarreta Txapela Lantegia", "zubizarreta-txapela", tz="es", lang="eus")
wr("tam", "வேலை கேட்ட கடிதம் பற்றி – {co}", "அன்புள்ள {n} அவர்களுக்கு,\n\nகுத்துவிளக்கு பட்டறையில் வேலை கேட்டு எழுதியிருந்தீர்கள், சந்தோஷம். இந்த முறை பல வருடம் வார்ப்பு செய்த ஓர் ஆசாரியை எடுத்துக்கொண்டோம்; ஆகவே இந்த வேலை உங்களுக்குக் கிடைக்கவில்லை.\n\nஅன்புடன்,\n{sig}\n{co}", "நாச்சியார்கோவில் விளக்கு பட்டறை", "nachiyar-vilakku", tz="in", lang="tam")
wo("next_steps", "tam", "ஆவணங்கள் தேவை – {co}", "அன்புள்ள {n} அவர்களுக்கு,\n\nஉங்கள் ஆதார் அட்டையின் நகலை {dl} தேதிக்குள் அனுப்பவும். மன்னிக்கவும், பட்டறையின் தொலைபேசி இப்போது வேலை செய்யவில்லை; மின்னஞ்சலில் அனுப்புவது நல்லது.\n\n{sig}\n{co}", "நாச்சியார்கோவில் விளக்கு பட்டறை", "nachiyar-vilakku", tz="in", lang="tam")
wr("ltz", "Är Bewerbung bei der {co}", "Moien {n},\n\nMerci fir Är Bewerbung an dat gutt Gespréich an der Brennerei. Mir hunn eis elo fir een decidéiert, deen all Hierscht scho bei eis Quetschen gebrannt huet. Dofir kënne mir Iech dës Kéier keng Plaz ubidden.\n\nMat beschte Gréiss\n{sig}\n{co}", "Brennerei Weber", "brennerei-weber", tz="lu", lang="ltz")
wo("offer", "ltz", "Är Plaz an der {co}", "Moien {n},\n\nMir freeën eis, Iech d'Plaz als Hëllef ab dem {dl} unzebidden. Leider ass de Parking virun der Brennerei nach zou, parkt w.e.g. beim Duerfhaus.\n\nMat beschte Gréiss\n{sig}\n{co}", "Brennerei Weber", "brennerei-weber", tz="lu", lang="ltz")
wr("lav", "Par jūsu pieteikumu – {co}", "Labdien, {n}!\n\nPaldies, ka pieteicāties darbam mūsu maiznīcā. Pēc pārrunām esam izvēlējušies cilvēku, kurš jau daudzus gadus cep rudzu maizi malkas krāsnī, tāpēc šoreiz jums darbu piedāvāt nevaram.\n\nAr cieņu,\n{sig}\n{co}", "Maiznīca Kalniņi", "maiznica-kalnini", tz="lv", lang="lav")
wo("interview", "lav", "Uzaicinājums uz pārrunām – {co}", "Labdien, {n}!\n\nAicinām jūs uz pārrunām {dl} plkst. 10.00. Diemžēl pagalmā notiek remonts, tāpēc lūdzu nāciet pa sānu vārtiņiem.\n\nAr cieņu,\n{sig}\n{co}", "Maiznīca Kalniņi", "maiznica-kalnini", tz="lv", lang="lav")
wr("nep", "तपाईंको निवेदनबारे – {co}", "नमस्कार {n} ज्यू,\n\nढाका बुनाइमा हात हाल्ने इच्छा देखाउनुभयो, आभार। यस पटक हामीले धेरै वर्षदेखि ढाका बुन्दै आउनुभएको एक जनालाई रोजेका छौं, त्यसैले तपाईंलाई यो काम दिन सकेनौं।\n\nशुभकामनासहित,\n{sig}\n{co}", "पाल्पा ढाका उद्योग", "palpa-dhaka", tz="np", lang="nep")
wo("application_received", "nep", "निवेदन प्राप्त भयो – {co}", "नमस्कार {n} ज्यू,\n\nतपाईंको निवेदन हामीलाई प्राप्त भएको छ। छनोट होस् वा नहोस्, अर्को हप्तासम्ममा हामी फोनबाट खबर गर्छौं।\n\n{sig}\n{co}", "पाल्पा ढाका उद्योग", "palpa-dhaka", tz="np", lang="nep")
wr("slk", "Vaša žiadosť – {co}", "Dobrý deň, {n},\n\nďakujeme za váš záujem o prácu v našej dielni na modrotlač. Po pohovoroch sme sa rozhodli pre uchádzača, ktorý už roky pripravuje farbiace kúpele, a preto vám tentoraz miesto ponúknuť nemôžeme.\n\nS pozdravom\n{sig}\n{co}", "Modrotlač Horváth", "modrotlac-horvath", tz="sk", lang="slk")
wo("application_received", "slk", "Potvrdenie prijatia žiadosti – {co}", "Dobrý deň, {n},\n\nvašu žiadosť sme dostali. Do konca mesiaca sa ozveme každému uchádzačovi, či už s pozvaním, alebo bez neho.\n\nS pozdravom\n{sig}\n{co}", "Modrotlač Horváth", "modrotlac-horvath", tz="sk", lang="slk")
wr("est", "Vastus teie kandideerimisele – {co}", "Tere, {n}!\n\nAitäh, et tundsite huvi töö vastu meie suitsukalatööstuses. Valisime seekord inimese, kes on aastaid lesta ja räime suitsutanud, seega ei saa me teile praegu tööd pakkuda.\n\nParimate soovidega\n{sig}\n{co}", "Saare Suitsukala", "saare-suitsukala", tz="ee", lang="est")
wr("swe", "Angående din ansökan – {co}", "Hej {n}!\n\nRoligt att du ville bli smedslärling hos oss. Platsen har gått till någon som redan stått några år vid ässjan, så för din del blir det tyvärr nej den här omgången.\n\nVänliga hälsningar\n{sig}\n{co}", "Ekströms Smedja", "ekstroms-smedja", tz="se", lang="swe")
wo("interview", "swe", "Inbjudan till intervju – {co}", "Hej {n}!\n\nVi vill gärna träffa dig {dl} kl. 13.00. Tyvärr är grusvägen upp till smedjan lerig just nu, så ta på dig stövlar.\n\nVänliga hälsningar\n{sig}\n{co}", "Ekströms Smedja", "ekstroms-smedja", tz="se", lang="swe")
wr("hrv", "Vaša prijava – {co}", "Dobar dan, {n},\n\nzahvaljujemo na prijavi za posao u našoj radionici filigrana. Nakon razgovora odlučili smo se za osobu koja već godinama izrađuje srebrne naušnice, pa vam ovaj put nažalost ne možemo ponuditi mjesto.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Radionica filigrana Babić", "filigran-babic", tz="hr", lang="hrv")
wo("next_steps", "hrv", "Potrebni dokumenti – {co}", "Dobar dan, {n},\n\ntrebamo presliku vaše osobne iskaznice najkasnije {dl}. Nažalost, telefon u radionici trenutno ne radi, pa je najbolje poslati e-poštom.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Radionica filigrana Babić", "filigran-babic", tz="hr", lang="hrv")


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
    "ar": "{d}/{m}/{y}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "tam": "{dd}/{mm}/{y}", "ltz": "{d}.{m}.{y}",
    "lav": "{dd}.{mm}.{y}.", "nep": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "est": "{dd}.{mm}.{y}", "swe": "{y}-{mm}-{dd}", "hrv": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind72:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 71; this slice and any later one are skipped by number."""
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
