# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-first sealed blind slice for issue 11 (blind-slice-191.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 191; slice 191, slice 192 and later never read; our side printed)
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

SEED = 1911911
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-191.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 191
SKIP_FROM = 191  # this slice, slice 192 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Hesper Blowers", "Ousman Jallow", "Pranjal Khandelwal", "Deangelo Rolle", "Mairead Gallant",
    "Urška Kovačič", "Sabin Shrestha", "Fenella Catchpole", "Isatou Ceesay", "Yashasvi Dubey",
    "Shavonne Ferguson", "Lorne MacEachern", "Nejc Zupančič", "Sarmila Thapa Magar", "Clemency Quibell",
    "Lamin Touray", "Devyani Holkar", "Tyrique Pinder", "Brontë Arsenault", "Maruša Golob",
    "Pemba Dorje Lama", "Ffion-Ottoline Feeney", "Jarvis Whitlock", "Zillah Ormerod", "Thandiwe Mokoena",
    "Tūī Tipene", "Lachie Fairweather", "Benedetta Yiu", "Yaw Boadu-Mensah", "Íde Brogan",
    "Chidubem Ukaegbu", "Bláithín Halpin", "Ritika Parmar", "Garfield Munnings", "Ivana Zorko",
]
GIVEN = {"Pemba Dorje Lama": "Pemba", "Sarmila Thapa Magar": "Sarmila", "Yaw Boadu-Mensah": "Yaw"}
REGION_SIGNERS = {
    "sf": ["Hollis Pettitt", "Marjorie Gladwell", "Clement Borrett", "Dulcie Kerridge"],
    "gm": ["Fatoumatta Njie", "Modou Lamin Sanneh", "Haddy Jobarteh"],
    "ind": ["Sunanda Malviya", "Rakesh Chouksey", "Neelima Jaiswal"],
    "bs": ["Latrice Knowles", "Dwayne Cartwright", "Philippa Sands"],
    "pe": ["Colleen MacPhail", "Réjean Gaudet", "Wendell Coffin"],
    "si": ["Mojca Hribar", "Rok Kastelic", "Tjaša Vidmar"],
    "np": ["Sushila Adhikari", "Bikash Gurung", "Rojina Maharjan"],
    "uk": ["Perpetua Hallam", "Ravinder Sohal", "Gideon Thwaite"],
    "ie": ["Caoimhe Drennan", "Fergal Cusack"],
    "us": ["LaToya Beasley", "Everett Kuykendall", "Maribel Quintanilla"],
    "au": ["Shona McCallum", "Dimity Pearce"], "nz": ["Whetu Paraone", "Fraser Lockie"],
    "za": ["Refilwe Mahlangu", "Hendrik du Plessis"],
}
GENERAL = ["Avery Lindqvist", "Morgan Achterberg", "Jules Okafor-Byrne"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "ns": "pe"}
LANG_SIGNERS = {
    "ar": ["سلمى القاسمي", "مازن العبري"], "de": ["Henrike Ostermann", "Falk Rüdiger"],
    "es": ["Maite Berrocal", "Ezequiel Torralba"], "fr": ["Océane Duplessix", "Gaëtan Lemarié"],
    "hi": ["सुलोचना खरे", "दिवाकर पंत"], "it": ["Ornella Sbarra", "Gianmarco Tedeschi"],
    "ja": ["岡田 真理子", "石井 拓海"], "ko": ["윤서진", "한도윤"], "pt": ["Graça Meireles", "Duarte Pimentel"],
    "ru": ["Зинаида Ларионова", "Глеб Шестаков"], "sw": ["Neema Lyimo", "Juma Kisanga"],
    "th": ["สุดารัตน์ ชัยมงคล", "ธนกร ศรีสวัสดิ์"], "tr": ["Gülşen Aktaş", "Barış Yücel"],
    "ur": ["ثمینہ رضوی", "کامران جعفری"], "zh": ["吴秀英", "郑国栋"],
    "slk": ["Katarína Mrázová", "Peter Hudec"], "lit": ["Daiva Stankevičienė", "Rokas Urbonas"],
    "lav": ["Dace Krūmiņa", "Edgars Vītols"], "ell": ["Δέσποινα Καραγιάννη", "Στέλιος Παππάς"],
    "heb": ["מיכל אברהמי", "יואב שטרן"], "fas": ["مهسا کرمانی", "بهروز تهرانی"],
    "ben": ["মৌমিতা সাহা", "রাকিব হাসান"], "vie": ["Lương Thị Mai", "Hoàng Minh Đức"],
    "ind": ["Rahayu Wulandari", "Bambang Setiawan"], "tgl": ["Rosario Macaraeg", "Emilio Dizon-Lacson"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة البلوشي", "فيصل الحارثي"], "de": ["Svenja Kühnel", "Malte Iversen"],
    "es": ["Ainhoa Larrañaga", "Rubén Escobedo"], "fr": ["Clothilde Rigaud", "Quentin Abadie"],
    "hi": ["अनसूया सोलंकी", "अभिनव राठौर"], "it": ["Ludovica Marchi", "Tommaso Ricci"],
    "ja": ["松本 陽菜", "中村 大輝"], "ko": ["이수아", "최민재"], "pt": ["Inês Valadares", "Fradique Brandão"],
    "ru": ["Полина Ефимова", "Святослав Белов"], "sw": ["Amani Mrema", "Zuhura Salim"],
    "th": ["กมลชนก วงศ์ใหญ่", "ภูริช ทองดี"], "tr": ["Elif Şahin", "Kerem Özdemir"],
    "ur": ["ماہ نور ملک", "حسن عباسی"], "zh": ["黄雨桐", "林子轩"],
    "slk": ["Zuzana Baláková", "Matúš Kollár"], "lit": ["Austėja Žukauskaitė", "Lukas Butkus"],
    "lav": ["Anete Zariņa", "Kristaps Lapiņš"], "ell": ["Ελένη Ζαφειρίου", "Νίκος Αλεξίου"],
    "heb": ["נועה כהן-לוי", "אלישע ברק"], "fas": ["نگار رضایی", "آرش قاسمی"],
    "ben": ["তানিয়া রহমান", "সৌমিক দাস"], "vie": ["Trịnh Thu Hà", "Phan Quốc Bảo"],
    "ind": ["Ratih Anggraini", "Rizky Pratama"], "tgl": ["Lualhati Tolentino", "Jerome Bacani"],
}
PROVIDERS = ["quoinmail", "tumblepost", "larchbox", "hobmail", "sedgepost", "ripplebox"]

ZONES = {
    "sf": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "gm": ("+0000", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "si": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "bs": ("-0500", "-0400", "us"), "pe": ("-0400", "-0300", "us"), "ns": ("-0400", "-0300", "us"), "jm": ("-0500", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "ind": ("+0530", None, ""), "in": ("+0530", None, ""),
    "np": ("+0545", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "bs", "pe", "ns")
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
QNOTE = "\n{sf}, cheers for Thursday's stockroom wander. Enhanced DBS cleared last week; Mr Okonjo-Pratt, my referee, answers before ten.\n{n}"
FOOT = (
    "\n\n== {CO} · ORRINMOOR CAREERS ==\nOrrinmoor pins fresh openings every Thursday noon. Dunnockfold alerts sort them by"
    " postcode; Grindlecote Notes, our quarterly sheet, carries quiz-night tallies and retirement cakes."
    " Text ORRINSTOP to quit these. This inbox is a cul-de-sac; files are shredded at month thirty-one."
)
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Careers <no-reply@{dom}>"
mr("wd", "Update on your {co} application ({ref})", "Hello {n},\n\nAutomated note, {co} Candidate Centre: requisition {ref}, {role}, now reads \"Closed – Hired Elsewhere\". Your profile remains; other openings stay open to you.\n\nTalent Operations, {co}",
   ("Woodbridge Tide Mill Bookbinders", "Red Sands Seed Potato Co-operative"), ("tidemillbind", "redsandsseed"), frm=ATS, role=("Finishing Assistant", "Grading Line Lead"), tz=("sf", "pe"))
mr("gh", "Your application to {co}", "Hi {n},\n\nEvery {role} scorecard is in, and the panel chose other candidates. Disappointing after your hours with us, we know. Ta for meeting the team.\n\n{sig}\nPeople team, {co}",
   ("Kairaba Avenue Stationers", "Kranj Ski Wax Lab"), ("kairabastat", "kranjwax"), frm=ATS, role=("Shop Supervisor", "Lab Technician"), tz=("gm", "si"))
mr("lv", "{role} at {co}", "Dear {n},\n\nYour {role} application stops at review. Details sit ten months in our Dunnockfold pool; reply OUTDUNNOCK to go sooner.\n\n{co} Recruiting",
   ("Pithampur Auto Components", "Bay Street Perfumery"), ("pithampurauto", "baystreetscent"), frm=ATS, role=("Quality Inspector", "Fragrance Consultant"), tz=("ind", "bs"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – position offered to another applicant</td></tr></table><p>{co} hiring desk</p></body></html>",
   ("Thamel Trekking Gear", "Southwold Lighthouse Opticians"), ("thameltrek", "southwoldoptic"), frm=ATS, role=("Store Assistant", "Optical Receptionist"), tz=("np", "sf"))
mr("ic", "{co}: {role}", "Dear {n},\n\n{role} needs {x}; your form lacks it, so it ends. Other vacancies sit on our board.\n\nRecruitment, {co}",
   ("Island Lobster Cannery", "Koper Container Lashing"), ("islandlobster", "koperlash"), frm=ATS, role=("Refrigeration Mechanic", "Lashing Foreman"), x=("a Red Seal refrigeration ticket", "a valid port safety pass"), tz=("pe", "si"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) has been filled. Your application record has therefore been set to Inactive. Thank you for applying to {co}; you can reactivate your profile for future requisitions at any time.\n\n{co} Human Resources",
   ("Malwa Soya Extracts", "Bakau Fish Market Cooperative"), ("malwasoya", "bakaufishcoop"), frm=ATS, role=("Boiler Attendant", "Cold Room Clerk"), tz=("ind", "gm"))
mr("wk", "About your trial shift at {co}", "Hi {n},\n\nYour trial shift was fun for the team, yet {role} goes to somebody else. We hope you'll keep {co} in mind for the next season.\n\n{sig}",
   ("Junkanoo Costume Shack", "Pokhara Paragliding Cafe Kitchen"), ("junkanooshack", "pokharaglide"), role=("Sewing Hand", "Line Cook"), tz=("bs", "np"))
mr("bb", "{role} – thank you", "Hello {n},\n\nA colleague inside {co} now holds {role}, so your form closes. Good hunting.\n\n{sig}\nOffice Manager",
   ("Bury Abbeygate Printers", "Kotu Stream Language School"), ("abbeygateprint", "kotustream"), role=("Print Finisher", "Front Desk Coordinator"), tz=("sf", "gm"))
mr("tt", "Your application for {role}", "Hi {n}!\n\nBig thanks for applying to {co}. Many good forms came, and we went further with a candidate more near to the team's needs. Lots of luck on the way.\n\nLp,\n{sig}",
   ("Bled Rowing Centre", "Celje Zinc Coatings"), ("bledrowing", "celjezinc"), role=("Boathouse Assistant", "Plating Operator"), tz=("si", "si"))
mr("pp", "Outcome: {role} assessment", "Dear {n},\n\nOnline test for {role}: you scored {x}, against a shortlist mark of {y}, so the application ends. Ta for the effort.\n\n{co} Recruitment",
   ("Bhawarkua Printing Press", "Queen Street Bookshop"), ("bhawarkuapress", "queenstbooks"), frm=ATS, role=("Proof Reader", "Bookseller"), x=("22 out of 50", "48%"), y=("30", "60%"), tz=("ind", "pe"))
mr("jz", "{co} – {role}", "Good day {n},\n\nHiring for {role} is done, and we regret your application fell short this time. Every success to you.\n\n{sig}\n{co}",
   ("Potter's Cay Conch Stall", "Brikama Woodcarvers"), ("potterscay", "brikamacarve"), role=("Counter Hand", "Workshop Apprentice"), tz=("bs", "gm"))
mr("ab", "Re: {role} at {co}", "Hi {n},\n\nTwo founder chats, a close call, and {role} went to another candidate. Paths may cross again.\n\n{sig}",
   ("Lalitpur Drone Mapping", "Lake Road Hearing Tech"), ("lalitpurdrone", "lakeroadhear"), role=("Flight Operator", "Firmware Tester"), tz=("np", "nz"))
mr("sc", "Summer crew 2026 – {co}", "Hey {n},\n\nSummer crew at {co}: each {role} spot is taken by returning crew, with zero room left for you. Great summer to you!\n\n{sig}",
   ("Brackley Beach Mussel Farm", "Tanji Smokehouse"), ("brackleymussel", "tanjismoke"), role=("deckhand", "fish packer"), tz=("pe", "gm"))
# once
mr("s1", "Your {role} application", "Morning {n},\n\nTa for putting in for {role} at {co}. A good few come in, and someone longer on the presses got the job. Pop by sometime, mind.\n\nCheers bor,\n{sig}", "Sudbury Letterpress Works", "sudburyletter", role="Press Minder", tz="sf")
mr("s2", "Application – {role}", "Dear {n},\n\nWe thank you for your {role} form at {co}. After interviews, management has chosen another candidate. Grateful for your time; we pray something good come soon.\n\nRegards,\n{sig}", "Serrekunda Cold Store", "serrekundacold", role="Stock Controller", tz="gm")
mr("s3", "Regarding your candidature – {role}", "Respected {n},\n\nKindly note your candidature for {role} at {co} is not found suitable at present. Resume shall be retained in our records. All the best.\n\nWith regards,\n{sig}\nHR Department", "Sarafa Jewellers and Sons", "sarafajewel", role="Billing Executive", tz="ind")
mr("s4", "{role} – {co}", "Hi {n},\n\nTa for comin' by about {role}. We went with somebody longer on the water, so no callback this time. Stay sweet, hear?\n\n{sig}", "Paradise Island Marina Chandlery", "pimarinachand", role="Dock Hand", tz="bs")
mr("s5", "Thanks for applying, {n}", "Hi {n},\n\nThanks a bunch for your {role} name at {co}. Another applicant got it this time round. Maybe see you at the rink, eh.\n\n{sig}", "Stratford Curling and Social Club", "stratfordcurl", role="Bar Supervisor", tz="pe")
mr("s6", "Your application – {role}", "Dear {n},\n\nFor {role} we chose a different candidate, we regret. Much success in your further career.\n\nKind regards,\n{sig}\n{co}", "Piran Saltpan Museum Shop", "piransaltpan", role="Shop Assistant", tz="si")
mr("s7", "Application regarding {role}", "Namaste {n} ji,\n\nDhanyabad for your {role} form at {co}. Sorry, another person is selected for the post. Keep checking our page.\n\nWith best wishes,\n{sig}", "Himalayan Apple Dryers", "himapple", role="Accounts Assistant", tz="np")
mr("s8", "{co} application", "Hi {n},\n\nTa for applying as {role} at {co}. Lots came in; an interview for you isn't on the cards now. Do write again.\n\nBest,\n{sig}", "Leicester Clock Tower Cinema", "clocktowercine", role="Projectionist", tz="uk")
mr("s9", "Your application to {co}", "Hi {n},\n\nYour {role} form got a close look, and it stops there. Thanks a million for thinking of {co}, and go n-éirí leat.\n\n{sig}", "Salthill Seaweed Baths", "salthillbaths", role="Spa Attendant", tz="ie")
mr("s10", "Your {co} application", "Hi {n},\n\nAppreciate you eyeing the {role} opening at {co}. After review, other candidates go forward. Best to you.\n\n{sig}\nHR", "Tulsa Route 66 Neon Restoration", "tulsaneon", role="Sign Electrician", tz="usc")
mr("s11", "Re: {role}", "Hi {n},\n\n{role} with {co} went to someone with tall-ship time, so yours stops here. Cheers and good luck.\n\n{sig}", "Geelong Waterfront Tall Ship Trust", "geelongtallship", role="Volunteer Coordinator", tz="au")
mr("s12", "{role} at {co}", "Kia ora {n},\n\nThanks heaps for your {role} form. The appointment's made, and it's someone else this time. Ngā mihi from {co}.\n\n{sig}", "Nelson Hop Kilns Tours", "nelsonhopkiln", role="Guide", tz="nz")
mr("s13", "Application outcome: {role}", "Dear {n},\n\nYour {role} application at {co} was unsuccessful, unfortunately. Sterkte for the road ahead.\n\n{sig}\nHuman Capital", "Bloemfontein Rose Garden Nursery Supplies", "bloemrosesupply", role="Irrigation Technician", tz="za")
mr("s14", "{role} – Baltimore", "Dear {n},\n\n{co} has chosen to pursue applicants whose qualifications sit nearer {role}. Appreciate your time.\n\n{co} Talent Acquisition", "Fells Point Harbor Pilots Association", "fellspointpilot", frm=ATS, role="Dispatch Clerk", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThursday's hour was a tonic; Marjorie keeps sketching your binding-jig idea. The partners offered {role} to Wilf Gostling, who said yes yesterday.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Woodbridge Tide Mill Bookbinders", "Red Sands Seed Potato Co-operative"), ("tidemillbind", "redsandsseed"), role=("Finishing Assistant", "Grading Line Lead"), tz=("sf", "pe"))
mr("th2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nHosting you was a joy; your stock-rotation answers wowed everybody. The management has given the {role} position to Mariama Bojang, who has accepted and resumes next Monday.\n\nBest regards,\n{sig}\n\n{GM}",
   ("Kairaba Avenue Stationers", "Serrekunda Cold Store"), ("kairabastat", "serrekundacold"), role=("Shop Supervisor", "Stock Controller"), tz=("gm", "gm"))
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nYour sorting-bay presentation was liked by all, Sir especially. The directors have appointed Shri Manoj Verma as {role}; he joined the plant this week.\n\nWarm regards,\n{sig}\n\n{ORIG}",
   ("Pithampur Auto Components", "Malwa Soya Extracts"), ("pithampurauto", "malwasoya"), role=("Quality Inspector", "Boiler Attendant"), tz=("ind", "ind"))
mr("th4", "RE: [EXT] Re: Thanks for coming in", "Hey {n},\n\nMan, good sit-down, and the crew loved your regatta story. The owners went with Kendrick Bain for {role}; he said yes Friday, starts after Discovery Day.\n\nTake care,\n{sig}\n\n{RULE}",
   ("Paradise Island Marina Chandlery", "Bay Street Perfumery"), ("pimarinachand", "baystreetscent"), role=("Dock Hand", "Fragrance Consultant"), tz=("bs", "bs"))
mr("th5", "RE: [EXT] Re: {role} – follow up", "Hi {n},\n\nThanks for the drive in; your winter-schedule questions were spot on. The hiring group picked Siobhan Doiron for {role}; she signed this morning.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Queen Street Bookshop", "Stratford Curling and Social Club"), ("queenstbooks", "stratfordcurl"), role=("Bookseller", "Bar Supervisor"), tz=("pe", "pe"))
mr("th6", "RE: [EXT] Re: Our conversation", "Dear {n},\n\nMeeting you in Kranj was lovely; your test-slope feedback helped a lot. Our director has selected Blaž Kralj for {role}; he accepted and begins in two weeks.\n\nLep pozdrav,\n{sig}\n\n{GM}",
   ("Kranj Ski Wax Lab", "Koper Container Lashing"), ("kranjwax", "koperlash"), role=("Lab Technician", "Lashing Foreman"), tz=("si", "si"))
mr("th7", "RE: [EXT] Re: {role} interview", "Namaste {n},\n\nDhanyabad for the warm talk and the Annapurna photos. The board has decided on Dawa Sherpa for {role}, who has accepted the offer and will join after Tihar.\n\nWith best wishes,\n{sig}\n\n{ORIG}",
   ("Thamel Trekking Gear", "Himalayan Apple Dryers"), ("thameltrek", "himapple"), role=("Store Assistant", "Accounts Assistant"), tz=("np", "np"))
mr("th8", "RE: [EXT] Re: Meeting on Tuesday", "Hello {n},\n\nWhat a treat to chat with you about old type cases; Marjorie still has your notes pinned up. The committee settled on Ellis Noy for {role}; he accepted and is in from Monday.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Sudbury Letterpress Works", "Bury Abbeygate Printers"), ("sudburyletter", "abbeygateprint"), role=("Press Minder", "Print Finisher"), tz=("sf", "sf"))
# ---- 8 clear refusals under long footers
mr("ft1", "{role}: application result", "Dear {n},\n\nYour {role} application stops here: we shan't progress it. Luck with the hunt.\n\n{co} Talent Team{FOOT}",
   ("Orrinmoor Felixstowe Crane Training", "Orrinmoor Charlottetown Harbour Services"), ("orrinmoorfxt", "orrinmoorchtn"), frm=ATS, role=("Crane Instructor", "Line Handler"), tz=("sf", "pe"))
mr("ft2", "We've reached a decision – {role}", "Hi {n},\n\nSorry, {role} is a no for you now; a human read your form first.\n\n{co} Hiring{FOOT}",
   ("Orrinmoor Nassau Events", "Orrinmoor Banjul Printworks"), ("orrinmoornas", "orrinmoorbjl"), frm=ATS, role=("Event Porter", "Screen Printer"), tz=("bs", "gm"))
mr("ft3", "{co}: your application", "Dear {n},\n\nNo {role} offer is coming your way from us. Ta for the effort.\n\n{co} Recruitment{FOOT}",
   ("Orrinmoor Indore Logistics Park", "Orrinmoor Maribor Glass"), ("orrinmoorind", "orrinmoormbx"), frm=ATS, role=("Yard Marshal", "Glass Cutter"), tz=("ind", "si"))
mr("ft4", "Application closed – {role}", "Hi {n},\n\nWe've shut your {role} file without progressing it.\n\n{co}{FOOT}",
   ("Orrinmoor Kathmandu Travel Desk", "Orrinmoor Leicester Depot"), ("orrinmoorktm", "orrinmoorlei"), frm=ATS, role=("Ticketing Agent", "Night Picker"), tz=("np", "uk"))
# ---- 9 hedged refusals
mr("hd1", "Your application – {role}", "Dear {n},\n\nOn {role}: we were fortunate to receive applications from people whose day-to-day background sits nearer the team's work, and we have progressed those.\n\n{sig}\n{co}",
   ("Lake Road Hearing Tech", "Southwold Lighthouse Opticians"), ("lakeroadhear", "southwoldoptic"), role=("Firmware Tester", "Optical Receptionist"), tz=("nz", "sf"))
mr("hd2", "Update – {role}", "Hello {n},\n\nA quick update on {role}: the company has gone in another direction and will share the work among the existing staff. Ta for your effort.\n\n{sig}",
   ("Kotu Stream Language School", "Celje Zinc Coatings"), ("kotustream", "celjezinc"), role=("Front Desk Coordinator", "Plating Operator"), tz=("gm", "si"))
mr("hd3", "{role} at {co}", "Dear {n},\n\nThanks for speaking with us. Other applicants fit the brief a bit better on hands-on mapping hours, and we carried on with those. Well wishes.\n\n{sig}",
   ("Lalitpur Drone Mapping", "Bhawarkua Printing Press"), ("lalitpurdrone", "bhawarkuapress"), role=("Flight Operator", "Proof Reader"), tz=("np", "ind"))
mr("hd4", "Thank you, {n}", "Hi {n},\n\nThanks for meeting us about {role}. We've gone with candidates who have a little more marina experience. Nice meeting you, mate.\n\n{sig}", "Geelong Waterfront Tall Ship Trust", "geelongtallship", role="Deck Trainee", tz="au")
mr("hd5", "{role}", "Hi {n},\n\nThanks for applying. The profiles of a few other people matched our needs in the cinema a touch more closely, so {role} goes their way.\n\n{sig}", "Leicester Clock Tower Cinema", "clocktowercine", role="Duty Manager", tz="uk")
mr("hd6", "Your application", "Hi {n},\n\nWe've decided to take {role} in a different direction and bring in an agency partner this season. Thanks a million from {co}.\n\n{sig}", "Salthill Seaweed Baths", "salthillbaths", role="Spa Attendant", tz="ie")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up after our call", "Hi {n},\n\nCracking natter earlier, {n}. As flagged, the client handed {role} to a rival shortlister. Still, I've got a {x} role opening next month that suits your background. Are you free to talk Thursday?\n\n{sig}\n{co}",
   ("Saltings Recruitment Ipswich", "Gulf Stream Staffing Nassau"), ("saltingsrec", "gulfstreamstaff"), role=("Warehouse Supervisor", "Front Office Lead"), x=("stock planner", "guest services"), tz=("sf", "bs"))
mr("rc2", "After today's call – next option", "Dear {n},\n\nThanks for the phone time. The {role} client filled it internally. Another opening, {x}, suits you; okay to submit you?\n\nRegards,\n{sig}",
   ("Malwa Talent Bridge", "Kathmandu Placement Point"), ("malwatalent", "ktmplacement"), role=("Plant Accountant", "Hotel Cashier"), x=("Costing Executive in Dewas", "Cashier at a Lalitpur restaurant"), tz=("ind", "np"))
mr("rc3", "{role} update + another role", "Hi {n},\n\nHiring manager picked another person for {role}, eh. You'd still fit a maintenance planner post at a Summerside plant – shall I send your CV?\n\n{sig}", "Island Talent Partners", "islandtalent", role="Production Planner", tz="pe")
mr("rc4", "Quick note after our chat", "Hello {n},\n\nThank you for the chat. Sadly the client in Ljubljana has chosen another candidate for {role}. I do have a logistics coordinator role in Nova Gorica; would you like details?\n\n{sig}", "Adriatic People Search", "adriaticpeople", role="Export Assistant", tz="si")
mr("rc5", "Re: our call today", "Hello {n},\n\nAs discussed this morning, {role} went to one candidate with more banking years. I have put your name down for a teller post in Brikama instead and will ring you Monday.\n\n{sig}", "Smiling Coast Recruiters", "smilingcoastrec", role="Loan Officer", tz="gm")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role} ({ref})", "Dear {n},\n\nVacancy {ref}, {role}: you met the minimum requirements, but your score fell outside the top group referred to the hiring official, so this vacancy is closed to you.\n\n{co}",
   ("Suffolk County Council Recruitment", "PEI Public Service Commission"), ("suffolkcc-recruit", "peipsc"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Clerk Typist III"), tz=("sf", "pe"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nRuling on your {role} file: ineligible. Reason: {x} never arrived before the deadline, so the sift ends it here.\n\n{co}",
   ("Personnel Management Office, Banjul", "Madhya Pradesh Staff Selection Cell"), ("pmo-banjul", "mp-ssc"), frm="{co} <notices@{dom}>", role=("Assistant Secretary", "Junior Clerk"), x=("a certified WASSCE result slip", "the domicile certificate"), tz=("gm", "ind"))
mr("ps3", "Vacancy cancelled – {role}", "Dear {n},\n\nVacancy {ref} ({role}) is withdrawn; nobody gets appointed, so each application, yours too, closes.\n\n{co}",
   ("Bahamas PSC Secretariat", "Ministry of Public Administration, Ljubljana"), ("bahamaspsc", "mju-si"), frm="{co} <vacancies@{dom}>", role=("Customs Clerk", "Records Officer"), tz=("bs", "si"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten paper, {role}: your mark {x}; interview cut-off {y}. You do not advance.\n\n{co}",
   ("Lok Sewa Aayog Kathmandu Office", "Leicestershire Fire and Rescue Service"), ("psc-ktm", "leicsfire"), frm="{co} <exams@{dom}>", role=("Nayab Subba", "Control Room Operator"), x=("41 out of 100", "58%"), y=("50", "65%"), tz=("np", "uk"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\nYour application for {role} (ref {ref}) is no longer being considered.\n\n{co} Careers",
   ("Bay Street Perfumery", "Island Lobster Cannery"), ("baystreetscent", "islandlobster"), frm=ATS, role=("Fragrance Consultant", "Refrigeration Mechanic"), tz=("bs", "pe"))
mr("st2", "Application status changed", "<html><body><p>Hi {n},</p><p>Status for <b>{role}</b>: <b>No longer under consideration</b>.</p><p>{co}</p></body></html>",
   ("Pithampur Auto Components", "Kranj Ski Wax Lab"), ("pithampurauto", "kranjwax"), frm=ATS, role=("Quality Inspector", "Lab Technician"), tz=("ind", "si"))
mr("st3", "Your {co} application", "<html><body><p>Dear {n},</p><p>Heads-up: your {role} application is no longer active with us.</p><p>— {co} Talent</p></body></html>",
   ("Tulsa Route 66 Neon Restoration", "Fells Point Harbor Pilots Association"), ("tulsaneon", "fellspointpilot"), frm=ATS, role=("Sign Electrician", "Dispatch Clerk"), tz=("usc", "use"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026", "Dear {n},\n\nAbout the {co} summer internship: The selection committee had many strong forms, and this year's cohort holds no place for you.\n\n{sig}\nInternship Programme",
   ("Suffolk Coast Wildlife Trust", "Island Lobster Cannery"), ("suffolkcoastwild", "islandlobster"), tz=("sf", "pe"))
mr("in2", "Graduate Programme – decision", "Dear {n},\n\n{co} Graduate Trainee Programme: the assessment day is over and the selectors passed you by this year. Do try again.\n\n{sig}",
   ("Malwa Soya Extracts", "Gambia Groundnut Board"), ("malwasoya", "gamgroundnut"), tz=("ind", "gm"))
mr("in3", "Internship application outcome", "Hi {n},\n\n{co} internships for 2026 are all taken by other students now. Good luck with your studies.\n\n{sig}",
   ("Bled Rowing Centre", "Thamel Trekking Gear"), ("bledrowing", "thameltrek"), tz=("si", "np"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've received your application – {role}", "Hello {n},\n\nYour application for {role} (req {ref}) has reached the {co} Candidate Centre. Stages you may see: Received, Reviewing, Interview, Offer, or \"Closed – Hired Elsewhere\". Each change shows in the Centre.\n\nTalent Operations, {co}",
   ("Woodbridge Tide Mill Bookbinders", "Red Sands Seed Potato Co-operative"), ("tidemillbind", "redsandsseed"), frm=ATS, role=("Finishing Assistant", "Grading Line Lead"), tz=("sf", "pe"))
mo(A, "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form landed. Our panel reads all; if others get picked, a note tells you plainly.\n\nPeople team, {co}",
   ("Kairaba Avenue Stationers", "Kranj Ski Wax Lab"), ("kairabastat", "kranjwax"), frm=ATS, role=("Shop Supervisor", "Lab Technician"), tz=("gm", "si"))
mo(A, "a3", "{co}: application in", "Dear {n},\n\nYour {role} form is in. Chat or no, your details rest in the Dunnockfold pool ten months; reply OUTDUNNOCK to leave.\n\n{co} Recruiting",
   ("Pithampur Auto Components", "Bay Street Perfumery"), ("pithampurauto", "baystreetscent"), frm=ATS, role=("Quality Inspector", "Fragrance Consultant"), tz=("ind", "bs"))
mo(A, "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Now</th><th>May follow</th></tr><tr><td>Received</td><td>Interview / Offer / Unsuccessful – position offered to another applicant</td></tr></table><p>{co}</p></body></html>",
   ("Thamel Trekking Gear", "Southwold Lighthouse Opticians"), ("thameltrek", "southwoldoptic"), frm=ATS, role=("Store Assistant", "Optical Receptionist"), tz=("np", "sf"))
mo(A, "a5", "{co}: we have your application", "Dear {n},\n\nYour {role} form is in. Lacking {x}, screening would close it; else a recruiter reads it inside ten working days.\n\nRecruitment, {co}",
   ("Island Lobster Cannery", "Koper Container Lashing"), ("islandlobster", "koperlash"), frm=ATS, role=("Refrigeration Mechanic", "Lashing Foreman"), x=("a Red Seal refrigeration ticket", "a valid port safety pass"), tz=("pe", "si"))
mo(A, "a6", "Requisition {ref}: application logged", "Dear {n},\n\nYour application to requisition {ref} ({role}) is logged. Should another applicant fill the requisition first, your record flips to Inactive; reactivation for later posts stays possible.\n\n{co} Human Resources",
   ("Malwa Soya Extracts", "Bakau Fish Market Cooperative"), ("malwasoya", "bakaufishcoop"), frm=ATS, role=("Boiler Attendant", "Cold Room Clerk"), tz=("ind", "gm"))
mo(A, "a7", "Got your application!", "Hi {n},\n\nGot your {role} form for {co}. A few folk get trial shifts; no trial offered inside two weeks means we went with others.\n\n{sig}",
   ("Junkanoo Costume Shack", "Pokhara Paragliding Cafe Kitchen"), ("junkanooshack", "pokharaglide"), role=("Sewing Hand", "Line Cook"), tz=("bs", "np"))
mo(A, "a8", "Application for {role}", "Hello {n},\n\n{role} form received. Staff inside {co} see the post first; should one grab it, we'd tell you and close yours.\n\n{sig}\nOffice Manager",
   ("Bury Abbeygate Printers", "Kotu Stream Language School"), ("abbeygateprint", "kotustream"), role=("Print Finisher", "Front Desk Coordinator"), tz=("sf", "gm"))
mo(A, "a9", "Thanks, {n}!", "Hi {n}!\n\nWe got your application for {role}. Each of you hears, da ali ne, within three weeks. Have a nice week!\n\nLp,\n{sig}",
   ("Bled Rowing Centre", "Celje Zinc Coatings"), ("bledrowing", "celjezinc"), role=("Boathouse Assistant", "Plating Operator"), tz=("si", "si"))
mo(A, "a10", "Next: online assessment for {role}", "Dear {n},\n\nForm landed. Scores beneath the quiz threshold end a candidacy; the quiz link rides in a second mail.\n\n{co} Recruitment",
   ("Bhawarkua Printing Press", "Queen Street Bookshop"), ("bhawarkuapress", "queenstbooks"), frm=ATS, role=("Proof Reader", "Bookseller"), tz=("ind", "pe"))
mo(A, "a11", "{co} – we got it", "Good day {n},\n\nYour {role} form reach us. Shortlist folk alone get a ring; three quiet weeks mean somebody else done get it.\n\n{sig}\n{co}",
   ("Potter's Cay Conch Stall", "Brikama Woodcarvers"), ("potterscay", "brikamacarve"), role=("Counter Hand", "Workshop Apprentice"), tz=("bs", "gm"))
mo(A, "a12", "Application received: {role}", "Hi {n},\n\nThanks for applying! Both founders read every application. Hired or passed over, one founder answers personally.\n\n{sig}",
   ("Lalitpur Drone Mapping", "Lake Road Hearing Tech"), ("lalitpurdrone", "lakeroadhear"), role=("Flight Operator", "Firmware Tester"), tz=("np", "nz"))
mo(A, "a13", "Summer crew form received", "Hey {n},\n\nYour {role} crew form's in. Returners pick spots first; a full roster rolls your form on to next season by itself.\n\n{sig}",
   ("Brackley Beach Mussel Farm", "Tanji Smokehouse"), ("brackleymussel", "tanjismoke"), role=("deckhand", "fish packer"), tz=("pe", "gm"))
mo(A, "a14", "Application acknowledgement – {ref}", "Respected {n},\n\nYour candidature for {role} stands acknowledged. If the profile misses shortlist, same shall rest in our Palasia HR data bank for future requirement.\n\nWith regards,\n{sig}",
   ("Sarafa Jewellers and Sons", "Vijay Nagar Tax Consultants"), ("sarafajewel", "vntaxconsult"), role=("Billing Executive", "Article Assistant"), tz=("ind", "ind"))
mo(A, "a15", "We've got your details", "Hi {n},\n\n{role} form received. We ring applicants only on a match; either way your details stay six months.\n\n{sig}\n{co}",
   ("Leicester Clock Tower Cinema", "Salthill Seaweed Baths"), ("clocktowercine", "salthillbaths"), role=("Projectionist", "Spa Attendant"), tz=("uk", "ie"))
mo(A, "a16", "Thank you for applying – {role}", "Dear {n},\n\nYour form reach us. Picked or unpicked, each applicant gets a written reply from {co} once interviewing wraps.\n\nRegards,\n{sig}",
   ("Serrekunda Cold Store", "Piran Saltpan Museum Shop"), ("serrekundacold", "piransaltpan"), role=("Stock Controller", "Shop Assistant"), tz=("gm", "si"))
mo(A, "a17", "Application received", "Namaste {n} ji,\n\nDhanyabad for your {role} form. Not shortlisted? CV sits in our Baneshwor drawer till next opening; shortlisted ones get phone call.\n\nWith best wishes,\n{sig}",
   ("Himalayan Apple Dryers", "Birgunj Customs Brokers"), ("himapple", "birgunjcustoms"), role=("Accounts Assistant", "Documentation Clerk"), tz=("np", "np"))
mo(A, "a18", "Your application at {co}", "Hi {n},\n\nTa for putting in for {role}. Silence past month's end? Then we went another way, bud; your name stays on file.\n\n{sig}",
   ("Stratford Curling and Social Club", "Sudbury Letterpress Works"), ("stratfordcurl", "sudburyletter"), role=("Bar Supervisor", "Press Minder"), tz=("pe", "sf"))
mo(A, "a19", "Got it – {role}", "Hi {n},\n\n{role} form received. Unpicked for interview? No more mail comes, so fourteen silent days equal a no.\n\n{sig}",
   ("Paradise Island Marina Chandlery", "Geelong Waterfront Tall Ship Trust"), ("pimarinachand", "geelongtallship"), role=("Dock Hand", "Deck Trainee"), tz=("bs", "au"))
mo(A, "a20", "Application received – {co}", "Dear {n},\n\nYour {role} form arrived. Unsuccessful or not, email tells you; progress shows in your candidate account.\n\n{co} Talent Acquisition",
   ("Fells Point Harbor Pilots Association", "Tulsa Route 66 Neon Restoration"), ("fellspointpilot", "tulsaneon"), frm=ATS, role=("Dispatch Clerk", "Sign Electrician"), tz=("use", "usc"))
mo(A, "a21", "{role}: application received", "Dear {n},\n\nReceipt of your {role} form confirmed. Qualified applicants get ranked; just the top band travels on to the hiring official. Either way, a result notice follows.\n\n{co}",
   ("Suffolk County Council Recruitment", "PEI Public Service Commission"), ("suffolkcc-recruit", "peipsc"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Clerk Typist III"), tz=("sf", "pe"))
mo(A, "a22", "Acknowledgement: {role}", "Dear {n},\n\n{role} form received. Any form lacking {x} at closing gets ruled ineligible: check the upload.\n\n{co}",
   ("Personnel Management Office, Banjul", "Madhya Pradesh Staff Selection Cell"), ("pmo-banjul", "mp-ssc"), frm="{co} <notices@{dom}>", role=("Assistant Secretary", "Junior Clerk"), x=("a certified WASSCE result slip", "the domicile certificate"), tz=("gm", "ind"))
mo(A, "a23", "Internship application received", "Dear {n},\n\nYour {co} internship form is in. Few places exist; any no lands by late March.\n\n{sig}",
   ("Suffolk Coast Wildlife Trust", "Gambia Groundnut Board"), ("suffolkcoastwild", "gamgroundnut"), tz=("sf", "gm"))
mo(A, "a24", "Thanks for registering, {n}", "Hi {n},\n\nYou're registered with {co}. A client's no gets told straight, then we hunt the next fit. A call comes inside a week.\n\n{sig}",
   ("Saltings Recruitment Ipswich", "Gulf Stream Staffing Nassau"), ("saltingsrec", "gulfstreamstaff"), tz=("sf", "bs"))
mo(A, "a25", "Application received (Lok Sewa)", "Dear {n},\n\n{role} form received. Below the written exam's cut-off, no interview call comes. Exam dates go up on the Anamnagar board.\n\n{co}",
   ("Lok Sewa Aayog Kathmandu Office", "Leicestershire Fire and Rescue Service"), ("psc-ktm", "leicsfire"), frm="{co} <exams@{dom}>", role=("Nayab Subba", "Control Room Operator"), tz=("np", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "i1", "RE: [EXT] Re: {role} – second meeting", "Hi {n},\n\nThe partners want a second look at you for {role}: {dl}, ten sharp, mill door. Unfortunately Hurst & Sons are tarring the car park that day; try the quay lot.\n\n{sig}\n\n{OUT}",
   ("Woodbridge Tide Mill Bookbinders", "Queen Street Bookshop"), ("tidemillbind", "queenstbooks"), role=("Finishing Assistant", "Bookseller"), tz=("sf", "pe"))
mo(INT, "i2", "Interview invitation – {role}", "Dear {n},\n\nCome and interview for {role}: {dl}, half eleven, Kairaba entrance. Sadly the lift's dead, so ground floor it is.\n\n{sig}\n{co}",
   ("Kairaba Avenue Stationers", "Celje Zinc Coatings"), ("kairabastat", "celjezinc"), role=("Shop Supervisor", "Plating Operator"), tz=("gm", "si"))
mo(INT, "i3", "Interview call – {role}", "Respected {n},\n\nKindly note shortlisting for {role}. Report {dl}, 10 AM, Gate 2 reception. Regret the canteen is under repair; carry water.\n\n{sig}",
   ("Pithampur Auto Components", "Sarafa Jewellers and Sons"), ("pithampurauto", "sarafajewel"), role=("Quality Inspector", "Billing Executive"), tz=("ind", "ind"))
mo(INT, "i4", "RE: [EXT] Re: Come see us", "Hey {n},\n\nCan you come by {dl} at 2 for a proper sit-down about {role}? Bad news on the parking: the lot by the dock is closed, so park on Bay Street.\n\n{sig}\n\n{GM}",
   ("Paradise Island Marina Chandlery", "Bay Street Perfumery"), ("pimarinachand", "baystreetscent"), role=("Dock Hand", "Fragrance Consultant"), tz=("bs", "bs"))
mo(INT, "i5", "Interview – {role}", "Namaste {n},\n\nPlease come for {role} talk: {dl}, 1 PM, Thamel shop upstairs. Unfortunately afternoon load-shedding is scheduled; bring printed CV.\n\n{sig}\n{co}",
   ("Thamel Trekking Gear", "Himalayan Apple Dryers"), ("thameltrek", "himapple"), role=("Store Assistant", "Accounts Assistant"), tz=("np", "np"))
mo(INT, "i6", "Let's talk – {role}", "Hi {n},\n\nThanks for applying to {co}! Video call about {role}, {dl}, 16:00 your time? Sorry in advance, office wifi's dreadful; I may swap to phone.\n\n{sig}",
   ("Lalitpur Drone Mapping", "Lake Road Hearing Tech"), ("lalitpurdrone", "lakeroadhear"), role=("Flight Operator", "Firmware Tester"), tz=("np", "nz"))
mo(INT, "i7", "Trial shift – {role}", "Hi {n},\n\nTrial shift for {role}: {dl}, nine till one, front counter. Annoyingly the staff door's broken, so front it is.\n\n{sig}",
   ("Junkanoo Costume Shack", "Leicester Clock Tower Cinema"), ("junkanooshack", "clocktowercine"), role=("Sewing Hand", "Projectionist"), tz=("bs", "uk"))
mo(INT, "i8", "Interview for {role}", "Dear {n},\n\nInterview for {role} is fixed {dl}, 9:30, Serrekunda office. Regrettably the main road flooded after the rains, so allow extra time via Bertil Harding Highway.\n\n{sig}",
   ("Serrekunda Cold Store", "Kotu Stream Language School"), ("serrekundacold", "kotustream"), role=("Stock Controller", "Front Desk Coordinator"), tz=("gm", "gm"))
mo(NXT, "n1", "Next step: online assessment", "Dear {n},\n\nThanks for applying for {role}. Online quiz deadline: {dl}, midnight IST. Unfortunately its timer can't pause, so block out forty minutes.\n\n{co} Recruitment",
   ("Bhawarkua Printing Press", "Queen Street Bookshop"), ("bhawarkuapress", "queenstbooks"), frm=ATS, role=("Proof Reader", "Bookseller"), tz=("ind", "pe"))
mo(NXT, "n2", "Documents needed by {dl}", "Dear {n},\n\nTo move forward with {role}, certificates must reach the upload page by {dl}, 5 PM. Sadly the portal rejects files over 2 MB, so compress scans first.\n\n{co} Human Resources",
   ("Malwa Soya Extracts", "Bakau Fish Market Cooperative"), ("malwasoya", "bakaufishcoop"), frm=ATS, role=("Boiler Attendant", "Cold Room Clerk"), tz=("ind", "gm"))
mo(NXT, "n3", "Reference check – {role}", "Hi {n},\n\nWe're keen to progress you for {role}. Two referees, please, by {dl}, noon. Bad luck on timing: our HR lead is off sick, so mail me direct.\n\n{sig}",
   ("Kranj Ski Wax Lab", "Koper Container Lashing"), ("kranjwax", "koperlash"), role=("Lab Technician", "Lashing Foreman"), tz=("si", "si"))
mo(NXT, "n4", "Medical and ID check", "Dear {n},\n\nA pre-start medical for {role} is due by {dl} at the Charlottetown clinic. Regrettably the clinic closes early on Wednesdays.\n\n{co} Human Resources",
   ("Island Lobster Cannery", "Tanji Smokehouse"), ("islandlobster", "tanjismoke"), role=("Refrigeration Mechanic", "fish packer"), tz=("pe", "gm"))
mo(NXT, "n5", "Task for {role}", "Hi {n},\n\nShort home task for {role}; back to me by {dl}, 6pm. Sorry, the shared drive crashed, so the brief is attached instead.\n\n{sig}",
   ("Southwold Lighthouse Opticians", "Fells Point Harbor Pilots Association"), ("southwoldoptic", "fellspointpilot"), role=("Optical Receptionist", "Dispatch Clerk"), tz=("sf", "use"))
mo(OFF, "o1", "RE: [EXT] Re: Offer – {role}", "Hi {n},\n\nGreat news: {role} goes to you, first day {dl} at eight. Unfortunately the DocuQuill signer has crashed, so please reply to accept and I'll post the contract.\n\n{sig}\n\n{RULE}",
   ("Sudbury Letterpress Works", "Stratford Curling and Social Club"), ("sudburyletter", "stratfordcurl"), role=("Press Minder", "Bar Supervisor"), tz=("sf", "pe"))
mo(OFF, "o2", "Offer letter – {role}", "Dear {n},\n\nThe post of {role} is yours from {dl}, nine o'clock. Sadly the HR office is moving, so bring your documents to Room 4 instead.\n\n{sig}\n{co}",
   ("Brikama Woodcarvers", "Birgunj Customs Brokers"), ("brikamacarve", "birgunjcustoms"), role=("Workshop Apprentice", "Documentation Clerk"), tz=("gm", "np"))
mo(OFF, "o3", "You're hired – {role}", "Hi {n},\n\nFancy {role}? It's yours. Start {dl}, 8 am? Bad news is the staff kitchen is being refitted, so bring a packed lunch that week.\n\n{sig}",
   ("Geelong Waterfront Tall Ship Trust", "Bled Rowing Centre"), ("geelongtallship", "bledrowing"), role=("Deck Trainee", "Boathouse Assistant"), tz=("au", "si"))
mo(OFF, "o4", "Offer: {role}", "Dear {n},\n\nConfirming our {role} offer; first day {dl}, 7 a.m. Unfortunately they're repaving our staff lot, so park streetside week one.\n\n{sig}\n{co}",
   ("Tulsa Route 66 Neon Restoration", "Salthill Seaweed Baths"), ("tulsaneon", "salthillbaths"), role=("Sign Electrician", "Spa Attendant"), tz=("usc", "ie"))
mo(NXT, "n6", "Register for the exam – {role}", "Dear {n},\n\nYou qualify to sit the written paper for {role}. Register by {dl}. Regrettably the Lalitpur centre is closed, so choose Kathmandu or Bhaktapur.\n\n{co}", "Lok Sewa Aayog Kathmandu Office", "psc-ktm", frm="{co} <exams@{dom}>", role="Nayab Subba", tz="np")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x1", "Status: with hiring manager", "Hello {n},\n\n{role}: your file's moved to the hiring manager's tray for review.\n\n{co} Careers",
   ("Bay Street Perfumery", "Pithampur Auto Components"), ("baystreetscent", "pithampurauto"), frm=ATS, role=("Fragrance Consultant", "Quality Inspector"), tz=("bs", "ind"))
mo("other_job", "x2", "Withdrawal confirmed", "Hi {n},\n\nDone: we've pulled your {role} application, as requested. {co} doors stay open later.\n\n{sig}",
   ("Kranj Ski Wax Lab", "Queen Street Bookshop"), ("kranjwax", "queenstbooks"), role=("Lab Technician", "Bookseller"), tz=("si", "pe"))
mo("other_job", "x3", "{role} – hiring paused", "Dear {n},\n\n{role} hiring is frozen till the budget clears. File stays live; we'll ping you on restart.\n\n{sig}\n{co}",
   ("Kotu Stream Language School", "Malwa Soya Extracts"), ("kotustream", "malwasoya"), role=("Front Desk Coordinator", "Boiler Attendant"), tz=("gm", "ind"))
mo("job_alert", "al1", "3 new roles near Ipswich", "Hi {n},\n\nFresh on Orrinmoor: Yard Marshal (Felixstowe), Night Picker (Ipswich). Sorry, map view's wonky today.{FOOT}", "Orrinmoor Jobs", "orrinmoorfxt", frm="Orrinmoor Alerts <alerts@{dom}>", tz="sf")
mo("recruiter_outreach", "ro1", "A role you might like", "Hi {n},\n\nYour profile surfaced as I filled a {role} opening. Fancy a ten-minute natter this week?\n\n{sig}\n{co}",
   ("Saltings Recruitment Ipswich", "Kathmandu Placement Point"), ("saltingsrec", "ktmplacement"), role=("Stock Planner", "Hotel Cashier"), tz=("sf", "np"))
NJ = "non_job_rejection_words"
mo(NJ, "nj1", "Your loan application", "Dear {n},\n\nYour personal loan request with {co} has been declined following review. Another try is welcome after six months.\n\n{sig}",
   ("Orwell Building Society", "Commonwealth Credit Union Nassau"), ("orwellbs", "ccunassau"), tz=("sf", "bs"))
mo(NJ, "nj2", "Ballot result", "Dear {n},\n\nOur {x} draw came out; sadly, your slip wasn't pulled from the drum this year. Better luck next time!\n\n{co}",
   ("Charlottetown Old Home Week", "Bled Lake Regatta"), ("oldhomeweek", "bledregatta"), x=("grandstand seats", "regatta stand passes"), tz=("pe", "si"))
mo(NJ, "nj3", "Flat enquiry", "Hi {n},\n\nAbout the 2BHK flat, Vijay Nagar: owner has let it to one other family, so it is gone now.\n\n{sig}", "Vijay Nagar Property Desk", "vnpropdesk", tz="ind")
mo(NJ, "nj4", "Climbing wall membership", "Namaste {n},\n\nYearly membership at {co}: this season is full, so none for you now; your name sits on our waiting list.\n\n{sig}", "Jhamsikhel Climbing Wall", "jhamsiclimb", tz="np")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Listed on Fettlewick{ch}, a Fettlewick trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("bellrope", "Alder", "Saint Wendreda Belfry Trust", "wendredabelfry", "uk",
     ("Bellropewinding apprentice", "Hi {n},\n\nCheers for wanting to learn bellropewinding. A ringer from the tower band got the place, so your form closes.\n\n{sig}"),
     ("application_received", "Bellropewinding apprentice – received", "Hi {n},\n\nYour bellropewinding form reached the belfry. Yes or no, our tower captain writes within a fortnight.\n\n{sig}"))
pair("cider", "Birch", "Yarlington Press House", "yarlingtonpress", "uk",
     ("Cidertapping – your application", "Dear {n},\n\nCidertapping at our press house: Another applicant now holds the job. Best wishes for the autumn.\n\n{sig}"),
     ("interview", "Cidertapping – come and meet us", "Dear {n},\n\nPlease come to the press house on {dl} at 3pm to talk cidertapping. Unfortunately the lane is muddy, so wear boots.\n\n{sig}"))
pair("wheel", "Cedar", "Prairie Carriage Wheelwrights", "prairiewheel", "usc",
     ("Wheeltruing position", "Hi {n},\n\nAbout wheeltruing: we hired someone with more spoke work under their belt. Best of luck.\n\n{sig}"),
     ("next_steps", "Wheeltruing – practical test", "Hi {n},\n\nWheeltruing job, next step: book a practical test by {dl}. Sorry, shop phone's dead; email us.\n\n{sig}"))
pair("punty", "Damson", "Waterford Quay Glass Studio", "wfquayglass", "ie",
     ("Glasspuntying assistant", "Hi {n},\n\nThanks for applying for the glasspuntying assistant post. Someone else has it now; our open studio days still welcome you.\n\n{sig}"),
     ("offer", "Glasspuntying assistant – offer", "Hi {n},\n\nGlasspuntying assistant post: yours from {dl}, 8am start. Sadly the furnace room fan is broken, so dress light.\n\n{sig}"))
pair("dovecote", "Elder", "Cotswold Dovecote Keepers", "cotsdovecote", "uk",
     ("Dovecoteliming season post", "Dear {n},\n\nOur dovecoteliming season won't include you this year.\n\n{sig}"),
     ("application_received", "Dovecoteliming – application received", "Dear {n},\n\nWe've received your dovecoteliming application. If no reply reaches you in three weeks, please assume the season is full.\n\n{sig}"))
pair("tank", "Fir", "Outback Water Tank Care", "outbacktankcare", "au",
     ("Tanksealing crew", "G'day {n},\n\nThanks for applying to our tanksealing crew. We've filled the spots with blokes from last year's run. All the best, mate.\n\n{sig}"),
     ("interview", "Tanksealing crew – yarn on Tuesday?", "G'day {n},\n\nTanksealing crew chat, {dl}, 8am at the shed? Bad news, the yard gate is busted, so use the side track.\n\n{sig}"))
pair("boiler", "Gean", "Highveld Boiler House Services", "highveldboiler", "za",
     ("Boilerlagging artisan", "Dear {n},\n\nBoilerlagging artisan post: a Witbank candidate got the appointment, we regret.\n\n{sig}"),
     ("next_steps", "Boilerlagging artisan – trade test", "Dear {n},\n\nPlease book your boilerlagging trade test by {dl}. Unfortunately load-shedding may shift times, so phone first.\n\n{sig}"))
pair("sluice", "Hazel", "Fenland Sluice Keepers", "fensluice", "uk",
     ("Sluicegreasing operative", "Hi {n},\n\nSluicegreasing on the Ouse gates: We've appointed someone already on our relief list.\n\n{sig}"),
     ("offer", "Sluicegreasing operative – offer", "Hi {n},\n\nSluicegreasing post offered; first shift {dl}, half seven. Annoyingly, the depot van has died, so we'll collect you from Ely.\n\n{sig}"))
pair("feather", "Ilex", "Lake Taupō Fly and Feather", "taupoflyfeather", "nz",
     ("Featherstripping role", "Kia ora {n},\n\nThanks for applying for the featherstripping role. Someone else got it this time. Ka kite anō.\n\n{sig}"),
     ("application_received", "Featherstripping – got it", "Kia ora {n},\n\nFeatherstripping form received, cheers. Everyone hears back, hired or passed over.\n\n{sig}"))
pair("signal", "Juniper", "Heritage Line Signal Works", "heritagesignal", "use",
     ("Signalwiping technician", "Hello {n},\n\nThank you for applying for signalwiping technician. Other applicants will proceed instead.\n\n{sig}"),
     ("interview", "Signalwiping technician – interview", "Hello {n},\n\nSignalwiping technician interview: {dl}, 10 AM, Relay Hut 3. Sorry, the station lot is closed for paving.\n\n{sig}"))
pair("pontoon", "Kowhai", "Lagos Lagoon Pontoon Co", "lagoonpontoon", "ng",
     ("Pontoonbolting fitter", "Dear {n},\n\nPontoonbolting fitter job: Another candidate has the job. Success to you.\n\n{sig}"),
     ("next_steps", "Pontoonbolting fitter – documents", "Dear {n},\n\nKindly send your trade certificate for pontoonbolting by {dl}. Unfortunately our office generator is faulty, so email only.\n\n{sig}"))
pair("creel", "Larch", "Outer Hebrides Creel Makers", "hebcreel", "uk",
     ("Creeltarring hand", "Hi {n},\n\nThanks for your interest in creeltarring with us. A fisherman's son from Barra got the post. Good luck to you.\n\n{sig}"),
     ("offer", "Creeltarring hand – offer", "Hi {n},\n\nCreeltarring job's yours from {dl}, 8am, if wanted. Sadly the ferry's off on Mondays, so come over on Sunday.\n\n{sig}"))
pair("gantry", "Maple", "Cape Town Gantry Painters", "ctgantrypaint", "za",
     ("Gantrypainting rope access", "Hi {n},\n\nThanks for applying for gantrypainting rope access. We've chosen candidates with higher IRATA levels for this contract.\n\n{sig}"),
     ("application_received", "Gantrypainting – application in", "Hi {n},\n\nGantrypainting form received. Picked or unpicked, Cape Town emails the verdict.\n\n{sig}"))
pair("lockgate", "Nutmeg", "Rideau Lockgate Crew", "rideaulock", "use",
     ("Lockgatepainting summer job", "Hi {n},\n\nThanks for applying for lockgatepainting this summer. All crew places are filled by returning painters.\n\n{sig}"),
     ("interview", "Lockgatepainting – phone chat", "Hi {n},\n\nCould we call you on {dl} at noon about lockgatepainting? Unfortunately cell coverage at the lock is weak, so give us a landline.\n\n{sig}"))
pair("hurdle", "Olive", "Cork Hurdle Makers", "corkhurdle", "ie",
     ("Hurdlepegging post", "Hi {n},\n\nThank you for applying for hurdlepegging. You're not being taken on this time; thanks for thinking of us.\n\n{sig}"),
     ("next_steps", "Hurdlepegging – sample day", "Hi {n},\n\nHurdlepegging sample day: {dl}, Blarney yard, 9am. Sorry, our canteen's shut, so pack a flask.\n\n{sig}"))
pair("oven", "Poplar", "Kingston Bakery Oven Services", "kgnovenservice", "jm",
     ("Ovenrelining mason", "Hi {n},\n\nThanks for applying for ovenrelining mason. A mason from our old crew got it. Walk good.\n\n{sig}"),
     ("offer", "Ovenrelining mason – offer", "Hi {n},\n\nOvenrelining job is yours, {dl}, 7 sharp. Unfortunately the workshop lights are broken, so bring a headlamp.\n\n{sig}"))
pair("chute", "Quince", "Denver Grain Chute Works", "denverchute", "usm",
     ("Chutelining welder", "Hi {n},\n\nThanks for applying for the chutelining welder role. Another applicant got it.\n\n{sig}"),
     ("application_received", "Chutelining welder – received", "Hi {n},\n\nChutelining form received. Ten days without a ring from Denver means someone else was picked.\n\n{sig}"))
pair("tiller", "Rowan", "Valletta Boat Tiller Shop", "vallettatiller", "mt",
     ("Tillerwaxing hand", "Dear {n},\n\nThank you for applying for tillerwaxing hand. Another applicant got the job. Grazzi.\n\n{sig}"),
     ("interview", "Tillerwaxing – interview", "Dear {n},\n\nPlease come for an interview about tillerwaxing on {dl} at 9. Sadly the harbour bus is not running.\n\n{sig}"))
pair("cistern", "Spruce", "Accra Cistern Care", "accracistern", "gh",
     ("Cisternflushing technician", "Dear {n},\n\nCisternflushing technician post: another person is appointed.\n\n{sig}"),
     ("next_steps", "Cisternflushing technician – forms", "Dear {n},\n\nPlease fill the attached forms for cisternflushing by {dl}. Unfortunately our printer is dead, so sign digitally.\n\n{sig}"))
pair("mangle", "Tamarind", "Yorkshire Mangle Restorers", "yorksmangle", "uk",
     ("Mangleoiling apprentice", "Hi {n},\n\nThanks for applying for the mangleoiling apprenticeship. Another person got it, sorry. Keep in touch.\n\n{sig}"),
     ("offer", "Mangleoiling apprentice – offer", "Hi {n},\n\nThe mangleoiling apprenticeship is yours, starting {dl}. Bad news: the workshop kettle's kaput, so bring a flask.\n\n{sig}"))
pair("gargoyle", "Umbrella", "Cathedral Stone Care", "cathstonecare", "uk",
     ("Gargoylecleaning role", "Dear {n},\n\nAbout gargoylecleaning: After interviews, a candidate with more heritage work got it.\n\n{sig}"),
     ("application_received", "Gargoylecleaning – received", "Dear {n},\n\nGargoylecleaning form received. Shortlisted or otherwise, all applicants get a letter by post.\n\n{sig}"))
pair("hatch", "Vine", "Nova Scotia Hatch Yard", "nshatchyard", "ns",
     ("Hatchcaulking job", "Hi {n},\n\nThanks for applying for hatchcaulking. Someone with more wooden boat hours got it, so it's a pass.\n\n{sig}"),
     ("interview", "Hatchcaulking – meet us", "Hi {n},\n\nHatchcaulking chat: {dl}, 11am, Lunenburg slip office. Unfortunately the slip is iced, so use the shore path.\n\n{sig}"))
pair("fender", "Willow", "Singapore Fender Weavers", "sgfenderweave", "sg",
     ("Fenderweaving post", "Hi {n},\n\nThank you for applying for fenderweaving. Another candidate now fills the post.\n\n{sig}"),
     ("next_steps", "Fenderweaving – test piece", "Hi {n},\n\nPlease send a fenderweaving test piece by {dl}. Sorry, our courier desk is closed Fridays.\n\n{sig}"))
pair("turnstile", "Yew", "Mombasa Stadium Turnstile Service", "mombasaturnstile", "ke",
     ("Turnstileoiling technician", "Dear {n},\n\nThank you for applying for turnstileoiling technician. We have selected another applicant. We wish you well.\n\n{sig}"),
     ("application_received", "Turnstileoiling technician – received", "Dear {n},\n\nTurnstileoiling form received. No shortlist by month-end? Kindly treat it closed.\n\n{sig}"))
pair("belfry", "Zelkova", "Hobart Belfry Sweepers", "hobartbelfry", "au",
     ("Belfrysweeping casual", "Hi {n},\n\nCheers for offering to do belfrysweeping. A Sandy Bay local got the nod; you're off our roster.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-fettlewick", "New trade jobs this week", "Hi {n},\n\nNew on Fettlewick: cistern technician (Accra), hatch hand (Lunenburg), glass helper (Waterford). Sorry, saved searches are down today.", "Fettlewick", "fettlewick", frm="Fettlewick Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-marina", "Mooring berth request", "Hi {n},\n\nSummer berths at {co} are all gone this year, so none for you, sorry.\n\n{sig}", "Kinsale Marina Berths", "kinsaleberth", tz="ie")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("medina", "ar", "مصنع تعبئة تمور المدينة", "madinadates", "sa",
   ("بخصوص طلب التوظيف", "الأخ/الأخت {n}،\n\nنشكرك على التقدم لوظيفة مشرف خط التعبئة لدينا. نأسف لإبلاغك بأننا اخترنا متقدمًا آخر لهذه الوظيفة، ونتمنى لك التوفيق.\n\n{sig}"),
   ("application_received", "تم استلام طلبك", "الأخ/الأخت {n}،\n\nوصلنا طلبك لوظيفة مشرف خط التعبئة. سواء قُبلت أم لا، سنرسل لك ردًا خلال أسبوعين.\n\n{sig}"))
lp("bremen", "de", "Bremer Uhrenwerkstatt Lüdeke", "bremeruhren", "de",
   ("Ihre Bewerbung als Uhrmacher/in", "Hallo {n},\n\ndie Uhrmacherstelle in der Böttcherstraße geht an eine andere Bewerberin; Ihre Bewerbung endet hiermit.\n\nViele Grüße\n{sig}"),
   ("interview", "Einladung zum Gespräch", "Hallo {n},\n\nTermin zum Gespräch: {dl}, 10 Uhr, Böttcherstraße 4. Leider ist unser Hof gesperrt; klingeln Sie vorn.\n\nViele Grüße\n{sig}"))
lp("triana", "es", "Taller de Guitarras Triana", "guitarrastriana", "es",
   ("Tu solicitud de aprendiz", "Hola {n}:\n\nLo del aprendiz de guitarrero: otra persona se queda la plaza, de modo que cerramos tu solicitud.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Siguiente paso: pieza de prueba", "Hola {n}:\n\nTrae una pieza de prueba antes del {dl}, mañana temprano. Por desgracia el taller cierra tardes esa semana.\n\nUn saludo,\n{sig}"))
lp("guignol", "fr", "Atelier de marionnettes de la Croix-Rousse", "marionnetteslyon", "fr",
   ("Votre candidature – régisseur", "Bonjour {n},\n\nPour la régie de la Croix-Rousse, c'est une autre personne qui a été choisie ; votre dossier s'arrête là.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nLa régie est à vous, début le {dl} à 9 h. Hélas, notre monte-charge reste en panne ce mois-ci.\n\nCordialement,\n{sig}"))
lp("rishikesh", "hi", "ऋषिकेश गंगा राफ्टिंग कंपनी", "gangarafting", "in",
   ("आपका आवेदन – राफ्ट गाइड", "प्रिय {n},\n\nगंगा पर राफ्ट गाइड वाली जगह अब दूसरे साथी को दी गई है। इस बार बात यहीं ख़त्म।\n\n{sig}"),
   ("application_received", "आवेदन मिल गया", "प्रिय {n},\n\nराफ्ट गाइड वाली अर्ज़ी ऋषिकेश दफ़्तर पहुँच गई। हाँ हो चाहे ना, जवाब भेजना हमारा पक्का वादा है।\n\n{sig}"))
lp("gragnano", "it", "Pastificio Artigiano di Gragnano", "pastagragnano", "it",
   ("La tua candidatura", "Ciao {n},\n\nil posto di addetto all'essiccazione nel nostro pastificio l'ha ottenuto qualcun altro; chiudiamo qui la pratica. In bocca al lupo.\n\n{sig}"),
   ("interview", "Colloquio in pastificio", "Ciao {n},\n\ncolloquio fissato: {dl}, ore 9:30, via Roma 12. Purtroppo niente parcheggio, ci sono lavori; lascia l'auto in piazza.\n\n{sig}"))
lp("sapporo", "ja", "札幌雪像工房", "sapporosnow", "jp",
   ("選考結果のお知らせ", "{n} 様\n\nこの度は雪像制作スタッフにご応募いただき、ありがとうございました。慎重に検討しました結果、今回は別の方を採用することになりました。\n\n{sig}"),
   ("next_steps", "実技課題のご案内", "{n} 様\n\n雪像制作スタッフの実技課題を{dl}までにご提出ください。あいにく工房の電話が故障中のため、メールでご連絡ください。\n\n{sig}"))
lp("jeju", "ko", "제주 감귤 농원", "jejugamgyul", "kr",
   ("지원 결과 안내", "{n}님께,\n\n올해 감귤 따기 일손은 이미 다 찼어요. 서귀포 농원 이름으로 이번 지원을 닫습니다.\n\n{sig}"),
   ("offer", "합격 안내", "{n}님께,\n\n수확 팀원으로 합격하셨습니다. 근무 시작일은 {dl}입니다. 아쉽게도 농원 숙소 온수기가 고장 나서 수리 중입니다.\n\n{sig}"))
lp("ericeira", "pt", "Escola de Surf da Ericeira", "surfericeira", "pt",
   ("Candidatura a monitor", "Olá {n},\n\nA vaga de monitor de surf na Ericeira ficou para outra pessoa; fechamos agora o seu processo.\n\nCumprimentos,\n{sig}"),
   ("application_received", "Candidatura recebida", "Olá {n},\n\nA sua ficha para monitor de surf chegou. Sim ou não, cada pessoa ouve de nós antes de o mês acabar.\n\n{sig}"))
lp("kazan", "ru", "Казанская автошкола «Зелёный свет»", "kazanautoschool", "ru",
   ("Ответ на ваш отклик", "Добрый день, {n}!\n\nМесто инструктора «Зелёного света» досталось другому кандидату, поэтому ваш отклик закрыт.\n\n{sig}"),
   ("interview", "Приглашение на собеседование", "Добрый день, {n}!\n\nЖдём вас {dl}, 11:00, улица Баумана, 9. К сожалению, наш лифт сломан, на третий этаж придётся идти пешком.\n\n{sig}"))
lp("arusha", "sw", "Gereji ya Magari ya Safari Arusha", "arushasafarigarage", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nNafasi ya fundi wa magari ya safari imeshachukuliwa na mtu mwingine; tumefunga faili lako. Mungu akujalie.\n\n{sig}"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTuma vyeti vya ufundi kabla ya {dl}, mchana. Kwa bahati mbaya wiki hii hatuna intaneti ofisini, hivyo tumia WhatsApp.\n\n{sig}"))
lp("chiangmai", "th", "โรงเรียนสอนทำอาหารเชียงใหม่", "cmcooking", "th",
   ("ผลการสมัครงาน", "{n} ที่นับถือ\n\nตำแหน่งผู้ช่วยครูในครัวเชียงใหม่มีคนได้ไปแล้ว ใบสมัครของคุณจึงปิดลงตรงนี้\n\n{sig}"),
   ("offer", "ยินดีต้อนรับ", "{n} ที่นับถือ\n\nตำแหน่งผู้ช่วยครูในครัวเป็นของคุณแล้ว เริ่ม {dl} แปดโมงเช้า น่าเสียดายที่ครัวหลังยังซ่อมอยู่\n\n{sig}"))
lp("bursa", "tr", "Bursa Kestane Şekeri Atölyesi", "bursakestane", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nPaketleme görevlisi ilanımızda tercihimiz başka bir aday oldu; sizin başvurunuz burada kapanıyor.\n\nSaygılarımızla,\n{sig}"),
   ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nPaketleme ilanı için formunuz geldi. Kabul ya da ret, üç hafta dolmadan yazarız.\n\n{sig}"))
lp("pindi", "ur", "راولپنڈی ٹرک آرٹ ورکشاپ", "pinditruckart", "pk",
   ("آپ کی درخواست", "محترم {n}،\n\nٹرک پینٹر کی اسامی کا فیصلہ ہو گیا ہے۔ یہ کام اب ایک اور کاریگر سنبھالے گا۔\n\n{sig}"),
   ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات {dl}، صبح دس بجے، مری روڈ ورکشاپ میں ہوگی۔ افسوس کہ ورکشاپ کا مرکزی دروازہ خراب ہے، پچھلے دروازے سے آئیں۔\n\n{sig}"))
lp("chengdu", "zh", "成都老码头火锅店", "cdhotpot", "cn",
   ("应聘结果通知", "{n}您好：\n\n感谢您应聘我店厨房帮工一职。经过考虑，我们已录用其他应聘者，祝您求职顺利。\n\n{sig}"),
   ("next_steps", "下一步：健康证明", "{n}您好：\n\n请于{dl}前把健康证明交到后厨办公室。遗憾的是我们的打印机坏了，请用微信发送电子版。\n\n{sig}"))
# the pool: Slovak, Lithuanian, Latvian, Greek, Hebrew, Persian, Bengali, Vietnamese, Indonesian, Filipino
lp("jasna", "slk", "Lyžiarske stredisko Jasná Juh", "jasnajuh", "sk",
   ("Vaša žiadosť o prácu", "Dobrý deň, {n},\n\nmiesto obsluhy vleku na Jasnej dostal iný záujemca, takže vaša žiadosť tu končí.\n\n{sig}"),
   ("offer", "Ponuka práce", "Dobrý deň, {n},\n\nradi vám ponúkame miesto obsluhy vleku od {dl}. Žiaľ, parkovisko pre zamestnancov je zatiaľ zavreté.\n\n{sig}"))
lp("kaunas", "lit", "Kauno krepšinio akademija", "kaunokrepsinis", "lt",
   ("Dėl jūsų prašymo", "Sveiki, {n},\n\ntrenerio asistento vieta akademijoje atiteko kitam žmogui, tad jūsų prašymas čia baigiasi.\n\n{sig}"),
   ("application_received", "Prašymas gautas", "Sveiki, {n},\n\ngavome jūsų prašymą dėl trenerio asistento pareigų. Atsakymą, teigiamą ar neigiamą, išsiųsime per dvi savaites.\n\n{sig}"))
lp("liepaja", "lav", "Liepājas mūzikas skola", "liepajasmuzika", "lv",
   ("Par jūsu pieteikumu", "Labdien, {n}!\n\nKoncertmeistara vietu mūsu skolā saņēma cits cilvēks, tāpēc jūsu pieteikums šeit noslēdzas.\n\n{sig}"),
   ("interview", "Uzaicinājums uz pārrunām", "Labdien, {n}!\n\nAicinām jūs uz pārrunām {dl} plkst. 14:00. Diemžēl lielā zāle ir slēgta remontam, tiksimies 12. telpā.\n\n{sig}"))
lp("larisa", "ell", "Πρατήριο Καυσίμων Λάρισας", "larisafuel", "gr",
   ("Σχετικά με την αίτησή σας", "Γεια σας {n},\n\nΗ θέση υπαλλήλου στο πρατήριο της Λάρισας δόθηκε σε άλλο άτομο, κι έτσι κλείνουμε τον φάκελό σας.\n\n{sig}"),
   ("next_steps", "Επόμενο βήμα", "Γεια σας {n},\n\nΠαρακαλούμε στείλτε το πιστοποιητικό υγείας έως τις {dl}. Δυστυχώς το φαξ μας είναι χαλασμένο, στείλτε το με email.\n\n{sig}"))
lp("haifa", "heb", "מוסך הכרמל חיפה", "carmelgarage", "il",
   ("בנוגע למועמדותך", "{n} שלום,\n\nמשרת המכונאי במוסך הכרמל נתפסה על ידי מועמד אחר, ולכן הפנייה שלך נסגרת כאן. בהצלחה.\n\n{sig}"),
   ("offer", "הצעת עבודה", "שלום {n},\n\nאנו שמחים להציע לך את תפקיד המכונאי החל מ-{dl}. לצערנו חדר האוכל סגור לשיפוץ בחודש הקרוב.\n\n{sig}"))
lp("isfahan", "fas", "کارگاه مینیاتور اصفهان", "isfahanminiature", "ir",
   ("درباره درخواست شما", "{n} عزیز،\n\nجای دستیار نقاش در کارگاه مینیاتور به هنرجوی دیگری رسید؛ پرونده‌تان را می‌بندیم. روزگارتان خوش.\n\n{sig}"),
   ("application_received", "درخواست شما رسید", "{n} عزیز،\n\nفرم دستیار نقاش رسید. پاسخ، مثبت یا منفی، ظرف دو هفته از کارگاه می‌آید.\n\n{sig}"))
lp("dhaka", "ben", "ঢাকা নীলক্ষেত প্রকাশনী", "nilkhetprokash", "bd",
   ("আপনার আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nনীলক্ষেতের প্রুফ রিডার চেয়ারটা এবার আরেকজন পেয়েছেন। এ যাত্রায় আর এগোনো হলো না।\n\n{sig}"),
   ("interview", "আলাপের আমন্ত্রণ", "প্রিয় {n},\n\n{dl}, এগারোটা, নীলক্ষেত দোতলায় আলাপ হবে। দুঃখের বিষয়, অফিসের লিফট বন্ধ, সিঁড়ি ব্যবহার করুন।\n\n{sig}"))
lp("hoian", "vie", "Xưởng Đèn Lồng Hội An", "hoianlantern", "vn",
   ("Kết quả ứng tuyển", "Chào {n},\n\nVị trí thợ làm đèn lồng ở xưởng Hội An đã có người khác nhận, vì thế xưởng khép lại hồ sơ của bạn. Chúc bạn may mắn.\n\n{sig}"),
   ("next_steps", "Bước tiếp theo", "Chào {n},\n\nVui lòng gửi một sản phẩm mẫu trước ngày {dl}. Tiếc là máy in của xưởng bị hỏng, hãy gửi ảnh qua email.\n\n{sig}"))
lp("yogya", "ind", "Bengkel Gamelan Yogyakarta", "gamelanyogya", "id",
   ("Tentang lamaran Anda", "Halo {n},\n\nPosisi penyetel gamelan di bengkel kami sudah diisi orang lain, jadi lamaran Anda berhenti di sini.\n\nSalam,\n{sig}"),
   ("offer", "Tawaran kerja", "Halo {n},\n\nKami senang menawarkan posisi penyetel gamelan mulai {dl}. Sayangnya dapur bengkel sedang rusak, jadi bawa bekal sendiri.\n\n{sig}"))
lp("laspinas", "tgl", "Talyer ng Dyip sa Las Piñas", "laspinasdyip", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n},\n\nYung puwesto ng pintor ng dyip dito sa talyer, may nakakuha na pong iba, kaya sarado na ang aplikasyon mo. Ingat sa paghahanap.\n\n{sig}"))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (year, month, day), the usual arithmetic conversion."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang == "fas":  # the Solar Hijri calendar in Persian digits
        jy, jm, jd = jalali(day)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(DIGITS["fas"])
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        text = style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
        return text.translate(DIGITS.get(lang, {}))
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
    """Every .jsonl in data/ and data/blind/ below slice 191; slice 191, slice 192 (written at the same time) and any later one are skipped by number."""
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
