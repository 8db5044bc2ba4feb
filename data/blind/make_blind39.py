# ruff: noqa: E501, S311
"""Write the thirty-ninth sealed blind slice for issue 11 (blind-slice-39.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 39 and later never read; our side printed)
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

SEED = 390391
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-39.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 39
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Adaeze Okonkwo", "Callum Prentice", "Nokuthula Mabaso", "Siobhan Garvey", "Tendai Chikwanha",
    "Rhiannon Lloyd", "Obiora Ezeugwu", "Tamati Kereama", "Kristine Macaraeg", "Ronan Tiernan",
    "Boitumelo Sechaba", "Fatima Bello", "Sibusiso Ntuli", "Iona MacLeod", "Efua Amponsah",
    "Jia Hui Tan", "Mwanaisha Salim", "Darragh Foley", "Shanice Alleyne", "Aditya Rao",
    "Hinemoa Walker", "Kwabena Asante", "Ngozi Okeke", "Fraser Dunbar", "Zodwa Mthembu",
    "Anjali Nambiar", "Farhan Siddiqui", "Tevita Mahe", "Cormac Breslin", "Refilwe Molefe",
    "Adwoa Mensah", "Senthil Kumar", "Nilanthi Fernando", "Joost van Dijk", "Ayaan Hersi",
    "Farai Mutasa", "Gráinne Hogan", "Chinedu Ibe", "Manaia Pohatu", "Lwazi Khanyile",
    "Parvathy Menon", "Carlo Bautista", "Sizwe Mahlangu", "Solène Girard", "Ibrahim Garba",
    "Brianna Colquhoun", "Esi Quaye", "Mairéad Lyons", "Ikenna Obi", "Mele Havili",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Ashworth", "Gethin Morgan", "Priya Chauhan", "Hamish Galbraith", "Tamsin Oakley", "Kofi Mensah-Brown",
           "Eilidh Fraser", "Nathaniel Pryce", "Bronwen Teague", "Oliver Whitcombe", "Yasmin Qureshi", "Duncan Leitch"],
    "ie": ["Orla Keaveney", "Cathal Ó Briain", "Róisín Dunphy", "Fionn McGrath", "Aisling Tierney"],
    "eu": ["Mette Kjærgaard", "Sigrid Haugland", "Reto Baumgartner", "Lucie Dvořáková", "Jean-Luc Weber", "Nils Fredriksen"],
    "us": ["Shawna Pettigrew", "Dwayne Kowalski", "Marisela Ortega", "Jonah Feldstein", "Crystal Begay", "Tyrell Washington"],
    "ca": ["Geneviève Tremblay", "Owen Makokis", "Priyanka Sandhu", "Marc-André Poirier", "Leah Kowalchuk"],
    "au": ["Kirra Ellis", "Dominic Papadopoulos", "Tahlia Brennan", "Huy Tran", "Bronte McAllister"],
    "nz": ["Aroha Te Whata", "Tane Hohaia", "Kirsty Bannerman", "Losa Faleolo", "Matiu Rewiti"],
    "za": ["Naledi Dlamini", "Pieter Steyn", "Lindiwe Zulu", "Thabo Mokgosi", "Chantelle Adams"],
    "ke": ["Wanjiru Mwangi", "Otieno Ouma", "Nafula Wekesa"],
    "tz": ["Rehema Kombo", "Baraka Mushi"],
    "ng": ["Chiamaka Eze", "Babatunde Adesina", "Ifeoma Nwosu"],
    "in": ["Lakshmi Raghavan", "Vikram Bhatnagar", "Shruti Kulkarni", "Arjun Reddy"],
    "gulf": ["Noora Al Kuwari", "Faisal Al Mutairi", "Sunil D'Souza", "Layla Bucheeri"],
    "na": ["Ndapewa Shikongo", "Hendrik van Wyk"],
    "mw": ["Chikondi Banda", "Thoko Mhango"],
    "fj": ["Litia Vakaloloma", "Ravinesh Prasad"],
    "ws": ["Fetu Tuiasosopo", "Mele Schuster"],
    "to": ["Siosaia Fifita", "Lesieli Taufa"],
    "vu": ["Esther Kalo", "Charlie Nalau"],
    "tt": ["Kerlyn Baptiste", "Rajesh Maharaj"],
    "mv": ["Aishath Shiuna", "Ibrahim Nashid"],
    "bn": ["Rosnah Ahmad", "Awang Hafiz Yusof"],
    "tl": ["Natércia Soares", "Domingos Amaral"],
    "kh": ["Sokha Chan", "Dara Kim"],
    "la": ["Vilayphone Sisouk", "Khamla Phommachanh"],
    "mm": ["Thiri Aung", "Kyaw Zin Htet"],
    "is": ["Guðrún Halldórsdóttir", "Einar Sigurðsson"],
}
# the signers' region by the sender's time zone
REGION = {"use": "us", "usc": "us", "usm": "us", "az": "us", "cae": "ca", "cac": "ca", "sk": "ca",
          "sa": "au", "tas": "au", "act": "au", "auq": "au", "nt": "au", "qa": "gulf", "kw": "gulf", "bh": "gulf",
          "dk": "eu", "no": "eu", "ch": "eu", "cz": "eu", "lu": "eu"}
LANG_SIGNERS = {
    "ar": ["رنا الزعبي", "باسل الحوراني"], "de": ["Hiltrud Beckmann", "Jörg Wienands"],
    "es": ["Guadalupe Ruiz Matus", "Efraín Cruz"], "fr": ["Mireille Chabanne", "Gilles Perrichon"],
    "hi": ["कमलेश वार्ष्णेय", "फ़रहाना रिज़वी"], "it": ["Lorenza Bertolini", "Gianmarco Ferrari"],
    "ja": ["池田 恵子", "松尾 和也"], "ko": ["정은숙", "김동현"], "pt": ["Graça Moreira", "Rui Pinho"],
    "ru": ["Ольга Тимофеева", "Сергей Бабкин"], "sw": ["Mwanahawa Said", "Ali Makame"],
    "th": ["อรุณี ศรีวงศ์", "ประเสริฐ บุญมา"], "tr": ["Nurhan Aydoğdu", "Kemal Özkan"],
    "ur": ["نسرین قریشی", "عمران گیلانی"], "zh": ["刘桂芳", "周国强"],
    "bal": ["شاہ بی بی بلوچ", "نصیر احمد رند"], "kas": ["شمیمہ اختر", "غلام نبی ڈار"],
    "ace": ["Cut Nurlaila", "Teuku Rizal"], "mad": ["Siti Khotijah", "Moh. Holis"],
    "sas": ["Baiq Rahmawati", "Lalu Hamdani"], "tsg": ["Nurhaida Tahil", "Abdurahman Jumdail"],
    "lld": ["Ingrid Demetz", "Alois Runggaldier"], "dzo": ["ཀརྨ་ཆོས་སྒྲོན", "དབང་ཕྱུག་རྡོ་རྗེ"],
    "mhr": ["Галина Ямбаева", "Иван Сапаев"], "zza": ["Zeynep Dersimi", "Hıdır Ateş"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة العمري", "يزن الخطيب"], "de": ["Svenja Lohmann", "Tobias Grewe"],
    "es": ["Citlali Hernández", "Rodrigo Vásquez"], "fr": ["Aurélie Fabre", "Quentin Lacroix"],
    "hi": ["नेहा सक्सेना", "आदित्य मिश्रा"], "it": ["Chiara Moretti", "Davide Bellini"],
    "ja": ["吉田 さくら", "高橋 翔"], "ko": ["이수진", "박준호"], "pt": ["Inês Carvalho", "Tiago Rocha"],
    "ru": ["Дарья Лебедева", "Максим Орлов"], "sw": ["Zawadi Ameir", "Juma Khamis"],
    "th": ["กมลชนก ใจดี", "ณัฐพล แก้วมณี"], "tr": ["Büşra Demir", "Emre Kaya"],
    "ur": ["عائشہ ملک", "حمزہ چودھری"], "zh": ["陈思雨", "张浩然"],
    "bal": ["ماہ گنج بلوچ", "شاہ مراد بزنجو"], "kas": ["رُخسانہ جان", "عرفان بٹ"],
    "ace": ["Rahmah Yusuf", "Fadhil Ismail"], "mad": ["Nur Hasanah", "Ach. Fauzi"],
    "sas": ["Baiq Sulastri", "Lalu Wira"], "tsg": ["Sitti Ayesha Alih", "Hadji Omar Sali"],
    "lld": ["Verena Senoner", "Matthias Perathoner"], "dzo": ["སོ་ནམ་ལྷ་མོ", "ཚེ་རིང་ནོར་བུ"],
    "mhr": ["Елена Иванова", "Алексей Мамаев"], "zza": ["Gulîzar Doğan", "Mehmet Çiçek"],
}
GIVEN = {
    "Jia Hui Tan": "Jia Hui", "Kofi Mensah-Brown": "Kofi", "Marc-André Poirier": "Marc-André",
    "Aroha Te Whata": "Aroha", "Hendrik van Wyk": "Hendrik", "Joost van Dijk": "Joost",
    "Noora Al Kuwari": "Noora", "Faisal Al Mutairi": "Faisal", "Awang Hafiz Yusof": "Hafiz",
    "Kyaw Zin Htet": "Zin", "Sokha Chan": "Sokha", "Dara Kim": "Dara", "Thiri Aung": "Thiri",
}
PROVIDERS = ["ibismail", "baobabpost", "kiwiinbox", "wrenbox", "protea-mail", "fernlink"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "eu": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"), "pt": ("+0000", "+0100", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "az": ("-0700", None, ""), "cae": ("-0500", "-0400", "us"), "cac": ("-0600", "-0500", "us"),
    "sk": ("-0600", None, ""), "tt": ("-0400", None, ""), "mx": ("-0600", None, ""), "is": ("+0000", None, ""),
    "au": ("+1000", "+1100", "au"), "act": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"),
    "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "nt": ("+0930", None, ""),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""), "ws": ("+1300", None, ""), "to": ("+1300", None, ""),
    "vu": ("+1100", None, ""), "za": ("+0200", None, ""), "na": ("+0200", None, ""), "mw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ng": ("+0100", None, ""), "qa": ("+0300", None, ""),
    "kw": ("+0300", None, ""), "bh": ("+0300", None, ""), "jo": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "mv": ("+0500", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "bt": ("+0600", None, ""), "mm": ("+0630", None, ""), "th": ("+0700", None, ""), "kh": ("+0700", None, ""),
    "la": ("+0700", None, ""), "idw": ("+0700", None, ""), "idc": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "bn": ("+0800", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "tl": ("+0900", None, ""), "br": ("-0300", None, ""),
}
US_STYLE = ("use", "usc", "usm", "az", "cae", "cac", "sk", "ph")


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
    TEMPLATES.append(T(part, label, kind, f"blind39-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


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

mr("wd", "Update on requisition R-{ref} – {role}",
   "Hello {n},\n\nRequisition R-{ref} ({role}) was marked filled in our hiring system today after the selected applicant accepted. Your candidate record now reads \"Closed – position filled externally\" and no further step is open under this requisition.\n\nYou can still see the history and your uploaded documents by signing in to the {co} candidate home.\n\nTalent Acquisition, {co}",
   ("Fathomline Sonar Systems", "Coorong Lidar Survey"), ("fathomline-jobs.example", "coorong-careers.example"),
   frm="{co} Careers <donotreply@{dom}>", role=("Hydrophone Test Engineer", "Survey Data Processor"), tz=("uk", "sa"))

mr("gh", "{co}: the {role} search",
   "Hi {n},\n\nBefore anything automated reaches you: the hiring team settled on someone for {role}, and she has already said yes. Her background in {x} lined up almost exactly with the first year of the roadmap.\n\nYour interviews left a strong impression on the panel. Let's stay in touch.\n\n{sig}\nRecruiting, {co}",
   ("Statute Owl", "Northlight Healthtech"), ("statuteowl-hiring.example", "northlighthealth-jobs.example"),
   role=("Contracts Automation Engineer", "Clinical Integrations Developer"), tz=("ie", "cac"),
   x=("clause-extraction models", "HL7 interface builds"))

mr("lv", "Re: {role} at {co}",
   "{n} - this one's from me, not an auto-email. We offered the {role} job to someone on Thursday and she took it, so that's the spot spoken for. Thanks for coming by the line and for the good questions about the comal setup. All the best out there.\n\n{sig}\n{co}",
   ("Saguaro Tortilla Co.", "Hollow Creek Sorghum Mill"), ("saguarotortilla.example", "hollowcreeksorghum.example"),
   role=("Line Lead (Masa Room)", "Evaporator Pan Operator"), tz=("az", "usc"))

mr("sr", "Your application: {role}",
   "<html><body><table style=\"font-family:Arial;font-size:14px\"><tr><td><b>{co}</b></td></tr><tr><td>Dear {n},</td></tr><tr><td>Position: {role}<br>Reference: SR-{ref}<br>Current result: <b>Closed – a different candidate has been engaged</b></td></tr><tr><td>Your profile is kept a year for future openings. Sign in at careers.{dom} to change this.</td></tr></table></body></html>",
   ("Qamar Turbine Overhaul", "Gulfline Cable Jointing"), ("qamarturbine.example", "gulflinecable.example"),
   frm="{co} Recruitment <talent@{dom}>", role=("Hot Section Inspector", "HV Jointer (132 kV)"), tz=("qa", "kw"))

mr("ic", "{co} – {role} (Job ID {ref})",
   "Dear {n},\n\nYour {role} application has been read. After a close read of every submission, we are progressing only with candidates whose hands-on experience with {x} goes further than what your résumé describes. Your file has been closed for this opening.\n\nOur careers site lists other openings, and applying to them is open to you.\n\nTalent Team\n{co}",
   ("Basin Peak Microchip Packaging", "Rideau Photonics"), ("basinpeak-careers.example", "rideauphotonics-jobs.example"),
   frm="{co} Talent Team <careers@{dom}>", role=("Wire Bond Technician", "Fibre Alignment Technologist"), tz=("usm", "cae"),
   x=("fine-pitch ball bonding", "active alignment of fibre arrays"))

mr("tl", "Requisition {ref}: status change",
   "Dear {n},\n\nThis message concerns requisition {ref}, {role}.\n\nStatus: Not Selected – Requisition Closed (Successful Candidate Appointed)\n\n{co} appreciates your application. You are free to apply for other vacancies through the candidate portal.\n\nHuman Capital Department",
   ("Otavi Smelting Works", "Lilongwe Transformer Workshop"), ("otavismelting.example", "lilongwetransformer.example"),
   frm="{co} <recruit@{dom}>", role=("Converter Aisle Operator", "Winding Technician"), tz=("na", "mw"))

mr("wk", "{role} – where things landed",
   "Hey {n}, thanks heaps for the trial day. {x} people put their hands up for this one and it came down to a couple of riders. The crew has gone with someone who's been running the park for our summer camps, and he starts on Monday. Have an awesome season!\n\n{sig}, {co}",
   ("Cardrona Ridge Snowboard Park", "Capital Pickleball Centre"), ("cardronaridge.example", "capitalpickleball.example"),
   role=("Terrain Park Shaper", "Court Coordinator"), tz=("nz", "act"), x=("Ninety-four", "Sixty-one"))

mr("bh", "Your application to {co}",
   "Hi {n},\n\nGood to put a face to the name last week. The {role} post has now been taken up by someone who covered the early shifts with us over the winter, and that closes your application. We've kept it short, but we did appreciate your time.\n\nKind regards,\n{sig}\n{co}",
   ("Pennine Crumpet Bakery", "Ballyroan Yoghurt Dairy"), ("penninecrumpet.example", "ballyroanyoghurt.example"),
   role=("Griddle Supervisor", "Fill Room Operative"), tz=("uk", "ie"))

mr("tt", "About the {role} position",
   "Dear {n}\n\nMany thanks that you wanted to join {co}. This time the choice has fallen on another person, whose experience with {x} matched our needs a bit more at this moment.\n\nAll the best, and may the right place come soon.\n\nWarm greetings\n{sig}",
   ("Sorthav Liquorice", "Lofoten Sardine Canning"), ("sorthav-jobs.example", "lofotensardine-jobs.example"),
   role=("Extrusion Line Operator", "Retort Operator"), tz=("dk", "no"), x=("salmiak dosing", "retort sterilisation"))

mr("ps", "Your application as {role}",
   "Dear {n},\n\nyour patience with us is much appreciated. All documents were studied with care, and we decided in favour of a candidate who brings the {x} we need in a more complete way.\n\nFollowing the data protection rules, we erase your documents after six months.\n\nBest regards\n{sig}\nPeople & Culture, {co}",
   ("Atelier Rhône Horlogerie", "Moravan Glider Works"), ("rhonehorlogerie-jobs.example", "moravanglider-jobs.example"),
   role=("Watchmaker (Complications)", "Composite Laminator"), tz=("ch", "cz"),
   x=("repeater regulation experience", "wet-layup practice on wing shells"))

mr("pp", "Assessment result – {role}",
   "Dear {n},\n\nThank you for sitting our written assessment for {role}. Your mark was {x}; interviews were offered only from the threshold upwards. For that reason we will not take your application on to the next stage.\n\nFeedback on individual questions can be requested within 14 days.\n\nRecruitment Team, {co}",
   ("Thornbury Antibody Lab", "Derwent Enzyme Company"), ("thornburyantibody.example", "derwentenzyme.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("Assay Development Scientist", "Fermentation Technician"), tz=("uk", "tas"),
   x=("29 out of 45 against a threshold of 34", "52 per cent against a threshold of 60 per cent"))

mr("jz", "{role} job",
   "{n},\nHope you're well. I appreciate you driving out. We brought on a fella from down the road who's been {x} since he was a teenager, and he starts next week. Figured you'd want to know now, not later.\n{sig}\n{co}",
   ("Yazoo Bend Catfish Farm", "Cumberland Hollow Sorghum"), ("yazoobendcatfish.example", "cumberlandhollow.example"),
   role=("Pond Hand", "Cane Press Helper"), tz=("usc", "usc"), x=("seining ponds", "working the cane press every fall"))

mr("as", "{co} · {role}",
   "Hey {n},\n\nClosing the loop on {role}. Last Friday the other finalist took our offer and countersigned. It was genuinely close, and the panel liked your take-home a lot.\n\nYour details stay with me in case something suits you later in the year.\n\n{sig}\n{co} Talent",
   ("Ledgerhaus Forex API", "Green Mountain Crypto Custody"), ("ledgerhaus.example", "gmcustody.example"),
   role=("Backend Engineer, Settlement", "Security Engineer, Key Ceremonies"), tz=("lu", "use"))

# once each, one-off senders
mr("vanuatu", "Sandalwood oil job",
   "Dear {n}, tankyu tumas for your application to our distillery. The still assistant post was given to a young man from Erromango who knows the trees well. We wish you good luck. {sig}, {co}",
   "Tanna Sandalwood Oil", "tannasandalwood.example", tz="vu")

mr("suva", "Packhouse supervisor vacancy",
   "Bula {n},\n\nVinaka for applying for the packhouse supervisor vacancy at {co}. After the interviews the management selected another candidate who has led the ginger grading shift in Navua for three seasons. Your papers are returned with this email.\n\nVinaka,\n{sig}\nHR, {co}",
   "Rewa Ginger Exporters", "rewaginger.example", tz="fj")

mr("brunei", "Application – Production Assistant",
   "Dear {n},\n\nRe: Application for Production Assistant\n\nWe refer to your application received last month. Please be informed that the company has filled the position with a candidate from Tutong who has prior experience in sago starch washing. With thanks, and good wishes in your career.\n\nYours sincerely,\n{sig}\nAdministration, {co}",
   "Belait Sago Products", "belaitsago.example", tz="bn")

mr("timor", "Weaving coordinator",
   "Dear {n}, thanks for your patience. The cooperative met on Saturday and the women chose one of their own members from Oecusse to coordinate the tais orders. Sorry to bring this news. Obrigada for your time. {sig}, {co}",
   "Lautém Tais Cooperative", "lautemtais.example", tz="tl")

mr("kampot", "Farm guide position",
   "Hello {n},\n\nThank you for visiting the farm and for the walk through the pepper rows. We offered the guide job to a student from Kep who speaks French and Khmer, and she said yes yesterday. We wish you good things in your search.\n\n{sig}\n{co}",
   "Kampot Red Pepper Farm", "kampotredpepper.example", tz="kh")

mr("vientiane", "Your application",
   "Dear {n}\n\nThanks for writing to {co}. For the workshop assistant role we have chosen a candidate who already makes saa paper with her family in Ban Xang Khong. We keep your CV on our list.\n\nBest wishes,\n{sig}",
   "Mekong Saa Paper Studio", "mekongsaa.example", tz="la")

mr("myanmar", "Jade cutting apprentice",
   "Dear {n}, thank you for coming to Mandalay for the test cut. The master has taken on the nephew of one of our polishers for the apprentice place. We appreciate your effort. {sig}, {co}",
   "Golden Hill Jade Carving", "goldenhilljade.example", tz="mm")

mr("darwin", "Hatchery hand role",
   "G'day {n},\n\nThanks for having a go at the trial morning. The tank hand job's been picked up by a bloke who did the wet season with us last year. Cheers, and all the best.\n\n{sig}\n{co}",
   "Top End Barramundi", "topendbarra.example", tz="nt")

mr("iceland", "Umsókn / your application",
   "Dear {n},\n\nAbout the dairy technician job at {co}: we have hired a person from Selfoss who has worked with skyr cultures for several years. Takk fyrir, and good luck.\n\nBest,\n{sig}\n{co}",
   "Hvítá Skyr Dairy", "hvitaskyr.example", tz="is")

mr("regina", "{co} – Quality Technician",
   "Hi {n},\n\nThank you for interviewing for Quality Technician. A candidate with several harvests of lentil grading behind her has taken the job. We appreciated how prepared you were.\n\nBest,\n{sig}\n{co}",
   "Wascana Pulse Processors", "wascanapulse.example", tz="sk")

mr("maine", "Barrens crew",
   "{n} - thank you for calling back. Crew spots for raking are full; we filled the last one Tuesday with a guy from Cherryfield who's raked for us six summers. Sorry, maybe next August.\n{sig}\n{co}",
   "Downeast Wild Blueberry", "downeastblueberry.example", tz="use")

mr("kansas", "Elevator operator opening",
   "Hello {n},\n\nAppreciate you asking about our grain elevator job. We hired a local farmer's son who has run our dryer during harvest, so that position is now taken. I'll keep your application for next summer.\n\n{sig}\n{co}",
   "Smoky Hill Wheat Co-op", "smokyhillwheat.example", tz="usc")

mr("nebraska", "Detasseling crew lead",
   "{n}, we appreciate the application for crew lead. Went with a teacher who's run a crew for us for four summers. Thanks again and take care.\n{sig}, {co}",
   "Platte Valley Sweetcorn", "plattesweetcorn.example", tz="usc")

mr("wisconsin", "Garden hand",
   "Hi {n},\n\nAbout the garden hand job at {co}: I've taken on a neighbour's daughter who grew up working the shade beds, and she'll be starting with the harvest. Hope something good turns up for you.\n\n{sig}\n{co}",
   "Wausau Hills Ginseng Gardens", "wausauhillsginseng.example", tz="usc")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation

mr("th-loco", "RE: [EXT] Re: Firing trainee – Saturday turn",
   "Hi {n},\n\nGood to have you on the footplate on Saturday, and thanks for the careful shovelling on the bank. The committee met last night and the firing trainee place is going to {x}, who's been cleaning engines with us since the spring.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Firing trainee – Saturday turn\n\nHi {sf}, thanks again for having me. Any news from the committee?",
   ("Wenning Valley Locomotive Trust", "Glen Ord Locomotive Society"), ("wenninglocotrust.example", "glenordloco.example"),
   tz=("uk", "uk"), x=("Becca", "young Ruairidh"))

mr("th-puppet", "Re: [EXT] Re: Touring technician",
   "{n}, thanks for Thursday and for re-stringing the heron so quickly. We've decided to bring {x} on tour this season; she knows the show inside out from the spring run.\n\nSo glad we met.\n{sig}\n\n" + GMAIL + "> Hello {sf}, I hope the get-in went smoothly. Just checking whether you've had a chance to decide about the touring role?",
   ("Tangletree Puppet Theatre", "Kōwhai Puppet Company"), ("tangletreepuppets.example", "kowhaipuppets.example"),
   tz=("uk", "nz"), x=("our assistant designer", "Mere from front of house"))

mr("th-bindery", "RE: [EXT] RE: Bookbinding post – interview",
   "Dear {n},\n\nSorry to keep you waiting; and thanks for the rebacking sample you left with us. The bookbinding post has been accepted by {x}.\n\nWith every good wish,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Bookbinding post – interview\n\nDear {sf}, just checking in after last week's interview and practical.",
   ("Calder Bookbinding Studio", "Liffey Bindery"), ("calderbindery.example", "liffeybindery.example"),
   tz=("uk", "ie"), x=("a colleague from the archive's paper section", "our long-standing freelance finisher"))

mr("th-doc", "Re: [EXT] Re: Archive producer role",
   "Hi {n} - sorry for the quiet. The exec producer has brought in {x} for the archive producer role; she worked on the last series with them and can start straight away. Really enjoyed our conversation about the newsreel sources.\n\nAll best,\n{sig}\n\n" + RULE + "Subject: Re: Archive producer role\n\nHi {sf}, just wondering whether there's been movement on the archive producer role?",
   ("Long Lens Documentary", "Saltwater Documentary Films"), ("longlensdocs.example", "saltwaterdocs.example"),
   tz=("uk", "au"), x=("a producer from the previous series", "the assistant producer's old colleague"))

mr("th-glide", "RE: [EXT] Re: Tug pilot role",
   "Hi {n},\n\nThanks again for coming up to the airfield and flying the check with Dave. The board has asked {x} to take on the tug pilot role for the season. He's agreed and starts at the Easter course.\n\nCome and fly with us anyway.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Tug pilot role\n\n{sf} - any word from the board yet?",
   ("Portmoak Hill Gliding Club", "Matamata Gliding Club"), ("portmoakhillgliding.example", "matamatagliding.example"),
   tz=("uk", "nz"), x=("one of our own members who tows on Sundays", "a member who has towed for us at weekends"))

mr("th-eyewear", "Re: [EXTERNAL] RE: Eyewear technician",
   "Hey {n}, thank you for the bench test, the hinge repair was tidy. {x} is joining us as eyewear technician; she finished her apprenticeship at our other store last month.\n\nAll the very best,\n{sig}, {co}\n\n" + ORIGINAL + "Subject: RE: Eyewear technician\n\nHi {sf}, I enjoyed Tuesday. Has the team decided yet?",
   ("Crescent Eyewear", "Sunbird Eyewear Studio"), ("crescenteyewear.example", "sunbirdeyewear.example"),
   tz=("za", "ke"), x=("Thandi", "Wambui"))

mr("th-tailor", "RE: [EXT] Re: Trouser maker",
   "{n},\n\nThanks for the trial and for the trouser you made up on the day. {x} will be joining the workroom as trouser maker from the 1st.\n\nRegards,\n{sig}\n{co}\n\n" + GMAIL + "> Dear {sf}, thank you for the trial. Please let me know once there's a decision.",
   ("Cordwell & Sons Tailors", "Fenwick Row Tailoring"), ("cordwelltailors.example", "fenwickrowtailoring.example"),
   tz=("uk", "ie"), x=("Our under-cutter's brother, who trained in Naples,", "A trouser maker from our Belfast workroom"))

mr("th-perfume", "RE: [EXT] RE: Lab technician (compounding)",
   "Hi {n},\n\nThanks for Friday and for the blotter test. We have offered the compounding role to {x}, and she accepted this morning.\n\nWarmly,\n{sig}\n{co}\n\n" + RULE + "Subject: RE: Lab technician (compounding)\n\nHi {sf}, I loved meeting the team. Any word on next steps?",
   ("Maison Verveine Perfume", "Hanover Square Perfume House"), ("maisonverveine.example", "hanoversquareperfume.example"),
   tz=("uk", "use"), x=("a technician from our quality lab", "one of the evaluators' assistants"))

# ---- 8 clear refusals under long footers

mr("ft-kitchen", "Store Supervisor – {co}",
   "Dear {n},\n\nAbout your store supervisor application at {co}: having compared everyone who applied, we are not taking yours further for this role.\n\nWe hope you'll still pop in for the knife-sharpening Saturdays.\n\n{co} Recruitment\n\n—\nFREE DELIVERY on cookware orders over £60 · Click & collect in 2 hours\nCare guides: cast iron, carbon steel, copper pans\nJob alerts: choose the stores and roles you want at careers.{dom}\nProduct safety notices and recalls: {dom}/safety\nThis email was sent by {co} Ltd, registered office {x}.\nYour data and our privacy notice: {dom}/privacy · Manage email preferences",
   ("Pan & Ladle Kitchenware", "Hob & Ember Kitchenware"), ("panandladle.example", "hobandember.example"),
   frm="{co} Careers <careers@{dom}>", tz=("uk", "ie"),
   x=("Unit 4, Canal Wharf, Leeds", "Unit 12, Docklands Retail Park, Dublin"))

mr("ft-swim", "Your {co} application",
   "Hi {n},\n\nRetail Associate opening, update for you. Our store team has read it, and we've decided to stop your application there.\n\nThe {co} Team\n\n__________\nSHOP NEW ARRIVALS | FIT FINDER | SIZE GUIDE | FREE RETURNS\nChlorine-resistant fabrics, tested for 200+ hours.\nGet a heads-up by email whenever a store close to you starts hiring.\nTrade in your old suit at any store - we'll recycle it.\n{x}\n© {co} | Privacy | Terms | Accessibility",
   ("Tidewell Swimwear", "Laketown Swimwear"), ("tidewellswim.example", "laketownswim.example"),
   frm="{co} <jobs@{dom}>", tz=("use", "cae"),
   x=("Sent to you as someone who applied on our careers site. 1400 Coastal Ave, Suite 300, Wilmington, VA.", "Sent in accordance with Canada's anti-spam law. 88 King St W, Ottawa ON. Unsubscribe any time."))

mr("ft-jewel", "Sales consultant application",
   "Hi {n},\n\nYour Sales Consultant application has been looked at. We're carrying on with other applicants for this one, which closes yours.\n\nKind regards,\nTalent Team, {co}\n\n✦ Complimentary ring sizing and engraving in store\n✦ Lay-by available on all pieces\n✦ Our diamonds are ethically sourced – read our sourcing promise\n✦ Find a store · Book a consultation · Gift cards\nLooking for another role? Alerts for new listings: careers.{dom}\n{x}\nSent to you as a past applicant. Privacy · Unsubscribe",
   ("Southern Cross Jewellery", "Harbour Lights Jewellery"), ("southerncrossjewellery.example", "harbourlightsjewellery.example"),
   frm="{co} Careers <careers@{dom}>", tz=("au", "nz"), x=("{co} Pty Ltd ABN 41 228 907 553", "{co} Limited NZBN 9429 0476 1182"))

mr("ft-menswear", "{co} | Store Manager application",
   "Dear {n},\n\nRe the Store Manager post: our managers went through your application; interviews will be with other candidates.\n\nRegards,\nHR Department, {co}\n\n------------------------------\nNew season tailoring now in store | Alterations free on full-price suits\nClub members earn points on every purchase - join at the till\nDelivery nationwide in 3-5 working days\nFollow us for style tips and new store openings\n{x}\nConfidential: meant solely for the named recipient. Sent to the wrong inbox? Delete it and tell us.",
   ("Marlowe Menswear", "Kilima Menswear"), ("marlowemenswear.example", "kilimamenswear.example"),
   frm="{co} HR <hr@{dom}>", tz=("za", "ke"),
   x=("Your details are handled as POPIA requires. Questions to privacy@marlowemenswear.example", "Your details are handled as Kenya's data protection law requires. Questions to dpo@kilimamenswear.example"))

# ---- 9 hedged refusals

mr("hd-l10n", "Localisation Project Manager – {co}",
   "Dear {n},\n\nThanks for talking with us on Wednesday. We've spoken with several strong people, and in the end the team felt that other candidates' experience with {x} sat a little closer to what this role demands day to day.\n\nWe enjoyed meeting you and hope the search goes well.\n\n{sig}\n{co}",
   ("Babel Bridge Localisation", "Wordharbour Localisation"), ("babelbridge.example", "wordharbour.example"),
   tz=("uk", "ie"), x=("game string handoffs", "regulated medical-device labelling"))

mr("hd-underwrite", "{role}",
   "Hi {n},\n\nMany thanks for meeting the team. It was a genuinely close field, and the panel leaned toward people who have carried a portfolio of {x} on their own for a little longer.\n\nMuch appreciated, all the effort on the case study.\n\n{sig}\n{co}",
   ("Keelstone Specialty Underwriting", "Marram Underwriting Agency"), ("keelstoneuw.example", "marramuw.example"),
   role=("Assistant Underwriter, Marine Cargo", "Assistant Underwriter, Contingency"), tz=("uk", "au"),
   x=("cargo risks", "event cancellation risks"))

mr("hd-proteo", "Research Technician application",
   "Dear {n},\n\nAbout the research technician role you applied for. The shortlist has been drawn up from applicants whose mass spectrometry experience is a step further along, particularly with {x}.\n\nWe appreciate the care in your application.\n\n{sig}\n{co}",
   ("Halden Proteomics", "Fraser Point Proteomics"), ("haldenproteomics.example", "fraserpointprot.example"),
   tz=("uk", "cae"), x=("data-independent acquisition", "sample prep for phosphoproteomics"))

mr("hd-radar", "Systems Integration Engineer",
   "Hello {n},\n\nThe panel valued your afternoon with them. After much discussion the role is heading another way, towards someone whose {x} background fits where the programme is heading.\n\nBest regards,\n{sig}\n{co}",
   ("Skywatch Radar Integration", "Mallee Radar Systems"), ("skywatchradar.example", "malleeradar.example"),
   tz=("use", "sa"), x=("coastal surveillance", "weather radar"))

mr("hd-sisal", "Estate Agronomy Assistant",
   "Dear {n},\n\nAsante for coming to the estate for interview. Other candidates appeared to fit the field needs of the estate somewhat better for now.\n\nBest wishes in your search.\n\n{sig}\nEstate Office, {co}",
   "Pangani Sisal Estate", "panganisisal.example", tz="tz")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail

mr("rc-lending", "Following up – {role}",
   "Hi {n},\n\nAs we covered on the phone just now, {x} went with the other finalist for {role}; her stress-testing work was nearer to their brief.\n\nOn a different note, there's a six-month collections strategy contract with a credit union that I think would suit you well. Day rate is strong and it's hybrid. Shall I forward the spec?\n\n{sig}\n{co}",
   ("Quayside Finance Search", "Ha'penny Bridge Recruitment"), ("quaysidesearch.example", "hapennybridgerec.example"),
   role=("Lending Risk Analyst", "Credit Decisioning Analyst"), tz=("uk", "ie"), x=("the bank", "the lender"))

mr("rc-clean", "{role} – update + another option",
   "Hi {n},\n\nGood talking just now. Confirming what I said: the {role} opening was filled by an internal transfer from their Fab 2 team, so that one's done.\n\nInstead, I want to submit you for a cleanroom validation specialist role about an hour north, contract-to-hire. Can I share your résumé with them?\n\n{sig}\n{co}",
   ("Clearwater Technical Staffing", "Laurentian Talent Partners"), ("clearwaterstaffing.example", "laurentiantalent.example"),
   role=("Cleanroom Process Engineer", "Process Engineer, Thin Films"), tz=("usm", "cae"))

mr("rc-grid", "{role} – news, and another one",
   "Hi {n},\n\nAs discussed this morning: the client has appointed a microgrid engineer who worked on their last build, so that one's wrapped up.\n\nI do have an inverter commissioning lead role that might suit you, remote sites, 3 weeks on / 1 off. Keen to hear your thoughts.\n\nCheers,\n{sig}\n{co}",
   ("Outback Energy Recruitment", "Southern Grid Talent"), ("outbackenergyrec.example", "southerngridtalent.example"),
   role=("Microgrid Engineer", "Microgrid Controls Engineer"), tz=("auq", "nz"))

mr("rc-bahrain", "Substation Engineer – update",
   "Dear {n},\n\nFollowing our phone call, the client has confirmed they selected a candidate already based in Manama for the Substation Engineer role.\n\nI would like to propose you for a transformer testing engineer position with a contractor in Sitra. If you agree, please send me your latest CV by reply.\n\nBest regards,\n{sig}\n{co}",
   "Pearlgate Technical Recruitment", "pearlgaterec.example", tz="bh")

# ---- 8 public-sector notices

mr("ps-inelig", "Vacancy {ref}: outcome of eligibility screening",
   "Dear {n},\n\nYour application as {role} has been screened against the eligibility requirements in the advertisement. You have been found ineligible because {x}.\n\nYou may write to the Commission within 14 days if you believe this is in error.\n\n{sig}\n{co}",
   ("Public Service Commission, Government of Samoa", "Public Service Commission, Government of Tonga"), ("psc-samoa.example", "psc-tonga.example"),
   frm="Recruitment Unit <recruitment@{dom}>", role=("Senior Fisheries Data Officer", "Customs Valuation Officer"), tz=("ws", "to"),
   x=("applicants must be citizens or permanent residents", "the minimum of five years' relevant service was not shown"))

mr("ps-notref", "Application status – {role}",
   "Dear {n},\n\nRe: {role} (Requisition {ref}). HR has reviewed it, and it stays with HR: it was not sent on to the hiring manager, and this requisition is closed to you.\n\nEach application you've submitted, with its status, is listed in your account.\n\n{co}",
   ("State of Wyoming, Department of Workforce Services", "State of Iowa, Department of Administrative Services"), ("wyo-careers.example", "iowa-jobs.example"),
   frm="{co} <noreply@{dom}>", role=("Labor Market Analyst", "Procurement Specialist"), tz=("usm", "usc"))

mr("ps-cancel", "{role} – recruitment cancelled",
   "Dear {n},\n\nRegarding the {role} position: following a restructure of the team, Council has cancelled the vacancy and this round ends without an appointment.\n\nIf a similar role opens in the next six months, we may get in touch using the details you gave.\n\nPeople and Culture\n{co}",
   ("Dunedin City Council", "Cairns Regional Council"), ("dunedincc-jobs.example", "cairnsrc-jobs.example"),
   frm="{co} Careers <careers@{dom}>", role=("Parks Planner", "Waste Education Officer"), tz=("nz", "auq"))

mr("ps-cutoff", "Written examination results",
   "Dear {n},\n\nThe results of the written examination for {role} have been published. Your score was {x}. The interview stage is open solely to those who reached the cut-off.\n\nRegards,\n{sig}\n{co}",
   ("Tobago House of Assembly, Human Resource Division", "Civil Service Commission, Maldives"), ("tha-hr.example", "csc-maldives.example"),
   frm="{co} <exams@{dom}>", role=("Clerk II", "Administrative Officer (Grade 2)"), tz=("tt", "mv"),
   x=("54, while the cut-off was set at 62", "47 against a cut-off of 55"))

# ---- 6 bare ATS status updates

mr("st-line", "Status update: {role}",
   "Application ID {ref}\nRole: {role}\nStatus: No longer being considered\nUpdated: today\n\nSign in to {dom} for details.",
   ("Tellbridge", "Amberfield"), ("tellbridge-hire.example", "amberfield-hire.example"),
   frm="{co} Candidate Portal <portal@{dom}>", role=("Inventory Analyst", "Customer Success Associate"), tz=("uk", "use"))

mr("st-table", "Application update",
   "<html><body><p>Hi {n},</p><p>Your application has moved.</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Ended – not progressed past review</td></tr></table><p>{co} Careers</p></body></html>",
   ("Quillon", "Brightmere"), ("quillon-careers.example", "brightmere-careers.example"),
   frm="{co} Careers <careers@{dom}>", role=("Payments Operations Analyst", "Junior Copywriter"), tz=("ie", "au"))

mr("st-move", "Your candidacy at {co}",
   "Hello {n},\n\nCandidate status for {role} (#{ref}): moved to \"Not progressing\".\n\nThis message was sent automatically.",
   ("Larchmont", "Oakhaven"), ("larchmont-jobs.example", "oakhaven-jobs.example"),
   frm="{co} Hiring <hiring@{dom}>", role=("Field Sales Representative", "Lab Assistant"), tz=("cae", "za"))

# ---- 6 internship / graduate decisions

mr("in-uk", "{co} Summer Internship",
   "Dear {n},\n\nYour {co} summer internship application was one of {x} for eight places. Each was read from start to finish, and the eight offers have gone to other students.\n\nWe hope you will apply to our graduate scheme when the time comes.\n\nEarly Careers Team, {co}",
   ("Cardington Airship Works", "Burren Rocketry"), ("cardingtonairship.example", "burrenrocketry.example"),
   frm="{co} Early Careers <earlycareers@{dom}>", tz=("uk", "ie"), x=("1,310", "640"))

mr("in-na", "{co} {role} program",
   "Dear {n},\n\nAbout the {role} program: every position this season has gone to other applicants.\n\nAll the best this semester.\n\nStudent Programs, {co}",
   ("Great Lakes Entomology Lab", "Nechako Lithium Refinery"), ("glentomology.example", "nechakolithium.example"),
   frm="{co} Student Programs <students@{dom}>", role=("summer field assistant", "co-op student"), tz=("use", "cae"))

mr("in-af", "{co} Graduate Programme – outcome",
   "Dear {n},\n\nThanks for coming to the {co} graduate assessment. All {x} programme places are now held by other candidates.\n\nWe wish you well as you start your career.\n\nGraduate Recruitment\n{co}",
   ("Veld Cleantech Fund", "Rift Valley Horticulture Exporters"), ("veldcleantech.example", "rvhorticulture.example"),
   frm="{co} Graduate Recruitment <grads@{dom}>", tz=("za", "ke"), x=("twelve", "eighteen"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened

mo("application_received", "c-wd", "Application received – requisition R-{ref}",
   "Hello {n},\n\nYour application for {role} (R-{ref}) has been submitted to {co}. Your candidate home lists it as \"In Review\".\n\nShould the requisition be filled by someone else, the record switches to \"Closed\" and you get an automated email about it. Until then, nothing needs doing on your side.\n\nTalent Acquisition, {co}",
   ("Fathomline Sonar Systems", "Coorong Lidar Survey"), ("fathomline-jobs.example", "coorong-careers.example"),
   frm="{co} Careers <donotreply@{dom}>", role=("Sonar Signal Processing Engineer", "Point Cloud Technician"), tz=("uk", "sa"))

mo("application_received", "c-gh", "We've got your application, {n}",
   "Hi {n},\n\nYour {role} application at {co} is in. Within a fortnight or so, one of the hiring team goes through it.\n\nIf it's other people we pick, one of us writes you a few lines ourselves; you won't be met with silence.\n\n{sig}\nRecruiting, {co}",
   ("Statute Owl", "Northlight Healthtech"), ("statuteowl-hiring.example", "northlighthealth-jobs.example"),
   role=("Product Designer", "Data Engineer"), tz=("ie", "cac"))

mo("application_received", "c-lv", "Got it – {role}",
   "{n}, your application for {role} came through to me. I'll look at it this week. Whatever the answer, it comes from me personally, not a robot.\n\n{sig}\n{co}",
   ("Saguaro Tortilla Co.", "Hollow Creek Sorghum Mill"), ("saguarotortilla.example", "hollowcreeksorghum.example"),
   role=("Delivery Driver", "Bottling Helper"), tz=("az", "usc"))

mo("application_received", "c-sr", "Application received: {role}",
   "<html><body><table style=\"font-family:Arial;font-size:14px\"><tr><td><b>{co}</b></td></tr><tr><td>Dear {n},</td></tr><tr><td>Position: {role}<br>Reference: SR-{ref}<br>Current result: <b>Under review</b></td></tr><tr><td>Any change, including another candidate being engaged, appears on this card and by email.</td></tr></table></body></html>",
   ("Qamar Turbine Overhaul", "Gulfline Cable Jointing"), ("qamarturbine.example", "gulflinecable.example"),
   frm="{co} Recruitment <talent@{dom}>", role=("Borescope Technician", "Cable Testing Engineer"), tz=("qa", "kw"))

mo("application_received", "c-ic", "{co}: application for {role} received",
   "Dear {n},\n\nYour {role} application is on file with us (Job ID {ref}). Applicants whose experience falls short of the posted minimums are closed out without interview and informed by email; everyone else moves to a recruiter screen.\n\nTalent Team, {co}",
   ("Basin Peak Microchip Packaging", "Rideau Photonics"), ("basinpeak-careers.example", "rideauphotonics-jobs.example"),
   frm="{co} Talent Team <careers@{dom}>", role=("Die Attach Operator", "Optical Test Technician"), tz=("usm", "cae"))

mo("application_received", "c-tl", "Requisition {ref}: application received",
   "Dear {n},\n\nYour application for requisition {ref}, {role}, was received.\n\nStatus: Under Consideration\n\nIf another candidate is appointed, the status here becomes \"Not Selected\". Applicants are not contacted by telephone.\n\nHuman Capital Department, {co}",
   ("Otavi Smelting Works", "Lilongwe Transformer Workshop"), ("otavismelting.example", "lilongwetransformer.example"),
   frm="{co} <recruit@{dom}>", role=("Furnace Tapper", "Stores Clerk"), tz=("na", "mw"))

mo("application_received", "c-wk", "Thanks for applying – {role}",
   "Hey {n}, cheers for the {role} application at {co}! We'll look at everyone by Friday week. Trial day or not, a message from the crew comes your way either way.\n\n{sig}",
   ("Cardrona Ridge Snowboard Park", "Capital Pickleball Centre"), ("cardronaridge.example", "capitalpickleball.example"),
   role=("Lift Attendant", "Junior Coach"), tz=("nz", "act"))

mo("application_received", "c-tt", "We have received your application",
   "Dear {n}\n\nYour application for {role} at {co} has come. Once the deadline passes we read them all.\n\nWhether we go on with you or with someone else, you will get a message from us.\n\nWarm greetings\n{sig}",
   ("Sorthav Liquorice", "Lofoten Sardine Canning"), ("sorthav-jobs.example", "lofotensardine-jobs.example"),
   role=("Packing Operator", "Quality Assistant"), tz=("dk", "no"))

mo("application_received", "c-ps", "Confirmation of your application",
   "Dear {n},\n\nyour application as {role} has arrived with us. We have received the documents completely.\n\nAlso in the case that the decision falls on another person, you receive a short message from us; your documents are then erased after six months.\n\nBest regards\n{sig}\nPeople & Culture, {co}",
   ("Atelier Rhône Horlogerie", "Moravan Glider Works"), ("rhonehorlogerie-jobs.example", "moravanglider-jobs.example"),
   role=("Case Polisher", "Workshop Planner"), tz=("ch", "cz"))

mo("application_received", "c-pp", "Next: written assessment for {role}",
   "Dear {n},\n\nThank you for applying for {role}. Your application has been registered. All applicants sit a short written assessment; below the threshold mark, applications end at that stage, and above it we invite to interview.\n\nDetails of the assessment follow in a separate email.\n\nRecruitment Team, {co}",
   ("Thornbury Antibody Lab", "Derwent Enzyme Company"), ("thornburyantibody.example", "derwentenzyme.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("QC Analyst", "Downstream Processing Technician"), tz=("uk", "tas"))

mo("application_received", "c-th-glide", "RE: [EXT] Re: Tug pilot role",
   "Hi {n},\n\nThanks, got your logbook scans. The board meets on the 3rd. If they pick one of our own members for the tug role I'll phone you the day after regardless.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Tug pilot role\n\n{sf}, attached are the logbook pages you asked for.",
   ("Portmoak Hill Gliding Club", "Matamata Gliding Club"), ("portmoakhillgliding.example", "matamatagliding.example"), tz=("uk", "nz"))

mo("application_received", "c-ps-notref", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} (Requisition {ref}) is in. Human Resources checks it against the minimum qualifications. Applications missing them stay with HR and go no further, and an email tells you which way it went.\n\n{co}",
   ("State of Wyoming, Department of Workforce Services", "State of Iowa, Department of Administrative Services"), ("wyo-careers.example", "iowa-jobs.example"),
   frm="{co} <noreply@{dom}>", role=("Unemployment Insurance Specialist", "Fleet Services Coordinator"), tz=("usm", "usc"))

# once each
mo("application_received", "c-jz", "Thanks {n}",
   "{n}, got your application for the pond hand job. I'll call the ones I want to see by Wednesday. If I pick someone else I'll text, no need to sit by the phone.\n{sig}\n{co}",
   "Yazoo Bend Catfish Farm", "yazoobendcatfish.example", tz="usc")

mo("application_received", "c-bh", "Application received – {co}",
   "Hi {n},\n\nYour form for the night bake role at {co} reached me. I sort through them on Monday. Not picked this time? A line from me will say so.\n\n{sig}",
   "Pennine Crumpet Bakery", "penninecrumpet.example", tz="uk")

mo("application_received", "c-as", "Thanks for applying to {co}",
   "Hey {n},\n\nYour Platform Engineer application is in. We review every application within a week. A pass from us still comes as an email, with a line on why where we can.\n\n{sig}\n{co} Talent",
   "Ledgerhaus Forex API", "ledgerhaus.example", tz="lu")

mo("application_received", "c-ft-kitchen", "We've received your application",
   "Dear {n},\n\nYour sales assistant form for {co} is in. The store manager reads new forms every Thursday. Invited to interview or not, we'll email.\n\n{co} Recruitment\n\n—\nFREE DELIVERY on cookware orders over £60\nJob alerts: careers.{dom}\nHow we use your data: {dom}/privacy",
   "Pan & Ladle Kitchenware", "panandladle.example", frm="{co} Careers <careers@{dom}>", tz="uk")

mo("application_received", "c-ft-swim", "Application received",
   "Hi {n},\n\nYour Stock Associate application arrived safely. If we move forward with other applicants, we'll still email to let you know.\n\nThe {co} Team\n\nSHOP NEW ARRIVALS | FIT FINDER | FREE RETURNS\n© {co}. Privacy Policy",
   "Laketown Swimwear", "laketownswim.example", frm="{co} <jobs@{dom}>", tz="cae")

mo("application_received", "c-ft-jewel", "Thanks for your application",
   "Hi {n},\n\nYour Visual Merchandiser application is with the team. Shortlisted or passed over, all applicants hear back by email inside three weeks.\n\nTalent Team, {co}\n\n✦ Complimentary ring sizing ✦ Lay-by available\nSent to applicants of {co}.",
   "Harbour Lights Jewellery", "harbourlightsjewellery.example", frm="{co} Careers <careers@{dom}>", tz="nz")

mo("application_received", "c-hd-l10n", "Your application – Linguist Coordinator",
   "Dear {n},\n\nThanks for applying for Linguist Coordinator. Expect word inside a fortnight, whether that's to set up a call or to tell you we've gone with other applicants.\n\n{sig}\n{co}",
   "Babel Bridge Localisation", "babelbridge.example", tz="uk")

mo("application_received", "c-hd-under", "Application acknowledged",
   "Dear {n},\n\nYour Underwriting Assistant application is logged. We contact candidates only where the experience matches the brief, so a quiet few weeks is normal.\n\n{sig}\n{co}",
   "Marram Underwriting Agency", "marramuw.example", tz="au")

mo("application_received", "c-rc-lending", "CV received – {x}",
   "Hi {n},\n\nCheers for the CV. It goes to the client for the {x} role today. If they pass at CV stage, I'll phone you personally instead of letting it drift.\n\n{sig}\n{co}",
   "Quayside Finance Search", "quaysidesearch.example", tz="uk", x="Credit Risk Modeller")

mo("application_received", "c-ps-cutoff", "Registration for written examination",
   "Dear {n},\n\nYour application for Clerk II has been registered and you are scheduled for the written examination. Scores under the cut-off mark end the process for that candidate, with no interview. Results will be published on the Division's notice board and website.\n\nRegards,\n{sig}\n{co}",
   "Tobago House of Assembly, Human Resource Division", "tha-hr.example", frm="{co} <exams@{dom}>", tz="tt")

mo("application_received", "c-ps-cancel", "Application received – {co}",
   "Dear {n},\n\nYour Libraries Assistant application is in. Applications close on Sunday, and shortlisting follows the week after. Shortlisted or not, we'll write by email.\n\nPeople and Culture\n{co}",
   "Dunedin City Council", "dunedincc-jobs.example", frm="{co} Careers <careers@{dom}>", tz="nz")

mo("application_received", "c-in-uk", "Application received – Summer Internship",
   "Dear {n},\n\nYour {co} summer internship application has arrived. Interviews run in March. Invited or not, each applicant is sent the outcome by email.\n\nEarly Careers Team, {co}",
   "Cardington Airship Works", "cardingtonairship.example", frm="{co} Early Careers <earlycareers@{dom}>", tz="uk")

mo("application_received", "c-in-na", "Application submitted",
   "Dear {n},\n\nYou've submitted a co-op student program application. Offers go out through April. Students not offered a place receive an email once all positions are filled.\n\nStudent Programs, {co}",
   "Nechako Lithium Refinery", "nechakolithium.example", frm="{co} Student Programs <students@{dom}>", tz="cae")

mo("application_received", "c-in-af", "Graduate Programme – application received",
   "Dear {n},\n\nYour {co} graduate programme application is in. Applications that pass the online screen go to the assessment day. Those that don't are told so by email once the month closes.\n\nGraduate Recruitment\n{co}",
   "Rift Valley Horticulture Exporters", "rvhorticulture.example", frm="{co} Graduate Recruitment <grads@{dom}>", tz="ke")

mo("application_received", "c-st", "Status update: {role}",
   "Application ID {ref}\nRole: {role}\nStatus: Received\nUpdated: today\n\nSign in to {dom} for details.",
   "Tellbridge", "tellbridge-hire.example", frm="{co} Candidate Portal <portal@{dom}>", role="Demand Planner", tz="uk")

mo("application_received", "c-suva", "Application received",
   "Bula {n},\n\nYour packhouse assistant application has come in. The shortlist is drawn up once applications close. Three weeks of silence means the shortlist was made without you.\n\nVinaka,\n{sig}\nHR, {co}",
   "Rewa Ginger Exporters", "rewaginger.example", tz="fj")

mo("application_received", "c-brunei", "Acknowledgement of application",
   "Dear {n},\n\nYour application for Boiler Attendant has reached the office. Shortlisted applicants alone are telephoned for interview; papers of the others are kept by the company.\n\nYours sincerely,\n{sig}\nAdministration, {co}",
   "Belait Sago Products", "belaitsago.example", tz="bn")

mo("application_received", "c-regina", "Thanks for applying – {co}",
   "Hi {n},\n\nGot your Grain Sampler application. Interviews get booked near month's end. If the job goes to somebody else, I'll email to say so.\n\nBest,\n{sig}\n{co}",
   "Wascana Pulse Processors", "wascanapulse.example", tz="sk")

mo("application_received", "c-darwin", "Got your application",
   "G'day {n}, got your application for the feed hand job. If we find someone closer to home I'll flick you a text, and if not, come out to the tanks one morning for a try-out.\n{sig}\n{co}",
   "Top End Barramundi", "topendbarra.example", tz="nt")

mo("application_received", "c-vientiane", "Application received",
   "Dear {n}\n\nYour application to {co} has arrived. We look at applications once a month, near its end. The answer will come to you by email, good or not.\n\nBest wishes,\n{sig}",
   "Mekong Saa Paper Studio", "mekongsaa.example", tz="la")

mo("application_received", "c-th-doc", "Re: [EXT] Re: Shooting assistant",
   "Hi {n} - thanks for sending the showreel. The exec producer's watching reels over the weekend. If she hires someone she's worked with before, you'll know from me that same day, promise.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, here's the link to my reel as discussed.",
   "Saltwater Documentary Films", "saltwaterdocs.example", tz="au")

mo("application_received", "c-th-tailor", "RE: [EXT] Re: Coat maker",
   "{n},\n\nThank you, your details are safely with me. The head cutter sees applicants after the Christmas rush. Whichever way he decides, I will write to you.\n\nRegards,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Coat maker\n\nDear {sf}, please find my CV and photographs of recent work attached.",
   "Cordwell & Sons Tailors", "cordwelltailors.example", tz="uk")

mo("application_received", "c-hd-radar", "Application received – RF Engineer",
   "Hello {n},\n\nThanks for applying for RF Engineer. Applicants without an active clearance are not progressed to interview; everyone else hears from a recruiter by phone inside a fortnight.\n\nBest regards,\n{sig}\n{co}",
   "Skywatch Radar Integration", "skywatchradar.example", tz="use")

mo("application_received", "c-maine", "Raking crew",
   "{n} - got your message about raking. If the crew's full by the time I get to you I'll let you know, otherwise come by the barn on the first Monday in August.\n{sig}\n{co}",
   "Downeast Wild Blueberry", "downeastblueberry.example", tz="use")

mo("application_received", "c-kampot", "Thank you for your application",
   "Hello {n},\n\nYour guide application for the farm is here. We will choose after the harvest. Chosen or not, we will send you an email.\n\n{sig}\n{co}",
   "Kampot Red Pepper Farm", "kampotredpepper.example", tz="kh")

mo("application_received", "c-ps-inelig", "Application acknowledged – Vacancy {ref}",
   "Dear {n},\n\nThe Commission acknowledges your application for Statistician. Applications are screened against the eligibility requirements; applicants who are found ineligible are advised in writing.\n\n{sig}\n{co}",
   "Public Service Commission, Government of Tonga", "psc-tonga.example", frm="Recruitment Unit <recruitment@{dom}>", tz="to")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads

mo("interview", "i-loco", "RE: [EXT] Re: Firing trainee – Saturday turn",
   "Hi {n},\n\nThe committee asks you back for a second footplate turn on {dl}, booking on at 8. Unfortunately the mess coach has no heating yet, so bring a flask and a warm layer.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Firing trainee – Saturday turn\n\nHi {sf}, thanks again for having me.",
   ("Wenning Valley Locomotive Trust", "Glen Ord Locomotive Society"), ("wenninglocotrust.example", "glenordloco.example"), tz=("uk", "uk"))

mo("interview", "i-eyewear", "Re: [EXTERNAL] RE: Eyewear technician",
   "Hey {n}, could you pop in for a bench test on {dl} at 10am? Unfortunately our lift is broken again, so it's two flights up. Bring your own pliers if you like.\n\n{sig}, {co}\n\n" + ORIGINAL + "Subject: RE: Eyewear technician\n\nHi {sf}, still keen on this one.",
   ("Crescent Eyewear", "Sunbird Eyewear Studio"), ("crescenteyewear.example", "sunbirdeyewear.example"), tz=("za", "ke"))

mo("interview", "i-puppet", "Re: [EXT] Re: Workshop maker",
   "{n}, are you around {dl} at 2pm for a couple of hours in the workshop? Unfortunately the heron's neck snapped again on tour, so you'll get to see the mess first-hand.\n{sig}\n\n" + GMAIL + "> Hi {sf}, happy to chat about the maker role whenever suits.",
   "Tangletree Puppet Theatre", "tangletreepuppets.example", tz="uk")

mo("interview", "i-bindery", "Interview – Bench Assistant",
   "Dear {n},\n\nPlease come to a Bench Assistant interview on {dl} at 11:00, followed by a short practical (sewing a text block on tapes). Unfortunately the studio has no step-free access.\n\nA quick reply to confirm would be great.\n\n{sig}\n{co}",
   "Liffey Bindery", "liffeybindery.example", tz="ie")

mo("interview", "i-gh", "{co} – next conversation",
   "Hi {n},\n\nThe team enjoyed your screening call and would like to book a 45-minute technical interview on {dl}. Pick a slot on the link below.\n\nUnfortunately our video tool doesn't support Safari yet, so please join from Chrome or Firefox.\n\n{sig}\nRecruiting, {co}",
   "Statute Owl", "statuteowl-hiring.example", tz="ie")

mo("interview", "i-wk", "Trial day at {co}",
   "Hey {n}! Reckon you should come up for a trial on {dl}, 9am at the base building. Unfortunately the access road gets icy early, so chains in the car please.\n\n{sig}",
   "Cardrona Ridge Snowboard Park", "cardronaridge.example", tz="nz")

mo("interview", "i-hd-l10n", "Interview invitation – Localisation PM",
   "Dear {n},\n\nYour CV impressed us. Is a video call on {dl} at 14:00 possible with two of our account leads? Unfortunately the call will be recorded for our training records; let us know if you'd prefer otherwise.\n\n{sig}\n{co}",
   "Wordharbour Localisation", "wordharbour.example", tz="ie")

mo("interview", "i-proteo", "Interview – Research Technician",
   "Dear {n},\n\nPlease come for interview on {dl}, 10:30. It's a panel of three and the interview lasts about 40 minutes, followed by a lab tour. Unfortunately visitor parking on campus is very limited.\n\n{sig}\n{co}",
   "Halden Proteomics", "haldenproteomics.example", tz="uk")

mo("interview", "i-regina", "Interview – Grain Sampler",
   "Hi {n},\n\nAre you free {dl} at 1 pm to come out to the plant? Thirty minutes' chat, then a walk round the receiving pit. Unfortunately our office is in a trailer for now, so ignore the mess.\n\nBest,\n{sig}\n{co}",
   "Wascana Pulse Processors", "wascanapulse.example", tz="sk")

mo("interview", "i-iceland", "Interview – {co}",
   "Dear {n},\n\nCould you visit the dairy in Selfoss on {dl} at 10:00 for an interview? Unfortunately the bus from Reykjavík does not stop at the dairy, so we can pick you up at the station.\n\nKind regards,\n{sig}",
   "Hvítá Skyr Dairy", "hvitaskyr.example", tz="is")

mo("interview", "i-rc-clean", "Interview set – Validation Specialist",
   "Hi {n},\n\nGreat news: the client wants you onsite {dl} at 9:30 for an onsite interview. Unfortunately they require a gowning tour, so avoid makeup and jewellery that day. Address and parking details to follow.\n\n{sig}\n{co}",
   "Clearwater Technical Staffing", "clearwaterstaffing.example", tz="usm")

mo("next_steps", "n-ps-notref", "Supplemental questionnaire – {role}",
   "Dear {n},\n\nYour application for {role} meets the minimum qualifications. The supplemental questionnaire is now open in your account; it closes at midnight at the end of {dl}. Unfortunately questionnaires submitted after the deadline cannot be scored.\n\n{co}",
   ("State of Wyoming, Department of Workforce Services", "State of Iowa, Department of Administrative Services"), ("wyo-careers.example", "iowa-jobs.example"),
   frm="{co} <noreply@{dom}>", role=("Research Analyst", "Contract Administrator"), tz=("usm", "usc"))

mo("next_steps", "n-rc-grid", "Site induction paperwork – please action",
   "Hi {n},\n\nThe client's happy to move to the paperwork stage. Could you get these to me by {dl}: a copy of your electrical licence, a current first aid certificate and two referees. Unfortunately the site medical can only be booked on weekday mornings.\n\nCheers,\n{sig}\n{co}",
   ("Outback Energy Recruitment", "Southern Grid Talent"), ("outbackenergyrec.example", "southerngridtalent.example"), tz=("auq", "nz"))

mo("next_steps", "n-pp", "Written assessment – {co}",
   "Dear {n},\n\nPlease complete the online written assessment for Assay Scientist by {dl}. It takes about 50 minutes and can be paused once. Unfortunately we cannot offer paper versions.\n\nRecruitment Team, {co}",
   "Derwent Enzyme Company", "derwentenzyme.example", frm="{co} Recruitment <apply@{dom}>", tz="tas")

mo("next_steps", "n-ic", "Background check – {co}",
   "Dear {n},\n\nAs the next step for Wire Bond Technician, sign the background check consent form in the portal by {dl}. Unfortunately we cannot schedule your start date until it clears.\n\nTalent Team, {co}",
   "Basin Peak Microchip Packaging", "basinpeak-careers.example", frm="{co} Talent Team <careers@{dom}>", tz="usm")

mo("next_steps", "n-ps", "Short work sample",
   "Dear {n},\n\nwe enjoyed our talk very much. As next step we ask you for a short work sample: please send photos of a finished movement you serviced, with a few lines of description, until {dl}. Unfortunately we cannot return any physical parts.\n\nBest regards\n{sig}\n{co}",
   "Atelier Rhône Horlogerie", "rhonehorlogerie-jobs.example", tz="ch")

mo("next_steps", "n-ps-cutoff", "Interview schedule and documents",
   "Dear {n},\n\nYou have passed the written examination for Administrative Officer. Bring attested copies of your qualifications and your national ID card to the interview on {dl} at 9:00. Unfortunately late arrivals cannot be accommodated.\n\nRegards,\n{sig}\n{co}",
   "Civil Service Commission, Maldives", "csc-maldives.example", frm="{co} <exams@{dom}>", tz="mv")

mo("next_steps", "n-in-uk", "Online task – Summer Internship",
   "Dear {n},\n\nYour {co} summer internship application is through to the next round: a 30-minute online task, due by {dl}. Unfortunately extensions can only be granted for documented illness.\n\nEarly Careers Team, {co}",
   "Burren Rocketry", "burrenrocketry.example", frm="{co} Early Careers <earlycareers@{dom}>", tz="ie")

mo("next_steps", "n-tl", "Medical examination",
   "Dear {n},\n\nPlease attend a pre-employment medical at the company clinic before {dl} and bring your identity document. Unfortunately the clinic shuts at noon on Wednesdays.\n\nHuman Capital Department, {co}",
   "Otavi Smelting Works", "otavismelting.example", frm="{co} <recruit@{dom}>", tz="na")

mo("next_steps", "n-hd-under", "References – Assistant Underwriter",
   "Hi {n},\n\nNext stop for Assistant Underwriter is references: two referees' names and emails to me by {dl}, please. Unfortunately friends or family can't act as referees for this role.\n\n{sig}\n{co}",
   "Keelstone Specialty Underwriting", "keelstoneuw.example", tz="uk")

mo("offer", "o-lv", "Offer – {role}",
   "{n}, good news: the {role} job is yours, starting {dl}, $19.50 an hour. Unfortunately the break room is getting redone, so lunch is outside for a couple of weeks. Say yes and the paperwork comes over.\n\n{sig}\n{co}",
   ("Saguaro Tortilla Co.", "Hollow Creek Sorghum Mill"), ("saguarotortilla.example", "hollowcreeksorghum.example"),
   role=("Packing Line Operator", "Syrup Kettle Helper"), tz=("az", "usc"))

mo("offer", "o-th-perfume", "RE: [EXT] RE: Lab technician (compounding)",
   "Hi {n},\n\nDelighted to tell you the compounding technician post is yours. A contract will follow; we'd hope for a start on {dl}. Unfortunately our lab is scent-free, so no perfume of your own at work!\n\nWarmly,\n{sig}\n{co}\n\n" + RULE + "Subject: RE: Lab technician (compounding)\n\nHi {sf}, looking forward to hearing.",
   "Hanover Square Perfume House", "hanoversquareperfume.example", tz="use")

mo("offer", "o-bh", "Job offer – Fill Room Operative",
   "Hi {n},\n\nGreat to meet you. The Fill Room Operative post is yours, starting {dl}. Unfortunately our yard is being resurfaced, so park on the road that first week.\n\nKind regards,\n{sig}\n{co}",
   "Ballyroan Yoghurt Dairy", "ballyroanyoghurt.example", tz="ie")

mo("offer", "o-tt", "Offer of employment",
   "Dear {n}\n\nYou can start with us as Retort Operator from {dl}, we are glad to say. Unfortunately the canteen shuts over summer, but there is a kitchen you can use.\n\nPlease confirm within one week.\n\nWarm greetings\n{sig}\n{co}",
   "Lofoten Sardine Canning", "lofotensardine-jobs.example", tz="no")

mo("offer", "o-jz", "Pond hand",
   "{n}, if you still want it, the pond hand job's yours. Start {dl}, 6am at the shop. Unfortunately the mosquitoes are bad this time of year, so bring spray.\n{sig}\n{co}",
   "Yazoo Bend Catfish Farm", "yazoobendcatfish.example", tz="usc")

mo("offer", "o-rc-lending", "Offer – Collections Strategy contract",
   "Hi {n},\n\nThe credit union is offering you the six-month collections strategy contract, starting {dl}. Unfortunately their IT can only issue laptops on Mondays, so day one may be a bit slow. Contract attached; let me know if anything looks off.\n\n{sig}\n{co}",
   "Ha'penny Bridge Recruitment", "hapennybridgerec.example", tz="ie")

mo("offer", "o-wisconsin", "Harvest job",
   "Hi {n},\n\nWe'd be happy to have you for the harvest, starting {dl}. Unfortunately the shade beds are muddy after rain, so boots are a must.\n\n{sig}\n{co}",
   "Wausau Hills Ginseng Gardens", "wausauhillsginseng.example", tz="usc")

mo("offer", "o-timor", "Weaving assistant",
   "Dear {n}, the cooperative chose you as assistant for the order book, starting {dl}. Unfortunately the road to Lautém is slow in the rain, so plan for extra time. {sig}, {co}",
   "Lautém Tais Cooperative", "lautemtais.example", tz="tl")

mo("offer", "o-in-na", "Co-op placement offer",
   "Dear {n},\n\nA summer field assistant placement is yours, beginning {dl}. Unfortunately housing is not provided, but we can share a list of nearby rentals.\n\nStudent Programs, {co}",
   "Great Lakes Entomology Lab", "glentomology.example", frm="{co} Student Programs <students@{dom}>", tz="use")

mo("offer", "o-kansas", "Harvest help",
   "Hello {n},\n\nYou've got a harvest spot at the elevator, starting {dl}. Unfortunately the scale house has no AC, so dress for the heat.\n\n{sig}\n{co}",
   "Smoky Hill Wheat Co-op", "smokyhillwheat.example", tz="usc")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals

mo("other_job", "x-review", "Status update: {role}",
   "Application ID {ref}\nRole: {role}\nStatus: In review\nUpdated: today\n\nNothing is decided at this point. Sign in to {dom} for details.",
   ("Larchmont", "Oakhaven"), ("larchmont-jobs.example", "oakhaven-jobs.example"),
   frm="{co} Hiring <hiring@{dom}>", role=("Operations Coordinator", "Payroll Assistant"), tz=("cae", "za"))

mo("other_job", "x-withdrawn", "Application update",
   "<html><body><p>Hi {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>Reapplying is open to you whenever you like. {co} Careers</p></body></html>",
   ("Quillon", "Brightmere"), ("quillon-careers.example", "brightmere-careers.example"),
   frm="{co} Careers <careers@{dom}>", role=("Treasury Operations Analyst", "Content Designer"), tz=("ie", "au"))

mo("other_job", "x-delay", "Shortlisting timetable",
   "Dear {n},\n\nShortlisting for Parks Operations Assistant now starts a fortnight later than planned, as so many people applied. Nobody's application has been assessed yet.\n\nPeople and Culture\n{co}",
   "Cairns Regional Council", "cairnsrc-jobs.example", frm="{co} Careers <careers@{dom}>", tz="auq")

mo("job_alert", "a-kitchen", "New roles near you",
   "Hi {n},\n\nYour saved search turned up three openings:\n• Sales Assistant – York\n• Store Supervisor – Harrogate\n• Visual Merchandiser – Leeds\n\nSee them at careers.{dom}\n\n{co}\nManage alerts · Privacy",
   "Hob & Ember Kitchenware", "hobandember.example", frm="{co} Careers <alerts@{dom}>", tz="ie")

mo("job_alert", "a-swim", "Stores hiring this week",
   "Hi {n}, 2 stores near you are hiring: Wilmington (Part-time Associate), Virginia Beach (Key Holder). Apply in five minutes at careers.{dom}.\n\nThe {co} Team · Unsubscribe",
   "Tidewell Swimwear", "tidewellswim.example", frm="{co} <alerts@{dom}>", tz="use")

mo("job_alert", "a-jewel", "New jobs for you",
   "Hi {n},\n\nFresh openings this week: Sales Consultant (Chadstone), Store Manager (Parramatta). View all at careers.{dom}.\n\n{co}",
   "Southern Cross Jewellery", "southerncrossjewellery.example", frm="{co} Careers <alerts@{dom}>", tz="au")

mo("recruiter_outreach", "r-lending", "Credit risk roles in Dublin",
   "Hi {n},\n\nSaw your profile. Open to a move? I'm working on two credit risk roles with lenders in Dublin, both hybrid. Happy to chat this week if it's of interest.\n\n{sig}\n{co}",
   "Ha'penny Bridge Recruitment", "hapennybridgerec.example", tz="ie")

mo("recruiter_outreach", "r-grid", "Microgrid work in the Pacific",
   "Hi {n},\n\nI recruit for renewable projects across the Pacific Islands and have a microgrid commissioning role in Tonga starting in spring. Fancy a chat?\n\n{sig}\n{co}",
   "Southern Grid Talent", "southerngridtalent.example", tz="nz")

mo("non_job_rejection_words", "z-bookclub", "Book club membership",
   "Hi {n},\n\nThanks for asking to join the Thursday book club. We're full at twelve members and have a waiting list, so it's not possible right now. A place opening up means an email from me.\n\n{sig}",
   "Wrenfield Library Book Club", "wrenfieldlibrary.example", tz="uk")

mo("non_job_rejection_words", "z-tool", "Tool library membership draw",
   "Dear {n},\n\nThe draw for the twenty new tool library memberships took place on Saturday. Your name was not drawn this time. You'll be in the spring draw automatically.\n\n{sig}\n{co}",
   "Northside Tool Library", "northsidetools.example", tz="nz")

mo("non_job_rejection_words", "z-sligo", "The cottage in Strandhill",
   "Hi {n},\n\nThanks for viewing the cottage. The owner picked another tenant. Good luck finding a place.\n\n{sig}\n{co}",
   "Benbulben Lettings", "benbulbenlettings.example", tz="ie")

mo("non_job_rejection_words", "z-grant", "Arts microgrant decision",
   "Dear {n},\n\nThe community arts microgrant panel met last week. There were 140 bids for 18 awards, and yours was not funded. Applications reopen in March.\n\n{sig}\n{co}",
   "Karoo Creative Fund", "karoocreativefund.example", tz="za")

mo("non_job_rejection_words", "z-dogshow", "Entry for the Open Show",
   "Dear {n},\n\nYour entry for the Open Show reached us after entries closed, so it can't be taken. Your entry fee will be refunded.\n\n{sig}\nShow Secretary, {co}",
   "Maitland Canine Society", "maitlandcanine.example", tz="au")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, each with a twin

wr("falconry", "Transcript: handheld radio, channel 3",
   "Walkie-talkie transcript (saved by the yard's radio app):\n\n[10:42] {sig}: {n}, you on? Over.\n[10:42] {n}: Go ahead.\n[10:43] {sig}: About the bird handler job. Josie from the weekend displays has it now. Thanks for the day with the harris hawks. Over and out.",
   "Harrier Hill Falconry Centre", "harrierhillfalconry.example", tz="uk")
wo("interview", "falconry", "Transcript: handheld radio, channel 3",
   "Walkie-talkie transcript (saved by the yard's radio app):\n\n[14:05] {sig}: {n}, you on? Over.\n[14:05] {n}: Go ahead.\n[14:06] {sig}: Come for a handling trial {dl}, half nine at the mews. Unfortunately the owls are moulting so it'll be hawks only. Over.",
   "Mistle Moor Falconry", "mistlemoorfalconry.example", tz="uk")

wr("plough", "Dispatch log – driver pool",
   "Dispatch log entry, shared with applicants:\n\n06:12 Route 14 gritted.\n06:20 Re: {n}'s driver application — seat on the night plough filled by Marty's cousin, who's run the loader for us before. No start for {n} this winter.\n06:31 Route 9 clear.\n\n{sig}, {co}",
   "Mesabi Snowplough Services", "mesabiplough.example", tz="usc")
wo("application_received", "plough", "Dispatch log – driver pool",
   "Dispatch log entry, shared with applicants:\n\n05:48 Route 3 gritted.\n05:55 Re: {n}'s driver application — in the pile, boss is reading them Thursday. Whichever way it goes, {n} gets a call from dispatch.\n\n{sig}, {co}",
   "Lakehead Snowplough Co.", "lakeheadplough.example", tz="cac")

wr("icebreaker", "Message via satellite messenger",
   "Satellite messenger (160 chars):\n\n{n} - deckhand berth for the ice season went to a returning crew member. Sorry. Slow link, sorry for the delay. {sf}, {co}",
   "Polar Vale Icebreaker Cruises", "polarvaleice.example", tz="no")
wo("next_steps", "icebreaker", "Message via satellite messenger",
   "Satellite messenger (160 chars):\n\n{n} - for the galley berth send seafarer medical + STCW basic to office by {dl}. Unfortunately no sat calls till port. {sf}, {co}",
   "Boreal Icebreaker Expeditions", "borealicebreaker.example", tz="no")

wr("bobsleigh", "Your lanyard card",
   "Lanyard card left at the start house, back side (photo):\n\n\"{n} – thank you for helping at the push track. Track crew: we picked a retired brakeman from our old team. Best, {sig}\"",
   "Notch Ridge Bobsleigh Track", "notchbobsleigh.example", tz="usm")
wo("application_received", "bobsleigh", "Your lanyard card",
   "Lanyard card, back side (photo):\n\n\"{n} – got your form for track crew. Coach picks after the last race. Picked or not, you'll find a card like this on your hook. {sig}\"",
   "Notch Ridge Bobsleigh Track", "notchbobsleigh.example", tz="usm")

wr("darts", "Written on a beer mat",
   "Photo of a beer mat, handed over at the bar:\n\n\"{n} – the bench job at the board works went to Gaz. Cheers for coming in. {sf}\"\n\n(sent on by {co})",
   "Treble Twenty Dartboard Works", "trebletwenty.example", tz="uk")
wo("offer", "darts", "Written on a beer mat",
   "Photo of a beer mat:\n\n\"{n} – sisal-winding bench — it's yours, start {dl} 8am. Unfortunately kettle's dead so flask needed. {sf}\"",
   "Bullseye Dartboard Makers", "bullseyeboards.example", tz="uk")

wr("weir", "Handover sheet (copy)",
   "HANDOVER SHEET – day shift\nWeir 4: gate checked, debris screen cleared.\nNotes: {n} (labourer applicant) – the vacancy was taken by Pete from the lock gang. Let {n} know. — {sig}\n\n(copied to you by {co})",
   "Severnside Weir Maintenance", "severnsideweir.example", tz="uk")
wo("next_steps", "weir", "Handover sheet (copy)",
   "HANDOVER SHEET – night shift\nWeir 2: sluice gate greased.\nNotes: {n} (labourer applicant) – needs confined-space ticket and CSCS card copies in the office by {dl}. Unfortunately no ticket, no start. — {sig}",
   "Severnside Weir Maintenance", "severnsideweir.example", tz="uk")

wr("turnstile", "Your application page",
   "QR code landing page (shown after scanning the code on the job leaflet):\n\nApplicant: {n}\nRole: Turnstile Service Technician\nUpdate: This role has been filled by another technician. The page will close in 30 days.\n\n{co}",
   "Gatewise Turnstile Installations", "gatewise.example", frm="{co} <noreply@{dom}>", tz="au")
wo("application_received", "turnstile", "Your application page",
   "QR code landing page (shown after scanning the code on the job leaflet):\n\nApplicant: {n}\nRole: Turnstile Installer\nUpdate: Received. This page updates when the foreman has decided, including if he hires someone else.\n\n{co}",
   "Gatewise Turnstile Installations", "gatewise.example", frm="{co} <noreply@{dom}>", tz="au")

wr("shoemaker", "The note inside the box lid",
   "Shoe box lid, inside (photo), posted back with your sample shoe:\n\n\"Dear {n}, lovely welt, thank you. The closing-room place has been taken by an apprentice we've trained since last year. With good wishes, {sig}, {co}\"",
   "Hartgrove Bespoke Shoemakers", "hartgroveshoes.example", tz="uk")
wo("interview", "shoemaker", "The note inside the box lid",
   "Shoe box lid, inside (photo):\n\n\"Dear {n}, are you free {dl} at 10 to last a pair with us? Unfortunately we are up three floors with no lift. {sig}, {co}\"",
   "Hartgrove Bespoke Shoemakers", "hartgroveshoes.example", tz="uk")

wr("crochet", "Note on the ball band",
   "Scan of a yarn ball band returned with your swatch:\n\n\"{n} — love your tension! The studio assistant spot went to one of our class regulars though. x {sf}, {co}\"",
   "Hook & Loop Crochet Studio", "hookandloopcrochet.example", tz="cae")
wo("application_received", "crochet", "Note on the ball band",
   "Scan of a yarn ball band:\n\n\"{n} — got your swatch, thanks! I pick after the market weekend. If it's someone else I'll still write, promise. x {sf}, {co}\"",
   "Hook & Loop Crochet Studio", "hookandloopcrochet.example", tz="cae")

wr("quilting", "Tag on the fat quarter bundle",
   "Photo of a tag tied to a fat quarter bundle:\n\n\"{n}, thank you for the sample block. The longarm operator job is going to Bev from Tuesday group. Enjoy the fabric! {sf}\"",
   "Patchwork Barn Quilting", "patchworkbarn.example", tz="usc")
wo("offer", "quilting", "Tag on the fat quarter bundle",
   "Photo of a tag tied to a fat quarter bundle:\n\n\"{n}, the cutting counter job is yours from {dl}. Unfortunately the shop's AC is on the blink, so dress light! {sf}\"",
   "Patchwork Barn Quilting", "patchworkbarn.example", tz="usc")

wr("indigo", "Radio dedication (transcript)",
   "Transcript, Saturday request show:\n\n\"…and this next one goes out to {n}, from everyone at {co}. {sf} says the dye-vat assistant job has gone to somebody already in the yard, but thanks for the lovely shibori samples. Here's one for you…\"",
   "Deepblue Indigo Dye House", "deepblueindigo.example", tz="uk")
wo("application_received", "indigo", "Radio dedication (transcript)",
   "Transcript, Saturday request show:\n\n\"…a shout-out to {n} from {co}. {sf} says your application's in, and she'll ring you after the market either way. Here's one for you…\"",
   "Deepblue Indigo Dye House", "deepblueindigo.example", tz="uk")

wr("yak", "Dictaphone transcript",
   "Dictaphone memo (auto-transcribed):\n\n\"Note for {n}, re the trek assistant job. We've hired Pasang, who ran the lodge route for us in autumn. Thank you for the long application. {sf}.\"\n\n{co}",
   "High Pasture Yak Treks", "highpastureyak.example", tz="in")
wo("next_steps", "yak", "Dictaphone transcript",
   "Dictaphone memo (auto-transcribed):\n\n\"Note for {n}. For the trek assistant job, first-aid certificate and passport scan to us by {dl}, please. Unfortunately permits take a week. {sf}.\"",
   "High Pasture Yak Treks", "highpastureyak.example", tz="in")

wr("quail", "Label on your egg box",
   "Photo of an egg box label:\n\n\"{n}: farm hand post filled by our neighbour's lad, sorry. Have a dozen on us. — {co}\"",
   "Little Brook Quail Farm", "littlebrookquail.example", tz="za")
wo("application_received", "quail", "Label on your egg box",
   "Photo of an egg box label:\n\n\"{n}: form received for farm hand. Hired or not, a note like this comes with your next dozen. — {co}\"",
   "Little Brook Quail Farm", "littlebrookquail.example", tz="za")

wr("emu", "Fridge magnet message",
   "Photo of a printed fridge magnet posted to you:\n\n\"G'day {n} — thanks for applying. The paddock hand job's been taken by a local. — {sf}, {co}\"",
   "Red Dust Emu Farm", "reddustemu.example", tz="sa")
wo("interview", "emu", "Fridge magnet message",
   "Photo of a printed fridge magnet:\n\n\"G'day {n} — pop out to the farm {dl} at 10 for a yarn about the paddock job. Unfortunately the mobile reception's rubbish out here. — {sf}, {co}\"",
   "Red Dust Emu Farm", "reddustemu.example", tz="sa")

wr("silkworm", "Seed packet note",
   "Photo of a mulberry seed packet with a handwritten note:\n\n\"{n}, the rearing-house assistant will be Ravi's sister, who has helped us for two cocoon seasons. Plant these with our thanks. {sf}\"",
   "Kaveri Silkworm Rearing House", "kaverisilkworm.example", tz="in")
wo("offer", "silkworm", "Seed packet note",
   "Photo of a mulberry seed packet with a handwritten note:\n\n\"{n}, you are welcome as rearing-house assistant from {dl}. Unfortunately the shed is warm in the day, so we start early. {sf}\"",
   "Kaveri Silkworm Rearing House", "kaverisilkworm.example", tz="in")

wr("goose", "Ticket stub",
   "Photo of an open-day ticket stub, back side:\n\n\"{n} — the seasonal plucking job went to a couple who did Christmas with us last year. Thanks for asking. {sf}\"",
   "Greylag Goose Farm", "greylaggoose.example", tz="ie")
wo("application_received", "goose", "Ticket stub",
   "Photo of an open-day ticket stub, back side:\n\n\"{n} — I've put you on my list for the seasonal job. I'll pick in November, and you'll hear whichever way. {sf}\"",
   "Greylag Goose Farm", "greylaggoose.example", tz="ie")

wr("decoy", "Gift tag",
   "Photo of a gift tag tied to a carved teal:\n\n\"{n}, the apprenticeship in the carving shed has gone to a young fellow from the marsh club. Keep the teal. {sig}\"",
   "Marsh Edge Decoy Carvers", "marshedgedecoys.example", tz="use")
wo("interview", "decoy", "Gift tag",
   "Photo of a gift tag:\n\n\"{n}, come by the carving shed {dl}, 1pm, and bring a knife you like. Unfortunately the road floods at high tide. {sig}\"",
   "Marsh Edge Decoy Carvers", "marshedgedecoys.example", tz="use")

wr("anchor", "Bill of lading – remarks",
   "BILL OF LADING – remarks field (copy sent to applicant)\nShipper: {co}\nGoods: 2 x stockless anchors, 1.2 t\nRemarks: Forge striker vacancy — given to H. Rees from the chain shop. {n} thanked for the trial. — {sig}",
   "Tyneforge Anchor Works", "tyneforgeanchor.example", tz="uk")
wo("next_steps", "anchor", "Bill of lading – remarks",
   "BILL OF LADING – remarks field (copy sent to applicant)\nShipper: {co}\nRemarks: {n} — steel-toe boots + copy of forging certificate needed at the office by {dl}. Unfortunately no PPE is lent. — {sig}",
   "Tyneforge Anchor Works", "tyneforgeanchor.example", tz="uk")

wr("buoy", "Insert in your tide table",
   "Scan of a slip tucked into this month's tide table:\n\n\"{n} — buoy crew: we took on the mate's son, who's been on the boat all summer. Fair winds. {sf}, {co}\"",
   "Firth Buoy Maintenance", "firthbuoy.example", tz="uk")
wo("application_received", "buoy", "Insert in your tide table",
   "Scan of a slip tucked into the tide table:\n\n\"{n} — buoy crew form received. Skipper decides after the autumn lay-up; a slip like this comes to you either way. {sf}, {co}\"",
   "Firth Buoy Maintenance", "firthbuoy.example", tz="uk")

wr("nougat", "Written on the cake box",
   "Photo of the lid of a cake box:\n\n\"{n}, merci for the trial batch. The kitchen post went to Élodie, who has worked the copper pans with us before. Enjoy the nougat! {sf}\"",
   "Montélimar Corner Nougat", "montelimarcorner.example", tz="uk")
wo("offer", "nougat", "Written on the cake box",
   "Photo of the lid of a cake box:\n\n\"{n}, the kitchen job is yours from {dl}. Unfortunately the honey delivery is late this week, so start is slow. {sf}\"",
   "Montélimar Corner Nougat", "montelimarcorner.example", tz="uk")

wr("salsa", "Playlist description",
   "Shared playlist \"Tuesday Improvers\" – description field:\n\n\"{n}: assistant teacher spot taken by Carlos from Friday social. Thanks for auditioning! Keep dancing. — {sf}\"",
   "Clave Salsa School", "clavesalsa.example", tz="au")
wo("interview", "salsa", "Playlist description",
   "Shared playlist \"Thursday Beginners\" – description field:\n\n\"{n}: audition for assistant teacher {dl}, 7pm, studio 2. Unfortunately the aircon's broken. — {sf}\"",
   "Clave Salsa School", "clavesalsa.example", tz="au")

wr("paella", "Printed on the placemat",
   "Paper placemat from the event, reverse (photo):\n\n\"{n} – the paellero assistant job is going to my nephew. Gracias for the help at the fiesta. {sf}, {co}\"",
   "Fuego Lento Paella Catering", "fuegolento.example", tz="usm")
wo("application_received", "paella", "Printed on the placemat",
   "Paper placemat, reverse (photo):\n\n\"{n} – got your number. I choose after the wedding season; if not you, I still text. {sf}\"",
   "Fuego Lento Paella Catering", "fuegolento.example", tz="usm")

wr("hummus", "Note in the paper bag",
   "Photo of a note found in a takeaway paper bag:\n\n\"{n} — the grill shift has gone to my cousin Samir. Thanks for the trial, lunch is on us. {sf}\"",
   "Chickpea Corner Hummus Bar", "chickpeacorner.example", tz="cae")
wo("interview", "hummus", "Note in the paper bag",
   "Photo of a note in a takeaway paper bag:\n\n\"{n} — come for a trial shift {dl} at 11. Unfortunately the back door sticks, use the front. {sf}\"",
   "Chickpea Corner Hummus Bar", "chickpeacorner.example", tz="cae")

wr("caviar", "Jar label",
   "Photo of a jar label, lid side:\n\n\"{n} – the hatchery technician role at {co} has been filled by a biologist from the research station. Thank you. {sig}\"",
   "Lakeshore Caviar Farm", "lakeshorecaviar.example", tz="eu")
wo("offer", "caviar", "Jar label",
   "Photo of a jar label, lid side:\n\n\"{n} – we offer you the tank technician role from {dl}. Unfortunately the farm shop is shut on Mondays. {sig}\"",
   "Lakeshore Caviar Farm", "lakeshorecaviar.example", tz="eu")

wr("anchovy", "Crate label",
   "Photo of a crate label:\n\n\"SALTING SHED – {n}: the season job is taken by Ana from the quay. Thank you for coming. {sf}\"\n\n({co})",
   "Santoña Anchovy Salters", "santonaanchovy.example", tz="eu")
wo("next_steps", "anchovy", "Crate label",
   "Photo of a crate label:\n\n\"SALTING SHED – {n}: bring your food-handler card and bank details by {dl}. Unfortunately no card, no shift. {sf}\"",
   "Santoña Anchovy Salters", "santonaanchovy.example", tz="eu")

# ---- one job alert and one non-job refusal in the same channels
wo("job_alert", "alert", "Dispatch log – new jobs",
   "Dispatch log bulletin, shared with the applicant list:\n\nOpen this week: 2 night plough drivers, 1 shop mechanic, 1 dispatcher (weekends). Reply to this message to apply. — {co}",
   "Mesabi Snowplough Services", "mesabiplough.example", tz="usc")
wo("non_job_rejection_words", "nonjob", "Written on a beer mat",
   "Photo of a beer mat:\n\n\"{n} – your team's entry to the winter darts league came in after the cut-off, so the league's full. Next season! {sf}\"",
   "Treble Twenty Dartboard Works", "trebletwenty.example", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins

wr("ar", "بخصوص طلب العمل في المشغل",
   "مرحباً {n}،\n\nشكراً لزيارتك لمشغل الفسيفساء وللقطعة التجريبية التي صنعتها. قررنا أن نأخذ متدرّبة من مادبا نفسها كانت تساعدنا في أعمال الترميم منذ الربيع.\n\nنتمنى لك كل التوفيق.\n{sig}\n{co}",
   "مشغل فسيفساء مادبا", "madabamosaic.example", tz="jo", lang="ar")
wo("application_received", "ar", "استلمنا طلبك",
   "مرحباً {n}،\n\nوصلنا طلبك لوظيفة مساعد في المشغل. سنختار بعد العيد، وسنكتب لك رسالة سواء وقع الاختيار عليك أو على شخص آخر.\n\n{sig}\n{co}",
   "مشغل فسيفساء مادبا", "madabamosaic.example", tz="jo", lang="ar")

wr("de", "Ihre Bewerbung in der Backstube",
   "Hallo {n},\n\ndanke für den Probetag in unserer Backstube. Die Stelle am Ofen hat inzwischen ein Bäcker aus unserer Filiale in Eschweiler übernommen.\n\nAlles Gute für Sie!\n{sig}\n{co}",
   "Printenbäckerei am Dom", "printen-amdom.example", tz="eu", lang="de")
wo("interview", "de", "Einladung zum Probebacken",
   "Hallo {n},\n\nwir würden Sie gern am {dl} um 6 Uhr zum Probebacken einladen. Leider ist der Hofeingang wegen Bauarbeiten gesperrt, bitte vorne klingeln.\n\n{sig}\n{co}",
   "Printenbäckerei am Dom", "printen-amdom.example", tz="eu", lang="de")

wr("es", "Sobre el puesto en el taller",
   "Hola {n}:\n\nLe agradecemos la visita y la pieza que pintó. El puesto de pintora lo tomó una muchacha de Cholula que ya trabajaba con nosotros los sábados.\n\nLe deseamos mucha suerte.\n{sig}\n{co}",
   "Talavera Los Sapos", "talaveralossapos.example", tz="mx", lang="es")
wo("application_received", "es", "Recibimos su solicitud",
   "Hola {n}:\n\nRecibimos su solicitud para ayudante de horno. El maestro decide a fin de mes; le escribimos de todos modos, le toque o no.\n\n{sig}\n{co}",
   "Talavera Los Sapos", "talaveralossapos.example", tz="mx", lang="es")

wr("fr", "Votre candidature à l'atelier",
   "Bonjour {n},\n\nMerci pour votre visite à l'atelier et pour l'assiette d'essai. Le poste de décoratrice a été confié à une ancienne élève de la maison, qui commence lundi.\n\nBien à vous,\n{sig}\n{co}",
   "Faïencerie du Ravin", "faiencerieduravin.example", tz="eu", lang="fr")
wo("next_steps", "fr", "Suite de votre candidature",
   "Bonjour {n},\n\nPour la suite, merci de nous envoyer avant le {dl} trois photos de pièces peintes par vous et votre attestation de droits. Malheureusement, nous ne remboursons pas les frais d'envoi.\n\n{sig}\n{co}",
   "Faïencerie du Ravin", "faiencerieduravin.example", tz="eu", lang="fr")

wr("hi", "नक्काशी कारीगर पद के बारे में",
   "{n} जी,\n\nआप कारखाने आए और नमूना बनाया, बहुत अच्छा लगा। नक्काशी वाली जगह अब उस कारीगर को मिली है जो तीन बरस से हमारे लिए ठेके पर नक्काशी करते आ रहे हैं।\n\nआगे के लिए मंगलकामना।\n{sig}\n{co}",
   "पीतल नगरी हस्तशिल्प", "peetalnagri.example", tz="in", lang="hi")
wo("application_received", "hi", "आपकी अर्ज़ी हमारे पास है",
   "नमस्ते {n} जी,\n\nआपका आवेदन मिल गया है। चुनाव अगले महीने होगा; चुने जाएँ या नहीं, हम आपको संदेश ज़रूर भेजेंगे।\n\n{sig}\n{co}",
   "पीतल नगरी हस्तशिल्प", "peetalnagri.example", tz="in", lang="hi")

wr("it", "Il posto in acetaia",
   "Gentile {n},\n\nla ringraziamo di essere passato in acetaia. Come aiuto in botteghe e batterie abbiamo preso Matteo, un giovane vicino di casa che da due inverni ci dà una mano con i rincalzi.\n\nUn caro saluto,\n{sig}\n{co}",
   "Acetaia Ca' dei Tini", "acetaiacadeitini.example", tz="eu", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nsiamo lieti di offrirle il posto di aiuto cantiniere a partire dal {dl}. Purtroppo il sottotetto d'estate è molto caldo, quindi si comincia presto.\n\n{sig}\n{co}",
   "Acetaia Ca' dei Tini", "acetaiacadeitini.example", tz="eu", lang="it")

wr("ja", "選考結果のご連絡",
   "{n}様\n\n先日は工場見学と面接にお越しいただき、ありがとうございました。今回の製造スタッフは、地元で長年燻しの仕事をしてきた方に決まりました。\n\n今後のご活躍をお祈りしております。\n{co}\n{sig}",
   "枕崎かつお節工房", "katsuobushi-kobo.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内",
   "{n}様\n\n書類を拝見しました。{dl}の午前10時に工場で面接をお願いできますでしょうか。あいにく駐車場が狭いため、公共交通機関をご利用ください。\n\n{co}\n{sig}",
   "枕崎かつお節工房", "katsuobushi-kobo.example", tz="jp", lang="ja")

wr("ko", "공방 보조 장인 지원 건",
   "{n}님,\n\n공방에 와 주셔서 감사합니다. 이번 보조 장인 자리는 작년부터 저희 공방에서 자개를 다듬어 온 분이 맡게 되었습니다.\n\n앞으로 좋은 일만 있으시길 바랍니다.\n{co} {sig} 드림",
   "통영 자개빛 공방", "jagaebit.example", tz="kr", lang="ko")
wo("application_received", "ko", "지원서 접수 확인",
   "{n}님,\n\n지원서 잘 받았습니다. 다음 달 초에 정할 예정이며, 함께하게 되든 다른 분이 되든 꼭 연락드리겠습니다.\n\n{co} {sig} 드림",
   "통영 자개빛 공방", "jagaebit.example", tz="kr", lang="ko")

wr("pt", "A vaga de bordadeira",
   "Olá {n},\n\nobrigada pela visita à oficina e pelo ponto de experiência. A vaga de bordadeira foi preenchida por uma senhora da vila que já trabalhava connosco em casa.\n\nVotos de boa sorte,\n{sig}\n{co}",
   "Tapetes da Planície", "tapetesdaplanicie.example", tz="pt", lang="pt")
wo("next_steps", "pt", "Documentos para começar",
   "Olá {n},\n\npara avançarmos, envie por favor até {dl} uma cópia do cartão de cidadão e o NIF. Infelizmente não podemos começar sem estes documentos.\n\n{sig}\n{co}",
   "Tapetes da Planície", "tapetesdaplanicie.example", tz="pt", lang="pt")

wr("ru", "По поводу места художника",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали в мастерскую и выполнили пробную работу. Художником к нам идёт выпускница училища — она весной была у нас на практике.\n\nЖелаем удачи!\n{sig}\n{co}",
   "Мастерская ростовской финифти", "finift-rostov.example", tz="ru", lang="ru")
wo("application_received", "ru", "Анкета получена",
   "Здравствуйте, {n}!\n\nВаша анкета получена. Решение примем в конце месяца и в любом случае сообщим вам, кого бы ни выбрали.\n\n{sig}\n{co}",
   "Мастерская ростовской финифти", "finift-rostov.example", tz="ru", lang="ru")

wr("sw", "Kuhusu nafasi ya msimamizi",
   "Habari {n},\n\nasante kwa kuja kwenye kikundi chetu na kwa sampuli ya mkeka. Nafasi ya msimamizi wa kusuka tumempa mama mmoja wa hapa kijijini ambaye amekuwa nasi tangu mwanzo.\n\nTunakutakia kila la heri.\n{sig}\n{co}",
   "Kikundi cha Mikeka Bumbwini", "mikekabumbwini.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya msaidizi wa mauzo",
   "Habari {n},\n\ntunafurahi kukupa nafasi ya msaidizi wa mauzo kuanzia {dl}. Kwa bahati mbaya duka letu halina umeme mchana, kwa hiyo tunaanza asubuhi na mapema.\n\n{sig}\n{co}",
   "Kikundi cha Mikeka Bumbwini", "mikekabumbwini.example", tz="tz", lang="sw")

wr("th", "ผลการสมัครงานช่างปั้น",
   "เรียนคุณ{n}\n\nขอบคุณที่มาที่โรงงานและลองปั้นโอ่งกับเรา ตำแหน่งช่างปั้นเราได้ให้ลูกชายของช่างเก่าที่ทำงานกับเรามาสิบปีแล้ว\n\nขอให้โชคดีนะคะ\n{sig}\n{co}",
   "โรงโอ่งมังกรราชบุรี", "ongmangkorn.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์",
   "เรียนคุณ{n}\n\nขอเชิญมาสัมภาษณ์ที่โรงงานวันที่ {dl} เวลา 9 โมง น่าเสียดายที่ถนนหน้าโรงงานกำลังซ่อม กรุณาเผื่อเวลาเดินทาง\n\n{sig}\n{co}",
   "โรงโอ่งมังกรราชบุรี", "ongmangkorn.example", tz="th", lang="th")

wr("tr", "Başvurunuz hakkında",
   "Merhaba {n},\n\natölyeye geldiğiniz ve deneme çiniyi boyadığınız için teşekkür ederiz. Nakkaş yardımcılığı için iki yıldır bizimle çalışan bir çırağımızla devam etmeye karar verdik.\n\nBaşarılar dileriz.\n{sig}\n{co}",
   "Kütahya Mavi Çini Atölyesi", "maviciniatolyesi.example", tz="tr", lang="tr")
wo("next_steps", "tr", "İşe başlama evrakı",
   "Merhaba {n},\n\nişe başlamanız için {dl} tarihine kadar kimlik fotokopisi ve sağlık raporu getirmeniz gerekiyor. Maalesef rapor olmadan sigorta girişi yapamıyoruz.\n\n{sig}\n{co}",
   "Kütahya Mavi Çini Atölyesi", "maviciniatolyesi.example", tz="tr", lang="tr")

wr("ur", "کاریگر کی جگہ کے بارے میں",
   "محترم {n}،\n\nدکان پر آنے اور آزمائشی دن کا شکریہ۔ کاریگر کی جگہ اب ہمارے پرانے استاد کا بیٹا سنبھالے گا، وہ دو برس سے کڑاہی پر ساتھ لگا ہوا ہے۔\n\nاللہ آپ کو کامیاب کرے۔\n{sig}\n{co}",
   "ملتانی سوہن ہاؤس", "multanisohan.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کام شروع کرنے سے پہلے",
   "محترم {n}،\n\nبراہ کرم {dl} تک اپنے شناختی کارڈ کی کاپی اور صحت کا سرٹیفکیٹ دکان پر جمع کروا دیں۔ افسوس کہ اس کے بغیر کام شروع نہیں ہو سکتا۔\n\n{sig}\n{co}",
   "ملتانی سوہن ہاؤس", "multanisohan.example", tz="pk", lang="ur")

wr("zh", "关于制墨学徒",
   "{n}您好：\n\n感谢您来作坊试做墨锭。制墨学徒的位置，师傅已经定给了一位在我们这里帮工两年的本地年轻人。\n\n祝您一切顺利。\n{co}\n{sig}",
   "徽州松烟墨坊", "songyanmo.example", tz="cn", lang="zh")
wo("application_received", "zh", "报名表已收到",
   "{n}您好：\n\n您的报名表已收到。师傅月底决定，无论选中谁，我们都会给您回个话。\n\n{co}\n{sig}",
   "徽州松烟墨坊", "songyanmo.example", tz="cn", lang="zh")

# ten languages new to the slices
wr("bal", "کارگاہ ءِ کار ءِ بابت ءَ",
   "واجہ {n}،\n\nشمئے منتوار کہ شما ما ئی کارگاہ ءَ آتکگ اِت۔ جال ءِ دوچگ ءِ کار ءَ ما یک ورنایے ءَ داتگ کہ دو سال ءَ چہ ما ئی گوما کار کنگ ءَ اِنت۔\n\nشمئے واستہ نیکیں واہگ۔\n{sig}\n{co}",
   "گوادر جال کارگاہ", "gwadarjaal.example", tz="pk", lang="bal")
wo("application_received", "bal", "درخواست رستگ",
   "واجہ {n}،\n\nشمئے درخواست رستگ۔ ما ماہ ءِ گُڈّا گیشینیں؛ شما بگیشینگ بہ بیت یا نہ، شمارا کلوہ دئیں۔\n\n{sig}\n{co}",
   "گوادر جال کارگاہ", "gwadarjaal.example", tz="pk", lang="bal")

wr("kas", "نقاشس جایہِ متعلق",
   "جناب {n}،\n\nکارخانس منز یِنہٕ خٲطرٕ شُکریہ۔ نقاشس جایہِ پؠٹھ کوٚر اَسہِ اَکھ شاگرد مقرر یُس زٕ ؤرۍ پؠٹھہٕ سانہِ سٟتؠ کام چھُ کران۔\n\nتوہیہِ خٲطرٕ نیک تمنا۔\n{sig}\n{co}",
   "کار کدل پیپر ماشی", "karkadalpapier.example", tz="in", lang="kas")
wo("interview", "kas", "انٹرویو خٲطرٕ دعوت",
   "جناب {n}،\n\nتوہہِ چھِو {dl} ساڑھے دٔہن بجہٕ کارخانس منز انٹرویو خٲطرٕ دعوت۔ بدقسمتی سان چھُ سڑک مرمتہٕ کِنۍ بند، پٔتہِ کِنۍ یِیِو۔\n\n{sig}\n{co}",
   "کار کدل پیپر ماشی", "karkadalpapier.example", tz="in", lang="kas")

wr("ace", "Keu lamaran droeneuh",
   "Assalamualaikum {n},\n\nteurimong gaseh ka neujak u tempat suling nilam kamoe. Posisi pembantu penyuling ka kamoe bri keu saboh aneuk muda gampong nyoe nyang ka dua thon meukeurija sajan kamoe.\n\nMeuseuraya neu beu meuhasé.\n{sig}\n{co}",
   "Suling Nilam Lamno", "sulingnilamlamno.example", tz="idw", lang="ace")
wo("next_steps", "ace", "Surat nyang peureulee",
   "Assalamualaikum {n},\n\nneukirém fotokopi KTP ngon surat keterangan sehat paleng lambat {dl}. Meuah, tanpa surat nyan hana jeut neumulai kerja.\n\n{sig}\n{co}",
   "Suling Nilam Lamno", "sulingnilamlamno.example", tz="idw", lang="ace")

wr("mad", "Parkara lamaran",
   "Assalamualaikum {n},\n\nsakalangkong ampon rabu ka panday kaula. Kalenggi'an paneka ampon epaparengagi da' ponakanna Pa' Hasan se ampon duwa' taon alakoh e ka'dinto.\n\nMoga-moga sampeyan olle pangaterro se laen.\n{sig}\n{co}",
   "Panday Keris Aeng Tong-Tong", "kerisaengtongtong.example", tz="idw", lang="mad")
wo("application_received", "mad", "Lamaran ampon katampi",
   "Assalamualaikum {n},\n\nserat lamaran sampeyan ampon katampi. Sampeyan se epele otaba oreng laen, kaula tetep ngabari sampeyan bulan ajunan.\n\n{sig}\n{co}",
   "Panday Keris Aeng Tong-Tong", "kerisaengtongtong.example", tz="idw", lang="mad")

wr("sas", "Pegawean penganyam",
   "Tabe' {n},\n\ntampi asih wah datang lek tempat nenun ketak ite. Pegawean penganyam nike wah te bait isiq dengan bini lek gubuk ite saq wah dua taun bekerja kance ite.\n\nMudahan side bedait rezeki saq lain.\n{sig}\n{co}",
   "Anyaman Ketak Beleka", "ketakbeleka.example", tz="idc", lang="sas")
wo("offer", "sas", "Side tebait jari penganyam",
   "Tabe' {n},\n\nite bait side jari penganyam mulai {dl}. Sayang, jalan lek gubuk ite sedang kenyerasan, jari tulak beleq.\n\n{sig}\n{co}",
   "Anyaman Ketak Beleka", "ketakbeleka.example", tz="idc", lang="sas")

wr("tsg", "Pasal sin sulat mu",
   "Assalamu alaikum {n},\n\nmagsukul kami sin pagkari mu pa pag-hablan namu. In hinang tabang mag-habul pis syabit, bihaun na in hinang sin usa kabataan dayang hāpit kampung, amu in duwa tahun na naghinang kanamu.\n\nDuwaa kami pasal kaw.\n{sig}\n{co}",
   "Hablan Pis Syabit Jolo", "pissyabitjolo.example", tz="ph", lang="tsg")
wo("application_received", "tsg", "Narawat na in sulat mu",
   "Assalamu alaikum {n},\n\nnarawat namu na in sulat mu. Magpili kami ha katapusan sin bulan; bisan kaw atawa in ugaing, pasōngan ka namu habal.\n\n{sig}\n{co}",
   "Hablan Pis Syabit Jolo", "pissyabitjolo.example", tz="ph", lang="tsg")

wr("lld", "Per l post de apiadùc",
   "Bon di {n},\n\nde gra per l'ater ntan la bancia y per l toch de prova. L post de apiadùc l ion dat a n jëunn de Urtijëi che lëura bele doi ani pra nëus.\n\nVe ulon dut l bon.\n{sig}\n{co}",
   "Sculturs Runcac", "sculturs-runcac.example", tz="eu", lang="lld")

wr("dzo", "ལཱ་གི་ཞུ་ཡིག་སྐོར",
   "{n} ལུ།\n\nང་བཅས་ཀྱི་བཟོ་གྲྭ་ནང་འོང་མི་དེ་ལུ་བཀའ་དྲིན་ཆེ། ཐང་ཀ་འབྲི་མི་ལས་རོགས་ཀྱི་གོ་སའི་དོན་ལུ་ ལོ་གཉིས་རིང་ང་བཅས་དང་གཅིག་ཁར་ལཱ་འབད་མི་སློབ་ཕྲུག་གཅིག་གདམ་ཁ་རྐྱབ་ཡི།\n\nཁྱོད་ལུ་བཀྲ་ཤིས་སྨོན་ལམ།\n{sig}\n{co}",
   "ཐིམ་ཕུ་ཐང་ཀ་བཟོ་གྲྭ", "thimphuthangka.example", tz="bt", lang="dzo")
wo("application_received", "dzo", "ཞུ་ཡིག་འཐོབ་ཡི",
   "{n} ལུ།\n\nཁྱོད་ཀྱི་ཞུ་ཡིག་འཐོབ་ཡི། ཟླ་མཇུག་ལུ་གདམ་ཁ་རྐྱབ་འོང་། ཁྱོད་གདམ་རུང་ མ་གདམ་རུང་ ང་བཅས་ཀྱིས་བརྡ་དོན་གཏང་འོང་།\n\n{sig}\n{co}",
   "ཐིམ་ཕུ་ཐང་ཀ་བཟོ་གྲྭ", "thimphuthangka.example", tz="bt", lang="dzo")

wr("mhr", "Полшышо верын нерген",
   "Салам, {n}!\n\nМастерскойышкына толмыланда да сынаш пашам ыштымыланда тау. Полшышо вержым мемнан дене кок ий пашам ыштыше рвезылан пуэна.\n\nТыланда сай лийже!\n{sig}\n{co}",
   "Нияш пунымо мастерской", "niyash-masterskoy.example", tz="ru", lang="mhr")
wo("interview", "mhr", "Мутланаш ӱжына",
   "Салам, {n}!\n\n{dl} кечын 10 шагатлан мастерскойыш толза. Чаманен, корнышто ремонт, вашкерак лекса.\n\n{sig}\n{co}",
   "Нияш пунымо мастерской", "niyash-masterskoy.example", tz="ru", lang="mhr")

wr("zza", "Serba kardê ma",
   "Merheba {n},\n\ntı ke ameyî atolyeyê ma, ma zaf sipas kenê. Kardê pestilî ma da yew cenîka dewa ma; a dı serrî ya ma de gurena.\n\nMa serkewtış wazenê.\n{sig}\n{co}",
   "Atolyeyê Pestilê Dêsımi", "pestiledesimi.example", tz="tr", lang="zza")
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
    y = day.year
    if rule == "eu":
        return nth_weekday(y, 3, 6, -1) <= day < nth_weekday(y, 10, 6, -1)
    if rule == "us":
        return nth_weekday(y, 3, 6, 2) <= day < nth_weekday(y, 11, 6, 1)
    if rule == "au":
        return not nth_weekday(y, 4, 6, 1) <= day < nth_weekday(y, 10, 6, 1)
    if rule == "nz":
        return not nth_weekday(y, 4, 6, 1) <= day < nth_weekday(y, 9, 6, -1)
    return False


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "mhr": "{dd}.{mm}.{y}", "zza": "{dd}.{mm}.{y}",
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
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year} at {clock}"
    return f"{q.day} {q:%B %Y} {q:%H:%M}", f"{q:%Y-%m-%d} {q:%H:%M}"


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
        rec["id"] = f"blind39:{short}-{counters[short]:03d}"
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
