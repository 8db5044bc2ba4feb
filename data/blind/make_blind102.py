# ruff: noqa: E501, S311
"""Write the hundred-and-second sealed blind slice for issue 11 (blind-slice-102.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 100; slice 101 and later never read; our side printed)
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

SEED = 1021021
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-102.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 102
SKIP_FROM = 101  # slice 101 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Aoife Brannigan", "Chanaka Wijeratne", "Mutale Chanda", "Siosaia Fifita", "Rovindra Persaud",
    "Élodie Marchal", "Kerem Aydoğan", "Geraint Pask", "Ishara Senanayake", "Bwalya Mulenga",
    "Lesieli Taufa", "Shondelle Fraser-Griffith", "Margaux Lefebvre", "Selin Çelik", "Declan Oyelaran",
    "Harshani Rupasinghe", "Chileshe Mwamba", "Viliami Havili", "Nadira Bacchus", "Baptiste Rouvier",
    "Tolga Karaca", "Rosalind Heppell", "Tavita Vea", "Kasun Dissanayake", "Mwila Sakala",
    "Imogen Thirlwell", "Devika Ramlall", "Ozan Kılıç", "Pernille Okafor", "Jarrah Whitcombe",
    "Ximena Pulido-Grant", "Obinna Eze-Holt", "Kalani Moengangongo", "Wren Atherley", "Farhana Jabbar",
]
REGION_SIGNERS = {
    "uk": ["Hester Bainbridge", "Colm Ashworth", "Priya Lowther", "Ewan Mackie"],
    "gd": ["Shaun Robson", "Kelly Charlton", "Geordie Milburn", "Tracey Dodds", "Lee Armstrong"],
    "ie": ["Orla Keaveney", "Padraic Moylan", "Niamh Costigan"],
    "us": ["Lorraine Beckwith", "Tyrone Gaskins", "Adela Ruvalcaba", "Grant Eilers"],
    "ca": ["Sylvie Tremblay-Ng", "Gurdeep Dhaliwal", "Fergus McInnis"],
    "au": ["Kirsty Pengelly", "Stavros Kalogeropoulos", "Narelle Dunstan"],
    "nz": ["Aroha Tipene", "Blair Munro", "Tevita Latu"],
    "za": ["Lwazi Dlamini", "Marietjie Botha", "Refilwe Mokoena"],
    "in": ["Lalitha Raghavan", "Gurpreet Bains", "Sourav Mitra"],
    "ng": ["Bolanle Adeyemi", "Chukwudi Okeke"], "ke": ["Nyambura Kamau", "Otieno Ouma"],
    "sg": ["Lim Hui Min", "Ravi Menon"],
    "zm": ["Chanda Musonda", "Mapalo Zulu", "Kabwe Ngosa", "Natasha Phiri"],
    "lk": ["Dilrukshi Abeysekera", "Ruwan Karunaratne", "Sanjeewa Pathirana", "Nilmini Gamage"],
    "to": ["Mele Tupou", "Sione Kioa", "Ana Fonua", "Feleti Mahe"],
    "gy": ["Shamdai Ramnarine", "Orin Bascom", "Natalie Sookram", "Dwayne Fiedtkou"],
    "fe": ["Armelle Guérin", "Thibault Roussel", "Coralie Fontaine"],
    "te": ["Burcu Öztürk", "Serkan Aslan", "Deniz Yavuz"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نادية العمري", "سلمى الحوراني"], "de": ["Wiebke Hansmann", "Florian Aigner"],
    "es": ["Montserrat Vidal", "Ignacio Barrena"], "fr": ["Maëlle Carpentier", "Gaëtan Morel"],
    "hi": ["गुलनाज़ ख़ातून", "ओमप्रकाश छीपा"], "it": ["Rosaria Esposito", "Davide Marchetti"],
    "ja": ["森田 由美", "石川 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Nogueira", "Tiago Meireles"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Kisanga", "Juma Mfinanga"],
    "th": ["อรอุมา เพชรรัตน์", "จันทร์เพ็ญ ทองดี"], "tr": ["Elif Şahin", "Burak Korkmaz"],
    "ur": ["شگفتہ نقوی", "رخسانہ ملک"], "zh": ["张雪梅", "林国栋"],
    "dan": ["Mette Kjærgaard", "Søren Lindholm"], "slk": ["Zuzana Kováčová", "Martin Hudák"],
    "ukr": ["Оксана Мельник", "Тарас Бондар"], "msa": ["Nurul Aisyah Rahman", "Hafiz Ismail"],
    "slv": ["Maja Kranjc", "Rok Zupančič"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشامي", "رنا العبدالله"], "de": ["Svenja Rautenberg", "Malte Kessler"],
    "es": ["Lucía Berrocal", "Iker Zubiri"], "fr": ["Anaïs Lemaire", "Quentin Perrot"],
    "hi": ["हुमेरा बानो", "तरुणा खत्री"], "it": ["Federica Galli", "Simone Parisi"],
    "ja": ["佐藤 美咲", "高橋 蓮"], "ko": ["윤서연", "강민재"], "pt": ["Inês Quaresma", "Duarte Pimentel"],
    "ru": ["Анна Лебедева", "Илья Морозов"], "sw": ["Subira Mwita", "Hamisi Lyimo"],
    "th": ["พิมพ์ชนก รัตนพันธ์", "ธนกร วงศ์ใหญ่"], "tr": ["Gizem Arslan", "Onur Polat"],
    "ur": ["ماہ نور شیخ", "سدرہ اعوان"], "zh": ["赵静怡", "黄子轩"],
    "dan": ["Ida Bertelsen", "Mikkel Vestergaard"], "slk": ["Lucia Benková", "Tomáš Baláž"],
    "ukr": ["Ірина Коваль", "Андрій Савчук"], "msa": ["Siti Hajar Yusof", "Aiman Zulkifli"],
    "slv": ["Nina Potočnik", "Luka Vidmar"],
}
GIVEN = {
    "Lim Hui Min": "Hui Min", "Nurul Aisyah Rahman": "Aisyah", "Siti Hajar Yusof": "Hajar",
}
PROVIDERS = ["quillbox", "fernpost", "slatemail", "burnmail", "pebblepost", "larchbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "gd": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "fe": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "gy": ("-0400", None, ""), "br": ("-0300", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "te": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "to": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
    TEMPLATES.append(T(part, label, kind, f"blind102-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, ta for Thursday – the back-shop walk round was a treat. Pallet-jack card renewed in May.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "{co}: update on requisition R{ref} – {role}",
   "Dear {n},\n\nYour candidacy for {role} (R{ref}) has now been looked at alongside the full field. The hiring team is progressing other candidates whose recent {x} lines up more squarely with this brief, so your application will close in the portal today.\n\nYou can leave your profile switched on; alerts for look-alike requisitions are one click away.\n\n{co} Talent Acquisition",
   ("Ouseburn Marine Coatings", "Chambeshi Copper Cable Plc"), ("ouseburncoatings", "chambeshicable"), frm="{co} Careers <workday-noreply@{dom}>",
   role=("Coatings Technical Sales Rep", "Extrusion Line Operator"), tz=("gd", "zm"), x=("distributor-side selling", "drawing-bench experience"))
mr("gh-final", "Re: {role} at {co}",
   "Hi {n},\n\nAn update, following your chats with the team. We extended an offer for {role} to another finalist this week and they've signed, which closes the search.\n\nThe people you met spoke warmly of how you handled the {x} exercise, and I've noted that on your file for next time.\n\nAll the best,\n{sig}\nRecruiting, {co}",
   ("Matara Cinnamon Peelers Co-op", "Berbice Paddy & Rice Mill"), ("cinnamoncoop", "berbicerice"),
   role=("Export Documentation Officer", "Mill Shift Supervisor"), tz=("lk", "gy"), x=("grading-sheet", "downtime-log"))
mr("lv-pool", "Your {co} application",
   "Hello {n},\n\nWe have finished screening for {role} and are continuing with folk whose background sits nearer this season's workload. Your details go into our candidate pool for eighteen months, in case a suitable opening crops up later. Prefer to be left out? Answer with the one word REMOVE and the record gets purged.\n\n{co} hiring team",
   ("Maison Verlaine Pâtisserie Supply", "Halı Temiz Carpet Care"), ("verlainesupply", "halitemiz"), frm="{co} <jobs@{dom}>",
   role=("Warehouse Picker (chilled)", "Van Technician"), tz=("fe", "te"))
mr("sr-table", "Application status: {role}",
   "<html><body><p>Hello {n},</p><p>Where your application stands today:</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – vacancy filled</td></tr></table><p>This outcome is final for this posting. We are grateful for the effort.</p><p>{co}</p></body></html>",
   ("Vava Vanilla Growers Export", "Byker Access Scaffolding"), ("vavavanilla", "bykerscaffold"), frm="{co} via SmartRecruiters-style <notifications@{dom}>",
   role=("Curing Shed Hand", "Scaffolder (CISRS Part 1)"), tz=("to", "gd"))
mr("ic-licence", "{co} – outcome of screening, {role}",
   "Dear {n},\n\nApplication ref {ref} for {role} now reads: Not Selected – {x} Not Evidenced.\n\nThe posting listed this as essential, and without it the application cannot proceed to the next stage. A new application is possible as soon as you hold it.\n\nRegards,\nPeople Services, {co}",
   ("Kabwe Maize Millers", "Demerara Greenheart Sawmill"), ("kabwemaize", "greenheartsaw"), frm="{co} Recruitment <icims-alerts@{dom}>",
   role=("Bagging Line Operator", "Log Yard Loader Driver"), tz=("zm", "gy"), x=("Forklift Certificate", "Front-End Loader Licence"))
mr("tl-withdrawn", "Requisition {ref} withdrawn",
   "Dear {n},\n\nRequisition {ref}, {role}, was pulled by the business after {x}. Every application against it, yours included, has been shut and none will go further.\n\nIf it is re-advertised, a fresh submission would be required.\n\nCareers Administration\n{co}",
   ("Ratnapura Gem Cutters (Pvt) Ltd", "Rize Feribot İşletmeleri"), ("ratnagems", "rizeferi"), frm="{co} <taleo-mailer@{dom}>",
   role=("Lapidary Trainee", "Deck Rating"), tz=("lk", "te"), x=("a change in the cutting-room budget", "the winter timetable being cut back"))
mr("wk-slots", "About your application – {role}",
   "Hi {n},\n\nWe had {x} applications for {role} and only a handful of trial sessions to give, so some hard calls had to be made, and we're passing on yours this round.\n\nIt says nothing bad about your effort; there just weren't enough chairs. Watch our page for the spring intake.\n\nCheers,\n{sig}, {co}",
   ("Serrure Escape Rooms Rouen", "Haapai Humpback Cruises"), ("serrureescape", "haapaiwhales"), frm="{sig} at {co} <{sl}@{dom}>",
   role=("Game Host", "Deckhand / Guide"), tz=("fe", "to"), x=("143", "61"))
mr("bh-hours", "{role} – thanks from {co}",
   "Hi {n},\n\nTa for popping your CV over the counter. Having mulled it over, the extra hours we were going to advertise are now being picked up by people already on the team, so there isn't a place to fill after all.\n\nNot the news you were after, I know. Should that change, the advert goes back up.\n\n{sig}\n{co}",
   ("Heaton Road Pie Shop", "Cairo Road Motor Spares"), ("heatonpies", "cairoroadspares"),
   role=("Counter Assistant", "Parts Counter Clerk"), tz=("gd", "zm"))
mr("tt-accent", "{co} | your application for {role}",
   "Hello {n},\n\n{x}\n\nBon courage and success for the continuation of your research!\n\n{sig}\n{co}",
   ("Fromagerie Bastide", "Ege İncir Kurutma"), ("fromagebastide", "egeincir"), frm="{co} (Teamtailor-style) <{sl}@{dom}>",
   role=("Cheese Counter Seller", "Sorting Line Lead"), tz=("fe", "te"),
   x=("Your candidature arrived well, and we are thankful for it. After reflection, we have retained another profile whose experience of affinage corresponds more to the post, so we cannot give a favourable follow-up to your request.",
      "Many thanks to you for applying to our company. All the files were evaluated and we have continued the process with another candidate, whose drying-season experience is more suitable for the position. Therefore from our side the file is closed."))
mr("pp-score", "Shortlisting result – {role}",
   "Dear {n},\n\nEvery form received for {role} was marked against the person spec. Yours scored {x} of 30; the shortlisting threshold for interview was {y}. On that basis you have not been shortlisted.\n\nOur jobs page lists other openings, and you are most welcome to try for them.\n\nRecruitment Team\n{co}",
   ("Essequibo Coast Library Trust", "Kegalle School Transport Service"), ("essequibolibrary", "kegallebus"), frm="{co} <pinpoint@{dom}>",
   role=("Outreach Librarian", "Route Scheduler"), tz=("gy", "lk"), x=("15", "17"), y=("21", "22"))
mr("jz-closed", "{role} listing closed",
   "Hi {n},\n\nJust a short one: we've taken the {role} listing down because the spot has been taken. Your application stops here.\n\nTruly kind of you to consider us.\n\n{co}",
   ("Nukualofa Net Café", "Jesmond Ink Tattoo Collective"), ("netcafeto", "jesmondink"), frm="{co} <jazz-jobs@{dom}>",
   role=("Evening Attendant", "Studio Receptionist"), tz=("to", "gd"))
mr("ash-debrief", "Following up – {role}",
   "Hi {n},\n\nThe panel met on {x} to debrief on everyone for {role}. They've chosen to carry on with someone whose {y} background sits closer to the roadmap, and so your process ends here.\n\nYou put real thought into the take-home and that was noticed.\n\n{sig}\nTalent, {co}",
   ("Kelani Freight Tracking App", "Roulette Vélo Électrique"), ("kelanifreight", "rouletteebike"), frm="{sig} <{sl}@{dom}> (via Ashby-style)",
   role=("Mobile Engineer", "Fleet Operations Analyst"), tz=("lk", "fe"), x=("Tuesday", "Wednesday"), y=("offline-first apps", "shared-bike rebalancing"))
mr("council", "{role} – shortlisting outcome",
   "Dear {n},\n\nRe: {role}, reference {ref}\n\nPanel shortlisting has now closed. Regrettably, against the cut-off the panel drew for interviews, yours fell short. With so many forms in, {co} cannot give one-to-one feedback at present.\n\nWith thanks for considering a career with the council.\n\nHuman Resources\n{co}",
   ("Whitley Bay Town Council", "Mahaica-Berbice Regional Democratic Council"), ("whitleybaytc", "region5council"),
   role=("Events and Markets Officer", "Clerk II, Public Works"), tz=("gd", "gy"))
mr("geordie", "That job at the bar",
   "Now then {n},\n\nHoway, sorry pet – the kitchen porter shift's gone to a young'un who's done the pass for us before. Gaffer wanted someone who knew the place.\n\nTa for coming in, it was canny to meet you. Keep your chin up.\n\n{sig}\nThe Keelman's Rest", "The Keelman's Rest", "keelmansrest", tz="gd")
mr("zambia", "Application for shop assistant",
   "Dear {n},\n\nMuli shani. Your letter for the shop assistant post at Chipata Hardware & Paints reached us. Management has already taken someone from Mchini who started on Monday, so the post is now occupied.\n\nMay God bless your search.\n\n{sig}\nChipata Hardware & Paints", "Chipata Hardware & Paints", "chipatahardware", tz="zm")
mr("srilanka", "Regarding your application",
   "Dear {n},\n\nAyubowan. The sales girl/boy post at Galkissa Spice Traders was given to a candidate from the area. As such your application has not succeeded.\n\nThanking you and wishing you well in all future undertakings.\n\nYours faithfully,\n{sig}\nGalkissa Spice Traders", "Galkissa Spice Traders", "galkissaspice", tz="lk")
mr("tonga", "Hall caretaker",
   "Mālō e lelei {n},\n\nFakafetaʻi for offering yourself as hall caretaker. The committee met after church and chose Sione's cousin, who lives right beside the hall in Kolofo'ou and can open up early.\n\nMālō 'aupito for your time,\n{sig}\nSiaʻatoutai Community Hall Committee", "Siaʻatoutai Hall Committee", "siaatoutaihall", tz="to")
mr("guyana", "Roti shop cashier",
   "Hi {n},\n\nEh-eh, thanks for passing by the shop Friday. Aunty decide to give the cashier post to she niece from Beterverwagting, so we full up right now.\n\nDon't study it, you nice and somebody go pick you up quick. Come get a dhal puri anytime.\n\n{sig}\nRoopnarine's Roti Shop", "Roopnarine's Roti Shop", "roopnarineroti", tz="gy")
mr("french", "Your candidature – bakery",
   "Hello {n},\n\nWith regret we must announce you that for the post of baker's assistant your candidature has not been retained. We have engaged a person who already knows the oven of the house.\n\nWe keep a good souvenir of your passage in the laboratory and wish you a good continuation.\n\nCordially,\n{sig}\nBoulangerie du Vieux Marché", "Boulangerie du Vieux Marché", "vieuxmarchepain", tz="fe")
mr("turkish", "About your application to our restaurant",
   "Dear {n},\n\nFirstly many thanks to show interest to our restaurant. We evaluated your application for the grill master position but unfortunately we made our choice in the direction of another friend who has ocakbaşı experience.\n\nWe wish you ease in your work (kolay gelsin) and success.\n\nRespectfully,\n{sig}\nKonya Ocakbaşı Restaurant", "Konya Ocakbaşı Restaurant", "konyaocakbasi", tz="te")
mr("us-laund", "Attendant opening",
   "Hey {n} – heads up, the weekend attendant spot at Suds & Spin. is now filled, by someone able to cover the early Sunday opens too. Thanks for stopping by with your résumé, and good luck out there.\n\n{sig}", "Suds & Spin Laundromat", "sudsandspin", tz="usc")
mr("ca-rink", "Snack bar position",
   "Hi {n},\n\nThanks a bunch for asking about the snack bar at Riverbend Arena. We've filled the position for the hockey season with a returning staff member.\n\nTry us again in August, when hiring for next season starts.\n\n{sig}\nRiverbend Arena", "Riverbend Arena", "riverbendarena", tz="cae")
mr("au-surf", "Re: casual shop role",
   "Hey {n}, cheers for the application. Bad luck this time – we've given the casual shifts to a couple of locals who surf the break every morning and can open up at six. Hope something pops up for you soon.\n\n{sig}\nLongreef Boards", "Longreef Boards", "longreefboards", tz="au")
mr("nz-pharm", "Pharmacy assistant vacancy",
   "Kia ora {n},\n\nThanks heaps for coming in for the pharmacy assistant interview. We made an offer elsewhere and it's been accepted.\n\nKia kaha with the search.\n\nNgā mihi,\n{sig}\nTītahi Pharmacy", "Tītahi Pharmacy", "titahipharmacy", tz="nz")
mr("in-press", "Your application – proof reader",
   "Dear {n},\n\nRef: proof reader vacancy. As the post is filled internally, your candidature cannot be considered at present.\n\nYour CV will be kept on our records.\n\nThanking you,\n{sig}\nSaraswati Offset Printers", "Saraswati Offset Printers", "saraswatioffset", tz="in")
mr("ng-fuel", "Pump attendant job",
   "Good day {n},\n\nYour application for pump attendant at our Mowe station got to us. Please be informed that the management has concluded the hiring and the slots are full. We will reach you if another opening comes up.\n\nThank you,\n{sig}\nAdeola Energy Filling Station", "Adeola Energy Filling Station", "adeolaenergy", tz="ng")
mr("za-nursery", "Nursery assistant",
   "Hi {n},\n\nThank you for coming through for the trial morning at Protea Plant Nursery. The job went to someone more at home with irrigation systems, so that's where we leave your application.\n\nAll the best,\n{sig}", "Protea Plant Nursery", "proteanursery", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-quarry", "RE: [EXT] Re: {role} – Thursday",
   "Hi {n},\n\nLovely to see you on site, and thanks for braving the crusher dust. The panel offered {role} to a colleague who's covered the weighbridge all year; she said yes at nine this morning.\n\nBest of luck.\n\n{sig}\n{co}\n\n{OUT}",
   ("Hedgehope Aggregates", "Lunsemfwa Cement"), ("hedgehopeaggs", "lunsemfwacement"), role=("Weighbridge Clerk", "Dispatch Coordinator"), tz=("gd", "zm"))
mr("th-science", "Re: [EXT] Re: {role}",
   "Dear {n},\n\nYour planetarium demo had real energy – the school group loved the bit about Saturn's rings. After a long discussion the team chose a presenter who already runs our dome shows on weekends, and he starts in the new month.\n\nWarm regards,\n{sig}\n{co}\n\n{GM}",
   ("Starfield Discovery Centre", "Pettah Science Dome"), ("starfielddome", "pettahscience"), role=("Science Presenter", "Planetarium Presenter"), tz=("uk", "lk"))
mr("th-theatre", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nApologies for the slow reply – panto season. We have appointed one of our ushers, who knows the booking system inside out, to {role}. Close call, and our chat about the new seating plan stayed with me.\n\nWishing you well,\n{sig}\n{co}\n\n{ORIG}",
   ("Tyne Quay Playhouse", "Stabroek Concert Hall"), ("tynequayplay", "stabroekhall"), role=("Box Office Supervisor", "Front of House Lead"), tz=("gd", "gy"))
mr("th-tea", "Re: [EXT] RE: {role}",
   "Dear {n},\n\nGrateful that you made the trip up to the estate. The directors have selected Mr Weerasinghe, who ran the withering lofts at our sister factory, for {role}; he takes over next month.\n\nMeeting you was a delight.\n\nKind regards,\n{sig}\n{co}\n\n{RULE}",
   ("Uva Mistline Tea Factory", "Hapugastalawa Spice Mill"), ("uvamistline", "hapuspice"), role=("Assistant Factory Officer", "Quality Supervisor"), tz=("lk", "lk"))
mr("th-fish", "RE: [EXT] Re: {role}",
   "Mālō e lelei {n},\n\nMālō for making it to the wharf on Tuesday. The board has given {role} to Sione, who has crewed our longliners for six seasons, and he said yes at once.\n\nGood talking about the cold store.\n\n{sig}\n{co}\n\n{OUT}",
   ("Vuna Wharf Fishers Cooperative", "Neiafu Boat Repair Slip"), ("vunafishers", "neiafuslip"), role=("Cold Store Supervisor", "Slipway Foreman"), tz=("to", "to"))
mr("th-sugar", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for bearing with us after the interviews. Management picked a lady from the Skeldon factory for {role}; she begins when the crop starts.\n\nI enjoyed hearing about your time on the cane scales and trust we'll meet again.\n\nRegards,\n{sig}\n{co}\n\n{GM}",
   ("Albion Cane Estate", "West Coast Rice Board"), ("albioncane", "wcriceboard"), role=("Field Weighing Clerk", "Drying Floor Supervisor"), tz=("gy", "gy"))
mr("th-perfume", "RE: [EXT] RE: {role}",
   "Hello {n},\n\nMerci for the visit to our laboratory and the smelling test. The direction has chosen a candidate coming from our Vence partner for {role}; she joins us in the month.\n\nIt was a true pleasure to exchange together.\n\nBest regards,\n{sig}\n{co}\n\n{ORIG}",
   ("Atelier Senteurs Normandes", "Zeytin Dalı Olive Oil Export"), ("senteursnormandes", "zeytindali"), role=("Lab Technician", "Export Assistant"), tz=("fe", "te"))
mr("th-charity", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThanks a million for popping into the shop. We've gone for a long-time volunteer for {role} – she's run the Saturday till for years and the team rallied behind her.\n\nLoved your window-display ideas.\n\nBest,\n{sig}\n{co}\n\n{RULE}",
   ("St Cuthbert's Hospice Shops", "Lamplit Hospice Retail"), ("cuthbertshops", "lamplitretail"), role=("Assistant Shop Manager", "Donations Supervisor"), tz=("gd", "uk"))
# ---- 8 clear refusals under long footers
FOOTER = "\n\n— — —\nNew roles post every Tuesday: set alerts in your candidate account and read colleague stories on our Careers Blog. Perks include colleague discount and a paid volunteering day. You get this because you applied via our careers site; manage preferences in your account. {co}, Unit 4, Gallowgate Yard."
mr("ft-dept", "Your application to {co}",
   "Dear {n},\n\n{role}: your application has been read; sorry, but it stops there." + FOOTER,
   ("Hallgarth Department Stores", "Eldon & Grey Department Store"), ("hallgarthstores", "eldongrey"), frm="{co} Careers <careers@{dom}>", role=("Beauty Hall Adviser", "Homeware Sales Colleague"), tz=("gd", "uk"))
mr("ft-garden", "{role}: application update",
   "Hi {n},\n\nUnfortunately {role} will not be a match for you this time." + FOOTER,
   ("Greenhythe Garden Centres", "Whinfield Garden Centre Group"), ("greenhythegc", "whinfieldgc"), frm="{co} Recruitment <noreply@{dom}>", role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "uk"))
mr("ft-pets", "Application outcome – {co}",
   "Hello {n},\n\nShortlisting for {role} is done; the interview list went to others." + FOOTER,
   ("Pawsworth Pet Supplies", "Waggle & Whisker Stores"), ("pawsworth", "wagglewhisker"), frm="{co} Talent <talent@{dom}>", role=("Grooming Salon Assistant", "Aquatics Colleague"), tz=("gd", "ie"))
mr("ft-elec", "About your {co} application",
   "Hi {n},\n\nOther applicants are going forward for {role}, so your application is closing." + FOOTER,
   ("Voltmart Electrical", "Ohmwise & Co Electronics"), ("voltmart", "ohmwiseco"), frm="{co} Careers <no-reply@{dom}>", role=("Repair Desk Technician", "Delivery Installer"), tz=("uk", "gd"))
# ---- 9 hedged refusals
mr("hd-arch", "{role} – our decision",
   "Dear {n},\n\nWhat a joy your portfolio walk-through was. The response was strong, and on balance {x} suited the studio's current workload a touch better; we've gone with them for now.\n\nWarmly,\n{sig}\n{co}",
   ("Rivergate Architects", "Marchmont Lane Studio"), ("rivergatearch", "marchmontstudio"), role=("Part II Architectural Assistant", "Architectural Technologist"), tz=("gd", "ie"), x=("two other applicants", "another applicant"))
mr("hd-transl", "Your application – {role}",
   "Hello {n},\n\nMany thanks for the test translation. We've opted for linguists whose domain background sits nearer our pharmaceutical accounts at this point, and we'll be building the team around them.\n\nKind regards,\n{sig}\n{co}",
   ("Polyglot Bridge Translations", "Wordwise Localisation"), ("polyglotbridge", "wordwiseloc"), role=("In-house French Translator", "Turkish Reviser"), tz=("fe", "te"))
mr("hd-yacht", "Re: {role}",
   "Hi {n},\n\nGood chatting last week. This hire is heading in another direction – someone already known to the owners we represent – and I think they'll suit the marina side that little bit better.\n\nFair winds,\n{sig}\n{co}",
   ("Spindrift Yacht Brokers", "Harbourlight Yachting"), ("spindriftbrokers", "harbourlightyacht"), role=("Sales Assistant", "Charter Coordinator"), tz=("uk", "au"))
mr("hd-enviro", "{role} application",
   "Dear {n},\n\nThanks for the interview. Other candidates brought survey experience that lines up slightly better with the spring bat and newt season, so we're taking them forward.\n\nBest wishes,\n{sig}\n{co}",
   ("Hadrianside Ecology Consultants", "Copperleaf Environmental"), ("hadriansideecology", "copperleafenv"), role=("Field Ecologist", "Seasonal Ecologist"), tz=("gd", "za"))
mr("hd-furn", "Your application to our workshop",
   "Dear {n},\n\nMany thanks for the time you offered to us. Among the candidates, the profiles of some colleagues fitted a little better to our lacquer line, and we preferred to continue with them. Surely you will find a good place soon.\n\nWith regards,\n{sig}\nMarmara Ahşap Mobilya", "Marmara Ahşap Mobilya", "marmaraahsap", tz="te")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-eng", "Following our call – {role}",
   "Hi {n},\n\nNice chatting earlier. As flagged on the call, the client chose another person for {role}. Silver lining: a {x} role at a firm close by would suit you perfectly – want the spec and a Thursday call?\n\n{sig}\n{co}",
   ("Steelbridge Engineering Recruitment", "Northgate Technical Search"), ("steelbridgerec", "northgatetech"), role=("Maintenance Engineer", "Electrical Supervisor"), tz=("gd", "uk"), x=("Shift Electrician", "Controls Technician"))
mr("rc-hosp", "{role} – feedback and another option",
   "Hello {n},\n\nQuick update: the hotel has decided to progress with an internal candidate for {role}. I've got a {x} opening at a boutique property that's keen to meet people this week – shall I pop your name forward?\n\nBest,\n{sig}\n{co}",
   ("Keyholder Talent Partners", "Grandstay Hospitality Recruitment"), ("keyholdertalent", "grandstayrec"), role=("Front Office Manager", "Reservations Manager"), tz=("uk", "sg"), x=("Guest Relations Manager", "Rooms Division Manager"))
mr("rc-teach", "Re: {role}",
   "Hi {n},\n\nHeard from the school: they've gone with another teacher for {role}. I've another school looking for a {x} from next term – Alright if your CV goes to them this afternoon?\n\nCheers,\n{sig}\n{co}",
   ("Classroom First Supply", "Chalkline Education Recruitment"), ("classroomfirst", "chalkline"), role=("Year 4 Teacher", "Science Teacher"), tz=("gd", "au"), x=("Year 3 teacher", "Maths teacher"))
mr("rc-zm", "After our phone call",
   "Dear {n},\n\nThanks for speaking with me this morning. The farm in Mkushi has given the irrigation supervisor post to another candidate. However, a seed company in Mazabuka is looking for a field assistant and I can forward your CV today if you agree.\n\nKind regards,\n{sig}\nHarvest Link Agri Recruiters", "Harvest Link Agri Recruiters", "harvestlinkagri", tz="zm")
# ---- 8 public-sector notices
mr("ps-noref", "Notice of results – {role}",
   "Dear {n},\n\nVacancy announcement {ref}: {role}\n\nYou were found qualified for this position. Your name was not, however, forwarded to the selecting official; other candidates placed higher under the category rating procedure. This announcement may be used to fill additional vacancies within 90 days.\n\nHuman Resources Office\n{co}",
   ("Department of Inland Waterways Administration", "Coastal Survey Agency"), ("inlandwaterways.gov", "coastalsurvey.gov"), frm="{co} <hr-notices@{dom}>", role=("Lock Operator", "Hydrographic Technician"), tz=("use", "usp"))
mr("ps-inelig", "Application {ref} – eligibility",
   "Dear {n},\n\nYour application for {role} has been reviewed by the Commission. It is ineligible: at closing, {x} had not been attached. Applications cannot be amended after the closing date.\n\nSecretary\n{co}",
   ("Public Service Commission of the Northern Province", "Guyana Public Service Commission Secretariat"), ("pscnorthern.gov", "pscsecretariat.gov"), frm="{co} <secretariat@{dom}>",
   role=("Assistant Revenue Officer", "Clerk III"), tz=("zm", "gy"), x=("your NRC copy (certified)", "the certified birth-record copy"))
mr("ps-cancel", "Cancellation of recruitment – {role}",
   "Dear {n},\n\nPlease note that the recruitment exercise for {role} (ref {ref}) has been cancelled following {x}. No appointment will come from it, and each application received is closed.\n\nYour wish to join the public service is appreciated.\n\nRecruitment Unit\n{co}",
   ("Department of Provincial Roads", "Northshire Combined Authority"), ("provroads.gov", "northshireca.gov"), frm="{co} <recruitment@{dom}>",
   role=("Road Inspector", "Transport Policy Officer"), tz=("lk", "gd"), x=("a government hiring freeze", "a reorganisation of the directorate"))
mr("ps-mark", "Written examination result – {role}",
   "Dear {n},\n\nThe {role} written examination took place as scheduled. Your score was {x}. The qualifying mark set by the board was {y}, and only candidates who reached it will be called for the interview.\n\nSecretary, Recruitment Board\n{co}",
   ("Ministry of Fisheries Recruitment Board", "Provincial Education Office"), ("fisheriesboard.gov", "provedu.gov"), frm="{co} <board@{dom}>",
   role=("Fisheries Extension Officer", "Development Officer"), tz=("to", "lk"), x=("46", "58"), y=("50", "65"))
# ---- 6 bare ATS status updates
mr("ats-vb", "Application status changed",
   "Hi {n},\n\nSomething changed on your {role} application at {co}.\n\nFlagged today ⟶ No longer under consideration\n\nOpen Vettabox for all your applications.",
   ("Lindisfarne Logistics", "Mosi Transport Ltd"), ("lindisfarnelog", "mositransport"), frm="Vettabox <status@vettabox.example>", role=("Transport Planner", "Fleet Controller"), tz=("gd", "zm"))
mr("ats-rq", "Update on your application",
   "<html><body><p>{n},</p><p>Your application has been updated.</p><p><b>{role}</b> · {co}<br>Stage: Closed<br>Reason: Position filled</p><p>Rolequay</p></body></html>",
   ("Pettigrew Insurance Services", "Sigiri Hotels Group"), ("pettigrewins", "sigirihotels"), frm="Rolequay <updates@rolequay.example>", role=("Claims Handler", "Night Auditor"), tz=("uk", "lk"))
mr("ats-sh", "{role}: your application",
   "Dear {n},\n\nThis is an automated update. {co} is no longer considering your {role} application.\n\nSifthouse candidate services",
   ("Cormorant Offshore Services", "Kanal Dış Ticaret"), ("cormorantoffshore", "kanaldis"), frm="Sifthouse <no-reply@sifthouse.example>", role=("Document Controller", "Customs Clerk"), tz=("gd", "te"))
# ---- 6 internship / graduate decisions
mr("in-obs", "{co} summer internship – decision",
   "Dear {n},\n\nUpwards of 300 people went for eight {co} summer internship places, and the selection committee has now decided. Sadly, this year we can't give you one.\n\nInternship Programme Office\n{co}",
   ("Otterburn Dark Sky Observatory", "Southern Skies Observatory"), ("otterburnobs", "southernskiesobs"), frm="{co} <internships@{dom}>", tz=("gd", "za"))
mr("in-rail", "{co} Graduate Scheme – application outcome",
   "Dear {n},\n\nYou gave the {co} {role} assessment centre your all, and we noticed. After the final review there is no {x} intake place for you.\n\nApplications reopen each autumn.\n\nEarly Careers Team\n{co}",
   ("Northern Lines Rail", "Great Western Permanent Way"), ("northernlinesrail", "gwpermway"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Signalling Graduate Scheme", "Civil Engineering Graduate Programme"), tz=("gd", "uk"), x=("September", "autumn"))
mr("in-law", "Vacation scheme 2026",
   "Dear {n},\n\nPlaces on the {co} vacation scheme were fiercely contested; after careful thought, yours is one we cannot take up this year.\n\nGood luck as your legal career gets going.\n\nGraduate Recruitment\n{co}",
   ("Blackett Rowe LLP", "Kittiwake Chambers Solicitors"), ("blackettrowe", "kittiwakechambers"), frm="{co} Graduate Recruitment <graduates@{dom}>", tz=("gd", "uk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-req", "We've received your application – {role}",
   "Dear {n},\n\nYour application for {role} (R{ref}) has arrived. In the coming weeks the requisition in your candidate home flips to Interview Scheduled or to Not Progressing, depending on what the hiring team decides.\n\n{co} Talent Acquisition",
   ("Ouseburn Marine Coatings", "Chambeshi Copper Cable Plc"), ("ouseburncoatings", "chambeshicable"), frm="{co} Careers <workday-noreply@{dom}>", role=("Coatings Lab Assistant", "Drawing Machine Setter"), tz=("gd", "zm"))
mo("application_received", "gh-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is in; actual humans read every one here. Should we decide against moving forward, an email says so rather than silence; should we want to talk, someone books a call with you.\n\nRecruiting, {co}",
   ("Matara Cinnamon Peelers Co-op", "Berbice Paddy & Rice Mill"), ("cinnamoncoop", "berbicerice"), role=("Logistics Coordinator", "Weighbridge Clerk"), tz=("lk", "gy"))
mo("application_received", "lv-ack", "{co} – application received",
   "Hello {n},\n\nGot it – your application for {role} has landed with us. Whichever way the decision goes, your details stay in our candidate pool for eighteen months unless you write REMOVE back.\n\n{co} hiring team",
   ("Maison Verlaine Pâtisserie Supply", "Halı Temiz Carpet Care"), ("verlainesupply", "halitemiz"), frm="{co} <jobs@{dom}>", role=("Delivery Driver", "Upholstery Cleaning Tech"), tz=("fe", "te"))
mo("application_received", "sr-ack", "Application received: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\"><tr><th>Position</th><th>Status</th></tr><tr><td>{role}</td><td>Submitted</td></tr></table><p>After a recruiter screens your form, the status column becomes Interview or Unsuccessful. No reply needed.</p><p>{co}</p></body></html>",
   ("Vava Vanilla Growers Export", "Byker Access Scaffolding"), ("vavavanilla", "bykerscaffold"), frm="{co} via SmartRecruiters-style <notifications@{dom}>", role=("Packing Hand", "Yard Labourer"), tz=("to", "gd"))
mo("application_received", "ic-ack", "{co}: we have your application",
   "Dear {n},\n\nThanks for applying for {role} (ref {ref}). Screening checks the essential licence first; should the certificate be missing, the system records Not Selected automatically. Upload it now under Documents to avoid that.\n\nPeople Services, {co}",
   ("Kabwe Maize Millers", "Demerara Greenheart Sawmill"), ("kabwemaize", "greenheartsaw"), frm="{co} Recruitment <icims-alerts@{dom}>", role=("Stores Forklift Driver", "Log Loader Operator"), tz=("zm", "gy"))
mo("application_received", "tl-ack", "Application submitted – requisition {ref}",
   "Dear {n},\n\nYour submission for {role} under requisition {ref} was successful. Should the business cancel a requisition, applicants are emailed on the very day. Failing that, expect the recruiter to contact you.\n\nCareers Administration\n{co}",
   ("Ratnapura Gem Cutters (Pvt) Ltd", "Rize Feribot İşletmeleri"), ("ratnagems", "rizeferi"), frm="{co} <taleo-mailer@{dom}>", role=("Polishing Assistant", "Ticket Office Clerk"), tz=("lk", "te"))
mo("application_received", "wk-ack", "We got your application 🎉",
   "Hi {n},\n\nWoohoo, your {role} application landed! Trial sessions are few – when this round is too full for you we say so plainly, and when there is, you choose a slot from a link sent by text.\n\n{sig}, {co}",
   ("Serrure Escape Rooms Rouen", "Haapai Humpback Cruises"), ("serrureescape", "haapaiwhales"), frm="{sig} at {co} <{sl}@{dom}>", role=("Game Master", "Snorkel Guide"), tz=("fe", "to"))
mo("application_received", "bh-ack", "Got your CV",
   "Hi {n},\n\nCheers for the CV for {role}. Should the current lot take the extra hours, you'll get a message and stay on file; otherwise I'll ring about a trial.\n\n{sig}\n{co}",
   ("Heaton Road Pie Shop", "Cairo Road Motor Spares"), ("heatonpies", "cairoroadspares"), role=("Weekend Baker", "Stock Runner"), tz=("gd", "zm"))
mo("application_received", "tt-ack", "We have received your candidature",
   "Hello {n},\n\nWe confirm good reception of your candidature for {role}. Positive or negative, we engage ourselves to give you an answer in the three weeks.\n\n{sig}\n{co}",
   ("Fromagerie Bastide", "Ege İncir Kurutma"), ("fromagebastide", "egeincir"), frm="{co} (Teamtailor-style) <{sl}@{dom}>", role=("Affinage Assistant", "Quality Controller"), tz=("fe", "te"))
mo("application_received", "pp-ack", "Your application: {role}",
   "Dear {n},\n\nThis confirms your application for {role}. Forms are scored against the person specification at shortlisting; anybody under the interview threshold gets an email inside ten working days from closing.\n\nRecruitment Team\n{co}",
   ("Essequibo Coast Library Trust", "Kegalle School Transport Service"), ("essequibolibrary", "kegallebus"), frm="{co} <pinpoint@{dom}>", role=("Library Assistant", "Depot Dispatcher"), tz=("gy", "lk"))
mo("application_received", "jz-ack", "Thanks for applying",
   "Hi {n},\n\nYour application for {role} is with us. When the spot gets taken the listing comes down and everybody still waiting hears back, so quiet for now means the reading isn't done.\n\n{co}",
   ("Nukualofa Net Café", "Jesmond Ink Tattoo Collective"), ("netcafeto", "jesmondink"), frm="{co} <jazz-jobs@{dom}>", role=("Day Attendant", "Front Desk"), tz=("to", "gd"))
mo("application_received", "ash-ack", "Application confirmed – {role}",
   "Hi {n},\n\nGot your {role} application. Process: intro call, take-home, panel. Whenever we decide to close things out, a person tells you, with a reason where one can be shared.\n\n{sig}\nTalent, {co}",
   ("Kelani Freight Tracking App", "Roulette Vélo Électrique"), ("kelanifreight", "rouletteebike"), frm="{sig} <{sl}@{dom}> (via Ashby-style)", role=("Backend Engineer", "Ops Associate"), tz=("lk", "fe"))
mo("application_received", "council-ack", "Application acknowledgement – {role}",
   "Dear {n},\n\nRe: {role}, reference {ref}\n\nYour application is logged. Where no word reaches you in the three weeks after closing, take it that shortlisting did not include you this time.\n\nHuman Resources\n{co}",
   ("Whitley Bay Town Council", "Mahaica-Berbice Regional Democratic Council"), ("whitleybaytc", "region5council"), role=("Grounds Officer", "Clerk I"), tz=("gd", "gy"))
mo("application_received", "th-ack", "Re: {role} application",
   "Hi {n},\n\nQuick one – your CV is with the {role} panel now. Whichever way it falls, word comes from me after they've met – hopefully with a date for a site visit.\n\n{sig}\n{co}",
   ("Hedgehope Aggregates", "Lunsemfwa Cement"), ("hedgehopeaggs", "lunsemfwacement"), role=("Plant Fitter", "Bagging Supervisor"), tz=("gd", "zm"))
mo("application_received", "sci-ack", "Your presenter application",
   "Dear {n},\n\nLovely to get your presenter application for {co}. If it stops here, a note lands before the month ends; if not, an invitation to run a ten-minute demo.\n\n{sig}",
   ("Starfield Discovery Centre", "Pettah Science Dome"), ("starfielddome", "pettahscience"), tz=("uk", "lk"))
mo("application_received", "ft-ack", "We've received your application",
   "Dear {n},\n\nYour {role} application has reached us. Only where your experience suits a store's needs will someone contact you – the volume is huge and personal replies to all are beyond us." + FOOTER,
   ("Hallgarth Department Stores", "Greenhythe Garden Centres"), ("hallgarthstores", "greenhythegc"), frm="{co} Careers <careers@{dom}>", role=("Christmas Temp", "Weekend Tills"), tz=("gd", "uk"))
mo("application_received", "ft-ack2", "Application received – {co}",
   "Hello {n},\n\nYour application for {role} sits with our team. Shortlisted or turned down, each applicant is emailed when shortlisting closes." + FOOTER,
   ("Pawsworth Pet Supplies", "Voltmart Electrical"), ("pawsworth", "voltmart"), frm="{co} Talent <talent@{dom}>", role=("Store Assistant", "Warehouse Operative"), tz=("ie", "gd"))
mo("application_received", "hd-ack", "Your application",
   "Dear {n},\n\nYour {role} application reached us safely. Reviews happen after closing; if someone else is picked you'll naturally be told, and portfolios stay on file six months.\n\n{sig}\n{co}",
   ("Rivergate Architects", "Hadrianside Ecology Consultants"), ("rivergatearch", "hadriansideecology"), role=("Architectural Assistant", "Ecology Technician"), tz=("gd", "gd"))
mo("application_received", "rc-ack", "CV received",
   "Hi {n},\n\nTa for the CV for {role}. My call comes only when one of my clients is a match – if I don't ring within a fortnight, it wasn't the right fit this time, but I'll keep you on my books.\n\n{sig}\n{co}",
   ("Steelbridge Engineering Recruitment", "Keyholder Talent Partners"), ("steelbridgerec", "keyholdertalent"), role=("Mechanical Fitter", "Night Manager"), tz=("gd", "uk"))
mo("application_received", "ps-ack", "Application received – announcement {ref}",
   "Dear {n},\n\nYour {role} application is on record. After closing, a notice says if you were found qualified, and if the selecting official was sent your name.\n\nHR Office\n{co}",
   ("Department of Inland Waterways Administration", "Coastal Survey Agency"), ("inlandwaterways.gov", "coastalsurvey.gov"), frm="{co} <hr-notices@{dom}>", role=("Maintenance Worker", "Survey Technician"), tz=("use", "usp"))
mo("application_received", "psc-ack", "Acknowledgement of application",
   "Dear {n},\n\nThe Commission confirms it holds your {role} application. Where a form is incomplete it is declared ineligible and applicants will be informed in writing; complete ones go forward to shortlisting.\n\nSecretary\n{co}",
   ("Public Service Commission of the Northern Province", "Guyana Public Service Commission Secretariat"), ("pscnorthern.gov", "pscsecretariat.gov"), frm="{co} <secretariat@{dom}>", role=("Accounts Clerk", "Typist Clerk"), tz=("zm", "gy"))
mo("application_received", "ats-ack", "Application submitted",
   "Hi {n},\n\nYour application for {role} at {co} has been submitted.\n\nCurrent status: Received. As the employer reviews it, this turns into Interview, or into No longer under consideration.\n\nVettabox",
   ("Lindisfarne Logistics", "Mosi Transport Ltd"), ("lindisfarnelog", "mositransport"), frm="Vettabox <status@vettabox.example>", role=("Warehouse Supervisor", "Dispatcher"), tz=("gd", "zm"))
mo("application_received", "rq-ack", "Application received",
   "<html><body><p>{n},</p><p><b>{role}</b> · {co}<br>Stage: Applied</p><p>If the position is filled before your review, the stage will show Closed. Rolequay</p></body></html>",
   ("Pettigrew Insurance Services", "Sigiri Hotels Group"), ("pettigrewins", "sigirihotels"), frm="Rolequay <updates@rolequay.example>", role=("Underwriting Assistant", "Housekeeping Supervisor"), tz=("uk", "lk"))
mo("application_received", "in-ack", "Internship application received",
   "Dear {n},\n\nYour {co} summer internship form is safely in. Decisions, place or no place, go to everyone in April. Please don't send further documents unless asked.\n\nInternship Programme Office",
   ("Otterburn Dark Sky Observatory", "Southern Skies Observatory"), ("otterburnobs", "southernskiesobs"), frm="{co} <internships@{dom}>", tz=("gd", "za"))
mo("application_received", "grad-ack", "Application received – {role}",
   "Dear {n},\n\nYour {co} {role} application has arrived. Next up comes an online test; fall short of the benchmark and an email explains that your application has closed.\n\nEarly Careers Team",
   ("Northern Lines Rail", "Blackett Rowe LLP"), ("northernlinesrail", "blackettrowe"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Signalling Graduate Scheme", "Vacation Scheme"), tz=("gd", "gd"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "quarry", "RE: [EXT] Re: {role} – site interview",
   "Hi {n},\n\nUnfortunately visitors' parking is being retarmacked that week, so park by the quarry gate and ring me – but do come and interview for {role}: {dl}, 10:00.\n\n{sig}\n{co}",
   ("Hedgehope Aggregates", "Lunsemfwa Cement"), ("hedgehopeaggs", "lunsemfwacement"), role=("Weighbridge Clerk", "Dispatch Coordinator"), tz=("gd", "zm"))
mo("interview", "theatre", "Interview – {role}",
   "Hi {n},\n\nGreat news – you're shortlisted for {role}. Does {dl}, 2pm, work for you? Sadly our lift is broken – three flights of stairs to the office, I'm afraid.\n\n{sig}\n{co}",
   ("Tyne Quay Playhouse", "Stabroek Concert Hall"), ("tynequayplay", "stabroekhall"), role=("Box Office Supervisor", "Front of House Lead"), tz=("gd", "gy"))
mo("interview", "tea", "Interview invitation – {role}",
   "Dear {n},\n\nKindly attend the estate office for the {role} interview on {dl}; report by half past nine. Regrettably we cannot reimburse travel costs. Kindly bring your original certificates.\n\n{sig}\n{co}",
   ("Uva Mistline Tea Factory", "Hapugastalawa Spice Mill"), ("uvamistline", "hapuspice"), role=("Assistant Factory Officer", "Quality Supervisor"), tz=("lk", "lk"))
mo("interview", "sugar", "Interview – {role}",
   "Hi {n},\n\nPlease attend an interview for {role} on {dl}, 1 pm, at the estate personnel office. Bad news on the road: the bridge at the turn-off is under repair, so allow an extra half hour.\n\n{sig}\n{co}",
   ("Albion Cane Estate", "West Coast Rice Board"), ("albioncane", "wcriceboard"), role=("Field Weighing Clerk", "Drying Floor Supervisor"), tz=("gy", "gy"))
mo("interview", "arch", "Interview for {role}",
   "Dear {n},\n\nCould we meet on {dl}, 11:00, to talk through your portfolio? Unfortunately our meeting room projector has died, so please bring your work on a laptop or printed.\n\n{sig}\n{co}",
   ("Rivergate Architects", "Marchmont Lane Studio"), ("rivergatearch", "marchmontstudio"), role=("Part II Architectural Assistant", "Architectural Technologist"), tz=("gd", "ie"))
mo("interview", "enviro", "Interview – {role}",
   "Dear {n},\n\nCome and interview for {role} on {dl}, 10.30, with a short field walk afterwards. Sadly we have no spare wellies to lend.\n\n{sig}\n{co}",
   ("Hadrianside Ecology Consultants", "Copperleaf Environmental"), ("hadriansideecology", "copperleafenv"), role=("Field Ecologist", "Seasonal Ecologist"), tz=("gd", "za"))
mo("interview", "ash", "Next: panel interview – {role}",
   "Hi {n},\n\nThe team loved your take-home – please join the {role} panel on {dl}. Unfortunately self-rescheduling is broken in our booking tool, so just reply here if the slot is awkward.\n\n{sig}\nTalent, {co}",
   ("Kelani Freight Tracking App", "Roulette Vélo Électrique"), ("kelanifreight", "rouletteebike"), frm="{sig} <{sl}@{dom}> (via Ashby-style)", role=("Mobile Engineer", "Fleet Operations Analyst"), tz=("lk", "fe"))
mo("interview", "council", "Invitation to interview – {role}",
   "Dear {n},\n\nRe: {role}, reference {ref}\n\nInterview date for you: {dl}, ten o'clock. Regrettably the offices have no parking; the nearest public car park is two minutes' walk.\n\nHuman Resources\n{co}",
   ("Whitley Bay Town Council", "Mahaica-Berbice Regional Democratic Council"), ("whitleybaytc", "region5council"), role=("Events and Markets Officer", "Clerk II, Public Works"), tz=("gd", "gy"))
mo("next_steps", "ic-docs", "{co}: documents needed by {dl}",
   "Dear {n},\n\nGood news: {role} moves to the next stage for you. Please upload your licence and ID under Documents by {dl}. Unfortunately photos taken at an angle can't be accepted – please scan flat.\n\nPeople Services, {co}",
   ("Kabwe Maize Millers", "Demerara Greenheart Sawmill"), ("kabwemaize", "greenheartsaw"), frm="{co} Recruitment <icims-alerts@{dom}>", role=("Bagging Line Operator", "Log Yard Loader Driver"), tz=("zm", "gy"))
mo("next_steps", "grad-test", "{co}: your online assessment",
   "Dear {n},\n\nFirst sift passed – well done. Your online assessment closes {dl}. Sadly the test refuses to open on phones – borrow a laptop if you must.\n\nEarly Careers Team",
   ("Northern Lines Rail", "Great Western Permanent Way"), ("northernlinesrail", "gwpermway"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("gd", "uk"))
mo("next_steps", "transl", "Test translation – {role}",
   "Hello {n},\n\nThanks for your application for {role}. The next step is a 400-word test translation, attached, due back by {dl}. Unfortunately the panel sits the next morning, so the date is fixed.\n\n{sig}\n{co}",
   ("Polyglot Bridge Translations", "Wordwise Localisation"), ("polyglotbridge", "wordwiseloc"), role=("In-house French Translator", "Turkish Reviser"), tz=("fe", "te"))
mo("next_steps", "ps-docs", "Request for documents – {role}",
   "Dear {n},\n\nYou are on the {role} shortlist. Stamped copies of certificates and two referees' names are needed by {dl}. Regrettably the office cannot accept photocopies without a stamp.\n\nSecretary\n{co}",
   ("Public Service Commission of the Northern Province", "Guyana Public Service Commission Secretariat"), ("pscnorthern.gov", "pscsecretariat.gov"), frm="{co} <secretariat@{dom}>", role=("Assistant Revenue Officer", "Clerk III"), tz=("zm", "gy"))
mo("next_steps", "sci-demo", "Your demo session",
   "Dear {n},\n\nPlease prepare a ten-minute demo for {co} and send a short plan by {dl}. Unfortunately maintenance shuts the dome that week, which puts the demo in the classroom.\n\n{sig}",
   ("Starfield Discovery Centre", "Pettah Science Dome"), ("starfielddome", "pettahscience"), tz=("uk", "lk"))
mo("next_steps", "rc-ref", "Referee details for {role}",
   "Hi {n},\n\nThe client would like to take references before final interview for {role}. Could you send two referees by {dl}? Bad news: their HR won't accept a family member, even from a family business.\n\n{sig}\n{co}",
   ("Steelbridge Engineering Recruitment", "Grandstay Hospitality Recruitment"), ("steelbridgerec", "grandstayrec"), role=("Maintenance Engineer", "Front Office Manager"), tz=("gd", "sg"))
mo("offer", "hd-offer", "Offer of employment – {role}",
   "Dear {n},\n\nDelighted to say the {role} job is yours. Please sign the attached contract; we need it back by {dl}, if possible. The studio kitchen, unfortunately, is mid-refit your first fortnight, so pack a lunch!\n\n{sig}\n{co}",
   ("Rivergate Architects", "Hadrianside Ecology Consultants"), ("rivergatearch", "hadriansideecology"), role=("Architectural Technologist", "Field Ecologist"), tz=("gd", "gd"))
mo("offer", "fish-offer", "Offer – {role}",
   "Mālō e lelei {n},\n\nThe board has agreed: the {role} post is yours. The secretary needs your yes by {dl}. Sadly the staff house is full just now, meaning a month of boarding in town first.\n\n{sig}\n{co}",
   ("Vuna Wharf Fishers Cooperative", "Neiafu Boat Repair Slip"), ("vunafishers", "neiafuslip"), role=("Cold Store Supervisor", "Slipway Foreman"), tz=("to", "to"))
mo("offer", "tt-offer", "Proposition of employment",
   "Hello {n},\n\nIt is with joy that we give you the post of {role}. Please send us your agreement before {dl}. Unfortunately the uniforms are not arrived yet, so come with black shoes and trousers the first day.\n\n{sig}\n{co}",
   ("Fromagerie Bastide", "Ege İncir Kurutma"), ("fromagebastide", "egeincir"), frm="{co} (Teamtailor-style) <{sl}@{dom}>", role=("Cheese Counter Seller", "Sorting Line Lead"), tz=("fe", "te"))
mo("offer", "pub-offer", "Job at the bar",
   "Now then {n},\n\nGood news – the gaffer wants you on the kitchen porter shifts. Can you start {dl}? Bad news is the staff room's being painted, so leave your bag in the cellar office.\n\n{sig}\nThe Keelman's Rest", "The Keelman's Rest", "keelmansrest", tz="gd")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "vb-wd", "Application withdrawn",
   "Hi {n},\n\nYour {role} application at {co} was withdrawn by you.\n\nStatus: Withdrawn by candidate\n\nWithdrew by accident? Reapply while it's still open. Vettabox",
   ("Lindisfarne Logistics", "Mosi Transport Ltd"), ("lindisfarnelog", "mositransport"), frm="Vettabox <status@vettabox.example>", role=("Transport Planner", "Fleet Controller"), tz=("gd", "zm"))
mo("other_job", "rq-hold", "Update on your application",
   "<html><body><p>{n},</p><p><b>{role}</b> · {co}<br>Stage: On hold<br>Reason: Hiring manager on leave</p><p>No action needed. Rolequay</p></body></html>",
   ("Pettigrew Insurance Services", "Sigiri Hotels Group"), ("pettigrewins", "sigirihotels"), frm="Rolequay <updates@rolequay.example>", role=("Claims Handler", "Night Auditor"), tz=("uk", "lk"))
mo("other_job", "council-delay", "Shortlisting delayed – {role}",
   "Dear {n},\n\nShortlisting for {role} slips by a week, as the panel are busy helping with the Spanish City festival. We'll write again by {dl}.\n\nHuman Resources\n{co}", "Whitley Bay Town Council", "whitleybaytc", role="Events and Markets Officer", tz="gd")
mo("job_alert", "alert-dept", "New roles near you",
   "Hi {n},\n\nFresh roles matching your alert: Fragrance Counter Adviser, Stockroom Colleague and Personal Shopper." + FOOTER, "Hallgarth Department Stores", "hallgarthstores", frm="{co} Careers <careers@{dom}>", tz="gd")
mo("job_alert", "alert-garden", "Your weekly job alert",
   "Hello {n},\n\nThis week: Seasonal Plant Assistant (Allendale), Café Supervisor (Amble). Unfortunately the Aquatics role you saved has now closed." + FOOTER, "Greenhythe Garden Centres", "greenhythegc", frm="{co} Recruitment <noreply@{dom}>", tz="uk")
mo("job_alert", "alert-pets", "Jobs you might like",
   "Hi {n},\n\nNew this week: Dog Groomer, Aquatics Colleague and Delivery Driver." + FOOTER, "Pawsworth Pet Supplies", "pawsworth", frm="{co} Talent <talent@{dom}>", tz="ie")
mo("recruiter_outreach", "out-chef", "Head chef – riverside brasserie",
   "Hi {n},\n\nYour profile caught my eye – any appetite to talk about a head chef role at a riverside brasserie by the Kittiwake steps. Strong salary, four-day week. Ten minutes this week?\n\n{sig}\nKeyholder Talent Partners", "Keyholder Talent Partners", "keyholdertalent", tz="uk")
mo("recruiter_outreach", "out-mine", "Site HSE advisor – Copperbelt",
   "Dear {n},\n\nI'm recruiting a site HSE advisor for a client on the Copperbelt. Your construction safety background seems a good fit. Are you around Thursday to talk?\n\n{sig}\nHarvest Link Agri Recruiters", "Harvest Link Agri Recruiters", "harvestlinkagri", tz="zm")
mo("non_job_rejection_words", "nj-plan", "Planning application {ref} – decision",
   "Dear {n},\n\nYour rear dormer scheme: refused. Grounds are in the notice attached. Appeals go to the inspectorate within six months.\n\nPlanning Services\n{co}",
   ("Tynemouth Borough Planning", "Kotte Municipal Planning"), ("tynemouthplanning.gov", "cmcplanning.gov"), frm="{co} <planning@{dom}>", tz=("gd", "lk"))
mo("non_job_rejection_words", "nj-card", "Your credit card application",
   "Dear {n},\n\nYour Cashback Plus card application has been declined for now. Call us to hear the main reason.\n\n{co}",
   ("Quayline Bank", "Demerara Mutual"), ("quaylinebank", "demeraramutual"), frm="{co} <cards@{dom}>", tz=("uk", "gy"))
mo("non_job_rejection_words", "nj-stall", "Christmas market stall",
   "Hi {n},\n\nTa for your Christmas market pitch request. We had three times more stall requests than spaces and yours wasn't picked this year.\n\nMarket Team", "Kittiwake Markets", "kittiwakemarkets", frm="Kittiwake Markets <stalls@{dom}>", tz="gd")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch.capitalize() + " <relay@" + ch + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


pair("lamplighting", "quernlark", "Gaslight Heritage Crew", "gaslightcrew", "uk",
     ("Lamplighting round – not this winter", "Hi {n},\n\nYour wish to join the lamplighting round made my day along the old crescent. We only had two evening routes to hand out and both went to people who walked them with us last season. Your name's on the list for spring.\n\n{sig}"),
     ("application_received", "Lamplighting round – got your note", "Hi {n},\n\nYour note about the lamplighting round reached me. If both routes go to last season's walkers, you get a note from me personally; if one comes free, we'll do a dusk walk together first.\n\n{sig}"))
pair("leadlighting", "quernfinch", "Corrib Leadlight Studio", "corribleadlight", "ie",
     ("Leadlighting apprenticeship", "Dear {n},\n\nThe sample panel you left for the leadlighting apprenticeship was lovely. The choice was hard; the place went to an applicant with two years of glass cutting behind them. Do bring new work to show us next year.\n\n{sig}"),
     ("interview", "Leadlighting – come and see the bench", "Dear {n},\n\nWe'd love you to visit the leadlighting bench on {dl} at 11. Unfortunately the kiln will be firing, so the back room will be hot – wear something light.\n\n{sig}"))
pair("bootmaking", "quernheron", "Ironbridge Boot Works", "ironbridgeboots", "uk",
     ("Bootmaking bench – decision", "Dear {n},\n\nWe've now filled the bootmaking bench we advertised. The maker we chose has a welted-construction background, which the order book needs this year. Your letter and those photos of your lasts were much appreciated.\n\n{sig}"),
     ("next_steps", "Bootmaking bench – a sample welt please", "Dear {n},\n\nBefore we decide on the bootmaking bench, could you post us a sample welt section by {dl}? Sadly we can't return samples, so don't send your best one.\n\n{sig}"))
pair("shrimping", "quernplover", "Bayou Teche Shrimp Co.", "techeshrimp", "usc",
     ("Shrimping deckhand spot", "Hey {n},\n\nGood of you to call about the shrimping deckhand spot. Captain's nephew got it for the fall. Your number stays on the board for spring.\n\n{sig}"),
     ("offer", "Shrimping deckhand – you're on", "Hey {n},\n\nCaptain says you're on for the shrimping season. Be at the dock by 4am on {dl}. Bad news: the ice machine's busted so bring your own cooler for lunch.\n\n{sig}"))
pair("ditching", "quernrook", "Fenmoor Drainage Contractors", "fenmoordrainage", "uk",
     ("Ditching gang vacancy", "Hello {n},\n\nAbout the ditching gang: two men from the last job who know the dyke banks have been taken on, and that fills us till the autumn. All the best.\n\n{sig}"),
     ("application_received", "Ditching gang – received", "Hello {n},\n\nGot your application for the ditching gang. Whatever happens there'll be a call from me by Friday – a yes means a day out on the banks with the foreman first.\n\n{sig}"))
pair("droving", "quernswift", "Barcoo Stock & Droving", "barcoodroving", "au",
     ("Droving run – filled", "G'day {n},\n\nGood on you for offering for the droving run out of Winton. Boss picked blokes who've done the stock route before – crew's set for this trip. Good luck with it.\n\n{sig}"),
     ("interview", "Droving run – phone yarn", "G'day {n},\n\nUnfortunately the homestead landline's crook, so I'll use the mobile, but let's talk droving: {dl}, 7pm suit?\n\n{sig}"))
pair("jackarooing", "quernwagtail", "Mulga Downs Station", "mulgadowns", "au",
     ("Jackarooing position", "Hi {n},\n\nGot your note about jackarooing on the station. The place went to a young bloke from ag college who can start straight after mustering. Appreciate your interest.\n\n{sig}"),
     ("next_steps", "Jackarooing – licence and references", "Hi {n},\n\nTo keep your jackarooing application moving, send your licence (copied) and two references by {dl}. Sadly phones barely work out here; email it is.\n\n{sig}"))
pair("hoppicking", "quernlinnet", "Medway Bine Farm", "medwaybine", "uk",
     ("Hoppicking season", "Dear {n},\n\nGood to get your letter about hoppicking in September. The picking crew is already full with returning families, so we've had to say no to new pickers this year. We'll reopen sign-ups in May.\n\n{sig}"),
     ("offer", "Hoppicking – a place for you", "Dear {n},\n\nA place has come up on the hoppicking crew from {dl}. Unfortunately the caravans are taken, so you'd need your own lodging nearby. Shall I confirm you?\n\n{sig}"))
pair("grapepicking", "quernsiskin", "Helderberg Vines", "helderbergvines", "za",
     ("Grapepicking work", "Hi {n},\n\nAbout grapepicking this harvest: the farm brought last year's pickers back, so the season's team is full. We wish you luck finding work.\n\n{sig}"),
     ("application_received", "Grapepicking – we have your details", "Hi {n},\n\nWe have your details for grapepicking. Picked or not, everyone gets an SMS before month-end; silence till then just means the harvest date isn't fixed.\n\n{sig}"))
pair("embroidering", "quernkite", "Chikan Threadhouse", "chikanthread", "in",
     ("Embroidering artisan post", "Dear {n},\n\nYour embroidering samples reached us, thank you. The artisan post has gone to a karigar from Bareilly with long years of shadow work, and your application will stop here for now.\n\n{sig}"),
     ("interview", "Embroidering trial", "Dear {n},\n\nPlease come for an embroidering trial on {dl} at 10 a.m. Unfortunately electricians are in the front room, so we shall sit in the courtyard.\n\n{sig}"))
pair("bladesmithing", "quernmerlin", "Red Mesa Forge", "redmesaforge", "usm",
     ("Bladesmithing apprentice", "Hi {n},\n\nAppreciate your letter about the bladesmithing apprenticeship. The spot went to somebody with forge time under a master smith already. Keep hammering and check back next year.\n\n{sig}"),
     ("next_steps", "Bladesmithing – a forge sample", "Hi {n},\n\nNext step for the bladesmithing apprenticeship: ship us one forged piece by {dl}. Sadly we can't cover shipping costs.\n\n{sig}"))
pair("roughcasting", "quernteal", "Shannonside Plasterers", "shannonsideplaster", "ie",
     ("Roughcasting job", "Hi {n},\n\nCheers for the call about roughcasting. The start's gone to a chap who ran the spray machine with us before. Another crew opening, I'll ring you.\n\n{sig}"),
     ("application_received", "Roughcasting – your details", "Hi {n},\n\nI've your details for the roughcasting crew. Start or no start, I'll text you Monday – if it's a go, we're out in Kilcormac first.\n\n{sig}"))
pair("slating", "quernpipit", "Blue Ridge Slaters", "blueridgeslaters", "uk",
     ("Slating improver role", "Dear {n},\n\nRe the slating improver role: we've appointed someone with a bit more heritage roof experience. Your CV's filed for future work.\n\n{sig}"),
     ("interview", "Slating improver – come up on the scaffold", "Dear {n},\n\nCould you meet us on site on {dl} at 8am for a chat about the slating role? Unfortunately there's no welfare cabin yet, so bring a flask.\n\n{sig}"))
pair("screeding", "quernbunting", "Waikato Floor Screeding", "waikatoscreed", "nz",
     ("Screeding labourer", "Kia ora {n},\n\nCheers for your screeding labourer application. It's gone to a guy who's poured liquid screed before. Hope the hunt goes well.\n\n{sig}"),
     ("offer", "Screeding labourer – offer", "Kia ora {n},\n\nStart date for the screeding labourer job: {dl}. Unfortunately the ute's in the shop, so meet us at the yard.\n\n{sig}"))
pair("paperhanging", "quernthrush", "Hudson Wallcoverings", "hudsonwalls", "use",
     ("Paperhanging position", "Dear {n},\n\nOn the paperhanging position: a hanger experienced in commercial vinyl is moving ahead instead. Very best wishes to you.\n\n{sig}"),
     ("next_steps", "Paperhanging – photos of your work", "Dear {n},\n\nPlease email photos of three paperhanging jobs by {dl}. Regrettably we can't view links from cloud drives, so attach the photos directly.\n\n{sig}"))
pair("boilermaking", "quernrobin", "Great Lakes Boilermaking", "greatlakesboiler", "cae",
     ("Boilermaking apprentice intake", "Hi {n},\n\nThe boilermaking apprentice intake drew plenty of strong applications, and yours isn't among those going ahead this year. Give it another go next intake.\n\n{sig}"),
     ("interview", "Boilermaking – shop interview", "Hi {n},\n\nInterview for the boilermaking intake: {dl}, 9:00. Unfortunately the parking lot is closed for paving, so use the street.\n\n{sig}"))
pair("flagstoning", "querngannet", "Tynedale Stone Landscapes", "tynedalestone", "gd",
     ("Flagstoning labourer", "Alreet {n},\n\nTa for your message re flagstoning. Crew's full for the summer now – we kept two from the last job on. Sorry pal.\n\n{sig}"),
     ("application_received", "Flagstoning – got your message", "Alreet {n},\n\nGot your message about flagstoning. Answer by the weekend, whichever way – if there's room, it's a start on the Allendale patio job.\n\n{sig}"))
pair("signpainting", "quernstint", "Golden Gate Signpainting", "goldengatesigns", "usp",
     ("Signpainting assistant", "Hi {n},\n\nThanks so much for your portfolio. The signpainting assistant job goes to a painter with more gold-leaf hours. Your lettering is lovely, keep at it.\n\n{sig}"),
     ("next_steps", "Signpainting – lettering test", "Hi {n},\n\nWe'd like a small signpainting test: letter the word OPEN on a board and send a photo by {dl}. Sadly we can't supply materials.\n\n{sig}"))
pair("drylining", "querndipper", "Liffey Drylining Ltd", "liffeydrylining", "ie",
     ("Drylining fixer", "Hi {n},\n\nRe drylining fixer: it's gone to a fixer from our last few sites. You're on our radar for later.\n\n{sig}"),
     ("offer", "Drylining – start date", "Hi {n},\n\nStart as drylining fixer on {dl}? Bad news, the site canteen won't open for another month.\n\n{sig}"))
pair("harnessmaking", "quernshrike", "Rift Saddlery & Harness", "riftharness", "ke",
     ("Harnessmaking job", "Dear {n},\n\nRegarding the harnessmaking job, we have taken another candidate who has worked in leather for many years. We wish you well.\n\n{sig}"),
     ("interview", "Harnessmaking – interview", "Dear {n},\n\nUnfortunately the rains have made the workshop road muddy, so wear strong shoes when you come for the harnessmaking interview on {dl}, 10am.\n\n{sig}"))
pair("brushmaking", "quernnightjar", "Ikeja Brushmaking Works", "ikejabrush", "ng",
     ("Brushmaking operator", "Dear {n},\n\nConcerning the brushmaking operator position: management has concluded the recruitment and yours was not selected. Thank you.\n\n{sig}"),
     ("next_steps", "Brushmaking – documents", "Dear {n},\n\nPlease bring your documents (ID, certificates, guarantor form) to our office by {dl}. Unfortunately late submissions will not be accepted.\n\n{sig}"))
pair("rugmaking", "quernkestrel", "Bhadohi Loom House", "bhadohiloom", "in",
     ("Rugmaking supervisor", "Dear {n},\n\nFor the rugmaking supervisor role, the company has chosen another candidate with experience managing hand-knotted looms. We wish you success.\n\n{sig}"),
     ("application_received", "Rugmaking – application received", "Dear {n},\n\nYour rugmaking supervisor application has reached us. Shortlisted or not, HR will write to you by post.\n\n{sig}"))
pair("carpetfitting", "quernosprey", "Lion City Carpetfitting", "lioncitycarpet", "sg",
     ("Carpetfitting technician", "Hi {n},\n\nRe: carpetfitting technician – we regret your application is not proceeding. Take care.\n\n{sig}"),
     ("offer", "Carpetfitting – offer letter", "Hi {n},\n\nPleased to offer you the carpetfitting technician role from {dl}. Unfortunately the company van is still at the workshop; for week one you go with Ah Seng.\n\n{sig}"))
pair("haymaking", "quernredstart", "Tussock Flat Farm", "tussockflat", "nz",
     ("Haymaking help", "Kia ora {n},\n\nGood on you for offering to help with haymaking. Plenty of hands for this cut already with the neighbours' kids home from uni. Cheers though.\n\n{sig}"),
     ("application_received", "Haymaking – noted", "Kia ora {n},\n\nNoted your name for haymaking. If the weather holds and we need more hands, I'll text; if not, no hard feelings.\n\n{sig}"))
pair("steelfixing", "quernwhimbrel", "Highveld Steelfixing", "highveldsteel", "za",
     ("Steelfixing vacancy", "Dear {n},\n\nRegarding steelfixing: an experienced fixer now has the vacancy. Best wishes.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-quern", "Trades jobs this week", "Hi {n},\n\nNew on Quernlark this week: lamplighting (2), bootmaking (1), slating (3), drylining (2). Unfortunately one ditching job shut early.\n\nQuernlark", "Quernlark", "quernlark", frm="Quernlark <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-photo", "Passport photo rejected", "Dear {n},\n\nThe photo you uploaded with your passport renewal has been rejected because of shadows. Please upload a new one.\n\nPassport Service", "Passport Service", "passportservice.gov", frm="Passport Service <noreply@{dom}>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (dan 2, slk 2, ukr 2, msa 2, slv 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + lang + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("dates", "ar", "بيت تمور الغور", "ghordates", "jo",
   ("بخصوص طلبك لوظيفة مشرفة التعبئة", "عزيزتي {n}،\n\nسعدنا برغبتك في الانضمام إلى {co}. بعد دراسة الطلبات فضّلت الإدارة سيدة قضت مواسم عديدة في فرز التمور وتعبئتها، ولذلك توقف طلبك عند هذه المرحلة.\n\nمع خالص الأمنيات،\n{sig}\n{co}"),
   ("application_received", "استلمنا طلبك", "عزيزتي {n}،\n\nوصلنا طلبك لوظيفة مشرفة التعبئة في موسم القطاف. قبولًا كان القرار أو اعتذارًا، ستصلك رسالة منا قبل انقضاء الشهر، فكل طلب يلقى جوابًا.\n\n{sig}\n{co}"))
lp("organ", "de", "Orgelbau Hansmann & Söhne", "orgelbauhansmann", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Hallo {n},\n\nIhre Mappe samt Fotos vom Gesellenstück hat uns sehr gefreut. Wir haben uns nach langem Überlegen für einen Bewerber entschieden, der bereits Erfahrung mit der Intonation von Zungenpfeifen mitbringt. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.\n\nFür Ihre Zukunft wünschen wir nur das Beste,\n{sig}\n{co}"),
   ("interview", "Einladung in die Werkstatt", "Hallo {n},\n\nwir würden Sie gern am {dl} um 10 Uhr in unserer Werkstatt kennenlernen. Leider ist der Hof wegen einer Baustelle gesperrt; bitte klingeln Sie am Seiteneingang.\n\n{sig}\n{co}"))
lp("guitar", "es", "Guitarrería Barrena", "guitarreriabarrena", "es",
   ("Tu candidatura – aprendiz de guitarrero", "Hola {n}:\n\nNos alegró que pasaras por el taller con tus trabajos de marquetería. La plaza, al final, es para un luthier que ya ha trabajado tapas de abeto, así que por ahora lo dejamos aquí. ¡Mucha suerte!\n\nUn saludo,\n{sig}\n{co}"),
   ("next_steps", "Documentación pendiente", "Hola {n}:\n\nPara continuar con el proceso te pedimos fotocopia del DNI junto al título del curso de ebanistería antes del {dl}. Por desgracia no podemos aceptar fotos borrosas del móvil.\n\n{sig}\n{co}"))
lp("lavender", "fr", "Distillerie des Lavandes de Valensole", "distilleriedevalensole", "fr",
   ("Votre candidature – saisonnier distillerie", "Bonjour {n},\n\nVotre envie de rejoindre la distillerie nous a touchés. Pour la récolte, nous avons pris des saisonniers qui connaissent déjà l'alambic et les champs du plateau, si bien que nous ne retenons pas votre dossier pour cette saison.\n\nBelle continuation,\n{sig}\n{co}"),
   ("offer", "Proposition d'embauche – saison de la lavande", "Bonjour {n},\n\nBonne nouvelle : nous vous confions le poste de saisonnier à la distillerie, avec un début le {dl}. Malheureusement, le gîte réservé aux saisonniers affiche complet, donc prévoyez un logement au village.\n\n{sig}\n{co}"))
lp("block", "hi", "बगरू रंगरेज़ कारखाना", "bagrurangrez", "in",
   ("दाबू-छपाई वाली जगह", "नमस्ते {n} जी,\n\nबगरू वाले छापेख़ाने की ओर से यह चिट्ठी। दाबू-छपाई के ठीये पर सेठजी ने अपने भतीजे को बिठा दिया है, तो आपकी अर्ज़ी इसी मोड़ पर थम गई। दिल छोटा न कीजिएगा।\n\nराम राम सा,\n{sig}\n{co}"),
   ("application_received", "अर्ज़ी पहुँची", "नमस्ते {n} जी,\n\nदाबू-छपाई वाली अर्ज़ी छापेख़ाने पहुँच गई। सेठजी हाँ कहें या ना, पोस्टकार्ड से ख़बर ज़रूर जाएगी, दिवाली से पहले।\n\n{sig}\n{co}"))
lp("pasta", "it", "Pastificio Esposito di Gragnano", "pastificioesposito", "it",
   ("La sua candidatura – addetto alla trafilatura", "Gentile {n},\n\ngrazie della visita al pastificio. Abbiamo preferito chi conosce già l'essiccazione lenta a bassa temperatura; la sua candidatura quindi finisce qui. Tanti auguri di cuore.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Invito al colloquio", "Gentile {n},\n\nle proponiamo un colloquio in pastificio il {dl} alle 9:30. Purtroppo il cortile è occupato dal cantiere: meglio parcheggiare vicino alla chiesa.\n\n{sig}\n{co}"))
lp("sake", "ja", "森田酒造", "moritashuzo", "jp",
   ("蔵人募集の選考結果について", "{n}様\n\nこの度は当蔵の蔵人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は酒造りの経験がある方を採用させていただくこととなりました。ご希望に沿えず申し訳ございません。\n\n今後のご活躍をお祈り申し上げます。\n{co} {sig}"),
   ("next_steps", "書類提出のお願い", "{n}様\n\n次の選考に進んでいただくため、履歴書の原本と健康診断書を{dl}までに郵送してください。残念ながら、メールでの提出は受け付けておりません。\n\n{co} {sig}"))
lp("hanji", "ko", "한솔 한지 공방", "hansolhanji", "kr",
   ("한지 공방 견습생 지원 결과 안내", "{n}님께,\n\n한지 공방 견습생 자리에 마음을 내어 주셔서 고맙습니다. 오래 의논한 끝에 닥나무 껍질 벗기는 일을 해 본 분을 모시게 되어, 이번에는 인연이 닿지 않았습니다.\n\n앞날에 좋은 일이 가득하길 바랍니다.\n{sig} 드림\n{co}"),
   ("offer", "견습생 합격 안내", "{n}님께,\n\n한지 공방 견습생으로 함께하게 되어 기쁩니다. {dl}까지 근로계약서에 서명해 보내 주세요. 아쉽게도 작업장 난방이 고장 나서 첫 주에는 따뜻한 옷을 챙겨 오셔야 합니다.\n\n{sig} 드림\n{co}"))
lp("cachaca", "pt", "Alambique Serra Verde", "alambiqueserraverde", "br",
   ("Sua candidatura – auxiliar de alambique", "Olá, {n}!\n\nQue bom saber do seu interesse pelo alambique! Após as entrevistas, escolhemos quem já acompanhou a moagem da cana na safra passada – desta vez, então, a resposta é não.\n\nAbraços,\n{sig}\n{co}"),
   ("application_received", "Recebemos sua candidatura", "Olá, {n}!\n\nSua candidatura chegou certinho. Seja qual for a decisão, a gente manda notícia por e-mail antes da safra começar.\n\n{sig}\n{co}"))
lp("gzhel", "ru", "Мастерская «Синяя птица»", "sinyayaptitsa", "ru",
   ("Ответ по вакансии художника-росписчика", "Здравствуйте, {n}!\n\nСпасибо, что прислали эскизы и пришли на пробную роспись. Мы остановили выбор на кандидате, который уже несколько лет расписывает фарфор кобальтом, поэтому продолжить работу с вашей кандидатурой не сможем.\n\nЖелаем удачи,\n{sig}\n{co}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас на собеседование и пробную роспись {dl}, начало в 11 утра. К сожалению, в мастерской сейчас ремонт, поэтому встретимся в выставочном зале.\n\n{sig}\n{co}"))
lp("coffee", "sw", "Chama cha Ushirika wa Kahawa Uru", "kahawauru", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nTumefurahi kupata barua yako juu ya usimamizi wa vichanja vya kukausha kahawa. Baada ya kupitia maombi yote, kamati imemchagua mwombaji mwingine mwenye uzoefu wa muda mrefu, hivyo ombi lako halitaendelea.\n\nTunakutakia kila la heri,\n{sig}\n{co}"),
   ("next_steps", "Nyaraka zinahitajika", "Habari {n},\n\nIli tuendelee, lete nakala za vyeti na barua ya mwenyekiti wa mtaa ofisini kabla ya {dl}. Kwa bahati mbaya nyaraka za WhatsApp hazikubaliki.\n\n{sig}\n{co}"))
lp("silk", "th", "โรงทอผ้าไหมบ้านสุขใจ", "baansukjaisilk", "th",
   ("ผลการสมัครงานช่างทอผ้าไหม", "เรียน คุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับโรงทอผ้าไหมของเรา ทางโรงทอตัดสินใจรับช่างที่เคยทอลายมัดหมี่มาหลายปี ใบสมัครของคุณจึงต้องพักไว้ก่อนในรอบนี้\n\nขอให้โชคดีค่ะ\n{sig}\n{co}"),
   ("interview", "นัดสัมภาษณ์งาน", "เรียน คุณ{n}\n\nน่าเสียดายที่ลานจอดรถยังปิดซ่อมอยู่ จึงขอให้จอดริมถนนหน้าโรงทอ ส่วนการสัมภาษณ์และลองทอผ้า นัดไว้วันที่ {dl} ตอนสิบโมงเช้าค่ะ\n\n{sig}\n{co}"))
lp("baklava", "tr", "Şahin Baklava Atölyesi", "sahinbaklava", "tr",
   ("Başvurunuz hakkında – baklava ustası yardımcısı", "Merhaba {n},\n\nAtölyemize ilginiz bizi sevindirdi. Yüz yüze görüşmelerden sonra oklavayla yufka açmakta yılları olan bir ustayla yola çıkmayı seçtik; başvurunuz bu sefer burada kalıyor.\n\nKolay gelsin,\n{sig}\n{co}"),
   ("application_received", "Başvurunuz bize ulaştı", "Merhaba {n},\n\nBaşvurunuz elimize geçti. Sonuç ne olursa, iki hafta dolmadan telefonla size döneceğiz.\n\n{sig}\n{co}"))
lp("surgical", "ur", "نقوی سرجیکل ورکس", "naqvisurgical", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nسرجیکل آلات کے کارخانے میں کوالٹی انسپکٹر کی جگہ سے متعلق آپ کا مراسلہ ملا۔ انتظامیہ نے یہ جگہ ایک تجربہ کار ہنرمند کے سپرد کر دی ہے جو برسوں سے پالش اور جانچ کا کام دیکھ رہے ہیں، چنانچہ فی الحال آپ کا معاملہ یہیں ختم ہوتا ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}"),
   ("next_steps", "دستاویزات جمع کروائیں", "محترمہ {n}،\n\nآگے بڑھنے کے لیے شناختی کارڈ کی کاپی اور تعلیمی اسناد {dl} سے پہلے دفتر پہنچا دیں۔ افسوس کہ ای میل پر بھیجی گئی تصاویر قبول نہیں کی جائیں گی۔\n\n{sig}\n{co}"))
lp("lantern", "zh", "林记灯笼作坊", "linjilantern", "cn",
   ("关于您应聘灯笼制作学徒的结果", "{n}您好：\n\n感谢您应聘我们灯笼作坊的学徒岗位。经过认真考虑，我们决定录用一位已有竹篾编扎经验的应聘者，因此这次无法与您合作。\n\n祝您一切顺利！\n{sig}\n{co}"),
   ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，您已被录用为灯笼作坊学徒，请于{dl}前回复确认。遗憾的是员工宿舍暂时已满，头一个月需要您自行安排住处。\n\n{sig}\n{co}"))
lp("smorrebrod", "dan", "Frokosthuset ved Kanalen", "frokosthuset", "dk",
   ("Din ansøgning som køkkenmedhjælper", "Hej {n}\n\nTusind tak for snakken i køkkenet forleden. Valget faldt på en, der i forvejen har smurt smørrebrød til frokostbordet i mange år, og derfor stopper din ansøgning her.\n\nAlt godt fremover.\n\nVenlig hilsen\n{sig}\n{co}"),
   ("interview", "Invitation til samtale", "Hej {n}\n\nKan du kigge forbi til en snak den {dl} kl. 14? Desværre er hoveddøren under reparation, så brug venligst køkkenindgangen i gården.\n\nVenlig hilsen\n{sig}\n{co}"))
lp("smokehouse", "dan", "Bornholms Gamle Røgeri", "gamleroegeri", "dk",
   ("Vedrørende stillingen i røgeriet", "Kære {n}\n\nMange tak for din interesse i sæsonjobbet i røgeriet. Vi har fået mange ansøgninger og har ansat to, der har arbejdet hos os før. Derfor kan vi desværre ikke tilbyde dig stillingen i år.\n\nDe bedste hilsner\n{sig}\n{co}"),
   ("application_received", "Ansøgningen er kommet frem", "Kære {n}\n\nDin ansøgning til røgeriet er kommet frem. Ja eller nej – du hører fra os, før måneden er omme.\n\nDe bedste hilsner\n{sig}\n{co}"))
lp("hotel", "slk", "Horský hotel Kamzík", "hotelkamzik", "sk",
   ("Výsledok výberového konania – recepčný/á", "Dobrý deň, {n},\n\nteší nás, že Vás láka práca pod štítmi. Nakoniec sme miesto na recepcii dali človeku, ktorý už niekoľko zím odslúžil v horskom stredisku, a tak Vaša žiadosť týmto končí.\n\nS pozdravom\n{sig}\n{co}"),
   ("next_steps", "Doplnenie dokladov", "Dobrý deň, {n},\n\ndo {dl} nám, prosím, pošlite kópiu dokladu o vzdelaní a potvrdenie o znalosti nemeckého jazyka. Žiaľ, naskenované doklady v zlej kvalite nemôžeme prijať.\n\nS pozdravom\n{sig}\n{co}"))
lp("wine", "slk", "Vinárstvo Pod Vŕškom", "vinarstvopodvrskom", "sk",
   ("Vaša žiadosť o prácu vo vinárstve", "Dobrý deň, {n},\n\nďakujeme, že ste sa prihlásili na miesto pomocníka v pivnici. Na tento rok sme už miesto obsadili susedom z obce, ktorý s nami chodil na vlaňajšie oberačky. Nech sa Vám darí.\n\nS pozdravom\n{sig}\n{co}"),
   ("offer", "Ponuka práce", "Dobrý deň, {n},\n\nmiesto pomocníka v pivnici je Vaše, nástup od {dl}. Žiaľ, ubytovanie pre brigádnikov je už plné, takže si budete musieť nájsť izbu v obci.\n\nS pozdravom\n{sig}\n{co}"))
lp("print", "ukr", "Друкарня «Літера»", "drukarnialitera", "ua",
   ("Щодо вашої заявки на посаду друкаря", "Доброго дня, {n}!\n\nРаді були отримати ваше резюме. За підсумками співбесід місце друкаря дісталося людині з досвідом роботи на офсетній машині, тож цього разу ваша кандидатура не пройшла.\n\nБажаємо успіхів,\n{sig}\n{co}"),
   ("interview", "Запрошення на співбесіду", "Доброго дня, {n}!\n\nЧекаємо вас на розмову {dl} о 10:00. На жаль, центральний вхід зачинено через ремонт, тож заходьте з боку подвір'я.\n\n{sig}\n{co}"))
lp("dairy", "ukr", "Ферма «Зелений луг»", "zelenyiluh", "ua",
   ("Відповідь на ваше звернення", "Добрий день, {n}!\n\nДякуємо за інтерес до роботи оператором доїльної зали на нашій фермі. Цього разу ми зупинилися на іншому кандидаті, який живе поруч і може працювати в ранні зміни. Бажаємо вам знайти гарну роботу.\n\nЗ повагою,\n{sig}\n{co}"))
lp("batik", "msa", "Bengkel Batik Seri Tanjung", "batikseritanjung", "my",
   ("Permohonan jawatan pelukis batik", "Salam sejahtera {n},\n\nKami gembira menerima minat anda untuk melukis batik bersama kami. Akhirnya tempat itu diberi kepada seorang pembatik yang sudah lama mahir bercanting, jadi permohonan anda terhenti di sini buat masa ini.\n\nWassalam.\n{sig}\n{co}"),
   ("application_received", "Permohonan anda telah diterima", "Salam sejahtera {n},\n\nBorang anda sudah sampai ke bengkel. Apa pun keputusannya, e-mel daripada kami akan tiba dalam tempoh dua minggu.\n\n{sig}\n{co}"))
lp("durian", "msa", "Ladang Durian Bukit Raub", "durianbukitraub", "my",
   ("Jawatan penyelia ladang durian", "Salam {n},\n\nKami menghargai minat anda terhadap jawatan penyelia di ladang durian kami di Raub. Pihak pengurusan telah melantik seorang pekerja sedia ada untuk mengisi kekosongan tersebut. Semoga rezeki anda murah di tempat lain.\n\nSalam hormat,\n{sig}\n{co}"),
   ("next_steps", "Dokumen diperlukan", "Salam {n},\n\nUntuk langkah seterusnya, kirimkan salinan MyKad dan sijil SPM sebelum {dl}. Malangnya dokumen melalui WhatsApp tidak diterima.\n\n{sig}\n{co}"))
lp("hut", "slv", "Koča pod Storžičem", "kocapodstorzicem", "si",
   ("Vaša prijava za delo v koči", "Pozdravljeni, {n},\n\nhvala za vašo prijavo za sezonsko delo v planinski koči. Odločili smo se za kandidatko, ki je v koči delala že lani in pozna oskrbo s tovorno žičnico, zato vaše prijave ne bomo upoštevali.\n\nLep pozdrav,\n{sig}\n{co}"),
   ("interview", "Vabilo na razgovor", "Pozdravljeni, {n},\n\nvabimo vas na razgovor {dl} ob 10. uri v dolini pri spodnji postaji žičnice. Žal je cesta do koče zaprta, zato se dobimo spodaj.\n\nLep pozdrav,\n{sig}\n{co}"))
lp("oilmill", "slv", "Oljarna Kranjc", "oljarnakranjc", "si",
   ("Odgovor na vašo prijavo", "Pozdravljeni, {n},\n\nlepo, da vas zanima delo v oljarni. Po pogovorih je mesto dobil sosed, ki že leta stiska bučna semena, zato vaša prijava tokrat ne gre naprej. Srečno pri nadaljnjem iskanju.\n\nLep pozdrav,\n{sig}\n{co}"),
   ("offer", "Ponudba za zaposlitev", "Pozdravljeni, {n},\n\nveseli nas, da vam lahko ponudimo delo v oljarni od {dl} dalje. Žal delovnih oblek še nimamo, zato prvi dan prinesite svoja oblačila.\n\nLep pozdrav,\n{sig}\n{co}"))


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
    "dan": "{d}. {m}. {y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS: dict[str, dict[int, str]] = {}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
        rec["id"] = f"blind102:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 100; slice 101, this slice and any later one are skipped by number."""
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
