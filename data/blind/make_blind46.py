# ruff: noqa: E501, S311
"""Write the forty-sixth sealed blind slice for issue 11 (blind-slice-46.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 46 and later never read; our side printed)
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

SEED = 460461
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-46.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 46
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Ellis Drummond", "Temitayo Adeyemi", "Yashika Chauhan", "Fiachra Moynihan", "Khanyisile Mthembu",
    "Rangi Paewai", "Sadhbh Cronin", "Devansh Arora", "Jowan Pascoe", "Ifeoluwa Oladipo",
    "Marguerite Asante", "Sibusiso Khumalo", "Meghna Iyer", "Callum Strachan", "Chinwe Okonkwo",
    "Tahlia Brennan", "Wiremu Hohaia", "Donncha Kiely", "Pallavi Deshpande", "Eimear Lenihan",
    "Nomvula Dlamini", "Bethan Prosser", "Reyansh Mehta", "Milica Jovanović", "Jaxon Pettigrew",
    "Akosua Mensah", "Refilwe Molefe", "Siddharth Kulkarni", "Ailbhe Gilmartin", "Kojo Appiah",
    "Fraser Urquhart", "Shirin Farahani", "Kaylee Dunford", "Anirudh Menon", "Gráinne Ó Sé",
    "Olamide Bakare", "Harriet Oakes", "Sione Vaipulu", "Colm Garrity", "Lerato Sekhukhune",
    "Ishita Saxena", "Ruaraidh Sutherland", "Nnamdi Ikenna", "Solveig Inkster", "Tomasz Wrona",
    "Aperahama Tuhoe", "Iolo Vaughan", "Oluwaseun Fashola", "Cliodhna Fenton", "Gurleen Sandhu",
]
REGION_SIGNERS = {
    "uk": ["Lorraine Pickles", "Hamish Lennox", "Rubina Qureshi", "Alun Treharne", "Fenella Royce", "Dougie Baird",
           "Parminder Sohal", "Tamsin Merriman", "Kenneth Rintoul", "Gillian Aske", "Kofi Boadu", "Morag Stobie"],
    "ie": ["Colmán Regan", "Nuala Brosnan", "Fergal Daly", "Sinéad Cleary", "Tomás Scanlon"],
    "us": ["Deb Hollister", "Marisela Treviño", "Jerome Sizemore", "Kaitlyn Burrows", "Wendell Pruitt", "Rosalind Acevedo"],
    "ca": ["Josée Thibodeau", "Gurpreet Bains", "Dwight Kowalchuk", "Manon Pelletier", "Reggie Crowchild"],
    "au": ["Narelle Cudmore", "Stav Papadakis", "Shelley Vowles", "Quang Tran", "Darren Ashcroft"],
    "nz": ["Huia Paraone", "Rochelle Bisset", "Sefo Tuilagi", "Grant McKerchar", "Anaru Tuhiwai"],
    "za": ["Sizwe Ngcobo", "Marlize Venter", "Thandeka Zwane", "Pieter Olivier", "Naeema Adams"],
    "ke": ["Wanjiru Kamau", "Kipchumba Rotich", "Atieno Odhiambo"],
    "in": ["Vandana Tripathi", "Rajeev Chaudhary", "Anusha Reddy", "Gurcharan Dhillon", "Meenal Sundaram"],
    "ce": ["Lenka Dvořáková", "Tomáš Kratochvíl", "Ivana Kovačević", "Dario Babić"],
    "we": ["Andrea Büchel", "Florian Hasler", "Céline Rinaldi", "Marco Boisson"],
    "as": ["Ho Ka Man", "Leong Wai Kit", "Dilnoza Yusupova", "Sardor Karimov"],
    "hn": ["Kendra Bodden", "Elvis Ebanks"],
    "asc": ["Tracy Yon", "Derek Benjamin"],
    "jp": ["Keiko Matsuda", "Hiroshi Nakane"],
    "cn": ["Zhao Min", "Chen Jiayi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "az": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "sj": "uk",
    "cz": "ce", "hr": "ce", "li": "we", "mc": "we", "mo": "as", "uz": "as",
}
LANG_SIGNERS = {
    "ar": ["سالم الهنائي", "موزة الكندية"], "de": ["Ortwin Faller", "Regine Kienzler"],
    "es": ["Griselda Paz", "Horacio Molina"], "fr": ["Gwenaëlle Le Du", "Yannick Le Goff"],
    "hi": ["कमला शेखावत", "रामनिवास सैनी"], "it": ["Donatella Pace", "Ettore Di Cesare"],
    "ja": ["中谷 由美", "北浦 健司"], "ko": ["한수정", "오재석"], "pt": ["Fátima Medeiros", "Duarte Raposo"],
    "ru": ["Валентина Жукова", "Аркадий Белов"], "sw": ["Mwanaisha Juma", "Hamisi Ali"],
    "th": ["ศรีนวล คำมูล", "ประเสริฐ วงศ์ใหญ่"], "tr": ["Şükran Demirtaş", "Cengiz Kaplan"],
    "ur": ["نسرین اختر", "شاہد نواز"], "zh": ["罗秀英", "曾德明"],
    "kru": ["सुमन्ती तिग्गा", "बिरसा लकड़ा"], "kfa": ["ಪೂವಮ್ಮ ಬೋಪಣ್ಣ", "ಮಾಚಯ್ಯ ಕಾರ್ಯಪ್ಪ"],
    "brh": ["عبدالرحیم مینگل", "گل بی بی"], "mdf": ["Татьяна Кирдяшкина", "Пётр Кочкуров"],
    "lua": ["Mbuyi Kalala", "Ntumba Tshibangu"], "naq": ["Hendrina ǃGaoses", "Josef ǁKhowoseb"],
    "mak": ["Daeng Nakku", "Karaeng Sija"], "wal": ["Abebech Ergano", "Tesfaye Dana"],
    "dje": ["Hadiza Soumana", "Moussa Boubacar"], "mnk": ["Fatou Sanneh", "Lamin Dabo"],
}
LANG_RECIPIENTS = {
    "ar": ["شيخة البلوشية", "خالد الريامي"], "de": ["Tobias Ketterer", "Lina Schwörer"],
    "es": ["Valeria Acosta", "Gustavo Ríos"], "fr": ["Maëlle Kerhervé", "Erwan Guillou"],
    "hi": ["पूजा शर्मा", "विकास जांगिड़"], "it": ["Chiara Di Loreto", "Fabio Colaiacovo"],
    "ja": ["大西 千夏", "坂口 翔太"], "ko": ["배유진", "장민혁"], "pt": ["Inês Furtado", "Rui Cabral"],
    "ru": ["Ксения Лапина", "Глеб Осипов"], "sw": ["Rehema Khamis", "Salum Makame"],
    "th": ["กนกวรรณ อินต๊ะ", "ธนพล ปัญญาดี"], "tr": ["Zeynep Çınar", "Oğuz Kara"],
    "ur": ["عائشہ صدیقی", "بلال حیدر"], "zh": ["钟丽华", "李晓峰"],
    "kru": ["अनिता खलखो", "सोमा उराँव"], "kfa": ["ದೇಚಮ್ಮ ಅಯ್ಯಪ್ಪ", "ಬೆಳ್ಯಪ್ಪ ಸೋಮಯ್ಯ"],
    "brh": ["نسیمہ بنگلزئی", "فیض محمد لہڑی"], "mdf": ["Ольга Ведяшкина", "Сергей Мокшин"],
    "lua": ["Kanku Mulumba", "Mujinga Kabeya"], "naq": ["Martha ǂHoebes", "Festus ǃNaruseb"],
    "mak": ["Daeng Bau", "Baso Tiro"], "wal": ["Almaz Bekele", "Dawit Ayele"],
    "dje": ["Ramatou Hama", "Issa Garba"], "mnk": ["Binta Jammeh", "Ousman Sonko"],
}
GIVEN = {
    "Ho Ka Man": "Ka Man", "Leong Wai Kit": "Wai Kit", "Gráinne Ó Sé": "Gráinne",
    "Daeng Nakku": "Nakku", "Karaeng Sija": "Sija", "Daeng Bau": "Bau",
}
PROVIDERS = ["ternmail", "quokkapost", "kestrelbox", "mynawire", "plovermail", "weka-post"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "li": ("+0100", "+0200", "eu"), "mc": ("+0100", "+0200", "eu"),
    "sj": ("+0100", "+0200", "eu"), "azo": ("-0100", "+0000", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "az": ("-0700", None, ""), "hn": ("-0600", None, ""), "arg": ("-0300", None, ""),
    "asc": ("+0000", None, ""), "sn": ("+0000", None, ""), "ne": ("+0100", None, ""),
    "cd": ("+0200", None, ""), "na": ("+0200", None, ""), "za": ("+0200", None, ""),
    "et": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""),
    "uz": ("+0500", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "mo": ("+0800", None, ""),
    "wa": ("+0800", None, ""), "mks": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "az", "cae", "cat", "cac", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind46-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Requisition REQ-{ref}: {role}",
   "Hello {n},\n\nThis concerns requisition REQ-{ref}, {role}, at {co}.\n\nA former member of our {x} team, coming back after a career break through our returner scheme, has been re-hired into this position, and the requisition was closed on that basis. Outside applications, yours included, now sit in our inactive file.\n\nYour candidate profile stays open, and alerts can be set from the careers portal whenever you like.\n\nTalent Acquisition\n{co}",
   ("Grantham Grommet Company", "Tupelo Hinge Works"), ("granthamgrommet.example", "tupelohinge.example"),
   frm="{co} Careers <careers@{dom}>", role=("Moulding Line Lead", "Stamping Cell Lead"), tz=("uk", "usc"), x=("moulding", "stamping"))
mr("ats-gh", "About the {role} opening at {co}",
   "Hi {n},\n\nOur hiring group has wrapped up the {role} search. The offer went to someone who spent six years developing {x} for an outdoor brand, and they accepted it on Friday.\n\nIt was a real pleasure meeting you across the interviews, and I wish you well with your next move.\n\n{sig}\nPeople Team, {co}",
   ("Stroud Insole Lab", "Sandpoint Pack Co."), ("stroudinsole.example", "sandpointpack.example"),
   role=("Footbed Lead", "Hip-belt Lead"), tz=("uk", "usp"), x=("moulded insoles", "load-carrying harness systems"))
mr("ats-lv", "{co} · {role}",
   "{n}, the {role} role at {co} is filled. We picked a candidate who ran a {x} line at {y} for nine years; she joins us early next month.\n\nI appreciate the time you gave the application and the phone screen.\n\n- {sig}, Recruiting",
   ("Workington Chipboard Ltd", "Drummondville Laminate Inc."), ("workingtonboard.example", "drummondvillelaminate.example"),
   frm="{sig} (via {co}) <no-reply@hire.{dom}>", role=("Press Line Supervisor", "Press Line Supervisor"), tz=("uk", "cae"), x=("hot-press", "short-cycle press"), y=("a board plant in Cockermouth", "a mill near Victoriaville"))
mr("ats-sr", "Application update: {role}",
   "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> has moved (ref {ref}).</p><table border=\"1\" cellpadding=\"4\"><tr><td>Stage</td><td>Closed</td></tr><tr><td>Reason</td><td>Requisition filled by an external hire</td></tr><tr><td>Changed by</td><td>Hiring manager</td></tr></table><p>You can see every application you have with us under My Applications.</p><p>{co} Talent Team</p></body></html>",
   ("Cupar Linoleum Company", "Hattiesburg Grout Supply"), ("cuparlino.example", "hattiesburggrout.example"),
   frm="{co} <talent@{dom}>", role=("Calender Operator", "Blending Operator"), tz=("uk", "usc"))
mr("ats-ic", "Your candidate record – Job ID {ref}",
   "Dear {n},\n\nFor the {role} opening (Job ID {ref}), the hiring manager asked to see only applicants with at least three years on {x}. Going by the application you submitted, your candidate record now reads \"Not Selected - Minimum Requirements\".\n\nAny other application you hold with {co} is unaffected.\n\nHuman Resources\n{co}",
   ("Daventry Piston Rings Ltd", "Owensboro Caliper Reman"), ("daventrypiston.example", "owensborocaliper.example"),
   frm="{co} Human Resources <hr-notices@{dom}>", role=("Grinding Cell Operator", "Reman Line Technician"), tz=("uk", "usc"), x=("centreless grinding", "caliper remanufacturing"))
mr("ats-tl", "Requisition {ref} – status notification",
   "Candidate: {full}\nRequisition: {role} - {ref}\nRequisition Status: Filled\nCandidate Status: Not Selected - Another Applicant Hired\n\nThis notification was produced by the {co} applicant tracking system. Replies sent to this address go unread.",
   ("Tifton Muffler Manufacturing", "Tillsonburg Axle Corporation"), ("tiftonmuffler.example", "tillsonburgaxle.example"),
   frm="{co} <ats-notify@{dom}>", role=("Tube Bender Operator", "Furnace Operator"), tz=("use", "cae"))
mr("ats-wk", "{role} at {co}",
   "Hi {n},\n\n{x} people put in for {role}, and you were one of them, so cheers for that. A casual who has cut the {y} beds with us for two seasons now has the role, and that's it sorted.\n\nGo well,\n{sig}\n{co}",
   ("Ringwood Watercress Farm", "Ceduna Samphire Co."), ("ringwoodcress.example", "cedunasamphire.example"),
   role=("Harvest Team Leader", "Harvest Team Leader"), tz=("uk", "sa"), x=("A hundred and twelve", "Forty-seven"), y=("cress", "samphire"))
mr("ats-bh", "{role} vacancy",
   "Hello {n},\n\nA short update on the {role} vacancy. {x}, who has worked our packing bench since last spring, put her name forward, and after a trial fortnight the job is hers. That brings our search to a close.\n\nKind regards,\n{sig}\n{co}",
   ("Blairgowrie Raspberry Growers", "Bungay Elderflower Cordials"), ("blairgowrierasp.example", "bungaycordial.example"),
   role=("Packhouse Supervisor", "Bottling Supervisor"), tz=("uk", "uk"), x=("Kirstin", "Hollie"))
mr("ats-tt", "Your application to {co}",
   "Dear {n},\n\nthank you for interest to work in {co}. For position {role} our choice is candidate who is working already several years in {x} of other company, so his experience stands more close to our needs now. Your application in our system is therefore ended.\n\nWith greetings,\n{sig}\nHR, {co}",
   ("Olomouc Enamelware s.r.o.", "Osijek Ceramic Tableware d.o.o."), ("olomoucenamel.example", "osijekceramic.example"),
   frm="{sig} via {co} <jobs@{dom}>", role=("Shift Leader Enamelling", "Shift Leader Decorating"), tz=("cz", "hr"), x=("enamel shop", "decorating hall"))
mr("ats-ps", "Selection for {role}",
   "Dear {n},\n\nThe selection for {role} is now complete. Our decision fell on an applicant whose work on {x} lies closer to the daily jobs in the workshop. Your documents will be erased from our system after five months, unless you allow us to keep them longer.\n\nKind regards\n{sig}\n{co}",
   ("Schaan Propeller Workshop AG", "Fontvieille Gearbox Rebuild SAM"), ("schaanpropeller.example", "fontvieillegearbox.example"),
   frm="{co} <recruiting@{dom}>", role=("Workshop Mechanic", "Workshop Mechanic"), tz=("li", "mc"), x=("composite propeller blades", "boat gearbox overhauls"))
mr("ats-pp", "{role}: shortlisting result",
   "{y} {n},\n\nYour application for {role} at {co} was scored against the six criteria in the position description and came to {x}. The panel asked everyone at or above the interview line to come in, so this round stops here for yours.\n\nNgā mihi / regards,\n{sig}",
   ("Kaitaia Hoist Servicing", "Gladstone Winch Engineering"), ("kaitaiahoist.example", "gladstonewinch.example"),
   role=("Service Technician", "Fitter"), tz=("nz", "auq"), x=("21 out of 45, against a line of 30", "17 out of 40, against a line of 26"), y=("Kia ora", "Hi"))
mr("ats-jz", "About the driver job",
   "Hey {n},\n\nJust wanted you to know we hired a fella who drove {x} the last eight years. Figured better you hear it from us than sit by the phone. Thanks for applying with {co}.\n\n{sig}",
   ("Lufkin Dumpster Rental", "Camrose Topsoil & Mulch"), ("lufkindumpster.example", "camrosetopsoil.example"),
   tz=("usc", "cam"), x=("roll-off for the county", "a tandem for the town yard"))
mr("ats-ab", "{co} – {role} process",
   "Hello {n},\n\nMany thanks for joining our interviews for {role}. After the final round the team selected the other finalist, whose background in {x} is a closer match for the present stage of {co}. We keep good memory of our conversations with you.\n\nBest regards,\n{sig}\nTalent, {co}",
   ("Taipa Suture Technologies", "Namangan Syringe Systems"), ("taipasuture.example", "namangansyringe.example"),
   frm="{sig} <{sl}@ashby-mail.{dom}>", role=("Process Engineer", "Process Engineer"), tz=("mo", "uz"), x=("absorbable suture coating", "prefilled syringe lines"))
# once each
mr("ats-mill", "Stones and flour sales post",
   "Dear {n},\n\nThe trustees met on Tuesday evening and asked Gwilym Pryce, who has volunteered at the stones every Saturday since 2022, to take the paid post looking after the stones and the flour sales. We were glad you came to see the wheel turning, and hope you'll visit again in the summer.\n\n{sig}\nfor the Ledbury Watermill Trust",
   "Ledbury Watermill Trust", "ledburywatermill.example", tz="uk")
mr("ats-paua", "Polishing bench",
   "Kia ora {n},\n\nThe polishing bench has gone to Hinewai's nephew Tipene, who's been cutting shell with us on weekends since he left school. Cheers for dropping your CV in; the workshop appreciated your kind words.\n\n{sig}\nKaikoura Paua Studio",
   "Kaikoura Paua Studio", "kaikourapaua.example", tz="nz")
mr("ats-tama", "Picking supervisor",
   "Hi {n},\n\nAppreciated the long drive you made to see the block. The picking supervisor job went to Tame Te Rangi, who ran the citrus gang at Maungatūroto for four winters, and he starts on the 1st.\n\nCheers,\n{sig}\nDargaville Tamarillo Orchard",
   "Dargaville Tamarillo Orchard", "dargavilletamarillo.example", tz="nz")
mr("ats-jack", "Your application for Production Supervisor",
   "Dear {n},\n\nRegarding the Production Supervisor post at our chips unit, we have appointed Mr. K. Senthilkumar, who has handled vacuum frying at our Udumalpet unit for six years. Your certificates are returned by courier.\n\nYours faithfully,\n{sig}\nFor Pollachi Jackfruit Foods",
   "Pollachi Jackfruit Foods", "pollachijackfruit.example", tz="in")
mr("ats-dock", "Docking master",
   "Hi {n},\n\nWe've settled the docking master job: Rémi LeBlanc from the Caraquet yard takes it over when the season opens. Good talking boats with you on the phone.\n\n{sig}\nBathurst Drydock Services",
   "Bathurst Drydock Services", "bathurstdrydock.example", tz="cat")
mr("ats-hutch", "Bench job",
   "Hiya {n},\n\nSorted the bench job in the end - Connor, our Trish's eldest, is coming in on it, he's done a year of joinery at college. Thanks for ringing about it.\n\n{sig}\nWisbech Hutch & Run",
   "Wisbech Hutch & Run", "wisbechhutch.example", tz="uk")
mr("ats-gumboot", "Line supervisor",
   "Kia ora {n},\n\nOur new line supervisor is Kahurangi Whaanga, who came across from the tyre-retread plant in Tokoroa with years of vulcanising behind her. Appreciate you thinking of the factory.\n\nNgā mihi,\n{sig}\nHuntly Gumboot Company",
   "Huntly Gumboot Company", "huntlygumboot.example", tz="nz")
mr("ats-holster", "Stitcher position",
   "{n},\n\nThe stitcher position went to a retired boot-shop stitcher out of Bullhead City. He starts Monday on the lockstitch machine. Appreciate you sending photos of your work.\n\n{sig}\nKingman Holster Co.",
   "Kingman Holster Co.", "kingmanholster.example", tz="az")
mr("ats-pellet", "Line two post",
   "Good afternoon {n},\n\nWe hired Marc-André Proulx, who ran the drying line at the Hearst plant for eleven years, for the line two post. Much appreciated that you thought of our operation.\n\n{sig}\nKapuskasing Wood Pellets",
   "Kapuskasing Wood Pellets", "kapuskasingpellets.example", tz="cae")
mr("ats-malt", "Maltster post",
   "Dear {n},\n\nThe maltster post has been taken by Seán Dowling, who turned the floors at our Bagenalstown site before it closed. We were glad to have your letter and your interest in the maltings.\n\nBest wishes,\n{sig}\nAthy Maltings",
   "Athy Maltings", "athymaltings.example", tz="ie")
mr("ats-caper", "Harvest lead",
   "Hi {n},\n\nGood to talk last week. We've put Tegan on as harvest lead; she's picked capers with us the last three Januarys and knows every row. Good luck with the season.\n\n{sig}\nRenmark Caper Farm",
   "Renmark Caper Farm", "renmarkcaper.example", tz="sa")
mr("ats-millet", "Baking supervisor post",
   "Dear {n},\n\nRegarding the baking supervisor post. The management has selected Smt. Lakshmi Devi of our Dharmavaram outlet, who has run the millet biscuit line there since it began. Thank you for visiting the bakehouse.\n\nRegards,\n{sig}\nAnantapur Millet Kitchen",
   "Anantapur Millet Kitchen", "anantapurmillet.example", tz="in")
mr("ats-bread", "Mill operator",
   "Hello {n},\n\nWe give the mill operator job to Kenroy Bodden, he is working with us on the drying racks already two years. Thanks for sending your papers and for coming by the mill in West End.\n\n{sig}\nRoatán Breadfruit Flour",
   "Roatán Breadfruit Flour", "roatanbreadfruit.example", tz="hn")
mr("ats-currach", "Apprenticeship",
   "Dear {n},\n\nThe apprenticeship went to Darragh Lavelle, whose grandfather built currachs out of Inishkea. He'll start with us in March. Grand of you to brave the rain out to the shed.\n\n{sig}\nBelmullet Currach Builders",
   "Belmullet Currach Builders", "belmulletcurrach.example", tz="ie")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-pho", "RE: [EXT] Re: Wok cook - trial shift",
   "Hey {n},\n\nNice of you to write, and cheers again for jumping on the line Thursday night. Chef has moved {x} onto the wok station full time; she's been on prep with us since we opened and knows the broths inside out.\n\nCome by for a bowl on us whenever you're passing.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Wok cook - trial shift\n\nHi {sf}, Thursday was a blast, I loved the pace of the kitchen. Keen to hear how it went.\n{n}",
   ("Phở Corner Springdale", "Phở Nambour"), ("phocornerspringdale.example", "phonambour.example"), tz=("usc", "auq"), x=("Linh", "Thảo"))
mr("th-cryo", "Re: [EXT] Re: Session coordinator - chat on Monday",
   "Hi {n},\n\nLovely of you to follow up. The coordinator hours have gone to {x}, who has covered our Saturday sessions since the studio opened; she accepted first thing today.\n\nYour questions about the chamber were great.\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Session coordinator - chat on Monday\n\nDear {sf},\nMonday was lovely: great studio, great team. Anything more you need, just ask.\nBest,\n{n}",
   ("Chill Cryotherapy Marlow", "Frost Cryotherapy Naas"), ("chillcryo.example", "frostcryo.example"), tz=("uk", "ie"), x=("Kelsey", "Aoibhe"))
mr("th-acu", "RE: [EXT] RE: Front desk position",
   "Hi {n},\n\nSorry for keeping you waiting after our chat last week. The front desk position is going to {x}, Dr. {y}'s niece, who ran reception at our other clinic all summer.\n\nMeeting you was a treat, and your patience is much appreciated.\n\n{sig}\n{co}\n\n" + RULE + "Subject: RE: Front desk position\n\nHello {sf}, checking in after Tuesday's interview - still very keen on the job.\n{n}",
   ("Cobourg Acupuncture Clinic", "Matamata Acupuncture & Wellness"), ("cobourgacupuncture.example", "matamataacupuncture.example"), tz=("cae", "nz"), x=("Mei", "Kirsty"), y=("Lin", "Cheung"))
mr("th-chiro", "Re: [EXT] Re: Clinic assistant",
   "Hi {n},\n\nYour note was really kind. We went ahead with {x}, who shadowed us for a week in March and already knows our treatment-room routine and the booking software.\n\nYou were lovely with the patients on the day.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, yesterday's working interview was such a good morning, I learned heaps.\n> {n}",
   ("Magnolia Osteopathic Clinic", "Parys Osteopathy Centre"), ("magnoliaosteo.example", "parysosteo.example"), tz=("usc", "za"), x=("Brianna", "Lize"))
mr("th-tapas", "RE: [EXT] Re: Floor supervisor",
   "{n},\n\nFriday service was a good test and you held your own in the rush. The floor supervisor job is {x}'s from next week; he's already run two Fridays for us while I was away.\n\nDrop in for a glass some evening.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Floor supervisor\n\nHi {sf}, just following up after Friday. Really enjoyed the night and would love to join the team.\n{n}",
   ("Taberna Kinsale", "Tapas Wangaratta"), ("tabernakinsale.example", "tapaswangaratta.example"), tz=("ie", "au"), x=("Iker", "Mateo"))
mr("th-boba", "Re: [EXT] Re: Shift lead interview",
   "Hi {n}!\n\nAppreciate the check-in. Our new shift lead is {x}, starting Monday; she's been on the morning team since the store opened and the regulars love her.\n\nIt was great chatting with you about the menu ideas.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hey {sf}, Saturday's interview was fun! Happy to send references if useful.\n> {n}",
   ("Boba Corner Vernon", "Boba Lane Visalia"), ("bobacorner.example", "bobalane.example"), tz=("cap", "usp"), x=("Jenna", "Daniela"))
mr("th-brow", "RE: [EXT] Re: Brow artist chair",
   "Hi {n},\n\nLovely to hear from you. {x} from our {y} branch is transferring across to take the chair, as she asked to move closer to home.\n\nYour shaping on the model was really neat, and I'd keep going with the lamination course.\n\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Brow artist chair\n\nHi {sf}, thank you for the trade test on Wednesday. I'd love to hear your thoughts.\nThanks,\n{n}",
   ("Arch Brow Bar Lewes", "Brow Lab Empangeni"), ("archbrowbar.example", "browlabempangeni.example"), tz=("uk", "za"), x=("Ottilie", "Zanele"), y=("Hastings", "Richards Bay"))
mr("th-xray", "RE: [EXT] RE: Radiographer interview",
   "Dear {n},\n\nYour mail reached me; the panel appreciated you making the trip. We have appointed {x}, who did her internship rotation in our department, to the radiographer post; she joins us from the 1st.\n\nWith best wishes,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: RE: Radiographer interview\n\nDear {sf}, Thursday's interview was a good experience and I remain keen on the post. Awaiting your reply.\nRegards,\n{n}",
   ("Karnal Imaging Centre", "Kakamega Diagnostic Imaging"), ("karnalimaging.example", "kakamegaimaging.example"), tz=("in", "ke"), x=("Ms. Simran Kaur", "Ms. Mercy Akinyi"))

# ---- 8 clear refusals under long footers
GARDEN_FOOT = "\n\n--\n{co} | Leotards, tights, pointe shoe fitting by appointment\nOpen 9-5.30 Monday to Saturday. Studio members get 10% off on show orders.\nFirst look at store vacancies: switch on 'job emails' under My Account.\nApplicant records are held for a year, then wiped; write to our data team for a copy or to fix a detail.\n{co} Ltd, registered office: Unit 4, Old Station Yard. Company no. 0{ref}.\nLanded with the wrong person? A one-line reply lets us fix our list; then please bin this."
mr("ft-garden", "Your application: {role}",
   "Dear {n},\n\nAbout the {role} role at our {x} store: the store team has read every application and picked other people to go forward, so yours stops at this stage." + GARDEN_FOOT,
   ("Pirouette Dancewear", "Barre & Pointe Dancewear"), ("pirouettedance.example", "barrebow.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Shop Floor Assistant", "Pointe Specialist"), tz=("uk", "ie"), x=("Uttoxeter", "Tullow"))
WASH_FOOT = "\n\n---\n{co} | Express tunnel washes, detail bays and monthly wash plans\nManage or cancel your wash plan anytime in the app.\nGet new openings near you by text: send JOBS to 555-0142. Msg and data rates may apply. Reply STOP to cancel.\n{co} is an equal opportunity employer.\nYour privacy choices: we do not sell applicant information. See our privacy page for how we keep and delete it.\nThis mailbox is not monitored."
mr("ft-wash", "Update on your application",
   "Hi {n},\n\nRe: {role}, {x} location. Applicants whose availability fits the weekend schedule better were picked, which closes your file for this one." + WASH_FOOT,
   ("SudsRun Carwash", "Glide Carwash"), ("sudsrun.example", "glidecarwash.example"),
   frm="{co} Hiring <hiring@{dom}>", role=("Wash Attendant", "Site Lead"), tz=("usc", "cac"), x=("Kearney", "Humboldt"))
PET_FOOT = "\n\n______\n{co} - stockfeed, seed, fencing wire and animal health\nPhone orders loaded to your ute. Account holders collect farm rewards at the counter.\nFresh vacancies are emailed each Thursday; change your alert settings in your careers profile.\nApplicant details: we follow the Australian Privacy Principles and the NZ Information Privacy Principles; see the website statement.\nMeant for the addressee only. Wrong inbox? Wipe it, and a quick reply helps us tidy our records."
mr("ft-pet", "{role} - {x}",
   "Hi {n},\n\nRe the {role} role in {x}: plenty of good people applied, and the store manager's offer has gone to another applicant.\n\nGood luck with the search." + PET_FOOT,
   ("Paddock & Pantry Stockfeed", "Haybarn Produce"), ("paddockpantry.example", "haybarnfeed.example"),
   frm="{co} Careers <careers@{dom}>", role=("Store Team Member", "Counter Hand"), tz=("au", "nz"), x=("Bega", "Taihape"))
UNIFORM_FOOT = "\n\n=====\n{co} | Fresh cuts, boerewors and braai packs\nGift boxes: free delivery over R750 / KSh 5,000. Order ahead at the counter.\nSMS VACANCY to 31{ref} for new roles near you.\nWe process applicant information under POPIA and the Data Protection Act, and you may ask us to correct or delete it.\nPrivate: for the person named above and nobody else."
mr("ft-uniform", "Application outcome: {role}",
   "Dear {n},\n\nRe: {role}, {x} branch. Another applicant has taken up this post; we've marked your application closed." + UNIFORM_FOOT,
   ("Braaipak Butcheries", "Mbuzi Bora Butchery"), ("braaipak.example", "nyamabora.example"),
   frm="{co} HR <hr@{dom}>", role=("Counter Assistant", "Block Hand"), tz=("za", "ke"), x=("Vryheid", "Bungoma"))

# ---- 9 hedged refusals
mr("hd-patent", "{role} application",
   "Dear {n},\n\nThe partners valued your visit. Two of the others we spoke to had priced {x} for rather longer, which weighed with the group this time.\n\nWe enjoyed the conversation and hope our paths cross.\n\n{sig}\n{co}",
   ("Halstead Whitcombe Estimating", "Ardmore & Pryce Estimating"), ("halsteadwhitcombe.example", "ardmorepryce.example"),
   role=("Estimating Trainee", "Estimating Trainee"), tz=("uk", "usc"), x=("hospital fit-outs", "school extensions"))
mr("hd-caption", "Claims handler role",
   "Hi {n},\n\nGood of you to sit the case-file exercise. Other applicants came to us with more years settling {x} claims, and the team leaned their way for this opening.\n\nKind regards,\n{sig}\n{co}",
   ("Lineline Settlement Services", "Swift Current Settlement Co."), ("linelineclaims.example", "swiftcurrentclaims.example"),
   tz=("use", "cac"), x=("storm-damage", "crop-hail"))
mr("hd-histo", "Histology technician",
   "Dear {n},\n\nThe shortlist for the histology technician post is settled. Two or three of the others had spent longer cutting {x}, and we felt that suited the lab's next year a shade better.\n\nWarm regards,\n{sig}\n{co}",
   ("Inverell Histology Services", "Tararua Histology Lab"), ("inverellhisto.example", "tararuahisto.example"),
   tz=("au", "nz"), x=("equine and bovine biopsies", "ovine tissue"))
mr("hd-tide", "Survey technician post",
   "Dear {n},\n\nAbout the survey technician post: other applicants matched our needs around {x} more closely, and the panel went with them.\n\nBest wishes,\n{sig}\n{co}",
   ("Eyemouth Seabed Surveys", "Schull Seabed Surveys"), ("eyemouthseabed.example", "schullseabed.example"),
   tz=("uk", "ie"), x=("multibeam echo-sounding", "side-scan sonar runs"))
mr("hd-agar", "Post of Machine Room Incharge",
   "Dear {n},\n\nMeeting you at our Ambala factory was a pleasure. Candidates having longer exposure to masala agarbatti rolling machines were judged a little better suited to the Machine Room Incharge post.\n\nRegards,\n{sig}\nAmbala Agarbatti Works",
   "Ambala Agarbatti Works", "ambalaagarbatti.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-aerosol", "{x} shift engineer - feedback, and something else",
   "Hi {n},\n\nClient feedback, as promised: the shift engineer job has gone to the other finalist, who'd run a filling hall for them on contract before.\n\nAlso - a six-month packaging line lead contract near {y} has just come in, and it suits your background. Want the spec?\n\n{sig}\n{co}",
   ("Canline Technical Recruitment", "Filltech Talent"), ("canline.example", "filltech.example"),
   tz=("uk", "ie"), x=("Aerosol", "Aerosol"), y=("Goole", "Kildare"))
mr("rc-mill", "Re: mill superintendent",
   "{n},\n\nTalked to the client this afternoon. They promoted the night-shift lead from their {x} mill into the superintendent spot, so that one's spoken for.\n\nI do have a planer mill supervisor opening near {y} that pays well and starts in the spring. Got time for a call Thursday?\n\n{sig}\n{co}",
   ("Timberline Search Partners", "Northwoods Talent Group"), ("timberlinesearch.example", "northwoodstalent.example"),
   tz=("usp", "cap"), x=("Klamath", "Quesnel"), y=("Roseburg", "Vanderhoof"))
mr("rc-chromite", "Processing superintendent - client decision",
   "Hi {n},\n\nQuick one. The processing superintendent role went to a shift manager already on the client's books, so that door's closed.\n\nThere's another I'd happily submit you for: a concentrator operations lead near {x}, FIFO 8/6. Happy to talk it through tomorrow.\n\n{sig}\n{co}",
   ("Redearth Resources Recruitment", "Tussock Resources Talent"), ("redearthrecruit.example", "tussocktalent.example"),
   tz=("wa", "nz"), x=("Geraldton", "Reefton"))
mr("rc-khurja", "Works manager post - update",
   "Dear {n},\n\nThe insulator works at Khurja has filled the works manager post internally, by promoting their firing-section head. Meanwhile a ceramic tableware unit near Firozabad needs a production manager; may I share your CV with them?\n\nRegards,\n{sig}\n{co}",
   "Doab Industrial Search", "doabsearch.example", tz="in")

# ---- 8 public-sector notices
mr("ps-elig", "Your application: {role} ({ref})",
   "Dear {n},\n\nRe: {role}, {co}\n\n{x} Your application does not meet that requirement, and it cannot be taken forward to shortlisting.\n\nYours sincerely,\n{sig}\nHuman Resources, {co}",
   ("the Council of the Isles of Scilly", "the Ascension Island Government"), ("scillycouncil.example", "ascensiongov.example"),
   frm="{sig} <{sl}@{dom}>", role=("Quay Operative", "Plant Fitter"), tz=("uk", "asc"),
   x=("The post requires a current boatmaster licence at the time of application.", "Only people already entitled to reside and take employment on Ascension may be appointed."))
mr("ps-cert", "Certification of eligible list - {role}",
   "Dear {n},\n\nRe: {role}, examination/posting no. {ref}\n\n{x} That certification does not include your name, so your file for this posting is closed.\n\n{co}",
   ("Tompkins County Department of Human Resources", "Town of Canmore Human Resources"), ("tompkinshr.example", "canmorehr.example"),
   frm="{co} <civilservice@{dom}>", role=("Highway Equipment Operator", "Transit Operator"), tz=("use", "cam"),
   x=("The hiring department received the names of the three highest-scoring candidates.", "The hiring manager was sent the five top-ranked applicants."))
mr("ps-cancel", "{role} - vacancy withdrawn",
   "Dear {n},\n\nRe: {role} (ref {ref}). The {x} team's structure has been looked at again, the vacancy has been pulled, and no appointment to it will be made. Your application is therefore closed.\n\nRegards,\n{sig}\nPeople and Culture, {co}",
   ("Narrabri Shire Council", "Ruapehu District Council"), ("narrabri.example", "ruapehudc.example"),
   role=("Parks Coordinator", "Three Waters Officer"), tz=("au", "nz"), x=("open spaces", "three waters"))
mr("ps-cutoff", "Result of screening test - Advt. No. {ref}",
   "Sir/Madam,\n\nScreening test results are out for {role}. You secured {x}, while the cut-off marks for your category stood at {y}. You are therefore not among the candidates called for interview.\n\nBy order,\n{sig}\n{co}",
   ("Haryana Public Service Commission", "Rajasthan Public Service Commission"), ("hpsc-notice.example", "rpsc-notice.example"),
   frm="{co} <results@{dom}>", role=("Assistant Engineer (Civil)", "PGT Geography"), tz=("in", "in"),
   x=("61.50 marks out of 120", "88 marks out of 150"), y=("67.25 (BC-A)", "96.40 (General)"))

# ---- 6 bare ATS status updates
mr("st-line", "Application status changed",
   "{co} careers\n\nPosition: {role}\nReference: {ref}\nStatus: Not progressing - no longer being considered\n\nFull history under Candidate Home.",
   ("Tulare PVC Pipe", "Kearney Drywall Supply"), ("tularepvc.example", "kearneydrywall.example"),
   frm="{co} <noreply@{dom}>", role=("Pipe Line Helper", "Yard Loader"), tz=("usp", "usc"))
mr("st-html", "Your application",
   "<html><body><table cellpadding=\"3\"><tr><th>Job</th><th>Applied</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Declined - no longer under review</td></tr></table><p>{co}</p></body></html>",
   ("Thirsk Radiator Works", "Neath Clutch Remanufacture"), ("thirskradiator.example", "neathclutch.example"),
   frm="{co} Careers <careers@{dom}>", role=("Fin Line Assembler", "Clutch Lining Operator"), tz=("uk", "uk"))
mr("st-arrow", "Status update: {role}",
   "Hi {n},\n\n{role}\nScreening -> Closed (role filled)\n\n{co} recruiting",
   ("Leek Velvet Mills", "Ballinasloe Satin Weavers"), ("leekvelvet.example", "ballinasloesatin.example"),
   frm="{co} <jobs@{dom}>", role=("Jacquard Tuner", "Warper"), tz=("uk", "ie"))

# ---- 6 internship / graduate decisions
mr("in-summer", "Summer field placement {x}",
   "Dear {n},\n\n{y} students applied for the six places on our {x} summer field placement. The selection committee has now offered all six to other students.\n\nBest wishes for your studies,\n{sig}\n{co}",
   ("the Longyearbyen Snowpack Station", "the Exmouth Ningaloo Field Station"), ("longyearbyensnow.example", "exmouthningaloo.example"),
   tz=("sj", "wa"), x=("2026", "2025"), y=("340", "205"))
mr("in-coop", "Co-op term placement",
   "Hi {n},\n\nThe co-op office has finished matching students to the {x} term at {co}. Every position has been matched with other students, and your application is closed for this term.\n\nThanks,\n{sig}\nCo-op coordinator",
   ("the Kitimat Estuary Lab", "the Flin Flon Tailings Lab"), ("kitimatestuary.example", "flinflontailings.example"),
   tz=("cap", "cac"), x=("winter", "summer"))
mr("in-grad", "Graduate trainee intake {x}",
   "Dear {n},\n\nOur assessors were glad to have you at the assessment centre. All {y} places in the {x} graduate trainee intake at {co} have been accepted by other candidates, and the intake is now full.\n\nRegards,\n{sig}\nGraduate recruitment, {co}",
   ("the Haldia Dock Complex", "the Sasolburg Paraffin Plant"), ("haldiadock.example", "sasolburgparaffin.example"),
   tz=("in", "za"), x=("2026", "2025"), y=("ten", "seven"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ac-wd", "We have your application - REQ-{ref}",
   "Hello {n},\n\nYour application for {role} (REQ-{ref}) reached {co} today.\n\nPlease note: should a former employee come back through our returner scheme before your turn, the requisition shuts, with outside applications parked in our inactive file. Until then, a recruiter will review each application in turn.\n\nTalent Acquisition\n{co}",
   ("Grantham Grommet Company", "Tupelo Hinge Works"), ("granthamgrommet.example", "tupelohinge.example"),
   frm="{co} Careers <careers@{dom}>", role=("Toolroom Fitter", "Press Brake Operator"), tz=("uk", "usc"))
mo("application_received", "ac-gh", "{co}: application received",
   "Hi {n},\n\nYour {role} application has landed with us, and our hiring group reads each one itself. Whichever way they go, a person on the team types the reply that reaches you, not this system.\n\n{co} People Team",
   ("Stroud Insole Lab", "Sandpoint Pack Co."), ("stroudinsole.example", "sandpointpack.example"),
   frm="{co} <no-reply@{dom}>", role=("Materials Lead", "QA Lead"), tz=("uk", "usp"))
mo("application_received", "ac-sr", "Application submitted: {role}",
   "<html><body><p>Hello {n},</p><p>Application logged: <b>{role}</b>.</p><table border=\"1\" cellpadding=\"4\"><tr><td>Stage</td><td>New</td></tr><tr><td>Next</td><td>Review by recruiter</td></tr></table><p>Each change to your application will appear in this table, a closure included if the requisition is filled externally.</p><p>{co} Talent Team</p></body></html>",
   ("Cupar Linoleum Company", "Hattiesburg Grout Supply"), ("cuparlino.example", "hattiesburggrout.example"),
   frm="{co} <talent@{dom}>", role=("Maintenance Electrician", "Lab Assistant"), tz=("uk", "usc"))
mo("application_received", "ac-ic", "Job ID {ref}: we received your application",
   "Dear {n},\n\nYour application for {role} (Job ID {ref}) is logged. The first screen checks it against the posting's minimum requirements: applications showing under three years on {x} are marked \"Not Selected\" there. Those that pass go through for the hiring manager's read.\n\nHuman Resources\n{co}",
   ("Daventry Piston Rings Ltd", "Owensboro Caliper Reman"), ("daventrypiston.example", "owensborocaliper.example"),
   frm="{co} Human Resources <hr-notices@{dom}>", role=("Machine Minder", "Teardown Technician"), tz=("uk", "usc"), x=("grinding machines", "caliper rebuilding"))
mo("application_received", "ac-tl", "Requisition {ref} - submission confirmed",
   "Candidate: {full}\nRequisition: {role} - {ref}\nSubmission: Complete\nCandidate Status: Under Review\n\nFilled before we reach your record? Then this line flips to Not Selected. Replies sent to this address go unread.",
   ("Tifton Muffler Manufacturing", "Tillsonburg Axle Corporation"), ("tiftonmuffler.example", "tillsonburgaxle.example"),
   frm="{co} <ats-notify@{dom}>", role=("Cell Operator", "Axle Line Operator"), tz=("use", "cae"))
mo("application_received", "ac-wk", "Thanks for applying - {co}",
   "Hi {n},\n\nGot your application for {role}, cheers. We'll go through the lot after the weekend. Role or no role, one of us messages you once the picking's sorted.\n\n{sig}\n{co}",
   ("Ringwood Watercress Farm", "Ceduna Samphire Co."), ("ringwoodcress.example", "cedunasamphire.example"),
   role=("Harvest Hand", "Packing Hand"), tz=("uk", "sa"))
mo("application_received", "ac-tt", "We received your application",
   "Dear {n},\n\nthank you, your application for position {role} is arrived to us. We look on all applications until end of month. Also in case we choose another person, you get message from us, so you know what is result.\n\nWith greetings,\n{sig}\nHR, {co}",
   ("Olomouc Enamelware s.r.o.", "Osijek Ceramic Tableware d.o.o."), ("olomoucenamel.example", "osijekceramic.example"),
   frm="{sig} via {co} <jobs@{dom}>", role=("Maintenance Technician", "Warehouse Coordinator"), tz=("cz", "hr"))
mo("application_received", "ac-pp", "{role}: application received",
   "{y} {n},\n\nYour application for {role} at {co} has arrived. The panel will score each application against the six criteria in the position description. Anything below the interview line stops at shortlisting; everyone above it gets a call.\n\nRegards,\n{sig}",
   ("Kaitaia Hoist Servicing", "Gladstone Winch Engineering"), ("kaitaiahoist.example", "gladstonewinch.example"),
   role=("Apprentice Fitter", "Workshop Coordinator"), tz=("nz", "auq"), y=("Kia ora", "Hi"))
mo("application_received", "ac-garden", "Your application: {role}",
   "Dear {n},\n\nYour form for {role} at our {x} store has gone to the store manager, who starts reading on Monday. Picked or passed over, each applicant gets word from the manager in person." + GARDEN_FOOT,
   ("Pirouette Dancewear", "Barre & Pointe Dancewear"), ("pirouettedance.example", "barrebow.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Weekend Sales Assistant", "Stockroom Assistant"), tz=("uk", "ie"), x=("Bakewell", "Edenderry"))
mo("application_received", "ac-wash", "We got your application",
   "Hi {n},\n\nYour {role} application for our {x} location is in! Our hiring crew contacts just those applicants whose availability fits the open shifts." + WASH_FOOT,
   ("SudsRun Carwash", "Glide Carwash"), ("sudsrun.example", "glidecarwash.example"),
   frm="{co} Hiring <hiring@{dom}>", role=("Valeter", "Wash Attendant"), tz=("usc", "cac"), x=("Salina", "Melfort"))
mo("application_received", "ac-elig", "Application received: {role} ({ref})",
   "Dear {n},\n\nRe: {role}, {co}\n\nYour form has arrived. We will check each application against the eligibility condition in the job description; an applicant who does not meet it will receive a letter explaining this, and the rest will be considered for shortlisting.\n\nHuman Resources, {co}",
   ("the Council of the Isles of Scilly", "the Ascension Island Government"), ("scillycouncil.example", "ascensiongov.example"),
   role=("Harbour Assistant", "Stores Clerk"), tz=("uk", "asc"))
mo("application_received", "ac-cutoff", "Acknowledgement of online application - Advt. No. {ref}",
   "Sir/Madam,\n\nYour online form for {role} is registered. The screening test follows the schedule on the Commission's website. Marks short of the cut-off fixed for each category mean no interview call.\n\n{co}",
   ("Haryana Public Service Commission", "Rajasthan Public Service Commission"), ("hpsc-notice.example", "rpsc-notice.example"),
   frm="{co} <applications@{dom}>", role=("Panchayat Officer", "Assistant Research Officer"), tz=("in", "in"))
# once each
mo("application_received", "ac-dump", "Got your application", "Hey {n},\n\nGot your application for the roll-off driver job. Nothing from me by the 20th? Then we went another direction. Thanks for applying either way.\n\n{sig}\nLufkin Dumpster Rental", "Lufkin Dumpster Rental", "lufkindumpster.example", tz="usc")
mo("application_received", "ac-prop", "Application received", "Dear {n},\n\nYour application for Workshop Mechanic has reached us. Should our choice fall on another applicant, a short email from us still comes to you. Selection is expected to end in six weeks.\n\nKind regards\n{sig}\nSchaan Propeller Workshop AG", "Schaan Propeller Workshop AG", "schaanpropeller.example", tz="li")
mo("application_received", "ac-suture", "We received your application", "Hello {n},\n\nYour application for Quality Engineer at Taipa Suture Technologies is in our hands. Yes or no, we send the answer ourselves and do not leave you without reply.\n\n{sig}\nTalent", "Taipa Suture Technologies", "taipasuture.example", tz="mo")
mo("application_received", "ac-rasp", "Packhouse job", "Hi {n},\n\nYour letter about the packhouse job arrived. One thing to know: if someone from our own packing bench puts in for it, they'd get first go, and I'd let you know straight away. Otherwise we'll see people the week after next.\n\n{sig}\nBlairgowrie Raspberry Growers", "Blairgowrie Raspberry Growers", "blairgowrierasp.example", tz="uk")
mo("application_received", "ac-mill", "Stones and flour sales post", "Dear {n},\n\nYour letter about looking after the stones and flour sales came on Friday. The trustees gather on the second Tuesday of the month. Whether they choose you or another applicant, I shall write to you the morning after.\n\n{sig}\nLedbury Watermill Trust", "Ledbury Watermill Trust", "ledburywatermill.example", tz="uk")
mo("application_received", "ac-paua", "Your CV", "Kia ora {n},\n\nGot your CV, thanks heaps. We only ring back the folk we'd like in for a go on the polishing wheel, so no news means it's not this time.\n\n{sig}\nKaikoura Paua Studio", "Kaikoura Paua Studio", "kaikourapaua.example", tz="nz")
mo("application_received", "ac-jack", "Receipt of application", "Dear {n},\n\nYour papers for the QC Incharge post at our chips unit are received. Selected or not, every applicant shall be informed by post within thirty days.\n\nYours faithfully,\n{sig}\nPollachi Jackfruit Foods", "Pollachi Jackfruit Foods", "pollachijackfruit.example", tz="in")
mo("application_received", "ac-malt", "Your letter", "Dear {n},\n\nYour letter about the floor maltster vacancy came. If one of our own floor staff is given it, I'll still pick up the phone to you, so nobody's left guessing.\n\nBest wishes,\n{sig}\nAthy Maltings", "Athy Maltings", "athymaltings.example", tz="ie")
mo("application_received", "ac-caper", "Picking job", "Hi {n},\n\nYour text about picking came through. If we end up taking someone else on, I'll text you. Picking starts mid-December.\n\n{sig}\nRenmark Caper Farm", "Renmark Caper Farm", "renmarkcaper.example", tz="sa")
mo("application_received", "ac-gumboot", "Application received", "Kia ora {n},\n\nThanks for applying for the press operator role. We've got your CV and will be in touch in the next two weeks about interviews.\n\nNgā mihi,\n{sig}\nHuntly Gumboot Company", "Huntly Gumboot Company", "huntlygumboot.example", tz="nz")
mo("application_received", "ac-patent", "Your application", "Dear {n},\n\nThe partners now hold your estimating-trainee application. If other applicants' costing experience proves the closer fit, we shall say so in plain terms, promptly.\n\n{sig}\nHalstead Whitcombe Estimating", "Halstead Whitcombe Estimating", "halsteadwhitcombe.example", tz="uk")
mo("application_received", "ac-caption", "Application received", "Hi {n},\n\nClaims handler application: received, thanks. Applicants without a current adjusting licence aren't taken past the first read, so send yours if you left it out.\n\n{sig}\nLineline Settlement Services", "Lineline Settlement Services", "linelineclaims.example", tz="use")
mo("application_received", "ac-histo", "Histology technician - application received", "Dear {n},\n\nYour application is in. We contact just the applicants we invite to interview; interviews are pencilled for early next month.\n\n{sig}\nInverell Histology Services", "Inverell Histology Services", "inverellhisto.example", tz="au")
mo("application_received", "ac-aerosol", "Shift engineer - submitted", "Hi {n},\n\nYour CV has gone across for the aerosol shift engineer role. Should they turn it down on paper, I phone you the same day; if not, expect an interview slot next week.\n\n{sig}\nCanline Technical Recruitment", "Canline Technical Recruitment", "canline.example", tz="uk")
mo("application_received", "ac-cert", "Application received - Highway Equipment Operator", "Dear {n},\n\nYour application for Highway Equipment Operator has been received. Candidates not among those certified to the hiring department will receive a notice of non-certification by mail.\n\nTompkins County Department of Human Resources", "Tompkins County Department of Human Resources", "tompkinshr.example", frm="Tompkins County Department of Human Resources <civilservice@{dom}>", tz="use")
mo("application_received", "ac-cancel", "Application received - Parks Coordinator", "Dear {n},\n\nYour Parks Coordinator application has been logged. Shortlisted or not, all applicants are emailed once shortlisting wraps up, about three weeks after applications close.\n\nPeople and Culture, Narrabri Shire Council", "Narrabri Shire Council", "narrabri.example", tz="au")
mo("application_received", "ac-status", "Application status", "Kearney Drywall Supply careers\n\nPosition: Trade Desk Sales\nReference: {ref}\nStatus: Received\n\nFull history under Candidate Home.", "Kearney Drywall Supply", "kearneydrywall.example", frm="Kearney Drywall Supply <noreply@{dom}>", tz="usc")
mo("application_received", "ac-summer", "Summer field placement - application received", "Dear {n},\n\nYour summer field placement form is in. Should yours miss the final selection, an email goes out by 15 April; those chosen are told in late March.\n\n{sig}\nthe Longyearbyen Snowpack Station", "the Longyearbyen Snowpack Station", "longyearbyensnow.example", tz="sj")
mo("application_received", "ac-coop", "Co-op application received", "Hi {n},\n\nYour application for the Flin Flon Tailings Lab co-op term is in. Matched or unmatched, the co-op office writes to you before term starts.\n\n{sig}\nCo-op coordinator", "the Flin Flon Tailings Lab", "flinflontailings.example", tz="cac")
mo("application_received", "ac-grad", "Graduate trainee intake - application received", "Dear {n},\n\nYour form for the Haldia Dock Complex graduate trainee intake is registered. Anyone under the qualifying mark in the online aptitude test stops there; those above it are asked to the assessment day.\n\nHaldia graduate cell", "the Haldia Dock Complex", "haldiadock.example", tz="in")
mo("application_received", "ac-pho", "RE: [EXT] Re: Wok cook - trial shift",
   "Hey {n},\n\nThanks for coming in Thursday night, you kept up well. Chef's deciding this week. If he ends up giving the wok to someone already on the line, I'll still message you myself.\n\n{sig}\nPhở Corner Springdale\n\n" + OUTLOOK + "Subject: Re: Wok cook - trial shift\n\nHi {sf}, Thursday was a blast.\n{n}",
   "Phở Corner Springdale", "phocornerspringdale.example", tz="usc")
mo("application_received", "ac-xray", "RE: [EXT] RE: Radiographer interview",
   "Dear {n},\n\nYour mail reached me. The panel decides by Friday. If the post ends with one of our own interns, I'll tell you personally.\n\n{sig}\nKarnal Imaging Centre\n\n" + OUTLOOK + "Subject: RE: Radiographer interview\n\nDear {sf}, Thursday's interview was a good experience.\n{n}",
   "Karnal Imaging Centre", "karnalimaging.example", tz="in")
mo("application_received", "ac-uniform", "Application received: Counter Assistant",
   "Dear {n},\n\nYour form for Counter Assistant at the Estcourt branch is with us. Appointed or not, an SMS from us follows." + UNIFORM_FOOT,
   "Braaipak Butcheries", "braaipak.example", frm="Braaipak Butcheries HR <hr@{dom}>", tz="za")
mo("application_received", "ac-pet", "Application received - Store Team Member",
   "Hi {n},\n\nYour Store Team Member application (Moruya) is in. The store replies just to the people it wants to meet." + PET_FOOT,
   "Paddock & Pantry Stockfeed", "paddockpantry.example", frm="Paddock & Pantry Stockfeed Careers <careers@{dom}>", tz="au")
mo("application_received", "ac-agar", "Application received", "Dear {n},\n\nYour papers for Machine Room Incharge are received. Only candidates experienced in machine rolling shall be called to interview.\n\nRegards,\n{sig}\nAmbala Agarbatti Works", "Ambala Agarbatti Works", "ambalaagarbatti.example", tz="in")
mo("application_received", "ac-tama", "Application", "Hi {n},\n\nGot your packhouse form, ta - we'll call after the first pick.\n\nCheers,\n{sig}\nDargaville Tamarillo Orchard", "Dargaville Tamarillo Orchard", "dargavilletamarillo.example", tz="nz")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-cryo", "RE: [EXT] Re: Session coordinator - chat on Monday",
   "Hi {n},\n\nGlad you wrote. Could you do a trial session with us on {dl} at 10am, so you can shadow a full morning. Unfortunately the car park behind the studio is being relined that week, so use the pay-and-display on the high street.\n\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Session coordinator - chat on Monday\n\nDear {sf},\nThank you for Monday.\n{n}",
   ("Chill Cryotherapy Marlow", "Frost Cryotherapy Naas"), ("chillcryo.example", "frostcryo.example"), tz=("uk", "ie"))
mo("interview", "iv-boba", "Re: [EXT] Re: Shift lead interview",
   "Hi {n}!\n\nAppreciate the check-in. Can you do a working shift with us on {dl}, 2 to 5pm? Unfortunately our second blender is out for repair, so things will be a bit slower than usual.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hey {sf}, Saturday's interview was fun!\n> {n}",
   ("Boba Corner Vernon", "Boba Lane Visalia"), ("bobacorner.example", "bobalane.example"), tz=("cap", "usp"))
mo("interview", "iv-rasp", "Field walk", "Hi {n},\n\nThanks for your letter. Fancy a walk round the tunnels and a chat on {dl} at 9? Unfortunately the farm road is rutted after the rain, so bring boots.\n\n{sig}\nBlairgowrie Raspberry Growers", "Blairgowrie Raspberry Growers", "blairgowrierasp.example", tz="uk")
mo("interview", "iv-insole", "Interview invitation: Footbed Lead", "Hi {n},\n\nCould you join our hiring group on video on {dl} at 14:00? Unfortunately our calendar tool sometimes sends the invite twice, so ignore the duplicate.\n\n{sig}\nPeople Team, Stroud Insole Lab", "Stroud Insole Lab", "stroudinsole.example", tz="uk")
mo("interview", "iv-mill", "Visit to the mill", "Dear {n},\n\nThe trustees hope you can come to the mill on {dl} at 11am. Unfortunately the footbridge over the leat is closed for repair, so please come in by the lane gate.\n\n{sig}\nLedbury Watermill Trust", "Ledbury Watermill Trust", "ledburywatermill.example", tz="uk")
mo("interview", "iv-patent", "Interview: Estimating Trainee", "Dear {n},\n\nThe partners ask you to come in for interview on {dl}, half past ten. Unfortunately the front entrance is scaffolded at present, so please use the side door on Mill Lane.\n\n{sig}\nHalstead Whitcombe Estimating", "Halstead Whitcombe Estimating", "halsteadwhitcombe.example", tz="uk")
mo("interview", "iv-narrabri", "Interview - Parks Coordinator", "Dear {n},\n\nYou're shortlisted for Parks Coordinator. Interview: {dl}, 1pm, council chambers. Unfortunately parking at the front is limited on market days.\n\nPeople and Culture, Narrabri Shire Council", "Narrabri Shire Council", "narrabri.example", tz="au")
mo("interview", "iv-chiro", "Re: [EXT] Re: Clinic assistant",
   "Hi {n},\n\nYour note made our day. Would a working interview on {dl}, 8 till noon, suit you? Unfortunately our second treatment room is being repainted that morning, so it'll be front desk and one room only.\n\n{sig}\nMagnolia Osteopathic Clinic\n\n" + GMAIL + "> Hi {sf}, yesterday's phone call was really helpful.\n> {n}",
   "Magnolia Osteopathic Clinic", "magnoliaosteo.example", tz="usc")
mo("interview", "iv-exmouth", "Placement interview", "Dear {n},\n\nYour reef field placement application made our shortlist; can we talk by video on {dl} at 3pm (AWST)? Unfortunately the station's internet drops at high winds, in which case I'll ring your mobile.\n\n{sig}\nthe Exmouth Ningaloo Field Station", "the Exmouth Ningaloo Field Station", "exmouthningaloo.example", tz="wa")
mo("interview", "iv-dock", "Docking master - visit", "Hi {n},\n\nAre you free to come down to the yard on {dl} around 9, meet the crew and see the dock? Unfortunately the water shuttle doesn't run that morning, so drive round by the causeway.\n\n{sig}\nBathurst Drydock Services", "Bathurst Drydock Services", "bathurstdrydock.example", tz="cat")
mo("interview", "iv-holster", "Bench test", "{n},\n\nBench test {dl} at 8 work for you? Bring a belt you've stitched. Unfortunately our AC is acting up so it'll be warm in the shop.\n\n{sig}\nKingman Holster Co.", "Kingman Holster Co.", "kingmanholster.example", tz="az")
mo("next_steps", "ns-elig", "Your application: documents needed",
   "Dear {n},\n\nRe: {role}, {co}\n\nBefore shortlisting, please let us have certified copies of your {x} plus two referees' details, no later than {dl}. Unfortunately our office cannot accept documents sent as phone photos.\n\nHuman Resources, {co}",
   ("the Council of the Isles of Scilly", "the Ascension Island Government"), ("scillycouncil.example", "ascensiongov.example"),
   role=("Quay Operative", "Plant Fitter"), tz=("uk", "asc"), x=("boatmaster licence", "passport and work permit"))
mo("next_steps", "ns-aerosol", "Next steps with the client",
   "Hi {n},\n\nClient's keen - they want to take you further for the {x} role. Two referees' names plus a scan of your passport (or your share code) to me by {dl}, please. Unfortunately the client's onboarding portal logs people off after a few idle minutes, so gather it all first.\n\n{sig}\n{co}",
   ("Canline Technical Recruitment", "Filltech Talent"), ("canline.example", "filltech.example"), tz=("uk", "ie"), x=("packaging line lead", "filling hall engineer"))
mo("next_steps", "ns-rpsc", "Document verification - Advt. No. {ref}", "Sir/Madam,\n\nPlease report for document verification on {dl}, 10:00 AM, at the Commission office, with every original certificate and two recent photographs.\n\nRajasthan Public Service Commission", "Rajasthan Public Service Commission", "rpsc-notice.example", frm="Rajasthan Public Service Commission <results@{dom}>", tz="in")
mo("next_steps", "ns-grout", "Skills test: Blending Operator", "Hi {n},\n\nNext up: a short online mechanical aptitude test, about 25 minutes. It needs doing by {dl}.\n\nHattiesburg Grout Supply Talent Team", "Hattiesburg Grout Supply", "hattiesburggrout.example", frm="Hattiesburg Grout Supply <talent@{dom}>", tz="usc")
mo("next_steps", "ns-piston", "Aptitude test - Grinding Cell Operator", "Dear {n},\n\nYou're through to stage two. The measurement and tolerances test is waiting under Candidate Home; finish it by {dl}.\n\nHuman Resources\nDaventry Piston Rings Ltd", "Daventry Piston Rings Ltd", "daventrypiston.example", tz="uk")
mo("next_steps", "ns-caption", "Case-file exercise", "Hi {n},\n\nThanks for your application. Please complete our case-file exercise by {dl}; the claim pack and instructions are in the shared folder. Unfortunately the folder link expires after 48 hours, so start soon.\n\n{sig}\nLineline Settlement Services", "Lineline Settlement Services", "linelineclaims.example", tz="use")
mo("next_steps", "ns-kitimat", "Co-op agreement", "Hi {n},\n\nGood news: you're matched to the Kitimat Estuary Lab for the winter term. Sign and send back the co-op agreement, plus your WHMIS certificate, by {dl}.\n\n{sig}\nCo-op coordinator", "the Kitimat Estuary Lab", "kitimatestuary.example", tz="cap")
mo("next_steps", "ns-haldia", "Assessment day - psychometric test", "Dear {n},\n\nYou have cleared the aptitude test. Please complete the online psychometric questionnaire by {dl}; the assessment day date will follow.\n\nGraduate recruitment, the Haldia Dock Complex", "the Haldia Dock Complex", "haldiadock.example", tz="in")
mo("next_steps", "ns-pellet", "Pre-employment medical", "Good afternoon {n},\n\nYour yard loader application is going ahead. Book your pre-employment medical at the clinic on Riverside Drive by {dl} and bring your safety boots to the first shift.\n\n{sig}\nKapuskasing Wood Pellets", "Kapuskasing Wood Pellets", "kapuskasingpellets.example", tz="cae")
mo("offer", "of-wk", "Offer: {role}",
   "Hi {n},\n\nGood news - the {role} job is yours, starting {dl}. Unfortunately the staff minibus is off the road this week, so sort your own lift for the first few days.\n\nCheers,\n{sig}\n{co}",
   ("Ringwood Watercress Farm", "Ceduna Samphire Co."), ("ringwoodcress.example", "cedunasamphire.example"), role=("Harvest Hand", "Packing Hand"), tz=("uk", "sa"))
mo("offer", "of-jack", "Offer of appointment", "Dear {n},\n\nYou are appointed QC Incharge at our chips unit with effect from {dl}. Kindly sign and send back the office copy. Unfortunately staff quarters are full at present.\n\n{sig}\nPollachi Jackfruit Foods", "Pollachi Jackfruit Foods", "pollachijackfruit.example", tz="in")
mo("offer", "of-caper", "Harvest job", "Hi {n},\n\nHarvest job's yours - start {dl}, 6am at the shed. Unfortunately the shade shelter blew over in the storm, so bring a hat.\n\n{sig}\nRenmark Caper Farm", "Renmark Caper Farm", "renmarkcaper.example", tz="sa")
mo("offer", "of-malt", "Floor maltster", "Dear {n},\n\nThe floor maltster post is yours, starting on {dl}; the contract comes by post. Unfortunately the canteen is shut for a refit for a few weeks.\n\n{sig}\nAthy Maltings", "Athy Maltings", "athymaltings.example", tz="ie")
mo("offer", "of-paua", "Polishing bench", "Kia ora {n},\n\nThe polishing bench is yours from {dl}, if you'll have it. Unfortunately the workshop heater is on the blink, so bring a jersey.\n\n{sig}\nKaikoura Paua Studio", "Kaikoura Paua Studio", "kaikourapaua.example", tz="nz")
mo("offer", "of-tama", "Packhouse job", "Hi {n},\n\nCan you start in the packhouse on {dl}? Unfortunately the grader is still being fixed, so the first day will be hand packing.\n\nCheers,\n{sig}\nDargaville Tamarillo Orchard", "Dargaville Tamarillo Orchard", "dargavilletamarillo.example", tz="nz")
mo("offer", "of-chromite", "Offer from the client", "Hi {n},\n\nOffer in for the concentrator operations lead role - first swing starts {dl}, and the contract is in your email. Unfortunately the charter flight times have shifted by an hour.\n\n{sig}\nRedearth Resources Recruitment", "Redearth Resources Recruitment", "redearthrecruit.example", tz="wa")
mo("offer", "of-brow", "RE: [EXT] Re: Brow artist chair",
   "Hi {n},\n\nLovely to hear from you. The chair is yours from {dl} if you want it. Unfortunately our card machine is playing up, so bring patience for the first week.\n\n{sig}\nArch Brow Bar Lewes\n\n" + ORIGINAL + "Subject: Re: Brow artist chair\n\nHi {sf}, thank you for the trade test on Wednesday.\n{n}",
   "Arch Brow Bar Lewes", "archbrowbar.example", tz="uk")
mo("offer", "of-acu", "RE: [EXT] RE: Front desk position",
   "Hi {n},\n\nApologies, I've been slow. The front desk job is yours, starting {dl}, should you want it. Unfortunately our booking system is being migrated that week, so training will start on paper.\n\n{sig}\nMatamata Acupuncture & Wellness\n\n" + RULE + "Subject: RE: Front desk position\n\nHello {sf}, checking in after Tuesday's interview.\n{n}",
   "Matamata Acupuncture & Wellness", "matamataacupuncture.example", tz="nz")
mo("offer", "of-histo", "Histology technician - offer", "Dear {n},\n\nAfter your interview the panel agreed: the histology technician post is yours from {dl}. Please return the signed contract. Unfortunately the microtome room is cold in the mornings.\n\n{sig}\nTararua Histology Lab", "Tararua Histology Lab", "tararuahisto.example", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ot-review", "Application status changed",
   "{co} careers\n\nPosition: {role}\nReference: {ref}\nStatus: In review\n\nEvery applicant for this position is still undecided. Full history under Candidate Home.",
   ("Tulare PVC Pipe", "Kearney Drywall Supply"), ("tularepvc.example", "kearneydrywall.example"), frm="{co} <noreply@{dom}>", role=("Compound Operator", "Delivery Driver"), tz=("usp", "usc"))
mo("other_job", "ot-withdrawn", "Your application",
   "<html><body><table cellpadding=\"3\"><tr><th>Job</th><th>Applied</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Withdrawn at your request</td></tr></table><p>{co}</p></body></html>",
   ("Thirsk Radiator Works", "Neath Clutch Remanufacture"), ("thirskradiator.example", "neathclutch.example"), frm="{co} Careers <careers@{dom}>", role=("Stores Person", "Final Inspector"), tz=("uk", "uk"))
mo("other_job", "ot-ruapehu", "Three Waters Officer - timing", "Dear {n},\n\nShortlisting for Three Waters Officer has moved back two weeks because of the flood response. The panel hasn't scored a single application yet; expect news from us after that.\n\nPeople and Culture, Ruapehu District Council", "Ruapehu District Council", "ruapehudc.example", tz="nz")
mo("job_alert", "al-garden", "New roles near you", "Hi {n},\n\nNew at Pirouette this week: Shop Floor Assistant (Uttoxeter), Pointe Specialist (Ashbourne), Stockroom Assistant (Leek).\n\nView and apply in your account." + GARDEN_FOOT, "Pirouette Dancewear", "pirouettedance.example", frm="Pirouette Dancewear <alerts@{dom}>", tz="uk")
mo("job_alert", "al-wash", "Openings near you", "Hi {n},\n\nNew openings: Wash Attendant (Salina), Detailer (Hays), Site Lead (Emporia)." + WASH_FOOT, "SudsRun Carwash", "sudsrun.example", frm="SudsRun Carwash <alerts@{dom}>", tz="usc")
mo("job_alert", "al-pet", "This week's roles", "Hi {n},\n\nThis week: Store Team Member (Cooma), Counter Hand (Bega), Yard Hand (Nowra)." + PET_FOOT, "Paddock & Pantry Stockfeed", "paddockpantry.example", frm="Paddock & Pantry Stockfeed <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "ro-aerosol", "Packaging engineer roles around Goole", "Hi {n},\n\nThree packaging engineer roles have landed on my desk around Goole and Selby, days and continental shifts. Fancy a chat this week?\n\n{sig}\nCanline Technical Recruitment", "Canline Technical Recruitment", "canline.example", tz="uk")
mo("recruiter_outreach", "ro-chromite", "Concentrator roles", "Hi {n},\n\nSaw your profile. I'm filling two concentrator shift supervisor roles in the Mid West, FIFO from Geraldton. Keen to talk?\n\n{sig}\nRedearth Resources Recruitment", "Redearth Resources Recruitment", "redearthrecruit.example", tz="wa")
mo("non_job_rejection_words", "nj-petanque", "Membership", "Dear {n},\n\nOur insurance covers forty playing members and we have forty, so the membership is closed until next season. Your name is down for spring.\n\n{sig}\nMalton Pétanque Club", "Malton Pétanque Club", "maltonpetanque.example", tz="uk")
mo("non_job_rejection_words", "nj-holiday", "Your booking request", "Hi {n},\n\nAbout the cottage: another family booked those dates first, so your request can't go ahead.\n\n{sig}\nKeswick Fellside Cottages", "Keswick Fellside Cottages", "keswickcottages.example", tz="uk")
mo("non_job_rejection_words", "nj-mural", "Mural micro-grant", "Kia ora {n},\n\nThe panel met on Thursday. There were nineteen applications for four mural grants, and the grants went to other projects this round.\n\nNgā mihi,\n{sig}\nTaihape Community Arts", "Taihape Community Arts", "taihapearts.example", tz="nz")
mo("non_job_rejection_words", "nj-pottery", "Wheel-throwing course", "Hi {n},\n\nThe autumn wheel-throwing course filled within a day, so there's no place left for you. I've added you to the list for January.\n\n{sig}\nCobram Wheel Studio", "Cobram Clay Studio", "cobramwheelstudio.example", tz="au")
mo("non_job_rejection_words", "nj-jam", "Show results", "Dear {n},\n\nThe judges have placed the jams and your damson entry was not among the winners this year. Do collect your jar from the tent by 5pm.\n\n{sig}\nClitheroe Show Committee", "Clitheroe Show Committee", "clitheroeshow.example", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("beermat", "Photo: note on a beermat", "[Photo attached by {sig}: writing on the back of a beermat, left behind the bar for you]\n\n{n} - sorry I missed you. The hedging season job's gone to Alfie Marsh from up Ledbury way, he's laid the lane hedges for the estate before. Pint's on me next time. {sig}", "The Plough, Hedgelaying Crew", "ploughhedgers.example", tz="uk")
wr("mercari", "New message about your listing enquiry", "Mercari message from {sig}:\n\nhi {n}, about the weaving helper thing i posted - my sister-in-law is going to do it with me this spring, she already splits the white oak. thanks for writing, your baskets looked lovely\n\nReply in the app.", "Mercari", "mercari.example", frm="Mercari <notify@mercari.example>", tz="usc")
wr("chatwork", "[Chatwork] New message in Kure Shed Staff", "{sig}: @{n} Re the laying hand job at the rope shed - we've given it to Kenji from the Kure yard, he has twelve years on the laying machine. Appreciate your interest, all the best.", "Chatwork", "chatwork.example", frm="Chatwork <noreply@chatwork.example>", tz="jp")
wr("padlet", "{sig} posted on \"Studio Assistant 2026\"", "New post on the board Studio Assistant 2026:\n\n\"Thank you to the five of you who sent sample alphabets. Priya Nandakumar will be my studio assistant this year; her italic is gorgeous. - {sig}\"\n\nSent to you as a follower of this padlet.", "Padlet", "padlet.example", frm="Padlet <notifications@padlet.example>", tz="uk")
wr("poshmark", "You have a new comment", "{sig} commented on your message:\n\n\"Thanks for asking about the workroom job, hon. I brought on Dolores, who's done fur storage and cleaning for thirty years. Good luck!\"", "Poshmark", "poshmark.example", frm="Poshmark <comments@poshmark.example>", tz="use")
wr("feedsack", "Photo from {sig}", "[Photo: marker writing on an empty feed sack nailed to the shed door]\n\nSHEARERS FOR THE SPRING RUN: Hemi, Jack T, Rewi, Stu. Rousies: Kahu, Maia. Full up - thanks everyone who rang.\n\n{n}, this is the list for the Taihape run; sorry mate, you missed the cut.", "Taihape Shearing Gang", "taihapeshearing.example", tz="nz")
wr("aircall", "Call note from Aircall", "Aircall - call summary\nFrom: {sig}, Bourke station office\nTo: {n}\nDuration: 1:52\n\nNote: Told {n} the mustering job for the autumn round has gone to two lads from Cobar who've been on the bikes with us before. Thanked them for ringing.", "Aircall", "aircall.example", frm="Aircall <callnotes@aircall.example>", tz="au")
wr("monzo", "{sig} sent you £15.00", "{sig} sent you £15.00\nReference: for the petrol n thanks. drove job went to my cousin sorry\n\nOpen the Monzo app to see it.", "Monzo", "monzo.example", frm="Monzo <noreply@monzo.example>", tz="uk")
wr("helpx", "New message from your HelpX host", "HelpX: you have a message from host {sig} (Longreach, QLD)\n\n\"G'day {n}, thanks for the keen message. We've got two jackaroos from Dalby starting next week, so the quarters are full until after Christmas. Good luck finding a station.\"", "HelpX", "helpx.example", frm="HelpX <messages@helpx.example>", tz="auq")
wr("zelle", "You received money with Zelle", "{sig} sent you $40.00\nMemo: gas money for the ride out. wrangler job went to Cody from Clovis - he knows our string. good luck {n}", "Zelle", "zelle.example", frm="Zelle <alerts@zelle.example>", tz="usm")
wr("jitsi", "Chat log from Jitsi meeting", "Jitsi Meet chat - meeting \"estate-keeper\"\n\n{sig}: thanks for staying on after the call {n}\n{sig}: the beat keeper job is Callum Grant's now, he was under-keeper here for six seasons\n{sig}: all the best with the course", "Jitsi", "jitsi.example", frm="Jitsi Meet <no-reply@jitsi.example>", tz="uk")
wr("kofi", "You have a new Ko-fi message", "Message from {sig}:\n\nHi {n}! I read every application for the chart-reading assistant spot. Starry Ng, who has helped me at fairs for two years, is taking it. Thank you for your beautiful sample chart.", "Ko-fi", "ko-fi.example", frm="Ko-fi <notifications@ko-fi.example>", tz="cae")
wr("vimeo", "New message on Vimeo", "{sig} sent you a message:\n\n\"Hey {n}, saw your reel. For the armourer slot on the western shoot we're bringing on Ray Kinsella, who kept the weapons on our last two features. Take care.\"", "Vimeo", "vimeo.example", frm="Vimeo <messages@vimeo.example>", tz="usp")
wr("dropbox", "{sig} commented on \"apprentice_samples.pdf\"", "{sig} commented on apprentice_samples.pdf:\n\n\"{n}, lovely boning channels on page 3. I've taken on Thandi Mokoena as my apprentice this year; she's done two seasons with the opera wardrobe.\"\n\nView the comment in Dropbox.", "Dropbox", "dropbox.example", frm="Dropbox <no-reply@dropbox.example>", tz="za")
wr("zulip", "#wardrobe > hiring", "{sig} (in #wardrobe > hiring):\n\n@**{n}** the costume assistant job for the panto went to Morag, who cut for the Callander summer shows. thanks so much for coming to the fitting day", "Zulip", "zulip.example", frm="Zulip <notifications@zulip.example>", tz="uk")
wr("mpesa", "M-PESA confirmation", "QK{ref}X Confirmed. Ksh200.00 sent to {n} from {sig} on the herding job. Message: asante kwa kuja, job nimempa Lekishon wa Isiolo. New M-PESA balance hidden.", "M-PESA", "mpesa.example", frm="M-PESA <mpesa@mpesa.example>", tz="ke")
wr("ringcentral", "New text from {sig}", "RingCentral text message\nFrom: {sig}, Miss Lorena Trawling\n\n{n} - deckhand spot on the Miss Lorena went to my nephew Trey, he's run nets with us since he was 14. Cheers for swinging by the dock.", "RingCentral", "ringcentral.example", frm="RingCentral <sms@ringcentral.example>", tz="usc")
wr("eggcarton", "Photo: egg carton lid", "[Photo attached: writing on the lid of an egg carton left on your doorstep]\n\n{n} - Kipper-shed job's gone to Jamie from Craster, he's done kippers all his life. Eggs are on us. {sig}", "Seahouses Kipper House", "seahouseskippers.example", tz="uk")
wr("otter", "Otter.ai transcript: call with {sig}", "Otter transcript (auto)\n\n{sig} 0:02 Hi {n}, it's {sf} from the Hasler family. 0:06 We've thought a lot about it and we've asked Ingrid, who cared for the children last summer, to be governess this year. 0:15 The children loved meeting you. Thank you.", "Otter.ai", "otter.example", frm="Otter.ai <no-reply@otter.example>", tz="li")
wr("parking", "Photo: parking ticket", "[Photo from {sig}: a note written on the back of an expired parking ticket under your wiper]\n\nMole job at the golf club - I've taken on Terry's boy instead. Sorry for the wait. {sig}", "Morpeth Molecatching", "morpethmoles.example", tz="uk")
wr("taskrabbit", "New message on TaskRabbit", "TaskRabbit message from {sig}:\n\n\"Hi {n}, thanks for quoting on the slate roof. We went with a slater from Conwy who could start this week. Appreciate you coming out to look.\"", "TaskRabbit", "taskrabbit.example", frm="TaskRabbit <messages@taskrabbit.example>", tz="uk")
wr("fiverr", "You've got a message on Fiverr", "{sig}: Hi {n}, thanks for your offer on my request for a scrimshaw piece. I've ordered it from another seller whose bone-style engraving on tagua nut I already own. Have a good week.", "Fiverr", "fiverr.example", frm="Fiverr <messages@fiverr.example>", tz="use")
wr("dingtalk", "[DingTalk] Message from {sig}", "{sig}: Dear {n}, your video is received with thanks. For the hoop diving act of our acrobatics company we choose Wang Haoran, he trained in Wuqiao since child. All best for your career.", "DingTalk", "dingtalk.example", frm="DingTalk <noreply@dingtalk.example>", tz="cn")
wr("wickr", "Wickr: 1 new message", "{sig}: {n} thanks for the tape. stunt double for the fall sequence is going to Leanne Cottrell, she's matched the lead before on two shows. good luck", "Wickr", "wickr.example", frm="Wickr <no-reply@wickr.example>", tz="cap")
wr("rover", "New message from {sig}", "Rover message\n\n{sig}: Hi {n}! Appreciate you reaching out about the dog-yard hand and handler role for the winter season. We ended up hiring Marit, who ran a team for us on the Tanana trail. Paws crossed for you!", "Rover", "rover.example", frm="Rover <messages@rover.example>", tz="usm")

# twins of the English wide refusals
wo("application_received", "mercari", "New message about your enquiry", "Mercari message from {sig}:\n\nhi {n}, got your note about helping with the weaving. i'm seeing two more folks this week. whoever i pick, you'll get my answer on here either way\n\nOpen the app to reply.", "Mercari", "mercari.example", frm="Mercari <notify@mercari.example>", tz="usc")
wo("application_received", "padlet", "{sig} posted on \"Studio Assistant 2026\"", "New post on the board Studio Assistant 2026:\n\n\"Thank you for the sample alphabets so far. I'll choose once the month is out, and each of you will get a reply under your own post, chosen or not. - {sig}\"\n\nSent to you as a follower of this padlet.", "Padlet", "padlet.example", frm="Padlet <notifications@padlet.example>", tz="uk")
wo("application_received", "poshmark", "You have a new comment", "{sig} commented on your message:\n\n\"Got your note about the workroom job, hon! Seeing people through Friday. If somebody else gets the job, you'll read it right here.\"", "Poshmark", "poshmark.example", frm="Poshmark <comments@poshmark.example>", tz="use")
wo("application_received", "helpx", "New message from your HelpX host", "HelpX: you have a message from host {sig} (Winton, QLD)\n\n\"G'day {n}, thanks for writing. We're sorting helpers for the spring muster this week. Yes or no, look for my answer here by Sunday.\"", "HelpX", "helpx.example", frm="HelpX <messages@helpx.example>", tz="auq")
wo("application_received", "kofi", "You have a new Ko-fi message", "Message from {sig}:\n\nHi {n}! Thanks for applying for the chart-reading assistant spot. I'm reading them all this fortnight, and everyone gets a personal answer, even if it's someone else.", "Ko-fi", "ko-fi.example", frm="Ko-fi <notifications@ko-fi.example>", tz="cae")
wo("application_received", "vimeo", "New message on Vimeo", "{sig} sent you a message:\n\n\"Hey {n}, got your reel for the armourer slot. Producers lock crew on the 12th. Should they pick someone they've used before, I'll still message you.\"", "Vimeo", "vimeo.example", frm="Vimeo <messages@vimeo.example>", tz="usp")
wo("application_received", "dropbox", "{sig} commented on \"apprentice_samples.pdf\"", "{sig} commented on apprentice_samples.pdf:\n\n\"Thanks {n}, received. I'll pick my apprentice before the month is out and comment on every applicant's file either way.\"\n\nView the comment in Dropbox.", "Dropbox", "dropbox.example", frm="Dropbox <no-reply@dropbox.example>", tz="za")
wo("application_received", "zulip", "#wardrobe > hiring", "{sig} (in #wardrobe > hiring):\n\n@**{n}** thanks for the portfolio! deciding the panto crew after the fitting day. if it ends up being one of the regulars, you'll hear it in this thread", "Zulip", "zulip.example", frm="Zulip <notifications@zulip.example>", tz="uk")
wo("application_received", "fiverr", "You've got a message on Fiverr", "{sig}: Hi {n}, thanks for your offer on my scrimshaw request. I'm comparing three sellers and will decide by Friday; if I choose another, you'll hear it here so you're not waiting.", "Fiverr", "fiverr.example", frm="Fiverr <messages@fiverr.example>", tz="use")
wo("application_received", "mpesa", "M-PESA confirmation", "QL{ref}Y Confirmed. Ksh150.00 sent to {n} from {sig}. Message: nimepokea ombi lako la kazi ya kuchunga mbuzi. nitakujibu wiki ijayo, upate au usipate.", "M-PESA", "mpesa.example", frm="M-PESA <mpesa@mpesa.example>", tz="ke")
wo("interview", "beermat", "Photo: note on a beermat", "[Photo attached by {sig}: writing on the back of a beermat]\n\n{n} - come and lay a length with us on {dl}, 8am at the lane end by the church. Unfortunately the pub kitchen's shut that week, so bring a flask. {sig}", "The Plough, Hedgelaying Crew", "ploughhedgers.example", tz="uk")
wo("interview", "jitsi", "Invitation: Jitsi meeting", "Hi {n},\n\nLet's talk about the beat keeper job on {dl} at 7pm: join at the meeting link \"estate-keeper\". Unfortunately the lodge signal is patchy, so I may drop out once.\n\n{sig}", "Jitsi", "jitsi.example", frm="{sig} via Jitsi Meet <no-reply@jitsi.example>", tz="uk")
wo("interview", "otter", "Otter.ai transcript: call with {sig}", "Otter transcript (auto)\n\n{sig} 0:01 Hi {n}, it's {sf}. 0:04 Are you free to meet the children on {dl}, around 3? 0:10 Unfortunately the road up is being resurfaced, so take the lake road. 0:16 See you then.", "Otter.ai", "otter.example", frm="Otter.ai <no-reply@otter.example>", tz="li")
wo("interview", "dingtalk", "[DingTalk] Message from {sig}", "{sig}: Dear {n}, your video is received. Please come to audition at our rehearsal hall on {dl} at 14:00. Unfortunately the hall has no air conditioning in this season, bring water.", "DingTalk", "dingtalk.example", frm="DingTalk <noreply@dingtalk.example>", tz="cn")
wo("interview", "chatwork", "[Chatwork] New message in Kure Shed Staff", "{sig}: @{n} Please visit the rope shed on {dl}, 10:00 start, for a trial on the laying machine? Unfortunately the nearest bus stop is closed for works, please come from the harbour side.", "Chatwork", "chatwork.example", frm="Chatwork <noreply@chatwork.example>", tz="jp")
wo("interview", "rover", "New message from {sig}", "Rover message\n\n{sig}: Hi {n}! Want to come out to the dog yard on {dl} and run a short team with me? Unfortunately the driveway is sheet ice right now, so park at the road.", "Rover", "rover.example", frm="Rover <messages@rover.example>", tz="usm")
wo("next_steps", "wickr", "Wickr: 1 new message", "{sig}: {n} liked the tape. send your stunt insurance cert and a current showreel link by {dl} so the coordinator can sign off", "Wickr", "wickr.example", frm="Wickr <no-reply@wickr.example>", tz="cap")
wo("next_steps", "taskrabbit", "New message on TaskRabbit", "TaskRabbit message from {sig}:\n\n\"Hi {n}, your quote looks good. Before I book, could you upload your public liability certificate by {dl}? Unfortunately the ladder access is only from next door's garden.\"", "TaskRabbit", "taskrabbit.example", frm="TaskRabbit <messages@taskrabbit.example>", tz="uk")
wo("next_steps", "ringcentral", "New text from {sig}", "RingCentral text message\nFrom: {sig}, Miss Lorena Trawling\n\n{n} - send me a photo of your TWIC card and your deckhand cert by {dl}, then you're down for the season.", "RingCentral", "ringcentral.example", frm="RingCentral <sms@ringcentral.example>", tz="usc")
wo("next_steps", "aircall", "Call note from Aircall", "Aircall - call summary\nFrom: {sig}, Bourke station office\nTo: {n}\nDuration: 2:40\n\nNote: Asked {n} to email a copy of their motorbike licence and first aid certificate by {dl} before we confirm the mustering round.", "Aircall", "aircall.example", frm="Aircall <callnotes@aircall.example>", tz="au")
wo("next_steps", "eggcarton", "Photo: egg carton lid", "[Photo attached: writing on the lid of an egg carton left on your doorstep]\n\n{n} - bring your food hygiene certificate to the kipper shed by {dl} and we'll sort a start. Unfortunately the yard gate sticks, lift it. {sig}", "Seahouses Kipper House", "seahouseskippers.example", tz="uk")
wo("offer", "zelle", "You received money with Zelle", "{sig} sent you $60.00\nMemo: travel advance. wrangler job is yours, see you at the barn {dl}. unfortunately the bunkhouse stove is broke still", "Zelle", "zelle.example", frm="Zelle <alerts@zelle.example>", tz="usm")
wo("offer", "monzo", "{sig} sent you £20.00", "{sig} sent you £20.00\nReference: diesel. droving job is yours from {dl} x\n\nOpen the Monzo app to see it.", "Monzo", "monzo.example", frm="Monzo <noreply@monzo.example>", tz="uk")
wo("offer", "parking", "Photo: parking ticket", "[Photo from {sig}: a note on the back of a parking ticket under your wiper]\n\nGolf club mole job is yours - start {dl}, 7am by the course shed. {sig}", "Morpeth Molecatching", "morpethmoles.example", tz="uk")
wo("offer", "feedsack", "Photo from {sig}", "[Photo: marker writing on an empty feed sack on the shed door]\n\nSHEARERS FOR THE AUTUMN RUN: Hemi, Rewi, {n}. Start {dl}, 6am. Unfortunately the quarters' hot water is dodgy.\n\n{n}, you're on the list, mate.", "Taihape Shearing Gang", "taihapeshearing.example", tz="nz")
wo("job_alert", "helpx-alert", "New hosts near you", "HelpX: new hosts looking for helpers near Longreach\n\n- Station hand, cattle, 3 months\n- Cook for the mustering crew\n- Post-and-wire helper, 6 weeks\n\nLog in to read the listings.", "HelpX", "helpx.example", frm="HelpX <alerts@helpx.example>", tz="auq")
wo("non_job_rejection_words", "poshmark-offer", "Your offer was declined", "{sig} turned down your $60 offer on \"Vintage swing coat, size M\". Try another offer, or look at similar coats.", "Poshmark", "poshmark.example", frm="Poshmark <offers@poshmark.example>", tz="use")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في الورشة", "السيد/ة {n}،\n\nشكراً لزيارتك ورشة الخناجر في إبراء الأسبوع الماضي. قررنا أن نسند عمل النقش على الأغماد إلى سعيد بن ناصر، وهو يعمل معنا منذ خمس سنوات.\n\nمع التقدير،\n{sig}\nخناجر إبراء", "خناجر إبراء", "ibrakhanjar.example", tz="om", lang="ar")
wo("application_received", "ar", "استلمنا طلبك", "السيد/ة {n}،\n\nوصلنا طلبك للعمل في قسم التلميع. سنختار خلال أسبوعين، وسنرد عليك برسالة سواء وقع الاختيار عليك أم على غيرك.\n\n{sig}\nخناجر إبراء", "خناجر إبراء", "ibrakhanjar.example", tz="om", lang="ar")
wr("de", "Ihre Bewerbung als Schildermaler", "Hallo {n},\n\nschön, dass Sie bei uns in der Werkstatt vorbeigeschaut haben. Die Stelle als Schildermaler übernimmt ab Februar Lukas Dold, der bei uns schon die Lehre gemacht hat.\n\nViele Grüße aus Schonach\n{sig}\nSchonacher Uhrenschild-Malerei", "Schonacher Uhrenschild-Malerei", "schonacheruhrenschild.example", tz="de", lang="de")
wo("interview", "de", "Probetag in der Werkstatt", "Hallo {n},\n\nkommen Sie doch am {dl} ab 9 Uhr zum Probearbeiten in die Werkstatt. Leider kann man vor der Werkstatt derzeit nicht parken, die Straße ist aufgerissen; am Bahnhof gibt es Plätze.\n\n{sig}\nSchonacher Uhrenschild-Malerei", "Schonacher Uhrenschild-Malerei", "schonacheruhrenschild.example", tz="de", lang="de")
wr("es", "Sobre la prueba en el obrador", "Hola {n}:\n\nQué bueno que viniste a probar al obrador. El puesto de bañadora quedó para Micaela, que ya nos daba una mano los sábados desde hace dos temporadas.\n\nUn saludo,\n{sig}\nAlfajores La Cañada, Córdoba", "Alfajores La Cañada", "alfajoreslacanada.example", tz="arg", lang="es")
wo("application_received", "es", "Recibimos tu solicitud", "Hola {n}:\n\nNos llegó tu mensaje por lo del reparto. Elegimos a fin de mes; te escribimos sí o sí, te toque o no.\n\n{sig}\nAlfajores La Cañada", "Alfajores La Cañada", "alfajoreslacanada.example", tz="arg", lang="es")
wr("fr", "Votre candidature à l'atelier", "Bonjour {n},\n\nRavie de vous avoir reçu à l'atelier. Pour le poste de peintre sur faïence, nous avons retenu Soizic, qui a fait sa formation chez nous l'an dernier.\n\nBien à vous,\n{sig}\nFaïencerie de l'Odet, Quimper", "Faïencerie de l'Odet", "faiencerieodet.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Suite de votre candidature", "Bonjour {n},\n\nPour avancer, merci de nous envoyer trois photos de pièces peintes et une attestation de formation avant le {dl}. Malheureusement notre boîte mail refuse les fichiers de plus de 10 Mo.\n\n{sig}\nFaïencerie de l'Odet", "Faïencerie de l'Odet", "faiencerieodet.example", tz="fr", lang="fr")
wr("hi", "भित्तिचित्र बहाली का काम", "प्रिय {n},\n\nहवेली के भित्तिचित्रों वाले काम के बारे में आपका पत्र पाकर खुशी हुई। यह काम हमने मंडावा के रमेश कुमावत को सौंपा है, जो पिछले आठ साल से हमारे साथ रंग घोलते हैं।\n\nसादर,\n{sig}\nझुंझुनू भित्तिचित्र संरक्षण केंद्र", "झुंझुनू भित्तिचित्र संरक्षण केंद्र", "jhunjhunufresco.example", tz="in", lang="hi")
wo("application_received", "hi", "आपका आवेदन मिला", "प्रिय {n},\n\nआपकी चिट्ठी पहुँच गई। काम आपको मिले या किसी और को, हम हर उम्मीदवार को फ़ोन पर ख़बर देंगे।\n\n{sig}\nझुंझुनू भित्तिचित्र संरक्षण केंद्र", "झुंझुनू भित्तिचित्र संरक्षण केंद्र", "jhunjhunufresco.example", tz="in", lang="hi")
wr("it", "Il posto alla bassina", "Gentile {n},\n\ngrazie per la visita al laboratorio. Per il posto alla bassina abbiamo preso Federica, la figlia del nostro capo reparto, che ci aiuta ogni estate.\n\nCordiali saluti,\n{sig}\nConfetteria Majella, Teramo", "Confetteria Majella", "confettimajella.example", tz="it", lang="it")
wo("offer", "it", "Proposta per il confezionamento", "Gentile {n},\n\nil posto al confezionamento è suo, a partire dal {dl}. Purtroppo il bar di fronte chiude per ferie in quel periodo.\n\n{sig}\nConfetteria Majella", "Confetteria Majella", "confettimajella.example", tz="it", lang="it")
wr("ja", "櫛挽き見習いの件", "{n}様\n\n先日は工房までお越しいただき、ありがとうございました。櫛挽き職人の見習いには、研修所を今春修了した方をお迎えすることになりました。\n\n{sig}\n木曽 お六櫛工房", "木曽 お六櫛工房", "kisocomb.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内", "{n}様\n\n{dl}午前10時に工房で面接をお願いできますでしょうか。あいにく工房前の駐車場は工事中ですので、公共交通機関をご利用ください。\n\n{sig}\n木曽 お六櫛工房", "木曽 お六櫛工房", "kisocomb.example", tz="jp", lang="ja")
wr("ko", "공방 보조 지원 결과", "{n} 님,\n\n공방에 지원해 주셔서 감사합니다. 이번 옹기 빚기 보조 자리는 지난 2년간 주말마다 함께 작업한 송민지 씨가 맡게 되었습니다.\n\n{sig} 드림\n울산 옹기공방", "울산 옹기공방", "ulsanonggi.example", tz="kr", lang="ko")
wo("next_steps", "ko", "다음 단계 안내", "{n} 님,\n\n{dl}까지 작업 사진 세 장과 건강진단서를 보내 주시면 다음 단계로 진행하겠습니다. 아쉽게도 공방 팩스는 고장 나서 이메일로만 받습니다.\n\n{sig} 드림\n울산 옹기공방", "울산 옹기공방", "ulsanonggi.example", tz="kr", lang="ko")
wr("pt", "O lugar de ajudante", "Olá {n},\n\nObrigada pelo interesse nas nossas estufas. O lugar de ajudante ficou para o Tiago, filho de um vizinho, que já fazia a fumagem connosco nos verões.\n\nCumprimentos,\n{sig}\nEstufas de Ananás da Fajã, São Miguel", "Estufas de Ananás da Fajã", "estufasfaja.example", tz="azo", lang="pt")
wo("offer", "pt", "Oferta de trabalho", "Olá {n},\n\nSe ainda quiser, o lugar de ajudante nas estufas fica consigo a partir de {dl}. Infelizmente a estrada da Fajã está em obras, conte com mais dez minutos.\n\n{sig}\nEstufas de Ananás da Fajã", "Estufas de Ananás da Fajã", "estufasfaja.example", tz="azo", lang="pt")
wr("ru", "Место ученика", "Здравствуйте, {n}!\n\nСпасибо, что приехали в мастерскую. На место ученика живописца мы взяли Алёну Зуеву, она уже год ходит к нам на вечерние занятия.\n\nС уважением,\n{sig}\nХолуйская мастерская росписи шкатулок", "Холуйская мастерская росписи шкатулок", "kholuyboxes.example", tz="ru", lang="ru")
wo("application_received", "ru", "Письмо получено", "Здравствуйте, {n}!\n\nВаше письмо о работе получено. Решение примем до конца месяца и в любом случае ответим, возьмём вас или другого человека.\n\n{sig}\nХолуйская мастерская росписи шкатулок", "Холуйская мастерская росписи шкатулок", "kholuyboxes.example", tz="ru", lang="ru")
wr("sw", "Kazi ya msimamizi", "Habari {n},\n\nAsante kwa kuja shambani wiki iliyopita. Kazi ya msimamizi wa wachumaji tumempa Salim Khamis, ambaye amefanya nasi misimu mitatu.\n\nWako,\n{sig}\nShamba la Viungo Mkuyuni, Morogoro", "Shamba la Viungo Mkuyuni", "morogoroviungo.example", tz="tz", lang="sw")
wo("offer", "sw", "Kazi ya kuanika karafuu", "Habari {n},\n\nTunafurahi kukupa kazi ya kuanika karafuu kuanzia {dl}. Kwa bahati mbaya gari la shamba ni bovu wiki hii, utakuja kwa bodaboda.\n\n{sig}\nShamba la Viungo Mkuyuni", "Shamba la Viungo Mkuyuni", "morogoroviungo.example", tz="tz", lang="sw")
wr("th", "ตำแหน่งหัวหน้าช่างย้อม", "เรียนคุณ{n}\n\nขอบคุณที่มาดูโรงย้อมครามเมื่อวันเสาร์ ตำแหน่งหัวหน้าช่างย้อม เราได้ให้พี่สมพร ซึ่งทำงานกับเรามาสี่ฤดูแล้ว\n\n{sig}\nบ้านครามพรรณา สกลนคร", "บ้านครามพรรณา", "sakonkhram.example", tz="th", lang="th")
wo("interview", "th", "นัดพูดคุยที่โรงย้อม", "เรียนคุณ{n}\n\nอยากชวนมาคุยกันที่โรงย้อมวันที่ {dl} ตอนเก้าโมง ตอนนี้ทางเข้าโรงย้อมกำลังปรับปรุงอยู่ ขับช้า ๆ นะ\n\n{sig}\nบ้านครามพรรณา", "บ้านครามพรรณา", "sakonkhram.example", tz="th", lang="th")
wr("tr", "Atölye başvurunuz", "Merhaba {n},\n\nAtölyemize geldiğiniz için teşekkürler. Kaşık ustası yardımcılığına, iki yıldır akşam kursumuza gelen Selin Arslan'ı aldık.\n\nSaygılarımla,\n{sig}\nMudurnu Kaşık Atölyesi", "Mudurnu Kaşık Atölyesi", "mudurnukasik.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Başvurunuzla ilgili", "Merhaba {n},\n\n{dl} tarihine kadar üç çalışma fotoğrafı ve sağlık raporu gönderirseniz süreci sürdüreceğiz. Maalesef atölye telefonu bu hafta arızalı.\n\n{sig}\nMudurnu Kaşık Atölyesi", "Mudurnu Kaşık Atölyesi", "mudurnukasik.example", tz="tr", lang="tr")
wr("ur", "شاگرد کی جگہ", "محترم {n}،\n\nورکشاپ آنے کا شکریہ۔ کندہ کاری کے شاگرد کی جگہ ہم نے استاد رحمت کے بھتیجے عمران کو دے دی ہے، وہ تین برس سے یہیں کام سیکھ رہا ہے۔\n\nخیر اندیش،\n{sig}\nچنیوٹ جھروکا ورکشاپ", "چنیوٹ جھروکا ورکشاپ", "chiniotjharoka.example", tz="pk", lang="ur")
wo("next_steps", "ur", "اگلا مرحلہ", "محترم {n}،\n\n{dl} تک اپنا شناختی کارڈ اور کام کی تین تصویریں بھیج دیں۔ افسوس کہ ورکشاپ کا فون آج کل خراب ہے۔\n\n{sig}\nچنیوٹ جھروکا ورکشاپ", "چنیوٹ جھروکا ورکشاپ", "chiniotjharoka.example", tz="pk", lang="ur")
wr("zh", "关于刻版学徒", "{n}您好：\n\n感谢您来作坊面试。刻版学徒的位置，我们已经给了在我们这儿做了两年临时工的小刘。\n\n祝好\n{sig}\n杨家埠木版年画作坊", "杨家埠木版年画作坊", "yangjiabuprints.example", tz="cn", lang="zh")
wo("application_received", "zh", "申请已收到", "{n}您好：\n\n您的申请我们已收到。本月底前决定，不论是否录用，都会给您回电话。\n\n{sig}\n杨家埠木版年画作坊", "杨家埠木版年画作坊", "yangjiabuprints.example", tz="cn", lang="zh")
# new to the slices
wr("kru", "पत्तल खटी गे कमी", "जोहार {n},\n\nपत्तल खटी गे नीन अर्जी चिच्का, धन्यबाद। ई कमी एम गुमला नू रई ओन्द आलस गे चिअर, आस एमहैं संग दुई बछर ती कमी नंज्जस।\n\n{sig}\nगुमला सखुआ पत्तल खटी", "गुमला सखुआ पत्तल खटी", "gumlapattal.example", tz="in", lang="kru")
wo("application_received", "kru", "नीन अर्जी", "जोहार {n},\n\nनीन अर्जी एम अम्बा। चुन्ना मला चुन्ना, एम नीन गे फोन नू बाचोत।\n\n{sig}\nगुमला सखुआ पत्तल खटी", "गुमला सखुआ पत्तल खटी", "gumlapattal.example", tz="in", lang="kru")
wr("kfa", "ತೋಟ ಪಣಿ", "{n}ಕ್ ನಮಸ್ಕಾರ,\n\nಎಂಗಡ ತೋಟತ್ ಪಣಿಕ್ ಅರ್ಜಿ ಕೊಡ್ತದಕ್ ನನ್ನಿ. ಮೇಸ್ತ್ರಿ ಪಣಿನ ನಂಗ ಮೂಣ್ ವರ್ಷತ್ತಿಂಜ ಎಂಗಡ ಕೂಡೆ ಪಣಿ ಎಡ್ಕುವ ಬೋಪಯ್ಯಂಗ್ ಕೊಡ್ತಿತ್.\n\n{sig}\nವಿರಾಜಪೇಟೆ ಅಡಿಕೆ ತೋಟ", "ವಿರಾಜಪೇಟೆ ಅಡಿಕೆ ತೋಟ", "virajpetareca.example", tz="in", lang="kfa")
wo("application_received", "kfa", "ಅರ್ಜಿ ಬಾತ್", "{n}ಕ್ ನಮಸ್ಕಾರ,\n\nನಿಂಗಡ ಅರ್ಜಿ ಬಾತ್. ಆರಿಸಿಯೋ ಆರಿಸಾದಿಯೋ, ನಂಗ ಫೋನ್ ಮಾಡಿ ಪೇಳುವ.\n\n{sig}\nವಿರಾಜಪೇಟೆ ಅಡಿಕೆ ತೋಟ", "ವಿರಾಜಪೇಟೆ ಅಡಿಕೆ ತೋಟ", "virajpetareca.example", tz="in", lang="kfa")
wr("brh", "کھلہ نا کار", "{n} جان، سلام\n\nکھلہ آ کار کن نا درخواست کن منت وار۔ دا کار ئے نن حاجی شیرو نا مار نا اے تسن، او مسہ سال آن نا کھلہ ٹی کار کیک۔\n\n{sig}\nمستونگ نا کھلہ", "مستونگ نا کھلہ", "mastungthreshers.example", tz="pk", lang="brh")
wo("interview", "brh", "کھلہ آ بس", "{n} جان، سلام\n\n{dl} نا دے صبا نو بجہ آ کھلہ آ بس، گپ کین۔ افسوس کہ کسر جوڑ مرسہ ءِ، ہلکو ءِ بس۔\n\n{sig}\nمستونگ نا کھلہ", "مستونگ نا کھلہ", "mastungthreshers.example", tz="pk", lang="brh")
wr("mdf", "Тевть колга", "Шумбрат, {n}!\n\nСюкпря, мастерскяйнек састь. Тоезень тевс максоть Анна Пиксаевати, сон кафта кизе тиенди минь мархтонк карть.\n\n{sig}\nТемниковонь карть мастерской", "Темниковонь карть мастерской", "temnikovlapti.example", tz="ru", lang="mdf")
wo("application_received", "mdf", "Сёрмац сась", "Шумбрат, {n}!\n\nТонь сёрмац сась. Кочкатама ли тонь или лия ломанть, минь сёрматтама тейть ков ётай.\n\n{sig}\nТемниковонь карть мастерской", "Темниковонь карть мастерской", "temnikovlapti.example", tz="ru", lang="mdf")
wr("lua", "Mudimu ku moulin", "Moyo {n},\n\nTuakusakidila bua dilomba diebe dia mudimu ku moulin wetu. Mudimu eu tuakawupa Kabongo Tshimanga, udi mutuenze nende mudimu bidimu bisatu.\n\n{sig}\nMoulin wa Fufu wa Kananga", "Moulin wa Fufu wa Kananga", "kanangafufu.example", tz="cd", lang="lua")
wo("application_received", "lua", "Dilomba diebe", "Moyo {n},\n\nTuakapeta dilomba diebe. Nebakusungule anyi kabakusungudi, netukutumine mukanda ku ndekelu kua ngondo.\n\n{sig}\nMoulin wa Fufu wa Kananga", "Moulin wa Fufu wa Kananga", "kanangafufu.example", tz="cd", lang="lua")
wr("naq", "Sîsen ǃoa", "ǃGâi tsēs {n},\n\nKai ǂkhîba ts ge ra ǂâi, sîsenǃkhaisa ǃoa ts ge ǃgû hâ ǁîb ǃoa. Nē sîsens ge Petrus ǃKharuxab ǁîb ǃnâ ge mā hâ, ǁîb ge ǃnona kurigu ǃnâ sada ǃnâ ge sîsen hâ.\n\n{sig}\nKokerboom Kamp, Keetmanshoop", "Kokerboom Kamp", "kokerboomkamp.example", tz="na", lang="naq")
wr("mak", "Jama' ri bantilang", "Tabe' {n},\n\nTarima kasi' lanri surá' pappala'nu jama' ri bantilang pinisi'ta. Anne jama'-jama'a nisareammi Daeng Rowa, ana'na panrita lopi ri Tana Beru, ammantangmi ri katte tallung taung.\n\n{sig}\nBantilang Pinisi Bulukumba", "Bantilang Pinisi Bulukumba", "bulukumbapinisi.example", tz="mks", lang="mak")
wo("next_steps", "mak", "Surá' parallu", "Tabe' {n},\n\nKipa'risiki fotokopi KTP siagang surá' kasehatan sa'genna {dl}. Ma'minasaki nakibattu ri bantilang.\n\n{sig}\nBantilang Pinisi Bulukumba", "Bantilang Pinisi Bulukumba", "bulukumbapinisi.example", tz="mks", lang="mak")
wr("wal", "Oosuwaa xeesaa", "Saro {n},\n\nNu oosuwaa oychchido gishshawu galatays. Ha oosuwaa heezu layttaa nuuura oottida Markos Dana nu doorida.\n\n{sig}\nSooddo Uttaa Goshsha", "Sooddo Uttaa Goshsha", "soddoenset.example", tz="et", lang="wal")
wo("interview", "wal", "Beettana danddayay?", "Saro {n},\n\n{dl} gallas maallado saaton 3 gaden nuna beettana danddayay? Hirggissiyay, ogee giigibeenna, guutta kase kiya.\n\n{sig}\nSooddo Uttaa Goshsha", "Sooddo Uttaa Goshsha", "soddoenset.example", tz="et", lang="wal")
wr("dje", "Goyo ga", "Fofo {n},\n\nIri na ni wiyo goyo ga. Hayni kanji fondo goyo, iri na a no Abdou Seyni se, nga kaŋ n'i goy iri banda jiiri hinza.\n\n{sig}\nDosso Hayni Fedaration", "Dosso Hayni Fedaration", "dossohayni.example", tz="ne", lang="dje")
wo("offer", "dje", "Goyo ya ni wane", "Fofo {n},\n\nIri ga ni no goyo, ni ga sintin {dl} susubay. Amma mobiliyo ši goy hunkuna, ni ma kaa ce.\n\n{sig}\nDosso Hayni Fedaration", "Dosso Hayni Fedaration", "dossohayni.example", tz="ne", lang="dje")
wr("mnk", "Dookuu", "I ni wuuraa {n},\n\nAbaraka i la bataakoo la. Ñin dookuu, ntolu ye a dii Musa Mané le la, a ye dookuu ke ntolu ye sanji saba.\n\n{sig}\nSédhiou Findo Kafoo", "Sédhiou Findo Kafoo", "sedhioufonio.example", tz="sn", lang="mnk")

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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "mdf": "{dd}.{mm}.{y}",
    "hi": "{d}/{m}/{y}", "kru": "{d}/{m}/{y}", "kfa": "{dd}-{mm}-{y}",
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
        rec["id"] = f"blind46:{short}-{counters[short]:03d}"
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
