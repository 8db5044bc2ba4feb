# ruff: noqa: E501, S311
"""Write the sixty-fifth sealed blind slice for issue 11 (blind-slice-65.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 65 and later never read; our side printed)
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

SEED = 650651
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-65.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 65
SKIP_FROM = 65  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest

RECIPIENTS = [
    "Hollis Wainscott", "Ailbhe Ó Faoláin", "Jyothirmayi Nair", "Bartholomew Ffoulkes", "Nokuthula Zwane",
    "Tamati Rangihuna", "Clementine Wragge", "Órfhlaith Dunleavy", "Ikechukwu Obiora", "Morwenna Penberthy",
    "Folasade Adeyemi", "Themba Mkhabela", "Kalyani Raghavan", "Ruairí Mac Suibhne", "Chidinma Eze",
    "Ambrose Tallentire", "Huhana Waititi", "Sinéad Kilbride", "Abhimanyu Chatterjee", "Eabha Gorman",
    "Lungile Shabalala", "Hamish Strachan-Leith", "Mrinalini Kulkarni", "Radka Dvořáková", "Joost van Houtum",
    "Kofi Amponsah", "Palesa Motaung", "Tanushree Banerjee", "Donnacha Ó Riain", "Nneka Ukwu",
    "Felix Ravensworth", "Shirin Farahani", "Wambui Kariuki", "Corrado Benvenuti", "Aoife Ní Mhurchú",
    "Adaeze Okonjo", "Tamsin Polglase", "Atareta Hohepa", "Achieng Otieno", "Ghislaine Boudreau",
]
REGION_SIGNERS = {
    "uk": ["Philippa Garside", "Rhodri Llewellyn-Bevan", "Nasreen Chaudhry", "Callum Baird", "Imogen Stallybrass", "Jory Trevithick"],
    "ie": ["Colm Ó Murchadha", "Síle Brennan", "Fiachra Considine", "Muireann Ní Dhomhnaill"],
    "us": ["Loretta Kowalczyk", "Marquise Thibodeaux", "Xiomara Quintanilla", "Dewey Pfannenstiel", "Shaniqua Blevins"],
    "ca": ["Ginette Arsenault", "Harjit Grewal", "Bohdan Kovalchuk", "Yannick Desrosiers"],
    "au": ["Merv Tregellas", "Eleni Kostopoulos", "Narelle Fairweather", "Thanh Pham"],
    "nz": ["Rawiri Tumoana", "Kelsey Blackwood", "Losa Fuimaono", "Anaru Rangitauira"],
    "za": ["Zodwa Ntuli", "Annelie Steenkamp", "Thabo Molefe", "Gerrit van Wyk"],
    "in": ["Lalitha Venkatesan", "Sandeep Kulkarni", "Anjali Menon", "Faizan Ansari"],
    "ng": ["Ngozi Ikemefuna", "Babatunde Ogunleye"], "ke": ["Wairimu Mwangi", "Kiprono Langat"],
    "ph": ["Rosalinda Dimaculangan", "Bong Villareal"], "sg": ["Ong Hui Min", "Rajendran Sivakumar"],
    "gq": ["Esperanza Obiang", "Teodoro Nsue"], "so": ["Hodan Warsame", "Abdirahman Jama"],
    "fm": ["Lisa Edmund", "Kasiano Hadley"], "hk": ["Chan Wai Ling", "Kwok Ka Ho"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "sa": "au",
}
LANG_SIGNERS = {
    "ar": ["فهد الدوسري", "ماجد الغامدي"], "de": ["Gudrun Lindemann", "Rainer Eschweiler"],
    "es": ["Remedios Olmedo", "Fulgencio Carrasco"], "fr": ["Solène Vasseur", "Gaëtan Lemaire"],
    "hi": ["सुनीता अग्रवाल", "मनोज श्रीवास्तव"], "it": ["Graziella Bortolin", "Adriano Scarpa"],
    "ja": ["森田 恵子", "石井 健一"], "ko": ["최민정", "윤상훈"], "pt": ["Filomena Caeiro", "Armando Tavares"],
    "ru": ["Галина Воронцова", "Виктор Малышев"], "sw": ["Mwanaisha Juma", "Hamisi Mfaume"],
    "th": ["สมหญิง แก้วมณี", "ประภาพร จันทร์หอม"], "tr": ["Nurten Aksoy", "Murat Çelik"],
    "ur": ["نسرین اختر", "طارق محمود"], "zh": ["陈秀英", "刘建国"],
    "pli": ["Nandana Wijeratne", "Sumedha Herath"], "cps": ["Josefina Andrada", "Ramon Dinglasan"],
    "gay": ["Inen Mayak Sari", "Aman Rizal"], "tkp": ["Pu Fetaka", "Nau Tepuke"],
    "rng": ["Lurdes Cossa", "Alberto Mabunda"], "gdq": ["سالم بن كلشات", "عوض الطيب"],
    "caa": ["Juana Pérez Ramírez", "Gaspar Díaz Cruz"], "aji": ["Marie Naisseline", "Jean Pwija"],
    "yka": ["Hadja Sitti Ladja", "Abdul Kamlon"], "bnc": ["Virginia Fomeg", "Pedro Chakiwag"],
}
LANG_RECIPIENTS = {
    "ar": ["خالد العنزي", "سعود المطيري"], "de": ["Jannik Brockmann", "Frauke Ostendorf"],
    "es": ["Iker Zubizarreta", "Macarena Oliveros"], "fr": ["Aurélien Morvan", "Clémence Fauchet"],
    "hi": ["दीपिका सक्सेना", "अमित चौहान"], "it": ["Ludovica Marchetti", "Tommaso Brunelli"],
    "ja": ["松本 葵", "吉田 翔"], "ko": ["한소희", "장민수"], "pt": ["Beatriz Louro", "Tiago Rebelo"],
    "ru": ["Ксения Лаврова", "Игорь Столяров"], "sw": ["Zawadi Mrisho", "Juma Athumani"],
    "th": ["นภา ศรีวงศ์", "ชัยวัฒน์ ทองดี"], "tr": ["Gülşen Aydın", "Emre Polat"],
    "ur": ["عدنان شفیق", "وقاص احمد"], "zh": ["赵晓燕", "黄立明"],
    "pli": ["Chamara Rathnayake", "Dilini Senanayake"], "cps": ["Marites Bautista", "Jonel Aguirre"],
    "gay": ["Win Kemara", "Ipak Ratna"], "tkp": ["Pa Rangifuri", "Nau Motuata"],
    "rng": ["Celeste Nhantumbo", "Ernesto Matsinhe"], "gdq": ["علي بن رعفيت", "مبارك الكثيري"],
    "caa": ["Rosa Ramírez Vásquez", "Felipe Hernández"], "aji": ["Paul Gowé", "Sonia Wéa"],
    "yka": ["Nurhaida Hajal", "Muharram Ibno"], "bnc": ["Lorna Falag-ey", "Ramon Kiat-ong"],
}
GIVEN = {
    "Ailbhe Ó Faoláin": "Ailbhe", "Ruairí Mac Suibhne": "Ruairí", "Donnacha Ó Riain": "Donnacha",
    "Aoife Ní Mhurchú": "Aoife", "Colm Ó Murchadha": "Colm", "Muireann Ní Dhomhnaill": "Muireann",
    "Ong Hui Min": "Hui Min", "Chan Wai Ling": "Wai Ling", "Kwok Ka Ho": "Ka Ho", "Joost van Houtum": "Joost",
    "Hamish Strachan-Leith": "Hamish", "Rhodri Llewellyn-Bevan": "Rhodri", "Hadja Sitti Ladja": "Sitti",
    "Juana Pérez Ramírez": "Juana", "Rosa Ramírez Vásquez": "Rosa", "Inen Mayak Sari": "Sari",
}
PROVIDERS = ["linnetmail", "siskinpost", "twitenet", "redpollbox", "bramblingmail", "chiffpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ca": ("-0500", "-0400", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"), "gt": ("-0600", None, ""),
    "gq": ("+0100", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "mz": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "ye": ("+0300", None, ""), "so": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""),
    "idw": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "hk": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "fm": ("+1100", None, ""), "sb": ("+1100", None, ""), "nc": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "ca", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind65-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, any news since the interview? Glad to send another referee if that helps.\nBest, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("t-workday", "Requisition {ref} – {role}: outcome",
   "Dear {n},\n\nThe {role} requisition at {co} has been filled from inside the business: a member of our {x} team moved across last week, so external candidates for it are now closed off, and yours is one of those.\n\nYou can keep using your candidate home page to follow other openings.\n\nTalent Acquisition\n{co}",
   ("Grisedale Barographs", "Borris Hygrometer Company"), ("grisedalebarographs", "borrishygrometers"), role=("Calibration Technician", "Bench Assembler"), tz=("uk", "ie"), x=("calibration", "bench"))
mr("t-greenhouse", "{co} · {role}",
   "Hi {n},\n\nOur interviewers enjoyed their time with you. We have made an offer for {role}, and it was accepted on Thursday by an applicant who spent ten years restoring {x}. That closes the search.\n\nMeeting you was a pleasure, honestly.\n\n{sig}\nRecruiting, {co}",
   ("Vantongeren Stereoscopes", "Brightwater Praxinoscope Studio"), ("vantongerenstereo", "brightwaterpraxino"), role=("Optics Technician", "Novelty Wheel Maker"), tz=("use", "cae"), x=("nineteenth-century viewers", "whirling picture discs"))
mr("t-lever", "About your {role} application",
   "Hello {n},\n\nWe read your application with care. For {role} we have gone with a person whose last post lines up almost exactly with how our {x} shop is organised from Monday to Friday.\n\nWishing you well,\n{sig}\n{co}",
   ("Pennigarth Serinettes", "Oakhampton Psaltery Works"), ("pennigarth", "oakhamptonpsaltery"), role=("Pipework Finisher", "Soundboard Joiner"), tz=("uk", "usc"), x=("pipework", "soundboard"))
mr("t-smartrec", "{co}: application {ref}",
   "<html><body><p>Dear {n},</p><p>Here is where your application now stands.</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>{x}</td></tr></table><p>{co} appreciates your interest.</p></body></html>",
   ("Starfold Planispheres", "Corriemuir Tellurions"), ("starfold", "corriemuir"), role=("Print Finisher", "Brass Gear Cutter"), tz=("au", "nz"), x=("Closed – post gone to someone else", "Closed – another person hired"))
mr("t-icims", "Application update: {role}",
   "Dear {n},\n\nReference {ref}\nPosition: {role}\nDisposition: Not Selected – {x}\n\nYou may apply for other {co} openings whenever you wish.\n\nRecruitment Operations",
   ("Hollinshead Sackbuts", "Kettlewick Crumhorn Makers"), ("hollinshead", "kettlewick"), role=("Crook Fitter", "Bore Reamer"), tz=("ca", "za"), x=("Saturday Shop Cover Unavailable", "Hand-Tool Trade Test Not Attempted"))
mr("t-taleo", "{co} – job {ref}",
   "Dear {n},\n\nJob {ref}, {role}\nRequisition status: {x}\n\nAll applications attached to this requisition have been closed. Your profile remains searchable for other openings.\n\n{co} Careers",
   ("Quarrendon Pantographs", "Marlbeck Planimeter Works"), ("quarrendon", "marlbeck"), role=("Drafting Instrument Fitter", "Stores Assistant"), tz=("uk", "au"), x=("Cancelled – the workroom folded into the despatch team", "Withdrawn – hiring paused until after the trade fair season"))
mr("t-workable", "Your application to {co}",
   "Hi {n},\n\n{x} people applied for {role} at {co}, which is far more than we expected. We have now picked the shortlist and your name did not end up on it.\n\nThanks again, and good luck.\n\n{sig}",
   ("Ravensclough Theorbos", "Lindqvist Cittern Workshop"), ("ravensclough", "lindqvistcittern"), role=("Fretboard Hand", "Workshop Junior"), tz=("nz", "sg"), x=("One hundred and sixty-two", "Ninety-four"))
mr("t-bamboo", "{role} at {co}",
   "Hello {n},\n\nA quick and honest note: the {role} hours have been taken up by a colleague who asked to switch over from {x} ahead of any interviews being set up, so there is no opening left to fill.\n\nThanks for thinking of us.\n\n{sig}\n{co}",
   ("Threlkeld Clepsydras", "Aldmoor Armillary Spheres"), ("threlkeld", "aldmoorarmillary"), role=("Metal Finisher", "Part-Time Polisher"), tz=("ie", "ke"), x=("the packing room", "our gift counter"))
mr("t-teamtailor", "Your application – {role}",
   "Dear {n},\n\nThanks for bring your papers for {role}. We have meet many good people. At the end the owner choose {x} for it, because she has work with us before in the busy months.\n\nWe wish you strong luck.\n\n{sig}\n{co}",
   ("Casa Mbini Palmiste", "Berbera Luban House"), ("mbinipalmiste", "berberaluban"), role=("Kernel Grader", "Luban Grader"), tz=("gq", "so"), x=("the daughter of our driver", "one lady from the next street"))
mr("t-personio", "{co} | {role}",
   "Hello {n},\n\nThanks for apply at {co}. Our manager have pick a person with longer years in {x}, so this time the {role} go to that one.\n\nTake care,\n{sig}",
   ("Kitti Pounding House", "Yau Ma Tei Neonworks"), ("kittikava", "ymtneonworks"), role=("Bar Helper", "Tube Bender"), tz=("fm", "hk"), x=("pounding and serving", "gas tube bending"))
mr("t-pinpoint", "Application {ref} – result",
   "Dear {n},\n\nEvery application for {role} was marked against the same four points. Your mark was {x}; every interview invitation went to marks of {y} and up.\n\nWe appreciate the work you put into it.\n\nPeople Team\n{co}",
   ("Blackstaple Ophicleides", "Wendover Euphonium Co."), ("blackstaple", "wendovereuphonium"), role=("Valve Fitter", "Finish Sprayer"), tz=("uk", "cap"), x=("19/40", "15/36"), y=("27", "23"))
mr("t-jazzhr", "Re: your application to perform",
   "Hi {n},\n\nThanks for the recordings. Sadly, every {x} date we had this season went to players our clients had requested personally, so we cannot use a new {role} this year.\n\nKeep in touch,\n{sig}\n{co}",
   ("Fiddlehollow Bookings", "Hemlockridge Entertainments"), ("fiddlehollow", "hemlockridge"), role=("nyckelharpa player", "rebec player"), tz=("usm", "cat"), x=("harvest-supper", "museum-opening"))
mr("t-ashby", "{co}: {role}",
   "Hi {n},\n\nThanks for last week's call. Our team has decide to go with an other applicant for {role}, one who already work on {x}.\n\nBest,\n{sig}\n{co}",
   ("Capiztone Windowcraft", "Tiong Bahru Apom Co."), ("capiztone", "tbapom"), role=("Shell Window Cutter", "Sheet Roller"), tz=("ph", "sg"), x=("shell panels in Ivisan", "the rolling table at Tiong Bahru"))
# once: small employers, each a different reason
mr("s-uk", "the Saturday job", "Hi {n},\n\nNot the news you wanted, sorry. Trev who worked the Saturday till here two summers back rang on Tuesday wanting his old hours back, and I gave them to him since he knows the stock. Nothing left for now, I'm afraid.\n\n{sig}\nBrambling Conserves Stall", "Brambling", "bramblingstall", tz="uk")
mr("s-ie", "Your note about the job", "Hi {n},\n\nThanks a million for dropping the CV in. The truth is the boss has decided to mind the counter himself over the winter instead of taking anyone on, so there's no job going after all.\n\nAll the best,\n{sig}\nMulcahy's Hurley Repairs", "Mulcahy's", "mulcahyhurleys", tz="ie")
mr("s-us", "re: counter help", "{n},\n\nAppreciate you stopping by. We hired a guy who could start the next morning and already holds his food handler card, so the counter spot is taken.\n\nGood luck out there,\n{sig}\nTeche Fish Fry", "Teche", "techefishfry", tz="usc")
mr("s-ca", "About the dock helper job", "Hi {n},\n\nWe had a cousin of the skipper come aboard for the season, so the dock helper spot got filled within the family. Sorry to pass on the bad news by email.\n\nCheers,\n{sig}\nSaltbox Periwinkle Shed", "Saltbox", "saltboxpound", tz="cat")
mr("s-au", "yard hand", "G'day {n},\n\nThanks for dropping the resume in. Bazza's boy finished his apprenticeship and has come back to the yard, so the spot you were after is gone.\n\nAll the best mate,\n{sig}\nGumleaf Woodyard", "Gumleaf", "gumleafyard", tz="auq")
mr("s-nz", "the orchard job", "Kia ora {n},\n\nCheers for getting in touch. We've had last year's picker come back from up the coast early and the role's gone to her. Gutted to pass that on.\n\nNgā mihi,\n{sig}\nTītoki Orchard", "Tītoki", "titokiblock", tz="nz")
mr("s-za", "Shop assistant", "Hi {n},\n\nThanks for coming past with your CV. My aunt's grandson from Hankey has finished matric and needs the work, so I've taken him on. Shame, you were very friendly.\n\nRegards,\n{sig}\nRooikrans Plaaswinkel", "Rooikrans", "rooikransplaas", tz="za")
mr("s-in", "Regarding helper vacancy", "Dear {n},\n\nThank you for visiting our shop. We have already taken the son of our old weigher for the helper vacancy, as he knows the customers. Kindly excuse us.\n\nRegards,\n{sig}\nShri Ganesh Gur Godown", "Shri Ganesh", "ganeshgur", tz="in")
mr("s-ng", "About the sales girl position", "Good afternoon {n},\n\nThanks for coming around. Madam has given the sales position to her younger cousin who came from Ilesha last week. Sorry o, we no longer need anybody.\n\n{sig}\nOmoba Ofada Rice Shop", "Omoba", "omobaofada", tz="ng")
mr("s-ke", "Kuhusu the job", "Hi {n},\n\nAsante for passing by the kibanda. The mzee has brought his nephew from Kerugoya to help with the roasting, so the space is now filled. Pole sana.\n\n{sig}\nKerugoya Mahindi Kiosk", "Kerugoya", "kerugoyachoma", tz="ke")
mr("s-ph", "about the helper job", "Hi {n},\n\nSalamat for coming by the shop. Our boss already took his pamangkin from Estancia as the helper, so the position is filled. Pasensya na po.\n\n{sig}\nLola Pacing's Bibingka", "Lola Pacing's", "lolapacing", tz="ph")
mr("s-sg", "Stall assistant", "Hi {n},\n\nThanks for dropping by the stall. Auntie's nephew finished NS and will help out from next week, so we don't need another assistant. Sorry ah.\n\n{sig}\nBlk 85 Putu Piring", "Blk 85", "blk85putu", tz="sg")
mr("s-gq", "The seller place", "Hello {n},\n\nThank you for come to the shop in Malabo. My brother decide to put his wife in the seller place, she start already on Monday. We are sorry for this.\n\n{sig}\nBioko Malanga Chips", "Bioko", "biokochips", tz="gq")
mr("s-hk", "Re: shop helper", "Hi {n},\n\nThank you for come by the shop. Boss give the helper job to his sister-in-law who just move back from Shenzhen, so we don't need more people now. Sorry.\n\n{sig}\nShek Tong Tsui Pinewood Moulds", "Shek Tong Tsui", "stt_blocks", tz="hk")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("h-tidewatch", "RE: [EXT] Re: {role} – interview follow-up",
   "Hi {n},\n\nSorry to keep you hanging. The trustees met on Monday and asked {x} to take on the {role} post; she said yes the same evening and begins after Easter.\n\nIt was a genuine pleasure hearing about your work on the flood gauges.\n\n{sig}\n\n{OUT}",
   ("Hallerby Tidemill Museum", "Ramsholt Strand Trust"), ("hallerbytide", "ramsholtstrand"), role=("Collections Officer", "Learning Officer"), tz=("uk", "uk"), x=("Philippa Orrell", "Annis Cobbold"))
mr("h-planetarium", "Re: [EXT] Re: {role}",
   "{n},\n\nYour demo show was a treat, thank you. The director has offered the {role} job to {x}, who accepted this morning and will be at the console from next month.\n\nWarmly,\n{sig}\n\n{GM}",
   ("Cobblestone Planetarium", "Redwater Sky Theatre"), ("cobblestonedome", "redwatersky"), role=("Show Presenter", "Dome Technician"), tz=("use", "cac"), x=("Marguerite Oyelaran", "Dallin Swensen"))
mr("h-vetclinic", "RE: [EXT] RE: {role} interview",
   "Hello {n},\n\nSorry for the wait. {x} has accepted our {role} job and joins in a few weeks.\n\nWe enjoyed the kennel tour with you.\n\n{sig}\n\n{ORIG}",
   ("Tarwin Vale Vets", "Moutere Animal Hospital"), ("tarwinvets", "moutereanimal"), role=("Vet Nurse", "Practice Receptionist"), tz=("au", "nz"), x=("Caelan Murtagh", "Hemi Waaka"))
mr("h-bikecoop", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThe collective voted last night, and {x} will be our new {role} from next month onward.\n\nYour test build was lovely; the wheel you trued is still hanging on the rack.\n\n{sig}\n\n{RULE}",
   ("Spokeshed Co-operative", "Freewheel Commons"), ("spokeshed", "freewheelcommons"), role=("Workshop Mechanic", "Youth Programme Lead"), tz=("ie", "cap"), x=("Neasa Devereux", "Orson Kealoha"))
mr("h-archstudio", "RE: [EXT] Re: {role} – follow-up",
   "Dear {n},\n\nWe have asked {x} to come on board as {role}; she has accepted and joins our studio on the 14th.\n\nWe loved hearing about the library scheme in such detail.\n\nKind regards,\n{sig}\n\n{OUT}",
   ("Brenzett Hollis Architects", "Umhlanga Line Studio"), ("brenzetthollis", "umhlangaline"), role=("Part II Assistant", "Junior Architect"), tz=("uk", "za"), x=("Rosalba Tennant", "Khanyisile Mabaso"))
mr("h-radio", "Re: [EXT] Re: {role} chat",
   "Hey {n},\n\nCheers for coming in to the studio. The board has handed the {role} slot to {x}, a long-time volunteer on our overnight show.\n\nTalk soon,\n{sig}\n\n{GM}",
   ("Riverbend Community Radio", "Harbourside FM"), ("riverbendradio", "harboursidefm"), role=("Breakfast Producer", "Station Coordinator"), tz=("ca", "au"), x=("Delphine Arseneau", "Kirra Bainbridge"))
mr("h-garden", "RE: [EXT] RE: {role} – update",
   "Hi {n},\n\nLovely meeting you last week. {x} is our new {role}; she accepted on Friday and starts among the glasshouses on Monday.\n\nYour notes on the cycad collection were much appreciated.\n\n{sig}\n\n{ORIG}",
   ("Kingsclere Physic Garden", "Pinnaroo Arboretum"), ("kingsclerephysic", "pinnarooarboretum"), role=("Glasshouse Supervisor", "Seed Bank Assistant"), tz=("uk", "sa"), x=("Wilhelmina Ashwell", "Coralie Stannard"))
mr("h-school", "Re: [EXT] RE: {role} appointment",
   "Dear {n},\n\nThe governors met yesterday and appointed {x} as {role}. She will begin at the start of next term.\n\nMany thanks for meeting the panel and for your questions about the minibus budget.\n\n{sig}\n\n{RULE}",
   ("St Ailbe's National School", "Kilbrannan Primary"), ("stailbesns", "kilbrannanps"), role=("School Secretary", "Bursar"), tz=("ie", "ie"), x=("Órla Fennelly", "Saoirse Kavanagh"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n—\nHeronsgate Placemats · hand-printed since 1987 · placemats from £6\nThe Placemats Almanack: our monthly letter of new prints and shop events\nVacancy Beacon: name your nearest high street for opening alerts\nApplicant records are wiped fourteen months after each role shuts.\nReached the wrong inbox? Tell Heronsgate, then erase it."
FOOT_US = "\n\n______\nDriftline Beanbag Co. | Text BEANBAGJOBS to 41410 for openings near you\nDriftline is glad to hire across every walk of life; ask us for any interview adjustment you need.\nTo change what we keep about you: Profile > Privacy > My Data\nThis inbox isn't monitored; replies aren't read."
FOOT_AU = "\n\n--\nSaltbush Bedroll Co. · bedrolls from $89 · The Billy Letter every second Thursday\nPrivacy questions: privacy@saltbushbedroll.example\nAddressed to the named reader alone; anyone else, kindly remove it."
FOOT_ZA = "\n\n****\nKalahari Teacosy Co. · third teacosy free when you buy two · SMS COSYJOBS to 31245 for openings\nWe handle personal data under {x}.\nCONFIDENTIAL: for the named addressee only."
mr("f-uk", "Your application – {role}", "Dear {n},\n\nThank you for applying for {role} at our {x} shop. Our team read your application carefully; sadly it ends at this stage.\n\nBest wishes,\nHeronsgate Placemats Recruitment" + FOOT_UK,
   "Heronsgate Placemats", "heronsgateplacemats", role=("Shop Assistant", "Weekend Supervisor"), tz=("uk", "ie"), x=("Upton-upon-Severn", "Kilfenora"))
mr("f-us", "{role} – application status", "Hi {n},\n\nYour {role} application for Driftline in {x} was read by the store team. We're passing on it; no interview this round.\n\nDriftline Talent" + FOOT_US,
   "Driftline Beanbag Co.", "driftlinebeanbag", role=("Stockroom Associate", "Sales Lead"), tz=("usp", "cae"), x=("Sequim", "Napanee"))
mr("f-au", "Re: {role}", "Hi {n},\n\nTa for applying for {role} at our {x} store. The store crew drew up a shortlist without your name on it, sorry.\n\nCheers,\nSaltbush People Team" + FOOT_AU,
   "Saltbush Bedroll Co.", "saltbushbedroll", role=("Retail Assistant", "Warehouse Picker"), tz=("auq", "nz"), x=("Gatton", "Kaitangata"))
mr("f-za", "{role} application", "Dear {n},\n\nWe appreciate you applying to be our {role}. Regrettably the store team did not shortlist you.\n\nKalahari Teacosy Co. HR" + FOOT_ZA,
   "Kalahari Teacosy Co.", "kalaharicosy", role=("Store Assistant", "Packing Supervisor"), tz=("za", "ng"), x=("POPIA", "the NDPA"))

# ---- 9 hedged refusals
mr("d-sleepclinic", "Your interview for {role}",
   "Dear {n},\n\nThank you for meeting us. Two of the people we saw have spent longer running {x}, and on balance the service prefers to lean on that experience for now.\n\nWith thanks,\n{sig}\n{co}",
   ("Larkhill Audiovestibular Service", "Fernbrook Giddiness Clinic"), ("larkhillbalance", "fernbrookbalance"), role=("Audiovestibular Physiologist", "Clinic Nurse"), tz=("uk", "ca"), x=("giddiness rehab groups", "falls-prevention classes"))
mr("d-podiatry", "{role}: after your interview",
   "Hi {n},\n\nThanks for coming over to the clinic. Some applicants came with deeper backgrounds in {x}, which matches the practice's plans a little better.\n\nKind regards,\n{sig}\n{co}",
   ("Brindabella Hand Therapy", "Wairau Hand Clinic"), ("brindabellahand", "wairauhand"), role=("Hand Therapist", "Splinting Technician"), tz=("au", "nz"), x=("custom thermoplastic splinting", "tendon repair rehab"))
mr("d-speech", "Following up on {role}",
   "Hello {n},\n\nIt was good to talk. Others we met had more years of {x}, which is the direction the team wants to grow in, so we have decided to go that way.\n\nBest wishes,\n{sig}\n{co}",
   ("Ellesmere Voice Centre", "Midrand Voice Practice"), ("ellesmerevoice", "midrandvoice"), role=("Speech Therapist", "Voice Clinic Coordinator"), tz=("ie", "za"), x=("swallowing assessments on the wards", "voice work with teachers"))
mr("d-eyecare", "Thank you, {n}",
   "Dear {n},\n\nWe enjoyed meeting you. One of the other optometrists had led {x} for several years, which fits the practice's plans rather more closely at the moment.\n\nWarm regards,\n{sig}\n{co}",
   ("Sundaram Eye Care", "Lavington Vision Clinic"), ("sundarameye", "lavingtonvision"), role=("Optometrist", "Low Vision Optometrist"), tz=("in", "ke"), x=("myopia control clinics", "low vision outreach"))
mr("d-renal", "{role} – interview feedback",
   "Hi {n},\n\nThanks again for coming in. Candidates with a little more home haemodialysis training behind them suited the unit's direction slightly better, and we have gone with that.\n\nRegards,\n{sig}\n{co}",
   "Novena Kidney Care", "novenakidney", role="Renal Nurse", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c-food", "Following our call – {role}",
   "Hi {n},\n\nAs promised after Tuesday's call: the client went with {x} for {role}. Disappointing, I know.\n\nMeanwhile I'm looking for {y}, and you'd suit it. Want the details?\n\n{sig}\nPerrymount Food Recruitment",
   "Perrymount Food Recruitment", "perrymountfood", role=("Production Manager", "Plant Manager"), tz=("uk", "use"), x=("their own night shift manager", "a manager they hired away from a rival dairy"), y=("a shift lead at a teacake bakery near Ravenstonedale", "a plant manager for a kielbasa curing plant near Titusville"))
mr("c-site", "Quick update – {role}",
   "Hi {n},\n\nWord from the client: {x} has got the {role} job. Bad luck, mate.\n\nSeparately, I'm recruiting a {y}, and your CV would suit. Free for a chat Friday?\n\n{sig}\nCoolabah Talent",
   "Coolabah Talent", "coolabahtalent", role=("Site Manager", "Factory Manager"), tz=("au", "nz"), x=("their QA lead, promoted internally", "their continuous improvement lead"), y=("site manager at a nut-cracking plant near Wollongbar", "factory manager at a citrus packing shed in Waipapa"))
mr("c-ops", "After our call – {role}",
   "Hello {n},\n\nThanks for the call. The client has settled on {x} for {role}, so that one has closed.\n\nI do have another opening, a {y}, and I would like to put you forward. Please let me know.\n\n{sig}\nAcacia Search",
   "Acacia Search", "acaciasearch", role=("Operations Manager", "Maintenance Manager"), tz=("ke", "ng"), x=("an internal candidate from Litein", "someone already running their line"), y=("plant manager post at a tea factory in Litein", "maintenance lead at a gari mill in Ijebu-Ode"))
mr("c-za", "{role} update", "Hi {n},\n\nThe client's decision is in: whoever led their pilot line is now their {role}. Sorry it wasn't you.\n\nIn the same breath, a bakery in Riebeek Kasteel needs a production supervisor and I would love to send your CV. Interested?\n\n{sig}\nProtea Placements",
   "Protea Placements", "proteaplacements", role="Shift Manager", tz="za")

# ---- 8 public-sector notices
mr("g-inelig", "Notice of application review – {role}",
   "Dear {n},\n\nApplication for: {role}, Recruitment No. {ref}\n\nThe posting requires {x}. Your application did not provide it, so you have been rated ineligible and will not continue in this process.\n\nHuman Resources\n{co}",
   ("Chouteau County", "Town of Carbonear"), ("chouteaucounty", "carbonear"), role=("Equipment Operator", "Utility Operator"), tz=("usm", "cat"), x=("a current Class A CDL", "a Level I water distribution certificate"))
mr("g-refer", "{role} – referral notice",
   "Dear {n},\n\nThe names of the {x} highest-scoring eligible candidates for {role} have been sent to the hiring official. Your name was not on that list. You will remain on the eligible list for twelve months.\n\nPersonnel Office\n{co}",
   ("City of La Junta", "Rural Municipality of Kindersley"), ("lajunta", "rmkindersley"), role=("Clerk Typist", "Grader Operator"), tz=("usm", "cask"), x=("eight", "four"))
mr("g-cancel", "{role}: vacancy cancelled",
   "Dear {n},\n\nThe vacancy for {role} (ref. {ref}) was cancelled after {x}. No one is being hired for it, and the file of applicants, yours with them, has been shut.\n\nPeople and Culture\n{co}",
   ("Murrumbidgee Shire Council", "Clutha District Council"), ("murrumbidgee", "cluthadc"), role=("Library Officer", "Building Consents Officer"), tz=("au", "nz"), x=("a rethink of library opening hours", "the consents team being reorganised"))
mr("g-cutoff", "Result of written test – {role}",
   "Dear {n},\n\nThe cut-off for {role} was fixed at {x}. Your score was {y}, which is below the cut-off, and your candidature ends here ahead of the interview stage.\n\nSecretary\n{co}",
   ("Tiruvarur District Recruitment Committee", "Benue State Civil Service Commission"), ("tiruvarurdrc", "benuecsc"), role=("Record Clerk", "Office Assistant"), tz=("in", "ng"), x=("61 out of 100", "44 out of 80"), y=("53", "37"))

# ---- 6 bare ATS status updates
mr("a-status", "Application status changed", "Hi {n},\n\nAn update about {role} at {co}\n\nCurrent status: Not being considered further\n\nTalentloom",
   ("Grisedale Barographs", "Driftline Beanbag Co."), ("talentloom",), role=("Packing Assistant", "Returns Clerk"), tz=("uk", "usc"), frm="Talentloom <status@{dom}>")
mr("a-table", "{co} application update", "<html><body><p>{n},</p><table><tr><th>Step</th><th>Status</th></tr><tr><td>Submitted</td><td>Complete</td></tr><tr><td>Review</td><td>Not progressing</td></tr></table><p>{role} · {co}</p></body></html>",
   ("Saltbush Bedroll Co.", "Vantongeren Stereoscopes"), ("saltbushbedroll", "vantongerenstereo"), role=("Retail Assistant", "Optics Trainee"), tz=("au", "use"))
mr("a-steps", "Your application: {role}", "{n}, here is your application at {co}:\n\nApplied ✓\nReviewed ✓\nOutcome: Closed – not selected\n\nHireharbour",
   ("Heronsgate Placemats", "Pennigarth Serinettes"), ("hireharbour",), role=("Counter Assistant", "Stores Hand"), tz=("uk", "ie"), frm="Hireharbour <noreply@{dom}>")

# ---- 6 internship / graduate decisions
mr("i-studentship", "Summer studentship – decision",
   "Dear {n},\n\n{x} people applied for this summer's three {role} studentships. Other students hold all three of those spots now.\n\nWith thanks, and best wishes for your studies.\n\n{sig}\n{co}",
   ("Ashcombe Pipistrelle Group", "Lough Arrow Wetland Trust"), ("ashcombepipistrelle", "loughwetland"), role=("pipistrelle count", "curlew nest-watch"), tz=("uk", "ie"), x=("131", "86"))
mr("i-placement", "Your placement application",
   "Hi {n},\n\nEvery {role} placement for this term has now gone to other students. Thanks for applying, and keep an eye out for next term's call.\n\n{sig}\n{co}",
   ("Zostera Regrowth Collective", "Mudflat Field Station"), ("zosteracollective", "mudflatstation"), role=("zostera seeding", "mudflat monitoring"), tz=("usp", "ca"))
mr("i-graduate", "{co} Graduate Programme – outcome",
   "Dear {n},\n\nOther graduates have taken all {x} places on our {role}, so no offer will come to you this year. Thanks all the same.\n\nGraduate Recruitment\n{co}",
   ("Mvoti Water Board", "Kenya Minor Dams Authority"), ("mvotiwater", "kenyadams"), role=("Engineering Graduate Programme", "Graduate Trainee Scheme"), tz=("za", "ke"), x=("nine", "seven"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AR = "application_received"
mo(AR, "c-workday", "Requisition {ref}: application received",
   "Dear {n},\n\nWe have your application for {role} at {co}. One thing to know: if a colleague from our {x} team asks to move across before the closing date, the requisition is filled internally and every outside applicant is emailed to say so.\n\nTalent Acquisition",
   ("Grisedale Barographs", "Borris Hygrometer Company"), ("grisedalebarographs", "borrishygrometers"), role=("Stores Assistant", "Glass Tube Blower"), tz=("uk", "ie"), x=("despatch", "assembly"))
mo(AR, "c-greenhouse", "Thanks for applying – {co}",
   "Hi {n},\n\nYour application for {role} has arrived. Should we pick another applicant, someone from the team writes to you personally; nobody gets left hanging here.\n\n{sig}\nRecruiting, {co}",
   ("Vantongeren Stereoscopes", "Brightwater Praxinoscope Studio"), ("vantongerenstereo", "brightwaterpraxino"), role=("Stereo Card Assembler", "Paint Finisher"), tz=("use", "cae"))
mo(AR, "c-icims", "We received your application – {role}",
   "Dear {n},\n\nReference {ref}. Please upload your {x} by {dl}. Profiles still missing it on that day switch to Not Selected automatically, without review.\n\nRecruitment Operations\n{co}",
   ("Hollinshead Sackbuts", "Kettlewick Crumhorn Makers"), ("hollinshead", "kettlewick"), role=("Polishing Hand", "Wood Turner"), tz=("ca", "za"), x=("trade certificate", "shift availability form"))
mo(AR, "c-taleo", "Application submitted: job {ref}",
   "Dear {n},\n\nThank you, your application for {role} is in. Should the requisition later be put on hold or cancelled, each candidate attached to it receives a status email.\n\n{co} Careers",
   ("Quarrendon Pantographs", "Marlbeck Planimeter Works"), ("quarrendon", "marlbeck"), role=("Assembly Trainee", "Inspection Clerk"), tz=("uk", "au"))
mo(AR, "c-teamtailor", "We get your application",
   "Dear {n},\n\nThank you, your papers for {role} arrive well. Maybe the owner give the place to {x} who help us already before; if this happen we tell you also by email.\n\n{sig}\n{co}",
   ("Casa Mbini Palmiste", "Berbera Luban House"), ("mbinipalmiste", "berberaluban"), role=("Kernel Grader", "Packer"), tz=("gq", "so"), x=("one cousin", "a neighbour"))
mo(AR, "c-pinpoint", "Application {ref} received",
   "Dear {n},\n\nThanks for applying for {role}. Every application is marked against four points; your mark will be sent to you alongside the cut-off for interview, above or below.\n\nPeople Team\n{co}",
   ("Blackstaple Ophicleides", "Wendover Euphonium Co."), ("blackstaple", "wendovereuphonium"), role=("Valve Fitter", "Dispatch Hand"), tz=("uk", "cap"))
mo(AR, "c-tidewatch", "Re: [EXT] {role} – thanks",
   "Hi {n},\n\nThanks for your form. In fairness I should mention that one of our volunteers, {x}, is also thinking about applying, and the trustees tend to favour a known face. However it goes, I'll write once interviews are done.\n\n{sig}\n{co}",
   ("Hallerby Tidemill Museum", "Ramsholt Strand Trust"), ("hallerbytide", "ramsholtstrand"), role=("Visitor Host", "Archive Assistant"), tz=("uk", "uk"), x=("Morwenna", "Edric"))
mo(AR, "c-radio", "Re: {role} – got it",
   "Hey {n},\n\nGot your demo for {role}. Whoever the board picks, everybody who sent something in hears from me by email once it's settled.\n\nCheers,\n{sig}\n{co}",
   ("Riverbend Community Radio", "Harbourside FM"), ("riverbendradio", "harboursidefm"), role=("Weekend Producer", "News Presenter"), tz=("ca", "au"))
mo(AR, "c-footuk", "We've received your application", "Dear {n},\n\nYour form for the {x} shop ({role}) has landed. Only applicants chosen for interview get a phone call from a shop manager.\n\nHeronsgate Placemats Recruitment" + FOOT_UK,
   "Heronsgate Placemats", "heronsgateplacemats", role=("Christmas Temp", "Shop Assistant"), tz=("uk", "ie"), x=("Much Wenlock", "Kilfenora"))
mo(AR, "c-footus", "Application received – {role}", "Hi {n},\n\nYour {role} application for {x} is in. Anyone not chosen for interview won't get another message from us on it.\n\nDriftline Talent" + FOOT_US,
   "Driftline Beanbag Co.", "driftlinebeanbag", role=("Sales Associate", "Stock Lead"), tz=("usp", "cae"), x=("Bellingham", "Belleville"))
mo(AR, "c-inelig", "Application received – {role}",
   "Dear {n},\n\nYour {role} application (Recruitment No. {ref}) is logged. Anyone without {x} on file by the closing date is rated ineligible.\n\nHuman Resources\n{co}",
   ("Chouteau County", "Town of Carbonear"), ("chouteaucounty", "carbonear"), role=("Road Maintenance Worker", "Water Plant Operator"), tz=("usm", "cat"), x=("a copy of a Class A CDL", "proof of water certification"))
mo(AR, "c-refer", "Application acknowledged – {role}",
   "Dear {n},\n\nYour application for {role} has been received. After scoring, every applicant is posted a results notice, whether their name goes to the hiring official or not.\n\nPersonnel Office\n{co}",
   ("City of La Junta", "Rural Municipality of Kindersley"), ("lajunta", "rmkindersley"), role=("Parks Labourer", "Office Clerk"), tz=("usm", "cask"))
mo(AR, "c-cancel", "Application acknowledgement – {role}",
   "Dear {n},\n\nRef. {ref}, {role}: your form has been logged. Should the Council keep the post vacant, each applicant gets a letter telling them.\n\nPeople and Culture\n{co}",
   ("Murrumbidgee Shire Council", "Clutha District Council"), ("murrumbidgee", "cluthadc"), role=("Customer Service Officer", "Parks Officer"), tz=("au", "nz"))
mo(AR, "c-cutoff", "Acknowledgement of application – {role}",
   "Dear {n},\n\nYour application for {role} is registered under No. {ref}. Interview call letters are sent solely to candidates who clear the written-test cut-off mark.\n\nSecretary\n{co}",
   ("Tiruvarur District Recruitment Committee", "Benue State Civil Service Commission"), ("tiruvarurdrc", "benuecsc"), role=("Typist", "Driver"), tz=("in", "ng"))
mo(AR, "c-studentship", "Studentship application received",
   "Dear {n},\n\nYour {role} studentship application is in. Anyone who misses out hears by email before April ends.\n\n{sig}\n{co}",
   ("Ashcombe Pipistrelle Group", "Lough Arrow Wetland Trust"), ("ashcombepipistrelle", "loughwetland"), role=("pipistrelle count", "curlew nest-watch"), tz=("uk", "ie"))
mo(AR, "c-speech", "Thanks for applying – {role}",
   "Hello {n},\n\nYour application for {role} arrived safely. By {dl} I'll have written to you either way.\n\nBest wishes,\n{sig}\n{co}",
   ("Ellesmere Voice Centre", "Midrand Voice Practice"), ("ellesmerevoice", "midrandvoice"), role=("Speech Therapist", "Clinic Administrator"), tz=("ie", "za"))
mo(AR, "c-recruiter", "Got your CV – {role}",
   "Hi {n},\n\nThanks, I have your CV for the {role} role and have passed it to the client. Should they pick somebody else, my call comes that afternoon, promise.\n\n{sig}\nCoolabah Talent",
   "Coolabah Talent", "coolabahtalent", role=("Site Manager", "Operations Lead"), tz=("au", "nz"))
mo(AR, "c-status", "Application received", "Hi {n},\n\nYour application for {role} at {co} has been received.\n\nStatus: Received\n\nTalentloom",
   ("Quarrendon Pantographs", "Starfold Planispheres"), ("talentloom",), role=("Print Finisher", "Packer"), tz=("uk", "au"), frm="Talentloom <status@{dom}>")
mo(AR, "c-graduate", "{co} Graduate Programme – application received",
   "Dear {n},\n\nYour {role} application has been logged. Next comes an online aptitude test; scores under the pass mark end the process there.\n\nGraduate Recruitment\n{co}",
   ("Mvoti Water Board", "Kenya Minor Dams Authority"), ("mvotiwater", "kenyadams"), role=("Engineering Graduate Programme", "Graduate Trainee Scheme"), tz=("za", "ke"))
mo(AR, "c-bamboo", "Thanks for your application",
   "Hello {n},\n\nYour application for {role} is in. A small heads-up: if an existing colleague requests those hours before interviews are set, they get first refusal.\n\n{sig}\n{co}",
   ("Threlkeld Clepsydras", "Aldmoor Armillary Spheres"), ("threlkeld", "aldmoorarmillary"), role=("Brass Polisher", "Workshop Helper"), tz=("ie", "ke"))
# once
mo(AR, "c-sleep", "Application received – {role}", "Dear {n},\n\nYour {role} application has reached us. If another clinician's background fits better, we'll spell that out to you.\n\n{sig}\nLarkhill Audiovestibular Service", "Larkhill Audiovestibular Service", "larkhillbalance", role="Audiovestibular Physiologist", tz="uk")
mo(AR, "c-lever", "We have your application", "Hello {n},\n\nThanks for applying to Pennigarth. Whatever we decide, you'll have an answer within roughly two weeks.\n\n{sig}\nPennigarth Serinettes", "Pennigarth Serinettes", "pennigarth", tz="uk")
mo(AR, "c-smartrec", "Application {ref} received", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Watch this row: it flips to Offered, or to Closed should another applicant be picked.</p></body></html>", "Corriemuir Tellurions", "corriemuir", role="Brass Gear Cutter", tz="nz")
mo(AR, "c-personio", "We receive your application", "Hello {n},\n\nThanks for apply at Yau Ma Tei Neonworks. Even answer is no, you get our email before this month finish, we don't keep quiet.\n\n{sig}", "Yau Ma Tei Neonworks", "ymtneonworks", tz="hk")
mo(AR, "c-ashby", "Application received", "Hi {n},\n\nThank you for applying at Capiztone. Whether good news or not, everyone who applied will get our reply by email.\n\n{sig}\nCapiztone Windowcraft", "Capiztone Windowcraft", "capiztone", tz="ph")
mo(AR, "c-smallin", "Regarding your visit", "Dear {n},\n\nThank you for giving your details at the shop. If no call comes from us within ten days, kindly understand that the helper post is taken.\n\nRegards,\n{sig}\nShri Ganesh Gur Godown", "Shri Ganesh", "ganeshgur", tz="in")
mo(AR, "c-smalluk", "the Saturday job", "Hi {n},\n\nThanks for the CV. Trev who used to do Saturdays might want his old hours back, and if so he gets first go, so bear with me a week or so.\n\n{sig}\nBrambling Conserves Stall", "Brambling", "bramblingstall", tz="uk")
mo(AR, "c-garden", "Re: [EXT] {role} – application", "Hi {n},\n\nThanks for sending this in. Whichever way the panel goes, you'll stay on our list of volunteer guides for the spring open days.\n\n{sig}\nKingsclere Physic Garden", "Kingsclere Physic Garden", "kingsclerephysic", role="Glasshouse Supervisor", tz="uk")
mo(AR, "c-footau", "Application received", "Hi {n},\n\nThanks for applying for {role}. You'll get the store's answer by email, good or bad, inside three weeks.\n\nSaltbush People Team" + FOOT_AU, "Saltbush Bedroll Co.", "saltbushbedroll", role="Retail Assistant", tz="auq")
mo(AR, "c-footza", "Application received", "Dear {n},\n\nYour {role} application is with us. Our HR desk phones shortlisted applicants; nobody else hears back.\n\nKalahari Teacosy Co. HR" + FOOT_ZA, "Kalahari Teacosy Co.", "kalaharicosy", role="Store Assistant", tz="za", x="POPIA")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "n-vetclinic", "Re: [EXT] RE: {role} interview",
   "Hi {n},\n\nCan you come in about the {role} job on {dl}, half ten suits us? Unfortunately fresh tarmac means our car park is shut that week; Quinlan Street behind us has spaces.\n\n{sig}\n\n{ORIG}",
   ("Tarwin Vale Vets", "Moutere Animal Hospital"), ("tarwinvets", "moutereanimal"), role=("Vet Nurse", "Practice Receptionist"), tz=("au", "nz"))
mo("interview", "n-bikecoop", "Re: [EXT] RE: {role} – next chat",
   "Hi {n},\n\nThe collective wants a second chat with you plus a short test build on {dl}. Unfortunately the workshop heater has quit on us, so dress warm.\n\n{sig}\n\n{RULE}",
   ("Spokeshed Co-operative", "Freewheel Commons"), ("spokeshed", "freewheelcommons"), role=("Workshop Mechanic", "Youth Programme Lead"), tz=("ie", "cap"))
mo("interview", "n-ashby", "Interview: {role}",
   "Hi {n},\n\nFree on {dl} for a video chat about {role}? Unfortunately the connection in our Ivisan office is patchy by afternoon, so morning please.\n\n{sig}\n{co}",
   ("Capiztone Windowcraft", "Tiong Bahru Apom Co."), ("capiztone", "tbapom"), role=("Shell Window Cutter", "Counter Supervisor"), tz=("ph", "sg"))
mo("interview", "n-sleepclinic", "Interview invitation – {role}",
   "Dear {n},\n\nPlease come for interview for {role} on {dl} at 14:00 in room 3. Unfortunately the lift has an engineer in it all week, so the clinic is reached by the stairs on the left.\n\n{sig}\n{co}",
   ("Larkhill Audiovestibular Service", "Fernbrook Giddiness Clinic"), ("larkhillbalance", "fernbrookbalance"), role=("Audiovestibular Physiologist", "Clinic Nurse"), tz=("uk", "ca"))
mo("interview", "n-planetarium", "Re: [EXT] Re: {role} – demo show",
   "{n},\n\nCould you run a ten-minute demo show for us on {dl}? Unfortunately the projector in the small dome is being repaired, so we'll use the main one.\n\n{sig}\n\n{GM}",
   ("Cobblestone Planetarium", "Redwater Sky Theatre"), ("cobblestonedome", "redwatersky"), role=("Show Presenter", "Dome Technician"), tz=("use", "cac"))
mo("interview", "n-jazzhr", "Audition – {role}", "Hi {n},\n\nCould you play a short set for us on {dl}, around noon? Unfortunately the hall piano is badly off pitch; just bring your own instrument.\n\n{sig}\nFiddlehollow Bookings", "Fiddlehollow Bookings", "fiddlehollow", role="nyckelharpa player", tz="usm")
mo("interview", "n-archstudio", "Re: [EXT] Re: {role} – portfolio review", "Dear {n},\n\nCan you bring your portfolio in on {dl}? Unfortunately the meeting room's mid-repaint, so bring your folder to the model workshop instead.\n\n{sig}\n\n{OUT}", "Brenzett Hollis Architects", "brenzetthollis", role="Part II Assistant", tz="uk")
mo("next_steps", "n-inelig", "Next step – {role}",
   "Dear {n},\n\nYour application for {role} has passed the first review. Please bring certified copies of your documents to the office by {dl}. Unfortunately phone snaps of papers won't be accepted by the clerk.\n\nHuman Resources\n{co}",
   ("Chouteau County", "Town of Carbonear"), ("chouteaucounty", "carbonear"), role=("Equipment Operator", "Utility Operator"), tz=("usm", "cat"))
mo("next_steps", "n-refs", "Reference form – {role}",
   "Hi {n},\n\nGreat news: the client wants references for {role}. Please complete the online form by {dl}. Unfortunately the form times you out after twelve minutes of nothing, so gather the referee contacts first.\n\n{sig}\n{co}",
   ("Perrymount Food Recruitment", "Acacia Search"), ("perrymountfood", "acaciasearch"), role=("Production Manager", "Operations Manager"), tz=("uk", "ke"))
mo("next_steps", "n-practical", "Practical task – {role}",
   "Dear {n},\n\nNext up for {role} is a short practical task, due {dl}. Unfortunately the portal refuses tablets outright, so a laptop it is.\n\nPeople Team\n{co}",
   ("Blackstaple Ophicleides", "Wendover Euphonium Co."), ("blackstaple", "wendovereuphonium"), role=("Valve Fitter", "Finish Sprayer"), tz=("uk", "cap"))
mo("next_steps", "n-verify", "Document verification – {role}",
   "Dear {n},\n\nPlease attend for checking of your original documents for {role} on {dl}. Unfortunately the gate shuts at 10:45 sharp and latecomers will not be admitted.\n\nSecretary\n{co}",
   ("Tiruvarur District Recruitment Committee", "Benue State Civil Service Commission"), ("tiruvarurdrc", "benuecsc"), role=("Record Clerk", "Office Assistant"), tz=("in", "ng"))
mo("next_steps", "n-medical", "Pre-employment medical – {role}",
   "Dear {n},\n\nWell done on making the last stage of the {role}. Your pre-engagement health check must be booked before {dl}; unfortunately the clinic sends away anyone who just turns up.\n\nGraduate Recruitment\n{co}",
   ("Mvoti Water Board", "Kenya Minor Dams Authority"), ("mvotiwater", "kenyadams"), role=("Engineering Graduate Programme", "Graduate Trainee Scheme"), tz=("za", "ke"))
mo("next_steps", "n-htmlstep", "Your application: next step", "<html><body><p>{n},</p><table><tr><td>Submitted</td><td>✓</td></tr><tr><td>Next</td><td>Skills check, due {dl}</td></tr></table><p>{role} · Hireharbour</p></body></html>", "Hireharbour", "hireharbour", role="Counter Assistant", tz="uk", frm="Hireharbour <noreply@{dom}>")
mo("next_steps", "n-speech", "Case study – {role}", "Hello {n},\n\nAhead of the interview, please email a brief case write-up by {dl}. Unfortunately Pages files defeat our computers; PDF is safest.\n\n{sig}\nEllesmere Voice Centre", "Ellesmere Voice Centre", "ellesmerevoice", role="Speech Therapist", tz="ie")
mo("next_steps", "n-school", "Re: [EXT] RE: {role} – references", "Dear {n},\n\nThe panel is ready to contact your referees for {role}. Please send two names and emails by {dl}. Unfortunately the office closes on Fridays.\n\n{sig}\n\n{RULE}", "Kilbrannan Primary", "kilbrannanps", role="Bursar", tz="ie")
mo("offer", "o-bamboo", "Offer: {role}",
   "Hello {n},\n\nSay yes and the {role} hours start {dl}. Unfortunately our kettle has given up, so a thermos is wise.\n\n{sig}\n{co}",
   ("Threlkeld Clepsydras", "Aldmoor Armillary Spheres"), ("threlkeld", "aldmoorarmillary"), role=("Metal Finisher", "Part-Time Polisher"), tz=("ie", "ke"))
mo("offer", "o-radio", "Re: [EXT] Re: {role} – offer",
   "Hey {n},\n\nThe board wants you in the {role} slot. Unfortunately travel isn't budgeted for, though the bus drops you right outside. Can you start {dl}?\n\n{sig}\n\n{GM}",
   ("Riverbend Community Radio", "Harbourside FM"), ("riverbendradio", "harboursidefm"), role=("Breakfast Producer", "Station Coordinator"), tz=("ca", "au"))
mo("offer", "o-footza", "Job offer – {role}", "Dear {n},\n\nGood news: the {role} post is yours, starting {dl}. Unfortunately the staff room will be shut for a refit in your first week.\n\nKalahari Teacosy Co. HR" + FOOT_ZA,
   "Kalahari Teacosy Co.", "kalaharicosy", role=("Store Assistant", "Packing Supervisor"), tz=("za", "ng"), x=("POPIA", "the NDPA"))
mo("offer", "o-recruiter", "Offer – {role}", "Hi {n},\n\nGreat news: the client chose you for {role}. Unfortunately relocation money tops out at $3,800, but the salary is better than discussed. Start date {dl}.\n\n{sig}\nCoolabah Talent", "Coolabah Talent", "coolabahtalent", role="Site Manager", tz="au")
mo("offer", "o-placement", "Placement offer", "Hi {n},\n\nA zostera seeding placement is yours this term, starting {dl}. Unfortunately the field cabin is full, so lodgings in town are on you.\n\n{sig}\nZostera Regrowth Collective", "Zostera Regrowth Collective", "zosteracollective", tz="usp")
mo("interview", "n-garden", "RE: [EXT] RE: {role} – interview", "Hi {n},\n\nAre you free to interview for {role} on {dl}? Unfortunately the glasshouse is at 30 degrees this month, so dress lightly.\n\n{sig}\n\n{ORIG}", "Pinnaroo Arboretum", "pinnarooarboretum", role="Seed Bank Assistant", tz="sa")
mo("offer", "o-tidewatch", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nThe trustees are offering you the {role} post from {dl}. Unfortunately staff parking shuts over the summer.\n\n{sig}\n\n{OUT}", "Ramsholt Strand Trust", "ramsholtstrand", role="Visitor Host", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-review", "Application status", "Hi {n},\n\nYour application for {role} at {co}.\n\nCurrent status: With the hiring team, undecided\n\nTalentloom",
   ("Marlbeck Planimeter Works", "Kettlewick Crumhorn Makers"), ("talentloom",), role=("Stores Assistant", "Wood Turner"), tz=("au", "za"), frm="Talentloom <status@{dom}>")
mo("other_job", "x-withdrawn", "{co} · application update", "<html><body><p>{n},</p><table><tr><td>Sent</td><td>Yes</td></tr><tr><td>State</td><td>Withdrawn (you asked us to)</td></tr></table><p>{role} · {co}</p></body></html>",
   ("Starfold Planispheres", "Lindqvist Cittern Workshop"), ("starfold", "lindqvistcittern"), role=("Print Finisher", "Workshop Junior"), tz=("au", "sg"))
mo("other_job", "x-delay", "{role} – scoring delayed", "Dear {n},\n\nScoring of applications for {role} has slowed down while several staff are on leave. No names have yet gone to the hiring official.\n\nPersonnel Office\nCity of La Junta", "City of La Junta", "lajunta", role="Clerk Typist", tz="usm")
mo("job_alert", "x-alert-uk", "New roles near you", "Hi {n},\n\nThree new jobs match your alert:\n· Shop Assistant, Much Wenlock\n· Counter Assistant, Upton-upon-Severn\n· Weekend Supervisor, Nailsworth\n\nHeronsgate Placemats Careers" + FOOT_UK, "Heronsgate Placemats", "heronsgateplacemats", tz="uk")
mo("job_alert", "x-alert-us", "Jobs for you this week", "Hi {n},\n\nNew openings that match you:\n- Sales Associate, Sequim\n- Stockroom Associate, Bellingham\n\nDriftline Talent" + FOOT_US, "Driftline Beanbag Co.", "driftlinebeanbag", tz="usp")
mo("job_alert", "x-alert-au", "Fresh roles", "Hi {n},\n\nHere's what's new:\n• Retail Assistant, Gatton\n• Warehouse Picker, Laidley\n\nSaltbush People Team" + FOOT_AU, "Saltbush Bedroll Co.", "saltbushbedroll", tz="auq")
mo("recruiter_outreach", "x-outreach", "A role you might like",
   "Hi {n},\n\nSpotted your CV on a jobs board;  a {role} I'm filling at {x} looks like a match. Could I ring you for ten minutes before Friday?\n\n{sig}\n{co}",
   ("Perrymount Food Recruitment", "Acacia Search"), ("perrymountfood", "acaciasearch"), role=("shift lead job", "plant manager post"), tz=("uk", "ke"), x=("a teacake bakery near Ravenstonedale", "a tea factory in Litein"))
mo("non_job_rejection_words", "x-loan", "Your loan application", "Dear {n},\n\nYour request to borrow £4,700 for a new boiler went to the lending committee this week. It has declined the loan.\n\nMember Services\nFellside Credit Union", "Fellside Credit Union", "fellsidecu", tz="uk")
mo("non_job_rejection_words", "x-flat", "The flat on Wrenfield Terrace", "Hi {n},\n\nCheers for coming to see the one-bed on Wrenfield Terrace. The landlord chose someone else for it, sorry.\n\n{sig}\nMcQuillan Tenancies", "McQuillan Tenancies", "mcquillanlet", tz="ie")
mo("non_job_rejection_words", "x-ballot", "Ballot result", "Hi {n},\n\nYour name went into the Headland Run ballot, but it wasn't one of those picked this year.\n\nRace Office", "Headland Run", "headlandrun", tz="au")
mo("non_job_rejection_words", "x-grant", "Your grant application", "Dear {n},\n\nYour bid to the Neighbourhood Fund for a community tool shed was considered last week. The panel chose not to fund it in this round.\n\nGrants Team\nWhitmore Foundation", "Whitmore Foundation", "whitmorefdn", tz="uk")
mo("non_job_rejection_words", "x-plot", "Allotment waiting list", "Hi {n},\n\nYour plot request reached us. Every plot at Cressley has been let for this season, so the society has to turn you down.\n\n{sig}\nCressley Allotment Society", "Cressley Allotment Society", "cressleyallot", tz="nz")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("exonumist", "Reply to your comment on Streetlife", "Hi {n}, thanks for offering to sort my jeton trays. I've asked a chap from the coin club down the road to do the exonumist's cataloguing instead, so I'm all sorted now. Cheers, {sf}", "Ledgerwick Exonumia", "ledgerwickexonumia", frm=via("Streetlife"), tz="uk")
wo(AR, "exonumist", "Reply on Streetlife", "Hi {n}, got your offer to help with the jeton trays. Taken on or not, everyone who replied will have my answer on this thread by the weekend. {sf}", "Ledgerwick Exonumia", "ledgerwickexonumia", frm=via("Streetlife"), tz="uk")
wr("cagophilist", "Askfm answer", "Hey {n}! Asked and answered: the cagophilist's key-ring labeller spot went to my sister-in-law last night. Thanks heaps for asking though. – {sf}", "Ferrousfold Keys", "ferrousfold", frm=via("Askfm"), tz="nz")
wo("interview", "cagophilist", "Askfm answer", "Hey {n}! Yes, I'd love to meet about labelling the key collection, how about {dl} at 4? Unfortunately my garage light is dead so it'll be the kitchen table. – {sf}", "Ferrousfold Keys", "ferrousfold", frm=via("Askfm"), tz="nz")
wr("brandophilist", "Message on Peerlist", "Hi {n},\n\nThank you for reaching out about archiving my band-collection binders. I have decided to hand the brandophilist's archive work to a retired librarian I have known for years.\n\nBest,\n{sf}", "Bandwell Archive", "bandwellarchive", frm=via("Peerlist"), tz="use")
wo("next_steps", "brandophilist", "Message on Peerlist", "Hi {n},\n\nGlad you'd like to help with the binder archiving. Before we meet, could you scan and send five sample binder pages by {dl}?\n\nBest,\n{sf}", "Bandwell Archive", "bandwellarchive", frm=via("Peerlist"), tz="use")
wr("featherdresser", "Reply on Primal", "Hi {n}, thanks for answering my note about the featherdresser's helper. I've given the bench to a costume-maker's apprentice who lives two doors down, so it's filled. All the best, {sf}", "Plumecraft Studio", "plumecraft", frm=via("Primal"), tz="ca")
wo("offer", "featherdresser", "Reply on Primal", "Hi {n}, the featherdresser's helper bench can be yours, three mornings a week from {dl}. Unfortunately the studio has no parking at all. {sf}", "Plumecraft Studio", "plumecraft", frm=via("Primal"), tz="ca")
wr("arrowsmith", "Tribel post reply", "G'day {n}, appreciate you putting your hand up for the arrowsmith's fletching bench. I've gone with a bloke from the bowmen's club down the road who's done it for ages. Cheers, {sf}", "Broadhead Arrows", "broadheadarrows", frm=via("Tribel"), tz="auq")
wo(AR, "arrowsmith", "Tribel post reply", "G'day {n}, got your message about the fletching bench. Whether I pick you or not, every person who replied gets an answer from me on this post by Sunday. {sf}", "Broadhead Arrows", "broadheadarrows", frm=via("Tribel"), tz="auq")
wr("hopgrower", "Twist thread", "Hi {n}, thanks for your reply in the thread about the hopgrower's stringing crew. The final place is taken by a neighbour's son who strung with us last year. Good luck with the search. {sf}", "Bines & Kilns Farm", "binesfarm", frm=via("Twist"), tz="uk")
wo("interview", "hopgrower", "Twist thread", "Hi {n}, could you come out to the hop garden on {dl} for a trial morning of stringing? Unfortunately the track is muddy, so wear boots. {sf}", "Bines & Kilns Farm", "binesfarm", frm=via("Twist"), tz="uk")
wr("musseler", "Ameba message", "Hi {n}, cheers for the message about the musseler's line-hand job. My cousin from Havelock has taken it for this season; the crew's full. Kind regards, {sf}", "Pelorus Rope Mussels", "pelorusropes", frm=via("Ameba"), tz="nz")
wo("next_steps", "musseler", "Ameba message", "Hi {n}, cheers for that. Before you join the boat I'll need your sea survival ticket, scanned, by {dl}. {sf}", "Pelorus Rope Mussels", "pelorusropes", frm=via("Ameba"), tz="nz")
wr("seaweeder", "Pixiv comment", "Hi {n}, thanks for your comment under my shore sketches. The seaweeder's drying-rack helper I mentioned has been found, a student from the marine college. Cheers, {sf}", "Wrackline Harvest", "wrackline", frm=via("Pixiv"), tz="ie")
wo(AR, "seaweeder", "Pixiv comment", "Hi {n}, thank you for the comment. Whether you're picked or passed over, I'll answer each commenter right here by Friday. {sf}", "Wrackline Harvest", "wrackline", frm=via("Pixiv"), tz="ie")
wr("pattenmaker", "AfreecaTV chat", "Hi {n}, thanks for asking on the stream about the pattenmaker's workshop. I ended up taking on a woodworker who walked in yesterday with his own tools. Take care, {sf}", "Iron Ring Pattens", "ironringpattens", frm=via("AfreecaTV"), tz="sg")
wo("offer", "pattenmaker", "AfreecaTV chat", "Hi {n}, you asked on stream about the workshop. Good news, the spot is yours from {dl}. Unfortunately the aircon only works in the front room. {sf}", "Iron Ring Pattens", "ironringpattens", frm=via("AfreecaTV"), tz="sg")
wr("silviculturist", "Huya message", "Hi {n},\n\nGood of you to ask after the silviculturist's nursery assistant job. We have taken on a forestry graduate from Mussoorie who started on Monday.\n\nRegards,\n{sf}", "Deodar Nursery", "deodarnursery", frm=via("Huya"), tz="in")
wo("next_steps", "silviculturist", "Huya message", "Hi {n},\n\nGlad you'd like the nursery role. Please send your degree certificate and a reference by {dl}.\n\nRegards,\n{sf}", "Deodar Nursery", "deodarnursery", frm=via("Huya"), tz="in")
wr("floriculturist", "Douyu chat reply", "Hi {n}, thank you for your question on the floriculturist's greenhouse job. Our farm chose a lady from Kipipiri who knows roses well, so the job is closed now. {sf}", "Nyandarua Blooms", "nyandaruablooms", frm=via("Douyu"), tz="ke")
wo("interview", "floriculturist", "Douyu chat reply", "Hi {n}, thank you. Please come to the farm on {dl} at 9 for a short interview. Unfortunately the road is rough after rain, so come early. {sf}", "Nyandarua Blooms", "nyandaruablooms", frm=via("Douyu"), tz="ke")
wr("apiculturist", "Toutiao comment", "Hello {n}, thanks for your comment. The apiculturist's hive-inspection assistant role is now with a young farmer from Obollo who already keeps hives. Thank you, {sf}", "Nsukka Hills Honey", "nsukkahoney", frm=via("Toutiao"), tz="ng")
wo(AR, "apiculturist", "Toutiao comment", "Hello {n}, thanks for the comment. We will choose by month end; selected or not, all who commented will get our reply here. {sf}", "Nsukka Hills Honey", "nsukkahoney", frm=via("Toutiao"), tz="ng")
wr("aquaculturist", "Kaixin message", "Hi {n}, thank you for write me about the aquaculturist's tank assistant. We already chose one student from the fisheries school, so this job is finish. {sf}", "Malabo Tilapia Ponds", "malabotilapia", frm=via("Kaixin"), tz="gq")
wo("interview", "aquaculturist", "Kaixin message", "Hi {n}, thank you. Can you come see the ponds on {dl} in the morning? Unfortunately the electricity goes off after noon. {sf}", "Malabo Tilapia Ponds", "malabotilapia", frm=via("Kaixin"), tz="gq")
wr("mariculturist", "LiveInternet comment", "Hi {n}, thank you for comment on my diary. For the mariculturist's sea-cage helper we take already one young man from Berbera port, he start last week. {sf}", "Sahil Sea Cages", "sahilcages", frm=via("LiveInternet"), tz="so")
wo("next_steps", "mariculturist", "LiveInternet comment", "Hi {n}, thank you. Please send copy of your swimming certificate and ID before {dl}, then we talk. {sf}", "Sahil Sea Cages", "sahilcages", frm=via("LiveInternet"), tz="so")
wr("orthopterist", "Habr comment", "Hi {n},\n\nThanks for your comment offering to help with the orthopterist's katydid-song recordings. A lab colleague has agreed to take it on, so I'm covered.\n\nBest,\n{sf}", "Stridulation Lab", "stridulationlab", frm=via("Habr"), tz="cam")
wo("offer", "orthopterist", "Habr comment", "Hi {n},\n\nWould you help with the katydid-song recordings? Paid hourly, from {dl}. Unfortunately we record at night, so expect late finishes.\n\n{sf}", "Stridulation Lab", "stridulationlab", frm=via("Habr"), tz="cam")
wr("nidologist", "Pikabu reply", "Hi {n}, thanks a lot for answering my post on the nidologist's nest-measuring help. I've picked a birder from the local club, so the spot's gone. {sf}", "Nestmark Survey", "nestmark", frm=via("Pikabu"), tz="za")
wo(AR, "nidologist", "Pikabu reply", "Hi {n}, thanks for replying. Picked or not, every person who answered gets a message from me under the post by Monday. {sf}", "Nestmark Survey", "nestmark", frm=via("Pikabu"), tz="za")
wr("hymenopterist", "Dzen comment", "Hi {n}, thanks for your comment. The hymenopterist's pinning assistant job has gone to an undergrad who's pinned wasps for me before. All best, {sf}", "Aculeate Collections", "aculeate", frm=via("Dzen"), tz="cap")
wo("interview", "hymenopterist", "Dzen comment", "Hi {n}, thanks! Can you come by the collection room on {dl} for a pinning try-out? Unfortunately the room is freezing, so bring layers. {sf}", "Aculeate Collections", "aculeate", frm=via("Dzen"), tz="cap")
wr("ostreiculturist", "Wykop comment", "Hi {n}, thanks for commenting. For the ostreiculturist's grading-table job I went with a fisherman's daughter from the bay who's graded oysters since school. {sf}", "Tidewrack Bivalves", "tidewrackoysters", frm=via("Wykop"), tz="ca")
wo(AR, "ostreiculturist", "Wykop comment", "Hi {n}, thanks for commenting. Decision comes after the weekend; whichever way it goes, every commenter hears from me here. {sf}", "Tidewrack Bivalves", "tidewrackoysters", frm=via("Wykop"), tz="ca")
wr("candlemaker", "Wizz message", "Hi {n}, thanks for your message on the candlemaker's sheet-rolling assistant job. We chose a teenager from our church who helped at Christmas. Sorry and thank you. {sf}", "Kapiti Beeswax Candles", "kapitibeeswax", frm=via("Wizz"), tz="nz")
wo("offer", "candlemaker", "Wizz message", "Hi {n}, thank you. We'd like you as the sheet-rolling assistant from {dl}. Unfortunately there's no heat in the workshop till ten. {sf}", "Kapiti Beeswax Candles", "kapitibeeswax", frm=via("Wizz"), tz="nz")
wr("broommaker", "Itch comment", "Hi {n}, thanks for the comment on my devlog. The broommaker's corn-binding helper I mentioned is filled; an old friend of my dad's took it. Cheers, {sf}", "Whiskbroom Mill", "whiskbroom", frm=via("Itch"), tz="usc")
wo("interview", "broommaker", "Itch comment", "Hi {n}, thanks! Would you come by the mill on {dl} to try some binding? Unfortunately the lane is narrow, so park by the church. {sf}", "Whiskbroom Mill", "whiskbroom", frm=via("Itch"), tz="usc")
wr("brushmaker", "Liberapay message", "Hi {n}, thank you for supporting the project and asking about the brushmaker's drilling bench. The bench went to a local maker who can start now. All the best, {sf}", "Bristlecone Brushes", "bristleconebrushes", frm=via("Liberapay"), tz="au")
wo("next_steps", "brushmaker", "Liberapay message", "Hi {n}, thanks for asking about the drilling bench. Could you send two photos of past woodwork by {dl}? {sf}", "Bristlecone Brushes", "bristleconebrushes", frm=via("Liberapay"), tz="au")
wr("inkmaker", "Memrise message", "Hi {n}, thank you for reaching out about the inkmaker's grinding helper. I have chosen a brush-writing student from Kowloon who already grind ink for me. Thank you, {sf}", "Sumi Stone Inks", "sumistone", frm=via("Memrise"), tz="hk")
wo(AR, "inkmaker", "Memrise message", "Hi {n}, thank you for your message. Chosen or not, I will answer each person here in one week. {sf}", "Sumi Stone Inks", "sumistone", frm=via("Memrise"), tz="hk")
wr("truffler", "Vivino note reply", "Hi {n}, thanks for replying to my note about the truffler's dog-handling helper. A neighbour in Manjimup has taken it on. Cheers, {sf}", "Karri Truffle Grounds", "karritruffle", frm=via("Vivino"), tz="wa")
wo("offer", "truffler", "Vivino note reply", "Hi {n}, happy to offer you the dog-handling helper role from {dl}, weather allowing. Unfortunately the hunts start at 6 am. {sf}", "Karri Truffle Grounds", "karritruffle", frm=via("Vivino"), tz="wa")
wr("sealcutter", "Rutube message", "Hi {n}, thanks for messaging about the shell-work helper. My cousin in Madolenihmw come to help me, so we have enough hands now. {sf}", "Nan Madol Shellwork", "nanmadolshell", frm=via("Rutube"), tz="fm")
wo(AR, "sealcutter", "Rutube message", "Hi {n}, thanks for message. Maybe my cousin come to help; if he don't come, I write you here next week. {sf}", "Nan Madol Shellwork", "nanmadolshell", frm=via("Rutube"), tz="fm")
wr("charcoaler", "Funkwhale reply", "Hi {n}, thanks for replying about the charcoaler's mound helper. A fellow from Lipa who worked the mounds before took it yesterday. Salamat, {sf}", "Uling Mounds", "ulingmounds", frm=via("Funkwhale"), tz="ph")
wo("interview", "charcoaler", "Funkwhale reply", "Hi {n}, could you come by the charcoal mounds on {dl} to meet? Unfortunately the area is smoky, wear old clothes. {sf}", "Uling Mounds", "ulingmounds", frm=via("Funkwhale"), tz="ph")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Curious trades this week", "Hi {n},\n\nNew in your Curiosa Crafts alert:\n· Exonumist's tray sorter\n· Seaweeder's drying-rack helper\n· Hymenopterist's pinning assistant\n\nCuriosa Crafts Roundsheet", "Curiosa Crafts Roundsheet", "curiosacrafts", tz="uk", frm="Curiosa Crafts Roundsheet <alerts@{dom}>")
wo("non_job_rejection_words", "boatslip", "Marina berth request", "Hi {n},\n\nYour request for a winter berth came in. Every berth is already spoken for this season, so none can go to you.\n\nHarbour Office", "Glenmorran Pontoons", "glenmorranpontoons", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك للعمل في الورشة", "الأخ الكريم {n}،\n\nنشكرك على اهتمامك بالعمل معنا في ورشة خياطة براقع الصقور. بعد المقابلات وقع اختيارنا على حِرَفي آخر له خبرة أطول في تليين الجلد وتطريزه، ونسأل الله لك التوفيق فيما هو قادم.\n\nمع التحية،\n{sig}", "Burqa Al Saqr", "burqaalsaqr", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لمقابلة", "الأخ الكريم {n}،\n\nيسعدنا أن ندعوك لمقابلة في الورشة يوم {dl} الساعة العاشرة صباحًا. للأسف موقف السيارات مغلق للصيانة، فالرجاء الوقوف في الشارع الخلفي.\n\nمع التحية،\n{sig}", "Burqa Al Saqr", "burqaalsaqr", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Aushilfe", "Hallo {n},\n\nschön, dass Sie in unserer Lebkuchenbäckerei aushelfen wollten. Wir nehmen diesmal eine Nachbarin, die schon zwei Adventszeiten mit uns am Ofen stand. Machen Sie's gut und viel Erfolg!\n\nHerzliche Grüße\n{sig}", "Lebküchnerei Pfefferhaus", "pfefferhaus", tz="de", lang="de")
wo("next_steps", "de", "Ihre Bewerbung – nächster Schritt", "Hallo {n},\n\nschön, dass Sie bei uns anfangen möchten. Bitte schicken Sie uns bis zum {dl} Ihre Belehrung nach dem Infektionsschutzgesetz; ohne sie dürfen wir Sie nicht in die Backstube lassen.\n\nHerzliche Grüße\n{sig}", "Lebküchnerei Pfefferhaus", "pfefferhaus", tz="de", lang="de")
wr("es", "Tu candidatura en el taller", "Hola, {n}:\n\nMuchas gracias por escribirnos para lo de ayudante en el taller de guitarras. Nos hemos decidido por un chaval que ya barnizaba para otro taller del Realejo. Que te vaya muy bien.\n\nUn abrazo,\n{sig}", "Guitarrería Albaicín", "guitarreriaalbaicin", tz="es", lang="es")
wo(AR, "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu solicitud nos ha llegado bien. Salga como salga, a final de mes te mandamos un correo con la respuesta.\n\nUn abrazo,\n{sig}", "Guitarrería Albaicín", "guitarreriaalbaicin", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier", "Bonjour {n},\n\nNous avons bien lu votre lettre pour le poste d'aide à l'atelier de vitrail. Nous prenons quelqu'un qui sort d'un CAP de verrier et maîtrise déjà le sertissage au plomb. Bonne route à vous.\n\nCordialement,\n{sig}", "Vitraux de la Beauce", "vitrauxbeauce", tz="fr", lang="fr")
wo("interview", "fr", "Rencontre à l'atelier", "Bonjour {n},\n\nSeriez-vous libre le {dl} vers 10 h pour un entretien sur place ? Malheureusement, la pièce n'est pas chauffée en ce moment : prévoyez un bon pull.\n\nCordialement,\n{sig}", "Vitraux de la Beauce", "vitrauxbeauce", tz="fr", lang="fr")
wr("hi", "सुपरवाइज़र पद के बारे में", "नमस्ते {n} जी,\n\nअगरबत्ती फ़ैक्टरी में सुपरवाइज़र की जगह की बाबत आपने लिखा, बहुत मेहरबानी। यह जगह हमने उन साहब को दी है जो पाँच बरस से मसाला बेलने वाली लाइन चला रहे हैं। राम राम।\n\n{sig}", "Sugandh Agarbatti Udyog", "sugandhudyog", tz="in", lang="hi")
wo("next_steps", "hi", "दस्तावेज़ भेजें", "नमस्ते {n} जी,\n\nसुपरवाइज़र पद के लिए आपका नाम आगे बढ़ाया गया है। कृपया {dl} तक अपना पहचान पत्र और पिछले मालिक का अनुभव पत्र भेज दीजिए।\n\n{sig}", "Sugandh Agarbatti Udyog", "sugandhudyog", tz="in", lang="hi")
wr("it", "La sua candidatura in fornace", "Gentile {n},\n\ngrazie della lettera: per l'aiuto in fornace però abbiamo preferito un giovane che soffia il vetro fin da quando aveva sedici anni. Tanti auguri per tutto.\n\nCordiali saluti,\n{sig}", "Vetreria Sacca Serenella", "vetreriaserenella", tz="it", lang="it")
wo("offer", "it", "Proposta di lavoro in fornace", "Gentile {n},\n\nabbiamo il piacere di proporle di lavorare con noi in fornace dal {dl}. Purtroppo la mattina presto il battello passa solo ogni venti minuti, quindi conviene partire con anticipo.\n\nCordiali saluti,\n{sig}", "Vetreria Sacca Serenella", "vetreriaserenella", tz="it", lang="it")
wr("ja", "提灯工房 見習い募集の件", "{n}様\n\nこの度は当工房の見習い募集にご応募いただき、誠にありがとうございました。竹ひご作りの経験がある方にお願いすることになりましたので、ご連絡いたします。{n}様のご健勝をお祈りしております。\n\n{sig}", "Kasuga Chochin Kobo", "kasugachochin", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n}様\n\n見習い募集の件で、{dl}の午前十時に工房までお越しいただけますでしょうか。あいにく工房には駐車場がございませんので、電車かバスでお越しください。\n\n{sig}", "Kasuga Chochin Kobo", "kasugachochin", tz="jp", lang="ja")
wr("ko", "옹기 공방 보조 지원 건", "{n}님 안녕하세요.\n\n저희 옹기 공방 보조 모집에 관심 가져 주셔서 감사드립니다. 이번 자리는 가마 불 때는 일을 오래 해 온 분께 맡기기로 했습니다. 앞으로 좋은 일만 가득하시길 바랍니다.\n\n{sig} 드림", "Hangari Onggi", "hangarionggi", tz="kr", lang="ko")
wo(AR, "ko", "지원서 접수 안내", "{n}님 안녕하세요.\n\n지원서 잘 받았습니다. 함께하게 되든 안 되든, 이달 말까지 지원하신 모든 분께 결과를 따로 알려 드리겠습니다.\n\n{sig} 드림", "Hangari Onggi", "hangarionggi", tz="kr", lang="ko")
wr("pt", "A sua candidatura", "Olá {n},\n\nObrigado pelo interesse no lugar de operador na nossa fábrica de cortiça. Acabámos por escolher um rapaz de Coruche que já trabalhou na tiragem. Boa sorte para o que vier.\n\nCumprimentos,\n{sig}", "Corticeira do Sorraia", "corticeirasorraia", tz="pt", lang="pt")
wo("next_steps", "pt", "Documentos para a admissão", "Olá {n},\n\nPara avançarmos com a admissão, envie-nos até {dl} o certificado de registo criminal e a fotocópia do CC.\n\nCumprimentos,\n{sig}", "Corticeira do Sorraia", "corticeirasorraia", tz="pt", lang="pt")
wr("ru", "Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nПолучили ваше письмо насчёт места помощника в самоварной мастерской, спасибо. Взяли мы всё же мастера, который уже десять лет паяет латунь. Всего вам доброго!\n\nС уважением,\n{sig}", "Samovarnaya Masterskaya Zarechye", "zarechyesamovar", tz="ru", lang="ru")
wo("offer", "ru", "Предложение о работе", "Здравствуйте, {n}!\n\nБудем рады видеть вас помощником мастера начиная с {dl}. Жаль, но своей столовой в мастерской пока нет — берите обед из дома.\n\nС уважением,\n{sig}", "Samovarnaya Masterskaya Zarechye", "zarechyesamovar", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nTumepokea ombi lako la kuwa msaidizi katika karakana yetu ya kusuka mikeka, asante sana. Nafasi hiyo tumempa fundi kutoka Mbegani mwenye uzoefu wa miaka mingi. Mungu akujalie mema.\n\nWako,\n{sig}", "Mikeka ya Mbegani", "mikekambegani", tz="tz", lang="sw")
wo("interview", "sw", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakukaribisha kwa mahojiano karakanani tarehe {dl} saa tatu asubuhi. Kwa bahati mbaya barabara ni mbovu baada ya mvua, basi fika mapema.\n\nWako,\n{sig}", "Mikeka ya Mbegani", "mikekambegani", tz="tz", lang="sw")
wr("th", "ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่สมัครงานผู้ช่วยช่างเคลือบที่โรงงานเซลาดอนของเรานะคะ ทางเราได้เลือกผู้สมัครที่เคยเผาเตาฟืนมาก่อนแล้วค่ะ ขอให้คุณโชคดีกับงานต่อไปค่ะ\n\n{sig}", "Baan Celadon San Kamphaeng", "baanceladon", tz="th", lang="th")
wo(AR, "th", "ได้รับใบสมัครแล้ว", "เรียน คุณ{n}\n\nเราได้รับใบสมัครของคุณเรียบร้อยแล้วค่ะ ไม่ว่าผลจะออกมาอย่างไร เราจะแจ้งผู้สมัครทุกคนภายในสิ้นเดือนนี้ค่ะ\n\n{sig}", "Baan Celadon San Kamphaeng", "baanceladon", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nLokum imalathanemizdeki yardımcı usta ilanına başvurduğunuz için teşekkür ederiz. Sonunda kazan başında yıllarca çalışmış biriyle devam etmeye karar verdik. Size bol şans dileriz.\n\nSaygılarımızla,\n{sig}", "Safranbolu Lokumcusu", "safranlokum", tz="tr", lang="tr")
wo("next_steps", "tr", "Evrak talebi", "Merhaba {n},\n\nHijyen eğitim belgenizi ve kimliğinizin bir kopyasını {dl} tarihine kadar bize iletebilir misiniz? Belgeler gelmeden işe başlatamıyoruz.\n\nSaygılarımızla,\n{sig}", "Safranbolu Lokumcusu", "safranlokum", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں", "محترم {n} صاحب،\n\nآپ نے ہماری فٹبال سلائی ورکشاپ کے لیے درخواست بھیجی، بہت مہربانی۔ ہم نے یہ کام سیالکوٹ کے ایک پرانے ہنرمند کو سونپ دیا ہے جو برسوں سے ہاتھ سے گیندیں سیتا ہے۔ خدا حافظ۔\n\n{sig}", "Sialkot Hand Stitch Works", "sialkotstitch", tz="pk", lang="ur")
wo("offer", "ur", "نوکری کی پیشکش", "محترم {n} صاحب،\n\nہمیں خوشی ہے کہ ہم آپ کو {dl} سے سلائی کی نوکری کی پیشکش کر رہے ہیں۔ افسوس کہ ورکشاپ کا پنکھا ابھی تک خراب ہے، اس لیے پانی ساتھ لائیے گا۔\n\n{sig}", "Sialkot Hand Stitch Works", "sialkotstitch", tz="pk", lang="ur")
wr("zh", "关于学徒岗位的回复", "{n}您好：\n\n感谢您应聘我们紫砂壶作坊的学徒岗位。经过面试，我们最终选了一位已经有三年拉坯经验的师傅。祝您早日找到合适的工作！\n\n{sig}", "Dingshu Zisha Zuofang", "dingshuzisha", tz="cn", lang="zh")
wo("interview", "zh", "面试通知", "{n}您好：\n\n请于{dl}上午十点到作坊面试。不巧的是附近停车场正在维修，建议乘公交前来。\n\n{sig}", "Dingshu Zisha Zuofang", "dingshuzisha", tz="cn", lang="zh")
# new to the slices
wr("pli", "Lekhakakammassa yācanā", "Sotthi hotu, {n}!\n\nTumhākaṃ yācanapaṇṇaṃ amhehi sakkaccaṃ paṭiggahitaṃ. Tālapaṇṇapotthakānaṃ likhanakamme pana añño lekhako, yo pubbe pi idha kammaṃ akāsi, niyojito. Tasmā imasmiṃ kāle tumhākaṃ okāso natthi. Sukhī hotha.\n\n{sig}", "Tripitaka Lekhanasala Mahanuwara", "lekhanasala", tz="lk", lang="pli")
wo("next_steps", "pli", "Nidassanapaṇṇāni pesetha", "Sotthi hotu, {n}!\n\nTumhākaṃ yācanapaṇṇaṃ laddhaṃ. {dl} divasato pubbe tālapaṇṇe likhitāni dve nidassanapaṇṇāni amhākaṃ pesetha. Bhavatu sabbamaṅgalaṃ.\n\n{sig}", "Tripitaka Lekhanasala Mahanuwara", "lekhanasala", tz="lk", lang="pli")
wr("cps", "Parte sa imo aplikasyon", "Maayong aga, {n}!\n\nSalamat kang imo aplikasyon para sa trabaho sa amon talabahan sa Ivisan. Ginpili namon ang isa ka pamatan-on nga taga-Culasi nga may eksperyensya run sa pagpanguha kang talaba. Wara run kami bakante subong. Ginapangamuyo namon ang imo maayo nga palad.\n\n{sig}", "Talabahan sang Panay", "talabahanpanay", tz="ph", lang="cps")
wo(AR, "cps", "Nabaton namon ang imo aplikasyon", "Maayong aga, {n}!\n\nNabaton run namon ang imo aplikasyon. Mapili ka man ukon indi, sabton namon ang tanan nga nag-aplay antes matapos ang bulan.\n\n{sig}", "Talabahan sang Panay", "talabahanpanay", tz="ph", lang="cps")
wr("gay", "Lamaran kerje i kebun kopi", "Assalamualaikum {n},\n\nTerime kasih ku kam si nge ngirim lamaran kerje i kebun kopi kami i Takengon. Kami nge milih sara ralik jema ari Bebesen si nge mubeloh i kebun ni. Enti susah ate, mudah-mudahan ara rezeki si len.\n\n{sig}", "Kebun Kopi Pantan Terong", "pantanterong", tz="idw", lang="gay")
wo("interview", "gay", "Undangan ku kebun", "Assalamualaikum {n},\n\nKami mengundang kam ku kebun ku {dl} jam sepuluh pagi. Sayang, dalan ku kebun berlumpur kona ujen, pake sepatu but.\n\n{sig}", "Kebun Kopi Pantan Terong", "pantanterong", tz="idw", lang="gay")
wr("tkp", "Tou tusi ki te fale vaka", "Fakatoa {n},\n\nFakafetai mo tou tusi ki te kau fai vaka i Ravenga. Kua filifili matou ki se tama o te fenua, ne fai vaka ki a ia mai mua. Ko te ngaruenga kua pe. Fakafetai lasi.\n\n{sig}", "Fale Vaka Ravenga", "falevakaravenga", tz="sb", lang="tkp")
wo("offer", "tkp", "Te ngaruenga i te fale vaka", "Fakatoa {n},\n\nKua filifili matou ki a koe mo te ngaruenga i te fale vaka, ka kamata i te {dl}. Fakamolemole, e seai se uira i te fale, kae e lelei te ao.\n\n{sig}", "Fale Vaka Ravenga", "falevakaravenga", tz="sb", lang="tkp")
wr("rng", "Papilo ra wena ra ntirho", "Lixile {n},\n\nKhanimambo hi papilo ra wena ra ntirho eka fabrika ya hina ya makaju le Marracuene. Hi hlawulile wansati loyi a tshama a tirha na hina eka nguva leyi hundzeke. Hi ku navelela nkateko.\n\n{sig}", "Fabrika ya Makaju Marracuene", "makajumarracuene", tz="mz", lang="rng")
wo("next_steps", "rng", "Hi kombela mapapilo", "Lixile {n},\n\nKhanimambo hi papilo ra wena. Hi kombela u rhumela bilhete ya wena ni papilo ra dokodela ku nga si fika {dl}.\n\n{sig}", "Fabrika ya Makaju Marracuene", "makajumarracuene", tz="mz", lang="rng")
wr("gdq", "شغل حيريت دِ حليب", "{n} ذِ حبيب،\n\nشُكرَن لِ طلبك لشغل دِ حليب الإبل في قِشن. هِ نِحِه خَلَفن طَط مِن غيضه، هِيْ ذِ شغَل لُوكَم. بَرَكَت عليك.\n\n{sig}", "Haleeb Qishn", "haleebqishn", tz="ye", lang="gdq")
wr("caa", "E ak'inob' tama e taller", "B'utz'in q'in, {n}:\n\nB'utz'ir tama a carta. E patna'r tama e taller ke'n e tz'ijb'ir ch'ich' ajk'ab'a'r umen inte' ajcha'ir ub'a' ni tama Jocotán, ixin war upatna'r ira'. Ma'chi ayan e tamar tu't. Dios b'oxin.\n\n{sig}", "Taller Ch'ich' Jocotán", "tallerjocotan", tz="gt", lang="caa")
wo(AR, "caa", "Ak'b'ir a carta", "B'utz'in q'in, {n}:\n\nAk'b'ir a carta. Ajk'ab'a'r o ma'chi, ixin k'ani kak'e e ak'inob' tama tuno'r e ajpatna'r tama e septiembre. Dios b'oxin.\n\n{sig}", "Taller Ch'ich' Jocotán", "tallerjocotan", tz="gt", lang="caa")
wr("aji", "Pa mèyè nâ a kârâ", "Bozu {n},\n\nOlé nâ nâ rhè pa mèyè rè gö ba kârâ rè pwârâ bwa Houaïlou. Yè yè nâ ba xi nâ ki mwâ xa gé kê dè, xa nâ nyè na kârâ. Xwâ nâ ba ru mèyè.\n\n{sig}", "Kârâ Pwârâ Houaïlou", "karapwara", tz="nc", lang="aji")
wr("yka", "Pasal aplikasyun nu", "Assalamu alaikum {n},\n\nMagsukul kami ma sulat nu pasal kaddja ma tindahan tennun kami ma Lamitan. Kami ngapili na saddi a'a, sukayan mabaya' nennun lama. Sinug aku, maka ma'af kami.\n\n{sig}", "Tennun Yakan Lamitan", "tennunlamitan", tz="ph", lang="yka")
wo("interview", "yka", "Pangundang pasal kaddja", "Assalamu alaikum {n},\n\nKami ngundang ka'a pi tindahan kami ma {dl} ma lahing sangpu. Sinug aku, halam kuryente ma hapun.\n\n{sig}", "Tennun Yakan Lamitan", "tennunlamitan", tz="ph", lang="yka")
wr("bnc", "Maipanggep ed aplikasyon mo", "Gawis ay agew, {n}!\n\nSalamat ta nangipatoy ka ay aplikasyon ad sumaa ed inayan ay payew ad Bontoc. Ingwa mi ay pinili nan sa-a ay lalaki ay taga-Samoki ay nangamung ed pay-ew. Adi mi pay kasapulan ay udom. Mangkakaoy ka.\n\n{sig}", "Payew ad Samoki", "payewsamoki", tz="ph", lang="bnc")
wo(AR, "bnc", "Inawat mi nan aplikasyon mo", "Gawis ay agew, {n}!\n\nInawat mi nan aplikasyon mo. Sipa ay mapili ka wenno adi, ibaga mi ay isa-isa ed am-in ay nangipatoy sakbay ay maipos nan bulan.\n\n{sig}", "Payew ad Samoki", "payewsamoki", tz="ph", lang="bnc")


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
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pli": "{d}/{m}/{y}", "tkp": "{d}/{m}/{y}",
    "rng": "{d}/{m}/{y}", "caa": "{d}/{m}/{y}",
    "cps": "{m}/{d}/{y}", "yka": "{m}/{d}/{y}", "bnc": "{m}/{d}/{y}", "gay": "{d}-{m}-{y}",
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
        rec["id"] = f"blind65:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 64; this slice and any later one are skipped by number."""
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
