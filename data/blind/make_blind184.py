# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-fourth sealed blind slice for issue 11 (blind-slice-184.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 182; slice 183 and later never read; our side printed)
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

SEED = 1841841
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-184.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 184
SKIP_FROM = 183  # slice 183 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend draw is never moved past it

RECIPIENTS = [
    "Wilfrid Hebburn", "Keabetswe Mogapi", "Ishrat Jahan Rizvi", "Tamoy Gayle", "Brennan Quayle",
    "Leonor Abrantes", "Mahnoor Sheikh", "Aoife Gilsenan", "Kaycee Drummond", "Tumelo Seretse",
    "Ananya Kapoor-Bajpai", "Odane McFarlane", "Shelby Castonguay", "Duarte Carreira", "Zoya Hashmi",
    "Moira Tulloch", "Lesego Kgosidintsi", "Rizwan Naqvi", "Shantelle Bryan", "Jory Vandermeer",
    "Inês Lobato", "Hamza Chaudhry", "Niamh Brosnan", "Dwayne Kirkpatrick", "Lerato Motsumi",
    "Saumya Awasthi", "Ackeem Whyte", "Corbin Ashdown", "Filipa Magalhães", "Sana Iqbal Butt",
    "Eilidh Marr", "Thato Ramotswa", "Yusuf Siddiqui", "Tiarna Hollis", "Priyam Srivastava",
]
REGION_SIGNERS = {
    "uk": ["Dorothy Cuthbertson", "Alan Milburn-Reay", "Gemma Robson", "Kieran Charlton", "Beverley Pattinson", "Stuart Heslop"],
    "ie": ["Caoimhe Dunleavy", "Fergal Tansey", "Ríona Kilbride"],
    "bw": ["Boitumelo Keitseng", "Kagiso Molefhi", "Onalenna Tshekiso", "Gaone Ramatlapeng"],
    "in": ["Rakesh Tandon", "Shabnam Kidwai", "Vaibhav Mishra", "Nazia Farooqui"],
    "jm": ["Sheryl-Ann Campbell", "Kemar Lindo", "Latoya Reid-Powell", "Delroy Shaw"],
    "ca": ["Darcy Thibodeau", "Priya Gill-Hartley", "Travis Wuttunee", "Heather MacQuarrie"],
    "pt": ["Sofia Mourão", "Tiago Esteves", "Catarina Vilaça"],
    "pk": ["Ayesha Tariq", "Usman Ghani", "Faryal Mirza", "Bilal Anwar"],
    "us": ["Rhonda Kessler", "Juan Pablo Ordaz", "Marcy Lindqvist", "Terrence Boyd"],
    "au": ["Kylie Brannigan", "Stavros Kalogeras", "Janelle Pryce"],
    "nz": ["Mereana Tuhoe", "Fraser Dunlop", "Sione Latu"],
    "za": ["Thandeka Mabuza", "Riaan Steyn", "Lindiwe Ngcobo"],
}
GENERAL = ["Noor Abernethy", "Casimir Oduya", "Rosalie Penhallow", "Tavita Fonoti", "Imelda Strachan", "Kofi Asamoah-Reyes"]
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "nan": "ca", "nfl": "ca", "yt": "ca",
    "lko": "in", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "طارق النجار"], "de": ["Annegret Vollmer", "Henrik Staudinger"],
    "es": ["Maite Urrutia", "Gonzalo Prieto"], "fr": ["Maëlle Rousseau", "Thibault Lenoir"],
    "hi": ["कुमुदिनी बाजपेयी", "हरिओम चतुर्वेदी"], "it": ["Federica Galli", "Ruggero Pellegrini"],
    "ja": ["藤田 美咲", "松本 拓也"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Quintela", "Nuno Saraiva"],
    "ru": ["Ольга Белякова", "Сергей Гаврилов"], "sw": ["Neema Kisanga", "Juma Mfinanga"],
    "th": ["ศิริพร ทองดี", "สมชาย ใจกล้า"], "tr": ["Elif Karaca", "Burak Aksoy"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["林晓燕", "黄建国"],
    "cat": ["Montserrat Vila", "Jordi Puigdemunt"], "glg": ["Uxía Otero", "Brais Castiñeira"],
    "afr": ["Elmarie du Toit", "Hendrik Pretorius"], "isl": ["Hrefna Einarsdóttir", "Snorri Halldórsson"],
    "nor": ["Ingrid Haugland", "Eirik Solberg"], "dan": ["Mette Kjærgaard", "Rasmus Thygesen"],
    "fin": ["Aino Kettunen", "Juho Laaksonen"], "est": ["Triin Lepik", "Andres Kuusk"],
    "slv": ["Nataša Kranjc", "Matej Zupančič"], "srp": ["Снежана Илић", "Бојан Марковић"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "يوسف القاسم"], "de": ["Franziska Lindemann", "Jonas Reichert"],
    "es": ["Lucía Ballesteros", "Íker Mendaro"], "fr": ["Anaïs Perrin", "Quentin Mallet"],
    "hi": ["यामिनी कुलश्रेष्ठ", "चिरंजीव टंडन"], "it": ["Alessia Marchetti", "Davide Sartori"],
    "ja": ["高橋 優奈", "中村 蓮"], "ko": ["한지민", "윤도현"], "pt": ["Mafalda Pinheiro", "Gonçalo Lacerda"],
    "ru": ["Дарья Ефимова", "Никита Зуев"], "sw": ["Upendo Massawe", "Hamisi Lyimo"],
    "th": ["กมลชนก รัตนพันธ์", "ธนกฤต วงศ์ใหญ่"], "tr": ["Selin Öztürk", "Kaan Yıldırım"],
    "ur": ["حرا نواز", "فہد رضا"], "zh": ["赵雨桐", "孙博文"],
    "cat": ["Núria Casals", "Pau Ribera"], "glg": ["Antía Lorenzo", "Xoán Iglesias"],
    "afr": ["Marelize Botha", "Wikus Nel"], "isl": ["Ásdís Kristjánsdóttir", "Gunnar Ragnarsson"],
    "nor": ["Sigrid Lunde", "Magnus Hovland"], "dan": ["Freja Østergaard", "Mikkel Bach"],
    "fin": ["Emilia Heikkinen", "Onni Rautio"], "est": ["Kertu Saar", "Siim Ots"],
    "slv": ["Tjaša Novak", "Luka Kovačič"], "srp": ["Ивана Павловић", "Душан Стефановић"],
}
GIVEN = {"Ishrat Jahan Rizvi": "Ishrat", "Sana Iqbal Butt": "Sana", "Juan Pablo Ordaz": "Juan Pablo", "Ananya Kapoor-Bajpai": "Ananya"}
PROVIDERS = ["sealmail", "whinbox", "burnpost", "coblemail", "tarnpost", "quaymail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "nan": ("-0800", "-0700", "us"), "nfl": ("-0330", "-0230", "us"), "ns": ("-0400", "-0300", "us"),
    "yt": ("-0700", None, ""), "haw": ("-1000", None, ""), "jm": ("-0500", None, ""), "bb": ("-0400", None, ""),
    "bz": ("-0600", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "bw": ("+0200", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lko": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "qld": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "sa": ("+0930", "+1030", "au"),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "nan", "nfl", "ns", "yt", "haw")
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
QNOTE = "\n{sf} – cheers again, that Thursday wander past the sorting belts was grand. Forklift card attached; my referee is free after four.\n{n}"
FOOT = "\n\n~~ {CO} · SALTCOTE CAREERS ~~\nFresh openings reach the Saltcote board every Thursday before noon; switch on Brinefold alerts to hear first. Gannetwick, our staff bulletin, shares allotment tips, long-service shout-outs and the quiz results. Reply BRINEHUSH to stop all of these. This mailbox is unattended; we shred applicant files once thirty-one months pass."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Careers <no-reply@{dom}>"
mr("wd", "Your candidate home: {role} (Req R-{ref})",
   "Hello {n},\n\nThe requisition R-{ref} for {role} at {co} has moved to Closed. Your application status reads: Closed – Filled by Another Candidate.\n\nWarm thanks from all of us for your effort. Other roles remain browsable in your candidate home.\n\n{co} Talent Acquisition",
   ("Blyth Cable Yard Ltd", "Gaborone Diamond Sorting Trust"), ("blythcableyard", "gabsorting"), frm=ATS, role=("Cable Jointer's Mate", "Sorting Assistant (Grade B)"), tz=("uk", "bw"))
mr("gh", "{co} – {role}",
   "Hi {n},\n\nOur interviewers enjoyed meeting you about {role}. Every scorecard is now in, and the offer is heading to a different applicant, so your candidacy here closes.\n\nWatch our board for later postings.\n\nThe {co} Recruiting Team",
   ("Hazratganj Chikan House", "Departure Bay Floatplanes"), ("chikanhouse", "dbfloatplanes"), frm=ATS, role=("Export Merchandiser", "Dock Hand"), tz=("lko", "nan"))
mr("lv", "A note about the {role} position",
   "Hey {n},\n\nAppreciate you applying to {co}. We mulled it over and {role} is going to other people.\n\nUnless you object, your profile sits in our Brinefold pool for ten months and we'll holler when something fits. To opt out, reply FOAMSTOP.\n\nCheers,\n{sig} (via Lever)",
   ("Sangster Ground Handling", "Coimbra Código Software"), ("sangstergh", "codigosw"), role=("Ramp Agent", "Junior QA Tester"), tz=("jm", "pt"))
mr("sr", "Application update – {role}",
   "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>SR-{ref}</td><td>Not successful – another applicant selected</td></tr></table><p>Thanks for thinking of {co}; good luck out there.</p><p>{co} Hiring</p></body></html>",
   ("Sialkot Match Footballs", "Alnwick Garden Centre"), ("sialkotmatch", "alnwickgc"), frm=ATS, role=("Stitching Supervisor", "Plant Area Assistant"), tz=("pk", "uk"))
mr("ic", "{co}: your application {ref}",
   "Dear {n},\n\nTa for your {role} form. The advert named {x} as a must, and it wasn't among the files uploaded, so the form stops at this point.\n\nOnce you've got it, feel free to reapply.\n\nRegards,\n{co} Recruitment Centre",
   ("Cramlington Pharma Packing", "Harewood Collision Centre"), ("cramlingtonpack", "harewoodcollision"), frm=ATS, role=("Line Operative", "Auto-Body Apprentice"), x=("a GMP induction certificate", "a valid BC Class 5 driver's licence"), tz=("uk", "nan"))
mr("tl", "Requisition {ref} – {role} – status change",
   "Dear {n},\n\nRequisition {ref} ({role}) at {co} has been filled. Our system now lists your submission as Inactive.\n\nNothing for you to do. Thank you for considering {co} as an employer.\n\nHuman Resources – {co}",
   ("Port Qasim Freight Services", "Leixões Cork Exporters"), ("qasimfreight", "leixoescork"), frm=ATS, role=("Documentation Officer", "Warehouse Checker"), tz=("pk", "pt"))
mr("wk", "{co}: {role}",
   "Hi {n},\n\nTa for the trial shift, the crew liked you. We've chewed it over and another cook gets the place, which wraps up your application.\n\nTake care,\n{sig}\n{co}",
   ("Amble Quayside Smokehouse", "Catherine Hall Bammy Kitchen"), ("amblesmokehouse", "bammykitchen"), role=("Kitchen Porter", "Line Cook"), tz=("uk", "jm"))
mr("bh", "About your application for {role}",
   "Hello {n},\n\nTa for applying to {co}. The {role} post went in-house to one of our own drivers, which shuts the vacancy – your application too.\n\nGood hunting,\n{sig}\nPeople Team, {co}",
   ("Gomti Nagar Ledgerworks", "Broadhurst Courier Co."), ("ledgerworks", "broadhurstcourier"), role=("Accounts Associate", "Dispatch Coordinator"), tz=("lko", "bw"))
mr("tt", "{role} at {co}",
   "Dear {n},\n\nWe thank the interest demonstrated for {co}. We inform that, concluded the analysis of candidatures, we opted for a profile more adjusted to the function of {role}.\n\nWe stay available for next opportunities.\n\nCom os melhores cumprimentos,\n{sig}\n{co} (Teamtailor)",
   ("Vila Nova Port Wine Lodge", "Setúbal Naval Repairs"), ("vnportlodge", "setubalnaval"), role=("Tasting Room Host", "Welding Inspector"), tz="pt")
mr("pp", "Shortlisting result – {role}",
   "Dear {n},\n\nYour {role} application to {co} got a score of {x} on our published criteria; shortlisting needed {y}, so it hasn't made the shortlist this time.\n\nKind regards,\n{co} Recruitment (Pinpoint)",
   ("Lahore Loomside Buying House", "Wagga Riverina Stockfeeds"), ("loomside", "riverinafeeds"), frm=ATS, role=("Quality Auditor", "Mill Operator"), x=("27 of 50", "52%"), y=("33", "64%"), tz=("pk", "au"))
mr("jz", "Your application – {role}",
   "Now then {n},\n\nTa for gannin' for the {role} job at {co}, pet. We've had a canny few come forward and the gaffer's gone with another lass who's done the job afore, so yours is stopping here this time.\n\nAll the best, hinny,\n{sig}",
   ("Whitley Bay Amusements", "Rothbury Outdoor Gear"), ("whitleyamuse", "rothburygear"), role=("Arcade Floor Attendant", "Shop Assistant"), tz="uk")
mr("ab", "{co} – update on {role}",
   "Hi {n},\n\nBoth founders enjoyed talking with you. It was close, but after comparing notes they picked someone whose background maps onto year one of {role} more tightly, so your application stops here.\n\nWarmly,\n{sig}, {co}",
   ("Islamabad Signalgrid Telecom", "Tynemouth Tidecode Labs"), ("signalgrid", "tidecode"), role=("Network Planner", "Backend Engineer"), tz=("pk", "uk"))
mr("sc", "{co} season crew – your form",
   "Hi {n},\n\nCheers for applying to pick with {co} this season. Every bunk for the {role} is taken by last year's pickers coming back, which leaves you off this year's crew.\n\nLook out for the call-out again next spring.\n\n{sig}\nCrew Office",
   ("Malihabad Mango Packhouse", "Okanagan Benchland Vineyards"), ("malihabadmango", "benchlandvines"), role=("harvest and packing crew", "harvest crew"), tz=("lko", "nan"))
mr("o1", "Blyth Harbour Chandlery – {role}",
   "Hello {n},\n\nTa for fetching your CV round, {n}. Wor owner's given the {role} spot to a sailing-club lad who knaws every shackle on the shelves, so we're sorted this time round.\n\nTa-ra,\n{sig}",
   "Blyth Harbour Chandlery", "blythchandlery", role="counter assistant", tz="uk")
mr("o2", "Application outcome: {role}",
   "Dumela {n},\n\nKe a leboga for applying to {co}. Kindly be advised your {role} application did not succeed; those shortlisted carried more years in the field.\n\nPula,\n{sig}\n{co}",
   "Mogoditshane Brickfield (Pty) Ltd", "mogobrick", role="Kiln Supervisor", tz="bw")
mr("o3", "Regarding your candidature – {role}",
   "Adaab {n},\n\nYour candidature for {role} at {co} is received with thanks. After due deliberation the committee could not select your profile for this post.\n\nBest wishes for your endeavours ahead.\n\nWith warm regards,\n{sig}\nHR Cell, {co}",
   "Aminabad Mithai Bhandar", "aminabadmithai", role="Store Manager", tz="lko")
mr("o4", "Yuh application – {role}",
   "Wah gwaan {n},\n\nBig up for applying to {co}. We did look good at it, but we going with a next somebody who did the {role} work before, so yuh application nah move forward dis time.\n\nBless up,\n{sig}",
   "Hip Strip Island Tours", "hipstriptours", role="Tour Desk Agent", tz="jm")
mr("o5", "Your application with {co}",
   "Hi {n},\n\nThanks a bunch for your {role} application. Heaps of strong folks applied from up and down the Island, eh, and a Cedar local landed it.\n\nAll the best,\n{sig}\n{co}",
   "Lantzville Native Plant Nursery", "lantzvillenursery", role="Nursery Worker", tz="nan")
mr("o6", "{co} – {role}",
   "Dear {n},\n\nWe thank your application to {co}. We lament to communicate: for {role}, your profile did not advance to the following phase.\n\nYour data stay kept under the privacy policy; we wish you much success.\n\nCordially,\n{sig}",
   "Aveiro Faiança Ceramics", "aveirofaianca", role="Glaze Technician", tz="pt")
mr("o7", "Application status – {role}",
   "Respected {n},\n\nAssalam-o-Alaikum. This is to apprise you that selection for the post of {role} at {co} stands finalised, and your name could not find place in the selected list.\n\nPraying for your bright future.\n\nRegards,\n{sig}\nAdmin Department",
   "Faisalabad Crescent Weaving", "crescentweaving", role="Shift Engineer", tz="pk")
mr("o8", "{role} – {co}",
   "Dear {n},\n\nTa for your {role} application at {co}. The field was strong and, this time, yours isn't going through.\n\nBest wishes,\n{sig}\n{co}, Norwich",
   "Norwich Lanes Frame Studio", "lanesframestudio", role="Picture Framer", tz="uk")
mr("o9", "Your application – {role}",
   "Hi {n},\n\nThanks a million for sending in your CV for {role} at {co}. We've been through the lot and a Strandhill lad is getting it, so we'll not be calling you in.\n\nMind yourself,\n{sig}\n{co}, Sligo",
   "Rosses Point Surf School", "rossessurf", role="Beach Instructor", tz="ie")
mr("o10", "{co} – your application",
   "Hi {n},\n\nAppreciate your {role} application to {co}. After looking everything over, we picked a candidate whose experience fits our needs more tightly. Your résumé stays on file.\n\nThanks again,\n{sig}",
   "Omaha Prairie Seed Cleaners", "prairieseedclean", role="Seed Plant Tech", tz="usc")
mr("o11", "Re your application – {role}",
   "G'day {n},\n\nGood on ya for going for {role} with {co}. A Wagga local with yonks in the sheds has nabbed it. Good luck with it.\n\nCheers,\n{sig}",
   "Murrumbidgee Shearing Contractors", "bidgeeshearing", role="Rouseabout", tz="au")
mr("o12", "{role} – {co}",
   "Kia ora {n},\n\nThanks heaps for your {role} application at {co}. The job's been offered to a Matawhero local instead.\n\nNgā mihi,\n{sig}\n{co}, Tairāwhiti",
   "Gisborne Citrus Packers", "gisbornecitrus", role="Packhouse Hand", tz="nz")
mr("o13", "Outcome: {role}",
   "Dear {n},\n\nThanks for your {role} application at {co}. Having read every application, we regret you did not make our shortlist.\n\nKind regards,\n{sig}\n{co}, Bloemfontein",
   "Mangaung Solar Geysers", "mangaunggeysers", role="Installer Assistant", tz="za")
mr("o14", "Your {co} application",
   "Hello {n},\n\nThanks for your {role} application. The panel chose a candidate with more hours on grain dryers, so yours stops here. We hold your info for a year.\n\nRegards,\n{sig}\n{co}, Boise",
   "Snake River Grain Dryers", "snakeriverdryers", role="Service Tech", tz="usm")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – panel day",
   "Hi {n},\n\nLovely to meet you on the panel day,. The directors have offered the {role} post to Aidan Charlton from our Cramlington site, and he accepted yesterday. Do stay in touch, {n}.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Tyneside Parcel Hub", "Gaborone Parcel Exchange"), ("tyneparcelhub", "gabparcel"), role=("Shift Lead", "Hub Supervisor"), tz=("uk", "bw"))
mr("th2", "RE: [EXT] Re: Interview – {role}",
   "Dear {n},\n\nYour kind note arrived safely, many thanks. The committee picked Mr Aditya Nigam, who already handles our Kanpur dispatch, for the {role} post, and he has taken it up. We truly valued your presentation on route planning.\n\nWarm regards,\n{sig}\n\n{GM}",
   ("Awadh Logistics Pvt Ltd", "Sialkot Kitline Exports"), ("awadhlogistics", "kitline"), role=("Dispatch Manager", "Dispatch Manager"), tz=("lko", "pk"))
mr("th3", "RE: [EXT] Re: {role} – follow up",
   "Hi {n},\n\nYuh was a joy to chat with Tuesday. Just to close the loop: management give the {role} job to Shanique Brown, who been with us part-time two years, and she start Monday.\n\nRespect,\n{sig}\n\n{RULE}",
   ("Freeport Cruise Shuttles", "Montego Freeport Shuttles"), ("freeportshuttle", "mbshuttles"), role=("Operations Supervisor", "Fleet Coordinator"), tz="jm")
mr("th4", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGreat chatting on Friday. We've gone ahead and offered {role} to Kyla Sampson, who ran our summer season, and she's said yes. Spring hiring opens in March, eh.\n\n{sig}\n\n{ORIG}",
   ("Nanaimo Harbour Kayak Co.", "Protection Island Ferry"), ("harbourkayak", "protectionferry"), role=("Guide Lead", "Deckhand"), tz="nan")
mr("th5", "RE: [EXT] Re: Entrevista / {role}",
   "Dear {n},\n\nGrateful for the message. We inform that the administration chose Eng. Ricardo Fontes (Braga unit) for the function of {role}, and he accepted the proposal.\n\nCom os melhores cumprimentos,\n{sig}\n\n{OUT}",
   ("Matosinhos Quay Engineering", "Douro Freight Lda"), ("matosinhosquay", "dourofreight"), role=("Maintenance Coordinator", "Maintenance Coordinator"), tz="pt")
mr("th6", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nAssalam-o-Alaikum – your trip to Karachi was much appreciated. The board has now appointed Mr Haris Qureshi, who served as acting {role} for the last six months, and he has accepted. Hosting you was an honour.\n\nJazakAllah,\n{sig}\n\n{GM}",
   ("Indus Cold Chain Ltd", "Clifton Cold Stores"), ("induscold", "cliftoncold"), role=("Store Manager", "Store Manager"), tz="pk")
mr("th7", "RE: [EXT] Re: Catch-up on {role}",
   "Hiya {n},\n\nTa for the note. The owners have handed the {role} job to Connor Bell from the Ashington shop, and he's starting the week after next. You were a canny candidate and a pleasure to meet.\n\nTa,\n{sig}\n\n{RULE}",
   ("Morpeth Cycleworks", "Hexham Cycle Barn"), ("morpethcycles", "hexhamcycles"), role=("Workshop Lead", "Workshop Lead"), tz="uk")
mr("th8", "RE: [EXT] Re: Second round – {role}",
   "Dumela {n},\n\nThank you for the warm follow-up. Management has settled on Ms Naledi Sebele, our Francistown branch officer, for the {role} role, and she takes it up next month. Meeting you in person was a delight.\n\nKe a leboga,\n{sig}\n\n{ORIG}",
   ("Kgale Hill Micro-Lenders", "Main Mall Savings Bureau"), ("kgalelenders", "mainmallsavings"), role=("Branch Officer", "Credit Officer"), tz="bw")
# ---- 8 clear refusals under long footers
mr("ft1", "{role} – outcome of your form",
   "Dear {n},\n\nGrateful you put in for {role} at {co}. Your form won't go through to interview for this vacancy.{FOOT}",
   ("Northumbria Coast Leisure", "Montego Bay Resort Group"), ("nclleisure", "mbresortgroup"), frm=ATS, role=("Lifeguard", "Guest Services Agent"), tz=("uk", "jm"))
mr("ft2", "{role}: outcome",
   "Hi {n},\n\nWe've looked at your {role} application. I'm afraid it stops here; others matched the role more closely.{FOOT}",
   ("Lucknow Metro Retail", "Nanaimo Marine Supply"), ("lkometroretail", "nanaimomarine"), frm=ATS, role=("Floor Supervisor", "Parts Counter Clerk"), tz=("lko", "nan"))
mr("ft3", "{co} vacancy {ref}",
   "Dear {n},\n\nThis round, your {role} application didn't get through. Cheers for the graft.{FOOT}",
   ("Gaborone Sun Hypermarkets", "Porto Ribeira Markets"), ("gabsunhyper", "ribeiramarkets"), frm=ATS, role=("Butchery Assistant", "Stock Controller"), tz=("bw", "pt"))
mr("ft4", "Regarding {role}",
   "Dear {n},\n\nRegretfully, your {role} application has gone no further.{FOOT}",
   ("Karachi Harbour Retail", "Sligo Bay Outlets"), ("kharbourretail", "sligobayoutlets"), frm=ATS, role=("Cashier", "Visual Merchandiser"), tz=("pk", "ie"))
# ---- 9 hedged refusals
mr("hd1", "{role} update",
   "Hi {n},\n\nCheers for waiting. The night-shift side of {role} suited a couple of other applicants a little better, so those two got the nod.\n\nAll the very best,\n{sig}\n{co}",
   ("Team Valley Print Finishers", "Ocho Rios Printworks"), ("teamvalleyprint", "ochoprint"), role="Machine Minder", tz=("uk", "jm"))
mr("hd2", "Your application – {role}",
   "Dear {n},\n\nThanks for applying. Since the advert went up, the company has steered {role} another direction, keeping that work with the current team.\n\nBest regards,\n{sig}\n{co}",
   ("Gaborone Westwood Interiors", "Lucknow Qaisarbagh Interiors"), ("westwoodinteriors", "qaisarbaghinteriors"), role="Design Assistant", tz=("bw", "lko"))
mr("hd3", "{co}: {role}",
   "Hello {n},\n\nTa for coming in. For {role} the branch chose people whose past work sits a shade nearer its day-to-day needs.\n\nKind regards,\n{sig}",
   ("Nanaimo Old City Opticians", "Sialkot Surgical Optics"), ("oldcityoptics", "sialkotoptics"), role="Optical Assistant", tz=("nan", "pk"))
mr("hd4", "{role} – {co}",
   "Dear {n},\n\nWe thank the participation. We inform that other profiles revealed a better adequacy to the requisites of {role}.\n\nCumprimentos,\n{sig}",
   "Braga Têxtil Lda", "bragatextil", role="Production Planner", tz="pt")
mr("hd5", "{role} position",
   "Respected {n},\n\nThanks for the interest shown. As per present requirement, management deemed other candidates more suited to the {role} post.\n\nRegards,\n{sig}\n{co}",
   "Rawalpindi Skyline Builders", "skylinebuilders", role="Site Surveyor", tz="pk")
mr("hd6", "About {role}",
   "Hey {n},\n\nThanks for the chat. The {role} hire has gone another way for now – toward someone able to start right off.\n\n{sig}\n{co}",
   "Ironbound Brewing Taproom", "ironboundtaproom", role="Bartender", tz="use")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}",
   "Hi {n},\n\nCheers for the chat earlier. Word from {co}'s client: they've offered the {role} role to another candidate. Meanwhile a {x} role has just come in, tailor-made for you – can I pass your CV along? Give us a bell today.\n\n{sig}\n{co}",
   ("Tyne Bridge Recruitment", "Kgale Talent Partners"), ("tynebridgerec", "kgaletalent"), role=("Warehouse Supervisor", "Sales Representative"), x=("stock control lead at a Gateshead depot", "key account officer in Broadhurst"), tz=("uk", "bw"))
mr("rc2", "After our call – {role}",
   "Hi {n},\n\nGood natter this morning, {n}. Sadly the client gave {role} to another candidate. Silver lining: I'm working on a {x} that looks a better match – could you send your latest CV by tonight?\n\nCheers,\n{sig}, {co}",
   ("Island Staffing Nanaimo", "Montego Talent Connect"), ("islandstaffing", "mbtalent"), role=("Dispatcher", "Front Office Lead"), x=("logistics coordinator contract in Duke Point", "reservations supervisor post in Rose Hall"), tz=("nan", "jm"))
mr("rc3", "{role} feedback",
   "Adaab {n},\n\nAs discussed telephonically, client has closed {role} with another candidate. However, one more opening is there – Senior Analyst, Gomti Nagar firm. Kindly revert with consent to share your profile.\n\nRegards,\n{sig}\n{co}",
   "Awadh Talent Search", "awadhtalent", role="Business Analyst", tz="lko")
mr("rc4", "{role} – client decision",
   "Dear {n},\n\nPost our call, the client elected to advance another candidate for {role}. Meanwhile I have an opportunity of Export Assistant in Leixões adequate to your profile. Can we talk tomorrow?\n\nCumprimentos,\n{sig}\n{co}",
   "Lusitânia Recrutamento", "lusirecruit", role="Logistics Analyst", tz="pt")
mr("rc5", "Re: our call",
   "Hi {n},\n\nCheers for the phone time. {role} has gone to another person, the hiring manager tells me. A {x} role on my desk looks a better fit – chat tomorrow?\n\n{sig}\n{co}",
   "Karachi Talent Bridge", "khitalent", role="HR Officer", x="payroll specialist", tz="pk")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}",
   "Dear {n},\n\nRe vacancy {ref} ({role}): rated qualified, but your name fell outside the shortlist certified onward to the hiring official; under this announcement your candidacy ends.\n\n{co}",
   ("Northumberland County Council Recruitment", "Gaborone Civil Posts Recruitment Board"), ("northumberland-recruit", "dpsm-bw"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Records Officer"), tz=("uk", "bw"))
mr("ps2", "Eligibility decision – {role}",
   "Dear {n},\n\nWe checked your {role} application against the notified requirements. Lacking {x}, it is declared ineligible and is now closed.\n\n{co}",
   ("Uttar Pradesh Subordinate Services Cell, Lucknow", "Punjab Public Service Office, Lahore"), ("upsubcell", "punjabpso"), frm="{co} <notices@{dom}>", role=("Junior Assistant", "Sub-Engineer"), x=("a domicile certificate", "an attested degree copy"), tz=("lko", "pk"))
mr("ps3", "Cancellation of vacancy {ref}",
   "Dear {n},\n\nVacancy {ref} ({role}) is withdrawn; the parish will leave the post empty this year. Your application, with every other one lodged, is closed off.\n\nHuman Resources\n{co}",
   ("St James Municipal Corporation", "City of Nanaimo Human Resources"), ("stjamesmunicipal", "nanaimo-hr"), frm="{co} <hr@{dom}>", role=("Parks Officer", "Utility Worker"), tz=("jm", "nan"))
mr("ps4", "Written examination result – {role}",
   "Dear {n},\n\nThe {role} written paper has now been marked. You scored {x}, below the {y} needed for the next stage, so you do not move on.\n\n{co}",
   ("Portuguese Public Administration Exams Unit", "Irish Local Authority Appointments"), ("pa-exams-pt", "la-appointments-ie"), frm="{co} <exams@{dom}>", role=("Administrative Technician", "Clerical Officer"), x=("11.2 of 20", "61%"), y=("12.5", "70%"), tz=("pt", "ie"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}",
   "Hi {n},\n\nRef {ref} · {role} · status now: application no longer under consideration (automatic update).\n\n{co} Careers",
   ("Tyne Metro Ops", "Okanagan Orchard Logistics"), ("tynemetroops", "orchardlogistics"), frm=ATS, role=("Customer Host", "Yard Driver"), tz=("uk", "nan"))
mr("st2", "Your application status",
   "<html><body><p>Application ID {ref}</p><p>Role: {role}</p><p>Status: <b>No longer being considered</b></p><p>{co}</p></body></html>",
   ("Gaborone Sun Logistics", "Lahore Ravi Logistics"), ("gabsunlog", "ravilogistics"), frm=ATS, role=("Fleet Clerk", "Inventory Controller"), tz=("bw", "pk"))
mr("st3", "Application {ref} – status changed",
   "<html><body><p>Hello {n},</p><p><b>{role}</b> – status: no longer being considered (automatic notice, ref {ref}).</p><p>{co}</p></body></html>",
   ("Lucknow Nawab Foods", "Montego Bay Marine Fuels"), ("nawabfoods", "mbmarinefuels"), frm=ATS, role=("Sales Officer", "Dock Attendant"), tz=("lko", "jm"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship – decision",
   "Dear {n},\n\nTa for your {co} summer internship application. {role} drew a mountain of forms; having read yours closely, this year's seats go to others.\n\nThe portal reopens next autumn – do have another go.\n\nEarly Careers Team",
   ("Tyneside Offshore Engineering", "Gaborone Mining Analytics"), ("tyneoffshore", "gabmining"), role=("the Subsea Placement", "the Geology Internship"), tz=("uk", "bw"))
mr("in2", "Graduate Programme {x} – outcome",
   "Dear {n},\n\nThe {co} Graduate Programme panel has finished with the assessment-day cohort, and your application ends before the offer stage.\n\nBest wishes,\n{sig}\nGraduate Recruitment",
   ("Lisbon Atlântico Bank", "Karachi Indus Bank"), ("atlanticobank", "indusbank"), x=("2026", "2026"), tz=("pt", "pk"))
mr("in3", "Co-op term – {role}",
   "Hi {n},\n\nTa for interviewing with {co} for the {role} co-op term. Every co-op spot for next term is now taken, leaving none for you.\n\nBest of luck with the semester,\n{sig}",
   ("Vancouver Island Hydro Services", "Montego Bay Airport Authority"), ("islandhydro", "mbairport"), role=("Field Technician", "Operations Intern"), tz=("nan", "jm"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've got your application – {role} (R-{ref})",
   "Hello {n},\n\n{role}: application logged. Your candidate home will move through Submitted › In Review › Interview › Offer, or end at Closed – Filled by Another Candidate; each move pings you by e-mail.\n\n{co} Talent Acquisition",
   ("Blyth Cable Yard Ltd", "Gaborone Diamond Sorting Trust"), ("blythcableyard", "gabsorting"), frm=ATS, role=("Rigger", "Vault Clerk"), tz=("uk", "bw"))
mo(A, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nGlad you're keen on {role}. Humans, not robots, go through each form here. A fit gets a call; a miss gets a short note.\n\nThe {co} Recruiting Team",
   ("Hazratganj Chikan House", "Departure Bay Floatplanes"), ("chikanhouse", "dbfloatplanes"), frm=ATS, role=("Design Coordinator", "Flight Dispatcher"), tz=("lko", "nan"))
mo(A, "lv", "Application received: {role}",
   "Hey {n},\n\nGot it – your {role} application to {co} landed. Hired or not, your profile sits in our Brinefold pool ten months, unless you reply FOAMSTOP.\n\n{sig} (via Lever)",
   ("Sangster Ground Handling", "Coimbra Código Software"), ("sangstergh", "codigosw"), role=("Cargo Agent", "Data Engineer"), tz=("jm", "pt"))
mo(A, "sr", "We received your application – {role}",
   "<html><body><p>Dear {n},</p><table border='1'><tr><th>Stage</th><th>What it means</th></tr><tr><td>Received</td><td>You are here</td></tr><tr><td>Screening</td><td>Recruiter review</td></tr><tr><td>Not successful</td><td>Another applicant selected</td></tr><tr><td>Interview</td><td>We call you</td></tr></table><p>{co} Hiring</p></body></html>",
   ("Sialkot Match Footballs", "Alnwick Garden Centre"), ("sialkotmatch", "alnwickgc"), frm=ATS, role=("Pattern Cutter", "Café Host"), tz=("pk", "uk"))
mo(A, "ic", "{co}: application {ref} received",
   "Dear {n},\n\n{role} form received. Should {x} be absent from your uploads, screening closes the form straight off; if it's there, a recruiter picks it up inside ten working days.\n\n{co} Recruitment Centre",
   ("Cramlington Pharma Packing", "Harewood Collision Centre"), ("cramlingtonpack", "harewoodcollision"), frm=ATS, role=("QC Sampler", "Painter's Helper"), x=("a GMP induction certificate", "a Class 5 licence"), tz=("uk", "nan"))
mo(A, "tl", "Requisition {ref}: submission confirmed",
   "Dear {n},\n\n{co} confirms your {role} submission. Should the requisition go to somebody else, the record turns Inactive without anyone touching it; till that day it reads Active.\n\nHuman Resources – {co}",
   ("Port Qasim Freight Services", "Leixões Cork Exporters"), ("qasimfreight", "leixoescork"), frm=ATS, role=("Customs Clerk", "Export Assistant"), tz=("pk", "pt"))
mo(A, "wk", "Thanks for applying – {role}",
   "Hi {n},\n\nCheers for applying to {co}. Usually a paid trial shift follows. Should it then go elsewhere, we say so plainly – nobody gets ghosted here.\n\n{sig}",
   ("Amble Quayside Smokehouse", "Catherine Hall Bammy Kitchen"), ("amblesmokehouse", "bammykitchen"), role=("Smoker's Assistant", "Prep Cook"), tz=("uk", "jm"))
mo(A, "bh", "{role}: received",
   "Hello {n},\n\nGot your {role} application safely. A heads-up: should an in-house colleague apply and land the post, outside applications close. Whichever way it goes, an e-mail follows.\n\n{sig}\nPeople Team, {co}",
   ("Gomti Nagar Ledgerworks", "Broadhurst Courier Co."), ("ledgerworks", "broadhurstcourier"), role=("Tax Associate", "Route Planner"), tz=("lko", "bw"))
mo(A, "tt", "Candidature received – {role}",
   "Dear {n},\n\nYour candidature for {role} is registered with us. If it does not pass to the following phase, an e-mail informs you; whatever happens, your data remain in our base twelve months.\n\nCom os melhores cumprimentos,\n{sig}\n{co}",
   ("Vila Nova Port Wine Lodge", "Setúbal Naval Repairs"), ("vnportlodge", "setubalnaval"), role=("Cellar Hand", "Pipe Fitter"), tz="pt")
mo(A, "pp", "Application received – {role}",
   "Dear {n},\n\nApplication in. Every form is marked on the published criteria; those under the shortlisting mark hear by e-mail once the advert closes, and everybody above it gets an interview invite.\n\n{co} Recruitment (Pinpoint)",
   ("Lahore Loomside Buying House", "Wagga Riverina Stockfeeds"), ("loomside", "riverinafeeds"), frm=ATS, role=("Merchandiser", "Weighbridge Operator"), tz=("pk", "au"))
mo(A, "jz", "Got your application, {n}",
   "Now then {n},\n\nTa for your {role} form at {co}, pet. Gaffer gans through them Fridays. Hear nowt in three weeks and reckon he's picked somebody else – divvent take it to heart.\n\n{sig}",
   ("Whitley Bay Amusements", "Rothbury Outdoor Gear"), ("whitleyamuse", "rothburygear"), role=("Change Kiosk Attendant", "Boot Fitter"), tz="uk")
mo(A, "ab", "{co} – we got your application",
   "Hi {n},\n\nYour {role} application arrived. A founder reads each one personally. Hire or pass, a reply arrives in under three weeks.\n\n{sig}, {co}",
   ("Islamabad Signalgrid Telecom", "Tynemouth Tidecode Labs"), ("signalgrid", "tidecode"), role=("RF Engineer", "Product Designer"), tz=("pk", "uk"))
mo(A, "sc", "{co} crew form received",
   "Hi {n},\n\nCrew form received. Returning pickers get first dibs on bunks; should they fill the lot, your form carries over to next season by itself.\n\n{sig}\nCrew Office",
   ("Malihabad Mango Packhouse", "Okanagan Benchland Vineyards"), ("malihabadmango", "benchlandvines"), tz=("lko", "nan"))
mo(A, "th1", "Application received – {role}",
   "Hi {n},\n\nYour {role} application to {co} is in. A shortlist gets a panel day. Not shortlisted? We still write, so nobody's left hanging.\n\n{sig}",
   ("Tyneside Parcel Hub", "Gaborone Parcel Exchange"), ("tyneparcelhub", "gabparcel"), role=("Sorter", "Van Loader"), tz=("uk", "bw"))
mo(A, "th2", "Receipt of application – {role}",
   "Dear {n},\n\nWe have received with thanks your {role} application. If not shortlisted, same shall stay in our data bank a full year against upcoming requirements.\n\nRegards,\n{sig}",
   ("Awadh Logistics Pvt Ltd", "Sialkot Kitline Exports"), ("awadhlogistics", "kitline"), role=("Billing Executive", "Store Keeper"), tz=("lko", "pk"))
mo(A, "th3", "We have yuh application",
   "Wah gwaan {n},\n\nWe get yuh application fi {role}, tanks. If we nuh call yuh inna two weeks, it mean we gone wid a next person – more openings soon come still.\n\n{sig}",
   ("Freeport Cruise Shuttles", "Montego Freeport Shuttles"), ("freeportshuttle", "mbshuttles"), role=("Shuttle Driver", "Ticket Agent"), tz="jm")
mo(A, "th4", "Thanks for applying, {n}",
   "Hi {n},\n\nYour {role} application with {co} is in. We only get in touch on a match, eh – but it stays live here till spring regardless.\n\n{sig}",
   ("Nanaimo Harbour Kayak Co.", "Protection Island Ferry"), ("harbourkayak", "protectionferry"), role=("Rental Desk", "Ticket Seller"), tz="nan")
mo(A, "th5", "Receção de candidatura – {role}",
   "Dear {n},\n\nYour application for {role} has arrived at the Douro office. Selected or not, every candidate gets an answer before month's end.\n\nCumprimentos,\n{sig}\n{co}",
   ("Matosinhos Quay Engineering", "Douro Freight Lda"), ("matosinhosquay", "dourofreight"), role=("CAD Technician", "Freight Clerk"), tz="pt")
mo(A, "th6", "Application acknowledged – {role}",
   "Dear {n},\n\nAssalam-o-Alaikum. We have your {role} application on record. If not selected, intimation shall come via e-mail; selected ones get called for a test InshaAllah.\n\n{sig}",
   ("Indus Cold Chain Ltd", "Clifton Cold Stores"), ("induscold", "cliftoncold"), role=("Reefer Technician", "Data Entry Operator"), tz="pk")
mo(A, "th8", "Application received – {role}",
   "Dumela {n},\n\nKe a leboga for applying as {role}. Kindly note we contact shortlisted people only; thirty days of silence means please regard it as unsuccessful.\n\n{sig}",
   ("Kgale Hill Micro-Lenders", "Main Mall Savings Bureau"), ("kgalelenders", "mainmallsavings"), role=("Teller", "Collections Clerk"), tz="bw")
mo(A, "ft1", "Application received: {role}",
   "Dear {n},\n\n{role} application logged. Good news or bad, a line from us arrives before a fortnight's up.{FOOT}",
   ("Northumbria Coast Leisure", "Montego Bay Resort Group"), ("nclleisure", "mbresortgroup"), frm=ATS, role=("Swim Teacher", "Pool Attendant"), tz=("uk", "jm"))
mo(A, "ps1", "Application received – vacancy {ref}",
   "Dear {n},\n\n{role}: application logged. Once assessed, qualified applicants can be certified onward to the hiring official; those left off that list receive a results notice.\n\n{co}",
   ("Northumberland County Council Recruitment", "Gaborone Civil Posts Recruitment Board"), ("northumberland-recruit", "dpsm-bw"), frm="{co} <recruitment@{dom}>", role=("Library Assistant", "Clerical Assistant"), tz=("uk", "bw"))
mo(A, "ps2", "Application number {ref} registered",
   "Dear {n},\n\nOnline application for {role} registered. Any application missing the listed documents is treated as ineligible, so recheck uploads before the last date.\n\n{co}",
   ("Uttar Pradesh Subordinate Services Cell, Lucknow", "Punjab Public Service Office, Lahore"), ("upsubcell", "punjabpso"), frm="{co} <notices@{dom}>", role=("Typist", "Assistant Director"), tz=("lko", "pk"))
mo(A, "in1", "Internship application received",
   "Dear {n},\n\nYour {co} internship form has landed. We post decisions in March; if no seat comes your way, we say so then and keep you on the early-careers mailing list.\n\nEarly Careers Team",
   ("Tyneside Offshore Engineering", "Gaborone Mining Analytics"), ("tyneoffshore", "gabmining"), tz=("uk", "bw"))
mo(A, "hd1", "Thanks for applying – {role}",
   "Hi {n},\n\nYour {role} application reached us. Busy round, so a silent month means the job went to another applicant.\n\n{sig}\n{co}",
   ("Team Valley Print Finishers", "Ocho Rios Printworks"), ("teamvalleyprint", "ochoprint"), role=("Guillotine Operator", "Finishing Hand"), tz=("uk", "jm"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "wd", "Interview invitation – {role}",
   "Hello {n},\n\nPlease come and interview for {role} on {dl}, half ten. Unfortunately visitors can't park inside while the yard gets resurfaced – street bays by the gate are fine.\n\n{co} Talent Acquisition",
   ("Blyth Cable Yard Ltd", "Gaborone Diamond Sorting Trust"), ("blythcableyard", "gabsorting"), frm=ATS, role=("Storeman", "Security Officer"), tz=("uk", "bw"))
mo(IV, "gh", "Let's talk – {role}",
   "Hi {n},\n\nThe team liked your {role} application and wants a video call on {dl}. Sadly our booking tool died this morning – just reply with whatever hour works.\n\n{sig}",
   ("Hazratganj Chikan House", "Departure Bay Floatplanes"), ("chikanhouse", "dbfloatplanes"), role=("Export Merchandiser", "Dock Hand"), tz=("lko", "nan"))
mo(IV, "th1", "RE: [EXT] Re: {role} – panel day",
   "Hi {n},\n\nTa for the note. You've made the panel day, {dl}, 9am start. I'm afraid our lift is kaput, so it's up the stairs to floor two.\n\n{sig}\n\n{OUT}",
   ("Tyneside Parcel Hub", "Gaborone Parcel Exchange"), ("tyneparcelhub", "gabparcel"), role=("Shift Lead", "Hub Supervisor"), tz=("uk", "bw"))
mo(IV, "th7", "RE: [EXT] Re: {role} – next chat",
   "Hiya {n},\n\nCanny to hear from you. Fancy nipping into the workshop {dl}, two o'clock, for a proper chat with the owners? Sorry, the front door sticks something awful – give it a good shove.\n\n{sig}\n\n{RULE}",
   ("Morpeth Cycleworks", "Hexham Cycle Barn"), ("morpethcycles", "hexhamcycles"), role=("Mechanic", "Mechanic"), tz="uk")
mo(IV, "th4", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the quick reply! Swing by the dock {dl} around 11 and meet the crew? Bad news: the parking lot is icy, so wear proper boots, eh.\n\n{sig}\n\n{GM}",
   ("Nanaimo Harbour Kayak Co.", "Protection Island Ferry"), ("harbourkayak", "protectionferry"), role=("Guide", "Deckhand"), tz="nan")
mo(IV, "th2", "RE: [EXT] Re: Interview – {role}",
   "Dear {n},\n\nThanks for revert. Kindly report for the in-person interview, {dl}, 11 AM sharp, with originals. Regrettably our canteen stays shut that day, hence kindly carry own tiffin.\n\n{sig}\n\n{ORIG}",
   ("Awadh Logistics Pvt Ltd", "Sialkot Kitline Exports"), ("awadhlogistics", "kitline"), role=("Transport Officer", "Transport Officer"), tz=("lko", "pk"))
mo(IV, "o4", "Interview – {role}",
   "Wah gwaan {n},\n\nWe like yuh application fi {role}! Come check we {dl}, ten o'clock sharp. Sadly di AC mash up inna di office, so dress light.\n\nBless up,\n{sig}",
   "Hip Strip Island Tours", "hipstriptours", role="Excursion Rep", tz="jm")
mo(IV, "tt", "Convocatória – {role}",
   "Dear {n},\n\nIt is with pleasure that we convoke you to an interview for {role}, {dl}, 15h. Unfortunately the main door is closed for obras; use the lateral door.\n\nCom os melhores cumprimentos,\n{sig}",
   ("Vila Nova Port Wine Lodge", "Setúbal Naval Repairs"), ("vnportlodge", "setubalnaval"), role=("Cellar Hand", "Pipe Fitter"), tz="pt")
mo(IV, "o7", "Interview call – {role}",
   "Respected {n},\n\nAssalam-o-Alaikum. Interview for {role} is fixed, {dl}, 10:00 AM. Unfortunately our generator is getting repaired, so kindly bring printed document copies.\n\n{sig}",
   "Faisalabad Crescent Weaving", "crescentweaving", role="Shift Engineer", tz="pk")
mo(IV, "o2", "Interview invitation – {role}",
   "Dumela {n},\n\nKindly note you made the {role} interview list: {dl}, 09:00. Unfortunately our Tlokweng road gate stays locked, so come round the side.\n\nPula,\n{sig}",
   "Mogoditshane Brickfield (Pty) Ltd", "mogobrick", role="Yard Foreman", tz="bw")
mo(IV, "o14", "Interview – {role}",
   "Hello {n},\n\nCan we meet about {role}, {dl}, 1 PM? Heads up – sadly the front office HVAC quit, so it may be toasty.\n\n{sig}\n{co}",
   "Snake River Grain Dryers", "snakeriverdryers", role="Field Service Tech", tz="usm")
mo(NX, "pp", "Next step: online assessment – {role}",
   "Dear {n},\n\nNext stage unlocked! Finish the online assessment before {dl} ends. Unfortunately once it starts there's no pause button – block out 40 minutes.\n\n{co} Recruitment",
   ("Lahore Loomside Buying House", "Wagga Riverina Stockfeeds"), ("loomside", "riverinafeeds"), frm=ATS, role=("Merchandiser", "Mill Operator"), tz=("pk", "au"))
mo(NX, "ab", "Next step – take-home exercise",
   "Hi {n},\n\nThanks for the call! Next comes a short exercise for {role}; return it before {dl} closes. Sorry, uploads over 5 MB bounce.\n\n{sig}, {co}",
   ("Islamabad Signalgrid Telecom", "Tynemouth Tidecode Labs"), ("signalgrid", "tidecode"), role=("Network Planner", "Backend Engineer"), tz=("pk", "uk"))
mo(NX, "ic", "Documents needed – {role}",
   "Dear {n},\n\nTo keep your {role} application moving, upload {x} before {dl} is out. Regrettably the front-desk scanner is broken; phone photos do the job.\n\n{co} Recruitment Centre",
   ("Cramlington Pharma Packing", "Harewood Collision Centre"), ("cramlingtonpack", "harewoodcollision"), frm=ATS, role=("Line Operative", "Auto-Body Apprentice"), x=("your GMP certificate", "your driver's abstract"), tz=("uk", "nan"))
mo(NX, "ps4", "Next stage: oral examination – {role}",
   "Dear {n},\n\nYour {role} written paper is a pass. Orals happen {dl}. Unfortunately the lift is awaiting an engineer; tell us if a ground-floor room helps.\n\n{co}",
   ("Portuguese Public Administration Exams Unit", "Irish Local Authority Appointments"), ("pa-exams-pt", "la-appointments-ie"), frm="{co} <exams@{dom}>", role=("Administrative Technician", "Clerical Officer"), tz=("pt", "ie"))
mo(NX, "in2", "Assessment centre – Graduate Programme",
   "Dear {n},\n\nCongratulations – the {co} assessment centre awaits you. Confirm a slot before {dl} closes. I'm afraid the online diary is offline; just answer this e-mail.\n\n{sig}\nGraduate Recruitment",
   ("Lisbon Atlântico Bank", "Karachi Indus Bank"), ("atlanticobank", "indusbank"), tz=("pt", "pk"))
mo(NX, "o3", "Next round – {role}",
   "Adaab {n},\n\nYou have cleared to the next round for {role}. Kindly submit the written task latest {dl} itself. Unfortunately our mail server is sluggish nowadays, so do drop a WhatsApp once uploaded.\n\n{sig}",
   "Aminabad Mithai Bhandar", "aminabadmithai", role="Store Manager", tz="lko")
mo(OF, "th5", "RE: [EXT] Re: Entrevista / {role}",
   "Dear {n},\n\nIt is with satisfaction that we send the proposal for the function of {role}, with entry on {dl}. Unfortunately the park of the building is in works until summer.\n\nCumprimentos,\n{sig}\n\n{RULE}",
   ("Matosinhos Quay Engineering", "Douro Freight Lda"), ("matosinhosquay", "dourofreight"), role=("Maintenance Technician", "Maintenance Technician"), tz="pt")
mo(OF, "sc", "You're on the crew!",
   "Hi {n},\n\nTop news – a bunk came free and you're on the {co} crew. Confirm before {dl} ends. Sadly the crew kitchen is mid-refit, so pack a camp stove for week one.\n\n{sig}",
   ("Malihabad Mango Packhouse", "Okanagan Benchland Vineyards"), ("malihabadmango", "benchlandvines"), tz=("lko", "nan"))
mo(OF, "o5", "Offer – {role}",
   "Hi {n},\n\nCome join {co} as {role} – first day {dl}. Unfortunately the staff washroom is being redone for a couple of weeks, eh.\n\n{sig}",
   "Lantzville Native Plant Nursery", "lantzvillenursery", role="Propagation Assistant", tz="nan")
mo(OF, "o9", "Job offer – {role}",
   "Hi {n},\n\nDelighted to say {role} at {co} is yours from {dl}. Unfortunately the wetsuit store stays locked till the manager's back, so kit comes the day after.\n\n{sig}",
   "Rosses Point Surf School", "rossessurf", role="Beach Instructor", tz="ie")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st1", "Status update: {role}",
   "Hi {n},\n\nRef {ref} · {role} · new status: with hiring manager for review.\n\n{co} Careers",
   ("Tyne Metro Ops", "Okanagan Orchard Logistics"), ("tynemetroops", "orchardlogistics"), frm=ATS, role=("Ticket Inspector", "Yard Driver"), tz=("uk", "nan"))
mo("other_job", "wdr", "Withdrawal confirmed – {role}",
   "Hello {n},\n\nPer your request, your {role} application is now withdrawn. Apply for anything else whenever suits.\n\n{co} Careers",
   ("Gaborone Sun Logistics", "Lahore Ravi Logistics"), ("gabsunlog", "ravilogistics"), frm=ATS, role=("Fleet Clerk", "Inventory Controller"), tz=("bw", "pk"))
mo("other_job", "hold", "{role} – recruitment paused",
   "Dear {n},\n\nQuick note: {role} recruitment is paused till finance signs the budget. Your application stays put and a fresh mail follows on restart.\n\n{sig}\n{co}",
   ("Lucknow Nawab Foods", "Montego Bay Marine Fuels"), ("nawabfoods", "mbmarinefuels"), role=("Sales Officer", "Dock Attendant"), tz=("lko", "jm"))
mo("job_alert", "alr", "Saltcote jobs this week: 3 new near you",
   "Hi {n},\n\nNew this Thursday:\n• Quay Porter – Amble\n• Bike Shop Mechanic – Hexham\nSorry, the salary filter is playing up, so pay is in each advert.{FOOT}",
   "Northumbria Coast Leisure", "nclleisure", frm="Saltcote Alerts <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "out", "A {role} role you might like",
   "Hi {n},\n\nSpotted your profile – I've a client in need of a {role} near {x}. Full-time, permanent, decent pay. Got ten minutes for a chat this week?\n\n{sig}\n{co}",
   ("Tyne Bridge Recruitment", "Island Staffing Nanaimo"), ("tynebridgerec", "islandstaffing"), role=("Transport Planner", "Marine Electrician"), x=("Gateshead", "Duke Point"), tz=("uk", "nan"))
mo("recruiter_outreach", "out2", "Opening for {role}",
   "Adaab {n},\n\nHope all is well. Urgent requirement is there of {role} for a reputed Gomti Nagar client. Kindly share latest CV with current and expected CTC if interested.\n\nRegards,\n{sig}\n{co}",
   "Awadh Talent Search", "awadhtalent", role="Team Lead – Collections", tz="lko")
mo("non_job_rejection_words", "loan", "Your loan application {ref}",
   "Dear {n},\n\nYour personal loan request to {co} has been assessed. Sadly it sits outside what our lending rules allow, so approval isn't possible for now.\n\n{sig}\nLending Team",
   ("Tynedale Building Society", "Gaborone Thrift Co-operative"), ("tynedalebs", "gabthrift"), tz=("uk", "bw"))
mo("non_job_rejection_words", "ballot", "Great North Swim ballot result",
   "Hi {n},\n\nTa for entering the swim ballot. Unfortunately your number wasn't drawn this year – demand was huge. You're first in line for the waiting list.\n\n{co}",
   "Tyneside Open Water Events", "tyneopenwater", frm="{co} <entries@{dom}>", tz="uk")
mo("non_job_rejection_words", "flat", "Regarding the Gomti Nagar flat",
   "Dear {n},\n\nThank you for visiting the 2BHK. Owner has finalised another family as tenant, so your request stands closed. We will share more listings soon.\n\n{sig}\n{co}",
   "Lucknow Homefinders", "lkohomefinders", tz="lko")
mo("non_job_rejection_words", "club", "Membership enquiry – {co}",
   "Hi {n},\n\nThanks for wanting to join {co}. Sorry, the novice eight is full this season and newcomers wait till spring.\n\n{sig}",
   "Departure Bay Rowing Club", "dbrowing", tz="nan")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Found via Puffinreach{ch} · Puffinreach small-trade vacancies)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <jobs@{dom}>"
    wr("t-" + fam, rej[0], rej[1] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "t-" + fam, twin[1], twin[2] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


pair("sailwashing", "Aster", "Largs Canvas Care", "largscanvas", "uk",
     ("Sailwashing hand – your application", "Hi {n},\n\nTa for your sailwashing note. Two folk who already know the big soaking tanks got the starts, and the spring rota is full."),
     (A, "Sailwashing hand – application in", "Hi {n},\n\nYour sailwashing application landed. Start or no start, every applicant gets an e-mail before March is out."))
pair("bellpolishing", "Bluebell", "Whitechapel Lane Bell Restorers", "bellrestorers", "uk",
     ("Bellpolishing assistant", "Dear {n},\n\nMany thanks for your letter on the bellpolishing assistant post. Somebody with belfry experience got the post, which closes your application."),
     (IV, "Bellpolishing assistant – come and see us", "Dear {n},\n\nVisit the workshop {dl} at ten? Unfortunately the lane is shut to cars that week – walk up from the station."))
pair("nettingdyeing", "Campion", "Killybegs Net Loft", "killybegsnet", "ie",
     ("Nettingdyeing job", "Hi {n},\n\nThanks a mil for the nettingdyeing application. A man off the pier with years at the vats got the job, so we'll not be ringing you."),
     (NX, "Nettingdyeing job – quick form", "Hi {n},\n\nFill in the wee health and safety form and get it back before {dl} ends? Sorry, the printer's banjaxed – a phone photo is grand."))
pair("rugbeating", "Daisy", "Savannah Heirloom Rug Care", "heirloomrugcare", "use",
     ("Rugbeating technician – update", "Hi {n},\n\nGrateful for your rugbeating technician application. A candidate who has handled antique wool took it, and your application closes there."),
     (OF, "Rugbeating technician – offer", "Hi {n},\n\nHappy to say the rugbeating technician job is yours, beginning {dl}. Unfortunately the loading dock is getting repaved; use the front lot."))
pair("bottlewashing", "Eyebright", "Kumasi Palmwine Bottlers", "kumasipalmwine", "gh",
     ("Bottlewashing operator", "Dear {n},\n\nWe thank you for the bottlewashing operator application. A hand from our Suame depot was appointed, and your application was unsuccessful."),
     (A, "Bottlewashing operator – received", "Dear {n},\n\nBottlewashing operator application received at Suame. Successful or otherwise, expect our answer in two weeks."))
pair("ropetarring", "Foxglove", "Lunenburg Rigging Loft", "lunenburgrigging", "ns",
     ("Ropetarring apprentice", "Hi {n},\n\nTa for writing about the ropetarring apprenticeship. A young fellow from Mahone Bay got the spot, and the loft has no second place this year."),
     (IV, "Ropetarring apprentice – visit", "Hi {n},\n\nDrop by the loft {dl}, nine o'clock, and see the tar kettle. Sadly the harbour road's flooded again – leave the car by the church."))
pair("shedcreosoting", "Gorse", "Waikato Farm Maintenance", "waikatofarmmaint", "nz",
     ("Shedcreosoting crew", "Kia ora {n},\n\nCheers for the shedcreosoting crew application. Two lads from Te Awamutu grabbed both spots, leaving the crew full this summer."),
     (A, "Shedcreosoting crew – got it", "Kia ora {n},\n\nShedcreosoting crew application received. Keen or not keen on the smell, everybody gets a reply from us by Friday week."))
pair("burlapstitching", "Heather", "Dundee Jute Revival Co.", "juterevival", "uk",
     ("Burlapstitching machinist", "Dear {n},\n\nTa for the burlapstitching machinist application. An applicant with industrial-machine hours was chosen, so there is no trial for you."),
     (NX, "Burlapstitching machinist – sample", "Dear {n},\n\nSend us a photo of one sample seam before {dl} ends. Sadly the post room is shut for a week – e-mail only."))
pair("gravelsieving", "Iris", "Nullarbor Roadbase Supply", "roadbasesupply", "wa",
     ("Gravelsieving operator", "G'day {n},\n\nTa for your gravelsieving operator application. A bloke already working the pit got the nod, so the role's gone."),
     (OF, "Gravelsieving operator – it's yours", "G'day {n},\n\nGravelsieving job's yours; you start {dl}. Heads up, bad news: the donga air-con has carked it, so bring a fan."))
pair("apricotpitting", "Jasmine", "Hunza Valley Dried Fruits", "hunzafruits", "pk",
     ("Apricotpitting supervisor", "Dear {n},\n\nThanks for your apricotpitting supervisor application. A candidate from Karimabad now fills the post, and your application is closed."),
     (A, "Apricotpitting supervisor – received", "Dear {n},\n\nYour apricotpitting supervisor papers have arrived. Shortlisted or not, a reply comes to you before the apricots ripen."))
pair("anchorchipping", "Kingcup", "Valletta Dry Dock Services", "vallettadrydock", "mt",
     ("Anchorchipping crew", "Dear {n},\n\nGrateful for your anchorchipping crew application. Applicants with past dry-dock time were picked, and yours ends there."),
     (IV, "Anchorchipping crew – interview", "Dear {n},\n\nA short interview, please: {dl}, half past eight. Unfortunately the Marsa gate is shut for repairs; come via the Grand Harbour side."))
pair("tyreretreading", "Lupin", "Mombasa Road Retreads", "mombasaretreads", "ke",
     ("Tyreretreading technician", "Dear {n},\n\nThanks for the tyreretreading technician application. Regrettably yours did not succeed; an applicant with vulcanising experience got the post."),
     (NX, "Tyreretreading technician – trade test", "Dear {n},\n\nKindly attend a trade test {dl}, 8 AM. Sorry, the workshop tank is dry this month; carry drinking water."))
pair("chestnutroasting", "Mallow", "Trastevere Winter Carts", "wintercarts", "it",
     ("Chestnutroasting cart vendor", "Dear {n},\n\nThanks for wanting a chestnutroasting cart. A returning vendor took the last one, and we have no cart for you this winter."),
     (A, "Chestnutroasting cart – received", "Dear {n},\n\nChestnutroasting cart application received. Cart or no cart, every applicant gets a letter before November."))
pair("cornshucking", "Nettle", "Lancaster County Sweetcorn Farm", "lancastersweetcorn", "use",
     ("Cornshucking crew", "Hi {n},\n\nThanks for the cornshucking crew application. Returning pickers filled every place, and the crew's closed for the season."),
     (OF, "Cornshucking crew – you're in", "Hi {n},\n\nThere's a cornshucking crew place for you, starting {dl}. Sadly the farm-stand restroom is broken; the barn one works."))
pair("woolcarding", "Oxlip", "Shetland Fleece Mill", "shetlandfleece", "uk",
     ("Woolcarding assistant", "Dear {n},\n\nThanks for your woolcarding assistant application. An islander who has run our carder before got the post, and we'll not take yours on."),
     (IV, "Woolcarding assistant – meet us", "Dear {n},\n\nCan you come by the mill {dl}, eleven? Unfortunately the ferry runs a cut timetable that week – check crossings first."))
pair("garlicbraiding", "Poppy", "Gilroy Garlic Growers", "gilroygarlic", "usp",
     ("Garlicbraiding hand", "Hi {n},\n\nThanks for the garlicbraiding hand application. Someone who has braided at the festival for years got picked, so yours is closed."),
     (NX, "Garlicbraiding hand – short video", "Hi {n},\n\nSend a short braiding video before {dl} ends? Sorry, our inbox caps attachments at 10 MB."))
pair("chilistringing", "Quaking", "Hatch Valley Ristra Co.", "hatchristra", "usm",
     ("Chilistringing helper", "Hi {n},\n\nThanks for the chilistringing helper application. Last fall's crew is hired back already, so no spot opens for you this year."),
     (A, "Chilistringing helper – got it", "Hi {n},\n\nChilistringing helper application received. Hired or not, a text goes out to you before Labor Day."))
pair("pinestumping", "Ragwort", "Kaingaroa Forest Services", "kaingaroaforest", "nz",
     ("Pinestumping operator", "Kia ora {n},\n\nThanks for the pinestumping operator application. An operator holding a current excavator ticket was picked instead."),
     (OF, "Pinestumping operator – offer", "Kia ora {n},\n\nThe pinestumping operator job is yours, beginning {dl}. Unfortunately the site hut lost its roof in the storm, so smoko's in the ute for now."))
pair("driftwoodsanding", "Sorrel", "Tofino Driftwood Studio", "tofinodriftwood", "nan",
     ("Driftwoodsanding studio assistant", "Hi {n},\n\nThanks for the driftwoodsanding assistant application. A local already part-time here got the spot, so yours goes no further."),
     (IV, "Driftwoodsanding studio assistant – drop in", "Hi {n},\n\nDrop into the studio {dl}, two o'clock? Unfortunately the beach-lot road washed out, eh – park by the visitor centre."))
pair("bunkerscrubbing", "Thrift", "Singapore Harbour Tank Cleaners", "sghtankclean", "sg",
     ("Bunkerscrubbing technician", "Dear {n},\n\nThanks for the bunkerscrubbing technician application. Another candidate holding a confined-space certificate was chosen, and yours is closed."),
     (NX, "Bunkerscrubbing technician – medical", "Dear {n},\n\nKindly book the pre-employment medical before {dl} ends. Unfortunately the Jurong clinic shuts Saturdays; pick a weekday."))
pair("dunefencing", "Umbel", "Outer Banks Dune Works", "obxdunes", "use",
     ("Dunefencing crew member", "Hi {n},\n\nThanks for the dunefencing crew application. Folks from last season filled the crew, leaving no spot for you."),
     (A, "Dunefencing crew – application in", "Hi {n},\n\nDunefencing application received. Crew or no crew, an answer reaches you before Memorial Day."))
pair("bargeloading", "Vetch", "Mississippi Grain Barge Co.", "msgrainbarge", "usc",
     ("Bargeloading deckhand", "Hi {n},\n\nAppreciate your bargeloading deckhand application. A candidate with river experience took the job, so yours is closed."),
     (OF, "Bargeloading deckhand – offer", "Hi {n},\n\nGlad to say the bargeloading deckhand job is yours; report {dl}. Unfortunately the dock ramp is slick with ice – wear the cleats we hand out."))
pair("hoofoiling", "Woodruff", "Kentucky Bluegrass Stables", "bluegrassstables", "use",
     ("Hoofoiling groom", "Hi {n},\n\nThanks for the hoofoiling groom application. A groom who worked our sales season is hired, and yours ends here."),
     (IV, "Hoofoiling groom – barn visit", "Hi {n},\n\nSwing by the barn {dl}, 7 AM? Sadly the gate keypad is broken, so call on arrival."))
pair("grapestomping", "Yarrow", "Barossa Heritage Winery", "barossaheritage", "sa",
     ("Grapestomping show host", "G'day {n},\n\nThanks for the grapestomping show host application. Last year's host is back, so yours goes no further."),
     (NX, "Grapestomping show host – audition clip", "G'day {n},\n\nSend a 60-second audition clip before {dl} ends. Sorry, cellar door wifi's rubbish – upload from home."))
pair("carpetknotting", "Zinnia", "Bhadohi Knot House", "bhadohiknot", "in",
     ("Carpetknotting trainer", "Dear {n},\n\nGrateful for your carpetknotting trainer application. A master weaver from our own looms takes the post, and your application is closed."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Puffinreach: 3 new small-trade jobs", "Hi {n},\n\nThis week on Puffinreach:\n• Netmender – Killybegs\n• Cider press hand – Hereford\n• Ferry deckhand – Mull\nSorry, map view is broken till Friday.", "Puffinreach", "puffinreach", frm="Puffinreach <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Your allotment plot request", "Dear {n},\n\nThanks for asking about a plot at {co}. Sorry – all plots are spoken for till next year, so we must decline. Your name goes onto the waiting list.\n\n{sig}", "Heaton Park Allotments", "heatonallotments", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <info@{dom}>"
    wr("l-" + fam, rej[0], rej[1] + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2] + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo",
   ("بخصوص طلبك لوظيفة حرفي فسيفساء", "مرحباً {n}،\n\nوصلتنا رسالتك بخصوص العمل في المشغل، فشكراً لك. اخترنا حرفياً من مادبا يرصف الحجارة الملونة منذ عشرين عاماً، فطلبك يتوقف هنا."),
   (A, "وصلنا طلبك – حرفي فسيفساء", "مرحباً {n}،\n\nطلبك للعمل في مشغل الفسيفساء بين أيدينا. قبلناك أو اعتذرنا، ستصلك كلمة منا قبل آخر الشهر."))
lp("de", "de", "Barkassen-Reederei Elbkante", "elbkante", "de",
   ("Ihre Bewerbung als Decksmann", "Moin {n},\n\nschön, dass Sie an Bord unserer Barkassen wollten. Den Platz als Decksmann bekommt nun ein Kollege mit Schifferpatent, für Sie bleibt diesmal leider keiner frei."),
   (A, "Eingangsbestätigung Decksmann", "Moin {n},\n\nIhre Mappe liegt jetzt im Büro an der Elbkante. Ja oder nein – spätestens nach drei Wochen melden wir uns."))
lp("es", "es", "Taller de Damasquinado Tajo", "damasquinadotajo", "es",
   ("Su candidatura: aprendiz de damasquinado", "Hola {n}:\n\nMil gracias por la carta. El puesto se lo queda un artesano que incrusta oro fino desde niño en otro taller toledano, de modo que lo suyo termina aquí."),
   (IV, "Entrevista en el taller", "Hola {n}:\n\n¿Puede pasarse por el taller el {dl}, a las diez? Por desgracia nuestra calle sigue levantada por las obras; venga por la placita trasera."))
lp("fr", "fr", "Distillerie des Collines de Grasse", "distilleriegrasse", "fr",
   ("Votre candidature – aide-distillateur", "Bonjour {n},\n\nLa distillerie a bien lu votre lettre, merci. Nos alambics de cuivre seront confiés à un ancien apprenti de la maison ; votre dossier s'arrête là."),
   (NX, "Prochaine étape : questionnaire", "Bonjour {n},\n\nLe questionnaire sur les allergies aux essences est à renvoyer pour le {dl}. Malheureusement notre fax rend l'âme : passez par le courriel."))
lp("hi", "hi", "बनारसी ताना-बाना बुनकर केंद्र", "banarasitana", "in",
   ("बुनकर सहायक पद – आपका आवेदन", "आदरणीय {n} जी,\n\nलोहता गाँव वाले रामसुमेर जी अब यह करघा सँभालेंगे। फलस्वरूप इस दफ़ा आपकी अर्ज़ी यहीं थम गई।"),
   (OF, "बुनकर सहायक पद – नियुक्ति प्रस्ताव", "आदरणीय {n} जी,\n\nबुनकर सहायक की जगह अब आपकी हुई! पहला दिन {dl} रहेगा। अफ़सोस, करघा घर में बिजली अब तक लौटी नहीं, सो शुरुआती हफ़्ता उजाले में ही चलेगा।"))
lp("it", "it", "Salumificio Colline Parmensi", "collineparmensi", "it",
   ("Candidatura per addetto alla stagionatura", "Gentile {n},\n\ngrazie della lettera. Il posto lo prende un addetto che da anni gira i prosciutti nella nostra cantina; per lei finisce qui."),
   (IV, "Colloquio – addetto alla stagionatura", "Gentile {n},\n\nci vediamo per due chiacchiere in salumificio il {dl}, ore 9.30? Purtroppo nel cortile ci sono i lavori; parcheggi sulla via Emilia."))
lp("ja", "ja", "有田の窯元 青嵐窯", "seirangama", "jp",
   ("絵付け職人の応募について", "{n} 様\n\nこのたびは当窯へご応募いただき、誠にありがとうございました。選考の結果、経験の長い方を採用することとなり、今回はご希望に添えない結果となりました。"),
   (NX, "次の選考：作品写真のご提出", "{n} 様\n\n次の選考として、絵付け作品の写真を{dl}までにお送りください。あいにく窯の電話が故障中のため、メールでご連絡ください。"))
lp("ko", "ko", "전주 한지 공방 달빛", "dalbithanji", "kr",
   ("한지 제작 보조 지원 결과", "{n} 님께\n\n저희 공방에 지원해 주셔서 감사합니다. 아쉽게도 이번에는 한지 뜨기 경력이 더 많은 분을 모시기로 하여 함께하지 못하게 되었습니다."),
   (IV, "면접 안내 – 한지 제작 보조", "{n} 님께\n\n{dl} 오전 열 시, 공방 마당에서 뵙고 이야기 나누고 싶습니다. 공교롭게도 주차장 공사 중이니 대중교통을 이용해 주세요."))
lp("pt", "pt", "Casa do Bordado do Funchal", "bordadofunchal", "pt",
   ("Candidatura a bordadeira", "Olá {n},\n\nObrigada por se lembrar da nossa casa. O lugar fica para uma bordadeira de Câmara de Lobos com muitos anos de agulha, e a sua candidatura termina neste ponto."),
   (OF, "Proposta – bordadeira", "Olá {n},\n\nFicamos com a senhora como bordadeira, com entrada a {dl}. Infelizmente o elevador continua parado; a oficina é no terceiro andar, pelas escadas."))
lp("ru", "ru", "Казанская кондитерская «Чак-чак и Ко»", "chakchak", "ru",
   ("Ваш отклик на вакансию кондитера", "Здравствуйте, {n}!\n\nСпасибо за интерес к нашей кондитерской. Мы выбрали кандидата, который уже работал с татарской выпечкой, поэтому продолжать рассмотрение вашей анкеты не будем."),
   (A, "Анкета кондитера получена", "Добрый день, {n}!\n\nАнкета кондитера у нас. Да или нет — ответим в ближайшие две недели."))
lp("sw", "sw", "Karakana ya Majahazi Nungwi", "nungwidhow", "tz",
   ("Maombi yako ya fundi seremala", "Habari {n},\n\nAsante kwa barua yako. Nafasi imechukuliwa na fundi mzee wa Nungwi anayeunda majahazi tangu ujana; ombi lako halitaendelea."),
   (NX, "Hatua inayofuata – picha za kazi", "Habari {n},\n\nTafadhali tuma picha za kazi zako za useremala kabla ya {dl}. Kwa bahati mbaya mtandao wa karakana ni dhaifu, kwa hiyo tuma kwa WhatsApp."))
lp("th", "th", "สวนมะพร้าวบ้านนาสาร", "bannasancoconut", "th",
   ("ผลการสมัครตำแหน่งหัวหน้าคนงาน", "ถึงคุณ{n}\n\nตำแหน่งนี้ตกเป็นของลุงสมพงษ์ซึ่งดูแลต้นมะพร้าวมายี่สิบปี ใบสมัครของคุณจึงไม่ได้ไปต่อรอบนี้"),
   (OF, "ยินดีรับเข้าทำงาน", "เรียน {n}\n\nสวนมะพร้าวตกลงจ้างคุณแล้ว วันแรกคือ {dl} น่าเสียดายที่ทางดินหน้าสวนยังเละ โปรดสวมบูทยาง"))
lp("tr", "tr", "Karadeniz Fındık İşleme", "karadenizfindik", "tr",
   ("Vardiya amiri başvurunuz", "Merhaba {n},\n\nFındık fabrikamızı düşündüğünüz için sağ olun. Vardiya amirliğine geçen sezon bizde çalışan Hasan Bey geçti; sizin dosyanız burada kapanıyor."),
   (A, "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nVardiya amiri dosyanız elimizde. Evet ya da hayır, üç haftayı geçmeden e-posta atacağız."))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk",
   ("نقش گری کی آسامی – آپ کی درخواست", "جناب/محترمہ {n}،\n\nنیلے ظروف والوں کی طرف سے سلام۔ نقش گری کی جگہ استاد رحیم بخش کے شاگرد کو مل گئی، اس لیے آپ کی عرضی آگے نہیں جائے گی۔"),
   (NX, "اگلا مرحلہ – نمونے کا کام", "جناب/محترمہ {n}،\n\nاپنے ہاتھ کا ایک نقش {dl} سے پہلے بھجوا دیجیے۔ بدقسمتی سے کارخانے کا فون بند پڑا ہے، جواب ای میل پر دیں۔"))
lp("zh", "zh", "苏州绣艺工作室", "suzhouxiuyi", "cn",
   ("关于刺绣学徒岗位的申请", "{n}您好：\n\n感谢您对本工作室的关注。经过慎重考虑，我们选择了一位有多年针法经验的候选人，您的申请暂不继续推进。"),
   (OF, "录用通知：刺绣学徒", "{n}您好：\n\n很高兴通知您，我们决定录用您为刺绣学徒，{dl}正式上岗。遗憾的是，工作室门口正在修路，请从后门进入。"))
lp("cat", "cat", "Celler Cava Anoia", "cellercavaanoia", "es",
   ("La teva candidatura com a ajudant de celler", "Hola {n},\n\nMoltes gràcies per escriure al celler. La plaça se l'endú en Quimet, que ja va fer tres veremes amb nosaltres, i la teva sol·licitud s'atura aquí."),
   (A, "Hem rebut la teva candidatura", "Hola {n},\n\nHem rebut la teva sol·licitud d'ajudant de celler. Tant si és un sí com un no, t'escriurem abans de la verema."))
lp("glg", "glg", "Cooperativa de Bateas da Ría de Vigo", "bateasvigo", "es",
   ("A túa candidatura: mariñeiro de batea", "Ola {n}:\n\nGrazas polo teu interese. Escollemos un mariñeiro que xa traballou nas bateas de Cangas, polo que a túa candidatura non segue adiante."),
   (NX, "Seguinte paso: certificado médico", "Ola {n}:\n\nEnvíanos o certificado médico de mar antes do {dl}. Por desgraza o noso escáner está estragado, así que unha foto clara abonda."))
lp("afr", "afr", "Klein Karoo Volstruisplaas", "kleinkaroovolstruis", "za",
   ("Jou aansoek as plaaswerker", "Goeiedag {n},\n\nBaie dankie vir jou brief. Oom Gert se seun, wat al jare tussen die volstruise grootword, kry die pos, so jou aansoek eindig hier."),
   (IV, "Onderhoud op die plaas", "Goeiedag {n},\n\nKan jy {dl} teen tienuur plaas toe kom om te gesels? Ongelukkig is ons plaaspad ná die donderstorm vol slaggate, ry versigtig."))
lp("isl", "isl", "Hvalaskoðun Skjálfanda", "skjalfandi", "is",
   ("Umsókn þín um starf leiðsögumanns", "Sæl/l {n},\n\nTakk fyrir umsóknina. Við réðum leiðsögumann sem hefur siglt með okkur áður, og umsókn þín fer því ekki lengra að þessu sinni."))
lp("nor", "nor", "Lofoten Tørrfiskhjell", "lofotenhjell", "no",
   ("Søknaden din som hjellarbeider", "Hei {n},\n\nTusen takk for brevet. Plassen på hjellen går til en kar fra Reine som har hengt torsk for oss i mange vintre, og søknaden din stopper her."),
   (A, "Vi har fått søknaden din", "Hei {n},\n\nSøknaden som hjellarbeider ligger hos oss. Uansett svar melder vi oss før torsken kommer i februar."))
lp("dan", "dan", "Juletræsplantagen Vestjylland", "juletraevest", "dk",
   ("Din ansøgning som plantagemedhjælper", "Hej {n},\n\nMange tak for dit brev. Pladsen går til Søren fra nabogården, som fældede træer med os sidste jul, så din ansøgning slutter her."),
   (IV, "Samtale i plantagen", "Hej {n},\n\nKig forbi plantagen {dl} ved titiden? Desværre er indkørslen et mudderhul, så tag gummistøvler på."))
lp("fin", "fin", "Lapin Porosafarit Oy", "porosafarit", "fi",
   ("Hakemuksesi safarioppaaksi", "Hei {n},\n\nKiitos kirjeestäsi. Oppaan paikka meni Inarista kotoisin olevalle poromiehelle, joten sinun hakemuksesi päättyy tähän."),
   (A, "Hakemuksesi on vastaanotettu", "Hei {n},\n\nHakemuksesi safarioppaaksi on tullut perille. Valittiin sinut tai ei, kerromme päätöksestä kahden viikon sisällä."))
lp("est", "est", "Saaremaa Kadakapuutöökoda", "kadakatookoda", "ee",
   ("Sinu kandideerimine puutöölise kohale", "Tere, {n}!\n\nAitäh kandideerimast. Valisime töölise, kes on kadakapuuga varem töötanud, seega sinu avaldusega me edasi ei lähe."),
   (NX, "Järgmine samm: tööproov", "Tere, {n}!\n\nPalun saada meile foto mõnest oma puutööst hiljemalt {dl}. Kahjuks on töökoja telefon rikkis, nii et vasta e-kirjaga."))
lp("slv", "slv", "Kobilarna ob Krasu", "kobilarnakras", "si",
   ("Vaša prijava za delo konjarja", "Dober dan, {n},\n\nlepa hvala za pismo. Mesto konjarja dobi Janez, ki lipicance pri nas čisti že pet poletij, zato se vaša prijava tu konča."),
   (IV, "Vabilo na razgovor", "Dober dan, {n},\n\npridite na pogovor v hlev, {dl} ob devetih. Žal so glavna vrata v popravilu, vstopite pri jahalnici."))
lp("srp", "srp", "Шумадијска ракијска кућа", "sumadijarakija", "rs",
   ("Ваша пријава за посао у подруму", "Поштовани/а {n},\n\nхвала на пријави. Изабрали смо радника који већ има искуство у печењу ракије, па ваша пријава неће ићи даље."),
   (OF, "Понуда за посао у подруму", "Поштовани/а {n},\n\nдрагo нам је да вам понудимо посао у подруму од {dl}. Нажалост, паркинг испред куће се асфалтира, па оставите ауто у селу."))


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
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
        if day > LAST_DRAW:  # never past the window's last Friday
            day -= dt.timedelta(days=3)
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
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
    "afr": "{y}/{mm}/{dd}", "glg": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 182; slice 183, this slice and any later one are skipped by number."""
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
