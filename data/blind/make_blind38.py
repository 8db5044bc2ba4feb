# ruff: noqa: E501, S311
"""Write the thirty-eighth sealed blind slice for issue 11 (blind-slice-38.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 38 and later never read; our side printed)
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

SEED = 380381
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-38.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 38

RECIPIENTS = [
    "Oluwaseun Adeyemi", "Fergus Lennox", "Thandeka Mkhize", "Aoife Geraghty", "Rutendo Maposa",
    "Bethan Rhys-Evans", "Chidubem Okafor", "Wiremu Parata", "Jocelyn Dimaculangan", "Padraig Mulcahy",
    "Lerato Phiri", "Zainab Lawal", "Kagiso Motaung", "Ewan Strachan", "Akosua Boateng",
    "Wei Ling Chua", "Halima Juma", "Tadhg O'Sullivan", "Keisha Greenidge", "Rohan Malhotra",
    "Mereana Tipene", "Yaw Ofori", "Nneka Chukwu", "Angus Ferrier", "Nomvula Sithole",
    "Divya Menon", "Imran Chowdhury", "Sione Vaipulu", "Eamon Kinsella", "Palesa Mokoena",
    "Abena Sarpong", "Karthik Subramanian", "Dilani Perera", "Maarten Verbeek", "Hodan Warsame",
    "Tinashe Moyo", "Clodagh Brennan", "Emeka Anyanwu", "Rawiri Tamihana", "Siyabonga Nkosi",
    "Meera Pillai", "Rafael Dizon", "Bongani Radebe", "Océane Marchand", "Musa Danjuma",
    "Courtney Bassett", "Araba Eshun", "Niamh Costigan", "Uchenna Obi-Ezeh", "Ana Kauhalalalo",
]
REGION_SIGNERS = {
    "uk": ["Philippa Crossley", "Alasdair Munro", "Ffion Bevan", "Jemima Hartnell", "Morag Lindsay", "Callum Reid",
           "Nerys Pughe", "Imogen Fairbrother", "Gregor Baird", "Harpreet Sahota", "Delroy Francis", "Folake Oyewole"],
    "ie": ["Ciarán Moloney", "Deirdre Fennelly", "Eoghan Lalor", "Maeve Hegarty", "Sinéad Cullinane"],
    "eu": ["Ulrike Brandstätter", "Tobias Kleinschmidt", "Annika Järvinen", "Kadri Tamm", "Ioana Popescu", "Florian Aigner"],
    "us": ["LaToya Spears", "Brent Callahan", "Ximena Orozco", "Travis Lindgren", "Darlene Hubbard", "Kwame Osei-Tutu"],
    "ca": ["Mathieu Bélanger", "Chantal Ouellette", "Brody Nakamura", "Harjit Dhillon", "Aputi Kilabuk"],
    "au": ["Tegan Whitfield", "Lachie Doyle", "Minh Nguyen", "Jedda Roberts", "Brooke Kavanagh"],
    "nz": ["Hana Ngata", "Kahu Rangi", "Shona McIntyre", "Sefo Leota", "Grace Liufau"],
    "za": ["Zanele Khumalo", "Riaan Botha", "Thulisile Ngubane", "Vusi Masilela", "Anri du Plessis"],
    "ke": ["Achieng Owino", "Kamau Ndirangu", "Chebet Rotich"],
    "ng": ["Adaobi Nnamdi", "Segun Oyelaran", "Hauwa Mohammed"],
    "in": ["Sreelakshmi Nair", "Hardik Patel", "Pooja Deshmukh", "Anand Iyengar"],
    "sg": ["Daryl Lim", "Nurul Huda", "Samantha Koh"],
    "my": ["Azlina Hashim", "Lee Chee Keong"],
    "hk": ["Winnie Cheung", "Kenneth Lau"],
    "ph": ["Maricel Santos", "Jerome Villanueva"],
    "ae": ["Hessa Al Mazrouei", "Rajiv Menezes"],
    "gy": ["Shondel Persaud", "Colin Fraser-Ali"],
    "bt": ["Karma Wangchuk", "Pema Choden"],
    "fk": ["Rhona Biggs", "Gavin Short"],
    "sh": ["Lorraine Yon", "Derek Thomas"],
    "sc": ["Marie-Ange Hoareau", "Bernard Pillay"],
    "rw": ["Aline Uwase", "Jean Bosco Nkurunziza"],
    "vn": ["Nguyen Thu Trang", "Tran Duc Minh"],
    "pk": ["Sadia Baig", "Farhan Qazi"],
    "mn": ["Enkhjargal Batbayar", "Ganbold Tserendorj"],
    "arg": ["Inés Aguirre", "Tomás Larrea"],
}
# the signers' region by the sender's time zone
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "vi": "us", "cae": "ca", "cam": "ca", "nu": "ca",
          "auq": "au", "auw": "au", "nt": "au", "ro": "eu"}
LANG_SIGNERS = {
    "ar": ["منية الطرابلسي", "كمال بن عمر"], "de": ["Annegret Schubert", "Falk Rößler"],
    "es": ["Amparo Ferrer", "Vicent Llorca"], "fr": ["Séverine Dubosq", "Laurent Barthe"],
    "hi": ["विनीता दीक्षित", "मनोज कटियार"], "it": ["Concetta Schilirò", "Nunzio Pappalardo"],
    "ja": ["中谷 由美", "坂口 健一"], "ko": ["권미정", "류성호"], "pt": ["Rosângela Figueiredo", "Wanderley Prado"],
    "ru": ["Надежда Кузьмина", "Виктор Рябов"], "sw": ["Zuhura Juma", "Suleiman Haji"],
    "th": ["วันเพ็ญ เพชรรัตน์", "สุรชัย ทองอยู่"], "tr": ["Gülsüm Karataş", "Mehmet Yıldırım"],
    "ur": ["شبانہ میمن", "اکبر سومرو"], "zh": ["王秀兰", "杨建军"],
    "acx": ["سالم الهنائي", "موزة الرواحية"], "mey": ["محمد ولد أحمد", "مريم منت سيدي"],
    "haz": ["رحیمه جعفری", "علی‌داد چنگیزی"], "dhd": ["रामेश्वर छीपा", "सुमन नामा"],
    "ahr": ["भिकन पाटील", "सुनंदा बोरसे"], "gan": ["熊国平", "万红梅"], "cdo": ["林依玲", "陈立新"],
    "abs": ["Yoke Latuheru", "Nona Pattinasarany"], "mbf": ["Nancy Lim Swee Lan", "Baba Chan Kim Hock"],
    "vic": ["Glenda Petersen", "Alton Christian"],
}
LANG_RECIPIENTS = {
    "ar": ["سناء الجويني", "وليد الحمامي"], "de": ["Marlene Uhlig", "Benedikt Kempe"],
    "es": ["Nuria Soler", "Pau Ribera"], "fr": ["Clémence Arnaud", "Bastien Roux"],
    "hi": ["श्वेता अवस्थी", "रोहित राठौर"], "it": ["Agata Caruso", "Salvo Leonardi"],
    "ja": ["北村 真奈美", "岡田 亮"], "ko": ["한지원", "오태윤"], "pt": ["Thaís Vasconcelos", "Renan Diniz"],
    "ru": ["Алёна Сафонова", "Иван Гусев"], "sw": ["Rehema Mussa", "Khamis Ali"],
    "th": ["พิมพ์ชนก อินทร์แก้ว", "ธนากร มีสุข"], "tr": ["Elif Korkmaz", "Burak Şahin"],
    "ur": ["ماریہ جتوئی", "بلال شیخ"], "zh": ["李婷婷", "赵子轩"],
    "acx": ["خالد البوسعيدي", "شيخة العامرية"], "mey": ["أحمد ولد محمود", "خديجة منت الشيخ"],
    "haz": ["زهرا محمدی", "حسین یوسفی"], "dhd": ["कविता शर्मा", "गोपाल जांगिड़"],
    "ahr": ["योगेश चौधरी", "प्रतिभा महाजन"], "gan": ["胡晓燕", "涂志勇"], "cdo": ["郑雅琴", "黄志明"],
    "abs": ["Maria Sahetapy", "Jopie Leiwakabessy"], "mbf": ["Irene Tan Bee Hoon", "Gary Ong Teck Seng"],
    "vic": ["Shaniqua Francis", "Dwayne Hodge"],
}
GIVEN = {
    "Wei Ling Chua": "Wei Ling", "Uchenna Obi-Ezeh": "Uchenna", "Bethan Rhys-Evans": "Bethan",
    "Jean Bosco Nkurunziza": "Jean Bosco", "Marie-Ange Hoareau": "Marie-Ange", "Nguyen Thu Trang": "Trang",
    "Tran Duc Minh": "Minh", "Lee Chee Keong": "Chee Keong", "Colin Fraser-Ali": "Colin",
    "Hessa Al Mazrouei": "Hessa", "Anri du Plessis": "Anri", "Kwame Osei-Tutu": "Kwame",
    "Nancy Lim Swee Lan": "Nancy", "Baba Chan Kim Hock": "Kim Hock", "Irene Tan Bee Hoon": "Irene",
    "Gary Ong Teck Seng": "Gary",
}
PROVIDERS = ["kestrelmail", "mopanebox", "tuipost", "wattlenet", "shearwater", "karoomail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last
# Sunday of October, us = second Sunday of March to first Sunday of November, au = first
# Sunday of October to first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "eu": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "nu": ("-0500", "-0400", "us"),
    "cam": ("-0700", "-0600", "us"), "vi": ("-0400", None, ""), "gy": ("-0400", None, ""),
    "fk": ("-0300", None, ""), "arg": ("-0300", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "auq": ("+1000", None, ""), "auw": ("+0800", None, ""), "nt": ("+0930", None, ""),
    "nz": ("+1200", "+1300", "nz"), "za": ("+0200", None, ""), "rw": ("+0200", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ng": ("+0100", None, ""), "tn": ("+0100", None, ""), "sh": ("+0000", None, ""),
    "mr": ("+0000", None, ""), "sc": ("+0400", None, ""), "ae": ("+0400", None, ""), "om": ("+0400", None, ""),
    "tr": ("+0300", None, ""), "ru": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "bt": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "sg": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "hk": ("+0800", None, ""), "mn": ("+0800", None, ""),
    "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "wit": ("+0900", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cam", "nu", "ph", "vi")


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
    TEMPLATES.append(T(part, label, kind, f"blind38-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


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

mr("wd-towage", "{co}: requisition R-{ref} ({role}) has closed",
   "Hello {n},\n\nRequisition R-{ref} for {role} closed in our recruiting system this morning, because the person we appointed has finished their pre-start paperwork. Your candidacy therefore carries the status \"Closed - Filled by Another Candidate\" and will not move on to another step.\n\nYour candidate home at https://{dom}/home keeps your profile, so a later application can reuse it.\n\nTalent Acquisition\n{co}",
   ("Solent Towage & Marine Ltd", "Moreton Bay Dredging Pty Ltd"), ("solenttowage.wd3.example", "mbdredging.wd105.example"),
   frm="{co} Recruiting <workday@{dom}>", role=("Relief Tug Deckhand", "Dredge Master's Mate"), tz=("uk", "auq"))

mr("gh-startup", "Your application to {co}",
   "Hi {n},\n\nA straight answer from the {role} hiring team. We met a lot of capable people and the offer went to someone whose {x}; they've signed. Your application closes today as a result.\n\nYour project write-up was a joy to read, and your name on some later opening would be a welcome sight.\n\n{sig}\nPeople Team, {co}",
   ("Helixfold Genomics", "Qubitlane Systems"), ("helixfold.gh-mail.example", "qubitlane.gh-mail.example"),
   frm="{sig} at {co} <no-reply@{dom}>", role=("Sequencing Lab Technician", "Cryogenic Systems Technician"), tz=("ie", "cae"),
   x=("lab-automation background lines up with what our sequencing group needs next quarter", "dilution-fridge experience lines up with what our hardware group needs next quarter"))

mr("lever-food", "{co} — {role}",
   "Hey {n},\n\nYou gave our process two weeks of your evenings, so you get this from me directly: we hired for the {role} spot yesterday, and the new starter begins on the {x}. So this one is wrapped up on our side.\n\nIf you're ever passing the shop, a loaf or a bag of whatever's fresh is on us.\n— {sig}",
   ("Wild Crumb Sourdough", "Bitterroot Jerky Co."), ("wildcrumb.example", "bitterrootjerky.example"),
   frm="{sig} from {co} <{sl}@hire.{dom}>", role=("Night Baker", "Smokehouse Line Lead"), tz=("usp", "usm"),
   x=("3 a.m. shift next Monday", "smoker line next week"))

mr("sr-card", "Application update: {role}",
   "<html><body><p>Dear {n},</p><p>News on what you sent to <b>{co}</b>.</p><table border=\"1\" cellpadding=\"6\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Closed &ndash; another applicant has been hired</td></tr></table><p>No further stages follow. Other openings: <a href=\"https://jobs.{dom}\">jobs.{dom}</a>.</p><p>Recruitment Team<br>{co}</p></body></html>",
   ("Kallang Data Halls Pte Ltd", "Sentosa Diagnostics Sdn Bhd"), ("kallangdatahalls.example", "sentosadx.example"),
   frm="{co} <noreply@smartr-mail.example>", role=("Critical Facilities Technician", "Medical Laboratory Technologist"), tz=("sg", "my"))

mr("icims-health", "{co} | Application Update – {role}",
   "Dear {n},\n\nThe hiring manager for {role} (Job ID {ref}) has finished reviewing applicants and is moving ahead solely with people whose {x} goes past what your résumé showed. On this posting your file is now marked closed.\n\nOther openings at {co} are posted on our career portal, and any of them may be applied for.\n\nSincerely,\nTalent Acquisition\n{co}",
   ("Riverbend Kidney Care", "Northshore Biologics Inc."), ("riverbendkidney.example", "northshorebio.example"),
   frm="{co} Careers <careers@{dom}>", role=("Dialysis Patient Care Technician", "Aseptic Filling Operator"), tz=("use", "cae"),
   x=("hands-on hemodialysis machine experience", "fill-finish experience under GMP"))

mr("taleo-heavy", "Application status – {role} – {co}",
   "Dear {full},\n\nThis message concerns Requisition No. {ref} – {role}.\n\nCurrent status: Not Retained – Successful Candidate Appointed\n\nSelection for this requisition is complete. To view or withdraw other submissions, use the candidate portal at https://{dom}/careersection.\n\nHuman Resources Department\n{co}\n{x}",
   ("Berbice Bauxite Company Inc.", "Druk Chhu Hydropower Corporation"), ("berbicebauxite.taleo-like.example", "drukchhu.taleo-like.example"),
   frm="{co} <do-not-reply@{dom}>", role=("Haul Truck Operator", "Powerhouse Maintenance Technician"), tz=("gy", "bt"),
   x=("Kwakwani, Upper Berbice", "Wangdue Phodrang, Bhutan"))

mr("workable-crews", "{role} at {co}",
   "{x} {n},\n\nWe had a lot of people put their hand up for {role} and could only run a handful of trial days. The crew settled on the person they're taking on after the last trial, so we're wrapping up with everyone else today, you included.\n\nCheers for wanting to join us,\n{sig}\n{co} (sent via Workable)",
   ("Skyburst Pyrotechnics NZ", "Swan River Crane Hire"), ("skyburst.workable-mail.example", "swancranes.workable-mail.example"),
   frm="{sig} <{sl}@{dom}>", role=("Firing Crew Technician", "Dogman / Rigger"), tz=("nz", "auw"), x=("Kia ora", "G'day"))

mr("bamboo-farmfood", "About the {role} job",
   "Hi {n},\n\nJust letting you know the {role} job at {co} has been filled – someone who {x} starts next month and takes the place. This application finishes there, though it sits in our hiring system should another job turn up.\n\nAll the best,\n{sig}",
   ("Tanfield Forced Rhubarb", "Ballycreen Chutney Kitchen"), ("tanfieldrhubarb.example", "ballycreen.example"),
   frm="{sig} <{sl}@{dom}>", role=("Forcing Shed Picker", "Kitchen Production Assistant"), tz=("uk", "ie"),
   x=("worked the candlelit picking for us last winter", "helped on our market stall every Saturday"))

mr("tt-nordic", "{co} / {role}",
   "Hi {n}!\n\nWe have now gone through the process for {role} and chose to continue with one other applicant, who has accepted. For you the process ends here, and we thank you that you wanted to join us.\n\nYou can remove your profile from our career site at any time: https://{dom}/connect\n\nBest regards,\n{sig}\n{co}",
   ("Metsämarja Oy", "Saaremaa Rapsiõli OÜ"), ("metsamarja.teamtailor-like.example", "rapsioli.teamtailor-like.example"),
   frm="{sig} <{sl}@{dom}>", role=("Berry Sorting Line Operator", "Cold-Press Operator"), tz=("ro", "ro"))

mr("personio-alpine", "Your application as {role} at {co}",
   "Dear {n},\n\nmany thanks for the documents you sent us and for your trust. After looking carefully at all applications we have given the position to a candidate whose profile meets the demands of the role even more exactly. Your application can therefore not be considered further.\n\nIn line with the GDPR your papers get shredded and deleted {x} after this procedure closes.\n\nKind regards\n{sig}\nHuman Resources, {co}",
   ("Walnussmühle Hohenlohe GmbH", "Lawinenfunk Technik GmbH"), ("walnussmuehle.example", "lawinenfunk.example"),
   frm="{sig} <bewerbung@{dom}>", role=("Press Operator (m/w/d)", "Test Engineer Avalanche Transceivers (m/w/d)"), tz=("eu", "eu"),
   x=("five months", "six months"))

mr("pinpoint-land", "{role}: shortlisting outcome",
   "Dear {n},\n\nEvery application for {role} was scored by two reviewers against the published criteria. Yours received {x}. Your application therefore stops at the sift stage.\n\nReviewers' comments are yours on request; just reply within 21 days.\n\n{sig}\n{co}",
   ("Glen Affric Rewilding Trust", "Tauranga Town Planning Partners"), ("affricrewild.example", "ttpp.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Peatland Restoration Officer", "Graduate Planner"), tz=("uk", "nz"),
   x=("58 points, and the interview threshold was set at 71", "41 points, against an interview threshold of 47"))

mr("jazz-local", "{co} - {role}",
   "Hi {n},\n\nAppreciate you coming in to meet with us. The job's going to a fella who {x}; he starts Monday. We'll hang onto your resume and reach out if another spot opens.\n\nTake care,\n{sig}\n{co}",
   ("Gulf Breeze Storm Shutters", "Lowcountry Tuxedo & Formalwear"), ("gulfbreezeshutters.example", "lowcountrytux.example"),
   frm="{sig} <{sl}@{dom}>", role=("Shutter Installer", "Fitting Room Associate"), tz=("usc", "use"),
   x=("installed accordion shutters for us as a sub last season", "worked our prom rush two springs running"))

mr("ashby-tech", "Update on your {role} application",
   "Hi {n},\n\nFollowing your conversations with the team, the {role} offer went elsewhere. A close call, and the process dragged, so your patience meant a lot.\n\nWe'll keep your profile warm for future roles; nothing needed from you for that.\n\nWarmly,\n{sig}, Talent at {co}",
   ("Ledgerwise Regtech", "Pixelfront Adtech"), ("ledgerwise.example", "pixelfront.example"),
   frm="{sig} <{sl}@ashby.{dom}>", role=("Compliance Data Analyst", "Programmatic Campaign Manager"), tz=("uk", "cae"))

mr("shrimp-dock", "Deckhand spot",
   "Hi {n},\n\nNice of y'all to come by the dock Saturday. Cap'n Royce signed on the deckhand who worked the fall white-shrimp run with him, so the berth is taken for this season. If one opens on the second boat I'll holler.\n\n{sig}\n{co}",
   "Bulls Bay Shrimp Dock", "bullsbayshrimp.example", tz="use")

mr("cashmere", "Your application - Dehairing Line Supervisor",
   "Dear {full},\n\nReference: Dehairing Line Supervisor vacancy.\n\nAfter the second interview the selection committee of {co} appointed another applicant to this position. We will store your CV for twelve months.\n\nRespectfully,\n{sig}\nHR Officer, {co}\nUlaanbaatar",
   "Khangai Cashmere Spinning LLC", "khangaicashmere.example", tz="mn")

mr("pyrethrum", "Post of Extraction Plant Technician",
   "Dear {n},\n\nFollowing the written test and the oral interview for the post of Extraction Plant Technician, the post has been awarded to the candidate who ranked first overall. Your name is therefore not among those retained.\n\nPlease follow our notice board for future announcements.\n\n{sig}\nHuman Resources Unit\n{co}, Musanze",
   "Virunga Pyrethrum Processing Ltd", "virungapyrethrum.example", tz="rw")

mr("lychee", "Result of recruitment - QA Staff lychee season",
   "Dear Mr./Ms. {full},\n\nOur company has finished recruitment for position QA Staff for the lychee packing season. We are sorry that your profile is not chosen this time. Hope to cooperate with you in another chance.\n\nBest regards,\n{sig}\nHR Dept. - {co}\nLuc Ngan, Bac Giang",
   "Bac Giang Fresh Lychee Export JSC", "bglychee.example", tz="vn")

mr("apricot", "Regarding your application",
   "Respected {n},\n\nThank you for coming to Gilgit for the interview for Solar Dryer Supervisor. The management has selected a candidate from Hunza who has run our drying yard in two seasons, so this position is now filled.\n\nWe will keep your papers with us for the next harvest.\n\nRegards,\n{sig}\nAdmin Officer, {co}",
   "Karakoram Apricot Growers Co-op", "karakoramapricot.example", tz="pk")

mr("cardamom", "Sub: Application for the post of Estate Field Officer",
   "Dear {n},\n\nWith reference to the above, the Estate Field Officer post at our Vandanmedu division stands filled by a candidate having longer experience in cardamom curing, and your application is closed.\n\nWith good wishes for your career,\n{sig}\nManager (Personnel), {co}\nIdukki",
   "Periyar Hills Cardamom Estates", "periyarhills.example", tz="in")

mr("biltong", "Production Supervisor - {co}",
   "Hi {n},\n\nNice to have you at the Lichtenburg factory on Tuesday. The production supervisor job has gone to the shift lead from our drying room, six years on our floor. Your CV goes back into our file.\n\nKind regards\n{sig}\nHR, {co}",
   "Bosveld Biltong Makers", "bosveldbiltong.example", tz="za")

mr("venison", "{co} – Boning Room Leading Hand",
   "Kia ora {n},\n\nSomeone has now been appointed as leading hand in our boning room, which closes off your application for that role.\n\nYour details stay on our seasonal intake list; ask and we'll remove them.\n\nNgā mihi,\n{sig}\nPeople & Capability, {co}",
   "Mackenzie Basin Venison Ltd", "mackenzievenison.example", tz="nz")

mr("garlic", "Seasonal Harvest Lead – outcome",
   "Hi {n},\n\nKind of you to hop on the ferry for our chat. The Seasonal Harvest Lead job went to the woman who ran our braiding barn two summers ago; she said yes yesterday, so that's the role filled.\n\nBest wishes,\n{sig}\n{co}, Isle of Wight",
   "Arreton Valley Garlic Farm", "arretongarlic.example", tz="uk")

mr("cherry", "Packing house lead — decision",
   "Hi {n},\n\nI'm writing about the line lead job at our Wenatchee packing house. We filled it with a lead from our night shift who knows the sizer inside out, so your application is closed out on our end.\n\nThanks again for your patience during harvest chaos.\n\n{sig}\nHR Coordinator, {co}",
   "Columbia Bench Cherry Packers", "columbiabench.example", tz="usp")

mr("cumin", "Reply to your application for Quality Assistant",
   "Dear {n},\n\nSelection for Quality Assistant at our Unjha warehouse is over, and a candidate from our Sidhpur unit has joined in this post. Hence your candidature is closed.\n\nWith regards,\n{sig}\nHR & Admin, {co}",
   "Sidhpur Seeds & Spices Traders", "sidhpurspices.example", tz="in")

mr("sunflower", "Your application - Shift Engineer Refinery",
   "Dear {n},\n\nAfter the interviews for Shift Engineer at our sunflower oil refinery in Slobozia, the choice fell on a candidate already holding the ANRE authorisation, and the position is now closed.\n\nSuccess in your next steps.\n\nKind regards,\n{sig}\nHR Department, {co}",
   "Bărăgan Oleaginoase SA", "baraganoil.example", tz="ro")

mr("boatbuilder", "Boatbuilder role",
   "Hi {n},\n\nGrand to have you at the yard last week. The boatbuilder post has gone to a shipwright who finished his time with us on the pilot gig restoration, and he starts on Monday. Thanks for making the trip down to Pembroke Dock.\n\nAll the best,\n{sig}\n{co}",
   "Cleddau Wooden Boats", "cleddauboats.example", tz="uk")

mr("goldsmith", "Application for Apprentice Goldsmith",
   "Dear {n},\n\nThis concerns the bench test at our Sham Shui Po workshop. The apprentice place is now taken up by another candidate, and we close your application accordingly; your details remain with us half a year.\n\nYours sincerely,\n{sig}\nPersonnel, {co}",
   "Kowloon Gold Craft Workshop Ltd", "kowloongoldcraft.example", tz="hk")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation

mr("th-birth", "RE: [EXT] Re: Maternity support worker – interview Thursday",
   "Hi {n},\n\nYour questions about the pool room on Thursday were good ones. The post has gone to {x}, who has done bank shifts with us for two years, and she said yes over breakfast. Truly nice meeting you.\n\nWarm wishes,\n{sf}\n\n" + OUTLOOK + "Subject: Re: Maternity support worker – interview Thursday\n\nHi {sf}, any news from the panel? Thanks, {n}",
   ("Meadowsweet Birth Centre", "Ardnacrusha Midwifery Unit"), ("meadowsweetbirth.example", "ardnamidwifery.example"),
   tz=("uk", "ie"), x=("Becca", "Orla"))

mr("th-rescue", "Re: [EXT] Re: Base coordinator chat",
   "Hello {n},\n\nGood to talk on Monday, and thanks for the patience while the committee met. They've asked {x}, one of our longest-serving team members, to take the paid base coordinator role from the new year, and he's said yes.\n\nCheers,\n{sf}\n\n" + GMAIL + "> Hi {sf}, cheers for ringing today. Happy to send references over.",
   ("Langdale Fell Mountain Rescue", "Arthur's Pass Alpine Rescue"), ("langdalerescue.example", "apalpinerescue.example"),
   tz=("uk", "nz"), x=("Dougie", "Mikaere"))

mr("th-pilotboat", "RE: [EXT] RE: Pilot boat deckhand",
   "Morning {n},\n\nThanks again for coming out on the launch with us last week. The harbour master has put {x}, our relief coxswain, into the full-time deckhand berth, and the roster changes over on the first. It was a good day on the water.\n\nRegards,\n{sf}\n\n" + ORIGINAL + "Subject: RE: Pilot boat deckhand\n\nThanks {sf}, happy to do a second trip if useful.",
   ("Port Hedland Pilotage Services", "Durban Harbour Pilot Launches"), ("phpilotage.example", "dbnpilotlaunch.example"),
   tz=("auw", "za"), x=("Shane", "Sipho"))

mr("th-bench", "Re: [EXT] Re: Bench joiner – follow up",
   "Hi {n},\n\nGood having you in the shop for the dovetail test. We've brought {x} up from apprentice to the bench joiner spot; he finished his time with us in June and knows our jigs.\n\nKeep those chisels sharp.\n{sf}\n\n" + GMAIL + "> Hi {sf}, loved seeing the workshop yesterday.",
   ("Hollow Oak Cabinetmakers", "Rideau Fine Cabinetry"), ("hollowoakcab.example", "rideaucabinetry.example"),
   tz=("use", "cae"), x=("Caleb", "Étienne"))

mr("th-adjuster", "RE: [EXT] Re: Trainee loss adjuster",
   "Dear {n},\n\nGood of you to follow up after the panel. We have appointed {x}, a claims handler from our regional office, to the trainee adjuster post; she joins the property team next month.\n\nKind regards,\n{sf}\n\n" + RULE + "Subject: Re: Trainee loss adjuster\n\nDear {sf}, is there news on the trainee role? Best, {n}",
   ("Harcourt Lomax Loss Adjusters", "Fitzgibbon Claims Adjusting"), ("harcourtlomax.example", "fitzgibbonclaims.example"),
   tz=("uk", "ie"), x=("Priya Dhaliwal", "Aisling Ward"))

mr("th-dive", "Re: [EXT] Re: Divemaster position",
   "Hey {n},\n\nCheers for the check dive on Saturday, tidy mask-clearing demo. We've signed {x}, who did last season on the boat with us as a DM intern, for the divemaster role.\n\nSafe diving,\n{sf}\n\n" + OUTLOOK + "Subject: Re: Divemaster position\n\nHi {sf}, hope the boat made it back fine yesterday!",
   ("Coral Trout Dive Centre", "Moalboal Reef Divers"), ("coraltroutdive.example", "moalboalreef.example"),
   tz=("auq", "ph"), x=("Jess", "Bong"))

mr("th-fulfil", "RE: [EXT] RE: Warehouse team lead - discussion",
   "Hi {n},\n\nGood that you could meet the operations head on Wednesday. We have promoted {x}, a picker who has handled the peak-sale nights for us, into the team lead role for the night shift.\n\nBest regards,\n{sf}\n\n" + ORIGINAL + "Subject: RE: Warehouse team lead - discussion\n\nDear {sf}, the meeting slot works, see you then.",
   ("Kartbazaar E-commerce Fulfilment", "Tampines Parcel Hub Pte Ltd"), ("kartbazaar.example", "tampinesparcel.example"),
   tz=("in", "sg"), x=("Ravi Teja", "Muthu"))

mr("th-drain", "Re: [EXT] RE: CCTV drain survey operative",
   "Hi {n},\n\nGood day on the jetter last Tuesday. We've given the CCTV operative job to {x}, who's been jetting with us since the spring and has now done the survey course.\n\nAll the best,\n{sf}\n\n" + GMAIL + "> Cheers {sf}, grand day out.",
   ("Clearflow Drainage Services", "Southern Alps Drain Care"), ("clearflowdrain.example", "sadraincare.example"),
   tz=("ie", "nz"), x=("Jamie", "Tama"))

# ---- 8 clear refusals under long footers

mr("ft-broadcast", "Your application: {role}",
   "Dear {n},\n\nThis is about {role}. Our panel read every application; yours has missed the cut for interviews.\n\nOther vacancies: https://careers.{dom}.\n\n{co} Resourcing\n\n--\nWatch and listen live or on demand in the {x} app.\nTV licence questions: https://{dom}/licence. Texts asking for card numbers are scams; ignore them.\nMake a complaint: https://{dom}/complaints\nJob alerts: https://careers.{dom}/alerts\nAccessibility: https://{dom}/accessibility\n{co} is a statutory corporation; registered office at the address on our website.\nPrivacy notice: https://{dom}/privacy\nConfidential to the addressee. Misdelivered? Please bin it.",
   ("North Sea Broadcasting Corporation", "Raidió Cois Cósta"), ("nsbc.example", "raidiocoiscosta.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Broadcast Assistant, Local Radio", "Production Researcher"), tz=("uk", "ie"),
   x=("NSBC Play", "RCC Seinn"))

mr("ft-condiment", "{co} Careers: {role}",
   "Hi {n},\n\nAbout {role}: our team read your application, and others are moving on to interviews instead of you, so this opening is closed to you.\n\nTalent Team, {co}\n\n---\nRecipes: https://{dom}/recipes | Product questions: 1-800-555-0142\nRecall notices are posted at https://{dom}/recalls\nFollow us for new sauces and giveaways.\nManage preferences or unsubscribe: https://{dom}/prefs\n{x}\n{co}, 4100 Industrial Pkwy. Mailing address available on request.\nCopyright {co} – all rights reserved.",
   ("Red Hollow Ketchup Co.", "Maple Leaf Condiments Ltd."), ("redhollowketchup.example", "mlcondiments.example"),
   frm="{co} Talent <talent@{dom}>", role=("Quality Technician, 2nd Shift", "Bottling Line Mechanic"), tz=("usc", "cae"),
   x=("Privacy Choices: opt out of ad sharing at https://{dom}/choices", "You are receiving this message under CASL because you applied with us."))

mr("ft-travel", "Your application with {co}",
   "Hi {n},\n\nAbout {role}: no interview will follow, and your application is closed.\n\nThe {co} Recruitment Team\n\n———\nScam warning: genuine {co} staff never charge candidates or customers a 'placement fee'.\n{x}\nTravel insurance is recommended for every trip; see https://{dom}/insurance.\nStore finder: https://{dom}/stores · Brochures · Gift vouchers\nMailed to you as a careers-site applicant.\nPrivacy: https://{dom}/privacy",
   ("Southern Cross Travel Agency", "Kōwhai Travel Agency"), ("sctravelagency.example", "kowhaitravel.example"),
   frm="{co} Careers <careers@{dom}>", role=("Retail Travel Consultant", "Cruise Specialist"), tz=("au", "nz"),
   x=("ATAS accredited agent. ABN 51 824 753 556.", "IATA accredited. NZBN 9429 0415 7722 3."))

mr("ft-online", "Application outcome: {role}",
   "Dear {n},\n\nRe {role}: your application has been unsuccessful.\n\nRegards,\nPeople Team, {co}\n\n______\nTrack your order: https://{dom}/track | Returns within 30 days\nPay on delivery available in selected areas.\nDownload our app for daily deals.\n{x}\nWrong inbox? Delete this message and tell us at privacy@{dom}.",
   ("Shopvuka Online", "Pepeta E-commerce Ltd"), ("shopvuka.example", "pepeta.example"),
   frm="{co} Careers <careers@{dom}>", role=("Last-Mile Dispatch Coordinator", "Customer Care Agent (Swahili/English)"), tz=("za", "ke"),
   x=("POPIA applies to the personal information we hold. Shopvuka Online (Pty) Ltd, Reg. 2019/512203/07.", "We process your data under the Kenya Data Protection Act, 2019. Pepeta E-commerce Ltd, Nairobi."))

# ---- 9 hedged refusals

mr("hd-audit", "Audit Senior – your application",
   "Dear {n},\n\nThe partners enjoyed meeting you. In the end they leaned to applicants whose {x} sits a little closer to our current client book, and your application ends here.\n\nRegards,\n{sig}\n{co}",
   ("Pembury Catchpole Auditors", "Kilbride Mahon Audit"), ("pemburycatchpole.example", "kilbridemahon.example"),
   tz=("uk", "ie"), x=("charity audit work", "credit union audit work"))

mr("hd-flood", "Flood modeller vacancy",
   "Hi {n},\n\nAfter last week's interviews we went with people whose hydraulic modelling is somewhat further along for where the {x} is right now.\n\nRegards,\n{sig}\n{co}",
   ("Hartwell Flood Risk Engineers", "Brisbane River Flood Engineering"), ("hartwellflood.example", "brvflood.example"),
   tz=("uk", "auq"), x=("estuary project", "catchment study"))

mr("hd-books", "Bookkeeper opening",
   "Hi {n},\n\nFun chatting with you. We've opted for candidates who felt like a slightly more natural fit for the way our {x} runs day to day.\n\nGood hunting out there,\n{sig}\n{co}",
   ("Prairie Ledger Bookkeeping", "Lakehead Bookkeeping Inc."), ("prairieledger.example", "lakeheadbooks.example"),
   tz=("usc", "cae"), x=("small office", "remote team"))

mr("hd-crypto", "Re: Applied Cryptography Engineer",
   "Hi {n},\n\nYour conversations with our team were useful. On balance we leaned toward others whose applied cryptography work runs a bit deeper on the {x} side.\n\nBest,\n{sig}\n{co}",
   ("Cipherloom Labs", "Keystone Cryptography Pte Ltd"), ("cipherloom.example", "keystonecrypto.example"),
   tz=("in", "sg"), x=("threshold-signature", "post-quantum"))

mr("hd-residue", "Laboratory Analyst position",
   "Dear {n},\n\nFollowing the interview, other candidates appeared to match our pesticide-residue testing needs more closely.\n\nRegards,\n{sig}\nHR, {co}",
   "Naivasha Residue Testing Laboratory", "naivasharesidue.example", tz="ke")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail

mr("rc-hydro", "Catchment role – feedback and something else",
   "Hi {n},\n\nQuick one as promised: {x} picked the other finalist as hydrology modeller. They liked your rainfall-runoff work but the other person has more flood-forecasting hours.\n\nOn a different note, a catchment data analyst contract (12 months, hybrid) landed on my desk. Shall I put you forward? A yes by reply is all I need.\n\n{sig}\n{co}",
   ("Riverstone Recruitment", "Shannonside Talent"), ("riverstonerec.example", "shannonsidetalent.example"),
   tz=("uk", "ie"), x=("the consultancy", "the county engineers"))

mr("rc-process", "Process safety role update + new opening",
   "Hi {n},\n\nQuick update after the phone screen: the client filled the process safety engineer seat internally, so that door's shut. There's a tank-farm integrity engineer opening {x} that fits your background nicely. Want the spec?\n\n{sig}\n{co}",
   ("Gulfline Technical Staffing", "Foothills Engineering Search"), ("gulflinestaffing.example", "foothillssearch.example"),
   tz=("usc", "cam"), x=("near Baytown", "outside Edmonton"))

mr("rc-wind", "Asset manager – outcome, plus a grid role",
   "Hi {n},\n\nFollowing Friday's call: the wind farm owner has appointed another candidate as asset manager. Straight after, though, a grid connections engineer role came in from {x}, which looks made for you. Free for ten minutes this week?\n\nCheers,\n{sig}\n{co}",
   ("Southerly Energy Recruitment", "Tasman Renewables Talent"), ("southerlyrec.example", "tasmanrt.example"),
   tz=("au", "nz"), x=("a network operator in Ballarat", "a lines company in Manawatū"))

mr("rc-desal", "Desalination plant operator – update",
   "Dear {n},\n\nFollowing my call with the plant manager: they have selected another candidate for the reverse-osmosis operator role. However, the same client has a pumping station supervisor vacancy at Taweelah, and I would like to submit your CV for it. Kindly confirm.\n\nRegards,\n{sig}\n{co}",
   "Falcon Utilities Manpower", "falconmanpower.example", tz="ae")

# ---- 8 public-sector notices

mr("ps-ineligible", "Vacancy {ref}: {role} – eligibility decision",
   "Dear {full},\n\nScreening of vacancy {ref}, {role}, against the essential criteria is complete. Applicants must {x}; the information you supplied does not show this. You have therefore been found ineligible, and the application ends at this point.\n\nA review of this decision can be requested in writing to the Human Resources Directorate within 14 days.\n\nHuman Resources Directorate\n{co}",
   ("St Helena Government", "Falkland Islands Government"), ("sainthelena.gov.example", "falklands.gov.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Environmental Health Assistant", "Public Works Surveyor"), tz=("sh", "fk"),
   x=("hold St Helenian status or a valid work permit", "hold Falkland Islands Status or a Permanent Residence Permit"))

mr("ps-notreferred", "Notice of results – {role}",
   "{full},\n\nPosting {ref}, {role}.\n\nAfter rating the supplemental questions, the human resources office prepared the referral list for the hiring manager. The referral cut fell above your rating, so your name is absent from that list and no interview follows on this posting.\n\nYou may view the notice in your applicant account at {dom}.\n\n{co}",
   ("Montana Department of Natural Resources", "Government of Nunavut, Department of Community Services"), ("dnr.montana-state.example", "cs.nunavut-gov.example"),
   frm="{co} <noreply@{dom}>", role=("Public Works Equipment Operator", "Municipal Works Foreman"), tz=("usm", "nu"))

mr("ps-exam", "Result of recruitment examination – {role}",
   "Dear Candidate ({full}),\n\nRoll No. {ref}\n\nWritten examination results (post: {role}) are now declared. {x} Your marks fall below this cut-off and you are therefore not qualified for the next stage.\n\nThe merit list is displayed on the Commission's website.\n\nSecretary\n{co}",
   ("Assam Public Service Commission", "Enugu State Civil Service Commission"), ("apsc.assam-gov.example", "escsc.enugu-gov.example"),
   frm="{co} <results@{dom}>", role=("Assistant Fishery Development Officer", "Administrative Officer Grade II"), tz=("in", "ng"),
   x=("Candidates securing 112 marks and above out of 200 have been called for the viva-voce.", "Only candidates with 64 per cent and above have been invited to the oral interview."))

mr("ps-cancelled", "Vacancy notice {ref} – {role}: cancellation",
   "Dear {n},\n\nWe write regarding your application for {role} under vacancy notice {ref}. Following a review of the establishment, {x}, and the recruitment exercise has been cancelled. Nobody is to be appointed through this notice; every application under it is now closed.\n\nIf the post reappears in a later notice, you may apply afresh.\n\nPublic Service Recruitment Unit\n{co}",
   ("Government of Seychelles, Department of Public Administration", "Sarawak State Civil Service"), ("dpa.seychelles-gov.example", "sscs.sarawak-gov.example"),
   frm="{co} <recruitment@{dom}>", role=("Senior Marine Park Warden", "Assistant Agriculture Officer"), tz=("sc", "my"),
   x=("the post has been frozen for the financial year", "the post has been withdrawn from the establishment"))

# ---- 6 bare ATS status updates

mr("st-declined", "Application status changed",
   "{n} — Hirebase update\n\nRole: {role}\nCompany: {co}\nNew status: Declined\n\nFull history behind your login: https://{dom}/candidate\n(automated)",
   ("Northwind Monorail Ops", "Albatross Plant Hire"), ("hirebase-mail.example", "hirebase-mail.example"),
   frm="Hirebase <notifications@{dom}>", role=("Station Assistant", "Hire Desk Controller"), tz=("uk", "nz"))

mr("st-table", "{co}: your application",
   "<html><body><p>Hello {n},</p><table cellpadding=\"4\"><tr><th align=\"left\">Job</th><th align=\"left\">Stage</th><th align=\"left\">Status</th></tr><tr><td>{role}</td><td>Screening</td><td>Not taken forward</td></tr></table><p><a href=\"https://{dom}/me\">View your applications</a></p></body></html>",
   ("Skua Offshore Wind Services", "Tern Roadside Assist"), ("skua.talentdesk.example", "tern.talentdesk.example"),
   frm="{co} via TalentDesk <alerts@talentdesk.example>", role=("Marine Coordinator", "Patrol Mechanic"), tz=("za", "use"))

mr("st-archived", "Candidacy update — {role}",
   "{n}, your candidacy for {role} at {co} was moved to: Archived (position filled).\n\nRef {ref}\nManage notifications at https://{dom}/settings",
   ("Atlas Oil Rig Catering", "Marigold Biobank"), ("atlas.recruitly-like.example", "marigold.recruitly-like.example"),
   frm="{co} <no-reply@{dom}>", role=("Rig Steward", "Biobank Technician"), tz=("cae", "usc"))

# ---- 6 internship / graduate decisions

mr("in-summer", "Summer placement 2026 – outcome",
   "Dear {n},\n\nSummer placements at {co} drew {x} places this year. Every application has been assessed, and yours is among those we are sorry to turn down.\n\nBest of luck with the final year of your degree.\n\nPlacements Coordinator\n{co}",
   ("the Eskdalemuir Seismology Observatory", "Lough Hyne Marine Biology Station"), ("eskseismo.example", "loughhyne-mbs.example"),
   frm="Placements <placements@{dom}>", tz=("uk", "ie"), x=("1,150 students chased eight slots", "470 students chased six slots"))

mr("in-field", "{co} summer program – application decision",
   "Dear {n},\n\nRe: {co}'s {x}. Every position in this year's cohort has now been accepted; the program is full and your application closes.\n\nNext cycle's call opens in the fall.\n\nProgram Coordinator",
   ("the Cascade Volcano Observatory", "the Polar Continental Field Institute"), ("cvo-program.example", "pcfi.example"),
   frm="{co} <programs@{dom}>", tz=("usp", "cae"), x=("undergraduate summer field program", "northern field co-op term"))

mr("in-graduate", "Graduate programme: assessment outcome",
   "Dear {n},\n\nThe {co} graduate programme assessment day is over, and this year's intake has been filled by other candidates; your application closes here.\n\nOur next intake opens in twelve months.\n\nGraduate Recruitment\n{co}",
   ("Karoo Astronomy Facility", "Bonny Petrochemicals Ltd"), ("karooastro.example", "bonnypetchem.example"),
   frm="Graduate Recruitment <graduates@{dom}>", tz=("za", "ng"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened

mo("application_received", "c-wd-towage", "{co}: we have your application for {role}",
   "Hello {n},\n\nYour application for {role} (requisition R-{ref}) is in. Candidate status: Submitted.\n\nThe hiring manager reads the pile after the posting comes down. If somebody else is appointed, the candidate home shows \"Closed\", and a message lands in this inbox that same day.\n\nTalent Acquisition\n{co}",
   ("Solent Towage & Marine Ltd", "Moreton Bay Dredging Pty Ltd"), ("solenttowage.wd3.example", "mbdredging.wd105.example"),
   frm="{co} Recruiting <workday@{dom}>", role=("Mooring Launch Coxswain", "Survey Launch Skipper"), tz=("uk", "auq"))

mo("application_received", "c-gh-startup", "Thanks for applying to {co}!",
   "Hi {n},\n\nYour {role} application is here, and a real person reads all of it. Should we continue with others instead, expect a short personal note from one of us; silence is never our answer.\n\n{co} People Team",
   ("Helixfold Genomics", "Qubitlane Systems"), ("helixfold.gh-mail.example", "qubitlane.gh-mail.example"),
   frm="{co} <no-reply@{dom}>", role=("Bioinformatics Engineer", "Quantum Control Engineer"), tz=("ie", "cae"))

mo("application_received", "c-sr-card", "We received your application: {role}",
   "<html><body><p>Dear {n},</p><p>Your application to <b>{co}</b> has arrived.</p><table border=\"1\" cellpadding=\"6\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Open &ndash; under review</td></tr></table><p>Any change to the result, another applicant being hired included, updates this card and re-sends it to you.</p><p>Recruitment Team<br>{co}</p></body></html>",
   ("Kallang Data Halls Pte Ltd", "Sentosa Diagnostics Sdn Bhd"), ("kallangdatahalls.example", "sentosadx.example"),
   frm="{co} <noreply@smartr-mail.example>", role=("Data Centre Shift Engineer", "Phlebotomist"), tz=("sg", "my"))

mo("application_received", "c-icims-health", "{co} | We've received your application",
   "Dear {n},\n\nYour {role} application (Job ID {ref}) is in our system.\n\nEach posting lists minimum qualifications. Where those are missing, the application is closed without interview and the portal tells you so. If they're met, a recruiter makes contact about next steps.\n\nTalent Acquisition\n{co}",
   ("Riverbend Kidney Care", "Northshore Biologics Inc."), ("riverbendkidney.example", "northshorebio.example"),
   frm="{co} Careers <careers@{dom}>", role=("Home Dialysis Training Nurse", "QC Microbiology Analyst"), tz=("use", "cae"))

mo("application_received", "c-taleo-heavy", "Submission received – {role}",
   "Dear {full},\n\nYour submission for Requisition No. {ref} – {role} has been received.\n\nCurrent status: Under Consideration\n\nAppointment of another candidate would switch this to \"Not Retained\", with an email to you. You may track the requisition in the candidate portal at https://{dom}/careersection.\n\nHuman Resources Department\n{co}",
   ("Berbice Bauxite Company Inc.", "Druk Chhu Hydropower Corporation"), ("berbicebauxite.taleo-like.example", "drukchhu.taleo-like.example"),
   frm="{co} <do-not-reply@{dom}>", role=("Plant Electrician", "Dam Safety Engineer"), tz=("gy", "bt"))

mo("application_received", "c-workable-crews", "Got it: your application for {role}",
   "{x} {n},\n\nCheers for applying for {role} at {co}. Once the ad closes we pick a few people for trial days. No trial for you? An email from the crew says so, no ghosting.\n\n{co} (sent via Workable)",
   ("Skyburst Pyrotechnics NZ", "Swan River Crane Hire"), ("skyburst.workable-mail.example", "swancranes.workable-mail.example"),
   frm="{co} <jobs@{dom}>", role=("Display Loader (casual)", "Crane Operator (Franna)"), tz=("nz", "auw"), x=("Kia ora", "G'day"))

mo("application_received", "c-personio", "Confirmation of your application as {role}",
   "Dear {n},\n\nyour documents for the position {role} have reached us. Our team looks through them in the coming weeks. Also if the choice falls on another person, a short notice comes from us. After the procedure your data is erased.\n\nKind regards\nHuman Resources, {co}",
   ("Walnussmühle Hohenlohe GmbH", "Lawinenfunk Technik GmbH"), ("walnussmuehle.example", "lawinenfunk.example"),
   frm="{co} <bewerbung@{dom}>", role=("Warehouse Worker (m/w/d)", "Electronics Technician (m/w/d)"), tz=("eu", "eu"))

mo("application_received", "c-pinpoint", "{role}: application received",
   "Dear {n},\n\nYour application for {role} has arrived. Two reviewers score each one against the published criteria once the advert comes down. Above the interview threshold or below it, the outcome reaches every applicant by email inside three weeks.\n\n{co}",
   ("Glen Affric Rewilding Trust", "Tauranga Town Planning Partners"), ("affricrewild.example", "ttpp.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Bog Surveyor", "Planning Technician"), tz=("uk", "nz"))

mo("application_received", "c-th-birth", "Re: Maternity support worker",
   "Hi {n},\n\nOur lead midwife now has your CV. Interviews are on the 14th. If one of our bank staff lands it, I'll phone you that week rather than leave you hanging.\n\nWarm wishes,\n{sig}\n{co}",
   ("Meadowsweet Birth Centre", "Ardnacrusha Midwifery Unit"), ("meadowsweetbirth.example", "ardnamidwifery.example"), tz=("uk", "ie"))

mo("application_received", "c-ft-broadcast", "We've received your application: {role}",
   "Dear {n},\n\nYour application for {role} has reached us. Shortlisted or passed over, an email from Resourcing lands within a month of the advert closing.\n\n{co} Resourcing\n\n--\nWatch and listen live or on demand in the {x} app.\nJob alerts: https://careers.{dom}/alerts\nPrivacy notice: https://{dom}/privacy",
   ("North Sea Broadcasting Corporation", "Raidió Cois Cósta"), ("nsbc.example", "raidiocoiscosta.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Camera Operator", "Assistant Producer, Current Affairs"), tz=("uk", "ie"), x=("NSBC Play", "RCC Seinn"))

mo("application_received", "c-ps-exam", "Application registered – {role}",
   "Dear Candidate ({full}),\n\nOnline registration for the post of {role} is complete. Application No. {ref}. Fee received.\n\nAdmit cards will be issued through the website before the written examination. Marks below the cut-off in that examination mean no call for interview.\n\nSecretary\n{co}",
   ("Assam Public Service Commission", "Enugu State Civil Service Commission"), ("apsc.assam-gov.example", "escsc.enugu-gov.example"),
   frm="{co} <noreply@{dom}>", role=("Sub-Inspector of Excise", "Executive Officer (Accounts)"), tz=("in", "ng"))

mo("application_received", "c-tt-nordic", "Thank you for your application, {n}!",
   "Hi {n}!\n\nYour application for {role} at {co} is with us now. We read everything after the last application day. Chosen to continue or not, you will hear from us in both cases.\n\nBest regards,\n{co}",
   ("Metsämarja Oy", "Saaremaa Rapsiõli OÜ"), ("metsamarja.teamtailor-like.example", "rapsioli.teamtailor-like.example"),
   frm="{co} <noreply@{dom}>", role=("Forklift Driver", "Maintenance Mechanic"), tz=("ro", "ro"))

mo("application_received", "c1-lever", "{co} — got your application",
   "Hey {n},\n\nYour note about the {role} spot at {co} landed. I go through these myself. Should I hire someone else, a quick note from me follows, never silence.\n\n— {sig}",
   "Wild Crumb Sourdough", "wildcrumb.example", frm="{sig} from {co} <{sl}@hire.{dom}>", role="Bakery Counter Lead", tz="usp")

mo("application_received", "c1-bamboo", "Application received – Forcing Shed Picker",
   "Hi {n},\n\nCheers for wanting to pick for {co}. We choose the crew this week. Not in it? An email from me tells you; in it, expect a call.\n\n{sig}",
   "Tanfield Forced Rhubarb", "tanfieldrhubarb.example", tz="uk")

mo("application_received", "c1-jazz", "Your application to {co}",
   "Hi {n},\n\nYour Shutter Installer application came through. Looks like a match, we'll call to set a time; a no comes by email too.\n\n{sig}\n{co}",
   "Gulf Breeze Storm Shutters", "gulfbreezeshutters.example", tz="usc")

mo("application_received", "c1-ashby", "Application received — {role}",
   "Hi {n},\n\nYour {role} application at {co} is in. Whatever the outcome, a person on the talent team replies inside a fortnight.\n\nTalent at {co}",
   "Ledgerwise Regtech", "ledgerwise.example", frm="{co} <no-reply@ashby.{dom}>", role="Regulatory Reporting Engineer", tz="uk")

mo("application_received", "c1-shrimp", "Re: deckhand",
   "Hi {n},\n\nGot your message about the deckhand berth. Cap'n's out till Thursday. If he signs on somebody he already knows, I'll text, so you're not sat waiting.\n\n{sig}\n{co}",
   "Bulls Bay Shrimp Dock", "bullsbayshrimp.example", tz="use")

mo("application_received", "c1-cashmere", "Application received",
   "Dear {full},\n\nWe registered your application as Quality Controller (fibre). The selection committee convenes once applications close. Applicants not invited to interview will be informed by email.\n\nRespectfully,\n{sig}\nHR Officer, {co}",
   "Khangai Cashmere Spinning LLC", "khangaicashmere.example", tz="mn")

mo("application_received", "c1-pyrethrum", "Acknowledgement of application",
   "Dear {n},\n\nYour Laboratory Analyst application reached our HR unit. A written test follows for the shortlist. Thirty days without contact from us means your application was unsuccessful.\n\nHuman Resources Unit\n{co}",
   "Virunga Pyrethrum Processing Ltd", "virungapyrethrum.example", tz="rw")

mo("application_received", "c1-lychee", "Confirm receive CV",
   "Dear {full},\n\nWe confirm to receive your CV for position Packing Line Leader. HR team will review and contact in 7 working days if suitable. If profile not suitable, HR will send email to inform.\n\nBest regards,\n{sig}\nHR Dept. - {co}",
   "Bac Giang Fresh Lychee Export JSC", "bglychee.example", tz="vn")

mo("application_received", "c1-apricot", "Application received",
   "Respected {n},\n\nYour application for Orchard Extension Worker has been received at our Gilgit office. Interviews will be held after Eid. Those not called for interview will be informed by SMS.\n\nRegards,\n{sig}\n{co}",
   "Karakoram Apricot Growers Co-op", "karakoramapricot.example", tz="pk")

mo("application_received", "c1-cardamom", "Acknowledgement – Post of Estate Writer",
   "Dear {n},\n\nYour application as Estate Writer is received at our office. Suitable candidates will be called for an interview at Vandanmedu. Applications lacking the required experience will be rejected without further correspondence.\n\nManager (Personnel)\n{co}",
   "Periyar Hills Cardamom Estates", "periyarhills.example", tz="in")

mo("application_received", "c1-biltong", "We've got your CV",
   "Hi {n},\n\nYour CV for the Quality Controller post is here. We'll phone the people on the shortlist next week. Should the job go to someone else, a mail from us follows anyway.\n\nKind regards\n{sig}\n{co}",
   "Bosveld Biltong Makers", "bosveldbiltong.example", tz="za")

mo("application_received", "c1-venison", "Application received – Seasonal Process Worker",
   "Kia ora {n},\n\nYour application to {co} is in. Expect word from us inside a fortnight, yes or no.\n\nNgā mihi,\nPeople & Capability",
   "Mackenzie Basin Venison Ltd", "mackenzievenison.example", tz="nz")

mo("application_received", "c1-garlic", "Thanks for applying",
   "Hi {n},\n\nLovely that you want to pick and braid with us this summer. We'll ring about a chat. A full crew before your turn comes means an email saying so.\n\n{sig}\n{co}",
   "Arreton Valley Garlic Farm", "arretongarlic.example", tz="uk")

mo("application_received", "c1-cherry", "We received your application",
   "Hi {n},\n\nYour Sorter application at {co} is in. Harvest hiring moves fast. Lines filled before we reach yours? A text and an email go out, so you're free to look elsewhere.\n\n{sig}\nHR Coordinator",
   "Columbia Bench Cherry Packers", "columbiabench.example", tz="usp")

mo("application_received", "c1-cumin", "Application received – Accounts Assistant",
   "Dear {n},\n\nYour Accounts Assistant application is with us. Those on the shortlist will be called to our Unjha office; others will not hear further.\n\nHR & Admin, {co}",
   "Sidhpur Seeds & Spices Traders", "sidhpurspices.example", tz="in")

mo("application_received", "c1-sunflower", "Confirmation of application",
   "Dear {n},\n\nYour Laboratory Technician application is registered. Selected profiles get an interview call; the rest receive an email when the selection ends.\n\nHR Department, {co}",
   "Bărăgan Oleaginoase SA", "baraganoil.example", tz="ro")

mo("application_received", "c1-boat", "Your letter",
   "Hi {n},\n\nThanks for your letter and the photos of the clinker dinghy. Over the next fortnight I'm meeting folk for the apprentice bench. Whoever I pick, a letter from me follows.\n\n{sig}\n{co}",
   "Cleddau Wooden Boats", "cleddauboats.example", tz="uk")

mo("application_received", "c1-gold", "Acknowledgement of application",
   "Dear {n},\n\nYour application as Goldsmith (Chain Making) is logged. Candidates chosen for a bench test are contacted inside 21 days; other applications stay in our records half a year.\n\nPersonnel, {co}",
   "Kowloon Gold Craft Workshop Ltd", "kowloongoldcraft.example", tz="hk")

mo("application_received", "c1-condiment", "{co} Careers: application received",
   "Hi {n},\n\nYour Sanitation Lead (3rd Shift) application is in. Applications are reviewed weekly, and if others move ahead instead, an email from the team still comes your way.\n\nTalent Team, {co}\n\n---\nRecipes: https://{dom}/recipes\nYour Privacy Choices: https://{dom}/privacy-choices\n\u00a9 {co}.",
   "Red Hollow Ketchup Co.", "redhollowketchup.example", frm="{co} Talent <talent@{dom}>", tz="usc")

mo("application_received", "c1-travel", "Application received",
   "Hi {n},\n\nYour Corporate Travel Consultant application is in. Shortlisted or not, an email from us arrives within a fortnight of the ad closing.\n\nThe {co} Recruitment Team\n\n———\nScam warning: no real recruiter of ours charges candidates money.\nATAS accredited agent.",
   "Southern Cross Travel Agency", "sctravelagency.example", frm="{co} Careers <careers@{dom}>", tz="au")

mo("application_received", "c1-audit", "Audit Semi-Senior – acknowledgement",
   "Dear {n},\n\nYour CV is with one of the partners at {co}. Should we decide not to meet, a letter says so; nothing is left hanging.\n\nWith best wishes,\n{sig}",
   "Pembury Catchpole Auditors", "pemburycatchpole.example", tz="uk")

mo("application_received", "c1-books", "Thanks for your interest!",
   "Hi {n},\n\nYour application for our bookkeeper opening came in. Calls with a few folks happen next week. If it's a pass, I'll tell you that too.\n\n{sig}\n{co}",
   "Prairie Ledger Bookkeeping", "prairieledger.example", tz="usc")

mo("application_received", "c1-rc-hydro", "Re: hydrology modeller",
   "Hi {n},\n\nCV received. It went to the consultancy today with a note on your rainfall-runoff projects. If they pass on interviewing, I'll phone with whatever feedback they give.\n\n{sig}\n{co}",
   "Riverstone Recruitment", "riverstonerec.example", tz="uk")

mo("application_received", "c1-sthelena", "Vacancy {ref}: application received",
   "Dear {full},\n\nVacancy {ref}, Plant Operator, Water Section: your application is logged. Screening against the essential criteria comes next, and ineligible applicants get a written notice.\n\nHuman Resources Directorate\n{co}",
   "St Helena Government", "sainthelena.gov.example", frm="{co} Recruitment <recruitment@{dom}>", tz="sh")

mo("application_received", "c1-volcano", "Application received — summer field program",
   "Dear {n},\n\nYour application for {co}'s undergraduate summer field program is complete. Decisions go to all applicants by late March, offer or no offer.\n\nProgram Coordinator",
   "the Cascade Volcano Observatory", "cvo-program.example", frm="{co} <programs@{dom}>", tz="usp")

mo("application_received", "c1-status", "Application status changed",
   "{n} — Hirebase update\n\nRole: Platform Attendant (Seasonal)\nCompany: {co}\nNew status: Received\n\nFull history behind your login: https://{dom}/candidate\n(automated)",
   "Northwind Monorail Ops", "hirebase-mail.example", frm="Hirebase <notifications@{dom}>", tz="uk")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads

mo("interview", "i-pilotboat", "RE: [EXT] RE: Pilot boat deckhand – ride-out",
   "Hi {n},\n\nThanks for your note. Can you come out on the launch on {dl}, meeting at the pilot station at 06:30? Bring wet-weather gear and your sea survival card.\n\nUnfortunately the pilot station car park has roadworks; use the street by the gate.\n\nRegards,\n{sf}\n\n" + ORIGINAL + "Subject: RE: Pilot boat deckhand\n\nHi {sf}, happy to come out whenever suits.",
   ("Port Hedland Pilotage Services", "Durban Harbour Pilot Launches"), ("phpilotage.example", "dbnpilotlaunch.example"), tz=("auw", "za"))

mo("interview", "i-bench", "Re: [EXT] Re: Bench joiner – dovetail test",
   "Hi {n},\n\nCome in for a practical on {dl} at 8 a.m.: a small drawer box, hand-cut dovetails, about three hours. We supply timber and tools, bring your own chisels if you prefer them.\n\nUnfortunately the extraction system will be loud, so earplugs are on the bench.\n\n{sf}\n\n" + GMAIL + "> Hi {sf}, that was quick, cheers.",
   ("Hollow Oak Cabinetmakers", "Rideau Fine Cabinetry"), ("hollowoakcab.example", "rideaucabinetry.example"), tz=("use", "cae"))

mo("interview", "i-rescue", "Re: [EXT] Re: Base coordinator – interview",
   "Hello {n},\n\nThe committee can see you at the base on {dl} at 7 p.m. for about forty minutes, with a short radio log exercise at the end.\n\nUnfortunately the base is up a rough track, so a car with some clearance helps.\n\nCheers,\n{sig}\n{co}",
   "Langdale Fell Mountain Rescue", "langdalerescue.example", tz="uk")

mo("interview", "i-adjuster", "Trainee loss adjuster – interview invitation",
   "Dear {n},\n\nGood news on the trainee adjuster role: you're through to a panel, {dl} at 10:00, Leeds office, photo ID with you. Expect a short claim scenario to walk the panel through.\n\nUnfortunately our building has no visitor parking.\n\nKind regards,\n{sig}\n{co}",
   "Harcourt Lomax Loss Adjusters", "harcourtlomax.example", tz="uk")

mo("interview", "i-dive", "Divemaster – check dive",
   "Hey {n},\n\nLoved your application! Join the morning boat on {dl} for a check dive? Meet at the shop 7:15 with your logbook and certification card.\n\nUnfortunately our rental wetsuits only go up to XL, so bring your own if you need bigger.\n\n{sig}\n{co}",
   "Coral Trout Dive Centre", "coraltroutdive.example", tz="auq")

mo("interview", "i-fulfil", "Interview – Shift Supervisor",
   "Dear {n},\n\nYou are shortlisted for Shift Supervisor at our Bhiwandi fulfilment centre. Interview is on {dl} at 11:00; carry two printed CVs and a photo ID.\n\nUnfortunately entry to the warehouse floor needs safety shoes, which you should bring.\n\n{sig}\nHR, {co}",
   "Kartbazaar E-commerce Fulfilment", "kartbazaar.example", tz="in")

mo("interview", "i-drain", "CCTV operative – come out with us",
   "Hi {n},\n\nFancy a day on the survey van with us on {dl}? We leave the depot at half seven, lunch is on us.\n\nUnfortunately the van radio only gets one station.\n\n{sig}\n{co}",
   "Clearflow Drainage Services", "clearflowdrain.example", tz="ie")

mo("interview", "i-flood", "Flood modeller – interview",
   "Hi {n},\n\nNext step for the flood modeller role: a video interview, {dl} at 2 p.m. We'll send a small model schematic to discuss two days before.\n\nUnfortunately our video links sometimes drop, so we'll have a phone number ready as backup.\n\nRegards,\n{sig}\n{co}",
   "Hartwell Flood Risk Engineers", "hartwellflood.example", tz="uk")

mo("interview", "i-crypto", "Technical interview – Applied Cryptography Engineer",
   "Hi {n},\n\nNext up: a 90-minute technical interview on {dl}, 4 p.m. IST, covering protocol design and a short code review.\n\nUnfortunately our interview tool works only in desktop browsers.\n\nBest,\n{sig}\n{co}",
   "Cipherloom Labs", "cipherloom.example", tz="in")

mo("interview", "i-cashmere", "Invitation to interview",
   "Dear {full},\n\nInterview for Quality Controller (fibre): {dl}, 10:00, at our factory in Khan-Uul district. Please bring your diploma.\n\nUnfortunately the factory entrance moved to the east side during the building works.\n\nRespectfully,\n{sig}\n{co}",
   "Khangai Cashmere Spinning LLC", "khangaicashmere.example", tz="mn")

mo("interview", "i-boat", "Come down to the yard",
   "Hi {n},\n\nLetter and photos much enjoyed. Could you manage the yard on {dl} around 9? I'd like you to spend the morning fairing a plank with us.\n\nUnfortunately the slipway is tidal, so wear boots.\n\n{sig}\n{co}",
   "Cleddau Wooden Boats", "cleddauboats.example", tz="uk")

mo("next_steps", "n-ps-supplemental", "Next step – {role} supplemental questions",
   "{full},\n\nYour application for {role}, posting {ref}, meets the minimum qualifications. Next, answer the supplemental questionnaire, found under your applicant profile at {dom}. It must be completed by 11:59 p.m. on {dl}.\n\nUnfortunately late questionnaires cannot be scored.\n\n{co}",
   ("Montana Department of Natural Resources", "Government of Nunavut, Department of Community Services"), ("dnr.montana-state.example", "cs.nunavut-gov.example"),
   frm="{co} <noreply@{dom}>", role=("Roads Maintenance Worker", "Water Truck Driver"), tz=("usm", "nu"))

mo("next_steps", "n-rc-process", "Pre-employment steps – site medical and TWIC",
   "Hi {n},\n\nGood news, the client likes you. Ahead of the final interview they want a site medical and a copy of your {x} by {dl}. I'll send the clinic booking link separately.\n\nUnfortunately their clinic only takes walk-ins on weekday mornings.\n\n{sig}\n{co}",
   ("Gulfline Technical Staffing", "Foothills Engineering Search"), ("gulflinestaffing.example", "foothillssearch.example"),
   tz=("usc", "cam"), x=("TWIC card", "H2S Alive ticket"))

mo("next_steps", "n-dialysis", "Background check authorization – {co}",
   "Dear {n},\n\nNext step for Dialysis Patient Care Technician: please complete the background check authorization at https://{dom}/verify by {dl}.\n\nUnfortunately we cannot schedule your skills day until the authorization is signed.\n\nTalent Acquisition\n{co}",
   "Riverbend Kidney Care", "riverbendkidney.example", frm="{co} Careers <careers@{dom}>", tz="use")

mo("next_steps", "n-seychelles", "Documents required – {ref}",
   "Dear {n},\n\nYou have been shortlisted for Marine Park Warden (vacancy notice {ref}). Please submit certified copies of your certificates and a police clearance to the Recruitment Unit by {dl}.\n\nPublic Service Recruitment Unit\n{co}",
   "Government of Seychelles, Department of Public Administration", "dpa.seychelles-gov.example", frm="{co} <recruitment@{dom}>", tz="sc")

mo("next_steps", "n-pyrethrum", "Medical examination – Laboratory Analyst",
   "Dear {n},\n\nFollowing your written test, you are requested to undergo a medical examination at the Musanze district hospital before {dl}, and to bring the report to our HR unit.\n\nUnfortunately the hospital lab closes at 3 p.m.\n\nHuman Resources Unit\n{co}",
   "Virunga Pyrethrum Processing Ltd", "virungapyrethrum.example", tz="rw")

mo("next_steps", "n-seismo", "Summer placement – online task",
   "Dear {n},\n\nStage two of the placement selection is a short online task on reading seismograms (three quarters of an hour). Deadline: {dl}.\n\nUnfortunately the task cannot be paused once started.\n\nPlacements Coordinator\n{co}",
   "the Eskdalemuir Seismology Observatory", "eskseismo.example", frm="Placements <placements@{dom}>", tz="uk")

mo("next_steps", "n-bauxite", "Pre-employment drug and alcohol test",
   "Dear {full},\n\nYour Haul Truck Operator application is recommended for hire. Please report for a drug and alcohol test and a fitness assessment at the mine clinic by {dl}, between 07:00 and 14:00.\n\nHuman Resources Department\n{co}",
   "Berbice Bauxite Company Inc.", "berbicebauxite.taleo-like.example", frm="{co} <do-not-reply@{dom}>", tz="gy")

mo("next_steps", "n-regtech", "Take-home exercise — {role}",
   "Hi {n},\n\nGreat first conversation! Stage two is a take-home: build a small reporting pipeline over a sample dataset and send it by {dl}.\n\nUnfortunately anything beyond four hours' effort won't be reviewed, so keep it lean.\n\n{sig}, Talent at {co}",
   "Ledgerwise Regtech", "ledgerwise.example", frm="{sig} <{sl}@ashby.{dom}>", role="Compliance Data Analyst", tz="uk")

mo("next_steps", "n-astro", "Graduate programme – assessment day",
   "Dear {n},\n\nGood news: the {co} graduate programme assessment day is next, and your name is down for it. Please confirm your attendance and upload your academic transcript by {dl}.\n\nUnfortunately we cannot cover travel costs for the assessment day.\n\nGraduate Recruitment\n{co}",
   "Karoo Astronomy Facility", "karooastro.example", frm="Graduate Recruitment <graduates@{dom}>", tz="za")

mo("offer", "o-farmfood", "Offer of employment – {role}",
   "Hi {n},\n\nThe {role} job at {co} is yours, starting {dl}. Pay and hours sit in the attached letter for signing.\n\nUnfortunately {x}.\n\nAll the best,\n{sig}",
   ("Tanfield Forced Rhubarb", "Ballycreen Chutney Kitchen"), ("tanfieldrhubarb.example", "ballycreen.example"),
   role=("Forcing Shed Picker", "Kitchen Production Assistant"), tz=("uk", "ie"),
   x=("the sheds are kept dark, so bring a head torch", "our staff car park is being relined that week"))

mo("offer", "o-shrimp", "You're on",
   "Hi {n},\n\nCap'n says you're on the second boat. First trip is {dl}, be at the dock by 5. Bring oilskins and a packed lunch.\n\nUnfortunately the galley stove is out until it's fixed.\n\n{sig}\n{co}",
   "Bulls Bay Shrimp Dock", "bullsbayshrimp.example", tz="use")

mo("offer", "o-venison", "Offer – Seasonal Process Worker",
   "Kia ora {n},\n\nA seasonal role in our boning room is yours, starting {dl}. Signed agreement back this week, please.\n\nUnfortunately the staff cafeteria is closed for refit until next month.\n\nNgā mihi,\nPeople & Capability, {co}",
   "Mackenzie Basin Venison Ltd", "mackenzievenison.example", tz="nz")

mo("offer", "o-garlic", "Harvest crew – offer",
   "Hi {n},\n\nHarvest crew has a spot for you, starting {dl}. Hours are 7 to 3, with overtime in the braiding barn if you want it.\n\nUnfortunately the ferry times change that week, so check before you travel.\n\n{sig}\n{co}",
   "Arreton Valley Garlic Farm", "arretongarlic.example", tz="uk")

mo("offer", "o-cherry", "Offer — Sorter",
   "Hi {n},\n\nA Sorter position for the harvest season is yours. Orientation is {dl} at 6 a.m. Please reply to confirm.\n\nUnfortunately the break room microwave is on the fritz.\n\n{sig}\nHR Coordinator, {co}",
   "Columbia Bench Cherry Packers", "columbiabench.example", tz="usp")

mo("offer", "o-gold", "Offer of appointment – Goldsmith (Chain Making)",
   "Dear {n},\n\nOur offer: Goldsmith (Chain Making), commencing {dl}. Terms are in the letter attached for your signature.\n\nPersonnel, {co}",
   "Kowloon Gold Craft Workshop Ltd", "kowloongoldcraft.example", tz="hk")

mo("offer", "o-tux", "Welcome to the team!",
   "Hi {n},\n\nGuess what: Fitting Room Associate is yours! Your first shift is {dl}. Please reply to accept and we'll send the paperwork.\n\nUnfortunately parking on King Street is metered, so use the garage behind the store.\n\n{sig}\n{co}",
   "Lowcountry Tuxedo & Formalwear", "lowcountrytux.example", tz="use")

mo("offer", "o-sunflower", "Job offer – Laboratory Technician",
   "Dear {n},\n\nThe Laboratory Technician job at our Slobozia refinery is yours; you start {dl}. Reply to accept.\n\nUnfortunately the canteen is closed during the refinery's summer stop.\n\nHR Department, {co}",
   "Bărăgan Oleaginoase SA", "baraganoil.example", tz="ro")

mo("offer", "o-rc-wind", "Grid connections engineer – offer!",
   "Hi {n},\n\nBrilliant news: the network operator wants you as grid connections engineer. The written offer will come from them; they propose a start on {dl}.\n\nCheers,\n{sig}\n{co}",
   "Southerly Energy Recruitment", "southerlyrec.example", tz="au")

mo("offer", "o-polar", "Co-op term offer",
   "Dear {n},\n\nA place on the northern field co-op term is yours. The portal needs your acceptance by {dl}.\n\nUnfortunately field kit sizes are limited, so send your sizes early.\n\nProgram Coordinator\n{co}",
   "the Polar Continental Field Institute", "pcfi.example", frm="{co} <programs@{dom}>", tz="cae")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals

mo("other_job", "x-inreview", "Application status changed",
   "{n} — Hirebase update\n\nRole: {role}\nCompany: {co}\nNew status: In review\n\nNothing is decided yet. History behind your login: https://{dom}/candidate",
   ("Northwind Monorail Ops", "Albatross Plant Hire"), ("hirebase-mail.example", "hirebase-mail.example"),
   frm="Hirebase <notifications@{dom}>", role=("Ticket Office Assistant", "Yard Operative"), tz=("uk", "nz"))

mo("other_job", "x-withdrawn", "{co}: your application",
   "<html><body><p>Hello {n},</p><table cellpadding=\"4\"><tr><th align=\"left\">Job</th><th align=\"left\">Status</th></tr><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>Reapplying later is always possible.</p></body></html>",
   ("Skua Offshore Wind Services", "Tern Roadside Assist"), ("skua.talentdesk.example", "tern.talentdesk.example"),
   frm="{co} via TalentDesk <alerts@talentdesk.example>", role=("Blade Technician", "Call Handler"), tz=("za", "use"))

mo("other_job", "x-sarawak", "Vacancy notice {ref}: interview schedule postponed",
   "Dear {n},\n\nShortlisting for Assistant Agriculture Officer under vacancy notice {ref} now runs three weeks later than planned, as applications far exceeded expectations. Every application remains undecided. A new schedule will be sent by email.\n\nPublic Service Recruitment Unit\n{co}",
   "Sarawak State Civil Service", "sscs.sarawak-gov.example", frm="{co} <recruitment@{dom}>", tz="my")

mo("job_alert", "a-condiment", "New jobs at {co} near you",
   "Hi {n},\n\nYour \"production\" alert found 3 openings:\n- Line Operator, 1st Shift\n- Maintenance Tech II\n- Warehouse Lead\n\nView and apply: https://{dom}/careers\nManage alerts: https://{dom}/prefs",
   "Red Hollow Ketchup Co.", "redhollowketchup.example", frm="{co} Talent <talent@{dom}>", tz="usc")

mo("job_alert", "a-broadcast", "Job alert: 2 new roles",
   "Dear {n},\n\nYour saved search has two fresh results:\n• Broadcast Engineer (Transmission)\n• Digital Producer, Sport\n\nSee all vacancies at https://careers.{dom}\nUnsubscribe from job alerts: https://careers.{dom}/alerts",
   "North Sea Broadcasting Corporation", "nsbc.example", frm="{co} Careers <no-reply@{dom}>", tz="uk")

mo("job_alert", "a-travel", "New roles in store",
   "Hi {n},\n\nNew this week: Retail Travel Consultant (Wellington), Groups Coordinator (Auckland). Apply at https://{dom}/careers.\n\nScam warning: we never ask for money to apply.",
   "Kōwhai Travel Agency", "kowhaitravel.example", frm="{co} Careers <careers@{dom}>", tz="nz")

mo("recruiter_outreach", "r-hydro", "Catchment data roles – open to a chat?",
   "Hi {n},\n\nYour river-modelling background caught my eye. Two catchment data roles with a regional authority have come in, hybrid, 12-month contracts. Fancy a ten-minute call this week?\n\n{sig}\n{co}",
   "Shannonside Talent", "shannonsidetalent.example", tz="ie")

mo("recruiter_outreach", "r-desal", "Opportunity – RO plant operators, Taweelah",
   "Dear {n},\n\nWe are hiring reverse-osmosis plant operators for a large desalination project in Abu Dhabi: rotational shifts, accommodation and transport provided. If interested, please share your updated CV.\n\nRegards,\n{sig}\n{co}",
   "Falcon Utilities Manpower", "falconmanpower.example", tz="ae")

mo("non_job_rejection_words", "z-storage", "Storage unit waiting list",
   "Hi {n},\n\nYou asked about a 3 m x 3 m unit at our Kaikorai Valley site. Every unit of that size is taken, so we can't rent you one at the moment. Your name sits at position 14 in the queue.\n\n{sig}\n{co}",
   "Taieri Self Storage", "taieristorage.example", tz="nz")

mo("non_job_rejection_words", "z-season", "Season ticket concession",
   "Dear {n},\n\nYour request for a student concession on your annual season ticket has been checked. The concession applies only to full-time students under 26, so your request is declined and the standard fare stands.\n\n{co} Customer Accounts",
   "Northwind Monorail", "northwindmonorail.example", frm="{co} <accounts@{dom}>", tz="uk")

mo("non_job_rejection_words", "z-grant", "Community fund – decision on your application",
   "Dear {n},\n\nThe community fund panel has looked at your bid for a defibrillator cabinet at the village hall. Unfortunately it missed out on money in this round.\n\n{co}",
   "Penwith Community Fund", "penwithfund.example", tz="uk")

mo("non_job_rejection_words", "z-running", "Beginners' group",
   "Hi {n},\n\nGreat having you along at the taster run. This term's beginners' group filled up within a day, which leaves you waiting till next term; your name is first on the list for January.\n\n{sig}\n{co}",
   "Liffey Loopers Running Club", "liffeyloopers.example", tz="ie")

mo("non_job_rejection_words", "z-beachhut", "Beach hut licence",
   "Dear {n},\n\nThank you for entering the beach hut licence draw. All 40 huts have been allocated for the coming year and your application was unsuccessful. You may enter again next autumn.\n\nSeafront Services\n{co}",
   "Tendring Seafront Council", "tendringseafront.example", frm="{co} <seafront@{dom}>", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, each with a twin

wr("bodhran", "Answerphone message from {co}",
   "Answerphone message, 0:58, transcribed automatically:\n\n\"Hi {n}, it's {sf} from {co} in Ennistymon, returning your call about the apprentice bench. Look, I've taken on Dara, the lad who stretches goatskins for me of a Saturday, so the bench is spoken for. Best of luck now, and good on you for calling.\"",
   "Cuas Bodhráin Workshop", "cuasbodhran.example", frm="Answerphone <voicemail-transcripts@{dom}>", tz="ie")
wo("application_received", "bodhran", "Answerphone message from {co}",
   "Answerphone message, 0:41, transcribed automatically:\n\n\"Hi {n}, {sf} here from {co}. Got your letter about learning the trade, thanks. I'll be deciding on the bench after the fair next month. Should another lad get it, I'll still give you a ring, so don't be fretting.\"",
   "Cuas Bodhráin Workshop", "cuasbodhran.example", frm="Answerphone <voicemail-transcripts@{dom}>", tz="ie")

wr("didge", "Sat phone text from {co}",
   "SAT SMS from +870 7764 {ref}:\n{n} - {sf} here, out at the stringybark camp. Sorry mate, gave the carving job to my cousin's boy who's been cutting hollows with us since the Wet. No room in the ute for another. Good luck. {sf} / {co}",
   "Arnhem Hollow Log Didgeridoos", "arnhemhollowlog.example", frm="Sat SMS gateway <sms@{dom}>", tz="nt")
wo("interview", "didge", "Sat phone text from {co}",
   "SAT SMS from +870 7764 {ref}:\n{n} - {sf} here. Come out to the workshop {dl}, 8am, try you out with a rasp on a practice log. Unfortunately the road's corrugated past the crossing, go slow. {sf}",
   "Arnhem Hollow Log Didgeridoos", "arnhemhollowlog.example", frm="Sat SMS gateway <sms@{dom}>", tz="nt")

wr("sitar", "Reply to your feedback form – {co}",
   "Your feedback form (submitted via our website):\n\"Are you looking for an assistant? I can re-string and fit jawari.\"\n\nOur reply:\nDear {n}, good of you to write. We have just taken on an assistant, a former student of our ustad, and there is no room for a second one this year. Please do keep visiting the shop.\n{sig}, {co}, Southall",
   "Jawari Sitar Repairs", "jawarisitar.example", frm="{co} <feedback@{dom}>", tz="uk")
wo("application_received", "sitar", "Reply to your feedback form – {co}",
   "Your feedback form (submitted via our website):\n\"Applying for the tabla and sitar repair assistant job – CV attached.\"\n\nOur reply:\nDear {n}, thank you, we have your details. We will meet applicants at the shop after Diwali. If we choose another person, we will still reply here to let you know.\n{sig}, {co}",
   "Jawari Sitar Repairs", "jawarisitar.example", frm="{co} <feedback@{dom}>", tz="uk")

wr("mandolin", "Photo: swing tag on your returned case",
   "Photo attached: a swing tag tied to the handle of your mandolin case, handwritten:\n\n\"{n} - thanks for letting me see your fret work. Fine job on the leveling. I've hired Wade from the Tuesday jam for the bench spot though, so there's no opening left. Case and instrument back to you with thanks. - {sf}, {co}\"\n\nSent by {sig} from {co}, Nashville",
   "Cumberland Mandolin Works", "cumberlandmandolin.example", frm="{sig} <{sl}@{dom}>", tz="usc")
wo("next_steps", "mandolin", "Photo: swing tag on your case",
   "Photo attached: a swing tag tied to your mandolin case, handwritten:\n\n\"{n} - nice work so far. Next step: take this practice neck home, do a full refret, and bring it back by {dl}. Unfortunately I can't lend the fret press, use your own. - {sf}\"",
   "Cumberland Mandolin Works", "cumberlandmandolin.example", frm="{sig} <{sl}@{dom}>", tz="usc")

wr("fountainpen", "A bookmark in your parcel",
   "Scan of the bookmark tucked into the pen you sent us:\n\n\"Dear {n}, your Sheaffer is re-sacced and back with you. About the repairs bench: I've offered it to a retired watchmaker who has been nibbing for me on Fridays, and he's accepted. Thank you for asking. Ink well! - {sf}, {co}\"",
   "Nib & Sac Pen Hospital", "nibandsac.example", frm="{sig} <{sl}@{dom}>", tz="use")
wo("application_received", "fountainpen", "A bookmark in your parcel",
   "Scan of the bookmark tucked into your pen parcel:\n\n\"Dear {n}, got your letter about the repairs bench, thank you. My decision comes before the month ends. Should I go with someone else, you'll find another bookmark like this one in your mailbox telling you so. - {sf}, {co}\"",
   "Nib & Sac Pen Hospital", "nibandsac.example", frm="{sig} <{sl}@{dom}>", tz="use")

wr("sundial", "QSL card from G4{ref}",
   "QSL card (front: a slate sundial at noon; back, handwritten):\n\nTo {n} - confirming our contact on 40 m. Re. the workshop job: 73 and thanks, but I've asked my nephew to cut the gnomons this year, so the job is filled. Good DX. {sf}, {co}",
   "Gnomon & Slate Sundials", "gnomonslate.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("offer", "sundial", "QSL card from G4{ref}",
   "QSL card (front: a brass armillary dial; back, handwritten):\n\nTo {n} - confirming our contact on 20 m. Re. the workshop job: yes please! Start {dl}, 9 a.m. Unfortunately the workshop has no heating, bring a jumper. 73, {sf}, {co}",
   "Gnomon & Slate Sundials", "gnomonslate.example", frm="{sig} <{sl}@{dom}>", tz="uk")

wr("kaleidoscope", "The hang tag on your order",
   "Photo of the hang tag on your kaleidoscope order:\n\n\"Hi {n}! Thanks for asking about joining the studio. We hired a glass artist who helped at our winter market, so our two seats are taken. Enjoy the scope! - {sf} @ {co}\"",
   "Prism Tumble Kaleidoscopes", "prismtumble.example", frm="{co} <hello@{dom}>", tz="usp")
wo("application_received", "kaleidoscope", "The hang tag on your order",
   "Photo of the hang tag on your order:\n\n\"Hi {n}! We saw your application for studio assistant, yay. We'll pick after the holidays. If it's someone else, we'll still write one of these tags to say so. - {sf} @ {co}\"",
   "Prism Tumble Kaleidoscopes", "prismtumble.example", frm="{co} <hello@{dom}>", tz="usp")

wr("lantern", "Note on the back of tonight's playbill",
   "Photo of the back of a playbill for \"The Ghosts of Ludgate Hill\":\n\n{n} — many thanks for helping with the slides at the interval. The projectionist's post went to Hattie, who has worked the biunial with us for three seasons, so it is filled. You are welcome in the audience any night. — {sf}, {co}",
   "The Lanternist's Parlour", "lanternistsparlour.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("interview", "lantern", "Note on the back of the playbill",
   "Photo of the back of a playbill:\n\n{n} — could you come to the parlour on {dl} at 5 p.m. and run a dissolving-view sequence for us? Unfortunately the limelight is now electric, so it will look different from the books. — {sf}, {co}",
   "The Lanternist's Parlour", "lanternistsparlour.example", frm="{sig} <{sl}@{dom}>", tz="uk")

wr("yoyo", "Till roll note from {co}",
   "Photo of a till roll strip with a note written under the total:\n\n\"{n} - thx for trying out behind the counter. We gave the weekend shift to Kai (state finalist, been teaching our Saturday class). Keep throwing!! - {sf}\"\n\nSent from {co}",
   "Loop & Bind Yo-Yo Shop", "loopandbind.example", frm="{sig} <{sl}@{dom}>", tz="usp")
wo("application_received", "yoyo", "Till roll note from {co}",
   "Photo of a till roll strip with a note under the total:\n\n\"{n} - got ur application for the weekend shift! deciding next week. if we go w/ someone else we'll still text u, promise - {sf}\"",
   "Loop & Bind Yo-Yo Shop", "loopandbind.example", frm="{sig} <{sl}@{dom}>", tz="usp")

wr("boomerang", "Back of a raffle stub",
   "Photo of the back of a raffle stub from the Sunday market:\n\n\"{n} - good throwing yesterday. I've given the carving job to my neighbour's daughter who's done the sanding for two summers. Sorry, mate. {sf}, {co}\"",
   "Red Gum Boomerangs", "redgumboomerangs.example", frm="{sig} <{sl}@{dom}>", tz="au")
wo("next_steps", "boomerang", "Back of a raffle stub",
   "Photo of the back of a raffle stub:\n\n\"{n} - carve me a returning two-blade from the blank I gave you and bring it to the stall by {dl}. Unfortunately there's no wind some days, so we'll throw it early. {sf}\"",
   "Red Gum Boomerangs", "redgumboomerangs.example", frm="{sig} <{sl}@{dom}>", tz="au")

wr("lacrosse", "Arena scoreboard message",
   "Scoreboard message posted after the 7:30 game, photo attached:\n\nTHANKS {full} FOR TRYING OUT AS STRINGER - THE JOB WENT TO OUR EQUIPMENT MANAGER'S ASSISTANT - SEE YOU AT THE RINK\n\nSent by {sig}, {co}",
   "Lakeshore Lacrosse Stringing", "lakeshorestringing.example", frm="{sig} <{sl}@{dom}>", tz="cae")
wo("application_received", "lacrosse", "Arena scoreboard message",
   "Scoreboard message posted after practice, photo attached:\n\nWELCOME {full} - STRINGER APPLICATION RECEIVED - WE PICK NEXT WEEK - YES OR NO YOU WILL HEAR FROM US\n\nSent by {sig}, {co}",
   "Lakeshore Lacrosse Stringing", "lakeshorestringing.example", frm="{sig} <{sl}@{dom}>", tz="cae")

wr("polo", "Bridle tag from {co}",
   "Photo of a leather bridle tag left for you at the yard gate, written in marker:\n\n\"{n} — gracias for the trial ride. The groom job is given to Facundo, who worked our ponies in the last season. Suerte. {sf}, {co}\"",
   "Estancia La Tranquera Polo", "latranquerapolo.example", frm="{sig} <{sl}@{dom}>", tz="arg")
wo("interview", "polo", "Bridle tag from {co}",
   "Photo of a bridle tag left at the yard gate:\n\n\"{n} — come to the yard {dl} at 7 for a trial: tacking up and stick-and-ball with two ponies. Unfortunately the lorry is away, so we work only in the near paddock. {sf}\"",
   "Estancia La Tranquera Polo", "latranquerapolo.example", frm="{sig} <{sl}@{dom}>", tz="arg")

wr("joust", "Committee agenda – item 4",
   "Shared agenda for Thursday's committee, item 4 (Squire vacancy):\n\n4.1 Applicant {full}: the committee thanks {n} for the try-out. The squire's role has been offered to Gethin, who has ridden in the melee displays since last year, and he has accepted. Secretary to write to {n}. [DONE – {sf}]\n\n{co}",
   "Order of the Hollow Lance", "hollowlance.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "joust", "Committee agenda – item 3",
   "Shared agenda, item 3 (Squire vacancy):\n\n3.1 Applicant {full}: invited to a riding assessment. Applicant to send proof of riding insurance and a short video of a canter by {dl}. Unfortunately the arena is booked on Sundays. [Sent – {sf}]\n\n{co}",
   "Order of the Hollow Lance", "hollowlance.example", frm="{sig} <{sl}@{dom}>", tz="uk")

wr("fresco", "Slip from your pigeonhole, studio",
   "Scan of a slip left in your pigeonhole at the restoration studio:\n\n\"Dear {n}, thank you for your test on the lime plaster panel. The assistant post for the chapel vault has been given to Chiara, who did the scaffolding survey with us. With warm regards, {sf}, {co}, Firenze\"",
   "Bottega del Muro Fresco Conservation", "bottegadelmuro.example", frm="{sig} <{sl}@{dom}>", tz="eu")
wo("application_received", "fresco", "Slip from your pigeonhole",
   "Scan of a slip in your pigeonhole:\n\n\"Dear {n}, your application for the vault assistant post is received. All tests get looked at before the month closes. Chosen or not, you will find a reply in this pigeonhole. {sf}, {co}\"",
   "Bottega del Muro Fresco Conservation", "bottegadelmuro.example", frm="{sig} <{sl}@{dom}>", tz="eu")

wr("marquetry", "{sf} shared a note with you",
   "{sf} shared a note on \"The Marquetarian's Handbook\", p. 112 (highlight: \"the shading of veneer in hot sand\"):\n\nNote: {n}, thank you for the sample panel. I've given the workshop place to a furniture student who has been cutting our parquetry, so it's taken this year. All good wishes — {sf}, {co}",
   "Inlay & Sand Marquetry", "inlayandsand.example", frm="Reading app <notes@{dom}>", tz="uk")
wo("offer", "marquetry", "{sf} shared a note with you",
   "{sf} shared a note on \"The Marquetarian's Handbook\", p. 40:\n\nNote: {n}, come and join the workshop. First day {dl}, three days a week. Unfortunately the fret saw is temperamental. — {sf}, {co}",
   "Inlay & Sand Marquetry", "inlayandsand.example", frm="Reading app <notes@{dom}>", tz="uk")

wr("chandler", "Marine VHF log extract – channel 72",
   "Transcript from the launch's VHF log, channel 72:\n\n{co} LAUNCH: Tanjong boat, Tanjong boat, for {full}.\nTANJONG: Go ahead.\n{co} LAUNCH: Boss says the boatman job is given to Rahman from the Jurong run. Thanks for the trial. Over.\nTANJONG: Copied. Out.\n\nSent by {sig}, {co}",
   "Straits Ship Chandlers Pte Ltd", "straitschandlers.example", frm="{sig} <{sl}@{dom}>", tz="sg")
wo("next_steps", "chandler", "Marine VHF log extract – channel 72",
   "Transcript from the launch's VHF log, channel 72:\n\n{co} LAUNCH: For {full}: boss wants copy of your Boatman Licence and medical before {dl}. Unfortunately the office counter closes 4 pm. Over.\n\nSent by {sig}, {co}",
   "Straits Ship Chandlers Pte Ltd", "straitschandlers.example", frm="{sig} <{sl}@{dom}>", tz="sg")

wr("spinwheel", "From the guild's suggestion box",
   "Slip from the Guild suggestion box, answered by {sf}:\n\nQ: \"Is the wheel restorer still after a helper? — {n}\"\nA: \"Kia ora {n}, she has taken on Mere, who has been rebuilding flyers for her since the winter, so the helper job is filled. Thanks heaps for asking.\"\n\n{co}",
   "Waikato Spinning Wheel Restorers", "waikatowheels.example", frm="{sig} <{sl}@{dom}>", tz="nz")
wo("application_received", "spinwheel", "From the guild's suggestion box",
   "Slip from the Guild suggestion box, answered by {sf}:\n\nQ: \"Still looking for a helper? — {n}\"\nA: \"Kia ora {n}, yes, and your note's gone to her. Whatever she decides, you'll see the answer here.\"\n\n{co}",
   "Waikato Spinning Wheel Restorers", "waikatowheels.example", frm="{sig} <{sl}@{dom}>", tz="nz")

wr("fairground", "Yard chalkboard, photo",
   "Photo of the yard chalkboard:\n\nWALTZER CREW — {full}: ta for the build-up Saturday. Spot's gone to Lenny's cousin who did the winter tour. Good luck. — {sf}\n\nSent by {sig}, {co}",
   "Pennyfeather's Travelling Fair", "pennyfeathersfair.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("interview", "fairground", "Yard chalkboard, photo",
   "Photo of the yard chalkboard:\n\nWALTZER CREW — {full}: come to the yard {dl} at 10 for build-up with the lads. Unfortunately the generator's loud, bring ear defenders. — {sf}",
   "Pennyfeather's Travelling Fair", "pennyfeathersfair.example", frm="{sig} <{sl}@{dom}>", tz="uk")

wr("lamplighter", "Note on your pay stub",
   "Pay stub note, trial shift (3 evenings):\n\n\"{n}, thanks for the trial rounds on Beacon Hill. The lamplighter route goes to Declan, who's covered it on holidays for two years. Your trial pay is included above. — {sf}, {co}\"",
   "Beacon Hill Gas Lamp Service", "beaconhillgaslamp.example", frm="{co} Payroll <payroll@{dom}>", tz="use")
wo("next_steps", "lamplighter", "Note on your pay stub",
   "Pay stub note, trial shift:\n\n\"{n}, nice work on the rounds. Next: we need your ladder safety certificate and a signed I-9 by {dl}. Unfortunately the mantles are back-ordered, so the second trial waits a bit. — {sf}\"",
   "Beacon Hill Gas Lamp Service", "beaconhillgaslamp.example", frm="{co} Payroll <payroll@{dom}>", tz="use")

wr("zoetrope", "Chat from the VR studio room",
   "Chat log from the VR studio room \"Spin Room 2\":\n\n[{sf}] hi {n}! thanks for showing us your strip animations in the headset earlier\n[{sf}] we've offered the animator seat to Niall from our Friday drop-ins, he's accepted\n[{sf}] thanks again for your time!\n\n{co}",
   "Whirligig Zoetrope Studio", "whirligigstudio.example", frm="{co} <rooms@{dom}>", tz="ie")
wo("application_received", "zoetrope", "Chat from the VR studio room",
   "Chat log from the VR studio room \"Spin Room 2\":\n\n[{sf}] hi {n}, we've got your reel for the animator seat!\n[{sf}] we'll decide after the festival. if it's not you we'll still message in here\n\n{co}",
   "Whirligig Zoetrope Studio", "whirligigstudio.example", frm="{co} <rooms@{dom}>", tz="ie")

wr("discgolf", "Message from {co} in the scorecard app",
   "{co} messaged you via the scorecard app:\n\n\"Hey {n}, fun throwing the back nine with me. We hired Cody, who's been running our Tuesday league, as course attendant. Hope to see you at doubles. — {sf}\"",
   "Bitterbrush Disc Golf Park", "bitterbrushdg.example", frm="Scorecard <notify@{dom}>", tz="usm")
wo("interview", "discgolf", "Message from {co} in the scorecard app",
   "New scorecard-app message from {co}:\n\n\"Hey {n}, want to come in {dl} at 9 to walk the course and chat about the attendant job? Unfortunately hole 7 is flooded. — {sf}\"",
   "Bitterbrush Disc Golf Park", "bitterbrushdg.example", frm="Scorecard <notify@{dom}>", tz="usm")

wr("kendama", "Match chat: {co}",
   "Post-match chat (Room 3, 2v2):\n\n{sf}: gg {n}\n{sf}: re the shop job – went to Ashwin who's been running our trick nights\n{sf}: thanks for coming in tho, keep landing lunars\n\n{co}",
   "Spike & Ken Kendama Shop", "spikeken.example", frm="{co} <chat@{dom}>", tz="cae")
wo("application_received", "kendama", "Match chat: {co}",
   "Post-match chat:\n\n{sf}: gg {n}\n{sf}: got your shop application btw\n{sf}: deciding next wk. if it ends up someone else u still get a msg here\n\n{co}",
   "Spike & Ken Kendama Shop", "spikeken.example", frm="{co} <chat@{dom}>", tz="cae")

wr("marzipan", "A recipe card for you",
   "Photo of a recipe card (front: \"Königsberger Marzipan\"):\n\nBack: \"Dear {n}, thank you for the trial day at our table. We have taken a confectioner who trained with us last winter; the place is now filled. Keep the recipe! {sf}, {co}, Lübeck\"",
   "Marzipanhaus am Holstentor", "marzipanholstentor.example", frm="{sig} <{sl}@{dom}>", tz="eu")
wo("offer", "marzipan", "A recipe card for you",
   "Photo of a recipe card:\n\nBack: \"Dear {n}, we would be happy to take you at our marzipan table from {dl}. Unfortunately the shop is very warm in summer, so we start at 6. {sf}, {co}\"",
   "Marzipanhaus am Holstentor", "marzipanholstentor.example", frm="{sig} <{sl}@{dom}>", tz="eu")

wr("wasabi", "Photo: note on the shed fridge",
   "Photo of a note on the packing-shed fridge:\n\n{n} – thanks for the trial in the shade houses. The rhizome job's gone to Bec, who's been on the crew since planting. Good luck, mate. – {sf}\n\nSent by {sig}, {co}, Tasmania",
   "Derwent Valley Wasabi", "derwentwasabi.example", frm="{sig} <{sl}@{dom}>", tz="au")
wo("next_steps", "wasabi", "Photo: note on the shed fridge",
   "Photo of a note on the shed fridge:\n\n{n} – good trial. Send me your tax file number form and bank details by {dl} and you're on the roster. Unfortunately the shade houses are cold, dress warm. – {sf}",
   "Derwent Valley Wasabi", "derwentwasabi.example", frm="{sig} <{sl}@{dom}>", tz="au")

wr("kraut", "Letters page, issue 14",
   "From the letters page of the zine \"Crock Talk\", issue 14:\n\n{n} asks whether {co} still needs a crock hand. Answer from {sf}: we hired Lupe from the farmers' co-op in the spring, so the crock room is fully staffed. Thank you, {n}, and happy fermenting!",
   "Brine & Barrel Sauerkraut", "brinebarrel.example", frm="{sig} <{sl}@{dom}>", tz="usc")
wo("interview", "kraut", "Letters page, issue 15",
   "From the letters page of \"Crock Talk\", issue 15:\n\n{n}, yes! Come and shred cabbage with us on {dl} at 8 and we'll talk about the crock hand job. Unfortunately the crock room smells strong. — {sf}, {co}",
   "Brine & Barrel Sauerkraut", "brinebarrel.example", frm="{sig} <{sl}@{dom}>", tz="usc")

# ---- one job alert and one non-job refusal in the same channels

wo("job_alert", "discgolf-alert", "League jobs board: 3 new posts",
   "New on the league jobs board in your scorecard app:\n• Course attendant, weekends (Bitterbrush)\n• Pro shop clerk (Cedar Flats)\n• Tournament scorer (regional)\n\nTap through for details.",
   "Bitterbrush Disc Golf Park", "bitterbrushdg.example", frm="Scorecard <notify@{dom}>", tz="usm")
wo("non_job_rejection_words", "lantern-society", "Lantern Society membership",
   "Dear {n},\n\nThe Lantern Slide Society has reached its membership cap for this year, so your request to join cannot be granted before spring. You are now on the waiting list.\n\n{sig}\nMembership Secretary",
   "Lantern Slide Society", "lanternslidesoc.example", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins

wr("ar-chechia", "بخصوص طلبك للعمل في ورشة الشاشية",
   "السيد(ة) {full} المحترم(ة)،\n\nنشكرك على زيارتك لورشتنا في سوق الشواشية وعلى رغبتك في تعلّم الحرفة. اخترنا لوظيفة مساعد الحِرَفي شابًّا تدرّب عندنا طوال الصيف الماضي، وقد باشر عمله هذا الأسبوع، ولذلك أُغلق باب هذه الوظيفة.\n\nمع أطيب التحيات،\n{sig}\n{co}",
   "ورشة بن عمر للشاشية", "chechia-benamor.example", tz="tn", lang="ar")
wo("application_received", "ar-chechia", "وصلنا طلبك – ورشة الشاشية",
   "السيد(ة) {full} المحترم(ة)،\n\nوصلنا طلبك لوظيفة مساعد الحِرَفي، وشكرًا على اهتمامك. سنلتقي المترشحين بعد عيد الفطر، وإن وقع اختيارنا على شخص آخر فسنراسلك في كل الأحوال.\n\n{sig}\n{co}",
   "ورشة بن عمر للشاشية", "chechia-benamor.example", tz="tn", lang="ar")

wr("de-nussknacker", "Ihre Bewerbung als Drechsler (m/w/d)",
   "Hallo {n},\n\nschön, dass Sie zum Probedrechseln nach Seiffen gekommen sind. Inzwischen haben wir die Stelle einem jungen Mann gegeben, der bei uns gelernt hat und seit zwei Jahren die Nussknackerköpfe dreht. Die Stelle ist damit vergeben.\n\nGlück auf, und möge die nächste Werkstatt die richtige sein!\n{sig}\n{co}",
   "Nussknackerwerkstatt Seiffen GmbH", "nussknacker-seiffen.example", tz="eu", lang="de")
wo("application_received", "de-nussknacker", "Eingangsbestätigung Ihrer Bewerbung",
   "Hallo {n},\n\nIhre Bewerbungsmappe (Drechsler, m/w/d) liegt bei uns in der Werkstatt. Spätestens zum Monatsende hören Sie von uns, egal ob wir Sie nehmen oder jemand anderen.\n\nGlück auf!\n{sig}\n{co}",
   "Nussknackerwerkstatt Seiffen GmbH", "nussknacker-seiffen.example", tz="eu", lang="de")

wr("es-horchata", "Sobre el puesto de dependiente",
   "Hola {n}:\n\nTe agradecemos la prueba del otro día en la orxateria. El puesto se lo hemos dado a una chica de Alboraya que ya estuvo con nosotros la temporada pasada, así que el puesto de dependiente ya está cubierto.\n\nUn saludo,\n{sig}\n{co}",
   "Orxateria El Xufer", "elxufer.example", tz="eu", lang="es")
wo("interview", "es-horchata", "Prueba en la orxateria",
   "Hola {n}:\n\n¿Puedes pasarte el {dl} a las 10 para una prueba detrás de la barra? Serán unas dos horas sirviendo horchata y fartons. Lamentablemente el aire acondicionado está estropeado esa semana, ven con ropa fresca.\n\n{sig}\n{co}",
   "Orxateria El Xufer", "elxufer.example", tz="eu", lang="es")

wr("fr-canele", "Suite à votre essai au fournil",
   "Bonjour {n},\n\nVotre essai de mardi au fournil était réussi, mais nous avons finalement confié le poste de pâtissier à une personne qui assurait déjà nos remplacements l'été dernier ; il n'y a donc plus de place pour cette saison.\n\nBelle continuation,\n{sig}\n{co}",
   "Canelés des Chartrons", "caneles-chartrons.example", tz="eu", lang="fr")
wo("application_received", "fr-canele", "Votre candidature est bien arrivée",
   "Bonjour {n},\n\nVotre dossier (pâtissier) est arrivé chez nous. Que nous vous retenions ou pas, un message de notre part suivra d'ici trente jours.\n\n{sig}\n{co}",
   "Canelés des Chartrons", "caneles-chartrons.example", tz="eu", lang="fr")

wr("hi-attar", "सहायक इत्र-साज़ पद के बारे में",
   "नमस्ते {n} जी,\n\nआप कन्नौज में हमारी भट्ठी पर आए और देग-भपका का काम देखा, बहुत अच्छा लगा। सहायक इत्र-साज़ वाली जगह पर अब हमारे पुराने गुलाब-तुड़ाई वाले साथी का बेटा लग गया है, वह दो मौसम से हमारे साथ था। यह जगह अब खाली नहीं है।\n\nसादर,\n{sig}\n{co}",
   "कन्नौज अत्तार घराना", "kannaujattar.example", tz="in", lang="hi")
wo("offer", "hi-attar", "सहायक इत्र-साज़ पद का प्रस्ताव",
   "राम-राम {n} जी,\n\nसहायक इत्र-साज़ वाली जगह आपकी हुई। काम {dl} से शुरू होगा। अफ़सोस, गर्मियों में भट्ठी के पास तपिश बहुत रहती है, सो सूती कपड़े पहनकर आइए।\n\n{sig}\n{co}",
   "कन्नौज अत्तार घराना", "kannaujattar.example", tz="in", lang="hi")

wr("it-pistacchio", "La prova di sgusciatura",
   "Gentile {n},\n\ngrazie della prova di sgusciatura a Bronte. Per il posto in laboratorio abbiamo preso una signora di Maletto che da anni ci dà una mano nella raccolta, quindi il posto è assegnato.\n\nCordiali saluti,\n{sig}\n{co}",
   "Pistacchificio Etneo", "pistacchificioetneo.example", tz="eu", lang="it")
wo("application_received", "it-pistacchio", "Candidatura ricevuta",
   "Gentile {n},\n\nla sua domanda per il laboratorio di Bronte è arrivata. Che la scelta cada su di lei o su un'altra persona, le scriveremo comunque entro la fine del mese.\n\n{sig}\n{co}",
   "Pistacchificio Etneo", "pistacchificioetneo.example", tz="eu", lang="it")

wr("ja-urushi", "下地職見習いの件",
   "{n} 様\n\n先日は輪島の工房までお越しいただき、誠にありがとうございました。下地職の見習いにつきましては、昨年から当工房で研修を続けている方にお願いすることになりました。何卒ご了承くださいませ。\n\n{co}\n{sig}",
   "輪島塗 漆工房 奥田", "wajima-okuda.example", tz="jp", lang="ja")
wo("interview", "ja-urushi", "工房見学と面談のご案内",
   "{n} 様\n\n下地職見習いの件で、{dl}午前10時に工房へお越しいただけますでしょうか。作業場の見学と面談で一時間ほどです。あいにく駐車場がございませんので、公共交通機関をご利用ください。\n\n{co}\n{sig}",
   "輪島塗 漆工房 奥田", "wajima-okuda.example", tz="jp", lang="ja")

wr("ko-hanji", "견습생 모집 결과 안내",
   "{n} 님께\n\n지난주 공방까지 와 주셔서 고마웠습니다. 이번 견습생 자리에는 지난 겨울부터 저희 공방에서 닥나무 손질을 도와 온 분을 모시기로 했습니다. 함께하지 못하게 된 점 양해 부탁드립니다.\n\n{co} {sig} 드림",
   "안동 닥종이 공방", "andong-hanji.example", tz="kr", lang="ko")
wo("next_steps", "ko-hanji", "다음 절차 안내",
   "{n} 님께\n\n견습생 지원과 관련해 다음 단계로 {dl}까지 건강진단서와 자기소개서를 이메일로 보내 주세요. 아쉽게도 공방에 주차 공간이 없으니 참고해 주세요.\n\n{co} {sig} 드림",
   "안동 닥종이 공방", "andong-hanji.example", tz="kr", lang="ko")

wr("pt-paodequeijo", "Sobre a vaga de auxiliar de produção",
   "Oi, {n}!\n\nFoi muito bom te receber para o teste aqui na fábrica em Belo Horizonte. A vaga de auxiliar de produção ficou com uma pessoa que já trabalhava com a gente como temporária no fim do ano, então ela já foi preenchida.\n\nUm abraço,\n{sig}\n{co}",
   "Pão de Queijo da Serra", "paodequeijoserra.example", tz="br", lang="pt")
wo("offer", "pt-paodequeijo", "Proposta: auxiliar de produção",
   "Oi, {n}!\n\nA vaga de auxiliar de produção é sua! Você começa em {dl}. Infelizmente o refeitório está em reforma, então traga marmita na primeira semana.\n\nUm abraço,\n{sig}\n{co}",
   "Pão de Queijo da Serra", "paodequeijoserra.example", tz="br", lang="pt")

wr("ru-khokhloma", "О вакансии художника-росписчика",
   "Здравствуйте, {n}!\n\nБлагодарим вас за пробную роспись в нашей мастерской в Семёнове. На место художника-росписчика мы взяли выпускницу местного училища, которая проходила у нас практику, так что вакансия уже занята.\n\nС уважением,\n{sig}\n{co}",
   "Мастерская «Золотая хохлома»", "zolotaya-khokhloma.example", tz="ru", lang="ru")
wo("next_steps", "ru-khokhloma", "Следующий шаг",
   "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} копию диплома и фотографии трёх своих работ. К сожалению, мастерская в эти дни закрыта для посетителей, поэтому всё только по почте.\n\n{sig}\n{co}",
   "Мастерская «Золотая хохлома»", "zolotaya-khokhloma.example", tz="ru", lang="ru")

wr("sw-karafuu", "Nafasi ya msimamizi wa kukausha karafuu",
   "Ndugu {n},\n\nAsante kwa kuja Chake Chake kwa usaili wa nafasi ya msimamizi wa kukausha karafuu. Tumempa nafasi hiyo kijana ambaye amefanya kazi nasi katika misimu miwili iliyopita, kwa hivyo nafasi imeshajazwa.\n\nKila la heri,\n{sig}\n{co}",
   "Shamba la Karafuu Pemba", "karafuupemba.example", tz="tz", lang="sw")
wo("application_received", "sw-karafuu", "Tumepokea maombi yako",
   "Ndugu {n},\n\nTumepokea maombi yako ya nafasi ya msimamizi wa kukausha karafuu. Tutawasiliana nawe kabla ya mwisho wa mwezi, iwe umechaguliwa au la.\n\n{sig}\n{co}",
   "Shamba la Karafuu Pemba", "karafuupemba.example", tz="tz", lang="sw")

wr("th-palmsugar", "แจ้งผลการทดลองงาน",
   "เรียน คุณ{n}\n\nขอบคุณที่มาทดลองงานเคี่ยวน้ำตาลโตนดที่โรงเคี่ยวของเราที่เพชรบุรี ตำแหน่งผู้ช่วยหัวหน้าเตาเราได้รับคนในหมู่บ้านที่ช่วยขึ้นตาลกับเรามาสองฤดูแล้ว ตำแหน่งนี้จึงมีผู้ได้รับคัดเลือกแล้ว\n\nด้วยความนับถือ\n{sig}\n{co}",
   "โรงเคี่ยวตาลโตนดบ้านลาด", "banlad-palmsugar.example", tz="th", lang="th")

wr("tr-kaymak", "Deneme günü hakkında",
   "Merhaba {n},\n\nAfyon'daki mandıramıza deneme günü için geldiğiniz için teşekkür ederiz. Kaymak ustası yardımcılığı için geçen yaz bizde mevsimlik çalışan bir arkadaşımızı seçtik; bu pozisyon artık dolu.\n\nİyi dileklerimizle,\n{sig}\n{co}",
   "Afyon Kaymak Mandırası", "afyonkaymak.example", tz="tr", lang="tr")
wo("offer", "tr-kaymak", "İş teklifi",
   "Merhaba {n},\n\nKaymak ustası yardımcılığı pozisyonu için size teklif sunmaktan memnuniyet duyuyoruz. İşe başlama tarihi: {dl}. Maalesef mandıranın servisi o hafta çalışmıyor, ilk gün kendi aracınızla gelmeniz gerekecek.\n\n{sig}\n{co}",
   "Afyon Kaymak Mandırası", "afyonkaymak.example", tz="tr", lang="tr")

wr("ur-ajrak", "بلاک چھپائی کے مددگار کی اسامی",
   "محترم {n}،\n\nہالا میں ہمارے اجرک کے کارخانے میں آزمائشی دن کے لیے آنے کا شکریہ۔ بلاک چھپائی کے مددگار کی جگہ ہم نے اس نوجوان کو دے دی ہے جو پچھلے دو سال سے ہمارے ہاں رنگائی میں ہاتھ بٹا رہا تھا، اس لیے یہ اسامی اب پُر ہو چکی ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}",
   "ہالا اجرک کارخانہ", "hala-ajrak.example", tz="pk", lang="ur")
wo("application_received", "ur-ajrak", "درخواست کی رسید",
   "محترم {n}،\n\nبلاک چھپائی کے مددگار والی اسامی کے سلسلے میں آپ کا خط اور کاغذات پہنچ گئے ہیں۔ فیصلہ جو بھی ہو، ہم مہینے کے آخر تک آپ کو ضرور اطلاع دیں گے۔\n\n{sig}\n{co}",
   "ہالا اجرک کارخانہ", "hala-ajrak.example", tz="pk", lang="ur")

wr("zh-roujiamo", "关于学徒岗位",
   "{n}你好：\n\n感谢你上周来我们回民街的店里试工。白吉馍师傅的学徒岗位，我们已经定了在店里干了两年的小马，他下周一正式上岗，这个岗位就招满了。\n\n祝好！\n{sig}\n{co}",
   "老马家肉夹馍", "laomajia.example", tz="cn", lang="zh")
wo("interview", "zh-roujiamo", "试工安排",
   "{n}你好：\n\n请于{dl}上午九点来店里试工，主要是揉面和打馍，大概三个小时。不巧的是店门口正在修路，请从北边的巷子进来。\n\n{sig}\n{co}",
   "老马家肉夹馍", "laomajia.example", tz="cn", lang="zh")

wr("acx-halwa", "بخصوص شغلة مساعد الحلوائي",
   "الأخ/الأخت {full}،\n\nالسلام عليكم. مشكورين على جيّتك لمصنع الحلوى في نزوى ويوم التجربة عند المرجل. حبّينا نخبرك إن شغلة مساعد الحلوائي عطيناها لولد من الحارة يشتغل ويّانا من سنتين في موسم العيد، وخلاص الشغلة انشغلت.\n\nالله يوفقك،\n{sig}\n{co}",
   "مصنع حلوى نزوى التقليدية", "nizwahalwa.example", tz="om", lang="acx")
wo("application_received", "acx-halwa", "وصلنا طلبك",
   "الأخ/الأخت {full}،\n\nالسلام عليكم. وصلنا طلبك لشغلة مساعد الحلوائي. بنرد عليك قبل آخر الشهر، سواء اخترناك أو اخترنا حد غيرك.\n\n{sig}\n{co}",
   "مصنع حلوى نزوى التقليدية", "nizwahalwa.example", tz="om", lang="acx")

wr("mey-octopus", "خدمة مراقب التجميد",
   "{n}، السلام عليكم.\n\nشكرًا عن جيتك لمصنعنا فانواذيبو. خدمة مراقب التجميد اگبظها راجل يخدم امعانا من موسم الأخطبوط الماظي، ذاك اللي خلّ الخدمة ماهي فاظية ذرك.\n\nالله يعاونك،\n{sig}\n{co}",
   "مصنع الشاطئ لتجميد الأخطبوط", "chattioctopus.example", tz="mr", lang="mey")
wo("next_steps", "mey-octopus", "الخطوة الجاية",
   "{n}، السلام عليكم.\n\nباش تكمّل، ارسل لنا شهادة طبية وصورة من بطاقة التعريف گبل {dl}. والمكتب ماهو محلول نهار الجمعة.\n\n{sig}\n{co}",
   "مصنع الشاطئ لتجميد الأخطبوط", "chattioctopus.example", tz="mr", lang="mey")

wr("haz-drymeva", "د باره کار دکان",
   "سلام {n} جان،\n\nتشکر که بلدی امتحان کار د دکان میوه خشک ما د هزاره تاون آمدی. کار حسابدار ره ما د یک بچه دادیم که از دو سال د دکان ما کمک مونه، و جای ازی کار حالی پر استه.\n\nخدا نگهدار،\n{sig}\n{co}",
   "دکان میوه خشک برادران جعفری", "jafaridryfruit.example", tz="pk", lang="haz")
wo("offer", "haz-drymeva", "کار د دکان",
   "سلام {n} جان،\n\nخوشحال استیم که کار حسابدار ره د دکان خو بلدی تو پیشنهاد کنیم. از {dl} شروع کده میتانی. متاسفانه برق د بازار کم میایه، پس صبح وقت بیا.\n\n{sig}\n{co}",
   "دکان میوه خشک برادران جعفری", "jafaridryfruit.example", tz="pk", lang="haz")

wr("dhd-dabu", "दाबू छपाई का सहायक की जगां",
   "राम राम {n} जी,\n\nबगरू मं म्हारा छापाखाना प आबा को घणो धन्यवाद। दाबू छपाई का सहायक की जगां पे अब आपणा कारीगर मोहन जी को भतीजो लाग ग्यो छै, जो दो बरस सूं रंगाई मं हाथ बंटावै। या जगां अब खाली कोनी।\n\n{sig}\n{co}",
   "बगरू दाबू छापाखाना", "bagrudabu.example", tz="in", lang="dhd")
wo("application_received", "dhd-dabu", "थांकी चिट्ठी पूगगी",
   "राम राम {n} जी,\n\nदाबू छपाई का सहायक बेई थांकी चिट्ठी अर कागद पूगग्या छै। महीनो पूरो होबा सूं पैली जबाब देवांगा, चाहे थांनै चुणां या कोई दूजा नै।\n\n{sig}\n{co}",
   "बगरू दाबू छापाखाना", "bagrudabu.example", tz="in", lang="dhd")

wr("ahr-ghani", "घाणी मदतनीसनी जागा",
   "नमस्कार {n},\n\nधुळे मधला आमना तेल घाणीवर कामनी परीक्षा देवाले तुम्ही वनात, तेनाकरता आभार. घाणी मदतनीसनी जागा आम्हीन त्या पोऱ्याले दिधी जो दोन वरीस पासून आमनाकडे शेंगा फोडाले येस. म्हणीसन आते ही जागा भरी गयी शे.\n\n{sig}\n{co}",
   "खान्देश शेंगदाणा तेल घाणी", "khandeshghani.example", tz="in", lang="ahr")
wo("interview", "ahr-ghani", "घाणीवर या",
   "नमस्कार {n},\n\nतुम्ही {dl} ले सकाळ नऊ वाजता घाणीवर या, एक दिवस कामनी परीक्षा शे. पण घाणीकडे जावानी वाट खराब शे, सावकाश या.\n\n{sig}\n{co}",
   "खान्देश शेंगदाणा तेल घाणी", "khandeshghani.example", tz="in", lang="ahr")

wr("gan-fen", "关于帮手个位置",
   "{n}：\n\n多谢你上个礼拜来我俚店里试工。拌粉师傅个帮手，我俚已经请哒在店里做哒两年个小涂，佢下礼拜一就上班，所以箇只位置冇得哒。\n\n祝你好运！\n{sig}\n{co}",
   "南昌老街拌粉店", "nanchangbanfen.example", tz="cn", lang="gan")
wo("next_steps", "gan-fen", "下一步",
   "{n}：\n\n请你{dl}之前把健康证个照片发到箇只邮箱，我俚好排班。不巧个是店里个打印机坏哒，要你自家打印合同。\n\n{sig}\n{co}",
   "南昌老街拌粉店", "nanchangbanfen.example", tz="cn", lang="gan")

wr("cdo-yuwan", "鱼丸师傅其徒弟",
   "{n}：\n\n多谢汝上礼拜来我侪店里试工。鱼丸师傅其徒弟，我侪已经请了店里做两冬其阿明，伊下礼拜一就上班。故此只只位置已经有侬了。\n\n{sig}\n{co}",
   "三坊七巷鱼丸店", "sanfangyuwan.example", tz="cn", lang="cdo")
wo("interview", "cdo-yuwan", "试工通知",
   "{n}：\n\n请汝{dl}早起八点来店里试工，主要是打鱼浆、包肉馅。无奈店门口修路，汝着从后门入来。\n\n{sig}\n{co}",
   "三坊七巷鱼丸店", "sanfangyuwan.example", tz="cn", lang="cdo")

wr("abs-kayuputih", "Soal karja di katel",
   "Sodara {n},\n\nTarima kasih su datang ka katel minyak kayu putih di Namlea for coba karja. Katong su ambe satu anana dari kampong yang su bantu katong dua musim, jadi tampa karja itu su penuh.\n\nTuhan berkati,\n{sig}\n{co}",
   "Katel Minyak Kayu Putih Wailata", "wailata-kayuputih.example", tz="wit", lang="abs")
wo("offer", "abs-kayuputih", "Karja di katel",
   "Sodara {n},\n\nKatong mau tawar ale karja di katel, mulai {dl}. Sayang skali oto ka katel seng jalan minggu itu, jadi ale musti pake ojek.\n\n{sig}\n{co}",
   "Katel Minyak Kayu Putih Wailata", "wailata-kayuputih.example", tz="wit", lang="abs")

wr("mbf-kueh", "Kerja tolong bikin kueh",
   "{n},\n\nTerima kaseh lu mari kedai kita buat trial kueh semalam. Kerja tolong bikin kueh tu kita sudah kasi sama satu nyonya yang sudah tolong kita dua tahun waktu Chap Goh Meh. Jadi tempat tu sudah penoh.\n\nSalam,\n{sig}\n{co}",
   "Kedai Kueh Nyonya Heeren Street", "heerenkueh.example", tz="my", lang="mbf")

wr("vic-johnnycake", "De fryer job",
   "Hey {n},\n\nT'anks fuh comin' by de stand Saturday an' helpin' wid de dough. We give de fryer job to Miss Lorna granddaughter, she done help we all carnival, so de job tek awready. Doh feel no way, yuh hear?\n\n{sig}\n{co}",
   "Frederiksted Johnnycake Stand", "fstedjohnnycake.example", tz="vi", lang="vic")
wo("application_received", "vic-johnnycake", "We get yuh application",
   "Hey {n},\n\nWe get yuh application fuh de fryer job. We go decide after de festival. If we pick somebody else, we go still sen' yuh a message, so yuh wouldn' be waitin'.\n\n{sig}\n{co}",
   "Frederiksted Johnnycake Stand", "fstedjohnnycake.example", tz="vi", lang="vic")

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
    start = dt.date(2025, 1, 6)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 25) - start).days))
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    if (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # and not on Christmas or New Year's Day
        day += dt.timedelta(days=2)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS[REGION.get(zone, zone)]


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "gan": "{m}月{d}日", "cdo": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}",
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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%A} {q.day} {q:%B %Y} at {q:%H:%M}"


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
        rec["id"] = f"blind38:{short}-{counters[short]:03d}"
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
