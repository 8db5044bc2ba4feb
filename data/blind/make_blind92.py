# ruff: noqa: E501, S311
"""Write the ninety-second sealed blind slice for issue 11 (blind-slice-92.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 90; slice 91 and later never read; our side printed)
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

SEED = 920921
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-92.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 92
SKIP_FROM = 91  # slice 91 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 10)
LAST_DRAW = dt.date(2026, 10, 24)  # a Saturday; moved to Monday 26 October at the latest

RECIPIENTS = [
    "Rosalind Penhallow", "Fiachra Dempsey", "Sowmya Iyengar", "Brodie Kilpatrick", "Sipho Ndlovu-Banks",
    "Tamatea Parata", "Imogen Fairweather", "Orla Ní Chonaill", "Chukwudi Eze", "Felicity Harbottle",
    "Temitope Adeyemo", "Lindiwe Sithole", "Gautam Menon", "Ailbhe Brennan", "Amaka Nwosu",
    "Tyler Brzezinski", "Kiri Waititi", "Ruairí Hanlon", "Vaidehi Ranganathan", "Cathal Mooney",
    "Bongani Mokoena", "Faisal Chaudhry", "Rohan Deshpande", "Njeri Kamau", "Saoirse Kinsella",
    "Jericho Macaraeg", "Uchenna Okafor", "Ananya Bhattacharya", "Wenna Trevithick", "Ifeoma Chukwu",
    "Beatrix Oldroyd", "Shreya Kulkarni", "Wanjiku Mwangi", "Mathilde Gagnon", "Tadhg Ó Súilleabháin",
    "Rhea Villaflor", "Ottilie Barraclough", "Sione Fifita", "Lakshmi Narayanan", "Fraser Buchanan",
]
REGION_SIGNERS = {
    "uk": ["Henrietta Sowerby", "Idris Pryce", "Nasreen Hussain", "Crispin Yelland", "Elspeth Gunn", "Yaw Boateng-Ellis"],
    "ie": ["Clodagh Furlong", "Pádraig Nevin", "Úna Gilsenan", "Colm Rafferty"],
    "us": ["Dolores Arredondo", "Merle Yoder", "Latoya Pettaway", "Sven Haugland", "Ruthanne Kessler"],
    "ca": ["Josée Thibodeau", "Gurpreet Dhillon", "Halyna Melnyk", "Angus Chisholm"],
    "au": ["Kirrily Stanhope", "Yiannis Kourakis", "Marnie Fitzroy", "Linh Tran"],
    "nz": ["Aroha Tamihana", "Shona Kettlewell", "Malia Faleolo", "Rawiri Ngata"],
    "za": ["Thandiwe Dlamini", "Hennie Steyn", "Lerato Mokoena", "Marietjie Venter"],
    "in": ["Sudha Ramaswamy", "Vikram Rathore", "Farhana Siddiqui", "Girish Kamath"],
    "ng": ["Bukola Adewale", "Chinedu Okonkwo"], "ke": ["Nyambura Gitau", "Kibet Langat"],
    "ph": ["Rowena Macapagal", "Jun-Jun Tolentino"], "sg": ["Lim Shu Fen", "Rajan Pillai"],
    "pl": ["Agnieszka Wróbel", "Tomasz Kaczmarek"], "id": ["Dewi Kartika", "Bambang Sutrisno"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["ريم العبادي", "منى الشريف"], "de": ["Hannelore Seidl", "Matthias Kögl"],
    "es": ["Inmaculada Robles", "Joaquín Serrano"], "fr": ["Maëlle Texier", "Grégoire Lamotte"],
    "hi": ["ऋचा भारद्वाज", "योगेश्वर दीक्षित"], "it": ["Ilaria Cattaneo", "Stefano Mariani"],
    "ja": ["高橋 恵子", "森 大輔"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Magalhães", "Tiago Cardoso"],
    "ru": ["Наталья Белова", "Сергей Волков"], "sw": ["Mwanaisha Bakari", "Juma Mrisho"],
    "th": ["สุภาพร ศรีวงศ์", "กาญจนา ทองดี"], "tr": ["Elif Yıldırım", "Burak Çelik"],
    "ur": ["شازیہ ملک", "عمران حیدر"], "zh": ["李秀英", "张建国"],
    "pol": ["Katarzyna Nowicka", "Paweł Zieliński", "Joanna Kamińska"], "ukr": ["Оксана Ткаченко", "Андрій Бондаренко", "Ірина Мельник"],
    "dan": ["Mette Kjærgaard", "Søren Vestergaard", "Lone Dalsgaard"], "tgl": ["Maria Lourdes Santiago", "Ramon dela Cruz", "Teresita Mañalac"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى القاسم", "نور الهدى يوسف"], "de": ["Johanna Riedl", "Florian Hartl"],
    "es": ["Ainhoa Etxeberria", "Marcos Villalba"], "fr": ["Océane Prévost", "Julien Carré"],
    "hi": ["प्रिया सक्सेना", "विकास तिवारी"], "it": ["Martina Gallo", "Federico Rinaldi"],
    "ja": ["佐藤 美咲", "中村 拓也"], "ko": ["윤서연", "강도현"], "pt": ["Inês Barros", "Duarte Pacheco"],
    "ru": ["Анастасия Морозова", "Иван Захаров"], "sw": ["Neema Mollel", "Hamisi Kombo"],
    "th": ["ณิชกานต์ ทองประเสริฐ", "ภูมิพัฒน์ เรืองศรี"], "tr": ["Derya Aksoy", "Onur Şahin"],
    "ur": ["سعدیہ نواز", "رابعہ خان"], "zh": ["黄晓燕", "赵宇航"],
    "pol": ["Magdalena Wójcik", "Krzysztof Lewandowski", "Aleksandra Dudek"], "ukr": ["Олена Шевчук", "Тарас Коваль", "Юлія Савченко"],
    "dan": ["Ida Frederiksen", "Mikkel Thygesen", "Sofie Bech"], "tgl": ["Kristine Abad", "Paolo Ramirez", "Jasmin Ocampo"],
}
GIVEN = {
    "Orla Ní Chonaill": "Orla", "Tadhg Ó Súilleabháin": "Tadhg", "Lim Shu Fen": "Shu Fen", "Jun-Jun Tolentino": "Jun-Jun",
    "Maria Lourdes Santiago": "Malou", "Sipho Ndlovu-Banks": "Sipho", "Linh Tran": "Linh",
}
PROVIDERS = ["quillpost", "harebell", "pebblemail", "oriolebox", "sedgemail", "thimblepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "ua": ("+0200", "+0300", "eu"), "id": ("+0700", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind92-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – grateful for the look round the stores last Thursday. Forklift licence no. and Mr Okonjo-Reid's landline below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on requisition {ref} – {role}", "Dear {n},\n\nWe're writing about the {role} opening at {co}. That requisition is shut and nobody appointed, since {x}. Your application stops here as a result; no reply is needed.\n\nKind regards,\nTalent Acquisition, {co}", ("Brindlecote Foods", "Ostrander Haulage"), ("brindlecote", "ostrander-haulage"), role=("Dispatch Lead", "Yard Shunter"), tz=("uk", "use"), x=("the chilled dispatch work is moving to our Coventry site", "the yard will be run by a third-party logistics partner from spring"))
mr("gh", "Your application to {co}", "Hi {n},\n\nReally appreciated your patience through the {role} rounds. In the end the offer went to a fellow finalist, who said yes last week, and so we've closed your file. The chat about {x} was a highlight.\n\nBest,\n{sig}\nRecruiting at {co}", ("Kestrelmoor Instruments", "Pallister Audio"), ("kestrelmoor", "pallister-audio"), role=("Test Technician", "Speaker Assembler"), tz=("cae", "au"), x=("torque fixtures", "voice-coil winding"))
mr("lv", "{co} | {role}", "Hello {n},\n\nYour {role} application has been looked at closely and we're progressing others instead. If that's alright, your profile stays with us {x} months; just answer ERASE and it goes today.\n\nWarm regards,\n{sig}, {co}", ("Merrowgate Bookworks", "Tollbridge Roasters"), ("merrowgate", "tollbridge-roast"), role=("Guillotine Operator", "Green Bean Sorter"), tz=("ie", "nz"), x=("eleven", "fifteen"))
mr("sr", "Application status – {role}", "<html><body><p>Hi {n},</p><p>A quick update from our hiring desk.</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x} got it</td></tr></table><p>Cheers for giving {co} a go.</p></body></html>", ("Harrowfield Leisure", "Quaystone Marinas"), ("harrowfield", "quaystone"), role=("Lifeguard Supervisor", "Berth Attendant"), tz=("za", "sg"), x=("a supervisor moving across from our Ngcobo pool", "a deckhand promoted from our northern basin"))
mr("ic", "{co}: {role} (Req {ref})", "Dear {n},\n\nScreening for {role} against the posted minimums is done.\n\nOutcome: Not Selected – {x}\n\nOnce you hold the ticket, do apply again.\n\n{co} Careers Team", ("Granthorpe Civils", "Vexley Rail Services"), ("granthorpe", "vexley-rail"), role=("Excavator Operator", "Track Welder"), tz=("usc", "cam"), x=("CPCS Blue Card Not Provided", "Thermite Welding Ticket Not Shown"))
mr("tl", "Posting cancelled: {role}", "Dear {n},\n\nThis goes to all who applied for {role}: the posting is cancelled, as {x}. The applications in hand won't be assessed. {co} is grateful you considered us.\n\nHuman Resources", ("Ashgrove Regional Hospital", "Mallory Cove Aquatic Centre"), ("ashgrove-regional", "mallorycove-aquatic"), role=("Ward Clerk (Nights)", "Swim Teacher"), tz=("cae", "wa"), x=("the ward is merging with the day unit", "lessons will be delivered by the school district's own staff"))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} folk went after the {role} post; a handful were offered a paid trial shift, and yours missed the cut this round. Ta for thinking of us.\n\n{sig}\n{co}", ("Hob & Copper", "The Saltbox Canteen"), ("crumbcopper", "saltbox-canteen"), role=("Pastry Cook", "Line Cook"), tz=("uk", "nz"), x=("Seventy-one", "A hundred and twelve"))
mr("bh", "Regarding your application", "Hi {n},\n\nThanks so much for the {role} application. Having gone through them all, we're handing the extra hours to {x} rather than hiring. Should that shift, your details are still here.\n\n{sig}\n{co}", ("Fennick Cycles", "Larkspur Vet Group"), ("fennick-cycles", "larkspur-vets"), role=("Bike Mechanic", "Kennel Assistant"), tz=("usp", "ie"), x=("two of our current mechanics", "a former nurse returning from leave"))
mr("tt", "Your application: {role}", "Dear {n},\n\nMany thank for application for {role} position at {co}. All documents we read with attention. This time our choice is person with more practice in {x}. We wish you much success on your professional way.\n\nBest regards\n{sig}", ("Zakłady Sitko", "Sekar Wangi Dyeworks"), ("sitko-works", "sekarwangi"), role=("CNC Operator", "Dye Room Assistant"), tz=("pl", "id"), x=("five-axis machining", "natural indigo vats"))
mr("pp", "{role} – shortlisting result", "Dear {n},\n\nShortlisting for {role} is complete. You scored {x}, and interviews began at {y}, so your application proceeds no further. With thanks from {co}.\n\nRecruitment Officer", ("Greyfriars Heritage Trust", "Lowmoor Canal Society"), ("greyfriars-heritage", "lowmoor-canal"), role=("Visitor Experience Lead", "Lock Keeper"), tz=("uk", "uk"), x=("14 out of 40", "12 out of 36"), y=("24", "21"))
mr("jz", "Thanks for applying to {co}", "Hello {n},\n\nThanks a bunch for your {role} application. Somebody's been hired and the listing has come down. Grateful for the effort you made.\n\n{sig}\n{co}", ("Hoopla Circus Arts", "Brightwater Showfield"), ("tumbleweed-circus", "brightwater-fair"), role=("Trapeze Rigger", "Ride Attendant"), tz=("usm", "qld"))
mr("as", "{co} – {role} update", "Hi {n}!\n\nSalamat po for your {role} application here at {co}. We have already picked someone for this post, so yours will stop here na. God bless and hoping the right work comes soon.\n\n{sig}\n{co} HR", ("Taal Caldera Coffee", "Lagawe Weavers Coop"), ("taalcoffee", "kalinga-weavers"), role=("Roastery Helper", "Loom Assistant"), tz=("ph", "ph"))
mr("cc", "Application reference {ref}", "Dear {n},\n\nRe: the post of {role} with {co}. The shortlisting panel met this week; Regrettably, your application has missed the interview list. Given the volume received, individual feedback isn't possible.\n\nHR Service Centre", ("Fenwold District Council", "Carrickbeg County Council"), ("fenwold-dc", "carrickbeg-coco"), role=("Parks Operative", "Library Assistant"), tz=("uk", "ie"))
mr("s1", "About the Saturday job", "Hi {n},\n\nTa for leaving your CV. We've gone and given the Saturday hours to my sister's lad now he's done at the tech, so nothing's going at the mo. Good luck with it.\n\n{sig}\n{co}", "Penhaligon Hardware", "penhaligon-hw", tz="uk")
mr("s2", "The yard job", "Hi {n},\n\nGood of you to call out to the yard. Himself has decided to take on his godson, who's back from a stint in Paraburdoo – sorry, so the position is gone. All the best.\n\n{sig}\n{co}", "Garrihy Building Supplies", "garrihy-bs", tz="ie")
mr("s3", "counter position", "Hey {n},\n\nNice of ya to stop by the shop. My cousin's boy got laid off from the warehouse so he's taking the counter shifts. Sorry we can't use you right now.\n\n{sig}\n{co}", "Sal's Corner Smokehouse Deli", "salsdeli", tz="use")
mr("s4", "Deckhand spot", "Hi {n},\n\nGot your note about deckhand work this summer. It'll be the pair of us on the boat again this season, so there's no hiring going on. Take care.\n\n{sig}\n{co}", "Fundy Tide Tours", "fundytide", tz="cat")
mr("s5", "Picking job", "G'day {n},\n\nCheers for asking about picking. The Pattersons' two girls are home from uni and they've snapped up the last spots, so we're chockers this year. Cheers.\n\n{sig}\n{co}", "Blackbutt Ridge Apples", "blackbutt-apples", tz="au")
mr("s6", "Barista role", "Kia ora {n},\n\nThanks heaps for coming in. My partner's niece has just moved down from Paihia and she's grabbed the barista shifts, sorry. Good luck out there.\n\n{sig}\n{co}", "Tōtara Street Espresso", "totara-espresso", tz="nz")
mr("s7", "Shop assistant", "Hi {n},\n\nKind of you to visit. Auntie Busi's grandson finished his apprenticeship and we have taken him on, so the post is filled. We wish you well.\n\n{sig}\n{co}", "Cofimvaba Paint & Glass", "mth-paintglass", tz="za")
mr("s8", "Regarding cashier post", "Dear {n},\n\nThank you for visiting the showroom. Our old munshi uncle has returned following his knee surgery and will sit at the cash counter himself, hence the post stays vacant for now. Best wishes.\n\n{sig}\n{co}", "Shree Ganesh Steel Utensils", "ganesh-utensils", tz="in")
mr("s9", "Sales girl position", "Dear {n},\n\nIt was good you came by on Tuesday. Madam has decided to bring in a relation of hers, just back from her NYSC year, and the position is now taken. We wish you success.\n\n{sig}\n{co}", "Owambe Palace Fabrics", "ankarapalace", tz="ng")
mr("s10", "Shop attendant", "Hello {n},\n\nYour papers reached us, asante. The owner's nephew has completed his diploma and will take the job, so we shall not continue with other applicants. Blessings.\n\n{sig}\n{co}", "Bondo Farm Inputs", "kiambu-inputs", tz="ke")
mr("s11", "Crew application", "Hi {n},\n\nThank you for applying as crew. Sorry po, our Pasig branch closes by month-end, so all hiring is stopped. Thank you for understanding.\n\n{sig}\n{co}", "Lola Nena's Lugawan", "lolanena", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nAbout the helper job: from next month we open only four days, so my wife and me can handle it ourselves. No need to come down. Thank you.\n\n{sig}\n{co}", "Ah Seng Wanton Mee", "ahseng-wanton", tz="sg")
mr("s13", "Workshop assistant", "Dear {n},\n\nThank you for your visit in our workshop. My colleague's son returns from his vocational school in June and will take this place. So another assistant is not needed this year. Greetings from the team.\n\n{sig}\n{co}", "Stolarnia Mazur", "mazur-stolarnia", tz="pl")
mr("s14", "Kitchen helper", "Hello {n},\n\nMany thanks for interest to our kitchen job. Our owner already took his nephew from Cimahi for this place, so the vacancy is not open anymore. Thank you and success always.\n\n{sig}\n{co}", "Warung Bu Tini", "warung-butini", tz="id")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely meeting you, and the team were still chewing over your answers at lunch. The post has gone to Danielle, our evening-clinic locum these two years past, who begins next month. Huge gratitude.\n\n{sig}\n\n{OUT}", ("Heronsgate Veterinary Surgery", "Ballyvourney Vets"), ("heronsgate-vets", "ballyvourney-vets"), role=("Veterinary Receptionist", "Animal Care Assistant"), tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: Follow-up", "Hey {n},\n\nThanks again for hanging out with the crew on Saturday. We ended up going with Marco for the shift lead spot – he's been volunteering at the ramps since he was fourteen and the kids already follow him around. Huge thanks for coming by.\n\n{sig}\n\n{GM}", ("Driftline Skate Park", "Riverbend Roller Rink"), ("driftline-skate", "riverbend-roller"), role=("Shift Lead", "Floor Guard"), tz=("usp", "cae"))
mr("th3", "RE: [EXT] RE: {role}", "Hi {n},\n\nWhat a morning with the children and the educators – they loved your songs. After a lot of talking Priya is joining the room; she did her practicum with us last year and knows our families. Warm wishes to you.\n\n{sig}\n\n{ORIG}", ("Little Wattlebirds Early Learning", "Pōhutukawa Kindergarten"), ("wattlebirds-el", "pohutukawa-kindy"), role=("Room Educator", "Kindergarten Teacher"), tz=("au", "nz"))
mr("th4", "Re: [EXT] RE: {role} – next steps", "Dear {n},\n\nYour questions at interview were so thoughtful. The committee has chosen Mrs Achieng Odera, who has kept the reading corner going as a volunteer since it opened, and she said yes yesterday. Much gratitude.\n\n{sig}\n\n{RULE}", ("Khayelitsha Community Reading Room", "Usenge Lakeside Library"), ("kreadingroom", "kisumu-library"), role=("Library Coordinator", "Library Assistant"), tz=("za", "ke"))
mr("th5", "RE: [EXT] Re: interview", "Hi {n},\n\nGood to have you in with Dr Hollis and the front desk. We have brought on Kayla, our spring extern, who already knows the charting system. Appreciate the trip out.\n\n{sig}\n\n{OUT}", ("Bollinger Family Dentistry", "Salal Dental Studio"), ("cottonwood-dental", "salal-dental"), role=("Dental Assistant", "Treatment Coordinator"), tz=("usm", "cap"))
mr("th6", "Re: [EXT] Re: Locum pharmacist", "Hello {n},\n\nGood to see you on Monday. Pharm. Tobi Ajala, who has been covering our weekend counter, takes up the position from next month, and the owners are glad to keep him. Many thanks for the effort you made.\n\n{sig}\n\n{GM}", ("HealthBridge Pharmacy", "Uzima Chemists"), ("healthbridge-pharm", "uzima-chem"), role=("Locum Pharmacist", "Pharmaceutical Technologist"), tz=("ng", "ke"))
mr("th7", "RE: [EXT] Re: {role}", "Hi {n},\n\nThat workshop session had the young people buzzing. The board has appointed Fern, who led our summer scheme two years running, and she begins in September. Thank you for the energy you brought.\n\n{sig}\n\n{ORIG}", ("Greasepaint Youth Drama", "Tanjong Stage Youth Ensemble"), ("limelight-youth", "bukitstage"), role=("Drama Facilitator", "Outreach Producer"), tz=("uk", "sg"))
mr("th8", "Re: [EXT] RE: dive instructor", "Hi {n},\n\nSalamat for travelling all that way for the pool session. Management has taken in Carlo, who has guided our reef dives freelance since 2022 and now joins full time. Salamat also for bearing with us.\n\n{sig}\n\n{RULE}", ("Anilao Blue Reef Resort", "Mandovi Sailing Club"), ("anilao-bluereef", "mandovi-sailing"), role=("Dive Instructor", "Sailing Coach"), tz=("ph", "in"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n—\n{CO} CAREERS · Ask at any service desk about openings · Friday vacancies digest by email · Perks: discount card, volunteering day · {co} welcomes people of every age, faith, ability and background · Sent because a {co} candidate login is registered in your name · Change emails under Settings › Notifications"
mr("ft1", "Your application for {role}", "Dear {n},\n\n{co} has considered your {role} application; it won't be progressed." + FOOT, ("Hollybush Garden & Home", "Shannonside Home Store"), ("hollybush-gh", "corrib-home"), role=("Garden Centre Assistant", "Paint Desk Colleague"), tz=("uk", "ie"))
mr("ft2", "{role}: update", "Hi {n},\n\nOur hiring folks went over your {role} application and decided against an interview for now." + FOOT, ("Summitward Outfitters", "Bluenose Gear Co."), ("summitward", "bluenose-gear"), role=("Rental Shop Tech", "Footwear Associate"), tz=("usm", "cat"))
mr("ft3", "{co}: your application", "Hi {n},\n\nAbout the {role} role: sorry, you've been unsuccessful this round." + FOOT, ("Dozewell Beds", "Kauri Coast Furniture"), ("snoozelane", "kauricoast-furn"), role=("Sleep Consultant", "Delivery Driver"), tz=("au", "nz"))
mr("ft4", "Application outcome – {role}", "Dear {n},\n\n{co} has reviewed your {role} application and regrets it was not successful." + FOOT, ("Masakhane Cash & Carry", "Oja Wholesale Depot"), ("masakhane-cc", "oja-wholesale"), role=("Receiving Clerk", "Forklift Operator"), tz=("za", "ng"))

# ---- 9 hedged refusals
mr("hd1", "{role} – our decision", "Dear {n},\n\nGood of you to meet us. Weighing everyone up, others' work on {x} felt nearer to the direction the practice is taking, and theirs move on.\n\nKind regards,\n{sig}\n{co}", ("Wethersby Lyle Solicitors", "Quinlan & Roche Solicitors"), ("wethersby-lyle", "quinlanroche"), role=("Trainee Legal Executive", "Conveyancing Assistant"), tz=("uk", "ie"), x=("commercial leases", "agricultural land transfers"))
mr("hd2", "Project Architect", "Hi {n},\n\nYour portfolio walk-through was a pleasure. The studio has headed another way with this hire, towards someone who has delivered {x}. Do keep in touch down the track.\n\n{sig}\n{co}", ("Larchline Architects", "Grevillea Design Studio"), ("larchline", "grevillea-design"), tz=("cap", "au"), x=("rammed-earth homes", "passive-house schools"))
mr("hd3", "Accounts Senior", "Dear {n},\n\nCheers for your time last week. Others arrived with deeper {x}, a better match for how our client list is growing, so we're continuing with those applicants.\n\nRegards,\n{sig}\n{co}", ("Mossvale Rural Accounting", "Kaweka Farm Accountants"), ("mossvale-acct", "ruapehu-acct"), tz=("au", "nz"), x=("dairy-farm succession work", "sheep-and-beef tax planning"))
mr("hd4", "Field Officer – WASH", "Dear {n},\n\nMany thanks for interviewing with us at {co}. Other candidates' {x} matched the programme's needs a touch more neatly, and the panel is proceeding with them.\n\nWith best wishes,\n{sig}", ("Maji Safi Trust", "Clearwell Water Initiative"), ("majisafi", "clearwell-water"), tz=("ke", "in"), x=("rainwater-harvesting experience", "handpump repair background"))
mr("hd5", "Optometry Assistant", "Hi {n},\n\nWe appreciated meeting you at {co}. The role is heading in a different direction and other profiles are being pursued. Wishing you well.\n\n{sig}", "Raffles Vision Centre", "rafflesvision", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nCheers for picking up earlier. As mentioned, {co} chose a different applicant for {role}. That said, I'm filling a {x} job for a sister client nearby and you'd suit it well, I reckon – want the details?\n\n{sig}\nRecruitment Consultant", ("Lanternway Recruitment", "Hartline Staffing"), ("beaconlane-rec", "hartline-staff"), role=("Bakery Shift Manager", "Quality Tech"), tz=("uk", "usc"), x=("production planner", "sanitation lead"))
mr("rc2", "{role} – quick update", "Hey {n},\n\nFollowing our chat this morning – {role} has been given to another candidate by the client. There's a {x} at a packhouse twenty minutes up the road, though, kicking off in a fortnight. Keen? Ping me back and I'll line up a call.\n\n{sig}\n{co}", ("Sunraysia Workforce", "Bay of Plenty Labour Hire"), ("sunraysia-wf", "boplabour"), role=("Packhouse Supervisor", "Grader Operator"), tz=("au", "nz"), x=("line leader role", "forklift role"))
mr("rc3", "Feedback from the client", "Dear {n},\n\nGood talking to you today. The client will not proceed with you for {role}, as they chose a candidate with a longer stay in the plant. However, I have a {x} role that matches your papers nicely. Can we talk on Thursday?\n\n{sig}\n{co}", ("Savanna Talent Partners", "Magodo Talent Hub"), ("savanna-talent", "lekkitalent"), role=("Shift Supervisor", "Store Manager"), tz=("ke", "ng"), x=("stores controller", "category officer"))
mr("rc4", "Farm manager role", "Hi {n},\n\nGood chatting on the phone. The citrus estate has gone with their assistant manager for the farm manager job. They've also got an irrigation supervisor post opening, and I've put your name forward if that works for you.\n\n{sig}\n{co}", "Hazyview Agri Recruit", "lowveld-agri", tz="za")

# ---- 8 public-sector notices
mr("ps1", "Notice of results – Vacancy {ref}", "Dear {n},\n\nRe: {role}, announcement {ref}. Based on the information you supplied, you were rated ineligible because {x}. Other announcements stay open to you.\n\nHR Office", ("Department of Parks and Recreation", "Office of Fleet Services"), ("parks-hr", "fleetservices"), role=("Aquatics Coordinator", "Equipment Mechanic"), tz=("use", "usp"), x=("your lifeguard instructor certificate was not included", "the required diesel mechanic certification was missing"))
mr("ps2", "Referral status – {role}", "Dear {n},\n\nYour {role} application met the minimum qualifications, but it did not rank among the best-qualified group and so was not referred for selection.\n\nAutomated notice – {co}.", ("State Personnel Board", "Public Service Staffing Office"), ("statepersonnel", "pssoffice"), role=("Program Assistant", "Clerk II"), tz=("usc", "cae"))
mr("ps3", "Competition {ref} cancelled", "Dear {n},\n\nPlease note competition {ref} ({role}) is cancelled after {x}. It will fill no post. Thanks for applying.\n\n{co}", ("Shire of Yarraloo", "Waitākere Regional Services"), ("yarraloo-shire", "waitakere-rs"), role=("Community Ranger", "Building Inspector"), tz=("wa", "nz"), x=("a freeze on new positions", "an organisational review"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten examination for {role}: your mark, {x}, sits beneath the qualifying mark of {y}. Your candidature therefore closes at this stage.\n\nRecruitment Section\n{co}", ("State Public Service Commission", "Civil Service Examinations Board"), ("spsc-exams", "csexamboard"), role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ke"), x=("52", "47"), y=("60", "55"))

# ---- 6 bare ATS status updates
mr("at1", "Status change: {role}", "Hello {n},\n\nHirekettle update for {role} at {co}.\n\nCurrent status: Removed from consideration\n\nThis message was sent by Hirekettle.", ("Bramblecroft Estates", "Northwick Logistics"), ("hirekettle", "hirekettle"), role=("Groundsperson", "Warehouse Associate"), tz=("uk", "use"))
mr("at2", "Application update", "<html><body><p>{n},</p><p>{co} · {role}</p><p><b>Status:</b> Closed · Not selected</p><p>Sent via Recrutly</p></body></html>", ("Larchwood Hotels", "Lantana Aged Care"), ("recrutly", "recrutly"), role=("Night Auditor", "Care Worker"), tz=("cap", "au"))
mr("at3", "{co}: application {ref}", "{n}, your application {ref} for {role} now shows: Unsuccessful.\n\nLog in to Vacancyloom to view other openings.", ("Harbourlight Trust", "Weaverbird Schools"), ("vacancyloom", "vacancyloom"), role=("Support Worker", "Teaching Assistant"), tz=("nz", "za"))

# ---- 6 internship / graduate decisions
mr("in1", "{role} 2026 – outcome", "Dear {n},\n\nRe: the {role}. Applications came in at record numbers, and after careful review the coming cohort is full without you.\n\nWith best wishes,\n{co} Graduate Team", ("Tidespring Energy", "Murchison Mining"), ("tidewell-energy", "ironbark-mining"), role=("Graduate Engineering Programme", "Graduate Geology Program"), tz=("uk", "wa"))
mr("in2", "Summer internship decision", "Dear {n},\n\nAbout the {role}: spots were scarce this year and none could be offered to you. Do try again next season.\n\n{sig}\n{co}", ("Halophila Restoration Project", "Kererū Conservation Trust"), ("seagrass-proj", "kereru-trust"), role=("Halophila Field Internship", "Forest Bird Internship"), tz=("au", "nz"))
mr("in3", "Studentship application", "Dear {n},\n\nRe the {role}: the selection panel has finished and the studentship is offered to another applicant.\n\nKind regards,\n{sig}\n{co}", ("Turbary Carbon Lab", "Ocean Acidity Group"), ("peatcarbonlab", "oceanacidity"), role=("PhD Studentship in Bog Hydrology", "Research Studentship in Shellfish Chemistry"), tz=("ie", "uk"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've received your application – {role}", "Dear {n},\n\nYour {role} application at {co} (requisition {ref}) has reached the hiring team. If that requisition shuts before any interviews get booked, it flips to Closed in your dashboard and an email follows.\n\nTalent Acquisition, {co}", ("Brindlecote Foods", "Ostrander Haulage"), ("brindlecote", "ostrander-haulage"), role=("Warehouse Picker", "Transport Planner"), tz=("uk", "use"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is in! Within a fortnight a recruiter goes through it. Interview or no interview, an email comes your way – we close the loop with everyone.\n\nRecruiting at {co}", ("Kestrelmoor Instruments", "Pallister Audio"), ("kestrelmoor", "pallister-audio"), role=("Calibration Technician", "Cabinet Finisher"), tz=("cae", "au"))
mo("application_received", "a3", "{co} | application received", "Hello {n},\n\nYour {role} application landed safely. Whatever the outcome, may we keep your profile {x} months, should a similar role turn up? answer ERASE whenever you like and it's gone.\n\n{sig}, {co}", ("Merrowgate Bookworks", "Tollbridge Roasters"), ("merrowgate", "tollbridge-roast"), role=("Finishing Assistant", "Cupping Assistant"), tz=("ie", "nz"), x=("eleven", "fifteen"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Should an internal transfer end up taking the post, this line will read Closed. Cheers for picking {co}.</p></body></html>", ("Harrowfield Leisure", "Quaystone Marinas"), ("harrowfield", "quaystone"), role=("Swim Coach", "Fuel Dock Attendant"), tz=("za", "sg"))
mo("application_received", "a5", "{co}: we have your application (Req {ref})", "Dear {n},\n\nYour {role} application is now in screening against the posted minimums; any file missing the listed ticket gets marked Not Selected by the system.\n\n{co} Careers Team", ("Granthorpe Civils", "Vexley Rail Services"), ("granthorpe", "vexley-rail"), role=("Dumper Driver", "Signalling Assistant"), tz=("usc", "cam"))
mo("application_received", "a6", "Application acknowledgement", "Dear {n},\n\nYour {role} application reached us. Were the posting pulled before it closes, every applicant would get an email about it. {co} appreciates you applying.\n\nHuman Resources", ("Ashgrove Regional Hospital", "Mallory Cove Aquatic Centre"), ("ashgrove-regional", "mallorycove-aquatic"), role=("Porter", "Pool Operator"), tz=("cae", "wa"))
mo("application_received", "a7", "Got your application!", "Hi {n},\n\nLovely to get your {role} application. We read each one ourselves. Trial shift or no trial shift, a reply reaches you within a fortnight so nobody is left hanging.\n\n{sig}\n{co}", ("Hob & Copper", "The Saltbox Canteen"), ("crumbcopper", "saltbox-canteen"), role=("Kitchen Porter", "Breakfast Cook"), tz=("uk", "nz"))
mo("application_received", "a8", "Application for {role}", "Hi {n},\n\nGot your application. Full disclosure: should our current staff soak up the extra hours first, hiring may pause, and you'd hear that straight from me. For now it's sitting on my desk.\n\n{sig}\n{co}", ("Fennick Cycles", "Larkspur Vet Group"), ("fennick-cycles", "larkspur-vets"), role=("Workshop Assistant", "Vet Nurse"), tz=("usp", "ie"))
mo("application_received", "a9", "Confirmation of your application", "Dear {n},\n\nYour application for {role} position is arrived to us. Every candidate get answer, positive or negative, in maximum three weeks. Please have patience with us.\n\nBest regards\n{sig}\n{co}", ("Zakłady Sitko", "Sekar Wangi Dyeworks"), ("sitko-works", "sekarwangi"), role=("Quality Inspector", "Pattern Drawer"), tz=("pl", "id"))
mo("application_received", "a10", "{role} – application received", "Dear {n},\n\nYour {role} application is logged. Once the closing date passes, each application gets scored; anyone below the interview line is told by email. Expect shortlisting to take roughly three weeks.\n\nRecruitment Officer, {co}", ("Greyfriars Heritage Trust", "Lowmoor Canal Society"), ("greyfriars-heritage", "lowmoor-canal"), role=("Collections Assistant", "Volunteer Manager"), tz=("uk", "uk"))
mo("application_received", "a11", "We got it, {n}!", "Hello {n},\n\nYour {role} application at {co} is in the pile. Our hiring crew goes through them every Monday. Hired or passed over, a real person writes back.\n\n{sig}", ("Hoopla Circus Arts", "Brightwater Showfield"), ("tumbleweed-circus", "brightwater-fair"), role=("Rigging Assistant", "Games Stall Host"), tz=("usm", "qld"))
mo("application_received", "a12", "Application received po", "Hi {n}!\n\nSalamat po for your {role} application. We review this week. Chosen or not chosen, you will get a text from us, promise po.\n\n{sig}\n{co} HR", ("Taal Caldera Coffee", "Lagawe Weavers Coop"), ("taalcoffee", "kalinga-weavers"), role=("Barista Trainee", "Shop Assistant"), tz=("ph", "ph"))
mo("application_received", "a13", "Acknowledgement – reference {ref}", "Dear {n},\n\nYour application for {role} with {co} has been logged. Four weeks of silence past the closing date would mean it was not shortlisted this time.\n\nHR Service Centre", ("Fenwold District Council", "Carrickbeg County Council"), ("fenwold-dc", "carrickbeg-coco"), role=("Waste Officer", "Clerical Officer"), tz=("uk", "ie"))
mo("application_received", "a14", "Re: your CV", "Hi {n},\n\nGot your CV, ta. The boss is off till Friday. We only ring the ones we want in, so if your mobile stays silent a fortnight or so, it's gone another way.\n\n{sig}\n{co}", ("Penhaligon Hardware", "Garrihy Building Supplies"), ("penhaligon-hw", "garrihy-bs"), tz=("uk", "ie"))
mo("application_received", "a15", "Thanks for applying", "Hey {n},\n\nThanks for sending your info over. Either way your number stays pinned up for the busy season, so you could get a call come fall even if this one falls through.\n\n{sig}\n{co}", ("Sal's Corner Smokehouse Deli", "Fundy Tide Tours"), ("salsdeli", "fundytide"), tz=("use", "cat"))
mo("application_received", "a16", "Your application", "G'day {n},\n\nGot your application, cheers. Heads up: unsuccessful applicants won't get a reply – there's only a few of us and we're flat out. If you're in, expect a call before month's end.\n\n{sig}\n{co}", ("Blackbutt Ridge Apples", "Tōtara Street Espresso"), ("blackbutt-apples", "totara-espresso"), tz=("au", "nz"))
mo("application_received", "a17", "CV received", "Dear {n},\n\nYour CV reached us. Successful or unsuccessful, every applicant gets a phone call before next week ends.\n\n{sig}\n{co}", ("Cofimvaba Paint & Glass", "Shree Ganesh Steel Utensils"), ("mth-paintglass", "ganesh-utensils"), tz=("za", "in"))
mo("application_received", "a18", "Received your application", "Dear {n},\n\nYour papers have reached us. Madam will look at them when she returns from the market. Where no call comes in two weeks, kindly take it that another person was picked.\n\n{sig}\n{co}", ("Owambe Palace Fabrics", "Bondo Farm Inputs"), ("ankarapalace", "kiambu-inputs"), tz=("ng", "ke"))
mo("application_received", "a19", "Application noted", "Hi {n},\n\nApplication received, salamat. Every application stays with us six months, so even a no this round keeps you on our list for the next opening. Update to follow.\n\n{sig}\n{co}", ("Lola Nena's Lugawan", "Ah Seng Wanton Mee"), ("lolanena", "ahseng-wanton"), tz=("ph", "sg"))
mo("application_received", "a20", "Thank you for application", "Dear {n},\n\nYour application to our workshop is arrived. Decision comes until end of month. Also when we do not choose you, we write you short message, this is our rule.\n\n{sig}\n{co}", ("Stolarnia Mazur", "Warung Bu Tini"), ("mazur-stolarnia", "warung-butini"), tz=("pl", "id"))
mo("application_received", "a21", "Application received: {role}", "Dear {n},\n\nYour {role} application is under review. Because of volumes only the shortlist hears back; 21 quiet days means yours did not go forward.\n\n{co}", ("Dozewell Beds", "Masakhane Cash & Carry"), ("snoozelane", "masakhane-cc"), role=("Store Assistant", "Cashier"), tz=("au", "za"))
mo("application_received", "a22", "Application confirmation", "Dear {n},\n\nYour application to {co} has arrived. Kindly note the firm contacts interviewees alone, normally within a month.\n\nKind regards,\n{sig}", ("Wethersby Lyle Solicitors", "Quinlan & Roche Solicitors"), ("wethersby-lyle", "quinlanroche"), tz=("uk", "ie"))
mo("application_received", "a23", "Acknowledgement of application – {role}", "Dear {n},\n\nReceived: your {role} application, announcement {ref}. Anyone rated ineligible, or missing from the referral list, is sent a notice here once rating wraps up.\n\nHuman Resources Office", ("Department of Parks and Recreation", "State Personnel Board"), ("parks-hr", "statepersonnel"), role=("Recreation Aide", "Office Assistant"), tz=("use", "usc"))
mo("application_received", "a24", "Application received – Hirekettle", "Hello {n},\n\nHirekettle: {role} at {co}.\n\nCurrent status: Received\n\nAny change shows here, including if the position comes off the market.\n\nThis message was sent by Hirekettle.", ("Bramblecroft Estates", "Northwick Logistics"), ("hirekettle", "hirekettle"), role=("Gardener", "Loader"), tz=("uk", "use"))
mo("application_received", "a25", "Internship application received", "Dear {n},\n\nYour {role} application is with us. Offer or no offer, every applicant gets a decision letter before March is out, and we hold your details over for the following intake.\n\n{co}", ("Halophila Restoration Project", "Tidespring Energy"), ("seagrass-proj", "tidewell-energy"), role=("Halophila Field Internship", "Summer Engineering Placement"), tz=("au", "uk"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGot those, cheers. Unfortunately our car park is mid-resurfacing, so the church lot next door is your best bet. Can you pop in to meet the practice manager – {dl}, half ten?\n\n{sig}\n\n{OUT}", ("Heronsgate Veterinary Surgery", "Ballyvourney Vets"), ("heronsgate-vets", "ballyvourney-vets"), role=("Kennel Assistant", "Receptionist"), tz=("uk", "ie"))
mo("interview", "i2", "Re: [EXT] Re: Follow-up", "Hey {n},\n\nUnfortunately the office fridge has died, so bring a water bottle! Could you swing back for round two – {dl}, 4pm? Shout if that's bad.\n\n{sig}\n\n{GM}", ("Driftline Skate Park", "Riverbend Roller Rink"), ("driftline-skate", "riverbend-roller"), role=("Coach", "Skate Guard"), tz=("usp", "cae"))
mo("interview", "i3", "Invitation to interview – {role}", "Dear {n},\n\nPlease come and interview for {role}: {dl}, 2pm. Unfortunately the lift's being fixed, so we'll sit downstairs beside the reading corner.\n\n{sig}\n{co}", ("Khayelitsha Community Reading Room", "Usenge Lakeside Library"), ("kreadingroom", "kisumu-library"), role=("Library Coordinator", "Library Assistant"), tz=("za", "ke"))
mo("interview", "i4", "Interview: {role}", "Hi {n},\n\nUnfortunately the staffroom heater has packed in, so rug up. Are you free {dl}, 11am, for an interview? Reply to confirm.\n\n{sig}\n{co}", ("Little Wattlebirds Early Learning", "Pōhutukawa Kindergarten"), ("wattlebirds-el", "pohutukawa-kindy"), role=("Educator", "Relief Teacher"), tz=("au", "nz"))
mo("interview", "i5", "Interview for {role}", "Dear {n},\n\nKindly attend an interview on {dl}, 9:00. Unfortunately parking around the shop is hard on weekdays; public transport is easier. Confirm by reply.\n\n{sig}\n{co}", ("HealthBridge Pharmacy", "Uzima Chemists"), ("healthbridge-pharm", "uzima-chem"), role=("Dispensary Assistant", "Pharmacy Technologist"), tz=("ng", "ke"))
mo("interview", "i6", "Workshop audition", "Hi {n},\n\nFancy leading a short warm-up with our Thursday group? {dl}, 5pm. Unfortunately our rehearsal piano's tuning has gone wonky – plan something piano-free!\n\n{sig}\n{co}", ("Greasepaint Youth Drama", "Tanjong Stage Youth Ensemble"), ("limelight-youth", "bukitstage"), tz=("uk", "sg"))
mo("interview", "i7", "Interview – {role}", "Hi {n},\n\nUnfortunately our card reader is out that week, so bring a bit of cash. Could you interview for {role} – {dl}, 1pm?\n\n{sig}\n{co}", ("Fennick Cycles", "Larkspur Vet Group"), ("fennick-cycles", "larkspur-vets"), role=("Bike Mechanic", "Kennel Assistant"), tz=("usp", "ie"))
mo("interview", "i8", "Interview invitation: {role}", "Dear {n},\n\nInterview for {role}: {dl}. Unfortunately the front doors are boarded for works, so come via the side gate on Mill Road and sign in at the desk.\n\nHuman Resources\n{co}", ("Fenwold District Council", "Carrickbeg County Council"), ("fenwold-dc", "carrickbeg-coco"), role=("Parks Operative", "Library Assistant"), tz=("uk", "ie"))
mo("next_steps", "n1", "Next steps: background check", "Dear {n},\n\nAfter your {role} interview, a background check comes next. Unfortunately our portal logs people out after 20 minutes, so gather documents first. The consent form is due {dl}.\n\nTalent Acquisition, {co}", ("Brindlecote Foods", "Ostrander Haulage"), ("brindlecote", "ostrander-haulage"), role=("Dispatch Lead", "Yard Shunter"), tz=("uk", "use"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nUnfortunately snapshots taken on a phone are rejected by our system; scans only. Following your {role} assessment, upload ID, proof of address and certificates – deadline {dl}.\n\n{co}", ("State Public Service Commission", "Civil Service Examinations Board"), ("spsc-exams", "csexamboard"), role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ke"))
mo("next_steps", "n3", "Assessment centre – {role}", "Dear {n},\n\nWell done – you're through to the {role} assessment centre. Send your academic transcript (deadline {dl}) and pick a session in the candidate portal.\n\n{co} Graduate Team", ("Tidespring Energy", "Murchison Mining"), ("tidewell-energy", "ironbark-mining"), role=("Graduate Engineering Programme", "Graduate Geology Program"), tz=("uk", "wa"))
mo("next_steps", "n4", "Supplementary questions – {role}", "Dear {n},\n\nYour {role} application has reached the hiring manager. Unfortunately answers by email don't count, so complete the supplementary questions in your account; deadline {dl}.\n\nHuman Resources Office", ("Department of Parks and Recreation", "Office of Fleet Services"), ("parks-hr", "fleetservices"), role=("Aquatics Coordinator", "Equipment Mechanic"), tz=("use", "usp"))
mo("next_steps", "n5", "Referees please", "Hi {n},\n\nGood news on {role}: the client is keen to take you further. Two referees and a fresh CV to me, please, deadline {dl}.\n\n{sig}\n{co}", ("Lanternway Recruitment", "Hartline Staffing"), ("beaconlane-rec", "hartline-staff"), role=("Bakery Shift Manager", "Quality Tech"), tz=("uk", "usc"))
mo("next_steps", "n6", "Registration documents – {role}", "Dear {n},\n\nFollowing your interview, kindly forward your registration certificate and a recent police clearance (deadline {dl}) so your file can be completed.\n\n{sig}\n{co}", ("Maji Safi Trust", "Clearwell Water Initiative"), ("majisafi", "clearwell-water"), role=("Field Officer", "Community Facilitator"), tz=("ke", "in"))
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nUnfortunately the uniform store is shut this month, so shirts will come by post. Better news: we'd like you as {role} at {co}! Contract enclosed – sign and send it back, deadline {dl}.\n\nKind regards,\n{sig}", ("Bollinger Family Dentistry", "Salal Dental Studio"), ("cottonwood-dental", "salal-dental"), role=("Dental Assistant", "Treatment Coordinator"), tz=("usm", "cap"))
mo("offer", "f2", "Job offer", "Hi {n},\n\nUnfortunately staff parking is chockers, but a bus stops right outside. Good news otherwise – we're offering you the {role} job. Rate and roster are in the letter; confirm with us, deadline {dl}.\n\n{sig}\n{co}", ("Dozewell Beds", "Kauri Coast Furniture"), ("snoozelane", "kauricoast-furn"), role=("Sleep Consultant", "Delivery Driver"), tz=("au", "nz"))
mo("offer", "f3", "Internship offer", "Dear {n},\n\nCongratulations – a place on the {role} is yours. Unfortunately housing isn't something we provide, but there's a list of local hosts. Accept before {dl}.\n\n{sig}\n{co}", ("Halophila Restoration Project", "Kererū Conservation Trust"), ("seagrass-proj", "kereru-trust"), role=("Halophila Field Internship", "Forest Bird Internship"), tz=("au", "nz"))
mo("offer", "f4", "Offer – Irrigation Supervisor", "Hi {n},\n\nThe citrus estate wants you as irrigation supervisor. Unfortunately farm housing is full up till June, so they'll cover rent in town. Letter attached; signature needed before {dl}.\n\n{sig}\n{co}", "Hazyview Agri Recruit", "lowveld-agri", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Application withdrawn", "<html><body><p>{n},</p><p>{co} · {role}</p><p><b>Status:</b> Withdrawn · candidate asked</p><p>Sent via Recrutly</p></body></html>", ("Larchwood Hotels", "Lantana Aged Care"), ("recrutly", "recrutly"), role=("Night Auditor", "Care Worker"), tz=("cap", "au"))
mo("other_job", "w2", "Status change: {role}", "Hello {n},\n\nHirekettle update for {role} at {co}.\n\nCurrent status: With hiring manager\n\nThis message was sent by Hirekettle.", ("Bramblecroft Estates", "Northwick Logistics"), ("hirekettle", "hirekettle"), role=("Groundsperson", "Warehouse Associate"), tz=("uk", "use"))
mo("other_job", "w3", "Shortlisting delayed – {role}", "Dear {n},\n\nThe {role} shortlisting has slipped a week – the panel got pulled into a flood-response meeting. Expect news after that.\n\nHR Service Centre, {co}", "Fenwold District Council", "fenwold-dc", role="Parks Operative", tz="uk")
mo("job_alert", "j1", "New jobs near you this week", "Hi {n},\n\nSaved-search matches since Monday: Store Assistant (part time), Paint Desk Colleague, Weekend Cashier." + FOOT, ("Hollybush Garden & Home", "Shannonside Home Store"), ("hollybush-gh", "corrib-home"), tz=("uk", "ie"))
mo("job_alert", "j2", "Jobs for you", "Hi {n},\n\nFresh this week: Rental Shop Tech, Bike Fitter, Stockroom Lead. Unfortunately filters are mid-upgrade, so some listings may repeat." + FOOT, "Summitward Outfitters", "summitward", tz="usm")
mo("recruiter_outreach", "o1", "Opportunity you might like", "Hi {n},\n\nSpotted your profile – a growing client of mine needs a {role}, and it could suit you. Got fifteen minutes this week?\n\n{sig}\n{co}", ("Sunraysia Workforce", "Savanna Talent Partners"), ("sunraysia-wf", "savanna-talent"), role=("Packhouse Coordinator", "Logistics Supervisor"), tz=("au", "ke"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nRe: your {x} application with {co}. Having assessed it, we can't approve the loan at present. Should you want our reasons on paper, request them before 30 days are up.\n\nLending Team", ("Fairholm Credit Union", "Banksia Mutual Bank"), ("fairholm-cu", "wattlemutual"), tz=("uk", "au"), x=("personal loan", "car loan"))
mo("non_job_rejection_words", "l2", "Flat at 14 Damson Mews", "Hi {n},\n\nCheers for viewing the flat. It's been let to other tenants the landlord preferred. We'll send anything similar.\n\n{sig}\n{co}", "Keyfold Lettings", "keyfold", tz="uk")
mo("non_job_rejection_words", "l3", "Ballot result", "Dear {n},\n\nHarbour Bridge Run ballot: sorry, your entry did not come out of the draw this year. Keep an eye out for charity places.\n\nEvent Team", "Harbour Run Events", "harbourrun", tz="au")
mo("non_job_rejection_words", "l4", "Grant application outcome", "Dear {n},\n\nNeighbourhood Repair Fund: this round's money ran out well before your request could be funded.\n\n{sig}\n{co}", "Tollgate Community Foundation", "tollgate-cf", tz="ie")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("bell", "Rotacarp", "St Aldhelm's Tower Bellringing Band", "aldhelm-bells", "uk",
     ("Tower captain role", "Hi {n},\n\nGood of you to put your name forward to train as tower captain. The band has asked Gwen, eleven years on the ropes here, to take it on, so your application stops there. Wednesday practice is still yours to come to.\n\n{sig}"),
     ("application_received", "Your note about the tower captain role", "Hi {n},\n\nGlad you wrote in. The band decides in a fortnight; whichever way that goes, I'll phone you myself after rather than leave you guessing.\n\n{sig}"))
pair("hurdle", "Rotatench", "Wealdside Hurdlemaking", "wealdside-hurdles", "uk",
     ("Apprentice hurdlemaker", "Dear {n},\n\nAbout the apprenticeship: the one place is going to someone already working the hazel with us part time. Sorry to disappoint you this season.\n\n{sig}"),
     ("interview", "Come and split some hazel", "Dear {n},\n\nUnfortunately the track is deep in mud, so wellies are a must; park by the gate. Could you manage a trial morning in the copse – {dl}, nine o'clock?\n\n{sig}"))
pair("copse", "Rotachub", "Slieve Bloom Coppicing Co-op", "sbcoppice", "ie",
     ("Woodland worker", "Hi {n},\n\nGo raibh maith agat for applying. Being a small co-op, there's funding for one post this winter, which a member's partner has taken, who's worked the rotation before. If the grant is renewed we'll think of you.\n\n{sig}"),
     ("next_steps", "Woodland worker – chainsaw certificate", "Hi {n},\n\nYou've made the last stage – well done. Chainsaw certificate copy and PPS number to me before {dl}, please.\n\n{sig}"))
pair("farrier", "Rotabream", "Curragh Plains Farriery", "kpfarriery", "ie",
     ("Improver farrier", "Dear {n},\n\nGrand having you out on the rounds. Taking on an improver is parked till after the sales season, so it's on hold for now. Best of luck.\n\n{sig}"),
     ("offer", "Improver farrier – offer", "Dear {n},\n\nThe lads rated you on the rounds. Unfortunately our van is laid up, so you'd ride with me the first week. Start as improver {dl}? Let me know.\n\n{sig}"))
pair("calypso", "Rotaroach", "Flatbush Calypso Collective", "flatbushcalypso", "use",
     ("Band manager opening", "Hi {n},\n\nAppreciate you wanting to manage the band. We met a few folks, then decided to keep it among ourselves – our bassist's sister is running bookings this carnival season. Respect for reaching out.\n\n{sig}"),
     ("interview", "Band manager – let's meet", "Hi {n},\n\nUnfortunately the studio buzzer's broken, so text when you're outside. Swing by rehearsal {dl}, 7pm, and we'll talk bookings after the set.\n\n{sig}"))
pair("vermouth", "Rotarudd", "Lakefront Bitter & Vermouth", "lsvermouth", "usc",
     ("Cellar assistant", "Hi {n},\n\nAbout the cellar assistant job: we hired someone who has run botanical macerations before. Grateful for your time.\n\n{sig}"),
     ("application_received", "Cellar assistant – got it", "Hi {n},\n\nYour application's here. Good news or bad, an answer reaches you before the month runs out.\n\n{sig}"))
pair("dowse", "Rotagudgeon", "High Mesa Dowsing & Well Drilling", "highmesa-wells", "usm",
     ("Driller's helper", "Hi {n},\n\nOn the driller's helper job: we're hiring from a crew we already know, so your application ends here.\n\n{sig}"),
     ("next_steps", "Driller's helper – driving record", "Hi {n},\n\nAhead of a ride-along, we need your motor vehicle record and a CDL copy – deadline {dl}.\n\n{sig}"))
pair("kirigami", "Rotabarbel", "Foldlight Kirigami Studio", "foldlight", "usp",
     ("Studio assistant", "Hi {n},\n\nThose samples were lovely. The studio assistant post is going to an applicant whose cutting style sits nearer our commissions. Keep making!\n\n{sig}"),
     ("offer", "Studio assistant – offer", "Hi {n},\n\nUnfortunately our good scalpel set is on backorder, so bring blades the first week. Otherwise: the studio assistant post is yours! Confirm before {dl}.\n\n{sig}"))
pair("broom", "Rotaperch", "Rideau Valley Broommaking", "rideaubrooms", "cae",
     ("Broom shop apprentice", "Hello {n},\n\nAbout the apprenticeship: orders slowed this year and a second pair of hands isn't affordable, so no apprentice will be taken on after all. All the best.\n\n{sig}"),
     ("application_received", "Apprentice – received", "Hello {n},\n\nApplication arrived. Decision in March; taken on or not, a letter from me follows.\n\n{sig}"))
pair("nets", "Rotazander", "Margaree Netmaking", "cbnets", "cat",
     ("Net loft hand", "Hi {n},\n\nAbout the loft job: a fisherman's son from down the shore, mending gear since he was small, has the spot. Best of luck to you.\n\n{sig}"),
     ("interview", "Net loft – visit", "Hi {n},\n\nUnfortunately the wharf road is torn up, so leave early. Come by the loft {dl}, 10am, and see the braiding.\n\n{sig}"))
pair("blast", "Rotagrayling", "Foothills Sandblasting", "foothills-blast", "cam",
     ("Blaster position", "Hi {n},\n\nOn the blaster position: we picked an applicant with more booth hours. Appreciate you applying.\n\n{sig}"),
     ("next_steps", "Blaster – respirator fit test", "Hi {n},\n\nNext up: a respirator fit test at the clinic, result to us before {dl}.\n\n{sig}"))
pair("ricotta", "Rotaminnow", "Saanich Ricotta Dairy", "saanich-ricotta", "cap",
     ("Cheese room assistant", "Hi {n},\n\nCheese room update: someone with licensed-dairy experience has been hired, and your application ends here this time.\n\n{sig}"),
     ("offer", "Cheese room – offer", "Hi {n},\n\nUnfortunately the change room lockers are all taken, so hooks for now. Welcome aboard as cheese room assistant – first shift {dl}.\n\n{sig}"))
pair("powder", "Rotaloach", "Kookaburra Powdercoating", "hv-powder", "au",
     ("Coating line operator", "G'day {n},\n\nTa for applying. A bloke who ran the curing oven at his last place got the job, so that's it for yours. Cheers anyway.\n\n{sig}"),
     ("application_received", "Application in", "G'day {n},\n\nApplication's in. No call by Friday week means another applicant got the nod.\n\n{sig}"))
pair("vent", "Rotaide", "Sunshine Coast Ventriloquism Shows", "scvshows", "qld",
     ("Assistant performer", "Hi {n},\n\nLoved the audition tape. The spot's gone to a performer already holding a blue card with party experience. Good luck with the act.\n\n{sig}"),
     ("interview", "Audition – live", "Hi {n},\n\nUnfortunately the hall has no stage lights, so daylight only. Loved the tape – live audition {dl}, 3pm?\n\n{sig}"))
pair("gem", "Rotadace", "Goldfields Gemcutting", "goldfields-gems", "wa",
     ("Trainee cutter", "Hi {n},\n\nThe trainee cutter spot is taken by someone who already finished a faceting course. All the best.\n\n{sig}"),
     ("next_steps", "Trainee cutter – eyesight check", "Hi {n},\n\nAn optometrist's report and two referees, please, before {dl}; then we book your bench trial.\n\n{sig}"))
pair("stilt", "Rotapollack", "Aotea Stiltwalking Troupe", "aoteastilts", "nz",
     ("Troupe performer", "Kia ora {n},\n\nGreat having you at the workshop. We've picked performers who can already do the full parade route up high, so this year's troupe is without you. Keep practising!\n\n{sig}"),
     ("offer", "Troupe – welcome", "Kia ora {n},\n\nUnfortunately the costume fitting has shifted to the library, so meet us there. You're in this year's troupe – confirm before {dl}.\n\n{sig}"))
pair("clown", "Rotahake", "Sunnyside Hospital Clowning", "sunnyside-clowns", "za",
     ("Clown doctor trainee", "Dear {n},\n\nThe selection workshop is done. The panel chose trainees with earlier hospital volunteering, and this intake has no place for you.\n\n{sig}"),
     ("application_received", "Trainee application received", "Dear {n},\n\nApplication in hand. Selected or not, a letter reaches every applicant once the workshop is over.\n\n{sig}"))
pair("goldleaf", "Rotaling", "Johari Bazaar Goldbeating Works", "johari-goldbeat", "in",
     ("Regarding karigar post", "Dear {n},\n\nGood that you visited the workshop. An experienced karigar from Ajmer has joined for this post, hence we cannot take you at present. Kindly keep in touch.\n\n{sig}"),
     ("interview", "Karigar post – visit", "Dear {n},\n\nUnfortunately the lane gets very crowded mornings, so take an auto to the back gate. Kindly come to the workshop {dl}, 11 am.\n\n{sig}"))
pair("enamel", "Rotacusk", "Rampur Enamelling House", "lko-enamel", "in",
     ("Application – finisher", "Dear {n},\n\nYour application was reviewed; another candidate with more firing experience is selected. All success to you.\n\n{sig}"),
     ("next_steps", "Finisher – documents", "Dear {n},\n\nKindly send Aadhaar copy and two references before {dl} to fix the trial day.\n\n{sig}"))
pair("beatbox", "Rotatorsk", "Ebute Beatboxing Academy", "yababeat", "ng",
     ("Instructor role", "Hello {n},\n\nYour audition was good. We are going with an instructor who has coached teenagers before. Please keep creating.\n\n{sig}"),
     ("offer", "Instructor – offer", "Hello {n},\n\nUnfortunately the generator goes for servicing that week, so sessions start 4pm. The instructor role is yours from {dl}.\n\n{sig}"))
pair("hibiscus", "Rotagurnard", "Kendu Hibiscus Drinks", "nakuru-hibiscus", "ke",
     ("Production hand", "Dear {n},\n\nRegarding the production hand job, a person from our casual pool has taken it. Kila la heri.\n\n{sig}"),
     ("application_received", "Application received", "Dear {n},\n\nYour application is with us. Kindly note the phone rings only for the shortlist.\n\n{sig}"))
pair("carabao", "Rotawrasse", "Nueva Ecija Mozzarella Dairy", "ne-mozzarella", "ph",
     ("Dairy helper", "Hi {n},\n\nSalamat po for applying. A helper from the cooperative is already hired, so we close your application na. God bless!\n\n{sig}"),
     ("interview", "Dairy helper – interview", "Hi {n},\n\nUnfortunately our road floods when it rains, so better take the tricycle from the highway. Interview is {dl}, 8am po.\n\n{sig}"))
pair("plaster", "Rotablenny", "Tuas Plastering Contractor", "kallang-plaster", "sg",
     ("Site supervisor", "Hi {n},\n\nRegarding your application, we picked another candidate with more condo project experience. All the best.\n\n{sig}"),
     ("next_steps", "Site supervisor – certs", "Hi {n},\n\nKindly send WSQ certs and NRIC copy latest {dl}.\n\n{sig}"))
pair("caning", "Rotagoby", "Pracownia Plecionka Chair Caning", "plecionka", "pl",
     ("Assistant in workshop", "Dear {n},\n\nMany thanks for application as assistant in our chair caning workshop. Our choice is person who already knows rattan weaving. Good luck.\n\n{sig}"),
     None)
pair("rope", "Rotashad", "Tali Jaya Ropemaking", "talijaya", "id",
     ("Machine operator", "Dear {n},\n\nThank for apply as machine operator. The position is already filled by other candidate. Success always for you.\n\n{sig}"),
     ("application_received", "Your application", "Dear {n},\n\nYour application is received. Accepted or not accepted, we will send email to you.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rotasprat Weekly: 9 craft and outdoor jobs", "Hi {n},\n\nThis week on Rotasprat: stonewall repairer, ferry deckhand, orchard pruner, rope access tech and five more. Unfortunately saved searches are paused while we update the site.\n\nRotasprat", "Rotasprat", "rotasprat", frm="Rotasprat Weekly <jobs@{dom}>", tz="uk")
wo("non_job_rejection_words", "adopt", "Your adoption application", "Hi {n},\n\nAbout Nugget: after the home check he's going to a family with a fully fenced garden. Fingers crossed the right dog finds you.\n\n{sig}\n{co}", "Paws Haven Rescue", "pawshaven", tz="nz")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (pol 3, ukr 3, dan 2, tgl 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "معصرة وادي السير", "wadiseer-press", "jo",
   ("بخصوص طلب التوظيف", "السيدة {full} المحترمة،\n\nسعدنا برغبتك في الانضمام إلى فريق المعصرة لموسم قطف الزيتون. استقرّ رأينا في النهاية على زميلة عملت سابقاً على خط العصر البارد، وعليه فقد أُغلق باب هذه الوظيفة أمام بقية الطلبات.\n\nدمتِ بخير،\n{sig}"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nاستلمنا طلبك لموسم قطف الزيتون. قُبلتِ أم لم تُقبلي، ستصلك رسالة منا بالنتيجة قبل آخر الشهر.\n\n{sig}"))
lp("de", "de", "Schäferei Almblick", "schaeferei-almblick", "de",
   ("Ihre Bewerbung als Hirtin/Hirte", "Guten Tag {full},\n\nschön, dass Sie sich für den Almsommer interessieren. Die Stelle geht diesmal an eine Hirtin, die schon zwei Sommer mit Herdenschutzhunden oben war. Alles Gute und eine gute Suche!\n\nHerzliche Grüße\n{sig}"),
   ("interview", "Kennenlernen auf der Alm", "Guten Tag {full},\n\nhätten Sie am {dl} um 10 Uhr Zeit für ein Kennenlernen bei uns? Leider ist die Forststraße ab der Schranke gesperrt, bitte rechnen Sie mit zwanzig Minuten Fußweg.\n\nHerzliche Grüße\n{sig}"))
lp("es", "es", "Esparteros de Cieza", "esparteros-cieza", "es",
   ("Sobre tu candidatura", "Hola, {n}:\n\nNos gustaron mucho las fotos de tus cestos. Al final la plaza de aprendiz se queda en el pueblo: la ocupa un chaval que ya trenzaba esparto con su abuelo. Ojalá nos crucemos más adelante.\n\nUn abrazo,\n{sig}"),
   ("next_steps", "Documentación pendiente", "Hola, {n}:\n\nPara dejar firmado lo tuyo, mándanos antes del {dl} una foto del DNI y tu número de afiliación.\n\nGracias,\n{sig}"))
lp("fr", "fr", "Savonnerie du Vieux Port", "savonnerie-vp", "fr",
   ("Votre candidature – préparateur·rice", "Bonjour {full},\n\nMerci d'avoir postulé à la savonnerie. C'est à une personne rompue à la saponification à froid que revient le poste ; nous ne retiendrons donc pas votre candidature. Belle suite à vous.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : le poste de préparateur·rice est à vous, prise de fonction le {dl}. Malheureusement, nos vestiaires sont en chantier : prévoyez un sac. Contrat signé à retourner dès que possible.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "रंगीला पतंग भंडार", "rangeela-patang", "in",
   ("आपके आवेदन के बारे में", "नमस्ते {full} जी,\n\nरंगीला पतंग भंडार से जय श्री कृष्ण। इस मौसम में मांझा सूतने वाली जगह बरेली से लौटे हमारे बुज़ुर्ग कारीगर हरिओम जी के हवाले कर दी है, अतः आपको रख पाना संभव नहीं। मौक़ा बनते ही फ़ोन करेंगे।\n\nसप्रेम,\n{sig}"),
   ("interview", "मुलाक़ात का समय", "नमस्ते {full} जी,\n\nअफ़सोस, नगर निगम वालों ने आगे का रास्ता बंद कर रखा है, कृपया हलवाई वाली गली से घूमकर पधारें। मिलने का वक़्त {dl}, ग्यारह बजे।\n\n{sig}"))
lp("it", "it", "Torrefazione Caffè Aurora", "caffe-aurora", "it",
   ("Selezione addetto/a tostatura", "Gentile {full},\n\nci ha fatto piacere ricevere il suo curriculum. Abbiamo preferito chi ha già lavorato su tostatrici a tamburo, per cui la selezione per lei termina qui. Un caro augurio per il futuro.\n\nCordiali saluti,\n{sig}"),
   ("application_received", "Candidatura ricevuta", "Gentile {full},\n\nabbiamo ricevuto la sua candidatura. Qualunque sia l'esito, le daremo una risposta entro fine mese.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "畳店 森田", "morita-tatami", "jp",
   ("選考結果のお知らせ", "{full} 様\n\nこのたびは当店の職人見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回はご期待に沿いかねる結果となりました。末筆ながら、今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   ("next_steps", "書類ご提出のお願い", "{full} 様\n\n面接の件、ありがとうございました。次のステップとして、{dl}までに履歴書の原本と健康診断書をご郵送ください。\n\n{sig}"))
lp("ko", "ko", "한지공방 닥나무", "daknamu-hanji", "kr",
   ("지원 결과 안내", "{full}님, 안녕하세요.\n\n닥나무 공방에 관심을 보여 주셔서 고맙습니다. 고민 끝에 이번 자리는 한지 뜨기 경력이 있는 분께 맡기기로 했습니다. 다른 기회에 꼭 인사드리고 싶습니다.\n\n{sig} 드림"),
   ("interview", "면접 일정 안내", "{full}님, 안녕하세요.\n\n면접은 {dl} 오후 두 시, 닥나무 공방 2층입니다. 아쉽게도 골목 입구가 하수관 공사로 막혀 있어 시장 쪽 뒷길로 오셔야 합니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejo Ribeira", "azulejo-ribeira", "pt",
   ("A sua candidatura", "Olá {n},\n\nFoi um gosto conhecê-la(o) na entrevista. Escolhemos uma pintora que já trabalhava azulejo à mão numa fábrica de Sacavém. Muita sorte nos próximos passos.\n\nCumprimentos,\n{sig}"),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nO lugar de pintor(a) de azulejo é seu, a começar a {dl}. Infelizmente o forno novo só chega em maio; até lá vamos sobretudo desenhar.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Пасека «Медовый луг»", "medovy-lug", "ru",
   ("Ответ по вашей анкете", "Здравствуйте, {full}!\n\nБлагодарим за интерес к месту помощника пчеловода. Место отдано соседу, который три сезона ходил с нами по ульям, так что в этом году взять вас не получится. Пусть поиски будут недолгими.\n\nС уважением,\n{sig}"),
   ("next_steps", "Документы для оформления", "Здравствуйте, {full}!\n\nОсталось оформление: скан паспорта и санитарную книжку ждём не позже {dl}.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Jahazi Kendwa", "jahazi-nungwi", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {full},\n\nTumefurahi sana kupata barua yako juu ya kazi ya fundi msaidizi wa majahazi. Hatimaye tumemchukua kijana mmoja wa Kendwa ambaye ameshona matanga tangu utotoni. Mungu akujalie kazi njema.\n\nWako,\n{sig}"),
   ("interview", "Mwaliko wa mahojiano", "Habari {full},\n\nKwa bahati mbaya barabara ya pwani imefungwa kwa ujenzi, kwa hiyo fuata njia ya sokoni. Njoo karakanani {dl} saa tatu asubuhi tuzungumze.\n\nWako,\n{sig}"))
lp("th", "th", "โรงสีข้าวบ้านนา", "baannarice", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nโรงสีบ้านนาขอบใจมากที่ส่งใบสมัครมาค่ะ รอบนี้ตำแหน่งช่างคุมเครื่องตกเป็นของพี่ที่เคยทำโรงสีที่สุพรรณมาหลายปี เลยต้องขอปิดรับไว้เท่านี้ค่ะ\n\nขอให้โชคดีค่ะ\n{sig}"),
   ("application_received", "ได้รับใบสมัครแล้ว", "เรียน คุณ{full}\n\nใบสมัครมาถึงโรงสีเรียบร้อยค่ะ ผ่านหรือไม่ผ่าน ทางโรงสีจะโทรบอกภายในสิบสี่วันค่ะ\n\n{sig}"))
lp("tr", "tr", "Bakırcı Usta Atölyesi", "bakirci-usta", "tr",
   ("Başvurunuz hakkında", "Merhaba {full},\n\nBakırcı atölyemize başvurmanız bizi sevindirdi. Bu dönemki çıraklık yerini, daha önce kalaycılık yapmış bir gence verdik. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   ("offer", "İş teklifi", "Merhaba {full},\n\nAtölyemizde çırak olarak {dl} tarihinde başlamanızı teklif ediyoruz. Maalesef atölyenin önündeki yol kazılıyor, arka sokaktan gelebilirsiniz.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "سیالکوٹ اسپورٹس سلائی یونٹ", "sialkot-stitch", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nکوالٹی چیکر کی جگہ پر آپ کی دلچسپی ہمارے لیے خوشی کی بات تھی۔ یہ جگہ اب سمبڑیال کی ایک تجربہ کار خاتون سنبھالیں گی جو برسوں سے فٹبال کی سلائی پرکھتی رہی ہیں۔ آئندہ کے لیے دعاگو ہیں۔\n\n{sig}"),
   ("next_steps", "کاغذات بھیجیں", "محترمہ {full}،\n\nبھرتی مکمل کرنے کو ہمیں آپ کا سی این آئی سی اور دو ضامنوں کے نام {dl} سے پہلے درکار ہوں گے۔\n\n{sig}"))
lp("zh", "zh", "清风茶馆", "qingfeng-tea", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘本茶馆的茶艺师一职。经过面试和比较，我们最终录用了一位有多年功夫茶经验的候选人。很遗憾这次未能与您合作，祝您早日找到合适的工作。\n\n{sig}"),
   ("interview", "面试通知", "{full}您好：\n\n请于{dl}下午三点来茶馆面试，届时由店长亲自和您聊聊。不巧的是门口正在修路，请从后街进来。\n\n{sig}"))
lp("pol1", "pol", "Pracownia Bursztynu Kasia", "bursztyn-kasia", "pl",
   ("Odpowiedź w sprawie rekrutacji", "Dzień dobry,\n\nmiło nam, że zainteresowała Państwa praca przy szlifowaniu bursztynu. Po rozmowach wybór padł na osobę, która od lat obrabia kamień, więc to miejsce jest już zajęte. Trzymamy kciuki za dalsze szukanie.\n\nZ pozdrowieniami\n{sig}"),
   ("application_received", "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry,\n\npotwierdzamy, że zgłoszenie do nas dotarło. Niezależnie od decyzji odpiszemy do końca miesiąca.\n\nZ pozdrowieniami\n{sig}"))
lp("pol2", "pol", "Stadnina Koni Pod Lipami", "stadnina-podlipami", "pl",
   ("Praca w stajni", "Dzień dobry,\n\nbardzo dziękujemy za przyjazd na dzień próbny. Ostatecznie na miejsce stajennego przyjęliśmy kogoś z okolicy, kto zna nasze konie od źrebięcia. Trzymamy kciuki za kolejne rozmowy.\n\nSerdecznie pozdrawiam\n{sig}"),
   ("interview", "Zaproszenie na dzień próbny", "Dzień dobry,\n\nzapraszamy na dzień próbny {dl} o 8:00. Niestety droga do stajni jest rozkopana, proszę zostawić auto przy kościele.\n\nSerdecznie pozdrawiam\n{sig}"))
lp("pol3", "pol", "Drukarnia Offsetowa Jędrzej", "drukarnia-jedrzej", "pl",
   ("Rekrutacja – operator maszyny", "Dzień dobry,\n\nrekrutacja na operatora maszyny offsetowej dobiegła końca i stanowisko objął inny kandydat. Dane z przesłanego CV usuniemy po zamknięciu procesu.\n\nZ wyrazami szacunku\nDział Kadr\n{sig}"),
   ("next_steps", "Prośba o dokumenty", "Dzień dobry,\n\nprosimy o przesłanie świadectw pracy i aktualnych badań lekarskich do {dl}.\n\nZ wyrazami szacunku\n{sig}"))
lp("ukr1", "ukr", "Гончарня «Глиняний глечик»", "hlechyk-pottery", "ua",
   ("Щодо вашої заявки", "Добрий день, {full}!\n\nДякуємо за лист і фото ваших глечиків. Місце помічника ми віддали майстрині, що вже кілька років сидить за гончарним кругом, тож цього разу не складеться. Хай щастить!\n\nЗ повагою,\n{sig}"),
   ("offer", "Пропозиція роботи", "Добрий день, {full}!\n\nРаді запропонувати вам місце помічника з {dl}. На жаль, піч ремонтують до кінця тижня, тож перші дні працюватимемо з глазур'ю.\n\nЗ повагою,\n{sig}"))
lp("ukr2", "ukr", "Сироварня «Карпатська полонина»", "polonyna-cheese", "ua",
   ("Результат відбору", "Добрий день, {full}!\n\nДякуємо за інтерес до нашої сироварні. Після співбесід ми зупинилися на іншому кандидаті з досвідом роботи на молочному виробництві. Ваше резюме збережемо, якщо не заперечуєте.\n\nЗ повагою,\n{sig}"),
   ("application_received", "Ваша заявка отримана", "Добрий день, {full}!\n\nМи отримали вашу заявку. Хоч би яким було рішення, ми напишемо вам до кінця місяця.\n\n{sig}"))
lp("ukr3", "ukr", "Квіткова крамниця «Мальва»", "malva-flowers", "ua",
   ("Вакансія флориста", "Добрий день, {full}!\n\nЩиро дякуємо за ваш відгук і приклади букетів. На жаль, вакансію вже закрито: до нас повернулася флористка, яка працювала тут раніше. Успіхів вам!\n\n{sig}"),
   None)
lp("dan1", "dan", "Smørrebrød hos Bodil", "bodil-smorrebrod", "dk",
   ("Vedr. din ansøgning", "Kære {n}\n\nTusind tak for en rar snak i tirsdags. Stillingen går til en, der har stået i et frokostkøkken i flere år, så den bliver desværre ikke din. Alt godt med jobjagten.\n\nVenlig hilsen\n{sig}"),
   ("interview", "Samtale hos os", "Kære {n}\n\nHar du mulighed for at komme til en samtale {dl} kl. 14? Desværre er der vejarbejde foran butikken, så brug indgangen fra gården.\n\nVenlig hilsen\n{sig}"))
lp("dan2", "dan", "Cykelværkstedet Nørrebro", "cykel-norrebro", "dk",
   ("Stillingen som cykelmekaniker", "Hej {n}\n\nTak for din interesse i værkstedet. Valget faldt på en udlært cykelmekaniker, så desværre bliver det ikke dig denne gang. Rigtig god vind.\n\nMvh\n{sig}"),
   ("offer", "Tilbud om job", "Hej {n}\n\nJobbet som cykelmekaniker er dit, hvis du vil have det – første dag {dl}. Desværre bygges frokoststuen om, så vi spiser i baglokalet et stykke tid.\n\nMvh\n{sig}"))
lp("tgl1", "tgl", "Panaderya ni Aling Pining", "alingpining", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa interes mong maging katulong na panadero sa amin. Pasensya na po, ibang aplikante ang napili namin, isang dating masahista ng masa sa Malabon. Sana'y may dumating agad na trabahong para sa iyo.\n\nGumagalang,\n{sig}"),
   ("application_received", "Natanggap namin ang iyong aplikasyon", "Magandang araw, {n}!\n\nDumating na sa amin ang aplikasyon mo. Pasado man o hindi, may balita ka mula sa amin bago magtapos ang buwan.\n\n{sig}"))
lp("tgl2", "tgl", "Imprenta Bagong Liwayway", "bagongliwayway", "ph",
   ("Resulta ng iyong aplikasyon", "Magandang hapon, {n}.\n\nSalamat sa iyong interes na maging operator ng makina sa aming imprenta. Matapos ang interbyu, nagpasya kaming kumuha ng aplikanteng may mas mahabang karanasan. Hangad namin ang iyong tagumpay.\n\n{sig}"),
   ("next_steps", "Mga kailangang dokumento", "Magandang hapon, {n}.\n\nPakipadala ang kopya ng iyong NBI clearance at barangay clearance bago ang {dl}.\n\nSalamat,\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind92:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 90; slice 91, this slice and any later one are skipped by number."""
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
