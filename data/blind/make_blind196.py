# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-sixth sealed blind slice for issue 11 (blind-slice-196.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 195; slice 195 and later never read; our side printed)
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

SEED = 1961961
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-196.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 196
SKIP_FROM = 195  # slice 195 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Oluwadamilare Ezeh", "Saoirse Cullinane", "Gurleen Dhaliwal", "Triinu Vahter", "Keisha Lettsome",
    "Rohan Fernandes", "Maddison Kuchera", "Hamish Tuckwell", "Ifeoma Wokocha", "Anneliis Rebane",
    "Conlan Prideaux", "Jasdeep Bains", "Valencia Hodge", "Savio D'Costa", "Brynmor Ashworth-Lee",
    "Tonderai Makoni", "Leilani Farquharson", "Ruairí Mac Giolla", "Simrat Kaur Sidhu", "Kaspar Lepik",
    "Chidinma Amadi-Obi", "Marisa Quadros", "Dwayne Penn", "Coralie Swinbourne", "Tevita Fonua",
    "Ngozi Wobo", "Ellery Haverstock", "Priyal Naik", "Shanice Turnbull", "Aurelio Pinto",
    "Mairead Costigan", "Kalev Ilves", "Harleen Sandhu", "Jonah Whitlow", "Zaneta Sprauve",
]
REGION_SIGNERS = {
    "lei": ["Trudy Bramley", "Sanjay Mistry", "Gail Onions", "Royston Hackett"],
    "uk": ["Philippa Dunmore", "Kwabena Osei-Bonsu", "Agnes Thwaite"],
    "ie": ["Clodagh Brannigan", "Fergal Nolan", "Aoife Kinsella"],
    "phc": ["Tamunotonye Briggs", "Ibinabo Fubara", "Nkechi Amadi", "Sotonye Jack"],
    "goa": ["Shirley Rodrigues", "Prasad Kamat", "Joaquim Menezes", "Sneha Naik"],
    "vi": ["Lorna Hodge-Smith", "Elroy Sprauve", "Delita Brathwaite", "Hubert Quetel"],
    "mh": ["Darcy Heppner", "Kirsten Olafson", "Wade Kowalchuk", "Brandi Redcrow"],
    "ee": ["Maarja Kütt", "Tõnis Ploom", "Kristel Aasa", "Andres Lõhmus"],
    "pb": ["Gurpreet Grewal", "Manjit Kaur Bhullar", "Harjinder Gill", "Navneet Brar"],
    "us": ["Loretta Quinby", "Marcus Delahoussaye", "Ines Barragán"],
    "au": ["Shelby Tregenza", "Ricky Papadakis", "Noeline Fraser"],
    "nz": ["Aroha Kereama", "Gareth Pomeroy", "Mele Tupou"],
    "za": ["Lindiwe Dlamini", "Johan du Plessis", "Thandeka Mokoena"],
    "ca": ["Genevieve Arsenault", "Parminder Johal"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "az": "us", "cae": "ca", "ns": "ca", "wa": "au"}
GENERAL = ["Rosalind Achterberg", "Kofi Ampadu", "Imelda Sant", "Winston Chambers", "Lim Jia Hui"]
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سامر الحوراني"], "de": ["Annegret Kühl", "Volker Steinbrecher"],
    "es": ["Montserrat Ibáñez", "Rodrigo Alcántara"], "fr": ["Maëlle Rousseau", "Gaspard Lefèvre"],
    "hi": ["सुनंदा", "विक्रम"], "it": ["Ornella Caruso", "Davide Rinaldi"],
    "ja": ["森田 恵美", "石川 誠"], "ko": ["윤서연", "한도현"], "pt": ["Inês Loureiro", "Tiago Sampaio"],
    "ru": ["Варвара Щеглова", "Сергей Громов"], "sw": ["Neema Mollel", "Juma Kisanga"],
    "th": ["สุดารัตน์", "ธนากร"], "tr": ["Elif Aydın", "Burak Çelik"],
    "ur": ["صائمہ رشید", "عمران اعوان"], "zh": ["黄晓燕", "林国栋"],
    "cat": ["Núria Puigdomènech", "Jordi Vilaseca"], "glg": ["Uxía Castiñeira", "Xurxo Vilariño"],
    "afr": ["Marietjie van Wyk", "Hennie Botha"], "isl": ["Hrafnhildur Einarsdóttir", "Snorri Magnússon"],
    "nor": ["Solveig Haugland", "Eirik Bakke"], "dan": ["Mette Kjærgaard", "Rasmus Lund"],
    "fin": ["Satu Heikkinen", "Janne Lehtonen"], "est": ["Piret Sepp", "Urmas Kivi"],
    "slv": ["Nataša Kranjc", "Matej Zupan"], "srp": ["Снежана Илић", "Бојан Марковић"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى القيسي", "يزن عبيدات"], "de": ["Franziska Lindner", "Jonas Wirth"],
    "es": ["Carmela Ruiz", "Héctor Salinas"], "fr": ["Anaïs Perrin", "Hugo Delmas"],
    "hi": ["ऋचा", "यशवर्धन"], "it": ["Beatrice Gallo", "Simone Ferri"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["이수빈", "최민재"], "pt": ["Beatriz Pires", "Duarte Moreira"],
    "ru": ["Анна Зайцева", "Илья Смирнов"], "sw": ["Amina Salim", "Hamisi Mbwana"],
    "th": ["ณิชา", "ภูผา"], "tr": ["Selin Arslan", "Kerem Öztürk"],
    "ur": ["حنا ملک", "بلال چودھری"], "zh": ["张雨桐", "吴俊杰"],
    "cat": ["Laia Ferrer", "Pau Roca"], "glg": ["Antía Souto", "Brais Otero"],
    "afr": ["Elmarie Pretorius", "Wikus Steyn"], "isl": ["Katrín Stefánsdóttir", "Gunnar Pálsson"],
    "nor": ["Ingrid Solberg", "Sindre Moe"], "dan": ["Freja Holm", "Mikkel Dahl"],
    "fin": ["Aino Virtanen", "Eetu Koskinen"], "est": ["Kertu Laur", "Siim Rand"],
    "slv": ["Tjaša Novak", "Luka Horvat"], "srp": ["Милена Ђорђевић", "Никола Павловић"],
}
GIVEN = {"Simrat Kaur Sidhu": "Simrat", "Ruairí Mac Giolla": "Ruairí", "Manjit Kaur Bhullar": "Manjit", "Lim Jia Hui": "Jia Hui", "Lorna Hodge-Smith": "Lorna"}
PROVIDERS = ["quillpost", "heronmail", "marlbox", "sorrelmail", "pikepost", "fernbox"]

ZONES = {
    "lei": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "ee": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "az": ("-0700", None, ""), "mh": ("-0700", "-0600", "us"), "vi": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "phc": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "goa": ("+0530", None, ""), "pb": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "wa": ("+0800", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "az", "cae", "ns", "mh", "vi")
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
QNOTE = "\n{sf}, grateful for Thursday's nose round the print room. Manual-handling card lasts till August; Mrs Pelham-Iyer, my referee, picks up after half five.\n{n}"
FOOT = "\n\n=== {CO} | HARROWDENE CAREERS ===\nHarrowdene lists fresh openings every Wednesday at noon. Fennimoor alerts sort them by shift pattern; the Wrexby Bulletin, our quarterly sheet, carries canteen menus and five-a-side results. Text QUARLSTOP to cancel. Whatever lands back here sinks unread, and any profile left untouched for thirty-one months gets shredded."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <no-reply@{dom}>"
mr("a1", "Candidate Home: {role} – update", "Hello {n},\n\nYour Candidate Home record for {role} (R-{ref}) now reads: Closed – Hired Elsewhere. Another applicant's acceptance came through on Friday and the requisition is shut.\n\nYou can still browse the open list from Candidate Home.\n\n{co} Talent Acquisition", ("Lutterworth Parcel Hub", "Dunmore RV Centre"), ("lutterworthparcels", "dunmorerv"), frm=ATS, role=("Shift Planner", "Lot Porter"), tz=("lei", "mh"))
mr("a2", "Your {role} application at {co}", "Hi {n},\n\nScorecards compared for {role}: the offer went to the candidate whose rota-planning record lined up better. Yours halts at this stage.\n\nWith thanks from the {co} hiring team", ("Trans-Amadi Pipe Coatings", "Panjim Heritage Walks"), ("transamadi-coat", "panjimwalks"), frm=ATS, role=("Coating Inspector", "Walk Leader"), tz=("phc", "goa"))
mr("a3", "{co}: about your application", "Dear {n},\n\nOur crew for {role} is settled, so your profile goes to the Fennimoor standby list for ten months. Should a fresh {role} slot open, reply KEEPME and we'll check you first. No need to reapply.\n\n{co} People", ("Red Hook Ferry Line", "Tartu QA Studio"), ("redhookferry", "tartuqa"), frm=ATS, role=("Deckhand", "Test Analyst"), tz=("vi", "ee"))
mr("a4", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Current stage</th></tr><tr><td>{role}</td><td>SR-{ref}</td><td>Not advanced – post handed to a rival applicant</td></tr></table><p>Cheers for your time. {co} Recruiting</p></body></html>", ("Mohali Pharma Labs", "Ashby Garden Centre"), ("mohalipharma", "ashbygardens"), frm=ATS, role=("QC Chemist", "Plant Area Lead"), tz=("pb", "lei"))
mr("a5", "{co} – {role} (req {ref})", "Dear {n},\n\nThe {role} requisition asked for a current {x}. Our screening found none on your form, so the application has closed at this step. A fresh form is welcome once you hold one.\n\n{co} Recruitment Centre", ("Crown Bay Berth Services", "Bathinda Thermal Contractors"), ("crownbayberth", "bathindathermal"), frm=ATS, role=("Line Handler", "Boiler Fitter"), x=("TWIC card", "IBR welder ticket"), tz=("vi", "pb"))
mr("a6", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) now has its hire: another candidate. Your candidate profile is now marked Inactive for that opening; it stays on file for other {co} postings.\n\nRegards,\n{co} Staffing", ("Rakvere Furniture Works", "Bloemfontein Rose Nursery"), ("rakverefurniture", "bfnroses"), frm=ATS, role=("Upholsterer", "Propagation Hand"), tz=("ee", "za"))
mr("a7", "Trial shift follow-up – {co}", "Hey {n},\n\nCheers for the trial shift, you kept up fine. We've had to pick one person and it went to somebody with a couple more seasons behind the counter. So the {role} seat heads elsewhere this round.\n\n{sig}\n{co} via Workable", ("Frenchtown Radio 98", "Medicine Hat Gas Field Services"), ("frenchtownradio", "mhgasfield"), role=("Board Operator", "Lease Operator"), tz=("vi", "mh"))
mr("a8", "About the {role} vacancy", "Hi {n},\n\nQuick note from {sig}: a Shepshed colleague who fancied the move has nabbed the {role} position. That's where your form stops.\n\nBamboo HR notice from {co}", ("Loughborough Sport Science Lab", "Porvorim IT Support Desk"), ("lboro-sportlab", "porvorimhelpdesk"), role=("Lab Technician", "Desk Analyst"), tz=("lei", "goa"))
mr("a9", "Tere {n} – {role}", "Tere {n}!\n\nAitäh for the interest in {co}. We have made decision with other candidate for {role}, whose experience with our tools is more close. Your application we stop now.\n\nParimate soovidega,\n{sig}\n(Teamtailor)", ("Tallinn Port Pilotage", "Narva Translation Bureau"), ("tallinnpilots", "narvatranslate"), role=("Pilot Boat Mate", "Russian–English Translator"), tz=("ee", "ee"))
mr("a10", "Pinpoint: {role} assessment result", "Dear {n},\n\nYour Pinpoint assessment for {role} scored {x}. Interviews went only to those over the line; yours closes here.\n\n{co} Hiring", ("Patiala Law Chambers", "Napier Deco Tours"), ("patialachambers", "napierdeco"), role=("Legal Assistant", "Tour Guide"), x=("21 of 50 against a line of 30", "48% against a line of 62%"), tz=("pb", "nz"))
mr("a11", "Good morning {n}", "Good morning {n},\n\nThanks for passing through for {role} at {co}. The manager choose somebody else this time, so this round done.\n\nWalk good,\n{sig}\n(JazzHR)", ("Charlotte Amalie Jewels", "Havensight Cruise Kiosks"), ("caj-jewels", "havensightkiosk"), role=("Sales Associate", "Kiosk Supervisor"), tz=("vi", "vi"))
mr("a12", "{co} – next steps on {role}", "Hi {n},\n\nBoth co-founders met you and we mulled it over Monday. {role} goes to another of our finalists. Your take-home showed real care.\n\n{sig}, {co} (sent via Ashby)", ("Elelenwo Solar Installers", "Hobart Polar Supply"), ("elelenwosolar", "hobartpolar"), role=("Field Engineer", "Logistics Officer"), tz=("phc", "au"))
mr("a13", "{co} seasonal crew 2026", "Hello {n},\n\nThe {role} crew for next season is full with returners from Redcliff; no spare bunk for a new hand. Ta for applying.\n\n{sig}", ("Redcliff Greenhouse Growers", "Kalkaska Cranberry Bog Crew"), ("redcliffgreens", "kalkaskabogs"), role=("Greenhouse Picker", "Bog Raker"), tz=("mh", "use"))
mr("o1", "Ay up {n} – {role}", "Ay up me duck,\n\nThanks for putting in for {role} at {co}. Job's gone to a Whitwick lad who's done the Coalville run before, so yours stops there.\n\nTa-ra,\n{sig}", "Coalville Removals", "coalvilleremovals", role="Removals Porter", tz="lei")
mr("o2", "Compliments of the day – {role}", "Compliments of the day {n},\n\nKindly note that after final review the {role} slot at {co} has gone to another applicant. Well done for your efforts.\n\n{sig}\nHR Unit", "Rumuola Pharmacy Chain", "rumuolapharm", role="Dispensary Attendant", tz="phc")
mr("o3", "{co} application", "Hello baba {n},\n\nDev borem korum for applying to {co} for {role}. The owner picked a person who has already run two Calangute counters. Your form we are closing now.\n\n{sig}", "Margao Pharma Packagers", "margaopack", role="Line Packer", tz="goa")
mr("o4", "Re your {role} form", "Hi {n},\n\nThe Hat office went with a guy who's done turnarounds on our own units, so your {role} form is wrapped up, eh. Good luck out there.\n\n{sig}\n{co}", "South Saskatchewan Valve Repair", "ssvalverepair", role="Valve Tech", tz="mh")
mr("o5", "Taotlus / application – {role}", "Dear {n},\n\nWe are informing that for {role} we selected another person. Your documents are deleted after six months, like the law is asking.\n\nLugupidamisega,\n{sig}, {co}", "Pärnu Sauna Builders", "parnusauna", role="Carpenter", tz="ee")
mr("o6", "Respected {n} ji", "Respected {n} ji,\n\nPlease be informed the {role} seat at {co} is given to candidate from Khanna unit only. File closed for this cycle. Kindly do the needful for future openings on our board.\n\n{sig}", "Ludhiana Tractor Forge", "ludhianaforge", role="CNC Setter", tz="pb")
mr("o7", "{co} – {role}", "Hi {n},\n\nThe {role} spot went to somebody else. Cheers for having a pop, mind.\n\n{sig}, {co}, Bristol", "Bristol Planetarium Shop", "bristolstarshop", role="Shop Assistant", tz="uk")
mr("o8", "{role} at {co}", "Hi {n},\n\nThanks a million for the chat. The directors have gone with a candidate with more Irish-medium teaching, so we're not progressing yours. Mind yourself.\n\n{sig}", "Salthill Language School", "salthill-lang", role="EFL Tutor", tz="ie")
mr("o9", "Application for {role}", "Dear {n},\n\nYour {role} application was read; the hiring lead chose a Tucson-area finalist, and yours is closed.\n\n{sig}\n{co}", "Kitt Peak Visitor Shop", "kittpeakshop", role="Retail Lead", tz="az")
mr("o10", "Your application – {co}", "G'day {n},\n\nWe've filled the {role} job with someone who's done two ice-season turnarounds already. Cheers for applying, mate.\n\n{sig}", "Macquarie Wharf Supply", "macquariewharf", role="Storeperson", tz="au")
mr("o11", "Kia ora {n}", "Kia ora {n},\n\nThe {role} role at {co} was offered to another applicant and they've said yes. Ngā mihi for your time.\n\n{sig}", "Marine Parade Deco Trust", "marineparadetrust", role="Visitor Host", tz="nz")
mr("o12", "{co}: {role}", "Hi {n},\n\nHope all's lekker. We've appointed someone else as {role}. Sterkte with the next one.\n\n{sig}\n{co}", "Naval Hill Observatory Café Co", "navalhillco", role="Front of House", tz="za")
mr("o13", "Taotlus {role}", "Tere {n},\n\nYour {role} application at {co} did not pass to second round; a person with Estonian-language client work was picked. Aitäh and jõudu!\n\n{sig}", "Tartu Bike Share Ops", "tartubikeshare", role="Fleet Coordinator", tz="ee")
mr("o14", "St Thomas – {role}", "Good afternoon {n},\n\nThe {role} job at {co} gone to an applicant from St Croix who knows the boats. Your name stay on we Magens list for next season.\n\n{sig}", "Magens Bay Kayak Hire", "magensbaykayak", role="Kayak Guide", tz="vi")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nThursday was a treat; Elroy still quotes your tide-table question at smoko. The partners have offered the {role} post to Wendell Meade, who accepted this morning.\n\nWarmly,\n{sig}\n\n{OUT}", ("Crown Bay Berth Services", "Lutterworth Parcel Hub"), ("crownbayberth", "lutterworthparcels"), role=("Line Supervisor", "Hub Controller"), tz=("vi", "lei"))
mr("t2", "RE: [EXT] Re: Following up – {role}", "Dear {n},\n\nYour kind note landed at a good moment. Management handed {role} to Chinwe Ekeh, and she takes it up from Monday. Everyone who met you spoke well of your preparation.\n\n{sig}\n\n{GM}", ("Trans-Amadi Pipe Coatings", "Mohali Pharma Labs"), ("transamadi-coat", "mohalipharma"), role=("QA Supervisor", "Stability Analyst"), tz=("phc", "pb"))
mr("t3", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nNice to have swapped notes last week. The directors appointed Kaur Männik to {role}; he began on Tuesday. It was a joy talking archive work with you.\n\n{sig}\n\n{ORIG}", ("Tallinn Port Pilotage", "Panjim Heritage Walks"), ("tallinnpilots", "panjimwalks"), role=("Records Officer", "Archive Guide"), tz=("ee", "goa"))
mr("t4", "RE: [EXT] Re: {role}", "Hey {n},\n\nBig thanks for trucking over to the Hat. The owners went with Cody Lindgren for {role}, and he has signed. Your site stories had everyone laughing.\n\n{sig}\n\n{RULE}", ("Medicine Hat Gas Field Services", "Dunmore RV Centre"), ("mhgasfield", "dunmorerv"), role=("Field Dispatcher", "Service Writer"), tz=("mh", "mh"))
mr("t5", "RE: [EXT] Re: {role} panel", "Good morning {n},\n\nYour warm message appreciated. The hiring group pick Sharmaine Callwood for {role}; her signed papers reach we yesterday. Was a joy meeting you face to face.\n\n{sig}\n\n{OUT}", ("Red Hook Ferry Line", "Charlotte Amalie Jewels"), ("redhookferry", "caj-jewels"), role=("Ticket Office Lead", "Store Manager"), tz=("vi", "vi"))
mr("t6", "RE: [EXT] Re: catch-up – {role}", "Hi {n},\n\nMany thanks for coming in. Our director selected Harpal Sekhon for {role}, starting in two weeks. You were a pleasure to interview.\n\n{sig}\n\n{GM}", ("Ludhiana Tractor Forge", "Bathinda Thermal Contractors"), ("ludhianaforge", "bathindathermal"), role=("Shift Engineer", "Site Planner"), tz=("pb", "pb"))
mr("t7", "RE: [EXT] Re: {role} – second round", "Dear {n},\n\nThank you again for Wednesday. The board decided on Anthony Colaco for {role}, who joins after Diwali. We loved hearing about your Vasco days.\n\n{sig}\n\n{ORIG}", ("Porvorim IT Support Desk", "Margao Pharma Packagers"), ("porvorimhelpdesk", "margaopack"), role=("Team Lead", "Packing Supervisor"), tz=("goa", "goa"))
mr("t8", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nTa for following up, me duck. The committee settled on Tiiu Raud for {role}; she starts next month. It was grand meeting you.\n\n{sig}\n\n{RULE}", ("Rakvere Furniture Works", "Ashby Garden Centre"), ("rakverefurniture", "ashbygardens"), role=("Workshop Lead", "Garden Buyer"), tz=("ee", "lei"))

# ---- 8 clear refusals under long footers
mr("f1", "Harrowdene: your {role} application", "Dear {n},\n\nAbout {role} at {co}: regrettably it's unsuccessful, and it shuts today.{FOOT}", ("Harrowdene Freight Desk Leicester", "Harrowdene Freight Desk Port Harcourt"), ("harrowdene-lei", "harrowdene-phc"), frm="{co} <careers@{dom}>", role=("Customs Clerk", "Tally Clerk"), tz=("lei", "phc"))
mr("f2", "{role} – outcome", "Hi {n},\n\nThe {role} role at {co} will not be yours, final call for this opening. Grateful you put your name in.{FOOT}", ("Harrowdene Print St Thomas", "Harrowdene Print Goa"), ("harrowdene-vi", "harrowdene-goa"), frm="{co} <careers@{dom}>", role=("Press Minder", "Prepress Operator"), tz=("vi", "goa"))
mr("f3", "Application closed – {role}", "Hello {n},\n\n{role}: you have not been successful, sorry. Others went through to interview.{FOOT}", ("Harrowdene Energy Alberta", "Harrowdene Energy Tallinn"), ("harrowdene-ab", "harrowdene-ee"), frm="{co} <careers@{dom}>", role=("Meter Reader", "Grid Clerk"), tz=("mh", "ee"))
mr("f4", "{co} – your form for {role}", "Dear {n},\n\nHaving reviewed it, {co} cannot carry your {role} application forward. Thanks for the interest shown.{FOOT}", ("Harrowdene Agro Punjab", "Harrowdene Agro Hobart"), ("harrowdene-pb", "harrowdene-au"), frm="{co} <careers@{dom}>", role=("Field Assistant", "Store Hand"), tz=("pb", "au"))

# ---- 9 hedged refusals
mr("h1", "Your {role} application", "Hi {n},\n\nThanks for waiting. Two people had histories a shade closer to the night-shift end of {role}; we're taking them on.\n\n{sig}\n{co}", ("Lutterworth Parcel Hub", "Tartu QA Studio"), ("lutterworthparcels", "tartuqa"), role=("Night Team Lead", "Automation Tester"), tz=("lei", "ee"))
mr("h2", "{role} update", "Dear {n},\n\nWith {role}, we've opted to spread the duties across our present staff instead. Grateful for those hours in Rumuola with us.\n\n{sig}, {co}", ("Rumuola Pharmacy Chain", "Red Hook Ferry Line"), ("rumuolapharm", "redhookferry"), role=("Branch Supervisor", "Operations Assistant"), tz=("phc", "vi"))
mr("h3", "{co} – {role}", "Hello {n},\n\nA couple of others sat a whisker nearer our {role} brief, so they're the pair we carry on with.\n\n{sig}", ("Mohali Pharma Labs", "Dunmore RV Centre"), ("mohalipharma", "dunmorerv"), role=("Regulatory Associate", "Parts Counter"), tz=("pb", "mh"))
mr("h4", "{role}", "Hi {n},\n\nWe've chosen a candidate with somewhat more hands-on tour work in Old Goa. Thanks for meeting us.\n\n{sig}, {co}", "Panjim Heritage Walks", "panjimwalks", role="Senior Guide", tz="goa")
mr("h5", "Re: {role} application", "Dear {n},\n\nWe have gone another direction with {role}: an agency crew will cover the season. Thank you for coming in.\n\n{sig}\n{co}", "Bloemfontein Rose Nursery", "bfnroses", role="Nursery Supervisor", tz="za")
mr("h6", "{co} update", "Hi {n},\n\nA few applicants came with stronger digital-archive experience, and we've taken them forward for {role}.\n\n{sig}", "Salthill Language School", "salthill-lang", role="Admin Officer", tz="ie")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c1", "After our call – {role}", "Hi {n},\n\nGood to speak Tuesday. For {role}, {co}'s client plumped for a different shortlisted name. I've also a {x} opening your CV suits; shall I pass it across?\n\n{sig}, {co}", ("Soar Valley Recruitment", "Garden City Talent Partners"), ("soarvalleyrec", "gardencitytalent"), role=("Warehouse Manager", "Rig Clerk"), x=("Transport Planner in Hinckley", "Safety Coordinator near the Hat"), tz=("lei", "mh"))
mr("c2", "Quick update {n}", "Hi {n},\n\nFollowing our phone call: the {role} client went for a different finalist. A {x} role is open though; say yes and I'll submit you for it today.\n\n{sig}\n{co}", ("Bonny River Staffing", "Baltic Bridge Recruiting"), ("bonnyriverstaff", "balticbridgerec"), role=("HSE Officer", "Scrum Master"), x=("Logistics Coordinator in Onne", "Delivery Lead in Tartu"), tz=("phc", "ee"))
mr("c3", "{role} follow-up", "Hello {n} ji,\n\nAs per call, client finalised other profile for {role}. But I have one Accounts Executive opening at Jalandhar, similar package. Shall I share your CV?\n\n{sig}, {co}", "Doaba Placement Services", "doabaplacement", role="Finance Executive", tz="pb")
mr("c4", "Re: our chat", "Hi {n},\n\nThe hotel group picked a local candidate for {role}. Different role, same firm: a Night Auditor at the Bolongo side. Interested?\n\n{sig}\n{co}", "Caribbean Isles Recruiters", "ci-recruiters", role="Front Office Manager", tz="vi")
mr("c5", "{role} – where we landed", "Hi {n},\n\nThanks for the call, men. Client picked another person for {role}. I've got a Site Coordinator job in Mapusa you'd suit; want me to send your details?\n\n{sig}\n{co}", "Konkan Coast Talent", "konkancoasttalent", role="Project Manager", tz="goa")

# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role} – referral notice", "Dear {n},\n\nYou were rated qualified for {role} (vacancy {ref}). Only top-ranked names were passed up to the hiring official; yours ranked below that band.\n\n{co}", ("Leicestershire County Council Recruitment", "City of Medicine Hat Human Resources"), ("leicscc-jobs", "medicinehat-hr"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Transit Operator"), tz=("lei", "mh"))
mr("p2", "Eligibility decision – {role}", "Dear {n},\n\nOn checking, your {role} application is ineligible because {x}; it stops here.\n\n{co}", ("Virgin Islands Division of Personnel", "Punjab Subordinate Services Selection Cell"), ("vi-personnel", "pb-ssscell"), frm="{co} <notices@{dom}>", role=("Clerk Typist II", "Junior Draftsman"), x=("proof of Virgin Islands residency was missing", "the domicile certificate was not attached"), tz=("vi", "pb"))
mr("p3", "Vacancy cancelled – {role}", "Dear {n},\n\nVacancy {ref} ({role}) is struck off the Rivers establishment list; no appointment follows, and every Rivers application lodged against it lapses today.\n\n{co}", ("Rivers State Civil Service Commission", "Estonian Rescue Board Recruitment"), ("rivers-csc", "rescue-ee"), frm="{co} <notices@{dom}>", role=("Administrative Officer", "Dispatcher"), tz=("phc", "ee"))
mr("p4", "Examination result – {role}", "Dear {n},\n\nYou scored {x} in the written examination for {role}. Scores under the cut-off mean no interview call.\n\n{co}", ("Goa Staff Selection Commission", "Tasmania State Service Recruitment"), ("goa-ssc", "tas-jobs"), frm="{co} <exams@{dom}>", role=("Lower Division Clerk", "Correctional Officer"), x=("44/100, with the cut-off set at 58", "57% against a cut-off of 66%"), tz=("goa", "au"))

# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\n{role}: status flipped to No longer under consideration.\n\n{co}", ("Ashby Garden Centre", "Frenchtown Radio 98"), ("ashbygardens", "frenchtownradio"), frm=ATS, role=("Seasonal Cashier", "Promotions Assistant"), tz=("lei", "vi"))
mr("s2", "Application status changed", "<html><body><p>{role} – {co}</p><p>Status: <b>No longer being considered</b></p></body></html>", ("Elelenwo Solar Installers", "Porvorim IT Support Desk"), ("elelenwosolar", "porvorimhelpdesk"), frm=ATS, role=("Installer", "Network Technician"), tz=("phc", "goa"))
mr("s3", "Update on application {ref}", "<html><body><p>Hello {n},</p><p>Application {ref} for {role} is no longer being considered.</p></body></html>", ("Redcliff Greenhouse Growers", "Narva Translation Bureau"), ("redcliffgreens", "narvatranslate"), frm=ATS, role=("Grower", "Proofreader"), tz=("mh", "ee"))

# ---- 6 internship / graduate decisions
mr("i1", "{co} Summer Internship 2026", "Dear {n},\n\nGrateful you tried for a {co} summer placement. Cohort places are now allocated, Loughborough-wide, and yours missed the cut.\n\n{sig}, Early Careers", ("Loughborough Sport Science Lab", "Tallinn Port Pilotage"), ("lboro-sportlab", "tallinnpilots"), role=("Intern", "Intern"), tz=("lei", "ee"))
mr("i2", "Graduate Trainee Programme – decision", "Dear {n},\n\nFollowing the assessment day, every trainee seat in the {co} graduate scheme is taken; for this intake there's none left over for you.\n\n{sig}", ("Trans-Amadi Pipe Coatings", "Mohali Pharma Labs"), ("transamadi-coat", "mohalipharma"), tz=("phc", "pb"))
mr("i3", "Your internship application", "Hi {n},\n\nWinter-term co-op placements at {co} went to other students this time. Thanks for the try.\n\n{sig}", ("Medicine Hat Gas Field Services", "Red Hook Ferry Line"), ("mhgasfield", "redhookferry"), tz=("mh", "vi"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} received", "Hello {n},\n\nYour {role} application (R-{ref}) is in. Candidate Home can later say: Submitted / In Review / Interview / Offer / Closed – Hired Elsewhere.\n\n{co} Talent Acquisition", ("Lutterworth Parcel Hub", "Dunmore RV Centre"), ("lutterworthparcels", "dunmorerv"), frm=ATS, role=("Yard Marshal", "Detailer"), tz=("lei", "mh"))
mo("application_received", "a2", "We have your {role} application", "Hi {n},\n\n{role} form received. If the panel's scorecards put another person ahead, an email spells it out; we leave nobody in Trans-Amadi guessing.\n\n{co} hiring team", ("Trans-Amadi Pipe Coatings", "Panjim Heritage Walks"), ("transamadi-coat", "panjimwalks"), frm=ATS, role=("Blaster", "Booking Clerk"), tz=("phc", "goa"))
mo("application_received", "a3", "{co}: application logged", "Dear {n},\n\nGot it. Either way this round goes, your profile sits on the Fennimoor standby list for ten months, so a later {role} slot can reach you.\n\n{co} People", ("Red Hook Ferry Line", "Tartu QA Studio"), ("redhookferry", "tartuqa"), frm=ATS, role=("Purser", "Mobile Tester"), tz=("vi", "ee"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Received</td><td>Sitting with us (now)</td></tr><tr><td>Shortlist</td><td>Interview booked</td></tr><tr><td>Not advanced</td><td>Post given to another applicant</td></tr></table><p>{co} Recruiting</p></body></html>", ("Mohali Pharma Labs", "Ashby Garden Centre"), ("mohalipharma", "ashbygardens"), frm=ATS, role=("Microbiologist", "Till Supervisor"), tz=("pb", "lei"))
mo("application_received", "a5", "{co} – form received for {role}", "Dear {n},\n\nForm received. Screening looks for a current {x}; lacking one, a form stops at that step and we tell you.\n\n{co} Recruitment Centre", ("Crown Bay Berth Services", "Bathinda Thermal Contractors"), ("crownbayberth", "bathindathermal"), frm=ATS, role=("Crane Signaller", "Rigger"), x=("TWIC card", "IBR welder ticket"), tz=("vi", "pb"))
mo("application_received", "a6", "Requisition {ref}: we have your form", "Dear {n},\n\nThanks. Should requisition {ref} go to a rival, your profile flips to Inactive for it, staying live for other {co} jobs.\n\n{co} Staffing", ("Rakvere Furniture Works", "Bloemfontein Rose Nursery"), ("rakverefurniture", "bfnroses"), frm=ATS, role=("Sander", "Irrigation Hand"), tz=("ee", "za"))
mo("application_received", "a7", "Got your application!", "Hey {n},\n\nThanks for applying for {role}. Next is a short trial shift. If somebody else gets picked after, I tell you myself, no robot.\n\n{sig}\n{co} via Workable", ("Frenchtown Radio 98", "Medicine Hat Gas Field Services"), ("frenchtownradio", "mhgasfield"), role=("Producer", "Pumper"), tz=("vi", "mh"))
mo("application_received", "a8", "Application in: {role}", "Hi {n},\n\nWe have your form. Heads-up: colleagues on our payroll can apply too, and should one of them bag {role}, a heads-up lands in your inbox straight off.\n\n{co} (BambooHR)", ("Loughborough Sport Science Lab", "Porvorim IT Support Desk"), ("lboro-sportlab", "porvorimhelpdesk"), role=("Data Assistant", "Helpdesk Agent"), tz=("lei", "goa"))
mo("application_received", "a9", "Tere {n} – we got it", "Tere {n}!\n\nAitäh, your application for {role} reached us. Answer comes in three weeks, yes or no, for sure by email.\n\nParimate soovidega,\n{sig}\n(Teamtailor)", ("Tallinn Port Pilotage", "Narva Translation Bureau"), ("tallinnpilots", "narvatranslate"), role=("Boat Engineer", "Editor"), tz=("ee", "ee"))
mo("application_received", "a10", "Pinpoint: next, a short quiz", "Dear {n},\n\nApplication received for {role}. A quiz follows; anybody under the line does not go to interview, and gets a note saying so.\n\n{co} Hiring", ("Patiala Law Chambers", "Napier Deco Tours"), ("patialachambers", "napierdeco"), role=("Court Clerk", "Driver Guide"), tz=("pb", "nz"))
mo("application_received", "a11", "Good morning – we got your form", "Good morning {n},\n\nYour form for {role} reach. If three weeks pass and nobody call, it mean the manager choose somebody else.\n\n{sig}\n(JazzHR)", ("Charlotte Amalie Jewels", "Havensight Cruise Kiosks"), ("caj-jewels", "havensightkiosk"), role=("Cashier", "Kiosk Attendant"), tz=("vi", "vi"))
mo("application_received", "a12", "{co} – thanks for applying", "Hi {n},\n\nApplication in for {role}. Hired or passed over, a co-founder writes you herself.\n\n{sig}, {co} (Ashby)", ("Elelenwo Solar Installers", "Hobart Polar Supply"), ("elelenwosolar", "hobartpolar"), role=("Sales Engineer", "Buyer"), tz=("phc", "au"))
mo("application_received", "a13", "{co} seasonal crew – form in", "Hello {n},\n\nForm in for {role}. Returners grab bunks first; if they fill the lot, a line reaches you before March.\n\n{sig}", ("Redcliff Greenhouse Growers", "Kalkaska Cranberry Bog Crew"), ("redcliffgreens", "kalkaskabogs"), role=("Packer", "Bog Hand"), tz=("mh", "use"))
mo("application_received", "a14", "Thanks for applying – {co}", "Ay up {n},\n\nGot your form for {role}, ta. We ring only them we want to see; phone quiet a fortnight, me duck, means not you this go.\n\n{sig}", ("Coalville Removals", "Soar Valley Recruitment"), ("coalvilleremovals", "soarvalleyrec"), role=("Driver's Mate", "Recruitment Resourcer"), tz=("lei", "lei"))
mo("application_received", "a15", "Acknowledgement – {role}", "Compliments of the day {n},\n\nKindly note, {role} application reached. Where shortlist does not include you, CV stays in our Rumuola databank twelve months.\n\n{sig}\nHR Unit", ("Rumuola Pharmacy Chain", "Bonny River Staffing"), ("rumuolapharm", "bonnyriverstaff"), role=("Pharmacy Technician", "Driver"), tz=("phc", "phc"))
mo("application_received", "a16", "{co} – form received", "Hello {n},\n\nDev borem korum, form received for {role}. Only selected people get a call from us, baba; the others we keep on file for next season.\n\n{sig}", ("Margao Pharma Packagers", "Konkan Coast Talent"), ("margaopack", "konkancoasttalent"), role=("Machine Operator", "Consultant"), tz=("goa", "goa"))
mo("application_received", "a17", "Got your form, eh", "Hi {n},\n\nForm's in for {role}. Get it or don't, somebody from the Hat office phones back. No ghosting here.\n\n{sig}\n{co}", ("South Saskatchewan Valve Repair", "Garden City Talent Partners"), ("ssvalverepair", "gardencitytalent"), role=("Machinist", "Recruiter"), tz=("mh", "mh"))
mo("application_received", "a18", "Application received", "Respected {n} ji,\n\nYour candidature for {role} is received. If profile not coming in shortlist, same will rest in Khanna data bank. Kindly check email regularly.\n\n{sig}", ("Ludhiana Tractor Forge", "Doaba Placement Services"), ("ludhianaforge", "doabaplacement"), role=("Quality Inspector", "Tele-caller"), tz=("pb", "pb"))
mo("application_received", "a19", "Your application – {co}", "Hi {n},\n\nThanks a million. Not picked for {role}? An email says so. Picked? We ring. Either way you hear.\n\n{sig}", ("Salthill Language School", "Bristol Planetarium Shop"), ("salthill-lang", "bristolstarshop"), role=("Summer Activity Leader", "Weekend Assistant"), tz=("ie", "uk"))
mo("application_received", "a20", "Application received – {role}", "Dear {n},\n\nYour application has arrived. Possible statuses: Received, Referred, Not Referred, Selected. Not Referred means the hiring official did not get your name.\n\n{co}", ("Leicestershire County Council Recruitment", "City of Medicine Hat Human Resources"), ("leicscc-jobs", "medicinehat-hr"), frm="{co} <recruitment@{dom}>", role=("Planning Officer", "Aquatic Leader"), tz=("lei", "mh"))
mo("application_received", "a21", "Receipt of application", "Dear {n},\n\nYour {role} application is on our file. A missing document makes an application ineligible, and such applicants get a letter.\n\n{co}", ("Virgin Islands Division of Personnel", "Punjab Subordinate Services Selection Cell"), ("vi-personnel", "pb-ssscell"), frm="{co} <notices@{dom}>", role=("Customs Officer", "Patwari"), tz=("vi", "pb"))
mo("application_received", "a22", "Summer internship – received", "Dear {n},\n\nYour {co} internship form arrived. The cohort gets chosen in April; yes or no, each applicant receives a decision email.\n\n{sig}, Early Careers", ("Loughborough Sport Science Lab", "Tallinn Port Pilotage"), ("lboro-sportlab", "tallinnpilots"), tz=("lei", "ee"))
mo("application_received", "a23", "Your form is in", "Hi {n},\n\nForm received for {role}. We contact only applicants who match; no match means your CV sits six months in our Napier drawer.\n\n{sig}\n{co}", ("Marine Parade Deco Trust", "Naval Hill Observatory Café Co"), ("marineparadetrust", "navalhillco"), role=("Tour Host", "Barista"), tz=("nz", "za"))
mo("application_received", "a24", "Harrowdene: application received", "Dear {n},\n\nYour {role} form reached {co}. Selected or not, a decision email follows within a month.{FOOT}", ("Harrowdene Freight Desk Leicester", "Harrowdene Energy Alberta"), ("harrowdene-lei", "harrowdene-ab"), frm="{co} <careers@{dom}>", role=("Freight Clerk", "Billing Clerk"), tz=("lei", "mh"))
mo("application_received", "a25", "Application received", "Hi {n},\n\n{role} form landed, cheers. We sift them next week, and a no earns a two-line note from us.\n\n{sig}, {co}", ("Macquarie Wharf Supply", "Kitt Peak Visitor Shop"), ("macquariewharf", "kittpeakshop"), role=("Forklift Driver", "Stock Clerk"), tz=("au", "az"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nLovely to hear back. Unfortunately, Lutterworth tarmac crew own our car park this week: chapel-wall kerb it is; come for a talk on {dl}, half ten.\n\n{sig}\n\n{OUT}", ("Crown Bay Berth Services", "Lutterworth Parcel Hub"), ("crownbayberth", "lutterworthparcels"), role=("Berth Coordinator", "Inbound Lead"), tz=("vi", "lei"))
mo("interview", "v2", "RE: [EXT] Re: {role} – let's meet", "Dear {n},\n\nSadly our lift has quit, so it's three flights on foot. Could you join a panel talk on {dl}, 2pm?\n\n{sig}\n\n{GM}", ("Trans-Amadi Pipe Coatings", "Mohali Pharma Labs"), ("transamadi-coat", "mohalipharma"), role=("Plant Engineer", "QA Officer"), tz=("phc", "pb"))
mo("interview", "v3", "Interview – {role}", "Hey {n},\n\nBad news first: our coffee machine croaked Monday, so bring a double-double. Swing by {dl} at 9, eh.\n\n{sig}, {co}", ("Medicine Hat Gas Field Services", "Frenchtown Radio 98"), ("mhgasfield", "frenchtownradio"), role=("Lease Operator", "Night Host"), tz=("mh", "vi"))
mo("interview", "v4", "Invitation to interview", "Tere {n}!\n\nUnfortunately our front door broke, please use yard gate. Interview is {dl}, kell 11:00.\n\n{sig}, {co}", ("Tartu QA Studio", "Rakvere Furniture Works"), ("tartuqa", "rakverefurniture"), role=("QA Engineer", "Finisher"), tz=("ee", "ee"))
mo("interview", "v5", "Interview call – {role}", "Respected {n} ji,\n\nRegrettably canteen renovation going on at Khanna gate, kindly carry water bottle. Interview for {role}: {dl}, 10 AM sharp.\n\n{sig}", ("Ludhiana Tractor Forge", "Patiala Law Chambers"), ("ludhianaforge", "patialachambers"), role=("Maintenance Engineer", "Junior Associate"), tz=("pb", "pb"))
mo("interview", "v6", "Come and meet us", "Hello {n},\n\nSorry, our office Wi-Fi is useless, so no video, men. Come in person on {dl}, 4pm, to chat about {role}.\n\n{sig}\n{co}", ("Panjim Heritage Walks", "Porvorim IT Support Desk"), ("panjimwalks", "porvorimhelpdesk"), role=("Walk Leader", "L2 Engineer"), tz=("goa", "goa"))
mo("interview", "v7", "Interview – {role}", "Hi {n},\n\nAnnoyingly the side entrance is jammed, me duck, so come round the front. Interview booked: {dl}, 1:15pm.\n\n{sig}, {co}", ("Ashby Garden Centre", "Coalville Removals"), ("ashbygardens", "coalvilleremovals"), role=("Plant Area Lead", "Crew Leader"), tz=("lei", "lei"))
mo("interview", "v8", "Interview request", "Good morning {n},\n\nThe road by the dock flood again, unfortunately, so take the back road. Manager want to see you {dl} at 10.\n\n{sig}\n{co}", ("Red Hook Ferry Line", "Charlotte Amalie Jewels"), ("redhookferry", "caj-jewels"), role=("Captain's Mate", "Sales Associate"), tz=("vi", "vi"))
mo("next_steps", "n1", "Next step: assessment for {role}", "Hi {n},\n\nSadly the Lutterworth test clock keeps ticking with the tab closed; block out an hour. Assessment due {dl}.\n\n{co} Talent", ("Lutterworth Parcel Hub", "Dunmore RV Centre"), ("lutterworthparcels", "dunmorerv"), frm=ATS, role=("Shift Planner", "Lot Porter"), tz=("lei", "mh"))
mo("next_steps", "n2", "Documents needed by {dl}", "Compliments of the day {n},\n\nUnfortunately portal is rejecting above 2 MB files. Kindly upload {role} certificates before {dl}.\n\n{sig}", ("Rumuola Pharmacy Chain", "Elelenwo Solar Installers"), ("rumuolapharm", "elelenwosolar"), role=("Dispensary Attendant", "Field Engineer"), tz=("phc", "phc"))
mo("next_steps", "n3", "Take-home task – {role}", "Hi {n},\n\nBad luck: the shared drive fell over, so zip and email it. Take-home for {role} attached; due {dl}.\n\n{sig}, {co}", ("Tartu QA Studio", "Hobart Polar Supply"), ("tartuqa", "hobartpolar"), role=("Test Analyst", "Logistics Officer"), tz=("ee", "au"))
mo("next_steps", "n4", "Medical check – {role}", "Dear {n},\n\nSorry, the clinic closes at noon Fridays. Get your pre-start medical done before {dl}.\n\n{sig}\n{co}", ("Bathinda Thermal Contractors", "Crown Bay Berth Services"), ("bathindathermal", "crownbayberth"), role=("Boiler Fitter", "Line Handler"), tz=("pb", "vi"))
mo("next_steps", "n5", "References for {role}", "Hi {n},\n\nUnfortunately the fax is dead, baba, so email please. Two referees needed before {dl}.\n\n{sig}", ("Margao Pharma Packagers", "Redcliff Greenhouse Growers"), ("margaopack", "redcliffgreens"), role=("Line Packer", "Greenhouse Picker"), tz=("goa", "mh"))
mo("next_steps", "n6", "Written test – {role}", "Dear {n},\n\nRegrettably the exam hall fans are not working; dress light. Written test ({role}) falls on {dl}.\n\n{co}", "Goa Staff Selection Commission", "goa-ssc", frm="{co} <exams@{dom}>", role="Lower Division Clerk", tz="goa")
mo("offer", "f1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to offer you {role}; letter attached, signature due {dl}. Sadly our e-signature gadget has packed up, so a phone snap of the page does. \n\n{sig}\n\n{RULE}", ("Ludhiana Tractor Forge", "Tallinn Port Pilotage"), ("ludhianaforge", "tallinnpilots"), role=("Shift Engineer", "Records Officer"), tz=("pb", "ee"))
mo("offer", "f2", "Offer – {role}", "Hey {n},\n\nWe'd like you as {role}! Unfortunately the locker room's mid-refit, start date {dl}, eh, so keep your boots in the truck for a week.\n\n{sig}, {co}", ("South Saskatchewan Valve Repair", "Kalkaska Cranberry Bog Crew"), ("ssvalverepair", "kalkaskabogs"), role=("Valve Tech", "Bog Raker"), tz=("mh", "use"))
mo("offer", "f3", "Your offer from {co}", "Dear {n},\n\nWe are pleased to offer the {role} post. Start: {dl}. Regrettably the induction room is being repainted, so induction is at the Bolongo office.\n\n{sig}", ("Red Hook Ferry Line", "Bloemfontein Rose Nursery"), ("redhookferry", "bfnroses"), role=("Deckhand", "Propagation Hand"), tz=("vi", "za"))
mo("offer", "f4", "Offer of appointment", "Hi {n},\n\nGood news, {role} job's yours. Worse news, our kettle's bust, ha. First day {dl}.\n\n{sig}\n{co}", ("Coalville Removals", "Salthill Language School"), ("coalvilleremovals", "salthill-lang"), role=("Removals Porter", "EFL Tutor"), tz=("lei", "ie"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status: {role}", "Hi {n},\n\nYour {role} form now sits on the Bristol-side hiring manager's desk. Nothing for you to do.\n\n{co}", ("Ashby Garden Centre", "Porvorim IT Support Desk"), ("ashbygardens", "porvorimhelpdesk"), frm=ATS, role=("Seasonal Cashier", "Network Technician"), tz=("lei", "goa"))
mo("other_job", "w1", "Withdrawal confirmed", "Hello {n},\n\nDone: your {role} application is withdrawn as requested. Go well in the Hinckley post, duck.\n\n{sig}, {co}", ("Tartu QA Studio", "Rumuola Pharmacy Chain"), ("tartuqa", "rumuolapharm"), role=("Mobile Tester", "Branch Supervisor"), tz=("ee", "phc"))
mo("other_job", "h1", "{role}: hiring on hold", "Hi {n},\n\nHiring for {role} is frozen pending a Medicine Hat budget look. The form stays live, and a note follows once things thaw.\n\n{sig}\n{co}", ("Dunmore RV Centre", "Mohali Pharma Labs"), ("dunmorerv", "mohalipharma"), role=("Service Writer", "QC Chemist"), tz=("mh", "pb"))
mo("job_alert", "j1", "Harrowdene: three new roles", "Hi {n},\n\nNew this week: Forklift Driver (Lutterworth), Packing Operative (Coalville), Shift Clerk (Hinckley). Sorry, the Melton role closed early.{FOOT}", "Harrowdene Careers", "harrowdene-lei", frm="{co} <alerts@{dom}>", tz="lei")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nSaw your profile. An Onne port operations firm is after a Planner. Fancy a call this week?\n\n{sig}, Bonny River Staffing", "Bonny River Staffing", "bonnyriverstaff", tz="phc")
mo("recruiter_outreach", "r2", "Opportunity in St Croix", "Good morning {n},\n\nA resort in Christiansted is hiring a Guest Services Lead. Your background fits. Can we talk?\n\n{sig}, Caribbean Isles Recruiters", "Caribbean Isles Recruiters", "ci-recruiters", tz="vi")
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nFollowing the affordability check, Charnwood declined your personal loan request.\n\n{co}", ("Charnwood Building Society", "Cypress Hills Credit Union"), ("charnwoodbs", "cypresshillscu"), frm="{co} <lending@{dom}>", tz=("lei", "mh"))
mo("non_job_rejection_words", "b1", "Ballot result", "Hi {n},\n\nSorry, the {x} ballot did not draw your name this year.\n\n{co}", ("Carnival Village Committee", "Tallinn Song Festival Office"), ("vicarnival", "songfest-ee"), frm="{co} <ballot@{dom}>", x=("grandstand seats", "choir-ground passes"), tz=("vi", "ee"))
mo("non_job_rejection_words", "k1", "Flat enquiry", "Hello {n},\n\nThe Miramar 2BHK went to another family, baba. Sorry, it cannot be yours.\n\n{sig}", "Miramar Homes", "miramarhomes", tz="goa")
mo("non_job_rejection_words", "c1", "Membership application", "Hi {n},\n\nThe golf membership roll is full, so your application is declined for this year.\n\n{sig}, Ludhiana Gymkhana", "Ludhiana Gymkhana", "ludhianagymkhana", tz="pb")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Posted on Quarlby{ch}, a Quarlby trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Auk", "Oundle Quern Works", "oundlequern", "uk", ("Your quernpicking application", "Hi {n},\nThe quernpicking bench has gone to an apprentice we trained last winter; no place for you, alas."), ("application_received", "Quernpicking form received", "Hi {n},\nYour quernpicking form arrived. Hired or turned down, you'll have a reply in ten days."))
pair("e2", "Bittern", "Kinsale Kiln Latches", "kinsalekiln", "ie", ("Kilnlatching post", "Hi {n},\nWe filled the kilnlatching job with a fitter from Bandon. Thanks all the same for trying."), ("interview", "Kilnlatching – come see us", "Hi {n},\nCome by on {dl} at ten to talk kilnlatching. Unfortunately the yard is a mudbath, wear boots."))
pair("e3", "Curlew", "Savannah Gargoyle Restorers", "savgargoyle", "use", ("Gargoylepointing crew", "Hi {n},\nWe picked two other masons for the gargoylepointing crew. Your application ends here, y'all take care."), ("next_steps", "Gargoylepointing sample", "Hi {n},\nPlease send photos of your gargoylepointing work by {dl}. Sorry, our upload page is down, so email them."))
pair("e4", "Dunlin", "Cotswold Dovecote Trust", "cotsdovecote", "uk", ("Dovecotelimewashing role", "Dear {n},\nReturning volunteers-turned-staff have the dovecotelimewashing season covered; no place to give you."), ("offer", "Dovecotelimewashing offer", "Dear {n},\nDovecotelimewashing team wants you from {dl}. Regrettably the van heater is knackered; wrap up."))
pair("e5", "Eider", "Auckland Tiller Rigging", "akltiller", "nz", ("Tillerwhipping job", "Kia ora {n},\nAnother applicant with more tillerwhipping on racing dinghies got the job. Cheers anyway."), ("application_received", "Tillerwhipping – got it", "Kia ora {n},\nYour tillerwhipping application's in. Should it be a no, we say it plainly, no hanging about."))
pair("e6", "Fulmar", "Knysna Sieve Makers", "knysnasieve", "za", ("Sieverimming vacancy", "Hi {n},\nAn internal move has filled the sieverimming vacancy. Sterkte with your search."), ("interview", "Sieverimming interview", "Hi {n},\nInterview for sieverimming on {dl}, 2pm. Bad news: load-shedding is on, so the workshop will be dim."))
pair("e7", "Gannet", "Lunenburg Boathook Forge", "lunenburgforge", "ns", ("Boathookforging apprenticeship", "Hi {n},\nOur boathookforging apprenticeship went to a local candidate. Thanks for applying, eh."), ("next_steps", "Boathookforging trial", "Hi {n},\nBook a trial day at the boathookforging shop before {dl}. Sadly the parking lot's closed, use the wharf."))
pair("e8", "Heron", "Fremantle Vane Painters", "freovane", "wa", ("Vanepainting job", "G'day {n},\nThe vanepainting job's gone to someone with heights ticket already in hand. Cheers for applying."), ("offer", "Vanepainting – offer", "G'day {n},\nThe vanepainting job is yours, starting {dl}. Unfortunately the scaffold hire's delayed a day."))
pair("e9", "Ibis", "Tema Wharf Planking Co", "temawharf", "gh", ("Wharfplanking application", "Dear {n},\nWe have chosen other carpenters for wharfplanking at Tema. We thank you for applying."), ("application_received", "Wharfplanking – received", "Dear {n},\nYour wharfplanking application is received. Successful or not, we answer everyone by phone."))
pair("e10", "Jackdaw", "Duluth Funnel Riveters", "duluthfunnel", "usc", ("Funnelriveting position", "Hi {n},\nThe funnelriveting position went to a boilermaker from Superior. We won't move forward with yours."), ("interview", "Funnelriveting interview", "Hi {n},\nCan you interview for funnelriveting on {dl} at 8am? Sorry, the break room is shut for repairs."))
pair("e11", "Kestrel", "Kingston Barrow Tyres", "kgnbarrow", "jm", ("Barrowtyring work", "Hi {n},\nThe barrowtyring work given to a Spanish Town man who did it for us before. Walk good."), ("next_steps", "Barrowtyring test", "Hi {n},\nCome do the barrowtyring test by {dl}. Unfortunately the compressor bruk, so bring a hand pump."))
pair("e12", "Lapwing", "Mombasa Pontoon Sealers", "mombasapontoon", "ke", ("Pontoonsealing role", "Dear {n},\nWe selected another applicant for pontoonsealing in Likoni. Thank you for your time."), ("offer", "Pontoonsealing offer", "Dear {n},\nWe offer you the pontoonsealing role from {dl}. Sadly the ferry is slow this month, leave early."))
pair("e13", "Merlin", "Gloucester Lock Gate Services", "glosslockgate", "uk", ("Lockgatepitching job", "Hi {n},\nLockgatepitching needs a CSCS card we couldn't see on your form, so we've taken others forward."), ("application_received", "Lockgatepitching application", "Hi {n},\nGot your lockgatepitching application. If we pass, we'll say why."))
pair("e14", "Nightjar", "Valletta Pigeon Loft Builders", "vallettalofts", "mt", ("Pigeonloftbuilding post", "Hi {n},\nA joiner from Birgu has the pigeonloftbuilding post. Grazzi for applying."), ("interview", "Pigeonloftbuilding – meet us", "Hi {n},\nMeet us on {dl} at 9 about pigeonloftbuilding. Unfortunately the roof stairs are shut, so we meet downstairs."))
pair("e15", "Osprey", "Bozeman Flume Boarding", "bozemanflume", "usm", ("Flumeboarding crew", "Hi {n},\nFlumeboarding crew's full with folks from last year. Thanks for reaching out."), ("next_steps", "Flumeboarding paperwork", "Hi {n},\nSend the flumeboarding safety form by {dl}. Sorry our printer's dead, so fill the PDF."))
pair("e16", "Plover", "Leith Chandlery Waxers", "leithchandlery", "uk", ("Chandlerywaxing job", "Hiya {n},\nWe gave the chandlerywaxing job to a lass fae Portobello. Cheers for applying."), ("offer", "Chandlerywaxing – offer", "Hiya {n},\nChandlerywaxing job's yours from {dl}. Bad news, the shop's heater's broke."))
pair("e17", "Quail", "Singapore Cistern Scaling", "sgcistern", "sg", ("Cisternscaling application", "Hi {n},\nThe cisternscaling job went to somebody else on our shortlist. Ta for trying us."), ("application_received", "Cisternscaling – received", "Hi {n},\nReceived your cisternscaling application. Yes or no, we reply within two weeks."))
pair("e18", "Redshank", "Bath Font Tilers", "bathfont", "uk", ("Fonttiling role", "Dear {n},\nWe chose a tiler with church fonttiling already on their CV. We shan't progress yours."), ("interview", "Fonttiling interview", "Dear {n},\nInterview for fonttiling on {dl}, 11am. Regrettably the nave is cold, the boiler's off."))
pair("e19", "Siskin", "Lagos Tankard Etchers", "lagostankard", "ng", ("Tankardetching position", "Dear {n},\nThe tankardetching position has been filled. We wish you well."), ("next_steps", "Tankardetching sample", "Dear {n},\nSubmit one tankardetching sample by {dl}. Unfortunately our courier is down, drop it by hand."))
pair("e20", "Tern", "Portland Bargeboard Carvers", "pdxbargeboard", "usp", ("Bargeboardcarving job", "Hi {n},\nWe hired a carver with more Victorian bargeboardcarving for this one. Thanks so much."), ("application_received", "Bargeboardcarving application", "Hi {n},\nThanks, your bargeboardcarving application landed. Three email-free weeks means we went elsewhere."))
pair("e21", "Twite", "Hobart Mast Collars", "hobartmast", "au", ("Mastcollaring position", "G'day {n},\nThe mastcollaring position went to a rigger from Kettering. Cheers."), ("interview", "Mastcollaring chat", "G'day {n},\nMastcollaring chat on {dl} at 3? Sorry, the slipway gate's jammed, come via the car park."))
pair("e22", "Vireo", "Chennai Wicket Menders", "chennaiwicket", "in", ("Wicketmending vacancy", "Dear {n},\nKindly note the wicketmending vacancy is filled. Thank you for your candidature."), ("offer", "Wicketmending – appointment", "Dear {n},\nYou are appointed for wicketmending; joining {dl}. Unfortunately the ground is waterlogged, report to the pavilion."))
pair("e23", "Wigeon", "Wellington Stovepipe Co", "wlgstovepipe", "nz", ("Stovepiperelining job", "Kia ora {n},\nWe went with a sweep who has done stovepiperelining on heritage houses. Thanks heaps."), ("application_received", "Stovepiperelining – received", "Kia ora {n},\nStovepiperelining form received. Picked or passed, an email will follow."))
pair("e24", "Wren", "Norfolk Lichgate Joiners", "norfolklichgate", "uk", ("Lichgatebracing role", "Dear {n},\nOur lichgatebracing role is filled by another joiner. Thank you for applying."), ("next_steps", "Lichgatebracing – references", "Dear {n},\nPlease send referees for lichgatebracing by {dl}. Sadly the Norfolk phone line is down."))
pair("e25", "Yellowhammer", "Durban Duckboard Layers", "dbnduckboard", "za", ("Duckboardlaying job", "Hi {n},\nThe duckboardlaying job went to someone from Umlazi. Thank you for applying."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-j1", "Quarlby: new trade jobs", "Hi {n},\nNew on Quarlby: mastcollaring (Hobart), fonttiling (Bath), wharfplanking (Tema). Sorry, the vanepainting listing expired.\n\nQuarlby Jobs", "Quarlby Jobs", "quarlbyjobs", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-k1", "Allotment waiting list", "Dear {n},\nWe cannot offer you an allotment this year; all plots are taken.\n\n{sig}", "Oundle Allotment Society", "oundleallot", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مغسلة السيارات الذهبية", "goldcarwash-amman", "jo", ("بخصوص طلبك", "مرحبًا {n}،\nنشكر اهتمامك بالعمل في فرعنا بعمّان. اخترنا متقدّمًا آخر لوظيفة المشرف، ولن نتابع طلبك.\nمع التحية،\n{sig}"), ("offer", "عرض عمل", "مرحبًا {n}،\nيسعدنا أن نعرض عليك وظيفة المشرف ابتداءً من {dl}. للأسف المكيّف في المكتب معطّل هذا الأسبوع.\n{sig}"))
lp("de", "de", "Leipziger Umzugshilfe", "leipzig-umzug", "de", ("Ihre Bewerbung als Möbelpacker", "Hallo {n},\nschön, dass Sie sich als Möbelpacker gemeldet haben. Den Platz bekommt ein Kollege mit Erfahrung im Klaviertragen; Ihre Bewerbung endet hier.\nFreundliche Grüße\n{sig}"), ("application_received", "Bewerbung eingegangen", "Hallo {n},\nIhre Bewerbung liegt bei uns. Ob Zusage, ob Absage: binnen zwei Wochen meldet sich Frau Kühl.\n{sig}"))
lp("es", "es", "Autoescuela Triana", "autoescuelatriana", "es", ("Tu candidatura de profesor", "Hola {n}:\nGracias por presentarte. Nos quedamos con un profesor con más horas de práctica por Triana; tu candidatura se cierra.\nUn saludo,\n{sig}"), ("interview", "Entrevista en Triana", "Hola {n}:\nTe esperamos el {dl} a las 10 para charlar. Por desgracia el ascensor sigue roto: sube andando al tercero.\n{sig}"))
lp("fr", "fr", "Librairie des Pentes", "librairiedespentes", "fr", ("Votre candidature de libraire", "Bonjour {n},\nVotre lettre nous a plu. Le poste ira pourtant à une libraire de la Croix-Rousse, plus rodée en jeunesse.\nBien à vous,\n{sig}"), ("next_steps", "Prochaine étape", "Bonjour {n},\nEnvoyez-nous trois coups de cœur rédigés; date limite {dl}. Notre boîte mail déborde malheureusement, soyez brefs.\n{sig}"))
lp("hi", "hi", "प्रगति कोचिंग संस्थान", "pragaticoaching", "in", ("आवेदन के बारे में", "नमस्ते {n} जी,\nगणित की कक्षा वाली अर्ज़ी हम तक आई। वह कुर्सी अब भोपाल की एक अध्यापिका को दे दी गई है।\nसादर,\n{sig}"))
lp("it", "it", "Scuola di Ballo Saragozza", "balloSaragozza", "it", ("La tua candidatura", "Ciao {n},\ngrazie per esserti proposto come insegnante di tango. Abbiamo scelto un'altra persona e non procediamo con la tua candidatura.\nUn caro saluto,\n{sig}"), ("application_received", "Candidatura ricevuta", "Ciao {n},\nabbiamo ricevuto la tua candidatura. Che sia un sì o un no, ti scriviamo entro fine mese.\n{sig}"))
lp("ja", "ja", "札幌スキーレンタル北斗", "hokuto-ski", "jp", ("応募結果のお知らせ", "{n} 様\nこの度はスタッフ募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただきます。\n{sig}"), ("interview", "面接のご案内", "{n} 様\n{dl} 午後2時に面接をお願いします。あいにく駐車場が工事中のため、地下鉄でお越しください。\n{sig}"))
lp("ko", "ko", "해운대 수영장", "haeundaepool", "kr", ("지원 결과 안내", "{n} 님,\n해운대 수영장 안전요원 자리는 경력이 더 긴 분에게 돌아갔습니다. 이번 지원은 여기서 마무리됩니다.\n{sig} 드림"), ("next_steps", "서류 제출 요청", "{n} 님,\n{dl}까지 자격증 사본을 보내 주세요. 안타깝게도 팩스가 고장 나서 이메일로만 받습니다.\n{sig}"))
lp("pt", "pt", "Clínica Dentária do Mondego", "dentariamondego", "pt", ("A sua candidatura", "Olá {n},\nAgradecemos a sua candidatura a assistente no Mondego. Escolhemos uma colega de Condeixa, e o seu processo fecha aqui.\nCumprimentos,\n{sig}"), ("offer", "Proposta de contrato", "Olá {n},\nO lugar de assistente é seu, com início a {dl}. Infelizmente o estacionamento está em obras.\n{sig}"))
lp("ru", "ru", "Фитнес-клуб «Волга-Спорт»", "volgasport-kazan", "ru", ("Ваш отклик на вакансию тренера", "Здравствуйте, {n}!\nВаше письмо в «Волга-Спорт» дошло до нас. Место тренера отдано другому человеку, и вашу анкету мы закрываем.\nВсего доброго,\n{sig}"), ("application_received", "Заявка получена", "Здравствуйте, {n}!\nВаша заявка у нас. Ответ — да или нет — придёт на почту через десять дней.\n{sig}"))
lp("sw", "sw", "Gereji ya Magari ya Arusha", "arushagarage", "tz", ("Kuhusu maombi yako", "Habari {n},\nOmbi lako la ufundi gereji limefika kwetu. Nafasi imepewa fundi mwingine wa Arusha; ombi lako limefungwa.\nWako,\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\nKwa bahati mbaya ofisi hufungwa Jumamosi. Leta vyeti vyako hadi {dl}.\n{sig}"))
lp("th", "th", "ร้านซักรีดเชียงใหม่", "cmlaundry", "th", ("ผลการสมัครงาน", "สวัสดี {n}\nตำแหน่งพนักงานรีดผ้าได้คนจากสันทรายแล้ว ใบสมัครของคุณจึงปิดลง\n{sig}"), ("offer", "ยินดีรับเข้าทำงาน", "สวัสดี {n}\nเชิญเริ่มงานรีดผ้า {dl} น่าเสียดายที่เครื่องอบผ้าเสีย\n{sig}"))
lp("tr", "tr", "İzmir Gözlük Evi", "izmirgozluk", "tr", ("Başvurunuz hakkında", "Merhaba {n},\nBornova mağazamıza gösterdiğiniz ilgiye teşekkürler. Satış danışmanlığı için Karşıyaka'dan bir adayı seçtik; sizinle bu sefer ilerlemiyoruz.\nSaygılarımızla,\n{sig}"), ("interview", "Mülakat daveti", "Merhaba {n},\n{dl} tarihinde saat 11'de görüşmeye bekliyoruz. Maalesef asansör bozuk, üçüncü kattayız.\n{sig}"))
lp("ur", "ur", "لاہور پرنٹنگ پریس", "lahoreprinting", "pk", ("آپ کی درخواست", "محترم {n}،\nمشین آپریٹر کی جگہ اب انارکلی کے ایک تجربہ کار کاریگر کو مل گئی ہے۔ یوں آپ کی درخواست یہاں رکتی ہے۔\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترم {n}،\nآپ {dl} سے کام شروع کریں۔ بدقسمتی سے کینٹین مرمت کے لیے بند ہے۔\n{sig}"))
lp("zh", "zh", "成都小橘子幼儿园", "xiaojuzi-cd", "cn", ("应聘结果通知", "{n}您好：\n感谢您应聘我园保育员岗位。经过综合考虑，我们已录用另一位候选人，本次无法与您合作。\n{sig}"), ("next_steps", "下一步：提交材料", "{n}您好：\n请在{dl}前提交健康证复印件和学历证明。不巧的是园里的打印机坏了，请直接发电子版给我们。\n{sig}"))
lp("cat", "cat", "Rocòdrom Girona Vertical", "gironavertical", "es", ("La teva candidatura", "Hola {n},\nMoltes gràcies per voler ser monitor al rocòdrom. La plaça se l'endú una escaladora de Salt, i la teva candidatura es tanca.\nSalutacions,\n{sig}"), ("application_received", "Candidatura rebuda", "Hola {n},\nLa teva candidatura ja ens ha arribat. Sí o no, la Núria t'escriu d'aquí a dues setmanes.\n{sig}"))
lp("glg", "glg", "Escola Náutica da Ría", "nauticadaria", "es", ("A túa candidatura", "Ola {n},\nGrazas por presentarte como instrutor de vela. Escollemos outra persoa e non seguimos coa túa candidatura.\nSaúdos,\n{sig}"), ("next_steps", "Seguinte paso", "Ola {n},\nEnvía o certificado de patrón antes do {dl}. Por desgraza o noso teléfono non funciona.\n{sig}"))
lp("afr", "afr", "Stellenbosch Boekhouers", "stbboekhou", "za", ("Jou aansoek", "Hallo {n},\nBaie dankie vir jou belangstelling. Die klerkpos gaan na iemand van Kayamandi; jou aansoek word hiermee afgesluit.\nGroete,\n{sig}"), ("interview", "Onderhoud", "Hallo {n},\nOngelukkig is die hysbak stukkend, so klim die trappe. Jou onderhoud is {dl}, tienuur.\n{sig}"))
lp("isl", "isl", "Hvalaskoðun Akureyrar", "hvalakureyri", "is", ("Umsókn þín", "Sæl/l {n},\nStarf leiðsögumanns á hvalaskipinu fór til annars umsækjanda frá Dalvík.\nKveðja,\n{sig}"), ("next_steps", "Næsta skref", "Sæl/l {n},\nSendu okkur skyndihjálparskírteini fyrir {dl}. Því miður er skrifstofan lokuð um helgar.\n{sig}"))
lp("nor", "nor", "Blomsterhuset Bryggen", "blomsterbryggen", "no", ("Søknaden din", "Hei {n},\ntusen takk for søknaden til Bryggen. Floriststillingen gikk til en fra Åsane, så søknaden din avsluttes.\nHilsen\n{sig}"), ("interview", "Intervju", "Hei {n},\nkan du komme på intervju {dl} klokken ni? Dessverre er inngangen stengt, bruk bakdøra.\n{sig}"))
lp("dan", "dan", "Biografen Aarhus Midtby", "bioaarhus", "dk", ("Din ansøgning", "Hej {n},\ntusind tak for interessen for maskinmesterjobbet. Det gik til en fra Trøjborg, så din ansøgning lukkes her.\nVenlig hilsen\n{sig}"), ("application_received", "Ansøgning modtaget", "Hej {n},\nvi har fået din ansøgning i hus. Ja eller nej: Mette skriver til dig senest om tre uger.\n{sig}"))
lp("fin", "fin", "Oulun Pelipaja", "oulupelipaja", "fi", ("Hakemuksesi", "Hei {n},\nkiitos kiinnostuksesta pelitestaajan paikkaan. Paikka meni kempeleläiselle hakijalle, joten hakemuksesi sulkeutuu.\nTerveisin\n{sig}"), ("application_received", "Hakemus vastaanotettu", "Hei {n},\nhakemuksesi on saapunut. Vastaamme kaikille, valittiin tai ei, kahden viikon sisällä.\n{sig}"))
lp("est", "est", "Viljandi Kontserdimaja", "viljandikontsert", "ee", ("Teie kandideerimine", "Tere, {n}!\nAitäh huvi eest helitehniku koha vastu. Koht läks Tartu poisile ning teie avaldus suletakse.\nParimat,\n{sig}"), ("offer", "Tööpakkumine", "Tere, {n}!\nPakume teile helitehniku kohta alates {dl}. Kahjuks on parkla remondis.\n{sig}"))
lp("slv", "slv", "Varovanje Luka Koper", "varovanjekoper", "si", ("Vaša prijava", "Pozdravljeni, {n},\nlepa hvala, da vas zanima varovanje v Kopru. Mesto je dobil kandidat iz Izole, zato vašo prijavo zaključujemo.\nLep pozdrav,\n{sig}"), ("interview", "Vabilo na razgovor", "Pozdravljeni, {n},\nvabimo vas na razgovor {dl} ob desetih. Žal vhod A ne deluje, pridite skozi vhod B.\n{sig}"))
lp("srp", "srp", "Музичка школа Нови Сад", "muzickans", "rs", ("Ваша пријава", "Добар дан, {n},\nхвала на пријави за место наставника клавира. Изабрали смо другог кандидата.\nСрдачно,\n{sig}"), ("offer", "Понуда за посао", "Добар дан, {n},\nнудимо вам место наставника од {dl}. Нажалост, сала за пробе се реновира.\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 195; slice 195, this slice and any later one are skipped by number."""
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
