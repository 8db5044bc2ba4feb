# ruff: noqa: E501, S311
"""Write the seventy-first sealed blind slice for issue 11 (blind-slice-71.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 71 and later never read; our side printed)
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

SEED = 710711
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-71.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 71
SKIP_FROM = 71  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 24)  # a Saturday; moved to Monday 26 October at the latest

RECIPIENTS = [
    "Hermione Blakiston", "Ruairí Ó Dálaigh", "Sowmya Ramanathan", "Barnaby Quilliam", "Nokuthula Mabaso",
    "Tamati Ruawai", "Clementine Ashdown", "Orla Kinsella", "Emeka Nwosu", "Tamsin Penberthy",
    "Chiamaka Obi", "Thabo Mokoena", "Harini Venkatesh", "Fionnuala Brady", "Adaeze Nnamdi",
    "Lysander Pemberton", "Hinemoa Tuhoe", "Brídín Cusack", "Sudipto Banerjee", "Aoife Drennan",
    "Lerato Sithole", "Callum Drysdale", "Prasad Kulkarni", "Jarmila Novotná", "Pieterjan Vos",
    "Kwabena Asante", "Mpho Radebe", "Ishita Sengupta", "Darragh Mac Suibhne", "Uchenna Ike",
    "Octavia Fenwick", "Roya Karimi", "Wanjiru Kamau-Otieno", "Ginevra Rossi", "Colm Tierney",
    "Ngozi Ekwueme", "Demelza Trebilcock", "Hemi Waaka", "Akinyi Odhiambo", "Solène Marchetti",
]
REGION_SIGNERS = {
    "uk": ["Philippa Garside", "Huw Llewellin", "Nasreen Akhtar", "Fergus Drummond", "Lowenna Rickard", "Alistair Peake"],
    "ie": ["Sorcha Ní Bhriain", "Diarmuid Lyne", "Eimear Fennelly", "Cormac Gilsenan"],
    "us": ["Rosalyn Dombrowski", "Terrence Boudreaux", "Yesenia Caballero", "Arvid Lindgren", "Latrice Odom"],
    "ca": ["Geneviève Leblanc", "Harjit Dhaliwal", "Bohdan Melnyk", "Yvon Arsenault"],
    "au": ["Jarrah Whitcombe", "Eleni Papas", "Bronwyn Keogh", "Minh Tran"],
    "nz": ["Rangi Herewini", "Fiona Cathcart", "Tevita Fifita", "Huia Tipene"],
    "za": ["Zodwa Mthembu", "Anneke du Toit", "Sizwe Khoza", "Gerrit van Wyk"],
    "in": ["Lalitha Narayanan", "Girish Joshi", "Shabnam Sheikh", "Vinay Hegde"],
    "ng": ["Zainab Lawal", "Olumide Adeyemi"], "ke": ["Njeri Gitau", "Kiprono Langat"],
    "ph": ["Lorna Villanueva", "Jericho Bautista"], "sg": ["Goh Pei Ling", "Rajesh Nair"],
    "pl": ["Agnieszka Wróbel", "Tomasz Kaczmarek"], "ro": ["Ioana Popescu", "Mihai Dumitru"],
    "id": ["Ratna Sari", "Bambang Wijaya"], "cz": ["Lenka Dvořáková", "Ondřej Svoboda"],
    "tr": ["Zeynep Kaya", "Emre Doğan"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
    "auq": "au",
}
LANG_SIGNERS = {
    "ar": ["سارة الدوسري", "عبدالله الشمري"], "de": ["Gudrun Albers", "Rüdiger Kern"],
    "es": ["Consuelo Barrio", "Fermín Olmedo"], "fr": ["Sylvie Marchand", "Gaël Le Goff"],
    "hi": ["अनीता सक्सेना", "राकेश तिवारी"], "it": ["Antonella Russo", "Gennaro Esposito"],
    "ja": ["石川 直子", "岡田 健一"], "ko": ["정미경", "한승우"], "pt": ["Conceição Almeida", "Manuel Pinto"],
    "ru": ["Татьяна Морозова", "Виктор Лебедев"], "sw": ["Zuhura Omari", "Hamisi Rajabu"],
    "th": ["สุภาพร วงศ์ใหญ่", "นงนุช แก้วมณี"], "tr": ["Sevgi Polat", "Murat Kılıç"],
    "ur": ["فوزیہ ناز", "عمران شاہد"], "zh": ["陈美玲", "赵建国"],
    "sqi": ["Drita Hoxha", "Arben Shehu"], "ben": ["সুমিতা দত্ত", "অরূপ ঘোষ"],
    "lit": ["Rasa Petrauskienė", "Darius Kazlauskas"], "ukr": ["Оксана Ткаченко", "Богдан Шевчук"],
    "dan": ["Mette Kjærgaard", "Søren Holm"], "ces": ["Hana Kučerová", "Radek Procházka"],
    "ind": ["Dewi Lestari", "Agus Santoso"], "ron": ["Elena Stan", "Cristian Ionescu"],
    "pol": ["Małgorzata Zielińska", "Krzysztof Nowak"], "nld": ["Marieke de Boer", "Joost Verhoeven"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الغامدي", "نورة السبيعي"], "de": ["Friederike Haas", "Jonas Pfeiffer"],
    "es": ["Nerea Etxeberria", "Rodrigo Salcedo"], "fr": ["Clémence Aubry", "Yanis Moreau"],
    "hi": ["पूनम राजपूत", "संदीप मिश्रा"], "it": ["Chiara Longo", "Davide Conti"],
    "ja": ["高橋 美咲", "中村 翔"], "ko": ["윤지아", "서민준"], "pt": ["Beatriz Lopes", "Tiago Ramos"],
    "ru": ["Дарья Соловьёва", "Илья Кузнецов"], "sw": ["Amani Mwakyusa", "Baraka Mollel"],
    "th": ["กมลวรรณ ทองดี", "ปวีณา รักษ์ไทย"], "tr": ["Büşra Demir", "Onur Aksoy"],
    "ur": ["ارم فاطمہ", "حنا ریاض"], "zh": ["李晓燕", "周海涛"],
    "sqi": ["Elira Gashi", "Besnik Krasniqi"], "ben": ["মৌমিতা পাল", "তন্ময় সাহা"],
    "lit": ["Eglė Jankauskaitė", "Mantas Vaitkus"], "ukr": ["Ірина Бондар", "Тарас Литвиненко"],
    "dan": ["Ida Mortensen", "Mads Thygesen"], "ces": ["Tereza Marešová", "Jakub Horák"],
    "ind": ["Putri Anggraini", "Rizky Pratama"], "ron": ["Andreea Munteanu", "Vlad Georgescu"],
    "pol": ["Joanna Mazur", "Zofia Wójcik"], "nld": ["Sanne Bakker", "Thijs van Dam"],
}
GIVEN = {
    "Ruairí Ó Dálaigh": "Ruairí", "Darragh Mac Suibhne": "Darragh", "Sorcha Ní Bhriain": "Sorcha",
    "Goh Pei Ling": "Pei Ling", "Wanjiru Kamau-Otieno": "Wanjiru", "Anneke du Toit": "Anneke",
    "Gerrit van Wyk": "Gerrit", "Thijs van Dam": "Thijs", "Marieke de Boer": "Marieke",
}
PROVIDERS = ["linnetmail", "siskinpost", "twitebox", "redpollnet", "whinchatmail", "stonecurlewpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind71-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHello {sf} – the loading-bay walkabout on Thursday was a treat, lemon slice and all. First-aid card number and referees below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}




# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} ({role}) – closed", "Hello {n},\n\nRequisition {ref}, {role}, has been shut with nobody appointed. {x} so the job as advertised is gone, and our system has ended each application attached to it, yours among them.\n\nGrateful for all the effort on your form.\n\nTalent Acquisition, {co}", ("Pellow Scales Ltd", "Hartop Seed Cleaning"), ("pellow-scales", "hartop-seed"), role=("Scale Calibration Technician", "Seed Dresser Operator"), tz=("uk", "usc"), x=("The calibration work is being handed to our Ossett depot,", "The dressing line is being leased out to a neighbouring grower,"), frm="{co} Careers <workday@{dom}>")
mr("gh", "Your application for {role} at {co}", "Hi {n},\n\nYou deserve a plain answer after two rounds of talks with us. A candidate who {x} said yes to the {role} post on Tuesday, and the search is wrapped up.\n\nYour portfolio stayed on our desks all week.\n\n{sig}\nRecruiting, {co}", ("Thornley Psaltery Restorers", "Ossory Bookcloth"), ("thornley-psaltery", "ossory-bookcloth"), role=("Soundboard Restorer", "Cloth Finishing Lead"), tz=("uk", "ie"), x=("has regulated concert harps for thirteen years", "ran a buckram finishing room for eleven years"))
mr("lv", "{co}: about the {role} opening", "Hi {n},\n\nThe {role} seat has gone to someone who {x}. Since the team only had one opening, we have stopped the process for everyone else who applied.\n\nWe were glad you thought of us.\n\n{sig}, {co}", ("Carrow Marotte Works", "Brightling Tack Repairs"), ("carrow-marotte", "brightling-tack"), role=("Puppet Stringer", "Stitching Hand"), tz=("use", "cae"), frm="{sig} <{sl}@hire.{dom}>", x=("has re-strung touring marionettes for twelve years", "spent nine winters rebuilding harness for a logging outfit"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><p>Your application to {co} has a new status.</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>{x}</td></tr></table><p>Nothing more is required from you.</p><p>{co} Hiring</p></body></html>", ("Quenby Weatherglass Menders", "Tollard Pipeworks"), ("quenby-menders", "tollard-pipes"), role=("Glass Tube Fitter", "Pipe Voicer"), tz=("uk", "nz"), x=("Concluded – position taken by a different applicant", "Ended – another person has accepted"), frm="{co} Hiring <smartrecruiters@{dom}>")
mr("ic", "Job {ref}: application update", "Dear {n},\n\nJob {ref}, {role}: your application now reads: Not Selected – {x}.\n\nThat outcome stands for this posting. Other postings can still be applied to from the same login.\n\nRecruitment Team, {co}", ("Marrick Valve Testing", "Dunmore Bonnet Makers"), ("marrick-valves", "dunmore-bonnets"), role=("Valve Test Fitter", "Blocking Hand"), tz=("usm", "ie"), x=("Pressure Ticket Not Provided", "Felt Sample Not Received"))
mr("tl", "{role} – requisition {ref}", "Dear {n},\n\nThe status of requisition {ref} ({role}) has changed to: {x}.\n\nYour candidacy ends along with it. Sent automatically – answers to this address go nowhere.\n\n{co} Talent System", ("Greystoke Groats Milling", "Pennard Pomace Press"), ("greystoke-oats", "pennard-press"), role=("Kiln Hand", "Press Room Operator"), tz=("uk", "cat"), x=("Cancelled – kilning moved to a single day shift", "Withdrawn – press season shortened this year"), frm="{co} <taleo@{dom}>")
mr("wk", "{co} – {role}", "Hi {n},\n\n{x} applications reached us for {role}. Twelve got a phone call, five came in for a working morning, and yours ends at the phone-screen stage. Picking was tougher than usual.\n\nGood hunting,\n{sig}\n{co}", ("Fennick Stilt Hire", "Ardlow Bunting Co"), ("fennick-stilts", "ardlow-bunting"), role=("Stilt Walker Trainer", "Flag Sewer"), tz=("au", "uk"), x=("Two hundred and four", "Ninety-one"), frm="{sig} via Workable <noreply@{dom}>")
mr("bh", "Update on {role}", "Hi {n},\n\nHours that open up go to our own people first, and {x} put a hand up for these, so nobody from outside gets the {role} post this round. We've shut your application with it.\n\nThanks for being interested,\n{sig}\n{co}", ("Wethercote Turnery", "Lanyon Loom Spares"), ("wethercote-turnery", "lanyon-spares"), role=("Turning Assistant", "Shuttle Finisher"), tz=("uk", "usp"), x=("a colleague from our sanding room", "someone from our shipping desk"), frm="{co} <bamboohr@{dom}>")
mr("tt", "{role} – our answer", "Hello {n},\n\nThank you very much for to apply at {co}. We was looking long at all the papers. At the end our boss give the {role} job to {x}, because she is knowing our work from before.\n\nWe wish you all best,\n{sig}", ("Zakopiec Woodcraft", "Brasov Felt Atelier"), ("zakopiec-wood", "brasov-felt"), role=("Carving Helper", "Felting Assistant"), tz=("pl", "ro"), x=("the girl who help in our shop every winter", "a lady who sew for us already two summers"), frm="{sig} <{sl}@{dom}>")
mr("ps", "Your application {role}", "Dear {n},\n\nWe read your application with attention. For the {role} we have decided to take one person who {x}, so for this time we go with her.\n\nRegards from all team,\n{sig}\n{co}", ("Tulis Kencana Jogja", "Sklárna Lužice"), ("tulis-kencana", "luzice-sklo"), role=("Canting Assistant", "Glass Polisher"), tz=("id", "cz"), x=("make the wax drawing since ten year", "work at the polish wheel since many years"), frm="{co} <personio@{dom}>")
mr("pp", "{role}: outcome of shortlisting", "Dear {n},\n\nWe scored every application for {role} on five points set out in the role pack. {x} This time you were not among those invited.\n\nWith thanks,\n{sig}, {co}", ("Cleadon Tower Clocks", "Wrayburn Music Box Repair"), ("cleadon-clocks", "wrayburn-musicbox"), role=("Movement Cleaner", "Comb Tuner"), tz=("uk", "uk"), x=("Your score was 19 of 45; the line for interview sat at 27.", "Your score was 16 of 35; the line for interview sat at 24."), frm="{sig} <{sl}@{dom}>")
mr("jz", "{role} – the bookings", "Hi {n},\n\nI've had a look at which dates are left for the {role} spot. {x} were requested by name by the families who booked, so the calendar is full and I can't bring you onto it this season.\n\nKeep well,\n{sig}\n{co}", ("Fenbank Barn Dance Callers", "Harrowgate Swing Octet"), ("fenbank-callers", "harrowgate-octet"), role=("Wedding Caller", "Second Trumpet"), tz=("usc", "cae"), x=("All the barn-dance and christening dates", "The garden-party and golden-anniversary dates"), frm="{sig} via JazzHR <{sl}@{dom}>")
mr("as", "{co}: {role} update", "Hi {n}!\n\nThanks talaga for your time in the video call. {x} We really enjoyed the chika, and do follow our page for new openings, ha.\n\nCheers,\n{sig}\n{co} People Team", ("Hablon Weavers Miagao", "Ah Seng Layer Kitchen"), ("hablon-miagao", "ahseng-kitchen"), role=("Loom Assistant", "Layer Cake Baker"), tz=("ph", "sg"), x=("The team went with another applicant who's done hablon warping for years.", "Our pick was a candidate who has steamed layer cakes far longer."), frm="{sig} <{sl}@ashby.{dom}>")
mr("s1", "Saturday job", "Hi {n},\n\nTa for leaving your CV on the counter. Our Janet's boy is done with his exams and wants the Saturday shifts in the tea room, so nothing doing for now, love.\n\nAll the best,\n{sig}\nHollins Tea Room, Tideswell", "Hollins Tea Room", "hollins-tearoom", tz="uk")
mr("s2", "The shop assistant job", "Hi {n},\n\nApologies, this reply's late. We've sold the wool shop to a couple from Miltown and they're bringing their own daughter in behind the counter, so the job I mentioned won't happen.\n\nBest of luck,\n{sig}", "Knitwise Doonbeg", "knitwise-doonbeg", tz="ie")
mr("s3", "Counter help", "Hey {n},\n\nQuick note on the counter job at the kolache shop. Our old counter gal, Darla, is back from Muskogee and wants her shifts, so the counter's covered.\n\nThanks again,\n{sig}\n{co}", "Cimarron Kolache Kitchen", "cimarron-kolache", tz="usc")
mr("s4", "Re: winter help", "Hi {n},\n\nThanks for your note. The two of us will mind the maple stand ourselves through the winter, the sugar bush is quiet till March, so there's no opening after all.\n\nTake care,\n{sig}", "Goulet Sugar Shack", "goulet-sugarshack", tz="cae")
mr("s5", "Yard hand", "G'day {n},\n\nThe yard hand job is gone – the brother-in-law lost his job at the mine last week, so he's stepping into it. Sorry mate.\n\n{sig}\nCoolac Sleepers & Posts", "Coolac Sleepers", "coolac-sleepers", tz="au")
mr("s6", "Picking work", "Kia ora {n},\n\nGood to hear from you about the picking. The same crew from last season have all come back, so every spot is taken for this harvest.\n\nCheers,\n{sig}\n{co}", "Ohope Orchard Block", "ohope-kiwi", tz="nz")
mr("s7", "The till post", "Hi {n},\n\nIt was nice meeting you at the stall on Friday. My husband's niece has finished matric and she will start at the till on the first, so we are full.\n\nRegards,\n{sig}\n{co}", "Bothaville Roosterkoek Stop", "bothaville-stop", tz="za")
mr("s8", "Regarding sales boy post", "Dear {n},\n\nReceived your biodata. Sir's nephew has joined in the sales counter from Monday only, hence there is no vacancy at present.\n\nRegards,\n{sig}\n{co}", "Shree Ganesh Pital Store", "ganesh-pital", tz="in")
mr("s9", "Sales girl position", "Dear {n},\n\nGood afternoon. Madam's younger sister has finished NYSC and has resumed at the boutique as sales girl, so we are no more looking for anybody.\n\nThanks,\n{sig}\n{co}", "Ebunoluwa Lace House", "ebunoluwa-lace", tz="ng")
mr("s10", "Shop attendant", "Hi {n},\n\nThanks for passing by. Mzee's grandson from Tetu will be helping us in the posho shop from now, hence no vacancy.\n\nRegards,\n{sig}", "Karatina Cereals Store", "karatina-cereals", tz="ke")
mr("s11", "Saleslady applicant", "Hi {n},\n\nGood day po! Sorry, we will close our Tanauan branch this coming month-end, kaya we are no longer hiring a saleslady there.\n\nThank you and God bless,\n{sig}\n{co}", "Tanauan Barako Corner", "tanauan-barako", tz="ph")
mr("s12", "Stall helper", "Hi {n}, thanks for asking. Uncle decided to open just Wednesday to Saturday for the popiah stall now, so no need for helper already. Sorry ah.\n\n{sig}", "Ah Kow Popiah", "ahkow-popiah", tz="sg")
mr("s13", "About the helper job", "Hello {n},\n\nThanks for your mail. My father take his own nephew for help in the honey shop, he is coming from village in next week. So no more person is needed.\n\nGreetings,\n{sig}\n{co}", "Pasieka Kurpiowska", "pasieka-kurpie", tz="pl")
mr("s14", "Workshop job", "Dear {n},\n\nMany thanks for letter. The master decide to take his own son for this place in the ceramic workshop, because he finish the school now. I am sorry.\n\nBest regards,\n{sig}\n{co}", "Olari Ceramica", "olari-ceramica", tz="ro")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks for Thursday", "Hi {n},\n\nOur trustees met on Monday evening and have appointed {x} as our {role}; she starts after Easter.\n\nShowing you round was a joy.\n\n{sig}\n{co}\n\n{OUT}", ("Lydbrook Tramway Trust", "Blaenau Slate Railway Society"), ("lydbrook-tramway", "blaenau-railsoc"), role=("Volunteer Coordinator", "Heritage Officer"), tz=("uk", "uk"), x=("Pauline Agutter", "Carys Meredith"))
mr("th2", "Re: [EXT] Re: {role} interview", "Hi {n},\n\nA quick update from us. The partners settled it yesterday afternoon, and {x} has taken the {role} job; he began this week.\n\nWe were glad you came all the way out.\n\n{sig}\n\n{GM}", ("Kerrigan Optometrists", "Whitfield Hearing Care"), ("kerrigan-optom", "whitfield-hearing"), role=("Practice Assistant", "Audiology Assistant"), tz=("ie", "use"), x=("Ronan Haverty", "Desmond Pike"))
mr("th3", "RE: [EXT] RE: {role}", "Hi {n},\n\nRather than let a system mail do it, I'm writing myself. The committee voted last night and {x} will be our {role} from next month.\n\nMeeting you on Thursday was a highlight.\n\n{sig}\n{co}\n\n{ORIG}", ("Hillcrest Seed Library", "Tarrant Valley Tool Library"), ("hillcrest-seeds", "tarrant-tools"), role=("Part-time Coordinator", "Workshop Steward"), tz=("usm", "cap"), x=("Sage Haskins", "Marcus Oduya"))
mr("th4", "Re: [EXT] RE: {role} post", "Hello {n},\n\nThe directors have offered the {role} post to {x}, who said yes this morning.\n\nYour questions on Friday were sharp ones, and we noticed.\n\nKind regards,\n{sig}\n\n{RULE}", ("Ijora Logistics Hub", "Karen Tea Lodge"), ("ijora-hub", "karen-lodge"), role=("Stores Supervisor", "Front Office Lead"), tz=("ng", "ke"), x=("Mr Tunde Bakare", "Ms Faith Chebet"))
mr("th5", "RE: [EXT] Re: {role}", "Hi {n},\n\nHuge thanks for the audition. Our director has cast {x} as {role} for the spring season; rehearsals begin on the 3rd.\n\nWarmly,\n{sig}\n{co}\n\n{OUT}", ("Lamplit Lane Players", "Waratah Youth Theatre"), ("lamplit-players", "waratah-yt"), role=("Stage Manager", "Workshop Leader"), tz=("uk", "au"), x=("Imelda Rourke", "Kirra Lawson"))
mr("th6", "Re: [EXT] Re: {role}", "Morning {n},\n\nThe board of management met on Tuesday and named {x} as the school's new {role}.\n\nWe valued your visit and how well prepared you came.\n\n{sig}\n{co}\n\n{GM}", ("Scoil Bhríde Dromahair", "Waimarie Kura"), ("scoilbhride-dh", "waimarie-kura"), role=("Special Needs Assistant", "Kaiāwhina"), tz=("ie", "nz"), x=("Siobhán Tully", "Ani Whaanga"))
mr("th7", "RE: [EXT] Re: {role} – next step?", "Hi {n},\n\nI promised you news this week. The owners have given the {role} role to {x}, who accepted on Wednesday.\n\nHearing about your clinic work was a treat.\n\n{sig}\n{co}\n\n{ORIG}", ("Laurelhurst Chiropody", "Cedarbrook Hand Therapy"), ("laurelhurst-chiro", "cedarbrook-hand"), role=("Clinic Assistant", "Therapy Aide"), tz=("usp", "cae"), x=("Bethany Korhonen", "Sunil Rao"))
mr("th8", "Re: [EXT] RE: {role}", "Dear {n},\n\nOur steering group met on Thursday, and {x} is our new {role}; she begins on the 1st.\n\nWe were grateful you made time to meet us.\n\n{sig}\n{co}\n\n{RULE}", ("Umgababa Craft Cooperative", "Kinangop Repair Café"), ("umgababa-coop", "kinangop-repair"), role=("Project Coordinator", "Volunteer Lead"), tz=("za", "ke"), x=("Thandeka Zulu", "Mercy Wambui"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n—\n{co} · rain boots from {x}\nRead The Puddle Post, our monthly letter · Sign up for Boot Jobs alerts in your account\nWe hold candidate records for fourteen months, then delete them. Landed with you by mistake? Let us know and bin it."
FOOT_US = "\n\n---\n{co} Careers | Text BOOTROLES to 55123 for new openings\nAt {co}, hiring turns on skill alone, whoever you are.\nManage alerts: My Profile > Preferences > Job Alerts. This mailbox is not monitored."
FOOT_AU = "\n\n______\n{co} – swags from {x}\nGet The Campfire Letter each month · privacy questions: privacy@{dom}\nMeant for one named reader; if that's not you, please stop here."
FOOT_ZA = "\n\n—\n{co} – school bags with a free pencil case this term\nSMS BAGJOBS for vacancies near you\nYour details are kept in line with {y}. PRIVATE: intended for the addressee only."
mr("ft1", "Your application – {role}", "Dear {n},\n\nCheers for wanting to be a {role} at {co}. Your application has been read, and we are stopping it at this stage." + FOOT_UK, ("Dryfoot Boots", "Dryfoot Boots Ireland"), ("dryfoot", "dryfoot-ie"), role=("Stockroom Assistant", "Weekend Sales Assistant"), tz=("uk", "ie"), x=("£34", "€39"), frm="{co} Careers <careers@{dom}>")
mr("ft2", "{role} application", "Hi {n},\n\nYour {role} papers have been through two readers, and it won't be carried into the interview round." + FOOT_US, ("Ridgeback Outdoor Supply", "Ridgeback Outdoor Supply Canada"), ("ridgeback-outdoor", "ridgeback-outdoor-ca"), role=("Fitting Room Associate", "Stock Associate"), tz=("usc", "cam"), frm="{co} <no-reply@{dom}>")
mr("ft3", "{role} – application outcome", "Hi {n},\n\nOur hiring crew has been through the {role} applications, and yours didn't get up this time – sorry." + FOOT_AU, ("Dunnart Camping", "Dunnart Camping NZ"), ("dunnart-camping", "dunnart-nz"), role=("Store Team Member", "Casual Retail Assistant"), tz=("au", "nz"), x=("$129", "NZ$139"), frm="{co} Recruitment <jobs@{dom}>")
mr("ft4", "Application: {role}", "Dear {n},\n\nYour application for {role} has been assessed, and sadly it did not make our shortlist." + FOOT_ZA, ("Satchel & Slate", "Satchel & Slate Nigeria"), ("satchelslate", "satchelslate-ng"), role=("Sales Consultant", "Floor Supervisor"), tz=("za", "ng"), y=("POPIA", "the NDPA"), frm="{co} HR <hr@{dom}>")

# ---- 9 hedged refusals
mr("hd1", "{role} – your application", "Dear {n},\n\nIt was good to meet. In the end the partners chose a different path: someone {x}, who suits the direction of the practice a touch more.\n\nYours sincerely,\n{sig}\n{co}", ("Farrant Conveyancing", "Lisgoold Family Law"), ("farrant-conv", "lisgoold-law"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"), x=("who has handled more leasehold transfers", "with longer experience of district court lists"))
mr("hd2", "{role}", "Hi {n},\n\nAfter the second chat, we found that a fellow applicant's {x} lined up a shade more closely with what our clients need this year.\n\nMany thanks for your patience,\n{sig}\n{co}", ("Tallis Tax Returns", "Brennan Payroll Bureau"), ("tallis-tax", "brennan-payroll"), role=("Tax Assistant", "Payroll Clerk"), tz=("usm", "cat"), x=("background in farm returns", "time running multi-state payrolls"))
mr("hd3", "{role} interview – following up", "Dear {n},\n\nWe enjoyed your interview. Another candidate {x}, and we felt that suited our current jobs somewhat better.\n\nRegards,\n{sig}\n{co}", ("Merlin Ridge Translations", "Avoca Captioning"), ("mridge-translations", "avoca-captions"), role=("Court Interpreter", "Live Captioner"), tz=("uk", "au"), x=("has interpreted in more family hearings", "has captioned more live sport"))
mr("hd4", "{role} application", "Dear {n},\n\nYour time on Tuesday was appreciated. We settled on an engineer who {x}; that lies nearer the kind of projects coming our way.\n\nBest regards,\n{sig}\n{co}", ("Aba Road Consulting Engineers", "Homa Bay Water Engineers"), ("abaroad-eng", "homabay-water"), role=("Site Engineer", "Project Engineer"), tz=("ng", "ke"), x=("has supervised more bridge deck pours", "has done more gravity-fed pipeline work"))
mr("hd5", "Assistant post", "Dear {n},\n\nWe enjoyed our chat last week. Other applicants had more time assisting in pediatric dental chairs, which suits our clinic better at present.\n\nKind regards,\n{sig}\nBukit Timah Kids Dental", "Bukit Timah Kids Dental", "btkids-dental", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up – {role}", "Hi {n},\n\nGood to talk on Friday. In the end, {x} got the nod for the {role} job. Separately, {y} – shall I put you forward?\n\n{sig}\n{co}", ("Brixworth Search", "Larchmont Staffing"), ("brixworth-search", "larchmont-staffing"), role=("Production Manager", "Plant Superintendent"), tz=("uk", "usc"), x=("their own night-shift lead", "a manager from a rival cheese plant"), y=("there's a gingerbread bakery near Sleaford looking for a shift manager", "a popcorn plant outside Eldora needs a maintenance head"))
mr("rc2", "{role} – where it landed", "Hi {n},\n\nCheers for Tuesday's natter. The {role} job ended up with {x}. On the plus side, {y}. Interested?\n\n{sig}\n{co}", ("Goomeri Talent", "Hauraki Recruit"), ("goomeri-talent", "hauraki-recruit"), role=("Site Manager", "Operations Manager"), tz=("auq", "nz"), x=("a supervisor promoted from the floor", "his neighbour's son"), y=("a honey extraction shed near Kilkivan wants a supervisor", "a mussel processor in Kerepehi is hiring a plant lead"))
mr("rc3", "After our call – {role}", "Dear {n},\n\n{x} has been picked for {role}. Meanwhile, another opening: {y}. Let me know and I will send your CV.\n\nRegards,\n{sig}\n{co}", ("Laikipia Placements", "Ogba Talent Bridge"), ("laikipia-placements", "ogbatalent"), role=("Maintenance Manager", "Production Manager"), tz=("ke", "ng"), x=("the internal candidate from their Rumuruti site", "the engineer who handles their boilers"), y=("a dairy in Ndaragwa needs a workshop head", "a groundnut oil mill in Funtua needs a production head"))
mr("rc4", "Update and another role", "Hi {n},\n\nThe client promoted their own packing supervisor into the line manager post, so that door's closed. Still, a rooibos packer near Wupperthal wants a shift lead – shall I send your CV?\n\n{sig}\nCitrusdal Recruit", "Citrusdal Recruit", "citrusdal-recruit", tz="za")

# ---- 8 public-sector notices
mr("ps1", "Application {ref} – {role}", "Dear {n},\n\nMinimum qualifications for {role} were checked on every file, yours included. {x} was not shown, so your application carries an ineligible rating and stops at this point.\n\nHuman Resources\n{co}", ("Sweetwater County", "Town of Merigomish Harbour"), ("sweetwater-co", "merigomish-harbour"), role=("Equipment Operator I", "Water Plant Operator"), tz=("usm", "cat"), x=("A current Class A CDL", "Proof of a Level II treatment ticket"))
mr("ps2", "{role} – referral list", "Dear {n},\n\nThe {x} highest eligible candidates for {role} were passed up to the selecting official. Your score came lower than theirs, so the referral list leaves your name out.\n\nPersonnel Office\n{co}", ("City of Zumbrota", "Town of Okotoks Valley"), ("zumbrota-city", "okotoks-valley"), role=("Parks Technician", "Bylaw Clerk"), tz=("usc", "cam"), x=("five", "eight"))
mr("ps3", "Vacancy {ref}: {role}", "Dear {n},\n\nCouncil has cancelled vacancy {ref} ({role}) after {x}. Nobody is being appointed and the round is finished.\n\nPeople and Culture\n{co}", ("Lockyer Plains Regional Council", "Hokianga Coast District Council"), ("lockyerplains", "hokiangacoast"), role=("Customer Service Officer", "Compliance Officer"), tz=("auq", "nz"), x=("a review of depot staffing", "consents team changes"))
mr("ps4", "Result – {role} recruitment", "Dear {n},\n\nThe qualifying mark for the written test for {role} was fixed at {x}. Your mark was {y}. Hence your candidature is closed at this stage.\n\nSecretary\n{co}", ("Osmanabad District Selection Committee", "Ekiti State Civil Service Commission"), ("osmanabad-dsc", "ekiti-cscom"), role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"), x=("60 of 100", "45 of 70"), y=("52", "39"))

# ---- 6 bare ATS status updates
mr("st1", "Status change: {role}", "Hi {n},\n\nStatus for {role} at {co}: No longer under consideration.\n\nSee your dashboard for details.\n\nHirelark", ("Corbel Stonecraft", "Merriton Glassworks"), ("corbel-stone", "merriton-glass"), role=("Banker Mason Trainee", "Lampworker"), tz=("uk", "use"), frm="Hirelark <status@hirelark.example>")
mr("st2", "Application update", "<html><body><p>{n},</p><table><tr><th>Position</th><th>Status</th></tr><tr><td>{role}</td><td>Inactive · not proceeding</td></tr></table><p>{co}</p></body></html>", ("Kilbride Loomhouse", "Ridgeway Paddlecraft"), ("kilbride-loomhouse", "ridgeway-paddlecraft"), role=("Warper", "Builder's Helper"), tz=("ie", "cae"), frm="{co} <ats@{dom}>")
mr("st3", "{role}: your application", "{n}, your application has moved.\n\nApplied ✓  Screened ✓  Decision: Not taken forward\n\n{role} · {co}\nTrackwell", ("Eugowra Extracting Co", "Maniototo Woolshed"), ("eugowra-extracting", "maniototo-woolshed"), role=("Extraction Hand", "Shed Hand"), tz=("au", "nz"), frm="Trackwell <updates@trackwell.example>")

# ---- 6 internship / graduate decisions
mr("in1", "{role} studentship – decision", "Dear {n},\n\nWe had {x} applicants for two {role} studentships this summer. Two other students have taken up both places.\n\nThank you for such a careful application.\n\n{sig}\n{co}", ("Abberley Noctule Group", "Cairngorm Capercaillie Project"), ("abberley-noctules", "capercaillie-proj"), role=("roost survey", "lek monitoring"), tz=("uk", "uk"), x=("117", "59"))
mr("in2", "{role} internship", "Hi {n},\n\nYour {role} internship application came in just fine, but all the places have been filled by other students, and none is left for this round.\n\n{sig}\n{co}", ("Coteau Pothole Network", "Fundy Shorebird Watch"), ("coteau-potholes", "fundy-shorebirds"), role=("duck banding", "sandpiper count"), tz=("usc", "cat"))
mr("in3", "Graduate programme {ref}", "Dear {n},\n\nSelection for the {co} graduate programme is done. The {x} places for this intake are now held by other graduates.\n\nWith best wishes,\n{sig}\nEarly Careers, {co}", ("Vaal Rail Freight", "Likoni Port Services"), ("vaal-freight", "likoni-portsvc"), x=("seven", "four"), tz=("za", "ke"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} ({role}) – received", "Hello {n},\n\nRequisition {ref}, {role}: your application is in. If the depot review means the post is withdrawn, the requisition will close and everyone who applied hears from us by email.\n\nTalent Acquisition, {co}", ("Pellow Scales Ltd", "Hartop Seed Cleaning"), ("pellow-scales", "hartop-seed"), role=("Scale Calibration Technician", "Seed Dresser Operator"), tz=("uk", "usc"), frm="{co} Careers <workday@{dom}>")
mo("application_received", "gh", "We've got your application – {co}", "Hi {n},\n\nYour application for {role} is with the hiring team. Should they settle on another person, the team lead writes to you herself – no silent treatment.\n\n{sig}\nRecruiting, {co}", ("Thornley Psaltery Restorers", "Ossory Bookcloth"), ("thornley-psaltery", "ossory-bookcloth"), role=("Soundboard Restorer", "Cloth Finishing Lead"), tz=("uk", "ie"))
mo("application_received", "lv", "{co}: application in", "Hi {n},\n\nYour {role} application arrived. Whichever way it goes, someone from the workshop will reply to you themselves within three weeks.\n\n{sig}, {co}", ("Carrow Marotte Works", "Brightling Tack Repairs"), ("carrow-marotte", "brightling-tack"), role=("Puppet Stringer", "Stitching Hand"), tz=("use", "cae"), frm="{sig} <{sl}@hire.{dom}>")
mo("application_received", "sr", "Application status: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Next this shows Interview – or Concluded, if a different applicant ends up with the job.</p><p>{co} Hiring</p></body></html>", ("Quenby Weatherglass Menders", "Tollard Pipeworks"), ("quenby-menders", "tollard-pipes"), role=("Glass Tube Fitter", "Pipe Voicer"), tz=("uk", "nz"), frm="{co} Hiring <smartrecruiters@{dom}>")
mo("application_received", "ic", "Job {ref}: one item missing", "Dear {n},\n\nYour application for Job {ref}, {role}, is in, but {x} is still missing. Upload it within a week; profiles without it after that are marked Not Selected automatically.\n\nRecruitment Team, {co}", ("Marrick Valve Testing", "Dunmore Bonnet Makers"), ("marrick-valves", "dunmore-bonnets"), role=("Valve Test Fitter", "Blocking Hand"), tz=("usm", "ie"), x=("your pressure testing ticket", "a photo of a felt sample"))
mo("application_received", "tl", "{role} – requisition {ref} received", "Dear {n},\n\nYour application for requisition {ref} ({role}) is logged. If that requisition is frozen or scrapped down the line, each linked candidate is sent a system notice.\n\n{co} Talent System", ("Greystoke Groats Milling", "Pennard Pomace Press"), ("greystoke-oats", "pennard-press"), role=("Kiln Hand", "Press Room Operator"), tz=("uk", "cat"), frm="{co} <taleo@{dom}>")
mo("application_received", "wk", "{co} – got it", "Hi {n},\n\nThanks for applying for {role}. We'll phone a shortlist over the next fortnight; if you haven't had a call by then, an email comes to you anyway.\n\n{sig}\n{co}", ("Fennick Stilt Hire", "Ardlow Bunting Co"), ("fennick-stilts", "ardlow-bunting"), role=("Stilt Walker Trainer", "Flag Sewer"), tz=("au", "uk"), frm="{sig} via Workable <noreply@{dom}>")
mo("application_received", "bh", "{role} – application received", "Hi {n},\n\nGot your application, thanks. Staff get first pick of new hours here, so if a colleague grabs these before interviews, expect a line from me saying so.\n\n{sig}\n{co}", ("Wethercote Turnery", "Lanyon Loom Spares"), ("wethercote-turnery", "lanyon-spares"), role=("Turning Assistant", "Shuttle Finisher"), tz=("uk", "usp"), frm="{co} <bamboohr@{dom}>")
mo("application_received", "tt", "{role} – we have your papers", "Hello {n},\n\nThank you for to send your papers. Our boss look at all in next two weeks. Maybe place is going to one person from before, she help us already; in this case you get message from us too, so you know.\n\n{sig}", ("Zakopiec Woodcraft", "Brasov Felt Atelier"), ("zakopiec-wood", "brasov-felt"), role=("Carving Helper", "Felting Assistant"), tz=("pl", "ro"))
mo("application_received", "ps", "Your application {role}", "Dear {n},\n\nWe got your application, thank you. We read all until month finish. If is negative answer, still short message is coming from us.\n\nRegards,\n{sig}\n{co}", ("Tulis Kencana Jogja", "Sklárna Lužice"), ("tulis-kencana", "luzice-sklo"), role=("Canting Assistant", "Glass Polisher"), tz=("id", "cz"), frm="{co} <personio@{dom}>")
mo("application_received", "pp", "{role}: application logged", "Dear {n},\n\nYour application for {role} has been logged. Marking follows the five points in our pack, and afterwards comes an email: an interview slot, or a closing note.\n\n{sig}, {co}", ("Cleadon Tower Clocks", "Wrayburn Music Box Repair"), ("cleadon-clocks", "wrayburn-musicbox"), role=("Movement Cleaner", "Comb Tuner"), tz=("uk", "uk"))
mo("application_received", "jz", "{role} – on my list", "Hi {n},\n\nYou're on my roster for {role} now. Bookings for next season open in March, and I write to every player then, dates or no dates.\n\n{sig}\n{co}", ("Fenbank Barn Dance Callers", "Harrowgate Swing Octet"), ("fenbank-callers", "harrowgate-octet"), role=("Wedding Caller", "Second Trumpet"), tz=("usc", "cae"), frm="{sig} via JazzHR <{sl}@{dom}>")
mo("application_received", "as", "{co}: we got your application!", "Hi {n}!\n\nSalamat sa application for {role}! Pasok man o hindi, expect our email reply in two weeks.\n\n{sig}\n{co} People Team", ("Hablon Weavers Miagao", "Ah Seng Layer Kitchen"), ("hablon-miagao", "ahseng-kitchen"), role=("Loom Assistant", "Layer Cake Baker"), tz=("ph", "sg"), frm="{sig} <{sl}@ashby.{dom}>")
mo("application_received", "th1", "Re: [EXT] {role}", "Hi {n},\n\nYour {role} application is safely with me. A heads-up: one of our Sunday regulars, a familiar face to the trustees, is thinking of applying as well. Interviews are the week after next.\n\n{sig}\n{co}", ("Lydbrook Tramway Trust", "Blaenau Slate Railway Society"), ("lydbrook-tramway", "blaenau-railsoc"), role=("Volunteer Coordinator", "Heritage Officer"), tz=("uk", "uk"))
mo("application_received", "th3", "RE: [EXT] {role}", "Hi {n},\n\nYour application for {role} reached me. The committee meets in three weeks; afterwards I'll email each applicant, you included, with the result.\n\n{sig}\n{co}", ("Hillcrest Seed Library", "Tarrant Valley Tool Library"), ("hillcrest-seeds", "tarrant-tools"), role=("Part-time Coordinator", "Workshop Steward"), tz=("usm", "cap"))
mo("application_received", "ft1", "We've received your application", "Dear {n},\n\nYour {role} application is in. Shortlisted people get a call; no call means this vacancy won't bring more mail." + FOOT_UK, ("Dryfoot Boots", "Dryfoot Boots Ireland"), ("dryfoot", "dryfoot-ie"), role=("Stockroom Assistant", "Weekend Sales Assistant"), tz=("uk", "ie"), x=("£34", "€39"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "ft2", "{role}: application received", "Hi {n},\n\nYour {role} application came through. With so many arriving, only those picked to interview get contacted." + FOOT_US, ("Ridgeback Outdoor Supply", "Ridgeback Outdoor Supply Canada"), ("ridgeback-outdoor", "ridgeback-outdoor-ca"), role=("Fitting Room Associate", "Stock Associate"), tz=("usc", "cam"), frm="{co} <no-reply@{dom}>")
mo("application_received", "ps1", "Application {ref} received – {role}", "Dear {n},\n\nApplication for {role} logged. {x} must be attached by the closing date; lacking it then, an application gets an ineligible rating.\n\nRegards,\nHuman Resources\n{co}", ("Sweetwater County", "Town of Merigomish Harbour"), ("sweetwater-co", "merigomish-harbour"), role=("Equipment Operator I", "Water Plant Operator"), tz=("usm", "cat"), x=("A copy of a current Class A CDL", "Your Level II certificate"))
mo("application_received", "ps2", "{role} – application received", "Dear {n},\n\nYour {role} application is logged. When scores are final, we post each applicant a letter on whether their name reached the selecting desk.\n\nPersonnel Office\n{co}", ("City of Zumbrota", "Town of Okotoks Valley"), ("zumbrota-city", "okotoks-valley"), role=("Parks Technician", "Bylaw Clerk"), tz=("usc", "cam"))
mo("application_received", "ps3", "Vacancy {ref}: acknowledgement", "Dear {n},\n\nYour application for vacancy {ref} ({role}) has been received. If Council pulls the vacancy, you and all other applicants get a letter.\n\nPeople and Culture\n{co}", ("Lockyer Plains Regional Council", "Hokianga Coast District Council"), ("lockyerplains", "hokiangacoast"), role=("Customer Service Officer", "Compliance Officer"), tz=("auq", "nz"))
mo("application_received", "ps4", "Acknowledgement – {role}", "Dear {n},\n\nAcknowledged: your {role} application. Written examination is scheduled for next month. Candidates who fall short of the qualifying mark will not be sent any further letter.\n\nSecretary\n{co}", ("Osmanabad District Selection Committee", "Ekiti State Civil Service Commission"), ("osmanabad-dsc", "ekiti-cscom"), role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "st1", "Status change: {role}", "Hi {n},\n\nStatus for {role} at {co}: Submitted – awaiting review.\n\nSee your dashboard for details.\n\nHirelark", ("Corbel Stonecraft", "Merriton Glassworks"), ("corbel-stone", "merriton-glass"), role=("Banker Mason Trainee", "Lampworker"), tz=("uk", "use"), frm="Hirelark <status@hirelark.example>")
mo("application_received", "in1", "{role} studentship – received", "Dear {n},\n\nYour {role} studentship form has arrived. Picked or not, an email reaches each applicant ahead of 30 April.\n\n{sig}\n{co}", ("Abberley Noctule Group", "Cairngorm Capercaillie Project"), ("abberley-noctules", "capercaillie-proj"), role=("roost survey", "lek monitoring"), tz=("uk", "uk"))
mo("application_received", "in3", "Graduate programme {ref}: next", "Dear {n},\n\nYour {co} graduate programme form is complete. An online reasoning test comes next; below its pass mark, no assessment-day invite follows.\n\nEarly Careers, {co}", ("Vaal Rail Freight", "Likoni Port Services"), ("vaal-freight", "likoni-portsvc"), tz=("za", "ke"))
mo("application_received", "rc1", "CV sent – {role}", "Hi {n},\n\nThe client has had your CV for {role} since this morning. They've promised feedback by Friday, and whatever they say, you'll get my call that afternoon.\n\n{sig}\n{co}", ("Brixworth Search", "Larchmont Staffing"), ("brixworth-search", "larchmont-staffing"), role=("Production Manager", "Plant Superintendent"), tz=("uk", "usc"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th2", "Re: [EXT] Re: {role} interview", "Hi {n},\n\nBoth partners hope to see you again on {dl} at 10:00. Unfortunately our lift is broken that week, so it's two flights of stairs – apologies.\n\n{sig}", ("Kerrigan Optometrists", "Whitfield Hearing Care"), ("kerrigan-optom", "whitfield-hearing"), role=("Practice Assistant", "Audiology Assistant"), tz=("ie", "use"))
mo("interview", "th5", "RE: [EXT] Re: {role}", "Hi {n},\n\nCould you come for a recall on {dl} at 6pm? Unfortunately the main hall is booked by the choir, so it's the poky rehearsal room at the back.\n\n{sig}\n{co}", ("Lamplit Lane Players", "Waratah Youth Theatre"), ("lamplit-players", "waratah-yt"), role=("Stage Manager", "Workshop Leader"), tz=("uk", "au"))
mo("interview", "th7", "RE: [EXT] Re: {role}", "Hi {n},\n\nCould you meet the owners face to face on {dl} at 2pm? Unfortunately our lot is getting fresh blacktop, so park on the street.\n\n{sig}\n{co}", ("Laurelhurst Chiropody", "Cedarbrook Hand Therapy"), ("laurelhurst-chiro", "cedarbrook-hand"), role=("Clinic Assistant", "Therapy Aide"), tz=("usp", "cae"))
mo("interview", "as", "{co}: let's talk!", "Hi {n}!\n\nWe'd love to set a video call for {role} on {dl}, 3pm. Unfortunately our manager is at a supplier's that day, so you'll meet our senior {x} instead.\n\n{sig}", ("Hablon Weavers Miagao", "Ah Seng Layer Kitchen"), ("hablon-miagao", "ahseng-kitchen"), role=("Loom Assistant", "Layer Cake Baker"), tz=("ph", "sg"), x=("weaver", "baker"), frm="{sig} <{sl}@ashby.{dom}>")
mo("interview", "hd4", "{role} interview", "Dear {n},\n\nCould you sit with our panel about {role} on {dl} at 11:00. Unfortunately our visitor parking is closed for resurfacing; please use the church car park next door.\n\n{sig}\n{co}", ("Aba Road Consulting Engineers", "Homa Bay Water Engineers"), ("abaroad-eng", "homabay-water"), role=("Site Engineer", "Project Engineer"), tz=("ng", "ke"))
mo("interview", "jz", "{role} – audition", "Hi {n},\n\nCan you do a short audition on {dl} at 7pm? Unfortunately the usual studio has a quilting group that night, so we'll be at the church hall.\n\n{sig}\n{co}", ("Fenbank Barn Dance Callers", "Harrowgate Swing Octet"), ("fenbank-callers", "harrowgate-octet"), role=("Wedding Caller", "Second Trumpet"), tz=("usc", "cae"), frm="{sig} via JazzHR <{sl}@{dom}>")
mo("interview", "hd3", "{role} – interview invitation", "Dear {n},\n\nCould you interview with us for {role} on {dl} at 9:30? Unfortunately painters have the front entrance, so come round the side.\n\n{sig}\n{co}", ("Merlin Ridge Translations", "Avoca Captioning"), ("mridge-translations", "avoca-captions"), role=("Court Interpreter", "Live Captioner"), tz=("uk", "au"))
mo("interview", "hd5", "Assistant post – interview", "Dear {n},\n\nKindly come by for an interview on {dl} at 4pm. Unfortunately the back door is locked after lunch, so use the main lobby.\n\n{sig}\nBukit Timah Kids Dental", "Bukit Timah Kids Dental", "btkids-dental", tz="sg")
mo("next_steps", "ps1", "Application {ref} – documents", "Dear {n},\n\nFor your {role} application to go on, certified copies of your licence need to reach the HR counter by {dl}. Unfortunately the north door is closed for repairs; use the west side.\n\nHuman Resources\n{co}", ("Sweetwater County", "Town of Merigomish Harbour"), ("sweetwater-co", "merigomish-harbour"), role=("Equipment Operator I", "Water Plant Operator"), tz=("usm", "cat"))
mo("next_steps", "rc3", "{role} – referees", "Dear {n},\n\nGood news – for {role}, the client has put you through to referencing. The referee form needs completing by {dl}. Unfortunately the form doesn't save half-way, so have both referees' details ready.\n\n{sig}\n{co}", ("Laikipia Placements", "Ogba Talent Bridge"), ("laikipia-placements", "ogbatalent"), role=("Maintenance Manager", "Production Manager"), tz=("ke", "ng"))
mo("next_steps", "pp", "{role}: practical task", "Dear {n},\n\nNext comes the practical stage for {role}. Please upload a short video of a repair by {dl}. Unfortunately the portal only takes files under 200 MB.\n\n{sig}, {co}", ("Cleadon Tower Clocks", "Wrayburn Music Box Repair"), ("cleadon-clocks", "wrayburn-musicbox"), role=("Movement Cleaner", "Comb Tuner"), tz=("uk", "uk"))
mo("next_steps", "ps4", "Certificate verification – {role}", "Dear {n},\n\nYou qualified in the written test for {role}. Report with original certificates for verification on {dl} at 10 a.m. Unfortunately only one counter is open, so expect to wait.\n\nSecretary\n{co}", ("Osmanabad District Selection Committee", "Ekiti State Civil Service Commission"), ("osmanabad-dsc", "ekiti-cscom"), role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "in3", "Graduate programme – medical", "Dear {n},\n\nBravo on clearing the assessment day. Your pre-employment medical needs doing by {dl}. Unfortunately walk-ins are seen there in mornings only.\n\nEarly Careers, {co}", ("Vaal Rail Freight", "Likoni Port Services"), ("vaal-freight", "likoni-portsvc"), tz=("za", "ke"))
mo("next_steps", "st3", "{role}: next step", "{n}, your application has moved.\n\nApplied ✓  Screened ✓  Next: Short online quiz – due {dl}\n\n{role} · {co}\nTrackwell", ("Eugowra Extracting Co", "Maniototo Woolshed"), ("eugowra-extracting", "maniototo-woolshed"), role=("Extraction Hand", "Shed Hand"), tz=("au", "nz"), frm="Trackwell <updates@trackwell.example>")
mo("next_steps", "th1", "Re: [EXT] Re: {role} – referees", "Hi {n},\n\nThe trustees are keen to contact your referees for {role}. Could you send both referees' phone numbers by {dl}? Unfortunately our office landline is out, so email is best.\n\n{sig}\n{co}", "Lydbrook Tramway Trust", "lydbrook-tramway", role="Volunteer Coordinator", tz="uk")
mo("offer", "bh", "{role} – offer", "Hi {n},\n\nWe're offering you the {role} post, from {dl}. Unfortunately our microwave died last week, so packed lunches only for now!\n\n{sig}\n{co}", ("Wethercote Turnery", "Lanyon Loom Spares"), ("wethercote-turnery", "lanyon-spares"), role=("Turning Assistant", "Shuttle Finisher"), tz=("uk", "usp"), frm="{co} <bamboohr@{dom}>")
mo("offer", "ft3", "Offer – {role}", "Hi {n},\n\nHappy to say the {role} role is yours, starting {dl}. Unfortunately uniforms are still on back order, so wear something plain for the first week." + FOOT_AU, ("Dunnart Camping", "Dunnart Camping NZ"), ("dunnart-camping", "dunnart-nz"), role=("Store Team Member", "Casual Retail Assistant"), tz=("au", "nz"), x=("$129", "NZ$139"), frm="{co} Recruitment <jobs@{dom}>")
mo("offer", "th8", "Re: [EXT] RE: {role}", "Dear {n},\n\nThe steering group has agreed to appoint you as {role}, starting {dl}. – the office roof, unfortunately, is being redone, so for the first weeks we meet at the library.\n\n{sig}\n{co}", ("Umgababa Craft Cooperative", "Kinangop Repair Café"), ("umgababa-coop", "kinangop-repair"), role=("Project Coordinator", "Volunteer Lead"), tz=("za", "ke"))
mo("offer", "rc4", "An offer for you", "Hi {n},\n\nThe rooibos packer near Wupperthal wants you as shift lead from {dl}. Unfortunately their canteen is mid-refit until June, so pack lunch.\n\n{sig}\nCitrusdal Recruit", "Citrusdal Recruit", "citrusdal-recruit", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st1", "Status change: {role}", "Hi {n},\n\nStatus for {role} at {co}: Under review by hiring manager.\n\nSee your dashboard for details.\n\nHirelark", ("Corbel Stonecraft", "Merriton Glassworks"), ("corbel-stone", "merriton-glass"), role=("Banker Mason Trainee", "Lampworker"), tz=("uk", "use"), frm="Hirelark <status@hirelark.example>")
mo("other_job", "st2", "Application update", "<html><body><p>{n},</p><table><tr><th>Position</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn · at candidate's request</td></tr></table><p>{co}</p></body></html>", ("Kilbride Loomhouse", "Ridgeway Paddlecraft"), ("kilbride-loomhouse", "ridgeway-paddlecraft"), role=("Warper", "Builder's Helper"), tz=("ie", "cae"), frm="{co} <ats@{dom}>")
mo("other_job", "ps2", "{role} – scoring delayed", "Dear {n},\n\n{role} scoring is running behind with a rater off sick. The selecting official hasn't received a list so far.\n\nPersonnel Office\n{co}", "City of Zumbrota", "zumbrota-city", role="Parks Technician", tz="usc")
mo("job_alert", "ft1", "New jobs near you", "Hi {n},\n\nThree new roles match your Boot Jobs alert: Stockroom Assistant, Visual Merchandiser and Weekend Sales Assistant." + FOOT_UK, ("Dryfoot Boots", "Dryfoot Boots Ireland"), ("dryfoot", "dryfoot-ie"), tz=("uk", "ie"), x=("£34", "€39"), frm="{co} Careers <careers@{dom}>")
mo("job_alert", "ft3", "Jobs this week", "Hi {n},\n\nNew at {co}: Store Team Member (casual) and Warehouse Picker." + FOOT_AU, "Dunnart Camping", "dunnart-camping", tz="au", x="$129", frm="{co} Recruitment <jobs@{dom}>")
mo("recruiter_outreach", "rc1", "A role you might like", "Hi {n},\n\nYour profile came to mind straight away: {y}. Got ten minutes for a ring this week?\n\n{sig}\n{co}", ("Brixworth Search", "Larchmont Staffing"), ("brixworth-search", "larchmont-staffing"), tz=("uk", "usc"), y=("a gingerbread bakery near Sleaford wants a shift manager", "a popcorn plant outside Eldora needs a maintenance head"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nOn Wednesday the lending committee weighed up your {x} loan. It has been declined, as the repayments look too high next to your income. Half a year from now, a new request is welcome.\n\n{sig}\n{co}", ("Moorside Credit Union", "Tamar Savings Co-op"), ("moorside-cu", "tamar-savings"), tz=("uk", "uk"), x=("£4,200 van", "£2,600 kiln"))
mo("non_job_rejection_words", "nj2", "Mill Lane two-bed", "Hi {n},\n\nTa for popping round on Tuesday to see the Mill Lane two-bed. The landlord went for a tenant who has the deposit ready and moves in Saturday; it's let now.\n\n{sig}\nCairncross Lettings", "Cairncross Lettings", "cairncross-lets", tz="uk")
mo("non_job_rejection_words", "nj3", "Ballot result", "Dear {n},\n\nThe Riverside 10K ballot was drawn this morning, and this year your name stayed in the drum, sorry.\n\nSee you at the start line another year.\n\nRace Office", "Riverside 10K", "riverside10k", tz="ie", frm="Race Office <entries@{dom}>")
mo("non_job_rejection_words", "nj4", "Community grant", "Dear {n},\n\nThe Small Sparks panel sat on Monday. We're sorry that your bid for a pop-up sewing class was not successful this round.\n\n{sig}\n{co}", "Dunelm Valley Foundation", "dunelm-valley", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


WIDE_EN = [
    # (fam, channel, zone, company, domain, role, refusal subject, refusal body, twin kind, twin subject, twin body)
    ("pup", "CWJobs", "uk", "Hobnail Puppet Studio", "hobnail-puppets", "puppetmaker's assistant", "Your message about the {role} job", "Hi {n},\n\nThanks for your message through CWJobs. I've taken on a former student of mine who already knows how we carve heads, so there's no room at the bench for another this year.\n\nAll the best,\n{sig}", "application_received", "The {role} job", "Hi {n},\n\nGot your note, thank you. A former student may want the job; if she does I'll say so straight away, and if not I'll ring you to arrange a visit.\n\n{sig}"),
    ("msk", "Prospects", "uk", "Gurney Mask Workshop", "gurney-masks", "maskmaker's studio hand", "{role}", "Dear {n},\n\nI'm sorry to say I've given the {role} place to someone who answered the Prospects listing on the first day and had already worked in leather masks.\n\nKind regards,\n{sig}", "interview", "{role} – come and see us", "Dear {n},\n\nCould you come by the studio on {dl} at 11? Unfortunately the stairs up to us are steep and there's no lift.\n\n{sig}"),
    ("mat", "Jobsireland", "ie", "Finnegan Mattress Makers", "finnegan-mattress", "mattressmaker's helper", "The helper position", "Hi {n},\n\nGrand to get your application via Jobsireland. We've gone with a lad who tufted mattresses in Kilbeggan for years, so the post is filled – sorry about that.\n\n{sig}", "next_steps", "The helper position – one thing", "Hi {n},\n\nAhead of meeting, would you send a copy of your PPS card and a reference by {dl}? Unfortunately our post box is being moved, so email is easiest.\n\n{sig}"),
    ("sop", "Publicjobs", "ie", "Glenarm Soap Kitchen", "glenarm-soap", "soapmaker's assistant", "Soap kitchen job", "Hi {n},\n\nI saw your reply to the ad I cross-posted from Publicjobs. The job has been taken by the girl next door, who's been helping me at the markets since she was fifteen.\n\nBest,\n{sig}", "application_received", "Soap kitchen job", "Hi {n},\n\nThanks for your reply. My neighbour's daughter might take the job; if she doesn't, you'll be the first I call, and whichever it is, I'll message you by Friday week.\n\n{sig}"),
    ("toy", "AngelList", "use", "Brambleton Toy Works", "brambleton-toys", "toymaker's apprentice", "{role} – update", "Hi {n},\n\nAppreciate you reaching out on AngelList. We've hired an apprentice from the local tech school, so the seat is filled.\n\nRooting for you,\n{sig}", "offer", "{role} – offer", "Hi {n},\n\nCome be our {role}, starting {dl}. Unfortunately the workshop heater is unreliable, so dress warm.\n\n{sig}"),
    ("mar", "Builtin", "usc", "Ozark Marble Co", "ozark-marbles", "marblemaker's helper", "Marble helper job", "Hi {n},\n\nThanks for applying through Builtin. We chose a glass student who'd already pulled cane at a hot shop, so we'll pass on an interview for now.\n\nTake care,\n{sig}", "interview", "Marble helper job", "Hi {n},\n\nCan you come to the shop {dl} at 1pm? Unfortunately it gets hot near the glory hole, so wear cotton.\n\n{sig}"),
    ("ovn", "Hitmarker", "usm", "Red Mesa Oven Co", "redmesa-ovens", "ovenbuilder's laborer", "Oven crew", "Hey {n},\n\nSaw your note from Hitmarker. My cousin came back from Denver and he'll be on the oven crew, so I'm covered for the season.\n\n{sig}", "next_steps", "Oven crew – paperwork", "Hey {n},\n\nBefore you start, text me a snap of your driver's license and your boots size by {dl}. Unfortunately the dirt road floods after rain, so park at the top.\n\n{sig}"),
    ("bow", "Jobfox", "usp", "Cascade Bow Shop", "cascade-bows", "bowmaker's assistant", "Bow shop assistant", "Hi {n},\n\nThank you for your Jobfox application. I've offered the assistant job to a violinist who's rehaired bows for me on weekends, and she said yes.\n\nBest wishes,\n{sig}", "application_received", "Bow shop assistant", "Hi {n},\n\nThanks, your application is in. A weekend helper of mine may want the job; if so I'll email you about it, and otherwise I'll set up a trial day.\n\n{sig}"),
    ("awn", "Workhound", "use", "Harbor Awning Co", "harbor-awnings", "awningmaker's sewer", "Sewing job", "Hi {n},\n\nThanks for applying through Workhound. We've filled the sewing job with someone who ran canvas for a boat shop for six years.\n\nBest,\n{sig}", "interview", "Sewing job – interview", "Hi {n},\n\nCould you stop by on {dl} at 9am? Unfortunately the loading dock is blocked by a delivery that morning, so use the side door.\n\n{sig}"),
    ("crl", "Workpolis", "cat", "Shag Harbour Creels", "shagharbour-creels", "creelmaker's helper", "Creel helper", "Hi {n},\n\nThanks for answering on Workpolis. A fella from down the shore road is taking the job, he's built traps with his father for years.\n\n{sig}", "offer", "Creel helper – start", "Hi {n},\n\nStart {dl} if you like – it's yours. Unfortunately the shed stays cold till the new stove is in.\n\n{sig}"),
    ("hat", "Jobboard", "cap", "Fraser Hat Works", "fraser-hats", "hatmaker's trainee", "Trainee position", "Hi {n},\n\nThank you for your interest via Jobboard. We've taken on a milliner from Qualicum who already blocks felt, so the trainee post is filled.\n\nBest regards,\n{sig}", "next_steps", "Trainee position – sample", "Hi {n},\n\nPlease send photos of any sewing work by {dl}. Unfortunately our email struggles with big files, so keep them small.\n\n{sig}"),
    ("mqt", "Workforceaustralia", "au", "Kurrajong Marquetry", "kurrajong-marquetry", "marquetarian's assistant", "Assistant job", "Hi {n},\n\nThanks for applying through Workforceaustralia. the job went to a fellow who did veneer work at a cabinet factory for years.\n\nCheers,\n{sig}", "application_received", "Assistant job", "Hi {n},\n\nGot your application, thanks. Yes or no, a message from me lands before next Friday's out.\n\n{sig}"),
    ("str", "Ethicaljobs", "auq", "Maleny Stair Co", "maleny-stairs", "stairbuilder's offsider", "Offsider job", "G'day {n},\n\nThanks for your application on Ethicaljobs. My nephew's back from the mines and he's taken the offsider spot.\n\n{sig}", "interview", "Offsider job", "G'day {n},\n\nSwing by the shed {dl} around 8? Unfortunately the road's being graded, so allow extra time.\n\n{sig}"),
    ("stv", "Jobsnz", "nz", "Waipara Cooperage", "waipara-staves", "stavemaker's hand", "Stave hand job", "Kia ora {n},\n\nThanks for applying on Jobsnz. We've taken on last vintage's casual, who knows the saws already.\n\nCheers,\n{sig}", "offer", "Stave hand job", "Kia ora {n},\n\nStart {dl}, if that suits. Unfortunately the smoko room's getting a paint job, so lunch is outdoors for a bit.\n\n{sig}"),
    ("frm", "OfferZen", "za", "Stellenbosch Frame Co", "stellies-frames", "framemaker's assistant", "Assistant post", "Hi {n},\n\nThanks for applying via OfferZen. We've chosen someone who gilded frames for a gallery in Cape Town, so your application is finished with us.\n\nRegards,\n{sig}", "next_steps", "Assistant post – ID", "Hi {n},\n\nWe need a certified copy of your ID plus a photo of your work by {dl}. Unfortunately load-shedding means we're offline some afternoons.\n\n{sig}"),
    ("cas", "Internshala", "in", "Channapatna Case Works", "channapatna-case", "casemaker's helper", "Helper post", "Dear {n},\n\nThank you for applying on Internshala. We have given the helper post to a diploma holder from Mandya who already did lacquer work.\n\nRegards,\n{sig}", "application_received", "Helper post", "Dear {n},\n\nYour application received. We will inform you selected or not selected by this same email by next week.\n\nRegards,\n{sig}"),
    ("inl", "Iimjobs", "in", "Saharsa Inlay Studio", "saharsa-inlay", "inlayer's apprentice", "Apprentice post", "Dear {n},\n\nThanks for applying through Iimjobs. The apprentice post has gone to the son of one of our karigars, so we are not considering other applications.\n\nRegards,\n{sig}", "interview", "Apprentice post – interview", "Dear {n},\n\nKindly visit the studio on {dl} at 11 am. Unfortunately there is power cut in the afternoon, so come on time.\n\n{sig}"),
    ("tmb", "Instahyre", "in", "Kolar Tambourine Works", "kolar-tambourine", "tambourinemaker's helper", "Helper post", "Dear {n},\n\nReceived your interest through Instahyre. The post is filled by a local boy who knows the jingle-cutting already.\n\nThanks,\n{sig}", "next_steps", "Helper post – documents", "Dear {n},\n\nKindly send Aadhaar copy and a short video of any cutting work by {dl}. Unfortunately our WhatsApp is not working, so mail only.\n\n{sig}"),
    ("key", "Jobsinghana", "ng", "Yaba Keys & Locks", "yaba-keys", "keycutter's assistant", "Assistant", "Dear {n},\n\nThanks for applying through Jobsinghana. Oga has given the assistant job to his cousin from Saki, so we are not taking anybody again.\n\nRegards,\n{sig}", "offer", "Assistant – offer", "Dear {n},\n\nYou can resume as assistant on {dl}. Unfortunately the generator is being repaired, so the shop closes early this week.\n\n{sig}"),
    ("trz", "Kenyajob", "ke", "Nyali Terrazzo Works", "nyali-terrazzo", "terrazzier's helper", "Helper job", "Dear {n},\n\nThank you for applying via Kenyajob. The helper job went to a fundi's son who already knows grinding.\n\nRegards,\n{sig}", "interview", "Helper job", "Dear {n},\n\nCome to the yard on {dl} at 10am. Unfortunately the road to the yard is muddy after the rains.\n\n{sig}"),
    ("lim", "Philjobnet", "ph", "Bohol Limewash Crew", "bohol-limewash", "limewasher's helper", "Helper", "Hi {n},\n\nThank you for applying in Philjobnet po. We already got a helper, the pamangkin of our foreman. Sorry po.\n\n{sig}", "application_received", "Helper", "Hi {n},\n\nReceived po your application. Whether you are chosen or not, we will text and email you next week.\n\n{sig}"),
    ("chc", "Mynimo", "ph", "Iligan Charcoal Works", "iligan-charcoal", "charcoalburner's helper", "Helper post", "Hi {n},\n\nThanks for applying through Mynimo. We hired already a helper from the barangay, so the post is filled.\n\n{sig}", "next_steps", "Helper post – requirements", "Hi {n},\n\nPlease bring your barangay clearance and NBI clearance on {dl}, morning. Unfortunately the jeepney stops far, so walk from the crossing.\n\n{sig}"),
    ("lth", "Jobsbank", "sg", "Kallang Lath Works", "kallang-lath", "lathmaker's assistant", "Assistant role", "Hi {n},\n\nThank you for applying via Jobsbank. The role went to a candidate with longer carpentry experience.\n\nRegards,\n{sig}", "application_received", "Assistant role", "Hi {n},\n\nApplication received. Selected or otherwise, expect our reply in ten working days.\n\n{sig}"),
    ("sgn", "Kariyer", "tr", "Izmir Signworks", "izmir-signs", "signmaker's assistant", "About assistant job", "Dear {n},\n\nThank you for apply from Kariyer. We take already one person who work in sign shop before, so this place is closed now.\n\nBest regards,\n{sig}", "interview", "About assistant job", "Dear {n},\n\nPlease come to our workshop on {dl} 10:00. Unfortunately our street is under construction, taxi can not come near.\n\n{sig}"),
    ("neo", "Nijobs", "uk", "Portrush Neon", "portrush-neon", "neonbender's trainee", "Trainee job", "Hi {n},\n\nThanks for applying via Nijobs. We've given the trainee place to someone who did a glass course at the tech, so nothing this time.\n\nAll the best,\n{sig}", "", "", ""),
]
for fam, ch, zone, co, dom, role, rs, rb, tk, ts, tb in WIDE_EN:
    wr("en-" + fam, rs, rb, co, dom, role=role, tz=zone, frm=via(ch))
    if tk:
        wo(tk, "en-" + fam, ts, tb, co, dom, role=role, tz=zone, frm=via(ch))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Makers wanted this week", "Hi {n},\n\nNew on Bench & Loom Jobs: puppetmaker's assistant (Norwich), stairbuilder's offsider (Maleny), neonbender's trainee (Portrush).\n\nBench & Loom Jobs", "Bench & Loom Jobs", "benchloom-jobs", tz="uk", frm="Bench & Loom Jobs <alerts@{dom}>")
wo("non_job_rejection_words", "nj", "Pottery course", "Hi {n},\n\nYour form for the Tuesday evening wheel class got here after the last seat went, so the class runs without you this term, sadly.\n\n{sig}\nClaypit Studio", "Claypit Studio", "claypit-studio", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
WIDE_LANG = [
    # (lang, zone, company, domain, refusal subject, refusal body, twin kind, twin subject, twin body)
    ("ar", "sau", "مشغل الخوص الأحسائي", "hasa-khoos", "بخصوص طلبك للعمل في المشغل", "الأخت الكريمة {n}،\n\nشكرًا على رغبتكِ في الانضمام إلى مشغلنا. اخترنا للوظيفة سيدة من الحي تعمل في سفّ الخوص منذ سنوات، فاكتمل العدد عندنا.\n\nمع خالص التحية،\n{sig}", "interview", "موعد المقابلة في المشغل", "الأخت الكريمة {n}،\n\nيسعدنا أن ندعوكِ إلى مقابلة في المشغل يوم {dl} الساعة العاشرة صباحًا. وللأسف فإن موقف السيارات أمام المشغل مغلق بسبب أعمال صيانة، فاركني سيارتكِ خلف المبنى.\n\nتحياتنا،\n{sig}"),
    ("de", "de", "Posamenten Wuppertal Kessler", "kessler-posamenten", "Ihre Bewerbung bei uns", "Guten Tag {full},\n\ndanke für Ihre Unterlagen und das freundliche Telefonat letzte Woche. Die Stelle an der Bandwebmaschine geht an eine Kollegin, die dort seit Jahren Borten webt – so haben wir uns entschieden. Viel Erfolg anderswo!\n\nHerzliche Grüße aus Wuppertal\n{sig}", "next_steps", "Unterlagen für Ihre Einstellung", "Guten Tag {full},\n\nfür den Arbeitsvertrag brauchen wir noch Ihre Steuer-ID und eine Kopie Ihres Personalausweises, bitte bis zum {dl}. Leider sitzt freitags niemand im Büro, schicken Sie die Unterlagen deshalb am besten per Post.\n\nViele Grüße\n{sig}"),
    ("es", "es", "Almazara Los Olivares de Baena", "almazara-baena", "Sobre el puesto en la almazara", "Hola, {n}:\n\nGracias por escribirnos y por pasarte por la almazara. Nos quedamos al final con un muchacho del pueblo que ya lleva dos campañas en la almazara, de modo que para ti este año no hay sitio.\n\nUn saludo,\n{sig}", "application_received", "Tu solicitud para la campaña", "Hola, {n}:\n\nHemos recibido tu solicitud, gracias. Puede que el chico que vino el año pasado repita; si es así te lo diremos enseguida, y si no, te llamamos para que vengas a vernos. De una forma u otra tendrás noticias nuestras antes del día 15.\n\nUn saludo,\n{sig}"),
    ("fr", "fr", "Atelier Vitrail Lemercier", "vitrail-lemercier", "Votre candidature à l'atelier", "Bonjour {n},\n\nGrand merci pour votre dossier et les photos de vos vitraux. Nous confions le poste à une personne qui maîtrise déjà la coupe et la mise en plomb ; il est donc pourvu.\n\nBien cordialement,\n{sig}", "interview", "Rencontre à l'atelier", "Bonjour {n},\n\nÊtes-vous disponible le {dl} à 14 h pour venir à l'atelier ? Malheureusement notre rue est éventrée par des travaux ; le plus simple est de stationner près de la mairie.\n\nÀ bientôt,\n{sig}"),
    ("hi", "in", "पानीपत दरी उद्योग", "panipat-dari", "दरी बुनाई पद के संबंध में", "प्रिय {n} जी,\n\nपानीपत के हमारे करघों में आपकी दिलचस्पी देखकर अच्छा लगा। इस पद के लिए हमने ऐसे बुनकर को चुना है जो पिछले दस साल से हमारे करघों पर काम करते आए हैं। इस बार हम आपको बुला नहीं पाएँगे।\n\nसादर,\n{sig}", "offer", "नियुक्ति की सूचना", "नमस्ते {n} जी,\n\nहमें यह बताते हुए प्रसन्नता है कि {dl} को आप हमारे यहाँ काम पर आ जाइए। हाँ, अभी कारखाने का पंखा ख़राब है, तो कुछ दिन गर्मी सहनी पड़ेगी।\n\nसादर,\n{sig}"),
    ("it", "it", "Cartapesta Leccese Greco", "cartapesta-greco", "La sua candidatura in bottega", "Gentile {n},\n\nche bello che abbia pensato a noi. Accanto al maestro abbiamo messo un ragazzo che da tre estati lavora la cartapesta con noi: il posto, dunque, è già preso.\n\nCordiali saluti,\n{sig}", "next_steps", "Documenti per l'inserimento", "Gentile {n},\n\nper procedere ci servono il codice fiscale e la fotocopia della carta d'identità entro il {dl}. Purtroppo il nostro fax non funziona, quindi li mandi per email.\n\nCordiali saluti,\n{sig}"),
    ("ja", "jp", "藍染工房 みずほ", "aizome-mizuho", "染め職人見習いのご応募について", "{n} 様\n\nこの度は当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、以前より当工房で手伝いをしていた方を採用することとなりました。ご期待に添えず申し訳ございません。\n\n{sig}", "interview", "面接日程のご案内", "{n} 様\n\n面接を{dl}午前十時より行いたく、ご案内申し上げます。あいにく工房前の道路が工事中のため、駅からは徒歩でお越しください。\n\n{sig}"),
    ("ko", "kr", "이천 옹기 공방", "icheon-onggi", "옹기 공방 지원 결과 안내", "{n} 님, 안녕하세요.\n\n저희 공방에 관심을 가져 주셔서 감사합니다. 이번에는 오랫동안 가마 일을 도와 온 분과 함께하기로 했습니다. 기쁜 소식을 전해 드리지 못해 아쉽습니다.\n\n{sig} 드림", "application_received", "지원서 접수 안내", "{n} 님, 안녕하세요.\n\n지원서 잘 받았습니다. 합격 여부와 관계없이 다음 주 금요일까지 모든 지원자께 문자로 결과를 알려 드립니다.\n\n{sig} 드림"),
    ("pt", "pt", "Queijaria da Serra Lopes", "queijaria-serra", "Candidatura à queijaria", "Olá {n},\n\nObrigado pelo interesse e pela visita. Acabámos por ficar com uma senhora da aldeia que já fez queijo connosco nos últimos invernos, e assim a vaga já não está em aberto.\n\nCumprimentos,\n{sig}", "offer", "Proposta de trabalho", "Olá {n},\n\nGostávamos de contar consigo a partir de {dl}. Infelizmente a carrinha da empresa avariou e está no mecânico, e nas primeiras semanas terá de vir pelos próprios meios.\n\nCumprimentos,\n{sig}"),
    ("ru", "ru", "Гжельская мастерская Синица", "gzhel-sinica", "По вашей заявке в мастерскую", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию художника по росписи. Мы взяли мастера, который уже несколько лет расписывает посуду кобальтом, поэтому место занято.\n\nС уважением,\n{sig}", "next_steps", "Документы для оформления", "Здравствуйте, {n}!\n\nДля оформления пришлите, пожалуйста, копию паспорта и СНИЛС до {dl}. К сожалению, наш почтовый ящик переполнен, поэтому лучше отправьте на личную почту руководителя.\n\nС уважением,\n{sig}"),
    ("sw", "tz", "Ushonaji wa Vitenge Mama Rehema", "vitenge-rehema", "Kuhusu nafasi ya fundi cherehani", "Habari {n},\n\nAsante kwa kuomba nafasi ya fundi cherehani kwetu. Tumeshampata fundi mwingine ambaye amekuwa akitushonea kwa muda mrefu, kwa hiyo nafasi imejaa.\n\nWasalaam,\n{sig}", "interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mahojiano tarehe {dl} saa nne asubuhi. Umeme nao, kwa bahati mbaya, siku hizi unakatika ovyo mchana, hivyo tafadhali fika mapema.\n\nWasalaam,\n{sig}"),
    ("th", "th", "ร้านร่มบ่อสร้างแม่บัวคำ", "bosang-buakham", "ผลการสมัครงานช่างเขียนร่ม", "เรียน คุณ{n}\n\nขอบคุณที่สนใจสมัครงานกับทางร้านนะคะ ทางร้านได้ตกลงรับช่างที่เคยช่วยงานเขียนลายร่มให้ร้านมาหลายปีแล้ว จึงขออภัยที่ครั้งนี้ยังไม่สามารถรับคุณ{n}ได้ค่ะ\n\n{sig}", "next_steps", "เอกสารที่ต้องส่ง", "เรียน คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนและรูปผลงานภายในวันที่ {dl} นะคะ แต่ช่วงนี้อินเทอร์เน็ตที่ร้านไม่ค่อยดี ถ้าส่งแล้วไม่ได้รับตอบ รบกวนโทรมาแจ้งด้วยค่ะ\n\n{sig}"),
    ("tr", "tr", "Hacı Şakir Lokumları", "hacisakir-lokum", "Başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz için teşekkür ederiz. Kazan başındaki yardımcılık için bizimle yıllardır çalışan ustamızın yeğenini almaya karar verdik; bu nedenle sizinle devam edemiyoruz.\n\nSaygılarımızla,\n{sig}", "offer", "İş teklifimiz", "Merhaba {n},\n\n{dl} tarihinden itibaren sizi aramızda görmekten mutluluk duyarız. Maalesef dükkânın kliması bozuk, ilk haftalar biraz sıcak olabilir.\n\nSaygılarımızla,\n{sig}"),
    ("ur", "pk", "حیدرآباد چوڑی گھر", "hyd-choori", "آپ کی درخواست کے بارے میں", "محترمہ {n} صاحبہ،\n\nآپ نے ہمارے کارخانے کو یاد رکھا، آپ کا شکر گزار ہوں۔ اس کام کے لیے ہم نے محلے کی ایک کاریگر خاتون کو دے دی ہے جو کئی سال سے ہمارے لیے چوڑیوں پر نگ جڑتی آئی ہیں۔ یوں فی الحال کوئی جگہ خالی نہیں رہی۔\n\nوالسلام،\n{sig}", "application_received", "درخواست موصول ہو گئی", "محترمہ {n} صاحبہ،\n\nہمیں آپ کی عرضی موصول ہو گئی ہے۔ انتخاب ہو یا نہ ہو، اگلے مہینے کی دس تاریخ تک ہم ہر امیدوار کو جواب ضرور دیں گے۔\n\nوالسلام،\n{sig}"),
    ("zh", "cn", "京华景泰蓝工坊", "jinghua-cloisonne", "关于您应聘掐丝学徒一事", "{n}您好：\n\n感谢您应聘我们工坊的掐丝学徒。经过考虑，这个名额已经给了一位在工坊帮忙多年的师傅的徒弟，这次就不能请您来了，还望理解。\n\n{sig}", "interview", "面试时间通知", "{n}您好：\n\n请您于{dl}上午十点来工坊面谈。不巧的是工坊门口正在修路，开车不方便，建议坐地铁过来。\n\n{sig}"),
    ("sqi", "al", "Qilimat e Korçës Shehu", "korca-qilima", "Për kërkesën tuaj në punishte", "Përshëndetje {n},\n\nJu faleminderit që aplikuat për vendin e endëses në punishten tonë. Vendosëm të marrim një zonjë nga lagjja, që na ka ndihmuar në vegjë prej vitesh, prandaj këtë herë nuk mund t'ju marrim.\n\nMe respekt,\n{sig}", "interview", "Takim në punishte", "Përshëndetje {n},\n\nJu ftojmë për një bisedë në punishte më {dl}, ora 10. Për fat të keq rruga para punishtes është në riparim, ndaj ejani në këmbë nga sheshi.\n\nMe respekt,\n{sig}"),
    ("ben", "bd", "জামদানি তাঁতঘর রূপগঞ্জ", "rupganj-jamdani", "তাঁতির পদে আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nরূপগঞ্জের এই তাঁতঘরে কাজ করতে চেয়েছেন, খুব ভালো লাগল। এই পদে আমরা এমন একজনকে নিয়েছি যিনি অনেক বছর ধরে আমাদের সঙ্গে জামদানি বুনছেন। তাই এবার আপনাকে ডাকা সম্ভব হচ্ছে না।\n\nশুভেচ্ছাসহ,\n{sig}", "next_steps", "কাগজপত্র পাঠানোর অনুরোধ", "প্রিয় {n},\n\nযোগদানের আগে আপনার এনআইডি কার্ডের কপি {dl} তারিখের মধ্যে পাঠিয়ে দিন। দুঃখের বিষয়, আমাদের অফিসের ফোন কয়েকদিন বন্ধ থাকবে, তাই ইমেইলে যোগাযোগ করবেন।\n\nশুভেচ্ছাসহ,\n{sig}"),
    ("lit", "lt", "Gintaro dirbtuvė „Jūratė“", "jurate-gintaras", "Dėl Jūsų prašymo dirbti dirbtuvėje", "Laba diena, {n},\n\nDėkojame, kad domitės darbu mūsų gintaro dirbtuvėje. Šį kartą nusprendėme priimti žmogų, kuris jau kelerius metus šlifuoja gintarą pas mus sezono metu, todėl vieta užimta.\n\nPagarbiai\n{sig}", "", "", ""),
    ("ukr", "ua", "Гончарня Опішнянська", "opishnia-goncharnia", "Щодо вашої заявки до гончарні", "Добрий день, {n}!\n\nДякуємо, що відгукнулися на нашу вакансію. Ми взяли до гончарні майстриню, яка вже кілька років розписує в нас глечики, тож місце вже зайняте.\n\nЗ повагою,\n{sig}", "application_received", "Вашу заявку отримано", "Добрий день, {n}!\n\nВашу заявку ми отримали. Незалежно від рішення, до кінця місяця напишемо кожному, хто відгукнувся.\n\nЗ повагою,\n{sig}"),
    ("dan", "dk", "Cykelsmeden i Svendborg", "cykelsmeden-svb", "Din ansøgning som cykelmekaniker", "Hej {n}\n\nMange tak for din ansøgning og den hyggelige snak i butikken. Vi har valgt en mekaniker, der har hjulpet os i sæsonen de sidste tre somre, så stillingen er besat.\n\nHav en god dag,\n{sig}", "offer", "Vi vil gerne have dig med", "Hej {n}\n\nVi vil gerne tilbyde dig stillingen fra {dl}. Desværre er kaffemaskinen i stykker, så tag en termokande med de første dage.\n\nVenlig hilsen\n{sig}"),
    ("ces", "cz", "Perníkárna U Kostela", "pernik-ukostela", "Vaše žádost o místo v perníkárně", "Dobrý den, {n},\n\nděkujeme za Vaši přihlášku k práci při zdobení perníku. Na místo jsme nakonec vybrali paní, která u nás pomáhá už několik Vánoc, a proto Vám tentokrát nemůžeme vyhovět.\n\nS pozdravem\n{sig}", "next_steps", "Podklady k nástupu", "Dobrý den, {n},\n\nprosíme o zaslání kopie občanského průkazu a čísla účtu do {dl}. Bohužel naše kancelář je v pátek zavřená, pošlete to tedy e-mailem.\n\nS pozdravem\n{sig}"),
    ("ind", "id", "Bengkel Gamelan Wirun", "wirun-gamelan", "Tentang lamaran di bengkel", "Halo {n},\n\nTerima kasih sudah melamar sebagai pembantu pande di bengkel kami. Kami sudah menerima orang dari desa sebelah yang sudah lama ikut menempa gong, jadi untuk sekarang tempatnya sudah terisi.\n\nSalam,\n{sig}", "application_received", "Lamaran sudah kami terima", "Halo {n},\n\nLamaranmu sudah kami terima. Diterima atau tidak, kami kabari lewat email paling lambat akhir bulan ini.\n\nSalam,\n{sig}"),
    ("ron", "ro", "Atelierul de icoane pe sticlă Nicula", "nicula-icoane", "Despre cererea dumneavoastră la atelier", "Bună ziua, {n},\n\nMulțumim frumos pentru interesul arătat atelierului nostru. Ne-am oprit asupra unei pictorițe care lucrează alături de noi de câțiva ani, așa că locul a fost ocupat.\n\nCu stimă,\n{sig}", "interview", "Invitație la atelier", "Bună ziua, {n},\n\nVă așteptăm la atelier pe {dl}, la ora 11. Din păcate drumul spre sat e în lucru, așa că socotiți ceva timp în plus.\n\nCu stimă,\n{sig}"),
    ("pol", "pl", "Manufaktura Bombek Złoty Sopel", "zlotysopel-bombki", "Odpowiedź w sprawie pracy w manufakturze", "Dzień dobry, {n},\n\ndziękujemy za zgłoszenie na stanowisko malarki bombek. Zdecydowaliśmy się na osobę, która pomaga nam przy sezonie świątecznym od kilku lat, więc miejsce jest już zajęte.\n\nPozdrawiamy serdecznie,\n{sig}", "application_received", "Otrzymaliśmy Pani zgłoszenie", "Dzień dobry, {n},\n\nPani zgłoszenie dotarło. Niezależnie od decyzji, do piętnastego odezwiemy się do każdej kandydatki.\n\nPozdrawiamy,\n{sig}"),
    ("nld", "nl", "Klompenmakerij De Vlier", "devlier-klompen", "Je sollicitatie bij de klompenmakerij", "Hoi {n},\n\nFijn dat je wilde komen praten vorige week, en dank voor je brief. Wij nemen iemand aan die al een paar zomers bij ons in de werkplaats meedraait, dus de plek is vergeven.\n\nGroeten,\n{sig}", "interview", "Langskomen in de werkplaats", "Hoi {n},\n\nKun je op {dl} om 10 uur langskomen? Helaas is de parkeerplaats afgesloten vanwege werkzaamheden, dus kom liever op de fiets.\n\nGroeten,\n{sig}"),
]
for lang, zone, co, dom, rs, rb, tk, ts, tb in WIDE_LANG:
    wr(lang + "-r", rs, rb, co, dom, tz=zone, lang=lang)
    if tk:
        wo(tk, lang + "-o", ts, tb, co, dom, tz=zone, lang=lang)


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
    "ar": "{d}/{m}/{y}", "sqi": "{d}.{m}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}",
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
        rec["id"] = f"blind71:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 70; this slice and any later one are skipped by number."""
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
