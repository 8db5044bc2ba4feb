# ruff: noqa: E501, S311
"""Write the seventy-ninth sealed blind slice for issue 11 (blind-slice-79.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 79 and later never read; our side printed)
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

SEED = 790791
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-79.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 79
SKIP_FROM = 79  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Harriet Fenwick", "Oisín Whelan", "Karthik Raman", "Ewan Lindsay", "Nomvula Zungu",
    "Tamati Herewini", "Georgina Pocklington", "Gráinne Fitzpatrick", "Emeka Obiora", "Clementine Ashby",
    "Bolanle Adebayo", "Lwazi Khumalo", "Divya Menon", "Tadhg Corrigan", "Chiamaka Udeh",
    "Barnaby Whitlock", "Hinewai Potae", "Orla Kinsella", "Soumya Banerjee", "Ronan Kielty",
    "Refilwe Masilo", "Angus Baird", "Rohan Kapadia", "Nyambura Kamau", "Cathal Brody",
    "Kwabena Asante", "Bongani Shabalala", "Lakshmi Venkat", "Siobhán Rourke", "Ikenna Nwosu",
    "Philippa Crowther", "Neha Chaudhary", "Cherono Langat", "Jean-Philippe Gagnon", "Darragh Egan",
    "Adaeze Okonkwo", "Prudence Wilding", "Losa Fonoti", "Atieno Ouma", "Millicent Garside",
]
REGION_SIGNERS = {
    "uk": ["Wilhelmina Crabtree", "Dougal Strachan", "Shabana Akhtar", "Jolyon Pettigrew", "Demelza Penrose", "Gareth Pryce"],
    "ie": ["Caoimhe Ní Bhriain", "Pádraic Ó Loingsigh", "Nuala Hegarty", "Lorcan Moriarty"],
    "us": ["Consuelo Ibarra", "Amos Stoltzfus", "Latoya Jenkins", "Sven Lindqvist", "Miriam Katz"],
    "ca": ["Geneviève Pelletier", "Harjit Sandhu", "Taras Kowalchuk", "Morag Campbell"],
    "au": ["Tegan Whitfield", "Dimitri Kostas", "Bronwyn Hext", "Quang Nguyen"],
    "nz": ["Mereana Tawhiri", "Philippa Gow", "Tevita Fifita", "Huia Rangihuna"],
    "za": ["Nokuthula Mthembu", "Pieter Louw", "Kagiso Sithole", "Riana Venter"],
    "in": ["Lalitha Krishnan", "Prakash Kulkarni", "Rubina Shaikh", "Manjunath Hegde"],
    "ng": ["Yetunde Oladipo", "Obiageli Nnaji"], "ke": ["Wairimu Mwangi", "Kiprono Bett"],
    "ph": ["Rowena Macaraeg", "Noel Dimaculangan"], "sg": ["Tan Siew Ling", "Murali Nair"],
    "nl": ["Femke de Graaf", "Joost van Leeuwen"], "hu": ["Zsófia Kertész", "Gábor Farkas"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["رنا الخطيب", "دانة الحسيني"], "de": ["Walburga Zellner", "Quirin Obermaier"],
    "es": ["Encarnación Molina", "Rafael Ortega"], "fr": ["Solène Vidal", "Bastien Fabre"],
    "hi": ["सुनीता राठौर", "महेश जोशी"], "it": ["Loredana Ricci", "Davide Montanari"],
    "ja": ["石井 京子", "森田 修"], "ko": ["이영숙", "최민수"], "pt": ["Fátima Mourato", "Joaquim Páscoa"],
    "ru": ["Людмила Орлова", "Виктор Зайцев"], "sw": ["Zuhura Khamis", "Bakari Omar"],
    "th": ["บุษบา จันทร์หอม", "ละเอียด ขำเลิศ"], "tr": ["Hatice Demir", "Oğuz Çelik"],
    "ur": ["فرزانہ ملک", "نسرین اختر"], "zh": ["王秀英", "刘建国"],
    "pol": ["Bożena Wiśniewska", "Tadeusz Kowalczyk"], "nld": ["Marloes Bakker", "Sjoerd Visser"],
    "dan": ["Mette Kjærgaard", "Henrik Dalsgaard"], "ind": ["Sri Wahyuni", "Bambang Sutrisno"],
    "ron": ["Mirela Popescu", "Dorin Ionescu"], "ukr": ["Оксана Ткаченко", "Богдан Шевчук"],
    "hun": ["Erzsébet Tóth", "László Varga"], "est": ["Tiiu Tamm", "Margus Saar"],
    "bos": ["Amra Hodžić", "Edin Mehmedović"], "ces": ["Jitka Procházková", "Miroslav Dvořák"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى المصري", "ريم العلي"], "de": ["Theresa Baumgartner", "Maximilian Wirth"],
    "es": ["Carmen Navarro", "Álvaro Gil"], "fr": ["Camille Roux", "Théo Marchand"],
    "hi": ["तन्मय खंडेलवाल", "ऋचा बघेल"], "it": ["Chiara Galli", "Lorenzo Marino"],
    "ja": ["高橋 由美", "山口 翔"], "ko": ["정수빈", "강민재"], "pt": ["Beatriz Lopes", "Tiago Ramos"],
    "ru": ["Дарья Кузнецова", "Павел Смирнов"], "sw": ["Rehema Said", "Hamisi Ali"],
    "th": ["ปรียานุช ทองคำ", "ธนวัฒน์ ศรีวงศ์"], "tr": ["Zeynep Arslan", "Emre Koç"],
    "ur": ["سعدیہ رحمان", "ثنا عباس"], "zh": ["陈思雨", "赵子轩"],
    "pol": ["Agnieszka Nowak", "Kacper Lewandowski"], "nld": ["Lotte Jansen", "Bram de Vries"],
    "dan": ["Freja Nielsen", "Mads Sørensen"], "ind": ["Dewi Lestari", "Agus Prasetyo"],
    "ron": ["Ioana Dumitrescu", "Andrei Stan"], "ukr": ["Ірина Коваленко", "Максим Бондар"],
    "hun": ["Katalin Szabó", "Bence Horváth"], "est": ["Kadri Kask", "Rasmus Mägi"],
    "bos": ["Lejla Begić", "Adnan Kovačević"], "ces": ["Tereza Nováková", "Ondřej Svoboda"],
}
GIVEN = {
    "Caoimhe Ní Bhriain": "Caoimhe", "Pádraic Ó Loingsigh": "Pádraic", "Tan Siew Ling": "Siew Ling",
    "Rowena Macaraeg": "Rowena", "Jean-Philippe Gagnon": "Jean-Philippe", "Femke de Graaf": "Femke", "Joost van Leeuwen": "Joost",
    "石井 京子": "京子", "森田 修": "修", "高橋 由美": "由美", "山口 翔": "翔",
    "Bram de Vries": "Bram",
}
PROVIDERS = ["wrenpost", "dipperbox", "nuthatchmail", "siskinnet", "linnetmail", "stonechatbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"), "ba": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""), "np": ("+0545", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "idn": ("+0700", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "rs": ("+0100", "+0200", "eu"), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind79-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, grand seeing the back rooms Thursday arvo. Forklift ticket no. plus my second referee's phone sit underneath, like you wanted.\nCheers, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nRequisition {ref} ({role}) is shut, nobody appointed. {x}\n\nYour application therefore stops here; our thanks for the effort behind it.\n\n{co} Talent Operations", ("Harrowgate Pressings", "Bellweather Cannery"), ("harrowgatepressings", "bellweathercannery"), frm="{co} Careers <workday-noreply@{dom}>", role=("Press Line Setter", "Retort Operator"), tz=("uk", "use"), x=("The press line gets merged into the Desborough site's rota.", "Retort cover will come from the existing weekend team."))
mr("gh", "Your application to {co}", "Hi {n},\n\nGrateful you interviewed for {role}. The post is now taken by someone with several seasons of {x}, so we are closing the other applications, yours included.\n\nWarm wishes,\n{sig}\nPeople Team, {co}", ("Quillon Letterpress", "Saltmarsh Ropeworks"), ("quillonletterpress", "saltmarshropeworks"), role=("Compositor", "Splicing Technician"), tz=("uk", "cap"), x=("hand-set wood type", "eye splicing on mooring lines"))
mr("lv", "{co}: {role}", "Hello {n},\n\nWe have reviewed your profile for {role} and will not be progressing it. For this team we need people with {x}. Say yes and the tannery keeps your details {y} in case something nearer your background opens.\n\n{sig}, {co}", ("Coldharbour Tannery", "Ferrybridge Glassblowers"), ("coldharbourtannery", "ferrybridgeglass"), frm="{sig} <{sl}@hire.{dom}>", role=("Hide Finisher", "Gaffer's Assistant"), tz=("ie", "usm"), x=("vegetable tanning", "lampwork at the bench"), y=("nine months", "one year"))
mr("sr", "Update on {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>Cheers for thinking of {co}.</p></body></html>", ("Lanthorn Theatres", "Pikestaff Logistics"), ("lanthorntheatres", "pikestafflogistics"), frm="{co} Recruiting <noreply@smartr.{dom}>", role=("Flyman", "Yard Shunter"), tz=("uk", "au"), x=("Concluded – the post went to a colleague transferring from our Wincanton house", "Concluded – appointment made from the wider field"))
mr("ic", "{co} candidate notice", "Dear {n},\n\nApplication {ref} for {role}: Not Selected – {x}.\n\nThe requirement is listed as essential in the advert, so the application closes at screening. You may apply again once you hold it.\n\n{co} Recruitment", ("Stourvale Haulage", "Brackenridge Care Homes"), ("stourvalehaulage", "brackenridgecare"), frm="{co} <icims-notices@{dom}>", role=("Class 2 Driver", "Night Care Assistant"), tz=("uk", "nz"), x=("Digital Tacho Card Not Evidenced", "Police Vetting Form Not Returned"))
mr("tl", "{role} – requisition status", "Hello {n},\n\nThe status of requisition {ref} has changed to: {x}.\n\nSo every {role} application, yours too, is now shut. Kind of you to look at {co}.\n\nTalent Acquisition", ("Greyfriars Hotels", "Oakhollow Lodge"), ("greyfriarshotels", "oakhollowlodge"), frm="{co} <taleo@{dom}>", role=("Night Porter", "Banqueting Supervisor"), tz=("uk", "cae"), x=("Cancelled – porters borrowed from our other hotel", "Withdrawn – events now run by an outside caterer"))
mr("wk", "{co} – {role}", "Hi {n},\n\n{x} people applied for {role} and we asked {y} of them along for a paid trial morning. Yours wasn't in the trial group, and the pick is made.\n\nThanks for your patience,\n{sig}\n{co}", ("Tumbledown Bakery", "Sparrowgrass Deli"), ("tumbledownbakery", "sparrowgrassdeli"), role=("Early Baker", "Counter Lead"), tz=("uk", "usc"), x=("Ninety-three", "One hundred and nineteen"), y=("eight", "eleven"))
mr("bh", "Re: {role} at {co}", "Hi {n},\n\nThanks again for applying. We've decided to cover {role} hours from within, {x}, so nobody new gets hired in this round.\n\nAll the best,\n{sig}\n{co}", ("Driftwood Cycles", "Millrace Garden Centre"), ("driftwoodcycles", "millracegarden"), role=("Workshop Mechanic", "Plant Area Assistant"), tz=("nz", "au"), x=("shared among the current wrenches", "split between the weekend staff"))
mr("tt", "{role} – {co}", "Hello {n},\n\nMany thanks for applying. Having read every letter we continue with other people whose {x} matches what we do better. Good luck in the further search, from all of us.\n\nKind regards,\n{sig}\n{co}", ("Houtwerk Brouwer", "Kovács Kerámia Ltd"), ("houtwerkbrouwer", "kovacskeramia"), role=("Furniture Restorer", "Kiln Assistant"), tz=("nl", "hu"), x=("experience in veneer repair", "practice with raku firing"))
mr("pp", "{co}: your application", "Dear {n},\n\nWe scored every application for {role} against the person specification. You scored {x}; the threshold for interview was {y}. So no interview invite this time, sorry.\n\n{sig}\n{co}", ("Carrickmore Clockworks", "Ashdown Bellfounders"), ("carrickmoreclocks", "ashdownbells"), role=("Turret Clock Technician", "Moulder"), tz=("ie", "uk"), x=("14 of 40", "10 of 35"), y=("26", "22"))
mr("jz", "About {role}", "Hi {n},\n\nThanks for sending your showreel for {role}. Our bookings this season lean heavily on {x}, and we have picked performers who specialise in it. Your application stops there.\n\nBest,\n{sig}\n{co} Entertainment", ("Merrybrook", "Kaleidoscope Parties"), ("merrybrookent", "kaleidoscopeparties"), role=("Children's Entertainer", "Roaming Performer"), tz=("usp", "cat"), x=("stilt walking", "fire poi"))
mr("as", "{co} application update", "Hi {n}! Salamat for applying as {role}! The slot already went to a candidate from Lanao who has {x}, so your application is closed na po. Ingat always!\n\n{sig}\n{co}", ("Sampaguita Weaves", "Bukidnon Highland Coffee"), ("sampaguitaweaves", "bukidnonhighland"), role=("Loom Operator", "Cupping Assistant"), tz="ph", x=("years on a pedal loom", "Q grader training"))
mr("wx", "Closed: {role}", "Dear {n},\n\nShortlisting has finished for {role}. This shortlist does not include you. We cannot give feedback at present given how many applied.\n\nHR Services, {co}", ("Fernleigh District Council", "Whitmore Academy Trust"), ("fernleighdc", "whitmoreacademies"), frm="{co} <hr-services@{dom}>", role=("Parks Operative", "Exams Invigilator"), tz=("uk", "uk"))
mr("s1", "the job at the chippy", "Hiya {n}, sorry love, our Jack's lad finished his GCSEs and has the Friday and Saturday shifts. Nothing for anyone else just now. Ta for the CV. {sig}, {co}", "The Codfather Chippy", "codfatherchippy")
mr("s2", "Counter job", "Hi {n},\nThanks a mil for calling in re the counter. Mam's cousin Dympna is back from Boston and she's taking it, so the summer's covered. Best of luck.\n{sig}\n{co}", "Heffernan's Hardware", "heffernanshardware", tz="ie")
mr("s3", "berry stand", "Hey {n}, good of you to swing by. My nephew's back from Postville and working the stand beside me till fall, so I've got my help. Appreciate it!\n{sig}, {co}", "Two Creeks Berry Farm", "twocreeksberries", tz="usc")
mr("s4", "poutine truck", "Hi {n}, merci for writing. My wife and me, we run the truck alone this year, no spot open. Good luck out there. {sig}, {co}", "Frites du Coin", "fritesducoin", tz="cae")
mr("s5", "Yard hand", "G'day {n}, ta for the application. A bloke from town with years on the saw bench has started, so the yard job's taken. All the best. {sig}, {co}", "Ironbark Sleepers", "ironbarksleepers", tz="au")
mr("s6", "Picking crew", "Kia ora {n}, good to hear from you. Our kiwifruit crew is full again with last year's whānau so no room this season. All the best. {sig}, {co}", "Te Puke Gold Orchard", "tepukegold", tz="nz")
mr("s7", "Stall helper", "Hi {n}, kind of you to enquire about the bunny chow stall. My sister's boy finished his matric and he's with us now, so we are full. Sharp, {sig}", "Aunty Pat's Bunny Chow", "auntypatsbunny", tz="za")
mr("s8", "Sales post – {co}", "Dear {n},\nThanks for visiting our showroom about the salesman post. Senior salesman Ramesh ji is back from his village and rejoined duty, hence the post is filled. We shall keep your biodata.\n{sig}\n{co}", "Laxmi Brass Emporium", "laxmibrass", tz="in")
mr("s9", "Shop attendant", "Good evening {n}, thanks for coming to our Oshodi shop. Oga has brought his wife's younger sister after her service year to handle the counter, so the position is taken. Thank you. {sig}, {co}", "Blessed Hands Stores", "blessedhandsstores", tz="ng")
mr("s10", "Shop work", "Hi {n}, thank you for coming by. Mama has taken her grandson who just cleared form four to help in the duka, so we are okay for now. Blessings. {sig}, {co}", "Baraka Agrovet Shop", "barakafeeds", tz="ke")
mr("s11", "Crew application", "Hi {n}, good day! Salamat po for applying as crew. We are sorry, our Marikina branch of the siomai house will close this month so we are not hiring po. Ingat! {sig}, {co}", "Siomai ni Aling Nena", "siomaininena", tz="ph")
mr("s12", "Stall assistant", "Hi {n}, thanks ah. Next month onwards Uncle open the wanton mee stall four days only, so cannot take extra helper already. Sorry ah. {sig}", "Ah Seng Wanton Mee", "ahsengwanton", tz="sg")
mr("s13", "Cafe job", "Hello {n}, thanks for your message. My son works in the stroopwafel cafe in his holiday, so another person is not needed right now. Good luck! {sig}, {co}", "Wafelhuisje", "wafelhuisje", tz="nl")
mr("s14", "Workshop place", "Dear {n}, many thanks for the letter. My neighbour's daughter starts in the workshop next week to learn the embroidery, so I have no place for a second apprentice. Best wishes, {sig}, {co}", "Matyó Stitch Workshop", "matyostitch", tz="hu")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nSo kind of you to come in, and to write afterward. Priya is taking the role; she has run a cheese room before and said yes this morning. I hope we cross paths.\n\nBest,\n{sig}\n\n{OUT}", ("Whinfell Dairy Co-op", "Knockdrinna Farmhouse"), ("whinfelldairy", "knockdrinnafarm"), role=("Cheesemaker", "Affineur"), tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: {role}", "Hey {n},\n\nReally appreciated your time on Tuesday. Dr. Alvarez has decided to bring on Jordan, one of our locum techs who knows our patients already. I'll keep your name near the top of the pile.\n\nTake care,\n{sig}\n\n{GM}", ("Prairie Paws Animal Hospital", "Cedar Hollow Vet Clinic"), ("prairiepawsvet", "cedarhollowvet"), role=("Vet Technician", "Kennel Attendant"), tz=("usc", "cam"))
mr("th3", "RE: [EXT] RE: {role} – thanks", "Dear {n},\n\nThank you for teaching the sample lesson; the Year 4s talked about the volcano for days. The panel has appointed a colleague already on our supply list, who starts after half term.\n\nWith thanks,\n{sig}\n\n{ORIG}", ("St Aidan's Primary", "Kilbride National School"), ("staidansprimary", "kilbridens"), role=("Class Teacher", "Special Needs Assistant"), tz=("uk", "ie"))
mr("th4", "Re: [EXT] RE: {role}", "Hello {n},\n\nGood of you to come for the chat at the branch. Management have gone with Mrs Ogundipe, who supervised the floor at our Ogudu outlet for three years. Every good wish from the Ebute team.\n\nRegards,\n{sig}\n\n{RULE}", ("Ebute Fresh Mart", "Nyali Family Store"), ("ebutefreshmart", "nyalifamilystore"), role=("Floor Supervisor", "Cashier Supervisor"), tz=("ng", "ke"))
mr("th5", "RE: [EXT] Re: {role} workshop", "Hi {n},\n\nThe young people loved the improv warm-up you led. After long talk the committee offered the post to Dervla, who ran our summer scheme last year, and she has accepted.\n\nWith real thanks,\n{sig}\n\n{OUT}", ("Lantern Youth Theatre", "Footlights Junior Stage"), ("lanternyouth", "footlightsjunior"), role=("Drama Facilitator", "Youth Theatre Leader"), tz=("ie", "nz"))
mr("th6", "Re: [EXT] Re: {role}", "Hey {n},\n\nFun having you in the shop Saturday. The collective voted and we're bringing Sam on, since Sam has been volunteering on the wheel-building nights for a year.\n\nRide safe,\n{sig}\n\n{GM}", ("Spokesfolk Bike Collective", "Freewheel Co-op"), ("spokesfolk", "freewheelcoop"), role=("Bike Mechanic", "Workshop Coordinator"), tz=("usp", "cap"))
mr("th7", "RE: [EXT] Re: {role} – follow-up", "Hi {n},\n\nThank you for meeting Dr Hart and me. We have appointed Mei, who completed her placement with us and knows the caseload. It was a genuinely tough call.\n\nKind regards,\n{sig}\n\n{RULE}", ("Brightwords Speech Clinic", "Harbourside Physio"), ("brightwordsclinic", "harboursidephysio"), role=("Speech Pathologist", "Physiotherapist"), tz=("au", "sg"))
mr("th8", "Re: [EXT] RE: {role}", "Dear {n},\n\nAsante for the visit to the co-op and tea with the mamas. The board has chosen Faith, a member's daughter who already does our books on market days.\n\nWith gratitude,\n{sig}\n\n{ORIG}", ("Kazuri Beadworks Collective", "Ubuntu Bead Co-op"), ("kazuribeadworks", "ubuntubeadcoop"), role=("Bookkeeper", "Sales Coordinator"), tz=("ke", "za"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n--\n{co} | Stores nationwide | Click & collect in 2 hours\nTrail Notes lands monthly: kit chatter, member deals, walk routes.\nEvery opening sits on the {co} careers pages; switch on alerts from your login.\nSent since you used our jobs portal. {co} Ltd, reg. no. {ref} (England & Wales).\nReplies here go nowhere; nobody watches this box."
mr("ft1", "Your application: {role}", "Dear {n},\n\nYour {role} form was read by the area manager; sorry, it did not get through.\n\nThe Recruitment Team" + FOOT1, ("Ridgeway Outdoors", "Blackstairs Outdoor"), ("ridgewayoutdoors", "blackstairsoutdoor"), frm="{co} Careers <careers@{dom}>", role=("Store Assistant", "Footwear Specialist"), tz=("uk", "ie"))
FOOT2 = "\n\n———\n{co} · Tools, timber & paint for every project\nDownload our app for project lists and weekly deals. Follow us for DIY how-tos.\nFresh roles go up Mondays on the careers hub; tweak alerts inside your candidate dashboard.\nAutomated send-only mailbox. We hire on merit and welcome everyone.\n© {co}. All rights reserved."
mr("ft2", "{role} application status", "Hi {n},\n\nYour {role} application got a proper read by the store lead; it's a pass from us for now.\n\nThanks for your interest,\nTalent Team" + FOOT2, ("Hearthstone Home Supply", "Northpine Building Centre"), ("hearthstonehome", "northpinebuild"), frm="{co} <no-reply@{dom}>", role=("Lumber Associate", "Paint Desk Associate"), tz=("use", "cae"))
FOOT3 = "\n\n~~~\n{co} – gear for the water since 1988\nJoin the Crew Club for members-only prices and trip reports.\nBrowse current openings on our careers page and turn on role alerts.\nUnattended address. Privacy bits and unsubscribe live under account settings."
mr("ft3", "Application outcome – {role}", "Hi {n},\n\nCheers, mate, for having a crack at {role}. Sadly it's a no this round.\n\nCheers,\nPeople & Culture" + FOOT3, ("Rip & Reef Watersports", "Mangawhai Paddle"), ("ripreef", "mangawhaipaddle"), frm="{co} <careers@{dom}>", role=("Retail Assistant", "Hire Desk Attendant"), tz=("au", "nz"))
FOOT4 = "\n\n==\n{co} | Your health, our priority | Over 60 branches\nGet the {co} Rewards card and earn points on every purchase.\nVacancies are listed weekly on our careers page; subscribe to receive them by email.\nReplies to this mailbox bounce. Registered pharmacy premises {ref}."
mr("ft4", "{role}: application result", "Dear {n},\n\nOur pharmacists looked over your {role} papers; this is where the application ends.\n\nHuman Resources" + FOOT4, ("Medirite Pharmacies", "HealthPlus Chemists"), ("mediritepharm", "healthpluschem"), frm="{co} HR <hr@{dom}>", role=("Pharmacist Assistant", "Dispensary Technician"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – {co}", "Dear {n},\n\nWe were glad of your afternoon with us. Once all the meetings were done, it seemed other applicants' experience lined up more closely with our conveyancing caseload, and we have proceeded on that basis.\n\nYours sincerely,\n{sig}\n{co}", ("Pemberton & Lyle Solicitors", "Furlong Harte LLP"), ("pembertonlyle", "furlongharte"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mr("hd2", "Thank you – {role}", "Hi {n},\n\nGood chatting about {role}. The studio is steering this hire down another road, and Nadia and I wanted you told, not left to silence.\n\nAll best,\n{sig}\n{co}", ("Larkspur Design Studio", "Hollowell Architects"), ("larkspurdesign", "hollowellarch"), role=("Junior Designer", "Architectural Technician"), tz=("use", "cap"))
mr("hd3", "{role} at {co}", "Dear {n},\n\nGrateful for the application. Other people in the pool brought farm tax and agricultural grant experience that suits our cockies and orchardists a shade better, and they carry on to the next step.\n\nRegards,\n{sig}\n{co}", ("Tussock & Vale Accountants", "Wheatbelt Accounting"), ("tussockvale", "wheatbeltacct"), role=("Accounts Assistant", "Tax Technician"), tz=("nz", "au"))
mr("hd4", "{role} – outcome", "Dear {n},\n\nWe valued your letter about our WASH team. The panel concluded that candidates with field borehole-siting experience were better placed for this phase, and we will be proceeding with them.\n\nSincerely,\n{sig}\n{co}", ("Maji Safi Initiative", "Clearspring Water Trust"), ("majisafi", "clearspringwater"), role=("Field Officer", "Programme Assistant"), tz=("ke", "ng"))
mr("hd5", "{role}", "Hi {n},\n\nLovely of you to drop by. The clinic is taking the post along another route for the moment; thanks for bearing with us.\n\nWarm regards,\n{sig}\n{co}", "Orchard Road Optometry", "orchardoptometry", role="Optical Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up – {role}", "Hi {n},\n\nNice to chat yesterday. {co} came back to me: they're giving it to an internal person for the {role} job near {x} and that one's done. Separately, a seed merchant near {y} wants a warehouse lead from next month; shall your CV go their way?\n\n{sig}\nFieldstone Recruitment", ("a grain store", "a hop farm"), ("fieldstonerecruit", "fieldstonerecruit"), role=("Intake Supervisor", "Kiln Hand"), tz=("uk", "usp"), x=("Belford", "Moxee"), y=("Elsdon", "Sunnyside"))
mr("rc2", "After our call", "Kia ora {n},\n\nCheers for the ring. The grower's filled the {role} position near {x} with someone local so you're out of that one, sorry. I do have a packhouse shift supervisor role near {y} starting soon, shall I send your name across?\n\n{sig}\nTussockline Staffing", ("", ""), ("tussocklinestaffing", "tussocklinestaffing"), role=("Orchard Supervisor", "Vineyard Hand"), tz=("nz", "au"), x=("Aongatete", "Hanwood"), y=("Te Puna", "Whitton"))
mr("rc3", "Update on {role}", "Hello {n},\n\nGood speaking with you on Monday. The client near {x} has settled on another candidate for {role}. However, a packaging plant in {y} is recruiting a line lead; I think you fit well. Shall we discuss tomorrow?\n\nRegards,\n{sig}\nUmoja Talent", ("", ""), ("umojatalent", "umojatalent"), role=("Production Supervisor", "Quality Lead"), tz=("ke", "ng"), x=("Limuru", "Ota"), y=("Syokimau", "Ikenne"))
mr("rc4", "Re: {role}", "Hi {n},\n\nAs promised after the call: the farm at {x} has appointed their foreman's son to {role}. There's another opening at a citrus packer in {y}; it's a seasonal lead post. Keen?\n\n{sig}\nVeldwise Recruitment", "", "veldwiserecruit", role="Farm Assistant", tz="za", x="Elandskloof", y="Op-die-Berg")
# ---- 8 public-sector notices
mr("ps1", "Notice of eligibility – {role}", "Dear {n},\n\nVacancy ref {ref}: {role}. Your application is ineligible: evidence of {x} was missing, and that is a minimum requirement. The file is closed.\n\nRecruitment Unit\n{co}", ("Department of Roads", "County Highways Directorate"), ("roads.gov", "highways.gov"), frm="{co} <recruitment@{dom}>", role=("Works Inspector", "Plant Operator"), tz=("au", "use"), x=("a current traffic-control ticket", "a valid CDL with air-brake endorsement"))
mr("ps2", "Referral status – {role}", "Dear {n},\n\nAnnouncement {ref}: you were rated qualified, yet the {role} list that went up to the selecting manager left your name off. Applicants ranked higher under category rating were referred.\n\nStaffing Office\n{co}", ("Bureau of Land Survey", "Regional Parks Service"), ("landsurvey.gov", "regionalparks.gov"), frm="{co} <hr-notify@{dom}>", role=("Survey Technician", "Park Ranger"), tz=("usm", "usp"))
mr("ps3", "Cancellation of vacancy {ref}", "Dear {n},\n\nThe {role} campaign is cancelled, as {x} has cut the post. All applications received will be closed.\n\nResourcing Team\n{co}", ("Ministry of Housing", "Public Service Commission"), ("housing.gov", "psc.gov"), frm="{co} <resourcing@{dom}>", role=("Housing Officer", "Clerical Officer"), tz=("ie", "ke"), x=("a staffing budget review", "a departmental restructuring"))
mr("ps4", "Result of written test – {role}", "Dear {n},\n\nThe cut-off mark for {role} (ref {ref}) was set at {x}. Your score was under that mark, so the interview stage is closed to you.\n\nExamination Cell\n{co}", ("State Water Board", "Municipal Service Commission"), ("statewater.gov", "municipalsc.gov"), frm="{co} <exams@{dom}>", role=("Junior Engineer", "Revenue Inspector"), tz=("in", "ph"), x=("68 marks", "71 points"))
# ---- 6 bare ATS status updates
mr("st1", "Application status changed", "Hi {n},\n\n{role}: your application was updated overnight.\n\nStatus: No longer in the running\n\nSee everything in your Hiresiskin account.", ("", ""), ("hiresiskin", "hiresiskin"), frm="Hiresiskin <status@{dom}>", role=("Kitchen Porter", "Barista"), tz=("uk", "au"))
mr("st2", "{role}: status", "<html><body><p>{n},</p><p>Application {ref} · <b>Closed · not selected</b></p><p>{co}</p></body></html>", ("Larchwood Foods", "Brindle Freight"), ("larchwoodfoods", "brindlefreight"), frm="{co} <ats@{dom}>", role=("Picker", "Transport Planner"), tz=("uk", "cae"))
mr("st3", "Update on your application", "Hello {n},\n\n{role} — Outcome: Declined\n\nCrewmoth sends these updates on its own; no need to answer.", ("", ""), ("crewmoth", "crewmoth"), frm="Crewmoth <updates@{dom}>", role=("Sous Chef", "Housekeeper"), tz=("nz", "sg"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\nYour {role} form was read with care. In a strong year we cannot give you a place; do try a later round.\n\n{co} Studentships Office", ("Limpet Marine Lab", "Heathland Ecology Trust"), ("limpetlab", "heathlandtrust"), frm="{co} <studentships@{dom}>", role=("Summer Kelp Studentship", "Reptile Survey Studentship"), tz=("uk", "uk"))
mr("in2", "{role}: your application", "Hi {n},\n\nGrand that you sought the {role}. Every place is filled from a strong pool, and this summer's roster has no spot for you.\n\n{sig}\n{co}", ("Otter Creek Conservancy", "Burrowing Owl Project"), ("ottercreekcons", "burrowingowlproj"), role=("River Internship", "Grassland Internship"), tz=("usm", "cam"))
mr("in3", "{role} 2026 – outcome", "Dear {n},\n\nAfter the assessment centre for the {role}, we're sorry: no programme place has been given to you.\n\nEarly Careers Team\n{co}", ("Gridline Energy", "Windrush Power"), ("gridlineenergy", "windrushpower"), frm="{co} Early Careers <graduates@{dom}>", role=("Wind Graduate Programme", "Hydrogen Graduate Scheme"), tz=("uk", "za"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've got your application – {role}", "Dear {n},\n\nYour application for {role} (requisition {ref}) is in. If the requisition is shut later or the work moved to another site, you will receive a note from us; otherwise expect a reply within three weeks.\n\n{co} Talent Operations", ("Harrowgate Pressings", "Bellweather Cannery"), ("harrowgatepressings", "bellweathercannery"), frm="{co} Careers <workday-noreply@{dom}>", role=("Press Line Setter", "Retort Operator"), tz=("uk", "use"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is in! Humans read every one here. Yes or no, an answer from Una or me reaches you inside a fortnight, mostly.\n\n{sig}\nPeople Team, {co}", ("Quillon Letterpress", "Saltmarsh Ropeworks"), ("quillonletterpress", "saltmarshropeworks"), role=("Compositor", "Splicing Technician"), tz=("uk", "cap"))
mo("application_received", "lv", "{co}: application received", "Hello {n},\n\nYour {role} application arrived. If your background turns out not to fit this team, we'll ask about holding your details for later openings; either way nothing is kept without your say-so.\n\n{sig}, {co}", ("Coldharbour Tannery", "Ferrybridge Glassblowers"), ("coldharbourtannery", "ferrybridgeglass"), frm="{sig} <{sl}@hire.{dom}>", role=("Hide Finisher", "Gaffer's Assistant"), tz=("ie", "usm"))
mo("application_received", "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received – in review</td></tr></table><p>Should the post go to an internal person, this table will show it.</p></body></html>", ("Lanthorn Theatres", "Pikestaff Logistics"), ("lanthorntheatres", "pikestafflogistics"), frm="{co} Recruiting <noreply@smartr.{dom}>", role=("Flyman", "Yard Shunter"), tz=("uk", "au"))
mo("application_received", "ic", "{co}: we have your application", "Dear {n},\n\nApplication {ref} for {role} has been submitted. Please note that applications lacking an essential requirement close at screening, so check you have uploaded {x}.\n\n{co} Recruitment", ("Stourvale Haulage", "Brackenridge Care Homes"), ("stourvalehaulage", "brackenridgecare"), frm="{co} <icims-notices@{dom}>", role=("Class 2 Driver", "Night Care Assistant"), tz=("uk", "nz"), x=("your tacho card", "your vetting form"))
mo("application_received", "tl", "{role}: application submitted", "Hello {n},\n\nYour {role} application reached the night manager's desk. Should the requisition be cancelled or paused, every candidate hears by email.\n\nTalent Acquisition, {co}", ("Greyfriars Hotels", "Oakhollow Lodge"), ("greyfriarshotels", "oakhollowlodge"), frm="{co} <taleo@{dom}>", role=("Night Porter", "Banqueting Supervisor"), tz=("uk", "cae"))
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\nYour {role} application's here, ta. A handful get a paid trial morning; if you're not among them, a note comes anyway so nobody is left hanging.\n\n{sig}\n{co}", ("Tumbledown Bakery", "Sparrowgrass Deli"), ("tumbledownbakery", "sparrowgrassdeli"), role=("Early Baker", "Counter Lead"), tz=("uk", "usc"))
mo("application_received", "bh", "Application for {role}", "Hi {n},\n\nCheers for the application. The {role} hours could end up shared round current staff; if so, you'll hear quick. If not, expect a ring to set up a yarn over coffee.\n\n{sig}\n{co}", ("Driftwood Cycles", "Millrace Garden Centre"), ("driftwoodcycles", "millracegarden"), role=("Workshop Mechanic", "Plant Area Assistant"), tz=("nz", "au"))
mo("application_received", "tt", "We received your application", "Hello {n},\n\nYour application as {role} arrived. Within two weeks we read every one. Chosen or not chosen, we answer you personally.\n\nKind regards,\n{sig}\n{co}", ("Houtwerk Brouwer", "Kovács Kerámia Ltd"), ("houtwerkbrouwer", "kovacskeramia"), role=("Furniture Restorer", "Kiln Assistant"), tz=("nl", "hu"))
mo("application_received", "pp", "{co}: application acknowledged", "Dear {n},\n\nYour {role} application is logged. Each one is scored against the person specification; anybody under the interview mark gets a letter once scoring ends.\n\n{sig}\n{co}", ("Carrickmore Clockworks", "Ashdown Bellfounders"), ("carrickmoreclocks", "ashdownbells"), role=("Turret Clock Technician", "Moulder"), tz=("ie", "uk"))
mo("application_received", "jz", "Showreel received", "Hi {n},\n\nYour {role} showreel arrived safe! Only performers we want to audition get a call, so silence by month end means not this season.\n\n{sig}\n{co} Entertainment", ("Merrybrook", "Kaleidoscope Parties"), ("merrybrookent", "kaleidoscopeparties"), role=("Children's Entertainer", "Roaming Performer"), tz=("usp", "cat"))
mo("application_received", "as", "Application received po", "Hi {n}! Salamat for applying as {role}. Your CV is with us po. Pasok man o hindi, our text comes in ten days. God bless!\n\n{sig}\n{co}", ("Sampaguita Weaves", "Bukidnon Highland Coffee"), ("sampaguitaweaves", "bukidnonhighland"), role=("Loom Operator", "Cupping Assistant"), tz="ph")
mo("application_received", "wx", "Application received: {role}", "Dear {n},\n\nYour {role} application is in. With so many applying, we can't write to those who miss out; silence four weeks after closing means no shortlist.\n\nHR Services, {co}", ("Fernleigh District Council", "Whitmore Academy Trust"), ("fernleighdc", "whitmoreacademies"), frm="{co} <hr-services@{dom}>", role=("Parks Operative", "Exams Invigilator"), tz=("uk", "uk"))
mo("application_received", "ft1", "Thanks for applying: {role}", "Dear {n},\n\nYour {role} application is in the weekly review; we'll get in contact if an interview looks right.\n\nThe Recruitment Team" + FOOT1, ("Ridgeway Outdoors", "Blackstairs Outdoor"), ("ridgewayoutdoors", "blackstairsoutdoor"), frm="{co} Careers <careers@{dom}>", role=("Store Assistant", "Footwear Specialist"), tz=("uk", "ie"))
mo("application_received", "ft2", "Application submitted: {role}", "Hi {n},\n\n{role}: application submitted. Allow up to 14 days; whichever way it goes an email follows the decision.\n\nTalent Team" + FOOT2, ("Hearthstone Home Supply", "Northpine Building Centre"), ("hearthstonehome", "northpinebuild"), frm="{co} <no-reply@{dom}>", role=("Lumber Associate", "Paint Desk Associate"), tz=("use", "cae"))
mo("application_received", "hd1", "{role} – acknowledgement", "Dear {n},\n\nYour {role} application is with the partners. Interviews run later this month. If we don't proceed, a letter follows; nobody is left unanswered.\n\nYours sincerely,\n{sig}\n{co}", ("Pemberton & Lyle Solicitors", "Furlong Harte LLP"), ("pembertonlyle", "furlongharte"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mo("application_received", "hd2", "Thanks, {n}", "Hi {n},\n\nPortfolio for {role} received. Review takes ten days or so. Go or no-go, one of us writes back.\n\n{sig}\n{co}", ("Larkspur Design Studio", "Hollowell Architects"), ("larkspurdesign", "hollowellarch"), role=("Junior Designer", "Architectural Technician"), tz=("use", "cap"))
mo("application_received", "hd4", "Application received – {role}", "Dear {n},\n\n{role}: application logged. With high interest, shortlisted people alone will hear within three weeks of closing.\n\n{sig}\n{co}", ("Maji Safi Initiative", "Clearspring Water Trust"), ("majisafi", "clearspringwater"), role=("Field Officer", "Programme Assistant"), tz=("ke", "ng"))
mo("application_received", "ps1", "Application received – vacancy {ref}", "Dear {n},\n\n{role}: application logged. Without evidence of {x} an application is ineligible, so add it before closing if it's missing.\n\nRecruitment Unit\n{co}", ("Department of Roads", "County Highways Directorate"), ("roads.gov", "highways.gov"), frm="{co} <recruitment@{dom}>", role=("Works Inspector", "Plant Operator"), tz=("au", "use"), x=("a current traffic-control ticket", "your CDL"))
mo("application_received", "ps2", "Application received: announcement {ref}", "Dear {n},\n\nYour {role} application is in. Once the announcement closes all are rated and the top qualified names are certified to the selecting official. Your status reaches you whatever happens.\n\nHuman Resources\n{co}", ("Bureau of Land Survey", "Regional Parks Service"), ("landsurvey.gov", "regionalparks.gov"), frm="{co} <hr-notify@{dom}>", role=("Survey Technician", "Park Ranger"), tz=("usm", "usp"))
mo("application_received", "ps4", "Registration successful – {role}", "Dear {n},\n\nYour registration for {role} (ref {ref}) is complete. Marks and the cut-off go up on the board's notice page after evaluation; scorers under the cut-off are not called to interview.\n\nExamination Cell\n{co}", ("State Water Board", "Municipal Service Commission"), ("statewater.gov", "municipalsc.gov"), frm="{co} <exams@{dom}>", role=("Junior Engineer", "Revenue Inspector"), tz=("in", "ph"))
mo("application_received", "st1", "Application submitted", "Hi {n},\n\n{role}: application sent.\n\nStatus: Submitted\n\nSee everything in your Hiresiskin account.", ("", ""), ("hiresiskin", "hiresiskin"), frm="Hiresiskin <status@{dom}>", role=("Kitchen Porter", "Barista"), tz=("uk", "au"))
mo("application_received", "in1", "Studentship application received", "Dear {n},\n\nYour {role} form is in. Places are few; if none can go to you, you'll know by late March, and a decision comes either way.\n\n{co} Studentships Office", ("Limpet Marine Lab", "Heathland Ecology Trust"), ("limpetlab", "heathlandtrust"), frm="{co} <studentships@{dom}>", role=("Summer Kelp Studentship", "Reptile Survey Studentship"), tz=("uk", "uk"))
mo("application_received", "in3", "We've received your application", "Dear {n},\n\n{role}: form in. Next comes an online test. Not through? An email says so. Through? We send assessment-centre dates.\n\nEarly Careers Team\n{co}", ("Gridline Energy", "Windrush Power"), ("gridlineenergy", "windrushpower"), frm="{co} Early Careers <graduates@{dom}>", role=("Wind Graduate Programme", "Hydrogen Graduate Scheme"), tz=("uk", "za"))
mo("application_received", "ft4", "Application received: {role}", "Dear {n},\n\nYour {role} application is with our HR desk and sitting in the review pile.\n\nHuman Resources" + FOOT4, ("Medirite Pharmacies", "HealthPlus Chemists"), ("mediritepharm", "healthpluschem"), frm="{co} HR <hr@{dom}>", role=("Pharmacist Assistant", "Dispensary Technician"), tz=("za", "ng"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th1", "RE: [EXT] Re: {role} – second visit", "Hi {n},\n\nCracking visit! Back you come, please, for a Gouda make day on {dl} from 7am. Unfortunately the vat room is freezing at that hour, so bring a fleece.\n\nBest,\n{sig}\n\n{OUT}", ("Whinfell Dairy Co-op", "Knockdrinna Farmhouse"), ("whinfelldairy", "knockdrinnafarm"), role=("Cheesemaker", "Affineur"), tz=("uk", "ie"))
mo("interview", "th2", "Re: [EXT] Re: {role}", "Hey {n},\n\nGreat meeting you Tuesday. Dr. Alvarez wants a working interview on {dl}. Unfortunately the lot's getting fresh asphalt, so street parking.\n\nTake care,\n{sig}\n\n{GM}", ("Prairie Paws Animal Hospital", "Cedar Hollow Vet Clinic"), ("prairiepawsvet", "cedarhollowvet"), role=("Vet Technician", "Kennel Attendant"), tz=("usc", "cam"))
mo("interview", "th5", "RE: [EXT] Re: {role} – next round", "Hi {n},\n\nThe young people loved your warm-up. Could you come back {dl} for the committee? Unfortunately the main hall's taken by the flower show, so we'll squeeze into the green room.\n\n{sig}\n\n{OUT}", ("Lantern Youth Theatre", "Footlights Junior Stage"), ("lanternyouth", "footlightsjunior"), role=("Drama Facilitator", "Youth Theatre Leader"), tz=("ie", "nz"))
mo("interview", "th6", "Re: [EXT] Re: {role} – try-out", "Hey {n},\n\nThe collective wants you in for a build night on {dl}. Unfortunately the truing stand is still busted, so it'll be hubs and brakes.\n\nRide safe,\n{sig}\n\n{GM}", ("Spokesfolk Bike Collective", "Freewheel Co-op"), ("spokesfolk", "freewheelcoop"), role=("Bike Mechanic", "Workshop Coordinator"), tz=("usp", "cap"))
mo("interview", "hd1", "{role} – interview", "Dear {n},\n\nPlease come for interview for {role} on {dl}, half ten. Unfortunately the lift has broken down, so we'll meet downstairs.\n\nYours sincerely,\n{sig}\n{co}", ("Pemberton & Lyle Solicitors", "Furlong Harte LLP"), ("pembertonlyle", "furlongharte"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mo("interview", "hd3", "Interview – {role}", "Dear {n},\n\nGood application. Could you meet us {dl} at 2pm? Unfortunately the painters have the partner's office, so it's the tea room.\n\nRegards,\n{sig}\n{co}", ("Tussock & Vale Accountants", "Wheatbelt Accounting"), ("tussockvale", "wheatbeltacct"), role=("Accounts Assistant", "Tax Technician"), tz=("nz", "au"))
mo("interview", "tt", "Invitation – {role}", "Hello {n},\n\nYour application we liked, so come for a talk in the workshop on {dl}. Unfortunately our coffee machine is kaput, only tea.\n\nKind regards,\n{sig}\n{co}", ("Houtwerk Brouwer", "Kovács Kerámia Ltd"), ("houtwerkbrouwer", "kovacskeramia"), role=("Furniture Restorer", "Kiln Assistant"), tz=("nl", "hu"))
mo("interview", "wk", "Trial morning – {role}", "Hi {n},\n\nYou're one of the few we'd like for a paid trial on {dl}, 6am start. Unfortunately the back door jams, use the front.\n\n{sig}\n{co}", ("Tumbledown Bakery", "Sparrowgrass Deli"), ("tumbledownbakery", "sparrowgrassdeli"), role=("Early Baker", "Counter Lead"), tz=("uk", "usc"))
mo("next_steps", "ic", "{co}: action needed", "Dear {n},\n\nYour application {ref} for {role} has passed screening. Upload {x} by {dl} and we'll book an interview slot.\n\n{co} Recruitment", ("Stourvale Haulage", "Brackenridge Care Homes"), ("stourvalehaulage", "brackenridgecare"), frm="{co} <icims-notices@{dom}>", role=("Class 2 Driver", "Night Care Assistant"), tz=("uk", "nz"), x=("a copy of your driver CPC card", "your signed vetting consent"))
mo("next_steps", "ps2", "Next step – announcement {ref}", "Dear {n},\n\nYou're on the {role} list that went up to the selecting manager. Fill in the online questionnaire by {dl}. Unfortunately mornings make the portal crawl; afternoons work better.\n\nHuman Resources\n{co}", ("Bureau of Land Survey", "Regional Parks Service"), ("landsurvey.gov", "regionalparks.gov"), frm="{co} <hr-notify@{dom}>", role=("Survey Technician", "Park Ranger"), tz=("usm", "usp"))
mo("next_steps", "in3", "Assessment centre – {role}", "Dear {n},\n\nGood news: the online test for the {role} is passed. Please book an assessment-centre slot before {dl}.\n\nEarly Careers Team\n{co}", ("Gridline Energy", "Windrush Power"), ("gridlineenergy", "windrushpower"), frm="{co} Early Careers <graduates@{dom}>", role=("Wind Graduate Programme", "Hydrogen Graduate Scheme"), tz=("uk", "za"))
mo("next_steps", "th7", "RE: [EXT] Re: {role} – references", "Hi {n},\n\nThank you for meeting Dr Hart and me. Could you send two referee contacts by {dl}? Unfortunately our fax is down, so email is best.\n\nKind regards,\n{sig}\n\n{RULE}", ("Brightwords Speech Clinic", "Harbourside Physio"), ("brightwordsclinic", "harboursidephysio"), role=("Speech Pathologist", "Physiotherapist"), tz=("au", "sg"))
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nWritten test for {role}: qualified. Original certificates are to be checked on {dl}, 10 AM, Room 4.\n\nExamination Cell\n{co}", ("State Water Board", "Municipal Service Commission"), ("statewater.gov", "municipalsc.gov"), frm="{co} <exams@{dom}>", role=("Junior Engineer", "Revenue Inspector"), tz=("in", "ph"))
mo("next_steps", "jz", "Video audition – {role}", "Hi {n},\n\nLoved the showreel! Next, record a two-minute routine and send it by {dl}. Unfortunately our upload page hates big files, so keep it short.\n\n{sig}\n{co} Entertainment", ("Merrybrook", "Kaleidoscope Parties"), ("merrybrookent", "kaleidoscopeparties"), role=("Children's Entertainer", "Roaming Performer"), tz=("usp", "cat"))
mo("offer", "th3", "RE: [EXT] RE: {role} – offer", "Dear {n},\n\nThank you for teaching the sample lesson. The post is yours from after half term, I'm thrilled to say. Unfortunately the staffroom kettle blew a fuse, so pack a flask!\n\nWith thanks,\n{sig}\n\n{ORIG}", ("St Aidan's Primary", "Kilbride National School"), ("staidansprimary", "kilbridens"), role=("Class Teacher", "Special Needs Assistant"), tz=("uk", "ie"))
mo("offer", "hd2", "Offer – {role}", "Hi {n},\n\nCome join us as {role}! Offer letter attached, sign by {dl}. Unfortunately desks come a week late, so you'll start at the big table.\n\n{sig}\n{co}", ("Larkspur Design Studio", "Hollowell Architects"), ("larkspurdesign", "hollowellarch"), role=("Junior Designer", "Architectural Technician"), tz=("use", "cap"))
mo("offer", "th8", "Re: [EXT] RE: {role} – good news", "Dear {n},\n\nThe board offers you the role, with joy. Kindly confirm by {dl}. The matatu stage has unfortunately moved, so we will send directions.\n\nWith gratitude,\n{sig}\n\n{ORIG}", ("Kazuri Beadworks Collective", "Ubuntu Bead Co-op"), ("kazuribeadworks", "ubuntubeadcoop"), role=("Bookkeeper", "Sales Coordinator"), tz=("ke", "za"))
mo("offer", "s12", "Stall assistant", "Hi {n}, Uncle say you can start next Monday at the wanton mee stall, 4 days a week. Unfortunately the aircon fan spoil, so bring small towel. {sig}", "Ah Seng Wanton Mee", "ahsengwanton", tz="sg")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st2", "{role}: status", "<html><body><p>{n},</p><p>Application {ref} · <b>Withdrawn · at candidate's request</b></p><p>{co}</p></body></html>", ("Larchwood Foods", "Brindle Freight"), ("larchwoodfoods", "brindlefreight"), frm="{co} <ats@{dom}>", role=("Picker", "Transport Planner"), tz=("uk", "cae"))
mo("other_job", "st3", "Update on your application", "Hello {n},\n\n{role} — Outcome: Under review\n\nCrewmoth sends these updates on its own; no need to answer.", ("", ""), ("crewmoth", "crewmoth"), frm="Crewmoth <updates@{dom}>", role=("Sous Chef", "Housekeeper"), tz=("nz", "sg"))
mo("other_job", "wx", "Shortlisting delayed: {role}", "Dear {n},\n\nShortlisting for {role} has slipped because of staff leave. We expect to contact candidates within two weeks.\n\nHR Services, {co}", "Fernleigh District Council", "fernleighdc", frm="{co} <hr-services@{dom}>", role="Parks Operative")
mo("job_alert", "ft3", "New roles near you", "Hi {n},\n\nYour saved search has three fresh ones: Hire Desk Attendant, Workshop Technician, Casual Retail.\n\nManage alerts in your account." + FOOT3, ("Rip & Reef Watersports", "Mangawhai Paddle"), ("ripreef", "mangawhaipaddle"), frm="{co} <alerts@{dom}>", tz=("au", "nz"))
mo("job_alert", "ft2", "This week's openings", "Hi {n},\n\nFresh openings this week: Lumber Associate (days), Delivery Driver, Kitchen Design Consultant.\n\nTalent Team" + FOOT2, "Hearthstone Home Supply", "hearthstonehome", frm="{co} <alerts@{dom}>", tz="use")
mo("recruiter_outreach", "rc1", "Warehouse lead role", "Hi {n},\n\nSpotted your profile. A seed merchant wants a warehouse lead, weekdays, from next month. Could we talk ten minutes this week?\n\n{sig}\nFieldstone Recruitment", ("", ""), ("fieldstonerecruit", "fieldstonerecruit"), tz=("uk", "usp"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nYour {x} loan application with {co} was assessed by our lending officer and turned down for now. Write to the branch and the main reasons come by post.\n\nLending Team\n{co}", ("Ledsham Building Society", "Kowhai Credit Union"), ("ledshambs", "kowhaicu"), frm="{co} <lending@{dom}>", tz=("uk", "nz"), x=("car", "home-improvement"))
mo("non_job_rejection_words", "nj2", "Flat viewing on Elm Terrace", "Hi {n}, great meeting you at Tuesday's viewing. The landlord went for the couple from Ranelagh, so the flat's let. Sorry! {sig}, {co}", "Keystone Lettings", "keystonelettings", tz="ie")
mo("non_job_rejection_words", "nj3", "Ballot result", "Dear {n},\n\nCheers for entering the Breakwater Ultra 80k ballot. The hat kept your name this year.\n\nRace Office", "Breakwater Ultra", "breakwaterultra", frm="Race Office <ballot@{dom}>", tz="au")
mo("non_job_rejection_words", "nj4", "Community grant decision", "Dear {n},\n\nThe community fund panel met about your playground mural bid and it won't be funded this round.\n\n{sig}\n{co}", "Greenside Community Fund", "greensidefund", tz="za")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


WIDE_EN = [
    # fam, channel, company, domain, zone, trade role, refusal body, twin kind, twin subject, twin body
    ("reed", "Jobpelican", "Glenmorven Reeds", "glenmorvenreeds", "uk", "Reed Finisher",
     "Hi {n}, ta for applying to shave cane with us. A piper from the local pipe band who gouges his own has started, so that bench has its man. Good luck. {sig}",
     "application_received", "Cane shaving job", "Hi {n}, your application for the reed bench came. Whether we take you on or not, expect my call by Friday week. {sig}"),
    ("clog", "Shiftwalrus", "Hebden Clogworks", "hebdenclogworks", "uk", "Clogger's Apprentice",
     "Hello {n}, thanks for wanting to learn sole cutting here. A lad who's swept our workshop floor since spring gets the place. All the best, {sig}",
     "interview", "Come and see the workshop", "Hello {n}, could you pop over on {dl} to try the stock knife? Unfortunately the stove's playing up, so wear a jumper. {sig}"),
    ("currach", "Gigheron", "Inishcraig Boatshed", "inishcraigboats", "ie", "Boatbuilder's Helper",
     "Hi {n}, a million thanks for the query about the currach work. Seánie's nephew is home from Carna for the season and he'll be tarring the hulls with us, so we're covered. {sig}",
     "next_steps", "Currach work – one thing", "Hi {n}, before we take you on for the boatshed, could you send me a note of your boat handling experience by {dl}? {sig}"),
    ("bodhran", "Hiremarten", "Skellig Drumcraft", "skelligdrum", "ie", "Frame Drum Maker",
     "Dear {n}, a lovely letter, that, about the goatskin work. I've given the place to a fiddler's daughter who has stretched skins with me before. Go n-éirí leat, {sig}",
     "offer", "Drum workshop – the job is yours", "Dear {n}, delighted to say the bench is yours, four days a week, starting the first of the month. Unfortunately the van is off the road, so get the bus to the pier. {sig}"),
    ("duckpin", "Crewotter", "Patapsco Duckpin Lanes", "patapscoduckpin", "use", "Pinsetter Mechanic",
     "Hi {n}, thanks for applying for the pinsetter job. We hired a retired machinist from Catonsville who knows these old machines inside out. Best of luck, {sig}",
     "application_received", "Pinsetter mechanic application", "Hi {n}, thanks for applying. We'll pick someone before the month's out; whoever it is, I'll phone you. {sig}"),
    ("taxiderm", "Jobbadger", "Cottonwood Wildlife Studio", "cottonwoodstudio", "usc", "Mount Prep Assistant",
     "Hey {n}, appreciate your application. We brought on a student from the museum program who's already done bird skins, so the spot's filled. Take care, {sig}",
     "interview", "Studio visit", "Hey {n}, want to swing by the studio {dl} at 9? Unfortunately the freezer alarm beeps non-stop, ignore it. {sig}"),
    ("snowshoe", "Workmoose", "Bitterroot Snowshoe Co", "bitterrootsnowshoe", "usm", "Lacing Technician",
     "Hi {n}, thanks for reaching out about lacing frames. We've filled the spot with a fella who's been lacing rawhide for twenty winters. Good luck, {sig}",
     "next_steps", "Lacing test", "Hi {n}, before we decide, can you send a photo of any lacing or weaving you've done by {dl}? {sig}"),
    ("surfboard", "Shiftorca", "Sandpiper Shapes", "sandpipershapes", "usp", "Glassing Assistant",
     "Hey {n}, thanks for hitting us up about the glassing job. It went to a shaper's kid from Pacifica who's laminated boards for years. Stoked you asked, {sig}",
     "offer", "Glassing job", "Hey {n}, you're in! Start {dl}, 8am. Unfortunately the bay door's jammed, so use the side gate. {sig}"),
    ("toboggan", "Jobbeaver", "Laurentides Toboggans", "laurentidestoboggan", "cae", "Steam Bender",
     "Hi {n}, thanks for wanting to bend ash for us. We've hired back Marc, who bent runners here for years before retiring, so we're set. Good luck, {sig}",
     "application_received", "Steam bender application", "Hi {n}, thanks for applying. Picked or passed over, my email comes by next Friday. {sig}"),
    ("lobstertrap", "Hiregull", "Fundy Trapworks", "fundytrapworks", "cat", "Trap Builder",
     "Hi {n}, thanks for your note. We've taken on a fisherman's son from Meteghan who's knitted heads for traps since he was small, so we're full up. {sig}",
     "interview", "Trap shop visit", "Hi {n}, drop into the trap shop {dl} and knit a head with us. Unfortunately the wharf road is dug up, so park up top. {sig}"),
    ("floatdock", "Crewloon", "Sechelt Float Builders", "sechelfloats", "cap", "Dock Carpenter",
     "Hi {n}, appreciate you applying. We filled the dock carpenter spot with a guy off the Sunshine Coast who's built floats for a decade. All the best, {sig}",
     "next_steps", "Dock carpenter – ticket", "Hi {n}, email your fall-protection ticket by {dl} so we can book a trial day. {sig}"),
    ("swag", "Jobwombat", "Bogong Canvas Swags", "bogongswags", "au", "Canvas Machinist",
     "G'day {n}, ta for the application. We've put on a woman from Albury who's sewn tarps and tents for years, so the machinist role's taken. Cheers, {sig}",
     "offer", "Machinist role", "G'day {n}, good news, the machinist job's yours from {dl}. Unfortunately the heater in the shed's dead, so rug up. {sig}"),
    ("opal", "Gigemu", "Lightning Ridge Cutters", "ridgecutters", "au", "Opal Polisher",
     "Hi {n}, cheers for writing. We took on a local who's been cutting black opal since school, so there's no bench for now. {sig}",
     "application_received", "Polisher application", "Hi {n}, got your application for the polishing bench. Yes or no, word reaches you before the month ends. {sig}"),
    ("pounamu", "Shiftkea", "Arahura Stone Carvers", "arahurastone", "nz", "Carving Apprentice",
     "Kia ora {n}, thanks for applying. The apprenticeship has gone to a rangatahi from the local hapū. Ngā mihi, {sig}",
     "interview", "Carving bench visit", "Kia ora {n}, come in on {dl} to meet the carvers. Unfortunately the grinder is loud, so earplugs provided. {sig}"),
    ("hangi", "Jobtui", "Ōhinemutu Hāngī Kitchen", "ohinemutuhangi", "nz", "Pit Cook",
     "Kia ora {n}, thanks for the application. We've got Uncle Hemi's grandson on the pits this summer, so the pit cook role has its person. All the best, {sig}",
     "next_steps", "Pit cook – food cert", "Kia ora {n}, please send your food safety certificate by {dl} and we'll book a trial shift. {sig}"),
    ("kite", "Workmynah", "Patang Ghar", "patangghar", "in", "Kite Maker",
     "Dear {n}, thank you for applying before Uttarayan. We have already taken two experienced karigars from Khambhat who have made kites for many years. Regards, {sig}",
     "application_received", "Kite maker application", "Dear {n}, your application has come to us. Selected or not, within ten days our phone call will come. Regards, {sig}"),
    ("tabla", "Hirelangur", "Taal Vadya Works", "taalvadya", "in", "Drum Maker",
     "Dear {n}, your letter to our workshop was welcome. Our master has chosen his own nephew as apprentice for the syahi work this year. Best wishes, {sig}",
     "interview", "Workshop meeting", "Dear {n}, kindly visit our Ramnagar workshop on {dl}, 11 AM. Unfortunately pipe-laying has dug up the lane, so use the rear side. {sig}"),
    ("riempie", "Jobmeerkat", "Sneeuberg Riempie Chairs", "sneeubergriempie", "za", "Chair Weaver",
     "Hi {n}, dankie for applying. Oom Frikkie's grandson has started, he has woven riempies with him since small, so we're sorted. Lekker dag, {sig}",
     "offer", "Weaver job", "Hi {n}, you've got the weaver job from {dl}. Unfortunately the bakkie is in for repairs, so take the taxi to town. {sig}"),
    ("adire", "Gigpangolin", "Itoku Adire House", "itokuadire", "ng", "Dye Assistant",
     "Good afternoon {n}, thank you for applying. Mama has taken her sister's daughter to help with the indigo pots, so the place is filled. God bless, {sig}",
     "application_received", "Dye assistant application", "Good afternoon {n}, we have your application. Whether you are picked or not, Mama will call you before month end. {sig}"),
    ("gangan", "Jobhornbill", "Kishi Drum Makers", "kishidrums", "ng", "Drum Carver",
     "Good day {n}, thank you for your interest. Baba has chosen a young man from the compound who has carved with him for two years. Regards, {sig}",
     "next_steps", "Drum carver – samples", "Good day {n}, please send photos of any carving you have done by {dl}. {sig}"),
    ("sandal", "Crewimpala", "Akala Sandal Works", "akalasandals", "ke", "Sandal Maker",
     "Hi {n}, asante for applying. We took Mzee Otieno's son who has cut tyre soles at Kariokor for years, so we are full now. Blessings, {sig}",
     "interview", "Sandal workshop", "Hi {n}, pop by the Kariokor workshop on {dl} at 10. Unfortunately the power goes on and off, so bring a torch. {sig}"),
    ("kueh", "Hireshrew", "Ah Ma's Kueh", "ahmaskueh", "sg", "Kueh Maker",
     "Hi {n}, thanks for your interest ah. We took my cousin's daughter who already can make ang ku kueh, so no more place. Sorry ya. {sig}",
     "offer", "Kueh maker job", "Hi {n}, can start {dl}, 5am. Unfortunately the steamer hot one, so wear apron. {sig}"),
    ("capiz", "Jobtarsier", "Capiz Shell Windows Inc.", "capizwindows", "ph", "Shell Cutter",
     "Hi {n}, good day po! Thank you for applying. We already hired a shell cutter from Panitan who has done this for years. Ingat po! {sig}",
     "application_received", "Shell cutter application", "Hi {n}, good day po! We received your application. Tanggap man o hindi, we will text you within a week. {sig}"),
    ("logbuild", "Gigelk", "Waiparous Log Homes", "waiparouslog", "cam", "Log Peeler",
     "Hi {n}, appreciate the application. We've hired a guy from Exshaw who's scribed logs for a decade, so the crew's complete this season. {sig}",
     "next_steps", "Log peeler – ticket", "Hi {n}, please send your chainsaw safety ticket by {dl} before we book your trial. {sig}"),
    ("tulip", "Shiftbison", "Bollenveld Bulbs", "bollenveldbulbs", "nl", "Bulb Sorter",
     "Hello {n}, thanks for your letter. We have chosen a person who worked at the sorting line already last year, so the place is full. Good luck, {sig}",
     "", "", ""),
]
for fam, ch, co, dom, tz, role, rbody, okind, osubj, obody in WIDE_EN:
    wr("en-" + fam, role + " – " + co, rbody, co, dom, frm=via(ch), tz=tz, role=role)
    if okind:
        wo(okind, "en-" + fam, osubj, obody, co, dom, frm=via(ch), tz=tz, role=role)
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New craft jobs this week", "Hi {n},\n\nNew this week on Benchwren: Saddle Stitcher (Dorset), Boat Painter (Cork), Loom Tuner (Bradford).\n\nManage your alert settings in your account.", "Benchwren", "benchwren", frm="Benchwren Alerts <alerts@{dom}>")
wo("non_job_rejection_words", "class", "Pottery weekend", "Hi {n}, ta for booking. The raku weekend sold out before your booking arrived, so your money's back with you. {sig}, {co}", "Clayhill Studio", "clayhillstudio")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more reused from slices 71-76; 24 twins
LANGS = [
    # lang, zone, company, domain, refusal subject, refusal body, twin kind, twin subject, twin body
    ("ar", "jo", "مطعم فلافل الياسمين", "yasminfalafel", "بخصوص طلب العمل",
     "السلام عليكم {n}،\n\nوصلتنا رسالتك عن العمل في المطعم، وشكرًا لك عليها. بعد المقابلات استقر رأينا على أخت من الحي عملت عندنا سابقًا على القلاية، لذلك أُغلق باب التوظيف لهذا الموسم.\n\nمع التحية،\n{sig}",
     "interview", "دعوة لمقابلة",
     "السلام عليكم {n}،\n\nيسعدنا أن ندعوكِ لمقابلة في المطعم يوم {dl} عند العاشرة. المدخل الأمامي مغلق للأسف بسبب أعمال الصيانة، فتفضّلي من الباب الجانبي.\n\nمع التحية،\n{sig}"),
    ("de", "de", "Brennerei Obermaier", "brennereiobermaier", "Ihre Bewerbung als Brennereigehilfe",
     "Guten Tag {full},\n\nschön, dass Sie an unsere Obstbrennerei gedacht haben. Den Platz bekommt einen jungen Mann aus dem Nachbardorf, der uns in den letzten zwei Brennsaisons schon zur Hand gegangen ist. Wir wünschen Ihnen viel Glück bei der Suche.\n\nMit freundlichen Grüßen\n{sig}",
     "next_steps", "Unterlagen für Ihre Bewerbung",
     "Guten Tag {full},\n\nbevor wir einen Probetag vereinbaren, senden Sie uns bitte bis zum {dl} Ihr Gesundheitszeugnis zu.\n\nMit freundlichen Grüßen\n{sig}"),
    ("es", "es", "Guitarrería Albaicín", "guitarreriaalbaicin", "Tu solicitud en el taller",
     "Hola, {n}:\n\nGracias por escribirnos y por enseñarnos tus trabajos. Al final el maestro ha cogido como aprendiz a un chico que lleva un año barnizando con nosotros por las tardes. Ojalá encuentres pronto un buen taller.\n\nUn abrazo,\n{sig}",
     "application_received", "Hemos recibido tu carta",
     "Hola, {n}:\n\nNos ha llegado tu carta para el puesto de aprendiz. Te quedes o no, el maestro te llamará antes de fin de mes para contártelo.\n\nUn abrazo,\n{sig}"),
    ("fr", "fr", "Maroquinerie du Tarn", "maroquinerietarn", "Votre candidature à l'atelier",
     "Bonjour {n},\n\nMerci pour votre candidature et le temps passé à l'atelier. Nous avons retenu une piqueuse qui travaille déjà en intérim chez nous depuis l'automne. Bonne continuation à vous.\n\nCordialement,\n{sig}",
     "offer", "Bonne nouvelle pour le poste de piqueuse",
     "Bonjour {n},\n\nC'est avec joie que l'atelier vous confie le poste dès le {dl}. Malheureusement le parking est en travaux, prévoyez de venir à pied depuis la gare.\n\nCordialement,\n{sig}"),
    ("hi", "in", "सिया अचार उद्योग", "siyaachar", "आवेदन के संबंध में",
     "प्रिय {n} जी,\n\nअर्ज़ी भेजने का शुक्रिया। सेठ जी ने आम के मौसम के लिए अपने गाँव के बूढ़े कारीगर गंगाराम को वापस बुलाया है, इसलिए मसाला कक्ष में कोई पद नहीं बचा। अगली बार फिर कोशिश कीजिए।\n\nसादर,\n{sig}",
     "interview", "मुलाकात का निमंत्रण",
     "प्रिय {n} जी,\n\n{dl} को ग्यारह बजे कारखाने पर मिलिए। अफ़सोस कि बड़े फाटक पर काम चल रहा है, इसलिए पिछले रास्ते से आना होगा।\n\nसादर,\n{sig}"),
    ("it", "it", "Bottega del Mosaico Ravennate", "mosaicoravennate", "La sua candidatura in bottega",
     "Buongiorno {n},\n\nla ringraziamo per la candidatura e per i bozzetti che ci ha mostrato. Il posto va a una ragazza che la primavera scorsa ha svolto il tirocinio in bottega. Le auguriamo ogni bene per il suo percorso.\n\n{sig}",
     "next_steps", "Documenti per la prova",
     "Buongiorno {n},\n\nper fissare la giornata di prova ci occorre una foto di un suo lavoro a tessere: la aspettiamo entro il {dl}.\n\nCordiali saluti,\n{sig}"),
    ("ja", "jp", "そば処 森田", "sobamorita", "採用選考の結果について",
     "{full}様\n\nこのたびは当店の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、以前から当店で手伝ってくれている方にお願いすることとなりました。ご期待に沿えず申し訳ございません。\n\nそば処 森田\n{sig}",
     "application_received", "応募受付のお知らせ",
     "{full}様\n\nご応募ありがとうございます。書類を拝見のうえ、採用・不採用にかかわらず、十日以内にお電話でご連絡いたします。\n\nそば処 森田\n{sig}"),
    ("ko", "kr", "한지공방 닥나무", "hanjidak", "지원 결과 안내",
     "{n}님, 안녕하세요.\n\n저희 공방에 관심 가져 주셔서 감사합니다. 여러 번 상의한 뒤, 작년부터 주말에 닥 껍질 벗기는 일을 거들어 준 이웃 학생에게 자리를 맡기게 되었습니다. 늘 건강하세요.\n\n{sig} 드림",
     "interview", "면접 안내",
     "{n}님, 안녕하세요.\n\n{dl} 오전 10시에 공방에서 뵙고 싶습니다. 아쉽게도 공방 앞 도로가 공사 중이라 뒷길로 오셔야 합니다.\n\n{sig} 드림"),
    ("pt", "pt", "Corticeira do Montado", "corticeiramontado", "A sua candidatura",
     "Olá {n},\n\nobrigado pelo interesse na nossa fábrica de cortiça. A vaga fica para um moço da aldeia que nos ajudou a descortiçar no ano passado. Desejamos-lhe boa sorte.\n\nCumprimentos,\n{sig}",
     "offer", "Proposta de trabalho",
     "Olá {n},\n\ntemos o gosto de lhe oferecer o lugar a partir de {dl}. Infelizmente a carrinha da fábrica está avariada, por isso terá de vir de autocarro nas primeiras semanas.\n\nCumprimentos,\n{sig}"),
    ("ru", "ru", "Мастерская валенок «Тёплый след»", "teplysled", "По поводу вашей заявки",
     "Здравствуйте, {n}!\n\nБлагодарим за отклик на место валяльщика. Мастер остановился на парне из соседней деревни, он помогал в мастерской прошлой зимой. Желаем удачи в поисках.\n\nС уважением,\n{sig}",
     "next_steps", "Документы для пробного дня",
     "Здравствуйте, {n}!\n\nПеред пробным днём пришлите, пожалуйста, до {dl} копию медицинской книжки.\n\nС уважением,\n{sig}"),
    ("sw", "tz", "Shamba la Viungo Kizimbani", "viungokizimbani", "Kuhusu ombi lako la kazi",
     "Habari {n},\n\nAsante kwa kuomba kazi shambani kwetu. Tumeamua kumchukua kijana wa kijijini aliyefanya kazi nasi msimu uliopita wa karafuu. Mungu akujalie kazi nyingine njema.\n\nWako,\n{sig}",
     "application_received", "Tumepokea ombi lako",
     "Habari {n},\n\nTumepokea ombi lako la kazi shambani. Ukichaguliwa au usipochaguliwa, tutakupigia simu kabla ya mwisho wa mwezi.\n\nWako,\n{sig}"),
    ("th", "th", "ร้านก๋วยเตี๋ยวเรือป้าแดง", "boatnoodlepadaeng", "เรื่องการสมัครงาน",
     "เรียน คุณ{n}\n\nขอบคุณที่สนใจมาทำงานกับร้านเรานะคะ ตอนนี้ป้าได้หลานสาวมาช่วยลวกเส้นที่ร้านแล้ว เลยยังไม่ต้องการคนเพิ่มค่ะ ขอให้โชคดีนะคะ\n\n{sig}",
     "interview", "นัดคุยที่ร้าน",
     "เรียน คุณ{n}\n\nรบกวนมาคุยที่ร้านวันที่ {dl} ตอนบ่ายสองนะคะ น่าเสียดายที่หน้าร้านกำลังซ่อมทางเท้า จอดรถในซอยข้าง ๆ ได้ค่ะ\n\n{sig}"),
    ("tr", "tr", "Hacı Bekir Usta Lokumları", "bekirustalokum", "Başvurunuz hakkında",
     "Sayın {full},\n\nLokum imalathanemize gösterdiğiniz ilgi için teşekkür ederiz. Ustamız, geçen bayramda tezgâhta bize el veren mahalleden bir gençte karar kıldı. Size başarılar dileriz.\n\nSaygılarımızla,\n{sig}",
     "offer", "İş teklifimiz",
     "Sayın {full},\n\n{dl} tarihinden itibaren aramıza katılmanızı isteriz. Maalesef servis aracımız arızalı, ilk hafta dolmuşla gelmeniz gerekecek.\n\nSaygılarımızla,\n{sig}"),
    ("ur", "pk", "رنگ ترک آرٹ ورکشاپ", "rangtruckart", "آپ کی درخواست کے بارے میں",
     "السلام علیکم {n}،\n\nآپ نے ہماری ٹرک آرٹ ورکشاپ کے بارے میں لکھا، بہت مہربانی۔ استاد جی نے اپنا پرانا شاگرد واپس رکھ لیا ہے، سو فی الحال ورکشاپ میں گنجائش نہیں بنتی۔ امید ہے جلد کوئی اچھا موقع ملے گا۔\n\n{sig}",
     "next_steps", "نمونے بھیجیں",
     "السلام علیکم {n}،\n\nبراہِ کرم {dl} تک اپنے کیے ہوئے نقش و نگار کی چند تصاویر بھیج دیں۔\n\n{sig}"),
    ("zh", "cn", "老刘饺子馆", "laoliujiaozi", "关于您应聘的事",
     "{n}您好：\n\n谢谢您来应聘包饺子的岗位。老板最后定了一位在店里帮过两年忙的老乡，这个位置就不再招人了。祝您早日找到合适的工作。\n\n{sig}",
     "application_received", "已收到您的报名",
     "{n}您好：\n\n您的报名我们收到了，谢谢您对小店的信任。不管录不录用，我们都会在十天内给您打电话说一声。\n\n{sig}"),
    ("pol", "pl", "Obwarzankarnia pod Wawelem", "obwarzankarnia", "Odpowiedź na zgłoszenie",
     "Dzień dobry, {n},\n\ndziękujemy za zgłoszenie do naszej piekarni. Szef zdecydował się przyjąć osobę, która pomagała nam już przy wypieku w zeszłe wakacje. Trzymamy kciuki za dalsze szukanie pracy.\n\nPozdrawiamy,\n{sig}",
     "interview", "Zaproszenie na rozmowę",
     "Dzień dobry, {n},\n\nzapraszamy na rozmowę w piekarni {dl} o godzinie 9:00. Niestety wejście od ulicy jest remontowane, prosimy wejść od podwórza.\n\nPozdrawiamy,\n{sig}"),
    ("nld", "nl", "Fietsherstel Oudegracht", "fietsoudegracht", "Je sollicitatie",
     "Hoi {n},\n\nLeuk dat je op onze werkplaats reageerde. De plek gaat naar een jongen die al maanden op zaterdag banden bij ons plakt. Veel succes met zoeken!\n\nGroeten,\n{sig}",
     "next_steps", "Nog even je rijbewijs",
     "Hoi {n},\n\nKun je vóór {dl} een kopie van je rijbewijs sturen? Dan plannen we daarna een meeloopdag.\n\nGroeten,\n{sig}"),
    ("dan", "dk", "Smørrebrødshuset ved Åen", "smorrebrodaaen", "Din ansøgning",
     "Hej {n},\n\nMange tak fordi du søgte hos os. Jobbet går til en pige, som har smurt rugbrød bag disken i sommerferien, så pladsen er taget. Alt godt fremover.\n\nVenlig hilsen\n{sig}",
     "offer", "Tilbud om job",
     "Hej {n},\n\nVi vil gerne tilbyde dig jobbet fra {dl}. Desværre er vores opvaskemaskine i stykker, så den første uge bliver der vasket op i hånden.\n\nVenlig hilsen\n{sig}"),
    ("ind", "idn", "Batik Tulis Sekar Jagad", "batiksekarjagad", "Perihal lamaran Anda",
     "Selamat siang {n},\n\nTerima kasih sudah melamar di rumah batik kami. Setelah menimbang, kami memilih seorang pembatik dari kampung sebelah yang sudah lama membantu kami. Semoga sukses selalu.\n\nSalam,\n{sig}",
     "application_received", "Lamaran sudah kami terima",
     "Selamat siang {n},\n\nLamaran Anda sudah sampai di rumah batik kami. Lolos atau tidak, Ibu akan menelepon sebelum tanggal tiga puluh.\n\nSalam,\n{sig}"),
    ("ron", "ro", "Crama Dealu Viilor", "cramadealuviilor", "Referitor la candidatura dumneavoastră",
     "Bună ziua, {n},\n\nVă mulțumim pentru interesul arătat cramei noastre. Am hotărât să lucrăm cu un om din sat care ne-a ajutat și la culesul de anul trecut. Toate cele bune în continuare.\n\nCu stimă,\n{sig}",
     "interview", "Invitație la o discuție",
     "Bună ziua, {n},\n\nVă așteptăm la cramă pe {dl}, la ora 10. Din păcate drumul spre deal este desfundat, așa că vă recomandăm să veniți cu o mașină mai înaltă.\n\nCu stimă,\n{sig}"),
    ("ukr", "ua", "Пекарня «Левова скоринка»", "levovaskorynka", "Щодо вашої заявки",
     "Добрий день, {n}!\n\nДякуємо, що відгукнулися на вакансію пекаря. Ми вирішили взяти людину, яка вже підміняла нас торік улітку. Бажаємо успіхів у пошуках.\n\nЗ повагою,\n{sig}",
     "next_steps", "Документи перед пробною зміною",
     "Добрий день, {n}!\n\nНадішліть, будь ласка, до {dl} копію санітарної книжки, і ми домовимося про пробну зміну.\n\nЗ повагою,\n{sig}"),
    ("hun", "hu", "Fajszi Paprikamalom", "fajszimalom", "Jelentkezésével kapcsolatban",
     "Kedves {n}!\n\nJólesett, hogy a malmunkat választotta. Végül egy helybéli fiatalt választottunk, aki tavaly ősszel már segített nálunk a szárításnál. Sok sikert kívánunk!\n\nÜdvözlettel:\n{sig}",
     "offer", "Állásajánlat",
     "Kedves {n}!\n\nÖrömmel ajánljuk fel az állást {dl}-tól. Sajnos a kantin felújítás alatt áll, ezért az első hetekben hozzon magával ebédet.\n\nÜdvözlettel:\n{sig}"),
    ("est", "ee", "Muhu Suitsukala", "muhusuitsukala", "Teie kandideerimine",
     "Tere, {n}!\n\nAitäh, et soovisite meie suitsukojas tööd teha. Otsustasime võtta tööle naabrimehe poja, kes aitas meid juba eelmisel suvel. Soovime edu!\n\nParimat,\n{sig}",
     "application_received", "Avaldus on kätte saadud",
     "Tere, {n}!\n\nSaime teie avalduse kätte. Olenemata otsusest anname teile nädala jooksul telefoni teel teada.\n\nParimat,\n{sig}"),
    ("bos", "ba", "Ćevabdžinica Kod Hamde", "kodhamde", "U vezi s Vašom prijavom",
     "Poštovani/a {n},\n\ndrago nam je da Vas zanima posao kod nas u ćevabdžinici. Odlučili smo uzeti momka iz mahale koji nam je i prošle godine pomagao oko roštilja. Želimo Vam sreću u daljnjem traženju.\n\nSrdačan pozdrav,\n{sig}",
     "interview", "Poziv na razgovor",
     "Poštovani/a {n},\n\npozivamo Vas na razgovor {dl} u 10 sati. Nažalost, ulaz s glavne ulice je zatvoren zbog radova, pa uđite sa strane.\n\nSrdačan pozdrav,\n{sig}"),
    ("ces", "cz", "Sklárna U Jizery", "sklarnaujizery", "Vaše přihláška",
     "Dobrý den, {n},\n\nděkujeme za zájem o práci v naší sklárně. Mistr se nakonec rozhodl pro člověka, který u nás loni dělal brigádu u pece. Přejeme hodně štěstí.\n\nS pozdravem\n{sig}",
     "", "", ""),
]
for lang, tz, co, dom, rsubj, rbody, okind, osubj, obody in LANGS:
    wr("x-" + lang, rsubj, rbody, co, dom, tz=tz, lang=lang)
    if okind:
        wo(okind, "x-" + lang, osubj, obody, co, dom, tz=tz, lang=lang)
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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "pol": "{dd}.{mm}.{y}", "hun": "{y}. {mm}. {dd}.", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind79:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 78; this slice and any later one are skipped by number."""
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
