# ruff: noqa: E501, S311
"""Write the eighty-seventh sealed blind slice for issue 11 (blind-slice-87.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 86; slice 87 and later never read; our side printed)
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

SEED = 870871
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-87.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 87
SKIP_FROM = 87  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 21)  # a Saturday; moved to Monday 23 November at the latest

RECIPIENTS = [
    "Imogen Featherstone", "Cathal Brennan", "Anjali Deshpande", "Struan MacLeod", "Lindiwe Dube",
    "Tamati Herewini", "Rosalind Everard", "Aisling Mulcahy", "Ikechukwu Onyekachi", "Bethany Loveridge",
    "Funmilayo Adeyemi", "Zinhle Mabaso", "Siddharth Joshi", "Fiachra Boyle", "Chiamaka Eze",
    "Marcus Trelawny", "Anahera Paki", "Saoirse Fennelly", "Nithya Raman", "Declan Royce",
    "Karabo Sithole", "Usman Siddiqui", "Rohan Iyer", "Njeri Wanjiku", "Mairead Hogan",
    "Joy Macaraeg", "Emeka Okafor", "Vidya Subramanian", "Rhiannon Pryce", "Damilola Akinwale",
    "Penelope Ashcombe", "Gayathri Menon", "Wanjiru Kamau", "Marc-Antoine Pelletier", "Ruairí Ó Dónaill",
    "Kristine Bautista", "Winifred Halloway", "Sione Fifita", "Pooja Agarwal", "Hamish Drummond",
]
REGION_SIGNERS = {
    "uk": ["Henrietta Blakeway", "Owain Prydderch", "Nasreen Hussain", "Barnaby Cole", "Ailsa Ferrier", "Kwame Asante-Brook"],
    "ie": ["Gráinne Ní Mhurchú", "Colm Devane", "Eimear Costigan", "Pádraig Furlong"],
    "us": ["Rosario Delgado", "Ezra Yoder", "LaToya Pruitt", "Gunnar Rasmussen", "Shoshana Adler"],
    "ca": ["Mélanie Tremblay", "Manjit Grewal", "Halyna Kowalchuk", "Murdoch MacIsaac"],
    "au": ["Kylie Pettigrew", "Stavros Kallis", "Bronwyn Ashby-Hale", "Linh Tran"],
    "nz": ["Ngaire Tipene", "Alistair Mackie", "Semisi Vake", "Moana Rākena"],
    "za": ["Thembeka Ngcobo", "Hendrik Steyn", "Refilwe Mokoena", "Jaco Swanepoel"],
    "in": ["Lakshmi Narayanan", "Sandeep Tiwari", "Farheen Ansari", "Girish Kamath"],
    "ng": ["Olufunke Ayodele", "Chinedu Obiora"], "ke": ["Nyambura Mwangi", "Cheruiyot Langat"],
    "ph": ["Maricris Tolentino", "Jun-Jun Dela Peña"], "sg": ["Goh Siew Ling", "Rajendran Pillay"],
    "pl": ["Agnieszka Wróbel", "Krzysztof Mazur"], "vn": ["Nguyễn Thu Hà", "Phạm Minh Tuấn"],
    "jp": ["Fujita Emiko", "Kondo Hiroshi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["نادية العبدالله", "هالة السويدي"], "de": ["Brigitte Hofbauer", "Lukas Pichler"],
    "es": ["Guadalupe Treviño", "Rodrigo Villaseñor"], "fr": ["Aurélie Dubois", "Maxime Peeters"],
    "hi": ["सुनीता मिश्रा", "राजेश चौहान"], "it": ["Elisa Bertolini", "Marco Galli"],
    "ja": ["中村 智子", "小林 誠"], "ko": ["한지민", "윤태호"], "pt": ["Fernanda Ribeiro", "Gustavo Almeida"],
    "ru": ["Наталья Соколова", "Игорь Лебедев"], "sw": ["Mwanaidi Salim", "Juma Mrisho"],
    "th": ["สุภาพร ศรีสุข", "วรรณา จันทร์เพ็ญ"], "tr": ["Elif Yıldız", "Burak Öztürk"],
    "ur": ["رخسانہ بیگ", "شازیہ نقوی"], "zh": ["林淑芬", "黃志明"],
    "pol": ["Małgorzata Zielińska", "Tomasz Wiśniewski"], "dan": ["Mette Kristensen", "Søren Lund"],
    "ind": ["Sri Wahyuni", "Bambang Setiawan"], "srp": ["Јелена Петровић", "Милан Николић"],
    "est": ["Kadri Tamm", "Margus Sepp"], "yue": ["陳嘉欣", "李志強"], "mar": ["स्वाती कुलकर्णी", "अनिल पाटील"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الشامي", "نور الهدى قاسم"], "de": ["Sabine Gruber", "Matthias Lehner"],
    "es": ["Daniela Cortés", "Emiliano Ruiz"], "fr": ["Léa Janssens", "Hugo Lambert"],
    "hi": ["प्रिया वर्मा", "अमित सक्सेना"], "it": ["Francesca Rinaldi", "Luca Moretti"],
    "ja": ["佐藤 美咲", "渡辺 大輔"], "ko": ["이서윤", "최민준"], "pt": ["Beatriz Costa", "Lucas Oliveira"],
    "ru": ["Анна Васильева", "Сергей Морозов"], "sw": ["Neema Mollel", "Hassani Kombo"],
    "th": ["กนกวรรณ ใจดี", "ณัฐพล บุญมา"], "tr": ["Selin Aydın", "Can Koç"],
    "ur": ["عائشہ خان", "مریم شاہ"], "zh": ["張雅婷", "吳承翰"],
    "pol": ["Katarzyna Nowak", "Piotr Kowalczyk"], "dan": ["Camilla Jensen", "Mads Nielsen"],
    "ind": ["Dewi Lestari", "Agus Pratama"], "srp": ["Марија Јовановић", "Стефан Илић"],
    "est": ["Liis Kask", "Tõnis Saar"], "yue": ["黃詠詩", "梁家豪"], "mar": ["प्रिया देशमुख", "सागर जोशी"],
}
GIVEN = {
    "Gráinne Ní Mhurchú": "Gráinne", "Ruairí Ó Dónaill": "Ruairí", "Marc-Antoine Pelletier": "Marc-Antoine",
    "Goh Siew Ling": "Siew Ling", "Fujita Emiko": "Emiko", "Kondo Hiroshi": "Hiroshi", "Nguyễn Thu Hà": "Hà", "Phạm Minh Tuấn": "Tuấn",
    "Jun-Jun Dela Peña": "Jun-Jun", "Bronwyn Ashby-Hale": "Bronwyn", "Kwame Asante-Brook": "Kwame",
    "中村 智子": "智子", "小林 誠": "誠", "佐藤 美咲": "美咲", "渡辺 大輔": "大輔",
}
PROVIDERS = ["pebblemail", "quayside", "lintelbox", "marlpost", "kilnmail", "ferrybox"]

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
    "idn": ("+0700", None, ""), "my": ("+0800", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "rs": ("+0100", "+0200", "eu"), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ht": ("-0500", "-0400", "us"), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "wa": ("+0800", None, ""), "tw": ("+0800", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind87-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, grateful you took me round on Thursday. My forklift ticket number and Dr Okonjo-Bassey's landline are below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("t01", "Your candidacy: {role} (Req {ref})", "Dear {n},\n\nThis concerns requisition {ref}, {role}, at {co}. {x} That means the requisition is now shut with no appointment made, and your candidacy shuts alongside it.\n\nEvery other opening stays open to you from the candidate dashboard.\n\nTalent Acquisition\n{co}", ("Hornblende Logistics", "Siderite Cold Chain"), ("hornblende-logistics", "siderite-coldchain"), role=("Yard Marshal, Nights", "Pallet Wrap Operator"), tz=("uk", "usc"), x=("Site volumes were reviewed and the yard shifts are transferring to the depot we share with a partner.", "The wrapping line is being automated next quarter."))
mr("t02", "{co} – update on {role}", "Hi {n},\n\nThose {role} rounds ate up hours of your evenings, and we noticed. A fellow finalist took our offer, which fills the opening.\n\n{x}\n\nKind regards,\n{sig}\nRecruiting, {co}", ("Cordierite Instruments", "Rhodonite Glassworks"), ("cordierite-instruments", "rhodonite-glass"), role=("Metrology Technician", "Lehr Assistant"), tz=("use", "ie"), x=("Thanks for the thoughtful questions about our gauge library.", "Thanks again for bearing with the heat on the tour."))
mr("t03", "Re: {role} at {co}", "Hello {n},\n\nCheers, {n}, for applying for {role} with {co}. Having weighed the whole pile, we're progressing folks with a background nearer this post's asks.\n\nSay yes and your profile stays on our system for {x} and a recruiter may ping you about later roles. Reply ERASE and it goes.\n\n{sig}\n{co} People Team", ("Natrolite Ferments", "Stilbite Teas"), ("natrolite-ferments", "stilbite-teas"), role=("Clabber Room Operative", "Blending Assistant"), tz=("nz", "cap"), x=("eight months", "fourteen months"))
mr("t04", "{co}: application status changed", "<html><body><p>Dear {n},</p><p>Your application record shows a new status.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x}</td></tr></table><p>Thanks for considering us; fresh openings are posted most weeks.</p><p>{co} Careers</p></body></html>", ("Aragonite Ferries", "Cerussite Hotels"), ("aragonite-ferries", "cerussite-hotels"), role=("Deck Steward", "Night Porter"), tz=("uk", "au"), x=("filled by a steward moving over from our island route", "filled by a porter from our sister property"))
mr("t05", "Application {ref} – {role}", "Dear {n},\n\nYour application for {role} has been reviewed and its status is now:\n\nNot Selected – {x}\n\nThe reason is generated from your screening answers. Once it changes, a fresh application is fine.\n\n{co} Recruitment", ("Cassiterite Haulage", "Wulfenite Transit"), ("cassiterite-haulage", "wulfenite-transit"), role=("Livestock Carrier Driver", "Minibus Driver"), tz=("usm", "cae"), x=("Hazmat Endorsement Absent", "Clean Licence Record Not Confirmed"))
mr("t06", "Requisition {ref} – {role}", "Dear {n},\n\nThis note goes to each applicant for {role}. {x}, so the posting is cancelled ahead of interviews.\n\nYou needn't do anything. Your application was clearly put together with care, and we are grateful.\n\nHuman Resources\n{co}", ("Vanadinite Leisure", "Scheelite Bowls Club"), ("vanadinite-leisure", "scheelite-bowls"), role=("Open-Air Pool Attendant", "Bar Steward"), tz=("uk", "cat"), x=("The open-air pool will not reopen this season after the boiler failure", "The club committee has voted to run the bar with volunteers"))
mr("t07", "{role} – where things stand", "Hi {n},\n\n{x} people went for {role}, and just {y} got a paid trial shift. Yours wasn't among those {y} this round.\n\nGutted to be sending this. New openings land on our page every few months.\n\n{sig}\n{co}", ("Molybdenite Kitchen", "Stibnite Bakehouse Co"), ("molybdenite-kitchen", "stibnite-bakes"), role=("Line Cook", "Early Bench Baker"), tz=("sg", "za"), x=("Seventy-eight", "One hundred and twelve"), y=("four", "six"))
mr("t08", "Your {role} application", "Hi {n},\n\nSorry for the wait, the rota was a puzzle. {x}, so we won't be bringing anyone new on for {role} right now.\n\nWe hope you find something that suits you soon.\n\n{sig}\n{co}", ("Realgar Bike Hire", "Orpiment Climbing Barn"), ("realgar-bikes", "orpiment-climbing"), role=("Weekend Hire Assistant", "Belay Supervisor"), tz=("ie", "usp"), x=("Our two existing mechanics have taken on the weekend hours between them", "A supervisor who left last spring has come back to us"))
mr("t09", "{co} – your application for {role}", "Dear {n},\n\nMany thanks for your application to position {role}, we read it with big interest. After long thinking we go forward with other candidates, their experience is more near to what we need in this moment.\n\nWe keep fingers crossed for your searching.\n\nBest regards,\n{sig}\n{co}", ("Marcasite Copal Studio", "Pentlandite Organ Works"), ("marcasite-copal", "pentlandite-organs"), role=("Polishing Assistant", "Pipe Regulating Trainee"), tz=("pl", "pl"))
mr("t10", "Outcome of shortlisting – {role}", "Dear {n},\n\nYour application for {role} with {co} has been marked against each criterion in the person specification. It gained {x}; the line for shortlisting sat at {y}, so no interview invitation follows from here.\n\nThanks for the effort it took.\n\nRecruitment Team\n{co}", ("Covellite Wetlands Trust", "Chalcocite Heritage Railway"), ("covellite-wetlands", "chalcocite-railway"), role=("Reserve Warden", "Carriage Restorer"), tz=("uk", "uk"), x=("14 out of 40", "12 out of 36"), y=("24", "21"))
mr("t11", "Thank you from {co}", "Hi {n},\n\nGlad you threw your hat in the ring for {role}. Having mulled it over, we're moving ahead with other applicants here.\n\n{x}\n\nAll the best,\nThe {co} hiring team", ("Sphalerite Circus School", "Smithsonite Fun Park"), ("sphalerite-circus", "smithsonite-funpark"), role=("Cloudswing Rigger", "Bumper Boat Marshal"), tz=("usc", "nz"), x=("We'll keep posting new roles on our jobs page as the season grows.", "Fresh roles hit our jobs page each spring."))
mr("t12", "{co} | {role}", "Hello {n},\n\nOur team at {co} read your application carefully. With regret, we are proceeding with other candidates who match the requirements for {role} more closely for now.\n\nPlease try us again in a later hiring round.\n\nWarm regards,\n{sig}\n{co}", ("Peridot Coffee Roasters", "Carnelian Cói Crafts"), ("peridot-coffee", "carnelian-coi"), role=("Green Bean Sorter", "Cói Mat Weaver"), tz=("vn", "vn"))
mr("t13", "{role} – shortlisting result", "Dear {n},\n\nRef: {ref}\n\nShortlisting for the post of {role} is now finished, and I regret to say the panel's shortlist doesn't include your application. The number of applications means individual feedback cannot be given.\n\nYours sincerely,\nHR Services\n{co}", ("Tullyhale District Council", "Westbrae Education Authority"), ("tullyhale-council", "westbrae-education"), role=("Cemeteries Operative", "Pupil Support Assistant"), tz=("uk", "uk"))
# one-off small employers
mr("s01", "the Saturday job", "Hi {n},\n\nTa ever so for bringing your CV round to the shop. It's a no from me for now, sorry, Mum's decided her godson will do the Saturdays while he saves for driving lessons.\n\nGood luck, keep trying round the high street.\n\n{sig}\n{co}", "Celestine Needle & Thread", "celestine-needle", tz="uk")
mr("s02", "yard job", "Hi {n},\n\nThanks a mill for calling in about the yard job. Sorry now, no one's being taken on. My brother's young fella is home from abroad and he's in with us from Monday.\n\nBest of luck to you,\n{sig}\n{co}", "Barite Aggregates", "barite-aggregates", tz="ie")
mr("s03", "About the counter position", "Hey {n},\n\nThanks for coming by the diner. I have to tell you I won't be hiring for the counter after all. My niece got laid off from the call center and she needs the hours, so she's taking it.\n\nTake care,\n{sig}\n{co}", "Halite Hotcake Diner", "halite-hotcake", tz="usm")
mr("s04", "Re: helper on the boat", "Hi {n},\n\nAppreciate you reaching out. Talked it over and the tour boat will stay a two-person operation this summer, bookings are down, so there's no deckhand spot.\n\nAll the best,\n{sig}\n{co}", "Epidote Orca Watch", "epidote-orcas", tz="cat")
mr("s05", "pickers", "G'day {n},\n\nThanks for ringing about picking. Sorry mate, we're sorted. The Tregenzas' two boys are home from boarding school and they'll do the rows with us.\n\nCheers,\n{sig}\n{co}", "Kyanite Boysenberry Farm", "kyanite-boysenberry", tz="au")
mr("s06", "Café job", "Kia ora {n},\n\nThanks for popping in with the CV. After a kōrero, we're keeping the job in the whānau, my cousin's daughter is moving down from Ōmāpere and will take the shifts.\n\nNgā mihi,\n{sig}\n{co}", "Staurolite Café", "staurolite-cafe", tz="nz")
mr("s07", "The shop assistant post", "Hi {n},\n\nLovely seeing you on Saturday. The post is going to Aunty Thoko's grandson, he has just written matric and needs something to do.\n\nWe wish you luck, sisi.\n\n{sig}\n{co}", "Wollastonite Hardware", "wollastonite-hw", tz="za")
mr("s08", "Regarding billing counter job", "Dear {n},\n\nIt was nice meeting you last week. Our old accountant uncle has come back after his knee operation and he will manage the billing counter himself, so we are not appointing anyone now.\n\nWith regards,\n{sig}\n{co}", "Prehnite Steel Utensils", "prehnite-utensils", tz="in")
mr("s09", "Sales girl position", "Good afternoon {n},\n\nWe appreciate your coming to the shop. Madam gave the opening to her husband's cousin who just finished her diploma, so no other person is required for now.\n\nWe wish you the best.\n\n{sig}\n{co}", "Jadeite Fabrics", "jadeite-fabrics", tz="ng")
mr("s10", "Re: Shop attendant", "Hi {n},\n\nGood of you to pass by the shop. The boss has decided his sister's son who has just cleared college will be helping with the counter, so the job is taken.\n\nKind regards,\n{sig}\n{co}", "Ilmenite Feeds & Seeds", "ilmenite-feeds", tz="ke")
mr("s11", "Service crew application", "Hi {n},\n\nSalamat po sa pag-apply. Sad news, our branch in the mall will close before month end so we are not taking new service crew anymore.\n\nGod bless,\n{sig}\n{co}", "Tourmaline Lugaw House", "tourmaline-lugaw", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nYour message about the helper job, thanks ah. From next month we open Friday, Saturday, Sunday only, so me and my wife enough already. Don't need helper lah.\n\nThanks ah,\n{sig}\n{co}", "Hematite Chicken Rice", "hematite-chickenrice", tz="sg")
mr("s13", "Waiter job", "Hello {n},\n\nThank you to come for trial evening. My son finished army and now he will work in restaurant with us, so we don't take new waiter this year.\n\nGood luck for you,\n{sig}\n{co}", "Cuprite Uszka Bar", "cuprite-uszka", tz="pl")
mr("s14", "Kitchen helper", "Hi {n},\n\nThank you for come and try in kitchen. My sister arrive from Quy Nhơn next week and she will help us, so the position is finished.\n\nWish you success,\n{sig}\n{co}", "Lazurite Hủ Tiếu Kitchen", "lazurite-hutieu", tz="vn")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("h01", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nYour kind words about the visit were lovely. Before Friday's out, the partners have handed the {role} job to a nurse who has locumed with us since spring.\n\nMeeting you was a real treat.\n\nWarmly,\n{sig}\n\n{OUT}", ("Bornite Family Dental", "Halite Smile Clinic"), ("bornite-dental", "halite-smile"), role=("Dental Nurse", "Treatment Coordinator"), tz=("uk", "use"))
mr("h02", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for following up. The team loved having you out at the kennels. After much humming and hawing we chose one of our weekend volunteers, who knows the dogs and the routine already, for the {role} post.\n\nHonestly it was tight, and we kept saying so.\n\n{sig}\n\n{GM}", ("Breccia Boarding Kennels", "Travertine Cattery"), ("breccia-kennels", "travertine-cattery"), role=("Kennel Hand", "Cattery Assistant"), tz=("ie", "nz"))
mr("h03", "RE: [EXT] RE: {role} interview", "Hello {n},\n\nYour note was kind. The head has now appointed the {role}: a teaching assistant who covered the class all autumn.\n\nThe children enjoyed the story you read them, and so did I.\n\nBest wishes,\n{sig}\n\n{ORIG}", ("Chalcedony Primary School", "Sodalite Infant School"), ("chalcedony-primary", "sodalite-infants"), role=("Class Teacher (Year 2)", "Reception Teacher"), tz=("za", "uk"))
mr("h04", "Re: [EXT] RE: {role}", "Dear {n},\n\nWe appreciate you travelling down for the panel. Management has picked {x} own supervisor for {role}; handover is this month.\n\nWe valued your answers on stock rotation.\n\nRegards,\n{sig}\n\n{RULE}", ("Spinel Supermarket", "Apatite Fresh Mart"), ("spinel-supermarket", "apatite-freshmart"), role=("Floor Supervisor", "Fresh Produce Lead"), tz=("ng", "ke"), x=("the Obalende branch's", "the Westlands branch's"))
mr("h05", "RE: [EXT] Re: {role} follow-up", "Hi {n},\n\nSo glad you made it to rehearsal. The artistic director has asked last year's assistant director to take {role} for spring; she knows the young company.\n\nThe buzz you brought to the warm-up was noticed.\n\n{sig}\n\n{OUT}", ("Olivine Youth Theatre", "Fluorite Drama Hub"), ("olivine-theatre", "fluorite-drama"), role=("Assistant Director", "Youth Drama Leader"), tz=("cae", "au"))
mr("h06", "Re: [EXT] Re: {role} at the workshop", "Hey {n},\n\nGot your email. The collective hashed it out on Sunday, and {role} is going to a long-time member who has been running the Tuesday sessions for free.\n\nCome by for a repair night whenever you like.\n\n{sig}\n\n{GM}", ("Calcite Bike Kitchen", "Obsidian Repair Café"), ("calcite-bikes", "obsidian-repair"), role=("Workshop Coordinator", "Repair Night Coordinator"), tz=("usp", "cam"))
mr("h07", "RE: [EXT] RE: {role}", "Dear {n},\n\nGood to have you with the team on Thursday. Our clinical director has chosen a therapist from our outreach service, who moves into {role} next month.\n\nYour case discussion stayed with us.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Rutile Hearing Centre", "Diorite Physio Clinic"), ("rutile-hearing", "diorite-physio"), role=("Audiology Assistant", "Physiotherapy Assistant"), tz=("in", "sg"))
mr("h08", "Re: [EXT] RE: {role}", "Hi {n},\n\nAsante for the long matatu ride out to the group. The committee met on Saturday and chose a member's daughter who has kept the books for two harvests to take {role}.\n\nWe wish you many blessings in your search.\n\n{sig}\n\n{RULE}", ("Gneiss Weavers' Group", "Schist Basket Collective"), ("gneiss-weavers", "schist-baskets"), role=("Group Treasurer", "Sales Coordinator"), tz=("ke", "za"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n—\nDiscover life at {co}: stores, depots and our head office are always growing.\nJob alerts: manage your saved searches in your account settings.\nReplies here land in a box no colleague checks. Privacy notice and cookie choices are in your account.\n{co}, registered office and company number on our careers site."
FOOT2 = "\n\n————————————\nPerks: colleague discount, a paid volunteering day each quarter, bike-to-work scheme.\nNew this month: warehouse, store and driving roles near you.\nUnsubscribe from recruitment emails in your candidate profile.\nSent automatically; replies are not read.\n© {co}"
mr("f01", "Your application to {co}", "Dear {n},\n\nYour application for {role} has been looked at and closed without progressing.\n\nBest wishes from the {co} recruitment team." + FOOT1, ("Feldspar Home & Garden", "Topaz Hardware Stores"), ("feldspar-homegarden", "topaz-hardware"), role=("Plant Area Colleague", "Trade Counter Assistant"), tz=("uk", "ie"))
mr("f02", "Application update – {role}", "Hi {n},\n\nThanks for checking out {role}. Sorry, the road ends here for this application.\n\nAll the best," + FOOT2, ("Pyrite Outdoor Supply", "Azurite Trail Outfitters"), ("pyrite-outdoor", "azurite-trail"), role=("Rental Shop Associate", "Boot Fitter"), tz=("usm", "cat"))
mr("f03", "About your application: {role}", "Hi {n},\n\nCheers for having a go at {role} with {co}. This time round you have missed out.\n\nThanks again," + FOOT1, ("Cinnabar Appliance Centre", "Ochre Bedding Co"), ("cinnabar-appliance", "ochre-bedding"), role=("Delivery Installer", "Showroom Consultant"), tz=("au", "nz"))
mr("f04", "{role} – application outcome", "Dear {n},\n\nWe reviewed your {role} application. Regrettably, it was unsuccessful.\n\nRegards," + FOOT2, ("Andesite Cash & Carry", "Loess Wholesale"), ("andesite-cashcarry", "loess-wholesale"), role=("Forklift Operator", "Stock Controller"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("g01", "{role} – thank you", "Dear {n},\n\nMeeting Ms Hartigan was, I hope, useful for you as well. In a strong field the partners concluded that two other applicants' conveyancing backgrounds suited the way the practice is developing.\n\nWe wish you well.\n\n{sig}\n{co}", ("Serpentine Solicitors", "Tuff & Chert Law"), ("serpentine-law", "tuffchert-law"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mr("g02", "Re: {role}", "Hi {n},\n\nCheers again for coming in. For {role} we're heading a different way, toward someone who has already run heritage retrofit jobs on site.\n\nAll the best with the next step.\n\n{sig}\n{co}", ("Talc Studio Architects", "Onyx Building Design"), ("talc-architects", "onyx-design"), role=("Part II Assistant", "Architectural Technologist"), tz=("cap", "au"))
mr("g03", "Your application for {role}", "Dear {n},\n\nAfter comparing all the applications to {co}, we found that other applicants' farm-sector experience was a closer match to our client list.\n\nKind regards,\n{sig}\n{co}", ("Scoria Farm Accounts", "Rhyolite Rural Tax"), ("scoria-accounts", "rhyolite-tax"), role=("Accounts Junior", "Payroll Clerk"), tz=("nz", "usc"))
mr("g04", "{role}: our decision", "Dear {n},\n\nApologies for the wait. The panel concluded that others were a better fit for the field realities of {role}, especially borehole maintenance.\n\nMay our paths meet again somewhere in the field.\n\n{sig}\n{co}", ("Shale Clean Water Trust", "Basalt Wells Foundation"), ("shale-water", "basalt-wells"), role=("Field Officer", "Community Water Officer"), tz=("ke", "ng"))
mr("g05", "Re: Eye clinic assistant", "Hi {n},\n\nThanks for coming to the interview. For this hire we are heading another way, going for someone who can also handle the contact-lens clinic.\n\nBest regards,\n{sig}\n{co}", "Jadeite Eyecare", "jadeite-eyecare", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c01", "Following up on {x}", "Hi {n},\n\nNice chatting earlier. Per our call, {x} rang me first thing and they've taken someone else forward for the role. Silver lining: a {y} role has come in, and honestly it fits you better on paper – similar hours, shorter commute. Happy for me to put your CV in?\n\n{sig}\nConsultant, {co}", ("Siderite Talent", "Hornblende Staffing"), ("siderite-talent", "hornblende-staffing"), x=("the brewery", "the cannery client"), y=("dispatch team leader", "line hygiene lead"), tz=("uk", "use"))
mr("c02", "Re: {x} role", "Hi {n},\n\nThanks for the chat. Word from {x} is they've gone for a candidate who has more forklift hours, sorry about that. Different news: a {y} wants someone by next month and I reckon you'd be great. Keen?\n\nCheers,\n{sig}\n{co}", ("Cordierite Recruitment", "Stilbite People"), ("cordierite-recruit", "stilbite-people"), x=("the avocado packhouse", "the kiwifruit coolstore"), y=("grading room supervisor", "packhouse QA checker"), tz=("au", "nz"))
mr("c03", "{x} feedback and another opening", "Dear {n},\n\nGood talking to you. The client at {x} has settled the supervisor post on another candidate. However, I am also recruiting for a {y} and your profile fits it well. Please confirm if I may submit you.\n\n{sig}\n{co}", ("Natrolite Search", "Rhodonite Consulting"), ("natrolite-search", "rhodonite-consult"), x=("the tea factory", "the flour mill"), y=("production planner", "quality control officer"), tz=("ke", "ng"))
mr("c04", "After our call", "Hi {n},\n\nLekker chatting this afternoon. Confirming what I said: the macadamia farm has gone with a local applicant for the farm manager job. The good news is they also need a nursery foreman and asked about you specifically. Let me know by Friday.\n\n{sig}\n{co}", "Sillimanite Agri Recruit", "sillimanite-recruit", tz="za")
# ---- 8 public-sector notices
mr("p01", "Notice of eligibility – {role} ({ref})", "Dear {n},\n\nAnnouncement {ref}, {role}: your application was assessed and rated ineligible because {x}.\n\nLater announcements, {co} or otherwise, are open to you.\n\nHR Office\n\n{co}", ("County of Ridgemont", "City of Quillby Harbor"), ("ridgemont-county", "pellharbor-city"), role=("Parks Maintenance Worker", "Lifeguard II"), tz=("usc", "usp"), x=("you did not submit proof of a current pesticide applicator licence", "the required water rescue certificate was not attached"))
mr("p02", "Referral status: {role}", "Dear {n},\n\nYour application to {role} has been assessed. The selecting official's referral certificate omits your name; that certificate carries only the best-qualified applicants.\n\n{co}", ("Department of Inland Fisheries", "Provincial Records Office"), ("inland-fisheries", "records-office"), role=("Fish Hatchery Technician", "Records Clerk"), tz=("use", "cam"))
mr("p03", "Vacancy {ref} – {role}", "Dear {n},\n\nPlease be advised that the vacancy for {role} has been cancelled {x}. Applications already received will not be processed.\n\nWe appreciate your interest in {co}.\n\nRecruitment Unit", ("Department of Harbour Works", "Municipal Libraries Service"), ("harbour-works", "muni-libraries"), role=("Marine Plant Operator", "Library Officer"), tz=("au", "za"), x=("due to a recruitment freeze", "following a restructure of branch staffing"))
mr("p04", "Written examination result – {role}", "Dear {n},\n\nMarking of the {role} written examination is complete. You obtained {x} marks against an interview cut-off of {y}; your candidature is accordingly closed.\n\n{co}", ("State Public Service Board", "State Waterworks Authority"), ("psb-state", "waterworks-authority"), role=("Junior Assistant", "Meter Reader"), tz=("in", "ng"), x=("41", "52"), y=("58", "60"))
# ---- 6 bare ATS status updates
mr("a01", "Application status update", "Hi {n},\n\n{role} · {co}\n\nCurrent stage: No longer under consideration\n\nStatusgarnet", ("Epidote Foods", "Kyanite Marinas"), ("statusgarnet",), frm="Statusgarnet <notify@{dom}>", role=("Packer", "Fuel Dock Attendant"), tz=("usc", "cae"))
mr("a02", "{co}: your application", "<html><body><div>{role} · {co}</div><div><b>Closed</b> · not shortlisted</div><p>Hi {n}, Applytopaz sent this update automatically.</p></body></html>", ("Barite Cleaning", "Celestine Care Homes"), ("applytopaz",), frm="Applytopaz <updates@{dom}>", role=("Office Cleaner", "Care Assistant"), tz=("uk", "au"))
mr("a03", "Status: {role}", "Hello {n},\n\nYour application to {co} for {role} has moved to: Unsuccessful.\n\nView other jobs in the app.\n\nJobzircon", ("Staurolite Hospitality", "Wulfenite Security"), ("jobzircon",), frm="Jobzircon <no-reply@{dom}>", role=("Housekeeper", "Gate Officer"), tz=("sg", "ph"))
# ---- 6 internship / graduate decisions
mr("i01", "{role} – outcome", "Dear {n},\n\nThe {role} drew many excellent applications this year, and regrettably yours is among those without a place.\n\n{sig}\n{co}", ("Littoral Research Station", "Sphagnum Moor Project"), ("littoral-station", "sphagnum-moor"), role=("Summer Rockweed Studentship", "Sphagnum Core Studentship"), tz=("uk", "ie"))
mr("i02", "{role} 2026", "Hi {n},\n\nEvery place on our {role} has been taken, and your application hasn't progressed this round.\n\nDo put in again next year.\n\n{sig}\n{co}", ("Kakariki Sanctuary", "Barbastelle Network"), ("kakariki-sanctuary", "barbastelle-network"), role=("Volunteer Internship", "Field Internship"), tz=("nz", "usm"))
mr("i03", "Graduate Programme – application result", "Dear {n},\n\nYour application to the {co} {role} has ended at the online assessment stage, we regret to say.\n\nGraduate Recruitment\n{co}", ("Cassiterite Power", "Sphalerite Mining"), ("cassiterite-power", "sphalerite-mining"), role=("Grid Engineering Graduate Programme", "Geology Graduate Programme"), tz=("za", "au"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a01", "Application received: {role} (Req {ref})", "Dear {n},\n\nWe have your application for {role}. Should the requisition be closed ahead of interviews, your candidacy lapses with it and an email confirms that. Until then it sits in review.\n\nTalent Acquisition\n{co}", ("Hornblende Logistics", "Siderite Cold Chain"), ("hornblende-logistics", "siderite-coldchain"), role=("Forklift Night Operative", "Chiller Picker"), tz=("uk", "usc"))
mo("application_received", "a02", "Thanks for applying to {co}", "Hi {n},\n\nGot your application for {role}. The team works through applications over a fortnight. Green light or red light, a message goes out to you.\n\n{sig}\nRecruiting, {co}", ("Cordierite Instruments", "Rhodonite Glassworks"), ("cordierite-instruments", "rhodonite-glass"), role=("Calibration Assistant", "Glass Cutter"), tz=("use", "ie"))
mo("application_received", "a03", "We got your application – {role}", "Hello {n},\n\nThank you for applying for {role} at {co}. If this one doesn't click, your profile can stay on file with us for {x} – tick the keep-me box in your account to allow it.\n\n{sig}\n{co} People Team", ("Natrolite Ferments", "Stilbite Teas"), ("natrolite-ferments", "stilbite-teas"), role=("Bottling Assistant", "Packing Operative"), tz=("nz", "cap"), x=("ten months", "a year"))
mo("application_received", "a04", "{co}: application submitted", "<html><body><p>Dear {n},</p><p>Your application has been submitted.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Should a crew member transfer in first, the status flips to Closed. If not, the hiring manager picks it up inside ten days.</p></body></html>", ("Aragonite Ferries", "Cerussite Hotels"), ("aragonite-ferries", "cerussite-hotels"), role=("Catering Crew", "Concierge"), tz=("uk", "au"))
mo("application_received", "a05", "Application {ref} received", "Dear {n},\n\nYour application for {role} is in. Note: screening marks applicants Not Selected when {x} is missing. Everyone else moves on to a hiring manager review.\n\n{co} Recruitment", ("Cassiterite Haulage", "Wulfenite Transit"), ("cassiterite-haulage", "wulfenite-transit"), role=("Tipper Driver", "School Bus Driver"), tz=("usm", "cae"), x=("a tanker endorsement", "a passenger licence"))
mo("application_received", "a06", "{role} – your application", "Dear {n},\n\nYour application for {role} has arrived. Should the post be pulled ahead of interviews, each applicant gets a letter. Otherwise interviews are pencilled in for roughly three weeks' time.\n\nHuman Resources\n{co}", ("Vanadinite Leisure", "Scheelite Bowls Club"), ("vanadinite-leisure", "scheelite-bowls"), role=("Pool Plant Operator", "Green Keeper"), tz=("uk", "cat"))
mo("application_received", "a07", "Thanks, {n}", "Hi {n},\n\nGot your application for {role}, thanks. Trial or no trial, everyone gets a message before next Friday so nobody's left hanging.\n\n{sig}\n{co}", ("Molybdenite Kitchen", "Stibnite Bakehouse Co"), ("molybdenite-kitchen", "stibnite-bakes"), role=("Prep Cook", "Bread Packer"), tz=("sg", "za"))
mo("application_received", "a08", "Application for {role}", "Hi {n},\n\nCheers for sending this. If the current crew soak up the extra hours we'll say so. If they don't, expect a call to arrange a chat.\n\n{sig}\n{co}", ("Realgar Bike Hire", "Orpiment Climbing Barn"), ("realgar-bikes", "orpiment-climbing"), role=("Bike Mechanic", "Route Setter"), tz=("ie", "usp"))
mo("application_received", "a09", "{co} – confirmation of application", "Dear {n},\n\nWe confirm we got your application to position {role}. Every candidate gets answer, positive or negative, before end of month.\n\nBest regards,\n{sig}\n{co}", ("Marcasite Copal Studio", "Pentlandite Organ Works"), ("marcasite-copal", "pentlandite-organs"), role=("Jewellery Assembler", "Wind System Repairer"), tz=("pl", "pl"))
mo("application_received", "a10", "Acknowledgement – {role}", "Dear {n},\n\nYour application for {role} is logged. Each one is marked against the person specification; any falling under the shortlisting line gets no interview. Shortlisting happens on {dl}.\n\nRecruitment Team\n{co}", ("Covellite Wetlands Trust", "Chalcocite Heritage Railway"), ("covellite-wetlands", "chalcocite-railway"), role=("Visitor Centre Assistant", "Booking Office Clerk"), tz=("uk", "uk"))
mo("application_received", "a11", "We received your application", "Hi {n},\n\nWoo, an application for {role}! A human reads each one here. Next step or not, an email comes your way either direction.\n\nThe {co} hiring team", ("Sphalerite Circus School", "Smithsonite Fun Park"), ("sphalerite-circus", "smithsonite-funpark"), role=("Aerial Coach", "Ride Operator"), tz=("usc", "nz"))
mo("application_received", "a12", "{co} | application received", "Hello {n},\n\nYour application to {co} for {role} arrived. Our team checks it inside ten working days. In case we don't proceed, your details sit in our candidate pool half a year.\n\nWarm regards,\n{sig}", ("Peridot Coffee Roasters", "Carnelian Cói Crafts"), ("peridot-coffee", "carnelian-coi"), role=("Roastery Helper", "Weaver"), tz=("vn", "vn"))
mo("application_received", "a13", "Application acknowledged – {role}", "Dear {n},\n\nRef: {ref}\n\nYour application for {role} has been logged. Please be aware that if a calendar month passes after closing with no word, your application did not reach the shortlist.\n\nHR Services\n{co}", ("Tullyhale District Council", "Westbrae Education Authority"), ("tullyhale-council", "westbrae-education"), role=("Refuse Loader", "School Janitor"), tz=("uk", "uk"))
mo("application_received", "a14", "Re: {role} – thank you", "Hi {n},\n\nYour CV for {role} came through, thank you. We're going through the pile on Monday. Yes or no, a note from me follows.\n\nWarmly,\n{sig}\n{co}", ("Bornite Family Dental", "Halite Smile Clinic"), ("bornite-dental", "halite-smile"), role=("Receptionist", "Dental Nurse Trainee"), tz=("uk", "use"))
mo("application_received", "a15", "{role} – got it!", "Hi {n},\n\nThanks for fancying being our {role}. Tiny team here, so we only get in touch with those we want to meet. Silence isn't personal – the dogs keep us flat out!\n\n{sig}", ("Breccia Boarding Kennels", "Travertine Cattery"), ("breccia-kennels", "travertine-cattery"), role=("Dog Walker", "Weekend Cattery Help"), tz=("ie", "nz"))
mo("application_received", "a16", "Application for {role}", "Dear {n},\n\nWe have your {role} application. Shortlisted people will be asked to teach a short lesson. Sadly we cannot write to each person who is left off the shortlist.\n\nBest wishes,\n{sig}\n{co}", ("Chalcedony Primary School", "Sodalite Infant School"), ("chalcedony-primary", "sodalite-infants"), role=("Teaching Assistant", "Lunchtime Supervisor"), tz=("za", "uk"))
mo("application_received", "a17", "Your CV – {role}", "Dear {n},\n\nThis is to acknowledge your {role} application. Picked or not picked, each applicant is sent an SMS once the panel has sat.\n\nRegards,\n{sig}\n{co}", ("Spinel Supermarket", "Apatite Fresh Mart"), ("spinel-supermarket", "apatite-freshmart"), role=("Cashier", "Butchery Assistant"), tz=("ng", "ke"))
mo("application_received", "a18", "Thanks for applying – {role}", "Hi {n},\n\nReally chuffed you applied for {role}. Expect word from us by the thirtieth. Even if this role goes elsewhere, our open workshops welcome you any Saturday.\n\n{sig}", ("Olivine Youth Theatre", "Fluorite Drama Hub"), ("olivine-theatre", "fluorite-drama"), role=("Costume Assistant", "Front of House Lead"), tz=("cae", "au"))
mo("application_received", "a19", "We got your application", "Hey {n},\n\nThanks for applying. The collective meets on the first Tuesday of the month to decide on paid roles. Whichever way it goes, someone will email you the morning after.\n\n{sig}\n{co}", ("Calcite Bike Kitchen", "Obsidian Repair Café"), ("calcite-bikes", "obsidian-repair"), tz=("usp", "cam"))
mo("application_received", "a20", "{role} application – received", "Dear {n},\n\nYour application for {role} has reached us. The clinical team reviews applications on {dl}, and contacts only those it invites for interview.\n\nKind regards,\n{sig}\n{co}", ("Rutile Hearing Centre", "Diorite Physio Clinic"), ("rutile-hearing", "diorite-physio"), role=("Clinic Receptionist", "Rehab Assistant"), tz=("in", "sg"))
mo("application_received", "a21", "Thank you for applying – {co}", "Dear {n},\n\nYour {role} application is in. Applications get reviewed every Monday. No shortlist, no message; keeping it that way holds costs down. New roles appear on our site.\n" + FOOT1, ("Feldspar Home & Garden", "Topaz Hardware Stores"), ("feldspar-homegarden", "topaz-hardware"), role=("Checkout Colleague", "Timber Yard Colleague"), tz=("uk", "ie"))
mo("application_received", "a22", "Application received – {role}", "Hi {n},\n\nYour {role} application is in, and a named recruiter reads it. No fit this time? Your details remain on file and get matched against later openings." + FOOT2, ("Pyrite Outdoor Supply", "Azurite Trail Outfitters"), ("pyrite-outdoor", "azurite-trail"), role=("Ski Tech", "Camping Sales Associate"), tz=("usm", "cat"))
mo("application_received", "a23", "{role} – application received", "Dear {n},\n\nYour application for {role} has arrived. It's a competitive field. If others fit more closely a letter will follow, and whatever happens your details are retained for a year.\n\n{sig}\n{co}", ("Serpentine Solicitors", "Tuff & Chert Law"), ("serpentine-law", "tuffchert-law"), role=("Paralegal", "Receptionist"), tz=("uk", "ie"))
mo("application_received", "a24", "Application received – {role} ({ref})", "Dear {n},\n\nReceipt confirmed: {role}. Anyone rated ineligible receives an email; eligible applicants may go onward to the selecting official. Status can be tracked in your account.\n\n{co}", ("County of Ridgemont", "City of Quillby Harbor"), ("ridgemont-county", "pellharbor-city"), role=("Custodian", "Recreation Aide"), tz=("usc", "usp"))
mo("application_received", "a25", "Application acknowledgement", "Dear {n},\n\nYour application for the {role} reached us. Successful or unsuccessful, everyone is emailed when selection wraps up, roughly six weeks from now.\n\n{sig}\n{co}", ("Littoral Research Station", "Sphagnum Moor Project"), ("littoral-station", "sphagnum-moor"), role=("Autumn Studentship", "Moor Survey Studentship"), tz=("uk", "ie"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i01", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nQuick reply, thank you. Could you do an interview on {dl}, twenty past ten? Unfortunately the car park gets fresh white lines that day; park on the street.\n\nWarmly,\n{sig}\n\n{OUT}", ("Bornite Family Dental", "Halite Smile Clinic"), ("bornite-dental", "halite-smile"), role=("Dental Nurse", "Treatment Coordinator"), tz=("uk", "use"))
mo("interview", "i02", "Re: [EXT] Re: {role}", "Hi {n},\n\nGreat to hear back from you. Up for a trial morning, {dl}? Unfortunately the kettle room is broken, so a flask would be wise. Old boots are a must.\n\n{sig}\n\n{GM}", ("Breccia Boarding Kennels", "Travertine Cattery"), ("breccia-kennels", "travertine-cattery"), role=("Kennel Hand", "Cattery Assistant"), tz=("ie", "nz"))
mo("interview", "i03", "RE: [EXT] RE: {role} interview", "Hello {n},\n\nMany thanks for your note. Might you teach a twenty-minute lesson for us on {dl}? Unfortunately the harvest assembly has the hall, so we'll use the library.\n\nBest wishes,\n{sig}\n\n{ORIG}", ("Chalcedony Primary School", "Sodalite Infant School"), ("chalcedony-primary", "sodalite-infants"), role=("Class Teacher (Year 2)", "Reception Teacher"), tz=("za", "uk"))
mo("interview", "i04", "Re: [EXT] RE: {role}", "Dear {n},\n\nThank you. Kindly appear for a panel interview on {dl} by 11am at our Tinubu Street office. Unfortunately the lift awaits a technician; please use the staircase up to floor three.\n\nRegards,\n{sig}\n\n{RULE}", ("Spinel Supermarket", "Apatite Fresh Mart"), ("spinel-supermarket", "apatite-freshmart"), role=("Floor Supervisor", "Fresh Produce Lead"), tz=("ng", "ke"))
mo("interview", "i05", "RE: [EXT] Re: {role} follow-up", "Hi {n},\n\nWould you lead the young company's warm-up on {dl} at 6pm? Unfortunately the studio heating is playing up, so wear layers. The director and I will watch and then have a chat.\n\n{sig}\n\n{OUT}", ("Olivine Youth Theatre", "Fluorite Drama Hub"), ("olivine-theatre", "fluorite-drama"), role=("Assistant Director", "Youth Drama Leader"), tz=("cae", "au"))
mo("interview", "i06", "Re: [EXT] Re: {role} at the workshop", "Hey {n},\n\nThe collective wants to sit down with you on {dl} at 7pm. Unfortunately the truing stand is broken again, so we can't do the hands-on part, just a conversation.\n\n{sig}\n\n{GM}", ("Calcite Bike Kitchen", "Obsidian Repair Café"), ("calcite-bikes", "obsidian-repair"), role=("Workshop Coordinator", "Repair Night Coordinator"), tz=("usp", "cam"))
mo("interview", "i07", "Interview invitation – {role}", "Dear {n},\n\nFollowing your application, the panel invites you to interview for {role} on {dl}. Unfortunately we cannot reimburse travel costs. Please confirm by reply.\n\nHR Services\n{co}", ("Tullyhale District Council", "Westbrae Education Authority"), ("tullyhale-council", "westbrae-education"), role=("Cemeteries Operative", "Pupil Support Assistant"), tz=("uk", "uk"))
mo("interview", "i09", "Invitation to meet – {role}", "Dear {n},\n\nThank you for application. We invite you to meeting on {dl}, half past eleven, in our workshop. Unfortunately there is no parking in our courtyard, please come by tram.\n\nBest regards,\n{sig}\n{co}", ("Marcasite Copal Studio", "Pentlandite Organ Works"), ("marcasite-copal", "pentlandite-organs"), role=("Polishing Assistant", "Pipe Regulating Trainee"), tz=("pl", "pl"))
mo("next_steps", "n01", "Next step: {role} (Req {ref})", "Dear {n},\n\nYour {role} application is now at background check. The consent form and your work-eligibility proof are due before {dl}. Applications without these cannot proceed.\n\nTalent Acquisition\n{co}", ("Hornblende Logistics", "Siderite Cold Chain"), ("hornblende-logistics", "siderite-coldchain"), role=("Yard Marshal, Nights", "Pallet Wrap Operator"), tz=("uk", "usc"))
mo("next_steps", "n02", "Application {ref} – action needed", "Dear {n},\n\nYour application for {role} has passed screening. Add {x} to your profile before {dl} and we'll book a road assessment.\n\n{co} Recruitment", ("Cassiterite Haulage", "Wulfenite Transit"), ("cassiterite-haulage", "wulfenite-transit"), role=("Livestock Carrier Driver", "Minibus Driver"), tz=("usm", "cae"), x=("your hazmat endorsement", "your motor vehicle record"))
mo("next_steps", "n03", "Supplemental questions – {role}", "Dear {n},\n\nGood news: your name made the referral certificate for {role}. The supplemental questionnaire in your account needs completing by {dl}. Unfortunately the portal may be slow over the weekend due to maintenance.\n\n{co}", ("Department of Inland Fisheries", "Provincial Records Office"), ("inland-fisheries", "records-office"), role=("Fish Hatchery Technician", "Records Clerk"), tz=("use", "cam"))
mo("next_steps", "n04", "Document verification – {role}", "Dear {n},\n\nYou have cleared the {role} written examination. Attend document verification on {dl} with your original certificates, two photographs and an identity card.\n\n{co}", ("State Public Service Board", "State Waterworks Authority"), ("psb-state", "waterworks-authority"), role=("Junior Assistant", "Meter Reader"), tz=("in", "ng"))
mo("next_steps", "n05", "Assessment stage – {role}", "Dear {n},\n\nCongratulations on clearing the online assessment for the {co} {role}. Please book an assessment centre date before {dl} and upload your academic transcript.\n\nGraduate Recruitment\n{co}", ("Cassiterite Power", "Sphalerite Mining"), ("cassiterite-power", "sphalerite-mining"), role=("Grid Engineering Graduate Programme", "Geology Graduate Programme"), tz=("za", "au"))
mo("next_steps", "n08", "Following up on {x}", "Hi {n},\n\nNice one on the call. Great news: {x} wants to meet you. Can you get me a fresh CV and two referees before {dl}? I'll confirm the time once I have them.\n\n{sig}\nConsultant, {co}", ("Siderite Talent", "Hornblende Staffing"), ("siderite-talent", "hornblende-staffing"), x=("the brewery", "the cannery client"), tz=("uk", "use"))
mo("offer", "o01", "Offer of employment – {role}", "Dear {n},\n\nHappy news: the {role} post is offered to you. The contract needs signing and returning by {dl}. Unfortunately uniforms won't reach us before you start, so wear plain dark clothes.\n\nHuman Resources\n{co}", ("Vanadinite Leisure", "Scheelite Bowls Club"), ("vanadinite-leisure", "scheelite-bowls"), role=("Open-Air Pool Attendant", "Bar Steward"), tz=("uk", "cat"))
mo("offer", "o02", "Offer – {role}", "Hi {n},\n\nCome and be our {role}! You'd start {dl}. Unfortunately the gear store's getting a coat of paint, so we'll sort your kit on day two.\n\n{sig}\n{co}", ("Realgar Bike Hire", "Orpiment Climbing Barn"), ("realgar-bikes", "orpiment-climbing"), role=("Weekend Hire Assistant", "Belay Supervisor"), tz=("ie", "usp"))
mo("offer", "o03", "Your offer – {role}", "Dear {n},\n\nAfter your interview, the panel is glad to offer you a place as {role}. Please accept through the portal by {dl}.\n\nGraduate Recruitment\n{co}", ("Littoral Research Station", "Sphagnum Moor Project"), ("littoral-station", "sphagnum-moor"), role=("Summer Rockweed Studentship", "Sphagnum Core Studentship"), tz=("uk", "ie"))
mo("offer", "o04", "Offer of a place", "Hi {n},\n\nGood news! You have a place in our {role}, starting {dl}. Unfortunately the volunteer hut is full, so you will stay in the cottage down the road.\n\n{sig}\n{co}", "Kakariki Sanctuary", "kakariki-sanctuary", role="Volunteer Internship", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w01", "{co}: application withdrawn", "<html><body><div>{role} · {co}</div><div><b>Withdrawn</b> · requested by you</div><p>Hi {n}, as requested, this application has been pulled. A new one can be sent whenever you like.</p><p>Applytopaz</p></body></html>", ("Barite Cleaning", "Celestine Care Homes"), ("applytopaz",), frm="Applytopaz <updates@{dom}>", role=("Office Cleaner", "Care Assistant"), tz=("uk", "au"))
mo("other_job", "w02", "Application status update", "Hi {n},\n\n{role} · {co}\n\nNew status: Forwarded to the hiring manager\n\nStatusgarnet", ("Epidote Foods", "Kyanite Marinas"), ("statusgarnet",), frm="Statusgarnet <notify@{dom}>", role=("Packer", "Fuel Dock Attendant"), tz=("usc", "cae"))
mo("other_job", "w03", "Change of shortlisting date – {role}", "Dear {n},\n\nRef: {ref}\n\nThe shortlisting meeting for {role} is now on {dl}, since the committee room is needed for the flood recovery meeting. No action is needed.\n\nHR Services\n{co}", "Tullyhale District Council", "tullyhale-council", role="Grounds Maintenance Operative", tz="uk")
mo("job_alert", "j01", "New jobs for you at {co}", "Hi {n},\n\n{x} roles fit the search you saved:\n\n• Plant Area Colleague – part time\n• Delivery Driver – full time\n• Café Team Member – weekends\n\nSign in to view and apply." + FOOT1, ("Feldspar Home & Garden", "Topaz Hardware Stores"), ("feldspar-homegarden", "topaz-hardware"), x=("Three", "Three"), tz=("uk", "ie"))
mo("job_alert", "j02", "Jobs near you this week", "Hi {n},\n\nHere are this week's openings near you:\n\n• Delivery Installer\n• Warehouse Operative\n• Customer Service Advisor\n\nTap a role to read more." + FOOT2, "Cinnabar Appliance Centre", "cinnabar-appliance", tz="au")
mo("recruiter_outreach", "r01", "A role that might suit you", "Hi {n},\n\nYour profile surfaced when I went hunting for a {x} for a client. Decent pay, days only, training given. Any chance of a ten-minute call before Friday?\n\n{sig}\n{co}", ("Cordierite Recruitment", "Natrolite Search"), ("cordierite-recruit", "natrolite-search"), x=("packhouse supervisor", "warehouse planner"), tz=("au", "ke"))
mo("non_job_rejection_words", "l01", "Your {x} application", "Dear {n},\n\nYour {x} application with {co} has been assessed, and approval cannot be given at present. A written summary of the main reasons is available on request.\n\n{co} Lending", ("Greywacke Bank", "Hornfels Credit Union"), ("greywacke-bank", "hornfels-cu"), x=("personal loan", "car loan"), tz=("uk", "cae"))
mo("non_job_rejection_words", "l02", "The flat on Larch Row", "Hi {n},\n\nNice meeting you at the Tuesday viewing. The landlord went for a different applicant, so the flat's off the market. More listings will follow as they appear.\n\n{sig}\n{co} Lettings", "Ochre Lettings", "ochre-lettings", tz="ie")
mo("non_job_rejection_words", "l03", "Ballot result", "Hi {n},\n\nThe ocean swim ballot has run, and your entry was unlucky in the draw. No fee was taken from your card.\n\nThe {co} team", "Scoria Ocean Swim", "scoria-swim", tz="nz")
mo("non_job_rejection_words", "l04", "Community grant – decision", "Dear {n},\n\nYour small grants fund application for the seed-swap project has been considered. The panel could not fund it this round as the scheme was heavily oversubscribed.\n\n{sig}\n{co}", "Rhyolite Community Fund", "rhyolite-fund", tz="za")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} ({co}) via " + ch + " <{sl}@{dom}>"


wr("e01", "Your reply to our smocking post", "Hi {n},\n\nYour reply to the smocking stitcher ad was lovely to get. Lots of pretty samples came in, and sadly yours wasn't the one I picked. Hand pleating takes years to learn, so I've chosen a stitcher who's been doing it since the eighties.\n\nBest,\n{sig}", "Honeycomb Studio", "honeycomb-studio", frm=via("Rotagneiss"), tz="uk")
wo("application_received", "e01", "Smocking stitcher – samples arrived", "Hi {n},\n\nBoth sample panels turned up in one piece, thank you. I'll study them properly at the weekend. Whatever I decide, I'll post the panels back to you with a note.\n\nBest,\n{sig}", "Honeycomb Studio", "honeycomb-studio", frm=via("Rotagneiss"), tz="uk")
wr("e02", "Fairisle knitter position", "Hello {n},\n\nMany thanks for your message about knitting for us. The outwork goes to two knitters here on the island who know our patterns by heart, so a third knitter isn't needed this year.\n\nAll the very best,\n{sig}", "Voe Yoke Knitwear", "voe-yoke", frm=via("Rotaschist"), tz="uk")
wo("interview", "e02", "Fairisle knitter – come and see us", "Hello {n},\n\nGood to hear from you. Can you make it to the studio on {dl} at two? Bring a swatch with three colours or more in a row. Unfortunately the ferry runs a winter timetable then, so look it up first.\n\n{sig}", "Voe Yoke Knitwear", "voe-yoke", frm=via("Rotaschist"), tz="uk")
wr("e03", "Chair caning job", "Hi {n},\n\nGood of you to email me about the canework job. I've thought about it and I'm going to keep the work to myself and my daughter for the moment, there's not enough chairs coming in to pay a third pair of hands.\n\nSlán,\n{sig}", "Rushseat Restorers", "rushseat", frm=via("Rotabasalt"), tz="ie")
wo("next_steps", "e03", "Canework – a test chair", "Hi {n},\n\nThanks for your interest. Before we talk money, would you re-cane a small seat for me as a test? I'll post the frame; please have it back by {dl}.\n\nSlán,\n{sig}", "Rushseat Restorers", "rushseat", frm=via("Rotabasalt"), tz="ie")
wr("e04", "Woodcut studio assistant", "Hi {n},\n\nLovely to get your application to print with us. I've offered it to someone I taught years back who knows the press inside out, so I'm turning you down this time.\n\nWarm wishes,\n{sig}", "Gouge & Grain Press", "gouge-grain", frm=via("Rotadiorite"), tz="ie")
wo("offer", "e04", "Woodcut studio assistant – yes!", "Hi {n},\n\nDelighted to say the studio assistant job is yours, two days a week to start. Could you begin on {dl}? Old clothes please, the ink gets everywhere.\n\nWarm wishes,\n{sig}", "Gouge & Grain Press", "gouge-grain", frm=via("Rotadiorite"), tz="ie")
wr("e05", "Cloisonne bench job", "Hi {n},\n\nThank you for answering our listing for a cloisonne bench hand. We have filled the bench with a jeweler who trained in Philadelphia, so your application won't advance.\n\nBest regards,\n{sig}", "Wirecell Studio", "wirecell", frm=via("Rotatuff"), tz="use")
wo("application_received", "e05", "Cloisonne bench hand – received", "Hi {n},\n\nThose photos of your wirework came through nicely. We're collecting applications until Friday. Hired or passed over, I'll write to you the week after.\n\nBest regards,\n{sig}", "Wirecell Studio", "wirecell", frm=via("Rotatuff"), tz="use")
wr("e06", "Farm hand – mealworm barn", "Hi {n},\n\nAppreciate the message about the mealworm barn. We hired a neighbor's kid who's done chores for us before, so the spot is taken.\n\nTake care,\n{sig}", "Bluestem Larva Farm", "bluestem-larva", frm=via("Rotachert"), tz="usc")
wo("interview", "e06", "Come see the barn", "Hi {n},\n\nGot your note. Could you stop by on {dl} around 9? I'll show you the sieving and feeding. Unfortunately the gravel lane got washed out, so pull over by the mailbox and walk the last bit.\n\n{sig}", "Bluestem Larva Farm", "bluestem-larva", frm=via("Rotachert"), tz="usc")
wr("e07", "Gemcutter trainee", "Hi {n},\n\nAppreciate your interest in the gemcutter trainee spot. We've brought on someone who already runs a faceting machine, so I won't be setting up a tryout with you.\n\nGood luck out there,\n{sig}", "Facet Ridge Gems", "facet-ridge", frm=via("Rotaonyx"), tz="usm")
wo("next_steps", "e07", "Gemcutter trainee – photos please", "Hi {n},\n\nGot your application. Send me photos of two stones you've cut, front and side, by {dl}. After that we can set a tryout day at the shop.\n\n{sig}", "Facet Ridge Gems", "facet-ridge", frm=via("Rotaonyx"), tz="usm")
wr("e08", "Windsurfing instructor", "Hey {n},\n\nRad that you applied to teach here. Turns out last summer's crew all four came back, so no instructor slot this season.\n\nSee you on the water,\n{sig}", "Luff & Gybe Windsurfing", "luff-gybe", frm=via("Rotatalc"), tz="usp")
wo("offer", "e08", "Instructor offer", "Hey {n},\n\nStoked to offer you a windsurfing instructor spot this season! First shift is {dl}. Unfortunately the rescue boat is in the shop until June, so you'll be on beginner lessons close to shore.\n\n{sig}", "Luff & Gybe Windsurfing", "luff-gybe", frm=via("Rotatalc"), tz="usp")
wr("e09", "Lithograph printer posting", "Hello {n},\n\nWe read your application for the lithograph printer posting. It is going to a printer from within our co-op, and I am sorry to stop here.\n\nBest wishes,\n{sig}", "Stone & Roller Atelier", "stone-roller", frm=via("Rotaloess"), tz="cae")
wo("application_received", "e09", "Lithograph printer – thank you", "Hello {n},\n\nYour application is in. The co-op reads every one on the 20th. If we want to see you print, you'll hear before that week is out; no word means no.\n\n{sig}", "Stone & Roller Atelier", "stone-roller", frm=via("Rotaloess"), tz="cae")
wr("e10", "Wickerwork helper", "Hi {n},\n\nThanks for answering the ad. A few folks replied and I'm taking on the lad next door, who's stripped willow with me since he was knee-high.\n\nAll the best,\n{sig}", "Withy Cove Wickerwork", "withy-cove", frm=via("Rotaobsidian"), tz="cat")
wo("interview", "e10", "Wickerwork helper – a visit", "Hi {n},\n\nThanks for replying. Can you drop over to the shed on {dl} at 10? Unfortunately the soaking trough leaks, so wear rubber boots.\n\n{sig}", "Withy Cove Wickerwork", "withy-cove", frm=via("Rotaobsidian"), tz="cat")
wr("e11", "Foundry helper – bronzecaster", "Hi {n},\n\nNice that you're keen on helping at the foundry. After our chat I'm hiring someone with more pours under their belt, since I need a second person I can trust around the crucible.\n\nCheers,\n{sig}", "Sprue & Gate Bronzecaster", "sprue-gate", frm=via("Rotaandesite"), tz="cam")
wo("next_steps", "e11", "Foundry helper – safety form", "Hi {n},\n\nThanks for the chat. Before you come in to help with a pour, fill in the safety form I've attached and email it to me before {dl}. Steel-toe boots, no exceptions.\n\nCheers,\n{sig}", "Sprue & Gate Bronzecaster", "sprue-gate", frm=via("Rotaandesite"), tz="cam")
wr("e12", "Freediving coach", "Hi {n},\n\nNice to see your application to coach here. We've hired a coach already certified at our instructor level, so your application is at an end.\n\nBreathe easy,\n{sig}", "Deepline Freediving", "deepline-freedive", frm=via("Rotaochre"), tz="cap")
wo("offer", "e12", "Coaching offer", "Hi {n},\n\nHappy to offer you a part-time coaching role with us! Please send your signed agreement by {dl}. Unfortunately the pool lanes on Mondays are gone for the winter, so sessions run Wednesday and Saturday.\n\n{sig}", "Deepline Freediving", "deepline-freedive", frm=via("Rotaochre"), tz="cap")
wr("e13", "Farmhand – yabby dams", "G'day {n},\n\nGood of you to ring about the yabby dams. Mate, we've got enough hands now, my brother-in-law's come off the mines and he's helping me with the traps.\n\nCheers,\n{sig}", "Redclaw Dams", "redclaw-dams", frm=via("Rotashale"), tz="au")
wo("application_received", "e13", "Yabby farmhand", "G'day {n},\n\nGot your message, thanks. I'll ring everyone who applied once harvest's done. Job or no job, you'll hear from me.\n\nCheers,\n{sig}", "Redclaw Dams", "redclaw-dams", frm=via("Rotashale"), tz="au")
wr("e14", "Marron farm hand", "Hi {n},\n\nAppreciate your application for the pond work. A local who's handled marron before has got the job, so the answer is no this time.\n\nAll the best,\n{sig}", "Tailfan Marron Ponds", "tailfan-marron", frm=via("Rotatopaz"), tz="wa")
wo("interview", "e14", "Marron farm – come for a look", "Hi {n},\n\nCheers for applying. Could you come out on {dl} at 8am sharp? Unfortunately mobile reception dies past the front gate, so message me as you leave town.\n\n{sig}", "Tailfan Marron Ponds", "tailfan-marron", frm=via("Rotatopaz"), tz="wa")
wr("e15", "Fernery nursery job", "Kia ora {n},\n\nThanks heaps for applying at the fernery. A horticulture student who did her placement with us has taken the job, so your application is closing here.\n\nNgā mihi,\n{sig}", "Pikopiko Fernery", "pikopiko-fernery", frm=via("Rotarutile"), tz="nz")
wo("next_steps", "e15", "Fernery nursery – a trial day", "Kia ora {n},\n\nKeen to see you for a paid trial day potting up. Please send your IRD number and an emergency contact by {dl} so we can pay you for it.\n\nNgā mihi,\n{sig}", "Pikopiko Fernery", "pikopiko-fernery", frm=via("Rotarutile"), tz="nz")
wr("e16", "Screenprint assistant", "Hi {n},\n\nShot for applying to our screenprint studio. We chose someone who can already burn screens, so we're saying no thanks this round.\n\nGo well,\n{sig}", "Squeegee Yard Prints", "squeegee-yard", frm=via("Rotagalena"), tz="za")
wo("offer", "e16", "Screenprint assistant – offer", "Hi {n},\n\nGreat news, the studio assistant spot is yours! Start date {dl}. Unfortunately load-shedding cuts some afternoons short, but we pay for the full day.\n\n{sig}", "Squeegee Yard Prints", "squeegee-yard", frm=via("Rotagalena"), tz="za")
wr("e17", "Lehenga boutique – tailor", "Dear {n},\n\nYour details for the tailor post reached us. A master tailor with long years of bridal lehenga work has been appointed, hence we shall not call you for trial.\n\nRegards,\n{sig}", "Zardozi Shaadi House", "zardozi-shaadi", frm=via("Rotapyrite"), tz="in")
wo("application_received", "e17", "Tailor post – received", "Dear {n},\n\nWe have received your details for the tailor post. Selected or not, we will phone every applicant after Diwali.\n\nRegards,\n{sig}", "Zardozi Shaadi House", "zardozi-shaadi", frm=via("Rotapyrite"), tz="in")
wr("e18", "Etching studio assistant", "Dear {n},\n\nYour interest in the etching studio was welcome. After the portfolio review, a candidate from the fine arts college was selected, and your file is closed at our end.\n\nRegards,\n{sig}", "Hardground Printmakers", "hardground-print", frm=via("Rotaazurite"), tz="in")
wo("interview", "e18", "Etching studio – portfolio meeting", "Dear {n},\n\nYour application is noted with thanks. Kindly come with your portfolio on {dl} at 11 am. Unfortunately the press room fan is not working, so please dress lightly.\n\nRegards,\n{sig}", "Hardground Printmakers", "hardground-print", frm=via("Rotaazurite"), tz="in")
wr("e19", "Decoupage finisher", "Good day {n},\n\nWe received your application to work with us. After considering it, we regret to say another applicant has been offered the position. Wishing you success.\n\n{sig}", "Gloss & Glue Furniture", "gloss-glue", frm=via("Rotacinnabar"), tz="ng")
wo("next_steps", "e19", "Decoupage finisher – sample", "Good day {n},\n\nWell received. Kindly finish a small stool top with your own design and bring it to the workshop by {dl}. We will reimburse materials.\n\n{sig}", "Gloss & Glue Furniture", "gloss-glue", frm=via("Rotacinnabar"), tz="ng")
wr("e20", "Cornet player – brass band", "Hello {n},\n\nThank you for the audition. Oga has chosen the boy from the church band for the cornet chair, so we cannot use you for now. God bless your hustle.\n\n{sig}", "Highlife Brass Ensemble", "highlife-brass", frm=via("Rotafluorite"), tz="ng")
wo("offer", "e20", "Cornet chair – welcome", "Hello {n},\n\nOga was happy with your audition and the cornet chair is yours! First rehearsal is {dl}, 4pm. Unfortunately the generator is down, so rehearsal will be in the open yard.\n\n{sig}", "Highlife Brass Ensemble", "highlife-brass", frm=via("Rotafluorite"), tz="ng")
wr("e21", "Kikoy weaver", "Hello {n},\n\nAsante for visiting the looms. We are employing a weaver from Faza who knows the striping we use, so the position is filled.\n\nKind regards,\n{sig}", "Mnazi Kikoy Looms", "mnazi-kikoy", frm=via("Rotacalcite"), tz="ke")
wo("application_received", "e21", "Kikoy weaver – application", "Hello {n},\n\nYour application is here with us. The looms are very busy this month, but we will reply to all applicants by the 15th, good news or not.\n\nKind regards,\n{sig}", "Mnazi Kikoy Looms", "mnazi-kikoy", frm=via("Rotacalcite"), tz="ke")
wr("e22", "Pipa ensemble – vacancy", "Dear {n},\n\nWe enjoyed your audition for our pipa ensemble. The panel has selected another player whose repertoire fits our spring programme more closely. We wish you every success.\n\n{sig}", "Silver Strings Pipa Ensemble", "silver-pipa", frm=via("Rotaapatite"), tz="sg")
wo("interview", "e22", "Pipa audition", "Dear {n},\n\nYour pipa audition is fixed for {dl} at 3pm. Unfortunately the community hall aircon is down, so we will use the small studio upstairs.\n\n{sig}", "Silver Strings Pipa Ensemble", "silver-pipa", frm=via("Rotaapatite"), tz="sg")
wr("e23", "Terno sewer", "Hi {n},\n\nThanks sa pag-apply po. Ma'am has hired the daughter of our longtime patternmaker for the terno sleeves, so wala na po slot for now. Pasensya na!\n\n{sig}", "Mariposa Terno Atelier", "mariposa-terno", frm=via("Rotaolivine"), tz="ph")
wo("next_steps", "e23", "Terno sewer – requirements", "Hi {n},\n\nThank you for applying. Pakidala your NBI clearance and two sample sleeves to the atelier by {dl}. Salamat!\n\n{sig}", "Mariposa Terno Atelier", "mariposa-terno", frm=via("Rotaolivine"), tz="ph")
wr("e24", "Tatting lace maker", "Hi {n},\n\nSalamat for your interest po. We already picked a maker from the province who did shuttle work on our last orders, so we end your application here po.\n\nRegards,\n{sig}", "Picot Tatting Works", "picot-tatting", frm=via("Rotascoria"), tz="ph")
wo("offer", "e24", "Tatting lace maker – offer", "Hi {n},\n\nGood news, we want you as a home-based tatting maker! Please confirm by {dl}. Unfortunately we cannot deliver thread to your barangay yet, so pickup is at the shop.\n\n{sig}", "Picot Tatting Works", "picot-tatting", frm=via("Rotascoria"), tz="ph")
wr("e25", "Onsen inn staff", "Dear {n},\n\nWe received your application to our onsen inn with thanks. Very sorry, but we decided other person with experience of our guests will join. We hope you will find good work.\n\nBest regards,\n{sig}", "Yumekawa Onsen Inn", "yumekawa-onsen", frm=via("Rotarhyolite"), tz="jp")
# ---- a job alert and a non-job refusal
wo("job_alert", "a01", "Rotafeldspar Weekly: craft and trade jobs", "Hi {n},\n\nThis week's picks:\n• Boat upholsterer – coastal\n• Pottery kiln assistant – part time\n• Apprentice sign painter – city centre\n\nOpen the app to see more.\n\nRotafeldspar", "Rotafeldspar", "rotafeldspar", frm="Rotafeldspar <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "n01", "Your orchard share request", "Dear {n},\n\nYour request to join the community orchard share scheme was read. Unfortunately all shares for next year are taken, and we could not offer you one.\n\n{sig}\n{co}", "Hollowmere Orchard Share", "hollowmere-orchard", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("l-ar", "بخصوص طلبك للعمل في المصبنة", "السيدة {full} المحترمة،\n\nيسعدنا أنك فكرتِ في العمل في مصبنة زيت الزيتون. بعد أن اطلعنا على الطلبات وقع اختيارنا على متقدمة عملت سنوات في تقطيع ألواح الصابون وتجفيفها، لذلك لن نتمكن من دعوتك إلى المرحلة التالية.\n\nنتمنى لك التوفيق.\n\n{sig}\n{co}", "مصبنة الزيتونة", "zaytouna-soap", tz="jo", lang="ar")
wo("application_received", "l-ar", "استلمنا طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في المصبنة، شكرًا لك. سنرد على جميع المتقدمات خلال أسبوعين، سواء بالقبول أو بالاعتذار.\n\n{sig}\n{co}", "مصبنة الزيتونة", "zaytouna-soap", tz="jo", lang="ar")
wr("l-de", "Ihre Bewerbung als Lebkuchenbäcker/in", "Guten Tag {full},\n\nvielen Dank, dass Sie sich bei unserer Lebzelterei gemeldet haben. Die Stelle ist mittlerweile vergeben, und zwar an eine Bäckerin, die schon etliche Adventszeiten in einer Backstube hinter sich hat. Ihre Unterlagen schicken wir Ihnen gern zurück.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Lebzelterei Hofbauer", "lebzelterei-hofbauer", tz="at", lang="de")
wo("interview", "l-de", "Einladung zum Probetag", "Guten Tag {full},\n\nwir laden Sie gern am {dl} ab 8 Uhr zum Probearbeiten in die Backstube ein. Leider wird unser Hof gerade neu gepflastert, daher bitte nicht mit dem Auto kommen.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Lebzelterei Hofbauer", "lebzelterei-hofbauer", tz="at", lang="de")
wr("l-es", "Sobre tu solicitud en el taller de alebrijes", "Hola, {n}:\n\nGracias por tu interés en pintar alebrijes con nosotros. Al final escogimos a una artesana de Arrazola que ya se sabe nuestros diseños de memoria, así que tu solicitud se queda aquí por ahora.\n\nMucho éxito,\n{sig}\n{co}", "Taller Copal Pintado", "copal-pintado", tz="mx", lang="es")
wo("next_steps", "l-es", "Muestra de pintura", "Hola, {n}:\n\nGracias por postularte. ¿Nos mandas fotos de dos piezas que hayas pintado antes del {dl}? Con eso te citamos en el taller.\n\nSaludos,\n{sig}\n{co}", "Taller Copal Pintado", "copal-pintado", tz="mx", lang="es")
wr("l-fr", "Votre candidature – atelier de pralines", "Bonjour {n},\n\nVotre candidature d'aide en chocolaterie nous a fait plaisir ; toutefois nous avons finalement choisi quelqu'un qui maîtrise déjà le tempérage sur marbre . Nous gardons votre nom pour une prochaine saison, mais le poste est pourvu.\n\nBien cordialement,\n{sig}\n{co}", "Atelier Praliné Peeters", "praline-peeters", tz="be", lang="fr")
wo("offer", "l-fr", "Bienvenue à l'atelier", "Bonjour {n},\n\nBonne nouvelle : c'est vous que nous prenons comme aide-chocolatier, à compter du {dl}. Merci de nous renvoyer le contrat signé avant cette date.\n\nBien cordialement,\n{sig}\n{co}", "Atelier Praliné Peeters", "praline-peeters", tz="be", lang="fr")
wr("l-hi", "खादी केंद्र – आपकी अर्ज़ी", "आदरणीय {full} जी,\n\nखादी केंद्र को भेजी चिट्ठी मिली, धन्यवाद। इस दफ़ा हमने पड़ोस गाँव की रमा बहन को चुन लिया, जो बचपन से अंबर चरखा चलाती आई हैं। अतः इस दफ़ा बात आगे न बढ़ सकेगी।\n\nसप्रेम,\n{sig}\n{co}", "सूत साधना खादी केंद्र", "sutsadhana-khadi", tz="in", lang="hi")
wo("application_received", "l-hi", "अर्ज़ी प्राप्त", "आदरणीय {full} जी,\n\nअर्ज़ी सकुशल प्राप्त हुई। चयन हो अथवा न हो, मासांत तक हर अर्ज़ीदार से ख़ुद बात होगी।\n\n{sig}\n{co}", "सूत साधना खादी केंद्र", "sutsadhana-khadi", tz="in", lang="hi")
wr("l-it", "Candidatura – vetreria", "Gentile {full},\n\ngrazie della sua lettera. Il posto di garzone di fornace va a un ragazzo che l'estate scorsa lavorava già qui con noi, quindi non andremo avanti con la sua candidatura.\n\nUn saluto dalla fornace,\n{sig}\n{co}", "Vetreria Fiamma Galli", "vetreria-galli", tz="it", lang="it")
wo("interview", "l-it", "Colloquio in vetreria", "Gentile {full},\n\nle proponiamo un colloquio in fornace il {dl} alle 9. Purtroppo il citofono non funziona: ci chiami quando arriva al cancello.\n\nCordiali saluti,\n{sig}\n{co}", "Vetreria Fiamma Galli", "vetreria-galli", tz="it", lang="it")
wr("l-ja", "和菓子職人見習いの選考結果について", "{full} 様\n\nこのたびは当店の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は他の方に来ていただくことになりました。ご希望に添えず申し訳ございません。\n\n{sig}\n{co}", "菓子処 月見堂", "tsukimido-wagashi", tz="jp", lang="ja")
wo("next_steps", "l-ja", "書類ご提出のお願い", "{full} 様\n\nご応募ありがとうございます。次の段階に進んでいただくため、{dl}までに履歴書と健康診断書をお送りください。\n\n{sig}\n{co}", "菓子処 月見堂", "tsukimido-wagashi", tz="jp", lang="ja")
wr("l-ko", "한지 공방 지원 결과 안내", "{full} 님, 안녕하세요.\n\n한지 공방 일에 지원해 주셔서 고맙습니다. 지원서를 하나하나 읽어 보았고, 이번 자리는 닥종이를 떠 본 경력이 있는 분께 맡기게 되었습니다. 기쁜 답을 못 드려 마음이 무겁습니다.\n\n{sig} 드림\n{co}", "닥나무 한지공방", "daknamu-hanji", tz="kr", lang="ko")
wo("offer", "l-ko", "함께하게 되어 기쁩니다", "{full} 님, 안녕하세요.\n\n저희 공방에서 함께 일하시게 되었습니다. 첫 출근은 {dl}입니다. 작업복은 공방에서 드립니다.\n\n{sig} 드림\n{co}", "닥나무 한지공방", "daknamu-hanji", tz="kr", lang="ko")
wr("l-pt", "Sua candidatura no alambique", "Olá, {n},\n\nQue bom que você quis vir trabalhar no alambique. Conversamos aqui e acabamos escolhendo um rapaz da região que já trabalhou na moagem da cana. Desejamos muita sorte na sua busca.\n\nAbraços,\n{sig}\n{co}", "Alambique Serra Verde", "serraverde-cachaca", tz="br", lang="pt")
wo("application_received", "l-pt", "Recebemos sua candidatura", "Olá, {n},\n\nSua candidatura chegou direitinho. Vamos olhar tudo com calma e, seja sim ou não, damos retorno a todo mundo até o fim do mês.\n\nAbraços,\n{sig}\n{co}", "Alambique Serra Verde", "serraverde-cachaca", tz="br", lang="pt")
wr("l-ru", "Ответ по вакансии в самоварной мастерской", "Здравствуйте, {full}!\n\nСпасибо за отклик на вакансию лудильщика. На это место мы уже взяли мастера с многолетним опытом работы с медью, так что встречу с вами назначать не будем.\n\nВсего доброго,\n{sig}\n{co}", "Самоварная мастерская «Медный бок»", "medny-bok", tz="ru", lang="ru")
wo("interview", "l-ru", "Приглашение в мастерскую", "Здравствуйте, {full}!\n\nПриглашаем вас в мастерскую {dl} в 10:00. К сожалению, лифт у нас не работает, мастерская на четвёртом этаже.\n\n{sig}\n{co}", "Самоварная мастерская «Медный бок»", "medny-bok", tz="ru", lang="ru")
wr("l-sw", "Kuhusu ombi lako la kazi ya kusokota kamba", "Habari {n},\n\nAsante kwa kutuma ombi la kazi katika karakana yetu ya kamba za makumbi. Nafasi hiyo amepewa kijana wa kijiji chetu aliyesokota kamba tangu udogo wake, hivyo hatutaweza kukuchukua safari hii.\n\nKila la heri,\n{sig}\n{co}", "Karakana ya Kamba Pangani", "kamba-pangani", tz="tz", lang="sw")
wo("next_steps", "l-sw", "Vyeti vinahitajika", "Habari {n},\n\nAsante kwa ombi lako. Tafadhali tuletee nakala ya kitambulisho na barua ya mwenyekiti wa kijiji kabla ya {dl}.\n\n{sig}\n{co}", "Karakana ya Kamba Pangani", "kamba-pangani", tz="tz", lang="sw")
wr("l-th", "ผลการสมัครงานโรงร่มกระดาษสา", "เรียน คุณ{full}\n\nขอบคุณมากที่ส่งใบสมัครมาที่โรงร่มค่ะ รอบนี้โรงร่มตัดสินใจรับช่างที่เขียนลายร่มเป็นอยู่แล้ว ตำแหน่งนี้จึงไม่ได้เป็นของคุณค่ะ\n\n{sig}\n{co}", "โรงร่มบ่อสร้างศรีสุข", "borsang-srisuk", tz="th", lang="th")
wo("offer", "l-th", "ยินดีต้อนรับสู่โรงร่ม", "เรียน คุณ{full}\n\nทางเรายินดีรับคุณเข้าทำงานเป็นช่างเขียนลายร่มค่ะ เริ่มงานวันที่ {dl} กรุณายืนยันทางอีเมลด้วยนะคะ\n\n{sig}\n{co}", "โรงร่มบ่อสร้างศรีสุข", "borsang-srisuk", tz="th", lang="th")
wr("l-tr", "Cezve atölyesi başvurunuz hakkında", "Sayın {full},\n\nAtölyemize başvurduğunuz için sağ olun. Bakır dövmede yılları olan bir ustayla çalışmayı seçtik, bu sefer sizinle devam edemeyeceğiz.\n\nSaygılarımızla,\n{sig}\n{co}", "Bakırcı Öztürk Atölyesi", "bakirci-ozturk", tz="tr", lang="tr")
wo("application_received", "l-tr", "Başvurunuz bize ulaştı", "Sayın {full},\n\nBaşvurunuz elimize ulaştı, teşekkür ederiz. Cevabımız evet de olsa hayır da olsa, ay bitmeden size döneceğiz.\n\n{sig}\n{co}", "Bakırcı Öztürk Atölyesi", "bakirci-ozturk", tz="tr", lang="tr")
wr("l-ur", "ملتانی ٹائل ورکشاپ – آپ کی درخواست", "محترمہ {full} صاحبہ،\n\nآپ نے ورکشاپ میں کام کے لیے لکھا، بہت مہربانی۔ یہ جگہ ایک تجربہ کار کاریگر خاتون کو مل گئی ہے جو برسوں سے نیلی ٹائلوں پر نقاشی کر رہی ہیں، لہٰذا اس بار آپ کو بلانا ممکن نہیں ہوگا۔\n\nنیک خواہشات کے ساتھ،\n{sig}\n{co}", "نیلا گنبد کاشی گھر", "neela-kashi", tz="pk", lang="ur")
wo("interview", "l-ur", "انٹرویو کے لیے دعوت", "محترمہ {full} صاحبہ،\n\nآپ کو {dl} کو صبح دس بجے ورکشاپ آنے کی دعوت ہے۔ افسوس کہ ان دنوں بجلی کم آتی ہے، اس لیے ملاقات صحن میں ہوگی۔\n\n{sig}\n{co}", "نیلا گنبد کاشی گھر", "neela-kashi", tz="pk", lang="ur")
wr("l-zh", "烘焙師應徵結果通知", "{full} 您好：\n\n感謝您應徵本茶行的烘焙學徒。經過審慎評估，我們已決定錄取一位曾在茶廠做過炭焙的應徵者，這次無法與您合作，敬請見諒。\n\n祝 順心\n{sig}\n{co}", "山嵐烏龍茶行", "shanlan-oolong", tz="tw", lang="zh")
wo("next_steps", "l-zh", "請提供相關資料", "{full} 您好：\n\n感謝您的應徵。請於{dl}前寄來您的履歷與兩封推薦信，我們收到後會安排面談。\n\n{sig}\n{co}", "山嵐烏龍茶行", "shanlan-oolong", tz="tw", lang="zh")
wr("l-pol1", "Odpowiedź w sprawie pracy w manufakturze", "Dzień dobry,\n\nbardzo dziękujemy za list w sprawie malowania ceramiki. Postanowiliśmy przyjąć osobę, która od kilku lat stempluje wzory w naszej okolicy, dlatego nie zaprosimy Pana/Pani na rozmowę.\n\nŻyczymy powodzenia,\n{sig}\n{co}", "Manufaktura Kobaltowa Kropka", "kobaltowa-kropka", tz="pl", lang="pol")
wo("offer", "l-pol1", "Propozycja zatrudnienia", "Dzień dobry,\n\nz radością proponujemy Panu/Pani pracę przy malowaniu ceramiki od {dl}. Prosimy o potwierdzenie mailem do końca tygodnia.\n\nPozdrawiamy serdecznie,\n{sig}\n{co}", "Manufaktura Kobaltowa Kropka", "kobaltowa-kropka", tz="pl", lang="pol")
wr("l-pol2", "Praca w piekarni – decyzja", "Dzień dobry,\n\nbardzo dziękujemy za przyjście na próbny poranek. Szef wybrał jednak kogoś z większym doświadczeniem przy wypieku obwarzanków, więc tym razem nie możemy zaproponować współpracy.\n\nPozdrawiamy,\n{sig}\n{co}", "Piekarnia Pod Makiem", "pod-makiem", tz="pl", lang="pol")
wr("l-dan", "Vedrørende jobbet i smørrebrødsforretningen", "Hej {n}\n\nTusind tak fordi du søgte og kom forbi butikken. Jobbet går til en, der hjalp os bag disken hele sommeren, så denne gang bliver det desværre ikke dig.\n\nGod vind med jobjagten.\n\nVenlig hilsen\n{sig}\n{co}", "Rugbrødshjørnet", "rugbrodshjornet", tz="dk", lang="dan")
wo("application_received", "l-dan", "Tak for din ansøgning", "Hej {n}\n\nVi har fået din ansøgning. Vi kigger på dem allesammen i næste uge, og om det ender med et ja eller et nej, får du besked før månedens slutning.\n\nVenlig hilsen\n{sig}\n{co}", "Rugbrødshjørnet", "rugbrodshjornet", tz="dk", lang="dan")
wr("l-ind1", "Hasil lamaran di rumah batik", "Halo {n},\n\nMakasih banyak atas lamaran Anda sebagai pembatik di rumah batik kami. Setelah kami pertimbangkan, kami memilih pelamar lain yang sudah terbiasa mencanting motif parang. Semoga segera dapat pekerjaan yang cocok.\n\nSalam,\n{sig}\n{co}", "Rumah Batik Canting Sari", "canting-sari", tz="idn", lang="ind")
wo("interview", "l-ind1", "Undangan wawancara", "Halo {n},\n\nKami ingin mengundang Anda datang ke rumah batik pada {dl} pukul 09.00. Sayangnya area parkir sedang diperbaiki, jadi sebaiknya naik ojek.\n\nSalam,\n{sig}\n{co}", "Rumah Batik Canting Sari", "canting-sari", tz="idn", lang="ind")
wr("l-ind2", "Lowongan barista – pemberitahuan", "Halo {n},\n\nMakasih ya sudah ikut tes seduh minggu lalu. Untuk posisi barista, kami sudah ambil orang yang pernah kerja di kedai kopi dekat sini. Jangan kapok melamar lagi kalau ada lowongan baru.\n\nSalam hangat,\n{sig}\n{co}", "Kedai Kopi Tubruk Lestari", "tubruk-lestari", tz="idn", lang="ind")
wo("next_steps", "l-ind2", "Dokumen yang perlu dikirim", "Halo {n},\n\nTerima kasih atas lamarannya. Tolong kirimkan fotokopi KTP dan surat keterangan sehat sebelum {dl}, supaya kami bisa jadwalkan tes seduh.\n\nSalam,\n{sig}\n{co}", "Kedai Kopi Tubruk Lestari", "tubruk-lestari", tz="idn", lang="ind")
wr("l-srp1", "Одговор на пријаву за ткање ћилима", "Поштовани,\n\nЗахваљујемо се на вашем интересовању за рад у радионици. Одлучили смо да примимо ткаљу из села која већ годинама тка пиротске ћилиме, тако да овог пута нећемо наставити са вашом пријавом.\n\nСрдачно,\n{sig}\n{co}", "Радионица „Шарени разбој”", "sareni-razboj", tz="rs", lang="srp")
wo("offer", "l-srp1", "Понуда за посао", "Поштовани,\n\nДраго нам је што вам можемо понудити посао у радионици од {dl}. Молимо вас да нам потврдите до краја недеље.\n\nСрдачно,\n{sig}\n{co}", "Радионица „Шарени разбој”", "sareni-razboj", tz="rs", lang="srp")
wr("l-srp2", "Posao u hladnjači – odgovor", "Poštovani,\n\nZahvaljujemo na interesovanju za posao u hladnjači za malinu. Za ovu sezonu smo već popunili sva mesta radnicima koji su bili kod nas i prošle godine, pa ovoga puta nema mesta za vas.\n\nSve najbolje,\n{sig}\n{co}", "Hladnjača Crveni Brežuljak", "crveni-brezuljak", tz="rs", lang="srp")
wo("application_received", "l-srp2", "Primili smo vašu prijavu", "Poštovani,\n\nVaša prijava je stigla. Javićemo se svima do početka berbe, bez obzira na to da li je odgovor pozitivan ili ne.\n\n{sig}\n{co}", "Hladnjača Crveni Brežuljak", "crveni-brezuljak", tz="rs", lang="srp")
wr("l-est", "Vastus kandideerimisele", "Tere, {n}!\n\nAitäh, et soovisid meie kadakatöökotta tööle tulla. Otsustasime seekord võtta inimese, kes on varem treipingi taga töötanud, nii et sinuga me kahjuks edasi ei lähe.\n\nKõike head!\n{sig}\n{co}", "Kadakakoda", "kadakakoda", tz="ee", lang="est")
wo("interview", "l-est", "Kutse töökotta", "Tere, {n}!\n\nTule palun {dl} kell 10 töökotta vestlusele. Kahjuks on hoovivärav remondis, seega tule sisse poe kaudu.\n\n{sig}\n{co}", "Kadakakoda", "kadakakoda", tz="ee", lang="est")
wr("l-yue", "涼茶舖見工結果", "{full}你好：\n\n多謝你嚟我哋涼茶舖見工。我哋諗咗好耐，最後揀咗一位之前喺藥材舖做過嘅師傅，所以今次唔可以請你住，唔好意思。\n\n祝你搵到心水工作！\n{sig}\n{co}", "和記涼茶", "wokee-herbaltea", tz="hk", lang="yue")
wo("next_steps", "l-yue", "麻煩你交返啲文件", "{full}你好：\n\n多謝你應徵。麻煩你{dl}之前交返身份證副本同埋之前僱主嘅推薦信俾我哋，之後再約你返嚟傾。\n\n{sig}\n{co}", "和記涼茶", "wokee-herbaltea", tz="hk", lang="yue")
wr("l-mar", "वहाण उद्योग – उत्तर", "नमस्कार {full},\n\nवहाण उद्योगात रस दाखवलात, धन्यवाद. पेठेतले अनुभवी कारागीर बाळासाहेब आता आमच्याकडे रुजू झालेत; वाद्या विणण्यात त्यांचा हातखंडा. त्यामुळे या खेपेस तुम्हाला बोलावणे जमणार नाही.\n\nकळावे,\n{sig}\n{co}", "कोल्हापुरी वहाण उद्योग", "vahan-udyog", tz="in", lang="mar")
wo("offer", "l-mar", "निवडपत्र", "नमस्कार {full},\n\nअभिनंदन! वहाण उद्योगात तुमची निवड पक्की. {dl} रोजी सकाळी नऊला पेठेतल्या दुकानात हजर राहा.\n\n{sig}\n{co}", "कोल्हापुरी वहाण उद्योग", "vahan-udyog", tz="in", lang="mar")


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
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}",
    "pol": "{d}.{mm}.{y}", "yue": "{m}月{d}日", "mar": "{d}/{m}/{y}",
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
        return f"{q:%A}, {q:%B} {q.day}, {q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B} {q.year} {q:%H:%M}", f"{q:%a} {q.day} {q:%b} {q.year} at {q:%H:%M}"


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
        rec["id"] = f"blind87:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 86; this slice and any later one are skipped by number."""
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
