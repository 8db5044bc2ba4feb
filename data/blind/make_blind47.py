# ruff: noqa: E501, S311
"""Write the forty-seventh sealed blind slice for issue 11 (blind-slice-47.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 47 and later never read; our side printed)
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

SEED = 470471
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-47.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 47
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Imogen Thwaite", "Babajide Ogunleye", "Tanvi Bhardwaj", "Cillian Hegarty", "Zodwa Mahlangu",
    "Manaia Rikihana", "Orlaith Brophy", "Kabir Sethi", "Ffion Llewellyn", "Chukwuemeka Obi",
    "Delphine Ackah", "Lwazi Ntuli", "Aditi Joshi", "Rory Cairncross", "Adaeze Nwosu",
    "Kirra Pendlebury", "Tamati Waaka", "Ciarán Gaffney", "Snehal Gokhale", "Roisin Carey",
    "Busisiwe Nkosi", "Carys Pugh", "Vihaan Malhotra", "Petra Radić", "Brody Ashdown",
    "Abena Owusu", "Dineo Motaung", "Nikhil Bhatt", "Caoimhe Mulcahy", "Yaw Darko",
    "Euan Cruickshank", "Laleh Moradi", "Maddison Ferrier", "Varun Pillai", "Éabha Ní Riain",
    "Temidayo Adebayo", "Clementine Hurst", "Losa Faleolo", "Fearghal Tierney", "Mpho Mokoena",
    "Shreya Agnihotri", "Torquil MacAulay", "Ikenna Eze", "Marit Haugland", "Stanisław Wójcik",
    "Hemi Tawhiri", "Rhodri Gwynne", "Folake Adeyinka", "Courtenay Walmsley", "Harnoor Gill",
]
REGION_SIGNERS = {
    "uk": ["Beverley Snaith", "Alasdair Gunn", "Shabana Mirza", "Gethin Rowlands", "Philippa Coyle", "Stuart Paterson",
           "Jaswinder Rai", "Verity Holroyd", "Neil Ferguson", "Gail Ormerod", "Kwame Asiedu", "Hilary Munro"],
    "ie": ["Pádraig Nolan", "Máire Hennessy", "Eoghan Kinsella", "Deirdre Culhane", "Seamus Whelan"],
    "us": ["Tammy Brockway", "Luz Villarreal", "DeShawn Pruett", "Courtney Haskell", "Earl Whitacre", "Renata Quiñones"],
    "ca": ["Geneviève Arsenault", "Harjit Grewal", "Trent Wasylyshyn", "Isabelle Landry", "Curtis Bearspaw"],
    "au": ["Kylie Maddern", "Spiros Kalogerakis", "Leanne Trengove", "Huy Nguyen", "Bradley Cossar"],
    "nz": ["Ngaire Pomare", "Simone Lusk", "Ioane Fuimaono", "Craig Duthie", "Piripi Kereama"],
    "za": ["Bongani Mkhize", "Elmarie Nel", "Lindiwe Shabalala", "Hennie Coetzer", "Fatima Jacobs"],
    "ke": ["Njeri Wambui", "Kiprono Langat", "Achieng Owino"],
    "in": ["Sunita Awasthi", "Harish Chandra Pant", "Lavanya Rao", "Baljeet Sidhu", "Kavitha Natarajan"],
    "tt": ["Kavita Rampersad", "Dexter Joseph"],
    "sg": ["Tan Hui Ling", "Mohamed Faizal Osman", "Lim Chee Keong"],
    "md": ["Ion Ciobanu", "Olesea Rusu", "Oksana Hrytsenko", "Taras Melnyk"],
    "gr": ["Eleni Fragkou", "Stelios Vrettos", "Joana Bettencourt", "Rui Magalhães"],
    "mn": ["Enkhjargal Batbayar", "Tsetsegmaa Dorj", "Phạm Thị Lan", "Đỗ Văn Hùng"],
    "cx": ["Norhayati Abdul Kadir", "Chong Wai Leng", "Graham Pittaway"],
    "eu": ["Sindre Lunde", "Maartje de Vries", "Annika Sjöberg", "Reto Casutt", "Pilar Andújar"],
    "ph": ["Ma. Cristina Dela Peña", "Jun-jun Villanueva"],
    "zw": ["Tendai Mutasa", "Rutendo Chikore"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "hst": "us", "ak": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
    "ua": "md", "pt": "gr", "vn": "mn", "cc": "cx",
    "no": "eu", "nl": "eu", "se": "eu", "ch": "eu", "es": "eu", "my": "sg",
}
LANG_SIGNERS = {
    "ar": ["منى العوران", "خالد الحجايا"], "de": ["Gisela Wunderlich", "Bernd Pfefferle"],
    "es": ["Remedios Sirvent", "Vicent Candela"], "fr": ["Odile Roubaud", "Lucien Barthélemy"],
    "hi": ["शबनम बानो", "अनिल कुमार मिश्र"], "it": ["Ornella Zaffanella", "Gianpaolo Ruggeri"],
    "ja": ["西陣 美和子", "奥田 浩之"], "ko": ["권영숙", "류태호"], "pt": ["Conceição Viana", "Albano Sousa"],
    "ru": ["Галина Сычёва", "Виктор Ерохин"], "sw": ["Bi Zuhura Athman", "Mohamed Bwana Shee"],
    "th": ["บัวผัน ใจยา", "สมบูรณ์ แก้วมูล"], "tr": ["Nurten Akgül", "Kemal Yıldırım"],
    "ur": ["رخسانہ پروین", "طارق محمود"], "zh": ["顾秀芬", "沈建国"],
    "guc": ["Yaneth Epiayú", "Remedios Uriana"], "suk": ["Mabula Shija", "Kwangu Lugembe"],
    "evn": ["Надежда Удыгир", "Семён Хирогир"], "taj": ["पासाङ तामाङ", "छिरिङ मोक्तान"],
    "aar": ["Fatuma Hamadu", "Ali Mirah"], "miq": ["Lesbia Taylor", "Kenneth Downs"],
    "pjt": ["Nyurpaya Kunmanara", "Tjilpi Wanatjura"], "yrk": ["Анна Лаптандер", "Николай Вануйто"],
    "esu": ["Agnes Nanuk", "Moses Chikigak"], "srm": ["Aduwa Amoida", "Lodewijk Kasanpawiro"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الخرابشة", "يوسف المحيسن"], "de": ["Jonas Ebersberger", "Mareike Tillmann"],
    "es": ["Ainhoa Pastor", "Joaquín Beltrá"], "fr": ["Noémie Arnaud", "Baptiste Gilly"],
    "hi": ["रुखसार फ़ातिमा", "सौरभ दीक्षित"], "it": ["Sara Ferrarini", "Matteo Bodini"],
    "ja": ["今井 沙織", "藤原 亮"], "ko": ["임하늘", "송지훈"], "pt": ["Beatriz Amorim", "Tiago Portela"],
    "ru": ["Дарья Кузьмина", "Илья Горбунов"], "sw": ["Zainab Omar", "Athumani Said"],
    "th": ["วรรณา ตาคำ", "ณัฐวุฒิ ปันแก้ว"], "tr": ["Elif Sarıkaya", "Burak Öztürk"],
    "ur": ["مہوش اقبال", "عمران شفیق"], "zh": ["陆婷婷", "徐海涛"],
    "guc": ["Dilia Ipuana", "Jorge Pushaina"], "suk": ["Ng'wana Masanja", "Shija Kulwa"],
    "evn": ["Ирина Монгой", "Степан Каплин"], "taj": ["सुनमाया घले", "डावा तामाङ"],
    "aar": ["Khadija Ahmed", "Hamad Ibrahim"], "miq": ["Marlene Hodgson", "Elvin Lackwood"],
    "pjt": ["Tjunkaya Ken", "Nyinku Jack"], "yrk": ["Мария Окотэтто", "Пётр Ямкин"],
    "esu": ["Ruth Kasayulie", "Peter Andrew"], "srm": ["Fenna Adjako", "Jozef Sampie"],
}
GIVEN = {
    "Éabha Ní Riain": "Éabha", "Tan Hui Ling": "Hui Ling", "Lim Chee Keong": "Chee Keong",
    "Mohamed Faizal Osman": "Faizal", "Ma. Cristina Dela Peña": "Tina", "Harish Chandra Pant": "Harish",
    "Phạm Thị Lan": "Lan", "Đỗ Văn Hùng": "Hùng", "Chong Wai Leng": "Wai Leng", "Norhayati Abdul Kadir": "Yati",
    "Bi Zuhura Athman": "Zuhura", "Jun-jun Villanueva": "Jun",
}
PROVIDERS = ["wrenpost", "gannetmail", "tuimail", "ibisbox", "sunbirdwire", "curlew-mail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"),
    "md": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"),
    "hst": ("-1000", None, ""), "ni": ("-0600", None, ""), "co": ("-0500", None, ""), "tt": ("-0400", None, ""),
    "sr": ("-0300", None, ""), "jo": ("+0300", None, ""), "za": ("+0200", None, ""), "zw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""),
    "cc": ("+0630", None, ""), "cx": ("+0700", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "krs": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "mn": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "ak", "hst", "cae", "cat", "cac", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind47-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("ats-wd", "Your application: {role} (R-{ref})",
   "Hello {n},\n\nRequisition R-{ref} ({role}) is now closed. The site team filled it by extending the contract of the engineer who has been covering the {x} package since the spring, so the external shortlist was never opened.\n\nThe careers hub keeps your candidate profile, and you can update it there whenever you like.\n\n{co} Talent Acquisition",
   ("Hinckley Formwork Hire", "Pembina Screed & Floor Ltd"), ("hinckleyformwork.example", "pembinascreed.example"),
   frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Temporary Works Coordinator", "Floor Screed Takeoff Lead"),
   tz=("uk", "cac"), x=("Nuneaton multi-storey frame", "Morden distribution shed"))
mr("ats-gh", "About the {role} opening at {co}",
   "Hi {n},\n\nThanks for both conversations about {role}. The job was offered to someone who has been cutting and taping {x} panels for eleven years; she took it on Tuesday.\n\nIt was close. The panel really did enjoy hearing about your {y}.\n\n{sig}\nRecruiting, {co}",
   ("Selkie Drysuits", "Reefline Snorkel Co"), ("selkiedrysuits.example", "reefline.example"),
   frm="{sig} <{sl}@greenhouse-mail.{dom}>", role=("Production Lead", "Product Developer"), tz=("uk", "usp"),
   x=("drysuit", "snorkel skirt"), y=("sewing-room fixes", "snorkel-strap prototypes"))
mr("ats-lv", "{role} at {co}",
   "{n},\n\nThe {role} job here has been filled. We hired a candidate who ran the toasting ovens at a breakfast-cereal plant for six years, which is the gap on our line right now.\n\nBest of luck out there, and thanks for being straight with us on the screening call.\n\n{sig}, People team",
   ("Oatfield Granola", "Alpenglow Muesli"), ("oatfieldgranola.example", "alpenglowmuesli.example"),
   frm="{sig} <{sl}@hire.lever.{dom}>", role=("Toasting Line Supervisor", "Production Shift Lead"), tz=("ie", "cam"))
mr("ats-sr", "Application update – {co}",
   "<html><body><p>Dear {n},</p><p>Here is where your application with {co} ended up:</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Complete</td></tr><tr><td>Result</td><td>Vacancy filled &ndash; offer accepted by a different applicant</td></tr></table><p>{co} recruitment</p></body></html>",
   ("Millrace Grindstones", "Sheaf Flatware"), ("millracegrindstones.example", "sheafflatware.example"),
   frm="{co} <notifications@smartrecruiters.{dom}>", role=("Truing Machine Operator", "Buffing Cell Lead"), tz=("uk", "uk"))
mr("ats-ic", "{role} – job {ref}",
   "Dear {n},\n\nAt screening for {role} (job {ref}) we moved forward applicants who hold a current counterbalance forklift ticket and who have worked in {x}. Your answers did not show both, so this application is recorded as \"Not Selected – Screening Criteria\".\n\nThe same profile can be used for any other posting.\n\n{co} Hiring",
   ("Bramblewick Prams", "Cradle Hollow Cribs"), ("bramblewick.example", "cradlehollow.example"),
   frm="{co} Hiring <donotreply@icims.{dom}>", role=("Goods-In Operative", "Assembly Team Member"), tz=("uk", "use"),
   x=("a kitchen-cabinet shop", "a juvenile-products assembly plant"))
mr("ats-tl", "Candidate notification – {role} ({ref})",
   "Candidate notification\n\nDear {n},\n\nRequisition: {role} ({ref})\nRequisition status: Filled\nYour candidacy: Not Selected – Hired Candidate Other\n\nThis notice comes from the recruitment system of {co}. Replies to it are not read.",
   ("Footfall Doormats Ltd", "Pelmet & Drape Manufacturing"), ("footfalldoormats.example", "pelmetdrape.example"),
   frm="{co} Recruitment <taleo@{dom}>", role=("Tufting Line Technician", "Cut and Sew Supervisor"), tz=("uk", "usc"))
mr("ats-wk", "Your {role} application",
   "Hi {n},\n\n{x} people sent in applications for the {role} role. After two rounds it went to a maker who has run her own {y} workshop for five years.\n\nWe've kept your portfolio link in case something smaller comes up at {co} — thank you for sharing it.\n\n{sig}",
   ("Lumen Lampshades", "Poise Mannequins"), ("lumenlampshades.example", "poisemannequins.example"),
   frm="{sig} via Workable <{sl}@{dom}>", role=("Lampshade Maker", "Form Artist"), tz=("uk", "use"),
   x=("Ninety-one", "Fifty-eight"), y=("drum-shade", "display-form"))
mr("ats-bh", "{role} – where things stand",
   "Hello {n},\n\nA quick note about the {role} post. {x}, who has worked our weekend packing shift since last autumn, asked to go full time, and after a fortnight on the weekday crew the post is now hers.\n\nCheers for making the trip to look at the {y}.\n\n{sig}, {co}",
   ("Heartland Molasses Licks", "Chana Crunch Snacks"), ("heartlandlicks.example", "chanacrunch.example"),
   role=("Press Operator", "Puffing Line Assistant"), tz=("nz", "za"), x=("Bev Ellery", "Precious Shange"), y=("lick-block press", "puffing gun"))
mr("ats-tt", "{role} – result of selection",
   "Dear {n},\n\nWe have read all applications for {role}. The position we give to a colleague who already works on {x} in our second plant in {y}, so he moves to this place from next month. For you the process with {co} is finished with this letter.\n\nWe wish you to find good work soon.\n{sig}",
   ("Prut Rosehip Works", "Polissia Chicory Works"), ("prutrosehip.example", "polissiachicory.example"),
   frm="{sig} <{sl}@{dom}>", role=("Line Engineer", "Quality Laboratory Assistant"), tz=("md", "ua"),
   x=("the purée line", "the root dryers"), y=("Cahul", "Korosten"))
mr("ats-ps", "{role}",
   "Dear {n},\n\nafter the interviews for {role} our team has decided for a candidate with more years in {x}, which is closer to what the workshop needs every day. Your papers stay with us half a year and then are destroyed, like the law says.\n\nKind regards\n{sig}\n{co}",
   ("Chios Mastic Ltd", "Azulejaria do Tejo"), ("chiosmastic.example", "azulejariatejo.example"),
   frm="{sig} <{sl}@personio.{dom}>", role=("Tear Cleaning Supervisor", "Glaze Room Assistant"), tz=("gr", "pt"),
   x=("cleaning mastic tears", "glaze mixing"))
mr("ats-pp", "Practical test result – {role}",
   "Dear {n},\n\nThanks for sitting the practical test for the {role} vacancy. Your result: {x}. Everybody invited to interview scored {y} or more, which means the process ends here for you.\n\n{co} recruitment",
   ("Bastion Helmets", "Clearsight Goggles"), ("bastionhelmets.example", "clearsightgoggles.example"),
   frm="{co} <jobs@pinpoint.{dom}>", role=("Shell Moulding Technician", "Strap Assembly Operator"), tz=("au", "nz"),
   x=("14 out of 30", "19 out of 40"), y=("21", "27"))
mr("ats-jz", "{role}",
   "hey {n}, thanks for swinging by the yard. we hired a guy who ran service routes for the county fairgrounds the last four summers, so the {role} spot's taken. take care — {sf}, {co}",
   ("Lone Juniper Porta-Johns", "Bayou Crawlspace Repair"), ("lonejuniper.example", "bayoucrawlspace.example"),
   frm="{sig} <{sl}@jazz.{dom}>", role=("route driver", "crew lead"), tz=("usm", "usc"))
mr("ats-ab", "Your application for {role}",
   "Hello {n},\n\nThank you for two interviews about {role}. After long discussion the hiring team chose the other candidate of the final round. We close your application in our system now.\n\nMaybe we meet again in next openings.\n{sig}, {co}",
   ("Khangai Gutal Workshop", "Mekong Water Hyacinth Works"), ("khangaigutal.example", "mekonghyacinth.example"),
   frm="{sig} <{sl}@ashby.{dom}>", role=("Sole Sewing Supervisor", "Export Coordinator"), tz=("mn", "vn"))
# once each: a named person has the job
mr("one-haggis", "Production assistant, Dingwall",
   "Dear {n},\n\nThe production assistant post in our kitchen has gone to Ewan Munro, who filled casings in a Tain game larder for twenty years and wants something nearer home.\n\nGrateful you made the trip to Dingwall for the trial morning.\n\n{sig}\n{co}",
   "Strathpeffer Road Haggis Co", "strathhaggis.example", tz="uk")
mr("one-smokie", "Smoking job",
   "Hello {n},\n\nThe smoking job is Maureen Dixon's. She smoked haddock over the Auchmithie barrels for nineteen years, retired last spring and found she missed it, so she's back three days a week.\n\nGood of you to make the drive from Montrose.\n\n{sig}\n{co}",
   "Auchmithie Smokies", "auchmithiesmokies.example", tz="uk")
mr("one-donut", "Fryer position",
   "Hi {n},\n\nWe gave the fryer position to Luc Cormier, who worked our Cap-Pelé counter all summer and already knows the glaze recipes.\n\nAppreciate you doing Saturday's trial.\n{sig}\n{co}",
   "Shediac Donut House", "shediacdonut.example", tz="cat")
mr("one-chipper", "The fryer job",
   "{n},\n\nFergus's young lad Cathal is taking the fryer from Monday, so that one's filled. Good to meet you Thursday, and cheers for coming in.\n\n{sig}\n{co}",
   "Bishop Street Chipper, Tuam", "bishopstchipper.example", tz="ie")
mr("one-poke", "Poke counter",
   "Aloha {n},\n\nWe went with Kaleo, who has been cutting fish at the Kona harbor market since high school. Mahalo for stopping in — your questions on where our ahi comes from were sharp.\n\n{sig}\n{co}",
   "Honokohau Poke Bar", "honokohaupoke.example", tz="hst")
mr("one-gumbo", "Roux station",
   "{n},\n\nMiss Odile's grandson Remy is stepping into the roux station from the 30th. Thank you for cooking for us last week, the filé was spot on.\n\n{sig}\n{co}",
   "Vermilion Gumbo Kitchen", "vermiliongumbo.example", tz="usc")
mr("one-lamington", "Rolling bench",
   "Hi {n},\n\nBronwyn from our Saturday market stall is taking the rolling bench on from the 1st.\n\nTa for the chat, and that trial dozen was tidy.\n\n{sig}\n{co}",
   "Ruthven Street Lamingtons", "ruthvenstreet.example", tz="auq")
mr("one-kulfi", "Regarding the churning post",
   "Dear {n} ji,\n\nThis is to inform that Shri Ram Prasad's son Gopal has been given the churning post at our Holi Darwaza unit. He has worked the matka freezers with his father since childhood.\n\nWith regards,\n{sig}\n{co}",
   "Ghiya Mandi Kulfi Bhandar", "ghiyamandikulfi.example", tz="in")
mr("one-roti", "Dough work",
   "Morning {n},\n\nWe give the dough work to Sunil Ramkissoon from Penal — he was rolling dhalpuri behind his granny's counter by twelve.\n\nThanks for coming down to San Fernando.\n{sig}\n{co}",
   "Cipero Street Roti Shop", "ciperoroti.example", tz="tt")
mr("one-vetkoek", "Counter job",
   "Hi {n}\n\nThe counter job went to Thuli, who has done Friday nights for us as a casual since March.\n\nThanks for popping in on Tuesday.\n{sig}\n{co}",
   "Grey Street Vetkoek", "greystreetvetkoek.example", tz="za")
mr("one-brisket", "Night fire watch",
   "{n},\n\nPitmaster handed the night fire watch to Cody Barrera, who's been splitting post oak for us since March. Appreciate you driving out to Lockhart.\n\n{sig}\n{co}",
   "Caldwell County Brisket Pit", "caldwellbrisket.example", tz="usc")
mr("one-hokeypokey", "Honeycomb cooker",
   "Kia ora {n},\n\nWe've taken on Mere Tipoki, who ran the honeycomb cooker at the old Temuka plant for years, to run ours.\n\nCheers for coming out, and the thermometer tip was a good one.\n\n{sig}\n{co}",
   "Benvenue Hokey Pokey", "benvenuehp.example", tz="nz")
mr("one-satay", "Skewer assistant",
   "Hi {n},\n\nUncle Rahim's nephew Faizal will take over the skewers from next week, so the assistant spot is settled already. Sunday at the stall was good help, thanks, the customers liked you.\n\n{sig}\n{co}",
   "Lau Pa Sat Satay No. 7", "satayno7.example", tz="sg")
mr("one-grits", "Grits job",
   "Dear {n},\n\nThe grits job went to Marcus Pinckney, who dressed the stones at the Edisto mill before it closed. We appreciated your afternoon at the mill.\n\n{sig}\n{co}",
   "Ashepoo Grist Works", "ashepoogrist.example", tz="use")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-catcafe", "RE: [EXT] Re: Floor host interview",
   "Hi {n},\n\nMochi clearly approved of you on Thursday. We've offered the floor host job to {x}, who has fostered kittens for the rescue for three years and knows most of the regulars by name.\n\nAll the best,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Floor host interview\n\nHi {sf}, any word since Thursday? Thanks, {n}",
   ("Whisker & Bean", "Purr & Sip"), ("whiskerbean.example", "purrsip.example"), tz=("uk", "use"), x=("Hattie Blount", "Jolene Marsh"))
mr("th-pizzeria", "Re: [EXT] Re: Forno trial",
   "{n},\n\nNonno's apprentice {x} is taking over the wood-fired forno from next week, so that job is his. You stretched dough better than I expected — thanks for coming in.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks again for the trial. Can pop back in any time.\n> {n}",
   ("Forno Nonno Pizzeria", "Garibaldi Street Pizzeria"), ("fornononno.example", "garibaldistreet.example"), tz=("ie", "cae"), x=("Dario", "Luka"))
mr("th-boardgame", "RE: [EXT] RE: Games host",
   "Hey {n},\n\nCracking demo night, cheers for coming. The games host shifts are going to {x}, one of our Friday regulars who can already teach most of the shelf.\n\nCheers,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Games host\n\nThanks {sf}, I had a ball. Keen to hear how it goes.",
   ("Meeple Burrow", "Dicey Deeds Games Café"), ("meepleburrow.example", "diceydeeds.example"), tz=("au", "nz"), x=("Priya", "Tevita"))
mr("th-phonekiosk", "Re: [EXT] Re: Repair technician",
   "Hi {n},\n\nThanks for the bench test on Monday. {x} from our other kiosk is moving across to cover it full time from the 1st.\n\nRegards,\n{sig}\n\n" + RULE + "Subject: Re: Repair technician\n\nHi {sf}, any update on the technician role? {n}",
   ("FixPoint Mobile Phone Repairs", "Shattered & Mended Phone Kiosks"), ("fixpointmobile.example", "shatteredmended.example"), tz=("uk", "za"), x=("Jamal", "Lungile"))
mr("th-creperie", "RE: [EXT] Re: Galette station",
   "Hi {n},\n\nLovely to have you on Saturday. {x} from our market van takes the galette station; she has been turning galettes with us every weekend since May.\n\nWarmly,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Galette station\n\nHi {sf}, thank you for Saturday! Looking forward to hearing.\n{n}",
   ("Blé Noir Creperie", "Fundy Creperie"), ("blenoir.example", "fundycreperie.example"), tz=("ie", "cat"), x=("Aisling", "Chantal"))
mr("th-hotsauce", "Re: [EXT] Re: Market stall lead",
   "{n},\n\nGood talking Saturday. {x}, who's worked the farmers' market table with us for two summers, said yes to the lead job this morning.\n\nThanks,\n{sig}\n\n" + GMAIL + "> Hey {sf}, thanks for the chat on Saturday!\n> {n}",
   ("Scorpion Ridge Chili Crisp", "Similkameen Ember Chili Crisp"), ("scorpionridge.example", "similkameenember.example"), tz=("usc", "cap"), x=("Rocco", "Ines"))
mr("th-bento", "RE: [EXT] RE: Prep cook",
   "Hi {n},\n\nThanks for the julienne test last week. Chef gave the prep cook spot to {x}, who's been doing our Saturday delivery runs.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Prep cook\n\nThanks {sf}. Is there any news about the prep cook job?",
   ("Hanami Bento Kitchen", "Harbourside Bento"), ("hanamibento.example", "harboursidebento.example"), tz=("usp", "nz"), x=("Haruto", "Seo-jun"))
mr("th-burrito", "Re: [EXT] RE: Line cook",
   "{n},\n\n{x} is our new line cook. He worked the truck with us at the street-fest weekend and the crew asked for him.\n\nThanks for coming out,\n{sig}\n\n" + OUTLOOK + "Subject: RE: Line cook\n\nHi {sf}, just following up on Tuesday's chat.\n{n}",
   ("La Carreta Burritos", "Dusty Boots Burritos"), ("lacarreta.example", "dustyboots.example"), tz=("usm", "au"), x=("Javi", "Dusty"))

# ---- 8 clear refusals under long footers
CARHIRE = "\n\n—\nDrive away today: book online and collect in under ten minutes at any of our branches.\nExcess cover from £6 a day · Free additional driver at weekends · One-way hire between branches\nJob alerts: new roles at our branches are posted every Monday on the careers page.\nApplicant records: kept twelve months from the closing date, then wiped — details under 'Your data' on the careers site.\n{co} Ltd, registered office: Unit 4, Airport Way. Registered in England and Wales.\nWrong inbox? Reply 'misaddressed' and we'll sort it; please don't forward the copy."
mr("ft-carhire", "Your application – {role}, {x}",
   "Dear {n},\n\nThank you for interviewing for {role} at our {x} branch. The branch has chosen other people, and your application stops with this email.\n\nRegards,\n{sig}\nBranch Manager" + CARHIRE,
   ("Kerbside Car Hire", "Kerryway Car Hire"), ("kerbsidecarhire.example", "kerrywaycarhire.example"), role=("Customer Service Agent", "Rental Counter Agent"),
   tz=("uk", "ie"), x=("Stansted", "Farranfore"))
FROYO = "\n\n----\nSwirl Rewards: every tenth paleta is on us. Download the app and scan at the register.\nText CAREERS to 55012 for new openings near you. Msg & data rates may apply. Text STOP to end.\nAt {co}, who you are never counts against you; hiring turns on the job alone.\nApplicant information: see the Privacy page for what we collect and why.\nReplies to this sender land nowhere; use the app's Help tab instead."
mr("ft-froyo", "{role} application",
   "Hi {n},\n\nInterviews for {role} at the {x} store are done, and the store has passed on your application.\n\n{sig}, Hiring Team" + FROYO,
   ("Swirl Station Paletas", "Paleta Pop"), ("swirlstation.example", "paletapop.example"), role=("Shift Supervisor", "Team Member"),
   tz=("usc", "cae"), x=("Fayetteville", "Peterborough"))
SUNNIES = "\n\n—\nFree hard case with every pair. Prescription sunnies ready in five working days.\nCareers: sign up on our website for an email whenever a new store role is advertised.\nYour details sit with us under Australian and New Zealand privacy law; email our privacy officer to see your file.\nLanded here by accident? Bin it and flick us a note."
mr("ft-sunglasses", "{role}, {x} store",
   "Hi {n},\n\nAfter the interviews for {role} at {x}, we've settled on another applicant.\n\nKind regards,\n{sig}\n{co} Talent" + SUNNIES,
   ("Glare Co Sunglasses", "Squint Sunglasses"), ("glareco.example", "squint.example"), role=("Store Manager", "Sales Consultant"),
   tz=("au", "nz"), x=("Ingham", "Marton"))
CHICKEN = "\n\n—\nFamily feast deals every Tuesday. Order online for delivery in selected areas.\nVacancies: SMS JOBS to 31442 to hear about openings at your nearest branch.\nYour details are processed under South Africa's POPI Act and Kenya's Data Protection Act 2019; our information officer can give you a copy of your record.\nIntended for the addressee only. Anyone else holding it, kindly erase it."
mr("ft-chicken", "{role} – {x} branch",
   "Dear {n},\n\nAbout {role} at {x}: the branch has picked its candidate, and the job goes to that person.\n\nRegards,\n{sig}\n{co} People Services" + CHICKEN,
   ("Shisanyama Express", "Chapati Junction"), ("shisanyamaexpress.example", "chapaticorner.example"), role=("Assistant Branch Manager", "Kitchen Supervisor"),
   tz=("za", "ke"), x=("Kokstad", "Molo"))

# ---- 9 hedged refusals
mr("hg-prosthetic", "{role} vacancy",
   "Dear {n},\n\nThanks for spending the morning with the team over the {role} vacancy. A few people on the shortlist had more years fitting lower-limb sockets in a busy clinic, and that weighed most with the group.\n\nWith best wishes,\n{sig}\n{co}",
   ("Wolds Prosthetic Workshop", "Fraser Canyon Prosthetic Lab"), ("woldsprosthetic.example", "fraservalleyprosthetic.example"), role=("Prosthetic Technician", "Lab Technician II"), tz=("uk", "cap"))
mr("hg-sandstone", "{role}",
   "Hi {n},\n\nWe enjoyed the site walk. The group felt that applicants who have already carried out {x} repairs on listed buildings suited the next two years of work a little better, so we are going with one of them.\n\nAll the best,\n{sig}\n{co}",
   ("Hawkesbury Sandstone Repair", "Brownstone Repair Partners"), ("hawkesburysandstone.example", "brownstonerepair.example"), role=("Stone Repair Supervisor", "Masonry Project Lead"),
   tz=("au", "use"), x=("sandstone", "brownstone"))
mr("hg-cucumber", "Cucumber house role",
   "Dear {n},\n\nOthers who applied for the {role} role came with more seasons running rockwool-grown {x} crops under glass, and the panel leaned toward that experience.\n\nRegards,\n{sig}\n{co}",
   ("Lea Marsh Cucumbers", "Ōhaupō Cucumbers"), ("leamarshcucumber.example", "ohaupocucumber.example"), role=("House Supervisor", "Field Records Officer"),
   tz=("uk", "nz"), x=("cucumber", "long-cucumber"))
mr("hg-heli", "{role} – after your interview",
   "Hello {n},\n\nWe appreciated the interview. In the end we have gone in the direction of a pilot whose hours on {x} fit the summer contracts a shade more closely.\n\n{sig}\nChief Pilot, {co}",
   ("Stikine Floatplane Charter", "Fiordland Floatplane Charter"), ("stikinefloat.example", "fiordlandfloat.example"), role=("Line Pilot", "Seasonal Pilot"),
   tz=("cap", "nz"), x=("glassy-water landings", "step-taxi and beaching work"))
mr("hg-blanket", "Application for Powerloom Jobber post",
   "Dear {n},\n\nRegarding the Powerloom Jobber vacancy you applied to, the selection committee found other candidates having longer experience of running jacquard powerlooms somewhat more suitable for the requirement of the unit.\n\nRegards,\n{sig}\nHR, {co}",
   "Malegaon Powerloom Society", "malegaonpowerloom.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-tissue", "Following up on {x}",
   "Hi {n},\n\nThanks for picking up yesterday. Per our call, {x} picked the other finalist as shift manager — they were after someone with through-air drying machine time already.\n\nSeparately, I've got a converting line lead contract near {y}, six months with a view to permanent. Can I send it over?\n\n{sig}\n{co}",
   ("Paperline Recruitment", "Liffey Mill Talent"), ("paperlinerec.example", "liffeymilltalent.example"), tz=("uk", "ie"),
   x=("the Kemsley tissue mill", "the Clondalkin tissue mill"), y=("Sittingbourne", "Portarlington"))
mr("rc-ammonia", "Re: the urea plant role",
   "{n},\n\nQuick one after we spoke — client filled the operations superintendent slot with a guy promoted from their own night crew. Sorry it didn't land.\n\nI've got a urea granulation supervisor opening near {x} that lines up well with your turnaround work. Interested?\n\n{sig}\n{co}",
   ("Gulfside Process Search", "High Line Plant Staffing"), ("gulfsideprocess.example", "highline.example"), tz=("usc", "cac"), x=("Donaldsonville", "Redcliff"))
mr("rc-silica", "Update from {co}",
   "Hi {n},\n\nThe client has gone with one of their own shift supervisors for the silica processing manager job, so that's done and dusted.\n\nThere's a {x} operations lead role coming up I think you'd suit — happy for me to flick them your CV?\n\n{sig}\n{co}",
   ("Outback Minerals Recruitment", "Whakatipu Resource Recruitment"), ("outbackminerals.example", "whakatipurr.example"), tz=("wa", "nz"),
   x=("diatomite plant near Carnamah", "pumice pit near Tokaanu"))
mr("rc-spongeiron", "DRI plant – feedback",
   "Dear {n},\n\nAs discussed today, the DRI rotary furnace in-charge position at the Raigarh plant has been filled internally by the client.\n\nI have another mandate, Shift In-charge at a ferro-alloys unit near Jajpur, which matches your profile. Please confirm whether your CV can go to them.\n\nRegards,\n{sig}\n{co}",
   "Raigarh Executive Search", "raigarhsearch.example", tz="in")

# ---- 8 public-sector notices
mr("ps-island", "Application for {role}",
   "Dear {n},\n\nRe: {role}.\n\nAs the advertisement stated, this vacancy is restricted to Australian citizens and permanent residents. Your application shows neither, so you are not eligible and it cannot be assessed further.\n\nYours sincerely,\n{sig}\nHuman Resources, {co}",
   ("Shire of Christmas Island", "Shire of Cocos (Keeling) Islands"), ("shirexmas.example", "shirecocos.example"), tz=("cx", "cc"),
   role=("Works Supervisor", "Customer Service Officer"))
mr("ps-cert", "Notice of non-certification – {role}",
   "Dear {n},\n\nExamination / competition {ref}: {role}\n\nThe {x} highest-scoring eligible candidates on the list have been certified to the hiring department. You were not reached on this certification. Your eligibility on the list continues until it expires.\n\n{co}",
   ("Chautauqua County Civil Service", "City of Morden Human Resources"), ("chautauquacs.example", "mordenhr.example"), tz=("use", "cac"),
   role=("Senior Account Clerk", "Snowplow Operator"), x=("three", "five"), frm="{co} <civilservice@{dom}>")
mr("ps-cancel", "{role} – vacancy withdrawn",
   "Dear {n},\n\nThe {role} vacancy (ref {ref}) was pulled after the {x} team's budget came under review. Nobody will fill it, and we have closed every application, yours included.\n\nRegards,\n{sig}\nPeople & Culture, {co}",
   ("Barcaldine Regional Council", "Waimate District Council"), ("barcaldinerc.example", "waimatedc.example"), tz=("auq", "nz"),
   role=("Water Treatment Officer", "Roading Engineer"), x=("water services", "roading"))
mr("ps-psc", "Result of screening test – {role}",
   "Dear Candidate,\n\nRoll No. {ref}\nPost: {role}\n\nYou secured {x} marks. Your category's cut-off stands at {y}. Hence you do not qualify to sit the Main (Written) Examination.\n\nSecretary\n{co}",
   ("Himachal Pradesh Public Service Commission", "Andhra Pradesh Public Service Commission"), ("hppsc.example", "appsc.example"), tz="in",
   role=("Assistant Engineer (Civil)", "Assistant Statistical Officer"), x=("71.25 out of 150", "94.50 out of 200"), y=("78.75 (OBC)", "106.00 (BC-B)"), frm="{co} <results@{dom}>")

# ---- 6 bare ATS status updates
mr("bs-plain", "Status change: {role}",
   "Application {ref} · {role} · {co}\nStatus: No longer being considered",
   ("Hemline Curtain Manufacturing", "Eyelet & Press-Stud Supply"), ("hemlinecurtain.example", "eyeletsupply.example"), tz=("uk", "usc"),
   role=("Sewing Machinist", "Press Operator"), frm="{co} <status@{dom}>")
mr("bs-table", "Update to your application",
   "<html><body><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Unsuccessful &ndash; no longer being considered</td></tr></table><p>{co}</p></body></html>",
   ("Castor Trolley Systems", "Softfold Nappy Co"), ("castortrolley.example", "softfoldnappy.example"), tz=("au", "za"),
   role=("Tube Bender", "Line Mechanic"), frm="{co} Careers <noreply@{dom}>")
mr("bs-arrow", "{role}: status updated",
   "{co} · {role} · stage change\n\nAssessment → Closed (another candidate hired)",
   ("Stride Crutch Co", "Walkwell Rollators"), ("stridecrutch.example", "walkwellrollators.example"), tz=("ie", "cae"),
   role=("Quality Inspector", "CNC Bender Operator"), frm="{co} <ats@{dom}>")

# ---- 6 internship / graduate decisions
mr("in-summer", "{x} summer placement – decision",
   "Dear {n},\n\nWe received {y} applications for five summer placements at the {x}. All five have been offered and taken up, and none went to you.\n\nWe hope you will look at next year's round.\n\n{sig}\nStudent Programmes, {co}",
   ("Trinity Inlet Mangrove Research Station", "Kīlauea Volcanology Field Station"), ("trinitymangrove.example", "kilaueafield.example"), tz=("auq", "hst"),
   x=("mangrove research station", "volcanology field station"), y=("286", "193"))
mr("in-coop", "Co-op term: {role}",
   "Hi {n},\n\nEvery co-op spot under the {role} posting for next term has gone to other students in the match, and that closes your file for this round.\n\n{sig}\nCo-op Coordinator, {co}",
   ("Endako Molybdenum Mine Lab", "Libby Vermiculite Reclamation Lab"), ("endakomoly.example", "libbyvermiculite.example"), tz=("cap", "usm"),
   role=("Mineral Processing Lab Assistant", "Reclamation Field Technician"))
mr("in-grad", "Graduate engineer intake {ref}",
   "Dear {n},\n\nAll {x} graduate engineer places at {co} for this year were taken up by other candidates after the assessment day. That ends your application.\n\nYours faithfully,\n{sig}\nGraduate Programme Office",
   ("Gravelotte Antimony Works", "Gilgil Diatomite Plant"), ("gravelotteantimony.example", "gilgildiatomite.example"), tz=("za", "ke"), x=("eight", "six"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ac-wd", "We have your application: {role} (R-{ref})",
   "Hello {n},\n\nYour application for requisition R-{ref}, {role}, is in. If the site team extends a current contractor's stay on the {x} package before the shortlist is looked at, the requisition closes and external applicants are not contacted about it individually.\n\nYou can follow its status on the careers hub.\n\n{co} Talent Acquisition",
   ("Hinckley Formwork Hire", "Pembina Screed & Floor Ltd"), ("hinckleyformwork.example", "pembinascreed.example"),
   frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Formwork Site Supervisor", "Screed Crew Foreman"), tz=("uk", "cac"),
   x=("Coventry ring road", "Niverville freezer-warehouse slab"))
mo("application_received", "ac-gh", "Thanks for applying – {co}",
   "Hi {n},\n\nYour application for {role} reached us. Offer or no offer, whatever answer lands in your inbox is typed by a panel member, never auto-sent.\n\nTalk soon,\n{sig}\nRecruiting, {co}",
   ("Selkie Drysuits", "Reefline Snorkel Co"), ("selkiedrysuits.example", "reefline.example"),
   frm="{sig} <{sl}@greenhouse-mail.{dom}>", role=("Drysuit Panel Maker", "Materials Coordinator"), tz=("uk", "usp"))
mo("application_received", "ac-sr", "Application received – {co}",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Result</td><td>&ndash;</td></tr></table><p>Any change, a filled vacancy included, will show in this table before anyone emails you.</p><p>{co} recruitment</p></body></html>",
   ("Millrace Grindstones", "Sheaf Flatware"), ("millracegrindstones.example", "sheafflatware.example"),
   frm="{co} <notifications@smartrecruiters.{dom}>", role=("Grindstone Turner", "Stamping Press Operator"), tz=("uk", "uk"))
mo("application_received", "ac-ic", "Job {ref}: application submitted",
   "Dear {n},\n\nDone — {role} (job {ref}) application submitted. Applications that do not show a current counterbalance forklift ticket are marked \"Not Selected\" at screening, so please add a copy now if you hold one.\n\n{co} Hiring",
   ("Bramblewick Prams", "Cradle Hollow Cribs"), ("bramblewick.example", "cradlehollow.example"),
   frm="{co} Hiring <donotreply@icims.{dom}>", role=("Warehouse Operative", "Despatch Associate"), tz=("uk", "use"))
mo("application_received", "ac-tl", "Candidate acknowledgement – {role} ({ref})",
   "Candidate acknowledgement\n\nDear {n},\n\nRequisition: {role} ({ref})\nRequisition status: Open\nYour candidacy: Under Consideration\n\nOnce the requisition is filled, candidates who were not hired receive a notice from this address.\n\n{co} Recruitment",
   ("Footfall Doormats Ltd", "Pelmet & Drape Manufacturing"), ("footfalldoormats.example", "pelmetdrape.example"),
   frm="{co} Recruitment <taleo@{dom}>", role=("Maintenance Fitter", "Drape Maker"), tz=("uk", "usc"))
mo("application_received", "ac-wk", "We got your application",
   "Hi {n},\n\nThanks for sending your portfolio for {role}. Whether or not we pick you, I'll reply personally before the month's out.\n\n{sig}\n{co}",
   ("Lumen Lampshades", "Poise Mannequins"), ("lumenlampshades.example", "poisemannequins.example"),
   frm="{sig} via Workable <{sl}@{dom}>", role=("Workshop Assistant", "Form Sprayer"), tz=("uk", "use"))
mo("application_received", "ac-tt", "Your application is registered",
   "Dear {n},\n\nYour application for {role} is registered in our system. We will read all applications after the closing day. If we choose other candidate, also you will get letter from us, so nobody stays without reply.\n\n{sig}\n{co}",
   ("Prut Rosehip Works", "Polissia Chicory Works"), ("prutrosehip.example", "polissiachicory.example"),
   role=("Electrician", "Packing Line Operator"), tz=("md", "ua"))
mo("application_received", "ac-pp", "Application received – practical test to follow",
   "Dear {n},\n\nYour {role} application is logged. Everyone who applies sits a short practical test; anyone below the interview mark on it does not go further in the process.\n\nYou'll get the test booking link this week.\n\n{co} recruitment",
   ("Bastion Helmets", "Clearsight Goggles"), ("bastionhelmets.example", "clearsightgoggles.example"),
   frm="{co} <jobs@pinpoint.{dom}>", role=("Coating Line Operator", "Visor Coating Technician"), tz=("au", "nz"))
mo("application_received", "ac-carhire", "Application received – {role}",
   "Dear {n},\n\nThanks for applying for {role} at our {x} branch. Only applicants picked for interview will hear from the branch manager, normally within ten days of the closing date.\n\nRegards,\nRecruitment Team" + CARHIRE,
   ("Kerbside Car Hire", "Kerryway Car Hire"), ("kerbsidecarhire.example", "kerrywaycarhire.example"), role=("Vehicle Preparation Operative", "Shuttle Driver"),
   tz=("uk", "ie"), x=("Luton", "Rosslare"))
mo("application_received", "ac-cert", "Application received – {role}",
   "Dear {n},\n\nYour application for examination {ref}, {role}, is on file. When the list is used, anyone left off the certification sent to the hiring department gets a mailed notice saying so.\n\n{co}",
   ("Chautauqua County Civil Service", "City of Morden Human Resources"), ("chautauquacs.example", "mordenhr.example"), tz=("use", "cac"),
   role=("Motor Equipment Operator", "Recreation Leader"), frm="{co} <civilservice@{dom}>")
mo("application_received", "ac-psc", "Online application submitted – {role}",
   "Dear Candidate,\n\nApplication No. {ref} for {role} stands submitted. Screening-test marks below the cut-off set for one's category mean no call letter for the Mains.\n\nSecretary\n{co}",
   ("Himachal Pradesh Public Service Commission", "Andhra Pradesh Public Service Commission"), ("hppsc.example", "appsc.example"), tz="in",
   role=("Naib Tehsildar", "Junior Assistant"), frm="{co} <noreply@{dom}>")
mo("application_received", "ac-th-catcafe", "Re: Floor host role",
   "Hi {n},\n\nCV's here, ta! Handful of folk popping in over the next few days. Say it goes to one of our regulars — you'd still get a message from me.\n\n{sig}\n\n" + GMAIL + "> Hi, is the floor host role still open? CV attached.\n> {n}",
   ("Whisker & Bean", "Meeple Burrow"), ("whiskerbean.example", "meepleburrow.example"), tz=("uk", "au"))
# once each
mo("application_received", "ac-jz", "got your application",
   "hey {n}, route driver app received. silence from me past friday means the spot went elsewhere. — {sf}, Lone Juniper Porta-Johns",
   "Lone Juniper Porta-Johns", "lonejuniper.example", frm="{sig} <{sl}@jazz.{dom}>", tz="usm")
mo("application_received", "ac-ps", "Application – Firing Room Assistant",
   "Dear {n},\n\nyour application Firing Room Assistant is with us. We read everything until end of the month. When another applicant is our choice, also then a short email from us comes.\n\nKind regards\n{sig}\nAzulejaria do Tejo",
   "Azulejaria do Tejo", "azulejariatejo.example", frm="{sig} <{sl}@personio.{dom}>", tz="pt")
mo("application_received", "ac-ab", "Application received: Quality Inspector",
   "Hello {n},\n\nWe received your application for Quality Inspector. Good or bad, answer is from our team personally, not automatic.\n\n{sig}, Khangai Gutal Workshop",
   "Khangai Gutal Workshop", "khangaigutal.example", frm="{sig} <{sl}@ashby.{dom}>", tz="mn")
mo("application_received", "ac-lv", "Thanks, {n}",
   "{n} — your application for Packaging Technician landed with me. Yes or no, a human writes back.\n\n{sig}, People team, Oatfield Granola",
   "Oatfield Granola", "oatfieldgranola.example", frm="{sig} <{sl}@hire.lever.{dom}>", tz="ie")
mo("application_received", "ac-haggis", "Kitchen porter application",
   "Dear {n},\n\nYour letter about kitchen porter arrived. We're seeing three folk next week. If it goes to one of the Tain lads in the end, I'll ring you regardless.\n\n{sig}\nStrathpeffer Road Haggis Co",
   "Strathpeffer Road Haggis Co", "strathhaggis.example", tz="uk")
mo("application_received", "ac-roti", "Application for the tawa",
   "Hi {n},\n\nWe have your application. Call-backs go only to those we want to try on the tawa, so keep your phone close next week.\n\n{sig}\nCipero Street Roti Shop",
   "Cipero Street Roti Shop", "ciperoroti.example", tz="tt")
mo("application_received", "ac-kulfi", "Acknowledgement of application",
   "Dear {n},\n\nYour letter seeking the Counter Supervisor post at our Vrindavan outlet has reached us. Whether chosen or passed over, all applicants shall get written intimation.\n\nRegards,\n{sig}\nGhiya Mandi Kulfi Bhandar",
   "Ghiya Mandi Kulfi Bhandar", "ghiyamandikulfi.example", tz="in")
mo("application_received", "ac-hokeypokey", "Your application",
   "Kia ora {n},\n\nThanks for applying for the packing role. Should it go to one of our seasonal crew, you'll still get a text off me, no guessing.\n\n{sig}\nBenvenue Hokey Pokey",
   "Benvenue Hokey Pokey", "benvenuehp.example", tz="nz")
mo("application_received", "ac-prosthetic", "Socket Technician application",
   "Dear {n},\n\nThank you for applying for Socket Technician. If other applicants' fitting experience proves closer to what the clinic needs, we will tell you so directly rather than leave you waiting.\n\n{sig}\nWolds Prosthetic Workshop",
   "Wolds Prosthetic Workshop", "woldsprosthetic.example", tz="uk")
mo("application_received", "ac-sandstone", "Application received – Repointing Labourer",
   "Hi {n},\n\nThanks for your application. Applicants without a current working-at-heights card aren't shortlisted, so send a photo of yours if you have one.\n\n{sig}\nHawkesbury Sandstone Repair",
   "Hawkesbury Sandstone Repair", "hawkesburysandstone.example", tz="au")
mo("application_received", "ac-cucumber", "Application acknowledged",
   "Dear {n},\n\nYour application for Cucumber House Team Leader has been received. We contact only the applicants invited for interview.\n\n{sig}\nLea Marsh Cucumbers",
   "Lea Marsh Cucumbers", "leamarshcucumber.example", tz="uk")
mo("application_received", "ac-tissue", "Your CV – tissue mill role",
   "Hi {n},\n\nUpdated CV received and forwarded to the mill first thing. Whichever answer the mill gives on paper, my call reaches you within hours.\n\n{sig}\nPaperline Recruitment",
   "Paperline Recruitment", "paperlinerec.example", tz="uk")
mo("application_received", "ac-island", "Application received – Plant Operator",
   "Dear {n},\n\nWe acknowledge your application for Plant Operator. Applicants who do not hold Australian citizenship or permanent residency will receive a letter explaining why their application cannot proceed.\n\nHuman Resources\nShire of Christmas Island",
   "Shire of Christmas Island", "shirexmas.example", tz="cx")
mo("application_received", "ac-cancel", "Application received – Rates Officer",
   "Dear {n},\n\nThank you for applying for Rates Officer. Shortlisted or not, every applicant is told the outcome by email after the panel meets.\n\nPeople & Culture\nBarcaldine Regional Council",
   "Barcaldine Regional Council", "barcaldinerc.example", tz="auq")
mo("application_received", "ac-bare", "Status change: Sewing Machinist",
   "Application {ref} · Blind Maker · Hemline Curtain Manufacturing\nStatus: Received",
   "Hemline Curtain Manufacturing", "hemlinecurtain.example", frm="{co} <status@{dom}>", tz="uk")
mo("application_received", "ac-summer", "Placement application received",
   "Dear {n},\n\nYour application for the mangrove research station summer placement is in. Unsuccessful applications get an email by 30 April; shortlisted people get a phone call.\n\nStudent Programmes\nTrinity Inlet Mangrove Research Station",
   "Trinity Inlet Mangrove Research Station", "trinitymangrove.example", tz="auq")
mo("application_received", "ac-coop", "Co-op application received",
   "Hi {n},\n\nYour application to the mill lab co-op posting is in. Matched or not matched, you'll get a notice once the round closes.\n\nCo-op Coordinator\nEndako Molybdenum Mine Lab",
   "Endako Molybdenum Mine Lab", "endakomoly.example", tz="cap")
mo("application_received", "ac-grad", "Graduate intake – application received",
   "Dear {n},\n\nYour application to the graduate engineer intake has been registered. Falling short of the pass mark in the numerical reasoning test means no assessment-day invitation.\n\nGraduate Programme Office\nGravelotte Antimony Works",
   "Gravelotte Antimony Works", "gravelotteantimony.example", tz="za")
mo("application_received", "ac-th-pizzeria", "Re: Forno job",
   "{n},\n\nGot it, thanks. Nonno's seeing two people on Wednesday. If he gives the forno to family in the end, I'll let you know myself.\n\n{sig}\n\n" + GMAIL + "> Hi, is the forno job still going? I've done two years on a wood-fired one.",
   "Forno Nonno Pizzeria", "fornononno.example", tz="ie")
mo("application_received", "ac-th-burrito", "Re: line cook",
   "{n},\n\nThanks, CV received. If it lands with one of the festival crew, a text from me follows.\n\n{sig}\n\n" + OUTLOOK + "Subject: line cook\n\nHi, saw your post about a line cook. CV attached.",
   "La Carreta Burritos", "lacarreta.example", tz="usm")
mo("application_received", "ac-froyo", "Thanks for applying",
   "Hi {n},\n\nYour application for Team Member at our Bentonville store came through. Expect a call only if the store wants an interview.\n\nHiring Team" + FROYO,
   "Swirl Station Paletas", "swirlstation.example", tz="usc")
mo("application_received", "ac-chicken", "Application received",
   "Dear {n},\n\nYour application for Cashier at our Ngong Road branch has been received. Appointed or not, every applicant will get an SMS from us.\n\nPeople Services" + CHICKEN,
   "Chapati Junction", "chapaticorner.example", tz="ke")
mo("application_received", "ac-blanket", "Acknowledgement – Warping Master",
   "Dear {n},\n\nWe have on record your candidature for Warping Master. Only candidates having experience of sectional warping shall be called for interview.\n\nHR\nMalegaon Powerloom Society",
   "Malegaon Powerloom Society", "malegaonpowerloom.example", tz="in")
mo("application_received", "ac-gumbo", "Prep cook",
   "{n},\n\nGot the resume you dropped off. We'll cook with a couple of people next week. Even if it's not you, a letter from me is coming.\n\n{sig}\nVermilion Gumbo Kitchen",
   "Vermilion Gumbo Kitchen", "vermiliongumbo.example", tz="usc")
mo("application_received", "ac-brisket", "Application received",
   "{n},\n\nWeekend slicer application's here. Tryout details to follow.\n\n{sig}\nCaldwell County Brisket Pit",
   "Caldwell County Brisket Pit", "caldwellbrisket.example", tz="usc")
mo("application_received", "ac-lamington", "Thanks for applying",
   "Hi {n},\n\nWeekend counter application received. Monday's when I sit down with the pile.\n\n{sig}\nRuthven Street Lamingtons",
   "Ruthven Street Lamingtons", "ruthvenstreet.example", tz="auq")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-th-catcafe", "RE: [EXT] Re: Floor host",
   "Hi {n},\n\nCould you manage a trial shift {dl}, 10 till 2? Unfortunately the espresso machine's getting serviced then, so filter coffee only. Bring closed shoes.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Floor host\n\nHi {sf}, thanks for reading my CV! {n}",
   ("Whisker & Bean", "Purr & Sip"), ("whiskerbean.example", "purrsip.example"), tz=("uk", "use"))
mo("interview", "iv-th-boardgame", "RE: [EXT] RE: Demo night",
   "Hey {n},\n\nCan you come and run a table at our demo night on {dl}, 6 pm? Unfortunately the car park out the back is being resurfaced, so use the street. Pick any game off the shelf and teach it to four strangers.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Demo night\n\nSounds fun, count me in if there's room.",
   ("Meeple Burrow", "Dicey Deeds Games Café"), ("meepleburrow.example", "diceydeeds.example"), tz=("au", "nz"))
mo("interview", "iv-creperie", "Trial at the crêperie",
   "Hi {n},\n\nPlease come for a trial at the crêperie on {dl} at 9. Unfortunately our batter spreader is away being reground, so you'll be using the spare one.\n\n{sig}\nBlé Noir Creperie",
   "Blé Noir Creperie", "blenoir.example", tz="ie")
mo("interview", "iv-gh", "Video interview – Drysuit Panel Maker",
   "Hi {n},\n\nCan you do a 45-minute video interview for Drysuit Panel Maker on {dl}? Unfortunately our video tool sometimes drops audio for the first minute, so please join a little early.\n\n{sig}\nRecruiting, Selkie Drysuits",
   "Selkie Drysuits", "selkiedrysuits.example", frm="{sig} <{sl}@greenhouse-mail.{dom}>", tz="uk")
mo("interview", "iv-haggis", "Trial morning, Dingwall",
   "Dear {n},\n\nCould you come to the kitchen for a trial morning on {dl} at 7.30? Unfortunately the early train from Inverness has been cancelled that week — you might need to arrange a lift.\n\n{sig}\nStrathpeffer Road Haggis Co",
   "Strathpeffer Road Haggis Co", "strathhaggis.example", tz="uk")
mo("interview", "iv-prosthetic", "Interview – Prosthetic Technician",
   "Dear {n},\n\nCould you come and meet us about Prosthetic Technician on {dl} at 11:00? Unfortunately our lift is out of action, and the workshop is on the second floor.\n\n{sig}\nFraser Canyon Prosthetic Lab",
   "Fraser Canyon Prosthetic Lab", "fraservalleyprosthetic.example", tz="cap")
mo("interview", "iv-satay", "Stall trial",
   "Hi {n},\n\nCan come help at the stall on {dl} evening, 5pm to 10pm? Unfortunately the aircon in the hawker centre office is spoilt, so we talk outside after.\n\n{sig}\nLau Pa Sat Satay No. 7",
   "Lau Pa Sat Satay No. 7", "satayno7.example", tz="sg")
mo("interview", "iv-island", "Interview – Customer Service Officer",
   "Dear {n},\n\nA video interview for Customer Service Officer is booked for {dl} at 10:00 local time. Unfortunately the island's internet can be slow in the mornings, so keep a phone handy in case we need to switch.\n\nHuman Resources\nShire of Cocos (Keeling) Islands",
   "Shire of Cocos (Keeling) Islands", "shirecocos.example", tz="cc")
mo("interview", "iv-summer", "Summer placement – interview",
   "Dear {n},\n\nThe volcanology field station summer placement panel would like a word with you. Your interview is on {dl} by video. Unfortunately vog can knock out our connection, so we may call you by phone instead.\n\nStudent Programmes\nKīlauea Volcanology Field Station",
   "Kīlauea Volcanology Field Station", "kilaueafield.example", tz="hst")
mo("interview", "iv-donut", "Trial shift",
   "Hi {n},\n\nFryer trial: {dl}, 5 am. Unfortunately the back door is jammed, so knock at the front.\n\n{sig}\nShediac Donut House",
   "Shediac Donut House", "shediacdonut.example", tz="cat")
mo("interview", "iv-cancel", "Interview invitation – Roading Technician",
   "Dear {n},\n\nRe your Roading Technician application: your interview is set for {dl} at 1.30 pm at the council offices. Unfortunately visitor parking is limited while the front yard is resealed.\n\n{sig}\nWaimate District Council",
   "Waimate District Council", "waimatedc.example", tz="nz")
mo("next_steps", "ns-island", "Documents needed – {role}",
   "Dear {n},\n\nBefore we can confirm your interview for {role}, please send a certified copy of your passport and the names of two referees by {dl}. Unfortunately we cannot accept phone photos of documents.\n\nHuman Resources, {co}",
   ("Shire of Christmas Island", "Shire of Cocos (Keeling) Islands"), ("shirexmas.example", "shirecocos.example"), tz=("cx", "cc"),
   role=("Works Supervisor", "Plant Mechanic"))
mo("next_steps", "ns-rc", "References for the {x} role",
   "Hi {n},\n\nThe client's keen to progress you. Please complete the reference and right-to-work forms on their portal by {dl}. Unfortunately the portal logs you out after five idle minutes, so have the details ready before you start.\n\n{sig}\n{co}",
   ("Paperline Recruitment", "High Line Plant Staffing"), ("paperlinerec.example", "highline.example"), tz=("uk", "cac"),
   x=("rewinder operator", "granulation"))
mo("next_steps", "ns-psc", "Document verification – {role}",
   "Dear Candidate,\n\nReport for verification of documents relating to Junior Engineer recruitment on {dl} at 10:00 AM with originals of all certificates. Candidates absent on the day shall forfeit their candidature.\n\nSecretary\nHimachal Pradesh Public Service Commission",
   "Himachal Pradesh Public Service Commission", "hppsc.example", frm="{co} <results@{dom}>", tz="in")
mo("next_steps", "ns-ic", "Next step: assembly aptitude test",
   "Dear {n},\n\nYour application for Assembly Team Member has moved forward. Please book your 30-minute hand-tool aptitude test by {dl} via your candidate portal.\n\nCradle Hollow Cribs Hiring",
   "Cradle Hollow Cribs", "cradlehollow.example", frm="{co} Hiring <donotreply@icims.{dom}>", tz="use")
mo("next_steps", "ns-sr", "Book your skills test",
   "<html><body><p>Dear {n},</p><p>Your application for Buffing Cell Lead is at stage <b>Skills test</b>. Please choose a test slot before <b>{dl}</b>.</p><p>Sheaf Flatware recruitment</p></body></html>",
   "Sheaf Flatware", "sheafflatware.example", frm="{co} <notifications@smartrecruiters.{dom}>", tz="uk")
mo("next_steps", "ns-sandstone", "Method statement task",
   "Hi {n},\n\nAs the next step, please write a one-page method statement for repointing a sandstone parapet and email it over by {dl}. Unfortunately we can't open Pages files, so Word or PDF please.\n\n{sig}\nHawkesbury Sandstone Repair",
   "Hawkesbury Sandstone Repair", "hawkesburysandstone.example", tz="au")
mo("next_steps", "ns-coop", "Co-op agreement to sign",
   "Hi {n},\n\nWelcome aboard for the co-op term. Please sign the placement agreement and upload your safety orientation certificate by {dl}.\n\nCo-op Coordinator\nLibby Vermiculite Reclamation Lab",
   "Libby Vermiculite Reclamation Lab", "libbyvermiculite.example", tz="usm")
mo("next_steps", "ns-grad", "Assessment day – questionnaire",
   "Dear {n},\n\nAhead of the graduate assessment day, finish the online work-style questionnaire (roughly 25 minutes) by {dl}.\n\nGraduate Programme Office\nGilgil Diatomite Plant",
   "Gilgil Diatomite Plant", "gilgildiatomite.example", tz="ke")
mo("next_steps", "ns-medical", "Pre-employment medical",
   "Dear {n},\n\nYour Furnace Operator application goes ahead once a pre-employment medical is passed. Please attend the clinic on {dl}; bring your ID. Unfortunately the clinic cannot reschedule at short notice.\n\n{sig}\nGravelotte Antimony Works",
   "Gravelotte Antimony Works", "gravelotteantimony.example", tz="za")
mo("offer", "of-lv", "Offer – {role}",
   "Hi {n},\n\nGreat news — the {role} job is yours — say the word, starting {dl}. Unfortunately staff parking is full until the extension opens, so you'll need to park on the street for a few weeks.\n\n{sig}, People team, {co}",
   ("Oatfield Granola", "Alpenglow Muesli"), ("oatfieldgranola.example", "alpenglowmuesli.example"), tz=("ie", "cam"),
   frm="{sig} <{sl}@hire.lever.{dom}>", role=("Packaging Technician", "Night Shift Operator"))
mo("offer", "of-chipper", "The job's yours",
   "{n},\n\nCounter job — it's yours. Start {dl}. Unfortunately the till's playing up so you'll be on cash for the first week.\n\n{sig}\nBishop Street Chipper, Tuam",
   "Bishop Street Chipper, Tuam", "bishopstchipper.example", tz="ie")
mo("offer", "of-hokeypokey", "Job offer – Packer",
   "Kia ora {n},\n\nYou've got the packer spot for the summer run, starting {dl}. Contract attached; sign it and return it when it suits.\n\n{sig}\nBenvenue Hokey Pokey",
   "Benvenue Hokey Pokey", "benvenuehp.example", tz="nz")
mo("offer", "of-lamington", "Weekend counter – offer",
   "Hi {n},\n\nWeekend counter's yours, {dl} onwards. The uniform shirts haven't arrived yet (unfortunately), so wear something plain.\n\n{sig}\nRuthven Street Lamingtons",
   "Ruthven Street Lamingtons", "ruthvenstreet.example", tz="auq")
mo("offer", "of-th-phonekiosk", "RE: [EXT] Re: Repair technician",
   "Hi {n},\n\nThe weekend technician hours are yours, if that suits, from {dl}. Unfortunately the kiosk's card machine is down, so cash only at first.\n\n{sig}\n\n" + RULE + "Subject: Re: Repair technician\n\nHi {sf}, any update? {n}",
   "FixPoint Mobile Phone Repairs", "fixpointmobile.example", tz="uk")
mo("offer", "of-hotsauce", "Market weekends – offer",
   "{n},\n\nWant the Saturday market table? It's yours from {dl}, $19 an hour plus a jar a week. Unfortunately our van's AC is busted, so dress light.\n\n{sig}\nScorpion Ridge Chili Crisp",
   "Scorpion Ridge Chili Crisp", "scorpionridge.example", tz="usc")
mo("offer", "of-bh", "Offer of employment",
   "Hello {n},\n\nThe Press Operator job at Heartland Molasses Licks is yours, starting {dl}. Unfortunately the painters have the smoko room that week, so bring a thermos.\n\n{sig}",
   "Heartland Molasses Licks", "heartlandlicks.example", tz="nz")
mo("offer", "of-silica", "Offer – via Outback Minerals",
   "Hi {n},\n\nThe client's written offer has landed for the diatomite plant operations lead, start date {dl}. Read the contract through and ring me if anything in it looks off.\n\n{sig}\nOutback Minerals Recruitment",
   "Outback Minerals Recruitment", "outbackminerals.example", tz="wa")
mo("offer", "of-summer", "Placement offer",
   "Dear {n},\n\nA summer placement at the mangrove research station is yours, starting {dl}, if you accept. Unfortunately station housing is full, so we'll help you find a room in town.\n\nStudent Programmes\nTrinity Inlet Mangrove Research Station",
   "Trinity Inlet Mangrove Research Station", "trinitymangrove.example", tz="auq")
mo("offer", "of-th-bento", "RE: [EXT] RE: Prep cook",
   "Hi {n},\n\nChef wants you on the weekday prep shifts from {dl}. Unfortunately our walk-in fridge gets replaced then, so the first days will be short.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Prep cook\n\nThanks {sf}, let me know about the weekday shifts.",
   "Hanami Bento Kitchen", "hanamibento.example", tz="usp")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ot-review", "Status: {role}",
   "Application {ref} · {role} · {co}\nStatus: In review\nNobody who applied has had a decision recorded so far.",
   ("Hemline Curtain Manufacturing", "Eyelet & Press-Stud Supply"), ("hemlinecurtain.example", "eyeletsupply.example"), tz=("uk", "usc"),
   role=("Pleating Operative", "Toolroom Assistant"), frm="{co} <status@{dom}>")
mo("other_job", "ot-withdrawn", "Application withdrawn",
   "<html><body><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn at your request</td></tr></table><p>{co}</p></body></html>",
   ("Castor Trolley Systems", "Softfold Nappy Co"), ("castortrolley.example", "softfoldnappy.example"), tz=("au", "za"),
   role=("Castor Assembler", "Quality Controller"), frm="{co} Careers <noreply@{dom}>")
mo("other_job", "ot-delay", "Roading Engineer – timing update",
   "Dear {n},\n\nA quick note: with two of the panel on leave, shortlisting for Roading Engineer now starts a fortnight later. Nothing has been scored so far.\n\n{sig}\nWaimate District Council",
   "Waimate District Council", "waimatedc.example", tz="nz")
mo("job_alert", "ja-carhire", "New roles near you",
   "Hi {n},\n\nThree new roles at branches near you:\n• Customer Service Agent – Stansted\n• Vehicle Valeter – Luton\n• Shuttle Driver – Cambridge\n\nApply on our careers page." + CARHIRE,
   "Kerbside Car Hire", "kerbsidecarhire.example", tz="uk")
mo("job_alert", "ja-froyo", "Openings this week",
   "Hi {n},\n\nNew openings near you: Team Member (Rogers), Shift Supervisor (Gentry). Tap to apply in two minutes." + FROYO,
   "Swirl Station Paletas", "swirlstation.example", tz="usc")
mo("job_alert", "ja-sunglasses", "Store roles this week",
   "Hi {n},\n\nThis week's store roles: Sales Consultant (Bowen), Assistant Manager (Proserpine).\n\n{co} Talent" + SUNNIES,
   "Glare Co Sunglasses", "glareco.example", tz="au")
mo("recruiter_outreach", "ro-tissue", "Tissue converting roles in Fife",
   "Hi {n},\n\nI'm working on two converting line roles at a tissue site near Glenrothes, days and continental shifts. Your profile looks a good fit. Fancy a chat this week?\n\n{sig}\nPaperline Recruitment",
   "Paperline Recruitment", "paperlinerec.example", tz="uk")
mo("recruiter_outreach", "ro-spongeiron", "Opportunity – Furnace Operations",
   "Dear {n},\n\nYour profile fits an opening I'm handling: Rotary Furnace Operations Head at a DRI unit in Bellary district. If keen, kindly revert with CTC details and notice period.\n\n{sig}\nRaigarh Executive Search",
   "Raigarh Executive Search", "raigarhsearch.example", tz="in")
mo("non_job_rejection_words", "nj-plot", "Bench slot waiting list",
   "Hi {n},\n\nYou asked for a bench slot at the Tanyard Lane hackerspace. All twelve slots went to members who'd been queuing longer; you stay on the list for next spring.\n\n{sig}",
   "Tanyard Lane Hackerspace", "tanyardhack.example", tz="uk")
mo("non_job_rejection_words", "nj-flat", "The flat on Sycamore Street",
   "Hi {n},\n\nSorry — the landlord chose a different tenant for the two-bedroom on Sycamore Street. Should a similar place come up, you'll be first to hear.\n\n{sig}\nLetting agent",
   "Northgate Lettings", "northgatelettings.example", tz="cae")
mo("non_job_rejection_words", "nj-grant", "Small grant – outcome",
   "Dear {n},\n\nThank you for applying to this round of the neighbourhood small grants. We had 64 applications for nine grants, and the bird-box project missed out this round.\n\n{sig}\nSmall Grants Panel",
   "Riverside Neighbourhood Trust", "riversidetrust.example", tz="nz")
mo("non_job_rejection_words", "nj-darkroom", "Darkroom key-holder places",
   "Hi {n},\n\nThanks for coming to the induction evening. The darkroom has room for twenty key-holders and all twenty places are taken this season, so this time we're saying no — try again in August.\n\n{sig}\nSilver Halide Community Darkroom",
   "Silver Halide Community Darkroom", "silverhalide.example", tz="au")
mo("non_job_rejection_words", "nj-draw", "Allocation draw result",
   "Dear {n},\n\nWe held the stall-pitch draw for the winter night market on Tuesday; your ticket stayed in the hat this year.\n\n{sig}\nNight Market Committee",
   "Riverbank Night Market", "riverbanknightmarket.example", tz="za")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("bodger", "BlaBlaCar: new message from {sig}",
   "BlaBlaCar · message from {sig} (your ride Wycombe → Stokenchurch, Sat)\n\n\"Hi {n}, cheers for the lift chat about the pole-lathe job. Daft to say it in here, but Jem from the chair-leg group is joining me at the bodger's camp, so the spot's gone. Still happy to share the ride.\"",
   "Stokenchurch Bodgers' Camp", "blablacar.example", frm="BlaBlaCar <messages@{dom}>", tz="uk")
wo("application_received", "bodger", "BlaBlaCar: new message from {sig}",
   "BlaBlaCar · message from {sig} (your ride Thame → Stokenchurch, Sun)\n\n\"Got your note about helping at the bodger's camp, {n}. Talking to two others this week. You or them, you'll know via this chat by Friday.\"",
   "Stokenchurch Bodgers' Camp", "blablacar.example", frm="BlaBlaCar <messages@{dom}>", tz="uk")
wr("knifemaker", "Vipps: {sig} sent you 250 kr",
   "Vipps\n{sig} sent you 250 kr\nMessage: \"Bus ticket back, {n}. The knifemaker place in our workshop we give to Håvard, he forged blades with us already two winters. Thank you for the day.\"",
   "Lunde Smie", "vipps.example", frm="Vipps <varsel@{dom}>", tz="no")
wo("interview", "knifemaker", "Vipps: {sig} sent you 120 kr",
   "Vipps\n{sig} sent you 120 kr\nMessage: \"For the train, {n}. Forging trial is {dl} 09:00 in the workshop. Unfortunately the big hammer is broken so we use the small one.\"",
   "Lunde Smie", "vipps.example", frm="Vipps <varsel@{dom}>", tz="no")
wr("toastmaster", "Lark: {sig} sent you a message",
   "[Lark] {sig} (Events, {co})\n\nHi {n}, thank you for doing the mock toast at the ballroom. Management has decided to give the toastmaster post to Mr. Desmond Teo, who hosted our anniversary dinners for many years already. Appreciate your time.",
   "Telok Ayer Banquets", "larksuite.example", frm="Lark <notify@{dom}>", tz="sg")
wo("application_received", "toastmaster", "Lark: {sig} sent you a message",
   "[Lark] {sig} (Events, {co})\n\nHi {n}, received your CV for the toastmaster post, thanks. We see four people. Chosen or not chosen, I reply you here in Lark.",
   "Telok Ayer Banquets", "larksuite.example", frm="Lark <notify@{dom}>", tz="sg")
wr("lightkeeper", "Iridium message from +8816-{ref}",
   "IRIDIUM SBD MSG\nFROM: {sig} ENLLI STATION\nTO {n}: THANKS FOR COMING OVER ON THE BOAT. RELIEF LIGHTKEEPER POST GOES TO OWAIN PRITCHARD WHO DID SUMMERS HERE BEFORE. SAFE TRAVELS. ENDS",
   "Enlli Station Trust", "iridiumgw.example", frm="Iridium SBD Service <sbd@{dom}>", tz="uk")
wo("interview", "lightkeeper", "Iridium message from +8816-{ref}",
   "IRIDIUM SBD MSG\nFROM: {sig} ENLLI STATION\nTO {n}: CAN YOU COME OVER ON {dl} FOR A LOOK ROUND AND A TALK ABOUT RELIEF LIGHTKEEPER. UNFORTUNATELY THE LANDING STEPS ARE SLIPPY SO WEAR GRIPPY BOOTS. ENDS",
   "Enlli Station Trust", "iridiumgw.example", frm="Iridium SBD Service <sbd@{dom}>", tz="uk")
wr("ferryman", "Tikkie: {sig} paid you € 4,50",
   "Tikkie\n{sig} paid you € 4,50 — \"Bike fare back, {n}. The ferryman job on the Veerse crossing we have given to Kees; he steers the pont already in winter weekends. Good luck!\"",
   "Veerpont Zandkreek", "tikkie.example", frm="Tikkie <noreply@{dom}>", tz="nl")
wo("interview", "ferryman", "Tikkie: {sig} sent you a payment request",
   "Tikkie\n{sig} asks you for € 2,50 — \"Fare for the trial crossing, {n}: come {dl} at 08:00. Unfortunately the waiting room heater is broken, take a warm coat.\"",
   "Veerpont Zandkreek", "tikkie.example", frm="Tikkie <noreply@{dom}>", tz="nl")
wr("lengthsman", "Photo: note under the van's wiper",
   "[photo: a folded note tucked under a van's wiper, in a lay-by]\n\nTranscribed by {sig} for {n}:\n\"Sorry — the lengthsman's job on the Dales lanes is going to our Darren now he's back from the army. Thanks for clearing the culverts with me on Tuesday. — {sf}, {co}\"",
   "Swaledale Lengthsmen", "swaledalelanes.example", tz="uk")
wo("interview", "lengthsman", "Photo: note under the van's wiper",
   "[photo: a note tucked under a wiper blade]\n\n\"{n} — fancy a day on the lanes with me on {dl}? Van leaves 7.30 from the depot. Unfortunately there's no heater in the cab, so layers. — {sf}, {co}\"",
   "Swaledale Lengthsmen", "swaledalelanes.example", tz="uk")
wr("ostler", "INTERAC e-Transfer: {sig} sent you money",
   "INTERAC e-Transfer\n{sig} has sent you $40.00 (CAD).\nMessage: \"Boot deposit back, {n}. The ostler position at the stagecoach inn went to Wyatt, who has handled our stagecoach horses for three seasons. Thanks for coming out.\"",
   "Sixteen-Mile Stagecoach Inn", "interac.example", frm="INTERAC e-Transfer <notify@{dom}>", tz="cae")
wo("next_steps", "ostler", "INTERAC e-Transfer: {sig} sent you money",
   "INTERAC e-Transfer\n{sig} has sent you $25.00 (CAD).\nMessage: \"For the period boots, {n}. Drop off your first-aid card and licence (copies are fine) by {dl} so we can finish the ostler paperwork.\"",
   "Sixteen-Mile Stagecoach Inn", "interac.example", frm="INTERAC e-Transfer <notify@{dom}>", tz="cae")
wr("ferreter", "Trade Me: new message about your listing",
   "Trade Me · Message from {sig}\n\nKia ora {n}, thanks for answering my listing for a ferreter to help with the rabbits on the block. I've given the work to my neighbour's boy Hamish, he's got his own ferrets and nets. Cheers anyway.",
   "Moutere Ridge Station", "trademe.example", frm="Trade Me <messages@{dom}>", tz="nz")
wo("application_received", "ferreter", "Trade Me: new message about your listing",
   "Trade Me · Message from {sig}\n\nKia ora {n}, got your reply about the ferreting work. Few people keen. If I end up going with someone else I'll still flick you a message here.",
   "Moutere Ridge Station", "trademe.example", frm="Trade Me <messages@{dom}>", tz="nz")
wr("swineherd", "Swish: {sig} sent you 150 kr",
   "Swish\n{sig} · 150 kr\nMessage: \"For the petrol, {n}. The swineherd job in the oak pasture we give to Linnea, she has walked our pigs there since spring. Thanks for helping Saturday.\"",
   "Ekhagen Grisgård", "swish.example", frm="Swish <kvitto@{dom}>", tz="se")
wo("offer", "swineherd", "Swish: {sig} sent you 500 kr",
   "Swish\n{sig} · 500 kr\nMessage: \"Advance for the first week, {n} — the swineherd job is yours from {dl}. Unfortunately the gate by the road is broken, use the back one.\"",
   "Ekhagen Grisgård", "swish.example", frm="Swish <kvitto@{dom}>", tz="se")
wr("haberdasher", "Shopee Chat: {co} replied",
   "Shopee Chat\n{co}: Hi {n}, thanks for asking about the shop assistant job at our haberdasher stall in Campbell Street. Boss already take his cousin Siew Ling, she knows all the buttons and ribbons. Sorry ah.",
   "Campbell Street Notions Stall", "shopee.example", frm="Shopee <chat@{dom}>", tz="my")
wo("application_received", "haberdasher", "Shopee Chat: {co} replied",
   "Shopee Chat\n{co}: Hi {n}, got your message about the haberdasher job. Boss will decide next week. Take you or not, I will reply you here.",
   "Campbell Street Notions Stall", "shopee.example", frm="Shopee <chat@{dom}>", tz="my")
wr("tobacconist", "SEEK: message from {co}",
   "SEEK · Message from {co}\n\nHi {n}, thanks for interviewing for the tobacconist counter role. We've appointed Gus, who has run a pipe-and-snuff counter in the city for years.\n\n{sig}",
   "Rundle Lane Tobacconist", "seek.example", frm="SEEK <messages@{dom}>", tz="sa")
wo("application_received", "tobacconist", "SEEK: message from {co}",
   "SEEK · Message from {co}\n\nHi {n}, your application for the counter role has arrived. Should someone else get it, you'll see that here — no ghosting.\n\n{sig}",
   "Rundle Lane Tobacconist", "seek.example", frm="SEEK <messages@{dom}>", tz="sa")
wr("welldigger", "PhonePe: ₹300 received from {sig}",
   "PhonePe\n₹300 received from {sig}\nNote: \"{n} bhai travel money. Well digging work in Latur village given to Dnyaneshwar's team, they dug three wells there last summer. Thanks for coming.\"",
   "Marathwada Well Diggers", "phonepe.example", frm="PhonePe <alerts@{dom}>", tz="in")
wo("next_steps", "welldigger", "PhonePe: ₹200 received from {sig}",
   "PhonePe\n₹200 received from {sig}\nNote: \"{n} bhai for photocopy. Send Aadhaar copy and two photos by {dl} for the well digger contract.\"",
   "Marathwada Well Diggers", "phonepe.example", frm="PhonePe <alerts@{dom}>", tz="in")
wr("waterbailiff", "Starling: you received £20.00",
   "Starling Bank\nYou received £20.00 from {sig}\nReference: \"{n} TA FOR SAT. WATER BAILIFF POST WENT TO PADDY MCGURK\"",
   "Erne Water Bailiffs", "starling.example", frm="Starling Bank <notifications@{dom}>", tz="uk")
wo("next_steps", "waterbailiff", "Starling: you received £15.00",
   "Starling Bank\nYou received £15.00 from {sig}\nReference: \"{n} SEND BANK DETAILS + NI NO BY {dl}\"",
   "Erne Water Bailiffs", "starling.example", frm="Starling Bank <notifications@{dom}>", tz="uk")
wr("sacristan", "Re: St. Bonaventure friary news",
   "Hi {n},\n\n(You replied to our Mailchimp newsletter, so this comes back the same way.) Father wanted you told that the sacristan position has been given to Mr. Augustine Boateng, who has served the early Mass for eleven years. Thank you for offering.\n\n{sig}\nFriary Office\n\nSent to you as a subscriber of the friary list. Unsubscribe | Update preferences",
   "St. Bonaventure Friary", "stbonaventure.example", frm="{sig} via Mailchimp <parish@{dom}>", tz="use")
wo("application_received", "sacristan", "Re: St. Bonaventure friary news",
   "Hi {n},\n\n(Replying through the newsletter.) Grateful for your offer to serve as sacristan. Father will speak to everyone who came forward after Easter, and each of you will hear from him, chosen or not.\n\n{sig}\nFriary Office\n\nUnsubscribe | Update preferences",
   "St. Bonaventure Friary", "stbonaventure.example", frm="{sig} via Mailchimp <parish@{dom}>", tz="use")
wr("beadle", "TWINT: {sig} sent you CHF 30.00",
   "TWINT\n{sig} sent you CHF 30.00\nMessage: \"Refund of the gown hire, {n}. The beadle post for the graduation ceremonies goes to Mr. Gysin, who carried the mace for the faculty before.\"",
   "Rheinsprung University Ceremonies Office", "twint.example", frm="TWINT <no-reply@{dom}>", tz="ch")
wo("next_steps", "beadle", "TWINT: {sig} sent you CHF 20.00",
   "TWINT\n{sig} sent you CHF 20.00\nMessage: \"For the gown fitting, {n}. Please send the signed contract and your AHV number to the ceremonies office by {dl}.\"",
   "Rheinsprung University Ceremonies Office", "twint.example", frm="TWINT <no-reply@{dom}>", tz="ch")
wr("telegraphist", "SurveyMonkey: a response to your form",
   "SurveyMonkey · Volunteer telegraphist sign-up (response #{ref})\n\nComment from organiser {sig}:\n\"{n}, thanks for doing the sending test at the telegraph station. The demonstration telegraphist slot for the season has gone to Bernadette Sugrue, who learnt the key on the ships.\"",
   "Valentia Telegraph Station Museum", "surveymonkey.example", frm="SurveyMonkey <noreply@{dom}>", tz="ie")
wo("application_received", "telegraphist", "SurveyMonkey: thanks for your response",
   "SurveyMonkey · Volunteer telegraphist sign-up\n\nThanks, {n}. Your response is in. {sig} will write to every person who signs up, including anyone not picked for the season.",
   "Valentia Telegraph Station Museum", "surveymonkey.example", frm="SurveyMonkey <noreply@{dom}>", tz="ie")
wr("paperhanger", "Angi: new message from {co}",
   "Angi · Message from {co}\n\nHi {n}, thanks for meeting me at the Linden Ave job. I went with a paperhanger who did the whole grasscloth hallway at the Wendt house last fall. Appreciate you coming by.\n\n{sig}",
   "Cottonwood Wallcoverings", "angi.example", frm="Angi <messages@{dom}>", tz="usc")
wo("application_received", "paperhanger", "Angi: new message from {co}",
   "Angi · Message from {co}\n\nHi {n}, got your note about subcontracting as a paperhanger. Meeting a couple of people this week; if I pick one of them I'll still tell you here.\n\n{sig}",
   "Cottonwood Wallcoverings", "angi.example", frm="Angi <messages@{dom}>", tz="usc")
wr("roadie", "PlayStation Network: new message from {sig}",
   "PlayStation Network · message from {sig}\n\nyo {n}, good game last night. re the roadie gig for the autumn tour, the band's taking Stevo who humped their gear on the last two runs. sorry mate",
   "The Grey Drizzle", "playstation.example", frm="PlayStation <noreply@{dom}>", tz="uk")
wo("application_received", "roadie", "PlayStation Network: new message from {sig}",
   "PlayStation Network · message from {sig}\n\n{n} got your CV for the roadie gig. tour manager decides sunday. if it goes elsewhere i'll msg u here, promise",
   "The Grey Drizzle", "playstation.example", frm="PlayStation <noreply@{dom}>", tz="uk")
wr("pyrotechnician", "Feishu: {sig} sent you a message",
   "[Feishu] {sig} · {co}\n\nHi {n}, thanks for the site test on the launch platform. The pyrotechnician role for the National Day show has been given to Mr. Wong Kah Wai, who rigged our last three shows.",
   "Skyburst Shows", "feishu.example", frm="Feishu <notice@{dom}>", tz="sg")
wo("offer", "pyrotechnician", "Feishu: {sig} sent you a message",
   "[Feishu] {sig} · {co}\n\nHi {n}, the assistant pyrotechnician role for the countdown show is yours, starting {dl}. Unfortunately the launch platform has no aircon, so bring water.",
   "Skyburst Shows", "feishu.example", frm="Feishu <notice@{dom}>", tz="sg")
wr("footman", "Scan: compliments slip",
   "[scan of a compliments slip, handwritten]\n\nWith compliments — {co}\n\"{n}, thank you for attending. The footman's position at the Hall has been taken by Mr. Oliver Tregunna, who served at the shooting lunches last season. {sf}\"",
   "Ravensworth Hall Estate Office", "ravensworthhall.example", tz="uk")
wo("interview", "footman", "Scan: compliments slip",
   "[scan of a compliments slip, handwritten]\n\nWith compliments — {co}\n\"{n}, the house steward will see you on {dl} at 2 pm, service door. Unfortunately the main drive is closed for resurfacing. {sf}\"",
   "Ravensworth Hall Estate Office", "ravensworthhall.example", tz="uk")
wr("longshoreman", "Beeper message",
   "PAGE 1/1 FROM HALL DISPATCH ({sig})\n{n}: CASUAL LONGSHOREMAN BOARD FILLED FOR B-LIST. SLOT WENT TO R. AGUILAR (SENIORITY). NO CALL TOMORROW.",
   "Local 9 Casual Dispatch Hall", "beepergw.example", frm="Beeper Service <page@{dom}>", tz="usp")
wo("application_received", "longshoreman", "Beeper message",
   "PAGE 1/1 FROM HALL DISPATCH ({sig})\n{n}: CASUAL CARD APPLICATION LOGGED. IF NOT PICKED THIS ROUND YOU WILL GET A PAGE SAYING SO.",
   "Local 9 Casual Dispatch Hall", "beepergw.example", frm="Beeper Service <page@{dom}>", tz="usp")
wr("prospector", "EcoCash: you have received USD 15.00",
   "EcoCash\nYou have received USD 15.00 from {sig}.\nRef: \"Bus fare {n}. Prospector job on the Munyati claim given to Mr Moyo who panned the river with us since June\"",
   "Munyati Prospecting Syndicate", "ecocash.example", frm="EcoCash <alerts@{dom}>", tz="zw")
wo("next_steps", "prospector", "EcoCash: you have received USD 5.00",
   "EcoCash\nYou have received USD 5.00 from {sig}.\nRef: \"{n} for certified copies. Bring ID + mining permit copy to the claim office by {dl}\"",
   "Munyati Prospecting Syndicate", "ecocash.example", frm="EcoCash <alerts@{dom}>", tz="zw")
wr("calamansigatherer", "GCash: you received ₱500.00",
   "GCash\nYou received ₱500.00 from {sig}.\nMessage: \"Pamasahe {n}. The calamansi gatherer slot at the farm we gave to Jomar, he harvests with us since last year. Salamat po.\"",
   "Naujan Calamansi Farm", "gcash.example", frm="GCash <noreply@{dom}>", tz="ph")
wo("offer", "calamansigatherer", "GCash: you received ₱1,000.00",
   "GCash\nYou received ₱1,000.00 from {sig}.\nMessage: \"Advance {n}! The calamansi gatherer slot is yours, start {dl}. Unfortunately the tricycle to the farm is slow, we leave early.\"",
   "Naujan Calamansi Farm", "gcash.example", frm="GCash <noreply@{dom}>", tz="ph")
wr("espartoplaiter", "Bizum: you have received 20,00 €",
   "Bizum\nYou have received 20,00 € from {sig}\nConcept: \"Gasolina {n}. The esparto plaiter place we give to Nacho, he plaits with his grandmother since small. Thanks for Sunday.\"",
   "Esparteria del Jiloca", "bizum.example", frm="Bizum <avisos@{dom}>", tz="es")
wo("interview", "espartoplaiter", "Bizum: you have received 10,00 €",
   "Bizum\nYou have received 10,00 € from {sig}\nConcept: \"{n} come {dl} 8:00 to the workshop for plaiting trial. Unfortunately the heater is broken, bring jumper.\"",
   "Esparteria del Jiloca", "bizum.example", frm="Bizum <avisos@{dom}>", tz="es")
wr("rouseabout", "Payment received via PayID",
   "You've received $60.00 via PayID from {sig}\nDescription: \"{n} fuel money. Rouseabout spot this season goes to Deb Pyke she worked our shed before\"",
   "Yarrawonga Downs", "payid.example", frm="Bank Notifications <alerts@{dom}>", tz="au")
wo("offer", "rouseabout", "Payment received via PayID",
   "You've received $100.00 via PayID from {sig}\nDescription: \"{n} deposit for the rouseabout spot, start {dl}. Unfortunately the quarters roof leaks, bring a tarp\"",
   "Yarrawonga Downs", "payid.example", frm="Bank Notifications <alerts@{dom}>", tz="au")
wo("job_alert", "alert", "Trade Me Jobs: new listings",
   "Trade Me Jobs · new listings for \"farm hand\" near you\n\n• Rabbiter and ferreter – Moutere\n• Possum trapper – Takaka\n• Scrub clearer – Riwaka\n\nView all listings",
   "Trade Me Jobs", "trademe.example", frm="Trade Me Jobs <alerts@{dom}>", tz="nz")
wo("non_job_rejection_words", "nonjob", "Couchsurfing: reply to your request",
   "Couchsurfing · {sig} replied\n\n\"Hi {n}, sorry — I've already said yes to two other travellers for those nights, so the couch is taken. Enjoy Tromsø!\"",
   "Couchsurfing", "couchsurfing.example", frm="Couchsurfing <noreply@{dom}>", tz="no")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في معمل الجميد",
   "مرحباً {n}،\n\nشكراً لأنك جئت إلى المعمل يوم الأحد. قرّرنا أن نعطي مكان مساعد التجفيف لرنا، ابنة أخت صاحب المعمل، فهي تساعدنا في تشكيل كرات الجميد منذ الربيع.\n\nمع تمنياتنا لك بالتوفيق،\n{sig}\n{co}",
   "معمل جميد الطفيلة", "tafilah-jameed.example", tz="jo", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "أهلاً {n}،\n\nاستلمنا طلبك للعمل في معمل الجميد. وإن ذهب المكان لغيرك فسنخبرك بنفسنا قبل آخر الشهر.\n\n{sig}\n{co}",
   "معمل جميد الطفيلة", "tafilah-jameed.example", tz="jo", lang="ar")
wr("de", "Ihr Probetag in der Baumkuchenstube",
   "Hallo {n},\n\ndanke, dass Sie zum Probetag zu uns gekommen sind. Die Stelle am Teigkessel hat inzwischen Frau Kessler übernommen, die uns schon drei Adventszeiten lang ausgeholfen hat.\n\nAlles Gute\n{sig}\n{co}",
   "Baumkuchen Wunderlich, Salzwedel", "baumkuchen-wunderlich.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probetag",
   "Hallo {n},\n\nhätten Sie am {dl} ab 7 Uhr Zeit für einen Probetag? Leider ist der Hof vor der Backstube wegen Bauarbeiten gesperrt, bitte kommen Sie über den Seiteneingang.\n\n{sig}\n{co}",
   "Baumkuchen Wunderlich, Salzwedel", "baumkuchen-wunderlich.example", tz="de", lang="de")
wr("es", "Puesto en el taller de abanicos",
   "Hola {n}:\n\nTe agradecemos la mañana de prueba en el taller. Al final el puesto de montador de varillas se lo hemos dado a Paco Verdú, que lleva veinte años pintando abanicos en el taller de su tío.\n\nUn saludo,\n{sig}\n{co}",
   "Ventalls Candela, Aldaia", "ventallscandela.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola {n}:\n\nTu solicitud para el taller de abanicos ya está con nosotros. Te cojamos o no, tendrás respuesta nuestra antes del 20.\n\n{sig}\n{co}",
   "Ventalls Candela, Aldaia", "ventallscandela.example", tz="es", lang="es")
wr("fr", "Poste de glaceur",
   "Bonjour {n},\n\nMerci d'être passé à la confiserie mardi. Le poste de glaceur a été confié à Mathilde, qui nous aide déjà chaque hiver et connaît le glaçage royal par cœur.\n\nBien cordialement,\n{sig}\n{co}",
   "Calissons Roubaud, Aix", "calissons-roubaud.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir",
   "Bonjour {n},\n\nPour finaliser votre embauche à la confiserie, il nous manque encore votre carte d'identité (en copie) et l'attestation de la Sécu ; envoyez-les-nous d'ici le {dl}.\n\n{sig}\n{co}",
   "Calissons Roubaud, Aix", "calissons-roubaud.example", tz="fr", lang="fr")
wr("hi", "शजर कारख़ाने में पद के बारे में",
   "नमस्ते {n} जी,\n\nआप कारख़ाने तक आईं, बहुत आभार। शजर पत्थर की कटाई वाला पद हमने सलीम भाई के बेटे आरिफ़ को दे दिया है, जो बचपन से पिता के साथ पत्थर तराश रहे हैं।\n\nख़ुश रहिए,\n{sig}\n{co}",
   "बांदा शजर कारख़ाना", "banda-shajar.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँची",
   "नमस्ते {n} जी,\n\nशजर कारख़ाने ने आपका पत्र दर्ज कर लिया है। चयन हो या न हो, हर आवेदक को डाक से सूचना भेजी जाएगी।\n\n{sig}\n{co}",
   "बांदा शजर कारख़ाना", "banda-shajar.example", tz="in", lang="hi")
wr("it", "Colloquio per il laboratorio",
   "Gentile {n},\n\nla ringraziamo per il colloquio in laboratorio. Come addetto alla canditura della frutta abbiamo preso Lorenzo, che ha già fatto due stagioni con noi.\n\nCordiali saluti,\n{sig}\n{co}",
   "Mostarderia Zaffanella, Mantova", "mostarderia-zaffanella.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nil posto alla canditura è suo, se lo desidera, dal {dl}. Purtroppo il cortile interno resta chiuso per i lavori, quindi conviene venire in bicicletta o in autobus.\n\n{sig}\n{co}",
   "Mostarderia Zaffanella, Mantova", "mostarderia-zaffanella.example", tz="it", lang="it")
wr("ja", "織り手見習いの件",
   "{n}様\n\n先日は工房までお越しいただき、ありがとうございました。織り手見習いの件ですが、以前から当工房で糸繰りを手伝ってくれていた方に決まりました。\n\n今後のご活躍をお祈りしております。\n{sig}\n{co}",
   "西陣 奥田織物工房", "okuda-orimono.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内",
   "{n}様\n\n{dl}の午前10時に工房で面接をお願いできますでしょうか。あいにく工房前の道路が工事中のため、裏口からお入りください。\n\n{sig}\n{co}",
   "西陣 奥田織物工房", "okuda-orimono.example", tz="jp", lang="ja")
wr("ko", "탈 제작 보조 채용 결과",
   "{n}님께,\n\n지난주 공방에 와 주셔서 감사합니다. 탈 제작 보조 자리는 오랫동안 저희 전수관에서 일해 온 김도윤 씨가 맡게 되었습니다.\n\n늘 건강하시고 하시는 일 잘 되길 빕니다.\n{sig}\n{co}",
   "하회탈 공방", "hahoe-mask.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내",
   "{n}님,\n\n다음 단계로 이력서 원본과 통장 사본을 {dl}까지 공방으로 보내 주세요.\n\n{sig}\n{co}",
   "하회탈 공방", "hahoe-mask.example", tz="kr", lang="ko")
wr("pt", "Lugar de tricotadeira",
   "Olá {n},\n\nFoi bom conhecê-la na oficina. Para tricotadeira das camisolas poveiras escolhemos a Marta, sobrinha da mestra, que já borda as siglas connosco aos sábados.\n\nCumprimentos,\n{sig}\n{co}",
   "Camisolas Poveiras da Lota", "camisolaspoveiras.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta",
   "Olá {n},\n\nFicamos contentes: a vaga de acabamentos fica consigo a partir de {dl}. Infelizmente a cafeteira da oficina estragou-se, traga um termo de casa.\n\n{sig}\n{co}",
   "Camisolas Poveiras da Lota", "camisolaspoveiras.example", tz="pt", lang="pt")
wr("ru", "Пробный день в мастерской",
   "Здравствуйте, {n}!\n\nБлагодарим за пробный день в мастерской миниатюрной живописи. На место подмастерья мы взяли Андрея Панова, он уже пять лет грунтует шкатулки для нашего цеха.\n\nВсего доброго,\n{sig}\n{co}",
   "Федоскинская мастерская миниатюры", "fedoskino-art.example", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена",
   "Здравствуйте, {n}!\n\nВаша заявка получена. Если мы выберем другого кандидата, мы всё равно сообщим вам об этом письмом.\n\n{sig}\n{co}",
   "Федоскинская мастерская миниатюры", "fedoskino-art.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya mshonaji kofia",
   "Habari {n},\n\nAsante kwa kuja karakana yetu wiki iliyopita. Nafasi ya mshonaji msaidizi wa kofia tumempa Bakari, mwanafunzi wa fundi mkuu ambaye amekuwa nasi tangu mwaka uliopita.\n\nTunakutakia mafanikio,\n{sig}\n{co}",
   "Karakana ya Kofia ya Siyu", "siyukofia.example", tz="ke", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Habari {n},\n\nNafasi ya msaidizi wa karakana ni yako kuanzia {dl}. Bahati mbaya, boti ya alfajiri inachelewa wiki hii, kwa hiyo njoo mapema.\n\n{sig}\n{co}",
   "Karakana ya Kofia ya Siyu", "siyukofia.example", tz="ke", lang="sw")
wr("th", "ผลการทดลองงาน",
   "เรียน คุณ{n}\n\nขอบคุณที่มาทดลองงานที่โรงทำกระดาษสาเมื่อสัปดาห์ก่อน ตำแหน่งผู้ช่วยช่างเราได้มอบให้น้องแก้ว ลูกสาวของช่างใหญ่ ซึ่งช่วยงานที่นี่มาตั้งแต่เด็ก\n\nขอให้โชคดี\n{sig}\n{co}",
   "โรงกระดาษสาต้นเปา", "tonpao-sapaper.example", tz="th", lang="th")
wo("interview", "th", "เชิญทดลองงาน",
   "เรียน คุณ{n}\n\nอยากให้มาลองทำงานที่โรงกระดาษวันที่ {dl} ตอนแปดโมงครึ่ง แต่ช่วงนี้ทางเข้าด้านหน้าปิดซ่อมอยู่ ให้อ้อมไปประตูข้างโรงย้อมนะคะ\n\n{sig}\n{co}",
   "โรงกระดาษสาต้นเปา", "tonpao-sapaper.example", tz="th", lang="th")
wr("tr", "Nakkaş yardımcısı pozisyonu",
   "Merhaba {n},\n\nAtölyeye kadar zahmet ettiniz, sağ olun. Nakkaş yardımcısı pozisyonu için iki yıldır yanımızda çırak olarak çalışan Merve Hanım'ı seçtik.\n\nİyi çalışmalar dileriz,\n{sig}\n{co}",
   "İznik Çini Atölyesi", "iznikcini.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler",
   "Merhaba {n},\n\nİşe başlamanız için nüfus cüzdanı fotokopinizi ve sağlık raporunuzu {dl} tarihine kadar atölyeye getirmenizi rica ederiz.\n\n{sig}\n{co}",
   "İznik Çini Atölyesi", "iznikcini.example", tz="tr", lang="tr")
wr("ur", "چھوہارا کارخانے میں آسامی",
   "محترم {n}،\n\nکارخانے آنے کا شکریہ۔ سپروائزر کی جگہ ہم نے نوید احمد کو دے دی ہے، جو دس سال سے ہمارے ہاں کھجوریں اُبال کر سکھا رہے ہیں۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}",
   "خیرپور چھوہارا ورکس", "khairpur-chhuhara.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات جمع کروائیں",
   "محترم {n}،\n\nبراہ کرم اپنا شناختی کارڈ اور دو تصاویر {dl} تک دفتر میں جمع کروا دیں تاکہ آپ کی بھرتی مکمل ہو سکے۔\n\n{sig}\n{co}",
   "خیرپور چھوہارا ورکس", "khairpur-chhuhara.example", tz="pk", lang="ur")
wr("zh", "关于彩绘助理岗位",
   "{n}您好：\n\n感谢您上周来作坊试工。彩绘助理的岗位我们已经交给了小周，她在我们这里做了三年学徒。\n\n祝一切顺利！\n{sig}\n{co}",
   "凤翔泥塑作坊", "fengxiang-nisu.example", tz="cn", lang="zh")
wo("application_received", "zh", "报名已收到",
   "{n}您好：\n\n您的报名我们已经收到。无论是否录用，我们都会在月底前给您回复。\n\n{sig}\n{co}",
   "凤翔泥塑作坊", "fengxiang-nisu.example", tz="cn", lang="zh")
# ten languages new to the slices (the writer's own rough text, unchecked by a speaker)
wr("guc", "Tü mochila-kalü",
   "Jamaya pia {n},\n\nAnayawachijaa süka pü'ünüin wapüleerua Uribia. Tü kasa ekirajaaka süpüla shi'itaain mochila, naapünüsü Yaneth, süchon Rosalba, eejeetka waya piama juya.\n\n{sig}\n{co}",
   "Mochila Wayuu Kalü", "mochilakalu.example", tz="co", lang="guc")
wo("application_received", "guc", "Pükarralouta",
   "Jamaya pia {n},\n\nAntüsü pükarralouta wamaa. Müleka wayaawata wanee wayuu ekirajaaka, anayaasü waya aküjüin pümüin saalin kashi.\n\n{sig}\n{co}",
   "Mochila Wayuu Kalü", "mochilakalu.example", tz="co", lang="guc")
wr("suk", "Mlimo gwa pikipiki",
   "Mwangaluka {n},\n\nWabeja gwiza ku kituo cha pikipiki. Mlimo gwa kudalaja pikipiki twamupa Masanja, ng'wana wa mwenekiti, uyo alitumama na hase ha myaka ibili.\n\n{sig}\n{co}",
   "Kituo cha Pikipiki Kahama", "kahamapikipiki.example", tz="tz", lang="suk")
wo("application_received", "suk", "Barua yako",
   "Mwangaluka {n},\n\nTwapokela barua yako. Nulu twamusola mungi, tukulemwila hangi mapema.\n\n{sig}\n{co}",
   "Kituo cha Pikipiki Kahama", "kahamapikipiki.example", tz="tz", lang="suk")
wr("evn", "Буран дептылкэн",
   "Дорова, {n}!\n\nАйат, бакалдыдяп. Буран дептылкэн гиркилвэ Мирон Удыгир гадерэн, нуӈан хэгды аминдукин буранил дептылдерэн.\n\n{sig}\n{co}",
   "Байкит буран дептылкэн", "baykit-buran.example", tz="krs", lang="evn")
wo("application_received", "evn", "Бичиквэ гапчим",
   "Дорова, {n}!\n\nБичиквэ си гапчим. Ӈи-дэ гадякин, би синэ бичикилдулэ мэтэдэӈэв.\n\n{sig}\n{co}",
   "Байкит буран дептылкэн", "baykit-buran.example", tz="krs", lang="evn")
wr("taj", "लजरी गे",
   "फ्याफुल्ला {n},\n\nङाच्छाला लजरी खबारी थुजेछे। कुक्‌री गे ङाच्छाजी दोर्जे तामाङलाई पिंजी, थे ङाच्छारी सुम बर्ष केप्‌मुला।\n\n{sig}\n{co}",
   "स्याफ्रुबेसी लज", "syabrubesilodge.example", tz="np", lang="taj")
wo("application_received", "taj", "चिठी ताजी",
   "फ्याफुल्ला {n},\n\nएदा चिठी ङाच्छाला ताजी। एलाई सेजी आरे सेजी, ङाच्छाजी चिठी ल्हाक्पा पिंला।\n\n{sig}\n{co}",
   "स्याफ्रुबेसी लज", "syabrubesilodge.example", tz="np", lang="taj")
wr("aar", "Taama kusinah",
   "Salaam {n},\n\nNee mekelah temeete gideh galatah. Kusinah taama Ali Hamadu'l neh aceeh, usuk nee luk namma liggida taamitak sugeh.\n\n{sig}\n{co}",
   "Semera Gital Makaayo", "semeramakaayo.example", tz="et", lang="aar")
wo("interview", "aar", "Temeete",
   "Salaam {n},\n\n{dl} saaku saaqat 9 mekelah temeete. Nummah, gital taqabbi yan, aroocal kaadu tamaate.\n\n{sig}\n{co}",
   "Semera Gital Makaayo", "semeramakaayo.example", tz="et", lang="aar")
wr("miq", "Kitchen wark dukiara",
   "Naksa {n},\n\nTingki pali kitchen ra balram ba dukiara. Wark ba Elvis Downs ra yabri, witin ba kuk tara luhpa, bara witin kli yawan wal wark kan.\n\n{sig}\n{co}",
   "Bilwi Rondon Kitchen", "bilwirondon.example", tz="ni", lang="miq")
wo("interview", "miq", "Balram",
   "Naksa {n},\n\nMan {dl} ra kitchen ra balram, 7 klak ra. Sari kaikisa, kitchen gate ba saura sa, tnaya ra dimaia.\n\n{sig}\n{co}",
   "Bilwi Rondon Kitchen", "bilwirondon.example", tz="ni", lang="miq")
wr("pjt", "Warka art centre-ngka",
   "Palya {n},\n\nUwa, art centre-ngka nyuntu pitjangu, palya mulapa. Warka panya Nyurpaya-nya tjunu, paluru nganampa art centre-ngka tjintu tjuta warkarinyi.\n\n{sig}\n{co}",
   "Pukatja Arts", "pukatja-arts.example", tz="sa", lang="pjt")
wo("next_steps", "pjt", "Pepa tjuta",
   "Palya {n},\n\nPepa tjuta yungkuntja {dl}-ngka: ID kardi munu bank pepa. Ngayulu kulira.\n\n{sig}\n{co}",
   "Pukatja Arts", "pukatja-arts.example", tz="sa", lang="pjt")
wr("yrk", "Малица мэсь",
   "Ань торова, {n}!\n\nВэвако мэсь ӈэдалёмдʼ. Ӈарка ирня мэсь Пётр Вануйтон мивы, сян пыда маньзарабцю.\n\n{sig}\n{co}",
   "Нарьян-Марская малица", "naryanmar-malitsa.example", tz="ru", lang="yrk")
wr("esu", "Qaspeq-liurvik",
   "Cama-i {n},\n\nQuyana tailuten qaspeq-liurviim-nun. Calilleq una Moses-aamun cikiutekaqa; tauna calilallruuq wangkuta-llu allrakuni malrugni.\n\n{sig}\n{co}",
   "Kuskokwim Qaspeq Sewing", "kuskokwimqaspeq.example", tz="ak", lang="esu")
wo("offer", "esu", "Calilleq elpenun",
   "Cama-i {n},\n\nCalilleq elpet-ggun, {dl}-mi ayagnirluten. Taugaam mikilnguut sewing machine-at assiitellriit, unuakumi tekiskina.\n\n{sig}\n{co}",
   "Kuskokwim Qaspeq Sewing", "kuskokwimqaspeq.example", tz="ak", lang="esu")
wr("srm", "Di wooko a boto",
   "Ódi {n},\n\nGaantangi fu i bi kon a di boto. Di wooko fu boto-man u da Kofi, di mii fu di basia; a bi ta wooko ku u tu jaa kaa.\n\n{sig}\n{co}",
   "Atjoni Korjaal Tjali", "atjonikorjaal.example", tz="sr", lang="srm")

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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "evn": "{dd}.{mm}.{y}",
    "yrk": "{dd}.{mm}.{y}", "hi": "{d}/{m}/{y}", "taj": "{d}/{m}/{y}",
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
        rec["id"] = f"blind47:{short}-{counters[short]:03d}"
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
