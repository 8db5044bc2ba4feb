# ruff: noqa: E501, S311
"""Write the fortieth sealed blind slice for issue 11 (blind-slice-40.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 40 and later never read; our side printed)
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

SEED = 400401
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-40.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 40
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Temitope Adeyemi", "Lachlan Burrows", "Thandeka Nxumalo", "Clodagh Reidy", "Rudo Mapfumo",
    "Seren Prosser", "Uchenna Nwachukwu", "Wiremu Tapsell", "Marites Dizon", "Padraig Coyle",
    "Kagiso Moloi", "Hauwa Suleiman", "Mandla Sithole", "Morag Urquhart", "Akosua Boateng",
    "Wei Ling Ong", "Halima Juma", "Eoghan Creedon", "Keisha Braithwaite", "Rohan Deshpande",
    "Ataahua Parata", "Yaw Ofori", "Chidinma Anyanwu", "Ewan Drummond", "Nomsa Khumalo",
    "Meenakshi Iyer", "Bilal Chaudhry", "Sione Latu", "Fergal Nolan", "Palesa Motaung",
    "Abena Owusu", "Karthik Subramanian", "Dilani Perera", "Maarten Visser", "Hodan Warsame",
    "Tafadzwa Moyo", "Saoirse Kinsella", "Emeka Uzor", "Rawiri Ngata", "Sipho Dube",
    "Lakshmi Pillai", "Jericho Villanueva", "Bongani Zwane", "Élodie Marchand", "Musa Abdullahi",
    "Kerri-Ann Whyte", "Efe Oghene", "Niamh Brennock", "Obinna Eke", "Losaline Tonga",
]
REGION_SIGNERS = {
    "uk": ["Philippa Hargreaves", "Rhodri Evans", "Sunita Mistry", "Alasdair Munro", "Gemma Thwaite", "Kwame Addo-Smith",
           "Catriona Bain", "Barnaby Lusk", "Ffion Pritchard", "Marcus Eldridge", "Nadia Hussain", "Graeme Kerr"],
    "ie": ["Sorcha Lenihan", "Diarmuid Hennessy", "Bláthnaid Furlong", "Colm Ó Súilleabháin", "Eimear Phelan"],
    "pl": ["Agnieszka Wróbel", "Tomasz Lewandowski"], "lv": ["Ilze Kalniņa", "Jānis Ozoliņš"],
    "hr": ["Ivana Babić", "Marko Jurić"], "hu": ["Zsófia Varga", "Balázs Kertész"],
    "us": ["Tammy Gaskins", "DeShawn Pruitt", "Rosalinda Chávez", "Aaron Lindqvist", "Winona Yazzie", "Brent Hollister"],
    "ca": ["Josée Gagnon", "Tyler Bearspaw", "Harjit Gill", "Étienne Lavoie", "Brooke MacIsaac"],
    "au": ["Jarrah Wilkins", "Stavros Kallis", "Maddison Crowe", "Linh Nguyen", "Ellie Fairweather"],
    "nz": ["Ngaire Tipene", "Hemi Walker", "Fiona McKechnie", "Sefo Aumua", "Kiri Paewai"],
    "za": ["Zanele Mkhize", "Johan du Plessis", "Ayanda Ndlovu", "Lerato Modise", "Fatima Isaacs"],
    "zw": ["Tinashe Chiwenga", "Rumbidzai Ncube"], "mz": ["Celso Machava", "Argentina Cossa"],
    "ke": ["Akinyi Odhiambo", "Kiprono Rotich", "Wambui Kariuki"],
    "ng": ["Funmilayo Adebayo", "Ibrahim Danjuma", "Nkechi Okafor"],
    "in": ["Revathi Krishnan", "Deepak Malhotra", "Banri Lyngdoh", "Pema Lhamu Bhutia", "Anita Fernandes"],
    "de": ["Katrin Vogelsang", "Florian Achterberg"],
    "om": ["Salim Al Habsi", "Maryam Al Balushi"], "so": ["Hamse Jama", "Ayaan Duale"],
    "car": ["Desmond Hodge", "Annette Ryan", "Cheryl-Ann Browne"],
}
# the signers' region by the sender's time zone
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cat": "ca",
          "auq": "au", "sa": "au", "wa": "au", "ai": "car", "ms": "car", "vc": "car"}
LANG_SIGNERS = {
    "ar": ["سمر الحلبي", "نزار الصبّاغ"], "de": ["Ulrike Greiner-Müller", "Steffen Brückner"],
    "es": ["Rocío Domecq Ruiz", "Paco Garrido"], "fr": ["Séverine Lacombe", "Thierry Fabié"],
    "hi": ["सुनीता अग्रवाल", "मनोज भाटी"], "it": ["Marisa Di Cesare", "Pasquale Pelino"],
    "ja": ["野田 由美子", "茂木 健太"], "ko": ["임정희", "조성민"], "pt": ["Conceição Viana", "Nuno Lima"],
    "ru": ["Нина Кузнецова", "Виктор Лаптев"], "sw": ["Mwanaidi Shaban", "Hamisi Mbwana"],
    "th": ["สุภาพร คำแสน", "วิชัย ทองดี"], "tr": ["Hatice Yılmaz", "Mustafa Kılıç"],
    "ur": ["شازیہ انصاری", "طارق محمود"], "zh": ["王秀兰", "李建国"],
    "nav": ["Loretta Begay", "Marvin Tsosie"], "chr": ["Wilma Sixkiller", "Durbin Hummingbird"],
    "iku": ["ᐃᓗᐃᓴ ᐊᓐᓇᑕ", "ᐳᓚᓗᓯ ᐋᓯᐊ"], "yua": ["Guadalupe Chan Pech", "Wilberth Canul"],
    "shi": ["ⴼⴰⴹⵎⴰ ⴰⵢⵜ ⵍⵃⴰⵊ", "ⵃⵎⴰⴷ ⵓⴱⴰⵍⵍⴰ"], "mah": ["Neiar Jibon", "Carlos Lakjohn"],
    "pau": ["Dilmei Ngiraked", "Ongerung Tellei"], "arn": ["Rosa Huenchumilla", "Juan Painemal"],
    "oji": ["Marlene Bebeau", "Dennis Jourdain"], "fuc": ["Kumba Sow", "Demba Bah"],
}
LANG_RECIPIENTS = {
    "ar": ["لين السمان", "عمر الدقاق"], "de": ["Jana Pfeiffer", "Lukas Hensel"],
    "es": ["Macarena Bernal", "Álvaro Ortiz"], "fr": ["Camille Roques", "Benoît Vidal"],
    "hi": ["प्रिया शेखावत", "राहुल सोनी"], "it": ["Giulia Di Iorio", "Matteo Colaiuda"],
    "ja": ["佐藤 美咲", "鈴木 大輔"], "ko": ["한지민", "윤태호"], "pt": ["Beatriz Lopes", "Diogo Ferreira"],
    "ru": ["Анна Сорокина", "Илья Громов"], "sw": ["Rehema Athumani", "Salum Bakari"],
    "th": ["ศิริพร บุญเรือง", "ธนากร ปัญญาดี"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["ماریہ رشید", "عثمان بٹ"], "zh": ["赵雪梅", "孙志强"],
    "nav": ["Shaylene Nez", "Tyrone Yellowhair"], "chr": ["Cassidy Walkingstick", "Jordan Oosahwe"],
    "iku": ["ᓴᓗᒥ ᒪᑭᐊ", "ᔮᓂ ᐊᓪᓚᓯ"], "yua": ["Yesenia Poot Ek", "Gaspar Uc May"],
    "shi": ["ⵃⴰⴷⴰ ⴰⵎⵣⵉⵢⵏ", "ⵢⵓⵙⴼ ⴰⴳⵏⴰⵡ"], "mah": ["Lani Anjain", "Jeton Kabua"],
    "pau": ["Maireng Rengiil", "Ikelau Sadang"], "arn": ["Millaray Calfuqueo", "Rodrigo Catrileo"],
    "oji": ["Shawna Fairbanks", "Travis Goodsky"], "fuc": ["Aïssata Dia", "Mamadou Kane"],
}
GIVEN = {
    "Wei Ling Ong": "Wei Ling", "Kwame Addo-Smith": "Kwame", "Colm Ó Súilleabháin": "Colm",
    "Johan du Plessis": "Johan", "Salim Al Habsi": "Salim", "Maryam Al Balushi": "Maryam",
    "Pema Lhamu Bhutia": "Pema", "Rocío Domecq Ruiz": "Rocío", "Marisa Di Cesare": "Marisa",
    "Kerri-Ann Whyte": "Kerri-Ann", "Cheryl-Ann Browne": "Cheryl-Ann", "Giulia Di Iorio": "Giulia",
    "Guadalupe Chan Pech": "Guadalupe", "Yesenia Poot Ek": "Yesenia", "Gaspar Uc May": "Gaspar",
}
PROVIDERS = ["egretpost", "jacanamail", "tuiinbox", "kestrelbox", "fynbosmail", "rimuweb"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April, cl = first Sunday
# of September to first Sunday of April (Chile); ma = Morocco, which leaves +0100 for +0000 during
# Ramadan (23 February to 6 April 2025, 15 February to 22 March 2026)
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "pl": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "nn": ("-0700", "-0600", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "ai": ("-0400", None, ""), "ms": ("-0400", None, ""),
    "vc": ("-0400", None, ""), "mx": ("-0600", None, ""), "cl": ("-0400", "-0300", "cl"),
    "sn": ("+0000", None, ""), "ma": ("+0100", "+0000", "ma"), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "zw": ("+0200", None, ""), "mz": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "so": ("+0300", None, ""), "sy": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "pw": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "au": ("+1000", "+1100", "au"), "auq": ("+1000", None, ""),
    "mh": ("+1200", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "nn", "cae", "cat")
RAMADAN_MA = ((dt.date(2025, 2, 23), dt.date(2025, 4, 6)), (dt.date(2026, 2, 15), dt.date(2026, 3, 22)))


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
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles, tzs, xs = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x)
    copies = max(len(cos), len(doms), len(roles), len(xs))
    TEMPLATES.append(T(part, label, kind, f"blind40-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, both in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a-req", "Requisition R-{ref} ({role}): status change",
   "Dear {n},\n\nRequisition R-{ref} for {role} has reached the Hire step with a different applicant. The requisition now shows \"Closed – Hire Complete\", and all remaining submissions on it (yours too) are now inactive.\n\nYour candidate account stays open for other requisitions.\n\nTalent Acquisition\n{co}",
   ("Lightwave Trench Networks", "Yarra Twill Mills"), ("lightwavetrench.example", "yarratwill.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Fibre-Optic Splicing Technician", "Denim Warp Dyeing Supervisor"), tz=("uk", "au"))
mr("a-gh", "About the {role} role",
   "Hi {n},\n\nA proper update on {role}, as promised. After the final round we welcomed aboard a candidate whose {x} background lines up with the first six months of work, and her start date is now set.\n\nThe three conversations with you were a real pleasure for the whole panel. The case study you put together was superb.\n\n{sig}\nPeople, {co}",
   ("Charwell Carbon", "Loopstead Polymers"), ("charwell.example", "loopstead.example"),
   frm="{sig} <{sl}@{dom}>", role=("Pyrolysis Process Engineer", "Bioplastics Compounding Lead"), tz=("ie", "cae"),
   x=("kiln commissioning", "starch-blend extrusion"))
mr("a-lever", "{role} spot",
   "{n} – quick one before the weekend. The {role} spot went to a guy who did two seasons at {x}; he's starting Tuesday. Appreciate you driving out to see us.\n\n{sf}\n{co}",
   ("Trinity Crown Hatworks", "Butte Creek Noble Fir Farm"), ("trinitycrown.example", "buttecreekfir.example"),
   role=("felt finisher", "tree-baling hand"), tz=("usc", "usp"), x=("a saddlery on the Northside", "the farm across the river"))
mr("a-card", "Application update – {role}",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td><b>{co}</b> &middot; Candidate card</td></tr><tr><td>Position: {role}</td></tr><tr><td>Stage reached: Assessment</td></tr><tr><td>Result: Post accepted by another candidate</td></tr><tr><td>Reference: {ref}</td></tr></table><p>Thank you, {n}. Future roles can still reach you: the profile stays with us a year.</p></body></html>",
   ("Umgeni Abrasives", "Bo-Kaap Upholstery"), ("umgeniabrasives.example", "bokaapupholstery.example"),
   frm="{co} via SmartHire <no-reply@smarthire-mail.example>", role=("Coating Line Operator", "Master Upholsterer"), tz="za")
mr("a-icims", "Job {ref}: {role}",
   "Dear {n},\n\nRe {role} (job {ref}): each application was compared with the posted qualifications, and interviews are going to people who have run {x} on their own. That group is now complete, and this message closes your file.\n\nHuman Resources\n{co}",
   ("Wabash Coolant Blenders", "Miramichi Lumber Co."), ("wabashcoolant.example", "miramichilumber.example"),
   frm="{co} Human Resources <hr-talent@{dom}>", role=("Blend Room Technician", "Planer Mill Shift Lead"), tz=("use", "cat"),
   x=("glycol batch blending", "a planer mill shift"))
mr("a-taleo", "Vacancy {ref} – {role}",
   "Dear {n}\n\nVacancy: {ref} – {role}\nDisposition: Unsuccessful – Post Offered to Another Candidate\n\nThe panel's selection for this vacancy is complete. This notice was generated automatically; replies are not monitored.\n\nRecruitment Office\n{co}",
   ("Hwange Thermal Power Company", "Maputo Bay Terminals"), ("hwangethermal.example", "maputobayterminals.example"),
   frm="{co} Recruitment <recruit@{dom}>", role=("Boiler Control Room Operator", "Reach Stacker Operator"), tz=("zw", "mz"))
mr("a-workable", "Your trial with {co}",
   "Hey {n},\n\nCheers for doing the trial shift. We had {x} people apply for {role}, and we've now taken on someone who already worked last summer's rush with us as a casual. All the best with the hunt.\n\n{sig}\n{co}",
   ("Mackenzie Basin Creamery", "Illawarra Smallgoods"), ("mackenziebasin.example", "illawarrasmallgoods.example"),
   frm="{sig} at {co} <{sl}@{dom}>", role=("Churn Room Assistant", "Smokehouse Hand"), tz=("nz", "au"), x=("seventy-one", "forty-eight"))
mr("a-bamboo", "{role} vacancy",
   "Hello {n},\n\nThe {role} vacancy at {co} has now been taken by someone who helped us through the Christmas orders, so we are drawing the process to a close. A small firm like ours is always chuffed to be considered.\n\nKind regards,\n{sig}\n{co}",
   ("Fellside Mint Cake", "Slieve Bloom Oats"), ("fellsidemintcake.example", "slievebloomoats.example"),
   role=("Boiling Room Assistant", "Kiln Operative"), tz=("uk", "ie"))
mr("a-tailor", "Your application to {co}",
   "Dear {n},\n\nwe are thankful for your application to {co}. After the interviews we have chosen other candidate for the {role} position, a person with more practice in {x}. It was pleasure to meet you.\n\nWith greetings,\n{sig}\n{co}",
   ("Motława Amber Works", "Daugava Sprat Cannery"), ("motlawaamber.example", "daugavasprat.example"),
   role=("Amber Polisher", "Smoking Oven Operator"), tz=("pl", "lv"), x=("polishing raw Baltic amber", "the smoking ovens"))
mr("a-personio", "Your application: {role}",
   "Dear {n},\n\nwe appreciate that you applied as {role}. Our decision was made for an applicant whose experience with {x} corresponds more directly to the tasks of the job. We keep your documents for 180 days and after that they are deleted automatically.\n\nKind regards\n{sig}\nHR, {co}",
   ("Kravatorij Zagreb", "Kalocsa Paprika Malom"), ("kravatorij.example", "kalocsapaprika.example"),
   frm="{sig} <{sl}@{dom}>", role=("Silk Necktie Cutter", "Mill Quality Assistant"), tz=("hr", "hu"),
   x=("bias cutting of silk", "colour grading of ground pepper"))
mr("a-pinpoint", "{role}: shortlisting result",
   "Dear {n},\n\nThe {role} shortlist has been drawn from the application scores. Each answer was marked by two reviewers, and your combined score came to {x}. Shortlisting stopped above that, which means your application stops here.\n\nThe marking notes are yours on request for 28 days.\n\n{sig}\n{co}",
   ("Living Hedgerows Trust", "Gippsland Bushfire Recovery Network"), ("livinghedgerows.example", "gippslandrecovery.example"),
   frm="{co} <recruitment@{dom}>", role=("Hedgerow Survey Officer", "Community Recovery Coordinator"), tz=("uk", "au"),
   x=("31 of 50, with the line at 36", "22 of 40, where the cut was 27"))
mr("a-jazz", "{role} job",
   "{n},\n\nAppreciate you applying for the {role} job. We ended up hiring {x}. Good luck to you.\n\n{sig}\n{co}",
   ("Bayou Meto Crawfish", "Tattnall Onion Farm"), ("bayoumetocrawfish.example", "tattnallonion.example"),
   role=("pond crew", "grading line"), tz=("usc", "use"),
   x=("my cousin's son, who has run traps every spring since he was twelve", "a lady who ran the grader at Reidsville for three Mays"))
mr("a-ashby", "{role} – where we landed",
   "Hi {n},\n\nThanks for going through the whole loop with us for {role}. The panel came down on the side of another finalist, who starts with us in {x}. It was a narrow call, and your system design session got some of the best notes of the round.\n\n{sig}\nTalent, {co}",
   ("Wawel Open Finance", "Eersterivier Voice Labs"), ("wawelfinance.example", "eersterivier.example"),
   frm="{sig} <{sl}@{dom}>", role=("Senior Open-Banking API Engineer", "Speech Recognition ML Engineer"), tz=("pl", "za"), x=("March", "September"))
# once each
mr("a-adobe", "yard hand",
   "Hi {n}, we filled the yard hand opening with a fellow from Belen who's been making adobes for years. Thanks for stopping by the yard on Saturday.\n\n{sig}\n{co}",
   "Rio Abajo Adobe Yard", "rioabajoadobe.example", tz="usm")
mr("a-raisin", "Sorting Line Supervisor",
   "Good day {n}\n\nRe your application for Sorting Line Supervisor: the post was offered to a candidate from our Keimoes plant, and she has accepted. We wish you well.\n\n{sig}\nHR Officer, {co}",
   "Gariep Sun Raisins", "gariepsunraisins.example", tz="za")
mr("a-tilapia", "Re: Application for Fingerling Unit Assistant",
   "Dear {n},\n\nKindly note that an internal candidate from our cage site at Dunga now holds the position of Fingerling Unit Assistant. Your interest in the farm is appreciated.\n\nYours faithfully,\n{sig}\nAdministration, {co}",
   "Winam Aquafarms", "winamaquafarms.example", tz="ke")
mr("a-adire", "Dye room assistant",
   "Good afternoon {n},\n\nTrust you are well. Concerning the dye room assistant role, Madam has picked one of her former apprentices from Abeokuta, and she resumes on Monday. We appreciate you coming down to Bodija for the interview.\n\n{sig}\nfor {co}",
   "Bodija Adire Studio", "bodijaadire.example", tz="ng")
mr("a-turmeric", "Post of Field Supervisor – Advt. No. {ref}",
   "Dear {n},\n\nKindly refer to your candidature for Field Supervisor. We intimate that a candidate from Jaintia Hills was selected and has since joined duty. Your candidature stands closed.\n\nRegards,\n{sig}\nSecretary, {co}",
   "Lakadong Growers' Federation", "lakadonggrowers.example", tz="in")
mr("a-bebinca", "bakery helper",
   "Hi {n}, thanks for coming for the tasting. Aunty has decided to take her niece's friend from Margao for the bakery helper post – she starts after the feast. Hope you find something good soon.\n\n{sig}\n{co}",
   "Casa Bebinca Assagao", "casabebinca.example", tz="in")
mr("a-biscuit", "Line Leader (nights), ref {ref}",
   "Dear {n}\n\nRe: Line Leader (nights), ref {ref}\n\nWe interviewed six people for this role and have offered it to an agency worker who has covered the oven line since October. That offer has been accepted.\n\nThanks for your time,\n{sig}\nPeople Services\n{co}",
   "Edenside Biscuits", "edensidebiscuits.example", tz="uk")
mr("a-strawberry", "polytunnel supervisor",
   "Hi {n}, just to say the polytunnel supervisor job is gone to a lad who picked for us the last three summers. Thanks a million for calling out to see us.\n\n{sig}\n{co}",
   "Slaney Strawberries", "slaneystrawberries.example", tz="ie")
mr("a-arrowroot", "Mill Operator post",
   "Dear {n},\n\nAt Thursday's meeting the directors gave the Mill Operator post to Mr. Cato, who ran the old mill at Owia for many years. Thank you for applying.\n\n{sig}\nManager, {co}",
   "Windward Arrowroot Factory", "windwardarrowroot.example", tz="vc")
mr("a-prawn", "Quality Controller vacancy",
   "Dear {n},\n\nWe inform that the Quality Controller vacancy was occupied by a colleague transferred from our Quelimane unit. Thank you for the availability you showed during the process.\n\nBest regards,\n{sig}\n{co}",
   "Sofala Prawn Processors", "sofalaprawn.example", tz="mz")
mr("a-frankincense", "Grading Supervisor job",
   "Dear {n},\n\nYour papers reached us safely. The Grading Supervisor job is given to a man from Erigavo who knows the resin grades since childhood. We pray success for you.\n\n{sig}\n{co}",
   "Sanaag Resin Exporters", "sanaagresin.example", tz="so")
mr("a-pine", "harvester operator",
   "G'day {n},\n\nTa for going for the harvester operator job. The boss has hired a bloke who ran a forwarder up at Nangwarry for six years.\n\nCheers,\n{sig}\n{co}",
   "Penola Pine Harvesting", "penolapine.example", tz="sa")
mr("a-assay", "Assay Technician position",
   "Hello {n},\n\nThanks for interviewing for the Assay Technician position. We hired a candidate who trained at our Timmins lab, and she has accepted. Good luck out there.\n\n{sig}\nLab Manager, {co}",
   "Nickel Basin Assay Services", "nickelbasinassay.example", tz="cae")
mr("a-feijoa", "packhouse job",
   "Kia ora {n},\n\nThanks heaps for wanting the grading job this season. We've offered it to one of last year's pickers, who knows the fruit and the crew, and she's taken it.\n\nNgā mihi,\n{sig}\n{co}",
   "Tūranga Feijoa Growers", "turangafeijoa.example", tz="nz")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("b-harbour", "RE: [EXT] Re: Assistant Harbourmaster – thank you",
   "Hi {n},\n\nYour note made my day, and the photos of your old yard too. The board have gone with {x}, and he takes over the launch rota from March.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Assistant Harbourmaster – thank you\n\nDear {sf},\nThanks for Tuesday and the walk along the quay.\n{full}",
   ("Porthgarrow Harbour Commissioners", "Kilrush Creek Harbour"), ("porthgarrowharbour.example", "kilrushcreek.example"),
   tz=("uk", "ie"), x=("Declan, who's been our mooring officer these four years", "Aidan from the boat-hire kiosk, who knows every berth"))
mr("b-propagator", "Re: [EXT] Re: Propagator interview",
   "Dear {n},\n\nSuch a thoughtful follow-up note – thank you. The curators have settled on {x} for the propagator post, and she will start in the nursery beds next month.\n\nShowing you round the collection was a pleasure.\n\nBest,\n{sf}\n\n" + GMAIL + "> Dear {sf}, Friday's tour of the seed room was wonderful. The oak\n> cuttings under mist were a treat.",
   ("Hawkridge Arboretum", "Hemlock Ridge Arboretum"), ("hawkridgearboretum.example", "hemlockridge.example"),
   tz=("uk", "use"), x=("Priya, who ran the seed room as a volunteer for two winters", "Becca, our longtime grafting volunteer"))
mr("b-stable", "RE: [EXT] RE: stable hand",
   "Hiya {n},\n\nMum and I had a think last night; {x} is getting the job. Thanks for mucking in on the trial morning, the goats loved you.\n\n{sf}\n\n" + ORIGINAL + "Subject: RE: stable hand\n\nHi {sf}, thanks for having me on Saturday. Happy to do weekends and school holidays.\n{full}",
   ("Bramble Lane Petting Farm", "Wattle Gully Farmyard"), ("bramblelanefarm.example", "wattlegully.example"),
   tz=("uk", "au"), x=("Keeley, who's been our Saturday helper since she was fourteen", "Shaz from the pony rides, who's been with us for ages"))
mr("b-saleroom", "RE: [EXT] Re: Saleroom assistant",
   "{n},\n\nGood of you to come in on Thursday, and to write afterwards. The partners have offered the post to {x}, and he's accepted.\n\nWith best wishes,\n{sf}\n\n" + RULE + "Subject: Re: Saleroom assistant\n\nDear {sf},\nMany thanks for seeing me. I enjoyed handling the clocks on view day.\n{full}",
   ("Tennant & Marr Saleroom", "Quinlan's Saleroom"), ("tennantmarr.example", "quinlanssaleroom.example"),
   tz=("uk", "ie"), x=("Tom from the Tuesday general sales", "Gearóid, who has done our view days for two years"))
mr("b-bunkhouse", "Re: [EXT] Re: Bunkhouse caretaker",
   "Hello {n},\n\nThanks for your message and for making the long trip out. The trustees asked {x} to take it on, and they start at Easter.\n\nSafe travels wherever the summer takes you.\n\n{sf}\n\n" + GMAIL + "> Hi {sf}, thank you both for the interview and the cup of tea by the stove.\n> Wishing the trust a grand season either way.",
   ("Glen Affric Bunkhouse Trust", "Whakapapa Bunkhouse Society"), ("glenaffricbunkhouse.example", "whakapapabunkhouse.example"),
   tz=("uk", "nz"), x=("the couple who used to run the Cluanie hut", "a couple from the ski club who winter up here anyway"))
mr("b-docent", "RE: [EXT] Re: Lead Docent – follow-up",
   "Hi {n},\n\nWhat a kind note – thanks. Our coordinator has asked {x} to be lead docent, and she starts with the spring school tours.\n\nIt was lovely meeting you.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Lead Docent – follow-up\n\nHi {sf},\nThanks for the interview yesterday. The steam-engine gallery tour was a highlight.\n{full}",
   ("Pine Bluff River Museum", "Petitcodiac River Museum"), ("pinebluffmuseum.example", "petitcodiacmuseum.example"),
   tz=("usc", "cat"), x=("a retired science teacher who has led our school groups as a volunteer", "Lorraine, who has guided visitors with us every weekend since 2019"))
mr("b-choir", "Re: [EXT] RE: Assistant Choirmaster",
   "Dear {n},\n\nTaking last week's rehearsal was generous of you; the trebles still talk about the warm-ups. The chapter has appointed {x}, and the announcement goes out on Sunday.\n\nWith warm regards,\n{sf}\n\n" + ORIGINAL + "Subject: RE: Assistant Choirmaster\n\nDear {sf}, thank you for the chance to rehearse the choir. It was a joy.\n{full}",
   ("St Aldhelm's Minster", "St Columba's Church, Wynberg"), ("staldhelmsminster.example", "stcolumbawynberg.example"),
   tz=("uk", "za"), x=("our alto section leader, who has covered evensong rehearsals since the summer", "Nokwanda, who has led the youth choir here for three years"))
mr("b-stockman", "RE: [EXT] Re: stockman job",
   "G'day {n},\n\nGood talking on the phone Tuesday. Boss has given the job to {x}, so that's the spot sorted for the season.\n\nThanks for your interest mate.\n\n{sf}\n\n" + ORIGINAL + "Subject: Re: stockman job\n\nHi {sf}, thanks for the call. Happy to fly up whenever suits.\n{full}",
   ("Fitzroy Crossing Downs", "Rangitata Gorge Station"), ("fitzroydowns.example", "rangitatagorge.example"),
   tz=("wa", "nz"), x=("the Harris kid who did the muster with us last dry", "a young fella off the neighbouring run who's been helping at weaning"))

# ---- 8 clear refusals under long footers
mr("c-books", "Your application – {role}, {x}",
   "Dear {n},\n\nYour interest in becoming a {role} at our {x} shop is appreciated. A colleague transferring from another branch is taking the post, which brings your application to its end.\n\nWith thanks,\n{sig}\nShop Manager\n\n—\n{co} · booksellers since 1962\nOrder online and collect from any shop within two hours · Gift cards never expire · Join the Reading Circle: one free paperback for every ten bought\nVacancy alerts: choose shops and hours at careers.{dom}/alerts\nWe process applicant data to assess suitability for roles and hold it for six months; see {dom}/privacy-applicants. Contact our data protection lead at dpo@{dom}.\nCompany details and registered office: {dom}/legal.\nThis message was sent to {addr}. You can stop recruitment emails from your candidate account.",
   ("Marginalia Booksellers", "Ardlaoi Booksellers"), ("marginaliabooks.example", "ardlaoibooks.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Weekend Bookseller", "Children's Section Bookseller"), tz=("uk", "ie"), x=("Leamington", "Ennis"))
mr("c-camping", "Update: {role} at our {x} store",
   "Hi {n},\n\nAppreciate you applying for {role} at our {x} store. We've filled the openings there and will be closing out your application.\n\nSee you on the trail,\nThe {co} hiring team\n\n—\nGear Repair Program: send us worn tents and jackets and we'll patch them for the cost of parts.\nTrade-In: bring used gear in for store credit.\nMember dividend notices arrive each March.\nGet seasonal job alerts: {dom}/careers/alerts\nPrivacy: {dom}/privacy | Your Privacy Choices | Accessibility\n{co}, 880 Canyon Rim Rd, Flagstaff AZ 86001. To stop these emails, update preferences in your candidate profile. Consent to electronic messages may be withdrawn at any time.",
   ("Switchback Camping Supply", "Portage Trail Outfitters"), ("switchbackcamping.example", "portagetrail.example"),
   frm="{co} Careers <careers@{dom}>", role=("Seasonal Rental Desk Associate", "Tent Repair Technician"), tz=("usm", "cae"), x=("Sedona", "Peterborough"))
mr("c-motorhome", "{role} – {co}",
   "Hi {n},\n\nThanks for applying for {role} with {co}. We've appointed another candidate to the role, which brings your application to a close. Good luck with your next step.\n\nCheers,\n{sig}\nPeople & Culture\n\n—\nDrive safe: plan rest stops every two hours on long stretches.\nOne-way relocation deals from $1/day – check {dom}/relocations.\n24/7 roadside help: 0800 400 401 (free from any phone).\nFind a depot: Christchurch · Queenstown · Alice Springs · Broome · Launceston\n{co} Pty Ltd ABN 51 824 753 556 | {co} NZ Ltd NZBN 9429047731122\nWe handle personal information under the Privacy Act. Read how at {dom}/privacy.",
   ("Roamwell Motorhomes", "Tussock Country Campervans"), ("roamwell.example", "tussockcountry.example"),
   frm="{co} <people@{dom}>", role=("Depot Vehicle Presenter", "Fleet Electrician"), tz=("au", "nz"))
mr("c-takeaway", "Your application: {role}",
   "Dear {n},\n\nAnother applicant has been appointed as {role} at {co}, and so your application has closed.\n\nRegards,\n{sig}\nHuman Capital\n\n—\nOrder on the {co} app and skip the queue.\nRewards: every 8th meal on us. Terms apply.\nOur food is prepared in kitchens that handle nuts, gluten, milk and sesame.\n{x}\nMisdirected? Tell us, then delete. Email isn't a secure medium.\nUnsubscribe from recruitment updates: {dom}/unsubscribe",
   ("Quarter Loaf Bunny Chow", "Choma Corner Grills"), ("quarterloaf.example", "chomacorner.example"),
   frm="{co} Careers <careers@{dom}>", role=("Assistant Store Manager", "Grill Supervisor"), tz=("za", "ke"),
   x=("POPIA notice: personal information is used only for recruitment. Information Officer: io@quarterloaf.example.", "Kenya Data Protection Act, 2019: your data is used for recruitment only. Contact dpo@chomacorner.example."))

# ---- 9 hedged refusals
mr("d-speech", "{role} application",
   "Dear {n},\n\nRe {role}: we're progressing applicants whose caseload holds more {x}, as that's the gap our team has right now.\n\nGood luck finding a post that suits you.\n\n{sig}\nClinical Lead, {co}",
   ("Chatterbox Speech Therapy", "Wordwise Speech Clinic"), ("chatterboxspeech.example", "wordwisespeech.example"),
   role=("Band 6 Speech Therapist", "Senior Speech Pathologist"), tz=("uk", "au"), x=("adult dysphagia", "paediatric stammering work"))
mr("d-trademark", "{role} vacancy",
   "Hello {n},\n\nHaving now met everyone for our {role} vacancy, the partners felt a few of the others were a little further along with {x}, so the decision has gone their way.\n\nKind regards,\n{sig}\n{co}",
   ("Hallmark & Quill Trade Mark Attorneys", "Brandguard IP"), ("hallmarkquill.example", "brandguardip.example"),
   role=("Trainee Trade Mark Attorney", "Trademark Paralegal"), tz=("uk", "use"), x=("opposition work", "USPTO office actions"))
mr("d-type", "{role}",
   "Hi {n},\n\nThanks for the time and for the specimen you sent. Others in the group brought a bit more {x} to the table, and that's the direction we've taken for {role}.\n\nBest,\n{sig}\n{co}",
   ("Ligature Works", "Counterpunch Type Co."), ("ligatureworks.example", "counterpunchtype.example"),
   role=("Type Designer", "Font Engineer"), tz=("de", "usp"), x=("variable-font engineering", "OpenType feature coding"))
mr("d-sound", "{role} – {co}",
   "Hey {n},\n\nThanks so much for the showreel and the chat. We've gone a different direction on this one – the team leaned toward someone with more {x} under their belt.\n\nTake care,\n{sig}\n{co}",
   ("Foghorn Audio Post", "Tūī Sound Design"), ("foghornaudio.example", "tuisound.example"),
   role=("Junior Sound Designer", "Dialogue Editor"), tz=("cae", "nz"), x=("game audio middleware", "long-form drama"))
mr("d-canola", "Shift Lead application",
   "Dear {n},\n\nThanks for applying for Shift Lead (Crush Plant). Other applicants matched the plant's needs for that crew somewhat more closely. We appreciate your interest in {co}.\n\n{sig}\nHR Generalist",
   "Oldman River Oilseeds", "oldmanriveroilseeds.example", tz="usm")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("e-piling", "{role} – feedback and something else",
   "Hi {n},\n\nCheers for picking up. To recap, {x} picked the other finalist for {role}. Separately, I've a Piling Supervisor contract on a rail bridge job near Swindon – six months, day rate – that suits your tickets. Want the spec?\n\n{sig}\n{co}",
   ("Keystone Ground Recruitment", "Plinth Engineering Talent"), ("keystoneground.example", "plinthtalent.example"),
   role=("Temporary Works Engineer", "Temporary Works Coordinator"), tz=("uk", "ie"), x=("the contractor", "my client in Waterford"))
mr("e-boiler", "After our call",
   "Hey {n},\n\nThanks for picking up. Like I mentioned, the {role} seat was filled by {x}. The same insurer has a Pressure Vessel Inspector opening in their field team that lines up nicely with your commission – want me to put your name in?\n\n{sig}\n{co}",
   ("Crossbridge Technical Staffing", "Northshore Inspection Search"), ("crossbridgestaffing.example", "northshoresearch.example"),
   role=("Boiler Inspector", "Boiler and Pressure Inspector"), tz=("usc", "cae"), x=("a transfer from their Tulsa office", "someone already in their Oshawa branch"))
mr("e-chairlift", "{role} update + another one",
   "Hi {n},\n\nAs promised, a quick follow-up. The resort has appointed {x} as {role}. They also need a Gondola Electrician for winter, and your ticket covers it – OK to put you up for it?\n\nCheers,\n{sig}\n{co}",
   ("Snowgum Lift Recruitment", "Snowline Talent"), ("snowgumlift.example", "snowlinetalent.example"),
   role=("Chairlift Maintenance Fitter", "Lift Maintenance Fitter"), tz=("au", "nz"), x=("their own leading hand", "a fitter who did last season there"))
mr("e-chiller", "Chiller Plant Engineer – outcome",
   "Dear {n},\n\nFollowing this morning's call: for the Chiller Plant Engineer role in Muscat the client has chosen a different candidate. Separately, there's a Cooling Tower Technician position with a hospital project in Sohar that fits your experience – may I share your CV?\n\nBest regards,\n{sig}\n{co}",
   "Sohar Gate Recruitment", "sohargate.example", tz="om")

# ---- 8 public-sector notices
mr("f-inelig", "Application for {role} – eligibility",
   "Dear {n},\n\nWe have checked your application for {role} against who may apply under the advertisement. {x} Your application has therefore been found ineligible and goes no further in this exercise.\n\nHuman Resources Department\n{co}",
   ("Government of Anguilla", "Government of Montserrat"), ("gov-anguilla.example", "gov-montserrat.example"),
   frm="{co} HR <hr.recruitment@{dom}>", role=("Customs Officer II", "Assistant Statistician"), tz=("ai", "ms"),
   x=("The post is open to Anguillian belongers and holders of a valid work permit exemption, and neither was shown.", "Applicants must have resided on island for the previous twelve months, and your form gives an overseas address."))
mr("f-referral", "{role}, announcement {ref}",
   "Dear {n},\n\nThe eligible list for {role} went to the hiring supervisor this week. It holds the seven top-ranked applicants; your rating fell outside that group, so the list doesn't carry your name.\n\n{x}\n\n{co}",
   ("Nevada Division of Water Resources", "Government of Prince Edward Island"), ("nv-water.example", "pei-publicservice.example"),
   frm="{co} <hiring@{dom}>", role=("Hydrologist II", "Program Officer (Agriculture)"), tz=("usp", "cat"),
   x=("You may apply for other announcements from your applicant account.", "Other competitions are posted every Friday."))
mr("f-cancelled", "{role} – vacancy withdrawn",
   "Kia ora / Dear {n},\n\nAbout your application for {role}: after restructuring the team, {co} has pulled this vacancy, so this round closes without anyone being appointed. {x}\n\nPeople and Capability\n{co}",
   ("Whanganui District Council", "Bundaberg Regional Council"), ("whanganuidc.example", "bundabergrc.example"),
   frm="{co} <careers@{dom}>", role=("Parks Planner", "Waste Education Officer"), tz=("nz", "auq"),
   x=("We appreciate the effort your application took.", "Your details are being cleared from this recruitment file."))
mr("f-cutoff", "Result of screening test – {role}",
   "Dear {n},\n\nThe result of the screening test for {role} has been declared. The cut-off for the interview stage is {x}. Your marks are below this, and your candidature for the post ends here.\n\nSecretary\n{co}",
   ("Sikkim Public Service Commission", "Kaduna State Civil Service Commission"), ("spsc-sikkim.example", "kdcsc.example"),
   frm="{co} <results@{dom}>", role=("Assistant Engineer (Civil)", "Administrative Officer II"), tz=("in", "ng"),
   x=("118 out of 200 (General)", "61 per cent"))

# ---- 6 bare ATS status updates
mr("g-status", "Status update: {role}",
   "Hi {n},\n\nApplication: {role} (ID {ref})\nStatus changed to: Unsuccessful – no further consideration\n\n{co} Careers",
   ("Northway Motorway Services", "Banksia Grove Aged Care"), ("northwayservices.example", "banksiagrove.example"),
   frm="{co} <noreply@{dom}>", role=("Forecourt Supervisor", "Care Coordinator"), tz=("uk", "au"))
mr("g-table", "Your application",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Requisition</th><th>Candidate stage</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – not shortlisted</td></tr></table><p>{co} Talent Portal</p></body></html>",
   ("Keystone Mutual Health", "Algonquin Toll Road Corp."), ("keystonemutualhealth.example", "algonquintoll.example"),
   frm="{co} Talent Portal <talent@{dom}>", role=("Claims Examiner", "Toll Systems Technician"), tz=("use", "cae"))
mr("g-moved", "{co}: application {ref}",
   "Application {ref} – {role}\n\nYour application has moved to: Inactive (other candidates selected).\n\nOther openings are listed in your candidate profile.",
   ("Port Whāingaroa Company", "Algoa Container Terminal"), ("portwhaingaroa.example", "algoaterminal.example"),
   frm="{co} Careers <careers@{dom}>", role=("Stevedore Trainee", "Straddle Carrier Driver"), tz=("nz", "za"))

# ---- 6 internship / graduate decisions
mr("h-seabird", "Summer placement 2026 – decision",
   "Dear {n},\n\nYour summer placement application with {co} has been read in full. This year {x} students put themselves forward, and every place is now allocated. We hope you'll keep volunteering with seabirds.\n\nWarm wishes,\n{sig}\nPlacement Coordinator",
   ("Skerryvore Seabird Reserve", "Bog of Allen Restoration Project"), ("skerryvoreseabirds.example", "bogofallen.example"),
   role=("Seabird monitoring placement", "Peatland restoration placement"), tz=("uk", "ie"), x=("860 for six places", "412 for five places"))
mr("h-tornado", "{role} – 2026 cohort",
   "Hi {n},\n\nEach seat in the {role} for the 2026 cohort has now been offered and accepted. We enjoyed reading about your project work and wish you a good summer.\n\n{sig}\n{co}",
   ("Plains Tornado Research Center", "Laurentian Arboretum"), ("plainstornado.example", "laurentianarboretum.example"),
   role=("Summer Undergraduate Field Program", "Horticulture Work Term"), tz=("usc", "cae"))
mr("h-maize", "Graduate Programme 2026",
   "Dear {n},\n\nOur assessors enjoyed meeting you at the assessment day. The {x} places on the {co} Graduate Programme have been filled, and this concludes your application for this intake.\n\nRegards,\n{sig}\nGraduate Recruitment",
   ("Capricorn Maize Millers", "Mau Highlands Milling"), ("capricornmaize.example", "mauhighlands.example"),
   role=("Graduate Programme", "Graduate Trainee Scheme"), tz=("za", "ke"), x=("ten", "fourteen"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a-req-ack", "Requisition R-{ref}: submission received",
   "Dear {n},\n\nYour submission for {role} (R-{ref}) is in. Status: Submitted.\n\nIf the requisition reaches the Hire step with somebody else before your review, the status changes to \"Closed – Hire Complete\" and an automated email follows. Meanwhile you needn't do a thing.\n\nTalent Acquisition\n{co}",
   ("Lightwave Trench Networks", "Yarra Twill Mills"), ("lightwavetrench.example", "yarratwill.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Cable Jointer Apprentice", "Loom Fixer"), tz=("uk", "au"))
mo("application_received", "a-gh-ack", "Application in: {role}",
   "Hi {n},\n\nThanks for applying for {role} at {co}. Real people on our hiring team read every word; no keyword screening happens here.\n\nWhichever way the team leans, one of us will write to you ourselves, not a bot, within about two weeks.\n\n{co} People team",
   ("Charwell Carbon", "Loopstead Polymers"), ("charwell.example", "loopstead.example"),
   frm="{co} Hiring <no-reply@hire-grove.example>", role=("Field Trials Scientist", "Lab Technician, Polymer Testing"), tz=("ie", "cae"))
mo("application_received", "a-card-ack", "Application received – {role}",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td><b>{co}</b> &middot; Candidate card</td></tr><tr><td>Position: {role}</td></tr><tr><td>Stage: Application received</td></tr><tr><td>Reference: {ref}</td></tr></table><p>Hi {n}, this card changes whenever your application does. Every change lands here, the post going to another candidate included.</p></body></html>",
   ("Umgeni Abrasives", "Bo-Kaap Upholstery"), ("umgeniabrasives.example", "bokaapupholstery.example"),
   frm="{co} via SmartHire <no-reply@smarthire-mail.example>", role=("Maintenance Fitter", "Foam Cutting Operator"), tz="za")
mo("application_received", "a-icims-ack", "Thank you for applying – job {ref}",
   "Dear {n},\n\nJob {ref} ({role}): your application has arrived.\n\nApplications that do not show hands-on {x} experience are closed without an interview; all others go to the hiring manager within ten working days.\n\nHuman Resources\n{co}",
   ("Wabash Coolant Blenders", "Miramichi Lumber Co."), ("wabashcoolant.example", "miramichilumber.example"),
   frm="{co} Human Resources <hr-talent@{dom}>", role=("Tank Farm Operator", "Kiln Operator"), tz=("use", "cat"), x=("bulk liquid handling", "dry kiln"))
mo("application_received", "a-taleo-ack", "Vacancy {ref}: application acknowledged",
   "Dear {n}\n\nVacancy: {ref} – {role}\nStatus: Application Acknowledged\n\nShould the post be offered to another candidate, this status will change to \"Unsuccessful\" and you will be notified through the portal. This mailbox is not monitored.\n\nRecruitment Office\n{co}",
   ("Hwange Thermal Power Company", "Maputo Bay Terminals"), ("hwangethermal.example", "maputobayterminals.example"),
   frm="{co} Recruitment <recruit@{dom}>", role=("Instrument Technician", "Marine Pilot Boat Coxswain"), tz=("zw", "mz"))
mo("application_received", "a-workable-ack", "Thanks for applying, {n}!",
   "Hey {n},\n\nGot your application for {role}. We'll go through everyone before next Friday.\n\nTrial shift or a thanks-but-no, a message lands in your inbox either way.\n\n{sig}\n{co}",
   ("Mackenzie Basin Creamery", "Illawarra Smallgoods"), ("mackenziebasin.example", "illawarrasmallgoods.example"),
   frm="{sig} at {co} <{sl}@{dom}>", role=("Cone Line Operator", "Packing Room Hand"), tz=("nz", "au"))
mo("application_received", "a-personio-ack", "Confirmation of your application",
   "Dear {n},\n\nthank you for the application as {role}. We will look at all documents in the next two weeks. Also when the decision is negative, an answer comes from us, so nobody is waiting without news.\n\nKind regards\n{sig}\nHR, {co}",
   ("Kravatorij Zagreb", "Kalocsa Paprika Malom"), ("kravatorij.example", "kalocsapaprika.example"),
   role=("Shop Assistant (Ilica)", "Packing Line Worker"), tz=("hr", "hu"))
mo("application_received", "a-pinpoint-ack", "We've received your application – {role}",
   "Dear {n},\n\nYour application for {role} is in. Two reviewers will mark your answers. Applications scoring under the shortlisting line stop there; above it or below it, a note from us will say where you landed.\n\n{co}",
   ("Living Hedgerows Trust", "Gippsland Bushfire Recovery Network"), ("livinghedgerows.example", "gippslandrecovery.example"),
   frm="{co} <recruitment@{dom}>", role=("Volunteer Coordinator", "Grants Officer"), tz=("uk", "au"))
mo("application_received", "b-harbour-ack", "RE: [EXT] Re: Mooring assistant – application",
   "Hi {n},\n\nThanks, got your form. Interviews will be the week after next. If the board goes with one of our own seasonal lads, I'll ring you myself before anything goes on the noticeboard.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Mooring assistant – application\n\nDear {sf}, please find my application attached.\n{full}",
   ("Porthgarrow Harbour Commissioners", "Kilrush Creek Harbour"), ("porthgarrowharbour.example", "kilrushcreek.example"), tz=("uk", "ie"))
mo("application_received", "c-books-ack", "Application received – {role}",
   "Dear {n},\n\nThank you for applying for {role}. Shop managers review applications weekly. Should a branch colleague fill it instead, you'd get an email saying so.\n\n{co} Recruitment\n\n—\nOrder online and collect within two hours · Vacancy alerts at careers.{dom}/alerts · Privacy: {dom}/privacy-applicants",
   ("Marginalia Booksellers", "Ardlaoi Booksellers"), ("marginaliabooks.example", "ardlaoibooks.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Christmas Temporary Bookseller", "Café Assistant"), tz=("uk", "ie"))
mo("application_received", "f-cutoff-ack", "Registration confirmed – {role}",
   "Dear {n},\n\nRegistration No. {ref} has been issued against your online application ({role}). The screening test takes place on {dl}. Candidates below the screening-test cut-off will receive no interview call. Admit cards will be available on the portal seven days before the test.\n\nSecretary\n{co}",
   ("Sikkim Public Service Commission", "Kaduna State Civil Service Commission"), ("spsc-sikkim.example", "kdcsc.example"),
   frm="{co} <results@{dom}>", role=("Junior Accountant", "Executive Officer (Accounts)"), tz=("in", "ng"))
mo("application_received", "a-tailor-ack", "We have your application",
   "Dear {n},\n\nwe confirm that your application for {role} is with us. Positive or negative, the answer comes to you in about two weeks.\n\nWith greetings,\n{sig}\n{co}",
   ("Motława Amber Works", "Daugava Sprat Cannery"), ("motlawaamber.example", "daugavasprat.example"),
   role=("Jewellery Setter", "Quality Assistant"), tz=("pl", "lv"))
# once each
mo("application_received", "a-lever-ack", "got it",
   "{n} – got your note about the blocking job. Come by Thursday after three if you can. If I go with somebody else before then I'll shoot you a text so you're not driving out for nothing.\n\n{sf}\n{co}",
   "Trinity Crown Hatworks", "trinitycrown.example", tz="usc")
mo("application_received", "a-bamboo-ack", "Application received",
   "Hello {n},\n\nYour note about the Wrapping Room Assistant job reached {co}. There are only five of us, so please allow a fortnight.\n\nNot this time? You'd hear that from us too.\n\n{sig}\n{co}",
   "Fellside Mint Cake", "fellsidemintcake.example", tz="uk")
mo("application_received", "a-jazz-ack", "pond crew application",
   "{n},\n\nThanks for putting in for pond crew. This week I'm calling the ones I want to meet. No call means it's a no.\n\n{sig}\n{co}",
   "Bayou Meto Crawfish", "bayoumetocrawfish.example", tz="usc")
mo("application_received", "a-ashby-ack", "Application received: Platform Engineer",
   "Hi {n},\n\nYour Platform Engineer application at {co} is in. However it goes, a real person writes to you by {dl}.\n\n{co} Talent",
   "Wawel Open Finance", "wawelfinance.example", frm="{co} Talent <talent@ashby-notify.example>", tz="pl")
mo("application_received", "a-raisin-ack", "Application: Forklift Driver",
   "Good day {n}\n\nYour Forklift Driver application is on file. Three weeks' silence from us after closing day means this application did not succeed.\n\nHR Office\n{co}",
   "Gariep Sun Raisins", "gariepsunraisins.example", tz="za")
mo("application_received", "a-tilapia-ack", "Acknowledgement: Feed Store Clerk",
   "Dear {n},\n\nYour application for Feed Store Clerk has been received at our office. Oral interview invitations go to those meeting the minimum requirements only.\n\nAdministration\n{co}",
   "Winam Aquafarms", "winamaquafarms.example", tz="ke")
mo("application_received", "a-adire-ack", "Received",
   "Good evening {n},\n\nYour CV has been received. Madam will look at it when she comes back from Ogbomoso. Whether she picks you or another person, I will call you.\n\n{sig}\n{co}",
   "Bodija Adire Studio", "bodijaadire.example", tz="ng")
mo("application_received", "a-turmeric-ack", "Application acknowledged – Advt. No. {ref}",
   "Dear {n},\n\nYour form for Accounts Assistant stands received. Incomplete forms, or forms lacking the caste/residence certificate, shall be summarily rejected. Those shortlisted get an SMS intimation.\n\nSecretary\n{co}",
   "Lakadong Growers' Federation", "lakadonggrowers.example", tz="in")
mo("application_received", "a-bebinca-ack", "your message",
   "Hi {n}, got your message about the helper post. Aunty is in Panjim till Friday. Either she calls you for a tasting or I will message you saying it's someone else – you won't be left hanging.\n\n{sig}",
   "Casa Bebinca Assagao", "casabebinca.example", tz="in")
mo("application_received", "a-biscuit-ack", "Thank you – Packer (days), ref {ref}",
   "Dear {n}\n\nYour application for Packer (days), ref {ref}, is with us. Reviews start on {dl}, when the advert closes. An unsuccessful outcome would come to you by email; we won't leave you hanging.\n\nPeople Services\n{co}",
   "Edenside Biscuits", "edensidebiscuits.example", tz="uk")
mo("application_received", "a-strawberry-ack", "picking season",
   "Hi {n}, thanks for the CV. We'll sort the crew list on Sunday. Yes or no, I'll text you Monday morning.\n\n{sig}\n{co}",
   "Slaney Strawberries", "slaneystrawberries.example", tz="ie")
mo("application_received", "a-arrowroot-ack", "Application received",
   "Dear {n},\n\nYour application for Packing Clerk reached us. The directors meet on the last Thursday of the month. All applicants will be written to after, successful or not.\n\n{sig}\nManager, {co}",
   "Windward Arrowroot Factory", "windwardarrowroot.example", tz="vc")
mo("application_received", "a-prawn-ack", "Application received – Freezer Operator",
   "Dear {n},\n\nYour application for Freezer Operator has arrived to us. Candidates that do not present the food handling certificate are excluded in the first phase.\n\nBest regards,\n{sig}\n{co}",
   "Sofala Prawn Processors", "sofalaprawn.example", tz="mz")
mo("application_received", "a-frankincense-ack", "Your application",
   "Dear {n},\n\nWe received your papers for the Warehouse Clerk job. The manager will decide after Eid. If he chooses another person, we will inform you also.\n\n{sig}\n{co}",
   "Sanaag Resin Exporters", "sanaagresin.example", tz="so")
mo("application_received", "a-pine-ack", "Log truck driver",
   "G'day {n},\n\nThanks for the application for log truck driver. Expect word after the long weekend – good news or bad, we'll ring.\n\nCheers,\n{sig}\n{co}",
   "Penola Pine Harvesting", "penolapine.example", tz="sa")
mo("application_received", "a-assay-ack", "Application received – Sample Prep Technician",
   "Hello {n},\n\nThanks for applying for Sample Prep Technician. We'll only reach out to applicants whose background is a match for the posting; please don't take silence as anything more than that.\n\n{sig}\n{co}",
   "Nickel Basin Assay Services", "nickelbasinassay.example", tz="cae")
mo("application_received", "a-feijoa-ack", "Got your application",
   "Kia ora {n},\n\nThanks for applying for the packhouse season. We'll ring everyone on the list in the first week of March – picked or not, the phone will ring.\n\nNgā mihi,\n{sig}\n{co}",
   "Tūranga Feijoa Growers", "turangafeijoa.example", tz="nz")
mo("application_received", "c-camping-ack", "We got your application!",
   "Hi {n},\n\nThanks for applying for Seasonal Rental Desk Associate at our Sedona store. Should it go to other applicants, an email still comes your way – no guessing.\n\nThe {co} hiring team\n\n—\nGear Repair Program · Trade-In · Job alerts at {dom}/careers/alerts · Privacy",
   "Switchback Camping Supply", "switchbackcamping.example", frm="{co} Careers <careers@{dom}>", tz="usm")
mo("application_received", "c-motorhome-ack", "Thanks for applying – Depot Cleaner",
   "Hi {n},\n\nThanks for applying for Depot Cleaner with {co}. Interviewed or not, you'll be emailed when we've picked our shortlist.\n\nCheers,\nPeople & Culture\n\n—\n24/7 roadside help: 0800 400 401 · {dom}/privacy",
   "Roamwell Motorhomes", "roamwell.example", frm="{co} <people@{dom}>", tz="au")
mo("application_received", "d-speech-ack", "Application received",
   "Dear {n},\n\nThank you for applying for Speech Therapy Assistant. If we find another applicant's experience fits our caseload better, I will explain why in my reply rather than just sending a form letter.\n\n{sig}\nClinical Lead, {co}",
   "Chatterbox Speech Therapy", "chatterboxspeech.example", tz="uk")
mo("application_received", "d-trademark-ack", "Your application",
   "Hello {n},\n\nYour Records Assistant application is in. Within ten days you'll have an answer, whatever it is.\n\nKind regards,\n{sig}\n{co}",
   "Hallmark & Quill Trade Mark Attorneys", "hallmarkquill.example", tz="uk")
mo("application_received", "e-piling-ack", "Your CV – Site Engineer",
   "Hi {n},\n\nGot your CV, cheers. You're now submitted for the Site Engineer role. Should the client pass on you at CV stage, I'll ring with the reasons rather than email.\n\n{sig}\n{co}",
   "Keystone Ground Recruitment", "keystoneground.example", tz="uk")
mo("application_received", "f-referral-ack", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} was received. HR screens every application for the minimum qualifications first. Anyone falling short is told by email; everyone else is scored and ranked.\n\n{co}",
   "Nevada Division of Water Resources", "nv-water.example", frm="{co} <hiring@{dom}>", role="Engineering Technician III", tz="usp")
mo("application_received", "h-seabird-ack", "Summer placement application received",
   "Dear {n},\n\nYour placement application for {co} is safely in. Offer or no offer, each applicant gets our answer before March is out.\n\nWarm wishes,\nPlacement Coordinator",
   "Skerryvore Seabird Reserve", "skerryvoreseabirds.example", tz="uk")
mo("application_received", "g-status-ack", "Status update: Night Cashier",
   "Hi {n},\n\nApplication: Night Cashier (ID {ref})\nStatus changed to: Received\n\n{co} Careers",
   "Northway Motorway Services", "northwayservices.example", frm="{co} <noreply@{dom}>", tz="uk")
mo("application_received", "b-docent-ack", "RE: [EXT] Re: Docent application",
   "Hi {n},\n\nThanks for sending this. There are two of you for the role and the coordinator is meeting you both next week. Whichever of you she picks, I'll make sure the other hears from me the same day.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Docent application\n\nHi {sf}, attached is my application.\n{full}",
   "Pine Bluff River Museum", "pinebluffmuseum.example", tz="usc")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "b-propagator-int", "Re: [EXT] Re: Propagator – second visit",
   "Dear {n},\n\nThank you for your note. The curators hope you'll return for a practical morning in the propagation house on {dl} at 9:30 – grafting and a short walk round the nursery beds.\n\nUnfortunately the glasshouse heating is off for repairs, so do wrap up.\n\nBest,\n{sf}\n\n" + GMAIL + "> Dear {sf}, thank you for Friday. I'd be glad to come back if that helps.",
   ("Hawkridge Arboretum", "Hemlock Ridge Arboretum"), ("hawkridgearboretum.example", "hemlockridge.example"), tz=("uk", "use"))
mo("interview", "b-choir-int", "Re: [EXT] RE: Assistant Choirmaster – second round",
   "Dear {n},\n\nSorry for the wait. The chapter would like you to take a full Thursday rehearsal on {dl} at 17:30, followed by a conversation with the Precentor.\n\nUnfortunately the organ loft is mid-rewire; rehearsal moves to the song school.\n\nWith warm regards,\n{sf}\n\n" + ORIGINAL + "Subject: RE: Assistant Choirmaster\n\nDear {sf}, thank you for considering me.\n{full}",
   ("St Aldhelm's Minster", "St Columba's Church, Wynberg"), ("staldhelmsminster.example", "stcolumbawynberg.example"), tz=("uk", "za"))
mo("interview", "a-workable-int", "Trial shift – Churn Room",
   "Hey {n},\n\nFancy a trial shift on {dl}? 6am start. Bring closed-toe shoes; we'll sort the whites and hairnet.\n\nUnfortunately the freezer room sits at minus 25, so layers underneath are a good idea.\n\n{sig}\n{co}",
   "Mackenzie Basin Creamery", "mackenziebasin.example", frm="{sig} at {co} <{sl}@{dom}>", tz="nz")
mo("interview", "d-type-int", "Video interview – Type Designer",
   "Hi {n},\n\nThanks for the specimen – we'd like to talk. Does {dl} at 15:00 CET suit you for a 45-min video talk? Please have one of your revivals open to screen-share.\n\nUnfortunately our call software won't run in some browsers, so a desktop app works best.\n\n{sig}\n{co}",
   "Ligature Works", "ligatureworks.example", tz="de")
mo("interview", "d-sound-int", "Let's chat – Dialogue Editor",
   "Hey {n},\n\nLoved the reel. Are you free {dl} at 2pm to come in to meet Aroha and cut a short scene with us?\n\nUnfortunately the studio's up four flights and the lift is out, sorry in advance.\n\n{sig}\n{co}",
   "Tūī Sound Design", "tuisound.example", tz="nz")
mo("interview", "a-adobe-int", "come out to the yard",
   "Hi {n}, any chance you could make it to the yard {dl} around 7am? We'll have you mix a batch and stack a row, then talk pay.\n\nUnfortunately the road in is washboard after the rain, go slow.\n\n{sig}\n{co}",
   "Rio Abajo Adobe Yard", "rioabajoadobe.example", tz="usm")
mo("interview", "a-gh-int", "Interview: Pyrolysis Process Engineer – technical round",
   "Hi {n},\n\nGood news – next comes the technical round for Pyrolysis Process Engineer on {dl} at 11:00 (Irish time), 90 minutes onsite in Athlone.\n\nUnfortunately our demo kiln is down for maintenance, so the plant walk will be a short one.\n\n{sig}\nPeople, {co}",
   "Charwell Carbon", "charwell.example", tz="ie")
mo("interview", "b-bunkhouse-int", "Re: [EXT] Re: Bunkhouse caretaker – come and see it",
   "Hello {n},\n\nCould you come up to the bunkhouse on {dl} at noon? The trustees want to meet you and show you the rounds.\n\nUnfortunately there's no phone signal past the bridge, so if you're held up, don't worry – we'll wait.\n\n{sf}\n\n" + GMAIL + "> Hi {sf}, thank you for the details. I'm very keen.",
   "Glen Affric Bunkhouse Trust", "glenaffricbunkhouse.example", tz="uk")
mo("interview", "a-ashby-int", "Next: system design – Senior Speech Recognition ML Engineer",
   "Hi {n},\n\nThanks for the chat with Lerato. Next is a system design session on {dl} with a pair of our engineers, 10:00 SAST, on video. No prep needed beyond a quiet room.\n\nUnfortunately our offices in Eersterivier are mid-move, so this one stays remote.\n\n{sig}\nTalent, {co}",
   "Eersterivier Voice Labs", "eersterivier.example", tz="za")
mo("interview", "b-saleroom-int", "RE: [EXT] Re: Saleroom assistant – interview",
   "Dear {n},\n\nThe partners have read your application and ask you to come at 10 o'clock on {dl}. We'll ask you to catalogue three lots from the next sale.\n\nUnfortunately our car park is full on view days, so the public car park on Mill Street is best.\n\nWith best wishes,\n{sf}\n\n" + RULE + "Subject: Re: Saleroom assistant\n\nDear {sf}, please find attached my CV.\n{full}",
   "Quinlan's Saleroom", "quinlanssaleroom.example", tz="ie")
mo("interview", "h-seabird-int", "Placement interview – Bog of Allen",
   "Dear {n},\n\nYour peatland restoration placement application stood out. Please join a half-hour video interview on {dl} at 14:00?\n\nUnfortunately we can't reimburse travel for the induction day, which is in Rathangan.\n\n{sig}\nPlacement Coordinator, {co}",
   "Bog of Allen Restoration Project", "bogofallen.example", tz="ie")
mo("next_steps", "f-inelig-docs", "{role} – documents required",
   "Dear {n},\n\nYour application for {role} has passed the first check. Please submit the following by {dl}: a certified copy of your birth certificate, a police certificate issued within the last six months, and two referee contacts.\n\nUnfortunately incomplete files cannot go forward to the panel.\n\nHuman Resources Department\n{co}",
   ("Government of Anguilla", "Government of Montserrat"), ("gov-anguilla.example", "gov-montserrat.example"),
   frm="{co} HR <hr.recruitment@{dom}>", role=("Customs Officer I", "Records Clerk"), tz=("ai", "ms"))
mo("next_steps", "e-boiler-steps", "Paperwork for the {role} role",
   "Hey {n},\n\nThe client has asked to take you forward for {role}. Please send me a copy of your National Board commission and your state endorsement by {dl}, and fill in the reference form I've attached.\n\nUnfortunately their onboarding portal times out after 20 minutes, so save as you go.\n\n{sig}\n{co}",
   ("Crossbridge Technical Staffing", "Northshore Inspection Search"), ("crossbridgestaffing.example", "northshoresearch.example"),
   role=("Pressure Vessel Inspector", "Field Boiler Inspector"), tz=("usc", "cae"))
mo("next_steps", "a-icims-steps", "Next step: pre-employment screening",
   "Dear {n},\n\nCongratulations on moving forward for Blend Room Technician. A drug screen is needed at any partner clinic by {dl}; the authorization form is attached.\n\nUnfortunately the Terre Haute clinic is closed Fridays.\n\nHuman Resources\n{co}",
   "Wabash Coolant Blenders", "wabashcoolant.example", frm="{co} Human Resources <hr-talent@{dom}>", tz="use")
mo("next_steps", "e-chairlift-steps", "Medical for the lift fitter role",
   "Hi {n},\n\nThe resort wants you for Lift Maintenance Fitter. Before they issue a contract, please book the pre-employment medical by {dl} and send me a scan of your electrical licence.\n\nUnfortunately the clinic in Jindabyne only does medicals on weekday mornings.\n\nCheers,\n{sig}\n{co}",
   "Snowgum Lift Recruitment", "snowgumlift.example", tz="au")
mo("next_steps", "d-speech-steps", "Registration check – Senior Speech Pathologist",
   "Dear {n},\n\nMeeting you at interview was a pleasure. Before we can confirm anything, please send proof of your Speech Pathology Australia membership and a Working with Children check by {dl}.\n\nUnfortunately we can't book your orientation until both are in.\n\n{sig}\nClinical Lead, {co}",
   "Wordwise Speech Clinic", "wordwisespeech.example", tz="au")
mo("next_steps", "f-cutoff-steps", "Document verification – {role}",
   "Dear {n},\n\nYou have qualified for the interview stage for {role}. Please appear for document verification on {dl} at 10:30 with originals of your certificates and two passport photographs.\n\nUnfortunately candidates arriving after 11:00 cannot be verified on the day.\n\nSecretary\n{co}",
   "Sikkim Public Service Commission", "spsc-sikkim.example", frm="{co} <results@{dom}>", role="Assistant Engineer (Electrical)", tz="in")
mo("next_steps", "h-tornado-steps", "Summer Field Program – next step",
   "Hi {n},\n\nYour file is in the final review for the Summer Undergraduate Field Program. Please upload an unofficial transcript and a one-page statement about field safety by {dl}.\n\nUnfortunately the upload portal doesn't take files over 5 MB.\n\n{sig}\n{co}",
   "Plains Tornado Research Center", "plainstornado.example", tz="usc")
mo("next_steps", "a-tilapia-steps", "Oral interview and documents",
   "Dear {n},\n\nKindly attend an oral interview for Feed Store Clerk on {dl}, from nine in the morning, at our Dunga office, carrying your national ID, KCSE certificate and police clearance.\n\nUnfortunately we cannot refund transport costs.\n\nAdministration\n{co}",
   "Winam Aquafarms", "winamaquafarms.example", tz="ke")
mo("next_steps", "a-pinpoint-steps", "Written exercise – Community Recovery Coordinator",
   "Dear {n},\n\nYou've been shortlisted for Community Recovery Coordinator. Please complete the written exercise at the link below by 5pm on {dl}; it takes about an hour.\n\nUnfortunately anything after 5pm goes unmarked.\n\n{co}\nhttps://{dom}/exercise/{ref}",
   "Gippsland Bushfire Recovery Network", "gippslandrecovery.example", frm="{co} <recruitment@{dom}>", tz="au")
mo("offer", "a-bamboo-offer", "Offer – {role}",
   "Hello {n},\n\nThe {role} role at {co} is yours, starting {dl}, if you want to say yes. Terms are attached for signing within the week.\n\nUnfortunately {x}, so bring a flask.\n\nKind regards,\n{sig}\n{co}",
   ("Fellside Mint Cake", "Slieve Bloom Oats"), ("fellsidemintcake.example", "slievebloomoats.example"),
   role=("Boiling Room Assistant", "Kiln Operative"), tz=("uk", "ie"), x=("the canteen kettle has finally died", "the staff canteen is shut during the refit"))
mo("offer", "a-lever-offer", "you're hired",
   "{n} – you've got the finishing bench if you want it. $19/hr to start, Monday through Friday. First day {dl}, 7am.\n\nUnfortunately the AC in the back room is busted again, dress cool.\n\n{sf}\n{co}",
   "Trinity Crown Hatworks", "trinitycrown.example", tz="usc")
mo("offer", "a-jazz-offer", "job's yours",
   "{n},\n\nGrading line job's yours. Start {dl}, $16.50 an hour. Text back yes and the W-4 comes your way.\n\nUnfortunately the farm road floods when it rains hard, park by the shed.\n\n{sig}\n{co}",
   "Tattnall Onion Farm", "tattnallonion.example", tz="use")
mo("offer", "a-strawberry-offer", "job offer – picking supervisor",
   "Hi {n}, delighted to say we'd like you as picking supervisor. Start {dl}, 7am at the yard. Contract attached.\n\nUnfortunately the tunnels get roasting by midday, so bring water.\n\n{sig}\n{co}",
   "Slaney Strawberries", "slaneystrawberries.example", tz="ie")
mo("offer", "a-arrowroot-offer", "Offer of employment",
   "Dear {n},\n\nThe directors agreed on Thursday to appoint you Packing Clerk at {co}, starting {dl}. Kindly confirm your acceptance in writing.\n\nUnfortunately the mill road is under repair; use the Georgetown side.\n\n{sig}\nManager",
   "Windward Arrowroot Factory", "windwardarrowroot.example", tz="vc")
mo("offer", "a-feijoa-offer", "Offer – grading season",
   "Kia ora {n},\n\nThe grading table's yours this season. Start {dl}, $26.50 an hour. Agreement attached – sign and return whenever suits.\n\nUnfortunately the smoko room is tiny, so we eat outside when it's fine.\n\nNgā mihi,\n{sig}\n{co}",
   "Tūranga Feijoa Growers", "turangafeijoa.example", tz="nz")
mo("offer", "a-bebinca-offer", "helper post",
   "Hi {n}, Aunty liked your bebinca! The helper post is yours from {dl}, 8am. Please confirm by message.\n\nUnfortunately the oven room gets very hot, so wear cotton.\n\n{sig}\n{co}",
   "Casa Bebinca Assagao", "casabebinca.example", tz="in")
mo("offer", "e-piling-offer", "Piling Supervisor – offer",
   "Hi {n},\n\nGreat news – the contractor has offered you the Piling Supervisor contract, six months from {dl} at the day rate we discussed. Paperwork to follow today.\n\nUnfortunately parking at the compound is tight, so car-share if you can.\n\n{sig}\n{co}",
   "Plinth Engineering Talent", "plinthtalent.example", tz="ie")
mo("offer", "c-camping-offer", "Offer: Tent Repair Technician",
   "Hi {n},\n\nTent Repair Technician at our Peterborough store is yours, starting {dl}. Everything's in the letter attached.\n\nUnfortunately the repair bench is in the basement for now.\n\nThe {co} hiring team",
   "Portage Trail Outfitters", "portagetrail.example", frm="{co} Careers <careers@{dom}>", tz="cae")
mo("offer", "b-docent-offer", "RE: [EXT] Re: Weekend Docent – offer",
   "Hi {n},\n\nI'm thrilled to say the coordinator would like you as a weekend docent, starting with the tours on {dl}.\n\nUnfortunately the gallery radiators are loud in winter, you'll get used to it.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Weekend Docent\n\nHi {sf}, thank you for the interview.\n{full}",
   "Petitcodiac River Museum", "petitcodiacmuseum.example", tz="cat")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "g-review", "Status update: {role}",
   "Hi {n},\n\nApplication: {role} (ID {ref})\nStatus changed to: Under review\n\nThis week the hiring manager is reading through the pile. Nobody's application, yours included, has an outcome yet.\n\n{co} Careers",
   ("Northway Motorway Services", "Banksia Grove Aged Care"), ("northwayservices.example", "banksiagrove.example"),
   frm="{co} <noreply@{dom}>", role=("Catering Assistant", "Lifestyle Officer"), tz=("uk", "au"))
mo("other_job", "g-withdrawn", "Your application",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Requisition</th><th>Candidate stage</th></tr><tr><td>{role}</td><td>{ref}</td><td>Withdrawn (candidate request)</td></tr></table><p>This application was withdrawn at your request. Re-applying later is always possible.</p><p>{co} Talent Portal</p></body></html>",
   ("Keystone Mutual Health", "Algonquin Toll Road Corp."), ("keystonemutualhealth.example", "algonquintoll.example"),
   frm="{co} Talent Portal <talent@{dom}>", role=("Member Services Representative", "Customer Service Agent"), tz=("use", "cae"))
mo("other_job", "f-cancelled-delay", "Parks Planner – timing update",
   "Kia ora {n},\n\nA quick update on Parks Planner. Shortlisting has moved to the week of {dl} because two panel members are away. No applications have been assessed yet, and yours is still in the pool.\n\nPeople and Capability\n{co}",
   "Whanganui District Council", "whanganuidc.example", frm="{co} <careers@{dom}>", tz="nz")
mo("job_alert", "c-books-alert", "New vacancies near you",
   "Hi {n},\n\n3 new vacancies match your alert:\n• Weekend Bookseller – Warwick\n• Stock Assistant – Coventry (temporary)\n• Assistant Manager – Stratford-upon-Avon\n\nView and apply: careers.{dom}/alerts\n\n{co} Recruitment · Manage alerts in your candidate account",
   "Marginalia Booksellers", "marginaliabooks.example", frm="{co} Job Alerts <alerts@{dom}>", tz="uk")
mo("job_alert", "c-motorhome-alert", "Jobs this week at {co}",
   "G'day {n},\n\nFresh roles on the road:\n– Depot Vehicle Presenter, Broome\n– Reservations Consultant, Bendigo (hybrid)\n– Auto Electrician, Launceston\n\nSee them all at {dom}/careers. Sent because you asked for job alerts.",
   "Roamwell Motorhomes", "roamwell.example", frm="{co} Careers <alerts@{dom}>", tz="au")
mo("job_alert", "c-takeaway-alert", "Store jobs near you",
   "Hi {n},\n\nNew openings this week:\n1. Shift Supervisor – Umhlanga\n2. Delivery Rider – Pietermaritzburg\n3. Trainee Cook – Ballito\n\nApply in minutes: {dom}/jobs\nUnsubscribe: {dom}/unsubscribe",
   "Quarter Loaf Bunny Chow", "quarterloaf.example", frm="{co} Careers <careers@{dom}>", tz="za")
mo("recruiter_outreach", "e-piling-outreach", "Piling roles – Midlands",
   "Hi {n},\n\nSaw your profile on a search this morning – worth a chat? Two piling engineer roles with a tier-one contractor around Nottingham, permanent, van included. Got ten minutes one afternoon?\n\n{sig}\n{co}",
   "Keystone Ground Recruitment", "keystoneground.example", tz="uk")
mo("recruiter_outreach", "e-chiller-outreach", "HVAC opportunities in Oman",
   "Dear {n},\n\nI'm recruiting for a district hospital project in Sohar and a hotel portfolio in Muscat – chiller and BMS roles, two-year contracts with housing. Would you like details?\n\nBest regards,\n{sig}\n{co}",
   "Sohar Gate Recruitment", "sohargate.example", tz="om")
mo("non_job_rejection_words", "z-photo", "Coastlines photography competition",
   "Dear {n},\n\nThank you for entering Coastlines 2025. The judges have chosen the shortlist, and your entry isn't among the 40 images going to the exhibition. Do try again in 2026.\n\n{sig}\n{co}",
   "Egret Head Camera Club", "egretheadcamera.example", tz="uk")
mo("non_job_rejection_words", "z-draw", "Your prize draw entry",
   "Hi {n},\n\nThe draw for the two weekend passes took place on Friday. Your entry was not picked this time. Thanks for taking part!\n\n{co}",
   "Otago Folk Weekend", "otagofolk.example", frm="{co} <hello@{dom}>", tz="nz")
mo("non_job_rejection_words", "z-flat", "2/14 Bellarine Street",
   "Hi {n},\n\nCheers for coming to Saturday's inspection. The landlord picked a different applicant, so this one's off the market. Good luck with the search.\n\n{sig}\n{co}",
   "Corio Bay Property", "coriobayproperty.example", tz="au")
mo("non_job_rejection_words", "z-grant", "Oral history small grants – result",
   "Dear {n},\n\nThe panel for the oral history small grants met last week. From 63 proposals it could fund nine, and yours did not make that list. A fresh round will open in the autumn.\n\n{sig}\n{co}",
   "Mid-Ulster Memory Fund", "midulstermemory.example", tz="uk")
mo("non_job_rejection_words", "z-boardgame", "Tuesday league",
   "Hey {n}, the Tuesday board-game league filled up on the first night, sorry! Your name's on the waitlist, and Thursday casual nights are open to everyone.\n\n{sig}\n{co}",
   "Meeple & Mug Café", "meeplemug.example", tz="cae")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, each with a twin
wr("thatch", "Photo: clipboard sheet from the van",
   "[photo of a clipboard sheet left on the van seat, sent by text]\n\n{n} – cheers for the day in the carving shed. We've taken on Wes's nephew as apprentice, he's been cutting inscriptions with us since spring. Good luck with it. – {sig}, {co}",
   "Ridgeway Granite Memorials", "ridgewaygranite.example", tz="uk")
wo("application_received", "thatch", "Photo: clipboard sheet",
   "[photo of the clipboard sheet on the van dash]\n\n{n} – got your number off the church gate notice. We'll finish the memorial job and decide end of the month. Someone else or you, I'll text either way. – {sig}, {co}",
   "Ridgeway Granite Memorials", "ridgewaygranite.example", tz="uk")
wr("calligraphy", "A letter under seal",
   "[scan of a handwritten letter, closed with a green wax seal]\n\nDear {n},\n\nThank you for the lovely sample of italic you sent. I have asked Miriam, who trained beside me for three years, to join the studio as my assistant.\n\nWith every good wish,\n{sig}\n{co}",
   "Inkwell & Nib Scriptorium", "inkwellnib.example", tz="uk")
wo("interview", "calligraphy", "A letter under seal",
   "[scan of a handwritten letter, closed with green wax]\n\nDear {n},\n\nYour sample of copperplate was a delight. Would you come to the studio on {dl} at eleven to letter a short verse with me?\n\nUnfortunately the studio is up a spiral stair, so leave big bags downstairs.\n\n{sig}\n{co}",
   "Inkwell & Nib Scriptorium", "inkwellnib.example", tz="uk")
wr("cello", "Comment on \"Bench apprentice – applicants\"",
   "{sig} commented on Bench apprentice – applicants:\n\n\"@{n} thanks so much for the bending-iron test. We've asked Tomasz, who finished the two-year bench course in May, to take the bench – he starts after the summer. Wishing you the best.\"\n\nReply · Resolve\nGoogle Docs notification from {co}",
   "Spruce & Sycamore Cello Workshop", "sprucesycamore.example", frm="{sig} (via Docs) <comments-noreply@docs-mail.example>", tz="usp")
wo("application_received", "cello", "Comment on \"Bench apprentice – applicants\"",
   "{sig} commented on Bench apprentice – applicants:\n\n\"@{n} added your name to the list. We'll try everyone at the bench next month; whoever we choose, each of you gets a reply in this doc.\"\n\nReply · Resolve\nGoogle Docs notification from {co}",
   "Spruce & Sycamore Cello Workshop", "sprucesycamore.example", frm="{sig} (via Docs) <comments-noreply@docs-mail.example>", tz="usp")
wr("mail", "Your CV, returned",
   "[photo of the CV you handed in, stamped in red: RINGS CLOSED – ARMOURER APPOINTED]\n\n{n}, we kept a copy. Thanks for coming to the show. – {sig}, {co}",
   "Riveted Ring Armoury", "rivetedring.example", tz="uk")
wo("next_steps", "mail", "Your CV, stamped",
   "[photo of the CV you handed in, stamped: SAMPLE REQUESTED]\n\n{n}, please post us a 10 x 10 cm patch of butted 4-in-1 by {dl}, and it'll be judged that week.\n\nUnfortunately we can't return samples. – {sig}, {co}",
   "Riveted Ring Armoury", "rivetedring.example", tz="uk")
wr("wicker", "Page shared with you: Willow weaver hire",
   "{sig} shared a Notion page with you\n\nWillow weaver hire – status\n• Trial baskets: done\n• Picked: Ruth (worked the osier beds with us in 2024)\n• Note for {n}: thank you for your lovely frame basket, keep in touch!\n\nOpen in Notion · {co}",
   "Osier Bank Wickerworks", "osierbank.example", frm="{sig} via Notion <notify@notion-mail.example>", tz="uk")
wo("application_received", "wicker", "Page shared with you: Willow weaver hire",
   "{sig} shared a Notion page with you\n\nWillow weaver hire – status\n• Applicants: 5 (you're on it, {n})\n• Trial baskets: week of {dl}\n• Should another weaver get it, a line for you goes here\n\nOpen in Notion · {co}",
   "Osier Bank Wickerworks", "osierbank.example", frm="{sig} via Notion <notify@notion-mail.example>", tz="uk")
wr("straw", "Found in your apron pocket",
   "[photo of a folded note found in a borrowed apron pocket]\n\n{n} – lovely plaiting today. The braiding seat is going to Edna's granddaughter, who has done the summer hats with us for years. Keep the apron! {sig}",
   "Wheatear Straw Hats", "wheatearstraw.example", tz="uk")
wo("offer", "straw", "Found in your apron pocket",
   "[photo of a folded note in the apron pocket]\n\n{n} – the braiding seat is yours if you say yes, Tuesdays to Fridays from {dl}. Unfortunately the workroom is chilly till the stove gets going. {sig}",
   "Wheatear Straw Hats", "wheatearstraw.example", tz="uk")
wr("cufflink", "Card moved to \"Filled\" – Bench jeweller",
   "Trello · {co} hiring board\n\n{sig} moved the card \"Bench jeweller\" to Filled.\nComment: \"Offer accepted by Jerome (ex-Hatton workshop). Thanks @{n} for the test piece – lovely enamel.\"\n\nView card",
   "Hallmarked Cufflinks", "hallmarkedcufflinks.example", frm="Trello <do-not-reply@trello-mail.example>", tz="uk")
wo("application_received", "cufflink", "Added to card \"Bench jeweller\"",
   "Trello · {co} hiring board\n\n{sig} added you to the card \"Bench jeweller\" (list: Applied).\nComment: \"@{n} welcome! We'll move cards by the 20th – Interview or Filled, you'll get a notice either way.\"\n\nView card",
   "Hallmarked Cufflinks", "hallmarkedcufflinks.example", frm="Trello <do-not-reply@trello-mail.example>", tz="uk")
wr("gin", "Reply in the Gazette – box 214",
   "[scan from the Lakes Gazette classifieds, replies column]\n\nBOX 214 (STILLHOUSE ASSISTANT): To {n} and other kind applicants – post taken by a local lad from our bottling line. Thank you all. – {co}",
   "Crag Juniper Gin", "cragjuniper.example", tz="uk")
wo("next_steps", "gin", "Reply in the Gazette – box 214",
   "[scan from the Gazette classifieds, replies column]\n\nBOX 214: {n}, please bring your personal licence and two references to the stillhouse by {dl}. Unfortunately the lane is single-track; mind the tractors. – {co}",
   "Crag Juniper Gin", "cragjuniper.example", tz="uk")
wr("zipper", "Snap from {sig}",
   "{sig} sent you a Snap\n\n[caption] hey {n}!! so we gave the repair counter job to my mate Dev, he's been doing our jeans zips since jan. thanks for coming in tho x\n\nOpen Snapchat to view",
   "Quick Teeth Zip Repair", "quickteeth.example", frm="Snapchat <no-reply@snapchat-mail.example>", tz="uk")
wo("application_received", "zipper", "Snap from {sig}",
   "{sig} sent you a Snap\n\n[caption] got ur CV {n} ta! chatting to ppl this week, if its someone else ill snap u anyway\n\nOpen Snapchat to view",
   "Quick Teeth Zip Repair", "quickteeth.example", frm="Snapchat <no-reply@snapchat-mail.example>", tz="uk")
wr("pillow", "Photo of the care label",
   "[photo of a care label sewn into your returned test pillow]\n\nWASH 40° · DO NOT TUMBLE\nThank you {n} – the stitching job went to Agnes from the duck-down room. – {co}",
   "Feather & Ticking Pillow Co.", "featherticking.example", tz="uk")
wo("next_steps", "pillow", "Photo of the care label",
   "[photo of a care label sewn into a sample pillow]\n\nWASH 40° · DO NOT TUMBLE\n{n} – please send your sewing certificate and right-to-work check by {dl}. Unfortunately our post box is at the back gate. – {co}",
   "Feather & Ticking Pillow Co.", "featherticking.example", tz="uk")
wr("pierogi", "note from your lunchbox",
   "[photo of a note tucked in the lunchbox from the trial]\n\n{n}, thank you for folding with us! Babcia chose Zuzia, who has been filling the ruskie orders since Easter. Enjoy the pierogi. – {sig}",
   "Babcia's Pierogi Kitchen", "babciaspierogi.example", tz="use")
wo("interview", "pierogi", "note in your lunchbox",
   "[photo of a note tucked in a lunchbox]\n\n{n}! Come fold dough with us on {dl} at 10. Unfortunately the kitchen has no AC, bring a fan if you like. – {sig}",
   "Babcia's Pierogi Kitchen", "babciaspierogi.example", tz="use")
wr("toboggan", "Tag on your workshop key",
   "[photo of the keyring tag on the workshop key you handed back]\n\n\"{n} – thanks for the week. Runner bench goes to Henrik, who steam-bent the ash for us last winter. – {sig}\"",
   "Northpass Toboggans", "northpasstoboggans.example", tz="cae")
wo("application_received", "toboggan", "Tag on your workshop key",
   "[photo of a keyring tag]\n\n\"{n} – your spare key for the trial week. Whether the runner bench is yours or someone else's at the end, I'll tell you face to face. – {sig}\"",
   "Northpass Toboggans", "northpasstoboggans.example", tz="cae")
wr("flax", "Note on your timecard",
   "[photo of a timecard in the rack by the time clock, note pencilled on the back]\n\n{n} – scutching job's gone to Joe Mulholland's son, he turned the last harvest with us. Hours owed will be paid Friday. {sig}",
   "Bann Flax Mill", "bannflax.example", tz="uk")
wo("next_steps", "flax", "Note on your timecard",
   "[photo of a timecard, note on the back]\n\n{n} – drop your P45 and bank details into the office by {dl} for the payroll. Unfortunately the office is only manned mornings. {sig}",
   "Bann Flax Mill", "bannflax.example", tz="uk")
wr("glass", "Insert from Sunday's order of service",
   "[insert folded into the order of service]\n\nWINDOW RESTORATION: Our thanks to all who applied to assist with the north aisle glass, {n} among them. The studio has engaged Mr Peter Okafor, a leadlight craftsman from the cathedral works.",
   "Holy Trinity Stained Glass Studio", "holytrinityglass.example", tz="ng")
wo("application_received", "glass", "Insert from the order of service",
   "[insert folded into the order of service]\n\nWINDOW RESTORATION: Applications to assist in the studio, {n}'s among them, are with the studio. After the parish meeting each applicant hears the result, chosen or not.",
   "Holy Trinity Stained Glass Studio", "holytrinityglass.example", tz="ng")
wr("pudding", "Shelf label, farm shop",
   "[photo of a shelf label under the black pudding tray]\n\n£3.20 · BLACK PUDDING (oat & barley)\nhandwritten: {n} – cheers for the trial. We took on Shona from the Saturday market, she knows the recipe. {sig}",
   "Stornoway Road Puddings", "stornowayroad.example", tz="uk")
wo("offer", "pudding", "Shelf label, farm shop",
   "[photo of a shelf label]\n\n£3.20 · BLACK PUDDING\nhandwritten: {n} – job's yours, start {dl} 6am. Unfortunately the cold room door sticks, give it a kick. {sig}",
   "Stornoway Road Puddings", "stornowayroad.example", tz="uk")
wr("screen", "Label on your portfolio",
   "[photo of a label-maker strip on the front of your returned portfolio]\n\nTHX {n} - PRINT JOB TAKEN BY CRAIG (OUR NIGHT PRESS)\n\n– {co}",
   "Squeegee Street Print Shop", "squeegeestreet.example", tz="au")
wo("next_steps", "screen", "Label on your folder",
   "[photo of a label-maker strip on a folder]\n\n{n} - SEND 3 PRINT SAMPLES BY {dl} - PLS\nUnfortunately our exposure unit is out till then, so send digital proofs.\n\n– {co}",
   "Squeegee Street Print Shop", "squeegeestreet.example", tz="au")
wr("pastrami", "Sandwich board outside the counter",
   "[photo of the sandwich board on the pavement]\n\nTODAY: RYE & MUSTARD · SOUP OF THE DAY\nALSO: {n} – slicer job went to Manny's brother. Thanks for the try-out! Free sandwich on us.",
   "Corned & Cured Pastrami Counter", "cornedcured.example", tz="cae")
wo("interview", "pastrami", "Sandwich board outside the counter",
   "[photo of the sandwich board]\n\nTODAY: PASTRAMI ON RYE\nALSO: {n} – come slice with us {dl} at 7am! Unfortunately no parking out front, use the lane.",
   "Corned & Cured Pastrami Counter", "cornedcured.example", tz="cae")
wr("tuba", "Recording left while on hold",
   "[transcript of the on-hold recording, personalised]\n\n\"Thanks for holding. A note for {n}: the valve bench is going to Gareth from the band-instrument van. We're grateful you came in. Your call is important to us...\"\n\n{co}",
   "Bottom End Tuba Repairs", "bottomendtuba.example", tz="uk")
wo("application_received", "tuba", "Recording left while on hold",
   "[transcript of an on-hold recording]\n\n\"Thanks for holding. {n}, your application for the valve bench is in. Whoever we take on, we'll call you back with the answer. Please stay on the line...\"\n\n{co}",
   "Bottom End Tuba Repairs", "bottomendtuba.example", tz="uk")
wr("kazoo", "New message from {co} on TikTok",
   "{co} sent you a message\n\n\"hiii {n} 🎶 thank u for the audition vid!! the buzz tester role went to our intern Mia who joined us in june. stay loud x\"\n\nOpen TikTok",
   "Buzzworks Kazoo Factory", "buzzworkskazoo.example", frm="TikTok <noreply@tiktok-mail.example>", tz="use")
wo("application_received", "kazoo", "New message from {co} on TikTok",
   "{co} sent you a message\n\n\"got ur vid {n}!! 🎶 we're watching them all this week. buzz tester or not, u'll hear from us here x\"\n\nOpen TikTok",
   "Buzzworks Kazoo Factory", "buzzworkskazoo.example", frm="TikTok <noreply@tiktok-mail.example>", tz="use")
wr("icecream", "Printed on a cone sleeve",
   "[photo of a printed cone sleeve]\n\nMr Whippet's Van · 99s & Flakes\nprinted inside: {n}, thanks for the trial round! Kirsty from the seafront pitch has the summer route. Have a 99 on us.",
   "Mr Whippet's Ice Cream", "mrwhippet.example", tz="uk")
wo("interview", "icecream", "Printed on a cone sleeve",
   "[photo of a printed cone sleeve]\n\nMr Whippet's Van\nprinted inside: {n} – trial round {dl}, meet at the depot 11am. Unfortunately the van chimes are stuck on Greensleeves.",
   "Mr Whippet's Ice Cream", "mrwhippet.example", tz="uk")
wr("cracker", "Slip from a cracker",
   "[photo of the motto slip from a test-batch cracker]\n\nWhat do you call a reindeer with no eyes? No idea!\nOn the back: {n} – the packer job went to Lou from the snap-strip line. Thank you! – {co}",
   "Pull & Bang Crackers", "pullbang.example", tz="uk")
wo("offer", "cracker", "Slip from a cracker",
   "[photo of the motto slip from a cracker]\n\nWhy did the pudding blush? It saw the custard!\nOn the back: {n} – the packer job is yours, start {dl}. Unfortunately the glitter gets everywhere. – {co}",
   "Pull & Bang Crackers", "pullbang.example", tz="uk")
wr("croissant", "Printed on a sugar sachet",
   "[photo of a custom-printed sugar sachet]\n\nLAMINOIR · viennoiserie\n{n} – merci for the trial bake. The laminating bench is going to Théo from our Fitzroy shop. ♥",
   "Laminoir Bakery", "laminoir.example", tz="au")
wo("offer", "croissant", "Printed on a sugar sachet",
   "[photo of a custom-printed sugar sachet]\n\nLAMINOIR\n{n} – the laminating bench is yours, start {dl} 4am. Unfortunately our ovens make the back room a sauna. ♥",
   "Laminoir Bakery", "laminoir.example", tz="au")
wr("console", "[retro-repairs] commit a3f9c1e",
   "commit a3f9c1e\nAuthor: {sig} <{sl}@{dom}>\n\n    hiring: bench tech role filled by Priyesh (cart reflow wizard)\n\n    Thanks {n} for the soldering test - we kept your notes on the\n    capacitor swap in docs/ideas.md.\n\n 1 file changed, 3 insertions(+)",
   "Cartridge Revival Repairs", "cartridgerevival.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "console", "[retro-repairs] commit 7be20d4",
   "commit 7be20d4\nAuthor: {sig} <{sl}@{dom}>\n\n    hiring: add {n} to candidates.md\n\n    Soldering tests next week. Picked or passed over, every\n    candidate gets a note from me.\n\n 1 file changed, 1 insertion(+)",
   "Cartridge Revival Repairs", "cartridgerevival.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("puffin", "Boarding pass – Puffin Isle crossing",
   "BOARDING PASS · {co}\nPassenger: {full} · Seat: open deck\n\nNote from the skipper: {n}, the deckhand-guide job went to Callum from the harbour shop. Enjoy the free crossing!",
   "Puffin Isle Boat Trips", "puffinisle.example", frm="{co} <tickets@{dom}>", tz="ie")
wo("interview", "puffin", "Boarding pass – Puffin Isle crossing",
   "BOARDING PASS · {co}\nPassenger: {full} · Crossing: {dl}, 09:00\n\nNote from the skipper: {n}, ride along as a trial deckhand-guide this trip. Unfortunately the sea's often lumpy, so skip breakfast.",
   "Puffin Isle Boat Trips", "puffinisle.example", frm="{co} <tickets@{dom}>", tz="ie")
wr("jazz", "Inside a matchbook",
   "[photo: matchbook, inside flap]\n\nTHE BLUE SEVENTH · live jazz nightly\ninside flap: {n} – bar back gig went to Otis, he's covered Sundays all year. Thanks for sitting in.",
   "The Blue Seventh", "blueseventh.example", tz="usc")
wo("interview", "jazz", "Inside a matchbook",
   "[photo of a matchbook]\n\nTHE BLUE SEVENTH\ninside flap: {n} – come try a shift behind the bar {dl}, 5pm. Unfortunately the ice machine's temperamental.",
   "The Blue Seventh", "blueseventh.example", tz="usc")
# ---- one job alert and one non-job refusal in the same channels
wo("job_alert", "board", "Sandwich board: now hiring",
   "[photo of the sandwich board]\n\nNOW HIRING: counter help (weekends), delivery rider, dishwasher\nAsk inside or email jobs@{dom}",
   "Corned & Cured Pastrami Counter", "cornedcured.example", tz="cae")
wo("non_job_rejection_words", "matchclub", "Inside a matchbook",
   "[photo of a matchbook]\n\nTHE BLUE SEVENTH\ninside flap: {n} – your band's spot in the Thursday jam is taken this month, another combo got it. Try us in spring.",
   "The Blue Seventh", "blueseventh.example", tz="usc")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar-glass", "ورشة الزجاج",
   "مرحبا {n}،\n\nشكراً لزيارتك لورشتنا وتجربتك على الفرن. قرّر المعلّم أن يأخذ ابن أخيه، وهو يعمل معنا في النفخ منذ الصيف الماضي.\n\nنتمنّى لك التوفيق.\n{sig}\n{co}",
   "ورشة زجاج باب شرقي", "babsharqiglass.example", tz="sy", lang="ar")
wo("application_received", "ar-glass", "طلبك وصل",
   "مرحبا {n}،\n\nوصلنا طلبك للعمل في ورشة الزجاج. سنجرّب المتقدّمين على الفرن الأسبوع القادم، وسواء اخترناك أو اخترنا غيرك فسنتصل بك.\n\n{sig}\n{co}",
   "ورشة زجاج باب شرقي", "babsharqiglass.example", tz="sy", lang="ar")
wr("de-bauble", "Ihre Bewerbung in Lauscha",
   "Hallo {n},\n\nvielen Dank für Ihren Besuch zum Probeblasen in Lauscha. Den Platz am Brenner hat inzwischen Frau Heinz übernommen, die seit drei Wintern bei uns versilbert.\n\nAlles Gute und freundliche Grüße\n{sig}\n{co}",
   "Kugelhütte Lauscha", "kugelhuette-lauscha.example", tz="de", lang="de")
wo("interview", "de-bauble", "Probetag am Brenner",
   "Hallo {n},\n\nkommen Sie doch am {dl} um 8 Uhr zu einem Probetag zu uns. Bitte bringen Sie feste Schuhe mit.\n\nLeider ist unser Hof im Winter oft zugeschneit; am besten kommen Sie mit der Bahn.\n\nViele Grüße\n{sig}\n{co}",
   "Kugelhütte Lauscha", "kugelhuette-lauscha.example", tz="de", lang="de")
wr("es-sherry", "Puesto de capataz",
   "Hola {n}:\n\nGracias por venir a la cata y por querer el puesto de capataz. Al final nos quedamos con Manolo, que lleva años cuidando las soleras de la bodega de al lado.\n\nUn abrazo,\n{sig}\n{co}",
   "Bodegas Albariza del Marco", "albarizadelmarco.example", tz="es", lang="es")
wo("application_received", "es-sherry", "Tu currículum",
   "Hola {n}:\n\nHemos recibido tu currículum para ayudante de bodega. Veremos a todos a finales de mes. Tanto si te elegimos como si no, te escribiremos para contártelo.\n\nSaludos,\n{sig}\n{co}",
   "Bodegas Albariza del Marco", "albarizadelmarco.example", tz="es", lang="es")
wr("fr-glove", "Poste de gantière",
   "Bonjour {n},\n\nMerci d'être venue pour l'essai de couture. Nous avons confié le poste de gantière à Maëlle, qui faisait déjà les retouches chez nous depuis l'automne.\n\nBien cordialement,\n{sig}\n{co}",
   "Ganterie du Causse", "ganterieducausse.example", tz="fr", lang="fr")
wo("next_steps", "fr-glove", "Pièces à fournir",
   "Bonjour {n},\n\nSuite à votre essai, merci de nous faire parvenir avant le {dl} la photocopie de votre carte d'identité, votre attestation de sécurité sociale et un RIB.\n\nMalheureusement, l'atelier ferme à midi le vendredi.\n\nBien cordialement,\n{sig}\n{co}",
   "Ganterie du Causse", "ganterieducausse.example", tz="fr", lang="fr")
wr("hi-bhujia", "पैकिंग सुपरवाइज़र पद",
   "नमस्ते {n} जी,\n\nहमारी भुजिया यूनिट में पैकिंग सुपरवाइज़र के लिए इंटरव्यू देने आए, इसके लिए धन्यवाद। यह पद हमारे एक अनुभवी हलवाई के भतीजे को सौंपा गया; वह दो बरस से कड़ाही पर हमारे साथ है।\n\nसादर,\n{sig}\n{co}",
   "बीकाणा भुजिया भंडार", "bikanabhujia.example", tz="in", lang="hi")
wo("application_received", "hi-bhujia", "आवेदन मिला",
   "नमस्ते {n} जी,\n\nआपकी अर्ज़ी हमारे पास पहुँच चुकी है। इंटरव्यू अगले हफ़्ते रखे हैं। नतीजा जो भी निकले, फ़ोन पर ख़बर कर देंगे।\n\n{sig}\n{co}",
   "बीकाणा भुजिया भंडार", "bikanabhujia.example", tz="in", lang="hi")
wr("it-confetti", "Posto di confettiere",
   "Gentile {n},\n\ngrazie di essere venuta al colloquio e alla prova in laboratorio. Per il posto di confettiere abbiamo scelto una ragazza di Pratola che lavora con noi nei mesi dei matrimoni da tre anni.\n\nCordiali saluti,\n{sig}\n{co}",
   "Confetti Peligni", "confettipeligni.example", tz="it", lang="it")
wo("offer", "it-confetti", "Proposta di assunzione",
   "Gentile {n},\n\nabbiamo il piacere di proporle il posto di addetta alla confezione a partire dal {dl}. Il contratto è in allegato.\n\nPurtroppo il cortile del laboratorio è piccolo; conviene lasciare l'auto in piazza.\n\nCordiali saluti,\n{sig}\n{co}",
   "Confetti Peligni", "confettipeligni.example", tz="it", lang="it")
wr("ja-shoyu", "仕込み担当の件",
   "{n} 様\n\n先日は蔵までお越しいただき、ありがとうございました。仕込み担当の件ですが、昨年から麹室を手伝ってくれている地元の方にお願いすることになりました。\n\nまたどこかでご縁がありますように。\n{sig}\n{co}",
   "江戸川醤油醸造", "edogawa-shoyu.example", tz="jp", lang="ja")
wo("interview", "ja-shoyu", "蔵での面談について",
   "{n} 様\n\n書類を拝見しました。{dl} 午前10時に蔵までお越しいただけますでしょうか。仕込みの様子もご覧いただけます。\n\nあいにく駐車場が狭いため、電車でお越しください。\n\n{sig}\n{co}",
   "江戸川醤油醸造", "edogawa-shoyu.example", tz="jp", lang="ja")
wr("ko-gochujang", "장 담그기 담당 채용 건",
   "{n}님께,\n\n지난주 면접에 와 주셔서 감사합니다. 장 담그기 담당 자리는 작년부터 저희 메주 작업을 도와 온 마을 분이 맡게 되었습니다.\n\n늘 건강하세요.\n{sig}\n{co}",
   "순창 햇살고추장", "haetsal-gochujang.example", tz="kr", lang="ko")
wo("next_steps", "ko-gochujang", "서류 제출 안내",
   "{n}님,\n\n서류 전형을 통과하셨습니다. {dl}까지 보건증 사본과 통장 사본을 이메일로 보내 주세요.\n\n아쉽게도 사무실 팩스가 고장 나서 팩스로는 받을 수 없습니다.\n\n{sig}\n{co}",
   "순창 햇살고추장", "haetsal-gochujang.example", tz="kr", lang="ko")
wr("pt-filigree", "Lugar de filigraneira",
   "Olá {n},\n\nAgradecemos a sua vinda à oficina e a peça de teste. Para o lugar de filigraneira ficámos com a Sofia, que já enchia peças connosco aos sábados há dois anos.\n\nCumprimentos,\n{sig}\n{co}",
   "Filigrana do Lima", "filigranadolima.example", tz="pt", lang="pt")
wo("offer", "pt-filigree", "Proposta de trabalho",
   "Olá {n},\n\nÉ com gosto que lhe propomos o lugar de ajudante de oficina, com início a {dl}. Segue o contrato em anexo.\n\nInfelizmente a oficina fica num primeiro andar sem elevador.\n\nCumprimentos,\n{sig}\n{co}",
   "Filigrana do Lima", "filigranadolima.example", tz="pt", lang="pt")
wr("ru-tray", "Место мастера-живописца",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали на пробную роспись. Место мастера-живописца мы отдали выпускнице нашего училища, которая уже год помогает нам с заказами.\n\nВсего доброго,\n{sig}\n{co}",
   "Подносная мастерская «Букет»", "zhostovo-buket.example", tz="ru", lang="ru")
wo("application_received", "ru-tray", "Ваше резюме",
   "Здравствуйте, {n}!\n\nВаше резюме получили. Пробную роспись проведём в конце месяца. Возьмём вас или другого кандидата — в любом случае напишем.\n\n{sig}\n{co}",
   "Подносная мастерская «Букет»", "zhostovo-buket.example", tz="ru", lang="ru")
wr("sw-tinga", "Nafasi ya msaidizi",
   "Habari {n},\n\nAsante kwa kuja studio yetu na kuchora mfano. Nafasi ya msaidizi imechukuliwa na kijana ambaye amekuwa akijifunza nasi tangu mwaka jana.\n\nKila la heri,\n{sig}\n{co}",
   "Studio ya Tingatinga Bagamoyo", "tingatingabagamoyo.example", tz="tz", lang="sw")
wo("offer", "sw-tinga", "Nafasi ni yako",
   "Habari {n},\n\nNi furaha yetu kukupa kazi ya msaidizi wa uchoraji kuanzia {dl}. Tafadhali thibitisha kwa ujumbe.\n\nKwa bahati mbaya studio haina umeme mchana, kwa hivyo tunachora kwa mwanga wa jua.\n\n{sig}\n{co}",
   "Studio ya Tingatinga Bagamoyo", "tingatingabagamoyo.example", tz="tz", lang="sw")
wr("th-bowl", "ตำแหน่งช่างเขียนลาย",
   "เรียนคุณ{n}\n\nขอบคุณที่มาทดลองเขียนลายไก่ที่โรงงานของเรา ตำแหน่งช่างเขียนลายได้ให้ลูกสาวของช่างเก่า ซึ่งช่วยงานเรามาตั้งแต่ปีที่แล้ว\n\nขอให้โชคดี\n{sig}\n{co}",
   "โรงงานชามไก่ศรีเวียง", "chamkai-siwiang.example", tz="th", lang="th")
wo("interview", "th-bowl", "เชิญทดลองงาน",
   "เรียนคุณ{n}\n\nขอเชิญมาทดลองงานที่โรงงานในวันที่ {dl} เวลา 9 โมงเช้า\n\nเสียดายที่ลานจอดรถกำลังซ่อม กรุณามาด้วยรถสองแถว\n\n{sig}\n{co}",
   "โรงงานชามไก่ศรีเวียง", "chamkai-siwiang.example", tz="th", lang="th")
wr("tr-dondurma", "Usta yardımcılığı",
   "Merhaba {n},\n\nDeneme gününe geldiğiniz için sağ olun. Usta yardımcılığına, iki yazdır tezgâhta bizimle çalışan Mehmet'i aldık.\n\nKolay gelsin,\n{sig}\n{co}",
   "Maraş Dövme Dondurma Evi", "marasdovme.example", tz="tr", lang="tr")
wo("next_steps", "tr-dondurma", "İşe başlamadan önce",
   "Merhaba {n},\n\nİşe başlamadan önce {dl} tarihine kadar portör muayenesi raporunuzu ve kimlik fotokopinizi getirmenizi rica ederiz.\n\nMaalesef dükkânın önünde park yeri yok.\n\n{sig}\n{co}",
   "Maraş Dövme Dondurma Evi", "marasdovme.example", tz="tr", lang="tr")
wr("ur-methi", "سپروائزر کی جگہ",
   "السلام علیکم {n} صاحب،\n\nانٹرویو کے لیے آنے کا شکریہ۔ میتھی کی صفائی کے سپروائزر کی جگہ ہم نے اپنے پرانے منشی کے بیٹے کو دے دی ہے، جو دو سال سے گودام میں ہمارا ہاتھ بٹا رہا ہے۔\n\nخدا حافظ\n{sig}\n{co}",
   "قصور میتھی ٹریڈرز", "kasurmethi.example", tz="pk", lang="ur")
wo("next_steps", "ur-methi", "کاغذات جمع کرائیں",
   "السلام علیکم {n} صاحب،\n\nبراہِ کرم {dl} تک شناختی کارڈ کی فوٹو کاپی اور پچھلے کام کا تجربہ نامہ دفتر میں جمع کرا دیں۔\n\nافسوس ہے کہ دفتر صرف صبح کے وقت کھلتا ہے۔\n\n{sig}\n{co}",
   "قصور میتھی ٹریڈرز", "kasurmethi.example", tz="pk", lang="ur")
wr("zh-sausage", "灌肠师傅岗位",
   "{n}您好：\n\n感谢您来店里试工。灌肠师傅的岗位，我们最后定了老师傅的徒弟，他在我们熏房已经干了一年多。\n\n祝一切顺利！\n{sig}\n{co}",
   "老道外红肠坊", "laodaowai-hongchang.example", tz="cn", lang="zh")
wo("application_received", "zh-sausage", "简历已收到",
   "{n}您好：\n\n您的简历我们已经收到。下周安排试工，不管最后选不选您，我们都会打电话告诉您结果。\n\n{sig}\n{co}",
   "老道外红肠坊", "laodaowai-hongchang.example", tz="cn", lang="zh")
# ten languages new to the slices
wr("nav-frybread", "Naanish bikʼiji̜ʼ",
   "Yáʼátʼééh {n},\n\nAhéheeʼ, dą́ą́dą́ą́ʼ bááh dah diníilghaazh naanish bikʼiji̜ʼ nihaa yíníyáago. Naanish éí shimásání bitsóí bee deetą́; éí naaki nááhaiídą́ą́ʼ nihiłnaalnish.\n\nHózhǫ́ǫ́go naninááh.\n{sig}\n{co}",
   "Tó Naneesdizí Frybread Stand", "tonaneesdizi-frybread.example", tz="nn", lang="nav")
wo("application_received", "nav-frybread", "Ninaaltsoos",
   "Yáʼátʼééh {n},\n\nNinaaltsoos nihaa yíʼą́, ahéheeʼ. Damóo bikéédę́ę́ʼ tʼáá ałtso bichʼįʼ hodeeshnih. Ni éí doodaiiʼ łaʼ naanish yeiníiłʼą́ą́go ałdóʼ nichʼįʼ hodeeshnih.\n\n{sig}\n{co}",
   "Tó Naneesdizí Frybread Stand", "tonaneesdizi-frybread.example", tz="nn", lang="nav")
wr("chr-basket", "ᏔᎷᏣ ᏚᎸᏫᏍᏓᏁᏗ",
   "ᎣᏏᏲ {n},\n\nᏩᏙ ᏔᎷᏣ ᏣᏬᏢᏅ ᎣᎦᏅᏙᎢ. ᏐᎢ ᎠᏍᎦᏯ ᎠᏥᏯᏅᎲ ᏚᎸᏫᏍᏓᏁᏗ — ᎾᏍᎩ ᏑᏕᏘᏴᏛ ᎣᎦᏐᏈᏛ ᏓᏬᏢᎯᏍᎬ.\n\nᏙᎾᏓᎪᎲᎢ.\n{sig}\n{co}",
   "ᏓᎵᏆ ᏔᎷᏣ ᏗᏬᏢᏗ", "tahlequahbaskets.example", tz="usc", lang="chr")
wo("application_received", "chr-basket", "ᏣᏪᏲᏅ ᎣᏥᏩᏛ",
   "ᎣᏏᏲ {n},\n\nᏩᏙ, ᏣᏪᏲᏅ ᎣᏥᏩᏛ. ᏐᏉ ᏒᎯ ᏙᏛᏓᏙᎵᏍᏔᏂ. ᏂᎯ ᏥᎨᏒ ᎠᎴ ᏐᎢ ᎨᏒ — ᏂᎦᎥ ᏓᏨᏃᏁᎵ.\n\n{sig}\n{co}",
   "ᏓᎵᏆ ᏔᎷᏣ ᏗᏬᏢᏗ", "tahlequahbaskets.example", tz="usc", lang="chr")
wr("iku-sewing", "ᒥᖅᓱᕐᕕᒃ",
   "ᐊᐃ {n},\n\nᖁᔭᓐᓇᒦᒃ ᐊᐃᕙᒃᓯᒪᓂᕐᒥᒃ ᒥᖅᓱᕐᕕᖕᒧᑦ. ᐃᖅᑲᓇᐃᔭᕐᓂᖅ ᐊᓯᐊᓄᑦ ᑐᓂᔭᐅᓯᒪᔪᖅ — ᐸᓂᖓ ᐃᓐᓇᐅᑉ, ᒥᖅᓱᕆᐊᖅᓯᒪᔪᖅ ᐅᕙᑦᑎᓐᓂ ᐊᕐᕌᒍᖅ ᐊᑕᐅᓯᖅ.\n\n{sig}\n{co}",
   "ᑰᑦᔪᐊᖅ ᒥᖅᓱᕐᕕᒃ", "kuujjuaqsewing.example", tz="cae", lang="iku")
wo("interview", "iku-sewing", "ᐊᐃᕙᒃᑐᒥᒃ",
   "ᐊᐃ {n},\n\nᐊᐃᕙᒃᓗᑎᑦ ᒥᖅᓱᕐᕕᒻᒧᑦ {dl}, ᖃᐅᑕᒪᑦ 10:00. ᓇᑦᓯᐅᑉ ᐊᒥᖓᓂᒃ ᒥᖅᓱᕆᓂᐊᖅᑐᒍᑦ.\n\nᐊᔪᕐᓇᖅᑐᖅ, ᓴᕕᒋᔭᐅᔪᑦ ᐊᑦᑕᓇᖅᑐᑦ — ᐊᒃᓴᕈᐊᖅ ᐊᐅᓚᓂᕆᔭᐅᔪᖅ.\n\n{sig}\n{co}",
   "ᑰᑦᔪᐊᖅ ᒥᖅᓱᕐᕕᒃ", "kuujjuaqsewing.example", tz="cae", lang="iku")
wr("yua-pibil", "U meyajil pibil",
   "Ma'alob k'iin {n},\n\nDios bo'otik a taal te' k'oobeno' ti' a wil le meyaj. Le meyaj ti' u beeta'al pibilo' ts'a'ab ti' u paal Don Chucho; leti' táan u yáantikto'on tu ja'abil máaniki'.\n\nKi'imak k óol a wilikech.\n{sig}\n{co}",
   "Cocina Pibil Xkanan", "pibilxkanan.example", tz="mx", lang="yua")
wo("application_received", "yua-pibil", "K k'amaj a ju'un",
   "Ma'alob k'iin {n},\n\nK k'amaj a ju'un. Tu láakal máax u k'áat meyaj yaan u yila'al tu ts'ook u semanail le winala'. Wa ka yéeya'ak a wéetel wa ma', yaan k tsikbatik ti' teech.\n\n{sig}\n{co}",
   "Cocina Pibil Xkanan", "pibilxkanan.example", tz="mx", lang="yua")
wr("shi-argan", "ⵜⴰⵡⵓⵔⵉ ⵏ ⵓⵔⴳⴰⵏ",
   "ⴰⵣⵓⵍ {n},\n\nⵜⴰⵏⵎⵎⵉⵔⵜ ⴰⵛⴽ ⵜⵓⵛⴽⵉⴷ ⵙ ⵜⴰⵄⴰⴰⵡⵏⵜ. ⵜⴰⵡⵓⵔⵉ ⵏ ⵓⵣⵣⴰⵢ ⵏ ⵓⵔⴳⴰⵏ ⵏⴼⴽⴰ ⵜⵜ ⵉ ⵢⴰⵜ ⵜⵎⵖⴰⵔⵜ ⵏ ⵓⴷⵓⵡⴰⵔ ⵍⵍⵉ ⵉⵅⴷⵎⵏ ⴷⵉⴳⵏⵖ ⵙⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵉⵣⵔⵉⵏ.\n\n{sig}\n{co}",
   "ⵜⴰⵄⴰⴰⵡⵏⵜ ⵜⵉⴼⴰⵡⵜ", "tifawtargan.example", tz="ma", lang="shi")
wo("next_steps", "shi-argan", "ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵉⴳⵉⵜ",
   "ⴰⵣⵓⵍ {n},\n\nⵏⵔⴰ ⴰⴷ ⴰⵖ ⴷ ⵜⴰⵡⵉⴷ ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵉⴳⵉⵜ ⴷ ⵜⵡⵔⵇⵜ ⵏ ⵜⴷⵓⵙⵉ ⴰⵔ {dl}.\n\nⵙ ⵓⵛⵏⵓⵏⵏ, ⵜⴰⵄⴰⴰⵡⵏⵜ ⵜⵇⵇⵏ ⴰⵙ ⵏ ⵜⵍⴰⵜⴰ.\n\n{sig}\n{co}",
   "ⵜⴰⵄⴰⴰⵡⵏⵜ ⵜⵉⴼⴰⵡⵜ", "tifawtargan.example", tz="ma", lang="shi")
wr("mah-jaki", "Jerbal in",
   "Iakwe {n},\n\nKommol tata kōn am kar itok im jerbal ippem kōj ilo wiik eo. Jerbal in ear lilo̧k ñan juon jiroñ jān Laura, eo ear jerbal ippem kōj jān iiō eo lok.\n\nKommol,\n{sig}\n{co}",
   "Jaki-ed Pandanus Guild", "jakiedweavers.example", tz="mh", lang="mah")
wo("offer", "mah-jaki", "Jerbal in an kwe",
   "Iakwe {n},\n\nKōmij lukkuun m̧ōņōņō in letok jerbal in ñan kwe, jino ilo {dl}. Jouj im kōmeļeļe ñan kōm.\n\nKommol,\n{sig}\n{co}",
   "Jaki-ed Pandanus Guild", "jakiedweavers.example", tz="mh", lang="mah")
wr("pau-story", "A urreor er a storyboard",
   "Alii {n},\n\nSulang er a lemad el mo er a blil a storyboard. A urreor a mla mo er a ngalek er a Ngiraked, el mla ureor er kid er a mle tang el rak.\n\nSulang,\n{sig}\n{co}",
   "Koror Storyboard House", "kororstoryboard.example", tz="pw", lang="pau")
wr("arn-merken", "Küdaw merkén",
   "Mari mari {n},\n\nChaltu may tami akun tañi ruka mew. Kiñe wentru Chol Chol mew, kimlu fey ti küdaw merkén; fey elungey ta küdaw.\n\nPewkallal,\n{sig}\n{co}",
   "Merkén Rayen", "merkenrayen.example", tz="cl", lang="arn")
wo("interview", "arn-merken", "Amuaymi tañi ruka mew",
   "Mari mari {n},\n\nAmuaymi tañi ruka mew {dl} mew, 10 horas. Küdawayaiñ ta merkén.\n\nWeda dungu, ruka mew petu ngelay küme rüpü.\n\n{sig}\n{co}",
   "Merkén Rayen", "merkenrayen.example", tz="cl", lang="arn")
wr("oji-manoomin", "Anokiiwin",
   "Boozhoo {n},\n\nMiigwech gii-bi-izhaayan imaa. Anokiiwin gii-miinaa a'aw oshkiniigikwe, gaa-gii-bawa'ang gaye gii-manoominikeyang niigaan ningo-biboon.\n\nGiga-waabamin,\n{sig}\n{co}",
   "Gaa-zagaskwaajimekaag Manoomin", "leechlakemanoomin.example", tz="usc", lang="oji")
wo("application_received", "oji-manoomin", "Gimazina'igan",
   "Boozhoo {n},\n\nMiigwech, gigii-ozhibii'ige. Niigaan anama'e-giizhigad ninga-ganoonaag. Giishpin bakaan awiya ayaawaad, giga-wiindamoon gaye giin.\n\n{sig}\n{co}",
   "Gaa-zagaskwaajimekaag Manoomin", "leechlakemanoomin.example", tz="usc", lang="oji")
wr("fuc-lacciri", "Golle lacciri",
   "No mbadda {n},\n\nA jaraama ko ngarɗaa e kuuɓal amen. Golle ngalle ndokkaa debbo gooto iwɗo Ogo, mo gollodii e amen gila hitaande ɓennunde.\n\nJam tan,\n{sig}\n{co}",
   "Lacciri Fuuta Matam", "laccirimatam.example", tz="sn", lang="fuc")

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
    """True on the days a zone keeps its second offset (summer time, or Morocco's Ramadan hour)."""
    if rule == "ma":
        return any(a <= day < b for a, b in RAMADAN_MA)
    y = day.year
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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}",
    "nav": "{m}/{d}/{y}", "chr": "{m}/{d}/{y}", "oji": "{m}/{d}/{y}", "mah": "{m}/{d}/{y}", "pau": "{m}/{d}/{y}",
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
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)], "x": t.x[i % len(t.x)],
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
        rec["id"] = f"blind40:{short}-{counters[short]:03d}"
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
