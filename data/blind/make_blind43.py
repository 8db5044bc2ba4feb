# ruff: noqa: E501, S311
"""Write the forty-third sealed blind slice for issue 11 (blind-slice-43.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 43 and later never read; our side printed)
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

SEED = 430431
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-43.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 43
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Kwame Asante", "Niamh Cassidy", "Tariq Mahmood", "Chiamaka Obi", "Rhys Llewellyn",
    "Efua Mensah", "Priyanka Deshmukh", "Lungile Dube", "Hemi Walker", "Ciarán Doherty",
    "Obinna Nwosu", "Harriet Bolam", "Nadia Siddiqui", "Refilwe Molefe", "Eoghan Madden",
    "Ananya Rao", "Mereani Tuivaga", "Bethan Howells", "Tinashe Moyo", "Shreya Nambiar",
    "Ruairí Gallagher", "Sizwe Ndaba", "Marama Henare", "Fionnuala Devlin", "Adebayo Ogunleye",
    "Grace Liddell", "Mahnoor Abbasi", "Tumelo Kgosi", "Kavya Reddy", "Séamus Geoghegan",
    "Mpho Lekota", "Brooke Tallent", "Yusuf Kamara", "Kiri Tamihana", "Aisling Furey",
    "Ravi Chandrasekar", "Dumisani Shabalala", "Imogen Treharne", "Femi Adekunle", "Shanelle Baptiste",
    "Arjun Malhotra", "Nokuthula Sibiya", "Lachlan Pryor", "Amara Conteh", "Jaspreet Gill",
    "Ngaio Rewiti", "Caoimhe Hennessy", "Ikenna Obiora", "Tahlia Brophy", "Owain Griffiths",
]
REGION_SIGNERS = {
    "uk": ["Gillian Threlfall", "Rupert Askew", "Nasreen Akhtar", "Dafydd Pugh", "Morag Gunn", "Toby Fairclough",
           "Harpal Bains", "Lorna Kidd", "Ewan Guthrie", "Beverley Oakes", "Imran Shafiq", "Keira Lonsdale"],
    "ie": ["Fintan Keogh", "Deirbhile Costello", "Ronan Fahy", "Gráinne Lally", "Pearse Mooney"],
    "nl": ["Femke de Groot", "Joost Verhoeven"], "hr": ["Ivana Horvat", "Tomislav Babić"],
    "gr": ["Eleni Papadopoulou", "Giorgos Karalis"], "ro": ["Ioana Munteanu", "Radu Ionescu"],
    "us": ["Darlene Szymanski", "Travis Boudreaux", "Marisol Quintanilla", "Clint Vanderpool", "Tanya Okafor", "Earl Hutchins"],
    "ca": ["Geneviève Lapointe", "Gurpreet Dhaliwal", "Mitch Fogarty", "Chantal Arsenault", "Brody Redcrow"],
    "car": ["Kerry-Ann Rolle", "Desmond Thorne", "Nadira Persaud"],
    "au": ["Bronwyn Tickner", "Con Papadakis", "Kylie Ferraro", "Thanh Nguyen", "Shane Dwyer"],
    "nz": ["Aroha Parata", "Glenys Hawthorne", "Tevita Fonua", "Brett McCluskey", "Mere Rangi"],
    "pac": ["Wilson Maelasi", "Lily Kalsakau", "Joel Kaupa", "Teiki Kohumoetini", "Rosa Taitano"],
    "za": ["Thabo Ntuli", "Annelie Venter", "Busisiwe Cele", "Yusuf Adams", "Lindiwe Mabaso"],
    "waf": ["Kofi Boakye", "Dalyop Pam", "Ngwa Blaise", "Comfort Tokpa"],
    "eaf": ["Okello Denis", "Nakato Sarah", "Mme Lineo Mokhothu", "Tendai Ncube"],
    "in": ["Sowmya Krishnan", "Rakesh Patil", "Jyoti Rathore", "Venkatesh Naidu", "Bhupen Kalita"],
    "sas": ["Dilani Perera", "Faisal Rana", "Nusrat Jahan", "Tanvir Hossain"],
    "sea": ["Dewi Anggraini", "Bayu Santoso", "Maricel Dizon", "Jomar Villanueva"],
    "my": ["Nurul Aisyah", "Jeffrey Gumpil"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "az": "us", "gu": "pac",
    "cae": "ca", "cat": "ca", "cnl": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "bs": "car", "bb": "car", "jm": "car", "gy": "car",
    "auq": "au", "sa": "au", "nt": "au", "wa": "au", "eucla": "au", "ck": "nz",
    "mq": "pac", "pg": "pac", "sb": "pac", "vu": "pac", "fj": "pac",
    "zw": "eaf", "ls": "eaf", "ug": "eaf", "ke": "eaf",
    "gh": "waf", "lr": "waf", "cm": "waf", "ng": "waf",
    "pk": "sas", "lk": "sas", "bd": "sas", "id": "sea", "ph": "sea",
}
LANG_SIGNERS = {
    "ar": ["هالة العمري", "معاذ الزعبي"], "de": ["Birgit Schwenk", "Jörg Kilian"],
    "es": ["Rosa Guamán", "Patricio Sigcho"], "fr": ["Awa Traoré", "Moussa Diarra"],
    "hi": ["नसरीन फ़ारूक़ी", "दिनेश सैनी"], "it": ["Loredana Pacetti", "Ubaldo Sensi"],
    "ja": ["小林 早苗", "渡辺 健太郎"], "ko": ["최은정", "정동훈"], "pt": ["Conceição Araújo", "Rui Barbosa"],
    "ru": ["Ольга Сомова", "Геннадий Лапшин"], "sw": ["Zuhura Bakari", "Athumani Kipingu"],
    "th": ["มาลัย ศรีสุข", "บุญชัย เพชรรัตน์"], "tr": ["Nermin Aydemir", "Kadir Özkaya"],
    "ur": ["نسیم اختر", "طارق جاوید"], "zh": ["梁少芬", "何志强"],
    "rom": ["Mirela Stojka", "Dragan Demirovski"], "cak": ["Ixchel Sotz", "Juan Xinico"],
    "tkl": ["Mose Pelasio", "Kele Lui"], "mos": ["Pousga Ouédraogo", "Aminata Sawadogo"],
    "lzz": ["Nurcan Kibar", "Ömer Çavuşoğlu"], "pnt": ["Ευστάθιος Ιωαννίδης", "Παρθένα Σαββίδου"],
    "kum": ["Зарема Алиева", "Магомед Казиев"], "glk": ["مریم رضوانی", "حسن پورعلی"],
    "aii": ["ܫܡܝܪܡ ܝܘܚܢܢ", "ܐܫܘܪ ܕܢܚܐ"], "mni": ["ꯁꯅꯥꯇꯣꯝꯕꯤ ꯆꯥꯅꯨ", "ꯔꯣꯃꯦꯟ ꯁꯤꯡꯍ"],
}
LANG_RECIPIENTS = {
    "ar": ["رهف الخطيب", "يزن العبادي"], "de": ["Svenja Brück", "Till Hartung"],
    "es": ["Mayra Quizhpe", "Diego Morocho"], "fr": ["Fatoumata Coulibaly", "Ibrahim Keïta"],
    "hi": ["सुरभि गर्ग", "अमित चौहान"], "it": ["Marta Bucciarelli", "Francesco Ruggeri"],
    "ja": ["松田 彩花", "石井 拓海"], "ko": ["윤하늘", "강민석"], "pt": ["Filipa Carvalho", "João Meireles"],
    "ru": ["Дарья Кузьмина", "Степан Ерохин"], "sw": ["Mwajuma Selemani", "Juma Ngalawa"],
    "th": ["ทิพวรรณ ใจดี", "กิตติพงษ์ นาคสวัสดิ์"], "tr": ["Zeynep Karaca", "Emre Yalçın"],
    "ur": ["فائزہ نقوی", "حمزہ ملک"], "zh": ["黄嘉欣", "冯伟杰"],
    "rom": ["Zlata Horvat", "Ilija Rustemović"], "cak": ["Ixkik' Cumes", "Kawoq Tuyuc"],
    "tkl": ["Sefo Iosefa", "Tia Kirifi"], "mos": ["Rasmané Kaboré", "Salamata Zongo"],
    "lzz": ["Gülay Topaloğlu", "Mehmet Ali Kazmaz"], "pnt": ["Κυριάκος Αμανατίδης", "Ελπίδα Τσακαλίδου"],
    "kum": ["Айгюль Мамаева", "Рашид Атаев"], "glk": ["نرگس خوشرو", "علی سبزکار"],
    "aii": ["ܢܪܓܣ ܐܕܝ", "ܣܪܓܘܢ ܚܢܢܝܐ"], "mni": ["ꯕꯦꯝꯕꯦꯝ ꯗꯦꯕꯤ", "ꯇꯣꯝꯕ ꯃꯩꯇꯩ"],
}
GIVEN = {
    "Mme Lineo Mokhothu": "Lineo", "Femke de Groot": "Femke", "Mehmet Ali Kazmaz": "Mehmet Ali",
    "Ixkik' Cumes": "Ixkik'", "Kerry-Ann Rolle": "Kerry-Ann", "Séamus Geoghegan": "Séamus",
}
PROVIDERS = ["petrelmail", "kereruweb", "hornbillpost", "loonbox", "weaverbirdmail", "sunbirdpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April (Chatham too)
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "nl": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "az": ("-0700", None, ""), "bs": ("-0500", "-0400", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "cnl": ("-0330", "-0230", "us"),
    "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "bb": ("-0400", None, ""), "gy": ("-0400", None, ""), "jm": ("-0500", None, ""), "ec": ("-0500", None, ""),
    "gt": ("-0600", None, ""), "mq": ("-0930", None, ""),
    "gh": ("+0000", None, ""), "lr": ("+0000", None, ""), "ml": ("+0000", None, ""), "bf": ("+0000", None, ""),
    "cm": ("+0100", None, ""), "ng": ("+0100", None, ""),
    "zw": ("+0200", None, ""), "ls": ("+0200", None, ""), "za": ("+0200", None, ""),
    "ug": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "iq": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "id": ("+0700", None, ""), "th": ("+0700", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "cn": ("+0800", None, ""),
    "wa": ("+0800", None, ""), "eucla": ("+0845", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "pg": ("+1000", None, ""), "gu": ("+1000", None, ""), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "sb": ("+1100", None, ""), "vu": ("+1100", None, ""), "fj": ("+1200", None, ""),
    "nz": ("+1200", "+1300", "nz"), "ck": ("+1245", "+1345", "nz"), "tk": ("+1300", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "az", "bs", "cae", "cat", "cnl", "cac", "cam", "cap", "gu")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind43-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Requisition R{ref} – {role}",
   "Hello {n},\n\nRequisition R{ref} ({role}, {x}) now reads \"Filled\" in our recruiting system: the hiring manager has confirmed a start date for the person chosen. Every other candidate record on this requisition was closed at the same moment, yours among them.\n\nYour profile stays on the {co} careers site for any later posting that interests you.\n\nTalent Acquisition\n{co}",
   ("Teifi Graphene Inks", "Magaliesberg Carbide Tooling"), ("teifigraphene.example", "magaliescarbide.example"),
   frm="{co} Talent <wd-notifications@{dom}>", role=("Process Technician – Dispersion", "Sintering Furnace Operator"),
   tz=("uk", "za"), x=("Aberaeron site", "Waterval plant"))
mr("ats-gh", "Your application for {role} at {co}",
   "Hi {n},\n\nThree rounds of talking with you were a pleasure. We've asked {x}, who wrote the flight software for two university satellites, to join as {role}; she signed on Friday.\n\nThe gap between you was thin. Once the ground-station side grows next year, drop me a line.\n\n{sig}\n{co}",
   ("Pentland Orbital", "Longmont Telemetry Labs"), ("pentlandorbital.example", "longmonttelemetry.example"),
   role=("Onboard Software Engineer", "Flight Software Engineer"), tz=("uk", "usm"), x=("Renata", "Priya"))
mr("ats-lever", "{role} – {co}",
   "Hey {n} — the {role} job is taken. We gave it to {x}, who's been cranking the casing machine with us at the Saturday market since spring, and he goes full-time Monday.\n\nAppreciate you coming by the kitchen.\n{sig}, {co}\n\nsent via Lever",
   ("Dubuque Bratwurst Works", "Nanaimo Chorizo Co."), ("dbqbratwurst.example", "nanaimochorizo.example"),
   role=("Production Hand", "Sausage Room Lead"), tz=("usc", "cap"), x=("a guy named Dwayne", "a young fella named Koa"))
mr("ats-smart", "{co}: update on {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Application stage</td><td>Finished – vacancy filled by another candidate</td></tr></table><p>This is the last update you will get for this vacancy.</p><p>{co} Recruitment</p></body></html>",
   ("Matopos Refractories", "Ashanti Solder Supplies"), ("matoposrefractories.example", "ashantisolder.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Batch Operator", "Sales Representative – Solder Paste"), tz=("zw", "gh"))
mr("ats-icims", "{co} – {role} (Req {ref})",
   "Dear {n},\n\nFor the {role} opening, the interview slots went only to applicants with their own shift on a {x} line behind them. That group has been interviewed, the opening is closed to further review, and your candidate file has been set to inactive.\n\nYou can still update your profile and look at other jobs at {co}.\n\nHuman Resources, {co}",
   ("Erie Anodizing Works", "Assiniboine Galvanizing"), ("erieanodizing.example", "assiniboinegalv.example"),
   frm="{co} <careers@{dom}>", role=("Second Shift Line Lead", "Galvanizing Line Supervisor"), tz=("use", "cac"), x=("Type III hard-coat", "hot-dip galvanizing"))
mr("ats-taleo", "Req ID {ref} – {role}",
   "Dear {n},\n\nJob: {role} (Req ID {ref})\nCandidate status: Not Hired – Filled by Other Applicant\n\nThe above requisition has been completed. Your interest in {co} is appreciated. This mailbox is unattended.\n\n{co} Recruitment Cell",
   ("Panchganga Electroplaters Pvt. Ltd.", "Saurashtra Fasteners Ltd."), ("panchgangaplating.example", "saurashtrafasteners.example"),
   frm="{co} <taleo.noreply@{dom}>", role=("Plating Bath Analyst", "Cold Forging Operator"), tz=("in", "in"))
mr("ats-workable", "{role} at {co}",
   "Hi {n},\n\n{x} people put their names in for {role} this season, which was more than we'd planned for. Someone who has {y} has taken the spot, so it's filled now.\n\nCheers for putting your hand up,\n{sig}\n{co}",
   ("Comeragh Water Polo Camps", "Peel Wakeboard Park"), ("comeraghpolo.example", "peelwakeboard.example"),
   role=("Camp Leader", "Winch Operator"), tz=("ie", "au"), x=("Seventy-three", "Forty-six"),
   y=("coached at our camps for five summers", "run the tow line on weekends for three summers"))
mr("ats-bamboo", "Your application – {role}",
   "Dear {n},\n\nA quick note on the {role} post. {x} from our packing room has moved up into it from next week, and that brings your application with us to an end.\n\nThe effort in your cover letter showed.\n\n{sig}\nPeople Team, {co}\n(sent from BambooHR)",
   ("Lossie Shortbread Co.", "Boyne Butterscotch"), ("lossieshortbread.example", "boynebutterscotch.example"),
   role=("Bakehouse Supervisor", "Production Supervisor"), tz=("uk", "ie"), x=("Morven", "Orla"))
mr("ats-teamtailor", "{co}: {role}",
   "Dear {n},\n\nMany thanks for the pleasant talk about the function of {role}. After a good discussion in the team our choice fell on {x}, who worked already {y} years with this kind of machines. For this reason your procedure stops here.\n\nMuch success in your search further.\n\nGreetings,\n{sig}\n{co}",
   ("Twente Pakkingen B.V.", "Kvarner Zakovice d.o.o."), ("twentepakkingen.example", "kvarnerzakovice.example"),
   role=("Press Operator", "Tooling Technician"), tz=("nl", "hr"), x=("an other candidate", "a candidate from Rijeka"), y=("six", "eight"))
mr("ats-personio", "Your application as {role}",
   "Dear {n},\n\nwe have finished the selection for the position {role}. It was given to an applicant whose practice with {x} stands closer to our daily work.\n\nWe keep your file for 180 days and then erase it, unless you write to us before.\n\nKind regards\n{sig}\nHR | {co}",
   ("Thermaikos Tahini S.A.", "Someș Senzori SRL"), ("thermaikostahini.example", "somessenzori.example"),
   role=("QA Assistant", "Thermocouple Technician"), tz=("gr", "ro"), x=("stone-mill roasting lines", "type K sensor calibration"))
mr("ats-pinpoint", "{role}: shortlisting",
   "Dear {n},\n\nOur panel scored each {role} application on the five points listed in the candidate pack. Yours came to {x} out of 50, and we invited to interview everyone on {y} or above.\n\nMany thanks for applying to {co}.\n\n{sig}\nRecruitment, {co}",
   ("Lough Ree Wetlands Trust", "Waitaki Braided Rivers Trust"), ("loughreewetlands.example", "waitakirivers.example"),
   role=("Field Survey Officer", "Braided Riverbed Monitor"), tz=("ie", "nz"), x=("27", "31"), y=("34", "36"))
mr("ats-jazz", "{role} position",
   "{n},\n\nHere's where the {role} position ended up. We hired {x}. She starts on the 1st.\n\nThanks for driving over to meet us.\n\n{sig}\n{co}\n\nvia JazzHR",
   ("Front Range Escrow", "Winneshiek Consignment Sales"), ("frontrangeescrow.example", "winneshieksales.example"),
   role=("Escrow Assistant", "Sale Clerk"), tz=("usm", "usc"),
   x=("a woman who has handled title and escrow files down in Pueblo for nine years", "our longtime sale-barn clerk's daughter, who has clerked our spring consignment sales since high school"))
mr("ats-ashby", "{co} – {role} update",
   "Hi {n},\n\nOur panel met yesterday and the choice for {role} is the other finalist. She will be joining us on the {x}.\n\nWe enjoyed the take-home you did; your profile is flagged for our next hiring round.\n\nBest,\n{sig}\n{co} (via Ashby)",
   ("Cikapundung Supercap", "Laguna Stent Works"), ("cikapundungsupercap.example", "lagunastent.example"),
   role=("Electrochemist", "Process Engineer"), tz=("id", "ph"), x=("3rd of next month", "15th"))
mr("one-honiara", "Apprentice place",
   "Dear {n},\n\nThe apprentice place at the workshop has gone to Josiah, nephew to one of our stringers from Langa Langa. He started on Monday.\n\nThanks for visiting to see the work.\n\n{sig}\n{co}, Honiara",
   "Honiara Shell Money Workshop", "honiarashellmoney.example", tz="sb")
mr("one-portvila", "Pressing job",
   "Hello {n},\n\nThe pressing job is now Serah's. She came over from our Tanna branch last week and is already running the mill.\n\nTank yu tumas for your interest.\n\n{sig}\n{co}",
   "Port Vila Tamanu Press", "portvilatamanu.example", tz="vu")
mr("one-madang", "Sales role",
   "Dear {n},\n\nThe sales role with our group has been given to Agnes from the Karkar island group, who has been selling our bilums at the market for some years.\n\nThank you and God bless,\n{sig}\n{co}",
   "Madang Bilum Market Group", "madangbilum.example", tz="pg")
mr("one-nassau", "Counter job",
   "Hi {n},\n\nThe counter job at the stand went to my niece Tamika. She's been cracking conch with us since school, so it made sense.\n\nTake care,\n{sig}\n{co}, Potter's Cay",
   "Potter's Cay Conch Stand", "potterscayconch.example", tz="bs")
mr("one-galle", "Trainee position",
   "Dear {n},\n\nThe trainee position has been filled by Ms. Dilrukshi from our Hikkaduwa outlet, who reported for duty on Monday.\n\nWith thanks for attending,\n\n{sig}\nManager, {co}",
   "Galle Moonstone Jewellers", "gallemoonstone.example", tz="lk")
mr("one-lahore", "Helper post",
   "Assalam o alaikum {n},\n\nThe helper post in the paint shed is taken by Bilal, the son of our old colour-mixer. He has been with us every summer since he was small.\n\nThanks for coming to the yard.\n\n{sig}\n{co}",
   "Badami Bagh Truck Art", "badamitruckart.example", tz="pk")
mr("one-chittagong", "Shift supervisor post",
   "Dear {n},\n\nThe post of Shift Supervisor has been given to Mr. Rahman of our Kalurghat unit, who joins the dry-dock from the 1st.\n\nThank you for your interest.\n\n{sig}\nAdmin, {co}",
   "Karnaphuli Dry-Dock Services", "karnaphulidock.example", tz="bd")
mr("one-gulu", "Repair bench",
   "Hello {n},\n\nWe have taken on Okello from the Lacor side for the repair bench. He fixed boda-bodas for his uncle for four years and began yesterday.\n\nThanks for stopping at the garage.\n\n{sig}\n{co}",
   "Gulu Boda Garage", "guluboda.example", tz="ug")
mr("one-buea", "Fryer position",
   "Dear {n},\n\nThe fryer position is now held by Mrs. Enanga, who was running the stall for us on market days. She is full-time from this week.\n\nWe appreciate your time.\n\n{sig}\n{co}",
   "Buea Plantain Chips", "bueaplantain.example", tz="cm")
mr("one-maseru", "Shop assistant",
   "Dear {n},\n\nThe shop assistant post has gone to 'Mamosa, who has helped us on Saturdays for two years. She takes it up next week.\n\nKhotso,\n{sig}\n{co}",
   "Maseru Blanket House", "maserublanket.example", tz="ls")
mr("one-alice", "Canvas hand job",
   "G'day {n},\n\nWe've put a backpacker from the Todd Mall hostel on the canvas hand job. She sewed canvas for a circus back home and started this morning.\n\nCheers for coming in.\n{sig}\n{co}",
   "Alice Swag Makers", "aliceswag.example", tz="nt")
mr("one-chatham", "Factory hand",
   "Kia ora {n},\n\nThe factory hand job's gone to Hine's boy from Owenga. He's been shucking pāua with us since he left school and starts on the next boat day.\n\nThanks for ringing,\n{sig}\n{co}",
   "Chatham Islands Pāua Co.", "chathampaua.example", tz="ck")
mr("one-iqaluit", "Seamstress position",
   "Hi {n},\n\nWe hired a woman from Pangnirtung for the seamstress position. She has made kamiit for her family for years and she started this week.\n\nThanks for stopping in at the shop.\n\n{sig}\n{co}",
   "Iqaluit Sealskin Studio", "iqaluitsealskin.example", tz="cae")
mr("one-marquesas", "Workshop helper",
   "Kaoha {n},\n\nThe helper seat in the workshop is Teiki's now. He learned with his grandfather in Taiohae and joined us on Monday.\n\nThank you for your visit.\n\n{sig}\n{co}, Nuku Hiva",
   "Taiohae Tiki Workshop", "taiohaetiki.example", tz="mq")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thread-horology", "RE: [EXT] Re: Bench assistant – thank you",
   "Hi {n},\n\nNice to get your note, and the pocket watch you brought along was a treat; {y} still talks about the balance staff you turned. We've asked {x} to take over the bench. That was settled at the weekend and we're getting them set up next week.\n\nDo look in if you're passing.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Bench assistant – thank you\n\nHi {sf},\n\nI really enjoyed seeing the lathe in action on Tuesday. I can send photos of other pieces whenever suits.\n\n{n}",
   ("Alnwick Horologist", "Asheville Horologist"), ("alnwickhorology.example", "ashevillehorology.example"),
   tz=("uk", "use"), x=("Inès, who has done our quartz repairs on Saturdays for two years,", "a retired machinist who has volunteered with us since the spring,"), y=("Malcolm", "Walt"))
mr("thread-pancake", "Re: [EXT] Re: Line cook chat",
   "Hey {n},\n\nAppreciate you checking back, and sticking around after the rush to talk. We ended up going with {x} for the line cook spot. {y}\n\nCome in for a stack sometime, on us.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, just checking in after Thursday. Anything else you need, shout!\n> {n}",
   ("Cavan Pancake House", "Kamloops Griddle House"), ("cavanpancakes.example", "kamloopsgriddle.example"),
   tz=("ie", "cap"), x=("Saoirse, who has been washing up with us since Easter", "one of our servers, Jaylene"), y=("She knows the griddle better than I do at this point.", "She's been filling in on the flat-top for months."))
mr("thread-corset", "RE: [EXT] RE: Workroom assistant – visit",
   "Dear {n},\n\nHaving you in the workroom was a joy, and your sample busk pocket was beautifully done. We've offered the workroom assistant's position to {x}, and she has accepted.\n\nI do hope we meet again at a trade fair.\n\nWarmly,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: RE: Workroom assistant – visit\n\nDear {sf},\n\nSeeing the coutil stock and the pattern library was a highlight. Do keep me posted.\n\nBest wishes,\n{n}",
   ("Penzance Corset Workroom", "Armidale Corset Makers"), ("penzancecorsets.example", "armidalecorsets.example"),
   tz=("uk", "au"), x=("Lou, who sewed our bridal orders last winter", "a graduate from the Sydney costume course who interned here in January"))
mr("thread-billiards", "Re: [EXT] Re: Table fitter",
   "Hi {n},\n\nGood of you to write, and to come by the hall on Tuesday. The table fitter job has gone to {x}; he starts on the first.\n\nAll the best with things,\n{sig}\n{co}\n\n" + RULE + "Subject: Re: Table fitter\n\nHi {sf},\n\nCheers for Tuesday and for showing me round the tables. I'm keen, so shout if you need references.\n\n{n}",
   ("Bloemfontein Billiards Hall", "Scranton Billiards & Cue"), ("bloembilliards.example", "scrantoncue.example"),
   tz=("za", "use"), x=("Sipho, who re-clothed all six of our tables last month", "Marty, our Friday-night league captain"))
mr("thread-shuffle", "Re: [EXT] Re: Floor manager – following up",
   "Kia ora {n},\n\nThanks heaps for following up, and for Wednesday's yarn. We've brought {x} in as floor manager — she knows the regulars and started on the weekend.\n\nHope to see you on a league night.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf},\n> Cheers again for Wednesday, any news on the floor manager job?\n> Cheers, {n}",
   ("Nelson Shuffleboard Bar", "Yakima Shuffleboard Club"), ("nelsonshuffle.example", "yakimashuffleboard.example"),
   tz=("nz", "usp"), x=("one of our bar staff, Jess,", "our longtime bartender Rosa,"))
mr("thread-keeper", "RE: [EXT] Re: Beat keeper",
   "Morning {n},\n\nThanks for walking the release pens with me last week. The beat keeper's job is going to {x}, who has reared birds on the estate for three seasons already.\n\nGood luck with the coming season,\n{sig}\nHead Keeper, {co}\n\n" + OUTLOOK + "Subject: Re: Beat keeper\n\nMorning {sf},\n\nMany thanks for the walk round. Happy to come back for a day on the feed rounds if it helps.\n\n{n}",
   ("Coquetdale Pheasant Beat", "Slieve Bloom Pheasant Beat"), ("coquetdaleshoot.example", "slievebloomshoot.example"),
   tz=("uk", "ie"), x=("the head keeper's nephew", "Declan from the neighbouring farm"))
mr("thread-equine", "RE: [EXT] Re: Assistant for the truck",
   "Hi {n},\n\nThanks for riding along on Thursday and for the follow-up. The assistant's seat on the truck is going to {x}.\n\nAll the best,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Assistant for the truck\n\nHi {sf},\n\nReally enjoyed the day with the horses. Happy to send my certificates over too.\n\nThanks,\n{n}",
   ("Riverina Equine Dentistry", "Medicine Hat Equine Dentistry"), ("riverinaequine.example", "mhequinedental.example"),
   tz=("au", "cam"), x=("a vet nurse who's been floating at the Wagga clinic", "a girl from the Cypress Hills who grew up around rodeo stock"))
mr("thread-terrarium", "Re: [EXT] RE: Shop assistant",
   "Hey {n}!\n\nThat terrarium you built during the trial hour was gorgeous, it's on the counter now. The assistant job went to {x}. {y}\n\nTake care and pop in any time,\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, thanks again for having me. Just wondering if you'd made a decision yet?\n> {n}",
   ("Levin Terrarium Co.", "Savannah Terrarium Studio"), ("levinterrarium.example", "savannahterrarium.example"),
   tz=("nz", "use"), x=("Ana, a regular who builds them at home", "our Saturday girl Kenzie"), y=("She's been asking for more hours all year.", "She's been with us since we opened."))
# ---- 8 clear refusals under long footers
mr("footer-pawn", "Your application – {role}, {x}",
   "Dear {n},\n\nYour interest in the {role} vacancy at our {x} branch was appreciated. Having read every application, we have appointed an applicant with several years of pledge valuation behind them, and yours ends at this point.\n\nWith best wishes,\n{sig}\nBranch Manager\n\n--\n{co} | Pledge loans on gold, watches and jewellery | Free valuations every weekday | Find your nearest branch at www.{dom}/branches\nLoans are secured against the item you pledge. If you do not repay or renew your loan, your item may be sold. Representative APR shown in branch.\nJob alerts: new vacancies every Friday at www.{dom}/careers/alerts\nApplicant privacy: we hold your application for six months; see www.{dom}/privacy-applicants\n{co} Ltd, registered in {y}. Registered office: 14 Quay Parade. Intended solely for the named recipient; confidential.",
   ("Hambleton & Pryce Pawnbrokers", "Dockside Pawnbrokers"), ("hambletonpryce.example", "docksidepawnbrokers.example"),
   role=("Customer Desk Assistant", "Appraiser Trainee"), tz=("uk", "ie"), x=("Grimsby", "Dundalk"), y=("England, no. 08815522", "Ireland, no. 612284"))
mr("footer-disc", "About the {role} job",
   "Hi {n},\n\nWe read every application for {role} at our {x} store, and this time we've hired someone else. Consider this the close of your application.\n\nGood luck out on the course,\n{sig}\nStore Manager\n\n--\n{co} · Drivers, putters and mid-ranges from every major brand · Free course maps at the counter · Bag fitting by appointment\nReturns: unthrown discs within 30 days with receipt. Personalised stamping is final sale.\nGet new job postings first: www.{dom}/jobs/alerts\nYour privacy choices: www.{dom}/privacy · Reply STOP to stop texts from {co}.\n{co}, {y}",
   ("Chain & Basket Disc Golf", "Hyzer Disc Golf Supply"), ("chainbasketdisc.example", "hyzersupply.example"),
   role=("Sales Associate", "Pro Shop Associate"), tz=("usc", "cat"), x=("Peoria", "Charlottetown"), y=("220 Main St, Peoria IL", "18 Queen St, Charlottetown PE"))
mr("footer-ute", "{role} – {co}",
   "G'day {n},\n\nTa for chasing the {role} role at our {x} fitment centre. Another applicant was offered it and took it, so yours stops here.\n\nCheers,\n{sig}\nCentre Manager\n\n--\n{co} | Canopies, trays, drawers and roof racks fitted while you wait | Book a fitment at www.{dom}/book\nFinance available to approved customers, fees and charges apply.\nJob alerts for {x} and nearby: www.{dom}/careers\nPrivacy: we handle applicant information under the Privacy Act; see www.{dom}/privacy\n{y}\nGot this in error? Reply to tell us, then bin it.",
   ("Outback Ute Canopies", "Aotearoa Ute Fitouts"), ("outbackutecanopies.example", "southernute.example"),
   role=("Fitment Technician", "Fitment Tech"), tz=("wa", "nz"), x=("Esperance", "Timaru"), y=("ABN 51 662 014 093", "NZBN 9429046712245"))
mr("footer-razor", "Your application for {role}",
   "Dear {n},\n\nWe appreciated your interest in {role} at our {x} store. Another candidate has accepted the job, and with that your application is closed.\n\nKind regards,\n{sig}\nStore Manager\n\n--\n{co} | Razors, blades, beard oils and grooming kits | Same-day collection in store | Gift wrapping at the till\nSpecials valid while stocks last. Prices include VAT.\nFind jobs near you and sign up for vacancy alerts: www.{dom}/careers\nData protection: applicant information is processed under {y}; read how at www.{dom}/privacy\nSent to one named recipient only; if that is not you, kindly remove it and notify us.",
   ("Sharp & Co. Grooming", "Stubble & Co. Grooming"), ("sharpgrooming.example", "stubblegrooming.example"),
   role=("Retail Assistant", "Grooming Counter Assistant"), tz=("za", "ke"), x=("Mbombela", "Naivasha"), y=("South African law", "Kenyan law"))
# ---- 9 hedged refusals
mr("hedge-auction", "{role} – {co}",
   "Dear {n},\n\nMeeting you, {y} and I both came away impressed. Others on the shortlist had run saleroom catalogues for rather longer, and for the {role} post that counted for more in the final reckoning.\n\nOur openings are posted each spring, should you wish to look.\n\nWith kind regards,\n{sig}\n{co}",
   ("Gwynedd Fine Art Auctioneers", "Westmeath Auction Rooms"), ("gwyneddauctions.example", "westmeathauctionrooms.example"),
   role=("Catalogue Assistant", "Catalogue Assistant II"), tz=("uk", "ie"), y=("Huw", "Brendan"))
mr("hedge-trademark", "Your candidacy – {role}",
   "Dear {n},\n\nOur thanks for the interview. The firm has leaned toward applicants who have handled more opposition proceedings on their own files, which is where most of this year's work sits, and one of them will take the {role} position.\n\nOur best wishes to you.\n\n{sig}\n{co}",
   ("Lindell Marks LLP", "Fraser Crest Trademarks"), ("lindellmarks.example", "frasercrest.example"),
   role=("Trademark Filing Assistant", "Trademark Agent Trainee"), tz=("use", "cap"))
mr("hedge-bathy", "{role} application",
   "Hi {n},\n\nThanks for talking us through your survey work. The group felt that two other people's multibeam processing sat a little closer to where our harbour contracts are heading, and one of them is our pick for {role}.\n\nAll the best,\n{sig}\n{co}",
   ("Albany Bathymetric Surveys", "Otago Seafloor Mapping"), ("albanybathy.example", "otagoseafloor.example"),
   role=("Hydrosurvey Data Tech", "Survey Data Analyst"), tz=("wa", "nz"))
mr("hedge-vent", "Field Service Technician – {co}",
   "Dear {n},\n\nWe valued your visit to our workshop. For this post we went a different way, toward technicians with longer hands-on time servicing ventilators inside intensive care units.\n\nGo well.\n\n{sig}\nTechnical Manager, {co}",
   ("Free State Ventilator Services", "Kilimani Medical Ventilation"), ("fsventilator.example", "kilimaniventilation.example"),
   tz=("za", "ke"))
mr("hedge-zari", "Regarding your application – {co}",
   "Dear {n},\n\nThank you for visiting our unit at Surat. Candidates with more years on zari winding machines suited the Production Supervisor post somewhat better, and we have proceeded accordingly.\n\nRegards,\n{sig}\nHR, {co}",
   "Tapi Zari Threads Pvt. Ltd.", "tapizari.example", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("recruit-cryo", "{role} – feedback and something else",
   "Hi {n},\n\nI've had the client back on the {role} role. Their choice is the other finalist, who has commissioned two air separation units already.\n\nSeparate thing, and I think it suits you better: a {y} needs a cryogenic maintenance engineer on a nine-month contract near {x}, day rate in line with what we discussed. Worth a call tomorrow?\n\n{sig}\n{co}",
   ("Halyard Technical Recruitment", "Corrib Engineering Talent"), ("halyardtech.example", "corribtalent.example"),
   role=("Cryogenic Plant Engineer", "Process Engineer – Cryogenics"), tz=("uk", "ie"), x=("Teesport", "Foynes"), y=("liquid nitrogen supplier", "bulk gases firm"))
mr("recruit-avionics", "Wiring tech – where it landed + a new one",
   "Hey {n},\n\nHeard back from the repair station on the airframe wiring tech spot. They picked up a guy coming off {x} wiring shop, so that one's closed.\n\nThere's a flight-data analyst opening at a {y} that I think fits you — mostly ground work, some hangar time, no weekends. Shall I ping the spec over?\n\n{sig}\n{co}",
   ("Tailwind Aero Staffing", "Northern Lights Aviation Recruiting"), ("tailwindaero.example", "nlaviationrecruit.example"),
   tz=("usm", "cam"), x=("a cargo airline's", "a regional carrier's"), y=("medevac operator in Colorado Springs", "medevac operator in Grande Prairie"))
mr("recruit-endo", "Re: {role}",
   "Hi {n},\n\nJust off the phone with the hospital. The {role} job has gone to a nurse from their own casual pool, so that door's shut.\n\nWhile I've got you: {x} is looking for a decontamination team leader, permanent, Monday to Friday. Keen to be put forward? Give me a bell.\n\n{sig}\n{co}",
   ("Coral Health Recruitment", "Kōwhai Health Talent"), ("coralhealthrec.example", "kowhaihealth.example"),
   role=("Endoscope Reprocessing Technician", "Endoscopy Reprocessing Tech"), tz=("auq", "nz"), x=("a private day-surgery in Gympie", "a private hospital in Masterton"))
mr("recruit-ginning", "QA Head role – update and another opening",
   "Dear {n},\n\nFollowing your discussion with the mill owners, they have selected a candidate from a Yavatmal ginning unit for the QA Head role.\n\nThere is, however, a Shift Manager opening at a bale-pressing plant near Wardha that matches your profile closely. If you are open to it, kindly confirm and your CV goes to them today itself.\n\nRegards,\n{sig}\n{co}",
   "Vidarbha Ginning Placements", "vidarbhaginning.example", tz="in")
# ---- 8 public-sector notices
mr("public-inelig", "{role} – eligibility outcome (ref {ref})",
   "Dear {n},\n\nThe eligibility conditions printed in the advertisement for {role} have been applied to your application. {x} As a result you are ineligible, and no assessment of your application will take place.\n\nYou may apply for future vacancies that you are eligible for.\n\n{sig}\nfor the Secretary, {co}",
   ("Department of Personnel Management, Papua New Guinea", "Guam Department of Administration"), ("dpm-png.example", "doa-guam.example"),
   role=("Senior Archives Officer", "Personnel Specialist II"), tz=("pg", "gu"),
   x=("The position is open only to citizens of Papua New Guinea, and no proof of citizenship was attached.", "The announcement required two years of residence on Guam immediately before the closing date, and nothing in your papers shows this."))
mr("public-referral", "Notice of Results – {role}, Announcement {ref}",
   "Dear {n},\n\nThis concerns your {role} application with the {co}. The eligible list was certified and sent to the hiring supervisor on {x}. It holds the {y} highest-ranked applicants; your name is absent from it.\n\nThis notice is final for this announcement. Other openings are posted on the state jobs site.\n\n{co}, Human Resources",
   ("Colorado State Parks", "Alabama State Parks Division"), ("csp-colorado.example", "asp-alabama.example"),
   frm="{co} <hr-notices@{dom}>", role=("Park Technician I", "Park Aide"), tz=("usm", "usc"), x=("the 4th", "the 11th"), y=("seven", "five"))
mr("public-cancel", "{role} (Vacancy {ref})",
   "Dear {n},\n\nFollowing a restructure proposal, the {co} has withdrawn the {role} vacancy. This process ends without an appointment, and every application in it is closed, including yours.\n\nAny reshaped version of the role would appear on our website.\n\nYours sincerely,\n{sig}\nPeople and Capability, {co}",
   ("Timaru District Council", "Whyalla City Council"), ("timarudc.example", "whyallacouncil.example"),
   role=("Events Programme Lead", "Community Development Officer"), tz=("nz", "sa"))
mr("public-cutoff", "Result of screening test – {role}",
   "Dear Candidate ({full}),\n\nIn the screening test conducted for recruitment to the post of {role}, the Commission fixed the {y} category cut-off at {x}. Your score is below this mark, and your candidature has therefore not been considered for the interview stage.\n\nSee the Commission's notice board for the provisional list.\n\nSecretary\n{co}",
   ("Karnataka Public Service Commission", "Telangana State Public Service Commission"), ("kpsc-karnataka.example", "tspsc-telangana.example"),
   frm="{co} <results@{dom}>", role=("Junior Engineer (Roads & Bridges)", "Section Officer"), tz=("in", "in"),
   x=("118.50 out of 200", "96 out of 150"), y=("General Merit", "BC-B"))
# ---- 6 bare ATS status updates
mr("status-line", "Status update: {role}",
   "Application status update\n\nCandidate: {full}\nPosition: {role} ({ref})\nStatus: Application closed – not shortlisted\n\nSent automatically by the {co} recruitment portal; no reply needed.",
   ("Humberston Flywheel Energy", "Lowveld Crucible Works"), ("humberstonflywheel.example", "lowveldcrucible.example"),
   frm="{co} Recruitment <portal@{dom}>", role=("Test Engineer", "Moulding Technician"), tz=("uk", "za"))
mr("status-html", "{co} – your application",
   "<html><body><p>Hello {n},</p><p>There's a change on an application of yours.</p><table><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Ended – not progressing</td></tr></table><p><a href=\"https://jobs.{dom}/me\">View in your candidate account</a></p></body></html>",
   ("Burnie Gyroscope Systems", "Prince George Radome Fabrication"), ("burniegyro.example", "pgradome.example"),
   frm="{co} Jobs <jobs@{dom}>", role=("Assembly Technician", "Layup Technician"), tz=("au", "cap"))
mr("status-stage", "Your application has moved",
   "Hi {n},\n\n{role} at {co}, stage change: Interview → Ended (another applicant hired).\n\nYou can see your other applications at jobs.{dom}.\n\n— {co} hiring team",
   ("Cheyenne Cobalt Labs", "Rimouski Seismograph Network"), ("cheyennecobaltlabs.example", "rimouskiseismo.example"),
   frm="{co} <notifications@{dom}>", role=("Lab Technician", "Field Technician"), tz=("usm", "cae"))

# ---- 6 internship / graduate decisions
mr("intern-summer", "{co} Summer Placement {y}",
   "Dear {n},\n\nThe {co} summer placement drew {x} applications for six places this year. All six have now been offered and accepted, which leaves this intake with no room for you.\n\nApplications reopen in the autumn.\n\nEarly Careers Team\n{co}",
   ("Solway Radome Engineering", "Navan Gyro Labs"), ("solwayradome.example", "navangyro.example"),
   tz=("uk", "ie"), x=("318", "205"), y=("2026", "2026"))
mr("intern-coop", "{role} – co-op term",
   "Hi {n},\n\nThanks for interviewing for our {role} co-op term. Every spot has been taken by other students, who have all confirmed, so this closes your application for this term.\n\nWe're glad you were interested in the work and hope you'll look for us at next year's career fair.\n\n{sig}\nUniversity Recruiting, {co}",
   ("Superior Shore Cryogenics", "Sioux Falls Ventilator Corp."), ("superiorcryo.example", "siouxfallsventilator.example"),
   role=("Cryogenic Test Intern", "Engineering Intern"), tz=("usc", "usc"))
mr("intern-grad", "Graduate Trainee Programme {ref}",
   "Dear {n},\n\nYour part in the assessment day for the {co} Graduate Trainee Programme is much appreciated. Offers went to {x} candidates afterwards and every place is now filled; this year's process is over for you.\n\nEvery good wish for your career.\n\nGraduate Recruitment\n{co}",
   ("Northern Cape Vanadium", "Maharashtra Electrochem Ltd."), ("ncvanadium.example", "mhelectrochem.example"),
   tz=("za", "in"), x=("ten", "fourteen"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "conf-wd", "We have your application – {role} (R{ref})",
   "Hello {n},\n\nYour application for {role} (requisition R{ref}, {x}) has arrived and sits in the recruiters' queue.\n\nIf the hiring manager confirms a start date for another candidate before your application is reviewed, the requisition will read \"Filled\" and your record on it will close at that point. You can follow this from your candidate home page.\n\nTalent Acquisition\n{co}",
   ("Menai Graphene Films", "Pilanesberg Tungsten Works"), ("menaigraphene.example", "pilanesbergtungsten.example"),
   frm="{co} Talent <wd-notifications@{dom}>", role=("Coating Line Operator", "Press Line Operator"), tz=("uk", "za"), x=("Bangor site", "Mogwase plant"))
mo("application_received", "conf-gh", "Thanks for applying, {n}",
   "Hi {n},\n\nYour {role} application landed safely; the team reads new ones over a fortnight.\n\nHowever they come down on it, expect the follow-up to be written by a human on our side, not generated by software.\n\n{sig}\n{co}",
   ("Caithness Space Systems", "Boulder Ground Station Co."), ("caithnessspace.example", "bouldergs.example"),
   role=("RF Engineer", "Ground Station Engineer"), tz=("uk", "usm"))
mo("application_received", "conf-smart", "Application received: {role}",
   "<html><body><p>Dear {n},</p><p>Your application is in.</p><table border=\"1\" cellpadding=\"4\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Application stage</td><td>New</td></tr></table><p>This card updates itself at each step. Should somebody else be appointed, that appointment becomes its final stage.</p><p>{co} Recruitment</p></body></html>",
   ("Hwange Firebrick Co.", "Techiman Solder & Flux"), ("hwangefirebrick.example", "techimansolder.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Batch Assistant", "Stores Clerk"), tz=("zw", "gh"))
mo("application_received", "conf-icims", "{co}: application for {role} (Req {ref})",
   "Dear {n},\n\nYour application for {role} arrived safely, and a recruiter will compare it with the posting.\n\nAny application lacking a year or more on a {x} line is closed at that first read, with no interview. The candidate portal shows where it stands.\n\nHuman Resources, {co}",
   ("Allegheny Hardcoat Finishing", "Souris Galvanizing"), ("alleghenyhardcoat.example", "sourisgalv.example"),
   frm="{co} <careers@{dom}>", role=("Anodize Line Operator", "Galvanizing Helper"), tz=("use", "cac"), x=("sulfuric anodize", "hot-dip galvanizing"))
mo("application_received", "conf-taleo", "Acknowledgement – Req ID {ref}",
   "Dear {n},\n\nJob: {role} (Req ID {ref})\nCandidate status: Application Submitted\n\nIf this requisition is completed with another applicant before your profile is screened, your status will change to \"Not Hired\". This mailbox is unattended.\n\n{co} Recruitment Cell",
   ("Warana Metal Finishers Pvt. Ltd.", "Gondal Bolts & Nuts Ltd."), ("waranametal.example", "gondalbolts.example"),
   frm="{co} <taleo.noreply@{dom}>", role=("Buffing Supervisor", "Thread Rolling Operator"), tz=("in", "in"))
mo("application_received", "conf-workable", "Got your application – {role}",
   "Hi {n},\n\nYour {role} application is in. We're going through everyone over the next three weeks.\n\nSpot or no spot, one of our crew messages you when it's sorted.\n\nCheers,\n{sig}\n{co}",
   ("Ardmore Water Polo Camps", "Devonport Wake Park"), ("ardmorepolo.example", "devonportwake.example"),
   role=("Camp Assistant", "Dock Hand"), tz=("ie", "au"))
mo("application_received", "conf-teamtailor", "{co}: we received your application",
   "Dear {n},\n\nGood that you applied for the function {role}. All applications get our look within fourteen days.\n\nAlso when we choose for another candidate, a message comes from us, so you are never waiting without news.\n\nGreetings,\n{sig}\n{co}",
   ("Hengelo Afdichtingen B.V.", "Istra Spojnice d.o.o."), ("hengeloafdichting.example", "istraspojnice.example"),
   role=("Production Employee", "Assembly Worker"), tz=("nl", "hr"))
mo("application_received", "conf-pinpoint", "Application received – {role}",
   "Dear {n},\n\nYour {role} application with {co} is logged. After the deadline our panel gives every application a mark out of fifty, using the pack's criteria.\n\nAny application marked below our interview line goes no further than shortlisting; those over it get an interview invitation a week later.\n\n{sig}\nRecruitment, {co}",
   ("Brosna Callows Trust", "Rakaia Braided Birds"), ("callowstrust.example", "cbrbirds.example"),
   role=("Waterbird Survey Assistant", "Education Officer"), tz=("ie", "nz"))
mo("application_received", "conf-thread-corset", "RE: [EXT] Re: Workroom assistant vacancy",
   "Hi {n},\n\nThanks, your sample and CV came through fine. Two others are booked in this week.\n\nIf we end up giving it to one of the girls already sewing for us, I'll phone you personally either way.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Workroom assistant vacancy\n\nHi {sf},\n\nPlease find attached my CV and photos of the sample we discussed.\n\n{n}",
   ("Bideford Corset Studio", "Lismore Corset Room"), ("bidefordcorset.example", "lismorecorset.example"), tz=("uk", "au"))
mo("application_received", "conf-footer-pawn", "Thank you for your application – {role}",
   "Dear {n},\n\nYour application for {role} at our {x} branch has been safely received. Applications close on Friday, with reading the week after.\n\nSuccessful or not, our branch manager sends every applicant a letter when the post is filled.\n\nWith best wishes,\n{sig}\n\n--\n{co} | Pledge loans on gold, watches and jewellery | Free valuations every weekday | www.{dom}/branches\nLoans are secured against the item you pledge.\nJob alerts: new vacancies every Friday at www.{dom}/careers/alerts\nApplicant privacy: www.{dom}/privacy-applicants\n{co} Ltd. Intended solely for the named recipient.",
   ("Lowestoft Pawnbrokers", "Mullingar Pawnbrokers"), ("lowestoftpawnbrokers.example", "mullingarpawnbrokers.example"),
   role=("Customer Desk Assistant", "Shop Floor Assistant"), tz=("uk", "ie"), x=("Lowestoft", "Mullingar"))
mo("application_received", "conf-referral", "Application received – {role}, Announcement {ref}",
   "Dear {n},\n\nThe {co} received your {role} application ahead of the deadline.\n\nApplicants left off the list certified to the hiring supervisor are sent a Notice of Results saying so. Applicants on it hear from the supervisor's office about an interview time.\n\n{co}, Human Resources",
   ("Colorado State Parks", "Alabama State Parks Division"), ("csp-colorado.example", "asp-alabama.example"),
   frm="{co} <hr-notices@{dom}>", role=("Park Technician II", "Park Aide"), tz=("usm", "usc"))
mo("application_received", "conf-cutoff", "Online application registered – {role}",
   "Dear Candidate ({full}),\n\nApplication No. {ref} for the post of {role} is registered with the Commission.\n\nNo interview call shall be given to candidates securing marks under the Commission's screening-test cut-off. Admit cards may be downloaded ten days ahead of the test.\n\nSecretary\n{co}",
   ("Karnataka Public Service Commission", "Telangana State Public Service Commission"), ("kpsc-karnataka.example", "tspsc-telangana.example"),
   frm="{co} <applications@{dom}>", role=("Electrical Overseer Grade II", "Junior Assistant"), tz=("in", "in"))
mo("application_received", "conf-lever", "Got it – {role}",
   "Hey {n}, got your application for {role}. I'm seeing people through next week.\n\nWhichever way it shakes out, I'll text you by Friday the week after, no ghosting.\n\n{sig}, {co}\n\nsent via Lever",
   "Kalona Bratwurst Kitchen", "kalonabratwurst.example", role="Production Hand", tz="usc")
mo("application_received", "conf-bamboo", "Application received – {role}",
   "Dear {n},\n\nLovely to receive your {role} application; we'll write once applications close.\n\nIf one of our own packing staff ends up with the post, I'll tell you that myself rather than keep you hanging.\n\n{sig}\nPeople Team, {co}\n(sent from BambooHR)",
   "Speyburn Oatcake Bakery", "speyburnoatcake.example", role="Shift Baker", tz="uk")
mo("application_received", "conf-jazz", "Thanks for applying – {role}",
   "{n},\n\nGot your {role} application, thanks. The folks we want to interview get a phone call inside fourteen days after applications close. Silence past that point means other folks got it.\n\n{sig}\n{co}\n\nvia JazzHR",
   "Bighorn Escrow Services", "bighornescrow.example", role="Closing Assistant", tz="usm")
mo("application_received", "conf-ashby", "{co} – application received",
   "Hi {n},\n\nThanks for applying for {role}. Our team reviews applications on Tuesdays.\n\nWe reply to every finalist at the end, offer or no offer, and usually within ten days of the last interview.\n\nBest,\n{sig}\n{co} (via Ashby)",
   "Surabaya Cell Labs", "surabayacell.example", role="Cell Test Engineer", tz="id")
mo("application_received", "conf-personio", "Your application as {role}",
   "Dear {n},\n\nmany thanks, your application as {role} is with us. An answer comes in about three weeks.\n\nIf our decision goes for another applicant, also then a short message reaches you from us. Your file is kept for 180 days and then erased.\n\nKind regards\n{sig}\nHR | {co}",
   "Chalkidiki Tahini Mills", "chalkidikitahini.example", role="Shift Operator", tz="gr")
mo("application_received", "conf-honiara", "Your letter",
   "Dear {n},\n\nWe got your letter about the apprentice place. We will talk with the stringers this week.\n\nIf the place goes to one of the Langa Langa families, I will still tell you myself. Thank you for writing.\n\n{sig}\n{co}",
   "Auki Shell Money Makers", "aukishellmoney.example", tz="sb")
mo("application_received", "conf-nassau", "Re: job at the stand",
   "Hi {n},\n\nGot your note about working the stand. We only call the ones we want for a try-out, probably next week.\n\n{sig}\n{co}",
   "Arawak Cay Conch Stand", "arawakconch.example", tz="bs")
mo("application_received", "conf-galle", "Acknowledgement of application",
   "Dear {n},\n\nYour papers for the Sales Trainee post are in hand. Interviews are scheduled during the coming weeks.\n\nSelected or not, all applicants will be informed by post once interviews finish.\n\n{sig}\nManager, {co}",
   "Unawatuna Moonstone House", "unawatunamoonstone.example", tz="lk")
mo("application_received", "conf-iqaluit", "Your application",
   "Hi {n},\n\nThanks for applying for the seamstress job. We'll meet people in the shop next week.\n\nIf we hire someone else, an email will come from us.\n\n{sig}\n{co}",
   "Apex Parka Makers", "apexparka.example", tz="cae")
mo("application_received", "conf-footer-disc", "We got your application – {role}",
   "Hi {n},\n\nThanks for applying for {role} at our {x} store. We'll be doing interviews over the next two weeks.\n\nHired or not, every applicant hears back by email once the spot is filled.\n\n{sig}\nStore Manager\n\n--\n{co} · Discs, bags and baskets · Free course maps at the counter\nGet new job postings first: www.{dom}/jobs/alerts\nYour privacy choices: www.{dom}/privacy · Reply STOP to stop texts.",
   "Anhyzer Disc Golf Co.", "anhyzerdisc.example", role="Sales Associate", tz="usc", x="Dubuque")
mo("application_received", "conf-footer-ute", "Application received – {role}",
   "G'day {n},\n\nThanks for applying for {role} at our {x} centre. We only contact the applicants we'd like to interview, normally inside two weeks after the ad comes down.\n\nCheers,\n{sig}\n\n--\n{co} | Canopies, trays and roof racks fitted while you wait | Book at www.{dom}/book\nFinance available to approved customers, fees and charges apply.\nJob alerts: www.{dom}/careers\nPrivacy: see www.{dom}/privacy",
   "Gibber Ute Accessories", "gibberute.example", role="Fitment Technician", tz="nt", x="Alice Springs")
mo("application_received", "conf-footer-razor", "Thank you for applying – {role}",
   "Dear {n},\n\nWe have your {role} application for our {x} store and are reading applications this week.\n\nIf another candidate is appointed, an email still comes to you from us, so do check your spam folder.\n\nKind regards,\n{sig}\n\n--\n{co} | Razors, blades and grooming kits | Same-day collection in store\nFind jobs near you: www.{dom}/careers\nApplicant data is processed under South African law; see www.{dom}/privacy",
   "Keen Edge Grooming", "keenedgegrooming.example", role="Retail Assistant", tz="za", x="Rustenburg")
mo("application_received", "conf-trademark", "Application received – {role}",
   "Dear {n},\n\nYour application for the {role} position is on file. The hiring committee meets once the posting closes.\n\nShould other applicants' opposition experience prove a closer match, you'll be told that in plain words, not left to wonder.\n\n{sig}\n{co}",
   "Kessler Brand Counsel LLP", "kesslerbrand.example", role="Trademark Docketing Clerk", tz="use")
mo("application_received", "conf-bathy", "Thanks for your application",
   "Hi {n},\n\nThanks for applying for the Hydrosurvey Data Tech role. We only get back to applicants whose multibeam processing experience lines up with the contracts we have on, usually inside three weeks.\n\n{sig}\n{co}",
   "Esperance Sounding Co.", "esperancesounding.example", tz="wa")
mo("application_received", "conf-vent", "Application acknowledged",
   "Dear {n},\n\nYour Field Service Technician application is safely with us. Applicants without a biomedical engineering qualification do not go past the first screening; all others will be contacted for a technical interview.\n\n{sig}\nTechnical Manager, {co}",
   "Mangaung Respiratory Services", "mangaungresp.example", tz="za")
mo("application_received", "conf-recruit-cryo", "Your CV – cryogenic role",
   "Hi {n},\n\nGood talking this morning. An hour ago I passed your details to the client, for their cryogenic plant engineer vacancy.\n\nShould they knock you back on paper, I'll ring rather than type it out, and we'll look at what else is around.\n\n{sig}\n{co}",
   "Halyard Technical Recruitment", "halyardtech.example", tz="uk")
mo("application_received", "conf-recruit-endo", "Submitted – reprocessing tech role",
   "Hi {n},\n\nYou're submitted for the reprocessing technician role. The hospital likes to fill from its own casual pool first; if that's how it goes, I'll ring the same afternoon.\n\n{sig}\n{co}",
   "Kōwhai Health Talent", "kowhaihealth.example", tz="nz")
mo("application_received", "conf-inelig", "Application received – {role}",
   "Dear {n},\n\nYour {role} application is now on file and the eligibility conditions in the advertisement will be applied to it.\n\nAny applicant failing those conditions receives a written advice; the rest go forward to the selection panel.\n\n{sig}\nfor the Secretary, {co}",
   "Department of Personnel Management, Papua New Guinea", "dpm-png.example", role="Human Resource Officer", tz="pg")
mo("application_received", "conf-cancel", "Application received – {role}",
   "Kia ora {n},\n\nYour {role} application with {co} has arrived. Shortlisting takes place seven days after the deadline.\n\nShortlisted or not, you'll get word from us when it's finished.\n\nNgā mihi,\n{sig}\nPeople and Capability, {co}",
   "Timaru District Council", "timarudc.example", role="Parks Landscape Officer", tz="nz")
mo("application_received", "conf-status", "Status update: {role}",
   "Application status update\n\nCandidate: {full}\nPosition: {role} ({ref})\nStatus: Received\n\nSent automatically by the {co} recruitment portal; no reply needed.",
   "Humberston Flywheel Energy", "humberstonflywheel.example", frm="{co} Recruitment <portal@{dom}>", role="Controls Engineer", tz="uk")
mo("application_received", "conf-intern-summer", "Summer Placement 2026 – application received",
   "Dear {n},\n\nYour summer placement application has been logged. Several hundred usually apply for our six places.\n\nIf yours is not among the successful ones, an email tells you so in March; if it is, a video interview comes first.\n\nEarly Careers Team\n{co}",
   "Solway Radome Engineering", "solwayradome.example", tz="uk")
mo("application_received", "conf-intern-coop", "Co-op application received",
   "Hi {n},\n\nYour application for the Engineering Intern co-op term is in the pile. Should all our spots fill before we get to yours, an email will say so, not silence.\n\n{sig}\nUniversity Recruiting, {co}",
   "Sioux Falls Ventilator Corp.", "siouxfallsventilator.example", tz="usc")
mo("application_received", "conf-intern-grad", "Graduate Trainee Programme – online test",
   "Dear {n},\n\nWelcome to the {co} Graduate Trainee Programme process. An online aptitude test comes next; look for it in your account inside five days.\n\nCandidates scoring below the minimum mark in that test are not invited further.\n\nGraduate Recruitment\n{co}",
   "Northern Cape Vanadium", "ncvanadium.example", tz="za")
mo("application_received", "conf-thread-horology", "RE: [EXT] Re: Bench assistant",
   "Hi {n},\n\nThanks for sending the photos of the carriage clock. Lovely work. One more person comes in on Thursday.\n\nIf the bench goes to one of our Saturday volunteers, I'll tell you so myself.\n\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Bench assistant\n\nHi {sf},\n\nAs promised, photos of the clock attached.\n\n{n}",
   "Berwick Horologist", "berwickhorology.example", tz="uk")
mo("application_received", "conf-thread-keeper", "Re: [EXT] Re: Beat keeper",
   "Morning {n},\n\nThanks for your note and the reference from the estate in Argyll. I've two more lads to see this month.\n\nIf the head keeper picks someone off the estate, I'll be the one to tell you.\n\n{sig}\n{co}\n\n" + GMAIL + "> Morning {sf}, reference attached as promised.\n> {n}",
   "Redesdale Pheasant Beat", "redesdaleshoot.example", tz="uk")
mo("application_received", "conf-neutral", "Application received",
   "Dear {n},\n\nYour application for {role} arrived before the deadline. Our panel sits once applications close, and you'll hear about the next stage after that.\n\n{sig}\n{co}",
   "Moray Cubesat Centre", "moraycubesat.example", role="Mission Operations Assistant", tz="uk")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "inv-thread-pancake", "Re: [EXT] Re: Trial shift",
   "Hey {n},\n\nGreat talking Tuesday. Can you come in {dl} at 2pm for a two-hour trial on the griddle? Wear closed shoes, we'll give you an apron.\n\nUnfortunately the back lot is being repaved that week, so park on the street.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, thanks for meeting me! Happy to come back for a trial any day.\n> {n}",
   ("Mullingar Pancake Kitchen", "Nanaimo Flapjack House"), ("mullingarpancake.example", "nanaimoflapjack.example"), tz=("ie", "cap"))
mo("interview", "inv-thread-billiards", "RE: [EXT] Re: Table fitter",
   "Hi {n},\n\nThanks for the quick reply. Could you come through on {dl} at 10:00 and re-cloth a practice bed with me? It takes about three hours.\n\nUnfortunately the hall's air conditioning is broken, so dress light.\n\n{sig}\n{co}\n\n" + RULE + "Subject: Re: Table fitter\n\nHi {sf},\n\nYes, still very keen. I'm free most mornings.\n\n{n}",
   ("Kuruman Billiards Centre", "Erie Cue & Cushion"), ("kurumanbilliards.example", "eriecue.example"), tz=("za", "use"))
mo("interview", "inv-gh", "Interview – {role}",
   "Hi {n},\n\nWe'd love to talk more. Could {dl}, 15:00, work for three-quarters of an hour on video? You'll meet our flight software lead and me.\n\nUnfortunately our video tool can be choppy on mobile data, so a wired connection helps if you have one.\n\n{sig}\n{co}",
   "Pentland Orbital", "pentlandorbital.example", role="Onboard Software Engineer", tz="uk")
mo("interview", "inv-workable", "Trial session – {role}",
   "Hi {n},\n\nStoked you applied. Free for a trial session {dl}, 9am? Bring boardshorts and sunscreen, we'll sort the wetsuit.\n\nUnfortunately the kiosk's shut for renovation, so pack lunch.\n\n{sig}\n{co}",
   "Peel Wakeboard Park", "peelwakeboard.example", role="Winch Operator", tz="au")
mo("interview", "inv-nassau", "Try-out",
   "Hi {n},\n\nCome down to the stand {dl}, 8 in the morning. Show us your knife work and how you talk to customers.\n\nUnfortunately the dock gets very busy with the mail boat that day, so come early.\n\n{sig}\n{co}",
   "Arawak Cay Conch Stand", "arawakconch.example", tz="bs")
mo("interview", "inv-trademark", "Interview invitation – {role}",
   "Dear {n},\n\nTwo partners hope to sit down with you regarding the {role} position on {dl} at 11:00 a.m. at our offices; allow roughly an hour.\n\nUnfortunately the firm cannot cover candidates' travel at this stage.\n\n{sig}\n{co}",
   "Lindell Marks LLP", "lindellmarks.example", role="Trademark Filing Assistant", tz="use")
mo("interview", "inv-bathy", "Interview – Survey Data Analyst",
   "Hi {n},\n\nYour CV caught our eye. Does {dl}, 1pm suit for a sit-down? We'll talk through a sample multibeam dataset together.\n\nUnfortunately parking at the marina is paid, so allow a few dollars.\n\n{sig}\n{co}",
   "Otago Seafloor Mapping", "otagoseafloor.example", tz="nz")
mo("interview", "inv-equine", "Ride-along day",
   "Hi {n},\n\nReckon you should spend {dl} with me on the truck. Meet at the depot at 6:30am, we'll be back by four.\n\nUnfortunately the truck's air con has given up, so bring plenty of water.\n\n{sig}\n{co}",
   "Riverina Equine Dentistry", "riverinaequine.example", tz="au")
mo("interview", "inv-chatham", "Trial day",
   "Kia ora {n},\n\nFancy a trial day on the floor? We've pencilled in {dl}. Start is 7am at the factory.\n\nUnfortunately the plane only comes in three days a week, so you'll need to stay two nights; we'll sort a bed.\n\n{sig}\n{co}",
   "Chatham Islands Pāua Co.", "chathampaua.example", tz="ck")
mo("interview", "inv-intern", "Summer Placement – video interview",
   "Dear {n},\n\nGood news on your summer placement application: you're through to a short video interview, half an hour, on {dl}. Choose your slot on the booking page.\n\nEarly Careers Team\n{co}",
   "Solway Radome Engineering", "solwayradome.example", tz="uk")
mo("interview", "inv-galle", "Interview – Sales Trainee",
   "Dear {n},\n\nKindly attend an interview for the post of Sales Trainee at our showroom; the date fixed is {dl}, 10.30 a.m. Please bring your certificates.\n\nUnfortunately the fort road is closed to vehicles that morning, so kindly walk in from the main gate.\n\n{sig}\nManager, {co}",
   "Unawatuna Moonstone House", "unawatunamoonstone.example", tz="lk")
mo("next_steps", "next-docs", "{role} – documents required by {dl}",
   "Dear {n},\n\nYour application for {role} meets the eligibility conditions. The selection panel needs these from you no later than {dl}:\n- certified copies of your qualifications\n- a police clearance not older than six months\n- {x}\n\nUnfortunately our office photocopier has broken down, so copies must be made elsewhere.\n\n{sig}\nfor the Secretary, {co}",
   ("Department of Personnel Management, Papua New Guinea", "Guam Department of Administration"), ("dpm-png.example", "doa-guam.example"),
   role=("Senior Archives Officer", "Personnel Specialist II"), tz=("pg", "gu"), x=("proof of citizenship", "proof of two years' residence on Guam"))
mo("next_steps", "next-recruit", "Next steps – {role}",
   "Hi {n},\n\nThe client is keen to progress you for {role}. Ahead of the final interview, send me these by {dl}:\n- two references\n- right-to-work documents\n- {x}\n\nUnfortunately their onboarding portal kicks you out after ten idle minutes, so scan everything first.\n\n{sig}\n{co}",
   ("Halyard Technical Recruitment", "Coral Health Recruitment"), ("halyardtech.example", "coralhealthrec.example"),
   role=("Cryogenic Maintenance Engineer", "Decontamination Team Leader"), tz=("uk", "auq"), x=("a copy of your pressure systems training", "your immunisation record"))
mo("next_steps", "next-cutoff", "Document verification – {role}",
   "Dear Candidate ({full}),\n\nYou have qualified in the screening test (post: {role}). You are required to attend document verification on {dl} at 10.00 a.m. with original certificates and two self-attested photocopies.\n\nSecretary\n{co}",
   "Karnataka Public Service Commission", "kpsc-karnataka.example", frm="{co} <results@{dom}>", role="Junior Engineer (Roads & Bridges) Grade B", tz="in")
mo("next_steps", "next-icims", "Assessment – {role}",
   "Dear {n},\n\nYou're moving forward for {role}. Stage two is an online quiz on surface finishing basics, forty minutes long, due {dl}. Find the link under Tasks in the candidate portal.\n\nHuman Resources, {co}",
   "Erie Anodizing Works", "erieanodizing.example", frm="{co} <careers@{dom}>", role="Second Shift Line Lead", tz="use")
mo("next_steps", "next-taleo", "Pre-employment medical – Req ID {ref}",
   "Dear {n},\n\nCandidate status: Offer Pending – Medical\n\nPlease complete the pre-employment medical examination at the company dispensary by {dl}. Carry a photo ID and this email.\n\n{co} Recruitment Cell",
   "Saurashtra Fasteners Ltd.", "saurashtrafasteners.example", frm="{co} <taleo.noreply@{dom}>", tz="in")
mo("next_steps", "next-personio", "Next step: written task",
   "Dear {n},\n\nit was a good first talk. Now please write a short plan for a hygiene audit of our roasting line; we need it latest on {dl}.\n\nUnfortunately our office is closed on Fridays in summer, so please write to me and not call.\n\nKind regards\n{sig}\nHR | {co}",
   "Thermaikos Tahini S.A.", "thermaikostahini.example", tz="gr")
mo("next_steps", "next-pinpoint", "Written exercise – {role}",
   "Dear {n},\n\nYou have been shortlisted for {role}. Before interview we ask all shortlisted applicants to complete a short written exercise (attached), returned by {dl}.\n\nUnfortunately the field centre has no signal, so we'll phone from the office.\n\n{sig}\nRecruitment, {co}",
   "Waitaki Braided Rivers Trust", "waitakirivers.example", role="Braided Riverbed Monitor", tz="nz")
mo("next_steps", "next-razor", "Practical test – {role}",
   "Dear {n},\n\nYou're invited to our Mbombela store for a short practical test on {dl} at 9 a.m.: a product demonstration and a till exercise.\n\nKind regards,\n{sig}\nStore Manager, {co}",
   "Sharp & Co. Grooming", "sharpgrooming.example", role="Retail Assistant", tz="za")
mo("next_steps", "next-grad", "Graduate Programme – online test",
   "Dear {n},\n\nYou've reached the online test stage. The reasoning test (numbers and words, about 50 minutes) closes on {dl}.\n\nGraduate Recruitment\n{co}",
   "Maharashtra Electrochem Ltd.", "mhelectrochem.example", tz="in")
mo("offer", "offer-bamboo", "Offer – {role}",
   "Dear {n},\n\nDelighted to say we'd love you as {role}, from {dl}. The contract's attached for signing whenever you're ready this week.\n\nUnfortunately our canteen refit overlaps your first two weeks, so do bring something to eat.\n\n{sig}\nPeople Team, {co}\n(sent from BambooHR)",
   ("Lossie Shortbread Co.", "Boyne Butterscotch"), ("lossieshortbread.example", "boynebutterscotch.example"),
   role=("Packing Team Leader", "Confectionery Operative"), tz=("uk", "ie"))
mo("offer", "offer-lever", "Offer – {role}",
   "Hey {n}, we want you for the {role} job. $19.50 an hour, Tuesday to Saturday, starting {dl}. Reply yes and I'll send paperwork.\n\n{sig}, {co}\n\nsent via Lever",
   "Nanaimo Chorizo Co.", "nanaimochorizo.example", role="Production Hand", tz="cap")
mo("offer", "offer-jazz", "Offer letter – {role}",
   "{n},\n\nGood news: you're our new {role}, from {dl}. Offer letter's attached, answer by Friday.\n\nUnfortunately the office coffee maker died, so bring your own.\n\n{sig}\n{co}\n\nvia JazzHR",
   "Front Range Escrow", "frontrangeescrow.example", role="Escrow Assistant", tz="usm")
mo("offer", "offer-ashby", "Your offer from {co}",
   "Hi {n},\n\nWe're very happy to offer you the {role} role. Start date {dl}; salary and benefits sit in the letter. Sign it in the portal.\n\nBest,\n{sig}\n{co} (via Ashby)",
   "Laguna Stent Works", "lagunastent.example", role="QA Engineer", tz="ph")
mo("offer", "offer-maseru", "Shop assistant",
   "Dear {n},\n\nThe shop assistant post is yours. You can start on {dl}. Please come in on Monday to sign.\n\nUnfortunately the shop's back door is broken, so use the front.\n\nKhotso,\n{sig}\n{co}",
   "Maseru Blanket House", "maserublanket.example", tz="ls")
mo("offer", "offer-alice", "Canvas hand job",
   "G'day {n},\n\nThe canvas hand job's yours. Start {dl}, 7am to 3:30, thirty-two bucks an hour.\n\nUnfortunately the workshop fan's dead so it gets warm.\n\n{sig}\n{co}",
   "Alice Swag Makers", "aliceswag.example", tz="nt")
mo("offer", "offer-iqaluit", "Seamstress position",
   "Hi {n},\n\nThe seamstress position is yours. You can start {dl}, part-time, mornings.\n\n{sig}\n{co}",
   "Iqaluit Sealskin Studio", "iqaluitsealskin.example", tz="cae")
mo("offer", "offer-ginning", "Offer – Shift Manager",
   "Dear {n},\n\nThe bale-pressing plant has confirmed an offer for the Shift Manager role. Joining date is {dl}; the offer letter follows by courier.\n\nUnfortunately the plant guest house is full that week, so you may need to stay in Wardha town for a few days.\n\nRegards,\n{sig}\n{co}",
   "Vidarbha Ginning Placements", "vidarbhaginning.example", tz="in")
mo("offer", "offer-status", "Offer – {role}",
   "Hi {n},\n\nOffer made: {role}, starting {dl}. Open your candidate account to accept it.\n\n— {co} hiring team",
   "Burnie Gyroscope Systems", "burniegyro.example", frm="{co} Jobs <jobs@{dom}>", role="Assembly Technician", tz="au")
mo("offer", "offer-thread-keeper", "RE: [EXT] Re: Beat keeper",
   "Morning {n},\n\nThe head keeper's happy, so the beat's yours. Start {dl}; there's a cottage with it.\n\nUnfortunately the cottage chimney needs sweeping before you move in.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Beat keeper\n\nMorning {sf},\n\nThanks again for the walk round.\n\n{n}",
   "Redesdale Pheasant Beat", "redesdaleshoot.example", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "other-review", "Status update: {role}",
   "Application status update\n\nCandidate: {full}\nPosition: {role} ({ref})\nStatus: In review\n\nNobody has had a decision on this position yet. This status changes the moment one is taken.\n\nSent automatically by the {co} recruitment portal; no reply needed.",
   ("Lowveld Crucible Works", "Cheyenne Cobalt Labs"), ("lowveldcrucible.example", "cheyennecobaltlabs.example"),
   frm="{co} Recruitment <portal@{dom}>", role=("Moulding Technician", "Lab Technician"), tz=("za", "usm"))
mo("other_job", "other-withdrawn", "{co} – application withdrawn",
   "<html><body><p>Hello {n},</p><p>As you asked, we have withdrawn your application.</p><table><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn at candidate's request</td></tr></table><p>Your account stays open for future roles.</p></body></html>",
   ("Prince George Radome Fabrication", "Burnie Gyroscope Systems"), ("pgradome.example", "burniegyro.example"),
   frm="{co} Jobs <jobs@{dom}>", role=("Layup Technician", "Test Technician"), tz=("cap", "au"))
mo("other_job", "other-delay", "{role} – change to the timetable",
   "Dear {n},\n\nShortlisting for the Parks Landscape Officer vacancy is pushed back a week, with two panellists on leave. Not a single application has been scored so far; interviews now fall in the last fortnight of the month.\n\nNgā mihi,\n{sig}\nPeople and Capability, {co}",
   "Timaru District Council", "timarudc.example", role="Parks Landscape Officer", tz="nz")
mo("job_alert", "alert-pawn", "New vacancies this Friday",
   "Hello {n},\n\nNew at {co} this week:\n- Customer Desk Assistant, Grimsby\n- Appraiser (trainee), Skegness\n- Branch Supervisor, Lowestoft\n\nSee them all at www.{dom}/careers. You get this because you signed up for job alerts.\n\nUnsubscribe: www.{dom}/alerts/off",
   "Hambleton & Pryce Pawnbrokers", "hambletonpryce.example", frm="{co} Careers <alerts@{dom}>", tz="uk")
mo("job_alert", "alert-disc", "Jobs near Peoria",
   "Hi {n}, here are new postings at {co}:\n\n• Weekend Sales Associate – Peoria, IL\n• Course Crew (seasonal) – Dubuque, IA\n\nApply at {dom}/jobs. Reply STOP to stop these alerts.",
   "Chain & Basket Disc Golf", "chainbasketdisc.example", frm="{co} <jobs@{dom}>", tz="usc")
mo("job_alert", "alert-ute", "New jobs: Esperance and nearby",
   "G'day {n},\n\nNew roles at {co}:\n- Fitment Technician, Esperance\n- Parts Advisor, Kambalda\n- Apprentice 12V Tech, Albany\n\nApply at www.{dom}/careers.\nManage your alerts any time.",
   "Outback Ute Canopies", "outbackutecanopies.example", frm="{co} Careers <careers@{dom}>", tz="wa")
mo("recruiter_outreach", "outreach-cryo", "Cryogenic roles around Middlesbrough",
   "Hi {n},\n\nI recruit plant engineers for gas and cryogenic sites in the North East and your profile came up. I've got two permanent roles around Middlesbrough and Billingham at the moment, both with a shift allowance. Any chance of a quick phone call this week?\n\n{sig}\n{co}",
   "Halyard Technical Recruitment", "halyardtech.example", tz="uk")
mo("recruiter_outreach", "outreach-plating", "Plating chemist opening – Kolhapur",
   "Dear {n},\n\nGreetings. I am hiring a plating bath analyst for a reputed electroplating unit in Kolhapur MIDC, 5–8 years' experience, salary open. If interested, kindly send latest CV with current CTC and notice period.\n\nRegards,\n{sig}\n{co}",
   "Vidarbha Ginning Placements", "vidarbhaginning.example", tz="in")
mo("non_job_rejection_words", "nonjob-creche", "September places",
   "Dear {n},\n\nLovely to get your little one's name on our form. Our September intake has filled, without a place for your child this time. We've kept the form on our waiting list in case one comes up.\n\n{sig}\n{co}",
   "Acorn Corner Creche, Tullamore", "acorncornercreche.example", tz="ie")
mo("non_job_rejection_words", "nonjob-openmic", "Open mic – your slot request",
   "Hey {n},\n\nThanks for asking for a slot at Thursday's open mic. The list filled up within an hour, so your name missed it this week. Try again when sign-ups open on Monday.\n\n{sig}\n{co}",
   "The Snug Open Mic, Ballina", "thesnugballina.example", tz="ie")
mo("non_job_rejection_words", "nonjob-comedy", "New act night",
   "Hi {n},\n\nThanks for sending your clip. The new act night on the 14th is booked with other acts, so you're not on the bill this time. Keep writing.\n\n{sig}\n{co}",
   "Laughing Kookaburra Comedy Club", "kookaburracomedy.example", tz="au")
mo("non_job_rejection_words", "nonjob-cookery", "Rye bread weekend – fully booked",
   "Dear {n},\n\nYour request for the rye bread weekend came in after the last place went. It's full, and there's no squeezing in another baker. The next dates are in the spring.\n\n{sig}\n{co}",
   "Oudtshoorn Cookery School", "oudtshoorncookery.example", tz="za")
mo("non_job_rejection_words", "nonjob-swim", "Membership for the new season",
   "Hi {n},\n\nGreat that you want to swim with {co}. Our insurance caps membership at 120, we're already there for the coming season, and so there's no membership for you this year.\n\n{sig}\nMembership Secretary",
   "Kaikōura Dawn Dippers", "kaikourasea.example", tz="nz")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("whisky", "Photo: note on a bus ticket",
   "[Phone snap of a used bus ticket, scribbled on its reverse and tucked under {n}'s windscreen wiper]\n\n{n} — sorry to miss you. The warehouse job at the bond went to Callum from the cooperage. Thanks for coming up. — {sf}, {co}",
   "Dufftown Whisky Bond", "dufftownbond.example", tz="uk")
wo("application_received", "whisky", "Photo: note on a bus ticket",
   "[Phone snap of a used bus ticket, scribbled on its reverse, left on the bond's front desk for {n}]\n\n{n}, got your CV. Whether it's you or not, I'll leave word on a ticket like this by Friday. — {sf}, {co}",
   "Glen Rinnes Bond", "glenrinnesbond.example", tz="uk")
wr("mead", "Untappd: reply to your check-in",
   "Untappd · {co} replied to your check-in of Dusk Metheglin\n\n\"Thanks for the kind words and for coming in to talk about the cellar job, {n}. We gave it to Rhiannon, who's been bottling with us on Sundays. Next pour's on us.\" — {sig}",
   "Laramie Mead Hall", "laramiemead.example", frm="Untappd <notifications@untappd.example>", tz="usm")
wo("application_received", "mead", "Untappd: reply to your check-in",
   "Untappd · {co} replied to your check-in of Blackcurrant Melomel\n\n\"Got your application for the brewer's assistant spot, {n}! Yes or no, I'll reply on here once we've picked.\" — {sig}",
   "Cheyenne Meadery", "cheyennemeadery.example", frm="Untappd <notifications@untappd.example>", tz="usm")
wo("non_job_rejection_words", "mead-club", "Untappd: reply to your check-in",
   "Untappd · {co} replied to your check-in of Dusk Metheglin\n\n\"Thanks {n}! Sadly all 200 mead club memberships for this year went in a single day. We'll open the waitlist in January.\" — {sig}",
   "Laramie Mead Hall", "laramiemead.example", frm="Untappd <notifications@untappd.example>", tz="usm")
wr("magnetron", "Ham radio contact – transcript",
   "[Transcript typed up by {sig} after the Tuesday evening net, emailed to {n}]\n\n\"...copy that. About the bench tech job at {co}: we signed on a fella from Canyon who's been rebuilding microwave magnetrons out of his garage for ten years. He's in Monday. Seventy-threes, {n}, and thanks for the interest. Clear.\"",
   "Amarillo Magnetron Repair", "amarillomagnetron.example", tz="usc")
wo("application_received", "magnetron", "Ham radio contact – transcript",
   "[Transcript typed up by {sig} after the Thursday net, emailed to {n}]\n\n\"...roger, got your résumé for the repair tech job. Hired or not, I'll give you the word on the net next Thursday. {co} clear.\"",
   "Lubbock Magnetron Service", "lubbockmagnetron.example", tz="usc")
wr("kabaddi", "Voxer: voice message from {sig}",
   "Voxer · Transcript of voice message from {sig}\n\n\"{n}, hi. The fitness trainer post with {co} — the committee has handed it to Gurdev, our old raider who's just finished his physio course. He takes over the sessions from next week. Kind of you to visit the ground.\"",
   "Jodhpur Kabaddi Club", "jodhpurkabaddi.example", frm="Voxer <vox@voxer.example>", tz="in")
wo("application_received", "kabaddi", "Voxer: voice message from {sig}",
   "Voxer · Transcript of voice message from {sig}\n\n\"{n}, we got your form for the team physio post. Whatever the committee decides, you'll get a voice note from me here. Okay, bye.\"",
   "Surat Kabaddi Academy", "suratkabaddi.example", frm="Voxer <vox@voxer.example>", tz="in")
wr("denture", "Photo: label-maker tape on your box",
   "[Photo sent to {n}: label-maker tape stuck on the lid of the trade-test box returned by {co}]\n\nTHANKS {n} - NICE SET - TECH JOB WENT TO KIM FROM KARRATHA LAB - {sf}",
   "Port Hedland Denture Lab", "hedlanddenture.example", tz="wa")
wo("next_steps", "denture", "Photo: label-maker tape on your box",
   "[Photo sent to {n}: label-maker tape on the lid of an empty trade-test box from {co}]\n\nHI {n} - PLEASE DO A FULL UPPER SET IN THIS BOX - BRING IT + REGO BY {dl} - {sf}",
   "South Hedland Denture Works", "southhedlanddenture.example", tz="wa")
wr("embalm", "Call summary from {co}",
   "Dialpad · Call summary\nCaller: {sig}, {co}\nDuration: 2 min 41 s\n\nSummary: {sig} thanked {n} for interviewing for the embalmer apprenticeship and said the funeral home has given the apprenticeship to a licensed director's assistant who already works their night calls. {sig} offered to keep {n}'s details for the spring.",
   "Shreveport Embalming & Care", "shreveportcare.example", frm="Dialpad <summaries@dialpad.example>", tz="usc")
wo("application_received", "embalm", "Call summary from {co}",
   "Dialpad · Call summary\nCaller: {sig}, {co}\nDuration: 1 min 58 s\n\nSummary: {sig} confirmed that {n}'s application for the removal technician post was received. Interviews are next week. If another candidate is chosen, {sig} will call {n} back rather than send a letter.",
   "Biloxi Embalming Services", "biloxiembalming.example", frm="Dialpad <summaries@dialpad.example>", tz="usc")
wr("ghee", "New message on Jiji",
   "Jiji · New message from {sig} ({co})\n\n\"Hello {n}, it was good you came to see the kitchen. The helper job is now with Amina, she used to clarify butter for a hotel in Isiolo. She started on Monday. Blessings.\"\n\nReply on Jiji",
   "Nanyuki Pure Ghee", "nanyukighee.example", frm="Jiji <messages@jiji.example>", tz="ke")
wo("application_received", "ghee", "New message on Jiji",
   "Jiji · New message from {sig} ({co})\n\n\"Hello {n}, I have your details for the packing job. If I take someone else, I will still message you here so you are not waiting.\"\n\nReply on Jiji",
   "Nyeri Golden Ghee", "nyerighee.example", frm="Jiji <messages@jiji.example>", tz="ke")
wr("paneer", "OLX chat: {co}",
   "OLX Chat · {co}\n\n{sig}: Namaste {n} ji. Good you came about the paneer press job. We have kept Ramesh from our Kamptee milk centre for it, he joined yesterday.\n\nTap to reply",
   "Nagpur Fresh Paneer", "nagpurpaneer.example", frm="OLX <chat@olx.example>", tz="in")
wo("offer", "paneer", "OLX chat: {co}",
   "OLX Chat · {co}\n\n{sig}: Namaste {n} ji, the delivery boy job is yours. Salary ₹14,000, start on {dl}, timing 5 am to 1 pm. Unfortunately our van AC is not working, so morning rounds only for now.\n\nTap to reply",
   "Wardha Malai Paneer", "wardhapaneer.example", frm="OLX <chat@olx.example>", tz="in")
wr("halva", "{sig} replied to you on Bluesky",
   "Bluesky · {sig} (@{sl}.bsky.example) replied to you\n\n\"@{n}: your note made our day, and so did the trial bake! The kitchen job's gone to Yasmin, our tahini halva maker from two summers of market stalls. 🧡\"",
   "Tucson Halva Kitchen", "tucsonhalva.example", frm="Bluesky <notifications@bsky.example>", tz="az")
wo("offer", "halva", "{sig} replied to you on Bluesky",
   "Bluesky · {sig} (@{sl}.bsky.example) replied to you\n\n\"@{n}: you've got the kitchen job! Start {dl}, check your DMs for the details. Unfortunately our mixer is out for repair so week one is all hand-stirring 😅\"",
   "Flagstaff Halva Co.", "flagstaffhalva.example", frm="Bluesky <notifications@bsky.example>", tz="az")
wr("nickel", "Webex: message in Recruitment – Process Operators",
   "Webex · {sig} posted in Recruitment – Process Operators ({co})\n\n@{n} cheers for the call this morning. The process operator vacancy has been filled by an operator transferring across from the Kwinana plant, so we'll close out your file. Appreciate the interest.",
   "Kambalda Nickel Works", "kambaldanickel.example", frm="Webex <noreply@webex.example>", tz="wa")
wo("next_steps", "nickel", "Webex: message in Recruitment – Process Operators",
   "Webex · {sig} posted in Recruitment – Process Operators ({co})\n\n@{n} you've passed the interview stage. Please book your pre-employment medical and drug and alcohol test before {dl}; the booking link is pinned in this space.",
   "Kambalda Nickel Works", "kambaldanickel.example", frm="Webex <noreply@webex.example>", tz="wa")
wr("hydro", "New comment on \"Applicants – Grower\"",
   "Airtable · {sig} commented on a record in Applicants – Grower ({co})\n\n\"{n} — thanks for the farm walk. We've gone with Tama from the Waimate nursery for the grower role; he starts on the 5th. Marking this record closed.\"",
   "Oamaru Hydroponic Farm", "oamaruhydro.example", frm="Airtable <notifications@airtable.example>", tz="nz")
wo("interview", "hydro", "New comment on \"Applicants – Grower\"",
   "Airtable · {sig} commented on a record in Applicants – Grower ({co})\n\n\"{n} — want to come for a farm walk on {dl} at 10? Unfortunately the packhouse is a bit of a building site this month, so wear boots.\"",
   "Blenheim Hydroponic Herbs", "blenheimhydro.example", frm="Airtable <notifications@airtable.example>", tz="nz")
wr("worm", "Order #{ref}: note from {co}",
   "Shopify · Note on order #{ref} (1 × Worm Castings 10 L)\n\nHi {n}, your order's packed, and about the farm hand job you asked after: We've taken on Niall from the Edgeworthstown allotments for it, so the job is gone for this year. Your castings ship Monday. — {sf}",
   "Longford Vermiculture", "longfordvermiculture.example", frm="{co} <orders@{dom}>", tz="ie")
wo("offer", "worm", "Order #{ref}: note from {co}",
   "Shopify · Note on order #{ref} (1 × Tiger Worms 500 g)\n\nHi {n}, thanks for the order. About the farm hand job: it's yours. Start {dl}, Tuesdays to Thursdays. Unfortunately the yard floods in heavy rain, so bring wellies. — {sf}",
   "Granard Vermiculture", "granardworms.example", frm="{co} <orders@{dom}>", tz="ie")
wr("forage", "{co} responded to your review",
   "AllTrails · {co} responded to your review of \"Sea Beet Clifftop Walk\"\n\n\"Diolch {n}, glad you enjoyed it! About the walk leader job you asked after: we've given it to Cerys from the Llangrannog hostel, who has foraged these cliffs all her life. Hope to see you out again.\"",
   "Brecon Foraging Walks", "breconforaging.example", frm="AllTrails <noreply@alltrails.example>", tz="uk")
wo("application_received", "forage", "{co} responded to your review",
   "AllTrails · {co} responded to your review of \"Ramsons Ridge Loop\"\n\n\"Thanks {n}! And yes, got your email about leading walks. Walk leader or not, I'll answer you before the bluebells are over.\"",
   "Usk Foraging Rambles", "uskwildfood.example", frm="AllTrails <noreply@alltrails.example>", tz="uk")
wr("maggot", "eBay: message from {sig}",
   "eBay · Message from {sig} about item: Live Maggots 1 pint (Mixed)\n\n\"Hi {n}, thanks for asking about the packer job. My brother-in-law Gary has taken it on, he's been helping out since the summer. Your bait's gone out first class. Tight lines.\"",
   "Lincolnshire Bait Co.", "lincsbait.example", frm="eBay <members@ebay.example>", tz="uk")
wo("interview", "maggot", "eBay: message from {sig}",
   "eBay · Message from {sig} about item: Red Maggots 2 pints\n\n\"Hi {n}, about the packer job: come down for a trial morning on {dl}, 7 till 12. Unfortunately the riddling shed does smell a bit, so old clothes.\"",
   "Spalding Bait Works", "spaldingbaits.example", frm="eBay <members@ebay.example>", tz="uk")
wr("shear", "Marco Polo: video from {sig}",
   "Marco Polo · Video from {sig} (auto-transcript)\n\n\"Kia ora {n}, {sig} here from {co}. Just letting you know, we've put Tipene's cousin on the stand for the season — he's been on the board with us three years and he's ready. Cheers for ringing, bro.\"",
   "Southland Shearers", "southlandshearers.example", frm="Marco Polo <videos@marcopolo.example>", tz="nz")
wo("interview", "shear", "Marco Polo: video from {sig}",
   "Marco Polo · Video from {sig} (auto-transcript)\n\n\"Kia ora {n}, come out to the Gore woolshed on {dl}, 5 am start, and shear a run with us. Unfortunately the shed's got no power at the moment so it's blades or the generator. See ya.\"",
   "Otautau Shearers", "otautaushearers.example", frm="Marco Polo <videos@marcopolo.example>", tz="nz")
wr("mahjong", "Photo: Scrabble tiles on the counter",
   "[Photo sent by {sig} of Scrabble tiles laid out on the counter at {co}]\n\nSORRY {n} / MRS CHIN TOOK / THE JOB / THANKS",
   "Kingston Mahjong House", "kingstonmahjong.example", tz="jm")
wo("next_steps", "mahjong", "Photo: Scrabble tiles on the counter",
   "[Photo sent by {sig} of Scrabble tiles laid out on the counter at {co}]\n\n{n} / BRING ID AND / FOOD CARD / BY {dl}",
   "Liguanea Mahjong Club", "liguaneamahjong.example", tz="jm")
wr("bobsled", "Teletext: page 417",
   "[Screenshot of the club's teletext-style noticeboard page, sent to {n}]\n\n{co} P417\nPUSH ATHLETE TRIALS: RESULT\nThank you {n}. Brakeman spot now\ntaken by Kai A. (sprinter, 4th\nat county champs). See you at the\nnext open session.",
   "Bath Bobsled Push Club", "bathbobsled.example", tz="uk")
wo("next_steps", "bobsled", "Teletext: page 418",
   "[Screenshot of the club's teletext-style noticeboard page, sent to {n}]\n\n{co} P418\nPUSH ATHLETE TRIALS\n{n}: fitness test booked\n30m sprint + standing jump\nBy {dl}. Bring spikes.",
   "Bath Bobsled Push Club", "bathbobsled.example", tz="uk")
wo("job_alert", "bobsled-jobs", "Teletext: page 650",
   "[Screenshot of the club's teletext-style noticeboard page, sent to members]\n\n{co} P650 JOBS\nTrack shop assistant (Sat)\nMinibus driver (winter trips)\nApply: jobs@{dom}",
   "Bath Bobsled Push Club", "bathbobsled.example", tz="uk")
wr("kart", "Xbox: party chat message",
   "Xbox · Message from {sig} ({co})\n\n{sig}: yo {n} gg tonight. about the track marshal thing, boss hired his nephew Tyler who's been sweeping the pits since he was 12. sorry man",
   "Lubbock Karting Circuit", "lubbockkarting.example", frm="Xbox <messages@xbox.example>", tz="usc")
wo("application_received", "kart", "Xbox: party chat message",
   "Xbox · Message from {sig} ({co})\n\n{sig}: hey {n} got ur application for pit crew 👍 if we pick someone else ill msg u here, promise",
   "Amarillo Indoor Karting", "amarillokarting.example", frm="Xbox <messages@xbox.example>", tz="usc")
wr("sponge", "Aldis lamp signal – written out",
   "[Aldis lamp message flashed from the boat to the dock at dusk, written out by {sig} and emailed to {n}]\n\nTO {n}. DECKHAND BERTH FILLED BY NIKO K FROM KALYMNOS. THANKS. {co}. END",
   "Tarpon Springs Sponge Boat", "tarponsponge.example", tz="use")
wo("next_steps", "sponge", "Aldis lamp signal – written out",
   "[Aldis lamp message flashed from the boat to the dock, written out by {sig} and emailed to {n}]\n\nTO {n}. BRING DIVE CERT AND MEDICAL BEFORE {dl}. UNFORTUNATELY BOAT RADIO DOWN. {co}. END",
   "Anclote Sponge Divers", "anclotesponge.example", tz="use")
wr("seismo", "Mattermost: message in ~recruiting",
   "Mattermost · {sig} in ~recruiting ({co})\n\n@{n} thanks for coming to the vault on Friday. The field tech role is going to Ruby, who did her honours on our Paparoa stations. She starts on the 2nd.",
   "Greymouth Seismograph Station", "greymouthseismo.example", frm="Mattermost <noreply@mattermost.example>", tz="nz")
wo("application_received", "seismo", "Mattermost: message in ~recruiting",
   "Mattermost · {sig} in ~recruiting ({co})\n\n@{n} your application's in. Whatever we decide, the answer will land in this channel, from me.",
   "Westport Seismic Observers", "westportseismic.example", frm="Mattermost <noreply@mattermost.example>", tz="nz")
wr("shinty", "{sig} replied to your post",
   "Mastodon · {sig} (@{sl}@{dom}) replied:\n\n@{n} cheers for coming to training. The development officer post has gone to Ruaraidh, who coached the primary schools league for us last season. See you at the next home game!",
   "Oban Shinty Club", "obanshinty.example", frm="Mastodon <notifications@{dom}>", tz="uk")
wo("interview", "shinty", "{sig} replied to your post",
   "Mastodon · {sig} (@{sl}@{dom}) replied:\n\n@{n} come and run the under-12s session on {dl} at 6pm so the committee can see you coach. Unfortunately the pavilion showers are off.",
   "Lochaber Shinty Club", "lochabershinty.example", frm="Mastodon <notifications@{dom}>", tz="uk")
wr("windsurf", "Semaphore from the beach – written out",
   "[Semaphore sent from the rescue tower to the clubhouse, read by {sig} and emailed to {n}]\n\n{n} INSTRUCTOR POST TO LWAZI FROM JEFFREYS BAY THANK YOU {co}",
   "Knysna Windsurf School", "knysnawindsurf.example", tz="za")
wo("interview", "windsurf", "Semaphore from the beach – written out",
   "[Semaphore sent from the rescue tower to the clubhouse, read by {sig} and emailed to {n}]\n\n{n} WATER TEST {dl} 9AM UNFORTUNATELY WATER VERY COLD BRING WETSUIT {co}",
   "Sedgefield Windsurf Club", "sedgefieldwindsurf.example", tz="za")
wr("cornhole", "Message from the organizer of {co}",
   "Eventbrite · Message from the organizer of {co} Fall League\n\nHi {n}, thanks for coming out to referee at the tryout night. We've brought on Denise, who's been running our bracket for two seasons, as league organizer. See you at the boards some Thursday!",
   "Dayton Cornhole League", "daytoncornhole.example", frm="Eventbrite <noreply@eventbrite.example>", tz="use")
wo("interview", "cornhole", "Message from the organizer of {co}",
   "Eventbrite · Message from the organizer of {co} Winter League\n\nHi {n}, come referee a few games at tryout night on {dl}, 7pm, so we can see you in action. Unfortunately the bar's cash only.",
   "Erie Cornhole Association", "eriecornhole.example", frm="Eventbrite <noreply@eventbrite.example>", tz="use")
wr("takraw", "Carousell: new message",
   "Carousell · Chat with {sig} ({co})\n\n{sig}: Hi {n}, thanks for coming to the court on Saturday. The trainer post we have passed to Faizal, our former tekong, he start next month. Thank you ya.",
   "Kota Kinabalu Sepak Takraw Club", "kksepaktakraw.example", frm="Carousell <chat@carousell.example>", tz="my")
wo("application_received", "takraw", "Carousell: new message",
   "Carousell · Chat with {sig} ({co})\n\n{sig}: Hi {n}, received your form for assistant trainer. Selected or not, we will reply you in this chat ok.",
   "Sandakan Takraw Association", "sandakantakraw.example", frm="Carousell <chat@carousell.example>", tz="my")
wr("bannock", "Photo: Etch A Sketch at the stand",
   "[Photo sent to {n} of an Etch A Sketch propped on the counter of {co}]\n\nHI {n}\nJOB WENT TO MY\nCOUSIN DARLENE\nTHANKS!! - {sf}",
   "Corner Brook Bannock Stand", "cbbannock.example", tz="cnl")
wo("offer", "bannock", "Photo: Etch A Sketch at the stand",
   "[Photo sent to {n} of an Etch A Sketch propped on the counter of {co}]\n\n{n} - JOBS YOURS\nSTART {dl}\nBRING APRON - {sf}",
   "Pasadena Bannock Wagon", "pasadenabannock.example", tz="cnl")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص وظيفة مساعد التحميص",
   "مرحباً {n}،\n\nشكراً لزيارتك المحمصة الأسبوع الماضي. وظيفة مساعد التحميص صارت لشاب من بلدة حوّارة، عمل معنا في موسم الفريكة الماضي، وقد باشر عمله يوم الأحد.\n\nمع أطيب التحيات،\n{sig}\n{co}",
   "محمصة إربد للفريكة", "irbidfreekeh.example", tz="jo", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "مرحباً {n}،\n\nوصلنا طلبك لوظيفة عامل تعبئة في المحمصة، وسنقابل المتقدمين خلال الأسبوعين القادمين. سواء وقع اختيارنا عليك أم على غيرك، سنتصل بك لنخبرك بالنتيجة.\n\n{sig}\n{co}",
   "فريكة الرمثا البلدية", "ramthafreekeh.example", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung als Achatschleifer/in",
   "Hallo {n},\n\nschön, dass Sie sich unsere Schleiferei angesehen haben. Den Platz am Schleifstein hat inzwischen Herr Wagner übernommen, der bis zum Frühjahr bei einem Edelsteinhändler in der Nachbarschaft gearbeitet hat. Er fängt am Montag bei uns an.\n\nFreundliche Grüße\n{sig}\n{co}",
   "Achatschleiferei Kilian, Idar-Oberstein", "achat-kilian.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probearbeiten",
   "Hallo {n},\n\ndanke für Ihre Unterlagen. Wir laden Sie gern zum Probearbeiten am {dl} um 8 Uhr in die Schleiferei ein; rechnen Sie mit etwa drei Stunden.\n\nLeider ist der Parkplatz vor dem Haus wegen Bauarbeiten gesperrt, bitte parken Sie am Bahnhof.\n\nFreundliche Grüße\n{sig}\n{co}",
   "Edelsteinschleiferei Brück, Kirschweiler", "schleiferei-brueck.example", tz="de", lang="de")
wr("es", "Sobre el puesto de tejedora",
   "Estimada/o {n}:\n\nGracias por venir al taller la semana pasada. El puesto de tejedora ya lo ocupa doña Rosa Quishpi, de Sígsig, que teje sombreros finos desde hace veinte años y empezó el lunes con nosotros.\n\nSaludos cordiales,\n{sig}\n{co}",
   "Taller de Paja Toquilla Guamán, Cuenca", "toquillacuenca.example", tz="ec", lang="es")
wo("application_received", "es", "Recibimos su solicitud",
   "Estimada/o {n}:\n\nHemos recibido su solicitud para el puesto de ayudante de hormado. Entrevistaremos a los candidatos durante este mes. Le escribiremos con la respuesta, sea cual sea, en cuanto tengamos una decisión.\n\n{sig}\n{co}",
   "Sombreros Finos del Azuay", "sombrerosazuay.example", tz="ec", lang="es")
wr("fr", "Poste d'aide-teinturier",
   "Bonjour {n},\n\nVotre visite à l'atelier nous a fait plaisir. L'aide-teinturier, finalement, ce sera Seydou, un jeune de Ségou qui prépare déjà la boue fermentée avec nous depuis la saison sèche. Il a commencé lundi.\n\nCordialement,\n{sig}\n{co}",
   "Atelier Bogolan Diarra, Bamako", "bogolandiarra.example", tz="ml", lang="fr")
wo("next_steps", "fr", "Documents à fournir avant le {dl}",
   "Bonjour {n},\n\nBonne nouvelle : vous passez à l'étape suivante (aide-teinturier). Il nous faut, au plus tard le {dl}, votre carte d'identité photocopiée et deux photos.\n\nMalheureusement, le téléphone de l'atelier est en panne : passez directement ou écrivez-nous.\n\n{sig}\n{co}",
   "Teinturerie Bogolan de Kati", "bogolankati.example", tz="ml", lang="fr")
wr("hi", "इमरती की गद्दी",
   "नमस्ते {n} जी,\n\nदुकान तक आए, शुक्रिया। इमरती तलने वाली गद्दी अब रफ़ीक़ भाई के बेटे ने सँभाल ली है, जो शाम को हमसे हुनर सीखता रहा। सोमवार से कड़ाही उसी के हाथ में है।\n\nसादर,\n{sig}\n{co}",
   "जौनपुर इमरती भंडार", "jaunpurimarti.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँची",
   "नमस्ते {n} जी,\n\nहलवाई सहायक वाली अर्ज़ी यहाँ दर्ज हो चुकी। अगले हफ़्ते सभी उम्मीदवारों से भेंट होगी। चाहे आपको रखें चाहे दूसरे को, फ़ोन पर नतीजा ज़रूर सुनाएँगे।\n\n{sig}\n{co}",
   "शाही इमरती घर, जौनपुर", "shahiimarti.example", tz="in", lang="hi")
wr("it", "Il posto al banco",
   "Gentile {n},\n\ngrazie per essere passato in bottega. Il posto al banco l'abbiamo dato a Matteo, il figlio del nostro allevatore di Cascia, che lavora già con noi il sabato. Comincia lunedì.\n\nCordiali saluti,\n{sig}\n{co}",
   "Norcineria Sensi, Norcia", "norcineriasensi.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nil posto di aiuto norcino è suo, se lo vuole: si parte il {dl}, a tempo pieno. Le mandiamo il contratto in settimana.\n\nPurtroppo la macchina del caffè in laboratorio è rotta, quindi per ora si fa colazione al bar.\n\nCordiali saluti,\n{sig}\n{co}",
   "Salumeria Pacetti, Preci", "salumeriapacetti.example", tz="it", lang="it")
wr("ja", "研磨職のご応募について",
   "{n} 様\n\n先日は工場までお越しいただき、誠にありがとうございました。研磨職につきましては、市内の同業者で十年にわたり研磨を担当してこられた方に来ていただくことになり、来週から勤務が始まります。\n\n{n} 様のこれからのご健勝をお祈り申し上げます。\n\n{sig}\n{co}",
   "燕テーブルウェア工業株式会社", "tsubame-tableware.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内",
   "{n} 様\n\nこのたびはご応募いただきありがとうございます。{dl} 午前10時より、弊社工場にて面接を行いたく存じます。\n\nあいにく工場の駐車場が工事中のため、燕三条駅からタクシーをご利用ください。\n\n{sig}\n{co}",
   "三条金属洋食器株式会社", "sanjo-metal.example", tz="jp", lang="ja")
wr("ko", "자개 보조 자리 관련",
   "{n} 님께\n\n공방에 직접 와 주셔서 고맙습니다. 자개 붙이는 보조 자리는 저희 주말 수업을 삼 년째 들어 온 분이 맡게 되어, 다음 주부터 함께 일합니다.\n\n늘 건강하세요.\n{sig}\n{co}",
   "원주 자개공방", "wonjunajeon.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내",
   "{n} 님께\n\n서류 전형을 통과하셨습니다. {dl}까지 신분증 사본, 그리고 작업 사진 열 장을 보내 주시면 됩니다.\n\n아쉽게도 작업실 팩스기가 멈춰서, 메일로 부탁드려요.\n\n{sig}\n{co}",
   "횡성 나전칠기 공방", "hoengseongnajeon.example", tz="kr", lang="ko")
wr("pt", "Lugar de aprendiz",
   "Olá {n},\n\nObrigada por ter vindo à oficina. O lugar de aprendiz de cestaria ficou para a Dona Albertina, que fazia cestos connosco na feira de quinta-feira há muitos anos. Começou esta semana.\n\nCumprimentos,\n{sig}\n{co}",
   "Cestaria Araújo, Barcelos", "cestariaaraujo.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\nO lugar de ajudante de cestaria é seu, a começar em {dl}, dias úteis.\n\nInfelizmente a carrinha está na oficina, por isso nas primeiras semanas tem de vir pelos seus meios.\n\nCumprimentos,\n{sig}\n{co}",
   "Vimes de Esposende", "vimesesposende.example", tz="pt", lang="pt")
wr("ru", "О вакансии помощника пекаря",
   "Здравствуйте, {n}!\n\nБлагодарим за визит в нашу пекарню. На место помощника пекаря мы взяли Анну из Заволжья: она уже два года печёт у нас пряники к ярмаркам. В понедельник она вышла на смену.\n\nС уважением,\n{sig}\n{co}",
   "Городецкая пряничная пекарня", "gorodets-pryanik.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваша заявка получена",
   "Здравствуйте, {n}!\n\nВаша заявка на место фасовщицы получена. Собеседования пройдут на следующей неделе. Ответ мы пришлём в любом случае — и если выберем вас, и если остановимся на другом человеке.\n\n{sig}\n{co}",
   "Пряничный двор, Чкаловск", "chkalovsk-pryanik.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya fundi msaidizi",
   "Habari {n},\n\nAsante kwa kufika karakana wiki iliyopita. Nafasi ya fundi msaidizi amepewa Hamisi, kijana wa Kilwa Kivinje aliyejifunza kazi hapa karakana kwa miezi kumi na minne. Ameanza kazi Jumatatu.\n\nWako,\n{sig}\n{co}",
   "Karakana ya Useremala Kilwa", "kilwaseremala.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi",
   "Habari {n},\n\nTunafurahi kukupa nafasi ya fundi msaidizi kuanzia {dl}. Mshahara tutaongea ukifika.\n\nKwa bahati mbaya umeme hukatika mara kwa mara hapa karakana, kwa hiyo kazi nyingi ni za mkono.\n\nWako,\n{sig}\n{co}",
   "Seremala wa Lindi", "seremalalindi.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งหัวหน้าคนเก็บมังคุด",
   "เรียน คุณ{n}\n\nขอบคุณที่แวะมาคุยกันที่สวนเมื่อสัปดาห์ก่อน ตำแหน่งหัวหน้าคนเก็บมังคุดตอนนี้เป็นของพี่สมศักดิ์แล้ว เขาเก็บผลไม้ให้สวนเรามาหลายฤดู และเริ่มงานวันจันทร์นี้\n\nขอแสดงความนับถือ\n{sig}\n{co}",
   "สวนมังคุดเพชรรัตน์ จันทบุรี", "chanthaburimangosteen.example", tz="th", lang="th")
wo("interview", "th", "เชิญมาทดลองงาน",
   "เรียน คุณ{n}\n\nขอเชิญมาทดลองงานเก็บมังคุดที่สวนในวันที่ {dl} เวลา 7 โมงเช้า\n\nน่าเสียดายที่ถนนเข้าสวนกำลังซ่อม กรุณาจอดรถที่วัดแล้วเดินเข้ามา\n\n{sig}\n{co}",
   "สวนผลไม้ลุงบุญ ขลุง", "khlungorchard.example", tz="th", lang="th")
wr("tr", "Çırak tezgâhı hakkında",
   "Merhaba {n},\n\nAtölyemize geldiğiniz için teşekkür ederiz. Çırak tezgâhına, iki yıldır hafta sonları bizimle çalışan Yusuf'u aldık; pazartesi başladı.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Beypazarı Telkari Atölyesi", "beypazaritelkari.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler – son gün {dl}",
   "Merhaba {n},\n\nBaşvurunuz bir sonraki aşamaya geçti. {dl} tarihine kadar kimlik fotokopinizi ve sağlık raporunuzu atölyeye getirmenizi rica ederiz.\n\nMaalesef atölyenin telefonu arızalı, lütfen e-postayla yazın.\n\n{sig}\n{co}",
   "Ayaş Gümüş İşleme", "ayasgumus.example", tz="tr", lang="tr")
wr("ur", "مالی کی جگہ کے بارے میں",
   "السلام علیکم {n}،\n\nباغ پر آنے کا شکریہ۔ مالی کی جگہ پر ہم نے استاد گل خان کے بھتیجے کو رکھ لیا ہے، جو دو موسموں سے کنو کی چنائی میں ہمارے ساتھ رہا۔ وہ پیر سے کام پر ہے۔\n\nوالسلام،\n{sig}\n{co}",
   "سرگودھا کنو باغات", "sargodhakinnow.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات جمع کرائیں",
   "السلام علیکم {n}،\n\nآپ کی درخواست اگلے مرحلے میں ہے۔ {dl} تک شناختی کارڈ کی کاپی اور میڈیکل سرٹیفکیٹ دفتر میں جمع کرا دیں۔\n\nبدقسمتی سے دفتری ٹیلیفون آج کل بند پڑا ہے، سو ای میل کیجیے۔\n\n{sig}\n{co}",
   "بھلوال کنو پیکنگ ہاؤس", "bhalwalkinnow.example", tz="pk", lang="ur")
wr("zh", "关于扎作学徒一职",
   "{n}您好：\n\n感谢您上周来作坊面谈。扎作学徒的位置，我们请了陈师傅的外甥来做，他跟着我们学了两年，周一已经开工了。\n\n祝好！\n{sig}\n{co}",
   "佛山醒狮扎作坊", "foshanliondance.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的报名",
   "{n}您好：\n\n您应聘彩绘助手的材料我们已经收到，下周会安排面谈。无论最后选的是不是您，我们都会打电话告诉您结果。\n\n{sig}\n{co}",
   "南海狮头彩扎社", "nanhaishitou.example", tz="cn", lang="zh")
wr("rom", "E zurlake than",
   "Lačho dive {n},\n\nNajis tuke kaj avilan ko amaro bašaldipe. E zurlake than lilam e Sevdžane, e Ramadaneskoro čhavo andar i Topaana; vov akana bašalel amencar. Ko kurko kerela pesko angluno bijav amencar.\n\nSastipe,\n{sig}\n{co}",
   "Orkestar Šutka Zurla", "sutkazurla.example", tz="mk", lang="rom")
wo("application_received", "rom", "Primisardam tiro lil",
   "Lačho dive {n},\n\nPrimisardam tiro lil. Akaja kurko ka ašunas savorre bašalnen. Te lelam tut vaj te lelam avere, ka phenas tuke ko telefoni.\n\n{sig}\n{co}",
   "Šutka Bašalde Bijavenge", "sutkabasalde.example", tz="mk", lang="rom")
wr("cak", "Ri samaj chi rij ri ajkem",
   "Xseqër {n},\n\nMatyöx chawe ruma xatpe pa ri qachoch ri ojkem. Ri samaj chi rij ri ajkem xya chi re ri te' Xicay, jun ixöq richin Patzún, ri nkem yan qik'in oxi' juna'. Xtikïr pa samaj ri wakatäq q'ij.\n\n{sig}\n{co}",
   "Ajkem Tecpán", "tecpanhuipil.example", tz="gt", lang="cak")
wo("application_received", "cak", "Xqak'ül ri awuj",
   "Xseqër {n},\n\nMatyöx chawe, xqak'ül ri awuj. Pa jun wuqq'ij xkeqatzu' konojel. We xatqacha' o we xqacha' jun chik, xtiqaya' rutzijol chawe.\n\n{sig}\n{co}",
   "Ajkem Patzicía", "patziciahuipil.example", tz="gt", lang="cak")
wr("tkl", "Te tulaga lalaga",
   "Malo ni {n},\n\nFakafetai mo tau tusi. Ko te tulaga lalaga kua tuku atu ki a Losa, te afafine o Sione mai Fale; na kamata ia i te Aho Gafua.\n\nFakafetai lahi,\n{sig}\n{co}",
   "Fale Galuega Taulima Fakaofo", "fakaofohandicraft.example", tz="tk", lang="tkl")
wo("interview", "tkl", "Fakatalanoaga",
   "Malo ni {n},\n\nE fia fakatalanoa matou ki a koe i te fale o te fono i te {dl}, i te itula e iva i te taeao. Fakanoanoa, ko te vaka e hau i te vaiaho tenei, tenā ko te ala atu i te taeao.\n\n{sig}\n{co}",
   "Fale Lalaga Nukunonu", "nukunonulalaga.example", tz="tk", lang="tkl")
wr("mos", "Zãndbã tʋʋmdã",
   "Ne y yibeoogo {n},\n\nBarka woto y sẽn wa d zĩigẽ wã. Zãndbã tʋʋmdã, d kõo a Aminata, a Salif bi-pugl sẽn yi Réo. A sɩnga tʋʋmdã tẽnd-n-taoore.\n\nWẽnd na kõ-y laafɩ,\n{sig}\n{co}",
   "Faso Dan Fani Koudougou", "koudougoufdf.example", tz="bf", lang="mos")
wo("interview", "mos", "Y wa d zĩigẽ",
   "Ne y yibeoogo {n},\n\nD bõondame tɩ y wa d zĩigẽ {dl}, yʋʋng a nii, tɩ d yã y sẽn zãnd to-to. Yel-beed yaa tɩ sor-kãsengã sãama, bɩ y yi ne-beoog pʋgẽ.\n\n{sig}\n{co}",
   "Zãndbã Zĩig Réo", "reozandba.example", tz="bf", lang="mos")
wr("lzz", "Mzareuli xeleşi",
   "Ǩai dğa {n},\n\nDidi mardi, lokantaşa moxti şeni. Mzareuli xeleşi oxorişi Memeti doviçi; aya ar ç̌ai k'vatepe şk'uni oxorisen muşi moxtu. Ç̌umanis doç̌ǩu.\n\n{sig}\n{co}",
   "Arhavi Hamsi Lokantasi", "arhavihamsi.example", tz="tr", lang="lzz")
wr("pnt", "Για το τεζάκι τη μαθητή",
   "Καλημέραν {n},\n\nΕυχαριστώ σε ντ' έρθες σ' εργαστήρι. Το τεζάκι τη μαθητή εδώκαμε ατο σον Λάζαρον, το παιδίν τη Γιωρίκα ασ' σην Καλαμαριάν· ατός δουλεύ' μετ' εμάς ασ' σην Δευτέραν.\n\nΜε αγάπη,\n{sig}\n{co}",
   "Εργαστήριον Λύρας Βέροιας", "veria-lyra.example", tz="gr", lang="pnt")
wo("next_steps", "pnt", "Χαρτία ως τη {dl}",
   "Καλημέραν {n},\n\nΠέμψον με ως τη {dl} την ταυτότηταν ντ' εσέν και έναν χαρτίν ασ' σον γιατρόν. Κακά, το τηλέφωνον τ' εργαστηρί' εχάλασεν, γράψον με σ' ημέιλ.\n\n{sig}\n{co}",
   "Εργαστήριον Κεμεντζέ Κοζάνης", "kozani-kementze.example", tz="gr", lang="pnt")
wr("kum", "Чуду биширивчюню ери",
   "Салам {n},\n\nБизин пекарнягъа гелгенинг учун савбол. Чуду биширивчюню ерине биз Патиматны алдыкъ — ол эки йыл базарда бизин булан ишлей эди. Душенбеден башлап ол бизде.\n\nСав болугъуз,\n{sig}\n{co}",
   "Буйнакская пекарня «Чуду»", "buynaksk-chudu.example", tz="ru", lang="kum")
wo("application_received", "kum", "Арзагъыз етишди",
   "Салам {n},\n\nСизин арзагъыз бизге етишди. Гелеген жумада барысы булан да сёйлежекбиз. Сизни алсакъ да, башгъаны алсакъ да, жавапны сизге язажакъбыз.\n\n{sig}\n{co}",
   "Къарабудахкент чуду уьйю", "karabudakhkent-chudu.example", tz="ru", lang="kum")
wr("glk", "شاگردی جا",
   "سلام {n} جان،\n\nممنون کی امی کلوچه‌پزی بامويی. شاگردی جا ره آقا رضا پسر فادیم، هو کی دو سال ایسه امی وَره کار کونه. دوشنبه جا کار ره شروع بوکود.\n\nقوربان شیمی،\n{sig}\n{co}",
   "کلوچه‌پزی رشت", "rashtkolucheh.example", tz="ir", lang="glk")
wo("application_received", "glk", "شیمی درخاست برسه",
   "سلام {n}،\n\nشیمی درخاست امرا برسه. اَ هفته همه ره دینیم. چی شمره اینتخاب بوکونیم، چی یکی دیگه ره، جواب ره شمره گوییم.\n\n{sig}\n{co}",
   "کلوچه‌پزی فومن", "fumankolucheh.example", tz="ir", lang="glk")
wr("aii", "ܕܘܟܬܐ ܕܫܘܠܝܐ",
   "ܫܠܵܡܵܐ {n}،\n\nܒܣܝܡܐ ܕܐܬܝܬ ܠܒܝܬ ܨܘܪܬܐ ܕܝܢ. ܕܘܟܬܐ ܕܫܘܠܝܐ ܝܗܒܠܢ ܠܐܕܘܪ، ܒܪܘܢܐ ܕܡܥܠܡܢܐ ܕܝܢ، ܕܟܐ ܦܠܚ ܥܡܢ ܡܢ ܬܪܬܝ ܫܢܐ. ܫܪܐ ܠܦܠܚܢܐ ܒܬܪܝܢܫܒܐ.\n\n{sig}\n{co}",
   "ܒܝܬ ܨܘܪܬܐ ܥܢܟܒܐ", "ankawaicons.example", tz="iq", lang="aii")
wo("offer", "aii", "ܕܘܟܬܐ ܕܫܘܠܝܐ ܕܝܘܟ ܝܠܗ",
   "ܫܠܵܡܵܐ {n}،\n\nܟܐ ܝܗܒܚ ܠܘܟ ܕܘܟܬܐ ܕܫܘܠܝܐ ܡܢ {dl}. ܒܨܪܘܬܐ، ܡܫܚܠܢܐ ܕܒܝܬ ܨܘܪܬܐ ܬܒܝܪܐ ܝܠܗ، ܐܝܬܝ ܡܝܐ ܡܢ ܒܝܬܘܟ.\n\n{sig}\n{co}",
   "ܒܝܬ ܐܝܩܘܢܐ ܢܘܗܕܪܐ", "nohadraicons.example", tz="iq", lang="aii")
wr("mni", "ꯃꯤꯜ ꯁꯨꯄꯔꯚꯥꯏꯖꯔꯒꯤ ꯊꯕꯛ",
   "ꯈꯨꯔꯨꯝꯖꯔꯤ {n},\n\nꯑꯩꯈꯣꯌꯒꯤ ꯆꯥꯛ-ꯍꯥꯎ ꯃꯤꯜꯗ ꯂꯥꯀꯈꯤꯕꯒꯤꯗꯃꯛ ꯊꯥꯒꯠꯆꯔꯤ꯫ ꯃꯤꯜ ꯁꯨꯄꯔꯚꯥꯏꯖꯔꯒꯤ ꯊꯕꯛ ꯑꯗꯨ ꯇꯣꯝꯕꯤꯅ ꯂꯧꯈꯔꯦ, ꯃꯍꯥꯛ ꯆꯍꯤ ꯑꯅꯤ ꯑꯩꯈꯣꯌꯒ ꯊꯕꯛ ꯇꯧꯔꯝꯃꯤ꯫ ꯅꯤꯡꯊꯧꯀꯥꯕꯗꯒꯤ ꯍꯧꯔꯦ꯫\n\n{sig}\n{co}",
   "ꯀꯀꯆꯤꯡ ꯆꯥꯛ-ꯍꯥꯎ ꯃꯤꯜ", "kakchingblackrice.example", tz="in", lang="mni")


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
    """True on the days a zone keeps its summer offset."""
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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "kum": "{dd}.{mm}.{y}",
    "lzz": "{dd}.{mm}.{y}", "pnt": "{d}/{m}/{y}", "glk": "{y}/{mm}/{dd}",
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
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
                "x": t.x[i % len(t.x)], "y": t.y[i % len(t.y)],
                "q": q_outlook, "gq": q_gmail, "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
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
        rec["id"] = f"blind43:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= THIS_SLICE:
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
