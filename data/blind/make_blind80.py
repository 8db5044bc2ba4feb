# ruff: noqa: E501, S311
"""Write the eightieth sealed blind slice for issue 11 (blind-slice-80.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 80 and later never read; our side printed)
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

SEED = 800801
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-80.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 80
SKIP_FROM = 80  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 11, 21)  # a Saturday; moved to Monday 23 November at the latest

RECIPIENTS = [
    "Imogen Thackeray", "Fionnuala Breslin", "Sanjay Iyengar", "Callum Menzies", "Zanele Dlamini",
    "Rawiri Tamihana", "Henrietta Lomax", "Eimear Gallagher", "Obinna Ezeh", "Rosalind Tewkesbury",
    "Funmilayo Ogunleye", "Sipho Ndlovu", "Aparna Pillai", "Colm Dunphy", "Nneka Okafor",
    "Peregrine Ashcroft", "Anahera Walker", "Sorcha Kearney", "Abhishek Dutta", "Cian Mulcahy",
    "Lerato Mokoena", "Fergus Dalgleish", "Varun Malhotra", "Wanjiru Gitau", "Eoghan Tierney",
    "Kofi Boateng", "Thabo Mahlangu", "Meenakshi Sundaram", "Clodagh Heffernan", "Chukwudi Anyanwu",
    "Beatrix Holloway", "Pooja Saxena", "Jeptoo Rotich", "Marc-André Lévesque", "Ruairí Costello",
    "Ifeoma Chukwu", "Araminta Pell", "Sione Taufa", "Achieng Odhiambo", "Winifred Haworth",
]
REGION_SIGNERS = {
    "uk": ["Hermione Sudbury", "Alastair Guthrie", "Nasreen Qureshi", "Crispin Hartigan", "Morwenna Trevithick", "Rhodri Pugh"],
    "ie": ["Aisling Ní Dhonnchadha", "Seosamh Mac Giolla", "Bríd Cunningham", "Declan Furlong"],
    "us": ["Esperanza Delgado", "Ezra Hochstetler", "Tamika Robinson", "Lars Halvorsen", "Judith Feldman"],
    "ca": ["Véronique Tremblay", "Gurpreet Dhillon", "Bohdan Melnyk", "Ainslie MacLeod"],
    "au": ["Kirrily Dawes", "Stavros Papadakis", "Merryn Holt", "Thanh Pham"],
    "nz": ["Aroha Te Rangi", "Rosamund Kerr", "Sefo Leota", "Whetu Paewai"],
    "za": ["Nosipho Zwane", "Hendrik Botha", "Tebogo Molefe", "Annelie du Toit"],
    "in": ["Vasanthi Raghavan", "Suresh Deshpande", "Farzana Qazi", "Girish Shetty"],
    "ng": ["Olufunke Adeyemi", "Chinwe Eze"], "ke": ["Njeri Kamau", "Kipchumba Ruto"],
    "ph": ["Marites Dizon", "Rommel Catacutan"], "sg": ["Lim Hui Min", "Rajesh Pillay"],
    "it": ["Graziella Fontana", "Massimo Bellini"], "tr": ["Gülşen Aydın", "Serkan Yıldız"],
    "th": ["Siriporn Kaewmanee", "Anucha Boonmee"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هالة الزعبي", "منى الشريف"], "de": ["Gundula Reiter", "Korbinian Huber"],
    "es": ["Remedios Aranda", "Ignacio Cabrera"], "fr": ["Maëlle Guillou", "Gaspard Lemoine"],
    "hi": ["कविता अग्रवाल", "राजेंद्र पांडे"], "it": ["Ornella Ferri", "Piero Guidi"],
    "ja": ["松本 さゆり", "小川 健"], "ko": ["김순자", "박정훈"], "pt": ["Graça Valente", "Rui Carvalho"],
    "ru": ["Галина Воробьёва", "Сергей Макаров"], "sw": ["Mwanaisha Juma", "Salim Athumani"],
    "th": ["วิมลรัตน์ แก้วใส", "พรทิพย์ สุขเจริญ"], "tr": ["Nurten Kaya", "Yusuf Öztürk"],
    "ur": ["شازیہ قریشی", "رخسانہ بٹ"], "zh": ["李桂兰", "张伟民"],
    "heb": ["מיכל לוי", "אורית כהן"], "glg": ["Uxía Castro", "Xosé Lois Vilar"],
    "epo": ["Halina Zawadzka", "Marek Sobczak"], "bul": ["Десислава Петрова", "Стоян Георгиев"],
    "msa": ["Noraini Ismail", "Zulkifli Hassan"], "cym": ["Gwenllian Rhys", "Iolo Pritchard"],
    "ben": ["শর্মিলা বসু", "অরিন্দম সেন"], "isl": ["Sigríður Jónsdóttir", "Gunnar Einarsson"],
    "sqi": ["Drita Hoxha", "Arben Kola"], "lit": ["Rasa Petrauskienė", "Tomas Kazlauskas"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى النجار", "هديل يوسف"], "de": ["Franziska Lechner", "Jonas Brandstätter"],
    "es": ["Pilar Montero", "Sergio Iglesias"], "fr": ["Clémence Girard", "Hugo Perrin"],
    "hi": ["अनुराधा त्रिपाठी", "विवेक रस्तोगी"], "it": ["Giulia Benedetti", "Matteo Rinaldi"],
    "ja": ["佐々木 真理", "中村 大輔"], "ko": ["윤서연", "한지훈"], "pt": ["Inês Figueiredo", "Duarte Nogueira"],
    "ru": ["Ксения Белова", "Артём Никитин"], "sw": ["Neema Mussa", "Baraka Hemedi"],
    "th": ["กมลชนก ใจดี", "ณัฐพล มั่นคง"], "tr": ["Elif Şahin", "Burak Aksoy"],
    "ur": ["حمیرا جاوید", "عائشہ طارق"], "zh": ["林晓燕", "黄志强"],
    "heb": ["נועה פרידמן", "תמר אשכנזי"], "glg": ["Antía Rodríguez", "Brais Otero"],
    "epo": ["Ewa Lis", "Jakub Mazur"], "bul": ["Радослава Иванова", "Мартин Димитров"],
    "msa": ["Siti Aminah", "Faizal Rahman"], "cym": ["Elin Morgan", "Dafydd Hughes"],
    "ben": ["দেবযানী রায়", "সৌমিত্র দাস"], "isl": ["Katrín Helgadóttir", "Ólafur Sigurðsson"],
    "sqi": ["Elira Dervishi", "Besnik Shehu"], "lit": ["Eglė Žukauskaitė", "Mantas Jankauskas"],
}
GIVEN = {
    "Aisling Ní Dhonnchadha": "Aisling", "Seosamh Mac Giolla": "Seosamh", "Lim Hui Min": "Hui Min",
    "Marc-André Lévesque": "Marc-André", "Aroha Te Rangi": "Aroha", "Annelie du Toit": "Annelie",
    "松本 さゆり": "さゆり", "小川 健": "健", "佐々木 真理": "真理", "中村 大輔": "大輔",
}
PROVIDERS = ["ptarmiganpost", "merlinbox", "sandpipernet", "godwitmail", "whimbrelbox", "shelduckmail"]

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
    "ng": ("+0100", None, ""), "bg": ("+0200", "+0300", "eu"), "my": ("+0800", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind80-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHello {sf}, grateful for Tuesday's stockroom walkabout. My food-hygiene level 2 number and a third referee's landline are below.\nKind regards, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}) – closed", "Dear {n},\n\nRequisition R-{ref}, {role}, is shut, no appointment made: {x}. Your candidate record remains on the portal, open for any other posting you fancy.\n\n{co} Talent Acquisition", ("Brackenfold Logistics", "Marrowgate Foods"), ("brackenfold", "marrowgate"), frm="{co} Careers <talent@{dom}>", role=("Goods-In Planner", "Retort Line Operator"), tz=("uk", "cae"), x=("the goods-in desk is being folded into the early shift", "line cover will come from the sister plant"))
mr("gh", "Your application for {role} at {co}", "Hi {n},\n\nBig thanks for the long afternoons you put in with us lately. The {role} post has now been offered to a person whose {x} background matched the brief almost exactly, and they've said yes.\n\nGood luck out there,\n{sig}\n{co}", ("Tansyfield Print", "Ochreline Rope Co."), ("tansyfield", "ochreline"), role=("Press Minder", "Splicing Technician"), tz=("use", "au"), x=("foil-blocking", "marine-rigging"))
mr("lv", "{co} – {role}", "Hello {n},\n\nWe read your application for {role} with interest. For this opening we need somebody with more hands-on {x} than your CV shows, so this one stops here for you. With your agreement your details are kept for {y}.\n\n{sig}, People Team", ("Pebblecroft Leather", "Whinmoor Glass"), ("pebblecroft", "whinmoor"), role=("Bench Stitcher", "Kiln Assistant"), tz=("ie", "nz"), x=("saddle stitching", "annealing"), y=("ten months", "one year"))
mr("sr", "Update on {role} (ref {ref})", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Finalised · {x}</td></tr></table><p>Appreciated your interest in {co}.</p></body></html>", ("Sorrelby Theatres", "Hazelrow Rail Services"), ("sorrelby", "hazelrow"), frm="{co} Recruiting <noreply@{dom}>", role=("Stage Hand (Fly Floor)", "Depot Shunter"), tz=("uk", "za"), x=("vacancy filled by a colleague moving across", "role went to a different applicant"))
mr("ic", "{co}: application status changed", "Hi {n},\n\nYour application for {role} (Req {ref}) now shows the status: Not Selected – {x}.\n\nYou can still see and apply for other roles from your candidate home.\n\n{co} Hiring", ("Brambleton Haulage", "Copperwick Care Homes"), ("brambleton", "copperwick"), frm="{co} Hiring <jobs@{dom}>", role=("Class 1 Night Trunker", "Care Assistant (Nights)"), tz=("usc", "cap"), x=("Driver Qualification Card Not Provided", "Enhanced Check Form Not Received"))
mr("tl", "{role} #{ref}", "Dear {n},\n\nPlease note that requisition #{ref} for {role} is now marked \"{x}\". Nobody will be appointed; you need do nothing further.\n\nRegards,\n{co} Recruitment", ("Fernhollow Hotels", "Oxlip Conference Centre"), ("fernhollow", "oxlip"), frm="{co} Recruitment <recruit@{dom}>", role=("Night Porter", "AV Technician"), tz=("sg", "in"), x=("Cancelled – cover from the group's city hotel", "Withdrawn – events desk outsourced"))
mr("wk", "{co}: {role}", "Hi {n},\n\n{role} drew {x} applications; {y} came for a paid shakedown morning. Yours didn't make that cut, so we're proceeding with the folk we met.\n\nWarmly,\n{sig}", ("Dunnock Bikes", "Sedgemoor Roasters"), ("dunnockbikes", "sedgemoor"), role=("Workshop Mechanic", "Roastery Assistant"), tz=("usm", "uk"), x=("ninety-six", "one hundred and twenty-seven"), y=("seven", "ten"))
mr("bh", "About the {role} opening", "Hi {n},\n\nHonest answer on the {role} job: after talking it through, {x} will pick up those hours, so we are not hiring for it after all. Gutted to send this after the effort you made.\n\n{sig}\n{co}", ("Kestrelgate Garage", "Pennyroyal Bakery"), ("kestrelgate", "pennyroyal"), role=("Tyre Fitter", "Weekend Baker"), tz=("cae", "ke"), x=("our two fitters", "the Saturday crew"))
mr("tt", "Your application – {role}", "Dear {n},\n\nThank you for applying to {co}. We have chosen a other person for {role}, somebody who already worked many years with {x}. We keep your CV if something new opens, you are welcome to write us again.\n\nBest greetings,\n{sig}", ("Officina Lovage", "Chervil Tekstil"), ("lovage-officina", "chervil-tekstil"), role=("Frame Restorer", "Loom Technician"), tz=("it", "tr"), x=("gilded frames", "jacquard looms"))
mr("ps", "{role} – decision", "Hello {n},\n\nWe are writing about {role}. After the interviews the choice is done and the position goes to an applicant with {x}. For you, we are sorry this time. Good luck for your next step!\n\nKind greetings from {co},\n{sig}", ("Sweetbriar Ceramiche", "Goldcrest Halı"), ("sweetbriar-ceramiche", "goldcrest-hali"), role=("Glaze Mixer", "Rug Repairer"), tz=("it", "tr"), x=("long practice in majolica", "more years on kilim repair"))
mr("pp", "{role}: shortlisting outcome", "Dear {n},\n\nShortlisting for {role} has finished. Your application's score was {x}, against an interview mark of {y}, so no invitation follows this time.\n\n{co} Recruitment Team", ("Twite Clockworks", "Harebell Foundry"), ("twite", "harebell"), frm="{co} Recruitment <vacancies@{dom}>", role=("Tower Clock Fitter", "Pattern Maker"), tz=("uk", "au"), x=("15 out of 40", "11 out of 35"), y=("25", "20"))
mr("jz", "Thanks for auditioning, {n}", "Hi {n}!\n\nIt was fun watching your {x} reel. For this season the {role} spots went to performers already signed with our troupe, so we'll sit this one out with you. Watch our socials for next run!\n\n{sig}, {co}", ("Cowslip Carnival Co.", "Tormentil Events"), ("cowslip", "tormentil"), role=("Roaming Performer", "Parade Walker"), tz=("usp", "nz"), x=("unicycle", "hula-hoop"))
mr("as", "{co} – {role}", "Hi {n},\n\nSalamat po for coming to the skills test for {role}. After checking with the owners, we already got someone who has done {x} for years, so we'll stop your application here muna. Ingat lagi!\n\n{sig}\n{co}", ("Yarrowby Handloom", "Brambling Cacao"), ("yarrowby", "brambling"), role=("Weaver", "Cacao Fermenter"), tz="ph", x=("piña weaving", "tablea grinding"))
mr("s01", "Re: the till job", "Hi {n},\n\nTa for dropping your CV round. Maggie's grandson is done with his A-levels and he's on the till all summer, so nothing's going for now. Good luck.\n\n{sig}\n{co}", "Firecrest Fudge Shop", "firecrestfudge", tz="uk")
mr("s02", "The counter job", "Hi {n},\n\nSorry for the delay. Herself's niece is home from the city for good and she'll do the counter, so we're covered after all. Thanks a million for calling.\n\n{sig}\n{co}", "Stoat's Hardware & Fuel", "stoathardware", tz="ie")
mr("s03", "About the stand", "Hi {n},\n\nAppreciate you asking about the corn stand. My son-in-law got laid off and he's working it alongside us, so no hours left to hand out. Good luck out there.\n\n{sig}\n{co}", "Polecat Creek Sweet Corn", "polecatcreek", tz="usc")
mr("s04", "Food truck", "Hey {n},\n\nAppreciate you reaching out. We thought it over and the two of us will run the truck solo this year, no extra hands. Thanks again.\n\n{sig}\n{co}", "Bilby's Rollup Truck", "bilbyrollup", tz="cap")
mr("s05", "Shed hand", "G'day {n},\n\nThanks for your note. My brother's young fella has left school and he's coming on as shed hand, so the spot's gone. All the best.\n\n{sig}\n{co}", "Potoroo Wool Shed", "potorooshed", tz="au")
mr("s06", "Packing job", "Kia ora {n},\n\nThanks heaps for getting in touch. Last year's whole gang returned for the apple thinning, so we're full up. Good luck!\n\n{sig}\n{co}", "Pukeko Harvestline Orchard", "pukekoharvest", tz="nz")
mr("s07", "The shop assistant post", "Hi {n},\n\nThank you for dropping off your CV. Auntie Thembi's youngest finished her diploma and she starts with us on Monday, so there is no space now. Go well.\n\n{sig}\n{co}", "Hadeda Magwinya Corner", "hadedamagwinya", tz="za")
mr("s08", "Regarding sales boy post", "Dear {n},\n\nGreetings. Our old staff Ramesh ji came back from his native place and rejoined the counter; hence no vacancy remains. Kindly bear with us.\n\nRegards,\n{sig}\n{co}", "Koel Sarees & Suitings", "koelsarees", tz="in")
mr("s09", "Shop attendant", "Good day {n},\n\nWe appreciate your visit. Madam's brother's daughter is through with her youth service and is now behind our counter, so we shall manage with her. God bless.\n\n{sig}\n{co}", "Turaco Provisions Store", "turacostore", tz="ng")
mr("s10", "Shop job", "Hello {n},\n\nThank you for asking. Mama Wambui's niece is through with her KCSE and she is the one helping in the shop now, so we are sorted for the moment. Be blessed.\n\n{sig}\n{co}", "Barbet Farmgate Supplies", "barbetfarmgate", tz="ke")
mr("s11", "About your application", "Hi {n},\n\nSorry to say, our Cubao pancitan branch closes this month-end, kaya wala na kaming hiring ng crew. Thank you for applying and God bless.\n\n{sig}\n{co}", "Tailorbird Pancit House", "tailorbirdpancit", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks for coming by. Uncle now open four days only, so extra helper not needed liao. Thanks ah, all the best.\n\n{sig}\n{co}", "Drongo Chicken Rice", "drongochickenrice", tz="sg")
mr("s13", "Bar job", "Hello {n},\n\nThank you for the interest. The son of our barista came home from Bologna and he takes the bar now, so for the moment we are complete. Good luck!\n\n{sig}\n{co}", "Caffè Myna", "caffemyna", tz="it")
mr("s14", "Kitchen job", "Hello {n},\n\nThanks for visit us. My cousin's son finished military service and now he is in kitchen with us, so no place left. Many thanks again.\n\n{sig}\n{co}", "Bulbul Pide Salonu", "bulbulpide", tz="tr")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nLovely meeting you; the team loved your ageing-room questions. We've gone with a colleague who has covered the job in patches since spring, and she begins next month.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Whinmoor Dairy Co-op", "Pebblecroft Creamery Co-operative"), ("whinmoordairy", "pebblecroftcoop"), role="Curd Hand", tz=("uk", "use"))
mr("th2", "Re: [EXT] Re: Vet nurse interview", "Dear {n},\n\nHuge thanks for driving out to the practice and bearing with our very loud waiting room. The partners chose a nurse from last year's placement cohort, and she's accepted.\n\nKind regards,\n{sig}\n\n{GM}", ("Dunnock Lane Vets", "Sorrelby Animal Hospital"), ("dunnockvets", "sorrelbyvets"), role="Veterinary Nurse", tz=("ie", "cae"))
mr("th3", "RE: [EXT] RE: Teaching assistant – follow up", "Hi {n},\n\nThanks again for the lesson you led with Year 3 — the children still talk about the volcano. The head and governors decided to appoint a TA who has been supply-covering with us all term.\n\nBest,\n{sig}\n\n{ORIG}", ("Hazelrow Primary School", "Copperwick Junior Academy"), ("hazelrowprimary", "copperwickjunior"), role="Teaching Assistant", tz=("uk", "au"))
mr("th4", "Re: [EXT] RE: Floor supervisor", "Hello {n},\n\nGood walking the aisles together on Friday. Management has settled on an applicant from our other branch, who moves across on the first.\n\nRegards,\n{sig}\n\n{RULE}", ("Turaco Supermarkets", "Barbet Fresh Stores"), ("turacosupermarkets", "barbetfresh"), role="Floor Supervisor", tz=("ng", "ke"))
mr("th5", "RE: [EXT] Re: Youth drama facilitator", "Hi {n},\n\nThanks for the improv warm-up — the group was buzzing after. After a long conversation we have asked one of our former members, now a drama graduate, to lead the Saturday groups.\n\nWith thanks,\n{sig}\n\n{OUT}", ("Harebell Youth Theatre", "Tormentil Young Company"), ("harebelltheatre", "tormentilyoung"), role="Youth Drama Facilitator", tz=("uk", "nz"))
mr("th6", "Re: [EXT] Re: Bike workshop lead", "Hey {n},\n\nThanks for wrenching with us Saturday; that wheel you trued still spins dead straight. The collective voted and the workshop lead spot goes to a long-time volunteer who's been running Tuesday nights.\n\nCheers,\n{sig}\n\n{GM}", ("Goldcrest Bike Collective", "Brambling Cycle Co-op"), ("goldcrestbikes", "bramblingcycles"), role="Workshop Lead", tz=("usp", "cap"))
mr("th7", "RE: [EXT] RE: Speech therapist post", "Dear {n},\n\nThanks a lot for sitting down with the clinical team and for the case discussion. We have appointed a therapist with a paediatric caseload already in the region, who joins after Easter.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Oxlip Speech Clinic", "Fernhollow Physio Rooms"), ("oxlipspeech", "fernhollowphysio"), role="Clinician", tz=("ie", "za"))
mr("th8", "Re: [EXT] RE: Coordinator role", "Hello {n},\n\nThank you for visiting the workshop and for meeting the mothers who string the beads. The committee chose one of the members' daughters, who has kept our books for two seasons already.\n\nBlessings,\n{sig}\n\n{RULE}", ("Kiondo Women's Beadwork Group", "Hadeda Bead Collective"), ("kiondobeads", "hadedabeads"), role="Group Coordinator", tz=("ke", "za"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n—\nFind us in 140 stores and online. Join the {co} Club for member prices and a monthly sowing calendar. Switch on vacancy nudges inside your careers login so fresh openings near your postcode reach you first. This note went to you since an application was lodged on our jobs pages; tweak contact choices under candidate settings."
FOOT_B = "\n\n—\n{co} Careers | Build your future with us\nFollow our DIY tips newsletter for weekly projects and in-store demo days. Fresh vacancies go live each Monday; build a saved search so they ping you early. This mailbox is not monitored. To update how we contact you, visit your candidate settings."
FOOT_C = "\n\n—\nThe {co} crew are out on the water most mornings. Grab 10% off your first wetsuit hire with code CREW10, check the tide board in store, and read our Paddle Notes newsletter each fortnight. Vacancy pings: pick a store and role type inside your profile. Replies to this address drift out to sea unread."
FOOT_D = "\n\n—\n{co}: Caring for your family's health. Download our app for refill reminders and wellness tips. Our careers newsletter brings pharmacy graduate updates, open days and new store openings. This arrived as you hold a candidate login with us. Opt out of promotional mail under profile settings."
mr("ft1", "Your application to {co}", "Dear {n},\n\nAbout {role}: we're sorry: your application hasn't succeeded this time round and goes no further.\n\n{co} Recruitment" + FOOT_A, ("Lovage Garden Centres", "Chervil Garden Stores"), ("lovagegarden", "chervilgarden"), frm="{co} Careers <careers@{dom}>", role="Plant Area Assistant", tz=("uk", "ie"))
mr("ft2", "{role} – application update", "Hi {n},\n\nWe appreciate your interest in {role}. Unfortunately we've opted against advancing your application this round.\n\nThe {co} Hiring Team" + FOOT_B, ("Sweetbriar Home & Hardware", "Redpoll Building Supplies"), ("sweetbriarhome", "redpollbuild"), frm="{co} Careers <donotreply@{dom}>", role="Paint Desk Associate", tz=("usc", "cam"))
mr("ft3", "About your application – {role}", "Hi {n},\n\nStoked you wanted to join the crew as {role}. No spot for you on the crew this time, though we wish you well.\n\n{sig}\n{co}" + FOOT_C, ("Weka Paddle & Surf", "Kokako Watersports"), ("wekapaddle", "kokakowater"), frm="{co} Jobs <jobs@{dom}>", role="Hire Desk Assistant", tz=("au", "nz"))
mr("ft4", "Your application: {role}", "Dear {n},\n\nWe received and reviewed your application for {role}. This recruitment has not ended in success for you, and the file on it is closed.\n\nTalent Team, {co}" + FOOT_D, ("Hoopoe Pharmacies", "Shoebill Health Pharmacy"), ("hoopoepharm", "shoebillhealth"), frm="{co} Talent <talent@{dom}>", role="Pharmacist's Assistant", tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – next steps", "Dear {n},\n\nThanks for your CV, and the phone conversation on Tuesday. The field was very strong, and the partners felt other candidates fit our conveyancing team's current needs more closely.\n\nYours sincerely,\n{sig}\n{co}", ("Tinkerbird & Co Solicitors", "Mousebird Legal LLP"), ("tinkerbirdlaw", "mousebirdlegal"), role="Conveyancing Assistant", tz=("uk", "ie"))
mr("hd2", "Update: {role}", "Hi {n},\n\nThanks for sharing your portfolio. For this hire we're steering the studio elsewhere, towards someone deeper in planning-application work.\n\nBest,\n{sig}\n{co}", ("Bulbul Architects", "Twite Design Studio"), ("bulbularchitects", "twitedesign"), role="Part II Architectural Assistant", tz=("usp", "au"))
mr("hd3", "Accounts Junior", "Dear {n},\n\nMuch obliged for your CV. On reflection, the practice's farm-client work sits better with applicants who already know agricultural returns.\n\nRegards,\n{sig}\n{co}", ("Yarrowby Rural Accountants", "Firecrest Farm Accounts"), ("yarrowbyaccounts", "firecrestfarmacc"), role="Accounts Junior", tz=("nz", "cae"))
mr("hd4", "Programme Officer (WASH)", "Dear {n},\n\nWe valued your interest in the Programme Officer role. Having compared applications, we felt that others' field experience in borehole rehabilitation matched this post better.\n\nWith best wishes,\n{sig}\n{co}", ("Clearspring Water Trust", "Pumpwell Aid"), ("clearspringwater", "pumpwellaid"), role="Programme Officer", tz=("ke", "ng"))
mr("hd5", "Audiology assistant", "Hi {n},\n\nThanks for dropping by the centre. We've opted to head elsewhere with the role and may look at it again next year.\n\nRegards,\n{sig}\nKalaw Hearing Centre", "Kalaw Hearing Centre", "kalawhearing", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood chatting this morning. As flagged, the client won't progress you for {role} – they're after more {x}. On the flip side, I've a {y} role I reckon suits you better; fancy a quick call tomorrow?\n\n{sig}\n{co}", ("Rambutan Recruitment", "Soursop Talent"), ("rambutanrec", "soursoptalent"), role=("Maintenance Fitter", "Shift Lead"), tz=("uk", "use"), x=("PLC fault-finding", "canning-line time"), y=("days-only fitter at a brewery", "warehouse shift lead at a cannery"))
mr("rc2", "{role} – feedback", "Hi {n},\n\nTa for the phone natter. The hiring manager is going with someone else for {role}. The good news: a {y} near you opened this week. Keen?\n\n{sig}\n{co}", ("Jambu Staffing", "Pangea Placements"), ("jambustaffing", "pangeaplacements"), role=("Packhouse Supervisor", "Quality Controller"), tz=("au", "nz"), y=("macadamia packhouse role", "avocado grading role"))
mr("rc3", "Quick update", "Hello {n},\n\nAfter our call I spoke with the client: they will not be taking your profile forward for {role}. I do however have an opening for a {y} which I think matches you. Shall I send your CV?\n\n{sig}\n{co}", ("Kalaw Talent Partners", "Tarragon HR"), ("kalawtalent", "tarragonhr"), role=("Factory Supervisor", "Mill Foreman"), tz=("ke", "ng"), y=("avocado processing supervisor", "cassava mill foreman"))
mr("rc4", "Your application via us", "Hi {n},\n\nThanks for speaking to me yesterday. The citrus estate has decided you are not the one for the pack-out manager job. I've got a fruit-export coordinator vacancy on my desk which is a closer fit – can we chat?\n\n{sig}\n{co}", "Hadeda Farmhand Recruiters", "hadedafarmhand", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of eligibility – announcement {ref}", "Dear {n},\n\nYour application for {role} under announcement {ref} has been reviewed. It is ineligible, since no evidence of {x} was supplied, which is a minimum requirement.\n\nHuman Resources\n{co}", ("County of Sedgemoor", "Copperwick Borough Council"), ("sedgemoorcounty", "copperwickborough"), frm="HR Recruitment <hr.recruitment@{dom}>", role=("Highway Maintenance Worker", "Pool Attendant"), tz=("usc", "uk"), x=("a valid chainsaw certificate", "a current pool lifeguard qualification"))
mr("ps2", "Announcement {ref}: referral status", "Dear {n},\n\nYour application for {role} was rated; the selecting official's certificate of eligibles does not carry your name.\n\nNo further notice will follow under this announcement.\n\n{co} Human Resources", ("Department of Waterways", "Kestrelgate Transit Authority"), ("waterways-dept", "kestrelgatetransit"), frm="{co} HR <noreply@{dom}>", role=("Lock Keeper", "Bus Operator"), tz=("use", "cae"))
mr("ps3", "Campaign {ref} – cancelled", "Dear {n},\n\nThe recruitment campaign for {role} (ref {ref}) was cancelled {x}. Each application is closed and nobody gets appointed.\n\nRecruitment Services\n{co}", ("Tansyfield District Council", "Ochreline Health Board"), ("tansyfield.gov", "ochrelinehb"), frm="Recruitment Services <recruitment@{dom}>", role=("Parks Officer", "Ward Clerk"), tz=("uk", "ie"), x=("after the budget was reviewed", "due to a service restructure"))
mr("ps4", "Results: {role}", "Dear {n},\n\nMarking of the {role} written test is done. You scored {x}, under the qualifying cut-off of {y}; your name therefore does not proceed to interview.\n\nExaminations Unit\n{co}", ("Public Service Commission", "Municipal Services Board"), ("psc-recruit", "msb-recruit"), frm="Examinations Unit <exams@{dom}>", role=("Clerical Officer", "Revenue Assistant"), tz=("ke", "in"), x=("52", "47"), y=("60", "55"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} is no longer being considered.\n\nCrewpebble on behalf of {co}", ("Stoat Valley Creamery", "Pennyroyal Kitchens"), ("crewpebble", "crewpebble"), frm="Crewpebble <updates@{dom}>", role=("Dairy Operative", "Prep Cook"), tz=("uk", "usm"))
mr("at2", "{role}: application status", "<html><body><p>{role} · {co}</p><p><b>Status:</b> Closed · no longer progressing</p><p>Log in to see other roles.</p></body></html>", ("Marrowgate Foods", "Brackenfold Logistics"), ("marrowgate", "brackenfold"), frm="{co} Careers <noreply@{dom}>", role=("Hygiene Operative", "Yard Marshal"), tz=("uk", "cae"))
mr("at3", "Vacancyvane: {role}", "{role} at {co}\nApplication status: Not progressed\n\nVacancyvane", ("Firecrest Fudge Shop", "Goldcrest Bike Collective"), ("vacancyvane", "vacancyvane"), frm="Vacancyvane <status@{dom}>", role=("Shop Assistant", "Mechanic"), tz=("uk", "usp"))
# ---- 6 internship / graduate decisions
mr("in1", "Summer studentship {ref}", "Dear {n},\n\nRe the {role} summer studentship joined a very strong pile, and regrettably we have no studentship to give you this year.\n\n{sig}\n{co}", ("Marram Ecology Lab", "Saltflat Science Centre"), ("marramlab", "saltflatsci"), role=("sand-dune restoration", "mudflat survey"), tz=("uk", "nz"))
mr("in2", "{role} internship outcome", "Hi {n},\n\nChuffed you fancied the {role} internship. Every seat in this intake is claimed, so we're closing yours.\n\n{sig}\n{co}", ("Copse Wildlife Trust", "Wetland Birds Society"), ("copsetrust", "wetlandbirds"), role=("red-squirrel", "wader-count"), tz=("ie", "za"))
mr("in3", "Graduate Programme 2026 – decision", "Dear {n},\n\nYou completed our assessment for the {role} Graduate Programme — thank you. Sadly, the list picked does not include your name for the coming intake.\n\nEarly Careers Team\n{co}", ("Harebell Grid", "Whinmoor Energy"), ("harebellgrid", "whinmoorenergy"), frm="Early Careers <earlycareers@{dom}>", role=("Network Engineering", "Solar Operations"), tz=("uk", "in"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received – R-{ref} {role}", "Dear {n},\n\nYour application for {role} (R-{ref}) is logged. Should the requisition is closed before interviews, or if you are not selected, your candidate record will remain in the portal for other openings.\n\n{co} Talent Acquisition", ("Brackenfold Logistics", "Marrowgate Foods"), ("brackenfold", "marrowgate"), frm="{co} Careers <talent@{dom}>", role=("Transport Clerk", "Pasteuriser Operator"), tz=("uk", "cae"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nGot it — your {role} application! Every application gets read by our team. Forward or not, a real human replies inside three weeks.\n\n{sig}\n{co}", ("Tansyfield Print", "Ochreline Rope Co."), ("tansyfield", "ochreline"), role=("Bindery Assistant", "Net Maker"), tz=("use", "au"))
mo("application_received", "lv", "{co}: application submitted", "Hello {n},\n\nYour application for {role} has landed. Should it not be a match, we'd hold your details for later roles — either way, ask and we delete them.\n\n{sig}, People Team", ("Pebblecroft Leather", "Whinmoor Glass"), ("pebblecroft", "whinmoor"), role=("Cutting Room Assistant", "Glass Finisher"), tz=("ie", "nz"))
mo("application_received", "sr", "We've got it – {role}", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Shortlisted applicants alone are contacted. Silence after 21 days means we aren't taking your application forward.</p></body></html>", ("Sorrelby Theatres", "Hazelrow Rail Services"), ("sorrelby", "hazelrow"), frm="{co} Recruiting <noreply@{dom}>", role=("Box Office Assistant", "Track Patroller"), tz=("uk", "za"))
mo("application_received", "ic", "{co}: thank you for your application", "Hi {n},\n\nYour {role} application (Req {ref}) is with us. Please upload your {x} within seven days; applications without it may be marked Not Selected.\n\n{co} Hiring", ("Brambleton Haulage", "Copperwick Care Homes"), ("brambleton", "copperwick"), frm="{co} Hiring <jobs@{dom}>", role=("Class 2 Driver", "Senior Carer"), tz=("usc", "cap"), x=("driver qualification card", "background check consent"))
mo("application_received", "tl", "Application #{ref} received", "Dear {n},\n\nThank you, your application for {role} (#{ref}) was received. Should the vacancy be cancelled or filled before review, an email will tell you.\n\nRegards,\n{co} Recruitment", ("Fernhollow Hotels", "Oxlip Conference Centre"), ("fernhollow", "oxlip"), frm="{co} Recruitment <recruit@{dom}>", role=("Concierge", "Banqueting Porter"), tz=("sg", "in"))
mo("application_received", "wk", "Got your application, {n}", "Hi {n},\n\nYour {role} application arrived. Five or six folk get a paid shakedown morning. Yes or no, all applicants hear by email before the thirtieth.\n\nWarmly,\n{sig}", ("Dunnock Bikes", "Sedgemoor Roasters"), ("dunnockbikes", "sedgemoor"), role=("Bike Builder", "Barista Trainer"), tz=("usm", "uk"))
mo("application_received", "bh", "The {role} job", "Hi {n},\n\nGot your CV for {role}, thanks. We're still working out whether the current crew can take those hours; if they can, we won't hire, and I'll tell you straight.\n\n{sig}\n{co}", ("Kestrelgate Garage", "Pennyroyal Bakery"), ("kestrelgate", "pennyroyal"), role=("Apprentice Mechanic", "Pastry Helper"), tz=("cae", "ke"))
mo("application_received", "tt", "We received your application", "Dear {n},\n\nThank you for writing us about {role}. Within two weeks we read everything. If we don't choose you, we will keep your CV, but of course only if you agree.\n\nBest greetings,\n{sig}", ("Officina Lovage", "Chervil Tekstil"), ("lovage-officina", "chervil-tekstil"), role=("Gilding Assistant", "Dye House Worker"), tz=("it", "tr"))
mo("application_received", "ps", "Confirmation – {role}", "Hello {n},\n\nYour application for {role} arrived well. Chosen or not chosen, each applicant receives a message after the interview days end.\n\nKind greetings from {co},\n{sig}", ("Sweetbriar Ceramiche", "Goldcrest Halı"), ("sweetbriar-ceramiche", "goldcrest-hali"), role=("Kiln Loader", "Wool Washer"), tz=("it", "tr"))
mo("application_received", "pp", "{role}: application acknowledged", "Dear {n},\n\nYour form for {role} has arrived. Shortlisting happens once the closing date passes. Anyone below the interview mark gets no personal message.\n\n{co} Recruitment Team", ("Twite Clockworks", "Harebell Foundry"), ("twite", "harebell"), frm="{co} Recruitment <vacancies@{dom}>", role=("Clock Restorer", "Moulder"), tz=("uk", "au"))
mo("application_received", "jz", "Audition video received!", "Hi {n}!\n\nYour {role} video landed safely. We only reach out to performers we want to see live, so no news means we've passed this season.\n\n{sig}, {co}", ("Cowslip Carnival Co.", "Tormentil Events"), ("cowslip", "tormentil"), role=("stilt", "juggling"), tz=("usp", "nz"))
mo("application_received", "as", "Application received – {role}", "Hi {n},\n\nSalamat po for applying as {role}! Text kami for a skills test. Pasado man o hindi, may message ka from us this week.\n\n{sig}\n{co}", ("Yarrowby Handloom", "Brambling Cacao"), ("yarrowby", "brambling"), role=("Loom Helper", "Sorter"), tz="ph")
mo("application_received", "th", "Thank you for applying – {role}", "Dear {n},\n\nYour {role} form is safely with us. Interviews run in a fortnight; invited or not, a line from us follows.\n\nKind regards,\n{sig}\n{co}", ("Whinmoor Dairy Co-op", "Dunnock Lane Vets"), ("whinmoordairy", "dunnockvets"), role=("Dairy Hand", "Receptionist"), tz=("uk", "ie"))
mo("application_received", "sc", "Application for {role}", "Dear {n},\n\nThis is to confirm we hold your application for {role}. With so many forms, we won't write to those not shortlisted; silence by half-term means no shortlist place.\n\n{co} Office", ("Hazelrow Primary School", "Copperwick Junior Academy"), ("hazelrowprimary", "copperwickjunior"), role=("Lunchtime Supervisor", "Cover Supervisor"), tz=("uk", "au"))
mo("application_received", "yt", "Thanks for applying!", "Hi {n},\n\nWe have your application for {role}. The panel sits next week; in or out, word reaches you by the 30th.\n\n{sig}\n{co}", ("Harebell Youth Theatre", "Goldcrest Bike Collective"), ("harebelltheatre", "goldcrestbikes"), role=("Assistant Director", "Volunteer Coordinator"), tz=("uk", "usp"))
mo("application_received", "cl", "Your application", "Dear {n},\n\nYour application reached {co}. We only contact you if your experience suits the caseload we're recruiting for; otherwise your CV sits with us six months.\n\n{sig}", ("Oxlip Speech Clinic", "Fernhollow Physio Rooms"), ("oxlipspeech", "fernhollowphysio"), tz=("ie", "za"))
mo("application_received", "ft", "We've received your application", "Hi {n},\n\nYour {role} application is in. Successful applicants are rung to fix an interview; if not, an email says so.\n\n{co} Recruitment" + FOOT_A, ("Lovage Garden Centres", "Chervil Garden Stores"), ("lovagegarden", "chervilgarden"), frm="{co} Careers <careers@{dom}>", role=("Café Assistant", "Aquatics Assistant"), tz=("uk", "ie"))
mo("application_received", "fb", "Application submitted: {role}", "Hi {n},\n\nYour application for {role} has been submitted. Hiring managers look weekly; if your profile doesn't fit, an email will say as much.\n\nThe {co} Hiring Team" + FOOT_B, ("Sweetbriar Home & Hardware", "Redpoll Building Supplies"), ("sweetbriarhome", "redpollbuild"), frm="{co} Careers <donotreply@{dom}>", role=("Timber Yard Associate", "Kitchen Planner"), tz=("usc", "cam"))
mo("application_received", "sl", "Application for {role}", "Dear {n},\n\nWe acknowledge your application for {role}. Our partners read every CV; a yes or a no lands in your inbox inside a fortnight.\n\nYours sincerely,\n{sig}\n{co}", ("Tinkerbird & Co Solicitors", "Mousebird Legal LLP"), ("tinkerbirdlaw", "mousebirdlegal"), role=("Trainee Paralegal", "Legal Secretary"), tz=("uk", "ie"))
mo("application_received", "ng", "Application received", "Dear {n},\n\nYour application for {role} is in. Given the volume, we contact shortlisted candidates alone. Four weeks of silence means your application was unsuccessful.\n\n{sig}\n{co}", ("Clearspring Water Trust", "Pumpwell Aid"), ("clearspringwater", "pumpwellaid"), role=("WASH Assistant", "Field Monitor"), tz=("ke", "ng"))
mo("application_received", "rc", "Got your CV", "Hi {n},\n\nTa for the CV for {role}. I'll put it to the client this week. Good or bad, I ring you with their answer.\n\n{sig}\n{co}", ("Rambutan Recruitment", "Jambu Staffing"), ("rambutanrec", "jambustaffing"), role=("Electrician", "Farm Supervisor"), tz=("uk", "au"))
mo("application_received", "pu", "Application received – announcement {ref}", "Dear {n},\n\nYour application for {role} has been received. Where an applicant is ineligible, or left off the referral to the selecting official, a letter will say so after review.\n\n{co} Human Resources", ("County of Sedgemoor", "Department of Waterways"), ("sedgemoorcounty", "waterways-dept"), frm="{co} HR <noreply@{dom}>", role=("Road Worker", "Canal Ranger"), tz=("usc", "use"))
mo("application_received", "ex", "Registration confirmed: {role} examination", "Dear {n},\n\nYour registration for the {role} written test is confirmed. Anyone under the cut-off won't reach interview; results will be posted on the notice board.\n\nExaminations Unit\n{co}", ("Public Service Commission", "Municipal Services Board"), ("psc-recruit", "msb-recruit"), frm="Examinations Unit <exams@{dom}>", role=("Records Clerk", "Accounts Assistant"), tz=("ke", "in"))
mo("application_received", "gr", "Application received – {role}", "Dear {n},\n\nYour {role} application is in. Should the places run out after assessment, we'll say so; either way your details stay for next year's intake, with consent.\n\nEarly Careers Team\n{co}", ("Harebell Grid", "Marram Ecology Lab"), ("harebellgrid", "marramlab"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Programme", "summer studentship"), tz=("uk", "nz"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nThanks for your note. Please come for an interview {dl}, ten sharp. Unfortunately they're resurfacing the car park, so pull into the lay-by on the lane.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Whinmoor Dairy Co-op", "Pebblecroft Creamery Co-operative"), ("whinmoordairy", "pebblecroftcoop"), role="Curd Hand", tz=("uk", "use"))
mo("interview", "th2", "Re: [EXT] Re: Vet nurse – second meeting", "Dear {n},\n\nThe partners want you back {dl} for a short practical in the prep room. Unfortunately our coffee machine is dead, so flasks welcome!\n\nKind regards,\n{sig}\n\n{GM}", ("Dunnock Lane Vets", "Sorrelby Animal Hospital"), ("dunnockvets", "sorrelbyvets"), tz=("ie", "cae"))
mo("interview", "th3", "RE: [EXT] RE: Teaching assistant – lesson observation", "Hi {n},\n\nCould you lead a twenty-minute phonics session {dl}? Unfortunately the hall is booked for the nativity rehearsal, so it'll be in Class 2.\n\nBest,\n{sig}\n\n{ORIG}", ("Hazelrow Primary School", "Copperwick Junior Academy"), ("hazelrowprimary", "copperwickjunior"), tz=("uk", "au"))
mo("interview", "th4", "Re: [EXT] RE: Floor supervisor – panel", "Hello {n},\n\nKindly attend a panel interview {dl}, 2pm, at head office. Unfortunately the lift is spoilt, so it is three flights up.\n\nRegards,\n{sig}\n\n{RULE}", ("Turaco Supermarkets", "Barbet Fresh Stores"), ("turacosupermarkets", "barbetfresh"), tz=("ng", "ke"))
mo("interview", "th5", "RE: [EXT] Re: Youth drama – workshop", "Hi {n},\n\nCome back and run a forty-minute workshop with the Tuesday group on {dl}. Unfortunately the studio boiler is sulking, so layers are wise.\n\nWith thanks,\n{sig}\n\n{OUT}", ("Harebell Youth Theatre", "Tormentil Young Company"), ("harebelltheatre", "tormentilyoung"), role="Youth Drama Facilitator", tz=("uk", "nz"))
mo("interview", "th6", "Re: [EXT] Re: Bike workshop – trial evening", "Hey {n},\n\nCome do a trial evening with us on {dl}, 6–9pm. Unfortunately the good truing stand is bent; the wobbly old one it is.\n\nCheers,\n{sig}\n\n{GM}", ("Goldcrest Bike Collective", "Brambling Cycle Co-op"), ("goldcrestbikes", "bramblingcycles"), tz=("usp", "cap"))
mo("interview", "cl", "Interview – {role}", "Dear {n},\n\nInterview for {role}: {dl}, 11:30. Unfortunately the meeting room is booked out, so the staff kitchen it is.\n\nKind regards,\n{sig}\n{co}", ("Oxlip Speech Clinic", "Fernhollow Physio Rooms"), ("oxlipspeech", "fernhollowphysio"), role=("Speech and Language Therapist", "Physiotherapist"), tz=("ie", "za"))
mo("interview", "tt", "Invitation to meet", "Dear {n},\n\nWe like your application for {role} and invite you to come to the workshop {dl}, half past nine. Unfortunately the front door is in repair, please ring at the side door.\n\nBest greetings,\n{sig}", ("Officina Lovage", "Chervil Tekstil"), ("lovage-officina", "chervil-tekstil"), role=("Frame Restorer", "Loom Technician"), tz=("it", "tr"))
mo("next_steps", "ic", "{co}: action needed – {role}", "Hi {n},\n\nYou're moving forward for {role} (Req {ref}). Please upload your {x} by {dl} so we can book your interview.\n\n{co} Hiring", ("Brambleton Haulage", "Copperwick Care Homes"), ("brambleton", "copperwick"), frm="{co} Hiring <jobs@{dom}>", role=("Class 1 Night Trunker", "Care Assistant (Nights)"), tz=("usc", "cap"), x=("driver qualification card and tachograph card", "enhanced check form"))
mo("next_steps", "wd", "Next step: online assessment – R-{ref}", "Dear {n},\n\nPleased you're keen on {role}. Step two: a 25-minute online exercise, to finish by {dl}. Unfortunately the link only works on a laptop, not a phone.\n\n{co} Talent Acquisition", ("Brackenfold Logistics", "Marrowgate Foods"), ("brackenfold", "marrowgate"), frm="{co} Careers <talent@{dom}>", role=("Goods-In Planner", "Retort Line Operator"), tz=("uk", "cae"))
mo("next_steps", "gr", "Assessment centre – {role}", "Dear {n},\n\nCongratulations — you're invited to our {role} assessment centre. Please confirm your attendance and send your transcript by {dl}.\n\nEarly Careers Team\n{co}", ("Harebell Grid", "Whinmoor Energy"), ("harebellgrid", "whinmoorenergy"), frm="Early Careers <earlycareers@{dom}>", role=("Network Engineering", "Solar Operations"), tz=("uk", "in"))
mo("next_steps", "pu", "Referral notice – announcement {ref}", "Dear {n},\n\nYour application for {role} has gone on to the selecting official. Please complete the attached declaration and return it by {dl}.\n\n{co} Human Resources", ("Department of Waterways", "Kestrelgate Transit Authority"), ("waterways-dept", "kestrelgatetransit"), frm="{co} HR <noreply@{dom}>", role=("Lock Keeper", "Bus Operator"), tz=("use", "cae"))
mo("next_steps", "rc", "References please", "Hi {n},\n\nCracking news — {role}: the client has you pencilled in for the last interview. Could you forward names and mobiles for a pair of referees by {dl}? Unfortunately they need a line manager, not a colleague.\n\n{sig}\n{co}", ("Rambutan Recruitment", "Soursop Talent"), ("rambutanrec", "soursoptalent"), role=("Maintenance Fitter", "Shift Lead"), tz=("uk", "use"))
mo("next_steps", "ng", "Next stage: written task", "Dear {n},\n\nYou have been shortlisted for {role}. Kindly do the attached short written task; return it by {dl}.\n\nWith best wishes,\n{sig}\n{co}", ("Clearspring Water Trust", "Pumpwell Aid"), ("clearspringwater", "pumpwellaid"), role=("Programme Officer", "Field Monitor"), tz=("ke", "ng"))
mo("offer", "sl", "Offer of employment – {role}", "Dear {n},\n\nDelighted to offer you the {role} post. Signed contract back to us by {dl}, please. Unfortunately parking at the office is limited, so we'll send you the permit details separately.\n\nYours sincerely,\n{sig}\n{co}", ("Tinkerbird & Co Solicitors", "Mousebird Legal LLP"), ("tinkerbirdlaw", "mousebirdlegal"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mo("offer", "bh", "Job's yours!", "Hi {n},\n\nGreat to meet you. The {role} job is yours, starting {dl}. Unfortunately the uniform shirts are still on order, so wear something dark for the first week.\n\n{sig}\n{co}", ("Kestrelgate Garage", "Pennyroyal Bakery"), ("kestrelgate", "pennyroyal"), role=("Tyre Fitter", "Weekend Baker"), tz=("cae", "ke"))
mo("offer", "hd", "Offer – {role}", "Hi {n},\n\nCome and join us as {role}! The written offer is attached; please reply by {dl}. Unfortunately the studio roof still leaks by the plan chest, so mind the bucket!\n\nBest,\n{sig}\n{co}", ("Bulbul Architects", "Twite Design Studio"), ("bulbularchitects", "twitedesign"), role="Architectural Assistant", tz=("usp", "au"))
mo("offer", "in", "Internship offer", "Dear {n},\n\nThere's a {role} internship spot for you this summer; accept by {dl}. Unfortunately there's no accommodation, though a list of local lets will follow.\n\n{sig}\n{co}", "Copse Wildlife Trust", "copsetrust", role="red-squirrel", tz="ie")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "{role}: application withdrawn", "<html><body><p>{role} · {co}</p><p><b>Status:</b> Withdrawn · at your request</p><p>Other openings stay visible in your account.</p></body></html>", ("Marrowgate Foods", "Brackenfold Logistics"), ("marrowgate", "brackenfold"), frm="{co} Careers <noreply@{dom}>", role=("Hygiene Operative", "Yard Marshal"), tz=("uk", "cae"))
mo("other_job", "st", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} is currently under review.\n\nCrewpebble on behalf of {co}", ("Stoat Valley Creamery", "Pennyroyal Kitchens"), ("crewpebble", "crewpebble"), frm="Crewpebble <updates@{dom}>", role=("Dairy Operative", "Prep Cook"), tz=("uk", "usm"))
mo("other_job", "cn", "Parks Officer – timetable change", "Dear {n},\n\nShortlisting for the Parks Officer post has been delayed by about a week because of staff leave. Expect word once it's done.\n\nRecruitment Services\n{co}", "Tansyfield District Council", "tansyfield.gov", frm="Recruitment Services <recruitment@{dom}>", tz="uk")
mo("job_alert", "ft", "New jobs near you this week", "Hi {n},\n\nThree fresh roles fit your alert: Weekend Paddle Instructor, Hire Desk Assistant, Retail Supervisor. Log in to your profile to apply." + FOOT_C, ("Weka Paddle & Surf", "Kokako Watersports"), ("wekapaddle", "kokakowater"), frm="{co} Jobs <jobs@{dom}>", tz=("au", "nz"))
mo("job_alert", "ph", "Roles matching your alert", "Hi {n},\n\nNew in your area: Dispensary Assistant (part-time), Pharmacy Graduate 2026, Store Manager. Sign in to see details." + FOOT_D, "Hoopoe Pharmacies", "hoopoepharm", frm="{co} Talent <talent@{dom}>", tz="za")
mo("recruiter_outreach", "rc", "Possible role for you", "Hi {n},\n\nSpotted your profile — got a {role} role with a family-owned firm nearby. Open to a short call this week?\n\n{sig}\n{co}", ("Jambu Staffing", "Kalaw Talent Partners"), ("jambustaffing", "kalawtalent"), role=("grain store supervisor", "dairy plant technician"), tz=("au", "ke"))
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nAbout your {x} loan application: we're sorry, it has not been approved. Within 30 days you may request the main reasons.\n\n{co}", ("Harebell Building Society", "Sorrelby Credit Union"), ("harebellbs", "sorrelbycu"), frm="{co} Lending <lending@{dom}>", tz=("uk", "ie"), x=("car", "home-improvement"))
mo("non_job_rejection_words", "fl", "The flat on Mill Street", "Hi {n},\n\nThanks for coming round to view the flat. The landlord picked different tenants and it's let. Similar places will be sent your way.\n\n{sig}\nBrambleton Lettings", "Brambleton Lettings", "brambletonlettings", tz="uk")
mo("non_job_rejection_words", "bl", "Ballot result", "Hi {n},\n\nRidgeway 50 ballot: sorry, your name wasn't pulled this time round. Priority entry is yours next time.\n\nRace Team", "Ridgeway 50", "ridgeway50", frm="Race Team <entries@{dom}>", tz="uk")
mo("non_job_rejection_words", "gr", "Community grant decision", "Dear {n},\n\nRe your community orchard grant bid: the panel couldn't fund it this round, with demand very high.\n\nGrants Team\n{co}", "Copperwick Community Fund", "copperwickfund", frm="Grants Team <grants@{dom}>", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("e01", "Your application: vellum finisher", "Dear {n},\n\nThank you for applying through Jobsextant for the vellum finisher post. The bench goes to someone who has scraped and pounced calfskin before, so your application ends here.\n\n{sig}\n{co}", "Hobnail Vellum Works", "hobnailvellum", frm=via("Jobsextant"), tz="uk")
wo("offer", "e01", "Offer: vellum finisher (second bench)", "Dear {n},\n\nGood news: a second bench has come free and the seat at it is yours. Tell us by {dl}. Unfortunately the stretching frames are still being rebuilt, so week one is sorting skins.\n\n{sig}\n{co}", "Hobnail Vellum Works", "hobnailvellum", frm=via("Jobsextant"), tz="uk")
wr("e02", "Sandblaster – memorial stones", "Hi {n},\n\nCheers for your application on Shiftgimlet. Thought it over and we're keeping the sandblasting in-house with the lads we've got, so the job's off.\n\n{sig}\n{co}", "Gritstone Memorials", "gritstonememorials", frm=via("Shiftgimlet"), tz="uk")
wo("application_received", "e02", "Got your application – sandblaster", "Hi {n},\n\nThanks for applying on Shiftgimlet. We might keep the blasting with the current team; if so, there'll be no hire and I'll say so by email, otherwise we'll ring you for a chat.\n\n{sig}\n{co}", "Gritstone Memorials", "gritstonememorials", frm=via("Shiftgimlet"), tz="uk")
wr("e03", "Sliotar stitcher", "Hi {n},\n\nThanks a million for applying on Crewadze. A lad who stitched sliotars for the county board for years has the job now, so yours stops here.\n\n{sig}\n{co}", "Ashplank Sliotars", "ashplank", frm=via("Crewadze"), tz="ie")
wo("interview", "e03", "Come in for a chat – sliotar stitcher", "Hi {n},\n\nWould you call in to the workshop on {dl} around eleven? Unfortunately the road's dug up outside, so park at the church.\n\n{sig}\n{co}", "Ashplank Sliotars", "ashplank", frm=via("Crewadze"), tz="ie")
wr("e04", "Parchment repair assistant", "Dear {n},\n\nMany thanks for your application via Hirekiln. The conservator has appointed someone already trained in parchment humidification, and the post is not yours this time.\n\n{sig}\n{co}", "Inkhorn Conservation Studio", "inkhornstudio", frm=via("Hirekiln"), tz="ie")
wo("next_steps", "e04", "Parchment repair assistant – sample task", "Dear {n},\n\nPlease do a short written condition report on the photos attached and send it back by {dl}.\n\n{sig}\n{co}", "Inkhorn Conservation Studio", "inkhornstudio", frm=via("Hirekiln"), tz="ie")
wr("e05", "Gazebo build crew", "Hi {n},\n\nThanks for applying on Jobtrowel. Two carpenters from last season have filled the gazebo crew, so we'll pass on yours.\n\n{sig}\n{co}", "Cupola Gazebo Co.", "cupolagazebo", frm=via("Jobtrowel"), tz="use")
wo("offer", "e05", "Gazebo crew – offer", "Hi {n},\n\nJoin us for the spring gazebo builds at $24/hr. Let me know by {dl}. Unfortunately the company truck is in the shop, so you'll carpool with Dale the first week.\n\n{sig}\n{co}", "Cupola Gazebo Co.", "cupolagazebo", frm=via("Jobtrowel"), tz="use")
wr("e06", "Dodgem mechanic", "Hi {n},\n\nThanks for your interest through Workanvil. Our dodgem floor is sold at season's end, so no mechanic hire for it.\n\n{sig}\n{co}", "Spinnaker Amusements", "spinnakerrides", frm=via("Workanvil"), tz="usc")
wo("application_received", "e06", "Application received – dodgem mechanic", "Hi {n},\n\nGot your application through Workanvil. If the owners decide to sell the dodgem floor we won't fill the job, but either way I write before the fair opens.\n\n{sig}\n{co}", "Spinnaker Amusements", "spinnakerrides", frm=via("Workanvil"), tz="usc")
wr("e07", "Pyrotechnic crew – shooter's assistant", "Hi {n},\n\nThank you for applying on Gigmallet. We can't take on anyone without a pyrotechnic operator licence this season, so we halt your application there.\n\n{sig}\n{co}", "Starburst Ridge Displays", "starburstridge", frm=via("Gigmallet"), tz="usm")
wo("next_steps", "e07", "Shooter's assistant – paperwork", "Hi {n},\n\nOn to the next step. Mail us a copy of your licence and a safety course certificate by {dl}.\n\n{sig}\n{co}", "Starburst Ridge Displays", "starburstridge", frm=via("Gigmallet"), tz="usm")
wr("e08", "Dental lab – dentures technician", "Hi {n},\n\nThanks for applying via Jobfirkin. We moved forward with a technician who has several years of acrylic dentures work, and we're closing the other applications.\n\n{sig}\n{co}", "Molarwood Dental Lab", "molarwoodlab", frm=via("Jobfirkin"), tz="usp")
wo("interview", "e08", "Bench test – dentures technician", "Hi {n},\n\nBench test {dl}, 9am. Unfortunately the curing tank is in for service, so set-up and try-in only.\n\n{sig}\n{co}", "Molarwood Dental Lab", "molarwoodlab", frm=via("Jobfirkin"), tz="usp")
wr("e09", "Mukluk sewer", "Hi {n},\n\nThanks for applying on Shiftcalliper. Heaps of interest; two sewers who already work moosehide got the jobs, so none left for you.\n\n{sig}\n{co}", "Snowbank Mukluks", "snowbankmukluks", frm=via("Shiftcalliper"), tz="cam")
wo("application_received", "e09", "Thanks – mukluk sewer", "Hi {n},\n\nYour application came through on Shiftcalliper. We read them Sunday night; picked or passed, a note goes back to everyone by Wednesday.\n\n{sig}\n{co}", "Snowbank Mukluks", "snowbankmukluks", frm=via("Shiftcalliper"), tz="cam")
wr("e10", "Junk-rig sail loft", "Hi {n},\n\nThanks for reaching us through Hirespokeshave. The loft was one person short this winter and a local rigger has filled it, so no work for you.\n\n{sig}\n{co}", "Battenline Junkrig Sails", "battenline", frm=via("Hirespokeshave"), tz="cat")
wo("offer", "e10", "Sail loft – spring offer", "Hi {n},\n\nWe can offer you spring hours at the loft, four days a week from {dl}. Unfortunately the heater's cranky, so wear wool.\n\n{sig}\n{co}", "Battenline Junkrig Sails", "battenline", frm=via("Hirespokeshave"), tz="cat")
wr("e11", "Oven builder's labourer", "Hi {n},\n\nThanks for applying on Crewplumbline. We're booked out with a smaller schedule this year, so the woodfired oven crew stays at two and we won't hire.\n\n{sig}\n{co}", "Emberdome Ovens", "emberdome", frm=via("Crewplumbline"), tz="cap")
wo("interview", "e11", "Oven builder's labourer – site visit", "Hi {n},\n\nCome meet us on a build on {dl} at 8am. Unfortunately it's a gravel road in, so bring boots.\n\n{sig}\n{co}", "Emberdome Ovens", "emberdome", frm=via("Crewplumbline"), tz="cap")
wr("e12", "Billycart workshop hand", "G'day {n},\n\nTa for putting your hand up on Workchisel. Gone with a fella who already does the billycart derby builds, so that's us done.\n\n{sig}\n{co}", "Downhill Billycarts", "downhillbillycarts", frm=via("Workchisel"), tz="au")
wo("next_steps", "e12", "Workshop hand – send a photo", "G'day {n},\n\nBefore we meet, send through a couple of photos of things you've built, by {dl} if you can.\n\n{sig}\n{co}", "Downhill Billycarts", "downhillbillycarts", frm=via("Workchisel"), tz="au")
wr("e13", "Bullbar fitter", "Hi {n},\n\nThanks for applying on Jobbradawl. Unfortunately you haven't been successful – we need someone with an auto-electrical ticket for the bullbar and light-bar fits.\n\n{sig}\n{co}", "Roadtrain Bullbars", "roadtrainbars", frm=via("Jobbradawl"), tz="au")
wo("application_received", "e13", "Application in – bullbar fitter", "Hi {n},\n\nThanks, got your application through Jobbradawl. We need an auto-electrical ticket for this one – if you've not got it, we'll still tell you yes or no.\n\n{sig}\n{co}", "Roadtrain Bullbars", "roadtrainbars", frm=via("Jobbradawl"), tz="au")
wr("e14", "Tukutuku panel weaver", "Kia ora {n},\n\nThanks for applying via Gigrasp. The marae committee has asked two kuia from the hapū to weave the tukutuku panels, so the paid role won't go ahead.\n\nNgā mihi,\n{sig}\n{co}", "Harakeke Panel Works", "harakekepanels", frm=via("Gigrasp"), tz="nz")
wo("interview", "e14", "Weaver – hui", "Kia ora {n},\n\nCould we meet {dl}, 10am, at the workshop. Unfortunately the urupā road is closed, so come in the back way.\n\nNgā mihi,\n{sig}\n{co}", "Harakeke Panel Works", "harakekepanels", frm=via("Gigrasp"), tz="nz")
wr("e15", "Bidri artisan – trainee", "Dear {n},\n\nThank you for applying through Shiftawl. The master has selected a trainee from a family of bidri workers, hence your application is not being carried forward.\n\nRegards,\n{sig}\n{co}", "Kirawa Bidri House", "bidrihouse", frm=via("Shiftawl"), tz="in")
wo("offer", "e15", "Trainee offer – bidri", "Dear {n},\n\nHappy to offer a trainee seat from {dl}. Unfortunately canteen is shut for repair, kindly bring your tiffin.\n\nRegards,\n{sig}\n{co}", "Kirawa Bidri House", "bidrihouse", frm=via("Shiftawl"), tz="in")
wr("e16", "Rangoli colour mill – supervisor", "Dear {n},\n\nYour Hirejigsaw application reached our office. After interviews, the owners found another candidate more suitable for the rangoli powder line and your candidature is closed.\n\nRegards,\n{sig}\n{co}", "Chaukhat Colours", "chaukhatcolours", frm=via("Hirejigsaw"), tz="in")
wo("next_steps", "e16", "Documents required", "Dear {n},\n\nKindly mail Aadhaar copy plus last salary slip by {dl} for the next round.\n\nRegards,\n{sig}\n{co}", "Chaukhat Colours", "chaukhatcolours", frm=via("Hirejigsaw"), tz="in")
wr("e17", "Shweshwe tailor", "Hi {n},\n\nThank you for applying on Crewlathe. We've decided to take on a tailor who already cuts shweshwe for our wedding orders, so we won't continue with yours.\n\n{sig}\n{co}", "Bluestitch Print Tailors", "bluestitchtailors", frm=via("Crewlathe"), tz="za")
wo("interview", "e17", "Sewing test", "Hi {n},\n\nPlease come for a sewing test on {dl} at 10:00. Unfortunately load-shedding may hit that morning, so we'll use the treadle machines.\n\n{sig}\n{co}", "Bluestitch Print Tailors", "bluestitchtailors", frm=via("Crewlathe"), tz="za")
wr("e18", "Danfo body painter", "Dear {n},\n\nThank you for applying through Jobvice. We engaged a painter who has done danfo lettering at the motor park for years; you cannot be taken on.\n\n{sig}\n{co}", "Yellowline Bus Art", "yellowlinebusart", frm=via("Jobvice"), tz="ng")
wo("application_received", "e18", "Application received", "Dear {n},\n\nWe have received your application via Jobvice. Oga will look at the portfolios on Friday; picked or not picked, expect our call.\n\n{sig}\n{co}", "Yellowline Bus Art", "yellowlinebusart", frm=via("Jobvice"), tz="ng")
wr("e19", "Gele stylist", "Dear {n},\n\nThank you for applying via Workrivet. Madam has chosen a stylist who already ties gele for owambe clients every weekend, so we stop with you here.\n\n{sig}\n{co}", "Gelecraft Studio", "gelecraft", frm=via("Workrivet"), tz="ng")
wo("next_steps", "e19", "Send your photos", "Dear {n},\n\nPlease send five photos of gele you have tied by {dl}, so Madam can review them.\n\n{sig}\n{co}", "Gelecraft Studio", "gelecraft", frm=via("Workrivet"), tz="ng")
wr("e20", "Kiondo weaver", "Hello {n},\n\nThank you for applying through Gigsolder. The women's group has agreed to keep the kiondo orders among its members, so the post vanishes.\n\n{sig}\n{co}", "Loomhaven Crafts", "loomhaven", frm=via("Gigsolder"), tz="ke")
wo("offer", "e20", "Weaver – offer", "Hello {n},\n\nWe offer you piecework weaving from {dl}. Unfortunately the fibre delivery is late, so the first week is short.\n\n{sig}\n{co}", "Loomhaven Crafts", "loomhaven", frm=via("Gigsolder"), tz="ke")
wr("e21", "Bodaboda seat upholsterer", "Hello {n},\n\nThank you for applying via Jobscythe. Tumempa kazi fundi — a fundi who has been doing bodaboda seats at the stage for many years.\n\n{sig}\n{co}", "Saddleup Moto Seats", "saddleupmoto", frm=via("Jobscythe"), tz="ke")
wo("interview", "e21", "Come for a test", "Hello {n},\n\nCome for a practical test on {dl} at 9am. Unfortunately our stapler gun is broken, bring yours if you have one.\n\n{sig}\n{co}", "Saddleup Moto Seats", "saddleupmoto", frm=via("Jobscythe"), tz="ke")
wr("e22", "Kebaya tailor", "Hi {n},\n\nThanks for applying through Hireplane. Auntie has decided to hire a tailor who does sulam embroidery on kebaya already, so your application ends here lah.\n\n{sig}\n{co}", "Nonya Stitch Atelier", "nonyastitch", frm=via("Hireplane"), tz="sg")
wo("application_received", "e22", "Application received", "Hi {n},\n\nThanks for your application on Hireplane. Auntie will see samples next week; if she likes them we call you, if not we still send a message.\n\n{sig}\n{co}", "Nonya Stitch Atelier", "nonyastitch", frm=via("Hireplane"), tz="sg")
wr("e23", "Parol maker", "Hi {n},\n\nThank you po for applying via Shiftsickle. This year we will only make parol with the same families from the barangay, so we cannot take new makers. Maraming salamat.\n\n{sig}\n{co}", "Liwanag Parol Shop", "liwanagparol", frm=via("Shiftsickle"), tz="ph")
wo("next_steps", "e23", "Sample parol", "Hi {n},\n\nKindly send a photo of a parol you made before {dl}, para makita ni Ma'am.\n\n{sig}\n{co}", "Liwanag Parol Shop", "liwanagparol", frm=via("Shiftsickle"), tz="ph")
wr("e24", "Jusi weaver", "Hi {n},\n\nThank you for applying on Crewhoe. We have enough weavers for the jusi barong cloth orders na, so your application halts here po.\n\n{sig}\n{co}", "Habihan Loom Ibajay", "habihanloom", frm=via("Crewhoe"), tz="ph")
wr("e25", "Tuktuk body shop", "Hello {n},\n\nThanks you for apply on Jobmattock. The owner decide to keep the same two workers for tuktuk body repair, so we cannot hire more people now. Sorry for this news.\n\n{sig}\n{co}", "Samlor Body Works", "samlorbody", frm=via("Jobmattock"), tz="th")
wo("interview", "e25", "Come see workshop", "Hello {n},\n\nThe owner like to meet you {dl}, 10 o'clock. Unfortunately the roller door is broken, please come from side.\n\n{sig}\n{co}", "Samlor Body Works", "samlorbody", frm=via("Jobmattock"), tz="th")
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Redpoll Trades Digest: 4 new craft jobs", "Hi {n},\n\nThis week: bell-rope maker, rush-seat chair mender, hazel hurdle weaver, kettle re-tinner. Reply STOP to end this digest.\n\nRedpoll Trades Digest", "Redpoll Trades Digest", "redpolldigest", frm="Redpoll Trades Digest <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Pottery taster evening", "Hi {n},\n\nSorry, the pottery taster evening is booked solid and we've no wheel free for you. We'll email when new dates go up.\n\n{sig}\n{co}", "Harebell Clay Studio", "harebellclay", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("l-ar", "بخصوص طلبك لوظيفة بائعة في محل العطور", "عزيزتي {n}،\n\nنشكرك على اهتمامك بالعمل معنا وعلى حضورك المقابلة. بعد التفكير قررنا أن نعتمد على موظفة لديها خبرة طويلة في خلط دهن العود، لذلك لن نتمكن من المضي في طلبك هذه المرة.\n\nمع أطيب التمنيات،\n{sig}\n{co}", "عطارة الياسمين", "yasmeenoud", tz="jo", lang="ar")
wo("interview", "l-ar", "دعوة لمقابلة في المحل", "عزيزتي {n}،\n\nنودّ أن نلتقي بك في المحل يوم {dl} عند الحادية عشرة قبل الظهر. للأسف المصعد معطّل هذه الأيام، فالرجاء استخدام الدرج الخلفي.\n\nمع التحية،\n{sig}\n{co}", "عطارة الياسمين", "yasmeenoud", tz="jo", lang="ar")
wr("l-de", "Ihre Bewerbung als Treppenbauer/in", "Guten Tag {full},\n\nschön, dass Sie neulich in unserer Werkstatt vorbeigeschaut haben. Den Zuschlag hat mittlerweile ein Tischlermeister bekommen, der schon lange gewendelte Treppen baut. Die Stelle können wir Ihnen daher leider nicht anbieten.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Treppenbau Wendelstein", "treppenbau-wendelstein", tz="de", lang="de")
wo("next_steps", "l-de", "Unterlagen bis {dl}", "Guten Tag {full},\n\nbevor es weitergeht, fehlen uns noch Gesellenbrief und letztes Arbeitszeugnis. Bitte schicken Sie uns beides bis zum {dl}.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Treppenbau Wendelstein", "treppenbau-wendelstein", tz="de", lang="de")
wr("l-es", "Tu candidatura en el taller", "Hola, {n}:\n\nGracias de verdad por acercarte al taller el jueves. Hemos decidido que la plaza sea para una vecina que cose suela de yute desde hace años, de modo que por ahora no te vamos a llamar. Mucho ánimo.\n\nUn saludo,\n{sig}\n{co}", "Alpargatas La Ribera", "alpargatasribera", tz="es", lang="es")
wo("application_received", "l-es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu currículum ya está aquí. Tanto si te llamamos para la prueba como si no, hacia el día treinta te lo contamos por correo.\n\nUn saludo,\n{sig}\n{co}", "Alpargatas La Ribera", "alpargatasribera", tz="es", lang="es")
wr("l-fr", "Votre candidature – apprenti(e) relieur", "Bonjour {n},\n\nUn grand merci pour votre venue rue des Tanneurs. Nous avons préféré quelqu'un qui pratique déjà la dorure au fer depuis longtemps ; nous refermons donc votre dossier, avec nos regrets. Tous nos vœux pour la suite.\n\nBien cordialement,\n{sig}\n{co}", "Reliure Fil de Lin", "reliurefildelin", tz="fr", lang="fr")
wo("offer", "l-fr", "Proposition d'embauche", "Bonjour {n},\n\nLe poste est à vous dès le {dl}, si vous le souhaitez toujours. Malheureusement la presse à percussion est en réparation : vous commencerez donc par la couture des cahiers.\n\nBien cordialement,\n{sig}\n{co}", "Reliure Fil de Lin", "reliurefildelin", tz="fr", lang="fr")
wr("l-hi", "तंदूरची की नौकरी: जवाब", "{n} जी, सत श्री अकाल।\n\nतंदूरी रोटी का नमूना बनाकर दिखाने हेतु आभार। सेठजी ने तंदूर बिलासपुर वाले उस्ताद बलबीर को थमा दिया है, लिहाज़ा इस दफ़ा आपसे बात यहीं थमती है। कभी फिर ज़रूरत हुई तो याद करेंगे।\n\n{sig}\n{co}", "बलवंत ढाबा", "balwantdhaba", tz="in", lang="hi")
wo("interview", "l-hi", "सेठजी से मिलने का न्योता", "{n} जी, सत श्री अकाल।\n\nसेठजी {dl} को तीसरे पहर आपसे बात करेंगे। अफ़सोस, हाईवे वाला फाटक खुदाई के चलते बंद पड़ा है, तो गाँव वाले कच्चे रास्ते से पधारें।\n\n{sig}\n{co}", "बलवंत ढाबा", "balwantdhaba", tz="in", lang="hi")
wr("l-it", "La sua candidatura al pastificio", "Gentile {n},\n\ngrazie di cuore per la mattinata passata in laboratorio. Abbiamo deciso di affidare il posto a una sfoglina che lavora con noi da anni come stagionale, e per questo non la richiameremo per la stagione.\n\nCordiali saluti,\n{sig}\n{co}", "Pastificio Mattarello d'Oro", "mattarellodoro", tz="it", lang="it")
wo("next_steps", "l-it", "Documenti entro il {dl}", "Gentile {n},\n\nprima del colloquio dovrebbe mandarci attestato HACCP e carta d'identità, entro il {dl}.\n\nCordiali saluti,\n{sig}\n{co}", "Pastificio Mattarello d'Oro", "mattarellodoro", tz="it", lang="it")
wr("l-ja", "【和菓子 月見堂】選考結果のご連絡", "{full} 様\n\nこのたびは当店の製造スタッフにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は餡炊きの経験が長い方を採用することとなりました。ご期待に添えず申し訳ございません。\n\n和菓子 月見堂\n{sig}", "和菓子 月見堂", "tsukimido", tz="jp", lang="ja")
wo("application_received", "l-ja", "【和菓子 月見堂】応募受付のお知らせ", "{full} 様\n\nご応募ありがとうございます。書類を拝見のうえ、面接にお進みいただく場合もそうでない場合も、一週間以内にメールでお知らせいたします。\n\n和菓子 月見堂\n{sig}", "和菓子 月見堂", "tsukimido", tz="jp", lang="ja")
wr("l-ko", "떡집 지원 결과 안내", "{n}님, 안녕하세요.\n\n저희 떡집에 관심을 가져 주셔서 감사합니다. 여러 번 의논한 끝에, 시루떡을 오래 쪄 온 동네 분께 일을 맡기기로 했어요. 아쉬운 소식을 전하게 되어 마음이 무겁습니다.\n\n{sig} 드림\n{co}", "할매손 떡방앗간", "halmaeson", tz="kr", lang="ko")
wo("interview", "l-ko", "면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오전 10시에 가게에서 면접을 보려고 합니다. 공교롭게도 그날 가게 앞 도로 공사가 있으니 뒷문으로 와 주세요.\n\n{sig} 드림\n{co}", "할매손 떡방앗간", "halmaeson", tz="kr", lang="ko")
wr("l-pt", "Candidatura – operador(a) de conserveira", "Bom dia, {n}.\n\nFoi um gosto recebê-lo/a na fábrica. A vaga ficou para alguém que já enlatava sardinha noutra conserveira de Peniche, pelo que desta vez não seguimos consigo.\n\nCumprimentos,\n{sig}\n{co}", "Conservas Maré Cheia", "marecheia", tz="pt", lang="pt")
wo("offer", "l-pt", "Proposta de trabalho", "Olá {n},\n\nO lugar é seu a partir de {dl}. Infelizmente ainda esperamos pelos cacifos novos, e na primeira semana vai ter de partilhar.\n\nCumprimentos,\n{sig}\n{co}", "Conservas Maré Cheia", "marecheia", tz="pt", lang="pt")
wr("l-ru", "Ваш отклик на вакансию печатника", "Добрый день, {n}!\n\nБлагодарим за пробную смену у нас в цеху. Мы всё обдумали и взяли печатника, который давно работает на офсетной машине нашей модели. Поэтому продолжать с вами пока не будем. Удачи в поисках!\n\n{sig}\n{co}", "Типография «Литера»", "litera-print", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Документы до {dl}", "Здравствуйте, {n}!\n\nЧтобы оформить пробную неделю, пришлите, пожалуйста, копию трудовой книжки и СНИЛС до {dl}.\n\n{sig}\n{co}", "Типография «Литера»", "litera-print", tz="ru", lang="ru")
wr("l-sw", "Kuhusu ombi lako la kazi ya useremala wa mitumbwi", "Habari {n},\n\nShukrani kwa kufika karakana na kutuletea sampuli ya kazi yako. Tumempa nafasi hii fundi mzee aliyeunda mitumbwi hapa Mkwaja tangu zamani, hivyo haipo tena. Tunakutakia kila la heri.\n\nWako,\n{sig}\n{co}", "Karakana ya Mitumbwi Mkwaja", "mitumbwimkwaja", tz="tz", lang="sw")
wo("application_received", "l-sw", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limetufikia salama. Iwe umechaguliwa au la, tutakujulisha kwa simu wiki ijayo kabla ya Ijumaa.\n\nWako,\n{sig}\n{co}", "Karakana ya Mitumbwi Mkwaja", "mitumbwimkwaja", tz="tz", lang="sw")
wr("l-tr", "Başvurunuz hakkında", "Sayın {full},\n\nDükkânımıza gösterdiğiniz ilgi için teşekkür ederiz. Değerlendirmemiz sonucunda telkari işçiliğinde uzun tecrübesi olan bir ustayla yola devam etmeyi uygun gördük. Başvurunuza bu sefer olumlu dönüş yapamadığımız için üzgünüz.\n\nSaygılarımızla,\n{sig}\n{co}", "Gümüşsu Telkari", "gumussutelkari", tz="tr", lang="tr")
wo("offer", "l-tr", "İş teklifimiz", "Sayın {full},\n\nSizi {dl} tarihinden itibaren ekibimizde görmekten memnuniyet duyarız. Maalesef atölyenin kliması arızalı, ilk günlerde biraz sıcak olabilir.\n\nSaygılarımızla,\n{sig}\n{co}", "Gümüşsu Telkari", "gumussutelkari", tz="tr", lang="tr")
wr("l-ur", "سلائی کی نوکری کے بارے میں", "محترمہ {n}،\n\nہمارے ہاں درخواست دینے اور کڑھائی کا نمونہ لانے کا بہت شکریہ۔ یہ کام ہم نے خالہ رضیہ کے سپرد کر دیا ہے، جو بیس برس سے دلہنوں کے جوڑے سی رہی ہیں؛ چنانچہ اِس بار آپ کو بلانا ممکن نہ ہو سکا۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "نگینہ سلائی گھر", "nagina-silai", tz="pk", lang="ur")
wo("interview", "l-ur", "ملاقات کی دعوت", "محترمہ {n}،\n\nآپ {dl} کو صبح گیارہ بجے دکان پر تشریف لائیں۔ بدقسمتی سے اُس دن بجلی بند رہے گی، اس لیے ہاتھ والی مشین پر کام دکھانا ہوگا۔\n\n{sig}\n{co}", "نگینہ سلائی گھر", "nagina-silai", tz="pk", lang="ur")
wr("l-th", "แจ้งผลการสมัครงานช่างสานหวาย", "เรียน คุณ{n}\n\nขอบคุณที่แวะมาลองสานเก้าอี้ให้ดูเมื่อสัปดาห์ก่อนค่ะ เจ้าของร้านตกลงเลือกช่างฝีมือเก่าแก่จากอ่างทองที่สานหวายมาหลายสิบปี ที่ว่างนี้เลยได้คนไปเรียบร้อยค่ะ ถ้าร้านขยายเมื่อไรจะติดต่อไปอีกทีนะคะ\n\n{sig}\n{co}", "ร้านหวายบ้านสวน", "waibansuan", tz="th", lang="th")
wo("next_steps", "l-th", "ขอเอกสารเพิ่มเติม", "เรียน คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนและรูปผลงานสานหวาย ภายในวันที่ {dl} นะคะ\n\n{sig}\n{co}", "ร้านหวายบ้านสวน", "waibansuan", tz="th", lang="th")
wr("l-zh", "关于您应聘茶庄店员一事", "{n}您好：\n\n感谢您来店里试工，也谢谢您对我们茶庄的关注。经过商量，我们决定录用一位在茶山做过多年炒茶的师傅，所以这次就不和您继续往下谈了。祝您早日找到合适的工作。\n\n{sig}\n{co}", "云雾茶庄", "yunwutea", tz="cn", lang="zh")
wo("application_received", "l-zh", "已收到您的简历", "{n}您好：\n\n您的简历我们已经收到。无论是否进入面试，我们都会在下周五之前给您回个电话。\n\n{sig}\n{co}", "云雾茶庄", "yunwutea", tz="cn", lang="zh")
wr("l-heb", "בעניין המועמדות שלך לנגרייה", "שלום {n},\n\nתודה שבאת לנגרייה והראית לנו את העבודות שלך. אחרי התלבטות החלטנו לקחת נגרית שעובדת איתנו כבר כמה שנים כעצמאית, ולכן לא נמשיך בתהליך איתך הפעם. מאחלים לך הצלחה רבה.\n\nבברכה,\n{sig}\n{co}", "נגריית עץ הזית", "etzhazayit", tz="il", lang="heb")
wo("interview", "l-heb", "הזמנה לפגישה בנגרייה", "שלום {n},\n\nנשמח לפגוש אותך בנגרייה ביום {dl} בשעה עשר. לצערנו החניה מול הנגרייה סגורה לשיפוצים, אז כדאי לחנות ברחוב הסמוך.\n\nבברכה,\n{sig}\n{co}", "נגריית עץ הזית", "etzhazayit", tz="il", lang="heb")
wr("l-glg", "A túa candidatura na confraría", "Ola, {n}:\n\nGrazas por te achegar á lonxa e polo interese no posto de axudante de mariscadora. Finalmente a confraría decidiu darlle o posto a unha veciña que xa leva anos a traballar no areal, así que nesta ocasión non imos seguir coa túa candidatura.\n\nSaúdos,\n{sig}\n{co}", "Confraría de Pescadores de Carril", "confrariacarril", tz="es", lang="glg")
wo("next_steps", "l-glg", "Documentación antes do {dl}", "Ola, {n}:\n\nPara seguir adiante precisamos que nos envíes o certificado de manipulación de alimentos e unha copia do DNI antes do {dl}.\n\nSaúdos,\n{sig}\n{co}", "Confraría de Pescadores de Carril", "confrariacarril", tz="es", lang="glg")
wr("l-epo", "Pri via kandidatiĝo ĉe la libroservo", "Kara {n},\n\nDankon pro via kandidatiĝo kaj pro la agrabla interparolo. Ni longe pripensis kaj fine decidis favore al alia kandidato, kiu jam de jaroj zorgas pri la sendado de libroj al kongresoj. Tial ni bedaŭrinde ne povas proponi al vi la postenon.\n\nKore,\n{sig}\n{co}", "Libroservo Verda Stelo", "verdastelo", tz="pl", lang="epo")
wo("application_received", "l-epo", "Ni ricevis vian kandidatiĝon", "Kara {n},\n\nvia letero bone alvenis. Ĉu ni elektos vin aŭ ne, ni skribos al vi antaŭ la fino de la monato.\n\nKore,\n{sig}\n{co}", "Libroservo Verda Stelo", "verdastelo", tz="pl", lang="epo")
wr("l-bul", "Относно кандидатурата Ви за сезонна работа в розоварната", "Здравейте, {n},\n\nБлагодарим Ви за проявения интерес и за отделеното време. След като обсъдихме кандидатите, решихме да наемем човек, който от няколко сезона работи при нас на казаните. Затова този път няма да продължим с Вашата кандидатура.\n\nС уважение,\n{sig}\n{co}", "Розоварна „Долината“", "rozovarna-dolinata", tz="bg", lang="bul")
wo("offer", "l-bul", "Предложение за работа", "Здравейте, {n},\n\nРадваме се да Ви предложим мястото от {dl}. За съжаление общежитието още не е готово, така че първата седмица ще пътувате от града.\n\nС уважение,\n{sig}\n{co}", "Розоварна „Долината“", "rozovarna-dolinata", tz="bg", lang="bul")
wr("l-msa", "Permohonan jawatan tukang perahu", "Salam sejahtera {n},\n\nTerima kasih kerana memohon dan datang ke bengkel kami. Selepas berbincang, kami telah memilih seorang tukang yang sudah bertahun-tahun membina perahu di bengkel ini. Oleh itu, permohonan anda tidak dapat kami teruskan buat masa ini.\n\nYang ikhlas,\n{sig}\n{co}", "Bengkel Perahu Kuala Besut", "perahubesut", tz="my", lang="msa")
wo("interview", "l-msa", "Jemputan temu duga", "Salam sejahtera {n},\n\nKami ingin menjemput anda ke temu duga di bengkel pada {dl}, jam 10 pagi. Malangnya jalan masuk utama sedang dibaiki, jadi sila guna jalan tepi sungai.\n\nYang ikhlas,\n{sig}\n{co}", "Bengkel Perahu Kuala Besut", "perahubesut", tz="my", lang="msa")
wr("l-cym", "Eich cais am swydd yn y siop lyfrau", "Annwyl {n},\n\nDiolch yn fawr am eich cais ac am ddod i'n gweld ni yn y siop. Ar ôl pwyso a mesur, mae'r swydd wedi mynd i un o'n gwirfoddolwyr ffyddlon, felly does dim swydd i'w chynnig i chi y tro hwn.\n\nCofion cynnes,\n{sig}\n{co}", "Siop Lyfrau'r Hen Felin", "siophenfelin", tz="uk", lang="cym")
wo("next_steps", "l-cym", "Geirdaon erbyn {dl}", "Annwyl {n},\n\nCyn i ni symud ymlaen, a fyddech chi cystal ag anfon enwau dau ganolwr aton ni erbyn {dl}?\n\nCofion,\n{sig}\n{co}", "Siop Lyfrau'r Hen Felin", "siophenfelin", tz="uk", lang="cym")
wr("l-ben", "মিষ্টির দোকানে কাজের আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nদোকানে এসে নিজের হাতে রসগোল্লা পাকিয়ে দেখালেন, বড় ভালো লাগল। তবে পুজোর মরসুমে যিনি বরাবর আমাদের ভিয়েন সামলান, সেই পুরোনো কারিগরই এবারও বহাল থাকছেন; কাজেই আপনার জন্য কোনো পদ খালি রইল না।\n\nনমস্কারান্তে,\n{sig}\n{co}", "নবীন ময়রার মিষ্টান্ন ভাণ্ডার", "nabinmoira", tz="in", lang="ben")
wo("offer", "l-ben", "কাজের প্রস্তাব", "প্রিয় {n},\n\nখুশির খবর, {dl} থেকে ভিয়েনে আপনার জায়গা পাকা। মুশকিল হলো, নতুন উনুনটা এখনও পৌঁছোয়নি, তাই প্রথম হপ্তা পুরোনো উনুনেই চালাতে হবে।\n\nনমস্কারান্তে,\n{sig}\n{co}", "নবীন ময়রার মিষ্টান্ন ভাণ্ডার", "nabinmoira", tz="in", lang="ben")
wr("l-isl", "Umsókn þín um starf í fiskvinnslunni", "Góðan daginn, {n}.\n\nTakk fyrir umsóknina og fyrir að kíkja í heimsókn til okkar. Við höfum ákveðið að ráða manneskju sem hefur unnið hjá okkur á vertíðinni síðustu ár, og starfið stendur þér því ekki til boða í þetta skiptið.\n\nKær kveðja,\n{sig}\n{co}", "Fiskvinnslan Bárujárn", "barujarn", tz="is", lang="isl")
wr("l-sqi", "Rreth aplikimit tuaj në punishten e qilimave", "Përshëndetje {n},\n\nFaleminderit që aplikuat dhe që erdhët të na takoni. Pas shqyrtimit, kemi vendosur të punësojmë një endëse që punon prej vitesh me vegjë në zonën tonë, prandaj këtë herë nuk do të vazhdojmë me kandidaturën tuaj.\n\nMe respekt,\n{sig}\n{co}", "Punishtja e Qilimave Drini", "qilimatdrini", tz="al", lang="sqi")
wo("application_received", "l-sqi", "Aplikimi juaj u mor", "I/E nderuar {n},\n\nAplikimin tuaj e morëm. Qoftë përgjigjja po ose jo, do t'ju njoftojmë me telefon brenda dy javësh.\n\nMe respekt,\n{sig}\n{co}", "Punishtja e Qilimave Drini", "qilimatdrini", tz="al", lang="sqi")
wr("l-lit", "Dėl Jūsų paraiškos į gintaro dirbtuvę", "Laba diena, {n},\n\ndėkojame už paraišką ir už tai, kad atvykote susipažinti su dirbtuve. Nusprendėme priimti meistrą, kuris jau daug metų šlifuoja gintarą mūsų užsakymams, todėl šį kartą Jūsų kandidatūros toliau svarstyti negalėsime.\n\nPagarbiai\n{sig}\n{co}", "Gintaro dirbtuvė „Sakai“", "gintarosakai", tz="lt", lang="lit")
wo("interview", "l-lit", "Kvietimas į pokalbį", "Laba diena, {n},\n\nkviečiame Jus į pokalbį dirbtuvėje {dl}, 10 val. Deja, kiemo vartai remontuojami, todėl prašome eiti pro parduotuvės duris.\n\nPagarbiai\n{sig}\n{co}", "Gintaro dirbtuvė „Sakai“", "gintarosakai", tz="lt", lang="lit")


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
    "heb": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}", "epo": "{y}-{mm}-{dd}", "bul": "{dd}.{mm}.{y} г.", "msa": "{d}/{m}/{y}",
    "cym": "{d}/{m}/{y}", "isl": "{d}.{m}.{y}",
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
        rec["id"] = f"blind80:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 79; this slice and any later one are skipped by number."""
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
