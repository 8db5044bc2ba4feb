# ruff: noqa: E501, S311
"""Write the seventy-sixth sealed blind slice for issue 11 (blind-slice-76.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 76 and later never read; our side printed)
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

SEED = 760761
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-76.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 76
SKIP_FROM = 76  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Imogen Fairclough", "Donnacha Heffernan", "Shreya Kulkarni", "Alasdair Munro", "Zanele Mokoena",
    "Tama Ngata", "Peregrine Hollis", "Ailbhe Nolan", "Chidi Nwosu", "Rosamund Eyre",
    "Folake Adeyemi", "Thabiso Molefe", "Meenakshi Iyer", "Eoghan Brennan", "Ifeoma Chukwu",
    "Crispin Yardley", "Kiri Walker", "Sorcha Geraghty", "Abhijit Bose", "Tadhg Corrigan",
    "Palesa Mahlangu", "Ruaridh Fraser", "Nikhil Deshpande", "Wambui Githinji", "Cormac Devlin",
    "Kofi Mensah", "Sizwe Dlamini", "Ritika Saxena", "Maebh Finnegan", "Uchenna Eze",
    "Genevieve Latham", "Anjali Pillai", "Jeptoo Rotich", "Marguerite Tessier", "Fionn Breathnach",
    "Amaka Obiora", "Lettice Crowther", "Manaia Rewi", "Achieng Ouma", "Beatrix Hartnell",
]
REGION_SIGNERS = {
    "uk": ["Winifred Ashby", "Rhodri Pugh", "Nasreen Qureshi", "Angus Macrae", "Tamsin Trelawny", "Derek Oldroyd"],
    "ie": ["Síle Ní Bhriain", "Colm Ó Dálaigh", "Deirdre Kehoe", "Padraig Fahy"],
    "us": ["Marisela Quintero", "Elias Yoder", "Tanisha Bledsoe", "Gunnar Halvorsen", "Rebecca Feldman"],
    "ca": ["Geneviève Côté", "Gurpreet Dhillon", "Oksana Kowalchuk", "Murdo MacIsaac"],
    "au": ["Kylie Brennan", "Stavros Kouris", "Narelle Whitfield", "Minh Tran"],
    "nz": ["Wiremu Hohaia", "Raewyn Cotter", "Sione Latu", "Huia Parata"],
    "za": ["Thandi Zulu", "Jaco Botha", "Bongani Ngcobo", "Riana Nel"],
    "in": ["Vasanthi Raghavan", "Sanjay Kulkarni", "Farzana Shaikh", "Mallikarjun Patil"],
    "ng": ["Funmilayo Ajayi", "Chukwuemeka Okafor"], "ke": ["Wairimu Njoroge", "Kipchumba Ruto"],
    "ph": ["Marites Bautista", "Ernesto Dimaculangan"], "sg": ["Lim Bee Hoon", "Rajendran Pillay"],
    "ro": ["Ioana Munteanu", "Radu Ciobanu"], "idn": ["Sri Wahyuni", "Bambang Susilo"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نورة العتيبي", "فيصل الحربي"], "de": ["Hiltrud Brenner", "Volkmar Seidel"],
    "es": ["Inmaculada Ortega", "Rafael Molina"], "fr": ["Mireille Fabre", "Thibault Roux"],
    "hi": ["कुसुमलता बैरवा", "गिरधारी लाल सैनी"], "it": ["Loredana Pace", "Massimo Rinaldi"],
    "ja": ["山口 和子", "井上 健"], "ko": ["서은주", "임재현"], "pt": ["Rosário Pinto", "Joaquim Faria"],
    "ru": ["Татьяна Белова", "Геннадий Сорокин"], "sw": ["Mwanaisha Juma", "Salim Khamis"],
    "th": ["สุภาพร ทองดี", "จิราพร วงศ์ใหญ่"], "tr": ["Gülşen Aydın", "Murat Kaya"],
    "ur": ["شازیہ اقبال", "رخسانہ پروین"], "zh": ["梁丽萍", "何志强"],
    "sqi": ["Mimoza Hoxha", "Artan Shehu"], "ben": ["শাহানা পারভীন", "রফিকুল ইসলাম"],
    "lit": ["Rasa Petrauskienė", "Darius Kazlauskas"], "ukr": ["Оксана Коваль", "Богдан Мельник"],
    "dan": ["Birgitte Møller", "Henrik Sørensen"], "ces": ["Jana Dvořáková", "Petr Novotný"],
    "ind": ["Ratna Sari", "Agus Prasetyo"], "ron": ["Mihaela Popa", "Sorin Dumitru"],
    "nld": ["Anouk de Vries", "Bram Jansen"], "est": ["Kadri Tamm", "Margus Kask"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الزهراني", "أروى الغامدي"], "de": ["Friederike Haas", "Moritz Keller"],
    "es": ["Itziar Navarro", "Álvaro Castillo"], "fr": ["Margaux Perrin", "Quentin Lambert"],
    "hi": ["तनुजा भाटी", "हर्षवर्धन राठौड़"], "it": ["Giulia Ferri", "Matteo Galli"],
    "ja": ["小林 美穂", "藤田 大輔"], "ko": ["박서연", "김도윤"], "pt": ["Inês Carvalho", "Rui Teixeira"],
    "ru": ["Алина Смирнова", "Илья Волков"], "sw": ["Neema Mollel", "Juma Hamisi"],
    "th": ["กนกวรรณ มีสุข", "ธนากร บุญมา"], "tr": ["Elif Çelik", "Burak Şahin"],
    "ur": ["سعدیہ خان", "ماہ نور بٹ"], "zh": ["黄佳怡", "林浩然"],
    "sqi": ["Arta Gashi", "Blerim Krasniqi"], "ben": ["তানিয়া আক্তার", "সাকিব হাসান"],
    "lit": ["Eglė Jankauskaitė", "Tomas Vaitkus"], "ukr": ["Ірина Шевчук", "Андрій Бондар"],
    "dan": ["Mette Lund", "Rasmus Holm"], "ces": ["Tereza Svobodová", "Ondřej Král"],
    "ind": ["Dewi Lestari", "Rizky Saputra"], "ron": ["Andreea Stan", "Vlad Georgescu"],
    "nld": ["Sanne Bakker", "Joris Visser"], "est": ["Liis Saar", "Rasmus Mägi"],
}
GIVEN = {
    "Síle Ní Bhriain": "Síle", "Colm Ó Dálaigh": "Colm", "Lim Bee Hoon": "Bee Hoon",
    "山口 和子": "和子", "井上 健": "健", "小林 美穂": "美穂", "藤田 大輔": "大輔",
}
PROVIDERS = ["whinchatpost", "stonechatbox", "bramblingmail", "twitemail", "firecrestnet", "wheatearbox"]

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
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind76-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, glad I got to see the dulse racks midweek. Hygiene cert no. and my last gaffer's mobile pasted under this line.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Requisition R-{ref} ({role}) – status change", "Dear {n},\n\nRequisition R-{ref}, {role}, has had a change you should know about. {x} Hence the requisition is closed with no appointment and no applicant goes further.\n\nGrateful you looked our way,\nTalent Acquisition", ("Saltmarrow Foods", "Wrackline Harvest"), ("saltmarrow", "wrackline"), role=("Drying Shed Operative", "Baling Hand"), tz=("uk", "ie"), x=("The dulse drying it covered is being folded into the day crew's rota.", "This season's bladderwrack baling now sits with a co-op that owns a press."))
mr("ats-gh", "Your application to {co}", "Hi {n},\n\nYour {role} application to {co} was a good read. The opening's offer went out and a candidate who {x} said yes, so the search is now shut.\n\nMaybe another bench of ours suits you later.\n\n{sig}\nRecruiting, {co}", ("Quillfeather Press", "Ambergate Ropeworks"), ("quillfeather", "ambergate"), role=("Letterpress Assistant", "Splicing Technician"), tz=("use", "cap"), x=("has hand-set wood type for a decade", "has spliced harbour mooring lines since 2019"))
mr("ats-lv", "{co} – {role}", "Hello {n},\n\nEvery {role} application got a proper look from the press team. Yours stops here this round; {x}.\n\nWe keep applicant details for nine months in case a similar post opens, after which they are deleted.\n\nBest,\n{sig}\n{co}", ("Thornleigh Cidery", "Kettlewick Smokehouse"), ("thornleigh", "kettlewick"), role=("Press Room Hand", "Smoker Attendant"), tz=("uk", "nz"), x=("our shortlist is people who've run a rack-and-cloth press through a whole harvest", "our shortlist is made up of people with hot-smoking experience"))
mr("ats-sr", "Application update – {role}", "<html><body><p>Dear {n},</p><p>{co} has moved your file on.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>Thank you for applying.</p><p>{co} Careers</p></body></html>", ("Pallister Dairies", "Rookhope Creamery"), ("pallister", "rookhope"), role=("Cheese Turner", "Churn Room Assistant"), tz=("uk", "au"), x=("Ended – vacancy taken by another hire", "Concluded – offer made elsewhere and taken"))
mr("ats-ic", "{co}: application {ref}", "Dear {n},\n\nYour application {ref} for {role} has been updated to: {x}.\n\nThat document had to be in hand on closing day, so this application stops. When you hold it, apply again anytime.\n\n{co} Recruitment", ("Ferrowell Logistics", "Bramblecote Transit"), ("ferrowell", "bramblecote"), role=("Yard Shunter", "Depot Driver"), tz=("usc", "cae"), x=("Not Selected – DOT Medical Card Not Provided", "Not Selected – Abstract of Driving Record Missing"))
mr("ats-tl", "{co} - Job {ref} {role}", "Dear {n},\n\nJob {ref}, {role}, has a new status: {x}. As a result your submission will not be reviewed further.\n\nReplies to this machine-sent address go nowhere.\n\n{co}", ("Larkmoor Hotels", "Glenhaven Inns"), ("larkmoor", "glenhaven"), role=("Night Porter", "Linen Runner"), tz=("usm", "ie"), x=("Cancelled – overnight cover now run from the sister hotel", "Withdrawn – linen service moved to an outside laundry"))
mr("ats-wk", "Your application for {role}", "Hi {n},\n\n{x} people went for {role} at {co}, and {y} of them had a phone chat with us. After those chats we're progressing others, and your application finishes at this point.\n\nGood hunting out there,\n{sig}", ("Hobnail Provisions", "Gullrock Fisheries"), ("hobnail", "gullrock"), role=("Charcuterie Counter Hand", "Fish Filleter"), tz=("au", "za"), x=("Ninety-three", "Forty-one"), y=("eleven", "six"))
mr("ats-bh", "{role} at {co}", "Hi {n},\n\nQuick note on {role}: {x}, which means the job isn't being filled after all, and I'm telling every applicant.\n\nWe'll be posting again in the new year.\n\n{sig}\n{co}", ("Marram Kite Co.", "Tideglass Studio"), ("marramkite", "tideglass"), role=("Workshop Assistant", "Kiln Helper"), tz=("nz", "cap"), x=("The hours have been picked up by our two existing part-timers", "Our Saturday crew begged for the extra shifts and got them"))
mr("ats-tt", "About your application, {n}", "Hello {n},\n\nMany thanks that you sent papers for {role} at {co}. We looked all candidates and we go on now with other persons, their experience {x}, we think.\n\nGood luck for your job searching, really.\n\nKind regards,\n{sig}\n{co}", ("Dunavia Textiles", "Carpathis Wood"), ("dunavia", "carpathis"), role=("Loom Operator", "Joinery Helper"), tz=("ro", "ro"), x=("is closer with our production line", "is matching better with our workshop needs"))
mr("ats-ps", "Your application: {role}", "Dear {n},\n\nThanks a lot for your interest to {co}. We read your documents with attention, and we must say you, the position {role} we give not to you. {x}\n\nWe wish you all best for the future.\n\n{sig}\nHR, {co}", ("Nusantara Mendong", "Bromo Coffee Works"), ("nusantaramendong", "bromocoffee"), role=("Weaving Supervisor", "Roastery Assistant"), tz=("idn", "idn"), x=("Many people applied, and to choose was hard for us.", "The chosen person worked longer time with roasting machines."))
mr("ats-pp", "{co}: {role} outcome", "Dear {n},\n\nEach {role} application got a mark against the person spec. Yours: {x}. Only the top marks made the interview list. So, sadly, no shortlist place for you.\n\n{co} Recruitment Team", ("Coldharbour Clockworks", "Fettle & Forge Trust"), ("coldharbour", "fettleforge"), role=("Clock Restoration Assistant", "Heritage Smithy Volunteer Lead"), tz=("uk", "uk"), x=("17 out of 40, with a cut-off of 26", "13 out of 35, with a cut-off of 22"))
mr("ats-jz", "{co} – {role}", "Hi {n},\n\nYour reel for {role} was fun to watch. {x}; sorry, no roster slot for you this season.\n\nKeep performing,\n{sig}\n{co}", ("Brightwater Events", "Sparkfield Entertainment"), ("brightwater", "sparkfield"), role=("Roving Magician", "Stilt Walker"), tz=("usp", "sg"), x=("Our clients asked for performers they have booked before", "The bookings this year went to acts our corporate clients requested by name"))
mr("ats-ab", "Update on your {role} application", "Hi {n}!\n\nSalamat for applying as {role} with {co}. We pushed through with other applicants who {x}. Sayang talaga, but apply ulit next time ha!\n\nIngat,\n{sig}\n{co}", ("Sampaguita Crafts", "Tablea Chocolate House"), ("sampaguitacrafts", "tablea"), role=("Crafts Packer", "Chocolate Tempering Assistant"), tz=("ph", "ph"), x=("have more years in abaca weaving", "already handled cacao fermentation"))
# small employers, once each
mr("sm-uk", "The job at the shop", "Hi {n},\n\nSorry I've been slow. My cousin's lad is out of college and needs the hours, so he's on the counter from Monday.\n\nTa for dropping the CV round, nice to put a face to it.\n\n{sig}\nHarrow's Oatcakes", "Harrow's Oatcakes", "harrowsoatcakes", tz="uk")
mr("sm-ie", "Re: the counter job", "Hi {n},\n\nGreat to see you in the shop. Herself has the last word, and our youngest is taking the Saturday shifts, so I'm not hiring after all.\n\nGo n-éirí leat,\n{sig}\nQuinlan's Fishing Tackle", "Quinlan's Fishing Tackle", "quinlanstackle", tz="ie")
mr("sm-us", "Farm stand help", "Hey {n},\n\nGot your message about the berry stand. My nephew's home from college this summer and he's running it with me, so I'm all set.\n\nTake care,\n{sig}\nCrooked Furrow Berries", "Crooked Furrow Berries", "crookedfurrow", tz="usc")
mr("sm-ca", "Canteen job", "Hi {n},\n\nAppreciate your note on the canteen job. My wife and I are covering the whole season on our own this year, so no hiring.\n\nAll the best,\n{sig}\nPaddlers' Donair Shack", "Paddlers' Donair Shack", "paddlersdonair", tz="cat")
mr("sm-au", "Nursery job", "G'day {n},\n\nAppreciate you sending your details through. Bit of news: the neighbour's girl just got her Cert III and starts with us next week, so that job's spoken for.\n\nCheers,\n{sig}\nIronbark Gully Natives", "Ironbark Gully Natives", "ironbarkgully", tz="au")
mr("sm-nz", "Packing shed", "Kia ora {n},\n\nTa for asking about packing. Most of last year's crew turned up again, so every bench is taken this season.\n\nNgā mihi,\n{sig}\nTotara Flats Feijoas", "Totara Flats Feijoas", "totaraflats", tz="nz")
mr("sm-za", "Shop assistant", "Hi {n},\n\nSharp for dropping off your CV. My sister's girl finished matric and she's helping behind the counter now, so I'm sorted.\n\nRegards,\n{sig}\nLekker Roosterkoek Corner", "Lekker Roosterkoek Corner", "lekkerroosterkoek", tz="za")
mr("sm-in", "Regarding your application for sales post", "Dear {n},\n\nYou visited our showroom and gave bio-data, thank you. Our old salesman Raghu ji has returned after his daughter's marriage, so the post is filled now.\n\nRegards,\n{sig}\nSri Annapoorna Silk Sarees", "Sri Annapoorna Silk Sarees", "sriannapoornasilks", tz="in")
mr("sm-ng", "Sales girl position", "Good day {n},\n\nWe appreciate your visit to the shop on Tuesday. Madam's niece just finished NYSC and Madam has brought her in, so the position is no more available.\n\nGod bless you.\n{sig}\nOluwaseun Fabrics", "Oluwaseun Fabrics", "oluwaseunfabrics", tz="ng")
mr("sm-ke", "Shop attendant", "Dear {n},\n\nThank you for your letter. Mzee's grandson has finished form four and he will be helping at the shop, so we shall not be employing anybody this time.\n\nRegards,\n{sig}\nBaraka Hardware", "Baraka Hardware", "barakahardware", tz="ke")
mr("sm-ph", "Re: Cashier", "Hi {n},\n\nThanks for applying. We're closing this branch by month's end kasi mahina na talaga ang benta, and the lease ends in May, so no new cashier na. Pasensya na po.\n\n{sig}\nLola Nena's Puto Bumbong", "Lola Nena's Puto Bumbong", "lolanena", tz="ph")
mr("sm-sg", "Stall helper", "Hi {n},\n\nThanks ah. From next month Uncle only opens Thursday to Sunday, so extra helper no need already.\n\nSorry ah,\n{sig}\nAh Seng Tau Sar Piah", "Ah Seng Tau Sar Piah", "ahsengpiah", tz="sg")
mr("sm-ro", "Job at the bakery", "Hello {n},\n\nThanks that you came for the test day. The patron took his godson, just finished cook school in Alba Iulia, so the place is now occupied.\n\nAll the best,\n{sig}\nCozonac Mill", "Cozonac Mill", "cozonacmill", tz="ro")
mr("sm-id", "Barista job", "Dear {n},\n\nThanks for your application. Our owner already give the job to his cousin from Garut, so at the moment barista is enough.\n\nSuccess always,\n{sig}\nSenja Brewbar", "Senja Brewbar", "senjabrewbar", tz="idn")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-kelp", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely having you out on the boat, and the long-line chat was great fun. Monday's trustee meeting offered the {role} post to a diver who has worked our beds before; she accepted this morning.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Laminaria Trust", "Oarweed Commons"), ("laminariatrust", "oarweedcommons"), role="Harvest Coordinator", tz=("uk", "ie"))
mr("th-harp", "Re: [EXT] Re: {role}", "Dear {n},\n\nYour reel on the bouzouki is still in our heads here. The board has appointed Maeve Considine as our {role}, and she takes up the role in September.\n\nWith every good wish,\n{sig}\n\n{GM}", ("Clonmore Music School", "Riverbend Folk Academy"), ("clonmoremusic", "riverbendfolk"), role="Tutor of Bouzouki", tz=("ie", "cae"))
mr("th-farrier", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nGood of you to drive all that way. After a long talk Friday, the practice has asked Dale Whitlock to join as {role}; he starts on the first.\n\nWishing you well,\n{sig}\n\n{ORIG}", ("Four Corners Equine", "Hollowbrook Horse Clinic"), ("fourcornersequine", "hollowbrookhorse"), role="Farrier's Assistant", tz=("usm", "au"))
mr("th-choir", "Re: [EXT] RE: {role}", "Dear {n},\n\nHearing you sing with the choir last week was a treat. After the rehearsal the committee voted, and Ruth Okafor will be our new {role} from the spring term.\n\nWarmly,\n{sig}\n\n{RULE}", ("St Brannock's Choral Society", "Harbourside Community Choir"), ("stbrannocks", "harbourchoir"), role="Assistant Director of Music", tz=("uk", "nz"))
mr("th-surv", "RE: [EXT] Re: {role}", "Hi {n},\n\nGood to have you walk the site with us. We settled it over coffee this morning: Tomasz Wilk is going to join us as {role} next month.\n\nKind regards,\n{sig}\n\n{OUT}", ("Stileway Land Surveys", "Baybridge Traverse"), ("stileway", "baybridgetraverse"), role="Survey Technician", tz=("uk", "cap"))
mr("th-school", "Re: [EXT] Re: Interview for {role}", "Dear {n},\n\nThe Class 6 children enjoyed your demonstration class very much. The school trust has selected Mrs. Savitha Rao for the post of {role}.\n\nWith regards,\n{sig}\nPrincipal\n\n{GM}", ("Chamundi Hills Public School", "Vidyaranya High School"), ("chamundihills", "vidyaranya"), role="Primary Music Teacher", tz=("in", "in"))
mr("th-lodge", "RE: [EXT] RE: {role}", "Dear {n},\n\nWe enjoyed meeting you and hearing your menu ideas. The owners have agreed that Wanjiru Mbugua takes over as {role} from next month.\n\nRegards,\n{sig}\n\n{ORIG}", ("Lake Baringo Lodge", "Yankari Gate Guest House"), ("baringolodge", "yankarigate"), role="Head Cook", tz=("ke", "ng"))
mr("th-pottery", "Re: [EXT] RE: {role}", "Hi {n},\n\nThose bowls you threw last week are drying on our shelf. The co-op members met on Sunday and Lindiwe Sithole is our new {role}; she's already unpacking her tools.\n\nBest,\n{sig}\n\n{RULE}", ("Claybank Potters' Co-op", "Umlazi Clay Collective"), ("claybank", "umlaziclay"), role="Studio Technician", tz=("sg", "za"))
# ---- 8 clear refusals under long footers
mr("ft-gard", "Your application – {role}", "Dear {n},\n\nOur {co} team went through your {role} application; it stops at this stage.\n\n---\nGrow more for less: trowels {x}. Sign up for The Dibber Digest for seasonal offers.\nGarden Jobs alerts: switch them on under My Seedtray.\nWe keep application data for 12 months, then delete it.\nNot meant for you? Reply to say so and delete.\n{co}, registered in {y}.", ("Seedtray Garden Stores", "Seedtray Garden Stores"), ("seedtray",), role=("Plant Area Assistant", "Till Operator"), tz=("uk", "ie"), x=("from £6", "from €7"), y=("England and Wales", "Ireland"))
mr("ft-hard", "Regarding your application", "Hi {n},\n\nWe looked over your {role} application and we'll be passing on it.\n\n____\n{co} | Tools that outlast the job\nText TOOLJOBS to get new openings by SMS. Message rates may apply.\nManage mail: Account > Settings > Notifications.\nThis mailbox is not monitored.\n\u00a9 {co}. All rights reserved.", ("Bolt & Bracket Hardware", "Bolt & Bracket Hardware"), ("boltbracket",), role=("Paint Desk Associate", "Lumber Yard Associate"), tz=("usc", "cam"))
mr("ft-surf", "{co}: {role}", "Hi {n},\n\nCheers for giving {role} a go. Bad news, sorry: you've missed out on this one.\n\n~~~\nWetsuits {x} at {co} this month.\nRead The Tubeside Weekly every Friday.\nPrivacy questions: privacy@{dom}\nThis landed with you because you used our careers page.", ("Rip & Rocket Surf", "Rip & Rocket Surf"), ("riprocket",), role=("Board Hire Attendant", "Retail Crew"), tz=("au", "nz"), x=("from $119", "from NZ$139"))
mr("ft-stat", "Application outcome", "Dear {n},\n\nYour {role} application did not succeed, we are sorry to say.\n\n--\n{co}: back-to-school bundles, free name labels.\nJob alerts by SMS: send PENJOBS.\n{x} governs how we keep your details.\nThis inbox is unattended.", ("Quillon Stationers", "Quillon Stationers"), ("quillonstat",), role=("Store Assistant", "Stock Controller"), tz=("za", "ng"), x=("POPIA", "the NDPA"))
# ---- 9 hedged refusals
mr("hd-law", "{role} – following up", "Dear {n},\n\nMeeting you was a pleasure for the partners. Weighing everyone up, another applicant's background lines up a touch more closely with the conveyancing work we expect over the next year.\n\nWith best wishes,\n{sig}\n{co}", ("Ashby Tolley Solicitors", "Merriott & Crane LLP"), ("ashbytolley", "merriottcrane"), role="Trainee Legal Executive", tz=("uk", "ie"))
mr("hd-vet", "Following our conversation", "Hi {n},\n\nAppreciate the interview. We're going down a different road, with someone whose large-animal experience matches our calving season a bit more closely.\n\nBest,\n{sig}\n{co}", ("Coulee Run Vets", "Ridgeview Mixed Practice"), ("couleerunvets", "ridgeviewvets"), role="Vet Nurse", tz=("usc", "nz"))
mr("hd-arch", "{role}", "Dear {n},\n\nYour portfolio gave us plenty to talk about. Having talked it over, we believe other candidates' timber-frame work fits better with the projects now on our drawing boards.\n\nKind regards,\n{sig}\n{co}", ("Oakpeg Architects", "Rimu Line Design"), ("oakpeg", "rimuline"), role="Architectural Technologist", tz=("uk", "au"))
mr("hd-ngo", "Your application", "Dear {n},\n\nGood to talk with you at interview. Candidates with more borehole repair projects behind them are better placed for where the programme is heading this year.\n\nRegards,\n{sig}\n{co}", ("Maji Safi Initiative", "Pure Springs Foundation"), ("majisafi", "purespringsfdn"), role="WASH Field Officer", tz=("ke", "in"))
mr("hd-sg", "Application for {role}", "Dear {n},\n\nLovely meeting you at the clinic on Saturday. For this role we are going another way, choosing people who did more paediatric hearing tests.\n\nBest regards,\n{sig}\n{co}", "Harmony Hearing Centre", "harmonyhearing", role="Audiology Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Following our call – {role}", "Hi {n},\n\nCheers for the chat earlier. As we discussed, {role} has gone to {x}. Different one for you though: {y}. Want your CV in?\n\nThanks,\n{sig}\n{co}", ("Tallis Grey Recruitment", "Northpoint Staffing"), ("tallisgrey", "northpointstaff"), role=("Production Supervisor", "Shift Lead"), tz=("uk", "use"), x=("their own line leader from the night shift", "someone from their other plant"), y=("a maltings near Garrigill is hiring a team leader", "a maple syrup bottler near Hardwick needs a shift lead"))
mr("rc-2", "Catch-up – {role}", "Hi {n},\n\nTa for the phone catch-up. {role} has been offered to {x} by the client. I've got another that fits you: {y}. Happy for me to pitch you?\n\nCheers,\n{sig}\n{co}", ("Tumbleweed Talent", "Southern Cross People"), ("tumbleweedtalent", "southerncrosspeople"), role=("Warehouse Lead", "Site Coordinator"), tz=("au", "nz"), x=("a leading hand from their depot", "their current 2IC"), y=("a macadamia cracker near Tumbarumba", "a kiwifruit coolstore near Te Kaha"))
mr("rc-3", "{role} update", "Dear {n},\n\nOur call was helpful, thank you. For {role} the employer settled on {x}. Meanwhile {y}. Shall I forward your profile?\n\nRegards,\n{sig}\n{co}", ("Savanna Talent Partners", "Sahel Link Recruiters"), ("savannatalent", "sahellink"), role=("Maintenance Engineer", "Plant Technician"), tz=("ke", "ng"), x=("a man already on their payroll", "their former supervisor"), y=("a tea factory near Sotik is looking for a fitter", "a cassava flour mill in Ogbomoso is hiring a technician"))
mr("rc-4", "Re: {role}", "Hi {n},\n\nLekker chatting this morning. The client promoted their own quality lead into {role}. A citrus farm outside Piketberg wants a packhouse supervisor, though; shall I send your CV?\n\nRegards,\n{sig}\n{co}", "Fynbos Recruitment", "fynbosrecruit", role="QC Supervisor", tz="za")
# ---- 8 public-sector notices
mr("ps-inel", "Notice of ineligibility – {role}", "Dear {n},\n\nHR has screened your {role} file. The posting called for {x} by the closing date. None was shown, so the file is rated ineligible and stops at this stage.\n\nHR Unit, {co}", ("City of Harlan Falls", "Town of Riverton Bay"), ("harlanfalls", "rivertonbay"), role=("Filtration Plant Trainee", "Grader Operator"), tz=("usc", "cat"), x=("a Class 1 water treatment certificate", "a Class 3 licence carrying the Z endorsement"))
mr("ps-ref", "{role} – referral notice", "Dear {n},\n\nThe {role} list is rated. Only the top {x} eligible names went to the hiring manager, and yours was outside that group. Your eligibility lasts twelve months on the roll.\n\nCivil Service Desk, {co}", ("Garfield County", "City of Bluffton"), ("garfieldcounty", "blufftoncity"), role=("Tax Roll Clerk", "Cemetery Groundskeeper"), x=("seven", "four"), tz=("usm", "usp"))
mr("ps-canc", "Vacancy {ref} withdrawn", "Dear {n},\n\nRe the {role} vacancy: after {x}, Council has pulled vacancy {ref}. Nobody will be appointed, and interviews are off.\n\nPeople and Culture\n{co}", ("Warrumbungle Shire Council", "Whakatāne District Council"), ("warrumbungle", "whakatanedc"), role=("Library Assistant", "Building Consent Officer"), tz=("au", "nz"), x=("branch hours being cut back", "a budget review"))
mr("ps-cut", "Result of written test – {role}", "Dear {n},\n\nThe {role} merit list closed at {x} marks; you obtained {y}. Your candidature therefore stands rejected and no interview call will follow.\n\nMember Secretary, {co}", ("Chamarajanagar District Recruitment Cell", "Kebbi State Clerical Cadre Board"), ("chamarajanagarcell", "kebbicadre"), role=("Gram Panchayat Bill Collector", "Registry Assistant (Grade III)"), tz=("in", "ng"), x=("61 of 100", "44 of 70"), y=("55", "39"))
# ---- 6 bare ATS status updates
mr("st-1", "Status update on your application", "Hello {n},\n\nHirepebble has news on your {role} candidacy with {co}.\n\nStatus: No longer being considered\n\nHirepebble relays this for {co}; replies are not read.", ("Grayling Outfitters", "Copperkettle Cafés"), ("graylingout", "copperkettle"), frm="Hirepebble <noreply@hirepebble.example>", role=("Stock Assistant", "Barista"), tz=("uk", "au"))
mr("st-2", "Application status: {role}", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Status</td><td>Closed · not selected</td></tr></table></body></html>", ("Fernhill Garden Centre", "Bluegum Pharmacy"), ("fernhillgc", "bluegumpharm"), role=("Plant Care Assistant", "Dispensary Assistant"), tz=("ie", "au"))
mr("st-3", "{co}: your application", "Hi {n},\n\n{role} at {co}\n\nApplied ✓\nReviewed ✓\nOutcome: Unsuccessful\n\nSent via Jobsprocket", ("Wirral Cycle Hub", "Kopje Outdoor"), ("wirralcycle", "kopjeoutdoor"), frm="Jobsprocket <alerts@jobsprocket.example>", role=("Bike Mechanic", "Store Assistant"), tz=("uk", "za"))
# ---- 6 internship / graduate decisions
mr("in-1", "{role} – decision", "Dear {n},\n\nThe {role} drew {x} applications for two places. Both places went to other students, who accepted, and the round is shut.\n\nBest wishes,\n{sig}\n{co}", ("Dunlin Shorebird Research Group", "Bommie Survey Unit"), ("dunlinshorebird", "bommiesurvey"), role=("summer studentship in wader tagging", "summer studentship in reef surveys"), tz=("uk", "au"), x=("96", "131"))
mr("in-2", "Internship programme 2026", "Hi {n},\n\nAbout the {role}: this year's intern places are all held by other students now.\n\nDo give it another go next spring.\n\n{sig}\n{co}", ("Nightflyer Count Project", "Mustelid Watch"), ("nightflyercount", "mustelidwatch"), role=("moth trapping internship", "otter survey internship"), tz=("uk", "ie"))
mr("in-3", "Graduate Programme – your application", "Dear {n},\n\nThis year {x} places were open on the {co} Graduate Programme, and each one is now taken by a graduate who said yes to our offer.\n\nKind regards,\n{sig}\nEarly Careers, {co}", ("Helios Microgrids", "Upepo Wind Power"), ("heliosmicrogrids", "upepowind"), x=("six", "four"), tz=("ng", "ke"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-wd", "Requisition R-{ref} ({role}) – application received", "Dear {n},\n\nRequisition R-{ref}, {role}: your application is logged. Should the work later shift to another team, the requisition shuts and each applicant gets an email.\n\nTalent Acquisition\n{co}", ("Saltmarrow Foods", "Wrackline Harvest"), ("saltmarrow", "wrackline"), role=("Drying Shed Operative", "Baling Hand"), tz=("uk", "ie"))
mo("application_received", "ack-gh", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying for {role}. Should the offer end up with another person, I'll write myself; no form letter.\n\n{sig}\nRecruiting, {co}", ("Quillfeather Press", "Ambergate Ropeworks"), ("quillfeather", "ambergate"), role=("Letterpress Assistant", "Splicing Technician"), tz=("use", "cap"))
mo("application_received", "ack-lv", "{co} – we have your application", "Hello {n},\n\nYour application for {role} is in. However the shortlist turns out, someone from the press room will reply to you.\n\n{sig}\n{co}", ("Thornleigh Cidery", "Kettlewick Smokehouse"), ("thornleigh", "kettlewick"), role=("Press Room Hand", "Smoker Attendant"), tz=("uk", "nz"))
mo("application_received", "ack-sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next</td><td>Interview, then an offer · or Closed, if the hire is someone else</td></tr></table><p>{co} Careers</p></body></html>", ("Pallister Dairies", "Rookhope Creamery"), ("pallister", "rookhope"), role=("Cheese Turner", "Churn Room Assistant"), tz=("uk", "au"))
mo("application_received", "ack-ic", "{co}: application {ref} received", "Dear {n},\n\nApplication {ref} for {role} has been received. Please note: {x} must be uploaded by the closing date; our system flips any application missing it to Not Selected.\n\n{co} Recruitment", ("Ferrowell Logistics", "Bramblecote Transit"), ("ferrowell", "bramblecote"), role=("Yard Shunter", "Depot Driver"), tz=("usc", "cae"), x=("a DOT medical card", "a driver's abstract"))
mo("application_received", "ack-tl", "{co} - Job {ref} submission received", "Dear {n},\n\nYour submission for {role} (Job {ref}) has been received. If the job is later cancelled or put on hold, all candidates attached to it are notified automatically.\n\nReplies to this machine-sent address go nowhere.\n\n{co}", ("Larkmoor Hotels", "Glenhaven Inns"), ("larkmoor", "glenhaven"), role=("Night Porter", "Linen Runner"), tz=("usm", "ie"))
mo("application_received", "ack-wk", "We got your application for {role}", "Hi {n},\n\n{role} at {co}: got it, ta. Within a fortnight we ring those we want to meet; all the others get an email from us too.\n\n{sig}", ("Hobnail Provisions", "Gullrock Fisheries"), ("hobnail", "gullrock"), role=("Charcuterie Counter Hand", "Fish Filleter"), tz=("au", "za"))
mo("application_received", "ack-bh", "Got it – {role}", "Hi {n},\n\n{role} application: received, ta. Heads up, our part-timers are offered new hours before anyone else. Should they snap these up before interviews, I'll email that same week to say so.\n\n{sig}\n{co}", ("Marram Kite Co.", "Tideglass Studio"), ("marramkite", "tideglass"), role=("Workshop Assistant", "Kiln Helper"), tz=("nz", "cap"))
mo("application_received", "ack-tt", "We received your application, {n}", "Hello {n},\n\nYour papers for {role} are arrived, thanks. Maybe the manager is choosing somebody from inside team; also in this case we are writing you, not leaving you to wait in vain.\n\nKind regards,\n{sig}\n{co}", ("Dunavia Textiles", "Carpathis Wood"), ("dunavia", "carpathis"), role=("Loom Operator", "Joinery Helper"), tz=("ro", "ro"))
mo("application_received", "ack-ps", "Confirmation: {role}", "Dear {n},\n\nThank you, your documents for {role} are arrived. If the answer is negative, also we will send you a short message, this is sure.\n\n{sig}\nHR, {co}", ("Nusantara Mendong", "Bromo Coffee Works"), ("nusantaramendong", "bromocoffee"), role=("Weaving Supervisor", "Roastery Assistant"), tz=("idn", "idn"))
mo("application_received", "ack-pp", "{co}: application for {role} received", "Dear {n},\n\nYour {role} form is with us. Once the closing date passes we shortlist, and each applicant then gets an interview date or a brief closing note.\n\n{co} Recruitment Team", ("Coldharbour Clockworks", "Fettle & Forge Trust"), ("coldharbour", "fettleforge"), role=("Clock Restoration Assistant", "Heritage Smithy Volunteer Lead"), tz=("uk", "uk"))
mo("application_received", "ack-jz", "{co} – reel received", "Hi {n},\n\nYour reel for {role} landed safely. Every performer hears back from us, bookings or not, before the season starts.\n\n{sig}\n{co}", ("Brightwater Events", "Sparkfield Entertainment"), ("brightwater", "sparkfield"), role=("Roving Magician", "Stilt Walker"), tz=("usp", "sg"))
mo("application_received", "ack-ab", "Application received – {role}", "Hi {n}!\n\nGot your application for {role}. Pasado man o hindi, we'll message you either way, promise.\n\n{sig}\n{co}", ("Sampaguita Crafts", "Tablea Chocolate House"), ("sampaguitacrafts", "tablea"), role=("Crafts Packer", "Chocolate Tempering Assistant"), tz=("ph", "ph"))
mo("application_received", "ack-th", "{role} – application received", "Dear {n},\n\nYour {role} application arrived safely. Worth knowing: one of our longtime volunteers has applied too. Either way I'll write once interviews finish.\n\n{sig}\n{co}", ("Laminaria Trust", "Oarweed Commons"), ("laminariatrust", "oarweedcommons"), role="Harvest Coordinator", tz=("uk", "ie"))
mo("application_received", "ack-choir", "{role}", "Dear {n},\n\nYour application is safely with me. Once the committee has voted I telephone each applicant in turn, so expect my voice on the line whatever the result.\n\n{sig}\n{co}", ("St Brannock's Choral Society", "Harbourside Community Choir"), ("stbrannocks", "harbourchoir"), role="Assistant Director of Music", tz=("uk", "nz"))
mo("application_received", "ack-ft1", "Thanks for applying – {role}", "Dear {n},\n\nYour {role} application is with {co}. Three silent weeks from today would mean this vacancy has closed for you.\n\n---\nGarden Jobs alerts: switch them on under My Seedtray.\nNot meant for you? Reply to say so and delete.", ("Seedtray Garden Stores", "Seedtray Garden Stores"), ("seedtray",), role=("Plant Area Assistant", "Till Operator"), tz=("uk", "ie"))
mo("application_received", "ack-ft2", "We received your application", "Hi {n},\n\nThanks for applying for {role}. Due to volume, we only reach out to candidates selected for an interview.\n\n____\n{co} | Tools that outlast the job\nThis mailbox is not monitored.", ("Bolt & Bracket Hardware", "Bolt & Bracket Hardware"), ("boltbracket",), role=("Paint Desk Associate", "Lumber Yard Associate"), tz=("usc", "cam"))
mo("application_received", "ack-ps1", "Application received – {role}", "Dear {n},\n\nHR has logged the {role} file you sent. Files still lacking {x} at the closing date get an ineligible rating, so check yours.\n\nHR Unit, {co}", ("City of Harlan Falls", "Town of Riverton Bay"), ("harlanfalls", "rivertonbay"), role=("Filtration Plant Trainee", "Grader Operator"), tz=("usc", "cat"), x=("the Class 1 certificate", "the Class 3 licence"))
mo("application_received", "ack-ps2", "{role} – application acknowledgement", "Dear {n},\n\nWe've logged the {role} application. After rating, each applicant is mailed a letter stating whether their name was passed to the supervisor.\n\nCivil Service Desk, {co}", ("Garfield County", "City of Bluffton"), ("garfieldcounty", "blufftoncity"), role=("Tax Roll Clerk", "Cemetery Groundskeeper"), tz=("usm", "usp"))
mo("application_received", "ack-ps3", "Vacancy {ref}: application received", "Dear {n},\n\nYour {role} application is lodged. If Council ever pulls the vacancy, every applicant hears so by posted letter.\n\nPeople and Culture\n{co}", ("Warrumbungle Shire Council", "Whakatāne District Council"), ("warrumbungle", "whakatanedc"), role=("Library Assistant", "Building Consent Officer"), tz=("au", "nz"))
mo("application_received", "ack-ps4", "Application registered – {role}", "Dear {n},\n\nRegistration no. {ref} has been allotted to your {role} form. Written test marks go up on the office notice board; no separate letter is sent to those scoring below the cut-off mark.\n\nMember Secretary, {co}", ("Chamarajanagar District Recruitment Cell", "Kebbi State Clerical Cadre Board"), ("chamarajanagarcell", "kebbicadre"), role=("Gram Panchayat Bill Collector", "Registry Assistant (Grade III)"), tz=("in", "ng"))
mo("application_received", "ack-st", "Status update on your application", "Hello {n},\n\nHirepebble has news on your {role} candidacy with {co}.\n\nStatus: Received – with the hiring team\n\nHirepebble relays this for {co}; replies are not read.", ("Grayling Outfitters", "Copperkettle Cafés"), ("graylingout", "copperkettle"), frm="Hirepebble <noreply@hirepebble.example>", role=("Stock Assistant", "Barista"), tz=("uk", "au"))
mo("application_received", "ack-in1", "{role} – application received", "Dear {n},\n\nYour form for the {role} is logged. Placed or not, an email from our group reaches each applicant before May.\n\n{sig}\n{co}", ("Dunlin Shorebird Research Group", "Bommie Survey Unit"), ("dunlinshorebird", "bommiesurvey"), role=("summer studentship in wader tagging", "summer studentship in reef surveys"), tz=("uk", "au"))
mo("application_received", "ack-in3", "Graduate Programme – application received", "Dear {n},\n\nYour {co} Graduate Programme form arrived. Coming next is an online reasoning test, and a mark under its threshold ends the process there.\n\nEarly Careers, {co}", ("Helios Microgrids", "Upepo Wind Power"), ("heliosmicrogrids", "upepowind"), tz=("ng", "ke"))
mo("application_received", "ack-rc", "Your CV – {role}", "Hi {n},\n\nSorted: for {role}, your CV went across to the client today. Good news or bad, I phone you the minute they reply.\n\n{sig}\n{co}", ("Tallis Grey Recruitment", "Northpoint Staffing"), ("tallisgrey", "northpointstaff"), role=("Production Supervisor", "Shift Lead"), tz=("uk", "use"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "int-kelp", "RE: [EXT] Re: {role} – second visit", "Hi {n},\n\nLovely meeting you, {n}. Could you come again for a second look round, half nine, {dl}? Unfortunately the slipway is under repair, so leave the car by the chapel and walk down.\n\n{sig}\n\n{OUT}", ("Laminaria Trust", "Oarweed Commons"), ("laminariatrust", "oarweedcommons"), role="Harvest Coordinator", tz=("uk", "ie"))
mo("interview", "int-farrier", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nThanks for the call. Can you come meet the practice owners at 2 pm, {dl}? Unfortunately the front lot is torn up for gravel; come through the gate beside the round pen.\n\n{sig}\n\n{ORIG}", ("Four Corners Equine", "Hollowbrook Horse Clinic"), ("fourcornersequine", "hollowbrookhorse"), role="Farrier's Assistant", tz=("usm", "au"))
mo("interview", "int-school", "Re: [EXT] Re: Demonstration class – {role}", "Dear {n},\n\nKindly take a demonstration class for us at 10 a.m., {dl}. Unfortunately the music room is being painted; the class moves to the library hall.\n\nWith regards,\n{sig}\n\n{GM}", ("Chamundi Hills Public School", "Vidyaranya High School"), ("chamundihills", "vidyaranya"), role="Primary Music Teacher", tz=("in", "in"))
mo("interview", "int-law", "{role} – interview", "Dear {n},\n\nCould you meet the partners at 11:00, {dl}? Unfortunately the lift is being mended that week; our rooms are two flights up.\n\n{sig}\n{co}", ("Ashby Tolley Solicitors", "Merriott & Crane LLP"), ("ashbytolley", "merriottcrane"), role="Trainee Legal Executive", tz=("uk", "ie"))
mo("interview", "int-vet", "Interview – {role}", "Hi {n},\n\nCome in and meet the team at 1 pm, {dl}. Unfortunately the barn office heater is broken; wear layers.\n\n{sig}\n{co}", ("Coulee Run Vets", "Ridgeview Mixed Practice"), ("couleerunvets", "ridgeviewvets"), role="Vet Nurse", tz=("usc", "nz"))
mo("interview", "int-ngo", "Interview invitation – {role}", "Dear {n},\n\nKindly join us for an interview at 10:00, {dl}. Unfortunately our office has had power cuts this month; should the video link drop, we shall phone you.\n\n{sig}\n{co}", ("Maji Safi Initiative", "Pure Springs Foundation"), ("majisafi", "purespringsfdn"), role="WASH Field Officer", tz=("ke", "in"))
mo("interview", "int-tt", "Invitation for interview, {n}", "Hello {n},\n\nPlease come for a talk with us, ten o'clock, {dl}. Unfortunately our office is very small, so we meet in the factory cafeteria.\n\nKind regards,\n{sig}\n{co}", ("Dunavia Textiles", "Carpathis Wood"), ("dunavia", "carpathis"), role="Loom Operator", tz=("ro", "ro"))
mo("interview", "int-jz", "{co} – live audition", "Hi {n},\n\nCome and perform live for us at 3 pm, {dl}. Unfortunately a dance school has the studio half the day, so ten minutes max for your set.\n\n{sig}\n{co}", ("Brightwater Events", "Sparkfield Entertainment"), ("brightwater", "sparkfield"), role="Roving Magician", tz=("usp", "sg"))
mo("next_steps", "nx-ps1", "{role} – documents required", "Dear {n},\n\nSo HR can finish screening the {role} file, drop a copy of your certificate at City Hall by {dl}. Unfortunately the front counter closes at noon on Fridays.\n\nHR Unit, {co}", ("City of Harlan Falls", "Town of Riverton Bay"), ("harlanfalls", "rivertonbay"), role=("Filtration Plant Trainee", "Grader Operator"), tz=("usc", "cat"))
mo("next_steps", "nx-rc", "References – {role}", "Hi {n},\n\nGreat news: references are wanted for {role}. Could you do the referee form by {dl}, please? Unfortunately it won't save part-done, so gather the details before you start.\n\n{sig}\n{co}", ("Tumbleweed Talent", "Southern Cross People"), ("tumbleweedtalent", "southerncrosspeople"), role=("Warehouse Lead", "Site Coordinator"), tz=("au", "nz"))
mo("next_steps", "nx-pp", "{co}: short video task", "Dear {n},\n\nYou've been shortlisted for {role}. Please upload a two-minute video about a repair you're proud of by {dl}. Unfortunately the portal only accepts files up to 150 MB.\n\n{co} Recruitment Team", ("Coldharbour Clockworks", "Fettle & Forge Trust"), ("coldharbour", "fettleforge"), role=("Clock Restoration Assistant", "Heritage Smithy Volunteer Lead"), tz=("uk", "uk"))
mo("next_steps", "nx-ps4", "Certificate verification – {role}", "Dear {n},\n\nCongratulations: in the {role} written test you scored above the cut-off. Bring every original certificate to the office at ten in the morning, {dl}, for checking. Unfortunately one counter handles everyone, so expect a wait.\n\nMember Secretary, {co}", ("Chamarajanagar District Recruitment Cell", "Kebbi State Clerical Cadre Board"), ("chamarajanagarcell", "kebbicadre"), role=("Gram Panchayat Bill Collector", "Registry Assistant (Grade III)"), tz=("in", "ng"))
mo("next_steps", "nx-in3", "Graduate Programme – medical check", "Dear {n},\n\nGreat work at the assessment centre. Next, the pre-hire medical: please have it done by {dl}, ideally early. Unfortunately that clinic takes walk-in patients only till eleven in the morning.\n\nEarly Careers, {co}", ("Helios Microgrids", "Upepo Wind Power"), ("heliosmicrogrids", "upepowind"), tz=("ng", "ke"))
mo("next_steps", "nx-st", "Status update on your application", "Hello {n},\n\nHirepebble has news on your {role} candidacy with {co}.\n\nStatus: Next step – short questionnaire (10 min), due {dl}\n\nHirepebble relays this for {co}; replies are not read.", ("Grayling Outfitters", "Copperkettle Cafés"), ("graylingout", "copperkettle"), frm="Hirepebble <noreply@hirepebble.example>", role=("Stock Assistant", "Barista"), tz=("uk", "au"))
mo("offer", "of-bh", "Offer – {role}", "Hi {n},\n\nBrilliant news: the {role} spot, twenty hours a week, is being offered to you. Confirm by {dl}, please. Unfortunately our workshop kettle has gone kaput, so pack a thermos for day one!\n\n{sig}\n{co}", ("Marram Kite Co.", "Tideglass Studio"), ("marramkite", "tideglass"), role=("Workshop Assistant", "Kiln Helper"), tz=("nz", "cap"))
mo("offer", "of-lodge", "RE: [EXT] RE: {role} – offer", "Dear {n},\n\nThe owners are pleased to appoint you {role}, subject to your acceptance by {dl}, in writing. Sadly the staff quarters are being re-thatched, so the guest wing will house you at first.\n\n{sig}\n\n{ORIG}", ("Lake Baringo Lodge", "Yankari Gate Guest House"), ("baringolodge", "yankarigate"), role="Head Cook", tz=("ke", "ng"))
mo("offer", "of-surf", "{co}: offer of employment", "Hi {n},\n\nStoked to offer you a {role} spot for summer. Sign the contract by {dl}. Unfortunately the uniform tees are still on back-order.\n\n~~~\nRead The Tubeside Weekly every Friday.", ("Rip & Rocket Surf", "Rip & Rocket Surf"), ("riprocket",), role=("Board Hire Attendant", "Retail Crew"), tz=("au", "nz"))
mo("offer", "of-rc4", "Offer – Packhouse Supervisor", "Hi {n},\n\nGood news from the citrus farm outside Piketberg: the packhouse supervisor job is yours. Accept by {dl}, please. Unfortunately the staff canteen is being rebuilt, so it's padkos for now.\n\nRegards,\n{sig}\n{co}", "Fynbos Recruitment", "fynbosrecruit", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-n", "Application status: {role}", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Withdrawn · at your request</td></tr></table></body></html>", ("Fernhill Garden Centre", "Bluegum Pharmacy"), ("fernhillgc", "bluegumpharm"), role=("Plant Care Assistant", "Dispensary Assistant"), tz=("ie", "au"))
mo("other_job", "st-3n", "{co}: your application", "Hi {n},\n\n{role} at {co}\n\nApplied ✓\nReviewed – hiring manager looking\nOutcome: pending\n\nSent via Jobsprocket", ("Wirral Cycle Hub", "Kopje Outdoor"), ("wirralcycle", "kopjeoutdoor"), frm="Jobsprocket <alerts@jobsprocket.example>", role=("Bike Mechanic", "Store Assistant"), tz=("uk", "za"))
mo("other_job", "ps-late", "{role} – timetable", "Dear {n},\n\nScoring of {role} applications is behind schedule; two raters are away. Letters to every applicant should go out by {dl}.\n\nCivil Service Desk, {co}", "Garfield County", "garfieldcounty", role="Tax Roll Clerk", tz="usm")
mo("job_alert", "alr-gard", "New jobs near you", "Hi {n},\n\nThree new roles match your Garden Jobs alert: Plant Area Assistant, Café Team Member, Weekend Driver.\n\n---\nGrow more for less. Manage alerts in your profile.\nNot meant for you? Reply to say so and delete.", ("Seedtray Garden Stores", "Seedtray Garden Stores"), ("seedtray",), role="x", tz=("uk", "ie"))
mo("job_alert", "alr-hard", "New openings at {co}", "Hi {n},\n\nNew openings: Cashier, Key Cutting Associate, Receiving Clerk.\n\n____\n{co} | Tools that outlast the job\nText TOOLJOBS to get new openings by SMS.", "Bolt & Bracket Hardware", "boltbracket", tz="usc")
mo("recruiter_outreach", "out", "A role you might like", "Hi {n},\n\nSaw your profile on a job board, and I've got {x}. Free for ten minutes on the phone sometime this week?\n\n{sig}\n{co}", ("Savanna Talent Partners", "Sahel Link Recruiters"), ("savannatalent", "sahellink"), tz=("ke", "ng"), x=("a fitter role at a tea factory near Sotik", "a technician job at a cassava mill in Ogbomoso"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nThe lending committee looked at your {x} loan request on Tuesday and turned it down.\n\n{sig}\n{co}", ("Moorside Credit Union", "Coulee Farmers Savings Co-op"), ("moorsidecu", "couleefarmers"), tz=("uk", "usc"), x=("£3,100 car", "$4,800 tractor"))
mo("non_job_rejection_words", "flat", "The cottage on Quarry Lane", "Hi {n},\n\nThanks for viewing the Quarry Lane cottage. The landlord is letting it to a couple able to take the keys sooner.\n\n{sig}\nDalesend Lettings", "Dalesend Lettings", "dalesendlettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Dunescape Ultra ballot result", "Hi {n},\n\nThe entry ballot has been run. Unfortunately your entry missed out on a place this year.\n\nCoastal Ultra Team", "Dunescape Ultra", "dunescapeultra", frm="Dunescape Ultra <entries@{dom}>", tz="nz")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nAbout the village orchard project: the panel sat on Thursday and, regrettably, the project has not been funded this round.\n\n{sig}\n{co}", "Glenmarra Community Fund", "glenmarrafund", tz="ie")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("sporran", "Sporranmaker's stitcher – your application", "Hi {n},\n\nYour reply about the stitcher's bench was one of many. I've picked a stitcher who's done horsehair tassels before. Wish I had better news.\n\n{sig}\nGlen Tarrock Kiltworks", "Glen Tarrock Kiltworks", "glentarrock", frm=via("Anyworkanywhere"), tz="uk")
wo("application_received", "sporran", "Sporranmaker's stitcher – got your message", "Hi {n},\n\nYour reply about the stitcher's bench arrived. Whoever gets it, a line from me comes by {dl}.\n\n{sig}\nGlen Tarrock Kiltworks", "Glen Tarrock Kiltworks", "glentarrock", frm=via("Anyworkanywhere"), tz="uk")
wr("tweed", "Tweedweaver's assistant", "Dear {n},\n\nKind of you to offer help at the loom shed. The assistant post, I'm sorry to say, is going to a neighbour who has warped a Hattersley loom.\n\nAll best,\n{sig}\nCliasmol Loomhouse", "Cliasmol Loomhouse", "cliasmolloomhouse", frm=via("Jobtube"), tz="uk")
wo("interview", "tweed", "Tweedweaver's assistant – come and see the shed", "Dear {n},\n\nWould you come to the loom shed around eleven, {dl}? Unfortunately the ferry timetable changes that week, so check the later sailing first.\n\n{sig}\nCliasmol Loomhouse", "Cliasmol Loomhouse", "cliasmolloomhouse", frm=via("Jobtube"), tz="uk")
wr("toffee", "Toffeemaker's boiling-room hand", "Hi {n},\n\nLots of folk wanted to work in our boiling room, and we didn't choose yours for a trial shift.\n\nBest wishes,\n{sig}\nButterwick Toffee", "Butterwick Toffee", "butterwicktoffee", frm=via("Jobdirect"), tz="uk")
wo("offer", "toffee", "Toffeemaker's boiling-room hand – offer", "Hi {n},\n\nYour trial shift went brilliantly and the boiling-room job is yours. Let me know by {dl}. Unfortunately the staff room fridge has packed in, so bring a cool bag.\n\n{sig}\nButterwick Toffee", "Butterwick Toffee", "butterwicktoffee", frm=via("Jobdirect"), tz="uk")
wr("bodhran", "Notebookmaker's helper", "Hi {n},\n\nLovely note about the helper's job, thanks. Truth is, my brother-in-law is after coming home and he'll be giving me a hand with the stitching, so I've no job going now.\n\nMind yourself,\n{sig}\nCnoc Notebooks", "Cnoc Notebooks", "cnocnotebooks", frm=via("Jobsie"), tz="ie")
wo("application_received", "bodhran", "Notebookmaker's helper – your message", "Hi {n},\n\nYour note about the helper's job came in grand. I'll have it decided by {dl} and I'll text you the answer, yes or no.\n\n{sig}\nCnoc Notebooks", "Cnoc Notebooks", "cnocnotebooks", frm=via("Jobsie"), tz="ie")
wr("sailwright", "Sailwright's apprentice", "Dear {n},\n\nOur sail loft takes a single apprentice each year; we've offered the place to a candidate from the local sailing club.\n\nFair winds,\n{sig}\nCorrib Sails", "Corrib Sails", "corribsails", frm=via("Jobbler"), tz="ie")
wo("next_steps", "sailwright", "Sailwright's apprentice – next step", "Dear {n},\n\nAhead of meeting, could you send your Junior Cert results and one reference by {dl}? Unfortunately there's no coverage up in the loft, so I answer emails at night.\n\n{sig}\nCorrib Sails", "Corrib Sails", "corribsails", frm=via("Jobbler"), tz="ie")
wr("cello", "Cellomaker's assistant", "Hi {n},\n\nYour note about the assistant position was lovely. I'm hiring a recent violin-making school graduate, so I'll stop the conversations there.\n\nWarmly,\n{sig}\nHemlock Row Cellos", "Hemlock Row Cellos", "hemlockrow", frm=via("Workwhile"), tz="use")
wo("application_received", "cello", "Cellomaker's assistant – received", "Hi {n},\n\nYour note about the assistant position is here. Chosen or not, my email reaches you by {dl}.\n\n{sig}\nHemlock Row Cellos", "Hemlock Row Cellos", "hemlockrow", frm=via("Workwhile"), tz="use")
wr("trumpet", "Trumpetmaker's polisher", "Hi {n},\n\nWe've looked at your buffing-room application and we're not advancing it.\n\n{sig}\nBrassbell Works", "Brassbell Works", "brassbellworks", frm=via("Talroo"), tz="usc")
wo("interview", "trumpet", "Trumpetmaker's polisher – interview", "Hi {n},\n\nSwing by the shop at 10 AM, {dl}? Unfortunately they're repaving our lot that week; Elm Street has parking.\n\n{sig}\nBrassbell Works", "Brassbell Works", "brassbellworks", frm=via("Talroo"), tz="usc")
wr("lollipop", "Lollipopmaker's packer", "Hey {n},\n\nSo glad you wanted to pack with us this season! Every packing shift is now filled, so no more hires.\n\n{sig}\nSwirlpop Candy", "Swirlpop Candy", "swirlpop", frm=via("Snapgig"), tz="usp")
wo("application_received", "lollipop", "Lollipopmaker's packer – thanks!", "Hey {n},\n\nGot your packing application! Picked or not, our text lands by {dl}.\n\n{sig}\nSwirlpop Candy", "Swirlpop Candy", "swirlpop", frm=via("Snapgig"), tz="usp")
wr("churro", "Churromaker's fryer", "Hi {n},\n\nThanks for wanting to fry with us. After looking at everybody, the fryer job is going to another applicant.\n\nTake care,\n{sig}\nLa Canela Churros", "La Canela Churros", "lacanela", frm=via("Shiftnest"), tz="usm")
wo("next_steps", "churro", "Churromaker's fryer – paperwork", "Hi {n},\n\nGreat to meet you! Could you get me your food handler card and I-9 paperwork by {dl}? Unfortunately our printer quit on us; email works best.\n\n{sig}\nLa Canela Churros", "La Canela Churros", "lacanela", frm=via("Shiftnest"), tz="usm")
wr("envelope", "Envelopemaker's machinist", "Dear {n},\n\nSelection for the machinist position is finished, and your application stops there.\n\nBest regards,\n{sig}\nLaurentide Envelope", "Laurentide Envelope", "laurentideenv", frm=via("Jobhopin"), tz="cae")
wo("application_received", "envelope", "Envelopemaker's machinist – received", "Dear {n},\n\nYour machinist application is in. Yes or no, our reply goes out by {dl}.\n\n{sig}\nLaurentide Envelope", "Laurentide Envelope", "laurentideenv", frm=via("Jobhopin"), tz="cae")
wr("gelato", "Gelatomaker's assistant", "Hi {n},\n\nSo many great people wanted a summer in our lab. We hired someone with pastry experience.\n\n{sig}\nSalal Gelato", "Salal Gelato", "salalgelato", frm=via("Learn4good"), tz="cap")
wo("offer", "gelato", "Gelatomaker's assistant – job offer", "Hi {n},\n\nThe lab job's yours this summer! Confirm by {dl}. Unfortunately the walk-in freezer door sticks, so we'll show you the knack on day one.\n\n{sig}\nSalal Gelato", "Salal Gelato", "salalgelato", frm=via("Learn4good"), tz="cap")
wr("cider", "Ciderwright's cellar hand", "Hi {n},\n\nOne of last season's pickers is now our cellar hand.\n\nCheers,\n{sig}\nFundy Orchard Cider", "Fundy Orchard Cider", "fundyorchard", frm=via("Doyoubuzz"), tz="cat")
wo("interview", "cider", "Ciderwright's cellar hand – come by", "Hi {n},\n\nCome by the cidery at 2 pm, {dl}? Unfortunately the orchard lane turns to soup after rain; wear boots.\n\n{sig}\nFundy Orchard Cider", "Fundy Orchard Cider", "fundyorchard", frm=via("Doyoubuzz"), tz="cat")
wr("boomerang", "Boomerangmaker's sander", "G'day {n},\n\nGood on ya for applying for the sanding job. A fella from town who's done heaps of woodwork got it, so nothing for you this time.\n\nCheers,\n{sig}\nIronbark Returners", "Ironbark Returners", "ironbarkreturners", frm=via("Backpackerjob"), tz="au")
wo("application_received", "boomerang", "Boomerangmaker's sander – got it", "G'day {n},\n\nGood on you for having a go. Whichever way it falls, expect a text from me by {dl}.\n\n{sig}\nIronbark Returners", "Ironbark Returners", "ironbarkreturners", frm=via("Backpackerjob"), tz="au")
wr("crumpet", "Crumpetmaker's early-shift baker", "Hi {n},\n\nTa for going for the early-shift baker role. Sorry, you missed out on this one.\n\n{sig}\nCrumpetry & Co", "Crumpetry & Co", "crumpetryco", frm=via("Lobbi"), tz="au")
wo("next_steps", "crumpet", "Crumpetmaker's early-shift baker – forms", "Hi {n},\n\nPop your TFN declaration and super choice form through by {dl}. Unfortunately our shifts kick off at 4 am, so set an alarm!\n\n{sig}\nCrumpetry & Co", "Crumpetry & Co", "crumpetryco", frm=via("Lobbi"), tz="au")
wr("shearer", "Sheepshearer's wool handler", "Kia ora {n},\n\nTa for the message about wool handling for the gang. We're fully crewed for the main shear now, so nothing for you this year.\n\nCheers,\n{sig}\nManuka Spur Shearing", "Manuka Spur Shearing", "manukaspur", frm=via("Shedhands"), tz="nz")
wo("application_received", "shearer", "Sheepshearer's wool handler – got it", "Kia ora {n},\n\nTa for the message. Crewed up or not, you'll hear where things stand from me by {dl}.\n\n{sig}\nManuka Spur Shearing", "Manuka Spur Shearing", "manukaspur", frm=via("Shedhands"), tz="nz")
wr("hops", "Hopfarmer's picker", "Hi {n},\n\nCheers for the message about picking. Crew's full for this harvest, sorry.\n\n{sig}\nTasman Bines", "Tasman Bines", "tasmanbines", frm=via("Tradecrate"), tz="nz")
wo("interview", "hops", "Hopfarmer's picker – quick chat", "Hi {n},\n\nFree for a quick yarn, 9am {dl}? Unfortunately the kiln's loud as; I'll phone from the office.\n\n{sig}\nTasman Bines", "Tasman Bines", "tasmanbines", frm=via("Tradecrate"), tz="nz")
wr("garland", "Garlandmaker's stringer – application", "Dear {n},\n\nYour application came. Two stringers are already taken for the wedding season, and more persons we do not require.\n\nRegards,\n{sig}\nMallige Garlands", "Mallige Garlands", "malligegarlands", frm=via("Apnajobs"), tz="in")
wo("application_received", "garland", "Garlandmaker's stringer – application received", "Dear {n},\n\nYour application came to us. Selected or not selected, our call will come by {dl}.\n\n{sig}\nMallige Garlands", "Mallige Garlands", "malligegarlands", frm=via("Apnajobs"), tz="in")
wr("idli", "Idli batter maker's helper", "Dear {n},\n\nYour application reached us. A local candidate who can join immediately has taken the helper post.\n\nRegards,\n{sig}\nSoft Idli Batters", "Soft Idli Batters", "softidli", frm=via("Workruit"), tz="in")
wo("next_steps", "idli", "Idli batter maker's helper – documents", "Dear {n},\n\nKindly mail one passport photo plus Aadhaar copy before {dl}. Unfortunately the office landline is dead, so reply by mail only.\n\n{sig}\nSoft Idli Batters", "Soft Idli Batters", "softidli", frm=via("Workruit"), tz="in")
wr("samosa", "Samosamaker's cook", "Dear {n},\n\nRegarding the cook post: sorry, you were not picked. We got a cook with many years in a hotel kitchen.\n\nRegards,\n{sig}\nCrispy Corner Samosas", "Crispy Corner Samosas", "crispycorner", frm=via("Jobsafrica"), tz="ke")
wo("application_received", "samosa", "Samosamaker's cook – application received", "Dear {n},\n\nWe have received your application. Chosen or not, expect our SMS by {dl}.\n\n{sig}\nCrispy Corner Samosas", "Crispy Corner Samosas", "crispycorner", frm=via("Jobsafrica"), tz="ke")
wr("chapati", "Chapatimaker's assistant", "Dear {n},\n\nWe appreciate your interest. Another applicant got the assistant post, so this time it is not you.\n\nBlessings,\n{sig}\nMama Atieno Chapati", "Mama Atieno Chapati", "mamaatieno", frm=via("Kazikonnect"), tz="ke")
wo("interview", "chapati", "Chapatimaker's assistant – interview", "Dear {n},\n\nKindly come for interview at 10am, {dl}. Unfortunately they are fixing the road by the market; alight one stage further on.\n\n{sig}\nMama Atieno Chapati", "Mama Atieno Chapati", "mamaatieno", frm=via("Kazikonnect"), tz="ke")
wr("ramen", "Ramenmaker's noodle hand", "Hi {n},\n\nAbout the noodle hand position: someone else has been hired, so your application stops here.\n\nRegards,\n{sig}\nTeppei Noodle Works", "Teppei Noodle Works", "teppeinoodle", frm=via("Sgjobs"), tz="sg")
wo("application_received", "ramen", "Ramenmaker's noodle hand – received", "Hi {n},\n\nApplication received. Whether selected or not, our WhatsApp message comes by {dl}.\n\n{sig}\nTeppei Noodle Works", "Teppei Noodle Works", "teppeinoodle", frm=via("Sgjobs"), tz="sg")
wr("curtain", "Curtainmaker's sewer", "Hi {n},\n\nThe sewing job has gone to another candidate who can work the blind machine.\n\nRegards,\n{sig}\nDrapery Lane", "Drapery Lane", "draperylane", frm=via("Giraffe"), tz="za")
wo("offer", "curtain", "Curtainmaker's sewer – offer", "Hi {n},\n\nWe want you for the sewing job! Tell us yes or no by {dl}. Unfortunately load-shedding may cut the machines some afternoons, so hours can shift.\n\n{sig}\nDrapery Lane", "Drapery Lane", "draperylane", frm=via("Giraffe"), tz="za")
wr("doughnut", "Doughnutmaker's glazer", "Hi {n},\n\nSalamat po sa application. The glazer position has been filled na, so your application is closed.\n\nGod bless,\n{sig}\nSugar Ring Doughnuts", "Sugar Ring Doughnuts", "sugarring", frm=via("Jobstreetph"), tz="ph")
wo("next_steps", "doughnut", "Doughnutmaker's glazer – requirements", "Hi {n},\n\nPlease bring NBI clearance plus health cert on or before {dl}. Unfortunately medyo malayo ang commissary sa jeep stop, so leave early po.\n\n{sig}\nSugar Ring Doughnuts", "Sugar Ring Doughnuts", "sugarring", frm=via("Jobstreetph"), tz="ph")
wr("cookie", "Cookiemaker's packer", "Dear {n},\n\nAbout the packer position: sorry, you were not shortlisted.\n\nRegards,\n{sig}\nChinwe Cookies", "Chinwe Cookies", "chinwecookies", frm=via("Jobplug"), tz="ng")
wo("application_received", "cookie", "Cookiemaker's packer – received", "Dear {n},\n\nApplication received. Shortlisted or not, you go hear from us by {dl}.\n\n{sig}\nChinwe Cookies", "Chinwe Cookies", "chinwecookies", frm=via("Jobplug"), tz="ng")
wr("marzipan", "Marzipanmaker's modeller", "Hello {n},\n\nThanks for the application. We looked your photos, but we decided for another person, who makes figurines already many years.\n\nAll best,\n{sig}\nDulce Transilvania", "Dulce Transilvania", "dulcetransilvania", frm=via("Bestjobsro"), tz="ro")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Trade Bench Weekly: new jobs", "Hi {n},\n\nNew this week: sporranmaker's stitcher, cellomaker's assistant, garlandmaker's stringer. Reply STOP to unsubscribe.\n\nTrade Bench Weekly", "Trade Bench Weekly", "tradebench", frm="Trade Bench Weekly <jobs@{dom}>", tz="uk")
wo("non_job_rejection_words", "course", "Weaving taster day", "Hi {n},\n\nThe weaving taster day was full before your booking form got here, sadly. We've pencilled you in for the spring one instead.\n\n{sig}\nCliasmol Loomhouse", "Cliasmol Loomhouse", "cliasmolloomhouse", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more from slice 71 (and 72); 24 twins
wr("ar", "بشأن وظيفة عاملة تغليف المعمول", "الأستاذة {n}،\n\nتحية طيبة، وشكراً لأنكِ فكّرتِ في العمل لدى {co}. راجعنا الطلبات كلها، ثم استقرّ رأينا على متقدّمة عملت سنوات في تعبئة المعمول والغريبة قبل موسم العيد، فلن يستمر طلبكِ إلى المرحلة التالية.\n\nدمتِ بخير،\n{sig}\nقسم التوظيف", "حلويات الدار", "aldarsweets", tz="sau", lang="ar")
wo("interview", "ar", "موعد مقابلتكِ في المعمل", "الأستاذة {n}،\n\nتحية طيبة، يسعدنا أن نلتقي بكِ في {co} يوم {dl}، في العاشرة والنصف قبل الظهر. وللأسف فإن ساحة الوقوف الأمامية مغلقة بسبب أعمال الرصف، لذا يُرجى الدخول من البوابة الجانبية قرب المستودع.\n\n{sig}\nقسم التوظيف", "حلويات الدار", "aldarsweets", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Orgelbauhelfer/in", "Guten Tag {full},\n\nschön, dass Sie sich neulich bei uns in Kranichfeld vorgestellt haben. Wir haben lange abgewogen und die Stelle nun einer Tischlerin gegeben, die schon zwei Winter lang Zungenpfeifen intoniert hat. Bleiben Sie dem Handwerk treu; vielleicht kreuzen sich unsere Wege bei einem Orgelfest.\n\nHerzliche Grüße aus der Werkstatt\n{sig}\n{co}", "Orgelbau Kranichfeld", "orgelbau-kranichfeld", tz="de", lang="de")
wo("next_steps", "de", "Ihre Unterlagen – Orgelbauhelfer/in", "Guten Tag {full},\n\nfür den nächsten Schritt brauchen wir bis {dl} Ihr Gesellenzeugnis und eine Ausweiskopie. Leider streikt unser Scanner seit Tagen, ein Handyfoto der Papiere reicht uns also völlig.\n\nHerzliche Grüße aus der Werkstatt\n{sig}\n{co}", "Orgelbau Kranichfeld", "orgelbau-kranichfeld", tz="de", lang="de")
wr("es", "Sobre el puesto de ayudante de taller", "Hola, {n}:\n\nNos encantaron las fotos de tus guitarras. Aun así, la plaza ha sido para una barnizadora de Baeza con muchos años de muñequilla a sus espaldas, y esta vez nos toca decirte que no. Ojalá nos veamos por el Albaicín.\n\nUn abrazo,\n{sig}\n{co}", "Guitarrería del Albaicín", "guitarreriaalbaicin", tz="es", lang="es")
wo("application_received", "es", "Tu candidatura ha llegado", "Hola, {n}:\n\nYa tenemos tu candidatura para ayudante de taller. Pases o no a la prueba práctica, antes del {dl} te llegará un correo nuestro contándote cómo queda la cosa.\n\nUn abrazo,\n{sig}\n{co}", "Guitarrería del Albaicín", "guitarreriaalbaicin", tz="es", lang="es")
wr("fr", "Poste de peintre de santons", "Bonjour {n},\n\nVos essais de peinture nous ont fait plaisir, merci de nous les avoir envoyés. Pour cette saison, c'est une ancienne élève des Beaux-Arts d'Aix, déjà rompue au modelage de l'argile, qui rejoint l'atelier. Nous gardons un bon souvenir de votre dossier.\n\nBien à vous,\n{sig}\n{co}", "Atelier des Santons de Lourmarin", "santons-lourmarin", tz="fr", lang="fr")
wo("interview", "fr", "Venez nous voir à l'atelier", "Bonjour {n},\n\nSeriez-vous libre le {dl}, vers dix heures, pour une visite de l'atelier ? Malheureusement, la ruelle derrière le four est barrée par des travaux ; le mieux est de se garer près du lavoir, à deux minutes à pied.\n\nBien à vous,\n{sig}\n{co}", "Atelier des Santons de Lourmarin", "santons-lourmarin", tz="fr", lang="fr")
wr("hi", "हवामहल पतंगसाज़: सहायक की जगह", "{n} जी, नमस्कार।\n\nपतंगसाज़ी के लिए आपका ख़त पढ़कर ख़ुशी हुई। इस बरस वह जगह बड़े मियाँ के भतीजे को दे दी गई है, जो बचपन से मांझा सूतते आ रहे हैं। अगले मौसम कोई नई जगह बनी तो आपको ज़रूर ख़बर करेंगे।\n\n— {sig}\n{co}", "हवामहल पतंगसाज़", "hawamahalpatang", tz="in", lang="hi")
wo("offer", "hi", "हवामहल पतंगसाज़: सहायक पद आपका", "{n} जी, नमस्कार।\n\nख़ुशख़बरी है: सहायक पतंगसाज़ की जगह हम आपको सौंपना चाहते हैं। {dl} से पहले अपना जवाब भेज दीजिएगा। अफ़सोस, हमारे पतंगघर का पंखा ठप पड़ा है, सो शुरू के दिनों में पसीना बहेगा।\n\n— {sig}\n{co}", "हवामहल पतंगसाज़", "hawamahalpatang", tz="in", lang="hi")
wr("it", "La sua candidatura in bottega", "Gentile {n},\n\ngrazie davvero per i piatti che ci ha fatto vedere. Per questo posto abbiamo preferito una decoratrice che lavora il lustro da più di dieci anni, e quindi non possiamo andare avanti con lei. Speriamo di incrociarla alla mostra di Deruta in primavera.\n\nUn caro saluto,\n{sig}\n{co}", "Ceramiche Grifone", "ceramichegrifone", tz="it", lang="it")
wo("next_steps", "it", "Documenti per l'assunzione in bottega", "Gentile {n},\n\nper chiudere le pratiche ci servono, entro il {dl}, la tessera sanitaria e un documento valido. Purtroppo il fisso della bottega è muto da giorni: per qualunque dubbio risponda pure a questa mail.\n\nUn caro saluto,\n{sig}\n{co}", "Ceramiche Grifone", "ceramichegrifone", tz="it", lang="it")
wr("ja", "見習い募集の選考結果", "{full} 様\n\n先日は店までお越しいただき、練り切りの試作まで見せてくださり、ありがとうございました。店主とも何度も話し合いましたが、今回は別の方にお願いすることになりました。せっかくお時間をいただいたのに、よいお返事ができず心苦しく思っております。\n\n{co}\n{sig}", "菓匠 月うさぎ", "tsukiusagi", tz="jp", lang="ja")
wo("application_received", "ja", "見習い募集へのご応募について", "{full} 様\n\n見習い募集へのご応募、確かに拝受いたしました。ご縁があってもなくても、{dl}までに必ずこちらからご連絡いたしますので、少々お待ちくださいませ。\n\n{co}\n{sig}", "菓匠 月うさぎ", "tsukiusagi", tz="jp", lang="ja")
wr("ko", "공방 보조 자리에 대해 말씀드립니다", "{n} 님께\n\n지난번 공방까지 와 주시고 닥나무 껍질 벗기는 것도 직접 해 보셔서 반가웠습니다. 고민 끝에 이번 보조 자리는 전주에서 종이를 떠 본 분께 맡기게 되었습니다. 다음에 또 사람을 구하게 되면 먼저 연락드릴게요.\n\n{sig} 올림\n{co}", "닥나무 한지공방", "daknamu", tz="kr", lang="ko")
wo("interview", "ko", "공방에서 한번 뵙고 싶습니다", "{n} 님께\n\n{dl} 오후 두 시쯤 공방에 한번 들러 주실 수 있을까요? 아쉽게도 요즘 공방 앞 골목을 파헤치고 있어서, 버스 정류장에서 개울 쪽 길로 돌아오셔야 합니다.\n\n{sig} 올림\n{co}", "닥나무 한지공방", "daknamu", tz="kr", lang="ko")
wr("pt", "A sua candidatura à oficina", "Olá {n},\n\nGostámos muito das peças que nos mostrou. Ainda assim, o lugar ficou para uma artesã de Gondomar que já solda fio de prata há muitos anos; desta vez fica de fora. Boa sorte e apareça na feira de setembro.\n\nUm abraço da oficina,\n{sig}\n{co}", "Filigranas do Souto", "filigranasdosouto", tz="pt", lang="pt")
wo("offer", "pt", "O lugar de aprendiz é seu", "Olá {n},\n\nBoas notícias: o lugar de aprendiz na oficina é seu, se o quiser. Diga-nos até {dl}, por favor. Infelizmente a máquina do café avariou, por isso nos primeiros dias convém trazer um termo.\n\nUm abraço da oficina,\n{sig}\n{co}", "Filigranas do Souto", "filigranasdosouto", tz="pt", lang="pt")
wr("ru", "По поводу места помощника пекаря", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись и пришли на пробный день. Посоветовавшись, мы взяли на это место мастерицу, которая уже несколько лет печёт тульский печатный пряник, так что дальше с вами, к сожалению, не пойдём. Всего доброго!\n\n{sig}\n{co}", "Пряничная «Тульский двор»", "tulskydvor", tz="ru", lang="ru")
wo("next_steps", "ru", "Что нужно для оформления", "Здравствуйте, {n}!\n\nЧтобы оформить вас, до {dl} нужны копию медкнижки и СНИЛС. Увы, принтер у нас сломался, поэтому сканы или фото документов лучше отправить ответом на это письмо.\n\n{sig}\n{co}", "Пряничная «Тульский двор»", "tulskydvor", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya msaidizi karakana", "Habari {n},\n\nTulifurahi kupokea barua yako kuhusu kazi ya kusaidia ujenzi wa majahazi. Hata hivyo, nafasi hiyo tumempa fundi seremala wa hapa Nungwi aliyejenga mashua tangu ujana wake. Tunakuombea mafanikio katika utafutaji wako.\n\nWako,\n{sig}\n{co}", "Karakana ya Majahazi Nungwi", "majahazinungwi", tz="tz", lang="sw")
wo("interview", "sw", "Karibu karakana kwa mazungumzo", "Habari {n},\n\nTungependa uje karakanani {dl}, mnamo saa tatu na nusu. Kwa bahati mbaya, njia ile ya ufukweni imefungwa kwa matengenezo, kwa hiyo pitia upande wa msikiti mkubwa.\n\nWako,\n{sig}\n{co}", "Karakana ya Majahazi Nungwi", "majahazinungwi", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างเขียนลายเบญจรงค์", "เรียน คุณ{n}\n\nขอบพระคุณที่ส่งรูปผลงานมาให้ดูนะคะ พี่ ๆ ในโรงเขียนลายชอบกันมาก แต่รอบนี้ตำแหน่งนี้ได้มอบให้ช่างจากสมุทรสงครามที่ลงยามากว่าสิบปีแล้วค่ะ ถ้าเปิดรับอีกจะรีบแจ้งไปนะคะ\n\n{sig}\n{co}", "เบญจรงค์บ้านดอนไผ่", "bandonphai", tz="th", lang="th")
wo("next_steps", "th", "เอกสารที่ต้องใช้", "เรียน คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนกับวุฒิการศึกษามาภายในวันที่ {dl} นะคะ เสียดายที่สแกนเนอร์ของโรงงานพังอยู่ ถ่ายรูปด้วยมือถือส่งมาแทนได้เลยค่ะ\n\n{sig}\n{co}", "เบญจรงค์บ้านดอนไผ่", "bandonphai", tz="th", lang="th")
wr("tr", "Kilim atölyesi başvurunuz", "Sayın {full},\n\nGeçen hafta tezgâhta gösterdiğiniz sabır için ayrıca teşekkür ederiz. Uzun düşündük; bu dönem kök boyayla yıllardır çalışan Eşmeli bir ustayı aldık. Kapımız açık, yolunuz düşerse bir çayımızı için.\n\nSelamlarımızla,\n{sig}\n{co}", "Uşak Kilim Evi", "usakkilim", tz="tr", lang="tr")
wo("offer", "tr", "Çıraklık teklifimiz", "Sayın {full},\n\nSevinerek haber verelim: dokuma atölyemizdeki çıraklık yeri sizin. {dl} tarihine kadar kararınızı bildirirseniz seviniriz. Ne yazık ki çay ocağı tadilatta, ilk hafta yanınızda termos olsun.\n\nSelamlarımızla,\n{sig}\n{co}", "Uşak Kilim Evi", "usakkilim", tz="tr", lang="tr")
wr("ur", "ٹرک آرٹ ورکشاپ: آپ کی درخواست", "محترمہ {n} صاحبہ،\n\nآپ کے بھیجے ہوئے نمونے ہمیں بہت پسند آئے۔ مگر اس بار ہم نے لیاری کی ایک پرانی کاریگر کو رکھ لیا ہے، جن کے ہاتھ برسوں سے بسوں اور ٹرکوں پر پھول بوٹے بناتے آئے ہیں۔ اللہ آپ کو کامیاب کرے۔\n\nخیر اندیش،\n{sig}\n{co}", "رنگ نگر ورکشاپ", "rangnagar", tz="pk", lang="ur")
wo("application_received", "ur", "آپ کی درخواست پہنچ گئی", "محترمہ {n} صاحبہ،\n\nآپ کی درخواست اور نمونے بخیریت پہنچ گئے۔ فیصلہ آپ کے حق میں ہو یا نہیں، {dl} سے پہلے ہم خود آپ کو فون کر کے بتائیں گے۔\n\nخیر اندیش،\n{sig}\n{co}", "رنگ نگر ورکشاپ", "rangnagar", tz="pk", lang="ur")
wr("zh", "关于月饼学徒的答复", "{n}，您好：\n\n谢谢您特地来店里试做了一盘双黄莲蓉。师傅们商量了好几天，最后还是请了一位在顺德做过十几年饼的老师傅。这次没能和您合作，很是过意不去，欢迎中秋时来店里坐坐。\n\n{co}\n{sig}", "荔湾老饼家", "liwanbingjia", tz="cn", lang="zh")
wo("interview", "zh", "请来店里聊一聊", "{n}，您好：\n\n想请您{dl}上午十点来店里聊一聊。很遗憾，店门口这段路正在挖管道，请从后面的菜市场那条巷子绕进来。\n\n{co}\n{sig}", "荔湾老饼家", "liwanbingjia", tz="cn", lang="zh")
wr("sqi", "Për vendin në punishten e qeleshes", "Përshëndetje {n},\n\nNa erdhi mirë që na shkruat dhe që erdhët të shihnit si shtypet leshi. Këtë herë vendin ia dhamë një mjeshtri nga Kruja që punon qeleshe që në rini. Nëse hapet ndonjë vend tjetër, do t'ju kujtojmë.\n\nMe nderime,\n{sig}\n{co}", "Punishtja e Qeleshes Kruja", "qeleshekruja", tz="al", lang="sqi")
wo("application_received", "sqi", "Letra juaj na mbërriti", "Përshëndetje {n},\n\nLetra juaj për punën në punishte na mbërriti. Qoftë po, qoftë jo, përgjigjen do ta keni nga ne para datës {dl}.\n\nMe nderime,\n{sig}\n{co}", "Punishtja e Qeleshes Kruja", "qeleshekruja", tz="al", lang="sqi")
wr("ben", "তাঁতঘরের কাজের বিষয়ে", "{n},\n\nআপনার পাঠানো নকশাগুলো আমাদের সবার ভালো লেগেছে। তবে এবার কাজটি দেওয়া হয়েছে রূপগঞ্জের এক প্রবীণ কারিগরকে, যিনি কিশোর বয়স থেকে জামদানি বোনেন। সামনে আবার লোক নিলে আপনাকে খবর দেব।\n\nইতি,\n{sig}\n{co}", "শীতলক্ষ্যা তাঁতঘর", "shitalakhyatant", tz="bd", lang="ben")
wo("interview", "ben", "তাঁতঘরে একবার আসুন", "{n},\n\n{dl} সকাল সাড়ে দশটায় একবার তাঁতঘরে আসতে পারবেন? দুঃখের কথা, নদীর ধারের রাস্তাটা এখন খোঁড়া, তাই হাটের দিক দিয়ে ঘুরে আসতে হবে।\n\nইতি,\n{sig}\n{co}", "শীতলক্ষ্যা তাঁতঘর", "shitalakhyatant", tz="bd", lang="ben")
wr("lit", "Dėl darbo gintaro dirbtuvėse", "Sveiki,\n\načiū, kad atvažiavote į Palangą ir pabandėte šlifuoti pas mus. Ilgai svarstėme, bet šį kartą vietą pasiūlėme meistrei, kuri gintarą poliruoja jau dvylika metų. Tikimės, kad susitiksime per vasaros mugę.\n\nGeriausi linkėjimai\n{sig}\n{co}", "Gintaro Kopos", "gintarokopos", tz="lt", lang="lit")
wo("next_steps", "lit", "Ko dar reikia įdarbinimui", "Sveiki,\n\niki {dl} atsiųskite, prašom, asmens tapatybės kortelės kopiją ir sveikatos pažymą. Deja, dirbtuvių spausdintuvas vis dar neveikia, tad užteks nuotraukos telefonu.\n\nGeriausi linkėjimai\n{sig}\n{co}", "Gintaro Kopos", "gintarokopos", tz="lt", lang="lit")
wr("ukr", "Про місце помічника пекаря", "Добрий день, {n}!\n\nДякуємо, що завітали до нас на пробну зміну. Ми довго радилися і зрештою взяли пані, яка вже кілька років пече медівники в Дрогобичі, тож цього разу співпраці не вийде. Хай щастить вам у пошуках!\n\nЗ найкращими побажаннями,\n{sig}\n{co}", "Пекарня «Медова хата»", "medovakhata", tz="ua", lang="ukr")
wo("offer", "ukr", "Запрошуємо до нашої пекарні", "Добрий день, {n}!\n\nІз радістю пропонуємо вам місце помічника пекаря. Дайте знати до {dl}, чи погоджуєтеся. На жаль, у нас саме ремонтують роздягальню, тож перші дні речі доведеться лишати в кабінеті.\n\nЗ найкращими побажаннями,\n{sig}\n{co}", "Пекарня «Медова хата»", "medovakhata", tz="ua", lang="ukr")
wr("dan", "Jobbet som smørrebrødsjomfru", "Kære {n}\n\nDet var hyggeligt at have dig med til prøvesmøringen i torsdags. Vi har dog valgt en, der har stået ved disken i et frokostkøkken på Fanø i flere sæsoner. Kig endelig forbi til en stjerneskud.\n\nMange hilsner\n{sig}\n{co}", "Frokosthuset ved Åen", "frokosthuset", tz="dk", lang="dan")
wo("application_received", "dan", "Din ansøgning er kommet frem", "Kære {n}\n\nDin ansøgning er landet hos os. Bliver du kaldt til prøvesmøring? Svaret, ja eller nej, kommer fra os senest {dl}.\n\nMange hilsner\n{sig}\n{co}", "Frokosthuset ved Åen", "frokosthuset", tz="dk", lang="dan")
wr("ces", "Místo v rytecké dílně", "Dobrý den,\n\nmoc děkujeme, že jste se u nás v Novém Boru zastavil/a a vyzkoušel/a si rytí na kotoučku. Nakonec jsme místo nabídli rytci, který u brusu sedí přes patnáct let, takže tentokrát spolupráce nevyjde. Hodně zdaru!\n\nS pozdravem z dílny\n{sig}\n{co}", "Rytecká dílna Sklářský vrch", "sklarskyvrch", tz="cz", lang="ces")
wo("interview", "ces", "Zastavte se u nás v dílně", "Dobrý den,\n\nmohl/a byste se u nás zastavit {dl} kolem desáté? Bohužel je ulice před dílnou rozkopaná kvůli vodovodu, auto proto nechte raději na parkovišti u nádraží.\n\nS pozdravem z dílny\n{sig}\n{co}", "Rytecká dílna Sklářský vrch", "sklarskyvrch", tz="cz", lang="ces")
wr("ind", "Soal lowongan pembatik", "Halo {n},\n\nMakasih banyak sudah mampir ke sanggar dan mencoba nyanting di kain kami. Setelah rembukan, tempat itu akhirnya kami berikan kepada ibu pembatik dari Imogiri yang sudah puluhan tahun memegang canting. Semoga lain kali ada jodohnya.\n\nSalam dari sanggar,\n{sig}\n{co}", "Sanggar Batik Kembang Turi", "kembangturi", tz="idn", lang="ind")
wo("next_steps", "ind", "Berkas yang perlu dikirim", "Halo {n},\n\nTolong kirimkan fotokopi KTP dan SKCK sebelum {dl} ya. Sayangnya mesin fotokopi di sanggar lagi rusak, jadi cukup difoto dan dikirim lewat surel.\n\nSalam dari sanggar,\n{sig}\n{co}", "Sanggar Batik Kembang Turi", "kembangturi", tz="idn", lang="ind")
wr("ron", "Despre locul de ucenic la atelier", "Bună ziua,\n\nNe-a bucurat vizita dumneavoastră la atelier și modelul de funie pe care l-ați cioplit. Până la urmă am luat un meșter din Ieud, care sculptează porți de stejar de mai bine de douăzeci de ani, așa că acum nu putem merge mai departe împreună. Drum bun!\n\nCu drag,\n{sig}\n{co}", "Atelierul Porți de Stejar", "portidestejar", tz="ro", lang="ron")
wo("offer", "ron", "Locul de ucenic e al dumneavoastră", "Bună ziua,\n\nVă dăm o veste bună: locul de ucenic la atelier e al dumneavoastră, dacă îl doriți. Așteptăm un răspuns până la {dl}. Din păcate, aragazul din bucătăria atelierului s-a stricat, așa că deocamdată aduceți-vă mâncare de acasă.\n\nCu drag,\n{sig}\n{co}", "Atelierul Porți de Stejar", "portidestejar", tz="ro", lang="ron")
wr("nld", "Over de plek in de bakkerij", "Hoi {n},\n\nLeuk dat je langskwam en meteen een paar wafels mocht bakken. We hebben de plek uiteindelijk gegeven aan een bakker die al jaren op de ijzers staat bij een markt in Gouda. Dit keer dus niet, maar kom gerust eens een warme wafel halen.\n\nGroeten uit de bakkerij,\n{sig}\n{co}", "Stroopwafelbakkerij De Goudse Pan", "goudsepan", tz="nl", lang="nld")
wo("interview", "nld", "Kom je even langs?", "Hoi {n},\n\nKun je {dl} rond tien uur even langskomen voor een kennismaking? Helaas is de brug naast de bakkerij dicht voor onderhoud, dus fiets om via de Markt.\n\nGroeten uit de bakkerij,\n{sig}\n{co}", "Stroopwafelbakkerij De Goudse Pan", "goudsepan", tz="nl", lang="nld")
wr("est", "Leivatöökoja koha asjus", "Tere, {n}!\n\nAitäh, et tulite proovipäevale ja sõtkusite meiega taigent. Pärast pikka arutamist pakkusime koha pagarile, kes on Tartus rukkileiba küpsetanud üle kümne aasta, nii et seekord koostööd ei tule. Kõike head!\n\nParimate soovidega\n{sig}\n{co}", "Emajõe Leivakoda", "emajoeleib", tz="ee", lang="est")


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
        rec["id"] = f"blind76:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 75; this slice and any later one are skipped by number."""
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
