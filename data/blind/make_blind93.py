# ruff: noqa: E501, S311
"""Write the ninety-third sealed blind slice for issue 11 (blind-slice-93.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 92; slice 93 and later never read; our side printed)
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

SEED = 930931
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-93.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 93
SKIP_FROM = 93  # this slice, slice 94 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 3)
LAST_DRAW = dt.date(2026, 11, 13)  # a Friday, so a moved weekend never passes 14 November

RECIPIENTS = [
    "Morven Lindsay", "Kwabena Asante", "Hina Qureshi", "Nurul Aisyah Binti Rahman", "Shanique Campbell",
    "Joost van Leeuwen", "Ioana Dumitrescu", "Peregrine Ashdown", "Niamh Cregan", "Desmond Okorafor",
    "Harleigh Voss", "Priyanka Venkatesh", "Tavita Leota", "Zanele Khumalo", "Efua Mensah",
    "Ravindu Perera", "Lachlan Strathdee", "Adaeze Nnamdi", "Kavya Pillai", "Bartholomew Quince",
    "Mei Ling Teo", "Oisín Furey", "Marisol Oyelaran", "Wambui Njoroge", "Dmitri Halloran",
    "Keturah Brown", "Florin Stanciu", "Aaliyah Mirza", "Hamish Cairncross", "Jolene Arceo",
    "Yasmin Farouk", "Ewan Drummond", "Akosua Frimpong", "Bilal Anwar", "Siti Hajar Ismail",
]
REGION_SIGNERS = {
    "uk": ["Philippa Roscoe", "Dafydd Meredith", "Shazia Akhtar", "Barnaby Pell"],
    "sc": ["Eilidh MacLeod", "Gregor Baird", "Catriona Munro", "Alasdair Rennie"],
    "ie": ["Deirdre Costigan", "Fergal Mulcahy", "Gráinne Tuohy"],
    "us": ["Marybeth Kowalczyk", "Darnell Whitfield", "Consuelo Ybarra", "Wendell Pruitt"],
    "ca": ["Geneviève Paquette", "Harjit Sandhu", "Mairi Ferguson", "Tobias Lindqvist"],
    "au": ["Bronwyn Castellan", "Dimitri Papadakis", "Shelley Nankervis"],
    "nz": ["Ngaio Te Awa", "Brent Colquhoun", "Losana Tuilagi"],
    "za": ["Nomvula Zulu", "Gerrit Pienaar", "Refilwe Molefe"],
    "in": ["Anjali Deshmukh", "Harish Nair", "Mehrunissa Khan"],
    "ng": ["Funmilayo Adebisi", "Emeka Obiora"], "ke": ["Akinyi Odhiambo", "Kipchoge Ruto"],
    "gh": ["Abena Owusu", "Kofi Agyeman", "Esi Quaye"], "pk": ["Saima Javed", "Tariq Mehmood", "Rukhsana Baig"],
    "my": ["Farah Azman", "Tan Wei Jie", "Kavitha Subramaniam"], "jm": ["Marcia Gayle", "Delroy Whyte", "Claudette Facey"],
    "ph": ["Maricel Dizon", "Ernesto Bautista"], "sg": ["Goh Hui Min", "Suresh Nathan"],
    "nl": ["Marieke de Graaf", "Sander Bosman", "Femke Hoekstra"], "ro": ["Mihaela Popescu", "Radu Ionescu", "Corina Vlad"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["هالة الخطيب", "دينا منصور"], "de": ["Gudrun Pfeiffer", "Lukas Brandstätter"],
    "es": ["Remedios Galán", "Íñigo Arrieta"], "fr": ["Solène Marchetti", "Baptiste Rousseau"],
    "hi": ["हेमलता चतुर्वेदी", "रघुवीर सोलंकी"], "it": ["Chiara Bonfanti", "Davide Lombardi"],
    "ja": ["小林 由美", "渡辺 健一"], "ko": ["박지은", "정우성"], "pt": ["Mariana Quintela", "Rui Fonseca"],
    "ru": ["Екатерина Соколова", "Дмитрий Орлов"], "sw": ["Zawadi Mushi", "Baraka Kileo"],
    "th": ["วิไลวรรณ แก้วมณี", "ปราณี สุขสวัสดิ์"], "tr": ["Zeynep Arslan", "Emre Kaya"],
    "ur": ["نسرین اختر", "فرحانہ یوسف"], "zh": ["王丽华", "陈志强"],
    "nld": ["Annelies Verbeek", "Ruud Smits", "Ingrid Kuipers"], "ind": ["Sri Wahyuni", "Agus Setiawan", "Ratna Sari"],
    "ron": ["Simona Neagu", "Bogdan Marinescu"], "vie": ["Nguyễn Thị Lan", "Đoàn Quang Khải"],
    "ces": ["Jana Dvořáková", "Petr Novotný"], "heb": ["מיכל לוי", "רונית כהן"],
    "epo": ["Marta Kowalik", "Laŭra Benedetti"], "bul": ["Мария Петрова", "Георги Иванов"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى حداد", "رنا عيسى"], "de": ["Katharina Wimmer", "Tobias Reiter"],
    "es": ["Lucía Montoya", "Álvaro Pizarro"], "fr": ["Camille Fontaine", "Théo Garnier"],
    "hi": ["ऋतिका भटनागर", "सौरभ पुरोहित"], "it": ["Giulia Ferraro", "Matteo Colombo"],
    "ja": ["山本 さくら", "加藤 翔太"], "ko": ["김하늘", "이준호"], "pt": ["Carolina Antunes", "Miguel Teixeira"],
    "ru": ["Ольга Кузнецова", "Алексей Смирнов"], "sw": ["Rehema Swai", "Idrisa Makame"],
    "th": ["ธนพร ใจดี", "อนุชา พรหมมา"], "tr": ["Selin Öztürk", "Kerem Doğan"],
    "ur": ["عائشہ رحمان", "ثمینہ اقبال"], "zh": ["刘静", "杨帆"],
    "nld": ["Lotte Jansen", "Daan Visser", "Sanne Mulder"], "ind": ["Putri Lestari", "Rizky Pratama", "Dian Kusuma"],
    "ron": ["Andreea Stoica", "Vlad Georgescu"], "vie": ["Phạm Minh Anh", "Lê Quốc Bảo"],
    "ces": ["Tereza Svobodová", "Martin Procházka"], "heb": ["נועה אברהם", "שירה פרידמן"],
    "epo": ["Joanna Zielińska", "Henrik Olsen"], "bul": ["Елена Димитрова", "Николай Стоянов"],
}
GIVEN = {
    "Nurul Aisyah Binti Rahman": "Nurul", "Siti Hajar Ismail": "Siti", "Mei Ling Teo": "Mei Ling", "Tan Wei Jie": "Wei Jie",
    "Goh Hui Min": "Hui Min", "Joost van Leeuwen": "Joost", "Ngaio Te Awa": "Ngaio",
}
PROVIDERS = ["wrenpost", "lichenmail", "kelpbox", "tidepool-mail", "burrowpost", "fernbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"), "id": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "my": ("+0800", None, ""), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "br": ("-0300", None, ""), "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap", "jm")


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
    TEMPLATES.append(T(part, label, kind, f"blind93-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – good to see the back office on the day. Hygiene cert no. and Mrs Adjei-Lamb's mobile as promised.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "{role} (REQ-{ref}) – candidate update", "Dear {n},\n\nRequisition REQ-{ref}, {role}, has closed with nobody appointed: {x}. Your candidate record for this job is now inactive, though it sits on in the {co} talent community.\n\n{co} Talent Acquisition\nThis mailbox is unattended.",
   ("Harrowgate Cold Chain", "Pellingham Freight"), ("harrowgate-coldchain", "pellingham-freight"), frm="{co} Talent Acquisition <talent.noreply@{dom}>", role=("Night Pick Lead", "Yard Marshal"), tz=("uk", "sc"),
   x=("the night pick shift moves to our partner depot off junction 16", "yard work is being bundled into a third-party contract"))
mr("gh", "An update from {co}", "Hi {n},\n\nOur team so enjoyed meeting you for {role}. After the last round the hiring group chose {x}; she accepted. Your application closes today on our side – genuinely, the conversations were a highlight of our month.\n\nWarmly,\n{sig}\nRecruiting, {co}",
   ("Quenwick Audio", "Larchwold Ferments"), ("quenwickaudio", "larchwoldferments"), role=("Acoustic Test Technician", "Culture Room Technician"), tz=("use", "cap"),
   x=("a finalist with ten years of loudspeaker measurement behind her", "a finalist who ran a fermentation line for years"))
mr("lv", "Your {role} application at {co}", "Hey {n},\n\nAll five of us read your {role} application, start to finish. Others with backgrounds closer to {x} are going ahead instead.\n\nWith your okay we'll hold your profile for {y} months and ping you if something fits later. Reply ERASE and it's gone.\n\n– {sig}, {co}",
   ("Brackenwhin Bindery", "Sorrelhurst Roastworks"), ("brackenwhin", "sorrelhurst"), role=("Finishing Assistant", "Green Coffee Sorter"), tz=("sc", "ie"),
   x=("hand-sewn case binding", "sample roasting and cupping"), y=("ten", "sixteen"))
mr("sr", "{co}: status of application {ref}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Status</th></tr><tr><td>{role}</td><td>Closed – filled by {x}</td></tr></table><p>Automatic message. {co} People Team</p></body></html>",
   ("Marrowbone Leisure", "Osterley Quay Hotels"), ("marrowbone-leisure", "osterleyquay"), frm="{co} People Team <jobs@{dom}>", role=("Spa Attendant", "Night Porter"), tz=("my", "sg"),
   x=("a transfer from our Batu Ferringhi site", "a long-serving porter from our riverside hotel"))
mr("ic", "Application status: {role}", "Dear {n},\n\nReview complete – {role}, Job ID {ref}.\n\nDisposition: Not Selected – {x}\n\nOther applications of yours remain visible in the candidate portal.\n\n{co} Recruitment Operations",
   ("Tallowbeck Logistics", "Granville Rail Services"), ("tallowbeck", "granvillerail"), frm="{co} Recruitment <donotreply@{dom}>", role=("Reach Truck Operator", "Track Safety Lookout"), tz=("usc", "cam"),
   x=("Counterbalance Certification Absent", "PTS Card Absent"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\n{co} has cancelled requisition {ref} for {role}, as {x}. All applications to it are closed. Do look at our other postings.\n\nSincerely,\nHuman Resources, {co}",
   ("Cobham Vale Health Board", "Riverbend Parks District"), ("cobhamvale-health", "riverbendparks"), frm="Human Resources <hr.recruit@{dom}>", role=("Ward Housekeeper", "Seasonal Aquatics Instructor"), tz=("uk", "cae"),
   x=("two wards are merging into one upstairs", "aquatics programming passes to a community partner under a new agreement"))
mr("wk", "Re: {role} at {co}", "Hi {n},\n\nWe got {x} applications for {role}, and space on the paid trial day for {y} people. Yours missed the cut this time. Honestly a tough call with so many good cooks in the pile.\n\nGood luck out there,\n{sig}\n{co}",
   ("Dunmore Street Kitchen", "Kelpie & Co Bakehouse"), ("dunmorekitchen", "kelpiebakehouse"), role=("Line Cook", "Early Baker"), tz=("ie", "au"), x=("ninety-four", "one hundred and thirty"), y=("five", "three"))
mr("bh", "{co} – {role}", "Hello {n},\n\nNews on the {role} vacancy: the hours are going to {x}, and that closes your application.\n\nCheers for bearing with us, and best of luck.\n\n{sig}\nOffice Manager, {co}",
   ("Ashgrove Tyre & Exhaust", "Little Kurrajong Childcare"), ("ashgrovetyre", "littlekurrajong"), role=("Weekend Fitter", "Relief Educator"), tz=("nz", "au"),
   x=("two of our existing part-time fitters", "an educator returning from parental leave"))
mr("tt", "Your application – {role}", "Dear {n},\n\n{x}\n\nKind regards,\n{sig}\n{co}",
   ("Zeilmaker Scheepstechniek", "Atelier Brâncuși Ceramică"), ("zeilmaker-tech", "atelierbrancusi"), role=("Rigger", "Glaze Mixer"), tz=("nl", "ro"),
   x=("Hereby we inform that the choice went to another candidate for the function of rigger. Thanks for the letter and success in the further career.",
      "We regret to communicate that your candidature for glaze mixer was not retained after the analysis of files. Our atelier thanks you for the interest and wishes you much success."))
mr("pp", "Outcome of shortlisting: {role}", "Dear {n},\n\nShortlisting for {role} is finished. Applications were marked against the person specification; interviews went to scores of {x} and above, and yours came to {y}. You are therefore unsuccessful at this stage.\n\n{co} Recruitment",
   ("Glenmorie Historic Trust", "Kessock Canal Society"), ("glenmorie-trust", "kessockcanal"), frm="{co} Recruitment <recruitment@{dom}>", role=("Visitor Host", "Lock Keeper (Seasonal)"), tz=("sc", "sc"),
   x=("22 of 36", "19 of 32"), y=("15 of 36", "13 of 32"))
mr("jz", "{role} – thanks from {co}", "{n},\n\nStoked you had a go at {role}. We've picked our person for the season – {x} – and the role closes out this week.\n\nWatch for us again next spring.\n{sig}, {co}",
   ("Skyrope Adventure Park", "Bluestack Climbing Centre"), ("skyropepark", "bluestackclimb"), role=("Ropes Course Instructor", "Route Setter"), tz=("usm", "cam"),
   x=("a returning instructor from last year", "a setter who already works our bouldering wall"))
mr("ab", "{role} – our decision", "Hi {n}, the {role} role at {co} went to someone stronger on {x}, so your application ends here. Terima kasih for the effort – try us again another time.\n\nBest wishes,\n{sig}\nPeople & Culture, {co}",
   ("Kampung Teduh Homestays", "Serai Wangi Kitchens"), ("kampungteduh", "seraiwangi"), role=("Guest Relations Executive", "Commis Chef"), tz=("my", "my"),
   x=("homestay programme and tour bookings", "Nyonya kitchen and catering orders"))
mr("cc", "{role}: shortlisting result", "Dear {n},\n\nRef: {ref} – {role}\n\nThe shortlisting panel has met. The panel has left your application off the interview list. Given the numbers, the panel cannot give individual feedback.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}",
   ("Loch Ard District Council", "Edina Municipal Assembly"), ("lochard-council", "edina-assembly"), role=("Waste Services Operative", "Revenue Collector"), tz=("sc", "gh"))
# once: small employers
mr("s1", "the Saturday job", "Hiya {n}, cheers for the CV you dropped in. My sister's youngest finishes college come June and gets the Saturday slot, so the shop's fully staffed for now. Best of luck!\n{sig}, {co}", "Gorringe's Key & Heel Bar", "gorringekeyheel", tz="uk")
mr("s2", "Re: the chip shop job", "Hi {n}\n\nGood of ye to come in the other night. Aye, a lad fae the harbour that did the summer wi us is back, so we're sorted for staff. Good luck wi the hunt.\n\n{sig}\n{co}", "Crail Bay Fish Bar", "crailbayfish", tz="sc")
mr("s3", "the yard job", "{n}, thanks a million for calling up. Himself is giving the yard job to his cousin's young lad, home from abroad, so it's gone for now. Mind yourself.\n{sig}\n{co}", "Tuohy Timber & Fencing", "tuohytimber", tz="ie")
mr("s4", "Counter position", "Hi {n},\n\nGood of you to stop by. My nephew just lost his job at the plant, so he'll be helping behind the counter, and that eats all the hours I had. Wishing you the best.\n\n{sig}\n{co}", "Yoder's Bulk Foods", "yodersbulk", tz="usc")
mr("s5", "Deckhand spot", "Hi {n}, got your note on the deckhand job. My brother and I are crewing the boat ourselves this year after all, so there's no opening. Fair winds.\n{sig}, {co}", "Lindqvist Whale Watch", "lindqvistwhales", tz="cap")
mr("s6", "Pickers for the harvest", "Hi {n},\n\nAppreciate the application. The Castellans' two boys are home from uni and picking for us, so this harvest is covered. Try us again next year.\n\nCheers,\n{sig}\n{co}", "Nankervis Cherry Orchard", "nankervischerries", tz="au")
mr("s7", "Barista role", "Kia ora {n},\n\nCheers heaps for Tuesday's trial. My partner's niece has moved down from up north and she's taking the mornings, so that role's sorted. All the best!\n\n{sig}\n{co}", "Koromiko Lane Espresso", "koromikolane", tz="nz")
mr("s8", "Shop assistant", "Morning {n},\n\nNice chatting with you in the shop. Ma Refilwe's grandson has finished his course and he'll help out in the shop, so nobody new is coming on just now. Go well.\n\n{sig}\n{co}", "Molefe Paint & Glass", "molefepaint", tz="za")
mr("s9", "Counter staff vacancy", "Dear {n},\n\nYour visit was appreciated. Our senior counter man has come back after his mother's recovery, so the vacancy no longer exists. All success in your search.\n\nRegards,\n{sig}\n{co}", "Deshmukh Brass & Copperware", "deshmukhbrass", tz="in")
mr("s10", "Sales girl/boy", "Good afternoon {n},\n\nThanks for coming around. Madam's niece is back from NYSC and she is the one now standing in the shop, so no more hiring for now. God bless you.\n\n{sig}\n{co}", "Obiora Lace & Aso-Oke", "obioralace", tz="ng")
mr("s11", "Attendant position", "Dear {n},\n\nPlease, thanks for coming by the station on Monday. Management has decided to keep the attendants already on the pumps, and no staff will be added this quarter. Wishing you well.\n\nYours,\n{sig}\n{co}", "Agyeman Filling Station", "agyemanfuel", tz="gh")
mr("s12", "Regarding your application", "Dear {n},\n\nWith reference to your letter for the post of salesman, this is to inform that the said post has been filled by the proprietor's nephew after his B.Com. Your good self may try again in future.\n\nRegards,\n{sig}\n{co}", "Baig Cloth House", "baigcloth", tz="pk")
mr("s13", "Part-time cashier", "Hi {n}, thanks for coming to the kedai on Saturday. Boss's daughter finish SPM already so she will jaga the counter during holidays, so extra cashier no need now. Sorry ya, all the best!\n{sig}\n{co}", "Kedai Runcit Azman", "kedaiazman", tz="my")
mr("s14", "Kitchen help", "Good day {n},\n\nThanks for passing by the cookshop. Miss Claudette's son come home from town and him taking the kitchen help work, so we full for now. Blessings on the search.\n\n{sig}\n{co}", "Facey's Jerk Pit", "faceysjerk", tz="jm")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely meeting you Thursday; the team spoke warmly of you. The partners offered {role} to {x}, who accepted yesterday. With your say-so I'll hold your details. Every success.\n\n{sig}\n\n{OUT}",
   ("Kinloch Veterinary Group", "Osu Animal Clinic"), ("kinlochvets", "osuanimalclinic"), role=("Veterinary Receptionist", "Kennel Assistant"), tz=("sc", "gh"),
   x=("our island branch's receptionist", "a nurse who has done our weekends since 2022"))
mr("th2", "RE: [EXT] RE: {role} – follow up", "Dear {n},\n\nMany thanks for your answers at the panel. Management has selected {x} for {role}; the appointment letter went this morning. Your good self impressed us; kindly apply again when we advertise.\n\nBest regards,\n{sig}\n\n{RULE}",
   ("Margalla Dental Care", "Klinik Pergigian Seri Mutiara"), ("margalladental", "serimutiara-dental"), role=("Dental Assistant", "Clinic Coordinator"), tz=("pk", "my"),
   x=("an assistant from our Saddar practice", "our panel-clinic claims coordinator"))
mr("th3", "Re: [EXT] Re: {role} chat", "Hey {n},\n\nGreat talking last week at the rink. The board voted {x} into the {role} job. You were a joy to interview, and your name is going to friends around the league.\n\nTake care,\n{sig}\n\n{ORIG}",
   ("Mandeville Skate Arena", "Hollis Bay Ice Centre"), ("mandevilleskate", "hollisbayice"), role=("Rink Supervisor", "Skate School Coordinator"), tz=("jm", "use"),
   x=("our longtime weekend supervisor", "a coach who has run our learn-to-skate program for years"))
mr("th4", "RE: [EXT] Re: {role}", "Dear {n},\n\nTuesday's talk was a pleasure; thanks too for waiting. The board has appointed {x} as {role}, and she has accepted. Lots of success to you, and perhaps our paths meet again.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Bibliotheek Waterland", "Biblioteca Comunală Sfântu Gheorghe"), ("bieb-waterland", "biblioteca-sfgheorghe"), role=("Youth Librarian", "Library Assistant"), tz=("nl", "ro"),
   x=("a colleague from our harbour-town branch", "a colleague who has volunteered at the reading club for three years"))
mr("th5", "RE: [EXT] Re: {role} interview – thanks", "Hi {n},\n\nThanks once more for coming in and bearing with us. The director has appointed {x} to {role}. Lovely to meet you – I hope your name turns up on our list again.\n\nBest,\n{sig}\n\n{OUT}",
   ("Barraclough Children's Theatre", "Tuohy Youth Drama"), ("barracloughtheatre", "tuohyyouthdrama"), role=("Workshop Leader", "Outreach Facilitator"), tz=("uk", "ie"),
   x=("the leader of our summer schools since 2021", "someone who ran our county outreach pilot"))
mr("th6", "Re: [EXT] RE: {role} interview", "Hello {n},\n\nThat reading-corner idea of yours stayed with us. The committee chose {x} for {role}, and she starts next month. Keep well, and watch our noticeboard.\n\nRegards,\n{sig}\n\n{RULE}",
   ("Ikhwezi Community Library", "Kiboswa Reading Room"), ("ikhwezilibrary", "kiboswareading"), role=("Library Assistant", "Literacy Facilitator"), tz=("za", "ke"),
   x=("the volunteer behind our homework club", "a teacher from the primary school next door"))
mr("th7", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nSalamat for the interview and the pool session. The owners hired {x} as {role}; he begins next week. A real pleasure meeting you – we'll remember you when peak season comes.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Anilao Coralline Divers", "Sentosa Cove Sailing Club"), ("anilaocoralline", "sentosacovesail"), role=("Dive Shop Assistant", "Sailing Instructor"), tz=("ph", "sg"),
   x=("a divemaster who has freelanced with us for three seasons", "an instructor who raced with our club juniors"))
mr("th8", "Re: [EXT] Re: {role} interview", "Hi {n},\n\nThe kids are still talking about your story time on Wednesday. The committee has appointed {x} as {role}. Go well with whatever's next.\n\nCheers,\n{sig}\n\n{GM}",
   ("Wattlebrook Early Learning", "Kōtuku Kindergarten"), ("wattlebrookel", "kotukukindy"), role=("Room Leader", "Head Teacher"), tz=("au", "nz"),
   x=("an educator from our sister centre", "a reliever who has been in and out of our rooms for two years"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n—\n{CO} CAREERS · Roles · Stores · Apprentices · Graduates\nVacancies, store events and alerts land here first: change alert settings any time from your candidate login. {co} Ltd, Unit 4, Mill Road. Sent to {addr} as an applicant. Privacy · Accessibility · Cookies"
mr("ft1", "Your application to {co}", "Dear {n},\n\nWe regret that your {role} application was unsuccessful this time.\n\nThe {co} Recruitment Team" + FOOT,
   ("Heatherbank Garden Centres", "Glenshiel Home & Hardware"), ("heatherbank", "glenshielhome"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Colleague", "Customer Adviser"), tz=("sc", "uk"))
mr("ft2", "Update: {role}", "Hi {n},\n\nOther candidates are going forward for {role}; we have closed yours.\n\n{co} Talent Team" + FOOT,
   ("Summit Trailworks Outfitters", "Rideau Paddle & Pack"), ("summittrailworks", "rideaupaddle"), frm="{co} Talent <talent@{dom}>", role=("Footwear Specialist", "Rental Technician"), tz=("usm", "cae"))
mr("ft3", "{co} – application outcome", "Dear {n},\n\nAfter a careful look, your {role} application goes no further. Good luck with the search.\n\n{co} Careers" + FOOT,
   ("Dreamhaven Beds", "Norwester Furniture Co"), ("dreamhavenbeds", "norwesterfurniture"), frm="{co} Careers <jobs@{dom}>", role=("Sales Consultant", "Delivery Driver"), tz=("au", "nz"))
mr("ft4", "Application feedback – {role}", "Dear {n},\n\nWe are declining your {role} application at this stage. The time you gave it is appreciated.\n\nHR Department, {co}" + FOOT,
   ("Marula Ridge Wholesale", "Abossey Cash & Carry"), ("marularidge", "abosseycc"), frm="{co} HR <hr@{dom}>", role=("Receiving Clerk", "Warehouse Checker"), tz=("za", "gh"))
# ---- 9 hedged refusals
mr("hd1", "{role} at {co}", "Dear {n},\n\nThanks for sitting down with the partners about {role}. They felt other candidates' grounding in {x} fits the present caseload more tightly, so those candidates go forward.\n\nWith best wishes,\n{sig}\n{co}",
   ("Strachan & Baird WS", "Ofori Quaye & Associates"), ("strachanbaird", "oforiquaye"), role=("Trainee Solicitor", "Legal Assistant"), tz=("sc", "gh"), x=("crofting tenancies", "land title registration"))
mr("hd2", "Following up on {role}", "Hi {n},\n\nThe portfolio review was a treat. After much back and forth, the {role} hire has gone another way – toward someone with more {x}. Lovely drawings; hoping we cross paths down the line.\n\n{sig}\n{co}",
   ("Gayle Whyte Architects", "Hollowell Design Studio"), ("gaylewhyte", "hollowelldesign"), role=("Junior Architect", "Architectural Technologist"), tz=("jm", "usp"), x=("hurricane-resistant housing work", "seismic retrofit detailing"))
mr("hd3", "Your application – {role}", "Dear {n},\n\nYou came in well prepared. The field was strong, and two applicants brought {x} that maps more closely onto our client list. The role is being offered to one of them.\n\nKind regards,\n{sig}\n{co}",
   ("Javed & Mehmood Chartered Accountants", "Subramaniam Tan & Co"), ("javedmehmood", "subramaniamtan"), role=("Audit Trainee", "Tax Associate"), tz=("pk", "my"), x=("textile-mill audit experience", "plantation-company tax work"))
mr("hd4", "{role} – an update", "Dear {n},\n\nOn {role}: other applicants brought {x} that suited the programme a shade better, and we are moving ahead with them.\n\nRegards,\n{sig}\n{co}",
   ("Waterbron Stichting", "Apă Curată Asociația"), ("waterbron", "apacurata"), role=("Programme Officer", "Field Coordinator"), tz=("nl", "ro"), x=("long experience with polder water boards", "village well-rehabilitation experience"))
mr("hd5", "Your {role} application", "Hi {n}, good to meet you last week. We're steering the role another way now, toward people stronger in retail optometry. Every success to you.\n{sig}\n{co}", "Clearview Eye Centre", "clearvieweye", role="Optical Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood speaking earlier. {co} came back to me: another candidate gets the {role} job. Separately, a client nearby has a {x} that I reckon is right up your street – shall I send your CV? Their cut-off is Friday.\n\n{sig}\nRecruitment Consultant",
   ("Quaywarden Brewing", "Tri-County Canning"), ("kelvinside-recruit", "flatlandstaffing"), role=("Brewhouse Operator", "Line Lead"), tz=("sc", "usc"), x=("cellar technician role", "sanitation supervisor post"))
mr("rc2", "Re: {role} – quick one", "Hi {n}, following on from this morning. {co} stuck with their internal candidate for {role}, but a {x} opening has come up a short drive away and it looks a good fit. Keen? Give me a ring.\n{sig}, Agribridge Recruitment",
   ("Manjimup Fruit Packers", "Heretaunga Apple Co"), ("agribridge-au", "agribridge-nz"), role=("Packhouse Supervisor", "Quality Controller"), tz=("wa", "nz"), x=("grading line lead", "cool store coordinator"))
mr("rc3", "Feedback and another opportunity", "Dear {n},\n\nFurther to our phone conversation, {co} has chosen another candidate for {role}. In the same breath, a related client has sent me a {x} vacancy, and with your consent I'll forward your CV today. A one-line reply is enough.\n\nRegards,\n{sig}",
   ("Ashanti Mills", "Shalamar Bottling Co"), ("talentline-gh", "talentline-pk"), role=("Shift Supervisor", "Stores Officer"), tz=("gh", "pk"), x=("maintenance planner", "inventory controller"))
mr("rc4", "Re: Farm manager application", "Hi {n}, about Monday's chat: the Pienaar family went with someone else for farm manager. Their neighbour needs a packing-shed supervisor, though, which is right up your alley – may I send your CV across today?\n{sig}\nVeldwerk Agri Recruiters", "Pienaar Citrus Estate", "veldwerk-agri", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Application for {role} – eligibility", "Dear {n},\n\nRe: {role}, Vacancy Ref {ref}\n\nChecked against the essential criteria, you are ineligible: no {x} came with your application. It has been withdrawn from further consideration.\n\nRecruitment Services\n{co}",
   ("Tayside Regional Fire Service", "Volta Regional Roads Authority"), ("tayside-fire", "voltaroads-gov"), frm="Recruitment Services <recruitment@{dom}>", role=("Firefighter (Retained)", "Technical Officer"), tz=("sc", "gh"),
   x=("valid Category C driving licence", "certified copy of the HND"))
mr("ps2", "Notice of results: {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated qualified, yet were not among the names referred to the selecting official, since {x}.\n\nKeep this notice with your records.\n\nHR Office · {co}",
   ("Bureau of Land Stewardship", "Department of Veterans Housing"), ("landstewardship-gov", "vethousing-gov"), frm="HR Office <hr.notices@{dom}>", role=("Range Technician GS-0455-05", "Program Assistant GS-0303-06"), tz=("usm", "use"),
   x=("higher-scoring candidates filled the certificate first", "the cap on certified names was reached"))
mr("ps3", "Vacancy cancelled – {role}", "Dear {n},\n\nCompetition {ref} for {role} has been called off because of {x}. No appointment follows from it.\n\nWith thanks for applying,\n\nPublic Appointments Unit\n{co}",
   ("Clarendon Hills Municipal Corporation", "Mocho Vale Parish Council"), ("clarendonhills-gov", "mochovale-gov"), frm="Public Appointments <appointments@{dom}>", role=("Administrative Officer", "Clerk II"), tz=("jm", "jm"),
   x=("this year's hiring freeze", "departmental restructuring"))
mr("ps4", "Written examination result", "Dear {n},\n\nResults for the {role} written paper: qualifying mark {x}, your mark {y}. You will therefore go no further in this recruitment.\n\nSelection Board, {co}",
   ("Chenab Division Services Board", "Kinabatangan District Services Commission"), ("chenab-dsb-gov", "kinabatangan-dsc-gov"), frm="Selection Board <results@{dom}>", role=("Assistant Sub-Inspector", "Administrative Assistant"), tz=("pk", "my"),
   x=("50%", "60 marks"), y=("43%", "52 marks"))
# ---- 6 bare ATS status updates
mr("at1", "Application status changed", "Hello {n},\n\n{co} · {role}\nThis application is no longer under consideration.\n\nStafflark", ("Ridgeline Utilities", "Fenwick Hospitality"), ("ridgelineutil", "fenwickhosp"), frm="Stafflark <status@stafflark.example>", role=("Meter Reader", "Housekeeping Supervisor"), tz=("cae", "uk"))
mr("at2", "Status update – {role}", "<html><body><p>Hi {n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Closed · Not moving forward</b></p><p>Jobquarry</p></body></html>", ("Belmont Print Works", "Cempaka Lane Hotels"), ("belmontprint", "cempakalane"), frm="Jobquarry <updates@jobquarry.example>", role=("Press Assistant", "Front Office Agent"), tz=("ng", "sg"))
mr("at3", "Your application", "{n} – {role} at {co}: status now Unsuccessful.\n\nSent by Pipetrail on behalf of {co}", ("Kestle Dairy Cooperative", "Komatidrift Citrus Packers"), ("kestledairy", "komatidrift"), frm="Pipetrail <noreply@pipetrail.example>", role=("Milk Tester", "Grader"), tz=("nz", "za"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\n{x} people applied for {y} seats on the {role}. Yours is among the applications we have to turn down for this year's intake.\n\nEarly Careers Team\n{co}",
   ("Ochil Water Engineering", "Tarkwa Ridge Geoscience"), ("ochilwater", "tarkwageo"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Engineering Programme", "Graduate Geology Programme"), tz=("sc", "gh"), x=("Over 800", "Some 350"), y=("12", "6"))
mr("in2", "Your internship application", "Hi {n},\n\nSummer places on the {role} internship are all taken; your name wasn't on the final list. Do have another go next year.\n\n{sig}\n{co}",
   ("Hawksbill Turtle Rescue", "Mangrove Watch Sepetang"), ("hawksbillrescue", "mangrovewatch"), role=("Sea Turtle Monitoring", "Mangrove Restoration"), tz=("jm", "my"))
mr("in3", "Studentship outcome", "Dear {n},\n\nThe panel for the {role} studentship has finished its review and awarded it to a different applicant. The care in your proposal was noticed.\n\n{sig}\nPostgraduate Office, {co}",
   ("Dunkeld Institute of Freshwater Science", "Centre for Saline Soil Research"), ("dunkeldfreshwater", "lcsr"), role=("Salmon Ecology", "Saline Soil Chemistry"), tz=("sc", "pk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've received your application – {role} (REQ-{ref})", "Dear {n},\n\n{role} – the hiring team now holds your application. If the requisition gets shut ahead of interviews, the candidate home shows Closed, plus an email. Whichever way it goes, the {co} talent community keeps your profile.\n\n{co} Talent Acquisition",
   ("Harrowgate Cold Chain", "Pellingham Freight"), ("harrowgate-coldchain", "pellingham-freight"), frm="{co} Talent Acquisition <talent.noreply@{dom}>", role=("Forklift Trainer", "Transport Planner"), tz=("uk", "sc"))
mo("application_received", "a2", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application made it to us, and a recruiter reads each one. Hired or passed over, a human writes back at the end – typically inside three weeks.\n\nThe {co} Recruiting Team",
   ("Quenwick Audio", "Larchwold Ferments"), ("quenwickaudio", "larchwoldferments"), frm="{co} Recruiting <recruiting@{dom}>", role=("Production Assistant", "Warehouse Associate"), tz=("use", "cap"))
mo("application_received", "a3", "Got it – your {role} application", "Hey {n},\n\nSafe and sound: one {role} application. Mondays we sift. A pass arrives with a short reason attached; a yes means we ring to book a chat.\n\n– {co}",
   ("Brackenwhin Bindery", "Sorrelhurst Roastworks"), ("brackenwhin", "sorrelhurst"), role=("Bindery Helper", "Packing Helper"), tz=("sc", "ie"))
mo("application_received", "a4", "{co}: application {ref} received", "<html><body><p>Dear {n},</p><p><b>{role}</b> – application logged.</p><table border=\"1\"><tr><td>Status</td><td>In review</td></tr></table><p>If an internal move fills the role, you'll see Closed here and get a notice. {co} People Team</p></body></html>",
   ("Marrowbone Leisure", "Osterley Quay Hotels"), ("marrowbone-leisure", "osterleyquay"), frm="{co} People Team <jobs@{dom}>", role=("Lifeguard", "Concierge"), tz=("my", "sg"))
mo("application_received", "a5", "Application received: {role}", "Dear {n},\n\nJob ID {ref}, {role}: application complete. Files lacking the required certification are marked Not Selected automatically at review, so upload your card to the portal now if you hold one.\n\n{co} Recruitment Operations",
   ("Tallowbeck Logistics", "Granville Rail Services"), ("tallowbeck", "granvillerail"), frm="{co} Recruitment <donotreply@{dom}>", role=("Order Picker", "Rail Welder's Mate"), tz=("usc", "cam"))
mo("application_received", "a6", "Acknowledgement – requisition {ref}", "Dear {n},\n\n{co} has your application for {role}. A cancellation before the closing date would be emailed to every applicant; otherwise the shortlist hears within four weeks of closing.\n\nHuman Resources, {co}",
   ("Cobham Vale Health Board", "Riverbend Parks District"), ("cobhamvale-health", "riverbendparks"), frm="Human Resources <hr.recruit@{dom}>", role=("Porter", "Camp Counselor"), tz=("uk", "cae"))
mo("application_received", "a7", "Thanks for applying – {role}", "Hi {n},\n\nCheers for putting in for {role}! Trial shift or none, every applicant gets our reply this month. The pile is big, so bear with us.\n\n{sig}\n{co}",
   ("Dunmore Street Kitchen", "Kelpie & Co Bakehouse"), ("dunmorekitchen", "kelpiebakehouse"), role=("Kitchen Porter", "Counter Staff"), tz=("ie", "au"))
mo("application_received", "a8", "{co} – application received", "Hello {n},\n\nYour {role} application is here. Should the present crew take the spare hours, I'll ring you, and either way your CV stays on our list for six months.\n\n{sig}\n{co}",
   ("Ashgrove Tyre & Exhaust", "Little Kurrajong Childcare"), ("ashgrovetyre", "littlekurrajong"), role=("Tyre Technician", "Cook"), tz=("nz", "au"))
mo("application_received", "a9", "Receipt of your application", "Dear {n},\n\n{x}\n\nKind regards,\n{sig}\n{co}",
   ("Zeilmaker Scheepstechniek", "Atelier Brâncuși Ceramică"), ("zeilmaker-tech", "atelierbrancusi"), tz=("nl", "ro"),
   x=("Hereby we confirm to have received your letter for the function of sail maker. Within two weeks you hear from us, also in case we choose for another candidate.",
      "This confirms that your candidature for kiln operator arrived. In case your file is not retained, an email informs you; if it is retained, we telephone to fix the interview."))
mo("application_received", "a10", "Application acknowledgement: {role}", "Dear {n},\n\n{role}: received. After closing, each application is scored on the person spec. Anyone below the interview threshold is told by email, and scores can be requested.\n\n{co} Recruitment",
   ("Glenmorie Historic Trust", "Kessock Canal Society"), ("glenmorie-trust", "kessockcanal"), frm="{co} Recruitment <recruitment@{dom}>", role=("Collections Assistant", "Towpath Ranger"), tz=("sc", "sc"))
mo("application_received", "a11", "We got your application!", "{n},\n\nGlad you want to work at {co} as {role}. Interview or no interview, a reply is coming – we all remember how waiting feels. Give us two weeks.\n\n{sig}",
   ("Skyrope Adventure Park", "Bluestack Climbing Centre"), ("skyropepark", "bluestackclimb"), role=("Zipline Guide", "Front Desk Host"), tz=("usm", "cam"))
mo("application_received", "a12", "Application received – {role}", "Hi {n}, {co} here – your {role} application is in. Reading happens as they arrive. Whatever the result, we hold your details a full year, should another opening suit.\n\n{co} People & Culture",
   ("Kampung Teduh Homestays", "Serai Wangi Kitchens"), ("kampungteduh", "seraiwangi"), frm="{co} People & Culture <hello@{dom}>", role=("Housekeeping Attendant", "Kitchen Helper"), tz=("my", "my"))
mo("application_received", "a13", "Acknowledgement of application: {role}", "Dear {n},\n\nRef: {ref} – {role}\n\nYour application is with the shortlisting panel. No word six weeks past closing should be read as not shortlisted.\n\nHuman Resources, {co}",
   ("Loch Ard District Council", "Edina Municipal Assembly"), ("lochard-council", "edina-assembly"), role=("Cleansing Operative", "Market Supervisor"), tz=("sc", "gh"))
mo("application_received", "a14", "Re: your CV", "Hi {n},\n\nTa for the {role} CV. Shortlisting's next week. If there's no interview in it for you, I'll ring you personally – no leaving folk hanging.\n\n{sig}\n{co}",
   ("Kinloch Veterinary Group", "Osu Animal Clinic"), ("kinlochvets", "osuanimalclinic"), role=("Animal Care Assistant", "Receptionist"), tz=("sc", "gh"))
mo("application_received", "a15", "Application received", "Dear {n},\n\nReceived with thanks: your application for {role}. Kindly note only shortlisted candidates shall be contacted; those not contacted within 30 days may treat the application as unsuccessful.\n\nRegards,\n{sig}\n{co}",
   ("Margalla Dental Care", "Klinik Pergigian Seri Mutiara"), ("margalladental", "serimutiara-dental"), role=("Dental Nurse", "Front Desk Officer"), tz=("pk", "my"))
mo("application_received", "a16", "Thanks for applying!", "Hey {n},\n\nYour {role} application came through. Once the board picks, everybody hears, good news or bad. Meanwhile, come skate on the house Sunday afternoon.\n\n{sig}\n{co}",
   ("Mandeville Skate Arena", "Hollis Bay Ice Centre"), ("mandevilleskate", "hollisbayice"), role=("Skate Guard", "Concession Attendant"), tz=("jm", "use"))
mo("application_received", "a17", "Ontvangstbevestiging / Confirmation of receipt", "Dear {n},\n\nYour letter for {role} is received. The selection committee comes together in three weeks. Also when the committee chooses for another candidate, you get a message of us.\n\nKind regards,\n{sig}\n{co}",
   ("Bibliotheek Waterland", "Biblioteca Comunală Sfântu Gheorghe"), ("bieb-waterland", "biblioteca-sfgheorghe"), role=("Library Assistant", "Archive Assistant"), tz=("nl", "ro"))
mo("application_received", "a18", "Application for {role} – received", "Dear {n},\n\n{co} has your {role} application; closing date is Friday. Only those invited to interview are contacted, so a quiet fortnight after closing is your answer this time.\n\nHR, {co}",
   ("Barraclough Children's Theatre", "Tuohy Youth Drama"), ("barracloughtheatre", "tuohyyouthdrama"), frm="HR <jobs@{dom}>", role=("Box Office Assistant", "Costume Assistant"), tz=("uk", "ie"))
mo("application_received", "a19", "Your application – {co}", "Dear {n},\n\nYour {role} application is with {co}. Successful or unsuccessful, a phone call or email comes once the committee sits, likely near the end of next month.\n\nRegards,\n{sig}",
   ("Ikhwezi Community Library", "Kiboswa Reading Room"), ("ikhwezilibrary", "kiboswareading"), role=("Homework Club Helper", "Library Cleaner"), tz=("za", "ke"))
mo("application_received", "a20", "Application received – {role}", "Hi {n},\n\nGot your {role} application! If somebody else gets the spot, we'll message you and hold your CV for next season. Shortlisted people get invited to a pool check-out.\n\n{sig}\n{co}",
   ("Anilao Coralline Divers", "Sentosa Cove Sailing Club"), ("anilaocoralline", "sentosacovesail"), role=("Boat Crew", "Dinghy Instructor"), tz=("ph", "sg"))
mo("application_received", "a21", "Application logged", "Dear {n},\n\n{role} at {co} – safely in, {n}. Lots arrive, so where one isn't taken further the account status reads 'Unsuccessful' within 21 days; interview invitations come by email.\n\n{co} Careers",
   ("Heatherbank Garden Centres", "Glenshiel Home & Hardware"), ("heatherbank", "glenshielhome"), frm="{co} Careers <careers@{dom}>", role=("Café Team Member", "Warehouse Colleague"), tz=("sc", "uk"))
mo("application_received", "a22", "Application confirmation", "Hi {n},\n\nYour {role} application is in! Store managers go through them within ten days. Selected or not, you get emailed, and progress shows in the candidate login.\n\n{co} Talent Team",
   ("Summit Trailworks Outfitters", "Rideau Paddle & Pack"), ("summittrailworks", "rideaupaddle"), frm="{co} Talent <talent@{dom}>", role=("Bike Mechanic", "Sales Associate"), tz=("usm", "cae"))
mo("application_received", "a23", "Application received", "Dear {n},\n\n{co} confirms your {role} application, reference {ref}. Volumes are high, so contact comes only with a shortlisting – three quiet weeks means it hasn't progressed this time.\n\nRegards,\nHR Department",
   ("Marula Ridge Wholesale", "Abossey Cash & Carry"), ("marularidge", "abosseycc"), frm="{co} HR <hr@{dom}>", role=("Stock Controller", "Cashier"), tz=("za", "gh"))
mo("application_received", "a24", "Re: Job application", "Dear {n},\n\nI confirm your CV for the {role} role at {co} is received. The partners meet on the 15th. Should the outcome go against you, a letter will still say so.\n\nKind regards,\n{sig}",
   ("Strachan & Baird WS", "Ofori Quaye & Associates"), ("strachanbaird", "oforiquaye"), role=("Paralegal", "Office Assistant"), tz=("sc", "gh"))
mo("application_received", "a25", "Application acknowledged", "Dear {n},\n\nLogged against the {role} vacancy: your application. Nobody is kept waiting here – an interview date or a no reaches you inside ten working days after closing.\n\n{sig}\n{co}",
   ("Javed & Mehmood Chartered Accountants", "Subramaniam Tan & Co"), ("javedmehmood", "subramaniamtan"), role=("Accounts Assistant", "Payroll Officer"), tz=("pk", "my"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThose came through, ta. Interview {dl}, half ten – does that work? Unfortunately they're relining the car park, so park at the supermarket over the road.\n\n{sig}\n\n{OUT}",
   ("Kinloch Veterinary Group", "Osu Animal Clinic"), ("kinlochvets", "osuanimalclinic"), role=("Veterinary Nurse", "Groomer"), tz=("sc", "gh"))
mo("interview", "i2", "Interview invitation – {role}", "Dear {n},\n\nThe panel will see you for {role} on {dl}, 11 o'clock. Unfortunately the lift is under maintenance that week, so the meeting is in the ground-floor boardroom. Kindly bring your CNIC and original certificates.\n\nRegards,\n{sig}\n{co}",
   ("Margalla Dental Care", "Klinik Pergigian Seri Mutiara"), ("margalladental", "serimutiara-dental"), role=("Dental Hygienist", "Practice Manager"), tz=("pk", "my"))
mo("interview", "i3", "Re: [EXT] Re: {role}", "Hey {n},\n\nCan you swing by for a {role} chat on {dl} at 2 PM? Sadly the snack bar is shut for a refit, so bring your own coffee. Skates welcome!\n\n{sig}\n\n{ORIG}",
   ("Mandeville Skate Arena", "Hollis Bay Ice Centre"), ("mandevilleskate", "hollisbayice"), role=("Skate Instructor", "Ice Technician"), tz=("jm", "use"))
mo("interview", "i4", "Uitnodiging / Invitation: interview {role}", "Dear {n},\n\nGladly we invite you for a conversation about the function of {role} on {dl} at 14.00. Unfortunately the front entrance is closed for renovation; please take the side door by the bicycle shed.\n\nKind regards,\n{sig}\n{co}",
   ("Bibliotheek Waterland", "Biblioteca Comunală Sfântu Gheorghe"), ("bieb-waterland", "biblioteca-sfgheorghe"), role=("Youth Librarian", "Cataloguer"), tz=("nl", "ro"))
mo("interview", "i5", "Interview: {role}", "Hi {n},\n\nGood news – {role} interview on {dl} at 4pm? Unfortunately the heating in the studio has a mind of its own, so bring a jumper. Have a ten-minute warm-up game ready.\n\n{sig}\n{co}",
   ("Barraclough Children's Theatre", "Tuohy Youth Drama"), ("barracloughtheatre", "tuohyyouthdrama"), role=("Drama Tutor", "Stage Manager"), tz=("uk", "ie"))
mo("interview", "i6", "Invitation to interview", "Dear {n},\n\nThe committee will interview you for {role} at the library on {dl}, ten o'clock. Unfortunately the afternoons have had power cuts this month, so mornings it is.\n\nRegards,\n{sig}\n{co}",
   ("Ikhwezi Community Library", "Kiboswa Reading Room"), ("ikhwezilibrary", "kiboswareading"), role=("Branch Assistant", "Storyteller"), tz=("za", "ke"))
mo("interview", "i7", "RE: [EXT] Re: {role} – pool session", "Hi {n},\n\nSkills check plus interview: {dl}, 9 AM. Unfortunately our compressor is off being serviced, so rental tanks it is. Logbook and cert card, please.\n\n{sig}\n\n{RULE}",
   ("Anilao Coralline Divers", "Sentosa Cove Sailing Club"), ("anilaocoralline", "sentosacovesail"), role=("Divemaster", "Sailing Coach"), tz=("ph", "sg"))
mo("interview", "i8", "Interview – {role}", "Hi {n},\n\nWould {dl} at 10am suit for an interview and a look round the play rooms? Unfortunately parking is tight at drop-off, so the street is your best bet.\n\nCheers,\n{sig}\n{co}",
   ("Wattlebrook Early Learning", "Kōtuku Kindergarten"), ("wattlebrookel", "kotukukindy"), role=("Educator", "Teacher Aide"), tz=("au", "nz"))
mo("next_steps", "n1", "Next steps for {role}", "Dear {n},\n\nPre-employment checks for {role} start now. In your candidate home, finish the background-check consent and the right-to-work form by {dl}. Unfortunately emailed forms are refused by the system.\n\n{co} Talent Acquisition",
   ("Harrowgate Cold Chain", "Pellingham Freight"), ("harrowgate-coldchain", "pellingham-freight"), frm="{co} Talent Acquisition <talent.noreply@{dom}>", role=("Night Pick Lead", "Yard Marshal"), tz=("uk", "sc"))
mo("next_steps", "n2", "Online assessment – {role}", "Dear {n},\n\nStage two for {role} is an online aptitude test of roughly forty minutes, to be finished by {dl}. Unfortunately fifteen idle minutes log you out, so do it in a single sitting.\n\nSelection Board, {co}",
   ("Chenab Division Services Board", "Kinabatangan District Services Commission"), ("chenab-dsb-gov", "kinabatangan-dsc-gov"), frm="Selection Board <results@{dom}>", role=("Junior Clerk", "Office Assistant"), tz=("pk", "my"))
mo("next_steps", "n3", "Supporting documents required – {role}", "Dear {n},\n\nYou're listed for {role}. Upload your academic transcript and a copy of your driving licence by {dl}. Unfortunately copies of copies get bounced by the verification team.\n\nRecruitment Services, {co}",
   ("Tayside Regional Fire Service", "Volta Regional Roads Authority"), ("tayside-fire", "voltaroads-gov"), frm="Recruitment Services <recruitment@{dom}>", role=("Control Room Operator", "Survey Assistant"), tz=("sc", "gh"))
mo("next_steps", "n4", "References – {role}", "Hi {n},\n\nGreat chat today. {co} want you in the next round for {role}. By {dl}, send me two referees plus an updated CV, and I'll hand them over. Unfortunately their HR system swallows PDFs only.\n\n{sig}\nRecruitment Consultant",
   ("Quaywarden Brewing", "Tri-County Canning"), ("kelvinside-recruit", "flatlandstaffing"), role=("Brewhouse Operator", "Line Lead"), tz=("sc", "usc"))
mo("next_steps", "n5", "Supplementary questions – announcement {ref}", "Dear {n},\n\nYou are referred for {role}. The selecting official asks for answers to three supplementary questions by {dl}. Unfortunately replies by email cannot be counted; use the form in your account.\n\nHR Office · {co}",
   ("Bureau of Land Stewardship", "Department of Veterans Housing"), ("landstewardship-gov", "vethousing-gov"), frm="HR Office <hr.notices@{dom}>", role=("Range Technician GS-0455-05", "Program Assistant GS-0303-06"), tz=("usm", "use"))
mo("next_steps", "n6", "Assessment centre – {role}", "Dear {n},\n\nWell done – the {role}'s assessment day is next. Confirm you'll attend, and add your transcript to the portal, by {dl}. Unfortunately travel to this stage is at your own cost.\n\nEarly Careers Team\n{co}",
   ("Ochil Water Engineering", "Tarkwa Ridge Geoscience"), ("ochilwater", "tarkwageo"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Engineering Programme", "Graduate Geology Programme"), tz=("sc", "gh"))
mo("offer", "f1", "Offer – {role}", "Hi {n},\n\nWant the {role} job? It's 20 hours a week from {dl}. Unfortunately our lockers are all spoken for till spring, so travel light. Say yes and the contract follows.\n\n{sig}\n{co}",
   ("Skyrope Adventure Park", "Bluestack Climbing Centre"), ("skyropepark", "bluestackclimb"), role=("Ropes Course Instructor", "Route Setter"), tz=("usm", "cam"))
mo("offer", "f2", "Offer of employment", "Dear {n},\n\n{co} offers you the post of {role}, starting {dl}. Unfortunately staff housing is full this season; we will help you look for a rented room in town. The letter attached needs your signature.\n\n{sig}\n{co}",
   ("Kampung Teduh Homestays", "Anilao Coralline Divers"), ("kampungteduh", "anilaocoralline"), role=("Guest Relations Executive", "Dive Shop Assistant"), tz=("my", "ph"))
mo("offer", "f3", "Job offer – {role}", "Hi {n},\n\nGreat trial. Come and be our {role} from {dl}! The aprons are unfortunately on back-order – wear dark things in week one.\n\nCheers,\n{sig}\n{co}",
   ("Koromiko Lane Espresso", "Kelpie & Co Bakehouse"), ("koromikolane", "kelpiebakehouse"), role=("Barista", "Early Baker"), tz=("nz", "au"))
mo("offer", "f4", "Offer letter – {role}", "Good day {n},\n\nThe {role} position at {co} is yours, start date {dl}. Unfortunately the kitchen fan gets replaced that week, so the first days are prep only. Sign the letter and bring it on day one.\n\n{sig}", "Facey's Jerk Pit", "faceysjerk", role="Kitchen Assistant", tz="jm")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Application withdrawn", "<html><body><p>Hi {n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Withdrawn · by candidate</b></p><p>Withdrawn at your request. Jobquarry</p></body></html>", ("Belmont Print Works", "Cempaka Lane Hotels"), ("belmontprint", "cempakalane"), frm="Jobquarry <updates@jobquarry.example>", role=("Press Assistant", "Front Office Agent"), tz=("ng", "sg"))
mo("other_job", "j2", "Application status changed", "Hello {n},\n\n{co} · {role}\nNew stage: With hiring manager.\n\nStafflark", ("Ridgeline Utilities", "Fenwick Hospitality"), ("ridgelineutil", "fenwickhosp"), frm="Stafflark <status@stafflark.example>", role=("Meter Reader", "Housekeeping Supervisor"), tz=("cae", "uk"))
mo("other_job", "j3", "Change to shortlisting date", "Dear {n},\n\nRef: {ref}\n\nThe panel for the Waste Services Operative post now meets a week later, because of a storm-response meeting. Word will come after it.\n\nHuman Resources, {co}", "Loch Ard District Council", "lochard-council", tz="sc")
mo("job_alert", "l1", "New jobs near you at {co}", "Hi {n},\n\nFresh roles for your alert:\n• {x}\n• Weekend Colleague\n• Delivery Driver" + FOOT, ("Heatherbank Garden Centres", "Summit Trailworks Outfitters"), ("heatherbank", "summittrailworks"), frm="{co} Careers <alerts@{dom}>", tz=("sc", "usm"), x=("Garden Centre Supervisor", "Climbing Shop Lead"))
mo("job_alert", "l2", "Your weekly job alert", "Hi {n},\n\nOpen at {co} this week:\n• Forklift Driver\n• Warehouse Checker\n• Trade Counter Assistant" + FOOT, "Marula Ridge Wholesale", "marularidge", frm="{co} Careers <alerts@{dom}>", tz="za")
mo("recruiter_outreach", "o1", "Opening you might like", "Hi {n},\n\nSaw your profile – would a {role} post with a client of mine interest you? Decent hours, near the coast. Details on reply.\n\n{sig}\n{co}", ("Agribridge Recruitment", "Talentline West Africa"), ("agribridge-au", "talentline-gh"), role=("Farm Supervisor", "Stores Officer"), tz=("wa", "gh"))
mo("non_job_rejection_words", "x1", "Your loan application", "Dear {n},\n\nThe {x} you requested has been declined after our credit check. The reasons can be asked for in writing within 30 days.\n\nLending Team, {co}", ("Kelvinside Building Society", "Komenda Microfinance"), ("kelvinside-bs", "komenda-mfi"), frm="Lending Team <lending@{dom}>", tz=("sc", "gh"), x=("personal loan of £4,000", "business loan of GH₵ 15,000"))
mo("non_job_rejection_words", "x2", "Flat at {x}", "Hi {n},\n\nAbout the flat at {x}: the landlord picked the pair who viewed on Monday and can take it from next week, so unfortunately it won't be yours. Good luck finding somewhere.\n\n{sig}\n{co}", ("Greenock Lettings", "Hawthorn Estate Agents"), ("greenocklettings", "hawthornestates"), tz=("sc", "uk"), x=("14 Lyleburn Street", "3 Rosebank Close"))
mo("non_job_rejection_words", "x3", "Community grant outcome", "Dear {n},\n\nThe Neighbourhood Fund could not support the Youth Steelband bid in this round. Demand far outran the money; the application was unsuccessful.\n\n{sig}\n{co}", "Daybreak Hope Foundation", "daybreakhope", tz="jm")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("e01", "Nookquartz", "Hollick & Daughter Keys", "hollickkeys", "uk",
     ("Apprentice locksmith – your message", "Hi {n},\n\nNice to get a letter from someone keen on locksmithing. A lad with his level 2 from the college has the apprenticeship now, so it's filled. Your details stay in my drawer.\n\n{sig}"),
     ("application_received", "Apprentice locksmith – got your message", "Hi {n},\n\nYour message about the locksmithing apprenticeship reached me. Interviews happen next week. You or another, each applicant gets a ring from me by Friday week, so keep the phone on.\n\n{sig}"))
pair("e02", "Nookbasalt", "Rennie Reed Roofing", "renniereed", "sc",
     ("Trainee thatcher post", "Hello {n},\n\nGood o ye to write about the trainee post wi us thatchers. The place has gone tae a laddie fae Kirriemuir who has been cutting reed with us for two summers. Good luck to ye.\n\n{sig}"),
     ("interview", "Trainee thatcher – come and see us", "Hello {n},\n\nCome out to the reed beds on {dl} at nine and meet the squad us thatchers work alongside. Unfortunately the track is a bog after rain, so wellies are a must.\n\n{sig}"))
pair("e03", "Nookgarnet", "Mulcahy Cooperage", "mulcahycooperage", "ie",
     ("Cooper's apprentice", "Hi {n},\n\nGreat to hear from someone keen on coopering. The apprenticeship is going to a young fella whose father worked the yard thirty years, so the place is gone. All the best.\n\n{sig}"),
     ("next_steps", "Cooper's apprentice – next step", "Hi {n},\n\nThanks for the visit. Before any more on coopering, scan or post your manual-handling cert and one reference by {dl}. Unfortunately the workshop is too loud for phone calls, so email is best.\n\n{sig}"))
pair("e04", "Nookjasper", "Ironwing Tattoo Collective", "ironwingtattoo", "use",
     ("Apprenticeship – Ironwing", "Hey {n},\n\nYour portfolio for the tattooing apprenticeship had gorgeous linework, but the spot went to an artist who's shadowed us for a year. There's room for one apprentice only this year.\n\n{sig}"),
     ("offer", "Apprenticeship offer – Ironwing", "Hey {n},\n\nWe want you in the shop! The tattooing apprenticeship is yours from {dl}. Unfortunately the back station chair is off being reupholstered, so the front bench is yours at first.\n\n{sig}"))
pair("e05", "Nookopal", "Flatland Spirits", "flatlandspirits", "usc",
     ("Still operator role", "Hi {n},\n\nAbout the still operator role: it goes to someone with more column-still distilling under their belt, which ends your application here.\n\nAll the best,\n{sig}"),
     ("application_received", "Still operator – application in", "Hi {n},\n\nStill operator application: received. Folks with distilling time get calls next week. Yes or no, each applicant gets word from me before month end.\n\n{sig}"))
pair("e06", "Nookflint", "Tall Mesa Spire & Stack", "tallmesaspire", "usm",
     ("Rope access technician", "Hi {n},\n\nThanks for reaching out about steeplejacking work with our crew. The spot went to a tech holding a Level 2 rope-access ticket. Appreciate your interest.\n\n{sig}"),
     ("next_steps", "Rope access – paperwork", "Hi {n},\n\nGood to talk yesterday. Ahead of any steeplejacking job, send proof of your fall-protection training and a medical clearance by {dl}. Unfortunately our fax line is dead, so scans only.\n\n{sig}"))
pair("e07", "Nookslate", "Velvetdrape Hair & Wig Studio", "velvetdrape", "usp",
     ("Wig ventilator position", "Hi {n},\n\nOur wigmaking team for the upcoming production has hired a ventilator with more lace-front experience, so the role is filled. Thanks for thinking of our studio.\n\n{sig}"),
     ("interview", "Wig ventilator – interview", "Hi {n},\n\nStudio visit on {dl}, 1 PM – a wigmaking talk plus a short knotting test? Unfortunately the building elevator is broken; stairs, three floors.\n\n{sig}"))
pair("e08", "Nookshale", "Algonquin Paddle Trips", "algonquinpaddle", "cae",
     ("Trip guide position", "Hi {n},\n\nThree canoeist guides from last season are coming back, so our guide roster is full. Have a great summer on the water.\n\n{sig}"),
     ("application_received", "Trip guide – received", "Hi {n},\n\nWe got your application to guide. We're looking for canoeist guides with lifesaving certification. Missing the cut still gets you an email before the season starts, and your application stays on file.\n\n{sig}"))
pair("e09", "Nookmica", "Blandford Fish Counter", "blandfordfish", "cat",
     ("Fish counter job", "Hi {n},\n\nNice of you to ask in person about the counter. My son-in-law is coming into the fishmongery with me, so the counter's covered this year. Best of luck.\n\n{sig}"),
     ("offer", "Fish counter job", "Hi {n},\n\nHappy to offer you the counter job in the fishmongery from {dl}, Tuesday to Saturday. Unfortunately the ice machine is on the fritz, so the first morning will be loading ice from the plant.\n\n{sig}"))
pair("e10", "Nookagate", "Crowsnest Cave Tours", "crowsnestcaves", "cam",
     ("Cave guide role", "Hi {n},\n\nOur tour guide job went to a caver who has rescue training and knows our system, so the role is filled for the season.\n\n{sig}"),
     ("interview", "Cave guide – interview", "Hi {n},\n\nMeet us {dl} at 10 at the visitor centre. Any caver we hire does a short trip underground with us. Unfortunately the lower gallery is closed for survey work, so we'll go to the upper level.\n\n{sig}"))
pair("e11", "Nookonyx", "Reclaim & Bloom Makers", "reclaimbloom", "cap",
     ("Workshop assistant", "Hi {n},\n\nThanks for applying to help in our upcycling workshop. We had a flood of great applicants and picked someone who already sells their own reclaimed-furniture pieces. Take care!\n\n{sig}"),
     ("next_steps", "Workshop assistant – next step", "Hi {n},\n\nLoved your application for our upcycling workshop. Next step: send us three photos of pieces you've made and your availability by {dl}. Unfortunately big attachments choke our inbox, so under 5 MB please.\n\n{sig}"))
pair("e12", "Nookjet", "Pulltable Print Collective", "pulltableprint", "au",
     ("Print assistant", "Hi {n},\n\nThe print assistant role has gone to a printer with five years of screenprinting on textiles, so your application ends there. Cheers.\n\n{sig}"),
     ("application_received", "Print assistant – received", "Hi {n},\n\nThanks for applying! We'll test shortlisted people on a bit of screenprinting next week. Silence by the 20th means others got it, but we try to reply to everyone.\n\n{sig}"))
pair("e13", "Nookcoral", "Sandgate Links", "sandgatelinks", "qld",
     ("Greenkeeper role", "Hi {n},\n\nThe greenkeeping team vacancy went to someone holding a Certificate III in Sports Turf, so the role is filled. All the best.\n\n{sig}"),
     ("offer", "Greenkeeper – offer", "Hi {n},\n\nPleased to offer you a spot on the greenkeeping team from {dl}, 6am starts. Unfortunately the staff shed's being rebuilt, so the first week you'll change in the clubhouse.\n\n{sig}"))
pair("e14", "Nookpumice", "Karri Fretworks", "karrifretworks", "wa",
     ("Luthier's assistant", "Hi {n},\n\nCheers for the email about luthiery work. We've taken on an assistant who has built guitars for a decade, so the position is closed.\n\n{sig}"),
     ("interview", "Luthier's assistant – visit", "Hi {n},\n\nPop in {dl} at 11 to see the workshop and chat about luthiery? Unfortunately the spray booth is down, so don't mind the smell of lacquer.\n\n{sig}"))
pair("e15", "Nookgneiss", "Horopito Chocolate", "horopitochocolate", "nz",
     ("Chocolate maker role", "Kia ora {n},\n\nAppreciate your interest in our chocolatiering team. Someone with tempering experience in a commercial kitchen got the job, so your application stops here.\n\n{sig}"),
     ("next_steps", "Chocolate maker – next step", "Kia ora {n},\n\nNext step for our chocolatiering team: your food safety certificate plus two referees, by {dl}. Unfortunately we can't take handwritten references.\n\n{sig}"))
pair("e16", "Nookschist", "Soleful Wellness", "solefulwellness", "za",
     ("Reflexology position", "Hi {n},\n\nThanks for applying. We've appointed a reflexologist with five years' spa experience, so that post is taken. Go well.\n\n{sig}"),
     ("application_received", "Reflexologist – application", "Hi {n},\n\nReflexologist application received. Shortlisting is next week; whatever happens, an email from us says where you stand.\n\n{sig}"))
pair("e17", "Nookchalk", "Ganesh Letterworks", "ganeshletterworks", "in",
     ("Compositor position", "Dear {n},\n\nThe compositor post is now filled; we chose a candidate experienced in Devanagari typesetting. With best wishes.\n\nRegards,\n{sig}"),
     ("interview", "Compositor – interview", "Dear {n},\n\nPlease come for an interview and a short typesetting test on {dl} at 11 am. The lift, unfortunately, is being repaired; kindly take the stairs up three floors.\n\nRegards,\n{sig}"))
pair("e18", "Nookmarble", "Harmony Acupoint Clinic", "harmonyacupoint", "ng",
     ("Clinic assistant", "Dear {n},\n\nOur acupuncturist has employed a trained nurse as assistant, which closes the vacancy you applied for.\n\n{sig}"),
     ("next_steps", "Clinic assistant – documents", "Dear {n},\n\nFollowing your interview, kindly send your nursing licence and two references by {dl}. Our acupuncturist will confirm your start date. Unfortunately we cannot accept WhatsApp photos of documents.\n\n{sig}"))
pair("e19", "Nookgranite", "Asante Tile & Mosaic", "asantemosaic", "gh",
     ("Mosaic artisan vacancy", "Dear {n},\n\nPlease, our mosaic artisan vacancy has gone to another applicant. We appreciate your interest and pray God's blessings on your search.\n\n{sig}"),
     ("application_received", "Mosaic artisan – received", "Dear {n},\n\nYour application reached us safely. The mosaics team will review all applications next week, and all applicants will be informed of the outcome, successful or otherwise.\n\n{sig}"))
pair("e20", "Nooktopaz", "Nyakach Fish & Greens", "fishgreens-ke", "ke",
     ("Farm technician post", "Dear {n},\n\nFor the aquaponic technician post we picked a candidate who already runs a tilapia system, so your application ends here.\n\n{sig}"),
     ("offer", "Farm technician – offer", "Dear {n},\n\nThe aquaponic technician post is yours from {dl}. Unfortunately staff housing has no room, so lodging in the village is on you.\n\n{sig}"))
pair("e21", "Nookberyl", "Baig Auction House", "baigauction", "pk",
     ("Auction assistant", "Dear {n},\n\nManagement picked a candidate who has done auctioneering before, and your application closes here. Best wishes.\n\n{sig}"),
     ("interview", "Auction assistant – interview", "Dear {n},\n\nKindly visit us on {dl}, 3 pm, to interview for the auctioneering assistant role. Unfortunately the parking is limited on auction days, so kindly come by rickshaw.\n\n{sig}"))
pair("e22", "Nookzircon", "Taman Reptilia", "tamanreptilia", "my",
     ("Keeper position", "Hi {n},\n\nOur keeper job goes to a candidate with a herpetology degree, so this one is not for you. Thanks ya!\n\n{sig}"),
     ("application_received", "Keeper – received", "Hi {n},\n\nKeeper application received. Herpetology background preferred, but every application gets read. Shortlisted or not, email will tell you lah.\n\n{sig}"))
pair("e23", "Nookspinel", "Bogue Hill Links", "boguehilllinks", "jm",
     ("Caddie position", "Good day {n},\n\nThanks for applying for caddying at the club. We took on our full team of caddies for the season already, so no space for you this time. Blessings.\n\n{sig}"),
     ("next_steps", "Caddie – paperwork", "Good day {n},\n\nYou're on the caddying list. Please send your police record plus photo ID before {dl}. Unfortunately we can't take copies on WhatsApp.\n\n{sig}"))
pair("e24", "Nookcobalt", "Mouterij De Gerst", "mouterijgerst", "nl",
     ("Malt house operator", "Dear {n},\n\nYour letter for the function of operator in our malting house we read with interest. We chose for a candidate with experience in germination. Success!\n\n{sig}"),
     ("offer", "Malt house operator – offer", "Dear {n},\n\nGladly we offer you the function of operator in our malting house, starting {dl}; unfortunately the canteen is closed that month, so bring your own lunch.\n\n{sig}"))
pair("e25", "Nookpyrite", "Pisica Fericită Hotel", "pisicafericita", "ro",
     ("Cat carer position", "Dear {n},\n\nYour candidature for carer in our catteries was analysed. Regretfully the file was not retained, as a candidate with veterinary studies was preferred.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Nookgalena weekly: 4 trade jobs near you", "Hi {n},\n\nNew this week on Nookgalena:\n• Apprentice farrier's helper\n• Sail loft assistant\n• Saddle stitcher\n• Clock restorer\n\nManage alerts in your Nookgalena account.", "Nookgalena", "nookgalena", frm="Nookgalena Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nNo allotment plot can be offered this year, so unfortunately your plot application was unsuccessful. The waiting list still carries your name.\n\n{sig}\nAllotment Officer", "Meadowbank Allotments", "meadowbank-allot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, ind 2, ron, vie, ces, heb, epo, bul); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "الواحة الذهبية", "waha-dates", "jo",
   ("بخصوص طلبك لوظيفة عاملة تعبئة", "عزيزتي {full}،\n\nنشكرك على تقدّمك لوظيفة عاملة تعبئة في مصنع {co} لتعبئة التمور. بعد مراجعة الطلبات، قررنا اختيار مرشّحة أخرى لديها خبرة سابقة في خطوط الفرز. نتمنى لك التوفيق.\n\nمع التحية،\n{sig}"),
   ("application_received", "استلمنا طلبك", "عزيزتي {full}،\n\nوصلنا طلبك لوظيفة عاملة تعبئة، شكرًا لك. سنراجع الطلبات خلال أسبوعين، وسنبلغك بالنتيجة سواء قُبل طلبك أم لا.\n\nمع التحية،\n{sig}"))
lp("l-de", "de", "Orgelbau Hainbuch", "orgelbau-hainbuch", "de",
   ("Ihre Bewerbung in unserer Orgelbauwerkstatt", "Guten Tag {full},\n\nIhre Bewerbung für unsere Orgelbauwerkstatt haben wir gern gelesen. Den Platz bekommt eine Kollegin, die schon Pfeifen intoniert hat; Ihnen müssen wir diesmal leider absagen.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   ("interview", "Einladung zum Gespräch", "Guten Tag {full},\n\npasst Ihnen der {dl}, 10 Uhr, für ein Kennenlernen in der Werkstatt? Leider ist unser Hof derzeit eine Baustelle – kommen Sie bitte über die Kirchgasse herein.\n\nMit freundlichen Grüßen\n{sig}"))
lp("l-es", "es", "Quesería Peña Alta", "penaalta-queso", "es",
   ("Tu candidatura en {co}", "Hola, {n}:\n\nHemos leído con calma tu solicitud como ayudante en la quesería. Hemos elegido a otra persona con experiencia en el afinado de quesos de oveja, así que no seguiremos adelante con tu proceso.\n\nUn saludo,\n{sig}\n{co}"),
   ("next_steps", "Documentación pendiente", "Hola, {n}:\n\nPara continuar con el proceso, envíanos antes del {dl} una copia del carné de manipulador de alimentos y tu número de afiliación.\n\nUn saludo,\n{sig}\n{co}"))
lp("l-fr", "fr", "Atelier Verrière Saint-Clair", "verriere-stclair", "fr",
   ("Votre candidature – atelier de vitrail", "Bonjour {full},\n\nVotre dossier pour l'atelier de vitrail nous a beaucoup plu. Notre choix s'est toutefois porté sur une personne déjà rodée au sertissage au plomb. Nous vous souhaitons bonne continuation.\n\nCordialement,\n{sig}\n{co}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nL'atelier serait ravi de vous accueillir comme assistant·e dès le {dl}, à raison de 35 heures hebdomadaires. Un simple mail de votre part suffira pour valider.\n\nCordialement,\n{sig}\n{co}"))
lp("l-hi", "hi", "रेशम धागा हथकरघा", "reshamdhaga", "in",
   ("आपके आवेदन के बारे में", "नमस्ते {full} जी,\n\nबुनकर सहायक वाली जगह पर जामदानी बुनाई जानने वाले एक अनुभवी बुनकर को जगह दी गई है। आगे के लिए ढेरों दुआएँ।\n\nसादर,\n{sig}\n{co}"),
   ("application_received", "अर्ज़ी मिल गई", "नमस्ते {full} जी,\n\nआपकी अर्ज़ी यहाँ पहुँच चुकी है, धन्यवाद। फ़ैसला जो भी हो, दो हफ़्तों में सबको फ़ोन से ख़बर दी जाएगी।\n\nसादर,\n{sig}\n{co}"))
lp("l-it", "it", "Gelateria Il Pistacchio d'Oro", "pistacchiodoro", "it",
   ("Candidatura per la gelateria", "Gentile {full},\n\ngrazie per averci inviato la candidatura come aiuto gelatiere. Abbiamo preferito chi lavora col mantecatore da diverse stagioni, quindi non procederemo con il suo profilo.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Colloquio in laboratorio", "Gentile {full},\n\nla invitiamo a un colloquio il {dl} alle 15:00 in laboratorio. Purtroppo davanti al negozio si parcheggia male per via dei lavori, quindi le consigliamo di venire a piedi o in autobus.\n\nCordiali saluti,\n{sig}\n{co}"))
lp("l-ja", "ja", "山桜酒造", "yamazakura-shuzo", "jp",
   ("選考結果のご連絡（蔵人募集）", "{full} 様\n\nこの度は{co}の蔵人募集にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は酒造りの経験がある方を採用することとなりました。ご希望に沿えず申し訳ございません。\n\n{co}　{sig}"),
   ("next_steps", "書類提出のお願い", "{full} 様\n\n一次面接お疲れさまでした。次の段階に進むため、{dl}までに履歴書の原本と健康診断書をご郵送ください。\n\n{co}　{sig}"))
lp("l-ko", "ko", "달빛떡방", "dalbit-tteok", "kr",
   ("지원 결과 안내", "{full} 님, 안녕하세요.\n\n{co} 제조 보조 직원 모집에 지원해 주셔서 감사합니다. 아쉽게도 이번에는 떡 제조 경력이 있는 분을 채용하게 되었습니다. 앞으로 좋은 일이 가득하시길 바랍니다.\n\n{sig} 드림"),
   ("offer", "채용 확정 안내", "{full} 님, 안녕하세요.\n\n{co} 제조 보조 직원으로 함께하게 되셨음을 알려 드립니다. 첫 출근일은 {dl} 오전 6시입니다. 출근 전에 보건증을 준비해 주세요.\n\n{sig} 드림"))
lp("l-pt", "pt", "Corticeira Vale do Sôr", "corticeira-sor", "pt",
   ("A sua candidatura", "Olá {n},\n\nAgradecemos a sua candidatura para operador(a) na nossa fábrica de cortiça. Decidimos avançar com outra pessoa que já trabalhou na cozedura das pranchas, pelo que não daremos seguimento ao seu processo.\n\nCom os melhores cumprimentos,\n{sig}\n{co}"),
   ("application_received", "Candidatura recebida", "Olá {n},\n\nA sua candidatura chegou-nos em boas condições. Seja qual for a decisão, responderemos a todos os candidatos até ao fim do mês.\n\nCom os melhores cumprimentos,\n{sig}\n{co}"))
lp("l-ru", "ru", "Пасека «Медовый луг»", "medovyi-lug", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nСпасибо за интерес к вакансии помощника пчеловода на нашей пасеке. Выбор пал на кандидата, который уже работал с ульями Дадана, поэтому, к сожалению, не можем предложить вам эту работу.\n\nС уважением,\n{sig}\n{co}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {full}!\n\nПриглашаем вас на встречу {dl} в 11:00 на пасеке. К сожалению, дорогу к нам размыло, поэтому от остановки придётся пройти пешком около километра.\n\nС уважением,\n{sig}\n{co}"))
lp("l-sw", "sw", "Kambi ya Twiga Njema", "twiganjema", "tz",
   ("Maombi yako ya kazi", "Habari {n},\n\nAsante kwa kuomba nafasi ya mwongozaji wa watalii katika kambi yetu. Nafasi hiyo imechukuliwa na mwombaji aliyefanya kazi mbugani kwa miaka mitano, kwa hiyo hatutaendelea na maombi yako.\n\nWako,\n{sig}\n{co}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali tuma nakala ya leseni yako ya udereva na cheti cha huduma ya kwanza kabla ya {dl} ili tuendelee na hatua inayofuata.\n\nWako,\n{sig}\n{co}"))
lp("l-th", "th", "ร้านผ้าไหมบ้านนาคำ", "naakham-silk", "th",
   ("ผลการสมัครงาน", "เรียน คุณ{full}\n\nตำแหน่งผู้ช่วยช่างทอผ้าไหมของ{co} ทางร้านเลือกคนที่เคยมัดหมี่มาก่อนไปแล้ว จึงไม่สามารถรับคุณเข้าทำงานในครั้งนี้ได้ค่ะ\n\nด้วยความเคารพ\n{sig}"),
   ("interview", "เชิญสัมภาษณ์", "เรียน คุณ{full}\n\nรบกวนมาพบเราที่ร้านวันที่ {dl} ตอนสิบโมงเช้านะคะ ขออภัยที่ลานจอดรถหน้าร้านกำลังซ่อมแซม กรุณาจอดที่วัดข้างๆ ค่ะ\n\n{sig}\n{co}"))
lp("l-tr", "tr", "Yörük Halı Atölyesi", "yoruk-hali", "tr",
   ("Başvurunuz hakkında", "Merhaba {full},\n\nHalı dokuma atölyemize yazmanız bizi çok sevindirdi. Ancak bu iş için düğüm tekniğini zaten bilen bir ustayı seçtik.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("offer", "İş teklifi", "Merhaba {full},\n\nAtölyemizdeki dokuma yardımcısı işi sizindir. Başlangıç tarihi {dl}. Onayınızı bu e-postaya yanıt vererek iletebilirsiniz.\n\nSaygılarımızla,\n{sig}\n{co}"))
lp("l-ur", "ur", "رنگ محل ٹرک آرٹ", "rangmahal-art", "pk",
   ("آپ کی درخواست", "محترمہ {full}،\n\nٹرک آرٹ ورکشاپ میں معاون پینٹر کی جگہ اب ایک ایسے امیدوار کو مل گئی ہے جو پہلے سے نقش و نگار کا کام جانتے ہیں۔ آگے کے سفر میں کامیابی ہو۔\n\n{sig}\n{co}"),
   ("application_received", "درخواست موصول ہو گئی", "محترمہ {full}،\n\nدرخواست بحفاظت پہنچ گئی، شکریہ۔ منتخب ہوں یا نہ ہوں، ہم تمام امیدواروں کو دو ہفتوں میں فون کر کے بتائیں گے۔\n\n{sig}\n{co}"))
lp("l-zh", "zh", "云雾山茶园", "yunwushan-tea", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们茶园的制茶助理一职。经过慎重考虑，我们决定录用一位有多年炒茶经验的候选人，这次无法与您合作。祝您求职顺利！\n\n{co} {sig}"),
   ("next_steps", "请补充材料", "{full}您好：\n\n感谢您参加面试。请在{dl}前将身份证复印件和健康证明发送给我们，以便安排下一步。\n\n{co} {sig}"))
lp("p-nld1", "nld", "Kwekerij De Bollenhoek", "bollenhoek", "nl",
   ("Je sollicitatie bij {co}", "Beste {n},\n\nBedankt voor je sollicitatie als medewerker op onze kwekerij. Wij kozen iemand met ervaring in het oppotten van tulpenbollen in de kas. Succes met zoeken!\n\nGroet,\n{sig}\n{co}"),
   ("interview", "Uitnodiging kennismaking", "Beste {n},\n\nKom je kennismaken op {dl} om 9.30 uur? Helaas is de parkeerplaats vol met karren, dus kom het liefst op de fiets.\n\nGroet,\n{sig}\n{co}"))
lp("p-nld2", "nld", "Rijschool Stuurvast", "stuurvast", "nl",
   ("Vacature rijinstructeur", "Beste {n},\n\nDank je wel voor je interesse in de functie van rijinstructeur. Na de gesprekken hebben we besloten om verder te gaan met een andere kandidaat met meer lesuren op de teller. Heel veel succes verder.\n\nMet vriendelijke groet,\n{sig}\n{co}"),
   ("application_received", "Ontvangstbevestiging sollicitatie", "Beste {n},\n\nWe hebben je sollicitatie goed ontvangen. Je krijgt binnen veertien dagen bericht, ook wanneer iemand anders de baan krijgt.\n\nMet vriendelijke groet,\n{sig}\n{co}"))
lp("p-ind1", "ind", "Tahu Sari Rasa", "tahusarirasa", "id",
   ("Hasil lamaran kerja", "Yth. Sdr. {full},\n\nTerima kasih atas lamaran Anda sebagai operator produksi di pabrik tahu kami. Setelah mempertimbangkan semua pelamar, kami memutuskan untuk menerima kandidat lain yang sudah berpengalaman menggiling kedelai.\n\nSalam,\n{sig}\n{co}"),
   ("next_steps", "Kelengkapan berkas", "Yth. Sdr. {full},\n\nSebelum {dl}, mohon serahkan salinan KTP beserta surat sehat dari puskesmas agar proses seleksi dapat dilanjutkan.\n\nSalam,\n{sig}\n{co}"))
lp("p-ind2", "ind", "Toko Roti Matahari Pagi", "rotimataharipagi", "id",
   ("Lamaran asisten pembuat roti", "Halo {n},\n\nSoal lowongan asisten pembuat roti di {co}: mohon maaf, posisi tersebut sudah kami isi dengan pelamar yang tinggal dekat toko dan bisa masuk subuh.\n\nSalam hangat,\n{sig}"),
   ("offer", "Tawaran kerja", "Halo {n},\n\nKami dengan senang hati menawarkan posisi asisten pembuat roti kepada Anda, mulai {dl}. Silakan balas email ini untuk konfirmasi.\n\nSalam hangat,\n{sig}\n{co}"))
lp("p-ron", "ron", "Pensiunea Dor de Munte", "dordemunte", "ro",
   ("Candidatura dumneavoastră", "Bună ziua, {full},\n\nPentru postul de recepționer la pensiunea noastră am ales o persoană care lucrează deja cu rezervările online, prin urmare procesul se oprește aici pentru dumneavoastră. Succes în continuare!\n\nCu stimă,\n{sig}\n{co}"),
   ("interview", "Invitație la interviu", "Bună ziua, {full},\n\nVă așteptăm la o discuție pe {dl}, la ora 11:00, la pensiune. Din păcate, drumul forestier este în lucru, așa că vă rugăm să veniți prin sat.\n\nCu stimă,\n{sig}\n{co}"))
lp("p-vie", "vie", "Xưởng may Hoa Sen", "hoasen-aodai", "vn",
   ("Kết quả ứng tuyển", "Chào {full},\n\nCảm ơn anh/chị đã ứng tuyển vị trí thợ phụ tại xưởng may áo dài của chúng tôi. Xưởng quyết định nhận một người thợ đã cắt may nhiều năm. Chúc anh/chị sớm tìm được công việc phù hợp.\n\nTrân trọng,\n{sig}\n{co}"),
   ("application_received", "Đã nhận hồ sơ", "Chào {full},\n\nHồ sơ của anh/chị đã đến xưởng. Dù kết quả thế nào, chúng tôi cũng sẽ gọi điện báo cho tất cả ứng viên trong vòng hai tuần.\n\nTrân trọng,\n{sig}\n{co}"))
lp("p-ces", "ces", "Pivovar U Zlatého chmele", "zlatychmel", "cz",
   ("Vaše žádost o místo", "Dobrý den,\n\nmísto pomocníka sládka v našem pivovaru je už obsazené – po pohovorech jsme vybrali uchazeče, který má zkušenosti s kvašením ve spilce. Přejeme hodně štěstí.\n\nS pozdravem\n{sig}\n{co}"),
   ("next_steps", "Doplnění dokumentů", "Dobrý den,\n\nprosíme o zaslání kopie zdravotního průkazu a výpisu z rejstříku trestů do {dl}, abychom mohli pokračovat ve výběrovém řízení.\n\nS pozdravem\n{sig}\n{co}"))
lp("p-heb", "heb", "משתלת גן השקד", "ganhashaked", "il",
   ("בנוגע למועמדותך", "שלום {full},\n\nתודה על מועמדותך לתפקיד עובד/ת משתלה אצלנו. לאחר ששקלנו את כל הפניות, החלטנו להמשיך עם מועמד/ת בעל/ת ניסיון בהשקיה בטפטוף. מאחלים לך הצלחה.\n\nבברכה,\n{sig}\n{co}"),
   ("interview", "הזמנה לראיון", "שלום {full},\n\nנשמח לפגוש אותך לראיון ביום {dl} בשעה 10:00 במשתלה. לצערנו החניה שלנו בשיפוץ, לכן כדאי לחנות ברחוב הסמוך.\n\nבברכה,\n{sig}\n{co}"))
lp("p-epo", "epo", "Verda Stelo Gastejo", "verdastelo", "pl",
   ("Pri via kandidatiĝo", "Kara {n},\n\nNia junulargastejo serĉis gastiganton, kaj la elekto trafis iun, kiu jam laboris en simila domo. Por vi ĉi-foje do ne estas loko. Multan sukceson!\n\nKore,\n{sig}\n{co}"),
   ("offer", "Laborpropono", "Kara {n},\n\nLa posteno de gastiganto estas via ekde {dl}, se vi volas ĝin. Bonvolu konfirmi per respondo al ĉi tiu mesaĝo.\n\nKore,\n{sig}\n{co}"))
lp("p-bul", "bul", "Розоварна Долината", "rozovarna-dolina", "bg",
   ("Относно вашата кандидатура", "Здравейте, {full},\n\nБлагодарим ви за кандидатурата за сезонен работник в нашата розоварна. Избрахме кандидат с опит в беритбата на маслодайна роза затова мястото вече е заето. Желаем ви успех.\n\nПоздрави,\n{sig}\n{co}"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "heb": "{d}.{m}.{y}", "epo": "{y}-{mm}-{dd}", "bul": "{dd}.{mm}.{y} г.", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind93:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 92; this slice, slice 94 and any later one are skipped by number."""
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
