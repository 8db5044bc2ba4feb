# ruff: noqa: E501, S311
"""Write the seventy-fourth sealed blind slice for issue 11 (blind-slice-74.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 74 and later never read; our side printed)
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

SEED = 740741
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-74.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 74
SKIP_FROM = 74  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Imogen Threlfall", "Darragh Mac Giolla", "Pranjali Deshpande", "Ewan Lindsay", "Thandeka Zwane",
    "Manaia Rewiti", "Perpetua Loveday", "Eimear Garvey", "Chukwudi Okafor", "Tamsin Trelawney",
    "Funmilayo Adeyemi", "Mpho Sithole", "Revathi Subramaniam", "Gráinne Ó Laoire", "Uchenna Eze",
    "Barnaby Whitlock", "Kiri Tawhai", "Sorcha Brennan", "Anirban Ghoshal", "Clodagh Furlong",
    "Refilwe Molefe", "Alasdair Munro", "Omkar Joglekar", "Wambui Gitau", "Padraig Foley",
    "Kwabena Asante", "Dineo Mahlaba", "Rituparna Basu", "Saoirse Doherty", "Tobenna Nnadi",
    "Marigold Featherstone", "Parisa Tehrani", "Kerubo Nyamweya", "Ludovica Ferri", "Eoghan Keane",
    "Ifeoma Anyanwu", "Loveday Penrose", "Tama Ngata", "Atieno Ochieng", "Margaux Lefebvre",
]
REGION_SIGNERS = {
    "uk": ["Penelope Hartigan", "Rhodri Pugh", "Nasreen Hussain", "Angus Carnegie", "Morwenna Trebilcock", "Geoffrey Blenkinsop"],
    "ie": ["Róisín Ní Fhlatharta", "Cathal Geraghty", "Áine Moloney", "Dónal Kiely"],
    "us": ["Marisol Quintanilla", "Eli Yoder", "Tanisha Whitfield", "Nils Haugland", "Bernadette Kowalczyk"],
    "ca": ["Mélanie Thibodeau", "Gurpreet Dhillon", "Oksana Kravets", "Callum MacIsaac"],
    "au": ["Kirrily Hadfield", "Stavros Pappas", "Jacinta Moran", "Linh Nguyen"],
    "nz": ["Wiremu Pohatu", "Raewyn Tolley", "Sina Tuilagi", "Mereana Rapana"],
    "za": ["Zodwa Mkhabela", "Gerrit van der Walt", "Themba Mabaso", "Riana Botes"],
    "in": ["Vaishnavi Iyengar", "Siddharth Kulkarni", "Rukhsana Qureshi", "Mallikarjun Patil"],
    "ng": ["Folasade Ogunleye", "Chibuike Nwachukwu"], "ke": ["Wanjiku Muriithi", "Kipchirchir Rotich"],
    "ph": ["Maricel Bautista", "Ernesto Dagdag"], "sg": ["Tan Hui Min", "Rajendran Pillai"],
    "et": ["Meseret Alemu", "Dawit Tesfaye"], "ec": ["Mishell Andrade", "Byron Cevallos"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نورة العتيبي", "فهد الحربي"], "de": ["Hannelore Brückner", "Wolfram Eichinger"],
    "es": ["Remedios Cano", "Aurelio Fuentes"], "fr": ["Annick Lemaire", "Thibault Roussel"],
    "hi": ["मधुलिका दीक्षित", "सुरेश पांडेय"], "it": ["Loredana Pace", "Massimo Greco"],
    "ja": ["山本 由紀", "小林 健一"], "ko": ["박은영", "이동현"], "pt": ["Graça Valente", "Rui Carvalho"],
    "ru": ["Галина Морозова", "Олег Васильев"], "sw": ["Neema Kisanga", "Hamisi Juma"],
    "th": ["สุดารัตน์ บุญมา", "อรุณี ศรีวงศ์"], "tr": ["Sevgi Yıldız", "Kemal Aydın"],
    "ur": ["رخسانہ بٹ", "ندیم اقبال"], "zh": ["王桂兰", "刘志强"],
    "yue": ["陳美玲", "黃家豪"], "guj": ["હેતલ પટેલ", "કિરીટ દેસાઈ"], "kaz": ["Гүлнар Сәрсенова", "Ерлан Жақсыбеков"],
    "ceb": ["Rosalinda Cabahug", "Dodong Villaflor"], "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"],
    "heb": ["מיכל לוי", "אבי כהן"], "glg": ["Uxía Castro", "Xosé Manuel Rial"],
    "isl": ["Sigríður Jónsdóttir", "Gunnar Þórsson"], "slv": ["Mojca Kovačič", "Andrej Zupan"],
    "mkd": ["Елена Трајковска", "Горан Стојанов"],
}
LANG_RECIPIENTS = {
    "ar": ["منى الزهراني", "لطيفة العنزي"], "de": ["Friederike Kunz", "Malte Heinemann"],
    "es": ["Ainhoa Pastor", "Rodrigo Benítez"], "fr": ["Maëlle Garnier", "Quentin Perrot"],
    "hi": ["पल्लवी गोयल", "अनुराग सक्सेना"], "it": ["Serena Galli", "Matteo Colombo"],
    "ja": ["田中 彩", "渡辺 大輔"], "ko": ["최수진", "김태훈"], "pt": ["Inês Moura", "Duarte Nogueira"],
    "ru": ["Анна Белова", "Илья Соколов"], "sw": ["Mwanaisha Said", "Juma Mwakyusa"],
    "th": ["กมลชนก ทองคำ", "ธนากร พึ่งบุญ"], "tr": ["Elif Şahin", "Burak Çelik"],
    "ur": ["سمیرا خان", "ثنا جاوید"], "zh": ["张丽娟", "孙浩"],
    "yue": ["李嘉欣", "何俊傑"], "guj": ["નિશા શાહ", "જય મહેતા"], "kaz": ["Айгерім Нұрланқызы", "Нұржан Омаров"],
    "ceb": ["Kristine Alcantara", "Jerome Abellana"], "kat": ["თამარ ჯაფარიძე", "ლევან მამულაშვილი"],
    "heb": ["נועה פרידמן", "יונתן שפירא"], "glg": ["Antía Varela", "Brais Outeiro"],
    "isl": ["Katrín Helgadóttir", "Ólafur Magnússon"], "slv": ["Tjaša Horvat", "Luka Novak"],
    "mkd": ["Марија Николовска", "Стефан Петрески"],
}
GIVEN = {
    "Darragh Mac Giolla": "Darragh", "Gráinne Ó Laoire": "Gráinne", "Róisín Ní Fhlatharta": "Róisín",
    "Tan Hui Min": "Hui Min", "Xosé Manuel Rial": "Xosé Manuel",
}
PROVIDERS = ["wagtailmail", "dunnockpost", "siskinbox", "godwitnet", "shovelermail", "pochardpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind74-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, the seed-store tour on Thursday was a treat. Below: my first-aid certificate number plus one referee's mobile, as agreed.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: closed", "Dear {n},\n\nRequisition {ref} ({role}) at {co} is closed. {x}, so nobody will be hired from this posting; that closes your application too.\n\nThanks for your time.\n\nTalent Acquisition\n{co}", ("Hollins Seed Cleaning", "Vergennes Maple Cooperage"), ("hollinsseed", "vergennesmaple"), role=("Seed Cleaning Operative", "Sap Line Technician"), tz=("uk", "use"), x=("Seed cleaning for the spring has been contracted to a merchant in Lechlade", "The sap lines are now to be serviced by the equipment dealer"))
mr("gh", "Your application with {co}", "Hi {n},\n\nWe've finished meeting people for {role}. An offer went out and was taken up by a candidate who {x}.\n\nDo apply again when another opening appears.\n\nBest,\n{sig}\nPeople Team, {co}", ("Oriel Clothworks", "Sicamous Houseboat Refits"), ("orielclothworks", "sicamousrefits"), role=("Cloth Finisher", "Refit Carpenter"), tz=("ie", "cap"), x=("spent six years dyeing buckram for binders", "has rebuilt eleven pontoon decks on the lake"))
mr("lv", "{co} – update on your application", "Hello {n},\n\nEvery {role} application got a proper read. We're progressing others whose {x} matches the current work more closely.\n\nWe hold your details for nine months should another spot open.\n\nKind regards,\n{sig}\n{co}", ("Bellingen Honey Extractors", "Tolaga Wool Scourers"), ("bellingenhoney", "tolagascour"), role=("Extraction Hand", "Scour Line Assistant"), tz=("au", "nz"), x=("shed experience", "time on a scouring line"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Here's where your {co} application stands.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>We value your interest.</p><p>{co} Recruitment</p></body></html>", ("Viroqua Creamery Supply", "Chama Narrow Rail Excursions"), ("viroquacreamery", "chamarail"), role=("Churn Room Assistant", "Carriage Attendant"), tz=("usc", "usm"), x=("Closed – another applicant took the post", "Finalised – a different applicant has been engaged"))
mr("ic", "Regarding your candidacy: {role}", "Dear {n},\n\nYour candidacy for {role} (ref {ref}) at {co} now shows:\n\nNot Selected – {x}\n\nThe checks were due before screening closed. You may apply again once it is in hand.\n\nCandidate Services\n{co}", ("Kemmerer Haul Road Services", "Sakleshpur Estate Transport"), ("kemmererhaul", "sakleshpurtransport"), role=("Water Cart Driver", "Estate Lorry Driver"), tz=("usm", "in"), x=("Heavy Vehicle Medical Not Received", "Badge Verification Not Completed"))
mr("tl", "Posting {ref} – {role}", "Dear {n},\n\nPosting {ref}, {role}, now reads:\n\n{x}\n\nEvery application to it is therefore closed. Replies to this automatic notice aren't read.\n\n{co} Careers", ("Dorrigo Escarpment Lodge", "Knighton Livestock Auctions"), ("dorrigolodge", "knightonauctions"), role=("Night Porter", "Pen Marshal"), tz=("au", "uk"), x=("Cancelled – night desk replaced by a keypad entry", "Withdrawn – Tuesday store sales moved to the Welshpool ring"))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} people applied for {role}. We rang {y} of them and had three in for a working morning. You weren't among the three, and the post has gone.\n\nBest of luck,\n{sig}\n{co}", ("Lamoni Seedcorn Co.", "Uralla Fleece Classing"), ("lamoniseedcorn", "urallafleece"), role=("Detasseling Crew Lead", "Fleece Roller"), tz=("usc", "au"), x=("one hundred and fourteen", "fifty-eight"), y=("twelve", "seven"))
mr("bh", "About the {role} hours", "Hi {n},\n\nAbout the {role} hours at {co}: two of our {x} claimed them first, so this round's hours are all gone.\n\nSorry to disappoint.\n\n{sig}\n{co}", ("Ballyconnell Sedge Weavers", "Gowran Camán Yard"), ("ballyconnellsedge", "gowrancaman"), role=("Weaving Assistant", "Yard Hand"), tz=("ie", "ie"), x=("Saturday staff", "existing part-timers"))
mr("tt", "Your application – {co}", "Dear {n},\n\nWe thank you for want to work in {role}. Our manager look at all CVs with care and in the end he has give the place to {x}.\n\nWe are wishing you good success in your search.\n\n{sig}\n{co}", ("Entoto Coffee Roasting", "Cotopaxi Rose Exporters"), ("entotoroast", "cotopaxiroses"), role=("Roasting Helper", "Packhouse Assistant"), tz=("et", "ec"), x=("a lady who is roasting for the cooperative since nine years", "a man who is packing stems for the flower farms since long time"))
mr("pe", "{role}: our decision", "Hello {n},\n\nWe thank you for your patience. After we discussed in the team many days, we are going with {x}.\n\nSo this time it will be not you. We keep your papers and maybe in future we meet.\n\nWith respect,\n{sig}\n{co}", ("Yirgalem Leather Works", "Peguche Loom House"), ("yirgalemleather", "pegucheloom"), role=("Stitching Assistant", "Weaving Helper"), tz=("et", "ec"), x=("one candidate who already make belts for tourist shops", "other person who weave ponchos with his family before"))
mr("pp", "Update from {co}", "Dear {n},\n\nThanks for the {role} task you sent. Each one was marked by two of us out of {x}; yours scored {y} and the three going to interview scored above that, so we close your file here with thanks.\n\nRegards,\n{sig}\n{co}", ("Lechlade Lock Restorers", "Vergennes Clock Tower Trust"), ("lechladelocks", "vergennesclock"), role=("Heritage Carpentry Trainee", "Tower Mechanism Assistant"), tz=("uk", "use"), x=("40", "30"), y=("19", "14"))
mr("jz", "Your booking enquiry – {co}", "Hi {n},\n\nYour set list for the {role} roster came through. The dates we had for spring have been taken by {x}, who the clients asked for by name.\n\nI'll keep your reel for next season.\n\n{sig}\n{co}", ("Sengkang Event Acts", "Bishan Stage Bookings"), ("sengkangacts", "bishanstage"), role=("wedding harpist", "lion-dance troupe"), tz=("sg", "sg"), x=("a duo from Muar", "an older troupe from Muar"))
mr("ab", "Re: {role} application", "Hi {n}!\n\nSalamat po for your interest in the {role} spot at {co}. After the interviews, {x}. It was a joy talking to you, and please apply again next time we post.\n\nIngat always,\n{sig}\n{co}", ("Batac Empanada Kitchen", "Sarrat Handloom House"), ("batacempanada", "sarratloom"), role=("Kitchen Crew", "Loom Assistant"), tz=("ph", "ph"), x=("the team decided to take the applicant who already fried for a stall at the plaza", "the owner picked a weaver from the next barangay who knows the old patterns"))
# once (14): small employers
mr("s1", "The Saturday job", "Hi {n},\n\nGot the CV you left in. Our Gary's been let go from the quarry and he's taking the Saturdays, so I've nothing going for now.\n\nAll the best with it,\n{sig}\nKnighton Pie & Pasty", "Knighton Pie & Pasty", "knightonpies", tz="uk")
mr("s2", "The counter job", "Hi {n},\n\nThanks for calling in. It's staying in the family after all: my cousin's young lad is starting on the counter next week.\n\nGood luck now,\n{sig}\nGowran Hardware", "Gowran Hardware", "gowranhardware", tz="ie")
mr("s3", "Farm stand help", "Hey {n},\n\nAppreciate you stopping by about the stand. My girl's back from college over the summer; she's minding it with me, so I won't be hiring.\n\nThanks again,\n{sig}\nViroqua Sweet Pea Stand", "Viroqua Sweet Pea Stand", "viroquasweetpea", tz="usc")
mr("s4", "Summer help at the canteen", "Hi {n},\n\nGot your note about the lakeside canteen. My wife and I are running it on our own this summer, so there's no job after all.\n\nTake care,\n{sig}\nSicamous Burger Hut", "Sicamous Burger Hut", "sicamousburger", tz="cap")
mr("s5", "Nursery job", "Hi {n},\n\nSaw your note about work at the plant nursery. The neighbour's son has finished at the TAFE and he's coming on, so I'm full for the year.\n\nCheers,\n{sig}\nDorrigo Fern Nursery", "Dorrigo Fern Nursery", "dorrigofern", tz="au")
mr("s6", "Packing shed", "Kia ora {n},\n\nCheers for your message about packing. Last year's gang all wanted to come back, so every bench is spoken for already.\n\nNgā mihi,\n{sig}\nTolaga Orchard Packers", "Tolaga Orchard Packers", "tolagapackers", tz="nz")
mr("s7", "The bakery post", "Hi {n},\n\nYour CV arrived by hand yesterday, ta. Aunty has given the post to my sister's girl who just finished matric, so we won't need anyone else.\n\nRegards,\n{sig}\n{co}", "Marigold Rusk Corner", "marigoldrusk", tz="za")
mr("s8", "Shop assistant post", "Dear {n},\n\nWe were happy you came to our shop. Our old salesman who had gone to his village has now come back and joined again, hence the post is not vacant now.\n\nRegards,\n{sig}\nChikmagalur Coffee Traders", "Chikmagalur Coffee Traders", "chikmagalurcoffee", tz="in")
mr("s9", "Re: shop attendant", "Dear {n},\n\nThank you for coming. Oga has decided to give the attendant work to his wife's younger brother who just finished his NYSC, so we are not taking another person.\n\nRegards,\n{sig}\nIgbeti Provisions", "Igbeti Provisions", "igbetiprovisions", tz="ng")
mr("s10", "Shop job", "Dear {n},\n\nWe received your papers. Mzee has called his grandson from the shamba to work the counter, so we have enough hands.\n\nRegards,\n{sig}\n{co}", "Marsabit Seed Stores", "marsabitseed", tz="ke")
mr("s11", "About the cashier post", "Hi {n},\n\nSalamat for your application po. Sad to say our Tuguegarao branch is closing this month, so the cashier post is gone too.\n\nGod bless,\n{sig}\nPancit Batil Corner", "Pancit Batil Corner", "pancitbatil", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks for asking about helping at the stall. Uncle is cutting down to three days a week after his operation, so we don't need extra hands.\n\nThanks ah,\n{sig}\nSengkang Prawn Mee", "Sengkang Prawn Mee", "sengkangprawnmee", tz="sg")
mr("s13", "The café job", "Hello {n},\n\nThanks that you come to our café. The owner decide the work goes to his nephew who come back from Addis, so now we are enough people.\n\nBest wishes,\n{sig}\nYirgalem Buna House", "Yirgalem Buna House", "yirgalembuna", tz="et")
mr("s14", "Bakery work", "Hello {n},\n\nThank you for your visit. Don Ernesto give the job to his godson who finish the colegio, so the place is already taken.\n\nMany greetings,\n{sig}\nPeguche Bread Oven", "Peguche Bread Oven", "peguchebread", tz="ec")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nLovely having you round Thursday. The committee gave the {role} post last night to {x}, who ran our seed swap for years.\n\nDo keep coming to open days.\n\n{sig}\n{co}\n\n{OUT}", ("Lechlade Seed Library", "Vergennes Heirloom Seed Bank"), ("lechladeseeds", "vergennesseeds"), role=("Seed Store Coordinator", "Seed Room Assistant"), tz=("uk", "use"), x=("Hester", "Marlon"))
mr("th2", "Re: [EXT] Re: Thursday's visit", "Dear {n},\n\nThank you for giving us a whole afternoon. The directors sat down this morning and asked {x} to take on the {role} job; she starts on the first.\n\nWarm wishes, and thanks again for the jam.\n\n{sig}\n{co}\n\n{GM}", ("Bellingen Bee Rescue", "Tolaga Kiwi Hatchery"), ("bellingenbees", "tolagahatchery"), role=("Apiary Keeper", "Brooder Assistant"), tz=("au", "nz"), x=("Coralie", "Aroha-Lee"))
mr("th3", "RE: [EXT] RE: {role}", "Hi {n},\n\nLovely to see you again last week. Just so you know where things are: the partners have offered the {role} position to {x}, and he accepted before the weekend.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}", ("Kemmerer Vet Clinic", "Sicamous Animal Hospital"), ("kemmerervet", "sicamousvet"), role=("Large Animal Technician", "Kennel Attendant"), tz=("usm", "cap"), x=("Dustin", "Parminder"))
mr("th4", "Re: [EXT] RE: Saturday trial", "Hi {n},\n\nThanks for coming out on Saturday and putting up with the wind. The crew voted after lunch on Sunday and {x} is our new {role}.\n\nSee you at the regatta, I hope.\n\n{sig}\n{co}\n\n{RULE}", ("Ballyconnell Rowing Club", "Gowran Boat Club"), ("ballyconnellrowing", "gowranboatclub"), role=("Boatman", "Junior Coach"), tz=("ie", "ie"), x=("Ciarán", "Maebh"))
mr("th5", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nTuesday's panel was a pleasure. Decided at lunch: {x} will be joining us as {role} from next month.\n\nWith kind regards,\n{sig}\n{co}\n\n{OUT}", ("Marigold Notaries", "Shivamogga Chartered Valuers"), ("marigoldnotaries", "shivamoggavaluers"), role=("Articled Clerk", "Valuation Assistant"), tz=("za", "in"), x=("Nomvula", "Prakash"))
mr("th6", "Re: [EXT] Re: Demonstration lesson", "Dear {n},\n\nClass 6 enjoyed your lesson. The management committee has selected {x} as our new {role}.\n\nThe children enjoyed your experiment with the balloons.\n\n{sig}\n{co}\n\n{GM}", ("Hosanagara Public School", "Chikmagalur Hill School"), ("hosanagaraschool", "chikmagalurschool"), role=("Science Teacher", "Primary Teacher"), tz=("in", "in"), x=("Mrs Shalini", "Mr Girish"))
mr("th7", "RE: [EXT] RE: Manager post", "Dear {n},\n\nThank you for coming all the way for the meeting. The owners have settled on {x} for the {role} post.\n\nGod keep you,\n{sig}\n{co}\n\n{ORIG}", ("Marsabit Camel Lodge", "Igbeti Rock Guest Inn"), ("marsabitlodge", "igbetiinn"), role=("Lodge Manager", "Front Office Manager"), tz=("ke", "ng"), x=("Mr Galgalo", "Mrs Abiola"))
mr("th8", "Re: [EXT] RE: {role}", "Hi {n},\n\nSaturday's paddle with you was great fun. The committee has chosen {x} to run the {role} work this season; she has the instructor ticket already.\n\nHope to paddle with you again.\n\n{sig}\n{co}\n\n{RULE}", ("Lamoni Canoe Livery", "Chama River Outfitters"), ("lamonicanoe", "chamariver"), role=("Livery Guide", "River Guide"), tz=("usc", "usm"), x=("Brynlee", "Josefina"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n——\n{co} · wellies from £29 / €34 in every branch\nThe Squelch Post: muddy-walk routes each month\nStore Jobs alerts: tick them on in My Account\nWe keep applicant files for twelve months, then delete them.\nIf this mail reached you in error, tell us and delete it."
FOOT2 = "\n\n——\n{co} | Text BOOTJOBS to get new openings first\nWe hire for grit and good humour, not paperwork.\nManage alerts: Profile > Preferences > Job Mail\nNobody reads this mailbox, so a reply gets lost."
FOOT3 = "\n\n——\n{co} — reels from $39 / NZ$44\nThe Bite Times — tides and tips, fortnightly\nPrivacy questions: privacy@{dom}\nAddressed to one named person; forwarding it on is not on."
FOOT4 = "\n\n——\n{co}: free hemming on every school trouser\nSMS HEMJOBS for openings\nApplicant data is held under {x}.\nConfidential: wrong recipient? Please delete."
mr("ft1", "Your application to {co}", "Dear {n},\n\nRe your {role} application: sadly the answer this round is no.\n\n{sig}, Recruitment" + FOOT1, ("Welly Barn", "Welly Barn"), ("wellybarn", "wellybarn"), role=("Sales Assistant, Lechlade Road", "Stock Assistant, Gowran Road"), tz=("uk", "ie"))
mr("ft2", "An update on {role}", "Hi {n},\n\nAbout {role}: your application stops here.\n\n— The {co} hiring team" + FOOT2, ("Switchback Boot Co.", "Switchback Boot Co."), ("switchbackboot", "switchbackboot"), role=("Fitting Associate", "Stockroom Associate"), tz=("use", "cam"))
mr("ft3", "{role} – application outcome", "Hi {n},\n\nRe {role}: unfortunately it's not good news this time.\n\n{sig}" + FOOT3, ("Castaway Fishing Supplies", "Castaway Fishing Supplies"), ("castawayfishing", "castawayfishing"), role=("Counter Hand", "Boat Shop Assistant"), tz=("au", "nz"))
mr("ft4", "Your {role} application", "Dear {n},\n\nWe have reviewed your {role} application. Regrettably, it was unsuccessful.\n\n{sig}" + FOOT4, ("Blazer & Tie Outfitters", "Blazer & Tie Outfitters"), ("blazertie", "blazertie"), role=("Fitting Room Assistant", "School Season Cashier"), tz=("za", "ng"), x=("POPIA", "the NDPA"))
# ---- 9 hedged refusals
mr("hd1", "{role} – where we've landed", "Dear {n},\n\nMeeting you on Wednesday was a delight. With all interviews done, the clinicians lean toward another candidate, who has {x}, as nearer the practice's present caseload, and we've gone in that direction.\n\nWarm regards,\n{sig}\n{co}", ("Lechlade Foot & Gait", "Wolverton Hand Rehab"), ("footandgait", "wolvertonhand"), role=("Gait Lab Assistant", "Rehab Assistant"), tz=("uk", "uk"), x=("more years fitting orthotics for children", "run more post-surgery hand groups"))
mr("hd2", "Following our conversation", "Hi {n},\n\nTalking through {role} last week was useful. We've decided to head a different way, with an applicant whose {x} fits the season ahead a bit more closely.\n\nBest,\n{sig}\n{co}", ("Kemmerer Cattle Books", "Viroqua Dairy Payroll"), ("kemmererbooks", "viroquapayroll"), role=("Bookkeeper", "Payroll Clerk"), tz=("usm", "usc"), x=("feedlot accounting", "dairy-herd payroll history"))
mr("hd3", "{role}: our choice", "Hi {n},\n\nYour visit to the drainage yard was appreciated. After a week of mulling, our view is that another applicant's {x} matches the contracts on our desk a shade more.\n\nCheers,\n{sig}\n{co}", ("Uralla Boundary Surveys", "Tolaga Land Drainage"), ("urallasurveys", "tolagadrainage"), role=("Survey Assistant", "Drainage Technician"), tz=("au", "nz"), x=("work on rural boundaries", "years on hill-country culverts"))
mr("hd4", "{role} – outcome", "Dear {n},\n\nYour visit to the workshop was appreciated. The engineers who {x} are in a better position for the direction the workshop is taking, and we have gone with them.\n\nRegards,\n{sig}\n{co}", ("Shivamogga Pump Rewinders", "Igbeti Grinding Mill Works"), ("shivamoggapumps", "igbetimills"), role=("Service Engineer", "Mill Fitter"), tz=("in", "ng"), x=("have serviced more solar irrigation pumps", "have rebuilt more yam-flour grinders"))
mr("hd5", "Your interview with {co}", "Hi {n},\n\nMeeting you at the centre was a pleasure. We've gone another way for now, with candidates who have {x}.\n\nWarmly,\n{sig}\n{co}", "Bishan Eye Care", "bishaneyecare", role="Optical Assistant", tz="sg", x="done more contact-lens fittings for older patients")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on {role}", "Hi {n},\n\nNice chatting yesterday. Bad news on {role}: the client has given it to {x}. But there's something that may suit you better – {y} wants a shift lead from next month. Shall I pass your details along?\n\n{sig}\n{co}", ("Cotswold Shift Recruitment", "Driftless Staffing"), ("cotswoldshift", "driftlessstaffing"), role=("Production Supervisor", "Plant Manager"), tz=("uk", "usc"), x=("their own weekend team leader", "a manager from a cheese plant"), y=("a watercress grower near Lechlade", "a wild-rice mill near Viroqua"))
mr("rc2", "{role} – update and another idea", "Hi {n},\n\nTa for the phone chat. The client picked {x} for {role}, sorry. Meanwhile {y} is after someone with your background. Keen to hear more?\n\n{sig}\n{co}", ("New England Tableland Recruitment", "Tolaga Coast Staffing"), ("tablelandrec", "tolagastaffing"), role=("Site Supervisor", "Factory Team Leader"), tz=("au", "nz"), x=("a supervisor from their other site", "the longest-serving leading hand"), y=("a walnut huller near Uralla", "a squash packhouse near Tolaga Bay"))
mr("rc3", "Re: {role}", "Dear {n},\n\nIt was good speaking with you. The client has decided on {x} for {role}. However, {y} has a similar opening and I would like to present you. Let me know by tomorrow.\n\nRegards,\n{sig}\n{co}", ("Kilima Talent Partners", "Middle Belt Recruiters"), ("kilimatalent", "beltrecruiters"), role=("Maintenance Engineer", "Boiler Supervisor"), tz=("ke", "ng"), x=("an internal candidate", "their former shift engineer"), y=("a camel-milk dairy in Marsabit", "a groundnut-oil mill in Igbeti"))
mr("rc4", "The {role} job", "Hi {n},\n\nThe client rang this morning: {x} gets the {role} job. Another client of mine, {y}, is looking too, and your background fits. Okay to send your CV today?\n\n{sig}\n{co}", "Ridgeback Personnel", "ridgebackpersonnel", role="Packhouse Manager", tz="za", x="their own quality supervisor", y="a rooibos packer up the West Coast road")
# ---- 8 public-sector notices
mr("ps1", "Notice of eligibility – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) has been reviewed. The posting asks for {x}, which your file lacked at closing. You are therefore rated ineligible and will receive no further consideration for this announcement.\n\nHuman Resources\n{co}", ("City of Viroqua", "Town of Sicamous"), ("viroquacity", "sicamoustown"), role=("Wastewater Operator I", "Equipment Operator"), tz=("usc", "cap"), x=("a Grade 1 wastewater certificate", "a Class 3 licence plus the air-brake (Z) endorsement"))
mr("ps2", "Referral notice – {role}", "Dear {n},\n\nThe certificate for {role} (announcement {ref}) has been issued. Only the {x} strongest eligible ratings travelled to the hiring supervisor, and your rating sat beneath those. For the next year your name sits on the county's eligible roll.\n\nPersonnel Office\n{co}", ("Chama County", "City of Kemmerer"), ("chamacounty", "kemmerercity"), role=("Road Maintenance Worker", "Parks Technician"), tz=("usm", "usm"), x=("eight", "five"))
mr("ps3", "Vacancy {ref}: {role} – withdrawn", "Dear {n},\n\nAfter reviewing {x}, Council has pulled vacancy {ref} ({role}). The post stays unfilled and each application lapses with it.\n\nWith thanks from the Council team.\n\nPeople and Culture\n{co}", ("Bellingen Shire Council", "Tolaga District Council"), ("bellingenshire", "tolagadistrict"), role=("Library Officer", "Building Consents Officer"), tz=("au", "nz"), x=("library opening hours", "the consents budget"))
mr("ps4", "Result of written test – {role}", "Dear {n},\n\nThe merit list for {role} (advertisement {ref}) is out. The last candidate called for interview scored {x}; you scored {y}. Your candidature for this post therefore closes without an interview.\n\nSecretary\n{co}", ("Shivamogga District Selection Committee", "Osun State Teaching Service Board"), ("shivamoggaselection", "osunteaching"), role=("Village Accountant", "Classroom Teacher"), tz=("in", "ng"), x=("63 out of 100", "47 out of 70"), y=("57", "41"))
# ---- 6 bare ATS status updates
mr("at1", "Status change: {role}", "Application {ref} – {role}\n\nStatus: Not being considered further\n\n{co} via Candiwell", ("Hollins Seed Cleaning", "Knighton Livestock Auctions"), "candiwell", frm="{co} <noreply@{dom}>", role=("Bagging Operative", "Drover"), tz=("uk", "uk"))
mr("at2", "Your application: status updated", "<html><body><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Inactive · no longer under consideration</td></tr></table><p>{co}</p></body></html>", ("Lamoni Seedcorn Co.", "Chama Narrow Rail Excursions"), ("lamoniseedcorn", "chamarail"), frm="{co} Careers <careers@{dom}>", role=("Field Scout", "Track Labourer"), tz=("usc", "usm"))
mr("at3", "{role} – progress", "{role} · ref {ref}\n\nSubmitted ✓\nScreened ✓\nDecision: Not proceeding\n\n{co} · powered by Trackrow", ("Bellingen Honey Extractors", "Dorrigo Escarpment Lodge"), "trackrow", frm="{co} <status@{dom}>", role=("Bottling Hand", "Housekeeper"), tz=("au", "au"))
# ---- 6 internship / graduate decisions
mr("in1", "Summer studentship – decision", "Dear {n},\n\nTwo studentship places were on offer for the {role} project, and {x} people applied. Two fellow students said yes to those places first.\n\nHope the dissertation goes smoothly.\n\n{sig}\n{co}", ("Chikmagalur Hornbill Survey", "Lechlade Meadow Ecology Unit"), ("hornbillsurvey", "meadowecology"), role=("nest-tree", "floodplain-meadow"), tz=("in", "uk"), x=("112", "74"))
mr("in2", "Internship programme {role}", "Hi {n},\n\nThe {role} internship panel has finished. Other students now hold all of this year's intern places, and the cohort is full.\n\n{sig}\n{co}", ("Sicamous Lake Monitoring", "Uralla Bat Count"), ("lakemonitoring", "urallabats"), role=("water-clarity", "roost-count"), tz=("cap", "au"))
mr("in3", "{co} Graduate Programme – outcome", "Dear {n},\n\nThis intake of the graduate scheme had {x} places this year and every one of them is now taken by graduates who accepted our offer. The intake is closed.\n\nGraduate Recruitment\n{co}", ("Sunveld Solar Grid", "Marsabit Wind Power"), ("sunveldsolar", "marsabitwind"), tz=("za", "ke"), x=("seven", "five"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We have your application – requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}) at {co} now lists your application. If the work goes to an outside contractor, the requisition shuts and all applicants are emailed.\n\nTalent Acquisition\n{co}", ("Hollins Seed Cleaning", "Vergennes Maple Cooperage"), ("hollinsseed", "vergennesmaple"), role=("Seed Cleaning Operative", "Sap Line Technician"), tz=("uk", "use"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is with us. If the offer ends up going elsewhere, you'll get a personal note from me, not a form letter.\n\n{sig}\nPeople Team, {co}", ("Oriel Clothworks", "Sicamous Houseboat Refits"), ("orielclothworks", "sicamousrefits"), role=("Cloth Finisher", "Refit Carpenter"), tz=("ie", "cap"))
mo("application_received", "lv", "{co}: application received", "Hello {n},\n\nYour {role} form landed safely. Whatever the outcome, somebody from the shed itself from the shed will write back within three weeks.\n\n{sig}\n{co}", ("Bellingen Honey Extractors", "Tolaga Wool Scourers"), ("bellingenhoney", "tolagascour"), role=("Extraction Hand", "Scour Line Assistant"), tz=("au", "nz"))
mo("application_received", "sr", "Application submitted – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Progress</td><td>Received</td></tr><tr><td>Next</td><td>Interview – or Closed, should another applicant be hired</td></tr></table><p>{co} Recruitment</p></body></html>", ("Viroqua Creamery Supply", "Chama Narrow Rail Excursions"), ("viroquacreamery", "chamarail"), role=("Churn Room Assistant", "Carriage Attendant"), tz=("usc", "usm"))
mo("application_received", "ic", "Your candidacy: {role}", "Dear {n},\n\nWe have your candidacy for {role} (ref {ref}). Upload {x} by {dl}; candidacies missing it switch automatically to Not Selected on that date.\n\nCandidate Services\n{co}", ("Kemmerer Haul Road Services", "Sakleshpur Estate Transport"), ("kemmererhaul", "sakleshpurtransport"), role=("Water Cart Driver", "Estate Lorry Driver"), tz=("usm", "in"), x=("your heavy-vehicle medical", "your badge papers"))
mo("application_received", "tl", "Posting {ref} – application received", "Dear {n},\n\nYour application to posting {ref}, {role}, has been received. Should the posting be frozen or scrapped later, each attached applicant is notified automatically.\n\n{co} Careers", ("Dorrigo Escarpment Lodge", "Knighton Livestock Auctions"), ("dorrigolodge", "knightonauctions"), role=("Night Porter", "Pen Marshal"), tz=("au", "uk"))
mo("application_received", "wk", "Got your application – {role}", "Hi {n},\n\nYour {role} application arrived. A shortlist gets a phone call next week and three come in for a working morning; the rest get an email too, so nobody's kept wondering.\n\n{sig}\n{co}", ("Lamoni Seedcorn Co.", "Uralla Fleece Classing"), ("lamoniseedcorn", "urallafleece"), role=("Detasseling Crew Lead", "Fleece Roller"), tz=("usc", "au"))
mo("application_received", "bh", "Your note about the {role} hours", "Hi {n},\n\nThanks for asking about the {role} hours. Staff get first pick; if they grab them before interviews, I'll tell you the same day.\n\n{sig}\n{co}", ("Ballyconnell Sedge Weavers", "Gowran Camán Yard"), ("ballyconnellsedge", "gowrancaman"), role=("Weaving Assistant", "Yard Hand"), tz=("ie", "ie"))
mo("application_received", "tt", "We receive your CV", "Dear {n},\n\nYour CV for {role}, we receive it, thank you. Maybe the manager choose somebody from inside, then also we are informing you, no worry.\n\n{sig}\n{co}", ("Entoto Coffee Roasting", "Cotopaxi Rose Exporters"), ("entotoroast", "cotopaxiroses"), role=("Roasting Helper", "Packhouse Assistant"), tz=("et", "ec"))
mo("application_received", "pe", "Your papers arrive", "Hello {n},\n\nYour papers for {role} arrive to us. If the answer will be no, also we send you small letter, we promise this.\n\n{sig}\n{co}", ("Yirgalem Leather Works", "Peguche Loom House"), ("yirgalemleather", "pegucheloom"), role=("Stitching Assistant", "Weaving Helper"), tz=("et", "ec"))
mo("application_received", "pp", "Task received – {role}", "Dear {n},\n\nYour task for {role} has reached us. Two of us will mark it, and by {dl} you'll get an interview time or a brief closing note.\n\n{sig}\n{co}", ("Lechlade Lock Restorers", "Vergennes Clock Tower Trust"), ("lechladelocks", "vergennesclock"), role=("Heritage Carpentry Trainee", "Tower Mechanism Assistant"), tz=("uk", "use"))
mo("application_received", "jz", "Set list received", "Hi {n},\n\nSet list for the {role} roster received. Every act hears back, dates or none, so look for my note by {dl}.\n\n{sig}\n{co}", ("Sengkang Event Acts", "Bishan Stage Bookings"), ("sengkangacts", "bishanstage"), role=("wedding harpist", "lion-dance troupe"), tz=("sg", "sg"))
mo("application_received", "ab", "Application received po", "Hi {n}!\n\nSalamat for applying as {role} at {co}. Pasok man o hindi, we will message you back, promise.\n\n{sig}\n{co}", ("Batac Empanada Kitchen", "Sarrat Handloom House"), ("batacempanada", "sarratloom"), role=("Kitchen Crew", "Loom Assistant"), tz=("ph", "ph"))
mo("application_received", "th1", "{role} – thanks for applying", "Hi {n},\n\nYour {role} application is here. One of our longest-standing volunteers may put her name forward as well, which is fine; the committee hears everyone and I'll tell each applicant the outcome.\n\n{sig}\n{co}", ("Lechlade Seed Library", "Vergennes Heirloom Seed Bank"), ("lechladeseeds", "vergennesseeds"), role=("Seed Store Coordinator", "Seed Room Assistant"), tz=("uk", "use"))
mo("application_received", "th4", "Trial on the water", "Hi {n},\n\nYour name is down for {role}. The crew votes after the trials and I phone every applicant, you too, once it's decided.\n\n{sig}\n{co}", ("Ballyconnell Rowing Club", "Gowran Boat Club"), ("ballyconnellrowing", "gowranboatclub"), role=("Boatman", "Junior Coach"), tz=("ie", "ie"))
mo("application_received", "ft1", "We've received your application", "Dear {n},\n\nYour {role} application is on file. Three silent weeks mean this vacancy has ended for you.\n\n{sig}, Recruitment" + FOOT1, ("Welly Barn", "Welly Barn"), ("wellybarn", "wellybarn"), role=("Sales Assistant, Lechlade Road", "Stock Assistant, Gowran Road"), tz=("uk", "ie"))
mo("application_received", "ft2", "Application received: {role}", "Hi {n},\n\nYour {role} application arrived. Only those picked for interview get a reply.\n\n— The {co} hiring team" + FOOT2, ("Switchback Boot Co.", "Switchback Boot Co."), ("switchbackboot", "switchbackboot"), role=("Fitting Associate", "Stockroom Associate"), tz=("use", "cam"))
mo("application_received", "ps1", "Application acknowledged – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) is logged. Attach {x} by {dl}; files lacking it get an ineligible rating from the county.\n\nHuman Resources\n{co}", ("City of Viroqua", "Town of Sicamous"), ("viroquacity", "sicamoustown"), role=("Wastewater Operator I", "Equipment Operator"), tz=("usc", "cap"), x=("a Grade 1 wastewater certificate", "a copy of your Class 3 licence"))
mo("application_received", "ps2", "Application received – {role}", "Dear {n},\n\nYour {role} application file is complete. Once the certificate is issued, each applicant receives a letter confirming if their name was forwarded to the hiring supervisor.\n\nPersonnel Office\n{co}", ("Chama County", "City of Kemmerer"), ("chamacounty", "kemmerercity"), role=("Road Maintenance Worker", "Parks Technician"), tz=("usm", "usm"))
mo("application_received", "ps3", "Vacancy {ref} – application received", "Dear {n},\n\nYour {role} application is received. Were Council to pull the vacancy, a posted letter reaches all applicants.\n\nPeople and Culture\n{co}", ("Bellingen Shire Council", "Tolaga District Council"), ("bellingenshire", "tolagadistrict"), role=("Library Officer", "Building Consents Officer"), tz=("au", "nz"))
mo("application_received", "ps4", "Acknowledgement – {role}", "Dear {n},\n\nYour application for {role} (advertisement {ref}) is registered. The written test is on {dl}. Anyone under the cut-off gets no further letter.\n\nSecretary\n{co}", ("Shivamogga District Selection Committee", "Osun State Teaching Service Board"), ("shivamoggaselection", "osunteaching"), role=("Village Accountant", "Classroom Teacher"), tz=("in", "ng"))
mo("application_received", "at1", "Application {ref} received", "Application {ref} – {role}\n\nStatus: Received – awaiting the hiring team\n\n{co} via Candiwell", ("Hollins Seed Cleaning", "Knighton Livestock Auctions"), "candiwell", frm="{co} <noreply@{dom}>", role=("Bagging Operative", "Drover"), tz=("uk", "uk"))
mo("application_received", "in1", "Studentship application received", "Dear {n},\n\nYour {role} studentship form has arrived. Successful or otherwise, all applicants get an email from the unit by late April.\n\n{sig}\n{co}", ("Chikmagalur Hornbill Survey", "Lechlade Meadow Ecology Unit"), ("hornbillsurvey", "meadowecology"), role=("nest-tree", "floodplain-meadow"), tz=("in", "uk"))
mo("application_received", "in3", "{co} Graduate Programme – application received", "Dear {n},\n\nThe {co} graduate scheme has logged your form. An online reasoning test follows, and a mark below its threshold closes the process there.\n\nGraduate Recruitment\n{co}", ("Sunveld Solar Grid", "Marsabit Wind Power"), ("sunveldsolar", "marsabitwind"), tz=("za", "ke"))
mo("application_received", "rc1", "Your CV – {role}", "Hi {n},\n\nYour CV for {role} went to the client today. Yes or no, I'll call you the moment they come back to me.\n\n{sig}\n{co}", ("Cotswold Shift Recruitment", "Driftless Staffing"), ("cotswoldshift", "driftlessstaffing"), role=("Production Supervisor", "Plant Manager"), tz=("uk", "usc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th2", "Re: [EXT] Re: Second visit", "Dear {n},\n\nThe directors hope you can come again for another chat on {dl} at 10. Unfortunately the track up to the shed is still washed out, so park at the gate and we'll fetch you in the ute.\n\n{sig}\n{co}\n\n{GM}", ("Bellingen Bee Rescue", "Tolaga Kiwi Hatchery"), ("bellingenbees", "tolagahatchery"), role=("Apiary Keeper", "Brooder Assistant"), tz=("au", "nz"))
mo("interview", "th3", "RE: [EXT] RE: Meeting the partners", "Hi {n},\n\nBoth partners can meet you on {dl} at 2 p.m. Unfortunately our front lot is getting new asphalt, so use the feed-store lot next door.\n\n{sig}\n{co}\n\n{ORIG}", ("Kemmerer Vet Clinic", "Sicamous Animal Hospital"), ("kemmerervet", "sicamousvet"), role=("Large Animal Technician", "Kennel Attendant"), tz=("usm", "cap"))
mo("interview", "th6", "Re: [EXT] Re: Demonstration lesson", "Dear {n},\n\nWe invite you to teach a demonstration lesson to Class 7 on {dl} at 11 a.m. Unfortunately the science lab is being painted, so please plan something for an ordinary classroom.\n\n{sig}\n{co}\n\n{GM}", ("Hosanagara Public School", "Chikmagalur Hill School"), ("hosanagaraschool", "chikmagalurschool"), role=("Science Teacher", "Primary Teacher"), tz=("in", "in"))
mo("interview", "hd1", "Interview – {role}", "Dear {n},\n\nWould an interview for {role} suit you on {dl} at 9.30? Unfortunately our lift engineer is in that day, so the meeting is downstairs in the plaster room.\n\n{sig}\n{co}", ("Lechlade Foot & Gait", "Wolverton Hand Rehab"), ("footandgait", "wolvertonhand"), role=("Gait Lab Assistant", "Rehab Assistant"), tz=("uk", "uk"))
mo("interview", "hd2", "Let's talk about {role}", "Hi {n},\n\nDoes {dl} at 1 p.m. work for a talk about {role}? Unfortunately the back door jams when it's cold; use the front bell.\n\n{sig}\n{co}", ("Kemmerer Cattle Books", "Viroqua Dairy Payroll"), ("kemmererbooks", "viroquapayroll"), role=("Bookkeeper", "Payroll Clerk"), tz=("usm", "usc"))
mo("interview", "hd4", "Interview call – {role}", "Dear {n},\n\nYou are called for interview for {role} on {dl} at 10 a.m. Unfortunately there is a power shutdown in our area that day, so we will sit in the open shed.\n\n{sig}\n{co}", ("Shivamogga Pump Rewinders", "Igbeti Grinding Mill Works"), ("shivamoggapumps", "igbetimills"), role=("Service Engineer", "Mill Fitter"), tz=("in", "ng"))
mo("interview", "tt", "Invitation for talk", "Dear {n},\n\nOur manager want to meet you for the {role} on {dl} at 3 afternoon. Unfortunately our shop is very small, so we will sit in the tea house near.\n\n{sig}\n{co}", ("Entoto Coffee Roasting", "Cotopaxi Rose Exporters"), ("entotoroast", "cotopaxiroses"), role=("Roasting Helper", "Packhouse Assistant"), tz=("et", "ec"))
mo("interview", "jz", "Live audition", "Hi {n},\n\nPlease come and play live for the {role} roster on {dl} at 4 p.m. Unfortunately the studio is shared with a tuition centre that afternoon, so please keep the warm-up short.\n\n{sig}\n{co}", ("Sengkang Event Acts", "Bishan Stage Bookings"), ("sengkangacts", "bishanstage"), role=("wedding harpist", "lion-dance troupe"), tz=("sg", "sg"))
mo("next_steps", "ps1", "Document request – {role}", "Dear {n},\n\nTo keep your application for {role} active, we need {x} from you by {dl}. Unfortunately our front counter shuts at midday each Friday.\n\nHuman Resources\n{co}", ("City of Viroqua", "Town of Sicamous"), ("viroquacity", "sicamoustown"), role=("Wastewater Operator I", "Equipment Operator"), tz=("usc", "cap"), x=("your operator certificate", "your driver's abstract"))
mo("next_steps", "rc2", "References for {role}", "Hi {n},\n\nThe client would like two references for {role} by {dl}, please – both names and mobiles. Unfortunately the reference form can't be saved halfway, so have both contacts ready before you start.\n\n{sig}\n{co}", ("New England Tableland Recruitment", "Tolaga Coast Staffing"), ("tablelandrec", "tolagastaffing"), role=("Site Supervisor", "Factory Team Leader"), tz=("au", "nz"))
mo("next_steps", "pp", "Next step: short video", "Dear {n},\n\nYour task went through. Next, please send a three-minute video of a joint you've cut by {dl}. Unfortunately our upload page takes files up to 200 MB only.\n\n{sig}\n{co}", ("Lechlade Lock Restorers", "Vergennes Clock Tower Trust"), ("lechladelocks", "vergennesclock"), role=("Heritage Carpentry Trainee", "Tower Mechanism Assistant"), tz=("uk", "use"))
mo("next_steps", "ps4", "Certificate verification – {role}", "Dear {n},\n\nYour written-test mark for {role} clears the cut-off. Original certificates are checked on {dl} at 10 a.m. Unfortunately just a single counter will run, so queues are likely.\n\nSecretary\n{co}", ("Shivamogga District Selection Committee", "Osun State Teaching Service Board"), ("shivamoggaselection", "osunteaching"), role=("Village Accountant", "Classroom Teacher"), tz=("in", "ng"))
mo("next_steps", "in3", "Medical check – Graduate Programme", "Dear {n},\n\nCongratulations, the final stage awaits. Please get the pre-placement medical done by {dl}. Unfortunately the company clinic only sees walk-ins in the early morning.\n\nGraduate Recruitment\n{co}", ("Sunveld Solar Grid", "Marsabit Wind Power"), ("sunveldsolar", "marsabitwind"), tz=("za", "ke"))
mo("next_steps", "at3", "{role} – next step", "{role} · ref {ref}\n\nSubmitted ✓\nScreened ✓\nNext: Short questionnaire (15 min) – complete by {dl}\n\n{co} · powered by Trackrow", ("Bellingen Honey Extractors", "Dorrigo Escarpment Lodge"), "trackrow", frm="{co} <status@{dom}>", role=("Bottling Hand", "Housekeeper"), tz=("au", "au"))
mo("offer", "bh", "Your hours at {co}", "Hi {n},\n\nGood news: the {role} hours are yours, Tuesdays and Thursdays from next week. Unfortunately our kettle gave up, so a flask is wise for now.\n\n{sig}\n{co}", ("Ballyconnell Sedge Weavers", "Gowran Camán Yard"), ("ballyconnellsedge", "gowrancaman"), role=("Weaving Assistant", "Yard Hand"), tz=("ie", "ie"))
mo("offer", "th7", "RE: [EXT] RE: Offer", "Dear {n},\n\nWe'd be delighted for you to take the {role} post,, starting {dl}, God willing. Unfortunately the staff cottage is being re-roofed, so for the first month you will stay in room 4.\n\n{sig}\n{co}\n\n{ORIG}", ("Marsabit Camel Lodge", "Igbeti Rock Guest Inn"), ("marsabitlodge", "igbetiinn"), role=("Lodge Manager", "Front Office Manager"), tz=("ke", "ng"))
mo("offer", "ft3", "Welcome aboard – {role}", "Hi {n},\n\nGreat news – you start as {role} on {dl}. Unfortunately uniform shirts haven't come in yet, so plain dark clothes for week one.\n\n{sig}" + FOOT3, ("Castaway Fishing Supplies", "Castaway Fishing Supplies"), ("castawayfishing", "castawayfishing"), role=("Counter Hand", "Boat Shop Assistant"), tz=("au", "nz"))
mo("offer", "rc4", "Offer – shift lead", "Hi {n},\n\nGood news from the rooibos packer: they're offering you shift lead, starting {dl}. Unfortunately their canteen is gutted for a refit, so pack lunch for now.\n\n{sig}\n{co}", "Ridgeback Personnel", "ridgebackpersonnel", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at1", "Status change: {role}", "Application {ref} – {role}\n\nStatus: Hiring manager reviewing – outcome pending\n\n{co} via Candiwell", ("Hollins Seed Cleaning", "Knighton Livestock Auctions"), "candiwell", frm="{co} <noreply@{dom}>", role=("Bagging Operative", "Drover"), tz=("uk", "uk"))
mo("other_job", "at2", "Your application: status updated", "<html><body><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn · at the applicant's request</td></tr></table><p>Withdrawn as you requested; no further steps on your side.</p><p>{co}</p></body></html>", ("Lamoni Seedcorn Co.", "Chama Narrow Rail Excursions"), ("lamoniseedcorn", "chamarail"), frm="{co} Careers <careers@{dom}>", role=("Field Scout", "Track Labourer"), tz=("usc", "usm"))
mo("other_job", "ps2", "Scoring delay – {role}", "Dear {n},\n\nScoring for {role} is running behind with two raters on leave. We expect to issue the certificate by {dl}.\n\nPersonnel Office\n{co}", "Chama County", "chamacounty", role="Road Maintenance Worker", tz="usm")
mo("job_alert", "ft1", "Store Jobs: new near you", "Hi {n},\n\nNew this week:\n- Sales Assistant, Knighton Road (part-time)\n- Stock Assistant, Lechlade Lane\n- Weekend Till Assistant\n\nOpen your account to apply." + FOOT1, ("Welly Barn", "Welly Barn"), ("wellybarn", "wellybarn"), frm="{co} Store Jobs <jobs@{dom}>", tz=("uk", "ie"))
mo("job_alert", "ft2", "Fresh openings at {co}", "Hi {n},\n\nYour saved search picked up three:\n- Fitting Associate (weekends)\n- Repair Bench Associate\n- Seasonal Cashier" + FOOT2, "Switchback Boot Co.", "switchbackboot", frm="{co} <jobs@{dom}>", tz="use")
mo("recruiter_outreach", "rc3", "An opening you may like", "Dear {n},\n\nYour profile caught my eye. {x} needs a shift engineer and your background fits well. Could we speak by phone on Thursday or Friday?\n\n{sig}\n{co}", ("Kilima Talent Partners", "Middle Belt Recruiters"), ("kilimatalent", "beltrecruiters"), tz=("ke", "ng"), x=("A camel-milk dairy in Marsabit", "A groundnut-oil mill in Igbeti"))
mo("non_job_rejection_words", "ln", "Your loan application {ref}", "Dear {n},\n\nYour request to borrow {x} for {y} has been considered. The lending committee met on Wednesday and declined the loan for now. A fresh application is welcome in three months.\n\nLending Team\n{co}", ("Teme Valley Credit Union", "Driftless Savings Cooperative"), ("temevalleycu", "driftlesssavings"), tz=("uk", "usc"), x=("£2,700", "$5,300"), y=("a used van", "a stock trailer"))
mo("non_job_rejection_words", "fl", "The cottage on Mill Lane", "Hi {n},\n\nGlad you could view the cottage Saturday. The landlord has let it to a pair of nurses who take the keys on Monday.\n\n{sig}\n{co}", "Knighton Lettings", "knightonlettings", tz="uk")
mo("non_job_rejection_words", "bl", "Dorrigo Mountain Trail Run – ballot result", "Hi {n},\n\nAlas, this year's ballot draw passed your entry by. You'll get priority entry next year.\n\nRace Office", "Dorrigo Trail Run", "dorrigotrailrun", frm="Race Office <entries@{dom}>", tz="au")
mo("non_job_rejection_words", "gr", "Community fund – your application", "Dear {n},\n\nYour bid to the community fund for the village tool shed has been read by the panel. Asks far outran the money this round, and the tool shed misses out.\n\n{sig}\n{co}", "Tolaga Community Trust", "tolagatrust", tz="nz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


WIDE_EN = [
    # (fam, channel, zone, company, domain, role, refusal body, twin kind, twin subject, twin body)
    ("corset", "Workcircle", "uk", "Lacewell Corsetry", "lacewellcorsetry", "corsetmaker's stitcher",
     "Hi {n},\n\nYou applied through Workcircle for the {role} job. Lots of replies came in; a stitcher won it, one who boned bodices for a touring theatre. Apologies for the disappointing reply.\n\n{sig}\n{co}",
     "application_received", "Your Workcircle application", "Hi {n},\n\nThanks for your Workcircle application for {role}. I'll be choosing by {dl}; picked or not, my message comes to you that day."),
    ("vinegar", "Myjobscotland", "uk", "Brackenhope Vinegar Works", "brackenhopevinegar", "vinegarmaker's cellar hand",
     "Dear {n},\n\nYour Myjobscotland reply about the {role} post reached us. We've now appointed a cellar hand who worked the casks at a cider mill, so we're closing the post.\n\nKind regards,\n{sig}\n{co}",
     "interview", "Cellar hand – come and see us", "Dear {n},\n\nCould you come and see the cellar on {dl} at 10? Unfortunately the lane is being resurfaced, so leave the car at the church and walk the last bit."),
    ("compass", "Indeedflex", "uk", "Needle & Card Instruments", "needlecard", "compassmaker's assistant",
     "Hi {n},\n\nThanks for picking up our Indeedflex listing for a {role}. The shifts have gone to a worker who has balanced needles on marine compasses, so I'll pass this time.\n\n{sig}\n{co}",
     "next_steps", "Shift booking – documents", "Hi {n},\n\nBefore I can confirm shifts, please send the Home Office share code proving you may work here, due {dl} at the latest. Unfortunately the app won't take photos over 5 MB."),
    ("sleigh", "Jobhop", "ie", "Frostwood Sleigh Co.", "frostwoodsleigh", "sleighmaker's helper",
     "Hi {n},\n\nThanks a million for answering our Jobhop ad for a {role}. A lad who steamed runners for us last winter got it, so that's the job filled.\n\nAll the best,\n{sig}\n{co}",
     "offer", "The helper job is yours", "Hi {n},\n\nDelighted to offer you the {role} job from {dl} if that suits. Unfortunately the workshop heater keeps cutting out, so bring a warm jumper."),
    ("banner", "Jobtoday", "ie", "Rampart Banner Studio", "rampartbanners", "bannermaker's sewer",
     "Hi {n},\n\nThanks for your Jobtoday message about the {role} role. A sewer who did parade banners for the county board has started, so the role is gone.\n\n{sig}\n{co}",
     "application_received", "Got your Jobtoday message", "Hi {n},\n\nGot your message about {role}. I'll decide by {dl} and text you the answer either way."),
    ("ukulele", "Instawork", "usp", "Koa Cove Ukuleles", "koacove", "ukulelemaker's assistant",
     "Hi {n},\n\nYou applied through Instawork for the {role} gig. A builder who has fretted sopranos at a shop in Kailua got it, so this one's closed.\n\n{sig}\n{co}",
     "interview", "Come by the shop", "Hi {n},\n\nCould you swing past the shop at 3 p.m. on {dl}? Unfortunately the lot is dug up for drainage work; street parking is fine."),
    ("chime", "Wonolo", "use", "Porchlight Wind Chimes", "porchlightchimes", "chimemaker's tuner",
     "Hi {n},\n\nAbout the {role} job you saw on Wonolo: A tuner who cut tubes for a chime maker back east has taken it, and your application ends here.\n\n{sig}\n{co}",
     "next_steps", "Before your first shift", "Hi {n},\n\nPlease complete the safety video and send your W-4 by {dl}. Unfortunately the video doesn't play on older phones, so use a computer if you can."),
    ("dice", "Gigsmart", "usc", "Tumbledown Dice", "tumbledowndice", "dicemaker's finisher",
     "Hi {n},\n\nThanks for grabbing our Gigsmart post for a {role}. The client picked a finisher with resin polishing experience, so this gig is off your list.\n\n{sig}\n{co}",
     "application_received", "Gigsmart request received", "Hi {n},\n\nWe got your request for the {role} gig. Approved or not, a notification from us shows up by {dl}."),
    ("cue", "Shiftsmart", "usm", "Eightball Cue Works", "eightballcues", "cuemaker's apprentice",
     "Hi {n},\n\nThanks for applying on Shiftsmart for the {role} spot. An apprentice who has spliced maple shafts before accepted it.\n\n{sig}\n{co}",
     "offer", "Apprentice offer", "Hi {n},\n\nThe {role} spot is yours, starting {dl}. Unfortunately the lathe room has no AC, so mornings are best."),
    ("racket", "Jobget", "use", "Gutstring Racket Repair", "gutstringrackets", "racketmaker's stringer",
     "Hi {n},\n\nYou applied through Jobget for a {role}. A stringer from the tennis club down the road has been hired, and the opening is closed.\n\n{sig}\n{co}",
     "interview", "Stringing trial", "Hi {n},\n\nWe'd like you to string two frames for us on {dl} at 11. Unfortunately the back room is tiny, so we'll set you up in the front."),
    ("string", "Jobboom", "cae", "Spruceline String Co.", "sprucelinestrings", "stringmaker's helper",
     "Hi {n},\n\nThanks for answering our Jobboom posting for a {role}. We chose a helper who wound bass strings at a plant in Laval; the spot is spoken for.\n\n{sig}\n{co}",
     "application_received", "Jobboom application – {role}", "Hi {n},\n\nYour application is in. Interviews run next week; yes or no, my email lands by {dl}."),
    ("hose", "Hcareers", "cap", "Saltchuck Hose & Fitting", "saltchuckhose", "hosemaker's machinist",
     "Hi {n},\n\nThanks for applying on Hcareers for our {role} opening. The position has gone to a machinist from our island plant and your file is closed.\n\n{sig}\n{co}",
     "next_steps", "Safety ticket needed", "Hi {n},\n\nTo move ahead we need your forklift ticket by {dl} at the latest. Unfortunately our scanner's broken, so snap it with your phone."),
    ("barrel", "Poachedjobs", "cam", "Foothills Barrel Works", "foothillsbarrels", "barrelmaker's hand",
     "Hi {n},\n\nThanks for your Poachedjobs application for {role}. We hired a hand who toasted staves for a distillery; the spot is taken.\n\n{sig}\n{co}",
     "offer", "Barrel hand offer", "Hi {n},\n\nWelcome aboard as {role} from {dl}. Unfortunately the shop truck is at the mechanic, so find your own ride for week one."),
    ("abacus", "Bestjobs", "sg", "Bead Frame Learning Tools", "beadframetools", "abacusmaker's assembler",
     "Hi {n},\n\nYou applied through Bestjobs for {role}. Another assembler, who worked on teaching-aid kits before, was picked for it.\n\n{sig}\n{co}",
     "application_received", "Bestjobs application received", "Hi {n},\n\nWe received your application for {role}. Selected or not, we will WhatsApp you by {dl}."),
    ("tabla", "Hiremee", "in", "Sur Taal Instruments", "surtaal", "tablamaker's apprentice",
     "Dear {n},\n\nYou applied via Hiremee for {role}. An apprentice who already stretched goatskin heads in his uncle's shop has joined, and the post is filled.\n\nRegards,\n{sig}\n{co}",
     "interview", "Interview at workshop", "Dear {n},\n\nInterview is fixed for {dl}, 11 a.m. Unfortunately the lane is dug for a pipeline, so come from the temple side."),
    ("anvil", "Jobsforher", "in", "Lohar Anvil Forge", "loharforge", "anvilmaker's finisher",
     "Dear {n},\n\nThank you for your application on Jobsforher for {role}. After the trial we have selected another candidate with grinding experience. We wish you the best.\n\nRegards,\n{sig}\n{co}",
     "next_steps", "Documents before joining", "Dear {n},\n\nKindly send your Aadhaar copy and a passport photo by {dl}. Unfortunately our office email is slow, so send by WhatsApp if it bounces."),
    ("trophy", "Careersnz", "nz", "Podium Trophy Engraving", "podiumtrophy", "trophymaker's engraver",
     "Kia ora {n},\n\nYou applied through Careersnz for the {role} role. An engraver who's done club cups for years has said yes, which ends things for your application.\n\n{sig}\n{co}",
     "application_received", "Application in", "Kia ora {n},\n\nGot your application for {role}. Yes or no, an email from me arrives by {dl}."),
    ("surf", "Studentjobnz", "nz", "Longboard Shapers", "longboardshapers", "surfboardmaker's sander",
     "Hi {n},\n\nThanks for applying on Studentjobnz for {role}. A student who sanded blanks for us last summer is coming back to do it.\n\nCheers,\n{sig}\n{co}",
     "interview", "Come for a yarn", "Hi {n},\n\nCome down for a yarn on {dl} at 4. Unfortunately the shaping bay is full of dust, so wear old clothes."),
    ("skate", "Jobandtalent", "au", "Kickflip Deck Press", "kickflipdecks", "skateboardmaker's presser",
     "Hi {n},\n\nYou applied through Jobandtalent for {role}. The shifts went to a presser with veneer experience; this round is done.\n\n{sig}\n{co}",
     "offer", "Shifts for you", "Hi {n},\n\nYou've got the {role} shifts from {dl}. Unfortunately the staff fridge is broken, so bring an esky."),
    ("hive", "Jobwebkenya", "ke", "Asali Hive Makers", "asalihives", "beehivemaker's helper",
     "Dear {n},\n\nYou applied through Jobwebkenya for {role}. We have taken a carpenter who has made Langstroth boxes for the county farmers, so we shall not proceed with your application.\n\nRegards,\n{sig}\n{co}",
     "application_received", "Application received", "Dear {n},\n\nWe received your application for {role}. Chosen or not, our SMS shall reach you before {dl}."),
    ("shutter", "Kazigo", "ke", "Kazi Shutters", "kazishutters", "shuttermaker's fitter",
     "Dear {n},\n\nThank you for your Kazigo application for {role}. A fitter who did roller shutters for shops in town has got the job.\n\nRegards,\n{sig}\n{co}",
     "next_steps", "Good conduct certificate", "Dear {n},\n\nPlease bring your ID and certificate of good conduct by {dl}. Unfortunately the office is closed on Saturdays."),
    ("tarp", "Jobsinnigeria", "ng", "Canopy Tarpaulin Works", "canopytarps", "tarpmaker's welder",
     "Dear {n},\n\nYou applied through Jobsinnigeria for {role}. Management has picked a welder who has done eyelets for canopy frames for many years; your application stops here.\n\nRegards,\n{sig}\n{co}",
     "interview", "Invitation to test", "Dear {n},\n\nYou are invited for a practical test on {dl} by 10 a.m. Unfortunately there is no power in the morning, so the test will be done with the generator."),
    ("stirrup", "Hokify", "za", "Veld Stirrup Works", "veldstirrups", "stirrupmaker's polisher",
     "Hi {n},\n\nThanks for applying on Hokify for {role}. A polisher who worked at a saddlery in Bethlehem has been appointed; that settles it.\n\n{sig}\n{co}",
     "application_received", "Your Hokify application", "Hi {n},\n\nYour {role} application is with us. Hired or passed over, you'll get our text by {dl}."),
    ("net", "Trabaho", "ph", "Kulambo Net Sewing", "kulambonets", "mosquitonetmaker's sewer",
     "Hi {n},\n\nYou applied through Trabaho for {role}. We already hired a sewer who made nets for the barangay health program, so we will not push through with your application po.\n\n{sig}\n{co}",
     "next_steps", "Requirements po", "Hi {n},\n\nKindly pass your barangay and NBI clearances by {dl}. Unfortunately the office is shut on Saturdays po."),
    ("chandelier", "Ethiojobs", "et", "Meskel Light Works", "meskellight", "chandeliermaker's assistant",
     "Dear {n},\n\nThank you for apply through Ethiojobs for {role}. We choose other person who already make brass lights in Merkato, so we are not continue with you.\n\nRegards,\n{sig}\n{co}",
     "", "", ""),
]
for fam, ch, zone, co, dom, role, body, kind, tsub, tbody in WIDE_EN:
    wr(fam, f"Your application for {role}" if fam in {"corset", "tabla", "hive", "tarp"} else f"{role.capitalize()} – {co}", body, co, dom, frm=via(ch), role=role, tz=zone)
    if kind:
        wo(kind, fam, tsub, tbody + "\n\n{sig}\n{co}", co, dom, frm=via(ch), role=role, tz=zone)
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Maker Jobs Digest – this week", "Hi {n},\n\nThis week's picks:\n- corsetmaker's stitcher (Workcircle)\n- chimemaker's tuner (Wonolo)\n- beehivemaker's helper (Jobwebkenya)\n\nReply STOP to unsubscribe.", "Maker Jobs Digest", "makerjobsdigest", frm="Maker Jobs Digest <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "course", "Saturday pottery course", "Hi {n},\n\nThanks for your booking form for the Saturday throwing course. Sorry, every wheel was booked before your form arrived and the course is full. Your deposit goes back today.\n\n{sig}\nThrowing Shed", "Throwing Shed", "throwingshed", tz="nz")

# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
L = [
    # (lang, zone, company, domain, refusal subject, refusal body, twin kind, twin subject, twin body)
    ("ar", "sau", "عطور الورد الطائفي", "taifroseperfumes", "بخصوص طلبك لوظيفة بائعة عطور",
     "عزيزتي {n}،\n\nوصلنا طلبك للعمل في {co} وسعدنا به. بعد مراجعة الطلبات قررنا أن نمضي مع مرشحة أخرى لديها خبرة أطول في خلط دهن الورد، لذا لن نستطيع المضي في طلبك هذه المرة.\n\nنتمنى لك التوفيق،\n{sig}",
     "interview", "دعوة لمقابلة شخصية", "عزيزتي {n}،\n\nيسعدنا أن ندعوك لمقابلة في المحل يوم {dl} الساعة الحادية عشرة صباحاً. للأسف مواقف السيارات أمام المحل تحت الصيانة هذا الأسبوع، فالأفضل أن تركني سيارتك خلف المبنى.\n\nتحياتنا،\n{sig}"),
    ("de", "de", "Lebküchnerei Pfefferhaus", "pfefferhaus-lebkuchen", "Ihre Bewerbung bei der Lebküchnerei",
     "Guten Tag {full},\n\nüber Ihre Zeilen zur Stelle in der Backstube haben wir uns gefreut. Vergeben ist sie trotzdem schon: Eine Bäckerin, die uns drei Winter lang beim Oblatenbelegen geholfen hat, fängt im Oktober an. Ihre Bewerbungsmappe vernichten wir nach einem halben Jahr.\n\nMit freundlichen Grüßen\n{sig}\n{co}",
     "next_steps", "Noch zwei Unterlagen, bitte", "Guten Tag {full},\n\nvor dem ersten Arbeitstag fehlen uns noch zwei Dinge, bitte bis {dl}: die Bescheinigung vom Gesundheitsamt über die Erstbelehrung und Ihre Steuer-Identifikationsnummer. Freitags ist das Büro leider verwaist, schicken Sie es also einfach per Mail.\n\nHerzliche Grüße aus der Backstube\n{sig}\n{co}"),
    ("es", "es", "Alpargatas La Cestera", "alpargataslacestera", "Sobre el puesto de cosedora",
     "Hola, {n}:\n\nMuchas gracias por venir a ver el taller el otro día. Nos hemos decidido por una cosedora de Cervera que lleva media vida cosiendo suelas de yute a mano, y para ti no hay puesto esta temporada, lo siento.\n\nUn abrazo,\n{sig}\n{co}",
     "application_received", "Hemos recibido tu solicitud", "Hola, {n}:\n\nTu solicitud ya está en nuestras manos. Salga como salga, te escribimos antes del {dl} para contártelo.\n\nUn saludo,\n{sig}\n{co}"),
    ("fr", "fr", "Fruitière des Quatre Combes", "fruitiere-quatrecombes", "Votre candidature – aide en cave",
     "Bonjour {n},\n\nMerci d'avoir postulé comme aide en cave d'affinage. Nous avons retenu quelqu'un qui a déjà frotté et retourné les meules pendant plusieurs hivers chez nous ; le poste est donc pourvu.\n\nBien cordialement,\n{sig}\n{co}",
     "interview", "Rencontre à la fruitière", "Bonjour {n},\n\nNous aimerions vous rencontrer le {dl} à 9 h. Malheureusement, la route qui monte à la fruitière est en travaux : garez-vous au village et finissez à pied, il y a dix minutes.\n\nÀ bientôt,\n{sig}\n{co}"),
    ("hi", "in", "नवाबी इत्र घर", "nawabiitr", "विक्रय सहायक पद के बारे में",
     "नमस्ते {n} जी,\n\nहमारी इत्र की दुकान में विक्रय सहायक पद के लिए आपने जो अर्ज़ी भेजी, उसके लिए आभारी हैं। यह पद हमने उन सज्जन को सौंपा है जो बरसों से चौक बाज़ार में इत्र बेचते आ रहे हैं, सो इस दफ़ा बात यहीं रुकती है।\n\nधन्यवाद,\n{sig}\n{co}",
     "offer", "आपका चयन हो गया है", "नमस्ते {n} जी,\n\nबधाई! विक्रय सहायक की जगह आपको मिल गई है, {dl} से आ जाइए। दिक़्क़त बस यह है कि दुकान का एसी बिगड़ा हुआ है, पहले हफ़्ते पंखे से काम चलाना होगा।\n\n{sig}\n{co}"),
    ("it", "it", "Dolceria San Giorgio", "dolceriasangiorgio", "La sua candidatura in laboratorio",
     "Gentile {n},\n\ngrazie per essersi proposto/a come aiuto nel nostro laboratorio di cioccolato. Abbiamo scelto una persona che lavora il cacao a freddo da diversi anni, per cui il posto è già coperto.\n\nCordiali saluti,\n{sig}\n{co}",
     "next_steps", "Documenti da inviare", "Gentile {n},\n\nper chiudere la pratica ci servono, entro il giorno {dl}, una fotocopia della carta d'identità e l'attestato HACCP. Purtroppo il sabato il laboratorio è chiuso, quindi li mandi pure per email.\n\nSaluti,\n{sig}\n{co}"),
    ("ja", "jp", "井草畳店", "igusatatami", "選考結果のご連絡",
     "{n}様\n\nこのたびは当店の見習い職にご応募いただき、誠にありがとうございました。社内で検討いたしました結果、畳床づくりの経験をお持ちの方にお願いすることとなりました。ご希望に沿えず申し訳ございません。\n\n{co}\n{sig}",
     "interview", "面接日程のご案内", "{n}様\n\n面接を{dl}午前十時に行いたいと存じます。あいにく店の前の道路が工事中のため、裏手の駐車場側からお入りください。\n\n{co}\n{sig}"),
    ("ko", "kr", "술샘 양조장", "sulsaembrewery", "지원 결과 안내드립니다",
     "{n}님, 안녕하세요.\n\n저희 양조장 누룩방 보조 자리에 마음 내어 주셔서 고맙습니다. 여러 날 고민한 끝에 누룩 빚는 일을 오래 해 오신 분과 함께하게 되었어요. 기쁜 소식이 아니라 마음이 무겁습니다.\n\n{sig} 드림\n{co}",
     "application_received", "지원서 잘 받았습니다", "{n}님, 안녕하세요.\n\n보내 주신 지원서 잘 받았습니다. 함께하게 되든 아니든 {dl}까지 꼭 문자로 결과를 알려 드릴게요.\n\n{sig} 드림\n{co}"),
    ("pt", "pt", "Rolhas do Montado", "rolhasdomontado", "A sua candidatura na fábrica",
     "Olá {n},\n\nRecebemos a sua carta para ajudante da fábrica de rolhas e agradecemos. A escolha recaiu sobre alguém que já fez várias tiragens de cortiça em Ponte de Sor, pelo que o lugar está ocupado.\n\nCumprimentos,\n{sig}\n{co}",
     "offer", "Proposta de trabalho", "Olá {n},\n\nÉ com gosto que lhe oferecemos o lugar de ajudante, com início a {dl}. Infelizmente a cantina está em obras, por isso traga almoço nas primeiras semanas.\n\nAté breve,\n{sig}\n{co}"),
    ("ru", "ru", "Самоварная мастерская «Медный бок»", "mednybok", "По вашему отклику",
     "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись на место подмастерья в самоварной мастерской. Его отдали лудильщику с многолетним опытом работы по меди, так что место занято.\n\nС уважением,\n{sig}\n{co}",
     "next_steps", "Документы для оформления", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} скан паспорта и СНИЛС. К сожалению, по пятницам отдел кадров у нас не работает.\n\nС уважением,\n{sig}\n{co}"),
    ("sw", "tz", "Kanga za Mwambao", "kangamwambao", "Kuhusu ombi lako la kazi",
     "Habari {n},\n\nTumeisoma barua yako ya kuomba kuwa msaidizi katika kiwanda chetu cha kanga, ahsante. Tumemchukua fundi ambaye amechapa kanga kwa mkono tangu zamani, hivyo nafasi hiyo imeshajazwa.\n\nKila la heri,\n{sig}\n{co}",
     "interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakukaribisha kwa mahojiano tarehe {dl} saa nne kamili asubuhi. Pole, njia ya kufika kiwandani inatengenezwa, kwa hiyo shuka kituo cha daladala cha sokoni utembee kidogo.\n\n{sig}\n{co}"),
    ("th", "th", "ร้านขนมไทยบ้านสวน", "khanomthaibaansuan", "แจ้งผลการสมัครงาน",
     "เรียนคุณ{n}\n\nขอบคุณที่สนใจสมัครเป็นผู้ช่วยทำขนมกับร้านเรานะคะ ร้านตัดสินใจรับคนที่ทำขนมชั้นและทองหยิบมาหลายปีแล้วค่ะ รอบนี้เลยต้องขอปฏิเสธไปก่อน ขออภัยด้วยนะคะ\n\nขอบคุณค่ะ\n{sig}\n{co}",
     "next_steps", "เอกสารที่ต้องส่ง", "เรียนคุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนกับใบรับรองแพทย์ภายในวันที่ {dl} นะคะ เสียดายที่ร้านปิดวันจันทร์ ถ้าจะมาส่งเองกรุณามาวันอื่นค่ะ\n\n{sig}\n{co}"),
    ("tr", "tr", "Kazancı Lokum İmalathanesi", "kazancilokum", "Başvurunuz hakkında",
     "Sayın {full},\n\nİmalathanedeki yardımcılık için yaptığınız başvuruyu okuduk, ilginiz için sağ olun. Kazan başında yıllarını geçirmiş bir lokum ustasını aldık; bu yüzden başvurunuzu bu kez olumlu sonuçlandıramıyoruz.\n\nSaygılarımızla,\n{sig}\n{co}",
     "offer", "İş teklifimiz", "Sayın {full},\n\nSize yardımcı olarak iş teklif etmekten memnuniyet duyarız; işe başlama tarihiniz {dl}. Maalesef servis aracımız bakımda, ilk hafta imalathaneye kendiniz gelmeniz gerekecek.\n\nSaygılarımızla,\n{sig}\n{co}"),
    ("ur", "pk", "سیالکوٹ اسٹچ ورکس", "sialkotstitch", "آپ کی درخواست کے بارے میں",
     "محترمہ {n}،\n\nفٹ بال سلائی یونٹ میں نگران کی جگہ کے لیے آپ نے جو درخواست بھیجی، اس پر ہم آپ کے ممنون ہیں۔ ہم نے یہ ذمہ داری ایک ایسی امیدوار کو سونپ دی ہے جو برسوں سے ہاتھ کی سلائی کا کام دیکھ رہی ہیں، چنانچہ فی الحال یہ کام آپ کو نہیں دیا جا سکا۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}",
     "application_received", "درخواست موصول ہو گئی", "محترمہ {n}،\n\nدرخواست بخیریت پہنچ گئی۔ فیصلہ جو بھی ہو، {dl} تک ہم آپ کو فون کر کے ضرور بتائیں گے۔\n\n{sig}\n{co}"),
    ("zh", "cn", "安溪铁观音茶厂", "anxitieguanyin", "关于您的应聘",
     "{n}您好：\n\n感谢您应聘我们茶厂的制茶助理。比较下来，我们最后请了一位在安溪做了多年摇青的师傅，这次就没办法和您合作了，还请见谅。\n\n祝好！\n{sig}\n{co}",
     "interview", "面谈时间", "{n}您好：\n\n想请您{dl}上午十点来茶厂面谈。可惜厂门口的路正在修，车开不进来，请在村口下车走过来。\n\n{sig}\n{co}"),
    ("yue", "hk", "旺記燒臘", "wongkeesiumei", "應徵斬料學徒",
     "{n}你好，\n\n多謝你嚟應徵我哋燒臘舖嘅斬料學徒。老闆最後揀咗一個喺深水埗燒咗幾年鵝嘅師傅，所以今次就唔請你喇，唔好意思。\n\n{sig}\n{co}",
     "offer", "請你返工", "{n}你好，\n\n好消息！我哋想請你做斬料學徒，{dl}開工。不過舖頭冷氣壞咗，要等下個禮拜先有師傅上嚟整，頭幾日會熱啲，預多件衫換啦。\n\n{sig}\n{co}"),
    ("guj", "in", "જામનગર બાંધણી ઘર", "jamnagarbandhani", "તમારી અરજી વિશે",
     "નમસ્તે {n},\n\nઅમારા બાંધણી કારખાનામાં સહાયકની જગ્યા માટે તમારી અરજી મળી, આભાર. આ જગ્યા માટે અમે એવાં બહેનને પસંદ કર્યાં છે જે વર્ષોથી બાંધણીની ગાંઠો બાંધે છે, એટલે આ વખતે તમારી અરજી આગળ નહીં વધે.\n\nશુભેચ્છા સાથે,\n{sig}\n{co}",
     "next_steps", "જરૂરી કાગળો", "નમસ્તે {n},\n\nમહેરબાની કરીને {dl} સુધીમાં તમારું આધાર કાર્ડ અને એક ફોટો મોકલી આપજો. કમનસીબે અમારી ઓફિસ રવિવારે બંધ રહે છે.\n\n{sig}\n{co}"),
    ("kaz", "kz", "«Ақ шаңырақ» киіз үй шеберханасы", "akshanyrak", "Өтінішіңіз туралы",
     "Сәлеметсіз бе, {n}!\n\nБіздің киіз үй шеберханасына көмекші болуға өтініш бергеніңізге рахмет. Бұл орынға көп жыл бойы кереге жасап келе жатқан шеберді алдық, сондықтан бұл жолы бірге жұмыс істей алмаймыз.\n\nІзгі тілекпен,\n{sig}\n{co}",
     "application_received", "Өтінішіңіз қабылданды", "Сәлеметсіз бе, {n}!\n\nӨтінішіңізді алдық. Таңдалсаңыз да, таңдалмасаңыз да, {dl} дейін міндетті түрде хабарласамыз.\n\n{sig}\n{co}"),
    ("ceb", "ph", "Mangga Uga sa Mandaue", "manggauga", "Bahin sa imong aplikasyon",
     "Maayong adlaw {n},\n\nSalamat sa imong pag-aplay isip katabang sa among pabrika sa uga nga mangga. Nakapili na mi og laing aplikante nga dugay nang nagtrabaho sa pagpauga og prutas, busa dili na namo ipadayon ang imong aplikasyon karong higayona.\n\nDaghang salamat,\n{sig}\n{co}",
     "interview", "Imbitasyon sa interview", "Maayong adlaw {n},\n\nGusto unta namo ka ma-interview sa {dl}, alas nuwebe sa buntag. Sayang lang kay giayo pa ang dalan paingon sa pabrika, busa pagnaog sa kanto ug baktasa na lang.\n\n{sig}\n{co}"),
    ("kat", "ge", "მარანი ქვევრის სახლი", "qvevrisakhli", "თქვენი განაცხადის შესახებ",
     "გამარჯობა {n},\n\nგმადლობთ, რომ დაინტერესდით ჩვენს მარანში თანაშემწის ადგილით. ჩვენ ავირჩიეთ კანდიდატი, რომელსაც ქვევრში ღვინის დაყენების მრავალწლიანი გამოცდილება აქვს, ამიტომ ამჯერად თქვენთან თანამშრომლობას ვერ შევძლებთ.\n\nპატივისცემით,\n{sig}\n{co}",
     "", "", ""),
    ("heb", "il", "מאפיית הכרמל", "maafiyathakarmel", "לגבי המועמדות שלך",
     "שלום {n},\n\nתודה שהגשת מועמדות למשמרות הלילה במאפייה שלנו. בסוף בחרנו במועמד שעבד כמה שנים בתנורים של מאפייה בעכו, ולכן לא נתקדם איתך הפעם.\n\nבהצלחה,\n{sig}\n{co}",
     "next_steps", "מסמכים לפני תחילת העבודה", "שלום {n},\n\nנבקש לשלוח עד {dl} צילום תעודת זהות ואישור על השתלמות בתברואת מזון. לצערנו המשרד סגור בימי שישי, אז עדיף במייל.\n\n{sig}\n{co}"),
    ("glg", "es", "Conservas A Ribeira", "conservasaribeira", "Sobre o posto de axudante",
     "Ola, {n}:\n\nGrazas por te interesar polo posto de axudante na nosa conserveira. Ao final escollemos unha persoa que xa leva moitas campañas enlatando mexillón en Cangas, así que desta volta non imos contar contigo.\n\nUnha aperta,\n{sig}\n{co}",
     "offer", "Oferta de traballo", "Ola, {n}:\n\nAlégranos ofrecerche o posto de axudante a partir do {dl}. Por desgraza o vestiario está en obras, así que as primeiras semanas ven xa coa roupa de traballo posta.\n\nUn saúdo,\n{sig}\n{co}"),
    ("isl", "is", "Hestaleigan Hólmi", "hestaleiganholmi", "Umsókn um sumarstarf",
     "Góðan dag, {n},\n\nTakk fyrir umsóknina um sumarstarf hjá hestaleigunni. Við höfum ráðið manneskju sem hefur farið með ferðamenn í hestaferðir um fjörðinn í mörg ár og getum því miður ekki boðið þér starfið að þessu sinni.\n\nBestu kveðjur,\n{sig}\n{co}",
     "application_received", "Umsóknin þín er komin", "Góðan dag, {n},\n\nVið höfum fengið umsóknina þína. Hvort sem þú færð starfið eða ekki, látum við þig vita fyrir {dl}.\n\nKveðja,\n{sig}\n{co}"),
    ("slv", "si", "Čebelarstvo Pri lipi", "cebelarstvoprilipi", "Glede vaše prijave",
     "Pozdravljeni, {n}!\n\nHvala za prijavo na delo pomočnika v našem čebelarstvu. Odločili smo se za kandidata, ki že več let sam skrbi za čebelnjak s štiridesetimi panji, zato vas tokrat ne bomo povabili k sodelovanju.\n\nLep pozdrav,\n{sig}\n{co}",
     "interview", "Vabilo na pogovor", "Pozdravljeni, {n}!\n\nVabimo vas na pogovor {dl} ob 10. uri. Žal je cesta do čebelnjaka razkopana, zato avto pustite pri cerkvi in zadnji del poti pridite peš.\n\nLep pozdrav,\n{sig}\n{co}"),
    ("mkd", "mk", "Работилница „Охридски бисер Лихнида“", "lihnidabiser", "Во врска со вашата пријава",
     "Почитувани {n},\n\nВи благодариме за пријавата за помошник во нашата работилница. Се определивме за кандидат кој веќе неколку години изработува охридски бисер, па овој пат нема да продолжиме со вашата пријава.\n\nСо почит,\n{sig}\n{co}",
     "next_steps", "Потребни документи", "Почитувани {n},\n\nВе молиме до {dl} да ни испратите копија од личната карта и уверение дека не сте осудувани. За жал, канцеларијата не работи во сабота.\n\nСо почит,\n{sig}\n{co}"),
]
for lang, zone, co, dom, rsub, rbody, kind, osub, obody in L:
    wr("l-" + lang, rsub, rbody, co, dom, tz=zone, lang=lang)
    if kind:
        wo(kind, "l-" + lang, osub, obody, co, dom, tz=zone, lang=lang)

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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "yue": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "guj": "{d}/{m}/{y}", "kaz": "{dd}.{mm}.{y}", "ceb": "{d}/{m}/{y}", "kat": "{dd}.{mm}.{y}",
    "heb": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}", "isl": "{d}.{m}.{y}", "slv": "{d}. {m}. {y}", "mkd": "{d}.{m}.{y}",
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
        rec["id"] = f"blind74:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 73; this slice and any later one are skipped by number."""
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
