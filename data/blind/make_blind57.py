# ruff: noqa: E501, S311
"""Write the fifty-seventh sealed blind slice for issue 11 (blind-slice-57.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 57 and later never read; our side printed)
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

SEED = 570571
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-57.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 57
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Clementine Aubrey-Voss", "Eoghan Mac Cárthaigh", "Sharvani Kulkarni", "Leopold Fenwright", "Thandeka Ngcobo",
    "Aroha Tipene", "Philippa Ormerod", "Cathal Ó Briain", "Ebere Nwachukwu", "Barnaby Quennell",
    "Efua Mensah", "Sibusiso Dlamini", "Ishita Banerjee", "Colm Scanlon", "Adaeze Obi",
    "Genevieve Tremayne", "Tama Horomona", "Sorcha Geraghty", "Arjun Venkatesan", "Niamh Brosnan",
    "Lindiwe Sithole", "Jago Penrose", "Meenakshi Pillai", "Dorota Kamińska", "Joost van Leeuwen",
    "Yaw Asante", "Nomvula Zungu", "Radhika Chandran", "Ultan Moriarty", "Kwesi Boakye",
    "Percival Abernethy", "Shirin Mahdavi", "Octavia Brackley", "Duarte Pimentel", "Aoife Ní Mhurchú",
    "Folake Adebayo", "Hermione Stallworthy", "Losana Vakaloloma", "Donnacha Kiely", "Mpho Radebe",
]
REGION_SIGNERS = {
    "uk": ["Rosamund Tilbury", "Emrys Pritchard", "Shabnam Hussain", "Fergus Lennox", "Millicent Harrow", "Cerys Blakeway", "Bartholomew Keyes"],
    "ie": ["Ciarán Mulvihill", "Éabha Costigan", "Diarmuid Rafferty", "Sadhbh Nugent"],
    "us": ["Loretta Kessinger", "Dwayne Pruitt", "Marisol Quintanilla", "Hank Sorensen", "Jolene Whitfield"],
    "ca": ["Geneviève Ouellet", "Harjit Grewal", "Bohdan Sawchuk", "Nicolette Arsenault"],
    "au": ["Tegan Mulcahy", "Dimitri Kostas", "Jacinta Bourke", "Huy Tran"],
    "nz": ["Kiri Whaanga", "Angus Rennie", "Losa Tuilagi", "Moana Herewini"],
    "za": ["Thabo Mokoena", "Annelie Steyn", "Nosipho Cele", "Riaan Botha"],
    "in": ["Lakshmi Narayanan", "Rohit Deshpande", "Sutapa Mitra", "Farhan Siddiqui"],
    "ng": ["Chiamaka Eze", "Tunde Olawale"], "ke": ["Njeri Mwangi", "Kiprono Langat"],
    "ph": ["Maricel Dizon", "Ronaldo Bautista"], "sg": ["Tan Hui Min", "Rajesh Nair"],
    "gh": ["Akua Frimpong", "Kofi Ansah"], "th": ["Pimchanok Srisuk", "Anan Wongsa"], "pl": ["Małgorzata Nowicka", "Tomasz Wrona"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "usak": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["سلمى الحوراني", "ماجد العتيبي"], "de": ["Walburga Eichinger", "Siegfried Holzapfel"],
    "es": ["Remedios Calatrava", "Fermín Ochoa"], "fr": ["Maëlle Guénolé", "Gaëtan Le Bihan"],
    "hi": ["कमला राठौर", "सुरेश तिवारी"], "it": ["Ornella Zamboni", "Loris Pedrazzi"],
    "ja": ["栗原 智子", "松尾 隆"], "ko": ["한미경", "윤상철"], "pt": ["Graciete Almada", "Nuno Tavares"],
    "ru": ["Людмила Кравцова", "Григорий Осипов"], "sw": ["Bi. Rehema Salim", "Athumani Mzee"],
    "th": ["วันเพ็ญ แก้วมณี", "สมชาย ทองดี"], "tr": ["Fadime Öztürk", "Hüseyin Çelik"],
    "ur": ["رخسانہ بٹ", "طارق محمود"], "zh": ["林秀英", "黄建国"],
    "nyy": ["Ester Mwakyusa", "Anyitike Mwakalinga"], "alt": ["Айана Тадышева", "Эркемен Кыдыев"],
    "dlg": ["Марина Чуприна", "Семён Аксёнов"], "ddo": ["Патимат Гаджиева", "Магомед Абдулаев"],
    "maz": ["Ángela Segundo", "Crispín Mondragón"], "hus": ["Rosalía Hernández", "Cirilo Martínez"],
    "kne": ["Marites Bangsoy", "Dominic Lumidao"], "ibg": ["Lorna Pagulayan", "Rogelio Tamayo"],
    "lgg": ["Drichiru Beatrice", "Ayikobua Moses"], "seh": ["Celeste Bandeira", "Joaquim Chemane"],
}
LANG_RECIPIENTS = {
    "ar": ["دانة الخطيب", "يزن المصري"], "de": ["Theres Moosbrugger", "Wendelin Gschwandtner"],
    "es": ["Itziar Valdés", "Baltasar Crespo"], "fr": ["Anaïs Kerjean", "Yannick Morvan"],
    "hi": ["नेहा भारद्वाज", "विकास सैनी"], "it": ["Giada Benvenuti", "Samuele Ferraresi"],
    "ja": ["大野 結衣", "石井 陸"], "ko": ["정예린", "임도현"], "pt": ["Inês Carvalhais", "Tiago Sarmento"],
    "ru": ["Дарья Соколова", "Матвей Лебедев"], "sw": ["Zawadi Mrisho", "Hamisi Ngowi"],
    "th": ["ปิยะนุช สายทอง", "อนุชา มีสุข"], "tr": ["Elif Karaca", "Burak Şimşek"],
    "ur": ["ثنا ملک", "حمزہ جاوید"], "zh": ["刘佳怡", "孙浩然"],
    "nyy": ["Upendo Mwambene", "Baraka Mwaipopo"], "alt": ["Чейнеш Ябыкова", "Арутан Тюлентин"],
    "dlg": ["Анастасия Портнягина", "Илья Бетту"], "ddo": ["Зайнаб Исаева", "Шамиль Алиев"],
    "maz": ["Lucía Gervacio", "Anselmo Ventura"], "hus": ["Marcelina Cruz", "Esteban Santiago"],
    "kne": ["Jocelyn Dalisdis", "Ramil Bacwaden"], "ibg": ["Shiela Carag", "Jomar Tuddao"],
    "lgg": ["Ayikoru Grace", "Anguyo Patrick"], "seh": ["Rosita Mafuta", "Alberto Saize"],
}
GIVEN = {
    "Eoghan Mac Cárthaigh": "Eoghan", "Cathal Ó Briain": "Cathal", "Aoife Ní Mhurchú": "Aoife",
    "Tan Hui Min": "Hui Min", "Bi. Rehema Salim": "Rehema", "Clementine Aubrey-Voss": "Clementine",
    "Drichiru Beatrice": "Beatrice", "Ayikobua Moses": "Moses", "Ayikoru Grace": "Grace", "Anguyo Patrick": "Patrick",
}
PROVIDERS = ["kestrelpost", "linnetbox", "siskinmail", "bramblingnet", "redpollpost", "twitemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"),
    "cae": ("-0500", "-0400", "us"), "ca": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "mx": ("-0600", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "mz": ("+0200", None, ""), "jo": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "krs": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "ca", "cae", "cat", "can", "cask", "cam", "cap")



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
    TEMPLATES.append(T(part, label, kind, f"blind57-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf},\n\nFollowing up after Tuesday – has the panel settled on anyone? I can forward my certificates if useful.\n\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Req {ref} – {role}: update", "Hello {n},\n\nRequisition {ref} ({role}) has been closed by the {co} operations group: the spring run of {x} will be handled by the crew already on the floor, so no one is being hired into it.\n\nYour candidate profile stays in the portal.\n\nTalent Acquisition, {co}", ("Pelworth Winches", "Carradine Anchors"), ("pelworthwinch.example", "carradineanchor.example"), frm="{co} Careers <noreply@{dom}>", role=("Assembly Technician", "Foundry Hand"), tz=("uk", "use"), x=("capstan drums", "fluke castings"))
mr("gh-offer", "{co}: {role}", "Hi {n},\n\nCheers for all those hours with us these past weeks. Our offer for {role} has now been accepted by a candidate with {x}, and the search has wrapped up.\n\nMaybe we'll meet again down the line.\n{sig}\nPeople Team, {co}", ("Tamsworth Paddles", "Oakhurl Sculls"), ("tamsworthpaddles.example", "oakhurl.example"), role=("Laminating Lead", "Finishing Bench Hand"), tz=("au", "cap"), x=("nine years laying up carbon blades", "a long stint shaping ash shafts for a rowing club supplier"))
mr("lever", "Your application at {co}", "{n}, hello –\n\nWe've filled the {role} role with {x}. Close call; your samples went down well.\n\nAll the best,\n{sig}", ("Brindlecombe Banjos", "Hollin & Kaye Mandolins"), ("brindlecombe.example", "hollinkaye.example"), role=("Fretting Technician", "Neck Carver"), tz=("usc", "uk"), x=("a luthier who has cut banjo rims since 2014", "someone who carved necks for a Kaye supplier for eight years"))
mr("smart-table", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Closed – appointment made (other candidate)</td></tr></table><p>{co} Recruiting</p></body></html>", ("Lumbrey Lanterns", "Quaystone Hurricane Lamps"), ("lumbrey.example", "quaystone.example"), frm="{co} <jobs@{dom}>", role=("Glass Chimney Fitter", "Wick Line Operator"), tz=("nz", "za"))
mr("icims", "{co} – {role} ({ref})", "Dear {n},\n\nYour candidacy for {role} has been dispositioned: Not Selected – {x}.\n\nNobody reads replies sent here. Questions go to the recruiting contact on the posting.\n\n{co}", ("Fernhallow Umbrellas", "Gastrell Canopies"), ("fernhallow.example", "gastrell.example"), frm="{co} Talent <careers-noreply@{dom}>", role=("Canopy Sewer", "Rib Assembler"), tz=("ie", "in"), x=("Forklift Ticket Required", "Night Shift Availability Not Confirmed"))
mr("taleo", "Requisition {ref}: {role}", "Dear {n},\n\nRequisition status: Cancelled – position not funded this year\nCandidate status: Not hired (requisition cancelled)\n\nNothing needed from you. Your profile on the {co} job site stays open for future postings.\n\nHR Services", ("Ormsley Sandglass Co.", "Thrupp Sand Timers"), ("ormsley.example", "thrupp.example"), frm="{co} HR Services <hrs-noreply@{dom}>", role=("Glassblower's Assistant", "Packing Line Lead"), tz=("use", "au"))
mr("workable", "{role} at {co}", "Hi {n},\n\n{x} people sent applications for {role}, a record for a bench job here. The hire is made and the pick was someone else — we know that's a letdown after your work on it.\n\n{sig}, {co}", ("Pennock Harmonicas", "Tolland Reed Works"), ("pennock.example", "tolland.example"), role=("Reed Plate Tuner", "Comb Finisher"), tz=("uk", "nz"), x=("one hundred and six", "eighty-eight"))
mr("bamboo", "About the {role} hours", "Hi {n},\n\n{x} moves over to the {role} hours, so it's filled from inside. Cheers for visiting the workshop.\n\n{sig}\n{co}", ("Dapplemere Birdhouses", "Nettlecote Nest Boxes"), ("dapplemere.example", "nettlecote.example"), role=("Workshop Assistant", "Paint Bench Hand"), tz=("ca", "za"), x=("Ottilie from our packing room", "Sizwe from the timber yard"))
mr("teamtailor", "{role} – {co}", "Dear {n},\n\nWe thank you for interest. This job is given now to a person from our team who is working with {x} already three years. Was nice to talk together.\n\nWith regards,\n{sig}", ("Kowalik Ocarinas", "Brzozowa Fipples"), ("kowalik.example", "brzozowa.example"), role=("Kiln Assistant", "Glazing Assistant"), tz=("pl", "pl"), x=("ocarina moulds", "clay tuning"))
mr("personio", "{co}: your application", "Hello {n},\n\nAfter the interviews the team choose the applicant who has more years of {x}. Our talk stays in good memory for us.\n\nKind regards,\n{sig}\n{co}", ("Ansbrook Lutes", "Merriweather Early Strings"), ("ansbrooklutes.example", "merriweather.example"), role=("Workshop Trainee", "Varnishing Assistant"), tz=("ke", "ng"), x=("bent-rib work", "oil varnish"))
mr("pinpoint", "Assessment result – {role}", "Dear {n},\n\nYour assessment score for {role} was {x}. The interview line sat at {y}; your application closes here.\n\n{co} Recruitment", ("Heskin Recorders", "Wolvey Windchest"), ("heskin.example", "wolvey.example"), frm="{co} Recruitment <apply@{dom}>", role=("Turning Operator", "Voicing Technician"), tz=("uk", "auq"), x=("24 of 50", "19 of 40"), y=("33", "27"))
mr("jazz", "the {role} gig", "hey {n}, quick one – {x} got the {role} spot for the summer. thanks for sending your reel, it was good\n\n– {sig}", ("Copperknob Cowbells", "Tinbarrel Cowbell Band"), ("copperknob.example", "tinbarrel.example"), role=("touring percussionist", "festival cowbell player"), tz=("usm", "cae"), x=("Delphine and Rusty", "Marlow"))
mr("ashby", "Decision on your {role} application", "Dear {n},\n\nThe panel select another finalist for {role}. Meeting you was pleasure, and thank for waiting so long.\n\n{sig}\n{co}", ("Nhat Minh Marbles", "Bintang Glass Marbles"), ("nhatminhmarbles.example", "bintangglass.example"), role=("Furnace Operator", "Quality Sorter"), tz=("th", "sg"))
mr("one-wicklow", "the cafe job", "Hi {n},\n\nI've given the weekend counter job to my sister-in-law's lad Fionn, he's been in and out of here since he was small. Didn't want you waiting on it.\n\n{sig}", "Hazelrow Tearooms", "hazelrowtearooms.example", tz="ie")
mr("one-deli", "counter job", "Hey {n} — the deli spot went to Gus's niece Pia, she starts Tuesday. thanks for coming by\n{sig}", "Ebbets Hoagies", "ebbetshoagies.example", tz="use")
mr("one-chip", "Saturday shifts", "Hi {n}, our Saturday shifts are going to Tayla from down the road, her mum's worked the fryer with us for years. Ta for bringing the CV round. {sig}", "Mudgeeri Fish & Chips", "mudgeeri.example", tz="au")
mr("one-dairy", "Re: the shop job", "Kia ora {n}, just letting you know my cousin's boy Tamati is taking the dairy shifts. Thanks heaps for popping in. {sig}", "Kōwhai Corner Dairy", "kowhaicorner.example", tz="nz")
mr("one-spaza", "shop assistant", "Hi {n}, Mama Thoko's grandson Lwazi has started at the till this week so the post is filled. Thank you for asking. {sig}", "Ekhaya Kitchenette", "ekhayaspaza.example", tz="za")
mr("one-chai", "Tea stall helper", "Namaste {n}, the helper post at the stall is now with my brother's son Karthik, from Monday. Thank you for coming. {sig}", "Sri Murugan Tapri", "srimuruganchai.example", tz="in")
mr("one-poutine", "cantine job", "Hi {n}, Réjean's grand-daughter Maude is taking the evening counter at the cantine. Thanks for the application. {sig}", "Cantine Chez Réjean", "chezrejean.example", tz="cae")
mr("one-suya", "Grill assistant", "Hello {n}, my nephew Emeka has taken the grill assistant place. Thank you for stopping by the spot. {sig}", "Mallam Sani Grillside", "mallamsani.example", tz="ng")
mr("one-sari", "Shop helper", "Dear {n}, the shop helper job went to Auntie Lata's daughter Kavitha. We are thankful you applied. {sig}", "Lata Homespun", "latasaris.example", tz="in")
mr("one-kebab", "Re: Evening staff", "Hi {n}, my cousin Baran is doing the evenings from now, so we are full. Thanks for coming in mate. {sig}", "Baran's Grill House", "baransgrill.example", tz="uk")
mr("one-sari-sari", "store helper", "Hi {n}! The store helper post was given to Kuya Jun's daughter Trisha. Thank you po for applying. {sig}", "Aling Nena Kitchenette", "alingnena.example", tz="ph")
mr("one-kopitiam", "Stall helper", "Hi {n}, my nephew Wei Jie will be helping at the drinks stall now. Thanks for your interest ah. {sig}", "Kedai Ah Seng", "ahsengkopi.example", tz="sg")
mr("one-waakye", "Kitchen help", "Hello {n}, Auntie Ama's son Kwabena is taking the morning kitchen help. Thank you for coming. {sig}", "Auntie Ama Waakye Joint", "auntieama.example", tz="gh")
mr("one-matatu", "Booking clerk", "Hi {n}, the booking clerk place has gone to Wambui, the owner's niece. Thanks for applying. {sig}", "Kahawa Stage Bookings", "kahawastage.example", tz="ke")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-marina", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nCheers once more for the visit to the pontoons last week and for the questions you asked. We've offered the {role} post to {x}, who starts on the 1st.\n\nWishing you the very best.\n{sig}\n\n" + "{OUT}", ("Saltfleet Marina", "Harrowby Boat Lift"), ("saltfleet.example", "harrowby.example"), role=("Slipway Hand", "Boat Lift Operator"), tz=("uk", "au"), x=("Callum Pryce", "Jess Arnott"))
mr("thr-bowls", "Re: [EXT] Re: Greenkeeper interview", "Hi {n},\n\nGreat meeting you Thursday. The committee has asked {x} to take on the greenkeeping this season.\n\nAll the best,\n{sig}\n\n{GM}", ("Fernleigh Lawn Club", "Ashcombe Green Club"), ("fernleighlawn.example", "ashcombegreen.example"), tz=("nz", "za"), x=("Rangi Paewai", "Johan Kruger"))
mr("thr-planet", "RE: [EXT] RE: Dome presenter", "{n},\n\nEnjoyed our dome visit. We've taken on {x} as our evening presenter from next month.\n\nAppreciate you bearing with us.\n{sig}\n\n{ORIG}", ("Skywell Skywatch", "Northstar Dome"), ("skywell.example", "northstardome.example"), tz=("use", "ie"), x=("Priya Malhotra", "Conor Daly"))
mr("thr-ice", "Re: [EXT] Re: Zamboni driver", "Hi {n},\n\nThanks for skating out to meet us. The ice resurfacing job is going to {x}, who has driven for the junior league for years.\n\nTake care,\n{sig}\n\n{RULE}", ("Frostline Arena", "Maple Rinkside"), ("frostline.example", "maplehollow.example"), tz=("cam", "cat"), x=("Dale Sutter", "Lise Gagnon"))
mr("thr-aquarium", "RE: [EXT] Re: Dive show host", "Hi {n},\n\nIt was good to talk through the dive shows with you. We have appointed {x} as show host.\n\nBest wishes,\n{sig}\n\n{OUT}", ("Coralwick Reef Centre", "Ketterby Sea Life House"), ("coralwick.example", "ketterby.example"), tz=("auq", "uk"), x=("Mia Kennard", "Owen Thatcham"))
mr("thr-lido", "Re: [EXT] RE: Lifeguard supervisor", "Hi {n},\n\nCheers for the poolside chat. The supervisor role has been taken by {x}, who already knows the pool inside out.\n\nKind regards,\n{sig}\n\n{GM}", ("Brockwood Natatorium", "Sundown Natatorium"), ("brockwoodlido.example", "sundownpool.example"), tz=("uk", "usp"), x=("Kemi Adeyinka", "Trey Wallace"))
mr("thr-ropes", "RE: [EXT] Re: Treetop course instructor", "{n} – thanks for giving the harness demo a go. {x} will be leading the treetop sessions this year.\n\nCheers,\n{sig}\n\n{ORIG}", ("Canopy Quest", "Highwire Woods"), ("canopyquest.example", "highwirewoods.example"), tz=("nz", "ca"), x=("Ngaire Walker", "Rémi Côté"))
mr("thr-farmpark", "Re: [EXT] Re: Farm park keeper", "Hi {n},\n\nThanks for coming in to feed the lambs with us. We offered the keeper job to {x} and she has said yes.\n\nAll the best for your search,\n{sig}\n\n{OUT}", ("Butterwick Farm Park", "Clover Ridge Farm Park"), ("butterwick.example", "cloverridge.example"), tz=("ie", "in"), x=("Aisling Kearney", "Divya Nair"))
# ---- 8 clear refusals under long footers
mr("foot-kilt", "Your application – {role}", "Dear {n},\n\n{role} at {co}: your application stops at this point.\n\nThe {co} Team\n\n—\nThis week in store: tweed waistcoats from £39, free hemming on trousers.\nJoin Plaid Circle for early sale access.\nSet up new-role alerts: Careers > My Profile > Notifications.\nApplicant files are deleted after ten months. {co} Ltd, registered in {x}, no. 0{ref}.\nReceived this in error? Tell us, then bin it.", ("Tartanhall", "Glenmarra Homespun"), ("tartanhall.example", "glenmarra.example"), frm="{co} Careers <careers@{dom}>", role=("Sales Adviser", "Stock Assistant"), tz=("uk", "ie"), x=("Scotland", "Ireland"))
mr("foot-boots", "Update from {co} Careers", "Hi {n},\n\nYour {role} application has been looked at, and no position with us follows from it.\n\n{co} Talent\n\n———\nBoots restocked: waterproof duck boots, free lace swap in store.\nText BOOTJOBS to 55{ref} for new openings; STOP ends texts.\nWe hire across all backgrounds, gladly.\nSee or erase your data at My Account > Privacy.\nThis inbox is not monitored.", ("Puddlejump Galoshes", "Trailmuck Footwear"), ("puddlejump.example", "trailmuck.example"), frm="{co} Careers <careers@{dom}>", role=("Floor Associate", "Cashier"), tz=("usc", "cae"))
mr("foot-thongs", "{co} – application outcome", "Hi {n},\n\nYour {role} application was read; it goes no further.\n\nCheers, {co} Recruitment\n\n—\nSummer sale: rash vests two for $50. Beach Club members get 15% off.\nNew store roles go out every second Thursday – switch on alerts in your profile.\nPrivacy Act rules govern how personal details are kept and you can ask for it at any time.\nWrong person? Reply and we'll tidy our list.", ("Saltspray Surfwear", "Reefbreak Apparel"), ("saltspray.example", "reefbreak.example"), frm="{co} Recruitment <jobs@{dom}>", role=("Store Assistant", "Visual Assistant"), tz=("au", "nz"))
mr("foot-kurta", "Application: {role}", "Dear {n},\n\nYour {role} application has been weighed up and it stops here.\n\nRegards,\n{co} HR\n\n--\nWedding season edit is live: handloom kurtas, free tailoring.\nSMS KURTAJOBS to 5{ref} for new store openings.\nData handling follows the {x}.\nContents meant solely for the named addressee; kindly delete if misdelivered.", ("Rangreza Kurtas", "Chikanwala House"), ("rangreza.example", "chikanwala.example"), frm="{co} HR <hr@{dom}>", role=("Store Executive", "Alterations Helper"), tz=("in", "za"), x=("DPDP Act", "POPI Act"))
# ---- 9 hedged refusals
mr("hedge-apiary", "Your application – {role}", "Hi {n},\n\nCheers for putting in for {role}. Several people we saw had put in more seasons {x}, which weighed heavier with us at the finish. Best of luck out there.\n\n{sig}\n{co}", ("Heatherbank Honey", "Wildthyme Apiaries"), ("heatherbank.example", "wildthyme.example"), role=("Seasonal Beekeeper", "Extraction Room Hand"), tz=("uk", "nz"), x=("moving hives up to the moors", "running an extraction room at volume"))
mr("hedge-kayak", "{role} – {co}", "Hello {n},\n\nWe've been through all the applications for {role}. Others brought {x}, so that's the route we've taken.\n\nCheers for your effort,\n{sig}", ("Estuary Kayak Hire", "Blackwater Paddle Tours"), ("estuarykayak.example", "blackwaterpaddle.example"), role=("Sea Kayak Guide", "River Trip Leader"), tz=("ie", "usp"), x=("longer experience of tidal crossings", "more time leading multi-day river trips"))
mr("hedge-cheese", "Thank you, {n}", "Dear {n},\n\nIt was a hard choice. A handful of candidates had worked {x}, nearer to what the dairy needs this year, so they got it.\n\nWarm wishes,\n{sig}, {co}", ("Brackenhill Dairy", "Lindenvale Cheesery"), ("brackenhill.example", "lindenvale.example"), role=("Cheesemaker's Assistant", "Cave Hand"), tz=("ca", "auq"), x=("washed-rind batches for years", "in cave affinage"))
mr("hedge-tattoo-no", "Apprenticeship at {co}", "Hi {n},\n\nThe people we picked had portfolios heavier on {x}, and that suits the bookings we get. Your drawings were lovely and we'd say keep at it.\n\n{sig}", ("Ironmoth Studio", "Inkwell Lane Studio"), ("ironmoth.example", "inkwelllane.example"), role=("Studio Apprentice", "Studio Apprentice"), tz=("za", "use"), x=("fine-line botanicals", "bold traditional flash"))
mr("hedge-ayur", "Application – Massage Therapist", "Dear {n},\n\nThank you. The centre found that applicants with longer Kerala-style abhyanga practice were a somewhat better match, so we have gone ahead with them.\n\nWith regards,\n{sig}\nSanjeevani Wellness Centre", "Sanjeevani Wellness", "sanjeevaniwell.example", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-jam", "Following up on our call", "Hi {n},\n\nGood speaking earlier. As mentioned, the client's other finalist took {role}. There is a {x} I think you'd be great for — shall I send it over?\n\n{sig}\n{co}", ("Larchfield Search", "Kettleby Recruitment"), ("larchfield.example", "kettleby.example"), role=("Production Manager at the jam factory", "Site Manager at the pickle plant"), tz=("uk", "ie"), x=("shift lead role at a marmalade kitchen in the Fens", "bottling supervisor job out near the coast"))
mr("rec-salsa", "Re: Plant Manager search", "{n},\n\nUpdate after we spoke: the client filled {role} by promoting their night supervisor. Separately I've got a {x} that looks like a fit. Free Thursday to talk it through?\n\n{sig}, {co}", ("Ridgeline Talent", "Northwind Staffing"), ("ridgeline.example", "northwindstaff.example"), role=("the salsa plant head job", "the hummus line manager job"), tz=("usc", "cae"), x=("fill-line supervisor opening nearby", "packing room lead role an hour north"))
mr("rec-oats", "Your application via {co}", "Hi {n},\n\nThe mill has hired one of its own shift managers as {role}. I've also got a {x} on my desk this week should you fancy a look.\n\n{sig}", ("Wattle Talent Partners", "Kererū Recruitment"), ("wattletalent.example", "kereru.example"), role=("Mill Manager", "Plant Manager"), tz=("au", "nz"), x=("flaking line supervisor post", "grain intake lead role"))
mr("rec-papad", "Plant Head – update", "Dear {n},\n\nAt the papad unit, a manager shifted from their second site now holds the Plant Head post. I have one more opening, Quality In-charge at a spice grinding unit, if you want me to share the JD.\n\nRegards,\n{sig}\nSaraswati Placements", "Saraswati Placements", "saraswatiplace.example", tz="in")
# ---- 8 public-sector notices
mr("pub-inelig", "Notice of eligibility – {role}", "Dear {n},\n\n{co} has checked your {role} application. {x} It is ineligible on that ground and goes no further.\n\nHuman Resources\n{co}", ("Borough of Thistlecombe", "Kelderwick Shire Council"), ("thistlecombe.example", "kelderwick.example"), frm="{co} HR <recruitment@{dom}>", role=("Parks Operative", "Depot Labourer"), tz=("uk", "au"), x=("The post requires residence within the borough for at least a year.", "The post requires a current HR licence held for twelve months."))
mr("pub-notref", "Vacancy {ref}: {role}", "Dear {n},\n\nThe certificate for vacancy {ref} has been issued to the hiring official with the top-ranked candidates. Your name was not referred. No further action is needed on your part.\n\n{co} Personnel Office", ("Harlan Falls Township", "Township of Pinecroft"), ("harlanfalls.example", "pinecroft.example"), frm="{co} Personnel <personnel@{dom}>", role=("Water Plant Operator", "Road Crew Worker"), tz=("use", "cae"))
mr("pub-cancel", "{role}: recruitment cancelled", "Dear {n},\n\nFollowing {x}, {co} has cancelled the recruitment for {role}. Nobody will be appointed, and applications will not be assessed.\n\nPeople & Culture", ("Moananui District Council", "Ashgrove City Council"), ("moananui.example", "ashgrovecity.example"), frm="{co} <careers@{dom}>", role=("Library Assistant", "Events Coordinator"), tz=("nz", "za"), x=("the annual plan review", "a budget adjustment"))
mr("pub-cutoff", "Result of written test – {role}", "Dear {n},\n\nYour written test mark was {x}. Your category needed {y} to go on. Your roll number is absent from the typing test call sheet.\n\nSecretary\n{co}", ("Vindhya Subordinate Selection Board", "Coastal Districts Recruitment Cell"), ("vindhyassb.example", "coastalcell.example"), frm="{co} <results@{dom}>", role=("Junior Assistant", "Field Surveyor"), tz=("in", "in"), x=("61/150", "38.5/100"), y=("72.5 (UR)", "44 (OBC)"))
# ---- 6 bare ATS status updates
mr("stat-line", "Application status update", "Hi {n},\n\nYour application status has changed.\n\nRole: {role}\nStatus: No longer being considered\n\n{co}", ("Grindlestone Spades", "Hoxley Garden Tools"), ("grindlestone.example", "hoxley.example"), frm="{co} Jobs <no-reply@{dom}>", role=("Forge Operator", "Handle Fitter"), tz=("uk", "usc"))
mr("stat-html", "Your application – {role}", "<html><body><p>Hello {n},</p><table><tr><th>Stage</th><th>Status</th></tr><tr><td>Screening</td><td>No longer under consideration</td></tr></table><p>{co}</p></body></html>", ("Pailworth Buckets", "Tinmere Pails"), ("pailworth.example", "tinmere.example"), frm="{co} <ats@{dom}>", role=("Press Operator", "Galvanising Hand"), tz=("au", "ca"))
mr("stat-steps", "{role}: status", "Hi {n},\n\nApplied ✓\nReviewed ✓\nOutcome: not moving forward\n\nSent by JobTrail on behalf of {co}.", ("Quillon Shoehorns", "Sleekfoot Horn Goods"), ("jobtrail.example", "jobtrail.example"), frm="JobTrail <notify@{dom}>", role=("Polishing Operative", "Dispatch Hand"), tz=("ie", "nz"))
# ---- 6 internship / graduate decisions
mr("int-puffin", "{x} summer studentship", "Dear {n},\n\nWe received {y} applications for the four {x} studentships. Four other students said yes to the four places, so the round is done.\n\nThank you for applying, and do look out for next year's call.\n\n{sig}\n{co}", ("Isle Seabird Trust", "Kaikōura Marine Trust"), ("isleseabird.example", "kaikouramarine.example"), tz=("uk", "nz"), x=("puffin burrow survey", "dusky dolphin photo-ID"), y=("164", "131"))
mr("int-coop", "Co-op term placement – {co}", "Hi {n},\n\nMatching for the {x} co-op term is complete, and every placement now carries another student's name. You're welcome in the next round.\n\nCo-op Office, {co}", ("Lakehead Yeast Lab", "Prairie Soil Microbes Lab"), ("lakeheadyeast.example", "prairiesoil.example"), tz=("cae", "cask"), x=("yeast genetics", "soil microbiome"))
mr("int-grad", "Graduate trainee programme – outcome", "Dear {n},\n\nAll {x} places in this year's {co} graduate trainee programme have been filled by other graduates. We appreciate your interest.\n\nGraduate Recruitment", ("Volta Grid Authority", "Highveld Water Board"), ("voltagrid.example", "highveldwater.example"), frm="{co} Graduate Recruitment <grads@{dom}>", tz=("gh", "za"), x=("ten", "fourteen"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd", "Application received – {role}", "Hello {n},\n\nWe have your application for {role} (req {ref}). The operations group meets this month and may decide to run the {x} with the current crew; if so, the requisition closes and we will tell you.\n\n{co} Careers", ("Pelworth Winches", "Carradine Anchors"), ("pelworthwinch.example", "carradineanchor.example"), frm="{co} Careers <noreply@{dom}>", role=("Machine Setter", "Pattern Shop Hand"), tz=("uk", "use"), x=("drum orders", "chain orders"))
mo("application_received", "c-taleo", "Requisition {ref}: application logged", "Dear {n},\n\nYour application for {role} is logged. Filling or cancelling this requisition triggers a one-line status note to each open candidate.\n\n{co} HR Services", ("Ormsley Sandglass Co.", "Thrupp Sand Timers"), ("ormsley.example", "thrupp.example"), frm="{co} HR Services <hrs-noreply@{dom}>", role=("Sand Grader", "Frame Turner"), tz=("use", "au"))
mo("application_received", "c-icims", "{co} – application logged", "Dear {n},\n\n{role} application noted. Screening marks any profile missing {x} as Not Selected; upload it if you have one.\n\n{co} Talent", ("Fernhallow Umbrellas", "Gastrell Canopies"), ("fernhallow.example", "gastrell.example"), frm="{co} Talent <careers-noreply@{dom}>", role=("Frame Welder", "Cutting Room Hand"), tz=("ie", "in"), x=("a forklift ticket", "proof of night availability"))
mo("application_received", "c-table", "Application logged – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Result</td><td>Pending</td></tr></table><p>This Result row updates if a different person gets appointed.</p></body></html>", ("Lumbrey Lanterns", "Quaystone Hurricane Lamps"), ("lumbrey.example", "quaystone.example"), frm="{co} <jobs@{dom}>", role=("Tinplate Press Hand", "Packer"), tz=("nz", "za"))
mo("application_received", "c-teamt", "We got your CV – {co}", "Dear {n},\n\nThank you, we receive your CV. Maybe we give this job to somebody from our {x} team first; then we also send message to you.\n\n{sig}", ("Kowalik Ocarinas", "Brzozowa Fipples"), ("kowalik.example", "brzozowa.example"), tz=("pl", "pl"), x=("moulding", "tuning"))
mo("application_received", "c-pinpoint", "Assessment booked – {role}", "Hi {n},\n\n{role}: application in. Up next: a brief online test. Scores under the interview line get sent by email too.\n\n{co} Recruitment", ("Heskin Recorders", "Wolvey Windchest"), ("heskin.example", "wolvey.example"), frm="{co} Recruitment <apply@{dom}>", role=("Bore Reamer", "Tuning Assistant"), tz=("uk", "auq"))
mo("application_received", "c-footkilt", "Thanks for applying – {co}", "Dear {n},\n\n{role} application noted. Our store manager phones just the people she means to meet.\n\nThe {co} Team\n\n—\nNew in: lambswool scarves. Set up alerts under Careers > My Profile.", ("Tartanhall", "Glenmarra Homespun"), ("tartanhall.example", "glenmarra.example"), frm="{co} Careers <careers@{dom}>", role=("Weekend Adviser", "Till Assistant"), tz=("uk", "ie"))
mo("application_received", "c-pubcert", "Application received – {role}", "Dear {n},\n\nThe {co} Personnel Office has your application for {role}. Those left off the certified list are told by letter.\n\nPersonnel", ("Harlan Falls Township", "Township of Pinecroft"), ("harlanfalls.example", "pinecroft.example"), frm="{co} Personnel <personnel@{dom}>", role=("Meter Reader", "Arena Attendant"), tz=("use", "cae"))
mo("application_received", "c-cutoff", "Acknowledgement – {role}", "Dear {n},\n\nYour application for {role} is accepted. Typing test call letters go out solely where a written mark clears that category's qualifying line.\n\n{co}", ("Vindhya Subordinate Selection Board", "Coastal Districts Recruitment Cell"), ("vindhyassb.example", "coastalcell.example"), frm="{co} <results@{dom}>", role=("Record Keeper", "Lab Attendant"), tz=("in", "in"))
mo("application_received", "c-kayak", "Re: {role}", "Hi {n},\n\nGot your application, thanks. The owners may hand the guiding slot to a club paddler; should that happen, expect my call that evening.\n\n{sig}", ("Estuary Kayak Hire", "Blackwater Paddle Tours"), ("estuarykayak.example", "blackwaterpaddle.example"), role=("Sea Kayak Guide", "River Trip Leader"), tz=("ie", "usp"))
mo("application_received", "c-puffin", "{x} studentship – application in", "Dear {n},\n\nThanks for applying. Those who miss out will be emailed once the four places are settled.\n\n{sig}\n{co}", ("Isle Seabird Trust", "Kaikōura Marine Trust"), ("isleseabird.example", "kaikouramarine.example"), tz=("uk", "nz"), x=("Burrow survey", "Photo-ID"))
mo("application_received", "c-thongs", "{co}: application in", "Hi {n},\n\nThanks – your application for {role} has landed. If the answer is no, we'll email that too.\n\nCheers, {co} Recruitment\n\n—\nRash vests two for $50. Beach Club members get 15% off.", ("Saltspray Surfwear", "Reefbreak Apparel"), ("saltspray.example", "reefbreak.example"), frm="{co} Recruitment <jobs@{dom}>", role=("Casual Store Assistant", "Stockroom Assistant"), tz=("au", "nz"))
mo("application_received", "c-gh", "Application: Quality Inspector", "Hi {n},\n\nYour application is with us. Whatever the team decides, a real person from the hiring group will write to you.\n\n{sig}, Tamsworth Paddles", "Tamsworth Paddles", "tamsworthpaddles.example", tz="au")
mo("application_received", "c-lever", "Thanks for the samples", "{n}, hi – samples arrived. Should another maker land it, a note from me follows regardless.\n\n{sig}, Brindlecombe Banjos", "Brindlecombe Banjos", "brindlecombe.example", tz="usc")
mo("application_received", "c-workable", "Reed Plate Tuner – received", "Hi {n},\n\nApplication received. Yes or no, expect our answer inside three weeks.\n\n{sig}, Pennock Harmonicas", "Pennock Harmonicas", "pennock.example", tz="uk")
mo("application_received", "c-bamboo", "Paint Bench Hand", "Hi {n},\n\nThanks for applying. Timber-yard staff who ask for these hours ahead of interviews get first dibs; you'd hear from me.\n\n{sig}\nNettlecote Nest Boxes", "Nettlecote Nest Boxes", "nettlecote.example", tz="za")
mo("application_received", "c-personio", "Application received", "Hello {n},\n\nWe received your application. Also if our answer is no, we send you email.\n\nKind regards,\n{sig}\nAnsbrook Lutes", "Ansbrook Lutes", "ansbrooklutes.example", tz="ke")
mo("application_received", "c-jazz", "re: festival gig", "hey {n} got your reel. if the 20th rolls by w/o a msg from me, slot's gone to someone else\n– {sig}", "Tinbarrel Cowbell Band", "tinbarrel.example", tz="cae")
mo("application_received", "c-ashby", "Application acknowledgement", "Dear {n},\n\nWe have your application for Quality Sorter. Good news or bad news, each candidate get personal answer from panel.\n\n{sig}\nBintang Glass Marbles", "Bintang Glass Marbles", "bintangglass.example", tz="sg")
mo("application_received", "c-tearoom", "the cafe job", "Hi {n}, CV arrived, ta. Trial shifts get offered by phone, just to a few. {sig}", "Hazelrow Tearooms", "hazelrowtearooms.example", tz="ie")
mo("application_received", "c-chai", "Helper post", "Namaste {n}, selected or not selected, you will get SMS by Saturday. {sig}, Sri Murugan Tapri", "Sri Murugan Tapri", "srimuruganchai.example", tz="in")
mo("application_received", "c-spaza", "shop assistant", "Hi {n}, thanks for the CV. I'll SMS you by Thursday, taken or not. {sig}", "Ekhaya Kitchenette", "ekhayaspaza.example", tz="za")
mo("application_received", "c-apiary", "Seasonal Beekeeper – received", "Hi {n},\n\nThanks for the application. Should someone else's seasons suit the hives better, you'll hear that plainly.\n\n{sig}\nHeatherbank Honey", "Heatherbank Honey", "heatherbank.example", tz="uk")
mo("application_received", "c-cheese", "Cave Hand application", "Dear {n},\n\nThank you. We only read past the covering letter where a reference contact is included, so do add one.\n\n{sig}, Lindenvale Cheesery", "Lindenvale Cheesery", "lindenvale.example", tz="auq")
mo("application_received", "c-rec", "Thanks for the call", "Hi {n},\n\nThanks for the chat. Your name's gone to the jam factory client. Whatever they say, my phone call comes that afternoon.\n\n{sig}\nLarchfield Search", "Larchfield Search", "larchfield.example", tz="uk")
mo("application_received", "c-inelig", "Application received – Parks Operative", "Dear {n},\n\nWithout proof of residence in the borough, a letter goes out to you.\n\nHuman Resources, Borough of Thistlecombe", "Borough of Thistlecombe", "thistlecombe.example", frm="{co} HR <recruitment@{dom}>", tz="uk")
mo("application_received", "c-cancel", "Library Assistant – application", "Dear {n},\n\nWe have your application. If Council decides to leave the post unfilled after its review, all applicants will be told in writing.\n\nPeople & Culture, Moananui District Council", "Moananui District Council", "moananui.example", frm="{co} <careers@{dom}>", tz="nz")
mo("application_received", "c-statrecv", "Application status", "Hi {n},\n\nRole: Forge Operator\nStatus: Received\n\nGrindlestone Spades", "Grindlestone Spades", "grindlestone.example", frm="{co} Jobs <no-reply@{dom}>", tz="uk")
mo("application_received", "c-coop", "Co-op application in", "Hi {n},\n\nRound-one outcomes, matched or unmatched, appear in the co-op portal.\n\nCo-op Office, Lakehead Yeast Lab", "Lakehead Yeast Lab", "lakeheadyeast.example", tz="cae")
mo("application_received", "c-grad", "Graduate trainee programme – received", "Dear {n},\n\nYour form is in. Scoring under the aptitude pass mark ends the process before the assessment centre.\n\nGraduate Recruitment, Volta Grid Authority", "Volta Grid Authority", "voltagrid.example", frm="{co} Graduate Recruitment <grads@{dom}>", tz="gh")
mo("application_received", "c-bowls", "Re: Greenkeeper", "Hi {n},\n\nThanks for the CV. If a club member takes the mower on, I'll tell you myself.\n\n{sig}, Fernleigh Lawn Club", "Fernleigh Lawn Club", "fernleighlawn.example", tz="nz")
mo("application_received", "c-planet", "Re: Dome presenter", "{n},\n\nYour recording came through. Your details stay on our list for later shows as well.\n\n{sig}, Skywell Skywatch", "Skywell Skywatch", "skywell.example", tz="use")
mo("application_received", "c-boots", "Application received – {co}", "Hi {n},\n\nThanks for applying. We only reach out when your background matches an opening.\n\n{co} Talent\n———\nText BOOTJOBS for new openings.", "Puddlejump Galoshes", "puddlejump.example", frm="{co} Careers <careers@{dom}>", tz="usc")
mo("application_received", "c-kurta", "Application received", "Dear {n},\n\nApplication logged. Only shortlisted people get a call for interview.\n\n{co} HR\n--\nWedding season edit is live.", "Chikanwala House", "chikanwala.example", frm="{co} HR <hr@{dom}>", tz="in")
mo("application_received", "c-tattoo", "Apprenticeship", "Hi {n},\n\nGot your portfolio. When everyone's been seen, we'll give you a plain answer.\n\n{sig}, Ironmoth Studio", "Ironmoth Studio", "ironmoth.example", tz="za")
mo("application_received", "c-sarisari", "store helper", "Hi {n}! Received po your application. Thank you. {sig}, Aling Nena Kitchenette", "Aling Nena Kitchenette", "alingnena.example", tz="ph")
mo("application_received", "c-waakye", "Kitchen help", "Hello {n}, we have your name down for the kitchen help. Thank you. {sig}", "Auntie Ama Waakye Joint", "auntieama.example", tz="gh")
mo("application_received", "c-aquarium", "Dive show host – application", "Hi {n},\n\nThanks for applying. Dive certificates are checked before anyone is shortlisted.\n\n{sig}, Coralwick Reef Centre", "Coralwick Reef Centre", "coralwick.example", tz="auq")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-marina", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nCould you return for another chat {dl} at 10:00 at the boatyard office. Unfortunately the slipway winch is out for repair, so the practical bit will be a walk-through only.\n\n{sig}\n{co}", ("Saltfleet Marina", "Harrowby Boat Lift"), ("saltfleet.example", "harrowby.example"), role=("Slipway Hand", "Boat Lift Operator"), tz=("uk", "au"))
mo("interview", "i-rink", "Re: [EXT] Re: Zamboni driver", "Hi {n},\n\nCan you come to the rink on {dl} at 2 pm for a drive-along? Unfortunately the snack bar is closed on weekdays, so bring a coffee.\n\n{sig}", ("Frostline Arena", "Maple Rinkside"), ("frostline.example", "maplehollow.example"), tz=("cam", "cat"))
mo("next_steps", "n-pubcopies", "Documents needed – {role}", "Dear {n},\n\nCertified copies of licence and ID are due {dl}. Unfortunately phone snaps won't do.\n\n{co} HR", ("Borough of Thistlecombe", "Kelderwick Shire Council"), ("thistlecombe.example", "kelderwick.example"), frm="{co} HR <recruitment@{dom}>", role=("Parks Operative", "Depot Labourer"), tz=("uk", "au"))
mo("next_steps", "n-recref", "Reference form – {role}", "Hi {n},\n\nThe client wants references for the {role} shortlist. The form is due {dl}. Unfortunately it logs out after twenty idle minutes, so keep referees' details handy.\n\n{sig}, {co}", ("Ridgeline Talent", "Northwind Staffing"), ("ridgeline.example", "northwindstaff.example"), role=("fill-line supervisor", "packing room lead"), tz=("usc", "cae"))
mo("offer", "o-birdhouse", "Offer – {role}", "Hi {n},\n\nWe're glad to offer you the {role} post, starting {dl} all being well. Unfortunately workshop parking is cramped; buses stop outside.\n\n{sig}\n{co}", ("Dapplemere Birdhouses", "Nettlecote Nest Boxes"), ("dapplemere.example", "nettlecote.example"), role=("Workshop Assistant", "Paint Bench Hand"), tz=("ca", "za"))
mo("interview", "i-lutes", "Interview invitation", "Hello {n},\n\nPlease join a video talk with us {dl}, 11:00. Unfortunately the camera in our workshop sometimes freezes; if so we will call by phone.\n\n{sig}, Merriweather Early Strings", "Merriweather Early Strings", "merriweather.example", tz="ng")
mo("interview", "i-ocarina", "Interview at workshop", "Dear {n},\n\nInterview is {dl}, 9:30, please come. Unfortunately our lift is broken, the workshop is on third floor.\n\n{sig}, Kowalik Ocarinas", "Kowalik Ocarinas", "kowalik.example", tz="pl")
mo("interview", "i-tearoom", "trial shift", "Hi {n}, trial shift {dl}, 8 till noon, any good? Unfortunately the big oven's on the blink so it'll be sandwiches mostly. {sig}", "Hazelrow Tearooms", "hazelrowtearooms.example", tz="ie")
mo("interview", "i-chip", "trial at the shop", "Hi {n}, come in for a trial {dl} at 4pm. Unfortunately the second fryer's playing up, so it might be a bit hectic. {sig}", "Mudgeeri Fish & Chips", "mudgeeri.example", tz="au")
mo("interview", "i-council", "Interview – Events Coordinator", "Dear {n},\n\nInterview: {dl}, at 1:30 pm. Unfortunately roadworks have closed the civic centre car park.\n\nPeople & Culture, Ashgrove City Council", "Ashgrove City Council", "ashgrovecity.example", frm="{co} <careers@{dom}>", tz="za")
mo("interview", "i-kayak", "Re: Sea Kayak Guide", "Hi {n},\n\nCome out on the water with us {dl} at 9. Unfortunately the changing hut is being re-roofed, so change at home.\n\n{sig}, Estuary Kayak Hire", "Estuary Kayak Hire", "estuarykayak.example", tz="ie")
mo("interview", "i-ropes", "RE: [EXT] Re: Treetop course instructor", "{n} – second session on {dl} at 10 if that suits? Unfortunately the zip line is shut for inspection that week.\n\n{sig}, Highwire Woods", "Highwire Woods", "highwirewoods.example", tz="ca")
mo("interview", "i-farmpark", "Re: [EXT] Re: Farm park keeper", "Hi {n},\n\nFancy another morning with the animals on {dl}? Unfortunately the tractor shed is out of bounds while it's rewired.\n\n{sig}, Butterwick Farm Park", "Butterwick Farm Park", "butterwick.example", tz="ie")
mo("interview", "i-cheese", "Interview – Cheesemaker's Assistant", "Dear {n},\n\nCome meet us at the dairy {dl} at 10:00. Unfortunately the visitor toilets are closed for works.\n\n{sig}, Brackenhill Dairy", "Brackenhill Dairy", "brackenhill.example", tz="ca")
mo("next_steps", "n-status", "Application status update", "Hi {n},\n\nRole: Handle Fitter\nStatus: Assessment – action required by {dl}\n\nHoxley Garden Tools", "Hoxley Garden Tools", "hoxley.example", frm="{co} Jobs <no-reply@{dom}>", tz="usc")
mo("next_steps", "n-winch", "Bench test – Assembly Technician", "Hello {n},\n\nBook a bench test slot ahead of {dl}. Unfortunately the test room is upstairs, no lift.\n\nTalent Acquisition, Pelworth Winches", "Pelworth Winches", "pelworthwinch.example", frm="{co} Careers <noreply@{dom}>", tz="uk")
mo("next_steps", "n-cutoff", "Document verification – Junior Assistant", "Dear {n},\n\nYour roll number is in the list for document verification. Report with originals on {dl} at 10:00 AM.\n\nSecretary, Vindhya Subordinate Selection Board", "Vindhya Subordinate Selection Board", "vindhyassb.example", frm="{co} <results@{dom}>", tz="in")
mo("next_steps", "n-grad", "Pre-employment medical", "Dear {n},\n\nPlease attend your medical by {dl}. Unfortunately the clinic turns away walk-ins; book first.\n\nGraduate Recruitment, Highveld Water Board", "Highveld Water Board", "highveldwater.example", frm="{co} Graduate Recruitment <grads@{dom}>", tz="za")
mo("next_steps", "n-workable", "Skills task – Comb Finisher", "<html><body><p>Hi {n},</p><p>Complete the short skills task by <b>{dl}</b>. Unfortunately it doesn't open on phones.</p><p>{sig}, Tolland Reed Works</p></body></html>", "Tolland Reed Works", "tolland.example", tz="nz")
mo("next_steps", "n-kurta", "Written task", "Dear {n},\n\nKindly send the written task (a store display plan) by {dl}.\n\n{co} HR", "Rangreza Kurtas", "rangreza.example", frm="{co} HR <hr@{dom}>", tz="in")
mo("next_steps", "n-jazz", "video", "hey {n} can you send a 2 min video of you playing by {dl}? unfortunately our dropbox is full so use a link. {sig}", "Copperknob Cowbells", "copperknob.example", tz="usm")
mo("next_steps", "n-tattoo", "Apprenticeship – drawing task", "Hi {n},\n\nPlease bring three new flash sheets by {dl}. Unfortunately the studio's scanner is broken, so originals please.\n\n{sig}, Inkwell Lane Studio", "Inkwell Lane Studio", "inkwelllane.example", tz="use")
mo("offer", "o-lido", "RE: [EXT] Re: Lifeguard", "Hi {n},\n\nA lifeguard post is yours starting {dl}. Unfortunately the staff lockers are being replaced, so bring a bag.\n\n{sig}, Sundown Natatorium", "Sundown Natatorium", "sundownpool.example", tz="usp")
mo("offer", "o-spaza", "job offer", "Hi {n}, Saturday till job's yours if keen, from {dl}. Unfortunately our fridge died, so pack lunch. {sig}", "Ekhaya Kitchenette", "ekhayaspaza.example", tz="za")
mo("offer", "o-rec", "Offer – flaking line supervisor", "Hi {n},\n\nGood news: the client's offer is in for the flaking line supervisor post, starting {dl}. Unfortunately relocation support is capped at $4,000.\n\n{sig}, Wattle Talent Partners", "Wattle Talent Partners", "wattletalent.example", tz="au")
mo("offer", "o-coop", "Co-op placement offer", "Hi {n},\n\nYour match is the soil microbiome co-op term. Your yes has to reach the placement system by {dl}.\n\nCo-op Office, Prairie Soil Microbes Lab", "Prairie Soil Microbes Lab", "prairiesoil.example", tz="cask")
mo("offer", "o-bowls", "Re: [EXT] Re: Greenkeeper", "Hi {n},\n\nThe committee offers you the assistant greenkeeper role from {dl}. Unfortunately the shed roof leaks, we're on it.\n\n{sig}, Ashcombe Green Club", "Ashcombe Green Club", "ashcombegreen.example", tz="za")
mo("offer", "o-thongs", "Welcome to {co}", "Hi {n},\n\nA casual Store Assistant role is yours, first shift {dl}.\n\nCheers, {co} Recruitment\n—\nBeach Club members get 15% off.", "Reefbreak Apparel", "reefbreak.example", frm="{co} Recruitment <jobs@{dom}>", tz="nz")
mo("offer", "o-ayur", "Offer – Therapist", "Dear {n},\n\nWe offer you the post of therapist from {dl}. Unfortunately staff rooms are full, so please arrange your own stay.\n\n{sig}, Sanjeevani Wellness", "Sanjeevani Wellness", "sanjeevaniwell.example", tz="in")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-review", "Status: {role}", "Hi {n},\n\nStatus: In review\nOutcome: nothing decided yet for any applicant – all remain open.\n\n{co}", ("Quillon Shoehorns", "Pailworth Buckets"), ("jobtrail.example", "pailworth.example"), frm="{co} <notify@{dom}>", role=("Polishing Operative", "Press Operator"), tz=("ie", "au"))
mo("other_job", "x-withdrawn", "Application withdrawn", "<html><body><p>Hi {n},</p><p>Status: <b>Withdrawn (at your request)</b></p><p>{co}</p></body></html>", ("Tamsworth Paddles", "Lumbrey Lanterns"), ("tamsworthpaddles.example", "lumbrey.example"), frm="{co} <jobs@{dom}>", tz=("au", "nz"))
mo("other_job", "x-late", "Scoring delayed – Water Plant Operator", "Dear {n},\n\nScoring has taken longer than planned. No application has been rated yet; expect news within two weeks.\n\nHarlan Falls Township Personnel", "Harlan Falls Township", "harlanfalls.example", frm="{co} Personnel <personnel@{dom}>", tz="use")
mo("job_alert", "a-kilt", "New roles near you – Tartanhall", "Hi {n},\n\n3 new store roles match your alert: Sales Adviser (part-time), Stock Assistant, Alterations Assistant.\n\nManage alerts in Careers > My Profile.", "Tartanhall", "tartanhall.example", frm="{co} Careers <alerts@{dom}>", tz="uk")
mo("job_alert", "a-boots", "Jobs you might like", "Hi {n}, new at Puddlejump Galoshes: Floor Associate (weekends), Key Holder. Text STOP to end texts.", "Puddlejump Galoshes", "puddlejump.example", frm="{co} Careers <alerts@{dom}>", tz="usc")
mo("job_alert", "a-surf", "This fortnight's store roles", "Hi {n}, new Saltspray roles: Store Assistant (casual), Visual Assistant. Update your alerts any time in your profile.", "Saltspray Surfwear", "saltspray.example", frm="{co} Careers <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "r-pickle", "Bottling supervisor role", "Hi {n},\n\nI'm recruiting a bottling supervisor for a pickle plant near the coast. Any chance of a call this week?\n\n{sig}, Kettleby Recruitment", "Kettleby Recruitment", "kettleby.example", tz="ie")
mo("recruiter_outreach", "r-spice", "Quality In-charge opening", "Dear {n},\n\nA spice grinding unit is hiring a Quality In-charge. Your profile looks suited. Shall I share the JD?\n\n{sig}, Saraswati Placements", "Saraswati Placements", "saraswatiplace.example", tz="in")
mo("non_job_rejection_words", "nj-flat", "Flat at Juniper Row", "Hi {n},\n\nCheers for coming to the viewing. Other tenants have taken the flat.\n\n{sig}, Juniper Row Lettings", "Juniper Row Lettings", "juniperrow.example", tz="uk")
mo("non_job_rejection_words", "nj-draw", "Midsummer ticket ballot", "Hi {n}, your entry in the midsummer concert ballot was not drawn this year. Good luck next time! Skywell Skywatch", "Skywell Skywatch", "skywell.example", tz="use")
mo("non_job_rejection_words", "nj-grant", "Community fund application", "Dear {n},\n\nThe panel could not fund your choir's bid this round. Forty-two bids came in for nine awards.\n\nFrostline Arena Community Fund", "Frostline Arena", "frostline.example", tz="cam")
mo("non_job_rejection_words", "nj-club", "Membership", "Hi {n}, the lawn club is full for the season; you are fifth on the waiting list. {sig}", "Fernleigh Lawn Club", "fernleighlawn.example", tz="nz")
mo("non_job_rejection_words", "nj-school", "School place", "Dear {n},\n\nWickham Lane Primary has no place for your child this year; you are third on the waiting list.\n\nAdmissions, Kelderwick Shire Council", "Kelderwick Shire Council", "kelderwick.example", frm="{co} <admissions@{dom}>", tz="au")
mo("interview", "i-planet", "Re: [EXT] Re: Dome presenter", "{n},\n\nWould you run a ten-minute sky tour for us on {dl} at 6 pm? Unfortunately the foyer projector is broken, so slides go on the dome.\n\n{sig}, Northstar Dome", "Northstar Dome", "northstardome.example", tz="ie")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("cider", "FaceTime call – missed, transcript", "[FaceTime voicemail transcript]\nHi {n}, it's {sig} from the orchard press. We've given the cidermaker's assistant job to a lad who pressed with us last autumn. Sorry to bring it by voicemail. Bye now.", "Brambleside Orchard", "brambleside.example", tz="uk")
wo("application_received", "cider", "FaceTime – voicemail transcript", "[FaceTime voicemail transcript]\nHi {n}, {sig} at the press. Got your note about the cidermaker's assistant job. Chosen or not, I'll ring everyone back after pressing week.", "Brambleside Orchard", "brambleside.example", tz="uk")
wr("bridge", "Tamagotchi pager note", "[message relayed through the bridge crew's Tamagotchi-style pager toy]\n{n}: bridgetender night shift filled by Marla. thx for applying. – {sig}", "Quarry Creek Bascule Bridge", "quarrycreekbridge.example", tz="usc")
wo("interview", "bridge", "Tamagotchi pager note", "[message relayed through the bridge crew's Tamagotchi-style pager toy]\n{n}: come see the bridge house {dl} 7am for bridgetender shadow shift. unfortunately the stair lift is out. – {sig}", "Quarry Creek Bascule Bridge", "quarrycreekbridge.example", tz="usc")
wr("snuff", "Gameboy link cable message", "GAMEBOY PRINTER STRIP\nTO {N}\nSNUFFMAKER HELPER JOB\nGIVEN TO ELSIE, OUR OLD GRINDER\nTA FOR TRYING\n{sig}", "Sneezewort Snuff Mill", "sneezewort.example", tz="uk")
wo("next_steps", "snuff", "Gameboy printer strip", "GAMEBOY PRINTER STRIP\nTO {N}\nSNUFFMAKER HELPER JOB\nSEND TWO REFEREES BY {DL}\n{sig}", "Sneezewort Snuff Mill", "sneezewort.example", tz="uk")
wr("wheeltap", "Dubsmash reply", "[Dubsmash video reply, captioned]\nhey {n} – the wheeltapper job at the heritage line went to our longtime volunteer Reg. cheers for the clip! – {sig}", "Ashdown Steam Railway", "ashdownsteam.example", tz="uk")
wo("offer", "wheeltap", "Dubsmash reply", "[Dubsmash video reply, captioned]\nhey {n} – you're our new wheeltapper from {dl}! unfortunately the mess coach kettle is broken – {sig}", "Ashdown Steam Railway", "ashdownsteam.example", tz="uk")
wr("peruke", "Lemon8 comment", "Lemon8 comment on your post:\n@{n} our theatre's peruker apprenticeship has gone to someone who already dresses wigs for the opera house. Your braiding is stunning though! – {sig}, Gilded Curl Wigs", "Gilded Curl Wigs", "gildedcurl.example", tz="au")
wo("application_received", "peruke", "Lemon8 comment", "Lemon8 comment on your post:\n@{n} got your application for the peruker apprenticeship! Picked or not, everyone who applied gets a message here by the 20th – {sig}", "Gilded Curl Wigs", "gildedcurl.example", tz="au")
wr("girdle", "Digg-style board post", "[Posted to the guild's link board]\nRe: girdler (belt and strap maker) opening — {n}, thanks for your samples. We've taken on Harriet, who ran the bench at Coldfield for six years. — {sig}", "Stirrup Lane Belts", "stirruplane.example", tz="uk")
wo("interview", "girdle", "Guild link board post", "[Posted to the guild's link board]\nRe: girdler opening — {n}, could you come to the bench on {dl} at 11? Unfortunately the side gate is padlocked, use the front. — {sig}", "Stirrup Lane Belts", "stirruplane.example", tz="uk")
wr("weather", "Slashdot-style comment thread", "Reply to {n}'s comment:\n> weatherperson opening?\nFilled – we hired a presenter from the coastal station. Thanks for the tape though. ({sig}, Channel 9 Plains)", "Channel 9 Plains", "ch9plains.example", tz="usc")
wo("next_steps", "weather", "Comment thread reply", "Reply to {n}'s comment:\n> weatherperson opening?\nSend a 90-second forecast reel by {dl}. Unfortunately our upload page is down, email it. ({sig})", "Channel 9 Plains", "ch9plains.example", tz="usc")
wr("seismo", "Geocities-style guestbook entry", "Guestbook entry from {sig}:\nHi {n}! The seismologist field tech spot for the fault survey went to a student who's run our stations before. Thanks for signing up!", "Faultline Field Survey", "faultlinesurvey.example", tz="nz")
wo("application_received", "seismo", "Guestbook entry", "Guestbook entry from {sig}:\nHi {n}! Got your seismologist field tech application. Taken on or not, all applicants hear from me on this page after the 15th.", "Faultline Field Survey", "faultlinesurvey.example", tz="nz")
wr("speleo", "Angelfire page update", "*** CAVE CLUB NEWS PAGE ***\nTo {n}: the speleologist survey helper place is taken by Bryn from the rescue team. Thanks for applying! – {sig}", "Underhollow Cave Survey", "underhollow.example", tz="uk")
wo("interview", "speleo", "Angelfire page update", "*** CAVE CLUB NEWS PAGE ***\nTo {n}: meet at the hut {dl} 9am for a try-out trip. Unfortunately the drying room is flooded. – {sig}", "Underhollow Cave Survey", "underhollow.example", tz="uk")
wr("ornith", "Napster-style chat", "<{sig}> hi {n}\n<{sig}> ornithologist ringing assistant post at the reserve went to someone already licensed\n<{sig}> thanks for applying, good luck", "Reedmarsh Bird Observatory", "reedmarsh.example", tz="ie")
wo("next_steps", "ornith", "chat log", "<{sig}> hi {n}\n<{sig}> for the ringing assistant post pls send your permit scan by {dl}\n<{sig}> unfortunately our fax is dead so email only", "Reedmarsh Bird Observatory", "reedmarsh.example", tz="ie")
wr("entomo", "Limewire-style shared note", "shared_note.txt\n{n} – the entomologist assistant for the moth trapping went to Ana, who's trapped with us for two summers. cheers for applying. – {sig}", "Lightwood Moth Group", "lightwoodmoth.example", tz="ca")
wo("offer", "entomo", "shared note", "shared_note.txt\n{n} – come join the moth trapping as entomologist assistant from {dl}. unfortunately the generator is loud, bring earplugs. – {sig}", "Lightwood Moth Group", "lightwoodmoth.example", tz="ca")
wr("arachno", "Kazaa-style message", "Message from {sig}:\n{n}, the arachnologist keeper post at the bug house is filled by our volunteer Jordan. Thanks for your patience.", "Eightlegs Invertebrate House", "eightlegs.example", tz="auq")
wo("application_received", "arachno", "Message", "Message from {sig}:\n{n}, application for the arachnologist keeper post received. Taken or not, replies go to every applicant here after our final meeting.", "Eightlegs Invertebrate House", "eightlegs.example", tz="auq")
wr("ichthy", "Deezer playlist note", "Playlist note: \"for {n}\"\nThe ichthyologist survey boat crew is full – we've signed Tui, who knows the river. Sorry about that. – {sig}", "Awa River Fish Survey", "awafish.example", tz="nz")
wo("interview", "ichthy", "Playlist note", "Playlist note: \"for {n}\"\nCome out on the survey boat {dl} at 8 for a chat. Unfortunately the jetty lights are out, so be early. – {sig}", "Awa River Fish Survey", "awafish.example", tz="nz")
wr("malaco", "Kindle note shared", "Shared Kindle highlight note from {sig}:\n{n}, the malacologist collection post has gone to Dr Osei's former student. Thank you for the application.", "Shellbank Natural Collections", "shellbank.example", tz="za")
wo("next_steps", "malaco", "Shared Kindle note", "Shared Kindle note from {sig}:\n{n}, for the malacologist collection post, please send your transcript by {dl}.", "Shellbank Natural Collections", "shellbank.example", tz="za")
wr("paleo", "Kobo annotation", "Kobo annotation shared with {n}:\n\"The paleontologist preparation tech post is with Carys now – she's prepped fossils here for years. Thanks so much for applying.\" – {sig}", "Cliffmoor Fossil Centre", "cliffmoor.example", tz="uk")
wo("offer", "paleo", "Kobo annotation", "Kobo annotation shared with {n}:\n\"Please take the paleontologist prep tech post – start {dl}! Unfortunately the lab fridge is full.\" – {sig}", "Cliffmoor Fossil Centre", "cliffmoor.example", tz="uk")
wr("herald", "PalmPilot beamed memo", "MEMO (beamed)\nTo: {n}\nRe: heraldist assistant\nThe college has given the post to a painter who has served the college for years. Thank you.\n{sig}", "College of Shields", "collegeofshields.example", tz="ie")
wo("next_steps", "herald", "PalmPilot beamed memo", "MEMO (beamed)\nTo: {n}\nRe: heraldist assistant\nPlease paint a test shield and deliver by {dl}.\n{sig}", "College of Shields", "collegeofshields.example", tz="ie")
wr("toxico", "Sidekick text", "{n}, toxicologist lab tech post went to an internal candidate. thanks for applying – {sig} (sent from my Sidekick)", "Ridgemont Forensic Lab", "ridgemontlab.example", tz="use")
wo("application_received", "toxico", "Sidekick text", "{n}, toxicologist lab tech application received. we'll text each applicant yes or no by the 25th – {sig} (sent from my Sidekick)", "Ridgemont Forensic Lab", "ridgemontlab.example", tz="use")
wr("equerry", "iPod voice memo, transcribed", "[voice memo 0:41, transcribed]\n{n}, hello, {sig}. The stables have appointed someone else as equerry for the parade season. Thank you for coming up.", "Kingsmere Parade Stables", "kingsmere.example", tz="uk")
wo("interview", "equerry", "iPod voice memo, transcribed", "[voice memo 0:33, transcribed]\n{n}, {sig} here. Come to the stables on {dl} at ten for an interview. Unfortunately the yard cafe is shut.", "Kingsmere Parade Stables", "kingsmere.example", tz="uk")
wr("flavour", "Walkman tape, transcribed", "[side A, transcribed]\nHi {n}, {sig} at the flavour house. The flavourist trainee role went to a chemist from our sister site. Thanks for your time.", "Zestwick Flavours", "zestwick.example", tz="in")
wo("offer", "flavour", "Walkman tape, transcribed", "[side A, transcribed]\nHi {n}, {sig}. The flavourist trainee role is yours from {dl}, if you want it. The canteen's shut this month, unfortunately.", "Zestwick Flavours", "zestwick.example", tz="in")
wr("fromage", "VHS tape label note", "[note taped to the returned VHS]\n{n} – the fromager counter job went to Pascale. Lovely to meet you. {sig}", "La Meule Fromagerie", "lameule.example", tz="cae")
wo("application_received", "fromage", "note on VHS", "[note taped to the VHS]\n{n} – got your tape for the fromager counter. Either way, I'll call everyone by Friday. {sig}", "La Meule Fromagerie", "lameule.example", tz="cae")
wr("charcut", "Betamax sleeve note", "[on the Betamax sleeve]\nThanks {n}. The charcutier's job is going to Luc from the abattoir side. – {sig}", "Salumeria Fumée", "maisonfumee.example", tz="ca")
wo("next_steps", "charcut", "Betamax sleeve note", "[on the Betamax sleeve]\n{n}, please bring your food hygiene card by {dl}. – {sig}", "Salumeria Fumée", "maisonfumee.example", tz="ca")
wr("entremet", "LaserDisc case note", "[inside the LaserDisc case]\n{n}, our entremetier spot is filled by a cook from the hotel. Merci for the trial. {sig}", "Bistrot Vermeil", "vermeil.example", tz="au")
wo("interview", "entremet", "LaserDisc case note", "[inside the LaserDisc case]\n{n}, come for a trial as entremetier {dl} at 3pm. Unfortunately the cold room's under repair. {sig}", "Bistrot Vermeil", "vermeil.example", tz="au")
wr("plonge", "AOL instant message", "{sig}: hey {n}\n{sig}: plongeur job went to Dev, he starts tonight\n{sig}: thx for coming in", "Grillhouse 44", "grillhouse44.example", tz="usp")
wo("offer", "plonge", "AOL instant message", "{sig}: hey {n}\n{sig}: plongeur job is yours, first night {dl}\n{sig}: unfortunately the staff door sticks, push hard", "Grillhouse 44", "grillhouse44.example", tz="usp")
wr("bryo", "Winamp skin readme", "README.txt (in the Winamp skin you downloaded)\n{n}: the bryologist moss survey helper job has gone to Elin. Thanks for applying. – {sig}", "Mossgarth Bryology Survey", "mossgarth.example", tz="uk")
wo("application_received", "bryo", "Winamp skin readme", "README.txt\n{n}: your bryologist survey helper application arrived. Chosen or not, I'll email everyone after the 10th. – {sig}", "Mossgarth Bryology Survey", "mossgarth.example", tz="uk")
wr("furby", "Furby-style toy message", "[recorded into the toy shop's talking Furby]\n\"{n}! Toy repairer job gone to Nanette. Thank you! Bye-bye!\" – {sig}", "Tinkertail Toy Hospital", "tinkertail.example", tz="uk")
wo("application_received", "furby", "Furby-style toy message", "[recorded into the toy shop's talking Furby]\n\"{n}! Got your toy repairer application! Whoever we pick, we call everyone back!\" – {sig}", "Tinkertail Toy Hospital", "tinkertail.example", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "طلبكم لوظيفة مساعد في المعصرة", "السيد/ة {n}،\n\nشكراً لاهتمامكم. اخترنا لهذا الموسم عاملاً سبق أن اشتغل معنا في عصر الزيتون، فالوظيفة لم تعد شاغرة.\n\nمع التحية،\n{sig}\nمعصرة وادي السلط", "معصرة وادي السلط", "wadisalt.example", tz="jo", lang="ar")
wo("application_received", "ar", "وصلنا طلبكم", "السيد/ة {n}،\n\nاستلمنا طلبكم لوظيفة مساعد في المعصرة. سواء قُبلتم أم لا، سنرسل لكل متقدم رداً قبل نهاية الشهر.\n\n{sig}", "معصرة وادي السلط", "wadisalt.example", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung als Glockengießer-Helfer", "Grüß Gott {n},\n\nvielen Dank für Ihr Interesse. Die Stelle in unserer Gießhütte hat ein Geselle aus dem Nachbarort bekommen, der schon lange mit uns arbeitet.\n\nMit freundlichen Grüßen\n{sig}\nGlockengießerei Hallbrunn", "Glockengießerei Hallbrunn", "hallbrunn.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Gespräch", "Grüß Gott {n},\n\nwir laden Sie am {dl} gegen zehn Uhr gern in die Gießhütte, zum Kennenlernen. Leider ist der Parkplatz wegen Bauarbeiten gesperrt.\n\n{sig}", "Glockengießerei Hallbrunn", "hallbrunn.example", tz="de", lang="de")
wr("es", "Puesto en el taller de abanicos", "Hola {n}:\n\nGracias por presentarte. El puesto de pintora de abanicos ya lo ocupa una chica que hizo las prácticas con nosotras el año pasado.\n\nUn abrazo,\n{sig}\nAbanicos Albaida", "Abanicos Albaida", "abanicosalbaida.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud", "Hola {n}:\n\nTenemos tu solicitud para pintora de abanicos. Elijamos a quien elijamos, escribiremos a todas las personas antes del día 20.\n\n{sig}", "Abanicos Albaida", "abanicosalbaida.example", tz="es", lang="es")
wr("fr", "Candidature – aide-sabotier", "Bonjour {n},\n\nContent d'avoir fait votre connaissance chez nous. Nous avons confié le poste d'aide-sabotier à un apprenti déjà formé chez nous.\n\nBien à vous,\n{sig}\nSaboterie du Haut-Vallon", "Saboterie du Haut-Vallon", "hautvallon.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir", "Bonjour {n},\n\nMerci d'envoyer votre attestation de formation et deux références avant le {dl}.\n\n{sig}\nSaboterie du Haut-Vallon", "Saboterie du Haut-Vallon", "hautvallon.example", tz="fr", lang="fr")
wr("hi", "पीतल कारखाने में आवेदन", "{n} जी, नमस्ते।\n\nढलाई वाली जगह पर रहमत चाचा का पोता रखा गया है; वह बचपन से भट्ठी पर बैठता आया है।\n\nसादर,\n{sig}\nमुरादाबाद पीतल शिल्प", "मुरादाबाद पीतल शिल्प", "pitalshilp.example", tz="in", lang="hi")
wo("application_received", "hi", "ढलाई वाला काम – अर्ज़ी", "{n} जी, नमस्ते।\n\nढलाई के काम वाली चिट्ठी हमें मिली। फ़ैसला जो भी हो, महीना ख़त्म होने से पहले हरेक को बताएँगे।\n\n{sig}", "मुरादाबाद पीतल शिल्प", "pitalshilp.example", tz="in", lang="hi")
wr("it", "Candidatura – aiuto nel laboratorio", "Gentile {n},\n\ngrazie per la candidatura. Il posto di aiuto nel laboratorio di organetti è andato a un ragazzo che ci segue da tre anni.\n\nCordiali saluti,\n{sig}\nOrganetti Valdichiesa", "Organetti Valdichiesa", "valdichiesa.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione", "Gentile {n},\n\nil posto in laboratorio è suo, se lo vuole, a cominciare da {dl}. Purtroppo il refettorio resta chiuso per un restauro.\n\n{sig}", "Organetti Valdichiesa", "valdichiesa.example", tz="it", lang="it")
wr("ja", "応募の結果について", "{n} 様\n\nこの度は当工房の職人見習いにご応募いただき、ありがとうございました。今回は地元で長く経験を積んだ方の採用を決めました。\n\n{sig}\n南部鉄器 松葉工房", "南部鉄器 松葉工房", "matsubakobo.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n} 様\n\n{dl} 午後2時に工房にて面接を行います。あいにく駐車場が工事中のため、公共交通機関をご利用ください。\n\n{sig}", "南部鉄器 松葉工房", "matsubakobo.example", tz="jp", lang="ja")
wr("ko", "지원 결과 안내", "{n} 님께\n\n보내 주신 지원서 잘 읽었습니다. 이번 옹기 공방 보조는 저희 공방에서 오래 일한 분께 맡기게 되었습니다.\n\n{sig}\n가마골 옹기", "가마골 옹기", "gamagol.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내", "{n} 님께\n\n{dl}까지 경력 증명서를 보내 주세요.\n\n{sig}\n가마골 옹기", "가마골 옹기", "gamagol.example", tz="kr", lang="ko")
wr("pt", "A sua candidatura – olaria", "Olá {n},\n\nObrigada pelo interesse. O lugar de ajudante na olaria foi para um rapaz da aldeia que já trabalhava connosco aos fins de semana.\n\nCumprimentos,\n{sig}\nOlaria do Barro Negro", "Olaria do Barro Negro", "barronegro.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta – ajudante de olaria", "Olá {n},\n\nO lugar de ajudante fica consigo, se quiser, já de {dl} em diante. O forno maior anda avariado, infelizmente.\n\n{sig}", "Olaria do Barro Negro", "barronegro.example", tz="pt", lang="pt")
wr("ru", "Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nСпасибо за отклик. Место помощника в мастерской самоваров отдали мастеру, который давно работает с нами по договору.\n\nС уважением,\n{sig}\nМастерская «Медный бок»", "Мастерская «Медный бок»", "mednybok.example", tz="ru", lang="ru")
wo("application_received", "ru", "Отклик получен", "Здравствуйте, {n}!\n\nОтклик дошёл. Решение сообщим всем без исключения, кого бы ни взяли, к тридцатому числу.\n\n{sig}", "Мастерская «Медный бок»", "mednybok.example", tz="ru", lang="ru")
wr("sw", "Ombi lako la kazi", "Habari {n},\n\nTumepokea barua yako kuhusu useremala wa mashua, shukrani. Nafasi hiyo tumempa kijana wa kijiji ambaye amefanya kazi nasi muda mrefu.\n\nWako,\n{sig}\nKikundi cha Mashua Nungwi", "Kikundi cha Mashua Nungwi", "mashuanungwi.example", tz="tz", lang="sw")
wo("offer", "sw", "Kazi ni yako", "Habari {n},\n\nTunafurahi kukupa kazi ya msaidizi kuanzia {dl}. Kwa bahati mbaya chumba cha kupumzikia kinakarabatiwa.\n\n{sig}", "Kikundi cha Mashua Nungwi", "mashuanungwi.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่สมัครงานผู้ช่วยทอผ้าไหม ทางกลุ่มได้เลือกสมาชิกในหมู่บ้านที่ทอกับเรามานานแล้ว\n\n{sig}\nกลุ่มทอผ้าบ้านนาหว้า", "กลุ่มทอผ้าบ้านนาหว้า", "banawa.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์วันที่ {dl} เวลา 10.00 น. ที่โรงทอ น่าเสียดายที่ห้องน้ำกำลังซ่อม\n\n{sig}", "กลุ่มทอผ้าบ้านนาหว้า", "banawa.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz için teşekkürler. Bakırcı yardımcılığına, atölyemizde çıraklık yapmış bir genci aldık.\n\nSaygılarımızla,\n{sig}\nKalaycı Bakır Atölyesi", "Kalaycı Bakır Atölyesi", "kalaycibakir.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belge talebi", "Merhaba {n},\n\nLütfen {dl} tarihine kadar sağlık raporunuzu gönderin.\n\n{sig}", "Kalaycı Bakır Atölyesi", "kalaycibakir.example", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست", "محترم {n}،\n\nدرخواست کا شکریہ۔ چمڑے کے جوتوں کی ورکشاپ میں مددگار کی جگہ ہمارے پرانے کاریگر کے بھتیجے کو دے دی گئی ہے۔\n\n{sig}\nپشاوری چپل گھر", "پشاوری چپل گھر", "chappalghar.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار", "محترم {n}،\n\nاستاد کا تصدیقی خط اور شناختی دستاویز {dl} تک ہمیں پہنچا دیجیے۔\n\n{sig}", "پشاوری چپل گھر", "chappalghar.example", tz="pk", lang="ur")
wr("zh", "关于您的应聘", "{n}您好：\n\n感谢您应聘竹编学徒。这次我们选了一位已在村里竹编社做过两年的年轻人。\n\n{sig}\n青溪竹编社", "青溪竹编社", "qingxizhubian.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请", "{n}您好：\n\n您的竹编学徒申请已收到。无论是否录用，月底前都会给每位申请人回复。\n\n{sig}", "青溪竹编社", "qingxizhubian.example", tz="cn", lang="zh")
wr("nyy", "Ikalata ya kazi", "Ugonile {n},\n\nNkukusaya pa kulemba. Imbombo ya kwafwa mu kisimba kya chai tumpele umundu uyu abombile na twe ifyinja fingi.\n\n{sig}\nAkabungu ka Chai Tukuyu", "Akabungu ka Chai", "chaitukuyu.example", tz="tz", lang="nyy")
wo("application_received", "nyy", "Tupokile ikalata", "Ugonile {n},\n\nTupokile ikalata yako. Twigabe nu ukuti tukusalile pamo tukaka, tukukwandikila bosa mu mwesi uyu.\n\n{sig}", "Akabungu ka Chai", "chaitukuyu.example", tz="tz", lang="nyy")
wr("alt", "Сурагыгар каруу", "Jакшылар, {n}!\n\nИштеер кÿÿнер учун быйан. Кийис эдер ишке бистиҥ јуртта узак иштеген кижини алдыс.\n\n{sig}\nКийис иштеер биригÿ", "Кийис биригÿ", "kiyis.example", tz="krs", lang="alt")
wo("interview", "alt", "Куучынга кычыру", "Jакшылар, {n}!\n\n{dl} кÿнде 10 часта куучынга келигер. Јаан эжик јабык, кийин јанынаҥ киригер.\n\n{sig}", "Кийис биригÿ", "kiyis.example", tz="krs", lang="alt")
wr("dlg", "Үлэ туһунан", "Дорообо, {n}!\n\nСурук ыыппыккар иһин махтал. Табаһыт көмөлөһөөччү миэстэтигэр биһиги бааһынабытыгар өр үлэлээбит киһини ыллыбыт.\n\n{sig}\nХатанга табаһыттара", "Хатанга табаһыттара", "khatangareindeer.example", tz="krs", lang="dlg")
wo("offer", "dlg", "Үлэгэ ылабыт", "Дорообо, {n}!\n\n{dl} күнүттэн табаһыт көмөлөһөөччүтүнэн үлэлиэххин сөп. Хомойуох иһин, балок ситэ оҥоһулла илик.\n\n{sig}", "Хатанга табаһыттара", "khatangareindeer.example", tz="krs", lang="dlg")
wr("ddo", "Хабар", "Салам, {n}!\n\nКагъаз йихьа баркала. Гъалича бикьизи къаси кьабар эли гьокъоруяв бикIи ужилъи босиси.\n\n{sig}\nКидеро гъалича", "Кидеро гъалича", "kiderogalicha.example", tz="ru", lang="ddo")
wr("maz", "Nu ts'ike texe", "Ki jimi, {n}:\n\nJo̱ña na xo̱ji. Nu ts'ike mbeje o̱ mamu̱ a nu mbedye ya ro unu a na ts'ixu ja ya ndezhi, kja ri ma̱ zo̱ji kja ro.\n\n{sig}\nMbo̱ro Ñatrjo", "Mbo̱ro Ñatrjo", "mboronatrjo.example", tz="mx", lang="maz")
wo("interview", "maz", "Nu texe", "Ki jimi, {n}:\n\nEnzi nu {dl} a las 10 nu mbo̱ro. Nu k'ua̱ji ya sojmi.\n\n{sig}", "Mbo̱ro Ñatrjo", "mboronatrjo.example", tz="mx", lang="maz")
wr("hus", "A tsalpadh", "Tajk'anenek {n}:\n\nK'ak'namal ku a tsu'uwal an k'apnel. An t'ajat ti tsidhk'ab an thubáb abal an bakanel ti tejwal ejtil k'al an tének ani in t'ajal ku i bats'uw.\n\n{sig}\nAn ts'ojol t'ajat", "Ts'ojol T'ajat", "tsojoltajat.example", tz="mx", lang="hus")
wo("next_steps", "hus", "A tsalpadh k'al an uw", "Tajk'anenek {n}:\n\nAbal an {dl} ka ejtow ka t'ajaj an uw k'al a bij ani a k'wajiil.\n\n{sig}", "Ts'ojol T'ajat", "tsojoltajat.example", tz="mx", lang="hus")
wr("kne", "Maipanggep ed aplikasyon mo", "Gawis ay agew, {n},\n\nIyaman mi ed nan aplikasyon mo. Nan trabaho ad kape-an et inted mi ed sana ay binabai ay nay-ay-ayam ay nanbabaey ed daita ay kabaknangan.\n\n{sig}\nBakun Kape Kooperatiba", "Bakun Kape Kooperatiba", "bakunkape.example", tz="ph", lang="kne")
wo("offer", "kne", "Siya ay trabaho", "Gawis ay agew, {n},\n\nSika nan inpili mi. Mangrugi ka ed {dl}. Sayang ta nan abong ay papatpatangan et maaramid pay.\n\n{sig}", "Bakun Kape Kooperatiba", "bakunkape.example", tz="ph", lang="kne")
wr("ibg", "Tu aplikasion mu", "Mapia nga aggaw, {n},\n\nKagui mi tu aplikasion mu. I trabahu ta tabaku ay niatad mi ta ngagi nga maddian nga nakatrabahu ta ingke ta adu nga dagun.\n\n{sig}\nKooperatiba na Tabaku", "Kooperatiba na Tabaku", "tabakucoop.example", tz="ph", lang="ibg")
wo("application_received", "ibg", "Naggafu i aplikasion mu", "Mapia nga aggaw, {n},\n\nNaggafu ngana i aplikasion mu. Mapili ka onu ari, sulatan mi ngamin ta ari pa malippu i bulan.\n\n{sig}", "Kooperatiba na Tabaku", "tabakucoop.example", tz="ph", lang="ibg")
wr("lgg", "Ẹ'yọ azi ma si", "Ovuni {n},\n\nAwa'difo ẹ'yọ azi mi ma si. Azi kawa ma drị ma ni ama fe agupi ama vu ma ni ndra, ma ẹrị azi ama be ndra.\n\n{sig}\nArua Kawa Agupi", "Arua Kawa Agupi", "aruakawa.example", tz="ug", lang="lgg")
wo("interview", "lgg", "Mi ica ẹ'yọ ta", "Ovuni {n},\n\nMi ica ama vu {dl} saa 10. Adru odra jo ma ti.\n\n{sig}", "Arua Kawa Agupi", "aruakawa.example", tz="ug", lang="lgg")
wr("seh", "Kupempha kwanu basa", "Moni {n},\n\nTinatenda thangwe ra kupempha basa. Basa ya kuthandizira m'munda wa nsomba tapasa munthu wa m'mudzi, ule adaphata na ife kwa magole mazinji.\n\n{sig}\nNsomba za Caia", "Nsomba za Caia", "nsombacaia.example", tz="mz", lang="seh")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New odd jobs this week – Oddworks", "Hi {n},\n\nNew this week: cidermaker's assistant (part-time), moth trapping helper, fossil prep volunteer.\n\nOddworks job alerts · unsubscribe in settings", "Oddworks", "oddworks.example", frm="Oddworks <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "draw", "Tamagotchi club raffle", "[message relayed through the club's Tamagotchi-style pager]\n{n}: your ticket in the spring raffle was not drawn. better luck next time. – {sig}", "Quarry Creek Bascule Bridge", "quarrycreekbridge.example", tz="usc")


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "alt": "{dd}.{mm}.{y}", "dlg": "{dd}.{mm}.{y}", "ddo": "{dd}.{mm}.{y}",
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
            slots["N"], slots["DL"] = slots["n"].upper(), slots["dl"].upper()
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
        rec["id"] = f"blind57:{short}-{counters[short]:03d}"
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
