# ruff: noqa: E501, S311
"""Write the hundred-and-eighth sealed blind slice for issue 11 (blind-slice-108.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 106; slice 107 and later never read; our side printed)
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

SEED = 1081081
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-108.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 108
SKIP_FROM = 107  # slice 107 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Orlagh McCrory", "Kagiso Sebina", "Maricel Tolentino", "Jahnai Outerbridge", "Kavitha Sundaram",
    "Vu Thi Lan Anh", "Ainhoa Etxeberria", "Davy Montgomery", "Boitumelo Kgosi", "Jomar Villareal",
    "Shaniqua Furbert", "Senthil Murugesan", "Nguyen Quoc Bao", "Rocío Valdivieso", "Tiernan Loughran",
    "Onalenna Moremi", "Rhealyn Dumalagan", "Keishon Trott", "Pavithra Ramalingam", "Hoang Minh Chau",
    "Imanol Arrieta", "Sorcha Gilliland", "Tebogo Mmusi", "Czarina Macaraeg", "Dionne Simmons-Wade",
    "Arulmozhi Natarajan", "Truong Gia Huy", "Leocadia Ferrándiz", "Hamish Thornbury", "Wanjiru Kamau-Hale",
    "Mateus Correia", "Yolande Brissett", "Cormac Breslin", "Tamsyn Ogilvie", "Emeka Okafor-Reid",
]
REGION_SIGNERS = {
    "uk": ["Philippa Ashdown", "Rupert Kellaway", "Nkechi Barraclough"],
    "ni": ["Wullie Craig", "Ruby McKeown", "Sammy Dunlop", "Ellen Moorhead"],
    "ie": ["Caoimhe Brannigan", "Ultan Feeney", "Mairéad Coyle"],
    "us": ["Lorraine Kubiak", "Terrence Hollis", "Yesenia Paredes"],
    "ca": ["Annick Lévesque", "Gurdeep Bains", "Fiona MacAulay"],
    "au": ["Skye Penhaligon", "Nikos Andreou", "Jarrah Whitlock"],
    "nz": ["Mereana Tipene", "Fergus Ormond", "Sione Latu"],
    "za": ["Thandeka Ngubane", "Riaan Steyn", "Lerato Molefe"],
    "bw": ["Kelebogile Ramotswa", "Mpho Segokgo", "Neo Tlhalerwa", "Gaone Phiri"],
    "ph": ["Ma. Luisa Caballero", "Jericho Panganiban", "Rowena Salcedo", "Arnel Dimaano"],
    "bm": ["Cherise Tucker", "Delano Smith-Burrows", "Kendra Place", "Alvin Darrell"],
    "tn": ["Muthulakshmi Palanisamy", "Karthikeyan Subbiah", "Revathi Anbalagan", "Selvam Duraisamy"],
    "es": ["Montserrat Vidal", "Jorge Quintanilla", "Begoña Arrizabalaga"],
    "vn": ["Le Thi Thu Ha", "Pham Duc Thang", "Dang Ngoc Mai"],
    "in": ["Sunanda Kulkarni", "Vikram Rathore", "Ishita Banerjee"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نوال الشامسي", "مريم الكعبي"], "de": ["Brigitte Aigner", "Florian Pichler"],
    "es": ["Guadalupe Ortega", "Rodrigo Villaseñor"], "fr": ["Véronique Dewulf", "Ghislain Lambotte"],
    "hi": ["सुलोचना अग्निहोत्री", "वंदना भार्गव"], "it": ["Elisabetta Bernasconi", "Fabio Cattaneo"],
    "ja": ["森田 由紀", "石井 大輔"], "ko": ["윤서연", "한민재"], "pt": ["Luciana Pereira", "Thiago Nogueira"],
    "ru": ["Ярослава Фёдорова", "Сергей Воронцов"], "sw": ["Neema Wanjala", "Juma Otieno"],
    "th": ["สุภาพร ศรีสุข", "กนกวรรณ ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ ملک", "رخسانہ ہاشمی"], "zh": ["林雅婷", "黃建宏"],
    "nor": ["Ingrid Haugland", "Sindre Bakken"], "cat": ["Núria Puigdomènech", "Jordi Casals"],
    "afr": ["Marietjie Botha", "Hendrik Venter"], "ell": ["Κατερίνα Παπαδάκη", "Γιώργος Μαυρίδης"],
    "fin": ["Satu Hämäläinen", "Mikko Laaksonen"], "srp": ["Snežana Ilić", "Bojan Marković"],
}
LANG_RECIPIENTS = {
    "ar": ["هند العامري", "سلمى البلوشي"], "de": ["Theresa Hofbauer", "Magdalena Gruber"],
    "es": ["Ximena Bustamante", "Citlali Herrera"], "fr": ["Margaux Vanderlinden", "Amandine Delvaux"],
    "hi": ["प्रज्ञा श्रीवास्तव", "निखिल पांडे"], "it": ["Ilaria Rusconi", "Davide Galli"],
    "ja": ["高橋 美咲", "中村 拓海"], "ko": ["이수빈", "장도윤"], "pt": ["Beatriz Cavalcanti", "Gustavo Moreira"],
    "ru": ["Анастасия Белова", "Игорь Трофимов"], "sw": ["Akinyi Ouma", "Mwangi Karanja"],
    "th": ["ปิยธิดา โสภณพงศ์", "วรเมธ ชัยมงคล"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["مہوش انصاری", "سعدیہ رضوی"], "zh": ["張家豪", "吳佩珊"],
    "nor": ["Solveig Nygård", "Eirik Strand"], "cat": ["Laia Ferrer", "Mireia Serra"],
    "afr": ["Anneke du Plessis", "Wessel Pretorius"], "ell": ["Ελένη Αντωνίου", "Δέσποινα Καραγιάννη"],
    "fin": ["Aino Lehtonen", "Juho Rantanen"], "srp": ["Jovana Đorđević", "Milena Pavlović"],
}
GIVEN = {
    "Vu Thi Lan Anh": "Lan Anh", "Nguyen Quoc Bao": "Bao", "Hoang Minh Chau": "Chau", "Truong Gia Huy": "Huy",
    "Le Thi Thu Ha": "Thu Ha", "Pham Duc Thang": "Thang", "Dang Ngoc Mai": "Mai", "Ma. Luisa Caballero": "Malou",
}
PROVIDERS = ["brackmail", "tarnpost", "whinbox", "scaurmail", "loanenpost", "quaybox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ni": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "es": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"),
    "ch": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bm": ("-0400", "-0300", "us"), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "tn": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "tw": ("+0800", None, ""), "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "bm", "ph")
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
QNOTE = "\n{sf} – ta for Thursday at the bottling shed. Welding ticket scan attached; Mr Dlamini-Reyes (old gaffer) rings back after tea.\n{n}"
FOOTER = "\n\n——\n{co} Careers · search every store and depot opening · switch on weekly job alerts by postcode · The Till Roll, our staff newsletter, out the first Friday monthly · Mailed to you as a past careers-site applicant; fiddle with it under Account > Email settings. {co} Ltd, Unit 9, Ravelston Trading Estate."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Candidate Home: requisition R-{ref} ({role}) has closed", "Hello {n},\n\nThis note comes from the {co} candidate portal about requisition R-{ref}, {role}. Every file was weighed; the hiring panel is moving ahead with people whose recent duties mirror this post more nearly, so your application now closes. Your Candidate Home login stays live for future openings.\n\nTalent Acquisition, {co}", ("Lisnafillan Flax Works", "Tlokweng Solar Fitters"), ("careers.lisnafillanflax", "jobs.gabsolarfit"), frm="{co} Careers <do-not-reply@{dom}>", role=("Scutching Line Supervisor", "PV Installation Lead"), tz=("ni", "bw"))
mr("gh-final", "An update on {role} at {co}", "Hi {n},\n\nA personal note, not the system. After the final panel the {role} offer was taken by another finalist, so your process ends here.\n\nOur chats were sharp and generous; do watch our jobs page.\n\nBest,\n{sig}\nRecruiting, {co}", ("Sallowfin Robotics", "Halong Ledger"), ("sallowfin-robotics", "halongledger"), role=("Firmware Engineer II", "Backend Developer (Payments)"), tz=("usp", "vn"))
mr("lever-pool", "{co} – {role}", "{n}, hello from {co}.\n\nYour {role} application got a careful read; other candidates go forward for this opening. Should you agree, we'll file your details for twelve months – reply DELETE to wipe them earlier.\n\nWarm regards,\nThe {co} people team", ("Azahar Mobility", "Lumangbayan Kelp Labs"), ("azaharmobility", "lumangbayankelp"), frm="{co} Hiring <hiring@{dom}>", role=("Fleet Analyst", "Lab Technician (Algae Culture)"), tz=("es", "ph"))
mr("smart-html", "Status of your application: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – another applicant appointed</td></tr></table><p>{co} values the care in your application.</p></body></html>", ("Flatts Harbourside Hotel", "Vellamalai Looms Co"), ("hhhotel", "cbeloomsco"), frm="{co} Recruitment <noreply@{dom}>", role=("Night Auditor", "Shift Weaving Supervisor"), tz=("bm", "tn"))
mr("icims-cert", "{co}: your {role} application", "Dear {n},\n\n{co} has screened your file. Outcome – Not Selected; reason: {x}. Because this certificate is a condition of the post, the file could not move to interview. You are welcome to reapply once you hold it.\n\n{co} Recruitment Team", ("Whiteabbey Marine Services", "Tonota Cold Chain"), ("bllmarine", "fcoldchain"), frm="{co} Careers <careers@{dom}>", role=("Deckhand (Workboat)", "Reefer Truck Driver"), x=("STCW Basic Safety Certificate Not Provided", "Code C1 Licence Copy Missing"), tz=("ni", "bw"))
mr("taleo-pulled", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref}, {role}: after {x}, {co} has pulled this requisition with no appointment to follow. Every candidate file is closed. Thanks for applying.\n\nHuman Resources, {co}", ("Vinh Long Rice Milling Corp", "Castellón Ceramic Tiles SA"), ("vlrmc", "castellontiles"), frm="HR {co} <hr@{dom}>", role=("Quality Control Officer", "Kiln Shift Engineer"), x=("the merger of our two Mekong mills", "the closure of Line 3 announced in April"), tz=("vn", "es"))
mr("workable-trial", "{role} at {co}", "Hi {n},\n\nWe had {x} people apply for {role}, which was humbling for a place our size. We've now finished trial shifts and offered the spot to someone who trialled with us last week. Thanks for thinking of {co} – hope the hunt goes well.\n\n{sig}", ("Front Street Fish Fry", "Mati Surf Hostel"), ("frontstreetfishfry", "matisurfhostel"), role=("Line Cook", "Front Desk & Bar"), x=("87", "54"), tz=("bm", "ph"))
mr("bamboo-hours", "About the {role} opening", "Hello {n},\n\nTwo of our regulars went full-time and soaked up the {role} hours we advertised, so there's no outside interview round now. Cheers for thinking of {co}.\n\n{sig}, {co}", ("Portstewart Paddleboard Hire", "Kasane Riverside Lodge"), ("portstewartsup", "kasaneriverside"), role=("Instructor (Seasonal)", "Housekeeping Attendant"), tz=("ni", "bw"))
mr("teamtailor-accent", "Your application – {role}", "Dear {n},\n\n{x}\n\nWith best regards,\n{sig}\n{co}", ("Triana Flamenco Tours", "Saigon Lacquer House"), ("trianatours", "saigonlacquer"), role=("Tour Guide (English)", "Export Sales Executive"), x=("We have finished the process for this job. Finally we have been decided for other person with more years as guide in Sevilla. Many thanks for the time, and much luck in the future.", "Thank you to apply in our company. After review every profile, the director choose another candidate who has more experience with Europe market. We hope you will find suitable job soon and success in career."), tz=("es", "vn"))
mr("pinpoint-score", "{co}: outcome of shortlisting for {role}", "Dear {n},\n\nTwo markers scored every {role} form against the essential criteria. You received {x} out of 60, with {y} needed for interview, so you don't make the shortlist. Ask within four weeks for written feedback.\n\nPeople Services, {co}", ("Ards Peninsula Hospice", "Bermuda Literacy Trust"), ("ardshospice", "bdaliteracy"), role=("Bereavement Support Coordinator", "Adult Tutor"), x=("31 and 34", "36 and 33"), y=("40", "41"), tz=("ni", "bm"))
mr("jazz-down", "{role} – listing closed", "Hey {n},\n\nQuick one: we've taken the {role} ad down because a candidate already accepted. Didn't want you left hanging. Cheers for applying to {co}!\n\n– {sig}", ("Tolleston Gutter Guys", "Aspenfold Bike Kitchen"), ("tollestongutters", "aspenfoldbikekitchen"), role=("Crew Member", "Bike Mechanic"), tz=("usc", "cae"))
mr("ashby-debrief", "{co} | {role}", "Hi {n},\n\nAfter your onsite for {role} the panel compared notes. Tight race; the pick went to someone whose background lands squarely on our {x} plans for next year. Short notes available if you'd like them.\n\n{sig}, Talent at {co}", ("Cirrowen Tariff", "Kelvinside Carbon"), ("cirrowentariff", "kelvinsidecarbon"), role=("Product Designer", "Data Engineer"), x=("billing", "emissions-ledger"), tz=("use", "uk"))
mr("portal-close", "Application {ref}: {role}", "Dear {n},\n\n{co} has shut the {role} portal. Shortlisted applicants got phone calls last week; with no call to you, this application did not succeed.\n\nRecruitment Office, {co}", ("Tambaram Feeder Buses", "Lobatse Road Freight"), ("cmfb", "brfreight"), frm="{co} Recruitment <recruitment@{dom}>", role=("Depot Controller", "Transport Planner"), tz=("tn", "za"))
mr("once-ulster", "Aboot the job", "Hi {n},\n\nThanks for comin' roon tae the yard last week. A'm no gonnae keep ye waitin – the job's went tae a fella fae Ballymoney that's done a brave wheen o' years on the tractors. Sorry it's no better news. Ye'd a guid crack wi' the men.\n\nAll the best,\n{sig}\n{co}", "Drumaheglis Contracting", "drumaheglis", tz="ni")
mr("once-botswana", "Re: Application for {role}", "Dumela {n},\n\nYour application for {role} was received with thanks. Regrettably it was unsuccessful, since the post went to a local applicant holding a valid PDP. Go well in the search. Pula!\n\n{sig}\nFor: {co}", "Mahalapye Borehole Drilling", "mahalapyedrill", role="Rig Assistant", tz="bw")
mr("once-filipino", "Application Update – {role}", "Good day {n}!\n\nThank you po for your interest in joining {co}. After evaluation po, the {role} slot went to another applicant. Don't lose hope, your CV stays with HR for the next openings. God bless and keep safe!\n\nHR Dept.\n{co}", "Consolacion Furniture Crafters", "consolacioncrafters", role="Upholstery Technician", tz="ph")
mr("once-bermudian", "{role}", "Morning {n},\n\nNice of you to stop in at the shop Tuesday, bye. Boss picked a fella who's rigged boats round Gurnet Bay half his life, so you're out on this one. Keep your head up and come see us when the season turns.\n\n{sig}\n{co}", "Somerset Bridge Boatworks", "sbboatworks", role="Yard Hand", tz="bm")
mr("once-tamil", "Regarding your candidature – {role}", "Dear {n},\n\nSub: your candidature – {role}. We regret to state that the management has not considered your profile for further rounds, since the requirement is now closed. Kindly do not feel disheartened. We wish you all success.\n\nThanking you,\n{sig}\nHR, {co}", "Kangeyam Handloom Exports", "kangeyamhandloom", role="Merchandiser", tz="tn")
mr("once-spanish", "Proceso de selección – {role}", "Dear {n},\n\nWe thank you the interest in {co}. The selection for {role} is closed now, and we decided for a profile that fits more the necessities of the post. If you permit, your CV rests in our files for next processes.\n\nA greeting,\n{sig}", "Bodegas Peñaflor Alta", "penafloralta", role="Export Assistant", tz="es")
mr("once-vietnam", "Result of interview – {role}", "Dear {n},\n\nThank you for join the interview with {co} last week. After discuss, the company regret your profile not suitable with this position now. We save your information and will contact when have suitable one. Wish you health and success!\n\nBest regards,\n{sig}", "Hoi An Tailor Collective", "hoiantailors", role="Pattern Cutter", tz="vn")
mr("once-us-cafe", "thanks for applying!", "hey {n} — thx for swinging by {co} with your résumé. barista spot went to a regular who'd been begging us for months lol. keeping your number for when summer gets nuts. take care!!\n\n{sig}", "Cobble Hill Coffee Bar", "cobblehillcoffee", tz="use")
mr("once-canada", "{role} – {co}", "Good afternoon {n},\n\nThank you for applying for {role} at {co}. Another candidate has taken the position. Your application read well; our posting board fills up again each spring.\n\nRegards,\n{sig}", "Otterbrook Ice Rink Society", "otterbrookrink", role="Zamboni Operator", tz="cae")
mr("once-aus", "G'day {n} – {role}", "G'day {n},\n\nTop effort going for the {role} gig with {co}. A fella with his marine ticket already sorted got the nod, so you've missed out. Good luck out there, mate.\n\n{sig}", "Whitsunday Reef Shuttle", "whitsundayshuttle", role="Deckhand", tz="au")
mr("once-nz", "{role} application", "Kia ora {n},\n\nChur for applying to be a {role} at {co}. Tough field this time; the role's been offered to someone else. Ngā mihi for your time, and all the best.\n\n{sig}\n{co}", "Whakarewa Mud Spa Retreat", "whakarewamudspa", role="Spa Therapist", tz="nz")
mr("once-za", "Your application: {role}", "Dear {n},\n\nThank you for applying to {co}. Kindly note your {role} application was unsuccessful. For any later application, two weeks without word from HR carries the same meaning.\n\nKind regards,\nHR Administrator, {co}", "Blaauwklip Barrel Cooperage", "blaauwklipcooperage", role="Workshop Assistant", tz="za")
mr("once-india", "Interview outcome – {role}", "Dear {n},\n\nAppreciate you attending the {role} interview. The panel weighed it up over two sittings and has gone ahead with a different candidate. We appreciate your efforts and will reach out should a suitable opening come up.\n\nRegards,\n{sig}\n{co}", "Hadapsar Precision Springs", "hadapsarsprings", role="Production Planner", tz="in")
mr("once-ie", "{role} at {co}", "Hi {n},\n\nQuick note – the {role} job is gone to someone else now. Míle buíochas for applying, and the best of luck.\n\n{sig}\n{co}", "Cuas Beag Oyster Shack", "cuasbeagoysters", role="Kitchen Porter", tz="ie")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-distillery", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nThanks for Thursday, bottling line roaring and all. Fergus and the board offered the {role} post to Anna Creighton, six years on the stills at Comber, and she accepted today. Keep in touch.\n\n{sig}\n\n{OUT}", ("Glenarm Wee Distillery", "Kilrea Craft Spirits"), ("glenarmwee", "kilreaspirits"), role=("Stillhouse Operator", "Warehouse Team Lead"), tz=("ni", "ni"))
mr("thr-diving", "RE: [EXT] RE: {role} interview", "Morning {n},\n\nGood day on the water last week. The owners brought Tariq Simmons on as {role}; ten years guiding wrecks off the south shore, starts Monday. Enjoy the summer.\n\n{sig}\n\n{ORIG}", ("Daniel's Head Dive Co", "Gurnet Rock Divers"), ("danielsheaddive", "gurnetrockdivers"), role=("Dive Instructor", "Boat Captain"), tz=("bm", "bm"))
mr("thr-call", "Re: [EXT] Re: {role} final round", "Hi {n},\n\nTuesday with the team went well. Our director has appointed Jessa Lumbera as {role}; she led the night shift at our Ortigas site and knows the client well. Talking with you was a joy – take care.\n\n{sig}\n\n{GM}", ("Ortigas Voice Hub", "Jaro Contact Centre"), ("ortigasvoice", "jarocc"), role=("Team Leader – Telco Account", "Quality Analyst"), tz=("ph", "ph"))
mr("thr-temple", "Re: [EXT] RE: {role} – follow up", "Dear {n},\n\nThank you for coming down to Sivaganga for the panel. The trust has selected Mr. Ramanathan for {role}, as he handled the district temple records earlier. Happy to have met you.\n\n{sig}\n\n{RULE}", ("Vaigai Heritage Archive Trust", "Kallidai Manuscript Library"), ("mhatrust", "tanjoremss"), role=("Archivist", "Conservation Assistant"), tz=("tn", "tn"))
mr("thr-vineyard", "RE: [EXT] Re: {role}", "Hola {n},\n\nWhat a nice visit to the winery. Finally the owners chose Marta for {role}; she did the last two harvests with us. A pleasure!\n\nUn abrazo,\n{sig}\n\n{OUT}", ("Celler Garraf Blanc", "Viñedos Sierra Cazorla"), ("cellergarraf", "sierracazorla"), role=("Cellar Hand", "Enotourism Coordinator"), tz=("es", "es"))
mr("thr-coffee", "Re: [EXT] Re: {role} interview", "Dear {n},\n\nThank you for visit our roastery in Bao Loc last week. Mr. Khanh, our director, decide to take Ms. Thuy for the {role}; she work with our farmers since 2019. We are very happy to know you, maybe we meet again in coffee season.\n\n{sig}\n\n{GM}", ("Lang Biang Roasters", "Buon Ma Thuot Bean Co"), ("langbiangroast", "bmtbean"), role=("Green Coffee Buyer", "Roastery Supervisor"), tz=("vn", "vn"))
mr("thr-safari", "RE: [EXT] RE: {role}", "Dumela {n},\n\nFriday was good, the evening drive too. The directors gave the {role} post to Lesego, who grew up in Maun and knows the channels; he signed Monday. Go well.\n\n{sig}\n\n{ORIG}", ("Okavango Mokoro Trails", "Chobe Riverfront Camps"), ("mokorotrails", "choberiverfront"), role=("Assistant Guide", "Camp Host"), tz=("bw", "bw"))
mr("thr-museum", "Re: [EXT] Re: {role} – next steps", "Hi {n},\n\nYour afternoon with us and the linen questions were much enjoyed. The board asked Eimear Doak to take the {role} post, and she's accepted. Lovely meeting you.\n\nKind regards,\n{sig}\n\n{RULE}", ("Cookstown Linen Museum", "Banbridge Heritage Mill"), ("cookstownlinen", "banbridgemill"), role=("Learning Officer", "Collections Assistant"), tz=("ni", "ni"))
# ---- 8 clear refusals under long footers
mr("foot-grocer", "Your application to {co}", "Hi {n},\n\nAbout {role}: the vacancy's taken, so your application closes today.\n\nThe {co} Recruitment Team{FOOT}", ("Ladderwick Grocers", "Carrowmore Foodhalls"), ("ladderwickgrocers", "carrowmorefood"), frm="{co} Careers <careers@{dom}>", role=("Night Shelf Filler", "Bakery Counter Assistant"), tz=("uk", "ni"))
mr("foot-diy", "{role}: application outcome", "Dear {n},\n\nSorry – your {role} application at {co} was unsuccessful. Thanks for all the effort in it.\n\nBest wishes,\nResourcing{FOOT}", ("Plank & Pail DIY", "Gableford Home Stores"), ("plankpail", "gableford"), frm="{co} Careers <jobs@{dom}>", role=("Timber Yard Colleague", "Paint Desk Advisor"), tz=("uk", "ie"))
mr("foot-opt", "We've reviewed your application", "Hello {n},\n\nA careful look at your {role} application ended with a no at this stage. Do try us again.\n\nThanks,\n{co} Talent{FOOT}", ("Lensworth Opticians", "Clearview Eyecare Stores"), ("lensworth", "clearvieweyecare"), frm="{co} Talent <talent@{dom}>", role=("Optical Assistant", "Dispensing Optician"), tz=("uk", "ni"))
mr("foot-toy", "Application update – {role}", "Hi {n},\n\nUnfortunately {role} at {co} goes to another applicant. Thanks for giving us a go.\n\nHappy hunting,\nThe Recruitment Crew{FOOT}", ("Kitebox Toys", "Marbleway Games Shops"), ("kiteboxtoys", "marbleway"), frm="{co} Jobs <no-reply@{dom}>", role=("Christmas Temp", "Store Supervisor"), tz=("uk", "ie"))
# ---- 9 hedged refusals
mr("hedge-engineer", "{role} – update", "Dear {n},\n\nThe hours you gave us were appreciated. Having met the whole field, others' work on {x} sat a shade nearer our next few years, and the practice leaned that way.\n\nWith good wishes,\n{sig}\n{co}", ("Harbour & Hale Structural", "Tern Point Civils"), ("harbourhale", "ternpointcivils"), role=("Graduate Structural Engineer", "Site Engineer"), x=("timber-frame schools", "coastal defence schemes"), tz=("uk", "bm"))
mr("hedge-ngo", "Following up on {role}", "Hi {n},\n\nThanks so much for interviewing with {co}. Close call; someone with deeper {x} suited the programme's next phase slightly better, and that's where this one has landed.\n\nWarmly,\n{sig}", ("Wellspring Water Alliance", "Common Ground Learning"), ("wellspringwater", "commongroundlearn"), role=("Programme Officer", "Monitoring & Evaluation Lead"), x=("rural borehole maintenance", "adult literacy in Luzon"), tz=("use", "ph"))
mr("hedge-law", "Your interview at {co}", "Dear {n},\n\nMany thanks for coming in. The partners have decided to progress with candidates whose conveyancing caseload sits nearer our current client mix. We enjoyed meeting you.\n\nYours sincerely,\n{sig}\n{co}", ("Magherafelt Solicitors LLP", "Pembroke & Wade Attorneys"), ("magherafeltlaw", "pembrokewade"), role=("Trainee Solicitor", "Paralegal"), tz=("ni", "bm"))
mr("hedge-fintech", "{role} at {co}", "Hey {n},\n\nThanks for sticking with the whole loop. For {role} we're heading another direction, weighting {x} more heavily. Genuinely enjoyed the chats.\n\n{sig}", ("Skerrivane Ledgerworks", "Paysafi Remit"), ("skerrivaneledger", "paysafiremit"), role=("Risk Analyst", "Growth Marketer"), x=("card-scheme exposure", "Gulf corridor experience"), tz=("usm", "uk"))
mr("hedge-vn", "Thank you – {role}", "Dear {n},\n\nMany thanks for meet our team. Our feeling is other candidate fit more with direction of company this year, so we go ahead with her. Hope we can cooperate in future.\n\nBest regards,\n{sig}\n{co}", "Cai Be Kayak Adventures", "caibekayak", role="Tour Operations Executive", tz="vn")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-ship", "Following our call – {role}", "Hi {n},\n\nGood talking this morning. Like I said, {x} picked somebody else for {role}. Mind you, there's a {y} that might suit you better – will I send your CV across? Tell me before Friday.\n\n{sig}\n{co}", ("Lagan Crew Recruitment", "Atlantic Rota Staffing"), ("lagancrew", "atlanticrota"), role=("Second Engineer", "Bosun"), x=("the ferry operator", "the yacht management firm"), y=("relief chief engineer contract out of Larne", "mate's post on a supply vessel in St George's"), tz=("ni", "bm"))
mr("rec-bpo", "Update on your application – {role}", "Hi {n}! Salamat for the call kanina po. For {role} the client picked another candidate, but there's a {y} opening with a healthcare account that fits your background. Game? Reply and the JD follows.\n\n{sig}\n{co}", ("Legazpi Talent Link", "Digos Hire Partners"), ("legazpitalent", "digoshire"), role=("Team Leader", "Workforce Analyst"), y=("Senior Agent", "Scheduling Specialist"), tz=("ph", "ph"))
mr("rec-it", "{role} – feedback", "Dear {n},\n\nLike I told on call, client closed {role} with another candidate. One more requirement is there with a Vellamalai product firm – {y} – which suits your profile. Kindly send latest CV if interested.\n\nRegards,\n{sig}\n{co}", ("Kovai Tech Staffing", "Marina Beach Consultants"), ("kovaitech", "marinabeachhr"), role=("QA Lead", "DevOps Engineer"), y=("Senior Test Engineer", "Cloud Support Lead"), tz=("tn", "tn"))
mr("rec-hosp", "After our chat", "Hey {n},\n\nCheers for the call. The hotel moved someone up from inside for {role}, so that door's shut. I've a banquet captain job at a resort in Cancún opening next month though. Should I put your name in?\n\n{sig}, {co}", "Costa Azahar Hospitality Search", "costaazaharsearch", role="F&B Manager", tz="es")
# ---- 8 public-sector notices
mr("pub-referral", "Notice of results – {role} (Announcement {ref})", "Dear {n},\n\nAnnouncement {ref}, {role}: minimum qualifications met; your category rating, though, fell below the group forwarded, and the selecting official will see other names. No action on your part.\n\nHR Office, {co}", ("Waterways and Locks Administration", "Office of Rangeland Stewardship"), ("biw-hr", "ors-hr"), frm="{co} HR <no-reply@{dom}>", role=("Lock and Dam Operator", "Range Technician"), tz=("usc", "usm"))
mr("pub-inelig", "Application {ref}: eligibility outcome", "Dear {n},\n\nYour form for {role} was screened for eligibility and declared ineligible: {x}. It is therefore closed in this competition.\n\nRecruitment Section\n{co}", ("Department of Parks and Wildlife Services", "Northern District Staffing Commission"), ("dpws-recruit", "pscnd"), frm="{co} <recruitment@{dom}>", role=("Wildlife Officer", "Clerical Officer"), x=("proof of citizenship was not attached", "you do not hold the required BGCSE credits in English and Mathematics"), tz=("bw", "bw"))
mr("pub-cancel", "Cancellation of vacancy: {role}", "Dear {n},\n\nVacancy {ref}, {role}, is cancelled after {x}. Nothing further happens with the forms received. Thank you for wishing to serve the public.\n\n{co}", ("Ministry of Youth and Culture", "Tirerrill Regional Health Board"), ("myc-hr", "srhb-jobs"), frm="Recruitment {co} <recruit@{dom}>", role=("Community Arts Officer", "Health Records Clerk"), x=("a staffing-level review", "the recruitment moratorium"), tz=("bm", "ie"))
mr("pub-mark", "Result of written examination – {role}", "Dear {n},\n\nResult, {role} written paper: {x}. The qualifying mark is {y}, so you cannot go on to the interview in this recruitment.\n\nExamination Branch\n{co}", ("State Service Recruitment Board", "Civil Service Examinations Office"), ("ssrb-exams", "cseo"), frm="{co} <exam@{dom}>", role=("Junior Assistant (Group IV)", "Administrative Officer"), x=("48", "52%"), y=("60", "60%"), tz=("tn", "ph"))
# ---- 6 bare ATS status updates
mr("ats-quill", "Application status changed", "Hi {n},\n\n{co} changed your {role} application to: No longer under consideration.\n\n(Talentmoor sends these notes on its own.)", ("Brickvale Housing", "Orchid Lane Clinics"), ("brickvalehousing", "orchidlaneclinics"), frm="Talentmoor <notifications@talentmoor.example>", role=("Repairs Coordinator", "Patient Services Rep"), tz=("uk", "ph"))
mr("ats-html", "{role}: status update", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> at {co} is no longer being considered.</p><p>Status: <b>Inactive</b></p><p>— Canopywick Portal</p></body></html>", ("Calderside Trust", "Palmetto Bay Resorts"), ("calderside", "palmettobay"), frm="Canopywick Portal <alerts@canopywick.example>", role=("Support Worker", "Guest Experience Agent"), tz=("uk", "bm"))
mr("ats-plain", "Update from {co}", "{n},\n\nApplication: {role}\nCurrent status: Not progressing\n\nNo reply needed.\n\nSent via Rostergate", ("Anchorage Logistics", "Kinalaglagan Freight"), ("anchoragelogistics", "kinalaglaganfreight"), frm="Rostergate <noreply@rostergate.example>", role=("Warehouse Operative", "Forklift Driver"), tz=("usp", "ph"))
# ---- 6 internship / graduate decisions
mr("intern-marine", "{co} Summer Internship – decision", "Dear {n},\n\nOver three hundred students chased twelve {co} summer internship places. Yours was read closely, yet a place cannot be offered this year. Please do try when the next cycle opens.\n\nInternship Programme Team", ("Bermuda Reef Institute", "Strangford Marine Station"), ("reefinstitute", "strangfordmarine"), frm="{co} Internships <internships@{dom}>", tz=("bm", "ni"))
mr("intern-grad", "{co} Graduate Programme {ref}", "Dear {n},\n\nThe {co} Graduate Programme assessment centre is done and no place on this intake is offered to you. The effort you brought to every stage was noticed.\n\nEarly Careers Team", ("Corran Energy", "Dagatlawa Water Partners"), ("corranenergy", "dagatlawawater"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("uk", "ph"))
mr("intern-legal", "Vacation scheme {role}", "Dear {n},\n\nYour {role} application was read by two partners. The field was fierce and a place isn't available to you this year; the training contract window next autumn is worth a try.\n\nGraduate Recruitment\n{co}", ("Hollis Pryor LLP", "Cathcart Bain"), ("hollispryor", "cathcartbain"), frm="Graduate Recruitment <grads@{dom}>", role=("Summer Vacation Scheme", "Winter Vacation Scheme"), tz=("uk", "ni"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've got your application – {role} (R-{ref})", "Hello {n},\n\nYour application for requisition R-{ref}, {role}, is in. On Candidate Home its status reads Under Review for now and will later flip to either Interview or Closed, depending on the panel. Nothing else is needed from you.\n\nTalent Acquisition, {co}", ("Lisnafillan Flax Works", "Tlokweng Solar Fitters"), ("careers.lisnafillanflax", "jobs.gabsolarfit"), frm="{co} Careers <do-not-reply@{dom}>", role=("Line Maintenance Fitter", "Battery Storage Technician"), tz=("ni", "bw"))
mo("application_received", "gh", "Thanks for applying to {co}!", "Hi {n},\n\n{role}: your application is with us. Recruiters open each and every one. A yes brings a note about the next round; a no still brings a note, so the guessing stops quickly.\n\nThe {co} team", ("Sallowfin Robotics", "Halong Ledger"), ("sallowfin-robotics", "halongledger"), frm="{co} Recruiting <recruiting@{dom}>", role=("Embedded QA Engineer", "Mobile Developer"), tz=("usp", "vn"))
mo("application_received", "lever", "{co} – application received", "{n}, thank you for applying to {co} for {role}.\n\nHowever this one turns out, we'd file your details for twelve months, handy when fresh roles pop up. Prefer otherwise? Reply DELETE.\n\nThe {co} people team", ("Azahar Mobility", "Lumangbayan Kelp Labs"), ("azaharmobility", "lumangbayankelp"), frm="{co} Hiring <hiring@{dom}>", role=("Operations Planner", "Aquaculture Assistant"), tz=("es", "ph"))
mo("application_received", "smart", "Application submitted: {role}", "<html><body><p>Dear {n},</p><p>Thank you for applying to {co}.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr><tr><td>Possible next status</td><td>Interview / Closed – another applicant appointed</td></tr></table></body></html>", ("Flatts Harbourside Hotel", "Vellamalai Looms Co"), ("hhhotel", "cbeloomsco"), frm="{co} Recruitment <noreply@{dom}>", role=("Reservations Agent", "Dyeing Supervisor"), tz=("bm", "tn"))
mo("application_received", "icims", "{co}: application received for {role}", "Dear {n},\n\nGlad you applied to {co}. Check that your {x} sits in your profile; a file lacking it gets the Not Selected flag during screening. Once screening is done you will receive an update either way.\n\n{co} Recruitment Team", ("Whiteabbey Marine Services", "Tonota Cold Chain"), ("bllmarine", "fcoldchain"), frm="{co} Careers <careers@{dom}>", role=("Crane Banksman", "Depot Dispatcher"), x=("STCW Basic Safety Certificate", "driving licence"), tz=("ni", "bw"))
mo("application_received", "taleo", "Requisition {ref} – application acknowledged", "Dear {n},\n\nRequisition {ref}, {role}: your file is logged. If head office pulls or freezes the requisition, all applicants get told that same week. Otherwise the hiring manager will review submissions after the closing date.\n\nHuman Resources, {co}", ("Vinh Long Rice Milling Corp", "Castellón Ceramic Tiles SA"), ("vlrmc", "castellontiles"), frm="HR {co} <hr@{dom}>", role=("Warehouse Supervisor", "Glaze Technician"), tz=("vn", "es"))
mo("application_received", "workable", "Got it – {role}", "Hi {n},\n\n{role} at {co} – got it! Trial shifts run these two weeks. Month ends with silence from us? Then somebody else got it this round; only four of us here, so replies sometimes slip.\n\n{sig}", ("Front Street Fish Fry", "Mati Surf Hostel"), ("frontstreetfishfry", "matisurfhostel"), role=("Prep Cook", "Night Receptionist"), tz=("bm", "ph"))
mo("application_received", "bamboo", "Application received – {role}", "Hello {n},\n\n{role} application: landed safely with {co}. House rule here is the folk already on our rota get first dibs at extra hours; should they grab them, a two-line email tells you the opening shut. Should they pass, we ring you for a natter.\n\n{sig}", ("Portstewart Paddleboard Hire", "Kasane Riverside Lodge"), ("portstewartsup", "kasaneriverside"), role=("Shop Assistant", "Waiter / Waitress"), tz=("ni", "bw"))
mo("application_received", "accent", "Received: your application {role}", "Dear {n},\n\n{x}\n\nBest regards,\n{sig}\n{co}", ("Triana Flamenco Tours", "Saigon Lacquer House"), ("trianatours", "saigonlacquer"), role=("Walking Guide (weekends)", "Workshop Coordinator"), x=("We receive correctly your CV. We need around fifteen days. Also if our decision goes to other candidate, one email from us arrives, so nobody stays waiting.", "Thank you for send CV to our company. HR will review and contact in 10 working days. If not suitable, we still send email to inform, please don't worry."), tz=("es", "vn"))
mo("application_received", "pinpoint", "{co}: we've received your application", "Dear {n},\n\n{role}: form logged. After closing day two panellists score it independently. Candidates below the shortlisting threshold will be emailed with their scores; those above will be invited to interview.\n\nPeople Services, {co}", ("Ards Peninsula Hospice", "Bermuda Literacy Trust"), ("ardshospice", "bdaliteracy"), role=("Fundraising Assistant", "Volunteer Coordinator"), tz=("ni", "bm"))
mo("application_received", "jazz", "Thanks for applying – {role}", "Hey {n},\n\nYour {role} application hit the inbox – cheers! Expect word inside seven days. Should the spot go to somebody before we get round to you, a two-line heads-up follows.\n\n– {sig}, {co}", ("Tolleston Gutter Guys", "Aspenfold Bike Kitchen"), ("tollestongutters", "aspenfoldbikekitchen"), role=("Estimator", "Sales Floor"), tz=("usc", "cae"))
mo("application_received", "ashby", "Application received: {role}", "Hi {n},\n\nThanks for applying to {co} for {role}. We aim to respond to everyone within ten days – whether that's an invite to chat or a no. Yes or no, a person on our side types the reply.\n\nTalent at {co}", ("Cirrowen Tariff", "Kelvinside Carbon"), ("cirrowentariff", "kelvinsidecarbon"), frm="Talent at {co} <talent@{dom}>", role=("Frontend Engineer", "Analytics Engineer"), tz=("use", "uk"))
mo("application_received", "portal", "Acknowledgement: application {ref}", "Dear {n},\n\nForm {ref} for {role} is lodged. The panel phones shortlisted people only; six weeks past closing without a call means this form did not succeed.\n\nRecruitment Office, {co}", ("Tambaram Feeder Buses", "Lobatse Road Freight"), ("cmfb", "brfreight"), frm="{co} Recruitment <recruitment@{dom}>", role=("Ticketing Supervisor", "Fleet Clerk"), tz=("tn", "za"))
mo("application_received", "thread", "Your application for {role}", "Hi {n},\n\nCV for {role} safely in. Fergus goes through the lot on Friday. Whichever way he leans, you'll get a wee email from me the week after.\n\n{sig}\n{co}", ("Glenarm Wee Distillery", "Kilrea Craft Spirits"), ("glenarmwee", "kilreaspirits"), role=("Tour Guide", "Bottling Operative"), tz=("ni", "ni"))
mo("application_received", "dive", "Re: {role} application", "Morning {n},\n\nCV landed, cheers. Sitting down with the pile after the weekend. Nod goes to somebody else? You still get a line from me – no ghosting on this island.\n\n{sig}\n{co}", ("Daniel's Head Dive Co", "Gurnet Rock Divers"), ("danielsheaddive", "gurnetrockdivers"), role=("Dive Shop Assistant", "Snorkel Guide"), tz=("bm", "bm"))
mo("application_received", "callcentre", "Application received – {role}", "Hi {n}!\n\nThank you for applying to {co} as {role}. Our recruitment team will review your CV within 3–5 working days. In case the shortlist skips your CV, it still stays in our pool for the next hiring wave. Keep safe po!\n\nHR Team", ("Ortigas Voice Hub", "Jaro Contact Centre"), ("ortigasvoice", "jarocc"), frm="{co} HR <hr@{dom}>", role=("Customer Service Rep", "Chat Support Agent"), tz=("ph", "ph"))
mo("application_received", "trust", "Receipt of application – {role}", "Dear {n},\n\nYour application for {role} has reached the trust office. The outcome, selected or otherwise, will be intimated to each candidate by post and email both.\n\nThanking you,\n{sig}\n{co}", ("Vaigai Heritage Archive Trust", "Kallidai Manuscript Library"), ("mhatrust", "tanjoremss"), role=("Digitisation Assistant", "Library Attendant"), tz=("tn", "tn"))
mo("application_received", "celler", "Hemos recibido tu CV – {role}", "Hola {n},\n\nMany thanks for the CV for {role}. All of them we study after the harvest finishes. If you are not chosen for interview, we will tell you also by email. Thank you for the patience!\n\n{sig}\n{co}", ("Celler Garraf Blanc", "Viñedos Sierra Cazorla"), ("cellergarraf", "sierracazorla"), role=("Shop Assistant", "Harvest Worker"), tz=("es", "es"))
mo("application_received", "safari", "Application received – {role}", "Dumela {n},\n\nYour papers for {role} reached us. Shortlisting happens at month end; thirty days of quiet from our side means the application did not go through.\n\n{sig}\n{co}", ("Okavango Mokoro Trails", "Chobe Riverfront Camps"), ("mokorotrails", "choberiverfront"), role=("Workshop Mechanic", "Kitchen Assistant"), tz=("bw", "bw"))
mo("application_received", "grocer", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form reached us. Within ten working days a message follows saying whether it worked out.\n\nThe {co} Recruitment Team{FOOT}", ("Ladderwick Grocers", "Carrowmore Foodhalls"), ("ladderwickgrocers", "carrowmorefood"), frm="{co} Careers <careers@{dom}>", role=("Checkout Colleague", "Deli Assistant"), tz=("uk", "ni"))
mo("application_received", "public", "Application received – announcement {ref}", "Dear {n},\n\nYour application for {role} under announcement {ref} has been received. When the announcement shuts, each of you gets a Notice of Results; it shows whether your file went forward for selection.\n\nHR Office, {co}", ("Waterways and Locks Administration", "Office of Rangeland Stewardship"), ("biw-hr", "ors-hr"), frm="{co} HR <no-reply@{dom}>", role=("Maintenance Worker", "Hydrologic Technician"), tz=("usc", "usm"))
mo("application_received", "psc", "Acknowledgement of application – {role}", "Dear {n},\n\nYour application for {role} has been received. Forms lacking certified copies are declared ineligible, with a letter to the applicant. Everyone else gets a seat at the written test.\n\nRecruitment Section\n{co}", ("Department of Parks and Wildlife Services", "Northern District Staffing Commission"), ("dpws-recruit", "pscnd"), frm="{co} <recruitment@{dom}>", role=("Game Scout", "Records Assistant"), tz=("bw", "bw"))
mo("application_received", "exam", "Hall ticket issued – {role}", "Dear {n},\n\nFor the post of {role} your form stands accepted and the hall ticket is available in your login. Candidates who score below the qualifying mark will receive a result intimation; those above will be called for certificate verification.\n\nExamination Branch\n{co}", ("State Service Recruitment Board", "Civil Service Examinations Office"), ("ssrb-exams", "cseo"), frm="{co} <exam@{dom}>", role=("Typist", "Clerk II"), tz=("tn", "ph"))
mo("application_received", "ats", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} has been submitted. Status: Received. Coming statuses: Interview, otherwise No longer under consideration.\n\n(Talentmoor sends these notes on its own.)", ("Brickvale Housing", "Orchid Lane Clinics"), ("brickvalehousing", "orchidlaneclinics"), frm="Talentmoor <notifications@talentmoor.example>", role=("Housing Officer", "Clinic Receptionist"), tz=("uk", "ph"))
mo("application_received", "intern", "{co} internship – application received", "Dear {n},\n\nYour {co} internship form is in. Every applicant hears the decision before March closes, places offered or otherwise.\n\nInternship Programme Team", ("Bermuda Reef Institute", "Strangford Marine Station"), ("reefinstitute", "strangfordmarine"), frm="{co} Internships <internships@{dom}>", tz=("bm", "ni"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nNext up for {role}: a video call with the hiring lead, {dl}. Unfortunately our scheduling tool doesn't show slots on mobile, so please book from a laptop.\n\n{sig}\nRecruiting, {co}", ("Sallowfin Robotics", "Halong Ledger"), ("sallowfin-robotics", "halongledger"), role=("Firmware Engineer II", "Backend Developer (Payments)"), tz=("usp", "vn"))
mo("interview", "distillery", "RE: [EXT] Re: {role} – visit", "Hi {n},\n\nFergus wants a second yarn with you, {dl} at 10. Sadly they're tarring the visitor car park, so leave the car down by the harbour and dander up.\n\n{sig}\n\n{OUT}", ("Glenarm Wee Distillery", "Kilrea Craft Spirits"), ("glenarmwee", "kilreaspirits"), role=("Stillhouse Operator", "Warehouse Team Lead"), tz=("ni", "ni"))
mo("interview", "dive", "Come dive with us – {role}", "Morning {n},\n\nFancy a practical on the boat {dl}? Bad news is the compressor's down, so bring your own tank if you have one.\n\n{sig}\n{co}", ("Daniel's Head Dive Co", "Gurnet Rock Divers"), ("danielsheaddive", "gurnetrockdivers"), role=("Dive Instructor", "Boat Captain"), tz=("bm", "bm"))
mo("interview", "callcentre", "Invitation: final interview – {role}", "Hi {n}!\n\nCongrats, you passed the initial screening! Your final interview is on {dl}, 2 PM. Unfortunately fares to the site come out of your own pocket. Please bring two valid IDs.\n\nHR Team, {co}", ("Ortigas Voice Hub", "Jaro Contact Centre"), ("ortigasvoice", "jarocc"), role=("Team Leader – Telco Account", "Quality Analyst"), tz=("ph", "ph"))
mo("interview", "trust", "Interview call letter – {role}", "Dear {n},\n\nYou are requested to attend the interview for {role} on {dl} at 10.30 a.m. Regret that the lift in the annexe is under repair; kindly use the main staircase.\n\n{sig}\n{co}", ("Vaigai Heritage Archive Trust", "Kallidai Manuscript Library"), ("mhatrust", "tanjoremss"), role=("Archivist", "Conservation Assistant"), tz=("tn", "tn"))
mo("interview", "safari", "Interview – {role}", "Dumela {n},\n\nCome and meet the directors at the camp on {dl}. Unfortunately the airstrip transfer is not available that day, so please drive in via the main gate.\n\n{sig}\n{co}", ("Okavango Mokoro Trails", "Chobe Riverfront Camps"), ("mokorotrails", "choberiverfront"), role=("Assistant Guide", "Camp Host"), tz=("bw", "bw"))
mo("interview", "hedge", "Interview – {role}", "Dear {n},\n\nInterview for {role}: {dl}, if that suits. Regrettably the boardroom ceiling is leaking, so it'll be the ground-floor café instead.\n\n{sig}\n{co}", ("Harbour & Hale Structural", "Tern Point Civils"), ("harbourhale", "ternpointcivils"), role=("Graduate Structural Engineer", "Site Engineer"), tz=("uk", "bm"))
mo("interview", "vn", "Invitation to interview – {role}", "Dear {n},\n\nPlease come to our office for interview on {dl}, 9:00. Unfortunately the elevator is maintenance, please use stairs to 4th floor.\n\nBest regards,\n{sig}\n{co}", ("Lang Biang Roasters", "Cai Be Kayak Adventures"), ("langbiangroast", "caibekayak"), role=("Green Coffee Buyer", "Tour Operations Executive"), tz=("vn", "vn"))
mo("next_steps", "icims", "Action needed – {role}", "Dear {n},\n\nTo move your application forward, please upload your {x} by {dl}. Unfortunately we cannot accept photos of documents; scans only.\n\n{co} Recruitment Team", ("Whiteabbey Marine Services", "Tonota Cold Chain"), ("bllmarine", "fcoldchain"), frm="{co} Careers <careers@{dom}>", role=("Deckhand (Workboat)", "Reefer Truck Driver"), x=("STCW certificate", "licence copy"), tz=("ni", "bw"))
mo("next_steps", "assess", "Online assessment – {role}", "Hi {n},\n\nStage two is a numbers test, forty minutes long; finish it before {dl}. Sadly the test doesn't run on phones or tablets.\n\nTalent at {co}", ("Cirrowen Tariff", "Kelvinside Carbon"), ("cirrowentariff", "kelvinsidecarbon"), frm="Talent at {co} <talent@{dom}>", role=("Product Designer", "Data Engineer"), tz=("use", "uk"))
mo("next_steps", "docs", "Documents for verification – {role}", "Dear {n},\n\nYou have been shortlisted for {role}. Kindly bring original certificates, community certificate and two passport photos on {dl}. Regret that no extension can be given.\n\nRecruitment Office, {co}", ("Tambaram Feeder Buses", "State Service Recruitment Board"), ("cmfb", "ssrb-exams"), role=("Depot Controller", "Junior Assistant (Group IV)"), tz=("tn", "tn"))
mo("next_steps", "refs", "References and vetting – {role}", "Dear {n},\n\nNext we contact your referees and run the Access NI check. Please return the forms by {dl}. Unfortunately incomplete forms hold up the whole process.\n\nPeople Services, {co}", ("Ards Peninsula Hospice", "Cookstown Linen Museum"), ("ardshospice", "cookstownlinen"), role=("Bereavement Support Coordinator", "Learning Officer"), tz=("ni", "ni"))
mo("next_steps", "task", "Take-home task – {role}", "Hey {n},\n\nAttached is a short brief for {role}. Send your answer by {dl}. Bad news: the upload portal is broken till Friday, so plain attachments it is.\n\n{sig}", ("Skerrivane Ledgerworks", "Paysafi Remit"), ("skerrivaneledger", "paysafiremit"), role=("Risk Analyst", "Growth Marketer"), tz=("usm", "uk"))
mo("next_steps", "medical", "Pre-employment requirements", "Hi {n}!\n\nPlease submit your NBI clearance, medical result and SSS number no later than {dl}. Sadly, the clinic beside the office shuts Saturdays.\n\nHR Team, {co}", ("Ortigas Voice Hub", "Legazpi Talent Link"), ("ortigasvoice", "legazpitalent"), role=("Team Leader", "Senior Agent"), tz=("ph", "ph"))
mo("offer", "offer-grocer", "Your offer from {co}", "Hi {n},\n\nGreat news – the {role} job is yours. Unfortunately the uniform delivery is late, so black trousers will do for week one. Click accept in your candidate account before {dl}.\n\nThe {co} Recruitment Team", ("Ladderwick Grocers", "Carrowmore Foodhalls"), ("ladderwickgrocers", "carrowmorefood"), frm="{co} Careers <careers@{dom}>", role=("Night Shelf Filler", "Bakery Counter Assistant"), tz=("uk", "ni"))
mo("offer", "offer-lodge", "Offer of employment – {role}", "Dumela {n},\n\nWe're offering you the post of {role}. Sadly the staff houses are full until next month, so a transport allowance covers you till then. Sign and send back before {dl}.\n\n{sig}\n{co}", ("Kasane Riverside Lodge", "Chobe Riverfront Camps"), ("kasaneriverside", "choberiverfront"), role=("Housekeeping Attendant", "Camp Host"), tz=("bw", "bw"))
mo("offer", "offer-hostel", "You're hired! – {role}", "Hi {n}!\n\nCome join {co} as {role}! Unfortunately the staff room wifi is still dead, sorry in advance. Start date {dl} – reply to confirm.\n\n{sig}", "Mati Surf Hostel", "matisurfhostel", role="Front Desk & Bar", tz="ph")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "withdrawn", "Application status changed", "Hi {n},\n\n{co} changed your {role} application to: Withdrawn by candidate.\n\n(Talentmoor sends these notes on its own.)", ("Brickvale Housing", "Orchid Lane Clinics"), ("brickvalehousing", "orchidlaneclinics"), frm="Talentmoor <notifications@talentmoor.example>", role=("Repairs Coordinator", "Patient Services Rep"), tz=("uk", "ph"))
mo("other_job", "paused", "{role}: status update", "<html><body><p>Hello {n},</p><p>Hiring for <b>{role}</b> at {co} is paused while the manager is on leave. Your application remains active.</p><p>— Canopywick Portal</p></body></html>", ("Calderside Trust", "Palmetto Bay Resorts"), ("calderside", "palmettobay"), frm="Canopywick Portal <alerts@canopywick.example>", role=("Support Worker", "Guest Experience Agent"), tz=("uk", "bm"))
mo("other_job", "moved", "Change of interview date – {role}", "Dear {n},\n\nOwing to the Cup Match holiday, interviews for {role} have moved to {dl}. Your slot time is unchanged.\n\n{co}", "Ministry of Youth and Culture", "myc-hr", frm="Recruitment {co} <recruit@{dom}>", role="Community Arts Officer", tz="bm")
mo("job_alert", "alerts", "New jobs near you at {co}", "Hi {n},\n\nSeven days, three openings in your saved search – {x}.\n\nLog in to put your name down.{FOOT}", ("Ladderwick Grocers", "Lensworth Opticians", "Kitebox Toys"), ("ladderwickgrocers", "lensworth", "kiteboxtoys"), frm="{co} Careers <alerts@{dom}>", x=("Warehouse Colleague, Bakery Assistant, Cleaner", "Optical Assistant, Receptionist, Lab Technician", "Christmas Temp, Stockroom Assistant, Supervisor"), tz=("uk", "uk", "ie"))
mo("recruiter_outreach", "pitch", "Opportunity – {role}", "Hi {n},\n\nYour background lines up neatly with a {role} vacancy a client of mine holds near {x}. Free for a short call midweek?\n\n{sig}\n{co}", ("Lagan Crew Recruitment", "Kovai Tech Staffing"), ("lagancrew", "kovaitech"), role=("Marine Operations Manager", "Engineering Manager"), x=("Larne", "Avinashi"), tz=("ni", "tn"))
mo("non_job_rejection_words", "loan", "Your loan application {ref}", "Dear {n},\n\nAbout your personal loan request to {co}: unfortunately our lending rules mean we must decline it for now. Ask us and we'll post out the credit file we relied on.\n\n{co} Lending", ("Causeway Credit Union", "Somers Isles Savings"), ("causewaycu", "somersislessavings"), frm="{co} <lending@{dom}>", tz=("ni", "bm"))
mo("non_job_rejection_words", "flat", "Re: viewing at {x}", "Hi {n},\n\nGood of you to come round to {x}. That flat is let – the owner picked another tenant. New lets get mailed to you weekly.\n\n{sig}\n{co}", ("Lagan Lettings", "Eixample Pisos"), ("laganlettings", "eixamplepisos"), x=("Botanic Avenue", "Carrer de Provença"), tz=("ni", "es"))
mo("non_job_rejection_words", "ballot", "Your ballot entry – {co}", "Hi {n},\n\nThe {co} draw happened last night. Unfortunately your entry sat undrawn in this year's hat; a guaranteed place awaits next year if you enter again.\n\nRace Office", "Mourne Skyline Run", "mourneskyline", frm="{co} <entries@{dom}>", tz="ni")
mo("offer", "offer-tiles", "Offer letter – {role}", "Dear {n},\n\nAfter the interviews, {co} offers you the job of {role}. Unfortunately building works shut the canteen in {x}, so meals are replaced by a daily voucher. Please confirm by {dl}.\n\n{sig}", ("Castellón Ceramic Tiles SA", "Vinh Long Rice Milling Corp"), ("castellontiles", "vlrmc"), role=("Kiln Shift Engineer", "Quality Control Officer"), x=("July", "the first quarter"), tz=("es", "vn"))


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The relay a small workshop's job post went out on: display name and address from the channel."""
    return "{co} via " + ch.capitalize() + " <posts@" + ch + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("soap", "quillmoorheron", "Suet & Lye Soapboiling", "suetlye", "uk", ("Soapboiling apprentice", "Hello {n},\n\nPosting this through Quillmoorheron as usual. Eleven folk wanted the soapboiling apprentice place and I've taken on a lass from the village who's done two winters at the lye vats. Yours was a thoughtful letter, but the answer's no.\n\n{sig}"), ("application_received", "Soapboiling apprentice – got your letter", "Hello {n},\n\nYour letter about the soapboiling apprenticeship came. Sunday's reading day. Everybody gets a reply from me, yes or no.\n\n{sig}"))
pair("compass", "quillmoorplover", "Lodestar Compassmaking", "lodestarcompass", "use", ("Bench position", "Hi {n},\n\nAbout the compassmaking bench at {co}: a retired Navy instrument tech is taking it, so your application ends there. Your card-engraving samples were lovely.\n\n{sig}"), ("interview", "Bench trial – compassmaking", "Hi {n},\n\nBench trial at the shop, {dl}? Unfortunately our jeweler's lathe went off for repair, meaning hand tools only on the day.\n\n{sig}"))
pair("barometer", "quillmoorcurlew", "Isobarrow Barometermaking", "isobarrowbaro", "uk", ("Restorer vacancy", "Dear {n},\n\nThank you for applying to restore aneroid and mercury instruments with us. I'm afraid we've appointed someone else, who has spent years at an auction house. Barometermaking is a small world; do stay in touch.\n\n{sig}"), ("next_steps", "Restorer vacancy – a small test", "Dear {n},\n\nBefore we meet, please send photographs of three restorations you have done, by {dl}. Regrettably we can't accept items posted to the workshop.\n\n{sig}"))
pair("kiln", "quillmoorlapwing", "Emberlath Kilnbuilding", "emberlathkilns", "au", ("Labourer job", "G'day {n},\n\nTa for applying for the kilnbuilding labourer spot. A bloke who's laid refractory brick twenty years got it, sorry mate. Good luck.\n\n{sig}"), ("offer", "Kilnbuilding – you're in", "G'day {n},\n\nJob's yours, labouring from {dl}. Bad news: ute's at the mechanic, so find a lift to the first site.\n\n{sig}"))
pair("corset", "quillmoordunlin", "Whalebone Lane Corsetmaking", "whalebonelane", "usp", ("Stitcher role", "Hi {n},\n\nThanks for wanting to stitch at {co}. The role went to an applicant whose boning and busk work sat closer to our orders. We really enjoyed your portfolio.\n\n{sig}"), ("application_received", "Stitcher role – application in", "Hi {n},\n\nYour corsetmaking stitcher application is here. Shortlisted means a call for a fitting-room trial; missed the shortlist means an email saying so.\n\n{sig}"))
pair("parasol", "quillmoorgodwit", "Parasolwick & Spoke Parasolmaking", "parasolwick", "usc", ("Your application", "Hello {n},\n\nThanks for applying to the parasolmaking workshop. Someone already handy at silk canopy cutting landed the assistant post, so you've missed out. Best of luck!\n\n{sig}"), ("interview", "Parasolmaking assistant – meet us?", "Hello {n},\n\nWould you come to the workshop {dl} at 11? Sadly Tuesdays mean street sweeping on our block – no parking.\n\n{sig}"))
pair("rake", "quillmoorredshank", "Ashgrove Rakemaking", "ashgroverakes", "nz", ("Workshop hand", "Kia ora {n},\n\nThanks for applying to join {co}. We had a cracker of a field for the rakemaking hand job and picked someone local who's already steamed ash tines. You weren't successful this time.\n\n{sig}"), ("next_steps", "Workshop hand – safety induction form", "Kia ora {n},\n\nAttached is the induction form; return it by {dl}. Unfortunately nobody starts without it.\n\n{sig}"))
pair("tile", "quillmoorwhimbrel", "Kleiveld Row Tilemaking", "kleiveldrow", "za", ("Tilemaking post", "Dear {n},\n\nRe the tilemaking post at {co}: someone else was appointed; your application was unsuccessful. We wish you well.\n\n{sig}"), ("offer", "Tilemaking post – offer", "Dear {n},\n\nThe tilemaking post is yours. Unfortunately with load-shedding some weeks begin at five. Kindly confirm by {dl}.\n\n{sig}"))
pair("coracle", "quillmoorsnipe", "Dyfrig Coraclemaking", "dyfrigcoracle", "uk", ("Coraclemaking course tutor", "Hi {n},\n\nLovely that you'd tutor our coraclemaking weekends. The committee gave the post to a volunteer of many years, so you've not got it. Diolch, and good luck.\n\n{sig}"), ("application_received", "Tutor post – thanks", "Hi {n},\n\nKind of you to offer. Committee sits on the 12th; either result, I'll write.\n\n{sig}"))
pair("abacus", "quillmoorwoodcock", "Beadframe Abacusmaking", "beadframe", "in", ("Regarding carpenter vacancy", "Dear {n},\n\nRegarding the carpenter vacancy in our abacusmaking unit: a candidate with toy-safety finishing experience has been selected. We regret your application ends here.\n\n{sig}"), ("interview", "Carpenter vacancy – interview", "Dear {n},\n\nTrade test is fixed for {dl}, ten o'clock. Unfortunately area power cuts may push it after lunch.\n\n{sig}"))
pair("stilt", "quillmoormerlin", "Longstride Stiltmaking", "longstride", "cap", ("Shop assistant", "Hi {n},\n\nRe the shop assistant role at our stiltmaking studio – a circus-school grad took it, sorry. Take care!\n\n{sig}"), ("next_steps", "Shop assistant – references please", "Hi {n},\n\nTwo references by {dl}, please. Unfortunately nothing gets signed without them.\n\n{sig}"))
pair("hourglass", "quillmoorkestrel", "Hourwend Works", "hourwendworks", "ie", ("Hourglassmaking role", "Hi {n},\n\nCheers for going for the hourglassmaking role. A candidate with lampworking years got it. Wishing you the best.\n\n{sig}"), ("offer", "Hourglassmaking – offer", "Hi {n},\n\nThe role's yours! Sadly the furnace room's freezing till ten, so bring layers. Start {dl}?\n\n{sig}"))
pair("sundial", "quillmoorosprey", "Gnomon Sundialmaking", "gnomondials", "uk", ("Engraver position", "Dear {n},\n\nDial-plate engraving at {co}: we've appointed a monumental mason instead of you. Your lettering was admired.\n\n{sig}"), ("interview", "Engraver – come and see us", "Dear {n},\n\nVisit on {dl} and engrave a test plate for us? Regrettably the stove isn't lit before ten.\n\n{sig}"))
pair("bellows", "quillmoorharrier", "Forgebreath Bellowsmaking", "forgebreath", "usm", ("Bellowsmaking assistant", "Hi {n},\n\nBellowsmaking assistant job: a leatherworker got it, so your application closes.\n\n{sig}"), ("application_received", "Bellowsmaking assistant – received", "Hi {n},\n\nApplication in. Decision by month's end. Someone else chosen? A note still comes, promise.\n\n{sig}"))
pair("thimble", "quillmoorbuzzard", "Brass Thimblemaking Co", "brassthimble", "cae", ("Machinist role", "Good afternoon {n},\n\nMachinist role at our thimblemaking shop: a press operator already on staff moved into it. We appreciate your interest.\n\n{sig}"), ("next_steps", "Machinist – skills sheet", "Good afternoon {n},\n\nPlease complete the attached skills sheet by {dl}. Unfortunately the shop is closed Fridays, so phone calls go to voicemail.\n\n{sig}"))
pair("zither", "quillmoorperegrine", "Soundboard Zithermaking", "soundboardzither", "uk", ("Zithermaking apprentice", "Dear {n},\n\nYour letter was lovely. The zithermaking apprenticeship went to another young maker; your application stops here.\n\n{sig}"), ("interview", "Apprenticeship – visit", "Dear {n},\n\nPlease visit on {dl} at two. Unfortunately the lane is narrow and parking is scarce.\n\n{sig}"))
pair("sitar", "quillmoorhobby", "Miraj Sitarmaking House", "mirajsitar", "in", ("Apprentice position", "Dear {n},\n\nRegarding apprentice post in our sitarmaking workshop: one candidate from an instrument-making family is selected. We regret for this. Best wishes.\n\n{sig}"), ("application_received", "Apprentice position – received", "Dear {n},\n\nWe received your application. Selection or not, we will inform all applicants by post within two weeks.\n\n{sig}"))
pair("tabla", "quillmoorshrike", "Banaras Tablamaking Workshop", "banarastabla", "in", ("Skin-fitter vacancy", "Dear {n},\n\nTablamaking skin-fitter post stands filled; we cannot give it to you.\n\n{sig}"), ("offer", "Skin-fitter – offer", "Dear {n},\n\nHappy to inform the skin-fitter post is yours. Unfortunately the workshop is closed on festival days. Please join on {dl}.\n\n{sig}"))
pair("skep", "quillmoorwagtail", "Strawhive Skepmaking", "strawhive", "uk", ("Skepmaking helper", "Hi {n},\n\nSkepmaking helper this season: we've chosen a beekeeper who already knows rye-straw coiling. Sorry.\n\n{sig}"), ("next_steps", "Skepmaking helper – straw sample", "Hi {n},\n\nCould you send a photo of a coiled straw sample by {dl}? Unfortunately we can't assess without seeing your work.\n\n{sig}"))
pair("slate", "quillmoorpipit", "Blaenau Slatesplitting", "blaenauslate", "uk", ("Slatesplitter post", "Dear {n},\n\nSlatesplitter post: filled. Your application ends here.\n\n{sig}"), ("interview", "Slatesplitter – trial", "Dear {n},\n\nCome for a splitting trial on {dl}. Sadly the quarry café is shut this month, so bring a flask.\n\n{sig}"))
pair("yoke", "quillmoorlinnet", "Oxbow Yokemaking", "oxbowyoke", "usc", ("Carpenter job", "Hi {n},\n\nCarpenter job at the yokemaking shop: hired someone else. Sorry.\n\n{sig}"), ("application_received", "Carpenter job – thanks", "Hi {n},\n\nThanks. Fourteen days of quiet means somebody else got it.\n\n{sig}"))
pair("hammock", "quillmoortwite", "Swingtide Hammockmaking", "swingtide", "au", ("Weaver role", "Hi {n},\n\nOur hammockmaking weaver role got filled by another applicant, unfortunately. All the best.\n\n{sig}"), ("interview", "Weaver role – yarn?", "Hi {n},\n\nKeen to meet you {dl} at 9. Unfortunately the loom room is a bit cramped, so wear closed shoes.\n\n{sig}"))
pair("marbling", "quillmoorsiskin", "Feather & Comb Papermarbling", "feathercomb", "uk", ("Papermarbling assistant", "Dear {n},\n\nThe papermarbling assistant post went to another candidate; yours ends here.\n\n{sig}"), ("next_steps", "Papermarbling assistant – samples", "Dear {n},\n\nPlease send three marbled sheets by {dl}. Unfortunately we cannot return samples.\n\n{sig}"))
pair("toboggan", "quillmoorredpoll", "Snowline Tobogganmaking", "snowlinetoboggan", "cae", ("Shop hand", "Hi {n},\n\nShop hand role at the tobogganmaking shop: filled; no further steps for you.\n\n{sig}"), ("offer", "Shop hand – offer", "Hi {n},\n\nShop hand role: it's yours. Sadly the heater in the back shop is broken. Start {dl}?\n\n{sig}"))
pair("jet", "quillmoorbrambling", "Saltwick Jetcarving", "saltwickjet", "uk", ("Jetcarving bench", "Dear {n},\n\nThe jetcarving bench went to another carver. Thank you and farewell for now.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New craft jobs this week", "Hi {n},\n\nNew on Quillmoorheron this week: bellowsmaking assistant, sundial engraver, soapboiling apprentice. Sign in to apply.\n\nQuillmoorheron", "Quillmoorheron", "quillmoorheron", frm="Quillmoorheron <alerts@quillmoorheron.example>", tz="uk")
wo("non_job_rejection_words", "market", "Your craft market pitch", "Dear {n},\n\nWinter craft market pitches are allocated. Unfortunately your application was unsuccessful this year as all pitches were allocated.\n\nMarket Office", "Cleadon Fell Winter Market", "cleadonfellmarket", frm="Market Office <pitches@{dom}>", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, cat 2, afr 2, ell 2, fin, srp); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-perfume", "ar", "مصنع عود الريان للعطور", "oudrayyan", "ae", ("بخصوص طلبك لوظيفة مساعد خلط العطور", "عزيزتي {full}،\n\nشكراً لتقديمك على وظيفة مساعدة خلط العطور. وقع اختيارنا على مرشحة عملت سنوات في تقطير دهن العود، وعليه فقد أُغلق طلبك في هذه المرحلة.\n\nنتمنى لك كل التوفيق،\n{sig}"), ("application_received", "استلمنا طلبك – مساعد خلط العطور", "عزيزتي {full}،\n\nوصلنا طلبك، وسنراجع الطلبات خلال أسبوعين. بالقبول أو بالاعتذار، ستصلك رسالة منا عبر البريد الإلكتروني.\n\nمع التحية،\n{sig}"))
lp("de-organ", "de", "Alpenklang Zitherbau GmbH", "alpenklang", "at", ("Ihre Bewerbung als Instrumentenbauerin", "Sehr geehrte Frau {full},\n\ndanke für den Nachmittag in der Werkstatt. Die Stelle bekommt nun eine Kollegin, die seit Jahren Resonanzböden fertigt – Ihnen müssen wir also leider absagen.\n\nMit freundlichen Grüßen\n{sig}"), ("interview", "Einladung zum Probearbeiten", "Sehr geehrte Frau {full},\n\nwir laden Sie herzlich zum Probearbeiten am {dl} um 8 Uhr ein. Leider pflastern wir gerade den Hof, also bitte nicht dort parken.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-mezcal", "es", "Palenque Los Magueyes", "losmagueyes", "mx", ("Sobre tu postulación como ayudante de destilación", "Hola {n}:\n\nGracias por tu interés en trabajar con nosotros en el palenque. Al final la chamba se la dimos a un compa que ya domina el horno de tierra y la molienda con tahona. Por ahora no seguiremos con tu postulación.\n\nSaludos cordiales,\n{sig}"), ("next_steps", "Documentos pendientes – ayudante de destilación", "Hola {n}:\n\nPara continuar, necesitamos tu CURP y un comprobante de domicilio antes del {dl}. Lamentablemente no podemos recibir documentos por WhatsApp.\n\nSaludos,\n{sig}"))
lp("fr-lace", "fr", "Dentelles de Binche Vanderstraeten", "dentellesbinche", "be", ("Votre candidature – dentellière", "Madame {full},\n\nVotre lettre nous a touchés. Nous avons engagé une dentellière diplômée de l'école de la région ; votre dossier, lui, s'arrête ici.\n\nBien cordialement,\n{sig}"), ("offer", "Proposition d'engagement – dentellière", "Madame {full},\n\nLe poste de dentellière est à vous, dès le {dl}. Malheureusement, l'atelier n'est pas chauffé le samedi matin.\n\nBien cordialement,\n{sig}"))
lp("hi-brass", "hi", "मुरादाबाद पीतल कला केंद्र", "pitalnagribrass", "in", ("नक्काशीकार पद हेतु आवेदन – परिणाम", "प्रिय {full} जी,\n\nपीतल नक्काशी केंद्र के लिए अर्ज़ी भेजने पर आभार। यह पद अब एक अनुभवी कारीगर को दे दिया गया है, जो बरसों से थालियों पर महीन काम करते आए हैं। इसलिए आपको यह पद नहीं मिल सकेगा।\n\nसप्रेम,\n{sig}"), ("application_received", "अर्ज़ी पहुँची – नक्काशीकार", "प्रिय {full} जी,\n\nनक्काशीकार पद की अर्ज़ी पहुँच गई। परिणाम चाहे जैसा निकले, आधे महीने के अंदर सबको डाक से ख़बर भेज देंगे।\n\nसादर,\n{sig}"))
lp("it-glass", "it", "Vetreria Artigiana Lugano", "vetrerialugano", "ch", ("Candidatura – assistente soffiatore", "Gentile {full},\n\ngrazie di essere passata in vetreria per il colloquio. Abbiamo preferito un soffiatore che lavora alla fornace da più tempo; per questa volta, dunque, la risposta è negativa.\n\nCordiali saluti,\n{sig}"), ("interview", "Invito al colloquio – assistente soffiatore", "Gentile {full},\n\nLe proponiamo un incontro in vetreria il {dl} alle 10. Purtroppo l'ascensore è guasto e si sale a piedi fino al secondo piano.\n\nCordiali saluti,\n{sig}"))
lp("ja-umbrella", "ja", "京和傘 松風工房", "shofuwagasa", "jp", ("選考結果のご連絡", "{full} 様\n\nこの度は当工房の職人見習い募集にご応募いただき、誠にありがとうございました。工房内で話し合いを重ねましたが、今回は別の方をお迎えすることにいたしました。末筆ながら、今後のご活躍をお祈り申し上げます。\n\n{sig}"), ("next_steps", "書類ご提出のお願い", "{full} 様\n\n次の選考に進んでいただくため、{dl}までに履歴書の原本と作品写真をご郵送ください。なお、残念ながらメールでの提出は受け付けておりません。\n\n{sig}"))
lp("ko-kimchi", "ko", "장독대 발효식품", "jangdokdae", "kr", ("지원 결과 안내", "{full}님 안녕하세요.\n\n저희 발효식품 공방 생산직에 지원해 주셔서 진심으로 감사드립니다. 여러 분과 이야기를 나눈 끝에 다른 지원자와 일하기로 했습니다. 늘 건강하시고 원하시는 일 찾으시길 응원합니다.\n\n{sig} 드림"), ("offer", "채용 확정 안내", "{full}님 안녕하세요.\n\n생산직 최종 합격을 축하드립니다. 출근일은 {dl}입니다. 아쉽게도 사내 식당은 공사 중이라 당분간 도시락을 준비해 주세요.\n\n{sig} 드림"))
lp("pt-cachaca", "pt", "Alambique Serra Azul", "serraazul", "br", ("Retorno sobre sua candidatura", "Olá {n},\n\nAgradecemos seu interesse na vaga de auxiliar de produção no nosso alambique. Escolhemos um rapaz que fermenta caldo de cana há anos, então não vamos avançar com você agora. Desejamos sucesso na sua busca.\n\nAbraços,\n{sig}"), ("application_received", "Recebemos seu currículo", "Olá {n},\n\nSeu currículo chegou direitinho. Vamos analisar tudo até o fim do mês e responder a todos, sendo o resultado positivo ou não.\n\nAbraços,\n{sig}"))
lp("ru-samovar", "ru", "Тульская самоварная мастерская", "samovarmaster", "ru", ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nБлагодарим за интерес к месту лудильщика. Мастерская остановилась на мастере, который давно работает с латунью, поэтому ваша кандидатура, увы, не прошла.\n\nС уважением,\n{sig}"), ("interview", "Приглашение на собеседование", "Здравствуйте, {full}!\n\nЖдём вас в мастерской {dl}, начало в 11:00. К сожалению, парадный вход на ремонте, вход через двор.\n\nС уважением,\n{sig}"))
lp("sw-dhow", "sw", "Karakana ya Majahazi Kipungani", "kipunganidhow", "ke", ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTumeisoma barua yako kuhusu nafasi ya fundi msaidizi. Nafasi hiyo amepewa fundi mwenye miaka mingi ya kuchonga mninga, hivyo ombi lako limeishia hapa.\n\nKila la heri,\n{sig}"), ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTunaomba kitambulisho chako na barua kutoka kwa chifu zifike kabla ya {dl}. Kwa bahati mbaya ofisi haipokei karatasi za mkono.\n\n{sig}"))
lp("th-umbrella", "th", "ร่มบ่อสร้างศิลป์", "bosangsilp", "th", ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nร้านขอบคุณมากที่อยากมาเป็นช่างเขียนลายร่ม ตำแหน่งนี้ร้านตัดสินใจให้ช่างอีกคนที่เขียนลายมานานกว่า ครั้งนี้จึงต้องขอปฏิเสธนะคะ\n\nด้วยไมตรี\n{sig}"), ("application_received", "ได้รับใบสมัครแล้ว", "เรียน คุณ{full}\n\nใบสมัครช่างเขียนลายถึงร้านแล้วนะคะ ผลออกมาทางไหน ร้านจะส่งอีเมลบอกภายในสิบสี่วันค่ะ\n\n{sig}"))
lp("tr-tile", "tr", "İznik Çini Atölyesi", "iznikcini", "tr", ("Başvurunuz hakkında", "Sayın {full},\n\nNakkaşlık ilanımıza yazdığınız için sağ olun. Sır altı boyamada yılları olan bir ustayı seçtik; sizinle bu sefer yolumuz ayrılıyor.\n\nSaygılarımızla,\n{sig}"), ("interview", "Görüşme daveti", "Sayın {full},\n\nSizi {dl} saat 10:00'da atölyemizde görüşmeye davet ediyoruz. Maalesef fırın bölümü o gün kapalı olacak; yalnızca boyama salonunu gezebileceksiniz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-truckart", "ur", "کراچی ٹرک آرٹ ورکشاپ", "lyaritruckart", "pk", ("آپ کی درخواست کا نتیجہ", "محترمہ {full}،\n\nہماری ورکشاپ میں رنگ ساز کے کام کے لیے لکھنے کا بہت شکریہ۔ ہمارے استاد جی نے ایک پرانے کاریگر کو رکھ لیا ہے جو بیس سال سے ٹرک سجا رہا ہے، یوں آپ کا نام اس بار شامل نہیں ہو سکا۔\n\nدعاؤں کے ساتھ،\n{sig}"), ("next_steps", "مطلوبہ کاغذات", "محترمہ {full}،\n\nٹرکوں پر کیے گئے اپنے کام کی چند تصویریں، ساتھ میں قومی شناختی کارڈ کا عکس، {dl} تک بھیج دیں۔ افسوس کہ ہم ڈاک کے ذریعے نمونے وصول نہیں کرتے۔\n\n{sig}"))
lp("zh-tea", "zh", "鹿谷凍頂茶坊", "lukutea", "tw", ("應徵結果通知", "{full} 您好：\n\n感謝您應徵本茶坊的製茶助理職缺。經過審慎評估，我們已選定一位具有多年焙火經驗的人選，因此這次無法錄取您。祝您求職順利。\n\n{sig} 敬上"), ("offer", "錄取通知", "{full} 您好：\n\n恭喜您獲錄取為製茶助理，報到日期為{dl}。可惜員工宿舍目前客滿，需請您自行安排住宿。\n\n{sig} 敬上"))
lp("nor-boat", "nor", "Kvinnherad Trebåtbyggeri", "kvinnheradbat", "no", ("Svar på søknaden din", "Hei {n},\n\nLærlingplassen i båtbyggeriet har gått til en søker med fagbrev i trearbeid fra før. Vi kan derfor dessverre ikke tilby deg stillingen denne gangen.\n\nVennlig hilsen\n{sig}"), ("application_received", "Søknaden din er kommet fram", "Hei {n},\n\nSøknaden er kommet fram! Etter fristen leser vi alle, og hver søker får en e-post med beskjed, positiv eller negativ.\n\nVennlig hilsen\n{sig}"))
lp("nor-cheese", "nor", "Setra Brunostkokeri", "setrabrunost", "no", ("Angående stillingen som ysteriassistent", "Hei {n},\n\nTakk for praten på setra. Stillingen gikk til en som har drevet seter i flere somre, så din søknad stopper her.\n\nMed vennlig hilsen\n{sig}"), ("interview", "Invitasjon til intervju", "Hei {n},\n\nVi vil gjerne møte deg {dl} klokken 13. Dessverre er veien opp til setra stengt for biler, så du må gå det siste stykket.\n\nHilsen\n{sig}"))
lp("cat-cork", "cat", "Suros de les Gavarres", "surosgavarres", "es", ("Resposta a la teva candidatura", "Hola {n},\n\nGràcies per escriure'ns per la feina d'operari a la fàbrica de taps. Després de valorar totes les candidatures, hem triat una persona amb més experiència en el bullit de planxes. Per tant, no continuarem amb el teu procés.\n\nSalutacions cordials,\n{sig}"), ("next_steps", "Documentació pendent", "Hola {n},\n\nPer continuar, necessitem el DNI escanejat i el curs de riscos laborals abans del {dl}. Malauradament, no podem acceptar documents en paper.\n\n{sig}"))
lp("cat-castell", "cat", "Espardenyes del Pirineu", "espardenyespirineu", "es", ("Sobre la plaça de cosidora", "Benvolguda {full},\n\nT'agraïm que hagis volgut formar part del nostre taller. Hem decidit cobrir la plaça de cosidora amb una altra candidata que ja coneix la costura de la sola de jute. Et desitgem molta sort.\n\nAtentament,\n{sig}"), ("offer", "Oferta de feina – cosidora", "Benvolguda {full},\n\nEns fa molta il·lusió oferir-te la plaça de cosidora a partir del {dl}. Malauradament, el pàrquing del taller està en obres aquest mes.\n\nAtentament,\n{sig}"))
lp("afr-rooibos", "afr", "Nuwerus Rooibos Plaas", "nuwerusrooibos", "za", ("Terugvoer oor jou aansoek", "Goeie dag {n},\n\nOns het jou brief oor die plaasassistentpos gelees. Ons het besluit om 'n ander kandidaat aan te stel wat reeds ervaring met die oes en fermentasie van rooibos het. Ons kan jou dus ongelukkig nie die pos aanbied nie.\n\nVriendelike groete\n{sig}"), ("application_received", "Ons het jou aansoek ontvang", "Goeie dag {n},\n\nJou aansoek het aangekom. Ná die sluitingsdatum lees ons alles, en elkeen kry 'n e-pos oor die uitslag.\n\nGroete\n{sig}"))
lp("afr-boerewors", "afr", "Rietbron Slaghuis en Rokery", "rietbronslaghuis", "za", ("Aansoek: slagtersassistent", "Hallo {n},\n\nDie slagtersassistentpos is nou gevul deur iemand met jare se slaghuiservaring. Sterkte met die soektog.\n\nGroete\n{sig}"), ("interview", "Uitnodiging na 'n onderhoud", "Hallo {n},\n\nKan jy op {dl} om 09:00 vir 'n onderhoud inkom? Ongelukkig is die voordeur gesluit weens herstelwerk, gebruik asseblief die agteringang.\n\nGroete\n{sig}"))
lp("ell-olive", "ell", "Ελαιοτριβείο Μεσσηνίας Καλογεράκη", "kalogerakioil", "gr", ("Σχετικά με την αίτησή σας", "Αγαπητή κυρία {full},\n\nΕυχαριστούμε που σκεφτήκατε το ελαιοτριβείο της οικογένειας. Μετά από προσεκτική αξιολόγηση, επιλέξαμε έναν υποψήφιο με μεγαλύτερη εμπειρία στην ψυχρή έκθλιψη. Έτσι, δυστυχώς, σταματάμε εδώ τη διαδικασία για εσάς.\n\nΜε φιλικούς χαιρετισμούς,\n{sig}"), ("next_steps", "Απαιτούμενα δικαιολογητικά", "Αγαπητή κυρία {full},\n\nΠαρακαλούμε στείλτε μας αντίγραφο της ταυτότητας και το πιστοποιητικό υγείας έως τις {dl}. Δυστυχώς δεν δεχόμαστε έγγραφα μέσω φαξ.\n\nΜε εκτίμηση,\n{sig}"))
lp("ell-boat", "ell", "Καρνάγιο Σύμης Χατζηδάκη", "karnagiosymi", "gr", ("Απάντηση για τη θέση μαραγκού", "Καλησπέρα {n},\n\nΣας ευχαριστούμε που κάνατε αίτηση στο καρνάγιό μας. Τη θέση την πήρε τελικά ένας ντόπιος μαραγκός που δουλεύει χρόνια σε καΐκια. Σας ευχόμαστε καλή επιτυχία.\n\n{sig}"), ("offer", "Πρόταση εργασίας", "Καλησπέρα {n},\n\nΧαιρόμαστε να σας προτείνουμε τη θέση του βοηθού μαραγκού από τις {dl}. Δυστυχώς το πλοίο της γραμμής δεν εκτελεί δρομολόγια την Κυριακή.\n\n{sig}"))
lp("fin-sauna", "fin", "Saunakiulu Koivuranta Oy", "koivurantasauna", "fi", ("Hakemuksesi saunakiulujen valmistajaksi", "Hei {n},\n\nKiitos hakemuksestasi verstaallemme. Kävimme kaikki hakemukset huolellisesti läpi ja valitsimme tehtävään henkilön, jolla on pitkä kokemus puusepäntöistä. Tällä kertaa paikka ei siis valitettavasti aukea sinulle.\n\nTerveisin verstaalta\n{sig}"), ("application_received", "Hakemuksesi on vastaanotettu", "Hei {n},\n\nKiitos hakemuksesta! Käymme hakemukset läpi hakuajan päätyttyä, ja ilmoitamme kaikille hakijoille, tuliko valinta vai ei.\n\nTerveisin\n{sig}"))
lp("srp-rakija", "srp", "Destilerija Zlatna Šljiva", "zlatnasljiva", "rs", ("Odgovor na vašu prijavu", "Poštovana {full},\n\nZahvaljujemo se na prijavi za mesto pomoćnika u destileriji. Posao je na kraju pripao majstoru koji godinama peče rakiju u našem kraju. Nažalost, ovog puta ne možemo da vam ponudimo posao.\n\nSrdačan pozdrav,\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    return f"{q:%A} {q.day} {q:%B} {q.year}, {q:%H.%M}", f"{q:%a} {q.day} {q:%b} {q.year} at {q:%H.%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 106; slice 107, this slice and any later one are skipped by number."""
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
