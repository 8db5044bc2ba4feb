# ruff: noqa: E501, S311
"""Write the forty-ninth sealed blind slice for issue 11 (blind-slice-49.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 49 and later never read; our side printed)
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

SEED = 490491
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-49.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 49
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Fenella Quarrie", "Oyelaran Adesina", "Trisha Mukherjee", "Cillian Furey", "Nomsa Khoza",
    "Rāwiri Tuhoe-Kerr", "Méabh Cassidy", "Ketan Bhardwaj", "Gwenllian Rees", "Ifeoma Nnadi",
    "Priscilla Amankwah", "Sizwe Mabaso", "Lavanya Sekar", "Struan Maclennan", "Chidinma Eze",
    "Kirra Donnellan", "Hineāra Pōtae", "Ciarán Ó Riada", "Anjali Thakur", "Bláthnaid Mulhern",
    "Dineo Mothibe", "Carys Vaughan", "Yuvraj Sethi", "Roxana Stanciu", "Brodie Talbot",
    "Esi Quansah", "Karabo Ntuli", "Nikhil Apte", "Fionnuala Fennelly", "Yaw Darko",
    "Euan Gilfillan", "Shirin Farahani", "Tilda Gosling", "Varun Pillai", "Sadhbh Nic Aodha",
    "Olamide Fashola", "Cressida Vane", "Losaline Fifita", "Tadhg Comerford", "Lindiwe Mahlangu",
    "Ishaan Malhotra", "Innes Sutherland", "Chukwuma Ikenna", "Ragnhild Sørlie", "Krzysztof Wójcik",
    "Manaia Ropata", "Rhodri Powys", "Oluwakemi Olaniyan", "Kerensa Trewin", "Navneet Bajwa",
]
REGION_SIGNERS = {
    "uk": ["Philippa Granger", "Duncan Lumsden", "Shabnam Akhtar", "Gethin Morgan", "Lorraine Eastwood", "Hector Kinnaird",
           "Jaspreet Nijjar", "Bev Holroyd", "Angus Tulloch", "Maxine Sturgess", "Yaa Owusu-Bempah", "Catriona Munn"],
    "ie": ["Enda Costigan", "Muireann Hegarty", "Pádraig Lenihan", "Treasa Clancy", "Conal Spillane"],
    "us": ["Shelby Kranz", "Maricruz Avila", "Demetrius Hollins", "Courtney Balik", "Kurt Erickson", "Luz Elena Tafoya"],
    "ca": ["Geneviève Lapointe", "Harjit Grewal", "Rodney Sawchuk", "Solange Bérubé", "Merle Bighetty"],
    "au": ["Leanne Pocock", "Vasilis Papadakis", "Kasey Ashby-Rowe", "Quang Tran", "Craig Dunstan"],
    "nz": ["Ngaire Tūhoe", "Briar Lusk", "Tavita Leiataua", "Grant Loudon", "Ripeka Kawhia"],
    "za": ["Lwazi Mkhize", "Marietjie Botha", "Naledi Radebe", "Pieter Joubert", "Fatima Ebrahim"],
    "in": ["Vasanthi Sundaram", "Rajiv Khandelwal", "Sunanda Ghosh", "Harish Chandra Pant", "Kavita Deshmukh"],
    "ke": ["Wanjiru Kamau", "Otieno Ochieng", "Halima Abdi"],
    "ng": ["Folake Adebayo", "Ikechukwu Obi", "Hauwa Lawal"],
    "bg": ["Desislava Petrova", "Radu Munteanu", "Ioana Vasilescu", "Stoyan Dimitrov"],
    "cz": ["Petra Dvořáková", "Tomáš Novotný", "Zsófia Kovács", "Gábor Szabó"],
    "np": ["Sabina Shrestha", "Rajendra Maharjan", "Anita Tamrakar"],
    "mp": ["Josephine Cabrera", "Delbert Tenorio", "Shaniqua Penn", "Rudolph Fahie"],
    "zm": ["Mwila Bwalya", "Nangula Shikongo", "Chanda Musonda"],
    "sau": ["Faisal Al-Harbi", "Reem Al-Qahtani"],
    "bd": ["Tanvir Hasan", "Sharmin Sultana"],
    "kr": ["Park Ji-hoon", "Kim Yuna"],
    "jp": ["Sato Haruka", "Ishikawa Ren"],
    "dk": ["Mette Kjærgaard", "Søren Lund"],
    "nl": ["Femke de Groot", "Joost van Dijk"],
    "fr": ["Hélène Marchand", "Bastien Roussel"],
    "be": ["Annelies Peeters", "Wout Claes"],
    "pl": ["Magdalena Sikora", "Paweł Nowicki"],
    "arg": ["Facundo Ledesma", "Romina Acuña"],
    "mx": ["Rigoberto Salinas", "Guadalupe Ortega"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "hst": "us", "ak": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
    "ro": "bg", "hu": "cz", "vg": "mp", "na": "zm",
}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "خالد الزعبي"], "de": ["Renate Wehrle", "Matthias Kirner"],
    "es": ["Jacinto Ramírez", "Rufina Mendoza"], "fr": ["Sylvie Couderc", "Aurélien Bessière"],
    "hi": ["शबनम अंसारी", "दिनेश मौर्य"], "it": ["Ornella Zanetti", "Alvise Moretti"],
    "ja": ["今泉 良子", "深川 修"], "ko": ["황보미란", "윤태식"], "pt": ["Conceição Bordalo", "Artur Gameiro"],
    "ru": ["Галина Кулешова", "Виктор Ерохин"], "sw": ["Bi Zuhura Saidi", "Mzee Rashidi Kombo"],
    "th": ["บุญเรือน คำแสน", "สมศักดิ์ ปัญญาดี"], "tr": ["Fadime Özkan", "Mustafa Çetinkaya"],
    "ur": ["رخسانہ بلوچ", "اعجاز میمن"], "zh": ["林秀琴", "苏建国"],
    "xsr": ["ཕུར་པ་ལྷ་མུ", "ངག་དབང་བསྟན་འཛིན"], "gvr": ["मनकुमारी गुरुङ", "टेकबहादुर गुरुङ"],
    "iru": ["மாதி", "வடிவேல்"], "vmw": ["Amina Sufo", "Momade Assane"],
    "dtp": ["Jenny Gimbang", "Rusdin Lungkas"], "cho": ["Marlene Billy", "Gerald Wesley"],
    "pon": ["Lihda Eperiam", "Kioshi Edmund"], "tzh": ["María Gómez Guzmán", "Sebastián Jiménez Cruz"],
    "sid": ["Tigist Hanna", "Abebe Dukamo"], "kau": ["Fatima Bukar", "Modu Kachalla"],
}
LANG_RECIPIENTS = {
    "ar": ["دانة الخطيب", "يزن العبادي"], "de": ["Franziska Heizmann", "Jonas Faller"],
    "es": ["Citlali Hernández", "Ulises Vásquez"], "fr": ["Camille Vigouroux", "Théo Marty"],
    "hi": ["रुबीना खातून", "अमरजीत बिंद"], "it": ["Elena Scarpa", "Nicolò Vianello"],
    "ja": ["前田 梨沙", "藤原 大輝"], "ko": ["오세림", "남궁현우"], "pt": ["Inês Paiva", "Rúben Carvalhal"],
    "ru": ["Анастасия Прохорова", "Илья Захарченко"], "sw": ["Neema Mwakyusa", "Baraka Shija"],
    "th": ["พิมพ์ชนก ใจดี", "อนุชา แก้วมณี"], "tr": ["Elif Kocabaş", "Burak Yazıcı"],
    "ur": ["مہوش جتوئی", "عاطف سومرو"], "zh": ["陈思敏", "郑浩然"],
    "xsr": ["པ་སངས་སྒྲོལ་མ", "མིང་མ་ཚེ་རིང"], "gvr": ["सुनिता गुरुङ", "बिमल घले"],
    "iru": ["செல்வி", "முருகன்"], "vmw": ["Fátima Ossufo", "Abdul Mussa"],
    "dtp": ["Alice Majalang", "Benedict Sumpit"], "cho": ["Rhonda Noahubi", "Colton Tubby"],
    "pon": ["Mary Ann Ligohr", "Pernis Hadley"], "tzh": ["Juana López Santiz", "Pedro Méndez Díaz"],
    "sid": ["Meseret Lemma", "Dawit Dalecha"], "kau": ["Aisha Goni", "Bulama Kolo"],
}
GIVEN = {
    "Ciarán Ó Riada": "Ciarán", "Sadhbh Nic Aodha": "Sadhbh", "Rāwiri Tuhoe-Kerr": "Rāwiri",
    "Harish Chandra Pant": "Harish", "Luz Elena Tafoya": "Luz", "Park Ji-hoon": "Ji-hoon", "Kim Yuna": "Yuna",
    "Sato Haruka": "Haruka", "Ishikawa Ren": "Ren", "Faisal Al-Harbi": "Faisal", "Reem Al-Qahtani": "Reem",
    "Bi Zuhura Saidi": "Zuhura", "Mzee Rashidi Kombo": "Rashidi", "María Gómez Guzmán": "María",
    "Sebastián Jiménez Cruz": "Sebastián", "Juana López Santiz": "Juana", "Pedro Méndez Díaz": "Pedro",
    "Mary Ann Ligohr": "Mary Ann", "Yaa Owusu-Bempah": "Yaa", "Kasey Ashby-Rowe": "Kasey",
}
PROVIDERS = ["wagtailmail", "fieldfare-post", "tuimail", "bulbulbox", "godwitwire", "dunnockmail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "vg": ("-0400", None, ""), "mx": ("-0600", None, ""), "arg": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "na": ("+0200", None, ""),
    "mz": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""),
    "jo": ("+0300", None, ""), "sau": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "mp": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "fm": ("+1100", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cam", "cap", "vg", "mp")


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
    TEMPLATES.append(T(part, label, kind, f"blind49-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("r-wd-ignition", "Requisition {ref} – {role} – closed",
   "Hello {n},\n\nRequisition {ref} ({role}, {x}) closed this week without an external interview round. When the {y} line was wound down, one of its fitters was redeployed into the post under our internal redeployment policy and has already started.\n\nYour profile stays in the candidate home; no further step sits with you on this requisition.\n\nTalent Acquisition\n{co}",
   ("Corbridge Ignition Components", "Lambton Carburettor Works"), ("corbridge-ignition.example", "lambtoncarb.example"),
   frm="{co} Careers <myworkday@{dom}>", role=("Maintenance Technician", "Cell Leader – Machining"),
   tz=("uk", "cae"), x=("Guildford site", "Welland plant"), y=("spark plug ceramic", "float-bowl casting"))
mr("r-gh-windsock", "Your application to {co}",
   "Hi {n},\n\nOur {role} offer went to someone who has sewn ripstop {x} for the last seven years, and she accepted it on Monday.\n\nThe stack of applications was bigger than we expected for a team of nine, and yours made the longlist. Maybe our paths will cross again.\n\n{sig}\nPeople Team, {co}",
   ("Gustline Windsocks", "Tinkle & Tide"), ("gustline.example", "tinkletide.example"),
   frm="{sig} <no-reply@us.greenhouse-mail.example>", role=("Sewing Lead", "Production Maker"), tz=("use", "ie"),
   x=("for airfield and festival clients", "and strung tuned tubes for a garden-centre supplier"))
mr("r-lv-chessboard", "{role} – {co}",
   "{n},\n\nOn Thursday the hiring group settled on someone with five years behind a CNC router cutting {x}. That ends the search for the {role} opening.\n\nIt was a pleasure to read about your cabinet work, and the photos of your dovetails went round the whole office.\n\n{sig}\n{co}",
   ("Rankfile Chessboards", "Spotted Seven Dominoes"), ("rankfile.example", "spottedseven.example"),
   frm="{sig} <{sl}@hire.lever-mail.example>", role=("Router Operator", "Finishing Technician"), tz=("usp", "nz"),
   x=("inlaid maple squares", "bone-white cast pieces"))
mr("r-sr-periscope", "Update on your application – {role}",
   "<html><body><p>Dear {n},</p><p>Please see the current record for your application below.</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Closed – position taken up by another applicant</td></tr></table><p>We enjoyed your prism sketches; cheers for those.</p><p>{co} Recruitment</p></body></html>",
   ("Upscope Periscopes Ltd", "Farsight Binoculars Pty"), ("upscope.example", "farsight-optical.example"),
   frm="{co} <jobs@{dom}>", role=("Optical Assembler", "Prism Lapper"), tz=("uk", "au"))
mr("r-ic-barrow", "{co}: {role} (Req. {ref})",
   "Dear {n},\n\nOnly applicants listing two or more years at a {x} were moved forward on the {role} requisition. Your application is therefore marked \"Not Selected – Minimum Qualifications\".\n\nThe candidate portal shows this status and lists our other openings.\n\n{co} Talent Team",
   ("Trundle Barrow Manufacturing", "Sprinkwell Can Co."), ("trundlebarrow.example", "sprinkwell.example"),
   frm="{co} <icims-noreply@{dom}>", role=("Press Operator", "Can Seamer Operator"), tz=("usc", "cam"),
   x=("press brake", "rolled-seam line"))
mr("r-tl-bollard", "{co} – Job {ref}",
   "Dear {n},\n\nThe status of your submission for job {ref}, {role}, has been updated.\n\nDisposition: Not Hired – Alternate Candidate Selected\n\nCandidates may review their submissions at any time under My Jobpage.\n\n{co} Human Resources",
   ("Kerbstop Bollard Systems", "Veldspan Mudguards"), ("kerbstop.example", "veldspan.example"),
   frm="{co} <taleo-notify@{dom}>", role=("Galvanising Line Operator", "Rotomould Technician"), tz=("usm", "za"))
mr("r-wk-beeswax", "{role} at {co}",
   "Hi {n},\n\n{x} people applied for the {role} job, and we interviewed six of them. We're hiring a maker who has poured {y} in her own kitchen business for four years; she starts in a fortnight.\n\nThank you for the sample you posted in, which the team admired.\n\n{sig}\n{co}",
   ("Waxwrap & Co", "Hivegold Propolis"), ("waxwrap.example", "hivegold.example"),
   frm="{sig} via Workable <noreply@workablemail.example>", role=("Production Assistant", "Tincture Maker"),
   tz=("uk", "auq"), x=("Seventy-seven", "Forty-two"), y=("beeswax onto cotton", "propolis tinctures"))
mr("r-bb-doily", "{co} – {role}",
   "Hi {n},\n\nA quick update from us. {x} from despatch asked to move across to the {role} post, and after a trial week on the looms the job is now hers.\n\nThat closes the vacancy. Thanks a million for applying at all, and for making the trip in.\n\n{sig}\n{co}",
   ("Fernlace Tablecloths", "Ballydoyle Doilies"), ("fernlace.example", "ballydoyle-doilies.example"),
   frm="{sig} <{sl}@{dom}>", role=("Pattern Bench Minder", "Doily Edger"), tz=("cat", "ie"), x=("Roberta", "Noreen"))
mr("r-tt-roseoil", "{role} – {co}",
   "Dear {n},\n\nMany thanks that you wrote to us. The position {role} we have given to colleague who is working already in our {x}, because she knows the process from the beginning.\n\nYour CV stays with us half year, then it is deleted.\n\nWith respect,\n{sig}\n{co}",
   ("Kazanlak Rose Oil Company", "Sibiu Snowdome Makers"), ("kazanlakrose.example", "sibiuglobes.example"),
   frm="{sig} <{sl}@{dom}>", role=("Still Operator", "Painting Assistant"), tz=("bg", "ro"),
   x=("picking team since three seasons", "packing department"))
mr("r-ps-gingerbread", "Application {ref} – {role}",
   "Dear {n},\n\nour team chose to go on with one candidate having longer practice in {x}. This is why we end the process for you at this point.\n\nBy our privacy rules, the files you sent are removed six months once recruitment is closed.\n\nBest regards\n{sig}\nHR, {co}",
   ("Pardubice Perníkárna", "Szeged Scythe Works"), ("pardubice-gingerbread.example", "szegedscythe.example"),
   frm="{co} <jobs@{dom}>", role=("Gingerbread Artisan", "Scythe Peener"), tz=("cz", "hu"),
   x=("piping fine patterns by hand", "hammer-peening of blades"))
mr("r-pp-shuttle", "{co}: {role} application",
   "Dear {n},\n\nYour online assessment for {role} is scored. Your score was {x}. For this vacancy the interview line was set at {y}, so the application will not be carried further.\n\nOnward, and good hunting.\n\n{co} Hiring Team",
   ("Jalandhar Feather Shuttlecocks", "Sweetspot Hockey"), ("featherjal.example", "kiwiturf.example"),
   frm="{co} <notifications@pinpointmail.example>", role=("Quality Checker", "Layup Technician"), tz=("in", "nz"),
   x=("16 of 32", "21 of 45"), y=("22", "29"))
mr("r-jz-snowcone", "{role}",
   "Hey {n},\n\nThanks for putting in for {role}. We went with a fella who {x} the last three summers, and the crew is full now.\n\nWatch our page next spring.\n\n{sig}\n{co}",
   ("Frostbite Snow Cones", "Midway Funnel Cakes"), ("frostbitecones.example", "bigtopfunnel.example"),
   frm="{sig} <{sl}@applicants.jazzmail.example>", role=("Concession Trailer Lead", "Fry Station Lead"), tz=("usc", "use"),
   x=("ran the shaved-ice trailer at the county fair", "ran the batter station on the state fair midway"))
mr("r-ab-bowl", "Your application for {role}",
   "Dear {n},\n\nMany thanks for coming to both interviews. The hiring team has decided for the other candidate of the last round for the {role} post. It was not simple because both of you showed good skill.\n\nGood luck to you for future.\n\n{sig}\n{co}",
   ("Bhaktapur Kansa Works", "Lalitpur Repoussé Karkhana"), ("bhaktapurbowls.example", "lalitpurrepousse.example"),
   frm="{sig} <{sl}@{dom}>", role=("Workshop Coordinator", "Repoussé Artisan"), tz="np")
# once
mr("r-chowder", "Line cook",
   "Hi {n},\n\nMy cousin's daughter Tori, who's worked our pass every July since she was fifteen, said yes to the line cook job yesterday. Thanks for coming by the shack and for the fish you gutted at the trial.\n\n{sig}\nHarborlight Chowder, Ogunquit",
   "Harborlight Chowder", "harborlightchowder.example", tz="use")
mr("r-arepa", "Griddle position",
   "Hola {n},\n\nThe griddle job went to Yulimar Paredes, who has been making arepas at her aunt's place on 37th Avenue for years. Gracias for stopping in on Saturday.\n\n{sig}\nLa Budarera Arepera, Jackson Heights",
   "La Budarera Arepera", "labudarera.example", tz="use")
mr("r-bunnychow", "Counter job",
   "Morning {n},\n\nQuick note: the counter job at the shop has gone to Kubeshnie, my brother's eldest. She's already been helping with the quarter loaves on Saturdays.\n\nThanks for coming through.\n{sig}\nQuarter Loaf Eats, Chatsworth",
   "Quarter Loaf Eats", "quarterloaf.example", tz="za")
mr("r-snowshoe", "Lacing bench",
   "Hello {n},\n\nThe lacing bench has gone to Loïc Sioui, who laced babiche for his grandfather in Wendake for twenty winters. We enjoyed your trial morning and the good questions about babiche.\n\n{sig}\nAtelier Raquette Boréale",
   "Atelier Raquette Boréale", "raquetteboreale.example", tz="cae")
mr("r-poolcue", "The apprentice spot",
   "Hi {n},\n\nDonal's nephew Fiachna Kirwan is starting as our apprentice on Monday, so the spot is taken. Thanks for calling out to the workshop, and best of luck.\n\n{sig}\nKirwan Cues, Enniscorthy",
   "Kirwan Cues", "kirwancues.example", tz="ie")
mr("r-skiwax", "Workshop tech",
   "Kia ora {n},\n\nCheers for coming in. We've given the workshop tech job to Hamish Cottle, who did the race-tuning at the club for the last four winters.\n\n{sig}\nGlide Lab Wānaka",
   "Glide Lab Wānaka", "glidelab.example", tz="nz")
mr("r-beehive", "Assembly hand",
   "G'day {n},\n\nThe assembly hand job has gone to Shaylee Doig, a local who's been nailing boxes together for us casually since March.\n\nThanks for the interest.\n{sig}\nBoxbrood Ltd, Oberon",
   "Boxbrood Ltd", "boxbrood.example", tz="au")
mr("r-dovecote", "Restoration labourer",
   "Dear {n},\n\nI have taken on Jem Ashdown, who worked with us on the Ditchling dovecote last spring, as restoration labourer for this season.\n\nThank you for writing, and for the photographs of your lime-pointing.\n\n{sig}\nPigeonhole Restorations",
   "Pigeonhole Restorations", "pigeonhole-conservation.example", tz="uk")
mr("r-hipflask", "Etching assistant",
   "Hello {n},\n\nA short note to say the etching assistant post has gone to Bernadette Lomas, who did our Christmas rush last year and knows the pantograph already.\n\nThank you for applying.\n{sig}\nPewterpocket Flasks, Attercliffe",
   "Pewterpocket Flasks", "pewterpocket.example", tz="uk")
mr("r-dholak", "Karigar post",
   "Dear {n} ji,\n\nThe karigar post for rope tensioning is filled by Shri Mohammad Salim's son Arif, who has worked with his father in our shop since childhood.\n\nThank you for visiting.\n{sig}\nAmroha Dholak House",
   "Amroha Dholak House", "amrohadholak.example", tz="in")
mr("r-chai", "Stall helper",
   "Dear {n},\n\nThe stall helper job is given to Raju, the son of the paanwala next door, who already knows all our regulars.\n\nThank you for coming.\n{sig}\nKadak Chai Adda, Ujjain",
   "Kadak Chai Adda", "kadakchai.example", tz="in")
mr("r-mandazi", "Kiosk attendant",
   "Hello {n},\n\nThe kiosk attendant work has been given to Nekesa Wanyama, she was helping my sister at the Kapsabet stall before. Asante for the trial frying.\n\n{sig}\nMama Pendo Mandazi Kiosk",
   "Mama Pendo Mandazi Kiosk", "mamapendo.example", tz="ke")
mr("r-vadapav", "Cart job",
   "Hi {n},\n\nOur cart job is taken by Santosh More, who fried batata vada at his uncle's cart near Dadar station for three years.\n\nThanks for your time.\n{sig}\nGaram Vada Pav Gaadi",
   "Garam Vada Pav Gaadi", "garamvadapav.example", tz="in")
mr("r-roofrack", "Fitter job",
   "Hi {n},\n\nGood to chat last week. We've put on Corey Wyllie for the fitter job; he's been doing our weekend installs at the Midland depot for a while.\n\nAll the best,\n{sig}\nCrossbar Carriers",
   "Crossbar Carriers", "crossbar-racks.example", tz="wa")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("r-th-balloon", "RE: [EXT] Re: Ground crew – trial morning",
   "Hi {n},\n\nCheers again for being up at half five for the launch, and for the help packing the envelope away. The pilots had a chat on Friday and {x} has taken the ground crew job. {y}\n\nSafe travels,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Ground crew – trial morning\n\nHi {sf}, I've sent over my licence details as you asked. Thanks for the early start!\n",
   ("Skyward Balloon Flights", "Dawnlift Ballooning"), ("skywardballoons.example", "dawnlift.example"), tz=("uk", "nz"),
   x=("Kerry Baines", "Tama Herewini"), y=("He's been chasing our retrieve vehicle for two seasons already.", "He's been our weekend retrieve driver since last summer."))
mr("r-th-backgammon", "Re: [EXT] Re: Evening host",
   "Hey {n},\n\nSo glad you came in for the games evening. We're giving the host job to {x}, one of our Tuesday league players.\n\nThanks for teaching table four how to bear off properly!\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the evening, I had fun. Happy to send references.\n",
   ("The Doubling Cube", "Gammon & Tonic"), ("doublingcube.example", "gammontonic.example"), tz=("usp", "cac"),
   x=("Nico Ferrante", "Stacey-Lynn Okimaw"))
mr("r-th-sidecar", "RE: [EXT] RE: Tour driver",
   "Hi {n},\n\nMany thanks for riding out with us on Wednesday. After talking it over, we're handing the tour driver job to {x}, who's been covering our Saturday runs.\n\nCheers,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Tour driver\n\nThanks {sf}, attaching a copy of my licence. Speak soon.\n",
   ("Hitched Sidecars", "Third Wheel Sidecars"), ("hitchedtours.example", "thirdwheeltours.example"), tz=("ie", "auq"),
   x=("Liam Scallan", "Dougie Pratt"))
mr("r-th-conjuring", "Re: [EXT] RE: Shop assistant",
   "Hi {n},\n\nLovely to meet you on Thursday. Marguerite has decided on {x} for the counter; he's been demonstrating our rope tricks at the weekend markets.\n\nBest,\n{sig}\n\n" + RULE + "Subject: RE: Shop assistant\n\nHi {sf}, thanks for the interview. I really enjoyed the card demo.\n",
   ("Sleight of Hand Conjuring Supplies", "Top Hat Tricks"), ("sleightsupplies.example", "tophattricks.example"), tz=("uk", "cae"),
   x=("Ollie Brannan", "Jean-Philippe Lavoie"))
mr("r-th-paraglider", "RE: [EXT] Re: Office and bookings",
   "Hey {n},\n\nCheers for driving up to the launch site and helping with the harness checks. We've offered the office and bookings role to {x} and she accepted it over breakfast today. She's flown with us as a student for years.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Hi {sf}, loved watching the tandem take-offs. Happy to send references if you need them.\n",
   ("Updraught Paraglider School", "Thermal Hop Tandems"), ("updraught.example", "thermalhop.example"), tz=("uk", "nz"),
   x=("Sioned Bevan", "Amber-Rose Tait"))
mr("r-th-segway", "RE: [EXT] RE: Guide position",
   "Hi {n},\n\nThank you for the test tour on Monday. We chose {x} for the guide position; she led our winter lights tours as a temp.\n\nRegards,\n{sig}\n\n" + OUTLOOK + "Subject: RE: Guide position\n\nHi {sf}, thank you for having me. I enjoyed the loop by the river.\n",
   ("Glide Town Segways", "Balance Street Segways"), ("glidetown.example", "balancestreet.example"), tz=("usc", "cap"),
   x=("Hannah Grzelak", "Manjot Sandhar"))
mr("r-th-ghost", "Re: [EXT] Re: Night-walk guide",
   "Hi {n},\n\nYou told the gallows story beautifully on Friday night. The Friday night-walk evenings are going to {x}, who has done our Halloween fill-ins for two years.\n\nWarm regards,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Night-walk guide\n\nDear {sf}, thank you for the walk-through. I can do any evening.\n",
   ("Lanternlight Ghostwalks", "Grim Lane Ghostwalks"), ("lanternlighttours.example", "grimlane.example"), tz=("uk", "ie"),
   x=("Ptolemy Sharrock", "Siún Garvey"))
mr("r-th-stilts", "RE: [EXT] Re: Audition on stilts",
   "Hi {n},\n\nThanks for walking the car park on stilts for us! We've cast {x} in the summer troupe; she juggles as well, which the festival bookings asked for.\n\nAll the best,\n{sig}\n\n" + GMAIL + "> Hi {sf}, thank you for the audition. Sorry about the wobble at the end!\n",
   ("Tallfolk Street Theatre", "Lanky Larrikins"), ("tallfolk.example", "lankylarrikins.example"), tz=("uk", "au"),
   x=("Ffion Madoc", "Jazmyn Keogh"))

# ---- 8 clear refusals under long footers
FOOT_SUITCASE = "\n\n—\n{co} | Cabin cases, check-in cases, repairs while you wait\nJoin Trip Club for 10% off your next case: sign up in any store.\nJob alerts: we post new store roles every Wednesday on our careers page.\nWe hold applicant records for eleven months and then delete them. To ask what we hold about you, email privacy@{dom}.\n{co} Retail Ltd · company number {ref} · head office beside our {x} shop.\nAttachments and words here belong to the person in the To line; strays should be reported to us and binned."
mr("r-ft-suitcase", "{role} – {x}",
   "Dear {n},\n\nWe appreciated you meeting the team for {role} at our {x} store. The store team have chosen a different applicant, so your application for this role ends here." + FOOT_SUITCASE,
   ("Wheelie Good Cases", "Carry-On Corner"), ("wheeliegood.example", "carryoncorner.example"),
   frm="{co} Careers <careers@{dom}>", role=("Store Supervisor", "Sales Adviser"), tz=("uk", "ie"), x=("Basingstoke", "Longmile Road"))
FOOT_DRINK = "\n\n{co} • Bottles, tumblers & growlers that keep it cold for 24 hours\nRewards members get free laser name-marking on their birthday.\nText CASEJOBS to 55511 for new openings; reply HALT to stop.\nHiring here is open to everyone qualified, whatever their background.\nRead how we use applicant data at our privacy page. This inbox is not read; replies are not answered."
mr("r-ft-drinkware", "Your {role} application",
   "Hi {n},\n\nYour application to join our {x} location as {role} has been looked at, and for this opening the team is progressing other candidates." + FOOT_DRINK,
   ("ChillCarry Drinkware", "Hydroflume"), ("chillcarry.example", "hydroflume.example"),
   frm="{co} Talent <talent@{dom}>", role=("Store Associate", "Laser-Marking Technician"), tz=("usm", "cae"), x=("Pocatello", "Barrhaven"))
FOOT_SCENT = "\n\n{co} — fragrance for every mood. Free gift wrap in store.\nFollow our careers page for store roles; we email role updates each fortnight to those who opt in.\nPersonal information is handled under the {y}.\nPrivate contents, addressed to one named reader."
mr("r-ft-fragrance", "{role} – {x}",
   "Hi {n},\n\nAfter the interviews for {role} in {x}, your application stops here with us. Cheers for coming in to meet us." + FOOT_SCENT,
   ("Scentmist", "Waft & Co."), ("scentmist.example", "waftco.example"),
   frm="{co} Recruitment <people@{dom}>", role=("Beauty Adviser", "Assistant Store Manager"), tz=("au", "nz"),
   x=("Chadstone", "Riccarton"), y=("Privacy Act 1988 (Cth)", "Privacy Act 2020"))
FOOT_AIRTIME = "\n\n{co}: airtime, data bundles and phone repairs in {y}.\nGet 5% bonus airtime on every top-up over R50.\nSMS WORK to 31442 for new branch vacancies.\nWe process applicant information lawfully and keep it for no longer than needed.\nMeant for the person it's addressed to. Landed with you by accident? Reply once and wipe it."
mr("r-ft-airtime", "Application: {role}",
   "Dear {n},\n\nThanks for applying for {role} at our {x} branch. This round, your application stops at our desk." + FOOT_AIRTIME,
   ("TopUp Express", "Ovambo Airtime Booths"), ("topupexpress.example", "airlineconnect.example"),
   frm="{co} HR <hr@{dom}>", role=("Branch Teller", "Repair Technician"), tz=("za", "na"), x=("Mamelodi", "Oshakati"),
   y=("Tshwane and Mpumalanga", "the Oshana region"))

# ---- 9 hedged refusals
mr("r-hd-newt", "Ecologist role – {co}",
   "Dear {n},\n\nIt was good to talk on Tuesday about the {role} role. Several people on our shortlist had more seasons of {x} behind them, and that tipped the decision their way.\n\nI hope we get to work together on a survey one day.\n\n{sig}\n{co}",
   ("Pondside Environmental", "Marshwort Environmental"), ("pondside.example", "marshwort.example"), role=("Assistant Pond Surveyor", "Pond Surveyor"),
   tz=("uk", "ie"), x=("licensed great crested newt surveys", "bat and newt licence work"))
mr("r-hd-timberframe", "{role} opening",
   "Hi {n},\n\nThanks for the time on the phone. Other applicants who have {x} match the projects we have booked through 2027 a bit more closely, so the panel went in that direction.\n\nBest of luck,\n{sig}\n{co}",
   ("Trunnel & Pin Framewrights", "Tenon & Brace Framewrights"), ("peggedoak.example", "tenonbrace.example"), role=("Framewright", "Frame Yard Lead"),
   tz=("use", "cat"), x=("raised whole barn frames by hand", "cut scarf joints on heritage restorations"))
mr("r-hd-signs", "Lettering artist application",
   "Hello {n},\n\nYour sample board was lovely. A couple of the applicants have {x}, and in the end that counted for a little more with us.\n\nWarm wishes,\n{sig}\n{co}",
   ("Gilt Edge Signcraft", "Brushline Letters"), ("giltedge.example", "brushline.example"),
   tz=("au", "nz"), x=("gilded shopfront glass for years", "hand-lettered fleet vans for a living"))
mr("r-hd-safari", "Your application",
   "Dear {n},\n\nMeeting you was a pleasure. Others in the final group came with more years of {x}, and the panel has leaned their way for this post.\n\nKind regards,\n{sig}\n{co}",
   ("Bushveld Vehicle Conversions", "Bushbuck Conversions"), ("bushveldrigs.example", "savannahrigs.example"),
   tz=("za", "ke"), x=("rebuilding game-drive vehicles", "fitting pop-top roofs on safari trucks"))
mr("r-hd-dhokra", "Regarding your application",
   "Dear {n},\n\nThanks for coming to the discussion. The committee felt that candidates with more years of lost-wax dhokra casting suit the artisan coordinator post somewhat better.\n\nWith regards,\n{sig}\nBastar Dhokra Artisans' Society",
   "Bastar Dhokra Artisans' Society", "bastardhokra.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r-rc-floatglass", "Following up – {x}",
   "Hi {n},\n\nFollowing up our call as promised: the {x} shift manager job went to the client's other finalist; that search has wrapped up.\n\nOn a different note, a {y} landed on my desk yesterday which may suit you better. Want me to forward the spec?\n\n{sig}\n{co}",
   ("Cullet Search Partners", "Annealer Recruitment"), ("culletsearch.example", "annealer.example"), tz=("uk", "ie"),
   x=("float glass", "toughening line"), y=("cold-end team lead contract near St Helens", "batch house supervisor job near Carrickmacross"))
mr("r-rc-refinery", "{x} update",
   "Hey {n},\n\nQuick one. The client filled the {x} superintendent job by promoting their night shift lead, so that search is done. I do have a {y} open right now and your name came to mind. Want to talk Thursday?\n\n{sig}\n{co}",
   ("Coker Talent Group", "Muskeg Staffing"), ("cokertalent.example", "bitumenbridge.example"), tz=("usc", "cam"),
   x=("Beaumont refinery", "Fort McMurray upgrader"), y=("utilities supervisor role near Port Arthur", "settling pond coordinator job north of the city"))
mr("r-rc-alumina", "{x} – outcome and another one",
   "Hi {n},\n\nThe {x} operations manager role went to one of the client's own shift supervisors. Sorry it didn't land.\n\nThere's a {y} I'm recruiting for that could be a strong fit. Keen to chat?\n\n{sig}\n{co}",
   ("Gibbsite Recruitment", "Redsand Talent"), ("bauxitebridge.example", "refineryrow.example"), tz=("wa", "nz"),
   x=("Kwinana alumina", "Marsden Point terminal"), y=("calcination lead at a refinery near Collie", "tank farm supervisor job in Ruakākā"))
mr("r-rc-haldia", "Plant head opening – update",
   "Dear {n},\n\nGreetings. The client at Vizag has closed the polypropylene plant head position with an internal transfer from their Dahej unit. Meanwhile I have a mandate for a utilities head at a caprolactam complex near Kakinada; kindly confirm interest.\n\nRegards,\n{sig}\nDeltaforce Executive Search",
   "Deltaforce Executive Search", "deltaforce-search.example", tz="in")

# ---- 8 public-sector notices
mr("r-ps-belonger", "Application for {role}",
   "Dear {n},\n\nThe post of {role} is open only to {x}. The documents you supplied do not show that you meet this requirement, so the application cannot go forward and is marked ineligible.\n\nYours faithfully,\n{sig}\n{co}",
   ("Department of Human Resources, Tortola", "CNMI Office of Personnel Management"), ("dhr-tortola.example", "cnmi-opm.example"),
   role=("Tariff Officer", "Seaport Screening Officer"), tz=("vg", "mp"),
   x=("Belongers and holders of Belonger status", "US citizens, nationals and lawful permanent residents"))
mr("r-ps-certification", "Eligible list – {role}",
   "Dear {n},\n\nThe hiring department asked for a certification of the {x} highest-ranking names from the eligible list for {role}. Your rank did not fall within that group, so your name was not certified for this vacancy.\n\nYour name remains on the list until it expires.\n\n{sig}\n{co}",
   ("Onondaga County Personnel", "Town of Hay River Human Resources"), ("onondaga-personnel.example", "hayriver-hr.example"),
   role=("Payables Typist", "Youth Programme Coordinator"), tz=("use", "cam"), x=("three", "four"))
mr("r-ps-cancelled", "{role} – vacancy withdrawn",
   "Dear {n},\n\nFollowing {x}, council has withdrawn the {role} vacancy. Nobody is being appointed; every application lodged for it has been closed off.\n\nWe appreciate you considering council as an employer.\n\n{sig}\n{co}",
   ("Mount Isa City Council", "Ōpōtiki District Council"), ("mountisa-council.example", "opotiki-dc.example"),
   role=("Open Spaces Coordinator", "Quayside Development Officer"), tz=("auq", "nz"),
   x=("a review of the parks maintenance contract", "changes to the quayside project's funding"))
mr("r-ps-psc", "Result of screening test – {role}",
   "Dear Candidate {n},\n\nYour marks in the {role} screening test: {x}. Your category's cut-off ({y}) was set above that, hence you have not qualified for the interview stage.\n\nController of Examinations\n{co}",
   ("Madhya Pradesh Public Service Commission", "West Bengal Public Service Commission"), ("mppsc-exam.example", "wbpsc-exam.example"),
   role=("Assistant Engineer (Civil)", "Excise Officer"), tz="in", x=("88.5 of 200", "112 of 250"), y=("UR: 96.0", "OBC-A: 121"))

# ---- 6 bare ATS status updates
mr("r-st-level", "Status update: {role}",
   "Application status update\n\nJob: {role} ({ref})\nStatus: No longer being considered\n\n{co}",
   ("Plumbline Tools", "Tapeline Ltd"), ("plumbline.example", "tapeline.example"),
   frm="{co} <ats@{dom}>", role=("Vial Operator", "Spring Coiler"), tz=("uk", "au"))
mr("r-st-corkscrew", "Your application – {role}",
   "<html><body><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Screening</td><td>No longer under consideration</td></tr></table><p>{co} careers</p></body></html>",
   ("Twistpull Corkscrews", "Popcap Tools"), ("twistpull.example", "popcap.example"),
   frm="{co} <careers@{dom}>", role=("Tool Room Assistant", "Bright-Finish Line Operator"), tz=("usp", "za"))
mr("r-st-ladle", "{co} application {ref}",
   "Candidate update\n{role}\nApplied → Screened → Closed (not progressing)\n\n{co} Recruiting",
   ("Stirwell Ladles", "Whiskworth Utensils"), ("stirwell.example", "whiskworth.example"),
   frm="{co} Recruiting <noreply@{dom}>", role=("Ladle Press Operator", "Wire Forming Operator"), tz=("uk", "cac"))

# ---- 6 internship / graduate decisions
mr("r-in-summer", "{x} summer placement {ref}",
   "Dear {n},\n\nWe received {y} applications for the five summer places at the {x}. All five places have gone to other students, who accepted the panel's offers.\n\nThank you for applying.\n\n{sig}\nPlacement Coordinator, {co}",
   ("Roxby Arid Lands Station", "Rottnest Island Marine Field Station"), ("roxbyarid.example", "rottnestfield.example"),
   tz=("sa", "wa"), x=("Roxby Downs field station", "Rottnest field station"), y=("241", "178"))
mr("r-in-coop", "Co-op term – results",
   "Hi {n},\n\nThe {x} co-op positions for the fall term have all been matched with other students in the first round. Your application was not among the matches.\n\nYou can keep applying to the continuous round through the co-op portal.\n\n{sig}\n{co}",
   ("Thompson Boreal Research Lab", "Wendigo Narrows Water Lab"), ("thompsonboreal.example", "wendigowater.example"),
   tz=("cac", "cae"), x=("three", "two"))
mr("r-in-graduate", "Graduate programme {ref}",
   "Dear {n},\n\nWe appreciated you joining the assessment day. For the graduate engineer programme, all {x} places are now filled: other graduates took up the offers we made.\n\nWe wish you every success.\n\n{sig}\nGraduate Recruitment, {co}",
   ("Kitwe Flotation Company", "Tsumeb Metallurgical Works"), ("kitweconcentrator.example", "tsumebworks.example"),
   tz=("zm", "na"), x=("ten", "seven"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "o-wd-ignition", "Requisition {ref} – application received",
   "Hello {n},\n\nYour {role} application for our {x} has arrived. If a colleague from a line that is being wound down is redeployed into this post before the external shortlist is drawn up, the requisition closes and the closure appears in your candidate home.\n\nTalent Acquisition\n{co}",
   ("Corbridge Ignition Components", "Lambton Carburettor Works"), ("corbridge-ignition.example", "lambtoncarb.example"),
   frm="{co} Careers <myworkday@{dom}>", role=("Quality Auditor", "CNC Line Technician"), tz=("uk", "cae"), x=("Guildford site", "Welland plant"))
mo("application_received", "o-gh-windsock", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} is safely with us. Good news or not, whoever answers you will be one of the nine of us, never a robot.\n\n{sig}\nPeople Team, {co}",
   ("Gustline Windsocks", "Tinkle & Tide"), ("gustline.example", "tinkletide.example"),
   frm="{sig} <no-reply@us.greenhouse-mail.example>", role=("Pattern Cutter", "Pitch Checker"), tz=("use", "ie"))
mo("application_received", "o-sr-periscope", "Application record – {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Received</td></tr></table><p>Any later change, a closure when someone else takes the job included, will appear in this table.</p><p>{co} Recruitment</p></body></html>",
   ("Upscope Periscopes Ltd", "Farsight Binoculars Pty"), ("upscope.example", "farsight-optical.example"),
   frm="{co} <jobs@{dom}>", role=("Lens Coater", "Optical Inspector"), tz=("uk", "au"))
mo("application_received", "o-ic-barrow", "{co}: we received your application (Req. {ref})",
   "Dear {n},\n\nYour {role} application is logged. Applicants whose history shows no time on a {x} are given the status \"Not Selected\" at screening; the rest go on to a recruiter's read-through.\n\n{co} Talent Team",
   ("Trundle Barrow Manufacturing", "Sprinkwell Can Co."), ("trundlebarrow.example", "sprinkwell.example"),
   frm="{co} <icims-noreply@{dom}>", role=("Tube Bender", "Spout Assembler"), tz=("usc", "cam"), x=("press brake", "rolled-seam line"))
mo("application_received", "o-tl-bollard", "{co} – Job {ref} submission",
   "Dear {n},\n\nYour submission for job {ref}, {role}, is complete. Once the job is filled, every candidate not hired gets a disposition notice by email.\n\n{co} Human Resources",
   ("Kerbstop Bollard Systems", "Veldspan Mudguards"), ("kerbstop.example", "veldspan.example"),
   frm="{co} <taleo-notify@{dom}>", role=("Powder Line Hand", "Store Person"), tz=("usm", "za"))
mo("application_received", "o-wk-beeswax", "We got your application – {co}",
   "Hi {n},\n\nYour application for {role} landed safely. Picked or passed over, you'll have a personal reply from me once we've decided.\n\n{sig}\n{co}",
   ("Waxwrap & Co", "Hivegold Propolis"), ("waxwrap.example", "hivegold.example"),
   frm="{sig} via Workable <noreply@workablemail.example>", role=("Packing Assistant", "Lab Assistant"), tz=("uk", "auq"))
mo("application_received", "o-tt-roseoil", "Your application – {co}",
   "Dear {n},\n\nWe receive your application for {role}, thank you. If we decide for other candidate, also then you get short letter from us, so nobody waits for nothing.\n\n{sig}\n{co}",
   ("Kazanlak Rose Oil Company", "Sibiu Snowdome Makers"), ("kazanlakrose.example", "sibiuglobes.example"),
   role=("Warehouse Assistant", "Bulb Blowing Assistant"), tz=("bg", "ro"))
mo("application_received", "o-pp-shuttle", "{co}: next, the assessment",
   "Dear {n},\n\nYour application for {role} has arrived. The online assessment follows next; anyone scoring under the interview line set for the vacancy gets an email and stops at that step.\n\n{co} Hiring Team",
   ("Jalandhar Feather Shuttlecocks", "Sweetspot Hockey"), ("featherjal.example", "kiwiturf.example"),
   frm="{co} <notifications@pinpointmail.example>", role=("Feather Checker", "Mould Operator"), tz=("in", "nz"))
mo("application_received", "o-ft-suitcase", "Application received – {role}",
   "Dear {n},\n\nThanks for applying for {role} at our {x} store. Store managers will phone only the applicants they would like to interview." + FOOT_SUITCASE,
   ("Wheelie Good Cases", "Carry-On Corner"), ("wheeliegood.example", "carryoncorner.example"),
   frm="{co} Careers <careers@{dom}>", role=("Repair Technician", "Weekend Sales Adviser"), tz=("uk", "ie"), x=("Basingstoke", "Longmile Road"))
mo("application_received", "o-ps-certification", "Application accepted – {role} examination",
   "Dear {n},\n\nYour application for the {role} examination has been accepted. After the eligible list is established, a candidate whose name is not certified to a vacancy will receive a written notice saying so.\n\n{sig}\n{co}",
   ("Onondaga County Personnel", "Town of Hay River Human Resources"), ("onondaga-personnel.example", "hayriver-hr.example"),
   role=("Caseworker", "Filtration Operator"), tz=("use", "cam"))
mo("application_received", "o-ps-psc", "Online application submitted – {role}",
   "Dear Candidate {n},\n\nYour online application for {role} (Registration No. {ref}) is submitted. No interview call letter is issued to a candidate whose screening score falls below the category-wise cut-off.\n\n{co}",
   ("Madhya Pradesh Public Service Commission", "West Bengal Public Service Commission"), ("mppsc-exam.example", "wbpsc-exam.example"),
   role=("Seed Bank Botanist", "Excise Auditor"), tz="in")
mo("application_received", "o-th-balloon", "Re: Ground crew",
   "Hi {n},\n\nGot your message and CV, thanks. Should the pilots hand it to a regular chase driver instead, you'll still hear it from me.\n\n{sig}\n\n" + OUTLOOK + "Subject: Ground crew\n\nHi, I saw your ad for ground crew and would love to help out. CV attached.\n",
   ("Skyward Balloon Flights", "Dawnlift Ballooning"), ("skywardballoons.example", "dawnlift.example"), tz=("uk", "nz"))
# once
mo("application_received", "o-lv-chessboard", "Got it – {co}",
   "{n},\n\nYour application for Board Oiler reached us. Accepted or turned down, the answer comes from a person in the hiring group, not an autoresponder.\n\n{sig}\n{co}",
   "Rankfile Chessboards", "rankfile.example", frm="{sig} <{sl}@hire.lever-mail.example>", tz="usp")
mo("application_received", "o-bb-doily", "Thanks – {co}",
   "Hi {n},\n\nThanks for the application for Hemming Operative. If someone already with us asks to move over to it first, they'd get it, and I'd say so at once.\n\n{sig}\n{co}",
   "Ballydoyle Doilies", "ballydoyle-doilies.example", tz="ie")
mo("application_received", "o-ps-gingerbread", "Application {ref} received",
   "Dear {n},\n\nwe confirm your application for Packing Operator. A negative decision also comes to you as e-mail, usually within three weeks.\n\nBest regards\n{sig}\nHR, Pardubice Perníkárna",
   "Pardubice Perníkárna", "pardubice-gingerbread.example", frm="Pardubice Perníkárna <jobs@{dom}>", tz="cz")
mo("application_received", "o-jz-snowcone", "Got your app",
   "Hey {n},\n\nThanks for putting in for trailer crew. Silence from me past the 20th = we filled it.\n\n{sig}\nFrostbite Snow Cones",
   "Frostbite Snow Cones", "frostbitecones.example", frm="{sig} <{sl}@applicants.jazzmail.example>", tz="usc")
mo("application_received", "o-ab-bowl", "Application received",
   "Dear {n},\n\nThank you for apply to Bhaktapur Kansa Works. Positive or negative, our team answers to every candidate personally after the interviews.\n\n{sig}\nBhaktapur Kansa Works",
   "Bhaktapur Kansa Works", "bhaktapurbowls.example", tz="np")
mo("application_received", "o-chowder", "Re: Summer help",
   "Hi {n},\n\nGot your note. Should the line cook spot end up with one of the family, you'll still get a call from me.\n\n{sig}\nHarborlight Chowder",
   "Harborlight Chowder", "harborlightchowder.example", tz="use")
mo("application_received", "o-bunnychow", "Your CV",
   "Hi {n},\n\nThanks for dropping off your CV. Only people picked for a Saturday try-out get a phone call.\n\n{sig}\nQuarter Loaf Eats",
   "Quarter Loaf Eats", "quarterloaf.example", tz="za")
mo("application_received", "o-dholak", "Application received",
   "Dear {n},\n\nYour letter for the karigar post is received. Chosen or not chosen, every applicant shall get intimation by post within one month.\n\n{sig}\nAmroha Dholak House",
   "Amroha Dholak House", "amrohadholak.example", tz="in")
mo("application_received", "o-mandazi", "Kiosk work",
   "Hello {n},\n\nI have seen your message. Taken or not, I will send you SMS after Friday.\n\n{sig}\nMama Pendo Mandazi Kiosk",
   "Mama Pendo Mandazi Kiosk", "mamapendo.example", tz="ke")
mo("application_received", "o-skiwax", "Workshop tech – thanks",
   "Kia ora {n},\n\nThanks for applying. If one of the club race techs gets it in the end, a text from me comes regardless.\n\n{sig}\nGlide Lab Wānaka",
   "Glide Lab Wānaka", "glidelab.example", tz="nz")
mo("application_received", "o-hd-newt", "Application received – Seasonal Pond Surveyor",
   "Dear {n},\n\nYour application for Seasonal Pond Surveyor reached us. Should someone else's licence experience be a closer match, we'll say so plainly and promptly.\n\n{sig}\nPondside Environmental",
   "Pondside Environmental", "pondside.example", tz="uk")
mo("application_received", "o-hd-timberframe", "Apprentice application",
   "Hi {n},\n\nYour apprentice application came through. Anyone lacking a current OSHA 10 card stops at the paper stage.\n\n{sig}\nTrunnel & Pin Framewrights",
   "Trunnel & Pin Framewrights", "peggedoak.example", tz="use")
mo("application_received", "o-hd-dhokra", "Acknowledgement",
   "Dear {n},\n\nYour application for the design assistant post is received with thanks. Only candidates who have worked with wax-thread patterning will be called for discussion.\n\n{sig}\nBastar Dhokra Artisans' Society",
   "Bastar Dhokra Artisans' Society", "bastardhokra.example", tz="in")
mo("application_received", "o-rc-floatglass", "Your CV – cold end role",
   "Hi {n},\n\nYour CV for the cold-end role is with me. Whichever way the client goes, you'll get my call within the hour of hearing.\n\n{sig}\nCullet Search Partners",
   "Cullet Search Partners", "culletsearch.example", tz="uk")
mo("application_received", "o-ps-belonger", "Acknowledgement – Tariff Officer",
   "Dear {n},\n\nThis acknowledges your application for Tariff Officer. Applicants who cannot show Belonger status will be sent a letter explaining that they are ineligible.\n\n{sig}\nDepartment of Human Resources, Tortola",
   "Department of Human Resources, Tortola", "dhr-tortola.example", tz="vg")
mo("application_received", "o-ps-cancelled", "Application received – Valuation Auditor",
   "Dear {n},\n\nValuation Auditor application: received. Shortlisted or not, each applicant hears how it went once the panel has met.\n\n{sig}\nMount Isa City Council",
   "Mount Isa City Council", "mountisa-council.example", tz="auq")
mo("application_received", "o-st-level", "Application received: Warehouse Operative",
   "Application status update\n\nJob: Warehouse Operative ({ref})\nStatus: Received\n\nPlumbline Tools",
   "Plumbline Tools", "plumbline.example", frm="Plumbline Tools <ats@{dom}>", tz="uk")
mo("application_received", "o-in-summer", "Summer placement application {ref}",
   "Dear {n},\n\nYour application for a summer place at the Roxby Downs field station is complete. Applicants who are unsuccessful will be emailed by 31 August.\n\n{sig}\nRoxby Arid Lands Station",
   "Roxby Arid Lands Station", "roxbyarid.example", tz="sa")
mo("application_received", "o-in-coop", "Co-op application received",
   "Hi {n},\n\nYour co-op term application reached the lab. Matched or unmatched, the portal lists your result on match day.\n\n{sig}\nThompson Boreal Research Lab",
   "Thompson Boreal Research Lab", "thompsonboreal.example", tz="cac")
mo("application_received", "o-in-graduate", "Graduate programme application",
   "Dear {n},\n\nYour application to our graduate engineer programme is in. Falling below the pass mark in the verbal reasoning test means there will be no assessment-day invitation.\n\n{sig}\nKitwe Flotation Company",
   "Kitwe Flotation Company", "kitweconcentrator.example", tz="zm")
mo("application_received", "o-th-segway", "Re: Guide opening",
   "Hi {n},\n\nGot your email, thanks. Say a winter temp gets it: I'd still write to you here.\n\n{sig}\nGlide Town Segways\n\n" + GMAIL + "> Hello, applying for the tour guide opening, resume attached.\n",
   "Glide Town Segways", "glidetown.example", tz="usc")
mo("application_received", "o-th-ghost", "Re: Night-walk guiding",
   "Hi {n},\n\nThank you for the lovely letter. If the evenings go to one of our Halloween regulars, a note from me follows either way.\n\n{sig}\nLanternlight Ghostwalks",
   "Lanternlight Ghostwalks", "lanternlighttours.example", tz="uk")
mo("application_received", "o-ft-drinkware", "We received your application",
   "Hi {n},\n\nYour application to join our Westgate location as Store Associate is in. The store team rings only those it wants to meet in person." + FOOT_DRINK,
   "ChillCarry Drinkware", "chillcarry.example", frm="ChillCarry Drinkware Talent <talent@{dom}>", tz="usm")
mo("application_received", "o-ft-airtime", "Application received",
   "Dear {n},\n\nThanks for applying for Branch Teller at our Soshanguve branch. Appointed or not, an SMS reaches you once the branch decides." + FOOT_AIRTIME,
   "TopUp Express", "topupexpress.example", frm="TopUp Express HR <hr@{dom}>", tz="za", y="Tshwane and Mpumalanga")
mo("application_received", "o-beehive", "Application received",
   "G'day {n},\n\nGot your application for the frame assembly job. Expect word from us after the 14th.\n\n{sig}\nBoxbrood Ltd",
   "Boxbrood Ltd", "boxbrood.example", tz="au")
mo("application_received", "o-hipflask", "Thanks for applying",
   "Hello {n},\n\nYour application for the polishing role came in today. I will look through everything this week.\n\n{sig}\nPewterpocket Flasks",
   "Pewterpocket Flasks", "pewterpocket.example", tz="uk")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "o-th-balloon-trial", "RE: [EXT] Re: Ground crew",
   "Hi {n},\n\nFancy a trial launch on {dl}? Meet at the field gate at 05:45. Unfortunately the portaloo at the field is out of action, so plan ahead!\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Ground crew\n\nHi {sf}, cheers for the quick reply. I'm free most mornings.\n",
   ("Skyward Balloon Flights", "Dawnlift Ballooning"), ("skywardballoons.example", "dawnlift.example"), tz=("uk", "nz"))
mo("interview", "o-th-backgammon-trial", "Re: [EXT] Re: Host job",
   "Hey {n},\n\nWant to come host a trial table on {dl} from 6? Unfortunately the street out front is torn up for new water mains, so use the back entrance.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the reply! Happy to come in whenever suits.\n",
   ("The Doubling Cube", "Gammon & Tonic"), ("doublingcube.example", "gammontonic.example"), tz=("usp", "cac"))
mo("interview", "o-th-sidecar", "RE: [EXT] RE: Tour driver",
   "Hi {n},\n\nFree for a ride-out on {dl} at 10? Unfortunately our own sidecar rig is in for a service, so we'll use the spare.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Tour driver\n\nHi {sf}, attaching my licence as asked.\n",
   "Hitched Sidecars", "hitchedtours.example", tz="ie")
mo("interview", "o-gh-windsock-video", "Video interview – {co}",
   "Hi {n},\n\nCould we interview you by video on {dl} at 2pm Eastern? Unfortunately our link has been flaky lately; if it drops, we'll phone you.\n\n{sig}\n{co}",
   "Gustline Windsocks", "gustline.example", frm="{sig} <no-reply@us.greenhouse-mail.example>", tz="use")
mo("interview", "o-arepa", "Trial shift",
   "Hola {n},\n\nAre you free {dl} at 11 for a go on the griddle? Unfortunately the second griddle is still broken, so it'll be a bit tight behind the counter.\n\n{sig}\nLa Budarera Arepera",
   "La Budarera Arepera", "labudarera.example", tz="use")
mo("interview", "o-hd-newt-int", "Interview – Assistant Pond Surveyor",
   "Dear {n},\n\nWould you be free to interview on {dl} at 10:30 in our office? Unfortunately the lift in the building is out of order, and we're on the second floor.\n\n{sig}\nMarshwort Environmental",
   "Marshwort Environmental", "marshwort.example", tz="ie")
mo("interview", "o-ps-belonger-int", "Interview – Seaport Screening Officer",
   "Dear {n},\n\nPlease join a video interview on {dl} at 9:00 a.m. ChST. Unfortunately the island's internet crawls before noon, so please log in five minutes early.\n\n{sig}\nCNMI Office of Personnel Management",
   "CNMI Office of Personnel Management", "cnmi-opm.example", tz="mp")
mo("interview", "o-th-conjuring", "Re: [EXT] RE: Shop assistant",
   "Hi {n},\n\nCould you pop in on {dl} at 4 to show us a trick or two at the counter? Unfortunately the card reader keeps freezing, so don't worry about the till part.\n\n{sig}\n\n" + RULE + "Subject: RE: Shop assistant\n\nHi {sf}, I'd be glad to meet the team.\n",
   "Top Hat Tricks", "tophattricks.example", tz="cae")
mo("interview", "o-chowder-trial", "Trial",
   "Hi {n},\n\nCome by {dl} at 3 for a trial on the line. Unfortunately parking on the lane is awful in summer, so walk from the lot by the bridge.\n\n{sig}\nHarborlight Chowder",
   "Harborlight Chowder", "harborlightchowder.example", tz="use")
mo("interview", "o-ps-cancelled-int", "Interview invitation – Quayside Operations Officer",
   "Dear {n},\n\nWe invite you to interview for Quayside Operations Officer on {dl} at 1.30pm. Unfortunately visitor parking at the council building is limited, so please allow time.\n\n{sig}\nŌpōtiki District Council",
   "Ōpōtiki District Council", "opotiki-dc.example", tz="nz")
mo("interview", "o-th-stilts", "RE: [EXT] Re: Audition",
   "Hi {n},\n\nCome walk for us on {dl} at 5pm in the car park behind the hall. Unfortunately the hall itself is booked, so dress for the weather.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the invite to audition!\n",
   "Lanky Larrikins", "lankylarrikins.example", tz="au")
mo("next_steps", "o-ps-belonger-docs", "Documents required – {role}",
   "Dear {n},\n\nNext for your {role} application: certified passport copies plus two references, due {dl}. Unfortunately we cannot accept photographs of documents taken on a phone.\n\n{sig}\n{co}",
   ("Department of Human Resources, Tortola", "CNMI Office of Personnel Management"), ("dhr-tortola.example", "cnmi-opm.example"),
   role=("Visitor Entry Assistant", "Dockside Screening Officer"), tz=("vg", "mp"))
mo("next_steps", "o-rc-refinery-forms", "Forms for the client",
   "Hi {n},\n\nThe client wants the referee form and safety questionnaire back by {dl}. Unfortunately their portal logs people out after a few idle minutes; fill them in offline first.\n\n{sig}\n{co}",
   ("Coker Talent Group", "Muskeg Staffing"), ("cokertalent.example", "bitumenbridge.example"), tz=("usc", "cam"))
mo("next_steps", "o-ps-psc-docs", "Document verification – Assistant Engineer (Civil)",
   "Dear Candidate {n},\n\nDocument verification is fixed for {dl}, reporting time 10:00 hrs; come carrying all original certificates along with one set of self-attested copies.\n\nController of Examinations\nMadhya Pradesh Public Service Commission",
   "Madhya Pradesh Public Service Commission", "mppsc-exam.example", tz="in")
mo("next_steps", "o-ic-barrow-test", "{co}: aptitude test",
   "Dear {n},\n\nPlease complete the mechanical aptitude test for Frame Assembler by {dl}. It takes about 40 minutes.\n\n{co} Talent Team",
   "Trundle Barrow Manufacturing", "trundlebarrow.example", frm="{co} <icims-noreply@{dom}>", tz="usc")
mo("next_steps", "o-sr-binoculars-test", "Book your skills test",
   "<html><body><p>Dear {n},</p><p>Please book a slot for the collimation skills test before {dl}.</p><table border=\"1\"><tr><td>Role</td><td>Optical Assembler</td></tr><tr><td>Step</td><td>Skills test</td></tr></table><p>Farsight Binoculars Pty Recruitment</p></body></html>",
   "Farsight Binoculars Pty", "farsight-optical.example", frm="Farsight Binoculars Pty <jobs@{dom}>", tz="au")
mo("next_steps", "o-hd-timberframe-task", "Sample task",
   "Hi {n},\n\nWe'd like you to draw up a cut list for a small king-post truss and send it to us by {dl}.\n\n{sig}\nTenon & Brace Framewrights",
   "Tenon & Brace Framewrights", "tenonbrace.example", tz="cat")
mo("next_steps", "o-in-coop-agreement", "Co-op agreement – please sign",
   "Hi {n},\n\nPlease sign the co-op work agreement and finish the online safety orientation by {dl}.\n\n{sig}\nWendigo Narrows Water Lab",
   "Wendigo Narrows Water Lab", "wendigowater.example", tz="cae")
mo("next_steps", "o-in-graduate-medical", "Pre-employment medical",
   "Dear {n},\n\nBook the pre-employment medical at the Tsumeb clinic before {dl}. Unfortunately the clinic cannot see walk-ins on Fridays.\n\n{sig}\nTsumeb Metallurgical Works",
   "Tsumeb Metallurgical Works", "tsumebworks.example", tz="na")
mo("next_steps", "o-tl-bollard-screen", "{co} – next step for Job {ref}",
   "Dear {n},\n\nYour candidacy for Yard Supervisor is now at the pre-employment stage. A drug screen at an approved lab is needed by {dl}.\n\n{co} Human Resources",
   "Kerbstop Bollard Systems", "kerbstop.example", frm="{co} <taleo-notify@{dom}>", tz="usm")
mo("offer", "o-wk-beeswax-offer", "Offer – {role}",
   "Hi {n},\n\nSay yes and the {role} job is yours, starting {dl}. Unfortunately our street has no staff parking; the number 12 bus stops at the door.\n\n{sig}\n{co}",
   ("Waxwrap & Co", "Hivegold Propolis"), ("waxwrap.example", "hivegold.example"),
   frm="{sig} via Workable <noreply@workablemail.example>", role=("Production Assistant", "Tincture Maker"), tz=("uk", "auq"))
mo("offer", "o-poolcue", "The apprentice spot",
   "Hi {n},\n\nDonal wants you as second apprentice from {dl}. Unfortunately the turning machine in the back room is out of action until the part arrives, so you'll start on sanding.\n\n{sig}\nKirwan Cues",
   "Kirwan Cues", "kirwancues.example", tz="ie")
mo("offer", "o-skiwax-offer", "Retail job",
   "Kia ora {n},\n\nWant the retail job for the season? It's yours, first day {dl}.\n\n{sig}\nGlide Lab Wānaka",
   "Glide Lab Wānaka", "glidelab.example", tz="nz")
mo("offer", "o-vadapav", "Cart job",
   "Hi {n},\n\nUnfortunately the griddle plate is getting replaced, so the first two days are garlic-masala prep only. Evening cart, start {dl}.\n\n{sig}\nGaram Vada Pav Gaadi",
   "Garam Vada Pav Gaadi", "garamvadapav.example", tz="in")
mo("offer", "o-th-sidecar-offer", "RE: [EXT] RE: Weekend tours",
   "Hi {n},\n\nGood news: the weekend tours job is yours, starting {dl}.\n\n{sig}\n\n" + OUTLOOK + "Subject: RE: Weekend tours\n\nThanks {sf}, I enjoyed the ride-out.\n",
   "Third Wheel Sidecars", "thirdwheeltours.example", tz="auq")
mo("offer", "o-th-conjuring-offer", "Re: Saturday counter",
   "Hi {n},\n\nThe Saturday counter job is yours, starting {dl}. Unfortunately the heating in the shop keeps cutting out, so wrap up.\n\n{sig}\nSleight of Hand Conjuring Supplies",
   "Sleight of Hand Conjuring Supplies", "sleightsupplies.example", tz="uk")
mo("offer", "o-rc-alumina-offer", "Offer – calcination lead",
   "Hi {n},\n\nGreat news: the client has approved an offer for the calcination lead role, start date {dl}. Paperwork to follow today.\n\n{sig}\nGibbsite Recruitment",
   "Gibbsite Recruitment", "bauxitebridge.example", tz="wa")
mo("offer", "o-in-rottnest-offer", "Summer placement offer",
   "Dear {n},\n\nA summer place at the Rottnest field station is yours, starting {dl}. Unfortunately the ferry timetable has changed, so check the new crossing times.\n\n{sig}\nRottnest Island Marine Field Station",
   "Rottnest Island Marine Field Station", "rottnestfield.example", tz="wa")
mo("offer", "o-lv-dominoes-offer", "Offer – Finishing Technician",
   "{n},\n\nFinishing Technician is yours from {dl}, should you want it. Unfortunately the finishing booth fan is being replaced that week.\n\n{sig}\nSpotted Seven Dominoes",
   "Spotted Seven Dominoes", "spottedseven.example", frm="{sig} <{sl}@hire.lever-mail.example>", tz="nz")
mo("offer", "o-jz-funnel-offer", "You're hired",
   "Hey {n},\n\nThe fryer job is yours for the season; first shift {dl}. Unfortunately the midway lights aren't hooked up yet, so bring a headlamp.\n\n{sig}\nMidway Funnel Cakes",
   "Midway Funnel Cakes", "bigtopfunnel.example", frm="{sig} <{sl}@applicants.jazzmail.example>", tz="use")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "o-st-review", "Status update: {role}",
   "Application status update\n\nJob: {role}\nStatus: Under review\n\nNo decision has been made for any applicant yet.\n\n{co}",
   ("Tapeline Ltd", "Stirwell Ladles"), ("tapeline.example", "stirwell.example"),
   frm="{co} <ats@{dom}>", role=("Packing Operative", "Polishing Operative"), tz=("au", "uk"))
mo("other_job", "o-st-withdrawn", "Your application – {role}",
   "<html><body><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn by candidate</td></tr></table><p>{co} careers</p></body></html>",
   ("Twistpull Corkscrews", "Popcap Tools"), ("twistpull.example", "popcap.example"),
   frm="{co} <careers@{dom}>", role=("Tool Room Assistant", "Outbound Typist"), tz=("usp", "za"))
mo("other_job", "o-ps-delay", "Youth Programme Coordinator – timeline",
   "Dear {n},\n\nShortlisting for Youth Programme Coordinator has slipped by a fortnight. Not one application has been marked so far.\n\n{sig}\nTown of Hay River Human Resources",
   "Town of Hay River Human Resources", "hayriver-hr.example", tz="cam")
mo("job_alert", "o-al-suitcase", "New store roles this week",
   "Hi {n},\n\nNew roles near you: Sales Adviser (Woking), Repair Technician (Basingstoke), Store Supervisor (Guildford).\n\nWheelie Good Cases Careers",
   "Wheelie Good Cases", "wheeliegood.example", frm="Wheelie Good Cases Careers <careers@{dom}>", tz="uk")
mo("job_alert", "o-al-drinkware", "Jobs for you at ChillCarry",
   "Hi {n},\n\nThree new openings match your alert: Store Associate (Ammon), Laser-Marking Technician (Nampa), Shift Lead (Eagle).\n\nChillCarry Drinkware Talent",
   "ChillCarry Drinkware", "chillcarry.example", frm="ChillCarry Drinkware Talent <talent@{dom}>", tz="usm")
mo("job_alert", "o-al-fragrance", "Role update",
   "Hi {n},\n\nThis fortnight's roles: Beauty Adviser (Sylvia Park), Casual Christmas Team (Riccarton).\n\nWaft & Co. Recruitment",
   "Waft & Co.", "waftco.example", frm="Waft & Co. Recruitment <people@{dom}>", tz="nz")
mo("recruiter_outreach", "o-ro-glass", "Cold end lead – interested?",
   "Hi {n},\n\nI'm recruiting a cold-end team lead for a container glass plant near Knottingley-on-Aire. Your background looks close. Open to a chat?\n\n{sig}\nAnnealer Recruitment",
   "Annealer Recruitment", "annealer.example", tz="uk")
mo("recruiter_outreach", "o-ro-haldia", "Opportunity – utilities head",
   "Dear {n},\n\nGreetings. I have a mandate for a utilities head at a caprolactam complex near Kakinada. May I share the details?\n\n{sig}\nDeltaforce Executive Search",
   "Deltaforce Executive Search", "deltaforce-search.example", tz="in")
mo("non_job_rejection_words", "o-nj-marathon", "Ballot result",
   "Hi {n},\n\nThis year's places have now been drawn, and your entry was not selected. Tick the box in your account and your entry rolls into next year's ballot.\n\nCoastline Half Marathon",
   "Coastline Half Marathon", "coastlinehalf.example", frm="Coastline Half Marathon <entries@{dom}>", tz="uk")
mo("non_job_rejection_words", "o-nj-flat", "The flat on Colbeck Street",
   "Hi {n},\n\nCheers for the viewing at Colbeck Street. The landlord has gone with a different tenant, and it's off the market now.\n\n{sig}\nKeyhaven Lettings Desk",
   "Keyhaven Lettings Desk", "keyhavendesk.example", tz="uk")
mo("non_job_rejection_words", "o-nj-grant", "Heritage fund – your bid",
   "Dear {n},\n\nThe panel met on Tuesday. Unfortunately your bid for the dovecote roof repair was not funded this round.\n\n{sig}\nHamlet Roofs Fund",
   "Hamlet Roofs Fund", "villageheritagefund.example", tz="uk")
mo("non_job_rejection_words", "o-nj-artfair", "Makers' fair booth",
   "Hi {n},\n\nWe had many more requests than booths, and yours wasn't one of the ones drawn this year.\n\n{sig}\nRiverbend Makers' Fair",
   "Riverbend Makers' Fair", "riverbendartfair.example", tz="cam")
mo("non_job_rejection_words", "o-nj-league", "League entry",
   "Hi {n},\n\nThe winter backgammon league is full, so your entry didn't make it in. Your name sits at number one on the waiting list.\n\n{sig}\nThe Doubling Cube",
   "The Doubling Cube", "doublingcube.example", tz="usp")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("besom", "{sig} added an expense",
   "{sig} added \"Trial day – heather binding\" (£20.00). You are owed £20.00.\n\nNote from {sf}: thanks for a grand day on the binding horse. We've asked Ned Furze to take the besom bench for the winter, he cut brash with us all last year. Sorry it isn't you.",
   "Splitwise", "splitwise-mail.example", frm="Splitwise <notify@{dom}>", tz="uk")
wo("application_received", "besom", "{sig} added an expense",
   "{sig} added \"Bus fare – besom bench chat\" (£6.40). You are owed £6.40.\n\nNote from {sf}: good to meet. Whether we pick you or one of the woodland lads, a note from me lands here by the weekend.",
   "Splitwise", "splitwise-mail.example", frm="Splitwise <notify@{dom}>", tz="uk")
wr("ditcher", "Photo: note in the tea caddy",
   "[photo of a note written on a tea-bag envelope, left in the site hut]\n\n{n} – the ditching work on the bog road went to the Brennan brothers with their own digger. Thanks for coming out in the rain. – {sig}",
   "Owenmore Drainage", "owenmore-drainage.example", tz="ie")
wo("interview", "ditcher", "Photo: note in the hut",
   "[photo of a note on a tea-bag envelope pinned by the gas ring]\n\n{n} – come out to the cutaway on {dl} at 8, show us your slane and spade work. Unfortunately the hut door won't lock, leave nothing in it. – {sig}",
   "Owenmore Drainage", "owenmore-drainage.example", tz="ie")
wr("coster", "Lolly stick",
   "[photo: writing on an ice-lolly stick, handed over at the barrow]\n\nSORRY {n} – PITCH GONE TO DEL'S NEPHEW. TA FOR HELPING SAT. – {sig}",
   "Whitecross Fruit Barrow", "whitecrossbarrow.example", tz="uk")
wo("application_received", "coster", "Lolly stick",
   "[photo: writing on an ice-lolly stick]\n\n{n} – GOT YOUR NUMBER. IF DEL'S NEPHEW TAKES THE PITCH I'LL STILL RING YA SAT. – {sig}",
   "Whitecross Fruit Barrow", "whitecrossbarrow.example", tz="uk")
wr("pedlar", "Re: WANTED: pedlar's mate, Tweedside fairs",
   "In article <{ref}@news.example>, {full} wrote:\n> I'd be keen on the pedlar's mate job for the summer fairs.\n\nThanks {n}. Pack and tray have gone to Morag Teviot, who walked the Jedburgh round with me in '23. Good luck elsewhere.\n\n-- \n{sig}, licensed pedlar",
   "uk.jobs.crafts", "news.example", frm="{sig} <{sl}@usenet-post.example>", tz="uk")
wo("application_received", "pedlar", "Re: WANTED: pedlar's mate, Tweedside fairs",
   "In article <{ref}@news.example>, {full} wrote:\n> Still looking? I can start June.\n\nNoted, {n}. Two others have asked too. Chosen or not, every one of you gets an answer posted in this thread.\n\n-- \n{sig}, licensed pedlar",
   "uk.jobs.crafts", "news.example", frm="{sig} <{sl}@usenet-post.example>", tz="uk")
wr("chapman", "ICQ message from {sig}",
   "{sig} (UIN {ref}): hi {n}. the chapman role at the fair is taken, we've got Gwil Prosser doing the ribbons and almanacs tray. ta for the audition",
   "ICQ", "icq-relay.example", frm="ICQ <messages@{dom}>", tz="uk")
wo("next_steps", "chapman", "ICQ message from {sig}",
   "{sig} (UIN {ref}): hi {n}! before {dl} pls send me a photo in costume and your public liability cert, then the fair committee signs off",
   "ICQ", "icq-relay.example", frm="ICQ <messages@{dom}>", tz="uk")
wr("ragbone", "Scan: cheque counterfoil",
   "[scan of a cheque counterfoil, £15, \"trial round\"]\n\nOn the back: {n} – ta for the Tuesday round. The cart's going to my cousin Jacko from now on. All the best. {sig}",
   "Ackroyd Scrap & Salvage", "ackroydsalvage.example", tz="uk")
wo("offer", "ragbone", "Scan: cheque counterfoil",
   "[scan of a cheque counterfoil, £15, \"trial round\"]\n\nOn the back: {n} – the Thursday round is yours, starts {dl}. Horse knows the way. {sig}",
   "Ackroyd Scrap & Salvage", "ackroydsalvage.example", tz="uk")
wr("campanology", "Photo of the ringing chamber blackboard",
   "[photo of the blackboard in the ringing chamber]\n\nTOWER CAPTAIN'S NOTE: Paid ringer for weddings – Huia Tamatea appointed. Thanks to {n} and the other applicants for ringing with us.",
   "St Barnabas Bellringers", "stbarnabasringers.example", tz="nz")
wo("application_received", "campanology", "Photo of the ringing chamber blackboard",
   "[photo of the blackboard in the ringing chamber]\n\nWEDDING RINGER: applications closed. {n} + 3 others. Tower captain will speak to every applicant after practice, appointed or not.",
   "St Barnabas Bellringers", "stbarnabasringers.example", tz="nz")
wr("lollipop", "Dry-cleaning ticket",
   "[photo: back of a dry-cleaning ticket, left at the school office]\n\n{n}, the lollipop job at Heol Isaf has gone to Mr Rhys Beynon. Diolch for applying. – {sig}, school office",
   "Ysgol Heol Isaf", "ysgolheolisaf.example", tz="uk")
wo("interview", "lollipop", "Dry-cleaning ticket",
   "[photo: back of a dry-cleaning ticket]\n\n{n}, can you come in {dl} 3:15 to shadow the crossing? Unfortunately the school car park is shut for relining so park on the lane. – {sig}",
   "Ysgol Heol Isaf", "ysgolheolisaf.example", tz="uk")
wr("clippie", "Note on your time card",
   "[photo of a time card, week {ref}]\n\nWritten across the bottom: {n} – ta for the heritage running day. Conductor's job is going to Breda Kehoe, she's been on the old buses for years. {sig}",
   "Rathfarnham Vintage Omnibus Society", "vintageomnibus.example", tz="ie")
wo("next_steps", "clippie", "Note on your time card",
   "[photo of a time card, week {ref}]\n\nWritten across the bottom: {n} – get your vetting form back by {dl} and the conductor's shifts are yours to pick. {sig}",
   "Rathfarnham Vintage Omnibus Society", "vintageomnibus.example", tz="ie")
wr("lighterman", "New voicemail from (718) 555-0142",
   "Google Voice\n\nNew voicemail from {sig} (0:38):\n\"Hey {n}, it's {sf} from the tug office. Just letting you know we gave the deckhand spot on the lighter to Manny Ocasio, he's worked the Kill Van Kull barges for years. Thanks for coming down.\"",
   "Google Voice", "voice-mail.example", frm="Google Voice <voice-noreply@{dom}>", tz="use")
wo("application_received", "lighterman", "New voicemail from (718) 555-0142",
   "Google Voice\n\nNew voicemail from {sig} (0:29):\n\"Hi {n}, {sf} at the tug office. Got your papers. We'll call every guy who applied by Friday, yes or no.\"",
   "Google Voice", "voice-mail.example", frm="Google Voice <voice-noreply@{dom}>", tz="use")
wr("wherryman", "Visitor book page",
   "[photo of a page of the wherry's visitor book]\n\nFor {n}: thank you for crewing the trial sail to Ranworth. The mate's berth for the season went to Jago Thrower, who has sailed her since he was a lad. – {sig}, skipper",
   "Albion Wherry Trust", "albionwherry.example", tz="uk")
wo("interview", "wherryman", "Visitor book page",
   "[photo of a page of the wherry's visitor book]\n\nFor {n}: come for a trial sail on {dl}, 9am at the staithe. Unfortunately the quay toilets are locked this month. – {sig}, skipper",
   "Albion Wherry Trust", "albionwherry.example", tz="uk")
wr("navvy", "Photo: hard hat",
   "[photo of a yellow hard hat, marker pen on the brim]\n\n{n} – CUTTING GANG FULL. TOOK THE 2 LADS FROM THE TUESDAY DIG. CHEERS FOR THE SHIFT. – {sig}",
   "Dolgarrog Heritage Railway", "dolgarrograilway.example", tz="uk")
wo("offer", "navvy", "Photo: hard hat",
   "[photo of a yellow hard hat, marker pen on the brim]\n\n{n} – YOU'RE ON THE CUTTING GANG. FIRST DIG {dl}. BRING BOOTS. – {sig}",
   "Dolgarrog Heritage Railway", "dolgarrograilway.example", tz="uk")
wr("shunter", "bKash: You have received Tk 500.00",
   "You have received Tk 500.00 from {sig}. Ref: trial shift. Note: Shunter post filled by Mr. Abul Kalam from Ishwardi yard. Thank you brother.",
   "bKash", "bkash-alert.example", frm="bKash <alerts@{dom}>", tz="bd")
wo("application_received", "shunter", "bKash: You have received Tk 200.00",
   "You have received Tk 200.00 from {sig}. Ref: travel. Note: CV received. Selected or not, yard office will call all on Sunday.",
   "bKash", "bkash-alert.example", frm="bKash <alerts@{dom}>", tz="bd")
wr("chaperone", "KakaoPay: ₩30,000 received",
   "₩30,000 received from {sig}.\nMemo: thank you for the interview day {n}. trainee chaperone job we give to Ms. Byun who worked with us in Incheon tour. sorry and good luck",
   "KakaoPay", "kakaopay-notice.example", frm="KakaoPay <notice@{dom}>", tz="kr")
wo("next_steps", "chaperone", "KakaoPay: ₩20,000 received",
   "₩20,000 received from {sig}.\nMemo: {n}, please send criminal record check and passport copy before {dl}. then contract",
   "KakaoPay", "kakaopay-notice.example", frm="KakaoPay <notice@{dom}>", tz="kr")
wr("postilion", "MobilePay: 300 kr. from {sig}",
   "{sig} sent you 300 kr.\nComment: For the trial drive {n}. The postilion job we gave to Freja, she rode with the carriages at the horse show. Thank you",
   "MobilePay", "mobilepay-notice.example", frm="MobilePay <no-reply@{dom}>", tz="dk")
wo("interview", "postilion", "MobilePay: 150 kr. from {sig}",
   "{sig} sent you 150 kr.\nComment: Train ticket. Come ride with the team {dl} at 10. Unfortunately the stable yard is muddy, bring boots",
   "MobilePay", "mobilepay-notice.example", frm="MobilePay <no-reply@{dom}>", tz="dk")
wr("boundary", "ZOLEO message from {sig}",
   "ZOLEO check-in from {sig}:\nG'day {n}. Boundary rider job's gone to Rusty Tilmouth off the next station. Thanks for coming out. Fences are someone else's problem now lol",
   "ZOLEO", "zoleo-msg.example", frm="ZOLEO <messages@{dom}>", tz="nt")
wo("application_received", "boundary", "ZOLEO message from {sig}",
   "ZOLEO check-in from {sig}:\n{n} got ur details. If boss picks someone local I'll still msg u on here before muster",
   "ZOLEO", "zoleo-msg.example", frm="ZOLEO <messages@{dom}>", tz="nt")
wr("gaucho", "Mercado Pago: you received $ 20.000",
   "You received $ 20.000 from {sig}.\nNote: thanks for the days on the horses {n}. the job of puestero we give to Chacho, he knows the campo since small. suerte",
   "Mercado Pago", "mercadopago-notice.example", frm="Mercado Pago <info@{dom}>", tz="arg")
wo("offer", "gaucho", "Mercado Pago: you received $ 15.000",
   "You received $ 15.000 from {sig}.\nNote: {n} the puestero job is yours. Start {dl}. Bring saddle",
   "Mercado Pago", "mercadopago-notice.example", frm="Mercado Pago <info@{dom}>", tz="arg")
wr("vaquero", "SPEI transfer received",
   "SPEI transfer received: $1,200.00 MXN from {sig}.\nConcept: THANKS FOR ROUNDUP {n}. VAQUERO JOB WENT TO BETO RAMOS FROM THE NEXT RANCH",
   "SPEI", "spei-aviso.example", frm="Transfer notices <avisos@{dom}>", tz="mx")
wo("application_received", "vaquero", "SPEI transfer received",
   "SPEI transfer received: $300.00 MXN from {sig}.\nConcept: GAS {n}. WE CALL ALL WHO CAME, TAKEN OR NOT",
   "SPEI", "spei-aviso.example", frm="Transfer notices <avisos@{dom}>", tz="mx")
wr("dhobi", "STC Pay: SAR 100 received",
   "You received SAR 100 from {sig}.\nNote: {n} thanks for the trial at the wash house. The ironing job we gave to Rafiq who worked before in Dammam. Good luck",
   "STC Pay", "stcpay-notice.example", frm="STC Pay <notify@{dom}>", tz="sau")
wo("next_steps", "dhobi", "STC Pay: SAR 50 received",
   "You received SAR 50 from {sig}.\nNote: {n} please bring iqama copy and medical before {dl} for the ironing job",
   "STC Pay", "stcpay-notice.example", frm="STC Pay <notify@{dom}>", tz="sau")
wr("knacker", "Fitbit: new message from {sig}",
   "{sig} sent you a message:\n\"Well {n}, ta for the day at the yard. The collection driver job went to Mick Dooley, he's done fallen-stock runs for years. Keep walking! 10k steps that day\"",
   "Fitbit", "fitbit-mail.example", frm="Fitbit <community@{dom}>", tz="ie")
wo("interview", "knacker", "Fitbit: new message from {sig}",
   "{sig} sent you a message:\n\"{n} head out to the yard {dl} at 7 for a run with the truck. Unfortunately the lorry's heater is banjaxed, wrap up\"",
   "Fitbit", "fitbit-mail.example", frm="Fitbit <community@{dom}>", tz="ie")
wr("parchment", "Marktplaats: new message about \"Vellum offcuts\"",
   "{sig} wrote:\nHello {n}, about the assistant job in our parchment workshop which you asked about under my advert: we have taken Sanne, a student of manuscript repair. Thanks for your interest, and the vellum offcuts are still for sale.",
   "Marktplaats", "marktplaats-msg.example", frm="Marktplaats <berichten@{dom}>", tz="nl")
wo("application_received", "parchment", "Marktplaats: new message about \"Stretching frames\"",
   "{sig} wrote:\nHello {n}, your letter about the workshop job arrived. Yes or no, I answer every person here before the 28th.",
   "Marktplaats", "marktplaats-msg.example", frm="Marktplaats <berichten@{dom}>", tz="nl")
wr("amanuensis", "Lydia: {sig} sent you €25",
   "{sig} sent you €25.\n\"For your afternoon of dictation {n}. Monsieur Vallet has chosen Léa, the student who read to him last winter, as his secretary. With thanks.\"",
   "Lydia", "lydia-notice.example", frm="Lydia <no-reply@{dom}>", tz="fr")
wo("next_steps", "amanuensis", "Lydia: {sig} sent you €10",
   "{sig} sent you €10.\n\"{n}, Monsieur Vallet asks for two pages of typed dictation sample by {dl}, then he decides.\"",
   "Lydia", "lydia-notice.example", frm="Lydia <no-reply@{dom}>", tz="fr")
wr("illuminator", "Wero: payment received",
   "You received €40 from {sig}.\nMessage: Thank you for the gold-leaf test {n}. The apprentice illuminator place went to Jolien from the academy. Best wishes",
   "Wero", "wero-notice.example", frm="Wero <notifications@{dom}>", tz="be")
wo("offer", "illuminator", "Wero: payment received",
   "You received €40 from {sig}.\nMessage: For the test day {n}. The place is yours, start {dl}. Unfortunately our studio stairs are steep, sorry!",
   "Wero", "wero-notice.example", frm="Wero <notifications@{dom}>", tz="be")
wr("limner", "BLIK transfer received",
   "Incoming transfer 120,00 PLN from {sig}.\nTitle: watercolour likeness trial {n} – the commission assistant is Zosia from the Toruń academy, thank you",
   "BLIK", "blik-notice.example", frm="Bank notification <blik@{dom}>", tz="pl")
wo("application_received", "limner", "BLIK transfer received",
   "Incoming transfer 20,00 PLN from {sig}.\nTitle: sample postage {n} – received, answer to every candidate by 15th, also if no",
   "BLIK", "blik-notice.example", frm="Bank notification <blik@{dom}>", tz="pl")
wr("silhouette", "PayPay: ¥5,000 received",
   "Received ¥5,000 from {sig}.\nMessage: Thank you for the try-out cutting at the event {n}. The assistant silhouette artist is Mr. Kojima from Kobe. Sorry.",
   "PayPay", "paypay-notice.example", frm="PayPay <info@{dom}>", tz="jp")
wo("interview", "silhouette", "PayPay: ¥1,000 received",
   "Received ¥1,000 from {sig}.\nMessage: For the train {n}. Please come cut two profiles at our booth on {dl} 13:00. Unfortunately the hall air-con is broken.",
   "PayPay", "paypay-notice.example", frm="PayPay <info@{dom}>", tz="jp")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar-qizha", "بخصوص العمل في المعصرة",
   "{n} المحترم/ة،\n\nشكراً لزيارتك معصرة القزحة وتجربتك على خط التعبئة. وقع اختيارنا على السيدة منى الربضي، فهي تعمل معنا في المواسم منذ ثلاث سنوات.\n\nمع أطيب التمنيات،\n{sig}\nمعصرة قزحة عجلون",
   "معصرة قزحة عجلون", "ajlounqizha.example", tz="jo", lang="ar")
wo("application_received", "ar-qizha", "وصلنا طلبك",
   "{n} المحترم/ة،\n\nاستلمنا طلبك للعمل في المعصرة. قُبلت أم لم تُقبل، سنتصل بكل من تقدّم قبل آخر الشهر.\n\n{sig}\nمعصرة قزحة عجلون",
   "معصرة قزحة عجلون", "ajlounqizha.example", tz="jo", lang="ar")
wr("de-cuckoo", "Ihre Bewerbung als Gehäuseschnitzer/in",
   "Hallo {n},\n\nvielen Dank, dass Sie zum Probetag in die Werkstatt gekommen sind. Die Stelle am Schnitzbank haben wir Tobias Hummel gegeben, der seine Lehre hier gemacht hat und im Herbst zurückkommt.\n\nAlles Gute für Sie,\n{sig}\nKuckucksuhren-Werkstatt am Bregbach, Furtwangen",
   "Kuckucksuhren-Werkstatt am Bregbach", "kuckuck-bregbach.example", tz="de", lang="de")
wo("interview", "de-cuckoo", "Einladung zum Gespräch",
   "Hallo {n},\n\nhätten Sie am {dl} um 9 Uhr Zeit für ein Gespräch bei uns? Leider ist der Hof gerade eine Baustelle; parken Sie bitte an der Kirche.\n\n{sig}\nKuckucksuhren-Werkstatt am Bregbach",
   "Kuckucksuhren-Werkstatt am Bregbach", "kuckuck-bregbach.example", tz="de", lang="de")
wr("es-alebrije", "Sobre el puesto de pintor",
   "Hola {n}:\n\nGracias por venir a pintar la pieza de prueba. El puesto se lo quedó Ernesto, sobrino de la familia, que ya nos ayudaba los fines de semana con los nahuales grandes.\n\nUn abrazo,\n{sig}\nTaller de Alebrijes Tilcajete",
   "Taller de Alebrijes Tilcajete", "alebrijestilcajete.example", tz="mx", lang="es")
wo("application_received", "es-alebrije", "Recibimos tu mensaje",
   "Hola {n}:\n\nRecibimos tus fotos, ¡qué bonitos colores! Quedes o no quedes, te respondemos por aquí antes del 30.\n\n{sig}\nTaller de Alebrijes Tilcajete",
   "Taller de Alebrijes Tilcajete", "alebrijestilcajete.example", tz="mx", lang="es")
wr("fr-laguiole", "Poste de monteur de manches",
   "Bonjour {n},\n\nMerci d'être venu essayer l'établi mardi. Le poste de monteur revient à Julien Rouquette, qui travaillait jusqu'ici chez un confrère de Thiers.\n\nBien cordialement,\n{sig}\nCoutellerie de l'Aubrac, Laguiole",
   "Coutellerie de l'Aubrac", "coutellerie-aubrac.example", tz="fr", lang="fr")
wo("next_steps", "fr-laguiole", "Pièces à fournir",
   "Bonjour {n},\n\nPour finaliser votre embauche, envoyez-nous d'ici le {dl} la copie de votre CAP, votre attestation de carte Vitale et vos coordonnées bancaires.\n\n{sig}\nCoutellerie de l'Aubrac",
   "Coutellerie de l'Aubrac", "coutellerie-aubrac.example", tz="fr", lang="fr")
wr("hi-kaleen", "बुनाई मास्टर पद",
   "नमस्ते {n} जी,\n\nकारखाने आकर करघा देखा, शुक्रिया। बुनाई मास्टर की जगह पर हमने सलीम अंसारी को रख लिया है, वे पिछले चार साल से हमारे यहाँ कारीगर हैं।\n\nशुभकामनाओं के साथ,\n{sig}\nभदोही कालीन कारखाना",
   "भदोही कालीन कारखाना", "bhadohikaleen.example", tz="in", lang="hi")
wo("application_received", "hi-kaleen", "आवेदन मिला",
   "नमस्ते {n} जी,\n\nआपकी चिट्ठी और नमूने की फ़ोटो हमारे पास आ गई। आपको चुनें या न चुनें, महीने के आख़िर तक हर आवेदक को फ़ोन से बता दिया जाएगा।\n\n{sig}\nभदोही कालीन कारखाना",
   "भदोही कालीन कारखाना", "bhadohikaleen.example", tz="in", lang="hi")
wr("it-fornace", "Posto di serventino",
   "Gentile {n},\n\nla ringraziamo per giovedì in fornace. Il posto di serventino è andato a Mattia, che lavora con noi d'estate da due anni e conosce già la piazza.\n\nUn caro saluto,\n{sig}\nFornace Ca' Rossa, Murano",
   "Fornace Ca' Rossa", "fornacecarossa.example", tz="it", lang="it")
wo("offer", "it-fornace", "Proposta di lavoro",
   "Gentile {n},\n\nil posto di aiuto in fornace è suo, se lo vuole, dal {dl}. Purtroppo il vaporetto delle 7 è sospeso per lavori, quindi prenda quello delle 6:40.\n\n{sig}\nFornace Ca' Rossa",
   "Fornace Ca' Rossa", "fornacecarossa.example", tz="it", lang="it")
wr("ja-arita", "絵付け職人の募集について",
   "{n}様\n\n先日は窯元での実技試験にお越しいただき、ありがとうございました。絵付け職人につきましては、当窯で五年修業している者を採用することといたしました。\n\n今後のご活躍をお祈りしております。\n{sig}\n有田 青嶺窯",
   "有田 青嶺窯", "arita-seirei.example", tz="jp", lang="ja")
wo("interview", "ja-arita", "面接のご案内",
   "{n}様\n\n{dl}午前十時に面接をお願いできますでしょうか。あいにく窯元の駐車場が工事中のため、駅から徒歩でお越しください。\n\n{sig}\n有田 青嶺窯",
   "有田 青嶺窯", "arita-seirei.example", tz="jp", lang="ja")
wr("ko-hwagak", "화각 보조 채용 결과",
   "{n}님께\n\n공방 실기 시험에 와 주셔서 감사합니다. 화각 공예 보조 자리는 저희 공방에서 3년 동안 수련한 이수진 씨가 맡게 되었습니다.\n\n앞으로 좋은 일 가득하시길 바랍니다.\n{sig}\n강진 화각공방",
   "강진 화각공방", "gangjin-hwagak.example", tz="kr", lang="ko")
wo("next_steps", "ko-hwagak", "서류 제출 안내",
   "{n}님께\n\n채용 절차를 마치기 위해 {dl}까지 주민등록등본과 건강진단서를 보내 주세요.\n\n{sig}\n강진 화각공방",
   "강진 화각공방", "gangjin-hwagak.example", tz="kr", lang="ko")
wr("pt-faianca", "Lugar de pintora",
   "Olá {n},\n\nObrigada pela tarde de experiência na oficina. O lugar de pintora ficou com a Beatriz, que já pintava as couves de faiança connosco aos sábados.\n\nCumprimentos,\n{sig}\nFaianças da Rainha, Caldas da Rainha",
   "Faianças da Rainha", "faiancasrainha.example", tz="pt", lang="pt")
wo("offer", "pt-faianca", "Proposta – ajudante de forno",
   "Olá {n},\n\nFicamos contentes: pode começar como ajudante de forno em {dl}. Infelizmente o parque ao lado da oficina está em obras, venha de autocarro.\n\n{sig}\nFaianças da Rainha",
   "Faianças da Rainha", "faiancasrainha.example", tz="pt", lang="pt")
wr("ru-gzhel", "По поводу пробной росписи",
   "Здравствуйте, {n}!\n\nРады были видеть вас на пробном дне. На место художника мы взяли Дарью Смирнову, она уже два года проходит у нас практику.\n\nВсего вам доброго,\n{sig}\nГжельская расписная мастерская",
   "Гжельская расписная мастерская", "gzhel-masterskaya.example", tz="ru", lang="ru")
wo("application_received", "ru-gzhel", "Письмо получили",
   "Здравствуйте, {n}!\n\nВаше письмо и фотографии работ получили. Возьмём вас или нет, ответим каждому до конца месяца.\n\n{sig}\nГжельская расписная мастерская",
   "Гжельская расписная мастерская", "gzhel-masterskaya.example", tz="ru", lang="ru")
wr("sw-mkokoteni", "Kuhusu nafasi ya fundi",
   "Habari {n},\n\nShukrani kwa kututembelea karakanani. Kazi ya fundi wa mikokoteni imekwenda kwa Juma Saidi, aliyetusaidia tangu mwaka uliopita.\n\nMungu akubariki,\n{sig}\nKarakana ya Mikokoteni Tabora",
   "Karakana ya Mikokoteni Tabora", "mikokotenitabora.example", tz="tz", lang="sw")
wo("offer", "sw-mkokoteni", "Nafasi ya kazi",
   "Habari {n},\n\nKazi ya fundi msaidizi ni yako ukitaka, kuanzia {dl}. Kwa bahati mbaya, umeme wa karakanani si wa kutegemewa, hivyo kazi huanza alfajiri.\n\n{sig}\nKarakana ya Mikokoteni Tabora",
   "Karakana ya Mikokoteni Tabora", "mikokotenitabora.example", tz="tz", lang="sw")
wr("th-tawai", "ผลการทดลองงานช่างแกะสลัก",
   "เรียนคุณ{n}\n\nขอบคุณที่มาทดลองแกะสลักที่โรงงานของเรา ตำแหน่งช่างแกะสลักเราได้รับคุณสมชาย ซึ่งทำงานกับเราแบบชั่วคราวมาสองปีแล้ว\n\nขอให้โชคดี\n{sig}\nบ้านถวายงานไม้",
   "บ้านถวายงานไม้", "bantawai-wood.example", tz="th", lang="th")
wo("interview", "th-tawai", "เชิญสัมภาษณ์",
   "เรียนคุณ{n}\n\nขอเชิญมาสัมภาษณ์วันที่ {dl} เวลา 10.00 น. ขออภัยที่ลานจอดรถหน้าโรงงานกำลังปรับปรุง กรุณาจอดที่วัดข้าง ๆ\n\n{sig}\nบ้านถวายงานไม้",
   "บ้านถวายงานไม้", "bantawai-wood.example", tz="th", lang="th")
wr("tr-avanos", "Çark ustası yardımcılığı hakkında",
   "Merhaba {n},\n\nDeneme günü için atölyemize geldiğiniz için teşekkürler. Çark ustası yardımcılığına, iki yazdır bizimle çalışan Mehmet Kaya'yı aldık.\n\nİyi şanslar dileriz,\n{sig}\nAvanos Çömlek Atölyesi",
   "Avanos Çömlek Atölyesi", "avanoscomlek.example", tz="tr", lang="tr")
wo("next_steps", "tr-avanos", "Evrak talebi",
   "Merhaba {n},\n\nİşe giriş için {dl} tarihine dek nüfus kâğıdı sureti ile sağlık raporu lazım; lütfen gönderin.\n\n{sig}\nAvanos Çömlek Atölyesi",
   "Avanos Çömlek Atölyesi", "avanoscomlek.example", tz="tr", lang="tr")
wr("ur-rilli", "رلی کی سلائی کی جگہ",
   "محترم {n}،\n\nورکشاپ آنے اور ٹانکے دکھانے کا شکریہ۔ رلی کی سلائی کا کام اب زینب بی بی کریں گی، وہ پچھلے سال سے ہمارے ساتھ ہیں۔\n\nنیک تمنائیں\n{sig}\nٹھٹھہ رلی ورکشاپ",
   "ٹھٹھہ رلی ورکشاپ", "thattarilli.example", tz="pk", lang="ur")
wo("next_steps", "ur-rilli", "کاغذات بھیجیں",
   "محترم {n}،\n\nکام شروع ہونے سے قبل {dl} تک ورکشاپ میں اپنا شناختی کارڈ (نقل) اور دو عدد تصاویر جمع کروا دیں۔\n\n{sig}\nٹھٹھہ رلی ورکشاپ",
   "ٹھٹھہ رلی ورکشاپ", "thattarilli.example", tz="pk", lang="ur")
wr("zh-dehua", "关于试工结果",
   "{n}你好：\n\n感谢你来窑厂参加试工。雕塑助理的岗位，我们已经给了在厂里做了两年学徒的小黄。\n\n祝一切顺利！\n{sig}\n德化白瓷工坊",
   "德化白瓷工坊", "dehua-baici.example", tz="cn", lang="zh")
wo("application_received", "zh-dehua", "已收到你的申请",
   "{n}你好：\n\n你的申请和作品照片我们已经收到。不论是否录用，我们都会在月底前给每位应聘者回复。\n\n{sig}\n德化白瓷工坊",
   "德化白瓷工坊", "dehua-baici.example", tz="cn", lang="zh")
# new to the slices
wr("xsr-teahouse", "ཇ་ཁང་གི་ལས་ཀ།",
   "{n} ལགས།\n\nབཀྲ་ཤིས་བདེ་ལེགས། ཇ་ཁང་དུ་ཕེབས་པར་ཐུགས་རྗེ་ཆེ། ཇ་ཁང་གི་ལས་ཀ་དེ་ ལྷག་པ་ལ་སྤྲད་ཟིན། ཁོ་ལོ་གསུམ་རིང་ཇ་ཁང་འདིར་ཞབས་ཞུ་ཞུས་ཡོད།\n\n{sig}\nནམ་ཆེ་ཇ་ཁང་",
   "ནམ་ཆེ་ཇ་ཁང་", "namche-teahouse.example", tz="np", lang="xsr")
wo("interview", "xsr-teahouse", "ཇ་ཁང་དུ་ཕེབས་རོགས།",
   "{n} ལགས།\n\nབཀྲ་ཤིས་བདེ་ལེགས། {dl} ཉིན་མོ་སྔ་དྲོ་ ཇ་ཁང་དུ་ཕེབས་རོགས། གླེང་མོལ་བྱེད་རྒྱུ་ཡིན།\n\n{sig}\nནམ་ཆེ་ཇ་ཁང་",
   "ནམ་ཆེ་ཇ་ཁང་", "namche-teahouse.example", tz="np", lang="xsr")
wr("gvr-mule", "खच्चर टोलीको काम",
   "फ्याफुल्ला {n},\n\nघान्द्रुक आबरी थुजेछे। खच्चर टोलीको काम छिरिङ गुरुङलाई पिंसि, ख्यो ङ्युइ बर्खा ङाला खच्चर ह्रोंमुँ।\n\n{sig}\nघान्द्रुक खच्चर टोली",
   "घान्द्रुक खच्चर टोली", "ghandrukmule.example", tz="np", lang="gvr")
wr("iru-snake", "பாம்பு பிடிக்கும் வேலை",
   "{n} அவங்களுக்கு,\n\nசங்கத்துக்கு வந்து பாம்பு பிடிச்சு காட்டினதுக்கு நன்றி. அந்த வேலையை மாசியோட மகன் ரங்கனுக்கு குடுத்துட்டோம், அவன் மூணு வருசமா எங்ககூட காட்டுக்கு வாரான்.\n\n{sig}\nமேட்டுப்பாளையம் பாம்பு பிடிப்போர் சங்கம்",
   "மேட்டுப்பாளையம் பாம்பு பிடிப்போர் சங்கம்", "irulasnakecoop.example", tz="in", lang="iru")
wo("next_steps", "iru-snake", "ஆவணங்கள்",
   "{n} அவங்களுக்கு,\n\n{dl} குள்ள ஆதார் நகலும் ரெண்டு போட்டோவும் சங்கத்துக்கு குடுங்க. அப்பறம் வேலை ஆரம்பிக்கலாம்.\n\n{sig}\nமேட்டுப்பாளையம் பாம்பு பிடிப்போர் சங்கம்",
   "மேட்டுப்பாளையம் பாம்பு பிடிப்போர் சங்கம்", "irulasnakecoop.example", tz="in", lang="iru")
wr("vmw-angoche", "Muteko wa oxona ikapulana",
   "Salaama {n},\n\nKoxukhuru okhuma wa onikhalihera mmakhalihero. Muteko ole wa oxona ikapulana nimvahe Amina Momade, owo onivara muteko ni hiyo eyaakha piili.\n\n{sig}\nOficina de Costura de Angoche",
   "Oficina de Costura de Angoche", "costura-angoche.example", tz="mz", lang="vmw")
wr("dtp-ranau", "Jawatan pikiboros",
   "Kopivosian {n},\n\nKotohuadan om minlumaan ko id pusat kolupusan. Jawatan pikiboros nopo nga pinataak nodi di Rosnah Gampang, tongous kopio nokoihaan do tolu toun miampai dahai.\n\n{sig}\nRanau Hot Spring Baths",
   "Ranau Hot Spring Baths", "ranauhotspring.example", tz="my", lang="dtp")
wo("application_received", "dtp-ranau", "Surat nu minaan",
   "Kopivosian {n},\n\nMinaan dahai surat nu. Tinimungan toi au, sumimbar dahai do ingkaa id tokou ngaavi om ponoimbar sabaagi di nokosikul.\n\n{sig}\nRanau Hot Spring Baths",
   "Ranau Hot Spring Baths", "ranauhotspring.example", tz="my", lang="dtp")
wr("cho-stickball", "Kapucha shop",
   "Halito {n},\n\nYakoke chi-pisa-li ka. Kapucha ikbi asha yvt Jimmy Bohanan im vlhpesa tok, yvmma hvshi untuchina kapucha ikbi tok.\n\n{sig}\nDurant Kapucha Makers",
   "Durant Kapucha Makers", "durantkapucha.example", tz="usc", lang="cho")
wo("offer", "cho-stickball", "Kapucha shop – toksvli",
   "Halito {n},\n\nChishnakato toksvli ya chim vlhpesa. {dl} ash toksvli ish ia hinla.\n\n{sig}\nDurant Kapucha Makers",
   "Durant Kapucha Makers", "durantkapucha.example", tz="usc", lang="cho")
wr("pon-sakau", "Doadoahk nan sakau bar",
   "Kaselehlie {n},\n\nKalahngan en amwail kohdo rahn Pwong. Doadoahk en pounsakau kitail ketikihongehr Kioshi Alik, me doadoahk rehtail erein sounpar riau.\n\n{sig}\nNahnpwil Sakau, Kolonia",
   "Nahnpwil Sakau", "nahnpwilsakau.example", tz="fm", lang="pon")
wo("interview", "pon-sakau", "Kohdo kasdihdo",
   "Kaselehlie {n},\n\nMenlau kohdo nan sakau bar ni {dl} ni awa 4 pwe kitail en koasoia duwen doadoahk.\n\n{sig}\nNahnpwil Sakau",
   "Nahnpwil Sakau", "nahnpwilsakau.example", tz="fm", lang="pon")
wr("tzh-ocosingo", "Ta swenta a'tel",
   "Lek a'wil {n}.\n\nWokol awal ta la wulaj ta rancho. Te a'tel yu'un jpik wakax la jk'ambeytik ta Xun Méndez, ya x-a'tej soktik ta oxeb ja'wil.\n\n{sig}\nRancho Ts'unun, Ocosingo",
   "Rancho Ts'unun", "ranchotsunun.example", tz="mx", lang="tzh")
wo("application_received", "tzh-ocosingo", "La jta a jun",
   "Lek a'wil {n}.\n\nLa jta a jun. Ak'a ya jk'ambat o ma'uk, ya jkaltik ta spisil machatik la yak' sbaik ta jun ch'ix u.\n\n{sig}\nRancho Ts'unun",
   "Rancho Ts'unun", "ranchotsunun.example", tz="mx", lang="tzh")
wr("sid-bajaj", "Loosho daafira",
   "Ayyaanaa {n},\n\nGalatoommo garaashete daggite. Bajaajete loosho Abebe Tumato uyinoommo; isi lame diri nooni ledo loosanno.\n\n{sig}\nHawaasa Bajaaje Garaashe",
   "Hawaasa Bajaaje Garaashe", "hawassabajaj.example", tz="et", lang="sid")
wo("application_received", "sid-bajaj", "Borrosi ikkitino",
   "Ayyaanaa {n},\n\nBorrokki nooweeha ikkitino. Doorantoommo woy doorantinokkinni, ayirrinye duuchu ajjeeshshe sidaamo afoonni xawisiinanninke.\n\n{sig}\nHawaasa Bajaaje Garaashe",
   "Hawaasa Bajaaje Garaashe", "hawassabajaj.example", tz="et", lang="sid")
wr("kau-gum", "Lardə gum arabic",
   "Wushe {n},\n\nNyiga kəriwa sha wa. Lardə kulluwu gum arabic-be Modu Kachallaro yikko, shi dəgəl ngəwu nyiga ya ndasoye.\n\n{sig}\nMaiduguri Gum Arabic Depot",
   "Maiduguri Gum Arabic Depot", "maidugurigum.example", tz="ng", lang="kau")
wo("application_received", "kau-gum", "Takarda nyiwa sətəna",
   "Wushe {n},\n\nTakarda nyiwa sətəna. Nyiro yikko wa ya yikkin wa ya, nəmkaro kəla fuwuntə ambe kulliro baro.\n\n{sig}\nMaiduguri Gum Arabic Depot",
   "Maiduguri Gum Arabic Depot", "maidugurigum.example", tz="ng", lang="kau")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert-crafts", "New traditional-skills jobs near you",
   "Hi {n},\n\nThree fresh listings for your saved search:\n• Trainee besom maker – woodland co-op, near Petworth\n• Heritage railway volunteer coordinator – near Betws-y-Coed\n• Fruit barrow assistant – near Bethnal Green\n\nManage alerts in your account.\nOld Skills Jobs Board",
   "Old Skills Jobs Board", "oldcraftsjobs.example", frm="Old Skills Jobs Board <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "roblox-group", "Your request to join a group was declined",
   "Hi {n},\n\nYour request to join the group \"Wherry Sailors Club\" was declined by the group owner. You can request to join other groups at any time.\n\nRoblox",
   "Roblox", "roblox-notice.example", frm="Roblox <no-reply@{dom}>", tz="usp")

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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "iru": "{d}/{m}/{y}", "xsr": "{d}/{m}/{y}", "gvr": "{d}/{m}/{y}",
    "cho": "{m}/{d}/{y}", "pon": "{m}/{d}/{y}",
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
        rec["id"] = f"blind49:{short}-{counters[short]:03d}"
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
