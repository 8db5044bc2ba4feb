# ruff: noqa: E501, S311
"""Write the forty-fourth sealed blind slice for issue 11 (blind-slice-44.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 44 and later never read; our side printed)
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

SEED = 440441
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-44.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 44
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Oisín Brennock", "Temitope Adeyemi", "Harshita Menon", "Callum Baird", "Zanele Mkhize",
    "Wiremu Paewai", "Saoirse Quilty", "Devansh Trivedi", "Morwenna Hocking", "Kelechi Anozie",
    "Tallulah Griggs", "Bongani Zwane", "Anjali Kurup", "Fergus Imrie", "Ngozi Eze",
    "Mei-Lin Haworth", "Rangi Tipoki", "Declan Furlong", "Pooja Hegde", "Sinead Coady",
    "Thandeka Mthembu", "Lowri Prosser", "Abhishek Rawat", "Katarina Vuković", "Jarrah Collins",
    "Ebony McKellar", "Nomvula Radebe", "Rohan Deshpande", "Aoife Brannigan", "Kojo Amponsah",
    "Hamish Dunbar", "Shirin Farahani", "Tayla Pemberton", "Siddharth Iyer", "Keeley Rourke",
    "Ayodele Bankole", "Ruby Ashcroft", "Manaia Seiuli", "Diarmuid Coyle", "Lerato Sebego",
    "Neha Bhandari", "Lachie Strachan", "Chidinma Okeke", "Bryony Tulloch", "Tomasz Wrona",
    "Kahurangi Moana", "Gareth Pask", "Yewande Falola", "Eimear Scully", "Vikram Sethi",
]
REGION_SIGNERS = {
    "uk": ["Alison Pettigrew", "Gavin Sloane", "Rukhsana Begum", "Iestyn Rowlands", "Moira Sutherland", "Neville Crabtree",
           "Parminder Sandhu", "Hollie Beckwith", "Ross Tennant", "Wendy Ashdown", "Jamal Osei", "Fiona Lumsden"],
    "ie": ["Colm Tierney", "Orla Meehan", "Donal Cusack", "Niamh Gleeson", "Brendan Hussey"],
    "us": ["Cheryl Kowalczyk", "Dwight Ambrose", "Lupe Carrasco", "Garrett Holm", "Shonda Pruitt", "Randy Ostrander"],
    "ca": ["Josée Thibodeau", "Harjit Grewal", "Wade Lindquist", "Marie-Ève Cormier", "Tyson Whitecalf"],
    "au": ["Narelle Kemp", "Dimitri Galanis", "Leanne Ferris", "Quang Tran", "Darren Pocock"],
    "nz": ["Huia Tamatea", "Raewyn Sowerby", "Sione Vake", "Grant Mackie", "Ataahua Poutama"],
    "za": ["Sipho Mahlangu", "Marietjie Botha", "Nomsa Khumalo", "Riaan Pieterse", "Fatima Isaacs"],
    "ke": ["Wanjiru Kamau", "Otieno Ouma", "Achieng Odhiambo"],
    "in": ["Meenakshi Sundaram", "Rajesh Kulkarni", "Anita Debbarma", "Sunil Mahato", "Kiran Thakur"],
    "eu": ["Anneke Vermeulen", "Pieter Claes", "Sofia Lindqvist", "Johan Bergström"],
    "ea": ["Oksana Melnyk", "Taras Hnatiuk", "Anahit Petrosyan", "Ion Rusu", "Mariana Ceban"],
    "as": ["Nguyen Thi Lan", "Pham Quoc Bao", "Lin Pei-Chun", "Chen Wei-Ting", "Batbayar Ganzorig"],
    "af": ["Meron Tesfaye", "Dawit Alemu", "Ilunga Mwamba", "Hery Rakotondrabe", "Amel Ben Salah"],
    "sa": ["Rocío Huamán", "Edwin Quispe"],
    "sea": ["Tan Mei Ling", "Wong Ka Ho", "Lim Siew Peng"],
}
REGION = {
    "gg": "uk", "use": "us", "usc": "us", "usm": "us", "usp": "us", "ak": "us", "az": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca", "csk": "ca",
    "auq": "au", "sa": "au", "wa": "au", "se": "eu", "be": "eu", "ua": "ea", "md": "ea", "am": "ea",
    "vn": "as", "tw": "as", "mn": "as", "et": "af", "cd": "af", "mg": "af", "tn": "af", "pe": "sa", "hk": "sea", "my": "sea",
}
LANG_SIGNERS = {
    "ar": ["سليمة بن عيسى", "رشيد بوزيد"], "de": ["Gerlinde Huemer", "Florian Aichinger"],
    "es": ["Norma Choque", "Wilfredo Arancibia"], "fr": ["Clarisse Kabamba", "Jean-Pierre Mukendi"],
    "hi": ["सरिता प्रजापति", "रामकिशोर वर्मा"], "it": ["Ornella Guarneri", "Achille Ferrari"],
    "ja": ["原田 美穂", "大塚 誠"], "ko": ["박선영", "이재훈"], "pt": ["Albertina Macuácua", "Celso Nhantumbo"],
    "ru": ["Валентина Грачёва", "Аркадий Шмелёв"], "sw": ["Rehema Mwinyi", "Salim Bakari"],
    "th": ["สุนีย์ คงเจริญ", "ประยูร แก้วมณี"], "tr": ["Sevim Akgül", "Halil Demirtaş"],
    "ur": ["شبانہ رفیق", "ندیم اقبال"], "zh": ["罗晓燕", "曾德明"],
    "tzm": ["ⵉⵟⵔⵓ ⵓⵀⴰⵎⵎⵓ", "ⵎⵓⵃⴰ ⴰⵣⵔⵓⵍ"], "dng": ["Ван Гуйлин", "Ма Юсуф"],
    "ady": ["Сусанна Хуажъ", "Аслъан Шъэожъ"], "wls": ["Malia Tauvale", "Soane Felomaki"],
    "rap": ["Mahina Tuki", "Petero Atán"], "fon": ["Sènami Hounkpatin", "Codjo Agossou"],
    "kmb": ["Ngana Domingas Kiala", "Mbala António"], "nyn": ["Kemigisha Annet", "Tumusiime Ronald"],
    "vep": ["Anna Kalinina", "Mikoi Abramov"], "tru": ["ܡܪܝܡ ܐܝܫܘܥ", "ܓܒܪܐܝܠ ܐܟܬܐܫ"],
}
LANG_RECIPIENTS = {
    "ar": ["منى الحداد", "كريم زروقي"], "de": ["Lena Pichler", "Matthias Gruber"],
    "es": ["Roxana Mamani", "Iván Condori"], "fr": ["Aline Ngoy", "Patrick Ilunga"],
    "hi": ["पूनम यादव", "विकास कुशवाहा"], "it": ["Giulia Frosi", "Stefano Mainardi"],
    "ja": ["菅野 千尋", "森田 翔"], "ko": ["한지민", "서준호"], "pt": ["Lurdes Mondlane", "Hélder Cossa"],
    "ru": ["Ксения Лаптева", "Олег Брусницын"], "sw": ["Mwanaisha Juma", "Hamisi Athumani"],
    "th": ["ศศิธร ปัญญาดี", "ธนากร สุขประเสริฐ"], "tr": ["Büşra Koçak", "Onur Taşdelen"],
    "ur": ["سدرہ نواز", "عثمان غنی"], "zh": ["唐静怡", "宋浩然"],
    "tzm": ["ⵜⵉⵍⵍⵉ ⵏⴰⵙⵉⵔ", "ⵢⵓⴱⴰ ⵎⴰⵙⵉⵏⵉⵙⴰ"], "dng": ["Ли Ахмат", "Хэ Фатима"],
    "ady": ["Мадинэ Тхьэгъэпсэу", "Руслъан Хъуадж"], "wls": ["Lusia Vaitanoa", "Kalolo Mulikihaamea"],
    "rap": ["Hitu Pakarati", "Ariki Hotus"], "fon": ["Houéfa Dossou", "Mawulé Sossa"],
    "kmb": ["Nzinga Kiluanje", "Kamuenho Pascoal"], "nyn": ["Ainembabazi Grace", "Byaruhanga Moses"],
    "vep": ["Irina Pahomova", "Vas'a Lukin"], "tru": ["ܫܡܘܢܝ ܒܪ ܚܢܐ", "ܐܦܪܝܡ ܕܡܝܕܝܕ"],
}
GIVEN = {
    "Mei-Lin Haworth": "Mei-Lin", "Marie-Ève Cormier": "Marie-Ève", "Nguyen Thi Lan": "Lan", "Pham Quoc Bao": "Bao",
    "Lin Pei-Chun": "Pei-Chun", "Chen Wei-Ting": "Wei-Ting", "Ngana Domingas Kiala": "Domingas",
    "Kemigisha Annet": "Annet", "Tumusiime Ronald": "Ronald", "Ainembabazi Grace": "Grace", "Byaruhanga Moses": "Moses",
    "Ван Гуйлин": "Гуйлин", "Ма Юсуф": "Юсуф", "Ли Ахмат": "Ахмат", "Хэ Фатима": "Фатима",
}
PROVIDERS = ["kestrelpost", "tuimail", "quollbox", "ibisweb", "drongomail", "puffinpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April, cl = Chile (first
# Sunday of September to first Sunday of April), ma = Morocco (+0100 all year except the Ramadan
# weeks, when it returns to +0000)
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "gg": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "se": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "ua": ("+0200", "+0300", "eu"), "md": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"), "az": ("-0700", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"), "csk": ("-0600", None, ""),
    "tt": ("-0400", None, ""), "pe": ("-0500", None, ""), "bo": ("-0400", None, ""), "ei": ("-0600", "-0500", "cl"),
    "ma": ("+0100", "+0000", "ma"), "tn": ("+0100", None, ""), "dz": ("+0100", None, ""), "bj": ("+0100", None, ""), "ao": ("+0100", None, ""),
    "cd": ("+0200", None, ""), "za": ("+0200", None, ""), "mz": ("+0200", None, ""),
    "et": ("+0300", None, ""), "mg": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ug": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "am": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "kg": ("+0600", None, ""),
    "vn": ("+0700", None, ""), "th": ("+0700", None, ""), "tw": ("+0800", None, ""), "hk": ("+0800", None, ""), "my": ("+0800", None, ""), "cn": ("+0800", None, ""),
    "mn": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"), "wf": ("+1200", None, ""),
}
# Morocco's Ramadan hour: back to +0000 from these Sundays to these Sundays (exclusive)
MOROCCO_RAMADAN = {2025: (dt.date(2025, 2, 23), dt.date(2025, 4, 6)), 2026: (dt.date(2026, 2, 15), dt.date(2026, 3, 22))}
US_STYLE = ("use", "usc", "usm", "usp", "ak", "az", "cae", "cat", "cac", "cam", "cap", "csk")


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
    TEMPLATES.append(T(part, label, kind, f"blind44-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("wd", "Requisition R-{ref} ({role}): closed",
   "Requisition R-{ref} · {role}\n\nHello {n},\n\nThe hiring manager closed this requisition on {x} after an employee from our second site accepted a sideways move into the post. As the seat is now occupied, every outside application attached to R-{ref}, including yours, has been archived.\n\nThe record remains visible under My Applications in your candidate home.\n\n{co} Talent Acquisition",
   ("Warrnambool Lanolin Works", "Gqeberha Gelatin Works"), ("warrnamboollanolin.example", "gqebgelatin.example"),
   frm="{co} Careers <wd-noreply@{dom}>", role=("Grease Recovery Operator", "Liming Shift Operator"), tz=("au", "za"),
   x=("Thursday", "Tuesday"))
mr("gh", "{role} at {co}: an update from {sf}",
   "Hi {n},\n\nI'd rather you heard this from a person than from a portal: the {role} seat is taken. Our offer was taken up by someone who ran {x} for four years, and she accepted on Tuesday.\n\nYou clearly put effort into the take-home, and your yield notes were among the sharpest in the pile. Do apply when the next round opens.\n\n{sig}\nRecruiting, {co}",
   ("Kalamazoo Seitan Co.", "Guelph Buckwheat Labs"), ("kzooseitan.example", "guelphbuckwheat.example"),
   frm="{sig} at {co} <no-reply@{dom}>", role=("Food Process Engineer", "Scale-up Line Lead"), tz=("use", "cae"),
   x=("wheat-protein scale-up at a plant-based meat company", "a buckwheat groats line for a supermarket own label"))
mr("lv", "Following up: {role}",
   "Hey {n},\n\nThanks for hanging in through both rounds for {role}. I said you'd have an answer by Friday, so here it is: we've picked a woman who has run {x} for six years. Her start date is set for the first of the month.\n\nGood luck with the search, and thanks again for driving out.\n\n{sig}\n{co}",
   ("Missoula Twine Works", "Sarnia Silicone Moulding"), ("missoulatwine.example", "sarniasilicone.example"),
   frm="{sig} <{sl}@hire.{dom}>", role=("Braiding Line Lead", "Press Line Supervisor"), tz=("usm", "cae"),
   x=("a braiding line over in Butte", "an injection press floor in Windsor"))
mr("sr", "Application {ref}: status change",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Current step</td><td>Completed &ndash; post filled from within</td></tr></table><p>The selection panel has placed a staff member from our {x} in this post, so your file does not move on to any further step.</p><p>Regards,<br>{sig}<br>HR Cell, {co}</p></body></html>",
   ("Bhilwara Viscose Mills", "Panipat Burlap Exports"), ("bhilwaraviscose.example", "panipatburlap.example"),
   frm="{co} HR <careers@{dom}>", role=("Ring Frame Shift In-charge", "Export Documentation Executive"), tz="in",
   x=("ring frame department", "shipping section"))
mr("ic", "{role} (Req {ref}): update",
   "Dear {n},\n\nRe: Req {ref}, {role}.\n\nEvery submission was read against the requirement for two years on a {x} line, and only applicants who held it were asked to the assessment. That assessment has taken place and the requisition has moved to offer, so your candidate profile for this opening now shows Inactive (req closed).\n\nYou remain in our talent community, where new openings are posted.\n\n{co} Talent Team",
   ("Wodonga Polyurethane Foams", "Sault Tarpaulin Company"), ("wodongafoams.example", "saulttarp.example"),
   frm="{co} <talent@{dom}>", role=("Foam Pour Technician", "Coating Line Operator"), tz=("au", "cae"),
   x=("continuous slabstock pour", "PVC coating"))
mr("tl", "Job {ref} – {role}",
   "Job Number: {ref}\nJob Title: {role}\nCandidate Status: Closed – Alternate Candidate Appointed\n\nDear {n},\n\nThe status above is the last one this job number will show. Your profile stays active so that you can be matched to other vacancies on our careers pages.\n\nRecruitment Services\n{co}",
   ("Klerksdorp Neoprene Industries", "Welkom Rope & Cordage"), ("klerksdorpneoprene.example", "welkomcordage.example"),
   frm="{co} Recruitment <taleo-mailer@{dom}>", role=("Lamination Artisan", "Stranding Machine Attendant"), tz="za")
mr("wk", "About the {role} job",
   "Hi {n},\n\n{x} people applied for the {role} job this season, far beyond what we'd expected. We've now hired someone who spent the last three autumns {y} with us as a casual, and she already knows every row.\n\nCheers for applying. Have a good season.\n\n{sig}, {co}\nSent from our hiring inbox",
   ("Mudgee Quince Orchard", "Kerikeri Passionfruit Co."), ("mudgeequince.example", "kerikeripassion.example"),
   frm="{co} <apply@{dom}>", role=("Orchard Supervisor", "Packing Shed Lead"), tz=("au", "nz"),
   x=("Eighty-two", "Fifty-seven"), y=("picking and grading", "packing"))
mr("bh", "{role} vacancy",
   "Hello {n},\n\nA short and honest note about the {role} vacancy. {x}, has stepped up into it, and that wraps up our search. So our search is done, and your form stays in the drawer with thanks for the hours it took.\n\nKind regards,\n{sig}\n{co}",
   ("Pitlochry Spelt Mill", "Listowel Linseed Mill"), ("pitlochryspelt.example", "listowellinseed.example"),
   frm="{sig} <{sl}@{dom}>", role=("Mill Hand", "Press Room Assistant"), tz=("uk", "ie"),
   x=("Ishbel, who has been on our bagging line since spring", "Clodagh, who has run our press room on Saturdays for two years"))
mr("tt", "Your application – {role}",
   "Hello {n}!\n\nThank you for the patience during our process for {role}. We have now decided for the candidate who had already worked several years with {x} in a factory like ours. So this ends your process with us.\n\nMaybe our paths cross again when something fits.\n\nWarm greetings,\n{sig}\n{co}",
   ("Linköping Acrylic AB", "Ghent Rayon NV"), ("linkopingacrylic.example", "ghentrayon.example"),
   frm="{co} <jobs@{dom}>", role=("Sheet Line Operator", "Coagulation Bath Technician"), tz=("se", "be"),
   x=("calendering of sheets", "wet extrusion of filament"))
mr("ps", "Position {role}: end of selection",
   "Dear {n},\n\nwith this message we inform you about the end of the selection for the position {role}. We chose the applicant with experience in {x}, which stands more close to our daily production. Your documents will be deleted from our system after 6 months, according to our data policy.\n\nWe thank you for the trust you showed to our company.\n\nBest regards\n{sig}\nPeople & Culture, {co}",
   ("Gyumri Tufa Works", "Chișinău Plum Preserves"), ("gyumritufa.example", "chisinauplum.example"),
   frm="{co} <hr@{dom}>", role=("Tufa Block Shaper", "Sterilisation Line Operator"), tz=("am", "md"),
   x=("cutting and dressing tufa blocks", "cooking and sterilising preserves"))
mr("pp", "{role}: shortlisting",
   "Dear {n},\n\nPanel members scored every {role} application on the person spec. Yours received {x} out of 50; the lowest mark invited to interview was {y}. The interview list is now full, without your name.\n\nWritten comments on your marks are available if you reply within 28 days.\n\n{sig}\nFor {co}",
   ("Dumfries Peatland Trust", "Kaikohe Kauri Trust"), ("dumfriespeatland.example", "kaikohekauri.example"),
   frm="{co} <recruitment@{dom}>", role=("Re-wetting Officer", "Dieback Field Officer"), tz=("uk", "nz"),
   x=("24", "29"), y=("32", "35"))
mr("jz", "{role} opening",
   "Hi {n},\n\nQuick word on the {role} opening. We hired {x}, and he starts on the install crew Monday. Thanks for stopping by the shop.\n\nTake care,\n{sig}\n{co}",
   ("Fargo Polytunnel Supply", "Kenora Awning & Canvas"), ("fargopolytunnel.example", "kenoraawning.example"),
   frm="{sig} <{sl}@{dom}>", role=("Install Crew Member", "Install Hand"), tz=("usc", "cac"),
   x=("my cousin's boy from Moorhead", "a fellow who's put up dock canopies for cottagers ten summers running"))
mr("ab", "{role} – interview result",
   "Hi {n},\n\nThank you to join the interviews for {role}. After discussion the team chose the other finalist, who has more experience for our product at this moment. We close your application today in our system.\n\nWe really appreciate your time and we wish you success.\n\n{sig}\nTalent, {co}",
   ("Haiphong Geodesic Structures", "Taichung Spectacles Lab"), ("haiphonggeodesic.example", "taichungspectacles.example"),
   frm="{sig} <{sl}@{dom}>", role=("Structural Draftsperson", "Lens Edging Technician"), tz=("vn", "tw"))
mr("o-sark", "Driver for the season",
   "Dear {n},\n\nWe were glad you crossed on the boat to meet the horses. The driver's place for this season is going to Pierre, whose family has looked after the ride horses on the island for three generations, and he begins in April.\n\nWith best wishes,\n{sig}\n{co}",
   "Sark Horse-Drawn Rides", "sarkrides.example", tz="gg", role="Horse-Drawn Ride Driver")
mr("o-shimla", "Orchard supervisor post",
   "Dear {n},\n\nThis is in the matter of the orchard supervisor post. The post has been handed to Mr. Negi, who managed our Kotgarh block for the last four seasons and knows the grafting work well.\n\nWith regards,\n{sig}\nManager, {co}",
   "Shimla Plum Orchards", "shimlaplum.example", tz="in", role="Orchard Supervisor")
mr("o-moab", "Guide job",
   "Hey {n} — the tour guide spot went to a woman who's been driving slickrock routes out of Hanksville for nine years. Better you know now than wonder. Thanks for riding along on Saturday.\n\n{sig}\n{co}",
   "Moab Jeep Tours", "moabjeep.example", tz="usm", role="Tour Guide")
mr("o-taos", "Baker spot",
   "Hi {n},\n\nWe've asked Celestina, who helps her grandmother fire the horno on feast days, to take the baker spot. She started this week and the loaves are already coming out right.\n\nThanks so much for the bread you brought in.\n\n{sig}\n{co}",
   "Taos Horno Loaves", "taoshorno.example", tz="usm", role="Baker")
mr("o-saldanha", "Plant operator application",
   "Good day {n},\n\nThe plant operator position at our cooker and dryer section has been filled by Mr. Abrahams, who transferred from our Vredenburg depot. Your CV was read with interest, and we thank you for applying.\n\nKind regards\n{sig}\nHuman Resources, {co}",
   "Saldanha Fishmeal Processors", "saldanhafishmeal.example", tz="za", role="Plant Operator")
mr("o-bhavnagar", "Yard supervisor vacancy",
   "Dear {n},\n\nRegarding the yard supervisor interview you attended, the management has appointed Shri Vaghela from our plot 47 team to the post. Your papers are returned herewith by courier.\n\nThanking you,\n{sig}\nAdministration, {co}",
   "Bhavnagar Shipbreaking Company", "bhavnagarshipbreak.example", tz="in", role="Yard Supervisor")
mr("o-sousse", "Kitchen assistant position",
   "Hello {n},\n\nIt was nice to have you in our kitchen for the trial morning. The assistant position is now for Amira, who already prepared the chilli paste with her mother in Msaken for many years. We keep a good memory of your visit.\n\nBest regards,\n{sig}\n{co}",
   "Sousse Harissa Kitchen", "sousseharissa.example", tz="tn", role="Kitchen Assistant")
mr("o-diredawa", "Workshop fitter vacancy",
   "Dear {n},\n\nFor the workshop technician vacancy, our committee selected one of our apprentices who finished his training on the locomotive bogies last year. Good luck to you in your career.\n\nRegards,\n{sig}\n{co}",
   "Dire Dawa Bogie Workshop", "diredawabogie.example", tz="et", role="Workshop Technician")
mr("o-arequipa", "Mill quality assistant",
   "Dear {n},\n\nAbout the quality assistant job: it was taken by Milagros, who has worked at our washing and de-saponifying line since 2022. We will keep your CV for other openings.\n\nKind regards,\n{sig}\n{co}",
   "Arequipa Quinoa Mill", "arequipaquinoa.example", tz="pe", role="Quality Assistant")
mr("o-darkhan", "Dehairing line position",
   "Dear {n},\n\nThank you for visiting our mill. For the dehairing line position we chose Tsetsegmaa, she worked already five winters in sorting of fibre in our company. We hope you find good work soon.\n\nBest wishes,\n{sig}\n{co}",
   "Darkhan Sheepskin Mill", "darkhanfibre.example", tz="mn", role="Dehairing Line Operator")
mr("o-toamasina", "Distillation assistant",
   "Dear {n},\n\nThe distillation assistant post went to Fara, who helped at our stills during the last flower season and knows the timing of each cut. We wish you well.\n\n{sig}\n{co}",
   "Toamasina Ylang-Ylang Distillers", "toamasinaylang.example", tz="mg", role="Distillation Assistant")
mr("o-feilding", "Yard hand job",
   "Kia ora {n},\n\nThe yard hand job at the saleyards has gone to Jono, who's been penning for us on sale days as a casual since he left school. Good to have a yarn with you last week.\n\nCheers,\n{sig}\n{co}",
   "Feilding Saleyards", "feildingsaleyards.example", tz="nz", role="Yard Hand")
mr("o-rupert", "Net loft hand",
   "Hi {n},\n\nThe net loft hand position is now Kyle's; he mended seine nets on his uncle's boat every summer through high school. Appreciate you coming down to the dock to see the loft.\n\n{sig}\n{co}",
   "Prince Rupert Seine Loft", "rupertseine.example", tz="cap", role="Net Loft Hand")
mr("o-yuma", "Packing shed lead",
   "Hi {n},\n\nThanks for coming by the shed. Rosa, who's run our romaine line every winter since 2019, is taking the lead job, so we're set for the season.\n\nTake care,\n{sig}\n{co}",
   "Yuma Romaine Growers", "yumaromaine.example", tz="az", role="Packing Shed Lead")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
QB = "\n\n"
mr("t-barber", "RE: [EXT] Re: Trial cut on {x}",
   "Hi {n},\n\nGood to meet you, and cheers for the trial cut. We've given the chair to Dylan, who's been sweeping up and doing fades on Mondays since he finished his course in {y}. He knows the regulars already.\n\nAll the best,\n{sig}" + QB + OUTLOOK + "Subject: Re: Trial cut on {x}\n\nHi {sf}, cheers again for {x}. How did I do?\n{n}",
   ("Stamford Barbershop", "Birr Barbershop"), ("stamfordbarbers.example", "birrbarbers.example"), tz=("uk", "ie"),
   x=("Wednesday", "Thursday"), y=("Peterborough", "Nenagh"))
mr("t-phone", "Re: [EXT] Re: bench test",
   "Hey {n},\n\nThanks for doing the bench test with us. We've put {x} on the repair bench full time; she's been our weekend tech for a year and the customers ask for her by name.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Hi {sf}, just checking in after the bench test on Friday. Keen to hear.\n> {n}",
   ("Kempsey Phone Repairs", "Taupō Handset Repairs"), ("kempseyphones.example", "taupophones.example"), tz=("au", "nz"),
   x=("Minh", "Anahera"))
mr("t-tackle", "RE: [EXT] RE: Counter position",
   "{n},\n\nThanks for coming in and talking shop. We ended up bringing on {x}, who's tied flies for our display case for the past three winters and guides on weekends. He starts the first of the month.\n\nTight lines,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Counter position\n\nThanks for the interview yesterday. Happy to come back in if you need anything else.\n{full}",
   ("Marquette Fly-Tying Shop", "Kelowna Fly-Tying Shop"), ("marquettetackle.example", "kelownatackle.example"), tz=("use", "cap"),
   x=("Garrett's nephew Cole", "a retired postman named Len"))
mr("t-ortho", "RE: [EXT] Re: Treatment coordinator interview",
   "Dear {n},\n\nThank you for meeting Dr. {y} and me last week. After some thought, the doctor has asked our chairside assistant, {x}, to step into the treatment coordinator role from next month; she has run our new-patient consults informally for some time.\n\nKind regards,\n{sig}\nPractice Manager\n\n" + RULE + "Subject: Re: Treatment coordinator interview\n\nDear {sf},\nIt was a pleasure to be interviewed on Tuesday.\nBest regards,\n{n}",
   ("Potchefstroom Orthodontist", "Udupi Orthodontist Clinic"), ("potchortho.example", "udupiortho.example"), tz=("za", "in"),
   x=("Palesa", "Shruthi"), y=("Venter", "Shenoy"))
mr("t-dc", "RE: [EXT] Re: Night-shift technician",
   "Hi {n},\n\nCheers for the call and the floor walk. The night-shift technician role is now with {x}, who has been on our floor since January and already holds the access clearances.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Night-shift technician\n\nHi {sf}, thanks for showing me the halls. Looking forward to hearing back.\n{n}",
   ("Arklow Datacentre", "Ashington Datacentre"), ("arklowdc.example", "ashingtondc.example"), tz=("ie", "uk"),
   x=("a contractor from our cabling partner", "one of our agency engineers"))
mr("t-hydro", "Re: [EXT] Re: Field technician",
   "Hi {n},\n\nIt was good to spend the afternoon at the gauging site with you. We've offered the field technician job to {x}, and he's accepted.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Thanks again for the site visit, {sf}. Let me know about next steps.\n> {n}",
   ("Chattanooga Hydrologist Group", "Bairnsdale Hydrologist Services"), ("chahydro.example", "bairnsdalehydro.example"), tz=("use", "au"),
   x=("Marcus, who looked after our gauging weirs as a student two years running", "a former council water officer from Sale"))
mr("t-awning", "RE: [EXT] Re: Workshop hand",
   "Hi {n},\n\nThanks for spending the morning in the workshop. The workshop hand job has gone to Ruby, {x}. She starts after the long weekend.\n\nCheers,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Workshop hand\n\nThanks for having me in, {sf}. Happy to do another day if that helps.\n{n}",
   ("Busselton Awning Makers", "Motueka Awning Co."), ("busseltonawning.example", "motuekaawning.example"), tz=("wa", "nz"),
   x=("who has been doing our eyelets and hems part-time", "the daughter of our longest-serving stitcher"))
mr("t-hearing", "RE: [EXT] RE: Clinic assistant",
   "Dear {n},\n\nLovely to see you in clinic on {x}. The clinic assistant position has been filled by {y}, who covered our front desk during the summer. We appreciated meeting you.\n\nWarm regards,\n{sig}\n\n" + OUTLOOK + "Subject: RE: Clinic assistant\n\nDear {sf},\nThe interview and the clinic tour were both a pleasure.\n{n}",
   ("Owen Sound Hearing Aid Centre", "Dothan Hearing Aid Clinic"), ("owensoundhearing.example", "dothanhearing.example"), tz=("cae", "usc"),
   x=("Monday", "Tuesday"), y=("Paige", "Shayla"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n--\nBook an eye examination online or in any of our 41 practices. Contact lens plans from {y} a month. Job alerts: tick the box on our careers page and new practice vacancies reach your inbox. Applicant data: the applicant privacy notice on our website sets out how long we hold it, and a request to erase it is honoured at any time. {co} Ltd, registered office Unit 4, Linnet Court. Meant only for the named addressee; misdirected copies should be reported to the sender and erased."
mr("f-eyes", "Your application: {role}",
   "Dear {n},\n\nYour interest in joining us as {role} was appreciated. Another applicant has been appointed, and your file is being closed.\n\nKind regards,\n{sig}\nPeople Team" + FOOT_UK,
   ("Brightlens Optometrists", "Clearview Optometrists"), ("brightlens.example", "clearviewoptom.example"), tz=("uk", "ie"),
   role=("Optical Assistant", "Dispensing Assistant"), y=("£12", "€14"))
FOOT_US = "\n\n—\nFree in-home measuring in most areas. Installation guaranteed for five years. Get job alerts: text JOBS to 55501. Your privacy choices: visit our website to opt out of sharing. Reply STOP to stop texts. {co}, 900 Commerce Park Dr."
mr("f-blinds", "{role} application",
   "Hi {n},\n\nAbout the {role} role: it's been given to another candidate, and your file with us is closed out.\n\nBest,\n{sig}" + FOOT_US,
   ("ShadeWell Blinds & Curtains", "Linden Drape & Blind"), ("shadewell.example", "lindendrape.example"), tz=("usc", "cae"),
   role=("Install Technician", "Showroom Associate"))
FOOT_AU = "\n\n______\nDrop off donations at any store during opening hours. Volunteers wanted in every branch. Job alerts: join our mailing list on the careers page. Privacy: our privacy policy explains what happens to applicant information. {co} is a registered charity. Wrong recipient? Tell us by reply and bin it."
mr("f-thrift", "Store role at {co}",
   "Hi {n},\n\nAbout the {role} role at our {x} store: a decision's been made and the job went to someone else. Your application stops here.\n\nKind regards,\n{sig}\nStore Support" + FOOT_AU,
   ("Second Wind Thrift", "Round Again Thrift"), ("secondwindthrift.example", "roundagainthrift.example"), tz=("au", "nz"),
   role=("Store Assistant", "Sorting Room Lead"), x=("Goulburn", "Ashburton"))
FOOT_ZA = "\n\n~~\nScreen protectors fitted while you wait. Trade in your old handset this month. Job alerts: register on our careers page. Data protection: your information is processed only for recruitment. Meant for the addressee alone; misdelivered? Erase it."
mr("f-cell", "Application: {role}",
   "Dear {n},\n\nRe: {role} vacancy. Somebody else has been placed in the post, so your application ends here.\n\nRegards,\n{sig}\nRecruitment" + FOOT_ZA,
   ("Cellpoint Cellphone Accessories", "Simu Cellphone Accessories"), ("cellpoint.example", "simuaccessories.example"), tz=("za", "ke"),
   role=("Counter Consultant", "Branch Cashier"))

# ---- 9 hedged refusals
mr("h-mediate", "Case assistant role",
   "Dear {n},\n\nWe enjoyed our conversation on {x}. Two others on the shortlist had managed intake for family mediation services for several years, and that weighed more heavily with us for this role.\n\nWith kind regards,\n{sig}\n{co}",
   ("Kelso Family Mediation", "Castlebar Mediation Practice"), ("kelsomediation.example", "castlebarmediation.example"), tz=("uk", "ie"),
   x=("Monday", "Wednesday"))
mr("h-bas", "Controls technician",
   "Hi {n},\n\nThanks for interviewing for our controls technician spot. We've steered toward someone with more time commissioning {x} on hospital jobs.\n\nAll the best,\n{sig}\n{co}",
   ("Akron Building Automation", "Barrie Building Automation"), ("akronbas.example", "barriebas.example"), tz=("use", "cae"),
   x=("air handlers", "VAV systems"))
mr("h-tallow", "Rendering plant position",
   "Hi {n},\n\nAppreciated the drive out to our plant. A couple of the other applicants had spent longer running {x}, and the crew reckons that suits where we're heading next year a touch better.\n\nCheers,\n{sig}\n{co}",
   ("Gunnedah Tallow Rendering", "Hāwera Tallow Rendering"), ("gunnedahtallow.example", "haweratallow.example"), tz=("au", "nz"),
   x=("batch cookers", "a continuous rendering press"))
mr("h-coldchain", "Depot controller role",
   "Dear {n},\n\nWe appreciated your interest in the depot controller role. The other applicants matched our needs more closely, particularly on {x}, so the panel leaned their way.\n\nBest regards,\n{sig}\n{co}",
   ("Harrismith Reefer Depot", "Nyahururu Reefer Yard"), ("harrismithreefer.example", "nyahururureefer.example"), tz=("za", "ke"),
   x=("reefer yard planning", "cut-stem export consolidation"))
mr("h-agartala", "Still-house supervisor application",
   "Dear {n},\n\nThank you for attending the discussion at our unit. Applicants who had handled agarwood hydro-distillation for a longer period were found somewhat more suitable for the supervisor post.\n\nWith regards,\n{sig}\n{co}",
   "Agartala Agarwood Oils", "agartalaagarwood.example", tz="in", role="Supervisor")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r-silicone", "Re: {co} shift engineer",
   "Hi {n},\n\nGood chatting earlier. To recap our call: the client chose their other finalist for the shift engineer post, mostly on sealant plant experience. Meanwhile there's a six-month compounding line lead contract in {x} on my desk that suits you nicely. Shall I forward the spec?\n\nCheers,\n{sig}\n{co}",
   ("Polymerline Recruitment", "Resinbridge Recruitment"), ("polymerline.example", "resinbridge.example"), tz=("uk", "ie"),
   x=("Corby", "Carlow"))
mr("r-coal", "Reliability engineer – update and another role",
   "Hi {n},\n\nFollowing our call: the terminal hired a man from their sister port for the reliability engineer job. There's a conveyor maintenance lead role in {x} that honestly suits you better; send me a current resume and it goes to them this week.\n\n{sig}\n{co}",
   ("Trackside Talent", "Northbulk Staffing"), ("tracksidetalent.example", "northbulk.example"), tz=("usm", "cap"),
   x=("Casper", "Prince Rupert"))
mr("r-rov", "ROV technician role – quick update",
   "Hi {n},\n\nAs promised, quick update. The client has filled the ROV technician role with someone off their own vessel. I've got a hyperbaric operator job going in {x}, day shifts, and your name's the first I thought of. Ring me when you get a sec.\n\n{sig}\n{co}",
   ("Subsea Manning Partners", "Deepline People"), ("subseacrewing.example", "deepline.example"), tz=("wa", "nz"),
   x=("Karratha", "Whangārei"))
mr("r-forge", "Metallurgist post – closed; one more opening",
   "Dear {n},\n\nAs told on our call, the Jamshedpur forge has selected an internal candidate for the metallurgist post. There is also a rolling mill process lead opening in Rourkela with a client of ours; I can forward your profile if you agree.\n\nRegards,\n{sig}\n{co}",
   "Steelbridge Placements", "steelbridgeplacements.example", tz="in")

# ---- 8 public-sector notices
mr("p-island", "Application: {role}",
   "Dear {n},\n\nYour {role} application has been considered.\n\nOnly persons ordinarily resident in {x} for at least {y} before the closing date may hold this post. From the information you supplied, you do not meet that condition, and your application has been found ineligible.\n\nYours sincerely,\n{sig}\nFor the {co}",
   ("Chief Pleas of Sark", "States of Alderney"), ("chiefpleas.example", "statesofalderney.example"), tz="gg",
   role=("Jetty Assistant", "Aerodrome Rescue Officer"), x=("Sark", "Alderney"), y=("twelve months", "three years"))
mr("p-referral", "Referral list for {role}",
   "Dear {n},\n\nThe hiring supervisor now holds the referral list for {role} (posting {ref}). It carries the {x} highest-scoring applicants only, and yours is not on it.\n\nThis ends your candidacy for this posting.\n\n{sig}\n{co}",
   ("Minnesota Management and Budget", "Public Service Agency of British Columbia"), ("mmb.example", "bcpsa-jobs.example"), tz=("usc", "cap"),
   role=("Natural Resource Specialist", "Resource Officer Trainee"), x=("eight", "five"))
mr("p-council", "{role}: vacancy withdrawn",
   "Dear {n},\n\nThis concerns {role} (ref {ref}). After looking again at how the team is structured, the council has withdrawn this vacancy, so the post stays empty and nobody is appointed to it.\n\n{sig}\nPeople and Capability\n{co}",
   ("Horsham Rural City Council", "Whakatāne District Council"), ("horshamcouncil.example", "whakatanecouncil.example"), tz=("au", "nz"),
   role=("Parks Team Leader", "Roading Asset Planner"))
mr("p-psc", "Screening test result – {role}",
   "To\n{full}\n\nSub: Screening test marks – {role}\n\nYou secured {x} marks in the screening test held for the above post. The cut-off fixed by the Commission for your category is {y}. You are therefore not eligible for the next stage.\n\n{sig}\nDeputy Secretary, {co}",
   ("Tripura Public Service Commission", "Jharkhand Public Service Commission"), ("tpsc.example", "jpsc.example"), tz="in",
   role=("Assistant Plant Protection Officer", "Block Survey Officer"), x=("87.25", "104"), y=("96.50", "118"))

# ---- 6 bare ATS status updates
mr("s-plain", "Status update: {role}",
   "Candidate: {full}\nPosition: {role} ({ref})\nStatus: No longer under consideration\n\n{co} careers portal (automatic).",
   ("Amarillo Rawhide Goods", "Estevan Silo Co."), ("amarillorawhide.example", "estevansilo.example"), tz=("usc", "csk"),
   role=("Stockroom Associate", "Silo Attendant"), frm="{co} Careers <noreply@{dom}>")
mr("s-table", "Your application",
   "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Review</td><td>Not taken further</td></tr></table><p style=\"color:#777\">{co} · automated message</p></body></html>",
   ("Morbi Sanitaryware Ltd", "Kroonstad Milling"), ("morbisanitary.example", "kroonstadmilling.example"), tz=("in", "za"),
   role=("Glost Line Supervisor", "Quality Controller"), frm="{co} <careers@{dom}>")
mr("s-pipe", "{role}: pipeline change",
   "{co} hiring pipeline\n\n{full}\n{role}\nPhone screen → Archived (position filled)\n\nNo reply needed.",
   ("Lubbock Geodesic Domes", "Yorkton Hay Handling"), ("lubbockdomes.example", "yorktonbales.example"), tz=("usc", "csk"),
   role=("Crew Foreman", "Parts Counter Clerk"), frm="{co} Hiring <pipeline@{dom}>")

# ---- 6 internship / graduate decisions
mr("i-summer", "Summer placement {y}",
   "Dear {n},\n\n{x} students asked for one of seven summer placements at {co} this year. The places have now been accepted by other students, and the programme is full.\n\nThe form for next summer goes live in autumn.\n\n{sig}\nPlacement Coordinator",
   ("Carnarvon Deep-Space Antenna Station", "Fairbanks Permafrost Lab"), ("carnarvontracking.example", "fairbankspermafrost.example"), tz=("wa", "ak"),
   x=("412", "288"), y=("2026", "2025"))
mr("i-coop", "Co-op term application",
   "Hi {n},\n\nThanks for applying to the {y} co-op term with {co}. Other students have filled every co-op spot for the term, which closes your application. Good luck, truly.\n\n{sig}\nStudent Programs",
   ("Smithers Glaciology Station", "Muskegon Dune Research Lab"), ("smithersglacio.example", "muskegondunes.example"), tz=("cap", "use"),
   y=("winter", "fall"))
mr("i-grad", "Graduate trainee programme",
   "Dear {n},\n\nWe valued having you at the assessment day. Other candidates have accepted all {x} places on the graduate trainee intake for this year. We keep the assessment results for twelve months in case of a withdrawal.\n\nKind regards,\n{sig}\nGraduate Recruitment, {co}",
   ("Durgapur Alloy Castings", "Newcastle Ferrochrome Works"), ("durgapuralloy.example", "newcastleferro.example"), tz=("in", "za"),
   x=("eleven", "eight"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd", "Requisition R-{ref} ({role}): application received",
   "Requisition R-{ref} · {role}\n\nHello {n},\n\nYour application is in. If a colleague from another site asks for a sideways move into this post before yours is reviewed, the requisition closes and every outside application is archived; you would see that under My Applications. Until then it sits with the hiring manager.\n\n{co} Talent Acquisition",
   ("Warrnambool Lanolin Works", "Gqeberha Gelatin Works"), ("warrnamboollanolin.example", "gqebgelatin.example"),
   frm="{co} Careers <wd-noreply@{dom}>", role=("Refinery Laboratory Assistant", "Bone Chip Receiving Clerk"), tz=("au", "za"))
mo("application_received", "c-gh", "Got it: {role} at {co}",
   "Hi {n},\n\nThanks, your application for {role} landed safely. Our hiring team reads every one. Whichever way they land, the follow-up you get will be written by a person on the team, with a name at the bottom.\n\n{sig}\nRecruiting, {co}",
   ("Kalamazoo Seitan Co.", "Guelph Buckwheat Labs"), ("kzooseitan.example", "guelphbuckwheat.example"),
   frm="{sig} at {co} <no-reply@{dom}>", role=("Quality Lead", "Food Hygiene Coordinator"), tz=("use", "cae"))
mo("application_received", "c-sr", "Application {ref}: received",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Current step</td><td>Received</td></tr></table><p>Each movement of your file will appear in this table, including the post being filled from within, if that happens.</p><p>Regards,<br>HR Cell, {co}</p></body></html>",
   ("Bhilwara Viscose Mills", "Panipat Burlap Exports"), ("bhilwaraviscose.example", "panipatburlap.example"),
   frm="{co} HR <careers@{dom}>", role=("Steam Plant Attendant", "Warp Jobber"), tz="in")
mo("application_received", "c-ic", "We have your application: {role}",
   "Dear {n},\n\nReq {ref} ({role}) now holds your application.\n\nPlease note: applications showing less than two years on a {x} line are set to Inactive at the first read, without an assessment. Those that meet it reach the hiring manager's desk inside ten working days.\n\n{co} Talent Team",
   ("Wodonga Polyurethane Foams", "Sault Tarpaulin Company"), ("wodongafoams.example", "saulttarp.example"),
   frm="{co} <talent@{dom}>", role=("Foam Cutting Operator", "HF Seam Line Hand"), tz=("au", "cae"),
   x=("foam conversion", "high-frequency welding"))
mo("application_received", "c-tl", "Job {ref} – application acknowledged",
   "Job Number: {ref}\nJob Title: {role}\nCandidate Status: Submitted\n\nDear {n},\n\nShould another applicant fill the job ahead of your screening, this status flips to Closed and a second email follows. If not, a recruiter gets in touch about the next stage.\n\nRecruitment Services\n{co}",
   ("Klerksdorp Neoprene Industries", "Welkom Rope & Cordage"), ("klerksdorpneoprene.example", "welkomcordage.example"),
   frm="{co} Recruitment <taleo-mailer@{dom}>", role=("Maintenance Fitter's Assistant", "Splicing Attendant"), tz="za")
mo("application_received", "c-wk", "Thanks for applying – {co}",
   "Hi {n},\n\nTa for your {role} application. Job or no job, once the rows are sorted a crew member sends you a message.\n\n{sig}, {co}\nSent from our hiring inbox",
   ("Mudgee Quince Orchard", "Kerikeri Passionfruit Co."), ("mudgeequince.example", "kerikeripassion.example"),
   frm="{co} <apply@{dom}>", role=("Orchard Buggy Driver", "Vine Tying Hand"), tz=("au", "nz"))
mo("application_received", "c-tt", "We received your application – {role}",
   "Hello {n}!\n\nYour papers for {role} are with our team now. Also if we decide for another person, a message from us arrives, we leave nobody without answer.\n\nWarm greetings,\n{sig}\n{co}",
   ("Linköping Acrylic AB", "Ghent Rayon NV"), ("linkopingacrylic.example", "ghentrayon.example"),
   frm="{co} <jobs@{dom}>", role=("Warehouse Coordinator", "Lab Assistant"), tz=("se", "be"))
mo("application_received", "c-pp", "Application received: {role}",
   "Dear {n},\n\nYour {role} application is in. Panel members score them against the person spec; applications marked under the interview line go no further than shortlisting, and every applicant is told their mark.\n\n{sig}\nFor {co}",
   ("Dumfries Peatland Trust", "Kaikohe Kauri Trust"), ("dumfriespeatland.example", "kaikohekauri.example"),
   frm="{co} <recruitment@{dom}>", role=("Events Coordinator", "Dieback Lab Assistant"), tz=("uk", "nz"))
mo("application_received", "c-eyes", "Application received: {role}",
   "Dear {n},\n\nYour form for {role} has reached the practice. Offered the post or not, each applicant is written to by the practice manager after interviewing finishes.\n\nKind regards,\nPeople Team" + FOOT_UK,
   ("Brightlens Optometrists", "Clearview Optometrists"), ("brightlens.example", "clearviewoptom.example"), tz=("uk", "ie"),
   role=("Front Desk Assistant", "Contact Lens Assistant"), y=("£12", "€14"))
mo("application_received", "c-blinds", "We got your application",
   "Hey {n} — your {role} application is logged. Our hiring folks phone only the applicants whose background lines up with this opening; if that's you, your phone rings inside a fortnight.\n\n{sig}" + FOOT_US,
   ("ShadeWell Blinds & Curtains", "Linden Drape & Blind"), ("shadewell.example", "lindendrape.example"), tz=("usc", "cae"),
   role=("Stockroom Associate", "Measure Technician"))
mo("application_received", "c-island", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} has been logged. Only persons ordinarily resident in {x} for {y} before the closing date may hold this post; any applicant outside that condition receives a letter saying so. All other applications pass to the selection panel.\n\n{sig}\nFor the {co}",
   ("Chief Pleas of Sark", "States of Alderney"), ("chiefpleas.example", "statesofalderney.example"), tz="gg",
   role=("Postal Assistant", "Breakwater Labourer"), x=("Sark", "Alderney"), y=("twelve months", "three years"))
mo("application_received", "c-psc", "Acknowledgement – {role}",
   "To\n{full}\n\nYour online application for {role} has been received (Registration No. {ref}). A screening test will be held; candidates whose marks fall under the category-wise cut-off will not be called to the interview. The schedule will be notified on the Commission's notice board and portal.\n\n{co}",
   ("Tripura Public Service Commission", "Jharkhand Public Service Commission"), ("tpsc.example", "jpsc.example"), tz="in",
   role=("Pisciculture Extension Officer", "Junior Engineer (Civil)"))
mo("application_received", "c-lv", "Got your application",
   "Hey {n},\n\nThanks for applying for the night shift lead job. We'll do phone calls next week. Whichever way it breaks, a text from me personally will follow.\n\n{sig}\nMissoula Twine Works",
   "Missoula Twine Works", "missoulatwine.example", frm="{sig} <{sl}@hire.{dom}>", tz="usm")
mo("application_received", "c-ps", "Application received – Quality Technician",
   "Dear {n},\n\nyour application for Quality Technician is in our system. If our decision is for somebody else, also then a short note comes to you from us. After 6 months we erase your documents.\n\nBest regards\n{sig}\nPeople & Culture, Gyumri Tufa Works",
   "Gyumri Tufa Works", "gyumritufa.example", frm="Gyumri Tufa Works <hr@{dom}>", tz="am")
mo("application_received", "c-jz", "Install crew application",
   "Hi {n},\n\nGot your application for the install crew. If my number doesn't show up on your phone before the 30th, that means we went with somebody else. Thanks for thinking of us.\n\n{sig}\nFargo Polytunnel Supply",
   "Fargo Polytunnel Supply", "fargopolytunnel.example", tz="usc")
mo("application_received", "c-ab", "Application received – Frame Draftsperson",
   "Hi {n},\n\nThank you to apply for Frame Draftsperson. Our team will review and answer you, yes or no, in about two weeks.\n\n{sig}\nTalent, Taichung Spectacles Lab",
   "Taichung Spectacles Lab", "taichungspectacles.example", tz="tw")
mo("application_received", "c-shimla", "Application received – Grading Centre Clerk",
   "Dear {n},\n\nYour application for the clerk post at our grading centre has reached this office. Selected or not selected, every applicant will be informed by post after the apple-plum season review.\n\nWith regards,\n{sig}\nShimla Plum Orchards",
   "Shimla Plum Orchards", "shimlaplum.example", tz="in")
mo("application_received", "c-moab", "Got it",
   "Hey {n} — got your note about guiding. We only call the folks we want out for a ride-along, so keep your phone handy over the coming fortnight.\n\n{sig}\nMoab Jeep Tours",
   "Moab Jeep Tours", "moabjeep.example", tz="usm")
mo("application_received", "c-saldanha", "Application acknowledged",
   "Good day {n},\n\nYour application for the dryer attendant position is with us. Should the appointment go to another applicant, a letter from us still follows. Shortlisted applicants will be phoned.\n\nKind regards\n{sig}\nHuman Resources, Saldanha Fishmeal Processors",
   "Saldanha Fishmeal Processors", "saldanhafishmeal.example", tz="za")
mo("application_received", "c-sousse", "Your application",
   "Hello {n},\n\nYour CV for the packing position arrived. We answer everybody, also when the answer is no. Please wait some days.\n\nBest regards,\n{sig}\nSousse Harissa Kitchen",
   "Sousse Harissa Kitchen", "sousseharissa.example", tz="tn")
mo("application_received", "c-arequipa", "Application received",
   "Dear {n},\n\nYour papers for the maintenance assistant job arrived well. If the job goes to another person, an email from us explains it. Our answer comes in two weeks approximately.\n\nKind regards,\n{sig}\nArequipa Quinoa Mill",
   "Arequipa Quinoa Mill", "arequipaquinoa.example", tz="pe")
mo("application_received", "c-darkhan", "Application received",
   "Dear {n},\n\nWe received your application for sorting line operator. Successful or not, you will get our answer in this email.\n\nBest wishes,\n{sig}\nDarkhan Sheepskin Mill",
   "Darkhan Sheepskin Mill", "darkhanfibre.example", tz="mn")
mo("application_received", "c-feilding", "Thanks for applying",
   "Kia ora {n},\n\nThanks for applying for the drafting hand job. Should somebody else land it, a text from me will say so, no ghosting.\n\nCheers,\n{sig}\nFeilding Saleyards",
   "Feilding Saleyards", "feildingsaleyards.example", tz="nz")
mo("application_received", "c-mediate", "Application received – case assistant",
   "Dear {n},\n\nYour letter about our case assistant role arrived. Should other applicants' intake experience prove a closer match, we will tell you so plainly, and before the month closes.\n\nWith kind regards,\n{sig}\nKelso Family Mediation",
   "Kelso Family Mediation", "kelsomediation.example", tz="uk")
mo("application_received", "c-bas", "Application received",
   "Hi {n},\n\nThanks for applying for our controls apprentice opening. Applicants without a current low-voltage licence don't move past the first read; everyone else hears from us within ten days.\n\n{sig}\nAkron Building Automation",
   "Akron Building Automation", "akronbas.example", tz="use")
mo("application_received", "c-tallow", "Thanks for your application",
   "Hi {n},\n\nThanks for applying for the steam plant operator job. Only applicants whose tickets match the plant class get a callback, so if yours do, expect one next week.\n\nCheers,\n{sig}\nGunnedah Tallow Rendering",
   "Gunnedah Tallow Rendering", "gunnedahtallow.example", tz="au")
mo("application_received", "c-rov", "Your CV – ROV technician",
   "Hi {n},\n\nCheers, your CV for ROV technician is here. I'll send it to the client today. If they knock it back at paper stage, I'll ring you that day rather than leave you guessing.\n\n{sig}\nSubsea Manning Partners",
   "Subsea Manning Partners", "subseacrewing.example", tz="wa")
mo("application_received", "c-silicone", "Your CV – process technician",
   "Hi {n},\n\nThanks for your CV. Your details are now with the client for the process technician post. If they pass on you, the news comes from my mouth, usually within a week.\n\nCheers,\n{sig}\nPolymerline Recruitment",
   "Polymerline Recruitment", "polymerline.example", tz="uk")
mo("application_received", "c-referral", "Application received: Fish Passage Technician",
   "Dear {n},\n\nYour application for Fish Passage Technician (posting {ref}) has been received. Applicants who are not among the highest-scoring and so not referred to the hiring supervisor will receive an email notice. Others will be contacted by the hiring supervisor.\n\n{sig}\nMinnesota Management and Budget",
   "Minnesota Management and Budget", "mmb.example", tz="usc")
mo("application_received", "c-council", "Application received – Records Assistant",
   "Dear {n},\n\nYour Records Assistant application (ref {ref}) is with our team. Shortlisted or not, each applicant is written to after the closing date.\n\n{sig}\nPeople and Capability\nHorsham Rural City Council",
   "Horsham Rural City Council", "horshamcouncil.example", tz="au")
mo("application_received", "c-status", "Status update: Dispatch Clerk",
   "Candidate: {full}\nPosition: Dispatch Clerk ({ref})\nStatus: Received\n\nAmarillo Rawhide Goods careers portal, automatic notice.",
   "Amarillo Rawhide Goods", "amarillorawhide.example", frm="Amarillo Rawhide Goods Careers <noreply@{dom}>", tz="usc")
mo("application_received", "c-summer", "Summer placement application received",
   "Dear {n},\n\nYour summer placement form for the Carnarvon Deep-Space Antenna Station is in. If yours is left out of the selected group, an email says so before April ends.\n\n{sig}\nPlacement Coordinator",
   "Carnarvon Deep-Space Antenna Station", "carnarvontracking.example", tz="wa")
mo("application_received", "c-coop", "Co-op application received",
   "Hi {n},\n\nThanks for applying to the co-op term at Smithers Glaciology Station. Students whose coursework doesn't include field methods aren't interviewed; the rest get an email from our coordinator in three weeks.\n\n{sig}\nStudent Programs",
   "Smithers Glaciology Station", "smithersglacio.example", tz="cap")
mo("application_received", "c-grad", "Graduate programme: online test",
   "Dear {n},\n\nYour graduate trainee programme form is in. Candidates who score below the minimum in the online test are not invited to the assessment day; you will receive the test link within a week.\n\nGraduate Recruitment, Durgapur Alloy Castings",
   "Durgapur Alloy Castings", "durgapuralloy.example", frm="Durgapur Alloy Castings <graduates@{dom}>", tz="in")
mo("application_received", "c-tackle", "RE: [EXT] Re: Counter position",
   "Hi {n},\n\nGot your résumé, thanks. If the job winds up with one of the guys who already ties flies for the case, I'll still call you myself.\n\n{sig}\n\n" + ORIGINAL + "Subject: Re: Counter position\n\nHere's my résumé for the counter job. Thanks for the chat.\n{full}",
   "Marquette Fly-Tying Shop", "marquettetackle.example", tz="use")
mo("application_received", "c-dc", "RE: [EXT] Re: Night-shift technician",
   "Hi {n},\n\nThanks, CV received. If the role lands with one of our agency engineers, I'll say so myself instead of letting the thread go quiet.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Night-shift technician\n\nHi {sf}, attached is my CV as requested.\n{n}",
   "Ashington Datacentre", "ashingtondc.example", tz="uk")
mo("application_received", "c-thrift", "Application received",
   "Hi {n},\n\nYour store assistant application has landed. Good news or not, our email with the result follows.\n\nKind regards,\nStore Support" + FOOT_AU,
   "Round Again Thrift", "roundagainthrift.example", tz="nz")
mo("application_received", "c-neutral", "Application received – Agronomy Technician",
   "Dear {n},\n\nYour agronomy technician application is logged; our laboratory manager reads them on Fridays. Interviews are pencilled for three weeks from now.\n\n{sig}\nCromer Agronomy Lab",
   "Cromer Agronomy Lab", "cromeragronomy.example", tz="uk")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v-barber", "RE: [EXT] Re: Trial cut",
   "Hi {n},\n\nCome in for a trial cut on {dl} at 10, own clippers welcome. Unfortunately the hot water tap at the back basin is playing up, so we'll use the front one.\n\nSee you then,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Trial cut\n\nHi {sf}, happy to do a trial. Any day next week suits.\n{n}",
   ("Stamford Barbershop", "Birr Barbershop"), ("stamfordbarbers.example", "birrbarbers.example"), tz=("uk", "ie"))
mo("interview", "v-phone", "Re: [EXT] Re: bench test",
   "Hey {n},\n\nKeen to see you on the bench. Can you come in {dl} around 2pm? We'll give you a couple of cracked screens and a dead charging port. Unfortunately the carpark out front is being resealed, so park round the back.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Hi {sf}, free most afternoons if a practical helps.\n> {n}",
   ("Kempsey Phone Repairs", "Taupō Handset Repairs"), ("kempseyphones.example", "taupophones.example"), tz=("au", "nz"))
mo("interview", "v-gh", "Video call: Formulation Lead at Kalamazoo Seitan Co.",
   "Hi {n},\n\nNext step for Formulation Lead: a 45-minute video chat on {dl}. Choose a time in the booking page and the invite follows. Unfortunately our call software can stutter on hotel wifi, so there's a phone dial-in as well.\n\n{sig}\nRecruiting, Kalamazoo Seitan Co.",
   "Kalamazoo Seitan Co.", "kzooseitan.example", frm="{sig} at Kalamazoo Seitan Co. <no-reply@{dom}>", tz="use")
mo("interview", "v-wk", "Trial day – Mudgee Quince Orchard",
   "Hi {n},\n\nCome out for a trial day on {dl}, starting 7am at the shed. Bring a hat and water. Unfortunately the road in is gravel for the last four kilometres, so take it slow.\n\n{sig}, Mudgee Quince Orchard",
   "Mudgee Quince Orchard", "mudgeequince.example", frm="Mudgee Quince Orchard <apply@{dom}>", tz="au")
mo("interview", "v-taos", "Come bake with us",
   "Hi {n},\n\nCould you come in {dl} at 5 a.m. for a trial bake? We'll fire the horno together. Unfortunately the plaza side has no parking that early, so use the lot behind the church.\n\n{sig}\nTaos Horno Bread",
   "Taos Horno Loaves", "taoshorno.example", tz="usm")
mo("interview", "v-hearing", "Interview – Fitting Room Assistant",
   "Dear {n},\n\nPlease come to the clinic on {dl} at 11:00 for a Fitting Room Assistant interview of about forty minutes. Unfortunately the lift is out for servicing that week; stairs only, sorry.\n\nWarm regards,\n{sig}\nOwen Sound Hearing Aid Centre",
   "Owen Sound Hearing Aid Centre", "owensoundhearing.example", tz="cae")
mo("interview", "v-mediate", "Interview: intake coordinator",
   "Dear {n},\n\nCould you meet us about the intake coordinator post on {dl} at 2 p.m. at our Castlebar office? Unfortunately, travel to first interviews is at your own expense.\n\nWith kind regards,\n{sig}\nCastlebar Mediation Practice",
   "Castlebar Mediation Practice", "castlebarmediation.example", tz="ie")
mo("interview", "v-hydro", "Field day – gauging technician",
   "Hi {n},\n\nCome and spend a half-day with us at the gauging site on {dl}. Waders provided. Unfortunately the access track floods after rain, so check your messages that morning.\n\n{sig}\nBairnsdale Hydrologist Services",
   "Bairnsdale Hydrologist Services", "bairnsdalehydro.example", tz="au")
mo("interview", "v-moab", "Ride-along",
   "Hey {n} — want to come on a ride-along {dl}? We leave the shop at 8. Unfortunately the AC in rig 3 quit, so bring water.\n\n{sig}\nMoab Jeep Tours",
   "Moab Jeep Tours", "moabjeep.example", tz="usm")
mo("interview", "v-summer", "Summer placement: video interview",
   "Dear {n},\n\nYou've been shortlisted for a summer placement at the Fairbanks Permafrost Lab. Book a half-hour video interview for {dl} through your applicant account.\n\n{sig}\nPlacement Coordinator",
   "Fairbanks Permafrost Lab", "fairbankspermafrost.example", tz="ak")
mo("interview", "v-bhavnagar", "Call letter – Hazard Control Officer",
   "Dear {n},\n\nYou are requested to attend a personal interview for the post of Hazard Control Officer on {dl} at 10:30 a.m. at our yard office, Alang Road. Please bring original certificates. Unfortunately no accommodation can be arranged by us.\n\n{sig}\nAdministration, Bhavnagar Shipbreaking Company",
   "Bhavnagar Shipbreaking Company", "bhavnagarshipbreak.example", tz="in")
mo("next_steps", "n-island", "{role}: documents required",
   "Dear {n},\n\nYour application for {role} has been shortlisted. Before {dl}, please send attested copies of your certificates, a police certificate and proof of residence in {x}. Unfortunately our office cannot accept scanned copies sent by text message.\n\n{sig}\nFor the {co}",
   ("Chief Pleas of Sark", "States of Alderney"), ("chiefpleas.example", "statesofalderney.example"), tz="gg",
   role=("Jetty Assistant", "Aerodrome Rescue Officer"), x=("Sark", "Alderney"))
mo("next_steps", "n-rov", "{role}: paperwork for the client",
   "Hi {n},\n\nClient's keen to move you on. Can you get me two references, your dive medical and your passport photo page by {dl}? Unfortunately their onboarding system times out after fifteen minutes, so have the files ready before you log in.\n\n{sig}\n{co}",
   ("Subsea Manning Partners", "Deepline People"), ("subseacrewing.example", "deepline.example"), tz=("wa", "nz"),
   role=("Hyperbaric Operator", "Saturation Supervisor"))
mo("next_steps", "n-psc", "Document verification – Assistant Plant Protection Officer",
   "To\n{full}\n\nYour roll number figures in the list of candidates cleared in the screening test. Report for verification of documents on {dl} at 10:00 at the Commission's office, with all original certificates and two passport photographs.\n\nDeputy Secretary\nTripura Public Service Commission",
   "Tripura Public Service Commission", "tpsc.example", frm="Tripura Public Service Commission <notice@{dom}>", tz="in")
mo("next_steps", "n-ic", "Online assessment: Foam Pour Technician",
   "Dear {n},\n\nNext for your Foam Pour Technician application: please complete the online mechanical reasoning assessment by {dl}. It takes about 25 minutes.\n\nWodonga Polyurethane Foams Talent Team",
   "Wodonga Polyurethane Foams", "wodongafoams.example", frm="Wodonga Polyurethane Foams <talent@{dom}>", tz="au")
mo("next_steps", "n-tl", "Pre-employment medical",
   "Dear {n},\n\nYou have been provisionally selected for Lamination Artisan. Your pre-employment medical is at the occupational health clinic on {dl}. Unfortunately the clinic does not take walk-ins, so phone to confirm the time.\n\nRecruitment Services\nKlerksdorp Neoprene Industries",
   "Klerksdorp Neoprene Industries", "klerksdorpneoprene.example", tz="za")
mo("next_steps", "n-pp", "Written exercise – Re-wetting Officer",
   "Dear {n},\n\nYou have been shortlisted for Re-wetting Officer. Before the interview, please prepare a two-page plan for re-wetting a drained bog and send it by {dl}.\n\n{sig}\nDumfries Peatland Trust",
   "Dumfries Peatland Trust", "dumfriespeatland.example", tz="uk")
mo("next_steps", "n-thrift", "Next step: store trial",
   "Hi {n},\n\nOn to the next bit: a two-hour trial shift in the sorting room; please book one before {dl}. Unfortunately the till training has to wait until your first week.\n\nStore Support\nSecond Wind Thrift",
   "Second Wind Thrift", "secondwindthrift.example", tz="au")
mo("next_steps", "n-grad", "Reasoning test – graduate programme",
   "Dear {n},\n\nYou have passed the first screening for the graduate programme. Please complete the numerical reasoning test at the link below by {dl}.\n\nGraduate Recruitment, Newcastle Ferrochrome Works",
   "Newcastle Ferrochrome Works", "newcastleferro.example", tz="za")
mo("next_steps", "n-ortho", "Working interview forms",
   "Dear {n},\n\nDr. Shenoy wants to see you chairside for a working interview. Please fill in the attached confidentiality form and send it back with a copy of your registration by {dl}.\n\nKind regards,\n{sig}\nUdupi Orthodontist Clinic",
   "Udupi Orthodontist Clinic", "udupiortho.example", tz="in")
mo("offer", "f-bh", "Offer: {role}",
   "Hello {n},\n\nThe {role} post is yours from {dl}, on the terms we talked through. A written contract follows by post. Unfortunately the staff room kettle has died again, so bring a flask for now.\n\nKind regards,\n{sig}\n{co}",
   ("Pitlochry Spelt Mill", "Listowel Linseed Mill"), ("pitlochryspelt.example", "listowellinseed.example"), tz=("uk", "ie"),
   role=("Mill Hand", "Press Room Assistant"))
mo("offer", "f-ps", "Offer of employment – Tufa Block Shaper",
   "Dear {n},\n\nwe offer you with pleasure the position Tufa Block Shaper from {dl}. Please confirm in written form within five days. Unfortunately the workshop canteen is closed for renovation in the first month.\n\nBest regards\n{sig}\nGyumri Tufa Works",
   "Gyumri Tufa Works", "gyumritufa.example", tz="am")
mo("offer", "f-saldanha", "Letter of appointment",
   "Good day {n},\n\nThe post of plant operator is offered to you, effective {dl}. Kindly sign and return the appointment letter. Unfortunately company transport from Vredenburg only starts in your second month.\n\nKind regards\n{sig}\nSaldanha Fishmeal Processors",
   "Saldanha Fishmeal Processors", "saldanhafishmeal.example", tz="za")
mo("offer", "f-ab", "Offer – Lens Edging Technician",
   "Hi {n},\n\nWe are glad to offer you the Lens Edging Technician position. Start date is {dl}. Please reply to confirm and we send the contract.\n\n{sig}\nTalent, Taichung Spectacles Lab",
   "Taichung Spectacles Lab", "taichungspectacles.example", tz="tw")
mo("offer", "f-jz", "Crew spot",
   "Hi {n},\n\nYou're on the install crew starting {dl} if you want it. $21 an hour to start. Unfortunately the shop truck's heater is shot, so dress warm.\n\n{sig}\nFargo Polytunnel Supply",
   "Fargo Polytunnel Supply", "fargopolytunnel.example", tz="usc")
mo("offer", "f-sousse", "Job offer",
   "Hello {n},\n\nThe packing position is for you from {dl}, we are happy. Unfortunately the kitchen is very hot in summer, we give two extra breaks.\n\nBest regards,\n{sig}\nSousse Harissa Kitchen",
   "Sousse Harissa Kitchen", "sousseharissa.example", tz="tn")
mo("offer", "f-feilding", "Drafting hand job",
   "Kia ora {n},\n\nDrafting hand job's yours. Keen? First sale day is {dl}. Unfortunately the smoko room roof still leaks, we're onto it.\n\nCheers,\n{sig}\nFeilding Saleyards",
   "Feilding Saleyards", "feildingsaleyards.example", tz="nz")
mo("offer", "f-awning", "RE: [EXT] Re: Workshop hand",
   "Hi {n},\n\nGood news: from {dl} the workshop hand job is yours, just say yes. Unfortunately the big cutting table is out for repair that week, so you'll start on eyelets.\n\nCheers,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Workshop hand\n\nThanks for having me in, {sf}.\n{n}",
   "Busselton Awning Makers", "busseltonawning.example", tz="wa")
mo("offer", "f-dc", "RE: [EXT] Re: Night-shift technician",
   "Hi {n},\n\nPleased to say the night-shift technician role is yours from {dl}, subject to the access clearance. Unfortunately the staff car park is getting new tarmac, so a permit for the overflow lot comes with your badge.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Night-shift technician\n\nHi {sf}, cheers for showing me round the halls.\n{n}",
   "Arklow Datacentre", "arklowdc.example", tz="ie")
mo("offer", "f-tackle", "RE: [EXT] RE: Counter position",
   "{n},\n\nWe'd like you behind the counter starting {dl}. Thirty hours a week through the season. Unfortunately the back room smells of bait, you get used to it.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Counter position\n\nThanks again for the interview.\n{full}",
   "Kelowna Fly-Tying Shop", "kelownatackle.example", tz="cap")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-review", "Status update: {role}",
   "Candidate: {full}\nPosition: {role} ({ref})\nStatus: In review\n\nNobody applying for this position has had an outcome so far. You will see the status change here when one is.\n\nAutomated notice from the {co} careers portal.",
   ("Amarillo Rawhide Goods", "Estevan Silo Co."), ("amarillorawhide.example", "estevansilo.example"), tz=("usc", "csk"),
   role=("Shipping Clerk", "Scale House Operator"), frm="{co} Careers <noreply@{dom}>")
mo("other_job", "x-withdrawn", "Application withdrawn",
   "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Review</td><td>Withdrawn by you</td></tr></table><p>You withdrew this application yourself. You can apply again from the careers page at any time.</p><p style=\"color:#777\">{co} · automated message</p></body></html>",
   ("Morbi Sanitaryware Ltd", "Kroonstad Milling"), ("morbisanitary.example", "kroonstadmilling.example"), tz=("in", "za"),
   role=("Slurry Preparation Technician", "Bag Stacker"), frm="{co} <careers@{dom}>")
mo("other_job", "x-council", "Parks Team Leader: timing",
   "Dear {n},\n\nA quick note about Parks Team Leader (ref {ref}). Shortlisting has moved back by ten days because two panel members are on leave. Not one application has been scored yet. We expect to contact applicants by {dl}.\n\n{sig}\nPeople and Capability\nWhakatāne District Council",
   "Whakatāne District Council", "whakatanecouncil.example", tz="nz")
mo("job_alert", "x-alert-eyes", "New vacancies near you",
   "Hi {n},\n\nNew practice vacancies this week:\n- Optical Assistant, Kettering\n- Dispensing Assistant, Tewkesbury\n- Practice Manager, Skipton\n\nDetails and applications: our careers page.\n\nYou get these as a job-alert subscriber." + FOOT_UK,
   "Brightlens Optometrists", "brightlens.example", frm="Brightlens Careers <alerts@{dom}>", tz="uk", y="£12")
mo("job_alert", "x-alert-blinds", "Jobs you might like",
   "Hi {n}, 3 new jobs matching your alert: Install Technician (Rochester), Showroom Associate (Mankato), Stockroom Associate (Winona). Tap to view." + FOOT_US,
   "ShadeWell Blinds & Curtains", "shadewell.example", frm="ShadeWell Jobs <alerts@{dom}>", tz="usc")
mo("job_alert", "x-alert-thrift", "Jobs this week",
   "Hi {n},\n\nRoles open this week: store assistant (Ararat), van driver (Stawell), sorting room volunteer lead (Colac). Apply through the careers page." + FOOT_AU,
   "Second Wind Thrift", "secondwindthrift.example", frm="Second Wind Thrift Careers <jobs@{dom}>", tz="au")
mo("recruiter_outreach", "x-out-silicone", "Compounding roles around Corby",
   "Hi {n},\n\nSaw your profile while searching compounding people and thought a chat could be worth it. I've got two compounding roles around Corby and Kettering, one days-only, both permanent. No pressure either way.\n\n{sig}\nPolymerline Recruitment",
   "Polymerline Recruitment", "polymerline.example", tz="uk")
mo("recruiter_outreach", "x-out-forge", "Heat treatment opening, Rourkela",
   "Dear {n},\n\nGreetings. We have a heat treatment engineer opening with a forging client in Rourkela, 5-8 years' experience. If it interests you, kindly revert with your latest profile and current CTC.\n\nRegards,\n{sig}\nSteelbridge Placements",
   "Steelbridge Placements", "steelbridgeplacements.example", tz="in")
mo("non_job_rejection_words", "x-draughts", "Club membership",
   "Hi {n},\n\nAbout joining the Thursday draughts club: We're sorry, but the club is at the hall's limit of 40 members and can't take anyone new this season. We'll put you on the list for September.\n\n{sig}\nGrafton Draughts Club",
   "Grafton Draughts Club", "graftondraughts.example", tz="au")
mo("non_job_rejection_words", "x-hut", "Lock-up 17 enquiry",
   "Dear {n},\n\nThank you for your enquiry about renting lock-up garage 17 for the summer. Unfortunately it is let for the whole season and every other lock-up is taken too. Your name goes on next year's list.\n\n{sig}\nSouthwold Lock-up Lettings",
   "Southwold Lock-up Lettings", "southwoldlockups.example", tz="uk")
mo("non_job_rejection_words", "x-grant", "Heritage grant application",
   "Dear {n},\n\nThe small heritage grants round drew requests for three times the money available. Your project was not among the ones funded this round.\n\n{sig}\nSelkirk Heritage Fund",
   "Selkirk Heritage Fund", "selkirkheritage.example", tz="uk")
mo("non_job_rejection_words", "x-draw", "Ticket draw result",
   "Hi {n},\n\nThe draw for seats at the county draughts final has taken place. Your entry was not drawn this time. Any returned seats go to the other entrants in draw order.\n\n{sig}\nBarnard Castle Draughts Society",
   "Barnard Castle Draughts Society", "barnarddraughts.example", tz="uk")
mo("non_job_rejection_words", "x-kennel", "Holiday stay request",
   "Hi {n},\n\nThanks for your booking request for Biscuit over the school holidays. I'm afraid every pen is taken for those dates; there is no room left for Biscuit.\n\n{sig}\nPickering Dog Holidays",
   "Pickering Dog Holidays", "pickeringdogs.example", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("tintype", "Threema: {co}",
   "Threema message from {sig} ({co})\n\nhey {n}, thanks for sitting for the test plate. the assistant spot in the studio went to Noor, she's been pouring collodion with me on weekends since spring. all the best x",
   "Ambrotype & Tintype Studio Oban", "obantintype.example", frm="Threema Gateway <relay@threema-mail.example>", tz="uk")
wo("application_received", "tintype", "Threema: {co}",
   "Threema message from {sig} ({co})\n\nhi {n}, got your note and the photos of your plates. whoever I pick for the studio spot, you'll get the answer from me on here",
   "Kelso Tintype Rooms", "kelsotintype.example", frm="Threema Gateway <relay@threema-mail.example>", tz="uk")
wr("theremin", "Kik: new message from {sig}",
   "Kik · {sig}\n\nhey {n} thx for coming to the studio and playing for us. the teaching assistant spot went to Dana, she's been running our tuesday beginners as a volunteer since fall. keep at it, your vibrato is lovely",
   "Muncie Theremin School", "muncietheremin.example", frm="Kik <notify@kik-messages.example>", tz="use")
wo("interview", "theremin", "Kik: new message from {sig}",
   "Kik · {sig}\n\nhey {n} can u come play for us {dl} at 4? bring a piece you know well. unfortunately the studio's upstairs and the elevator is out",
   "Dayton Theremin Studio", "daytontheremin.example", frm="Kik <notify@kik-messages.example>", tz="use")
wr("orrery", "Evernote: shared note \"Bench applicants\"",
   "Shared note · Bench applicants · edited by {sig}\n\n{n}: thank you for the brass gear-train sample. The bench has gone to Mr Hollins, a retired clock-case engraver who has helped with our planetary drives for two years. — {sig}, {co}",
   "Ledbury Orrery Makers", "ledburyorrery.example", frm="Evernote <share@evernote-notes.example>", tz="uk")
wo("application_received", "orrery", "Evernote: shared note \"Bench applicants\"",
   "Shared note · Bench applicants · edited by {sig}\n\n{n}: sample received, thank you. Each applicant gets a line in this note when we decide, whether it's you at the bench or not. — {sig}, {co}",
   "Tewkesbury Orrery Workshop", "tewkesburyorrery.example", frm="Evernote <share@evernote-notes.example>", tz="uk")
wr("korfball", "TeamSpeak transcript – committee channel",
   "TeamSpeak · channel \"Committee\" · auto-transcript\n\n{sig}: {n}, you there? ok. the assistant role for the under-16s, the committee's given it to Femke's dad, he trained teams in Utrecht for years. sorry mate. see you at the club night anyway",
   "Loughborough Korfball Club", "lboro-korfball.example", frm="TeamSpeak Server <noreply@ts-server.example>", tz="uk")
wo("application_received", "korfball", "TeamSpeak transcript – committee channel",
   "TeamSpeak · channel \"Committee\" · auto-transcript\n\n{sig}: {n}, got your form for the assistant thing. committee meets next month. picked or not, i'll tell you in here",
   "Chesterfield Korfball Club", "chesterfieldkorfball.example", frm="TeamSpeak Server <noreply@ts-server.example>", tz="uk")
wr("camogie", "Google Keep: \"Sideline helper applicants\"",
   "Google Keep · note shared by {sig}\n\nSideline helper applicants\n☑ {n} — thanks a million for the session. The under-12s sideline job is going to Aoibhinn, who played senior for the club till last year.\n☐ tell the others",
   "Kinsale Camogie Club", "kinsalecamogie.example", frm="Google Keep <keep-share@keep-notes.example>", tz="ie")
wo("interview", "camogie", "Google Keep: \"Sideline helper applicants\"",
   "Google Keep · note shared by {sig}\n\nSideline helper applicants\n☐ {n} — sample session with the under-10s on {dl}, 6pm, back pitch. Unfortunately the floodlights on that pitch are half out, we'll finish early.",
   "Fermoy Camogie Club", "fermoycamogie.example", frm="Google Keep <keep-share@keep-notes.example>", tz="ie")
wr("automaton", "Response to your story on Medium",
   "{sig} responded to your story \"Why I want to build moving figures\"\n\n\"Lovely piece, {n}. Since you asked in the comments about our workshop opening: we took on Isaac, who built the cam-driven heron in our front window as a student. Keep writing.\"",
   "Bridport Automaton Workshop", "bridportautomata.example", frm="Medium <noreply@medium-mail.example>", tz="uk")
wo("next_steps", "automaton", "Response to your story on Medium",
   "{sig} responded to your story \"Cams, cranks and a wooden fox\"\n\n\"{n}, show us more. Could you send us a short video of a working mechanism and a drawing of the cam profiles by {dl}? Then we'll talk about the workshop opening.\"",
   "Fowey Automata Works", "foweyautomata.example", frm="Medium <noreply@medium-mail.example>", tz="uk")
wr("barometer", "Teleprinter copy – workshop message",
   "ZCZC 0413\nTO {n}\nFROM {co}\nRE BENCH APPRENTICE\nPOST TAKEN BY MR GREAVES OF OUR CASE SHOP WHO HAS RESILVERED TUBES HERE SINCE 2021 STOP THANK YOU FOR THE VISIT STOP\n{sig}\nNNNN",
   "Buxton Barometer Restorers", "buxtonbarometers.example", frm="{co} <telex@{dom}>", tz="uk")
wo("application_received", "barometer", "Teleprinter copy – workshop message",
   "ZCZC 0588\nTO {n}\nFROM {co}\nRE BENCH APPRENTICE\nLETTER RECEIVED STOP WHOEVER WE TAKE YOU WILL HAVE OUR ANSWER ON THIS MACHINE STOP\n{sig}\nNNNN",
   "Matlock Barometer Workshop", "matlockbarometers.example", frm="{co} <telex@{dom}>", tz="uk")
wr("hourglass", "Photo of a luggage tag",
   "[photo: a brown luggage tag tied to a parcel, handwritten]\n\n{n} —\nThe glass-filling job went to Hattie from the sand-sieving room.\nYour sample timer is in here, returned with thanks.\n— {sig}, {co}",
   "Skipton Hourglass Company", "skiptonhourglass.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("offer", "hourglass", "Photo of a luggage tag",
   "[photo: a luggage tag on a small box]\n\n{n} —\nFilling bench is yours, say the word. Start {dl}, 9 o'clock.\nUnfortunately the workshop stove smokes, open the top window.\n— {sig}, {co}",
   "Malton Hourglass Works", "maltonhourglass.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("quoits", "Doodle: comment on \"Clay beds – who keeps them\"",
   "{sig} commented on the poll \"Clay beds – who keeps them\":\n\n\"{n}, thanks for putting yourself forward. The league has asked Big Dai to keep the clay beds this summer, he's been doing it unpaid for years.\"",
   "Rhondda Quoits League", "rhonddaquoits.example", frm="Doodle <mailer@doodle-polls.example>", tz="uk")
wo("application_received", "quoits", "Doodle: comment on \"Clay bed keeper applicants\"",
   "{sig} commented on the poll \"Clay bed keeper applicants\":\n\n\"{n}, you're down. Yes or no from the league, I'll post it in this poll before the month's out.\"",
   "Teesdale Quoits League", "teesdalequoits.example", frm="Doodle <mailer@doodle-polls.example>", tz="uk")
wo("non_job_rejection_words", "quoits-nonjob", "Doodle: comment on \"Summer league entries\"",
   "{sig} commented on the poll \"Summer league entries\":\n\n\"{n}, sorry, all twelve pitches are taken for the summer league so your team can't go in this year. First on the list for next.\"",
   "Rhondda Quoits League", "rhonddaquoits.example", frm="Doodle <mailer@doodle-polls.example>", tz="uk")
wr("trishaw", "Grab chat: {sig}",
   "Grab · chat with {sig}\n\nHi {n}, nice to meet you at our shophouse. For the trishaw rider job we already take my brother-in-law, he know all the heritage routes. Sorry ah. Take care",
   "Ipoh Heritage Trishaw", "ipohtrishaw.example", frm="Grab <chat@grab-chat.example>", tz="my")
wo("application_received", "trishaw", "Grab chat: {sig}",
   "Grab · chat with {sig}\n\nHi {n}, got your message for the rider job. Take or not take, I reply you here after Sunday ok",
   "Ipoh Old Town Trishaw", "ipoholdtown.example", frm="Grab <chat@grab-chat.example>", tz="my")
wr("sampan", "WeCom message",
   "WeCom · {sig} ({co})\n\n{n}, thanks for the trial crossing. The deck hand place on the sampan has been given to Ah Keung, who grew up on the boats at Lei Yue Mun. All the best.",
   "Aberdeen Sampan Crossing", "aberdeensampan.example", frm="WeCom <notice@wecom-mail.example>", tz="hk")
wo("interview", "sampan", "WeCom message",
   "WeCom · {sig} ({co})\n\n{n}, please come for a trial crossing on {dl} at 8am at the pier. Unfortunately the pier toilets are closed for works.",
   "Sai Kung Sampan Crossing", "saikungsampan.example", frm="WeCom <notice@wecom-mail.example>", tz="hk")
wr("lock", "Photo: notice on the lock corkboard",
   "[photo of a corkboard notice by the lock cottage]\n\nRELIEF LOCKKEEPER — {n}, thank you for applying. The Trust has given the relief post to Martin from the Tuesday volunteer crew. — {sig}",
   "Tiverton Lockkeepers", "tivertonlocks.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "lock", "Photo: notice on the lock corkboard",
   "[photo of a corkboard notice]\n\nRELIEF LOCKKEEPER — {n}: photo ID plus your boat handling certificate to the lock office by {dl}. — {sig}",
   "Worksop Lockkeepers Trust", "worksoplocks.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("bargee", "Hangouts: {sig}",
   "Hangouts · {sig}\n\nhi {n}, apologies, been out on the river all week. the crew place on the hotel boat is going to Gemma, she did the whole season with us last year as relief. cheers for walking down to the mooring",
   "Selby Cruising Company", "selbycruising.example", frm="Hangouts <hangouts-noreply@hangouts-mail.example>", tz="uk")
wo("application_received", "bargee", "Hangouts: {sig}",
   "Hangouts · {sig}\n\nhi {n}, got your message about the crew place. whether it's you or someone else, you'll hear from me here before the boat goes back in the water",
   "Goole Bargee Crew", "goolebargee.example", frm="Hangouts <hangouts-noreply@hangouts-mail.example>", tz="uk")
wo("job_alert", "bargee-alert", "Hangouts: {sig}",
   "Hangouts · {sig}\n\nhi all, jobs going for the season: deckhand (two), cook-steward, relief skipper. message me if you know anyone",
   "Selby Cruising Company", "selbycruising.example", frm="Hangouts <hangouts-noreply@hangouts-mail.example>", tz="uk")
wr("scaffold", "Todoist: comment on \"Hire labourer\"",
   "{sig} commented on the task \"Hire labourer – Blyth job\":\n\n\"@{n} cheers for the visit to the yard. We've started Kyle's mate on Monday, he's got his CISCO card already. Marking this done.\"",
   "Blyth Scaffolder Services", "blythscaffold.example", frm="Todoist <notifications@todoist-mail.example>", tz="uk")
wo("next_steps", "scaffold", "Todoist: comment on \"Onboard labourer\"",
   "{sig} commented on the task \"Onboard labourer – Morpeth job\":\n\n\"@{n} send a photo of your card, your bank details and your boot size by {dl} so we can get you kitted.\"",
   "Morpeth Scaffolder Group", "morpethscaffold.example", frm="Todoist <notifications@todoist-mail.example>", tz="uk")
wr("brick", "ClickUp: comment on \"Apprentice intake\"",
   "{sig} commented in Apprentice intake:\n\n\"@{n} thanks for the trial course you laid. We've taken Bailey from the college course for this intake. Closing this task.\"",
   "Corby Bricklayers", "corbybrick.example", frm="ClickUp <notifications@clickup-mail.example>", tz="uk")
wo("offer", "brick", "ClickUp: comment on \"Apprentice intake\"",
   "{sig} commented in Apprentice intake:\n\n\"@{n} apprentice spot's yours starting {dl}. Unfortunately the van's heater's on the blink so dress warm. Reply here to confirm.\"",
   "Oakham Bricklayer Co.", "oakhambrick.example", frm="ClickUp <notifications@clickup-mail.example>", tz="uk")
wr("cabinet", "New message on Houzz",
   "Houzz · message from {sig}, {co}\n\nHi {n}, thank you for the dovetail sample. We offered the bench to Sam, who finished her apprenticeship with us in June. All the best.",
   "Ulverston Cabinetmaker", "ulverstoncabinets.example", frm="Houzz <messages@houzz-mail.example>", tz="uk")
wo("application_received", "cabinet", "New message on Houzz",
   "Houzz · message from {sig}, {co}\n\nHi {n}, got your portfolio. Bench or not, a message from me lands here once we've seen everyone.",
   "Whitehaven Cabinetmaker", "whitehavencabinets.example", frm="Houzz <messages@houzz-mail.example>", tz="uk")
wr("turner", "You received a payment note",
   "PayPal · {sig} sent you £15.00\n\nNote: \"{n} — for the bowl blank you turned at the trial. The spindle job went to Hugo, who's been turning our chair legs part-time. Cheers.\"",
   "Peebles Woodturner", "peeblesturning.example", frm="PayPal <service@paypal-notes.example>", tz="uk")
wo("interview", "turner", "You received a payment note",
   "PayPal · {sig} sent you £10.00\n\nNote: \"{n} — for your bus fare. Trial at the lathe {dl}, 10am. Unfortunately the dust extractor is noisy, bring ear defenders.\"",
   "Dunoon Woodturner", "dunoonturning.example", frm="PayPal <service@paypal-notes.example>", tz="uk")
wr("flint", "Wikiloc: new comment on your trail",
   "{sig} commented on your trail \"Knapping sites walk\":\n\n\"{n}, thanks for asking about the demonstrator post at our knapping workshop. Gwen from the archery club has it now. Nice route!\"",
   "Lewes Flint Knapping", "lewesflint.example", frm="Wikiloc <notifications@wikiloc-mail.example>", tz="uk")
wo("application_received", "flint", "Wikiloc: new comment on your trail",
   "{sig} commented on your trail \"Chalk pits loop\":\n\n\"{n}, got your note about the demonstrator post. Whatever we decide, it goes in a comment here.\"",
   "Thetford Flint Knapping", "thetfordflint.example", frm="Wikiloc <notifications@wikiloc-mail.example>", tz="uk")
wr("gunsmith", "Smartsheet: comment on \"Apprentice applicants\"",
   "{sig} commented on row 4 (\"{full}\") in Apprentice applicants:\n\n\"Thanks for the visit. The apprentice stock-fitting role was given to Callan, son of our engraver. Row closed.\"",
   "Thirsk Gunsmith", "thirskgunsmith.example", frm="Smartsheet <notifications@smartsheet-mail.example>", tz="uk")
wo("next_steps", "gunsmith", "Smartsheet: comment on \"Apprentice applicants\"",
   "{sig} commented on row 2 (\"{full}\") in Apprentice applicants:\n\n\"Please upload your firearms certificate and two references by {dl}.\"",
   "Forfar Gunsmith", "forfargunsmith.example", frm="Smartsheet <notifications@smartsheet-mail.example>", tz="uk")
wr("enamel", "Behance: new message",
   "Behance · message from {sig} ({co})\n\nHi {n}, the champlevé samples were a treat. We gave the studio assistant role to Priya, a jewellery graduate who did our summer residency. Wishing you well.",
   "Brechin Enameller Studio", "brechinenamel.example", frm="Behance <messages@behance-mail.example>", tz="uk")
wo("application_received", "enamel", "Behance: new message",
   "Behance · message from {sig} ({co})\n\nHi {n}, samples received, they're lovely. Yes or no, my answer comes on here within the month.",
   "Crieff Enameller Studio", "crieffenamel.example", frm="Behance <messages@behance-mail.example>", tz="uk")
wr("litho", "DeviantArt: new note",
   "Note from {sig}\n\nHey {n}, thanks for pulling those test prints on the stone. The press assistant spot went to Tomasz, who's been graining stones for us on Fridays. Keep drawing.",
   "Montrose Lithographer", "montroselitho.example", frm="DeviantArt <notes@deviantart-mail.example>", tz="uk")
wo("interview", "litho", "DeviantArt: new note",
   "Note from {sig}\n\nHey {n}, come pull a proof with us on {dl} at 1pm. Unfortunately the press room is cold, the heater's broken.",
   "Arbroath Lithographer", "arbroathlitho.example", frm="DeviantArt <notes@deviantart-mail.example>", tz="uk")
wr("paper", "Photo of a notebook page",
   "[photo: a page torn from an exercise book]\n\n{n},\nThanks for the vat trial. The couching job has gone to Wren from the Tuesday class.\n{sig}",
   "Stamford Papermaker", "stamfordpaper.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("offer", "paper", "Photo of a notebook page",
   "[photo: a page from an exercise book]\n\n{n},\nStart at the vat {dl}, if you're willing. Unfortunately the drying loft leaks, bring boots.\n{sig}",
   "Leominster Papermaker", "leominsterpaper.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("embroider", "Redbubble: new message",
   "Redbubble · {sig} sent you a message\n\nHi {n}, thanks for the goldwork sample. We've taken on Maisie, who did the altar frontal restoration with us, for the studio seat.",
   "Kirkcudbright Embroiderer", "kirkembroider.example", frm="Redbubble <messages@redbubble-mail.example>", tz="uk")
wo("interview", "embroider", "Redbubble: new message",
   "Redbubble · {sig} sent you a message\n\nHi {n}, could you pop over to the studio {dl} for a stitching trial? Unfortunately the parking outside is residents only.",
   "Girvan Embroiderer Studio", "girvanembroider.example", frm="Redbubble <messages@redbubble-mail.example>", tz="uk")
wr("felt", "Wix chat transcript from {co}",
   "Wix chat · {co} website\n\n{sig}: Hi {n}! Re the workshop assistant job: we've asked Ines, who wet-felted the shop's yurt panels last spring, to take it.\n{sig}: Thanks for the interest!",
   "Stranraer Feltmaker", "stranraerfelt.example", frm="Wix Chat <chat@wix-chat.example>", tz="uk")
wo("next_steps", "felt", "Wix chat transcript from {co}",
   "Wix chat · {co} website\n\n{sig}: Hi {n}, for the workshop assistant job please send three photos of your felt and one reference by {dl}.",
   "Rothesay Feltmaker", "rothesayfelt.example", frm="Wix Chat <chat@wix-chat.example>", tz="uk")
wr("map", "OneNote: page \"Drafting applicants\" updated",
   "{sig} updated the page \"Drafting applicants\"\n\n{n} — thanks for the hachure test. The drafting post went to Orla, who drew the last three walking maps for us as a freelancer.",
   "Keswick Mapmaker", "keswickmaps.example", frm="OneNote <notify@onenote-share.example>", tz="uk")
wo("offer", "map", "OneNote: page \"Drafting applicants\" updated",
   "{sig} updated the page \"Drafting applicants\"\n\n{n} — drafting post is yours from {dl} if you'll take it. Unfortunately our plotter is down for a week, so you'll start by hand.",
   "Northallerton Mapmaker", "northallertonmaps.example", frm="OneNote <notify@onenote-share.example>", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
TFNG = dict(zip("abgdḍefkhḥɛxqijlmnurṛɣsṣctṭwyzẓ", "ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ", strict=True))


def tfng(text: str) -> str:
    """Latin-transcribed Central Atlas Tamazight into Neo-Tifinagh; {slots} are left as they are."""
    parts = re.split(r"(\{\w+\})", text)
    return "".join(p if p.startswith("{") else "".join(TFNG.get(ch, TFNG.get(ch.lower(), ch)) for ch in p) for p in parts)


wr("ar", "بخصوص وظيفة مساعد في المخبزة",
   "السلام عليكم {n}،\n\nشكرًا على حضورك يوم التجربة وعلى صينية قلب اللوز التي حضّرتها معنا. وظيفة المساعد أخذها سفيان، ابن أحد معلّمينا القدامى، وقد باشر العمل هذا الأسبوع.\n\nنتمنى لك كل التوفيق،\n{sig}\n{co}",
   "حلويات قسنطينة للسميد", "constantinesemolina.example", tz="dz", lang="ar")
wo("application_received", "ar", "استلمنا طلبك",
   "السلام عليكم {n}،\n\nوصلنا طلبك لوظيفة مساعد في المخبزة. اخترناك أو اخترنا غيرك، فالرد سيأتيك إلى هذا البريد قبل انقضاء الشهر.\n\n{sig}\n{co}",
   "مخبزة سيدي مسيد للحلويات", "sidimcidpastry.example", tz="dz", lang="ar")
wr("de", "Ihre Bewerbung als Konditor/in",
   "Grüß Gott {n},\n\nnach Ihrem Probetag bei uns eine kurze Nachricht. Die Stelle in der Tortenabteilung bekommt Frau Leitner, die bei uns schon seit drei Jahren aushilft und die Linzer Augen im Schlaf kann. Viel Glück beim Suchen!\n\n{sig}\n{co}",
   "Konditorei Donaublick Linz", "donaublick-linz.example", tz="at", lang="de")
wo("interview", "de", "Einladung zum Probetag",
   "Grüß Gott {n},\n\nwir möchten Sie am {dl} um 6 Uhr zu einem Probetag in die Backstube einladen. Leider ist der Hintereingang wegen Bauarbeiten gesperrt; bitte läuten Sie beim Geschäft vorne.\n\n{sig}\n{co}",
   "Konditorei Pöstlingberg Linz", "poestlingberg-linz.example", tz="at", lang="de")
wr("es", "Sobre el puesto de ayudante",
   "Hola {n}:\n\nQué bueno que viniste al taller a armar ese charango de prueba. El puesto de ayudante se lo dimos a Wilmer, sobrino de nuestro maestro tallador, que ya venía los sábados a lijar cajas.\n\nUn abrazo,\n{sig}\n{co}",
   "Taller de Charangos Cochabamba", "charangoscbba.example", tz="bo", lang="es")
wo("application_received", "es", "Recibimos tu postulación",
   "Hola {n}:\n\nRecibimos tu postulación para ayudante del taller. Te elijamos a ti o a otra persona, la respuesta llegará a este correo antes de fin de mes.\n\n{sig}\n{co}",
   "Charangos del Valle Alto", "charangosvallealto.example", tz="bo", lang="es")
wr("fr", "Votre candidature – poste de polisseur",
   "Bonjour {n},\n\nMerci d'être passé à l'atelier et d'avoir poli cette pièce devant nous. Pour le poste de polisseur, nous avons pris Monsieur Kasongo, qui travaille la pierre verte avec nous depuis l'âge de quinze ans. Bonne continuation à vous.\n\n{sig}\n{co}",
   "Atelier de Malachite de Lubumbashi", "malachite-lubumbashi.example", tz="cd", lang="fr")
wo("next_steps", "fr", "Suite de votre candidature",
   "Bonjour {n},\n\nPolisseur : pour avancer, envoyez-nous avant le {dl} une copie de votre carte d'identité et deux photos de pièces que vous avez polies.\n\n{sig}\n{co}",
   "Pierres Vertes du Katanga", "pierresvertes.example", tz="cd", lang="fr")
wr("hi", "सहायक कारीगर पद के बारे में",
   "प्रिय {n} जी,\n\nआप कार्यशाला पधारे और मिट्टी का घोड़ा गढ़कर दिखाया, आभार। सहायक कारीगर की जगह अब रमेश भरेगा; वह तीन बरस से आँवे पर हमारा हाथ बँटाता रहा है।\n\nआपकी राह उजली रहे,\n{sig}\n{co}",
   "गोरखपुर टेराकोटा कार्यशाला", "gorakhpurterracotta.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया",
   "नमस्ते {n} जी,\n\nअर्ज़ी पहुँच गई। चयन किसका होगा, यह तय होते ही इसी ईमेल पर उत्तर पहुँचेगा, तीस तारीख़ से पहले।\n\n{sig}\n{co}",
   "औरंगाबाद टेराकोटा घर", "aurangabadterracotta.example", tz="in", lang="hi")
wr("it", "Posto in bottega",
   "Gentile {n},\n\nè stato un piacere averla in bottega per la prova. Per il posto di aiuto decoratore abbiamo scelto Gabriele, che da due estati ci aiuta con i lustri a terzo fuoco. Le auguriamo il meglio.\n\nCordiali saluti,\n{sig}\n{co}",
   "Maioliche Mastro Giorgio Gubbio", "maiolichegubbio.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nil posto di aiuto decoratore è suo a partire dal {dl}, se lo desidera. Purtroppo il cortile interno è in rifacimento, per le prime settimane dovrà entrare dal portone laterale.\n\n{sig}\n{co}",
   "Bottega delle Maioliche Eugubine", "maiolicheeugubine.example", tz="it", lang="it")
wr("ja", "研磨職人の採用について",
   "{n}様\n\n先日は工房の見学と実技試験にお越しいただき、ありがとうございました。研磨職人の枠には、三年前から当工房でアルバイトをしている方に入ってもらうことになりました。またどこかでお会いできれば嬉しいです。\n\n{sig}\n{co}",
   "鯖江眼鏡フレーム工房", "sabae-frames.example", tz="jp", lang="ja")
wo("interview", "ja", "実技試験のご案内",
   "{n}様\n\n研磨職人の実技試験を{dl}の午前10時から工房で行います。あいにく工房前の駐車場が工事中のため、電車かバスでお越しください。\n\n{sig}\n{co}",
   "鯖江めがね工房 河和田", "kawada-frames.example", tz="jp", lang="ja")
wr("ko", "보조 작업자 채용 관련",
   "{n}님, 안녕하세요.\n\n공방에 오셔서 직접 베틀에 앉아 모시를 짜 보여 주셔서 감사했습니다. 이번 보조 작업자 자리는 작년부터 주말마다 실 삼기를 도와주던 분이 맡게 되었습니다. 하시는 일 모두 잘 되시길 바랍니다.\n\n{sig} 드림\n{co}",
   "한산 모시 짜기 공방", "hansanramie.example", tz="kr", lang="ko")
wo("next_steps", "ko", "채용 다음 단계 안내",
   "{n}님, 안녕하세요.\n\n보조 작업자 채용 다음 단계로, {dl}까지 신분증 사본과 작업 사진 다섯 장을 이메일로 보내 주세요.\n\n{sig} 드림\n{co}",
   "서천 모시 공방", "seochunramie.example", tz="kr", lang="ko")
wr("pt", "Sobre a vaga de ajudante",
   "Olá {n},\n\nFoi bom vê-la no teste de costura. Quem vai ocupar o lugar de ajudante é a Dona Amélia, que já corta capulanas connosco há quatro anos. Desejamos-lhe muita sorte.\n\nCumprimentos,\n{sig}\n{co}",
   "Alfaiataria de Capulanas Nampula", "capulanasnampula.example", tz="mz", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\nTemos o prazer de lhe oferecer a vaga de ajudante a partir de {dl}. Infelizmente a máquina de bordar só volta da reparação no fim do mês.\n\n{sig}\n{co}",
   "Capulanas da Ilha", "capulanasilha.example", tz="mz", lang="pt")
wr("ru", "По поводу места подмастерья",
   "Здравствуйте, {n}!\n\nРады были видеть вас на пробной смене — чеканите вы хорошо. Место подмастерья мы отдали Денису — он уже два года помогает нам с чернением отливок по выходным. Удачи вам!\n\n{sig}\n{co}",
   "Каслинская мастерская художественного литья", "kasli-lityo.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваше резюме получено",
   "Здравствуйте, {n}!\n\nВаше резюме получили. Возьмём вас или нет, ответ придёт на эту почту до конца месяца.\n\n{sig}\n{co}",
   "Уральская мастерская чугунного литья", "ural-chugun.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya msaidizi",
   "Habari {n},\n\nAsante kwa kuja karakana na kutuonyesha kazi yako ya randa. Nafasi ya msaidizi wa fundi tumempa Athmani, mtoto wa fundi wetu mkuu, ambaye amekuwa akitusaidia kila likizo. Tunakutakia kila la heri.\n\n{sig}\n{co}",
   "Karakana ya Ngalawa Msasani", "ngalawamsasani.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi",
   "Habari {n},\n\nNafasi ya msaidizi wa fundi ni yako kuanzia {dl}, ukiikubali. Kwa bahati mbaya, gari letu la mbao halitapatikana wiki ya kwanza, kwa hiyo utafika kwa daladala.\n\n{sig}\n{co}",
   "Mafundi wa Ngalawa Kunduchi", "ngalawakunduchi.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างลงยา",
   "เรียนคุณ{n}\n\nขอบคุณที่มาลองทำงานถมกับเราเมื่อสัปดาห์ก่อน ตำแหน่งช่างลงยาตอนนี้เราให้น้องแพรวที่ช่วยงานร้านมาสองปีแล้วรับไปทำ ขอให้โชคดีนะคะ\n\n{sig}\n{co}",
   "โรงงานเครื่องถมปากพนัง", "pakphanangniello.example", tz="th", lang="th")
wo("interview", "th", "เชิญมาทดลองงาน",
   "เรียนคุณ{n}\n\nขอเชิญมาทดลองงานถมที่โรงงานในวันที่ {dl} เวลา 9 โมงเช้า ต้องขออภัยที่ลานจอดรถหน้าร้านกำลังซ่อมอยู่\n\n{sig}\n{co}",
   "บ้านเครื่องถมปากพนัง", "banniello.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında",
   "Merhaba {n},\n\nAtölyeye gelip baston oyduğunuz için teşekkür ederiz. Usta yardımcılığına, üç yıldır yazları bize yardım eden Mert'i aldık. Size bol şans dileriz.\n\n{sig}\n{co}",
   "Devrek Baston Atölyesi", "devrekbaston.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Başvurunuzun devamı",
   "Merhaba {n},\n\nSonraki adım: {dl} tarihine dek nüfus kartınızın bir kopyası ile iki referansın telefonlarını bize iletin.\n\n{sig}\n{co}",
   "Devrek Oymacılık Evi", "devrekoyma.example", tz="tr", lang="tr")
wr("ur", "نگران کی اسامی کے بارے میں",
   "محترم {n}،\n\nباغ آ کر پیوند کاری کا نمونہ دکھانے کا شکریہ۔ نگران کی جگہ ہم نے عمران صاحب کو دے دی ہے جو چار سال سے ہمارے ساتھ پھل چنائی کا کام سنبھال رہے ہیں۔ آپ کے لیے نیک خواہشات۔\n\n{sig}\n{co}",
   "لاڑکانہ امرود باغات", "larkanaguava.example", tz="pk", lang="ur")
wo("next_steps", "ur", "اگلا مرحلہ",
   "محترم {n}،\n\nآگے بڑھنے کے لیے {dl} سے پہلے قومی شناخت کی ایک فوٹو کاپی اور کسی سابق مالک کا خط ہمیں پہنچا دیں۔\n\n{sig}\n{co}",
   "سکھر امرود فارم", "sukkurguava.example", tz="pk", lang="ur")
wr("zh", "关于学徒岗位",
   "{n}你好：\n\n谢谢你来工坊试刻花版。刻版学徒的位置，我们给了小周，他这两年寒假一直在我们这儿帮忙刮浆。祝你一切顺利。\n\n{sig}\n{co}",
   "南通蓝印花布工坊", "nantongcalico.example", tz="cn", lang="zh")
wo("application_received", "zh", "申请已收到",
   "{n}你好：\n\n你的申请我们收到了。不管最后选不选你，月底前都会在这个邮箱回复你。\n\n{sig}\n{co}",
   "南通蓝印染坊", "nantongindigo.example", tz="cn", lang="zh")
wr("tzm", tfng("tawuri n umɛawn"),
   tfng("azul {n},\n\ntanmmirt ɣef tirzi nnk ɣr tḥanut nnɣ n seksu. tawuri n umɛawn nfka tt i ḥmad, mmi n yat g tmɣarin nnɣ, lli ixddmn d nkkni zg useggas izrin. nra ak ayda ifulkin.\n\n") + "{sig}\n{co}",
   tfng("tḥanut n seksu azru"), "azroucouscous.example", tz="ma", lang="tzm")
wo("application_received", "tzm", tfng("tabrat nnk tlkm d"),
   tfng("azul {n},\n\ntlkm d tabrat nnk. ma nsti kiyi nɣd yan yaḍn, ad ak nrar awal ɣ tbrat ad uqbl tigira n wayyur.\n\n") + "{sig}\n{co}",
   tfng("tiddart n seksu azru"), "azrouseksu.example", tz="ma", lang="tzm")
wr("dng", "Банщуди хуәр",
   "{n}, ни хо!\n\nЩеще ни лэ вәмуди гуанзы шы зуэ лянфын. Банщуди хуәр вәму ги лэ Юнус, та зэ вәму жер гандан сан нян лё. Жў ни хо.\n\n{sig}\n{co}",
   "Каракол лянфын гуанзы", "karakol-ashlyamfu.example", tz="kg", lang="dng")
wo("application_received", "dng", "Ниди щин шу до лё",
   "{n}, ни хо!\n\nНиди щин вәму шу до лё. Йүн ни е хо, бу йүн е хо, йүэди ди вәму зэ жыгə дызы шон ги ни хуэйщин.\n\n{sig}\n{co}",
   "Каракол хуэйзў гуанзы", "karakol-guanzy.example", tz="kg", lang="dng")
wr("ady", "ІофшІэпІэ чІыпІэм ехьылІагъ",
   "Шъуимафэ шІу, {n}!\n\nТхьэуегъэпсэу хурмэ чъыгхатэм укъызэрэкІуагъэм фэшІ. ІофшІэпІэ чІыпІэр Къэплъан етыгъ, ар илъэситІу хъугъэу тадэжь Іоф щешІэ. Гъэхъагъэхэр уиІэнхэу тыпфэлъаІо.\n\n{sig}\n{co}",
   "Мыекъуапэ хурмэ чъыгхат", "maykop-persimmon.example", tz="ru", lang="ady")
wo("application_received", "ady", "Уитхылъ къытІэкІэхьагъ",
   "Шъуимафэ шІу, {n}!\n\nУитхылъ къытІэкІэхьагъ. Укъыхэтхыми укъыхэмытхыми, мазэм ыкІэм нэс джэуап къыпфэдгъэхьыщт.\n\n{sig}\n{co}",
   "Адыгэ хурмэ хатэ", "adyge-khurme.example", tz="ru", lang="ady")
wr("wls", "Ko te ngāue tokoni",
   "Mālō te maʻuli {n},\n\nMālō aupito ki tau haʻu ki te fale ngāue ʻo te tapa. Ko te ngāue tokoni neʻe mātou foaki kia Losa, ko te ʻofafine ʻo te matuʻa faʻu tapa, kua ngāue mo mātou ia taʻu e lua. ʻOfa atu.\n\n{sig}\n{co}",
   "Fale Tapa Mata-Utu", "taputapu-tapa.example", tz="wf", lang="wls")
wo("application_received", "wls", "Neʻe mātou maʻu tau tohi",
   "Mālō te maʻuli {n},\n\nNeʻe mātou maʻu tau tohi. Peʻe ko koe peʻe ko he tahi, ʻe mātou tali atu ki te meli ʻaenī ʻi te fakaʻosi ʻo te māhina.\n\n{sig}\n{co}",
   "Fale Tapa Hihifo", "hihifo-tapa.example", tz="wf", lang="wls")
wr("rap", "Te ʻaŋa tauturu",
   "ʻIorana {n},\n\nMāuru-uru no tō oho mai ki te hare tarai mōai. Te ʻaŋa tauturu, ku avai ʻā ki a Tane, te poki ʻo te tumu tarai, he ʻaŋa ʻā ʻana ko māua e rua matahiti. Ka rivariva koe.\n\n{sig}\n{co}",
   "Hare Tarai Mōai Hanga Roa", "hareatarai.example", tz="ei", lang="rap")
wo("interview", "rap", "Ka oho mai",
   "ʻIorana {n},\n\nKa oho mai koe ki te hare tarai ʻi te {dl}, hora 9 o te pōpōhanga. Te ʻara ki uta e hakaʻaŋa rā, ka haka ʻite mai mo te haʻuru.\n\n{sig}\n{co}",
   "Hare Tarai Mataveri", "mataveritarai.example", tz="ei", lang="rap")
wr("fon", "Azɔ alɔdó tɔn",
   "{n}, a fɔn ganji à?\n\nA wà kudo bɔ a wá azɔxwé mǐtɔn bo dó zɛmijan ɖé ɖò nukɔn mǐ. Azɔ alɔdó tɔn ɔ, mǐ na Kofi, e nɔ wà azɔ xá mǐ sɔ xwè wè ɔ. Mawu ni kpé we.\n\n{sig}\n{co}",
   "Azɔxwé zɛmijan Kutɔnu", "zemidjan-cotonou.example", tz="bj", lang="fon")
wo("interview", "fon", "Mǐ ylɔ we",
   "{n}, a fɔn ganji à?\n\nMǐ ylɔ we wá azɔxwé ɔ gbè {dl}, gan 8 mɛ. Ali ɔ ɖò vivɔ wɛ gbè enɛ gbè, bo a na bɛ́ sín gudo.\n\n{sig}\n{co}",
   "Azɔxwé zɛmijan Abomɛ", "zemidjan-abomey.example", tz="bj", lang="fon")
wr("kmb", "O kikalakalu kia kukuatekesa",
   "Muene {n},\n\nNgasakidila ua kuiza ku fazenda ietu ia ngulayi. O kikalakalu kia kukuatekesa, tua ki bhana kua Ngola, mona a mukuá kalakala uetu, ua kala mu kalakala ni etu mivu iiadi. Nzambi a ku bane kiambote.\n\n{sig}\n{co}",
   "Fazenda ia Ngulayi Malanje", "malanjegrapefruit.example", tz="ao", lang="kmb")
wo("next_steps", "kmb", "O kima kiakaiadi",
   "Muene {n},\n\nKu kalakala kuiza, tu mesena ku tu tumikina o kaxi ka identidade ni mukanda ua kalakala kuakuxi ate ku {dl}.\n\n{sig}\n{co}",
   "Fazenda Kalandula", "kalandulagrapefruit.example", tz="ao", lang="kmb")
wr("nyn", "Omurimo gw'okuguza ebitookye",
   "{n}, agandi?\n\nWebare kwija aha depo yaitu y'ebitookye. Omurimo gw'okubara n'okuguza tukaguha Tumwine, owaba naakora naitwe emyaka ebiri. Ruhanga akuhe omugisha.\n\n{sig}\n{co}",
   "Depo y'Ebitookye Mbarara", "mbararamatooke.example", tz="ug", lang="nyn")
wo("offer", "nyn", "Omurimo nigwawe",
   "{n}, agandi?\n\nTushemereirwe kukuha omurimo gw'okubara ebitookye kutandika {dl}. Kwonka emotoka y'ebitookye neebaasa kukyerera omu sabiiti y'okubanza.\n\n{sig}\n{co}",
   "Ebitookye bya Ankole", "ankolematooke.example", tz="ug", lang="nyn")
wr("vep", "Radnikan sija",
   "Tervhen, {n}!\n\nKitäm, miše tulit meiden kivikarjeraha i ozutit, kut sinä tahkoid kived. Radnikan sijan andoim Kol'ale, hän radab meidenke jo kaks' vot. Ozad teile!\n\n{sig}\n{co}",
   "Šoutjärven kivikarjer", "sheltozero-gabbro.example", tz="ru", lang="vep")
wr("tru", "ܥܠ ܦܘܠܚܢܐ ܕܡܥܕܪܢܐ",
   "ܫܠܡܐ {n}،\n\nܬܘܕܝ ܕܐܬܝܬ ܠܕܘܟܐܢܐ ܕܝܕܢ ܕܫܪܒܬ ܪܡܘܢܐ. ܦܘܠܚܢܐ ܕܡܥܕܪܢܐ ܗܘܠܠܢ ܠܝܥܩܘܒ، ܗܘ ܟܦܠܚ ܥܡܢ ܡܢ ܬܪܬܝ ܫܢܐ. ܐܠܗܐ ܡܥܕܪ ܠܘܟ.\n\n{sig}\n{co}",
   "ܕܘܟܐܢܐ ܕܪܡܘܢܐ ܕܡܕܝܕ", "midyat-pomegranate.example", tz="tr", lang="tru")

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
    """True on the days a zone keeps its second offset (summer time; Morocco's Ramadan hour)."""
    y = day.year
    if rule == "ma":
        start, end = MOROCCO_RAMADAN[y]
        return start <= day < end
    spans = {  # (first day, first day after, whether the span is the summer or the winter)
        "eu": (nth_weekday(y, 3, 6, -1), nth_weekday(y, 10, 6, -1), True),
        "us": (nth_weekday(y, 3, 6, 2), nth_weekday(y, 11, 6, 1), True),
        "au": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 10, 6, 1), False),
        "nz": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 9, 6, -1), False),
        "cl": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 9, 6, 1), False),
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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "ady": "{dd}.{mm}.{y}",
    "dng": "{dd}.{mm}.{y}", "vep": "{dd}.{mm}.{y}",
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
        rec["id"] = f"blind44:{short}-{counters[short]:03d}"
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
