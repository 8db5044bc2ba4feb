# ruff: noqa: E501, S311
"""Write the seventieth sealed blind slice for issue 11 (blind-slice-70.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 70 and later never read; our side printed)
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

SEED = 700701
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-70.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 70
SKIP_FROM = 70  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Philippa Rowntree", "Tadhg Ó Conchúir", "Revathi Balasubramanian", "Ambrose Kettlewell", "Zanele Khumalo",
    "Rawiri Tamihana", "Henrietta Goodenough", "Saoirse Fitzmaurice", "Obinna Eze", "Kerensa Pascoe",
    "Ifeoma Okafor", "Sipho Ndlovu", "Keerthana Murugesan", "Oisín Breathnach", "Funmilayo Adebayo",
    "Percival Oakshott", "Aroha Paewai", "Máire Geraghty", "Debashis Mukherjee", "Niamh Lenihan",
    "Palesa Mothibi", "Alasdair Fordyce", "Omkar Patwardhan", "Radka Procházková", "Wouter Claessens",
    "Yaw Boateng", "Refilwe Motaung", "Ananya Bhattacharya", "Cathal Mac Giolla", "Chinedu Okonkwo",
    "Ptolemy Hargreaves", "Shirin Tavakoli", "Wambui Njoroge-Kariuki", "Benedetta Galli", "Eoin Kavanagh",
    "Nneka Uzor", "Morwenna Jory", "Wiremu Poutama", "Atieno Ochieng", "Maëlle Guérin",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Atherton", "Emrys Pritchard", "Farzana Begum", "Struan McAllister", "Imogen Trelawny", "Jory Penrose"],
    "ie": ["Gráinne Ní Mhurchú", "Donncha Hegarty", "Clodagh Furlong", "Peadar Costigan"],
    "us": ["Marguerite Szymanski", "DeShawn Broussard", "Luz Maribel Ochoa", "Elmer Haugen", "Tanisha Whitfield"],
    "ca": ["Chantal Thibodeau", "Gurpreet Sandhu", "Taras Kowalchuk", "Réjean Cormier"],
    "au": ["Lachlan Penhaligon", "Despina Koutsoukis", "Kylie Brosnan", "Thanh Le"],
    "nz": ["Ropata Kereama", "Shona Galbraith-Reid", "Sione Taufa", "Mere Parata"],
    "za": ["Nomvula Dlamini", "Marelize Pretorius", "Lwazi Ngcobo", "Hennie Swanepoel"],
    "in": ["Kalpana Iyengar", "Nitin Deshpande", "Reshma Pillai", "Aftab Qureshi"],
    "ng": ["Hauwa Bello", "Babatunde Ogunleye"], "ke": ["Nyokabi Mwangi", "Kipchumba Rotich"],
    "ph": ["Marivic Dizon", "Rommel Sarmiento"], "sg": ["Tan Hui Min", "Suresh Pillay"],
    "hu": ["Zsófia Varga", "Levente Horváth"], "my": ["Ling Siew Mei", "Awang Jamil"],
    "vn": ["Đỗ Thị Hoa", "Vũ Quốc Bảo"], "sau": ["Reem Al-Otaibi", "Fahad Al-Mutairi"],
    "pk": ["Samina Yousaf", "Adeel Chaudhry"], "tr": ["Gülsen Aydın", "Kerem Yalçın"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
    "auq": "au",
}
LANG_SIGNERS = {
    "ar": ["نوال الحربي", "خالد العتيبي"], "de": ["Hannelore Vogt", "Detlef Brandes"],
    "es": ["Remedios Carrasco", "Anselmo Quiroga"], "fr": ["Josiane Lacombe", "Thibault Renaud"],
    "hi": ["सुनीता राठौर", "महेश भाटी"], "it": ["Rosaria Caputo", "Salvatore Greco"],
    "ja": ["森田 由美", "藤井 誠"], "ko": ["박은정", "최동현"], "pt": ["Fátima Correia", "Joaquim Teixeira"],
    "ru": ["Людмила Соколова", "Геннадий Орлов"], "sw": ["Rehema Salim", "Bakari Mussa"],
    "th": ["ศรีสุดา จันทร์หอม", "มาลี ศรีสวัสดิ์"], "tr": ["Hatice Yıldız", "Serkan Öztürk"],
    "ur": ["نسرین بانو", "طارق جاوید"], "zh": ["王秀英", "刘志强"],
    "epo": ["Ilona Kowalik", "Petro Ŝanda"], "bul": ["Десислава Петкова", "Стоян Иванов"],
    "cat": ["Montse Puigdomènech", "Jordi Casals"], "cym": ["Eirlys Huws", "Gareth ap Dafydd"],
    "zsm": ["Noraini Ismail", "Azman Hashim"], "nob": ["Ingrid Haugland", "Øyvind Berg"],
    "hun": ["Kovács Erzsébet", "Szabó Gábor"], "fin": ["Riitta Laaksonen", "Jukka Heikkinen"],
    "ell": ["Βασιλική Παπαδοπούλου", "Νίκος Αντωνίου"], "vie": ["Nguyễn Thị Lan", "Trần Văn Hùng"],
}
LANG_RECIPIENTS = {
    "ar": ["منيرة القحطاني", "هيفاء الزهراني"], "de": ["Marlene Krüger", "Lukas Wendt"],
    "es": ["Ainhoa Ibarra", "Eusebio Marín"], "fr": ["Ophélie Cartier", "Mathis Perrin"],
    "hi": ["नीलम शेखावत", "दिनेश चौहान"], "it": ["Lucia Marino", "Pasquale Ferrara"],
    "ja": ["山口 彩", "松本 大輔"], "ko": ["이수빈", "김태윤"], "pt": ["Inês Carvalho", "Rui Fonseca"],
    "ru": ["Ксения Павлова", "Артём Зайцев"], "sw": ["Neema Mrisho", "Juma Hamisi"],
    "th": ["พิมพ์ชนก สุขใจ", "อรทัย ใจดี"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["صائمہ رشید", "ثناء اقبال"], "zh": ["张丽娟", "黄志明"],
    "epo": ["Marta Lindqvist", "Tomaso Berger"], "bul": ["Радослава Николова", "Пламен Георгиев"],
    "cat": ["Laia Vilaró", "Pau Ferrer"], "cym": ["Siân Prydderch", "Dafydd Rowlands"],
    "zsm": ["Siti Aminah Yusof", "Hafiz Rahman"], "nob": ["Kari Solberg", "Henrik Dahle"],
    "hun": ["Tóth Anna", "Nagy Balázs"], "fin": ["Sanna Virtanen", "Mikko Lehtonen"],
    "ell": ["Ελένη Γεωργίου", "Δημήτρης Καραγιάννης"], "vie": ["Phạm Thu Hà", "Lê Minh Tuấn"],
}
GIVEN = {
    "Tadhg Ó Conchúir": "Tadhg", "Oisín Breathnach": "Oisín", "Cathal Mac Giolla": "Cathal",
    "Gráinne Ní Mhurchú": "Gráinne", "Tan Hui Min": "Hui Min", "Wambui Njoroge-Kariuki": "Wambui",
    "Shona Galbraith-Reid": "Shona", "Luz Maribel Ochoa": "Luz", "Gareth ap Dafydd": "Gareth",
    "Siti Aminah Yusof": "Siti Aminah", "Kovács Erzsébet": "Erzsébet", "Szabó Gábor": "Gábor",
    "Tóth Anna": "Anna", "Nagy Balázs": "Balázs", "Nguyễn Thị Lan": "Lan", "Trần Văn Hùng": "Hùng",
    "Phạm Thu Hà": "Hà", "Lê Minh Tuấn": "Tuấn", "Ling Siew Mei": "Siew Mei",
    "Đỗ Thị Hoa": "Hoa", "Vũ Quốc Bảo": "Bảo", "Zsófia Varga": "Zsófia", "Levente Horváth": "Levente",
}
PROVIDERS = ["wagtailmail", "stonechatpost", "dunnockbox", "chiffchaffnet", "greenfinchmail", "bramblingpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind70-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nMorning {sf} – grateful again for Tuesday's walk round the stores and the strong coffee. My driving licence scan and two referees' numbers are attached below.\nBest, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}) – update from {co}", "Hello {n},\n\nRequisition R-{ref}, {role}, was shut with nobody appointed. {x} We are not re-running it this year; your application is closed.\n\nRegards,\n{co} Talent Acquisition", ("Pellworth Scales", "Ormsby Tanneries"), ("pellworth-scales", "ormsby-tanneries"), frm="{co} <myworkday@{dom}>", role=("Weighbridge Technician", "Hide Grader"), tz=("uk", "cae"), x=("Weighbridge servicing is moving to an outside contractor from spring.", "Grading is being merged into the finishing shed's duties."))
mr("gh", "Your application: {role} at {co}", "Hi {n},\n\nGrateful you made the trip in about the {role} opening. Last week our offer went to a candidate who has {x}, and she said yes. Your file for this one is now closed.\n\nWarmly,\n{sig}\n{co}", ("Quillon Salle", "Tawhiri Sailcloth"), ("quillon-salle", "tawhiri-sailcloth"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Blade Repair Tech", "Loft Cutter"), tz=("usp", "nz"), x=("rewired scoring boxes for nine seasons", "cut racing mainsails for fourteen years"))
mr("lv", "{co}: {role}", "{n} –\n\nQuick note from the hiring team. The {role} seat is filled: we brought in a person who {x}, and they start on the first. Your candidacy is marked complete on our side.\n\n{sig}, {co}", ("Birchwick Toys", "Karoonda Tack Room"), ("birchwick-toys", "karoonda-tack"), frm="{co} <hire@lever.{dom}>", role=("Wooden Train Painter", "Bridle Stitcher"), tz=("cam", "au"), x=("ran a spinning-top workshop for a decade", "had stitched show bridles since school"))
mr("sr", "Status of your application – {role}", "<html><body><p>Dear {n},</p><p>Where things sit with your {co} application:</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Stage</td><td>{x}</td></tr></table><p>We appreciated hearing from you.</p><p>{co} People Team</p></body></html>", ("Gorsebrook Awls", "Cardwell Spectacles"), ("gorsebrook", "cardwell-specs"), frm="{co} <careers@smartr.{dom}>", role=("Polisher", "Lens Edger"), tz=("uk", "za"), x=("Complete – job given to a different applicant", "Shut – filled by another person"))
mr("ic", "{co} candidate portal: {role} (Job {ref})", "Dear {n},\n\nYour candidate record for Job {ref}, {role}, now reads: {x}. The hiring manager has moved on with the shortlist, and no further steps remain for you on this job.\n\nRegards,\nRecruitment Operations, {co}", ("Fenmoor Sluice Works", "Rattray Kiltmakers"), ("fenmoor", "rattray-kilts"), frm="{co} <icims@{dom}>", role=("Gate Fitter", "Pleater"), tz=("uk", "uk"), x=("Not Selected – Confined-Space Ticket Missing", "Not Selected – Sample Pleat Not Sent"))
mr("tl", "Job {ref}, {role}: requisition closed", "Dear {n},\n\n{x} Every applicant linked to Job {ref} ({role}) receives this message, and your submission will not go forward.\n\nTalent Services, {co}", ("Varley Brush Company", "Kinnaird Oatmills"), ("varley-brush", "kinnaird-oats"), frm="{co} <taleo@{dom}>", role=("Bristle Dresser", "Kiln Hand"), tz=("use", "uk"), x=("Cancelled – the bristle room is going to one shift.", "Withdrawn – hiring paused while the kiln is relined."))
mr("wk", "{role} at {co}", "Hi {n},\n\nOur {role} listing drew {x} applicants; eleven got a phone screen and four came in. You were outside those four, and the search has now wrapped up.\n\nAll the best,\n{sig} for {co}", ("Tamsworth Backstop Gear", "Lowick Hearthstones"), ("tamsworth-backstop", "lowick-hearth"), frm="{sig} <apply@workablemail.{dom}>", role=("Padding Stitcher", "Stone Dresser"), x=("one hundred and seventy-one", "fifty-eight"), tz=("usc", "ie"))
mr("bh", "About the {role} job", "Hey {n},\n\nHeads up on the {role} job: our handbook gives current staff first claim on new hours, and {x} took all of them before we got to interviews. That means the opening is gone.\n\nThanks a lot for applying,\n{sig}\n{co}", ("Pinnacle Yo-Yo Co.", "Seabright Model Ships"), ("pinnacle-yoyo", "seabright-models"), frm="{sig} <{sl}@{dom}>", role=("Packing Hand", "Rigging Assistant"), x=("our string-winding lead", "a colleague from the paint bench"), tz=("usm", "cat"))
mr("tt", "Re: {role} job", "Dear {n},\n\nThank you for come and talk with us. Our manager think long time, and he give the {role} place to {x}. It make us glad you like our place, and good luck to you.\n\nBest greetings,\n{sig}\n{co}", ("Lakeside Pho Kitchen", "Balaton Plum Preserves"), ("lakeside-pho", "balaton-plum"), frm="{co} <jobs@teamtailor.{dom}>", role=("Kitchen Helper", "Jar Filler"), x=("a cousin who cook with us every holiday", "the lady who help on our market stall two summers"), tz=("usc", "hu"))
mr("ps", "Your application for {role}", "Hello {n},\n\nWe had many good people for the {role} job. After long talking, we decide for someone who {x}. We thank you very much and wish you a good start somewhere else.\n\nKind regards,\n{sig}, {co}", ("Serian Ceramic Jars", "Da Lat Flower Farm"), ("serian-jars", "dalat-flowers"), frm="{co} <recruiting@personio.{dom}>", role=("Glaze Helper", "Greenhouse Picker"), x=("make this kind of jar since twenty years", "work in greenhouse since she is young"), tz=("my", "vn"))
mr("pp", "{role} – scoring outcome", "Dear {n},\n\nEach {role} applicant was marked on the advert's criteria. Your total was {x}. Panel invitations go only above the line, which ends your application here.\n\nRecruitment Team, {co}", ("Harrowgate Bell Ringers' Guild", "Wendover Clock Repair"), ("harrowgate-bells", "wendover-clocks"), frm="{co} <pinpoint@{dom}>", role=("Tower Steward", "Escapement Fitter"), x=("17 of 40 and the interview line sat at 26", "14 of 30 and the interview line sat at 21"), tz=("uk", "ie"))
mr("jz", "Bookings for {role}", "Hi {n},\n\nThanks for coming to audition as {role}. The {x} dates we'd pencilled you in for were claimed by a player the couples requested by name, which leaves us nothing to book you on this season.\n\nCheers,\n{sig}, {co}", ("Reelhouse Agency", "Two Step Hire"), ("reel-agency", "twostep-hire"), frm="{co} <bookings@jazzhr.{dom}>", role=("Fiddle Player", "Caller"), x=("summer wedding", "barn and harvest"), tz=("use", "usc"))
mr("ab", "{co} – {role}", "Hi {n}!\n\nSalamat for coming by. After comparing everybody, our pick is someone who {x}. We hope you still order our products and come visit the shop.\n\nCheers,\n{sig}\n{co}", ("Sinamay Cloth House", "Tiong Bahru Chiffon Co."), ("sinamay-cloth", "tiongbahru-chiffon"), frm="{co} <talent@ashbyhq.{dom}>", role=("Loom Assistant", "Chiffon Baker"), x=("already weave sinamay for our supplier three years", "baked pandan chiffon at her auntie's stall since secondary school"), tz=("ph", "sg"))
mr("s1", "The van job", "Morning {n},\n\nSorry to be the bearer. My brother-in-law's hours at the mill got cut, so he's taking the delivery round from Monday. No need for anyone else now.\n\nAll the best,\n{sig}\n{co}", "Bracken Eggs", "bracken-eggs", tz="uk")
mr("s2", "The counter job", "Hi {n},\n\nTa for leaving the CV at the counter. Sunday, an old workmate of mine rang looking for hours and I've given him the counter. I'll keep your number but the job's gone.\n\n{sig}, {co}", "Culhane's Saddlery", "culhanes-saddlery", tz="ie")
mr("s3", "Re: Help wanted sign", "{n},\n\nAppreciate you stopping by. My nephew just finished his semester and he'll be covering the register through the summer, so the register's covered.\n\nThanks again,\n{sig}\n{co}", "Wapsie River Nightcrawlers & Ice", "wapsie-crawlers", tz="usc")
mr("s4", "Weekend job", "Hi {n},\n\nThe two of us decided to keep running the stand ourselves this fall, so the weekend job's off. Appreciate you asking.\n\n{sig}, {co}", "Fundy Haskap Stand", "fundy-haskap", tz="cat")
mr("s5", "Yard hand job", "G'day {n},\n\nThanks for the call. The bloke next door lost his job at the feedlot, so I've put him on in the yard. Sorry about that.\n\n{sig}\n{co}", "Wondai Post & Rail", "wondai-rail", tz="auq")
mr("s6", "Packing shed", "Kia ora {n},\n\nCheers for the email. We've got last year's crew coming back for the full season, so there's no room on the line this time.\n\nCheers,\n{sig}\n{co}", "Orari Cherries", "orari-cherries", tz="nz")
mr("s7", "Shop assistant post", "Hello {n},\n\nThank you for coming in. My sister's daughter has just finished her course and will help in the shop from next month, so we have filled the post.\n\nRegards,\n{sig}\n{co}", "Swartberg Dried Meats", "swartberg-meats", tz="za")
mr("s8", "Salesman post", "Dear {n},\n\nThis is to inform that our old staff Raghu has returned from his village and joined back at the counter. Hence the post is no longer available. Kindly excuse.\n\n{sig}\n{co}", "Sri Annapoorna Steel Utensils", "annapoorna-utensils", tz="in")
mr("s9", "Sales girl vacancy", "Dear {n},\n\nGood day. Madam has handed the job to her in-law's daughter who just finished her service year. We thank you for coming.\n\n{sig}\n{co}", "Ankara Palace Fabrics", "ankara-palace", tz="ng")
mr("s10", "Shop attendant", "Hello {n},\n\nMany thanks for your interest. The owner has brought his niece from upcountry to help at the shop, so the attendant position is filled.\n\nRegards,\n{sig}, {co}", "Mwanzo Hardware & Paints", "mwanzo-hardware", tz="ke")
mr("s11", "Store helper", "Hi {n},\n\nSorry po, we are closing our second branch by end of month so no more need for a helper po. Salamat for your interest.\n\n{sig}\n{co}", "Tuyo Queen Store", "tuyo-queen", tz="ph")
mr("s12", "Part-time helper", "Hi {n},\n\nThank you ah. Our stall will open only four mornings a week from next month, so my husband and I can manage ourselves. No need helper already.\n\n{sig}\n{co}", "Ah Heng Lor Mee", "ahheng-lormee", tz="sg")
mr("s13", "Kitchen job", "Hello {n},\n\nThank you for message. Brother of my husband is back from city, now he help in kitchen. So we do not need new person. Sorry for this.\n\n{sig}\n{co}", "Bánh Mì Corner", "banhmi-corner", tz="usp")
mr("s14", "Stitching job", "Dear {n},\n\nThanks for coming to our shop. Our old master is taking his son as apprentice, so there is no more place for stitching. We wish you luck in other shop.\n\n{sig}, {co}", "Golden Needle Tailors", "golden-needle", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThank you for writing; showing you round was a treat. At Monday's meeting {x} accepted the {role} post, and she takes the rota next month.\n\nKindest,\n{sig}\n\n{GM}", ("Harbour Lifeboat Museum", "Ferry Pier Heritage Group"), ("lifeboat-museum", "ferrypier-heritage"), role=("Visitor Host", "Collections Helper"), x=("Bethan Lowrie", "Ailbhe Crowe"), tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: {role}", "Hey {n},\n\nReally appreciated the note, and Tuesday's visit too. The co-op members voted last night and {x} will be our {role}. He starts the week after next.\n\nAll the best,\n{sig}\n\n{GM}", ("Riverbend Food Co-op", "Wheatland Grain Cooperative"), ("riverbend-coop", "grain-coop"), role=("Produce Lead", "Receiving Clerk"), x=("Marcus Delacroix", "Jaspreet Gill"), tz=("usc", "cam"))
mr("th3", "RE: [EXT] RE: {role} chat", "Hello {n},\n\nThank you for such a thoughtful reply. Our owners have given the {role} job to {x}, who accepted yesterday afternoon and will be with us from the 1st.\n\nRegards,\n{sig}\n\n{RULE}", ("Sauble Creek Vet Clinic", "Tamar Valley Dental"), ("sauble-vet", "tamar-dental"), role=("Practice Receptionist", "Dental Nurse"), x=("Priya Ramdass", "Hollie Pengelly"), tz=("cae", "uk"))
mr("th4", "Re: [EXT] RE: {role}", "Dear {n},\n\nMany thanks for visiting on Thursday. After a long board meeting, {x} was appointed as {role}, and she has said yes.\n\nWith warm wishes,\n{sig}\n\n{ORIG}", ("Nepean Men's Rowing Club", "Mangaweka Pipe Band"), ("nepean-rowing", "mangaweka-pipes"), role=("Boatshed Coordinator", "Band Administrator"), x=("Tessa Moloney", "Hinemoa Kātene"), tz=("au", "nz"))
mr("th5", "RE: [EXT] Re: {role} follow-up", "Hi {n},\n\nApologies for the wait. The partners settled it this morning: {x} is joining as our {role} from next Monday.\n\nBest regards,\n{sig}\n\n{OUT}", ("Eshowe Attorneys", "Pinetown Accountants"), ("eshowe-law", "pinetown-accounts"), role=("Legal Secretary", "Bookkeeper"), x=("Nandi Zungu", "Yusuf Moosa"), tz=("za", "za"))
mr("th6", "Re: [EXT] Re: {role}", "Dear {n},\n\nMany thanks for coming for the meeting on Wednesday. The school management committee has selected {x} as {role}, and he has joined this week itself.\n\nRegards,\n{sig}\n\n{GM}", ("Kodai Hill School", "St Aloysius Nursery, Mangalore"), ("kodai-hill", "aloysius-nursery"), role=("Hostel Warden", "Nursery Teacher"), x=("Mr. Joseph Mathew", "Ms. Shilpa Rao"), tz=("in", "in"))
mr("th7", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nThanks for taking the time, truly. Our directors have brought {x} on as {role}; she accepted on Friday.\n\nKind wishes,\n{sig}\n\n{RULE}", ("Nyali Beach Cottages", "Lekki Garden Suites"), ("nyali-cottages", "lekki-suites"), role=("Front Office Lead", "Housekeeping Supervisor"), x=("Faith Wairimu", "Adaora Nwosu"), tz=("ke", "ng"))
mr("th8", "Re: [EXT] RE: {role}", "Hi {n},\n\nAppreciate you coming down on Saturday. The committee picked {x} for the {role} role, and she starts once the season opens.\n\nCheers,\n{sig}\n\n{ORIG}", ("Bayfront Sailing School", "Bayshore Curling Club"), ("bayfront-sailing", "bayshore-curling"), role=("Dock Manager", "Ice Technician"), x=("Kayla Brennan", "Mathieu Roy"), tz=("use", "cae"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application to {co}", "Hi {n},\n\nOur store team went through your {role} application; it won't go forward on this occasion, sorry.\n\n{sig}, Recruitment\n\n—\n{co} | {x}\nShop online: deckchairs from {y}\nThe Sunlounger – our monthly letter of new stripes and garden ideas\nJob Nudges: new vacancies straight to your inbox\nWe hold applicant records for fifteen months, then delete them.\nWrong inbox? A quick reply to say so, then delete, please.", ("Stripe & Canvas", "Stripe & Canvas Ireland"), ("stripecanvas", "stripecanvas-ie"), role=("Store Supervisor", "Sales Associate"), x=("Registered in England No. 0481122", "Registered in Ireland No. 611042"), y=("£45", "€52"), tz=("uk", "ie"))
mr("ft2", "{co} application update", "Hi {n},\n\nThanks for your interest in {role}. After a look, our team has chosen to pass on it.\n\n{co} Careers\n\n----\nText TRAILJOBS to 44120 for new openings.\n{co} hires on skills and fit, without regard to background.\nManage preferences: Candidate Centre > Account > Privacy\nNo one reads replies sent here.\n{x}", ("Cairnline Outdoor", "Cairnline Outdoor Canada"), ("cairnline", "cairnline-ca"), role=("Footwear Specialist", "Rental Technician"), x=("Cairnline Outdoor Inc., Pelham", "Cairnline Outdoor Canada Ltd., Bowness Road, Crossfield"), tz=("usm", "cam"))
mr("ft3", "Your {co} application", "Hi {n},\n\nThanks for going for {role} with us. Sadly it's not a yes on this round.\n\nThe {co} Team\n\n—\nHammocks and camp chairs from {y}\nThe Trailhead Times – new gear and weekend walks, monthly\nPrivacy questions: privacy@{dom}\nOnly the addressee should read this; if it strayed, bin it.", ("Gumleaf Camp Supply", "Kahikatea Camping"), ("gumleafcamp", "kahikatea-camping"), role=("Retail Assistant", "Warehouse Picker"), y=("$59", "NZ$65"), tz=("au", "nz"))
mr("ft4", "Application outcome – {co}", "Dear {n},\n\nOur store managers looked over the {role} application you sent and did not select it.\n\n{co} Talent Team\n\n—\nBuy two school shoes, get free socks.\nSMS SHOEJOBS to 33221 for job news.\n{x}\nPRIVATE AND CONFIDENTIAL: for the addressee only.", ("Stride Kids Shoes", "Stride Kids Shoes Nigeria"), ("stridekids", "stridekids-ng"), role=("Store Cashier", "Shop Floor Assistant"), x=("Your data is handled under POPIA.", "Your data is handled under the NDPA."), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – where we've landed", "Dear {n},\n\nThanks for making the trip to see the clinic. Two other applicants have {x}, and the practice is inclined to lean on that depth for now.\n\nWith best wishes,\n{sig}\n{co}", ("Ashcombe Physiotherapy", "Kilbride Sports Rehab"), ("ashcombe-physio", "kilbride-rehab"), role=("Physiotherapist", "Rehab Therapist"), x=("spent more years on post-operative knees", "worked longer with county hurling squads"), tz=("uk", "ie"))
mr("hd2", "Following up on {role}", "Hi {n},\n\nThanks once more for the interview. We're heading another way, toward someone whose {x} lines up a bit more closely with our workload right now.\n\nBest,\n{sig}\n{co}", ("Larkspur Lane Bookkeeping", "Westridge Payroll"), ("larkspur-books", "westridge-payroll"), role=("Bookkeeper", "Payroll Specialist"), x=("non-profit grant accounting", "multi-state payroll background"), tz=("usc", "use"))
mr("hd3", "{role}", "Hi {n},\n\nThank you for the conversation. We felt another applicant's {x} suited the current jobs on our books slightly better, and we're going with that.\n\nRegards,\n{sig}\n{co}", ("Saltbush Surveyors", "Hauraki Drainage"), ("saltbush-survey", "hauraki-drainage"), role=("Survey Assistant", "Drainage Estimator"), x=("time on mining leases", "experience pricing council stormwater work"), tz=("au", "nz"))
mr("hd4", "Update: {role}", "Dear {n},\n\nThanks for making time to meet. Others we saw {x}, and we feel their profile sits more comfortably with where the team is going.\n\nKind regards,\n{sig}\n{co}", ("Baramati Precision Dies", "Okitipupa Agro Engineering"), ("baramati-dies", "okitipupa-agro"), role=("Tool Room Engineer", "Service Engineer"), x=("had run more press-tool trials", "had serviced more rice hullers in the field"), tz=("in", "ng"))
mr("hd5", "{role} application", "Dear {n},\n\nThank you for visiting. We have chosen to go with candidates who have more hands-on time with diabetic foot care, which fits our patients a little better at present.\n\nRegards,\n{sig}\n{co}", "Novena Foot Care Centre", "novena-footcare", role="Podiatry Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCheers for the call earlier. As I said, the client handed the {role} job to {x}. On another note, I'm working a {y} that suits you – okay to put your CV forward?\n\nBest,\n{sig}\n{co}", ("Ridgeway Talent", "Northgate Search"), ("ridgeway-talent", "northgate-search"), role=("Operations Manager", "Plant Manager"), x=("their own shift lead", "someone poached from a frozen-food plant"), y=("production lead vacancy with a crisp factory outside Banbury", "plant lead vacancy with a tortilla bakery near Centerville"), tz=("uk", "usc"))
mr("rc2", "Re: {role} – and something else", "Hi {n},\n\nCheers for this morning's call. They've moved {x} up into the {role} seat. The upside: a {y} opening that came in today – keen to have a look?\n\nCheers,\n{sig}\n{co}", ("Cooloola Recruitment", "Southern Alps Staffing"), ("cooloola-recruit", "southernalps-staff"), role=("Site Manager", "Factory Manager"), x=("their maintenance supervisor", "a long-time shift leader"), y=("site manager role at a ginger processor near Buderim", "factory manager role at a wool scourer near Rakaia"), tz=("auq", "nz"))
mr("rc3", "{role} feedback and another opening", "Hello {n},\n\nAppreciate the call today. The client chose to appoint {x} as {role}. However, I have a {y} that matches your background – shall I put you forward?\n\nRegards,\n{sig}\n{co}", ("Kerio Valley Search", "Delta Talent Partners"), ("kerio-search", "delta-talent"), role=("Operations Manager", "Maintenance Manager"), x=("an internal supervisor with long service", "the engineer who already runs their generators"), y=("production manager post at a macadamia cracker in Gatundu", "maintenance lead at a palm-kernel mill in Ughelli"), tz=("ke", "ng"))
mr("rc4", "After our call", "Hi {n},\n\nThanks for speaking with me. The client picked their own line leader for the shift manager post. I do have a warehouse supervisor role at a dried-fruit packer near Wolseley that I'd love to discuss.\n\nRegards,\n{sig}\n{co}", "Boland Recruiters", "boland-recruit", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of ineligibility – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your file lacked {x}, a minimum requirement in the announcement. Your rating is therefore ineligible, and the application goes no further.\n\nSigned for the HR Division, {co}", ("City of Yankton", "Town of Stellarton"), ("yankton-city", "stellarton-town"), role=("Water Plant Operator I", "Equipment Operator"), x=("a Grade I water treatment certificate", "a Class 3 licence with air brake endorsement"), tz=("usc", "cat"))
mr("ps2", "Referral list – {role}", "Dear {n},\n\nFor {role}, the hiring official received the top {x} eligible scores. Your mark was below that group's, so no referral was made for you. The register keeps you for a year.\n\n{co} Personnel Office", ("County of Lassen", "City of Winterset"), ("lassen-county", "winterset-city"), role=("Account Clerk", "Parks Labourer"), x=("six", "ten"), tz=("usp", "usc"))
mr("ps3", "Vacancy {ref} – {role}", "Dear {n},\n\nFollowing a review of {x}, the {role} vacancy is withdrawn by Council and it will stay unfilled. Thank you for applying; new notices go up on our noticeboard.\n\nPeople & Culture, {co}", ("Burnett Coast Regional Council", "Selwyn Plains District Council"), ("burnett-coast", "selwyn-plains"), role=("Library Officer", "Building Inspector"), x=("library branch hours", "the structure of the regulatory group"), tz=("auq", "nz"))
mr("ps4", "Result of written examination – {role}", "Dear {n},\n\nFor {role} posts the committee set the cut-off at {x}. Since you scored under it, no interview call is issued and your candidature ends here.\n\nMember Secretary, {co}", ("Thanjavur District Recruitment Cell", "Ondo State Civil Service Commission"), ("thanjavur-recruit", "ondo-csc"), role=("Junior Assistant", "Clerical Officer"), x=("58 out of 100; your marks: 49", "47 out of 70; your marks: 40"), tz=("in", "ng"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\nYour application status for {role} at {co} was updated.\n\nStatus now: Closed – not being considered further\n\nYour Hiretide profile stays open.\n\nHiretide", ("Fernhill Mills", "Copperpot Foods"), ("hiretide", "hiretide"), frm="Hiretide <status@{dom}>", role=("Warehouse Operative", "Line Operator"), tz=("uk", "usc"))
mr("at2", "Application status changed", "<html><body><p>{n},</p><table><tr><th>Job</th><th>Stage</th></tr><tr><td>{role}</td><td>Closed · not progressing</td></tr></table><p>{co}</p></body></html>", ("Marloes Print Works", "Pamlico Glassworks"), ("marloes-print", "pamlico-glass"), frm="{co} <careers@{dom}>", role=("Finishing Operator", "Batch Mixer"), tz=("uk", "use"))
mr("at3", "{role}: your application", "{n}, a quick look at your application:\n\nApplied ✓\nScreened ✓\nOutcome: Not progressing\n\nRoutewise for {co}", ("Ashgrove Freight", "Kestral Couriers"), ("routewise", "routewise"), frm="Routewise <updates@{dom}>", role=("Transport Planner", "Depot Clerk"), tz=("au", "za"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} studentship – decision", "Dear {n},\n\nThanks for going for the {role} studentship. {x} people applied for the two places, and both have been taken up by two other students.\n\nBest wishes,\n{sig}\n{co}", ("Great Bustard Survey", "Harvest Mouse Nest Monitoring"), ("bustard-survey", "harvestmouse-monitor"), role=("Chalk Grassland", "Dune Pond"), x=("112", "74"), tz=("uk", "uk"))
mr("in2", "Summer internship decision", "Hi {n},\n\nThanks for applying to the {role} internship. Every place is now held by another student; none remains for you this summer.\n\nRegards,\n{sig}\n{co}", ("Bogland Carbon Lab", "Headwater Streams Project"), ("bogland-lab", "stream-project"), role=("Peat Coring", "Stream Gauging"), tz=("ie", "cam"))
mr("in3", "{co} graduate programme", "Dear {n},\n\nWe've considered your graduate programme application. All {x} places are accepted by other graduates now; none is left for this intake.\n\nGraduate Recruitment, {co}", ("Highveld Solar Utility", "Kenya Coastal Fisheries Board"), ("highveld-solar", "coastal-fisheries"), x=("eight", "five"), tz=("za", "ke"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition R-{ref} ({role}) – application received", "Hello {n},\n\nR-{ref}, {role}: your application is logged. If the service review outsources this work, the requisition is shut and every applicant is emailed about it.\n\n{co} Talent Acquisition", ("Pellworth Scales", "Ormsby Tanneries"), ("pellworth-scales", "ormsby-tanneries"), frm="{co} <myworkday@{dom}>", role=("Calibration Clerk", "Finishing Hand"), tz=("uk", "cae"))
mo("application_received", "gh", "We've got your application – {co}", "Hi {n},\n\nYour application for {role} is in. The leads read each one; if somebody else gets it, a lead will email you herself, not a template.\n\n{sig}\n{co}", ("Quillon Salle", "Tawhiri Sailcloth"), ("quillon-salle", "tawhiri-sailcloth"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Armoury Assistant", "Batten Maker"), tz=("usp", "nz"))
mo("application_received", "lv", "{co} – application in", "{n} –\n\nGot it, thanks. Whichever way the decision goes, a real person from the bench will write back to you; no form letters here.\n\n{sig}, {co}", ("Birchwick Toys", "Karoonda Tack Room"), ("birchwick-toys", "karoonda-tack"), frm="{co} <hire@lever.{dom}>", role=("Sander", "Saddle Oiler"), tz=("cam", "au"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>This will change to Interview, or to Complete if a different applicant takes the job.</p><p>{co} People Team</p></body></html>", ("Gorsebrook Awls", "Cardwell Spectacles"), ("gorsebrook", "cardwell-specs"), frm="{co} <careers@smartr.{dom}>", role=("Plater", "Frame Fitter"), tz=("uk", "za"))
mo("application_received", "ic", "Job {ref}: we have your application", "Dear {n},\n\nYour record for Job {ref}, {role}, is complete except for {x}. Add it within seven days; any record still without it then is set to Not Selected automatically.\n\nRecruitment Operations, {co}", ("Fenmoor Sluice Works", "Rattray Kiltmakers"), ("fenmoor", "rattray-kilts"), frm="{co} <icims@{dom}>", role=("Gate Fitter", "Pleater"), x=("your confined-space ticket", "a photo of a sample pleat"), tz=("uk", "uk"))
mo("application_received", "tl", "Job {ref} – submission complete", "Dear {n},\n\nJob {ref} ({role}): submission complete. Should it later be paused or scrapped, an automatic notice goes to every attached applicant.\n\nTalent Services, {co}", ("Varley Brush Company", "Kinnaird Oatmills"), ("varley-brush", "kinnaird-oats"), frm="{co} <taleo@{dom}>", role=("Handle Turner", "Miller's Mate"), tz=("use", "uk"))
mo("application_received", "wk", "Thanks for applying – {co}", "Hi {n},\n\nYour application for {role} has arrived. We ring a shortlist in about ten days; everyone else gets an email from us too.\n\n{sig} for {co}", ("Tamsworth Backstop Gear", "Lowick Hearthstones"), ("tamsworth-backstop", "lowick-hearth"), frm="{sig} <apply@workablemail.{dom}>", role=("Stitcher", "Stone Polisher"), tz=("usc", "ie"))
mo("application_received", "bh", "Got your application", "Hey {n},\n\nThanks for applying for {role}. Quick heads up: staff get first claim on new hours under our handbook. If somebody here takes them before interviews, I'll write and tell you straight away.\n\n{sig}\n{co}", ("Pinnacle Yo-Yo Co.", "Seabright Model Ships"), ("pinnacle-yoyo", "seabright-models"), frm="{sig} <{sl}@{dom}>", role=("Shipping Hand", "Hull Painter"), tz=("usm", "cat"))
mo("application_received", "tt", "We receive your application", "Dear {n},\n\nThank you, your application for {role} is with us. Maybe manager give this place to somebody of family, still we don't know. When answer is not good, also we write you.\n\n{sig}\n{co}", ("Lakeside Pho Kitchen", "Balaton Plum Preserves"), ("lakeside-pho", "balaton-plum"), frm="{co} <jobs@teamtailor.{dom}>", role=("Dishwasher", "Label Helper"), tz=("usc", "hu"))
mo("application_received", "ps", "Your application is here", "Hello {n},\n\nThank you, the {role} application come to us. In two weeks we look at all. When we take another person, still we message you, so you know.\n\n{sig}, {co}", ("Serian Ceramic Jars", "Da Lat Flower Farm"), ("serian-jars", "dalat-flowers"), frm="{co} <recruiting@personio.{dom}>", role=("Kiln Loader", "Packing Helper"), tz=("my", "vn"))
mo("application_received", "pp", "{role} – application logged", "Dear {n},\n\nYour application for {role} has been logged. Each is marked on the advert's criteria; then one brief email: an interview date, or a note closing it.\n\nRecruitment Team, {co}", ("Harrowgate Bell Ringers' Guild", "Wendover Clock Repair"), ("harrowgate-bells", "wendover-clocks"), frm="{co} <pinpoint@{dom}>", role=("Tower Steward", "Dial Restorer"), tz=("uk", "ie"))
mo("application_received", "jz", "Audition form received", "Hi {n},\n\nYour audition form for {role} is in. Couples choose their dates come spring; I write to each act whether or not dates come their way.\n\n{sig}, {co}", ("Reelhouse Agency", "Two Step Hire"), ("reel-agency", "twostep-hire"), frm="{co} <bookings@jazzhr.{dom}>", role=("Fiddle Player", "Caller"), tz=("use", "usc"))
mo("application_received", "ab", "Application received!", "Hi {n}!\n\nThanks for applying as {role}. This week we read all applications. Pasok man o hindi, each one gets an email from us.\n\n{sig}\n{co}", ("Sinamay Cloth House", "Tiong Bahru Chiffon Co."), ("sinamay-cloth", "tiongbahru-chiffon"), frm="{co} <talent@ashbyhq.{dom}>", role=("Loom Assistant", "Chiffon Packer"), tz=("ph", "sg"))
mo("application_received", "th", "Re: {role} – thank you", "Hi {n},\n\nThanks for your application for {role}. Worth saying: {x} is thinking of applying, and the trustees know her well. Whatever happens, every applicant has our answer before the month is out.\n\n{sig}\n{co}", ("Harbour Lifeboat Museum", "Ferry Pier Heritage Group"), ("lifeboat-museum", "ferrypier-heritage"), role=("Visitor Host", "Collections Helper"), x=("one of our Saturday stewards", "a long-standing guide"), tz=("uk", "ie"))
mo("application_received", "cp", "Application received – {role}", "Hey {n},\n\nGlad you applied for {role}. Members vote at the next meeting, after which each applicant, you too, gets the result from me.\n\n{sig}\n{co}", ("Riverbend Food Co-op", "Wheatland Grain Cooperative"), ("riverbend-coop", "grain-coop"), role=("Produce Lead", "Receiving Clerk"), tz=("usc", "cam"))
mo("application_received", "ft1", "Thanks for applying – {co}", "Hi {n},\n\nYour {role} application has landed. Shortlisted people get a call inside ten days; otherwise this vacancy brings no further mail.\n\n{co} Recruitment\n\n—\nShop online: deckchairs from {y}\nThe Sunlounger – our monthly letter\nWe hold applicant records for fifteen months, then delete them.", ("Stripe & Canvas", "Stripe & Canvas Ireland"), ("stripecanvas", "stripecanvas-ie"), role=("Store Supervisor", "Sales Associate"), y=("£45", "€52"), tz=("uk", "ie"))
mo("application_received", "ft2", "Application received", "Hi {n},\n\nThanks for your interest in {role}. With the numbers we get, only people picked for interview hear back.\n\n{co} Careers\n\n----\nText TRAILJOBS to 44120 for new openings.\nThis inbox is not monitored.", ("Cairnline Outdoor", "Cairnline Outdoor Canada"), ("cairnline", "cairnline-ca"), role=("Footwear Specialist", "Rental Technician"), tz=("usm", "cam"))
mo("application_received", "ps1", "Application received – {role}", "Dear {n},\n\nThe {role} application (Announcement {ref}) is on file. A file still without {x} when applications close is rated ineligible.\n\nSigned for the HR Division, {co}", ("City of Yankton", "Town of Stellarton"), ("yankton-city", "stellarton-town"), role=("Water Plant Operator I", "Equipment Operator"), x=("a Grade I certificate", "a copy of your licence"), tz=("usc", "cat"))
mo("application_received", "ps2", "Acknowledgement – {role}", "Dear {n},\n\nWe have your {role} application. Once scoring is done, each applicant is posted a letter saying if their name went to the hiring official.\n\n{co} Personnel Office", ("County of Lassen", "City of Winterset"), ("lassen-county", "winterset-city"), role=("Account Clerk", "Parks Labourer"), tz=("usp", "usc"))
mo("application_received", "ps3", "Vacancy {ref} – acknowledgement", "Dear {n},\n\nYour {role} application has been received. Should Council shelve the vacancy, each applicant is told by letter.\n\nPeople & Culture, {co}", ("Burnett Coast Regional Council", "Selwyn Plains District Council"), ("burnett-coast", "selwyn-plains"), role=("Library Officer", "Building Inspector"), tz=("auq", "nz"))
mo("application_received", "ps4", "Application acknowledgement", "Dear {n},\n\nThis acknowledges your application for {role}. Interview call letters issue only to those at or over the written-paper cut-off; no further letter is sent to others.\n\nMember Secretary, {co}", ("Thanjavur District Recruitment Cell", "Ondo State Civil Service Commission"), ("thanjavur-recruit", "ondo-csc"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "at1", "Application submitted: {role}", "Hi {n},\n\nYour application for {role} at {co} is in.\n\nCurrent status: Submitted – waiting for review\n\nHiretide", ("Fernhill Mills", "Copperpot Foods"), ("hiretide", "hiretide"), frm="Hiretide <status@{dom}>", role=("Warehouse Operative", "Line Operator"), tz=("uk", "usc"))
mo("application_received", "in1", "{role} studentship – received", "Dear {n},\n\nThanks for applying for the {role} studentship. Place or no place, each applicant gets our email before April ends.\n\n{sig}\n{co}", ("Great Bustard Survey", "Harvest Mouse Nest Monitoring"), ("bustard-survey", "harvestmouse-monitor"), role=("Chalk Grassland", "Dune Pond"), tz=("uk", "uk"))
mo("application_received", "in3", "{co} graduate programme – received", "Dear {n},\n\nYour application to the {co} graduate programme is in. Scores under the aptitude pass mark end the process at that stage.\n\nGraduate Recruitment, {co}", ("Highveld Solar Utility", "Kenya Coastal Fisheries Board"), ("highveld-solar", "coastal-fisheries"), tz=("za", "ke"))
mo("application_received", "rc", "Your CV – {role}", "Hi {n},\n\nToday I passed your CV to the client ({role}). Whatever their answer, my call comes that same day.\n\n{sig}\n{co}", ("Ridgeway Talent", "Northgate Search"), ("ridgeway-talent", "northgate-search"), role=("Operations Manager", "Plant Manager"), tz=("uk", "usc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th2", "RE: [EXT] Re: {role} – next conversation", "Hi {n},\n\nThanks for Tuesday. The members want a second chat with you, {dl} at 6pm. Unfortunately painters have the back room, so it's the café next door.\n\n{sig}\n\n{GM}", ("Riverbend Food Co-op", "Wheatland Grain Cooperative"), ("riverbend-coop", "grain-coop"), role=("Produce Lead", "Receiving Clerk"), tz=("usc", "cam"))
mo("interview", "th3", "RE: [EXT] RE: {role} – second interview", "Hello {n},\n\nThe owners hope to see you again, {dl} at 10am. Unfortunately the lot is getting fresh asphalt; street parking only.\n\nRegards,\n{sig}\n\n{RULE}", ("Sauble Creek Vet Clinic", "Tamar Valley Dental"), ("sauble-vet", "tamar-dental"), role=("Practice Receptionist", "Dental Nurse"), tz=("cae", "uk"))
mo("interview", "th4", "Re: [EXT] RE: {role} – meeting", "Dear {n},\n\nThe board hopes to see you, {dl} at 7pm. Unfortunately the clubhouse heating is playing up, so bring a jumper.\n\n{sig}\n\n{ORIG}", ("Nepean Men's Rowing Club", "Mangaweka Pipe Band"), ("nepean-rowing", "mangaweka-pipes"), role=("Boatshed Coordinator", "Band Administrator"), tz=("au", "nz"))
mo("interview", "ab", "{co} – interview", "Hi {n}!\n\nCan you come {dl} at 2pm for the {role} job? Unfortunately our shop is tiny, so we chat at the kopi place beside us.\n\n{sig}\n{co}", ("Sinamay Cloth House", "Tiong Bahru Chiffon Co."), ("sinamay-cloth", "tiongbahru-chiffon"), frm="{co} <talent@ashbyhq.{dom}>", role=("Loom Assistant", "Chiffon Baker"), tz=("ph", "sg"))
mo("interview", "hd4", "Interview – {role}", "Dear {n},\n\nPlease come for a technical interview on {dl} at 11 am. Unfortunately the visitor parking is closed for repairs; kindly park outside the gate.\n\nRegards,\n{sig}\n{co}", ("Baramati Precision Dies", "Okitipupa Agro Engineering"), ("baramati-dies", "okitipupa-agro"), role=("Tool Room Engineer", "Service Engineer"), tz=("in", "ng"))
mo("interview", "th6", "Re: [EXT] Re: {role} – demo lesson", "Dear {n},\n\nKindly give a short demo session, {dl}, 10 am. Unfortunately the main hall is under painting, so it will be in Room 4.\n\nRegards,\n{sig}\n\n{GM}", ("Kodai Hill School", "St Aloysius Nursery, Mangalore"), ("kodai-hill", "aloysius-nursery"), role=("Hostel Warden", "Nursery Teacher"), tz=("in", "in"))
mo("interview", "jz", "Audition – {role}", "Hi {n},\n\nFree to audition {dl} at 5pm? Unfortunately a quilting circle has our usual room, so look for us in the church hall.\n\n{sig}, {co}", ("Reelhouse Agency", "Two Step Hire"), ("reel-agency", "twostep-hire"), frm="{co} <bookings@jazzhr.{dom}>", role=("Fiddle Player", "Caller"), tz=("use", "usc"))
mo("interview", "hd5", "Interview – {role}", "Dear {n},\n\nInterview slot: {dl}, 3pm. Unfortunately the side entrance is locked after lunch, so please come through the main lobby.\n\nRegards,\n{sig}\n{co}", "Novena Foot Care Centre", "novena-footcare", role="Podiatry Assistant", tz="sg")
mo("next_steps", "ps1", "Documents needed – {role}", "Dear {n},\n\nFor the {role} file to be complete, bring certified copies of your certificates to City Hall no later than {dl}. Unfortunately certification older than 90 days is refused.\n\nHuman Resources, {co}", ("City of Yankton", "Town of Stellarton"), ("yankton-city", "stellarton-town"), role=("Water Plant Operator I", "Equipment Operator"), tz=("usc", "cat"))
mo("next_steps", "rc", "Referee details please", "Hi {n},\n\nGood news: the client is taking you further for {role}. Referee form deadline: {dl}. Unfortunately the referee page is quick to time out, so gather details first.\n\n{sig}\n{co}", ("Cooloola Recruitment", "Southern Alps Staffing"), ("cooloola-recruit", "southernalps-staff"), role=("Site Manager", "Factory Manager"), tz=("auq", "nz"))
mo("next_steps", "pp", "{role} – recorded task", "Dear {n},\n\nYou're through to the recorded task for {role}. Upload a short video before {dl} ends. Unfortunately the portal rejects files larger than 250 MB.\n\nRecruitment Team, {co}", ("Harrowgate Bell Ringers' Guild", "Wendover Clock Repair"), ("harrowgate-bells", "wendover-clocks"), frm="{co} <pinpoint@{dom}>", role=("Tower Steward", "Escapement Fitter"), tz=("uk", "ie"))
mo("next_steps", "ps4", "Certificate verification – {role}", "Dear {n},\n\nYou are shortlisted for certificate verification for {role}. Report with originals, {dl}. Unfortunately only one counter will be open, so come early.\n\nMember Secretary, {co}", ("Thanjavur District Recruitment Cell", "Ondo State Civil Service Commission"), ("thanjavur-recruit", "ondo-csc"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "in3", "Medical assessment – graduate programme", "Dear {n},\n\nCongratulations on clearing the assessment day of our graduate programme. Medical deadline: {dl}, please. Unfortunately the clinic only takes walk-ins before 11am.\n\nGraduate Recruitment, {co}", ("Highveld Solar Utility", "Kenya Coastal Fisheries Board"), ("highveld-solar", "coastal-fisheries"), tz=("za", "ke"))
mo("next_steps", "at3", "{role}: next step", "{n}, a quick look at your application:\n\nApplied ✓\nScreened ✓\nNext: Online aptitude check – complete by {dl}\n\nRoutewise for {co}", ("Ashgrove Freight", "Kestral Couriers"), ("routewise", "routewise"), frm="Routewise <updates@{dom}>", role=("Transport Planner", "Depot Clerk"), tz=("au", "za"))
mo("next_steps", "th1", "RE: [EXT] Re: {role} – references", "Hi {n},\n\nGlad you wrote back. Two referees, please, no later than {dl}. Unfortunately our landline is dead all week; email suits.\n\n{sig}\n\n{OUT}", "Harbour Lifeboat Museum", "lifeboat-museum", role="Visitor Host", tz="uk")
mo("offer", "bh", "Hours for you", "Hey {n},\n\nGood news: nobody here claimed the hours, so the {role} job is open to you. Could you start {dl}? Unfortunately the break-room microwave quit, so pack a cold lunch.\n\n{sig}\n{co}", ("Pinnacle Yo-Yo Co.", "Seabright Model Ships"), ("pinnacle-yoyo", "seabright-models"), frm="{sig} <{sl}@{dom}>", role=("Packing Hand", "Rigging Assistant"), tz=("usm", "cat"))
mo("offer", "ft3", "Job offer – {co}", "Hi {n},\n\nThe {role} job is yours, from {dl} onward. Unfortunately the team shirts haven't arrived, so plain clothes for week one.\n\nThe {co} Team\n\n—\nHammocks and camp chairs from {y}\nPrivacy questions: privacy@{dom}", ("Gumleaf Camp Supply", "Kahikatea Camping"), ("gumleafcamp", "kahikatea-camping"), role=("Retail Assistant", "Warehouse Picker"), y=("$59", "NZ$65"), tz=("au", "nz"))
mo("offer", "th7", "RE: [EXT] RE: {role} – offer", "Hi {n},\n\nThe directors want you as {role} from {dl}. Unfortunately staff quarters are being re-roofed, so you'll stay in the guest annexe at first.\n\nKind wishes,\n{sig}\n\n{RULE}", ("Nyali Beach Cottages", "Lekki Garden Suites"), ("nyali-cottages", "lekki-suites"), role=("Front Office Lead", "Housekeeping Supervisor"), tz=("ke", "ng"))
mo("offer", "rc4", "Offer – warehouse supervisor", "Hi {n},\n\nGreat news: the dried-fruit packer is offering you the warehouse supervisor role, starting {dl}. Unfortunately their canteen is closed till next month, so pack your own lunch.\n\n{sig}\n{co}", "Boland Recruiters", "boland-recruit", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at1", "Status update: {role}", "Hi {n},\n\nYour application status for {role} at {co} was updated.\n\nStatus now: Hiring manager reviewing – no outcome yet\n\nHiretide", ("Fernhill Mills", "Copperpot Foods"), ("hiretide", "hiretide"), frm="Hiretide <status@{dom}>", role=("Warehouse Operative", "Line Operator"), tz=("uk", "usc"))
mo("other_job", "at2", "Application withdrawn", "<html><body><p>{n},</p><table><tr><th>Job</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn – at your request</td></tr></table><p>{co}</p></body></html>", ("Marloes Print Works", "Pamlico Glassworks"), ("marloes-print", "pamlico-glass"), frm="{co} <careers@{dom}>", role=("Finishing Operator", "Batch Mixer"), tz=("uk", "use"))
mo("other_job", "ps2", "{role} – scoring delayed", "Dear {n},\n\nScoring for {role} is running late because two raters are on leave. No list has left our office for the hiring official yet; allow about three more weeks.\n\n{co} Personnel Office", "County of Lassen", "lassen-county", role="Account Clerk", tz="usp")
mo("job_alert", "ft1", "Job Nudges: 3 new roles near you", "Hi {n},\n\nNew at {co}: Store Supervisor, Stockroom Lead, Visual Merchandiser.\n\n—\nShop online: deckchairs from {y}\nManage your Job Nudges in your account.", ("Stripe & Canvas", "Stripe & Canvas Ireland"), ("stripecanvas", "stripecanvas-ie"), y=("£45", "€52"), tz=("uk", "ie"))
mo("job_alert", "ft3", "New roles at {co}", "Hi {n},\n\nFresh openings: Store Manager, Online Picker, Weekend Casual. Apply through our careers page.\n\n—\nHammocks and camp chairs from $59\nPrivacy questions: privacy@{dom}", "Gumleaf Camp Supply", "gumleafcamp", tz="au")
mo("recruiter_outreach", "rc1", "A role you might like", "Hi {n},\n\nI'm recruiting a production manager for a crisp factory outside Banbury – days, good team, new line going in. Fancy a chat this week?\n\n{sig}\n{co}", "Ridgeway Talent", "ridgeway-talent", tz="uk")
mo("recruiter_outreach", "rc3", "Opportunity – production manager", "Hello {n},\n\nYour background caught my eye: there's a production manager opening at a macadamia cracker in Gatundu. Free for a call later this week?\n\n{sig}\n{co}", "Kerio Valley Search", "kerio-search", tz="ke")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nThe {x} loan request you made went before the lending committee, which has turned it down: the repayments sit above our affordability limit.\n\n{co} Lending", ("Yate Credit Union", "Kawartha Savings Co-op"), ("yate-cu", "kawartha-savings"), x=("£3,900 car", "$5,200 trailer"), tz=("uk", "cae"))
mo("non_job_rejection_words", "flat", "The flat on Orchard Terrace", "Hi {n},\n\nTa for coming round to the Orchard Terrace one-bed. The landlord went with someone moving in Saturday, so the flat's let.\n\n{sig}\n{co}", "Keystone Lettings", "keystone-lettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Harbour Half Marathon ballot result", "Hi {n},\n\nHarbour Half Marathon ballot: the draw has run, and no place came up for your entry. Your fee has not been charged.\n\nRace Office", "Harbour Half Marathon", "harbour-half", tz="au")
mo("non_job_rejection_words", "grant", "Community grant outcome", "Dear {n},\n\nYour bid for the repair workshop grant reached the panel, but with far more bids than money, it was not funded this round.\n\n{co}", "Ramsey Community Fund", "ramsey-fund", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


W = [  # fam, trade role, company, domain, channel, zone, refusal subject, refusal body, twin kind, twin subject, twin body
    ("purse", "pursemaker's assistant", "Hartle Leather Purses", "hartle-purses", "CVLibrary", "uk", "Purse workshop job",
     "Hi {n},\n\nTa for the CV about the pursemaker's assistant job. I've brought back a woman who used to stitch for me part-time, so the bench is full. Good luck with it all.\n\n{sig}",
     "application_received", "Re: Purse workshop job", "Hi {n},\n\nCV received, thanks. A former stitcher of mine might come back; should she, I'll say, and should she not, you're first on my list to ring.\n\n{sig}"),
    ("kite", "kitebuilder's helper", "Skylark Kite Loft", "skylark-kites", "StudentJob", "uk", "Kite loft weekend job",
     "Hi {n},\n\nCheers for applying to help in the kite loft. We've given the weekend shifts to a student who flew for our display team last summer. All the best.\n\n{sig}",
     "interview", "Kite loft – come and see us", "Hi {n},\n\nCould you pop in on {dl} at 11 to chat about the weekend shifts? Unfortunately the loft stairs are steep and narrow, so flat shoes help.\n\n{sig}"),
    ("boot", "bootmaker's apprentice", "Ó Sé Bespoke Boots", "ose-boots", "Gradireland", "ie", "Apprenticeship – boots",
     "Dear {n},\n\nMany thanks for writing about the bootmaker's apprenticeship. I've offered the one place to a lad who has been sweeping the shop for me since he was fourteen. I wish you well.\n\n{sig}",
     "next_steps", "Apprenticeship – a sample", "Dear {n},\n\nBefore we meet, please send photos of any leather piece you've made by {dl}. Unfortunately I can't open large attachments, so keep them small.\n\n{sig}"),
    ("trunk", "trunkmaker's helper", "Cobbold Steamer Trunks", "cobbold-trunks", "Jobscentral", "uk", "Trunk workshop vacancy",
     "Hello {n},\n\nTa for your note about the trunk workshop. Orders are slow this winter and I'll manage alone until spring. Sorry to disappoint.\n\n{sig}",
     "application_received", "Trunk workshop vacancy", "Hello {n},\n\nThanks, got your note. Once I see the spring orders I'll know if a helper makes sense, and I'll send word whichever way.\n\n{sig}"),
    ("cage", "cagemaker's assistant", "Bellwood Bird Cages", "bellwood-cages", "Jobrapido", "use", "Cage shop opening",
     "Hi {n},\n\nGot your note on the assistant spot, thanks. My daughter's home this year and has taken over the soldering bench, so I'm all set.\n\nBest,\n{sig}",
     "offer", "Cage shop – you're hired", "Hi {n},\n\nThe assistant spot is yours from {dl}. Unfortunately the AC keeps quitting, so it gets warm by the soldering bench.\n\n{sig}"),
    ("spoon", "spoonwright's helper", "Hollowpine Spoons", "hollowpine", "Talentify", "usc", "Spoon carving helper",
     "Hi {n},\n\nThanks for writing. A fellow carver from the craft fair circuit is joining me instead; no opening left.\n\n{sig}",
     "interview", "Spoon carving – meet up?", "Hi {n},\n\nWant to come by the workshop on {dl} around 1pm? Unfortunately rain has rutted the gravel drive; leave the car by the mailbox.\n\n{sig}"),
    ("flag", "flagmaker's sewing assistant", "Gunnison Banner & Flag", "gunnison-flag", "Jobzilla", "usm", "Sewing assistant – flags",
     "Hi {n},\n\nThank you for applying. We filled the sewing position with a former employee returning after moving back to town. Best of luck.\n\n{sig}",
     "next_steps", "Sewing assistant – sample hem", "Hi {n},\n\nPlease send a photo of a sample hem and your availability by {dl}. Unfortunately our phone line is patchy, so email works best.\n\n{sig}"),
    ("mat", "matmaker's helper", "Coir & Jute Mat Co.", "coirjute-mats", "Joblist", "usp", "Mat workshop",
     "Hi {n},\n\nAppreciate your interest. A neighbor who lost his warehouse job asked first, and I said yes to him. Take care.\n\n{sig}",
     "application_received", "Mat workshop", "Hi {n},\n\nGot your message. A neighbor might want the job; he'll tell me Friday and I'll message you Monday, yes or no.\n\n{sig}"),
    ("pot", "potmaker's studio hand", "Tilly Creek Planters", "tillycreek-pots", "Hirist", "in", "Studio hand opening",
     "Dear {n},\n\nThank you for your interest. My old assistant has returned after her wedding, so the studio hand post is filled now. Best wishes.\n\n{sig}",
     "interview", "Studio hand – visit", "Dear {n},\n\nKindly visit the studio on {dl} at 4 pm. Unfortunately there is a power cut most afternoons, so the wheel may not be running.\n\n{sig}"),
    ("stove", "stovemaker's fabricator", "Rideau Wood Stoves", "rideau-stoves", "Workinfo", "cam", "Fabricator position",
     "Hi {n},\n\nThanks for applying. One of our own welders moved up into the fabricator spot, so we're not looking outside now.\n\n{sig}",
     "next_steps", "Fabricator – ticket copy", "Hi {n},\n\nEmail your welding ticket copy before {dl}. Unfortunately we can't book the shop test until we have it.\n\n{sig}"),
    ("crook", "crookmaker's helper", "Glen Innes Crooks & Sticks", "gleninnes-crooks", "Sidekicker", "au", "Crook workshop casual",
     "G'day {n},\n\nTa for having a go. My son's finished school and he's keen to learn horn bending, so he's got the casual spot.\n\n{sig}",
     "offer", "Crook workshop – start date", "G'day {n},\n\nReckon the casual spot suits you, so it's yours from {dl}. Unfortunately the back yard has no shade, so bring a hat.\n\n{sig}"),
    ("slate", "slatemaker's splitter", "Aorere Slate", "aorere-slate", "Trademe", "nz", "Slate splitting job",
     "Kia ora {n},\n\nThanks for applying. We've taken on a bloke from the quarry up the road who already knows the stone, so the job's gone.\n\n{sig}",
     "application_received", "Slate splitting job", "Kia ora {n},\n\nThanks, got your application. A bloke from up the road may want it; I'll sort it by next week and flick you a message whichever way it goes.\n\n{sig}"),
    ("tile", "tilesetter's assistant", "Mlazi Tiling", "mlazi-tiling", "Jobnet", "za", "Tiling assistant",
     "Hi {n},\n\nThanks for applying. The assistant job has gone to my cousin's son who finished his trade course. All the best.\n\n{sig}",
     "next_steps", "Tiling assistant – ID copy", "Hi {n},\n\nSend me a certified ID copy and a photo of tiling you've done, before {dl}. Unfortunately voice notes don't work for me, email only.\n\n{sig}"),
    ("mosaic", "mosaicker's apprentice", "Chandni Mosaic Studio", "chandni-mosaic", "Apna", "in", "Apprentice post",
     "Dear {n},\n\nThank you for contacting us. We have taken a student from the art college as apprentice, so the post is not open now. Regards.\n\n{sig}",
     "application_received", "Apprentice post", "Dear {n},\n\nProfile received, thank you. Selected or not, our reply comes on this same thread before Saturday.\n\n{sig}"),
    ("harpsi", "harpsichordmaker's assistant", "Devkar Keyboard Workshop", "devkar-keyboards", "Foundit", "in", "Assistant – keyboard workshop",
     "Dear {n},\n\nThanks for applying. Sir has selected a candidate who already worked in a piano restoration unit. Best wishes for your search.\n\n{sig}",
     "interview", "Interview – keyboard workshop", "Dear {n},\n\nPlease come for interview on {dl} at 11 am. Unfortunately the lane is dug up for pipes, so walk from the main road.\n\n{sig}"),
    ("viola", "violamaker's helper", "Kijabe String Works", "kijabe-strings", "Jobsinkenya", "ke", "Workshop helper",
     "Dear {n},\n\nThanks for your application. The owner has taken a young man from the church orchestra who already does repairs. We wish you God's blessings.\n\n{sig}",
     "offer", "Workshop helper – offer", "Dear {n},\n\nThe helper job is yours, starting {dl}. Unfortunately the matatu stage is far, so you may need a boda in the morning.\n\n{sig}"),
    ("fiddle", "fiddlemaker's helper", "Ikorodu Strings", "ikorodu-strings", "Jobstore", "ng", "Helper position",
     "Dear {n},\n\nThank you for your application. Oga has given the position to a boy who has been with him as a learner. Best regards.\n\n{sig}",
     "next_steps", "Helper position – documents", "Dear {n},\n\nKindly send your CV and a guarantor letter by {dl}. Unfortunately we cannot process it without the guarantor.\n\n{sig}"),
    ("dulcimer", "dulcimermaker's assistant", "Benguet Pine Instruments", "benguet-pine", "Joblum", "ph", "Assistant job",
     "Hi {n},\n\nSalamat for applying po. We already hired our neighbor's son who finished his TESDA course. God bless.\n\n{sig}",
     "interview", "Assistant job – interview", "Hi {n},\n\nCan you come on {dl} at 9am for interview po? Unfortunately jeep going up is few after lunch, so better early.\n\n{sig}"),
    ("xylo", "xylophonemaker's helper", "Kembangan Percussion", "kembangan-perc", "Mycareersfuture", "sg", "Workshop helper",
     "Hi {n},\n\nThanks for applying. We have hired one of our part-timers full time, so the helper role is closed.\n\n{sig}",
     "application_received", "Workshop helper", "Hi {n},\n\nThanks, received. We shortlist next week; shortlisted or not, all applicants will hear from us.\n\n{sig}"),
    ("marimba", "marimbamaker's assistant", "Dammam Rhythm Workshop", "dammam-rhythm", "Bayt", "sau", "Assistant position",
     "Dear {n},\n\nWe thank you for applying. The management decided to take a person who already working with us in the store. We wish you success.\n\n{sig}",
     "offer", "Offer – assistant", "Dear {n},\n\nYou are selected for assistant position, start from {dl} onward. Unfortunately the workshop car is not available in first month.\n\n{sig}"),
    ("gong", "gongmaker's helper", "Daska Bronze Works", "daska-bronze", "Mustakbil", "pk", "Helper vacancy",
     "Dear {n},\n\nThank you for applying. Our owner has given this job to his nephew who is learning the hammering since two years. Best regards.\n\n{sig}",
     "interview", "Helper vacancy – interview", "Dear {n},\n\nPlease come on {dl} at 10 am for meeting. Unfortunately the furnace area is very hot, so wear cotton.\n\n{sig}"),
    ("cymbal", "cymbalsmith's apprentice", "Corum Cymbal Atelier", "corum-cymbal", "Hirect", "tr", "Apprentice application",
     "Dear {n},\n\nThank you for interest. Our master has chosen the son of old friend for apprentice, he is already in workshop. We wish you good luck.\n\n{sig}",
     "", "", ""),
    ("scissor", "scissorgrinder's assistant", "Bulandshahr Edge Works", "bulandshahr-edge", "Workindia", "in", "Assistant job",
     "Dear {n},\n\nThanks for applying. We have taken one experienced grinder from Bijnor, so the assistant post is filled. Regards.\n\n{sig}",
     "next_steps", "Assistant job – Aadhaar copy", "Dear {n},\n\nKindly share your Aadhaar copy plus a short video of your grinding work by {dl}. Unfortunately we cannot accept walk-in.\n\n{sig}"),
    ("hammock", "hammockmaker's weaver", "Hoi An Hammock House", "hoian-hammock", "Careerjet", "vn", "Weaver job",
     "Dear {n},\n\nThanks for application. We choose a woman from our village who weave for us at home before. We wish you success.\n\n{sig}",
     "application_received", "Weaver job", "Dear {n},\n\nWe receive your application. Maybe a woman from the village want this job; we decide after Tết, then we write you, also when it is not you.\n\n{sig}"),
    ("snowshoe", "snowshoemaker's lacer", "Chaleur Snowshoes", "chaleur-snowshoes", "Jobillico", "cae", "Lacer position",
     "Hi {n},\n\nThanks for applying. A retired lacer from our old crew came back for the winter, so the lacer position is filled.\n\n{sig}",
     "interview", "Lacer position – drop by", "Hi {n},\n\nCould you drop by on {dl} at 2pm? Unfortunately the front door sticks in the cold, so give it a shove.\n\n{sig}"),
]
for fam, role, co, dom, ch, zone, rs, rb, ok, osub, ob in W:
    wr("en-" + fam, rs, rb, co, dom, frm=via(ch), role=role, tz=zone)
    if ok:
        wo(ok, "en-" + fam, osub, ob, co, dom, frm=via(ch), role=role, tz=zone)
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Bench Jobs Weekly: 3 new listings", "Hi {n},\n\nThis week: pursemaker's assistant (Northampton), kitebuilder's helper (weekends), snowshoe lacer (seasonal). Reply STOP to unsubscribe.\n\nBench Jobs Weekly", "Bench Jobs Weekly", "benchjobs", frm="Bench Jobs Weekly <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Your adoption application – Nugget", "Dear {n},\n\nNugget the terrier cross drew several adopters. After home checks, a family with a bigger garden is taking him, so we can't place him with you. Our other dogs are on the board.\n\n{sig}", "Moorside Dog Rescue", "moorside-rescue", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
L = [  # lang, zone, company, domain, refusal subject, refusal body, twin kind, twin subject, twin body
    ("ar", "sau", "دار العود للبخور", "daralood-bukhoor", "بخصوص طلبك للعمل في محل البخور",
     "الأستاذة {n} المحترمة،\n\nتحية طيبة،\n\nشاكرين لكِ رغبتك في الانضمام إلى فريق المحل. بعد المقابلات اختارت الإدارة متقدمة أخرى أمضت سنوات أطول في تركيب دهن العود، وبذلك أُغلق طلبك لهذه الوظيفة.\n\nمع أطيب التمنيات،\n{sig}\n{co}",
     "interview", "دعوة لمقابلة شخصية", "الأستاذة {n} المحترمة،\n\nنودّ أن نلتقي بكِ يوم {dl} في العاشرة صباحاً بالمحل. وللأسف فإن المواقف الأمامية مغلقة بسبب أعمال الصيانة، فيُرجى استخدام الشارع الخلفي.\n\n{sig}"),
    ("de", "de", "Seilerei Brückner", "seilerei-brueckner", "Ihre Bewerbung bei der Seilerei Brückner",
     "Hallo {n},\n\ndanke für den Besuch und das nette Gespräch in der Werkstatt. Die Stelle hat inzwischen eine Frau übernommen, die seit Jahren samstags bei uns mit anpackt. Für Sie bleibt damit leider nichts frei.\n\nHerzliche Grüße\n{sig}\n{co}",
     "next_steps", "Unterlagen für den Probetag", "Hallo {n},\n\nschicken Sie uns bitte spätestens am {dl} eine Kopie Ihres Führerscheins und zwei Referenzen. Leider können wir ohne diese Unterlagen keinen Probetag ansetzen.\n\nViele Grüße\n{sig}"),
    ("es", "es", "Alpargatas Sastre", "alpargatas-sastre", "Sobre el puesto en el taller",
     "Hola, {n}:\n\nMuchas gracias por acercarte al taller. Nos hemos decidido por una muchacha del pueblo que cosía suelas de esparto con su abuela desde niña, así que ya no queda hueco. Mucha suerte.\n\nUn abrazo,\n{sig}\n{co}",
     "application_received", "Tu solicitud para el taller", "Hola, {n}:\n\nHemos recibido tu solicitud. Una vecina a lo mejor se lo queda; el viernes lo sabremos y te escribiremos tanto si es que sí como si es que no.\n\n{sig}"),
    ("fr", "fr", "Savonnerie du Vieux Lavoir", "savonnerie-lavoir", "Votre candidature à la savonnerie",
     "Bonjour {n},\n\nMerci pour votre visite à la savonnerie. Le poste revient finalement à quelqu'un qui nous épaulait déjà l'été. Belle route à vous.\n\nBien à vous,\n{sig}\n{co}",
     "interview", "Rendez-vous à l'atelier", "Bonjour {n},\n\nSeriez-vous libre le {dl}, vers 14 h, pour un échange à l'atelier ? Hélas, des travaux bloquent la cour : prenez la petite porte côté rivière.\n\n{sig}"),
    ("hi", "in", "गोपाल मिष्ठान्न भंडार", "gopal-mishthan", "दुकान की नौकरी पर जवाब",
     "नमस्ते {n} जी,\n\nमिठाई की दुकान पर रखे जाने की आपकी अर्ज़ी पहुँची, शुक्रिया। वो जगह हमारे पुराने हलवाई रामदीन का लड़का सँभालेगा, सो अभी किसी और को रखने की गुंजाइश नहीं बची। आपकी तलाश जल्दी पूरी हो।\n\n{sig}\n{co}",
     "offer", "हलवाई सहायक का काम", "नमस्ते {n} जी,\n\nहलवाई सहायक का काम आपको दिया जा रहा है, काम {dl} से शुरू होगा। एक बात और, भट्टी वाले कमरे का पंखा फ़िलहाल बंद पड़ा है, तो गर्मी झेलनी पड़ेगी।\n\n{sig}"),
    ("it", "it", "Pastificio Fratelli Landi", "pastificio-landi", "Candidatura per il laboratorio",
     "Gentile {n},\n\ngrazie del colloquio di martedì. Abbiamo scelto una ragazza che ci aiuta da anni sotto le feste, per cui al momento non possiamo proseguire con la sua candidatura.\n\nUn cordiale saluto,\n{sig}\n{co}",
     "next_steps", "Documenti per il laboratorio", "Gentile {n},\n\nper completare la candidatura ci serve una copia dell'attestato HACCP entro il {dl}. Purtroppo senza quel documento non possiamo farla entrare in laboratorio.\n\n{sig}"),
    ("ja", "jp", "和菓子処 さくら庵", "sakuraan-wagashi", "販売スタッフ募集の件",
     "{n}様\n\nこのたびは当店の販売スタッフ募集にご応募いただき、ありがとうございました。検討いたしました結果、以前から繁忙期に手伝ってくださっている方にお願いすることになりました。ご期待に添えず申し訳ございません。\n\n{co}\n{sig}",
     "interview", "面接日時のご案内", "{n}様\n\n面接は{dl}の午後二時に店舗で行います。あいにく店の前の駐車場が工事中のため、近くのコインパーキングをご利用ください。\n\n{sig}"),
    ("ko", "kr", "할매손 떡집", "halmae-tteok", "떡집 직원 모집 관련",
     "{n}님, 안녕하세요.\n\n떡집 일자리에 관심 가져 주셔서 고맙습니다. 여러모로 생각한 끝에 명절 대목마다 와서 도와주시던 이웃분께 그 자리를 맡기기로 했어요. 아쉬운 답을 드려 마음이 무겁네요.\n\n{sig} 드림\n{co}",
     "offer", "함께 일하게 되었습니다", "{n}님, 안녕하세요.\n\n저희 떡집에서 함께 일하시게 되었습니다. 첫 출근은 {dl} 오전 7시입니다. 아쉽게도 가게 앞은 주차가 어려우니 대중교통을 이용해 주세요.\n\n{sig} 드림"),
    ("pt", "pt", "Conserveira da Ribeira", "conserveira-ribeira", "Candidatura à conserveira",
     "Olá {n},\n\nAgradecemos o interesse na nossa conserveira. O lugar ficou para alguém da safra anterior, que já conhece a casa, pelo que não há vaga para si. Felicidades.\n\nCumprimentos,\n{sig}\n{co}",
     "application_received", "Recebemos a sua candidatura", "Olá {n},\n\nRecebemos a sua candidatura. Talvez uma antiga colaboradora regresse; saberemos até sexta-feira e daremos resposta em qualquer dos casos.\n\n{sig}"),
    ("ru", "ru", "Часовая мастерская «Маятник»", "mayatnik-clock", "Вакансия помощника мастера",
     "Здравствуйте, {n}!\n\nРады, что вас заинтересовало место помощника мастера. Только его уже занял человек, который раньше выручал нас по выходным, так что предложить его вам мы не можем. Удачи в поисках.\n\n{sig}\n{co}",
     "next_steps", "Документы перед пробным днём", "Здравствуйте, {n}!\n\nПрежде чем назначить пробный день, пришлите, пожалуйста, до {dl} копию паспорта и фото ваших работ. К сожалению, без них записать вас не получится.\n\n{sig}"),
    ("sw", "tz", "Karakana ya Viatu Mkuki", "mkuki-viatu", "Kuhusu ombi lako la kazi",
     "Habari {n},\n\nAsante kwa kuomba kazi katika karakana yetu ya viatu vya ngozi. Tumeamua kumchukua kijana ambaye amekuwa akijifunza hapa kwa miaka miwili, kwa hiyo nafasi imeshajazwa. Tunakutakia kila la heri.\n\n{sig}\n{co}",
     "interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mazungumzo ya kazi tarehe {dl}, saa nne kamili. Kwa bahati mbaya barabara ya kuja karakana inafanyiwa matengenezo, kwa hiyo shukia kituo cha mafuta.\n\n{sig}"),
    ("th", "th", "ร้านจักสานบ้านไผ่", "banphai-basketry", "เรื่องการสมัครงานที่ร้าน",
     "เรียน คุณ{n}\n\nขอบคุณที่ส่งใบสมัครมาที่ร้านจักสานนะคะ ตำแหน่งนี้ร้านให้พี่ที่เคยมาช่วยสานตะกร้าช่วงงานบุญเข้ามาทำแล้วค่ะ ขอให้โชคดีกับการหางานนะคะ\n\n{sig}\n{co}",
     "next_steps", "ขอเอกสารเพิ่มเติม", "สวัสดีค่ะ คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนและรูปผลงานจักสานภายในวันที่ {dl} นะคะ น่าเสียดายที่ทางร้านรับเอกสารทางอีเมลเท่านั้นค่ะ\n\n{sig}"),
    ("tr", "tr", "Bakırcı Usta Atölyesi", "bakirci-usta", "Başvurunuz hakkında",
     "Sayın {n},\n\nAtölyemizle ilgilendiğiniz için sağ olun. Görüşmelerin ardından, uzun süredir yanımızda çıraklık yapan birini bu işe almaya karar verdik. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}\n{co}",
     "offer", "Atölyede işe başlama", "Sayın {n},\n\nAtölyemizde {dl} tarihinde işe başlayabilirsiniz. Maalesef ilk ay servis aracımız olmayacak, bu yüzden dolmuşla gelmeniz gerekecek.\n\n{sig}"),
    ("ur", "pk", "نور کڑھائی ہاؤس", "noor-karhai", "ملازمت کی درخواست کے بارے میں",
     "محترمہ {n} صاحبہ،\n\nآداب۔ ہماری کڑھائی کی دکان میں کام کی خواہش ظاہر کرنے کا بہت شکریہ۔ یہ کام اب ایک پرانی کاریگر خاتون سنبھالیں گی جو برسوں ہمارے ہاں کڑھائی کرتی رہی ہیں، اس لیے فی الحال جگہ خالی نہیں رہی۔ دعا ہے کہ جلد کوئی مناسب کام مل جائے۔\n\n{sig}\n{co}",
     "interview", "انٹرویو کی دعوت", "محترمہ {n} صاحبہ،\n\nآپ {dl} کو صبح گیارہ بجے انٹرویو کے لیے تشریف لائیں۔ افسوس کہ دکان کے سامنے سڑک کھدی ہوئی ہے، اس لیے پچھلی گلی سے آئیں۔\n\n{sig}"),
    ("zh", "cn", "清泉茶庄", "qingquan-tea", "关于店员职位的回复",
     "{n}您好：\n\n感谢您应聘我们茶庄的店员职位。面谈之后，我们最终请回了一位以前在店里帮过忙的老员工，这次就不能和您合作了。祝您早日找到合适的工作。\n\n{sig}\n{co}",
     "application_received", "简历已收到", "{n}您好：\n\n您的简历我们已经收到。老板可能会请以前的店员回来，下周五前会定下来，不管结果如何都会给您回复。\n\n{sig}"),
    ("epo", "de", "Librobindejo Verda Stelo", "verdastelo-bindejo", "Via kandidatiĝo ĉe la bindejo",
     "Saluton {n},\n\nNi dankas, ke vi petis la laboron de helpanto en nia bindejo. Post longa pripensado ni elektis personon, kiu jam de jaroj volontulas ĉe ni. Ni deziras al vi sukceson en via plua serĉado.\n\nKore,\n{sig}\n{co}",
     "next_steps", "Dokumentoj antaŭ la prova tago", "Saluton {n},\n\nBonvolu sendi al ni ĝis {dl} kopion de via identigilo kaj la nomojn de du rekomendantoj. Bedaŭrinde sen ili ni ne povas aranĝi provan tagon.\n\n{sig}"),
    ("bul", "bg", "Дестилерия „Розова долина“", "rozova-dolina", "Относно кандидатурата Ви",
     "Здравейте, {n},\n\nБлагодарим Ви за интереса към работата в нашата дестилерия за розово масло. След разговорите избрахме човек, който вече е работил при нас през миналия розобер. Желаем Ви успех занапред.\n\nС уважение,\n{sig}\n{co}",
     "interview", "Покана за разговор", "Здравейте, {n},\n\nКаним Ви на разговор на {dl} в 10 часа. За съжаление пътят към дестилерията е разкопан, затова оставете колата при църквата.\n\n{sig}"),
    ("cat", "es", "Obrador de Torrons Cal Pep", "calpep-torrons", "La plaça a l'obrador",
     "Hola, {n}:\n\nGràcies per interessar-te per la feina al nostre obrador de torrons. Al final la feina l'hem donada a una noia que ens dona un cop de mà cada Nadal, així que la plaça ja està coberta. Molta sort!\n\nSalutacions,\n{sig}\n{co}",
     "offer", "Et volem a l'obrador", "Hola, {n}:\n\nEt volem oferir la plaça d'ajudant a l'obrador a partir del {dl}. Malauradament no hi ha aparcament a prop, així que et recomanem venir en tren.\n\n{sig}"),
    ("cym", "uk", "Gweithdy Llwyau Caru Tegid", "llwyau-tegid", "Eich cais am swydd",
     "Annwyl {n},\n\nDiolch o galon am ymgeisio i fod yn gynorthwyydd yn ein gweithdy llwyau caru. Ar ôl pwyso a mesur, rydym wedi cynnig y swydd i rywun sydd wedi bod yn gwirfoddoli gyda ni ers tair blynedd. Pob lwc gyda'r chwilio.\n\nCofion,\n{sig}\n{co}",
     "interview", "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nHoffem eich gwahodd i gyfweliad ar {dl} am ddeg o'r gloch. Yn anffodus mae'r maes parcio ar gau, felly parciwch ger y capel.\n\n{sig}"),
    ("zsm", "my", "Bengkel Batik Seri Kenanga", "serikenanga-batik", "Permohonan jawatan pembantu",
     "Salam sejahtera {n},\n\nKami menghargai minat anda untuk bekerja sebagai pembantu di bengkel batik ini. Selepas temu duga, kami telah memilih calon yang pernah membantu kami semasa musim perayaan. Semoga berjaya dalam mencari pekerjaan.\n\nYang benar,\n{sig}\n{co}",
     "next_steps", "Dokumen yang diperlukan", "Salam sejahtera {n},\n\nSila hantar salinan kad pengenalan dan gambar hasil kerja anda sebelum {dl}. Malangnya kami tidak dapat menerima dokumen melalui WhatsApp.\n\n{sig}"),
    ("nob", "no", "Fjordvik Båtbyggeri", "fjordvik-baat", "Søknaden din",
     "Hei {n},\n\nTakk for søknaden til stillingen som medhjelper i båtbyggeriet vårt. Vi har valgt en som har jobbet hos oss i sommersesongen før, så stillingen er besatt. Lykke til videre!\n\nVennlig hilsen\n{sig}\n{co}",
     "interview", "Invitasjon til en prat", "Hei {n},\n\nHar du anledning til å komme innom {dl} klokka 10 for en prat? Dessverre er kaia stengt for vedlikehold, så bruk inngangen fra parkeringsplassen.\n\n{sig}"),
    ("hun", "hu", "Korongos Fazekasműhely", "korongos-fazekas", "Jelentkezése a műhelybe",
     "Kedves {n}!\n\nKöszönjük, hogy jelentkezett a fazekasműhelyünkbe segítőnek. Hosszas mérlegelés után egy olyan jelöltet választottunk, aki már évek óta besegít nekünk a vásárokon. További sok sikert kívánunk!\n\nÜdvözlettel:\n{sig}\n{co}",
     "offer", "Felvétel a műhelybe", "Kedves {n}!\n\nÖrömmel ajánljuk fel Önnek a segítői állást. Az első munkanap: {dl}. Sajnos a műhely melletti parkolót átépítik, ezért érdemes busszal jönni.\n\n{sig}"),
    ("fin", "fi", "Puusepänverstas Koivula", "koivula-verstas", "Hakemuksesi verstaalle",
     "Hei {n},\n\nKiitos hakemuksestasi verstaamme apulaisen paikkaan. Valitsimme tehtävään henkilön, joka on tehnyt meillä kesätöitä jo aiemmin. Toivotamme onnea työnhakuun.\n\nYstävällisin terveisin\n{sig}\n{co}",
     "", "", ""),
    ("ell", "gr", "Κηροπλαστείο Φάρος", "faros-keria", "Σχετικά με την αίτησή σας",
     "Γεια σας {n},\n\nΧαρήκαμε που δείξατε ενδιαφέρον να βοηθήσετε στο κηροπλαστείο μας. Η θέση τελικά δόθηκε σε κάποιον που δούλευε ήδη εδώ τα καλοκαίρια. Καλή συνέχεια στην αναζήτηση.\n\nΜε εκτίμηση,\n{sig}\n{co}",
     "next_steps", "Δικαιολογητικά", "Γεια σας {n},\n\nΠαρακαλούμε στείλτε μας ως τις {dl} αντίγραφο της ταυτότητάς σας και δύο συστάσεις. Δυστυχώς χωρίς αυτά δεν μπορούμε να κλείσουμε δοκιμαστική μέρα.\n\n{sig}"),
    ("vie", "vn", "Xưởng Nón Lá Làng Chuông", "nonla-langchuong", "Về đơn ứng tuyển của bạn",
     "Chào {n},\n\nXưởng nón lá rất vui vì bạn quan tâm đến chỗ phụ việc. Sau khi cân nhắc, xưởng đã chọn một chị trong làng từng làm cùng chúng tôi nhiều năm. Mong bạn gặp được nơi làm ưng ý.\n\nTrân trọng,\n{sig}\n{co}",
     "interview", "Mời phỏng vấn", "Chào {n},\n\nMời bạn đến xưởng phỏng vấn vào ngày {dl} lúc 9 giờ sáng. Tiếc là đường vào xưởng đang sửa, bạn vui lòng gửi xe ở đầu ngõ.\n\n{sig}"),
]
for lang, zone, co, dom, rs, rb, ok, osub, ob in L:
    wr("l-" + lang, rs, rb, co, dom, tz=zone, lang=lang)
    if ok:
        wo(ok, "l-" + lang, osub, ob, co, dom, tz=zone, lang=lang)


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
    return REGION_SIGNERS[REGION.get(zone, zone)]


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "epo": "{y}-{mm}-{dd}", "bul": "{dd}.{mm}.{y} г.", "cat": "{d}/{m}/{y}", "cym": "{d}/{m}/{y}",
    "zsm": "{d}/{m}/{y}", "nob": "{d}.{m}.{y}", "hun": "{y}. {mm}. {dd}.", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
        rec["id"] = f"blind70:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 69; this slice and any later one are skipped by number."""
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
