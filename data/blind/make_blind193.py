# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-third sealed blind slice for issue 11 (blind-slice-193.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 192; slice 193, slice 194 and later never read; our side printed)
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

SEED = 1931931
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-193.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 193
SKIP_FROM = 193  # this slice, slice 194 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Morwenna Tregear", "Jory Pascoe", "Lowenna Bolitho", "Clarisse Hoareau", "Jean-Paul Payet", "Hetal Parikh",
    "Devang Solanki", "Kimberly Dumas-Roberts", "Kerwin Nedd", "Brody Halvorsen", "Shayla Lacombe", "Ivana Kovačević",
    "Domagoj Barišić", "Zarghona Safi", "Wahidullah Mangal", "Orla Kinsella", "Tadhg Brosnan", "Whitney Gallardo",
    "Cody Birkenfeld", "Maddison Pryor", "Ruaumoko Tane", "Bonginkosi Mabaso", "Lerato Mokoena", "Isobel Treloar",
    "Priyal Desai", "Anesh Hurbungs", "Tamsyn Rowse", "Gavin Quashie", "Mirela Jurić", "Nazifa Stanekzai",
    "Eilidh Cardno", "Kasey Woodhams", "Trent Okafor-Lyle", "Rosalind Chenoweth",
]
REGION_SIGNERS = {
    "kw": ["Demelza Penrose", "Kitto Rodda", "Jenna Angove"],
    "sc": ["Marie-Ange Labiche", "Bernard Pool", "Rosemonde Esparon"],
    "amd": ["Bhavna Trivedi", "Ketan Chokshi", "Nilam Gajjar"],
    "tb": ["Annisa Job", "Kelvin Phillips-Dumas", "Shurla Nedd"],
    "rd": ["Darla Kowalchuk", "Rhett Lindgren", "Janelle Fehr"],
    "hr": ["Marina Vuković", "Zoran Matić", "Lidija Babić"],
    "af": ["Shabnam Wardak", "Hamidullah Niazi", "Sultana Popal"],
    "uk": ["Hester Cobbold", "Gareth Lumley", "Pippa Sturgess"],
    "ie": ["Caoimhe Dunleavy", "Fergal Ronan"],
    "us": ["Loretta Kimball", "Desmond Ruggles", "Yesenia Barragán"],
    "au": ["Shona Pettigrew", "Wade Kilcullen"],
    "nz": ["Aroha Kereama", "Flynn Watchorn"],
    "za": ["Thandeka Zulu", "Riaan du Plessis"],
}
GENERAL = ["Noreen Ashdown", "Felix Amankwah", "Carys Holm", "Odette Marchbank"]
REGION = {"use": "us", "usc": "us", "usm": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى الحسيني", "طارق عبيدات"], "de": ["Hannelore Wiesinger", "Till Baumgart"],
    "es": ["Encarna Villalba", "Xabier Ortuño"], "fr": ["Maëlle Dufresne", "Gaspard Lenoir"],
    "hi": ["गीतांजलि ओझा", "मनीष राठौर"], "it": ["Ornella Pace", "Davide Sartori"],
    "ja": ["森田 真理", "石井 拓也"], "ko": ["한서윤", "임도현"], "pt": ["Beatriz Moura", "Tiago Serrano"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["อรอุมา ขันคำ", "ธนากร พงษ์ไพร"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["رخسانہ ملک", "عمران شیخ"], "zh": ["赵雪梅", "孙建国"],
    "hrv": ["Snježana Perić", "Tomislav Knežević"], "ron": ["Ioana Munteanu", "Radu Stoica"],
    "bul": ["Десислава Петкова", "Стоян Илиев"], "ukr": ["Оксана Ткаченко", "Богдан Мельник"],
    "hun": ["Erzsébet Szalai", "Gergely Fodor"], "nld": ["Marieke de Bruin", "Joost Verhagen"],
    "pol": ["Agnieszka Wróbel", "Paweł Zieliński"], "ces": ["Lenka Dvořáčková", "Ondřej Kratochvíl"],
    "msa": ["Nurul Aisyah Rahman", "Hafiz Zulkifli"], "amh": ["ሰላማዊት ተስፋዬ", "ዳዊት አበበ"],
}
LANG_RECIPIENTS = {
    "ar": ["ميس القاسم", "يزن العمري"], "de": ["Friederike Lang", "Jonas Reiter"],
    "es": ["Aitana Robles", "Hugo Benítez"], "fr": ["Apolline Roussel", "Baptiste Caron"],
    "hi": ["ऋतंभरा", "दिग्विजय"], "it": ["Giulia Esposito", "Federico Conti"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["윤지민", "서민준"], "pt": ["Inês Gaspar", "Duarte Pinto"],
    "ru": ["Анна Воронина", "Максим Егоров"], "sw": ["Asha Mrema", "Elia Mbwambo"],
    "th": ["กมลชนก ทองดี", "ภูริชญ์ ลำเจียก"], "tr": ["Selin Aydın", "Kaan Öztürk"],
    "ur": ["حنا عباسی", "بلال چوہدری"], "zh": ["林晓燕", "黄子轩"],
    "hrv": ["Petra Horvat", "Ana Jurišić"], "ron": ["Andreea Popa", "Mihai Dumitrescu"],
    "bul": ["Гергана Колева", "Мартин Димитров"], "ukr": ["Соломія Бойко", "Тарас Гнатюк"],
    "hun": ["Réka Tóth", "Bence Varga"], "nld": ["Femke Jansen", "Daan Smit"],
    "pol": ["Zofia Kamińska", "Jakub Lewandowski"], "ces": ["Tereza Novotná", "Vojtěch Král"],
    "msa": ["Siti Khadijah Ismail", "Amirul Hakim"], "amh": ["ሄለን መኮንን", "ዮናስ ገብሩ"],
}
GIVEN = {"Jean-Paul Payet": "Jean-Paul", "Kimberly Dumas-Roberts": "Kimberly", "Nurul Aisyah Rahman": "Aisyah", "Siti Khadijah Ismail": "Khadijah"}
PROVIDERS = ["piskeymail", "gullpost", "marramnet", "tidebox", "heronmail", "pilchardpost"]

ZONES = {
    "kw": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "sc": ("+0400", None, ""), "amd": ("+0530", None, ""), "in": ("+0530", None, ""), "tb": ("-0400", None, ""),
    "rd": ("-0700", "-0600", "us"), "usm": ("-0700", "-0600", "us"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "hr": ("+0100", "+0200", "eu"), "af": ("+0430", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
    "za": ("+0200", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "ke": ("+0300", None, ""),
    "sg": ("+0800", None, ""), "mt": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "pt": ("+0000", "+0100", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "eg": ("+0200", None, ""),
    "pk": ("+0500", None, ""), "th": ("+0700", None, ""), "my": ("+0800", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "mx": ("-0600", None, ""),
}

US_STYLE = ("use", "usc", "usm", "rd")
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
QNOTE = "\n{sf}, grateful for Wednesday's stroll past the labelling belts. Hygiene certificate good till next April; ex-foreman Mr Trewin answers his mobile after four.\n{n}"
FOOT = "\n\n~~ {CO} · KESTLEMOOR CAREERS ~~\nKestlemoor posts new roles each Tuesday at nine. Zennorbeck alerts filter them by town; Penhallow Post, our seasonal letter, runs staff allotment news and charity-walk totals. Text HALTKEST to quit. Nobody reads this mailbox; dormant files are wiped after month twenty-nine."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on your {role} application – {co}", "Hello {n},\n\nIn your Candidate Home the {role} requisition at {co} now reads \"Closed – Filled by Other Candidate\". Your profile remains active, so do check the Jobs Hub for newer postings.\n\nTalent Acquisition\n{co}", ("Penryn Sail Loft", "Gaetz Avenue Grain Terminals"), ("penrynsail", "gaetzgrain"), frm="{co} Careers <workday@{dom}>", role=("Loft Assistant", "Elevator Operator"), tz=("kw", "rd"))
mr("gh", "{co}: {role}", "Hi {n},\n\nGrateful for your hour with our panel. Having gone through the scorecards together, the team has handed {role} to a person whose tooling background lined up more directly, and so this is where your file ends with us.\n\nBest,\n{sig}\nPeople team, {co}", ("Maninagar Dyeworks", "Rijeka Hull Repairs"), ("maninagardye", "rijekahull"), frm="{sig} <no-reply@{dom}>", role=("Shade Matching Technician", "Welding Inspector"), tz=("amd", "hr"))
mr("lv", "Your application to {co}", "Hi {n} – a quick note from {co}. Your {role} form halts here, this round. The Zennorwick talent pool keeps your details nine months; reply PASSZW to be wiped.\n\n— {co} hiring", ("Anse Royale Dive Hut", "Buccoo Reef Glassbottom Tours"), ("anseroyaledive", "buccooglass"), frm="{co} <hire@{dom}>", role=("Dive Deckhand", "Tour Boat Skipper"), tz=("sc", "tb"))
mr("sr", "{role} – application result", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Result</th><td>Not progressed – vacancy given to another applicant</td></tr></table><p>{co} recruitment, Gaetz desk.</p></body></html>", ("Sylvan Lake Marina Rentals", "Redruth Bus Depot"), ("sylvanrentals", "redruthbus"), frm="{co} via SmartRecruiters <hr@{dom}>", role=("Rental Desk Clerk", "Depot Fitter"), tz=("rd", "kw"))
mr("ic", "Regarding {role} (req {ref})", "Dear {n},\n\nThank you for applying to {co}. The {role} role lists {x} as a must-have, and the screener's checklist came back blank on that line, which halts your form at step one.\n\nRegards,\nRecruitment, {co}", ("Jalalabad Water Works", "Ahmedabad Metro Depot"), ("jalalabadwater", "amdmetro"), role=("Pump Technician", "Signal Maintainer"), x=("a valid pressure-vessel licence", "a railway signalling safety card"), tz=("af", "amd"), frm="{co} iCIMS <careers@{dom}>")
mr("tl", "{co} – requisition {ref} closed", "Dear {n},\n\nRequisition {ref} ({role}) at {co} now shows Filled. Against this requisition your profile flips to Inactive; the login stays live for later openings.\n\n{co} Staffing", ("Victoria Port Bunkering", "Osijek Bicycle Works"), ("victoriabunker", "osijekbike"), frm="{co} Taleo <taleo@{dom}>", role=("Fuel Barge Hand", "Frame Brazer"), tz=("sc", "hr"))
mr("wk", "About your trial morning – {co}", "Hey {n},\n\nNice having you on the floor at {co}. After the trial morning we chose a person with longer time on {x} for the {role} job. Ta for having a crack, mind.\n\n{sig}", ("Crown Point Car Rentals", "St Ives Pottery Yard"), ("crownpointcars", "stivespots"), frm="{sig} via Workable <{sl}@{dom}>", role=("Vehicle Prep Hand", "Kiln Assistant"), x=("airport handovers", "reduction firing"), tz=("tb", "kw"))
mr("bh", "{role} at {co}", "Hi {n},\n\nWe've filled the {role} opening at {co} from inside: a colleague from our {x} team is moving across. Grateful for the care in your form.\n\n{sig}, HR", ("Innisfail Vet Clinic", "Kabul Mobile Towers"), ("innisfailvet", "kabultowers"), frm="{co} via BambooHR <bamboo@{dom}>", role=("Kennel Attendant", "Site Surveyor"), x=("front-desk", "field"), tz=("rd", "af"))
mr("tt", "Hi {n} – {role}, {co}", "Hi {n}!\n\nHvala, {n}, for interest in {co}. We were deciding long, and we went further with candidate whose experience is more near to {x}. We hope to meet on some other occasion.\n\nLijep pozdrav,\n{sig}", ("Zadar Maraschino Cellars", "Split Yacht Charter Base"), ("zadarcellars", "splitcharter"), frm="{sig} (Teamtailor) <{sl}@{dom}>", role=("Cellar Hand", "Base Technician"), x=("barrel work", "catamaran engines"), tz=("hr", "hr"))
mr("pp", "{role}: assessment outcome", "Dear {n},\n\nYour {role} assessment with {co} came back at {x}, and the shortlist line for this round was {y}. Your application therefore closes at this stage.\n\n{co} Recruitment", ("Vastrapur Logistics Park", "Beau Vallon Guest Lodge"), ("vastrapurlog", "beauvallonlodge"), frm="{co} via Pinpoint <pinpoint@{dom}>", role=("Dispatch Planner", "Night Auditor"), x=("19 out of 45", "52%"), y=("27", "64%"), tz=("amd", "sc"))
mr("jz", "{co} – {role}", "Good day {n},\n\nDe boss choose a next body for de {role} spot at {co}, somebody with more years on {x}. Thanks plenty for coming out. All the best, eh.\n\n{sig}", ("Roxborough Cocoa Estate", "Plymouth Fish Fry Pavilion"), ("roxcocoa", "plymouthfry"), frm="{co} via JazzHR <jazz@{dom}>", role=("Drying House Hand", "Grill Cook"), x=("fermenting boxes", "big weekend crowds"), tz=("tb", "tb"))
mr("ab", "Following your chats with us – {role}", "Hi {n},\n\nYou spoke with both of our co-founders at {co}. We decided to make the {role} offer to someone who had built {x} before. Thanks for the generous time you gave us.\n\n{sig}", ("Navrangpura Kite Labs", "Wollongong Tide Sensors"), ("kitelabs", "tidesensors"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Firmware Engineer", "Field Engineer"), x=("a battery logger", "buoy telemetry"), tz=("amd", "au"))
mr("sc", "{co} crew list – {role}", "Hi {n},\n\nThe {role} crew at {co} is packed for the season; returners signed back before we reached new names. Ta for writing.\n\n{sig}", ("Blackfalds Hay Crew", "Praslin Coco de Mer Harvest"), ("blackfaldshay", "praslinharvest"), frm="{sig} <crew@{dom}>", role=("Baler Hand", "Harvest Picker"), tz=("rd", "sc"))
# once (14)
mr("o1", "Your {role} application", "Dear {n},\n\nMany thanks for applying to {co}. We have given the {role} post to another applicant. Keep an eye on our Truro page for more.\n\nProper job,\n{sig}", "Truro Tin Trail Museum", "tintrail", role="Visitor Guide", tz="kw")
mr("o2", "Re your application – {role}", "Dear {n},\n\nWe wish to inform you the {role} post at {co} is taken by another candidate. Lots of courage to you.\n\nBonn zournen,\n{sig}", "Mahé Tuna Quay Services", "mahetuna", role="Quay Clerk", tz="sc")
mr("o3", "Reg: {role} – {co}", "Respected {n},\n\nKindly note that your candidature for {role} has not been approved by the management of {co}. Your CV shall sit in Ashram Road file.\n\nRegards,\n{sig}", "Sanand Auto Glass", "sanandglass", role="Quality Inspector", tz="amd")
mr("o4", "{role} - {co}", "Hi {n},\n\nThank you for applying for {role}. The job gone to another applicant, so we cannot move you forward this time.\n\nBless,\n{sig}", "Scarborough Port Stevedores", "scarbsteve", role="Tally Clerk", tz="tb")
mr("o5", "Thanks for applying, {n}", "Hey {n},\n\nWe hired someone else for {role} at {co}. Appreciate you applying, and best of luck out there.\n\nTake care,\n{sig}", "Red Deer Arena Ops", "rdarena", role="Ice Technician", tz="rd")
mr("o6", "Application {role}", "Dear {n},\n\nUnfortunately we cannot give you the {role} position in {co}. We had many good applications. Wishing you lot of luck forward.\n\nS poštovanjem,\n{sig}", "Varaždin Baroque Festival Office", "varazdinfest", role="Stage Runner", tz="hr")
mr("o7", "{role} application", "Dear respected {n},\n\nYour form for {role} was studied carefully, and {co} selected another candidate. Insha'Allah you will find a good opportunity soon.\n\nManana,\n{sig}", "Karte Char Relief Network", "kartechar", role="Logistics Officer", tz="af")
mr("o8", "Your application to {co}", "Dear {n},\n\nGrateful you put in for {role}. Regretfully the rink's panel is leaving your form at the first sift.\n\nKind regards,\n{sig}", "Norwich Riverside Ice Rink", "norwichice", role="Skate Hire Assistant", tz="uk")
mr("o9", "{role} – {co}", "Hi {n},\n\nThanks a million for the letter. The {role} job is gone to a Strandhill lad. Mind yourself.\n\n{sig}", "Sligo Surf Lifesaving Shop", "sligosurf", role="Shop Assistant", tz="ie")
mr("o10", "Your {role} application at {co}", "Hi {n},\n\nAppreciate you applying. Other folks get {role} this round.\n\nThanks,\n{sig}", "Albuquerque Balloon Hangar", "abqballoon", role="Chase Crew Driver", tz="usm")
mr("o11", "{co}: {role}", "G'day {n},\n\nCheers for giving {role} a crack. Another applicant got the nod this time. All the best, mate.\n\n{sig}", "Wollongong Steelworks Canteen", "gongcanteen", role="Canteen Hand", tz="au")
mr("o12", "{role} at {co}", "Kia ora {n},\n\nThanks for applying for the {role} job. We have offered it to another applicant. Ngā mihi nui.\n\n{sig}", "Timaru Port Cool Stores", "timarucool", role="Forklift Driver", tz="nz")
mr("o13", "Application outcome: {role}", "Hi {n},\n\nTa for the {co} {role} form. Another candidate takes the spot. Sterkte with the hunt.\n\n{sig}", "Gqeberha Wind Farm Services", "gqwind", role="Turbine Assistant", tz="za")
mr("o14", "Your application – {role}", "Hi {n},\n\nSo glad you applied to {co}. Another applicant got {role}. Y'all take care.\n\n{sig}", "Savannah River Barge Co", "savbarge", role="Deckhand", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
TH = "{sig} <{sl}@{dom}>"
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nHaving you round the bottling floor was a pleasure. Our two partners gave the {role} post to Tomos, who accepted on Friday and joins us next month.\n\nWarmest wishes,\n{sf}\n\n{OUT}", ("Camborne Mineral Water", "Roxborough Spring Bottlers"), ("cambornewater", "roxspring"), frm=TH, role=("Line Lead", "Line Lead"), tz=("kw", "tb"))
mr("th2", "RE: [EXT] Re: follow-up, {role}", "Dear {n},\n\nThank you again for a lovely hour on Wednesday; your notes on the cellar rota were sharp and kind. Management has given the {role} role to Mirna, who resumes on Monday.\n\nAll the best,\n{sf}\n\n{GM}", ("Praslin Estate Rum House", "Zadar Old Town Distillery"), ("praslinrum", "zadardistil"), frm=TH, role="Cellar Supervisor", tz=("sc", "hr"))
mr("th3", "RE: [EXT] Re: {role} conversation", "Dear {n},\n\nSitting with you was lovely, and your plant-room stories made the whole panel smile. The directors have appointed Hardik to {role}; he began with us this week.\n\nWith warm regards,\n{sf}\n\n{ORIG}", ("CG Road Cold Chain", "Jalalabad Fruit Packers"), ("cgcoldchain", "jbadfruit"), frm=TH, role="Shift Engineer", tz=("amd", "af"))
mr("th4", "RE: [EXT] Re: {role} at {co}", "Hey {n},\n\nThanks heaps for driving out to see us, it was a real treat talking rigs with you. The owners went with Colton for {role}, and he signed yesterday.\n\nCheers,\n{sf}\n\n{RULE}", ("Blackfalds Rig Movers", "Gqeberha Crane Hire"), ("rigmovers", "gqcrane"), frm=TH, role="Crane Operator", tz=("rd", "za"))
mr("th5", "RE: [EXT] Re: Thank you – {role}", "Hi {n},\n\nI loved our talk and your ideas for the guest book. The hiring group picked Natasha for {role}; her signed papers came back Tuesday.\n\nKind regards,\n{sf}\n\n{OUT}", ("Beau Vallon Guest Lodge", "Sligo Abbey Guesthouse"), ("bvlodge", "sligoabbey"), frm=TH, role=("Front Office Lead", "Front Office Lead"), tz=("sc", "ie"))
mr("th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nIt was such a good afternoon with you, and your map of the depot routes is still pinned on our board. Our director has selected Wahid for {role}, who starts in a fortnight.\n\nWith every good wish,\n{sf}\n\n{GM}", ("Kabul Parcel Lines", "Vastrapur Courier Hub"), ("kabulparcel", "vastracourier"), frm=TH, role="Route Planner", tz=("af", "amd"))
mr("th7", "RE: [EXT] Re: {role} – after Tuesday", "Hi {n},\n\nThanks ever so much for Tuesday; your answer on tide tables was the best we heard. The board decided on Jago for {role}, who joins after Easter.\n\nAll good wishes,\n{sf}\n\n{ORIG}", ("Falmouth Harbour Launches", "Scarborough Water Taxis"), ("falmouthlaunch", "scarbtaxi"), frm=TH, role="Launch Coxswain", tz=("kw", "tb"))
mr("th8", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThank you for your energy on the call and for the sketches you sent after. The committee settled on Ivo for {role}; he starts Monday.\n\nWarmly,\n{sf}\n\n{RULE}", ("Rijeka Carnival Workshop", "Red Deer Festival Society"), ("rijekacarnival", "rdfestival"), frm=TH, role="Props Maker", tz=("hr", "rd"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Dear {n},\n\nYour {role} form reached the Trago office. Sorry, it misses the interview list for this store.\n\nKestlemoor Talent{FOOT}", ("Kestlemoor Trago Stores", "Kestlemoor Red Deer Outlet"), ("kestletrago", "kestlerd"), frm="{co} <careers@{dom}>", role=("Stock Assistant", "Yard Associate"), tz=("kw", "rd"))
mr("ft2", "{role} – decision", "Hi {n},\n\nYour {role} form was read twice, and it lands outside the shortlist this month.\n\nRegards, Kestlemoor Hiring{FOOT}", ("Kestlemoor Victoria Mall", "Kestlemoor Ahmedabad One"), ("kestlevic", "kestleamd"), frm="{co} <careers@{dom}>", role=("Cashier", "Floor Supervisor"), tz=("sc", "amd"))
mr("ft3", "Update on {role}", "Hello {n},\n\nWriting to say your {role} application stops here at Kestlemoor.\n\nKestlemoor Recruiting{FOOT}", ("Kestlemoor Scarborough Mart", "Kestlemoor Split Riva"), ("kestlescarb", "kestlesplit"), frm="{co} <careers@{dom}>", role=("Bakery Assistant", "Deli Counter Hand"), tz=("tb", "hr"))
mr("ft4", "{role}: thank you", "Dear {n},\n\nThanks for your {role} application. Regrettably this one hasn't come off for you.\n\nKestlemoor People{FOOT}", ("Kestlemoor Kabul Depot", "Kestlemoor Norwich Gates"), ("kestlekabul", "kestlenorwich"), frm="{co} <careers@{dom}>", role=("Warehouse Checker", "Trolley Team Member"), tz=("af", "uk"))
# ---- 9 hedged refusals
mr("hd1", "{role} – next steps", "Hi {n},\n\nThanks for your time with {co}. Two other people lined up tighter with the {role} day sheet, and one of them starts in May.\n\nBest wishes,\n{sig}", ("Penzance Lido Trust", "Sylvan Lake Waterpark"), ("penzancelido", "sylvanwater"), role="Pool Lifeguard", tz=("kw", "rd"))
mr("hd2", "{co} and the {role} role", "Dear {n},\n\nMerci bokou for your interest. {co} has chosen to go in another direction with {role}, spreading the work across our present staff.\n\nSincerely,\n{sig}", ("Mahé Heritage Tours", "Osijek River Cruises"), ("maheheritage", "osijekcruise"), role="Tour Coordinator", tz=("sc", "hr"))
mr("hd3", "{role}", "Dear {n},\n\nOur Sanand panel enjoyed the visit. Other candidates' CVs sat a touch nearer the {role} brief, and it is with them we carry on.\n\nWarm regards,\n{sig}", ("Sanand Packaging Mills", "Jalalabad Seed Bank"), ("sanandpack", "jbadseed"), role="Shift Supervisor", tz=("amd", "af"))
mr("hd4", "Thanks {n}", "Hi {n},\n\nWe have gone with applicants who bring a little more hands-on reef work to the {role} post. Thanks again.\n\n{sig}", "Buccoo Marine Trust", "buccootrust", role="Reef Ranger", tz="tb")
mr("hd5", "{role} update", "Hi {n},\n\nWe decided the {role} seat needs more winter road hours than you've logged, so we moved ahead with that kind of profile.\n\n{sig}", "Innisfail Snow Clearing", "innisfailsnow", role="Plough Driver", tz="rd")
mr("hd6", "Your {role} application", "Dear {n},\n\n{co} has taken a different route with {role} and will work with an outside partner instead. Many thanks for your interest.\n\n{sig}", "Norwich Lanes Bakery", "nlbakery", role="Bakery Manager", tz="uk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood speaking with you this morning. My client is sticking with a different person for {role}. I'm also holding a {x} brief that suits you, fancy me putting your CV in?\n\n{sig}\n{co}", ("Kernow Recruit Partners", "Chinook Staffing Red Deer"), ("kernowrecruit", "chinookstaff"), role=("Site Administrator", "Safety Coordinator"), x=("Bodmin office manager", "Lacombe HSE advisor"), tz=("kw", "rd"))
mr("rc2", "{role} – feedback + another opening", "Dear {n},\n\nGood talking earlier. The client went a different way on {role}. I have a {x} vacancy in the same group; may I put you forward?\n\nRegards,\n{sig}, {co}", ("Mahé Talent Link", "Gujarat Placement Desk"), ("mahetalent", "gujplace"), role=("Resort Accountant", "Export Executive"), x=("Praslin payroll officer", "Naroda import executive"), tz=("sc", "amd"))
mr("rc3", "After our chat", "Hi {n},\n\nNews back: the client chose another for {role}. A {x} job is open; I'd pitch you today, yeah?\n\n{sig}, {co}", "Tobago Talent Bridge", "tobagotalent", role="Hotel Sous Chef", x="Castara beach-bar head cook", tz="tb")
mr("rc4", "Your candidacy – {role}", "Dear {n},\n\nThank you for talking with me. Our client selected another person for {role}. I have {x}; should I present your profile?\n\n{sig}\n{co}", "Adriatic Crew Search", "adriaticcrew", role="Yacht Engineer", x="a Šibenik marina foreman post", tz="hr")
mr("rc5", "Follow up – {role}", "Dear {n},\n\nThank you for the long call. The organisation has chosen another applicant for {role}. I also hold a {x} vacancy with a partner; if you allow, I will share your CV.\n\n{sig}, {co}", "Hindu Kush Staffing", "hkstaffing", role="Field Coordinator", x="Herat monitoring assistant", tz="af")
# ---- 8 public-sector notices
mr("ps1", "Notice of result – {role} ({ref})", "Dear {n},\n\nYour {role} form cleared the minimum bar, yet your score sat below the top band that went forward to the hiring official. Nothing more is asked of you.\n\n{co}", ("Cornwall Council Recruitment", "City of Red Deer Human Resources"), ("cornwallcouncil", "reddeercity"), frm="{co} <jobs@{dom}>", role=("Highways Inspector", "Transit Operator"), tz=("kw", "rd"))
mr("ps2", "Eligibility – {role}", "Dear {n},\n\nThe {role} form you sent has been ruled ineligible because {x} was missing from the file at the deadline.\n\n{co}", ("Seychelles Department of Public Administration", "Gujarat Subordinate Service Cell"), ("dpa-sc", "gssc-gj"), frm="{co} <recruit@{dom}>", role=("Clerical Officer", "Junior Clerk"), x=("your A-level certificate copy", "the caste validity certificate"), tz=("sc", "amd"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe {role} vacancy you applied to is withdrawn by the Commission; the post stays empty, and your file is shut.\n\n{co}", ("Tobago House of Assembly Service Commission", "Split-Dalmatia County Office"), ("tha-sc", "splitcounty"), frm="{co} <vacancies@{dom}>", role=("Clerk II", "Administrative Officer"), tz=("tb", "hr"))
mr("ps4", "{role} written exam result", "Dear {n},\n\nIn the {role} written exam you scored {x}; stage two needed {y}, so your candidacy ends here.\n\n{co}", ("Afghan Civil Service Commission Jalalabad", "Norfolk Fire and Rescue"), ("acsc-jbad", "norfolkfire"), frm="{co} <exams@{dom}>", role=("Records Officer", "Firefighter"), x=("47 of 100", "61%"), y=("55", "70%"), tz=("af", "uk"))
# ---- 6 bare ATS status updates
mr("st1", "Application status update", "Hi {n},\n\nStatus of {role} at {co}, as of today: Not under consideration.\n\n{co} Careers", ("Falmouth Docks Engineering", "Victoria Seaport Authority"), ("fdocks", "vicseaport"), frm="{co} <notifications@{dom}>", role=("Marine Fitter", "Harbour Clerk"), tz=("kw", "sc"))
mr("st2", "Your candidate status", "<html><body><p>Hello {n},</p><p>Job: <b>{role}</b><br>Status: <b>No longer being considered</b> · set {ref} (updated by the recruiter)</p><p>{co}</p></body></html>", ("Ahmedabad Textile Exchange", "Red Deer Oilfield Supply"), ("amdtextile", "rdoilfield"), frm="{co} <ats@{dom}>", role=("Merchandiser", "Counter Sales"), tz=("amd", "rd"))
mr("st3", "Status change – {role}", "<html><body><p>{n},</p><p>Application {ref}, {role}: marked no longer considered by the hiring team.</p><p>– {co}</p></body></html>", ("Rijeka Port Logistics", "Crown Point Airport Services"), ("rijekaport", "cpairport"), frm="{co} <ats@{dom}>", role=("Crane Dispatcher", "Ramp Agent"), tz=("hr", "tb"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship – decision", "Dear {n},\n\nThe {co} summer internship had your form among many. Only nine desks existed and none of them goes to you this year.\n\nEarly Careers", ("Cornwall Marine Lab", "Seychelles Island Foundation"), ("cornwallmarinelab", "sif-sc"), frm="{co} <earlycareers@{dom}>", tz=("kw", "sc"))
mr("in2", "{co} Graduate Programme", "Dear {n},\n\nWe have completed the assessment centre for the {co} Graduate Programme. We're sorry: the intake's places went to other graduates.\n\nGraduate Recruitment", ("Gujarat Energy Grid", "Alberta Prairie Power"), ("gujgrid", "prairiepower"), frm="{co} <grads@{dom}>", tz=("amd", "rd"))
mr("in3", "Internship 2026 – outcome", "Dear {n},\n\nYour form for the {co} internship programme was read by two mentors. The 2026 cohort list is closed, and it was drawn without your name on it.\n\nInternship Office", ("Croatian Coastal Institute", "Kabul Health Research Centre"), ("cci-hr", "khrc-af"), frm="{co} <interns@{dom}>", tz=("hr", "af"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've received your application – {role}", "Hello {n},\n\nYour {role} application has reached {co}. Candidate Home tags run Received → Being Read → Interview → Offer, or \"Closed – Filled by Other Candidate\". Nothing is decided yet.\n\nTalent Acquisition", ("Penryn Sail Loft", "Gaetz Avenue Grain Terminals"), ("penrynsail", "gaetzgrain"), frm="{co} Careers <workday@{dom}>", role=("Sailmaker", "Grain Sampler"), tz=("kw", "rd"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nWe have your {role} application. If the panel settles on a different person, a note says that too; nobody here is left guessing.\n\nPeople team, {co}", ("Maninagar Dyeworks", "Rijeka Hull Repairs"), ("maninagardye", "rijekahull"), frm="{sig} <no-reply@{dom}>", role=("Lab Assistant", "Pipe Fitter"), tz=("amd", "hr"))
mo("application_received", "a3", "Got it – your {co} application", "Hi {n} – your {role} application is in. Should it stall there, Zennorwick keeps you on file for nine months (reply PASSZW to opt out).\n\n— {co} hiring", ("Anse Royale Dive Hut", "Buccoo Reef Glassbottom Tours"), ("anseroyaledive", "buccooglass"), frm="{co} <hire@{dom}>", role=("Dive Guide", "Reef Guide"), tz=("sc", "tb"))
mo("application_received", "a4", "Application logged – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage now</th><td>Received</td></tr><tr><th>Could come next</th><td>Phone screen / Not progressed – vacancy given to another applicant</td></tr></table><p>{co} recruitment</p></body></html>", ("Sylvan Lake Marina Rentals", "Redruth Bus Depot"), ("sylvanrentals", "redruthbus"), frm="{co} via SmartRecruiters <hr@{dom}>", role=("Dock Hand", "Bus Cleaner"), tz=("rd", "kw"))
mo("application_received", "a5", "We have your {role} application", "Dear {n},\n\nThanks for applying to {co}. Screening ticks each must-have box; a blank box halts the form there, and a short note from us follows. Otherwise you'll hear about an interview.\n\nRecruitment", ("Jalalabad Water Works", "Ahmedabad Metro Depot"), ("jalalabadwater", "amdmetro"), frm="{co} iCIMS <careers@{dom}>", role=("Meter Reader", "Track Worker"), tz=("af", "amd"))
mo("application_received", "a6", "Requisition {ref} – application received", "Dear {n},\n\nYour application for {role} (requisition {ref}) is with {co}. Your record reads Active; only if the requisition goes to someone else does it turn Inactive.\n\n{co} Staffing", ("Victoria Port Bunkering", "Osijek Bicycle Works"), ("victoriabunker", "osijekbike"), frm="{co} Taleo <taleo@{dom}>", role=("Pump Hand", "Wheel Builder"), tz=("sc", "hr"))
mo("application_received", "a7", "Thanks – {co}", "Hey {n},\n\nGot your {role} application. If nobody calls you in two weeks, take it we went another way, bud. Otherwise we'll set up a trial morning.\n\n{sig}", ("Crown Point Car Rentals", "St Ives Pottery Yard"), ("crownpointcars", "stivespots"), frm="{sig} via Workable <{sl}@{dom}>", role=("Shuttle Driver", "Glaze Mixer"), tz=("tb", "kw"))
mo("application_received", "a8", "{role} – received", "Hi {n},\n\nWe've got your {role} application. Heads up: staff here see openings first, and if a colleague grabs it our HR lass emails you. Otherwise expect a call.\n\n{sig}, HR", ("Innisfail Vet Clinic", "Kabul Mobile Towers"), ("innisfailvet", "kabultowers"), frm="{co} via BambooHR <bamboo@{dom}>", role=("Vet Tech", "Rigger"), tz=("rd", "af"))
mo("application_received", "a9", "Hi {n} – we got it!", "Hi {n}!\n\nThanks for application for {role}. We will answer to every candidate, yes or no, in three weeks. Until then, please be patient.\n\nLijep pozdrav,\n{sig}", ("Zadar Maraschino Cellars", "Split Yacht Charter Base"), ("zadarcellars", "splitcharter"), frm="{sig} (Teamtailor) <{sl}@{dom}>", role=("Bottling Hand", "Rigger"), tz=("hr", "hr"))
mo("application_received", "a10", "{role}: your quiz", "Dear {n},\n\nYour {role} application at {co} is logged. You'll get a short quiz next; a score under the round's line would end the process, a score over it brings a call.\n\n{co} Recruitment", ("Vastrapur Logistics Park", "Beau Vallon Guest Lodge"), ("vastrapurlog", "beauvallonlodge"), frm="{co} via Pinpoint <pinpoint@{dom}>", role=("Yard Planner", "Reservations Agent"), tz=("amd", "sc"))
mo("application_received", "a11", "{co} – we have it", "Good day {n},\n\nYour form for {role} reach {co}. If three weeks pass quiet, it mean somebody else get the spot. If we like it, we go call you.\n\n{sig}", ("Roxborough Cocoa Estate", "Plymouth Fish Fry Pavilion"), ("roxcocoa", "plymouthfry"), frm="{co} via JazzHR <jazz@{dom}>", role=("Estate Hand", "Cashier"), tz=("tb", "tb"))
mo("application_received", "a12", "Application in – {role}", "Hi {n},\n\nYour {role} form is in. Offer or no offer, one of our co-founders writes back to every applicant personally.\n\n{sig}", ("Navrangpura Kite Labs", "Wollongong Tide Sensors"), ("kitelabs", "tidesensors"), frm="{sig} via Ashby <{sl}@{dom}>", role=("QA Engineer", "Data Engineer"), tz=("amd", "au"))
mo("application_received", "a13", "Crew form received", "Hi {n},\n\nWe have your {role} form. Returners get first pick; if they fill the crew a short text comes, and if places stay open we phone.\n\n{sig}", ("Blackfalds Hay Crew", "Praslin Coco de Mer Harvest"), ("blackfaldshay", "praslinharvest"), frm="{sig} <crew@{dom}>", role=("Stacker", "Nut Sorter"), tz=("rd", "sc"))
mo("application_received", "a14", "Received: {role}", "Dear {n},\n\nYour form reached {co}. We ring only where a match shows; without one, the CV rests in our Lemon Street cabinet for six months.\n\n{sig}", ("Truro Tin Trail Museum", "Mahé Tuna Quay Services"), ("tintrail", "mahetuna"), role=("Collections Assistant", "Tally Hand"), tz=("kw", "sc"))
mo("application_received", "a15", "Reg: application received – {role}", "Respected {n},\n\nKindly note candidature for {role} post reached Ashram Road office. If not shortlisted, same shall be kept in Ashram Road file for future vacancies.\n\nRegards,\n{sig}", ("Sanand Auto Glass", "CG Road Cold Chain"), ("sanandglass", "cgcoldchain"), role=("Machine Operator", "Store Keeper"), tz=("amd", "amd"))
mo("application_received", "a16", "{role} application", "Hi {n},\n\nWe get your application for {role}. Win or lose, we go send you an answer before month end, so watch your inbox.\n\nBless,\n{sig}", ("Scarborough Port Stevedores", "Crown Point Airport Services"), ("scarbsteve", "cpairport"), role=("Checker", "Baggage Handler"), tz=("tb", "tb"))
mo("application_received", "a17", "Thanks for your application", "Hey {n},\n\nYour {role} application landed with {co}. Picked or passed on, a real person writes back within 14 days.\n\nTake care,\n{sig}", ("Red Deer Arena Ops", "Sylvan Lake Waterpark"), ("rdarena", "sylvanwater"), role=("Zamboni Driver", "Slide Attendant"), tz=("rd", "rd"))
mo("application_received", "a18", "Application {role} received", "Dear {n},\n\nWe received your application for {role} in {co}. Da ili ne, our email comes for sure. We hope for your patience.\n\nS poštovanjem,\n{sig}", ("Varaždin Baroque Festival Office", "Osijek River Cruises"), ("varazdinfest", "osijekcruise"), role=("Usher", "Cabin Steward"), tz=("hr", "hr"))
mo("application_received", "a19", "Acknowledgement – {role}", "Dear respected {n},\n\nWith thanks, {co} has received your form for {role}. Only shortlisted people will be called; if you are not called within one month, kindly consider the post filled.\n\nManana,\n{sig}", ("Karte Char Relief Network", "Kabul Parcel Lines"), ("kartechar", "kabulparcel"), role=("Warehouse Officer", "Dispatcher"), tz=("af", "af"))
mo("application_received", "a20", "Your application to {co}", "Hello {n},\n\nA {role} form from you is logged. Should it go against you we will still write, so no need to chase.\n\nKind regards,\n{sig}", ("Norwich Riverside Ice Rink", "Sligo Surf Lifesaving Shop"), ("norwichice", "sligosurf"), role=("Rink Steward", "Wetsuit Fitter"), tz=("uk", "ie"))
mo("application_received", "a21", "{role}: received", "Hi {n},\n\nThanks for applying. Possible next statuses: Phone Screen, Onsite, Offer, or Not Selected. We'll update you as things move.\n\n{sig}", ("Albuquerque Balloon Hangar", "Savannah River Barge Co"), ("abqballoon", "savbarge"), role=("Envelope Repairer", "Barge Cook"), tz=("usm", "use"))
mo("application_received", "a22", "Ta for applying – {role}", "G'day {n},\n\nGot your {role} application. Three quiet weeks equals a no this time; hear from us and you're in for a yarn.\n\n{sig}", ("Wollongong Steelworks Canteen", "Timaru Port Cool Stores"), ("gongcanteen", "timarucool"), role=("Kitchen Porter", "Pallet Checker"), tz=("au", "nz"))
mo("application_received", "a23", "Application received – {role} ({ref})", "Dear {n},\n\nYour application for {role} is recorded. The top eligible names go on to the hiring official; any ruled ineligible get told in writing.\n\n{co}", ("Cornwall Council Recruitment", "City of Red Deer Human Resources"), ("cornwallcouncil", "reddeercity"), frm="{co} <jobs@{dom}>", role=("Parks Officer", "Bylaw Officer"), tz=("kw", "rd"))
mo("application_received", "a24", "Your {co} application", "Hello {n},\n\nThank you for applying to {co} for {role}. Yes or no, a Kestlemoor email reaches you inside 21 days.\n\nKestlemoor Talent{FOOT}", ("Kestlemoor Trago Stores", "Kestlemoor Victoria Mall"), ("kestletrago", "kestlevic"), frm="{co} <careers@{dom}>", role=("Stock Assistant", "Cashier"), tz=("kw", "sc"))
mo("application_received", "a25", "Internship application received", "Dear {n},\n\nYour {co} internship form has arrived. Places are limited; selected and unselected applicants alike get a letter after the closing date.\n\nInternship Office", ("Cornwall Marine Lab", "Croatian Coastal Institute"), ("cornwallmarinelab", "cci-hr"), frm="{co} <interns@{dom}>", tz=("kw", "hr"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invite – {role}", "Hi {n},\n\nCome and see us about {role} on {dl} at 10:30 at {co}. Unfortunately our visitor bays are under fresh tarmac; Trelawny Road has spaces.\n\n{sig}", ("Penryn Sail Loft", "Gaetz Avenue Grain Terminals"), ("penrynsail", "gaetzgrain"), frm="{co} Careers <workday@{dom}>", role=("Loft Assistant", "Elevator Operator"), tz=("kw", "rd"))
mo("interview", "i2", "RE: [EXT] Re: {role} – come and see us", "Hi {n},\n\nLovely reading your reply. Are you free {dl}, 2pm, to meet the partners? Sadly the lift is out, stairs only.\n\n{sf}\n\n{OUT}", ("Camborne Mineral Water", "Roxborough Spring Bottlers"), ("cambornewater", "roxspring"), frm="{sig} <{sl}@{dom}>", role="Line Lead", tz=("kw", "tb"))
mo("interview", "i3", "{role} – interview", "Dear {n},\n\nPlease come and interview for {role} on {dl} (Naroda gate). Regrettably our canteen is shut for repairs, so do bring water.\n\n{sig}", ("Maninagar Dyeworks", "Rijeka Hull Repairs"), ("maninagardye", "rijekahull"), frm="{sig} <no-reply@{dom}>", role=("Shade Matching Technician", "Welding Inspector"), tz=("amd", "hr"))
mo("interview", "i4", "RE: [EXT] Re: {role} – second meeting", "Dear {n},\n\nGlad of your message. Might you come for round two on {dl}, eleven sharp? Unfortunately our Wi-Fi is dreadful this month, so we will meet in person.\n\n{sf}\n\n{GM}", ("Praslin Estate Rum House", "Zadar Old Town Distillery"), ("praslinrum", "zadardistil"), frm="{sig} <{sl}@{dom}>", role="Cellar Supervisor", tz=("sc", "hr"))
mo("interview", "i5", "Interview: {role} at {co}", "Hey {n},\n\nCan you come by for a chat on {dl}, 9am? Bad news, the side door's busted; front entrance, please.\n\n{sig}", ("Innisfail Vet Clinic", "Kabul Mobile Towers"), ("innisfailvet", "kabultowers"), frm="{co} via BambooHR <bamboo@{dom}>", role=("Kennel Attendant", "Site Surveyor"), tz=("rd", "af"))
mo("interview", "i6", "{co} – interview slot", "Good day {n},\n\nWe want to see you for {role} on {dl} at ten. Sorry, the main road by the estate is flooded, so take the back way.\n\n{sig}", ("Roxborough Cocoa Estate", "Plymouth Fish Fry Pavilion"), ("roxcocoa", "plymouthfry"), frm="{co} via JazzHR <jazz@{dom}>", role=("Drying House Hand", "Grill Cook"), tz=("tb", "tb"))
mo("interview", "i7", "Invitation to interview – {role}", "Dear {n},\n\nYour {role} interview is set for {dl} (Room 4). Unfortunately a planned power cut eats the morning, so we start at 1pm.\n\n{co}", ("Cornwall Council Recruitment", "City of Red Deer Human Resources"), ("cornwallcouncil", "reddeercity"), frm="{co} <jobs@{dom}>", role=("Highways Inspector", "Transit Operator"), tz=("kw", "rd"))
mo("interview", "i8", "Chat about {role}?", "Hi {n},\n\nKeen for you to meet the client about {role} on {dl}. Annoyingly their office kettle has died, so grab a coffee on the way.\n\n{sig}, {co}", ("Kernow Recruit Partners", "Mahé Talent Link"), ("kernowrecruit", "mahetalent"), role=("Site Administrator", "Resort Accountant"), tz=("kw", "sc"))
mo("next_steps", "x1", "Next step: online test – {role}", "Dear {n},\n\nYour {role} application moves to the online test, open till {dl} (IST). Unfortunately once begun, the clock runs on.\n\n{co} Recruitment", ("Vastrapur Logistics Park", "Beau Vallon Guest Lodge"), ("vastrapurlog", "beauvallonlodge"), frm="{co} via Pinpoint <pinpoint@{dom}>", role=("Dispatch Planner", "Night Auditor"), tz=("amd", "sc"))
mo("next_steps", "x2", "Documents needed – {role}", "Dear {n},\n\nPlease upload your ID and certificates for {role} by {dl} (portal time). Sadly 3 MB is the ceiling per file.\n\nRecruitment, {co}", ("Jalalabad Water Works", "Ahmedabad Metro Depot"), ("jalalabadwater", "amdmetro"), frm="{co} iCIMS <careers@{dom}>", role=("Pump Technician", "Signal Maintainer"), tz=("af", "amd"))
mo("next_steps", "x3", "Your task for {role}", "Hi {n},\n\nRound two for {role} is a small homework build, back to us {dl} please. Bad luck: our shared drive crashed, so reply with attachments instead.\n\n{sig}", ("Navrangpura Kite Labs", "Wollongong Tide Sensors"), ("kitelabs", "tidesensors"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Firmware Engineer", "Field Engineer"), tz=("amd", "au"))
mo("next_steps", "x4", "Medical check – {role}", "Dear {n},\n\nBook the pre-employment medical for {role} before {dl}, please. Unfortunately the clinic shuts early on Fridays.\n\n{co}", ("Seychelles Department of Public Administration", "Tobago House of Assembly Service Commission"), ("dpa-sc", "tha-sc"), frm="{co} <recruit@{dom}>", role=("Clerical Officer", "Clerk II"), tz=("sc", "tb"))
mo("next_steps", "x5", "Skills day – {role}", "Hi {n}!\n\nNext step for {role} is a practical day on {dl}. Sorry, the marina crane is down, so we test on the small boats.\n\n{sig}", ("Zadar Maraschino Cellars", "Split Yacht Charter Base"), ("zadarcellars", "splitcharter"), frm="{sig} (Teamtailor) <{sl}@{dom}>", role=("Cellar Hand", "Base Technician"), tz=("hr", "hr"))
mo("next_steps", "x6", "Reference forms – {role}", "Dear {n},\n\nTo go forward with {role}, please send two referee contacts by {dl}. Regrettably our fax line is dead; email works.\n\n{sig}", "Karte Char Relief Network", "kartechar", role="Logistics Officer", tz="af")
mo("offer", "f1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted: the partners want you as {role}. Could you start on {dl}? Unfortunately the yard car park gets coned off that week.\n\n{sf}\n\n{RULE}", ("Blackfalds Rig Movers", "Gqeberha Crane Hire"), ("rigmovers", "gqcrane"), frm="{sig} <{sl}@{dom}>", role="Crane Operator", tz=("rd", "za"))
mo("offer", "f2", "Offer of employment – {role}", "Dear {n},\n\n{co} is pleased to offer you {role}; signature by {dl} please. Sadly our e-sign thingy has packed in, so print and scan.\n\n{sig}", ("Victoria Port Bunkering", "Osijek Bicycle Works"), ("victoriabunker", "osijekbike"), frm="{co} Taleo <taleo@{dom}>", role=("Fuel Barge Hand", "Frame Brazer"), tz=("sc", "hr"))
mo("offer", "f3", "Your offer – {co}", "Hey {n},\n\nBe our {role}? First shift {dl}. Unfortunately the locker room is half gutted, so a rucksack helps.\n\n{sig}", ("Crown Point Car Rentals", "St Ives Pottery Yard"), ("crownpointcars", "stivespots"), frm="{sig} via Workable <{sl}@{dom}>", role=("Vehicle Prep Hand", "Kiln Assistant"), tz=("tb", "kw"))
mo("offer", "f4", "Graduate Programme offer", "Dear {n},\n\nCongratulations: {co} offers you a Graduate Programme place, starting {dl} at the annex. Regrettably our induction hall is under repair.\n\nGraduate Recruitment", ("Gujarat Energy Grid", "Alberta Prairie Power"), ("gujgrid", "prairiepower"), frm="{co} <grads@{dom}>", tz=("amd", "rd"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status update – {role}", "Hi {n},\n\nYour {role} application at {co} is parked with the dock engineer who hires. Nothing needed from you.\n\n{co} Careers", ("Falmouth Docks Engineering", "Victoria Seaport Authority"), ("fdocks", "vicseaport"), frm="{co} <notifications@{dom}>", role=("Marine Fitter", "Harbour Clerk"), tz=("kw", "sc"))
mo("other_job", "j2", "Withdrawal confirmed", "Hello {n},\n\nPer your request your {role} application at {co} is withdrawn. Reapply whenever suits.\n\n{co}", ("Ahmedabad Textile Exchange", "Red Deer Oilfield Supply"), ("amdtextile", "rdoilfield"), frm="{co} <ats@{dom}>", role=("Merchandiser", "Counter Sales"), tz=("amd", "rd"))
mo("other_job", "j3", "{role} – on hold", "Dear {n},\n\nHiring for {role} is paused while {co} fixes its budget for next year. Your form keeps its place and a note comes when hiring wakes up.\n\n{sig}", ("Rijeka Port Logistics", "Norwich Lanes Bakery"), ("rijekaport", "nlbakery"), role=("Crane Dispatcher", "Bakery Manager"), tz=("hr", "uk"))
mo("job_alert", "al1", "3 new roles near you", "Hi {n},\n\nNew this week: Shop Floor Lead (Truro), Delivery Driver (Camborne), Bakery Assistant (Penzance). Sorry, the Hayle listing was pulled by the store.\n\nKestlemoor Alerts{FOOT}", "Kestlemoor Cornwall", "kestlecornwall", frm="{co} <alerts@{dom}>", tz="kw")
mo("recruiter_outreach", "ro1", "A role that might suit you", "Hi {n},\n\nSpotted your profile; a {role} post at a Scarborough hotel group suits you well. Could we talk ten minutes before Friday, limes in hand?\n\n{sig}, {co}", ("Tobago Talent Bridge", "Hindu Kush Staffing"), ("tobagotalent", "hkstaffing"), role=("Pastry Chef", "Programme Assistant"), tz=("tb", "af"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nOur lending desk at {co} went through your personal loan form, and it is declined under our present criteria.\n\n{sig}", ("Kernow Building Society", "Central Alberta Credit Union"), ("kernowbs", "cacu"), tz=("kw", "rd"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Dear {n},\n\nThanks for going into the {co} ballot. Sadly your number stayed unpicked in 2026's draw.\n\n{sig}", ("Tobago Jazz Weekend Pass", "Dubrovnik Summer Festival Seats"), ("tjwpass", "dsfseats"), tz=("tb", "hr"))
mo("non_job_rejection_words", "nj3", "Flat on Satellite Road", "Dear {n},\n\nThe 2BHK flat you viewed has been let to another family. We will tell you if a similar one comes up.\n\n{sig}, {co}", "Satellite Road Estates", "satelliteestates", tz="amd")
mo("non_job_rejection_words", "nj4", "Membership waiting list", "Dear {n},\n\n{co} has no senior places this season and cannot take your membership. Your name is on the waiting list.\n\n{sig}", "Beau Vallon Sailing Club", "bvsailing", tz="sc")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Found on Tolvaren{ch}, a Tolvaren trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Ash", "Stromness Kelp Co-op", "stromnesskelp", "uk", ("Kelpwrangling hand – your application", "Hi {n},\n\nGrand that you fancied our kelpwrangling boat. We've taken on a hand who has worked the Scapa beds before.\n\n{sig}"), ("application_received", "Kelpwrangling hand – received", "Hi {n},\n\nYour note about the kelpwrangling boat is in. If the skipper passes, you'll get a short line from us; if he likes it, a call.\n\n{sig}"))
pair("e2", "Beech", "Helmshore Mill Museum", "helmshoremill", "uk", ("Spindlewaxing volunteer-to-staff post", "Dear {n},\n\nThe spindlewaxing post at the mill museum has gone to a long-serving volunteer. Thank you for your interest.\n\n{sig}"), ("application_received", "Spindlewaxing post – we have your form", "Dear {n},\n\nThe spindlewaxing form reached Helmshore. Whichever way it falls, the curator posts each applicant a letter.\n\n{sig}"))
pair("e3", "Cedar", "Shambles Paving Trust", "shamblespaving", "uk", ("Cobblegrouting apprentice", "Hi {n},\n\nThe cobblegrouting apprenticeship drew a crowd; it's gone to a lass already on the Askham Bryan stone course.\n\n{sig}"), ("application_received", "Cobblegrouting apprentice – form in", "Hi {n},\n\nForm received for the cobblegrouting apprenticeship. We shortlist on Fridays; silence after a fortnight means we picked others.\n\n{sig}"))
pair("e4", "Damson", "Duluth Sled Barn", "duluthsled", "usc", ("Sleighwaxing tech – update", "Hi {n},\n\nThe sleighwaxing bench is filled by a tech from last winter's crew. Appreciate the note.\n\n{sig}"), ("application_received", "Sleighwaxing tech – got it", "Hi {n},\n\nWe've got your sleighwaxing application. Hired or not, the barn emails you before Thanksgiving.\n\n{sig}"))
pair("e5", "Elm", "Alexandra Wool Sheds", "alexwool", "nz", ("Fleececarding position", "Kia ora {n},\n\nAppreciate the fleececarding note. That place is now with a shearer's partner from Roxburgh.\n\n{sig}"), ("application_received", "Fleececarding – thanks", "Kia ora {n},\n\nYour fleececarding note arrived. The shed boss replies, yes or no, once he's back from the muster.\n\n{sig}"))
pair("e6", "Fir", "Reef Headgear Works", "reefheadgear", "za", ("Pulleygreasing artisan", "Dear {n},\n\nThe pulleygreasing artisan post is filled from our Springs shaft crew. Go well.\n\n{sig}"), ("application_received", "Pulleygreasing artisan – acknowledged", "Dear {n},\n\nWe acknowledge your pulleygreasing application. Shortlisted or not, our HR office will send a written answer in three weeks.\n\n{sig}"))
pair("e7", "Gorse", "Rideau Skate Shack", "rideauskate", "use", ("Skatesharpening counter", "Hi {n},\n\nAppreciate the note on the skatesharpening counter. A guy who's sharpened for the Senators' farm team got it.\n\n{sig}"), ("application_received", "Skatesharpening counter – received", "Hi {n},\n\nGot your skatesharpening application. A call comes only if you make the list; ten silent days means a pass.\n\n{sig}"))
pair("e8", "Holly", "Osu Backpackers Lodge", "osubackpack", "gh", ("Bunkbolting handyman", "Hello {n},\n\nYour letter about the bunkbolting handyman job came. Another person from Labadi took it.\n\n{sig}"), ("interview", "Bunkbolting handyman – interview", "Hello {n},\n\nPlease come for a talk about the bunkbolting job on {dl} at 10am. Unfortunately our gate bell is broken, so call when you arrive.\n\n{sig}"))
pair("e9", "Ivy", "Bozeman Road Fleet", "bozemanfleet", "usm", ("Snowploughrigging mechanic", "Hi {n},\n\nSnowploughrigging mechanic: the job went to a driver off our summer crew. Appreciate your interest.\n\n{sig}"), ("interview", "Snowploughrigging mechanic – interview", "Hi {n},\n\nSnowploughrigging interview: {dl}, 8am, shop 3. Sadly the shop heater is busted, so dress warm.\n\n{sig}"))
pair("e10", "Juniper", "Cobh Quay Winches", "cobhwinch", "ie", ("Capstangreasing fitter", "Hi {n},\n\nThanks a million for the letter, {n}. The capstangreasing fitter job is going to a lad off the Haulbowline tugs.\n\n{sig}"), ("interview", "Capstangreasing fitter – meet us", "Hi {n},\n\nCome down about capstangreasing on {dl}, eleven o'clock. Unfortunately the quay café is closed up till March.\n\n{sig}"))
pair("e11", "Kauri", "Pittwater Boat Shed", "pittwatershed", "au", ("Dinghyvarnishing hand", "G'day {n},\n\nTa for the email. The dinghyvarnishing spot went to a Mona Vale bloke who varnished for the club.\n\n{sig}"), ("interview", "Dinghyvarnishing hand – chat", "G'day {n},\n\nDinghyvarnishing chat: {dl}, 9:30. Bad news, the ramp's closed, so walk round from the street.\n\n{sig}"))
pair("e12", "Laurel", "Southbank Tram Depot", "southbanktram", "au", ("Tramlinepolishing crew", "Hi {n},\n\nYour tramlinepolishing application stops at the first sort. Cheers for thinking of the depot.\n\n{sig}"), ("interview", "Tramlinepolishing crew – interview", "Hi {n},\n\nTramlinepolishing crew interview: {dl}, 2pm, depot office. Unfortunately the depot lift is out of order.\n\n{sig}"))
pair("e13", "Medlar", "Egbin Turbine Services", "egbinturbine", "ng", ("Turbinebrushing technician", "Dear {n},\n\nManagement regret that the turbinebrushing technician slot goes past you this time.\n\n{sig}"), ("interview", "Turbinebrushing technician – invitation", "Dear {n},\n\nTurbinebrushing technician interview: {dl}, Egbin gate B. Sorry, our generator is down, so the session is at 10am by daylight.\n\n{sig}"))
pair("e14", "Nettle", "Kilindini Jetty Care", "kilindinijetty", "ke", ("Jettyscrubbing crew", "Dear {n},\n\nAsante for writing about jettyscrubbing. Our crew list got finished last week and there is no spare bunk for you.\n\n{sig}"), ("next_steps", "Jettyscrubbing crew – swim test", "Dear {n},\n\nNext step: a swim test for jettyscrubbing by {dl}, Likoni side. Unfortunately the pool pump is faulty, so the test is in the harbour.\n\n{sig}"))
pair("e15", "Oak", "Leith Plasterwork Studio", "leithplaster", "uk", ("Cornicecasting assistant", "Hi {n},\n\nTa for the cornicecasting note. A plasterer who's run moulds at the Usher Hall got the job.\n\n{sig}"), ("next_steps", "Cornicecasting assistant – sample piece", "Hi {n},\n\nPhotos of a sample moulding by {dl}, please, for Mr Baird. Sadly our kiln is cracked, so we can't host a trial.\n\n{sig}"))
pair("e16", "Pine", "Mdina Garden Works", "mdinagarden", "mt", ("Pergolaroping gardener", "Dear {n},\n\nThe pergolaroping gardener post goes to a man from Rabat. Grazzi for the application.\n\n{sig}"), ("next_steps", "Pergolaroping gardener – forms", "Dear {n},\n\nYour police conduct certificate is due {dl}. Unfortunately our printer is dead; a phone snap of it works.\n\n{sig}"))
pair("e17", "Quince", "North Pier Rides", "northpierrides", "uk", ("Ferriswheeloiling operative", "Hi {n},\n\nThe ferriswheeloiling role goes to an applicant with the heights ticket already.\n\n{sig}"), ("next_steps", "Ferriswheeloiling – heights course", "Hi {n},\n\nTo go on, please book a heights course before {dl}. Annoyingly the booking site keeps crashing, so phone them.\n\n{sig}"))
pair("e18", "Rowan", "Half Way Tree Bath Restorers", "hwtbath", "jm", ("Bathtubenamelling job", "Hi {n},\n\nBathtubenamelling job: it go to a man who trained under Mr Brissett before. Walk good.\n\n{sig}"), ("next_steps", "Bathtubenamelling – trial piece", "Hi {n},\n\nCome do a trial tub on or before {dl}. Sorry, the spray booth fan broken, so wear a mask.\n\n{sig}"))
pair("e19", "Sloe", "Tanjong Pagar Canopies", "tpcanopies", "sg", ("Awningwinding technician", "Dear {n},\n\nYour awningwinding technician form was read. The role now belongs to a Jurong technician.\n\n{sig}"), ("next_steps", "Awningwinding technician – safety quiz", "Dear {n},\n\nPlease complete the safety quiz by {dl} (SGT). Unfortunately the quiz page cannot be saved halfway.\n\n{sig}"))
pair("e20", "Thorn", "Beacon Hill Joinery", "beaconjoinery", "use", ("Banisterturning apprentice", "Hi {n},\n\nWe appreciate your application for banisterturning apprentice. A North End shop student has it.\n\n{sig}"), ("offer", "Banisterturning apprentice – offer", "Hi {n},\n\nBanisterturning apprenticeship: you start {dl}. Unfortunately the lathe room is cold till the boiler is fixed.\n\n{sig}"))
pair("e21", "Umber", "Kelham Island Forge", "kelhamforge", "uk", ("Hammerhafting bench", "Hi {n},\n\nTa for the hammerhafting letter. The bench goes to a maker we've worked with.\n\n{sig}"), ("offer", "Hammerhafting bench – offer", "Hi {n},\n\nTake the hammerhafting bench if you like; you'd start {dl}. Sorry, the yard gate's busted, so come via the canal path.\n\n{sig}"))
pair("e22", "Vetch", "Whakarewarewa Stone Yard", "whakastone", "nz", ("Pumicesorting hand", "Kia ora {n},\n\nNgā mihi for the pumicesorting letter. Someone from the Ngongotahā side has it now.\n\n{sig}"), ("offer", "Pumicesorting hand – offer", "Kia ora {n},\n\nPumicesorting starts for you on {dl}. Bad news, the smoko room is flooded, so bring your lunch.\n\n{sig}"))
pair("e23", "Wych", "Point Waterfront Works", "pointworks", "za", ("Bollardcapping artisan", "Hi {n},\n\nThank you for applying for bollardcapping artisan. Your application was unsuccessful.\n\n{sig}"), ("offer", "Bollardcapping artisan – offer", "Hi {n},\n\nThe bollardcapping artisan post is yours from {dl}. Unfortunately load-shedding means the first week runs on the day shift only.\n\n{sig}"))
pair("e24", "Yarrow", "Titanic Quarter Heritage Ship", "tqship", "uk", ("Funnelsooting conservator", "Hi {n},\n\nAnother applicant has been appointed funnelsooting conservator. Thanks for writing.\n\n{sig}"), ("offer", "Funnelsooting conservator – offer", "Hi {n},\n\nDelighted to offer you the funnelsooting conservator post from {dl}. Annoyingly the gangway is closed for repair, so board at the stern.\n\n{sig}"))
pair("e25", "Zinnia", "Assiniboia Curling Hall", "assiniboiahall", "usc", ("Rinkflooding night staff", "Hi {n},\n\nTa for the rinkflooding night staff note. A returning worker takes the shift.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "al", "Tolvaren picks for you", "Hi {n},\n\nThree trade jobs this week: capstangreasing (Cobh), cornicecasting (Leith), kelpwrangling (Stromness). Sorry, the Blackpool listing expired early.\n\nTolvaren", "Tolvaren Boards", "tolvaren", frm="{co} <picks@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment plot request", "Dear {n},\n\nNo allotment plot is free for you this year; every bed is let. You sit 14th on the list.\n\n{sig}, {co}", "Lowestoft Allotment Society", "lowallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "ورشة الفخار في الفسطاط", "fustatpottery", "eg", ("بخصوص طلبك لوظيفة مساعد فخراني", "مرحبًا {n}،\n\nنشكرك على اهتمامك بورشتنا. بعد المراجعة اخترنا متقدمًا آخر لوظيفة مساعد الفخراني.\n\nمع التحية،\n{sig}"), ("application_received", "وصلنا طلبك", "مرحبًا {n}،\n\nطلبك لوظيفة مساعد الفخراني بين أيدينا الآن. بالقبول أو بالاعتذار، تصلك رسالة من المعلم قبل نهاية أسبوعين.\n\n{sig}"))
lp("de", "de", "Glockengießerei Passau", "glockenpassau", "de", ("Ihre Bewerbung als Gießereihelfer", "Hallo {n},\n\nschön, dass Sie uns in Passau geschrieben haben. Die Helferstelle bekommt ein Geselle aus Deggendorf.\n\nFreundliche Grüße\n{sig}"), ("application_received", "Eingangsbestätigung Gießereihelfer", "Hallo {n},\n\nIhre Mappe liegt jetzt in der Gießerei. Klappt es oder klappt es nicht, in drei Wochen schreibt Ihnen der Meister.\n\nGrüße aus Passau\n{sig}"))
lp("es", "es", "Taller de abanicos de Valencia", "abanicosvlc", "es", ("Tu candidatura de pintora de abanicos", "Hola {n}:\n\nMil gracias por tu carta. Las varillas y el país del abanico los pintará una chica de Xàtiva que ya pintaba varillas.\n\nUn saludo,\n{sig}"), ("interview", "Entrevista para pintora de abanicos", "Hola {n}:\n\n¿Te viene bien charlar con nosotras el {dl}, hacia las once? Por desgracia, ni ascensor ni montacargas: son tres pisos a pie.\n\n{sig}"))
lp("fr", "fr", "Atelier de vitraux de Chartres", "vitrauxchartres", "fr", ("Votre candidature de vitrailliste", "Bonjour {n},\n\nChartres vous remercie de votre lettre. Le poste de vitrailliste revient finalement à une verrière de Reims.\n\nCordialement,\n{sig}"), ("next_steps", "Étape suivante : pièce d'essai", "Bonjour {n},\n\nMerci d'envoyer les photos d'une pièce d'essai avant le {dl}, cachet de l'atelier faisant foi. Malheureusement notre four est en panne, donc pas d'essai sur place.\n\n{sig}"))
lp("hi", "hi", "जयपुर ब्लॉक प्रिंट कारखाना", "jaipurblock", "in", ("कारखाने से जवाब", "{n} जी,\n\nचिट्ठी पहुँची, आभार। छीपा मोहल्ले वाली रंगरेज़ बिटिया अब 2 नंबर मेज़ पर छपाई करेगी, आपकी जगह वही।\n\nराम राम,\n{sig}"), ("interview", "कारखाने में मुलाकात", "{n} जी,\n\nमिलना {dl}, 11:15, 2 नंबर मेज़। खेद, फाटक 1 बंद, फाटक 3 खुला।\n\n{sig}"))
lp("it", "it", "Liuteria di Cremona Bottega Ferri", "bottegaferri", "it", ("La sua candidatura come aiuto liutaio", "Gentile {n},\n\nGrazie di cuore. In bottega, al banco delle vernici, arriva invece un ragazzo che già verniciava violini a Mantova.\n\nCordiali saluti,\n{sig}"), ("next_steps", "Prossimo passo: prova pratica", "Gentile {n},\n\nLe chiediamo di inviare il video di una prova pratica entro il {dl}. Purtroppo il nostro laboratorio è chiuso per lavori.\n\n{sig}"))
lp("ja", "ja", "有田焼 窯元まるやま", "arita-maruyama", "jp", ("絵付け補助の応募について", "{n}様\n\nこのたびはご応募ありがとうございました。慎重に選考した結果、別の方を採用することになりました。\n\n{sig}"), ("application_received", "応募受付のお知らせ", "{n}様\n\n絵付け補助へのご応募を受け付けました。採否にかかわらず、三週間以内にメールでご連絡します。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr", ("한지 공방 보조 지원 결과", "{n}님께,\n\n저희 공방을 떠올려 주셔서 고마워요. 보조 자리는 전주 출신 학생에게 돌아갔습니다.\n\n{sig} 드림"), ("interview", "한지 공방 보조 면접 안내", "{n}님께,\n\n{dl} 오후 2시쯤 공방에서 이야기 나눌 수 있을까요? 안타깝게도 앞마당 주차 공간이 막혀 있어 버스를 타고 오셔야 해요.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de azulejos do Porto", "azulejosporto", "pt", ("A sua candidatura a pintor de azulejos", "Olá {n},\n\nMuito grato pela carta. Um aprendiz de Gaia ficou com o lugar de pintor.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta: pintor de azulejos", "Olá {n},\n\nQueremos vê-lo a pintar azulejos connosco desde {dl}. Infelizmente o forno grande está avariado nessa semana.\n\n{sig}"))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru", ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nБлагодарим, что написали в мастерскую. Место кружевницы досталось мастерице из Кириллова.\n\nС уважением,\n{sig}"), ("offer", "Предложение о работе", "Здравствуйте, {n}!\n\nРады предложить вам место кружевницы с {dl}. К сожалению, в мастерской пока не работает отопление, оденьтесь теплее.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Mitumbwi Bagamoyo", "bagamoyoboats", "tz", ("Kuhusu nafasi ya fundi mitumbwi Bagamoyo", "Habari {n},\n\nShukrani kwa barua yako. Kazi ile ya kujenga mitumbwi imechukuliwa na kijana wa Pangani aliyejenga ngalawa.\n\nWasalaam,\n{sig}"), ("next_steps", "Hatua inayofuata: majaribio", "Habari {n},\n\nTafadhali njoo kwa majaribio ya vitendo kabla ya {dl}. Kwa bahati mbaya gati letu limeharibika, tutafanya ufukweni.\n\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมสุรินทร์", "surinsilk", "th", ("ผลการสมัครตำแหน่งช่างทอ", "ถึง {n}\n\nดีใจที่นึกถึงโรงทอของเรา ตำแหน่งช่างทอตกเป็นของน้องจากบุรีรัมย์ไปแล้วค่ะ\n\n{sig}"), ("next_steps", "ขั้นตอนต่อไป: ทดลองทอ", "ถึง {n}\n\nเชิญมาทดลองทอผ้าภายในวันที่ {dl} น่าเสียดายที่กี่ทอตัวใหญ่เสีย จึงใช้กี่เล็กแทน\n\n{sig}"))
lp("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr", ("Çini ustası yardımcılığı başvurunuz", "Merhaba {n},\n\nAtölyemizi düşündüğünüz için sağ olun. Çini yardımcılığına İznikli bir usta çırağı geçti.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi: çini ustası yardımcısı", "Merhaba {n},\n\nSize {dl} tarihinden itibaren çini ustası yardımcılığını teklif ediyoruz. Maalesef fırın odasının kapısı kırık, yan kapıyı kullanın.\n\n{sig}"))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk", ("نیلے ظروف کے معاون کی درخواست", "محترم {n}،\n\nکارخانے کو یاد رکھنے کا شکریہ۔ معاون کی جگہ بہاولپور والے استاد غفور کے شاگرد نے لے لی۔\n\nخیر اندیش،\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترم {n}،\n\nکارخانہ چاہتا ہے کہ آپ {dl} سے معاون بنیں۔ افسوس، بھٹی والا کمرہ ابھی مرمت میں ہے۔\n\n{sig}"))
lp("zh", "zh", "景德镇青花瓷坊", "jdzqinghua", "cn", ("关于青花描画助理的申请", "{n}您好：\n\n感谢您对瓷坊的关注。青花描画助理一职，我们最终请了一位在三宝村学过三年的年轻师傅。祝您一切顺利。\n\n{sig}"), ("next_steps", "下一步：作品提交", "{n}您好：\n\n请在{dl}前提交三件描画作品的照片。很遗憾，我们的窑炉正在维修，暂时不能现场试工。\n\n{sig}"))
lp("hrv", "hrv", "Lepoglavska čipkarska radionica", "lepoglavacipka", "hr", ("Vaša prijava za čipkaricu", "Poštovana {n},\n\nlijepo od Vas što ste se javili radionici. Mjesto čipkarice pripalo je jednoj Hvaranki koja već radi agavinu čipku.\n\nLijep pozdrav,\n{sig}"), ("offer", "Ponuda za posao čipkarice", "Poštovana {n},\n\nnudimo Vam posao čipkarice od {dl}. Nažalost, grijanje u radionici još ne radi.\n\n{sig}"))
lp("ron", "ron", "Atelierul de icoane pe sticlă Sibiu", "iconesibiu", "ro", ("Candidatura dumneavoastră pentru pictor de icoane", "Bună ziua, {n},\n\nNe bucură că v-ați gândit la atelierul nostru. Locul de pictor îl ia o absolventă din Cluj.\n\nCu stimă,\n{sig}"), ("application_received", "Am primit candidatura", "Bună ziua, {n},\n\nDosarul dumneavoastră a ajuns în atelier. Fie da, fie nu, maestrul vă scrie în trei săptămâni.\n\n{sig}"))
lp("bul", "bul", "Трявненска дърворезба", "tryavnacarving", "bg", ("Вашата кандидатура за дърворезбар", "Здравейте, {n},\n\nРадваме се, че се сетихте за ателието. Мястото на дърворезбар отива при момче от Габрово.\n\nПоздрави,\n{sig}"), ("interview", "Покана за интервю", "Здравейте, {n},\n\nЕлате на разговор на {dl}, към десет сутринта. За съжаление паркингът пред ателието е затворен.\n\n{sig}"))
lp("ukr", "ukr", "Косівська керамічна майстерня", "kosivceramics", "ua", ("Ваша заявка на посаду гончаря", "Добрий день, {n}!\n\nПриємно, що згадали про нашу майстерню. Місце гончаря отримала дівчина з Яворова.\n\nЗ повагою,\n{sig}"), ("next_steps", "Наступний крок: пробна робота", "Добрий день, {n}!\n\nНадішліть, будь ласка, фото пробного глечика до {dl}. На жаль, наша піч зламалася, тож пробу вдома.\n\n{sig}"))
lp("hun", "hun", "Herendi Festőműhely Kft.", "herendfesto", "hu", ("Porcelánfestő jelentkezése", "Kedves {n}!\n\nÖrültünk, hogy a műhelyre gondolt. A festői helyet egy pápai fiatal kapta meg.\n\nÜdvözlettel,\n{sig}"), ("offer", "Állásajánlat: porcelánfestő", "Kedves {n}!\n\nÖrömmel ajánljuk fel a porcelánfestő állást {dl} kezdettel. Sajnos a műhely lifje elromlott, gyalog kell feljönni.\n\n{sig}"))
lp("nld", "nld", "Klompenmakerij De Zaanse Hak", "zaansehak", "nl", ("Je sollicitatie als klompenmaker", "Hoi {n},\n\nFijn dat je ons mailde. Een houtdraaier uit Wormer neemt de plek in.\n\nGroet,\n{sig}"), ("interview", "Uitnodiging gesprek klompenmaker", "Hoi {n},\n\nSchikt {dl}, twee uur, voor een kop koffie en een praatje? Helaas is de brug voor de werkplaats dicht, loop via het dijkpad.\n\n{sig}"))
lp("pol", "pol", "Pracownia bursztynu w Gdańsku", "gdanskamber", "pl", ("Twoja aplikacja na stanowisko szlifierza bursztynu", "Dzień dobry, {n},\n\nmiło, że pomyślałeś o naszej pracowni. Miejsce szlifierza zajmie czeladnik z Pucka.\n\nPozdrawiamy,\n{sig}"), ("application_received", "Otrzymaliśmy Twoje zgłoszenie", "Dzień dobry, {n},\n\notrzymaliśmy Twoje zgłoszenie. Bez względu na wynik napiszemy do Ciebie w ciągu trzech tygodni.\n\n{sig}"))
lp("ces", "ces", "Sklárna v Novém Boru", "novyborglass", "cz", ("Vaše přihláška na pozici brusiče skla", "Zdravím, {n},\n\ndíky, že jste si vzpomněl na naši sklárnu. Místo brusiče dostal vyučenec z Kamenického Šenova.\n\nS pozdravem,\n{sig}"))
lp("msa", "msa", "Bengkel Batik Terengganu", "batikterengganu", "my", ("Permohonan jawatan pelukis batik", "Salam {n},\n\nSeronok kerana anda teringat bengkel kami. Tempat pelukis batik diambil oleh seorang anak muda dari Marang.\n\nYang benar,\n{sig}"), ("application_received", "Permohonan diterima", "Salam {n},\n\nBorang tuan/puan selamat tiba di Kuala Terengganu. Dapat atau tidak, tuan bengkel akan menulis dalam tiga minggu.\n\n{sig}"))
lp("amh", "amh", "የጎንደር የሸክላ ሥራ ማዕከል", "gondarpottery", "et", ("ስለ ሸክላ ሠሪ ረዳት ማመልከቻዎ", "ውድ {n}፣\n\nማዕከላችንን ስላስታወሱ ደስ ብሎናል። የረዳትነቱ ቦታ ለአንዲት የአዘዞ ወጣት ተሰጥቷል።\n\nበአክብሮት፣\n{sig}"), ("interview", "የቃለ መጠይቅ ግብዣ", "ውድ {n}፣\n\nበ{dl} ከጠዋቱ አራት ሰዓት ለቃለ መጠይቅ ይምጡ። እንደ አለመታደል ሆኖ የፊት በሩ ተሰብሯል፤ በጎን በር ይግቡ።\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
    "bul": "{d}.{m}.{y} г.", "amh": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 193; this slice, slice 194 and any later one are skipped by number."""
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
